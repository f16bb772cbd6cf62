# Real legit cases for v41 (lawful gambling / lottery / anti-gambling news), rebuilt around
# text captured in the `pages` corpus. Text verbatim from the capture; cut tails dropped.
L = []

L.append(dict(
    url="http://www.houkongdaily.com/20190523-A1-199735.html", shell="news_hk", lang="zh",
    head_title="博監局巡查娛樂展 預防非法博彩活動", title="博監局巡查娛樂展 預防非法博彩活動",
    crumb="A1 澳門新聞", meta=[("", "2019-05-23 00:56:10")],
    date="2019-05-23", source=None, author=None,
    text="""【特訊】博彩監察協調局一直十分支持任何推動澳門博彩業健康發展的活動。關注到近日有團體投訴及市民反映有參展商涉嫌利用本澳展會進行非法網上博彩之推廣,為進一步加強對展會的監察工作力度,博監局與貿易投資促進局及司法警察局已於展會舉行期間,每天進行多次聯合巡查,重點監察場內是否有非法網上博彩之推廣、以澳門、澳門特區或澳門娛樂場名義構建博彩網站、以及進行其他涉及非法博彩之活動。博監局已把在展會中發現有可能涉及犯罪的個案交由司警局調查及跟進,至於一些涉及不當行為的情況,博監局已即場要求展商作出更正處理。
博監局除進行實地監察外,亦會向參展商繼續派發宣傳單張,提醒展商本澳法律的規定。""",
    kind="rebuilt-from-text",
    note="a Macau daily's report on the gaming regulator's patrols against illegal online-gambling promotion at an expo; legit (regulation news); the paper's unrendered template placeholders are not reproduced",
))

L.append(dict(
    url="https://gov.mo/zh-hans/news/218281", shell="gov_mo", lang="zh", site="gov.mo",
    head_title="4间娱乐场申请暂停营运获批", title="4间娱乐场申请暂停营运获批",
    crumb="跳过导航", meta=[],
    date=None, source=None, author=None,
    text="""鉴於超级台风“山竹”正逼近本澳,海岛娱乐场、励宫娱乐场、巴比伦娱乐场及内港摩卡角子机场已向博彩监察协调局申请暂停营业,博监局对此表示支持,已予批准,并要求四间娱乐场向场内的员工和人士提供必要的协助,确保其安全。
其中内港摩卡角子机场和海岛娱乐场已分别於今(15日)晚上八时、九时暂停营业,励宫娱乐场、巴比伦娱乐场则将於气象局悬挂8号风球时,即暂停场内所有博彩活动。""",
    kind="rebuilt-from-text",
    note="a Macau government news-portal item: four casinos allowed to suspend operations before a typhoon; legit (casino regulation); one of two pages of this real site (same shell)",
))

L.append(dict(
    url="https://gov.mo/zh-hant/news/182106", shell="gov_mo", lang="zh", site="gov.mo",
    head_title="新聞", title=None,
    crumb="跳過導航", meta=[],
    date=None, source=None, author=None,
    text="""就近日有網站聲稱是澳門特區經營公益福利彩的公司,同時訛稱彩票收益是用於澳門特區的公益及慈善事業,博彩監察協調局重申,澳門特區政府從沒有以官方名義,又或許可任何機構或公司經營網上公益福利彩票。故所有以澳門特區政府名義或聲稱於澳門特區經營公益福利彩票的投注網站均為虛假及非法,公眾在此類網站進行的投注是不受澳門特區法律所保障。
博彩監察協調局提醒大眾,該局官方網址只有www.dicj.gov.mo。作為監管澳門博彩活動的部門,博監局在網頁內只會提供行業資訊,絕對不會經營、推介或接受任何形式的投注,同時亦不會主動透過手機發送任何推廣博彩活動的短訊。""",
    kind="rebuilt-from-text",
    note="the Macau gaming regulator's warning that no 'welfare lottery' betting site is licensed; legit (anti-illegal-gambling notice); headline not captured (title null); second page of the gov.mo site",
))

L.append(dict(
    url="https://www.ghi888.com/cs/2020/05/SJM-promote-the-fight-against-non-French-League-wild-Bo-Chen-Dafu-other-luk/", shell="news_cn", lang="zh",
    head_title="澳博促联外打击非法网博 陈达夫:对方反应冷淡", title="澳博促联外打击非法网博 陈达夫:对方反应冷淡",
    crumb="", meta=[], credit="文章来源:AllinMedia摘编自Allinmedia 2020 年 4 月 27 日,原标题《梁安琪促禁冒充博企非法网博博监局指曾联系海外打击遭冷待》,文章内容略有删减。",
    date=None, source=None, author=None,
    text="""澳门立法会4月27日辩论本年度经济财政范畴施政方针,立法会议员、澳博控股联席主席兼执行董事梁安琪指,非法博彩网站近年屡禁不止,很多都是借六大博企的名誉去欺骗社会,不单令六大博企成为受害者,更影响社会形象,盼当局加强与其他地区的搜索引擎及社交网站合作,全方位打击非法网博的生存空间。
澳门博监局局长陈达夫回应,澳门的优势在于诚信、环境安全和配套很好,但当局仍会加强监管和立法,巩固现有优势。又称非法网博方面主要交给司警负责,亦会进行很多宣传,与内地网站联络,将非法网博讯息下架。至于能否与内地以外地区联系,陈达夫坦言曾经做过,但对方反应「不太热烈」,外间反应不太积极,但会继续尝试。
另外,澳门经济财政司李伟农认为,未来经济产业多元发展应更扩阔,他举例每年博彩业使用约1.2亿副扑克牌,多元产业可由博彩业延伸出来。""",
    kind="rebuilt-from-text",
    note="reprint, not mirror: a gaming-industry news site's item crediting its source at the foot, on legislators' debate about illegal online gambling; legit; the credit line is kept on the page, out of text; source null (the credit names an excerpt, not a plain 来源)",
))

L.append(dict(
    url="http://hbfcw.cn/csyw/gyfc/202410/t20241018_400464.shtml", shell="gov_fc", lang="zh",
    head_title="公益福彩", title=None, crumb="首页 > 公益福彩", meta=[],
    date=None, source=None, author=None,
    text="""在闲暇之余,购买彩票成为许多人寄托希望与梦想的方式。然而,你知道吗?当你花费2元购买一张双色球彩票时,你不仅是在追求幸运,更是在为公益事业贡献一份力量。
公益金的由来与分配
根据《彩票管理条例》,彩票资金由彩票奖金、彩票发行费和彩票公益金三部分组成。其中,双色球彩票的资金分配具有明确的比例:每买一注2元的双色球彩票,就有0.72元直接成为公益金,用于支持社会福利和公益事业。其余资金则分别用于奖金返还和彩票发行费用等。
公益金的广泛用途
彩票公益金造福于民、服务社会,在养老、助学、医疗、扶贫、赈灾、乡村振兴、社会保障等多个领域发挥着积极作用,为守护人们的美好生活贡献爱心力量。红十字事业、法律援助、文化公益事业、医疗救助、赈灾救灾、养老公共服务、大学生创新创业、出生缺陷干预救助……福彩的公益足迹遍布全国各地,用实际行动诠释了“取之于民,用之于民”的深刻内涵。
每一张彩票的售出
都寄托着对美好生活的向往
也体现了我们对社会责任的一份担当
这份小善举看似微不足道
却能汇聚成改变社会的强大力量""",
    kind="rebuilt-from-text",
    note="a provincial welfare-lottery site's explainer on where lottery public-welfare funds go; legit (lottery); headline not captured (title null)",
))

L.append(dict(
    url="http://lzcbszb.benliuxinwen.com/202304/19/c80873.html", shell="news_epaper", lang="zh",
    head_title="2023年全省福利彩票发行销售工作会议在兰州召开", title="2023年全省福利彩票发行销售工作会议在兰州召开",
    crumb="国内统一刊号:CN62-0017 兰州晨报出版", meta=[("", "2023年04月19日")], caption="会议现场。",
    date="2023-04-19", source=None, author=None,
    text="""4月13日,全省福利彩票发行销售工作会议在兰州召开。会议全面落实全国福利彩票发行销售工作会议部署和全省民政工作会议要求,回顾并总结了近年来全省福利彩票发行销售管理工作,全面部署了2023年福利彩票发行销售工作重点。省民政厅党组成员、副厅长张鸿出席会议并讲话, 省财政厅综合处处长卢昌辉,省民政厅慈社处处长朱端品出席会议,省福彩中心主要负责同志做工作报告。
会议指出,近年来,在省民政厅的坚强领导下,在省财政厅的大力支持下,在中福彩中心的精心指导下,全省福彩系统坚持以习近平新时代中国特色社会主义思想为指导,围绕中心、服务大局,在游戏结构调整和疫情双重影响下,始终坚持党建引领、从严治党、疫情防控、促进销售,取得了新的成绩。2022年全省福彩系统以迎接学习贯彻党的二十大为主线,上下同心抓产品、拓渠道、塑品牌、战疫情、稳运营、保开奖,在逆势逆境中实现稳中向好,全年销售福利彩票20.29亿元,筹集公益金6.74亿元,有力地支持了我省社会公益和民政事业的发展。""",
    kind="rebuilt-from-text",
    note="a Lanzhou morning paper's e-paper report on the provincial welfare-lottery sales meeting; legit (lottery); the paper date is the date; cut third paragraph dropped",
))

L.append(dict(
    url="https://www.casino-magazine.ro/en/nevada-casinos-report-best-month-since-reopening-while-the-head-of-nevada-gaming-control-board-is-stepping-down.html", shell="en_mag", lang="en",
    head_title="Casino Magazine", title=None, crumb="Nevada",
    date=None, source=None, author=None,
    text="""Nevada casinos reported September’s revenues were the highest since casinos reopened and the Head of Nevada Gaming Control Board stepping down.
Nevada has reported year-on-year revenue decreases for the seventh consecutive month but September’s revenues were the highest since casinos reopened in June.
While revenues are up since August, the industry continues to struggle with reduced capacities and a decline in tourism and conventions.
According to a report released by the Nevada Gaming Control Board on Wednesday, casinos generated a total of $821.1m gambling revenue in the state in September.
Although the $821.1m figure represents a 22.4 per cent fall from September 2019, it beats August 2020’s total by $82m.
But the Las Vegas Strip continues to be hit hard by the pandemic, with casinos reporting $354.7m in revenue, down 39.1 per cent year-on-year and up by only $38m from August.
Nevada Gov. Steve Sisolak allowed casinos to reopen on June 4 but the industry continues to struggle with reduced capacity policies and a decline in tourism and conventions.
Head of Nevada Gaming Control Board stepping down
Citing a professional business opportunity that was too good to pass up, Nevada Gaming Control Board Chairwoman Sandra Douglass Morgan has resigned her position as board chairwoman and executive director.
Gov. Steve Sisolak announced Morgan’s resignation Thursday afternoon. She will leave her position effective Nov. 6 “to pursue an exciting professional opportunity,” according to a news release.
Morgan has held the position for nearly two years and was appointed by Sisolak in January 2019.""",
    kind="rebuilt-from-text",
    note="a casino-industry trade magazine's report on Nevada gaming revenue and the regulator's chair resigning; legit (casino business news); headline in the capture only as URL slug (title null)",
))

L.append(dict(
    url="https://gamingcontrolboard.pa.gov/node?page=552", shell="en_gov", lang="en",
    head_title="Pennsylvania Gaming Control Board", title="GAMING CONTROL BOARD BEGINS POSTING GAMING REVENUE REPORTS ON WEB SITE", crumb="PRESS RELEASE",
    date=None, source=None, author=None,
    text="""HARRISBURG: The Pennsylvania Gaming Control Board has begun a weekly posting on its web site of gaming revenues from licensed operators. The reports provide a breakdown on wagering, payouts to patrons and the amount of machines operating.
Gaming Control Board Executive Director Anne Neeb said these reports are another step by the agency to provide information about Pennsylvania’s newest industry.
About the Pennsylvania Gaming Control Board
The Pennsylvania Gaming Control Board is tasked to oversee all aspects of gambling involving 17 land-based casinos, online casino games, retail and online sports wagering, and Video Gaming Terminals (VGTs) at qualified truck stops, along with the regulation of online fantasy sports contests.
The land-based casino industry in Pennsylvania consists of six racetrack (Category 1) casinos, five stand-alone (Category 2) casinos, two resort (Category 3) casinos and four mini-casinos (Category 4). A significant job generator in the Commonwealth, casinos and the other types of Board-regulated gaming generated $2.54 billion in tax revenue in Fiscal Year 2023/24.
Additional information about both the PGCB’s gaming regulatory efforts and Pennsylvania’s gaming industry can be found at gamingcontrolboard.pa.gov.""",
    kind="rebuilt-from-text",
    note="a US state gaming regulator's press release on publishing weekly gaming revenue; legit (gambling regulation)",
))

L.append(dict(
    url="https://lensa.id/penghulu-kute-mengamuk-hancurkan-mesin-judi/79845", shell="id_news", lang="id",
    head_title="Penghulu Kute Mengamuk Hancurkan Mesin Judi", title="Penghulu Kute Mengamuk Hancurkan Mesin Judi",
    byline="Selasa, 28 Mei 2019 12:13 WIB", writer="Written by Julliana Elora",
    date="2019-05-28", source=None, author="Julliana Elora",
    text="""KUTACANE – Penghulu Kute (Kepala Desa) Bambel Gabungan, Kecamatan Bambel, Kabupaten Aceh Tenggara (Agara), Nawi SE mengamuk dan memecahkan mesin judi jackpot yang beroperasi di desa yang dipimpinnya.
“Sudah sangat keterlaluan. Padahal kita sudah beberapa kali memanggil pengelola mesin judi tersebut namun faktanya operasional berjalan terus termasuk pada bulan suci Ramadhan,” kata Nawi yang juga Ketua Asosiasi Pemerintah Desa Seluruh Indonesia (Apdesi) Agara.
Nawi SE kepada Prohaba, Senin (27/5) membenarkan tiga hari lalu dia menghancurkan mesin jackpot yang beroperasi di desanya karena sudah sangat meresahkan.
“Bukan saja meracuni generasi muda dan pelajar tetapi juga berpengaruh pada perekonomian masyarakat yang sedang morat-marit jelang Lebaran Idul Fitri tahun ini,” katanya.
Nawi berharap agar Bupati Agara melalui Satpol PP segera turun ke lapangan menutup operasional judi jackpot di Bambel Gabungan pada khususnya dan berbagai kawasan lain di Agara. “Berdasarkan informasi yang kami dapat, judi jackpot semakin marak di Agara,” demikian Nawi SE.(as)""",
    kind="rebuilt-from-text",
    note="an Indonesian news item: a village head smashes gambling machines; legit (anti-gambling news); related-article links kept out of text",
))

L.append(dict(
    url="https://nusantaranow.com/?p=2173", shell="id_news", lang="id",
    head_title="Nusantaranow", title=None, byline="", writer="",
    date=None, source=None, author=None,
    text="""Makassar- Maraknya judi online menjadi perhatian khusus bagi Pemerintah Kabupaten (Pemkab) Takalar. Sebagai respons, Pemkab Takalar mengeluarkan Surat Edaran Bupati tentang larangan permainan (game) judi online bagi seluruh Aparatur Sipil Negara (ASN) dan penyelenggara negara di Kabupaten Takalar, Senin (01/07/24).
Surat edaran ini ditandatangani PJ Bupati Takalar, Dr Setiawan Aswad. Dalam surat tersebut, ia meminta para Kepala Perangkat Daerah, Camat, Lurah, Tokoh Agama, dan Tokoh Masyarakat untuk menyosialisasikan upaya pencegahan perjudian online di wilayah mereka masing-masing.
Dr Setiawan Aswad secara tegas melarang para ASN di lingkungan Pemkab Takalar bermain judi online dan menggunakan media sosial untuk tindakan yang merugikan.
“Apabila ASN terbukti melakukan judi online, akan diproses sesuai aturan yang berlaku,” ujarnya.
Beliau juga menekankan bahwa penyelenggara negara wajib menjadi teladan yang baik bagi masyarakat dengan tidak melakukan permainan judi online.
Selain itu, masyarakat yang mengetahui adanya ASN dan penyelenggara negara yang melakukan permainan judi online dapat melaporkannya ke Inspektorat Daerah Kabupaten Takalar.
“Mari kita bekerja dengan baik. Dampak dari judi akan menjerat ekonomi keluarga. Supaya tidak terjerat utang piutang atau pinjaman online, ayo hindari. Hidup dengan tertib, kalau punya rezeki lebih, manfaatkan dengan semestinya,” tutup PJ Bupati.""",
    kind="rebuilt-from-text",
    note="an Indonesian news item on a regency's circular banning online gambling for civil servants; legit; headline not captured (title null)",
))

L.append(dict(
    url="https://www.gamingtoday.com/news/illegal-offshore-gambling-sites-infiltrating-college-newspapers/", shell="en_mag", lang="en",
    head_title="Illegal Offshore Gambling Sites Infiltrating College Newspapers", title="Illegal Offshore Gambling Sites Infiltrating College Newspapers", crumb="News",
    disclaimer="Gaming Today may receive referral compensation from the sportsbook company when you claim a bonus offer or promotion through a link on this site.",
    date=None, source=None, author=None,
    text="""Protecting minors from the influence of the legal gambling industry has become a focus for state legislators and gaming commissions as the regulated sports betting market blankets the United States.
The reach of illegal offshore gambling sites remains harder to police. Any minor with a computer is susceptible. That reach has extended into a handful of college newspapers.
A study of national college newspaper websites by Gaming Today revealed that at least two major publications at large state universities with popular athletic programs – The Daily Collegian at Penn State and The Daily Iowan at the University of Iowa – directly link to illegal offshore sites as sponsored links.
Penn State’s main campus lists an enrollment of 46,000. The University of Iowa is at 33,334.
Both publications’ editorial departments are staffed by students, while the business sides, including advertising, are run by professionals. The oversight or the calculus, therefore, would not appear to be made by students.""",
    kind="rebuilt-from-text",
    note="a US gambling-news site's report on offshore gambling links in college newspapers; legit (about gambling, no injection); the affiliate disclaimer is kept on the page, out of text",
))
