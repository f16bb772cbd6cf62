# Real hijacked cases for v41, rebuilt around text captured in the `pages` corpus (search tool).
# Each text below is verbatim from the capture (paragraph breaks as captured); truncated
# trailing sentences of the capture are dropped. Shells are rebuilt (see build.py).
H = []

H.append(dict(
    url="http://www.cjsdex.com/news/36024.html", shell="edu_a", lang="zh",
    form="brand-replacement", injections=["brand-replacement", "brand-in-title"],
    head_title="allwincity万象城第三十四届秋季运动会开幕", title=None,
    meta=[("发布时间", "2025-10-31"), ("作者", ""), ("来源", ""), ("浏览次数", "{{info?.hits}}")],
    date="2025-10-31", source=None, author=None,
    text="""金秋送爽,丹桂飘香。10月30日下午,allwincity万象城第三十四届秋季运动会在天工体育场隆重开幕。校领导洪跃明、康灿华、陈宇、、徐九南、陈博旺、李红浪、王笑风,各职能部门负责人、二级学院党委书记、院长,以及师生代表齐聚一堂,共襄盛典。
伴随着激昂的运动员进行曲,国旗护卫队、鲜花队、彩旗队、各学院代表方阵、教职工队与裁判队迈着铿锵有力的步伐,依次走过主席台,展现出南工人昂扬向上、奋发有为的精神风貌。""",
    spam=["allwincity万象城"],
    note="a university sports-meet report whose institution name is replaced by a gambling brand in headline and lead; the real institution name is not in the capture, so the truth title is null and the truth text is the lead with the brand cut out",
))

H.append(dict(
    url="http://m.tjs888.com/news/zyzz/china/5819.html", shell="portal_trad", lang="zh",
    form="porn-keyword-line-top", injections=["porn-keyword-line-top", "copy-on-unrelated-host", "pinyin-gloss-conversion"],
    top_line="欧美视频手机在线观看,电视剧北京爱情故事在线观看,勒热夫战役电影在线观看完整版,忠犬八公中文在线观看免费完整版,林康练成独孤九剑电视剧在线观看,大尺度外国电影未删减片段视频,告密者电视剧高清在线观看完整版",
    crumb="當(dāng)前位置:首頁(yè) > 新聞動(dòng)態(tài) > 重要轉(zhuǎn)載 > 黨中央國(guó)務(wù)院信息",
    head_title="聽(tīng)民意 匯民智|“今天的反饋很全面也很務(wù)實(shí)”——全國(guó)人大代表張雨霏與國(guó)家體育總局工作人員面對(duì)面",
    title="聽(tīng)民意 匯民智|“今天的反饋很全面也很務(wù)實(shí)”——全國(guó)人大代表張雨霏與國(guó)家體育總局工作人員面對(duì)面",
    meta=[("文章來(lái)源", "新華社"), ("發(fā)布時(shí)間", "2026-03-09")],
    date="2026-03-09", source="新華社", author=None,
    text="""“‘蘇超’‘村BA’等賽事火出圈,群眾熱情很高,建議加大政策支持力度,推動(dòng)各地賽事辦出特色。”
“您的建議反映群眾呼聲,精準(zhǔn)契合群眾需求,我們專門進(jìn)行了認(rèn)真研究。”
3月8日午間,國(guó)家體育總局一間會(huì)議室內(nèi),全國(guó)人大代表、江蘇游泳運(yùn)動(dòng)員張雨霏和國(guó)家體育總局體育經(jīng)濟(jì)司副司長(zhǎng)艾郁進(jìn)行了一場(chǎng)面對(duì)面交流。
今年全國(guó)兩會(huì)上,一直關(guān)注我國(guó)體育事業(yè)發(fā)展的張雨霏代表在參加代表團(tuán)審議時(shí)提出,要持續(xù)加大對(duì)賽事經(jīng)濟(jì)的政策支持力度,不斷完善體育場(chǎng)地設(shè)施建設(shè),穩(wěn)步提升社會(huì)關(guān)注度與群眾參與度,激勵(lì)更多人投身體育。
她的這一意見(jiàn)被現(xiàn)場(chǎng)旁聽(tīng)的國(guó)務(wù)院辦公廳工作人員記錄下來(lái),并在第一時(shí)間經(jīng)過(guò)國(guó)辦轉(zhuǎn)交給國(guó)家體育總局。""",
    spam=["欧美视频手机在线观看,电视剧北京爱情故事在线观看,勒热夫战役电影在线观看完整版,忠犬八公中文在线观看免费完整版,林康练成独孤九剑电视剧在线观看,大尺度外国电影未删减片段视频,告密者电视剧高清在线观看完整版", "大尺度外国电影未删减片段视频"],
    note="a Xinhua report carried (traditional script with pinyin-annotation glosses) on an unrelated host whose first line is a keyword line of film/video search terms; copy plus spam line, so hijacked; the last cut paragraph of the capture is dropped",
))

H.append(dict(
    url="https://taggis.net/xgb/article_id_27429_itemId_389.html", shell="edu_b", lang="zh",
    form="brand-replacement", injections=["brand-replacement"],
    head_title="国防安全知识竞赛及素质拓展活动", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""为深入学习宣传贯彻党的二十大精神,响应习近平总书记“加强全民国防教育,巩固军政军民团结,为实现中国梦强军梦凝聚强大力量”的号召,进一步加强青年学生的国防观念和忧患意识,让国防教育全方位融入、征兵工作常态化推进,营造崇军尚武的校园氛围,丰富学生课余生活,球王会体育将面向全体在校生举办国防安全知识竞赛及素质拓展活动。
2024年5月30日中午,线上答题通道正式开启,共计2000余名学生参加。国防知识竞赛内容涵盖军事理论、战争历史、武器装备、国防征兵政策等,最终角逐出前50名获奖学生。
2024年6月1日下午,组织知识竞赛前50名获奖学生前往花溪区某真人CS基地开展国防素质拓展活动,期间组织95式自动步枪模型拆解教学,让学生们感受到浓浓的军事氛围,增强国防教育的趣味化。""",
    spam=["球王会体育"],
    note="a student-affairs news item of a Guiyang college whose institution name is replaced by a gambling brand in the lead; headline not captured (truth title null; the shell's <title> is a neutral label, not the headline)",
))

H.append(dict(
    url="http://m.serialtips.com/ganenqinqing/301292.html", shell="farm_trad", lang="zh", legit=True,
    form="news-mirror-gloss", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="澳門博彩業(yè)生死搏殺", title="澳門博彩業(yè)生死搏殺",
    meta=[("發(fā)布時間", "2020-04-11"), ("來源", " 感恩親情"), ("點擊", "")],
    date="2020-04-11", source=None, author=None,
    text="""現(xiàn)在的澳門,在相關(guān)范疇內(nèi),儼然一個建筑大工地。這些豪奢的建筑,都將是未來澳門風景天際線的重要組成部分。蜂擁而至的外資,已對本土賭業(yè)生存構(gòu)成威脅,影響到當?shù)匕捕ǖ纳鐣刃,由此提出“發(fā)展以博彩業(yè)為主體的多元經(jīng)濟”的口號。
“展現(xiàn)亞洲的拉斯維加斯”
2006年年末,媒體曾有這般預(yù)測:澳門,這個面積28平方公里、人口50萬的小城,并不是美國的拉斯維加斯,也并不是它經(jīng)常被冠以的稱號――“東方蒙特卡洛”,但它的賭場收益預(yù)計在2006年底超過拉斯維加斯,成為狹義上的世界第一賭城。
2007年新年的鐘聲在全球敲響。這意味著,2006年的生意結(jié)賬了。新年的1月24日香港《文匯報》B2版刊出駐澳記者署名文章:《澳門博彩去年狂收558億》。其中寫道:
據(jù)澳門博彩監(jiān)察局昨公布的去年第四季度及全年博彩業(yè)的統(tǒng)計數(shù)據(jù)顯示,受惠增加7間賭場,去年第四季的賭場收益達164.37億元(澳門元,下同),同期增長44.3%。在去年11月,澳門整體博彩收益已經(jīng)超越拉斯維加斯。而總計去年整體的博彩收益達558.88億元,比上年增加22%。澳門去年先后有英皇、利澳、總統(tǒng)、金都、永利、星際、巴比倫等7間娛樂場相繼開業(yè),賭場由2005年的17間,增至24間;賭臺數(shù)量增加了1374張,達2760張;角子機增加了3125臺,達到6546臺。
在博彩總收入中,幸運博彩接近550億元,于整體賭業(yè)比重由2005年的97.7%,增至98.4%;較2005年增加逾百億收入,升幅達23%。""",
    spam=[],
    note="mirror, not reprint: a magazine feature on Macau's gaming industry copied whole, in traditional script with pinyin-annotation glosses, onto an unrelated content-farm host under a '感恩親情' column (shown as 來源, so the truth source is null); copies on unrelated hosts are hijacked by the split rule, and the copied text is lawful gaming-industry reporting, so legit as well; the cut last sentence is dropped",
))

H.append(dict(
    url="http://m.beverly-empire.com/zixun/jiaoyu/2020/1204/60236.html", shell="portal_trad", lang="zh",
    form="porn-keyword-line-top", injections=["porn-keyword-line-top", "copy-on-unrelated-host"],
    top_line="公么大龟弄得我好舒服秀婷视频丨伊人色综合久久天天丨欧美性xxxx极品hd欧美风情丨成人h视频在线观看丨国产综合无码一区二区色蜜蜜",
    crumb="您的位置:首頁>資訊 > 教育 >",
    head_title="建立網課平臺長效治理機制 教育部印發通知", title="建立網課平臺長效治理機制 教育部印發通知",
    meta=[("來源", "新華網"), ("發布時間", "2020-12-04 13:37:12")],
    date="2020-12-04", source="新華網", author=None,
    text="""中央網信辦、教育部近日聯合印發《關于進一步加強涉未成年人網課平臺規范管理的通知》,旨在規范面向中小學生的網課平臺內容亂象,探索建立網課平臺長效治理機制。
記者3日從中央網信辦獲悉,此次下發的通知著重監督網課平臺價值導向,要求不得散布色情低俗、血腥暴力等違背公序良俗的內容,不得以“技術中立”“算法推薦”為由,推送不適宜未成年人的信息或廣告引流內容。
根據通知,各地應加強涉未成年人網課平臺備案管理,推動排查全覆蓋,逐步建立黑白名單制度;抓好網課內容、頁面生態審核,嚴防不良信息亂入;加強網課平臺授課教師資質審核,提升相關人員素質。
通知還要求,各地應建立涉未成年人網課平臺的跨部門巡查機制,運用暫停更新、關閉下架等手段,對違法違規網課平臺保持高壓嚴打態勢,動員社會各界廣泛參與治理,形成工作合力。
據悉,此前,網信部門和教育部門共同開展了涉未成年人網課平臺專項整治工作,集中查處了一批危害未成年人身心健康的網課平臺,受到社會大眾普遍認可。此次下發通知,旨在進一步鞏固整治成果,探索建立未成年人網課平臺長效治理機制,把好信息內容管理“第一關”,為未成年人打造一片清朗的網絡學習空間。(記者 余俊杰 郎兵兵)""",
    spam=["公么大龟弄得我好舒服秀婷视频丨伊人色综合久久天天丨欧美性xxxx极品hd欧美风情丨成人h视频在线观看丨国产综合无码一区二区色蜜蜜", "成人h视频在线观看"],
    note="a Xinhua report on the online-course platform notice carried in traditional script on an unrelated host whose first line is a porn keyword line; copy plus spam, hijacked",
))

H.append(dict(
    url="http://www.vggp.cn/zt/bss/202108/t20210816_7193747.shtml", shell="portal_trad", lang="zh",
    form="porn-keyword-line-top", injections=["porn-keyword-line-top", "copy-on-unrelated-host"],
    top_line="99国产精品久久久久久久久久_波多野结衣的一级片_日本一区二区三区四区在线观看_久久久久黄_中文字幕亚洲欧美_a天堂在线观看",
    crumb="鄉村干部報網",
    head_title="3000盞路燈點亮鄉村夜生活", title="3000盞路燈點亮鄉村夜生活",
    meta=[("", "2021-08-16 14:33:00"), ("來源", "新華日報"), ("作者", "周靜 籍晶 明澤")],
    date="2021-08-16", source="新華日報", author="周靜 籍晶 明澤",
    text="""每當夜幕降臨,江蘇宿遷市泗洪縣車門鄉大劉村三組主干道的26盞嶄新的太陽能路燈便準時亮了起來。
在不遠處的小廣場上,健身娛樂的村民們歡聲笑語,有聊家常的,有跑步的,有跳廣場舞的。正在跳舞的76歲老人劉歡慶滿臉笑容:“以前這個時間點大家都窩在家里,出門黑漆漆的,別提散步、跳舞了。政府裝路燈,真是做了件大好事!”
車門鄉位于江蘇省最貧窮的泗洪縣西南崗地區,這些年,經過社會各界的共同努力,終于摘掉了經濟薄弱鄉鎮的帽子。在今年開展的黨史學習教育“我為群眾辦實事”實踐活動中,不少村民向鄉村干部反映,村組道路上沒有一盞路燈,一到晚上,大家便不敢出門,在鄉工業園上班的村民走夜路的時候提心吊膽的。還有不少村民說,生活好了,也想跟城里人一樣晚上跳個廣場舞、散散步。鄉黨委政府研究決定,開展“點亮鄉村工程”行動。經過初步摸底核算,全鄉8個村居的村組道路弱電線桿上需要安裝太陽能路燈3000盞左右,每盞300-400元不等,投入至少在100萬元左右。
對于本身財政就捉襟見肘的車門鄉來說,百萬元不是小數目,一下子拿不出這么多錢。鄉黨委政府再次廣泛征求黨員群眾代表意見,并結合實際決定,采取鄉財政補助一點、鄉賢能人大戶捐贈一點、村居自籌一點等方式,最終籌集了110萬元,其中鄉財政補貼20萬元、62名鄉賢能人大戶捐了67.4萬元、村居自籌22.6萬元。""",
    spam=["99国产精品久久久久久久久久_波多野结衣的一级片_日本一区二区三区四区在线观看_久久久久黄_中文字幕亚洲欧美_a天堂在线观看", "波多野结衣的一级片"],
    note="a Xinhua Daily rural report as carried by a rural-cadre newspaper site, copied in traditional script onto an unrelated host topped by a porn keyword line; hijacked; cut last paragraph dropped",
))

H.append(dict(
    url="http://www.shdongyou.cn/dy/article/KC3DEB9A0516DHVE.html?spss=dy_author", shell="farm_trad", lang="zh",
    form="news-mirror-gloss", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="我國(guó)將有第三所“體育大學(xué)”了?", title="我國(guó)將有第三所“體育大學(xué)”了?",
    meta=[],
    date=None, source=None, author=None,
    text="""近日,廣州體育學(xué)院2025年發(fā)展戰(zhàn)略研討會(huì)召開,會(huì)上提到,核心目標(biāo)為推動(dòng)學(xué)校“更名改大”。
華南地區(qū)唯一獨(dú)立建制的體育高等學(xué)府
廣州體育學(xué)院位居廣州,創(chuàng)建于1956年,是新中國(guó)最早建設(shè)的體育高校之一,華南地區(qū)唯一獨(dú)立建制的具有本、碩、博人才培養(yǎng)體系的體育高等學(xué)府。
2024年時(shí),廣州體育學(xué)院獲批博士學(xué)位授予單位,辦學(xué)層次實(shí)現(xiàn)跨越。學(xué)校早在1979年即開始培養(yǎng)研究生,是廣東省首批體育學(xué)碩士學(xué)位授予單位,現(xiàn)有在校學(xué)生8000多人,其中研究生1300余人。已為國(guó)家培養(yǎng)輸送了各類優(yōu)秀人才,包括60多位世界冠軍、60多位政府高級(jí)管理人員、30多位大學(xué)校長(zhǎng),以及一大批教練員、體育教師、成功企業(yè)家和其他行業(yè)精英等。
廣州體育學(xué)院現(xiàn)有14個(gè)二級(jí)學(xué)院,其中,國(guó)家羽毛球?qū)W院為國(guó)家體育總局與廣東省人民政府共建,足球?qū)W院成功獲批為全國(guó)首批6個(gè)重點(diǎn)建設(shè)的國(guó)家足球?qū)W院之一。""",
    spam=[],
    note="mirror: a news-portal piece on a sports university copied whole in glossed traditional script onto an unrelated host (portal article path kept); no injected string, hijacked by the copy rule; cut last paragraph dropped",
))

H.append(dict(
    url="http://www.0375edu.org.cn/news/5063.htm", shell="farm_trad", lang="zh",
    form="news-mirror-gloss", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="新聞", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""中央編辦政務(wù)和公益機構(gòu)域名注冊管理中心透露,中國政府網(wǎng)已率先開始使用“中國政府網(wǎng).政務(wù)”專用中文域名。在12月9日舉行的新聞界改革開放30年回顧與展望座談會上,中央外宣辦副主任蔡名照評價說,互聯(lián)網(wǎng)已成為向世界說明中國的新聞傳播嶄新渠道。
據(jù)了解,中國政府網(wǎng)還使用了“中國政府.政務(wù)”、“國務(wù)院.政務(wù)”、“國務(wù)院辦公廳.政務(wù)”、“中央人民政府門戶網(wǎng)站.政務(wù)”等多個專用中文域名,網(wǎng)民今后可以通過這些專用中文域名直接訪問中央政府門戶網(wǎng)站。中國政府網(wǎng)是我國最高級別的中央政府門戶網(wǎng)站,是國務(wù)院和國務(wù)院各部門,以及各省、自治區(qū)、直轄市人民政府在國際互聯(lián)網(wǎng)上發(fā)布政府信息和提供在線服務(wù)的綜合平臺。中國政府網(wǎng)專用中文域名的開通標志著我國政府網(wǎng)站域名規(guī)范工作又邁上了一個新的臺階,對于進一步加強政府網(wǎng)站建設(shè)管理工作具有十分重要的意義。
一些網(wǎng)民表示,以往我國政府網(wǎng)站在使用英文域名時很難做到非常規(guī)范,有的網(wǎng)站使用英文,有的使用漢語拼音,或者僅是幾個字母的縮寫,很難準確記憶,同時從域名上看也無法反映網(wǎng)站主辦者的機構(gòu)性質(zhì)。
調(diào)查顯示,我國的普通網(wǎng)民很少有人能夠準確記憶10個以上的政府網(wǎng)站的英文域名,如何能使習慣于使用中文的我國網(wǎng)民用最直接的方式準確找到政府網(wǎng)站,政務(wù)專用中文域名的設(shè)立為此建立了一條綠色的通道。""",
    spam=[],
    note="mirror: a 2008 Xinhua item on the central government portal's Chinese domain names, copied in glossed traditional script onto a lapsed local education host; headline not captured (title null); hijacked by the copy rule; cut last sentence dropped",
))

H.append(dict(
    url="http://www.jojad28.cn/china/2015-12/18/content_22738680.htm", shell="en_daily", lang="en",
    form="porn-keyword-line-top", injections=["porn-keyword-line-top", "copy-on-unrelated-host"],
    top_line="免费日韩片_欧美成人精品一区二区男人小说_国产乱码一区二区三区四区_国产精品国产三级国产aⅴ入口_成人看的污污超级黄网站免费_欧美一级在线免费观看_成人午夜免费无码福利片_国产乱人伦偷精品视频色欲_aaa少妇高潮大片免费看_国产精品1234_亚洲精品国产suv一区88_中文字字幕在线中文无码_精品亚洲区_午夜九九九_国产av国片精品jk制服丝袜_色综合亚洲_亚洲成av人片无码bt种子下载_欧美色就色_精品少妇的一区二区三区四区_男人用嘴添女人下身免费视频",
    crumb="China / Government",
    head_title="Top information office holds record number of news conferences", title="Top information office holds record number of news conferences",
    byline="By CUI JIA (China Daily) Updated: 2015-12-18 07:56",
    date="2015-12-18", source="China Daily", author="CUI JIA",
    dek="State Council office says transparency helps world better understand country",
    caption="Liu Qibao, head of the Publicity Department of the CPC Central Committee, meets with participants at the New Year reception hosted by the State Council Information Office at the National Museum of China on Thursday. XU JINGXING/CHINA DAILY",
    text="""China's top information office has held a record number of news conferences this year on key issues that have drawn worldwide attention. In 2016, it will be even more open and release valuable information on changes and development in China, the head of the information office said.
"The State Council Information Office has held about 120 news conferences in 2015. On average, there is a news conference about every three days. The number would reach more than a thousand if you include the news conferences held by different ministries," Jiang Jianguo, minister of the State Council Information Office, said on Thursday.""",
    spam=["免费日韩片_欧美成人精品一区二区男人小说_国产乱码一区二区三区四区_国产精品国产三级国产aⅴ入口_成人看的污污超级黄网站免费_欧美一级在线免费观看_成人午夜免费无码福利片_国产乱人伦偷精品视频色欲_aaa少妇高潮大片免费看_国产精品1234_亚洲精品国产suv一区88_中文字字幕在线中文无码_精品亚洲区_午夜九九九_国产av国片精品jk制服丝袜_色综合亚洲_亚洲成av人片无码bt种子下载_欧美色就色_精品少妇的一区二区三区四区_男人用嘴添女人下身免费视频", "男人用嘴添女人下身免费视频"],
    note="an English China Daily report copied with its chrome onto an unrelated .cn host under a Chinese porn keyword line; hijacked; photo caption and dek kept on the page, out of the truth text; cut last paragraph dropped",
))

H.append(dict(
    url="http://boronfuelsource.com/politics/2018lh/2018-03/02/c_129821422.htm", shell="farm_trad", lang="zh",
    form="news-mirror-gloss", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="新華網(wǎng)", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""全國政協(xié)十三屆一次會議新聞發(fā)布會3月2日16:30在人民大會堂一層新聞發(fā)布廳召開,大會新聞發(fā)言人王國慶向中外媒體介紹本次大會有關情況并回答記者提問。圖為發(fā)布會前記者在現(xiàn)場拍攝。新華網(wǎng)/中國政府網(wǎng) 翟子赫攝""",
    spam=[],
    note="mirror: a Xinhua two-sessions photo page (a caption only) copied in glossed traditional script onto an unrelated host with the Xinhua URL path kept; no headline captured (title null); the page repeats the caption, kept once in the truth text",
))

H.append(dict(
    url="https://www.articlesreg.com/info/1176/7237.htm", shell="edu_a", lang="zh",
    form="brand-replacement", injections=["brand-replacement"],
    head_title="w88win优德中文版-【w88com】召开中层干部会", title=None,
    meta=[("发布时间", ""), ("点击", "")],
    date=None, source=None, author=None,
    text="""10月13日,w88win优德中文版-【w88com】在综合楼第二会议室召开中层干部会,传达贯彻省职业教育工作会议精神。w88win优德中文版副书记、院长孙海出席会议并作重要讲话,会议由党委委员、副院长刘道广主持。
会上,刘道广副院长传达了省委书记郭庚茂关于w88win优德中文版省职业教育工作的重要批示和省长谢伏瞻的重要讲话精神。
孙海院长在讲话中强调,省职业教育工作会议为学院的发展指明了方向,大家要高度重视和认真思考,同时,就w88win优德中文版-【w88com】实际情况提出几点要求:一是要充分认识学院教学状况;二是要积极打造双师型教师队伍;三是要深化教学改革;四是要有全员育人意识,全过程育人意识;五是要进一步加强制度建设;六是要鼓励、支持大家学习充实自己;七是要加强培训工作项目落地;八是要积极推动校企合作,实习实训。
最后,他希望全院教职工要积极参与,明确目标、分解任务、制定措施、落实责任,推进学院教学工作的良性发展。""",
    spam=["w88win优德中文版-【w88com】", "w88win优德中文版"],
    note="a Henan vocational college's meeting report with every mention of the college replaced by a betting brand (even inside '省职业教育'); the real name is not captured, so the truth title is null; the headline in the shell is the capture's first clause",
))

H.append(dict(
    url="http://www.cozumelsbestcondos.com/2023/0428/c1697a75474/page.htm", shell="edu_vsb_trad", lang="zh",
    form="porn-keyword-line-bottom", injections=["porn-keyword-line-bottom", "copy-on-unrelated-host", "empty-tag-chaff"],
    bottom_line="精品视频国产狼友视|久久国产精品一区二区|亚洲日韩精品海量簧片|天天狠天天透天干天天",
    head_title="市民進職業教育調研組到安慶職業技術學院調研", title="市民進職業教育調研組到安慶職業技術學院調研",
    meta=[("發布者", "張玉國"), ("發布時間", "2023-04-28"), ("瀏覽次數", "75")],
    date="2023-04-28", source=None, author=None,
    text="""427日下午,安慶市政協副秘書長、市民進主委潘連宇帶領市民進職業教育調研組到安慶職業技術學院調研職業教育集團化辦學情況。安慶市委教體工委副書記張復雙,市教育體育局相關科室負責人陪同調研。安慶職教集團理事長、安慶職院校長畢明生主持座談會并講話。安慶職教集團秘書長、安慶職院黨委副書記李克讓出席。
座談會上,潘連宇闡述了本次調研的目的,表達了對促進我市職業教育發展貢獻民進力量的初衷。
畢明生對潘連宇一行表示了熱烈歡迎。他指出,我市職業教育要取得新突破,實現高質量發展,一要做強高職,高職是職業教育發展的“動力引擎”,具有引領示范作用,高職辦學能力的提升,必然向中職延伸,帶動和服務中職發展,實現中高職一體化發展;二要做大中職,中職是職業教育發展的基石,固本才能枝榮,中職規模的鞏固和擴大,是高職發展的生源保障;三要建立機制,強有力的財政供給等機制是保障安慶職教集團運行的重要手段,是集團化辦學出成效的關鍵要素。
安慶職教集團秘書處負責同志對安慶職教集團近年來的主要做法和存在問題作了簡要匯報。
安慶職業技術學院、安慶技師學院、安慶工業學校、海軍安慶科技學校有關負責同志參加座談。(文:張玉國、曹曼  圖:翟程玲  審核:楊元綱)""",
    spam=["精品视频国产狼友视|久久国产精品一区二区|亚洲日韩精品海量簧片|天天狠天天透天干天天", "亚洲日韩精品海量簧片"],
    note="a vocational college's news page (VSB path kept) copied in traditional script onto an unrelated host, with empty tag chaff before the article and a porn keyword line after it; hijacked; '發布者' is the poster, not an author (author null); '427日' is as captured",
))

H.append(dict(
    url="http://artable.cn/shuanggao/info/1071/1229.htm", shell="edu_b_trad", lang="zh",
    form="edu-page-mirror", injections=["copy-on-unrelated-host"],
    head_title="雙高建設簡報", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""【本期關鍵詞】
專業建設 課程建設 課程思政
【政策信息】
●教育部辦公廳印發《本科層次職業教育專業設置管理辦法(試行)》(教職成廳〔2021〕1號)
教育部辦公廳印發《本科層次職業教育專業設置管理辦法(試行)》(簡稱《辦法》)?!掇k法》共分為總則、專業設置條件與要求、專業設置程序、專業設置指導與監督、附則等5章21條。與此前高職(??疲I設置管理辦法相比,《辦法》對專業設置條件進行了細化,定性定量相結合設置了具體指標,充分體現類型教育特點。主要有三個創新點一是突出高起點;二是瞄準高層次;三是注重高要求。
●教育部印發《職業教育專業目錄(2021年)》(教職成〔2021〕2號)
教育部組織對職業教育專業目錄進行了全面修(制)訂,形成了《職業教育專業目錄(2021年)》(以下簡稱《目錄》)?!赌夸洝钒凑铡笆奈濉眹医洕鐣l展和2035年遠景目標對職業教育的要求,在科學分析產業、職業、崗位、專業關系基礎上,對接現代產業體系,服務產業基礎高級化、產業鏈現代化,統一采用專業大類、專業類、專業三級分類,一體化設計中等職業教育、高等職業教育???、高等職業教育本科不同層次專業,共設置19個專業大類、97個專業類、1349個專業,其中中職專業358個、高職??茖I744個、高職本科專業247個。我部根據經濟社會發展等需要,動態更新《目錄》,完善專業設置管理辦法。明確提出三項執行要求,一是優化專業布局結構;二是落實專業建設要求;三是.做好新舊目錄銜接。""",
    spam=[],
    note="mirror: a vocational college's 'double-high' newsletter (its /shuanggao/info/ path kept) copied in traditional script, with the converter's mojibake, onto an unrelated host; no injected string; headline not captured (title null); cut third item dropped",
))

H.append(dict(
    url="https://www.g1tmj6w.xyz/jwc/info/1003/3925.htm", shell="edu_a_trad", lang="zh",
    form="keyword-stuffed-title", injections=["spam-title", "copy-on-unrelated-host"],
    head_title="亲朋棋牌官方下载-棋牌室装修随意_百家乐棋牌游戏币_全讯网恭喜发财官网 (中国)·官方网站",
    crumb="當前位置: 首頁>通知公告>正文",
    title="關于做好2025-2026學年第一學期期末考試(查)工作的通知",
    meta=[("發(fā)布時間", "2025-12-12"), ("瀏覽次數(shù)", "")],
    date="2025-12-12", source=None, author=None,
    text="""各學院:
根據(jù)學校教學計劃安排,2025-2026學年第一學期期末考試(查)工作將于2026年1月進行。為順利完成本項工作,現(xiàn)就有關事項通知如下:
一、時間安排
(一)集中考試。2026年1月12日至23日為集中考試周時間,可安排考試(查)時段為:
9:00—11:00;14:30—16:30; 18:40--20:40。
(二)分散考試。在十六周以前結課的課程,結課后即可進行該課程考試(查)。
二、排考要求
(一)公共課考試時間由本科生院統(tǒng)籌安排,《2025-2026學年第一學期公共課考試時間安排表》(見附件1)。其他課程考試(查)時間由各開課單位合理安排。
(二)所有課程必須在教務系統(tǒng)內安排,排考注意事項如下:
1.統(tǒng)籌兼顧,合理分配考試時間,避免出現(xiàn)學生課程考試時間沖突或安排分布不均的情況。請各單位在12月13日前將學院相關負責人簽字蓋章的紙質版《期末集中考試科目匯總表》(模板見附件2)和電子版表格報送本科生院考務辦公室。
2.考試任務在教務系統(tǒng)提交后,師生可通過教務系統(tǒng)(師生端)查詢有關課程考試(查)安排。
三、試卷交印
(一)考試周考試的公共課,須于12月19日前交印試卷;考試周考試的專業(yè)課,須于12月26日前交印試卷;其它各類分散考試課程,須于考前2周以上交印試卷。
(二)課程應考人數(shù)30(含)以下的可以只出一套試卷;課程應考人數(shù)在30人以上的,按A、B卷命題印制。試卷需配答題紙的,在試卷印制申請單上注明。""",
    spam=["亲朋棋牌官方下载-棋牌室装修随意_百家乐棋牌游戏币_全讯网恭喜发财官网 (中国)·官方网站", "百家乐棋牌游戏币"],
    note="a university academic-affairs exam notice (its /jwc/info/ path kept) copied in traditional script onto an unrelated .xyz host whose <title> and site header are a keyword-stuffed gambling line; the true headline is the article heading; cut last sentence dropped",
))

H.append(dict(
    url="https://11-q.com/h09kpn.html", shell="farm_lines", lang="zh",
    form="spam-line-in-body", injections=["spam-line-in-body", "spam-title"],
    head_title="外围体育官方app", title=None,
    meta=[],
    date=None, source=None, author=None,
    paras_with_spam=["外围体育官方app", 0, "外围体育官方app", 1, 2, "详情"],
    text="""习近平总书记与父亲习仲勋之间,有很多感人的故事。2001年10月15日,习近平给父亲写了一封信。这封信既满含对父亲生日的祝福,也有不能亲临父亲身旁的遗憾,但更多的是对父亲的人格与品德、胸怀与作风、信仰与追求的崇敬之情,表达了将父亲的好作风、好家风世代相传,投身于共产主义事业,投身于人民的坚定决心。
2023年,为了让体育博物馆“走出去”,让体育藏品“动起来”,让体育文化“零距离”,上海体育博物馆突破了以往的固定建筑物和展陈空间模式,精心打造“移动的体育博物馆”。这辆承载体育故事的展车驶入校园、运动场馆、社区街镇、热门商圈和赛事活动现场。2023年,“移动的体育博物馆”共走进了13个场所,吸引约1.2万人次参观。
100年后,完成精心修缮与藏品内装的时代奥运建筑,也在通过一件件珍贵的藏品,带领参观者重温百年奥运缘:中国奥运第一人刘长春参加洛杉矶奥运会带回的“中华奥运第一章”原件——是中国人于1932年从美国洛杉矶带回的第一枚奥运会官方参与者纪念章,1936年第十一届柏林奥运会中国田径选手、著名竞走运动员周余愚参加奥运会时的签名簿……都在讲述着上海这座城市和奥运会跨时空的故事。""",
    spam=["外围体育官方app"],
    note="a spun page on an unrelated host: paragraphs lifted from state-media reports (a feature on a letter, a Shanghai sports-museum report) with a betting-app keyword interleaved as its own lines and as <title>; no headline (title null); the truth text is the lifted paragraphs",
))

H.append(dict(
    url="http://ahlyxt.cn/jwc/info/1028/1327.htm", shell="edu_a_trad", lang="zh",
    form="edu-page-mirror", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="通知公告", crumb="當前位置: 首頁>教務(wù)處>通知公告>正文", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""各二級學(xué)院(部)、相關(guān)部門:
根據(jù)學(xué)校教學(xué)工作安排,2016-2017學(xué)年第二學(xué)期期末考試將在2017年6月26日(周一)、6月27日(周二)進行,現(xiàn)就相關(guān)事項通知如下:
1.考試時間:2017年6月26日、27日兩天
2.考試安排與考前培訓(xùn):
第一、五場8:20-10:00 第二場10:20-12:00
第三場13:00-14:40 第四場15:00-16:40
請第一場監(jiān)考老師、考務(wù)人員于7:50、第二場于10:00準時到達考務(wù)室(J3-104教室)參加考前培訓(xùn)。具體《考試安排表》見附件;
3.考務(wù)室:J3-104階梯教室
請后勤服務(wù)公司在7:30分前將考務(wù)室門打開;請信息管理中心7:40分前做好考務(wù)室多媒體設(shè)備及話筒的調(diào)試和準備;
4.各二級學(xué)院應(yīng)加強學(xué)生的考前輔導(dǎo)和考試誠信教育,杜絕考試違紀現(xiàn)象,并及時將考試信息通知到相關(guān)班級和學(xué)生,提醒學(xué)生試卷明確標有“開卷”字樣的為開卷考試,其余為閉卷考試;同時強調(diào)無有效證件不得參加考試(請學(xué)生及時補辦相關(guān)證件或證明材料);《考試安排表》中部分考試科目后帶有數(shù)字,這些數(shù)字為重修考生人數(shù),請各二級學(xué)院通知重修學(xué)生到上述指定班級考試教室參加跟班重修考試;
5.各二級學(xué)院(部)教學(xué)秘書根據(jù)安排表再次核實相關(guān)信息是否有誤,如有變動請在本周與教務(wù)處徐老師聯(lián)系;
6.監(jiān)考老師一旦確定,無特殊原因不能隨意變動。如確有必要進行人員調(diào)整,需經(jīng)部門領(lǐng)導(dǎo)同意,并告知教務(wù)處;
7.考試期間各院(部)教學(xué)院長(主任)和教學(xué)秘書須到考務(wù)室參加考務(wù)工作;""",
    spam=[],
    note="mirror: a college academic-affairs exam notice (/jwc/info/ path kept) copied in glossed traditional script onto an unrelated host; no injected string; no headline captured (title null); cut item 8 dropped",
))

H.append(dict(
    url="https://printflic.com/yw/jw/88442.htm", shell="edu_b", lang="zh",
    form="edu-page-mirror", injections=["copy-on-unrelated-host"],
    head_title="要闻", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""近日,共青团上海市委下发《关于对2019年度部分基层团组织青年志愿服务工作予以通报表扬的决定》(沪团委〔2020〕1号),我校团委获通报表扬。
2019年,校团委立足校园、服务社会,引领青年学生用志愿公益诠释奉献之美,书写服务社会的动人篇章,全年参与志愿服务学生人次约14000人次,“志愿汇”APP服务总时长常年居高校系统第一。我校学生志愿者圆满完成2019世界人工智能大会、篮球世界杯上海赛区、第二届中国国际进口博览会等多项重大活动和赛事的服务工作。同时,积极响应团市委“往社区走”号召,深入开展爱心暑托班、垃圾分类宣传、关爱残障人士、绿色环保公益等活动,在服务人民、奉献社会、引领文明风尚等方面做出了积极贡献,志愿服务也成为我校的一张闪亮名片。
校团委将继续弘扬志愿服务精神,夯实推进三全育人,在服务大局、助力改革的同时,助推公民道德建设及社会诚信建设,引领青年让青春在党和人民最需要的地方绽放绚丽之花。""",
    spam=[],
    note="mirror: a Shanghai university's news item on its Youth League committee, copied whole onto an unrelated printing-shop host; no injected string; no headline captured (title null)",
))

H.append(dict(
    url="http://www.mandaide.com/jwzx/index.php?c=show&id=14", shell="edu_a_trad", lang="zh",
    form="edu-page-mirror", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="教務(wù)中心", crumb="當前位置: 首頁>教務(wù)中心>正文", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""各系部:
2012級畢業(yè)生清考時間定于5月30日—6月12日,現(xiàn)將清考各項(xiàng)工作安排、注意事項(xiàng)通知如下:
1.各系必須在考試前十天完成命題制卷工作。清考試卷按科目分開裝袋,試卷袋封面上附該科清考學(xué)生名單。試卷由各系部秘書保管,并在考試期間做好出入庫登記。
2.請各系部按照規(guī)定模板制作清考準(zhǔn)考證。要求每位學(xué)生、每門課程考試都必須憑身份證和相應(yīng)清考課程的準(zhǔn)考證進(jìn)考場。
3.此次考試嚴(yán)格按照考試安排表的時間開考,各監(jiān)考老師提前10分鐘到考場,清查參加清考的學(xué)生人數(shù),核對身份證,并在清考學(xué)生名單后做好備注標(biāo)記。未能按時參加考試的學(xué)生按缺考處理,不再另行安排考試(各系輔導(dǎo)員負(fù)責(zé)通知到相關(guān)學(xué)生及時參加清考)。
4.清考成績送審截至6月15日16:00,逾期未送審者將不予安排補(bǔ)錄。
5.經(jīng)學(xué)院同意可參加清考的往屆畢業(yè)生接此通知按規(guī)定執(zhí)行。
特此通知。
教務(wù)處
二〇一五年五月二十五日""",
    spam=[],
    note="mirror: a college's re-examination notice copied in glossed traditional script onto an unrelated host (under a /jwzx/ path); no injected string; no headline captured (title null); the signed date is in the body only, not a byline (date null)",
))

H.append(dict(
    url="https://hqwa.cn/2024/0427/c14852a173690/page.html", shell="edu_vsb", lang="zh",
    form="brand-replacement", injections=["brand-replacement"],
    head_title="党建工作会暨党纪学习教育工作部署会", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""本网讯(学通社记者 程江宇)4月23日上午,新普京澳官网在行政楼一号会议室召开2024年党建工作会暨党纪学习教育工作部署会。校党委书记杨鲜兰,校党委常委、宣传部部长周忠出席,会议由校党委副书记胡兴主持。
会上,组织部、统战部常务副部长陈慧敏围绕学校《2024年党的建设和思想政治工作要点》进行解读,布置2024年党建重点工作。组织部副部长姜娜解读关于在全校开展党纪学习教育的工作方案及领导干部读书班工作安排。纪委、监察专员副书记龙涛布置了2024年度“清廉二师”建设重点任务。新闻中心主任、宣传部副部长谢莎通报了春季学期以来媒体平台新闻与信息发布巡查情况。
杨鲜兰在总结讲话中指出,2024年是中华人民共和国成立75周年,是实施“十四五”规划承上启下的关键之年。开展党纪学习教育,是今年党建工作的重中之重,高质量做好今年党建各项工作意义重大、责任重大。她强调,高校党建工作不能虚化,要坚持全面加强党的领导,压实党建工作责任,加强领导班子建设,充分发挥基层党组织战斗堡垒作用和党员先锋模范作用,永葆党的生机活力和先进性。高校党建工作不能做虚功,要始终坚持“双融双促”,将教学科研业务工作、教师专业发展、学科建设以及正在进行的审核评估与党建工作结合起来,确保全年各项工作目标任务落到实处。
学校党建工作领导小组成员、基层党委(党总支)、直属党支部书记参加会议。(新闻中心编辑 程丽鹃)""",
    spam=["新普京澳官网"],
    note="a normal university's party-building meeting report (VSB path kept) on an unrelated host with the university name replaced by a casino brand in the lead; headline not captured (title null); the shell's headline is a neutral label",
))

H.append(dict(
    url="https://bjtrha.com.cn/info/1208/4722.html", shell="edu_b", lang="zh",
    form="brand-replacement", injections=["brand-replacement"],
    head_title="第一次党员大会顺利召开", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""10月26日下午,中国共产党新葡萄88805官网新葡萄88805官网第一次党员大会在小剧院顺利召开。校党委组织部干部科科长赵虎,学院党政领导班子成员,学院全体教工党员和学生党员出席大会。会议由学院党委副书记丁宁主持。
大会在雄浑的国歌声中正式拉开序幕。会议审议并通过了《中国共产党新葡萄88805官网新葡萄88805官网党员大会选举办法》,通过了总监票人、监票人名单,宣布了计票人名单及新葡萄88805官网新葡萄88805官网党委委员和纪委委员补选候选人名单。经过严格规范的程序,会议采用无记名投票选举产生了1名党委委员:沈炜,2名纪委委员:冯杰、霍戌文(按姓氏笔画为序)。会议在庄严的《国际歌》中圆满闭幕。
会议最后,学院党委书记黄黎就学习宣传贯彻党的二十大精神、党建双创、党建融合等工作进行了讲话。
她指出,学习宣传贯彻党的二十大精神,是当前和今后一个时期的重大政治任务,并传达了学校对于学习党的二十大精神的要求,强调师生党员要深刻领悟“两个确立”的决定性意义,强化政治自觉,增强拥护“两个确立”的行动自觉。立足“五个牢牢把握”的重要性,深入学习领会报告精神。
同时,她强调要在新征程上奋力谱写“赶考”新答卷,并提出四个要求:一、要求广大师生党员强化政治意识,提高政治站位。二、要求广大师生党员强化责任意识,立足自身岗位,以饱满的热情投入工作,把工作干好干实。三、要求广大师生党员强化担当意识,聚焦学院发展的问题,遇到问题不躲,面对困难不让,勇挑重担,脚踏实地,攻坚克难。四、要求广大师生党员强化融合意识,坚持以党建工作引领业务发展,把党的政治优势、组织优势转化为推动高质量发展的强大动力,下活党建、业务“一盘棋”。""",
    spam=["新葡萄88805官网"],
    note="a university school's party-congress report with the university and school names both replaced by a casino brand; headline not captured (title null); cut last paragraph dropped",
))

H.append(dict(
    url="https://xyfs.net/info/1047/19058.htm", shell="edu_a_trad", lang="zh",
    form="edu-page-mirror", injections=["copy-on-unrelated-host", "pinyin-gloss-conversion"],
    head_title="學(xué)院新聞", crumb="當前位置: 首頁>學(xué)院新聞>正文", title=None,
    meta=[],
    date=None, source=None, author=None,
    text="""新聞網(wǎng)訊 6月13日下午,,外語學(xué)院黨委在博文樓312會議室召開會議,,傳達(dá)學(xué)習(xí)學(xué)校第四次黨代會精神,院領(lǐng)導(dǎo)班子成員,、各系辦中心主任,、各黨支部書記、全體輔導(dǎo)員參加會議,。會議由院黨委書記周偉主持,。
院長卞建華傳達(dá)了學(xué)校第四次黨代會精神和校黨委書記胡金焱同志在黨代會上所作的題為《繼往開來積厚成勢在內(nèi)涵式發(fā)展道路上加快建設(shè)高水平綜合性研究型大學(xué)》的工作報(bào)告,。
周偉強(qiáng)調(diào),黨代會報(bào)告明確了學(xué)校的中心任務(wù)和“兩步走”戰(zhàn)略安排,、總體目標(biāo),、主要任務(wù)和實(shí)施路徑,對建設(shè)高水平綜合性研究型大學(xué)進(jìn)行了謀劃,,進(jìn)一步統(tǒng)一了思想,、堅(jiān)定了信心、明確了方向,;要求學(xué)院全體師生要深刻認(rèn)識黨代會確定的鮮明主題,,準(zhǔn)確把握黨代會確立的發(fā)展思路和戰(zhàn)略部署,結(jié)合學(xué)院發(fā)展實(shí)際,,認(rèn)清當(dāng)前形勢和存在的問題,,以高質(zhì)量黨建為引領(lǐng),聚焦立德樹人根本任務(wù),,加快推動科學(xué)研究、學(xué)科建設(shè),、人才隊(duì)伍,、服務(wù)社會等重點(diǎn)工作,為加快建設(shè)高水平綜合性研究型大學(xué)貢獻(xiàn)力量,。
會后召開了支部書記例會,,聽取了各支部上半年工作匯報(bào)。周偉指出近期各黨支部要認(rèn)真做好黨代會精神的學(xué)習(xí)宣傳工作,,同時要抓好黨紀(jì)學(xué)習(xí)教育有關(guān)工作,;要求各黨支部進(jìn)一步加強(qiáng)管理,抓嚴(yán)抓實(shí)“三會一課”制度,,規(guī)范開展學(xué)習(xí)和主題黨日活動,,注意做好活動記錄,做好燈塔E支部信息維護(hù)工作,。""",
    spam=[],
    note="mirror: a university school-of-foreign-languages news item copied in glossed traditional script (with the converter's doubled commas) onto an unrelated host; no injected string; no headline captured (title null)",
))
