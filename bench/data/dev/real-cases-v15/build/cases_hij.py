# -*- coding: utf-8 -*-
"""Hijacked real cases of v15. Texts are verbatim from stored captures (search tool, corpus `pages`);
injected material is verbatim from public issue threads (corpus `issues`) or captured spam pages.
Keys: see make.py. `paras` = paragraphs shown on the page; `truth` = truth text paragraphs when they differ."""

CASES_HIJ = [
dict(
    url="http://ristogarda.com/xgb/info/1031/1525.html", lang="zh", enc="utf-8", shell="edu_news", kind="rebuilt-from-text",
    site="基础课部", crumb="当前位置: 部门首页 >> 新闻中心 >> 新闻中心 >> 正文", column="新闻中心", banner="THIS NAME",
    h1="我院开展宿舍阳光体育系列活动", title="我院开展宿舍阳光体育系列活动", date="2015-06-05",
    meta="发布日期:2015-06-05    作者:     来源:     点击:",
    paras=[
        "6月1日,宿舍“阳光体育文化活动”正式拉开帷幕,本次活动由学工处、基础课部主办,校大学生自律委员会承办。",
        "此次宿舍阳光体育健身活动共分为4大板块,“宿舍阳光健身运动”系列之一:以宿舍为单位开展周末“女子投篮争霸赛”、团体1分钟“跳绳争霸赛”、团体“仰卧起坐争霸赛”、“6人7足争霸赛”;“宿舍阳光健身运动”系列之二:“团结杯”拔河大赛;“宿舍阳光健身运动”系列之三:趣味体育运动会,以趣味的踢毽、挑箩筐、滚铁环等特色运动为竞赛项目,举办趣味体育运动项目,进一步推动群众性体育运动的开展;“宿舍阳光健身运动”系列之四:以宿舍为单位,自行申报体育健身活动项目方案。",
        "在刚刚举行的团体1分钟“跳绳争霸赛”、“6人7足争霸赛”的比赛中,现场活动气氛热烈,挥动的大绳如银蛇飞舞、跳动的学生如彩虹纷飞。无论天气再热同学们默契十足。笑声、鼓声、呐喊声回荡操场。",
        "本次活动是2015年宿舍文化建设活动中重要内容之一,目的是在全院广泛深入地开展丰富多彩的课外体育活动,从而形成“人人爱健康,人人爱运动”浓郁的校园体育文化氛围和全员参与的群众性体育锻炼风气,有效地引导广大学生放下手机,走下网络,走出宿舍,走向操场,让体育健身活动成为一种生活方式,一种生活习惯,一种生活时尚,牢固树立“健康第一”的文化生活观念。最终进一步推进我院学生宿舍文化建设,营造同心共建,和谐共享宿舍文化氛围,引导广大学生创文明宿舍,建温馨家园。",
    ],
    inj_after_content='<p class="vsbcontent_end">全网最精准香港资料全网最精准香港资料全网最精</p>',
    spam=["全网最精准香港资料"], injections=["spam-body-line"],
    origin="pages corpus capture (search: '星空体育 学院 学生 开展 活动 新闻网'); a college department news page with a lottery-tip line (the phrase repeated, cut in the capture) right after the article text, kept verbatim; the shell's English banner text is from the capture",
),
dict(
    url="http://benrey.cn/hk/301/25456.html", lang="zh", enc="gb18030", shell="mirror", kind="rebuilt-from-text",
    site="航空教育網(wǎng)", crumb="您現(xiàn)在的位置是:首頁 > 航空教育 > 航空學(xué)院", column="航空學(xué)院",
    h1="海淀區(qū)領(lǐng)導(dǎo)蒞臨北航調(diào)研文化建設(shè)傳播工作",
    title="海淀區(qū)領(lǐng)導(dǎo)蒞臨北航調(diào)研文化建設(shè)傳播工作", date="2012-02-28",
    meta="hkxyedu 2012-02-28 13:34:23航空學(xué)院",
    title_tag="美女图片MM131_试看二十分钟视频视频有声_晚上正能量网址免费安全_短篇刺激做爰小说_久久免费黄色视频",
    top_line="美女图片MM131_试看二十分钟视频视频有声_晚上正能量网址免费安全_短篇刺激做爰小说_久久免费黄色视频",
    paras=[
        "2月27日上午,海淀區(qū)委常委、宣傳部長陳名杰、副區(qū)長陳雙帶領(lǐng)區(qū)委宣傳部、文化委、文化發(fā)展促進(jìn)中心有關(guān)負(fù)責(zé)同志蒞臨北航,專題調(diào)研文化建設(shè)和文化創(chuàng)新傳播工作。我校黨委副書記張維維、宣傳部、黨政辦公室、團(tuán)委、科學(xué)技術(shù)研究院、文化與藝術(shù)傳播研究院有關(guān)負(fù)責(zé)人陪同調(diào)研、座談。",
        "海淀區(qū)領(lǐng)導(dǎo)一行在我校領(lǐng)導(dǎo)的陪同下,先后實地參觀考察了北航藝術(shù)館、航空航天博物館、北航音樂廳等學(xué)校主要場館和文化傳播陣地,深入了解近年來我校充分發(fā)揮文化場館作用、向師生和社會公眾開展人文藝術(shù)教育、傳播高雅文化的探索與實踐。",
    ],
    spam=["美女图片MM131", "试看二十分钟视频视频有声", "晚上正能量网址免费安全", "短篇刺激做爰小说", "久久免费黄色视频"],
    injections=["porn-keyword-title", "porn-keyword-line"], mirror=True,
    origin="pages corpus capture (search: '亚洲 无码 在线 学院 党委 召开 会议 新闻网讯'); a traditional-script copy (with inline pinyin glosses, kept verbatim) of a university news item on an unrelated domain, opening with a porn keyword line (used as <title> too: the capture's first line); the cut third paragraph is left out",
),
dict(
    url="http://www.b6hw.cn/news/lvyoujiaoyu/134483.html", lang="zh", enc="utf-8", shell="mirror", kind="rebuilt-from-text",
    site="旅遊教育", crumb="首頁 > 旅遊教育", column="旅遊教育",
    h1="南科大首次理事會受關注 將設立南科大黨委會", title="南科大首次理事會受關注 將設立南科大黨委會", date=None,
    meta="",
    title_tag="黑人疯狂巨大xxx0o0_少妇大叫又粗又大太爽A片_色中色av_韩国精品久久_国产xxxx_国产精品白浆无码流出免费看",
    top_line="黑人疯狂巨大xxx0o0_少妇大叫又粗又大太爽A片_色中色av_韩国精品久久_国产xxxx_国产精品白浆无码流出免费看",
    paras=[
        "據中國之聲《央廣新聞》報道,備受關注的南方科技大學第一屆理事會第一次會議昨天(16日)召開。有媒體報道,出席南科大首屆理事會的20名成員中,一半是政府官員,另一半是大學校長和企業家。南科大再次成為輿論關注的焦點。",
        "備受關注的南科大第一屆理事會第一次會議昨天在深圳召開。雖然是閉門會議,現場“戒備”森嚴,但是許多媒體還是從不同渠道獲知了會議的相關內容。據《羊城晚報》報道,會議持續了整整一天。南科大校長朱清時在會上首次向理事會成員報告了南科大的辦學思路和發展規劃。在學校招生及專業、課程設置方面,朱清時在報告中提到,首屆教改實驗班學生入學后,前兩年不分專業,由學校安排統一的理工科基礎課教學及教育部要求的其他課程。大三開始,學生根據自己的興趣和能力選擇專業。",
        "朱清時在報告中還提到,南科大將設中共南方科技大學委員會,黨委會由黨委書記、副書記和若干委員組成,在校內設校務委員會、學術委員會,校務委員會協助校長決策行政事務,學術委員會協助校長決策學術事務。而這次會議之后,備受矚目的南科大的副校長的人選依舊是懸而未決。",
        "南科大可以說是在人們關注的目光中起步的,他每走一步都得到了輿論的普遍關注,今天,南科大理事會也再次登上了百度新聞熱搜詞的排行榜。新聞中還提到,這次出席會議的南科大理事一共20名,包括政、商、學界人士,其中有一半是廳局級以上官員,還有6名大學校長和4名企業董事長,這也引發了網友們的討論。",
    ],
    spam=["黑人疯狂巨大xxx0o0", "少妇大叫又粗又大太爽A片", "色中色av", "韩国精品久久", "国产精品白浆无码流出免费看"],
    injections=["porn-keyword-title", "porn-keyword-line"], mirror=True,
    origin="pages corpus capture (search: '亚洲 无码 在线 学院 党委 召开 会议 新闻网讯'); a traditional-script copy of a radio news report on an unrelated domain opening with a porn keyword line (also used as <title>); the cut last paragraph is left out; no date shown",
),
dict(
    url="http://www.gyoynkyy.com/news/zhxw/454.htm", lang="zh", enc="gbk", shell="edu_news", kind="rebuilt-from-text",
    site="新闻网", crumb="当前位置: 首页 > 综合新闻 > 正文", column="综合新闻", banner="",
    h1="凝心聚力 落实责任 保障学校事业行稳致远", title="凝心聚力 落实责任 保障学校事业行稳致远", date=None,
    meta="",
    paras=[
        "2月24日至26日,我校2017年春季工作会议在珠海校区召开。本次会议以学科建设和党建工作为主题,旨在全校上下凝心聚力,为迎接中央巡视工作,为实现“跻身国内高校第一方阵,建成世界一流大学”的目标而奋斗。全体校领导、校长助理,各二级党委(党总支)、党工委书记,校机关、院系、二级单位、有关科研机构负责人,两院院士、国家杰出青年科学基金获得者、教师代表等出席本次春季工作会议。",
        "罗俊校长在会上做了题为《对于建设中国特色、世界一流学科的思考》的主题报告,从学科方向、学科队伍、科学研究、人才培养四个方面详细阐释了一流学科建设的内涵,分析了学校学科发展的现状,并提出新时期学校学科建设的目标和路径。罗俊校长强调,91免费无码国产在线播放的发展始终与国家的发展、中国高等教育的发展同向、同步、同行。",
    ],
    truth=[
        "2月24日至26日,我校2017年春季工作会议在珠海校区召开。本次会议以学科建设和党建工作为主题,旨在全校上下凝心聚力,为迎接中央巡视工作,为实现“跻身国内高校第一方阵,建成世界一流大学”的目标而奋斗。全体校领导、校长助理,各二级党委(党总支)、党工委书记,校机关、院系、二级单位、有关科研机构负责人,两院院士、国家杰出青年科学基金获得者、教师代表等出席本次春季工作会议。",
        "罗俊校长在会上做了题为《对于建设中国特色、世界一流学科的思考》的主题报告,从学科方向、学科队伍、科学研究、人才培养四个方面详细阐释了一流学科建设的内涵,分析了学校学科发展的现状,并提出新时期学校学科建设的目标和路径。罗俊校长强调,的发展始终与国家的发展、中国高等教育的发展同向、同步、同行。",
    ],
    captions=["我校2017年春季工作会议在珠海校区召开", "罗俊校长作题为《对于建设中国特色、世界一流学科的思考》的主题报告"],
    spam=["91免费无码国产在线播放"], injections=["porn-phrase-replaces-name"],
    origin="pages corpus capture (search: '尊龙凯时 学院 召开 工作 会议 发布时间 来源'); a university news page on an unrelated domain whose university name is replaced by a porn phrase inside a sentence (truth text drops the phrase); the sentence was cut in the capture after '同行,' and is closed with '。' (a reconstruction); the two photo captions are kept outside the truth; no date shown",
),
dict(
    url="http://192.227.172.110/?ID=2025-08-22%2Fpclrps.html", lang="ko", enc="utf-8", shell="news_intl", kind="rebuilt-from-text",
    site="뉴스", crumb="", column="사회",
    pre_h1="NO.1: 카지노 하우스키핑",
    h1="사회단체‘도박없는학교,온라인 도박사이트 운영자 102명 경찰 고발", title="사회단체‘도박없는학교,온라인 도박사이트 운영자 102명 경찰 고발",
    subtitle="딥페이크까지 동원…“청소년 확산 우려,강력 대응 시급”", date=None, meta="",
    paras=[
        "[정선-뉴시스]홍춘봉 기자 = 강원랜드와 파라다이스 등 합법 카지노를 사칭한 온라인 불법 도박 홍보영상이 날이 갈수록 진화하면서 국민 피해가 눈덩이처럼 커질 수 있다는 우려가 커지고 있다.",
        "최근에는 카카오 브랜드를 사칭한 온라인 카지노 홍보영상까지 등장하며 충격을 주고 있다.하지만 정부 단속은 사실상 손을 쓰지 못한 채 방치되면서 청소년 도박 확산과 국민 피해에 대한 우려가 높아지는 가운데 도박없는학교가 발 벗고 나섰다.",
        "사회단체‘도박없는학교’(학교장 조호연)는 카카오 온라인 카지노 등 불법 사이트를 운영하며 타인 명의 계좌를 악용한 운영자 102명을 경찰에 고발했다고 19일 밝혔다.",
        "이들은 SNS·OTT 플랫폼 등을 통해 불법 도박사이트를 홍보하면서 타인 계좌를 빌려 자금 세탁과 불법 거래에 사용했고,카지노 하우스키핑이를 통해 거액의 이익을 챙긴 것으로 조사됐다.",
        "고발 대상에는 ▲카카오 ▲토스 ▲케이뱅크 ▲신한 ▲대구 ▲우리 ▲경남은행 ▲새마을금고 ▲아이엠뱅크 ▲농협은행 등 주요 국내 금융기관 계좌가 포함됐으며,관련 사이트는 네코네코·넥슨·퀵뱃 등 수십 곳에 이른다.불법 거래는 최소 2025년 6월부터 지속된 것으로 파악된다.",
        "도박없는학교는 “이 같은 범죄는 전자금융거래법 위반에 해당할 뿐 아니라,청소년 도박 확산으로 이어질 심각한 사회문제”라며 “특히 청소년 도박은 전염력처럼 빠르게 퍼지기 때문에 조기 차단이 시급하다”고 경고했다.",
    ],
    truth_edit={3: "이들은 SNS·OTT 플랫폼 등을 통해 불법 도박사이트를 홍보하면서 타인 계좌를 빌려 자금 세탁과 불법 거래에 사용했고,이를 통해 거액의 이익을 챙긴 것으로 조사됐다."},
    spam=["카지노 하우스키핑"], injections=["keyword-line-above-headline", "keyword-inside-sentence"],
    origin="pages corpus capture (search: '카지노사이트 바카라사이트 정부 홈페이지 해킹 도박 광고 게시'); a copy of a Korean news-agency report on an IP-address host, with a casino keyword line above the headline and the same keyword spliced into a sentence (truth text drops it); the report itself is about illegal gambling sites; the cut last paragraph is left out",
),
]
