# -*- coding: utf-8 -*-
# Legit (not hijacked) pages of real-cases-v50: publishers' own pages on lotteries, betting and gambling regulation.
L = []

L.append(dict(
    url="https://ec.ltn.com.tw/article/breakingnews/5360264", tpl="tw_money", enc="utf-8", lang="zh-Hant",
    form="legit-lottery-news", title=None, date="2026-03-05", source=None, author=None,
    caption="財政部表示，台彩春節期間共加碼15.4億元，帶動彩券銷售增加82.4億餘元。（記者鄭琪芳攝）",
    paras=[
        "〔記者鄭琪芳／台北報導〕財政部國庫署表示，台彩今年春節期間規劃加碼促銷方案，根據統計，加碼期間（2月12日至3月3日）共加碼15.4億元，帶動彩券銷售增加82.4億餘元，今年春節期間電腦型彩券銷售金額為127.04億元，低於去年春節期間的134.2億元，研判是今年威力彩及大樂透頭獎未累積巨額獎金。",
        "國庫署副署長林秀燕表示，台彩過年前宣布今年春節加碼12億元，因開出獎金較多，實際加碼金額共15.4億元。公益彩券發行有助於增裕社會福利財源及促進弱勢族群就業，2025年為第5屆公益彩券發行第2年，全年累計銷售金額1649億元、盈餘367億元，創史上新高，共協助弱勢族群7萬1977人就業。",
        "財政部國庫署說明，2025年度公益彩券原訂銷售目標及盈餘目標分別為1410億元及308億元，年度結算後的銷售及盈餘目標達成率分別為117％、119％，銷售成果亮眼。公益彩券盈餘已依法專款專用於補助國民年金165億元、全民健康保險準備18億元，以及分配予地方政府運用於社會福利支出184億元，包含辦理兒少、婦女、老人、身心障礙者福利及社會救助等事項，有助各項社會福利業務推動。",
        "國庫署表示，在促進弱勢族群就業方面，公益彩券經銷商為具工作能力的身心障礙者、原住民及低收入單親家庭；2025年12月底經銷商人數合計7萬1977人，如果再計入其所聘僱員工及彩券周邊產業相關從業人員，將對於促進就業更具加乘效果。",
    ],
    origin="legit: a national daily's business-section report on the finance ministry's figures for the lottery's new-year prize top-ups and the year's public-welfare surplus (publisher's own page). The photo caption is not text; the reporter is named only in the dateline bracket (author null). The date is the page's stamp as stored with the capture. The last paragraph's final sentence breaks off and is dropped.",
))

L.append(dict(
    url="https://kaopingtimes.com/archives/44851", tpl="tw_local", enc="utf-8", lang="zh-Hant",
    form="legit-betting-regulation", title=None, date=None, source=None, author="曾志豪",
    caption="圖/體育署", byline="南部最大聲/記者 曾志豪 報導",
    paras=[
        "教育部體育署為健全運動彩券發行,維護運動彩券投注標的賽事公平,配合實務運作中意圖影響運動競技賽事公平者之行為樣態,參考「運動產業發展條例」修正「運動彩券發行條例」第21條及第21條之1,並經立法院114年6月17日三讀通過。",
        "本條例修正重點說明如下:",
        "一、第21條第1項至第3項,增列以利誘之方法妨害投注標的運動競技賽事公平者、意圖營利犯罪及加重結果犯之刑罰。",
        "二、原第21條及第21條之1第4項,基於一事不二罰原則,適切區分刑事處罰及行政處罰,爰刪除擁有運動團隊經營權者、發行機構及其員工等人員,未主動配合檢察及司法警察機關調查等處以罰鍰之規定,回歸依刑事訴訟法及刑法辦理。",
        "體育署表示,發行運動彩券之盈餘,對於國內運動人才培育以及整體運動環境提升,具有重要的助益,本次修正第21條及第21條之1,將與「運動產業發展條例」共同維護運動競技賽事公平,有效遏止人為因素介入彩券發行,達成運彩的永續發展,兼及振興體育、照顧運動人才與促進社會公益之目的。",
    ],
    origin="legit: a regional news site's report on the amendment of the sports-lottery issuing act against match-fixing, passed by the legislature (publisher's own page). The byline names the reporter (author); the image credit is not text. No headline or date in the capture.",
))

L.append(dict(
    url="https://www.ltsports.com.tw/other/complex/104760-2014-05-30-14-51-02", tpl="tw_sports", enc="big5", lang="zh-Hant",
    form="legit-betting-regulation", title="運彩》立院三讀通過部分條文修正案  穩定盈餘收入", date=None, source=None, author=None,
    paras=[
        "行政院函請立法院審議之「運動彩券發行條例」部分條文修正草案,歷經立法院教育文化委員會審查會審查通過及2次朝野黨團協商,立法院於今(30)日下午三讀通過。教育部體育署對立法委員與各界之支持,及各委員於審查時所提供之寶貴意見,表示感謝。",
        "有鑑於運動彩券自97年發行迄今,雖在99年訂定專法,但營運6年期間仍有許多事項是立法當時無法預想之狀況,為強化主管機關對運動彩券發行之監管能力,約束發行機構及受委託機構對內部進行有效之管理,於101年起開使著手修法作業,本次增修11條條文,修正重點如下:",
        "一、增訂發行機構於發行運動彩券期間,應依主管機關所定之遴選條件達成銷售目標,未達成者,應補足盈餘。",
        "二、為確保發行機構及受委託機構之正常營運,增訂要求其等應建立內部控制及稽核制度並於其等有業務、財務或員工異常狀況時主動通報之義務。",
        "三、為防範發行機構及受委託機構員工利用職務謀取不法利益,令其負擔較刑法第342條背信罪更重之責任,並課予發行機構、受委託機構及其員工配合調查之義務。",
        "四、重行檢視罰則規定所定各種違規態樣,按其可責程度及所生之影響,修正並提高罰鍰額度。",
        "五、修正主管機關得限制或廢止發行機構與受委託機構關於運動彩券之發行及銷售之情形,並增訂發行機構遭廢止發行或銷售運動彩券時,仍應補足盈餘之規定。",
        "教育部體育署表示,本次「運動彩券發行條例」修正條文自公布日施行,為讓運動彩券的監督管理工作得以無縫接軌,刻正積極辦理相關配套作業,期維護政府發行運動彩券業務之公平性、公正性及永續性。",
    ],
    promo=(2, "品勢天菜型男!世錦賽金牌黃靖彤的跆拳道之路 》"),
    extra=["更多綜合報導 》"],
    origin="legit: a sports daily's report on the legislature passing amendments to the sports-lottery issuing act (publisher's own page). The promoted-story link inside the text and the 'more reports' link are page chrome. The date is only in the url, so null. Served Big5 here (UTF-8 fallback if needed).",
))

L.append(dict(
    url="http://m.mengou.net/96449.html", tpl="cn_mobile", enc="utf-8", lang="zh",
    form="legit-anti-gambling-news", title=None, date="2017-08-25", source=None, author=None,
    stamp="2017-08-25 21:40:08", orig="原标题:新化又抓27人!",
    paras=[
        "近日,新化公安多次接到网友网上发帖举报,反映“新化芦茅江二井区域赌博活动猖獗,因地处上梅、炉观、科头三地交界处,属‘三不管’地带,希望公安查处。”获悉该舆情后,新化县公安局党委高度重视,立即组织相关单位召开专题会议,研究部署整治行动。",
        "8.24!多警联动,捣毁赌博窝点3个,又抓获涉赌人员27名!",
        "8月24日20时许,在新化县公安局党委的统一指挥调度下,由治安大队牵头,组织巡特警大队、上梅派出所、炉观派出所、科头派出所等多警种展开联合行动,出动警力40余人,分为三个行动组,一举捣毁3个麻将馆赌博窝点,抓获涉赌人员27人,收缴赌博工具和赌资若干。",
        "经查,这三个赌博场所主要采取“炸金花”、转转麻将和红中麻将等方式进行赌博,因参与人数众多,对当地居民生产和生活造成不良社会影响。",
        "目前,所抓获的27名涉赌人员中, 9人被警告教育,18人被处行政拘留!",
    ],
    origin="legit: a mobile news portal's page carrying a county police report on raiding three mahjong-parlour gambling dens, with the original headline credited ('原标题:…'); a reprint under the portal's own chrome, not a mirror (the portal re-titles and credits, it does not pass the page off as the police's). The timestamp gives the date; the 原标题 line is not text. No headline in the capture.",
))

L.append(dict(
    url="https://www.philippinenews.com/the-outsider-pagcor-chief-twits-online-gaming-ban-bad-idea-that-will-benefit-only-illegal-pogos/", tpl="en_column", enc="utf-8", lang="en",
    form="legit-gambling-regulation", title=None, date="2024-07-19", source=None, author=None,
    kicker="The Outsider",
    paras=[
        "What began as a customary Senate inquiry has evolved into a full-blown scandal engulfing a town mayor, police officers, prominent politicians and a few of the high and mighty.",
        "As soon as the controversy erupted, the illegal POGO companies fell one by one in a manner likened to the “shit hitting the fan”, and everyone got smeared along the way, including the duly-licensed POGO or Philippine Offshore Gaming Operators.",
        "Amid the raging brouhaha, Pagcor Chairman and CEO Alejandro Tengco found himself being drawn into the fray.",
        "Since Pagcor is the supposed regulator of gaming in this country, Tengco understandably can’t skip Senate summons for him to testify or risk being cited in contempt.",
        "Tengco, who has been named “Executive of the Year” by a prestigious award-giving body in global gaming early this year, lived up to this billing.",
        "With Senator Sherwin Gatchalian presiding over the Senate iquiry, Tengco gave senators details of what he knew including those who had lobbied or have been lobbying for POGO licenses to operate.",
        "Soon enough, Tengco dropped a bombshell by naming former Duterte spokesman Harry Roque as one of those who were lawyering for a POGO company.",
        "But Tengco didn’t say whether it was an illegal POGO or a duly-licensed one which got Roque to sign up and put his reputation at stake.",
        "Illegally operating POGOs and the perceived social evils they bring about led many senators to rethink their position on the game of chance.",
        "Two senators went a step farther in their apparent bid to score more “pogi points” among the voters by filing legislative proposals that seek to impose a nationwide ban against online gambling: Senator Peter Alan Cayetano filed Senate bill 63 while Senator Joel Villanueva crafted SB 1281, a proposal that the Pagcor chief opposed for a sound reason.",
    ],
    origin="legit: a community paper's column on the gaming regulator's chief and the Senate bills to ban online gambling (publisher's own page). The column name is a kicker, not the headline (not in the capture: title null); the date is the page's stamp as stored with the capture. The next paragraph breaks off and is dropped.",
))

L.append(dict(
    url="https://theviennatimes.com/2013/04/commissioners-pass-video-gaming-resolution/", tpl="en_weekly", enc="utf-8", lang="en",
    form="legit-gambling-regulation", title="Commissioners pass video gaming resolution", date=None, source=None, author=None,
    topdate="Friday, October 20, 2017",
    paras=[
        "The Johnson County commissioners met for a regularly scheduled meeting Monday in which the board approved a Video Gaming Resolution requiring operators to register with the county and paves the way for the county to collect its share of the gaming revenue.",
        "The ordinance establishes a $25 registration fee per each machine in an establishment. The state of Illinois’ Video Gaming Act passed last year allows for up to five machines in a licensed establishment.",
        "Currently, only three establishments in Johnson County are licensed by the Illinois Gaming Board for Video Gaming and only one of the three is in operation.  The resolution passed Monday is to include language to allow a municipality in Johnson County to provide its own ordinance and thereby establish its own registration fee not to be collected by the county but by the municipality issuing the registration.",
        "Upon passing the video gaming resolution, the commissioners moved to new business in which the proposal to sign a letter of support in asking the state of Illinois to place a two-year moratorium on the process of hydraulic fracturing was debated and provided for “no action” as the commissioners said more time was needed to study the issues.",
        "The commissioners approved the Goreville Area Council on Aging contract, which was to include the ability of the council to rent its building out and charge accordingly for it.  It was noted that the building currently has broken windows in need of repair and a request for estimates to repair the damage was made.",
        "An engineering agreement between the State of Illinois and Johnson County was approved for the construction of a bridge on Creal Springs Road.  The bridge will replace an aging culvert in which its floor has long since deteriorated.",
    ],
    origin="legit: a county weekly's report on commissioners passing a video-gaming registration resolution (publisher's own page). The date in the masthead is the site's day stamp when captured, not the story's (date null; the month is only in the url). The next paragraph breaks off and is dropped.",
))

L.append(dict(
    url="https://americanwirenews.com/colleges-quietly-working-with-betting-companies-could-reap-millions-from-student-gambling/", tpl="en_wire", enc="utf-8", lang="en",
    form="legit-gambling-policy", title="Colleges quietly working with betting companies, could reap millions from student gambling", date=None, source=None, author=None,
    paras=[
        "While President Joe Biden has been insisting he can simply “forgive” billions of dollars in student loans, universities have been teaming up with online sports betting companies and raking in the money by encouraging students on campus to gamble their money away.",
        "It’s part of what The New York Times describes as a “far-reaching but secretive campaign by the nascent online sports-gambling industry” to get students to part with what little money they have in the name of Team Spirit.",
        "And, of course, the participating colleges are making bank off the deals.",
        "In a September 2021 email to Michigan State University’s athletic director, Alan Haller, Paul Schager, the executive associate athletic director for external relations, discussed a proposed deal with Caesars Sportsbook.",
        "“Alan, if we are willing to take an aggressive position, we have a $1 M/year deal on the table with Caesar’s,” Schager stated.",
        "That, according to emails obtained by The Times, turned out to be just the tip of the iceberg.",
        "“In the end, the company proposed a deal worth $8.4 million over five years,” The Times reports. “It was, a member of the negotiating team said in another email, ‘the largest sportsbook deal in college athletics.'”",
        "Also in 2021, Louisiana State University inked a similar deal with Caesars.",
        "To celebrate the deal, the university sent out an email to, among others, students who were not yet 21 and not legally allowed to gamble, encouraging them to “place your first bet (and earn your first bonus).”",
        "“And when the University of Colorado Boulder in 2020 accepted $1.6 million to promote sports gambling on campus, a betting company sweetened the deal by offering the school an extra $30 every time someone downloaded the company’s app and used a promotional code to place a bet,” The Times reveals.",
    ],
    origin="legit: a news-commentary site's piece on universities' sponsorship deals with sportsbooks, quoting a national daily's investigation (publisher's own page). The quoted promotional phrase is article text, not spam. No byline or date in the capture; the next paragraph breaks off and is dropped.",
))

L.append(dict(
    url="https://betlab.ph/news/regulatory/pagcor-bans-pogo-hubs", tpl="en_trade", enc="utf-8", lang="en",
    form="legit-gambling-regulation", title=None, date=None, source=None, author=None,
    paras=[
        "The Philippine Amusement and Gaming Corporation (PAGCOR) announced it will no longer allow the creation of new Philippine Offshore Gaming Operator (POGO) hubs. PAGCOR Chairman and CEO Alejandro Tengco made the announcement on Wednesday during a Senate inquiry into illegal activities linked to POGOs.",
        "In July 2023, PAGCOR introduced updated regulations for POGOs. It now refers to them officially as “Internet Gaming Licensees” or IGLs. Since then, PAGCOR has steadily tightened its oversight measures.",
        "Tengco emphasized that PAGCOR will closely monitor the 43 remaining licensed POGO firms across the country. He said the agency has already deployed dedicated “24/7 teams” to oversee daily operations. “Hopefully, that can deter illegal activities. If we detect anything suspicious, we will immediately report it to the police,” Tengco stated during the hearing.",
        "He described the new policy banning POGO hubs as part of ongoing regulatory “enhancements.” According to Tengco, “We’re coming out with certain guidelines. We’re already banning hubs.”",
        "However, despite the announcement, Tengco did not specify what PAGCOR defines as a POGO “hub.” Multiple media outlets reported the lack of clarification following his testimony.",
        "This move to ban new POGO hubs follows increasing calls from lawmakers and political blocs to outlaw the entire POGO sector. Tengco acknowledged the growing opposition and added that PAGCOR would respect any decision by Congress or President Ferdinand Marcos Jr. to implement a complete ban on POGOs.",
        "POGOs continue to face serious criticism. Several issues, including tax evasion, illegal labor practices, and failure to pay regulatory fees, have plagued the industry. These problems have damaged the sector’s credibility, according to prior PAGCOR statements.",
        "Despite the intensifying debate, officials have not yet formally discussed a full ban on POGO licenses.",
    ],
    origin="legit: a betting-news site's regulatory item on the regulator banning new offshore-gaming hubs (publisher's own page; the site's trade is gambling news, the page is lawful regulation news). No headline or date in the capture; the last sentence breaks off and is dropped.",
))

L.append(dict(
    url="https://mandarnews.com/ratusan-mahasiswa-unsulbar-deklarasi-perang-judi-online-dua-menteri-tampil-di-unsulbar", tpl="id_portal", enc="utf-8", lang="id",
    form="legit-anti-gambling-news", title=None, date=None, source=None, author=None,
    caption="Ratusan maba Unsulbar secara bergantian menandatangani petisi menolak judol.",
    paras=[
        "Majene, mandarnews.com – Perang terhadap judi online (judol) terus bergaung di berbagai daerah. Di Majene, Sulawesi Barat, ratusan mahasiswa Universitas Barat (Unsulbar) bersama dosen menggelar deklarasi menyatakan perang terhadap judol.",
        "Dua menteri Kabinet Indonesia Maju tampil di Unsulbar memberikan motivasi dalam rangkaian kegiatan tersebut.",
        "Berlokasi di halaman kampus Fakultas Ilmu Sosial, Ilmu Politik dan Hukum (FISIP Hukum) Unsulbar, yaitu kampus Talumung di Kelurahan Tande Timur, ratusan mahasiswa dari berbagai angkatan menggelar aksi penandatanganan petisi perang terhadap judol, Selasa (13/8).",
        "Selain mahasiswa, aksi penandatanganan petisi itu juga dilakukan para pimpinan fakultas, Dekan Dr. Burhanuddin bersama para wakil dekan, dosen, serta tenaga kependidikan.",
        "Aksi petisi tolak judol yang merupakan bagian dari kegiatan Pengenalan Kehidupan Kampus bagi Mahasiswa Baru (PKKMB) FISIP Hukum disi juga dengan tampilnya dua menteri Republik Indonesia RI, masing-masing Menteri Agama Yaqut Cholil Qoumas dan Menteri Pariwisata dan Ekonomi Kreatif/Kepala Badan Pariwisata dan Ekonomi Kreatif Sandiaga Salahuddin Uno melalui jaringan video.",
        "“Di masa awal masa perkuliahan ini adalah momentum untuk membulatkan tekad kita untuk bersama mencegah praktik judi, baik itu offline atau judi online,” tegas Ketua PKMMB FISIP Hukum, Ikhsan Taufiq, M.Si.",
        "Seruan Menteri",
        "Menurut Menteri Yaqut, saat ini masih marak praktik judol yang selain melanggar ajaran agama dan aturan hukum, juga tentunya tidak produktif dan sangat merugikan.",
        "Beliau pun meminta agar mahasiswa Unsulbar tidak ikut- ikutan, namun justru harus ikut aktif dalam gerakan pemberantasan judol.",
        "“Sebagai calon pemimipin masa depan, mahasiswa Unsulbar tumbuh sebagai mahasiswa produktif, dan jangan sampai menjadi tukang judi. Manfaatkan waktu untuk belajar, timba pengalaman, ciptakan karya,” kata Menteri Yaqut.",
    ],
    origin="legit: a regional news site's report on students and staff of a provincial university signing a petition against online gambling, with two ministers on video (publisher's own page). The photo caption is not text; the subhead is kept as a text line. No headline or date in the capture; the next paragraph breaks off and is dropped.",
))

L.append(dict(
    url="https://educationnews.in.th/news.php?item=68a37642c0eb8c400037cbdcbfd945e5", tpl="th_edu", enc="tis-620", lang="th",
    form="legit-anti-gambling-news", title="อธิการธัญบุรี เตือนดูบอลเล่นพนันมีปัญหาหมดอนาคต", date=None, source=None, author=None,
    paras=[
        "รศ. ดร. ประเสริฐ ปิ่น ปฐม รัฐ อธิการบดี มหาวิทยาลัย เทคโนโลยี ราช มงคล (ม ทร.) ธัญ บุรี เปิดเผย ว่า ปัญหา เรื่อง นักศึกษา เล่น พนัน ฟุตบอล จน ก่อ ให้ เกิด ปัญหา มากมาย จนถึง ขั้น ต้อง หมด อนาคต เนื่องจาก ติด หนี้ พนัน ฟุตบอล ซึ่ง ตน มี ความ เป็น ห่วง ใน เรื่อง ดังกล่าว เป็น อย่าง ยิ่ง ประกอบ กับ ใน ช่วง การ แข่งขัน ฟุตบอล โลก ยัง อยู่ ใน ช่วง ปิด เทอม เนื่องจาก ใน ปี การ ศึกษา 2557 มหาวิทยาลัย ฯ เลื่อน เปิด เทอม เป็น 18 สิงหาคม 2557 ซึ่ง คง ต้อง เชิญ ชวน ท่าน ผู้ ปกครอง ได้ เข้ม งวด กวด ขัน และ ดู พฤติกรรม ของ ลูก ว่า อยู่ ใน ข่าย ที่ เล่น พนัน ฟุตบอล หรือเปล่า",
    ],
    origin="legit: an education-news site's item on a university rector warning students against betting on World Cup football (publisher's own page). The capture spaces the Thai words apart and is kept so; it breaks off in the next sentence ('อย่างไรก็ตาม …'), which is dropped. Served TIS-620 (Thai) here (UTF-8 fallback if needed). No date in the capture.",
))

L.append(dict(
    url="http://www.jemin.com/news/articleView.html?idxno=549311", tpl="ko_daily", enc="euc-kr", lang="ko",
    form="legit-casino-regulation", title=None, date=None, source=None, author="양경익",
    paras=[
        "제주도는 오는 15일부터 16일까지 라마다프라자 제주호텔에서 '2018 제주 국제카지노정책 포럼'을 개최한다고 5일 밝혔다.",
        "이번 포럼은 '지역사회와 상생하는 제주 카지노산업'이라는 주제로 일본, 싱가포르, 마카오 등 국내·외 관계자 300여명이 참석할 예정이다.",
        "정책포럼에서는 △일본의 복합리조트 도입과 영향 △제주 카지노산업과 관광산업의 공동 마케팅 전략 △지역사회와 상생을 위한 카지노 기업의 역할 △카지노산업이 지역사회에 미치는 영향 등에 대한 주제로 세션도 운영된다.",
        "자세한 일정과 프로그램은 포럼 공식 웹사이트(http://www.2018icpf.com)에서 확인 가능하며 참가 희망자는 오는 9일까지 온라인 등록이 가능하다.",
        "제주도 관계자는 \"이번 포럼을 계기로 제주 카지노산업 발전에 기여할 것으로 예상된다\"며 \"정부·학계·업계·시민단체가 함께 모여 카지노에 대한 다양한 논의를 통해 제주 카지노산업의 지속가능한 발전 환경이 조성될 것으로 기대하고 있다\"고 밝혔다.",
    ],
    sign="양경익 기자", extra=["저작권자 © 제민일보 무단전재 및 재배포 금지"],
    origin="legit: a provincial daily's report on the island government's international casino-policy forum (publisher's own page). The reporter's sign-off gives the author; the copyright line is chrome. No headline or date in the capture. Served EUC-KR here (UTF-8 fallback if needed).",
))

L.append(dict(
    url="https://www.donga.com/news/Inter/article/all/20070625/8458587/1", tpl="ko_portal", enc="utf-8", lang="ko",
    form="legit-casino-regulation", title="국내 첫 카지노 국제회의 열린다", date="2007-06-25", source=None, author="유재동",
    stampline="입력 2007년 6월 25일 17시 03분",
    paras=[
        "국내에서 사상 처음으로 카지노 관련 국제회의가 열린다.",
        "한국카지노업관광협회는 25일 카지노협회가 주최하고 강원랜드 등이 주관하는 '카지노 산업 발전과 전략에 관한 국제 컨퍼런스'가 다음달 10일부터 이틀간 서울 밀레니엄 힐튼호텔에서 열린다고 밝혔다.",
        "카지노협회는 \"이번 회의는 관광 산업으로서의 카지노 산업 발전 방안과 최근 증가추세인 도박중독 예방을 위한 협조 방안 등이 주로 논의될 것\"이라고 설명했다.",
        "지금까지 카지노 관련 국제회의는 주로 미국의 라스베이거스나 싱가포르, 마카오 등지에서 열렸다.",
        "한국이 이번에 카지노 국제회의를 유치하게 된 것은 강원랜드 등이 설립되면서 국내 카지노 산업의 규모가 급속히 커지고 있기 때문이라고 협회 측은 밝혔다. 이번 회의에는 200여 명의 국내외 카지노 업계 인사들이 참가할 것으로 예상된다.",
    ],
    sign="유재동기자 jarrett@donga.com",
    origin="legit: a national daily's report on the first casino-industry international conference to be held in the country, including problem-gambling prevention (publisher's own page). Headline and the 입력 stamp (date) from the page; the sign-off ('유재동기자' and a mail address) gives the reporter (author). The reaction buttons and comment counter are chrome.",
))
