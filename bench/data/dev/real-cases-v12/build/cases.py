# -*- coding: utf-8 -*-
"""Real cases of held-out v12. Texts are verbatim from the search tool's stored captures
(corpus `pages`) or GitHub issue threads (corpus `issues`); see SOURCES.md. Each case:
dict(url, site, lang, encoding, kind, capture, origin, note, hijacked, legit, title, date,
source, author, paras (article paragraphs, verbatim), injections, spam_strings, shell, inj)
`inj` says where/what the injected material is; `shell` picks the page layout in make.py."""

# ---------------------------------------------------------------- clean host texts for composites
T_XINGZHEN = dict(
    title=None, date="2014-12-29", source="兴镇中学", author="屈彤",
    paras=["随着兴镇中学“丰山之韵”文学社的成立,校报《山边石》也在酝酿之中。在校领导的支持下,在所有编辑老师的共同努力下,12月24日,兴镇中学校报《山边石》第一期正式发行了,这是兴镇中学建校以来的第一份报纸,也是兴镇中学广大师生智慧的结晶。",
           "《山边石》共分四版,第一版主要内容为新闻,包括校长寄语、校园大事、校园图片新闻、校园简讯等;第二版主要内容为学生园地,第三版主要内容为课外拓展,包括名人名言、名人励志故事、名人诗歌等;第四版主要内容为校园文化生活,包括校园之星、教师作品、联苑添睹等。校报的整体注重教育性、知识性和趣味性。",
           "《山边石》的诞生,标志着兴镇中学的发展和升华,昭示着崭新兴中的自信和自强。"])
T_HTSY = dict(
    title="文化立校树品牌 “晓声”扬名省内外", date="2010-11-16", source="本站原创", author="周 星",
    paras=["11月15日上午,江苏省《初中生世界》杂志社两位记者前来我校进行采访活动。学校郭曙副校长、团委书记卞英才和文学社指导老师周星分别向两位记者介绍了学校的总体情况,团队活动和社团建设的情况。",
           "随后,两位记者就我校的“晓声”社团建设进行了采访,他们深入学生中间,采访了同学们关于我校“晓声”文学社、“晓声”读书节、“晓声”讲坛、窗外“晓声”等一系列“晓声”品牌项目的活动开展情况。被采访的同学纷纷向两位记者介绍了我校社团活动的亮点,如:文学社组织的“寻觅晓声”活动、“晓声”读书节的“家校共读”活动、“晓声”讲坛的“品味红楼梦”和“窗外晓声”上海行活动。文学社社长洑梅莹莹还接受了记者的人物专访。两位记者对我校学生所表现出来的才气和素质赞叹不已,他们一致认为我校的“晓声”社团系列活动已经成为一个大品牌,这样的大社团在省内初中学校中也是不多见的。他们对于我校的社团品牌意识进行了高度的评价。",
           "采访结束后,两位记者还参观了校园,我校优美的校园环境给两位记者留下了深刻的印象。",
           "我校自2002年成立“晓声”文学社以来,先后推出了一系列“晓声”活动,取得了良好的社会影响,这也成为了我校文化立校的一个品牌。我校社团也是常州市第一个接受《初中生世界》杂志采访的学校社团。",
           "此次采访活动的具体内容将在《初中生世界》杂志2011年第1、2期合刊上刊登,敬请关注。"])
T_SHENGSI = dict(
    title=None, date="2022-04-28", source=None, author=None,
    paras=["4月26日晚,县长杨松主持召开县政府第4次常务会议。",
           "会议审议了《嵊泗县全民健身实施计划(2021-2025年)》。会议指出,全民健身是实现新时代增强人民体魄、增进身心健康的基础保障,是满足新时代人民群众对美好生活向往的重要内容。会议强调,要坚持以人民为中心的发展思想,构建“党委领导、政府主导、社会协同、公众参与、法治保障”的全民健身工作大格局,要坚持系统理念和数字化引领,以深化改革激发新发展活力,加快完善覆盖城乡、便民惠民的全民健身公共服务体系,满足人民群众日益增长的多元化体育健身需求,推动全民健身与全民健康深度融合,为高质量发展建设“两美”嵊泗、打造共同富裕示范区海岛样板县贡献力量。",
           "会议还听取了“春雷行动”问题回头看及春雾季渔业管理专项督查、粮食安全、春耕备耕等工作开展情况汇报。会前还学习了《浙江省综合行政执法条例》。"])
T_ZHOUSHAN = dict(
    title=None, date="2025-06-18", source=None, author="王梦诗",
    paras=["“七一”建党104周年来临之际,为积极响应“小岛你好”海岛共富行动,6月13日,中心机关第四党支部联合定海区中心党支部、五联村党总支共赴摘箬山岛开展“三级支部联建促发展”主题党日活动,通过驻村帮扶、志愿服务、红色教育等形式,切实推动党建与乡村振兴深度融合。",
           "联建座谈会上,村支书介绍了五联村的发展思路和2025年的重点工作计划。支部党员干部与五联村干部深入交流2025年度共谋小岛共富工作切入点。助村干部报到,现场对接联建具体事宜,了解留岛老年人生活状况,明确助村工作目标任务。支部党员干部走村入户,带着大米和食用油,深入摘箬山岛留守老人家中送慰问、听民心,增进留守老人对党的政策的了解和对党和政府的信赖。",
           "活动中还实地参观了日军军火库遗址和火山科普馆。通过回顾那段军民顽强抗击外敌入侵的历史,进一步激发党员干部的爱国主义精神;同时,在参观火山科普馆中也深深感受到五联村党员干部们创新求进、不甘平庸的创业实干精神。",
           "(安全保卫处 王梦诗)"])
T_HZSDYFZ = dict(
    title="关于开展华中师大一附中2006年度十大新闻事件(人物)评选活动的通知", date="2006-12-13", source="本站原创", author=None,
    paras=["2006年,我们美丽的学校在崭新的校园开创了新的局面;2006年,我们勤劳的华师一人在各个方面取得了骄人的成绩。辞旧迎新之时,让我们载着收获,带着思考,盘点我们的2006,回味那些发生在我们校园的一个个平凡而又感动的时刻。",
           "为了不断提高我校新闻质量,扩大华中师大一附中品牌教育的影响力、知名度,建立新的文化品牌。现教处和校团委联合举行“华中师大一附中2006年度十大新闻事件(人物)评选活动”。活动倡导“华师一人选华师一事”,将广泛发动全校教职员工、学生、校友一起参与。"])
T_HNXYW = dict(
    title=None, date=None, source=None, author=None,
    paras=["本报讯(记者 郭世清 通讯员 王德伟 )5月10日,是汝州市汝南街道规定的支部主题党日。为了把每月一次的主题党日活动开展好,进一步推进基层支部“三会一课”制度规范化,该街道党工委提前一天在“汝南网宣群”对各支部开展主题党日内容及注意事项进行了安排,并提出了具体要求。",
           "5月10日,记者来到汝南街道西焦村见证了主题党日活动开展的全过程。上午9时许,西焦村党员陆续来到村党群综合服务中心,在村党支部的统一组织下认真开展主题党日活动,学习党章党规、学习习近平同志系列讲话,做合格共产党员。该村党支部主题党日活动共分为八项,分别是齐聚文化广场升国旗、奏唱国歌,在学教活动中心面向党旗集中宣誓入党誓词,唱红歌,学习《中国共产党纪律处分条例》、学习新《党章》、学习党的十九大精神,党员交流,观看纪录片《永远的焦裕禄》,最后,组织与会党员开展义务劳动。整个活动紧扣主题,现场气氛庄重,党员参与热情高涨。 当天,该街道16个基层党支部全部开展了主题党日活动,参加党员800余人。通过开展主题党日活动,促进了党员学习教育常态化,增进了党员归属感,增强了支部凝聚力和影响力。"])
T_JSHJ = dict(
    title="教育部部署开展“全国中小学生安全教育周”活动", date="2023-03-27", source="新华社", author="徐壮",
    paras=["3月27日是第28个全国中小学生安全教育日。记者27日从教育部获悉,教育部基础教育司日前印发专门通知,决定从27日起组织开展“全国中小学生安全教育周”主题活动。",
           "通知要求,各地教育行政部门以“普及安全知识,提高避险能力”为重点,广泛深入开展形式多样、内容丰富的中小学生安全教育系列活动,着力提高学生安全防范意识,增强学生自我防护能力,推进校园安全文化建设,促进学生安全教育常态化开展,预防和减少各类安全事件发生。",
           "通知还要求各地教育行政部门严格落实进校园活动备案审核制度,严禁在活动中以任何形式发布、夹带、印发商业广告及进行商业宣传。(记者徐壮)"])
T_CNJDZ = dict(
    title="教育部、公安部联合部署第27个全国中小学生安全教育日活动", date="2022-03-28", source="中国教育新闻网", author=None,
    paras=["今天是第27个全国中小学生安全教育日。为指导各地各校做好安全教育日活动,切实加强校园安全教育,提高广大中小学生法治意识、安全防范意识和自我防护能力,日前,教育部基础教育司会同公安部治安管理局印发《关于开展全国中小学生安全教育日活动的通知》,就安全教育日活动进行全面部署。",
           "通知要求,各地教育部门和公安机关要深刻认识做好安全教育的极端重要性,加强统筹协调,制定切实可行的工作方案,广泛开展各类主题教育活动,有效助力校园持续安全稳定。",
           "通知强调,各地教育部门和公安机关要会同相关部门,普及校园安全常识,教授安全防护动作,增强中小学生安全防范意识,提升自我保护能力。要创新活动形式,切实做到寓教于乐,增强活动的生动性、趣味性和体验性。要充分发挥各自职能优势,积极开发并指导学校制作各类活动资源。"])
T_GORONTALO = dict(
    title=None, date="2019-11-11", source=None, author=None,
    paras=["GORONTALO – Gubernur Gorontalo Rusli Habibie menyalurkan semua unek-unek dan kegeramannya saat memberi pembinaan kepada ribuan orang tua, guru dan siswa SMA/SMK sederajat bertempat di SMK 1 Kota Gorontalo, Senin (11/11/2019).",
           "Rusli menyindir sikap orang tua yang seolah tidak mau tau terhadap aktivitas anaknya di rumah. Anak yang tidak pulang di atas jam 10 malam tidak dicari sementara hewan ternak dicari dan dipelihara sepenuh hati.",
           "“Saya minta untuk orang tua tolong pak, tolong bu, dimonitor anaknya. Jam 10 malam belum pulang dicari!. Jangan ayam, anak kambing tidak pulang dicari. Anaknya tidak pulang jam 12 malam tidak dicari,” pinta Rusli.",
           "Menurut Rusli, pengawasan anak tidak cukup hanya dilakukan oleh guru dan aparat. Jumlahnya sangat terbatas. Orang tua dan lingkungan rumah diharapkan menjadi garda terdepan untuk membina anak-anak."])
T_SULBAR = dict(
    title=None, date="2025-04-17", source=None, author=None,
    paras=["MAMUJU - Gubernur Sulawesi Barat Suhardi Duka (SDK) merespons keresahan warga Mamuju terkait krisis air bersih yang disalurkan PDAM Tirta Manakarra. Ia mengungkapkan, pasokan air bersih terganggu karena infrastruktur milik PDAM rusak akibat banjir. Untuk itu, Pemprov Sulbar akan turun tangan dengan bantuan anggaran Belanja Tak Terduga (BTT). “Nanti saya kasih anggaran BTT untuk penanganan, supaya segera tertangani persoalan air bersih di Kota Mamuju ini,” kata SDK saat menghadiri Musrenbang tingkat kabupaten untuk penyusunan RKPD 2026 di Aula Kantor Bupati Mamuju, Kamis , 17 April 2025 Persoalan air bersih ini ramai dibicarakan di media sosial dan langsung ditanggapi oleh orang nomor satu di Sulbar itu."])
T_MEIPIAN = dict(
    title=None, date=None, source=None, author=None,
    paras=["为推进学习教育常态化制度化,严格党的组织生活,增强党组织的凝聚力、战斗力,充分发挥党员的先锋模范作用,大同镇各党支部以“学习雷锋当先锋 助力发展做贡献”为主题,深入开展三月份主题党日活动。",
           "大同镇党委书记冯帅带领机关全体工作人员和21个村支部书记共同学习《中国共产党第二十届中央委员会第二次全体会议公报》。",
           "各党支部组织党员深入开展“学雷锋树新风”志愿服务活动,通过开展环境整治、政策宣传等行动,切实解决群众实际困难需求。",
           "3月27日上午,大同镇机关党支部组织全体党员干部前往通乐段沿线公路开展义务植树活动。"])
T_ZSRB = dict(
    title=None, date=None, source=None, author=None,
    paras=["播下记者梦,执笔向未来。3月11日,在150多名师生见证下,石岐张溪郑二小学《香山少年报》校园通讯站授牌仪式举行。",
           "《香山少年报》是中山日报社主办的首份服务广大少年儿童的校园专刊,承载着市委市政府立德树人的使命,2023年9月13日正式出版发行。2024年下半年至今,《香山少年报》已经与全市30多所学校共建了校园通讯站,并以此为抓手,推动校园全员读报、亲子读报、线上主题征文投稿及展示、短视频栏目等,增强与学校及学生的密切联系,为学生提供了丰富的展示平台,为学校带来更专业的宣传渠道。",
           "在授牌仪式上,《香山少年报》负责人向张溪郑二小学校长潘志坚授予校园通讯站牌匾,并为首批校园小记者颁发小记者证。"])
T_GYGJ = dict(
    title=None, date=None, source=None, author=None,
    paras=["4月21日—23日,江苏省中小学校刊联盟第三期培训活动暨江苏省中小学优秀校报校刊展评在南京举行,赣榆一中受邀参加了本次培训展评活动。 会议由江苏省关心下一代周报社长薛和同志主持,原江苏省委常委、省委副书记、省政法委书记曹鸿鸣代表江苏省关心下一代工作委员会做了发言,江苏省著名作家黄蓓佳为与会人员作了专题讲座。 会上,还进行了优秀校报校刊展评,赣榆一中校刊《和安》报以导向正确,内容大气,版面端庄整洁获得与会人员的好评,被评为优秀奖。"])

PH = "pages corpus capture (search: '{}')"

CASES = []


def add(**kw):
    CASES.append(kw)


# ====================================================================== hijacked, captured text
add(url="https://rmdp.instanttrafficcreation.com/mengapa-judi-slot-tidak-di-blokir.html", site="rmdp.instanttrafficcreation.com",
    lang="id", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="wp",
    origin=PH.format("situs pemerintah diretas judi online slot gacor"),
    note="news text about officials protecting gambling sites republished under a gambling keyword headline repeated as page title and heading",
    hijacked=True, legit=False, title=None, date=None, source=None, author=None,
    spam_title="Mengapa Judi Slot Tidak Di Blokir", spam_h1="Mengapa Judi Slot Tidak Di Blokir",
    paras=["Raup total Rp 8,5 miliar per bulan",
           "Salah satu oknum pegawai dari Komdigi mengatakan bahwa mereka mematok harga Rp 8,5 juta per situs judi online yang diamankan. Artinya jika dikalkulasi, mereka meraup Rp 8,5 miliar sebagai imbalan \"memelihara\" 1.000 situs judi online tersebut.",
           "Belum ada informasi lebih lanjut, sejak kapan 10 pejabat dan staf ahli itu \"mengamankan\" 1.000 situs judi online dari pemblokiran, dan berapa keuntungan total yang didapatkan.",
           "Yang jelas, oknum Komdigi itu dilaporkan mempekerjakan delapan orang operator/admin untuk membina 1.000 situs judi online tadi.",
           "\"Para pegawai tersebut bekerja di ruko yang dijadikan semacam 'kantor satelit'. Mereka bekerja dari pukul 08.00 WIB hingga pukul 20.00 WIB dan dibayar Rp 5 juta setiap bulan,\" katanya.",
           "Kantor yang terletak di daerah Galaxy, Jakasetia, Bekasi Selatan, Kota Bekasi, Jawa Barat itu didirikan atas inisiatifnya sendiri tanpa sepengetahuan dari atasannya di Kementerian Komdigi."],
    injections=["spam_title", "keyword_headline"], spam_strings=["Mengapa Judi Slot Tidak Di Blokir"], inj=None)

add(url="https://mejorescafeteras.com/category/situs-slot-gacor-hari-ini", site="mejorescafeteras.com",
    lang="id", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="wp",
    origin=PH.format("dinas kabupaten berita situs slot gacor terpercaya hari ini"),
    note="regional flood news on a gambling-keyword category page; one keyword spliced into the body sentence",
    hijacked=True, legit=False, title="Tebing Tinggi Kembali Kebanjiran, Aktivitas Warga Terganggu Seharian", date=None, source=None, author=None,
    spam_title="Situs Slot Gacor Hari Ini", category="situs slot gacor hari ini",
    lead="Curah hujan tinggi kembali menyebabkan banjir di Tebing Tinggi, membuat akses jalan terhambat dan aktivitas warga lumpuh sepanjang hari. Sejumlah wilayah terendam, sementara petugas terus melakukan penanganan di titik paling terdampak.",
    paras_shown=["Banjir kembali melanda Kota Tebing Tinggi setelah hujan deras mengguyur wilayah tersebut sejak dini hari hingga pagi. Genangan yang bermula dari intensitas hujan tinggi dan aliran sungai yang tidak mampu menampung volume air menyebabkan sejumlah kawasan mengalami banjir cukup parah. Beberapa titik bahkan terendam hingga setinggi lutut hingga pinggang orang dewasa, membuat aktivitas warga terganggu sepanjang hari slot.",
                  "Warga di beberapa kecamatan seperti Rambutan, Padang Hilir, dan Datuk Bandar merasakan dampak paling besar. Air mulai masuk ke rumah-rumah warga ketika hujan belum benar-benar berhenti. Dalam waktu singkat, halaman-halaman rumah berubah menjadi kolam, sementara air yang terus naik perlahan memasuki ruang tamu, kamar, hingga dapur. Banyak warga yang harus sigap mengamankan barang-barang berharga dan memindahkannya ke tempat yang lebih tinggi."],
    paras=["Curah hujan tinggi kembali menyebabkan banjir di Tebing Tinggi, membuat akses jalan terhambat dan aktivitas warga lumpuh sepanjang hari. Sejumlah wilayah terendam, sementara petugas terus melakukan penanganan di titik paling terdampak.",
           "Banjir kembali melanda Kota Tebing Tinggi setelah hujan deras mengguyur wilayah tersebut sejak dini hari hingga pagi. Genangan yang bermula dari intensitas hujan tinggi dan aliran sungai yang tidak mampu menampung volume air menyebabkan sejumlah kawasan mengalami banjir cukup parah. Beberapa titik bahkan terendam hingga setinggi lutut hingga pinggang orang dewasa, membuat aktivitas warga terganggu sepanjang hari.",
           "Warga di beberapa kecamatan seperti Rambutan, Padang Hilir, dan Datuk Bandar merasakan dampak paling besar. Air mulai masuk ke rumah-rumah warga ketika hujan belum benar-benar berhenti. Dalam waktu singkat, halaman-halaman rumah berubah menjadi kolam, sementara air yang terus naik perlahan memasuki ruang tamu, kamar, hingga dapur. Banyak warga yang harus sigap mengamankan barang-barang berharga dan memindahkannya ke tempat yang lebih tinggi."],
    injections=["spam_category_title", "spliced_keyword"], spam_strings=["Situs Slot Gacor Hari Ini", "hari slot"], inj=None)

add(url="http://zgkjsz.com/page/2021/0826/8799174.shtml", site="zgkjsz.com",
    lang="zh", encoding="gb18030", kind="rebuilt-from-text", capture="text", shell="zh_plain",
    origin=PH.format("乡镇 人民政府 工作动态 召开 会议 体育app下载 官方"),
    note="traditional-script copy of a journal abstract with a porn keyword line above it",
    hijacked=True, legit=False, title="改革開放以來鄉(xiāng)鎮(zhèn)政府體育管理方式變遷與啟示", date="2021-08-26", source=None, author=None,
    top_line="国产日韩欧美一区二区三区三州_亚洲少妇熟女av_久久久久亚洲av国产精品_波多野结衣网站一区二区_亚洲欧美色片在线91_国产亚洲精品精品国产优播av_日本一区二区三区波多野结衣 _久久国产av不卡",
    byline="2021-08-26 18:22李慧萌汪波 體育學(xué)刊 2021年3期",
    paras=["李慧萌 汪波",
           "摘?要:采用個案分析、田野調(diào)查、口述史等研究方法,對我國鄉(xiāng)鎮(zhèn)政府體育管理方式變遷的特征和改革路徑進行探索。研究認為改革開放以來G鎮(zhèn)政府體育管理方式呈現(xiàn)出體育組織管理機構(gòu)設(shè)置從“分散性依附”到“專門性依附”、體育場地設(shè)施建設(shè)從“依托性建設(shè)”到“專門性建設(shè)”、體育活動經(jīng)費投入從“政府單一供給”到“社會多元贊助”、體育活動組織管理形式從“被動管理”到“主動管理”的變遷特征。",
           "關(guān)?鍵?詞:體育管理;鄉(xiāng)鎮(zhèn)體育;現(xiàn)代化治理",
           "中圖分類號:G80-05?文獻標志碼:A?文章編號:1006-7116(2021)03-0071-07"],
    injections=["porn_keyword_line", "traditional_mirror"],
    spam_strings=["亚洲少妇熟女av", "波多野结衣网站一区二区"], inj=None)

add(url="https://www.easyfundingllc.com/cn/Instant/local/202403/t20240326_7597537.html", site="easyfundingllc.com",
    lang="zh", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="zh_plain",
    origin=PH.format("学校 开展 安全教育 活动 主办 单位 体育官方网站 版权所有"),
    note="traditional-script copy of a People's Daily item with pinyin glosses; the copyright notice names a betting brand as the source",
    hijacked=True, legit=False, title="部署開展全國中小學生安全教育周活動", date="2024-03-26", source=None, author="吳丹",
    paras=["本報北京3月25日電 (記者吳丹)今年3月25日是第二十九個(ge) 全國中小學生安全教育日。為(wei) 切實加強校園安全教育,提高廣大中小學生法治意識、安全防範意識和自我防護能力,日前,教育部基礎教育司印發通知,決(jue) 定從(cong) 3月25日起,組織開展“全國中小學生安全教育周”主題活動。",
           "通知要求,各地教育行政部門以“普及安全知識,提高避險能力”為(wei) 重點,指導屬地各中小學校以事故為(wei) 警醒、以問題為(wei) 導向,廣泛深入開展形式多樣、內(nei) 容豐(feng) 富的中小學生安全教育係列活動,著力提高學生安全防範意識,增強學生自我防護能力,推進校園安全文化建設,促進安全教育常態化開展,保障學生健康安全成長。",
           "《 人民日報 》( 2024年03月26日 04 版)"],
    after="(責編:牛鏞、嶽弘彬)", footer_line="版權聲明:凡注明“來源:新利平台”或“新利平台文”的所有作品",
    injections=["brand_credit_footer", "traditional_mirror", "pinyin_glosses"],
    spam_strings=["來源:新利平台", "新利平台文"], inj=None)

add(url="http://hikingwonders.com/xinwenzixun/833.html", site="hikingwonders.com",
    lang="zh", encoding="gbk", kind="rebuilt-from-text", capture="text", shell="zh_plain",
    origin=PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版"),
    note="machine-reworded copy of a Zhengzhou school-news award item ending with a betting-brand source credit",
    hijacked=True, legit=False, title=None, date=None, source=None, author=None,
    paras=["昨日下午,由市教育局、中原网牵头举行的2015年度郑州校园好新闻评选活动颁奖仪式在郑州报业集团举行,回民中学、郑东新区康平路小学、第九十四中学等20所学校得奖。 据理解,自2015年12月评选活动积极开展以来,组委会共计接到来自全市各级各类学校上报的好新闻400余篇,参予投票人数超强8万人次。经过初评和网上投票,共计票选出有代表郑州教育发展较好态势、反映广大师生阳光开朗精神面貌的好新闻20篇。",
           "此次2015年度郑州校园好新闻评选活动,目的全面展出2015年度教育改革发展成果,环绕办有未来的郑州教育主题,更佳地服务郑州教育、服务郑州市民,构建郑州教育为郑州人民的教育目标,让更加多的郑州市民注目郑州教育、参予郑州教育、联合亲眼郑州教育2015年那些有一点铭记的人和事。 另据理解,为使活动的影响力不断扩大,中原网不仅利用网络平台展出参选人单位风采,还通过郑州圈儿微信平台、郑州晚报客户端等新媒体通车投票端口,全媒体阵容展出了参选人学校的2015校园好新闻。"],
    after="本文来源:新京葡最新官网-www.hikingwonders.com",
    injections=["brand_credit_source"], spam_strings=["新京葡最新官网"], inj=None)

add(url="http://m.y160t.com/mbyx/201105/26163683.html", site="m.y160t.com",
    lang="zh", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="zh_plain",
    origin=PH.format("学院 新闻 发布时间 来源 开元棋牌 亚博 体育"),
    note="traditional-script copy with pinyin glosses of a college news item on an unrelated host; no injected string",
    hijacked=True, legit=False, title=None, date=None, source=None, author=None,
    paras=["5月14日,全國(guó)圍棋甲級(jí)聯(lián)賽首次走進(jìn)了青島恒星職業(yè)技術(shù)學(xué)院,圍甲第三輪山東景芝酒業(yè)隊(duì)對(duì)陣重慶冷酸靈隊(duì)的比賽將在青島恒星職業(yè)技術(shù)學(xué)院校圖書館內(nèi)舉行,這也是去年的新科冠軍山東景芝酒業(yè)隊(duì)的主場(chǎng)賽事。作為主辦方,13日晚,青島恒星職業(yè)技術(shù)學(xué)院在索菲亞酒店舉行了開幕式,青島恒星職業(yè)技術(shù)學(xué)院校長(zhǎng)陳昌金、參加本次比賽的古力、俞斌、王檄、周鶴洋等棋手和各媒體代表出席了開幕式。"],
    injections=["traditional_mirror", "pinyin_glosses"], spam_strings=[], inj=None)

add(url="http://xieliaobaba.com/news/2004/2004-12-13/26/515999.shtml", site="xieliaobaba.com",
    lang="zh", encoding="gb18030", kind="rebuilt-from-text", capture="text", shell="zh_plain",
    origin=PH.format("政府网站被黑 挂博彩 通报 网页篡改"),
    note="traditional-script copy with pinyin glosses of a news item about a hacked district site, on an unrelated host; no injected string",
    hijacked=True, legit=False, title=None, date="2004-12-13", source=None, author=None,
    paras=["中新網(wǎng)12月13日電 《人民日報》消息,深圳市龍崗區(qū)政府官方網(wǎng)站——龍崗信息網(wǎng)近日遭到黑客襲擊。當(dāng)日,廣東全省公路繳費(fèi)系統(tǒng)發(fā)生故障,從上午8時到下午2時全省范圍內(nèi)無法正常繳納公路費(fèi),也疑遭黑客攻擊。",
           "6日上午,龍崗信息網(wǎng)整個頁面由白底藍(lán)字變?yōu)楹诘准t字或綠字,內(nèi)容無法辨認(rèn)。打開該網(wǎng)站時會彈出一個自動辭條,顯示硬盤正在自動格式化,之后,寫有一些黑客信息的頁面彈出。由于發(fā)現(xiàn)及時,該信息網(wǎng)于當(dāng)日中午恢復(fù)正常。為給警方提供證據(jù),該網(wǎng)站已聘請了網(wǎng)絡(luò)公司提供技術(shù)支持,展開調(diào)查工作。",
           "深圳市網(wǎng)絡(luò)監(jiān)督管理中心有關(guān)人士介紹,黑客襲擊政府網(wǎng)站的情況在深圳不多見,因此各政府網(wǎng)站未采取過預(yù)防措施。專家建議,有關(guān)部門應(yīng)制定政府網(wǎng)站防“黑”預(yù)案,不給黑客留下可乘之機(jī)。(胡謀王偉)"],
    injections=["traditional_mirror", "pinyin_glosses"], spam_strings=[], inj=None)

# ====================================================================== composites: real injected material in a real clean page
ISS = "github {} (issue/PR thread, corpus issues); page text: {}"

add(url="http://61.185.82.93/show.asp?id=8160", site="61.185.82.93", lang="zh", encoding="gbk",
    kind="real-injection-in-real-page", capture="html", shell="asp_table",
    origin=ISS.format("uBlockOrigin/uAssets #20036 (loader script hosted on a betting redirect domain, found on hacked gov.br pages)", PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版")),
    note="external loader script (search-referrer redirect) in the page head; nothing visible", hijacked=True, legit=False,
    **T_XINGZHEN, injections=["external_loader_script", "referrer_cloaking"], spam_strings=[],
    inj=dict(where="head", html='<script type="text/javascript" src="https://070880.com/br.js"></script>'))

add(url="http://www.htsyzx.wj.czedu.cn/html/article499038.html", site="htsyzx.wj.czedu.cn", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="sch_article",
    origin=ISS.format("uBlockOrigin/uAssets #20036 (betting script named like a CSS-rem helper)", PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版")),
    note="betting script disguised as a layout helper, placed just before </body>; nothing visible", hijacked=True, legit=False,
    **T_HTSY, injections=["disguised_library_script"], spam_strings=[],
    inj=dict(where="end", html='<script src="https://ggwin.tv/static/js/flexible.lmin.1.9.js"></script>'))

add(url="https://www.shengsi.gov.cn/art/2022/4/28/art_1229417916_59026702.html", site="shengsi.gov.cn", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="gov_art",
    origin=ISS.format("uBlockOrigin/uAssets #20036 (short redirect link to a slot site)", PH.format("乡镇 人民政府 工作动态 召开 会议 体育app下载 官方")),
    note="off-screen positioned link to a slot short-link under the article", hijacked=True, legit=False,
    **T_SHENGSI, injections=["offscreen_link"], spam_strings=["slotwin"],
    inj=dict(where="after", html='<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://br.coe777.com/Q3BDzp">slotwin</a></div>'))

add(url="http://zsjgj.zhoushan.gov.cn/art/2025/6/18/art_1466673_58928234.html", site="zsjgj.zhoushan.gov.cn", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="gov_art",
    origin=ISS.format("FGF-College-Work/Forum #95 (WordPress jQuery injection write-up: cookie-gated redirect)", PH.format("村 党支部 开展 主题党日 活动 官方网站 首页 登录入口")),
    note="cookie-gated redirect script (csrf_uid cookie, redirect on load); redirect target verbatim from the write-up, the script body is a reconstruction of the described logic; nothing visible",
    hijacked=True, legit=False, **T_ZHOUSHAN, injections=["cookie_gated_redirect"], spam_strings=[],
    inj=dict(where="head", html='<script>(function(){if(document.cookie.indexOf("csrf_uid")>-1)return;var d=new Date();d.setTime(d.getTime()+86400000);document.cookie="csrf_uid=1; expires="+d.toUTCString()+"; path=/";function r(){window.location.href="https://go.ad2up.com/afu.php?id=473791";}if(document.readyState==="complete"){r();}else{window.addEventListener("load",r);}})();</script>'))

add(url="http://old.hzsdyfz.com.cn/Item/653.aspx", site="old.hzsdyfz.com.cn", lang="zh", encoding="gb18030",
    kind="real-injection-in-real-page", capture="html", shell="asp_table",
    origin=ISS.format("DiligentGraphics/DiligentEngine #273 (hidden pharma span quoted verbatim)", PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版")),
    note="English pharma link paragraph in a span, hidden by a style rule keyed on its id; placed after the article",
    hijacked=True, legit=False, **T_HZSDYFZ, injections=["hidden_pharma_links", "css_id_hiding"],
    spam_strings=["fast shipping viagra", "cheapest levitra prices", "viagra for sale", "levitra overnight shipping"],
    inj=dict(where="after", html='<style>#c61f6e9b6{display:none}</style><span id="c61f6e9b6">Its other ingredients  <a href="http://www.unica-web.com/ENGLISH/2017/2017-congress-calendar.html">fast shipping viagra</a> include Gokhru, Musli Semal, and Musli Sya. The meds are provided to buyers who <a href="http://www.unica-web.com/archive/2011/hana%20jusic.pdf">cheapest levitra prices</a>  can produce doctors\' prescriptions. This kind of medicine may be found in the pill form, oral jelly form, in the form of invitation and hidden website link clearly indicates that this attack is an initiation and Google Plus will soon be considered as another cause. <a href="https://unica-web.com/archive/2011/films2011.html">viagra for sale</a> Men are inclined to have sexual  <a href="https://www.unica-web.com/unicanews/unicanews2008-2.pdf">levitra overnight shipping</a> issues by consulting a medical professional. </span>'))

add(url="https://www.gorontaloprov.go.id/informasi/berita/tag/PPID%20Humas", site="gorontaloprov.go.id", lang="id", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="id_portal",
    origin=ISS.format("OpenSID/OpenDK #672 (defaced demo redirected to a slot page planted on a ministry subdomain)", PH.format("berita pemerintah kabupaten rapat koordinasi slot88 gacor")),
    note="meta refresh plus location.replace to a slot page on another government host; target verbatim from the issue, tags reconstructed; nothing visible",
    hijacked=True, legit=False, **T_GORONTALO, injections=["meta_refresh", "js_redirect"], spam_strings=[],
    inj=dict(where="head", html='<meta http-equiv="refresh" content="3;url=https://lenterapendidikan.kemdikbud.go.id/slot-server-thailand/"><script>setTimeout(function(){location.replace("https://lenterapendidikan.kemdikbud.go.id/slot-server-thailand/")},800)</script>'))

add(url="https://berita.sulbarprov.go.id/index.php/agenda/itemlist/user/3337-humassulbar", site="berita.sulbarprov.go.id", lang="id", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="id_portal",
    origin=ISS.format("ckan/ckan #8071 (hacked server hosting slot pages; mobile visitors from search sent to an r2.dev page)", PH.format("berita pemerintah kabupaten rapat koordinasi slot88 gacor")),
    note="mobile-and-search-referrer redirect to an object-storage slot page; target verbatim from the issue, the script is a reconstruction of the described behaviour; nothing visible",
    hijacked=True, legit=False, **T_SULBAR, injections=["mobile_referrer_redirect"], spam_strings=[],
    inj=dict(where="end", html='<script>var _u=navigator.userAgent,_r=document.referrer;if(/Android|iPhone|iPad|Mobile/i.test(_u)&&/google\\./i.test(_r)){window.location="https://pub-f53f1c10700246fbabc33b472d37b14a.r2.dev/daftarsp88.html";}</script>'))

add(url="http://hnxyw.com.cn/quanguo/shanxi/9096.html", site="hnxyw.com.cn", lang="zh", encoding="gbk",
    kind="real-injection-in-real-page", capture="html", shell="zh_news",
    origin=ISS.format("OWASP/igoat #59 (site script opening a popunder via an ad redirect URL)", PH.format("村 党支部 开展 主题党日 活动 官方网站 首页 登录入口")),
    note="click-triggered popunder script to an ad redirector; URL verbatim from the issue, the handler reconstructed; nothing visible",
    hijacked=True, legit=False, **T_HNXYW, injections=["click_popunder"], spam_strings=[],
    inj=dict(where="end", html='<script>document.addEventListener("click",function o(){window.open("http://lauhoosh.net/afu.php?zoneid=3663521","_blank");document.removeEventListener("click",o)});</script>'))

add(url="http://jshj.org/news_show.aspx?id=28666", site="jshj.org", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="zh_news",
    origin=ISS.format("reverbrain/elliptics #725 (spam pharmacy post title on a hacked blog)", PH.format("学校 开展 安全教育 活动 主办 单位 体育官方网站 版权所有")),
    note="spam pharmacy post title inserted into the 'latest' side list", hijacked=True, legit=False,
    **T_JSHJ, injections=["spam_sidebar_item"],
    spam_strings=["The Best Online Pharmacy. Buy Cialis Without Prescription – Orders-Cialis.info"],
    inj=dict(where="sidebar", html='<li><a href="/news_show.aspx?id=28671">The Best Online Pharmacy. Buy Cialis Without Prescription – Orders-Cialis.info</a></li>'))

add(url="http://www.cnjdz.net/sxy/2022/0328/85065.html", site="cnjdz.net", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="zh_news",
    origin=ISS.format("zk/clojuredocs #226 (search-page title spam found in search results)", PH.format("学校 开展 安全教育 活动 主办 单位 体育官方网站 版权所有")),
    note="pharma spam query reflected into the <title> and a 'related search' line; the article is intact",
    hijacked=True, legit=False, **T_CNJDZ, injections=["spam_title", "reflected_search_spam"],
    spam_strings=["Viagra Buy ❇ Viagra | Buy from $0.31 : 🎅 www.LemonaidHealth.shop 🎅 : Best online Pharma ❇ Sydney, Buy Viagra In"],
    page_title="Viagra Buy ❇ Viagra | Buy from $0.31 : 🎅 www.LemonaidHealth.shop 🎅 : Best online Pharma ❇ Sydney, Buy Viagra In",
    inj=dict(where="after", html='<div class="related">相关搜索:<a href="/search?q=Viagra%20Buy">Viagra Buy ❇ Viagra | Buy from $0.31 : 🎅 www.LemonaidHealth.shop 🎅 : Best online Pharma ❇ Sydney, Buy Viagra In</a></div>'))

add(url="https://meipian.cn/4p1zv12f", site="meipian.cn", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="zh_news",
    origin=ISS.format("willymcallister/willymcallister.github.io PR #339 (spam comment submitted through a comment form)", PH.format("村 党支部 开展 主题党日 活动 官方网站 首页 登录入口")),
    note="pharma spam comment published under the article", hijacked=True, legit=False,
    **T_MEIPIAN, injections=["comment_spam"],
    spam_strings=["taking viagra after cialis", "best price cialis", "Envino Kaufen Cialis"],
    inj=dict(where="comments", html='<div class="comment"><span class="c-name">purchase cialis online</span><p>taking viagra after cialis  awagiscict https://cialiser.com/ - best price cialis rhydaY Cialis Pericoloso  effepayInefs <a href=https://cialiser.com/#>Cialis</a> Envino Kaufen Cialis</p></div>'))

add(url="https://zsrbapp.zsnews.cn/home/content/newsContent/391/663772", site="zsrbapp.zsnews.cn", lang="zh", encoding="utf-8",
    kind="real-injection-in-real-page", capture="html", shell="zh_news",
    origin=ISS.format("willymcallister/willymcallister.github.io PR #570 (spam comment)", PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版")),
    note="pharma spam comment with a link under the article", hijacked=True, legit=False,
    **T_ZSRB, injections=["comment_spam"],
    spam_strings=["viagra soft tabs", "viagra coupons", "female pink viagra 100mg pills"],
    inj=dict(where="comments", html='<div class="comment"><span class="c-name">rmtjlmmx</span><p>viagra soft tabs  https://viagaracom.com/ - viagra 100 mg price  \nviagra manufacturers coupon  \nherbal viagra pills  <a href=https://viagaracom.com/>viagra coupons</a>  female pink viagra 100mg pills</p></div>'))

add(url="https://www.gygjzx.com/article-7757-1.html", site="gygjzx.com", lang="zh", encoding="gbk",
    kind="real-injection-in-real-page", capture="html", shell="discuz",
    origin=ISS.format("eduardoboucas/popcorn PR #5546 (pharmacy link list submitted as a comment)", PH.format("中学 校园新闻 举行 活动 - 平台 注册 入口 手机版")),
    note="block of pharmacy links at the foot of a Discuz portal article", hijacked=True, legit=False,
    **T_GYGJ, injections=["link_block_pharma"],
    spam_strings=["Function of viagra tablet", "Cialis over the counter countries", "Viagra and its uses", "Cialis cure premature ejaculation"],
    inj=dict(where="after", html='<div class="a_lnk"><a href=http://swedish-pharmacy.ithealthy.net/prescription/function-of-viagra-tablet.php>Function of viagra tablet</a>\n<a href=http://swedish-pharmacy.ithealthy.net/womens-health/cialis-over-the-counter-countries.php>Cialis over the counter countries</a>\n<a href=http://swedish-pharmacy.ithealthy.net/about-us/viagra-and-its-uses.php>Viagra and its uses</a>\n<a href=http://swedish-pharmacy.ithealthy.net/general-health/cialis-cure-premature-ejaculation.php>Cialis cure premature ejaculation</a></div>'))

# ====================================================================== legit
add(url="https://danviet.vn/trang-web-cua-truong-dai-hoc-y-duoc-bat-ngo-bi-hack-nha-truong-moi-cong-an-vao-cuoc-20240723185353418.htm",
    site="danviet.vn", lang="vi", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="vi_news",
    origin=PH.format("university website hacked casino gambling links news report"),
    note="news report about betting text shown under a university's search listing", hijacked=False, legit=True,
    title=None, date=None, source=None, author=None,
    paras=["Mới đây, khi tra cứu về website Trường Đại học Y Dược, Đại học Quốc gia Hà Nội, một số người dùng bất ngờ khi thấy hiện phía dưới tên miền của trường có thông tin cá độ bóng đá, casino online.",
           "Cụ thể, nội dung hiển thị cho thấy những lời mời gọi như trang cá độ bóng đá uy tín nhất Việt Nam, sòng bạc an toàn, đánh bạc an toàn, top casino online châu Á.",
           "Giữa cao điểm mùa tuyển sinh đại học 2024, sự cố tại Trường Đại học Y Dược khiến thí sinh lo lắng không biết có nên nhấn vào link để tìm hiểu về trường cũng như các ngành nghề, điểm chuẩn hay không. Thậm chí có người còn đưa ra nghi vấn trường tự cài đặt nội dung này để tăng lượng truy cập cho website.",
           "Liên quan đến vấn đề trên, trao đổi với PV báo Dân Việt, đại diện trường cho hay: \"Nhà trường đã xử lý ngay sự cố sau khi nắm được thông tin. Trang web vẫn hoạt động bình thường để thí sinh và phụ huynh tra cứu thông tin. Trường đã mời Phòng An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao, Công an Thành phố Hà Nội và Cục An ninh mạng, Bộ Công an vào cuộc điều tra\".",
           "Trước nghi vấn về việc trường \"chèn link\" để tăng lượng truy cập cho website, đại diện trường phủ nhận thông tin và khẳng định có sự can thiệp từ bên ngoài. Sau khi có kết luận từ phía Công an, Trường sẽ gửi thông tin chính thức."],
    caption="Trang web của Trường Đại học Y Dược xuất hiện lời mời chơi cá độ bóng đá. Ảnh: CMH",
    injections=[], spam_strings=[], inj=None)

add(url="https://www.quochoitv.vn/canh-bao-website-ca-do-nup-bong-link-govvn", site="quochoitv.vn", lang="vi", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="vi_news", origin=PH.format("trang web trường học bị hack quảng cáo cờ bạc"),
    note="warning report about hidden betting links on .gov.vn sites", hijacked=False, legit=True,
    title="Cảnh báo website cá độ núp bóng link \"gov.vn\"", date=None, source=None, author="Sỹ Cường",
    paras=["Thời gian gần đây hiện tượng một số website tên miền “.gov.vn” của cơ quan nhà nước bị cài link ẩn, chuyển hướng tới các trang cá độ, đánh bạc, quảng cáo cờ bạc có hiện tượng tái bùng phát trở lại. Mặc dù vấn đề này được cảnh báo nhiều lần nhưng chưa được xử lý triệt để.",
           "Chỉ cần gõ từ khóa liên quan đến cá độ, cờ bạc, với tùy chọn site:.gov.vn hoặc site:.vn, chúng ta sẽ dễ dàng nhìn thấy vô số các trang đã bị hack và chèn các đường link quảng cáo.",
           "Theo các chuyên gia công nghệ, tình trạng này từng xảy ra trong nhiều năm liền, nhưng không có dấu hiệu được khắc phục, thậm chí gia tăng mạnh thời gian qua.",
           "Ít nhất 90 website đang bị lợi dụng để cài cắm, đăng tải, chuyển hướng hoặc liên kết với nội dung quảng cáo không phù hợp như quảng cáo đánh bài, cờ bạc... Trong đó, có 67 website thuộc quản lý của 30 tỉnh, thành phố và 23 trang web thuộc quản lý của 12 bộ, ngành.",
           "Theo Bộ Công an, nếu không kịp thời ngăn chặn các hoạt động trái phép nêu trên, uy tín của các cơ quan nhà nước có thể bị ảnh hưởng nghiêm trọng, tiềm ẩn nguy cơ mất an ninh mạng, an toàn thông tin, gia tăng tội phạm về cá độ, đánh bạc."],
    byline_after="Sỹ Cường", injections=[], spam_strings=[], inj=None)

add(url="http://tintuc.vdong.vn/02/1690653.htm", site="tintuc.vdong.vn", lang="vi", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="vi_news", origin=PH.format("trang web trường học bị hack quảng cáo cờ bạc"),
    note="report on betting pages impersonating a provincial government domain; quotes the spam headings", hijacked=False, legit=True,
    title=None, date=None, source=None, author=None,
    paras=["Ngày 2.2, UBND tỉnh Kon Tum cho biết công an tỉnh này đang tiến hành điều tra việc một số trang web về cá độ bóng đá mạo danh tên miền của UBND tỉnh Kon Tum.",
           "Theo đó, thời gian gần đây, khi tìm kiếm cụm từ \"Kon Tum\" trên Google nhiều người dùng đã phát hiện một trang web cá độ bóng đá sử dụng tên miền UBND tỉnh Kon Tum.",
           "Theo đó, trang web này đăng tải các tiêu đề như \"Bạch thủ lô ngày mai\", \"Soi cầu miền bắc 24 giờ\", \"Tài xỉu là như thế nào\"… Kèm theo đó là những hình ảnh phụ nữ ăn mặc gợi cảm.",
           "Sau khi click vào đường dẫn, trang web trên sẽ hiển thị lỗi 404 và tự động chuyển sang một trang web cờ bạc.",
           "Trao đổi với PV Thanh Niên, một kỹ sư công nghệ thông tin cho hay khả năng cao là hacker đã can thiệp vào trang web của UBND tỉnh Kon Tum, sau đó gài thêm 1 file mới vào trong máy chủ của web. File này có nhiệm vụ chuyển tiếp tới 1 trang web bên ngoài (trang cờ bạc) khi người dùng truy cập."],
    injections=[], spam_strings=[], inj=None)

add(url="https://sarwa.id/menkominfo-respons-jutaan-web-judi-online-nebeng-situs-pemerintah", site="sarwa.id", lang="id", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="wp", origin=PH.format("slot gacor ac.id site hacked page"),
    note="CNN Indonesia report on gambling pages riding on government sites", hijacked=False, legit=True,
    title=None, date=None, source="CNN Indonesia", author=None,
    paras=["Jakarta, CNN Indonesia —",
           "Menteri Komunikasi dan Informatika (Menkominfo) Budi Arie Setiadi buka suara soal jutaan situs pemerintahan diduga disusupi game slot gacor alias judi online.",
           "Budi tak menampik banyak situs pemerintah yang disusupi judi slot. Namun, ia menduga hal itu digerakkan oleh mesin.",
           "“Iya masuk ke situs-situs pemerintah kan saya sudah tanya itu ya memang dulunya sembarangan. Itu juga belum tentu ada, yang gerakin bisa mesin,” kata dia kepada wartawan, Rabu (23/8).",
           "Dengan temuan itu Budi mengklaim saat ini pihaknya tengah berupaya untuk membersihkan situs-situs judi online dengan cara menurunkan situs.",
           "Ismail menjelaskan situs-situs semacam ini merupakan hasil peretasan dengan metode deface, dan pengelola situs “tidak sadar, tidak lagi merawat situsnya, tidak lagi dikontrak untuk mengelola.”",
           "Selain itu, 1,2 juta halaman web judi online juga menyusup ke situs-situs akadamik yang bisa dicari di mesin pencarian Google dengan kata kunci: gacor site:ac.id."],
    injections=[], spam_strings=[], inj=None)

add(url="https://rakyatempatlawang.disway.id/read/640881/heboh-ratusan-situs-pemerintah-jadi-situs-judi-online", site="rakyatempatlawang.disway.id",
    lang="id", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="id_portal", origin=PH.format("slot gacor ac.id site hacked page"),
    note="report on hundreds of government pages turned into gambling pages", hijacked=False, legit=True,
    title="Heboh! Ratusan Situs Pemerintah Jadi Situs Judi Online", date="2023-02-12", source=None, author=None,
    paras=["EMPAT LAWANG, RAKYATEMPATLAWANG.DISWAY.ID -  Ratusan situs pemerintah berubah menjadi situs judi online.",
           "Mulai dari pemerintah kota/kabupaten, provinsi hingga pusat tak luput dari perubahan ini.",
           "Masalah ini pertama diungkap oleh seorang pengguna Twitter @lantip. \"Hai @kemkominfo @BSSN_RI nyenyak tidur kalian? Situs pemerintah promosikan judi, ini sejak kapankah?,\" tulis akun tersebut, dikutip Minggu (12/2/2023).",
           "Sejak Kominfo melakukan pemblokiran bagi situs-situs ilegal, banyak situs pemerintah yang diretas hacker.",
           "Domain pemerintah dianggap aman bagi situs judi online karena tidak akan diblokir oleh kominfo.",
           "Jika mengetik \"Situs judi online\", maka akan banyak muncul situs pemerintah yang ber-domain go.id menjadi situs judi online.",
           "Berdasarkan catatan Kominfo, ada 675 laman yang menjadi sasaran empuk peretasan judi online. Rinciannya, 221 laman lembaga pendidikan dan 454 laman pemerintah. (cw1)"],
    injections=[], spam_strings=[], inj=None)

add(url="http://www.dzwww.com/dldc/taftdr_1_1/zyxw/201104/t20110425_6315247.htm", site="dzwww.com", lang="zh", encoding="gbk",
    kind="rebuilt-from-text", capture="text", shell="zh_news", origin=PH.format("政府网站被黑 挂博彩 通报 网页篡改"),
    note="report that a town government site was filled with ads after links were hacked", hijacked=False, legit=True,
    title="青州回应镇政府网\"被广告\":部分链接被黑", date="2011-04-25", source="大众网", author=None,
    paras=["19日上午,大众网以《青州一政府网站被广告填充 工作人员称管不了》为题,对青州市东夏镇人民政府网被广告填充进行了报道,引起当地政府高度重视。当晚21时许,青州市综合信息中心向本网回应称,经调查确认,被曝光的政府网站因部分链接被黑客侵入,导致网站被广告填充,青州市相关部门已经联系服务商,正采取有效措施进行整改。",
           "19日晚,对于东夏镇人民政府网出现问题的原因,青州市综合信息中心向本网作出了回应。青州市综合信息中心在回应中称,在看到大众网新闻报道后,青州市相关部门高度重视,经过调查,目前确认东夏镇人民政府网部分链接已被黑客侵入,但由于该信息中心技术力量不足,已经联系服务商采取有效措施进行整改。"],
    injections=[], spam_strings=[], inj=None)

add(url="http://m.midaxia.com/show-10-890-1.html", site="m.midaxia.com", lang="zh", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="zh_news", origin=PH.format("政府网站被黑 挂博彩 通报 网页篡改"),
    note="report on government sites showing a game site after a lapsed domain", hijacked=False, legit=True,
    title="域名欠费 政府部门网站竟惨变游戏网站", date="2009-02-06", source=None, author=None,
    paras=["是不是中山政府部门的个别网站被黑客攻击了?从前天开始,不少中山市民都发现一个奇怪的现象,登录中山市国土资源局和中山市国家税务局网站,跳出来的却是花花绿绿的游戏网站页面。不少网友纷纷在中山本地论坛上发帖讨论,怀疑政府部门网站遭遇黑客攻击。到昨天中午12时左右,两个网站的登录恢复正常。记者从网站负责人和网络运营商处了解到,这是一起由网站链接标记域名到期没及时续费而产生的大乌龙事件。",
           "为什么会出现这个情况?除了相关部门所称的“域名欠费导致”的原因外,中山政府网一位工作人员表示,根源还在于政府网站一般缺乏专门的人手,双休日缺乏监控。"],
    injections=[], spam_strings=[], inj=None)

add(url="https://jagograhakjago.com/psm-news?title=INDIANA+news+outlet+finds+fake+online+pharmacies+on+Purdue+and+Butler+university+websites",
    site="jagograhakjago.com", lang="en", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="wp",
    origin=PH.format("pharma hack viagra cialis edu site hidden links"),
    note="news item on fake pharmacy pages hidden on university sites", hijacked=False, legit=True,
    title="INDIANA news outlet finds fake online pharmacies on Purdue and Butler university websites", date=None, source=None, author=None,
    paras=["Rooting out fake online pharmacy links from University websites is an endless game of whack-a-mole for University network security officers. Ephemeral pharmacy web links appear and disappear constantly on major university websites.",
           "Inspired by one of their news gathering partners, Fox 59 News in Indianapolis, Indiana did a bit of checking with the help of a local network security company and found fake pharmacy web pages hidden on websites belonging to both Butler University and Purdue University.",
           "Fox 59 News found sites offering cheap Adderall for sale that were being hosted by the Purdue School of Engineering. When Fox 59 spoke to Purdue’s Senior Strategist for STEM, Steve Tally, he told them, “These types of problems happen with all websites, and we move to shut them down as quickly as possible.”",
           "In April, Fox 59’s news gathering partner PIX11 in New York conducted an investigation and found that hackers using university websites to host fake pharmacies is a problem all over the country."],
    injections=[], spam_strings=[], inj=None)

add(url="https://www.safemedicines.org/2011/08/hijacked-websites-give-false-sense-of-security-for-online-pharmacy-clients-311.html",
    site="safemedicines.org", lang="en", encoding="utf-8", kind="rebuilt-from-text", capture="text", shell="wp",
    origin=PH.format("pharma hack viagra cialis edu site hidden links"),
    note="article on hijacked .edu/.gov sites redirecting to illicit pharmacies", hijacked=False, legit=True,
    title="Hijacked Websites Give False Sense of Security for Online Pharmacy Clients", date=None, source=None, author="S. Imber",
    paras=["1/3 of every online search for prescription drug information is redirected to illicit online drug sellers.",
           "Legitimate websites are invaded by hackers who put code into the website that re-directs to a fake online pharmacy. Meanwhile, the legitimate website shows up in the search results, giving the potential customer comfort from a trustworthy brand, who may not realize that the follow up pages are no longer part of the same branded domain.",
           "Computer scientist Nicolas Christin, from Carnegie Mellon University, discovered that 32% of sites in search results for prescription medication are infected with malicious code, reports National Public Radio.",
           "Test results yielded hacked sites such as the University of Massachusetts computer science laboratory that had a re-direct to a illicit pharmacy site selling erectile dysfunction medication for $3.30 a pill.",
           "Hackers prefer .edu and .gov domains for search re-direction because they rank at the top of Google searches, and are trusted sources of information."],
    injections=[], spam_strings=[], inj=None)

add(url="https://tw.jxnu.edu.cn/2018/0415/c3976a167086/page.htm", site="tw.jxnu.edu.cn", lang="zh", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="sch_article", origin=PH.format("大学 学院 新闻网 召开 座谈会 赢钱 棋牌 真人"),
    note="college youth-league news about a card-game contest (棋牌 words, not gambling)", hijacked=False, legit=True,
    title="欢乐斗地主,勇夺一二三——数信学院顺利举办“胖老板斗地主大赛”", date="2018-04-15", source=None, author=None,
    paras=["为了丰富校园课余生活,增进同学之谊数信学院于4月14日在二食堂二楼开展“胖老板斗地主大赛”,以牌会友,大赛分上午癞子场和下午经典场两部分。此次活动由数信学院棋牌协会举办,吸引众棋牌爱好者积极参与。癞子场中,刘其相勇夺冠军,亚军袁帆,季军张敏。下午,吴璟争得经典场第一,刘姗第二,曾俊、汪玉招并列第三。",
           "同学们陆续到场签到,主持人介绍完比赛规则,癞子场于九点整在微信小程序欢乐斗地主中正式开始。比赛全程在手机上进行,初赛十五局,取得分最高的六位进入复赛,复赛黑白配分组,然后争夺前三名,奖品有证书和奖杯。除此之外,每桌第一名也有饭票奖励。下午两点经典场开始,经典场是真实的纸牌赛,人数众多,场面火爆。斗地主比赛,是运气的比拼,也是智慧的对决。选手们时而屏气凝神,时而果断出牌杀对手一个措手不及。选手们之间的精彩对决让围观的观众看得出神,不时为选手们精湛的牌技拍手叫绝。整个食堂二楼都洋溢着喜悦的气氛,最后本次斗地主大赛在大家的笑声中圆满落幕。",
           "斗地主不仅可以作为游戏进行娱乐还需要缜密思绪,心态平和。此次活动有利于促进同学们通过斗地主游戏学会轻松地生活,做一个真正快乐的玩家,在学习和生活中收获更多快乐。/图 数信学院 秦昱 涂文娟 编辑/校团委新媒体运营中心 梁妮"],
    injections=[], spam_strings=[], inj=None)

add(url="https://gsee.swjtu.edu.cn/info/1060/4828.htm", site="gsee.swjtu.edu.cn", lang="zh", encoding="utf-8",
    kind="rebuilt-from-text", capture="text", shell="sch_article", origin=PH.format("大学 学院 新闻网 召开 座谈会 赢钱 棋牌 真人"),
    note="graduate-school news about a board/card game meet", hijacked=False, legit=True,
    title=None, date=None, source=None, author=None,
    paras=["久违的阳光洒进教室,激扬的背景音乐响起,棋牌场上顿时烽烟四起。9月27日上午9点,“温馨校园”地学学院研究生新生棋牌交流会在九里校区5305教室成功举行。本次活动由地学学院研究生会主办,旨在帮助研究生新生尽快适应新的生活环境,以良好的心态投入到今后的学习工作中,同时促进全院同学的交流、增进友谊、培养同学们的竞争与团队意识。",
           "此次交流会共有30余名研究生新生报名参加,主要内容为象棋、五子棋、三国杀、双升和斗地主五类棋牌比赛。比赛还未正式开始,选手们已经开始“热身”,现场也有不少爱好棋牌的同学前来观战,为好友加油助威。"],
    injections=[], spam_strings=[], inj=None)

add(url="http://sj.macaumonthly.net/aomen/caijing/2018-04-19/48825.html", site="sj.macaumonthly.net", lang="zh", encoding="gb18030",
    kind="rebuilt-from-text", capture="text", shell="zh_news", origin=PH.format("人民政府 新闻 澳门新葡京 威尼斯人 娱乐 官网"),
    note="Macau gaming-industry policy news (竞猜型体育彩票, 博彩业)", hijacked=False, legit=True,
    title=None, date="2018-04-19", source="macauhub", author=None,
    paras=["澳门经济财政司司长梁维特周日称,特区政府清楚知道不同地区旅游博彩业的发展,对澳门所带来的影响。",
           "梁司长称,澳门博彩业正面临邻近地区的竞争,但政府正采取各种可行措施,向访澳旅客提供更多选择(特别是在娱樂方面),务使澳门旅游业更具吸引力,从而面对其他地区的竞争和挑战。",
           "梁维特作上述表示前几天,国家主席习近平刚在海南省发表讲话称,要探索将海南岛建设成自由贸易试验区、中国特色自由贸易港。",
           "据《中国日报》报道,中国将批准海南省发展赛马运动、探索发展竞猜型体育彩票,以及引入大型国际赛事即开彩票。",
           "根据中国当局的文件,海南省面积为3.5万平方公里,人口930万。有关当局探索将海南省发展成国际自由贸易区的决定,目的之一是丰富粤港澳大湾区的未来发展。"],
    injections=[], spam_strings=[], inj=None)
