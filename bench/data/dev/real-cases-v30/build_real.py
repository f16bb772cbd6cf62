#!/usr/bin/env python3
"""Build real-cases-v30: every page rebuilt around text captured in public web material (the session's
`pages` corpus); spam strings and article text verbatim, the HTML shell a reconstruction.
Usage: python build_real.py  (writes html/ and truth.jsonl next to this file)"""
import html as H
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
E = H.escape

CASES = []


def add(**k):
    CASES.append(k)


# ---------------------------------------------------------------- hijacked
add(url="http://www.eaihelp.com/minzhengfuwu/fucaizhuxue/2012-04-01/1261.html", shell="gov_gbk", encoding="gb18030",
    sitename="pk10彩票官网", toplinks="加入收藏 | 设为送彩金",
    crumb="您当前的位置:送彩金 > 民政信誉安全平台pk10彩票官网 > 福彩助学",
    title="彩票管理条例实施细则", title_tag="彩票管理条例实施细则_pk10彩票官网", date="2012-04-01",
    byline="来源:民政局  作者:  发布时间:2012-04-01 15:22:58", source="民政局", author=None,
    page_paras=["(2012年1月18日财政部 民政部 国家体育总局令第67号公布,自2012年3月1日起施行)", "第一章 总 则",
                "第一条 根据《彩票管理条例》(以下简称条例),制定本细则。",
                "第二条 条例第二条所称特定规则,是指经财政部批准的彩票游戏规则。",
                "条例第二条所称凭证,是指证明彩票销售与购买关系成立的专门凭据,应当记载彩票游戏名称,购买数量和金额,数字、符号或者图案,开奖和兑奖等相关资料。",
                "第三条 财政部负责全国的彩票监督管理pk10彩票官网网址,主要职责是:",
                "(一)制定彩票监督管理制度和政策;",
                "(二)监督管理全国彩票市场以及彩票的发行和销售运动,监督彩票资金的解缴和使用;",
                "(三)会同民政部、国家体育总局等有关pk10彩票官网注册提出彩票公益金分配政策建议;",
                "(四)审批彩票品种的开设、停止和有关审批事项的变更;",
                "(五)会同民政部、国家体育总局制定彩票设备和技术信誉安全平台pk10彩票官网标准;",
                "(六)审批彩票发行机构财务收支计划,监督彩票发行机构财务管理运动;",
                "(七)审批彩票发行机构的彩票销毁方案。",
                "第四条 民政部、国家体育总局按照各自的职责分别负责全国的福利彩票、体育彩票管理pk10彩票官网网址,主要职责是:",
                "(一)制定全国福利彩票、体育彩票事业的进展时时彩规划和管理制度;",
                "(二)设立福利彩票、体育彩票发行机构;"],
    strip=["信誉安全平台pk10彩票官网", "pk10彩票官网网址", "pk10彩票官网注册", "时时彩"],
    hijacked=True, legit=False, lang="zh", injections=["brand_site_name", "spam_breadcrumb", "keyword_splices_in_body"],
    spam_strings=["pk10彩票官网", "送彩金", "信誉安全平台", "时时彩"],
    origin="pages corpus capture (text) of a civil-affairs lottery-regulation page on an unrelated host; site name, breadcrumb and body splices are the injection")

add(url="http://jxchuangyi.com/ucoione/1933546680232890368.html", shell="news", encoding="utf-8",
    sitename="", title=None, title_tag="", date="2025-06-13", byline="发布日期: 2025-06-13", source=None, author=None,
    page_paras=["大众网记者武文惠潍坊报道,期待已久的“青外杯”全国青少年电竞邀请赛即将于66日隆重开幕。这是潍坊青州市外国语学校与青州圣维科技高中作为国家级校园电竞特色校,首次承办全国级别的电竞赛事。同样也标志着潍坊青州首次举办全国级电竞赛事。",
                "为提升赛事水平,两校特聘请历城二中主教练、世界中学生电竞锦标赛冠军教练姚波老师作为电竞顾问;此次赛事将在可容纳近三万人的专业电竞比赛场地进行。一流的场地设备和国家级的专业教练,成为青州电竞教育的新高地。",
                "我们热烈欢迎全国各地的电竞选手们来到青州,展示他们的才能与激情。同时,也期待热爱电竞的青少年们加入到PG电子青外圣维的电竞战队,共同追求卓越,享受电竞带来的乐趣与团队精神。"],
    strip=["PG电子"], hijacked=True, legit=False, lang="zh", injections=["keyword_splice_in_body"], spam_strings=["PG电子"],
    origin="pages corpus capture (text) of a regional news report copied to an unrelated host with a slot-game brand spliced into the last paragraph")

add(url="http://suricoor.com/news/111.html", shell="corp", encoding="utf-8",
    sitename="新闻中心", title=None, title_tag="新闻中心", date=None, byline="NEWS", source=None, author=None,
    page_paras=["2022年8月23日,合肥PG电子有限公司(以下简称“合肥PG电子”或“公司”)在公司6号楼隆重举行了“合肥PG电子有限公司8.5代及以下高精度掩膜版项目”量产仪式。合肥市新站区党工委委员、管委会副主任徐斌先生,安徽省研究发展中心王黹女士,投资促进局局长柳伟先生,经贸局局长蒋昌宽先生,投资促进局副局长杨涛先生及投资促进局处长王成功先生等合肥市领导出席了量产仪式。母公司深圳PG电子股份有限公司副董事长张百哲先生,董事黄广连先生,董事、总经理朱雪华女士(公司总经理),董事、财务总裁吴克强先生(公司副总经理),品质工艺总监熊启龙先生(公司高级营运总监)以及公司部分员工参加了仪式。",
                "公司总经理朱雪华女士及母公司副董事长张百哲先生先后上台致辞,两位领导回顾了合肥PG电子自奠基以来的发展情况,充分肯定了公司取得的成绩,并特别感谢了安徽省、合肥市政府、新站高新区政府各级领导对公司各项工作的重视与支持。他们表示,省、市等各级领导的支持是合肥PG电子顺利实现量产的重要保障,合肥PG电子将继续响应国家政策,为新站高新区平板显示行业的发展作出更多贡献!最后,两位领导感谢了公司全体员工为公司发展付出的辛勤努力,正是全体员工的努力进取,精益求精,卓越创新,合肥PG电子才能创造佳绩, 才能打造最具竞争力的高精度掩膜版企业。",
                "此次量产仪式标志着合肥PG电子正式进入全面量产阶段,迈上了新的台阶,开启了新的发展征程。",
                "图一为量产启动仪式现场", "图二为量产启动仪式结束后各位领导与PG电子员工的合影留念"],
    strip=["PG电子"], hijacked=True, legit=False, lang="zh", injections=["brand_replaces_company_name"], spam_strings=["PG电子"],
    origin="pages corpus capture (text) of a company news page whose company name is replaced by a slot-game brand throughout (truth text = page text with the brand removed)")

add(url="https://kailihk.com/1575.html", shell="corp", encoding="utf-8",
    sitename="", title="山东省工信厅领导调研山东PNG电子", title_clean=None, title_tag="山东省工信厅领导调研山东PNG电子", date=None, byline="", source=None, author=None,
    page_paras=["近日,山东省工信厅党组成员、副厅长靖士宽一行来到山东PNG电子考察调研,山东PNG电子董事长王海龙、董事长助理梁新华、总经理杨志刚参加调研。",
                "靖士宽一行首先参观了山东PNG电子自主创新基地,详细了解自主安全计算机整机智造生产线的相关情况。王海龙详细介绍了中国PNG电子在“芯—端—云”全产业链上的核心技术优势,并就目前山东PNG电子的整体运营情况、产品线布设进行说明。靖士宽充分认可中国PNG电子(烟台)网信事业配套保障体系项目进展,对山东PNG电子立足当地,聚集高端产业资源的做法表示赞扬。",
                "随后,靖士宽一行和山东PNG电子相关负责人进行座谈交流,提出在激烈竞争环境和新冠疫情双重影响下,企业应加强发展核心技术,用于自主创新,对抗不利因素,实现跨越式发展。",
                "山东省工信厅海洋装备产业处处长贺强、市工信局党组成员等参加座谈。"],
    strip=["PNG电子"], hijacked=True, legit=False, lang="zh", injections=["brand_replaces_company_name", "brand_in_headline"], spam_strings=["PNG电子"],
    origin="pages corpus capture (text): a provincial visit report with the company name replaced by a slot-game brand, headline included; truth title null because the true headline is not written on the page")

add(url="https://gsodi.com/tech/article/20190424/282260.shtml", shell="news", encoding="utf-8",
    sitename="", title="国债即使你不投 它也和你息息相关", title_tag="国债即使你不投 它也和你息息相关", date="2019-04-24",
    byline="专栏号作者 坤鹏论 / 金沙手机网投app / 2019-04-24 11:20", source=None, author="坤鹏论",
    page_paras=["\"", "脱债就是脱险。", "——英国谚语",
                "昨天,坤鹏论在《战争是债券之父 今天说说债券史》和老铁们聊了债券的历史。",
                "这其实就是我认知事物的一种方式,尽量从其源起开始,并梳理清楚它的发展历程,这样再将目光收回到当下时,就会对该事物有了更加清明的认识。",
                "今天,就来谈谈债券,特别是国债的意义,其风险指标,与股票投资的关系、国债的类型等。",
                "2018年全球债券总市值约为90万亿美元,而截至2019年2月末,中国债券市场债券余额约13万亿美元,是仅次于美国和日本的全球第三大债券市场。",
                "相比之下,2018年全球股市市值为74.31万亿美元,而我大A股2018年总市值48.93万亿元,都和债市市值有不小的差距。",
                "当然,不可否认的是,2018年是100多年来全球金融资产表现最差的一年。"],
    drop_text=["\""], strip=[], hijacked=True, legit=False, lang="zh", injections=["spam_source_in_byline"], spam_strings=["金沙手机网投app"],
    origin="pages corpus capture (text): a finance column copied to an unrelated host with a casino-app brand in the byline's source slot")

add(url="https://chaitechlearning.com/info/1140/3150.html", shell="edu", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["2021年8月28日下午14:30,电控学院在雁塔校区图书馆二楼报告厅召开新学期教职工大会,公司党政领导班子和学院全体教职工参加了此次会议,公司党委书记杨华主持大会。",
                "党委书记杨华简要通报了学院上学期工作情况,并就员工返校,新生报到,疫情防控等工作进行了安排。经理刘树林,副经理杜京义、潘红光分别对团队建设、人才引进、研究生管理、本科教学、一流专业申报、科研工作等下半年重点工作做了安排。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["copy_on_unrelated_host", "synonym_spin_institution_words"], spam_strings=[],
    origin="pages corpus capture (text): a university college's news copied to an unrelated host with institution words spun (学院→公司, 院长→经理); no injected string")

add(url="http://m.cotokon.com/book/12716/2956776.html", shell="novel", encoding="utf-8",
    sitename="", title="第147章 第二屆古城縣官府工作會議", title_tag="日韩片欧美片,亚洲激情五月,美女视频第一区二区三区免费观看网站,精品国产欧美一区二区五十路",
    topline="日韩片欧美片,亚洲激情五月,美女视频第一区二区三区免费观看网站,精品国产欧美一区二区五十路",
    date=None, byline="", source=None, author=None,
    page_paras=["古城縣,凡爾賽宮,一樓會議室。",
                "楊建國身穿行政夾克,戴著金絲眼鏡,端坐在純銀打造的巨大御座上。",
                "面前是一張五米長的長桌,桌子兩邊坐著古城縣的主要領導。",
                "是的,沒錯。楊建國正在主持召開第二屆古城縣官府工作會議。",
                "由于之前的縣衙被楊建國拆了,古城縣沒有縣衙了。",
                "凡爾賽宮又太大,足足兩千多個房間,他和岳蓉一天住一間,也要五年才能住完一遍。",
                "所以楊建國將凡爾賽宮的二樓作為自己和岳蓉的寢宮,一樓則變成官府辦公區。",
                "原本的皇家議事廳也變成了官府會議室。此時古城縣的主要領導齊聚一堂,正在召開第二屆古城縣官府工作會議。",
                "距離古城縣第一屆官府工作會議已經過去一個多月了,上次會議制定的各項工作計劃都已經圓滿完成。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["porn_keyword_title", "porn_keyword_line_top"],
    spam_strings=["日韩片欧美片", "亚洲激情五月", "美女视频第一区二区三区免费观看网站", "精品国产欧美一区二区五十路"],
    origin="pages corpus capture (text): a web-novel chapter (traditional script) under a porn keyword line used as site title")

add(url="https://www.247projects.com/info/1035/15489.html", shell="edu", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["10月27日,学院党委理论学习中心组召开2025年度第十次集体学习会。会议深入学习中国共产党第二十届中央委员会第四次全体会议精神,集体研讨《中国共产党思想政治工作条例》。会议由学院党委书记丛菡菡主持,学院领导班子成员、党委委员参加了学习研讨。",
                "学院党委副书记徐岩首先领学了《中国共产党第二十届中央委员会第四次全体会议公报》。他详细解读了全会提出的新理念、新部署,强调要深刻领会会议精神的核心要义,坚持党的全面领导,在高等教育领域贯彻落实党中央关于科技创新、人才培养的战略要求。随后,徐岩带领与会成员逐条学习了《中国共产党思想政治工作条例》,结合学院思想政治教育工作现状,提出要深化党对意识形态工作的领导,将思想政治教育融入学科建设、科研创新和学生培养全过程。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["copy_on_unrelated_host"], spam_strings=[],
    origin="pages corpus capture (text): a college party-committee news item copied to an unrelated commercial host; no injected string (first two paragraphs kept)")

add(url="http://m.jpwzwz.com/news/74842.html", shell="news", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["2月12日,万州区公安局开展禁赌宣传活动,依托全区43个派出所设立43个宣传点,通过张贴通告、发放倡议书和宣传资料等形式集中开展禁赌宣传,倡导市民文明过节,健康生活,远离赌博。春节期间,警方将按照上级部署,紧盯重点区域、重点对象,严查严打赌博活动。",
                "43个派出所同时开展禁赌宣传",
                "昨日上午,虽然寒风瑟瑟,但各禁赌宣传点的民警都已经忙碌起来。10时许,记者来到北山尤德福广场门前的宣传点,两幅“一入赌潭深似海 再想回头难上难”、“赌场无父子 危害一家人”的标语格外醒目。万州区公安局治安支队和钟鼓楼派出所的民警正通过发放宣传资料、倡议书,张贴禁赌通告等方式向市民宣传什么是赌博、赌博的危害,以及相关的法律法规。",
                "与此同时,其他宣传点的民警也通过向市民发放宣传资料、上门张贴通告、向市民进行口头宣传讲解等形式进行宣传。",
                "据介绍,在当天的宣传活动中,全区43个派出所同时出动,分别设立宣传点开展禁赌宣传,共张贴禁赌通告8000余张,发放宣传单54000余份、倡议书27000余份。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["copy_on_unrelated_host"], spam_strings=[],
    origin="pages corpus capture (text): a police anti-gambling report copied to an unrelated host (a hijack copy whose own topic is gambling); no injected string")

add(url="https://www.rhaldia.com/info/1032/1979.html", shell="edu", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["10月20日,學院黨總支理論學習中心組組織開展第九次集中學習,專題學習研讨黨的二十大報告。學習會由黨總支書記闫宏炜主持,在校黨總支理論學習中心組成員和輔導員參加學習。",
                "會議強調,學習宣傳貫徹落實黨的二十大精神是當前和今後首要政治任務,各黨支部要按照黨總支的要求,組織黨員幹部、師生員工認真學習,深刻領會報告的精髓要義,要用黨的二十大精神武裝頭腦,切實把思想和行動統一到以習近平同志為核心的黨中央決策部署上來,全面貫徹黨的教育方針,紮實落實立德樹人根本任務,把黨的二十大精神貫徹落實到學院教育改革發展全過程各方面,不斷提高教育教學管理水平,努力推動學院高質量發展,努力辦好人民滿意的教育。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["traditional_script_mirror"], spam_strings=[],
    origin="pages corpus capture (text): a college news item converted to traditional script on an unrelated host; no injected string (paragraphs 1 and 3 kept)")

add(url="http://www.ybvip6914.com/zhsdmqrmzfmhwz/zjdm/dmgs/dsj/content/post_3314566.html", shell="gov_gbk", encoding="gb18030",
    sitename="", toplinks="", crumb="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["3月", "2日,斗門區(qū)教育局公布新城中學(xué)、新城小學(xué)、尖峰南中學(xué)和尖峰南小學(xué)的最新設(shè)計效果圖及籌建進(jìn)展情況,4所新校有望于今年下半年動工,建成后將新增學(xué)位逾6000個。",
                "7日,位于斗門區(qū)蓮洲鎮(zhèn)西滘村的垃圾分類主題公園正式啟用,該公園是全市首個農(nóng)村生活垃圾分類主題公園,采取“寓教于樂、寄學(xué)于景”的方式,把農(nóng)村生活垃圾分類宣傳、村民互動體驗及公園景色融為一體。",
                "9日,區(qū)委書記蘇虎帶隊到區(qū)人大調(diào)研,認(rèn)真學(xué)習(xí)貫徹習(xí)近平總書記在中央人大工作會議上的重要講話精神,深入了解區(qū)人大及其常委會工作開展情況,為進(jìn)一步推動新時代斗門人大工作把脈定向。",
                "10日,斗門區(qū)舉行全國“青少年維權(quán)崗”榮譽稱號授牌儀式,斗門區(qū)司法局社區(qū)矯正管理股獲授牌。斗門區(qū)司法局社區(qū)矯正管理股獲共青團(tuán)中央、司法部命名為2019—2020年度全國“青少年維權(quán)崗”,成為全省司法行政系統(tǒng)2家獲此榮譽的單位之一。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["traditional_script_mirror", "gov_path_on_gambling_like_host"], spam_strings=[],
    origin="pages corpus capture (text): a district government chronicle mirrored in traditional script (with the converter's bracketed glosses) under the gov site's own path on a betting-like host; no injected string")

add(url="http://m.zjthegrand.com/917/23119.html", shell="news", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["河南省登封市公安局大冶派出所積極開展“禁賭博陋習,樹清風正氣”宣傳活動,維護轄區社會治安穩定和社會管理秩序,進一步提高轄區群眾的拒賭反賭意識。",
                "近期,登封市公安局大冶派出所組織民輔警,深入轄區開展了禁賭宣傳活動。為取得宣傳實效,大冶派出所采取線上線下相結合的方式進行宣傳。",
                "線上,派出所民警將“禁賭”相關知識轉發到村民微信群中,讓群眾更直觀、更具體的了解賭博違法犯罪行為的危害及后果。線下,組織民輔警深入轄區居民小區、超市、廣場等人員密集場所,通過現場講解、以案說法、發放宣傳資料等形式,向群眾宣傳當前賭博的常見套路和慣用手法,講明娛樂與違法的界限。教育引導轄區群眾自覺抵制任何形式的賭博行為,同時鼓勵群眾主動參與打擊賭博違法行為,及時向公安機關舉報提供線索,形成群防群治的合力,為營造良好的社會風氣盡心獻力。",
                "通過此次宣傳活動,切實有效地讓轄區群眾深刻認識到賭博對家庭、社會的危害性,提高了轄區群眾對賭博違法犯罪行為的防范意識。(李劍 馬鬧)"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["traditional_script_mirror"], spam_strings=[],
    origin="pages corpus capture (text): a police anti-gambling report mirrored in traditional script on an unrelated host; no injected string")

add(url="http://solnowat.com/rmtzcg/xwy/wzxw/202309/t20230922_2111095888.html", shell="news", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["近日,中共中央辦公廳、國務(wù)院辦公廳印發(fā)《關(guān)于構(gòu)建優(yōu)質(zhì)均衡的基本公共教育服務(wù)體系的意見》(簡稱《意見》),要求“推進(jìn)基本公共教育服務(wù)覆蓋全民、優(yōu)質(zhì)均衡”?;竟步逃?wù)的優(yōu)質(zhì)均衡,是教育公平的重要體現(xiàn),是社會公平的重要基礎(chǔ)?;A(chǔ)教育在國民教育體系中處于基礎(chǔ)性、先導(dǎo)性地位,要保障每個適齡兒童都可以接受有質(zhì)量保障的基礎(chǔ)教育,學(xué)生資助體系是實(shí)現(xiàn)這一目標(biāo)的基礎(chǔ)性工程。",
                "一、完善學(xué)生資助體系是推動基礎(chǔ)教育高質(zhì)量發(fā)展的基礎(chǔ)性工程"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["traditional_script_mirror"], spam_strings=[],
    origin="pages corpus capture (text): a media-group news page mirrored in traditional script (with mojibake from the converter, kept verbatim) under a gov-like path on an unrelated host; no injected string; first two paragraphs kept")

add(url="http://m.fafqdl.cn/news/zz/2910066.html", shell="news", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["閩南網(wǎng)4月16日訊(通訊員 湯志超 閩南網(wǎng)記者 陳惠容 文/圖)4月15日上午,東山縣縣長劉兆民主持召開2024年第五次縣政府常務會,研究審議有關事項。",
                "會議還研究審議了《東山縣2022年城鎮(zhèn)基準地價修訂更新成果》、簽訂東山縣城垵污水處理廠和長山尾污水處理廠特許經(jīng)營權(quán)協(xié)議書補充協(xié)議等有關事宜。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["traditional_script_mirror"], spam_strings=[],
    origin="pages corpus capture (text): a county government meeting report mirrored in traditional script on an unrelated host; no injected string (paragraphs 1 and 3 kept)")

add(url="https://tt44442.com/xg202208/t20220822_7667227.html", shell="news", encoding="utf-8",
    sitename="", title="国家广电总局领导赴金湖调研智慧广电乡村工程建设情况", title_tag="国家广电总局领导赴金湖调研智慧广电乡村工程建设情况",
    date="2022-08-22", byline="2022-08-22 09:53:00 来源:", source=None, author=None,
    page_paras=["8月11日,国家广电总局发展研究中心科研规划处负责人陈林一行来到金湖调研智慧广电乡村工程建设情况。省广播电视局、淮安市文广旅局、金湖县政府、江苏有线淮安分公司、金湖分公司相关领导陪同调研。",
                "调研组一行实地观摩了“城市大脑”联动指挥中心,听取了江苏有线金湖分公司在智慧广电乡村工程建设特色亮点做法、实践创新探索等方面情况汇报。",
                "金湖县副县长、党组成员叶楠从政府和群众的角度,围绕社会效益、平台应用、后期运维等方面简要介绍了金湖智慧广电乡村工程建设的现实要素和实践意义;省广电局、市文广旅游局就智慧广电乡村工程后期工作提出建议。",
                "陈林对金湖县智慧广电乡村工程在主体推动、创新探索、平台内容、实际应用等方面建设给予充分肯定。陈林表示,智慧广电乡村工程既是服务国家发展大局的战略工程,也是服务基层党委政府和百姓的民生工程,必须时常思考“建”和“用”的关系,更好地用大数据服务民生一线;必须与地方产业发展紧密结合,充分发挥助力乡村振兴的重要作用;必须不断探索创新,让智慧广电乡村工程实现可持续运转。",
                "调研期间,陈林一行还赴塔集新时代文明实践所实地观摩“水韵湖城”一镇一品平台等智慧广电乡村工程。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["copy_on_unrelated_host", "gov_path_on_gambling_like_host"], spam_strings=[],
    origin="pages corpus capture (text): a county broadcasting news item copied under a gov-style path to a betting-like numeric host; no injected string")

add(url="http://crossfitcs.com/oKSQQgiiTX/cms/item-view-id-5973.shtml", shell="edu", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["11月14日,武汉学院李忠云校长一行莅临我校调研交流。学校在图文信息中心五楼会议室召开座谈会,党委副书记、纪委书记丁良喜主持座谈会,党委委员、副校长黄学光以及相关职能部门负责人参加了座谈会。",
                "座谈会上,副校长黄学光致欢迎词,对武汉学院李忠云校长一行莅临我校调研交流表示热烈欢迎,并详细介绍了开芸体育-(中国)官方网站基本情况,与会人员共同观看了开芸体育-(中国)官方网站视频宣传片。",
                "武汉学院校长李忠云发表讲话,对开芸体育-(中国)官方网站近些年取得成绩表示热烈祝贺,希望通过此次调研交流,进一步加大两校之间合作交往力度,努力培养更多德智体美劳全面发展的时代新人。",
                "座谈会后,在校领导陪同下,武汉学院李忠云校长一行参观了我校大学生科技创新基地、钱学森科技馆、航天航空学院、大学科技园、多晶硅铸锭炉实验室、先进制造实训基地、艺术中心、图文信息中心等地方。"],
    strip=["开芸体育-(中国)官方网站"], hijacked=True, legit=False, lang="zh", injections=["brand_replaces_institution_name"],
    spam_strings=["开芸体育-(中国)官方网站", "开芸体育"],
    origin="pages corpus capture (text): a university's visit report copied to an unrelated host, the university's name replaced by a betting brand three times (truth text = page text with the brand removed)")

add(url="http://www.kanqiubaapp.com/info/1036/11535.htm", shell="edu", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="", source=None, author=None,
    page_paras=["9月28日,由俄罗斯阿穆尔国立大学、远东国立农业大学、阿穆尔肖洛姆-阿莱赫姆国立大学组成的代表团一行17人到访看球吧\n,旨在通过实地考察、深度座谈、参加看球吧\n运动会,推动双方在体育赛事与学生联合培养等领域的务实合作。",
                "当日上午,代表团在部门负责人的陪同下,依次参观了看球吧\n的羽乒馆、游泳馆、网球馆、田径场、校史馆、篮排馆、冰上运动馆、体能中心、室内田径馆及生命科学馆,全面了解了看球吧\n的办学历史与一流的体育设施。",
                "下午,双方在国际教育学院会议室举行了交流座谈会。国际教育学院党总支书记孙作赓、院长赵敏及两位教学干事与俄方代表就赛事组织、学生联合培养等进行了深入探讨,期望通过优势互补,共同培养具有国际视野的高素质体育人才。",
                "此次访问加强了看球吧\n与俄罗斯高校间的联系,为未来在体育赛事与学生联合培养等领域的深度合作奠定了坚实基础。"],
    strip=["看球吧\n"], hijacked=True, legit=False, lang="zh", injections=["brand_replaces_institution_name"],
    spam_strings=["看球吧"],
    origin="pages corpus capture (text): a sports university's visit report copied to an unrelated host, the university's name replaced by a sports-streaming/betting brand (followed by a stray line break in the capture); truth text = page text with the brand removed")

add(url="https://waesn.cn/info/1121/3066.html", shell="edu", encoding="utf-8",
    sitename="", title="国家体育总局体育文化发展中心主任、博士生导师孙大光教授应邀来校讲学",
    title_tag="国家体育总局体育文化发展中心主任、博士生导师孙大光教授应邀来校讲学", date="2011-05-16", byline="时间:2011-05-16点击数:", source=None, author=None,
    page_paras=["2011514上午9点,校敬文图书馆学术报告厅座无虚席,国家体育总局体育文化发展中心主任、中国体育博物馆馆长、国家奥林匹克博物馆馆长、《体育文化导刊》主编孙大光教授作题为“中国申奥成功背后的故事——北京奥运现象文化思考”专题报告会。报告会由副董事长王绍武主持,公司领导、教师以及本科生、研究生代表近两百多人聆听了报告。",
                "孙大光主任是中国两次申办奥运会和筹备、举办奥运会全过程的参与者和组织者,他带领工作人员组建了北京2008奥申委,编制了两次北京申办奥运会馆长总体计划和《北京申办奥运会馆长计划网络图》,组织编写了《北京2008年奥运会申办报告》,为北京奥运会的成功做出了重要贡献。"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["copy_on_unrelated_host", "synonym_spin_institution_words"], spam_strings=[],
    origin="pages corpus capture (text): a university lecture report copied to an unrelated host with institution words spun (副校长→副董事长, 校领导→公司领导); no injected string; first two paragraphs kept")

add(url="http://m.58renrenzhi.com/info/1051/4093.htm", shell="gov_gbk", encoding="gb18030",
    sitename="新聞", toplinks="", crumb="當(dāng)前位置: 學(xué)校首頁  >  新聞  >  正文",
    topline="日韩欧美高清一区,久久久久久久久久久久91,视频1区,www天天干com,午夜精品一二三区,自拍偷拍第1页,精品国产一区二区三区性色",
    title="我院2009年春季田徑運動會隆重開幕", title_tag="日韩欧美高清一区,久久久久久久久久久久91,视频1区,www天天干com,午夜精品一二三区,自拍偷拍第1页,精品国产一区二区三区性色",
    date="2009-04-15", byline="發(fā)布時間:2009-04-15 點擊數(shù)量:", source=None, author=None,
    page_paras=["傳承體育精神  構(gòu)建和諧校園", "我院2009年春季田徑運動會隆重開幕",
                "415日上午,晴空萬里,艷陽高照,我院2009年春季田徑運動會在眾多師生的期待中伴隨著嘹亮的歌聲在運動場上隆重開幕。院領(lǐng)導(dǎo)張繼良、張景書、左曉民、王思懷、陳永莊、劉建林、魏書堂及各系黨政負責(zé)人出席開幕式。開幕式由院黨委副書記左曉民主持。",
                "在歡快激越的運動員進行曲和鏗鏘有力的鑼鼓聲中,校標(biāo)隊、鑼鼓隊、彩旗方陣、各系代表隊和教工代表隊依次進入運動場。他們昂首闊步,精神抖擻,整齊的陣容,嘹亮的口號,颯爽的英姿,展示了當(dāng)代大學(xué)生意氣風(fēng)發(fā)、朝氣蓬勃的青春風(fēng)采,博得了全場的陣陣掌聲。",
                "本屆運動會為期三天。中文系、人文社會科學(xué)系、生物醫(yī)藥工程系等10支代表隊及教工代表隊共505名運動員參加30個項目的角逐。",
                "(圖/文 王霄飛 李武元)"],
    drop_text=["我院2009年春季田徑運動會隆重開幕"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["porn_keyword_title", "porn_keyword_line_top", "traditional_script_mirror"],
    spam_strings=["日韩欧美高清一区", "久久久久久久久久久久91", "www天天干com", "午夜精品一二三区", "自拍偷拍第1页", "精品国产一区二区三区性色"],
    origin="pages corpus capture (text): a college sports-meeting report mirrored in traditional script under a porn keyword line used as title and top line; the repeated headline inside the body is left out of the truth text; the second half of the capture's entrance paragraph (speech and opening) is left out")

add(url="http://ogimusic.com/tiyu/yaowen/2024-05-16/25524.html", shell="gov_gbk", encoding="gb18030",
    sitename="", toplinks="投稿", crumb="您當(dāng)前的位置 :首頁(yè) > 體育 > 體壇要聞",
    topline="最近最新中文字幕3_久久中文字幕永久第一页_一级特黄片在线免费看_日本熟女中文字幕DVD",
    title="中國(guó)板球?qū)W院落戶天津體育學(xué)院", title_tag="最近最新中文字幕3_久久中文字幕永久第一页_一级特黄片在线免费看_日本熟女中文字幕DVD",
    date="2024-05-16", byline="2024-05-16 09:17:39 來(lái)源:中國(guó)新聞網(wǎng) 作者:王在御 點(diǎn)擊圖片瀏覽下一頁(yè)", source="中國(guó)新聞網(wǎng)", author="王在御",
    page_paras=["記者從天津體育學(xué)院獲悉,5月15日,國(guó)家體育總局小球運(yùn)動(dòng)管理中心與天津體育學(xué)院共建中國(guó)板球?qū)W院成立儀式在天津體育學(xué)院舉行。",
                "5月15日,國(guó)家體育總局小球運(yùn)動(dòng)管理中心與天津體育學(xué)院共建中國(guó)板球?qū)W院成立儀式在天津體育學(xué)院舉行。(天津體育學(xué)院供圖)",
                "據(jù)介紹,板球是亞運(yùn)會(huì)正式比賽項(xiàng)目,2023年國(guó)際奧委會(huì)第141次全會(huì)上,板球成為2028年洛杉磯奧運(yùn)會(huì)正式比賽項(xiàng)目。在中國(guó),板球作為一項(xiàng)新興運(yùn)動(dòng),在近20年的發(fā)展中得到了社會(huì)各界和國(guó)際板球理事會(huì)的關(guān)心和支持。",
                "天津體育學(xué)院黨委書(shū)記張立順在致辭中表示,天津體育學(xué)院與國(guó)家體育總局小球運(yùn)動(dòng)管理中心合作共建中國(guó)板球?qū)W院,旨在為國(guó)家培養(yǎng)高層次板球項(xiàng)目人才,以板球項(xiàng)目入奧為契機(jī),進(jìn)一步夯實(shí)中國(guó)板球運(yùn)動(dòng)發(fā)展基礎(chǔ),擴(kuò)大板球運(yùn)動(dòng)人口,提升板球運(yùn)動(dòng)的社會(huì)影響力。"],
    drop_text=["5月15日,國(guó)家體育總局小球運(yùn)動(dòng)管理中心與天津體育學(xué)院共建中國(guó)板球?qū)W院成立儀式在天津體育學(xué)院舉行。(天津體育學(xué)院供圖)"],
    strip=[], hijacked=True, legit=False, lang="zh", injections=["porn_keyword_title", "porn_keyword_line_top", "traditional_script_mirror"],
    spam_strings=["最近最新中文字幕3", "久久中文字幕永久第一页", "一级特黄片在线免费看", "日本熟女中文字幕DVD"],
    origin="pages corpus capture (text): a national news agency report mirrored in traditional script (with the converter's mojibake, kept verbatim incl. in title and source) under a porn keyword line used as title and top line; the photo caption is left out of the truth text; the capture's cut last paragraph is left out")

# ---------------------------------------------------------------- legit
add(url="https://szb.nxrb.cn/nxfzb/pc/con/202401/24/content_107448.html", shell="epaper", encoding="utf-8",
    sitename="宁夏法治报", title=None, title_tag="宁夏法治报", date=None, byline="", source=None, author=None,
    page_paras=["本报讯 (通讯员 马焯) 连日来,原州区公安分局张易派出所结合“清风2023”专项行动,在辖区全面开展禁赌宣传活动。",
                "民警深入社区村组、农贸市场、超市、棋牌室等区域场所,面对面向群众普及禁赌法律知识。共开展集中宣传4次,发放各类宣传资料600余份。",
                "民警在各村微信群不定时推送涉赌典型案例,揭露赌博违法犯罪活动的危害性、欺骗性,提升群众的抵制意识和防范能力。",
                "充分利用村委等场所大喇叭和企业、商户、单位电子屏,每天滚动播放禁赌宣传语。同时,广泛运用新媒体平台,制作禁赌宣传小视频,不断提升禁赌宣传教育传播力和影响力。",
                "积极动员群众参与禁赌行动,广泛征集赌博违法犯罪线索。目前,征集赌博线索4条,查获赌博违法行为2起、行政处罚8人。"],
    strip=[], hijacked=False, legit=True, lang="zh", injections=[], spam_strings=[],
    origin="pages corpus capture (text): provincial legal daily's e-paper report on police anti-gambling outreach")

add(url="http://news.bandao.cn/a/692242.html", shell="news", encoding="utf-8",
    sitename="半岛网", title="崇尚健康娱乐活动,远离赌博过祥和年——李沧警方在全区组织开展禁赌宣传月活动",
    title_tag="崇尚健康娱乐活动,远离赌博过祥和年——李沧警方在全区组织开展禁赌宣传月活动", date="2023-01-29",
    byline="2023-01-29 17:03 大众报业·半岛新闻阅读 (52918) 扫描到手机", source="大众报业·半岛新闻", author="孙桂东",
    lead="半岛全媒体记者 孙桂东",
    page_paras=["正值春节假期刚过,时临元宵佳节,市民大多还沉浸在节日的气氛中,为保障李沧辖区市民过好元宵佳节,青岛市公安局李沧分局根据市局要求,在全区组织开展远离赌博,持续推进防控治理跨境网络赌博工作禁赌宣传月活动。",
                "在活动中,李沧警方始终紧紧围绕“远离赌博危害、健康自律人生”的宣传主题在李村商圈步行街,人多密集的公园,社交活动等场地场所开展相关宣传活动通过发放传单、宣传讲解、悬挂条幅、现场咨询等多种方式方法形式,向广大市民,群众游客,社会团体等普及禁赌法律知识。民警以掌握的现有案件,因赌博导致家庭各种问题出现的教训引导,教育广大市民提高认识,崇尚健康娱乐活动,远离赌博,提升全民拒赌反赌意识。",
                "全区派出所户籍民警在社区内宣传栏张贴禁赌宣传海报,向居民宣传讲解赌博活动的主要形式和常见手段,宣传禁赌法律知识,分析当前禁赌防赌的重要性,动员广大居民参与到“禁赌博陋习·树清风正气”中。此次宣传活动共拉宣传横幅30余幅,张贴宣传海报50余张,现场解答群众提问疑问问题近千条,发放宣传单页2000余张,利用使用各大商场场所电子显示牌做广告宣传30余台。此次活动的开展进一步增强了广大市民的禁赌、防赌意识,净化了社会风气,得到群众的一致好评,营造出了全民禁赌的良好环境。"],
    strip=[], hijacked=False, legit=True, lang="zh", injections=[], spam_strings=[],
    origin="pages corpus capture (text): city news portal report on a police anti-gambling month")

add(url="https://www.xuehua.us/a/63d72d0bd3499d938789195c?lang=zh-cn", shell="blog", encoding="utf-8",
    sitename="", title=None, title_tag="", date=None, byline="本文转自:大众日报", source="大众日报", author="张忠德",
    page_paras=["针对岁末年初、佳节假期赌博活动易高发多发的特点,青岛市公安局李沧分局近期在全区持续推进防控治理跨境网络赌博工作禁赌宣传月活动。",
                "活动中,李沧警方始终紧紧围绕“远离赌博危害、健康自律人生”的宣传主题在李村商圈步行街,人多密集的公园,社交活动等场地场所开展相关宣传活动通过发放传单、宣传讲解、悬挂条幅、现场咨询等多种方式方法形式,向广大市民,群众游客,社会团体等普及禁赌法律知识。民警以掌握的现有案件,因赌博导致家庭各种问题出现的教训引导,教育广大市民提高认识,崇尚健康娱乐活动,远离赌博,提升全民拒赌反赌意识。派出所户籍民警在社区内宣传栏张贴禁赌宣传海报,向居民宣传讲解赌博活动的主要形式和常见手段,宣传禁赌法律知识,分析当前禁赌防赌的重要性,动员广大居民参与到“禁赌博陋习·树清风正气”中。此次宣传活动共拉宣传横幅30余幅,张贴宣传海报50余张,现场解答群众提问疑问问题近千条个,发放宣传单页2000余张,利用使用各大商场场所电子显示牌做广告宣传30余台。此次活动的开展进一步增强了广大市民的禁赌、防赌意识,净化了社会风气,得到群众的一致好评,营造出了全民禁赌的良好环境。"],
    tail="(大众日报客户端记者 张忠德 报道)",
    strip=[], hijacked=False, legit=True, lang="zh", injections=[], spam_strings=[],
    origin="pages corpus capture (text): aggregator reprint of a provincial daily's report on the same police campaign (different text)")

add(url="https://pusiknas.polri.go.id/detail_artikel/blokir_dan_laporkan_situs_judi_online", shell="id_news", encoding="utf-8",
    sitename="Pusiknas Bareskrim Polri", title="Blokir dan Laporkan Situs Judi Online", title_tag="Blokir dan Laporkan Situs Judi Online",
    date="2024-11-21", byline="21 November 2024", source=None, author=None,
    page_paras=["KAPOLRI Jenderal Polisi Drs Listyo Sigit Prabowo memastikan pemberantasan judi online terus dilakukan secara menyeluruh. Polri mengejar para bandar, melacak aset, dan menindak oknum yang terlibat dalam kasus judi online.",
                "“Judi online sudah jelas, harus ditindak tegas,” ujar Kapolri dikutip dari artikel berjudul Kapolri Pastikan Pengejaran Bandar Judi Online Tengah Dilakukan diunggah di laman www.tribratanews.polri.go.id.",
                "Perkembangan teknologi membuat semua orang dapat dengan mudah mengakses berbagai informasi, termasuk judi online. Kemudahan ini menimbulkan kekhawatiran karena judi online berdampak fatal bagi individu, keluarga, dan masyarakat.",
                "Selain melaporkan kegiatan perjudian online ke Kementerian Informasi dan Digital (Komdigi), masyarakat dapat melakukan blokir terhadap situs maupun aplikasi judi online di laptop dan ponsel.",
                "Data di kepolisian menunjukkan Polri menindak 1.004 kasus judi daring maupun luring dalam 20 hari di November 2024. Data itu didapat dari aplikasi E-MP Pusiknas Bareskrim Polri yang diakses pada Rabu 20 November 2024 pukul 11.00 WIB.",
                "Kemunculan iklan yang muncul pada ponsel maupun laptop saat berselancar tentu sangat meresahkan. Meski iklan-iklan tersebut dapat diblokir, kesadaran dan edukasi tentang bahaya judi online tentu harus ditanamkan. Sebab pemain yang sudah candu pada judi online dapat mengalami kerugian finansial dan masalah sosial. Bahkan pemainnya dapat mengalami gangguan jiwa."],
    strip=[], hijacked=False, legit=True, lang="id", injections=[], spam_strings=[],
    origin="pages corpus capture (text): Indonesian national police statistics centre article on blocking gambling sites")

add(url="https://megapolitan.antaranews.com/amp/berita/296040/polresta-bogor-kota-ajukan-pemblokiran-27-situs-judi-daring-ke-kemenkominfo", shell="id_news", encoding="utf-8",
    sitename="ANTARA News Megapolitan", title=None, title_tag="ANTARA News Megapolitan", date=None, byline="", source=None, author=None,
    page_paras=["Polresta Bogor Kota, Polda Jawa Barat, mengajukan pemblokiran terhadap 27 situs judi online atau daring kepada Kementerian Komunikasi dan Informatika (Kemenkominfo).",
                "Kapolresta Bogor Kota Kombes Pol Bismo Teguh Prakoso di Kota Bogor, Jumat, mengatakan 27 situs itu ditemukan dari penangkapan-penangkapan tersangka kasus judi daring, yang juga didapat dari patroli siber.",
                "Salah satu kasus penangkapan kakak beradik WR (25) dan IR (21) perekrut selebgram promosi judi daring yang diungkap pada hari ini, lanjut Bismo, ditemukan 16 situs yang juga diajukan pemblokiran.",
                "\"Dari penangkapan kemarin dan hari ini kita ajukan blokir kepada Kominfo. Ini ada total 27 situs judi online yang akan kita ajukan blokir kepada Kominfo,\" kata Bismo.",
                "Ia mengatakan, surat permohonan pemblokiran ini dikirim Polresta Bogor Kota ke Kemenkominfo hari ini. Di samping itu, pihaknya juga terus melakukan penangkapan.",
                "Kasat Reserse Kriminal Polresta Bogor Kota Kompol Lutfi Olot Gigantara meminta agar masyarakat tidak terlena dengan slogan \"judi membuatmu kaya\".",
                "Lutfi menegaskan, oknum di balik judi daring ini hanya memperkaya orang-orang yang telah ditangkap oleh pihak kepolisian. Baik dari selebgram yang mempromosikan, serta orang-orang yang ada di atasnya."],
    asides=["Baca juga: Pengamat ungkap faktor penyebab candu pada aktivitas judi online", "Baca juga: Polresta Bogor tangkap perekrut selebgram promosikan judi online"],
    strip=[], hijacked=False, legit=True, lang="id", injections=[], spam_strings=[],
    origin="pages corpus capture (text): national news agency report on police requests to block gambling sites; 'Baca juga' lines kept as asides, not text")

add(url="https://nongkingopi.com/2023/09/11/kominfo-blokir-938-106-konten-judi-online-polri-tangkap-11-tersangka-di-bali", shell="id_news", encoding="utf-8",
    sitename="Nongki Ngopi", title=None, title_tag="Nongki Ngopi", date=None, byline="", source=None, author=None,
    page_paras=["Nongki Ngopi – Menteri Komunikasi dan Informatika, Budi Arie Setiadi, mengumumkan bahwa pemberantasan judi online menjadi salah satu prioritas Presiden Jokowi. Kementerian Kominfo telah melakukan pemutusan akses dan penghapusan terhadap 938.106 konten judi online sejak tahun 2018 hingga 6 September 2023.",
                "Direktur Jenderal Aplikasi Informatika Kominfo, Semuel Abrijani Pangerapan, mengungkapkan bahwa selama periode Juli hingga September 2023 saja, sudah ada 124.439 konten judi online yang berhasil diblokir. Konten tersebut tersebar di berbagai situs, platform berbagi konten, dan media sosial.",
                "Selain itu, Kementerian Kominfo juga telah menangani konten judi online yang masuk ke situs pemerintah. Dalam rentang waktu 1 Januari 2022 hingga 6 September 2023, ditemukan sebanyak 9.052 situs pemerintah yang mengandung konten perjudian.",
                "Sementara itu, Polri juga turut berperan aktif dalam pemberantasan judi online. Mereka baru-baru ini berhasil menangkap 11 tersangka judi online di Denpasar, Bali, berdasarkan hasil patroli siber pada tanggal 6 September. Wadir Tipidsiber Mabes Polri, Kombes Dani Kustoni, menyatakan bahwa penelusuran terhadap jaringan judi online akan terus berlanjut, dan kemungkinan akan ada penangkapan lebih lanjut.",
                "Sejak tahun 2023, Polri telah menangani 77 kasus dengan 130 tersangka judi online. Dalam penangkapan terbaru, Polri berhasil mengamankan sejumlah barang bukti, termasuk 12 unit komputer, 21 unit ponsel berbagai merek, dan 1 kotak kartu SIM.",
                "Dari 11 tersangka yang ditangkap, satu di antaranya adalah koordinator, sementara yang lain membantu dalam operasional jaringan judi online. Para pelaku akan dijerat dengan berbagai pasal, termasuk Undang-Undang ITE, KUHP, dan UU TPPU, dengan ancaman hukuman penjara maksimal hingga 20 tahun."],
    asides=["Baca Juga: Viral! Pandemi 2.0 yang Beredar di Media Sosial, Begini Kata Pemerintah dan Kemenkes"],
    strip=[], hijacked=False, legit=True, lang="id", injections=[], spam_strings=[],
    origin="pages corpus capture (text): Indonesian news blog on gambling-content blocking, incl. government sites carrying gambling content")

add(url="https://regional.kompas.com/read/2024/06/24/172806678/twitter.com", shell="id_news", encoding="utf-8",
    sitename="Kompas.com", title="Polda Banten Klaim Sudah Blokir 578 Situs Judi \"Online\", Server Ada di Luar Negeri",
    title_tag="Polda Banten Klaim Sudah Blokir 578 Situs Judi \"Online\", Server Ada di Luar Negeri", date="2024-06-24",
    byline="Kompas.com - 24/06/2024, 17:28 WIB", source="Kompas.com", author="Rasyid Ridho",
    lead="Rasyid Ridho, Teuku Muhammad Valdy Arief",
    page_paras=["SERANG, KOMPAS.com- Kasubdit V Siber Direktorat Reserse Kriminal Khusus Polda Banten Kompol Rafles Langgak Putra mengklaim sudah memblokir 578 situs judi online dalam kurun waktu dua bulan.",
                "\"Jadi kita juga melakukan pemblokiran situs, website judi online, di mana saat ini jajaran Polda Banten termasuk Polres-Polres sudah melakukan pemblokiran sebanyak 578 situs,\" kata Rafles kepada wartawan saat rilis kasus di Mapolda Banten, Senin (24/6/2024).",
                "Meski sudah ratusan diblokir, Rafles mengakui masih banyak situs-situs yang digunakan oleh masyarakat bermain judi online.",
                "Sebab, kata dia, pemblokiran situs tidak dilakukan sembarangan karena kalau asal memblokir bisa dikenakan pelanggaran privasi dan sebagainya.",
                "Selain itu, server situs judi online didaftarkan bukan di Indonesia melainkan berada di luar negeri housting-nya.",
                "\"Servernya ada diluar yuridiksi Indonesia, jadi bukan didaftarkan di Indonesia, tapi di luar negeri,\" ujar dia.",
                "Dijelaskan Rafles, pemblokiran dilakukan dalam rangka pencegahan untuk tidak semakin meluasnya judi online di kalangan masyarakat Banten.",
                "Sejauh ini, jajarannya telah menangkap lima selebgram yang mempromosikan laman situs judi online melalui media sosial."],
    asides=["Baca juga: 2 Tahun Endorse Situs Judi Online, Selebgram di Banten Raup 41 Juta", "Baca juga: Endorse Situs Judi Online, 5 Selebgram di Banten Ditangkap"],
    strip=[], hijacked=False, legit=True, lang="id", injections=[], spam_strings=[],
    origin="pages corpus capture (text): national news portal report on police blocking gambling sites")

add(url="https://jateng.tribunnews.com/2022/08/30/polisi-gandeng-kominfo-blokir-1000-situs-judi-online-setelah-tangkap-ratusan-pelaku-perjudian", shell="id_news", encoding="utf-8",
    sitename="Tribunjateng.com", title="Polisi Gandeng Kominfo Blokir 1.000 Situs Judi Online Setelah Tangkap Ratusan Pelaku Perjudian",
    title_tag="Polisi Gandeng Kominfo Blokir 1.000 Situs Judi Online Setelah Tangkap Ratusan Pelaku Perjudian", date=None,
    byline="Berita Regional", source=None, author=None,
    page_paras=["Kepolisian Daerah (Polda) Jambi menggandeng Kementerian Komunikasi dan Informatika (Kominfo) untuk memblokir 1.000 situs judi online.",
                "TRIBUNJATENG.COM, JAMBI - Kepolisian Daerah (Polda) Jambi menggandeng Kementerian Komunikasi dan Informatika (Kominfo) untuk memblokir 1.000 situs judi online.",
                "Hal itu merupakan tidak lanjut dari penangkapan 133 tersangka perjudian.",
                "\"Tim siber kami melakukan patroli mencari atau melacak situs-situs perjudian online.",
                "Kemudian kami menemukan kurang lebih 1.000 situs online,\" kata Direktur Reskrimsus Polda Jambi, Kombes Pol Christian Tory saat konferensi pers, Senin (29/8/2022).",
                "Ia mengatakan pengembangan kasus dari penangkapan ratusan tersangka perjudian, ditemukan situs-situs judi online yang digunakan pelaku.",
                "Sejumlah situs itu, sebagian besar berpusat di Amerika Serikat, Singapura, Kanada, Islandia, Vietnam, dan lainnya.",
                "Sedangkan situs yang berpusat di Jambi belum ditemukan.",
                "Sebagai tindak lanjut, Direktorat Reskrimsus Polda Jambi sudah mengajukan pemblokiran sejumlah situs tersebut ke Kementerian Kominfo."],
    asides=["Baca juga: Respons Gubernur NTB soal Dugaan Judi di Arena Pacuan Kuda"],
    strip=[], hijacked=False, legit=True, lang="id", injections=[], spam_strings=[],
    origin="pages corpus capture (text): regional news portal report on police blocking 1,000 gambling sites")

add(url="https://www.gamblinginsider.com/news/3691/macau-revenue-rises-a-disappointing-269", shell="en_news", encoding="utf-8",
    sitename="Gambling Insider", title=None, title_tag="Gambling Insider", date=None, byline="", source=None, author=None,
    page_paras=["That brings the total gaming revenue for the territory to 126.4bn patacas for the first six months of the year.",
                "Although the results are positive, Macau’s gaming industry is still in a stage of recovery from the effects of an anti-corruption campaign that threatened the high rollers market.",
                "Casino gross gaming revenue in Macau’s VIP baccarat segment rose 34.8% year-on-year in the second quarter, in addition to the mass market GGR, including slots, rising 8.1% year-on-year.",
                "After the somewhat disappointing results were posted, shares in Macau casino operators slipped, with Galaxy Entertainment shares dropping 3.2% and Sands China was down 2.1%,"],
    strip=[], hijacked=False, legit=True, lang="en", injections=[], spam_strings=[],
    origin="pages corpus capture (text, its first sentence cut in the capture and left out): casino-industry trade news on Macau revenue")

add(url="https://casinos.einnews.com/regional_news/galaxy-entertainment-group/china", shell="en_news", encoding="utf-8",
    sitename="EIN Presswire", title="Macau casino industry gears up for strong summer after promising first half: Jefferies",
    title_tag="Galaxy Entertainment Group News - China", date=None, byline="", source=None, author=None,
    page_paras=["Macau’s gaming industry is on course to generate gross gaming revenue (GGR) of MOP237 billion ($30 billion) in 2025, in line with market expectations but ahead of the government’s conservative estimate of MOP228 billion ($29 billion), analysts from …"],
    strip=[], hijacked=False, legit=True, lang="en", injections=[], spam_strings=[],
    origin="pages corpus capture (text): casino-industry news aggregator teaser (short legit page)")


# ---------------------------------------------------------------- shells
def shell(c, body):
    s = c["shell"]
    enc = c["encoding"]
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={enc}">' if enc != "utf-8" else '<meta charset="utf-8">'
    h1 = f"<h1>{E(c['title_shown'])}</h1>" if c.get("title_shown") else ""
    top = f'<div class="kwline">{E(c["topline"])}</div>' if c.get("topline") else ""
    byl = f'<div class="info">{E(c["byline"])}</div>' if c.get("byline") else ""
    lead = f'<p class="lead">{E(c["lead"])}</p>' if c.get("lead") else ""
    tail = (f'<p class="tail">{E(c["tail"])}</p>' if c.get("tail") else "") + (f'<p class="tail">{E(c["tail2"])}</p>' if c.get("tail2") else "")
    asides = "".join(f'<p class="baca"><a href="#">{E(a)}</a></p>' for a in c.get("asides", []))
    site = E(c.get("sitename") or "")
    if s == "gov_gbk":
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body>{top}<div id="top"><span class="sitename">{site}</span><span class="links">{E(c.get('toplinks',''))}</span></div>
<div class="nav"><a href="/">首页</a></div>
<div class="weizhi">{E(c.get('crumb',''))}</div>
<div class="article">{h1}{byl}<div class="content" id="zoom">
{body}
</div></div><div class="footer">{site}</div></body></html>
"""
    if s == "edu":
        return f"""<!DOCTYPE html><html><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body><div class="header"><div class="logo"></div></div><div class="main"><div class="arti">{h1}{byl}
<div class="v_news_content">
{body}
</div>{tail}</div></div><div class="foot">Copyright</div></body></html>
"""
    if s == "novel":
        return f"""<!DOCTYPE html><html><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body>{top}<div class="bookname">{h1}</div><div id="content">
{body}
</div><div class="page"><a href="#">上一章</a> <a href="#">目录</a> <a href="#">下一章</a></div></body></html>
"""
    if s == "epaper":
        return f"""<!DOCTYPE html><html><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body><div class="paper-head">{site}</div><div class="article-box">{h1}{byl}<div class="article-content" id="ozoom">
{body}
</div></div></body></html>
"""
    if s == "id_news":
        return f"""<!DOCTYPE html><html lang="id"><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body><header><a class="brand" href="/">{site}</a></header><main><article>{h1}{byl}{lead}<div class="read__content">
{body}
</div></article></main><footer>{site}</footer></body></html>
"""
    if s == "en_news":
        return f"""<!DOCTYPE html><html lang="en"><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body><header><a href="/">{site}</a></header><article>{h1}{byl}<div class="article-body">
{body}
</div></article><footer>&copy; {site}</footer></body></html>
"""
    # news / corp / blog
    return f"""<!DOCTYPE html><html><head>{meta}<title>{E(c['title_tag'])}</title></head>
<body>{top}<div class="top">{site}</div><div class="container"><div class="detail">{h1}{byl}{lead}<div class="detail-content">
{body}
</div>{tail}</div></div><div class="footer">{site}</div></body></html>
"""


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        cid = f"rc30-{i:03d}"
        c["title_shown"] = c.get("title") if c.get("title") is not None else None
        paras = c["page_paras"]
        body_parts = []
        for j, p in enumerate(paras):
            body_parts.append(f"<p>{E(p)}</p>")
            if c.get("asides") and j == 1:
                body_parts.extend(f'<p class="baca"><a href="#">{E(a)}</a></p>' for a in c["asides"])
        body = "\n".join(body_parts)
        cc = dict(c)
        cc["asides"] = []
        page = shell(cc, body)
        with open(os.path.join(HERE, "html", cid + ".html"), "wb") as f:
            f.write(page.encode(c["encoding"]))
        text = []
        for p in paras:
            if p in c.get("drop_text", []):
                continue
            for s in c.get("strip", []):
                p = p.replace(s, "")
            text.append(p)
        title = c.get("title")
        if title and any(s in title for s in c["spam_strings"]):
            title = None
        host = c["url"].split("/")[2]
        rows.append(dict(id=cid, url=c["url"], title=title, date=c["date"], source=c["source"], author=c["author"],
                         text="\n".join(text), hijacked=c["hijacked"], injections=c["injections"], spam_strings=c["spam_strings"],
                         legit=c["legit"], lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text", site=host,
                         capture="text", encoding=c["encoding"], template=c["shell"]))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
