# -*- coding: utf-8 -*-
"""Composite hijacked cases of v15: a real injection (verbatim from a public issue thread or a captured
spam page / news report) placed into a real clean page's captured text. Wrappers are reconstructions
(SOURCES.md says which part is verbatim)."""

IFRAME_713 = '<iframe name="namchp" width=0 height=0 src="http://akillitelefonburada.com/yon.html" scrolling="no" frameborder="0"></iframe>'

LEGION = ('<div id="hackedby" style="background:#000;color:#0f0;text-align:center;padding:30px">'
          '<h1>Hacked By Legion BOmb3r @error SquaD</h1><p>Contact :</p><p>ICQ = 740839025</p>'
          '<p>FB = https://www.facebook.com/Legion.Bomber</p></div>')

DZ = '<div style="background:#000;color:#fff;font-size:40px;text-align:center;padding:40px 0">hacked by DZ.HaCKers</div>'

PRODIGY = ('<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:#000;color:red;z-index:9999;'
           'text-align:center;padding-top:120px"><h1>HACKED BY Prodigy TN &amp; Fallag-Anonym</h1></div>')

MERANTI = ('<div style="display:none">'
           '<a href="https://urlink.id/akungacor">Meranti88 - Link daftar situs judi slot online Paling Gacor Hari Ini</a> '
           '<a href="https://urlink.id/akungacor">DAFTAR SLOT AKUN SLOT</a> '
           '<a href="https://urlink.id/akungacor">RTP SLOT GACOR</a></div>')

BIGHOKI = ('<p style="position:absolute;left:-9999px"><a href="https://allmy.bio/bighoki288.com">LINK DAFTAR AKUNPRO KLIK DI SINI</a></p>')

REBRAND = ('<script type="text/javascript">if(/Android|iPhone|iPad|Mobile/i.test(navigator.userAgent)&&document.referrer.indexOf("google")>-1)'
           '{window.location.href="https://rebrand.ly/daftar-akun-disini";}</script>'
           '<a href="https://rb.gy/6c1ov" style="display:none" title="Link Slot Gacor">Link Slot Gacor</a>')

HEYLINK = ('<script type="text/javascript">document.write(\'<div class="ad"><a href="https://heylink.me/akunproluargacor/" target="_blank">'
           'Situs Slot Online Resmi Bo Slot Gacor Mudah Kasih WD Terbaru 2023</a></div>\');</script>')

BCR = r'''<script type="text/javascript">
BCR = {};
BCR.ses = [
	[/google\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.yahoo\./i, /(\?|&)p=(.*?)(&|$)/i, 2],
	[/bing\.com/i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.aol\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/ask\.com/i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/altavista\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.lycos\./i, /(\?|&)query=(.*?)(&|$)/i, 2],
	[/alltheweb\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/yandex\./i, /(\?|&)text=(.*?)(&|$)/i, 2],
	[/(nova\.|search\.)?rambler\./i, /(\?|&)query=(.*?)(&|$)/i, 2],
	[/gogo\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/go\.mail\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/nigma\./i, /(\?|&)s=(.*?)(&|$)/i, 2]
];
BCR.BCR = function(ref) {
	var q=null;
	for(var i=0; i<BCR.ses.length; i++) {
		var se = BCR.ses[i];
		if (ref.match(se[0])) {
			q = ref.match(se[1])[se[2]];
			break;
		}
	}
	return q;
};
if (BCR.BCR(document.referrer)) { document.write('<script src="/misc/drupal.min.js?q=' + encodeURIComponent(BCR.BCR(document.referrer)) + '"><\/script>'); }
</script>'''

INTERSTITIAL = ('<meta http-equiv="refresh" content="2;url=/tiyu/">'
                '<div id="jump" style="text-align:center;padding:20px">正在进入旗下新产品，为你定制，请稍后...</div>')

JA_CASINO = ('<div style="position:absolute;top:-3000px;left:-3000px">'
             '<h3>入金不要ボーナスの仕組みと本当に得かを見極める</h3>'
             '<p>オンラインで注目を集める新規カジノの目玉といえば、入金不要ボーナスだ。アカウント登録だけで即座に付与される無料クレジットやフリースピンは、プレイヤーに実弾を使わずに遊ぶ機会を与え、運が良ければ現金化まで狙える。</p></div>')

SLOT_COMMENTS = ('<div class="comments"><h4>网友评论</h4>'
                 '<div class="cmt"><span class="u">slotgacaor</span><p>situs slot online gacor</p></div>'
                 '<div class="cmt"><span class="u">slotgacaor</span><p>agen slot gacor | slot gacor hari ini | link daftar slot terbaru</p></div></div>')

KW303 = ('<div style="align: baseline; display: flex; justify-content: space-around; position: fixed; background: radial-gradient(214px at 49.5% 54.2%, '
         'rgb(0, 191, 255) 0px, rgb(0, 0, 0) 96%) rgb(2, 2, 2); left: 0px; right: 0px; bottom: 0px; z-index: 99; color: rgb(255, 255, 255);">'
         '<a href="https://kw303.info/?ref=Gacorsih" rel="nofollow noopener" target="_blank" style="padding: 0px; margin: 0px; font-size: 12px; '
         'text-decoration: none; color: rgb(255, 255, 255); flex-basis: calc((100% - 90px) / 5); display: flex; flex-direction: column; '
         'justify-content: center; align-items: center; max-width: 75px;"><amp-img layout="intrinsic" height="75" width="75" '
         'src="https://i.ibb.co/p0mjLX4/bonus-rx5w12.webp" alt="Bonus Promo"></amp-img>Bonus Promo</a></div>')

PORN_TITLE = "亚洲日韩AV无码中文字幕美国-白嫩少妇激情无码-无码人妻精品一区二区三-黑人粗硬进入过程视频"

CASES_COMP = [
dict(
    url="http://www.yuanling.gov.cn/yuanling/c108847/201801/c3eaf4400c0c49998cd41c378fdb83f1.shtml", lang="zh", enc="gbk",
    shell="gov_news", kind="real-injection-in-real-page", site="沅陵县人民政府门户网站", column="教育动态",
    h1="白田九年一贯制学校开展“庆元旦”游园活动", title=None, date="2018-01-02",
    meta="沅陵县人民政府门户网站 www.yuanling.gov.cn 发布时间:2018-01-02 10:51",
    paras=[
        "元旦将至,沅陵县白田九年一贯制学校通过精心组织,开展了丰富多彩的游园活动。让全校师生在一片欢声笑语中辞旧迎新。",
        "12月29日,沅陵县白田九年一贯制学校校园内布置整洁,呈现出一派安定祥和的节日气氛,同学们怀着急切的心情等待着早已知道的 “庆元旦”游园活动的来临。下午2:00,学校工会主席黄和孝宣布正式开始,活动正式拉开了帷幕。很快,全校师生有序在各班排队进行活动,学校把更多的时间留给了孩子们。同学们对各种活动项目都满怀热情,很快积极投入了游戏之中,校园顿时变成了欢乐的海洋,在活动结束之后进行了抽奖,发放了奖品。",
        "此次沅陵县白田九年一贯制学校“庆元旦”游园活动以大家喜闻乐见、通俗易懂、形式多样、安全乐趣的游戏为载体;体现全体师生同欢、同喜、同乐、同庆的场景为基调,旨在丰富同学们的课余生活。活动共设有猜谜语、夹弹珠、投篮、跳绳、抢凳子等11种游戏项目。",
    ],
    inj_body_end=IFRAME_713, spam=["akillitelefonburada.com/yon.html"], injections=["hidden-iframe"],
    origin="github jsfiddle/jsfiddle-users #713 (zero-size iframe found in a user's pages, quoted verbatim) (issue thread, corpus issues), placed before </body>; page text: pages corpus capture (search: '九游会 学校 新闻 举行 活动 发布时间'); the capture shows no headline (shown headline reconstructed, truth title null); GBK page",
),
dict(
    url="https://www.tja.gov.cn/public/118323175/1258720855.html", lang="zh", enc="utf-8", shell="gov_xxgk", kind="real-injection-in-real-page",
    site="天津市", column="通知公告", xxgk=[("发布机构", "区文化旅游体育局"), ("发布日期", "2021-06-02")],
    h1="关于召开2021年全区体育工作会议的通知", title="关于召开2021年全区体育工作会议的通知", date="2021-06-02",
    meta="",
    paras=[
        "各乡镇 人民政府,街道办事处,区属各体育协会:",
        "为进一步学习贯彻习近平总书记关于体育工作的重要论述和考察安徽重要讲话精神,贯彻落实全国、省、市群众体育工作会议精神,总结2020年群众体育工作,部署2021年重点任务,定于6月3日下午召开全区体育工作会议。现将有关事项通知如下:",
        "一、 会议时间:", "2021年6月3日下午16:00", "二、 会议地点:", "区政府第九会议室", "三、 参会人员:",
        "(一)各乡镇(街道)分管领导", "(二)各乡镇(街道)文体站站长;", "(三)各体育协会负责人。", "2021年6月2日",
    ],
    inj_top=LEGION, spam=["Hacked By Legion BOmb3r @error SquaD", "ICQ = 740839025", "facebook.com/Legion.Bomber"],
    injections=["defacement-banner"],
    origin="github google/WebFundamentals #7518 (defacement text found in king.txt files on a hacked site, quoted verbatim; the black banner markup above the page is a reconstruction) (issue thread, corpus issues); page text: pages corpus capture (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); the 信息公开 labels (发布机构) are a reconstruction (site name in the shell: a placeholder)",
),
dict(
    url="http://lyty.linyi.gov.cn/info/1453/30525.htm", lang="zh", enc="gb18030", shell="gov_xxgk", kind="real-injection-in-real-page",
    site="临沂市体育局", column="会议公开",
    xxgk=[("索引号", "1041621347/tyj/2023-0000125"), ("公开目录", "会议公开"), ("发布机构", "临沂市体育局"), ("发布日期", "2023-08-28"),
          ("公开方式", "主动公开"), ("文号", ""), ("标  题", "临沂市体育局行政办公会议纪要(2023年第8次)")],
    h1="临沂市体育局行政办公会议纪要(2023年第8次)", title="临沂市体育局行政办公会议纪要(2023年第8次)", date="2023-08-28",
    meta="", title_tag="hacked by DZ.HaCKers",
    paras=[
        "2023年8月26日,市政府副秘书长、市体育局党组书记张潇梦在市行政服务中心326会议室主持召开行政办公会议,主要研究临沂市首届农民运动会筹备工作。现纪要如下:",
        "会上,通报了临沂市首届农民运动会筹备情况,并对下步筹备工作进行了部署安排。",
        "会议要求,要做好运动会和丰收节结合文章,通过开展丰富多彩的群众性庆祝活动,展农民新貌,庆丰收喜悦。要把安全理念贯穿始终,全面梳理排查各环节安全隐患,确保各项工作万无一失。要高水平筹备开幕式,不断提升表演美感和表演效果,力争办出特色、办出水平、办出精彩。要积极践行绿色环保办赛理念,大力倡导绿色生活方式,推动可持续发展。要强化气象、电力、医疗等要素保障,加强会商研判,提前制定预案,保障活动顺利举办。要加强志愿者队伍建设,提升志愿服务水平,为活动增光添彩。要统筹推进市容整治、公共配套等工作,全方位提升城市品质。要全力做好餐饮住宿等服务工作,保障参赛人员吃得安心、住得顺心。要加大宣传力度,全方位、多渠道做好宣传工作,不断扩大活动影响力。",
        "出席:李楠、刘梅、刘金波、邵长满、赵爱国、李军、高波、刘宁",
        "列席:各科室、单位负责人",
    ],
    inj_top=DZ, spam=["hacked by DZ.HaCKers"], injections=["spam-title", "defacement-banner"],
    origin="defacement line verbatim as quoted in a Russian news report on a hacked municipal site (pages corpus capture ampravda.ru, search: 'сайт взломан ссылки казино вставлены в код страницы'); used as <title> and a banner (a reconstruction); page text and 信息公开 table: pages corpus capture (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); GB18030 page",
),
dict(
    url="https://hxxt.fjnu.edu.cn/98/1d/c12676a235549/page.htm", lang="zh", enc="utf-8", shell="edu_news", kind="real-injection-in-real-page",
    site="海峡两岸协同创新中心", crumb="当前位置: 首页 > 中心动态", column="中心动态", banner="",
    h1="中央台办、国台办原副主任孙亚夫应邀来校作报告", title="中央台办、国台办原副主任孙亚夫应邀来校作报告", date="2013-12-25",
    author="陈亮", meta="发布者:陈亮发布时间:2013-12-25浏览次数:71",
    paras=[
        "1223日,我校在旗山校区学术大讲堂举行两级中心组(扩大)学习会,邀请中央台办、国台办原副主任,海峡两岸关系协会副会长,中心学术顾问孙亚夫作题为《关于当前两岸关系形势及有关问题》的专题报告。学习会由校党委书记罗萤主持。",
        "报告会上,孙亚夫通过大量历史和现实素材,详细介绍了近年来两岸关系和平发展取得的主要进展和成果,深入分析了当前两岸关系发展面临的形势和问题,并对今后两岸关系和平发展的前景进行了展望。此外,孙亚夫还就大家关心的提问做了详细的解答。整场报告内容翔实客观,分析鞭辟入里,受到与会者的热烈欢迎。",
        "罗萤书记在总结讲话中表示,学校将进一步增强大局意识,充分发挥对台区位优势和特色,不断深化对台交流合作,努力成为两岸文化、教育、科技、人才交流合作的先行区、示范区;将加强相关学科建设和人才培养工作,努力成为国家和福建省涉台工作的“新型智库”,为服务两岸和平发展大局做出新的更大贡献。",
        "校领导,助理,处、科级干部,各民主党派、统战团体、无党派人士联谊会负责人,离休党总支、关工委、退休协会、老年大学负责人,马克思主义学院教师,全体辅导员和学生代表参加了学习会。",
    ],
    inj_top=PRODIGY, spam=["HACKED BY Prodigy TN & Fallag-Anonym"], injections=["defacement-overlay"],
    origin="defacement line verbatim as quoted in a Russian news report on a hacked hospital site (pages corpus capture chel74.ru, search: 'сайт взломан ссылки казино вставлены в код страницы'); the full-screen overlay markup is a reconstruction; page text: pages corpus capture (search: '亚洲 无码 在线 学院 党委 召开 会议 新闻网讯'); '1223日' is verbatim from the capture",
),
dict(
    url="http://www.thnews.gov.cn/content/detail/61cc1631878ead5813000029.html", lang="zh", enc="utf-8", shell="gov_news", kind="real-injection-in-real-page",
    site="太湖新闻网", column="时政要闻",
    h1="县政协十一届一次会议举行预备会议", title=None, date="2021-12-29",
    meta="2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2287 |",
    paras=[
        "12月28日,县政协十一届一次会议举行预备会议。县委书记朱小兵,县长吴海宏应邀出席会议,县领导赵福南、殷跃平、阮波、李传萍、占卓夫、石金印、王锋、李仁强,县政协秘书长詹晓华出席会议。",
        "会议应到委员246人,因事因病请假5人,实到241人,符合《政协章程》规定。",
        "会议听取了县政协十一届一次会议筹备工作情况报告;协商通过了县政协十一届一次会议主席团、秘书长名单;协商通过了县政协十一届一次会议议程;协商通过了县政协十一届一次会议提案审查委员会名单。",
        "会议要求:县政协十一届一次会议期间,与会人员要严格遵守会风会纪,集中精力开好会议,全体参会人员要按照秘书处疫情防控和医疗保障组的要求落实好各项防疫措施,确保会议安全有序进行,圆满完成各项既定议程。(记 者:吴阳金 张志彬 见习记者 汪子妍)",
    ],
    inj_after_p=(2, MERANTI),
    spam=["Meranti88 - Link daftar situs judi slot online Paling Gacor Hari Ini", "DAFTAR SLOT AKUN SLOT", "RTP SLOT GACOR"],
    injections=["hidden-link-block"],
    origin="github run-llama/llama_index #1544 (slot spam issue: title and two link texts with their URL quoted verbatim) (issue thread, corpus issues); the display:none block between paragraphs is a reconstruction; page text: pages corpus capture (search: 'ag真人 官方 网站 县 委 召开 专题 会议'); no headline captured (shown headline reconstructed from the first sentence, truth title null); the site name in the shell is a reconstruction",
),
dict(
    url="https://tw.xync.edu.cn/info/1048/1547.htm", lang="zh", enc="gbk", shell="edu_news", kind="real-injection-in-real-page",
    site="校团委", crumb="当前位置: 首页 >> 团学动态 >> 正文", column="团学动态", banner="",
    h1="我校开展首届体育文化节暨新生文体节之“超级星期天”活动", title="我校开展首届体育文化节暨新生文体节之“超级星期天”活动", date="2017-05-23",
    meta="发布日期:2017-05-23    浏览次数:",
    title_tag="SLOT ONLINE 123 : LINK SLOT ONLINE 123 RESMI SLOT GACOR 4D PASTI JP",
    paras=[
        "1119日,我校首届体育文化节暨新生文体节之“超级星期天”活动在田径场举行,约有3000多学生参与活动。",
        "本次活动在校团委和各学院团委的支持下,由校学生会、计算机学院学生分会和外国语学院学生分会共同承办。活动以“青春无悔 快乐无限”为主题,经过前期报名、海报宣传及网络宣传等环节的精心准备,于当天上午如期举行。活动共设“功夫筷”“两人三足”“限时跳绳”“相依为命”“拔河赛”“赛龙舟”等十多个文体娱乐项目。参赛选手精神饱满,尽情挥洒汗水,观众热情地呐喊助威,活动现场气氛活跃,欢声笑语不断。",
        "“超级星期天”活动是我校新生文体节中最具影响力的传统项目之一。活动旨在通过形式多样的群体性文体活动,帮助大学生“走下网络、走出宿舍、走向操场”,提高身体素质,养成良好生活习惯,磨砺坚强意志品质。",
    ],
    inj_after_content=BIGHOKI,
    spam=["SLOT ONLINE 123 : LINK SLOT ONLINE 123 RESMI SLOT GACOR 4D PASTI JP", "LINK DAFTAR AKUNPRO KLIK DI SINI", "bighoki288"],
    injections=["spam-title", "offscreen-link"],
    origin="github lm-sys/FastChat #719 (slot spam issue: its title and its link line with URL quoted verbatim) (issue thread, corpus issues); used as the <title> and an off-screen link after the text (a reconstruction); page text: pages corpus capture (search: '星空体育 学院 学生 开展 活动 新闻网'); '1119日' is verbatim from the capture; GBK page",
),
dict(
    url="http://scs.xinmin.cn/news/2024/04/03/32825607.html", lang="zh", enc="utf-8", shell="news_cn", kind="real-injection-in-real-page",
    site="新民网 社区通", column="社区动态",
    h1="九亭镇召开2024年度文体(旅)条线工作部署会", title="九亭镇召开2024年度文体(旅)条线工作部署会", date="2024-04-03",
    meta="2024-04-03",
    paras=[
        "4月3日上午,九亭镇文体中心召开2024年度文体(旅)条线工作部署会议。文体中心负责人俞陈俊主持会议,27个居委会及中心工作人员参加会议。会议总结了2023年九亭镇文体(旅)工作,安排部署了2024年重点工作任务。",
        "会议强调各文体干部要加强沟通学习,深入挖掘社区资源。要加强文体团队建设,发掘文体能人骨干,带动社区文体阵地发展。要推动配送体系深入基层,丰富社区文化体育资源。并动员社区文体条线干部凝心聚力开新局,今年继续扎实做好全民健身活动、设施建设管理、科学健身等方面的工作,全力以赴确保各项体育工作高质量推进。",
    ],
    after_lines=["九亭镇文化体育服务中心", "2024年4月3日"],
    inj_head=REBRAND, spam=["rebrand.ly/daftar-akun-disini", "Link Slot Gacor"],
    injections=["ua-referrer-redirect-script", "hidden-link"],
    origin="github hiddify/Hiddify-Manager #2515 (slot spam issue: the two short-link URLs and the anchor phrase quoted verbatim) (issue thread, corpus issues); the mobile-and-search-referrer redirect script in <head> and the hidden anchor are a reconstruction; page text: pages corpus capture (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); the image file name line and the signature lines are kept outside the truth",
),
dict(
    url="http://guannews.com/xinwen/115156.html", lang="zh", enc="gb18030", shell="news_cn", kind="real-injection-in-real-page",
    site="莞讯网", column="镇区",
    h1="樟木头部署运动会相关工作", title="樟木头部署运动会相关工作", date="2018-09-27", source="莞讯网",
    meta="镇区   来源:莞讯网  责任编辑:百花残  2018-09-27 16:13:33",
    paras=[
        "记者获悉,2018年樟木头镇运动会将于10月18日开幕。今天,樟木头镇召开协调会,部署相关工作。",
        "镇委委员胡珏、镇宣教文体局、文广中心、体育管理中心等部门负责人参加会议。会议对运动会的前期筹备情况进行汇报,对下一阶段工作进行部署。",
        "2018年樟木头镇体育运动会定于10月18日开幕,11月8日闭幕,为期22天。竞赛项目除了篮球、足球、羽毛球、拔河、象棋、围棋等传统项目以外,还新增了鸿运彩球、虫虫特工、财源滚滚等趣味项目。届时,由樟木头各机关单位、社区组成的20个团队将展开激烈角逐。",
        "胡珏指出,各部门要细筹划,集思广益,必须把运动会筹备工作做得更细致,对运动会相关事项进行再梳理,要做好相关部门的协调工作,朝着成功的方向前进;要真落实,开幕式各节目的编排训练、场地布置等工作要落实到位,做到专项负责、跟踪落实;要促成功,以运动会的成功举办为目标,各部门要亮出真本事,焕发出工作的执行力、筹划力、协调力,通过运动会活跃干部群众的体育生活,达到促进全民健身的目的。(记者 黄俊麟 何英俊)(来源:东莞阳光网)",
    ],
    footer="品牌介绍 | 广告服务 | 版权声明 | 联系我们 | 网站地图 | RSS订阅 | DMOZ目录 本站部分资料来源于互联网转载和网友发布,如侵犯您的权益,请联系我站客服,我们将尽快处理,谢谢合作! Copyright © www.guannews.com Inc. All Rights Reserved.莞讯网",
    inj_sidebar=HEYLINK,
    spam=["Situs Slot Online Resmi Bo Slot Gacor Mudah Kasih WD Terbaru 2023", "heylink.me/akunproluargacor"],
    injections=["document-write-link", "sidebar-spam"],
    origin="github run-llama/llama_index #2119 (slot spam issue: title and link URL quoted verbatim) (issue thread, corpus issues); written by document.write into the sidebar (a reconstruction); page text: pages corpus capture (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); GB18030 page",
),
dict(
    url="https://cjxy.hbeu.edu.cn/info/1080/3272.htm", lang="zh", enc="utf-8", shell="edu_news", kind="real-injection-in-real-page",
    site="成人(职业)教育学院", crumb="当前位置: 首页 >> 学院新闻 >> 正文", column="学院新闻", banner="",
    h1="学校召开成人职业教育学院工作研讨会", title="学校召开成人职业教育学院工作研讨会", date=None, meta="",
    paras=[
        "12月25日下午,学校在明德楼六楼会议室召开成人职业教育工作研讨会,17个学院及相关职能部门负责人参加会议,会议由成人(职业)教育学院副院长叶聪主持,丁远坤副校长出席并发表讲话。",
        "会上,成人(职业)教育学院院长肖桂清总结了学校2019-2020年成人职业教育工作,并对2020年工作进行了谋划。17个学院及相关职能部门负责人针对成人职业教育工作进行了认真地研讨,并提出了详实的意见和建议。",
        "丁远坤副校长对每位同志的发言进行了点评,充分肯定了大家的真知灼见,站位高、有思路、有格局、有情怀。同时要求大家:其一,客观分析高等教育进入新时代、新阶段的现实,抢抓新机遇、新挑战,进一步解放思想开拓创新。其二,千方百计争取资源。其三,坚持开门办学、融入地方服务地方,以贡献求发展。其四,扎实规划明年的工作,做好“十四五”规划,开好头,起好步。",
    ],
    inj_body_start=BCR, spam=["BCR.BCR = function(ref)", "BCR.ses = ["], injections=["referrer-cloaking-script"],
    origin="github antimalware/manul #91 (search-engine-referrer script found injected after <body> in a hacked Drupal template, quoted verbatim up to the loop; the 'return q' close and the final document.write loader line are a reconstruction) (issue thread, corpus issues); page text: pages corpus capture (search: '尊龙凯时 学院 召开 工作 会议 发布时间 来源'); no date shown",
),
dict(
    url="http://www.fujian-window.com/tiyu/13054.html", lang="zh", enc="utf-8", shell="news_cn", kind="real-injection-in-real-page",
    site="福建之窗", column="体育",
    h1="市体育局召开民生实事体育场地设施项目建设专题部署会", title=None, date=None, meta="",
    paras=[
        "5月23日下午,市体育局组织开发区相关部门召开市政府民生实事体育场地设施项目建设专题部署会。市体育局副局长潘智慧、开发区管委会副主任朱剑成参加会议并讲话。开发区财政局、南明山街道等8个相关部门负责人及市体育局相关处室人员参加会议。市体育局群体处处长赵伟敏主持会议。 会上,赵伟敏处长就开发区“2019年市政府民生实事基层体育场地设施建设项目”的目标任务等情况进行了介绍。开发区各部门负责人就拆装式游泳池、笼式足球场、社区多功能运动场、村级体育休闲公园等项目的选址、经费安排进行了深入交流探讨,结合实际提出了意见和建议。 会议强调,各单位要提高认识,积极主动加强协调配合、不折不扣、保质保量将体育场地设施建设任务落实到位,全力以赴推进开发区体育事业的快速健康发展,不断改善和丰富开发区人民群众的健身活动。",
    ],
    inj_top=INTERSTITIAL, spam=["正在进入旗下新产品，为你定制，请稍后..."], injections=["meta-refresh", "redirect-interstitial"],
    origin="github magicblack/maccms10 #985 (the interstitial text shown before a hidden redirect to a porn site, quoted verbatim) (issue thread, corpus issues); the meta refresh and the interstitial block at the top of <body> are a reconstruction; page text: pages corpus capture (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); no headline captured (shown headline reconstructed, truth title null); no date shown",
),
dict(
    url="http://www.ln19.com/forum.php?mod=viewthread&tid=289930", lang="zh", enc="gbk", shell="discuz", kind="real-injection-in-real-page",
    site="园洲论坛", column="园洲资讯",
    h1="园洲镇召开第三届全民健身运动会筹备工作动员会", title=None, date=None, meta="",
    paras=[
        "11月21日,我镇召开第三届全民健身运动会筹备工作动员会。镇班子成员、副科领导:镇九大办主任,驻村组长、圩镇单位负责人;各村(居)第一书记、书记、主任等参加会议。",
        "会议上,镇党委副书记刘永忠通报了前阶段运动会筹备工作开展情况,并对全运会筹备工作作了安排布置,明确了这次运动会开展的相关细则和注意事项。",
        "为全面贯彻落实《全民健身计划纲要》 ,进一步增强全民健身意识,我镇从2010年开始,每三年举办一届,目前已成功举办了二届,受到了社会各界一致好评,激发全民健身热情,全镇体育事业发展呈现良好的发展势头。今年第三届全民健身运动会将在12月30日至12月31日在园洲中学运动场举行。",
        "镇委书记熊满池在讲话指出,举办好全运会是我镇的一项体育盛事,全镇各级要充分认识全运会举办的深刻意义,要统一思想,扎实做好第三届全运会各项筹备工作,吧全运会办出一流的水平、办出综合效益。",
        "据了解:第三届全运会将分农村组、单位部门组、工业组等三大组别,共设球类、棋类、田径、趣味运动等30个比赛项目。其中,划艇仔、足球、迷你马拉松等三项目,是公开社会报名的项目,力求做到全民健身、全民参与。",
    ],
    inj_after_content=JA_CASINO,
    spam=["入金不要ボーナスの仕組みと本当に得かを見極める", "オンラインで注目を集める新規カジノの目玉といえば"],
    injections=["offscreen-foreign-spam-paragraph"],
    origin="Japanese online-casino heading and paragraph verbatim from a hijacked racing site's author archive (pages corpus capture robinshuteracing.com, search: 'オンラインカジノ 入金不要ボーナス 大学 ニュース お知らせ 掲載'); the off-screen block inside the post is a reconstruction; page text: pages corpus capture of a Discuz thread (search: '米乐 体育 官网 镇 召开 会议 部署 工作'); the thread title is not in the capture (shown title reconstructed, truth title null); the forum name is a reconstruction; GBK page",
),
dict(
    url="https://www.baqiao.gov.cn/xwzx/dcjc/64392a7af8fd1c1a702332e9.html", lang="zh", enc="utf-8", shell="gov_news", kind="real-injection-in-real-page",
    site="西安市灞桥区人民政府", column="街道动态",
    h1="纺星社区开展“用有害换有爱 分类更时尚”垃圾分类宣传活动", title=None, date=None, meta="",
    paras=[
        "为全面做好卫生城市的复审工作,进一步推进生活垃圾分类,倡导绿色生态、健康环保的生活方式,提高居民群众对生活垃圾分类的知晓率、参与率,4月14日,街道城市综合管理办公室和纺星社区在略钢小区进行了主题为“用有害换有爱 分类更时尚”垃圾分类宣传活动,活动中工作人员发动小区居民将家中的有害垃圾带到活动现场兑换购物袋、肥皂、垃圾袋等小礼品,并向居民发放垃圾分类宣传页,同时向大家普及有害垃圾分类知识。",
        "通过此次活动让更多的居民懂得垃圾分类的重要性,在日常生活中做好垃圾分类,积极参与到垃圾分类的队伍中来。",
    ],
    inj_after_article=SLOT_COMMENTS,
    spam=["situs slot online gacor", "agen slot gacor", "slot gacor hari ini", "slotgacaor"], injections=["comment-spam"],
    origin="slot keyword lines and the poster's user name verbatim from a public spam issue (github run-llama/llama_index #1544, corpus issues); the comment section below the article is a reconstruction; page text: pages corpus capture (search: '街道办事处 开展 垃圾分类 宣传 活动 社区 居民 发布时间 信息来源'), which shows the two paragraphs twice (kept once); no headline captured (truth title null); no date shown",
),
dict(
    url="http://www.laiwu.gov.cn/art/2025/9/17/art_36467_4818878.html", lang="zh", enc="gb18030", shell="gov_xxgk", kind="real-injection-in-real-page",
    site="济南市莱芜区人民政府", column="镇街信息",
    xxgk=[("索引号", "11371202004357314Q/2025-00836"), ("公开方式", "主动公开"), ("发布机构", "莱芜区人民政府凤城街道办事处"),
          ("组配分类", "乡镇动态"), ("文件编号", ""), ("发文日期", "2025-09-17")],
    h1="凤城街道:“垃圾分类我先行,美好家园共创建”宣传活动", title="凤城街道:“垃圾分类我先行,美好家园共创建”宣传活动", date="2025-09-17",
    source="莱芜区人民政府凤城街道办事处",
    meta="发布日期:2025-09-17 09:05 信息来源:莱芜区人民政府凤城街道办事处 浏览次数: 字体:【大 中 小】",
    paras=[
        "近日,凤城街道向阳社区组织开展了以“垃圾分类我先行,美好家园共创建”为主题的宣传活动,吸引了众多居民积极参与。",
        "活动现场,社区工作人员通过发放宣传手册,向居民详细讲解了垃圾分类的重要意义、分类标准以及投放要求。针对居民日常生活中容易混淆的厨余垃圾、可回收物、有害垃圾和其他垃圾,工作人员结合实例进行耐心解答,帮助居民准确区分各类垃圾,消除分类误区。针对部分老年居民对分类标准理解不清晰的问题,社区工作人员一对一耐心讲解,手把手指导如何辨别垃圾类别、正确使用分类垃圾桶,确保宣传内容真正“入脑入心”。",
        "下一步,凤城街道向阳社区将持续开展多样化的垃圾分类宣传活动,推动垃圾分类工作常态化、长效化,共同营造整洁、优美、绿色的社区环境,助力文明城市建设。",
    ],
    after_lines=["编辑:李长旭"],
    inj_body_end=KW303, spam=["kw303.info/?ref=Gacorsih", "bonus-rx5w12.webp"], injections=["fixed-bottom-bar-link"],
    origin="github hiddify/Hiddify-Manager #2760 (fixed bottom bar of a slot spam post: its style, link URL and image quoted verbatim, shortened) (issue thread, corpus issues); placed before </body>; the anchor's visible text is a reconstruction; page text and 信息公开 table: pages corpus capture (search: '街道办事处 开展 垃圾分类 宣传 活动 社区 居民 发布时间 信息来源'); the 字体 size links are a reconstruction; GB18030 page",
),
dict(
    url="http://www.innkp.com/info/1003/1377.htm", lang="zh", enc="gbk", shell="edu_news", kind="real-injection-in-real-page",
    site="体育部", crumb="当前位置: 首页 >> 体育新闻 >> 正文", column="体育新闻", banner="",
    h1="体育部组织开展学生体育文化艺术节系列活动", title=None, date=None, meta="",
    title_tag=PORN_TITLE, meta_keywords=PORN_TITLE,
    paras=[
        "11月份,继学生体质测试工作顺利完成后,体育部将组织开展学生体育文化艺术节系列活动。",
        "据悉,本次活动主要包括学生女子3V3篮球赛、学生男子5人制篮球赛、学生男子7人制足球比赛、学生冬季越野赛等比赛。11月8日至15日,我院举办了学生女子3V3篮球赛,经过激烈角逐,建筑系获冠军,财经系、旅游系分别获得亚军和季军。11月16日,学生男子5人制篮球赛开始进行比赛。之后,学生男子7人制足球比赛、学生冬季越野赛等系列活动也将有序展开。",
        "此次活动,对推动我院学生体质健康发展,活跃校园体育文化氛围具有重要意义。【供稿:体育部 文/图:张强 编辑:刘娇】",
    ],
    spam=["亚洲日韩AV无码中文字幕美国", "白嫩少妇激情无码", "无码人妻精品一区二区三", "黑人粗硬进入过程视频"],
    injections=["porn-keyword-title", "porn-meta-keywords"],
    origin="porn keyword line verbatim from a captured traditional-script copy of a district sports-meet report (pages corpus capture with no address given, search: '千亿体育 学校 举行 仪式 新闻 浏览'); used as <title> and keywords meta (a reconstruction); page text: pages corpus capture (search: '星空体育 学院 学生 开展 活动 新闻网'); no headline captured (shown headline reconstructed, truth title null); GBK page",
),
dict(
    url="https://www.mnnu.edu.cn/xwdt/xwdd/685.htm", lang="zh", enc="utf-8", shell="edu_news", kind="real-injection-in-real-page",
    site="闽南师范大学新闻网", crumb="当前位置: 首页 > 新闻动态 > 新闻导读", column="新闻导读", banner="",
    h1="我校召开专题会议对校园疫情防控工作进行再强调再部署", title="我校召开专题会议对校园疫情防控工作进行再强调再部署", date="2022-03-20",
    meta="发布时间:2022/03/20",
    title_tag="PG电子 我校召开专题会议对校园疫情防控工作进行再强调再部署 完美电竞平台",
    paras=[
        "3月20日,在收听收看全省教育系统疫情防控工作视频会议后,我校立即召开疫情防控工作领导小组扩大会议,就做好校园疫情防控工作进行再强调再部署。校领导吴彬镪、李顺兴、钟发亮、肖庆伟、林致远、张龙海、戴福康出席会议,各机关教辅单位及创新平台负责人、各学院党政有关负责人、圆山校区管委会负责人参加会议。会议由校党委书记吴彬镪主持。",
    ],
    spam=["PG电子", "完美电竞平台"], injections=["spam-title-affix"],
    origin="title prefix and suffix verbatim from a captured spam page title that wraps a real sports headline (pages corpus capture qplawyer.com subdomain, search: 'pg电子 麻将胡了 县 乡镇 开展 工作 信息来源'); wrapped around this page's <title> (a reconstruction); page text: pages corpus capture (search: '尊龙凯时 学院 召开 工作 会议 发布时间 来源'), only the whole sentences before the capture's cut are kept",
),
dict(
    url="http://www.gqsoso.com/cs/20210902/122857.html", lang="zh", enc="gbk", shell="news_cn", kind="rebuilt-from-text",
    site="城市资讯", column="城市",
    h1="未央湖街道组织开展垃圾分类入户宣传活动", title="未央湖街道组织开展垃圾分类入户宣传活动", date=None, meta="",
    paras=[
        "为进一步深化生活垃圾分类理念,倡导绿色、低碳、环保的生活方式,积极鼓励引导辖区居民主动参与垃圾分类。8月18日,未央湖街道组织辖区社区、小区开展垃圾分类入户宣传活动。",
        "活动采取挨家挨户上门宣传的形式,工作人员向每一户派发宣传手册,并向居民们讲解生活垃圾的分类类别、投放方式以及有害垃圾的处理方法等,引导居民从环境卫生、文明生活的角度,去有效的处理生活垃圾,杜绝乱堆乱放的行为,保持整改后的环境卫生整洁干净。",
        "(通讯员:张雪琦)",
    ],
    inj_after_content='<div class="keywords">关键词: 冠珠外墙砖 多喜爱冰激凌 无线防盗器 钟海明 高档轿车</div>',
    spam=["冠珠外墙砖", "多喜爱冰激凌", "无线防盗器"], injections=["keyword-stuffing-line"],
    origin="pages corpus capture (search: '街道办事处 开展 垃圾分类 宣传 活动 社区 居民 发布时间 信息来源'); a copy of a street-office news item on a content-farm domain with an unrelated SEO keyword line after the text (not gambling: commercial keyword stuffing); no date shown; GBK page",
),
]
