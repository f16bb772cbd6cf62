# -*- coding: utf-8 -*-
# Real cases, part A: hijacked pages rebuilt around text captured in public web material (search corpus "pages").
CASES = []
def add(**k):
    CASES.append(k)

add(url="http://bjxmtkj.com/forum.php?action=printable&mod=viewthread&tid=263344", lang="zh", form="porn-keyword-line-over-forum-post",
    top="曰本va欧美va久久|欧美日韩在线观看专区|久久国国产免费999|国产乱精品女同自线免费",
    spam=["曰本va欧美va久久|欧美日韩在线观看专区|久久国国产免费999|国产乱精品女同自线免费"],
    tagsoup='<ruby id="xdirg"><address id="xdirg"></address></ruby><code id="xdirg"><menuitem id="xdirg"></menuitem></code><style id="xdirg"></style>',
    sitename="秦嶺信息港", title="十四運會如期舉行,群眾賽事延期舉辦", date="2021-08-13", author="獵人", source=None,
    byline="作者: 獵人    時間: 2021-8-13 18:42",
    paras=["通知", "體育總局辦公廳關于推遲舉辦第十四屆全運會群眾賽事活動的通知",
           "各省、自治區(qū)、直轄市、新疆生產(chǎn)建設兵團體育行政部門,有關直屬單位,有關全國性體育社會組織,有關單位:",
           "鑒于當前全國多地發(fā)現(xiàn)本土新冠肺炎確診病例給疫情防控工作帶來的不確定性和嚴重性,根據(jù)《體育總局統(tǒng)籌推進新冠肺炎疫情防控與體育工作領導小組關于進一步加強總局系統(tǒng)體育賽事和活動疫情防控工作的通知》(體辦字〔2021〕78號)和7月30日領導小組會議精神,為減少人員流動和聚集帶來的風險,確保人民群眾身體健康和生命安全,經(jīng)研究,決定推遲舉辦第十四屆全運會群眾賽事活動。"],
    note="Discuz printable thread on an unrelated host; porn keyword line above the post, random empty tag soup; text as captured (mixed script, garbled digraphs kept verbatim).")

add(url="http://ubjdt.com/jishuyuanxing/1855.html", lang="zh", form="porn-keyword-line-over-article",
    top="视色av,亚洲免费av一区二区,日韩av一区在线观看,日韩色中色",
    spam=["视色av,亚洲免费av一区二区,日韩av一区在线观看,日韩色中色"],
    sitename="技术原型", title="藍(lán)鯨運(yùn)維體系大模型應(yīng)用——藍(lán)鯨運(yùn)維開發(fā)智能助手", date="2024-06-11", author=None, source=None,
    byline="發(fā)布日期:2024-06-11 15:20:13",
    paras=["01. 背景", "1)運(yùn)維轉(zhuǎn)型背景",
           "藍(lán)鯨平臺(tái)從誕生之初,就一直在不遺余力地推動(dòng)運(yùn)維轉(zhuǎn)型,讓運(yùn)維團(tuán)隊(duì)可以通過(guò)一體化PaaS平臺(tái),快速編寫腳本,編排流程,開發(fā)運(yùn)維工具,從被動(dòng)地提供運(yùn)維支撐服務(wù),轉(zhuǎn)型為主動(dòng)地提供SRE增值服務(wù)。"],
    note="porn keyword line as the first line over a copied tech article; text as captured.")

add(url="http://m.gethgdk.com/hebeideji/7235892797282484283.html", lang="zh", form="brand-slogan-header-over-article",
    top="必威电竞|足球世界杯竞猜平台", spam=["必威电竞|足球世界杯竞猜平台"],
    sitename="必威电竞", title="中國體育彩票", date=None, author=None, source="互聯網",
    byline="來源:互聯網",
    paras=["中國體育彩票(英文:China sports lottery)是指由國家體育總局體育彩票管理中心為籌集體育事業發展資金發行的印有號碼、圖形或文字,供人們自愿購買并按照特定規則獲取中獎權利的書面憑證。體育彩票資金由中獎獎金、公益金和發行費三部分構成。不同游戲的構成比例有差異但公益金比例不得低于20%。",
           "彩票起源于古羅馬,清朝末年傳入中國,民國年間,與體育有關的彩票出現。而新中國體育彩票發行則要到1984年,當時北京和福建省為舉辦北京馬拉松賽和建設福建省體育中心募集資金,分別在當地發行體育獎券,被看作是中國體育彩票的萌芽。之后的1994年,國務院正式復函國家體委“國務院同意適量發行體育彩票為舉辦大型體育運動會籌集部分資金”,這標志著中國體育彩票正式誕生。"],
    title_tag="必威电竞|足球世界杯竞猜平台",
    note="betting brand slogan as site header and <title> over an encyclopedic text on sports lotteries.")

add(url="http://classmate.nwpulsx.org/29759289/riverhelpful.html", lang="zh", form="lottery-spam-title-over-news",
    top="家彩网开奖结果_在线登录平台网址入口下载 - 官网网站首页", spam=["家彩网开奖结果_在线登录平台网址入口下载 - 官网网站首页", "家彩网漏洞"],
    sitename="家彩网", title="高校对校外人员开放了?专家:应逐步适度恢复对外开放", date="2023-01-31", author=None, source=None,
    byline="家彩网漏洞2023-01-31 16:05",
    paras=["中新网北京2月1日电(刘欢)近日,清华大学、北京大学等多所高校宣布恢复校友出入校权限,部分高校还允许家长和校外人员申请入校。",
           "“乙类乙管”实施后,高校对外开放规则有何变化?校外人员是否还能出入校园?",
           "恢复校友出入权限,家长也能到校参观",
           "目前,清华大学、北京大学、中国人民大学、北京科技大学、武汉大学、哈尔滨工程大学等高校陆续发布通知:结合疫情防控政策调整和校园实际,学校恢复校友免预约出入校本部的权限。"],
    title_tag="家彩网开奖结果_在线登录平台网址入口下载 - 官网网站首页",
    note="lottery spam title and a spam keyword glued to the date line over a copied news story on a subdomain of an unrelated .org host.")

add(url="http://www.ilqhs.club/news_view.asp?id=643", lang="zh", form="spam-keyword-line-over-firm-news",
    top="lfl女式内衣橄榄球", spam=["lfl女式内衣橄榄球"],
    sitename="律师事务所", title="王林:論共享型企業的洗錢風險防范", date="2018-11-30", author=None, source=None,
    byline="發布日期:2018/11/30 14:58:24",
    paras=["論共享型企業的洗錢風險防范 王林",
           "【摘要】共享型企業主要以互聯網為媒介、以共享平臺為數據源、加之云計算為經營方式。該類型企業在發展中以“共享”為名,行“盈利”之實,甚至有著類似金融機構的融資功能。面對共享型企業“金融資本化”趨勢,洗錢風險也隨之而來,特別是資本在全球范圍內流動,也加大了該風險的發生可能性。"],
    note="spam keyword line placed above a law-firm news page ('您現在的位置:首頁 >> 本所新聞'); text as captured.")

# brand substituted for the institution's name (Chinese university news copied onto unrelated hosts)
add(url="http://linkasink.net/info/1010/1774.html", lang="zh", form="brand-in-institution-place",
    spam=["Betway必威"], sitename="Betway必威", title="党总支换届选举工作会议召开", date=None, author=None, source=None, byline=None,
    paras=["根据《中国共产党章程》《中国共产党基层组织选举工作条例》的规定和上级党委有关文件精神,按照学院党委的统一部署,经过认真筹备,关于党总支于10月22日下午在1号教学楼407党员活动室召开党总支委员会换届选举工作会议。会议由党总支副书记徐宏霞主持,学院党委副书记、院长王相水到会指导工作,系副主任罗红娟列席本次会议。",
           "会议在庄严的国歌声中开始。王相水致辞,提出三点要求。第一,要明确指导思想,严格换届选举程序;第二,要认真学习讨论大会报告,凝聚思想共识;第三,要着眼全局,正确行使好自己的民主权利。随后,大会听取了系党总支书记刘广星代表上一届总支委员会做的工作报告。报告以“持续践行‘初心使命’,敢于担当作为,不断开创Betway必威工作新局面”为题,从近四年来的工作回顾、存在问题、经验体会、今后三年的奋斗目标四个方面回顾了系党总支的主要工作,指出面临的新形势和新任务,提出未来三年的工作设想。大会以举手表决通过了报告。",
           "通过这次会议,Betway必威新一届党总支将围绕学院中心工作,坚持立德树人,深化教学改革,走内涵式发展道路,不断谱写Betway必威发展的新篇章,为把我院建设成为有鲜明特色的高水平现代大学而努力奋斗。"],
    title_in_page=False,
    note="college news with the department's name replaced by a betting brand; no headline in the capture (title null); the brand is in the body, so the spam cannot be removed without damaging sentences: truth text keeps sentences as captured minus nothing (brand string stays listed as spam).")

add(url="https://dingxiaodong.com/Web/Show/1810", lang="zh", form="brand-in-institution-place",
    spam=["英国威廉希尔公司官网"], sitename="英国威廉希尔公司官网", title=None, date=None, author=None, source=None, byline=None,
    paras=["2020年8月28日,英国威廉希尔公司官网召开2020年暑期党建务虚会,领导班子全体成员及学院骨干教师共计30余人参加会议。与会人员结合学院“十四五”规划、下一轮学科评估、及学院“四个一流”建设目标,从党建引领创新人才培养、引领科技创新与转化服务、引领管理创新、制度建设等方面,研讨了支部和党员在学院工作和师生工作中如何发挥作用,发挥什么样的作用。党委书记季波指出,要紧扣学院高水平的课程、高水平的教学、高水平的研究生培养质量、高水平基础研究、转化研究的创新、及高层次师资队伍突破等“急、难、重”的重大工作和关键任务抓党建工作。"],
    title_in_page=False, note="school news with the school's name replaced by a bookmaker brand.")

add(url="http://rosie-fortescue.com/info/1114/2491.html", lang="zh", form="brand-in-institution-place",
    spam=["必威"], sitename="必威", title=None, date=None, author="李利/徐大丰", source=None, byline=None,
    paras=["5月4日下午,学校在资产处会议室召开必威成立大会,党委书记孙秀丽出席并讲话,副院长孙云早主持会议。党委组织部负责人,必威全体教职工参加了会议。",
           "会上,党委组织部部长刘继泉宣读了学校党委关于组建必威的决定和组建必威领导班子的决定。",
           "孙秀丽在讲话指出,财经学院、管理学院合并组建必威是根据学校“十三五”规划做出的决定,是改革的大势所趋,有利于学校内涵发展,希望两院全体教职员工服从学校党委的决定,坚持“平稳过渡,快速发展”,在过渡期支持新的领导班子,作好各项工作。",
           "孙云早要求两院教职工正确认识组建必威的目的,支持配合新领导班子的工作,履行好自己的职责。",
           "必威党的工作负责人赵中利、行政工作负责人马小南分别作表态发言,表示服从组织决定,认真承担各自的职责。以稳定为基础,以发展为目标,以改革为动力,共同努力,共谋发展,共创美好未来!(必威 文/李利/徐大丰)"],
    title_in_page=False, note="college news with the new college's name replaced by a betting brand; author from the closing credit.")

add(url="https://o2oyb.com/ff/85/c23468a458629/page.html", lang="zh", form="brand-in-institution-place",
    spam=["伟德国际BETVlCTOR"], sitename="伟德国际BETVlCTOR", title=None, date=None, author=None, source=None, byline=None,
    paras=["11月25日下午,农工党伟德国际BETVlCTOR委员会成立大会隆重举行。校领导周鸿刚书记、黄刚副书记,农工党市委领导蔡威主委、姚俭建副主委、金如颖秘书长到会祝贺。 周鸿刚书记在讲话中充分肯定我校农工党总支部在组织发展、班子建设、参政议政、组织活动和社会服务等方面所取得的成绩,对农工党组织顺利升格为委员会表示热烈祝贺,并对第一届委员会提出三点希望:切实抓好政治学习,保持坚定正确的政治方向;围绕学校工作大局,充分发挥民主党派参政议政和民主监督的作用;大力加强自身建设,不断提高履职的能力和水平。",
           "大会选举产生了由主委范荧,副主委康爱石、许燕,委员郑伟强、王荣、朱丽新、李照国、陈丽菲、朱新光等9人组成的第一届农工党伟德国际BETVlCTOR委员会。农工党市委专职副主委姚俭建向范荧授委员会印。范荧代表第一届委员会发言。兄弟党派代表、校民革主委戴建国教授致贺辞。 校统战部部长吴珍美、校各民主党派负责人、农工市委组织部负责人出席会议。"],
    title_in_page=False, note="university news with the university's name replaced by a bookmaker brand (look-alike spelling kept).")

add(url="http://aixianglie.com/info/1033/1939.html", lang="zh", form="brand-in-institution-place",
    spam=["必威"], sitename="必威", title=None, date=None, author=None, source=None, byline=None,
    paras=["2016年4月13日下午3点,必威增补党委委员党员大会在学院会议室召开。必威党委书记周浩、院长廖力及全体党员参加会议。本次会议应到党员24人,实到19人,超过应到人数的2/3,符合会议要求。",
           "大会在《国歌》声中正式开幕,周浩书记主持会议,他宣读了学校组织部《关于同意必威委员会增补党委委员的通知》,介绍了增补党委委员正式候选人王晓兰、李翼、夏艺萍的基本情况,并就选举办法进行说明;3名党委委员候选人均按照《党章》与党的基层组织选举法的有关规定,经各党支部推选产生,经差额选举产生2名党委委员;大会推荐并通过监票人和计票人名单;全体党员以无记名投票的方式投票选举,共收到投票19张,有效投票19张,根据计票结果,王晓兰同志、李翼同志增补为必威党委委员;大会在《国际歌》声中胜利闭幕。选举结果上报南华大学党委组织部。",
           "2016年4月26日经南华大学党委批复,王晓兰同志任必威党委组织委员、李翼同志任必威党委青年委员。"],
    title_in_page=False, note="college news with the college's name replaced by a betting brand.")
