# -*- coding: utf-8 -*-
# Hijacked pages of real-cases-v50: text captured verbatim from the search tool's pages corpus (see SOURCES.md).
# Fields: url, tpl (shell), enc, lang, form, injections, site (None -> url host), title, date, source, author,
#   pre (spam lines printed above the article), tags (empty decoy tags as captured), crumb, byline, paras (printed
#   paragraphs), cut (strings cut from the truth text), extra (page chrome lines), spam, legit, origin.
H = []

H.append(dict(
    url="http://m.xianjinggai.com/show-3476.html", tpl="tc_info", enc="utf-8", lang="zh-Hant",
    form="porn-title-line-with-empty-decoy-tags", injections=["porn-keyword-title-line", "empty-decoy-tags"],
    title="水利部召開新聞通氣會介紹水旱災害防御工作準備情況", date="2024-05-30", source="水利部網(wǎng)站", author=None,
    pre=["China贵州少妇videO,中文字幕乱偷麻豆精品久久,婷婷丁香爱爱,日日燥狠狠燥"],
    tags='<rt id="dnzll"></rt>\n<li id="dnzll"><legend id="dnzll"></legend></li>\n<label id="dnzll"></label>\n<span id="dnzll"></span>\n\n<label id="dnzll"></label>',
    byline_date="發(fā)布時間:2024-05-30", byline_src="內容來源:水利部網(wǎng)站",
    paras=[
        "本站訊 5月30日,水利部召開水旱災害防御工作準備情況新聞通氣會,副部長陳敏介紹有關情況,并與規劃計劃司、水旱災害防御司、水文司、信息中心有關負責人回答記者提問。",
        "陳敏指出,近年來水旱災害極端事件趨多趨頻趨強趨廣,水利部積極踐行習近平總書記“兩個堅持、三個轉變”防災減災救災理念,認真落實黨中央、國務院決策部署,堅持“預”字當先、未雨綢繆,全力做好水旱災害防御各項準備工作。",
        "陳敏介紹,今年是2023年厄爾尼諾事件形成的次年,根據(jù)氣象規(guī)律和歷史經(jīng)驗,極端天氣可能會表現(xiàn)得更加明顯。水利部提前部署防御工作,召開水旱災害防御工作會議,印發(fā)《2024年水旱災害防御工作要點》。全面落實各項責任,針對性調訓全國3000余名水旱災害防御行政首長,向社會公布大型水庫大壩安全責任人、大中型水庫除險加固項目責任人,落實小水庫防汛“三個責任人”,壓實山洪災害防御關鍵環(huán)節(jié)責任。深入排查整治風險隱患,部領導和總師帶隊檢查備汛情況,派出工作組聚焦關鍵部位全面檢查,以“一省一單”形式督促問題及時整改到位。逐流域編制修訂主要江河防御洪水方案和洪水調度方案,完善超標準洪水防御預案,開展實戰(zhàn)化防洪調度演練。",
    ],
    spam=["China贵州少妇videO", "中文字幕乱偷麻豆精品久久", "婷婷丁香爱爱", "日日燥狠狠燥"],
    origin="hijacked: a water ministry news item copied in traditional script with pinyin glosses onto an unrelated host ('新聞資訊 news information' column, show-N.html) under a comma-joined line of porn keywords, with empty decoy tags carrying one random id (rt/li/legend/label/span) before the body as captured; the keyword line makes it hijacked (the copy is a mirror too). Date and 內容來源 from the byline. The third paragraph breaks off in the capture and ends here at its last whole sentence.",
))

H.append(dict(
    url="http://ibisfacades.com/news/zuqiu/4551.html", tpl="tc_sports", enc="utf-8", lang="zh-Hant",
    form="porn-title-line-with-empty-decoy-tags", injections=["porn-keyword-title-line", "empty-decoy-tags"],
    title="杭州日報:杭州大概率無法趕上申辦18強賽前兩個主場", date=None, source=None, author=None,
    pre=["人人操人人射,日韩无码中文短视频,最近精品国语视频,潮喷在线观看"],
    tags='<strong id="13ewf"></strong>\n<font id="13ewf"></font>',
    crumb=["首頁", "中超資訊", "杭州日報:杭州大概率無法趕上申辦18強賽前兩個主場"],
    paras=[
        "6月28日訊 據(jù)《杭州日報》報道,杭州很有可能趕不上今年國足前18名的前兩場主場比賽,所以只能把目標定位為后三場主場比賽中的一場。",
        "據(jù)了解,北京、深圳、天津、沈陽、青島、大連等城市已有10多個城市通過地方足協(xié)和體育局向中國足協(xié)發(fā)出意向函,杭州也在其中。與已經舉辦過國家足球主場比賽的城市相比,杭州擁有杭州奧林匹克體育中心體育場(大蓮花),舉辦過亞運會開幕式和閉幕式,8萬人座位,黃龍體育中心體育場舉辦過杭州亞運會足球比賽,中國足協(xié)超級杯和中超聯(lián)賽,比賽條件非常充分。再加上“后亞運會時代”,杭州一直致力于打造國際“比賽”和“會議”城市。如果國家足球隊能在前18名主場來到杭州,這無疑將是一個令人興奮的消息。",
        "當然,杭州有很多因素需要考慮進行前18名國家足球隊的主場比賽。例如,如何改造建成后從未舉辦過專業(yè)足球比賽的大蓮花場地?如何解決已預約的其他商業(yè)演出時間表?從國家足球隊的賽程來看,杭州很可能趕不上今年9月和10月兩個主場的主辦地。至于未來三個主場之一能否落地杭州,還有待各方共同努力。",
    ],
    extra=["您訪問的頁面發(fā)生錯誤訪問首頁"],
    spam=["人人操人人射", "日韩无码中文短视频", "最近精品国语视频", "潮喷在线观看"],
    origin="hijacked: a city daily's football story copied in traditional script with pinyin glosses onto an unrelated facade-company host (/news/zuqiu/N.html, 中超資訊 breadcrumb) under a line of porn keywords, with empty decoy tags (strong/font, one random id) as captured; the keyword line makes it hijacked (the copy is a mirror too). No date or 來源 label on the page (the paper is named in the headline only). The 'page error' line under the text is template debris.",
))

H.append(dict(
    url="http://m.xunshida.cn/zuowen/2593381.html", tpl="tc_essay", enc="utf-8", lang="zh-Hant",
    form="porn-title-line-on-essay-farm", injections=["porn-keyword-title-line"],
    title="最新材料保供方案(7篇)", date="2023-04-06", source=None, author=None,
    pre=["在线观看国产免费视频_亚洲视频三区_中文字幕在线观看网站_日韩视频免费在线观看_亚洲视频精品_天天夜夜操"],
    crumb=["網站首頁", "作文", "最新材料保供方案(7篇)"],
    meta1="格式:DOC 上傳日期:2023-04-06 08:12:59", meta2="時間:2023-04-06 08:12:59     小編:zdfb",
    paras=[
        "為了確定工作或事情順利開展,常常需要預先制定方案,方案是為某一行動所制定的具體行動實施辦法細則、步驟和安排等。怎樣寫方案才更能起到其作用呢?方案應該怎么制定呢?以下是我給大家收集整理的方案策劃范文,供大家參考借鑒,希望可以幫助到有需要的朋友。",
        "材料保供方案篇一",
        "加強全區菜市場疫情防控工作,加大產銷對接,保障市場供應,切斷病毒傳播途徑,保障人民群眾身體健康,滿足人民群眾生活需要,為打贏疫情防控阻擊戰提供堅強保障。",
        "本方案適用于新型肺炎疫情防控期間,在一定封閉區域內,依法登記注冊,具有一定規模、設施并提供服務,有多個商品經營者入場設點,從事蔬菜、瓜果、水產品、糧油、豆制品、調味品、土特產等各類農產品和食品銷售(以零售為主)的菜市場(農貿市場)。",
        "1.區商務局:牽頭全區菜市場疫情防控及保供工作,確保全區生活必需品貨源充足,市場供應平穩,保障轄區內人民群眾生活需要。",
        "2.區市場監管局:維護疫情期間各超市市場穩定,依法打擊菜市場假冒偽劣、哄抬物價、囤積居奇等行為。",
        "3.區衛健委:指導各超市做好疫情期間防控工作,一旦發現體溫異常的顧客或超市員工,立即進行診療處理。",
        "(一)疫情防控措施",
        "1、縮短營業時間,嚴格控制進出人流數量,不得超過1人/平米,避免人員集聚引發交叉感染。",
        "2、菜市場管理人員、經營戶和消費者必須佩戴口罩方可進入菜市場。",
    ],
    spam=["在线观看国产免费视频", "亚洲视频三区", "中文字幕在线观看网站", "日韩视频免费在线观看", "亚洲视频精品", "天天夜夜操"],
    origin="hijacked: an essay-template farm page (a district market epidemic-supply plan, in traditional script) under an underscore-joined line of porn keywords printed above the breadcrumb; the keyword line makes it hijacked. Title and the upload time (date) from the page; the '小編:zdfb' uploader handle is not an author (null). The capture breaks off in the next item ('3、每日不低'), which is dropped.",
))

H.append(dict(
    url="https://pranatta.com/newscenter/ly/sl/201808/t20180829_720320.html", tpl="cn_water", enc="utf-8", lang="zh",
    form="brand-replaced-place-name", injections=["brand-string-replacing-words"],
    title=None, date="2018-08-29", source="中国水利网站", author=None,
    paras=[
        "中国水利网站8月29日讯 8月28日晚,国家防总、水利部召开全国防汛系统视频会议后,松辽委主任齐玉亮立即主持召开会议,贯彻落实习近平总书记、李克强总理重要指示批示精神,按照国家防总专题会议要求和鄂竟平部长有关工作部署,安排了解最新苹果版体育投注平台 后汛期防汛防台风工作。松辽委副主任马铁民、总工程师郑沛溟参加会议。",
        "齐玉亮充分肯定了前期了解最新苹果版体育投注平台 防汛抗洪防台风工作取得的阶段性成效,并就了解最新苹果版体育投注平台 下一阶段工作提出五点要求。一是要保持防汛备战紧张状态。今年天气形势复杂多变,未来一段时期的防汛防台风形势依然严峻,各有关部门、单位要克服麻痹思想和侥幸心理,时刻绷紧防汛这根弦,加强组织领导,全力落实责任措施;二是要认真组织隐患排查。按照水利部统一部署,在小型水库暗访督察的基础上,增派工作组督察检查了解最新苹果版体育投注平台 四省区山洪灾害防御薄弱环节和河道乱占乱建情况;三是要加强预测预报。水文部门要总结经验,进一步核查预测预报体系,加强与气象部门的会商,提高预测预报精度,延长预见期;四是要做好新闻宣传和舆论引导工作。坚持汛情舆情两手抓,主动、客观、公正回应社会关切,营造防汛抗洪工作良好氛围;五是要密切关注21号台风“飞燕”发展动态,强化值班值守和会商研判,及时预测分析台风对了解最新苹果版体育投注平台 的影响。",
        "松辽委办公室、规计处、水政安监处、水资源处、建管处、防办和水文局(信息中心)相关人员参加会议。",
    ],
    srcline="来源:中国水利网站 2018年8月29日",
    cut=["了解最新苹果版体育投注平台 "],
    spam=["了解最新苹果版体育投注平台"],
    origin="hijacked: a river-basin commission's flood-control meeting item (the ministry site's /YYYYMM/tYYYYMMDD_N.html path kept) copied onto an unrelated host with the basin's name replaced, five times, by a betting-app keyword; the replaced name cannot be restored, so the truth text cuts the keyword (with the space after it). Source and date from the closing 来源 line. No headline in the capture.",
))

H.append(dict(
    url="https://geroptin.com/news/2015/361725.html", tpl="cn_agri", enc="gb18030", lang="zh",
    form="brand-in-breadcrumb", injections=["brand-string-in-breadcrumb"],
    title="全国春季田管和春耕备耕即将由南向北陆续展开", date=None, source=None, author=None,
    crumbspam="beplay888备用网址",
    paras=[
        "2月5日是立春节气过后的第一天,全国春季田管和春耕备耕即将由南向北陆续展开。在今天召开的全国春季田管暨春耕备耕工作视频会议上,农业部副部长余欣荣说,今年夏粮生产基础较好,各地要广泛动员,迅速掀起春耕生产热潮,为夺取夏粮丰收赢得主动。",
        "余欣荣说,在抓好春季田管的同时,要统筹抓好春耕备耕各项工作,突出抓好“一转四保”:抓创新驱动转方式,重点推进农业社会化服务机制创新和农业科技创新,落实节肥节药节水措施,促进生产与生态协调发展。抓政策落实保面积,落实好各项扶持政策,鼓励和引导农民多种粮、种好粮,力争全年粮食播种面积稳定在去年水平上。抓农机作业保进度,搞好机具调度,推进社会化服务,高标准高质量完成春耕春播任务。抓农资监管保供应,开展农资打假专项治理行动,指导农民科学选购农资。抓防灾减灾保安全,做到主动避灾、科学抗灾、积极救灾,确保春耕生产顺利开展。",
    ],
    extra=["新闻来源地址:", "http://www.amic.agri.gov.cn/", "- 暂无评论", "加载更多"],
    spam=["beplay888备用网址"],
    origin="hijacked: an agriculture-ministry news item copied onto an unrelated host (/news/YYYY/N.html) whose breadcrumb's home link reads as a betting brand's backup-address keyword ('当前位置:<brand> <headline>'); the brand makes it hijacked. The 新闻来源地址 line gives only an address, not a name, so source is null; no date on the page. Served GB18030 here.",
))

H.append(dict(
    url="https://xiydc.com/mv/bqqh994493.html", tpl="cn_shuffle", enc="utf-8", lang="zh",
    form="brand-lines-with-emoji-and-shuffled-paragraphs", injections=["brand-string-as-headline", "brand-glued-to-paragraph", "emoji-salting", "fake-related-list"],
    title=None, date=None, source=None, author=None,
    head="👥五星体育F1👪",
    paras=[
        "此外,为鼓励和方便市民养成持久阅读习惯,由4月23日起,香港公共图书馆读者的外借图书馆资料上限由8项增至10项。(完)",
        "五星体育F1中新网香港4月23日电 4月23日是世界读书日,也是首个“香港全民阅读日”。香港特区政府在全港多区举办阅读活动,以鼓励市民养成阅读习惯。",
        "同日,教育局亦同时举办“中小学联校共读半小时活动”,以深化校园阅读氛围,有超过220间中小学参与。香港出版业总会亦响应于沙田新城市广场举行的“2024香港阅读+”嘉年华会场,邀请市民共读半小时。",
        "杨润雄表示,阅读可以不受时间、地域限制,只要拾起喜爱的书本或篇章,便可以漫游其中。他鼓励市民多阅读,让阅读成为习惯。",
        "香港特区政府文化体育及旅游局局长杨润雄出席在香港中央图书馆展览馆举行的“共读半小时”活动,和参与由香港学校图书馆主任协会举办的全港中小学校际中文阅读竞赛的学生,一同阅读竞赛选书《259敦煌计划》,透过书中有关敦煌壁画和“丝绸之路”的生动介绍,鼓励参赛同学进一步探索和欣赏中华文化的价值观和态度。",
        "除了中央图书馆外,康文署还在多个辖下场地,包括北角油街实现艺术空间、九龙公园拱廊和指定图书馆设置“共读点”,放置不同类型的书籍,让市民在不同地点参与共读活动,而在指定公共图书馆的“共读点”参与“共读半小时”活动的市民更获得纪念品一份。",
    ],
    related=["👫(撰稿:冷水江)约旦2-0韩国晋级亚洲杯决赛", "12-28鞋艺流年💈", "约旦FIFA排名比国足低", "12-27宝子💉", "韩国爆冷出局 无缘亚洲杯决赛", "12-28活力童装💊", "4个月龙凤胎被困高速 众人接力转移", "12-28耀尼💋", "智利前总统皮涅拉坠机身亡", "12-28吉本💌", "谷歌工程师杀妻案嫌犯家人已回国", "12-29用安嘉💍", "二十届三中全会公报", "12-27饮悦时"],
    cut=["五星体育F1"],
    spam=["五星体育F1"],
    origin="hijacked: a wire story on Hong Kong's reading day copied onto an unrelated host (/mv/<letters>N.html) with its paragraphs shuffled (the closing '(完)' paragraph first), a sports-streaming brand keyword wrapped in emoji as the page headline and glued before the dateline, and a list of stale headlines salted with emoji and invented names after the text; the brand makes it hijacked. Truth text keeps the paragraphs in the order shown (the shuffle cannot be undone with certainty) and cuts the brand; the headline list is not text. No real headline, date or 来源 on the page.",
))

H.append(dict(
    url="http://www.mpkhhfp.com/thread-324916-1-203.html", tpl="tc_thread", enc="utf-8", lang="zh-Hant",
    form="mirror-trad-pinyin-glossed", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
    title=None, date=None, source=None, author=None,
    paras=[
        "日前,志愿服務(wù)提升工作現(xiàn)場會暨11月份紅黃旗小區(qū)(村)授牌儀式,在北苑街道綜合文化服務(wù)站舉行。經(jīng)過前期評比,現(xiàn)場對11月份5個“紅旗”小區(qū)(村)、5個“黃旗”小區(qū)(村)進行授牌,參會人員還觀摩了北苑街道新時代文明實踐站開展的形式多樣的志愿服務(wù)活動。",
        "經(jīng)評定,11月份“紅旗”小區(qū)(村)分別是稠城街道詞林社區(qū)曲苑小區(qū)、福田街道通福社區(qū)通福一區(qū)、江東街道塔下洲社區(qū)銀河灣星苑、北苑街道擁軍社區(qū)和聚沁園、后宅街道北站社區(qū)北站六區(qū);“黃旗”小區(qū)(村)分別是稠城街道孝子祠社區(qū)義化小區(qū)、福田街道聯(lián)港社區(qū)陶界嶺小區(qū)、江東街道南山社區(qū)山口、稠江街道香溪社區(qū)龍回一區(qū)二區(qū)、北苑街道經(jīng)發(fā)社區(qū)畈東。",
        "會議要求,志愿服務(wù)提升項目是創(chuàng)建全國文明城市第二批十大項目之一,各街道要結(jié)合新時代文明實踐中心建設(shè)推進志愿服務(wù)活動;要以創(chuàng)建全國文明城市為契機,積極培育“全民參與志愿服務(wù)、全民助力文明創(chuàng)建”的良好氛圍,推動志愿服務(wù)活動的規(guī)范管理,動員廣大干部群眾投身志愿服務(wù)事業(yè),大力推廣“志愿匯”平臺,不斷壯大志愿服務(wù)隊伍。",
    ],
    spam=[],
    origin="mirror, not reprint: a city news item on a volunteer-service award meeting copied onto an unrelated host under a forum thread address (thread-N-1-N.html) in traditional script with pinyin glosses; hijacked by the split rule; no injected string. No headline or date in the capture.",
))

H.append(dict(
    url="http://www.tsfyswkj.com/20812/content_1717128.html", tpl="tc_plain", enc="big5", lang="zh-Hant",
    form="mirror-trad-plain", injections=["copy-on-unrelated-host", "traditional-conversion"],
    title=None, date=None, source=None, author=None,
    paras=[
        "2月10日,在人大代表活動日當天,南嘴鎮人大組織部分市鎮人大代表對百家溝村的鄉村振興工作進行調研并召開座談會。在會上,聽取了村兩委對本村2023年鄉村振興的工作思路。隨后,與會人大代表踴躍發言、各抒己見,進一步統一了思想,明確了任務要求。有村干部表示:希望以后能多召開這樣的“諸葛亮會”,有效指導我們的工作,減少工作的盲目性。",
        "今年來,南嘴鎮鄉村振興工作會已相繼在各村進行,這是人大代表活動的第一動作。",
        "座談會后,南嘴鎮還專題召開了班子成員會議,對下一階段人大工作部署,人員配備等作了安排。",
    ],
    spam=[],
    origin="mirror, not reprint: a town people's-congress item on a village revitalisation survey copied onto an unrelated host (/<col>/content_N.html) in traditional script without glosses; hijacked by the split rule; no injected string. No headline or date in the capture. Served Big5 here (the build falls back to UTF-8 if a character has no Big5 code and says so in encoding).",
))

H.append(dict(
    url="http://rixinpaint.cn/app/content/2023-10/26/content_23504011.htm", tpl="tc_cityapp", enc="utf-8", lang="zh-Hant",
    form="mirror-trad-pinyin-glossed", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
    title="22所高校學(xué)子展英姿 青島高校田徑運動會在青島恒星科技學(xué)院隆重開幕", date="2023-10-26", source=None, author=None,
    byline="2023-10-26 16:16    青島新聞網(wǎng)",
    paras=[
        "青島新聞網(wǎng)10月26日訊(記者 劉文超)亞運會的硝煙剛散盡,島城高校又燃起運動激情。10月26日,“恒星學(xué)院杯”2023年青島市高校田徑運動會在青島恒星科技學(xué)院體育場隆重開幕,來自青島市22所高校的600余名運動員、教練員們將在短長跑、跳高、跳遠、鉛球、鐵餅、標(biāo)槍等17個田徑項目中進行角逐。",
        "中共青島市委教育工委委員、青島市教育局黨組成員、副局長韓東出席開幕式并宣布運動會開幕。青島高校體育協(xié)會會長李武修,青島市教育局體衛(wèi)藝處副處長曹家祥,青島高校體育協(xié)會副會長兼秘書長葛振營,青島恒星集團主席、青島恒星科技學(xué)院董事長陳昌金,青島恒星科技學(xué)院校長畢憲順,青島恒星科技學(xué)院黨委書記劉龍海,青島恒星科技學(xué)院黨委副書記、執(zhí)行校長徐愛民,青島恒星科技學(xué)院副校長陳海艷及其他在青高校的運動會負責(zé)人也出席此次運動會開幕式。",
        "上午8時,本屆運動會在陳氏太極拳的精彩表演中拉開序幕。來自恒星學(xué)院的400名陳氏太極拳愛好者,身著白衣翩翩而來,一招一式間,浸潤的是東方文化的神秘、包容、和諧與力量;一起一落間,滲透出的是中國傳統(tǒng)文化與古老哲學(xué)。宏大的場面,讓整個運動場頓時歡騰起來。",
    ],
    spam=[],
    origin="mirror, not reprint: a city news portal's college sports-meet story (its /app/content/YYYY-MM/DD/content_N.htm path and 'APP 打開' banner kept) copied onto an unrelated paint-named host in traditional script with pinyin glosses; hijacked by the split rule; no injected string. Headline and date from the page; the portal's name beside the date carries no 來源 label, so source is null; the reporter is named only inside the dateline. The fourth paragraph breaks off in the capture and is dropped.",
))

H.append(dict(
    url="http://www.juristischer-stellenmarkt.com/150493783272843/2021/9/29/163290312144639.html", tpl="tc_blog", enc="big5", lang="zh-Hant",
    form="mirror-trad-plain", injections=["copy-on-unrelated-host", "traditional-conversion"],
    title="陜體集團開展節前安全檢查工作", date="2021-09-29", source="陜西體育集團", author=None,
    datebox=["29", "九月", "2021", "2021"],
    paras=[
        "為切實做好“十一”國慶期間安全生產工作,確保節日期間下屬企業安全工作平穩有序。9月29日,陜體集團黨委副書記、總經理高勤銀,副總經理龔軍分別帶隊前往各經營單位、陜西國際體育之窗項目開展節前安全檢查工作,進一步壓緊壓實企業安全生產主體責任。",
        "檢查小組實地檢查了各經營單位的生產生活設施設備及節日期間應急管理、疫情防控和值班安排情況。",
        "集團要求,各單位要切實落實集團安全生產工作會議精神,做好應急管理工作,妥善處理突發事件,確保集團安全形勢持續穩定。",
    ],
    spam=[],
    origin="mirror, not reprint: a provincial state sports group's pre-holiday safety-inspection item copied onto an unrelated German-named host (numeric /N/YYYY/M/D/N.html path) in traditional script; hijacked by the split rule; no injected string. Headline, the day/month/year box (date) and the 來源 line from the page. Served Big5 here (UTF-8 fallback if needed).",
))

H.append(dict(
    url="http://lyjwwood.com/xcqw/2022/01/1512863.html", tpl="tc_plain2", enc="utf-8", lang="zh-Hant",
    form="mirror-trad-pinyin-glossed", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
    title=None, date=None, source=None, author=None,
    paras=[
        "會(huì)議傳達(dá)了市委市政府重點(diǎn)工作第六次月講評(píng)會(huì)議精神,聽取了各相關(guān)單位近期“9+N”重點(diǎn)工作的匯報(bào),并對(duì)當(dāng)前各項(xiàng)重點(diǎn)工作存在問題進(jìn)行分析研判,安排部署近期重點(diǎn)工作。",
        "就做好近期重點(diǎn)工作,謝闖指出,一要抓好疫情防控工作,要結(jié)合當(dāng)前疫情特點(diǎn),有針對(duì)性地做好疫情防控各項(xiàng)工作,持續(xù)扎緊“四個(gè)口袋”,落實(shí)“四方”責(zé)任,確保實(shí)現(xiàn)“一個(gè)力爭(zhēng)、兩個(gè)確保”工作目標(biāo)。二要抓好收官?zèng)_刺工作,各相關(guān)部門要理清工作思路,積極與上級(jí)部門銜接匯報(bào)工作,爭(zhēng)取指導(dǎo)支持,搶抓政策機(jī)遇,堅(jiān)決打好打贏“收官戰(zhàn)”。三要抓好安全生產(chǎn)工作,要堅(jiān)持問題導(dǎo)向,緊盯安全生產(chǎn)薄弱環(huán)節(jié),持續(xù)深化安全生產(chǎn)隱患大排查大整治,找準(zhǔn)問題癥結(jié),有效消除各類風(fēng)險(xiǎn)隱患,確保全區(qū)社會(huì)大局和諧穩(wěn)定。四要抓好經(jīng)濟(jì)運(yùn)行工作,全區(qū)上下要強(qiáng)化責(zé)任擔(dān)當(dāng),加強(qiáng)全年工作謀劃,做到提前預(yù)判,加強(qiáng)調(diào)度,及時(shí)解決突出矛盾和問題,搶占發(fā)展先機(jī),奮力奪取全年工作“開門紅”。",
    ],
    extra=["責(zé)編:瘦馬"],
    spam=[],
    origin="mirror, not reprint: a district government's key-work meeting item copied onto an unrelated wood-named host (/xcqw/YYYY/MM/N.html) in traditional script with pinyin glosses (one mojibake run, '收官?zèng)_刺', kept as captured); hijacked by the split rule; no injected string. The 責編 line names an editor, not the author. No headline or date in the capture.",
))

H.append(dict(
    url="http://www.yhg994208.cn/news/qz/2017042420471294823.htm", tpl="tc_plain", enc="utf-8", lang="zh-Hant",
    form="mirror-trad-pinyin-glossed", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
    title=None, date=None, source=None, author=None,
    paras=[
        "為了深入貫徹落實區(qū)委工作會議、區(qū)農(nóng)業(yè)農(nóng)村工作會議及其他各項會議精神,總結(jié)2016年工作,同時分析當前形勢,安排2017年工作任務,進一步統(tǒng)一思想、凝聚力量、堅定信心,扎實做好今年各項工作。4月17日下午,齊壽鎮(zhèn)召開2017年全鎮(zhèn)農(nóng)業(yè)農(nóng)村工作會議。鎮(zhèn)領(lǐng)導班子成員、全體鎮(zhèn)干部、鎮(zhèn)屬單位負責人、全體村干部近110人參加了本次會議。",
        "首先,鎮(zhèn)黨委副書記、鎮(zhèn)長杜長江同志傳達了區(qū)委八屆二次全委擴大會議精神,通報了區(qū)上對我鎮(zhèn)的考核情況及獲獎情況,并對去年的工作進行了總結(jié)回顧,對今年的工作進行了安排。其次,黨委委員、副鎮(zhèn)長郭亞洲同志宣讀關(guān)于表彰2016年度先進集體和先進個人的決定,現(xiàn)場對獲獎的單位和個人進行了表彰獎勵。",
        "會議期間,鎮(zhèn)長杜長江同志代表齊壽鎮(zhèn)政府與16個行政村簽訂了重點工作目標管理責任書,為做好今年各項工作傳導了壓力,同時提供了有力保障。",
        "最后,鎮(zhèn)黨委書記賈應蝶同志對全鎮(zhèn)各項工作做了總結(jié)安排,她強調(diào):全鎮(zhèn)各村要緊緊圍繞會議精神,明確各項重點任務,認真貫徹落實,確保每一項工作都有人抓、有人管、有人負責,以更加務實的態(tài)度、更加扎實的作風,努力推動全鎮(zhèn)的全面發(fā)展,共同譜寫齊壽鎮(zhèn)工作的新篇章。",
    ],
    spam=[],
    origin="mirror, not reprint: a town government's rural-work meeting item copied onto an unrelated numbered host (/news/qz/<timestamp>.htm) in traditional script with pinyin glosses; hijacked by the split rule; no injected string. No headline or date in the capture (the timestamp is only in the url).",
))

H.append(dict(
    url="https://trip114.net/detail/2/092384d2cc35b7f104a43cbf3a43dc44.html", tpl="tc_detail", enc="utf-8", lang="zh-Hant",
    form="trad-glossed-copy-with-doubled-commas", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses", "doubled-punctuation"],
    title=None, date=None, source=None, author=None,
    paras=[
        "為落實《大連市人民政府辦公廳深入推行科技特派員制度促進農(nóng)村創(chuàng)新創(chuàng)業(yè)的實施意見》(大政辦發(fā)〔2017〕155號)精神,根據(jù)《大連市科技特派工作管理辦法》(大科發(fā)〔2021〕243號)的規(guī)定,,大連市科技局現(xiàn)組織開展2023年度大連市科技特派團申報工作\ufffd,,F(xiàn)將有關(guān)要求通知如下:",
        "一,、基本條件",
        "1、科技特派團自愿申報,,參加科技特派團的特派員為市科技局登記的科技特派員,;",
        "2、每個科技特派團為10人以上,,設團長1名,,每名科技特派員只能參加一個特派團,不得重復參加,;",
        "3,、市科技局已登記備案且未加入科技特派團的科技特派員,應根據(jù)自己的專業(yè)特長,、服務區(qū)域等情況選擇科技特派團加入,,或者會同其他科技特派員組建新的科技特派團進行申報。",
        "二,、相關(guān)要求",
        "1、申請人填寫《大連市科技特派團申請表》(見附件),并于2023年10月15日前發(fā)送至科技處郵箱,,由科技處進行形式審核,;",
        "2、待收到科技處通知后,,通過“大連市科技項目管理信息平臺”提交申請表及相關(guān)附件,,網(wǎng)上申報截止日期為2023年10月19日;",
        "3,、請各已在大連市科技局登記備案且未加入科技特派團的科技特派員加入科技特派團或組建新的科技特派團,,切實發(fā)揮科技特派員服務鄉(xiāng)村振興作用。",
        "聯(lián)系人:王偉",
        "電 話:86322987,,13591382217",
        "郵 箱:kjc@dlpu.edu.cn",
    ],
    extra=["編輯/王偉", "審核/王偉,、李東、秦磊", "審核/王偉,、李東、秦磊"],
    spam=[],
    origin="mirror, not reprint: a university science office's notice on the city's 2023 science-envoy team applications (its contact mail on the university's domain) copied onto an unrelated travel-named host (/detail/2/<hex>.html) in traditional script with pinyin glosses and doubled punctuation (',,', ',、', ',;') scattered through it, one mojibake run ('\ufffd,,F(xiàn)將') kept as captured; hijacked by the split rule; no injected string. The contact lines belong to the notice and stay in the text; the 編輯/審核 lines (doubled in the capture) are not text. No headline or date in the capture.",
))

H.append(dict(
    url="https://www.akcjnk999.com/dushi/2023-12-12/441692.html", tpl="tc_detail", enc="utf-8", lang="zh-Hant",
    form="trad-glossed-copy-with-doubled-commas", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses", "doubled-punctuation"],
    title=None, date=None, source=None, author=None,
    paras=[
        "本報(bào)訊(記者孫媛媛)近日,省科技廳發(fā)布科技特派員工作報(bào)告,其中長(zhǎng)安路街道辦事處,、息冢鎮(zhèn)人民政府,、磚路鎮(zhèn)人民政府科技特派員工作站被評(píng)為優(yōu)秀科技特派員工作站,李雙雙等15名科技特派員被評(píng)為優(yōu)秀科技特派員,。",
        "近年來(lái),,我市深入實(shí)施科技特派員制度,堅(jiān)持以需求為導(dǎo)向,,積極拓展科技特派員服務(wù)功能,,有效促進(jìn)了鄉(xiāng)村振興戰(zhàn)略實(shí)施。積極引導(dǎo)科技特派員參與建立“科技特派員+協(xié)會(huì),、企業(yè),、示范基地、種養(yǎng)大戶+農(nóng)戶”多元化幫扶模式,,充分利用科技特派員人才,、項(xiàng)目、成果等科技創(chuàng)新資源,,引領(lǐng)和支撐地方產(chǎn)業(yè)發(fā)展,。",
        "下一步,市科技局將不斷完善科技特派員工作體系,,在科技創(chuàng)新和服務(wù)質(zhì)量下功夫,,進(jìn)一步提升科技特派員服務(wù)效能。",
    ],
    spam=[],
    origin="mirror, not reprint: a city daily's brief on provincially rated science-envoy stations copied onto an unrelated host whose name reads like a betting domain (/dushi/YYYY-MM-DD/N.html) in traditional script with pinyin glosses and doubled punctuation; hijacked by the split rule; no injected string on the page (the host name is not page text). The date is only in the url, so null; no headline in the capture.",
))

H.append(dict(
    url="http://xungyy.com/bencandy.php?fid=32&id=3851", tpl="cn_qibo", enc="utf-8", lang="zh",
    form="mirror-simplified", injections=["copy-on-unrelated-host"],
    title=None, date=None, source=None, author=None,
    paras=[
        "本报讯(记者陈荞)昨天,北京市民政局发布33个首都社区志愿服务项目,这些项目基本覆盖全市社区,包括社区亲情陪伴、矛盾调解、铲除小广告等不同项目。据介绍,33项志愿服务项目共需要20万名志愿者,即日起有意成为志愿者的市民,可登录“首都社区志愿服务网”或拨打社区服务热线96156咨询详情,市民可报名成为志愿者或请求志愿援助。",
        "市民政局社区工作处处长董明慧介绍,这33个项目预计将为全市老年人、弱势群体以及需要帮扶的社区居民提供志愿服务335万人次。昨天,首都社区志愿服务网(http://zyz.96156.org.cn)正式开通。市民注册后,可以发布信息请求志愿援助,或是发布自己可以提供志愿服务的信息。",
        "市民政局下属的北京市社区服务中心负责人表示,此次推出的33个服务项目,预计共需20万名社区志愿者,其中大部分项目原来有固定的志愿者,但还有多个项目需要招募志愿者,“尤其是一些街道级的项目,需要志愿者比较多,社区居民可以选择就近的项目去报名成为志愿者,需要志愿服务的市民,也可登录该网站发布相关信息。”",
        "目前,这些服务项目都已在首都社区志愿服务网“精品服务项目”栏目予以公布。",
        ">>部分志愿服务项目",
        "社区亲情陪伴",
        "社区牵挂问询",
        "社区矛盾调解",
        "社区生活援助",
        "社区养犬自律",
        "社区铲除小广告",
    ],
    extra=["更多精彩内容请登录京华网(www.jinghua.cn)"],
    spam=[],
    origin="mirror, not reprint: a Beijing daily's story on the civil-affairs bureau's community volunteer projects copied onto an unrelated host (a bencandy.php?fid=&id= article page) with the paper's closing plug kept; hijacked by the split rule; no injected string. The project list is part of the story and stays in the text; the plug is not text. No headline or date in the capture.",
))

H.append(dict(
    url="http://cixi.17car.com.cn/cixi/2023/0110/351738.html", tpl="cn_county", enc="utf-8", lang="zh",
    form="mirror-simplified", injections=["copy-on-unrelated-host"],
    title=None, date=None, source=None, author=None,
    lead_caption="(资料图片)",
    paras=[
        "汨罗融媒体讯(记者周敏通讯员湛韬)日前,弼时镇召开乡村振兴流动现场会暨支部书记述职评议会,会议通过查看现场、听取汇报的方式,实地踏看弼时镇辖区18个村(社区)推进乡村振兴工作与年度重点工作中的新特色、新亮点、新变化,通过“晒一晒”提发展质效,“比一比”促快速发展。",
        "“一线工作”观摩团先后走进弼时村旅游路、停车场项目,序贤村香樟小院、农业大棚项目,铜盆村鹌鹑基地项目,李家塅村、湄江村“小田改大田”项目以及平华、湄江、高燕、清溪等村产业路项目,实地察看人居环境整治、乡村振兴示范点、巩固拓展脱贫攻坚成果、新引进农业项目和乡村旅游示范点等方面工作情况,现场检阅推进项目建设的新变化、新成效,总结分享好经验好做法。",
        "据介绍,“走着开”的流动现场会与“坐着开”的年度述职讲评会,旨在再一次把大家的思想搅动起来,通过学习交流、赛马比拼,进一步树牢“引项目拼经济”理念,激发各村干事创业、比学赶超的热情和干劲,形成相互学习、相互借鉴、你追我赶、真抓实干的工作态势,推动全镇上下凝心聚力拼项目、谋发展、全力以赴抓落实,全力争当谱写汨罗高质量发展的排头兵。",
    ],
    mid_caption=(2, "李家塅村高标准农田项目现场"),
    extra=["一审:刘嘉玉", "二审:胥 扬", "三审:刘胜丹", "关键词: 乡村振兴"],
    spam=[],
    origin="mirror, not reprint: a county media centre's story on a town's rural-revitalisation field meeting copied onto a city subdomain of an unrelated car-site host (/cixi/YYYY/MMDD/N.html) with its three-review credits and a keyword line kept; hijacked by the split rule; no injected string. The photo captions and review credits are not text. The date is only in the url, so null; no headline in the capture.",
))

H.append(dict(
    url="http://yaour.cn/a/sixiang/2016/0625/4469.html", tpl="cn_dede", enc="gbk", lang="zh",
    form="mirror-simplified", injections=["copy-on-unrelated-host"],
    title=None, date=None, source=None, author=None,
    paras=[
        "6月7日,南平市政府安委办召开“安全生产月”联络员会议。市政府安委会有关成员单位和媒体参加了会议。",
        "各单位汇报了近期“安全生产月”安排部署和“安全生产咨询日”筹备情况。根据开展情况,南平市政府安委办对“安全生产咨询日”活动参展单位和参与启动仪式单位就参展人数、参展时间和宣传品发放等工作进行了具体细致的安排。确保“安全生产月”各项工作和“安全生产咨询日”活动顺利有序开展,",
    ],
    extra=["(此文不代表本网站观点,仅代表作者言论,由此文引发的各种争议,本网站声明免责,也不承担连带责任。)"],
    spam=[],
    origin="mirror, not reprint: a city government safety-committee item copied onto an unrelated host (a /a/<column>/YYYY/MMDD/N.html article path) with a blanket disclaimer under it; hijacked by the split rule; no injected string. The second paragraph ends on a comma in the capture and is kept so. Served GBK here. No headline or date in the capture.",
))

H.append(dict(
    url="https://ruyici.top/portal.php?aid=110606&mod=view", tpl="cn_portal", enc="utf-8", lang="zh",
    form="mirror-simplified", injections=["copy-on-unrelated-host"],
    title=None, date=None, source=None, author=None,
    paras=[
        "10 月 23 日下午,临澧县太浮镇响水村朱伦桥市场内暖意融融,一场聚焦庭院经济、产业发展、乡村振兴的屋场会在此有序召开。镇党委书记、镇长、驻村领导干部、相关站所负责人及支村两委与朱伦组、窑湾组、新屋组的村民们围坐一堂,围绕香水柚种植、医保政策、秸秆禁烧、大田翻耕等“家门口的民生事”展开热烈讨论。",
        "“今天不是来念文件的,就是想听大伙儿的实在话!”驻村领导、镇宣统委员的开场白引来阵阵掌声。会上,他以“算账对比”的方式解析乡村振兴产业规划:从香水柚“3年挂果、7年丰产”的经济账,到“房前屋后种十棵,医保养老不用愁”的民生账,再到秸秆还田“一季增产5%、污染火灾双减少”的生态账,将专业政策转化为村民听得懂的“土白话”。 镇党委书记重点介绍了香水柚产业发展规划。通过列举周边村镇的成功案例,鼓励村民发展庭院经济,并表示镇政府将统筹技术培训、销售渠道等资源,消除村民“种不好、卖不动”的顾虑;同时宣传并强调了秸秆禁烧、大田翻耕、医保缴费等当前重点工作。 会议过程中,村民们踊跃发言,或提出种植香水柚过程中的困惑,或分享对秸秆禁烧和医保缴费的建议,镇、村两级干部耐心记录、细致解答,现场互动频繁、氛围融洽。",
        "此次屋场会,是扎实推进乡村振兴“五个一”行动、切实提升群众获得感与幸福感的具体实践。通过“面对面”的沟通方式,不仅消除了干群之间的距离感,更让村民的诉求有了直接表达的渠道。",
    ],
    extra=["1 小时前", "2 小时前", "2 小时前", "2 小时前", "3 小时前"],
    spam=[],
    origin="mirror, not reprint: a town's item on a village 'courtyard meeting' copied onto an unrelated portal host (portal.php?aid=N&mod=view) with the portal's 'N 小时前' sidebar stamps; hijacked by the split rule; no injected string. The middle paragraph joins three paragraphs with spaces as captured and is kept so. No headline or date in the capture.",
))

H.append(dict(
    url="https://idtg.daggerford.com/kenapa-kominfo-tidak-blokir-situs-judi-slot-online.html", tpl="id_parasite", enc="utf-8", lang="id",
    form="parasite-keyword-page-on-subdomain", injections=["parasite-page-on-subdomain", "keyword-title", "stitched-copied-news"],
    title=None, date=None, source=None, author=None, legit=True,
    head="Kenapa Kominfo Tidak Blokir Situs Judi Slot Online",
    paras=[
        "Kominfo buka blokir situs Origin.com",
        "Di samping itu, pemerintah sudah membuka blokir situs Origin.com pada Rabu (3/8/2022).",
        "Artinya, saat ini masyarakat sudah kembali bisa mengakses situs Origin.com.",
        "Origin adalah platform distribusi digital yang dikembangkan oleh Electronic Arts untuk membeli dan memainkan permainan video. Umumnya, kliennnya tersedia untuk komputer pribadi dan platform seluler.",
        "Adapun alasan pemerintah mencabut blokir Origin.com karena situs itu sudah mendaftarkan Sistem Elektronik Origin.com atau melakukan normalisasi.",
        "\"PSE Electronic Arts telah mendaftarkan Sistem Elektronik Origin.com. Normalisasi akses Origin.com telah dilakukan sejak pukul 14.00 WIB pada hari Rabu, 3 Agustus 2022,\" ujar Direktur Jenderal Aplikasi Informatika (Aptika) Semuel Abrijani Pangerapan.",
        "Sebelumnya, Origin.com sempat kena blokir Kominfo karena belum mendaftarkan diri dalam situs PSE pemerintah bersama Epic Games, Yahoo, Steam, Dota, Counter Strike, dan lainnya pada 30 Juli 2022.",
        "Sementara itu, beberapa platform lain seperti Epic Games masih diblokir oleh pemerintah.",
        "JAKARTA, KOMPAS.TV - Upaya Kementerian Komunikasi dan Informatika memblokir 560 ribu situs judi online sia-sia karena kemunculan situs serupa.",
        "\"Tantangannya karena ini judi online, tantangannya cuma satu, kesadaran. Ya kita bersihkan hari ini setelah dibersihkan muncul lagi, ya dibersihkan kembali,\" tutur Menteri Komunikasi dan Informatika (Menkominfo) RI Johnny G Plate dikutip dari Kompas.com, Kamis (25/8/2022). \"Ini patah tumbuh hilang berganti. Kejar-kejaran.\"",
        "Ia mengatakan situs judi online yang telah dibersihkan memiliki platform di luar dan dalam negeri. Meski situs judi kembali muncul, Plate mengaku tak berhenti untuk memblokir 'situs haram' tersebut.",
    ],
    inserts={1: "Ilustrasi Origin milik Electronic Arts.", 4: "Baca juga: Mengenal Binary Option, Alasan Mengapa Disebut Judi dan Bahayanya", 8: "Baca juga: Berikut Cara Mencairkan Uang dari Paypal ke Rekening Bank"},
    spam=["Kenapa Kominfo Tidak Blokir Situs Judi Slot Online"],
    origin="hijacked and legit: a parasite page on a subdomain of an unrelated fan-site domain, its file name and headline a gambling search phrase, its body two national-news stories stitched together (the ministry unblocking a game store, then the ministry's campaign blocking hundreds of thousands of gambling sites); the keyword headline and the planted page make it hijacked, the copied text is lawful news on blocking online gambling, so legit as well. The keyword headline is not the story's title (title null). The image caption and 'Baca juga' links are not text; the capture breaks off in the next 'Baca Juga' line, which is dropped.",
))

H.append(dict(
    url="http://sdjxsl.cn/news/detail/nid-354", tpl="tc_company", enc="utf-8", lang="zh-Hant",
    form="trad-glossed-copy-of-lottery-news", injections=["copy-on-unrelated-host", "traditional-conversion-with-pinyin-glosses"],
    title="體育彩票助力健康中國(guó)", date="2019-08-20", source=None, author=None, legit=True,
    byline="作者:管理員 發(fā)表時(shí)間 :2019-08-20",
    paras=[
        "國(guó)務(wù)院近日印發(fā)《國(guó)務(wù)院關(guān)于實(shí)施健康中國(guó)行動(dòng)的意見》。國(guó)家層面出臺(tái)《健康中國(guó)行動(dòng)(2019年至2030年)》意味著健康中國(guó)戰(zhàn)略發(fā)展到深入推進(jìn)階段。而在推進(jìn)“健康中國(guó)”的過(guò)程中,體育彩票也全力行動(dòng)。",
        "在支持體育事業(yè)方面,體育彩票公益金為體育事業(yè)的發(fā)展作出了突出貢獻(xiàn),成為體育事業(yè)支柱型的資金來(lái)源。通過(guò)持續(xù)不斷的體育彩票公益金投入,全國(guó)公共體育設(shè)施建設(shè)取得了明顯進(jìn)展。以身邊隨處可見的全民健身路徑為標(biāo)志,已建成了體育健身工程、全民健身活動(dòng)中心、體育公園、健身廣場(chǎng)、戶外營(yíng)地、健身步道等多種設(shè)施類型,為群眾提供了免費(fèi)、方便、實(shí)用的健身活動(dòng)器材和場(chǎng)所。",
        "1、修建體育場(chǎng)地設(shè)施及投放體育健身器材。",
        "2、助力全民健身活動(dòng)及青少年體育活動(dòng)。",
        "3、參與群眾體育組織建設(shè)。",
        "4、為競(jìng)技體育競(jìng)賽及訓(xùn)練提供保障。",
        "城市里,我們?cè)谛^(qū)、公園隨處可見室外健身器材,隨著全民健身計(jì)劃的推進(jìn),功能多樣的健身器材也在鄉(xiāng)村“落戶”,而這些成績(jī)都離不開體彩公益金。",
    ],
    spam=[],
    origin="hijacked and legit: a national sports-lottery public-welfare article copied into the '體育百科' column of an unrelated mainland company host (400 hotline, 公司新聞/行業新聞 menu) and served in traditional script with pinyin readings glued in (學(xué), 國(guó)) and mojibake runs ('我們?cè)谛^(qū)') kept as captured; the copier's conversion, not a reprint credit, marks it a mirror (hijacked by the split rule), and the copied text is lawful lottery news, so legit as well; no injected string. Headline and the 發表時間 date from the byline; '作者:管理員' is a site placeholder, so author is null.",
))
