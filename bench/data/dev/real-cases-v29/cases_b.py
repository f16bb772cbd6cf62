# -*- coding: utf-8 -*-
# Real cases, part B: composites (an injected snippet quoted in a public issue thread, set into a real clean page's
# captured text) and legit pages about gambling/lotteries (search corpus "pages").
CASES = []
def add(**k):
    CASES.append(k)

LEFENG = "<script src=https://lefengtv.com/site.js></script>"
LOADERS3 = ('<script src="https://s1.safessd.com/filesa.min.js"></script> \n'
            '<script src="https://co.puretou.com/iquery.min.js"></script>\n'
            '<script src="https://p0.66cn.com/t/24a1f2.js"></script>')

add(url="http://tyj.gz.gov.cn/bmzc/xwbd/content/post_10144096.html", lang="zh", form="script-tag-text-in-title-and-loader",
    kind="real-injection-in-real-page", inj_issue="https://github.com/magicblack/maccms8/issues/12",
    sitename="广州市体育局", title="政府工作报告多次提及体育工作", date=None, author=None, source=None, byline=None,
    title_inject=LEFENG * 2, spam=[LEFENG],
    paras=["3月5日,十四届全国人大三次会议在北京人民大会堂开幕。国务院总理李强作政府工作报告。",
           "今年政府工作报告多次提及体育工作,在肯定去年体育工作的同时,对今年体育工作提出要求。"],
    note="issue thread: a CMS name field got '<script src=...site.js></script>' appended several times; set after the headline of a real bureau page's captured text: inside <title> the tag shows as literal text, inside the <h1> it loads the script. Headline is a rebuild (the capture has none) - title written on the page as rebuilt.")

add(url="http://www.txrjy.com/archiver/tid-1115638.html", lang="zh", form="external-script-loaders",
    kind="real-injection-in-real-page", inj_issue="https://github.com/magicblack/maccms8/issues/12",
    sitename="通信人家园", title="体育总局:中超CBA马拉松等人群聚集性活动暂不恢复", date="2020-04-01", author="crazyhuman008", source=None,
    byline="crazyhuman008 发表于 2020-4-1 10:20:56", after_title=LOADERS3, spam=[], code=LOADERS3,
    paras=["网易体育据国家体育总局办公厅文件通知,今后一段时间内,马拉松等大型活动、体育赛事等人群聚集性活动暂不恢复。",
           "【通知原文】各省、自治区、直辖市、计划单列市、新疆生产建兵团体育局,各司局,各直属单位,中国足球协会、中国篮球协会,各改革试点项目协会:为贯彻落实“外防输入、内防反弹”的疫情防控要求,减少人员流动和聚集给疫情防控带来的锋线,切实保护好人民群众生命安全和身体健康,今后一段时间内,马拉松等大型活动、体育赛事等人群聚集性活动暂不恢复。同事要求继续引导群众科学健身、组织开展网络赛事活动。体育总局将问句疫情防控形式及时做出调整。"],
    note="three injected external ad/redirect loaders quoted in the issue thread, set after the headline of a real forum-archiver page; nothing visible (spam_strings empty); the loaders act (external scripts).")

add(url="https://captainmaji.com/news_zxzx/65.html", lang="zh", form="external-script-loaders",
    kind="real-injection-in-real-page", inj_issue="https://github.com/magicblack/maccms8/issues/12",
    sitename="新闻资讯", title="全国体育器材市场秩序迎来新风貌,政府机构联手共筑生活品质保障", date=None, author=None, source="中国央视新闻中心", byline=None,
    after_title=LEFENG * 4, spam=[], code=LEFENG,
    paras=["北京时间11月8日,中国体育器材行业迎来了一次重要的里程碑。在政府机构的指导和监管下,一场关于规范市场秩序、提升产品质量、促进体育健康生活的联合行动正式启动。此次行动不仅为广大消费者提供了更可靠的体育器材选择,也为行业的发展树立了新的标杆。",
           "据悉,此次联合行动由国家体育总局、市场监管总局以及多个行业协会共同发起。行动旨在通过严格的质量监督、公正的市场竞争机制以及完善的消费者权益保护,确保体育器材市场健康有序发展。",
           "此次行动的开展,标志着中国体育器材行业正朝着更加规范、健康的方向发展。这不仅是对行业自身的一次升级,更是对国民生活质量的一次提升。相信在不久的将来,我国体育器材市场将呈现出更加繁荣、有序的局面,为实现全民健身和健康中国战略贡献更多力量。",
           "(本报道由中国央视新闻中心提供)"],
    note="the same loader tag four times (as quoted) right after the headline; nothing visible; source from the closing credit.")

# legit
add(url="https://ttnews.xyz/a/5b8c3a05dc9b5e3e96dbf9fa?lang=zh-hans", lang="zh", legit=True, sitename="天天新闻",
    title="澳门——走进威尼斯人赌场", date=None, author=None, source=None, byline=None,
    paras=["今天我坐在澳门的威尼斯人二楼吃一碗皮蛋粥,身上穿着的衣服是一件体恤加一件薄外套,半碗粥吃下去就有点热了。这里吃饭的人大多数都是来旅游的,因为很多人都还拖着重重的行李箱,没有拖着箱子的也多数都操着非本地的口音,外国的就不说了,单我能听懂的,就有东北人,广东人、江苏人,也还有好多说普通话但我辨别不出口音的人。",
           "我坐在一角里等我同行的人,她们都有购不完的物,化妆品、手表、药品、珠宝各色各类应有尽有,因为初来咋到也因为往来不易,所以几乎每一个店铺都具有驻足流连的价值和必要。"],
    note="travel essay about a Macau casino resort.")
add(url="https://blog.creaders.net/u/1196/201101/78392.html", lang="zh", legit=True, sitename="博客",
    title=None, date=None, author=None, source=None, byline=None,
    paras=["澳门的特色就是赌博,而且赌场众多,赌法多样,古今中外,土洋结合,应有尽有。就像节日一样,恐怕港澳地区的节日最多,那里古今中外的节日都过。澳门的博彩收入已经超过了美国的拉斯维加斯和大西洋城,成为世界第一赌城。在 2009 年,澳门的博彩业总收入达到 1203.83 亿,超过拉斯维加斯和大西洋城收入总和的三倍;2010 年,澳门博彩业总收入增加 58%,达到 1883.43 亿澳门元(约合 235.1 亿美元)。尽管全球经济不景气,可是有人预计 2011 年和 2012 年澳门的博彩收入将分别增长 20% 和 25%。 澳门赌场的龙头老大是葡京赌场,它分为老葡京和新葡京两处,中间有一座天桥相连。"],
    note="blog post about Macau casinos and gaming revenue; no headline in the capture.")
add(url="https://wsa.jianshu.io/p/0cd1dc48b7ca", lang="zh", legit=True, sitename="简书",
    title=None, date=None, author=None, source=None, byline=None,
    paras=["如今的澳门威尼斯人酒店已经不再仅仅是度假村的含义,这里多元化的完善和不断与时俱进的脚步,让它在澳门人的心目中一点一滴的拥有了更高的人气和地位,同时也博得了众多游一客青睐的目光。有时间,你也可以来这赌一把,小赌怡情。",
           "澳门朋友说,这地方很小,人口也只有50多万,但贫富差距相当大。当地的财政主要来源是赌税,近几年来,澳门的赌税超过500亿。",
           "可以说澳门的赌场是一台分秒不停运转着的印钞机,每天超过十万人从全国各地甚至世界各地的顾客前来光顾,不论是顾客人数还是收入,都雄居世界所有赌场之前。"],
    note="travel diary on Macau casinos.")
add(url="https://standard.co.uk/business/gambling-watchdog-fines-online-casino-operators-millions-in-fresh-crackdown-a4003656.html", lang="en", legit=True,
    sitename="Evening Standard", title="Gambling watchdog fines online casino operators millions in fresh crackdown", date=None, author=None, source=None, byline=None,
    paras=["Online casino operators were hit with £6.85 million more in fines and settlements on Thursday as the gambling watchdog stepped up its crackdown on the sector amid fears over money-laundering.",
           "Malta-based operators Casumo was ordered to pay £5.85 million and Videoslots agreed to a voluntary penalty package of £1 million for failing to put in place effective safeguards against criminals potentially using the sites to launder illegal cash, as well as preventing vulnerable customers from pumping more cash into online slots. The latest action follows a recent £7.1 million penalty for Daub Alderney, part of the AIM-listed Stride Gaming Group.",
           "Another Malta-based online casino operator, CZ Holdings, has surrendered its licence to operate in Britain after the watchdog began a review. Since 2014, all firms offering casino games to UK players must hold a licence from the Gambling Commission."],
    note="business news on gambling-regulator fines.")
add(url="https://www.bookmakers2u.com/2020/03/09/en-GB/the-uk-gambling-commission-keep-on-to-punish-gaming-operators-hard-44162520", lang="en", legit=True,
    sitename="bookmakers2u", title="The UK Gambling Commission keep on to punish gaming operators hard", date="2020-03-09", author=None, source=None, byline=None,
    paras=["The Gambling Commission has now penalized gaming companies upwards of £ 20 million since 2018 what we assume. It has been noted that gaming operators will pay £ 3 million as part of the UK Gambling Commission's targeted online casino investigation if they do not comply with the strict requirements set by the Gambling Commission. Since the UK Gambling Commission's enforcement activity began, six operators have handed over their license and can no longer trade with consumers in the UK.",
           "During the investigations into the nine most serious business license cases, the Commission examined the actions of 22 individual personal license holders. Of these, six have submitted their license, six have been given a formal warning, one has been asked to continue, seven are still in progress and no further action has been taken against two."],
    note="betting-industry news on regulator enforcement; date written in the URL path and shown as a dateline in the rebuild.")
add(url="http://gdjyfc.com/news_detail.asp?id=783", lang="zh", legit=True, sitename="福彩",
    title="公益福彩 责任同行", date="2024-05-06", author=None, source=None, byline="发布日期:2024-05-06",
    paras=["为践行社会责任,宣传福利彩票“扶老、助残、救孤、济困”的发行宗旨和公益属性,倡导理性购彩,加强责任彩票建设,近期,各市福彩中心开展了公益福彩进社区、心理健康咨询暨责任彩票宣传、春暖行动等活动。",
           "中山福彩",
           "为进一步宣传普及福彩相关知识,营造人人关心公益、了解公益、支持公益的良好氛围,中山福彩近期在东区紫马岭公园组织了一场公益福彩宣传活动,与市民面对面交流,宣传福彩公益属性,倡导理性购彩,传播福彩公益文化。",
           "潮州福彩",
           "近日,为倡导“理性购彩、量力而行”的健康购彩理念,关爱购彩者心理健康,潮州福彩和江东镇社工联动,组织片区销售人员开展了“幸福福彩 予心赋能”心理健康咨询暨责任彩票宣传活动。"],
    note="welfare-lottery centre news on responsible-lottery campaigns.")
add(url="https://sjb.qlwb.com.cn/qlwb/content/20230801/ArticelA02004FM.htm", lang="zh", legit=True, sitename="齐鲁晚报",
    title="公益牢记于心 责任实践于行", date="2023-08-01", author=None, source=None, byline="2023年08月01日",
    paras=["2023年7月27日,中国福利彩票的36岁生日。36年前的今天,新中国的第一张福利彩票就此诞生。36年后的今天,中国福利彩票责任彩票报告(2022年)正式发布,并且,全国福彩系统省级福彩中心首次集体发布,整齐划一、振奋人心。",
           "1987年6月3日,经党中央、国务院批准,民政部在人民大会堂召开中国社会福利有奖募捐委员会成立大会。当时,中国福利彩票叫中国社会福利有奖募捐奖券。",
           "自1987年创立至2022年底,中国福利彩票累计销售26458亿多元,筹集公益金7917亿多元,公益金被广泛用于扶老、助残、救孤、济困、社会保障等社会福利和社会公益事业,为保障民生作出了积极贡献。"],
    note="newspaper page on the welfare lottery's responsibility report; headline is the capture's first sub-heading; date from the URL path, shown as the issue date.")
add(url="http://www.boyouti.com/f/250600.html", lang="zh", legit=True, sitename="柏优提",
    title="体彩“公益之花”遍地开", date="2021-11-12", author=None, source="人民网", byline="2021-11-12 00:00:00来源: 人民网",
    paras=["近日全国各省市(自治区)《2020年度体育彩票公益金筹集使用情况公告》(以下简称《公告》)相继发布,各地本级体彩公益金主要使用方向依然为群众体育和竞技体育两方面,同时开展体育扶贫、体育产业、运动员培训、青少年体育、精品体育赛事、体育科研课题研究等项目。",
           "在本级体彩公益金的大力支持下各省市(自治区)群众体育深入百姓生活中的方方面面,体育扶贫让全民健身与全民健康深度融合,竞技体育成绩斐然、令人瞩目……一帧帧、一幕幕,彰显了公益体彩的大爱与力量,全民健身遍地开花。",
           "全民健身是“重头戏”",
           "如今,越来越多的人喜欢上体育运动,全民健身已成为群众必不可少的生活方式。"],
    note="aggregated news on sports-lottery welfare funds.")
add(url="https://amp.suara.com/news/2022/08/03/135036/akhirnya-15-situs-judi-online-diblokir-kominfo-meski-sudah-daftar-pse", lang="id", legit=True,
    sitename="Suara.com", title="Akhirnya 15 Situs Judi Online Diblokir Kominfo Meski Sudah Daftar PSE", date="2022-08-03", author=None, source=None, byline=None,
    paras=["Suara.com - Kementerian Komunikasi dan Informatika (Kominfo) akhirnya memblokir sejumlah situs judi berkedok game online. Apa saja situs judi online diblokir Kominfo tersebut?",
           "Pemblokiran ini dilakukan setelah polemik seputar PSE (Penyelenggara Sistem Elektronik) Kominfo ramai dibahas publik. Termasuk munculnya beberapa situs judi online yang terdaftar di PSE.",
           "Kominfo melalui siaran persnya Selasa (2/8/2022) menjelaskan bahwa pihaknya telah memutuskan akses terhadap 15 PSE game online yang mengandung unsur perjudian."],
    note="Indonesian news on blocking online-gambling apps; headline rebuilt from the URL slug (written on the page).")
add(url="https://tampang.com/berita/teknologi/komdigi-blokir-94720-konten-judi-online-dalam-3-hari-influencer-kena-8aj4xv33snmxhwwqbf", lang="id", legit=True,
    sitename="Tampang", title="Komdigi Blokir 94.720 Konten Judi Online dalam 3 Hari, Influencer Kena", date=None, author=None, source=None, byline=None,
    paras=["Direktorat Pengendalian Aplikasi Informatika (PAI) Kementerian Komunikasi dan Digital (Komdigi) telah berhasil memblokir sebanyak 94.720 konten terkait judi online dalam kurun waktu 3 hari terakhir.",
           "Tindakan tersebut dilakukan mulai dari Sabtu (9/11) hingga hari ini, Senin (11/11/2024). Dalam prosesnya, terungkap bahwa tidak sedikit akun influencer ikut terseret dalam pemblokiran ini. Salah satunya adalah akun Instagram @orangisenglucu yang memiliki jumlah pengikut mencapai 119.000."],
    note="Indonesian news on blocking gambling content; headline rebuilt from the URL slug.")
add(url="https://dataloka.id/?p=2179", lang="id", legit=True, sitename="Dataloka",
    title=None, date=None, author=None, source=None, byline=None,
    paras=["Kementerian Komunikasi dan Digital (Komdigi) melaporkan telah memblokir sebanyak 711.518 konten judi online sejak 20 Oktober 2024 hingga 6 Januari 2025. Langkah ini merupakan bagian dari upaya pemerintah untuk memberantas aktivitas judi online yang semakin marak di berbagai platform digital.",
           "Dari total konten yang diblokir, mayoritas berasal dari situs website atau internet protokol (IP), dengan jumlah mencapai 652.147 konten. Selain itu, sebanyak 29.964 konten judi online ditemukan dan diblokir di platform Meta.",
           "Meski pemblokiran telah dilakukan, Komdigi mengimbau masyarakat untuk tetap waspada terhadap konten judi online yang tersebar di berbagai platform digital. Masyarakat diharapkan tidak tergoda untuk terlibat dalam aktivitas ilegal ini dan segera melaporkan jika menemukan situs atau akun yang menawarkan judi online. (RK/D-1)"],
    note="Indonesian data-news on gambling content blocked; no headline in the capture.")
