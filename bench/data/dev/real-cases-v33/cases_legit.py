# -*- coding: utf-8 -*-
"""Legit-only real cases of v33 (no injection): lawful pages about lotteries, casinos and anti-gambling work.
Text verbatim from captures found with the search tool (corpus 'pages'); cut tails left out."""

L = []

L.append(dict(
    id="rc33-022", url="https://www.liyang.gov.cn/html/czly/2023/AQAFAJIK_0627/31276.html", lang="zh", shell="gov",
    site_name=None, crumb="移动端应用 政务微信 政务微博 智能问答 登录个人中心", h1=None, meta=None,
    paras=[
        "为加强体育彩票公益金的管理,促进体育事业的发展,根据《彩票管理条例》和《彩票公益金管理办法》有关规定,现将我市2022年体育彩票公益金使用情况公告如下:",
        "一、2022年度体育彩票公益金总收支情况",
        "2022年,我市体育彩票公益金预算安排 996.8182万元,总支出996.8182万元。",
        "二、2022年体育彩票公益金总支出情况",
        "(一)资助或组织开展全民健身活动136.00万元:主要用于28个全市群众性比赛活动类项目的公共体育服务购买。",
        "(二)援建和维护公共体育场地、设施支出603.4470万元:主要用于:2022年度政府重点工程项目全市城乡12片笼式篮球场地建设302.10万元、全市各镇(区、街道)健身路径器材采购229.854万元、全市原有健身场地设施设备维修维护62.157万元以及上沛体育公园标识标牌制作安装9.336万元。",
        "(三)办赛补贴 191.3712万元:主要用于2022中国国际标准舞(体育舞蹈)锦标赛191.3712万元。",
        "(四)组织开展全民健身科学研究与宣传51.00万元:主要用于对我市所有乡镇、街道全民健身场地设施的全面普查以及国民体质监测站向市民实行免费开放的体质监测。",
        "(五)资助群众体育社团组织和队伍建设发展15.00万元:主要资助市老年体协配套工作经费。",
        "我局严格执行《彩票公益金管理办法》等相关规定,充分体现体育彩票公益金“取之于民,用之于民”的公益性,按照公益金的使用范围,切实做到合理安排和专款专用,为促进我市体育事业健康、稳定、持续发展发挥积极作用。",
    ],
    after=["溧阳市文体广电和旅游局", "2023年6月27日"],
    title=None, date="2023-06-27", source=None, author=None,
    origin="county-level city government notice on how its 2022 sports-lottery welfare fund was spent; no headline in the capture (title null); date = the notice's signing date."))

L.append(dict(
    id="rc33-023", url="http://www.fzmq.gov.cn/xjwz/zwgk/gggs/202206/t20220624_4385545.htm", lang="zh", shell="gov",
    site_name=None, crumb=None,
    h1="闽清县文化体育和旅游局2021年度体育彩票公益金使用情况公告",
    meta="来源:闽清县 发布时间: 2022-06-24 10:02",
    paras=[
        "根据《彩票管理条例》、《彩票管理条例实施细则》的相关规定,坚持体育彩票“来之于民、用之于民”的原则,按照年初预算安排,2021年度,我局使用体育彩票公益金137万元。通过体育彩票公益金投入,有力地推进了我县群众体育和竞技体育发展,不断提升体育事业发展综合实力。现将2021年度体育彩票公益金使用情况公告如下:",
        "一、群众体育117万元。",
        "体育场地设施建设117万元。主要是提升改造行政村农民体育健身工程5个和新建更新健身路径15条,为群众提供优质的体育活动场所,更好地满足群众体育文化生活需求。",
        "二、竞技体育20万元。",
        "闽清县少体校获2022-2025年福州市单项体育后备人才基地和承办市级比赛经费20万元。",
    ],
    after=["闽清县文化体育和旅游局", "2022年6月23日"],
    title="闽清县文化体育和旅游局2021年度体育彩票公益金使用情况公告", date="2022-06-24", source="闽清县", author=None,
    origin="county government notice on the culture-and-sports bureau's 2021 sports-lottery fund spending; title, 来源 and date as captured."))

L.append(dict(
    id="rc33-024", url="https://qjzfw.zjw.cn/info-224402.html", lang="zh", shell="news_plain",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "为进一步增强辖区群众识毒拒赌意识,筑牢全民禁毒禁赌防线,1月8日,罗平县公安局鲁布革派出所利用赶集日人流集中的时机,在多依街集市开展主题宣传活动,将法律知识送到群众身边。",
        "民警采取“走街串巷、上门入户”的方式,深入沿街商铺、居民院落和集市摊点,与商户、居民和赶集群众进行面对面交流。通过剖析真实案例、使用当地方言讲解,民警向群众详细介绍了罂粟、大麻等毒品原植物的外形特征与危害,厘清了“少量种植不违法”“罂粟可入药”等常见误区,并明确解释了赌博违法与犯罪的界限,深刻揭示毒品与赌博对个人、家庭及社会的严重危害。民警还现场发放宣传手册,解答群众疑问,并公开涉毒涉赌线索举报方式,鼓励群众积极举报违法犯罪行为,共同参与营造健康清朗的社会环境。",
        "当天,共发放资料200余份,覆盖群众200余人,有效提升了辖区居民对禁毒禁赌工作的知晓率和参与度。鲁布革派出所将持续开展形式多样的普法宣传活动,进一步夯实群防群治基础,全力构建平安无毒无赌的和谐辖区。",
    ],
    title=None, date=None, source=None, author=None,
    origin="prefectural political-and-legal news site item on a county police station's anti-drug and anti-gambling market-day campaign; no headline or date line in the capture."))

L.append(dict(
    id="rc33-025", url="http://m.news.wmxa.cn/n/201507/255615.html", lang="zh", shell="news_plain",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "7月21日,交口街办联合包片的派出所民警一起在辖区组织开展了禁赌专项宣传活动。",
        "赌博,是一种违法行为,一律要禁止、取缔和打击。赌博,不仅害人害己,而且害家庭害社会。夏收时节过后,农村群众闲暇时间增多,是各种赌博活动猖獗的时期。为倡导居民群众远离赌博陋习,促进身心健康,构建和谐文明社会,交口街办集中力量组织开展禁赌专项宣传活动。",
        "宣传活动采取电子屏幕宣传、发放宣传单、设置宣传展板的形式进行。在宣传活动现场,图文并茂的宣传展板,一例例因赌博导致走上犯罪道路的鲜活案例,引得群众纷纷驻足,唏嘘不已。本次宣传活动共发放禁赌宣传资料300余份,接受群众咨询20余人次。宣传活动得到了群众的支持和一致好评,达到了良好的社会宣传效果。",
    ],
    title=None, date=None, source=None, author=None,
    origin="city news portal (mobile) item on a sub-district office's anti-gambling campaign with the local police; no headline or date line in the capture."))

L.append(dict(
    id="rc33-026", url="http://www.jlncb.cn/cs/content/2026-02/08/content_10092258.htm", lang="zh", shell="news_plain",
    site_name=None, crumb="天气预报",
    h1="宝山边境派出所:拒赌守平安 守护团圆年",
    byline_author="李成儒", meta="日期:2026年02月08日 来源:吉林城乡网",
    paras=[
        "为切实净化农村社会治安环境,筑牢乡村平安防线,近日,白山边境管理支队宝山派出所组织民警深入辖区农村村落,开展“反赌博、树新风”专项宣传活动,用接地气的方式将禁赌理念送进千家万户,守护乡亲们的“钱袋子”,护航平安祥和年。",
        "“大爷,过年亲戚朋友凑一起玩牌娱乐可以,但千万别赌钱,哪怕是几块钱的‘小赌’,也可能越陷越深,最后输了钱财、伤了和气!”在村民活动室、商店、饭店等人员密集场所,民警们向村民发放图文并茂的宣传手册,用通俗易懂的语言,结合农村地区常见的赌博案例,详细讲解赌博的危害性。民警重点剖析了“推牌九”“打麻将赌钱”“六合彩”以及网络赌博等各类赌博形式的欺骗性,明确告知村民参与赌博、为赌博提供场所等行为的法律后果,戳破“小赌怡情”的错误认知,让村民深刻认识到,赌博从来都不是“娱乐消遣”,而是害人害己的“隐形陷阱”。",
    ],
    title="宝山边境派出所:拒赌守平安 守护团圆年", date="2026-02-08", source="吉林城乡网", author="李成儒",
    origin="provincial rural news site report on a border police station's Spring-Festival anti-gambling campaign in villages (names gambling games as warnings); title, author, date, 来源 as captured; the capture's cut third paragraph left out."))

L.append(dict(
    id="rc33-027", url="http://www.nas.gov.sg/archivesonline/speeches/view-html?filename=20070705996.htm", lang="en", shell="en_gov",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "Good Morning",
        "Mr Lim Hock San, Chairman, National Council on Problem Gambling",
        "Distinguished Guests and Friends",
        "Ladies and Gentlemen",
        "I am pleased to join all of you for the opening of the inaugural Singapore Problem Gambling Conference 2007.",
        "2 Gambling has expanded rapidly worldwide. In particular, technology has fuelled a significant growth in internet gambling. Easier access to gambling increases the risk of problem gambling.",
        "3 A study conducted by the Ministry of Community Development, Youth and Sports in 2005 found that 2.1% of Singaporeans reported symptoms suggestive of probable pathological gambling. This number may be small at a macro level, but each individual and family afflicted by gambling addiction is one too many.",
        "4 Research has shown that well-designed, evidence-based prevention programmes, education and support services can help reduce harm caused by gambling problems.",
        "5 Singapore has had the benefit of learning from the experiences of other countries in addressing problem gambling. Our national framework on problem gambling focuses on public education, counselling and support services at the community level, medical treatment for compulsive gamblers, research on problem gambling and effective regulation of the gambling industry.",
        "6 The National Council on Problem Gambling (or NCPG in short) is one of the key components of this national framework. It was set up in August 2005 to advise the Singapore Government on preventive, education and rehabilitative programmes to tackle problem gambling. The Council is also given the important task of deciding on applications to exclude persons from the casinos.",
    ],
    title=None, date=None, source=None, author=None,
    origin="national archives copy of a minister's speech opening a problem-gambling conference (regulation, counselling, casino exclusion); no headline or date on the captured page (the date is only in the URL); kept up to point 6 (the next section heading and cut text left out)."))

L.append(dict(
    id="rc33-028", url="https://www.straitstimes.com/opinion/forum/forum-campaign-coming-to-raise-awareness-of-problem-gambling", lang="en", shell="en_news",
    site_name=None, crumb=None,
    h1="Forum: Campaign coming to raise awareness of problem gambling", meta="2022-11-12",
    paras=[
        "We thank Mr Chan Whye Shiung for the Forum letter, “Redouble efforts against problem gambling during World Cup” (Nov 10).",
        "We agree with Mr Chan on the risk of excessive football betting. As with previous World Cup seasons, the National Council on Problem Gambling will carry out a campaign in the coming weeks to raise awareness on problem gambling during World Cup 2022.",
        "We encourage everyone to keep a lookout for their family and friends who bet on football, and to remind them of the harm of problem gambling. Individuals and families affected by problem gambling can call our helpline (1800-6-668-668) or Webchat (www.ncpg.org.sg).",
    ],
    after=["Audrey Seah", "Director", "National Council on Problem Gambling", "c/o Ministry of Social and Family Development"],
    title="Forum: Campaign coming to raise awareness of problem gambling", date="2022-11-12", source=None, author="Audrey Seah",
    origin="newspaper forum reply by the national problem-gambling council on a World Cup betting-awareness campaign; author = the signing director; title and date as captured."))

L.append(dict(
    id="rc33-029", url="http://www.wcbcradio.com/?archiv=strong-slots-revenue-means-funds-available-for-local-nonprofits-municipalities&wpmp_switcher=mobile", lang="en", shell="en_news",
    site_name=None, crumb=None,
    h1="Strong Slots Revenue Means Funds Available For Local Nonprofits & Municipalities",
    meta="October 1st, 2018 by WCBC Radio",
    paras=[
        "Another strong year for slots revenue at the Rocky Gap Casino Resort and will lead to almost a half a million dollars in funds available for local nonprofits and municipalities to apply for.  Allegany County Finance Director Jason Bennett provided an overview during Thursday’s meeting of the County Commissioners and said that once again a variety of community initiatives will benefit from the 3.75 percent of gross slots proceeds given to the county each year from video lottery terminals located at the casino- most notably area law enforcement, emergency medical services and the Allegany County Opportunity Scholarship. The rules have changed somewhat as a result of a bill passed during the 2017 General Assembly session as now the county is required to provide 20 percent of slots revenue to area nonprofits and municipalities for capital projects. Bennett provided a breakdown of the allocations…",
    ],
    title="Strong Slots Revenue Means Funds Available For Local Nonprofits & Municipalities", date="2018-10-01", source=None, author=None,
    origin="local radio station news on how a county shares casino slots revenue with nonprofits and municipalities; 'by WCBC Radio' is the station, not a person (author null)."))

L.append(dict(
    id="rc33-030", url="https://imaeil.com/page/view/2006102914264668497", lang="ko", shell="ko_news",
    site_name="매일신문", crumb=None,
    h1="꿈은 하나 '최고의 카지노 딜러'", meta=None,
    paras=[
        "\"저희의 꿈은 세계 최고의 카지노 딜러가 되는 것입니다'",
        "석탄산업 사양화와 함께 내일의 희망도 사라진 회색의 도시 폐광촌에서 세계 최고의 카지노 딜러가 되기 위한 젊은이들의 보랏빛 꿈이 익어가고 있다.",
        "국내 대표적 폐광촌인 강원도 태백시 강원관광대학 카지노 경영학과 학생들은 '세계 최고의 카지노 딜러'라는 목표를 이루기 위해 오늘도 구슬땀을 흘리고 있다.",
        "카지노원론, 카지노관리론, 룰렛게임론, 블랙잭게임론, 바카라게임론 등 전공과목은 물론 외국어, 카지노 실무 등 지난 1년간 강도높은 교육을 받아온 카지노 경영학과 학생들이 카지노 시연회를 마련했다.",
        "97년 카지노 학과가 신설된 이후 단 한해도 빠짐없이 매년 2차례씩 열고 있는 카지노 시연회는 그동안 갈고 닦은 게임 기술, 게임 매너 등을 교수, 선배, 동료, 주민들에게 공개적으로 평가받는 중요한 자리이다.",
        "박혜선(21. 카지노 경영학과 2년)양은 \"졸업 후 미국 라스베이거스에서 카지노 관련 국제 자격증을 취득한 후 한국에 돌아와 최고의 카지노 딜러가 반드시 되겠다\"는 야무진 포부를 밝혔다.",
        "내국인 출입 카지노인 강원랜드 설립과 함께 문을 연 강원관광대학 카지노 경영학과는 평균 취업률이 90%를 넘을 정도로 명실상부한 '카지노 딜러 산실'로 평가받고 있다.",
        "카지노 경영학과 정두연 교수는 \"학생들 스스로 카지노 동아리를 만들어 정규 수업이 끝난 후에도 카지노 실습에 비지땀을 흘리는 등 선배들의 뒤를 이어 최고의 카지노 딜러가 되기 위해 최선의 노력을 다하고 있다\"고 말했다.",
    ],
    after=["(연합뉴스)"],
    title="꿈은 하나 '최고의 카지노 딜러'", date=None, source=None, author=None,
    origin="regional daily (wire copy) feature on a college casino-management department training dealers; no date on the captured page (only in the URL); the closing wire credit kept outside the text."))

L.append(dict(
    id="rc33-031", url="https://www.huffingtonpost.kr/entry/story_kr_5b20be1ee4b09d7a3d788897", lang="ko", shell="ko_news",
    site_name=None, crumb="뉴스",
    h1="경찰이 '선거 토토' 내사에 착수했다", meta="2018년 06월 13일 15시 59분 KST",
    lead="당선인을 맞히면 배당금을 받는 방식이다.",
    paras=[
        "‘선거 토토’ 불법 도박 사이트가 등장해 경찰이 내사에 착수했다.",
        "충북지방경찰청은 6·13지방선거 당선 결과를 이용한 불법 도박 사이트들에 대해 내사하고 있다고 13일 밝혔다.",
        "경찰청 지시로 내사에 착수한 충북경찰은 현재 불법 도박 사이트 2곳에 대해 살피고 있다. 이들 중 사이트 1곳은 이미 폐쇄된 상태로 알려졌다.",
        "해당 불법 사이트에선 지선 출마자의 당선을 맞힐 경우 배당률에 따라 배당금을 지급하는 방식으로 기존 사이트 이용자에게 개별 메시지를 보내 도박 인원을 모집·운영하고 있는 것으로 전해졌다.",
        "한국에서는 국민체육진흥공단이 발행하는 스포츠토토만이 유일한 합법사업이다. 그 외의 도박 사이트들은 불법이다.",
        "경찰 관계자는 ”지방선거의 결과를 이용한 도박행위에 엄정하게 대응할 것”이라며 ”관련 사이트들을 면밀히 살핀 뒤 정식 수사에 착수할 방침”이라고 밝혔다.",
    ],
    title="경찰이 '선거 토토' 내사에 착수했다", date="2018-06-13", source=None, author=None,
    origin="Korean news site report on police investigating illegal election-betting sites (names the only legal sports-toto operator); title and date as captured; the photo credit line ('뉴스1') left out."))

L.append(dict(
    id="rc33-032", url="https://dgmbc.com/NewsArticle/483936", lang="ko", shell="ko_news",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "경주 보문관광단지 내 외국인 전용 카지노가 대구로 옮김에 따라 경주시는 정부에 카지노의 신규 허가를 요청했습니다.",
        "경주시는 외국인의 경주 방문이 연 63만명이라며 보문관광단지 특 1급 호텔에 외국인 전용 카지노를 허가해 달라고 건의했습니다.",
        "경주시는 투명성과 공익성을 확보하고 특혜 시비 등을 방지하기 위해 카지노 허가신청 주체로 비영리 공익법인인 경주문화재단을 설립하는 것을 추진 중입니다.",
    ],
    linebreaks=True,
    after=["Copyright © Daegu Munhwa Broadcasting Corporation. All rights reserved.", "김철우 kimcw@dgmbc.com"],
    title=None, date=None, source=None, author="김철우",
    origin="regional broadcaster's news script on a city asking the government for a foreigners-only casino licence; the capture's broadcast line breaks rebuilt as <br> inside each paragraph (truth joins them with spaces); author from the reporter line; no headline or date in the capture."))

L.append(dict(
    id="rc33-033", url="http://dlt.yntc8.cn/news/2011101211179.html", lang="zh", shell="lottery_portal",
    site_name="云南体彩网--云南省体育彩票管理中心", crumb="注册 | 忘记密码? 帮助中心",
    h1="体彩用爱点亮希望 第八届全国残运会在浙江拉开帏幕",
    meta="时间: 2011年10月12日  浏览次数:  字体选择: 【",
    lead="10月11日,第八届全国残疾人运动会在杭州的浙江省黄龙体育中心黄龙体育场拉开帏幕。四年一届的残运会,搭建了残疾人充分展现自我、参与社会生活、共享发展成果的平台,成为残疾人展示“自尊、自信、",
    paras=[
        "10月11日,第八届全国残疾人运动会在杭州的浙江省黄龙体育中心黄龙体育场拉开帏幕。四年一届的残运会,搭建了残疾人充分展现自我、参与社会生活、共享发展成果的平台,成为残疾人展示“自尊、自信、自强、自立”精神,倡导残健融合的生动教科书。",
        "改革开放以来,在党和政府的亲切关怀和社会各界的诚挚帮助下,我国残疾人事业成果卓著。残运会的举办,也彰显了全社会对残疾人事业的关注,呼唤更多人来关怀残疾人,支持残疾人事业。中国体育彩票,就是众多支持残疾人事业大军中的一员。它不仅仅体现在对诸多从事代理销售体育彩票的残疾人业主的就业帮助和支持,更体现在每年为国家筹集大量的彩票公益金,作为公益资助之一,专项用于支持残疾人各项事业的发展。中国残疾人联合会公布的数据显示,在“十五”期间,中央财政共安排9亿多元中央彩票公益金开展残疾人康复、教育、扶贫、体育、残奥会备战工作。在“十一五”期间,国家继续投入11.56亿元公益金发展残疾人事业。",
        "此外,中国体彩也非常重视广大普通残疾人朋友的日常运动和锻炼,每年都有投入体育彩票公益金,采购大量体育健身器材,捐赠给残疾人相对集中的训练基地、康复中心、托养机构、学校等的公益性项目。",
    ],
    title="体彩用爱点亮希望 第八届全国残运会在浙江拉开帏幕", date="2011-10-12", source=None, author=None, encoding="gbk",
    origin="provincial sports-lottery administration site's news on lottery funds supporting disabled people's sport; title and date as captured; the summary box repeats the lead (kept as shown, outside the text); the capture's cut last paragraph trimmed to its last full sentence."))
