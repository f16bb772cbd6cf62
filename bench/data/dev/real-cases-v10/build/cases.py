# -*- coding: utf-8 -*-
"""Case data for real-cases-v10: verbatim captured text (search tool's stored pages / public issue threads).
Each case: meta + paragraphs (article text, verbatim) + injections (placement -> html)."""

CASES = []

def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------- hijacked: text captures
case(key="tianmen", url="https://hg66987.com/hn7202208/t261437.html", site="hg66987.com",
     shell="county", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="我市打击治理跨境赌博专项行动成效显著 -凯发app官网开户",
     headline="我市打击治理跨境赌博专项行动成效显著",
     title="我市打击治理跨境赌博专项行动成效显著", date="2022-08-08", source="天门市融媒体中心", author=None,
     byline="发布时间:2022年08月08日　来源:天门市融媒体中心　打印:　字体:",
     paras=[
      "8月5日,在市公安机关打击治理跨境赌博专项行动新闻通气会上,市公安局相关负责人透露:“截至目前,全市共侦办妨害国(边)境类案件40起,抓获犯罪嫌疑人145人,查获偷渡人员 186人;侦办跨境赌博及相关犯罪案件17起,抓获犯罪嫌疑人67人;查实涉赌人员行政处罚313人。采取出入境限制措施3795人。”",
      "根据公安部和省公安厅统一部署,我市自4月15日起,组织开展为期6个月的打击治理跨境赌博专项行动。打击治理跨境赌博是一项系统性工程,需要各行业监管部门齐抓共管、全社会共同参与,实施综合治理。据了解,今年以来,尤其是夏季治安打击整治“百日行动”开展以来,依托一体化作战新机制,市公安局打破了部门、警种壁垒,强化部门、警种的协同,有效营造全社会反赌拒赌的良好氛围。",
      "强化党政引领。市委市政府高度重视,将打击治理跨境赌博工作纳入年终平安建设考核,进一步压实各地各部门打击治理责任,助力构建党政主导、公安主战、部门配合、全民参与的齐抓共管大格局。",
      "强化部门联动。建立完善涉案账户快速核查、可疑线索信息共享、账户涉赌行为联合惩戒机制。定期召开联席办公会议,建立健全涉赌黑灰产业链线索的“推送、查证、反馈、通报”工作制度。主动联合市直相关单位开展网上跨境赌博信息线索收集、清理,对为境外赌场提供服务的网络运营商开展督导整治,确保网上清朗。",
     ],
     hijacked=True, legit=False, injections=["spam_title_suffix"], spam_strings=["凯发app官网开户"],
     origin="pages corpus capture (search: '公安 打击 跨境赌博 专项行动 新闻发布会 通报'); a county news item whose <title> carries a casino-app suffix; body and byline verbatim (first paragraphs)")

case(key="kaitak", url="http://075f.com/article/renzheng/780862", site="075f.com",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="原创 免费香港资料大全香港启德体育园主场馆将举办测试赛 料1万人到场",
     headline="原创 免费香港资料大全香港启德体育园主场馆将举办测试赛 料1万人到场",
     title="香港启德体育园主场馆将举办测试赛 料1万人到场", date=None, source="中新网", author=None, byline=None,
     paras=[
      "中新网香港1月3日电 预计于2025年首季启用的香港启德体育园主场馆将于1月5日举办首场测试赛——中国香港大专体育协会七人榄球赛,预计将有约1万名观众到场。",
      "香港启德体育园总监邓竟成3日向媒体介绍,启德体育园主场馆使用开合式上盖,长约150米,采用防风和隔音设计,避免举办体育赛事和演唱会时影响附近居民。场馆设有玻璃幕墙,看台可眺望维多利亚港景色,座位以彩色设计,排列成繁体中文“启德”二字。每个座位下方有独立空调,设有多个轮椅座位。",
      "场内还设有57个包厢,每个包厢可容纳18人至63人;另有30个小卖部和2个酒吧,主办方可根据实际需要在走廊加设小吃摊位。(完)",
     ],
     tail_paras=[
      "相比之下,中国在做决定时考虑的都是事情本来的是非曲折和必要性。中国对相关对话始终持开放态度,依据的就是有没有必要性,而不是仅仅因为英国国内的一些狭隘表现就赌气拒绝对话,体现的是中国对全人类负责任的态度。",
      "今年1月,李希在二十届中央纪委二次全会上的工作报告中提到,今年的主要工作中,包括“围绕教育科技人才支撑、法治保障、国家安全等重点任务跟进监督,有效防范化解风险挑战。”",
     ],
     hijacked=True, legit=False, injections=["headline_prefix", "spliced_filler"], spam_strings=["免费香港资料大全"],
     origin="pages corpus capture (search: '华体会 星空体育 九游会 新闻 区委 召开 会议'); a Hong Kong sports-venue item whose headline carries a lottery-tips prefix, followed by two spliced paragraphs from unrelated news (kept in the page, left out of the truth text)")

case(key="taiwan_visit", url="https://missglobeturkey.com/BBRIYJzgql/33/8c/c13a13196/page.htm", site="missglobeturkey.com",
     shell="college", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="台湾中央大学副研发长一行来校参观访问", headline="台湾中央大学副研发长一行来校参观访问",
     title=None, date=None, source=None, author="港澳台办 施 伟", byline=None,
     paras=[
      "1月13日上午,台湾中央大学副研发长徐国恺、研发处董家均、台湾资讯工业策进会教育研究所所长李进宝等一行6人来校参观访问,许明副校长会见了来访客人。",
      "会上,许明代表学校向客人表示热烈的欢迎,并介绍了近年来亚娱体育平台丨集团有限公司对台教育交流的成果,台湾客人也分别介绍了各自的基本情况。随后,双方相关学科专家进行了对口交流,并对双方可能开展的合作研究项目进行了深入的探讨。校港澳台办、软件学院相关负责人参加了会见。",
      "(港澳台办 施 伟)",
     ],
     truth_paras=[
      "1月13日上午,台湾中央大学副研发长徐国恺、研发处董家均、台湾资讯工业策进会教育研究所所长李进宝等一行6人来校参观访问,许明副校长会见了来访客人。",
      "会上,许明代表学校向客人表示热烈的欢迎,并介绍了近年来对台教育交流的成果,台湾客人也分别介绍了各自的基本情况。随后,双方相关学科专家进行了对口交流,并对双方可能开展的合作研究项目进行了深入的探讨。校港澳台办、软件学院相关负责人参加了会见。",
      "(港澳台办 施 伟)",
     ],
     hijacked=True, legit=False, injections=["brand_substitution_in_body"], spam_strings=["亚娱体育平台丨集团有限公司"],
     origin="pages corpus capture (search: '亚博 PG电子 官方网站 登录入口 学院 举办 讲座'); a university news item (captured on a parasite path of an unrelated host) where the university's name was replaced by a gambling brand; the headline is not in the capture (a neutral headline was written for the shell; title truth null)")

case(key="songjiang", url="http://156.226.18.162/l58j8c.html", site="156.226.18.162",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="淘球app官方网站", headline=None,
     title=None, date=None, source=None, author=None, byline=None,
     pre_block=["✰🐭✺", "淘球app官方网站", "淘球app下载安装", "淘球app店铺", "淘球app改名叫什么了", "淘球app官方", "淘球app店主版", "淘球app官方免费下载正版", "淘球app平台官网入口", "淘球app下载模拟器", "淘球聊足球app官网"],
     paras=[
      "今夏高温日持续,上海市民去哪纳凉消暑?社区的各类服务场所成为不少市民的新选择。在社区服务中心里,市民可以享受到健身活动、读书办公、参加公益课程等各类社区服务。而为了满足市民需求,上海的一些社区从去年年底起还陆续推出了“延时服务”,即工作日的晚上延时开放,周末白天也“不打烊”,让上班族们也能享受到社区公共服务。",
      "延时服务受欢迎吗?8月8日,记者来到文翔路上的上尚缘小区调查。沿着小区大门口的指引,进入小区后直走到底,就是上林居民区党群服务中心。这是个两层楼石库门风格装饰的建筑,除了圆弧形结构的主体楼之外淘球app,两侧还连有翼楼,面积不小。楼内除了图书馆外,还有多功能活动室、剧场、健身房、老年活动室、儿童之家等等。底楼平面图上的字样显示,这里也挂牌是“广富林社区文化活动中心”。",
     ],
     truth_paras=[
      "今夏高温日持续,上海市民去哪纳凉消暑?社区的各类服务场所成为不少市民的新选择。在社区服务中心里,市民可以享受到健身活动、读书办公、参加公益课程等各类社区服务。而为了满足市民需求,上海的一些社区从去年年底起还陆续推出了“延时服务”,即工作日的晚上延时开放,周末白天也“不打烊”,让上班族们也能享受到社区公共服务。",
      "延时服务受欢迎吗?8月8日,记者来到文翔路上的上尚缘小区调查。沿着小区大门口的指引,进入小区后直走到底,就是上林居民区党群服务中心。这是个两层楼石库门风格装饰的建筑,除了圆弧形结构的主体楼之外,两侧还连有翼楼,面积不小。楼内除了图书馆外,还有多功能活动室、剧场、健身房、老年活动室、儿童之家等等。底楼平面图上的字样显示,这里也挂牌是“广富林社区文化活动中心”。",
     ],
     hijacked=True, legit=False, injections=["emoji_noise", "keyword_list_block", "keyword_infix_in_body", "spam_title"],
     spam_strings=["淘球app", "淘球聊足球app官网"],
     origin="pages corpus capture (search: '街道办事处 社区 活动 开展 百家乐 棋牌 app 下载 首页 位置'); a Shanghai community-service news item on a bare-IP host with an emoji line, a sports-betting-app keyword list and an app name spliced into the body; no headline captured (title truth null)")

case(key="yantai_esports", url="https://www.senlinhaowu.com/insights/gongsidongtai/713.html", site="senlinhaowu.com",
     shell="company", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="一竞技(中国)官方网站|以电竞思维赋能企业培训与团队协作",
     headline="一竞技(中国)官方网站|以电竞思维赋能企业培训与团队协作",
     title="提升理性认知促进规范发展烟台首次由官方举办电竞公益讲座", date="2026-02-02", source="烟台融媒", author=None,
     byline="发布日期:2026-02-02 07:58浏览次数:",
     sub_headline="提升理性认知促进规范发展烟台首次由官方举办电竞公益讲座",
     paras=[
      "烟台融媒1月31日讯 昨天上午,鲁东大学莱山实验中学(滨海校区)报告厅内暖意融融,400余名家长济济一堂,目光灼灼聚焦讲台:以“家校社协同育人——家庭教育专项讲座”为载体,烟台首次由官方举办的电竞主题公益活动:“青少年互联网电竞游戏公益科普讲座”在此温情启幕。",
      "这场由莱山区教育和体育局、莱山区文化和旅游局联合主办,莱山区电子竞技运动协会承办,山东省电子竞技运动协会青少年委员会支持的活动,恰似一缕春风,吹散了萦绕在家庭与社会间的电竞迷雾,更以“破冰之举”为烟台电竞产业的规范化发展与青少年的健康成长架起了沟通的桥梁。",
      "活动现场,没有生硬的说教,唯有真诚的分享与深度的共鸣。对于电竞讲座,家长们的眼神里满是好奇与探寻,期间凝神倾听,手中的笔和手机不时记录着关键要点,眉宇间的焦虑渐渐被释然取代。",
     ],
     hijacked=True, legit=False, injections=["brand_takeover_headline", "spam_title"], spam_strings=["一竞技(中国)官方网站", "以电竞思维赋能企业培训与团队协作"],
     origin="pages corpus capture (search: '天博体育 雷火电竞 乐动体育 中学 开展 活动 新闻'); a Yantai media item republished under a betting-brand headline on a company site; the real headline follows as a sub-heading")

# ---------------------------------------------------------------- traditional mirrors (no spam text captured)
case(key="cppcc_trad", url="http://mkcnfr.com/c/2017-01-24/1307778.shtml", site="mkcnfr.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="毛群安:七項舉措推進“健康中國”", headline="毛群安:七項舉措推進“健康中國”",
     title="毛群安:七項舉措推進“健康中國”", date="2017-01-24", source=None, author="張春莉", byline="首頁>要聞 要聞",
     paras=[
      "人民政協網北京1月24日電(記者 張春莉) 1月24日下午,國家衛生計生委宣傳司司長毛群安在該委與健康報聯合舉辦的“健康中國”傳播激勵計劃暨2017年衛生計生新聞工作者媒體座談會上透露,新的一年,國家衛生計生委要采取七項舉措,力促持續深化醫改等工作,推進“健康中國”建設。",
      "毛群安在向媒體介紹了2017年國家衛生計生工作要堅持穩中有進,持續深化醫改,加快建立基本醫療衛生制度框架,推進計劃生育服務管理改革,進一步提高基本公共衛生和基本醫療服務質量和水平,大力發展中醫藥,促進健康產業發展等總體要求后,從以下七個方面闡述了2017年國家衛生計生委要落實的具體工作——",
      "堅持預防為主 提升人民群眾健康素質",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror"], spam_strings=[],
     origin="pages corpus capture (search: '卫生健康委员会 召开 会议 bob体育 半岛 爱游戏'); a CPPCC-news item mirrored in traditional script on an unrelated host (no spam text in the capture)")

case(key="gd_police_trad", url="http://witytech.com/news/67433.html", site="witytech.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="全省打擊治理跨境賭博工作電視電話會議召開", headline="全省打擊治理跨境賭博工作電視電話會議召開",
     title=None, date=None, source=None, author=None, byline=None,
     paras=[
      "本報訊 近日,全省打擊治理跨境賭博工作電視電話會議在省公安廳召開。會議深入貫徹落實全國打擊治理跨境賭博工作電視電話會議精神,總結(jié)過去工作、分析當(dāng)前形勢,就進(jìn)一步做好打擊治理跨境賭博工作進(jìn)行安排部署。副省長、省公安廳廳長鄭藝出席會議并講話。",
      "會議指出,2020年以來,各地、各有關(guān)部門堅持黨委主責(zé)、公安主打、行業(yè)主防,強(qiáng)化網(wǎng)上網(wǎng)下一體、境內(nèi)境外聯(lián)動,打擊治理工作取得協(xié)同聯(lián)動功效、打擊犯罪質(zhì)效、綜合治理成效、拒賭反賭實效明顯提升的新變化。",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars"], spam_strings=[],
     origin="pages corpus capture (search: '公安 打击 跨境赌博 专项行动 新闻发布会 通报'); a provincial anti-gambling meeting report mirrored in traditional script with inline pinyin (jié, dāng, jìn…) on an unrelated host; no headline captured (a headline was written for the shell, title truth null)")

case(key="mps_trad", url="http://www.z-link.net.cn/jiaju/20210507/74591.html", site="z-link.net.cn",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="公安部:去年以來共偵辦跨境賭博及相關犯罪案件1.8萬起", headline="公安部:去年以來共偵辦跨境賭博及相關犯罪案件1.8萬起",
     title=None, date="2021-05-07", source=None, author=None, byline=None,
     paras=[
      "中國公安部新聞發(fā)言人張明7日在北京表示,2020年以來,中國公安部共偵辦跨境賭博及相關犯罪案件1.8萬起,打掉網(wǎng)絡(luò)賭博平臺3400余個,有力逆轉(zhuǎn)了跨境賭博犯罪上升趨勢。",
      "當(dāng)天,公安部在北京舉行新聞發(fā)布會。張明在會上介紹去年以來公安機關(guān)打擊治理跨境賭博工作取得的實質(zhì)性成效及下一步工作措施。",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars", "off_topic_path"], spam_strings=[],
     origin="pages corpus capture (same search as gd_police_trad, rank 2); a Ministry of Public Security briefing mirrored in traditional script under a furniture ('jiaju') path of an unrelated host; headline not captured (title truth null)")

case(key="mps2025_trad", url="http://m.av069.com/news/guonei/2025-02-08/1561091.html", site="m.av069.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="公安機關(guān)摧毀大批特大跨境賭博團伙", headline="公安機關(guān)摧毀大批特大跨境賭博團伙",
     title="公安機關(guān)摧毀大批特大跨境賭博團伙", date="2025-02-08", source=None, author="周倩", byline="有力形成“追著打、精準打、持續(xù)打”的高壓態(tài)勢",
     paras=[
      "本報訊(記者周倩)記者2月6日從公安部獲悉,截至2024年12月,全國公安機關(guān)共偵辦涉跨境賭博及關(guān)聯(lián)案件7.3萬起,打掉網(wǎng)絡(luò)賭博平臺4500余個,摧毀多個境外特大賭博集團在我境內(nèi)的招賭吸賭網(wǎng)絡(luò)和地下錢莊等非法資金通道,進一步鞏固了對跨境賭博活動的壓倒性態(tài)勢。",
      "一年來,公安部部署各地公安機關(guān)摧毀了一大批特大跨境賭博團伙,抓獲了一大批不法分子,鏟除了一大批黑灰產(chǎn)業(yè)鏈條,有力形成“追著打、精準打、持續(xù)打”的高壓態(tài)勢。依托“夏季行動”等專項工作,全國公安機關(guān)針對45起重大跨境賭博案件開展4波次集群戰(zhàn)役,抓獲違法犯罪嫌疑人1.1萬余名。",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars", "adult_named_host"], spam_strings=[],
     origin="pages corpus capture (same search as gd_police_trad, rank 5); a police-bureau news item mirrored in traditional script on an adult-named host")

case(key="qinxing_trad", url="http://277762.cc/ba/ygsqdfqf.html", site="277762.cc",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="樂(lè)享新春·睦鄰友好 廣元市青川縣秦興社區(qū)開(kāi)展新春游園會(huì)",
     headline="樂(lè)享新春·睦鄰友好 廣元市青川縣秦興社區(qū)開(kāi)展新春游園會(huì)",
     title="樂(lè)享新春·睦鄰友好 廣元市青川縣秦興社區(qū)開(kāi)展新春游園會(huì)", date=None, source=None, author=None, byline=None,
     paras=[
      "為豐富和活躍社區(qū)居民的精神文化生活,提高社區(qū)居民的生活質(zhì)量和健康水平,更好地滿足居民群眾的需求,增進(jìn)“鄰里情”,增強(qiáng)社區(qū)凝聚力,營(yíng)造喜慶祥和的節(jié)日氛圍。1月17日下午,在我國(guó)傳統(tǒng)節(jié)日-春節(jié)即將到來(lái)之際,廣元市青川縣秦興社區(qū)聯(lián)合廣元市樂(lè)善社會(huì)工作服務(wù)中心開(kāi)展了“樂(lè)享新春·睦鄰友好”迎新春趣味游園會(huì)活動(dòng)。",
      "此次活動(dòng)共推出猜燈語(yǔ)、巧手?jǐn)[福、瞎子摸福、凌波微步、乒乓水上漂、夾彈珠、幸運(yùn)套圈等七個(gè)項(xiàng)目。",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars"], spam_strings=[],
     origin="pages corpus capture (search: '街道办事处 社区 活动 开展 百家乐 棋牌 app 下载 首页 位置'); a community news item mirrored in traditional script on a numeric .cc host")

case(key="lianyungang_trad", url="http://www.tcgxipo.com/temp/zt2017/lhxzc/xsdxzc/2020/1226/173916.shtml", site="tcgxipo.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="【走向我們的小康生活】百姓大舞臺成周邊居民娛樂“打卡地”",
     headline="【走向我們的小康生活】百姓大舞臺成周邊居民娛樂“打卡地”",
     title="【走向我們的小康生活】百姓大舞臺成周邊居民娛樂“打卡地”", date=None, source=None, author="陳兵", byline=None,
     paras=[
      "【連網】(記者 陳兵 通訊員 孟嚴 李娜) “早上剛從大舞臺跳舞回來,大家一起玩真開心,可以說現在這里就是居民打卡地。”昨日,家住連云港海州區郁洲街道西鳳社區的劉紅高興地說。隨著社會的不斷發展,居民生活水平的日益提高,大家對精神文化的需求更加強烈,為此,西鳳社區為居民打造了一個展現自我的場所——百姓大舞臺,其更深層次的意義是拉近距離,讓社區和居民更近,也讓居民之間更近。",
      "如今,郁洲街道的高層住宅越來越多,很多居民面臨一個問題:如何熟悉并有效溝通,讓大家彼此之間成為好鄰居?“社區新建一個百姓大舞臺,這是組織聯系群眾的有效方法。”西鳳社區負責人汪星辰感慨地說,有些居民都不了解社區有什么活動,平時的黨員活動、低保救助等只能輻射一部分范圍,很多上班族、新遷入的居民與社區的互動較少。",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror"], spam_strings=[],
     origin="pages corpus capture (same search as qinxing_trad, rank 5); a Lianyungang news item mirrored in traditional script under a deep template path of an unrelated host")

case(key="rizhao_trad", url="http://www.epennyvalue.com/viscms/juxian3053/20250708/606941.html", site="epennyvalue.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="電競比賽燃動夏日", headline="電競比賽燃動夏日",
     title="電競比賽燃動夏日", date="2025-07-08", source="日照新聞網(wǎng)", author=None,
     byline="來源:日照新聞網(wǎng) 發(fā)布時間:2025-07-08 17:53:31",
     paras=[
      "日照日報/日照新聞網(wǎng)訊 為激發(fā)數(shù)字經(jīng)濟創(chuàng)新活力,引領(lǐng)廣大群眾積極參與電子競技體育,助力體育強縣和數(shù)字經(jīng)濟發(fā)展,7月7日晚,“體育燃情 電競逐夢 文旅狂歡”2025年莒縣第十五屆全民健身運動會首屆魯東南電子競技公開賽在縣全民健身中心拉開帷幕。",
      "本次電子競技公開賽不僅為電競愛好者們提供了一個展示自我、釋放激情的平臺,也讓現(xiàn)場觀眾感受到電子競技團隊協(xié)作、拼搏進取的精神與魅力,感受到電競產(chǎn)業(yè)作為新興體育項目的發(fā)展?jié)摿?。(日照報業(yè)通訊員 張迅名 報道",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars"], spam_strings=[],
     origin="pages corpus capture (search: '天博体育 雷火电竞 乐动体育 中学 开展 活动 新闻'); a Rizhao county news item mirrored in traditional script on an unrelated host")

case(key="fenghuo_trad", url="http://m.meyanliao.com/article/online/4403.html", site="m.meyanliao.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="烽火算法升級打擊網(wǎng)絡(luò)劫持問題維護(hù)互聯(lián)網(wǎng)生態(tài)",
     headline="烽火算法升級打擊網(wǎng)絡(luò)劫持問題維護(hù)互聯(lián)網(wǎng)生態(tài)",
     title="烽火算法升級打擊網(wǎng)絡(luò)劫持問題維護(hù)互聯(lián)網(wǎng)生態(tài)", date=None, source=None, author=None,
     byline="位置:首頁 > 資訊 > 電商資訊>烽火算法升級打擊網(wǎng)絡(luò)劫持問題維護(hù)互聯(lián)網(wǎng)生態(tài)",
     paras=[
      "想必各位做網(wǎng)絡(luò)運(yùn)營的小伙伴,或多或少都有碰到過網(wǎng)絡(luò)劫持問題。前幾年天線貓還有些互聯(lián)網(wǎng)公司利用百度對劫持的空缺而從中獲利。況且現(xiàn)在針對打擊。建議不要嘗試。",
      "網(wǎng)站劫持對用戶傷害極大,嚴(yán)重危害搜索用戶的網(wǎng)絡(luò)安全。一直以來,網(wǎng)站劫持問題都是百度搜索重點(diǎn)關(guān)注和嚴(yán)厲打擊的問題之一。",
      "網(wǎng)站劫持的表現(xiàn)形式",
      "百度搜索中的網(wǎng)站劫持有以下兩種表現(xiàn)形式:",
      "跳轉(zhuǎn)劫持:用戶點(diǎn)擊目標(biāo)網(wǎng)頁后,頁面直接跳轉(zhuǎn)至另一頁面;",
     ],
     hijacked=True, legit=False, injections=["traditional_mirror", "pinyin_annotated_chars"], spam_strings=[],
     origin="pages corpus capture (search: '黑帽SEO 快照劫持 被黑 网站标题 篡改 博彩关键词 js 跳转 代码 分析'); a webmaster article mirrored in traditional script with inline pinyin on an unrelated host")

# ---------------------------------------------------------------- hijacked: real injection (public issue) in a real clean page
case(key="qqhr_ua_redirect", url="http://qqhr.gov.cn/News_showGkmlNews.action?messagekey=189769", site="qqhr.gov.cn",
     shell="xxgk", lang="zh", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知",
     headline="齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知",
     title="齐齐哈尔市人民政府办公室关于印发《齐齐哈尔市政务云平台管理实施细则》等三个文件的通知",
     date="2019-11-29", source="市人民政府办公室", author=None,
     meta_table=[("索引号", "20191202-189769"), ("分类", "其他; 市人民政府办公室; 市政府、市政府办公室文件;"), ("发布机构", "市人民政府办公室"), ("发文日期", "2019-11-29"), ("文号", "齐政办发〔2019〕29号"), ("上载日期", "2019-12-02")],
     byline="信息来源: 市人民政府办公室",
     paras=[
      "齐政办发〔2019〕29号",
      "各县(市)、区人民政府,市政府各委、办、局:",
      "经市政府同意,现将《齐齐哈尔市政务云平台管理实施细则》《齐齐哈尔市政务数据资源共享管理实施细则》《齐齐哈尔市电子政务项目管理实施细则》印发给你们,请认真遵照执行。",
      "齐齐哈尔市人民政府办公室",
      "2019年11月29日",
     ],
     inject_head='<script>var a=navigator["userAgent"]["toLowerCase"]()["match"](/(ipod\\|iphone\\|ipad\\|android\\|coolpad\\|mmp\\|smartphone\\|midp\\|wap\\|xoom\\|symbian\\|j2me\\|blackberry\\|wince)/i)!=null;if(a){window.location.href="https://tg.diaoyuds.com/?c=1257"}</script>' + '<script src=https://www.999meiju.com/js/tjj.js></script>' * 6,
     hijacked=True, legit=False, injections=["ua_mobile_redirect_script", "repeated_script_loader"], spam_strings=["tg.diaoyuds.com", "999meiju.com"],
     origin="injected code verbatim from GitHub issue magicblack/maccms8#20 (mobile-UA redirect + repeated tjj.js loader); clean page: pages corpus capture of a Qiqihar government notice (search: '人民政府 通知 开云体育 官方网站 入口'), body = first paragraphs")

case(key="pingshan_trackmyposs", url="https://www.szpsq.gov.cn/ztfw/cycxfw/hdrl/ldhd/content/post_12111188.html", site="szpsq.gov.cn",
     shell="county", lang="zh", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="区政府2025年第6次党组会议、二届102次常务会议召开", headline="区政府2025年第6次党组会议、二届102次常务会议召开",
     title="区政府2025年第6次党组会议、二届102次常务会议召开", date="2025-04-08", source="坪山区人民政府办公室", author=None,
     byline="信息来源:坪山区人民政府办公室 发布时间:2025-04-08 09:21:23",
     paras=[
      "近日,区政府党组书记、区长赵嘉主持召开区政府党组会议,传达学习习近平总书记在哈尔滨第九届亚洲冬季运动会开幕式欢迎宴会上的重要致辞精神,研究区政府系统贯彻落实意见。",
      "会议指出,习近平总书记在致辞中深刻阐述了哈尔滨亚冬会的办赛理念及其对亚洲、对世界的时代意义,再次表达了中国以体育促进与各国各地区交流合作的真诚愿望,为我们做好新时代体育工作、推进体育事业改革发展指明了前进方向。",
      "会议强调,要深入学习领会习近平总书记在哈尔滨第九届亚洲冬季运动会开幕式欢迎宴会上的重要致辞精神,进一步提高政治站位,以高度的责任感使命感办好“十五运会”相关赛事,全面提升全民健身、竞技体育、体教融合、体育产业等发展水平,为深圳建设国际著名体育城市作出更大坪山贡献。",
      "区政府党组会议后,赵嘉区长主持召开区政府常务会议,审议了有关事项。",
     ],
     inject_tail='<script src="/js/jquery.min.js"></script><script>/* trackmyposs*/eval(String.fromCharCode(118,111,105,100,32,48));</script>',
     hijacked=True, legit=False, injections=["charcode_eval_loader"], spam_strings=["trackmyposs"],
     origin="injected marker and call shape verbatim from GitHub issue geodesicsolutions-community/geocore-community#165 ('/* trackmyposs*/eval(String.fromCharCode…' appended to jQuery files); the char codes are not in the issue, so the payload here decodes to 'void 0'; clean page: pages corpus capture of a Pingshan district meeting item (search: '华体会 星空体育 九游会 新闻 区委 召开 会议')")

case(key="hengqin_tokeichun", url="http://ep.ycwb.com/epaper/ywdf/html/2023-02/24/content_788_556693.htm", site="ep.ycwb.com",
     shell="epaper", lang="zh", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="Hacked by tokeichun", headline="横琴粤澳深度合作区体育联合会成立",
     title="横琴粤澳深度合作区体育联合会成立", date="2023-02-24", source="羊城区域", author="钱瑜", byline="来源:羊城区域",
     paras=[
      "羊城晚报讯 记者钱瑜报道:日前,在横琴粤澳深度合作区民生事务局、珠海各体育协会和企事业单位代表的共同见证下,横琴粤澳深度合作区体育联合会成立大会暨第一届会员大会在横琴国际网球中心举行。 合作区体育联合会业务主管部门——合作区民生事务局局长黄宇杰表示,合作区体育联合会的成立对进一步繁荣发展合作区文体事业、推进全民健身运动将发挥十分重要的作用,希望联合会充分发挥连接政府与体育类企业的纽带和桥梁作用,促进合作区内的体育类企业建立高标准的管理与服务体系,同时积极联动粤港澳大湾区各城市,推进各项体育赛事活动在横琴落地开花,助力琴澳体育融合发展。",
      "据了解,横琴多年来不断推动体育事业高质量发展,各类体育场馆和设施不断完善,更有珠海WTA超级精英赛、珠海网球冠军赛(ATP250)、横琴马拉松等大型赛事IP,已经形成浓厚的体育产业发展氛围,助力横琴国际休闲旅游岛建设,不仅为横琴、珠海、澳门的各类体育协会和行业企业提供共谋发展的平台,更为广大体育爱好者提供了一个相互学习、相互交流、相互促进的大舞台。",
     ],
     hijacked=True, legit=False, injections=["defacement_title"], spam_strings=["Hacked by tokeichun"],
     origin="injected site title verbatim from GitHub issue getgrav/grav-plugin-admin#2236; clean page: pages corpus capture of a Yangcheng Evening News e-paper item (search: '华体会 星空体育 九游会 新闻 区委 召开 会议')")

case(key="katadata_gacor", url="https://katadata.co.id/ameidyonasution/berita/62ff8c6737446/daftar-bandar-judi-digulung-polri-dalam-beberapa-tahun-terakhir", site="katadata.co.id",
     shell="news_id", lang="id", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="Daftar Bandar Judi Digulung Polri dalam Beberapa Tahun Terakhir", headline="Daftar Bandar Judi Digulung Polri dalam Beberapa Tahun Terakhir",
     title="Daftar Bandar Judi Digulung Polri dalam Beberapa Tahun Terakhir", date=None, source=None, author=None, byline=None,
     paras=[
      "Kepala Kepolisian Republik Indonesia (Kapolri) Jenderal Pol Listyo Sigit Prabowo telah memerintahkan jajaran di tingkat Mabes Polri hingga Polda untuk memberantas habis aktivitas judi.",
      "Tak hanya itu, Kapolri juga memerintahkan jajarannya untuk memberantas pihak-pihak yang membekingi praktik perjudian, tak hanya bandar dan pelakunya.",
      "“Baik perjudian konvensional maupun online dengan sasaran tak hanya para pemain dan bandar saja,\" kata Kapolri seperti dikutip Divisi Humas Polri melalui akun Instagramnya, Jumat (19/8).",
     ],
     inject_after='<div style="position:absolute;left:-9999px;top:-9999px"><h2>GACOR4D : LINK SLOT GACOR 4D TERBARU HARI INI 2023</h2><p><a href="https://akseslink.xyz/webnovel/">►👉DAFTAR  SLOT GACOR4D</a></p></div>',
     hijacked=True, legit=False, injections=["offscreen_spam_block"], spam_strings=["GACOR4D", "LINK SLOT GACOR 4D TERBARU HARI INI 2023", "DAFTAR  SLOT GACOR4D"],
     origin="injected heading and link text verbatim from the spam post in GitHub issue run-llama/llama_index#3060; clean page: pages corpus capture of a Katadata article on police gambling raids (search: 'Polri tangkap bandar judi online situs gacor kasus'); the article itself is legit gambling news")

case(key="caristyle_linkpop", url="https://caristyle.co.id/polda-diy-tangkap-pemain-judi-online-tapi-bandarnya-kemana", site="caristyle.co.id",
     shell="news_id", lang="id", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="Polda DIY Tangkap Pemain Judi Online, Tapi Bandarnya Kemana?", headline="Polda DIY Tangkap Pemain Judi Online, Tapi Bandarnya Kemana?",
     title="Polda DIY Tangkap Pemain Judi Online, Tapi Bandarnya Kemana?", date=None, source=None, author=None, byline=None,
     paras=[
      "Sejumlah pakar hukum pidana menyoroti keanehan penangkapan lima orang di Yogyakarta oleh kepolisian atas tuduhan merugikan situs judi online. Keheranan publik ini muncul lantaran pihak kepolisian tidak turut mempersoalkan bandar atau pemilik situs judi tersebut, padahal pemerintah, sejak Prabowo Subianto menjabat presiden, berulang kali berjanji akan memberantas judi online.",
      "Menurut ahli hukum, Pasal 303 KUHP tentang perjudian sejatinya secara khusus ditujukan untuk menjerat bandar judi, bukan sekadar pemain.",
     ],
     inject_footer='<div class="site-info" style="font-size:1px;color:#fff">Daftar Situs LINK SLOT Gacor 2023 Gampang Menang &amp; Maxwin Hari Ini LINK SLOT Online NO 1 DI INDONESIA <a href="https://linkpop.com/situs-slot-online-2023">LINK SLOT Gacor</a></div>',
     hijacked=True, legit=False, injections=["tiny_white_footer_text"], spam_strings=["Daftar Situs LINK SLOT Gacor 2023 Gampang Menang", "LINK SLOT Gacor"],
     origin="injected text verbatim from the spam post in GitHub issue github/codespaces-jupyter#248; clean page: pages corpus capture of a Caristyle article on a Yogyakarta online-gambling arrest (same search as katadata_gacor)")

case(key="senginx_robot", url="http://www.senginx.org/en/index.php/HTTP_Robot_Mitigation", site="senginx.org",
     shell="wiki", lang="en", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="HTTP Robot Mitigation", headline="HTTP Robot Mitigation",
     title="HTTP Robot Mitigation", date=None, source=None, author=None, byline="Jump to: navigation, search",
     lead_spam='This enlightening article offers some of the most good a long time to make split lists of them actions., <a href="http://www.casinowsw.co.uk/">free online casino games win real money no deposit</a>, [url=http://www.casinowsw.co.uk/]free online casino games win real money no deposit[/url], 157649,',
     paras=[
      "The robot mitigation module of SEnginx challenges a client before its request reaches the backend, and only clients that answer the challenge are let through.",
     ],
     hijacked=True, legit=False, injections=["wiki_spam_sentence_with_links"], spam_strings=["free online casino games win real money no deposit", "casinowsw.co.uk", "This enlightening article offers some of the most good"],
     origin="spam lead verbatim from GitHub issue NeusoftSecurity/SEnginx#4 (injected at the top of the wiki page); the page's own text is not in the issue, so one neutral sentence describing the module stands in for it (caveat: rebuilt body)")

case(key="senginx_lb", url="http://www.senginx.org/en/index.php/Fastest_Load_Balancing", site="senginx.org",
     shell="wiki", lang="en", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="Fastest Load Balancing", headline="Fastest Load Balancing",
     title="Fastest Load Balancing", date=None, source=None, author=None, byline="Jump to: navigation, search",
     lead_spam='hfznttfohjoy, <a href="http://www.hintdlnhfx.com/">wgmidzjrpb</a> , [url=http://www.ftdljyuxdg.com/]hkshcxghbt[/url], http://www.bciqyipoxa.com/ wgmidzjrpb',
     paras=[
      "The fastest load balancing algorithm sends each request to the upstream server that has answered fastest recently.",
     ],
     hijacked=True, legit=False, injections=["random_token_link_spam"], spam_strings=["wgmidzjrpb", "hfznttfohjoy", "hkshcxghbt"],
     origin="spam lead verbatim from GitHub issue NeusoftSecurity/SEnginx#4; page body is one neutral stand-in sentence (caveat: rebuilt body)")

case(key="senginx_cfg", url="http://www.senginx.org/en/index.php/Configuration_Examples", site="senginx.org",
     shell="wiki", lang="en", kind="real-injection-in-real-page", capture="text", encoding="utf-8",
     shown_title="Configuration Examples", headline="Configuration Examples",
     title="Configuration Examples", date=None, source=None, author=None, byline="Jump to: navigation, search",
     lead_spam=None,
     paras=[
      "In this page, we provide some configuration examples of the functionality in SEnginx.",
     ],
     mid_spam='In such circumstances, there\'s not enough., <a href="http://paydayzabc.co.uk">Payday Loan UK</a>, lau,',
     hijacked=True, legit=False, injections=["wiki_spam_sentence_with_links"], spam_strings=["Payday Loan UK", "In such circumstances, there's not enough."],
     origin="page lead and spam line verbatim from GitHub issue NeusoftSecurity/SEnginx#4")

case(key="macro_virus_porn", url="http://www.risenshineclean.com/news/36567.html", site="risenshineclean.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="中文亚洲精品无码_熟女乱子伦免费_人人超碰人人爱国产_亚洲熟妇女综合网",
     headline="網(wǎng)站的數(shù)據(jù)庫怎么建立太原seo",
     title=None, date=None, source=None, author=None,
     byline="當前位置: 首頁 > news >正文",
     pre_block=["中文亚洲精品无码_熟女乱子伦免费_人人超碰人人爱国产_亚洲熟妇女综合网"],
     paras=[
      "目前主流殺軟在處理宏病毒時,都是直接刪除含有宏病毒的文檔,這樣處理顯得有些粗暴,將導致用戶無法查看文檔里的數(shù)據(jù),如果是一些重要的業(yè)務數(shù)據(jù),將造成業(yè)務數(shù)據(jù)的丟失,產(chǎn)生無法估計的后果。本文將介紹一種宏病毒處理思路,在不刪除文檔文件的情況下清除宏病毒。",
      "復合文檔二進制解析",
      "在正式處理宏病毒前,我們必須對Office文檔的數(shù)據(jù)結構以及宏的數(shù)據(jù)結構有著初步的了解。",
     ],
     hijacked=True, legit=False, injections=["porn_keyword_title", "porn_keyword_line", "traditional_mirror", "keyword_stuffed_headline"],
     spam_strings=["中文亚洲精品无码", "熟女乱子伦免费", "人人超碰人人爱国产", "亚洲熟妇女综合网"],
     origin="pages corpus capture (search: 'document.write 友情链接 隐藏 黑链 代码 示例 <div style=\"display:none\"> 网站被挂', rank 8); a technical article mirrored in traditional script under a porn-keyword <title> and top line, with a keyword-stuffed headline (an SEO query, not the article's title; title truth null)")

case(key="digital_gov_tagsoup", url="http://www.yy6687.com/page/2022/0507/10294719.shtml", site="yy6687.com",
     shell="portal_trad", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="基于政策工具與LDA模型的我國省級數字政府建設政策文本分析",
     headline="基于政策工具與LDA模型的我國省級數字政府建設政策文本分析",
     title="基于政策工具與LDA模型的我國省級數字政府建設政策文本分析", date="2022-05-07", source=None, author="王燦友 姜韓",
     byline="2022-05-07 20:24王燦友姜韓 科學與管理 2022年1期",
     raw_pre='<noframes id="fpxfr"><listing id="fpxfr"><listing id="fpxfr"></listing></listing></noframes><address id="fpxfr"></address><address id="fpxfr"><th id="fpxfr"><progress id="fpxfr"></progress></th></address>',
     paras=[
      "關鍵詞:數字政府;政策工具;LDA模型;政策文本",
      "0引言",
      "伴隨以數字化、網絡化、智能化為特征的現代信息技術飛速發展,深刻改變著社會公眾生活方式,也潛移默化地拓展了政府治理新領域[1]。黨的十九屆四中全會指出:“建立健全運用互聯網、大數據、人工智能等技術手段進行行政管理的制度規則。推進數字政府建設,加強數據有序共享”。",
     ],
     hijacked=True, legit=False, injections=["random_id_tag_soup", "traditional_mirror"], spam_strings=[],
     origin="pages corpus capture (search: '成人 视频 在线 观看 无码 中文字幕 新闻 人民政府 召开 会议 工作', rank 6); a journal article mirrored in traditional script with a block of empty random-id tags (noframes/listing/address/progress) before it")

# ---------------------------------------------------------------- legit
case(key="jiangmen_police", url="http://k.sina.com.cn/article_5787187353_158f17899020019ocj.html", site="k.sina.com.cn",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="江门公安多措并举开展打击治理跨境赌博违法犯罪专项行动", headline="江门公安多措并举开展打击治理跨境赌博违法犯罪专项行动",
     title="江门公安多措并举开展打击治理跨境赌博违法犯罪专项行动", date="2021-05-14", source="新浪网", author="羊城派",
     byline="2021年05月14日 20:42 新浪网 作者 羊城派",
     paras=[
      "文、图/羊城晚报全媒体记者 彭纪宁",
      "通讯员 谭耀广 江公宣",
      "14日,记者从江门市公安局召开的打击治理跨境赌博违法犯罪专项行动新闻发布会上获悉,去年以来,该局严格按照公安部、省公安厅的统一部署,深入开展打击治理跨境赌博工作,截至今年4月底,江门全市共侦破跨境赌博案件20起,抓获犯罪嫌疑人481人,查扣冻结涉案资金1.67亿元,打掉跨境赌博及关联的犯罪团伙36个,处罚治理了一大批赴境外参赌和参与网络赌博的人员,充分彰显了江门市公安机关坚决打击治理跨境赌博的决心和能力。",
      "据介绍,近年来,在严厉打击跨境赌场金主股东、赌博集团代理、涉赌技术人员和资金平台以及其他关联犯罪团伙行动中,江门市公安机关多措并举,有效遏制了跨境赌博对我国群众招赌吸金的猖獗势头。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: '公安 打击 跨境赌博 专项行动 新闻发布会 通报', rank 6); police anti-cross-border-gambling report")

case(key="xinhua_mrdx", url="http://mrdx.cn/h5/mrdx/content/20210409/Articel02005GN.htm", site="mrdx.cn",
     shell="epaper", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="跨境赌博犯罪升势已被逆转", headline="跨境赌博犯罪升势已被逆转",
     title="跨境赌博犯罪升势已被逆转", date="2021-04-09", source="新华每日电讯", author="熊丰",
     byline="( 2021-04-09 ) 稿件来源:新华每日电讯 权威发布",
     paras=[
      "据了解,打击治理跨境赌博工作第一次专题会议召开以来,公安部会同有关部门克服疫情影响,综合运用多种手段,扎实开展打击治理,连续发起多波次的全国性集群打击行动和专项治理行动,对在我国境内招赌吸赌的犯罪团伙开展全链条打击,成功打掉境外多个特大赌博集团在我境内的招赌吸赌网络、非法资金通道和网络技术平台,破获了一大批重大跨境赌博案件,有效遏制了境外赌博集团对我吸赌招赌的猖獗势头。",
      "为方便广大群众举报跨境赌博违法犯罪活动,公安部设立打击治理跨境赌博举报中心,24小时接收境内外举报线索。截至目前,共收到举报线索5万余条,推动破获一大批跨境赌博案件,抓获一大批犯罪嫌疑人。公安部与最高人民法院、最高人民检察院发布关于敦促跨境赌博相关犯罪嫌疑人投案自首的通告以来,全国已有230余名境内外犯罪嫌疑人主动投案自首,还有一些涉案人员通过举报平台、邮箱表达投案自首意愿。(记者熊丰)据新华社北京4月8日电",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as jiangmen_police, rank 8); Xinhua daily on the cross-border gambling crackdown")

case(key="beijing_police", url="http://longkongtuishu.com/ca39cBwRsBFUEC1VT.html", site="longkongtuishu.com",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="北京某单位二级页面竟显示博彩网站内容!约谈、整改", headline="北京某单位二级页面竟显示博彩网站内容!约谈、整改",
     title="北京某单位二级页面竟显示博彩网站内容!约谈、整改", date=None, source="首都网警微信公众号", author=None,
     byline="北京日报客户端",
     paras=[
      "2023年6月,北京市公安局网安总队发现北京某单位二级页面显示博彩网站内容。",
      "经进一步核查,事件的起因系该单位主页上链接到其签约广告商的链接域名停用后,被一博彩网站抢注,致使通过互联网访问该域名时,显示为博彩网站页面,造成了不良影响。",
      "针对该情况,北京公安网安部门根据《中华人民共和国网络安全法》等相关规定,对该单位相关负责人进行了约谈,并责令该单位对以上问题立即整改。",
      "公安机关郑重提示",
      "各网络运营者,尤其是新闻类网站,要进一步完善第三方外链的管理工作,尤其是自动跳转的广告链接。",
      "在页面发布流程中严格审查内容,定期开展专项检查,及时下线到期、失效的第三方链接。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: '网站被植入 博彩 暗链 隐藏链接 政府网站 整改', rank 8); police notice about a gambling takeover of an expired ad domain (the host's SEO preamble left out)")

case(key="tvb_trad_report", url="https://www2.tvboxnow.com/thread-3289998-1-566.html", site="tvboxnow.com",
     shell="forum", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="台媒:大陸部分政府網站被盜用 跳轉色情網站", headline=None,
     title=None, date=None, source="中央社", author=None, byline=None,
     paras=[
      "4月17日電/台媒稱,大陸最近全面清查各級政府官方網站是否變成“僵屍網站”。最新報道指出,一些無人照顧、更新的官網竟然被盜用,點擊網址後直接跳轉到色情網站。",
      "台灣“中央社”4月16日援引大陸媒體的報道稱,一些大陸的政府網站內容始終停留在“過去時態”,某些官方網站欄目直接“開天窗”,這些“睡眠網站”、“僵屍網站”嚴重影響了政府網站的公信力。",
      "據中國軟件評測中心不完全統計,在大陸新浪、搜狐等門戶網站和天涯、貓撲等網絡論壇上,僅2014年上半年,所曝光的政府網站運行維護問題超過200個,網友瀏覽量近10億次,留言數量近10萬則。",
      "報道說,在隨機抽取的600家區縣政府網站中,“超過87%的網站存在3個以上欄目不更新”,“超過80%的網站存在部分功能或頁面無法使用和打開”,“超過90%的網站存在暗鏈、偽鏈”。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as beijing_police, rank 3); a forum repost (traditional script) of a report on hijacked government sites; the forum's anti-copy watermark noise left out; thread title not captured (title truth null)")

case(key="link_inspection", url="https://m.163.com/dy/article/KL3H81FV0556DLY2.html", site="m.163.com",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="建立“网站链接巡查制度”有什么用?", headline=None,
     title=None, date=None, source=None, author=None, byline=None,
     paras=[
      "建立“网站链接巡查制度”不仅是网站日常运维的基础动作,更是维护政府及企事业单位网络安全底线公信力的关键屏障。",
      "链接是互联网的“神经”。随着时间推移,网站内外部环境的变化会导致大量链接失效或变异。建立巡查制度主要有以下具体的用途深远的影响",
      "一、 网站链接巡查制度有什么用?(核心价值)",
      "该制度的核心作用在于通过常态化的监测,消除“死链”和“毒链”带来的隐患。",
      "1. 规避“外链变异”带来的政治与法律风险",
      "这是最致命的风险点。",
      "用途:许多政府网站引用的外部链接(如友链、下级单位旧官网),因域名过期未续费,往往会被非法团伙抢注并搭建成博彩、色情或反动网站",
      "价值:巡查制度能及时发现并切断这些“变质”的链接,防止官方网站成为非法内容的“导流入口”,避免严重的政治事故和法律追责",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as beijing_police, rank 4); an explainer on link inspection for government sites (mentions gambling takeovers); headline not captured (title truth null)")

case(key="macau_drill", url="https://www.gov.mo/zh-hans/news/page/5225/?display_mode=list", site="gov.mo",
     shell="county", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="娱乐场突发事件演练-“捕狼2019”将于周五凌晨进行", headline="娱乐场突发事件演练-“捕狼2019”将于周五凌晨进行",
     title="娱乐场突发事件演练-“捕狼2019”将于周五凌晨进行", date=None, source=None, author=None, byline=None,
     paras=[
      "警察总局将联同博彩监察协调局,协调海关、治安警察局、司法警察局、消防局及威尼斯人酒店等多个部门及机构,于3月22日(五)凌晨进行代号“捕狼2019”的娱乐场突发事件演练,旨在增强跨部门及机构间的联动机制。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: '乡镇 人民政府 工作动态 澳门葡京 娱乐 线上 赌场 网址', rank 1; a news list page of the Macao government portal — the first item rebuilt as an article page; note: the host gov.mo appears in earlier splits' host list, but not this page)")

case(key="shawan_chess", url="http://www.xjswx.gov.cn/info/1055/120399.htm", site="xjswx.gov.cn",
     shell="county", lang="zh", kind="rebuilt-from-text", capture="text", encoding="gb18030",
     shown_title="沙湾市:“家门口”的文化活动室让老年人生活“红火”起来", headline="沙湾市:“家门口”的文化活动室让老年人生活“红火”起来",
     title="沙湾市:“家门口”的文化活动室让老年人生活“红火”起来", date="2023-12-01", source="沙湾市融媒体中心", author=None,
     byline="发布时间: 2023-12-01 16:53:48 来源:沙湾市融媒体中心",
     paras=[
      "为进一步丰富辖区居民的精神文化需求,增进居民之间感情交流,沙湾市团结街道少年路社区以阵地聚民意,以服务解民忧,以真情暖民心,通过面向居民开放社区活动室,全力打造15分钟便民服务圈。据了解,沙湾市团结街道少年路社区根据不同人群需求,发挥阵地作用,配备桌椅板凳及各类图书等,设立舞蹈室、乒乓球室、图书阅览室、棋牌室等,打造了“家门口”的文化活动室,辖区居民们可根据自己的爱好选择喜欢的娱乐活动。 活动室开放后,每天上午10点,老年人们便来到了活动室,有的三五成群在一块聊天,有的在一起打扑克,悠闲自得、其乐融融。社区活动室的有序开放,为老年人提供了冬季“以牌会友”的娱乐场所,也让舞蹈爱好者享受了尽情跳舞的乐趣,更是为老年人提供了一个相互交流、切磋技艺、展示风采的平台。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as qinxing_trad, rank 3); a county government item with card-room vocabulary (棋牌室/打扑克/以牌会友), not gambling")

case(key="macau_dictionary", url="http://www.ctoth.com/dictionary/3199679.html", site="ctoth.com",
     shell="portal", lang="zh", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="赌场", headline="赌场",
     title="赌场", date=None, source=None, author=None, byline=None,
     paras=[
      "澳门得以驰誉世界的首要原因应是娱乐博彩业了。这个赌业之都的旅游业即是以博彩业为依托的。1961年2月13日,博彩业在澳门取得合法地位,并从此得到飞速发展,目前已成为澳门最大的产业。",
      "澳人把赌场称为“娱乐场”,各娱乐场一般均设有20种以上的赌具,从西式的轮盘赌、掷骰、纸牌到东方古老的押宝、番摊和麻将等等。娱乐场一般附设于大酒店,设备豪华,保安严密,管理现代化。",
      "所有赌场的规矩大致相同,年满18岁才能进入,不收入场费,没有衣着限制,不能携带大型手提袋、照相机、录像机、手机入场。赌场只接受葡币、港币下注,若持外币者,可先到窗口换取筹码。每种赌法都设有最低赌注和最高赌注,赌客可依自己的实力自由决定下注。",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: '学院 新闻 发布时间 真人百家乐 澳门 在线 娱乐 官网 注册', rank 7); a travel-guide entry on Macau casinos")

case(key="ggr_2023", url="https://www.ggrasia.com/macau-2023-ggr-to-hit-extra-non-gaming-spend-trigger-ce/", site="ggrasia.com",
     shell="news_en", lang="en", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="Macau 2023 GGR to hit extra non-gaming spend trigger: CE", headline="Macau 2023 GGR to hit extra non-gaming spend trigger: CE",
     title=None, date="2023-12-21", source=None, author=None, byline="Dec 21, 2023 Newsdesk Latest News, Macau, Top of the deck",
     paras=[
      "The head of Macau’s government, Ho Iat Seng (pictured), said on Wednesday that city-wide casino gross gaming revenue (GGR) for full-year 2023 was likely to exceed MOP180 billion (US$22.39 billion).",
      "Under the new concession contracts with the city’s six operators, that came into place last January, if Macau’s annual GGR reached or exceeded MOP180 billion, the casino firms would have to increase their collective MOP108.7 billion non-gaming and overseas-marketing spending pledges by up to 20 percent.",
      "On the sidelines of a reception to celebrate the 24th anniversary of the Macau Special Administrative Region, the city’s Chief Executive (CE) Mr Ho said GGR had reached over MOP160 billion by November, surpassing the government’s initial expectation of MOP130 billion.",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: 'Macau casino operators gross gaming revenue concession news', rank 3); casino-industry business news; the headline is rebuilt from the URL slug (title truth null)")

case(key="metrotv_judi", url="https://www.metrotvnews.com/read/NG9C5Vj3-polisi-866-tersangka-judi-online-ditangkap", site="metrotvnews.com",
     shell="news_id", lang="id", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="Polisi: 866 Tersangka Judi Online Ditangkap", headline="Polisi: 866 Tersangka Judi Online Ditangkap",
     title=None, date="2023-08-30", source=None, author="Siti Yona Hukmana", byline="Siti Yona Hukmana • 30 August 2023 20:47",
     paras=[
      "Jakarta: Direktorat Tindak Pidana Siber (Dittipidsiber) Bareskrim Polri terus mengusut kasus judi online. Total 866 tersangka ditangkap sepanjang 2022 hingga 30 Agustus 2023.",
      "\"Pengungkapan jumlah tersangkanya, untuk tahun 2022, kita amankan tersangka judi online 760. Sedangkan tahun 2023, (ada) 106,\" kata Dirtipidsiber Bareskrim Polri Brigjen Adi Vivid Agustiadi Bachtiar di Bareskrim Polri, Jakarta Selatan, Rabu, 30 Agustus 2023.",
      "Namun, Vivid tidak bisa memerinci berapa bandar judi online yang ditangkap dalam ratusan tersangka itu. Sebab, Vivid belum mengategorikannya.",
      "Bandar yang tengah diburu salah satunya dalam pengungkapan sejumlah situs judi online di kawasan Jalan Tukad Balian Nomor 899 X dan Jalan Tukad Balian Nomor 191, Sidakarya, Sanur, Denpasar Selatan, Kota Bali, pada 18 Agustus 2023. Sebanyak 31 tersangka yang tergabung dalam sindikat judi online dari berbagai website ditangkap. Di antaranya website Hotel Slot 88, Autocuan 88, Jaya Slot 28, Oscar 28, dan Sera 77.",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (search: 'Polri tangkap bandar judi online situs gacor kasus', rank 3); police news naming gambling sites as evidence (legit mention); headline rebuilt from the URL slug (title truth null)")

case(key="mata4_bali", url="https://mata4.com/berita-hukum-kriminal-bos-situs-judi-online-ditangkap-saat-liburan-di-bali", site="mata4.com",
     shell="news_id", lang="id", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="Bos Situs Judi Online Ditangkap Saat Liburan di Bali", headline="Bos Situs Judi Online Ditangkap Saat Liburan di Bali",
     title=None, date="2025-07-21", source=None, author=None, byline=None,
     paras=[
      "Denpasar, 21 Juli 2025 — Penegakan hukum di Indonesia kembali menorehkan prestasi dengan tertangkapnya AR (38), seorang pria yang diduga sebagai bos besar di balik jaringan judi online ilegal yang telah beroperasi selama lebih dari tiga tahun. Penangkapan dilakukan di sebuah vila mewah kawasan Seminyak, Bali, pada Sabtu malam, 19 Juli 2025, saat AR tengah menikmati liburan.",
      "Keberhasilan ini merupakan hasil dari penyelidikan mendalam oleh Direktorat Tindak Pidana Siber Bareskrim Polri, yang telah memantau aktivitas jaringan judi daring ini sejak awal 2024. AR diduga merupakan otak utama yang mengendalikan situs judi online dengan omzet mencapai miliaran rupiah per bulan dan menjaring ribuan pemain dari berbagai daerah di Indonesia.",
      "Kronologi Penangkapan",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as metrotv_judi, rank 1); crime news; headline rebuilt from the URL slug (title truth null)")

case(key="republika_polri", url="https://fbeta.republika.co.id/berita/rgynh5485/polri-dan-judi-online-yang-menggurita-di-seluruh-indonesia", site="republika.co.id",
     shell="news_id", lang="id", kind="rebuilt-from-text", capture="text", encoding="utf-8",
     shown_title="Polri dan Judi Online yang Menggurita di Seluruh Indonesia", headline="Polri dan Judi Online yang Menggurita di Seluruh Indonesia",
     title="Polri dan Judi Online yang Menggurita di Seluruh Indonesia", date="2022-08-21", source=None, author="Bambang Noroyono",
     byline="Ahad 21 Aug 2022 17:22 WIB · Rep: Bambang Noroyono/ Red: Ilham Tirta",
     paras=[
      "REPUBLIKA.CO.ID, JAKARTA -- Penindakan hukum praktik perjudian, masif dilakukan oleh kepolisian belakangan. Upaya pemberantasan tersebut dilakukan setelah Kapolri Jenderal Listyo Sigit Prabowo memerintahkan agar seluruh kepolisian di semua level dari Mabes, Polda, sampai Polres, melakukan penindakan tegas terhadap praktik qimar.",
      "Jenderal Sigit bahkan menegaskan akan mencopot jabatan Kapolda, Kapolres, maupun pejabat utama di Mabes Polri, yang nekat terlibat, apalagi menjadi beking perjudian.",
     ],
     hijacked=False, legit=True, injections=[], spam_strings=[],
     origin="pages corpus capture (same search as metrotv_judi, rank 2); news on the police gambling crackdown")
