# -*- coding: utf-8 -*-
"""Case data for real-cases-v19 (texts verbatim from public captures; shells are reconstructions)."""

CASES = []


def add(**kw):
    kw.setdefault("capture", "text")
    kw.setdefault("kind", "rebuilt-from-text")
    CASES.append(kw)


# ---------------------------------------------------------------- hijacked, rebuilt from text
add(
    id="rc19-001", url="http://www.caeri-krcd.com/archives/55773", lang="zh", encoding="utf-8", shell="blog",
    hijacked=True, legit=False, injections=["lottery_signup_site_name"],
    site="9号彩票开户", h1="基于大数据的京沪人口流动流量、流向新变化",
    page_title="基于大数据的京沪人口流动流量、流向新变化 - 9号彩票开户",
    title="基于大数据的京沪人口流动流量、流向新变化", date=None, source=None, author="周晓津,姚阳",
    meta="作者:周晓津,姚阳",
    before_lines=["关注微信  |  微博  |  腾讯微博  |  RSS订阅", "人口"],
    paras=[
        "摘要:位置大数据为人口流动流量、流向及其变化研究提供了条件,大数据人口推断比人口普查更加精准且成本大幅度降低。基于大数据的人口流动分析表明,2015年末北京、上海外来人口规模稳中有降,外来人口来源构成与2010年全国第六次人口普查相比也发生了较大变化,来自于邻近省份的外来人口增加。在加快实施国家大数据战略的背景下,应加快共享公共数据,推进人口流动大数据研究,以尽快构建基于大数据的国家人口基础信息库。",
        "1 引言",
        "虽然国内外独立成篇的有关人口流量、流向研究的学术文献较少,但是有关人口流动的可搜索学术文献数量却非常巨大,其中大部分是1980年以来的著述。在中国知网上全文检索“人口流动”就有1 270 595条结果,以“人口流动”作为关键词检索有8 034条结果;在谷歌粉丝联合建立谷粉搜索中全文检索“人口流动”时,则可搜索出40余万篇文献(类似谷歌学术搜索)。基于同样的检索条件,以“上海人口流动”进行全文检索时有3 718条结果,而以“北京人口流动”进行全文检索时有3 709条结果,表明学术界对北京市和上海市研究的热度大致相当。尽管有关人口流动文献数量巨大,但基础人口数据来源却相当有限:来自人口普查和全国性大型人口抽样调查所占份额最大,以地区人口迁移或人口流动为专题的抽样调查甚至普查所占份额次之,而受成本制约的学者们小范围专题人口流动调查份额较少,但数据最为真实可信。",
    ],
    spam_strings=["9号彩票开户"],
    origin="pages corpus capture (search: '友情链接 体育投注 真人娱乐 版权所有 人民政府办公室 主办'); a big-data column's research article copied onto an unrelated archives/NNNNN host whose site name (first line of the capture) is a lottery sign-up phrase; the follow/submit lines and the tag line are kept outside the truth; <title> suffix a reconstruction; cut before the truncated paragraph; no date in the capture",
)

add(
    id="rc19-002", url="http://tazLjd.com/info/1094/89849.htm", lang="zh", encoding="gb18030", shell="webplus",
    hijacked=True, legit=False, injections=["brand_replaces_subject_in_headline"],
    site="离退休工作处", h1="足球比分直播召开二级关工委常务副主任工作会议",
    page_title="足球比分直播召开二级关工委常务副主任工作会议",
    title=None, date="2024-01-18", source="离退处", author=None,
    meta="发布日期:2024-01-18  来源:离退处   文:衡延笃 图:姚欣 审核:许群",
    paras=[
        "1月16日,校关工委在机械工程学院C302会议室召开全校二级学院(单位)关工委常务副主任工作会议。校关工委常务副主任娄国栋讲话,机械工程学院党委书记高雪梅出席并致辞,离退休党工委书记、离退休工作处处长、校关工委秘书长许群主持会议,各学院(单位)关工委常务副主任以及校关工委办公室负责同志参加会议。此次会议既是全校二级学院关工委常务副主任调整到位后的第一次会议,也是2024年第一次工作会议。会议主旨是回顾总结2023年关工委工作,交流工作经验,部署2024年工作重点,明确工作方向。",
        "会上18个二级学院(单位)关工委常务副主任或代表依次发言,全面总结了2023年各学院关工委工作开展情况和取得的工作成效,交流了特色做法、工作经验和体会。他们对新时代新要求新任务客观分析积极探索,并对2024年的工作作了初步考虑和打算。",
        "娄国栋在讲话中指出,过去一年,各学院关工委工作在党委的领导和高度重视下,“五老”骨干勇于担当、心系学子、无私奉献、工作卓有成效。他结合各学院关工委工作情况,归纳总结了全校关工委12项主要工作,以及取得的新进展新成效。他对如何做好学院关工委常务副主任岗位的工作提出意见要求,强调学院关工委常务副主任要成为学院关心下一代工作的组织者、指导者和参与者,要配合学院党委把老同志优质资源组织起来,加强队伍建设;要把关工委工作与学院工作融合在一起,打造工作品牌;要主动作为、创新发展,成为现职党政领导发挥主导作用和老同志发挥主体作用的桥梁和纽带。",
    ],
    spam_strings=["足球比分直播"],
    origin="pages corpus capture (search: '今年会 jinnianhui 学院 召开 工作会议 党委书记 出席'); a university retirees' office news item copied onto an unrelated host under a WebPlus info/NNNN path, the headline's subject (the school) replaced by a live-football-score keyword; truth title null (the true subject word is unknown); author null (writer, photographer and reviewer listed); site name in the shell a reconstruction; cut before the truncated last paragraph",
)

add(
    id="rc19-003", url="http://tanamecars.com/2024/0710/c7740a435927/page.htm", lang="zh", encoding="utf-8",
    shell="webplus", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_pinyin_gloss"],
    site="歡迎來到中國石油大學(xué)(華東)體育教學(xué)部",
    h1="體育教學(xué)部參加國家體育總局體育文化發(fā)展中心體育文化研究基地建設(shè)研討會",
    title="體育教學(xué)部參加國家體育總局體育文化發(fā)展中心體育文化研究基地建設(shè)研討會",
    date="2024-07-10", source=None, author=None,
    meta="發(fā)布者:姜慶林發(fā)布時間:2024-07-10瀏覽次數(shù):10",
    paras=[
        "2024年7月6日,由國家體育總局體育文化發(fā)展中心主辦、西安建筑科技大學(xué)承辦的2024年體育文化研究基地建設(shè)研討會在西安召開,體育教學(xué)部主任周偉、副主任王海濱參加會議。",
        "會議由國家體育總局體育文化發(fā)展中心研究部部長趙卓主持,國家體育總局體育文化發(fā)展中心副主任、中國體育博物館副館長吉偉東,西安建筑科技大學(xué)副校長董群雁出席會議并分別致辭。吉偉東在致辭中指出,國家體育總局體育文化發(fā)展中心立足國家體育強國、文化強國戰(zhàn)略要求,圍繞體育文化在新形勢下的使命責(zé)任,著力加強體育文化研究基地建設(shè)。多年來,體育文化發(fā)展中心與各研究基地共建,依托高校體育文化研究、人才團(tuán)隊、專家智庫等資源,推動體育文化的研究與實踐不斷走向深入。未來還將進(jìn)一步發(fā)揮體育文化的多元功能和社會價值,豐富其時代內(nèi)涵,為民族復(fù)興凝聚強大精神力量,為地方經(jīng)濟(jì)社會發(fā)展賦能增效,為培育時代新人立心鑄魂。",
    ],
    spam_strings=[], evidence=["tanamecars.com"],
    origin="pages corpus capture (search: 'bob体育 官方 学院 召开 会议 发布时间'); a university PE department's news item copied in traditional script with pinyin glosses (kept verbatim in page and truth) onto an unrelated car-named host under a WebPlus dated path; no injected string (a copy kept for a farm's ranking; `evidence` = the unrelated host in the canonical link); author null (publisher only); cut before the truncated third paragraph",
    head_inject='<link rel="canonical" href="http://tanamecars.com/2024/0710/c7740a435927/page.htm">\n',
)

add(
    id="rc19-004", url="https://ehidaka.com/wgy/info/1112/2968.htm", lang="ja", encoding="utf-8", shell="webplus",
    hijacked=True, legit=False, injections=["mirror_copy_translated"],
    site="外国語学院", h1="", page_title="外国語学院",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "新学期のはじまり、3月2日午後、外国語学院が1階の大講義室において新学期の工作会議を開催しました。学院の指導者全員、党支部書記、系部中心所及び三办担当者、職員全員が会議に参加し、学院党委員会副書記の鄭衛国氏が会議の司会を務めました。",
        "段栄娟氏、梁頴萍氏は学校の修士人材育成大会、科技創新大会の精神を伝え、修士人材育成と科技工作会議の内容を説明し、浙江大学専門家の専題研究報告の内容を共有し、学校党委員書記の鄭強氏、学長の黄慶学氏の報告内容を学習しました。このほか、段栄娟氏は学院の「十四五」発展企画を発表し、新学期の仕事目標を設定しました。",
        "劉兵氏は新学期の党建における仕事目標を設けたうえで、会議の内容をまとめました。彼は、「十四五」(第14次五カ年計画)のはじまりを迎える新学期にあたり、本学院は学校党委のもとに党建と発展を重視し、一流の学院を構築するよう努めていきます。そして、学院の管理力およびチームの建設に取り込み、教師の思想・政治および教育・学術研究の能力を高め、国際的視野を持つ卓越した人材を育成することを目指しています。中国共産党建党100周年を迎えるにあたり、優れる成果を挙げ、ハイレベルな大学の建設に更なる貢献を望んでおります。",
    ],
    spam_strings=[], evidence=["ehidaka.com"],
    origin="pages corpus capture (search: '今年会 jinnianhui 学院 召开 工作会议 党委书记 出席'); a Chinese university school's Japanese-language news item copied onto an unrelated host under the school's wgy/info/NNNN path; no injected string (`evidence` = the unrelated host in the canonical link); no headline or date in the capture (truth title null); site name a reconstruction",
    head_inject='<link rel="canonical" href="https://ehidaka.com/wgy/info/1112/2968.htm">\n',
)

add(
    id="rc19-005", url="http://www.678oakpark.com/2657783/52863256.html", lang="en", encoding="utf-8", shell="gov",
    hijacked=True, legit=False, injections=["mirror_copy_machine_translated"],
    site="Smart Search for Traditional Chinese Add to favorites",
    h1="Xu Jun presides over the \"Work Report of the Government\" Symposium",
    title="Xu Jun presides over the \"Work Report of the Government\" Symposium",
    date="2019-12-26", source=None, author=None,
    meta="来源: 市融媒体中心 作者:周毅超毛禹哲 审核人:袁恒金 阅读次数: Date: 2019-12-26 08:55 Source: City into the media center of: Belts super hair Danson Reviewed by: Heng Yuan Gold Views: background color:",
    before_lines=["Your current location : Home > Mingguang News > Today's News"],
    paras=[
        "On the afternoon of December 25, Mayor Xu Jun hosted a forum on government work report consultation. Ye Fangbi, member of the Standing Committee of the Municipal Party Committee and executive deputy mayor, and Zhang Shengquan, president of the Municipal Court, attended the meeting. The heads of relevant municipal departments, representatives of some municipal people's congresses, and members of the CPPCC attended the forum.",
        "At the meeting, the person in charge of the government office introduced and explained the drafting process and main contents of the \"Government Work Report (Draft for Soliciting Opinions)\".",
        "Participants rushed to speak around the \"Government Work Report (Draft for Soliciting Opinions)\". Based on the city's actual situation, everyone actively provided suggestions and suggestions on optimizing the business environment, promoting rural rejuvenation, and strengthening social governance.",
    ],
    spam_strings=[], evidence=["678oakpark.com"],
    origin="pages corpus capture (search: 'PG电子 官方网站 镇 召开 会议 部署 发布时间 来源'); a city government's news item machine-translated into English (bilingual byline kept verbatim) and copied onto an unrelated numeric host under a numeric path; no injected string (`evidence` = the unrelated host in the canonical link); source and author null (garbled); cut before the truncated fourth paragraph",
    head_inject='<link rel="canonical" href="http://www.678oakpark.com/2657783/52863256.html">\n',
)

add(
    id="rc19-006", url="http://m.w6cq.cn/news/show/id/39612.html", lang="zh", encoding="gbk", shell="news", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["random_attr_empty_tags", "mirror_copy_traditional"],
    site="新闻中心", h1="買彩票的公益金去哪兒了?相關部門:就在我們身邊",
    title="買彩票的公益金去哪兒了?相關部門:就在我們身邊", date=None, source=None, author=None, meta="",
    body_start_inject='<label id="bz5sp"><del id="bz5sp"></del></label>\n    <i id="bz5sp"><meter id="bz5sp"></meter></i>\n',
    paras=[
        "對于許多有過購彩經歷的人而言,對彩票最大的好奇莫過于:我買彩票的錢都去哪了?對這個問題最簡單的回答是:就在我們身邊。",
        "2021年,四川體彩共銷售124.19億元,籌集公益金31.66億元。南充市教育體育部門使用體育彩票公益金1667.4024萬元,公益金廣泛用于改善體育基礎設施建設、舉辦各類體育賽事、開展群眾體育活動和青少年體育、競技體育等工作,為南充體育事業發展作出了積極貢獻。",
        "公共體育基礎設施進一步改善",
        "近年來,圍繞建設“15分鐘”城市健身圈,南充市不斷加強體育場館、健身步道、多功能社區建設等全民健身工程建設。營山縣奧體中心和西城體育公園、儀隴縣德園體育公園建成并開放,蓬安縣占地約500畝的體育中心已完成建設,嘉陵區舊廠房改造區15000平方米建成果州全民健身中心并投入使用,南部縣體育公園和體育館、高坪區全民健身中心已納入規劃。在體彩公益金的大力支持下,南充市群眾健身場所、設施得到進一步完善,為建設體育強市奠定了堅實基礎。",
    ],
    spam_strings=[], evidence=['<label id="bz5sp"><del id="bz5sp"></del></label>'],
    origin="pages corpus capture (search: '体彩 公益金 援建 体育场地 捐赠 仪式 体育彩票管理中心 乡村 学校 新闻'); a newspaper report on sports-lottery fund use (a legitimate topic) copied in traditional script onto an unrelated short host under news/show/id/NNNNN; the capture opens with a run of empty label/del/i/meter tags sharing one random id (kept verbatim at the top of <body>; `evidence`); no injected string visible; cut after the fourth paragraph",
)

add(
    id="rc19-007", url="http://sibcons.com/2018/1226/509415.shtml", lang="zh", encoding="gb18030", shell="news", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_pinyin_gloss"],
    site="", h1="回望2018:體彩做了這么多與公益有關(guān)的事(一)",
    title="回望2018:體彩做了這么多與公益有關(guān)的事(一)", date="2018-12-26", source=None, author=None, meta="",
    before_lines=["摘要:“中國體育彩票每年銷量數(shù)千億元,籌集公益金數(shù)百億元,錢都用到哪兒了?”看看周圍就能知道答案:在莘莘學(xué)子的夢想中、在青少年熱愛的綠茵場上、在全民健身活動"],
    paras=[
        "“中國體育彩票每年銷量數(shù)千億元,籌集公益金數(shù)百億元,錢都用到哪兒了?”看看周圍就能知道答案:在莘莘學(xué)子的夢想中、在青少年熱愛的綠茵場上、在全民健身活動的汗水中、在各地群眾欣賞文化演出的快樂中……",
        "送孩子走上世界杯綠茵場",
        "支持青少年足球事業(yè)發(fā)展,中國體育彩票可謂不遺余力。從2009年開始,國家體育總局每年從體彩公益金中撥出4000萬元專項資金,用于推廣青少年足球、校園足球。2013年增至每年5600萬元,并在2016年增加公益金用于支持中國足協(xié)“青訓(xùn)中心、青訓(xùn)營”項目——提升各地青訓(xùn)中心、青訓(xùn)營的硬件,組織競賽,并專門組織對項目教練的培訓(xùn)。",
    ],
    spam_strings=[], evidence=["sibcons.com"],
    head_inject='<link rel="canonical" href="http://sibcons.com/2018/1226/509415.shtml">\n',
    origin="pages corpus capture (search: '体彩 公益金 援建 体育场地 捐赠 仪式 体育彩票管理中心 乡村 学校 新闻'); a sports-lottery year-review article (legitimate topic) copied in traditional script with pinyin glosses (kept verbatim) onto an unrelated host under a dated .shtml path; no injected string (`evidence` = the host in the canonical link, a reconstruction); the summary line kept outside the truth; date from the URL; cut after the third paragraph",
)

add(
    id="rc19-008", url="https://web-cn-crownsports.com/news-91", lang="zh", encoding="utf-8", shell="news",
    hijacked=True, legit=False, injections=["copy_on_betting_brand_host"],
    site="", h1="", page_title="news-91",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "最近几个周末,江苏常州含“体”量极高。20日的江苏省城市足球联赛(“苏超”)第七轮主场观者如堵,本周进行的中国羽毛球公开赛又吸引大量球迷前来观赛。“顶流”赛事的背后,都有一个少为人知、默默支持的身影——体育彩票公益金。",
        "为什么无论是顶级职业赛事还是群众业余赛事,都有体彩公益金的支持?体彩公益金是什么,从哪来?",
        "根据财政部印发的《彩票公益金管理办法》,彩票公益金是按照规定比例从彩票发行销售收入中提取的,专项用于社会福利、体育等社会公益事业的资金。21日发布的《中国体育彩票2024年社会责任报告》显示,2024年中国体育彩票为国家筹集公益金977.90亿元,用于体育事业、乡村振兴、教育助学、医疗救助等各项公益事业,成为改善民生、促进社会发展的重要力量。据了解,以今年爆火的“苏超”为例,江苏省级体彩公益金投入600万元,各市级体彩公益金总计投入超2000万元,为各市队伍建设、赛事组织保障提供了资金支持。",
    ],
    before_lines=[],
    after_lines=["7月20日,常州队球员赵连平(上)在“苏超”第七轮比赛中争顶头球。新华社记者 李博 摄"],
    spam_strings=[], evidence=["web-cn-crownsports.com"],
    head_inject='<link rel="canonical" href="https://web-cn-crownsports.com/news-91">\n',
    origin="pages corpus capture (search: '体彩 公益金 援建 体育场地 捐赠 仪式 体育彩票管理中心 乡村 学校 新闻'); a national news agency's report on sports-lottery fund use copied onto a host named after a betting brand (news-NN path); no injected string in the text (`evidence` = the host in the canonical link, a reconstruction); the photo caption (between paragraphs in the capture) moved below the text, outside the truth; no headline or date in the capture (truth title null)",
)

# ---------------------------------------------------------------- legit
add(
    id="rc19-021", url="http://wuhan.baogaosu.com/xinwen/%E8%B5%8C%E5%BE%92%E5%BC%80%E8%BD%A6%E4%B8%8B%E4%B9%A1%E8%81%9A%E8%B5%8C%E8%A2%AB%E6%8A%93%E8%AD%A6%E6%96%B9%E7%BC%B4%E6%9E%AA/22099897",
    lang="zh", encoding="utf-8", shell="news", hijacked=False, legit=True,
    site="武汉新闻", h1="赌徒开车“下乡”聚赌被抓 警方缴枪1支行拘32人",
    title="赌徒开车“下乡”聚赌被抓 警方缴枪1支行拘32人", date="2014-07-16", source=None, author=None,
    meta="16.07.2014  16:33",
    before_lines=["40余赌徒聚众赌博 都公宣 摄 警方收缴赌资 都公宣 摄"],
    paras=[
        "中新网宜昌7月16日电 (陈娅君)湖北40余赌徒驾驶25辆车,来到宜昌宜都与荆州松滋交界处聚众赌博,被宜都警方一举抓获。宜都警方7月16日通报称,目前已抓获涉赌、涉毒违法嫌疑人员49名,缴获高压气枪1支,暂扣车辆25台。",
        "7月初,宜都市公安局松木坪派出所民警在走访中获悉,该镇与荆州松滋交界处的泉水档村一废弃石料厂内,连续几天有人搭棚“过事”,深夜常有人进进出出,格外热闹。民警觉得事有蹊跷,通过摸查了解到,是一群外地人驾车来到此处,采取“摇骰子”的方式聚众赌博。",
        "7月15日凌晨2时许,宜都市公安局抽调治安、刑侦、派出所等百余民警采取抓捕行动,一举捣毁泉水档村废弃石料厂内赌博窝点,抓获涉赌、涉毒人员41人,收缴赌资19万余元、高压气枪1支,暂扣涉案车辆25台。同日,宜都市红花套派出所在该镇一居民房内现场查获利用扑克牌以“扎金花”方式聚众赌博的违法嫌疑人8人,收缴赌资1万余元。",
        "目前,宜都警方已行政拘留32人,案件正在进一步办理之中。(完)",
    ],
    after_lines=["(编辑:裴春梅)"],
    origin="pages corpus capture (search: '警方 捣毁 赌博窝点 抓获 参赌人员 现场 查获 赌资 派出所 民警'); a city news portal's copy of a news-agency report on a police raid on a rural gambling den; the photo-credit line and the editor line kept outside the truth; site name a reconstruction",
)

add(
    id="rc19-022", url="http://m.cnlg.cn/news/20190301/136254.htm", lang="zh", encoding="gbk", shell="news",
    hijacked=False, legit=True, site="龙港新闻网", h1="", page_title="龙港新闻网",
    title=None, date="2019-03-01", source=None, author=None, meta="",
    paras=[
        "“依田而歇,傍水而作”,这是大部分高压人群向往的生活,却不想在此处竟藏匿着一个赌窝。日前,苍南警方经缜密侦查,一举围剿该涉赌窝点,当场抓获涉赌人员31人,缴获赌资近20万元。",
        "2月中旬,县公安局特巡警大队民警根据群众举报,发现龙港镇一废弃厂房内存在赌博行为。经民警调查,该处涉赌窝点位于郊外,地处隐蔽,窝点前后被河流及田地包围,四周仅有一条水泥路可经过,且赌博时间不固定。",
        "为彻底铲除该“赌瘤”,苍南警方针对涉赌窝点特殊的地理环境和运作规律,多次组织警力深入排摸,在熟悉周边道路的同时,很快摸清了该涉赌窝点的组织人员及运作时间与模式。",
        "经连日侦查,2月24日,苍南警方认定抓捕时间成熟,决定开展收网行动。“开始行动!”随着一声指令,40余名特巡警大队警力分成三组同时对该窝点进行突击围剿。在该赌博窝点,民警当场抓获涉赌人员31名,缴获赌资近20万元。",
        "目前,该案4人因涉嫌开设赌场罪已被苍南警方刑事拘留,23人因参与赌博的行为被行政拘留,案件在进一步审理中。",
    ],
    origin="pages corpus capture (search: '警方 捣毁 赌博窝点 抓获 参赌人员 现场 查获 赌资 派出所 民警'); a local news site's report on a county police raid on a gambling den in a disused factory; no headline in the capture (truth title null; site name and <title> reconstructions); date from the URL",
)

add(
    id="rc19-023", url="https://ai03.cn/thread-226619-1-1.html", lang="zh", encoding="gbk", shell="blog",
    hijacked=False, legit=True, site="社区论坛", h1="", page_title="社区论坛",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "近期,灵山警方连续发力,捣毁2个赌博窝点,查获涉赌人员44人,其中1人因涉嫌开设赌场被刑事拘留,缴获赌具一批。",
        "近日,县公安局治安大队民警通过工作获悉一条线索,在石塘镇塘美村委会一民房前空地处有一赌场,每天参赌人员众多,当地影响十分恶劣。获悉线索后,治安大队立即组织警力开展前期侦查。经多次摸排侦查,民警发现该赌场所处地理位置十分偏僻,利用农村的复杂环境做掩护,隐蔽性极强。该赌场主要以赌“三公大吃小”的形式进行聚赌,且组织严密,分工明确。在其内部,有组织者,有人看场护赌,赌场外部,还聘请“马仔”放哨,按固定哨、暗哨相互配合,组织严密,分工明确。负责固定哨的人站岗望风,负责暗哨的人进行机动巡逻,每名放哨人员均配有对讲机,外人一旦冒然进入就会被放哨的人盯梢,一旦发现情况均能快速向赌场通报,赌徒们收到风后可立即逃走。且每晚都横向停放有一台轿车堵住进村路口,这给查处工作带来了极大难处。",
        "为此,民警根据地形特点,结合摸排的情况,制定详细的抓捕方案。2017年12月27日21时,民警翻山越岭,几经曲折避开哨卡望风人员的盯梢到达赌场。随即,民警以迅雷不及掩耳之势,一举将赌场内的27名涉赌人员查获,缴获赌资、赌具一批,并将赌桌等物品当场销毁。经查,该赌场是由劳某铉等人合伙开设从中抽水获利,并一直聘请人员为赌场看哨、开赌。",
        "目前,劳某铉因涉嫌开设赌场被依法刑事拘留,其余24名涉赌人员被依法给予治安行政处罚,2人经教育后释放。",
        "2017年12月22日,治安大队会同伯劳派出所在伯劳镇伯劳村委捣毁一个利用玉米粒作为赌具,以“赶鸭子”的方式进行赌博的窝点,当场查获涉赌人员17名,缴获赌资、赌具一批,并将赌桌等物品当场销毁。",
    ],
    before_lines=[], after_lines=["▲捣毁赌博窝点现场"],
    origin="pages corpus capture (search: '警方 捣毁 赌博窝点 抓获 参赌人员 现场 查获 赌资 派出所 民警'); a local forum thread reposting a county police report on two gambling-den raids; the capture runs the paragraphs together (split at its spaces, a reconstruction); the photo caption moved below the text, outside the truth; no headline or date in the capture (truth title null)",
)

add(
    id="rc19-024", url="https://infotechlead.com/gaming/philippines-to-shut-down-offshore-gambling-operators-by-year-end-85965",
    lang="en", encoding="utf-8", shell="news", hijacked=False, legit=True, site="InfotechLead",
    h1="Philippines to shut down offshore gambling operators by year end",
    page_title="Philippines to shut down offshore gambling operators by year end",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "The Philippines gaming regulator announced on Tuesday that it will cancel the licenses of offshore gambling firms, most of which are Chinese-owned, in a bid to eliminate these operators by the end of the year. This directive follows President Ferdinand Marcos’ order to shut down Philippine Offshore Gaming Operators (POGOs) due to their alleged links to criminal activities, Reuters news report said.",
        "Alejandro Tengco, chairman of the Philippine Amusement and Gaming Corp (PAGCOR), emphasized the urgency of the crackdown, stating, “No problem in closing down POGOs because I can invoke national security and the president’s order.”",
        "The online gaming industry in the Philippines emerged in 2016, exploiting liberal laws to attract customers from China, where gambling is prohibited. At its height, there were 300 POGOs operating in the country. However, the pandemic and stricter tax regulations have forced many operators to relocate or operate clandestinely. Currently, only 42 firms hold licenses, employing around 63,000 Filipino and foreign workers.",
        "Tengco acknowledged the challenge for law enforcement in preventing these firms from going underground. The government could lose approximately 23 billion pesos ($400 million) annually in license fees and taxes from POGOs.",
    ],
    origin="pages corpus capture (search: 'Philippines POGO ban offshore gaming operators shut down news'); a tech-news site's report on the gaming regulator cancelling offshore-gambling licences; the capture shows no headline (truth title null; the shown heading is built from the URL slug, a reconstruction); no date",
)

add(
    id="rc19-025", url="https://dwiz882am.com/index.php/lahat-ng-pogo-sa-bansa-uubusin-na-ng-pagcor-ngayong-disyembre",
    lang="tl", encoding="utf-8", shell="news", hijacked=False, legit=True, site="DWIZ 882",
    h1="Lahat ng POGO sa bansa, uubusin na ng PAGCOR ngayong Disyembre",
    page_title="Lahat ng POGO sa bansa, uubusin na ng PAGCOR ngayong Disyembre",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "Tiniyak ng Philippine Amusement and Gaming Corporation na wala nang Philippine Offshore Gaming Operators o POGOs sa bansa sa pagtatapos ng taon.",
        "Ayon kay PAGCOR Chairman Alejandro Tengco, sa katunayan ay sinimulan nila ang pagbuwag sa mga pogos na sangkot sa mga iligal na aktibidad pagkaupo niya sa opisina noong 2022.",
        "Inisyal na 298 online gambling hubs anya ang nagsasagawa ng operasyon sa bansa pero ibinaba ito ng PAGCOR sa 48, bago pa ang tuluyang ipagbawal ang pogo operations.",
        "Iginiit din ni Tengco na pagsapit ng january 1, 2025, ang mga POGO na nag-o-operate, kabilang ang mga nasa probinsya, ay ituturing na iligal dahil sa kanselasyon ng kanilang mga lisensya.",
        "Kasunod nito ay binigyang-diin ni Tengco na nakasalalay ang implementasyon sa law enforcement agencies, dahil kulang ang police power ng PAGCOR.",
    ],
    origin="pages corpus capture (search: 'Philippines POGO ban offshore gaming operators shut down news'); a Philippine radio station's Tagalog news item on the regulator ending offshore-gaming operations by year end; the capture shows no headline (truth title null; the shown heading is built from the URL slug, a reconstruction); no date",
)

add(
    id="rc19-026", url="https://www.nationthailand.com/business/investment/40045203", lang="en", encoding="utf-8", shell="news",
    hijacked=False, legit=True, site="Nation Thailand", h1="", page_title="Nation Thailand",
    title=None, date="2025-01-15", source=None, author=None, meta="2025-01-15",
    paras=[
        "Following the Cabinet’s landmark nod on allowing entertainment complexes to be operated in Thailand, another law to legalise gambling activities in this Kingdom will be completed within a month, according to Deputy Prime Minister Prasert Jantararuangtong.",
        "Doubling as a digital minister, Prasert told media on Wednesday that the Cabinet meeting on Monday agreed to order the Digital and Interior Ministries as well as the Office of the Council of State to finish drafting a law to legalise gambling in the country within a month.",
        "The law will be conducted in preparation for the administration’s entertainment complexes plan, according to Prasert.",
        "The Cabinet on Monday approved the draft Entertainment Complex Business Act in principle, paving the way for casinos in Thailand.",
        "The draft law aims to decriminalise the kingdom’s vast underground gambling industry, allowing the establishment of casino entertainment complexes to generate tax revenue. It will be sent to the House and Senate for deliberation before being enacted.",
        "Prasert said that the digital ministry is responsible for the online gambling issue.",
    ],
    origin="pages corpus capture (search: 'Thailand casino entertainment complex bill legalise gambling cabinet news'); a Thai English-language daily's report on the cabinet approving the casino entertainment-complex bill and a gambling law; no headline in the capture (truth title null); date from the capture's date field",
)

add(
    id="rc19-027", url="https://www.countrydesk.de/news-termine/maerkte-aktuell/details/article/thailaendische-regierung-will-bau-von-riesigen-casinos-zulassen",
    lang="de", encoding="utf-8", shell="news", hijacked=False, legit=True, site="Countrydesk",
    h1="Thailändische Regierung will Bau von riesigen Casinos zulassen",
    page_title="Thailändische Regierung will Bau von riesigen Casinos zulassen",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "Die thailändische Regierung hat am 13. Januar 2025 einen umstrittenen Gesetzentwurf, die sogenannte \"Entertainment Complex Bill\" verabschiedet. Der Entwurf sieht eine Vergabe von Lizenzen für den Bau und Betrieb riesiger Unterhaltungszentren mit Spielcasinos vor.",
        "Die Casinos sollen zwar nur etwa 5 Prozent der Gebäudeflächen einnehmen. Sie sind aber der Kern- und Streitpunkt der Initiative, denn Glücksspiele sind in Thailand weitgehend verboten. Die Regierung definiert in dem Gesetz einen Rahmen für die Projektidee. Die Vorlage sieht vor, dass die Betreiber mindestens circa 3 Milliarden US-Dollar (US$) je Anlage investieren.",
    ],
    origin="pages corpus capture (search: 'Thailand casino entertainment complex bill legalise gambling cabinet news'); a German foreign-trade news service's market note on Thailand's casino-complex bill; the capture shows no headline (truth title null; the shown heading is built from the URL slug, a reconstruction); no date",
)

add(
    id="rc19-028", url="http://xz.sxrb.com/GB/314505/6505774.html", lang="zh", encoding="gbk", shell="news",
    hijacked=False, legit=True, site="山西新闻网",
    h1="2016“公益体彩 快乐操场”走进忻府区兰村中心小学",
    title="2016“公益体彩 快乐操场”走进忻府区兰村中心小学", date="2016-12-09", source="山西新闻网", author="温倩",
    meta="2016年12月09日17:09  来源:山西新闻网   温倩 评论:0 点击:",
    paras=[
        "山西新闻网忻州讯 12月9日,由家体育总局体育彩票管理中心、中华全国体育基金会、山西省体育彩票管理中心共同主办的2016“公益体彩 快乐操场”活动走进忻州市忻府区兰村中心小学,为该校送去300余件体育器材,希望将体育的快乐带到贫困小学,为孩子们的快乐添彩。",
        "山西省体育彩票管理中心副主任张志赢、忻州市体育局纪检组长侯凤岐、忻州市体彩中心主任柳炜、忻府区兰村乡乡长周玉田等出席捐助仪式。省体彩中心副主任张志赢向兰村中心小学赠送了“公益体彩 快乐操场”的牌匾,兰村中心小学向省体彩中回赠送了“助力儿童成长、情系乡村小学”的锦旗。",
        "“公益体彩快乐操场”活动是中国体育彩票发起的一项公益活动,主要面向贫困边远地区、缺乏体育器材的中小学开展。体育彩票作为国家公益彩票,不仅是体育事业的生命线,更以推动社会各项公益事业发展为己任,在教育、农村医疗、人道主义救助、残疾人事业和社会保障基金等诸多领域提供了大量的公益金支持。为进一步扩大该活动的范围,更好地传播体彩公益形象,2016年,国家体育总局体育彩票管理中心携手中华全国体育基金会,从“体彩乐善基金”中列支890万元,在全国范围内继续开展此项活动,用于捐赠31省份445所学校,平均每所学校将获赠价值2万元的体育器材用品。",
    ],
    after_lines=["山西省体彩中心向兰村中心小学赠送“公益体彩 快乐操场”牌匾"],
    origin="pages corpus capture (search: '体彩 公益金 援建 体育场地 捐赠 仪式 体育彩票管理中心 乡村 学校 新闻'); a provincial news site's report on a sports-lottery donation of sports equipment to a village primary school; the photo caption (between paragraphs in the capture) moved below the text, outside the truth; cut before the truncated fourth paragraph",
)

add(
    id="rc19-029", url="http://guanxian.org/m/news/8534.aspx", lang="zh", encoding="utf-8", shell="gov",
    hijacked=False, legit=True, site="冠县新闻网", h1="", page_title="文章正文",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "本网讯 9月30日,我县举办2014年“体彩之夜”全民健身文化公益晚会,市体育局副调研员、聊城市体彩中心主任武的平,县委常委、宣传部部长王丽慧,县人大党组副书记田长计,副县长徐世栋,县政协副主席苏兴玲,县人武部部长邹庆宇现场观看晚会。",
        "王丽慧在致辞中指出,中国体育彩票在全国统一发行已经走过20年发展历程,发行体育彩票所筹集的公益金秉承“来之于民,用之于民”,广泛用于扶贫济困、助学赈灾、全民健身、青少年体育、基础建设等诸多方面,为冠县民生事业和体育事业发展做出了一定贡献。希望通过此次活动的开展,使越来越多的人关注体育彩票,支持体彩公益事业。",
        "晚会上,对5个村庄捐赠共约15万元的健身器材,对3个学校爱心篮球场捐赠12万元,对3个孤儿和3个困难家庭分别捐赠一千元。",
    ],
    origin="pages corpus capture (search: '体彩 公益金 援建 体育场地 捐赠 仪式 体育彩票管理中心 乡村 学校 新闻'); a county news site's report on a sports-lottery public-welfare evening with donations; no headline or date in the capture (truth title null; site name a reconstruction)",
)

add(
    id="rc19-030", url="https://justokworld.com/?p=168443", lang="en", encoding="utf-8", shell="blog",
    hijacked=False, legit=True, site="Just OK World", h1="", page_title="Just OK World",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "BANGKOK: Thailand’s Cabinet on Tuesday (Jul 8) dropped a Bill to legalise casino gambling, a flagship project of the faltering ruling party, which last week saw its prime minister Paetongtarn Shinawatra suspended from office.",
        "The so-called “entertainment complex” Bill was a key plank for the Pheu Thai party, aiming to legalise casinos and boost the nation’s spluttering economy by making it a regional gambling hub.",
        "Most forms of betting are illegal in Thailand and Pheu Thai argued the Bill would end a thriving underground gambling industry by admitting it into the mainstream.",
        "However, the party has only a razor-thin parliamentary majority after being abandoned by coalition partners over a scandal which saw the premier suspended.",
        "The Cabinet has withdrawn the Bill because it “needs more studies that require further understanding and social context”, government spokesperson Jirayu Huangsab said in a statement.",
        "Julapun Amornvivat, deputy finance minister, said they “accept it’s not the appropriate time”.",
        "“It’s a shame, the delay is a lost opportunity for the country,” he told media.",
    ],
    after_lines=["Read the full article here"],
    origin="pages corpus capture (search: 'Thailand casino entertainment complex bill legalise gambling cabinet news'); a news blog's excerpt of a report on Thailand's cabinet withdrawing the casino bill; the 'read the full article' line kept outside the truth; no headline or date in the capture (truth title null)",
)

add(
    id="rc19-009", url="http://women11.com/list/7uWb_26796.html", lang="zh", encoding="utf-8", shell="news",
    hijacked=True, legit=False, injections=["lottery_phrase_spliced_in_name", "unrelated_filler_paragraphs"],
    site="", h1="岑浩2023澳门今晚开辉冀本地传媒向世界讲好中国故事、澳门故事",
    page_title="岑浩2023澳门今晚开辉冀本地传媒向世界讲好中国故事、澳门故事",
    title="岑浩辉冀本地传媒向世界讲好中国故事、澳门故事", date=None, source=None, author=None, meta="原创",
    paras=[
        "中新社澳门1月14日电 (记者 郑嘉伟)澳门特区行政长官岑浩辉14日表示,希望本地中文传媒进一步发挥公信力、传播力和影响力,通过不同传播方式和渠道,进一步向世界展现澳门“一国两制”成功实践取得的重大成果。",
        "岑浩辉当日宴请本地中文传媒负责人。他希望传媒向世界讲好中国故事、澳门故事,在国际上广泛传递“一国两制”所蕴含的“和平、包容、开放、共享”的价值理念,积极贡献“澳门经验”和“中国智慧”,让更多人清晰看到“一国两制”行得通、办得到。",
        "他指出,新闻界是政府与公众沟通的桥梁。传媒准确、及时的报道,反映社情民意,令施政更贴近市民所思所想,也令市民更理解及支持政府的施政工作,促进政府与公众的良性互动。",
        "岑浩辉表示,新一届特区政府就职以来,各个范畴、各个部门正有序推进各项工作,开局良好。特区政府将一如以往依法施政,支持新闻界提升专业水平及创新技能,也将加强各部门与传媒间的协调沟通,积极提供新闻资讯,为采访提供更多协助。(完)",
    ],
    after_lines=[
        "四、问:人员往来对中日经济合作而言不可或缺。中国颁布《反间谍法》后,一些日本商务人士在中国被拘押,引发日本国内担忧,您对此怎么看?",
        "据@看台海微博消息,中国国民党副主席夏立言26日起率团访问大陆七天,据台湾“中时新闻网”报道,国民党表示,此行主要延续去年访问大陆的目标和成果,关心在大陆工作、求学和经商的台湾民众,并向其拜晚年。此行还将在适当场合表达对于近期渔船事件的哀悼之意。",
    ],
    spam_strings=["2023澳门今晚开"],
    origin="pages corpus capture (search: '乡镇 新闻 工作动态 召开会议 澳门一码一肖 100%准确'); a news-agency report copied onto an unrelated list/NNNN host with a lottery-result phrase spliced into the middle of the official's name in the headline (the capture's first line, also the <title>, a reconstruction), followed by unrelated filler paragraphs from other reports (two of them kept verbatim after the text, outside the truth); truth title = the headline with the phrase deleted; the 'original' label kept as the byline; no year in the capture (date null)",
)

add(
    id="rc19-010", url="https://njhuma.com/ee/ca/c3088a257738/page.htm", lang="zh", encoding="utf-8", shell="webplus",
    hijacked=True, legit=False, injections=["brand_replaces_unit", "emoji_noise"], strip_emoji=True,
    site="杏福官网平台", h1="杏福官网平台召开第二届第一次教职工大会暨工会会员大会",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "11月20日👩🏻🦯,杏福官网平台在临港校区大学生活动中心107会议室召开了第二届第一次教职工大会暨工会会员大会。校党委副书记仰颐💸、杏福官网平台全体教师参加了会议📣。会议由杏福第一届分工会主席夏太娣主持。",
        "大会在庄严的国歌声中开幕。会议表决通过了大会表决办法、主席团名单以及监票人、计票人名单。",
        "夏太娣代表杏福分工会第一届委员会向大会作了分工会工作报告及经费工作报告。报告详细回顾了三年来分工会第一届委员会的工作成果👨🏻🏭,向全体会员报告了三年来分工会经费开支情况,并提出了对未来的工作展望🤙🏿。杏福全体教职工审议并通过了分工会工作报告及经费工作报告。",
        "随后,大会进入选举环节✍🏿。经过严格的选举程序,与会教职工充分行使了民主权利,选举产生了第二届分工会委员会成员3名,以及新一届校“双代会”正式代表4名。",
        "校党委副书记仰颐发表了重要讲话。仰颐对杏福官网平台近期取得的工作进展和分工会成立以来取得的工作成果给予了充分肯定和高度赞扬,并代表学校和校工会对杏福新一届分工会委员提出了几点希望:一是分工会要“围绕中心、服务大局”,要协助班子在学校人才培养工作中发挥美育特色作用🙆🏽♂️,助力学校文化建设👨🦰;二是要在民主管理中发挥主阵地作用🚵♂️;三是要服务师生,尤其要服务杏福教师成长和发展🛡;四是要发挥桥梁作用,把教师团结好👨🏻🦰、把教研室凝聚好🏂🏿;五是要加强分工会队伍建设。她强调⛩,杏福党总支和党政班子要继续支持、指导分工会工作,发挥工会在杏福发展中的作用,加强分工会干部的培养👉🏿。",
    ],
    drop=["杏福官网平台", "杏福"],
    spam_strings=["杏福官网平台", "杏福"],
    origin="pages corpus capture (search: '体育app 召开 第一届教职工代表大会 工会 委员 代表'); a university art school's union-meeting report copied onto an unrelated host under a WebPlus path, the school's name replaced by a platform brand (and its short form) throughout, with emoji scattered through the text (kept verbatim on the page; the truth drops the brand, its short form and the emoji); truth title null (the true unit name is unknown); site name and <title> reconstructions; cut before the truncated last sentence; no year in the capture",
)

add(
    id="rc19-011", url="https://sdhsgroup.com/info/1039/3194.html", lang="zh", encoding="gbk", shell="webplus",
    hijacked=True, legit=False, injections=["brand_replaces_institution"],
    site="皇冠登录入口welcome官网", h1="", page_title="皇冠登录入口welcome官网",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "5月19日,皇冠登录入口welcome官网第一届教代会、工会会员大会以线上方式顺利召开。学院领导班子成员出席会议,教职工(工会会员)共计29人参加会议,会议由副院长孙玮主持。",
        "大会主持人汇报了大会筹备工作情况并介绍了两会委员候选人产生说明。表决通过了候选人名单,通过了大会选举办法,通过了监选小组名单。大会选举王来忠、朱静雯、张毅、陈镜宇、谢茂强5位同志为第一届教代会、工会委员。",
        "院长张玉志发言强调,学院第一届教代会、工会组织的建立,是学院正常化的重要内容,今后要充分发挥教代会、工会的桥梁和纽带作用,维护好教职工利益。",
        "党委书记胡军讲话强调,本次大会是学院盛会,是在深入推进党史学习教育常态化制度化、学习贯彻党的十九届六中全会精神、学习贯彻学校第十次党代会精神,聚焦双一流,以昂扬风貌和实干作为迎接党的二十大的背景下召开的。新一届教代会、工会委员通过民主选举产生,有广泛的群众基础,寄托了全院教职工的厚望,要高度负责、担当作为;要紧紧围绕学院中心工作展开工作;要配合党委、积极履职、发挥作用。",
        "大会闭幕后,党委书记胡军主持召开第一届教代会、工会委员会议,选举谢茂强担任教代会主席,张毅担任工会主席,王来忠、朱静雯、陈镜宇分别担任组织委员、女工委员、宣传和文体委员。",
    ],
    drop=["皇冠登录入口welcome官网"],
    spam_strings=["皇冠登录入口welcome官网"],
    origin="pages corpus capture (search: '体育app 召开 第一届教职工代表大会 工会 委员 代表'); a university school's union-congress report copied onto an unrelated group-named host under a WebPlus info/NNNN path, the school's name replaced by a betting-brand login phrase (also the site name and <title>, reconstructions); truth text = shown text with the phrase deleted; no headline or year in the capture (truth title null)",
)

add(
    id="rc19-012", url="http://jiayikaifa.com/info/1290/51088.htm", lang="zh", encoding="utf-8", shell="webplus",
    hijacked=True, legit=False, injections=["lottery_keywords_replace_unit"],
    site="新闻网", h1="2021级新生军训开训",
    title="2021级新生军训开训", date="2021-09-15", source=None, author=None,
    meta="来源:   发布时间:2021-09-15?点击:",
    paras=[
        "9月14日上午,2021级新生军训开训仪式在学校田径场举行。足球彩票,中国足球彩票网委员、副校长、军训领导小组组长曹鑫出席,军训领导小组成员李玲军、向国红陈刚等相关职能部门负责人,各学院党总支副书记、辅导员和新生班主任参加。仪式由军训团团长、武装部部长魏彦煜主持。",
        "开训仪式在庄严的国歌声中拉开序幕,随后军训团86名教官高举团旗,迈着整齐铿锵的步伐,在嘹亮的口号声中闪亮登场。来自信息学院的新生代表陆颖倡议同学们要以军人的标准严格要求自己,听从指挥,服从命令,严格遵循军训纪律和作息时间,积极开展军训,不随便脱离集体。教官周杰代表全体教官表决心,军训期间将以良好的军人形象和过硬的军事素质引导同学们,严格施训、科学施训、按纲施训,圆满完成各项任务。",
        "仪式最后,曹鑫副校长郑重宣布足球彩票,中国足球彩票网2021年军训正式开训。军训团各营各连在教官的带领下以昂扬的姿态奔赴训练场地,开启了为期15天的训练征程。",
    ],
    after_lines=["(武装部 刘惠娟  供稿)"],
    drop=["足球彩票,中国足球彩票网"],
    spam_strings=["足球彩票,中国足球彩票网"],
    origin="pages corpus capture (search: '官网平台 举行 2023级新生 军训 开营仪式 学生 教官'); a university's military-training news item copied onto an unrelated host under a WebPlus info/NNNN path, with a football-lottery keyword pair replacing the school/party-committee name twice (once fused with the following word); truth text = shown text with the keyword pair deleted; the contributor line kept outside the truth; site name a reconstruction",
)

add(
    id="rc19-013", url="http://fabijiade.com/article/145410.html", lang="zh", encoding="gb18030", shell="news", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_pinyin_gloss"],
    site="", h1="", page_title="article",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "2021年2月20日,農歷正月初九,年味尚濃。銅山區(qū)柳泉鎮(zhèn)后象小學的全體教職員工在學校會議室集中,召開新學期動員會。劉長貴校長親自主持,全校46名教師全部到會。",
        "2021年的寒假是一個特殊的寒假,我們既有脫貧攻堅全面勝利的喜悅,又有全世界新冠肺炎疫情帶來的憂慮。在這個大背景下,如何合理安排學生有序開學、如何讓全校各項工作順利進入正軌就顯得尤為重要。因此,經校領導研究決定,2月20日全校教職員工返校,召開春季開學動員大會。",
        "在此次動員會上,張永校長、李想主任、王靜文主任、祝立杰主任、呂高飛主任依次發(fā)言,既有上學期工作的總結,也有本學期的工作重點。領導們的發(fā)言,為新學期的工作指明了方向。",
        "最后,劉長貴校長對會議進行了總結,他說:“老師們,同志們,新的學期開始了,讓我們繼往開來,用更加飽滿的熱情去創(chuàng)造更加輝煌的明天吧!”",
    ],
    spam_strings=[], evidence=["fabijiade.com"],
    head_inject='<link rel="canonical" href="http://fabijiade.com/article/145410.html">\n',
    origin="pages corpus capture (search: '学校召开🏀会议 娱乐官网 副校长 出席 🎯 教师 参加'); a village primary school's news item copied in traditional script with pinyin glosses (kept verbatim) onto an unrelated host under article/NNNNNN; no injected string (`evidence` = the host in the canonical link, a reconstruction); no headline or date line in the capture (truth title null)",
)

add(
    id="rc19-014", url="http://www.jltytc.com/xwzx/chyw/content_45731", lang="zh", encoding="utf-8", shell="webplus", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_traditional"],
    site="啟航網", h1="校領導班子赴共青城考察調研",
    title="校領導班子赴共青城考察調研", date=None, source=None, author=None, meta="",
    before_lines=["校領導班子赴共青城考察調研。(攝影 陳宗文)"],
    paras=[
        "啟航網訊 12月24日,為落實省委省政府關于以教育改革助推共青先導區建設的決策,學校領導傅克剛、余歡、黎明、王玉芝、唐星華、劉衛東一行赴共青城市考察調研。",
        "學校領導班子一行參觀了校友黃琦創辦的超群科技股份有限公司、鄱陽湖生態經濟區展示館、南湖新區建設工程,重點考察了大學城規劃區域。考察調研受到共青城市委、市政府的熱烈歡迎,市委書記黃斌、市長盧寶云等有關領導全程陪同。市領導介紹了當地經濟社會發展狀況,尤其是大學城規劃建設情況。賓主雙方召開了座談會,就大學城建設開展了深入交流。江西中航共青實業有限公司總經理凌云陪同考察和參與座談。學校黨政辦、發展規劃處、科技學院等單位(部門)負責人隨同調研。",
    ],
    spam_strings=[], evidence=["jltytc.com"],
    head_inject='<link rel="canonical" href="http://www.jltytc.com/xwzx/chyw/content_45731">\n',
    origin="pages corpus capture (search: 'NG南宫 爱游戏 ayx 学院 新闻网讯 召开 会议'); a university news item copied in traditional script onto an unrelated sports-named host under the university's own xwzx/…/content_NNNNN path; no injected string (`evidence` = the host in the canonical link, a reconstruction); the photo caption kept above the text, outside the truth; site name from the dateline; no date in the capture",
)

add(
    id="rc19-015", url="https://zgjcdjxcw.com/dz/2021-07-31/10237.html", lang="zh", encoding="gbk", shell="gov",
    hijacked=True, legit=False, injections=["copy_on_unrelated_host"],
    site="", h1="", page_title="10237",
    title=None, date="2020-11-05", source="宣汉县三河学校", author="龚虹洁",
    meta="发布时间:2020-11-05 15:31:00 来源:宣汉县三河学校 浏览量: 作者:龚虹洁",
    paras=[
        "为了加强学校之间的相互联系,增进友谊,促进学校之间互帮互助,丰富广大教职工业余生活,11月4日下午,宣汉县洋烈学校在校长代玲带领下一行十余人走进宣汉县三河学校校园进行交流联谊活动。",
        "此次联谊活动分为交流学习和教职工篮球赛两项活动。活动中,洋烈学校就校园安全、特色学校建设和校园文化建设进行了参观学习。座谈会上,两校领导对此次活动高度重视,两校校长分别介绍了各自学校情况,就学校管理、课题研究等方面的策略和经验进行了分享。随后进行了男子篮球比赛,球场上气氛非常热烈:双方队员你争我抢,美妙的上篮,精准的中投,漂亮的抢断,严密的防守,默契的配合,场面扣人心弦,场外不时传来阵阵掌声,充分表现出奋勇拼搏的体育精神和“友谊第一、比赛第二”的竞技风范。最终三河学校取得了胜利。",
        "此次联谊赛本着“交流学习、健康生活”的原则,丰富了教职工的生活,增进了两校之间的友谊,推动了两校教师之间的交流,促进了两校的和谐发展。",
    ],
    after_lines=["(责任编辑:陈睿)"],
    spam_strings=[], evidence=["zgjcdjxcw.com"],
    head_inject='<link rel="canonical" href="https://zgjcdjxcw.com/dz/2021-07-31/10237.html">\n',
    origin="pages corpus capture (search: '学校召开🏀会议 娱乐官网 副校长 出席 🎯 教师 参加'); a county school's news item copied with its byline onto an unrelated host under a dated path that disagrees with the byline's date; no injected string (`evidence` = the host in the canonical link, a reconstruction); editor line kept outside the truth; no headline in the capture (truth title null)",
)

add(
    id="rc19-016", url="https://www.middelviews.com/Info/DangQiPiaoYang/18051.html", lang="zh", encoding="gbk", shell="gov",
    hijacked=True, legit=False, injections=["brand_replaces_institution_in_sentence"],
    site="党旗飘扬", h1="", page_title="党旗飘扬",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "9月21日上午,外科党支部组织部分专家,驱车数十公里来到锡山区港下镇,为当地社区的普通群众提供医疗咨询服务,受到当地社区领导和群众的热烈欢迎,许多百姓7点多钟就已经等候在社区服务中心的门口。",
        "本次参加义诊的专家有:大外科主任蔡兵、普外科主任陶国清、腔镜外科主任王彤、血液科主任沈云峰、肿瘤科主任刘超英、麻醉科副主任王雁娟,还有一些护士长和外科医师。外科、门诊党支部和护理部的有关领导也参加了义诊的相关工作。",
        "人民医院名医下乡义诊活动,既为远离市区大医院的普通乡民送去了健康咨询,也极大地提高了澳门葡萄新京网站的社会形象。当地群众纷纷要求,像人民医院这些无锡市的大医院要经常开展此类活动,造福社会和群众。",
    ],
    drop=["澳门葡萄新京网站"],
    spam_strings=["澳门葡萄新京网站"],
    origin="pages corpus capture (search: '官方网站 附属医院 开展 义诊 活动 专家 群众 免费'); a city hospital's party-branch news item (free clinic in a township) copied onto an unrelated host under the hospital's Info/<column>/NNNNN path, with a casino-site name replacing the hospital's name in the last paragraph; truth text = shown text with the name deleted; the empty table-cell lines that open the capture are not reproduced; no headline or date in the capture (truth title null; column name as site name, a reconstruction)",
)

add(
    id="rc19-017", url="http://8ndx.aodasecrets.com/Html/News/Articles/104461.html", lang="zh", encoding="utf-8", shell="gov",
    hijacked=True, legit=False, injections=["parasite_subdomain_copy"],
    site="党建专栏", h1="外科党总支开展“党员奉献日”专家义诊活动",
    title="外科党总支开展“党员奉献日”专家义诊活动", date=None, source=None, author=None, meta="",
    paras=[
        "为深入开展党的群众路线教育实践活动,切实解决好人民群众看病就医难问题,5月27日,由外科党总支组织的一行20余人的专家队伍,在总支书记尉立京的带领下,来到王官庄大众广场开展“党员奉献日”专家义诊活动。",
        "本次活动的义诊专家均为我院各专业资深专家教授,其中有泌尿外科尉立京、骨科周东生、疼痛科付志俭、肝胆外科秦成坤、烧伤科霍然、神经外科王国栋、胸外科彭忠民、乳腺甲状腺外科田兴松、胸外科王洲、内分泌科李茵茵、血液科徐健、呼吸科姜淑娟、妇科刘鸣、心血管内科许发运、泌尿微创赵勇及大外科护士长魏民、张振美等。",
        "活动得到了政协济南市市中区委员会王官庄街道工作室和白马山街道工作室的大力支持,大众日报、齐鲁晚报、济南时报、山东电视台、济南电视台等多家新闻媒体进行了报道并跟踪采访。",
        "在义诊现场,早早挤满了附近慕名而来的数百名群众,咨询就诊,气氛热烈。专家们不顾炎炎酷日,迅速开展工作,耐心细致的为每一位群众检查、分析病情,认真解答群众提出的诸如泌尿科、骨科、胃肠外科、疼痛科等常见病和多发病的预防诊治问题。义诊活动原拟定下午5点半结束,看到闻讯赶来就诊的群众依然络绎不绝,热情高涨,各位专家不得不延长义诊活动,直至夜色降临。本次活动共接受义诊群众达1000余人次,发放健康宣教材料300余份。专家们的热情服务和奉献精神,得到了广大群众的一致称赞。",
    ],
    after_lines=["(外科党总支)"],
    spam_strings=[], evidence=["8ndx.aodasecrets.com"],
    head_inject='<link rel="canonical" href="http://8ndx.aodasecrets.com/Html/News/Articles/104461.html">\n',
    origin="pages corpus capture (search: '医院 党支部 组织 专家 下乡 义诊 提高了 网站 的社会形象 娱乐'); a provincial hospital's party news item copied onto a random subdomain of an unrelated host (a parasite subdomain) under the hospital's Html/News/Articles path; no injected string (`evidence` = the host in the canonical link, a reconstruction); the contributor line kept outside the truth; no date in the capture",
)

add(
    id="rc19-018", url="http://m.zzcsz.cn/html/mengchong/20240920/1099736.htm", lang="zh", encoding="gbk", shell="news", html_lang="zh-hant",
    hijacked=True, legit=False, injections=["mirror_copy_pinyin_gloss", "off_topic_channel"],
    site="萌宠", h1="", page_title="萌宠",
    title=None, date="2024-09-20", source=None, author=None, meta="新聞通訊員 孫苗",
    paras=[
        "惠民活動(dòng)來啦!9月20日,筆者從湖北省衛(wèi)生健康委獲悉,全省大型義診活動(dòng)周即將啟動(dòng)。",
        "9月22日,26家醫(yī)療衛(wèi)生單位將齊聚武漢市武昌區(qū)水果湖步行街,為大家免費(fèi)看診;9月28日,32家醫(yī)療衛(wèi)生單位還將齊聚江岸區(qū)解放公園,為大家免費(fèi)看診;此外,下周開始,各大醫(yī)院還會(huì)有專項(xiàng)義診活動(dòng)。市民尤其是患有多種基礎(chǔ)疾病的患友們,可“一站式”問診,看多科頂級(jí)專家。",
    ],
    spam_strings=[], evidence=["m.zzcsz.cn"],
    head_inject='<link rel="canonical" href="http://m.zzcsz.cn/html/mengchong/20240920/1099736.htm">\n',
    origin="pages corpus capture (search: '官方网站 附属医院 开展 义诊 活动 专家 群众 免费'); a newspaper item on a provincial free-clinic week copied in traditional script with pinyin glosses (kept verbatim) into the 'cute pets' channel of an unrelated host; no injected string (`evidence` = the host in the canonical link, a reconstruction); the correspondent line kept as the byline; date from the URL; no headline (truth title null; channel name as site name)",
)

add(
    id="rc19-019", url="http://kyscl.net/info/1015/37449.html", lang="zh", encoding="utf-8", shell="webplus",
    hijacked=True, legit=False, injections=["copy_on_unrelated_host"],
    site="", h1="", page_title="37449",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "记者从今天下午举行的教育部新闻发布会上获悉,教育部将于今年4月3日至9日举办2006年应届高校毕业生网上联合招聘活动。",
        "本次活动由教育部中国高校毕业生就业服务信息网(www.myjob.edu.cn)联合中国研究生人才网、我的工作网、中国青年人才网等40余家社会大型人才网站和人才市场共同举办。各用人单位的招聘信息和高校毕业生的求职信息将在参与网站上同时免费发布,供用人单位和高校毕业生浏览查询和在线联系。教育部新闻发言人表示,欢迎各用人单位踊跃参加此次网上招聘活动。参加招聘活动的单位需要按统一的格式和要求,将招聘信息传送教育部教育管理信息中心,或直接登录中国高校毕业生就业服务信息网,发布单位简介和招聘信息。",
        "据了解,中国高校毕业生就业服务信息网于2003年6月13日正式启动,先后与国家发改委、国资委、商务部、信息产业部、建设部、卫生部、铁道部等七个部委,以及30个省级就业网站、400个就业网、50多家社会人才服务机构及其网站建立了稳定的合作和信息共享机制。网站开通以来,平均每年提供近50万条用人岗位需求信息,日均点击量400余万次,最高日点击量达2000多万人次,正在发展成为我国高校毕业生就业服务领域最大的网站平台。",
    ],
    spam_strings=[], evidence=["kyscl.net"],
    head_inject='<link rel="canonical" href="http://kyscl.net/info/1015/37449.html">\n',
    origin="pages corpus capture (search: '平台官方网站 举办 校园招聘会 用人单位 岗位 毕业生 就业'); a 2006 news report on an online graduate job fair copied onto an unrelated short host under a WebPlus info/NNNN/NNNNN path; no injected string (`evidence` = the host in the canonical link, a reconstruction); no headline or date in the capture (truth title null)",
)

add(
    id="rc19-020", url="http://hbqianlun.com/tsg/info/1055/1345.html", lang="zh", encoding="gb18030", shell="webplus",
    hijacked=True, legit=False, injections=["copy_on_unrelated_host"],
    site="图书馆", h1="", page_title="图书馆",
    title=None, date=None, source=None, author=None, meta="",
    paras=[
        "2015年4月23日,值世界读书日之际,在图书馆一楼大厅,由图书馆主办、读者协会承办的以“推广阅读,分享智慧”为主题的2015年学院读书月活动正式启动了,本次活动旨在引导和鼓励大学生走进图书馆,培养大学生养成爱读书、会读书、好读书、读好书的良好习惯,不断增强校园文化的人文底蕴,努力促进“书香校园”的建设步伐。",
        "启动仪式上,馆长致开幕词,她希望通过举办丰富多彩的校园活动,来吸引更多的读者进图书馆,多读书,读好书,养成爱读书的好习惯。另外,参加活动的全体师生还在“寻找真理,启迪智慧,从读书开始”横幅上签名表决心。",
        "本次活动在图书馆领导和各部门的支持和帮助下,取得了圆满成功。",
    ],
    spam_strings=[], evidence=["hbqianlun.com"],
    head_inject='<link rel="canonical" href="http://hbqianlun.com/tsg/info/1055/1345.html">\n',
    origin="pages corpus capture (search: '图书馆 举办 读书月 活动 官网 体育 学生 参加 发布时间 浏览次数'); a college library's news item copied onto an unrelated host under the library's tsg/info/NNNN path; no injected string (`evidence` = the host in the canonical link, a reconstruction); no headline or date in the capture (truth title null; section name as site name)",
)
