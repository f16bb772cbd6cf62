# -*- coding: utf-8 -*-
"""Legit (not hijacked) real cases for v42 (capture: text): real pages about lotteries, gambling
regulation, gambling policing and casino policy. Paragraphs verbatim from the stored capture."""

L = []

L.append(dict(
    url="http://www.zengdu.gov.cn/jcxxgkpt/bm/cdqwhhlyj/zc_30106/qtzdgkwj_30107/gsgg/202506/t20250627_1343940.shtml",
    title="曾都区文化和旅游局关于2024年体育彩票公益金筹集使用情况的公告", date="2025-06-27", source="曾都区文化和旅游局", author=None,
    meta=[("发布时间", "2025-06-27 10:34"), ("信息来源", "曾都区文化和旅游局"), ("审核人", "徐玥莹")],
    paras=[
        "为贯彻落实《彩票管理条例》,根据《彩票管理条例实施细则》和《彩票公益金管理办法》的要求,现将2024年本级体育彩票公益金筹集、使用情况公告如下:",
        "一、彩票公益金分配情况",
        "2024年本级体育彩票公益金总收入1233.62万元,上年结转65.34万元,2024年体育彩公益金总支出1270.6万元,财政收回统筹6.86万元,本年结余21.5万元。",
        "二、本级体育彩票公益金使用情况",
        "(一)本级体育彩票公益金用于群众体育支出968.8万元,占总数的76.25%。其中:",
        "1.用于建设和维护公共体育场地和设施(捐赠体育健身器材)156.97万元。",
        "2.用于资助或组织开展全民健身活动788.83万元。",
        "3.用于资助群众体育组织和队伍建设23万元。",
        "(二)用于支持竞技体育资助项目301.8万元,占总数的23.75%。其中:",
        "1.用于体育赛事组织299.8万元。",
        "2.用于支持赛事参赛2万元。",
        "特此公告。",
    ],
    sign=["曾都区文化和旅游局", "2025年06月20日"],
    lang="zh", shell="gov", site_name="随州市曾都区人民政府", encoding="gbk",
    origin="pages corpus capture: a district culture-and-tourism bureau's public notice on how its 2024 sports-lottery welfare fund was raised and spent, on the district government's own information-disclosure platform. Lawful lottery-fund notice, legit, not hijacked. Title, 发布时间 and 信息来源 are the page's own; 审核人 is a reviewer (author null); the signature lines are kept out of text. Rebuilt in GBK.",
))

L.append(dict(
    url="https://paper.wlxww.com/html/2021-09/07/content_3015255.htm",
    title="16人因聚集在居民楼里做这件事被罚!", date=None, source=None, author=None,
    subtitle="民警提醒:疫情当前,不可有丝毫麻痹松懈的思想",
    paras=[
        "本报讯(通讯员陈健)9月1日凌晨,新河派出所接群众报警,称在新河镇振兴村王某的居民楼里,人员进出频繁,经常夜间至凌晨还灯火通明、噪声不断,涉嫌聚众赌博。接警后,该所科学部署,制定了抓捕方案。凌晨2点,民警成功端掉一个以“三明”方式赌博的窝点。",
        "勘探现场,民警兵分两路,一队人马从小门破门而入,一队人马守住卷闸门进行围捕,严防死守,随着一声“不许动,靠墙站立!”抓捕人员立即进入并迅速控制屋内人员。这时,赌徒们才从“发财梦”中惊醒。涉赌人员欲逃无门,只得束手就擒。民警当场抓获涉赌人员18人,并缴获赌资16000余元。",
        "经查,郭某、李某、王某、郑某等人在居民楼内聚众赌博。后来,有的人是闲着无聊过来的,有的人原本是过来寻人回家的,有的人是被朋友致电邀请来的,就这样,三三两两经受不住诱惑的人陆陆续续加入,赌博的队伍不断庞大。殊不知,等待他们的是法律的制裁。",
        "目前,颜某因参与赌博被温岭警方予以行政拘留,郭某等15人因参与赌博被温岭警方予以行政罚款。",
        "为有效防控新冠肺炎疫情,切实守护人民群众的生命财产安全和身体健康,8月5日,我市发布防疫通告,其中明确要求:暂时关停棋牌室、麻将房、桌游室等室内密闭休闲场所。通知发出后,新河派出所立即开展工作,向辖区内各棋牌室、麻将房等室内密闭休闲场所发出暂时关停通知,并对每一个经营者进行警示教育,告知疫情防控的重要性。但仍有部分群众对于疫情防控的重视程度不够,偷偷聚众赌博、阻碍疫情防控!",
    ],
    lang="zh", shell="epaper", site_name="温岭日报", encoding="utf-8",
    origin="pages corpus capture: a county-level city daily's e-paper page (police break up a gambling den in a residential building during epidemic restrictions). Anti-gambling police news, legit, not hijacked. Headline and deck are the page's own (title is the headline); the correspondent is named in the 本报讯 lead, not as 作者; no date line in the capture (the date is only in the URL, null).",
))

L.append(dict(
    url="http://news.zgzcw.com/news/16/2009-11-11/276707.shtml",
    title="中超纳入足彩或肃清足球环境 竞猜国家队是试点?", date="2009-11-11", source="彩富网", author=None,
    crumbtext="您所在的位置:彩富新闻 > 足彩攻略 > 新闻内容", byline="彩富网  2009-11-11 13:59:00   【字体: 】【发表评论】【收藏】【打印",
    paras=[
        "尽管从目前的情况看,有关部门此次抓赌的力度是前所未有的,但是要想通过这种抓赌的方式肃清中国足球的赌球行为,其难度相当大。有的时候主动“疏”可能比被动“堵”的效果更好,其中一个“疏导”的办法就是将中超引入足彩。",
        "昨天,国家队的比赛已经率先成为这个方案的试点,本月14日国家队与黎巴嫩的亚洲杯预选赛小组赛,被国家体彩中心纳入了本月足彩竞猜赛程。据悉,中超有可能纳入到足彩的竞猜范围,并且最快将在下赛季实行。",
        "昨天,国家体彩中心公布的11月足彩竞猜赛程,总共有14场比赛,包括11场南非世界杯预选赛(非洲区和欧洲区)和3场亚洲杯预选赛。最引人注目的是,11月14日国家队客场挑战黎巴嫩队的比赛也赫然在列。按照计划,本期足彩将从11月11日开始发售,截止时间为11月14日,计奖时间为11月15日。",
        "在国内抓赌风暴越来越猛烈之时,国家体育总局体彩中心再次将国家队的比赛纳入到足彩竞猜当中,其中是否有深层的含义呢?对此,体彩中心一位工作人员解释说:“有中国队的比赛,应该能吸引彩民和球迷投注,估计本期的彩票销量会有所提高。”至于这次动作是不是为将来全面竞猜中超做尝试,该工作人员并没有给予正面回应。尽管这并不是国内足球彩票第一次将中国男足的比赛纳入竞猜范围,但是这次距离上一次足彩“垂青”国家队,已经有大约5年的时间了。2004年亚洲杯时,国家体育总局体彩中心就曾借机竞猜过有中国队参加的3场小组赛。",
    ],
    lang="zh", shell="lottery", site_name="中国足彩网", encoding="gbk",
    origin="pages corpus capture: a lottery-information portal's news item (putting the domestic football league into the state football lottery as a cure for match-fixing, 2009). Lawful sports-lottery news, legit, not hijacked (the portal's own page; lottery terms are its subject). Title and date are the page's own; the portal's name stands in the byline before the date (taken as source). The capture's leading server-error debris is left out; its last paragraph is cut and left out. Rebuilt in GBK.",
))

L.append(dict(
    url="http://scaiw.com/cp/chongqing/news/200702/4638.shtml",
    title="重庆市福彩中心援建垫江县第一座爱心小学", date="2007-02-21", source="神彩网", author=None,
    crumbtext="神彩网 > 重庆站新闻 > 重庆市福彩中心援建垫江县第一座爱心小学", byline="时间:2007-2-21 20:42:04 来源:神彩网",
    paras=[
        "昨日,垫江县桂溪镇文毕小学的孩子们难掩喜悦心情,今年9月,他们将搬进由重庆市福彩中心援建的首座爱心小学。",
        "文毕小学的教学用房是上世纪60年代修建的房子,两年前,课堂变成了危房,学校只得在外租用农房,作临时教学用。获悉情况后,日前,市福彩中心从福彩公益金中拿出27.5万元,援建文毕福彩爱心小学,这也是我市福彩公益金援助的首个爱心小学。“我们终于可以在宽敞明亮的教室里读书了!”师生们高兴地表示。",
    ],
    related=["[双色球新闻]阜阳市福彩中心庆贺喜中两注双色球一等奖", "[双色球新闻]嘉兴市福彩寻找双色球二等奖21万元得主", "[七乐彩新闻]大庆市彩民复式豪取七乐彩一等奖108万元", "[北京站新闻]关于2005年北京市福利彩票春节休市的通知", "[云贵川新闻]重庆福彩中心急寻81万双色球大奖得主"],
    lang="zh", shell="lottery", site_name="神彩网", encoding="gb18030",
    origin="pages corpus capture: a lottery-news portal's regional item (the city welfare-lottery centre funds a new village primary school from lottery welfare money). Lawful welfare-lottery news, legit, not hijacked; the related-links list of lottery headlines is the portal's own furniture (out of text). Title, time and 来源 are the page's own. Rebuilt in GB18030.",
))

L.append(dict(
    url="https://appimg.modaily.cn/app/szb/pc/content/202505/12/content_410576.html",
    title="港研規範籃球博彩", date="2025-05-12", source=None, author=None,
    subtitle="冀合法化打擊外圍投注", edition="2025年05月12日 第A12版:港聞",
    paras=[
        "【香港中通社十一日電】香港就規範籃球博彩活動進行的公眾諮詢月初結束,民政及青年事務局長麥美娟十一日在電視節目表示,目前仍整理及研究收集到的意見,再決定下一步工作,強調修例工作一定會配合立法會會期,按提速、提效原則進行。",
        "對於有分析認為,規範籃球博彩活動後,會有百分之三十至百分之四十外圍賭注流入正規賭博。麥美娟表示,政府一向不鼓勵賭博,但面對猖獗的非法賭博活動,要採用多管齊下方式應對,包括加強公眾教育和執法,並為沉迷賭博人士提供輔導服務;“最後一招”就是提供規範化合法賭博活動,將非法賭博的資金導入合法途徑內。",
        "她舉例,足球博彩規範化以來,已有過萬億原本可能在非法賭博內產生的資金,導入到合法規範賭博活動內,相信籃球博彩情況亦一樣。被問到近年足球博彩投注額有上升趨勢,是否與政府不鼓勵賭博的政策相矛盾,麥美娟表示,投注額增加,反映當局的確有需要提供合法賭博的途徑,否則非法賭博會更趨激烈。",
    ],
    lang="zh", shell="epaper", site_name="澳門日報", encoding="utf-8",
    origin="pages corpus capture: a Macau daily's e-paper page (Hong Kong studies regulating basketball betting to fight illegal bookmaking, May 2025; a wire item). Betting-regulation news in traditional script, legit, not hijacked. Title (headline), deck and the edition date are the page's own; the wire is named in the lead bracket, not as 來源 (null).",
))

L.append(dict(
    url="https://app.bjtitle.com/8816/newshow.php?did=b0dac0cd09764fd286b0d92f39cfe5c2&newsid=6044097&typeid=26",
    title=None, date=None, source=None, author=None,
    paras=[
        "11月29日,最高人民检察院召开以“依法履行检察职能,从严惩治开设赌场犯罪”为主题的新闻发布会,发布检察机关依法惩治开设赌场犯罪典型案例。",
        "数据显示,开设赌场犯罪呈高发态势,今年1至9月与2018年至2020年三年同期平均办案数相比较,全国检察机关受理审查逮捕24539件52422人,上升22.85%和14.18%;批准逮捕18739件36780人,上升17.79%和6.4%;受理审查起诉29870件74104人,上升46%和33.26%;提起公诉25140件63238人,上升49.27%和45.71%。",
        "最高检第一检察厅厅长苗生明表示,相较传统犯罪,该类犯罪的行为和表现有了新的变化,不法分子往往以各种名义,依托周边国家和地区赌场对我国公民进行招赌、吸赌,组织中国公民出境赌博,出境参加赌博的人员中有的投注数额巨大,造成巨额资金外流;有的借助互联网领域黑灰产业,将传统赌博向互联网上迁移,打着棋牌游戏的名义实施开设赌场犯罪,攫取巨额经济利益,危及我经济安全;有的利用境外赌场设置陷阱,以组织赴境外赌博为名实施敲诈勒索、绑架、诈骗等犯罪;有的赌博人员因背负巨额赌债,铤而走险进行其他犯罪,危及我社会安全稳定;一些中国公民参与境外赌场赌博和网络赌博,影响我国公民形象。",
        "澎湃新闻注意到,今年3月1日生效实施的刑法修正案(十一)对刑法第303条进行了修改,将开设赌场犯罪第一档法定最高刑从原来的有期徒刑3年,提高到5年,并增加了组织参与国(境)外赌博罪的新规定。",
    ],
    lang="zh", shell="app", site_name="北京青年报客户端", encoding="utf-8",
    origin="pages corpus capture: a newspaper app's page carrying a news-site report on the Supreme People's Procuratorate's press conference on prosecuting the crime of running gambling venues (2021). Anti-gambling law-enforcement news, legit, not hijacked. No headline, date or 来源 line in the capture (null); the capture's last paragraph is cut and left out.",
))

L.append(dict(
    url="http://www.fww.org.cn/2019/0616/56436_3.html",
    title="一款“小游戏”牵出3.4亿元大案?是真的!", date="2019-06-16", source="最高人民检察院", author=None,
    crumbtext="当前位置: 法务网 > 政法工作 > 检察院 >", h1="一款“小游戏”牵出3.4亿元大案?是真的!(3)",
    byline="2019-06-16 17:08来源:最高人民检察院浏览:手机版",
    paras=[
        "2017年6月26日,除了被关押的曾某等6人外,来自全国各地的112名犯罪嫌疑人陆续来到张家港接受权利与义务告知。按照事先的协调、统筹,他们被分别通知至张家港市10个辖区的派出所接待大厅接受权利义务告知工作,每个驻点都有检察人员负责接待。当天,每个告知点上,犯罪嫌疑人依次排队、接受告知、进行签名画押,既无拖延,也无拥挤。",
        "经过了百余天,张家港市检察院审查起诉工作如期完成,并向法院提起公诉。2018年4月24日,该案在张家港市法院开庭。整个案件开庭持续4天,被告人委托辩护律师达20人。在讯问阶段,部分被告人当庭翻供,2名律师做无罪辩护,控辩双方围绕网站是否属于赌博网站、网站赌资数额如何计算等问题展开激烈辩论。张家港市检察院出庭支持公诉的检察官们针对庭审情况,及时调整讯问策略,结合事实和证据,围绕开设赌场罪的构成要件充分阐述和答辩,对辩护人提及的网站定性、数额计算等理由有力有据地予以辩驳。其时,被告人近亲属、人大代表、政协委员、新闻记者及各界群众200余人旁听了庭审。",
        "在开庭审理过程中,一名被告人正值怀孕待产且腿部骨折,无法至张家港市法院开庭。考虑到其实际情况,张家港市检察院与法院派出检察官、法官赴被告人所在的贵州省纳雍县开庭审理,该被告人认罪服法,并对办案人员体量困难、异地办案表示感谢。2018年6月28日,张家港市法院对118名被告人以开设赌场罪分别判处相应的刑事处罚。",
    ],
    lang="zh", shell="app", site_name="法务网", encoding="gb18030",
    origin="pages corpus capture: page 3 of a legal-affairs portal's reprint of a procuratorate feature (a mini-game app that was a gambling site; 118 defendants convicted of running a gambling venue). Anti-gambling prosecution news, legit, not hijacked (a reprint crediting its source under the portal's own chrome). The page headline carries a page number '(3)'; title is the headline without it, as the page repeats it below; date and 来源 are the page's own. The capture's following 'after the case' section is cut and left out. Rebuilt in GB18030.",
))

L.append(dict(
    url="https://cn.bg3.co/a/tai-cai-gong-yi-cai-quan-12yue-ying-yu-jin-19yi-yi-zhu-zheng-fu-gong-yi.html",
    title="台彩公益彩券12月盈余近19亿挹注政府公益", date=None, source=None, author=None,
    paras=[
        "台湾彩券公司25日表示,2020年12月份政府创造的公益彩券盈余新台币18.85亿元,自2014年1月至2020年12月底为止,第4届公益彩券累积政府公益盈余达2,010.81亿元,依规定分配其中50%供地方政府办理社会福利、45%供政府补助国民年金,其余5%则挹注全民健康保险准备。",
    ],
    lang="zh", shell="app", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a Chinese-language news site's short item (Taiwan's public-welfare lottery surplus for December 2020 and how it is split among local welfare, national pension and health insurance). Lawful lottery news, legit, not hijacked. Title is the headline; no date/来源 in the capture.",
))

L.append(dict(
    url="https://www.pna.gov.ph/articles/1233218",
    title=None, date=None, source=None, author=None,
    paras=[
        "MANILA – The Senate is determined to pass a bill that will bolster the declaration of President Ferdinand R. Marcos Jr. on totally banning Philippine Offshore Gaming Operators (POGOs) in the country, Senator Sherwin Gatchalian said on Thursday.",
        "In a press briefing, Gatchalian said senators, including Senate President Francis \"Chiz\" Escudero, have agreed to hasten the passage of the bill.",
        "\"Hopefully, in the next two weeks. Simpleng bill lang naman to (This is just a simple bill), and I thank Senator Joel Villanueva, Senator Alan Peter Cayetano for initiating the bill. So, iko-consolidate na lang namin to (We will just consolidate these),\" Gatchalian said after concluding the second public hearing of the Senate Committee on Ways and Means on banning POGOs.",
        "The panel is looking into consolidating Cayetano’s Senate Bill Nos. 63, SBNs 1281 and 2752 filed by Villanueva, and SBN 2689 filed by Gatchalian.",
        "Cayetano and Villanueva are pushing for the prohibition of all forms of online gambling, while Gatchalian wants to repeal Republic Act No. 11590 or An Act Taxing POGOs.",
        "E-gaming",
        "One of the discussions during the hearing was on \"e-gaming\" which allows online bets exclusively from local clients.",
        "Amid some proposals to also ban it, Gatchalian said the committee is also considering the revenues that the national government is earning from e-gaming.",
        "\"Lumalaki siya (It’s getting bigger). In PAGCOR [Philippine Amusement and Gaming Corporation] alone is PHP22 billion, in BIR [Bureau of Internal Revenue] is already almost PHP12 billion,\" he said, citing that PAGCOR earned only PHP6 billion and BIR at PHP2 billion from e-gaming three years ago.",
        "However, Gatchalian said the committee has seen weaknesses in its regulation, particularly on how easy it is to open an e-gaming account.",
        "He said anybody, even minors, can open an e-gaming account using a fake name and age.",
    ],
    lang="en", shell="en", site_name="Philippine News Agency", encoding="utf-8",
    origin="pages corpus capture: a state news agency's article (the Senate moves to pass a bill backing the ban on offshore gaming operators; e-gaming revenues and regulation). Gambling-regulation news, legit, not hijacked. No headline/date/byline in the capture (null); the capture's last paragraph is cut and left out.",
))

L.append(dict(
    url="https://news.abs-cbn.com/news/11/23/22/senators-criticize-pagcors-plan-to-open-more-casinos-roadmap-for-pogos",
    title="Senators criticize PAGCOR's plan to open more casinos, 'roadmap' for POGOs", date="2022-11-23", source=None, author="Sherrie Ann Torres",
    byline="Sherrie Ann Torres, ABS-CBN News", posted="Posted at Nov 23 2022 08:49 PM | Updated as of Nov 24 2022 01:03 AM",
    paras=[
        "MANILA — The Philippine Amusement and Gaming Corporation (PAGCOR) on Wednesday told the Senate Ways and Means committee its plan to introduce more gambling sites and opportunities, which, unlike POGOs, will cater Filipino players.",
        "\"It seems like you have a penchant for opening more casinos for the country. Would that be correct?” Sen. Chiz Escudero asked.",
        "PAGCOR Vice President for Corporate Social Responsibility Ramon Stephen Villaflor confirmed Escudero's statement.",
        "“Yes, Mr. Chairman. E-games and also E-bingo,” Villaflor said.",
        "P8 billion of PAGCOR’s P81 billion collection in 2019 came from POGOs.",
        "Ten e-sabong operators eventually ordered closed by the previous administration contributed P7.5 billion monthly to government coffers.",
        "Income in licensed casino was P28 billion, and the rest of the collection are from E-bingo and E-games.",
        "Some senators were quick to oppose the PAGCOR’s plan.",
        "“For example, E-sabong, hindi natin kailangang palitan ng POGO ang E-sabong dahil grassroots ang E-sabong eh. So hindi kailangang palitan. In my opinion, we can attract other business into the country,” panel chairman Sen. Sherwin Gatchalian said.",
        "“I just don’t think gambling is the way to go. If we love to go, if we love the next generation of our country, pamanahan naman natin sila ng tamang ugali. Yung kahalagahan ng pagtityaga. Yung kahalagahan ng pagsusunog ng kilay. Paga-aral. And not to defend a game of chance,” Senate Majority Leader Joel Villanueva said.",
        "PAGCOR, meantime, presented its four-page “roadmap” to the panel, showcasing the agency’s plan to improve the POGO industry.",
        "Among those mentioned by its officials include their plan to increase the number of POGOs in the country, ensure a better operation inside a hub and collect up to P10 billion.",
    ],
    lang="en", shell="en", site_name="ABS-CBN News", encoding="utf-8",
    origin="pages corpus capture: a broadcaster's news article (senators criticise the gaming regulator's plan to open more casinos and its offshore-gaming roadmap, 2022). Casino-policy news, legit, not hijacked. Title, byline author and posted date are the page's own; the outlet's name in the byline is the publisher (source null). The capture's last paragraph is cut and left out.",
))

L.append(dict(
    url="http://legacy.senate.gov.ph/photo_release/2023/0123_10.asp",
    title="Padilla asks PAGCOR to help government vs irregularities in POGO", date="2023-01-23", source=None, author=None,
    kicker="Photo Release", dateline="January 23, 2023",
    paras=[
        "Sen. Robinhood Padilla appeals to officials of the Philippine Amusement and Gaming Corporation (Pagcor) to help shed light on alleged criminal activities hounding the Philippine Offshore Gaming Operators (POGOs) industry. During the continuation of the Committee on Ways and Means hearing to evaluate the operations of POGO in the country Monday, January 23, 2023, Padilla also expressed dismay over the failure of Pagcor officials to clearly answer queries of committee members regarding several issues surrounding the operation of POGO. \"I hope that your agency would be able to help our government on the POGO issue,\" Padilla added.",
    ],
    credit="(Bibo Nueva España/Senate PRIB)",
    lang="en", shell="en", site_name="Senate of the Philippines", encoding="utf-8",
    origin="pages corpus capture: a national senate's photo-release caption page (a senator asks the gaming regulator to help on offshore-gaming crimes, 2023). Gambling-regulation news on a legislature's own site, legit, not hijacked. Title and date from the release's date-and-headline line; the photographer credit is kept out of text (author null).",
))

L.append(dict(
    url="https://www.idxchannel.com/amp/news/berantas-judi-online-komdigi-blokir-lebih-dari-380-ribu-situs-dalam-sebulan",
    title="Berantas Judi Online, Komdigi Blokir Lebih dari 380 Ribu Situs dalam Sebulan", date=None, source=None, author=None,
    deck="Komdigi telah memblokir sebanyak 380 ribu lebih situs selama sebulan. Selain situs, pemerintah juga akan memblokir no rekening pemain judi online.",
    paras=[
        "IDXChannel - Kementerian Komunikasi dan Digital (Komdigi) memaparkan hasil pemberantasan judi online (judol) selama sebulan terakhir. Sebanyak 380 ribu lebih situs telah diblokir selama sebulan.",
        "Capaian ini disampaikan Menteri Komunikasi dan Digital (Menkomdigi), Meutya Hafid, dalam jumpa pers di kantornya, Kamis (21/11/2024).",
        "Meutya menyebut pemblokiran ini merujuk pada arahan Presiden Prabowo Subianto di awal masa jabatannya.",
        "\"Desk di bawah pimpinan Menko Polkam itu rapat pertama tanggal 4 November, kita lihat sampai 19 November untuk situs-situs yang ditutup sudah 104.819, itu kalau dihitung dari 4 November, kalau kita hitung dari tanggal 20 Oktober atau pemerintahan baru, itu angkanya sudah di 380.000 sekian,\" kata Meutya Hafid hari ini.",
        "Selain memblokir situs, kata Meutya, pihaknya akan menyasar rekening bank para pelaku judi online. Pihaknya juga telah mengajukan permohonan pemblokiran ke Otoritas Jasa Keuangan (OJK).",
        "\"Kemudian untuk permohonan pemblokiran rekening bank untuk bulan November saja kami sudah mengirimkan 651 permohonan untuk kemudian rekening bank ini ditindaklanjuti atau diblokir,\" tuturnya.",
        "Lebih lanjut, Meutya memantau beberapa rekening bank yang sering digunakan untuk melakukan transaksi judi online. Setidaknya, dia menyebut, ada delapan bank lebih yang kerap digunakan para pelaku.",
        "\"Salah satu yang paling banyak adalah BCA, BRI, Mandiri, Niaga, BSI, Danamon, dan lain-lain. Artinya sekali lagi kerja sama yang kuat dengan Perbankan akan sangat dibutuhkan karena sekali lagi tadi dari judi online ini ada justru di rekening atau pendirian dana,\" kata dia.",
    ],
    credit="(Febrina Ratna)",
    lang="id", shell="id", site_name="IDX Channel", encoding="utf-8",
    origin="pages corpus capture: an Indonesian business-news site's article (the digital ministry blocked over 380,000 online-gambling sites in a month and targets bank accounts, 2024). Anti-gambling policy news, legit, not hijacked. Title is the headline; the deck is kept out of text; the closing bracketed name is an editor's credit (author null); the date appears only inside the text (null).",
))

L.append(dict(
    url="https://radarkepahiang.bacakoran.co/read/11896/berantas-judi-online-kemenkominfo-blokir-573-akun-e-wallet-dan-7499-rekening-bank",
    title="Berantas Judi Online, Kemenkominfo Blokir 573 Akun E-Wallet dan 7.499 Rekening Bank", date=None, source=None, author=None,
    caption_top="Pemerintah terus melakukan berbagai upaya dan kebijakan untuk memberantas maraknya judi online.--FOTO/ILUSTRASI",
    paras=[
        "Radarkoran.com - Pemerintah terus melakukan pemberantasan Judi Online atau disebut Judol, dengan cara melakukan pemblokiran baik situs, akun e-wallet, rekening bank maupun fasilitas pendukung lainnya yang berkaitan dengan aktifitas judi online.",
        "Dalam rangka memberantas judi online, hingga sekarang pemerintah melalui Kementerian Komunikasi dan Informatika (Kemnkominfo) telah memblokir sebanyak 3,7 juta situs judi online. Bukan hanya situs judi online saja yang diblokir, Kemnkominfo juga mengajukan pemblokiran 573 akun e-wallet dan 7.499 rekening bank yang terindikasi ada aktifitas judi online.",
        "Menteri Komunikasi dan Informatika (Menkominfo), Budi Arie Setiadi menyampaikan, pihaknya mengajukan pemblokiran ratusan akun e-wallet yang ada hubungannya dengan aktivitas judi online ke Bank Indonesia.",
        "Selain itu, sebanyak 7.499 rekening bank yang terindikasi terkait dengan aktivitas judi online diajukan pemblokiran ke Otoritas Jasa Keuangan (OJK). Serta menyampaikan sekitar 20.770 kata kunci terkait judi online ke google dan 5.031 kata kunci ke Meta untuk memblokir konten judi online.",
        "\"Kita terus berupaya untuk melakukan pemberantasan judi online di Indonesia. Kita tidak hanya memblokir situsnya, tapi fasilitas pendukung lainnya seperti, e-wallet, rekening bank dan sejumlah fasilitas lainnya juga diajukan untuk di blokir,\" sampai Budi belum lama ini.",
        "Terbaru juga, Kemenkominfo melakukan pemblokiran akun selebgram Katak Bhizer, dengan nama akun @katakstvns.70, yang terindikasi mempromosikan judi online di media sosial (Medsos).",
        "\"Kami tindak tegas penyebar konten promosi judi online, tidak ada toleransi,\" ujarnya.",
    ],
    readalso=(5, "BACA JUGA:Astagfirullah, Kecanduan Judi Online Bayi 11 Bulan Dijual Ayah Kandung Rp 15 Juta"),
    lang="id", shell="id", site_name="Radar Kepahiang", encoding="utf-8",
    origin="pages corpus capture: an Indonesian regional paper's site article (the communications ministry blocks e-wallets and bank accounts tied to online gambling, 2024). Anti-gambling policy news, legit, not hijacked. Title is the headline; the photo caption and a 'read also' link are furniture (out of text); no date/byline in the capture. The capture's doubled slash in the path is normalised in the url.",
))
