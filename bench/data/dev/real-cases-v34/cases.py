# -*- coding: utf-8 -*-
"""Real cases of split v34: captured text (verbatim, from the `search` tool's pages corpus) and
the truth for each page.  build.py wraps every capture in a rebuilt shell (capture "text").

Fields used by build.py besides the truth: shell (which rebuilt chrome), paras (the article
paragraphs as they appear on the page), extra (lines the page shows that are not article
text: captions, editor lines, watermark tokens), top_spam (a spam line the capture shows above
the page), junk (markup junk the capture shows as text), body_brand (True when the spam brand
sits inside the paragraphs themselves), headline (the headline as shown on the page),
meta (the byline line as shown), encoding.
"""

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------- hijacked ----------

case(
    url="http://amzrylc.com/xlz/zwdt/content/post_2474000.html",
    shell="mirror_trad",
    encoding="utf-8",
    top_spam="国产sm精品全国_最新亚洲精品视频在线_天天看在线视频国产_精品三级不卡在线观看视频",
    chrome_top=["無障礙版 長者助手 登錄", "您當(dāng)前的位置: > >"],
    headline="十五運會小欖賽區(qū)籌備工作進展順利",
    meta="信息來源:本網(wǎng) 發(fā)布日期:2024-12-20 分享:",
    paras=[
        "12月19日,鎮(zhèn)黨委書記趙錫雄率隊到中山國際棒壘球中心,調(diào)研中山國際棒壘球中心項目建設(shè)及第十五屆全國運動會棒壘球賽小欖賽區(qū)籌備工作,協(xié)調(diào)解決工作推進中遇到的困難和問題,全力加快推進各項目建設(shè)。據(jù)了解,目前中山國際棒壘球中心項目建設(shè)進展順利,已完成總工程量的95%。",
        "趙錫雄一行檢查了十五運會棒壘球賽事沿線人居環(huán)境整治情況,了解中山國際棒壘球中心項目基礎(chǔ)設(shè)施建設(shè)進度、場館周邊道路建設(shè)、配套設(shè)施等工作情況。",
        "承辦十五運會棒壘球賽事的中山國際棒壘球中心由原有的熊貓紀念球場和新建的兩個球場及一個室內(nèi)訓(xùn)練場組成,項目總占地146畝,總投資約3.5億元。項目在今年7月動工,目前已完成總工程量的95%,預(yù)計12月底全部竣工驗收。目前,場館周邊道路配套建設(shè)也在同步推進。",
        "在隨后召開的座談會上,相關(guān)部門、單位、村(社區(qū))以及廣東熊貓體育文化產(chǎn)業(yè)有限公司匯報了十五運會棒壘球場館項目基礎(chǔ)設(shè)施和場館周邊道路建設(shè)及征地、十五運會小欖賽區(qū)籌備等相關(guān)工作情況,提出下一步工作計劃。針對項目推進中遇到的困難問題,與會人員開展溝通交流,現(xiàn)場協(xié)調(diào)解決,提出意見建議。",
    ],
    figure_after=[0, 1],
    truth=dict(
        title="十五運會小欖賽區(qū)籌備工作進展順利", date="2024-12-20", source="本網(wǎng)", author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["国产sm精品全国_最新亚洲精品视频在线_天天看在线视频国产_精品三级不卡在线观看视频"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a town government's news page (traditional-script conversion with "
               "pinyin-annotation noise) served on an unrelated host whose <title>/top line is a porn keyword "
               "line; a mirror of a public body's page that also carries spam, so hijacked; rebuilt shell; "
               "the last, cut paragraph is dropped from page and text alike",
    ),
)

case(
    url="http://meetnikchat.com/china/gangaotai/2018/1204/4128302.shtml",
    shell="mirror_trad",
    encoding="utf-8",
    top_spam="日本sm极度另类视频,日本三级韩国三级欧美三级,国语自产偷拍精品视频偷拍,国产人成视频在线观看",
    chrome_top=["全部"],
    headline="澳門逸園狗場教育地段將分配給4所學校建設校舍",
    meta="來源:新華網 作者: 2018-12-04 13:34:12",
    paras=[
        "中新網12月4日電 據《澳門日報》報道,澳門逸園狗場近8000平方米教育地段,學校分配一直備受關注。澳門社會文化司司長譚俊榮12月3日透露,為加快實施“藍天工程”,逸園狗場教育用地經研究并與辦學實體商討后,將分配給協同特殊教育學校、勞工子弟學校、新華學校及圣瑪大肋納學校建設校舍。",
        "據報道,譚俊榮3日列席立法會大會與議員辯論2019年度社會文化范疇施政方針,引介發言時主動披露逸園狗場教育用地的規劃。議員胡祖杰關注進駐狗場學校的擇校準則。",
        "譚俊榮表示,教青局與辦學實體溝通和分析后,認為4所學校進駐狗場用地合適。“藍天工程”的新華學校可借此解決裙樓校舍。圣瑪大肋納學校遷入狗場后,原校舍用地可開辟道路,以整治和優化筷子基區交通。勞工子弟學校在狗場附近,辦學困難且生均建筑面積較小。這3所學校都位于北區,距離狗場約250公尺,較具備條件遷入狗場教育用地。另一所協同特殊教育學校的辦學條件較差,希望特教學生能有一所有校園、看到藍天的學校。",
        "特區政府2016年起推行“藍天工程”計劃,當年有15所位處裙樓開辦正規教育的校舍,現在剩下4所學校尙未解決,包括菜農子弟學校、澳門坊眾學校、德明學校、圣安東尼幼兒園。譚俊榮稱新城A區有教育用地,有信心未來1年會公布所有裙樓學校的校舍安排。也與相關學校商議過,校方認同A區也是不錯的選擇。",
    ],
    extra_after=["[責任編輯:楊凡、穆楠]",
                 "想爆料?請登錄《陽光連線》( https://minsheng.iqilu.com/)、撥打新聞熱線0531-66661234或96678,或登錄齊魯網官"],
    truth=dict(
        title="澳門逸園狗場教育地段將分配給4所學校建設校舍", date="2018-12-04", source="新華網", author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["日本sm极度另类视频,日本三级韩国三级欧美三级,国语自产偷拍精品视频偷拍,国产人成视频在线观看"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a regional news portal's reprint of a wire item (school land on a former "
               "greyhound track; not gambling news) in traditional script on an unrelated host, under a porn "
               "keyword title line; hijacked by the spam line; editor line and the portal's tip-off footer kept "
               "in the page, out of text",
    ),
)

case(
    url="http://111bq.cn/sports/ttyw/325231.html",
    shell="mirror_trad",
    encoding="utf-8",
    top_spam="久久免费看少妇A级精品视频|日本在线有码电影网站|欧美国产精品一区二区三区一牛|国产亚洲产AV在线",
    junk=['<th id="twsd2"></th>',
          '<meter id="twsd2"><tt id="twsd2"></tt></meter>',
          '<mark id="twsd2"><ruby id="twsd2"><legend id="twsd2"></legend></ruby></mark>',
          '<meter id="twsd2"><ruby id="twsd2"><dl id="twsd2"></dl></ruby></meter>',
          '<ins id="twsd2"></ins>',
          '<kbd id="twsd2"></kbd>',
          '<code id="twsd2"></code>'],
    chrome_top=["聯(lián)系電話:0915-3356512", "投稿郵箱:news@akxw.cn", "> 體育 > 體壇要聞"],
    headline="專家:電競來得兇但并非“玩物喪志”",
    meta="2017-12-21  來源:人民網(wǎng)",
    paras=[
        "原標(biāo)題:電競來得兇,但并非“玩物喪志”",
        "20日,廣東體育產(chǎn)業(yè)發(fā)展論壇電競分論壇在蘿崗會議中心召開。論壇就如何讓廣東電競更好發(fā)展、電競?cè)绾伪簧鐣毡榻邮、如何更有利于社會等話題展開了討論。",
        "電競在當(dāng)下的中國發(fā)展得如火如荼,得到了眾多年輕人的喜愛,國際奧委會在兩個月前甚至松口,認為電競有希望進入到奧運的大家庭中。而眾多的數(shù)據(jù)也證明了電競產(chǎn)業(yè)發(fā)展兇猛,來自浮冬數(shù)據(jù)的CEO殷邦騏提到,2017年在鳥巢進行的英雄聯(lián)盟(LOL)決賽中,同時在線觀看人數(shù)超過6000萬人,已經(jīng)是NBA總決賽的3倍。據(jù)艾瑞咨詢報告,2018年的中國將有超過2.8億電子競技玩家,每5個人當(dāng)中就會有一名電子競技玩家,而且絕大部分是“90后”“00后”,在年輕一代的滲透率非常高。",
    ],
    watermark="XZr安康新聞網(wǎng)",
    caption_first="廣東體育產(chǎn)業(yè)發(fā)展論壇電競分論壇在廣州舉行。主辦方供圖",
    truth=dict(
        title="專家:電競來得兇但并非“玩物喪志”", date="2017-12-21", source="人民網(wǎng)", author=None,
        hijacked=True, legit=False, lang="zh-Hant",
        injections=["porn-keyword-title", "junk-tag-scatter", "copy-on-unrelated-host"],
        spam_strings=["久久免费看少妇A级精品视频|日本在线有码电影网站|欧美国产精品一区二区三区一牛|国产亚洲产AV在线"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a city news site's sports reprint copied in traditional script onto an "
               "unrelated host, with a porn keyword title line, a scatter of empty junk tags shown as text and a "
               "random token + site name appended to every paragraph (kept in the page, out of text); the "
               "photo caption and the last, cut paragraph are left out of text",
    ),
)

case(
    url="http://0514f.cn/c/2014-07-09/349415_3.shtml",
    shell="mirror_trad",
    encoding="utf-8",
    top_spam="少妇人妻中文字幕久久,无码色播在线观看,亚洲成av人无码不卡影片一,澳洲精品不打码在线观看",
    chrome_top=["首頁(yè)>政協(xié)·協(xié)商>最政協(xié) 最政協(xié)"],
    headline="現(xiàn)代賽馬的中國(guó)之路 全國(guó)政協(xié)委員:將體育彩票與速度賽馬有機(jī)結(jié)合",
    meta="2014年07月09日 16:14 | 作者:陳彼得 | 來(lái)源:新浪網(wǎng) 時(shí)尚專(zhuān)欄",
    paras=[
        "武漢不只是賽馬",
        "13年前,在廣州賽馬被勒令停止時(shí),南京和武漢馬場(chǎng)建設(shè)正在籌建。南京賽馬場(chǎng)是為了籌備第十屆全國(guó)運(yùn)動(dòng)會(huì)。而武漢賽馬立項(xiàng)的本意就是賭明天。正在賽馬政策的風(fēng)聲鶴唳的籌建賽馬場(chǎng)確實(shí)需要勇氣。",
        "武漢東方馬城在建設(shè)中守望和期待了11年。",
        "2003年10月,武漢市政府決定每年舉辦“武漢國(guó)際賽馬節(jié)”。這或許是一個(gè)決心。不管怎樣,從2003年開(kāi)始,武漢賽馬的“馬彩”夢(mèng)從來(lái)沒(méi)有間斷過(guò)。",
        "2005年3月全國(guó)“兩會(huì)”,武漢的全國(guó)政協(xié)委員提案提出:將體育彩票與速度賽馬有機(jī)結(jié)合,形成具有中國(guó)特色的“賽馬型體育彩票”。2006年在武漢賽馬論壇上,國(guó)務(wù)院參事劉志仁“預(yù)測(cè)2008年可以在武漢試行馬彩”。",
        "2008年1月10日《長(zhǎng)江商報(bào)》頭版位置上稱(chēng)“國(guó)家體育總局已經(jīng)批準(zhǔn)馬彩在武漢先行試點(diǎn),預(yù)計(jì)今年9月可以正式開(kāi)賽。”指是武漢市委書(shū)記苗圩在人大分組會(huì)上透露的。13日《長(zhǎng)江商報(bào)》發(fā)表更正和道歉,承認(rèn)報(bào)道失實(shí)。隨后,國(guó)家體育總局發(fā)表聲明,發(fā)行賽馬彩票沒(méi)有時(shí)間表。",
    ],
    truth=dict(
        title="現(xiàn)代賽馬的中國(guó)之路 全國(guó)政協(xié)委員:將體育彩票與速度賽馬有機(jī)結(jié)合", date="2014-07-09",
        source="新浪網(wǎng) 時(shí)尚專(zhuān)欄", author="陳彼得",
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["porn-keyword-title", "copy-on-unrelated-host"],
        spam_strings=["少妇人妻中文字幕久久,无码色播在线观看,亚洲成av人无码不卡影片一,澳洲精品不打码在线观看"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: page 3 of a political-consultative news portal's column on horse-race "
               "lottery policy, copied whole (its own breadcrumb kept, traditional-script conversion) onto an "
               "unrelated host under a porn keyword title line: a mirror with spam, so hijacked; the copied text "
               "is lawful lottery-policy discussion, so legit as well; the last, cut paragraph is dropped",
    ),
)

case(
    url="http://storefrontgardens.com/info/2411/3123.html",
    shell="school",
    encoding="utf-8",
    brand="英国正版365官方网站",
    body_brand=True,
    headline=None,
    meta=None,
    paras=[
        "10月13日下午,公司在会议中心东海厅召开2023年下半年体育运动委员会工作会议,会议由校体育运动委员会主任、副董事长马廷淮主持,校体育运动委员会全体委员参加了会议。",
        "会上英国正版365官方网站经理赵宏带领大家一起学习了习近平总书记关于体育工作重要讲话精神。张伦厚副经理汇报了运动会筹备情况及下半年赛事安排,党总支书记张萍介绍了2022-2023学年体育工作优秀组织奖得分情况,会议根据评选办法评选出了2022-2023年度体育工作优秀组织奖。各位委员围绕关于运动会筹备情况及下半年赛事进行了讨论并提出了相关意见和建议。",
        "马廷淮副董事长对会议进行了总结,并对做好近期体育工作提出了四点要求:一是要充分发挥体育运动委员会的领导和服务功能;二是要积极构建校、院、分工会、班级多级竞赛体系,形成“全员体育、特色鲜明”的群众体育发展格局;三是对于即将开始的校运会,希望大家各司其职、群策群力,确保赛事安全、顺利举办;四是要加强宣传引领,弘扬体育文化,培养体育精神,营造全校关心、人人参与的良好体育氛围,共同书写具有公司特色的体育文化新篇章。",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["英国正版365官方网站"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a university sports-committee news item whose department name was replaced "
               "by a betting brand (and school words swapped for company words) on a cloned host; headline and "
               "date not captured (null); rebuilt shell with the brand as site name; text is the article minus "
               "the brand",
    ),
)

case(
    url="https://hiracollege.com/info/1137/1482.html",
    shell="school",
    encoding="utf-8",
    brand="888集团网站",
    extra_brands=["welcome888集团"],
    body_brand=True,
    headline=None,
    meta=None,
    paras=[
        "6月21日,台湾明新科技大学管理学院院长张盛鸿教授带领26名师生来888集团网站进行访问交流,888集团网站常务副院长林承亮教授、副院长汪浩教授、院长助理吴新林老师等师生参加了接待活动。",
        "上午9点,888集团网站在SE204举行了欢迎仪式。仪式伊始,吴新林老师介绍了双方来宾。随后明新科技大学管理学院院长张盛鸿教授致辞,他表示四次来到welcome888集团,每一次都有不一样的感觉,希望此次交流能和888集团网站达成学生短期交流和交换生互访的意愿。紧接着,888集团网站常务副院长林承亮教授致欢迎词,他热情洋溢地介绍了我们办学历史以及888集团网站的发展进程,希望能与明新科技大学深化合作,推动两校短期交流和交换生项目等工作。888集团网站副院长汪浩教授介绍了来访的行程安排,并希望明新科技大学师生能对我们有深层次的了解。",
        "简单而热烈的欢迎仪式结束后,双方青年学生参加了两岸青年交流会,两校的学生就各自关心的问题展开了交流,会场气氛友好而热烈。会后,在吴新林老师的陪同下,明新科技大学师生一行先后参观了我们阳明学堂、随园、竺园、图书馆艺术设计学生作品展以及学校办学成果展。当天下午,还去了宁波博物馆参观。",
    ],
    extra_after=["888集团网站新青年媒体中心", "文/汪晨", "摄/李展伊"],
    truth=dict(
        title=None, date=None, source=None, author="汪晨",
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["888集团网站", "welcome888集团"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a college's news item on a visiting delegation, on a cloned host, with a "
               "casino brand standing in for the college's name throughout (and a second brand form in one "
               "sentence); headline and date not captured (null); the 文/摄 credit lines kept in the page (author "
               "from 文/), out of text; rebuilt shell with the brand as site name; text is the article minus the "
               "brands",
    ),
)

case(
    url="http://91ybf.com/xww/xwtt/a39816.htm",
    shell="school",
    encoding="utf-8",
    brand="足球竞彩app排名",
    brand_sitename=False,
    headline="足球竞彩app排名召开学术茶话会",
    meta="发布日期:2009-05-04 阅读次数:",
    meta2="供稿:科技处 谢非 摄影/编辑:新闻中心 斯君",
    paras=[
        "为进一步理顺学校管理体制,推动我校学术力量整合,增强学校综合实力和核心竞争力,营造浓厚的学术氛围,我校近日在国际交流中心三层第一会议室召开了首次学术茶话会。",
        "本次会议邀请了我校两院院士、杰青、长江学者及各学院院长等人员参加,校领导胡海岩、赵长禄、孙逢春、杨树兴及相关部处负责人参加了本次会议。本次会议的主题是关于建立学部的相关问题研讨,会议由杨树兴副校长主持。",
        "校长胡海岩院士首先肯定了举办学术茶话这种形式和做法,通过在围绕学校建设和学术发展等相关问题上的认真研讨、广泛交流和沟通,统一思想和认识,对加快学校的发展建设和促进多学科交叉融合有重要意义。随后,胡校长介绍了我校建立学部的背景和整体构想,认为建立学部有利于强化学校的学术权力,有利于我校各学科专业间的相互交叉与融合,有利于推动我校“理工并重,相互融合”的实现。",
        "校学术委员会秘书徐文国教授从高校科技管理存在的问题及原因分析、高校建立学部的必要性和重要性、我校建立学部的初步设想三个方面作了汇报,并结合浙江大学学部的组织模式、运行方式及国内其他部分高校建立学部后的运行情况等方面内容详细阐述了我校建立学部的必要性和重要性。",
        "最后,与会人员围绕本次会议的主题踊跃发言、建言献策,并结合自身的认识和相关高校的办学经验纷纷提出了宝贵的意见和建议。学术茶话会将成为我校引领学术交流、促进学科交叉融合的一种良好的学术交流形式。",
    ],
    truth=dict(
        title=None, date="2009-05-04", source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-headline"],
        spam_strings=["足球竞彩app排名"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a university news item on a cloned host whose headline has the institution "
               "name replaced by a betting keyword; the true headline is not written on the page, so title is "
               "null; the 供稿 line (office + name) is kept in the page but not used as source/author (it names "
               "a contributor, not a 来源)",
    ),
)

case(
    url="http://njb.7fuys.com/xxgk/xxgkgd/201202/t20120221_3443052.shtml",
    shell="gov_gbk",
    encoding="gbk",
    brand="澳门赌场",
    body_brand=True,
    headline="澳门赌场机关信息公开管理办法(试行)",
    meta=None,
    paras=[
        "第一章 总则",
        "第一条 为了保障公民、法人和其他组织依法获取澳门赌场(以下简称澳门赌场)机关有关信息,进一步增强澳门赌场机关工作透明度,提高公共服务水平,依据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《国务院办公厅关于施行中华人民共和国政府信息公开条例若干问题的意见》和中共中央办公厅、国务院办公厅《关于深化政务公开加强政务服务的意见》,制定本办法。",
        "第二条 本办法所称信息,是指澳门赌场机关在履行职责过程中制作或者获取的,以一定形式记录、保存的信息。澳门赌场院属单位信息不属于本办法所称信息范畴。",
        "第三条 澳门赌场机关工作领导小组负责统一领导澳门赌场机关信息公开工作。",
        "第四条 办公厅负责澳门赌场机关信息公开的日常协调和组织实施。其主要职责是:",
        "(一)拟订澳门赌场机关信息公开工作的相关规章制度并推进落实;",
        "(二)拟订信息公开的工作规划、年度计划并组织实施;",
        "(三)组织编制并及时更新信息公开指南、信息公开目录和信息公开工作年度报告;",
        "(四)组织协调澳门赌场机关各部门对相关信息的审查、报送与公开;",
        "(五)督促、检查国家和澳门赌场机关关于信息公开工作部署的落实情况,推动信息公开工作规范运行;",
        "(六)接受并处理公民、法人和其他组织向澳门赌场机关提出的信息公开申请;",
        "(七)完成与信息公开有关的其他工作。",
        "第五条 澳门赌场保密办公室负责总体指导对拟公开信息的保密审查,督促检查信息公开工作中的保密情况。",
        "澳门赌场机关各部门在公开本部门业务范围内的信息前,应当依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定对拟公开的信息进行保密审查。",
    ],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=False, lang="zh",
        injections=["brand-in-institution-place"],
        spam_strings=["澳门赌场"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: an academic institution's information-disclosure rules (信息公开 path) on "
               "a cloned subdomain, with a casino keyword substituted for the institution's name in headline "
               "and body; the true headline is not written, so title is null; GBK rebuilt shell; text is the "
               "rules minus the keyword; the last, cut line dropped",
    ),
)

case(
    url="http://m.oaap.cn/xwzx/bwkx/201109/t20110919_2071362.htm",
    shell="mirror_trad",
    encoding="utf-8",
    headline=None,
    meta=None,
    paras=[
        "中國臺灣網(wǎng)9月19日消息 據(jù)臺灣“中央社”報道,臺灣運動彩券 (相當于大陸體彩,初期投注標的只有島外的職棒、職籃和足球比賽,玩法包括比大小、預測冠軍等5種,投注方式以投注站為主)發(fā)生“監(jiān)守自盜”丑聞,負責發(fā)行的林姓主管利用職務之便作弊下注。臺灣彩券販賣人員職業(yè)工會聯(lián)合會19日表示,將聯(lián)合業(yè)者向發(fā)行機構臺北富邦銀行求償,并呼吁臺當局思考成立彩券專責管理單位。",
        "據(jù)報道,國民黨籍民意代表呂學樟、臺灣彩券工會聯(lián)合會以及多名經(jīng)銷商19日上午在臺灣民意機構國民黨黨團舉行記者會。彩券工會聯(lián)合會呼吁臺當局立即由社會公正單位和團體組成外部參與機構,監(jiān)督彩券公司,并提出挽救彩券形象的積極做法。彩券工會聯(lián)合會理事長黃繼任向媒體表示,他在9月初已傳簡訊告訴臺灣體育主管部門的官員,指出富邦內(nèi)部有舞弊情事,但體育主管部門毫無響應。",
        "彩券工會聯(lián)合會榮譽理事長林俊福說,出事的“大三元”只是另外弄的游戲,且占整體業(yè)績比例非常低,和其他運動項目的彩券或是公益彩券不一樣,如果不講清楚,民眾會以為全部的彩券都有問題?,F(xiàn)已有個別經(jīng)銷商投訴業(yè)績掉了2到3成,如果1到2個月后業(yè)績明顯下降,會代替業(yè)者向富邦求償。彩券工會聯(lián)合會常務理事姜村隆則指出,此事沒有在第一時間明快處理是最大錯誤,主管機關還在等報告,到時會跟塑化劑事件一樣,各種傳聞都出來。(中國臺灣網(wǎng) 吳斌)",
    ],
    extra_after=["[ 責任編輯:吳斌 ]"],
    truth=dict(
        title=None, date=None, source=None, author=None,
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["copy-on-unrelated-host"],
        spam_strings=[],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a state-run news site's item on a sports-lottery scandal, copied whole in "
               "traditional script (with pinyin-annotation noise) onto an unrelated host under the source's own "
               "path; a mirror, no injected string, so hijacked (the marker is the host); the copied text is "
               "lawful lottery news, so legit as well; headline and year not captured (title, date null)",
    ),
)

case(
    url="http://jssljx.com/m/tw_54900/201810/t20181024_12104887.htm",
    shell="mirror_trad",
    encoding="utf-8",
    chrome_top=["中國臺(tái)灣網(wǎng)"],
    headline="臺(tái)灣選舉帶火地下賭盤 賭頭直指新北與高雄是重點(diǎn)",
    meta="來源:中國臺(tái)灣網(wǎng)　2018年10月24日 10:15:00A",
    caption_first="高雄市長選戰(zhàn),韓國瑜(左)步步進(jìn)逼陳其邁,讓賭盤也跟著火熱。(圖片來自臺(tái)媒)",
    paras=[
        "中國臺(tái)灣網(wǎng)10月24日訊 據(jù)臺(tái)灣“中時(shí)電子報(bào)”報(bào)道,選舉已成為一種臺(tái)灣文化,而臺(tái)面下的選舉賭盤,更是具有左右選舉的恐怖力量。臺(tái)灣“九合一”選舉將于11月24日登場(chǎng),隨著選情緊繃,地下賭盤跟著火熱,“6都”市長選舉中,新北、高雄最為接近,警方調(diào)查,恐有350億元新臺(tái)幣的金流流竄,已展開調(diào)查行動(dòng)。",
        "據(jù)今日出刊的《鏡周刊》報(bào)道,一名北部大組頭表示,6都中已有4都開出賭盤,新北、高雄最為精彩。侯友宜起初大幅領(lǐng)先,但蘇貞昌人氣拉抬,2人票數(shù)正在接近中;高雄市長候選人韓國瑜的表現(xiàn)則是讓組頭跌破眼鏡,可望讓該處的綠色神話翻盤。臺(tái)中則一直被認(rèn)為是在伯仲之間,目前已開出PK盤,等選舉當(dāng)天才會(huì)知道鹿死誰手。",
        "臺(tái)灣人愛賭,但選舉賭盤只能玩“地下”的,因?yàn)橛刑嗫梢杂绊戇x情的方式。舉例來說,組頭“開甲候選人讓乙超過常理多票的盤,卻只收賭乙勝的下注,不收甲!比绱艘粊,賭客為了想要贏錢,會(huì)想方設(shè)法拱乙當(dāng)選,這也成為另類“買票”,只是發(fā)錢的是組頭而非候選人。報(bào)道說,2010年選前之夜連勝文遭槍擊,就讓賭盤“豬羊變色”,組頭賺翻、賭客輸?shù)健懊撗潯,因此不少賭客認(rèn)為,槍擊案幕后藏鏡人與組頭脫不了干系。(中國臺(tái)灣網(wǎng) 娟子)",
    ],
    extra_after=["責(zé)任編輯:郭碧娟", "分享到:", "相關(guān)推薦"],
    junk_after="威信县| 公安县| 确山县| ",
    truth=dict(
        title="臺(tái)灣選舉帶火地下賭盤 賭頭直指新北與高雄是重點(diǎn)", date="2018-10-24", source="中國臺(tái)灣網(wǎng)",
        author=None,
        hijacked=True, legit=True, lang="zh-Hant",
        injections=["copy-on-unrelated-host", "keyword-filler-list"],
        spam_strings=["威信县| 公安县| 确山县|"],
        kind="rebuilt-from-text", capture="text",
        origin="pages corpus capture: a state-run news site's report on illegal election betting, copied whole "
               "(traditional script with pinyin-annotation and mojibake noise, source chrome kept) onto an "
               "unrelated host, with a spider-pool filler list of county names appended under 相關推薦; a "
               "mirror, so hijacked; lawful news about gambling, so legit as well; photo caption and editor "
               "line in the page, out of text",
    ),
)

# ---------------------------------------------------------------- legit ----------

case(
    url="https://nxtcw.com.cn/index.php/shows/400/11362.html",
    shell="lottery_org",
    encoding="utf-8",
    headline=None, meta=None,
    paras=[
        "为进一步维护购彩者合法权益,积极营造理性购彩、健康购彩氛围,宁夏体育彩票管理中心持续开展亚洲杯合规销售专项监管活动。",
        "亚洲杯开售前,宁夏体育彩票管理中心成立专项工作小组,召开“亚洲杯”竞猜游戏合规销售专项会议,对我区理性购彩、合规管理工作措施等内容进行综合研讨,进一步明确工作要求,并针对实体店未成年人警示标语、“十不得、十禁止”管理要求、责任彩票宣传手册摆放张贴情况,是否存在虚假及误导宣传、信用销售等问题开展实体店全覆盖检查,做好合规销售风险隐患防范。",
        "亚洲杯销售期间,宁夏体育彩票管理中心建立了应急值班制度,主要负责对突发事件进行处置,并将亚洲杯合规销售情况形成日报、周报,定时、定期进行内部通报。此外,还对全区高销量实体店进一步加强监管,定期进行走访,形成记录台账,切实压实合规销售责任,确保赛事期间安全运营。",
        "随着亚洲杯赛事进入白热化阶段,宁夏体育彩票管理中心温馨提示广大购彩者,快乐看球、理性购彩,是中国体育彩票倡导的购彩理念,鼓励大家量力而行、多人少买、远离非法彩票,到体彩实体店合规购买彩票,有助于购彩者保持快乐的心情,聚焦赛事本身的魅力。如果您单日投注超过限额,请按照规定预约和实名登记。购彩有度乐于心,理性投注利于行,如遇到实体店出现违规销售情况,请及时拨打95086客服电话进行举报,让我们一起行动,共同维护体育彩票健康市场环境。",
    ],
    truth=dict(title=None, date=None, source=None, author=None, hijacked=False, legit=True, lang="zh",
               injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a provincial sports-lottery centre's own news item on compliant "
                      "sales during a football tournament (responsible-lottery notice); headline and date not "
                      "captured (null); rebuilt shell"),
)

case(
    url="https://my.org.mo/zh_tw/event_category_all_detail/article/lw667ref.html",
    shell="assoc_hant",
    encoding="utf-8",
    chrome_top=["A A A", "訂閱會訊", "網站地圖", "全站搜索"],
    headline="【活動推介】「智美社區」負責任博彩社區定向賽",
    meta="2024-05-14",
    paras=[
        "「智美社區」負責任博彩社區定向賽【章程】",
        "📍主辦單位:澳門中華新青年協會、美高梅",
        "📍支持單位:澳門大學博彩研究所、澳門理工大學博彩旅遊教學及研究中心",
        "📍活動目的:旨在普及負責任博彩知識,以社區定向賽形式帶出「負責任博彩」概念,提升全澳市民及遊客對「負責任博彩」的知識,每個站點均代表負責任博彩五個持份者所共同承擔責任,尤其是八大行為的認知以及與本年度主題「主動求助,贏得未來」相契合。",
        "📍參賽對象:全澳市民",
        "📍比賽日期及時間:2024/7/27(六) 11:00-15:00",
        "📍集合地點:美獅美高梅一樓宴會廳",
        "📍參賽組別及名額",
        "學生組(14-22歲):每隊2人,共25隊 (未滿18歲人士需繳交家長同意書)",
        "公開組(23-45歲):每隊2人,共25隊",
        "📍獎項",
        "公開組:冠軍$2,000;亞軍$1,500;季軍$1,000",
        "學生組:冠軍$1,500;亞軍$1,200;季軍$800",
        "📍費用",
        "每隊須繳交保證金$200,活動結束後憑單可全額退回保證金",
    ],
    truth=dict(title="【活動推介】「智美社區」負責任博彩社區定向賽", date="2024-05-14", source=None, author=None,
               hijacked=False, legit=True, lang="zh-Hant", injections=[], spam_strings=[],
               kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a Macau youth association's event notice for a responsible-gambling "
                      "orienteering race co-organised with a casino operator; registration details after the fee "
                      "line left out of page and text; rebuilt shell"),
)

case(
    url="https://www.mirrormedia.mg/story/20221104soc009",
    shell="news_hant",
    encoding="utf-8",
    chrome_top=["時事"],
    headline="【選舉賭盤誰勝出1】開張善政讓票1.5萬 桃園選舉成全台最熱盤口內幕",
    meta="2022.11.05 05:58 臺北時間",
    caption_first="桃園市選情膠著,張善政(右)從開盤讓鄭運鵬(左)8萬票,一路被追趕至只讓1.5萬票,幾乎五五波的差距。(本刊資料照)",
    paras=[
        "今年九合一大選選情北熱南冷,連帶影響選舉賭盤的下注強度,有組頭就向本刊表示,以六都而言,目前台北市算是蔣萬安、陳時中和黃珊珊三強鼎立,民調上蔣萬安以些微差距領先;新北、台中則普遍看好侯友宜、盧秀燕能連任成功;而台南、高雄由黃偉哲、陳其邁勝出幾無懸念,所以賭盤的玩法也有限。變數最大的地方則在桃園,張善政從開盤讓鄭運鵬8萬票,一路被追趕至只讓1.5萬票,幾乎五五波的差距,讓不少人下注看好戲,更令桃園變成全台最熱門的賭盤盤口。",
        "熟知賭盤內情的組頭A先生向本刊表示,陳時中甫參選時聲勢不錯,當時被外界看好,9月時還開他讓2萬票勝選;不料他因免治馬桶偷窺、疫苗風波等爭議,加上媒體人周玉蔻頻頻追打蔣萬安身世、蔣孝嚴緋聞案等問題,導致選情一路下滑,10月初已變成陳時中、蔣萬安的PK盤。但依照選民結構,台北市的基本盤以藍營較大,相對蔣萬安的贏面也較大。",
    ],
    caption_mid="目前台北市算是陳時中(左起)、蔣萬安、黃珊珊三強鼎立,民調上蔣萬安以些微差距領先。(本刊資料照)",
    truth=dict(title="【選舉賭盤誰勝出1】開張善政讓票1.5萬 桃園選舉成全台最熱盤口內幕", date="2022-11-05",
               source=None, author=None, hijacked=False, legit=True, lang="zh-Hant", injections=[],
               spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a news magazine's own report on illegal election betting odds "
                      "(publisher's chrome); photo captions in the page, out of text; the capture's cut last "
                      "paragraph dropped; rebuilt shell"),
)

case(
    url="https://mapubweb.hntv.tv/yjgc/article/1/1754394719700635650",
    shell="news_simpl",
    encoding="utf-8",
    headline="向赌博说“不”!郑东公安多措并举开展禁赌宣传活动",
    meta="中原警事 2024-02-05 14:41:10",
    paras=[
        "大象新闻记者 刘小玉",
        "为进一步加强全民禁赌宣传教育力度,预防和遏制赌博违法犯罪活动,增强群众拒赌防赌意识,切实净化社会风气,针对岁末年初赌博活动易高发多发的特点。近日,河南郑州郑东公安结合辖区实际,组织开展了禁赌宣传活动。在社会上营造了拒赌反赌的浓厚氛围,深入推进了打击整治赌博违法犯罪“清风”行动。",
        "宣传中,祭城派出所、通泰路派出所民辅警围绕“树清风正气•禁赌博陋习”宣传主题,在辖区购物中心广场、农贸市场、大型社区、高校园区、建筑工地、金融网点等人员密集场所通过设立展板、发放宣传资料、现场讲解等形式;同时龙子湖派出所、商务区派出所在人员密集重点地段对过往车辆及人员发放禁赌传单的形式开展禁赌宣传活动。民警通过用通俗易懂的语言,现场讲解当前赌博违法犯罪行为的主要特点和相关法律法规,结合典型案例,以案释法,揭露赌博对社会和家庭造成的严重危害。呼吁广大群众远离赌博、不参赌、不涉赌、不聚赌,引导群众自觉抵制各种形式的参赌行为。增强群众的拒赌反赌意识,提高抵制赌博的自觉性,并号召广大辖区群众积极举报涉赌有害信息和违法犯罪线索。",
        "期间,共发放宣传单、宣传册近10万余份,悬挂张贴宣传标语、条幅800余条,面对面宣讲300余次。",
    ],
    extra_after=["来源: 中原警事"],
    related=["消防知识送到家,郑州二七消防开展“入户宣传”活动", "依托“流动性”消防宣传车,助力开展冬季防火宣传",
             "全民禁赌共参与 郑州郑东公安举行“禁赌宣传月”宣传活动"],
    truth=dict(title="向赌博说“不”!郑东公安多措并举开展禁赌宣传活动", date="2024-02-05", source="中原警事",
               author="刘小玉", hijacked=False, legit=True, lang="zh", injections=[], spam_strings=[],
               kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a provincial broadcaster's news app page on a police anti-gambling "
                      "publicity drive; 来源 line and related-news list in the page; rebuilt shell"),
)

case(
    url="http://www.dongguandelvshi.com/dongguanlushi/vip_doc/16020000.html",
    shell="firm",
    encoding="utf-8",
    headline=None, meta=None,
    paras=[
        "为提升人民群众抵制赌博活动的主动性和积极性,营造禁赌治赌的良好氛围,2019年12月24日,石龙公安分局黄洲派出所在石龙镇龙升市场举行了“赌博违法莫沾边”禁赌宣传活动,使禁赌宣传深入人心,进一步推动禁赌工作深入开展。",
        "期间,民警通过在周边悬挂宣传横幅、派发宣传单张的形式向群众展示了赌博对社会严重危害性,以及公安机关打击赌博违法犯罪的决心,并向现场群众讲解宣传打击赌博违法犯罪活动的法律法规和重要意义,发动群众积极举报涉赌违法犯罪线索。活动中,共悬挂横幅1条,派发宣传单张200余份,接受群众咨询40余次。",
        "通过禁赌宣传活动,强化对青少年、老年人、外来务工者等人员的法制教育,有效增强了人民群众对赌博违法犯罪活动的认识程度和举报意识,深刻揭露各类赌博活动的危害性,彰显公安机关严厉打击赌博违法犯罪活动的决心,取得了良好的社会反响和宣传效果。(石龙公安分局 管萱萱)",
    ],
    truth=dict(title=None, date=None, source=None, author=None, hijacked=False, legit=True, lang="zh",
               injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a police anti-gambling publicity report reprinted on a law firm's "
                      "site under the firm's own chrome (a reprint, not a mirror: hijacked false); headline not "
                      "captured (null); rebuilt shell"),
)

case(
    url="https://denpasar.suara.com/read/2023/01/15/211224/puluhan-orang-ditangkap-dari-markas-judi-online-di-apartemen-city-park-cengkareng-jakarta",
    shell="news_id",
    encoding="utf-8",
    headline=None, meta=None,
    paras=[
        "Suara Denpasar - Puluhan orang ditangkap dari markas judi online di Apartemen City Park, Cengkareng, Jakarta Barat, Minggu (15/1/2023). Mereka pun dikeler ke Polsek Cengkareng, dan dicari siapa bosnya.",
        "Kapolsek Cengkareng, Kompol Ardhie Demastyo menjelaskan, total orang yang ditangkap sebanyak 24 orang. Mereka mengaku sebagai operator judi online.",
        "Mereka mengoperasikan empat situs judi online dari 7 unit kamar di Apartemen City Park, Cengkareng. Dalam mengoperasikan judi online mereka menggunakan komputer desktop dan laptop.",
        "\"Kami beserta Tim Reskrim langsung ke lokasi dan mengamankan di 7 unit apartemen City Park, ada sebanyak 24 orang,\" jelas Kompol Ardhie Demastyo, kepada wartawan , Minggu (15/1/2023).",
        "Dia menjelaskan, pengungkapan markas judi online di Apartemen City Park berawal dari informasi masyarakat. Info itu menyebutkan bahwa sejumlah unit di Apartemen City Park dipakai untuk markas judi online.",
        "Karena itu, pasukan dari Polsek Cengkareng pun menggerebek kamar-kamar yang diduga dipakai untuk para pelaku mengoperasikan perjudian online yang masih marak di Indonesia.",
        "Saat dibekuk, puluhan operasi itu mengaku mengoperasikan empat situs judi online. Proses rekrutmen para operator dilakukan secara tertutup, berdasarkan pertemanan.",
        "\"Beberapa (terduga pelaku, red) menjadi operator karena diajak oleh teman yang sudah duluan menjadi operator judi online di sana,\" jelas Kompol Ardhie Demastyo.",
        "\"Sementara masih kami selidiki dan kami masih berupaya untuk mencari lagi atasnya (bosnya),\" terang dia.",
    ],
    inline_more=[(3, "Baca Juga:Polisi Gerebek 9 Karyawan Judi Online di Kuta, Bandar Besar?"),
                 (6, "Baca Juga:Server Situs Judi Online di Filipina, Dua Bulan Beroperasi di Bali Raup Rp 1, 4 Miliar")],
    truth=dict(title=None, date=None, source=None, author=None, hijacked=False, legit=True, lang="id",
               injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a regional news site's police report on an online-gambling "
                      "operators' raid; headline not captured (null); 'Baca Juga' links kept in the page, out of "
                      "text; the capture's cut last paragraph dropped; rebuilt shell"),
)

case(
    url="https://www.nysenate.gov/newsroom/press-releases/2022/joseph-addabbo/addabbo-comments-nys-gaming-commission-announcement",
    shell="en_release",
    encoding="utf-8",
    headline="Addabbo comments on NYS Gaming Commission announcement that four licensed mobile sports betting wagering operators have been approved to start taking bets",
    meta="Senator Joseph P. Addabbo, Jr. | January 6, 2022",
    paras=[
        "“Today’s announcement by the New York State Gaming Commission that four of the nine licensed Mobile Sports Wagering Operators have been approved to begin operations starting on Saturday, January 8, 2022, is great news for New York in terms of revenue, new funding for education, addiction programs and youth sports, as well as new jobs. I want to thank the Gaming Commission for their efficiency in ensuring that these operators met all of the requirements to bring their mobile sports betting product to the people of New York ahead of the NFL playoffs. I look forward to the other five operators satisfying the statutory and regulatory requirements necessary to launch in the near future and working with the Hochul Administration and Gaming commission.”",
    ],
    truth=dict(title="Addabbo comments on NYS Gaming Commission announcement that four licensed mobile sports betting wagering operators have been approved to start taking bets",
               date="2022-01-06", source=None, author=None, hijacked=False, legit=True, lang="en",
               injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a state senator's press release on mobile sports-betting licences; "
                      "rebuilt shell"),
)

case(
    url="https://gaminglegalblog.com/new-york-gaming-commission-approves-mobile-sports-betting-regulations/",
    shell="en_blog",
    encoding="utf-8",
    headline="New York Gaming Commission Approves Mobile Sports Betting Regulations",
    meta=None,
    paras=[
        "This past Monday, August 16, the New York Gaming Commission unanimously approved a final set of mobile sports betting regulations. The regulations address, among other things, employee and vendor licensing requirements; compliance and reporting obligations; internal control standards; and mobile betting system requirements. The full sports betting regulations are available for review on the Commission’s website.",
        "As we reported previously, the Commission will only issue licenses to 2 online/mobile betting operators. Earlier this summer, the Commission initiated a competitive bidding process to select the state’s two licensees. Although New York’s mobile betting law gives the Commission until January 6, 2022 to make its selections, the Commission indicated in its Request for Applications that it intends to announce the state’s two licensees by December 6, 2021.",
        "State officials have expressed optimism that mobile betting will officially go “live” in New York sometime during Q1 2022.",
        "We will continue to monitor New York’s licensing process and provide updates on any significant developments.",
    ],
    truth=dict(title="New York Gaming Commission Approves Mobile Sports Betting Regulations", date=None,
               source=None, author=None, hijacked=False, legit=True, lang="en", injections=[], spam_strings=[],
               kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a law firm's gaming-law blog post on sports-betting regulations; "
                      "date not written in the capture (null); rebuilt shell"),
)

case(
    url="https://money.mymotherlode.com/clarkebroadcasting.mymotherlode/article/gnwcq-2024-2-29-studio-city-international-holdings-limited-announces-unaudited-fourth-quarter-2023-earnings",
    shell="en_release",
    encoding="utf-8",
    chrome_top=["Financial News"],
    headline="Studio City International Holdings Limited Announces Unaudited Fourth Quarter 2023 Earnings",
    meta=None,
    paras=[
        "MACAU, Feb. 29, 2024 (GLOBE NEWSWIRE) -- Studio City International Holdings Limited (NYSE: MSC) (“Studio City” or the “Company”), a world-class integrated resort located in Cotai, Macau, today reported its unaudited financial results for the fourth quarter and full year ended December 31, 2023.",
        "Total operating revenues for the fourth quarter of 2023 were US$141.3 million, compared with total operating revenues of US$4.2 million in the fourth quarter of 2022. The change was primarily attributable to the relaxation of COVID-19 related restrictions in Macau in January 2023 and the opening of Studio City Phase 2, which led to an increase in revenue from casino contract and higher non-gaming revenues.",
        "Studio City Casino generated gross gaming revenues of US$294.8 million and US$40.9 million for the fourth quarters of 2023 and 2022, respectively.",
        "Studio City Casino’s rolling chip volume was US$566.0 million in the fourth quarter of 2023 versus US$251.4 million in the fourth quarter of 2022. The rolling chip win rate was 1.86% in the fourth quarter of 2023 versus 2.70% in the fourth quarter of 2022. The expected rolling chip win rate range is 2.85%-3.15%.",
        "Mass market table games drop increased to US$864.1 million in the fourth quarter of 2023, compared with US$113.5 million in the fourth quarter of 2022. The mass market table games hold percentage was 30.0% in the fourth quarter of 2023, compared with 27.1% in the fourth quarter of 2022.",
        "Gaming machine handle for the fourth quarter of 2023 was US$778.3 million, compared with US$124.5 million in the fourth quarter of 2022. The gaming machine win rate was 3.2% in the fourth quarter of 2023, compared with 2.7% in the fourth quarter of 2022.",
    ],
    truth=dict(title="Studio City International Holdings Limited Announces Unaudited Fourth Quarter 2023 Earnings",
               date="2024-02-29", source=None, author=None, hijacked=False, legit=True, lang="en",
               injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a casino resort operator's earnings release syndicated on a local "
                      "broadcaster's financial-news pages (a reprint under the publisher's chrome); the capture's "
                      "cut last paragraph dropped; rebuilt shell"),
)

case(
    url="http://paper.lsnews.com.cn/czwb/pc/content/202011/19/content_234349.html",
    shell="epaper_gbk",
    encoding="gbk",
    chrome_top=["第A14版:服务彩票"],
    headline="浙江体彩展现责任与担当",
    meta=None,
    paras=[
        "日前,省体彩中心通过召开党总支(扩大)会议等形式,认真组织、传达学习贯彻中国共产党第十九届中央委员会第五次全体会议精神。",
        "“既要着眼长远,统筹谋划,高质量编制体彩事业‘十四五’规划,谋划体彩大计,又要着力当下,对标对表,全力抓好今年目标冲刺和明年思路谋划。”省体彩中心相关负责人介绍道,在体育彩票发展关键时期,深刻理解全会精神对做好当前重点工作、落实体育彩票重点任务有着重大指导意义。要把学习好、宣传好、贯彻好党的十九届五中全会精神作为当前和今后一段时期的首要政治任务。通过集中组织,原原本本、认认真真学习,使全会精神传达到每个人,把思想统一到习近平总书记重要讲话和党中央决策部署上来。",
        "面对今年的特殊情况,今年的1-9月,浙江体彩克服新冠肺炎疫情和彩票政策重大调整的影响,销售体育彩票89.08亿元,为国家筹集体彩公益金25.12亿元,实现体彩销售从7月份起连续三个月同比正增长,体彩公益金筹集从6月份起连续4个月销量同比正增长。",
        "浙江体彩将进一步提振精神,推进体育彩票重点工作,卖人民满意的好彩票,筹社会急需的公益金。同时,继续时刻绷紧风险防控和疫情常态化防控的弦,守牢安全底线,确保全省近万家体彩实体店安全运行,切实把党的十九届五中全会精神贯彻落实到当前各项具体工作中,体现浙江体彩的责任和担当。",
    ],
    footer=["Copyright 2002-2021 lsnews.com.cn Inc. All Rights Reserved", "本网站由丽水网版权所有",
            "主管单位:中共丽水市委宣传部 主办单位:丽水日报社"],
    truth=dict(title="浙江体彩展现责任与担当", date=None, source=None, author=None, hijacked=False, legit=True,
               lang="zh", injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a city newspaper's e-paper page (lottery-service section) on a "
                      "provincial sports-lottery centre; issue date not written in the capture (null); GBK "
                      "rebuilt shell"),
)

case(
    url="https://tz.jscj.com/new/cszx/1404/39215.html",
    shell="tax_portal",
    encoding="utf-8",
    chrome_top=["视窗", "您现在的位置:首页 > 财税资讯 >"],
    headline="关于变更中国体育彩票超级大乐透游戏规则的通知",
    meta=None,
    paras=[
        "财办综[2014]23号",
        "国家体育总局体育彩票管理中心:",
        "你中心《体育总局彩票中心关于调整中国体育彩票超级大乐透游戏规则的请示》(体彩字[2014]49)收悉。为优化体育彩票市场结构,促进彩票市场持续健康发展,经研究,根据《彩票管理条例》、《彩票管理条例实施细则》、《彩票发行销售管理办法》(财综〔2012〕102号)等相关规定,现就有关事项通知如下:",
        "一、同意你中心变更中国体育彩票超级大乐透(以下简称超级大乐透)游戏规则。变更的内容包括调整奖级和奖金设置、调整一等奖奖金分配方案、调整一、二、三等奖单注最低奖金设置等。变更后的游戏规则见附件。超级大乐透每期按彩票销售额的51%、14%和35%,分别计提彩票奖金、彩票发行费和彩票公益金。彩票奖金分为当期奖金和调节基金,其中,49%为当期奖金,2%为调节基金。你中心应当自批准之日起4个月内完成变更上市销售。",
        "二、变更上市10个自然日前,你中心应当将拟变更上市日期、营销宣传计划、风险控制办法等销售实施方案报财政部审核,经核准后上市销售。你中心应当及时向社会发布公告,公告内容包括财政部批准文件的名称及文号、财政部核准文件的名称及文号、变更上市日期、变更后的《中国体育彩票超级大乐透游戏规则》等。上市销售满1个月后,你中心应当向财政部提交上市销售情况的书面报告。",
        "三、你中心应当严格遵照各项彩票管理制度规定,认真做好超级大乐透的发行和组织销售工作,督促各省、自治区、直辖市体育彩票销售机构加强彩票销售的风险控制和安全管理,做好公告宣传等工作,确保彩票市场平稳健康发展。",
    ],
    truth=dict(title="关于变更中国体育彩票超级大乐透游戏规则的通知", date=None, source=None, author=None,
               hijacked=False, legit=True, lang="zh", injections=[], spam_strings=[],
               kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a finance ministry notice on lottery game rules reprinted on a tax "
                      "information portal under the portal's own chrome (a reprint: hijacked false); the cut "
                      "attachment line dropped; rebuilt shell"),
)

case(
    url="http://5.39.217.76/thread-2996352-1-1.html",
    shell="forum",
    encoding="utf-8",
    headline="逾百活動全港反賭波",
    jammer=["9 G9 f: A }% m# W1 {", "公仔箱論壇: F* t8 ^* a\" X: `7 ?", "$ c+ e9 p7 j- K\" h0 L8 R", "5.39.217.761 n4 R; P/ t# G# K$ n, s. a"],
    paras=[
        "二○一四年世界盃將在本月開鑼,民政事務局局長曾德成表示,關注世界盃賽事期間賭風可能掀起,今年民政事務局、各區民政事務處聯同警方、平和基金及超過七十個社會及青少年服務團體和學校,以「睇波不賭波、健康齊踢波」為口號,推展全港和地區性的宣傳活動,合共有超過一百項活動,是歷來最大規模的反賭波宣傳運動,積極推廣健康足球風氣,宣傳沉迷賭博的禍害。",
        "而在世界盃足球賽舉行期間,四個治療及輔導中心會針對性加強推廣及治療輔導服務,特別是求助熱電話(1834633)的支援。",
    ],
    truth=dict(title="逾百活動全港反賭波", date=None, source=None, author=None, hijacked=False, legit=True,
               lang="zh-Hant", injections=[], spam_strings=[], kind="rebuilt-from-text", capture="text",
               origin="pages corpus capture: a forum repost of a Hong Kong anti-football-betting campaign report; "
                      "the forum's anti-copy jammer strings (hidden by CSS, as the forum software does) are kept in "
                      "the page, out of text; not an injection; rebuilt shell"),
)
