# -*- coding: utf-8 -*-
"""Hijacked real cases of v33: text verbatim from captures found with the search tool (corpus 'pages').

Each case: the captured article paragraphs (verbatim, cut tails left out), the chrome lines the capture shows,
the spam strings as they appear, and how build.py places them. Truth text = paragraphs minus spam strings
(and minus emoji) unless `truth_text` is given.
"""

H = []

H.append(dict(
    id="rc33-001", url="http://storefrontgardens.com/info/2411/3123.html", lang="zh", shell="school",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "10月13日下午,公司在会议中心东海厅召开2023年下半年体育运动委员会工作会议,会议由校体育运动委员会主任、副董事长马廷淮主持,校体育运动委员会全体委员参加了会议。",
        "会上英国正版365官方网站经理赵宏带领大家一起学习了习近平总书记关于体育工作重要讲话精神。张伦厚副经理汇报了运动会筹备情况及下半年赛事安排,党总支书记张萍介绍了2022-2023学年体育工作优秀组织奖得分情况,会议根据评选办法评选出了2022-2023年度体育工作优秀组织奖。各位委员围绕关于运动会筹备情况及下半年赛事进行了讨论并提出了相关意见和建议。",
        "马廷淮副董事长对会议进行了总结,并对做好近期体育工作提出了四点要求:一是要充分发挥体育运动委员会的领导和服务功能;二是要积极构建校、院、分工会、班级多级竞赛体系,形成“全员体育、特色鲜明”的群众体育发展格局;三是对于即将开始的校运会,希望大家各司其职、群策群力,确保赛事安全、顺利举办;四是要加强宣传引领,弘扬体育文化,培养体育精神,营造全校关心、人人参与的良好体育氛围,共同书写具有公司特色的体育文化新篇章。",
    ],
    spam=["英国正版365官方网站"], injections=["brand-in-institution-place", "role-word-spinning"],
    title=None, date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="university sports-committee news copied on an unrelated garden-shop host: the sports college's name replaced by a bookmaker brand once, and school words spun into company words throughout (学校→公司, 院长→经理, 副校长→副董事长); no headline or date in the capture; truth text drops the brand (the spun words stay: they are what the page says)."))

H.append(dict(
    id="rc33-002", url="https://hyfj.org/info/1186/4106.html", lang="zh", shell="school",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "为迎接建党一百周年,深情回顾党的奋斗历程,热情讴歌党的光辉业绩,继承和发扬党的光荣传统和优良作风,白菜官网在开元校区体育馆隆重举办了“学党史 知党恩 跟党走”喜迎建党一百周年师生书画展活动。学校党委书记刘士欣,校长李清臣,党委副书记赵振然,党委副书记、工会主席李庶泉,纪委书记唐永宾,副校长李秀萍以及校属各部门党政负责人和部分师生代表参加活动。",
        "副校长李明臣主持开幕式,副校长李秀萍发表致辞,校长李清臣等校领导为画展剪彩,党委书记刘士欣宣布:002cc白菜资讯庆祝建党100周年师生书画作品展开幕!开幕式结束,各位领导、老师和同学们进入体育馆展厅,参观书画作品。",
        "据悉,此次书画展是白菜官网庆祝中国共产党建党一百周年主题系列活动的重要组成部分,师生们用一幅幅鲜活的艺术作品,回顾党的光辉历程,叙述党的伟大功绩,铭记党的深厚恩情,坚守初心使命,传承红色基因,加强红色记忆,表达了广大师生对党的赤诚之心、对国家的美好愿景。",
        "(宣传部 编发:李慧华 审核:皇甫超)",
    ],
    spam=["白菜官网", "002cc白菜资讯"], injections=["brand-in-institution-place"],
    title=None, date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="college news copied on an unrelated host with the college's name replaced twice by a gambling 'bonus-info' brand and a numbered variant of it inserted into the leader's announcement; no headline or date in the capture; truth text drops both strings and keeps the closing credit line."))

H.append(dict(
    id="rc33-003", url="https://hiracollege.com/info/1137/1482.html", lang="zh", shell="school",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "6月21日,台湾明新科技大学管理学院院长张盛鸿教授带领26名师生来888集团网站进行访问交流,888集团网站常务副院长林承亮教授、副院长汪浩教授、院长助理吴新林老师等师生参加了接待活动。",
        "上午9点,888集团网站在SE204举行了欢迎仪式。仪式伊始,吴新林老师介绍了双方来宾。随后明新科技大学管理学院院长张盛鸿教授致辞,他表示四次来到welcome888集团,每一次都有不一样的感觉,希望此次交流能和888集团网站达成学生短期交流和交换生互访的意愿。紧接着,888集团网站常务副院长林承亮教授致欢迎词,他热情洋溢地介绍了我们办学历史以及888集团网站的发展进程,希望能与明新科技大学深化合作,推动两校短期交流和交换生项目等工作。888集团网站副院长汪浩教授介绍了来访的行程安排,并希望明新科技大学师生能对我们有深层次的了解。",
        "简单而热烈的欢迎仪式结束后,双方青年学生参加了两岸青年交流会,两校的学生就各自关心的问题展开了交流,会场气氛友好而热烈。会后,在吴新林老师的陪同下,明新科技大学师生一行先后参观了我们阳明学堂、随园、竺园、图书馆艺术设计学生作品展以及学校办学成果展。当天下午,还去了宁波博物馆参观。",
    ],
    credits=["888集团网站新青年媒体中心", "文/汪晨", "摄/李展伊"],
    spam=["888集团网站", "welcome888集团"], injections=["brand-in-institution-place", "brand-in-credit-line"],
    title=None, date=None, source=None, author="汪晨", legit=False, encoding="utf-8",
    origin="college news copied on an unrelated host with the college's name replaced seven times by a casino-group brand (once with a 'welcome' prefix) and 学校/学院 turned into 我们; the brand also heads the media-centre credit; no headline or date in the capture; author from '文/汪晨'; truth text drops the brand strings (credits kept outside the text)."))

H.append(dict(
    id="rc33-004", url="https://skookumconstruction.com/kyguanwangmanbetx/info/1045/4871.htm", lang="zh", shell="school",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "2019年1月8日下午,米乐平台(中国)股份有限公司官网新年联欢会成功举办。学校相关职能部门领导、米乐平台(中国)股份有限公司官网领导班子、退休教师代表、全体教职工及研究生代表近400人出席了此次新年联欢会。",
        "这次联欢会是新年的盛会,更是米乐平台(中国)股份有限公司官网的盛会。由2018级新生精心献上的舞蹈拉开了此次联欢会的序幕,动听的乐曲,优雅的舞步让人陶醉,集中展示了米乐平台(中国)股份有限公司官网研究生蓬勃向上、奋发进取的良好精神风貌。",
        "院长潘海英教授发表了热情洋溢的新年致辞,代表学院对全体老师一年来的辛勤工作表示感谢,向大家致以节日的问候,并祝同学们新年好!潘海英院长同大家共同回顾过去,她充分肯定了米乐平台(中国)股份有限公司官网过去一年来取得的成绩;展望未来,潘院长鼓励大家,面对新时代新要求,要牢牢把握目前高等学校人才培养工作提升质量的升级期、变轨超车的机遇期,坚定信仰,强化信念,树立信心,深化学院改革,推动内涵发展,聚焦人才培养,携手共建有温度、有情怀、有归属感的米乐平台(中国)股份有限公司官网。",
    ],
    spam=["米乐平台(中国)股份有限公司官网"], injections=["brand-in-institution-place", "brand-named-path-segment"],
    title=None, date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="university school news copied on a construction-company host under a brand-named path segment, the school's name replaced five times by a sports-betting 'platform (China) Ltd. official site' brand; the capture's cut fourth paragraph left out; no headline in the capture, date only in the text (date null); truth text drops the brand."))

H.append(dict(
    id="rc33-005", url="https://www.digitalskil.com/news/articleView.html?idxno=21077", lang="ko", shell="ko_news",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "지난 11월 27일 경희대학교 슬롯 게임관광대학원 1층 워커힐홀에서 '2025 제5회 코리아 유스 카지노딜링대회'가 개최됐다.",
        "카지노 딜러를 꿈꾸는 국내 유망주들이 한자리에 모이는 '제5회 코리아 유스 카지노딜링대회'는 경희대학교와 슬롯 게임앤레스토랑 매거진이 주최하고 한국관광학회와 한국게이밍관광전문인협회가 후원으로 진행됐다.",
        "전국 카지노학과(관련)에 재학중인 학생(대학생, 직업전문학교 학생, 고등학생)들을 대상으로 바카라, 룰렛, 블랙잭 각 종목당 1팀(3인1조)로 구성, 심사기준은 게임진행과 서비스태도다.",
        "고등부의 경우 총 10팀이 참석했으며 대회 결과 단체부문 동상은 영화국제관광고등학교(사승연, 이주원, 성보나), 은상은 경남관광고등학교(전유경, 김나윤, 김현빈), 금상은 안양문화고등학교(권소예, 이윤정, 송유정), 대상은 성보경영고등학교(박하연, 박지훈, 박세린) 팀이 차지했다.",
        "올해 새로 신설된 개인부분 1등은 바카라 부문에는 성보경영고등학교 박하연, 룰렛은 영화국제관광고등학교 이주원, 블랙잭은 성보경영고등학교 박세린 학생이 수상했다.",
        "대학부의 경우는 총 30팀이 참석해 경합을 벌였으며, 단체부문 수상팀으로 동상 한국슬롯 게임관광실용전문학교(유지하, 배현진, 윤하늘), 은상 광운대학교(강연수, 박재윤, 김수연), 금상 영남이공대학교(정호승, 고해성, 이도경), 대상 로이문화예술실용전문학교(김관형, 곽소은, 정수연)가 호명됐다.",
        "개인부분은 1등으로 바카라의 영남이공대학교 김민건, 룰렛의 로이문화예술실용전문학교 조설호, 블랙잭의 영남이공대학교 전민교 학생이 영예의 주인공이 됐다.",
    ],
    spam=["슬롯 게임"], injections=["keyword-substitution-in-copied-news"],
    title=None, date=None, source=None, author=None, legit=True, encoding="utf-8",
    origin="Korean news report on a student casino-dealing contest (lawful dealer training) copied on an unrelated host with every '호텔' (hotel) replaced by '슬롯 게임' (slot game), four times; no headline or date line in the capture; legit: the report itself is lawful gambling-industry education news; truth text drops the keyword."))

H.append(dict(
    id="rc33-006", url="https://www.dengtx.com/article/10586906", lang="ko", shell="ko_news",
    site_name=None, crumb=None,
    h1="비수도권 토토사이트 드래곤 먹튀 기준 완화·토토사이트 드래곤 먹튀 지원 특별법 제정 촉구", meta=None,
    figcaption="30일 창원스포츠파크에서 열린 ‘토토사이트 드래곤 먹튀 지위 사수 시민 공감 릴레이 캠페인’ 퍼포먼스 장면 [창원시 제공]",
    paras=[
        "[헤럴드경제(창원)=황상욱 기자] 토토사이트 드래곤 먹튀가 ‘특례시 지위 유지’를 위한 범시민 캠페인을 이어가고 있다.",
        "토토사이트 드래곤 먹튀시는 30일 토토사이트 드래곤 먹튀스포츠파크 보조경기장에서 열린 ‘2025 바르게살기운동 토토사이트 드래곤 먹튀시 토토사이트 한마음다짐대회’에서 약 980명이 참석한 가운데 ‘시민 공감 릴레이 캠페인’ 두 번째 퍼포먼스를 진행했다.",
        "이번 행사는 ▷비수도권 토토사이트 드래곤 먹튀 인구 기준 완화 ▷‘토토사이트 드래곤 먹튀 지원 특별법’ 조기 제정 촉구 등 두 가지 목표를 내걸고 시민들의 의지를 결집하는 자리였다.",
        "현장에는 대형 현수막과 풍선, 피켓, 깃발이 마련돼 분위기를 고조시켰으며 참가자들은 “비수도권 토토사이트 드래곤 먹튀 기준 완화!”, “토토사이트 드래곤 먹튀 지원 특별법 제정!”, “토토사이트 드래곤 먹튀는 우리가 지킨다!” 등의 구호를 외쳤다.",
        "시는 지난 8월 이·통장연합회 한마음다짐대회를 시작으로 55개 읍·면·동 릴레이 퍼포먼스를 진행해 왔으며, 이번이 두 번째 대규모 토토사이트 드래곤 먹튀 참여 행사다. 오는 10월 열리는 새마을지도자 한마음대회에서도 같은 캠페인을 이어갈 예정이다.",
    ],
    spam=["토토사이트 드래곤 먹튀", "토토사이트"], injections=["keyword-substitution-in-copied-news", "keyword-in-headline"],
    title=None, date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="Korean regional newspaper report on a city's campaign copied on an unrelated host with the city's name ('창원'/'특례시' in most places) replaced by a betting-site keyword phrase, also in the headline and the photo caption; the capture's cut last paragraph left out; title null (the only headline carries the keyword); truth text drops the keyword strings (caption outside the text)."))

H.append(dict(
    id="rc33-007", url="https://www.tigerjc.com/post/10-25-23-%EC%BD%94%EB%A1%9C%EB%82%98-%EB%81%9D%EB%82%98%EC%9E%90-%EB%B0%A9%EB%AC%B8%EA%B0%9D%EC%9C%BC%EB%A1%9C-%EB%B6%81%EC%A0%81-%EC%9E%90%EB%A6%AC-%EB%91%90%EA%B3%A0-30%EB%A7%8C%EC%9B%90-%EC%9B%83%EB%8F%88-%EC%98%A4%EA%B0%80", lang="ko", shell="ko_blog",
    site_name=None, crumb="카지노뉴스", h1=None, meta=None,
    paras=[
        "코로나19 엔데믹(풍토병화) 이후 다시 붐비고 있는 강원랜드가 올해로 창립 25주년을 맞았다. 지금까지 폐광 관련 기금에 낸 돈만 2조 원이 넘고 지역 일자리를 만드는 데도 톡톡한 역할을 하고 있지만 ‘도박장’ 꼬리표를 떼는 건 여전히 숙제다.》",
        "“블랙잭이 제일 인기가 많아요. 게임을 할 수 있는 자리를 30만 원 정도에 사고팔기도 하죠.”",
        "17일 오전 9시 30분. 10시에 문을 여는 강원랜드 카지노 입구엔 손가방을 든 남녀 1200여 명이 긴장한 얼굴로 모여 있었다. 원하는 게임의 좋은 자리를 선점하기 위해 개장을 기다리는 이들이었다. 입구 밖에 놓인 현금자동입출금기(ATM) 앞에도 현금을 뽑으려는 사람들의 발길이 끊이지 않고 이어졌다. 대다수가 5만 원권을 꽤 두둑하게 뽑아 옆구리에 낀 손가방에 담았다.",
        "오전 9시부터 개장을 기다린 60대 A 씨는 오전 5시에 경기 의정부 집을 나섰다고 했다. A 씨는 “일주일에 3번 정도 온다”며 “올 때마다 200만∼300만 원 정도 쓴다”고 말했다. 그는 “주말에는 사람이 몰려서 블랙잭이나 바카라 같은 인기 게임을 하는 게 쉽지 않다. 그래서 자기 자리를 넘기고 돈을 받는 거래도 종종 이뤄진다”고 덧붙였다.",
        "신종 코로나바이러스 감염증(코로나19) 확산으로 한산했던 강원랜드 카지노가 다시 붐비고 있다. 지난해 연간 입장객 수는 이미 208만4000명으로 1년 전보다 147% 급증했다. 한 달에 평균 17만4000명이 강원랜드를 방문한 셈이다. 이날도 행운을 좇아 전국에서 모여든 입장객들이 카지노 입구가 열리기만을 기다리고 있었다.",
    ],
    tail=["카지노뉴스", "#슬롯#슬롯사이트#카지노게임#홀덤사이트#카지노사이트#바카라사이트#바카라카지노#인터넷카지노#빅투카지노"],
    spam=["#슬롯#슬롯사이트#카지노게임#홀덤사이트#카지노사이트#바카라사이트#바카라카지노#인터넷카지노#빅투카지노", "빅투카지노"],
    injections=["keyword-hashtag-tail", "casino-site-section-over-copied-news"],
    title=None, date=None, source=None, author=None, legit=True, encoding="utf-8",
    origin="a national daily's feature on a casino resort's 25th year copied into the 'casino news' section of a casino-promotion site, with a hashtag line of casino-site keywords (one a casino brand) after the article; the capture's hashtag line is cut after the brand, kept up to it; no headline in the capture; legit: the feature itself is lawful casino-industry news."))

H.append(dict(
    id="rc33-008", url="http://www.win7gj.com/a/xinwenzhongxin/qiyexinwen/87.html", lang="zh", shell="company",
    site_name=None, crumb="您的位置:主页 > 新闻中心 > 企业新闻 >",
    h1="逆境与突破:中药材供应链创新生长研究", meta="企业新闻 / 2021-12-01 00:32",
    lead="本文摘要:摘 要:中药材供应链作为中药材流通体系建设的焦点环节, 当前正面临着销售业态多元化、流通渠道重构、电子商务快速生长和中药材质量宁静意识不停增强的打击。中药材供应链建设在农产物供应链理论基础之上, 可是中药材的多样性、泉源的庞大性以及生产加工养护流程的特殊性决议了中药材供应链不能简朴套用农产物物流理论。",
    spam_line="亚博全站app官网",
    paras=[
        "摘 要:中药材供应链作为中药材流通体系建设的焦点环节, 当前正面临着销售业态多元化、流通渠道重构、电子商务快速生长和中药材质量宁静意识不停增强的打击。中药材供应链建设在农产物供应链理论基础之上, 可是中药材的多样性、泉源的庞大性以及生产加工养护流程的特殊性决议了中药材供应链不能简朴套用农产物物流理论。",
        "通过厘清中药材供应链的基本内在和现行模式, 分析中药材供应链生长面临的理论逆境和现实逆境, 提出中药材供应链理论研究的基本框架, 以及供应链运行机制、供应链物流治理和供应链金融的创新计谋, 旨在推动中药材供应链理论的完善和工业生长的突破。中医药是我国传统民族文化的重要组成部门, 也是我国拥有原创优势的经济资源、文化资源、科技资源和生态资源[1]。我国富厚的中药材资源正是中医药传承和生长的重要物质基础, 中药材工业的快速生长为中医药事业提供了资源保障。近年, 中药材工业的战略职位日益凸显, 中药材流通体系建设作为中药材工业生长的重要一环也成为国家关注的焦点问题之一。",
    ],
    spam=["亚博全站app官网"], injections=["brand-line-between-summary-and-body", "synonym-spun-copy"],
    title="逆境与突破:中药材供应链创新生长研究", date="2021-12-01", source=None, author=None, legit=False, encoding="utf-8",
    origin="a journal article on herbal-medicine supply chains, machine-spun word by word (发展→生长, 安全→宁静, 治理/计谋/部门 for 管理/策略/部分) and posted as 'company news' on an unrelated host, with a sports-betting brand line set between the summary and the body; the capture's cut last paragraph left out; title and date as shown (spun headline kept: it carries no spam); truth text drops the brand line."))

H.append(dict(
    id="rc33-009", url="http://abg135.com/oubotiyutouzhu/406.html", lang="zh", shell="dede",
    title_tag="织梦CMS - 轻松建站从此开始!", site_name="欧博Allbet-欧博注册-网站", crumb=None,
    h1="体育彩票公益金助力民乐公共体育设施建设",
    meta="时间:2024-05-15 16:27来源: 作者:admin 点击: 15 次",
    lead="说起体育彩票公益金的用途,许多人并不是特别清楚,不过,这种情况正随着体育彩票事业的发展以及体育彩票公益金在群众体育事业中日益重要的作用而改变。如今在民乐,随处可",
    paras=[
        "说起体育彩票公益金的用途,许多人并不是特别清楚,不过,这种情况正随着体育彩票事业的发展以及体育彩票公益金在群众体育事业中日益重要的作用而改变。如今在民乐,随处可见的健身设施、健身步道、体育公园、健身广场等免费、方便、实用的健身活动器材和场所,这些公共体育设施的资金来源即是体育彩票公益金,正是体彩公益金的助力让全民健身设施日益完善。",
        "近年来,我县运用体育彩票公益金重点加强县城、丝路田园综合体、乐民新城“三个示范区”体育场馆、健身步道、健身路径等公共体育基础设施建设,实现公共体育场地设施全覆盖。积极推广城市10-15分钟健身圈活动,依托民乐公园绿地、居民小区、乐民新城现有基础设施,制定了《民乐县公共空间体育设施优化升级实施方案》,合理规划体育健身场地,申报乐民新城体育公园、民乐公园、城北公园健身步道等34个全民健身场地设施项目,到位资金700多万元。积极申报2024年度中央体育彩票公益金“国球进社区”“国球进公园”项目7个、省级体育彩票公益金支持健身步道、多功能运动场、“国球进社区”“国球进公园”项目28个。2023年省级体育彩票公益金支持乐民东区、专家新村、公安局小区健身路劲建设项目和中央彩票公益金支持乐民新城A区、绿锦兰园、北苑西区“国球进社区”乒乓球项目。",
    ],
    spam=["欧博Allbet-欧博注册-网站"], injections=["casino-brand-chrome-over-copied-news", "cms-default-title"],
    title="体育彩票公益金助力民乐公共体育设施建设", date="2024-05-15", source=None, author=None, legit=True, encoding="gbk",
    origin="a county sports-lottery fund report copied into a DedeCMS site whose <title> is still the CMS default and whose site name (header) is a casino brand string; byline as captured ('来源:' empty, '作者:admin' → author null); the capture's last paragraph cut after '社区' — kept to the last full sentence; legit: the report is lawful lottery-fund news; same article as rc33-010 on another host."))

H.append(dict(
    id="rc33-010", url="http://gpmedical.com.cn/product/1061.html", lang="zh", shell="product",
    title_tag=None, site_name="米乐|米乐·M6(中国大陆)官网登录入口", phone="138-3170-3799",
    nav=["米乐m6首页", "关于我们", "产品中心", "新闻中心", "服务案例", "联系我们"],
    crumb="当前位置: 首页 > 产品中心 > 体育器材系列",
    h1="体育彩票公益金助力民乐公共体育设施建设", meta=None,
    paras=[
        "说起体育彩票公益金的用途,许多人并不是特别清楚,不过,这种情况正随着体育彩票事业的发展以及体育彩票公益金在群众体育事业中日益重要的作用而改变☯️。如今在民乐,随处可见的健身设施、健身步道、体育公园、健身广场等免费、方便、实用的健身活动器材和场所,这些公共体育设施的资金来源即是体育彩票公益金,正是体彩公益金的助力让全民健身设施日益完善。",
        "近年来,我县运用体育彩票公益金重点加强县城、丝路田园综合体、乐民新城“三个示范区”体育场馆、健身步道、健身路径等公共体育基础设施建设,实现公共体育场地设施全覆盖❄️。积极推广城市10-15分钟健身圈活动,依托民乐公园绿地、居民小区、乐民新城现有基础设施,制定了《民乐县公共空间体育设施优化升级实施方案》,合理规划体育健身场地,申报乐民新城体育公园、民乐公园、城北公园健身步道等34个全民健身场地设施项目,到位资金700多万元⭕️。积极申报2024年度中央体育彩票公益金“国球进社区”“国球进公园”项目7个、省级体育彩票公益金支持健身步道、多功能运动场、“国球进社区”“国球进公园”项目28个。2023年省级体育彩票公益金支持乐民东区、专家新村、公安局小区健身路劲建设项目和中央彩票公益金支持乐民新城A区、绿锦兰园、北苑西区“国球进社区”乒乓球项目。",
    ],
    spam=["米乐|米乐·M6(中国大陆)官网登录入口", "米乐m6首页"], injections=["casino-brand-chrome-over-copied-news", "emoji-interleaving"],
    title="体育彩票公益金助力民乐公共体育设施建设", date=None, source=None, author=None, legit=True, encoding="utf-8",
    origin="the same county sports-lottery fund report as rc33-009, filed as a 'product' page of a sports-equipment company site whose site name and first nav item are a sports-betting brand, with emoji sprinkled after three clauses; the capture's last paragraph cut — kept to the last full sentence; no date shown; legit text; truth text drops the emoji."))

H.append(dict(
    id="rc33-011", url="https://gzxtdwl.cn/2021/0928/c3326a146502/page.html", lang="zh", shell="school",
    site_name=None, crumb=None,
    h1="生环学院环保协会生环学院环保协会举办“月是故乡明 中秋表浓情”活动”活动",
    meta="时间:2021-09-28   浏览:326",
    paras=[
        "生环学院环保协会9月24日在率水校区一食堂门前成功举办了月是故乡明 中秋表浓情”活动此次活动共吸引300人参加",
        "活动伊始组织者在线上发布此次比赛的详细规则和要求同学们踊跃参加报名,并按照指定要求到活动场地在工作人员的指导下完成活动活动后期组织者清理现场。最后根据签到情况发放学分",
        "此次活动的举办,员工们了解中秋节里各种风俗习惯,增加员工们的兴趣,了解节日的渊源与形成,提升同学们对传统节日的认识与传承,抒发其对故乡与亲人的思念之情。",
    ],
    credits=["(撰稿雷竞技 钟华玲;摄影:雷竞技 魏敬雯"],
    spam=["雷竞技"], injections=["brand-in-credit-line", "role-word-spinning"],
    title=None, date="2021-09-28", source=None, author=None, legit=False, encoding="utf-8",
    origin="college student-society news copied under a university-CMS-shaped path on an unrelated host: an e-sports-betting brand stands in the writer's and photographer's unit in the closing credit (twice), 同学 spun into 员工 twice, punctuation lost as captured; the headline is a garbled doubled copy (title null, no spam in it); date from the meta line; author null (the credit carries the brand)."))

H.append(dict(
    id="rc33-012", url="http://uplandwellness.com/zhuanti/2012-02/29/content_7924831.htm", lang="zh", shell="trad_portal",
    top_line="亚洲av无码乱码中文_日韩激情一级无码毛片_国产91资源午夜福利_玖玖资源站最新地址2",
    site_name=None, crumb="您所在的位置: 東南網(wǎng) > 專題> 2012年全國兩會> 要聞 > 正文",
    h1="2012年全國“兩會”氣象服務工作28日正式啟動",
    meta="www.uplandwellness.com 2012-02-29 20:21 何孟潔 來源:氣象局網(wǎng)站 我來說兩句",
    paras=[
        "2月28日11時,第一份全國“兩會”氣象服務專報由北京市氣象臺發(fā)出,2012年全國“兩會”氣象服務正式啟動。氣象部門將一如既往地為代表委員提供及時、準確、優(yōu)質(zhì)、全面的貼心服務。",
        "“兩會”期間正值冬春季節(jié)轉(zhuǎn)換,天氣形勢復雜多變。2月28日,中央氣象臺會同北京市氣象臺等單位,就“兩會”期間的全國天氣形勢進行了專題會商。中央氣象臺將在每日18時前后,向“兩會”會務機構(gòu)滾動報送全國“兩會”氣象服務專報,包括全國天氣實況、全國天氣趨勢預報、北京天氣預報、北京地區(qū)空氣質(zhì)量預報和生活氣象提示、氣象服務摘要和全國其他省會城市天氣預報等內(nèi)容,為“兩會”召開提供全程氣象服務。",
    ],
    spam=["亚洲av无码乱码中文_日韩激情一级无码毛片_国产91资源午夜福利_玖玖资源站最新地址2", "亚洲av无码乱码中文", "日韩激情一级无码毛片", "国产91资源午夜福利", "玖玖资源站最新地址2"],
    injections=["porn-keyword-title-line", "traditional-mirror-with-pinyin-glosses"],
    title="2012年全國“兩會”氣象服務工作28日正式啟動", date="2012-02-29", source="氣象局網(wǎng)站", author="何孟潔", legit=False, encoding="gb18030",
    origin="a provincial news portal's 2012 weather-service report mirrored in traditional script with pinyin glosses after some characters, the mirror's host stamped into the byline, and a line of porn keywords as page title and first line; the capture's '?' separators in the byline rebuilt as spaces; its third paragraph (mojibake) and cut fourth left out."))

H.append(dict(
    id="rc33-013", url="http://m.ifshu.com/index/content/660.html", lang="zh", shell="trad_company",
    top_line="欧美人成人亚洲专区中文字幕_亚洲jizzjizz中国少妇中文_亚洲成a人片在线观看中文app_亚洲国产精彩中文乱码av",
    site_name=None, crumb="返回 新聞動態",
    h1="大連市2023年黑土地保護性耕作實施方案",
    meta="日期: 2023-04-26 14:21:53 瀏覽次數 :1020",
    lead="導讀:目標:全市保護性耕作任務面積57萬畝,鼓勵各區市縣在計劃任務面積基礎上增加實施面積。",
    paras=[
        "【農機網 地方農機】為深入貫徹落實《大連市黑土地保護性耕作行動實施方案(2020-2025年)》,高質量完成2023年度保護性耕作目標任務,按照《遼寧省2023年黑土地保護性耕作實施方案》要求,結合我市實際,制定本實施方案。",
        "一、總體要求",
        "貫徹落實習近平總書記關于黑土地保護的重要指示精神,深入實施東北黑土地保護性耕作行動計劃。堅持實事求是、守正創新、循序漸進、擴面提質的原則,強化組織領導和政策引導,通過政府與市場兩端發力,農機與農藝深度融合,科技支撐與主體培育并重,重點突破與整體推進并舉,穩產豐產與節本增效兼顧,技術創新與機制創新并行,在我市適宜區域穩步有序擴大實施面積,持續增強黑土地保護效果,促進農業可持續發展。",
        "二、目標任務和實施區域",
        "全市保護性耕作任務面積57萬畝,鼓勵各區市縣在計劃任務面積基礎上增加實施面積。建設保護性耕作整體推進縣2個、整體推進鄉3個;建設高標準保護性耕作縣級應用基地11個、鄉級應用基地20個、村級應用基地22個。(詳見附件2、3)",
        "以玉米為重點,兼顧大豆、雜糧、雜豆、油菜、麥類、花生等作物,在全市適宜區域大力推進實施保護性耕作。各區市縣要注重循序漸進、穩中求進,穩步有序擴大保護性耕作實施面積,逐步提升作業質量。",
    ],
    spam=["欧美人成人亚洲专区中文字幕_亚洲jizzjizz中国少妇中文_亚洲成a人片在线观看中文app_亚洲国产精彩中文乱码av", "欧美人成人亚洲专区中文字幕", "亚洲jizzjizz中国少妇中文", "亚洲成a人片在线观看中文app", "亚洲国产精彩中文乱码av"],
    injections=["porn-keyword-title-line", "traditional-mirror"],
    title="大連市2023年黑土地保護性耕作實施方案", date="2023-04-26", source=None, author=None, legit=False, encoding="utf-8",
    origin="a city's black-soil conservation-tillage plan (via an agri-machinery news site) mirrored in traditional script in the 'news' column of an unrelated company site, with a porn-keyword line as page title and first line; the capture's '?' spacer lines dropped; kept up to the end of section two."))

H.append(dict(
    id="rc33-014", url="http://tinsuckhoe365.net/article/84365.html", lang="zh", shell="trad_plain",
    junk_tag='<s id="9uwon"></s>',
    site_name=None, crumb=None,
    h1="徐州東方人民醫(yī)院開展“衣暖人心 你我同行”暖冬捐衣活動", meta=None,
    paras=[
        "全程導(dǎo)醫(yī)網(wǎng) 徐州健康信息:隨著天氣漸冷,徐州市東方人民醫(yī)院發(fā)現(xiàn)一些精神病患者在長期的求治、康復(fù)過程中,由于本身就是貧困戶、或者部分病人家屬將病人送至醫(yī)院后不管不顧,導(dǎo)致這些患者在寒冬將至的季節(jié)里仍缺少御寒衣物。得知這種情況后,醫(yī)院領(lǐng)導(dǎo)高度重視,立即要求組織開展“衣暖人心 你我同行”暖冬活動。",
        "在此活動中,徐州東方人民醫(yī)院老年一科、老年二科、中醫(yī)神志科、精神一科、精神三科、心理二科、心理三科等共捐衣、鞋襪352余件,再經(jīng)過醫(yī)護人員精心地分揀、消毒、洗滌、晾曬、整理,最終整潔一心的冬衣于入冬前送達患者手中,一些患者在拿到新衣后立刻迫不及待地穿了起來,臉上也開綻了笑容,不住地感謝。",
        "此次送溫暖活動給陰冷的冬日平添了陣陣暖意,讓缺衣少襪的病人能夠度過一個溫暖的冬天,使患者增添戰(zhàn)勝疾病的勇氣和信心、堅定美好生活的信念和決心、感受到白衣天使對他們無限的關(guān)懷與愛心,從而進一步有力地促進了醫(yī)患關(guān)系的和諧發(fā)展。",
    ],
    after=["徐州導(dǎo)醫(yī)熱線:0516-85707122"],
    bottom_line="亚洲第一在线综合网站,久久成了视频免费观看,91精品国产高清在线看,国产未成满18禁午夜免费 国产最新上传2021超碰无码 国产精品成人一区二区三区视频",
    spam=["亚洲第一在线综合网站", "久久成了视频免费观看", "91精品国产高清在线看", "国产未成满18禁午夜免费", "国产最新上传2021超碰无码", "国产精品成人一区二区三区视频"],
    injections=["porn-keyword-line-after-article", "junk-random-id-tags", "traditional-mirror-with-pinyin-glosses"],
    title="徐州東方人民醫(yī)院開展“衣暖人心 你我同行”暖冬捐衣活動", date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="a hospital-guide site's item on a hospital's winter-clothes drive mirrored in traditional script with pinyin glosses, wrapped in empty random-id <s> tags (verbatim from the capture) and followed by a line of porn keywords after the hotline line; no date in the capture; truth text keeps the three article paragraphs (the hotline line sits outside)."))

H.append(dict(
    id="rc33-015", url="http://1q6.net/n2/2022/0101/c182775-35078661.html", lang="zh", shell="trad_portal",
    top_line="久久精品水蜜桃av综合天堂_伊人久久大香线蕉av一区二区_久久久伊人影院_www国产亚洲精品久久久",
    site_name="人民網(wǎng)", crumb="人民網(wǎng)>>青海頻道>>青海要聞",
    h1="青海省消防部門開展專項檢查保節(jié)日期間消防安全",
    byline_author="魏爽", meta="2022年01月01日09:26 | 來源:青海日報",
    paras=[
        "為做好元旦期間的消防安全,連日來,全省各級消防救援部門認真研判本地火災防控薄弱環(huán)節(jié)和突出問題,開展消防安全專項檢查,及時排除火災隱患,筑牢消防安全防線,為人民群眾歡度節(jié)日創(chuàng)造良好的消防安全環(huán)境。",
        "消防救援部門結合冬春火災工作和消防安全專項整治三年行動,嚴格落實“三管三必須”要求,在對大型活動舉辦區(qū)域及商場市場、旅遊景點、餐飲娛樂、交通樞紐、物流倉儲、石油化工等重點場所開展消防安全檢查的同時,針對小微賓館、私人影院、私房菜館、電競酒店等使用功能復雜的混合體建筑消防安全責任落實情況開展專項夜查,緊盯城鄉(xiāng)接合部、“三合一”“九小”場所、出租屋、群租房、老舊小區(qū)等不放心區(qū)域場所,加大錯時檢查、聯(lián)合檢查和隱患排查整治力度,查看各類場所消防器材是否完好有效,安全出口、疏散通道是否暢通,建筑消防設施維護管理、日常防火巡查是否到位,用火、用電管理制度是否落實。結合檢查發(fā)現(xiàn)的問題,消防監(jiān)督執(zhí)法人員要求單位和人員切實強化消防安全主責意識,繃緊消防安全這根弦,嚴格落實嚴管嚴控措施,加強重點部位的防火巡查力度,對發(fā)現(xiàn)的火災隱患要明確專人整改,確保疏散通道暢通、消防設施完好、安全管理到位,切實消除潛在火災隱患,全力確保全省消防安全形勢持續(xù)平穩(wěn)。",
    ],
    spam=["久久精品水蜜桃av综合天堂_伊人久久大香线蕉av一区二区_久久久伊人影院_www国产亚洲精品久久久", "久久精品水蜜桃av综合天堂", "伊人久久大香线蕉av一区二区", "久久久伊人影院", "www国产亚洲精品久久久"],
    injections=["porn-keyword-title-line", "traditional-mirror-with-pinyin-glosses"],
    title="青海省消防部門開展專項檢查保節(jié)日期間消防安全", date="2022-01-01", source="青海日報", author="魏爽", legit=False, encoding="utf-8",
    origin="a national news portal's regional report on holiday fire-safety checks mirrored under the portal's URL shape on a short unrelated host, in traditional script with pinyin glosses, with a porn-keyword line as page title and first line; byline as captured; the capture's cut last sentence left out."))

H.append(dict(
    id="rc33-016", marker="規劃", url="http://www.dongsenyule.com/news/2018071886.shtml", lang="zh", shell="trad_plain",
    site_name=None, crumb=None,
    h1="株洲市全面深入推進教育信息化工作五年行動計劃(2016-2020年)", meta=None,
    paras=[
        "為全面深入推進我市“十三五”教育信息化工作,根據(jù)《國家中長期教育改革和發展規劃綱要(2010-2020年)》、《教育信息化十年發展規劃(2011-2020)》、教育部、財政部、國家發改委、工信部、中國人民銀行聯合印發的《構建利用信息化手段擴大優質教育資源覆蓋面有效機制的實施方案》、《劉延東副總理在第二次全國教育信息化工作電視電話會議上講話》和教育部《關于“十三五”期間全面深入推進教育信息化工作的指導意見(征求意見稿)》,以及《湖南省關于進一步加強教育信息化“三通工程”建設與應用的指導意見》等精神,結合全市實際,制定本計劃。",
        "一、指導思想、基本原則和總體目標",
        "(一)指導思想",
        "“十三五”期間,要以黨的十八大和十八屆三中、四中全會精神為指導,緊緊圍繞中央和省關于教育信息化的部署統攬全局,以“構建網絡化、數字化、個性化、終身化的教育體系,建設“人人皆學、處處能學、時時可學”的學習型社會,培養大批創新人才”為發展目標,按照“面向未來、統籌規劃、融合創新、深化應用、完善機制”的原則,以應用為導向,以優質教育資源和信息化學習環境建設為基礎,以學習方式和教學模式創新為核心,以體制機制和隊伍建設為保障,推進信息技術與社區教育、家庭教育和學校教育全面深度融合,形成與教育現代化發展目標相適應的教育信息化體系,為加快實現人才強市構建學習型社會提供有力支撐。",
    ],
    spam=[], injections=["traditional-mirror-on-casino-named-host"],
    title="株洲市全面深入推進教育信息化工作五年行動計劃(2016-2020年)", date=None, source=None, author=None, legit=False, encoding="gb18030",
    origin="a city education bureau's five-year plan converted to traditional script and served as 'news' on a host named after a casino brand (pinyin of a casino group in the domain); no injected string on the page (spam_strings empty): the hijack is the copy itself; kept up to the end of section (一); no date shown."))

H.append(dict(
    id="rc33-017", marker="體育彩票", url="http://meetnikchat.com/shandong/shandonggedi/20220617/5159545.shtml", lang="zh", shell="trad_plain",
    site_name=None, crumb=None, h1=None,
    meta_lines=["來源:濟南發布客戶端", "2022-06-17 10:13:06", "原標題:濟南市體育局組織召開2022年濟南市體育彩票工作會議", "來源:濟南日報·濟南發布"],
    paras=[
        "6月16日,2022年濟南市體育彩票工作會議在濟南奧體中心召開。省體彩中心黨總支書記、主任張云海,市體育局黨組成員、奧體中心主任王建軍,一級調研員石德峰、產業發展處處長李冬英、省體彩濟南分中心主任陳新,各區縣教體局、體育事業發展中心相關負責人出席會議。",
        "會議傳達了全省體彩工作精神,總結回顧了我市2021年體育彩票工作,分析了我市體彩工作當前所面臨的發展局勢,研究部署了下一階段全市體育彩票工作任務。",
        "會上,張云海表示各單位應保持危機意識,發揚二次創業精神,加強規范運營、安全生產等領域管控。王建軍從黨建引領、齊抓共管、安全發展三個方面對2022年體彩工作做出工作部署,強調體育彩票是體育事業“生命線”,要求各單位強化風險意識,切實提高政治站位,確保體彩事業的安全運行和發展。",
        "下一步,市體育局將繼續秉承穩中求進的工作思路,扎實開展各項工作落實,努力推動全市體育彩票事業高質量發展,為加快建設新時代體育強市做出更大貢獻。",
    ],
    after=["想爆料?請登錄《陽光連線》( https://minsheng.iqilu.com/)、撥打新聞熱線0531-66661234或96678,或登錄齊魯網官方微博(@齊魯網)提供新聞線索。齊魯網廣告熱線0531-81695052,誠邀合作伙伴。"],
    spam=[], injections=["traditional-mirror-on-unrelated-host"],
    title="濟南市體育局組織召開2022年濟南市體育彩票工作會議", date="2022-06-17", source="濟南發布客戶端", author=None, legit=True, encoding="utf-8",
    origin="a provincial news portal's item on a city sports-lottery work meeting, converted to traditional script and served under a chat-site host; no injected string (spam_strings empty); no headline element in the capture, the title is the '原標題' line (also the rebuilt <title>); source from the first 來源 line; legit: lawful lottery administration news; the portal's tip-line boilerplate kept outside the text."))

_XC_META1 = "來源:滁州市文化館 作者:魯茂文 發布時間:2017-08-17 瀏覽:1342次"
H.append(dict(
    id="rc33-018", marker="傳承", url="https://www.xcwjlmy.com/e/action/ShowInfo.php?classid=20&id=1763", lang="zh", shell="empire",
    site_name=None, crumb=None, h1=None, meta=_XC_META1,
    paras=[
        "為繼承和弘揚民族優秀傳統文化,鼓勵和支持傳承人開展傳習活動,提高代表性傳承人的傳承能力和工作水平,根據縣文廣新局工作部署,8月16日,全椒文化館舉辦了第三屆非遺傳承人培訓班,縣文廣新局相關領導、非遺保護中心相關人員、各鎮文化站長、非遺傳承人等60多人參加了培訓班。",
        "培訓班上,王開華老師講解了中國傳統文化,欣賞了全椒非遺申報片;魯茂文主任介紹了全椒縣非物質文化遺產相關名錄內容,帶領大家學習了《全椒縣非物質文化遺產項目代表性傳承人資助及績效考核管理暫行辦法》,并就傳承人如何做好非物質文化遺產項目傳承保護等方面提出要求;王彥館長講授了非物質文化遺產的基礎知識以及非遺的傳承與保護。",
        "通過培訓,大家充分了解了我縣非遺項目的現狀,學到了很多非遺知識,為我縣非遺項目的保護提供了堅實的活態傳承基礎。",
    ],
    spam=[], injections=["traditional-mirror-on-unrelated-host"],
    title=None, date="2017-08-17", source="滁州市文化館", author="魯茂文", legit=False, encoding="gb18030",
    origin="a county culture centre's news on an intangible-heritage training class, converted to traditional script and served by an EmpireCMS-shaped script on an unrelated host; no injected string; one of two pages of this host (a real site of 2 pages with rc33-019, same rebuilt shell); no headline in the capture."))

H.append(dict(
    id="rc33-019", marker="(yáng)", url="https://www.xcwjlmy.com/e/action/ShowInfo.php?classid=20&id=2247", lang="zh", shell="empire",
    site_name=None, crumb=None, h1=None,
    meta="來(lái)源:滁州市文化館 作者:魯茂文 發(fā)布時(shí)間:2019-04-12 09:59:50 瀏覽:708次",
    paras=[
        "為繼承和弘揚(yáng)民族優(yōu)秀傳統(tǒng)文化,鼓勵(lì)和支持傳承人開(kāi)展傳習(xí)活動(dòng),提高代表性傳承人的傳承能力和工作水平,4月10日,全椒縣舉辦了第五屆非遺傳承人培訓(xùn)班,縣文化和旅游局相關(guān)領(lǐng)導(dǎo)、非遺保護(hù)中心相關(guān)人員、各鎮(zhèn)文化站長(zhǎng)、非遺傳承人等50多人參加了培訓(xùn)。",
        "培訓(xùn)班上,縣文化和旅游局副局長(zhǎng)羅林紅作了動(dòng)員講話。他強(qiáng)調(diào)了開(kāi)班的意義;滁州市非遺專家何奇解讀了非物質(zhì)文化遺產(chǎn)相關(guān)知識(shí);魯茂文介紹了全椒縣非物質(zhì)文化遺產(chǎn)相關(guān)名錄內(nèi)容、非遺傳承人申報(bào)認(rèn)定管理;文化館負(fù)責(zé)人王彥回顧了2018年非遺工作,提出了2019年非遺工作具體要求。最后,羅局長(zhǎng)作了總結(jié)發(fā)言,對(duì)傳承人提出了更高要求與殷切希望。",
        "通過(guò)培訓(xùn),大家充分了解了我縣非遺保護(hù)傳承現(xiàn)狀,學(xué)到了很多非遺知識(shí),為我縣非遺項(xiàng)目的保護(hù)提供了堅(jiān)實(shí)的活態(tài)傳承基礎(chǔ)。",
    ],
    spam=[], injections=["traditional-mirror-with-pinyin-glosses"],
    title=None, date="2019-04-12", source="滁州市文化館", author="魯茂文", legit=False, encoding="gb18030",
    origin="second page of the rc33-018 host (a real site of 2 pages, same rebuilt shell): the same culture centre's later training-class news, this time with pinyin glosses after many characters (also inside the byline labels); no injected string; no headline in the capture."))

H.append(dict(
    id="rc33-020", marker="cma-promotion.com", url="https://cma-promotion.com/JthlNfGLsq/info/1014/75020.htm", lang="zh", shell="school",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "10月14日晚19:00整,在庄严的国歌声中,我校2002级新生开学典礼暨迎新晚会在东湖校区隆重举行。党委书记陈敬佑,院长张齐生,党委副书记、常务副院长周国模,党委副书记林天宁,副院长杨斌、方伟、陈根芳,党委委员、组织部部长汪志银,以及各部门、各院、系负责人出席了开学典礼。典礼由副院长杨斌主持。",
        "在开学典礼上,陈敬佑书记首先代表学校向新同学顺利的进入大学表示衷心的祝贺和热烈的欢迎,接着详细的介绍了我校的发展历程、教师队伍、学科建设、新校区规划等情况。他寄语新生,殷切希望他们在四年的学习过程中,不仅要学好科学文化知识和做人的道理,更要实现德与才、智与体等素质的共同提高和全面发展,为将来国家的富强和民族的振兴奉献自己的力量。他希望新同学们踏踏实实的走好每一步,努力学习,勤思考,肯钻研,敢创新,做一个品学兼优的大学生。",
        "教师代表陈秀和校学生会主席周纪明同学以及新生代表宋燕分别在典礼上作了发言。",
        "开学典礼结束后,由党委宣传部、学工部和团委共同举办的大型迎新晚会在天目绿色使者表演的《走秀》下拉开了序幕,晚会节目丰富多彩,形式多样,气氛活跃,充分展现了当代大学生朝气蓬勃,积极向上的精神风貌。整台晚会历时一个半小时,高潮迭起,吸引了近万名师生和临安市民,最后,在礼炮和烟花的轰响中,晚会降下了帷幕。",
    ],
    credits=["宣传部"],
    spam=[], injections=["simplified-copy-under-random-token-path"],
    title=None, date=None, source=None, author=None, legit=False, encoding="utf-8",
    origin="a 2002 college news item copied, unchanged and in simplified script, under a random-token path segment on a promotion-company host (the path shape of a university CMS); no injected string (spam_strings empty); no headline or date in the capture; the closing unit credit kept outside the text."))

H.append(dict(
    id="rc33-021", marker="(jù)", url="http://efficientheatingandacrepaircavecreek.com/2023/0704/474212.shtml", lang="zh", shell="trad_plain",
    site_name=None, crumb=None, h1=None, meta=None,
    paras=[
        "為貫徹落實《彩票管理條例》,根據(jù)《彩票管理條例實施細(xì)則》和《彩票公益金管理辦法》的要求,現(xiàn)將2022年天長市體育彩票公益金籌集、使用情況公告如下。",
        "一、體育彩票公益金分配情況",
        "2022年本級留用861.00萬元。",
        "二、本級體育彩票公益金使用情況",
        "用于群眾體育支出861.00萬元,占總數(shù)的100.0%。其中:",
        "(一)用于援建公共體育場地和設(shè)施543.10萬元;",
        "1.公共體育場館、全民健身活動中心等場地建設(shè)、維護193.8萬元;",
        "2.全民健身路徑工程236.3萬元;",
        "3.青少年體育發(fā)展場地設(shè)施建設(shè)113萬元;",
        "(二)用于資助群眾體育組織和隊伍建設(shè)6.50萬元;",
        "1.社會體育指導(dǎo)員6.5萬元;",
        "(三)用于資助或組織開展全民健身活動294.20萬元;",
        "1.示范性全民健身活動199.4萬元;",
        "2.青少年陽光體育活動94.8萬元;",
        "(四)用于組織開展全民健身科學(xué)研究與宣傳17.20萬元。",
        "1.群眾體育調(diào)查研究5.8萬元;",
        "2.群眾體育新聞宣傳11.4萬元。",
        "注:以上公告數(shù)據(jù)不包含上級補助支出。",
        "特此公告。",
    ],
    after=["天長市教育體育局", "2023年06月30日"],
    spam=[], injections=["traditional-mirror-with-pinyin-glosses"],
    title=None, date="2023-06-30", source=None, author=None, legit=True, encoding="utf-8",
    origin="a county-level city's sports-lottery fund notice converted to traditional script with pinyin glosses and served under a date-shaped path on an HVAC-repair host; no injected string; no headline in the capture (title null); date = the notice's signing date; legit: lawful lottery-fund disclosure."))
