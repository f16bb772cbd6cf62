# -*- coding: utf-8 -*-
# Real cases, part C: more composites (snippets quoted in https://github.com/magicblack/maccms8/issues/12 set into
# real clean pages' captured text) and one keyword substitution captured on an unrelated host.
from cases_b import LEFENG, LOADERS3
CASES = []
def add(**k):
    CASES.append(k)
ISSUE = "https://github.com/magicblack/maccms8/issues/12"

add(url="https://sports.hnu.edu.cn/info/1042/1640.htm", lang="zh", form="external-script-loaders", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="体育学院", title="党委宣传部成黎明部长一行来院调研交流", date=None, author="刘庭白  刘晖  庞丽娜", source=None, byline=None,
    after_title=LOADERS3, spam=[], code=LOADERS3,
    paras=["4月21日,校党委宣传部常务副部长成黎明一行来我院调研交流体育文化建设及宣传工作。会议由院党委书记田祖国主持,院长王祚亮、党委副书记李小龙、组织员刘庭白等相关人员参加了会议。",
           "会上,王祚亮、李小龙、刘庭白分别就学院体育工作情况和体育场馆现状、“微爱筑梦”公益跑活动、学院宣传工作理念和宣传工作方案等作了介绍,并且希望与校党委宣传部就学校体育文化宣传进一步加强沟通联系,建立联动机制,通力合作,做好学校体育文化建设全方位的宣传报道。",
           "成黎明部长充分肯定了学院在体育文化建设方面所做出的成绩,同时也希望学院多提供宝贵的新闻素材,为营造学校浓厚的体育文化氛围,打造一流大学的一流宣传工作作出应有的贡献。戚家坦副部长表示一定会为学院做好宣传服务工作,同学院一起做好体育的新闻策划和方向引领工作。",
           "会上,大家还就体育文化建设和体育文化氛围营造进行了广泛深入的交流研讨。",
           "供稿刘庭白  刘晖  庞丽娜"],
    note="three loaders after the headline of a real college page; nothing visible; author from the closing credit line.")

add(url="https://miaowang289.com/dtytz/zhdt/146639.html", lang="zh", form="external-script-loaders", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="综合动态", title=None, date=None, author=None, source=None, byline=None,
    after_title=LEFENG * 4, spam=[], code=LEFENG,
    paras=["4月17日—18日,我校召开春季田径运动会,学院领导非常重视,周密安排,师生积极参与,勇于拼搏,成绩突出。我院教工队获团体总分第二名。学生队获男女团体总分第六名、男子团体总分第五名、女子团体总分第八名及精神文明等四项奖。",
           "在这里,学院向队员们致以崇高的敬意和热烈的祝贺,祝愿他们在今后的工作、学习中再创佳绩。"],
    note="clean college news copied on an unrelated host (no spam in the capture); the loader tag four times set before the text; nothing visible.")

add(url="https://guayunfan.com/lilun/145519.html", lang="zh", form="external-script-loaders", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="理论", title="第四节 证券新闻报道的分类与要求", date=None, author=None, source=None, byline=None,
    after_text=LOADERS3, spam=[], code=LOADERS3,
    paras=["一、证券新闻的分类",
           "证券新闻按报道内容一般可分为两类:一是市场新闻,二是公司新闻。",
           "(一)市场新闻",
           "市场新闻侧重从宏观政策上对证券市场进行报道,来自国内外市场、上市公司、管理层以及国家政策、法规层的消息均属此列,这些又被称做是消息面;银行利率升降、证券市场相关规章制度的推出等,对于证券新闻的受众来说,这些信息是满足其基本需要的,是其从事投资理财所必需的。证券产品是一种信息决定产品,消息面的任何风吹草动都可能导致股市的巨大波动。"],
    note="three loaders placed after the article text (footer position) of a real textbook-chapter page; nothing visible.")

add(url="https://www.szzy.edu.cn/17/info.aspx?itemid=40166", lang="zh", form="script-tag-text-in-title-and-loader", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="News", title=None, date=None, author=None, source=None, byline=None,
    title_inject=LEFENG * 2, spam=[LEFENG],
    paras=["2月21日上午,党委副书记、院长陈东旭到新建体育馆调研指导工作。陈东旭一行察看了篮球馆、乒乓球馆、羽毛球馆、武道馆等功能场馆和部分办公场所,对各场馆建设情况及各场馆功能等方面进行了细致的了解,施工单位介绍了体育馆建设基本情况及相关数据,体育教研室负责人介绍了各场馆的功能。"],
    note="the script tag appended to the page-name field: literal text inside <title>, a live loader in the body heading; the capture has no headline (title null).")

add(url="https://gw-alumni.gdufs.edu.cn/article/2090", lang="zh", form="script-tag-text-in-title-and-loader", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="校友会", title=None, date=None, author=None, source=None, byline=None,
    title_inject=LEFENG * 3, spam=[LEFENG],
    paras=["本网讯 今年,大学城校区(南校区)建设迎来了十周年。11月5日,我校举办了一场以“十年南校:成就与展望”为主题的南校建设10周年书记茶叙活动。校党委书记隋广军与南校建设师生代表一起回顧总结南校10年的发展成果和经验,并展望南校未来进一步发展的前景。".replace("回顧", "回顾"),
           "参加茶叙活动的还有:原副校长、原南校区管委会委员主任董小麟等12名原南校管委会代表,驻南校学院负责人,相关部处负责人,首批进驻大学城的教师代表和辅导员代表。不能前来参加茶叙会的原党委书记、校长徐真华也特地发来书面发言稿。党委宣传部部长胡文涛主持该活动。",
           "茶叙会现场", "党委书记隋广军发言"],
    note="as rc with the name field: tag text in <title>, live loader in the heading; no headline in the capture (title null).")

add(url="http://buddies-baby.com/info/1089/5217.htm", lang="zh", form="betting-keyword-substituted-for-school",
    spam=["足球比分"], sitename="新闻中心", title=None, date=None, author=None, source=None, byline=None,
    paras=["10月30至31日,校第27届田径运动会举行。校党政领导班子成员出席开、闭幕式。",
           "本次运动会期间,阴雨不断,运动员克服不利天气,顽强拼搏,团结互助,裁判员坚守岗位,公正评判,广大师生热情服务,加油助威,各学院、各单位组织有序,尽职尽责,展现了良好的精神风貌。",
           "近900名学生运动员参加了本次运动会,共有机械学院程刚等4人打破男子110米栏等4项校记录。经管学院、建工学院、艺术学院获团体总分前三名;艺术学院、信息学院、经管学院获女子团体总分前三名;机械学院、经管学院、电气学院获男子团体总分前三名。理学院、成教学院、建工学院、生化学院获精神文明奖。600多名教工参加了角逐,后勤公司分工会、机关分工会、信息学院分工会获教工团体总分前三名。",
           "据悉,11月,足球比分将启动“校体育文化月”活动,进一步推动全民健身运动广泛深入开展。"],
    note="university news copied on an unrelated host with the school's name replaced once by a betting keyword (a single substitution, no brand header); truth text drops the keyword.")

add(url="http://www.xjishu.com/zhuanli/07/201910025030.html", lang="zh", form="script-tag-text-in-title-and-loader", kind="real-injection-in-real-page", inj_issue=ISSUE,
    sitename="技术", title="一种游戏数据处理的系统及方法、电子设备、存储介质与流程", date="2019-05-24", author=None, source="国知局",
    byline="文档序号:17746629发布日期:2019-05-24 20:41阅读:209来源:国知局",
    title_inject=LEFENG, spam=[LEFENG],
    paras=["本发明涉及游戏领域,特别是涉及一种游戏数据处理的系统及方法、电子设备、存储介质。",
           "背景技术:",
           "目前,平衡性是衡量网络游戏优劣的一个重要因素,如当游戏中存在多个可供选择的游戏角色时,若某个游戏角色过于强大,游戏的平衡性降低,则可能会使得玩家集中选择该游戏角色,降低游戏性。",
           "在现有技术中,通常采用客户端对游戏角色进行重复测试,然后由策划人员根据测试结果进行平衡性调整,而这种方式是由玩家手动测试,且平衡性调整依赖于策划人员的主观评价,不够准确,影响游戏的平衡性。"],
    note="the script tag appended to the headline field of a real patent page: literal text in <title>, live loader in the <h1>.")
