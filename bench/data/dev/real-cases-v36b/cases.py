# -*- coding: utf-8 -*-
"""Cases of real-cases-v36b: article text captured in the `search` tool's pages corpus (verbatim, cut at the last
whole sentence where the capture stops mid-sentence) + injected markup/code found in the `code` corpus (files in
src/, verbatim except where `origin` says otherwise).  build.py puts both into a rebuilt CMS shell.

Case fields besides the truth: shell (A/B/C/D/E), site_name, crumb, meta (byline line as shown, or None), caption
lines, head_src / top_src / body_src / foot_src (src/ files injected in <head>, right after the header, around the
article, before the footer), script_src (src/*.js put in an inline <script> at the end of <body>, with a
#contentlist wrapper and a jQuery include), encoding.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


CODE = "code corpus (stored public GitHub file, index id %s)"

# ------------------------------------------------------------------ hijacked ---------------------------------------

case(
    url="http://clxy.qdu.edu.cn/info/1017/3468.htm", shell="A", site_name="材料科学与工程学院", crumb=["首页", "党建工作"],
    headline="学院召开2022年春季学期工作部署暨第一次政治学习会", meta=None,
    paras=[
        "2月20日上午,学院在科技园D座406会议室召开2022年春季学期工作部署暨第一次政治学习会,党委书记万宗喜主持会议,全院教职工参会。",
        "院长隋坤艳传达2022年春季学期中层干部研讨班上校党委书记胡金焱的主旨报告和校长夏东伟的总结部署讲话精神,结合会议精神详细分析解读了2022年学院学科专业、师资队伍、人才培养、科学研究、服务社会等方面的目标和要求。",
        "党委书记万宗喜在讲话中指出,2022年学校工作的主旋律就是学科建设和人才培养,全体教职工要紧紧围绕学校工作主旋律踔厉奋发,开创学院工作新局面。强调2022年要做好党的二十大精神学习准备、安全、疫情防控、文化建设等工作。",
        "副书记曹俊、副院长李洪亮和黄林军分别就春季学期学生、疫情防控、科研、研究生培养、本科教学等工作进行了具体部署。",
    ],
    head_src="scur_head.html",
    truth=dict(
        title="学院召开2022年春季学期工作部署暨第一次政治学习会", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["search-stats-script", "packed-eval-bracket-hex-loader"], spam_strings=[],
        origin="injected head block verbatim from a security write-up in the " + (CODE % "55076886188") + " ('页面篡改分析-EVAL加密', "
               "2020-05-13): a Baidu-stats snippet with the attacker's id and a p,a,c,k,e,d-packed loader whose unpacked form is "
               "window['document']['write'] of a <script src> on a bare IP (SCur.js); the write-up shows that script writes a "
               "referrer check sending search-engine visitors to a betting landing page (a browser does it; nothing is "
               "printed). The spam <title>/keywords of that sample are redacted in the write-up ('菠菜内容'), so they are left "
               "out and the page keeps its own title; spam_strings empty. Article text is a pages-corpus capture of a "
               "university college news page (the pairing with this snippet is the keeper's); shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="http://www.hjq.gov.cn/szyw/xzdt/202409/t20240923_3658445.html", shell="B", site_name="杭锦旗人民政府",
    crumb=["首页", "时政要闻", "乡镇动态"], headline=None, meta=None,
    paras=[
        "人流密集区域",
        "杭锦旗公安局利用赶集日等人流聚集的时机,在镇中心、市场、交通要道等区域设置禁毒宣传点,以发放宣传手册、张贴禁毒宣传海报、悬挂横幅标语、现场科普禁毒知识和法律法规等方式开展禁毒宣传,吸引过往群众驻足观看,达到了宣传目的,取得了良好的宣传效果。今年以来共开展宣传活动15次,张贴宣传海报200余份,设置横幅13处,发放禁毒宣传手册1600余份,涉及群众2000余人次。",
        "校园学生区域",
        "杭锦旗公安局深入辖区各中小学校,通过开展禁毒知识讲座、主题班会等毒品预防教育活动,进一步增强了学生群体禁毒防毒和对毒品危害的认识,教育引导学生树立正确的人生观和价值观,营造了校园健康成长良好环境,同时也推动了平安无毒校园建设,政教联合共同筑牢防范毒品的铜墙铁壁。今年以来,共开展校园禁毒宣讲20次,召开禁毒主题班会9次,活动涉及学校15所。",
        "偏远农牧区域",
        "杭锦旗公安局组织民警深入农牧区通过走访入户等形式加强禁毒宣传教育,通过播放禁毒宣传片、发放宣传手册、现场讲解等方式,向农牧民普及禁毒防毒知识和法律法规,进一步增强了村民禁毒法治意识,积极营造了全民参与禁毒良好氛围。今年以来,开展入户宣传10余次。",
        "下一步,杭锦旗公安局将以最高的政治站位,最实的工作措施,大力开展宣传教育,积极营造全民禁毒良好氛围,着力打造平安无毒环境。",
    ],
    subheads=[0, 2, 4],
    body_src="trs_body.html",
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["hex-escaped-bracket-write-loader"], spam_strings=[],
        origin="injection from a write-up in the " + (CODE % "35037168920") + " ('TRS WCM 系统任意文件写入漏洞尝试复现'): a "
               "government department's TRS-WCM page carried an obfuscated statement, quoted there only de-obfuscated as "
               "window['document']['write'] of a <script src> (jsh.js), which sent visitors on to a betting site. The "
               "write-up says the obfuscation was \\xNN ASCII escapes; the keeper re-applied exactly that escaping (the "
               "statement is verbatim, its escaping reconstructed) so it runs inside an inline script. Nothing is printed; "
               "the browser loads the redirect script. Article text: pages-corpus capture of a county government page "
               "(title not in the capture: null); shell rebuilt",
        kind="reconstructed-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="https://jxjyxy.tyut.edu.cn/info/1057/1513.htm", shell="A", site_name="继续教育学院", crumb=["首页", "学院新闻"],
    headline=None, meta=None, encoding="gbk",
    paras=[
        "5月7日,我院在二层会议室召开党委中心组(扩大)学习会议,通报了学校近期相关会议情况,着重学习了习近平总书记近期的重要讲话精神中关于“中国梦”的论述及评论。我院副处级以上干部、全体党委委员、党支部书记、工会委员、工会小组长及各部门负责人参加会议。会议由院党委书记罗社管主持。",
        "会议研究学习了习近平总书记在主持中央政治局会议,部署全党开展群众路线教育实践活动中,在同全国劳模代表座谈、同各界优秀青年代表座谈时的讲话精神,重点学习了有关“中国梦”的论述及评论部分。会议传达学习了吴俊清书记、吕明校长在全校干部教师大会、建校111周年首日封发行仪式及校庆纪念大会上的讲话精神。",
        "会议还对我院近期工作及“解读中国梦”的专题报告会,做了安排部署。",
        "(宋启宙)",
    ],
    head_src="bcdas8_head.html",
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["packed-eval-bracket-hex-loader"], spam_strings=[],
        origin="injected code from an incident note in the " + (CODE % "12604586404") + " ('首页增加如下代码'): a p,a,c,k,e,d-packed "
               "loader that unpacks to window['document']['write'] of a <script src> (v61.js), whose quoted body redirects "
               "search-engine referrals to another host. The note's copy wraps the one-line script at three places; the "
               "keeper removed those wrap newlines (otherwise the string literal breaks) — characters otherwise verbatim. "
               "Nothing printed; the browser runs the redirect. Article text: pages-corpus capture of a college news page "
               "(title not captured: null; the closing reporter line kept as shown); shell rebuilt, GBK",
        kind="real-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="https://snde.hust.edu.cn/info/1014/1212.htm", shell="C", site_name="远程与继续教育学院", crumb=["首页", "学院新闻"],
    headline=None, meta=None,
    paras=[
        "3月24至26日,远程与继续教育学院隆重召开第一次党代会,全院党员代表70余人参加了会议。常务副校长林萍华到会并作讲话。",
        "会上,常务副校长林萍华代表学校党委、行政对学院第一次党代会的召开表示热烈的祝贺。他充分肯定了学院近年来的工作成绩,指出了加强党建工作对于学院发展的重要性。同时,要求学院上下,紧密结合《国家中长期教育改革和发展规划纲要》,以及学校深入开展的教学、学风建设活动,教育思想大讨论活动,认真思考,加强学习,通过党代会的召开,进一步统一思想,明确方向,推动学院科学发展。",
        "院党委书记熊滨代表党代会筹备工作领导小组作了“以科学发展观为指导,努力推动我校远程与继续教育事业全面协调可持续发展”的工作报告。报告全面总结了四年来学院所做的主要工作和改革发展取得的主要成绩,客观分析了学院发展过程中存在的困难和问题,明确提出了学院今后一个时期工作的总体思路和主要任务,并就进一步加强和改进党的建设提出了明确要求。大会审议通过了党代会工作报告。",
        "大会选举产生了学院第一届党委委员。院长张国安代表新一届党委领导集体致闭幕词。他指出,本次党代会是在全体党员认真学习领会“两会”精神和党的十七届四中全会精神、深入贯彻落实科学发展观之际,在学院上下认真思考如何应对远程与继续教育严峻的办学形势和复杂的办学环境,努力推动学院稳健发展的关键时期,召开的一次重要会议,是一次充分发扬民主、团结鼓劲、凝聚人心、昂扬奋进的大会。他希望新一届党委领导班子牢记全体代表、党员和师生员工的重托,以改革创新精神全面加强党的建设,团结和带领全院师生员工,努力开创学院改革和事业发展的新局面。",
    ],
    head_src="sfhufh2_head.html",
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["packed-eval-bracket-hex-loader"], spam_strings=[],
        origin="injected loader verbatim from a blog write-up in the " + (CODE % "26253616939") + " ('记一次网页 js 挂马', 2019): "
               "packed loader unpacking to window['document']['write'] of a <script src> (k8qp.js) whose quoted body sends "
               "search-engine referrals to a betting host. That page's entity-encoded spam <title>/meta and UA title cloak "
               "are left out here (their strings belong to an earlier split's case); only the loader is used, so nothing "
               "is printed and the browser runs the redirect. Article text: pages-corpus capture of a school news page "
               "(cut at the last whole sentence; title not captured: null); shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="https://www.sdrswz.cn/info/1291/37263.html", shell="A", site_name="焦点新闻", crumb=["首页", "新闻中心", "焦点新闻"],
    headline="同心庆双节 奋进建新功——学校党委召开中秋国庆座谈会", meta="发布时间:2025-09-29 浏览: 来源: 作者:",
    paras=[
        "本网讯(组织部)金秋送爽,丹桂飘香。在中秋、国庆双节来临之际,为凝聚统一战线智慧力量,共话学校发展蓝图,9 月 28 日,学校党委于行政楼会议室召开”同心庆双节 奋进建新功“中秋国庆座谈会。校党委书记胡海建出席会议并讲话,党委组织部(统战部)部长黎伯毅主持会议。党委学生工作部部长谢桂袖,教务处处长张俊林、人事处处长黄志华等相关部门负责人,以及侨联主任赵宇宏、民盟主任曾亮及民主党派代表和学生代表共同参会。",
        "会议在庄严的国歌声中拉开帷幕,现场气氛庄重而温馨。胡海建代表学校党委向与会民主党派代表、学生代表及相关部门负责人致以节日问候,并强调统一战线是党的事业取得胜利的重要法宝。他希望大家发挥自身优势,融入学校建设大局,助力党建引领学校高质量发展。",
        "学校领导与参会代表共享月饼,并为参会代表送上节日礼品,传递组织关怀与温暖。座谈交流环节,民主党派代表罗源凯、张智明教授等围绕学科建设、师资培养等方面建言献策,学生代表索珍等表态将积极践行“强国有我”青春誓言。",
        "黎伯毅作总结,提出学校党委统战部将牵头成立专项工作小组,协同党委学生工作部、教务处、人事处等相关职能部门,系统梳理本次座谈会收集的意见建议,建立工作台账,明确责任分工、推进时限,确保各位代表的“心声”有回应、“建议”有落实,切实把统一战线的智慧力量转化为推动学校发展的实际成效。",
    ],
    head_src="pk10a_head.html", replace_title=True,
    truth=dict(
        title="同心庆双节 奋进建新功——学校党委召开中秋国庆座谈会", date="2025-09-29", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["entity-encoded-spam-title", "spam-meta-keywords-description", "ua-title-cloak",
                    "packed-eval-bracket-hex-loader"],
        spam_strings=["北京赛车pk10_pk10正规开户平台_北京pk10网上开户", "13250.com"],
        origin="head block verbatim from an infected company homepage committed to a public repository, " + (CODE % "47729900415")
               + ": decimal-entity spam <title> (it replaces the page's own), spam keywords/description naming a betting "
               "domain, a UA check that rewrites document.title for non-Baidu visitors, and a packed loader (unpacks to "
               "a <script src> on a host of the same network as rc36b-004). Only change: the cloak's title value, the "
               "company's name there, is set to this page's own <title>. The spam title is what the page's <title> says; "
               "the headline is the article's. Article text: pages-corpus capture of a school news page; shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

case(
    url="http://www.mdjmu.edu.cn/info/1015/1560.htm", shell="C", site_name="牡丹江医学院", crumb=["首页", "校园动态"],
    headline=None, meta=None,
    paras=[
        "莫负韶华,与书相约。在世界读书日到来之际,4月23日上午在求是讲坛举办了第七届牡医“书香校园”读书文化节开幕式。",
        "学校党委常委、宣传统战部部长俞春利以及工会、办公室、学生处、教务处等部门领导参加了大会。大会由图书馆副馆长周广群主持,图书馆馆长白波介绍了读书节的渊源,回顾了前六届读书节主要成就,介绍了本届读书节的十六项主要活动。俞春利代表学校作了讲话,介绍了读书节的意义和作用,肯定了图书馆在历届读书节活动中的成绩,号召全校师生踊跃参加阅读推广活动,鼓励大学生在创建大学道路上积累知识,增长才干,做乐于学习、奋发向上的有志青年。参会领导及贵宾在读书节条幅上郑重签字。",
        "开幕式结束后,组委会特邀我市知名作家库玉祥作了题为《文学的意义和我的文学之路》的专题讲座,讲座从文学与社会的关系、文学在人生中的作用等方面展开,激励大学生读书和文学创作要不怕吃苦,耐得寂寞,做一个对社会有用的人才。讲座给图书节增添浓重的文学色彩。",
    ],
    head_src="pk10b_head.html", replace_title=True,
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["entity-encoded-spam-title", "spam-meta-keywords-description", "ua-title-cloak",
                    "packed-eval-bracket-hex-loader"],
        spam_strings=["北京赛车官方投注平台_北京赛车pk10投注平台【官方授权入口】", "kk19.com"],
        origin="head block verbatim from an infected product-gallery homepage committed to a public repository, "
               + (CODE % "35102194459") + ": decimal-entity spam <title> (replaces the page's own), spam keywords and "
               "description naming a betting domain, UA title cloak (its value 'home' set to this page's own <title> by "
               "the keeper) and a packed loader (unpacks to a <script src> named k8.js). Article text: pages-corpus "
               "capture of a medical college news page (title not captured: null); shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

case(
    url="https://xcb.qhnu.edu.cn/info/1009/8854.htm", shell="A", site_name="党委宣传部", crumb=["首页", "工作动态"],
    headline=None, meta=None,
    paras=[
        "为进一步扎实推进与对口支援高校图书馆的交流与合作,实现资源共享,我校图书馆与北京师范大学图书馆达成合作协议,自2023年7月开始为我校师生开放北京师范大学图书馆主办的专家线上讲座。10月至11月期间,我校图书馆组织全校师生参加线上专家讲座4场,共计4137人次线上聆听讲座。",
        "讲座内容丰富,涉及中国哲学、“一带一路”、人物传记、城市建设等多方面内容。专家们通过生动有趣的讲解,让师生在轻松愉悦的氛围中收获知识和技能,激发了我校师生的学习兴趣和热情,享受到对口支援高校的优质教育资源。",
        "通过讲座,我校师生更加深入了解了中华优秀传统文化,增强了文化自信心和民族自豪感。",
    ],
    foot_src="hidden_layer.html",
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["hidden-layer-sold-links"],
        spam_strings=["伟德亚洲", "太阳城", "博彩通", "Kopfhörer"],
        origin="hidden link layer verbatim from a JSP copy of an academic journal's homepage committed to a public "
               "repository, " + (CODE % "49319574572") + ": a visibility:hidden absolutely-positioned div of bought links "
               "(two betting brands, a betting portal, a headphone shop) left in the copied template. Hidden from a "
               "reader, read by crawlers and text extractors. Placed before the footer of a rebuilt page around a "
               "pages-corpus capture of a university news item (title not captured: null)",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

case(
    url="http://www1.bhu.edu.cn/fpage/pgeneral/view.asp?boardid=bd_zhzx&newsid=30310", shell="D", site_name="渤海大学",
    crumb=["首页", "综合新闻"], headline="学校第二届“书香渤大读书文化节”圆满落幕", meta="文章发布时间:2020-12-11",
    paras=[
        "近日,学校第二届“书香渤大读书文化节”圆满落幕。12月10日,学校在图书馆学术报告厅举行闭幕式,图书馆领导班子成员、学校部分师生代表参加了闭幕式活动。",
        "闭幕式上,对本届读书文化节系列活动进行了全面总结,对于积极参与读书文化节系列活动的赵玉峰、宫勋、齐懿等70余名师生进行了表彰。同时活动邀请党委常委、组织部部长林喦教授作了题为《在书海中寻找智慧——谈阅读的思维与方法》的讲座。 第二届“书香渤大读书文化节”以“世界读书日”为活动起点,历时9个月,先后举办了“阅读之星”评选、“文献信息资源与检索利用”系列讲座、“同心战疫云朗诵大赛”等30余场次活动。通过开展形式多样、健康向上,具有特色的校园读书文化品牌活动,进一步激发了全校师生的阅读兴趣,在全校营造了浓厚的读书氛围。",
    ],
    foot_src="sold_block.html",
    truth=dict(
        title="学校第二届“书香渤大读书文化节”圆满落幕", date="2020-12-11", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["sold-keyword-link-block"],
        spam_strings=["影音先锋资源", "澳门新葡京", "百家乐", "bwin"],
        origin="sold link block ('商务', keyword anchors such as a casino brand and 百家乐 pointing at unrelated news URLs, "
               "plus a porn-resource site) verbatim from a saved homepage of a film portal committed to a public "
               "repository, " + (CODE % "25847754451") + "; moved, with its heading, into the footer link area of a rebuilt "
               "page around a pages-corpus capture of a university news item. Visible text: the anchors",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

case(
    url="https://tsg.bzmc.edu.cn/2012/1229/c793a72041/page.htm", shell="E", site_name="图书馆", crumb=["首页", "通知公告"],
    headline="关于举办2011大学生读书论坛的通知", meta="发布时间:2012-12-29作者: 供稿审核人: 浏览次数:39", encoding="gbk",
    paras=[
        "为充分发挥图书馆的资源优势以及图书馆在大学生素质教育中的作用,给广大阅读爱好者提供一个知识和信息交流的自由空间,以引导和启发更多的同学多读书、读好书,创建书香校园。图书馆决定举办第八期大学生读书论坛。",
        "一、论坛主题:阅读经典 润泽人生",
        "二、活动安排:",
        "预赛:2011年11月8日晚6:30-9:00",
        "11月9日晚6:30-9:00",
        "地点:图书馆会议室(604房间)",
        "决赛:2011年11月10日晚7:00",
        "地点:图书办公楼六楼学术报告厅",
        "三、报名方式及地点:",
        "11月8日前到图书馆办公室(606房间)报名,根据报名顺序安排预赛场次。",
        "四、组织方式:",
        "读者通过阅读文化典籍,撰写读书心得,并进行现场演讲。设一等奖2名,二等奖4名,三等奖6名,参赛选手均有小纪念品赠送。同时给获奖选手颁发荣誉证书并给予物质奖励,评选出的优秀作品编辑成册并向校报推荐。",
        "图书馆",
        "2011年10月17日",
    ],
    top_src="random_bg.html",
    truth=dict(
        title="关于举办2011大学生读书论坛的通知", date="2012-12-29", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["top-link-strip-casino-porn"],
        spam_strings=["亚博美女赌场", "澳门现金赌场", "澳门新葡京", "鲍鱼全球黄播", "澳门威尼斯人", "澳门葡京赌场", "天天送红包",
                      "【开元棋牌】", "现金棋牌", "91成人抖音"],
        origin="visible link strip (ten casino/chess-card/porn anchors) verbatim from a saved Discuz forum page in a "
               "public repository, " + (CODE % "16888302923") + "; there it is the forum's own ad strip under the header, here "
               "it is placed in the same spot (right under the header) of a rebuilt page around a pages-corpus capture "
               "of a university library notice, standing for the strips injected into hijacked sites. The notice's date "
               "line is as captured (publication date 2012-12-29; the event dates inside are 2011)",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

case(
    url="https://www.view.sdu.edu.cn/info/1022/164913.htm", shell="A", site_name="山东大学新闻网",
    crumb=["视点首页", "综合新闻"], headline="山东大学第九届图书馆文化节开幕式在一校三地同步举行",
    meta="发布日期:2022年04月23日 14:43 点击次数:",
    paras=[
        "[本站讯]4月23日,在第27个世界读书日来临之际,山东大学第九届图书馆文化节开幕式暨第二期山东大学堂首讲在一校三地同步举行,面向全体师生进行线上直播。山东大学校长助理、青岛校区党工委常务副书记邢占军出席开幕式并致辞。",
        "邢占军表示,图书馆始终坚持以读者为中心,开展了一系列探索、改革和服务创新工作,尤其是在疫情防控背景下,图书馆坚持3D工作思路,通过高度负责的服务精神和立足实际的创新举措,做到了想读者之所想、思读者之所需、为读者办实事,展现了强有力的科研支撑作用和独到的人文关怀。他希望图书馆继续牢固树立精耕细作意识,发挥文化引领作用,向智慧化研究型强馆转型,努力建成世界一流大学图书馆,为学校实现“十四五”事业发展目标提供坚实支撑。",
        "2022年是中国共青团成立一百周年,本届图书馆文化节以“青年读·青年思·青年共创未来”为主题,按照习近平总书记“坚持正确政治方向,弘扬优秀传统文化,创新服务方式,推动全民阅读,更好满足人民精神文化需求”的指示,围绕学校文化引领战略指导精神,开展了山东大学堂、信息素养竞赛、发展科学之美等系列品牌活动,旨在打造促进新型学术文化交流、顺应学科融合发展,整合、汇集校内外智力、人才和学术资源的学术文化交流平台。",
        "第二期山东大学堂系列讲座的主题是“百年变局下的中国与世界”。",
    ],
    script_src="appbox_a.js",
    truth=dict(
        title="山东大学第九届图书馆文化节开幕式在一校三地同步举行", date="2022-04-23", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["jquery-appended-app-ad-links"],
        spam_strings=["麻豆传媒APP", "软软成人直播APP", "51成漫APP", "大神成人直播APP", "澳门新葡京"],
        origin="ad-injecting script verbatim from a public repository, " + (CODE % "49027677081") + ": jQuery prepends an "
               "'appbox' into #contentlist and appends shuffled porn-app and casino anchors, plus a banner on "
               "search/content URLs. The keeper wraps the article in a #contentlist div and includes jQuery so the script "
               "runs; a browser shows the anchors above the article, an extractor sees the anchor texts in the script. "
               "Article text: pages-corpus capture of a university news page (last paragraph cut at the capture's last "
               "whole sentence); shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="http://xianning.cjyun.org/p/96947.html", shell="D", site_name="云上咸宁", crumb=["首页", "县市区"],
    headline="崇阳禁毒宣传进校园 警校共建防火墙", meta=None,
    paras=[
        "云上咸宁报道(通讯员 金硕 陈雯 佘帅兵)10月25日,崇阳县公安局联合崇阳县桃溪中学举行“珍爱生命 远离毒品”禁毒宣传教育活动,该县公安局禁毒民警和桃溪中学2000余名师生参加此次活动。",
        "该县公安局禁毒大队民警在此次活动中当起了小老师,从我国禁毒史和当前现状谈起,向广大师生介绍了毒品的种类、吸毒成瘾的表现及危害,从法律的角度阐述了打击毒品犯罪的法理依据,并教育学生认识毒品、抵御毒品。",
        "活动结束后,同学们纷纷表示,通过此次禁毒宣传进校园活动,让大家对毒品有了一定的认识,树立了自觉抵制毒品的意识。据介绍,此次禁毒宣传进校园活动作为崇阳县公安局的禁毒宣传系列活动,将在崇阳多所中学开展。",
    ],
    captions={1: ["(同学们依参观禁毒宣传教育系列专栏)"]}, after=["(编辑 陈玲 实习编辑 董瑞娟)"],
    script_src="appbox_b.js",
    truth=dict(
        title="崇阳禁毒宣传进校园 警校共建防火墙", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["jquery-appended-app-ad-links"],
        spam_strings=["初潮成人直播", "花芯秒播App", "蜜桃传媒APP", "抖阴成人短视频", "澳门新葡京"],
        origin="second variant of the same ad-injecting script (different anchors and hosts) verbatim from a public "
               "repository, " + (CODE % "24135357915") + "; same network as rc36b-010. Keeper adds the #contentlist wrapper "
               "and a jQuery include so it runs. Article text: pages-corpus capture of a city news-portal item (photo "
               "caption and editor line shown, not in the truth text); shell rebuilt",
        kind="real-injection-in-rebuilt-page", capture="text+code"),
)

case(
    url="https://jjwmsj.cbg.cn/show/7783-2698615.html", shell="B", site_name="江津文明", crumb=["首页", "文明实践"],
    headline=None, meta=None,
    paras=[
        "为加强校园毒品预防和宣传力度,提高青少年毒品预防意识和能力。3月15日,贾嗣镇平安建设办联合贾嗣派出所、贾嗣司法所、贾嗣镇团委在江津四中开展以禁毒为主题的法制知识讲座。",
        "针对青少年好奇心强、抗诱惑能力较弱等特点,宣讲民警结合典型案例,用通俗的语言向同学们讲解毒品的界定、种类、危害,以及新型毒品的花样伪装,提升青少年拒毒、识毒、防毒和自我保护能力,同时也鼓励他们向周围的同学及家人朋友宣传。随后,还讲解了预防校园欺凌知识、反诈常识等。",
        "活动中,禁毒社工、禁毒志愿者通过分发禁毒宣传资料、展示毒品仿真模具,让师生们直观认识了种类繁多的毒品,进一步了解毒品的危害,学习预防技巧,增强禁毒意识。",
        "青少年是祖国的未来。此次禁毒宣传进校园活动,抓住青少年宣传教育的先机,强化了法治宣传力度,进一步提高了广大青少年拒毒、防毒的意识。接下来,贾嗣镇将继续壮大禁毒志愿者队伍,扩大宣传力量,为辖区居民营造一个绿色、健康、无毒的生活环境。",
    ],
    foot_src="hidden_copyright.html",
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=True, legit=False, lang="zh",
        injections=["hidden-div-seo-links"],
        spam_strings=["电视机推车", "液晶电视机挂架", "液晶电视推车", "昆山泓杰电子股份有限公司"],
        origin="display:none 'copyright' div of SEO anchors for a TV-mount maker, verbatim from the saved homepage of a "
               "county news site committed to a public repository, " + (CODE % "19274200794") + " (that page is also "
               "gambling-hijacked in its <head>; only this footer block is used here, cut before its trailing broken "
               "stats script). Hidden from readers, read by crawlers and extractors. Placed before the footer of a "
               "rebuilt page around a pages-corpus capture of a district civilisation-portal item (title not captured)",
        kind="real-injection-in-rebuilt-page", capture="text+html"),
)

# ------------------------------------------------------------------ legit ------------------------------------------

case(
    url="http://tyj.cq.gov.cn/zwgk_253/fdzdgknr/zcwj/gwybmgz/202209/t20220927_11145773_wap.html", shell="B",
    site_name="重庆市体育局", crumb=["首页", "政务公开", "政策文件"], headline=None, meta=None,
    paras=[
        "(2012年1月18日财政部、民政部、国家体育总局令第67号公布,根据2018年8月16日《财政部、民政部、国家体育总局关于修改<彩票管理条例实施细则>的决定》修订)",
        "第一章 总则",
        "第一条 根据《彩票管理条例》(以下简称条例),制定本细则。",
        "第二条 条例第二条所称特定规则,是指经财政部批准的彩票游戏规则。",
        "条例第二条所称凭证,是指证明彩票销售与购买关系成立的专门凭据,应当记载彩票游戏名称,购买数量和金额,数字、符号或者图案,开奖和兑奖等相关信息。",
        "第三条 财政部负责全国的彩票监督管理工作,主要职责是:",
        "(一)制定彩票监督管理制度和政策;",
        "(二)监督管理全国彩票市场以及彩票的发行和销售活动,监督彩票资金的解缴和使用;",
        "(三)会同民政部、国家体育总局等有关部门提出彩票公益金分配政策建议;",
        "(四)审批彩票品种的开设、停止和有关审批事项的变更;",
        "(五)会同民政部、国家体育总局制定彩票设备和技术服务标准;",
        "(六)审批彩票发行机构财务收支计划,监督彩票发行机构财务管理活动;",
        "(七)审批彩票发行机构的彩票销毁方案。",
        "第四条 民政部、国家体育总局按照各自的职责分别负责全国的福利彩票、体育彩票管理工作,主要职责是:",
        "(一)制定全国福利彩票、体育彩票事业的发展规划和管理制度;",
        "(二)设立福利彩票、体育彩票发行机构;",
        "(三)制定民政部门、体育行政部门彩票公益金使用管理办法,指导地方民政部门、体育行政部门彩票公益金的使用和管理;",
        "(四)审核福利彩票、体育彩票品种的开设、停止和有关审批事项的变更;",
        "(五)监督福利彩票、体育彩票发行机构的彩票销毁工作;",
        "(六)制定福利彩票、体育彩票的代销合同示范文本。",
    ],
    subheads=[1],
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages-corpus capture of a municipal sports bureau's policy-document page carrying the lottery "
               "regulation's implementing rules (its own publication on its own site: legit, not a copy); the capture "
               "starts below the headline (title null) and is cut after article 4; shell rebuilt",
        kind="rebuilt-from-text", capture="text"),
)

case(
    url="http://hnlx.org.cn/show_c.php?id=5367&t=2", shell="E", site_name="政策法规", crumb=["首页", "政策法规"],
    headline="彩票管理条例实施细则", meta=None,
    paras=[
        "第一章 总 则",
        "第一条 根据《彩票管理条例》(以下简称条例),制定本细则。",
        "第二条 条例第二条所称特定规则,是指经财政部批准的彩票游戏规则。",
        "条例第二条所称凭证,是指证明彩票销售与购买关系成立的专门凭据,应当记载彩票游戏名称,购买数量和金额,数字、符号或者图案,开奖和兑奖等相关信息。",
        "第三条 财政部负责全国的彩票监督管理工作,主要职责是:",
        "(一)制定彩票监督管理制度和政策;",
        "(二)监督管理全国彩票市场以及彩票的发行和销售活动,监督彩票资金的解缴和使用;",
        "(三)会同民政部、国家体育总局等有关部门提出彩票公益金分配政策建议;",
        "(四)审批彩票品种的开设、停止和有关审批事项的变更;",
        "(五)会同民政部、国家体育总局制定彩票设备和技术服务标准;",
        "(六)审批彩票发行机构财务收支计划,监督彩票发行机构财务管理活动;",
        "(七)审批彩票发行机构的彩票销毁方案。",
    ],
    subheads=[0], encoding="gb18030",
    truth=dict(
        title="彩票管理条例实施细则", date=None, source=None, author=None, hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages-corpus capture of an association's policy page reprinting the lottery regulation's implementing "
               "rules under its own chrome (a reprint, not a mirror: hijacked false); cut after article 3; shell "
               "rebuilt, GB18030",
        kind="rebuilt-from-text", capture="text"),
)

case(
    url="https://drbdp.com/4-6039426.html", shell="D", site_name="知识问答", crumb=["首页", "生活常识"],
    headline=None, meta="时间:09-16人气:21作者:坟场的蹦迪",
    paras=[
        "体育彩票采用特许经营模式,由国家体育总局体育彩票管理中心统一管理,各省设立分支机构负责销售。实体销售点遍布全国,包括彩票站、超市、便利店等场所。购买者通过选号或机选方式购买,资金由系统自动分配,一部分作为奖金返还,一部分作为公益金,剩余作为发行费用。2022年全国体育彩票销量超过2000亿元,累计筹集公益金超过6000亿元,用于支持体育事业和公益事业。",
        "体育彩票还发展了多种销售渠道,包括手机APP、网站等线上平台,方便公众随时随地购买。彩票类型丰富,传统足球彩票、篮球彩票,以及即开型、数字型等多种形式满足不同需求。中奖者通过系统自动兑奖,小额奖金可直接在销售点领取,大额奖金需到指定地点办理。体育彩票注重责任彩票建设,设置销售限额、禁止向未成年人销售等规定,确保健康有序发展。",
    ],
    after=["注意:本站部分文字内容、图片由网友投稿,如侵权请联系删除,联系邮箱:happy56812@qq.com"],
    truth=dict(
        title=None, date=None, source=None, author="坟场的蹦迪", hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages-corpus capture of a Q&A content site's answer on how the sports lottery is run (lawful lottery "
               "topic on the site's own chrome: legit); headline not captured (null); the site's takedown notice is "
               "shown but not article text; shell rebuilt",
        kind="rebuilt-from-text", capture="text"),
)

case(
    url="http://cz.jzgczz.com/infos/40782.html", shell="C", site_name="记者观察网", crumb=["首页", "山西"],
    headline=None, meta=None, top_lines=["网上有害信息举报专区"],
    paras=[
        "记者观察网山西10月19日电 为进一步净化社会风气,严厉打击涉赌违法犯罪,近日,长治市公安局潞城分局治安大队在“秋风一号”百日攻坚专项行动中主动出击、精密部署成功捣毁一赌博窝点,抓获涉赌违法人员9名。目前,9名违法嫌疑人已被依法行政拘留。",
        "警方提示:公安机关定将严厉打击查处任何时候任何形式的涉赌行为,绝不手软,参赌人员切勿心存侥幸,广大群众要自觉远离赌博行为,同时也希望广大群众积极向警方举报涉赌违法犯罪行为。(唐科伟 翟俊彪)",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None, hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages-corpus capture of a news site's own report on police breaking up a gambling den (anti-gambling "
               "enforcement news: legit); headline not captured (null); shell rebuilt",
        kind="rebuilt-from-text", capture="text"),
)
