# -*- coding: utf-8 -*-
"""Article data and injection placements for real-cases-v46b (read by build.py).

Every article text below is the verbatim text of a pages-corpus capture (the `url` field); photo
captions, share widgets and site chrome of the capture are left out, and a capture cut off mid-sentence
ends at its last whole sentence. Fields not shown in the capture are None. The injected code lives in
src/ (verbatim, origin in SOURCES.md); `inject` names the src file, `where` the placement.
"""

ARTICLES = {
    "huaian_yq": dict(
        url="https://scjgj.huaian.gov.cn/col/3983_253667/art/17698752/17707748904489bxtgFQQ.html",
        site_name="淮安市市场监督管理局", crumbs="首页 > 新闻动态 > 工作动态",
        title="园区分局“内部综合查”护航万家灯火", date="2026-02-11", source="市局园区分局", author=None,
        paras=[
            "春节临近，市市场监管局园区分局紧扣“内部综合查”工作部署，聚焦民生消费重点领域，全面开展节前市场综合检查，以高效监管、精准执法守护群众平安过节。",
            "检查前期，该局召开专题会议细化任务，严格遵循“能合尽合、一次到位、高效便民”原则，整合优化检查事项，对同一经营主体实施“进一次门、查多项事”，涵盖食品安全、产品质量、价格监管等多个领域，最大限度减少对市场主体的干扰，提升监管质效。截至目前，已整合检查任务5项，开展跨条线联合检查6次，检查各类市场主体65家次。",
            "检查期间，执法力量协同联动，聚焦吾悦广场、高铁站、大型酒店等重点场所，围绕四大重点领域筑牢安全防线：严管价格秩序，严查哄抬物价、价格欺诈等行为，稳定节日物价；严守食品安全，紧盯年夜饭、热销食品等关键环节，从源头消除食安隐患；严治违法广告，打击虚假宣传、违规广告等乱象，净化市场环境；严查特种设备，重点督查电梯运行维保情况，保障群众乘用安全。",
            "下一步，园区分局将持续强化节日期间巡查监管，加密重点区域、重点行业检查频次，畅通投诉举报渠道，同时以此次检查为契机，深化“综合查一次”改革。",
        ]),
    "xcctv_xixian": dict(
        url="http://m.xcctv.cn/chuangtou/chuangtou/2023/1019/418160.html",
        site_name="创投资讯", crumbs="首页 > 创投",
        title="息县召开县政府工作例会|当前视点", date="2023-10-19", source="中华网河南", author=None,
        paras=[
            "日前，息县县委副书记、县政府代县长郑春主持召开县政府工作例会，会议听取息县县政府处级领导分管工作推进情况，安排部署近期重点工作。",
            "郑春指出，各级各部门要深入落实“13710”工作制度，按照工作分工，立足岗位职责，积极破解发展难题，主动扛稳肩上责任，确保县委、县政府重点工作件件有回音、事事有着落，推动各项工作不断提质增效，奋力冲刺“全年红”。",
            "郑春强调，近期全市将开展第三季度工业项目观摩活动，这是对息县产业发展成果的一次大考。各相关单位要高度重视、认真筹备，按照职责分工，吸收前期成熟经验，紧密协作、积极行动、周密部署，统筹做好各项工作，围绕关键环节抓好落实，充分展示息县项目建设、产业发展的整体成效和工作亮点，力争进入第一方阵。",
            "郑春强调，要全面梳理项目建设中的堵点难点，列出清单、建立台账，采取更具针对性的措施，加快重点项目建设进度，确保按照序时进度尽早建成投用、发挥效益，为全年经济指标提供有力支撑。",
            "郑春强调，要强化对土地流转、设计规划、项目施工、田地种植等环节的工作督导，坚决按时完成市委、市政府制定的高标准农田示范区建设任务。秋收即将结束，要严防秸秆焚烧行为，通过大力宣传秸秆禁烧与综合利用工作的重要意义和相关法律法规，严查违法焚烧秸秆行为，让禁烧成为群众的自觉行动。",
            "会上，郑春还就耕地保护问题整治、巩固拓展脱贫攻坚成果等工作进行强调部署。（郝昱玮 胡译丹 王启宇）",
        ]),
    "yaan_hanyuan": dict(
        url="https://lyj.yaan.gov.cn/xinwen/show/be9aae67df890d1ff10aeaf4fabc5812.html",
        site_name="雅安市林业局", crumbs="首页 > 新闻中心 > 区县动态",
        title="汉源县林业局开展安雅˙百日攻坚行动 森林防火卡点检查和“五进”宣传活动", date=None, source=None, author=None,
        paras=[
            "11月28日，汉源县林业局到宜东镇检查森林防火卡点运行情况，要求卡点执行“八个一”标准，进入林区车辆和行人禁止携带火源。",
            "汉源县林业局工作人员入户开展安雅˙百日攻坚行动森林防火“五进”宣传，累计向村民发放森林防火围裙490个、森林防火宣传手提袋750个，增强村民森林防火意识，得到广大人民群众的热烈响应。",
        ]),
    "jxjxzx_ydh": dict(
        url="http://www.jxjxzx.com/d/3019.html",
        site_name="稼祥中学", crumbs="首页 > 校园动态",
        title="稼祥中学第十届田径运动会隆重开幕", date="2014-11-13", source="本站原创", author=None,
        paras=[
            "伴随着激昂的《运动员进行曲》，国旗队、校旗队、会徽队、志愿者队以及三十九个班级方队踏着铿锵的节奏，昂首阔步的走进会场，整齐的步伐、嘹亮的口号彰显着稼祥学子蓬勃向上的精神面貌，入场仪式结束后，全场起立，奏唱中华人民共和国国歌。",
            "副校长程晓鸣致开幕词，希望各班的体育健儿在运动场上发扬奥运精神，向着更高、更快、更强的目标而努力，并预祝运动会取得圆满的成功。肖亮老师、张晨卉同学分别代表裁判员、运动员宣誓。",
            "最后，校长王凤宣布运动会开幕。开幕式圆满结束，各项比赛正式开始。",
            "本届运动会共有三十九个学生代表队参与比赛，比赛分男子甲、乙、丙组，女子甲、乙、丙组共36个项目，历时2天。（方静）",
        ]),
    "qdlszx_ydh": dict(
        url="http://qdlszx.com/news/show-106.html",
        site_name="吕四中学", crumbs="首页 > 新闻中心",
        title=None, date=None, source=None, author=None,
        paras=[
            "在整齐嘹亮、催人奋进的鼓号声中，运动会拉开了序幕。首先进场的是校旗手，他们步伐坚定，精神昂扬，预示着吕四中学必将走在教育科学发展的前列。在雄壮的国歌声中，全校师生举行了升旗仪式。仪式后，校党支部书记、校长施启兵致开幕词。他说，一年一度的秋季田径运动会是我校的一项体育盛事，学校体育运动会必将推动学校阳光体育的深入开展，必将推动学校体育事业的蓬勃发展，全面展示吕四中学的风采，争取运动成绩与精神文明双丰收。",
            "随后，运动员和裁判员代表分别作宣誓发言，运动会正式开幕。这次运动会必将是同学们进一步锻炼和提高自身素质的盛会。",
        ]),
    "jkchina_yizhen": dict(
        url="https://jkchina.org/newshtml/news_26522.html",
        site_name="健康中国", crumbs="首页 > 新闻资讯",
        title=None, date="2013-10-14", source="人民日报", author=None,
        paras=[
            "本报北京10月13日电 （记者白剑峰）13日起至19日，全国各省、市、县同时启动为期一周的“服务百姓健康行动”全国大型义诊活动周活动，全国约60万人次医务人员将走进基层为群众提供义诊服务。国家卫生计生委、国家中医药管理局、总后勤部卫生部决定，自2014年起，每年9月的第三周举办这项活动。",
            "活动主要包括开展公共场所义诊活动、城乡医院对口支援县级医院义诊工作、义诊活动进社区下乡镇、举办健康大讲堂、举行院内义诊活动、组织国家医疗队开展义诊活动等7个方面。",
            "10月13日，地方卫生计生行政部门组织辖区内二级以上医院，派出其特色专科的专家，在每个地级市、每个县的1个以上公共场所开展1天义诊活动。活动周内，承担城乡医院对口支援任务的医院还将组派医疗队，在受援县级医院开展义诊工作。国家卫生计生委、国家中医药管理局和总后勤部卫生部共同组织卫生计生委委属医院、中医药局局属医院、解放军总医院等组成8支国家医疗队，赴吕梁山集中连片特殊困难地区（山西省和陕西省）等地开展义诊活动。",
        ]),
    "tianmen_qx": dict(
        url="http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/bm/sqxj/zfxxgk/fdzdgknr/gzdt/202303/t20230324_4599606.shtml",
        site_name="天门市人民政府", crumbs="首页 > 政务公开 > 部门信息公开 > 市气象局 > 工作动态",
        title="气象科普宣传进校园", date="2023-03-24", source="市气象局", author=None,
        paras=[
            "为进一步传播气象防灾减灾科学知识，提高广大师生防御气象灾害的能力，3月22日，围绕世界气象日主题“天气气候水·代代向未来”，省防雷中心、市气象局在市实验小学联合开展了气象科普宣传活动。",
            "在学校多功能报告厅，省防雷中心专家用生动的PPT为300余名师生讲授了雷电是如何形成的、雷电灾害的预防等气象科普知识，并与同学们进行互动问答，激励他们保持对气象科学的好奇心，继续了解气象、认识气象、探索气象。",
            "此次活动共向市实验小学师生发放气象灾害防御知识手册300余份、气象知识（校园版）50余本、防雷知识手册（校园版）50余本，投放暴雨、雷电、大风等宣传展板6块。",
            "下一步，市气象局将进一步拓宽气象科普宣传渠道，使气象科普知识进社区、乡村、企业，不断提高人民群众的气象防灾减灾意识，提升防灾避险能力。",
        ]),
    "hbcma_kepu": dict(
        url="http://hb.cma.gov.cn/wzsy/zxdt/201906/t20190618_713525.html",
        site_name="湖北省气象局", crumbs="首页 > 网站首页 > 最新动态",
        title="省公众中心：“气象科普荆楚行”活动走进随州随县", date=None, source=None, author=None,
        paras=[
            "3月14日，湖北省公众气象中心的气象科普团队走进随州随县，开展“气象科普荆楚行”系列特色科普活动，迎接即将到来的世界气象日。",
            "活动中，气象科普专家围绕2019年世界气象日主题“地球 太阳和天气”，为随县净明小学师生带去一堂生动的气象科普课，并在校园气象站开展了兼具知识性与趣味性的互动科普活动，现场还向学校师生赠送了气象科普读物。现场气氛热烈，科普氛围浓厚。",
            "据悉，为做好气象日宣传纪念活动，省气象局印发了活动方案，除开展“气象科普荆楚行”活动外，还将开放湖北省气象局业务平面，开展天气微小说创作比赛、科普知识问答、系列科普报告会，联合社会媒体开展主题宣传和集中采访等系列特色科普活动，通过媒体平台传播气象知识，引导公众关心气象，关注太阳、地球和天气，促进全民科学素质提升。（作者：省公众中心 王晓莉 代蕊 责任编辑：高迅芝）",
        ]),
    "nxnews_jyt": dict(
        url="https://gfjy.nxnews.net/zt/byjjj/202508/t20250805_5063735.html",
        site_name="宁夏新闻网 国防教育", crumbs="首页 > 专题 > 八一建军节",
        title="戎耀利通 情系老兵 |金银滩镇开展八一走访慰问困难退役军人活动", date="2025-08-05", source="利通区退役军人事务局", author=None,
        paras=[
            "八一情暖英雄谱，军民鱼水一家亲。 在 “八一” 建军节即将到来之际，利通区退役军人事务局联合金银滩镇退役军人服务站，带着对退役军人的深厚敬意，开展困难退役军人走访慰问活动，将党和政府的关怀与温暖精准送达，用实际行动续写军民同心的动人篇章。",
            "慰问组一行带着牛肉、鸡肉、米、油等慰问品和慰问金登门入户，与老兵们促膝谈心，仔细询问他们的身体状况、家庭生活情况及实际困难，认真倾听他们的心声与诉求。交谈中，大家共同追忆老兵们身着戎装、保家卫国的峥嵘岁月，感谢他们为国家安宁、社会发展作出的重要贡献，强调退役军人是党和国家的宝贵财富，他们的牺牲奉献值得全社会永远铭记。",
            "一句句暖心的话语，一声声诚挚的问候，让老兵们深切感受到来自党和政府的关怀与牵挂。曾在部队屡立战功的老兵马贵礼激动地说：“虽然离开军营多年，但参军打仗的经历是我一辈子的财富和骄傲，退役后党和政府始终惦记着我，感谢党和政府让我有了如今的安康生活。”朴素的话语中，尽显军人本色与自豪和对党的政府的感激。",
            "此次走访慰问不仅为困难退役军人送去了物质帮助，更传递了党和政府的深切关怀与殷切期望，进一步拉近了与退役军人的距离，让他们真切感受到 “退役不褪色、退伍不褪志” 的尊崇与荣光，也让拥军优属、拥政爱民的优良传统在点滴关怀中不断传承深化。",
        ]),
    "lmxtsg_dsr": dict(
        url="http://lmxtsg.superlib.libsou.com/show/news_info?columnId=8825&id=16275",
        site_name="龙门县图书馆", crumbs="首页 > 馆内动态",
        title=None, date=None, source=None, author=None,
        paras=[
            "龙门县图书馆于4月23日在馆内二楼少儿阅览室开展2017年“4.23”世界读书日系列活动。",
            "活动当天，图书馆的文化志愿者借助“世界读书日”的良好契机，通过推广“解说4.23世界读书日的意义”、“好书推荐”、“阅后分享”环节，继承和发扬阅读理念，营造浓浓的读书氛围。活动现场气氛、秩序良好，读者们一起快乐地分享阅读的乐趣。通过本次读书推广活动，让读者们了解“世界读书日”的意义，充分利用图书资源，终身学习、毕生阅读，也让大家深切体会到“阅读，让我们的世界更丰盛”的内涵。",
            "图书馆将一如既往为传播文明风尚，营造书香氛围开展阅读活动，愿越来越多的群众走进图书馆，让阅读成为习惯，让文化成就未来。",
        ]),
    "zxwhy_dsr": dict(
        url="https://www.zxwhy.cn/index.php?c=show&id=100",
        site_name="钟祥市文化馆", crumbs="首页 > 活动动态",
        title=None, date=None, source=None, author=None,
        paras=[
            "春光美如斯，正是读书时。4月23日，第二十三个世界读书日，钟祥市文体新广局在市阳春广场举办了“阅读点亮梦想 书香成就人生”世界读书日全民阅读系列活动，倡导全民阅读，营造了多读书、读好书的浓厚书香氛围。",
            "广场上，一排排培养学习兴趣、养成读书习惯的主题宣传展板引人注目，引导市民养成享受阅读的生活方式。展板旁，市图书馆的工作人员热情耐心地向市民推荐新书和介绍本地乡土作品。广场上设置的电子借阅机和流动图书车，满足了广大读者个性化的阅读需求。市图书馆联合市新华书店还推出“你读书 我买单”读者荐购活动，凡是持有市图书馆有效借书证的读者，均可领取活动单，前往市新华书店挑选两本书籍回家阅读，到期归还市图书馆后可办理续借。选书范围包括小说、社会科学、自然科学、工程技术等普及读物。活动现场，市图书馆为东桥镇三星村捐赠了30册图书，帮助当地村民掌握种养殖新技术。当天下午，市图书馆流动图书车走进张集镇，开展了流动图书车送书下乡活动。",
        ]),
    "tjsyxy_ds": dict(
        url="http://www.tjsyxy.com/contents/204/12052.html",
        site_name="天津石油职业技术学院", crumbs="首页 > 学院新闻",
        title=None, date=None, source=None, author=None,
        paras=[
            "12月13日，天津石油职业技术学院接到《关于公示2017年度天津市高职高专院校“圣纳•新道杯”技能大赛获奖选手的通知》（津教委专函〔2017〕34号），获悉学院在刚刚结束的2017年度天津市高职高专院校技能大赛中共有11名学生获得11个奖项。其中，学院承办的测绘赛项和云计算赛项各有2人获得一等奖，获得测绘赛项二等奖的有5人，获得云计算赛项二等奖和测绘赛项三等奖的各1人，另有4名学院教师获得本年度大赛“优秀指导教师”称号。学院同时获得代表天津市参加2018年度职业教育国赛之测绘赛项和云计算赛项的资格。",
            "据悉，“2017年度天津市高职高专院校‘圣纳•新道杯’学生技能大赛暨2018年全国职业院校技能大赛选拔赛”学生赛项的比赛于2017年12月9日至10日在天津市的15所高职高专院校同时进行。除承办本届大赛的测绘赛项和云计算赛项外，学院还选派18名学院参加了其中4个赛项的角逐，大赛获奖率为61%。",
            "另悉，2017年度，学院在17个省部级大赛中共计有36人次获得一二三等奖，另有3人次获得职教国赛三等奖，4人次获得厅局级技能大赛二三等奖。阶段成绩的取得获益于学院坚持推行的“工学结合、分段递升”“学训赛”一体化等特色人才培养模式，获益于学院通过“十二五”天津市级示范校建设和正在进行的“十三五”国内一流高职院校建设所取得的阶段成果，这也为学院继续优化人才培养模式、深化内涵建设、提升办学实力打下了良好基础。（信息来源：实训部、资源勘查系报道）",
        ]),
    "hnnlfy_pf": dict(
        url="https://hnnlfy.hncourt.gov.cn/public/detail.php?id=1233",
        site_name="宁陵县人民法院", crumbs="首页 > 法院新闻",
        title=None, date=None, source=None, author=None,
        paras=[
            "8月23日，天气晴朗，一大早就有了热意。这天，宁陵县法院干警利用周末时间在政治处主任骆俊杰的带领下，驱车来到了宁陵县程楼乡，深入乡村街道，走家入户，开展普法宣传活动。",
            "在程楼乡的街道上，正逢集市，人流量很大。宣传车所到之处，干警向过往群众发放了普法刊物，并解答群众咨询。而后，干警们来到了乡间村落，进行普法宣传。“咱们法院要是能够经常这样宣传法律，社会上犯罪的那就肯定少了……”一位老大爷接过普法书籍后，笑呵呵地说道。“我们下乡宣传就是为了让咱们大家了解更多的法律，学法懂法。”随行法官耐心答道。",
            "在这次普法宣传活动中，法官干警共向群众发放中国审判、公民与法等法律书刊300余册，法院信息报450余份，廉政监督服务卡400余张，赢得了当地群众的一致称赞，取得了良好的普法宣传效果。",
        ]),
    "hanbin_fz": dict(
        url="https://www.hanbin.gov.cn/Content-1420918.html",
        site_name="安康市汉滨区人民政府", crumbs="首页 > 新闻中心 > 部门动态",
        title="法制宣传功在平日 说法普法惠及百姓", date="2015-12-07", source="汉滨区法院", author="李湘琴 袁朴",
        paras=[
            "12月4日是国家宪法日暨全国法制宣传日，为了进一步增强广大人民群众遵纪守法的自觉性和运用法律维护自身合法权益的能力，汉滨区人民法院组织部分法官干警深入新城办事处印染厂社区开展法制宣传活动。",
            "活动现场，该院主要通过发放法制宣传资料、设立法律咨询台等形式，宣传与人民群众生活息息相关的法律法规，法官现场为前来咨询的群众解疑释法。活动期间共接待群众30余人次，发放各种宣传资料200余份。“希望这样便民的法制宣传活动以后多搞搞！”现场群众热情高涨，有群众这样说道。",
            "据悉，该院紧扣12.4国家宪法日暨全国法制宣传日“弘扬宪法精神，推动创新、协调、绿色、开放、共享发展”这一主题，精心安排部署，将普法讲法说法贯彻到日常工作的点点滴滴。一村（社区）一政法干警全面落实，法官们走出机关，深入群众的时候多了；院长开庭亲示范，网上直播反响好，微博互动很熟络，公正公开力道足；“法官妈妈”进校园，模拟法庭入人心；巡回审判不知倦，审理“一案，教育“一片”等等，不胜枚举。把工作做在平时，把功夫用在当下，不临考抱佛脚，不临阵才磨枪，法制宣传工作才能落到实处，人民群众才能满意。",
        ]),
    "nyzy_sxx": dict(
        url="https://nyzy.hncourt.gov.cn/public/detail.php?id=19975",
        site_name="南阳市中级人民法院", crumbs="首页 > 法院新闻",
        title=None, date=None, source=None, author=None,
        paras=[
            "戏台上法治戏曲精彩上演，戏台下法官融入群众宣讲法治，广场上法官发放宣传资料、接受法律咨询……1月10日，河南省社旗县人民法院来到该县唐庄乡马庄村党群服务中心，利用文化科技卫生“三下乡”活动的契机，为人民群众送上“法治大餐”，普及法律知识，培育法治信仰，增强人民群众尊法、学法、守法、用法的意识。",
            "上午9时，干警们摆开桌子、竖起展板、拉起条幅，一边向当地群众公布失信被执行人“黑名单”及执行成果，一边热情解答群众提出的关于家庭婚姻、民间借贷、故意伤害等具体法律问题，受到了群众的热烈欢迎，展现了法院干警良好的精神风貌。",
            "活动当天，干警们共计发放普法口袋书、宣传彩页300余份，解答群众咨询60余人次，营造了浓厚的法治氛围。",
        ]),
    "hnyyfy_xjt": dict(
        url="https://hnyyfy.hncourt.gov.cn/public/detail.php?id=425",
        site_name="宜阳县人民法院", crumbs="首页 > 法院新闻",
        title=None, date=None, source=None, author=None,
        paras=[
            "截至今年8月，宜阳县法院法官宣讲团已经到企业、社区、乡村开展各种法制宣传活动31场次，到学校、军营、机关做法制报告26场，听众达十万余人，受到相关部门及群众的高度赞扬，为营造良好司法氛围、宣传普法教育、构筑社会和谐作出突出贡献，成为了当地一道靓丽风景。",
            "为提升法院形象、服务社会群众，自去年4月份开始，河南省宜阳县人民法院从全院法官中精心挑选政治素质高、业务水平硬、口语表达好、热心公益事业的法官10余人组成了“法官法律宣讲团”，根据公众及特定人群的法律需求，开展了进学校、进企业、进社区、进乡村、进军营和进机关的法律宣讲“六进”活动：进乡村，到重点村宣传选举法配合即将到来的农村两委换届；进社区，宣传物业法为和谐社区建设提供法律服务；进学校，宣传未成年人安全、保护相关法律；进企业，讲述市场经济下的法律风险、金融风险预防；进军营，宣传军地和谐、退役军人依法安居乐业相关法律，进机关，宣传规范执法、和谐行政。还要求宣讲的内容既要有针对性、又要有实用性，必须按照中央政法委工作重点、把握公众法律需求的热点、结合地方党委、政府管理中遇到的法律难点积极开展法律宣讲服务，先后围绕村委换届选举、旧城改造、新农村社区建设、农村土地承包流转、婚姻家庭、未成年人保护及道路交通安全等重点工作开展了专题的法律宣讲活动，不仅宣传了法制，而且为推进社会管理创新营造了法治的氛围和舆论的空间。",
        ]),
    "hnyyfy_sfxx": dict(
        url="https://hnyyfy.hncourt.gov.cn/public/detail.php?id=894",
        site_name="宜阳县人民法院", crumbs="首页 > 法院新闻",
        title=None, date=None, source=None, author=None,
        paras=[
            "5月20日，宜阳县人民法院组织法官志愿者团队，利用牌窑镇集会的日子开展“送法下乡”普法宣传活动，向群众宣传法治理念、讲解法律知识，为群众提供法律咨询服务。",
            "法官们把法律知识送到农民家门口，特别是制作了印有宜阳县法院微博、微信二维码以及法律知识的的笔记本和宣传页，关注后可以及时了解宜阳县法院的工作动态、法律知识等，活动当天吸引了大批群众前来领取法制宣传资料，咨询生产生活中遇到的法律问题。对群众提出的土地纠纷、劳动合同纠纷、赡养等问题，法官们给予了详细解答，当事人都非常满意，连连称谢，并希望这样的活动开展得越多越好。之后，法官们还专程来到了香鹿山镇中心校，给孩子们送去了普法笔记本的同时，还为他们讲解了有关青少年预防违法犯罪的法律常识。",
            "此次活动共发放普法笔记本3000余本，法制宣传单2000余份，接受群众法律咨询20余人次。通过现场法律咨询 以及法律宣传资料的发放和解读，增强了法制宣传教育的实效性，深受群众欢迎。",
        ]),
    "gcfd_cg": dict(
        url="http://gcfd.cn/politicsNews/detail/5000230811?columnId=4513",
        site_name="丰都网", crumbs="首页 > 部门之窗 > 详情",
        title=None, date=None, source=None, author="刘先华 杜宏超", author_label="记者",
        paras=[
            "一年之计在于春，春耕时节，田间地头一片繁忙景象。近日，我县农业、电力等部门积极行动，组织专业人员奔赴春耕生产一线，将实用技术送到农民手中，为农业生产保驾护航。",
            "科学施肥赋能多种作物增产",
            "“过去，我们施肥就是直接撒在地里。这种方式不仅会对环境造成污染，还会降低化肥利用率。为了提高施肥效果、减少成本，我们必须改变施肥方式。”县农业农村委高级农艺师彭先容在田间为农户耐心讲解。",
            "海拔近600米的包鸾镇龙井社区，是我县油菜科学施肥“三新”示范片及“一促四防”核心示范区。目前，当地油菜长势喜人，部分田块的油菜花开始盛开。县农业农村委组织农艺师来到龙井社区，为当地产业服务中心技术人员和油菜种植户讲解油菜科学施肥与用药技术，着重介绍了以无人机、缓释配方肥、飞防喷施叶面肥为代表的“三新”技术，为油菜种植提供了新的思路和方法。同时，还为大家介绍了促进油菜生长发育，防止油菜花而不实、早衰、病虫害等科学管护技术。随后，大家一起现场观摩了无人机喷药施肥作业，直观感受农技农艺融合发展带来的便利。",
            "“全县开展了水稻、玉米、油菜、马铃薯、红薯、榨菜等作物的科学施肥相关试验示范，结合农机农艺融合，减少人工成本。同时，通过广泛开展技术培训加快科学施肥用药技术的落地。”彭先容说。",
        ]),
    "cqrb_cgbd": dict(
        url="https://epaper.cqrb.cn/cqrb/2026-03/12/006/content_rb_357629.htm",
        site_name="重庆日报", crumbs="重庆日报 > 2026年03月12日 > 第006版",
        title=None, date=None, source=None, author="尹望 黄凌霜", author_label="",
        paras=[
            "3月10日，国网重庆万州供电公司组织国家电网重庆电力（梁平营配）红岩共产党员服务队走进梁平区云龙镇，启动春耕春种专项供电保障服务，为当地农业生产注入可靠电能。",
            "云龙镇坐拥万亩平坝良田，依托龙溪河流域生态优势，设施农业与特色种植蓬勃发展。在梁平区馨鲜蔬菜家庭种植农场，200亩设施大棚内温控、滴灌、通风设备平稳运转，工人们正忙着移栽番茄、黄瓜幼苗。“我们搞四季轮种，育苗棚恒温、灌溉自动、保鲜库不间断，稳了电，产业才稳得住。”农场负责人文子源说。",
            "服务队队员易江平、彭川秋蹲在大棚配电箱前，逐一检查线路接口、温控设备和漏电保护器。“文总，这个温控开关接头有点松，需要紧一紧，免得后期接触不良影响恒温。”易江平一边检查一边提醒。彭川秋则打开“网上国网”App，指导文子源线上办理增容、报修、缴费等业务。“供电服务贴心，我今年还打算扩棚，再上一套智能滴灌系统。”文子源表示。",
            "作为梁平区重要蔬菜粮食生产基地，云龙镇正推进高标准农田建设，带动村民就近就业、持续增收。国网重庆万州供电公司聚焦春季农业生产用电需求，主动对接乡镇、合作社、种植大户，开展线路巡检、隐患排查和用电指导，覆盖种植、加工、存储全链条服务。",
            "接下来，该公司将持续深耕春耕保电一线，以充足电力护航特色种植与粮食生产。",
        ]),
    "bjwjw_jx": dict(
        url="https://wjw.beijing.gov.cn/zwgk_20040/zyms/202401/t20240118_3539346.html",
        site_name="北京市卫生健康委员会", crumbs="首页 > 政务公开 > 绩效管理",
        title=None, date=None, source=None, author=None,
        paras=[
            "根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求，我们重点对照日常履职清单逐项梳理年度任务完成情况。",
            "一、总体情况",
            "2023年，市卫生健康委以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，深入贯彻习近平总书记对北京一系列重要讲话特别是对卫生健康工作指示精神，坚决落实市委市政府各项决策部署，紧紧围绕首都功能定位和健康北京建设，努力为群众提供优质高效的卫生健康服务，卫生健康工作取得新进展新成效。46项市级绩效任务全部完成，318件建议提案全部办理完毕。",
            "二、主要做法和工作成效",
            "（一）强化责任担当，全面高效履职",
            "1.立足城市战略定位，推动优质医疗资源扩容布局。一是加快市属医疗资源疏解项目规划建设。朝阳医院东院、友谊医院通州院区二期开诊运行；友谊医院顺义院区、安贞医院通州院区基本完工，口腔医院迁建、积水潭医院回龙观院区二期推进装修及机电管线安装施工，首儿所附属儿童医院通州院区项目已取得建议书（代可行性研究报告）批复，安定医院新院区完成设计招标和项目方案设计，宣武医院房山院区暨国家医学中心项目、儿童医院新院区项目已提前核准勘察设计招标方案并下拨前期经费，中医医院新院区取得“多规合一”初审意见，佑安医院新院区基本确定在大兴团河地区选址建设，加快推进妇产医院新院区选址，市疾控中心迁建项目实现主体结构封顶，北京卫生职业学院新院区项目取得项目建议书代可研报告批复，北京急救中心整体迁建意见已经市政府原则同意。二是全力支持雄安新区医疗卫生建设。交钥匙新建医院项目已完成竣工验收，9月28日移交雄安新区，目前已开诊试运。",
        ]),
}

# id -> (article key, src file or None, placement, shell, encoding, injection form names, family)
CASES = [
    ("001", "huaian_yq",   "ssc_a.html",            "head_end",    "gov_dept",   "utf-8",   ["referrer_ua_redirect"], "ssc"),
    ("002", "tianmen_qx",  "isp_ds_seajs.js",       "after_article", "gov_xxgk", "utf-8",   ["isp_script_loader", "createelement_script"], "isp_ds"),
    ("003", "jxjxzx_ydh",  "ssc_b.html",            "footer",      "school",     "gbk",     ["referrer_ua_redirect"], "ssc"),
    ("004", "hanbin_fz",   "bscdn_msie.js",         "body_end",    "gov_dept",   "utf-8",   ["hex_eval_loader", "ua_gated_hidden_iframe"], "bscdn"),
    ("005", "hnyyfy_xjt",  "isp_ds_win007.js",      "head_end",    "court",      "utf-8",   ["isp_script_loader", "createelement_script"], "isp_ds"),
    ("006", "nxnews_jyt",  "isp_atn.js",            "head_end",    "news_portal", "utf-8",  ["isp_script_loader", "createelement_script"], "isp_atn"),
    ("007", "hbcma_kepu",  "iiad_iframe.html",      "body_end",    "gov_dept",   "utf-8",   ["fixed_ad_iframe"], "iiad"),
    ("008", "yaan_hanyuan", "ssc_c.html",           "head_end",    "gov_dept",   "gb18030", ["referrer_ua_redirect"], "ssc"),
    ("009", "lmxtsg_dsr",  "isp_ds_flowplayer.js",  "footer",      "school",     "utf-8",   ["isp_script_loader", "createelement_script"], "isp_ds"),
    ("010", "tjsyxy_ds",   "turkcell_iframe.html",  "body_end",    "school",     "utf-8",   ["isp_iframe_overlay", "pixel_beacon"], "turkcell"),
    ("011", "hnnlfy_pf",   "tag_bdustatic.html",    "head_end",    "court",      "utf-8",   ["remote_script_tag"], "tag"),
    ("012", "xcctv_xixian", "tag_macoms.html",      "head_end",    "news_portal", "utf-8",  ["remote_script_tag"], "tag"),
    ("013", "gcfd_cg",     "tag_unionadjs.html",    "footer",      "news_portal", "gbk",    ["remote_script_tag"], "tag"),
    ("014", "qdlszx_ydh",  "isp_ds_coolie.js",      "after_article", "school",   "utf-8",   ["isp_script_loader", "createelement_script"], "isp_ds"),
    ("015", "cqrb_cgbd",   "tag_mtnl.html",         "head_end",    "epaper",     "utf-8",   ["isp_script_tag"], "tag"),
    # clean pages with real look-alike vendor code
    ("016", "jkchina_yizhen", "vendor_cnzz.html",   "footer",      "news_portal", "utf-8",  [], "clean"),
    ("017", "hnyyfy_sfxx", "vendor_baidu_push.html", "footer",     "court",      "utf-8",   [], "clean"),
    ("018", "nyzy_sxx",    "vendor_baidu_tongji.html", "head_end", "court",      "utf-8",   [], "clean"),
    ("019", "zxwhy_dsr",   "vendor_51la.html",      "footer",      "gov_dept",   "utf-8",   [], "clean"),
    ("020", "bjwjw_jx",    "vendor_meiqia.html",    "body_end",    "gov_xxgk",   "utf-8",   [], "clean"),
]

ORIGIN = {
    "ssc": "referrer/UA-gated location.href redirect to 时时彩/百家乐 spam blogs, two scripts as captured in an infected file of a public repository (file-index id in SOURCES.md); placed by the keeper in a shell rebuilt around the verbatim article capture; acts for a visitor arriving from a search engine or a Baidu-UA crawler",
    "isp_ds": "ISP HTTP-injection ad loader (re-inserts the hijacked original script, then inserts the ad script as #bdstat), verbatim from a public capture (SOURCES.md); inlined by the keeper in a shell rebuilt around the verbatim article capture",
    "isp_atn": "ISP HTTP-injection loader (_atn_obj_: re-loads the original vendor script, then an ad_unified_access script), verbatim from ElemeFE/bowl#24; inlined by the keeper in a rebuilt shell",
    "bscdn": "hex-array eval loader that writes a hidden off-screen iframe for MSIE visitors, verbatim from jsdelivr/bootstrapcdn#128 (the issue text shows '(' and ')' of e(v+(z[i])) percent-encoded as %28/%29; restored); acts under an MSIE user agent",
    "iiad": "fixed-position ad iframe injected into pages, verbatim from jixunmoe/cuwcl4c#10",
    "turkcell": "ISP-injected pixel beacon and fixed overlay iframe, verbatim from AdguardTeam/AdguardFilters#65462 (IDs x-ed out by the reporter; the capture stops inside the overlay div, whose closing tag the keeper added)",
    "tag": "remote script tag to a host named in a public hijack report (URL verbatim; the tag around it is minimal)",
    "clean": "clean page; carries real vendor embed code of a kind injections imitate (vendor's documented snippet, site id chosen by the keeper)",
}
