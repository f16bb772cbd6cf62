"""Rebuild real-cases-v25: verbatim captured text (search tool, corpus pages) in invented CMS shells.
Usage: python build_real.py   (writes html/ and truth.jsonl next to this file; byte-identical on re-run)"""
import html as H
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
 dict(url="https://cqzswl.com/Item/16065.html", lang="zh", hijacked=True, shell=0,
      injections=["brand-welcome-line-in-header"],
      title="学院举办2018年春季师生运动会", date="2018-04-04", source="学院学生会新闻中心", author="陈文静",
      header_spam="欢迎来到亚洲bet57365游戏大厅!", spam=["亚洲bet57365游戏大厅"],
      meta="文章来源:学院学生会新闻中心 作者:陈文静 审核: 发布时间:2018年04月04日 点击数:",
      paras=["4月1日,我院2018年春季师生运动会在榆中校区西区田径场举行。学院副院长苗绪亮、党委副书记李艳霞、学生辅导员、十余名教师代表出席开幕式。开幕式由辅导员霍达主持。",
             "开幕式上,在国旗、院旗、院徽方阵的引领下,学院榆中校区各班级方队和本部代表队依次走过主席台,各方队以精彩的表演、整齐的队伍和响亮的口号展现了班级风采。学院党委副书记李艳霞在开幕式致辞中对学院建院十四年来在体育活动中取得的优异成绩表示肯定,并希望全院师生把体育运动当作一种习惯,让身心健康成为一种追求,将全民健身作为一种风尚,积极投身到体育锻炼中去。随后,运动员代表邬亚琪、裁判员和工作人员代表王哲进行宣誓。副院长苗绪亮宣布学院2018年春季师生运动会正式开幕。",
             "开幕式结束后,各项比赛正式拉开帷幕,近千名运动员在45个竞赛项目中展开激烈角逐。竞赛场上,参赛运动员奋勇争先;观众席上,各班啦啦队积极为运动员呐喊助威,并为运动员提供后勤保障;场内外裁判员、工作人员坚守岗位、认真执法,保证比赛的正常进行。此外,与会领导与教师也积极参与比赛,在师生混合4*100m友谊赛中,参赛教师与同学们同台竞技,增进了教师与同学们的交流。",
             "本次运动会上,参赛选手们奋勇拼搏,打破了多项院运会记录。其中,2017级管理学类一班倪裕以15.33米的成绩打破高水平运动员男子铅球记录,2017级管理学类二班以50.55秒打破男子4×100米记录。"]),
 dict(url="http://m.choochoosugarland.com/html/327850522.html", lang="zh-hant", hijacked=True, shell=1,
      injections=["porn-keyword-line-above-page"],
      title="湖南省耒陽市群眾享受實在的健身惠民政策", date="2015-01-28", source=None, author=None,
      top_spam="91无码人妻精品一区|在线免费人成观看视频|亚洲国产不卡久久久久久|国产成人无码区在线观看|99pao在线视频成精品|亚洲av最新在线观看网址|亚洲理论在线a中文字幕无码|国产3d爆乳美女网站一区二区",
      spam=["91无码人妻精品一区", "在线免费人成观看视频", "国产成人无码区在线观看", "99pao在线视频成精品", "国产3d爆乳美女网站一区二区"],
      meta="2015/1/28 17:05:22點擊:",
      paras=["日前,耒陽市體育局在湖南省耒陽市體育館東大門旁的停車場內為行政村發放了農民體育健身工程的體育健身器材,含籃球架、乒乓球臺等體育健身器材。",
             "據耒陽市體育局副局長段恒介紹,按照每個行政村一副籃球架、兩張乒乓球臺的標準,共為96個行政村配發了器材,這批器材由體彩公益金資助采購,將讓當地群眾享受到體育健身的樂趣,促進全民健身活動深入開展。",
             "此前耒陽市已經有255個行政村實施了農民體育健身工程,受到了當地群眾尤其是小朋友們的喜愛,可以打籃球、乒乓球,既娛樂玩耍,又可以強身健體。"]),
 dict(url="http://www.furyu-awa.com/ambcylwz/article_34.html", lang="zh", hijacked=True, shell=2,
      injections=["spam-brand-as-byline-source-and-editor"],
      title=None, shown_title="澳门故事_新闻中心_新浪网", date="2018-07-27", source=None, author=None,
      spam=["澳门线上娱乐手机版"],
      meta="发表日期:2018-07-27 16:02 文章编辑:澳门线上娱乐手机版 文章来源:澳门线上娱乐手机版 浏览次数:",
      paras=["从2001年澳门特区政府立法放开赌牌,到今年正好十年时间。赌牌开放十年之际,澳门发生了两件事情。",
             "一是何鸿燊家族的争产事件闹得风起云涌,赌王老矣,王霸之气不再;二是澳门政府宣布前一年赌业收入同比增长58%,达1883亿澳门币,是同年拉斯维加斯赌业收入的四倍,和十年之前相比增长了十倍有余。",
             "将这两件事情对比起来看,不难发现,澳门变换的是龙头大哥,不变的是业在澳门经济的核心地位。",
             "十年间,“赌城”非但没有式微,并且创造了十倍增长的奇迹,这是中央政府对“一国两制”许诺最好的诠释,也是完成了对澳门赌业“以竞争带发展”的改造。",
             "十年来,无数商人、政客、大佬、游客、平民、马仔,在这块神秘、自由、沉沦、疯狂的土地上狠狠碰撞、荡涤、轮转着,在这块狭小的土地上塑造出一番契阔的繁荣。"]),
 dict(url="http://newtaipeicitytrip.com.tw/2017/11/29/天下現金網-澳門中壆生在高薪刺激下棄壆轉投博彩/", lang="zh-hant", hijacked=True, shell=0,
      injections=["spam-brand-prefix-in-headline", "spam-word-spliced-into-body"],
      title="澳門中壆生在高薪刺激下棄壆轉投博彩業(圖)", shown_title="天下現金網 澳門中壆生在高薪刺激下棄壆轉投博彩業(圖)",
      date=None, source=None, author="華璐",
      spam=["天下現金網", "博奕網"],
      meta="南都周刊見習記者 華璐",
      paras=["2月1日,趕在農歷新年之前,澳門又一傢賭場――十六浦娛樂場開幕。這使澳門的開業賭場數量從28個刷新為29個。而僅在2個月之前,號稱亞洲獨一無二頂級奢華的美高梅金殿娛樂場剛剛把這個數字改寫為28。",
             "不斷刷新的數字揹後,是澳門正在進入白熱化競爭狀態的博彩業,和不斷膨脹的博彩從業人才市場。在高薪刺激下,澳門的警員、空姐、銀行職員、中小壆教師紛紛辭工,轉入賭場工作,甚至連不滿18歲的中壆生,也不惜棄壆從賭,加入博彩業大軍,令澳門社會不堪其憂。",
             "在銀河賭場噹發牌員的少女荷官楊唸慈就是其中一個。",
             "早上7點,澳門議事廳前地。這裏有瑟瑟的風,在石板地上尋食的小鳥,晨練的老人,嘴巴裏嚼著豬排包的上班族,{S}和昨夜遺留下來的爛醉賭徒。"],
      body_spam={"{S}": "博奕網,"}),
 dict(url="https://www.g888623.cn/shows1275.html", lang="zh-hant", hijacked=True, shell=1,
      injections=["keyword-stuffed-porn-title"],
      title="臺州市2008群文信息工作會議在蛇蟠島召開", shown_title="91av成人,91av成人在线|91av传媒_91av大全完整观看",
      date="2008-05-19", source=None, author=None, spam=["91av成人在线", "91av传媒", "91av大全完整观看"],
      h1_spam=True, meta="上傳時間:2008-05-19  瀏覽量:1925",
      paras=["5月15日至16日,“臺州市2008群文信息工作會議”在三門蛇蟠島召開。15日下午,三門宣傳部副部長李本慶、縣文廣新局副局長李麗君對與會代表的到來表示熱烈的歡迎,并向他們介紹了我縣近期的發展概況。",
             "三門館和黃巖館在會上作典型發言,三門文化館副館長李善慶和黃巖文化館老館長、市群文學會常務副會長王懷佐分別介紹了各自的群文信息工作經驗。",
             "16日上午,與會者參觀了三門石窗藝術館及新落成的三門文化藝術中心。(文:吳強/攝影:建軍)"]),
 dict(url="https://m.sidb71.com/article_379617.docx", lang="zh", hijacked=True, shell=2,
      injections=["porn-teaser-line-above-page", "brand-line-above-nav", "outlet-name-replaced-by-spun-phrase"],
      title="壹快评|“李鬼”网站恒久放纵 ,百度搜索何以成了骗子的“帮手”?",
      top_spam="2016日本AA日本三级网站,甜美诱惑让你心动不已,快来感受那份独特魅力", brand_line="k1体育麻将胡了",
      date="2026-02-07", source=None, author="伊宁东",
      spam=["2016日本AA日本三级网站", "k1体育麻将胡了", "猫眼影戏", "Q8X2R7L1T4J5M9B6W3"],
      meta="2026-02-07 08:05:16 泉源: 猫眼影戏 作者: 伊宁东",
      lead="猫眼影戏记者 朱望瑜 报道Q8X2R7L1T4J5M9B6W3",
      paras=["据《新闻坊》报道 ,克日 ,家住上海普陀的徐老伯使用百度搜索“百联卡余额盘问” ,误入标注着“官网”的冒充网站 。输入卡号密码后 ,两张预付卡内的1000多元余额被盗刷一空 。记者亲自试验 ,在向所谓官网提交信息后 ,卡内资金也很快被盗走 。进一程序查发明 ,此类圈套在去年3月就已泛起 ,盗刷事务并非个例 。支付机构虽已知情并向有关部分反应 ,但问题至今未解 。",
             "骗子网站是怎样被用户搜到 ,并泛起在显著位置的 ,现在还没看到百度方面的诠释 。但有个网络手艺知识许多人知道:一些搜索引擎会接纳“竞价排名”的方法 ,决议部分搜索效果的展示位置 。这给了不法分子以时机——通过支付更高的广告费 ,使自己的诈骗网站在相关搜索中排名靠前 ,甚至凌驾真正的官方网站 。这种商业模式自己并不违法 ,但平台若是为了商业利益而松开对广告内容的审核 ,就会爆发问题 。"]),
 dict(url="https://us.usy7.cc/usy1030NumqDDT.jsp", lang="zh", hijacked=True, shell=1,
      injections=["porn-phrase-spliced-into-lead", "spun-filler-sentence-in-lead"],
      title="2024年全国举办“村字号”文体活动超220万场", date="2025-10-30", source="央视网", author=None,
      spam=["麻豆传煤网站入口二区", "国务院总理李克强主持召开座谈会"],
      meta="2025-10-30 15:25:25 来源: 央视网 人工智能朗读:",
      lead="央视网消息(新闻联播):麻豆传煤网站入口二区   新华社北京2月7日电2月6日,国务院总理李克强主持召开座谈会,听取各界人士、基层代表对《政府工作报告(征求意见稿)》的意见建议。。",
      paras=["新华社权威快报|2024年全国举办“村字号”文体活动超220万场",
             "由农业农村部农村社会事业促进司会同十余家研究机构,形成的首份《全国“村字号”文体活动情况报告》,10月29日在陕西省延安市举办的中国文明乡风大会上发布。",
             "报告显示,全国“村字号”类型多达24种。2024年,全国农村累计举办各类文体活动超过220万场,农民文体活动参与率超七成。",
             "记者:杨湛菲、王思北、王泽昊"]),
 dict(url="http://www.0050.net.cn/area/sx/202008/t20200821_6775173.shtml", lang="zh-hant", hijacked=True, shell=2,
      injections=["porn-keyword-line-above-page"],
      title="我國將迎來第三個中國農民豐收節 主場活動設在山西運城", date="2020-08-21", source="人民日報", author="郁靜嫻",
      top_spam="亚洲国产日韩在线一区-亚洲国产日韩欧美一区二区三区-亚洲国产片在线观看-亚洲国产片-国产手机在线小视频免费观看",
      spam=["亚洲国产日韩在线一区", "亚洲国产日韩欧美一区二区三区", "亚洲国产片在线观看", "国产手机在线小视频免费观看"],
      meta="2020-08-21 14:33:00  來源:人民日報  作者:郁靜嫻",
      paras=["記者從農業農村部20日舉辦的新聞發布會上獲悉:今年9月22日農歷秋分,我國將迎來第三個中國農民豐收節,主題是“慶豐收、迎小康”,主場活動設在山西省運城市。",
             "會上介紹,運城地處黃河流域,農耕文明底蘊深厚。從今年開始,我國計劃將每年農民豐收節的主場活動安排在不同地方,既展示中華優秀農耕文明的博大精深,也有助于為更廣大農民群眾搭建創業創新的平臺和風采展示的舞臺。",
             "今年農民豐收節將在國家層面組織一系列節慶活動,如黃河流域9省區聯動“慶豐收、迎小康”系列重點活動、2020年度“全國十佳農民”揭曉活動、金秋消費季等。其中,金秋消費季活動擬于9月在北京市房山區國家現代農業產業園啟動,隨后將在山西、上海、湖北等地組織系列活動,并持續到11月下旬,充分發揮農民豐收節的節慶效應。"]),
 dict(url="http://m.odtusol.cn/guonei/20230211/1173760.html", lang="zh-hant", hijacked=True, shell=0,
      injections=["porn-keyword-line-above-page"],
      title="天天速訊:“村界杯”走紅的啟示", date="2023-02-11", source="經濟日報", author=None,
      top_spam="一区二区三区成人_色婷婷av一区二区三区软件_国产精品福利av_亚洲五码中文字幕_色伊人久久综合中文字幕_欧美妇女性影城_亚洲一二三区在线观看_91在线视频网址_国产九色精品成人porny_国产一区二区电影_亚洲夂夂婷婷色拍ww47_日韩和欧美一区二区_国产欧美va欧美不卡在线_欧美电影免费观看完整版_日本不卡一区二区_韩国欧美一区二区",
      spam=["色婷婷av一区二区三区软件", "国产精品福利av", "亚洲五码中文字幕", "国产九色精品成人porny", "欧美电影免费观看完整版"],
      meta="經濟日報 2023-02-11 14:34:55",
      paras=["春節期間,江蘇徐州沛縣八堡村的足球比賽走紅網絡。從正月初一到初七,當地足球愛好者和村民組成的球隊,每天踢一場“賀歲”球賽。比賽由村民自發組織,參與者不分年齡和球技。就是這樣略顯簡陋的足球比賽,不僅每天都有十里八鄉的村民前來觀賽,還吸引了附近省份的球隊前來參賽。由于眾多的觀賽人員與火熱的賽場氛圍,網友們戲稱八堡村的足球比賽為“村界杯”。",
             "從“村界杯”中,人們仿佛重新找到了對足球最純粹的那份熱愛。這樣的比賽無關名次、獎勵,只有沉浸運動本身的熱烈與激情。近年來,像“村界杯”這樣自發組織的鄉村體育賽事越來越多,即便在激烈程度與觀賞性上不如職業比賽,卻在人們心中播撒下了熱愛體育運動、參與體育鍛煉的種子。特別是隨著物質生活不斷改善,農村地區文體需求日益高漲,滿足農村地區居民的精神文化需求,是鄉村振興的應有之義。群眾廣泛參與體育運動,不僅有助于提高相關運動普及率、為競技體育儲備人才,更是滿足人民群眾對美好生活的向往、促進人全面發展的重要途徑和手段。"]),
 dict(url="http://kushuju.com/play/107217.html", lang="zh", hijacked=True, shell=1,
      injections=["gambling-recruit-phrase-spliced-mid-sentence"],
      title=None, date=None, source=None, author=None, spam=["菲律宾打工微信群"], meta="",
      paras=["6月15日上昼,罗湖区东晓街说念召开2021年第三季度防患重特大安全事故暨“七一”前后安全防患使命及重心边界安全风险防患和隐患排查整治使命会议。会议由街说念党工委布告肖嘉睿主合手,街说念副处级以上干部、市监东晓所、东晓派出所、布心消防解救站、罗湖交警大队东湖中队、各社区、各股份公司关系东说念主员进入了会议。",
             "会议率先由街说念服务处主任胡维衡通报6月13日湖北十堰燃气爆炸事故情况,传达了中央相关批示带领精神。街说念安委办通告了辖区2021年第二季度安全坐褥使命情况,并就面前安全时局及出奇风险进行研判,对救急值班、工贸企业安全、三小形式安全、燃气安全、非无邪车安全、小短工程、建筑工地安全、交通安全、食物安全十个方面部署了第三季度重心使命{S}东晓派出所、布心消防解救站、罗湖交警大队东湖中队、市监东晓所分袂就2021年第二季度消防安全、说念路交通安全及食(药)品、特种成立安全使命及关系问题进行了通告并就第三季度使命斟酌进行了通报。",
             "下一步,东晓街说念将按会议部署本色,举一反三,压实拖累,全面排查各类安全隐患,防患要紧突发事件发生,切实保险东说念主民宇宙人命和财产安全,选藏辖区沉稳。"],
      body_spam={"{S}": "菲律宾打工微信群,"}),
 dict(url="http://www.hztqag.com/news/node/2026-03/03/content_-32429.htm", lang="zh-hant", hijacked=True, shell=2,
      injections=["porn-keyword-line-above-page"],
      title="高區召開2026年教育工作會議", date="2026-03-03", source=None, author=None,
      top_spam="国产欧美日韩综合精品一区二区_国产精品18久久久久久VR_99久久精品国产综合_国产suv精品一区二区6",
      spam=["国产欧美日韩综合精品一区二区", "国产精品18久久久久久VR", "99久久精品国产综合", "国产suv精品一区二区6"],
      meta="2026-03-03 編輯: 威海新聞網·Hi威海城市客戶端",
      paras=["3月2日,高區召開2026年教育工作會議。會議深入學習貫徹黨的二十大和二十屆歷次全會精神,全面貫徹習近平總書記關于教育的重要論述,認真落實全國、全省、全市教育工作會議部署,回顧2025年工作成效,分析當前形勢任務,系統部署2026年重點工作,動員全區教育工作者乘勢而上、加壓奮進、實干爭先,全力以赴推動全區教育工作在新征程上再上新臺階、實現新跨越。",
             "會議指出,2025年是高區教育發展史上極不平凡、極具成效的一年。系統實施“清涼工程”“數字化升級工程”,辦學條件實現歷史性改善。學前教育擴容提質步伐加快,義務教育優質均衡發展持續深化,立德樹人根本任務有效落實,貫通培養成果豐碩,學生體質健康優良率位居全市前列,教學教研工作亮點紛呈,全面夯實教育高質量發展根基。",
             "會議要求,全區教育工作者要把狀態調到最佳、把標準提到最嚴、把措施落到最實,堅決筑牢師德師風和規范辦學兩條底線。"]),
 dict(url="https://llqcyx.com/sports/lygtyj/xxgkml/xxgkml.html", lang="zh", hijacked=True, shell=0,
      injections=["brand-substituted-for-key-term"],
      title=None, date=None, source=None, author=None, spam=["传奇娱乐手机版"], meta="",
      paras=["为了更好地向社会提供政府信息公开服务,本机关编制了《连云港市体育局信息公开指南》(以下简称《指南》),需要获得本机关{S}服务的公民、法人和其他组织,建议阅读《指南》。本机关{S}工作如发生变化,《指南》将及时作出更新、说明。公民、法人和其他组织可以在连云港市体育局门户网站上查阅《指南》。",
             "一、主动公开政府信息",
             "(一)公开内容",
             "本机关主动公开的信息有机构职能、领导分工、办公室文件、群众体育、竞技体育、青少体育、体育经济、体育总会,每条信息都有信息索取号、信息名称、内容概述、生成日期等表述。具体见本机关{S}目录。",
             "(二)公开形式",
             "1.通过连云港市体育局门户网站政务公开专栏进行公开;",
             "2.通过新闻发布会、官方微信公众号、报纸、广播、电视等渠道主动公开政府信息。",
             "(三)公开时限",
             "属于主动公开范围的政府信息,应当自该政府信息形成或者变更之日起20个工作日内及时公开。法律、法规对{S}的期限另有规定的,从其规定。"],
      body_spam={"{S}": "传奇娱乐手机版 "}),
 dict(url="http://mfso.cn/html/qihuo/4230.html", lang="zh", hijacked=True, shell=1,
      injections=["seo-keyword-spliced-inside-a-word"],
      title="国家体育总局体育大学", date="2020-07-28", source=None, author="habao", spam=["周公解梦梦见洗头发"],
      meta="※发布时间:2020-7-28 19:00:04   ※发布作者:habao   ※出自何处:",
      paras=["日,由体育大学主办、中国体育战略研究院承办的全育院校专家学者研讨会顺利召开。来自、、、西班牙、葡萄牙、克罗{S}地亚、俄罗斯、日本和中国的所高校的知名专家学者相聚“云端”,共同探讨全球疫情蔓延育的功能与作用,展望世界体育发展新态势,深化高等院校抗疫合作。",
             "体育大学党委、校长曹卫东在致辞中表达了对与会专家的感谢与问候。他指出,体育大学在这个特殊时期举办这场特殊研讨会具有特殊的重要意义。新冠疫情仍在全球,对全世界、对每个国家都造成了深刻影响,每个人对此都有切身体会。在此背景下,我们体育人面临着一个共同的任务与:为战胜这场突如其来的重大自然灾害,应如何发挥作用,做出体育人应有的贡献。曹卫东表示,举办这场研讨会的目的,即是要拿出体育人的解决方案助力全球抗疫,为世界早日走出新冠疫情的阴霾贡献体育人的智慧。"],
      body_spam={"{S}": "周公解梦梦见洗头发"}),
 # ---- legit
 dict(url="https://jingzhouxw.com/content/646740/53/12774680.html", lang="zh", hijacked=False, legit=True, shell=0,
      title=None, date=None, source="靖州融媒体中心", author="胡映辉", spam=[],
      meta="来源:靖州融媒体中心 作者:胡映辉 编辑:李乐君",
      paras=["靖州融媒6月17日讯(记者 胡映辉)6月16日,靖州县棋牌娱乐场所专项整治工作会议召开。县领导罗欣、谢科及各乡镇、县直有关单位负责人参加会议。",
             "会议指出,棋牌娱乐场所专项整治行动事关社会稳定和人民生命财产安全,要提高站位、统一思想,集中时间、集中精力、集中力量对棋牌娱乐场所存在的突出问题进行专项整治,全面规范全县棋牌娱乐场所经营管理秩序。",
             "会议强调,要明确目标、突出重点,全面摸排县域内棋牌娱乐场所经营情况,依法警告、处罚和关停、取缔一批涉赌以及严重影响群众生产生活的棋牌娱乐场所,切实把专项整治行动各项任务落到实处;要充分发挥宣传先行作用,引导经营者自行整改经营场所、自觉规范经营行为,形成“上下一心、齐抓共管”的工作格局。"]),
 dict(url="http://hm.people.com.cn/n1/2016/0204/c42272-28111388.html", lang="zh", hijacked=False, legit=True, shell=1,
      title="澳门警方首破豪宅赌场 检获逾300万筹码逮捕15人", date="2016-02-04", source="中国新闻网", author=None, spam=[],
      meta="2016年02月04日13:33 | 来源:中国新闻网",
      paras=["据《澳门日报》报道,澳门首次发现豪宅经营非法赌档,赌注颇大。治安警透过线报,2日晚采取行动,在某单位内发现15名男女,当中的负责人和派牌员为本地居民,现场有一赌台,多人围赌德州扑克,台上有27万元(澳门元,下同)筹码,周边多人操作电脑博彩软件,不排除涉网上赌博。有关电脑设施交司警协助调查,案件移送检察院处理。警方3日将赌台、16部电脑和300多万元筹码捡走。",
             "警员在怀疑经营非法赌档内查获15名人士,当中14男1女,年龄介乎20至35岁。负责人为一名26岁蔡姓男子,报称侍应;25岁姚姓男子负责派牌,报称车行技工。",
             "治安警察局近日接到线报,怀疑有人在黑沙环中街某豪宅单位内经营非法赌档。3日晚10时40分,多名警员掩至现场拍门,单位内有人应门,警员入内表露身份,发现单位内有一张赌台、16部电脑和15名人士,当时有8人玩德州扑克,5人操作电脑网上赌博软件。"]),
 dict(url="http://mna.net.cn/aomen/focus/2019-01-25/165670.html", lang="zh", hijacked=False, legit=True, shell=2,
      title=None, date="2019-01-25", source=None, author=None, spam=[], meta="2019-01-25",
      paras=["澳门月刊新闻通讯社1月23日电 据香港《文汇报》报道,香港警方早前收到情报,指有不法分子利用东大街东威大厦经营赌档赚取可观收入。警方经过深入调查后,22日中午采取代号“夺帅”的行动,动用177名警员搜查大厦15个房屋单位,共捣破9个非法赌档,拘捕114人,检获61张麻将台、117副麻将,及3.3万元(港币,下同)赌款和筹码。",
             "东区警区行动主任陈杰峰总督察表示,早于3个月前已接获线报,指上述地址有不法集团经营赌档,每日收入高达10万元。",
             "警方经深入调查后,得知多个赌档由不同赌博集团经营,部分会以“雀友会”形式经营,部分要通过熟人介绍到场。"]),
 dict(url="https://hljgyw.com/news/582.html", lang="zh", hijacked=False, legit=True, shell=0,
      title="鸡西市:福彩进社区 公益“近距离”", date="2023-03-04", source="中国福彩网", author=None, spam=[],
      meta="来源:中国福彩网 作者: 发布时间:2023-03-04",
      paras=["福彩进社区,公益随手做。2月23日,黑龙江省“民政牵挂·伴在左右”之福彩进社区助力社区社会组织培育发展三方签约仪式在鸡西市举行,“福彩进社区”活动正式启动。",
             "为弘扬福利彩票“扶老、助残、救孤、济困”的发行宗旨,为社会公众参与“随手公益”提供便捷渠道,黑龙江省福彩中心在全省范围开展了“中国福利彩票进机关、进社区、进企业、进社会渠道”活动,并逐步启动、落实各项活动内容。",
             "在黑龙江省“民政牵挂·伴在左右”之福彩进社区助力社区社会组织培育发展三方签约仪式上,鸡西市鸡冠区政府、鸡西市福彩中心、鸡西市慈善总会的相关领导分别在协议书上签字,就通过福彩进社区活动、培育社区慈善新模式、助力社区社会组织发展,支持更多有意愿、有能力的社会组织和爱心人士参与公益慈善事业达成合作协议。"]),
 dict(url="https://tyj.jl.gov.cn/zwgk/djyd/202601/t20260127_9407485.html", lang="zh", hijacked=False, legit=True, shell=1,
      title="体彩中心开展双百共建 点亮“微心愿”活动", date="2026-01-27", source=None, author=None, spam=[],
      meta="发布时间:2026-01-27 10:20:00 来源:",
      paras=["近日,吉林省体育彩票管理中心党支部联合驻地社区南关区南岭街道华阳社区党委以“双百共建”为契机,正式启动“点亮‘微心愿’”公益活动。本次活动旨在通过精准对接社区需求,凝聚社会爱心力量,为困难群体送去温暖与希望,让每一个微小的心愿都能绽放光芒。",
             "“双百共建”是体彩中心深化社会责任的重要举措,通过与驻地社区建立长期合作机制,形成“资源共享、优势互补、协同发展”的公益服务网络。此次“点亮‘微心愿’”活动作为共建项目的重点内容,聚焦社区内的困境儿童、孤寡老人、残障人士等特殊群体,通过收集他们的“微心愿”(如学习用品、生活用品、医疗辅助工具等),发动体彩中心党支部党员干部共同认领,实现“小小心愿,大大温暖”的公益目标。",
             "作为国家公益彩票,体育彩票始终秉持“来之于民,用之于民”的发行宗旨,累计筹集公益金超6000亿元,广泛用于教育、医疗、养老、体育等社会公益事业。"]),
 dict(url="https://igamingnext.com/news/tag/sands-china/", lang="en", hijacked=False, legit=True, shell=2,
      title=None, date=None, source=None, author=None, spam=[], meta="",
      paras=["The six licensed casino operators in Macau have revealed the terms of their new, 10-year gaming concessions granted by the special administrative region’s (SAR) government.",
             "Under the agreements SJM Holdings, Galaxy Entertainment, Melco Resorts, MGM China, Sands China and Wynn Macau will each pay an annual fixed premium of MOP30m (€3.5m) and a variable premium related to the number of gaming tables and machines operated.",
             "The variable premium will consist of MOP300,000 per VIP gaming table, MOP150,000 per mass gaming table and MOP1,000 per gaming machine on each operator’s premises.",
             "The total variable premium for each operator may not fall under the amount required to operate at least 500 gaming tables and 1,000 electronic gaming machines."]),
 dict(url="https://merdeka.com/peristiwa/gerebek-3-rumah-mewah-polisi-ringkus-11-pelaku-pengelolaan-judi-online-120358-mvk.html", lang="id", hijacked=False, legit=True, shell=0,
      title="Gerebek 3 Rumah Mewah, Polisi Ringkus 11 Pelaku Pengelolaan Judi Online", date=None, source=None, author=None, spam=[], meta="",
      paras=["Belasan pelaku diduga pengelola situs judi online langsung panik tidak berkutik, setelah markas mereka digerebek oleh Subdit Resmob Ditreskrimum Polda Metro Jaya di kawasan Teluk Naga, Tangerang, Jumat (29/4).",
             "Dari dokumentasi penyidik, nampak sejumlah orang yang langsung diperiksa penyidik. Setelah petugas memasuki rumah tersebut, sampai menggeledah segala sisi ruangan.",
             "\"Ada 11 orang yang diamankan,\" ungkap Kasubdit Resmob Ditreskrimum Polda Metro Jaya AKBP Titus Yudho Uly saat dikonfirmasi, Senin (29/4).",
             "Titus menjelaskan dari 11 orang yang diamankan, tersebar di tiga rumah mewah. Di sana nampak, sejumlah unit komputer yang dijadikan alat dari para pengelola untuk menjalankan judi online."]),
 dict(url="https://voi.id/berita/306279/hingga-agustus-2023-polri-tangkap-866-tersangka-judi-online", lang="id", hijacked=False, legit=True, shell=1,
      title=None, date=None, source=None, author=None, spam=[], meta="",
      paras=["JAKARTA - Polri menyatakan telah menangkap 866 tersangka judi online selama 2022 hingga Agustus 2023. Penangkapan dilakukan di tingkat Bareskrim dan polda jajaran.",
             "\"Kalau pengungkapan jumlah tersangkanya, untuk tahun 2022, kita amankan tersangka judi online 760 orang dengan peran masing-masing,\" ujar Direktur Tindak Pidana Siber Bareskrim Polri Brigjen Adi Vivid dikutip Kamis, 31 Agustus.",
             "Pemberantasan judi online akan terus dilakukan secara masif. Meski, beberapa kendala tentu ditemui saat proses pengusutannya."]),
 dict(url="https://fongnews.net/local/45192/", lang="zh-hant", hijacked=False, legit=True, shell=2,
      title="台中電子遊戲場10年減少34.4% 盧秀燕上任後創新低", date=None, source=None, author=None, spam=[], meta="",
      paras=["台中市政府積極改善治安,為確保電子遊戲場消費環境符合法規,台中市長盧秀燕上任以來,不斷要求市府團隊嚴格執行電子遊戲場管理政策,落實「降低新設家數」、「查獲賭博即命令停業」雙軌管理,自縣市合併後,電子遊戲場業家數已由282家降低至185家,降幅高達34.4%。",
             "中市府表示,盧市長上任以來,均以淨化消費環境為首要任務之一,且為遏止不法電子遊戲場業者利用電玩機台暗中從事賭博行為,嚴重影響社會善良風俗,並衍生許多社會治安問題,市府針對電子遊戲場業審查均採嚴格標準,由都發局、消防局共同會勘符合規定後,才核發電子遊戲場業營業級別證,統計108至110年期間,每年僅核發2家,累計核發6家,為合併後歷任市長最低。",
             "中市府重申,有關報載梧棲兩家電子遊戲場,均於民國91年設立在案,市府聯合稽查小組將持續稽查,維護消費安全。"]),
 dict(url="https://www.kmdn.gov.tw/1117/1271/1272/284960", lang="zh-hant", hijacked=False, legit=True, shell=0,
      title="博弈公投說明會 首場今假金城公所登場", date=None, source=None, author=None, spam=[], meta="",
      paras=["金門縣博弈公投將於10月28日登場,縣府排定5場說明會,首場今(16)日上午10時至11時30分將在金城鎮公所7樓展演廳進行,縣府除呼籲鄉親善用這個平台前往瞭解博弈公投相關資訊,也鼓勵鄉親屆時要踴躍投票,用自己神聖的一票,決定公投的未來。",
             "做為金門縣公民投票第1案的博弈公投主文是「為振興金門經濟,開創金門的前途,您是否贊成設立國際渡假區並於其中開放5%觀光博弈?」縣府參考澎湖縣政府2016年辦理博弈公投說明會模式,正、反方各推派至多3人為代表,雙方都有10分鐘發言時間,由縣府人員現場計時,雙方交替上台輪流發表意見。"]),
 dict(url="http://the-sun.on.cc/cnt/china_world/20141027/00429_023.html", lang="zh-hant", hijacked=False, legit=True, shell=1,
      title=None, date="2014-10-27", source=None, author=None, spam=[], meta="2014-10-27",
      paras=["【本報訊】廣東省梅州市梅縣區憲梓中學上周四有學生以手機掃描教材的二維碼後,彈出澳門某賭場的廣告網站,事件引來梅縣區教育主管部門及教材出版商重視。",
             "經查,該二維碼被黑客入侵並連結到賭場網站。廣州警方其後關閉該非法網站。",
             "涉事教材為由廣州經濟出版社出版的中小學教材《學考精練》,封面右下角印有標明為「掃一掃獲教學資源」的二維碼。憲梓中學一名學生以手機掃描該二維碼,彈出賭場廣告網站;該校亦有其他學生掃出相同網站。",
             "經教育部調查,該校的教材是原裝正版,來源合法。廣州經濟出版社亦發現,用於下載教材補充資料的網站被黑客連結到澳門賭場網站,遂向警方舉報,終成功關閉網站。"]),
 dict(url="http://www.zgmh.net/Article_show.aspx?chid=4&id=19254", lang="zh", hijacked=False, legit=True, shell=2,
      title="财政部关于2022年彩票市场休市安排的公告", date="2021-12-17", source="财政部网站", author=None, spam=[],
      meta="作者:admin    发布日期:2021/12/17 10:30:49    来源:财政部网站",
      paras=["根据《彩票管理条例》及其实施细则、《国务院办公厅关于2022年部分节假日安排的通知》(国办发明电〔2021〕11号)等有关规定,现将2022年彩票市场休市安排公告如下:",
             "一、休市时间。春节10天,休市时间为2022年1月29日0:00至2月7日24:00。国庆节4天,休市时间为2022年10月1日0:00至10月4日24:00。",
             "二、休市期间,除即开型彩票外,停止全国其他类型彩票游戏的销售、开奖和兑奖。具体彩票游戏的开奖、兑奖等时间调整安排,由彩票发行机构、彩票销售机构提前向社会公告。",
             "三、休市期间,即开型彩票的销售活动由彩票销售机构根据彩票发行机构的要求和本地实际情况自行决定。要充分尊重彩票代销者的意愿,不得强行要求销售。彩票销售机构要制定全面细致的销售工作方案,切实加强安全管理。"]),
]

SHELLS = [("bluegrid", "utf-8"), ("oldtable", "gb18030"), ("cardflow", "utf-8")]


def e(s):
    return H.escape(s, quote=False)


def render(c):
    name, enc = SHELLS[c["shell"]]
    shown_title = c.get("shown_title") or c.get("title") or ""
    head_title = shown_title if c.get("shown_title") else (c.get("title") or "新闻中心")
    h1 = c.get("shown_title") if c.get("shown_title") and not c.get("h1_spam") else (c.get("title") or shown_title)
    paras = []
    for p in c["paras"]:
        for k, v in (c.get("body_spam") or {}).items():
            p = p.replace(k, v)
        paras.append("<p>%s</p>" % e(p))
    if c.get("lead"):
        paras.insert(0, "<p class=\"lead\">%s</p>" % e(c["lead"]))
    top = '<div class="kw-line">%s</div>\n' % e(c["top_spam"]) if c.get("top_spam") else ""
    welcome = '<div class="welcome">%s</div>\n' % e(c["header_spam"]) if c.get("header_spam") else '<div class="welcome">欢迎访问本站</div>\n'
    brand = '<div class="brandbar">%s</div>\n' % e(c["brand_line"]) if c.get("brand_line") else ""
    meta = '<div class="info">%s</div>\n' % e(c["meta"]) if c.get("meta") else ""
    art = '<h1>%s</h1>\n%s<div class="content">\n%s\n</div>\n' % (e(h1), meta, "\n".join(paras))
    lang = {"zh": "zh-CN", "zh-hant": "zh-Hant", "en": "en", "id": "id"}[c["lang"]]
    if name == "bluegrid":
        body = (top + '<div class="hd">' + welcome + '<div class="nav"><a href="/">首页</a><a href="/news/">新闻中心</a><a href="/about/">关于我们</a></div></div>\n'
                + brand + '<div class="bd"><div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 正文</div>\n' + art
                + '<div class="pn">上一篇：无　下一篇：无</div></div>\n<div class="ft">版权所有 Copyright 2010-2026</div>\n')
    elif name == "oldtable":
        body = (top + '<table width="960" align="center" cellpadding="0" cellspacing="0"><tr><td class="top">' + welcome + '</td></tr>\n'
                + '<tr><td class="menu"><a href="/">网站首页</a> | <a href="/list/">资讯中心</a></td></tr>\n' + ('<tr><td>%s</td></tr>\n' % brand if brand else "")
                + '<tr><td class="main">\n' + art + '</td></tr>\n<tr><td class="foot">地址：略　电话：略</td></tr></table>\n')
    else:
        body = (top + '<header class="site">' + welcome + brand + '<nav><a href="/">Home</a> · <a href="/news/">News</a></nav></header>\n'
                + '<main><article class="card">\n' + art + '</article>\n<aside class="related"><h3>Related</h3><ul><li><a href="/news/1.html">…</a></li></ul></aside></main>\n'
                + '<footer>© all rights reserved</footer>\n')
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="%s">\n<title>%s</title>\n<link rel="stylesheet" href="/css/%s.css">\n</head>\n<body>\n%s</body>\n</html>\n'
            % (lang, enc, e(head_title), name, body)), enc


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        pid = "rc25-%03d" % i
        page, enc = render(c)
        with open(os.path.join(HERE, "html", pid + ".html"), "wb") as f:
            f.write(page.encode(enc))
        text = "\n".join(p.replace("{S}", "") for p in c["paras"])
        site = c["url"].split("/")[2]
        rows.append(dict(id=pid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"), author=c.get("author"),
                         text=text, hijacked=c["hijacked"], injections=c.get("injections", []), spam_strings=c["spam"],
                         legit=bool(c.get("legit")), lang=c["lang"], origin="search:pages", kind="rebuilt-from-text", site=site,
                         capture="text", encoding=enc))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
