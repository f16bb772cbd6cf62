# -*- coding: utf-8 -*-
"""Hijacked real cases of v38: verbatim text captured in public web material (search corpus `pages`).
Each entry: the captured article paragraphs (verbatim), the injected strings as captured, and where the
injection sat on the captured page. build.py wraps them in a rebuilt CMS shell."""

H = []

H.append(dict(
    url="http://www.digipub.cc/dy/article/K5AL1CCJ05509E1Z.html?spss=dy_author",
    shell="netease", encoding="utf-8", lang="zh",
    title="筑牢江蘇公共體育服務根基丨連云港市灌云縣:“小乒乓”掀起鄉村振興大熱潮",
    date=None, source=None, author=None,
    crumb="網易首頁 > 網易號 > 正文 申請入駐",
    paras=[
        "編者按",
        "公共體育服務是實施全民健身計劃的重要組成部分。無論是完善體育設施,還是推動體育組織發展、提升體育綜合治理能力和水平,公共體育服務在助力經濟社會發展中正扮演一名重要的“角色”。近年來,江蘇各地高度重視公共體育服務發展,涌現出了不少頗具地方特色的經驗做法。新華日報·交匯點推出【筑牢江蘇公共體育服務根基】系列報道,選取代表不同特色的徐州市沛縣、連云港市灌云縣、淮安市淮陰區和鎮江市揚中市,聚焦這四地在筑牢公共體育服務根基上有啥“妙招”“實招”。",
        "聽說過貴州“村超”“村BA”、徐州沛縣“村界杯”,你聽說過“村乒”嗎?在江蘇省連云港市灌云縣,一場盛大的鄉村乒乓球超級聯賽總決賽在去年國慶前夕精彩上演,這項灌云縣歷史上持續時間最長、參賽人數最多的一場單項體育賽事活動,不僅是全民體育競技的盛宴,更是推動鄉村振興、促進全民健身、展現鄉村新風貌的重要平臺。",
        "鄉村“乒超”點燃全民健身熱情",
        "乒乓球是灌云縣全民健身運動的一項傳統優勢項目,有著深厚的群眾基礎,每個村鎮都配有室內、室外乒乓球桌,老百姓閑暇時就喜歡在家門口打打球。",
    ],
    spam_line="色婷婷久,激情色播,久久久无码专区,亚洲中文字幕av,国产成人A片,av无码免费,精品久久国产,99视频精品3",
    spam=["色婷婷久", "激情色播", "久久久无码专区", "亚洲中文字幕av", "国产成人A片", "av无码免费", "99视频精品3"],
    place="top-line+hidden-tags",
    injections=["porn-keyword-line", "hidden-empty-tag-spam", "news-mirror-traditional"],
    origin="pages corpus capture: a NetEase-hao feature on rural table-tennis leagues (Jiangsu), converted to traditional script and served on a host unrelated to NetEase; above the breadcrumb a line of porn keywords, and empty <cite>/<track>/<legend> tags of the kind link farms insert; mirror + visible porn line, hijacked. Capture is excerpt-length: the page is rebuilt with the captured paragraphs only. Date, source and author are not written in the capture (null).",
))

H.append(dict(
    url="http://mcurtmis.com/news/yule/2024/050Q23EH024.html",
    shell="beijiang", encoding="utf-8", lang="zh",
    title="村跑、村界杯、農(nóng)民運(yùn)動(dòng)會(huì)……江蘇鄉(xiāng)村體育發(fā)展正當(dāng)時(shí)",
    date="2024-05-08", source="人民網(wǎng)", author=None,
    dateline="2024年05月08日 09:42 來(lái)源:人民網(wǎng) 關(guān)燈",
    crumb="北疆新聞 > 娛樂(lè) > 正文",
    paras=[
        "沛縣“村界杯”足球賽、常州“村BA”聯(lián)賽、常熟村跑、江陰全澄歡樂(lè)跑、海安北凌農(nóng)民體育運(yùn)動(dòng)會(huì)……近年來(lái),江蘇省鄉(xiāng)村體育活動(dòng)發(fā)展喜人,展現(xiàn)出蓬勃活力,豐富多彩的賽事活動(dòng)讓當(dāng)?shù)厝罕姳M享體育運(yùn)動(dòng)的快樂(lè)美好。",
        "江蘇省體育局群眾體育處處長(zhǎng)李芳在接受人民網(wǎng)記者采訪時(shí)表示,江蘇省高度重視鄉(xiāng)村體育發(fā)展,持續(xù)為鄉(xiāng)村群眾提供更高水平全民健身公共服務(wù),先后出臺(tái)《關(guān)于構(gòu)建更高水平的全民健身公共服務(wù)體系的實(shí)施意見(jiàn)》《關(guān)于推進(jìn)體育助力鄉(xiāng)村振興工作的實(shí)施意見(jiàn)》等文件,推動(dòng)城鄉(xiāng)全民健身基本公共服務(wù)均等化,鄉(xiāng)村體育發(fā)展水平得到較大幅度提升。",
    ],
    spam_line="色综合天天干,日韩人妻无码一区av免费,国产成人综合日韩精品婷婷九月,国产98色在线,欧美一级a在线作爱免费观看,亚洲精品美女网站在线观看,99久久亚洲综合精品网站",
    spam=["色综合天天干", "日韩人妻无码一区av免费", "国产成人综合日韩精品婷婷九月", "国产98色在线", "欧美一级a在线作爱免费观看", "亚洲精品美女网站在线观看", "99久久亚洲综合精品网站"],
    place="top-line",
    injections=["porn-keyword-line", "news-mirror-traditional"],
    origin="pages corpus capture: a People's Daily Online report on rural sports in Jiangsu as carried by a regional news portal (北疆新聞), converted to traditional script with pinyin-gloss debris and served on an unrelated host whose first line is a string of porn keywords; hijacked. The dateline's 來源 (the outlet name with the gloss debris the page shows) is the source. The middle captured paragraph held mangled bytes and is left out; text is the two clean paragraphs.",
))

H.append(dict(
    url="http://py328.com/info/1051/17991.htm",
    shell="vsb", encoding="gbk", lang="zh",
    title="通识学院开展体育场馆器材设施安全检查 筑牢校园安全防线",
    date="2025-12-02", source=None, author="韩凯",
    byline="作者:韩凯   责任编辑:廖明  浏览:次  发布日期:2025-12-02",
    crumb="院部与专业 校园看点 当前位置: 首页 > 院部与专业 > 校园看点 > 正文",
    paras=[
        "为全面落实校园安全管理要求,切实保障师生运动安全与教学活动有序开展,12月1日,通识学院组织开展了月度体育场馆器材设施安全检查。本次检查由学院院长沈鹏带队,副院长赖永晖、教务办主任韩凯及器材管理员胡蕊共同参与,对体育艺术馆、室外篮球场、田径场等重点区域进行了全面排查,以“零容忍”的态度筑牢校园安全屏障。",
        "检查组重点围绕器械摆放规范性、日常保养记录、设施老化程度等方面展开细致检查。检查发现,部分区域存在器械摆放杂乱、个别器材设施老化、篮球场地面磨损等情况。针对排查出的隐患,沈鹏现场要求建立“问题台账”,明确整改时限与具体责任人,实行“销号管理”,确保每一项问题整改到位、责任到人。",
        "此次专项检查是通识学院践行“安全第一、预防为主”理念的具体举措。学院将以此次检查为契机,进一步完善体育场馆器材设施管理制度,推动安全管理工作向标准化、精细化、常态化迈进,为校园安全稳定与教育教学质量提升奠定坚实基础。",
    ],
    trailer=["一审:韩凯", "二审:沈鹏", "三审:危盛"],
    spam_line="中国足球彩票_中国足彩在线-投注|官网",
    spam=["中国足球彩票_中国足彩在线-投注|官网", "中国足彩在线"],
    place="site-name+title",
    injections=["brand-as-site-name", "brand-in-title-tag"],
    origin="pages corpus capture: a college's campus-news item (sports-venue safety check) served on an unrelated host whose site name, above the breadcrumb, is a lottery-betting brand line; the shell puts the same line in <title> and the header, as such copies do. Hijacked; title/author/date are the article's own byline.",
))

H.append(dict(
    url="http://chuckboutin.com/2014/1201/c9519a22636/page.html",
    shell="plain", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    paras_raw=[
        "11月29日,由校团委、后勤服务集团、9888拉斯维加斯主办,后勤服务集团公寓服务中心、校学生团体联合会、9888拉斯维加斯团委学生会、校棋牌协会承办的安徽财经大学第五届“公寓杯”棋艺大赛在东校区北苑7、8栋自修室正式拉开帷幕。来自全校的100余名选手参加了比赛。",
        "本次棋艺大赛分为淘汰赛、公寓团体赛及个人奖项赛三个环节。比赛中,选手们本着“切磋技艺,以棋会友”的原则,金戈铁马扫千军,羽扇纶巾棋人生,在行棋中三思慎行,在博弈中结交挚友,体现出了较高的素质,表现出了良好的竞技状态和合作精神。",
        "经过两天的激烈角逐,30日下午比赛结束。9888拉斯维加斯党委书记赖红兵、后勤服务集团公寓管理中心主任沈蓉、唐涛和部分学生干部参加了闭幕式并为获奖团体和选手颁奖。最终,9888拉斯维加斯荣获最佳学院团体奖和最佳组织奖;9888拉斯维加斯周战获男子组三等奖,9888拉斯维加斯张晓玉获女子组三等奖;9888拉斯维加斯陶德宇、兰家辉、李柯平、张莉获优秀奖。",
        "此次大赛为广大棋牌爱好者提供了切磋棋艺的平台,以棋会友,增进棋艺,陶冶了文化情操,同时也弘扬了积极向上的公寓文化,展现了当代大学生朝气蓬勃的青春风采。",
        "(作者:9888拉斯维加斯 秦元芳 翟南凤;摄影:9888拉斯维加斯 李梦雪 陈梦瑶;审核:9888拉斯维加斯 赖红兵)",
    ],
    strip="9888拉斯维加斯",
    spam_line="9888拉斯维加斯",
    spam=["9888拉斯维加斯"],
    place="brand-substitution",
    injections=["brand-substitution-for-unit-name", "brand-as-page-title"],
    origin="pages corpus capture: a university's apartment chess-contest report (no headline in the capture) on an unrelated host where every mention of the organising school is replaced by a casino brand; the rebuilt shell gives the <title> to the brand as such copies do. Hijacked; text is the report with the brand removed where it stood (the sentences keep their gaps); the credit line is kept out of text. Title/date/author not written (null).",
))

H.append(dict(
    url="http://www.12betnet.com/zwgk/gkgs/201607/t20160715_1346687.html",
    shell="trs", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    crumb="政务公开 > 公告公示",
    paras_raw=[
        "各机关、企事业单位、学校、行业体协、业余体育俱乐部:",
        "为了丰富广大群众文体生活,进一步活跃我市体育竞技舞台,增强市民身体健康水平,积极推动我市经济、文化、体育事业的发展。由12bet官网-12bet网址、中共12bet官网直属机关工作委员会主办,长春体育中心承办。在12bet官网五环体育馆拟定于8月10至11日举办2016年12bet官网篮球比赛。 9月1至2日举办2016年12bet官网羽毛球比赛,9月27至28日举办2016年12bet官网乒乓球比赛。",
        "望各单位接此通知后,积极组队训练参赛。",
    ],
    strip_list=["12bet官网-12bet网址", "12bet官网"],
    spam_line="12bet官网-12bet网址",
    spam=["12bet官网-12bet网址", "12bet官网"],
    place="brand-substitution",
    injections=["brand-substitution-for-city-name", "gov-notice-copy"],
    origin="pages corpus capture: a city sports bureau's 2016 notice of staff ball-game tournaments (政务公开/公告公示 path) on a host named after a betting brand, the city's and bureau's names replaced by the brand; hijacked. No headline or date in the capture (null); text is the notice with the brand removed.",
))

H.append(dict(
    url="https://brakes86.cn/news/70177.html",
    shell="zhibo", encoding="utf-8", lang="zh",
    title="長春市體育局回復:專業(yè)足球場我們已啟動建設,在伊通河畔",
    date=None, source=None, author=None,
    outlet="直播吧",
    paras=[
        "(配圖為長春體育場)",
        "體育播報4月2日宣 長春市體育局在官網(wǎng)“局長信箱”欄目更新了群眾的投稿,并進行了回復。",
        "其中一則內容如下:“我們有頂級聯(lián)賽的球隊,我們有cba,中超,女超,我們場館可以跟上嗎?”",
        "長春市體育局回復,“您好,關于您反映的比賽場館問題,長春市南嶺體育場已向政府請示,加強維修改造,力爭設施完善。專業(yè)足球場我們已啟動建設,在伊通河畔,正在完善配套,感謝您對體育事業(yè)的關注。",
    ],
    spam_line="久久精品国产亚洲av水果派老师_亚洲欧美日韩国产午夜精品一区_国产黄页网站在线观看免费视频_AV天堂影音先锋等_色视频网站人成免费_水蜜桃久久夜色精品黑人_密桃app视频下载_成年双人啦啦操全套免费软件_中文亚洲自拍三级_国产喷水在线观看",
    spam=["久久精品国产亚洲av水果派老师", "亚洲欧美日韩国产午夜精品一区", "国产黄页网站在线观看免费视频", "AV天堂影音先锋等", "色视频网站人成免费", "水蜜桃久久夜色精品黑人", "中文亚洲自拍三级", "国产喷水在线观看"],
    place="top-line+title-tag",
    injections=["porn-keyword-line", "porn-keywords-in-title-tag", "news-mirror-traditional"],
    origin="pages corpus capture: a sports-news item quoting a city sports bureau's mailbox replies, converted to traditional script on an unrelated host; first line (and, as such copies do, the <title>) a run of porn keywords; hijacked. The outlet name shown under the headline is not labelled 來源 (source null). Excerpt-length capture.",
))

H.append(dict(
    url="http://www.xinjinjiang.com.cn/news/yaowen/2020-02-14/53216.html",
    shell="puyang", encoding="utf-8", lang="zh",
    title="我市安排部署教育系統(tǒng)疫情防控工作",
    date="2020-02-14", source=None, author=None,
    byline="作者:  文章來源:  字體:   發(fā)布時間:2020-02-14 21:12:27",
    crumb="首頁 > 新聞 > 要聞 > 正文     濮陽網(wǎng)-中共濮陽市委門戶網(wǎng)站 濮陽市唯一重點新聞網(wǎng)站",
    paras=[
        "2月14日,全市教育系統(tǒng)新冠肺炎疫情防控工作專班會議召開,安排部署下一階段全市教育系統(tǒng)疫情防控工作。市委副書記邵景良,副市長孫永振,濮陽職業(yè)技術(shù)學院黨委書記陳景濤出席會議。",
        "邵景良指出,當前,我市正處于重大突發(fā)公共衛(wèi)生事件I級響應機制下的特殊時期,新冠肺炎疫情防控工作到了最吃勁的關(guān)鍵階段。由于學校人員高度聚集、人員較多、流動性大,且應急防控能力較弱,工作稍有不慎,就有可能出現(xiàn)大問題,造成不可挽回的嚴重后果。教育涉及千家萬戶,關(guān)系人民群眾切身利益,疫情防控工作如何,直接關(guān)系全市疫情防控大局。特別是隨著開學時間的臨近,教育系統(tǒng)的疫情防控更是成為了社會關(guān)注的焦點。",
    ],
    spam_line="久久婷婷五月综合97色一本一本,久久精品国产亚洲夜色av网站,,久久久久亚洲av色欲av,精品av国产一区二区三区四区,久久久无码精品亚洲日韩按摩",
    spam=["久久婷婷五月综合97色一本一本", "久久精品国产亚洲夜色av网站", "久久久久亚洲av色欲av", "精品av国产一区二区三区四区", "久久久无码精品亚洲日韩按摩"],
    place="top-line",
    injections=["porn-keyword-line", "party-portal-mirror-traditional"],
    origin="pages corpus capture: a city party-committee news portal's report on school epidemic-control work, converted to traditional script and served on an unrelated host with a porn-keyword line above the breadcrumb; hijacked. Byline fields are empty except the date.",
))

H.append(dict(
    url="https://yimugou.com/jd/info/1022/3210.html",
    shell="vsb2", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    paras_raw=[
        "为营造良好的体育氛围,今日,澳门新甫京娱乐娱城在田径场举办第三届田径新生运动会。",
        "本次运动会设置跳高、三级跳、铅球、铁饼标枪等田赛项目和100米、200米、400米、800米、1500米等径赛项目。赛场上,运动员们奋力拼搏、争创佳绩,裁判员们认真履职、公正裁判,观众站立于赛道两旁,营造出紧张激烈的比赛氛围,也给予运动员们加油拼搏的力量。赛场外,工作人员不辞辛苦,保障有力,他们的身影汇成校园亮丽的风景线。",
        "新生运动会的顺利举行,为大一新生的课外时间增添了许多的欢乐与色彩。调动了新生们参与课外活动的积极性,让新生对体育运动有了更深刻的理解。",
    ],
    strip="澳门新甫京娱乐娱城",
    spam_line="澳门新甫京娱乐娱城",
    spam=["澳门新甫京娱乐娱城"],
    place="brand-substitution",
    injections=["brand-substitution-for-unit-name", "brand-as-page-title"],
    origin="pages corpus capture: a college unit's short report on a freshmen track meet (info/1022 path of a VSB-style site) on an unrelated host, the unit's name replaced by a casino brand; hijacked. No headline/date in the capture (null); text with the brand removed.",
))

H.append(dict(
    url="http://m.admirer.cn/dy/article/KH3D1H820516HGOR.html?spss=dy_author",
    shell="netease", encoding="utf-8", lang="zh",
    title="水太深!“國(guó)獎(jiǎng)、省獎(jiǎng)”,竟被明碼標(biāo)價(jià)公開售賣?",
    date=None, source=None, author=None,
    crumb="網(wǎng)易首頁 > 網(wǎng)易號(hào) > 正文 申請(qǐng)入駐",
    paras=[
        "“國(guó)獎(jiǎng)、省獎(jiǎng)”竟被明碼標(biāo)價(jià)公開售賣?——部分國(guó)家級(jí)大學(xué)生賽事亂象調(diào)查",
        "國(guó)創(chuàng)賽、挑戰(zhàn)杯等國(guó)家級(jí)大學(xué)生賽事本應(yīng)是公平競(jìng)技的賽場(chǎng),但記者調(diào)查發(fā)現(xiàn),一些中介機(jī)構(gòu),包括在校大學(xué)生,竟然通過“掛名”和“項(xiàng)目整體售賣”的方式,在網(wǎng)上明碼標(biāo)價(jià)出售這些賽事獎(jiǎng)項(xiàng),幫助參賽大學(xué)生“躺拿省國(guó)獎(jiǎng)”,價(jià)格從數(shù)千元至數(shù)萬元不等。",
    ],
    spam_line="国产av一二三区|日本不卡动作网站|黄色天天久久影片|99草成人免费在线视频|AV三级片成人电影在线|成年人aV不卡免费播放|日韩无码成人一级片视频|人人看人人玩开心色AV|人妻系列在线观看|亚洲av无码一区二区三区在线播放",
    spam=["国产av一二三区", "日本不卡动作网站", "黄色天天久久影片", "99草成人免费在线视频", "AV三级片成人电影在线", "成年人aV不卡免费播放", "日韩无码成人一级片视频", "人人看人人玩开心色AV", "人妻系列在线观看", "亚洲av无码一区二区三区在线播放"],
    place="top-line",
    injections=["porn-keyword-line", "news-mirror-traditional"],
    origin="pages corpus capture: a NetEase-hao investigative piece on sold student-contest awards, converted to traditional script with pinyin-gloss debris on an unrelated host, a '|'-joined porn keyword line on top; hijacked. Later captured paragraphs held mangled bytes and are left out; text is the deck line and the lead.",
))

H.append(dict(
    url="http://rpsgia.com/yongcai/nrxU.html",
    shell="chinaz", encoding="utf-8", lang="zh",
    title=None, date="2025-01-08", source=None, author=None,
    shown_title="泛滥的大学生“水赛”:几乎人人获奖,举办方巧看澳门最快开奖立名目收费",
    dateline="站长之家 - 业界 2025-01-08 17:16:13",
    notice="声明:本文来自于(ID:rpsgia.com)授权转载发布。",
    warnings=True,
    paras=[
        "“随手拍张照,参加就有奖”“春节前投稿就有奖”……即将迎来寒假的大学生们,在一些社交平台上收到了满屏“竞赛通知”。还有不少不限专业的“竞赛”延期一个月,等他们放假后交作品。",
        "如今,不少竞赛举办方宣称获奖证书成为大学生综合素质测评(下称综测)的加分项,可以此与同学拉开差距。不少大学生也信以为真,参加各种竞赛,试图借此获得拿奖学金、保研的“保送通道”。",
    ],
    spam_line="澳门最快开奖",
    spam=["澳门最快开奖", "巧看澳门最快开奖立名目"],
    place="title-splice",
    injections=["keyword-spliced-into-headline", "php-warning-debris", "content-farm-copy"],
    origin="pages corpus capture: a tech-news site's reprint of a report on low-value student contests, copied onto an unrelated host (PHP warnings of the farm's tracker above the page) with a lottery keyword spliced into the middle of the headline (in <title> and <h1>); hijacked. Title null: the true headline is not written on the page unspliced. Date from the dateline; the outlet line is not labelled 来源 (source null); the farm's 'authorised reprint' notice is kept out of text.",
))

# ---- mirrors: a public body's page copied whole onto an unrelated host (no injected string) ----
H.append(dict(
    url="http://www.pos111.cn/zfxxgkml/mxrmzf/qt/cwhy/content/post_2124044.html",
    shell="gdgov", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    paras=[
        "29日上午,區(qū)委副書記、區(qū)長(zhǎng)溫助民主持召開區(qū)政府黨組(擴(kuò)大)會(huì)議暨第十九次政府常務(wù)會(huì)議,傳達(dá)學(xué)習(xí)習(xí)近平總書記重要講話精神及上級(jí)有關(guān)文件和會(huì)議精神,研究部署梅縣區(qū)下一階段工作。",
        "會(huì)議傳達(dá)學(xué)習(xí)了習(xí)近平總書記在中共中央政治局民主生活會(huì)上的重要講話精神、致電祝賀探月工程嫦娥五號(hào)任務(wù)取得圓滿成功、向人類減貧經(jīng)驗(yàn)國際論壇致賀信重要指示精神,認(rèn)真學(xué)習(xí)了《習(xí)近平談治國理政》第三卷《一以貫之全面從嚴(yán)治黨,強(qiáng)化對(duì)權(quán)力運(yùn)行的制約和監(jiān)督》關(guān)于全面從嚴(yán)治黨的重要論述、重要文章摘要,傳達(dá)學(xué)習(xí)了中央經(jīng)濟(jì)工作會(huì)議、省委常委會(huì)、梅州市全面推行河長(zhǎng)制工作領(lǐng)導(dǎo)小組會(huì)議主要精神,并提出梅縣區(qū)貫徹意見。",
    ],
    spam_line=None, spam=[], place="mirror",
    injections=["gov-mirror-unrelated-host", "traditional-conversion", "pinyin-gloss-debris"],
    origin="pages corpus capture: a district government's executive-meeting report (信息公开 path kept: zfxxgkml/.../cwhy) copied whole onto an unrelated host, converted to traditional script with pinyin glosses; a mirror, hijacked with no injected string (spam_strings empty). No headline/date in the capture.",
))

H.append(dict(
    url="http://www.cn88888.cn/stxw/xxqk/202507/t20250703_2110925.html",
    shell="trs", encoding="utf-8", lang="zh",
    title=None, date="2025-07-03", source=None, author=None,
    pre=["(98)", "山亭區(qū)人民政府辦公室 2025年7月3日"],
    paras=[
        "區(qū)供銷社“三步走”護(hù)航三夏生產(chǎn)",
        "一是農(nóng)機(jī)服務(wù)向前走。成立農(nóng)業(yè)社會(huì)化服務(wù)領(lǐng)導(dǎo)小組,主動(dòng)靠前服務(wù),摸排本地區(qū)收割機(jī)、拖拉機(jī)等農(nóng)機(jī)具現(xiàn)有存量以及機(jī)手的姓名、聯(lián)系方式、住址等信息,加強(qiáng)與機(jī)手的聯(lián)系,制作農(nóng)機(jī)手聯(lián)系臺(tái)賬發(fā)放到各行政村,切實(shí)解決農(nóng)戶用機(jī)難、機(jī)手作業(yè)難問題。三夏期間,共登記農(nóng)機(jī)手22人,收割機(jī)、拖拉機(jī)、植保無人機(jī)等農(nóng)機(jī)具56臺(tái);調(diào)度聯(lián)合收割機(jī)、播種機(jī)13臺(tái),完成夏收5300余畝,夏種4800余畝。",
        "二是農(nóng)資供應(yīng)向深走。提前儲(chǔ)備三夏所需的化肥、種子、農(nóng)藥等物資,定期組織人員對(duì)農(nóng)資進(jìn)行綜合檢查,確保農(nóng)資用得上、用得好。依托為農(nóng)服務(wù)中心和農(nóng)資配送中心,開展送貨進(jìn)村入戶、無人機(jī)撒藥施肥等服務(wù),減少流通環(huán)節(jié),指導(dǎo)農(nóng)民施肥用藥,做到便農(nóng)、惠農(nóng)、利農(nóng)。截至目前,已儲(chǔ)備、供應(yīng)化肥、農(nóng)藥、農(nóng)膜、種子1800余噸;在田間現(xiàn)場(chǎng)發(fā)放明白紙、宣傳頁400余張。",
    ],
    spam_line=None, spam=[], place="mirror",
    injections=["gov-mirror-unrelated-host", "traditional-conversion", "pinyin-gloss-debris"],
    origin="pages corpus capture: a district government office's work bulletin (issue no. and date line, first item) copied onto an unrelated host in traditional script with glosses (TRS-style t2025..._... path kept); mirror, hijacked, no injected string. Date from the bulletin's date line; no headline for the page as a whole (title null).",
))

H.append(dict(
    url="http://orbesonora.com/html/2017/bmdt2_0410/45527.html",
    shell="ynnews", encoding="utf-8", lang="zh", legit=True,
    title="沾益區(qū)文化公安兩部門就游戲游藝場所管理召開聯(lián)席會",
    date="2017-04-10", source=None, author=None,
    dateline="2017-04-10 08:58:13 來源:",
    paras=[
        "3月14日,沾益區(qū)文化體育廣播電視局、公安局召開聯(lián)席會議,圍繞《文化部、公安部關(guān)于進一步加強游戲游藝場所監(jiān)管促行業(yè)健康發(fā)展的通知》要求,就沾益區(qū)游戲游藝場所開辦和經(jīng)驗管理相關(guān)事項進行討論后決定:嚴格按照兩部通知要求執(zhí)行,凡申請開辦游戲游藝場所所設立的游戲游藝機,應(yīng)符合文化部數(shù)據(jù)庫認可的機型機種,且標有生產(chǎn)工廠標注,并提供生產(chǎn)地省、市文化部門的相關(guān)證明材料;游戲游藝場所獎品以日常用品為獎品,禁止以現(xiàn)金、有價證券貴重物為獎品,嚴禁退分上分、嚴禁以現(xiàn)金方式回購獎品,游戲游藝場所獎品必須用圖片方式報沾益區(qū)文體廣局、公安局備案,堅決打擊利用游戲游藝場所進行賭博等犯罪經(jīng)營活動。",
    ],
    trailer=["(沾益區(qū)文體廣局 朱登鵬)"],
    spam_line=None, spam=[], place="mirror",
    injections=["gov-mirror-unrelated-host", "traditional-conversion", "pinyin-gloss-debris"],
    origin="pages corpus capture: a county-district news item on arcade/gaming-machine regulation (anti-gambling measures) copied onto an unrelated host in traditional script with glosses; a mirror, so hijacked: true, and since the copied text is lawful gambling-regulation news also legit: true. The empty 來源 is left null; the credit line is kept out of text and author (it names a bureau and a person, not labelled 作者).",
))

H.append(dict(
    url="http://www.ghqlgyb.cn/quanzhou/anxi/2337790.html",
    shell="fjnews", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    paras=[
        "近日,正值農(nóng)閑時(shí)節(jié),一場(chǎng)別開生面的農(nóng)民運(yùn)動(dòng)會(huì)在龍涓鄉(xiāng)培福村的體育生活廣場(chǎng)如火如荼地進(jìn)行著。跳繩比賽、引體向上、吹乒乓球、袋鼠跳、你畫我猜、一圈到底、環(huán)村跑、拔河比賽、這些趣味項(xiàng)目和體育健身活動(dòng)融為一體、村民與部分鄉(xiāng)干部同臺(tái)競(jìng)技,對(duì)于絕大多數(shù)培福村的百姓來說,還是第一次能夠欣賞和體驗(yàn)到這樣有趣的體育活動(dòng)。",
        "在龍涓鄉(xiāng)黨委政府跟培福村村委會(huì)的精心安排下,美麗鄉(xiāng)村——培福村首屆農(nóng)民體育節(jié)完美落幕了,本屆農(nóng)民運(yùn)動(dòng)會(huì)中豐富多彩的趣味運(yùn)動(dòng)充實(shí)了農(nóng)民百姓的業(yè)余生活,讓農(nóng)民百姓體會(huì)到了幸福感和滿足感,推動(dòng)了物質(zhì)生產(chǎn)活動(dòng),促進(jìn)了鄉(xiāng)村振興的。",
    ],
    spam_line=None, spam=[], place="mirror",
    injections=["township-news-mirror-unrelated-host", "traditional-conversion", "pinyin-gloss-debris"],
    origin="pages corpus capture: a township's farmers' sports-day report (Anxi county path kept) copied onto an unrelated host in traditional script with glosses; mirror, hijacked, no injected string. No headline/date in the capture.",
))

H.append(dict(
    url="http://b4dc4.cn/kandian/042022_132168.html",
    shell="ahnews", encoding="utf-8", lang="zh", legit=True,
    title=None, date=None, source="安徽省體育局_媒體關注", author=None,
    paras=[
        "近年來,安徽省馬鞍山市體育局深入開展各類體育彩票公益金宣傳,宣傳體育彩票公益金資助項目,讓廣大群眾加深對體育彩票“來之于民、用之于民”的公益內涵的認識。",
        "馬鞍山市體育局將體彩公益金投入到馬鞍山市體育館(全民健身活動中心)改造、健身器材購置、基礎設施建設等公益項目中,室內外場地一年內受益大眾近10萬人次,為廣大群眾提供了優質、安全的休閑健身環境。同時,馬鞍山市體育局在體育場館外的籠式足球場、場館外立面等可見的地方對體育彩票公益金的使用方向進行了廣泛的宣傳。其他縣區各類體育設施建設,也都在顯著位置張貼了體育彩票公益金宣傳海報。",
        "在馬鞍山市體育系統舉辦的各類比賽中,設有專門的廣告牌詳細介紹體育彩票公益金資助體育設施建設、體育賽事活動開展情況,在全市樹立體育彩票公益形象,取得了良好的效果。",
        "隨著體育彩票宣傳的進一步加深,全市越來越多的市民提高了對體彩公益金的認知,了解到中國體育彩票的發行宗旨是“來之于民、用之于民”的真正內涵。越來越多的群眾接觸體育彩票,認識體育彩票,了解體育彩票,體育彩票公益金宣傳力度不斷增強,作為“體育事業生命線”“公益事業助推器”的中國體育彩票,讓越來越多的公眾感受到“體彩公益就在我身邊”。(轉自4月7日《中國體育報》08版)",
    ],
    source_line="【來源:安徽省體育局_媒體關注】",
    tail_list=["頭條 22-04-07"] * 6,
    spam_line=None, spam=[], place="mirror",
    injections=["gov-mirror-unrelated-host", "traditional-conversion", "repeated-headline-list"],
    origin="pages corpus capture: a provincial sports bureau's 'media attention' item on sports-lottery public-welfare funds copied onto an unrelated host in traditional script (with a trailing list of dated 'headline' stubs); a mirror, hijacked: true, and lawful lottery news, legit: true. Source is the page's 【來源:…】 line.",
))

H.append(dict(
    url="https://www9599116.com/ns_news/335165266874553",
    shell="jsgov", encoding="utf-8", lang="zh",
    title="体育局:市领导调研体育工作",
    date="2022-05-16", source=None, author=None,
    crumb="您当前的位置:首页 >> vi >> 部门动态 >> 正文",
    byline="发布日期:2022-05-16  浏览次数:  字号:〖默认 超大",
    paras=[
        "5月13日下午,副市长蒋鹏举调研常州市体育工作,市体育局局长杜吉宾等陪同。",
        "蒋鹏举一行先后考察调研了常州奥体钟楼全民健身中心、常州市体育医院、江苏省常州体育运动学校,每到一处,他都详细了解情况,并与大家深入交流。",
        "蒋鹏举对常州市体育整体工作给予充分肯定,他强调,各级各部门要办好民生实事,为市民提供更加优质的体育服务,不断提升群众获得感、幸福感和安全感;要继续完善体医融合管理体系,加强探索创新,扩大体育医院的发展规模;要深化教体融合工作,保持竞技体育高质量发展,争取在省运会等大赛上再创佳绩。",
    ],
    trailer=["扫一扫在手机打开当前页", "【返回顶部】【打印此页】【关闭窗口】"],
    spam_line=None, spam=[], place="mirror",
    injections=["gov-mirror-unrelated-host", "broken-breadcrumb"],
    origin="pages corpus capture: a city government portal's department-news item (sports bureau) copied whole onto a numbered unrelated host, simplified script kept, breadcrumb with a stray segment; a mirror, hijacked with no injected string.",
))

H.append(dict(
    url="http://tsmaka.com/xcb/2021/0509/c2904a88795/page.htm",
    shell="vsb", encoding="gbk", lang="zh",
    title="宣传部党支部开展“学党史、寻初心 、见行动”主题党日",
    date="2021-05-09", source="党委宣传部", author=None,
    crumb="工作动态",
    byline="信息来源:党委宣传部发布时间:2021-05-09浏览次数:15",
    paras=[
        "为引领支部党员了解党的辉煌历程,感悟党的初心使命,学习传承党的伟大精神,在党史学习教育中做到学史明理、学史增信、学史崇德、学史力行,以实际行动庆祝党的百年华诞,宣传部党支部于5月8日下午开展“学党史、寻初心、见行动”主题党日。",
        "支部党员首先来到位于南昌路100弄的“初心会客厅”和《新青年》编辑部旧址,这里是《新青年》杂志办刊地、中国共产党发起组成立地和中共中央局办公地,这里是中国共产党星火初燃的地方,中国红色之路的起点所在。明镜所以照形,古史所以至今。大家纷纷表示,要铭记历史,不忘初心,守护这种奋斗精神,高举中国特色社会主义旗帜,在宣传战线贡献自己的力量。",
        "随后,支部党员观看了电影党课《悬崖之上》。“心向黎明,舍生忘死”是该影片的核心所在,为了革命事业特工们都是把最后一颗子弹留给自己。通过这堂电影党课,支部党员深刻感受到“地下党员”服侍于光明而躬耕于黑暗的伟大艰辛,了解了共产党的隐秘战线为中国革命作出了巨大贡献。大家表示,今日的和平安宁来之不易,我们更加要坚定信仰,学党史、念党恩,走中国特色社会主义道路,以实际行动庆祝中国共产党的百年华诞。",
    ],
    trailer=["宣传部党支部", "2021年5月9日"],
    spam_line=None, spam=[], place="mirror",
    injections=["edu-mirror-unrelated-host"],
    origin="pages corpus capture: a university publicity department's party-day report (VSB-style /xcb/2021/0509/c2904a88795/page.htm path kept) copied onto an unrelated host; mirror, hijacked, no injected string. Source is the page's 信息来源. Rebuilt in GBK.",
))

H.append(dict(
    url="http://wenxianggongsi.cn/4a/0b/c10304a674315/page.html",
    shell="vsb2", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    pre=["检查第二田径场附近单杠", "检查第三田径场附近单杠"],
    paras=[
        "11月22日上午,副院长严海波、学院办公室主任宋春景、学院安全员方成辉、体育科学实验室秘书岳璐、办公室财务秘书刘蕊等组成安全检查小组开展安全风险专项排查。",
        "检查小组着重对南湖校区室外公共体育器材的安全性开展检查,小组成员对分布在第一田径场、第二田径场、学生宿舍区、第三田径场周围的单双杠、云梯、肋木架、压腿器、漫步机、牵引器、漫步器、椭圆机、乒乓球台等体育器材逐一细致查看,发现部分器材存在锈蚀、损坏变形等问题,可能引起锻炼损伤风险,小组对相关问题进行了详细记录,现场制定了维修方案,联系安排了维修。通过此次检查,有效消除了室外公共体育器材安全隐患,为师生体育锻炼营造了良好环境。",
    ],
    trailer=["一审:宋春景", "二审:严海波", "三审:张利先"],
    spam_line=None, spam=[], place="mirror",
    injections=["edu-mirror-unrelated-host"],
    origin="pages corpus capture: a sports college's safety-check item (VSB-style path) copied onto an unrelated host; mirror, hijacked, no injected string. Image captions precede the text in the capture and are kept as captions, out of text. No headline/date captured.",
))

H.append(dict(
    url="http://biyunfei.com/info/1081/3532.htm",
    shell="vsb", encoding="gbk", lang="zh",
    title=None, date=None, source=None, author=None,
    paras=[
        "安全是教育事业不断发展,学生成长成才的基本保障。我院将于2023年9月-11月展开实验室安全隐患清查及整改活动,减少可能存在的隐患,共同打造和谐校园。活动内容包括:实验室环境安全、实验室设备安全、实验室水电安全、各项规章制度完善执行情况等。",
        "9月,中心已对实验室部分安全隐患进行了集中排查整改,包括脱落墙皮修复,破碎瓷砖更换,电路检修,空调检修等。并对实验室进行了一次大规模的集中整理,包括卫生清洁,设备安放整理,设备标签清查等。",
    ],
    post=["图为中心人员对实验室进行常规整理", "图为中心对实验室线路进行检修"],
    spam_line=None, spam=[], place="mirror",
    injections=["edu-mirror-unrelated-host"],
    origin="pages corpus capture: a college lab centre's safety-rectification notice (info/1081 path) copied onto an unrelated host; mirror, hijacked, no injected string; photo captions kept out of text. Rebuilt in GBK.",
))

H.append(dict(
    url="https://udonliveudonthaninews.com/nXTlr57hV4/info/1034/36799.htm",
    shell="plain", encoding="utf-8", lang="zh",
    title=None, date=None, source="日照校区管理办公室", author="林茜",
    paras=[
        "4月26日上午,我校与山东海洋文化旅游发展有限公司签订校企合作协议并举行教学基地揭牌仪式,副校长扈庆学,山东海洋文化旅游发展有限公司党委书记、董事长赵东江,总经理古茂林出席仪式。地理与旅游学院、日照校区管理办公室、山东海洋文化旅游发展有限公司等单位相关负责人以及师生代表参加了活动。",
        "赵东江在致辞中对我校的到访表示欢迎,介绍了公司目前正在建设开发的山东省重点文化产业项目、日照“旅游富市”战略头号工程——东方太阳城项目情况,并表示对公司与地理与旅游学院的美好合作前景充满了信心。",
        "地理与旅游学院党委书记胡长春在讲话中介绍了我校和地理与旅游学院的发展情况及办学成果,希望校企双方在科技开发、人才培养、实习实训等方面开展多形式、多层次合作,实现校企资源有效结合和优化配置,优势互补,共同发展。",
        "扈庆学和赵东江共同为我校教学实习基地揭牌,地理与旅游学院院长张全景和赵东江共同签署校企合作协议。",
    ],
    trailer=["(作者:林茜 来源:日照校区管理办公室 编辑:宣传部新闻中心 责编:孙琪)"],
    spam_line=None, spam=[], place="mirror",
    injections=["edu-mirror-unrelated-host", "random-path-prefix"],
    origin="pages corpus capture: a normal university's school-enterprise signing report copied onto an unrelated host under a random path prefix; mirror, hijacked, no injected string. Author and source from the page's credit line (作者/来源 labelled); capture excerpt-length (last captured paragraphs dropped).",
))
