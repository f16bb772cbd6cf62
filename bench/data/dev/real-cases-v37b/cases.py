# Cases for real-cases-v37b. Article texts are verbatim captures from the stored pages
# corpus (search tool); injected code comes from snippets.py. build.py writes the pages.
# Numbers 1, 9 and 17 were removed on 2026-12-06 (they shared a host, a registrable domain or
# spam strings with dev/real-cases-v36b); the other ids keep their numbers, so there are gaps.
import snippets as S

CASES = []

def case(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------- hijacked

case(
    n=2, url="http://tjj.zhuzhou.gov.cn/c8606/20200803/i1571581.html", site="tjj.zhuzhou.gov.cn",
    shell="gov", site_name="株洲市统计局", column="工作动态",
    title="市统计局派员参加《政府工作报告》重点工作及省政府真抓实干督查激励事项落实情况督查",
    byline="发布日期:2020-08-03 &nbsp; 信息来源:综核科",
    paras=[
        "根据市政府督查室《关于开展<政府工作报告>重点工作和省政府真抓实干督查激励事项落实情况督查的通知》要求,7月下旬,市统计局派员参加了市政府督查室对部门及县市区半年工作情况专项督查。",
        "本次督查主要内容是2020年《政府工作报告》重点工作半年度完成情况及省政府真抓实干督查激励事项进展情况。市统计局参与的第二督查组采取“四不两直”方式,分别走访了炎陵县、茶陵县、荷塘区、石峰区、芦淞区等5个县区,市行政审批局、市住房城乡建设局、市教育局、市工业和信息化局、市自然资源和规划局、市农业农村局等6个市直部门及市城发集团,现场查看了芙蓉学校、飞山奇、IGBT二期等14个建设项目。",
        "督查组通过听取情况汇报、查阅资料、现场查看项目,了解了实情,发现了问题并提出了建议和措施,督查情况将形成专报报送给市委和市政府主要领导。",
    ],
    tail="责任编辑:株洲统计局",
    date="2020-08-03", source="综核科", author=None,
    inject=dict(body_end_script=S.TJ_JS),
    injections=["search-referrer-regex-redirect", "analytics-wrapper"],
    spam=["ag82197.com"],
    origin_inj="code: the 'tj.js' statistics file of a black-hat site-group kit committed to a public repository - a genuine Baidu Tongji call followed by a regex test of document.referrer against 14 search engines and a window.location redirect to a casino-brand host (its full-page iframe variant left commented out, as captured)",
    origin_art="pages corpus capture (search: '县人民政府 开展 专项 检查 工作动态 发布日期 信息来源'): a city statistics bureau's work item; byline and 责任编辑 line as captured",
    placement="verbatim file content as an inline <script> before </body> (the way the kit's pages call it)",
)

case(
    n=3, url="https://chengjiao.hebeu.edu.cn/info/1097/1422.htm", site="chengjiao.hebeu.edu.cn",
    shell="edu", site_name="河北工程大学继续教育学院", column="学院新闻",
    title=None, byline=None,
    paras=[
        "8月27日上午,学校2023年秋季学期工作会召开后,学院召开全体教职员工会议,传达学习贯彻校长于树江在学校2023年秋季学期工作会议上的讲话精神。会议由学院副书记侯本奇主持。",
        "学院党总支书记赵鸿瑜传达学习了于树江校长的讲话精神。讲话从全面推进党的建设、扎实开展主题教育、精心做好人才培养、着力建强人才队伍、全力推进学科建设、深入开展科学研究和社会服务、繁荣发展校园文化、不断促进国际交流等方面回顾了学校上半年及暑期工作开展情况,就下半年重点工作进行安排部署。",
        "学院院长谭少波紧紧围绕于校长讲话,就认真贯彻落实讲话精神,结合学院年度工作目标任务,对新学期工作进行了部署,并对学院上半年及暑期工作开展情况进行了回顾总结。",
    ],
    date=None, source=None, author=None,
    inject=dict(head_raw=S.PHPCMS_HEX),
    injections=["hex-array-docwrite-loader-in-head"],
    spam=["\\x77\\x72\\x69\\x74\\x65"],
    origin_inj="code: a PHPCMS v9 template committed to a public repository whose <head> carries an injected <Script> block: an array holding one \\x-escaped string and window[\"\\x64...\"][\"\\x77...\"](_$[0]), which writes <SCRIPT src=\"http://www.googleadsl.com/spcode/jquery.js\"> (a look-alike ad/jQuery host) into the page",
    origin_art="pages corpus capture (search: '学院 召开 工作会议 发布时间 来源 作者 浏览次数 本网讯'): a university continuing-education school's staff-meeting item; headline and date not captured (null)",
    placement="verbatim <Script> block in <head>, after the stylesheet links, as in the template",
)

case(
    n=4, url="http://www.dongchangfu.gov.cn/site_dczjzan/channel_kf_dczjzan_64e5bf49c87f51208f74b794/doc_655b06cff5fa39efbb3c5b1e.html",
    site="www.dongchangfu.gov.cn", shell="gov", site_name="聊城市东昌府区人民政府", column="乡镇动态",
    title="乡村文化振兴十送·送文化|“村村有好戏 户户有能人——东昌府区‘乡村振兴 好戏之约’郑家镇专场活动举办",
    byline="字号: 大 中 小",
    paras=[
        "为助力打造乡村文化振兴齐鲁样板的东昌府场景,展现郑家镇新时代农民风采,提振乡村精气神,11月7日,由中共东昌府区委宣传部、东昌府区文化和旅游局、东昌府区融媒体中心、东昌府区乡村振兴局主办,郑家镇新时代文明实践所、郑家镇公共事业管理办公室(文化部门)承办的“村村有好戏 户户有能人”——东昌府区'乡村振兴 好戏之约'郑家镇专场活动举办。",
        "本场活动以农民为主角,辖区居民带着“好戏”登台展示,气势磅礴的《开场锣鼓》、婉转动听的歌曲、惟妙惟肖的表演以及优美动情的朗诵齐亮相,展示了郑家人民的多才多艺。",
        "村村有好戏,户户有能人,郑家镇的老百姓不光多才多艺,更是出了不少能工巧匠和致富带头人,郑家镇五圣新村党委书记李伟为大家展示了五圣新村党组织领办合作社产品——槐花蜂蜜、绿豆粉皮。",
        "另外,新时代文明实践志愿者向大家介绍了郑家镇政府、聊城市农合亿沣蔬粮 种植专业合作社联合引进的北京市农林科学院蔬菜研究中心的“安心韭菜水培系统”,展示了水培韭菜。",
    ],
    tail="扫码使用手机浏览本页内容",
    date=None, source=None, author=None,
    inject=dict(after_article_script=S.AG_JS),
    injections=["docwriteln-external-loader"],
    spam=["js.kk.mo.cn"],
    origin_inj="code: the one-line ag.js of the same site-group kit as rc37b-002 (document.writeln of a <script> from a look-alike jquery.web.js host), committed to a public repository; inlined here with the inner <\\/script> escaped (the only change), since the captured file is external",
    origin_art="pages corpus capture (search: '镇人民政府 组织开展 活动 发布时间 来源 浏览次数 乡村振兴'): a district government's town-activity item; no date or 来源 shown (null)",
    placement="verbatim line as an inline <script> right after the article body",
)

case(
    n=5, url="http://www.jieyang.gov.cn/fpb/fpyw/mtbd/content/post_795390.html", site="www.jieyang.gov.cn",
    shell="gov", site_name="揭阳市乡村振兴局", column="媒体报道",
    title="第三批全国乡村治理示范村镇名单公示", subtitle="我市鸟围村旧住村上榜",
    byline="来源:揭阳日报 发布时间:2023-09-11 10:08:01 浏览次数:- 【字体: 分享到:",
    paras=[
        "4日,农业农村部官网发布第三批全国乡村治理示范村镇名单公示公告,经地方推荐和专家评审,拟认定100个乡(镇)为第三批全国乡村治理示范乡镇、1003个村为第三批全国乡村治理示范村。其中,我市揭东区桂岭镇鸟围村、揭西县塔头镇旧住村上榜。",
        "据了解,此前,中央农办、农业农村部、中央宣传部、民政部、司法部等部门联合组织开展了两轮乡村治理示范村镇创建,培育和树立了一批乡村治理基层典型,引领带动各地乡村增强治理能力、提升治理水平,成为健全乡村治理体系的有效抓手。",
    ],
    tail="相关附件:<br>相关阅读",
    date="2023-09-11", source="揭阳日报", author=None,
    inject=dict(jquery=True, body_end_script=S.MRMAWG_FILE),
    injections=["base64-utf8-decoder-loader", "platform-and-referrer-gated", "appended-to-site-js"],
    spam=["aHR0cHM6Ly96ei5iZHVzdGF0aWMuY29tL2xpbmtzdWJtaXQvcHVzaC5qcw=="],
    origin_inj="code: a site's own lazy-load helper js committed to a public repository with a base64+UTF-8 decoder loader of the family served on rc37b-006 appended after it (random decoder names, window.wMQoux); it fires for phones (platform not Mac/Win) that arrive from another site (referrer containing a dot) and loads a look-alike of Baidu's link-submit script (zz.bdustatic.com/linksubmit/push.js)",
    origin_art="pages corpus capture (search: '镇人民政府 组织开展 活动 发布时间 来源 浏览次数 乡村振兴'): a city rural-revitalisation bureau's media-report item (headline and subhead, byline as captured)",
    placement="the whole file verbatim as an inline <script> before </body> (the page's own lazy-load file, as the site would include it), after the site's jQuery include"
)

case(
    n=6, url="http://xxgk.usst.edu.cn/2011/0331/c8862a164346/page.htm", site="xxgk.usst.edu.cn",
    shell="edu", site_name="上海理工大学信息公开网", column="管理制度",
    title="学校人文讲座暨东方讲坛讲座申请、备案管理流程",
    byline="发布时间:2011-03-31浏览次数:1019",
    paras=[
        "一、人文讲座的登记备案",
        "各学院、部门组织的人文类讲座,需经学院、部门领导批准后通过网上申报(宣传思想教育网http://xcsx.usst.edu.cn/——网上办事栏目下载表格),由宣传部审核批准后进行登记备案。人文类讲座主要包括文学艺术、新闻时事、社会问题、历史哲学、形势政策、校园文化、国学蒙学等哲学社会科学类的讲座。宣传部审核通过后即在校园网主页学术报告预告栏内、宣传思想教育网公告栏、学校官方博客等醒目位置进行宣传、预告。由宣传部统计考核的讲座,仅指外请专家主讲的、非专业教学计划内的人文社科讲座。",
        "二、东方讲坛申报",
        "院系和部门申报学术报告经过宣传部审核后,认为内容、时间符合东方讲坛要求的即上报东方讲坛办公室由其择优审批。东方讲坛一般两周一次在《文汇报》刊登预告。获批的东方讲坛讲座由主办单位撰写新闻稿发至:xcb301@usst.edu.cn,由宣传部将讲座信息反馈到东方讲坛。东方讲坛是向社会听众开放的讲座,讲课费由承办单位先支付,宣传部与东方讲坛协商后与承办单位结算。",
        "上海理工大学党委宣传部",
        "2011-2-28",
    ],
    date="2011-03-31", source=None, author=None,
    inject=dict(body_end_script=S.SIXHECAI),
    injections=["base64-utf8-decoder-loader", "server-side-gated-injection"],
    spam=["aHR0cHM6Ly9hcGkuYmR1c3RhdGljLmNvbS9qcXVlcnkubWluLTQuMC40Lmpz"],
    origin_inj="code: the server code behind this loader family, committed to a public repository, holds one loader string per category of referring site (gambling, sports, mark-six lottery, novels, card games, adult, lottery ...) and returns the category's string only to requests from China, with a referrer, from a phone, first visit in 10 hours, no cookie, not the site admin, referrer not local; the mark-six string is used here verbatim (its decoders, window.SlDWbB, a look-alike api.bdustatic.com jQuery URL, the platform-and-referrer gate) as the served page carries it",
    origin_art="pages corpus capture (search: '大学 新闻网 举办 学术报告 讲座 发布时间 作者 审核 编辑'): a university information-disclosure page (lecture filing procedure); the signing office and date lines are part of the notice and stay in text",
    placement="inline <script> before </body>, as served to a gated visitor"
)

case(
    n=7, url="https://cmxy.yznu.edu.cn/2025/1031/c109a269480/page.htm", site="cmxy.yznu.edu.cn",
    shell="edu", site_name="传媒学院", column="团学工作",
    title="汇聚受助学生力量,共绘校园生态画卷——传媒学院开展“河小青”义工志愿服务活动",
    byline="发布者:admin 发布时间:2025-10-26 浏览次数:10",
    paras=[
        "为深化资助育人成效,引导学生将感恩意识转化为服务行动,同时美化校园环境,1024日,传媒学院组织受助学生开展了“河小青”义工志愿服务活动。 本次活动共有12名受助学生主动参与,对校园鉴湖及周边区域进行了垃圾清理与环境维护。",
        "活动现场,受助学子们手持清洁工具,分工协作、默契配合。他们沿鉴湖环道俯身捡拾塑料瓶、纸屑等垃圾,深入绿化带清理草丛中的杂物,并重点清除了石缝、水面漂浮物等卫生死角。 整个过程井然有序,高效完成了鉴湖及周边区域的环境整治任务。",
        "此次“河小青”义工志愿服务活动,以“受助思源、回馈校园”为主题,是传媒学院构建“受助-感恩-实践-成长”育人链条的重要举措。 活动不仅改善了校园环境,更为受助学生搭建了交流互动、服务校园、实现自我价值的平台。传媒学院将持续开展此类活动,鼓励更多学生加入志愿行列,让感恩之心在服务中升华,让志愿精神在校园传递, 共同绘就生态和谐、文明美丽的校园图景。",
    ],
    tail="(来源:记者 张珈豪/文 张珈豪/| 审核: 谢诗茂 | 编审: 王雯 姚瑜)",
    date="2025-10-26", source=None, author=None,
    inject=dict(footer_raw=S.JOOMLA_HIDDEN),
    injections=["display-none-link-divs"],
    spam=["louis vuitton monogram artsy mm sale", "authentic gucci handbags for less", "air jordan shoes 11 luggage for cheap"],
    origin_inj="code: a Joomla weblinks view file committed to a public repository with three <div style=\"display:none\"> counterfeit-goods links appended after its closing brace (so printed on every page the file renders)",
    origin_art="pages corpus capture (search: '学院 师生 参加 志愿服务 活动 供稿 审核 发布日期 点击数'): a teachers'-university media school's volunteer-activity item; the closing (来源:记者 …) credit line is kept on the page, out of text; author null (the credit line is garbled: 记者 …/文 …/|)",
    placement="the three lines verbatim at the end of the footer"
)

case(
    n=8, url="https://www.lit.edu.cn/znzzxy/info/1064/14024.htm", site="www.lit.edu.cn",
    shell="edu", site_name="洛阳理工学院智能制造学院", column="首页信息",
    title="致新社区|智能制造学院第九周校园志愿活动展示",
    byline="发布时间:2025-11-09 15:59浏览次数:",
    paras=[
        "本周智能制造学院开展我的第五节课志愿服务活动、中午餐厅志愿活动、清扫社区志愿活动以及打扫实验室志愿活动,近230余人参加,累计志愿服务时长近250小时。",
        "一、第五节课活动",
        "院青协组织32个团支部每天轮流开展我的第五节课活动,累计150名学生志愿者们对宿舍周边、餐厅、镜月广场等责任区进行垃圾清扫、单车摆放、劝阻不文明行为等行动。",
        "二、中午餐厅值班活动",
        "院青协每中午会组织各团支部轮流开展中午餐厅值班活动,对于餐厅里面不规范的行为进行提醒,不整洁的餐具、桌椅等进行摆放,为同学们提供帮助。",
        "三、清扫社区活动",
        "院青协每周周一、二、三均会组织各团支部轮流开展清扫社区活动,打扫各辅导员老师办公室,维持办公室的干净整洁,提供一个良好的办公环境。",
        "四、打扫实验室活动",
        "院青协会在每周固定时间组织各团支部开展打扫实验室活动,对实验室的地面、桌面进行清扫,并对各仪器工具进行整理,及时排除安全隐患,保障实验室的安全使用。",
    ],
    date="2025-11-09", source=None, author=None,
    inject=dict(footer_raw=S.YUANMA_HIDDEN),
    injections=["display-none-backlink-in-template-footer"],
    spam=["源码论坛", "0598128.com"],
    origin_inj="code: the footer include of a resold Chinese site template committed to a public repository, ending in a hidden <div style=\"display:none\"> backlink to a source-code forum planted by the template reseller (the file's header comment asks buyers not to resell it)",
    origin_art="pages corpus capture (search: '学院 师生 参加 志愿服务 活动 供稿 审核 发布日期 点击数'): a college school's weekly volunteer round-up; the image placeholder lines and the unfinished fifth section are dropped from page and text",
    placement="the line verbatim with the template end comment after it, at the end of the footer"
)

case(
    n=10, url="http://dxsbao.com/xiaonei/79849.html", site="dxsbao.com",
    shell="news", site_name="大学生新闻网", column="校内",
    title=None, byline=None,
    paras=[
        "为维持逸夫图书馆环境整洁,号召大学生投身到志愿清扫活动中去。10月25日,机电汽车工程学院青年志愿者在逸夫图书馆进行卫生清理活动。截至25日,共计十余名志愿者参与其中。",
        "此次清扫范围涵盖阅览室、藏书室、自习室等区域。活动伊始,志愿活动负责人统计参与清扫活动的成员信息,并组建了若干队伍,为清扫活动的顺利开展奠定了基础。在负责人带领下,各队伍领取了工作服并明确了自己的清扫任务。在清扫过程中,志愿者们手持清扫工具,不怕垃圾异味,互帮互助,井然有序地清扫着卫生区的垃圾和死角,认真仔细地清理书柜边角的灰尘,充分表现了志愿者甘于奉献、投身号召的精神品质。参加清扫的志愿者纷纷表示,作为烟台大学的一员,我们每个人都有责任和义务积极参与到学校的清扫活动中来,以实际行动为保持逸夫图书馆的环境整洁做出贡献,共同营造清新、优美、和谐、有序的校园环境。在四点图书馆闭馆后,志愿者在五楼自习教室继续卫生清扫工作,经过所有志愿者们的共同努力,逸夫图书馆环境焕然一新,公共秩序更加有序,赢得了过往学生的称赞。",
        "此次逸夫图书馆清扫志愿活动的成功举办,展现了志愿者甘于奉献的精神,以实际行动呼吁大学生积极投身校园文明建设,维护了校园环境优美整洁,发扬了机电学院无私奉献、吃苦耐劳的精神。",
    ],
    tail="http://www.dxsbao.com/xiaonei/79849.html<br>点此复制本页地址",
    date=None, source=None, author=None,
    inject=dict(head_script=S.CHARCODE),
    injections=["charcode-docwrite-loader"],
    spam=["String.fromCharCode(60,115,67,82"],
    origin_inj="code: a public repository file that generates injection payloads and keeps its output in comments; the String.fromCharCode document.write line is verbatim and writes <sCRiPt sRC=//hk.sb/y7xx></sCrIpT> (a short-link loader; mixed case to slip past filters)",
    origin_art="pages corpus capture (search: '学院 师生 参加 志愿服务 活动 供稿 审核 发布日期 点击数'): a student-news portal's campus item (volunteers cleaning a university library); headline not captured (null); the page's own URL/copy line is kept out of text; the related-item teasers after it are dropped",
    placement="inline <script> in <head>",
)

case(
    n=11, url="https://wandao1.cn/Content-2267634.html", site="wandao1.cn",
    shell="farm", site_name="sm痴女系作品,sm调教|sm调教方法_sm调教方式", column="",
    title="紫陽縣人民政府辦公室關于2021年第二季度(第二批)全縣政府網站和政務新媒體檢查情況的通報",
    html_title="sm痴女系作品,sm调教|sm调教方法_sm调教方式",
    byline="時間:2021-06-17 09:20來源:紫陽縣人民政府辦公室",
    paras=[
        "各鎮(zhèn)人民政府,縣政府各工作部門、直屬機構,縣直總公司(社):",
        "根據《國務院辦公廳關于印發(fā)政府網站發(fā)展指引的通知》(國辦發(fā)〔2017〕47號)、《國務院辦公廳秘書局關于印發(fā)政府網站與政務新媒體檢查指標、監(jiān)管工作年度考核指標的通知》(國辦秘函〔2019〕19號)及省市相關文件要求縣政府辦公室組織開展了2021年第二季度(第二批)全縣政府網站和政務新媒體專項檢查,現(xiàn)將有關情況通報如下:",
        "一、檢查情況",
        "截止6月16日,全縣正在運行的政府網站1家(縣政府門戶網站),政府系統(tǒng)開辦的政務新媒體賬號31個(含微博、微信、今日頭條、抖音)。從檢查情況來看,縣政府門戶網站目前運行正常、欄目更新及時;全縣政務新媒體合格賬號29個,不合格賬號2個,合格率93.5%。絕大多數政務新媒體信息發(fā)布及時、準確、高效,達到政務新媒體檢查指標要求。",
        "二、存在問題",
        "(一)部分政務新媒體賬號更新不及時。“紫陽城建”“紫陽高灘”政務新媒體賬號未按要求做到每兩周至少更新一次,存在“‘僵尸化’傾向”更新不及時”問題。",
        "(二)重要政府信息公開主動性還不強。絕大多數政務新媒體賬號都是以發(fā)布本單位政務新聞為主,一些群眾關注度高、與老百姓生產生活息息相關的政府信息發(fā)布較少,比如:“紫府路改造、疫苗接種、高考中考”等信息均未主動在縣政府門戶網站和政務新媒體上對外發(fā)布。",
    ],
    date="2021-06-17", source="紫陽縣人民政府辦公室", author=None,
    inject=dict(top_line="sm痴女系作品,sm调教|sm调教方法_sm调教方式"),
    injections=["porn-keyword-title-and-top-line", "traditional-script-mirror-with-pinyin-glosses"],
    spam=["sm痴女系作品", "sm调教方法", "sm调教方式"],
    origin_inj="pages corpus capture (text; no code): the porn keyword line heads the captured page and is taken as its <title> and site name, as such farm pages show it",
    origin_art="pages corpus capture (search: '县人民政府 开展 专项 检查 工作动态 发布日期 信息来源'): a county government office's circular on its website inspection, copied whole onto an unrelated host, converted to traditional script with pinyin glosses in brackets, under a porn keyword line: a mirror with spam, hijacked; headline, time and 来源 as written on the copy (glosses kept, as the page shows them); the third section, cut mid-sentence in the capture, is dropped from page and text",
    placement="keyword line as <title> and as a line above the article",
    encoding="utf-8",
)

case(
    n=12, url="http://zydaco.com/openness/public/6596211/33687921", site="zydaco.com",
    shell="gov", site_name="365bet官网注册_o365邮箱_365bet官方网址市人民政府", column="政府信息公开",
    title=None, h1="365bet官网注册_o365邮箱_365bet官方网址",
    byline="发布时间:2021-02-11 14:53信息来源: 365bet官网注册_o365邮箱_365bet官方网址市人民政府阅读次数:编辑:刘利娟 字体:【",
    paras=[
        "各县(市)区人民政府,皖江江北新兴产业集中区、经济技术开发区、三山经开区管委会,市政府各部门、各直属单位,驻芜各单位:",
        "为充分发挥新闻发布的平台作用,增强我市政府信息公开的主动性和权威性,更好地满足社会公众的信息需求,根据国家和省有关文件精神,按照《中共365bet官网注册_o365邮箱_365bet官方网址市委办公室 365bet官网注册_o365邮箱_365bet官方网址市人民政府办公室关于印发〈365bet官网注册_o365邮箱_365bet官方网址市新闻发布和新闻发言人制度〉的通知》(芜市办〔201328号)的有关规定,经市政府同意,现就2021年度政府信息公开新闻发布工作通知如下:",
        "一、落实发布计划。市政务公开办依据市直各单位报送的2021年新闻发布工作计划,拟定了《2021年365bet官网注册_o365邮箱_365bet官方网址市新闻发布会计划安排》(见附件1),请市直各相关单位根据安排,认真组织好本单位的政府信息公开新闻发布会。同时,各县(市)区政府和各开发区管委会按照本单位报送的新闻发布工作计划,认真组织落实本单位2021年政府信息公开新闻发布工作。",
    ],
    date="2021-02-11", source=None, author=None,
    inject=dict(),
    injections=["brand-in-city-name-place", "brand-as-headline"],
    spam=["365bet官网注册", "o365邮箱", "365bet官方网址"],
    strip_from_text=["365bet官网注册_o365邮箱_365bet官方网址"],
    origin_inj="pages corpus capture (text; no code): a betting brand string stands in for the city's name everywhere, including the headline and the 信息来源 field",
    origin_art="pages corpus capture (search: '市人民政府 召开 新闻发布会 发布时间 来源 责任编辑 浏览量'): a prefecture-level city government's notice on its 2021 press-release plan, copied onto an unrelated host under the city's own path scheme with a betting brand in the city's place: hijacked; the true headline is not written (the brand is the headline), so title null; 信息来源 shows the brand, so source null; the editor named in the byline is not the author (null); text is the notice minus the brand; the cut fourth section is dropped",
    placement="as captured",
)

case(
    n=13, url="http://www.infqj.cn/dy/article/KBGNC2K40550B6IS.html?f=post2020_dy_recommends", site="www.infqj.cn",
    shell="news", site_name="资讯", column="",
    title=None, legit=True,
    paras=[
        "2025年9月27日晚,長垣市銀河新天地廣場燈火璀璨,人流如織。一場以“負責(zé)任 可信賴”為主題的中國體育彩票責(zé)任彩票地推活動在長垣舉行,當(dāng)晚雖秋雨綿綿,但是依托于步行街場地優(yōu)勢,現(xiàn)場觀眾絡(luò)繹不絕。本次活動通過精彩紛呈的文藝節(jié)目、寓教于樂的互動問答,向廣大市民生動詮釋了中國體育彩票于游戲之外的社會責(zé)任與公益初心。",
        "當(dāng)晚17時30分,活動在熱烈的氣氛中正式拉開帷幕。主持人在開場致辭中,將公眾的視線從賽場激情與中獎期待,引向了體育彩票更為深厚的價值內(nèi)涵——“每一張彩票背后,都藏著‘來之于民、用之于民’的責(zé)任擔(dān)當(dāng)”。致辭指出,多年來,中國體育彩票始終以“負責(zé)任、可信賴”為初心,將所籌集的公益金廣泛投入全民健身、教育助學(xué)、養(yǎng)老服務(wù)等民生領(lǐng)域。從觸手可及的社區(qū)健身路徑,到惠及全民的體育場館建設(shè),體彩公益的身影已深深融入社會肌理,成為推動社會公益事業(yè)和體育事業(yè)發(fā)展的一股堅實力量。",
        "整場活動堪稱一場藝術(shù)與公益交融的盛宴。隨后登場的魔術(shù)師以精妙的手法,將體彩的公益元素巧妙融入奇幻表演之中,用“驚喜”的方式具象化地傳遞了“責(zé)任與信賴”的核心理念。歌曲《公益之光》用歌聲講述公益故事,唱響了人們對美好生活的共同向往,引發(fā)了現(xiàn)場觀眾的深切共鳴。",
    ],
    date=None, source=None, author=None,
    inject=dict(),
    injections=["copy-on-unrelated-host", "traditional-script-mirror-with-pinyin-glosses"],
    spam=[],
    origin_inj="pages corpus capture (text; no code): no injected string; the marker is the host",
    origin_art="pages corpus capture (search: '体彩 中心 开展 理性购彩 公益 活动 记者 发布时间 来源'): a portal self-media article on a sports-lottery responsible-play event, copied under the portal's own path scheme onto an unrelated host and converted to traditional script with pinyin glosses: a mirror, so hijacked; the copied text is lawful lottery news, so also legit; headline, date and source not captured (null); the quiz paragraph, cut mid-sentence, is dropped",
    placement="as captured",
)

# ---------------------------------------------------------------- not hijacked

case(
    n=14, url="http://file2019.huancui.gov.cn/ztCwhyWebList?id=85", site="huancui.gov.cn",
    shell="gov", site_name="威海市环翠区人民政府", column="常务会议",
    title="于晓东主持召开区政府第4次常务会议",
    byline="2022-04-08",
    paras=[
        "4月8日上午,区委副书记、区长于晓东主持召开区政府第4次常务会议,研究部署了疫情防控、烟花爆竹禁燃等工作,区领导张元波、刘永胜、王永钊、王文萍、王晨旭、邹伟等出席会议。",
        "会议传达学习了习近平总书记在中央政治局常务委员会会议上的重要讲话精神,要求各级各部门、单位认清当前疫情形势,进一步提升政治判断力、政治领悟力、政治执行力,严格落实习近平总书记重要指示要求,坚持“外防输入、内防反弹”,做到科学精准、动态清零,坚决守住来之不易的防疫战果。要精准做好服务保障工作,紧盯居家健康监测特别是老年人、儿童、学生等群体,提供人性化、个性化服务,最大限度满足群众生产生活需求。",
        "会议研究通过了《关于调整温泉禁止燃放烟花爆竹区域的通告》,要求相关部门、单位按照最新禁燃区域范围,进一步优化完善烟花爆竹燃放管理工作,为辖区群众营造更加安定、祥和、绿色的生活环境。",
        "会议还研究了其他事项。",
    ],
    date="2022-04-08", source=None, author=None,
    inject=dict(head_script=S.DEDE_JS),
    injections=["split-tag-docwrite-loader"],
    spam=['"<scr"+"ipt', "t.cn/z8A9JYQ"],
    origin_inj="code: a parasite-page generator (PHP) committed to a public repository, which plants a /tages/ folder of gambling keyword pages on a hijacked site and writes a 'dede.js' there: a document.write of a short-link script with the tag split as \"<scr\"+\"ipt\" to slip past filters; one of two pages of this site carrying it (with rc37b-015)",
    origin_art="pages corpus capture (search: '区人民政府 召开 会议 部署 工作 发布日期 来源 区政府办公室 字号 打印'): a district government's standing-meeting page (meeting title, date, three paragraphs); the tab labels and the numbered digest under it are dropped; site is the district's domain (this page sits on its file2019 host)",
    placement="inline <script> in <head>, the same way on both pages of the site",
)

case(
    n=15, url="http://www.huancui.gov.cn/art/2023/6/6/art_81132_3744556.html", site="huancui.gov.cn",
    shell="gov", site_name="威海市环翠区人民政府", column="政府开放日",
    title=None, byline=None,
    paras=[
        "为紧扣区委、区政府中心工作和社会关切、公众关注、市民关心的热点、焦点问题,,宣传政府在行政执法、政务服务、改善民生等工作中的进展和成效,营造公平、公正、公开的社会氛围,树立亲民、为民、便民的政府形象,特制定“政府开放日”方案如下:",
        "一、参加人员",
        "人大代表、群众代表共计19人,其中群众、人大代表由人大办负责邀请。",
        "二、活动时间",
        "2023年6月9日(周五)上午10:00",
        "三、活动地点",
        "调研羊亭河公园一期、里口山医院、家和社区",
        "四、其他事项安排",
        "1.党政办负责会议场地准备部置;",
        "2.文化站负责做好活动宣传报道及相关影像资料保存、留存。",
    ],
    date=None, source=None, author=None,
    inject=dict(head_script=S.DEDE_JS),
    injections=["split-tag-docwrite-loader"],
    spam=['"<scr"+"ipt', "t.cn/z8A9JYQ"],
    origin_inj="code: the same parasite generator's 'dede.js' as rc37b-014 (second page of the same site, same template, same injection)",
    origin_art="pages corpus capture (search: '区人民政府 召开 会议 部署 工作 发布日期 来源 区政府办公室 字号 打印'): the same district government's 'government open day' plan (a town's); headline and date not captured (null)",
    placement="inline <script> in <head>, as on rc37b-014",
)

# ---------------------------------------------------------------- not hijacked
case(
    n=16, url="http://ctfzzz.com/show-11-41277-1.html", site="ctfzzz.com",
    shell="news", site_name="新闻资讯", column="法治新闻",
    title=None, legit=True, hijacked=False,
    paras=[
        "近日,鄂州市公安局梁子湖区分局沼山派出所民警在开展电信网络诈骗资金预警见面劝阻工作时,查处数起网络赌博案件。",
        "8月17日15时许,沼山派出所民警接到反诈中心电诈预警系统指令:外地来沼山辖区探亲居民唐某正在向涉诈账户转账,需立即见面劝阻。指令就是命令,民情就是警情,当班民警第一时间约见唐某进行见面劝阻,要求其不要再向涉诈账户转账,唐某坚称自己是在网上玩小游戏充值,没有被骗。在唐某见证下,民警在其手机上查处到转账记录系给某境外赌博网站充值,平台累计流水已有六万余元,唐某的行为已涉嫌赌博。民警依法将其传唤至所进一步审查。唐某一开始觉得自己只是在手机上玩游戏,并不是违法行为,但民警以最近热映的电影《孤注一掷》为例子,讲述网络赌博只是一个表象,内部有更深层次的犯罪活动,参与网络赌博就是在帮助犯罪分子,不要等到深陷其中再悔恨终身。",
        "经询问,唐某对其在网络上赌博的违法行为供认不讳。根据《中华人民共和国治安管理处罚法》第七十条规定,依法给予违法行为人唐某行政拘留10日并处罚款1000元人民币。在八月中旬期间,沼山派出所共查处网络赌博案件3起,打击3人,有效的整治了辖区内网络上的不正之风,净化了社会风气。",
        "警方提醒:赌博网站背后极易进行黑箱操作,往往是骗局和圈套,不要幻想通过赌博发财致富。网络空间不是法外之地,公安机关对于网络赌博行为,将依法持续予以坚决打击。提醒广大网友积极参与配合,发现可疑线索及时举报。",
        "(尹文杰 卢昶宇)",
    ],
    date=None, source=None, author=None,
    inject=dict(body_end_script=S.BAIDU_TONGJI),
    injections=[],
    spam=[],
    origin_inj="harmless look-alike: the genuine Baidu Tongji snippet (the first six lines of the kit file used on rc37b-002, without the redirect that follows them there)",
    origin_art="pages corpus capture (search: '公安局 打击 网络赌博 案件 警方提醒 远离赌博 发布时间'): a district police station's report on network-gambling cases found while stopping a fraud transfer, with a police warning against gambling sites; lawful anti-gambling news, legit; no injected string; headline and date not captured (null); the reporters' names line stays in text as the capture shows it",
    placement="inline <script> before </body>",
)

case(
    n=18, url="https://gqt.yznu.edu.cn/2025/0622/c2418a262603/page.htm", site="gqt.yznu.edu.cn",
    shell="edu", site_name="共青团长江师范学院委员会", column="工作动态",
    title="喜报|学校两支志愿服务团队成功入选2025年关爱行动“七彩假期”志愿服务项目名单",
    byline="作者:发布时间:2025-06-22浏览次数:46",
    legit=False, hijacked=False,
    paras=[
        "近日,团中央青年志愿者行动指导中心、中国青年志愿者协会秘书处公布2025年关爱行动“七彩假期”志愿服务项目入选名单我校人文学院“汇聚微光·点亮希望”志愿服务队、传媒学院印象·鉴湖青年服务团成功入选。",
        "人文学院“汇聚微光·点亮希望”志愿服务队走进乡村学校,围绕思想引领、兴趣拓展、自护教育、劳动实践、心理健康等主题,精心设计“七彩”支教课堂,加强对困境儿童、流动儿童、留守儿童、新兴领域群体未成年子女等少年儿童群体的关心关爱,以实际行动投身中国式现代化建设。",
        "传媒学院印象·鉴湖青年服务团始终弘扬“奉献、友爱、互助、进步”的志愿服务精神,深入社区,广泛开展社会调研、特色宣讲、普通话教学、文旅宣传实践活动为促进青少年健康成长贡献青春力量。",
        "此次成功入选,彰显我校将社会责任融入育人体系,以实践教育推动青年成长与国家需求同频共振。未来,我校将继续秉持“以服务促育人、以实践助发展”理念,培育更多优秀志愿服务团队,为社会公益事业注入青春活力。",
    ],
    tail="拟稿:邬美婷 编辑:何灵敏 发布:何灵敏<br>初审:张海霞 复审:蒋婧琳 终审:许芫颜",
    date="2025-06-22", source=None, author="邬美婷",
    inject=dict(push=S.BAIDU_PUSH, body_end_script=S.BAIDU_TONGJI, footer_raw=S.HONEYPOT),
    injections=[],
    spam=[],
    origin_inj="harmless look-alikes: Baidu's genuine push snippet and the genuine Baidu Tongji call (dynamic script insertions of the kind the hijacked pages use), and an off-screen spam-trap honeypot link in the footer (verbatim from a public repository site footer; the owner's own bot trap, shaped like an off-screen link injection)",
    origin_art="pages corpus capture (search: '学院 师生 参加 志愿服务 活动 供稿 审核 发布日期 点击数'): a teachers' university Youth League committee's good-news item; clean, not gambling-related (legit false); author from 拟稿 (the drafter); the sign-off lines are kept on the page, out of text; image-only lines dropped",
    placement="push snippet and Tongji call before </body>; honeypot link at the end of the footer",
)

case(
    n=19, url="http://finance.henan.wang/caijingzixun/2022/1130/160846.html", site="finance.henan.wang",
    shell="news", site_name="河南热线", column="财经资讯",
    title="世界观焦点:责任彩票·理性购彩五知晓", legit=True, hijacked=False,
    byline="2022-11-30 09:04:02 来源: 中国网财经 &nbsp; 关注河南热线",
    paras=[
        "一知晓:彩票不是赚钱的工具",
        "彩票是公平公正的机会游戏,中奖只是小概率随机事件。以福彩双色球为例,其一等奖中奖概率约为1772万分之一。国家发行彩票的目的是筹集社会公益资金,促进社会公益事业发展。因此,切勿把购彩当成理财工具或发财致富的捷径,更不能孤注一掷。",
        "二知晓:中奖号码没有规律可循",
        "彩票的中奖号码随机产生,无法预测。所谓的“预测软件”“缩水软件”没有科学依据,广大购彩者切勿上当受骗,要以游戏和娱乐的平和心态看待购彩及中奖。",
        "三知晓:未成年人不得购彩和兑奖",
        "《彩票管理条例》规定,不得向未成年人销售彩票及兑奖。福利彩票高度重视未成年人保护,禁止向未成年人销售彩票和兑奖,并从游戏设计、售彩渠道、营销宣传等方面制定保护措施,保护未成年人身心健康。保护未成年人是全社会的责任,未成年人不得购买彩票和兑奖。",
        "四知晓:非理性购彩有危害",
        "中国福利彩票始终倡导健康的购彩理念,量力而行,理性购彩。非理性购彩会给购彩者带来危害,比如带来经济压力、影响工作事业、危害身体健康、影响家庭和谐等。故,购买彩票不要沉迷,量力而行,快乐生活。",
        "五知晓:心怀善念理性购彩",
        "中国福利彩票始终倡导“多人少买、寓募于乐、量力而行、理性购彩”的健康购彩理念。要以娱乐心态快乐购彩,品味彩票游戏带来的乐趣;要以理性心态健康购彩,量力而行,适可而止;要以公益心态爱心购彩,心怀善念助力公益慈善事业高质量发展。",
    ],
    tail="责任编辑:hN_3026",
    date="2022-11-30", source="中国网财经", author=None,
    inject=dict(body_end_script=S.BAIDU_TONGJI),
    injections=[], spam=[],
    origin_inj="harmless look-alike: the genuine Baidu Tongji call",
    origin_art="pages corpus capture (search: '福彩中心 开展 责任彩票 宣传 活动 理性购彩 未成年人 不得购买彩票'): a provincial news portal's finance channel reprinting (under its own chrome, crediting its 来源) a welfare-lottery responsible-play explainer: a reprint, not hijacked; lawful lottery content, legit; the '(资料图)' line is dropped; the editor line is kept on the page, out of text",
    placement="inline <script> before </body>",
)

case(
    n=20, url="http://dlxg.gov.cn/xwzx/zfhy/177148.htm", site="dlxg.gov.cn",
    shell="gov", site_name="大连市西岗区人民政府", column="政府会议",
    title=None, hijacked=False,
    byline="时间:2022-08-18 08:59:16 来源:区政府办 浏览次数:",
    paras=[
        "8月16日下午,西岗区政府召开第十九届第二次全体(扩大)会议,深入贯彻党中央国务院、省委省政府、市委市政府和区委部署,总结上半年工作,安排下一步任务。区委副书记、区长杨海三出席会议并讲话,区委常委、副区长王喜宾主持会议,区政府领导班子成员,区政府各办局、直属单位、市属驻区分局及区属国有企业主要负责同志,各街道党政主要负责同志,相关单位负责同志参加会议。",
        "会议书面传达了市政府十七届二次全体(扩大)会议精神,区发改局通报了全区上半年经济运行情况和重点项目建设情况,区科工局、香炉礁街道、八一路街道分别作了表态发言。",
        "会议指出,上半年全区经济社会发展取得较好成绩,经济调度有效、重点工作推进有力、社会大局安定有序、各级干部干事有为,为完成全年目标任务打下了坚实基础。",
        "会议强调,各街道、各部门要全面落实党中央“疫情要防住、经济要稳住、发展要安全”的要求,认真落实市政府十七届二次全体(扩大)会议和区委十五届五次全会决策部署,坚定信心、保持态势,努力完成全年各项目标任务。",
        "会议强调,要抓好政府系统党的政治建设,始终做到旗帜鲜明讲政治;要抓好主要经济指标,把稳增长放在更加突出位置;要抓好重点地块,拓展发展空间、增强发展后劲;要抓好重大项目,努力扩投资、促发展;要创新工作方法,持续推进营商环境建设、基层社会治理;要抓好民生保障、安全生产、信访稳定、疫情防控等工作,以优异成绩迎接党的二十大胜利召开!(区政府办供稿)",
    ],
    footer_text="大连市西岗区人民政府门户网站 网站主办单位:大连市西岗区人民政府<br>技术支持:西岗区信息中心 辽ICP备19016233号-1",
    date="2022-08-18", source="区政府办", author=None,
    inject=dict(body_end_script=S.MUTATION_WATCH),
    injections=[], spam=[],
    origin_inj="harmless look-alike: a MutationObserver watch on <html> (the anti-injection guard suggested in an issue-thread write-up on ISP page tampering) - DOM-watching code that changes nothing",
    origin_art="pages corpus capture (search: '区人民政府 召开 会议 部署 工作 发布日期 来源 区政府办公室 字号 打印'): a district government's plenary-meeting report; clean, not gambling-related (legit false); headline not captured (null); the closing (区政府办供稿) credit is inside the last paragraph as captured; the footer lines are kept on the page, out of text",
    placement="inline <script> before </body>",
)

case(
    n=21, url="https://www.dgxww.gov.cn/portal/article/index.html?id=11850357", site="www.dgxww.gov.cn",
    shell="news", site_name="大观新闻网", column="要闻",
    title="潘功发主持召开区长碰头会讨论《区政府工作报告》任务分解", hijacked=False,
    byline="来源:大观区人民政府网 &nbsp;&nbsp; 发布时间:2021-01-27 17:24 &nbsp;&nbsp; 浏览:454次",
    paras=[
        "1月25日上午,区长潘功发主持召开区长碰头会,区领导程刚、王朝东、李力、刘小平、陈慧、江继华、方夏,区政府办公室主任何宏伟参加会议,大观新城建设管理局局长汪和苟列席会议。",
        "会上,全体与会人员通报了近期工作完成情况和重点任务安排,并专题讨论了《区政府工作报告》主要任务分解工作。",
        "潘功发指出,《区政府工作报告》是全区政府系统部署推进今年工作的“任务书”“清单表”,要按照“开局即是决战,起步即是冲刺”的要求,根据分解任务制定时间表、路线图,建立定期调度机制,高标准、高效率推进各项工作,确保实现开门红,为“十四五”开好局、起好步。",
        "潘功发强调,要把疫情防控作为当前各项工作的重中之重,务必从紧从严从实做好国外入境、中高风险地区及省外返乡等重点人员的信息摸排和健康管理等防控举措,切实筑牢疫情防控坚固屏障;要抓紧抓实安全生产及信访维稳工作,确保省“两会”和春节期间社会大局和谐稳定。",
    ],
    before_footer_html='<div class="flink"><b>友情链接</b><br><a href="#">涉未成年人专用投诉举报专区</a> <a href="#">网络内容从业人员违法违规行为专用举报渠道</a> <a href="#">网上历史虚无主义错误言论举报专区</a><br><a href="#">涉网络暴力有害信息举报专区</a> <a href="#">涉养老网络诈骗信息举报专区</a></div>',
    footer_text="Copyright © 2022  大观新闻网 版权所有 未经书面允许不得转载信息内容、建立镜像<br>皖公网安备 34080302000298 号 &nbsp; 备案号: 皖ICP备15009257号-2 技术支持 众和网络",
    date="2021-01-27", source="大观区人民政府网", author=None,
    inject=dict(),
    injections=[], spam=[],
    origin_inj="harmless look-alike as captured: the page's own 友情链接 block (report-channel links, the shape of a sold friend-link block but lawful)",
    origin_art="pages corpus capture (search: '区人民政府 召开 会议 部署 工作 发布日期 来源 区政府办公室 字号 打印'): a district news site's report on a district-head meeting; clean (legit false); the friend-link block and footer lines as captured, kept out of text",
    placement="friend-link block between the article and the footer",
)

case(
    n=22, url="http://www.huancui.gov.cn/art/2024/2/26/art_64277_4451586.html", site="huancui.gov.cn",
    shell="gov", site_name="威海市环翠区人民政府", column="常务会议",
    title=None, hijacked=False, byline=None,
    paras=[
        "2月26日上午,区委副书记、区长于晓东主持召开区政府第35次常务会议,研究部署了改革创新、土地资源利用等工作,区领导魏守磊、刘永胜、王永钊、崔军强、李静茹、张明玺、毕晓波等出席会议。",
        "会议传达学习了习近平总书记在中央全面深化改革委员会第四次会议上的重要讲话精神,要求各级各部门认真领会、抓好落实,用好改革有力抓手、关键一招,统筹协作、相互配合,谋划一批具有原创性、针对性的改革事项,创树一批环翠经验、环翠典型、环翠案例。要合理利用土地资源,严抓严管生态保护、耕地和永久基本农田、城镇开发边界等红线、底线,不断优化国土空间开发保护格局。",
        "会议还研究了其他事项。",
    ],
    date=None, source=None, author=None,
    inject=dict(),
    injections=[], spam=[],
    origin_inj="none: a clean page of the same site as rc37b-014/015 (same template, no injection), for site profiles",
    origin_art="pages corpus capture (search: '环翠区 区政府 常务会议 召开 研究部署 区长'): the same district government's report on a later standing meeting; clean (legit false); headline and date not captured (null)",
    placement="none",
)
