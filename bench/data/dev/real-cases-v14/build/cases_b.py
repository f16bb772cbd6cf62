# -*- coding: utf-8 -*-
"""Real cases v14, part B: a real injection (verbatim from a public issue thread or a captured page) placed into a
real clean page's captured text. Wrappers marked 'reconstruction' in the origin are not verbatim."""

LEAFLET_JS = """<script>
    var lang = navigator.languages ? navigator.languages[0] : (navigator.language || navigator.userLanguage);
    if (lang) lang = lang.substring(0, 2);
    console.log('lang: ' + lang);

    var country = 'IE';

    var msg = 'Your computer is infected. You have to check it with antivirus.';

    if (lang == 'es') msg = "Su navegador contiene malware. Usted tiene que instalar la herramienta de eliminación de malware Chrome.";
    if (lang == 'it') msg = "Il tuo browser contiene malware. È necessario installare strumento di rimozione malware Chrome.";
    if (lang == 'fr') msg = "Votre navigateur contient MALWARE. Vous devez installer l'outil de suppression de logiciels malveillants Chrome.";
    if (lang == 'pt') msg = "Seu navegador contém malware. Você tem que instalar o Ferramenta de remoção Chrome Malware.";
    if (lang == 'de') msg = "Ihr Browser enthält MALWARE. Sie müssen Chrome Malware Removal Tool zu installieren.";
    alert(msg);
</script>"""

DEFACE_HTML = """<div class="red-bar">⚠️ Hacked by BANGLADESH CYBER SECURITY 24 ⚠️</div>
    <div class="container">
        <p class="message">🔥 SILENT ENTRY, LOUD IMPACT. BANGLADESH CYBER SECURITY 24 STRIKES AGAIN.🔥</p>
        <p class="message">💀 WE WALK THE DIGITAL DARKNESS. YOU WON’T SEE US COMING. 💀</p>
    </div>
    <audio src="bg.mp3" autoplay loop controls></audio><br> 
    <a href=" https://www.facebook.com/Fs.Shanto.26" class="contact-btn">Contact Us</a>
    
    <div id="footer-line" class="footer-line"></div>

    <script>
        const footerLine = document.getElementById('footer-line');
        const text = "This is just the beginning. The digital revolution is ours. Powered by BANGLADESH CYBER SECURITY 24";
        let index = 0;

        function typeFooterLine() {
            if (index < text.length) {
                footerLine.innerHTML += text.charAt(index);
                index++;
                setTimeout(typeFooterLine, 100);  // Adjust the speed of typing effect (100ms per character)
            }
        }

        window.onload = function() {
            typeFooterLine();
        };
    </script>"""

UMIN_LINES = ["バイアグラの購入方法",
              "現在、日本国内でバイアグラを購入する方法は以下の方法となる。",
              "来院による処方", "オンラインによる処方", "インターネットで個人輸入",
              "バイアグラ通販の注意点",
              "国内承認済みの先発バイアグラやジェネリックを国内の通販サイトで購入することは不可。処方せん医薬品であるため、服用には医師の診察が不可欠となる。"]

DEFACE_ID_JS = """<script type="text/javascript">
        text  =  "Situs ini telah diretas. Silakan kembali lagi nanti
        " ;  //H
        string2array ( teks ) ;
        pemisah ( ) ;
//dokumen.tulis(teks);
      </script>"""

CASES_B = [
dict(key="heping", url="http://www.heping.gov.cn/xwzx/jrhp/content/post_388525.html", site="www.heping.gov.cn",
     title="县长黄海生主持召开专题会议", date="2020-08-10", source="本网", author=None, lang="zh", encoding="utf-8", shell="gov_simpl",
     paras=["8月3日晚,县长黄海生主持召开专题会议,研究广东省文化科技卫生“三下乡”主场活动(和平县)筹备工作。",
            "会议听取了广东省文化科技卫生“三下乡”主场活动(和平县)筹备工作情况汇报,与会的相关单位负责人就活动实施方案进行了研究讨论。",
            "据了解,2020年广东省文化科技卫生“三下乡”主场活动将于8月20日-21日在我县举行,活动分启动仪式、文化科技卫生县城服务活动、分会场活动三个板块进行,我县设1个主会场、10个分会场。",
            "黄海生指出,广东省文化科技卫生“三下乡”主场活动在我县举行,是宣传和平、推介和平、树立和平良好形象的一次难得机会,是在疫情防控常态化和经济下行压力下提振发展信心的活动,更是充分对外展示我县多年来教育文化医疗事业发展成果的重要窗口,各级各部门必须高度重视,以最好的组织、最美的城乡面貌、最振奋的精神、最优的作风切实把此次活动筹备好、举办好。",
            "黄海生要求,要组织好此次活动,各部门要强化组织领导,明确责任分工,确保每个环节、每个步骤有专人负责,同时要做好活动各项材料的准备,扎实做好活动期间疫情防控、交通安全以及气象监测等工作,为活动的顺利举办提供坚强保障。要宣传好此次活动,精心做好活动宣传材料的准备,加强环境整治,强化服务管理,以干净整洁有序的城乡面貌、良好的干部作风以及周到的服务迎接广东省文化科技卫生“三下乡”主场活动的举办。",
            "县领导袁华丽、陈雄、吴维红参加会议。"],
     head=LEAFLET_JS, spam=["Your computer is infected. You have to check it with antivirus."],
     injections=["script_fake_malware_alert", "script_language_check"],
     origin="github Leaflet/Leaflet #5457 (script found running on a project homepage, quoted verbatim up to the German message; the language line cut in the capture and the closing alert(msg) are a reconstruction) (issue thread, corpus issues); page text: pages corpus capture (search: '皇冠体育 hg0088 县 镇 召开 工作会议 部署')",
     kind="real-injection-in-real-page"),

dict(key="gist", url="http://sib.gist.edu.cn/2021/0414/c434a32949/page.htm", site="sib.gist.edu.cn",
     title="“青春正当时,我们打球去”---学校篮球联赛正式开赛", date="2021-04-14", source=None, author=None, lang="zh", encoding="utf-8", shell="vsb_school",
     views="1050",
     paras=["为营造良好的体育文化氛围,推进健康校园建设,促进群众体育、竞技体育、校园体育文化等各领域全面协调可持续发展,打造具有高博特色的体育文化品牌,充分发挥好体育文化的育人功能,推进我校体育发展迈上新台阶。为此,学校决定于4-5月在全校范围内开展2021年春学期体育文化系列活动,其中,篮球联赛于414日在篮球场开赛。此次比赛由学生工作部(处)、团委、人文与社会科学学院主办,体育教研室、国际商学院分团委承办。",
            "下午1530分,伴随着哨声的响起,比赛正式拉开帷幕,现场的气氛急剧攀升!狭路相逢勇者胜,双方很快进入了激烈的角逐。赛场上,双方比拼很激烈,团队之间的默契传球、完美配合。队员间熟练地运球、传球,对阵双方积极地拼抢、精准地投篮,引来围观同学一阵阵地喝彩。在场的观众情绪高涨,奋力呐喊,呐喊声充斥着整个球场,为各自支持的球队加油助威,喝彩声也一浪高过一浪。最终19国商队和19机电队首战告捷。",
            "近代著名教育家蔡元培所言:“完全人格,首在体育”。结合当今时代,我们更加意识到:学校体育是学校教育中必不可少的部分,是培养德智体美全面发展的社会主义建设人才的重要方面。本次篮球赛选手奋力拼搏,努力追求更快、更强的精神品质,充分发扬体育精神!同时也极大的促进了各学院间的友好交流,丰富了同学们的业余生活,也让同学们感受团结合作,努力拼搏的体育精神!",
            "(国际商学院团委)"],
     top=DEFACE_HTML,
     spam=["Hacked by BANGLADESH CYBER SECURITY 24", "SILENT ENTRY, LOUD IMPACT. BANGLADESH CYBER SECURITY 24 STRIKES AGAIN.", "WE WALK THE DIGITAL DARKNESS. YOU WON’T SEE US COMING.", "Contact Us"],
     injections=["deface_banner_above_article", "script_typewriter_text"],
     origin="github hui-z/image_gallery_saver #372 (defacement markup posted in a thread, body block quoted verbatim; placed above the article as a partial defacement: a reconstruction) (issue thread, corpus issues); page text: pages corpus capture (search: '天博 综合 体育 官方 网站 学校 新闻 举行'); image captions left out",
     kind="real-injection-in-real-page"),

dict(key="wuhai", url="http://jyj.wuhai.gov.cn/jyj/jyxw/xxrcdt/582184/index.html", site="jyj.wuhai.gov.cn",
     title=None, shown_title="学校日常动态", date=None, source=None, author=None, lang="zh", encoding="gbk", shell="gov_simpl",
     paras=["2018年9月19日上午,2018年乌海市第六中学“校长杯”校园足球联赛启动仪式在乌海六中田径场隆重举行,全校3000多名师生参加了启动仪式,启动仪式上,副校长邢书廷做了热情洋溢的讲话,讲述了足球的起源到足球的演变过程,一直到现代足球的发展历史,同时,代表学校对本次“校长杯”校园足球联赛的美好祝愿。最后,校长燕林宣布2018乌海六中“校长杯”校园足球联赛开赛,并为首场比赛开球。足球联赛预计为期一个月,在10月下旬结束。"],
     bottom="<div style=\"display:none\"><h2>%s</h2><p>%s</p><ul><li>%s</li><li>%s</li><li>%s</li></ul><h3>%s</h3><p>%s</p></div>" % tuple(UMIN_LINES),
     spam=UMIN_LINES, injections=["hidden_div_pharma_ja"], encode_ncr=True,
     origin="Japanese pharma text verbatim from a spam page planted on an academic hosting service (pages corpus capture plaza.umin.ac.jp, search: 'バイアグラ 通販 激安 お知らせ 学部 ニュース 講演会'); the display:none wrapper is a reconstruction; page text: pages corpus capture (search: '球盟会 学校 新闻 活动 发布日期'); the capture shows no headline (shown title is the column name, truth title null); GBK page",
     kind="real-injection-in-real-page"),

dict(key="gzhu", url="https://youth.gzhu.edu.cn/info/1024/1294.htm", site="youth.gzhu.edu.cn",
     title="【卫斯理安学院】我校卫斯理安学院举行万圣节派对", date="2014-11-01", source=None, author=None, lang="zh", encoding="utf-8", shell="vsb_school",
     paras=["本网讯  1031日万圣节,我校卫斯理安学院于学生活动中心举办了万圣节派对。我校校长助理兼卫斯理安学院院长李毅、团委副书记林焕清、美国卫斯理安学院院长Vivia Lawton FowlerSteve Farr等领导出席本次派对。",
            "悬挂的南瓜和幽灵拉花,各摊位前的南瓜灯笼,蓝紫闪亮的小串灯,不断变幻颜色的射灯……整个派对现场被装饰得高端大气,洋溢着万圣节的气氛。而派对参加者更是精心准备,装扮成马脸人身、僵尸、女巫等各具特色的有趣形象。",
            "在派对开始前,李毅校长助理作欢迎辞,表示举行这次派对是为了让同学们在中国体验美国文化,借助这个节日同学们可以尽情享受欢乐,对美国文化有个更深入的 了解,为以后到国外学习积累经验。而美国卫斯理安学院的院长Vivia亦为同学们介绍了万圣节的起源和各种风俗,并与同学们分享了万圣节的有趣传统。",
            "派对上,主持人介绍了鬼小姐的复仇故事,并宣布失败者会遭受到“鬼小姐”的惩罚,为整个万圣节派对添上一笔恐怖色彩。在这过程中,“鬼小姐”不时发出诡异 的笑声,令人毛骨悚然。另外,本次派对设置了“鬼上身”特色游戏。游戏中,失败者的惩罚是两人合作夹着气球走并在终点将气球夹爆。期间,李毅校长助理和 Steve Farr院长更是亲自上场,并在全场的欢呼声中一起夹爆了气球。在愉快的游戏过后,轻松欢快的兔子舞,优雅烂漫的华尔兹,疯狂的快闪更是一次次地把派对的 气氛推向高潮。"],
     inject_after=2, inject_html="<p><a href=\"https://brittanytoliver.com/bbs/board.php?bo_table=blog&amp;wr_id=1\">먹튀검증 체크리스트 – 신규 토토 사이트 입금 전 꼭 확인해야 할 8가지</a></p>",
     spam=["먹튀검증 체크리스트 – 신규 토토 사이트 입금 전 꼭 확인해야 할 8가지"], injections=["inline_link_paragraph_ko"],
     origin="Korean toto-site headline and its URL verbatim from a captured spam board post (pages corpus capture brittanytoliver.com, search: '토토사이트 먹튀검증 카지노사이트 추천 학교 소식 공지'); the inline link paragraph is a reconstruction; page text: pages corpus capture (search: '威斯尼斯人 学院 新闻网 讯 召开'); the cut last paragraph is left out",
     kind="real-injection-in-real-page"),

dict(key="fzrjxy", url="https://zljk.fzrjxy.com/info/1181/9041.htm", site="zljk.fzrjxy.com",
     title="我院电竞战队获得英雄联盟LCL高校杯福建省冠军", date="2021-05-04", source=None, author=None, lang="zh", encoding="gb18030", shell="vsb_school",
     paras=["2021年5月3日,我院电竞战队获得英雄联盟LCL高校杯福建省冠军。据悉,我校电竞战队从去年12月03日开赛奋斗至今,最终获得冠军。本次赛事我院战队在誉为死亡之组的福建高校组夺冠,成为各大高校口中的福建电竞天花板。我校董事长俞飚,在本次赛事后,设家宴邀请我校电竞师生与学子聚餐,并对电竞专业的后续发展寄予厚望。"],
     bottom="<span style=\"font-size:0;line-height:0\"><a href=\"http://118.107.238.66/\" title=\"slot online terpercaya jujurslot\">jujurslot</a></span>",
     spam=["jujurslot", "slot online terpercaya jujurslot"], injections=["zero_size_link_id"],
     origin="github boutell/cgic #20 (spam issue whose title and link are quoted verbatim: anchor, URL and title text) (issue thread, corpus issues); the zero-size wrapper is a reconstruction; page text: pages corpus capture (search: '雷竞技 学院 新闻 发布时间 来源 召开')",
     kind="real-injection-in-real-page"),

dict(key="finding", url="https://www.finding.com.cn/html/ent/2020/1120/42491.html", site="www.finding.com.cn",
     title="首届北京(国际)大学生电竞节开幕", date="2020-11-20", source="北京日报", author="韩轩", lang="zh", encoding="utf-8", shell="portal_simpl",
     byline_date="2020-11-20 11:04:03", editor="李惜",
     paras=["11月18日,首届北京(国际)大学生电竞节正式开启,将在近一个月的时间内举办比赛、论坛、颁奖礼等活动。",
            "首届北京(国际)大学生电竞节由中国传媒大学虎牙电竞研究中心发起,在共青团中央、北京市委宣传部指导下,由北京市文资中心等多家单位联合举办。",
            "首届电竞节包含一赛、一论坛、一颁奖典礼、一行业白皮书四方面内容。11月18日至11月23日期间开放报名,受疫情影响,本届电竞节仅限北京地区高校在校生参与。“我和电竞的故事”系列活动报名时间为11月18日至12月6日,全国高校在校生均可参与。电竞节总决赛将于12月10日以线下赛的形式举办,并通过虎牙直播线上同步播出。12月12日下午,本届电竞节将在京演·民族文化宫大剧院举办电竞高峰论坛,当晚将上演电竞盛宴暨颁奖典礼。中国传媒大学还会在电竞节期间组织相关专家共同撰写《2020年度中国电竞行业白皮书》。",
            "此外,本届电竞节形象大使由AKB48 Team SH女团担任。中国传媒大学虎牙电竞研究中心也在开幕当天揭牌成立,双方将在课题研究、赛事合办及人才培养等方面达成合作。(记者 韩轩)"],
     bottom="<div id=\"msg\" style=\"font-size: 20px\">\n" + DEFACE_ID_JS + "\n</div>",
     spam=["Situs ini telah diretas. Silakan kembali lagi nanti"], injections=["script_deface_text_id"],
     origin="github B012ED/Deface #6 (Indonesian defacement page; the text assignment and its two calls quoted verbatim, the page's mangled '< skrip >' tags written as <script>: a reconstruction) (pull request thread, corpus issues); page text: pages corpus capture (search: '雷竞技 学院 新闻 发布时间 来源 召开')",
     kind="real-injection-in-real-page"),

dict(key="school475", url="http://118.193.41.148/show.asp?id=475", site="118.193.41.148",
     title=None, shown_title="我校王小鹏校长赴京参加中英校际连线项目年会", date=None, source=None, author=None, lang="zh", encoding="gb18030", shell="asp_table",
     paras=["2010年1月27日-28日,我校王小鹏校长应英国大使馆文化教育处邀请赴北京参加了“让世界走进课堂-中英校际连线项目2010年会”。 年会邀请了来自中国和英国教育行业的专家及从业者,以“教育国际视野”为题展开讨论,探索学校对外交流模式。年会将侧重探讨如何通过提高校长领导力和技能来将国际视野带入到年轻人的日常学习之中;讨论如何利用在校课程和更广泛的教育途径来培养未来的“世界公民”;同时也将研究如何帮助年轻人整理知识、技能和对事物的理解,以便融入国际社会去生活和工作。 王校长表示,通过参加此次会议将更好的提升我校国际教育水平,培养国际化的人才。"],
     title_tag="오늘 경마 시작 시간 hhh5.top 부산경마 휴장 사설경마사이트 국내경마사이트 Azz",
     head="<meta name=\"keywords\" content=\"오늘 경마 시작 시간 hhh5.top 부산경마 휴장 사설경마사이트 국내경마사이트 Azz\">",
     spam=["오늘 경마 시작 시간 hhh5.top 부산경마 휴장 사설경마사이트 국내경마사이트 Azz"], injections=["spam_title_ko", "keyword_meta"],
     origin="Korean horse-race betting keyword line verbatim from a captured spam query page (pages corpus capture wolframalpha.com input URL, search: '토토사이트 먹튀검증 카지노사이트 추천 학교 소식 공지'); used as the page <title> and keywords meta (a reconstruction); page text: pages corpus capture (search: 'w66利来 国际 学校 新闻 正文 发布'); no headline captured (shown headline reconstructed, truth title null)",
     kind="real-injection-in-real-page"),

dict(key="schs", url="https://www.schs.sg/zh/news/2303-prime-minister-lee-visits-guangzhou-sca-school/", site="www.schs.sg",
     title=None, shown_title="Situs Slot Gacor & Togel Online Mudah", date=None, source=None, author=None, lang="zh", encoding="utf-8", shell="news_id",
     paras=["李总理星期二(3月28日)参观位于广州知识城的广州新侨学校。",
            "这座 2021 年 9 月正式开学的国际学校,是新加坡南洋华侨中学校群在国外合办的第一所学校,也是广州知识城近年来新增的新加坡元素之一。",
            "新侨学校不仅借鉴新加坡的教育经验,也延用华中“自强不息”校训。学校提供 12 年制国际化教育,目前在校学生有 350 人。学校的外籍教师中,近四成是新加坡籍,包括一些由华中董事部直接委派的新加坡教师。",
            "新侨学校督学、退休华中校长潘兆荣博士受访时透露,短视频平台 TikTok 总裁周受资上周出席美国众议院听证会后,顿时成了新侨学校的“活名片”。"],
     title_tag="Situs Slot Gacor & Togel Online Mudah",
     spam=["Situs Slot Gacor & Togel Online Mudah"], injections=["spam_title_replaces_headline_id"],
     origin="Indonesian slot page title verbatim as quoted in a news report on hijacked government sites (pages corpus capture pramborsfm.com, search: 'pemerintah kabupaten berita slot gacor situs hijacked go.id'); used as <title> and shown headline (a reconstruction); page text: pages corpus capture (search: 'w66利来 国际 学校 新闻 正文 发布'); the page's own headline is not in the capture (truth title null); the trailing 'read more' link is left out",
     kind="real-injection-in-real-page"),

dict(key="boxdj", url="http://boxdj.cn/a/zx/2021/0624/0624G2021.html", site="boxdj.cn",
     title="雷神电竞生态教育板块落地,携齐鲁工业大学成立电竞产教融合研究中心", date="2021-06-24", source="电竞盒子", author=None, lang="zh", encoding="gbk", shell="portal_simpl",
     byline_date="2021-06-24 23:40",
     paras=["6 月 24 日,雷神科技与齐鲁工业大学签订合作协议,双方约定将依托“电子竞技运动与管理”本科专业展开一系列的校企合作项目,为中国电竞产业输出高水平、高专业度的电竞人才,为中国电竞产业发展添砖加瓦。",
            "电子竞技早在 2019 年就已经正式成为人社部认可的职业,但相关产业人才的补充速度远远赶不上电竞产业的快速扩张,越来越多的高校开设了针对性的电竞专业以适应产业发展需要。首批电竞专业的毕业生已经走上就业岗位,从国内某高校公布的数据来看,第一批电竞专业毕业生中,有 26% 的同学在县级融媒体机构及自媒体机构从事与电竞赛事、电竞内容创作有关的工作,20% 在电子竞技俱乐部从事策划和管理,14% 在主播公会做电竞主播,6% 从事与电竞培训、艺考培训有关工作,34% 在其他与电竞和游戏有关的数字娱乐行业工作,电竞专业毕业生的选择专业对口工作的比例还是相当高的。"],
     bottom="<div style=\"position:absolute;top:-999px;left:-999px\"><a href=\"https://www.dbd.go.th/slot/index.html\">https://www.dbd.go.th/slot/index.html</a> <a href=\"https://www.dbd.go.th/ewt_mod/index.html\">https://www.dbd.go.th/ewt_mod/index.html</a></div>",
     spam=["https://www.dbd.go.th/slot/index.html", "https://www.dbd.go.th/ewt_mod/index.html"], injections=["offscreen_link_block_planted_gov_urls"],
     origin="two slot URLs planted on a Thai government domain, verbatim as quoted in a Thai news report (pages corpus capture thaitabloid.com, search: 'เว็บไซต์ราชการ ถูกแฮก ฝังลิงก์ เว็บพนัน ข่าว'); the off-screen block and anchor texts (the URLs themselves) are a reconstruction; page text: pages corpus capture (search: '雷竞技 学院 新闻 发布时间 来源 召开'); the cut third paragraph is left out",
     kind="real-injection-in-real-page"),

dict(key="xianning", url="http://xianning.gov.cn/xxgk/xxgkml/qtzdgknr/zwdc/202201/t20220110_2498525.shtml", site="xianning.gov.cn",
     title=None, shown_title="政务督查通报", date=None, source=None, author=None, lang="zh", encoding="gb18030", shell="gov_simpl",
     paras=["为切实推进市政府决策部署的贯彻落实,市政府政务督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。现将有关情况通报如下:",
            "一、主要指标任务完成情况",
            "(一)全市经济社会发展主要预期目标完成情况",
            "上半年,全市完成地区生产总值802.81亿元,按可比价格计算,比上年同期增长28.6%,高出全省0.1个百分点,增幅全省排第7位;社会固定资产投资增长86.1%,增幅全省排第9位;规模以上工业增加值可比增长39.1%,增幅全省排第10位;地方一般公共预算收入55.29亿元,比上年同期增长39.3%;社会消费品零售总额329.24亿元,比上年同期增长38.0%,增幅全省排第7位;进出口总额50.6亿元,比上年同期增长86.2%,增幅全省排第3位;城镇登记失业率3.31%;居民消费价格指数同比持平(100),涨幅较上年同期收窄3.7个百分点,全省排第4位;完成夏粮收获面积20.52万亩,总产3.95万吨。",
            "(二)报告中确定的其他指标任务完成情况",
            "1.引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个;投资10亿元以上项目10个、亿元以上项目100个;新开工亿元以上产业项目100个。上半年,引进世界500强企业投资项目3个;引进中国500强企业投资项目1个;引进上市公司或行业龙头企业投资项目2个。引进亿元及以上项目107个,10亿元以上项目25个;新开工亿元及以上产业项目80个。",
            "2.培育互联网融合发展平台2家,省级工业互联网融合发展试点示范企业总数达30家。支持企业实施数字化、智能化改造,推动5G+工业互联网、物联网、大数据、云计算等技术在制造业领域广泛深入应用。重点支持方片互动网络科技、必虎网络科技等信息服务公司加快发展,支持奥瑞金、平安电工、立邦涂料等重点企业创建省级“两化”融合和智能制造试点示范。"],
     inject_after=1, inject_html="<p>灰色词百度快照代发百度代引、代发,【TG：piaorouseo认准个人号,飘柔SEO的拼音】，外链代发范围：泛目录，泛二级，首页内页，站群。</p>",
     spam=["灰色词百度快照代发百度代引、代发,【TG：piaorouseo认准个人号,飘柔SEO的拼音】", "外链代发范围：泛目录，泛二级，首页内页，站群。"],
     injections=["seo_service_ad_line_in_body"],
     origin="Chinese black-hat SEO service advert verbatim from a spam post in a public issue tracker (github vueup/vue-quill #577280, corpus issues); placed as a body paragraph after the first paragraph (a reconstruction); page text: pages corpus capture (search: '皇冠体育 hg0088 县 镇 召开 工作会议 部署'); no headline captured (truth title null); the cut last item is left out",
     kind="real-injection-in-real-page"),

dict(key="tianjinwe", url="http://epaper.tianjinwe.com/tjrb/h5/html5/2025-05/11/content_143084_2158882.htm", site="epaper.tianjinwe.com",
     title=None, shown_title="天津市青少年田径积分赛开赛", date="2025-05-11", source=None, author=None, lang="zh", encoding="utf-8", shell="portal_simpl",
     paras=["昨天,由天津市体育运动学校主办,天津市学生体育联合会协办的2025年天津市青少年田径积分赛(第一站)在团泊体育中心田径场率先开赛。本次积分赛共设有16个比赛项目,吸引了来自全市各区中小学学生共计900人次踊跃参与。昨天进行了投掷类项目的比赛。",
            "记者 孙震 摄"],
     title_tag="🚨【黑帽SEO：快速排名的诱惑与代价】TG🚨 yuantou2048",
     top="<div class=\"topline\">🚨【黑帽SEO：快速排名的诱惑与代价】TG🚨 yuantou2048</div>",
     spam=["【黑帽SEO：快速排名的诱惑与代价】TG", "yuantou2048"], injections=["spam_title_zh_seo_ad", "spam_line_above_page"],
     origin="Chinese black-hat SEO advert line verbatim from a spam post in a public issue tracker (github nobletiozzo/googleRP02 #4, corpus issues); used as <title> and a line above the page (a reconstruction); page text: pages corpus capture (search: '天博 综合 体育 官方 网站 学校 新闻 举行'); the date is the e-paper URL's; no headline captured (truth title null)",
     kind="real-injection-in-real-page"),

dict(key="sufe", url="https://sports.sufe.edu.cn/eng/16/e3/c8813a202467/page.htm", site="sports.sufe.edu.cn",
     title=None, shown_title="Symposium on sports work", date=None, source=None, author=None, lang="en", encoding="utf-8", shell="news_id",
     paras=["On the afternoon of May 31, 2023, the representatives of the Department of Physical Education, the Youth League Committee, the Trade Union and students held a symposium on the research and study of sports work in Conference Room 204, which was chaired by Mr. Lv Jidong. This conference aims to build a well-rounded education system, stimulating the enthusiasm of teachers and students to participate in sports, promoting the improvement of the physical fitness of teachers and students, and cultivating the lifelong sports awareness of teachers and students.",
            "At the beginning of the meeting, student representatives of various colleges and Teacher Shi Yiming of the trade union put forward various proposals based on the actual situation of teachers and students, covering the proportion of rules for physical education examinations, extracurricular exercise rules, postgraduate physical education courses, sports club development, and sports participation of faculty and staff.",
            "Then, after listening to the speeches of the teachers and students, the leaders and participants discussed and explained them in detail, and pointed out the specific considerations for the establishment of each system.",
            "This symposium built a communication platform for teachers and students, which is of great significance for promoting the development of sports work in our school, enhancing the participation of teachers and students in sports, and cultivating the lifelong sports awareness of teachers and students."],
     bottom="<div class=\"wp-links\" style=\"display:none;visibility:hidden\"><a href=\"/agent188/\">Agent188 Daftar Id Slot Gacor Terpercaya</a> <a href=\"/moto128/\">Moto128 Daftar Akun Slot Anti Rungkad Online</a> <a href=\"/kingbet189/\">Kingbet189 Daftar Slot Game Terpercaya</a></div>",
     spam=["Agent188 Daftar Id Slot Gacor Terpercaya", "Moto128 Daftar Akun Slot Anti Rungkad Online", "Kingbet189 Daftar Slot Game Terpercaya"],
     injections=["hidden_link_farm_id"],
     origin="three Indonesian slot anchor lines verbatim from a captured copy of a news article (pages corpus capture kabar69.net, as in the kabar69 case); the hidden block and hrefs are a reconstruction; page text: pages corpus capture (search: '半岛体育 学校 新闻 召开 会议'); the capture shows no headline (truth title null)",
     kind="real-injection-in-real-page"),
]
