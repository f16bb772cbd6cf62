# -*- coding: utf-8 -*-
"""Real cases of split v36: captured text (verbatim, from the `search` tool's pages corpus) and the
truth of each page.  build.py wraps every capture in a rebuilt shell (capture "text").

Fields used by build.py besides the truth: shell, url, top_spam (a spam line the capture shows above
the page, also put in <title>), junk (markup junk the capture shows as text), chrome_top (crumb lines),
fields (metadata lines), headline, subhead, meta (byline lines as shown), paras (article paragraphs as
shown), subheads (paras that are section heads), captions ({index: [caption lines after para index]},
-1 = before the first para), extra_after (lines after the body that are not article text), brands
(spam brand strings standing inside the paragraphs, removed from the truth text), encoding.
Where a capture was cut mid-paragraph, the cut part is left out of page and text alike.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


KIND = "rebuilt-from-text"

# ---------------------------------------------------------------- hijacked ----------

case(
    url="http://tvsmo.com/gb/11/5/20/n3262780.htm/amp",
    shell="mirror_simpl",
    top_spam="澳门威尼斯人赌场官网",
    chrome_top=["台湾要闻"],
    headline="战火培育人才 金中60岁庆生",
    paras=[
        "【大澳门威尼斯人赌场官网5月20日报导】(中央社记者倪国炎金门20日电)在战火中创校的国立金门高级中学,今天欢庆60岁生日,毕业老校友重回校园,捐赠新台币135万元回馈母校,期许学弟、学妹再接再厉擦亮金中金字招牌。",
        "金门高中校庆庆祝大会上午在学校有“白宫”之称的历史建筑中正堂举行,由校长蔡锦杉主持,包括地方各界首长、校友、师生近千人参加,庆祝一甲子校庆。",
        "蔡锦杉说,金门高中于民国40年创校,经历43年九三炮战一度迁校陈坑(现成功村),47年的八二三炮战师生疏迁台湾,到了49年复校,可以说是在战火中成长的学校,为地方培育人才。",
        "庆祝大会上表扬杰出校友,包括金门县长李沃士、台湾大学名誉教授李国忠、陆军第十军团政战主任黄开森、中华电信金门营运处经理姜世荣、国防大学管理学院资讯管理系主任许秀影、非洲经贸协会监事洪玉芬、私立泉侨高中校长汪精辉等在内56人,以及特殊贡献奖洪成发,由校友会理事长颜达仁颁奖表扬。",
        "金门高中应届毕业生参加大学甄选入学,有124人上榜,其中有12人获得台湾大学录取,为历年来最亮眼成绩,让毕业50年专程返校的高中部第7届、第8届、特别师范科第1届老校友,感到十分光彩。",
        "膺选杰出校友的纬诚投资公司董事长吴祥山、艾笛森光电公司董事长吴建荣叔侄合力捐赠100万元、校友张邦育捐20万元、特师科第1届校友捐10万元,高中部第7届校友捐5万元,回馈母校的培育,并对学弟学妹殷殷期许。",
        "金门高中庆祝校庆,并且表扬资深教职员工、举办学生社团表演、校友暨师生书画展等活动,校园内喜庆洋洋。",
    ],
    brands=["澳门威尼斯人赌场官网"],
    truth=dict(
        title="战火培育人才 金中60岁庆生", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["casino-brand-title-line", "brand-in-dateline"],
        spam_strings=["澳门威尼斯人赌场官网"],
        origin="pages corpus capture: an overseas Chinese news outlet's school-anniversary wire item (simplified "
               "conversion, outlet's URL scheme) served on an unrelated host whose top line is a casino brand, and the "
               "same brand spliced into the dateline in the outlet's name's place; hijacked by the brand; the year is "
               "not written on the page (date null); text is the article minus the brand",
    ),
)

case(
    url="https://www.thebougies.com/kyguanwangmanbetx/info/1015/13987.htm",
    shell="school_news",
    site_name="开云电子",
    captions={-1: ["开幕式现场", "校领导在主席台观看入场式", "党委副书记、校长刘宇文致辞并宣布运动会开幕",
                   "党委委员、副校长、体委主任晏昱主持开幕式", "方阵队入场式现场", "教职工八段锦表演", "节目《澧水船夫》",
                   "拉丁舞表演", "节目《站在草原望北京》"]},
    paras=[
        "本网讯(文字 易姣 朱湘 刘若凡 摄影 杨静 欧阳高乐 黄蕾 于明潼 )天朗气清、丹桂飘香。11月7日上午,开云电子2024年体育运动会在第一田径场开幕。党委副书记、校长刘宇文,党委副书记李红革,党委委员、副校长刘春晖、戴军,党委委员、纪委书记郭文超,副校长肖小勇,党委委员、副校长、体委主任晏昱,党委委员、党政办主任、体委副主任覃佐媛以及校属各单位主要负责人出席开幕式,运动员、裁判员、志愿者以及各二级学院师生代表万余人参加开幕式。晏昱主持开幕式。",
    ],
    brands=["开云电子"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-place", "brand-path-segment"],
        spam_strings=["开云电子"],
        origin="pages corpus capture: a university's sports-meet news item on a cloned host under a betting-brand path "
               "segment, with a betting brand standing in the university's name (also used here as the rebuilt site "
               "name); headline and full date not captured (null); the photo captions are kept in the page, out of "
               "text; the second, cut paragraph is dropped; text is the article minus the brand",
    ),
)

case(
    url="https://www.zeyizkb.com/Home/jxky_en/kyjs/zgjxdshzxyjzx/55.html",
    shell="school_news",
    headline="第五届“新生杯”环校跑挑战赛在金明校区举行",
    paras=[
        "11月24日,冬阳灿灿,暖意融融。由tyc8722太阳集团城体育运动委员会、共青团tyc8722太阳集团城委员会和tyc8722太阳集团城体育学院主办、tyc8722太阳集团城阳光长跑协会承办、tyc8722太阳集团城社团联合会及康师傅饮品开封办事处共同协办的第五届“新生杯”环校跑挑战赛在金明校区图书馆广场前开跑。 上午八点,迎着初升的朝阳,tyc8722太阳集团城的运动员和组织者早早集合在金明校区图书馆前进行检录。在暖场表演结束后,开幕式正式开始。",
    ],
    brands=["tyc8722太阳集团城"],
    truth=dict(
        title="第五届“新生杯”环校跑挑战赛在金明校区举行", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-place"],
        spam_strings=["tyc8722太阳集团城"],
        origin="pages corpus capture: a university's campus-run news item on a cloned host, with a gambling brand "
               "standing in the university's name in every mention; the last, cut sentence is dropped; text is the "
               "article minus the brand",
    ),
)

case(
    url="https://donnabourgeois.com/info/1130/4037.html",
    shell="school_hant",
    paras=[
        "為豐富同學們課餘生活,增添校園文化風采,營造新年氣氛。永利于2021年12月26日14:30-17:00在風雨籃球場成功舉辦第二屆元旦遊園會。",
        "此次遊園會由萍鄉季季紅天虹店贊助,共設8個攤位和1個兌獎區,分别供永利21級各班和學生會工作人員使用。遊園會正式開始前,風雨籃球場就已人來人往,盡管天氣寒冷,但同學們熱情高漲。各班的遊戲項目也都各式各樣,吸引着各個學院的同學們。在同學們的歡聲笑語中,永利第二屆遊園會圓滿結束。",
        "此次元旦遊園會的成功舉辦,展現了我院同學積極向上的面貌,培養了我院學子的動手能力,有助于我院精神文明建設,以及校園文化的打造。",
    ],
    extra_after=["指導老師:楊麗梅", "撰稿人:朱彬熔", "2021年12月26日"],
    brands=["永利"],
    truth=dict(
        title=None, date="2021-12-26", source=None, author="朱彬熔",
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["brand-in-place", "traditional-copy"],
        spam_strings=["永利"],
        origin="pages corpus capture: a college department's new-year fair item, traditional-script conversion on a "
               "cloned host, with a casino brand standing in the department's name; headline not captured (null); "
               "adviser/writer/date lines kept after the body, out of text (author from 撰稿人, date from the dated "
               "line); text is the article minus the brand",
    ),
)

case(
    url="https://chem-sp.com/info/1057/6520.html",
    shell="school_news",
    paras=[
        "(通讯员:何瑞佳 李亦菲)为深入贯彻党的二十大精神,推进“百万大学生进社区”社会实践工作,引导新葡的京集团学子走出校园深入社区,进一步传承和弘扬雷锋精神,4月13日,版权所有 新葡的京集团350vip(中国)股份有限公司“菁彩”青春网格员志愿服务队赴圣井街道碧桂园社区开展第十一期“左邻右里”公益市集暨“春日游园会”志愿服务活动。",
        "东风轻拂柳丝长,绿意盎然映春光。早上八点半,迎着温暖的春风,志愿者们早早到达碧桂园社区西区理想国中心广场,与社区工作人员一同投入到工作当中。搬摆桌子、贴挂横幅、吹气球,志愿者们积极参与,协作各个摊位完成布置工作。志愿者们身穿红马甲的身影,成为集市现场中一道亮丽的风景线。",
        "上午九点半,公益集市如期开放,志愿者们穿梭于各个摊位,协助集市内爱心义卖、绘画培训、汉服展演、中医问诊、电器修理、缝衣理发、美食制作等摊位工作的顺利进行,多元化的服务也如春风一般送到居民身边,吸引更多周边居民参加。在引导居民们积极参与、维护集市秩序的同时,志愿者们也摆起自己的公益置换小摊,让旧物在置换中发挥价值。",
        "新葡的京集团350vip作为团山东省委2023年党建带团建改革创新项目试点单位,将继续发挥党建带团建的引领促进作用,持续深入开展“青春小网兜”百万大学生进社区社会实践工作,深化青年发展培养与广大人民需求相融合,搭建起青年服务社会的平台,实现人才培养与社会服务双赢。",
    ],
    brands=["版权所有 新葡的京集团350vip(中国)股份有限公司", "新葡的京集团350vip", "新葡的京集团"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-place", "brand-copyright-splice"],
        spam_strings=["版权所有 新葡的京集团350vip(中国)股份有限公司", "新葡的京集团350vip", "新葡的京集团"],
        origin="pages corpus capture: a university's volunteer-service item on a cloned host, with a casino brand (three "
               "forms, one a spliced copyright line) standing in the university's and the volunteer team's names; "
               "headline and date not captured (null); text is the article minus the brand forms",
    ),
)

case(
    url="http://jyrubber.com/info/1107/3997.html",
    shell="school_news",
    paras=[
        "为深入学习贯彻党的二十大精神,弘扬雷锋精神,发扬“奉献、友爱、互助、进步”的志愿服务精神。2023年3月25日,澳门十大信誉平台排行榜分团委与常青社区党群服务中心联合开展“社区整治”志愿服务活动。",
        "本次活动的重点是清除各类非法张贴的小广告以及残破老旧公益广告。澳门十大信誉平台排行榜12名志愿者于上午9:30在常青社区集合,在社区工作人员的带领下,他们分小组进行工作。志愿者们从常青社区向西出发,他们拿着小铲、垃圾袋等清洁工具到达指定的路段对街边墙面、商店门口、公共场所等乱张贴的小广告进行清理。他们不怕脏和累,在互帮互助下,有条不紊地进行清理工作。另外,在面对小区旁随意摆放的电动车时,志愿者们积极作为,将电动车摆放到合适的位置,为附近居民提供了便利。经过两个多小时的共同努力,整治效果明显,美化了社区面貌。",
        "本次志愿服务活动,不仅得到了社区居民的一致好评,而且明显改善了社区的生活环境。同时,青年学生们用实际行动诠释了责任和担当,弘扬了爱国卫生精神,营造了“人人学雷锋”的浓厚氛围!(文/韩淑宇图/吴文超)",
    ],
    brands=["澳门十大信誉平台排行榜"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-place"],
        spam_strings=["澳门十大信誉平台排行榜"],
        origin="pages corpus capture: a college school's youth-league volunteer item on a cloned host, with a gambling "
               "ranking slogan standing in the school's name; headline not captured (null); the event date in the "
               "text is not a publication date (date null); text is the article minus the slogan",
    ),
)

case(
    url="https://www.mytotaldental.com/info/1056/388985.htm",
    shell="school_news",
    paras=[
        "1月14日下午,音乐与体育学部党建工作协调委员会2026年度第1次扩大会议在体育馆105会议室召开。音乐学院党政班子成员和党委委员卿扬、王勇、曹茜、纪晔晔、肖楠楠、王思思,体育学院党政班子成员和党委委员许烁、刘兵、卢高峰、秦文宏、徐娜、王江宇、孙岩、肖巧俐参加会议。会议由学部党建工作协调委员会召集人、体育学院党委书记许烁主持。",
        "会议“第一议题”由音乐学院党委书记卿扬主讲。卿扬书记从学习党的二十届四中全会精神和“十五五”规划建议出发,通过“办好人民满意的教育,实施新时代立德树人工程”、“党建引领無碼a片公共美育教育思政课程体系建设”、“無碼a片公共美育教育的辐射与推广”三个方面,介绍了学校公共美育特别是思政课程和课程思政建设情况。",
        "体育学院党委副书记、院长、体育设施管理中心主任刘兵,音乐学院院长、音乐素养中心主任王勇,分别介绍了各自学院情况,探讨了合作潜力。",
        "刘兵院长从体育教学出精品、学生体质稳增长、运动训练结硕果、学科建设追卓越、体育精神满校园、服务社会谋效益等六个方面介绍了体育学院工作情况。",
        "王勇院长从学科专业建设和公共美育教育的融合与协调角度介绍了音乐学院工作经验,并就两院资源共享、学科互动、活动联办以及联合争取学校政策方面提出工作构想。",
        "许烁书记向会议传达了学校对于学部和学部党建工作协调委员会的定位和工作要求,分享了校党委主要负责同志调研体育学院时的指示要求,提出学部可逐步探索开展“六个一”工作计划。",
    ],
    brands=["無碼a片"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["porn-term-in-place"],
        spam_strings=["無碼a片"],
        origin="pages corpus capture: a university's faculty party-committee meeting item on a cloned host, with a porn "
               "term standing in the university's name inside two quoted programme titles; headline and date not "
               "captured (null); the last, cut paragraph is dropped; text is the article minus the porn term",
    ),
)

case(
    url="http://www.gesswein.com.cn/law/law_view.asp?id=541857",
    encoding="gbk",
    shell="law_db",
    junk=['<thead id="0cohg"></thead>', '<code id="0cohg"><noframes id="0cohg"></noframes></code>',
          '<cite id="0cohg"></cite>', '<cite id="0cohg"><video id="0cohg"></video></cite>',
          '<blockquote id="0cohg"></blockquote>'],
    chrome_top=["法律圖書館 > 新法規(guī)速遞 > 關(guān)于辦理刑事案件收集提取和審查判斷電子數(shù)據(jù)若干問題的規(guī)定"],
    fields=["【頒布時(shí)間】2016-9-20", "【標(biāo)題】關(guān)于辦理刑事案件收集提取和審查判斷電子數(shù)據(jù)若干問題的規(guī)定",
            "【發(fā)文號(hào)】", "【失效時(shí)間】", "【頒布單位】最高人民法院 最高人民檢察院 公安部",
            "【法規(guī)來(lái)源】http://www.spp.gov.cn/xwfbh/wsfbt/201609/t20160920_167380_1.shtml", "【法規(guī)全文】"],
    headline="關(guān)于辦理刑事案件收集提取和審查判斷電子數(shù)據(jù)若干問題的規(guī)定",
    meta=["最高人民法院 最高人民檢察院 公安部"],
    paras=[
        "為規(guī)范電子數(shù)據(jù)的收集提取和審查判斷,提高刑事案件辦理質(zhì)量,根據(jù)《中華人民共和國(guó)刑事訴訟法》等有關(guān)法律規(guī)定,結(jié)合司法實(shí)際,制定本規(guī)定。",
        "一、一般規(guī)定",
    ],
    subheads=["一、一般規(guī)定"],
    truth=dict(
        title="關(guān)于辦理刑事案件收集提取和審查判斷電子數(shù)據(jù)若干問題的規(guī)定", date="2016-09-20", source=None,
        author=None, hijacked=True, legit=False, lang="zh-Hant",
        injections=["junk-tags-as-text", "copy-on-unrelated-host"],
        spam_strings=['<thead id="0cohg"></thead>', '<cite id="0cohg"></cite>'],
        origin="pages corpus capture: a law-library page (a joint judicial regulation on electronic evidence) copied "
               "whole onto an unrelated host in traditional conversion with pinyin-annotation noise, under a scatter "
               "of empty junk tags shown as text: a mirror, so hijacked (not gambling news); the first article, cut "
               "and garbled in the capture, is dropped from page and text alike; date from 頒布時間",
    ),
)

case(
    url="http://police.noabears.com/20210110/thirdcomputer.html",
    shell="mirror_simpl",
    headline="大湾区大学邀请海外人才申报国家海外优青项目******",
    paras=[
        "中新社东莞1月7日电 (李映民 李纯)位于广东东莞的大湾区大学筹建办公室7日发布消息称,为了招揽全球高端人才,提升科研力量,该校邀请海外青年学者依托大湾区大学申报2023年国家优秀青年科学基金(海外)项目,加入大湾区大学,共谋发展。",
        "作为落实国家《粤港澳大湾区发展规划纲要》的重要战略部署,大湾区大学(Great Bay University)于2020年正式开始筹建,由北京大学原副校长、中国科学院院士田刚教授作为筹建负责人牵头推进筹建工作。该学校坐落于粤港澳大湾区重要节点城市东莞,占地总面积约2356亩,建筑总面积约100万平方米,预计总投入100亿元人民币。学校将于2030年整体建成,预计在校生约10000人,其中博士研究生约3000人,硕士研究生约2000人,本科生约5000人。",
        "据悉,大湾区大学松山湖校区教学生活区将于今年6月交付使用,可满足办学初期使用需求。学校自2021年起组建师资队伍,现已初步形成涵盖物质科学、计算机、数学、物理、化学、工业工程等方向的高水平师资队伍,所有教师均有海内外知名大学、科研院所正式教研或博士后工作经历。",
        "为了进一步提升学校科研力量,大湾区大学面向全球,从数据科学与统计学、计算与应用数学、理论物理、量子物理与信息、新能源材料、功能信息材料、先进材料结构、计算机系统、前沿计算技术、人工智能及其应用等多个重点研究方向,邀请海外青年学者依托大湾区大学申报2023年国家优秀青年科学基金(海外)项目,加入大湾区大学共谋发展,共同见证粤港澳大湾区新的发展机遇,共同为科技强国建设贡献力量。(完)",
    ],
    truth=dict(
        title="大湾区大学邀请海外人才申报国家海外优青项目", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["copy-on-unrelated-host"],
        spam_strings=[],
        origin="pages corpus capture: a state wire agency's item on a university's recruitment, copied onto an unrelated "
               "host (a random subdomain and path) with a '******' tail on the headline and a second, cut wire item "
               "after it: a mirror with no injected string, so hijacked; the second item is dropped from page and "
               "text alike; title without the asterisk tail",
    ),
)

case(
    url="https://0ao38bgzkr836.top/index.php/art/detail/id/32920.html",
    shell="mirror_simpl",
    headline="中医学会双庆联欢团结同业 续为健康澳门健康中国献力",
    paras=[
        "澳门中医学会举办「庆祝中华人民共和国成立七十五周年澳门特区成立二十五周年联欢晚会」,该会负责人表示,将继续致力团结同业,推动中医药事业的传承和创新,为建设健康澳门、健康中国贡献力量。",
        "联欢晚会于12月15日晚上7时30分假东湖海鲜火锅酒家举行,卫生局副局长郑成业,世界卫生组织传统医药合作中心(澳门区)主任莫蕙,立法议员宋碧琪、李良汪,镜湖医院院长吴培娟,镜常务副院长李鹏斌,中医学会名誉会长刘润雄、梁念祖、管小立,荣誉会长梁如宝,澳门医疗人员协会会长何舜发,中药业公会会长关树权,中医药学会会长蒋永兴等出席。",
        "会长林庆云致辞表示,新中国成立七十五年取得举世瞩目成就,在祖国的强大支持下,澳门特区成立二十五年来,贯彻落实「一国两制」及澳门基本法,澳门居民当家做主,安居乐业,各项事业取得了可喜成绩。今次藉此活动欢聚一堂,共庆中华人民共和国成立75周年暨澳门特别行政区成立25周年,祝愿伟大的祖国繁荣昌盛、澳门繁荣安定。此外,他祝贺监事长龚树根荣获澳门仁爱功绩勋章,众望所归。",
        "林庆云还汇报今年度工作总结报告,指澳门中医学会成立59年,一直秉持「大医精诚」的理念,为广大澳门居民提供优质的医疗保健服务。",
        "出席的中医学会负责人还有理事长林浩朝,副会长龚栋森、蔡全辉、谭豪柱、梁国祥等联同会员、同业、家属等近百人参加,席间设有抽奖助兴,气氛热烈。",
    ],
    captions={4: ["庆祝中华人民共和国成立七十五周年澳门特区成立二十五周年联欢晚会大合照。 (主办方提供图片)"]},
    truth=dict(
        title="中医学会双庆联欢团结同业 续为健康澳门健康中国献力", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["copy-on-unrelated-host"],
        spam_strings=[],
        origin="pages corpus capture: a Macau newspaper's association-gala item converted to simplified script and "
               "served on a random-name host under a video-site style path: a copy on an unrelated host with no "
               "injected string, so hijacked (not gambling news); the photo caption is kept, out of text",
    ),
)

case(
    url="http://m.92880.cn/ga/kjww/news/2007/11-23/1085386.shtml",
    shell="mirror_news",
    paras=[
        "中新社澳門十一月二十二日電(記者 畢永光)奧比斯眼科飛機(jī)醫(yī)院近日將抵達(dá)澳門機(jī)場(chǎng),將于下月展開為期四天的參觀及慈善活動(dòng),激發(fā)人們對(duì)全球眼疾問(wèn)題的關(guān)注。",
        "“光明之行”參觀活動(dòng)安排在十二月五日至七日,將有超過(guò)一千名澳門各界人士親身登上獨(dú)一無(wú)二的眼科飛機(jī)醫(yī)院,見證奧比斯飛越國(guó)界的救盲工作。八日將舉行重頭活動(dòng)——“愛心傳動(dòng)力”澳門首次慈善拉飛機(jī)表演賽,所籌款項(xiàng)將用于云南德宏自治州兒童防盲治盲項(xiàng)目。連串活動(dòng)旨在提高市民對(duì)全球可防治盲疾問(wèn)題的關(guān)注,救助全球三千七百萬(wàn)失明人士脫離黑暗。",
        "據(jù)了解,今年是澳門國(guó)際機(jī)場(chǎng)第四次接待奧比斯眼科飛機(jī)醫(yī)院。澳門機(jī)場(chǎng)專營(yíng)公司更于今年四月起,協(xié)助奧比斯建立固定的澳門辦事處,令?yuàn)W比斯得以長(zhǎng)遠(yuǎn)扎根澳門,向市民宣揚(yáng)護(hù)眼訊息,同時(shí)持續(xù)進(jìn)行籌款工作,為救助發(fā)展中國(guó)家的失明人士出一分力。",
        "奧比斯眼科飛機(jī)醫(yī)院將逗留至下月九日,隨即啟航飛往柬埔寨的金邊,進(jìn)行今年最后一次眼科醫(yī)療行動(dòng)。",
        "奧比斯是一個(gè)國(guó)際志愿機(jī)構(gòu),自一九八二年開始,奧比斯的飛機(jī)醫(yī)療計(jì)劃及地面培訓(xùn)計(jì)劃已先后在八十五個(gè)國(guó)家進(jìn)行超過(guò)九百次眼科醫(yī)療行動(dòng),培訓(xùn)逾十五萬(wàn)名眼科醫(yī)療人員,并治療逾四百四十萬(wàn)名眼疾病人。(完)",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-copy"],
        spam_strings=[],
        origin="pages corpus capture: a state wire agency's 2007 Macau item copied with its URL scheme onto an unrelated "
               "numeric host in traditional conversion with pinyin-annotation noise: a mirror with no injected string, "
               "so hijacked; headline not captured (null)",
    ),
)

case(
    url="http://www.tesastimelesstreasures.com/news/index/view/cateid/35/id/718424.html",
    shell="mirror_news",
    paras=[
        "近日,澳門街坊總會廣東辦事處在中山市三鄉(xiāng)鎮(zhèn)舉辦“不忘初心,攜手共進(jìn)”五周年慶典活動。5年來,澳門街坊總會廣東辦事處為粵澳兩地居民提供社會服務(wù)超90萬人次,開展各類服務(wù)活動超7196場,跟進(jìn)心理輔導(dǎo)、康復(fù)治療等類型個案1557起。",
        "澳門街坊總會廣東辦事處成立于2018年9月。作為澳門最主要的愛國愛澳社團(tuán)之一,澳門街坊總會充分發(fā)揮橋梁紐帶作用,積極帶領(lǐng)澳門居民融入大灣區(qū)生活及發(fā)展,將澳門的社會服務(wù)經(jīng)驗(yàn)帶進(jìn)灣區(qū),為粵澳居民提供優(yōu)質(zhì)、多元的服務(wù),得到粵澳兩地政府及居民的高度肯定。",
        "慶典活動上,嘉賓與居民齊聚一堂,回顧澳門街坊總會廣東辦事處五年來在中山的服務(wù)點(diǎn)滴。澳門街坊總會副理事長、立法會議員顏奕恒對廣東辦事處在中山的服務(wù)表示認(rèn)同,并對優(yōu)秀義工們進(jìn)行表彰,以贊揚(yáng)義工們過去的付出,鼓勵更多街坊投入和持續(xù)參與義務(wù)工作。",
        "中山市委統(tǒng)戰(zhàn)部副部長李捷表示,澳門街坊總會積極融入國家發(fā)展大局,率先投身粵港澳大灣區(qū)建設(shè)的新高地,推動澳門特區(qū)繁榮穩(wěn)定,為澳門“一國兩制”實(shí)踐行穩(wěn)致遠(yuǎn)不斷注入新動能。",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-copy"],
        spam_strings=[],
        origin="pages corpus capture: a city news portal's item on a Macau neighbourhood association's anniversary, "
               "copied onto an unrelated shop-name host in traditional conversion with pinyin-annotation noise: a "
               "mirror with no injected string, so hijacked; headline not captured (null); the last, cut paragraph "
               "is dropped",
    ),
)

case(
    url="http://www.feedlan.com/news/xianqu/shiquan/2018-12-13/356131.html",
    shell="mirror_news",
    paras=[
        "安康新聞網訊(通訊員 劉慶勇 姜雨婷)為凈化社會風氣,推進“平安石泉”建設,營造社會各界參與支持禁賭工作的良好氛圍,2018年12月12日,石泉縣公安積極組織開展了“知法守法、遠離宣傳活動。",
        "活動中,各派出所民警深入轄區各行業場所,重點對轄區各賓館、棋牌室進行檢查,發放《禁賭通告》,與負責人簽訂《禁賭責任書》;在人員密集場所設立禁賭宣傳臺,以案說法,向群眾講解什么是賭博違法行為,賭博的嚴重危害;出動禁賭宣傳車在轄區范圍內播放禁賭音頻,深入村組、院落發放宣傳單,向社會公布舉報電話,營造人人參與禁賭,人人抵制賭博的社會良好風尚。在此基礎上,還利用微博、微信、貼吧等新媒體開展禁賭宣傳,實現宣傳網上網下全覆蓋,最大限度提高市民禁賭工作知曉率。",
        "此次宣傳活動,共發放禁賭宣傳資料5800余份,接受群眾咨詢310余人次,有效提高了廣大市民的禁賭意識,營造了自覺遠離賭博的社會氛圍,夯實了平安建設環境基礎。",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-copy"],
        spam_strings=[],
        origin="pages corpus capture: a city news site's report of a county police anti-gambling publicity day, copied "
               "onto an unrelated host in traditional conversion (one word of the campaign slogan lost in the copy): "
               "a mirror, so hijacked; the copied text is lawful anti-gambling news, so legit as well; headline not "
               "captured (null)",
    ),
)

case(
    url="http://loushibaike.cn/szb/wbpc/col/202403/04/content_228363.html",
    encoding="gbk",
    shell="epaper_hant",
    chrome_top=["扶溝縣公安局"],
    meta=["□通訊員 劉麗娜 文/圖"],
    paras=[
        "本報(bào)訊 為嚴(yán)厲打擊賭博違法犯罪活動(dòng),阻斷賭博違法行為滋生途徑,營造風(fēng)清氣正、人人拒賭、轄區(qū)無賭的良好社會(huì)治安環(huán)境,近日,扶溝縣公安局開展了“禁賭宣傳月”集中宣傳活動(dòng)。",
        "活動(dòng)現(xiàn)場(chǎng),民警向群眾展示了該縣2023年打擊賭博違法犯罪活動(dòng)的成果以及典型案例,通過以案釋法、現(xiàn)場(chǎng)咨詢、發(fā)放宣傳單、展出宣傳展板等方式,深入淺出地向群眾講解賭博違法犯罪活動(dòng)的危害性,詳細(xì)闡述了賭博違法犯罪活動(dòng)對(duì)家庭和社會(huì)的嚴(yán)重危害,呼吁廣大群眾遠(yuǎn)離賭博。同時(shí),各派出所民警借助“一村一警”工作機(jī)制,深入轄區(qū),向群眾開展禁賭宣傳活動(dòng)。",
        "通過此次集中宣傳活動(dòng),廣大群眾深刻認(rèn)識(shí)到了賭博的欺詐性、危害性和違法性,有效增強(qiáng)了法治意識(shí),暢通了涉賭舉報(bào)渠道,充分調(diào)動(dòng)了參與打擊賭博違法犯罪的積極性,凈化了社會(huì)風(fēng)氣。③5",
    ],
    truth=dict(
        title=None, date=None, source=None, author="劉麗娜",
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-copy"],
        spam_strings=[],
        origin="pages corpus capture: a city evening paper's e-paper item on a county police anti-gambling month, copied "
               "with the e-paper URL scheme onto an unrelated host in traditional conversion with pinyin-annotation "
               "noise: a mirror, so hijacked; lawful anti-gambling news, so legit as well; the unit line above is kept "
               "as a crumb (headline null); author from the 通訊員 line",
    ),
)

case(
    url="http://m.413629.com/news/sm/3026541.html",
    shell="mirror_news",
    paras=[
        "案情:2022年2月,鄭某通過通訊軟件與賭博網站的經營者取得聯系,雙方約定鄭某以每月5000元的價格租賃帶有固定賭客的賭博網站端口,并以客服的身份參與賭博網站經營,為賭客提供賭資收取、結算等服務,每個月可以領取1萬元工資,3個月后可以抽取賭博網站盈利款的20%。隨后,鄭某招募員工,租賃房屋,購買電腦、手機等,利用微信、支付寶等賬戶收取賭資。2022年2月至2023年8月,鄭某等人共收取賭資1000余萬元,獲利16萬余元。",
        "審理:經尤溪縣檢察院提起公訴,尤溪縣法院審理認為,鄭某以營利為目的,租賃賭博網站組織他人賭博,林某、邵某等5人明知是賭博網站仍提供幫助,情節嚴重,其行為均構成開設賭場罪。法院采納了檢察機關的量刑建議,以開設賭場罪分別判處鄭某、林某、邵某等6人有期徒刑一年七個月至五年十一個月不等的刑期,并處罰金七千元至十萬元。",
        "評析:所謂開設賭場,是指開設和經營賭場,提供賭博的場所及用具,供他人在其中進行賭博,本人從中營利的行為。《最高人民法院、最高人民檢察院關于辦理賭博刑事案件具體應用法律若干問題的解釋》第2條規定,以營利為目的,在計算機網絡上建立賭博網站,或者為賭博網站擔任代理,接受投注的,屬于《中華人民共和國刑法》第三百零三條規定的“開設賭場”。互聯網并非法外之地,任何違法犯罪行為都將受到法律制裁。廣大市民要提高警惕,保持清醒認識,為避免踏入賭博的泥沼,要準確識別娛樂和賭博,分清兩者界限,從思想上充分認識賭博的危害性,自覺遠離賭博。心存僥幸、觸碰法律底線,必將受到法律的嚴懲。",
    ],
    extra_after=["鄭世賢 余本興"],
    truth=dict(
        title=None, date=None, source=None, author="鄭世賢 余本興",
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-copy"],
        spam_strings=[],
        origin="pages corpus capture: a city daily's case-law column (a gambling-website operator sentenced for running "
               "a gambling venue) copied onto an unrelated numeric host in traditional conversion: a mirror, so "
               "hijacked; lawful anti-gambling legal news, so legit as well; headline not captured (null); the "
               "writers' line after the text is the author, kept out of text",
    ),
)

case(
    url="http://www.fuwb.cn/jlncb/pc/paper/c/202407/13/content_151419.html",
    encoding="gbk",
    shell="epaper_hant",
    top_spam="精品入口欧亚色大-精品三级-精品三级av在线免费观-精品三级久久久久久久-精品三级乱伦免费-精品三级网站",
    chrome_top=["2024年07月13日", "首頁", "第08版:要聞鏈接"],
    headline="聚人氣 興產業 助增收",
    subhead="——集安市頭道鎮首屆甜瓜大賽活動側記",
    meta=["吳雪嬌 本報記者 吳連祥"],
    paras=[
        "喜慶的鑼鼓敲起來、歡快的秧歌舞起來……7月10日18時,集安市頭道鎮夜市開業慶典暨首屆甜瓜大賽活動隆重啟幕。精彩紛呈的歌舞表演、夜間音樂燒烤、時令果蔬銷售等項目吸引了十里八村的村民,來自通化市、快大茂鎮的游客團隊也紛紛趕來。活動現場熱鬧非凡,夜市經營紅紅火火。",
        "在推進鄉村全面振興的進程中,頭道鎮圍繞鞏固脫貧攻堅成果,幫助脫貧群眾增加收入做文章、想辦法、定措施。經過研究論證,在鎮政府所在地建設了夜市,實行“零收費”政策,鼓勵吸納脫貧群眾和周邊村鎮農民走進市場,銷售自家的農產品。這一惠民舉措,贏得村民和社會各界的稱贊。",
        "多年來,勤勞智慧的頭道鎮農民憑著豐富的種植經驗發展甜瓜產業,贏得了好口碑。近幾年,隨著農科技術的進步,全鎮甜瓜種植面積逐年擴大,品類不斷增加。為了推動甜瓜產業提檔升級,進一步打造“頭道甜瓜”特色品牌、金字招牌和靚麗名片,鎮黨委、鎮政府精心籌劃,舉辦了這次簡樸務實的節慶活動。",
        "活動現場,干部群眾先后登臺,表演《沒有共產黨就沒有新中國》《紅太陽照邊疆》《母親是中華》《小村大愛》等歌曲、舞蹈和詩朗誦。全體“草根”演員傾情投入,用“心”表演,不時博得全場陣陣掌聲。",
    ],
    truth=dict(
        title="聚人氣 興產業 助增收", date="2024-07-13", source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["精品入口欧亚色大-精品三级-精品三级av在线免费观-精品三级久久久久久久-精品三级乱伦免费-精品三级网站"],
        origin="pages corpus capture: a provincial rural newspaper's e-paper feature (a township melon fair) copied with "
               "the paper's own path onto an unrelated host in traditional conversion, under a porn keyword line as "
               "title/top line; hijacked by the spam line; date from the edition line; the two-name byline is kept "
               "(author null); the last, cut paragraph is dropped",
    ),
)

case(
    url="http://guwao.cn/local/zhejiang/guntu/201702/t20170223_11706480.htm",
    shell="mirror_news",
    top_spam="午夜国产福利在线免-午夜国产精品500-午夜国产精品福利视频100集-午夜国产精品福利在线观看-午夜国产精品蝌蚪在线观看-午夜国产精品理论片久久影院",
    headline="浙江安吉杭垓舉辦梅花節 兩岸村長梅海“論劍”",
    meta=["時間:2017-02-23 08:50   來源:中國新聞網"],
    captions={-1: ["杭垓·信義兩岸梅花文化節。 梁靖 攝"],
              3: ["“兩岸村長沙龍”主題活動。 郁斌 攝", "“兩岸村長沙龍”主題活動。 郁斌 攝"]},
    paras=[
        "中新網湖州2月22日電(記者 李婷婷)蒙蒙細雨,擋不住賞花人的腳步。22日,一場“杭垓·信義兩岸梅花文化節”活動在浙江省安吉縣杭垓鎮的梅園深處舉行,除了從各地“聞香而來”的攝影愛好者與都市游客外,來自臺灣南投縣信義鄉的20余位“梅花大使”也齊聚于此,一起見證了群芳吐艷的美麗時刻。",
        "擁有八山一水一分田的杭垓鎮,位于安吉縣西南部,梅花是該鎮的特色之一,1300余畝的梅林面積使杭垓鎮成為長三角地區最佳賞梅地之一。每到梅花盛開的時候,梅花漫山遍野,花香四溢;結果之時,則是滿園碩果累累。自張紀中在這里拍攝《俠客行》后,不少游客均慕名尋景而來,一睹劇中的梅海勝境。",
        "而在寶島臺灣,以種植加工農產品為主的信義鄉是臺灣最大的梅產業基地,其中信義鄉愛國村除芒果、檳榔等種植外,還有梅林700余畝,梅產業是當地鮮明的特色產業。",
        "梅花傳情,兩岸情深。談及杭垓鎮和信義鄉的緣分,得將時針撥到2016年。",
        "安吉縣杭垓鎮黨委書記夏靚告訴記者,2016年4月,安吉縣杭垓鎮桐杭村與臺灣南投縣信義鄉愛國村在臺灣開展聯誼活動,以梅花為媒,結成了“姐妹村”。",
    ],
    truth=dict(
        title="浙江安吉杭垓舉辦梅花節 兩岸村長梅海“論劍”", date="2017-02-23", source="中國新聞網", author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["午夜国产福利在线免-午夜国产精品500-午夜国产精品福利视频100集-午夜国产精品福利在线观看-午夜国产精品蝌蚪在线观看-午夜国产精品理论片久久影院"],
        origin="pages corpus capture: a state news site's feature (a two-shore plum-blossom festival) copied onto an "
               "unrelated host in traditional conversion, under a porn keyword line as title/top line; hijacked by "
               "the spam line; photo captions kept, out of text; the last, cut paragraph is dropped",
    ),
)

case(
    url="http://www.jiuyeedu.com/6/1196.html",
    shell="corp_news",
    headline="第一批11个我国最美小镇出炉 江苏三镇当选",
    meta=["来源:米乐m6网页版 日期:2024-02-17 02:29:11 浏览量:21次"],
    paras=[
        "“寻觅我国最美小镇活动”由人民网建议主办,自本年7月发动以来,得到社会各界的高度重视,全国小镇积极申报,人民网采访报道组也屡次深化当地发掘调查。截止11月底,此次活动共收到网友投票1000多万张。结合网友引荐与权威专家评定,广东省东莞市清溪镇、江苏省吴江市同里镇、山东省临沂市岱崮镇、浙江省舟山市东沙镇、重庆市龚滩古镇、山东省肥城市新城大街、山东省东营市大王镇、江苏省昆山市锦溪镇、江苏省昆山市千灯镇、云南省普洱市倚象镇、湖北省宜昌市邓村乡当选第一批我国最美小镇。",
        "东莞市清溪镇党委书记黄宇富、东营市大王镇党委宣扬委员李秀珍作为“我国最美小镇”代表讲话。我国人民大学公共政策研究院执行院院长毛寿龙,国务院发展研究中心研究员王国华在授牌典礼上对获奖“我国最美小镇”做了点评。",
    ],
    related=["上一篇:全部免费!点开就能学!这些权威优质线上资源陪孩子过暑假", "下一篇:江西婺源:非遗进景区风俗文明聚人气"],
    truth=dict(
        title="第一批11个我国最美小镇出炉 江苏三镇当选", date="2024-02-17", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-as-source-credit", "spun-copy"],
        spam_strings=["米乐m6网页版"],
        origin="pages corpus capture: a spun (word-swapped) copy of a news portal's small-town award item on an "
               "unrelated host whose byline credits a betting brand as 来源 (source null: the shown source is spam); "
               "date as the byline shows it; prev/next links kept, out of text",
    ),
)

case(
    url="http://www.qqbbn.com/dlxxh/zjgd/20250828/283551.html",
    shell="mirror_news",
    top_spam="日本一区二区三区高清不卡_欧美黑人又粗大_国产精品福利av_97精品人妻一区二区三区_亚洲一区二区三区无码久久_日本精品免费_毛片精品免费在线观看_欧美日韩精品在线播放_国产情侣一区二区_日本免费a视频",
    chrome_top=["當前位置: 首頁 > 電力數(shù)字化 > 專家觀點"],
    headline="孟天廣:構(gòu)建數(shù)據(jù)標注新生態(tài) 推進高質(zhì)量數(shù)據(jù)集建設(shè)",
    meta=["國家數(shù)據(jù)局發(fā)布時間:2025-08-28 14:55:55  作者:孟天廣"],
    paras=[
        "隨著人工智能技術(shù)快速發(fā)展,高質(zhì)量數(shù)據(jù)集已成為推動生成式人工智能創(chuàng)新發(fā)展的核心稀缺要素。2017年國務(wù)院印發(fā)的《新一代人工智能發(fā)展規(guī)劃》首次在國家層面確立人工智能發(fā)展戰(zhàn)略地位,明確提出“構(gòu)筑我國人工智能發(fā)展的數(shù)據(jù)先發(fā)優(yōu)勢”。2024年《關(guān)于促進數(shù)據(jù)標注產(chǎn)業(yè)高質(zhì)量發(fā)展的實施意見》則系統(tǒng)規(guī)劃了數(shù)據(jù)標注領(lǐng)域的技術(shù)創(chuàng)新、標準建設(shè)和人才培養(yǎng)等發(fā)展路徑。數(shù)據(jù)標注作為將原始數(shù)據(jù)轉(zhuǎn)化為可識別、可訓(xùn)練、可計算的關(guān)鍵環(huán)節(jié),其質(zhì)量直接決定了數(shù)據(jù)集的應(yīng)用價值。《中共中央 國務(wù)院關(guān)于構(gòu)建數(shù)據(jù)基礎(chǔ)制度更好發(fā)揮數(shù)據(jù)要素作用的意見》構(gòu)建了從數(shù)據(jù)確權(quán)到價值釋放的制度框架,為高質(zhì)量數(shù)據(jù)集建設(shè)提供制度保障。在人工智能創(chuàng)新發(fā)展進程中,高質(zhì)量數(shù)據(jù)集的關(guān)鍵性日益凸顯。",
    ],
    truth=dict(
        title="孟天廣:構(gòu)建數(shù)據(jù)標注新生態(tài) 推進高質(zhì)量數(shù)據(jù)集建設(shè)", date="2025-08-28", source=None,
        author="孟天廣", hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["日本一区二区三区高清不卡_欧美黑人又粗大_国产精品福利av_97精品人妻一区二区三区_亚洲一区二区三区无码久久_日本精品免费_毛片精品免费在线观看_欧美日韩精品在线播放_国产情侣一区二区_日本免费a视频"],
        origin="pages corpus capture: a state data bureau's expert column, reprinted by a power-industry site and copied "
               "onto an unrelated host in traditional conversion with pinyin-annotation noise, under a porn keyword "
               "line as title/top line; hijacked by the spam line; the source name runs into the date label in the "
               "byline (source null); the paragraph is cut after its last whole sentence",
    ),
)

case(
    url="http://www.hnxgsz.com/news/show-1675988.html",
    encoding="gb18030",
    shell="mirror_news",
    top_spam="99久久精品无码专区,日本2022高清免费不卡二区,成年A片黄页网站大全免费,2025年国产三级在线,2024伊久线香蕉观新在线,无遮无挡捏胸免费视频",
    chrome_top=["中國(guó)儲(chǔ)能網(wǎng)歡迎您!", "當(dāng)前位置: 首頁(yè) >電力市場(chǎng)>電力現(xiàn)貨市場(chǎng) 返回"],
    headline="電力現(xiàn)貨市場(chǎng)價(jià)格上下限的經(jīng)濟(jì)學(xué)依據(jù)",
    meta=["作者:葉澤 來(lái)源:中國(guó)電力企業(yè)管理 發(fā)布時(shí)間:2020-09-18 瀏覽:次"],
    paras=[
        "2017年8月國(guó)家選擇南方(以廣東起步)等8個(gè)地區(qū)作為第一批電力現(xiàn)貨市場(chǎng)建設(shè)試點(diǎn);2019年6月,8個(gè)試點(diǎn)地區(qū)全部完成電力現(xiàn)貨市場(chǎng)試運(yùn)行;目前,許多地區(qū)電力現(xiàn)貨市場(chǎng)已經(jīng)開(kāi)始結(jié)算運(yùn)行。電力現(xiàn)貨市場(chǎng)建設(shè)雖然已經(jīng)取得實(shí)質(zhì)性進(jìn)展。但是,目前的成功似乎主要體現(xiàn)在現(xiàn)貨市場(chǎng)的市場(chǎng)模式、交易規(guī)則設(shè)計(jì)和技術(shù)支持系統(tǒng)建設(shè)上,現(xiàn)貨市場(chǎng)的功能并沒(méi)有充分發(fā)揮出來(lái),也未產(chǎn)生對(duì)電力市場(chǎng)改革如決策者所期待“無(wú)現(xiàn)貨、不市場(chǎng)”那樣的重要影響。出現(xiàn)這個(gè)問(wèn)題的原因較多,其中一個(gè)原因是目前我國(guó)現(xiàn)貨市場(chǎng)價(jià)格上下限設(shè)計(jì)不合理,而導(dǎo)致這個(gè)結(jié)果又與我們對(duì)電力現(xiàn)貨市場(chǎng)的經(jīng)濟(jì)學(xué)功能把握不準(zhǔn)確有關(guān)。",
    ],
    truth=dict(
        title="電力現(xiàn)貨市場(chǎng)價(jià)格上下限的經(jīng)濟(jì)學(xué)依據(jù)", date="2020-09-18", source="中國(guó)電力企業(yè)管理",
        author="葉澤", hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["99久久精品无码专区,日本2022高清免费不卡二区,成年A片黄页网站大全免费,2025年国产三级在线,2024伊久线香蕉观新在线,无遮无挡捏胸免费视频"],
        origin="pages corpus capture: an energy-storage news portal's reprint of a trade-journal article copied whole "
               "(its own welcome line and crumb kept) onto an unrelated host in traditional conversion, under a porn "
               "keyword line as title/top line; hijacked by the spam line; the section heads after the first "
               "paragraph, cut in the capture, are dropped",
    ),
)

case(
    url="http://m.sndm.cn/archives/view-1209-1.html",
    shell="corp_news",
    top_spam="日韩福利 I 亚洲精品中文字幕乱码三区91 I 天天天操 I 热逼视频 I 艳妇臀荡乳欲伦交换h漫 I 国产精品国产三级国产专区53 I 污黄视频在线观看 I 闫嫩的18sex少妇hd I 激情视频免费在线观看 I 六月激情网 I 好吊日av I 自拍偷拍另类 I 久久久999精品 I 色欲欲www成人网站 I 99在线视频免费 I 男女激情av I 精品视频一区二区在线观看 I 91美女视频网站 I 国产精品无码乱伦 I 男女国产精品 I 神马电影久久 I 天堂av日韩 I 91九色porny视频 I 国产综合社区 I 撕开少妇裙子猛然进入 I 国产综合久久 I av一级片 I 巨乳在线播放",
    chrome_top=["您好~歡迎光臨深圳市宏力捷電子有限公司網(wǎng)站!", "一站式PCBA服務(wù)提供商"],
    headline="高頻高速PCB的介電材料強度測試方法",
    meta=["發(fā)布時間 :2018-05-10 15:36 閱讀 : 來源 :技術(shù)文章責任編輯 :深圳宏力捷PCBA加工部"],
    paras=[
        "“針對PCBA抗焊墊坑裂特性,以冷球拉力測試,驗證您的高頻高速PCB的介電材料強度”",
        "網(wǎng)絡(luò)通訊包含有線寬頻和無線傳輸,不斷發(fā)展更為快速的傳輸速度,從3G進展到現(xiàn)今的4G/LTE世代,物聯(lián)網(wǎng)(IoT)成為未來電子產(chǎn)業(yè)的趨勢,國際標淮組織ITU提出5G時程規(guī)劃表,預(yù)計在2020年前完成正式標淮規(guī)范后開始布建5G商用系統(tǒng),訊號傳輸速度和容量的增加帶動通訊市場中的云服務(wù)快速發(fā)展。",
    ],
    truth=dict(
        title="高頻高速PCB的介電材料強度測試方法", date="2018-05-10", source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["日韩福利 I 亚洲精品中文字幕乱码三区91 I 天天天操 I 热逼视频 I 艳妇臀荡乳欲伦交换h漫 I 国产精品国产三级国产专区53 I 污黄视频在线观看 I 闫嫩的18sex少妇hd I 激情视频免费在线观看 I 六月激情网 I 好吊日av I 自拍偷拍另类 I 久久久999精品 I 色欲欲www成人网站 I 99在线视频免费 I 男女激情av I 精品视频一区二区在线观看 I 91美女视频网站 I 国产精品无码乱伦 I 男女国产精品 I 神马电影久久 I 天堂av日韩 I 91九色porny视频 I 国产综合社区 I 撕开少妇裙子猛然进入 I 国产综合久久 I av一级片 I 巨乳在线播放"],
        origin="pages corpus capture: an electronics firm's technical article copied whole (the firm's welcome line "
               "kept) onto an unrelated host in traditional conversion, under a long ' I '-separated porn keyword "
               "line as title/top line; hijacked by the spam line; the later, cut paragraph is dropped",
    ),
)

# ---------------------------------------------------------------- legit-only ----------

case(
    url="https://lawyuan.nuk.edu.tw/p/16-1031-66681.php?Lang=zh-tw",
    shell="univ_hant",
    headline="我國發行運動彩券之法制上課題",
    meta=["論文題目:我國發行運動彩券之法制上課題 作者:紀振清"],
    paras=[
        "我國於2008 年5 月2 日發行運動彩券,但是,於立法上仍有待商榷。本文以為,我國發行運動彩券應獨立立法,方足以凸顯與公益彩券存在著不同之立法目的。是以,本文擬先簡短介紹運動彩券與博彩產業之興起,係由於公共政策上之犠牲與容忍之妥協,並以澳門與香港發展觀光賭場與運動彩券之法制推行經驗與改進之道,說明推展博彩產業與運動彩券產生的“光”與“影”—亦即整體經濟利益及其附帶產生一些社會問題;還有,面對合法規範仍未能掃除非法投注時,政府發展博彩產業應以「責任利益」為依歸。再者,本文思以日本之競輪(自由車)之法制為借鏡,詳細分析其立法及因行政改革之軌跡,亦可進一步了解日本對於競輪法律之合法性的法構造設計。最末,本文從運動彩券具有博彩之本質,以為我國發行運動彩券應以提倡國民健康的娛樂、推動運動產業的發展為考量,並符合全體國民利益且負有教育性之「責任利益」為其未來獨立立法之合法性基礎,並提出應配合修改相關法規之看法,以供建構運動彩券法制之參考。",
    ],
    extra_after=["The Legislative Problems on Issuing of Taiwan’s Sports Lottery", "Chen-Ching, Chi"],
    truth=dict(
        title="我國發行運動彩券之法制上課題", date=None, source=None, author="紀振清",
        hijacked=False, legit=True, lang="zh-Hant",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a university law school's page with a journal paper's Chinese abstract on the "
               "legal basis of a sports lottery (lawful lottery regulation); the English title lines are kept after "
               "the body, out of text; the English abstract, cut in the capture, is dropped",
    ),
)

case(
    url="https://www.ly.gov.tw/Pages/Detail.aspx?nodeid=5769&pid=53904",
    shell="gov_record",
    fields=["會議別:委員會", "會期:07屆03期", "日期:980330", "主席:黃志雄",
            "資料來源:公報:098卷018期 總號:3704 313頁~365頁",
            "會議名稱:立法院第7屆第3會期教育及文化、財政委員會第1次聯席會議", "議案代碼:001", "案別:法律案",
            "法編號:01661000", "法名稱:01661000 運動彩券發行條例", "進度:委員會", "提案機關:行政院 ; 立法委員",
            "會議及提案內容:併案審查行政院函請審查、委員黃志雄等23人及委員趙麗雲等28人擬具「運動彩券發行條例草案」案。",
            "發言委員:趙麗雲(1次) P.317-319 ,P.346-348", "發言內容:"],
    paras=[
        "主席:現在請提案委員趙委員麗雲說明提案旨趣。",
        "趙委員麗雲:主席、各位列席官員、各位同仁。在剛才戴主委說明之後,似乎所有的提案委員都不該再說了,因為一無是處。但是,本席必須再強調,這是我們28位委員深思熟慮共同提出的案子,也經過本院法制局再三推敲認為可行才敢提出來,請戴主委務必要注意聽完我們的提案到底有沒有道理之後,再來批評我們的版本是否真的都一無是處。",
        "本院28位委員有鑑於我國體育經費長期以來多依賴政府挹注,然歷年國家體育預算占中央政府總預算比例僅約0.2%—0.3%,當然遠低於多數國家,但是,剛才戴主委說,本條例發行之後,體育經費不應該專用於我們第一條(立法宗旨)中只願意把這筆錢變成發掘、培訓及照顧運動人才的發展基金。我們常覺得長久以來,政府對於優秀人才的發掘、培訓、生涯發展的工作始終無法落實,而現行的國光獎章制度是一次給付,且必須是成名之後才得到照顧,所以,對於早期發掘,政府確實力有未逮。我們認為額外的費用就是要額外使用,我們國家的體育經費怎麼可能光靠賭博來賺錢,這說不過去!因此,我們不認為體育發展或國際體育賽事的經費是要由彩券來籌措。",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="zh-Hant",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a legislature's record of a joint committee session on a sports-lottery bill "
               "(lawful lottery legislation); the record's metadata fields are kept above the speech, out of text; "
               "no headline (null); the date is in the ROC calendar only (null); the speech is cut after its last "
               "whole sentence",
    ),
)

case(
    url="https://www.ptt.cc/man/BaseballNEWS/DE66/DF17/DF5B/D58D/M.1118749565.A.830.html",
    shell="forum_archive",
    chrome_top=["精華區beta BaseballNEWS 關於我們 聯絡資訊"],
    headline="《民生論壇》運動彩券可望發行",
    meta=["社 評"],
    paras=[
        "台灣首次發行的運動彩券可望在今年問世。因為行政院提出的公益彩券發行條例 修正案,正在立法院財委會審議,修正案第四條是:為舉辦國際認可的競技活動 ,得申請主管機構核准,發行特種公益彩券。",
        "此項修正案如果通過,高雄市在二○○九年將舉辦世運會;而依據此項法源,即 可申辦運動彩券,由財政部與體委會協商研議相關事宜,提出周全配套措施。也 許在三、四個月內,運動彩券即可付諸實施。",
        "運動彩券的爭議在國內已延續好幾年,連幾任體委會主委都各有不同看法,行政 院曾一度打算取消修正此項條文;而今,急轉直下的背景仍在於行政院政策取向 丕變。",
        "運動彩券的爭議,主要在道德層面,陳義很高,但如從眼前三個事例來觀察,應 有變通的餘地: (一)國內公益彩券發行多年,大樂透、小樂透、刮刮樂等,應有盡有,何在乎 多一種運動彩券? (二)歐美國家發行運動彩券多年,甚至中國大陸的多種運動彩券也有長遠歷史 。這些彩券對該地區的體育活動提供了重大貢獻,對運動風氣及運動水準 皆大有助益。 (三)兩年前,跨國性國際體育網路博彩公司 SPORTINGBET在台招商,引起國人 側目。該公司評估台灣的運動博彩一年五億美元商機,換言之,這方面資 源每年都透過其他管道流向海外;如果國內發行運動彩券,那麼至少有一 部分資金可以回流,合法地補充體育資源。",
        "行政院長謝長廷日前接受本報專訪,坦承我國體育預算不足,今年廿六億應逐年 增至一百六十億的目標。但現今政府財政困難,因此除了擴大稅基、釋出國有產 業股票之外,採用運動彩券以補充體育經費之不足,應是可行之道,否則如何辦 得好二○○九年高雄世運?",
    ],
    extra_after=["【2005-06-05/民生報/A4版/"],
    truth=dict(
        title="《民生論壇》運動彩券可望發行", date="2005-06-05", source="民生報", author=None,
        hijacked=False, legit=True, lang="zh-Hant",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a bulletin board's archived repost of a newspaper editorial backing a sports "
               "lottery (lawful lottery policy), crediting the paper, page and date in its closing line (a reprint "
               "under the board's own chrome, not a copy on an unrelated host); the editorial's hard line breaks are "
               "kept as spaces",
    ),
)

case(
    url="https://www.pref.osaka.lg.jp/irs-kikaku/gaiyou/izonsyoutaisaku.html",
    shell="ja_pref",
    paras=[
        "大阪IRの実現に向けて、既存のギャンブル等に起因するものも含めて、ギャンブル等依存症問題に正面から取り組み、ギャンブル等依存症対策のトップランナーをめざし、発症・進行・再発の各段階に応じた、防止・回復のための対策について、世界の先進事例に加え、大阪独自の対策をミックスした総合的な取組みを構築していきます。",
        "大阪府ギャンブル等依存症対策基本条例を制定し、知事をトップとする大阪府ギャンブル等依存症対策推進本部を設置するとともに、IR開業に向けて依存症対策の拠点を新たに設置し、総合的な支援体制の強化・拡充を図ることとしています。",
        "2010年に2つのIR施設が設置されたIRの先進事例であるシンガポールでは、国家依存症管理機構(NAMS)を設立し、ギャンブルに関する相談業務を24時間対応で実施するなど、IRのオープン前から国をあげて依存症対策に取り組むことで、オープン後の方が、「ギャンブル等依存が疑われる者等」の割合が減少したという実績があります。",
        "大阪においても、IRを契機として既存のギャンブル等を含めた依存症問題に正面から取り組み、「ギャンブル等依存が疑われる者等」の割合の低減をめざしていきます。",
    ],
    captions={1: ["IR事業者の対策例 | 大阪府・大阪市の対策例", "MGMの知見やノウハウを最大限活かし、責任あるゲーミングの取組みを着実に実施します。 | 普及啓発、相談支援体制、治療体制、切れ目のない回復支援体制の強化とともに、 大阪独自の支援体制構築を推進します。",
                  "厳格な入退場管理・利用制限措置 | 大阪独自の支援体制の構築", "⇔連携"]},
    extra_after=["このページの作成所属", "IR推進局 企画課 総務・企画グループ"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="ja",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a prefecture's page on gambling-addiction countermeasures for a planned casino "
               "resort (lawful casino regulation); the comparison table is kept as figure lines, out of text; page "
               "title not captured (null); the owning-office lines are kept after the body, out of text",
    ),
)

case(
    url="https://igamingworld.com/news/casino/philippine-government-task-force-begins-orderly-pogo-shutdown",
    shell="en_news",
    paras=[
        "The Philippine government formed a multi-agency task force to oversee the shutdown of 41 licensed Philippine Offshore Gaming Operations (POGOs). President Ferdinand Marcos Jr ordered a ban on POGOs in July.",
        "The remaining POGO operators have pledged to disband and leave the country, the department of justice revealed on 19 September, according to PhilStarGlobal.",
        "The DOJ is facilitating the closure with a task force that includes the Philippine Amusement and Gaming Corporation (Pagcor), the Presidential Anti-Organised Crime Commission and the bureau of immigration.",
        "The department of labor and employment will help some 20,000 Filipino POGO workers find new employment. Foreign workers must make plans to return to their countries.",
        "Beginning of the end of POGOs",
        "During their heyday, in 2019, the number of POGOs in the Philippines peaked at more than 300. They brought in collective economic benefits of ₱P166.49bn (£2.226bn/€2.667bn/$3bn) per year, including ₱7bn in licence fees to Pagcor.",
        "But the costs far outweighed the benefits, due to growing allegations of crime associated with the industry, including kidnapping. Department of finance secretary Ralph Recto estimated total economic costs of ₱265.74bn – a net negative of more than ₱99.52bn annually.",
        "In addition to reputational risks for the Philippines, the social costs were “unquantifiable,” Recto added. “This includes the loss of life as well as physical and psychological harm to victims of criminal activities.” Allowing POGOs to operate “eroded institutional integrity,” he said.",
        "The raids of POGO operations in Pampanga and Tarlac provinces were the last straw. They yielded evidence of online scams, money laundering, human trafficking and the torture of workers. The DOJ is now investigating rumours of a mass grave at the Pampanga site.",
        "On 22 July, Marcos called for an end to all POGOs, legitimate and otherwise.",
    ],
    subheads=["Beginning of the end of POGOs"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="en",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a gaming-industry news site's report on the shutdown of licensed offshore gaming "
               "operators (casino-industry regulation news); headline not captured (null); the last, cut section is "
               "dropped",
    ),
)

case(
    url="https://bertuahpos.com/hukum/5-364-rekening-dibekukan-judi-online-malah-menjamur.html",
    shell="id_news",
    paras=[
        "BERTUAHPOS.COM – Kominfo bersama dengan OJK telah membekukan sebanyak 5.364 rekening yang diduga terafiliasi dengan praktik judi online. Selain itu, beberapa tahun terakhir — bekerja sama dengan Bank Indonesia — pemerintah juga memblokir 555 dompet digital atau e-wallet yang terkait dengan judi online.",
        "Menteri Komunikasi dan Informatika, Budi Arie Setiadi, menegaskan bahwa pemerintah serius dalam penanganan dan pemberantasan tindak pidana judi online.",
        "Sebelum membentuk Satuan Tugas Pemberantasan Tindak Pidana Judi Online (Satgas Judi Online), pemerintah telah berhasil menghapus jutaan konten dan memblokir ribuan rekening terkait judi online.",
        "Sejak 17 Juli 2002 hingga 21 Mei 2024, Kominfo telah menghapus 1.904.246 konten judi online. Selain itu, termasuk membekukan 5.364 rekening hingga memblokir 555 dompet digital atau e-wallet yang terkait dengan judi online.",
        "Meski demikian, tanda penurunan aktivitas judi online tetap belum terlihat dalam satu bulan terakhir. Dari 19 April hingga 21 Mei 2024, Kominfo telah menghapus atau men-take down 290.850 konten judi online.",
        "Menurut Budi Arie, dalam satu bulan, sekitar 300.000 konten judi online ditemukan. “Artinya, Kominfo bisa menghapus 10.000 konten judi online per hari,” ujarnya.",
        "Pada periode yang sama, Kominfo juga telah meminta bantuan Bank Indonesia untuk memblokir 300 rekening dompet digital atau e-wallet.",
        "Budi Arie juga mengungkapkan bahwa konten judi online terus berkembang dengan berbagai modus baru. Salah satunya adalah menyusup ke sejumlah website resmi milik pemerintah dan institusi pendidikan agar nampak seolah legal.***",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="id",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a regional news site's report on accounts frozen and content removed in the "
               "government's campaign against online gambling (anti-gambling enforcement news, including gambling "
               "pages slipped into official sites); headline not captured (null)",
    ),
)

case(
    url="http://www.jingshonline.com/case/info/992027b5094c412485239ce8e9ce8e23",
    shell="court_db",
    headline="梁坚等15人开设赌场一审刑事判决书",
    fields=["[关键字]: 扣押 违法所得 从犯 减轻处罚", "[案件来源]: 裁判文书网", "案例基本信息", "2015-02-16", "2014-12-17", "文书正文"],
    paras=[
        "当事人信息",
        "公诉机关江门市蓬江区人民检察院。 被告人梁某甲(自报身份),男,1990年7月16日出生于广西壮族自治区贺州市,汉族,文化程度初中,无业。2013年8月6日因本案被刑事拘留,同年9月10日被逮捕。现羁押于广东省江门市看守所。 辩护人马朝辉,广东盈信律师事务所律师。 被告人梁某君(自报身份),男,1993年10月7日出生于广西壮族自治区贺州市,汉族,文化程度初中,无业。2013年8月6日因本案被刑事拘留,同年9月10日被逮捕。现羁押于广东省江门市看守所。 辩护人张启清,广东天浩律师事务所律师。 被告人罗某宝(自报身份),男,1985年3月22日出生于广西壮族自治区贺州市,汉族,文化程度大专,无业。2013年8月6日因本案被刑事拘留,同年9月10日被逮捕。现羁押于广东省江门市看守所。 辩护人朱爱枝,广东君孺律师事务所律师。 被告人覃某伟(自报身份),男,1993年8月9日出生于广西壮族自治区贺州市,汉族,文化程度中专,无业。2013年8月6日因本案被刑事拘留,同年9月10日被逮捕。现羁押于广东省江门市看守所。 辩护人汪兴华,广东正日律师事务所律师。",
    ],
    subheads=["当事人信息"],
    truth=dict(
        title="梁坚等15人开设赌场一审刑事判决书", date=None, source=None, author=None,
        hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a law firm's case database showing a court judgment on a gambling-venue case "
               "(a reprint under the publisher's own chrome, crediting the judgments site: not a copy on an unrelated "
               "host); the two bare dates in the case box are not labelled (date null); the party list is cut after "
               "the fourth defendant's counsel",
    ),
)

case(
    url="https://www.airitilibrary.com/Article/Detail?DocID=U0021-0712200716125728",
    shell="thesis_db",
    headline="A Study on the Adoption and Management of Sports Lottery in Taiwan",
    meta=["學位論文", "指導教授 : 劉代洋 鄭志富"],
    paras=[
        "政府體育經費長期不足是長期以來存在的問題,也連帶影響體育事務的推展,以及我國在國際體育競賽的成績;從先進國家以發行運動彩券做為籌集體育經費,進而成功推展體育的成功實例,我國也效法走上發行運動彩券之路。本研究的目的在於瞭解台灣準備上路的運動彩券發行與管理問題,而發行部分將著重於立法技術議題,管理部分則探討盈餘分配比例與運用的相關議題。本文研究方法屬於深入訪談法的質性研究。 分析結果及建議如下: 一、益彩券發行條例做為法源,容易發生權責混淆的問題,應循修法途徑解決。 二、避免爭議與弊端,運動彩券發行機構遴選由財政部辦理。 三、運動彩券經銷商遴選,不出公益彩券三種族群優先,在專業能力不足下無益益銷售,最好走虛擬經銷。 四、運動彩券法源來自公益彩券發行條例,即使明訂盈餘分配的運用方式,仍有潛在爭議,需事先做好溝通工作。 關鍵字:運動彩券、發行、管理",
    ],
    truth=dict(
        title="A Study on the Adoption and Management of Sports Lottery in Taiwan", date=None, source=None, author=None,
        hijacked=False, legit=True, lang="zh-Hant",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a scholarly database's record of a master's thesis on issuing and managing a "
               "sports lottery (lawful lottery policy), English title shown as the heading, Chinese abstract as the "
               "body; the English abstract, cut in the capture, is dropped",
    ),
)

case(
    url="https://republikanews.org/2024/12/31/all-pogos-must-halt-ops-leave-ph-today",
    shell="en_news",
    captions={-1: ["Photo: PTV"]},
    paras=[
        "MANILA, Philippines — All Philippine Offshore Gaming Operators (POGOs) including its workers, must halt their operations and leave the country today.",
        "President Ferdinand Marcos Jr. announced the complete ban on POGOs during his third State of the Nation Address in July and had given them until December 31 to cease their operations.",
        "According to Immigration Spokesperson Dana Sandoval, out of the 33,000 foreign POGO workers, at least 21,000 have downgraded their Philippine visas, with most of them having already left the country.",
        "The latest tally from the Bureau of Immigration showed that at least 7,000 POGO workers are set to leave the country today following the executive order banning POGO operations, citing its “high reputational” risks to deter foreign investment and tourism.",
        "It also said that POGOs and internet gaming licenses are “undermining” the efforts of the national government in “promoting the country as a safe and sustainable investment and tourism destination.”",
        "According to BI, those who will fail to leave the country today will be blacklisted and deported.",
        "Aside from blacklisting and deportation, Philippine authorities will also begin arresting POGO companies who attempt to operate discreetly.",
        "These POGO hubs are reportedly shifting to smaller-scale setups in resorts, condominiums, and even gated communities.",
        "For its part, the Philippine Amusement and Gaming Corporation has already ordered the closure of all POGO hubs in the country after it issued a shortened validity of employment permits for foreign and local POGO workers to December 31.",
        "Later this month, the largest POGO hub in the country, located in Kawit, Cavite, was shut down.",
        "The facility had over 30,000 employees, half of whom were reportedly Filipinos, according to authorities.",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="en",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a news site's report on the deadline of an offshore-gaming ban (gambling "
               "regulation news); headline not captured (null; the date is only in the URL); the photo credit is "
               "kept, out of text; the last, cut section is dropped",
    ),
)

case(
    url="https://telegrapnews.com/kominfo-berantas-judi-online-akun-katak-bhizer-dengan-12-juta-pengikut-diblokir",
    shell="id_news",
    paras=[
        "Telegrapnews.com, Jakarta — Pemerintah melalui Kementerian Komunikasi dan Informatika (Kominfo) terus memperkuat langkahnya dalam memberantas aktivitas judi online di Indonesia. Salah satu aksi terbarunya adalah pemblokiran akun media sosial @katakstvns.70, yang diketahui menyebarkan konten promosi judi online secara terbuka.",
        "“Kami hajar penyebar materi promosi judi online, tidak ada kompromi,” tegas Menteri Komunikasi dan Informatika (Menkominfo) Budi Arie Setiadi dalam pernyataan yang diterima CNBC Indonesia, Kamis (10/10/2024).",
        "Pemblokiran akun @katakstvns.70, yang memiliki hingga 1,2 juta pengikut, didasari oleh laporan dari netizen yang merasa terganggu dengan konten negatif yang disebarkan.",
        "Akun tersebut dianggap meresahkan karena kerap mempromosikan tawuran dan judi online. Dia bahkan menyelenggarakan acara peluncuran situs judi secara terang-terangan.",
        "Salah satu netizen, @irwandiferry, yang geram dengan perilaku akun tersebut, mengadukan langsung kepada @kemenkominfo dan @bareskrim melalui media sosial.",
        "Menanggapi aduan tersebut, Kominfo bertindak cepat dengan memblokir akun yang dinilai mengancam moral generasi muda, khususnya pelajar.",
        "“Kominfo pasti memblokir akun-akun dengan konten promosi judi online yang menjadi musuh kita bersama,” kata Menteri Budi Arie Setiadi.",
        "Kominfo juga terus meningkatkan patroli siber untuk mengawasi dan memblokir aktivitas ilegal terkait judi online. Sejak 17 Juli 2023, Kominfo telah memutus akses terhadap 3.277.834 konten bermuatan judi online.",
        "Selain itu, kementerian juga memblokir 25.500 sisipan halaman judi di situs lembaga pendidikan serta 26.599 halaman pada situs lembaga pemerintahan.",
    ],
    captions={1: ["Baca juga: Kabinet Prabowo-Gibran Mulai Disusun: Nama-nama Menteri Muncul Menjelang Pelantikan"],
              5: ["Baca juga: Kesal Istri Dibawa ke Palembang, Pria Ini Aniya Mertua di Bandara Hang Nadim Batam"]},
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="id",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a news site's report on a ministry blocking a social-media account that promoted "
               "online gambling (anti-gambling enforcement news); headline not captured (null); the two 'Baca juga' "
               "links are kept, out of text; the last, cut paragraph is dropped",
    ),
)

case(
    url="https://www.skdv.cn/all/jie-mi-wang-luo-du-bo-xian-jing-shou-hu-qing-shao-nian-jian-kang-cheng-zhang.html",
    shell="zh_blog",
    paras=[
        "引言",
        "随着互联网的普及,网络赌博已成为一种新兴的犯罪形式。青少年作为网络使用的高频群体,更容易受到网络赌博的诱惑。本文将深入剖析网络赌博的陷阱,并提出相应的防范措施,以帮助青少年健康成长。",
        "一、网络赌博的特点与陷阱",
        "1. 网络赌博的特点",
        "隐蔽性:网络赌博无需面对面进行,用户可以在任何时间、任何地点参与。",
        "便捷性:注册账号、充值、投注等操作简单快捷,吸引青少年沉迷。",
        "虚拟性:网络赌博的游戏规则和结果难以真实反映,容易误导青少年。",
        "2. 网络赌博的陷阱",
        "虚假宣传:网络赌博平台通过虚假宣传,误导青少年参与赌博。",
        "诱导充值:赌博平台以高额回报为诱饵,诱导青少年不断充值。",
        "心理陷阱:赌博平台利用青少年心理,使其不断追求刺激,难以自拔。",
        "二、网络赌博对青少年健康成长的影响",
        "1. 心理影响",
        "沉迷成瘾:青少年容易沉迷于网络赌博,导致学业、生活受到影响。",
        "焦虑、抑郁:赌博失败后,青少年可能出现焦虑、抑郁等心理问题。",
        "2. 行为影响",
        "逃学、旷课:沉迷网络赌博的青少年可能逃学、旷课,影响学业。",
        "违法犯罪:为筹集赌资,青少年可能走上违法犯罪的道路。",
        "三、防范网络赌博的措施",
        "1. 加强家庭教育",
        "家长要关注孩子的网络使用情况,引导孩子正确使用网络。",
        "教育孩子树立正确的价值观,拒绝网络赌博。",
        "2. 完善法律法规",
        "加大对网络赌博的打击力度,严惩违法犯罪行为。",
        "完善相关法律法规,加强对网络赌博的监管。",
        "3. 加强网络安全教育",
        "学校要开展网络安全教育,提高青少年对网络赌博的防范意识。",
        "鼓励青少年学习网络安全知识,提高自我保护能力。",
    ],
    subheads=["引言", "一、网络赌博的特点与陷阱", "1. 网络赌博的特点", "2. 网络赌博的陷阱", "二、网络赌博对青少年健康成长的影响",
              "1. 心理影响", "2. 行为影响", "三、防范网络赌博的措施", "1. 加强家庭教育", "2. 完善法律法规", "3. 加强网络安全教育"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages corpus capture: a Q&A/knowledge site's article on online-gambling traps for teenagers "
               "(anti-gambling education); headline not captured (null); the case-study section, cut in the capture, "
               "is dropped",
    ),
)
