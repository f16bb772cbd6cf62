# -*- coding: utf-8 -*-
"""Real cases of split v34b (second keeper of v34): captured text, verbatim from the `search` tool's
pages corpus, and the truth for each page.  build.py wraps every capture in a rebuilt shell
(capture "text", kind "rebuilt-from-text").

Fields used by build.py besides the truth:
  shell      which rebuilt chrome (see build.py SHELLS)
  sitename   the site name the shell shows (for brand-in-place clones: the brand, as such clones
             show it everywhere)
  page_title what the rebuilt <title> holds (the captured top line when the capture opens with one)
  top        lines the capture shows above the page (spam top lines, chrome lines), in order
  crumb      breadcrumb line as captured (or None)
  headline   the headline as shown on the page (or None when the capture has none)
  meta       byline lines as captured
  pre        lines between byline and article (e.g. a Q&A farm's "best answer" line), not article
  paras      the article paragraphs as shown on the page (injected strings included)
  imgs       {paragraph index: [alt texts]} images shown after that paragraph
  post       lines after the article (publisher lines, related lists, spider-pool footers)
  post_list  True when `post` is a related-headline list
  footer     footer lines
  encoding   encoding of the written page
Truth text = paras with the injected strings removed (see each case's origin).
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# 1 ------------------------------------------------------------------ brand in place of a college
case(
    url="http://alaskayogaadventures.com/fSZSfXzYdn/info/1030/11392.htm",
    shell="school",
    sitename="米兰体育",
    page_title="米兰体育",
    top=[],
    crumb="首页 > 学院新闻 > 正文",
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "12月20日下午,为迎接2024年学院建院二十周年,米兰体育举办环校健康跑活动。学院全体教师、校友代表及学生代表共同参与本次活动。",
        "米兰体育院长王宗跃在活动致辞中号召师生昂扬精神跑起来、锐意进取勇冲锋,为建设“工海”特色更加鲜明的一流大学贡献力量。本次环校健康跑以陆大楼为起点,途经学院创办时的办公楼集诚楼、第五社区学生宿舍等打卡点,意在回顾创业历程、展望美好未来。",
        "作为20周年院庆预热活动,环校健康跑将让更多的师生校友关注学院事业发展,积极参与到学院未来的建设和发展中来。",
    ],
    imgs={},
    post=[],
    footer=["版权所有"],
    encoding="utf-8",
    remove=["米兰体育"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["米兰体育"],
        origin="pages corpus capture (search: '米兰体育 学院 新闻 发布时间'): a college's news item (a campus run for the "
               "college's 20th anniversary) on a cloned host under a random path, with a sports-betting brand standing in "
               "for the college's name; headline and date not captured (null); rebuilt shell with the brand as site name "
               "(such clones show it everywhere); text is the article minus the brand",
    ),
)

# 2 ------------------------------------------------------------------ brand in place of a university
case(
    url="http://zhongyuanfs.com/info/1012/6562.html",
    shell="school",
    sitename="亚星管理平台",
    page_title="亚星管理平台",
    top=[],
    crumb="首页 > 学院动态 > 正文",
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "弦歌不辍双甲子,书香育才百春秋。亚星管理平台120周年校庆倒计时一天之计,亚星管理平台校庆系列活动正式拉开了序幕。",
        "2016年9月28日上午9:00,化工学院门口开始热闹起来,我们迎来了第一批返校的老校友,他们是1973级2班化工机械专业的老校友,在志愿者的安排下他们开始井然有序地进行签到,接着便步入学院313会议室,和当年的老师、同学们寒暄,回忆当年的青春岁月。",
        "10:00左右,西北民族大学化工学院王彦斌院长、张宏教授、孙初锋教授还赠送了象征化工学院日益辉煌的泰山牌匾,王彦斌院长和川大化工学院庞国伟书记共同揭牌,表达出不同学校同一学院之间深厚的友谊。与此同时,美国太平洋西北国家实验室/华盛顿州立大学王勇教授还做了题为《生物质催化转化过程和固体催化剂的设计》的学术报告。",
    ],
    imgs={1: ["DSC00266.jpg", "DSC00272.jpg"], 2: ["DSC00276.jpg", "西北民大厚重礼品.jpg"]},
    post=[],
    footer=["版权所有"],
    encoding="utf-8",
    remove=["亚星管理平台"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["亚星管理平台"],
        origin="pages corpus capture (search: '亚星 官网 学院 新闻 举行 仪式'): a university chemical-engineering school's "
               "news item on its 120th-anniversary alumni day, on a cloned host, with a betting-platform brand standing in "
               "for the university's name; headline and date not captured (null); the capture's image lines are kept as "
               "images; the fourth, cut paragraph is dropped from page and text alike; text is the article minus the brand",
    ),
)

# 3 ------------------------------------------------------------------ generic gambling phrase in place of a university
case(
    url="http://www.moxianguvys.com/news/info/2171/633721.htm",
    shell="school",
    sitename="博彩平台推荐",
    page_title="博彩平台推荐",
    top=[],
    crumb="首页 > 新闻动态 > 正文",
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "博彩平台推荐10日正式启动90周年校庆。近2000名校友聚首学校南校区大草坪,身着博彩平台推荐特制的学位服,举行了一场特殊的“学位成礼仪式”,以这种特别的方式庆祝母校华诞。",
        "当天也是博彩平台推荐的“校友日”。在启动仪式上,主席台就坐的是该校各院系的老教授代表,而非行政领导。校方表示,让老教授坐在主席台的重要位置,彰显了母校尊重知识、尊重学术的氛围。",
        "2008年博彩平台推荐正式确立校友日,于11月第二个星期六邀请海内外校友回校庆祝,并为毕业、入学逢十年的同学举办专项纪念活动。2012年恰逢77、78级毕业三十周年,博彩平台推荐特意为这批校友举办了类似应届毕业生“学位授予仪式”的“学位成礼仪式”,并邀请2012年值年的82级、92届校友一同参与,重温当年毕业时的庄严与激动,让大家和师弟、师妹们一样感受学位授予仪式的庄严与神圣。",
        "2014年11月12日,孙中山先生手创博彩平台推荐将迎来90周年的重要时刻。在10日举行的校友日上,博彩平台推荐校长许宁生及博彩平台推荐教授代表——“中国MPA之父”夏书章以及博彩平台推荐校友代表——中国著名词曲作家陈小奇等共同启动了博彩平台推荐90周年校庆。",
        "校方表示,将陆续举办系列庆祝活动。而博彩平台推荐90周年校庆的首场大型活动,正是计划于明年一季度举办的中国流行乐坛领军人物、博彩平台推荐78级中文系校友陈小奇作品的澳大利亚——新西兰巡演。",
    ],
    imgs={},
    post=[],
    footer=["版权所有"],
    encoding="utf-8",
    remove=["博彩平台推荐"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["博彩平台推荐"],
        origin="pages corpus capture (search: '亚星 官网 学院 新闻 举行 仪式'): a university's report on the launch of its "
               "90th-anniversary celebrations (alumni day), on a cloned host, with a gambling keyword phrase ('betting "
               "platform recommendations') standing in for the university's name throughout; headline and date not "
               "captured (null); text is the article minus the phrase",
    ),
)

# 4 ------------------------------------------------------------------ brand in place of a city, spam top line, on a civilisation-office page copy
case(
    url="http://jinouka.com/index/rdjj/202003/t20200331_6384256.html",
    shell="wenming",
    sitename="中国文明网_梧州",
    page_title="新英体育,新英体育app",
    top=["新英体育,新英体育app"],
    crumb=None,
    headline="新英体育,新英体育app:首批生态环境宣传教育实践基地授牌",
    meta=["发表时间:2020-03-31    来源:     [打印] [关闭]"],
    pre=[],
    paras=[
        "3月30日,市生态环境局为新英体育,新英体育app:首批2家生态环境宣传教育实践基地授牌,分别是广西碧清源环保投资有限公司、梧州粤海环保发展有限公司(新英体育,新英体育app:第一污水处理厂),为公众学习环保知识、参与环保实践提供了一个兼具生态环保特色与梧州地域特色的展示平台。目前,被授牌的基地已向社会开放,市民可预约参观。",
        "碧清源生态环境宣传教育实践基地分为环保科普教育展示厅、污水处理流程科普区、一体化纳米陶瓷膜净水设备科普区、生态湿地共四大部分,通过采用图文、设备实物、互动多媒体等多种手段进行打造。基地还利用现有的塘堰、沟渠,连塘成湖,种植水生美人蕉等多种植物脱除水体中氮、磷等植物营养物质,让新英体育,新英体育app市民可以近距离了解纳米陶瓷膜工艺等先进污水处理技术和植物多样性的同时,还可以感受基地景观的自然之美、生态之美。",
        "粤海生态环境宣传教育实践基地则依托市第一污水处理厂进行打造。据介绍,市第一污水处理厂是广西首个10万吨级MBR工艺污水处理厂,在“四季常绿,三季有花”的园林式厂区内,市民可以看到市政污水经过特殊工艺处理后可用于绿化灌溉、园林景观的全过程,深入了解水资源循环利用的环保知识。",
    ],
    imgs={},
    post=[],
    footer=["主办单位 版权所有"],
    encoding="gbk",
    remove=["新英体育,新英体育app:", "新英体育,新英体育app"],
    truth=dict(
        title=None, date="2020-03-31", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["spam-keyword-top-line", "brand-in-place-name"],
        spam_strings=["新英体育,新英体育app", "新英体育"],
        origin="pages corpus capture (search: '市某某环保机械设备教育中心'): a city civilisation-office site's news item "
               "(first environmental-education bases awarded) copied whole onto an unrelated host (the office's own "
               "chrome lines kept) under a sports-betting brand line, the brand also standing in for the city's name in "
               "headline and body: a mirror with spam, so hijacked; the true headline is not written on the page, so "
               "title is null; the shown 来源 is empty (null); the last, cut paragraph is dropped; text is the article "
               "minus the brand (with the colon it brought); rebuilt shell written in GBK (shell choice, not captured)",
    ),
)

# 5 ------------------------------------------------------------------ spun wire copy with filler company names
case(
    url="http://dfktu.hgtkbf.com/html/82f099884.html",
    shell="farm",
    sitename="hgtkbf",
    page_title="中国板球学院成立,以备战奥运会为核心",
    top=[],
    crumb=None,
    headline="中国板球学院成立,以备战奥运会为核心",
    meta=[],
    pre=[],
    paras=[
        "由国家体育总局小球运动管理中心与天津体育学院共建的中国中国板球学院,15日正式在天津体育学院成立。板球备战",
        "中国板球学院将以天津体育学院“训、学院陇南市某某环保机械设备教育中心科、成立医、奥运教、为核心服”一体化高水平的中国资源优势为依托,以备战奥运会为核心,板球备战构建适应板球项目发展需求的学院中专、本科、成立研究生接续培养体系,奥运陇南市某某环保机械设备教育中心长期、为核心系统、中国多元化培养板球项目专业人才和后备人才。板球备战同时,学院中国板球学院将开展科研项目研究、国际合作交流与文化传播,致力于成为集教学、科研、训练、竞赛、培训、文化传播与交流于一体的国际一流单项运动学院。",
        "板球运动起源于英国,盛行于印度、澳大利亚、南非等国家。板球也是2028年洛杉矶奥运会正式比赛项目。国家体育总局小球运动管理中心主任贺凤翔表示,板球运动近年在我国发展很快,中国板球学院的成立,对于板球项目发展、人才培养、科学研究、奥运备战等,都有重要意义。",
        "天津体育学院党委书记张立顺说,天津体育学院将深化体教融合,高水平建设中国板球学院,努力培养高层次板球人才,为中国板球事业发展增势赋能。",
        "国际板球理事会副主席伊姆兰当天在成立仪式上说,中国具有悠久的历史,社会充满活力,人民对体育充满热情,这些都是板球运动开展的重要基础。国际板球理事会将把中国作为重要的发展伙伴,期待中国成为全球具有竞争力的板球大国。",
    ],
    imgs={},
    post_list=True,
    post=["·四川自贡市荣县发生3.0级地震 震源深度6公里", "·财经观察:存储芯片紧俏,手机价格响起“涨”声?",
          "·腾势D9完成第30万辆交付 潘晓婷成里程碑车主"],
    footer=[],
    encoding="utf-8",
    remove=["陇南市某某环保机械设备教育中心"],
    truth=dict(
        title="中国板球学院成立,以备战奥运会为核心", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["spun-copy-filler-names", "copy-on-unrelated-host"],
        spam_strings=["陇南市某某环保机械设备教育中心"],
        origin="pages corpus capture (search: '天博 体育 官方 学院 举办 讲座 来源'): a news agency's report on a cricket "
               "college founded at a sports university, copied onto a spider-pool subdomain with its phrases shuffled and "
               "a filler placeholder company name ('... some environmental machinery education centre') spliced in; a "
               "copy with spam on an unrelated host, so hijacked; the headline is the farm's rewrite, kept as title (it "
               "is the page's only headline); the shuffled keyword fragments cannot be told from the article and stay in "
               "text, only the filler name is removed; the related-headline list is kept in the page, out of text (its "
               "last, cut item dropped). Same wire story as rc34b-006/-007 under different injections",
    ),
)

# 6 ------------------------------------------------------------------ same network, another host, another filler
case(
    url="http://zhejiang.11bl.top/html/93f199849.html",
    shell="farm",
    sitename="11bl",
    page_title="中国板球学院成立,以备战奥运会为核心",
    top=[],
    crumb=None,
    headline="中国板球学院成立,以备战奥运会为核心",
    meta=[],
    pre=[],
    paras=[
        "由国家体育总局小球运动管理中心与天津体育学院共建的中国中国板球学院,15日正式在天津体育学院成立。板球备战",
        "中国板球学院将以天津体育学院“训、学院淮北市某某机电设备制造厂科、成立医、奥运教、为核心服”一体化高水平的中国资源优势为依托,以备战奥运会为核心,板球备战构建适应板球项目发展需求的学院中专、本科、成立研究生接续培养体系,奥运淮北市某某机电设备制造厂长期、为核心系统、中国多元化培养板球项目专业人才和后备人才。板球备战同时,学院中国板球学院将开展科研项目研究、国际合作交流与文化传播,致力于成为集教学、科研、训练、竞赛、培训、文化传播与交流于一体的国际一流单项运动学院。",
        "板球运动起源于英国,盛行于印度、澳大利亚、南非等国家。板球也是2028年洛杉矶奥运会正式比赛项目。国家体育总局小球运动管理中心主任贺凤翔表示,板球运动近年在我国发展很快,中国板球学院的成立,对于板球项目发展、人才培养、科学研究、奥运备战等,都有重要意义。",
        "天津体育学院党委书记张立顺说,天津体育学院将深化体教融合,高水平建设中国板球学院,努力培养高层次板球人才,为中国板球事业发展增势赋能。",
        "国际板球理事会副主席伊姆兰当天在成立仪式上说,中国具有悠久的历史,社会充满活力,人民对体育充满热情,这些都是板球运动开展的重要基础。国际板球理事会将把中国作为重要的发展伙伴,期待中国成为全球具有竞争力的板球大国。",
    ],
    imgs={},
    post_list=True,
    post=["·泽连斯基:努力确保明年以外交手段结束俄乌冲突", "·首映|《哆啦A梦:大雄的地球交响乐》:音乐与冒险之旅",
          "·《阿诺拉》斩获第77届戛纳电影节“金棕榈奖”"],
    footer=[],
    encoding="utf-8",
    remove=["淮北市某某机电设备制造厂"],
    truth=dict(
        title="中国板球学院成立,以备战奥运会为核心", date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["spun-copy-filler-names", "copy-on-unrelated-host"],
        spam_strings=["淮北市某某机电设备制造厂"],
        origin="pages corpus capture (search: '天博 体育 官方 学院 举办 讲座 来源'): the same spun wire copy as rc34b-005 "
               "on another host of the same spider-pool network, with a different filler placeholder company name "
               "('... some electromechanical equipment factory'); hijacked for the same reason; title, text and "
               "related-list handling as rc34b-005",
    ),
)

# 7 ------------------------------------------------------------------ Q&A-farm copy with a search phrase stuffed into the headline
case(
    url="http://www.hngb.cc/GPPgoXcG63.html",
    shell="qa_farm",
    sitename="hngb",
    page_title="中国板球学院在为什么会这样的韩语天津体院成立",
    top=[],
    crumb=None,
    headline="中国板球学院在为什么会这样的韩语天津体院成立",
    meta=["来源: 搜狐中国", "2024-05-16 12:18:46"],
    pre=["最佳回答", "“为什么会这样的韩语”中国板球学院在为什么会这样的韩语天津体院成立"],
    paras=[
        "新华社天津5月15日电(记者张泽伟)由国家体育总局小球运动管理中心与天津体育学院共建的中国板球学院,15日正式在天津体育学院成立。",
        "中国板球学院将以天津体育学院“训、科、医、教、服”一体化高水平的资源优势为依托,以备战奥运会为核心,构建适应板球项目发展需求的中专、本科、研究生接续培养体系,长期、系统、多元化培养板球项目专业人才和后备人才。同时,中国板球学院将开展科研项目研究、国际合作交流与文化传播,致力于成为集教学、科研、训练、竞赛、培训、文化传播与交流于一体的国际一流单项运动学院。",
        "板球运动起源于英国,盛行于印度、澳大利亚、南非等国家。板球也是2028年洛杉矶奥运会正式比赛项目。国家体育总局小球运动管理中心主任贺凤翔表示,板球运动近年在我国发展很快,中国板球学院的成立,对于板球项目发展、人才培养、科学研究、奥运备战等,都有重要意义。",
        "天津体育学院党委书记张立顺说,天津体育学院将深化体教融合,高水平建设中国板球学院,努力培养高层次板球人才,为中国板球事业发展增势赋能。",
        "国际板球理事会副主席伊姆兰当天在成立仪式上说,中国具有悠久的历史,社会充满活力,人民对体育充满热情,这些都是板球运动开展的重要基础。国际板球理事会将把中国作为重要的发展伙伴,期待中国成为全球具有竞争力的板球大国。",
    ],
    imgs={},
    post=["发布于:北京市", "声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。", "用户反馈 合作"],
    footer=["Copyright © 2023 Sohu All Rights Reserved"],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title=None, date="2024-05-16", source="搜狐中国", author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["keyword-stuffed-headline", "keyword-quote-line", "copy-on-unrelated-host"],
        spam_strings=["为什么会这样的韩语"],
        origin="pages corpus capture (search: '天博 体育 官方 学院 举办 讲座 来源'): a portal's repost of a news agency "
               "report copied onto a Q&A-farm host, with an unrelated search phrase ('why is it like this in Korean') "
               "stuffed into the headline and repeated in a quoted 'best answer' line; hijacked; the clean headline is "
               "not written on the page, so title is null; the shown 来源 (the portal) is kept as source; the "
               "'best answer' line, publisher statement and footer are in the page, out of text; the article itself "
               "carries no injected string",
    ),
)

# 8 ------------------------------------------------------------------ porn keyword line + spider-pool footer over a traditional-script sports copy
case(
    url="http://www.battelcry.com/news/118604.html",
    shell="mirror_trad",
    sitename="battelcry",
    page_title="精品国产福利久久久,台湾无码av一区二区三区,亚洲 欧美 综合 另类 中字,亚洲日韩成人av无码网站",
    top=["精品国产福利久久久,台湾无码av一区二区三区,亚洲 欧美 综合 另类 中字,亚洲日韩成人av无码网站"],
    crumb="當前位置: 首頁 > 足球 > 中超",
    headline="蘇超考古南京金陵大學史料:115年前南京就和蘇州踢過足球賽",
    meta=["2025-06-18 19:43:52"],
    pre=[],
    paras=[
        "體育播報6月13日宣 正在進行的“蘇超”聯賽近期破圈,賽事持續廣受關注讓人們看到了江蘇足球的深厚文化底蘊和良好的群眾基礎。根據揚子晚報近期在體育史學者的指導下找到的文獻,查找到了115年前“中國歷史上最早的全國足球比賽”的更多細節記述。",
        "報道指出,1910年在南京舉辦的“南洋勸業會”,是中國歷史上首次官辦國際性博覽會。“南洋勸業會”舉辦期間的1910年10月18日至10月22日,全國體育界人士在南京的“南洋勸業會”場地舉辦了中國有史以來第一次全國運動會。在南京舉辦的首屆全運會上,足球首次成為正式比賽項目。在報刊發布的比賽報道中,都明確提到了“足球(蹴球)”。",
        "根據最新發現的報道,當年有多支隊伍參加了首次全運會足球賽。 足球運動當時仍在普及期,除了華南代表隊,其他各個隊伍帶有是業余性質,而南京選手應該參加了115年前的這次全國足球賽事。",
        "據南京金陵大學史料的記錄,在全國運動會之前該校組織一支足球隊前往蘇州,與蘇州東吳大學展開比賽,“并從中選出三名優秀隊員,他們將與東吳大學組成一支聯合球隊參加全國體育運動會”。",
    ],
    imgs={},
    post=["主站蜘蛛池模板: 亚洲中文无码av永久| 亚洲欧美日韩中文高清www777| 久久亚洲中文无码咪咪爱| 欧美丰满老熟妇aaaa片| av无码天堂一区二区三区| 欧美日产国产精品日产| 美女极度色诱视频国产| 麻豆国产精品久久人妻| 艳妇乳肉豪妇荡乳| 国产成人高清精品免费软件| 国产男女性潮高清免费网站| 国产suv精品一区二区五|"],
    footer=[],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title="蘇超考古南京金陵大學史料:115年前南京就和蘇州踢過足球賽", date="2025-06-18", source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "spider-pool-footer-keyword-list", "copy-on-unrelated-host"],
        spam_strings=[
            "精品国产福利久久久,台湾无码av一区二区三区,亚洲 欧美 综合 另类 中字,亚洲日韩成人av无码网站",
            "主站蜘蛛池模板", "亚洲中文无码av永久", "亚洲欧美日韩中文高清www777", "久久亚洲中文无码咪咪爱",
            "欧美丰满老熟妇aaaa片", "av无码天堂一区二区三区", "麻豆国产精品久久人妻", "艳妇乳肉豪妇荡乳",
            "国产suv精品一区二区五",
        ],
        origin="pages corpus capture (search: '体育app官方下载 学院 新闻 当前位置 首页 正文 作者 发布时间'): a sports news "
               "item (a newspaper's find on China's first national football match, 1910) converted to traditional script "
               "on an unrelated host, under a porn keyword line (also the rebuilt <title>) and followed by a spider-pool "
               "footer of porn keywords ('main-site spider-pool template: ...'); hijacked; the footer is kept as captured "
               "up to its last complete item, with one item whose characters the capture lost dropped; the lead's outlet "
               "tag is part of the article and stays in text; no 来源 shown (null)",
    ),
)

# 9 ------------------------------------------------------------------ copy on an unrelated host, no injected string
case(
    url="https://www.i11nmcq.xyz/info/1069/9771.htm",
    shell="school_trad",
    sitename="工商管理學院",
    page_title="工商管理學院",
    top=[],
    crumb="首頁 > 學院新聞 > 正文",
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "4月30日,工商管理學院分黨委在通博樓A209會議室召開理論學習中心組(擴大)會議,學習習近平總書記在清華大學考察時的重要講話精神、《中國共產黨普通高等學校基層組織工作條例》,并就黨史學習教育第六專題“學史增信,增強‘兩個維護’自覺”進行深入研討。學院理論學習中心組成員,分黨委委員、紀委委員,教師黨支部書記,師生黨員代表參會。",
        "分黨委書記王石帶領大家學習了《中國共產黨普通高等學校基層組織工作條例》(簡稱《條例》),他強調黨委領導下的校長負責制是高校的一項基本政治制度,是高校持續發展的生命線。學院各基層黨支部務必認真學習貫徹《條例》并深刻理解其重要意義。同時,王石圍繞黨史學習教育第六專題,做了《學史增信 學以成人》的主題分享,強調要將“學史增信”與“學以成人”深化結合,讓西財學子能真正在“學史增信”中不斷長大氣之風度、大智之聰慧、大愛之胸懷,成大國之將才。",
        "會上,分黨委副書記張元,副院長、分黨委委員付曉蓉,分黨委副書記胡國平,也分別領學了相關內容,并做了黨史學習交流發言。教師黨員代表李峰和學生黨員代表周天涯,結合自身經歷,匯報了黨史學習體會。",
    ],
    imgs={},
    post=[],
    footer=["版權所有"],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "traditional-script-conversion"],
        spam_strings=[],
        origin="pages corpus capture (search: '金博宝 学校 党委 理论学习 中心组'): a finance university business school's "
               "party-study news item copied whole, converted to traditional script, onto an unrelated .xyz host under "
               "the university's own path scheme: a mirror (no relation between host and school, no injected string), "
               "so hijacked, the marker being the host; the building name in the first sentence is the school's own, "
               "not a brand; headline and date not captured (null); rebuilt shell",
    ),
)

# 10 ----------------------------------------------------------------- copy on an unrelated host, no injected string
case(
    url="https://ccss-sz.com/cqt/info/1010/17017.htm",
    shell="school",
    sitename="新闻网",
    page_title="校长黄维院士应邀赴香港浸会大学讲学并受聘杰出客座教授",
    top=[],
    crumb="首页 > 学校要闻 > 正文",
    headline="校长黄维院士应邀赴香港浸会大学讲学并受聘杰出客座教授",
    meta=["时间:2014-12-05 来源: 作者:校办、国际事务部 摄影:校办、国际事务部 编辑: 上传:赵蕾", "二维码",
          "扫描二维码,在手机中查看。"],
    pre=[],
    paras=[
        "11月25-26日,校长黄维院士受聘香港浸会大学杰出客座教授仪式暨中国名家系列讲座计划学术报告会在香港浸会大学隆重举行。",
        "浸大副校长黄伟国教授介绍了黄校长的简历并为其颁发杰出客座教授聘书。受聘仪式后,黄校长分别作了题为“Recent Advances in Organic Optoelectronics”的学术报告和“Leaping Development through Synergistic Innovation - A Successful Practice of Nanjing Tech University”的高等教育发展专题讲座。",
        "在讲学过程中,黄校长系统阐述了近年来率领科研团队在有机光电子学研究领域进行的探索和收获的成果,并与浸大师生分享了自己在长期积淀中形成的办学理念和治校方略。他详尽介绍了南工紧密围绕建设“综合性,研究型,全球化”大学的战略目标,全力打造“协同创新、人才引育、文化引领”三大体系,在改革创新中所取得的系列成就。黄校长精彩的讲述、独特的视角和深邃的思考得到了与会嘉宾和广大师生的高度赞誉。",
        "会后,黄校长还应邀与浸大的师生代表就相关专业问题进行了深入的交流。他对基础研究的孜孜以求、对当今前沿科技的精准判断与对世界高等教育发展大势的深入解析多次赢得了师生们长时间的掌声。",
        "访问期间,黄校长与浸大副校长黄伟国教授进行了亲切会谈,对受邀访问浸大并受聘为杰出客座教授表示感谢,并表示南工将与浸大进一步开展科学研究、人才培养等方面的交流与合作。他还真诚邀请浸大师生赴南工进行学术访问与合作研究,通过两校协同,共谋发展。",
    ],
    imgs={},
    post=[],
    footer=["版权所有"],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title="校长黄维院士应邀赴香港浸会大学讲学并受聘杰出客座教授", date="2014-12-05", source=None,
        author="校办、国际事务部",
        hijacked=True, legit=False, lang="zh",
        injections=["copy-on-unrelated-host"],
        spam_strings=[],
        origin="pages corpus capture (search: '博天堂 大学 学术报告 教授 应邀'): a technology university's news item "
               "(its president lecturing in Hong Kong) copied whole onto an unrelated host under the university news "
               "site's own sub-path: a mirror with no injected string, so hijacked, the marker being the host; the byline "
               "as captured (empty 来源, so source null; author from 作者); the capture ends mid-sentence in the last "
               "paragraph, which is cut at its last full sentence in page and text alike",
    ),
)

# 11 ----------------------------------------------------------------- porn keyword line over a traditional-script copy with pinyin noise
case(
    url="http://minidiantai.com/zzqs/content/2023-06/20/content_58202.html",
    shell="mirror_trad",
    sitename="minidiantai",
    page_title="av五月天网站在线不卡,亚洲欧美国产精品,日本精品免费,亚洲综合99",
    top=["av五月天网站在线不卡,亚洲欧美国产精品,日本精品免费,亚洲综合99"],
    crumb=None,
    headline="市中校園足球周末聯(lián)賽開踢",
    meta=["作者:任翔 來源:棗莊新聞網(wǎng) 2023-06-20 09:34:25"],
    pre=[],
    paras=[
        "棗莊新聞網(wǎng)訊 6月17日,市中區(qū)中小學(xué)校園足球特色學(xué)校周末聯(lián)賽首輪比賽在十五中北校和文化路小學(xué)東校開踢,一股足球熱浪涌向校園綠茵場,球場上的足球小將們用激情“點燃”這個夏天。",
        "本次聯(lián)賽共30支校園代表隊參加,其中中學(xué)男子代表隊10支,小學(xué)男子代表隊13支,中學(xué)女子代表隊3支,小學(xué)女子代表隊4支,采用小組賽、交叉賽和決賽賽制。小學(xué)組采用“八人制”,中學(xué)組采用“十一人制”,各組別采用國際足聯(lián)最新審定《足球競賽規(guī)則》。",
        "聯(lián)賽的舉辦,進一步推動了學(xué)校陽光體育活動的深入開展,促進了青少年身心健康、體魄強健,有效提升了市中區(qū)學(xué)校足球運動訓(xùn)練水平。 (記者 任翔)",
    ],
    imgs={},
    post=["編輯:徐曉偉 責(zé)編:馬園亮"],
    footer=[],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title="市中校園足球周末聯(lián)賽開踢", date="2023-06-20", source="棗莊新聞網(wǎng)", author="任翔",
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host", "traditional-script-conversion"],
        spam_strings=["av五月天网站在线不卡,亚洲欧美国产精品,日本精品免费,亚洲综合99"],
        origin="pages corpus capture (search: '完美体育 学校 新闻 举办 比赛 发布时间 来源'): a city news site's item on a "
               "district school football league, converted to traditional script with pinyin-annotation noise, on an "
               "unrelated host under a porn keyword line (also the rebuilt <title>); hijacked; title, source and author "
               "as written on the page (noise included, as the first keeper did); the editor line is in the page, out "
               "of text",
    ),
)

# 12 ----------------------------------------------------------------- betting-brand credit line inside a reprinted newspaper item, unrelated teaser spliced after
case(
    url="https://www.wap-mangosports.com/works/142.html",
    shell="farm",
    sitename="mangosports",
    page_title="全市824名小将角逐青少年校园足球联赛",
    top=[],
    crumb=None,
    headline="全市824名小将角逐青少年校园足球联赛",
    meta=["本文转自:大同日报", "芒果体育官方网站 |", "图为足球小将在绿茵场上奋力拼搏。 本报记者 戎禹仁摄 |"],
    pre=[],
    paras=[
        "本报讯 (记者 陈杰) 8月2日上午,市体育运动学校绿茵场成为青春沸腾的海洋,我市第四届“全国青少年校园足球特色学校”足球联赛在这里开赛,全市55所学校824名小球员展开激烈角逐。",
        "此次比赛是2025年“奔跑吧·少年”儿童青少年主题健身活动、市第八届“未来之星”青少年阳光体育大会系列活动之一,由市政府主办,市体育局、市教育局、团市委承办,旨在进一步深化体教融合,通过专业赛事激发青少年运动热情,让每个孩子在绿茵场上收获健康体魄、团队精神与纯粹的运动快乐。",
        "比赛分小学、初中男子、初中女子、高中男子、高中女子等组别,小学组采取5人制,初中男女组、高中女子组采取8人制,高中男子组采取11人制,在为期8天的比赛中展开116场角逐。",
    ],
    imgs={},
    post=["一向“佛系”的中国网球金花王欣瑜,冲冠一怒。在WTA250布拉格站女单第二轮的比赛中,赛会4号种子的她面对东道主选手,在决胜盘抢七大战中成功逆转晋级八强。比起结果,这场比赛更引人关注的是王欣瑜的“一反常态”——这位一向以淡定、松弛著称的选手,不但在比赛中多次和主裁判进行正面交涉,赛后更直接拒绝和主裁..."],
    footer=[],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title="全市824名小将角逐青少年校园足球联赛", date=None, source="大同日报", author="陈杰",
        hijacked=True, legit=False, lang="zh",
        injections=["brand-credit-line", "spliced-unrelated-teaser", "copy-on-unrelated-host"],
        spam_strings=["芒果体育官方网站"],
        origin="pages corpus capture (search: '完美体育 学校 新闻 举办 比赛 发布时间 来源'): a city newspaper's report on a "
               "school football league reposted on a sports-betting brand's site, with the brand's name line set between "
               "the 'reprinted from' line and the photo caption, and the teaser of an unrelated tennis story spliced after "
               "the end; not a reprint under a publisher's chrome but a copy carrying an injected brand line, so hijacked; "
               "source from the 'reprinted from' line, author from the lead's 记者; caption, brand line and teaser are in "
               "the page, out of text; no date shown (null)",
    ),
)

# 13 ----------------------------------------------------------------- game-site credit line appended to a copied newspaper item
case(
    url="http://jajcy.cn/html/zhusu/5049.html",
    shell="farm",
    sitename="jajcy",
    page_title="jajcy",
    top=[],
    crumb=None,
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "本报讯记者蔡晓军报道:7月15日上午,由市教育局主办、市足球协会协办的2018年上饶市青少年校园足球比赛在市奥体中心落下帷幕。",
        "本次五人制足球比赛分初中男子、初中女子、小学男子、小学女子共4个组别,来自全市41所学校63支代表队共计727名运动员、领队及教练员参加。比赛中,运动员们挥洒汗水、拼搏进取,绿茵场上展现飒爽英姿;裁判员、记录员和工作人员坚守岗位、各司其职,确保了比赛公平、顺畅有序进行。",
        "经过5天(7月11日至15日)的激烈角逐,最终余干新时代中学队、婺源中学队分别斩获初中男子组、初中女子组魁首,而上饶市第五小学队、上饶市第十一小学队分别获得小学男子组、小学女子组比赛第一名。",
    ],
    imgs={},
    post=["本文由 790游戏(www.790.kim)整理发布", "网友评论 ()条 查看"],
    footer=[],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title=None, date=None, source=None, author="蔡晓军",
        hijacked=True, legit=False, lang="zh",
        injections=["site-credit-line", "copy-on-unrelated-host"],
        spam_strings=["本文由 790游戏(www.790.kim)整理发布", "790游戏(www.790.kim)"],
        origin="pages corpus capture (search: '完美体育 学校 新闻 举办 比赛 发布时间 来源'): a city newspaper's report on a "
               "youth football tournament copied onto an unrelated host, closed by a credit line naming a game site and "
               "its domain as the article's 'compiler'; a copy carrying an injected credit, so hijacked; headline and "
               "date not captured (null); author from the lead; the credit and comment lines are in the page, out of text",
    ),
)


# ====================================================================== legit (not hijacked)

# 14 ----------------------------------------------------------------- newspaper's own report on a sports-lottery responsible-gaming fair
case(
    url="https://www.xkb.com.cn/articleDetail/472704",
    shell="news_simpl",
    sitename="新快报",
    page_title="新快报",
    top=[],
    crumb="首页 > 体育 > 彩票",
    headline=None,
    meta=[],
    pre=[],
    paras=[
        "新快报讯 记者陆妍思 通讯员潮州体彩报道 日前,潮州体彩在潮安区东宝左一城举办新春贺岁市集落地活动,活动以“看得见、摸得着”的方式,让市民沉浸式感受体彩的责任担当与公益力量,为新春佳节增添了一份别样温暖。",
        "在责任彩票与公益彩票宣传区,通过图文展板与视频播放,清晰呈现体彩公益金的落地成果:从城乡社区健身路径的铺设、体育公园的升级改造,到教育助学、医疗救助、乡村振兴等公益项目的推进,每一笔公益金都化作看得见的民生福祉。工作人员现场讲解并通过趣味问答、理性购彩风格测试等互动形式,传递理性购彩理念。",
        "游戏区人气十足,不少市民带着孩子一同参与体验。在“一球通关”,参与者站在指定线外精准投射,通关即可集得一枚印章,在轻松竞技中感受运动魅力;“莫‘钓’以轻心”则将休闲垂钓与购彩权益保护相结合,参与者成功钓起正确购彩行为的图案,可集得一枚印章,集齐5枚印章即可获得精美礼品,寓教于乐的设计让市民们玩得开心,收获满满。",
        "最具人气的当属即开票体验区,市民们三五成群围站在体验台前,欢呼声与惊喜声此起彼伏。“不仅图个喜庆热闹,还能为新年讨个好彩头!今天这个活动让我明白了我们买的每一张彩票,都是一份公益力量。”市民陈先生笑着说道。",
        "此次新春贺岁市集活动,不仅营造了喜庆热闹的节日氛围,更传递了体彩的公益价值与责任理念。未来,潮州体彩将持续深耕本土,开展更多丰富有趣的活动,为潮州体育事业和社会公益事业高质量发展注入源源不断的动能。",
    ],
    imgs={},
    post=[],
    footer=["新快报 版权所有"],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title=None, date=None, source=None, author="陆妍思",
        hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages corpus capture (search: '乐天堂 官网 本报讯 记者 举行 活动'): a city newspaper's own report (its own "
               "host and chrome) on a provincial sports-lottery branch's new-year fair promoting responsible lottery "
               "play (instant-ticket stand, rational-purchase quiz); lawful lottery news, legit; not a copy; headline and "
               "date not captured (null); author from the lead's 记者",
    ),
)

# 15 ----------------------------------------------------------------- provincial news portal's report on a sports-lottery public-welfare tour
case(
    url="https://sports.rednet.cn/content/2020/11/12/8580430.html",
    shell="news_simpl",
    sitename="红网 体育",
    page_title="乐小星亮相助力 “公益体彩,幸福中国”走进常德益阳",
    top=[],
    crumb="当前位置:",
    headline="乐小星亮相助力 “公益体彩,幸福中国”走进常德益阳",
    meta=["来源:红网 作者:孙涛 编辑:符环宇--体育 2020-11-12 14:13:12", "时刻新闻", "—分享—", "红网时刻通讯员 孙涛 报道"],
    pre=[],
    paras=[
        "在体育中心,在商业中心广场,如果遇到阳光可爱、活泼可人的体彩吉祥物乐小星,相信您一定会忍不住要去和它拍照打卡,另外还有精彩的文艺演出和趣味体育活动等着您。这就是“公益体彩,幸福中国”的活动现场,11月7日、8日,该活动第六、七站来到常德、益阳,吸引了当地人民群众的热烈追捧。",
        "乐小星憨态可掬与市民互动",
        "11月7日下午,在常德市体育中心活动现场,体彩吉祥物闪耀着青春光芒亮相现场,邀请大家体验体彩“乐小星公益大闯关”。大家纷纷进入活动区域体验“眼疾手快”“穿越火线”等游戏,并与乐小星拍照打卡,最后赢取体彩小礼品。",
        "益阳站活动则于11月8日晚在海洋城广场举行,市民朋友现场与乐小星交流互动,体验趣味体育游戏,欣赏歌舞、魔术表演,参与体彩知识问答,亲身实地地感受公益体彩带来的惊喜和快乐。",
        "很多市民朋友拍照、拍视频记录现场精彩欢乐时刻,分享到朋友圈,吸引了更多人的关注和点赞,也将体彩公益形象传递给更多人,让更多人认识到了乐观可爱的乐小星。",
        "全民健身场地欢乐多",
        "“公益体彩,幸福中国”活动除选择在人流量多的商业中心广场举行外,还选择体育中心这样大型的全民健身场所举行。而这些全民健身场所的建设和维护,大多都有体彩公益金的支持。",
        "以常德市体育中心为例,2019年至2020年常德市投入了2643万元体彩公益金实施提质改造工程。",
    ],
    imgs={3: [("QQ截图0022.png", "“公益体彩,幸福中国”活动益阳站现场。本文摄影/孙涛")]},
    post=[],
    footer=["红网 版权所有"],
    encoding="utf-8",
    remove=[],
    truth=dict(
        title="乐小星亮相助力 “公益体彩,幸福中国”走进常德益阳", date="2020-11-12", source="红网", author="孙涛",
        hijacked=False, legit=True, lang="zh",
        injections=[], spam_strings=[],
        origin="pages corpus capture (search: '乐天堂 官网 本报讯 记者 举行 活动'): a provincial news portal's own sports "
               "report (its own host) on a sports-lottery public-welfare tour with a lottery mascot, games and a lottery "
               "quiz; lawful lottery news, legit; not a copy; the two subheads are part of the article and in text; the "
               "correspondent line and photo caption are in the page, out of text; the capture ends mid-sentence, so the "
               "last paragraph is cut at its last full sentence in page and text alike",
    ),
)
