# -*- coding: utf-8 -*-
"""Real cases v14, part A: hijacked pages rebuilt from captured text (verbatim text; HTML shells are reconstructions)."""

KABAR_SPAM = """8000 Hoki Online List Akun web Slots Maxwin Vietnam Terkini Mudah Lancar Jackpot Non Stop
hoki kilat Akun web Slots Maxwin Cambodia Terbaru Mudah Win Terus
1000hoki Situs situs Slots Maxwin Singapore Terbaik Sering Lancar Menang Full Terus
5000 hoki List Situs situs Slot Maxwin Singapore Terbaik Sering Lancar Menang Full Setiap Hari
7000 Hoki Online List Daftar server Slots Maxwin Myanmar Terkini Mudah Lancar Scatter Full Online
9000hoki Data Akun server Slots Maxwin Singapore Terkini Pasti Lancar Scatter Full Non Stop
List Situs Slots Gacor server Malaysia Terpercaya Mudah Lancar Menang Full Non Stop
Idagent138 login Akun Slot Anti Rungkat Terpercaya
Luckygaming138 login Akun Slot
Adugaming Slot Anti Rungkat Terpercaya
kiss69 Id Slot Maxwin
Agent188 Daftar Id Slot Gacor Terpercaya
Moto128 Daftar Akun Slot Anti Rungkad Online
Betplay138 Id Slot Maxwin Online
Letsbet77 Akun Slot Game Terbaik
Portbet88 Slot Gacor Terpercaya
Jfgaming168 Akun Slot Game
Mg138 Akun Slot Gacor
Adagaming168 login Akun Slot Online
Kingbet189 Daftar Slot Game Terpercaya
Summer138 login Id Slot Gacor Online
Evorabid77 login Slot Anti Rungkad Terbaik""".split("\n")

CASES_A = [
dict(key="kabar69", url="https://kabar69.net/siswa-di-mempawah-terancam-gagal-kuliah-lewat-snbp-gara-gara-sekolah-9653.html",
     site="kabar69.net", title=None, shown_title="Siswa di Mempawah Terancam Gagal Kuliah Lewat SNBP Gara-gara Sekolah",
     date="2025-02-04", source="CNN Indonesia", author=None, lang="id", encoding="utf-8", shell="news_id",
     byline_date="Selasa, 04 Feb 2025 19:51 WIB",
     paras=["Jakarta, CNN Indonesia --",
            "Siswa-siswa SMA Negeri 1 Mempawah di Kalimantan Barat tidak bisa mendaftar kuliah lewat jalur Seleksi Nasional Berdasarkan Prestasi (SNBP) lantaran pihak sekolah lalai mendaftarkan data siswa ke Pangkalan Data Sekolah dan Siswa (PDSS) hingga habis tenggat 31 Januari lalu.",
            "Para siswa pun melakukan protes berdemonstrasi di sekolah, Senin (3/2).",
            "Demonstrasi ini viral di media sosial (medsos). Video pendek di TikTok memperlihatkan ada guru yang memberikan jawaban di depan siswanya yang berunjuk rasa.",
            "Kata guru tersebut, keterlambatan input data ke PDSS disebabkan oleh banjir. Ada pula guru lain yang berdiri meminta maaf ke para siswanya karena tidak menginput data PDSS."],
     top="<div class=\"hoki-list\">\n" + "\n".join("<p>%s</p>" % s for s in KABAR_SPAM) + "\n</div>",
     inject_after=2, inject_html="<div class=\"ads\">ADVERTISEMENT</div><div class=\"ads\">SCROLL TO CONTINUE WITH CONTENT</div>",
     spam=KABAR_SPAM, injections=["spam_lines_above_article_id", "keyword_link_list"],
     origin="pages corpus capture (search: 'CNN Indonesia berita slot gacor login akun daftar link alternatif'); a copy of a national news article on a site whose page opens with 22 Indonesian slot account lines; the capture shows no headline, the shown <title> is rebuilt from the URL slug and the truth title is null; the last, cut paragraph is left out",
     kind="rebuilt-from-text"),

dict(key="hainiu11", url="http://hainiu11.com/gd/gdkx/20170323/t20170323_523673247.shtml",
     site="hainiu11.com", title="廣東省校園足球協會正式成立", date="2017-03-23", source="南方網", author=None,
     lang="zh", encoding="utf-8", shell="portal_trad", byline_date="2017-03-23 11:51:00", editor="官文清",
     paras=["據南方網報道,3月22日,廣東省校園足球協會在廣東省實驗中學舉行新聞發布會,并宣布該協會正式成立。據了解,今年該協會將牽頭主辦廣東省首屆省級校超聯賽(又名“省校園足協杯聯賽”),這也是廣東地區唯一可覆蓋全省學校范圍的校園足球品牌賽事。",
            "據廣東省校園足球協會秘書長楊磊介紹,校園足球協會是經廣東省教育廳批準、廣東省民政廳核準成立的,現在已經有近200個會員單位,包括了省實驗中學、華師附中、珠海一中、北江中學等,并將在推動全省校園足球發展中起到主力軍作用。",
            "據介紹,在成立后,省校園足球協會將對我省校園足球開展工作進行業務指導,指導各級各類學校的校園足球文化建設;并開展校園足球相關業務培訓、學生足球技能培訓和競賽交流、學生足球訓練營活動和國內外學生足球交流活動等。",
            "記者還了解到,該協會今年規劃了一系列活動計劃,包括2017年廣東省校超聯賽、校園足球嘉年華、足球動漫文化節及足球教師計劃等。其中“重頭戲”為預計于3月舉辦的首屆廣東省校超聯賽。該聯賽每年一屆,每個賽季將持續7個月,采取雙循環主客場制。今年省內將有近200所學校參加,共計將進行1920場賽事。"],
     top="<sub id=\"oo950\"><tr id=\"oo950\"></tr></sub><u id=\"oo950\"></u><u id=\"oo950\"></u><track id=\"oo950\"></track>",
     after_article="<p class=\"keys\">關鍵詞: 廣東;足球;校園</p>\n<p>欧美日韩国产中文字幕韩国理论_国产午夜福利片在线播放老_久久男女性高爱潮免费网站色欲_99re6在线观看国产精品</p>\n<sub id=\"oo950\"><tr id=\"oo950\"></tr></sub><u id=\"oo950\"></u><track id=\"oo950\"></track>",
     brand_label="央廣網",
     spam=["欧美日韩国产中文字幕韩国理论_国产午夜福利片在线播放老_久久男女性高爱潮免费网站色欲_99re6在线观看国产精品"],
     injections=["traditional_mirror", "porn_keyword_line", "junk_tag_cloak"],
     origin="pages corpus capture (search: '球盟会 学校 新闻 活动 发布日期'); a traditional-script copy of a national radio portal's page on an unrelated domain, with a porn keyword line after the keywords and empty <sub>/<u>/<track> tags around the article (both kept verbatim)",
     kind="rebuilt-from-text"),

dict(key="esserebelli", url="http://esserebelli.net/info/1089/9819.html",
     site="esserebelli.net", title="举行科创荣誉会员受聘暨“双创班”开班仪式", shown_title="威斯尼斯人举行科创荣誉会员受聘暨“双创班”开班仪式",
     date=None, source=None, author=None, lang="zh", encoding="gb18030", shell="vsb_school",
     brand="威斯尼斯人",
     paras=["2016年9月28日,威斯尼斯人科创荣誉会员受聘暨“双创班”开班仪式于图书馆一号报告厅正式召开。出席本次仪式的嘉宾有威斯尼斯人学工组组长孔祥彬老师,老员工科技活动中心指导老师曹楠老师,以及荣誉会员雷雁雄等11位同学。",
            "在万众期待之下,大会的第一项议程:威斯尼斯人科创荣誉会员受聘仪式正式开始。首先,主持人介绍了本届科技活动中心的荣誉会员:获得2015年全国老员工电子设计竞赛国家二等奖的雷雁雄同学,获得第十一届全国老员工“恩智浦”杯智能汽车竞赛西部赛区电光组一等奖的庆晨同学等。随后,孔祥彬老师为这些优秀的荣誉会员颁发了聘书。这些取得优秀成果的荣誉会员们一路走来,怀揣着对科创的热情,坚持自己的梦想,通过自己的不懈努力,最终才取得了优异的成绩。他们值得获得荣誉会员的称号,获得所有人的肯定。"],
     spam=["威斯尼斯人"], injections=["brand_substitution_for_institution", "spam_title"],
     origin="pages corpus capture (search: '威斯尼斯人 学院 新闻网 讯 召开'); a college news page whose institution name is replaced by a casino brand wherever it appeared (the truth text drops the brand); the third, cut paragraph is left out; no date or source shown",
     kind="rebuilt-from-text"),

dict(key="baojinsuo", url="http://baojinsuo.com/info/1047/15288.html",
     site="baojinsuo.com", title=None, shown_title="hy590海洋之神平台新闻发布会在逸夫图书馆召开",
     date=None, source=None, author=None, lang="zh", encoding="gbk", shell="vsb_school", brand="hy590海洋之神平台",
     paras=["“hy590海洋之神平台官方微博的开通意味着hy590海洋之神平台在党务政务公开、新闻宣传、舆论引导等工作中迈出了崭新的一步,希望大家多多@hy590海洋之神平台,使hy590海洋之神平台官方微博成为新老朋友和广大师生校友共同的‘微’家园!”6月19日下午,hy590海洋之神平台新闻发布会在逸夫图书馆召开,新闻发布会由校党委副书记王吉法主持。党委宣传部部长何世新、学校办公室主任孙云茂、基建处处长王京强、后勤管理处处长戴东风,分别对学校官方微博开通和保洁员入选全国“节约之星”、hy590海洋之神平台30周年校庆、学校1-3#住宅楼建设、重点民生工程改造项目进展情况等有关信息进行了发布,随后回答了记者提出的问题。"],
     spam=["hy590海洋之神平台"], injections=["brand_substitution_for_institution"],
     origin="pages corpus capture (search: '威斯尼斯人 学院 新闻网 讯 召开'); a university news page whose name is replaced by a gambling-platform brand (truth text drops the brand); the capture shows no headline (shown title reconstructed from the first sentence, truth title null); only the first, whole paragraph is kept",
     kind="rebuilt-from-text"),

dict(key="bcygmv", url="https://www.bcygmv.com/info/1012/43234.htm",
     site="www.bcygmv.com", title=None, shown_title="——万事平台第六屆傳媒文化節模擬記者招待會順利召開",
     date=None, source=None, author=None, lang="zh", encoding="utf-8", shell="vsb_school", brand="万事平台", strip_emoji=True,
     paras=["(上大影通社訊陳薇 張強)2014年5月16日下午,万事平台第六屆傳媒文化節模擬記者招待會於万事平台寶山校區J103隆重舉行🤱🏻💪🏼。在新万事平台成立二十周年之際,本次模擬招待會借此作為主題👰🏽‍♀️,“邁向二十年,上大新起點”,得到了万事平台各部門的大力支持🔎,出席領導包括有影視學院黨委副書記劉日宇老師、社區管理部副主任孫玉華老師📀、信息化工作辦公室主任徐偉老師🐻👩‍❤️‍💋‍👩、招畢辦負責招生工作劉冬艷老師、武保處副處長何金偉老師📗、社區學院副院長何幼樺老師🧑‍🌾、學生工作辦公室副主任孟祥棟老師、後勤集團黨委書記陳明驊老師、心理輔導中心主任秦偉老師、音樂學院肖楠楠老師等🍫🍰。",
            "本次模擬記者會經過前期的動員及新媒體的宣傳🫵,得到了廣大同學尤其是万事系同學的熱烈響應,經過半個月的征集和甄選🫱🏿,最後的模擬記者團隊由影視學院万事系學生、上大各院系記者團、校內各媒體代表近百人組成🧑‍🧑‍🧒‍🧒,聲勢浩大💠。另外,本次模擬記者招待會的評委由万事平台影視學院万事傳播系黨支部書記,原新民晚報主任編輯💂🏻‍♀️,具有豐富万事實務經歷的黃建新副教授及參加多項省部、國家級社科課題🏎❇️,出版多本著作🔡,万事平台影視藝術與技術學院万事傳播系尤遊副教授擔任,可謂為本次活動錦上添花🥉。"],
     spam=["万事平台"], injections=["traditional_mirror", "brand_substitution_for_institution", "emoji_noise"],
     origin="pages corpus capture (search: '威斯尼斯人 学院 新闻网 讯 召开'); a traditional-script copy of a university news page on an unrelated domain: the university's name is replaced by a gambling brand (and 新聞 by its first two characters) and emoji are scattered through the text; truth text drops the brand and the emoji (ZWJ joiners of the emoji sequences restored where the capture had dropped them); truth title null (the capture's first line, shown as the heading, is a subtitle carrying the brand); the cut third paragraph is left out",
     kind="rebuilt-from-text"),

dict(key="dgguoxing", url="https://dgguoxing.com/info/1047/1519.html",
     site="dgguoxing.com", title=None, shown_title="87365最快检测中心鸵鸟足球学院第一次工作会议召开",
     date=None, source=None, author=None, lang="zh", encoding="gb18030", shell="vsb_school", brand="87365最快检测中心",
     paras=["10月16日下午,87365最快检测中心鸵鸟足球学院第一次工作会议在台州市体育中心召开。浙江鸵鸟足球文化发展有限公司董事长、87365最快检测中心鸵鸟足球学院院长黄君华女士主持,87365最快检测中心院长、足球学院院长周瑶教授,87365最快检测中心竞训部主任、足球学院副院长沈建敏,87365最快检测中心博士、足球学院院长助理王宝明,公司副总经理沈浮、黄雪君出席会议。",
            "会议就足球学院挂牌、招生、特色办学、国际合作、办公楼建设等事项进行了讨论,并就足球学院的党建、文化建设、国家教练员和裁判员培训、科研课题、鸵鸟足球文化研究院建设、87365最快检测中心天然足球场使用制度等事项达成共识。会议还初步拟定了足球学院的半年工作计划、领导班子组成员的工作职责,为下一步工作的开展打下了坚实的基础。",
            "87365最快检测中心鸵鸟足球学院将借助87365最快检测中心和国际足坛的优秀资源,建设成为一所国内一流、国际知名的产教融合型的足球学院,为弥补我国优秀足球人才不足的现状不懈奋斗。"],
     spam=["87365最快检测中心"], injections=["brand_substitution_for_institution"],
     origin="pages corpus capture (search: '火狐体育 学院 召开 会议 发布时间'); a college news page whose name is replaced by a numbered gambling 'line-check' brand (truth text drops it); no headline captured (shown title reconstructed, truth title null)",
     kind="rebuilt-from-text"),

dict(key="fsstain", url="http://www.fsstain.com/?2024/0430/c41a83026/page.htm",
     site="www.fsstain.com", title="我校圆满举办第九届田径运动会", date=None, source=None, author=None,
     lang="zh", encoding="utf-8", shell="vsb_school", brand="国产午夜精品美女视频露脸",
     paras=["和煦的春风拂过奔腾的跑道,矫健的步伐谱写青春的诗篇,4月26日上午,我校第九届田径运动会暨教职工趣味运动会在校田径运动场拉开帷幕。开幕式由校党委副书记、校长季赛主持,在泰校领导和本届运动会组委会委员参加了开幕式。",
            "开幕式上举行了庄严的升国旗仪式,全体师生齐唱国歌。运动员们列队整齐,情绪高涨,展现了学校师生斗志昂扬的精神风貌。",
            "校党委书记徐向明宣布运动会开幕并致开幕词。他对本届运动会的举办表示热烈的祝贺,向全体师生、运动员、裁判员致以诚挚的问候。他表示通过这次运动会的举办,要进一步传承体育文化,弘扬体育精神,努力推动学校体育工作高质量发展。",
            "运动员代表陆成杰、裁判员代表陈啸老师分别代表全体运动员和裁判员宣誓,表示将严格遵守比赛和赛场纪律,确保比赛公平、公正、公开,有序开展、顺利进行。",
            "本届田径运动会共历时一天半,共364名运动员参加了21个项目的比赛。其中男子跳远、男子400米、男子800米、男子1500米、男子4×100米、男子跳高和女子跳高等项目刷新校运动会纪录。运动健儿们激情四射,朝气蓬勃,赛出了风采,赛出了水平,勾勒出一幅幅青春热血的画面,呈现出一场场力与美的视觉盛宴。经过激烈的角逐,医药与化学化工国产午夜精品美女视频露脸、信息工程国产午夜精品美女视频露脸、经济与管理国产午夜精品美女视频露脸获团体总分前三,信息工程国产午夜精品美女视频露脸获优秀组织奖,人文国产午夜精品美女视频露脸获道德风尚奖。"],
     spam=["国产午夜精品美女视频露脸"], injections=["porn_phrase_substitution_in_body"],
     origin="pages corpus capture (search: '天博 综合 体育 官方 网站 学校 新闻 举行'); a school news page where the word for the school's colleges is replaced by a porn phrase (truth text drops it); the cut last paragraph is left out",
     kind="rebuilt-from-text"),

dict(key="bjjxy", url="http://bj-jxy.com/news/783937",
     site="bj-jxy.com", title="启德体育园主场馆将举办测试赛 料1万人到场", shown_title="原创 香港新澳门资料大全免费新鼬启德体育园主场馆将举办测试赛 料1万人到场",
     date=None, source="中新网", author=None, lang="zh", encoding="gbk", shell="portal_simpl",
     paras=["中新网香港1月3日电 预计于2025年首季启用的香港启德体育园主场馆将于1月5日举办首场测试赛——中国香港大专体育协会七人榄球赛,预计将有约1万名观众到场。",
            "香港启德体育园总监邓竟成3日向媒体介绍,启德体育园主场馆使用开合式上盖,长约150米,采用防风和隔音设计,避免举办体育赛事和演唱会时影响附近居民。场馆设有玻璃幕墙,看台可眺望维多利亚港景色,座位以彩色设计,排列成繁体中文“启德”二字。每个座位下方有独立空调,设有多个轮椅座位。",
            "场内还设有57个包厢,每个包厢可容纳18人至63人;另有30个小卖部和2个酒吧,主办方可根据实际需要在走廊加设小吃摊位。(完)"],
     after_article="<div class=\"more\"><p>2月27日,兰州城关区一幼儿园多名儿童肠胃不适送医,有家长称疑似感染诺如病毒。目前,当地教体局、市场监管局等多部门已介入调查。</p><p>“在B2C市场,新通话、云手机、裸眼3D等业务越来越受到消费者的喜爱。”华为公司高级副总裁、ICT销售与服务总裁李鹏表示。</p><p>2月23日凌晨4时,南京雨花台区一小区发生火灾,截至2月23日24时,事故共造成15人遇难。经分析,火灾系建筑地面架空层停放电动自行车处起火引发。</p></div>",
     spam=["香港新澳门资料大全免费新鼬"], injections=["spam_headline_prefix", "spam_title"],
     origin="pages corpus capture (search: '新濠天地 百老汇 官网 学校 举办 活动 发布日期 浏览'); a copy of a news-agency report whose headline is prefixed with a lottery-data keyword (kept in the shown headline and <title>); three unrelated news snippets after the article are kept as a block outside the truth",
     kind="rebuilt-from-text"),
]
