"""Legit (not hijacked) real cases of real-cases-v47 (keeper k47): pages that lawfully discuss lotteries, gambling
regulation and anti-gambling enforcement, verbatim from the search tool's pages corpus (see cases_hijacked.py)."""

L = [
    dict(
        url="https://ec.ltn.com.tw/article/breakingnews/5360264",
        tpl="tw_paper", lang="zh-Hant", enc="utf-8", form="legit-lottery-news",
        title=None, date="2026-03-05", date_shown="2026-03-05", source=None, author=None,
        caption="財政部表示，台彩春節期間共加碼15.4億元，帶動彩券銷售增加82.4億餘元。（記者鄭琪芳攝）",
        body="""〔記者鄭琪芳／台北報導〕財政部國庫署表示，台彩今年春節期間規劃加碼促銷方案，根據統計，加碼期間（2月12日至3月3日）共加碼15.4億元，帶動彩券銷售增加82.4億餘元，今年春節期間電腦型彩券銷售金額為127.04億元，低於去年春節期間的134.2億元，研判是今年威力彩及大樂透頭獎未累積巨額獎金。
國庫署副署長林秀燕表示，台彩過年前宣布今年春節加碼12億元，因開出獎金較多，實際加碼金額共15.4億元。公益彩券發行有助於增裕社會福利財源及促進弱勢族群就業，2025年為第5屆公益彩券發行第2年，全年累計銷售金額1649億元、盈餘367億元，創史上新高，共協助弱勢族群7萬1977人就業。
財政部國庫署說明，2025年度公益彩券原訂銷售目標及盈餘目標分別為1410億元及308億元，年度結算後的銷售及盈餘目標達成率分別為117％、119％，銷售成果亮眼。公益彩券盈餘已依法專款專用於補助國民年金165億元、全民健康保險準備18億元，以及分配予地方政府運用於社會福利支出184億元，包含辦理兒少、婦女、老人、身心障礙者福利及社會救助等事項，有助各項社會福利業務推動。
國庫署表示，在促進弱勢族群就業方面，公益彩券經銷商為具工作能力的身心障礙者、原住民及低收入單親家庭；2025年12月底經銷商人數合計7萬1977人，如果再計入其所聘僱員工及彩券周邊產業相關從業人員，將對於促進就業更具加乘效果。""",
        origin="legit: a Taiwanese daily's breaking-news report on the finance ministry's figures for the public-welfare "
               "lottery's New-Year promotion and yearly surplus (publisher's own page). The photo caption is not text; "
               "the last captured sentence is cut and dropped. The capture shows no headline.",
    ),
    dict(
        url="https://lotto.ctbcbank.com/news990525.html",
        tpl="bank_lotto", lang="zh-Hant", enc="utf-8", form="legit-lottery-news",
        title=None, date=None, source=None, author=None,
        body="""中國信託商業銀行本(99)年1月至3月發行公益彩券之銷售總金額為200億餘元,其中電腦型彩券銷售金額為161億餘元,較去年同期141億餘元,增加20億餘元;至立即型彩券部分,銷售金額約為39億元,較去年同期33 億元,約增加6億元。另觀察各種類公益彩券之銷售狀況,仍以大樂透銷售狀況最好,其銷售金額占公益彩券銷售總金額之比率為27%,其次為立即型彩券19%及威力彩17%。
另本年度公益彩券盈餘已累計達56億餘元,計分配內政部25億餘元、中央健康保險局2億餘元及各地方政府合計28億餘元;對於中央健康保險局安全準備及各地方政府社會福利經費之挹注,以及充實國民年金財源,應有所助益。""",
        origin="legit: the lottery-issuing bank's own news page on first-quarter public-welfare lottery sales and the "
               "surplus's allocation (publisher's own page). No headline or date in the capture (the year is given in "
               "the ROC calendar in the text).",
    ),
    dict(
        url="https://freewechat.com/a/Mzg4NDI1NjE2Nw==/2247484898/2",
        tpl="wx_arch", lang="zh", enc="utf-8", form="legit-anti-gambling-news",
        title="禁与放之间的抓赌行动,江西玉山警方再发麻将馆取缔通告", date=None, source=None, author=None,
        body="""江西玉山“麻将馆禁令”历经一波三折后,迎来了最新版本。
今日下午,玉山警方删除了引发巨大争议的麻将馆取缔通告,并于数小时后,发布了最新版“麻将馆禁令”,有关“全县范围内,营业性麻将馆自行关闭”的表述被修改,只有用于赌博等违法犯罪行为的麻将馆将被取缔,换而言之,正常经营的将不受影响。
此番政策调整,为那些“小赌怡情”的麻将爱好者挣得了活动空间。而中国人对麻将的爱好,历史悠久且广富盛名。香港作家亦舒曾说过女人只有两种,一种看《红楼梦》,一种打麻将。这番表述自然是种偏见,但也真切地表明麻将代表了部分人的生活方式。
与此同时,政府的抓赌行动也从未停歇,但由于赌博界定的矛盾和民间小赌的普遍性,各地政府的抓赌行动,难免在抓和放之间游移不定。
江西多地将营业性麻将馆纳入取缔对象
江西玉山县最新版通告称,自10月25日起,玉山县公安局将在全县范围内,对利用棋牌室、麻将馆等场所进行赌博违法犯罪开展集中整治专项行动。
本周五之前,在棋牌室、茶楼、宾馆、居民楼、店铺、出租屋等场所摆放麻将机,提供纸牌、麻将、骰子等工具用于赌博的,经营者和责任人必须立即关停、整改。公安机关将组织警力开展巡逻检查,一经发现赌博违法犯罪活动,将对为赌博提供场所者、工作人员、参赌人员依法进行处罚,对涉及的赌具、赌资、违法犯罪所得,一律依法予以收缴、追缴。
搜狐城市注意到,近期江西多地公安部门发布了类似政策。
与玉山县同为上饶市辖区的信州区、万年县分别于今年10月18日、19日发布通告,责令营业性麻将馆、棋牌室在22日前自行关闭;茶楼、宾馆在22日前自行撤销麻将室(房)。""",
        origin="legit: a public-account article (a portal's city channel) on county police notices closing gambling "
               "mahjong parlours, reprinted under a WeChat-archive site's own chrome (a reprint, hijacked: false). The "
               "last captured sentence is cut and dropped; no date shown.",
    ),
    dict(
        url="http://sqxb.com/2024/sqyj_0507/4663.html",
        tpl="law_firm", lang="zh", enc="utf-8", form="legit-gambling-law",
        title="尚权研究丨项宇:人民法院案例库收录的22篇开设赌场罪案例裁判要旨集锦", date="2024-05-07",
        date_shown="作者:尚权律所 时间:2024-05-07", source=None, author="尚权律所",
        kicker="尚权研究SHANGQUAN RESEARCH",
        body="""项宇
北京尚权(合肥)律师事务所律师
尚权信息网络犯罪研究与辩护部副主任
2024年2月27日,人民法院案例库正式上线并向社会开放。截至2024年4月29日,人民法院案例库共收录案例3856篇,其中刑事案件1484篇。鉴于入库参考案例在司法理念、事实认定、法律适用、裁判规则等诸多方面具有权威示范价值,对于律师办理刑事案件具有重要指导意义。本文特对人民法院案例库所收录的22篇开设赌场罪案例裁判要旨进行汇总,以供读者参考。
一、检索概况
以人民法院案例库为检索平台,检索时间截止2024年4月29日,以“案由:开设赌场罪”为检索条件,在该平台共检索到案例22篇。22篇案例可分为四大类,分别为“开设赌场罪的认定”、“赌资数额的认定”、“证据审查”、“开设赌场罪共犯的认定”。22篇案例均为有罪判决,值得一提的是,在“李某某等开设赌场案——在赌场内不参与决策及投资分红的赌场服务人员的处理”案例中,虽然系有罪判决,但在裁判理由部分,对检察院的撤回起诉的部分被告人的认定系无罪,总结了一条无罪规则。具体检索情况如下:
由于检索方式的不同,案例结果有所差异。笔者以“全文:开设赌场罪为检索条件,在人民法院案例库共检索到39篇案例,其中刑事38篇,民事1篇。38篇刑事案件中,包括上文检索到的22篇案例,其余16篇案例,均只是在内容中提及开设赌场罪,本质上与开设赌场罪无关,故不再收录整理。
22篇案例,可分为四大类,各案例所体现出的裁判要旨均具有重要的指导意义,为便于阅读,笔者将裁判要旨加以总结整理,具体如下:""",
        origin="legit: a law firm's research article summarising the court case base's judgments on the crime of "
               "opening a casino (publisher's own page). 作者 names the firm, so author is the firm's name; the "
               "author's affiliation lines open the text. The capture breaks off at the next heading.",
    ),
    dict(
        url="https://kompasiana.com/fikriakbarrahaditama/63b93b3a4addee273b2be492/pemblokiran-situs-judi-online-oleh-kominfo?page_images=2",
        tpl="id_read", lang="id", enc="utf-8", form="legit-gambling-regulation",
        title="Pemblokiran Situs Judi Online Oleh Kominfo", date=None, source=None, author=None,
        body="""Banyaknya situs judi online yang tersebar di media sosial. Kominfo memblokir sekitar 410 konten sehari terkait situs judi online tersebut.
Kominfo membeberkan sepanjang tahun 2022 sampai Juli 2022 mencapai 12 ribuan konten per bulan. Sehingga seharinya sekitar 410 konten judi online.
Namun belakangan ini situs judi online kembali ramai di perbincangkan karena banyaknya situs judi online yang terdaftar di sistem peyelenggara sistem elektronik (PSE) pemerintah. Banyak masyarakat yang kecewa dan membuat #BlokirKominfo karena pemerintah meloloskan situs judi online dan sempat memblokir situs PayPal dan Steam,
Dalam menangani hal ini, Menteri Komunikasi dan Informatika (Kominfo) Johnny G Plate mengatakan telah memblokir situs judi online tersebut meskipun mereka telah terdaftar dalam peyelenggara sistem elektronik (PSE).
“Kalau situs judi online, PSE-nya kami tutup. Yang sudah terdaftarpun kami tutup. Sedangkan yang ilegal, kan tidak selalu ada di Indonesia, mereka kan bisa ada di mana saja, di luar negeri pun kami tutup,” terang Menteri Johnny pada awak media di Kantor Kominfo, Jakarta Pusat, Jumat (5/8).
Menteri Komunikasi dan Informatika (Kominfo) Johnny G Plate mengatakan telah memblokir total 552.000 situs/ konten judi online sejak tahun 2018. Dan hal tersebut masih lanjut dilakukan sampai saat ini untuk situs/konten judi online yang ada di Indonesia.
”Jadi kita terus kejar – kejaran, begitu mereka masuk kita akan tutup dan PSE nya langsung di blokir,” terang menteri Johnny.
Kominfo menerangkan memiliki teknologi siber drone yang bisa memantau terus menerus hingga 24 jam non stop untuk memonitoring dari ruang digital.
Tak hanya itu , Kominfo juga mempunyai surveilans system yang bisa memonitoring dan melakukan pengendalian dalam ruang digital. Sehingga pengawasan dapat berjalan dengan baik.""",
        origin="legit: a citizen-journalism blog post on the ministry's blocking of online-gambling sites (the "
               "platform's own page). The last captured paragraph is cut and dropped; no date shown.",
    ),
    dict(
        url="https://teknologi.bisnis.com/read/20240912/101/1798919/kemkominfo-ungkap-cara-kerja-black-hat-seo-yang-dipakai-pengembang-judi-online",
        tpl="id_read", lang="id", enc="utf-8", form="legit-gambling-regulation",
        title="Kemkominfo Ungkap Cara Kerja Black Hat SEO yang Dipakai Pengembang Judi Online",
        date="2024-09-12", date_shown="Kamis, 12 September 2024 | 09:05 WIB", source=None, author="Rika Anggraeni",
        caption="ILUSTRASI JUDI ONLINE Warga mengakses platform judi online di Jakarta, Rabu (24/1/2024). JIBI/Bisnis/Arief Hermawan P",
        body="""Bisnis.com, JAKARTA — Kementerian Komunikasi dan Informatika (Kemenkominfo) membongkar praktik judi online terkini menggunakan trafik berupa teknik black hat search engine optimization (SEO) untuk menarik pengguna.
Teknik black hat SEO merupakan praktik yang dilakukan untuk meningkatkan ranking dan traffic organik dengan cara yang menyimpang dari panduan raksasa teknologi Google. Biasanya, teknik ini memiliki konten yang berkualitas rendah dan hanya fokus memanipulasi search engine, demikian yang dikutip dari cmlabs, Rabu (11/9/2024).
Direktur Jenderal Aplikasi Informatika (Dirjen Aptika) Kemenkominfo Hokky Situngkir mengungkap bahwa peta ekosistem judi online sudah mulai berkembang pesat. Saat ini, ungkap dia, hampir separuh dari layanan judi online menggunakan analitik SEO.
“Judi online itu sudah menggunakan berbagai macam metode untuk meningkatkan traffic. Ini inovasi baru mereka. Kalau kami bilang SEO black hat, jadi dia menipu search engine ada cloaking, doorway pages, dan sebagainya,” ungkap Hokky dalam acara Ngopi (Ngobrol Pintar) Bareng Kominfo: Aksi & Strategi Fintech Hadapi Penipuan Judi Online di Gedung Kemenkominfo, Rabu (11/9/2024).
Hokky menjelaskan para pengembang judi online menyisipkan konten judi online di situs yang sudah lama tidak aktif. Menurutnya, ini merupakan bukti dari praktik judi online yang terus berinovasi dan berkembang.
“Ada sisipan-sisipan itu caranya dan tekniknya secara technical ada situs yang lama tidak diurus, nah dia [pengembang judi online] titip di sana, jadi banyak orang yang mengira kalau situs itu legit,” tuturnya.""",
        origin="legit: a business daily's technology story on the ministry explaining the black-hat SEO (cloaking, "
               "doorway pages, inserted pages on neglected sites) used by online-gambling operators (publisher's own "
               "page). The photo caption is not text; the cut last paragraph is dropped.",
    ),
    dict(
        url="https://beritabali.com/berita/200805220010/bandar-togel-tiarap-pemasang-bingung",
        tpl="id_read", lang="id", enc="utf-8", form="legit-anti-gambling-news",
        title="Bandar Togel Tiarap, Pemasang Bingung", date=None, source=None, author=None,
        body="""BERITABALI.COM, DENPASAR.
Presiden Susilo Bambang Yodhoyono (SBY) hari ini (22/5) dikabarkan akan datang ke Bali guna menghadiri pertemuan nelayan nasional di Kedonganan. Meski belum jelas kehadirannya di Bali, kabar ini membuat bandar judi togel di Bali tiarap.
“Biasanya hari ini pengepul menerima pemasangan kupon togel, tapi tumben hari ini libur, katanya SBY mau datang ke Bali, bandar katanya gak berani buka,” kata Kadek Bracuk, seorang penggemar togel di Denpasar.
Menurut Kadek yang bekerja sebagai teknisi di sebuah BUMN ini, Bandar togel biasanya off atau tidak menerima pemasangan taruhan pada hari Jumat dan Selasa. Selain kedua hari itu, Bandar togel lewat pengepul-pengepulnya selalu menerima pemasangan taruhan hingga jam 5 sore.
“Iya tumben nih, mau pasang hari Kamis gak ada pengepul yang terima, mungkin baru buka hari Sabtu, karena besok (Jumat) biasanya togel libur,” kata Bracuk. Hal senada juga disampaikan Kadek Dana, salah seorang security instansi pemerintah, yang juga hobi pasang kupon togel.
“Katanya ketat sekali, jadi bandar gak ada yang berani buka. Kondisi ini sering terjadi kalau ada pejabat pusat yang datang ke Bali, seperti Presiden atau Kapolri,” kata Kadek.
Judi togel hingga kini masih marak di Bali. Di beberapa kantor milik pemerintah di kawasan Renon misalnya, terdapat satu atau dua pengepul togel yang menerima pemasangan nomor togel dari para pegawai. Seluruh hasil taruhan ini selanjutnya dikirim ke bandar togel yang menjadi bos mereka.""",
        origin="legit: a Balinese news site's report on illegal 'togel' lottery bookies lying low during a "
               "presidential visit (publisher's own page). The reporter initials line is not text; the date appears "
               "only as (22/5) in the text, so date is null.",
    ),
    dict(
        url="http://www.gordondadds.com/in-the-press/gambling-commissions-enforcement-strategy-changes-implications-industry/",
        tpl="en_press", lang="en", enc="utf-8", form="legit-gambling-regulation",
        title="The GB Gambling Commission’s enforcement strategy: changes and implications for industry",
        date="2017-09-20", date_shown="20/09/2017", source=None, author="Andrew Tait, Andrew Cotton",
        kicker="In the press",
        standfirst="Andrew Tait and Andrew Cotton's article was first published by Online Gambling Lawyer in August 2017",
        body="""Following its consultation which ran from January until April 2017, the GB Gambling Commission (‘Commission’) has this summer implemented its revised enforcement regime. This carries some major changes, such as around the presumption of settlements. Here, Andrew Tait and Andrew Cotton of Gordon Dadds analyse the important changes and also the implications for operators, drawing upon the lessons learnt from recent Commission enforcement action such as that involving BGO and Lottoland.
Old regime
The UK licensed gambling industry has probably had it too good for too long and never even realised. The Commission’s revised enforcement regime was implemented in July 2017, as part of the Commission’s well publicised drive to raise standards and put the interests of consumers first. In its consultation on the proposed  amendments to its enforcement strategy the Commission made it clear that it wished to remove the bias in favour of voluntary settlements rather than undertaking formal licence reviews.
Under the Commission’s previous enforcement strategy voluntary settlements had become the standard approach, with the formal licence review process only being initiated in the most extreme cases. In the consultation paper [1] the Commission stated that experience shows that “whilst settlements are an effective way of improving compliance, in practice, the process of arriving at these has been too drawn out.” Voluntary settlements required the operator to surrender the profits made from noncompliance and agree to the publication of a public statement setting out the detail of the failings and the Commission’s findings.""",
        origin="legit: a law firm's press-page article on the British gambling regulator's revised enforcement "
               "strategy (publisher's own page; 'Written by' names both authors). The standfirst is not text; the "
               "last captured sentence is cut and dropped.",
    ),
    dict(
        url="https://news.illinois.edu/view/6367/208482",
        tpl="en_univ", lang="en", enc="utf-8", form="legit-gambling-education",
        title=None, date=None, source=None, author=None,
        body="""CHAMPAIGN, Ill. - The University of Illinois' Office of the Dean of Students and the Chicago Crime Commission are co-sponsoring an in-depth educational conference on campus gambling.
The April 3 event will bring together experts from law enforcement, the university and the private sector to discuss the impact of gambling on college campuses.
The conference is designed to raise awareness of the consequences of gambling and better prepare people on college campuses for dealing with gambling, a growing problem on college campuses.
The program will focus on video poker, the growth of legalized gambling, sports wagering, and organized crime's involvement in gambling.
The conference is aimed at students, faculty, administrators and staff. Conference participants will be provided with first-hand information on the impact of betting from a local and national perspective.
The program will include presentations from representatives of the crime commission, the FBI, the Internal Revenue Service, the U.S. Attorney's Office (Northern District of Illinois), a former student athlete from another Big 10 school who was convicted of illegal gambling, and Tom Grey, executive director of the National Coalition Against Gambling Expansion.
The event is free. Both sessions will be held in Room 314 of the Illini Union, 1401 W. Green St., Urbana. The afternoon session, only for UI faculty and staff members, will be from 1:30 to 3:45 p.m. The evening session, open to students and the public, will be from 7 to 9 p.m.""",
        origin="legit: a university news office's release on a campus-gambling conference with a crime commission "
               "(publisher's own page). No headline or date in the capture.",
    ),
    dict(
        url="https://www.lynn.edu/university-policies/volume-i-governance-and-administration/gambling-policy",
        tpl="en_univ", lang="en", enc="utf-8", form="legit-gambling-policy",
        title=None, date=None, source=None, author=None,
        body="""The purpose of this Gambling Policy is to define the University’s position related to gambling events and bookmaking activities on campus.
Playing or engaging in any non-University sponsored, illegal gambling or bookmaking activity, including but not limited to gambling on University-athletic events, while on University property is not acceptable behavior or permitted.
In addition to the restrictions listed above, Athletics Department staff and student-athletes must adhere to NCAA regulations, and are therefore prohibited from participating in any sports gambling activities, whether on- or off-campus, concerning any intercollegiate or professional athletics team or competition on any sport in which the NCAA sponsors a championship in any division. Moreover, University employees may not gamble while on duty regardless of location. These prohibitions apply without regard to whether the activities are legal under federal or state laws.
Violators shall be subject to appropriate disciplinary action. In addition, violations of the law or of this policy may be grounds for criminal prosecution.
Gambling—playing a game of chance, with an uncertain outcome, for money or some other valuable item.
Bookmaking Activities—accepting the bets of others on the outcome of sports or other contests.
Procedures / Guidelines
The Vice President for Student Affairs and the Vice President for Development and Alumni Affairs must approve all raffles and sales for charitable purposes.
To learn more about this policy or the supporting procedures, please contact Dean of Students.""",
        updated="Policy updated on: Oct. 24, 2018",
        origin="legit: a university's gambling policy page (publisher's own page). The 'Policy updated on' line is "
               "page chrome, not a byline date, so date is null; the capture shows no headline.",
    ),
    dict(
        url="https://impact89fm.org/116998/news/the-state-03-30-23/",
        tpl="en_radio", lang="en", enc="utf-8", form="legit-betting-regulation",
        title="The State – 03/30/23", date=None, source=None, author="Rachel Fulton",
        body="""Today’s weather forecast is predicting generally sunny despite a few afternoon clouds with a high of 47 degrees and a low of 40 degrees.
New National gambling rules threaten MSU-Caesars Sportsbook $9 million partnership
The American Gambling Association adopted new rules on Tuesday, which would disallow partnerships between colleges and sports-betting companies, challenging Michigan State Athletics’ deal with Caesars Sportsbook, according to the association’s website.
The American Gambling Association, or AGA, is not a government agency, rather a group of casinos and online gambling firms that regulate the industry through an internally-enforced code of rules. Caesars is not a member of the AGA, but is still bound by the guidelines it creates, according to AGA Senior Vice President Casey Clark.
Individuals and members are asked to submit complaints to the AGA if they suspect firms of breaking their rules and those would then be investigated by a review board, according to the organization’s policy. Though, Clark says there has only been one recorded code violation and that firm shifted into compliance before intervention was even needed.
It’s not entirely clear how MSU will react to these new rules. When asked if he believes if the Caesars deal could continue, Clark said “you’re gonna have to ask and Caesars about their particular partnership. But from a strict code situation, any new partnerships will be prohibited, and any expansion would likely be prohibited.”
The partnership has been criticized nationally by regulators, lawmakers, and addiction experts for encouraging students to partake in gambling, which studies have found is disproportionately dangerous and addictive for young people.""",
        origin="legit: a student radio station's news round-up whose main item is a sports-betting industry code "
               "barring college partnerships (publisher's own page). The date is in the headline only, so date is "
               "null. The last captured paragraph is cut and dropped.",
    ),
    dict(
        url="https://www.sggp.org.vn/cho-phep-nguoi-viet-nam-du-dieu-kien-choi-tai-casino-phu-quoc-ho-tram-van-don-post825568.html",
        tpl="vi_news", lang="vi", enc="utf-8", form="legit-casino-regulation",
        title=None, date="2025-11-26", date_shown="26/11/2025", source=None, author=None,
        related="Tin liên quan Hoàn thành các dự án liên quan trước Hội nghị APEC 2027 từ 3 đến 6 tháng",
        signature="LÂM NGUYÊN",
        body="""Ngày 26-11, Chính phủ ban hành nghị quyết về việc cho phép người Việt Nam đủ điều kiện vào chơi casino tại một số dự án kinh doanh casino.
Cụ thể, nghị quyết cho phép người Việt Nam đủ điều kiện vào chơi casino tại dự án casino Phú Quốc (tỉnh An Giang) kể từ ngày 26-11; thí điểm cho phép người Việt Nam đủ điều kiện vào chơi casino tại dự án casino Hồ Tràm (TPHCM) trong thời hạn 5 năm kể từ ngày 26-11 và tại dự án Vân Đồn (tỉnh Quảng Ninh) trong thời hạn 5 năm kể từ ngày cấp giấy chứng nhận đủ điều kiện kinh doanh casino.
Kết thúc thời gian thí điểm, dự án casino Hồ Tràm và Vân Đồn dừng cho người Việt Nam đủ điều kiện vào chơi casino cho đến khi có kết luận của cấp có thẩm quyền theo quy định của pháp luật về kinh doanh casino.
Doanh nghiệp thực hiện dự án casino có trách nhiệm tổ chức kinh doanh, quản lý người Việt Nam đủ điều kiện chơi casino bảo đảm chặt chẽ, tuân thủ các quy định của pháp luật về kinh doanh casino.""",
        origin="legit: a Ho Chi Minh City daily's report on the government resolution letting eligible Vietnamese "
               "play at three licensed casino projects (publisher's own page). The related-story link and the "
               "reporter's signature are not text; the capture shows no headline.",
    ),
    dict(
        url="https://dautu.kinhtechungkhoan.vn/bo-tai-chinh-de-xuat-thi-diem-cho-nguoi-viet-vao-choi-casino-tai-van-don-va-ho-tram-303034.html",
        tpl="vi_news", lang="vi", enc="utf-8", form="legit-casino-regulation",
        title=None, date=None, source=None, author=None,
        body="""Bộ Tư pháp vừa công bố hồ sơ thẩm định dự thảo Nghị quyết của Chính phủ về việc cho phép người Việt Nam đủ điều kiện tham gia chơi tại một số dự án kinh doanh casino.
Theo dự thảo, Bộ Tài chính đề xuất thí điểm cho người Việt Nam đủ điều kiện vào chơi tại dự án casino Vân Đồn (Quảng Ninh) trong thời hạn 5 năm kể từ khi dự án đi vào hoạt động, và tại dự án casino Hồ Tràm (TP. HCM) trong thời hạn 5 năm tính từ khi doanh nghiệp gửi báo cáo đến Bộ Tài chính và UBND TP. HCM.
Đồng thời, Bộ Tài chính cũng kiến nghị kết thúc giai đoạn thí điểm và chính thức cho phép người Việt Nam đủ điều kiện vào chơi tại casino Phú Quốc (tỉnh Kiên Giang).
Lý giải đề xuất, Bộ Tài chính cho biết việc thí điểm tại Phú Quốc đã kết thúc từ ngày 1/1/2025, do đó cần có quy định rõ ràng về việc chấm dứt hay tiếp tục để đảm bảo hoạt động kinh doanh của doanh nghiệp. Đối với casino Vân Đồn, Bộ Chính trị đã chấp thuận chủ trương thí điểm cho người Việt vào chơi trong 3 năm kể từ khi dự án vận hành; hiện dự án đã được Thủ tướng phê duyệt và đang trong quá trình lựa chọn nhà đầu tư. Với casino Hồ Tràm, hiện chỉ phục vụ khách nước ngoài, việc bổ sung quy định thí điểm sẽ là cơ sở để doanh nghiệp xây dựng kế hoạch kinh doanh, quản lý người chơi, đồng thời tạo điều kiện để các cơ quan chức năng giám sát.
Từ năm 2016, Bộ Chính trị đã đồng ý cho phép thí điểm người Việt vào chơi casino tại hai dự án Phú Quốc và Vân Đồn. Tuy nhiên, đến nay mới chỉ có dự án Phú Quốc triển khai, bắt đầu hoạt động từ tháng 1/2019.""",
        origin="legit: an investment paper's report on the finance ministry's draft resolution on Vietnamese playing "
               "at casino projects (publisher's own page). The capture breaks off in the last paragraph, which ends "
               "here at its last whole sentence; no headline or date in the capture.",
    ),
    dict(
        url="http://www.glo.or.th/ewt_news.php?nid=6401&filename=index",
        tpl="th_news", lang="th", enc="utf-8", form="legit-lottery-news",
        title="คณะกรรมการสลากกินแบ่งรัฐบาลลงพื้นที่ลงพืนที่สำรวจราคาสลาก ณ สี่แยกคอกวัว", date="2016-08-26",
        date_shown="วันที่ 26/08/2559 กองประชาสัมพันธ์ สำนักผู้อำนวยการ", source=None, author=None,
        crumb="ข่าวสาร >> ข่าวประชาสัมพันธ์",
        body="""เมื่อวันที่ 25 สิงหาคม 2559  เวลา 13.00 น. ผู้ช่วยศาตราจารย์ธนวรรธน์ พลวิชัย กรรมการสลากกินแบ่งรัฐบาล ในฐานะโฆษกคณะกรรมการสลากกินแบ่งรัฐบาล และพันโท หนุน ศันสนาคม กรรมการสลากกินแบ่งรัฐบาล  ในฐานะประธานคณะกรรมการบริหารจัดการสลากพร้อมคณะและสื่อมวลชนลงพื้นที่สำรวจราคาสลากกินแบ่งรัฐบาล  เน้นย้ำการจำหน่ายสลากตามราคาที่กฎหมายกำหนด บริเวณสี่แยกคอกวัว แหล่งจำหน่ายสลากรายใหญ่""",
        origin="legit: the state lottery office's own press release on its board inspecting ticket prices at a "
               "Bangkok sellers' hub (publisher's own page; the date is given in the Buddhist era, 2559 = 2016). The "
               "second paragraph breaks off and is dropped.",
    ),
    dict(
        url="https://tna.mcot.net/?p=666585",
        tpl="th_news", lang="th", enc="utf-8", form="legit-lottery-news",
        title="สำรวจตลาดลอตเตอรี่สุดแพงใบละ 350 บาท", date=None, source=None, author=None,
        body="""ตรัง 1 เม.ย. – แพงกว่านี้มีอีกไหม? ที่ จ.ตรัง ลอตเตอรี่ เลขชุด 10 ใบ 3,500 บาท ตกใบละ 350 บาท พ่อค้าระบุรับมาแพงก็ต้องขายแพง วอนรัฐแก้ปัญหาทั้งระบบ จัดสรรโควตาอย่างเป็นธรรม กระจายให้ผู้ค้ารายย่อยได้มีงานทำ
ผู้สื่อข่าวลงพื้นที่สำรวจแผงจำหน่ายสลากกินแบ่งรัฐบาล บริเวณสี่แยกหอนาฬิกา ถ.วิเศษกุล ภายในเขตเทศบาลนครตรัง ต.ทับเที่ยง อ.เมือง จ.ตรัง ซึ่งเป็นแหล่งใหญ่ของ จ.ตรัง""",
        origin="legit: a national news agency's report on over-priced state-lottery tickets in a southern province "
               "(publisher's own page). The capture breaks off in the second paragraph, which ends here at its first "
               "clause boundary; the dateline gives no year, so date is null.",
    ),
]

