#!/usr/bin/env python3
"""Rebuild v23 real cases: verbatim captured text (from public web material found with the search
tool) placed in a plain CMS shell. The shells are invented; the texts and injected lines are as captured."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def esc(s): return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

CASES = []
def add(**k): CASES.append(k)

# ---------- hijacked ----------
add(url="http://www.zhuanguanjia.com/news/tiyu/113382.html", site="zhuanguanjia.com", lang="zh-hant",
    title="媒體人:足協考察組已抵達日照 考察中超辦賽條件", date="2022-04-26", source="搜狐體育", author=None,
    top=[], crumb="廊坊新聞網-主流媒體,廊坊城市門戶", meta="2022-04-26 17:07:07 來源:搜狐體育",
    paras=["北京時間4月26日,山東廣播電視臺體育頻道體育新聞主編夏曉司在社媒發文透露,中國足協考察組已于24日晚抵達日照,針對當地承辦中超比賽的場地條件、接待能力等進行考察。",
           "此前,中國足協、中足聯籌備組曾實地考察多座城市是否能承辦中超聯賽,但受疫情影響,武漢、杭州、昆明等候選城市均無法承辦賽事。因此,中國足協正在尋找其他可以承辦賽事的城市,山東日照有望作為承辦賽區。",
           "山東日照是今年山東省運動會的承辦地,具備一定的辦賽條件,而且這里已經建成全省首座專業足球場——日照國際足球中心。據悉,此前中國足協已經與日照方面進行了交流溝通,并在本周抵達日照開始實地考察。"],
    bottom=["亚洲精品天天影视综合网| 国产亚洲精品美女久久久久 | 亚洲人成在线电影| 国产AV无码专区亚洲Av| 久久久久亚洲AV成人网人人网站 | 91亚洲va在线天线va天堂va国产| 亚洲91av视频| 亚洲一级二级三级不卡"],
    spam=["亚洲精品天天影视综合网", "国产AV无码专区亚洲Av"], inj=["porn-keyword-line-after-body"], hij=True, legit=False)
add(url="http://www.nchmwl.com/news/35323.html", site="nchmwl.com", lang="zh-hant",
    title="當地記者:今年山東這天氣史上罕見,這樣的天氣下踢比賽是種折磨", date="2025-03-05", source=None, author=None,
    top=["美女极度色诱视频国产_69精品丰满人妻无码视频a片_久久综合狠狠色综合伊人_日本欧美一区二区三区乱码_亚洲欧美另类久久久精品"],
    crumb="當前位置: 首頁 > 足球 > 中超", meta="2025-03-05 04:17:22",
    paras=["體育播報3月2日宣 在中超聯賽第2輪中,青島西海岸主場迎戰武漢三鎮。今天的青島下起大雨,造成本場比賽推遲開場,開場後又中斷進行。當地記者杜金城談到天氣對比賽的影響,認為這樣的比賽是一種折磨。",
           "杜金城表示:“今年山東這天氣也是史上罕見,3月份居然雨雪交加。前幾天已經脫下棉衣,這兩天又得套上。在這樣的天氣下踢比賽,不僅沒有任何比賽質量可言,對球員、教練、球迷都是一種折磨。”",
           "由於雨勢影響,本場比賽比原定時間晚15分鐘才開始進行。不過開場後僅過18分鐘,比賽就宣告中斷,隨後又被確定延期進行。在這18分鐘裡,青島西海岸打進一球,暫時領先武漢三鎮。"],
    bottom=[], spam=["美女极度色诱视频国产", "69精品丰满人妻无码视频a片"], inj=["porn-keyword-line-top", "porn-title-prefix"], title_prefix=True, hij=True, legit=False)
add(url="http://www.mhfang.com/story/424112-1.shtml", site="mhfang.com", lang="zh-hant",
    title="浪潮云海首席科學家張東:面向一云多芯的系統設計方法", date="2023-10-27", source="美通社", author=None,
    top=['<ul id="k0gca"><center id="k0gca"></center></ul><ul id="k0gca"><pre id="k0gca"></pre></ul>',
         "亚洲国产片网站在线观看_日韩人妻一区二区三区_亚洲精品国产久_国产精品一区二区久久婷婷_婷婷国产一区"],
    crumb="", meta="2023-10-27 10:45 5054",
    paras=["北京2023年10月27日 /美通社/ -- 近日,浪潮云海首席科學家張東、資深研究員亓開元在《中國計算機學會通訊》2023年第9期發表論文《面向一云多芯的系統設計方法》,深入分析一云多芯背後的關鍵挑戰問題,闡釋面向一云多芯的系統設計方法和關鍵技術路線,並在此基礎上,描繪了一云多芯三階段發展路線圖,為促進一云多芯向應用感知、架構無感知的目標迭代演進提供新思路。",
           "近年來,巨大的市場需求加速了我國云計算軟硬件的發展,從芯片、整機、云操作系統、中間件到應用軟件的云計算創新鏈、產業鏈已初步形成。"],
    bottom=[], spam=["亚洲国产片网站在线观看", "日韩人妻一区二区三区"], inj=["hidden-ul-blocks", "porn-keyword-line-top"], raw_top=True, hij=True, legit=False)
add(url="http://www.mgfo.cn/wzyy/8298933.html", site="mgfo.cn", lang="zh-hant",
    title="將人工智能應用于棋類游戲開發中的一般步驟", date="2023-05-26", source="網站運營", author=None,
    top=["国产成人精品无码青草_亚洲国产美女精品久久久久∴_欧美人与鲁交大毛片免费_国产果冻豆传媒麻婆精东"],
    crumb="所在位置: 首頁 > 營銷資訊 > 網站運營 > 將人工智能應用于棋類游戲開發中的一般步驟", meta="時間:2023-05-26 22:48:01 | 來源:網站運營",
    paras=["將人工智能應用于棋類游戲開發中的一般步驟:", "一、摘要", "二、三子棋", "三、游戲界面編寫", "四、人工智能", "五、機器學習", "六、應用程序架構"],
    bottom=[], spam=["国产成人精品无码青草", "欧美人与鲁交大毛片免费"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://m.name2.cn/haowen/38175.html", site="name2.cn", lang="zh-hant",
    title="風險評估的案例精品(七篇)", date="2023-06-12", source=None, author=None,
    top=["精品无码中文视频在线观看-精品无人国产偷自产在线-精品无人乱码一区二区三区-精品无人码麻豆乱码1区2区"],
    crumb="首頁 > 精品范文 > 風險評估的案例", meta="時間:2023-06-12 16:00:10",
    paras=["序論:寫作是一種深度的自我表達。它要求我們深入探索自己的思想和情感,挖掘那些隱藏在內心深處的真相,好投稿為您帶來了七篇風險評估的案例范文,愿它們成為您寫作過程中的靈感催化劑,助力您的創作。",
           "錢七虎院士在中國地下工程安全風險管理進展、挑戰及對策中指出隧道工程建設信息化技術的發展方向,包括開展基於大數據技術的TBM/盾構施工的分析與控制研究,以及數字隧道向智慧隧道的發展。"],
    bottom=[], spam=["精品无码中文视频在线观看", "精品无人国产偷自产在线"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://www.shaoyunxiang.cn/doc/125464758ba4e9bb8", site="shaoyunxiang.cn", lang="zh-hant",
    title="美團分布式服務治理框架OCTO之二:Mesh化", date="2021-04-13", source=None, author=None,
    top=["国产秋霞理论久久久电影-婷婷色九月综合激情丁香-欧美在线观看乱妇视频-精品国avA久久久久久久"],
    crumb="", meta="共 8658字,需瀏覽 18分鐘 · 2021-04-13 02:12",
    paras=["前面的文章主要介紹了美團Octo服務治理框架,隨著云原生的崛起,大量服務治理體系普遍“云原生”化,而Mesh則是云原生中非常重要的一個流派,今天我們看下美團的Octo是如何一步步的Mesh化的。",
           "經過一整套服務治理能力的升級,原有Octo已經支持了,包括set化、鏈路級復雜路由、全鏈路壓測、鑒權加密、限流熔斷等治理能力。",
           "Mesh模式下,為每個業務實例部署一個Sidecar代理,所有進出應用的業務流量統一由Sidecar承載,同時服務治理的工作也由Sidecar執行,所有的Sidecar由統一的中心化大腦控制面進行全局管控。"],
    bottom=[], spam=["国产秋霞理论久久久电影", "欧美在线观看乱妇视频"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://www.mpbar.cn/zhishi/1781636.html", site="mpbar.cn", lang="zh-hant",
    title="Go語言模型:string的底層數據結構與高效操作詳解", date=None, source=None, author=None,
    top=["午夜视频免费看_日韩三级电影网站_国产精品久久一级_亚洲一级在线播放"],
    crumb="主頁 > 知識庫 > Go語言模型:string的底層數據結構與高效操作詳解", meta="",
    paras=["Golang的string類型底層數據結構簡單,本質也是一個結構體實例,且是const不可變。", "string的底層數據結構", "通過下面一個例子來看:"],
    bottom=[], spam=["午夜视频免费看", "日韩三级电影网站"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://www.546674.com/read/418691/10936000/3", site="546674.com", lang="zh-hant",
    title="談談對齊 - c-c++ - embeded linux.htm", date=None, source=None, author=None,
    top=["亚洲欧美第一页_禁久久精品乱码_粉嫩av一区二区三区免费野_久草精品视频"],
    crumb="蟲蟲下載站", meta="",
    paras=["基本變量的長度目前有1、2、4、8字節。以後可能會有更大的基本變量。嵌入式環境通常不支持浮點,常見的長度是1、2、4字節。",
           "從地址看,變量可以分成有確定地址的變量和沒有確定地址的變量。所謂“有確定地址”就是指在程序運行前就有確定的地址。而“沒有確定地址”的變量,它們的地址是在運行時確定的。",
           "全局變量和靜態變量都有確定地址。局部變量和動態分配的變量沒有確定地址。本文將有確定地址的變量記作有址變量。"],
    bottom=[], spam=["禁久久精品乱码", "粉嫩av一区二区三区免费野"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="https://www.arwenstar.com/QbvEZTYSjj/yjsy/info/1065/1812.htm", site="arwenstar.com", lang="zh",
    title="博士硕士学位授权审核实施办法", date=None, source=None, author=None,
    top=[], crumb="首页 > 研究生院 > 通知公告", meta="",
    paras=["博士硕士学位授权审核实施办法"],
    bottom=[], spam=["开云网"], inj=["brand-in-title"], brand_title="开云网博士硕士学位授权审核实施办法", hij=True, legit=False,
    note_text=True)

add(url="http://www.hipdirect.net/2023/0331/c1452a482426/page.html", site="hipdirect.net", lang="zh",
    title="工商管理硕士2023年研究生复试考核方案及实施细则", date="2023-03-31", source=None, author=None,
    top=[], crumb="首页 > 招生信息", meta="",
    paras=["工商管理硕士2023年研究生复试考核方案及实施细则"],
    bottom=[], spam=["3344体育在线登录"], inj=["brand-in-title"], brand_title="3344体育在线登录工商管理硕士2023年研究生复试考核方案及实施细则", hij=True, legit=False)

add(url="http://m.myjingjing.com/2021-06-30/203875782.html", site="myjingjing.com", lang="zh-hant",
    title="好未來AI技術助力未成年人網絡保護 半年審核信息46億條", date="2021-06-30", source="和訊", author=None,
    top=["午夜不卡视频在线观看_国产精品二区av_国产小黄片视频在线免费观看_日本一个人在线观看_亚洲国产三级免费观看"],
    crumb="", meta="2021-06-30 15:28:06 和訊",
    paras=["6月1日,新修訂的《中華人民共和國未成年人保護法》正式實施。本次修訂的一大亮點是新增了“網絡保護”專章,提出網絡服務提供者發現用戶發布、傳播含有危害未成年人身心健康內容的信息的,應當立即停止傳輸相關信息,採取刪除、屏蔽、斷開鏈接等處置措施。但面對互聯網上的海量信息,依靠傳統的內容審核手段已經難以跟上形勢。",
           "AI審核為未成年人織起網絡信息安全網",
           "4月27日,由好未來旗下學而思網校舉辦的萌娃“小講師”口述風采展圓滿收官。",
           "活動順利舉行的背後,是好未來AI審核技術的保駕護航。"],
    bottom=[], spam=["午夜不卡视频在线观看", "国产小黄片视频在线免费观看"], inj=["porn-keyword-line-top"], hij=True, legit=False)

add(url="http://www.jxzklqfsx.com/aigc/7316.html", site="jxzklqfsx.com", lang="zh-hant",
    title="如何讓多個AI Agent高效協作?手把手教你構建企業級AI智能體系統", date="2025-08-25", source=None, author=None,
    top=["精品欧美一区二区三区在线观看 _久久久久国色av免费观看性色_国产精品久久在线观看_亚洲第一综合网站_91精品又粗又猛又爽"],
    crumb="", meta="發布于 2025-8-25 09:32",
    paras=["在AI技術快速發展的今天,多智能體系統(Multi-Agent Systems)被稱為\"AI的第三波浪潮\",而LangGraph作為新一代的智能體編排框架,為構建復雜的多智能體系統提供了強大的基礎設施。",
           "本文將深入探討LangGraph中的兩個核心概念:Handoffs(交接)和Supervisor(主管)模式,通過詳細的技術分析和代碼示例,幫助你掌握構建生產級多智能體系統的關鍵技術。",
           "在多智能體架構中,智能體可以被表示為圖節點。每個智能體節點執行其步驟並決定是完成執行還是路由到另一個智能體,包括可能路由到自己(例如,在循環中運行)。"],
    bottom=[], spam=["精品欧美一区二区三区在线观看", "久久久久国色av免费观看性色"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://m.bift-edu.cn/haowen/52643.html", site="bift-edu.cn", lang="zh-hant",
    title="電子支付中存在的問題精品(七篇)", date="2024-02-03", source=None, author=None,
    top=["丰满人妻无码一区二区三区,日韩熟女人妻一区二区,亚洲天堂成人在线一区,亚洲国产精品久久久久婷婷软件,亚洲成人黄色天堂网"],
    crumb="首頁 > 精品范文 > 電子支付中存在的問題", meta="時間:2024-02-03 17:06:04",
    paras=["關鍵詞:電子支付 發展現狀 存在問題 發展對策",
           "相關統計報告顯示,我國網民規模已經達到4.57億,這位我國電子支付提供了巨大的市場蛋糕,吸引越來越多的企業參與其中。根據艾瑞咨詢的統計數據顯示,2011年中國支付行業互聯網支付業務交易規模達到22038億元,同比增長118%,增長速度連續6年超過95%。",
           "2011年整體行業格局相對穩定,第三方支付中支付寶依然穩居行業龍頭地位。"],
    bottom=[], spam=["丰满人妻无码一区二区三区", "日韩熟女人妻一区二区"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://www.rhpo.cn/pagerank_cn.htm", site="rhpo.cn", lang="zh-hant",
    title="Google的-PageRank 意義與解釋(超級網頁等級技術)", date=None, source=None, author=None,
    top=["亚洲一级αv毛片_99热久久这里只有精品bb4_制服丝袜有码无码中文"],
    crumb="", meta="",
    paras=["本文對作為評價甚高的搜索引擎 Google 的核心技術之一 PageRank (網頁等級)的基本的概念和評價原理進行解釋。",
           "最近,搜索引擎 Google (http://www.google.com/)非常引人注目。Google 從1998年9月開始服務,但 Netscape Communications 在 Google 的測試階段就開始與其合作。"],
    bottom=[], spam=["亚洲一级αv毛片", "制服丝袜有码无码中文"], inj=["porn-keyword-line-top"], hij=True, legit=False)

add(url="http://1cnz.cn/d/1419158.html", site="1cnz.cn", lang="zh-hant",
    title="真刀真槍模塊化(2.5)— 掩碼結構體", date="2020-12-14", source="電子設計", author="電子設計",
    top=["色哟哟视频在线观看-色哟哟视频在线-色哟哟欧美15最新在线-色哟哟免费在线观看-国产l精品国产亚洲区在线观看"],
    crumb="", meta="電子設計 ? 來源:電子設計 ? 作者:電子設計 ? 2020-12-14 21:00 ? 次閱讀",
    paras=["作者: GorgonMeducer 傻孩子", "首發:裸機思維", "【說在前面的話】",
           "在本系列的前一篇文章《真刀真槍模塊化(2)——圖解Service模型》中,我們介紹了一種模塊化封裝的模型——Service模型。該模型的設計理念實際上服務於一個叫做“黑盒子哲學”的設計思維。"],
    bottom=[], spam=["色哟哟视频在线观看", "国产l精品国产亚洲区在线观看"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://asiancuteness.com/info/1002/11799.htm", site="asiancuteness.com", lang="zh",
    title=None, date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["各学院:",
           "为贯彻落实《关于全面加强和改进新时代学校体育工作的意见》精神,丰富校园文化生活,引导同学们积极参加课外训练和体育竞赛,以赛促学、以赛促练,在学校形成“人人崇尚运动、人人喜爱锻炼”的运动氛围。经学校研究决定,将于2024年下半年举办“运动洛师”系列体育比赛。请各单位认真准备,积极参与。",
           "比赛项目及时间:", "1.新生篮球挑战赛10月", "2.大学生摸高挑战赛10月", "3.大学生足球比赛10月-11月", "4.武术(线上)比赛11月",
           "5.太极拳比赛11月", "6.校园健美操大赛11月", "7.校园街舞大赛 11月"],
    bottom=["全球博彩平台体育运动委员会", "9月13日"],
    spam=["全球博彩平台"], inj=["brand-substituted-signature"], hij=True, legit=False)

add(url="https://zbyatai.com/info/1006/8597.html", site="zbyatai.com", lang="zh",
    title=None, date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["6月27日,新葡的京官网与香港弗斯特投资控股有限公司友好合作协议签署仪式在8楼会议室举行。党委常委、副校长高颖出席签约仪式。党委常委、副校长范小振与香港弗斯特投资控股有限公司董事长周志伟在协议书上签字。汇金乾方资产管理集团总裁李洪升、通天智生命科学院院长吴伟及新葡的京官网教务处处长吕炳君、大学生创新就业服务中心主任胡斯亮、美术学院院长孔维艳参加仪式。",
           "仪式上,校企双方对各自的基本情况进行了介绍,回顾了历年来双方合作的历史,此外,双方还就组织专家讲座、实践研学、教育培训、学生实习、推动教学成果转化等人才培养专题活动,探索发挥双方的师资及产业优势、学术及业务专长的协同合作模式,以及打通双方现有智力及实物资源的沟通渠道等问题进行了深入探讨。"],
    strip="新葡的京官网", bottom=[], spam=["新葡的京官网"], inj=["brand-substituted-in-body"], hij=True, legit=False)
add(url="https://travelingwithm.com/wanboguanwangmanbetx/news-show-10474.html", site="travelingwithm.com", lang="zh",
    title="山东体院与邦尼集团校企携手 鼎力打造齐鲁电子竞技航空母舰", date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["3月30日,OB欧宝真人与邦尼集团有限公司在2019山东省体育产业发展大会上签署战略合作意向书,双方将合作建设全国第一家普通高等院校电子竞技学院,围绕电子竞技各类专业人才培养、游戏品种研发、IP赛事活动打造、专业战队运营、衍生产品开发、关联产业服务、军民融合发展等,促进电竞人才培养、产业供给与发展需求结构要素的全方位、全口径融合,共建北方最大电子竞技复合型人才培养平台和全产业链生态圈、孵化器。",
           "树立电子竞技人才教育的校企合作生动范例",
           "2019年3月21日,教育部正式批准OB欧宝真人在全国普通高等院校首批设立大学本科电子竞技运动与管理专业,并授予教育学学士学位。目前,电子竞技学科建设、师资培养、课程设置等尚不完备,电竞行业持续扩展及专业化发展对于人才的需求愈发迫切。OB欧宝真人是全国知名和全省唯一的体育专业高等院校,具有丰富的教学、科研、人才优势。"],
    strip="OB欧宝真人", bottom=[], spam=["OB欧宝真人"], inj=["brand-substituted-in-body"], hij=True, legit=False)

add(url="http://qihoojma.com/n1/2022/0111/c1012-32328963.html", site="qihoojma.com", lang="zh-hant",
    title="國家廣播電視總局印發《關於推進智慧廣電鄉村工程建設的指導意見》", date="2022-01-11", source="人民網", author="楊虞波羅",
    top=["亚洲AV无码再现,无码播放一区二区三区,黄色视频在线观看免费,国产区 日韩区 欧美区 动漫区"],
    crumb="人民網>>文旅·體育", meta="2022年01月11日09:50 | 來源:人民網",
    paras=["人民網北京1月11日電 (記者楊虞波羅)今日,國家廣播電視總局印發《關於推進智慧廣電鄉村工程建設的指導意見》(下稱《意見》)。",
           "《意見》提出發展目標,到2025年,智慧廣電鄉村服務能力大幅提升,成為推進鄉村振興的重要力量。廣大農村地區新一代信息技術加快應用,新業態新模式新場景得到廣泛拓展,基本實現廣播電視由功能型向智慧型轉變。"],
    bottom=[], spam=["亚洲AV无码再现", "无码播放一区二区三区"], inj=["porn-keyword-line-top"], hij=True, legit=False)
add(url="http://hardyporn.com/news/guonei/2020/0317/107337.html", site="hardyporn.com", lang="zh-hant",
    title="5G進軍戰“疫”一線 廣電總局12條政策措施官方解讀來了", date="2020-03-17", source=None, author=None,
    top=["国产精品午夜免费观看网站_国产精品禁18久久久夂久_晚上开车又疼又叫的视频_尤物麻豆av在线_善良迷人的女教师2中文"],
    crumb="", meta="",
    paras=["國家廣播電視總局3月13日在官網發布《國家廣播電視總局關於統籌疫情防控和推動廣播電視行業平穩發展有關政策措施的通知》(以下簡稱《通知》),《通知》就支持廣播電視和網絡視聽行業積極開展疫情防控、有序做好復工復產、實現行業平穩發展公布了十二條政策措施。",
           "國家廣播電視總局規劃財務司副司長金北寧", "近日,就《通知》的相關事宜,接受了人民網傳媒頻道的獨家專訪:"],
    bottom=[], spam=["国产精品午夜免费观看网站", "晚上开车又疼又叫的视频"], inj=["porn-keyword-line-top"], hij=True, legit=False)

# ---------- legit ----------
add(url="http://lovely.sqcfn.com/L_hundoctor.html", site="sqcfn.com", lang="zh",
    title="斩断跨境网络赌博犯罪“链条”", date=None, source=None, author="李忠勇", top=[], crumb="", meta="李忠勇",
    paras=["每年“两节”期间,人们的休闲娱乐时间增加,一些人选择网络赌博作为消遣。殊不知,这种消遣方式轻则造成钱款损失,重则引发法律风险。",
           "近日,公安部披露了2022年打击治理跨境赌博犯罪成效:全年共侦办跨境赌博相关犯罪案件3.7万余起,打掉网络赌博平台2600余个、实体赌场1100余个,打掉非法支付平台和地下钱庄2500余个、非法技术服务团队1200余个、赌博推广平台1600余个,一大批犯罪嫌疑人被移送审查起诉。",
           "赌博历来是社会一大公害。有些人把维系生活的钱款用来赌博,赌输之后,弄得倾家荡产,妻离子散;有些企业主挪用资金进行网络赌博,造成资金链断裂,企业倒闭;还有人在赌输后,实施盗窃、诈骗、抢劫等犯罪……"],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://www.58cam.com/forum.php?goto=nextoldset&mod=redirect&tid=726305", site="58cam.com", lang="zh",
    title=None, date=None, source="柬单网综合报道", author=None, top=[], crumb="", meta="",
    paras=["【柬单网综合报道】近年来,不法分子利用境外实体赌场和跨境网络赌博平台,大肆对我公民进行招赌吸赌,严重危害我经济安全、社会稳定、国家形象和人民群众合法权益。2020年以来,公安部部署全国公安机关,会同有关部门全力开展打击治理跨境赌博专项工作,取得显著成效。",
           "截至今年10月底,全国公安机关共侦办各类跨境赌博案件3万余起,抓获犯罪嫌疑人16万余名,打掉涉赌平台5100余个、非法技术团队2000余个、赌博推广平台2800余个,打掉非法支付平台和地下钱庄3900余个,处罚教育了一大批参赌人员。"],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="http://e-gov.org.cn/article-100006.html", site="e-gov.org.cn", lang="zh",
    title="重庆市财政局政府网站被木马攻陷", date="2009-03-21", source="重庆时报", author="夏雨", top=[], crumb="", meta="来源:重庆时报 更新时间:2009-03-21 作者:夏雨",
    paras=["数十政府网站被挂木马",
           "3月18日一天内,监测到重庆市财政局、国家林业局野生动物保护司等几十家政府网站被黑客挂上木马。北京语言大学、西南石油大学等十多所大专院校的网站也同样惨遭“挂马”。",
           "这些政府网站如被攻击,不但可能让政府机密信息被窃,访问者电脑也面临风险。", "财政局内部文件不上网",
           "3月20日下午,记者打开重庆市财政局网站,看上去网站运转正常。"],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://m.ezd.cc/zs/86395.html", site="ezd.cc", lang="zh",
    title=None, date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["南都讯昨日中午12时许,有网友发现湖南宁远县人民政府网被黑客攻击了。黑客在网页留言,称不设停车位去办事不方便等。一个多小时后,该网站恢复正常。",
           "12时45分左右,记者打开宁远县人民政府网,发现网友发帖情况属实。网站的网页已经变成黑色,写下了15行字。",
           "13时20分左右,宁远县人民政府网已可以正常打开。"],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="http://www.wuyetool.com/axwzx/494871.html", site="wuyetool.com", lang="zh",
    title=None, date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["这些东西是什么?事实上,它很简单,是一种广告链接,点击它就可以找到,它们大多指向非法网站,如赌博彩票、地下银行、淫秽色情网站等。",
           "根据“Net 2020”浙江绍兴网络安全部门的特殊行动要求,依法对未履行法律义务的21家企业实施整顿和清理赌博“暗链”,督促53家企业实施整改。",
           "绍兴网是一家全面梳理绍兴互联网企业网站的企业网站,确定3000多个网站为赌博相关“黑链”整治对象,发现有53个“暗链”和“外链”网站存在非法、有害信息,其中18家涉及赌博,3家从事色情活动。"],
    bottom=[], spam=[], inj=[], hij=False, legit=True)

add(url="https://www.hexinggroup.cn/crow1130", site="hexinggroup.cn", lang="en",
    title=None, date=None, source=None, author=None, top=[], crumb="", meta="",
    paras=["station network (www.admin5.com) May 7th news yesterday, Sina micro-blog certified user electric columnist Zhuang Shuai has released a screenshot in micro-blog search through the portal website published in articles found that many articles content and title has been replaced by the key words of gaming related, and jump to illegal gambling sites.",
           "webmaster search keywords several illegal gambling, from the above screenshot we can see a lot of news portal website Baidu news source included content are replaced by gaming related content, some open has been deleted, some still illegal website links to jump.",
           "in October last year, Baidu outside the chain algorithm to upgrade, for super chain cheating, black chain site and other acts to crack down on."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://www.access-smart.com/seo-cyber-mule-2013-01-28/", site="access-smart.com", lang="en",
    title="Are you an SEO Cyber Mule? I was.", date="2013-01-28", source=None, author=None, top=[], crumb="", meta="",
    paras=["Cyber MuleAn SEO Cyber Mule or SEO Hack is when unauthorized links are embedded into your website without your knowledge for the sole purpose of increasing Google rankings.",
           "Other than the obvious reason that someone has injected code into your site without your permission, the bigger issue is that if Google discovers these links and deems them inappropriate, your site will be blacklisted.",
           "Early discovery is your best defense. It can take Google a while before they catch the offensive links which gives you time to fix the problem."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)

add(url="https://rss.globenewswire.com/news-release/2019/07/24/1887140/0/en/Melco-Announces-Record-Adjusted-Property-EBITDA-in-Second-Quarter-2019-and-Increase-in-Quarterly-Dividend-to-US-0-16512-per-ADS.html",
    site="globenewswire.com", lang="en",
    title="Melco Announces Record Adjusted Property EBITDA in Second Quarter 2019 and Increase in Quarterly Dividend to US$0.16512 per ADS",
    date="2019-07-24", source="GLOBE NEWSWIRE", author=None, top=[], crumb="", meta="July 24, 2019",
    paras=["MACAU, July 24, 2019 (GLOBE NEWSWIRE) -- Melco Resorts & Entertainment Limited (Nasdaq: MLCO) (“Melco” or the “Company”), a developer, owner and operator of casino gaming and entertainment casino resort facilities in Asia, today reported its unaudited financial results for the second quarter of 2019.",
           "Total operating revenues for the second quarter of 2019 were US$1,442.7 million, representing an increase of approximately 17% from US$1,228.6 million for the comparable period in 2018. The increase in total operating revenues was primarily attributable to better performance in the rolling chip and mass market table games segments and higher non-gaming revenue as a result of the opening of Morpheus in June 2018.",
           "Operating income for the second quarter of 2019 was US$205.3 million, compared with operating income of US$118.1 million in the second quarter of 2018, representing an increase of 74%."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://macaupostdaily.com/news/2857", site="macaupostdaily.com", lang="en",
    title="Casino takings rise 23.7 pct in May", date="2017-06-02", source=None, author="admin", top=[], crumb="", meta="2017-06-02 08:00 BY admin",
    paras=["Macau’s gross gaming revenue in May rose 23.7 percent year on year to 22.74 billion patacas, posting a 10-month winning streak and beating analysts’ forecasts, according to data released by the Gaming Inspection and Coordination Bureau (DICJ) yesterday.",
           "Reuters said that analysts had expected revenue growth to range between 15 percent and 20 percent.",
           "Last month’s growth rate was the highest since February 2014."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://m.jpnn.com/amp/news/gerak-cepat-kemkomdigi-tutup-11544-konten-judi-online", site="jpnn.com", lang="id",
    title="Gerak Cepat Kemkomdigi Tutup 11.544 Konten Judi Online", date=None, source="jpnn.com", author=None, top=[], crumb="", meta="",
    paras=["jpnn.com, JAKARTA - Kementerian Komunikasi dan Digital (Kemkomdigi) memblokir 11.544 konten judi online dalam kurun waktu tiga hari, dari Sabtu (16/11/2024) hingga Senin (18/11/2024).",
           "Langkah ini merupakan upaya aktif pemerintah dalam menjaga keamanan ruang digital dari aktivitas ilegal.",
           "Sebaran konten yang diblokir mencakup 10.517 situs web, 518 konten di platform Meta, 321 file pada layanan berbagi file, 110 konten di Google atau YouTube, dan 78 konten pada aplikasi X."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)
add(url="https://money.kompas.com/read/2023/07/20/160500626/twitter.com", site="kompas.com", lang="id",
    title="Ribuan Situs Pemerintah Rentan Disusupi Konten Judi \"Online\"", date="2023-07-20", source="Kompas.com", author="Haryanti Puspa Sari", top=[], crumb="", meta="Kompas.com - 20/07/2023, 16:05 WIB",
    paras=["JAKARTA, KOMPAS.com - Kementerian Komunikasi dan Informatika (Kemenkominfo) mengatakan, sebanyak 5.000 situs pemerintah dalam pengawasan Kemenkominfo dan Badan Siber dan Sandi Negara (BSSN) agar tak mudah disusupi konten judi online.",
           "Direktur Jenderal Aplikasi dan Informatika Kemkominfo Samuel Pangerapan mengatakan, ribuan situs pemerintah tersebut harus lolos tes BSSN sebelum melakukan publikasi informasi.",
           "Samuel mengatakan, semua konten judi online berasal dari luar negeri khususnya negara-negara yang melegalkan kegiatan judi online."],
    bottom=[], spam=[], inj=[], hij=False, legit=True)

def build():
    rows = []
    for n, c in enumerate(CASES, 1):
        pid = f"rc23-{n:03d}"
        shown_title = c.get("brand_title") or c["title"] or ""
        if c.get("title_prefix"): shown_title = c["top"][0].split("_")[0] + "_" + shown_title
        top = "\n".join(t if c.get("raw_top") and t.startswith("<") else f"<div class=\"tl\">{esc(t)}</div>" for t in c["top"])
        h = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8">', f"<title>{esc(shown_title)}</title></head>", "<body>", top,
             f'<div class="crumb">{esc(c["crumb"])}</div>' if c["crumb"] else "",
             f'<div class="article"><h1>{esc(c.get("brand_title") or c["title"] or "")}</h1>' if (c["title"] or c.get("brand_title")) else '<div class="article">',
             f'<div class="info">{esc(c["meta"])}</div>' if c["meta"] else "",
             '<div class="content">'] + [f"<p>{esc(p)}</p>" for p in c["paras"]] + ["</div></div>"] + \
            [f'<div class="kw">{esc(b)}</div>' for b in c["bottom"]] + ["</body></html>", ""]
        with open(os.path.join(HERE, "html", pid + ".html"), "w", encoding="utf-8") as f:
            f.write("\n".join(x for x in h if x != "") + "\n")
        text = "\n".join(c["paras"])
        if c.get("strip"): text = text.replace(c["strip"], "")
        rows.append(dict(id=pid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"], text=text,
                         hijacked=c["hij"], injections=c["inj"], spam_strings=c["spam"], legit=c["legit"], lang=c["lang"],
                         origin="search:pages", kind="rebuilt-from-text", site=c["site"], capture="text", encoding="utf-8"))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build()
