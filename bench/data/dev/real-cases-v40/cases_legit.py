# -*- coding: utf-8 -*-
"""Legit (not hijacked) real cases for v40 (capture: text): real pages that lawfully discuss gambling,
lotteries or their regulation. Paragraphs verbatim from the stored capture."""

L = []

L.append(dict(
    url="https://themalaysianreserve.com/2018/09/03/macau-gaming-revenue-grows-17-in-august/",
    title=None, date=None, source=None, author=None,
    paras=[
        "TOKYO • Macau’s gaming revenue topped analyst forecasts for the first time in four months, a result that may ease investor concerns about a slowdown in gambling by high rollers.",
        "Receipts in the world’s largest gaming hub climbed 17% in August from a year earlier to 26.6 billion patacas (RM13.56 billion), above estimates for a median 15% expansion, according to data from Macau’s Gaming Inspection and Coordination Bureau on Saturday. Analysts’ forecasts ranged from an increase of 12% to 18%.",
        "Casino revenue in the enclave has shown 25 straight months of growth. Yet, a string of shortfalls has weighed on the industry as concern grows over China’s economic slowdown and a deepening trade war. Wynn Resorts Ltd in early August reported steep declines in second-quarter (2Q) results for its first casino in Macau, driven by a drop in betting by high-rollers.",
        "While the Bloomberg Intelligence index of Macau casino stocks tumbled as much as 31% from a four-year high in May, with MGM China Holdings Ltd and Wynn Macau Ltd leading declines, shares have been rebounding in recent weeks on speculation that the sell-off was overdone.",
        "Gross gaming revenue in Macau should grow by about 13% in 3Q, according to Bloomberg Intelligence.",
        "While gains in the mass-market sector will continue to outpace VIP, the high-rollers segment still accounts for most of Macau’s casino revenue, they said. — Bloomberg",
    ],
    side=["Police confirm receiving report on theft of casino chips worth over RM4.6m"],
    lang="en", shell="wp", site_name="The Malaysian Reserve", encoding="utf-8",
    origin="pages corpus capture: a Malaysian business daily's reprint of a Bloomberg item on Macau's August 2018 gross gaming revenue; casino-industry business news, legit, not hijacked (the paper's own reprint crediting the wire). Headline and date are in the URL only (null); the related-article headline is kept as furniture.",
))

L.append(dict(
    url="http://bisnissurabaya.com/2020/09/29/hebat-polisi-tangkap-pelaku-judi-online-beromset-puluhan-juta/",
    title=None, date=None, source=None, author=None,
    paras=[
        "Surabaya, (bisnissurabaya.com) – Tim Buser berhasil mengamankan 20 pelaku judi online yang meresahkan masyarakat, dua bulan terakhir. Selain tersangka, polisi menyita berbagai alat elektronik yang digunakan untuk berjudi online dengan omzet hingga Rp 90 juta per bulan, yang diduga memanfaatkan situasi dan himbauan tetap di rumah selama pandemi, untuk berjudi.",
        "20 tersangka pelaku judi ini hanya bisa tertunduk saat digelandang polisi. Mereka ditangkap setelah petugas menindaklanjuti laporan dari masyarakat ini. Polisi langsung melakukan penelusuran melalui tim cyber dan berhasil mendeteksi keberadaan para pelaku. Dalam aksinya, para tersangka melakukan perjudian online jenis judi bola, judi togel online dan judi bacarat dan memasang taruhan secara online setiap hari di situs www.m88.com dengan user gandroses. Selain itu, para tersangka juga melakukan perjudian jenis sutil dengan taruhan nominal tertentu.",
        "Salah satu tersangka mengaku, mengawali aksi perjudian sejak januari lalu dan melakukan aktifitas yang sama dari rumah hampir setiap hari. Terutama saat pandemi dan memiliki omset hingga Rp 90 juta per bulannya.",
        "Sementara itu, Wakasat Reskrim Polrestabes Surabaya, Kompol Wahyudi Latief, mengatakan, para tersangka ditangkap secara terpisah dalam kurun waktu dua bulan terakhir. Dari 20 tersangka, mereka memainkan 13 jenis perjudian, baik online maupun konvensional dengan omzet berbeda. Mereka diduga lebih intens melakukan perjudian secara online dengan memanfaatkan himbauan tetap di rumah selama pandemi covid-19.",
        "Dari para tersangka, polisi berhasil mengamankan sejumlah perangkat elektronik yang digunakan untuk berjudi, uang tunai, rekening dan kartu ATM, serta barang bukti lainnya. Para tersangka dijerat pasal 303 KUHP junto pasal 1 dan 2 undang-undang RI nomer 7/1974 tentang penertiban perjudian dengan ancaman 4 tahun penjara. (farid/stv)",
    ],
    lang="id", shell="wp", site_name="Bisnis Surabaya", encoding="utf-8",
    origin="pages corpus capture: an Indonesian regional business-news site's police report (Surabaya police arrest 20 online gamblers); anti-gambling enforcement news, legit, not hijacked. The gambling site named in the article is part of the reporting (a quoted fact, not an injection). Date in the URL only (null).",
))

L.append(dict(
    url="https://banten.inews.id/read/150343/polisi-tangkap-bandar-judi-online-di-ciruas",
    title=None, date=None, source=None, author=None,
    paras=[
        "SERANG, iNewsBanten – Tim Reserse Mobile (Resmob) Polres Serang menangkap bandar judi togel online. Lay (36) ditangkap di rumah kontrakannya yang menjadi sarang judi di Kecamatan Ciruas, Kabupaten Serang.",
        "Dari hasil pemeriksaan, Lay mengaku sudah menjalankan bisnis judi togel sejak Maret 2021. Omset yang didapatnya dari bisnis terlarang togel online itu mencapai Rp1 juta setiap harinya.",
        "Kapolres Serang AKBP Yudha Satria mengatakan dalam penangkapan itu, polisi juga menyita sejumlah barang bukti. Polisi mengamankan barang bukti 1 unit handphone yang berisi aplikasi judi online, 4 lembar kertas rekapan, ballpoint serta uang taruhan sekitar Rp2juta.",
        "“Lebih dari setahun tersangka menjalankan bisnis togel. Uang taruhan disetorkan kepada bandar besar melalui transfer m-banking. Omset bisnis judi togel ini mencapai Rp 1 juta setiap harinya,” ujar Kapolres melalui keterangannya pada Jumat (19/8/2022).",
    ],
    lang="id", shell="wp", site_name="iNews Banten", encoding="utf-8",
    origin="pages corpus capture: a regional Indonesian news site's report of a police arrest of an online lottery-gambling operator; anti-gambling news, legit, not hijacked. No headline/date line in the capture (null).",
))

L.append(dict(
    url="https://mascotbusiness.com/kepolisian-kota-sukabumi-berhasil-meringkus-jaringan-judi-online/",
    title=None, date="2024-05-27", source=None, author=None,
    paras=[
        "27 Mei 2024 – Jakarta",
        "Dalam sebuah operasi gabungan antara Kepolisian Republik Indonesia dan Badan Intelijen Negara, seorang bandar judi online besar berhasil ditangkap di sebuah aksi penegakan hukum yang berhasil dilakukan. Bandar judi tersebut diduga telah mengoperasikan jaringan perjudian online selama 3 tahun.",
        "Identitas bandar judi yang ditangkap belum dipublikasikan oleh pihak berwenang, namun informasi awal menyebutkan bahwa pelaku ini telah menjadi target utama dalam upaya pemberantasan kejahatan perjudian online. Penangkapan ini merupakan hasil dari penyelidikan yang mendalam dan kerja sama antara berbagai lembaga penegak hukum.",
        "Dalam operasi ini, petugas berhasil menyita sejumlah barang bukti berupa komputer, server, dan dokumen-dokumen terkait operasional jaringan perjudian online tersebut. Selain itu, beberapa orang yang diduga terlibat dalam jaringan tersebut juga diamankan untuk dimintai keterangan lebih lanjut.",
        "Pihak berwenang juga mengimbau masyarakat untuk tetap waspada terhadap praktik perjudian online yang ilegal dan melaporkan segala bentuk kegiatan mencurigakan kepada pihak berwenang. Dengan demikian, diharapkan upaya pemberantasan kejahatan perjudian online dapat berjalan efektif dan terus memperbaiki tatanan hukum di Indonesia.",
    ],
    lang="id", shell="wp", site_name="Mascot Business", encoding="utf-8",
    origin="pages corpus capture: an Indonesian business blog's post on the arrest of an online-gambling operator; anti-gambling news, legit, not hijacked. Date from the post's dateline; two middle paragraphs of the capture (a quoted officer and public reaction) are left out for length.",
))

L.append(dict(
    url="https://passiontimes.hk/article/02-26-2025/133861",
    title="馬會短期內向政府提交詳細建議 盡快落實籃球博彩規範化", date=None, source=None, author=None,
    paras=[
        "最新一份《財政預算案》中,邀請馬會提交推行規範籃球博彩的建議,香港賽馬會發聲明表示歡迎。",
        "馬會表示,完全認同已有充份理據規範籃球博彩。馬會指非法籃球賭博引致嚴重社會問題,包括高利貸及引誘未成年人賭博等。根據馬會的評估,去年的非法籃球賭博投注額高達約700億至900億港元。規範籃球博彩是打擊非法籃球賭博的重要舉措,將有效遏制其日益增長的趨勢。",
        "馬會強調,植根香港140年,一直以建設更美好社會為宗旨,是非牟利的體育組織及慈善捐助機構。數十多年來,馬會一直是特區政府值得信賴的合作伙伴,根據香港法律提供合法及有節制博彩服務。馬會透過其獨特的綜合營運模式,將博彩收益回饋社會,同時打擊非法賭博,多年來已證明行之有效。",
        "將規範博彩制度擴展至籃球博彩,馬會認為有助支持特區政府打擊非法賭博的工作,增強其成效,亦可以支持馬會提供重要慈善捐款,以持續回饋社會,並為特區政府帶來重要的稅收,做法符合公眾利益。",
        "馬會將於短期內向特區政府提交詳細建議,期待與特區政府緊密合作,以盡快落實籃球博彩規範化這一項重要政策措施。",
    ],
    lang="zh", shell="news", site_name="熱血時報", encoding="utf-8",
    origin="pages corpus capture: a Hong Kong online outlet's news item on the Jockey Club welcoming the budget's plan to regulate basketball betting; betting-regulation news, legit, not hijacked. Headline from the capture; date in the URL only (null).",
))

L.append(dict(
    url="https://www.nownews.com/news/6788339",
    title=None, date=None, source=None, author=None,
    paras=[
        "無論是運動彩券或公益彩券,其發行的核心法源依據均為挹注國家財政與社會福利,批評者以「貪財」一詞抹煞彩券制度,實則忽略了正是民眾的熱情參與,才得以支撐起台灣運動選手出國比賽的重要經費",
        "針對近期網路上出現部分偏激言論,將彩券經銷商與購買民眾污名化為「貪財的可悲之人」,並將台灣社會現況盲目歸咎於此,協會秘書長陳煥捷強調,,並建構起照顧弱勢族群的社會安全網。協會副秘書長劉宏洋則表示,多數消費者購彩是為追求生活中的小確幸,或是順應年節習俗討個好彩頭,即便未能中獎,這些資金最終也都轉化為對台灣社福的實質幫助。",
    ],
    lang="zh", shell="news", site_name="NOWnews今日新聞", encoding="utf-8",
    origin="pages corpus capture: a Taiwanese news site's item on a lottery-retailers' association answering online criticism of sports and public-welfare lotteries; lawful-lottery news, legit, not hijacked. The in-page 'advertisement, keep reading' line is furniture (kept out of text). The capture joins the item into one run; it is split where the deck ends. No headline/date in the capture (null).",
))

L.append(dict(
    url="https://wap.zzlknews.cn/content/646740/57/12754748.html",
    title=None, date=None, source="掌上渌口", author="姜欣仪",
    paras=[
        "为切实加大禁毒宣传力度,增强辖区居民对毒品危害的认识,提升识毒、辨毒、查毒的能力,近日,渌口镇向阳社区以“一月一课一片一实践”系列活动为载体,在熙园小区及其周边片区开展“珍爱生命,远离毒品”禁毒禁赌宣传活动。",
        "活动现场,禁毒宣传与禁赌倡议结合开展,设置禁毒宣传专区,展出常见的毒品模型。向阳社区党员代表以防范合成毒品、新型毒品为重点,面对面向居民讲解毒品相关知识,发放禁毒宣传资料,并广泛倡导社区居民远离赌博,积极开展运动锻炼、看书学习等活动来充实生活。",
        "为教育广大居民要主动参与禁毒、禁赌宣传,当日还发动党员同志、居民代表和“三长”组队,对沿街商户、小区住户进行上门上户宣传。倡导辖区居民自觉承诺做遵纪守法的好公民,树立禁绝毒品、防范赌博人人有责的意识,远离毒品,抵制赌博,抵制诱惑,积极投身于禁毒防赌的人民战争,共同构筑文明健康的社区防线。",
        "通过开展此次活动,居民充分认识到毒品对个人、社会以及国家造成的严重危害,意识到赌博是阻碍社会发展的毒瘤,要在日常生活中提升防范意识,提高警惕,积极配合禁毒防赌工作。",
        "向阳社区后期也将持续开展系列禁毒禁赌活动,将宣传做进居民家中、让思想融进居民心里,让“无毒”、反赌的红旗飘扬在向阳社区上空。",
    ],
    tail=["来源:掌上渌口", "作者:姜欣仪", "编辑:殷志敏", "本站原创文章,转载请附上原文链接。"],
    lang="zh", shell="news", site_name="株洲渌口新闻网", encoding="gb18030",
    origin="pages corpus capture: a county-district news site's (mobile) report of a community's anti-drug and anti-gambling campaign; legit, not hijacked. 来源 and 作者 are the page's own labelled lines; 编辑 is an editor. Rebuilt in GB18030.",
))

L.append(dict(
    url="http://kancha.nanjiwang.cn/jujiao/2023/0420/11222.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "本网讯(草原全媒·正北方网记者 郝儒冰 通讯员 邢淑芬)4月19日,体彩超级大乐透迎来“10亿元大派奖”的第5期开奖,本期全国共中出4注一等奖,其中内蒙古自治区通辽市购彩者喜中超级大乐透2299万余元。",
        "记者了解到,本期全国销量为3.56亿元,为国家筹集彩票公益金1.28亿元。下期一等奖派送1500万元,奖池8.53亿元。彩民所购买的每一张彩票,都会贡献一份爱心。以2元1注的体彩大乐透为例,就有0.72元成为彩票公益金。这些公益金用于补充全国社会保障基金、乡村振兴、教育助学、医疗救助、红十字事业等民生领域。作为国家公益彩票,为体育事业和社会公益事业助力,是中国体育彩票发行的初衷,更是一种社会责任担当。",
    ],
    lang="zh", shell="news", site_name="聚焦", encoding="utf-8",
    origin="pages corpus capture: a regional news site's item on a sports-lottery jackpot won in Inner Mongolia and the lottery's public-welfare fund; lawful lottery news, legit, not hijacked. Reporter named in the dateline, not as 作者 (null). No headline/date line (null).",
))

L.append(dict(
    url="https://www.ettoday.net/news/20181018/1284131.htm",
    title="密林聚眾「鬥牛」賭博 警方橫掃賭場當場抓捕400名賭客", date=None, source=None, author=None,
    paras=[
        "記者邱茀濱/綜合報導",
        "雲南省文山州公安局日前在硯山警方的配合下,對文山市長箐村一處密林中對聚眾賭客進行抓捕,當場逮捕涉賭嫌疑人410餘名,查獲賭資40多萬元、一批涉賭物品及54頭牛。",
        "警方通報,今年8月以來,長箐村一處荒郊野嶺的空地用彩鋼板四周圍起,經常進出許多私家車,卻沒見任何施工現象。這一怪異的情況最後也引起了文山警方的關切,隨即進行調查核實,此處是一座以「鬥牛」為主的賭場,賭客眾多,情況較為複雜。",
        "文山市公安局於13日下午集結巡特警、治安、派出所、警航等400多名警力,聯合硯山警方的配合下;而為確保整個行動萬無一失,警方更出動直升機及警用無人機進行空中警戒,最後陸空協同一舉破獲大型賭場,現場410餘名涉賭嫌疑人紛紛落網,警方暫扣涉嫌用於賭博的54頭牛,收繳賭資40餘多萬元及一批涉賭物品。目前,公安機關正對特大賭博案進一步擴大偵查中。",
    ],
    caption="▲大型賭場。(圖/翻攝自人民網視頻截圖)",
    lang="zh", shell="news", site_name="ETtoday新聞雲", encoding="utf-8",
    origin="pages corpus capture: a Taiwanese news site's roundup of a Yunnan police raid on a bull-fighting gambling den; anti-gambling news, legit, not hijacked. Headline from the capture; the reporter line is not labelled 作者 (author null); photo captions are kept as captions, out of text. Date in the URL only (null).",
))

L.append(dict(
    url="https://news.cts.com.tw/cts/society/201902/201902021950914.html",
    title=None, date=None, source="華視新聞", author=None,
    paras=[
        "綜合報導 / 屏東縣",
        "年關將近,屏東警方加強查緝地下賭場,連續兩天都破獲!28日在民宅一樓查到象棋賭場,29日在一處二手傢俱行倉庫查獲天九牌賭場,原來賭場負責人常在屏東各處流竄,看中傢俱行的倉庫緊鄰偏僻果園方便逃逸,才將新據點設在這,還是被警方抓到了!",
        "員警衝入二手家俱行倉庫,賭客驚慌四處逃竄,員警翻越鐵皮圍欄,追捕跑入果園的賭客,最後一個都沒跑成功,通通被抓回來,還有人在逃跑過程中受傷了。",
        "屏東長治鄉,賭場負責人看中倉庫緊鄰果園方便逃走,就把天九牌賭場設在這,員警接獲情資小心翼翼從果園接近,一舉抓到主嫌和賭客,而就在前一天,員警也在民宅一樓破獲另一個象棋賭場,抓到23人,年關將近,很多人想小賭一把,警方加強查緝,提醒民眾不要心存僥倖,沒賭贏反而先進警局。",
    ],
    tail=["新聞來源:華視新聞"],
    lang="zh", shell="news", site_name="華視新聞網", encoding="utf-8",
    origin="pages corpus capture: a Taiwanese broadcaster's news page on police raids on two illegal gambling dens; anti-gambling news, legit, not hijacked. 來源 is the page's 新聞來源 line. No headline/date in the capture (null).",
))
