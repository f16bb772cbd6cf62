# -*- coding: utf-8 -*-
"""Legit real cases of v38 (not hijacked): real pages that lawfully discuss lotteries, gambling policing,
online-gambling enforcement, betting regulation. Verbatim captured text; shells rebuilt."""

L = []

L.append(dict(
    url="https://www.tellerreport.com/life/2020-09-04-macau-bo-supervision-bureau--all-online-casinos-operating-under-the-name-of-macau-are-illegal.B1l5B3I1VP.html",
    shell="en_news", encoding="utf-8", lang="en",
    title=None, date=None, source=None, author=None,
    paras=[
        "China News Service, September 4th. According to the website of the Macau Special Administrative Region Government, there have been rumors on the Internet that due to the epidemic, Macau launched an online Mark Six lottery. The Macau Gaming Supervision and Coordination Bureau clarified that the Macau Special Administrative Region government has never approved any Macau casinos or companies to operate. Online gambling, and the police have followed up on this.",
        "The Macau Bureau of Supervision stated that all online casinos operating under the name of Macau or websites claiming to be \"Macau Mark Six Lottery\" are false and illegal.",
        "The Bo Supervision Bureau also called on citizens to beware of Bonet fraud. If suspected of being defrauded, they should promptly report to the local police.",
    ],
    origin="pages corpus capture: an English news aggregator's machine translation of a China News Service item: Macau's gaming regulator says no online casino or online Mark Six is licensed; legit (anti-illegal-gambling news), not hijacked (the aggregator's own reprint, crediting its source). Headline and date not in the capture (null).",
))

L.append(dict(
    url="https://macaushimbun.com/?p=20349",
    shell="ja_news", encoding="utf-8", lang="ja",
    title="マカオギャンブル監理当局、ニセ宝くじサイトに注意呼びかけ",
    date="2017-03-25", source=None, author=None,
    dateline="2017/3/25 10:51", cat="カジノ・IR",
    paras=[
        "マカオのギャンブル監理当局にあたるDICJが3月22日付で発表したプレスリリースによれば、マカオ特別行政区政府が経営する公共福祉宝くじ運営会社を自称し、売上がマカオにおける公益及び慈善事業に使われるなどと騙るウェブサイトの存在が確認されたとのこと。",
        "DICJでは、マカオ特別行政区政府及びいかなる組織または企業がインターネット上で公共福祉宝くじを販売することはなく、この種のサイトは偽物で非合法のものであるとし、公衆に対して注意を呼びかけた。",
        "また、DICJはマカオにおけるギャンブルを監理する部門であり、公式サイトでは業界関連情報を提供するのみで、いかなるギャンブルの経営やプロモーションにも関わっていないことを強調した。",
    ],
    origin="pages corpus capture: a Japanese-language Macau newspaper's item on the gaming regulator warning about fake welfare-lottery sites; legit, not hijacked.",
))

L.append(dict(
    url="https://www.451263.com/minsheng/2023/03/30/1085",
    shell="wp", encoding="utf-8", lang="zh",
    title="巩义市公安局米河派出所:禁赌宣传到一线 守护群众“钱袋子”",
    date=None, source=None, author=None,
    paras=[
        "“麻将一响,牛羊白养!赌博一沾,倾家荡产!”",
        "“赌赌赌,你可想过你的父母;捞捞捞,你可想过儿女书包!”",
        "日前,巩义市公安局米河派出所民辅警走上街头、走近居民,利用古谚语、顺口溜,全方位,多举措开展禁赌宣传活动,从思想上筑牢辖区群众自觉抵御“赌博”的防线。",
        "校园、村庄、工地、厂矿、市场……到处都有民警们禁赌宣传的身影。他们通过“拉家常”的方式,详细的向群众讲解什么是赌博、涉赌法律法规、赌博危害以及典型赌博案件,提高群众的法治观念、安全意识。",
        "“民警这种宣传很通俗,接地气,我们喜欢。”辖区居民有感而发。",
        "针对米河镇与上街区、荥阳市相邻,人口基数大的实际情况,米河派出所还在人口较为集聚的时代广场、居民小区播放网络微电影,吸引群众留足观看。活动现场,派出所紧紧围绕游戏机赌博、流动赌博和网络赌博等题材,选出多部“禁赌片”,通过生动、真实的案例向到场群众讲解禁赌法律法规的知识,呼吁大家自觉抵制各类赌博违法犯罪活动,引导广大人民群众学法知法守法,防赌拒赌。",
        "截至目前,该所共开展各类宣传活动30余场,发放宣传资料5000余份,涉及群众2万余人次,切实营造了“远离赌博”的社会舆论氛围,守护好群众的“钱袋子”。",
        "巩义市公安提醒您:赌博不仅危害身心健康,还败坏社会风气,扰乱社会治安,对社会和自身带来巨大伤害,赌博能改变一个人,赌博能毁掉一个家庭,提高禁赌拒赌防赌意识,树立正确的人生观、价值观,从我做起,从身边人做起。",
    ],
    trailer=["米河在线 · 巩东生活", "米河在线 » 巩义市公安局米河派出所:禁赌宣传到一线 守护群众“钱袋子”", "发表回复"],
    origin="pages corpus capture: a local town portal's (WordPress-like) report of a police station's anti-gambling campaign; legit, not hijacked. Date in the URL only (null).",
))

L.append(dict(
    url="https://bloombergtechnoz.com/detail-news/41003/kominfo-jelaskan-pelaku-judi-online-yang-kerap-ternak-domain",
    shell="id_news", encoding="utf-8", lang="id",
    title="Kominfo Jelaskan Pelaku Judi Online yang Kerap 'Ternak Domain'",
    date="2024-06-16", source=None, author="Azura Yumna Ramadani Purnama",
    dateline="16 June 2024 16:00",
    caption="Ilustrasi judi online. (Envato/ Angelov1)",
    paras=[
        "Bloomberg Technoz, Jakarta - Kementerian Komunikasi dan Informatika (Kominfo) mengaku terus memberantas penyebaran judi online sesuai dengan tupoksi, yaitu melakukan pemutusan akses atau blokir pada situs terkait. Dalam skala penindakan Kominfo berkoordinasi dengan aparat kepolisian. Meski begitu kerap ditemui website judi online yang telah diblokir muncul dengan domain yang baru.",
        "\"Kalau dia muncul lagi muncul lagi, biasanya kan muncul dengan domain baru. Kita harus selidiki, apakah orang yang sama, polisi akan menyelidiki. Kan biasanya orang yang sama maupun yang beda,\" kata Direktur Jenderal Informasi dan Komunikasi Publik Kominfo Usman Kansong di Jakarta, Minggu (16/6/2024).",
        "Kominfo bisa melakukan pemblokiran situs secara langsung karena itu merupakan kewenagannya. Kemudian berkomunikasi dengan pemilik platform media sosial, memerintahkan mereka menutup akun yang diduga mempromosikan judi online.",
        "\"Kalau berupa konten maka kita meminta platform yang men- take down, karena Kominfo tidak bisa take down secara langsung, minta ke Google, Facebook, dan lain-lain,\" jelas dia.",
        "Kansong menjelaskan dalam hal tindak pidana, sampai ke pemilik website atau bandar judi online, Kominfo melaporkannya kepada polisi untuk segera ditindaklanjuti.  Ia juga yakin bahwa pusat aktivitas server digital judi online yang menyebar di Indonesia berada di salah negara di Asia Tenggara.",
    ],
    origin="pages corpus capture: an Indonesian business-news site on the ministry blocking online-gambling domains; legit, not hijacked.",
))

L.append(dict(
    url="https://kepri.pikiran-rakyat.com/hukum/pr-2686914822/perjudian-online-harus-jadi-musuh-bersama-ceri-singgung-kaisar-sambo?page=2",
    shell="id_news", encoding="utf-8", lang="id",
    title="Perjudian Online Harus Jadi Musuh Bersama, CERI Singgung Kaisar Sambo",
    date="2023-07-24", source=None, author=None,
    dateline="- 24 Juli 2023, 10:00 WIB",
    caption="Jajaran Sat Reskrim Polresta Barelang mengungkap perjudian online di Batam. CERI desak polisi bongkar isu konsorsium 303 Kaisar Sambo. /tangkap layar/Polresta Barelang/",
    paras=[
        "Sementara itu, melansir pemberitaan media pada Sabtu, 21 Juli 2023, Kominfo memblokir domain situs yang ditengarai berisi perjudian online. Kemudian, alamat protokol internet (IP) situs dan aplikasi judi online juga diblokir agar tidak bisa diakses di Indonesia.",
        "Selanjutnya, Kementerian Kominfo memblokir domain situs dan aplikasi perjudian online serta memblokir rekening untuk mempersempit ruang gerak sindikat perjudian online di Indonesia.",
        "Selain pemblokiran, Kementerian Kominfo juga melaporkan konten perjudian online di media sosial ke aparat hukum. Dengan begitu, promotor yang mempromosikan konten perjudian online di media sosial itu berpotensi diringkus kepolisian.",
        "Menteri Kominfo Budi Arie Stiadi mengatakan, Kominfo berhasil menutup akses terhadap 846.047 konten perjudian online sejak 2018 hingga 19 Juli 2023. Bahkan dalam sepekan terakhir, Kominfo sudah memblokir 11.333 konten perjudian online.",
    ],
    origin="pages corpus capture: page 2 of an Indonesian regional news article on online gambling enforcement; legit, not hijacked (the page's 'Baca Juga' promo of another gambling-case article is left out).",
))

L.append(dict(
    url="https://yhyx.xhedu.sh.cn/cms/app/info/doc/index.php/13216",
    shell="xhedu", encoding="gbk", lang="zh",
    title="沈阳对中小学生买彩票亮“红灯”",
    date="2001-06-21", source=None, author=None,
    byline="作者(来源):[暂无]    发布时间:2001-06-21",
    paras=[
        "新华社讯 沈阳市教委于日前下发文件指出,禁止中小学生购买彩票,要求全市各中小学让孩子远离博彩活动,严禁购买彩票。",
        "沈阳市教委要求全市各中小学校开展宣传教育活动,通过校园广播、宣传板报等形式进行正面引导和教育,通过召开主题团队班会,组织学生讨论参与博彩活动的害处。",
        "据悉,沈阳市有关部门还要求各学校加强与学生家长沟通,让家长认识到孩子购买彩票的不利影响和害处,共同教育孩子远离博彩活动。",
    ],
    origin="pages corpus capture: a Shanghai district school site's (xhedu CMS) reprint of a Xinhua brief on banning pupils from buying lottery tickets; legit, not hijacked; 作者(来源) is '[暂无]' (source null). Rebuilt in GBK.",
))

L.append(dict(
    url="https://sportshandle.com/legal-betting-legislation-tracker/",
    shell="en_news", encoding="utf-8", lang="en",
    title="Legal Sports Betting Legislation Tracker — Betting Bills and Information Tracker for USA.",
    date=None, source=None, author=None,
    paras=[
        "Is gambling illegal in my state, or is sports betting legal in my state? Where is US online sports betting legal or legal in person? If you’ve come here wondering that, we’ve got you covered. It’s a common question amongst US-based sports bettors these days. As you may be aware, the State of New Jersey challenged the 1992 federal law banning sports betting outside Nevada — and won. That law was known as PASPA, or the Professional and Amateur Sports Protection Act.",
        "New Jersey’s legal battle against the NCAA and the major pro sports leagues reached the United States Supreme Court in 2017 in a case known as Murphy v NCAA (formerly Christie v NCAA). On May 14, the Supreme Court ruled in favor of NJ in a 7-2 decision. Now that PASPA has been eliminated, states are free to legalize sports wagering, and some already have. By the end of 2019, New Jersey, Delaware, West Virginia, Mississippi, Pennsylvania and possibly a couple other states may have legal sports betting operators up and running. Check back at Sports Handle for updates.",
        "Our sports betting legislation tracker is updated (almost) daily with the latest sports betting legislative developments, and sports betting regulation updates. Check below the map, too, for links to relevant information in your state. For an history on federal and state gambling laws go back to the American Revolution, check out our article here.",
    ],
    origin="pages corpus capture: a US sports-betting trade site's legislation tracker (intro, before the state table); legit (betting regulation), not hijacked. The stored capture is one of several versions of the page; the rebuilt page holds that version's intro.",
))

L.append(dict(
    url="https://hklaw.com/en/insights/publications/2019/04/sports-wagering-2019-state-by-state-guide",
    shell="en_law", encoding="utf-8", lang="en",
    title="Sports Wagering: 2019 State-By-State Guide",
    date="2019-04-09", source=None, author="Kayla Gebeck Carroll",
    dateline="April 9, 2019", blog="Holland & Knight Native American Law Blog",
    paras=[
        "In 2018, the U.S. Supreme Court's ruling in Murphy v. National Collegiate Athletic Association allowed Congress to regulate sports wagering directly. If Congress fails to act, the authority to regulate sports wagering is delegated to the states. In the absence of federal congressional action, most states have introduced, and some have passed, legislation that legalizes sports wagering within their borders. A handful of states have introduced legislation directly impacts tribal governments who already possess gaming compacts with the state.",
        "In November 2018, Arkansas passed a constitutional amendment (Issue 4) to legalize sports wagering at four sites in the state. Gaming activity is regulated by the Arkansas Racing Commission.",
        "In June 2018, Delaware legalized full-scale sports wagering at all three casinos in the state. Gaming activity is regulated by the Delaware State Lottery Office.",
        "In 2018, New Jersey legalized sports wagering (AB 4111). The bill permits both in-person and online sports wagering. Gaming is regulated by the New Jersey Division of Gaming Enforcement.",
    ],
    origin="pages corpus capture: a law firm's blog guide to state sports-wagering law; legit, not hijacked. State names (table cells) kept out of text; captured rows kept as paragraphs.",
))

L.append(dict(
    url="https://smzj.suining.gov.cn/xinwen/show/c2259b3b4bd3b92d059d931e92b3e306.html",
    shell="scgov", encoding="utf-8", lang="zh",
    title=None, date=None, source=None, author=None,
    paras=[
        "11月28日,遂宁市福利彩票工作推进会在遂宁市东旭阳光国际酒店召开。四川省福彩中心党委委员、副主任梁萌,遂宁市民政局党组书记、局长赵维强出席会议,会议由遂宁市民政局党组成员、副局长田贵凡主持。",
        "四川福彩遂宁分中心主任李剑就遂宁市福利彩票销售工作进行了汇报,对分中心2024年工作进行了安排部署。安居区、船山区民政局主要负责人作了福彩工作经验交流,优秀投注站和大学生福彩投注站代表发言。",
        "梁萌在讲话中充分肯定遂宁福彩销售工作取得的成绩,介绍了福利彩票发行的初衷和福彩公益项目,感谢遂宁各级民政部门全力支持福彩销售。要求遂宁分中心持续扩大销量,推动就业增长,建设责任彩票,加强上下联动,为遂宁福彩事业可持续发展做出新的贡献。",
        "赵维强对遂宁福彩取得的成绩表示祝贺,表示将全力支持福彩销售工作,同时他要求,各县(市、区)、市直园区民政部门要进一步增强责任感、使命感,深挖福彩市场;主动扛起民政领域就业促进责任,多渠道开发社区、社会组织等就业岗位,为稳定就业大局做出贡献;要全力支持福彩销售工作,强化福彩公益金使用的监督管理。",
        "会议之前,梁萌一行视察调研遂宁福彩投注站,四川省福彩中心相关部门、遂宁市民政局相关科室及县(市、区)、市直园区民政局负责人陪同调研。",
    ],
    origin="pages corpus capture: a city civil-affairs bureau's own news on a welfare-lottery sales meeting; legit, not hijacked. Headline/date not in the capture (null).",
))

L.append(dict(
    url="http://minzheng.jiading.cn/gzdt/content_572032",
    shell="shgov", encoding="gb18030", lang="zh",
    title=None, date=None, source=None, author=None,
    paras=[
        "春节长假后的首个工作日,区民政局党委委员、副局长王伟前往福彩中心开展调研工作。王伟亲切问候每一位工作人员并送上新春祝福,随后对中心站、中福在线厅进行了走访,勉励大家在新的一年再接再厉,再创佳绩。区福彩中心主任汇报了2019年1月我区福彩销售情况以及关于调整高频快开游戏规则的相关事宜,王伟对2019年全区福彩销售发展提出了建议和要求。",
        "王伟强调,要加强节后各销售厅、福彩销售站的安全监管,切实做好工作人员和彩民的安全保障工作。同时要自觉调整状态,把思想和行动统一到工作中来,严格控制彩票市场风险,彰显彩票公益性和社会责任,促进彩票事业稳定健康发展,继续加强彩票市场管理,加强队伍建设,坚持“扶老、助残、救孤、济困”的发行宗旨,高举社会公益旗帜,传播社会正能量,营造良好的发展环境,进一步促进全区福利彩票的销售工作,为公益事业作出应有的贡献。",
    ],
    origin="pages corpus capture: a district civil-affairs bureau's work-news item on visiting the welfare-lottery centre; legit, not hijacked. Rebuilt in GB18030.",
))

L.append(dict(
    url="http://rfb.xinxiang.gov.cn/zwxw/Info/11077",
    shell="hngov", encoding="utf-8", lang="zh",
    title="市福彩中心公开招募设立福彩销售站点",
    date="2021-02-21", source=None, author=None,
    crumb="网站首页 政务新闻 市福彩中心公开招募设立福彩销售站点",
    byline="2021年02月21日 09:05 浏览量:1189086 收藏",
    paras=[
        "如果您想开一个福彩销售站点,现在有机会了。记者近日从市福利彩票发行中心了解到,该中心即日起向社会公开招募设立福彩销售站点,有兴趣投身福彩销售事业的单位和个人均可报名。",
        "根据“十四五”福彩长远规划有关要求和福彩发展实际需要,市福利彩票发行中心经过深入调研和论证,决定自2月20日起,在市区及7个县(市)(不含长垣市)部分空白区域,招募设立福彩销售站点。具体设立地点和办站条件,将根据《彩票管理条例》等有关规定进行考核确认,依法依规办理。",
        "据了解,近年来,随着福彩事业的快速发展,福彩销售工作已经进入到一个全新的发展阶段。目前,我市市区及7个县(市)(不含长垣市)的福彩销售网点基本能满足群众参与福彩、奉献爱心的需要,但仍有一部分区域和乡镇没有设立福彩销售站点。有志加入福彩公益事业、愿意致力于福彩销售工作的单位和个人可与市福利彩票发行中心联系报名。",
    ],
    origin="pages corpus capture: a city government department site's government-news item recruiting welfare-lottery outlets; legit, not hijacked.",
))

L.append(dict(
    url="http://www.northnews.cn/p/1408824.html",
    shell="nmnews", encoding="utf-8", lang="zh",
    title="小区麻将馆成了赌场 老板和22名涉赌人员被拘",
    date=None, source=None, author=None,
    crumb="首页 > > 正文",
    paras=[
        "6月16日,一群人在临河某小区一麻将馆里赌得正酣,突然来了一个声称要找媳妇儿的男子。最后,23名涉赌人员被“一锅端”了。",
        "当天,临河区公安局治安管理大队接到群众举报称,临河某小区门口的一个麻将馆里,有人聚众赌博。",
        "接到举报后,治安管理大队民警着便衣赶到现场。麻将馆里传出电动麻将机的洗牌声,其中一名民警推开门进了麻将馆,看见有23个人围着6台电动麻将桌打麻将,每张麻将桌上都有不少百元大钞。",
        "“你干甚了,要打麻将?”麻将馆老板李某边打麻将边问民警。民警说:“我来找我媳妇儿。”“你媳妇儿叫甚名字?”“王玲。”民警随便编了一个名字。“没有!”这时,躲在门外的民警冲了进来:“不许动,我们是临河区公安局治安管理大队的警察……”23名涉赌人员一下子傻了眼,乖乖地接受民警调查。",
        "经调查,好赌的李某租了小区附近的一间商铺,买了几张二手电动麻将桌,开起了麻将馆。这次,他为22名涉赌人员提供了赌博条件,并以“点炮胡”的方式参与了赌博。临河区公安局依法对李某作出行政拘留15日、罚款3000元的处罚,对另外22名涉赌违法人员分别作出行政拘留10日、罚款2000元的处罚;扣押赌具麻将牌6副,收缴赌资2840元。",
    ],
    trailer=["[责任编辑:郭成]"],
    origin="pages corpus capture: a provincial news portal's police-report story on an illegal mahjong parlour; legit, not hijacked. 责任编辑 is an editor, not the author (author null).",
))
