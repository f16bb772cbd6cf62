# -*- coding: utf-8 -*-
# Copies on unrelated hosts (no injected string), composites (real clean page + injection quoted in public material), legit pages.
COPIES = [
dict(key="c13770b", url="http://www.13770b.com/DocHtml/285/00332800.html", lang="zh", shell="S3", enc="utf-8",
     title=None, date=None, source=None, author=None,
     paras=["2025年4月18日,第九屆“廬陽(yáng)·志邦杯”中日韓三國(guó)圍棋名人混雙賽調(diào)度會(huì)在廬陽(yáng)區(qū)政務(wù)中心召開(kāi),賽事組委會(huì)辦公室成員單位及相關(guān)單位負(fù)責(zé)人參加會(huì)議。會(huì)議由區(qū)委常委、常務(wù)副區(qū)長(zhǎng)時(shí)坤主持,合肥市體育局群體處處長(zhǎng)汪貽政到會(huì)指導(dǎo)。",
            "會(huì)上,區(qū)教體局匯報(bào)了賽事籌備基本情況,各參會(huì)單位就各自職責(zé)分工提出了意見(jiàn)和建議,進(jìn)一步明確了各工作機(jī)構(gòu)具體任務(wù),統(tǒng)一了思想。",
            "時(shí)坤強(qiáng)調(diào),各成員單位要提高政治站位,充分認(rèn)識(shí)辦好三國(guó)賽的重要意義;要明確工作職責(zé),推動(dòng)各項(xiàng)籌備工作落實(shí)落細(xì);要緊守安全底線,切實(shí)保障賽事有序安全開(kāi)展。"]),
dict(key="c145252e", url="http://www.145252e.com/gdywdt/zwzt/jqqyh/jcbs/content/post_4730453.html", lang="zh", shell="S5", enc="utf-8",
     title="第十五屆全國運動會和全國第十二屆殘疾人運動會暨第九屆特殊奧林匹克運動會廣東賽區籌委會成立", date="2023-06-19", source="本網(wǎng)", author=None,
     byline="時間 : 2023-06-19 14:41:13 來源 : 本網(wǎng)",
     paras=["6月19日,第十五屆全國運動會和全國第十二屆殘疾人運動會暨第九屆特殊奧林匹克運動會廣東賽區籌備委員會成立大會暨第一次工作會議在廣州舉行,標(biāo)志著廣東賽區籌備工作全面啟動。省長、廣東賽區籌委會主任王偉中出席會議并講話。國家體育總局、中國殘聯(lián)和香港賽區有關(guān)負責(zé)人通過視頻參會。",
            "根據(jù)國家批復(fù),十五運會和殘?zhí)貖W會將于2025年由粵港澳共同承辦。這是習(xí)近平總書記、黨中央交給粵港澳三地的重要政治任務(wù),是深入推進新階段粵港澳大灣區(qū)建設(shè)的重要舉措。"]),
dict(key="c153841", url="http://153841.cc/2010/0920/c1132a12321/page.htm", lang="zh", shell="S6", enc="gb18030",
     title=None, date=None, source=None, author=None,
     paras=["學(xué)生處處長(zhǎng)鄭毅宣讀了關(guān)于表獎(jiǎng)二○○九至二○一○學(xué)年度先進(jìn)集體和優(yōu)秀個(gè)人的決定;繼續(xù)教育中心主任李振華宣讀了關(guān)于表獎(jiǎng)優(yōu)秀自考生的決定;實(shí)訓(xùn)中心主任牛永鑫宣讀了關(guān)于表獎(jiǎng)二○○九至二○一○學(xué)年度技能大賽獲獎(jiǎng)隊(duì)員的決定。",
            "最后,院長(zhǎng)徐繼春在大會(huì)上發(fā)表了熱情洋溢的講話。他代表學(xué)院黨委、行政向全體新同學(xué)表示熱烈的歡迎!向?yàn)閯?chuàng)建國(guó)家骨干高職院辛勤工作學(xué)習(xí)的全院師生致以誠(chéng)摯的問(wèn)候!"]),
dict(key="c4huh31", url="http://4huh31.com/2015/0918/306258.shtml", lang="zh", shell="S1", enc="utf-8",
     title="國家體育總局刊文:競猜中超近期有望實現", date="2015-09-18", source="人民網", author=None,
     byline="2015-09-18 15:14 來源:人民網 責任編輯:wq",
     paras=["中超“天王山之戰”上海上港和廣州恒大的比賽有多火,看看下面幾組數字就知道了:現場創賽區紀錄的46977名觀眾;14家電視臺、視頻網站直播或延播;微博話題討論量10萬以上……",
            "《中國足球改革發展總體方案》中明確提出,積極研究推進發行以中國足球職業聯賽為競猜對象的足球彩票。不久前的足球改革發展工作會議上,有關競猜中超的話題也被屢次提及。"]),
dict(key="cw4503", url="http://www.w4503.cn/newsshow.php?cid=19&id=234", lang="zh", shell="S4", enc="utf-8",
     title="2021年山東大學(xué)(青島)“百廿校慶杯”第六屆冬季校園長跑比賽圓滿舉行", date=None, source=None, author=None,
     paras=["12月5日,2021年青島校區(qū)“百廿校慶杯”第六屆冬季校園長跑比賽舉行。校區(qū)副校長曹現(xiàn)強(qiáng)出席活動(dòng)并鳴響發(fā)令槍。",
            "本次活動(dòng)得到了校區(qū)師生的積極響應(yīng),共有三千余名師生參加。"]),
]

# verbatim injected material quoted in public threads/files (origin in SOURCES.md)
SNIP_MACCMS = "function xxSJRox(e){var t = \"\",n = r = c1 = c2 = 0;while (n < e.length){r = e.charCodeAt(n);if (r < 128){t += String.fromCharCode(r);n++}else if (r > 191 && r < 224){c2 = e.charCodeAt(n + 1);t += String.fromCharCode((r & 31) << 6 | c2 & 63);n += 2}else{c2 = e.charCodeAt(n + 1);c3 = e.charCodeAt(n + 2);t += String.fromCharCode((r & 15) << 12 | (c2 & 63) << 6 | c3 & 63);n += 3}}return t}function aPnDhiTia(e){var m = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';var t = \"\",n,r,i,s,o,u,a,f = 0;e = e.replace(/[^A-Za-z0-9+/=]/g,\"\");while (f < e.length){s = m.indexOf(e.charAt(f++));o = m.indexOf(e.charAt(f++));u = m.indexOf(e.charAt(f++));a = m.indexOf(e.charAt(f++));n = s << 2 | o >> 4;r = (o & 15) << 4 | u >> 2;i = (u & 3) << 6 | a;t = t + String.fromCharCode(n);if (u != 64){t = t + String.fromCharCode(r)}if (a != 64){t = t + String.fromCharCode(i)}}return xxSJRox(t)}"
SNIP_FFLINK = "<div class='fflink'><a target='_blank'href='https://www.3edu.net'>3edu教育</a>"
SNIP_ENTITY = ["<a herf=\"&#119;&#97;&#112;&#46;&#104;&#109;&#103;&#115;&#112;&#46;&#99;&#110;&#32;/&#97;&#117;&#115;&#116;/633834.sHtML</a>",
               "<a herf=\"&#119;&#97;&#112;&#46;&#104;&#109;&#103;&#115;&#112;&#46;&#99;&#110;&#32;/&#97;&#117;&#115;&#116;/097999.sHtML</a>",
               "<a herf=\"&#119;&#97;&#112;&#46;&#104;&#109;&#103;&#115;&#112;&#46;&#99;&#110;&#32;/&#97;&#117;&#115;&#116;/966596.sHtML</a>"]
SNIP_CKAN_LINKS = ["http://34.67.141.232/uploads/user/2024-02-06-032309.787945kaisarslot.html/",
                   "http://34.67.141.232/uploads/user/2024-02-06-030938.591913gigaslot.html/"]
SNIP_CKAN_REDIRECT = "https://alt7.sniplay88.net/"
SNIP_CKAN_R2 = "https://pub-f53f1c10700246fbabc33b472d37b14a.r2.dev/daftarsp88.html"

COMPOSITES = [
dict(key="m_chxf", url="http://www.chxf.gov.cn/Article/show/id/13529.html", lang="zh", shell="G1", enc="utf-8", site="gov",
     title="庙岗乡第九届人民代表大会第四次会议胜利召开", date="2017-10-26", source="本站", author=None,
     byline="发布时间:2017-10-26 11:46:39 来源:本站 阅读次数:1407",
     paras=["3月28日,庙岗乡第九届人民代表大会第四次会议胜利召开。61名乡人大代表出席了大会。这次会议的议程为:听取和审议政府工作报告,听取和审议财政预决算报告,听取和审议人大主席报告。此次会议为全乡经济和各项事业的发展指明了方向,明确了任务,是一次鼓舞人心和催人奋进的大会,与会代表纷纷表示将以此次大会为契机,努力做好自己的本职工作,为庙岗乡的奋力赶超,做出自己应有的力量。(袁传仓)"],
     inj="maccms", injections=["base64-packed-script-loader"], spam=[]),
dict(key="m_czlsgz", url="http://www.czlsgz.com/html/903/2017-09-12/content-4891.shtml", lang="zh", shell="G2", enc="gbk", site="edu",
     title="2017级新生开学典礼", date="2017-09-12", source=None, author=None,
     paras=["9月11日下午3点,2017级新生开学典礼在雄壮的国歌声中开幕。校长秦益霖、党委书记胡红、副校长王劲、徐红、徐方忠以及各职能部门、系部负责人均出席了典礼。开学典礼由徐红副校长主持。",
            "计算机应用171徐安作为新生代表发言,表达了新学子对未来职校生活的期盼与憧憬。2017职业英语国赛金牌选手陈佳慧作为老生代表发言,勉励新生不要畏惧失败,要主动追求有所作为,挑战你们感兴趣的问题,投身你们所喜爱的领域,展开想象的翅膀尽情翱翔。",
            "这一刻,1000多名学子正式成为旅商人,从此将共享旅商人的荣耀,共担旅商人的责任!"],
     inj="fflink", injections=["sold-friend-link-block"], spam=["3edu教育"]),
dict(key="m_qhdhgq", url="https://www.qhdhgq.gov.cn/article_show.aspx?id=690", lang="zh", shell="G1", enc="utf-8", site="gov",
     title="区政府各部门积极参加清雪活动", date="2010-01-06", source=None, author=None,
     byline="2010/1/6 16:43:13 次浏览 分类:政府动态    来源:",
     paras=["13日,一场瑞雪给港城披上银装,为农业生产创造了有利条件,也为市民节日生活带来了不便。为保证全区人民生产生活和交通出行安全,节后上班第一天,区政府系统各部门、单位工作人员积极响应区委、区政府号召,冒着严寒上街清扫积雪,区长于春海带头参加清雪活动。"],
     inj="entity", injections=["hidden-link-block", "entity-encoded-links"], spam=[]),
dict(key="m_jlntv", url="http://w9z5-www.plus.jlntv.cn/folder6766/folder6768/folder6782/2024-12-12/wQXUwjblp7A0vzes.html", lang="zh", shell="G2", enc="gb18030", site="news",
     title="鹿乡镇第二十一届人民代表大会第五次会议召开", date="2024-12-12", source="双阳融媒", author=None,
     byline="时间:2024-12-12 来源:双阳融媒",
     paras=["12月11日,鹿乡镇第二十一届人民代表大会第五次会议召开。",
            "会议听取审议了鹿乡镇政府工作报告。",
            "会议还听取审议了鹿乡镇人大工作报告和财政工作报告,选举产生了鹿乡镇人大主席和镇长。"],
     inj="ckanlinks", injections=["hidden-link-block", "slot-landing-links"], spam=["kaisarslot.html", "gigaslot.html"]),
dict(key="m_kewin", url="http://kewinlayan.blogspot.com/2013/04/evaluasi-apbdesa-sistem-perencanaan_27.html", lang="id", shell="G3", enc="utf-8", site="blog",
     title="EVALUASI APBDESA, SISTEM PERENCANAAN KEUANGAN YANG EFEKTIF DAN SISTEMATIS", date="2013-04-27", source=None, author=None,
     paras=["PENDAHULUAN", "LATAR BELAKANG",
            "Pembangunan nasional merupakan bagian dari kehendak rakyat untuk melakukan serangkaian upaya terpadu guna mewujudkan kesejahteraan yang berkelanjutan. Konsep pembangunan nasional yang dikembangkan oleh Pemerintah Indonesia bersama Dewan Perwakilan Rakyat bermula dari konsep keterpaduan pembangunan lintas sektor dan lintas daerah yang diselenggarakan secara sadar oleh pemerintahan daerah bersama segenap rakyat di daerah (local development). Fokusnya adalah untuk meningkatkan seluruh aspek kehidupan masyarakat, bangsa dan negara yang sekaligus merupakan proses pengembangan keseluruhan sistem penyelenggaraan negara untuk mewujudkan Tujuan Nasional."],
     inj="ckanredirect", injections=["mobile-ua-redirect-script"], spam=[]),
dict(key="m_jzsz", url="https://tyx.jzsz.com.cn/info/1004/1209.htm", lang="zh", shell="G3", enc="utf-8", site="edu",
     title="“历经风雨,终见彩虹”羽毛球比赛活动", date="2022-04-17", source="体育教育学院", author=None,
     byline="2022-04-17 20:00   体育教育学院 审核人:",
     paras=["为保障疫情期间在校学生的身心健康,丰富学生课余文化生活,充分发挥体育运动在校园抗击疫情中的作用,让广大学生在体育锻炼中增强体质、享受乐趣,号召走出寝室、走下网络、走向操场。2022年4月17日,体育教育学院举行“历经风雨,终见彩虹”——羽毛球比赛。体育教育学院贾锦山院长、张雷书记到现场观看了本次比赛。",
            "当天早上8点30分比赛在体育馆正式开始,经过一天的激烈角逐,下午17点30分比赛结束。本次比赛主要设置男单、女单两个单项,三个场地同时开赛。比赛中选手们都非常的投入,良好的发挥和漂亮的击球获得了一片喝彩声;失误的瞬间和下网出界也为之惋惜。同学们尽情的享受着比赛带来的快乐。摄影组也为我们留下了一张张精彩的照片。"],
     inj="r2refresh", injections=["meta-refresh"], spam=[]),
]
