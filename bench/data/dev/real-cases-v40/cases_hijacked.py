# -*- coding: utf-8 -*-
"""Hijacked real cases for v40 (capture: text). Paragraphs are verbatim from the stored capture
(search corpus `pages`); `shown` holds the paragraphs as the page shows them when they differ from
the truth text (brand spliced in), `top` is a line shown above the article (injected)."""

H = []

H.append(dict(
    url="http://www.finddigitalproducts.com/kyguanwangmanbetx/ztzx/ldyw/609114.htm",
    title="汤加图普托阿王储殿下来校访问", date=None, source=None, author=None,
    shown=[
        "5月26日,汤加图普托阿王储殿下图普托阿·乌卢卡拉拉一行在汤加驻华大使陶阿伊卡·乌塔阿图的陪同下来校访问。乐发lv党委副书记、校长白成林,党委副书记房增福,外交部美大司工作人员邢玉临,山东省外办副主任、一级巡视员李永森出席会议。党委副书记房增福主持座谈会。",
        "座谈会上,白成林介绍了近年来学校发展历程、办学基本情况以及学科专业建设、人才培养等特色亮点工作,特别介绍了中国—太平洋岛国应对气候变化合作中心在应对气候变化合作方面所做的工作和取得的突出成效。",
        "图普托阿·乌卢卡拉拉对我校的热情接待表示感谢,高度评价了学校在太平洋岛国研究和气候变化领域的贡献。他表示,汤加重视与中国的友好关系,期待未来在应对气候变化、人才培养、教育技术等方面进一步加强合作。",
        "汤加掌玺大臣、外交部常秘马洛洛,汤加瓦瓦乌群岛行政长官法卡图洛洛及夫人阿西纳特·法卡图洛洛,汤加瓦瓦乌群岛行政长官办公室代理高级执行官梅勒·图伊塔瓦克等一同来访。",
    ],
    paras=[
        "5月26日,汤加图普托阿王储殿下图普托阿·乌卢卡拉拉一行在汤加驻华大使陶阿伊卡·乌塔阿图的陪同下来校访问。党委副书记、校长白成林,党委副书记房增福,外交部美大司工作人员邢玉临,山东省外办副主任、一级巡视员李永森出席会议。党委副书记房增福主持座谈会。",
        "座谈会上,白成林介绍了近年来学校发展历程、办学基本情况以及学科专业建设、人才培养等特色亮点工作,特别介绍了中国—太平洋岛国应对气候变化合作中心在应对气候变化合作方面所做的工作和取得的突出成效。",
        "图普托阿·乌卢卡拉拉对我校的热情接待表示感谢,高度评价了学校在太平洋岛国研究和气候变化领域的贡献。他表示,汤加重视与中国的友好关系,期待未来在应对气候变化、人才培养、教育技术等方面进一步加强合作。",
        "汤加掌玺大臣、外交部常秘马洛洛,汤加瓦瓦乌群岛行政长官法卡图洛洛及夫人阿西纳特·法卡图洛洛,汤加瓦瓦乌群岛行政长官办公室代理高级执行官梅勒·图伊塔瓦克等一同来访。",
    ],
    side=["乐发lv曲枫教授参加2025年北极大学联盟年会"],
    spam=["乐发lv"], forms=["brand-replacement", "brand-in-sidebar"], legit=False, lang="zh",
    shell="vsb", site_name="聊大要闻", encoding="utf-8",
    origin="pages corpus capture: a university's leadership-news item (a royal visit; the capture also shows the page's 'audit' line and a sidebar headline list) on an unrelated host whose path carries a betting-brand slug; the school's name is replaced by a betting brand in the lead and in a sidebar headline. Hijacked; text is the report with the brand removed where it stood. No date or 来源 in the capture (null); the 审核 line names offices, not a 来源.",
))

H.append(dict(
    url="https://shanyouwang.com/9279lpyu.shtml",
    title=None, date=None, source=None, author=None,
    shown=[
        "上体中乒院欧洲分院派出包括奥运冠军张怡宁、阎森,中乒院教练郑超颖等组成的强大教练阵容,并邀请6名“00后”“10后”上体中乒院学子、国内健将级和一级乒乓球运动员共赴卢森堡之约。主办方特别为此次参训优秀选手准备了一份特别的“上海礼物”:SHANGHAI LET’S MEET城市形象冰箱贴与徽章礼盒,进一步加深中欧青年以乒乓为纽带的“上海情结”。",
        "作为此次“魅力上海”城市形象卢森堡推广活动的重要组成部分,上体中乒院欧洲分院策划组织U15/U17级别专业运动员训练营,为备战近期国际乒联系列赛事开展集训,吸引来自法国、英国、德国等14个国家、40余位青少年运动员参训。",
        "中国驻卢森堡大使华宁在致辞中充分肯定上体中乒院欧洲分院为推动中卢两国文化交流与体育事业发展作出的积极贡献。他表示,此次活动的成功举办,将进一步增进中卢两国人民的友谊和相互了解,为推动乒乓球运动发展和国际友好交流注入新的动力。",
        "这次活动特别设立优秀教练员奖、特别贡献奖、乒乓友谊之桥奖。卢森堡乒协主席安德烈·哈特曼、上体中乒院欧洲分院董事会主席施之皓分别荣获“乒乓友谊之桥奖”。",
        "88体育下载中新网上海4月16日电 (谢梦圆)16日,记者从上海市人民政府新闻办公室获悉,当地时间4月15日,“魅力上海”城市形象卢森堡推广活动暨上海体育大学中国乒乓球学院(下称:上体中乒院)欧洲分院成立10周年特别活动在卢森堡市举办。",
    ],
    paras=[
        "上体中乒院欧洲分院派出包括奥运冠军张怡宁、阎森,中乒院教练郑超颖等组成的强大教练阵容,并邀请6名“00后”“10后”上体中乒院学子、国内健将级和一级乒乓球运动员共赴卢森堡之约。主办方特别为此次参训优秀选手准备了一份特别的“上海礼物”:SHANGHAI LET’S MEET城市形象冰箱贴与徽章礼盒,进一步加深中欧青年以乒乓为纽带的“上海情结”。",
        "作为此次“魅力上海”城市形象卢森堡推广活动的重要组成部分,上体中乒院欧洲分院策划组织U15/U17级别专业运动员训练营,为备战近期国际乒联系列赛事开展集训,吸引来自法国、英国、德国等14个国家、40余位青少年运动员参训。",
        "中国驻卢森堡大使华宁在致辞中充分肯定上体中乒院欧洲分院为推动中卢两国文化交流与体育事业发展作出的积极贡献。他表示,此次活动的成功举办,将进一步增进中卢两国人民的友谊和相互了解,为推动乒乓球运动发展和国际友好交流注入新的动力。",
        "这次活动特别设立优秀教练员奖、特别贡献奖、乒乓友谊之桥奖。卢森堡乒协主席安德烈·哈特曼、上体中乒院欧洲分院董事会主席施之皓分别荣获“乒乓友谊之桥奖”。",
        "中新网上海4月16日电 (谢梦圆)16日,记者从上海市人民政府新闻办公室获悉,当地时间4月15日,“魅力上海”城市形象卢森堡推广活动暨上海体育大学中国乒乓球学院(下称:上体中乒院)欧洲分院成立10周年特别活动在卢森堡市举办。",
    ],
    top="⛤88体育下载⛥",
    spam=["88体育下载"], forms=["brand-credit-line", "brand-spliced-into-dateline"], legit=False, lang="zh",
    shell="farm", site_name="88体育下载", encoding="utf-8",
    origin="pages corpus capture: a China News Service wire item (a Shanghai sports university's European branch anniversary in Luxembourg) copied onto an unrelated host that puts a betting-app brand above the article and splices it in front of the dateline; the farm also shuffles the paragraphs (kept in the captured order). Hijacked; the brand is removed from text. No headline or date in the capture (null); the wire's name is in the dateline, not a 来源 line (null).",
))

H.append(dict(
    url="https://feifmx.com/domesticgd/10000159/20200204/37764754.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "新華社澳門2月4日電(記者王晨曦)澳門特區(qū)行政長官賀一誠4日表示,,將暫時關(guān)閉博彩場所半個月,以應(yīng)對新型冠狀病毒感染的肺炎疫情,。",
        "賀一誠在當(dāng)天中午舉行的新聞發(fā)布會上宣布,,由于當(dāng)日澳門確診的第9例感染者在博彩企業(yè)工作,根據(jù)專家的評估,,決定對博彩場所采取暫停營業(yè)半個月的措施,,相關(guān)法律文件正在準(zhǔn)備中。他表示,,根據(jù)評估,,目前澳門經(jīng)濟可以承受上述措施的影響,。",
        "他強調(diào),為減少交叉感染,,特區(qū)政府決定只保留緊急服務(wù),,縮減公交車和輕軌班次,縮減關(guān)閘通關(guān)時間,,并呼吁商界適當(dāng)減少經(jīng)濟活動,。雖然上述措施會令市民感到不便,但在非常時期,,希望市民共度時艱,,抵抗疫情。",
        "賀一誠還指出,,特區(qū)政府除了關(guān)注疫情,,也關(guān)注疫情后如何復(fù)蘇澳門經(jīng)濟,如何采取措施刺激內(nèi)需和市民就業(yè),,例如會加大基建,,由基建帶動就業(yè)和經(jīng)濟。",
        "澳門特區(qū)政府衛(wèi)生局4日宣布,,當(dāng)日已確診第9例和第10例新型冠狀病毒感染病例,,均為澳門居民,。第10例感染者曾于1月25日到廣州,,并于當(dāng)日返回澳門。",
    ],
    tail=["新華社澳門12月3日電 題:讓更多人看見文化澳門——訪澳門特區(qū)政府文化局局長穆欣欣 新華社記者章利新 劉暢 郭鑫 澳門特區(qū)政府文化局局長穆欣欣在澳門接受采訪(10月31日攝)"],
    spam=[], forms=["news-wire-mirror-gloss", "traditional-conversion", "pinyin-gloss-debris"], legit=True, lang="zh",
    shell="portal", site_name="國內(nèi)滾動", encoding="utf-8",
    origin="pages corpus capture: a Xinhua wire item (Macau's chief executive closes casinos for two weeks during the 2020 epidemic) copied whole onto a host with no relation to Xinhua, converted to traditional script with pinyin-gloss debris and doubled commas; a mirror, so hijacked: true with no injected string, and since the copied text is lawful gambling-regulation news also legit: true. A fragment of another Xinhua item trailing the capture is kept in the page as a 'related' stub, out of text. No headline or year in the capture (title/date null).",
))

H.append(dict(
    url="http://riulidt.cn/news/2021/2021-11-17/493062.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "中新網(wǎng)廈門11月15日電 (記者 楊伏山)奧運(yùn)冠軍盧云秀和世錦賽冠軍葉兵15日現(xiàn)身廈門,為福建體育職業(yè)技術(shù)學(xué)院廈門路橋海上運(yùn)動(dòng)學(xué)院首屆新生講授開學(xué)第一課,激勵(lì)青年學(xué)子奮發(fā)向上。",
        "當(dāng)天,該學(xué)院以“領(lǐng)航開學(xué)季,放飛新希望”為主題的開學(xué)第一課活動(dòng)舉辦,中國帆船帆板隊(duì)運(yùn)動(dòng)員、東京奧運(yùn)會(huì)帆板RS:X級女子冠軍盧云秀,中國帆船帆板隊(duì)運(yùn)動(dòng)員、2017年帆船世錦賽帆板RS:X級男子冠軍葉兵兩位冠軍,受邀為該學(xué)院首屆新生講授開學(xué)第一課。",
        "授課內(nèi)容以訪談形式進(jìn)行,盧云秀向?qū)W院師生們介紹了帆船帆板運(yùn)動(dòng),回顧了自己的帆船帆板運(yùn)動(dòng)生涯,分享了東京奧運(yùn)會(huì)備戰(zhàn)、參賽和奪冠的心路歷程以及奧運(yùn)會(huì)、全運(yùn)會(huì)奪冠后的新計(jì)劃。",
        "她勉勵(lì)同學(xué)們勤奮學(xué)習(xí)、珍惜時(shí)光,為海上運(yùn)動(dòng)事業(yè)發(fā)展做出自己應(yīng)有的貢獻(xiàn)。",
        "葉兵也向同學(xué)們介紹了自己走上體育道路、成為世界冠軍的艱辛歷程,并分享了自己怎樣實(shí)現(xiàn)從運(yùn)動(dòng)員到現(xiàn)在北體大研究生的角色轉(zhuǎn)換。",
    ],
    spam=[], forms=["news-wire-mirror-gloss", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="新聞中心", encoding="utf-8",
    origin="pages corpus capture: a China News Service item on a vocational sports college's first lesson given by Olympic champions, copied onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The capture's later paragraphs are cut mid-sentence and left out. No headline or year (title/date null).",
))

H.append(dict(
    url="http://emrowgh.com/a/201607/469237926876.html",
    title="2016世界教師日聯(lián)合致辭", date="2016-10-05", source=None, author=None,
    paras=[
        "教師手握全人類通向更美好未來的鑰匙。教師激勵我們迎接挑戰(zhàn),提高能力,成為具有創(chuàng)新精神和負責(zé)任的全球公民。教師把孩子們迎進學(xué)校,留住他們,引導(dǎo)他們學(xué)習(xí)知識。每一天,教師的工作都在推動建設(shè)我們未來以及今后一個世紀(jì)所需要的包容的知識社會。值此世界教師日,我們向教師表示感謝,并攜手呼吁培養(yǎng)更多、更加訓(xùn)練有素和得到更好支持的教師隊伍。",
        "一名好的教師所發(fā)揮的作用是不可替代的。事實證明,教師和教師們掌握的專業(yè)知識與技能是提供良好教育的最重要因素。為此需要加大職前培訓(xùn)的力度,提供更好的終身專業(yè)發(fā)展和支持,從而提高績效和學(xué)習(xí)成果。盡管我們都認識到這一點,但事實上教師往往不夠稱職,且收入少,地位低,也無法參與教育政策的制定以及涉及他們利益的決策過程。",
    ],
    pre=["聯(lián)合國開發(fā)計劃署署長海倫克拉克,教師把孩子們迎進學(xué)校留住他們引導(dǎo)他們學(xué)習(xí)知識,同樣令人擔(dān)憂的是學(xué)習(xí)程度較低,今天我們的教師隊伍呼喚人才,年月國際組織在年世界教師日的聯(lián)合致辭。"],
    head=["世界教師日聯(lián)合致辭", "教師隊伍呼喚人才!", "教科文組織總干事伊琳娜·博科娃", "國際勞工組織總干事居伊·賴德", "兒童基金會執(zhí)行主任安東尼·萊克", "聯(lián)合國開發(fā)計劃署署長海倫·克拉克", "教育國際秘書長弗雷德·馮勒文", "2016年10月5日"],
    spam=[], forms=["news-wire-mirror-gloss", "traditional-conversion", "pinyin-gloss-debris", "keyword-salad-description"], legit=False, lang="zh",
    shell="portal", site_name="範(fàn)文中心", encoding="utf-8", no_byline=True,
    origin="pages corpus capture: the UN agencies' joint statement for World Teachers' Day 2016 (a UNESCO/ILO/UNICEF/UNDP text) copied onto an unrelated host in traditional script with pinyin-gloss debris, under a machine-made keyword-salad summary line; a mirror, hijacked with no injected string (the salad line has no spam term; kept out of text). Title is the statement's heading; date is the statement's own date line; signatory lines are kept out of text.",
))

H.append(dict(
    url="http://weixiaozhuxue.com/dzsz/p/1524232.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "德州新聞網(wǎng)訊(德州晚報全媒體記者鄭乃春)",
        "9月28日,以“科技融合·流動賦能”為主題的2020(第38屆)中國國際體育用品博覽會在上海國家會展中心開幕。市政協(xié)主席、市體育產(chǎn)業(yè)鏈鏈長翟長生帶隊赴上海參加體博會,為體育事業(yè)尋求新的發(fā)展機遇。副市長馬俊昀及相關縣(市、區(qū))負責人參加。",
        "本屆體博會分為大健康、場館設施營造及地坪、球類運動和休閑等四大展區(qū),展覽面積15萬平方米, 1200家體逾育用品行業(yè)知名企業(yè)參展。德州市高度重視、提前籌備,共組織52家企業(yè)參加這次體博會,重點推介了精品體育賽事和全民健身及體育旅游品牌,吸引了眾多客商前來咨詢參觀。",
        "翟長生希望各縣(市、區(qū))依托上海體博會這一重要平臺,加強與國內(nèi)外園區(qū)、企業(yè)的深度對接。希望各企業(yè)進一步拓寬視野,充分發(fā)揮自身優(yōu)勢特長,加大技術創(chuàng)新和商業(yè)模式創(chuàng)新,不斷提升科技創(chuàng)新力和市場競爭力。",
    ],
    spam=[], forms=["news-wire-mirror-gloss", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="德州時(shí)政", encoding="gb18030",
    origin="pages corpus capture: a city newspaper's report (the city's sports-industry delegation at the 2020 sports-goods fair) copied onto an unrelated host under a path named after the city's politics section, converted to traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The reporter is named in the dateline, not as 作者 (author null). Rebuilt in GB18030.",
))

H.append(dict(
    url="http://www.xinxinhe.com.cn/szjy/guangan/20250912/1000010000426881.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "為認(rèn)真貫徹落實經(jīng)開區(qū)教育系統(tǒng)秋季開學(xué)安全工作會議的精神,保障2025年秋季開學(xué)教育教學(xué)秩序穩(wěn)定,五福學(xué)校安全工作專題會議在階梯教室召開,專題部署新學(xué)期安全穩(wěn)定各項工作。學(xué)校全體教職員工參加會議。",
        "會議指出,安全是學(xué)校發(fā)展的“生命線”,是教育教學(xué)活動的前提和基礎(chǔ)。過去一學(xué)年,全校上下共同努力,實現(xiàn)了校園安全無“責(zé)任事故”的目標(biāo),但新學(xué)期校園人流、車流大幅增加,消防安全、食品安全、實驗室安全、學(xué)生心理健康等風(fēng)險點交織疊加,安全工作面臨更大的挑戰(zhàn)。",
        "會議強調(diào),做好新學(xué)期安全工作要抓好四方面:一是要提高政治站位,深刻認(rèn)識校園安全工作的極端重要性;二是聚焦重點領(lǐng)域,全面排查整治各類安全風(fēng)險隱患;三是壓實主體責(zé)任,確保安全工作要求落到實處;四是加強宣傳教育,營造人人關(guān)心安全、參與安全的濃厚氛圍。(通訊員 曾燕 吳禮)",
    ],
    spam=[], forms=["edu-page-mirror", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="四川教育·廣安", encoding="utf-8",
    origin="pages corpus capture: a city district school's report on its autumn-term safety meeting (a provincial education-news path kept: szjy/guangan) copied onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The second captured paragraph held mangled bytes and is left out. Correspondents are named in parentheses, not as 作者 (author null).",
))

H.append(dict(
    url="http://m.excel-2003.com.cn/news/show_4492231.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "(中國時事新聞網(wǎng)遼寧編輯部副主任張?zhí)韽?,通訊員于婉瑩)",
        "為進一步凈化社會風(fēng)氣,筑牢群眾拒賭反賭的思想防線,近日,大連甘井子區(qū)中華路街道興強社區(qū)攜手興華街派出所,深入轄區(qū)人員密集場所、棋牌室及沿街商鋪,開展了一場主題為“認(rèn)清賭博本質(zhì),守護幸福人生”的禁賭宣傳活動,全力構(gòu)建禁賭“防火墻”。",
        "活動中,民警以近期查處的真實賭博案例為切入點,面對面為群眾剖析賭博的“六大毀滅性后果”:法律嚴(yán)懲、經(jīng)濟崩潰、家庭破碎、健康損害、社會危害、職業(yè)毀滅,深刻揭露賭博背后的鐵律與陷阱。針對如何有效抵制賭博誘惑,民警現(xiàn)場發(fā)布“全民反賭行動指南”,呼吁群眾:",
        "此次宣傳活動成效顯著,共發(fā)放宣傳資料50余份,解答群眾咨詢20余人次,有效震懾了涉賭違法犯罪活動。下一步,興強社區(qū)將持續(xù)保持對賭博“零容忍”的高壓態(tài)勢,深化宣傳教育,為轄區(qū)居民營造風(fēng)清氣正、和諧穩(wěn)定的居住環(huán)境。",
    ],
    tail=["編輯:綠蛟龍", "審核:季瑞陽", "主編:朱大權", "【未經(jīng)作者授權,轉(zhuǎn)載與搬運文圖需注明出處】"],
    spam=[], forms=["news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=True, lang="zh",
    shell="portal", site_name="中國時事新聞網(wǎng)", encoding="utf-8",
    origin="pages corpus capture: an online news outlet's report on a community and police station's anti-gambling campaign (Dalian), copied with the outlet's editor/reviewer chrome onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, so hijacked: true (no injected string), and the copied text is lawful anti-gambling news, so legit: true. The bulleted 'guide' lines held stray replacement characters and are left out of the page and text; the editor lines are chrome (author/source null).",
))

H.append(dict(
    url="http://fraudsandswindlers.com/cj/kong/news/2007/07-27/988756.shtml",
    title=None, date="2007-07-27", source=None, author=None,
    paras=[
        "誰(shuí)是他們的“媒人”",
        "這是一個(gè)關(guān)于愛(ài)的故事——都曾罹患尿毒癥的他們有了一個(gè)健康的女兒。",
        "是醫(yī)學(xué)奇跡,更是愛(ài)的奇跡。他們的“媒人”,是以濟(jì)困為宗旨的福利彩票真情版節(jié)目;辛勤對(duì)倪曄一見(jiàn)鐘情,是在他自己的節(jié)目播出后一個(gè)月,又在節(jié)目上見(jiàn)到了她。他們的成功換腎,也緣于市福利彩票發(fā)行中心、市慈善基金會(huì)及市民的捐助。",
    ],
    head=["■ 本頁(yè)位置:滾動(dòng)新聞", "2007年07月27日 10:57"],
    spam=[], forms=["news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=True, lang="zh",
    shell="portal", site_name="中國新聞網(wǎng)", encoding="utf-8",
    origin="pages corpus capture: a China News Service page reprinting a Shanghai daily's feature on twenty years of the welfare lottery (page 2), copied whole with the outlet's channel bar onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, hijacked: true with no injected string, and lawful lottery news, so legit: true. The captured headline and 來源 hold mangled bytes, so title and source are null; the date is the dateline's. The quoted thank-you line and later paragraphs held mangled bytes and are left out.",
))

H.append(dict(
    url="http://m.klmpsl.com/zhubiantuijian/85628.html",
    title="孫龍等:縣級人大選舉參選率現狀與變化趨勢", date="2016-05-20", source="中國鄉村發現", author=None,
    paras=[
        "原題:關于縣級人大代表選舉參選率的調查分析與思考",
        "內容提要:參選率是選舉研究的重要主題,也是政治參與研究領域的重要內容。在我國現階段,縣級人大代表選舉是選民能直接參與的最高層級選舉。對選民參選率的現狀和變化趨勢進行研究,具有重要的理論意義和實踐價值。以來自北京的連續五次縣級選后調查資料為基礎,描述縣級人大代表選舉中選民投票率的發展變遷軌跡,分析其變化趨勢及其影響因素,我們發現,近20年來,北京選民的投票率呈現顯著下降趨勢,明確表示“不想去”的選民在未投票選民中所占比率持續上升;階層、政治討論網、政體支持、教育、性別和年齡均對選民是否投票存在顯著影響。在這里,投票率的調查和統計有待完善,相關部門也應改變投票率越高越民主的觀念,但更重要的是要采取有效措施規范選舉組織工作,從而提高選民參與投票的積極性。",
        "關 鍵 詞:投票率/階層/政體支持/政治效能感",
        "標題注釋:本文系2012年度國家社會科學基金項目“人大代表選舉中的選民參與追蹤研究”(12BZZ012)的階段性成果。",
    ],
    head=["您現在的位置: 鄉村發現 > 首頁 > 主編推薦", "[ 作者:孫龍?雷弢?  文章來源:中國鄉村發現  點擊數: 更新時間:2016-05-20 錄入:王惠敏 ]"],
    spam=[], forms=["portal-mirror-traditional", "traditional-conversion"], legit=False, lang="zh",
    shell="portal", site_name="鄉村發現", encoding="gb18030",
    origin="pages corpus capture: a rural-affairs research portal's 'editor's pick' article (a survey of county-level people's-congress election turnout) copied whole with the portal's breadcrumb and byline box onto an unrelated mobile host, converted to traditional script; a mirror of the portal's page, hijacked with no injected string. Title, date (更新時間) and 文章來源 are from the byline box; the 作者 field holds stray replacement characters between the names, so author is null. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://m.themetaldrummer.com/news/20210121/24185.html",
    title="疫情期間聚眾賭博 8人被行政拘留", date="2021-01-21", source="中新網(wǎng)內(nèi)蒙古", author=None,
    paras=[
        "中新網(wǎng)內(nèi)蒙古新聞1月21日電(任魁)連日來,內(nèi)蒙古烏拉特后旗公安局根據(jù)疫情防控工作的實際,不斷加大社會治安管控力度,對聚眾賭博等影響疫情防控工作的的違法行為保持高壓態(tài)勢,做到發(fā)現(xiàn)一起查處一起,努力為疫情防控工作創(chuàng)造安全有序的社會環(huán)境。",
        "1月16日,烏拉特后旗公安局城郊派出所民警接到轄區(qū)群眾舉報:位于某小區(qū)北門店有人在聚眾賭博,派出所立即組織民警趕赴現(xiàn)場。",
        "民警到達現(xiàn)場后,發(fā)現(xiàn)有人正在利用自動麻將機進行賭博,民警當(dāng)場收繳賭具麻將牌一副、撲克兩副及賭資,并將參與賭博人員帶回派出所辦案區(qū)詢問調(diào)查。",
        "根據(jù)相關(guān)規(guī)定,警方依法對茍某等8人予以行政拘留處罰。(完)",
    ],
    head=["中新社內(nèi)蒙古分社 • 正文", "百姓生活"],
    tail=["編輯:烏婭娜"],
    spam=[], forms=["news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=True, lang="zh",
    shell="portal", site_name="中新社內(nèi)蒙古分社", encoding="utf-8",
    origin="pages corpus capture: a China News Service regional bureau's page (a banner-league police bureau detains eight people for gambling during the epidemic) copied whole with the bureau's chrome onto an unrelated mobile host in traditional script with pinyin-gloss debris; a mirror, hijacked: true (no injected string), and lawful anti-gambling news, legit: true. Title, date and 來源 are the page's own; the picture-news list and 編輯 line are chrome.",
))

H.append(dict(
    url="http://stone58.cn/dzzt/sddz/sd/202312/t20231204_13253279.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "大眾網(wǎng)記者 孫瑛娜 德州報道",
        "2022年,德州市第十六次黨代會報告明確提出“在建設(shè)特色體育名城上走在前”,研究制定了《德州市特色體育名城建設(shè)三年行動計劃(2022—2024年)》。",
        "何謂“名”城?",
        "今年是德州市特色體育名城建設(shè)三年行動的關(guān)鍵之年,經(jīng)過(guò)近兩年的建設(shè)發(fā)展,一項項體育賽事在德州拉開(kāi)序幕,一件件“德州制造”走進國內(nèi)國際賽場(chǎng),一處處體育場(chǎng)所面向全民開(kāi)放,一所所中小學(xué)開(kāi)設(shè)特色體育課程……關(guān)于“名”城,規(guī)劃中的畫面逐漸清晰,一座運(yùn)動(dòng)之城、健康之城、活力之城正在建設(shè)落地。",
        "擦亮賽事品牌叫響“運(yùn)動(dòng)之城”",
        "體育是一座城市軟實(shí)力的重要體現(xiàn),能夠加快構(gòu)建城市品牌,提升自身競(jìng)爭(zhēng)力。",
        "7月5日,2023年全國青年體操U系列錦標(biāo)賽在德州市體育館拉開(kāi)帷幕。8天的比賽時(shí)間,來(lái)自全國23個(gè)省(區(qū)、市)的24支專業(yè)隊(duì)500余名運(yùn)動(dòng)員在團(tuán)體賽、個(gè)人全能賽等競(jìng)賽項(xiàng)目中展開(kāi)激烈角逐。",
    ],
    head=["初審編輯:李磊", "責(zé)任編輯:赫洋"],
    spam=[], forms=["news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="大眾網(wǎng)·德州", encoding="utf-8",
    origin="pages corpus capture: a provincial news portal's feature on a city's 'sports city' programme (TRS-style t2023..._... path kept) copied with its editor lines onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The editor lines are chrome (author null); the reporter line is part of the article. No headline/date in the capture (null).",
))

H.append(dict(
    url="http://www.acmerblog.com/news/20161127/701144.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "德國足球職業(yè)聯(lián)盟主席勞巴爾、首席執(zhí)行官塞弗特、德國足協(xié)秘書長柯提烏斯以及科隆、拜仁慕尼黑、沙爾克04等足球俱樂部負(fù)責(zé)人分別發(fā)言,介紹德國聯(lián)賽青少年培養(yǎng)體系和俱樂部青訓(xùn)培養(yǎng)模式,紛紛表示對加強(qiáng)德中足球合作充滿期待和信心,愿以德中商簽的相關(guān)文件為基礎(chǔ),加強(qiáng)同中國合作伙伴關(guān)系,相互交流借鑒,促進(jìn)和振興足球事業(yè)。山東魯能泰山足球俱樂部、遼寧宏運(yùn)足球俱樂部代表也介紹了與德國足球界合作的經(jīng)驗(yàn)。",
    ],
    head=["首頁 > 資訊 > 體育 > 正文"],
    spam=[], forms=["news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="資訊·體育", encoding="utf-8",
    origin="pages corpus capture: a news item on a Chinese vice-premier's meeting with German football bodies (2016) copied with a portal breadcrumb onto an unrelated host in traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The headline and the later paragraphs hold mangled bytes for one name and are left out (title null); text is the one clean paragraph.",
))

H.append(dict(
    url="http://www.oule818.com/bgs/info/1036/1264.htm",
    title=None, date=None, source=None, author=None,
    paras=[
        "2月28日,全國學校安全工作電視電話會議在京召開。3月4日上午,學院蘇友新院長召集分管副院長、辦公室、保衛(wèi)處等部門負責人,學習傳達全國安全工作電視電話會議精神。",
        "蘇院長強調(diào),各部門要進一步落實本次會議提及的各項工作責任,加強學生安全教育和管理,維護校園教育教學秩序,全力維護校園的安全穩(wěn)定。本周三學院召開黨委中心組學習(擴大)會議,會上將全面學習傳達會議精神,并部署下一階段學院的安全工作。",
    ],
    tail=["附件:", "1.全國學校安全工作電視電話會議召開新聞鏈接:", "2.教育部黨組書記、部長陳寶生在全國學校安全工作電視電話會議上的講話"],
    spam=[], forms=["edu-page-mirror", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="vsb", site_name="學院辦公室", encoding="utf-8",
    origin="pages corpus capture: a college office's news item (the president relays a national school-safety teleconference; VSB-style /bgs/info/1036/ path kept) copied onto an unrelated host with a numbered name, in traditional script with pinyin-gloss debris; a mirror, hijacked with no injected string. The attachment list is kept as page furniture, out of text. No headline/date in the capture (null).",
))

H.append(dict(
    url="https://www.loslzjj.xyz/info/1081/790453.htm",
    title="校團委組織開展露天電影活動", date="2020-09-14", source="校團委", author="校團委",
    paras=[
        "9月12日晚,校團委在音樂臺開展本學期第二場周末藝苑之“影領視界”活動。校黨委常委、宣傳部部長張健及校團委負責人與同學們一起觀看了露天電影《八佰》,現場秩序井然、反響熱烈。",
        "本期活動,校團委與光影院線合作放映目前熱播的愛國題材影片《八佰》,該片取材1937年淞滬會戰期間,講述了被毛澤東同志稱為“民族革命典型”的“八百壯士”固守蘇州河畔的四行倉庫、阻擊日軍的故事。觀看影片后,同學們掌聲不斷,為“八百壯士”頑強抵抗外敵、為國捐軀的愛國精神感動和震撼。",
        "本學期起創新設計的周末藝苑系列活動,采取線上線下結合的活動方式,升級第二課堂工作品牌。校團委每周末在線下舉辦“影領視界”、“心隨舞動”、“詩書中華”、“浦園之聲”等各具特色的演出競賽、露天電影活動,部分項目通過線上同步播出,努力發揮大學生藝術團、學生社團和學生組織的文化育人功能,以更優的教育方式組合,引導同學們參與積極健康向上的校園文化生活。",
    ],
    head=["綜合新聞 NAVIGATION"],
    meta=[("時間", "2020-09-14"), ("來源", "校團委"), ("作者", "校團委"), ("攝影", ""), ("編輯", ""), ("上傳", "")],
    tail=["作者:校團委審核:陳晨子"],
    spam=[], forms=["edu-page-mirror", "traditional-conversion"], legit=False, lang="zh",
    shell="vsb", site_name="綜合新聞", encoding="gb18030",
    origin="pages corpus capture: a university's campus-news item (the Youth League committee's open-air film night; VSB-style /info/1081/ path kept) copied onto an unrelated .xyz host in traditional script; a mirror, hijacked with no injected string. Title, date, 來源 and 作者 are the item's own byline. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://catechistsonline.com/hkcdweb/content/2025/02/26/content_8682372.html",
    title="中國體育報點(diǎn)名乒乓球亞洲杯「飯圈」亂象:治理是不容懈怠的持久戰(zhàn)", date="2025-02-26", source="中國體育報", author=None,
    paras=[
        "近來體育戰(zhàn)線從維護(hù)意識形態(tài)安全的高度系統(tǒng)治理「飯圈」亂象,各項目國家隊(duì)運(yùn)動員主動解散官方粉絲群,以鮮明態(tài)度向「飯圈」亂象說不,贏得社會各界廣泛認(rèn)可和支持。然而,「飯圈」亂象的治理絕對不可能是一勞永逸的事。近日在深圳舉行的乒乓球亞洲杯上,「飯圈」亂象就再次入場擾亂賽場秩序,引發(fā)負(fù)面風(fēng)評。",
        "在加快建設(shè)體育強(qiáng)國的新征程上,體育的多元價(jià)值與綜合功能日益彰顯,「飯圈」亂象必然會有愈加強(qiáng)烈的衝動,選擇體育作為侵蝕和寄生的對象。因此體育戰(zhàn)線需要在全面深化改革中,持續(xù)提升體育領(lǐng)域的治理能力和治理水平,做好與不斷變化、變異的「飯圈」亂象打持久戰(zhàn)的準(zhǔn)備。",
    ],
    top="国产综合在线观看视频,亚洲国产精品无码久久久,成年无码动漫AV片在线观看羞羞,超级碰碰碰国产视频",
    head=["香港商報(bào)", "-- 天氣"],
    byline="責(zé)任編輯:朱劍明 2025-02-26 15:17:27 來源:中國體育報",
    spam=["国产综合在线观看视频", "亚洲国产精品无码久久久", "成年无码动漫AV片在线观看羞羞", "超级碰碰碰国产视频"],
    forms=["porn-keyword-line", "news-mirror-chrome-kept", "traditional-conversion"], legit=False, lang="zh",
    shell="portal", site_name="香港商報(bào)", encoding="utf-8",
    origin="pages corpus capture: a Hong Kong newspaper's web page reprinting a China Sports Daily commentary (fan-club disorder at a table-tennis event) copied whole onto an unrelated host under a path named after the paper (hkcdweb), with a comma-joined line of porn keywords above the masthead; hijacked. Title, date and 來源 from the byline; 責任編輯 is an editor (author null). The porn line is rebuilt above the masthead and, as such copies do, in <title>.",
    title_spam=True,
))

H.append(dict(
    url="http://www.syxj.com.cn/dfpd/js/2012-07/06/content_15554450.htm",
    title="體彩大獎得主“淡定”現身 投彩應重在公益本質", date="2012-07-06", source="新華網", author=None,
    paras=[
        "體彩大樂透2.56億元巨獎得主5日在江蘇省體彩中心兌取大獎,并委托體彩中心向希望工程捐款500萬元。這又是一個買彩票“一夜暴富”的故事,但這樣的“美夢成真”終究是少數,專家稱彩民應明白體彩首先是一個公益事業,做做發財的“白日夢”無可厚非,但千萬不能深陷其中變成“噩夢”。",
        "“淡定”夫妻從容領獎",
        "6月27日,體彩超級大樂透12074期開出總額2.56億元巨獎,成為體彩史上第一大獎,數據顯示中獎體彩購自蘇州昆山。",
        "7月5日8時30分許,江蘇省體彩中心剛剛開門,大獎得主悄然而至。體彩中心副主任顧穎說,這是一對年輕夫妻,先生姓朱,兩人都戴著墨鏡,并沒有什么夸張的修飾,看上去挺淡定的。她說:“一般大獎得主都會預約,他們這樣自己直接上門的比較少見。”",
    ],
    top="日韩精品久久一区二区三区_亚洲色图p_亚洲综合在线最大成人_国产中出在线观看_日韩免费_亚洲综合在线一区",
    head=["中國日報網", "用戶名 密碼 注冊", "中國日報"],
    byline="2012-07-06 10:56:17 來源:新華網",
    spam=["日韩精品久久一区二区三区", "亚洲色图p", "亚洲综合在线最大成人", "国产中出在线观看", "亚洲综合在线一区"],
    forms=["porn-keyword-line", "news-mirror-chrome-kept", "traditional-conversion"], legit=True, lang="zh",
    shell="portal", site_name="中國日報網", encoding="utf-8",
    origin="pages corpus capture: a China Daily regional channel's page reprinting a Xinhua story (a record sports-lottery winner collects the prize and donates to Project Hope) copied onto an unrelated host (channel path dfpd/js kept) under an underscore-joined line of porn keywords; hijacked, and the copied text is lawful lottery news, so legit: true as well. Title, date and 來源 from the page's byline. One short keyword of the porn line (a generic two-word phrase used by a dev split) is not listed in spam_strings.",
    title_spam=True,
))

H.append(dict(
    url="http://fortunemcn.com/jwmtsjl/2024-01-16/235983.html",
    title="中國(guó)南北互贈(zèng)特產(chǎn)引農(nóng)業(yè)“大摸底” 多款“隱藏特產(chǎn)”走俏", date="2024-01-16", source="中國(guó)新聞網(wǎng)", author=None,
    paras=[
        "“作為吉林人,還真不知道本地產(chǎn)藍(lán)莓!”“黑龍江產(chǎn)蔓越莓?它不是進(jìn)口的嗎?”“四川產(chǎn)魚(yú)子醬?還出口到國(guó)外?”正在中國(guó)東北涌動(dòng)的冰雪旅游熱潮,意外挖掘出這個(gè)國(guó)家南北多地的“隱藏特產(chǎn)”。",
        "起初,11位廣西小朋友赴東北研學(xué)得到當(dāng)?shù)厝伺氖刈o(hù),廣西送出砂糖橘等水果免費(fèi)供黑龍江民眾品嘗以示感謝,黑龍江回禮10萬(wàn)盒蔓越莓,由此帶動(dòng)中國(guó)南北方省份互贈(zèng)特產(chǎn)。",
        "一些特產(chǎn)因超出網(wǎng)友對(duì)家鄉(xiāng)特產(chǎn)的認(rèn)知而引發(fā)廣泛討論,并逐步演化成新的網(wǎng)絡(luò)熱點(diǎn),更多網(wǎng)友開(kāi)始對(duì)家鄉(xiāng)農(nóng)業(yè)“大摸底”。貴州網(wǎng)友驚嘆于自家的銅仁盛產(chǎn)抹茶;上海網(wǎng)友做夢(mèng)也沒(méi)想到,崇明竟然出產(chǎn)藏紅花;安徽網(wǎng)友也奇怪,六安還盛產(chǎn)世界三大珍肴之一的鵝肝……",
    ],
    top="天天操天天操天天翘99精品,日韩精品免费观看,香港一级毛片直播,国产自在自线午夜精品,亚洲国产成人资源在线软件,操一操射一射影院,囯产一级毛片免手续费看",
    head=["中新社吉林分社正文", "首頁(yè)-->國(guó)際傳播"],
    byline="發(fā)布時(shí)間:2024年01月16日 15:20 來(lái)源:中國(guó)新聞網(wǎng) 編輯:王思博",
    caption="1月5日,在廣西南寧市西鄉(xiāng)塘區(qū)壇洛鎮(zhèn)同富村,村民分揀剛采摘的砂糖橘。眼下正是砂糖橘成熟的季節(jié),當(dāng)?shù)剞r(nóng)民忙著采摘上市。(資料圖) 中新社記者 王偉臣 攝",
    spam=["天天操天天操天天翘99精品", "日韩精品免费观看", "香港一级毛片直播", "国产自在自线午夜精品", "亚洲国产成人资源在线软件", "操一操射一射影院", "囯产一级毛片免手续费看"],
    forms=["porn-keyword-line", "news-mirror-chrome-kept", "traditional-conversion", "pinyin-gloss-debris"], legit=False, lang="zh",
    shell="portal", site_name="中新社吉林分社", encoding="utf-8",
    origin="pages corpus capture: a China News Service regional bureau's page (provinces swapping local specialities) copied whole onto an unrelated host in traditional script with pinyin-gloss debris, under a comma-joined line of porn keywords; hijacked. Title, date and 來源 from the page's byline (the source as the page shows it, gloss included); 編輯 is an editor. The photo caption is kept as a caption, out of text; the last captured paragraph is cut mid-word and left out.",
    title_spam=True,
))

H.append(dict(
    url="http://quintinxm.com/content/details20_2301.html",
    title=None, date=None, source=None, author=None,
    shown=[
        "为贯彻落实习近平总书记关于体育教育的系列讲话精神,健全“教会、勤练、常赛”长效发展的体育教育机制,坚持“健康第一”的教育理念,推动学生在体育锻炼中“享受乐趣、增强体质、健全人格、锤炼意志”,沙巴体育团委于10月22日至27日,组织开展2021年北京警察沙巴体育体育节学生篮球比赛。经过多轮较量,10月27日,沙巴体育和交通系进行冠军争夺赛。沙巴体育党委副书记伍伟出席此次活动。",
        "决赛在热烈的呐喊声中正式开始,交通系在上半场大比分落后的情况下,奋起直追,连续打出进攻高潮,并在终场前以一记三分球追平比分,将比赛带入加时赛。加时赛中,沙巴体育和交通系比分胶着,相继命中关键球,最终沙巴体育以2分的微弱优势摘得桂冠。本次体育节学生篮球比赛经过激烈角逐,最终沙巴体育获得冠军;交通系获得亚军;刑技和网安系获得季军;治安系、公安管理系获得优秀奖。在全体参赛队员、裁判员、工作人员的共同努力下,北京警察沙巴体育2021年体育节学生篮球比赛圆满落幕。",
        "本次活动旨在全面推进沙巴体育体育工作,推动校园体育成为落实全员、全程、全方位育人的主阵地,成为塑造健康人格、弘扬健康理念的主渠道,成为丰富校园文化、打造大学精神的主平台。",
    ],
    paras=[
        "为贯彻落实习近平总书记关于体育教育的系列讲话精神,健全“教会、勤练、常赛”长效发展的体育教育机制,坚持“健康第一”的教育理念,推动学生在体育锻炼中“享受乐趣、增强体质、健全人格、锤炼意志”,团委于10月22日至27日,组织开展2021年北京警察体育节学生篮球比赛。经过多轮较量,10月27日,和交通系进行冠军争夺赛。党委副书记伍伟出席此次活动。",
        "决赛在热烈的呐喊声中正式开始,交通系在上半场大比分落后的情况下,奋起直追,连续打出进攻高潮,并在终场前以一记三分球追平比分,将比赛带入加时赛。加时赛中,和交通系比分胶着,相继命中关键球,最终以2分的微弱优势摘得桂冠。本次体育节学生篮球比赛经过激烈角逐,最终获得冠军;交通系获得亚军;刑技和网安系获得季军;治安系、公安管理系获得优秀奖。在全体参赛队员、裁判员、工作人员的共同努力下,北京警察2021年体育节学生篮球比赛圆满落幕。",
        "本次活动旨在全面推进体育工作,推动校园体育成为落实全员、全程、全方位育人的主阵地,成为塑造健康人格、弘扬健康理念的主渠道,成为丰富校园文化、打造大学精神的主平台。",
    ],
    head=["沙巴体育要闻"],
    spam=["沙巴体育"], forms=["brand-replacement", "brand-as-section-name"], legit=False, lang="zh",
    shell="vsb", site_name="沙巴体育要闻", encoding="gbk",
    origin="pages corpus capture: a police college's news item on its student basketball tournament copied onto an unrelated host where every mention of the college is replaced by a betting brand, which also names the news section; hijacked. Text is the report with the brand removed where it stood (the sentences keep their gaps). No headline/date in the capture (null). Rebuilt in GBK.",
))

H.append(dict(
    url="https://f4dev.com/info/1011/11895.html",
    title=None, date=None, source=None, author=None,
    shown=[
        "新學期伊始,為了增強Betvictor中文版2016級、2017級同學之間的交流,豐富課餘生活,展現青春活力,宣揚體育精神,Betvictor中文版學生會體育部于9月13日起在南嶺校區籃球場組織了“機械杯”籃球賽。比賽共分為上下半場,每半場20分鐘,并由體育部成員擔任裁判。",
        "比賽還未開始,籃球場上如萬人空巷,觀衆呐喊助威,運動員積極熱身,八支隊伍中,每一位隊員都已經有了必勝的信心。随着一聲哨響,四場比賽同時開始,每一位隊員都拼盡全力,想從一開始就在氣勢上壓倒對手,并獲得勝利。球員們雄姿英發,在場上你争我搶,不露出任何破綻,一個個漂亮的背傳、一個個完美的轉身,數個精準的三分球,以及幾個火爆的蓋帽把場上的氣氛再度推向高潮。比賽如火如荼地進行,每個賽場的選手與觀衆都情緒高漲。時間飛逝,比賽在雙方的最後一攻後結束了。賽後雙方隊員相互握手擁抱,合影留念,體現了“友誼第一,比賽第二”的體育精神。",
        "一言以概之,球場上一滴滴辛苦的汗水、一個個華麗的身影是同學們對籃球、對勝利的渴望。“機械杯”籃球賽仍在繼續,相信勝者不驕不躁、越戰越勇,敗者毫不氣餒、勇往直前,運動健兒們将在這小小的球場上繼續揮灑青春汗水、釋放無限活力。",
    ],
    paras=[
        "新學期伊始,為了增強2016級、2017級同學之間的交流,豐富課餘生活,展現青春活力,宣揚體育精神,學生會體育部于9月13日起在南嶺校區籃球場組織了“機械杯”籃球賽。比賽共分為上下半場,每半場20分鐘,并由體育部成員擔任裁判。",
        "比賽還未開始,籃球場上如萬人空巷,觀衆呐喊助威,運動員積極熱身,八支隊伍中,每一位隊員都已經有了必勝的信心。随着一聲哨響,四場比賽同時開始,每一位隊員都拼盡全力,想從一開始就在氣勢上壓倒對手,并獲得勝利。球員們雄姿英發,在場上你争我搶,不露出任何破綻,一個個漂亮的背傳、一個個完美的轉身,數個精準的三分球,以及幾個火爆的蓋帽把場上的氣氛再度推向高潮。比賽如火如荼地進行,每個賽場的選手與觀衆都情緒高漲。時間飛逝,比賽在雙方的最後一攻後結束了。賽後雙方隊員相互握手擁抱,合影留念,體現了“友誼第一,比賽第二”的體育精神。",
        "一言以概之,球場上一滴滴辛苦的汗水、一個個華麗的身影是同學們對籃球、對勝利的渴望。“機械杯”籃球賽仍在繼續,相信勝者不驕不躁、越戰越勇,敗者毫不氣餒、勇往直前,運動健兒們将在這小小的球場上繼續揮灑青春汗水、釋放無限活力。",
    ],
    tail=["撰稿:王宇 校對:李昊原 範浩 審核:尤爽"],
    spam=["Betvictor中文版"], forms=["brand-replacement", "traditional-conversion"], legit=False, lang="zh",
    shell="vsb", site_name="學院新聞", encoding="utf-8",
    origin="pages corpus capture: a university mechanical-engineering school's student-union basketball report (VSB-style /info/1011/ path) copied onto an unrelated host in traditional script, the school's name replaced by a foreign bookmaker's brand; hijacked. Text with the brand removed where it stood. The 撰稿/校對/審核 credit line is kept out of text and not taken as 作者 (author null). No headline/date in the capture.",
))
