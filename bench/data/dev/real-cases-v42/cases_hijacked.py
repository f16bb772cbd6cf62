# -*- coding: utf-8 -*-
"""Hijacked real cases for v42 (capture: text). Paragraphs are verbatim from the stored capture
(search corpus `pages`); `shown` holds paragraphs as the page shows them where they differ from the
truth text; `top`/`ptitle`/`crumb`/`related` hold the injected strings where the capture placed them."""

H = []

# ---- gambling names of no brand shape standing in the copy's own places ----
H.append(dict(
    url="http://d3zzc.com/8847642/7954578",
    title=None, date=None, source=None, author=None,
    ptitle="【3分快3】国羽的东京世锦赛之旅,值得记住的不仅仅是冠军的笑容",
    h1="【3分快3】国羽的东京世锦赛之旅,值得记住的不仅仅是冠军的笑容",
    paras=[
        "在北京误撞文晓燕的微信后,她对记者说:你好我叫文晓燕!”在东京新国立竞技场再次见面,她刚刚从跑道上下来,并且刷新了一项世界纪录。",
        "这位出生于1997年的短头发女孩,拿到东京残奥会女子200米T37级短跑金牌后,在走出田径场的路上,一直在笑。",
        "在东京残奥会要参加三个比赛项目的文晓燕,实现了开门红。跑完了很累,但看到成绩,我又兴奋起来了。充满笑容的她,自信而感动。这是我跑出去的最好成绩,我平时培训得很扎实,也很自律,应该说这样的发挥在意料之中。”文晓燕说,她很开心能取得这样的成绩,但是一点都不感到意外。文晓燕出生于湖南省益阳市桃江县的一个小村庄。2014年初被湖南省残疾人田径队招募,开始了竞技体育生涯。由于先天性左侧肢体功能障碍,练习体育对她来说并不是件容易的事,但她一直默默地努力着。",
        "2015年9月,文晓燕迎来了练体育以来最重大的一次比赛。在成都举办的第九届残运会上,她拿到了人生中的第一块金牌。之后,她在2016年进入了国家队。她知道自己可以进入国家队后,感到高兴和荣幸。文晓燕于2018年进入北京体育大学,现在是本科三年级学生。我们班这次残奥会来了40多人,大学老师对我们特别好,学业会根据我们的训练安排,我们可以兼顾两方面。我们班还叫冠军班呢。她说。这个冠军班名副其实。班级残奥会冠军、残疾人世界锦标赛冠军云集,王浩、董飞霞、米娜等名将排在其中。董飞霞在文晓燕比赛的几个小时前,刚刚在铁饼项目上拿到了金牌。我快两年没回家了,爸爸妈妈我想你们。我很努力,我的成绩你们满意吗?文晓燕比赛后笑着说这句话,眼睛里流着眼泪。",
    ],
    spam=["3分快3"], forms=["lottery-game-name-in-title", "mismatched-headline"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a Xinhua-style feature on a Paralympic sprinter (a Beijing Sport University student) on an unrelated host with numeric paths; the page headline is another story's headline (about the national badminton team) prefixed with a bracketed fast-lottery game name ([3-minute K3]), no brand shape. Hijacked. The body's own headline is not on the page, so title is null (the shown headline belongs to another story); the capture's space-separated runs are kept as paragraphs; the last captured sentence was cut and is left out. No date/来源.",
))

H.append(dict(
    url="http://jianyijiadianzi.com/info/1127/44334.htm",
    title="携手成龙 圆梦蓝天", date="2008-03-12", source=None, author=None,
    masthead="欢迎来到中国民用航空飞行学院官网",
    crumb=["足球彩票", "学校要闻", "正文"], column="学校要闻",
    byline="发布时间:2008-03-12",
    shown=[
        "本网讯 李忠粮摄影报道:在我校50周年华诞日益临近之际,联合国亲善大使、国际巨星成龙博士一行七人,于4月21日乘专机从深圳直飞我们这所“蓝天圣殿”,拉开“龙子心,飞院奖教助学基金”之旅的大幕。在为期两天的参观、访问期间,成龙一行所到之处,“龙旋风”异常强劲。",
        "成龙:我是为设立基金而来",
        "四月的天府之国,已是繁花似锦。21日14时左右,成龙从深圳飞抵我校,拉开了“龙子心飞院行”的序幕。在学校广汉机场,校党委书记朱勇主持了简洁而热烈的欢迎仪式,校长郑孝雍发表了热情洋溢的欢迎词,并代表全校上万名师生员工向成龙赠送了一尊名为“鹰击长空”的乌木根雕。",
        "而身着白色休闲装的成龙,在致答谢词时却满怀歉意地说,两年前,我就与郑孝雍校长商定要在中国民航飞行学院设立奖教助学基金,帮助足球彩票的人圆梦蓝天,促进中国民航事业的发展。可是由于事务繁忙,这个心愿一放就是两年。此行,我们是专为设立基金而来。说罢,在雷鸣般的掌声中,成龙振臂高喊:飞院的同学,我爱你们!并面向所有在场的师生员工鞠躬致谢。",
        "成龙:我为自己是飞院人而自豪",
        "欢迎仪式结束后,成龙一行在校党委书记朱勇、校长郑孝雍、校党委副书记陈大伙的陪同下,参观了空管学院、飞行技术学院、“GE”中心、空乘学院和模拟机培训中心。随后,又马不停蹄的赶到学校东区体育馆和师生见面,并与学生互动。",
    ],
    paras=[
        "本网讯 李忠粮摄影报道:在我校50周年华诞日益临近之际,联合国亲善大使、国际巨星成龙博士一行七人,于4月21日乘专机从深圳直飞我们这所“蓝天圣殿”,拉开“龙子心,飞院奖教助学基金”之旅的大幕。在为期两天的参观、访问期间,成龙一行所到之处,“龙旋风”异常强劲。",
        "成龙:我是为设立基金而来",
        "四月的天府之国,已是繁花似锦。21日14时左右,成龙从深圳飞抵我校,拉开了“龙子心飞院行”的序幕。在学校广汉机场,校党委书记朱勇主持了简洁而热烈的欢迎仪式,校长郑孝雍发表了热情洋溢的欢迎词,并代表全校上万名师生员工向成龙赠送了一尊名为“鹰击长空”的乌木根雕。",
        "而身着白色休闲装的成龙,在致答谢词时却满怀歉意地说,两年前,我就与郑孝雍校长商定要在中国民航飞行学院设立奖教助学基金,帮助的人圆梦蓝天,促进中国民航事业的发展。可是由于事务繁忙,这个心愿一放就是两年。此行,我们是专为设立基金而来。说罢,在雷鸣般的掌声中,成龙振臂高喊:飞院的同学,我爱你们!并面向所有在场的师生员工鞠躬致谢。",
        "成龙:我为自己是飞院人而自豪",
        "欢迎仪式结束后,成龙一行在校党委书记朱勇、校长郑孝雍、校党委副书记陈大伙的陪同下,参观了空管学院、飞行技术学院、“GE”中心、空乘学院和模拟机培训中心。随后,又马不停蹄的赶到学校东区体育馆和师生见面,并与学生互动。",
    ],
    spam=["足球彩票"], forms=["lottery-name-in-breadcrumb", "lottery-name-replacing-school-name"], legit=False, lang="zh",
    shell="school", site_name="中国民用航空飞行学院", encoding="gbk",
    origin="pages corpus capture: a civil-aviation flight college's news item (a film star's visit to set up a scholarship fund; VSB-style /info/1127/ path kept) on an unrelated host; the generic lottery name 'football lottery' (no brand shape) stands where the school's name stood, in the breadcrumb's first crumb and once in the body. Hijacked; text is the report with the name removed where it stood. Title and 发布时间 are the page's own; the photographer-reporter is named in the lead, not as 作者 (author null). The last captured paragraph was cut and is left out. Rebuilt in GBK.",
))

H.append(dict(
    url="http://fxcompany340.lcmywfg.com/M_haitoy.html",
    title="外交部发言人:希望美方有关人士客观理性看待中国和中美关系", date=None, source=None, author=None,
    ptitle="彩神88-彩神88", reading="正在阅读:彩神88-彩神88",
    crumb=["首页", "文化频道", "要闻", "正文"], farm_h1="彩神88-彩神88",
    byline="来源:彩神882024-03-06 17:48", farm_sub="彩神88",
    paras=[
        "新华社北京1月11日电(记者 成欣)针对美国新一届国会众议院成立“中国特设委员会”一事,外交部发言人汪文斌11日表示,中方希望美方有关人士客观理性看待中国和中美关系。",
        "当日例行记者会上,有记者问:美国新一届国会众议院成立“中国特设委员会”,研究如何应对中国日益增长的经济和战略影响力。该委员会为跨党派机构,得到了国会议员的压倒性支持。请问外交部对此有何回应?",
        "“我们希望美方有关人士客观理性看待中国和中美关系,从美国自身利益和中美共同利益出发,同中方相向而行,推动发展相互尊重、和平共处、合作共赢的中美关系。”汪文斌说。",
    ],
    trailer=("中新社70年 | 25年前,有这样一群中青年", "这是25年前的一张照片。摄于1997年6月30日下午四点多,距香港回归还有数小时。"),
    spam=["彩神88"], forms=["lottery-name-as-page-title", "lottery-name-as-source", "lottery-name-above-article"], legit=False, lang="zh",
    shell="caishen", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a Xinhua item (a foreign-ministry spokesman's remark on a new US House committee) on a random subdomain of an unrelated host, laid out like a portal article whose page title, headline, 来源 and a line above the article all hold a lottery-app name with no brand shape ('彩神88'); the wire headline follows as a sub-heading and an unrelated CNS feature trails the item. Hijacked. Title is the wire headline as shown; source null (the shown 来源 is spam); the only full date is the farm's own stamp glued to the spam 来源, not the item's (date null). The trailing feature is kept as a related stub, out of text. One of 2 pages of this farm network in v42.",
))

H.append(dict(
    url="http://geng.isa-2015.com/K_8312554.html",
    title="赖清德等抛出以“和平保台”取代“抗中保台” 国台办回应", date=None, source=None, author=None,
    ptitle="一分快3登录|在线登录平台网址入口下载 - 官网网站首页",
    farm_h1="一分快3登录|在线登录平台网址入口下载 - 官网网站首页", byline="一分快3邀请码2023-01-31 16:05", farm_sub="一分快3登录",
    paras=[
        "中新网1月11日电 国台办发言人马晓光11日表示,“台独”与和平水火不容。岛内一些政客,如果真的要台海和平,就应该放弃“台独”分裂立场,回到“九二共识”基础上来,不要再当外部反华势力的棋子。",
        "11日,国台办举行例行新闻发布会。有记者提问:近期赖清德等岛内政治人物多次抛出以“和平保台”取代“抗中保台”,被外界视为民进党有意调整两岸论述。对此有何评论?",
        "对此,马晓光表示,要和平、要发展、要交流、要合作,是两岸同胞的共同心声,符合两岸同胞共同利益。“台独”与和平水火不容。岛内一些政客,如果真的要台海和平,就应该放弃“台独”分裂立场,回到“九二共识”基础上来,不要再当外部反华势力的棋子。",
    ],
    trailer=("中新社70年 | 25年前,有这样一群中青年", "这是25年前的一张照片。摄于1997年6月30日下午四点多,距香港回归还有数小时。"),
    spam=["一分快3登录", "一分快3邀请码", "在线登录平台网址入口下载"], forms=["lottery-game-name-as-page-title", "lottery-name-glued-to-dateline-stamp"], legit=False, lang="zh",
    shell="caishen", site_name=None, encoding="gb18030",
    origin="pages corpus capture: a China News Service item (a Taiwan Affairs Office spokesman's press-conference answer) on an unrelated host's subdomain, under a page title and headline made of a fast-lottery game's login/download keywords (no brand shape) and a byline where an 'invitation code' keyword is glued to the farm's timestamp; an unrelated CNS feature trails. Hijacked. Title is the wire headline as shown; no 来源; the only date is the farm stamp glued to spam (null). Same farm network as the '彩神88' page (2 pages of it here). Rebuilt in GB18030.",
))

# ---- porn keyword lines / titles over copied (converted) news pages ----
H.append(dict(
    url="http://zhenyuan007.com/n/2003-03-02/26/277713.html",
    title="花絮:迎賓小姐目光銳利 數據記者無孔不入", date="2003-03-02", source=None, author=None,
    ptitle="亚洲一区精品动漫|亚洲日韩欧美综合中文字幕|久久久国产精品视频!|久久艹视频一区",
    top="亚洲一区精品动漫|亚洲日韩欧美综合中文字幕|久久久国产精品视频!|久久艹视频一区",
    junk="exnmd",
    masthead="中國新聞社", chan="中新網分類新聞查詢>>", crumbtext="本頁位置:首頁>>兩會特區(qū)",
    byline="2003年03月02日 10:12",
    paras=[
        "中新社北京三月一日電 題:兩會花絮(三)",
        "迎賓小姐目光銳利",
        "“兩會”代表、委員還在陸續(xù)報到,各個駐地的迎賓小姐已在春寒中綻開了燦爛的微笑。",
        "紅紅的長大衣,紅紅的蓓蕾帽,紅紅的笑臉,點綴在京城相關賓館、飯店門口、廊間,成為一道亮麗的風景。",
        "北京西站附近中土大廈門口的一位迎賓小姐微笑著對記者說,不用看,聽腳步就知道你是記者。記者的腳步匆忙,代表、委員的腳步沉穩(wěn)。",
        "“數據記者”無孔不入",
        "“兩會新聞中心”已向境內外采訪“兩會”媒體發(fā)放證件。設在木樨地附近的科技會堂的新聞中心頓時成為近三千記者大比拼的一個“制高點”。",
    ],
    spam=["亚洲一区精品动漫", "亚洲日韩欧美综合中文字幕", "久久久国产精品视频!", "久久艹视频一区"],
    forms=["porn-keyword-title", "porn-keyword-line", "junk-empty-tags", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="cnsold", site_name="中國新聞社", encoding="utf-8",
    origin="pages corpus capture: a 2003 China News Service 'two sessions' sidebar page, copied whole with CNS's old channel chrome onto an unrelated host (the CNS /n/<date>/26/ path kept), converted to traditional script with pinyin-gloss debris, under a '|'-joined line of porn keywords that is also the page title, and a run of empty junk tags before the chrome. Hijacked. Title and date are CNS's own; the dateline names CNS but there is no 来源 line (null); the '中新社記者' line is a byline without a name (kept out). The capture's later paragraphs hold mangled bytes and are left out.",
))

H.append(dict(
    url="http://m.z960.cn/politics/2020-08/30/c_1126431290.htm",
    title="特稿:重返校園與防控疫情間的慎重選擇——新冠疫情下全球開學季一覽", date="2020-08-30", source="新華網", author=None,
    top="黄色网址免费看_精品一区二区免费视频视频_欧美69精品久久久久久不卡_污网站在线看_欧美阿v高清资源在线_男人日女人视频网站",
    masthead="新華網", column="正文",
    byline="2020-08-30 16:54:19 來源: 新華網", share="關注新華網 微博 Qzone 圖集",
    paras=[
        "新華社北京8月30日電 特稿:重返校園與防控疫情間的慎重選擇——新冠疫情下全球開學季一覽",
        "新華社記者趙嫣",
        "“現在新冠疫情依然非常嚴重。這樣的情況下能開學,真的又開心又緊張。”日本東京都白金之丘學園8月25日迎來秋季學期第一天,在校門口迎接學生的副校長渡部理惠子說。",
        "8月到9月,通常是世界各國傳統開學季。在今年疫情蔓延的特殊開學季,一些國家選擇在嚴格防控下慎重開學,一些國家則選擇遠程教學的方式開啟新學期。復課與防疫之間的平衡,是對各國政府、學校和每個學生家長的考驗。",
        "重回課堂 嚴格防控",
        "盡管日本東京都地區新冠疫情依然比較嚴重,但東京都23個區中13個區的中小學生8月底結束暑假,提前一周返校上課。",
        "在白金之丘學園,學校采取了極為嚴格的防疫措施。渡部理惠子介紹說,學校首先在入口引導學生分散入校。隨后,老師在入口處用非接觸體溫槍給所有的孩子測體溫,對孩子健康狀況進行觀察。入校時,每個孩子要提交健康記錄卡。校區有監控攝像頭,用來觀測孩子們的健康狀況。",
        "所有教室配備消毒液,孩子們飯前或進教室前先洗手并噴灑消毒液。學校對孩子們在校外是否戴口罩沒有嚴格要求,但是入校之后,要求除體育課和吃飯外必須戴口罩。",
    ],
    spam=["黄色网址免费看", "精品一区二区免费视频视频", "欧美69精品久久久久久不卡", "污网站在线看", "欧美阿v高清资源在线", "男人日女人视频网站"],
    forms=["porn-keyword-line", "traditional-copy"], legit=False, lang="zh",
    shell="xinhua", site_name="新華網", encoding="utf-8",
    origin="pages corpus capture: a Xinhua feature (schools reopening worldwide in the 2020 epidemic) copied whole with Xinhua's article chrome and its /politics/<date>/c_<id>.htm path onto an unrelated mobile host, converted to traditional script, under an underscore-joined line of porn keywords above the masthead. Hijacked. Title, date and 來源 are the page's own; the reporter line is part of the article. The capture's later paragraphs are cut and left out.",
))

H.append(dict(
    url="http://www.lidatool.cn/huazhu/2021/09-16/308161.shtml",
    title="疫情之下的海外開學季,有多難?", date="2021-09-16", source="中國僑網微信公眾號", author=None,
    ptitle="中文字幕!黄片色一区亚州,国产成人婷婷亚洲,成人卡通动漫第一页",
    top="国产黃色A片三級三級婚纱网站|欧美A级黄色网络搜索中文字幕|亚洲成人综合无码|动漫生殖视频网站在线播放|91免费黄色毛片视频|亚洲无码成人在线观看|欧美成人三级在线免费电影|性色A∨色播…午夜久久久|欧美日韩国产一区二区三区四区|91黄片电影特淫黄毛片",
    byline="2021年09月16日 11:15   來源:中國僑網微信公眾號   參與互動",
    paras=[
        "中國僑網9月16日電 題:疫情之下的海外開學季,有多難?",
        "當地時間9月13日,紐約市公立學校開學,有超過100萬名學生返回課堂。據悉,開學后,紐約市公立學校不再提供線上課程。",
        "不過,伴隨著如此大規(guī)模開學而來的,則是家長們的憂心忡忡。",
        "據美國當地媒體報道,在開學當天,家長為孩子填寫篩查新冠表的網站就曾短暫崩潰,很多家長反映網站加載過慢,有的時候根本無法打開。",
        "有華人在家長群里反映,早上8:10左右高峰期時,網站確實無法進入,不過上午大概10點已恢復正常,而且學校門口會有專門的工作人員分發(fā)紙質表格給家長現場填寫。",
        "但真正令家長們擔憂的是,兒童確診新冠肺炎病例的不斷增多,且12歲以下兒童疫苗接種率偏低。",
    ],
    captions={3: "資料圖:當地時間9月13日,美國紐約市公立學校開學,皇后區(qū)一所公立學校門前學生排隊進入學校。中新社記者 廖攀 攝"},
    spam=["中文字幕!黄片色一区亚州", "国产成人婷婷亚洲", "成人卡通动漫第一页", "国产黃色A片三級三級婚纱网站", "欧美A级黄色网络搜索中文字幕", "亚洲成人综合无码", "动漫生殖视频网站在线播放", "91免费黄色毛片视频", "亚洲无码成人在线观看", "欧美成人三级在线免费电影", "性色A∨色播…午夜久久久", "欧美日韩国产一区二区三区四区", "91黄片电影特淫黄毛片"],
    forms=["porn-keyword-title", "porn-keyword-line", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="cnsnew", site_name="中國新聞網", encoding="utf-8",
    origin="pages corpus capture: a China News Service page reprinting a Chinese-diaspora news account's item (New York schools reopening in 2021) copied onto an unrelated host under a CNS-like /<column>/<yyyy>/<mm-dd>/ path, converted to traditional script with some pinyin-gloss debris, with a comma-joined porn-keyword title and a second '|'-joined porn keyword line above the headline. Hijacked. Title, date and 來源 are the page's own byline; one photo caption is kept as a caption (out of text); a caption variant holding a literal anchor tag is left out.",
))

H.append(dict(
    url="http://m.39388b.com/html/202102/202102220919041613.shtml",
    title="科學(xué)研判最大限度保護(hù)中小學(xué)生健康 多地明確中小學(xué)開學(xué)時間", date="2021-02-22", source="教育裝備網(wǎng)", author=None,
    top="亚洲成在人线a免费|国产高清国产精品国产|国产午夜精品男女一级爽|99热这里全都是精品国产|一区久久国产精品免费观看|免费精品久久不卡一区二区|国偷自产一区二区三区中文字|国产亚洲精品sese在线播放",
    masthead="您好,歡迎來到教育裝備網(wǎng)!登錄注冊新賬戶", column="全國教育辟謠平臺",
    byline="2021年02月22日 09:18教育裝備網(wǎng)",
    paras=[
        "隨著春節(jié)假期的結(jié)束,全國各地大中小學(xué)陸續(xù)公布了開學(xué)時間。記者梳理發(fā)現(xiàn),多地中小學(xué)開學(xué)日期集中在2月底至3月初。受疫情防控影響,黑龍江省中小學(xué)開學(xué)時間調(diào)整為3月3日至3月15日。高校開學(xué)時間原則上比照中小學(xué)進(jìn)行。",
        "華北地區(qū),北京中小學(xué)3月1日開學(xué),如遇特殊情況,北京市教委將根據(jù)有關(guān)規(guī)定研究調(diào)整校歷;天津市中小學(xué)2月22日開學(xué);河北省邢臺市、滄州市中小學(xué)和幼兒園3月1日正式開學(xué),邯鄲市小學(xué)、幼兒園和特教類學(xué)校3月8日開學(xué);內(nèi)蒙古自治區(qū)呼和浩特市義務(wù)教育學(xué)校2月28日開學(xué);山西省中小學(xué)和幼兒園開學(xué)時間由各市統(tǒng)籌確定。",
        "華東地區(qū),上海市中小學(xué)2月22日開學(xué);江蘇省中小學(xué)、幼兒園2月22日開學(xué);安徽省義務(wù)教育階段學(xué)生2月28日報到,3月1日正式上課;江西省中小學(xué)、幼兒園2月27日開學(xué);福建省福州市中小學(xué)、幼兒園2月21日開學(xué),廈門市中小學(xué)、中職學(xué)校、幼兒園統(tǒng)一于2月22日正式上課。",
    ],
    spam=["亚洲成在人线a免费", "国产高清国产精品国产", "国产午夜精品男女一级爽", "99热这里全都是精品国产", "一区久久国产精品免费观看", "免费精品久久不卡一区二区", "国偷自产一区二区三区中文字", "国产亚洲精品sese在线播放"],
    forms=["porn-keyword-line", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="equip", site_name="教育裝備網(wǎng)", encoding="gb18030",
    origin="pages corpus capture: an education-equipment trade portal's news item (school opening dates after the 2021 Spring Festival) copied whole with the portal's login bar and byline onto an unrelated numbered mobile host, converted to traditional script with pinyin-gloss debris, under a '|'-joined porn keyword line. Hijacked. Title and date are the page's own; the portal's name follows the date in the byline (taken as source, as shown, gloss included); the capture's later paragraphs are cut and left out. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://www.olppe.com/guoji/20210310/1014975.html",
    title="中小學生重返校園 英國邁出分階段“解封”第一步", date="2021-03-10", source="北京商報", author=None,
    crumbtext="您的位置:首頁 >國際 >", byline="2021-03-10 11:13:33    來源:北京商報",
    paras=[
        "居家學習兩個月后,英國英格蘭地區的中小學生8日開始重返校園。按照英國政府2月底公布的“四步走”解封路線圖,英格蘭中小學8日重新開放,校內興趣班同步恢復;大學里部分要求實操的專業可以復課。",
        "英國首相約翰遜說,學校重開是英國社會“恢復正常的第一步”。英國政府規定,所有中小學教職人員每周接受兩次快速新冠病毒檢測;中學生此次返校后,要在學校完成三次快速檢測,此后每周在家自行檢測兩次;中學老師和學生在教室里也需要戴口罩,而不是像上次復課後那樣只需在走廊里戴。",
        "校園防疫措施之外,英國政府正馬不停蹄加速新冠疫苗接種,目前英國已有超過2000萬人接種了第一劑疫苗。在這樣的背景下,此次復課被寄予厚望,所有人都希望以此為良好開端,告別停課,告別“封城”。",
        "但這些校園防疫新規大多只是“政府建議”,而非強制措施,因此實際執行情況還有待時間檢驗。",
        "英國中學校長協會近日公布的一項調查結果顯示,在900多名受訪中學校長中,超過80%的校長承認在推進學生病毒檢測方面有困難。中學校長戴維·奧圖爾認為,復課後的校園安全需要學校與家庭、社區緊密合作、共同維護,只有人人遵守規則,才有希望避免封校停課再次發生。",
    ],
    keywords="關鍵詞: 中小學生 重返校園 英國 解封",
    related=["亚洲精品国产福利片", "亚洲区小说区图片区QVOD", "亚洲爆乳精品无码一区二区三区", "亚洲精品国产suv一区88", "91亚洲国产成人久久精品", "99人中文字幕亚洲区", "亚洲五月六月丁香激情", "亚洲成AV人片在线观看WWW", "亚洲精品国产品国语在线"],
    spam=["亚洲精品国产福利片", "亚洲区小说区图片区QVOD", "亚洲爆乳精品无码一区二区三区", "亚洲精品国产suv一区88", "91亚洲国产成人久久精品", "99人中文字幕亚洲区", "亚洲五月六月丁香激情", "亚洲成AV人片在线观看WWW", "亚洲精品国产品国语在线"],
    forms=["porn-keywords-as-related-links", "traditional-copy"], legit=False, lang="zh",
    shell="portal", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a Beijing business daily's item (English schools reopening in March 2021) copied onto an unrelated host under an /guoji/<date>/ path, converted to traditional script; the page's 'related reading' list below the keywords line is a '|'-separated run of porn keywords. Hijacked. Title, date and 來源 are the page's own; the keywords line and related list are furniture (out of text). The last, cut-off keyword of the list is left out.",
))

H.append(dict(
    url="http://bainuoen.com/info/384823.html",
    title="網上違規購彩\"藏匿\"社交平臺 多個線上平臺停售", date="2018-06-21", source="北京青年報", author=None,
    ptitle="色综合天天-色综合天-色综合桃花网-色综合手机在线-国产亚洲精品自在线亚洲情侣-国产亚洲精品自在久久不卡",
    column="實時滾動新聞", byline="2018-06-21    北京青年報        點擊:",
    paras=[
        "手機商城中下載的10多個購彩App,以及多個購彩網站,都已經無法使用。有購彩平臺解釋暫停銷售系因“服務升級”,也有平臺稱“世界杯期間訪問量過大,暫時不提供預約服務”。",
        "正值世界杯期間,球迷們觀看球賽的熱情高漲。此間,一些線上購彩平臺卻開設了線上投注買球賽“勝平負”等多種產品。但6月20日,不少用戶發現,此前使用的多款購彩App出現了停售情況。",
        "北京青年報記者發現,在購彩平臺停售后,一些線上購彩人員偷偷“轉戰”至社交媒體平臺,通過微信群、QQ群等方式進行購彩、賭球活動。對此,相關平臺表示,互聯網銷售彩票屬于違法違規行為,用戶發現類似情況,可在客戶端進行投訴,交由平臺核實后進行相應處理。",
        "現象",
        "網上購彩平臺可買球賽“勝平負”?",
        "世界杯已開始一周,在觀看比賽的同時,投注競猜球賽勝負也成為不少球迷的關注焦點。除了通過線下實體投注站購買彩票,一些線上的購彩平臺趁機“搭車銷售”。",
        "合肥網友陳先生經朋友推薦下載了一款購彩App,在App“競彩足球”頁面可以進行世界杯的球賽投注,“每場比賽,主客雙方球隊勝、平、負這3種情況的賠率不同,可以投注金額購買勝平負的結果,也可以押比分,賠率更高。”網友通過微信、支付寶和綁定銀行卡等多種形式進行線上支付,比賽結束后,押中的網友可通過線上直接獲得相應賠率的錢款。也有不少網友通過微博平臺中,與世界杯相關的“彩票”頁面進行投注。",
    ],
    captions={3: "6月20日起此類網上購彩App已無法投注"},
    spam=["色综合天天", "色综合天", "色综合桃花网", "色综合手机在线", "国产亚洲精品自在线亚洲情侣", "国产亚洲精品自在久久不卡"],
    forms=["porn-keyword-title", "traditional-copy"], legit=True, lang="zh",
    shell="roll", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a Beijing youth daily's report (online lottery-sales apps suspended during the 2018 World Cup, buyers moving to chat groups) copied onto an unrelated host, converted to traditional script, under a page title made of '-'-joined porn keywords. A copy on an unrelated host with injected porn keywords, so hijacked: true; the copied text is lawful news on lottery-sales regulation, so legit: true. Title and date are the page's own; the paper's name stands in the byline after the date (taken as source). The photo caption is kept out of text.",
))

H.append(dict(
    url="http://npehotel.com.cn/e/20100719/4c4416a137976.shtml",
    title="校園“私彩”“吃光”小學(xué)生早飯", date="2010-07-19", source="武漢晚報(bào)", author=None,
    top="五月天Av在线,先锋成在线人资源视频,中文字幕亚洲欧洲精品,在线观看人成www精品",
    junk="aicku",
    masthead="奧數(shù)網(wǎng)", chan="全國(guó)站", crumbtext="您現(xiàn)在的位置:奧數(shù) > 小學(xué)新聞 > 教育資訊 > 正文",
    byline="來(lái)源:武漢晚報(bào) 文章作者:編輯 2010-07-19 17:10:57",
    paras=[
        "“最近這段時(shí)間,我送孩子上學(xué)時(shí),看到學(xué)校門口的路邊上鋪了厚厚一層抽獎(jiǎng)券,很多孩子省出早飯錢買這種獎(jiǎng)券。”前日,家住大智路的姚先生致電本報(bào)反映。",
        "昨日早晨7時(shí)10分,記者趕到鄱陽(yáng)街小學(xué)看到,小學(xué)對(duì)面的超越副食店門口聚集著一群小學(xué)生,學(xué)生們紛紛掏出1元、5元的紙幣購(gòu)買抽獎(jiǎng)券,抽獎(jiǎng)券分很多種,獎(jiǎng)品有玩具,還有的中獎(jiǎng)后直接返還現(xiàn)金。抽獎(jiǎng)券大多5毛一張,一個(gè)四年級(jí)的小男孩花了1元錢抽到兩個(gè)玩具小刀。有的孩子花了5元錢卻什么都沒(méi)抽到,不一會(huì)地上就堆滿了被丟掉的抽獎(jiǎng)券。有個(gè)學(xué)生告訴記者,他媽媽每天給他5元錢,他只留1元錢買點(diǎn)早飯吃,剩下的都用來(lái)抽獎(jiǎng)。",
    ],
    spam=["五月天Av在线", "先锋成在线人资源视频", "中文字幕亚洲欧洲精品", "在线观看人成www精品"],
    forms=["porn-keyword-line", "junk-empty-tags", "traditional-gloss-copy"], legit=True, lang="zh",
    shell="cnsold", site_name="奧數(shù)網(wǎng)", encoding="gb18030",
    origin="pages corpus capture: an olympiad-maths education portal's reprint of a Wuhan evening paper's report (children spending breakfast money on illicit lottery-style scratch tickets outside a primary school) copied with the portal's breadcrumb onto an unrelated hotel-like host, converted to traditional script with pinyin-gloss debris, under a comma-joined porn keyword line and a run of empty junk tags. Hijacked: true; the copied text is lawful news about illicit lottery sales to children, so legit: true. Title, date and 來源 are the page's own; 文章作者 is '編輯' (no name, author null). The paragraph between the two kept ones holds mangled bytes and is left out. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://nyksealing.com/twxxzx/info/1118/1313.htm",
    title="喜訊:我校學(xué)子在第五屆廣西高校大學(xué)生“悅讀向未來(lái) 強(qiáng)國(guó)我擔(dān)當(dāng)”朗誦大賽決賽中喜獲佳績(jī)", date=None, source=None, author=None,
    ptitle="gogo亚洲肉体艺术无_av无码精品色午夜_亚洲中文字幕不卡一区二区三区_亚洲Av无无码专区在线",
    column="工作動(dòng)態(tài)",
    paras=[
        "11月4日,由廣西高教學(xué)會(huì)圖書(shū)館專業(yè)委員會(huì)、廣西高校圖書(shū)情報(bào)工作指導(dǎo)委員會(huì)主辦的第五屆廣西高校大學(xué)生“悅讀向未來(lái) 強(qiáng)國(guó)我擔(dān)當(dāng)”朗誦大賽決賽,在廣西科技大學(xué)文昌校區(qū)大禮堂圓滿落下帷幕。由學(xué)校圖書(shū)館選送,2021級(jí)廣播電視編導(dǎo)專業(yè)王志恒、2021級(jí)播音與主持藝術(shù)專業(yè)張海玲、甘燕燕、藍(lán)棋加等四人合作的作品《百年交響》進(jìn)入現(xiàn)場(chǎng)決賽并獲得二等獎(jiǎng)。傳媒與新聞學(xué)院崔鴻林老師獲優(yōu)秀指導(dǎo)老師獎(jiǎng),圖書(shū)館獲大賽優(yōu)秀組織獎(jiǎng),圖書(shū)館韋恩潔老師獲優(yōu)秀領(lǐng)隊(duì)獎(jiǎng)。",
        "9月啟動(dòng)此項(xiàng)活動(dòng)以來(lái),我校圖書(shū)館高度重視,認(rèn)真部署,積極發(fā)動(dòng)傳媒與新聞學(xué)院、人文學(xué)院等二級(jí)學(xué)院學(xué)生參與,初賽階段共收到參賽作品511個(gè),參與人數(shù)達(dá)543人。為評(píng)選出優(yōu)秀的作品,圖書(shū)館組織了相關(guān)專業(yè)老師組成評(píng)審組對(duì)參賽作品進(jìn)行嚴(yán)格評(píng)審,選送9個(gè)作品參加全區(qū)復(fù)賽。經(jīng)過(guò)大賽組委會(huì)評(píng)選,我校最終有一個(gè)參賽作品入圍現(xiàn)場(chǎng)決賽并獲獎(jiǎng)。",
        "據(jù)悉,本次大賽共有區(qū)內(nèi)58所高校參賽,共計(jì)收到12387個(gè)初賽作品。",
    ],
    spam=["gogo亚洲肉体艺术无", "av无码精品色午夜", "亚洲中文字幕不卡一区二区三区", "亚洲Av无无码专区在线"],
    forms=["porn-keyword-title", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="school", site_name="團委信息中心", encoding="gb18030",
    origin="pages corpus capture: a Guangxi university Youth League news item (students' prize in a provincial recitation contest; VSB-style /twxxzx/info/1118/ path kept) copied onto an unrelated sealing-products host, converted to traditional script with pinyin-gloss debris, under a page title of underscore-joined porn keywords. Hijacked. Title is the item's own headline; no date, 来源 or author in the capture (null). Rebuilt in GB18030.",
))

H.append(dict(
    url="http://www.xpshebei.com/zhuanti/2009-08/25/content_241463.htm",
    title="跑兩會 忙到渾然不知饑餓", date="2009-08-25", source="福建日報網(wǎng)", author="黃世宏",
    byline="www.xpshebei.com?2009-08-25 16:38? 黃世宏?來源:福建日報網(wǎng)    我來說兩句",
    paras=[
        "10多年赴京參加全國“兩會”報道,我養(yǎng)成一個習慣,出發(fā)前總要問自己:今年最重要、最能出彩的新聞在哪里?",
        "2006年的全國“兩會”報道至今令我印象深刻。當時“海西”寫進政府工作報告和“十一五”規(guī)劃綱要,上升為國家決策,成為全國人民的共同意志和具體行動,是福建全省人民翹首以盼的大事,也是“兩會”上福建代表們最大的關(guān)注點。這當然也是我所關(guān)注的重點。",
        "一到北京,我就多方打聽這方面的消息。3月5日,十屆全國人大四次會議開幕當天,我一走進人民大會堂,便趕到會議新聞處取會議材料,然后,急不可待地翻閱著政府工作報告和“十一五”規(guī)劃綱要這兩份文件。我差點跳起來了,兩個文件都把支持海西發(fā)展寫進去了。福建代表和福建人民朝思暮想的這一天終于來到了。開幕式快結(jié)束時,我趕到大會堂門口,等待著我要采訪的代表。采訪快結(jié)束時,送代表回駐地的車就要開了,我只好把采訪移到車上。正準備對第三位代表進行采訪時,代表的駐地已經(jīng)到了,我只好把采訪的地點又移到會客廳進行。當我結(jié)束對最后一個代表采訪時,時間已臨近中午一點。奇怪,這時我一點也不感到餓,因為我已采訪到《海西寫入政府工作報告和“十一五”規(guī)劃綱要草案》這條消息所需的新聞素材。功夫不負有心人,這條消息先后獲得多項大獎,其中包括當年福建新聞獎一等獎。",
    ],
    boxes=["相關(guān)新聞", "視頻現(xiàn)場", "相關(guān)評論>>"],
    footer="主站蜘蛛池模板: 风间由美性色一区二区三区| 亚洲精品无码久久毛片| 一本色道久久88",
    spam=["风间由美性色一区二区三区", "亚洲精品无码久久毛片", "一本色道久久88"],
    forms=["porn-keyword-footer", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="portal", site_name=None, encoding="gb18030",
    origin="pages corpus capture: a provincial daily's web feature (a reporter's memoir of covering the national 'two sessions') copied onto an unrelated equipment-trade host under a /zhuanti/<yyyy-mm>/<dd>/content_<id>.htm path, converted to traditional script with pinyin-gloss debris; the page footer is a spider-pool template line of '|'-separated porn keywords after a 'main-site spider-pool template' label. Hijacked. Title, date, author (named in the byline between the date and 來源) and 來源 are the page's own. The label itself equals a dev split's spam string and is not listed in spam_strings (it stays on the page); the last, cut-off keyword of the footer is left out.",
))

H.append(dict(
    url="http://m.com3y.cn/xwzx/xwfbh/gtbxwfbh/fbhwb/202602/t20260211_12750788.htm",
    title="國(guó)臺(tái)辦2026年2月11日新聞發(fā)布會(huì)文字實(shí)錄", date="2026-02-11", source="中國(guó)臺(tái)灣網(wǎng)", author=None,
    ptitle="夜色AV网站二级国产片|黄色AAA三级婷婷午夜色|成人伊人色情久久综合一|A片成人一级黄色视频|亚洲网站AV在线|超碰一夜久久在线|亚洲色图 第一页|成人做爱小网站|中文字幕久久精品无码一区二区|超碰免费无毒不卡",
    masthead="中國(guó)臺(tái)灣網(wǎng)移動(dòng)版",
    byline="2026-02-11 14:03:00 來(lái)源:中國(guó)臺(tái)灣網(wǎng)",
    paras=[
        "中國(guó)臺(tái)灣網(wǎng)北京2月11日訊 國(guó)務(wù)院臺(tái)灣事務(wù)辦公室今天(11日)上午10時(shí)在國(guó)臺(tái)辦新聞發(fā)布廳舉行例行新聞發(fā)布會(huì)。本次新聞發(fā)布會(huì)由國(guó)臺(tái)辦新聞局副局長(zhǎng)、新聞發(fā)言人朱鳳蓮主持。以下為發(fā)布會(huì)全文實(shí)錄:",
        "朱鳳蓮:大家上午好,歡迎大家參加國(guó)務(wù)院臺(tái)辦的新聞發(fā)布會(huì)。我們現(xiàn)在開(kāi)始提問(wèn)。",
    ],
    captions={0: "國(guó)臺(tái)辦發(fā)言人朱鳳蓮答記者問(wèn)。(中國(guó)臺(tái)灣網(wǎng)記者 陳佳慧 攝)"},
    spam=["夜色AV网站二级国产片", "黄色AAA三级婷婷午夜色", "成人伊人色情久久综合一", "A片成人一级黄色视频", "亚洲网站AV在线", "超碰一夜久久在线", "亚洲色图 第一页", "成人做爱小网站", "中文字幕久久精品无码一区二区", "超碰免费无毒不卡"],
    forms=["porn-keyword-title", "traditional-gloss-copy"], legit=False, lang="zh",
    shell="app", site_name="中國(guó)臺(tái)灣網(wǎng)移動(dòng)版", encoding="utf-8",
    origin="pages corpus capture: a news site's mobile page of the Taiwan Affairs Office press-conference transcript (February 2026; the site's TRS-style /xwzx/xwfbh/.../t<date>_<id>.htm path kept) copied onto an unrelated mobile host, converted to traditional script with pinyin-gloss debris, under a page title of '|'-joined porn keywords. Hijacked. Title, date and 來源 are the page's own; the photo caption is kept out of text. The first question of the transcript holds a mangled byte, so it and the rest are left out (text is the lead and the opening line).",
))

# ---- copies of public bodies' / outlets' pages on unrelated hosts (no injected string) ----
H.append(dict(
    url="http://hntjqxw.com/detail/index/id/295/aid/10775.html",
    title="內蒙古烏海市考察團來我縣考察鄉(xiāng)村振興工作", date=None, source=None, author=None,
    paras=[
        "4月24日下午,內蒙古自治區(qū)烏海市副市長劉素紅帶領考察團到我縣參觀考察鄉(xiāng)村振興工作。市政府副秘書長張伯林,副縣長周定奎陪同。",
        "考察團先后到中國板栗博物館、花鄉(xiāng)果巷特色小鎮(zhèn)、五海莊園、東城人家等地,實地考察一二三產融合發(fā)展、特色產業(yè)打造、“智慧遷西”平臺應用等情況,并聽取我縣鄉(xiāng)村振興工作經驗介紹。",
        "考察團對遷西縣依托山水資源、特色產業(yè),因地制宜推進生態(tài)建設、文旅融合發(fā)展,打造鄉(xiāng)村振興特色品牌的的經驗做法給予高度評價。劉素紅表示,遷西推進鄉(xiāng)村振興的經驗做法非常值得烏海市學習借鑒。烏海市將以遷西為標桿,統(tǒng)籌推進農業(yè)、文化、旅游一體化發(fā)展, 生產、生活、生態(tài)同步改善 ,一、二、三產業(yè)深度融合,推進鄉(xiāng)村振興向更高層次邁進。",
        "縣政府辦、農業(yè)農村局、東蓮花院鎮(zhèn)、板栗博物館主要或分管負責同志陪同考察。",
    ],
    spam=[], forms=["mirror", "mirror-traditional-gloss"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="gbk",
    origin="pages corpus capture: a Hebei county government's news item (a visiting delegation studies the county's rural-revitalisation work) copied onto an unrelated host with a CMS detail path, converted to traditional script with pinyin-gloss debris. A mirror (a public body's page copied whole onto a host with no relation to it), so hijacked with no injected string. Title is the item's headline; no date/来源 in the capture. Rebuilt in GBK.",
))

H.append(dict(
    url="http://m.nxhuan.com/pyyw/p/1447584.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "德州新聞網(wǎng)訊(記者 李傳譜)3月12日,中央電視臺特別節(jié)目中心副主任、《鄉(xiāng)村法制劇場》制片人劉雁虹一行3人,來平原縣調(diào)研鄉(xiāng)村振興工作。縣委副書記孫豐勇及相關(guān)部門負(fù)責(zé)人陪同。",
        "劉雁虹一行先后到桃園辦事處桃園示范區(qū)擬建設(shè)現(xiàn)場、桃園農(nóng)機服務(wù)中心、桃園示范區(qū)科技綜合服務(wù)中心、張華鎮(zhèn)美麗鄉(xiāng)村示范村、龍門街道辦事處藍(lán)天養(yǎng)鴿場、恩城美麗鄉(xiāng)村連片治理項(xiàng)目、扶貧產(chǎn)業(yè)園、盛堡啤酒小鎮(zhèn)項(xiàng)目建設(shè)現(xiàn)場等地進行了實地參觀,深入了解我縣鄉(xiāng)村振興發(fā)展情況。",
        "劉雁虹對我縣鄉(xiāng)村振興工作給予了高度評價。認(rèn)為我縣結(jié)合自身資源優(yōu)勢,深挖土地資源的綜合高效利用,探索實踐出了符合平原發(fā)展的鄉(xiāng)村振興方向。表示將積極宣傳好、推介好這一鄉(xiāng)村振興的平原模式,為各地鄉(xiāng)村振興發(fā)展提供有益經(jīng)驗。",
    ],
    spam=[], forms=["mirror", "mirror-traditional-gloss"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="gb18030",
    origin="pages corpus capture: a county news item from a city news site (a CCTV programme team studies the county's rural revitalisation; the county's 'pyyw' local-news path kept) copied onto an unrelated mobile host, converted to traditional script with pinyin-gloss debris. A mirror, hijacked with no injected string. No headline/date in the capture (null); the outlet and reporter are named in the lead, not as 来源/作者. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://www.miya456.com/hudongjiaoliu/guanfangweixin/2019-09-12/10863.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "近日,國家衛(wèi)生健康委、國家中醫(yī)藥管理局、中央軍委后勤保障部衛(wèi)生局印發(fā)通知,決定于9月20~26日開展2019年“服務(wù)百姓健康行動(dòng)”全國大型義診活動(dòng)周,活動(dòng)方案同期印發(fā)。",
        "今年義診活動(dòng)主題為“守初心、解難題、助扶貧、慶豐收”。活動(dòng)內(nèi)容包括組織國家醫(yī)療隊(duì)開展義診、公共場所義診、城鄉(xiāng)醫(yī)院對(duì)口支援義診、深入農(nóng)村和貧困地區(qū)送醫(yī)下鄉(xiāng)、舉辦健康大講堂、醫(yī)療服務(wù)進(jìn)軍營等。",
    ],
    spam=[], forms=["mirror", "mirror-traditional-gloss"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="gb18030",
    origin="pages corpus capture: a health authority's 'official WeChat' notice (the 2019 national free-clinic week) copied onto an unrelated numbered host under a health-site-like /hudongjiaoliu/guanfangweixin/<date>/ path, converted to traditional script with pinyin-gloss debris. A mirror, hijacked with no injected string. The third captured paragraph holds mangled bytes and is left out. No headline; the date is only in the path (null). Rebuilt in GB18030.",
))

H.append(dict(
    url="http://xud669.cn/2022/0110/637241.shtml",
    title="擁抱冬奧會,攜手向未來", date=None, source=None, author=None,
    masthead="大國新村", nav="網(wǎng)站首頁 | 網(wǎng)站地圖", crumbtext="首頁 > 地方要聞 > 地方要聞 > 正文",
    subtitle="——“北京冬奧會:體育與中國、世界的未來”國際學術研討會在北京體育大學順利舉辦",
    paras=[
        "在北京2022年冬奧會、冬殘奧會即將到來之際,為弘揚北京冬奧會價值理念,分析北京冬奧會遺產(chǎn),展望北京冬奧會后的體育與中國、世界的互動,2022年1月9日,由北京體育大學主辦,北京體育大學馬克思主義學院和學術期刊社承辦的“北京冬奧會:體育與中國、世界的未來”國際學術研討會在學校東平房報告大廳召開,來自國內(nèi)外相關高校和研究機構的專家學者以及媒體代表近4百余人參加了會議。此次會議同時獲得了北京體育大學管理學院、體育休閑與旅游學院、體育商學院、國際體育組織學院、中國體育戰(zhàn)略研究院以及北京體育大學出版社有限公司的支持,還得到了新華社、光明日報、人民論壇網(wǎng)、中國社科網(wǎng)等媒體協(xié)助。本次國際會議采用線上會議和線下會議相結合的方式,以線上會議為主,分開幕式、主旨發(fā)言、分論壇和閉幕式四個環(huán)節(jié),為期一天。",
    ],
    spam=[], forms=["mirror", "mirror-traditional-gloss", "invented-masthead"], legit=False, lang="zh",
    shell="portal", site_name="大國新村", encoding="utf-8",
    origin="pages corpus capture: a sports university's news item (an international symposium before the Beijing 2022 Winter Olympics) copied onto an unrelated host under an invented portal masthead, converted to traditional script with pinyin-gloss debris. A mirror, hijacked with no injected string (the masthead is a made-up portal name, not a spam term). Title is the item's headline (its sub-title line kept on the page, out of title and text); the second captured paragraph is cut and left out. No date/来源.",
))

H.append(dict(
    url="http://17338.cn/gn/news/2007/10-29/1061754.shtml",
    title="平均年齡不到30 年輕研制團(tuán)隊(duì)托起中國\"嫦娥\"", date="2007-10-29", source="《瞭望》新聞周刊", author=None,
    masthead="中國新聞網(wǎng)", chan="2007年10月29日 星期一", crumbtext="本頁位置首頁新聞中心國內(nèi)新聞",
    byline="2007年10月29日 09:41 來源:《瞭望》新聞周刊",
    paras=[
        "所有的一切都是利用中國自己的技術(shù)、自己的產(chǎn)品、自己的設(shè)計(jì)、自己的條件完成的。“嫦娥一號”,完完全全的“Made in China”",
        "西昌衛(wèi)星發(fā)射中心,我國自行研制的長征三號甲運(yùn)載火箭于10月24日18時(shí)5分托舉著“嫦娥一號”衛(wèi)星順利升空。至此,中國航天一座新的里程碑式重大工程——繞月探測工程成功拉開序幕。",
        "從論證到立項(xiàng)",
        "2000年11月22日,中國政府首次公布了航天白皮書——《中國的航天》,明確了近期發(fā)展目標(biāo)中包括“開展以月球探測為主的深空探測的預(yù)先研究”。",
        "2001年,由航天科技集團(tuán)公司高級技術(shù)顧問孫家棟院士牽頭,國防科工委組織航天科技集團(tuán)公司、中國科學(xué)院、總裝備部有關(guān)單位等,正式啟動(dòng)月球探測工程的相關(guān)論證工作。航天科技集團(tuán)公司所屬的中國空間技術(shù)研究院作為中國空間技術(shù)的主力軍,率先展開月球探測衛(wèi)星方案的論證工作。",
    ],
    captions={0: "資料圖:十月二十四日傍晚,中國首顆月球探測衛(wèi)星--嫦娥一號發(fā)射成功。圖為北京航天飛行控制中心監(jiān)控衛(wèi)星發(fā)射情況。 中新社發(fā) 毛建軍 攝"},
    notice="版權(quán)聲明:凡標(biāo)注有“cnsphoto”字樣的圖片版權(quán)均屬中國新聞網(wǎng),未經(jīng)書面授權(quán),不得轉(zhuǎn)載使用。",
    spam=[], forms=["mirror", "mirror-traditional-gloss"], legit=False, lang="zh",
    shell="cnsold", site_name="中國新聞網(wǎng)", encoding="gb18030",
    origin="pages corpus capture: a 2007 China News Service page reprinting a news-weekly feature (the young team behind the Chang'e-1 lunar probe) copied whole with CNS's channel chrome and its /gn/news/<yyyy>/<mm-dd>/ path onto an unrelated numbered host, converted to traditional script with pinyin-gloss debris. A mirror, hijacked with no injected string. Title, date and 來源 are the page's own; the photo caption and copyright notice are kept out of text; the capture's last paragraph is cut and left out. Rebuilt in GB18030.",
))

H.append(dict(
    url="http://1556by.com/shzr/gqdd/202204/t20220422_95195.shtml",
    title=None, date=None, source=None, author=None,
    paras=[
        "4月21下午,國家鄉村振興局副局長洪天云一行赴咸寧集團蘿卜公社調研鄉村振興項目。",
        "咸寧集團總經理盧堯詳細介紹了湖北文旅集團基本情況、蘿卜公社項目的打造思路與項目開發基本情況、項目建成運營后對周邊鄉村發展及下一步發展思路。",
        "洪天云對湖北文旅集團積極探索鄉村振興模式所體現的社會責任感表示了肯定。他認為,咸寧集團旗下蘿卜公社項目以鄉村振興為引領,以鄉村游、親子游、黨建培訓、研學、勞動教育為抓手,以文旅帶動鄉村振興的模式要加強宣傳,全方位推動鄉村振興,切實增強當地群眾幸福感。",
        "省鄉村振興局副局長崔先華、咸寧市委副書記、市長楊軍、咸安區委書記顧興旺等領導陪同調研。",
    ],
    spam=[], forms=["mirror", "mirror-traditional"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a provincial state-owned culture-and-tourism group's news item (a national rural-revitalisation official visits one of its projects; the group's TRS-style /shzr/gqdd/<yyyymm>/t<date>_<id> path kept) copied onto an unrelated host with a numbered name, converted to traditional script (no gloss debris). A mirror, hijacked with no injected string. No headline/date/来源 in the capture.",
))

H.append(dict(
    url="http://www.x9aky.com/anhui/2020/0117/1970512.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "安徽網 大皖客戶端訊 春節臨近,大量外出務工人員陸續返鄉,農村聚眾賭博有所抬頭,歙縣警方堅持露頭就打。",
        "1月16日凌晨3點,歙縣公安局三陽派出所接警稱金川鄉金川村有人賭博。該所組織警力冒雨趕赴現場,成功搗毀一聚眾賭博窩點,抓獲涉賭人員10人,共繳獲賭資43460元。",
        "經連夜審查,方某某等9人對1月15日晚上至16日凌晨,在金川鄉金川村潘某某家用撲克牌打“小九”進行賭博的違法行為供認不諱。",
        "元月17日,東家潘某某因涉嫌賭博罪被歙縣公安局刑事拘留,9名參賭人員被處以行政拘留10日并處1000元罰款的處罰。",
        "調查中,民警了解到當晚潘某某在一夜之間將外出辛苦打工的積攢的四萬多元錢輸個精光,而家中年邁的父母與襁褓中的幼子都需要贍養。潘某某一年的血汗錢血本無歸,除了無法向家人交代,還將受到法律的嚴懲。",
        "一年辛苦為誰忙,賭博一晚輸精光。歙縣警方正告涉賭人員:賭博嚴重影響生產生活、破壞家庭和睦、敗壞社會風氣。公安機關將持續開展禁賭行動,違法犯罪者必受到法律的嚴懲。同時歡迎廣大群眾積極舉報賭博行為,舉報電話:110。",
    ],
    tail="歙公 新安晚報 安徽網 大皖客戶端記者 吳永泉",
    spam=[], forms=["mirror", "mirror-traditional"], legit=True, lang="zh",
    shell="bare", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a provincial news site's report (county police raid a village gambling den before the Spring Festival) copied onto an unrelated host under an /anhui/<yyyy>/<mmdd>/ path, converted to traditional script. A mirror on an unrelated host, so hijacked: true with no injected string; the copied text is lawful anti-gambling police news, so legit: true as well. The capture's space-joined runs are kept as paragraphs; the closing credit line (police office, papers, reporter) is kept out of text and not taken as 作者. No headline/date.",
))

H.append(dict(
    url="http://gsd1adyacid.shchangye.com/dpjtj/info/1005/3405.htm",
    title=None, date="2023-06-28", source=None, author=None,
    paras=[
        "为贯彻落实《彩票管理条例》,根据《彩票管理条例实施细则》和《彩票公益金管理办法》的要求,现将2022年东坡区体育彩票公益金筹集、使用情况公告如下。",
        "一、体育彩票公益金分配情况",
        "2022年本级留用329.40万元。",
        "二、本级体育彩票公益金使用情况",
        "用于群众体育支出332.3407万元,占总数的100.0%。其中:用于援建公共体育场地和设施201.5227万元;用于资助群众体育组织和队伍建设11.40万元;用于资助或组织开展全民健身活动101.778万元;用于组织开展全民健身科学研究与宣传7.86万元;用于其他9.78万元。",
        "特此公告。",
    ],
    sign=["眉山市东坡区教育和体育局", "2023年6月28日"],
    spam=[], forms=["mirror", "mirror-random-subdomain"], legit=True, lang="zh",
    shell="gov", site_name=None, encoding="gbk",
    origin="pages corpus capture: a district education-and-sports bureau's public notice on its 2022 sports-lottery welfare fund (VSB-style /dpjtj/info/1005/ path of the bureau kept) served from a random-looking subdomain of an unrelated host, in simplified script. A mirror of a public body's page on a host with no relation to it, so hijacked: true with no injected string; the copied text is a lawful lottery-fund notice, so legit: true. Date is the notice's own signature date; the signature lines are kept out of text; no headline in the capture. Rebuilt in GBK.",
))

H.append(dict(
    url="http://xxfdqgs.wineast.net/meeting/?FILzP=Q5Sj.html",
    title=None, date=None, source=None, author=None,
    byline="发布时间:2024-11-19 06:39:20 来源: sp20241119",
    paras=[
        "中新网 北京6月9日电 (记者 郝凌宇)“自成立以来,国际华人体育与健康学会年会一直在北美举行,这是首次来到国内,并与中国体育领域最高学府——北京体育大学合作。”在9日于北京体育大学举行的国际华人体育与健康学会第十届年会开幕式上,国际华人体育与健康学会主席陈蔚云向到场的百余名学者如此介绍。她表示,国际华人体育与健康学会始终致力于促进体育科学领域的学者交流,期待参加本次年会的专家学者能够充分展示研究成果和实践经验。",
        "北京体育大学党委常委、副校长洪平在开幕式上说,北京体育大学积极扩大国际合作“朋友圈”,迄今为止已与52个国家和地区的161所高等院校建立校际关系,为推动中华优秀传统文化和体育文化传播发挥了应有作用。",
        "“希望能够以本次年会为契机,为未来开展国际体育交流开拓新局面,并为变革时代全球体育事业可持续发展贡献更多新力量。”洪平说。",
    ],
    captions={1: "9日,国际华人体育与健康学会第十届年会开幕式在北京体育大学举行。图为部分与会者与年会志愿者合影。主办方供图"},
    spam=[], forms=["mirror", "mirror-random-subdomain", "junk-source-stamp"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="utf-8",
    origin="pages corpus capture: a China News Service item (an overseas Chinese sport-science society holds its annual meeting at a sports university) served from a random subdomain of an unrelated wine-trade host under a query-string path, with a '发布时间' stamp months after the dateline and a '来源' holding a date-like token. A copy on an unrelated host, hijacked with no injected string (the token is junk, not spam). Date null (the shown stamp is the copy's, not the item's; the dateline gives no year); source null (junk); the photo caption the capture ran into the second paragraph is kept as a caption. The fourth captured paragraph is cut and left out.",
))

H.append(dict(
    url="http://yuanxuzdh.com/zmryt/370.html",
    title=None, date=None, source=None, author=None,
    paras=[
        "中新社北京2月12日电 (记者 张晓曦 徐雪莹)国务院台办12日在北京举办蛇年首场例行消息宣布会,谈话人朱凤莲就近期两岸交换运动、两岸同胞共度元宵节等热门成绩答复记者发问。",
        "第九届亚洲夏季活动会在哈尔滨举办,激发两岸言论高度存眷。朱凤莲欢送中国台北代表团加入,对中国台北选手在赛场上的出色表示跟获得的成就表现庆祝。",
        "马英九文教基金会克日构造青年先生团组来京,加入“双奥之城 芳华之约”台湾青年北京冰雪季系列运动。朱凤莲表现,欢送台湾青年先生多来年夜陆逛逛看看,两岸年青人互学互鉴、独特生长。",
        "年夜陆方面于春节前发布将规复福建、上海住民赴台团队游。朱凤莲在宣布会上表现,盼望平易近进党政府改弦更张,结束阻拦禁限两岸职员往来跟交换配合,在年夜陆住民赴台游览成绩上拿出诚意,采用求实举动。",
        "就“2025年台北灯节”运动按通例约请上海市团组赴台加入,但平易近进党政府持续拒发上海市两个团组的入台证,朱凤莲指出,平易近进党政府的政治操弄毫无底线,损坏两岸同胞欢度春节的祥跟氛围,违反两岸同胞盼望常来常往的独特欲望,烦扰两岸关联开展跟两岸交换配合的畸形秩序,深入人心,应予非难。",
        "台陆委会日前宣布所谓“中国年夜陆形式讲演”。朱凤莲指出,所谓“讲演”曲解现实、争光年夜陆,其目标就是诈骗误导岛内大众、操弄“反中抗中”。热情欢送宽大台湾同胞来年夜陆实地参访、目击为实。",
    ],
    spam=[], forms=["mirror", "mirror-synonym-spun"], legit=False, lang="zh",
    shell="bare", site_name=None, encoding="gbk",
    origin="pages corpus capture: a China News Service item (the Taiwan Affairs Office's first press conference of the Year of the Snake, 2025) copied onto an unrelated host and run through a synonym spinner (words swapped for near-synonyms or mis-split, e.g. the mainland's name broken into other characters), in simplified script. A copy on a host with no relation to CNS, so hijacked with no injected string (spinning is the copy's own debris, not spam). Text is the spun paragraphs as shown; the capture's last paragraph is cut and left out. No headline/date/来源. Rebuilt in GBK.",
))
