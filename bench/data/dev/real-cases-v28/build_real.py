#!/usr/bin/env python3
"""Build pending-v28/real-cases-v28 from text captured (search corpus `pages`) of real pages.
Every page is rebuilt around the verbatim captured text: the HTML shell is a reconstruction (capture: text).
Spam strings are verbatim from the capture; truth text is the captured article with the spam taken out
(truncated captures keep only whole sentences)."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

SHELLS = {
 "a": """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{ptitle}</title></head>
<body><div class="top">{topline}</div>
<div class="nav"><a href="/">首頁</a> | <a href="/news/">新聞</a></div>
<div class="main"><h1>{h1}</h1>
<div class="info">{info}</div>
<div class="content">{body}</div>
{after}</div>
<div class="footer">{footer}</div></body></html>""",
 "b": """<!DOCTYPE html>
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{ptitle}</title></head>
<body>{topline}<header class="hd"><div class="logo"></div><ul class="menu"><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li></ul></header>
<section class="article"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 新闻中心 &gt; 正文</div>
<h2 class="tit">{h1}</h2><p class="meta">{info}</p>
<div class="v_news_content">{body}</div>{after}</section>
<footer>{footer}</footer></body></html>""",
 "c": """<!doctype html>
<html><head><meta charset="utf-8"><title>{ptitle}</title><meta name="viewport" content="width=device-width"></head>
<body>{topline}<div id="wrap"><article><h1 class="entry-title">{h1}</h1><div class="byline">{info}</div>
<div class="entry-content">{body}</div></article>{after}</div><div id="ft">{footer}</div></body></html>""",
}

def P(lines):
    return "\n".join("<p>%s</p>" % esc(x) for x in lines)

CASES = []
def add(**k):
    CASES.append(k)

# ---------------- hijacked ----------------
add(url="http://www.whddcb.com/college/769.html", shell="a", lang="zh",
    ptitle="欧美成人精品一区二区_345成人看片_毛片无码国产_国产精久久久_国产精品精品久久久_亚洲毛片一区二区",
    topline="欧美成人精品一区二区_345成人看片_毛片无码国产_国产精久久久_国产精品精品久久久_亚洲毛片一区二区",
    title="關于物料編碼,你要知道這10個知識點!", info="", date=None, source=None, author=None,
    shown=None, text=["PDM為什么需要編碼",
      "在PDM系統中,管理的對象是產品的設計數據,而產品在生產的必須要有唯一的編碼。所以設計一套符合企業需求的編碼系統是上一套PDM系統的前提。",
      "當然,如果企業上的是圖文檔管理系統,類似Solid Edge Insight或者SolidWorks Enterprise PDM這樣的系統,由于管理的是文件而不是產品。那么有沒有編碼管理關系不大。",
      "實際上,基于編碼的管理,也正是PDM和圖文檔管理系統的最大區別。",
      "編碼如何產生",
      "不管有沒有PDM系統,實際上,生產企業都必須有一個編碼來代表一個產品或一個零件。傳統的方法是由企業的標準化部門來手工分配編碼。",
      "如果企業已經上了ERP系統,那么編碼有可能由ERP系統來分配。",
      "但如果企業上了一套PDM,設計文件的編碼再由ERP系統分配,就有點舍近求遠了。因為CAD/PDM是設計數據的源頭。設計數據的編碼由PDM系統自動分配是最合理的。"],
    spam=["欧美成人精品一区二区_345成人看片_毛片无码国产_国产精久久久_国产精品精品久久久_亚洲毛片一区二区"],
    inj=["porn-keyword-line-title-and-top"], origin="search:pages (text capture of a traditional-script copy; porn keyword line as page title and first line)")

add(url="http://m.ahlmmw.com/n2/2021/1002/c134768-34942014.html", shell="a", lang="zh",
    ptitle="天天av影院免费看,99久久精品无码一,AV综合色无码不卡,中久无码永久在线观看",
    topline="天天av影院免费看,99久久精品无码一,AV综合色无码不卡,中久无码永久在线观看",
    title="防止未成年人沉迷網絡游戲舉報平臺上線", info="2021年10月02日08:59 | 來源:人民網-人民日報",
    date="2021-10-02", source="人民網-人民日報", author=None, shown=None,
    text=["新華社北京9月30日電 (記者史競男)為督促游戲企業切實履行主體責任、嚴格執行防止未成年人沉迷網絡游戲相關要求,發揮社會各方面監督作用,國家新聞出版署防止未成年人沉迷網絡游戲舉報平臺9月30日正式上線運行。",
      "據介紹,舉報平臺專項受理群眾關于游戲企業防沉迷相關問題的舉報,包括實名認證違規舉報、時段時長違規舉報、充值付費違規舉報等,舉報線索一經核實,有關部門將對違規游戲企業進行嚴厲查處。",
      "舉報平臺網址為:http://jubao.chinaso.com。"],
    spam=["天天av影院免费看,99久久精品无码一,AV综合色无码不卡,中久无码永久在线观看"],
    inj=["porn-keyword-line-title-and-top"], origin="search:pages (text capture of a traditional-script copy of a people.cn page; porn keyword line on top)")

def brand_case(url, brand, paras, shell, origin_note, title=None, date=None, info=""):
    shown = [p.replace("\u0000", "") for p in paras]
    text = [p.replace(brand, "").replace("  ", " ") for p in paras]
    add(url=url, shell=shell, lang="zh", ptitle=title or "正文",
        topline="", title=title, info=info, date=date, source=None, author=None, shown=shown, text=text,
        spam=[brand], inj=["brand-substituted-for-institution-name"], origin="search:pages (" + origin_note + ")")

brand_case("https://hzgudijc.com/info/1061/4324.html", "公海7108线路", [
  "3月9日下午,公海7108线路在605会议室召开会议,传达2022年学校工作会议精神。学院班子成员、党委委员,各系部、办公室正副主任,党支部书记,教代会代表,工会代表参加了会议。会议由院党委书记吴溥峰主持。",
  "杨文选院长传达了会议精神。他强调,今年,要贯彻落实好学校2022年总体部署的四点要求:一是以迎接宣传贯彻党的二十大为主线,抓学习强思想。二是以省委巡视整改为契机,抓党建强引领。三是以提质增效奋进为主题,抓落实重实干。四是以防范化解重大风险为底线,抓安全保稳定。同时,全体教职员工要提高思想认识和政治站位,进一步转变工作作风,要从加强党的领导、深化改革创新、聚焦立德树人、加强一流建设、坚持开放办学、强化服务保障、筑牢校园防线等七个方面,勇于担当尽责,奋力开拓进取,确保今年各项任务顺利完成。"],
  "b", "copy of a college news page on an unrelated host, brand put in the college's place")
brand_case("http://www.mydigitalpets.com/info/1031/5550.html", "9728太阳集团", [
  "9月20日上午,9728太阳集团于我校東校區清源樓A-227會議室召開黨政聯席會議。該院全體黨政領導班子成員及辦公室主任參加,會議由該院黨委書記管金标主持。",
  "會上,管金标書記傳達了最新工作指示和精神,強調了在新時代背景下,9728太阳集团應深刻領會和貫徹黨的二十屆三中全會精神,積極響應黨的二十屆三中全會提出的進一步全面深化改革的号召,不斷提升學院教育教學質量和科研創新能力,以适應新時代的要求。",
  "最後,管金标書記強調,學院的發展離不開全體教職工的共同努力和無私奉獻,要求大家繼續發揚團結協作、勇于擔當的精神,以更加飽滿的熱情和更加務實的作風投入到工作中去,共同推動9728太阳集团各項事業再上新台階。",
  "此次黨政聯席會議的召開,不僅加強了學院領導班子之間的溝通與合作,也為學院未來的發展奠定了堅實基礎。9728太阳集团全體領導将以此次會議為契機,攜手并進,共同開創學院更加輝煌的未來。"],
  "a", "traditional-script copy of a university school page, brand in the school's place")
brand_case("http://keyaqi.com/info/1092/2560.html", "4008云顶集团", [
  "为增强广大师生身体素质,养成良好的体育锻炼习惯,2016年4月9日上午,4008云顶集团分工会在后院塑胶操场举办了第四届师生趣味运动会,学院全体教职工与800余名学生参加了运动会。",
  "本次运动会分为教工组和学生组,比赛项目又分为个人赛和团体赛,其中个人赛有踢毽子、足式保龄球、指压板跳绳;团体赛有坐气球、全能接力、小火车等活动。在赛场上,老师和学生兴致勃勃的享受着每一个趣味运动的过程,参与的热情持续高涨,师生之间关系其乐融融。",
  "本次活动活跃了校园文化氛围,加强了同学之间的交流,丰富了教师的业余生活,使大家在繁忙的工作学习之余享受身心的放松。愿健康与欢乐永远与大家相伴!"],
  "c", "copy of a college union news page, brand in the college's place")
brand_case("http://crystalrivercommons.com/2019/0723/c17022a213189/page.html", "kaiyun体育登录网页入口", [
  "为丰富员工课余生活,记录学习生活中的点点滴滴,kaiyun体育登录网页入口于7月1日至7月20日举办秀出你的“美”抓拍大赛。本次活动由共青团kaiyun体育登录网页入口委员会主办,材料学院研究生会承办,共有140名选手参加本次活动。",
  "本次活动面向全校师生征集珍藏表情包,照片主角要求为本校师生,并要求参赛选手提供的作品必须为原创抓拍图片,严禁刻意摆拍、不健康不积极的内容。本次活动分为三个环节:作品收集、初赛投票和现场决赛。活动伊始,经过线上线下宣传,共收集到来自全校师生的作品共140份。征集的作品有同学们欢乐的课堂瞬间,有运动场上的滑稽动作,也有寝室的奇葩睡姿。随后,作品经审核合格后,上传至微信公众号进行为期10天的初赛投票环节。投票结束后,共有11份作品进入决赛。最终,经过决赛的比拼,作品为《做梦真好》的石工学院张楚晗荣获本次活动的一等奖,作品《童心未泯》、《愁》分别荣获二、三等奖,其余8份作品获得四、五等奖和优秀奖。",
  "本次秀出你的“美”抓拍大赛,活动形式新颖独特且简单方便,为师生们提供了一个可以“出卖”亲朋好友的平台,在博君一笑的同时,增进了同学朋友之间的感情,丰富了同学们的课余生活,为紧张的学习生活添加了乐趣。"],
  "b", "copy of a university news page, brand in the university's place")
brand_case("https://359club.com/wanboguanwangmanbetx/kjy/info/1018/4926.htm", "OB欧宝电竞", [
  "7月5日上午,河南省教育厅副总督学岳德胜一行莅临OB欧宝电竞开展专题调研,实地考察了OB欧宝电竞国家大学科技园。副校长丁梧秀、黄志全陪同。大学科技园相关负责人在一楼展示大厅对园区基本情况、功能定位、配套服务、未来规划等方面进行讲解。",
  "岳德胜一行先后走进河南弗洛瑞新材料有限公司、河南省魁卓网络科技有限公司、洛阳飞度智能科技有限公司等园区在孵企业,深入了解园区内创业项目、企业主营业务、发展现状等情况,与园区创业青年进行交流。",
  "岳德胜在交流后表示赞许,鼓励企业要坚持自主创新,不断提升原创能力,将文化与科技融合,培育自主品牌。",
  "调研在轻松热烈的讨论交流中接近尾声,岳德胜表示对园区整体发展取得的成果感到满意,希望园区继续发挥专业化产业园区的建设及运营优势,推动园区高起点规划、高标准建设、高水平发展,努力促进产业链、创新链、人才链和生态链的有机融合,加快推动园区新兴产业发展壮大,助力洛阳副中心城市的快速建设。"],
  "c", "copy of a university science-park page under a brand-named path, brand in the university's place")

add(url="https://yourlife-china.com/xinwenzhongxin/shinazhishi/1460.html", shell="b", lang="zh",
    ptitle="上海市“全民健身日”活动线上线下燃动全城三亿体育手机app下载", topline="",
    title="上海市“全民健身日”活动线上线下燃动全城", h1="上海市“全民健身日”活动线上线下燃动全城三亿体育手机app下载",
    info="栏目:室内知识 发布时间:2024-08-16 20:15:38", date="2024-08-16", source=None, author=None,
    shown=["三亿体育漫游苏河畔玩转潮流运动,“全民健身日”共享健康生活。8月6日,2022年上海市“全民健身日”活动暨“半马苏河”运动生活节开幕式在上海普陀区苏州河畔举行。上海市副市长陈群宣布活动开幕。",
      "上海市体育局党组书记、局长徐彬,上海市体育局一级巡视员赵光圣,普陀区委书记姜冬冬,普陀区委副书记、区长肖文高,普陀区副区长王珏,兴业银行上海分行行长夏维淳等为奥运冠军钟天使、火亮和社会体育指导员代表颁发“上海城市业余联赛志愿者”聘书。在第14个“全民健身日”到来之际,上海以“喜迎二十大,运动促健康”为主题,在8月6日至14日期间围绕“场馆开放、赛事活动、健身指导、宣传推广”四个方面,开展内容丰富、小型多样的全民健身活动,满足群众体育健身需求三亿体育手机app下载。在当天的开幕式上,奥运冠军、城市业余联赛志愿者钟天使宣读倡议书,向市民发出全民健身号召,传递运动健康正能量。",
      "“一江一河”是上海特有的城市符号和重要的发展纽带。近年来,随着河岸线的打造,沿岸不断涌现出新地标、新空间。越来越多的市民沿着苏河水岸运动健身三亿体育手机app下载,全民健身氛围日渐浓厚。普陀区首届“半马苏河”运动生活节,是申城“全民健身日”6项市级重点活动之一,在苏州河沿岸展现时下热门的水上运动、冰雪运动、草坪露营等,让更多人在享受慢生活的同时体验到运动带来的幸福感。"],
    spam=["三亿体育手机app下载", "三亿体育"], inj=["brand-keyword-inserted-in-sentences", "title-suffix-brand"],
    origin="search:pages (copied news article on a company-style site; brand appended to the headline and wedged into sentences)")

add(url="http://julialeeyoga.com/product20/206.html", shell="c", lang="en",
    ptitle="亚搏彩票竞彩官网_2023亚洲杯赛区会在大连召开 杜兆才强调办赛目标", topline="",
    title="2023亚洲杯赛区会在大连召开 杜兆才强调办赛目标", h1="亚搏彩票竞彩官网_2023亚洲杯赛区会在大连召开 杜兆才强调办赛目标",
    info="当前位置:首页 &gt; 产品中心 &gt; 熟食产品 &gt; 酱卤系列", date=None, source=None, author=None,
    shown=["Xinhua News Agency, Dalian, October 10 (Reporter Gongbing, Cai Yongjun) The first regional work meeting of the 2023 AFC Asian Cup China Organizing Committee will be held in Dalian on the 10th. Du Zhaocai, deputy director of the State Sports General Administration and executive chairman 亚搏彩票官网网站of the Chinese Organizing Committee, stated that he will take advantage of the opportunity of hosting the Asian Cup to promote the development of the football industry, exchange experience in depth, clarify work priorities, and enhance the sense of coordination, so as to lay a solid foundation for the next stage of preparations. basis."],
    text_override=["Xinhua News Agency, Dalian, October 10 (Reporter Gongbing, Cai Yongjun) The first regional work meeting of the 2023 AFC Asian Cup China Organizing Committee will be held in Dalian on the 10th. Du Zhaocai, deputy director of the State Sports General Administration and executive chairman of the Chinese Organizing Committee, stated that he will take advantage of the opportunity of hosting the Asian Cup to promote the development of the football industry, exchange experience in depth, clarify work priorities, and enhance the sense of coordination, so as to lay a solid foundation for the next stage of preparations. basis."],
    spam=["亚搏彩票竞彩官网", "亚搏彩票官网网站"], inj=["title-prefix-brand", "brand-keyword-inserted-in-sentences"],
    origin="search:pages (machine-translated news on a food-shop product page; brand prefixed to the headline and wedged mid-sentence)")

add(url="http://butuo.hnxfqy.com/post/FJXq_90193.html", shell="a", lang="zh",
    ptitle="原创 “马会传真资料网站星耀中国 科创未来”系列展览在澳门开幕", topline="",
    title=None, h1="原创 “马会传真资料网站星耀中国 科创未来”系列展览在澳门开幕", info="", date=None, source=None, author=None,
    shown=None, text=["中新网澳门1月13日电 “星耀中国 科创未来”系列展览13日下午在澳门科学馆开幕,集中展示中华人民共和国成立以来不同领域的科技工作者为实现科技强国伟大事业所作贡献及其奋斗故事。",
      "据介绍,系列展览设有“共和国血脉”“无声的惊雷”及“拳拳报国芯”三大展区,通过多媒体互动展品、实物展示及珍贵图片介绍中国在石油及能源勘探、“两弹一星”研发及其他尖端技术研究道路上砥砺奋进的过程与重大成就,展现科技现代化的进程。场馆还展示澳门多家高等院校的科研成果及科研企业的产品,让访客了解澳门的科创发展。",
      "中国科学技术协会港澳台办公室副主任张斌致辞时表示,希望通过一项项重大科技成就,让观众既能对中国科技事业的发展有直观的认识,也能体会到蕴含其中的精神内核和价值追求。",
      "“未来将进一步加强对澳门科技工作者的联系服务,为澳门科技工作者融入国家学术科创人才培养体系创造条件,激励广大科技工作者和青少年坚定创新自信,推动全社会广泛凝聚起支持澳门融入国际发展大局的力量。”张斌说。",
      "此外,主办单位还将在展览期间推出科普剧场“天地芯——中国科学家们的故事”,让观众通过演员的生动演绎,了解“中国航天之父”钱学森、“中国地质力学奠基人”李四光及“中国半导体之母”谢希德的生平事迹与卓越成就。",
      "系列展览将持续至3月2日。(完)"],
    after="<p>一是湖北枝江酒业股份有限公司被要求补税8500万元,因这笔税款被追溯至1994年,使得税务“倒查30年”成为舆论焦点。二是宁波博汇化工科技股份有限公司3月份收到当地税务要求补税5亿元的通知,最近企业宣布停产。</p>",
    spam=["马会传真资料网站"], inj=["lottery-keyword-glued-into-headline", "unrelated-text-spliced-after-article"],
    origin="search:pages (copied chinanews article; lottery keyword glued into the headline's quotation and an unrelated paragraph spliced after the end; the headline itself is not kept as truth because the brand sits inside it)")

add(url="https://youhui.cardbaobao.com/bqf/ni5nm2.html", shell="b", lang="zh", ptitle="8455新葡萄娱乐场特色在哪下载安装?8455新葡萄娱乐场特色好用吗?",
    topline="", title=None, h1="8455新葡萄娱乐场特色在哪下载安装?8455新葡萄娱乐场特色好用吗?", info="作者: 魏珊阅 2024年11月07日 00:20",
    date=None, source=None, author=None, shown=None,
    text=["据了解,本次大赛由国家体育总局、中华全国体育总会主办,相关省(区、市)体育行政部门、省(区、市)体育总会、地方人民政府等承办。作为一项全国性、综合性、群众性赛事活动,大赛坚持以人民为中心的发展思想,紧紧围绕新时代广大人民群众对参加国家级赛事活动的迫切愿望和期待,将赛事活动办在群众身边,为群众提供“举步可就”的全国性赛事活动平台。",
      "国家体育总局社会体育指导中心主任刘君柱在发布会上介绍了大赛基本情况。大赛计划每两年举办一次,今年为首届比赛。开幕式计划于5月20日在辽宁省沈阳市举行,年底前完成全国总决赛并举办闭幕式。全国将划分为七个赛区,项目设置将采用“5+N+X”的方式:“5”为5个规定比赛项目,即足球、篮球、排球(气排球)、健身气功和太极拳;“N”为N个在本赛区的自选特色项目,“X”为各省(区、市)自选项目,均可根据实际情况自行确定。"],
    after="<div class=\"pl\"><p>8455新葡萄娱乐场特色在哪下载安装?8455新葡萄娱乐场特色好用吗?</p><p>网友评论更多</p><p>702柴园天l</p><p>土耳其伊斯坦布尔一建筑起火致29人死亡</p><p>2024/11/07 推荐</p><p>333匡腾妹741</p><p>“弱鸟先飞”的闽东乡村振兴一线观察</p><p>2024/11/05 不推荐</p></div>",
    spam=["8455新葡萄娱乐场特色在哪下载安装", "8455新葡萄娱乐场特色好用吗"], inj=["spam-question-title-and-fake-comment-block"],
    origin="search:pages (sports news on a coupon-site subdomain; casino app question used as headline and repeated under a fake comment list; author line belongs to the spam block, not kept)")

CUN = ["“春节期间,江苏徐州沛县八堡村的足球比赛在当地火了,每天都有十里八乡的村民来观赛……烤红薯等商业配套也跟过来了,停车都停不下来。村民也都不打牌了,都出来看比赛。”据1月31日澎湃新闻网报道,这是《人民日报》在春节期间发布的一段微博,当时还配发了“村界杯”比赛的画面。这条微博很快爆火,央视新闻频道也进行了题为“小小乡村足球赛,千人欢聚过大年”的报道。",
  "2022年篮球“村BA”火了,2023年足球“村界杯”也要火?近年来,即便在国内足球联赛上,也很难见到如此火爆的比赛场景。乡村草根足球比赛虽然专业水平不高,但胜在人气旺,民间基础好,群众参与度高,村民观赏热情足,可谓真正的群众体育。",
  "据介绍,这座足球场是2019年由当地政府建成后向老百姓免费开放的。三年来,踢球的队伍越来越多,最终形成了“村界杯”比赛。今年,除沛县当地球队及徐州市其他地区球队外,还有来自山东的球队参加,活动影响力越来越大。可见,免费足球场地的存在,不仅激发了村民踢球的兴趣,也助推了当地足球运动的火热和“村界杯”的兴起。",
  "“村界杯”名声大噪,村民都来围观比赛,带火了“商业配套”,形成了良性循环,甚至吸引了周边学校的小球员观赛。当地知名足球运动员也在回家过年时,去现场观看了“村界杯”,为参赛球员加油助威,发微博宣传家乡足球活动。"]
def cun(url, head, src, sub, npar, pre, origin):
    add(url=url, shell="a", lang="zh", ptitle=head, topline="正在阅读:" + head, title="“村界杯”,对全民体育的生动诠释",
        h1=head, info="来源:" + src, date=None, source=None, author=None, shown=None,
        pre=pre + "<p>%s</p><h3>“村界杯”,对全民体育的生动诠释******</h3>" % esc(sub), text=CUN[:npar],
        spam=sorted({s for s in (head, re.sub(r"\d{4}-\d\d-\d\d.*$", "", src), sub) if s}), inj=["spam-headline-source-and-subheads-over-real-article"],
        origin="search:pages (" + origin + ")")
cun("http://zou.lasik-gensen.com/D_099841.html", "佰家富app网址|佰家富app", "佰家富app骗局2024-04-06 17:48", "佰家富app网址", 3,
    "<h3>习言道|再加把劲!习近平“新年金句”暖心提气******</h3><p>新年前夕,国家主席习近平通过中央广播电视总台和互联网,发表了二〇二三年新年贺词。他指出——</p>",
    "copy of a people.cn commentary; brand as headline, as 来源 and as a sub-heading before the article")
cun("http://pian.perufans.com/O_zhakai.html", "大发平台开户 - 大发平台论坛", "大发平台客户端下载2024-07-20 17:48", "大发平台开户", 1,
    "<h3>金句来了!二〇二三年新年贺词亮点都在这里******</h3><p>“我们战胜了前所未有的困难和挑战,每个人都不容易。”新年前夕,习主席发表了二〇二三年新年贺词,这些话语句句饱含深情又充满力量。一起来看今年的新年贺词里有哪些亮点。</p><p>策划:李方舟</p><p>整理:王蕾</p><p>制图:董大正</p>",
    "same network, another brand; capture cut after the first paragraph of the article")
cun("http://sui.paopaozx.com/P_queenwear.html", "彩神ap返点 - 彩神apapp下载", "彩神apapp2024-05-29 17:48", "彩神ap返点", 4, "",
    "same network, another brand")
cun("http://dishes.careyatlantaproperties.com/V_paishun.html", "y39彩票充值_平台推荐官方版v2.9.1(2023已更新)", "y39彩票官方网站2024-09-24 17:48", "", 4, "",
    "same network, another brand; no brand sub-heading on this page")

XF = ["2月19日,国家市场监管总局等五部门发布《优化消费环境三年行动方案(2025—2027年)》(下称《方案》)称,在实施消费秩序优化行动中,将持续开展网络市场监管专项行动,重拳打击网络市场中流量造假、刷单炒信、低俗带货、违法广告等违法行为。",
  "近年来,网络流量造假现象频发,严重破坏了公平竞争的市场秩序。",
  "2024年,国家市场监管总局发布《网络反不正当竞争暂行规定》。其中,第九条针对流量造假行为进行了专门规制,围绕销售状况、交易信息、经营数据、用户评价等指标列举了常见的流量造假行为类型,为执法提供了更为明晰的认定指引。",
  "去年以来,中国网信部门持续加大对网络水军打击力度,严肃查处网络水军组织招募、推广引流、刷量控评等问题,协调关闭、下架网站平台400余家,督促重点平台清理违法违规信息482万条,处置账号和商家店铺239万个、群组5.2万个。",
  "相关平台也在打击虚假流量。2月17日,抖音电商发布关于打击网络水军的治理公告称,2024年,该平台共清理了160万个水军账号,日均拦截水军评论超250万条。",
  "抖音电商相关负责人表示,打击虚假流量是一场持久战,平台将继续保持高压态势,不断完善识别手段,加强用户教育,与相关部门和社会各界共同努力,共建清朗网络空间。",
  "上述《方案》还提出,将持续开展民生领域“铁拳”行动,重点查处食品领域“两超一非”、以假充真、以次充好、计量作弊等问题。聚焦网购快递、电信、装修、维修、旅游等行业领域治理“霸王条款”。"]
T = "重拳打击流量造假,五部门出台《优化消费环境三年行动方案》"
add(url="http://tx.tododelantales.com/8248.html", shell="c", lang="zh", ptitle="含羞草传媒旧版每天免费3次:继承者们18集-" + T, topline="",
    title=T, h1="含羞草传媒旧版每天免费3次:继承者们18集-" + T, info="admin 热点 2025-02-19 1 0", date="2025-02-19", source=None, author=None,
    shown=None, text=XF, spam=["含羞草传媒旧版每天免费3次:继承者们18集"], inj=["porn-app-prefix-on-headline"],
    origin="search:pages (copied news article on a WordPress-like farm; porn app name prefixed to the real headline)")
add(url="https://fachmijaidi.com/17454.html", shell="c", lang="zh", ptitle="黑料门-今日黑料-最新2024:97色播网-" + T, topline="",
    title=T, h1="黑料门-今日黑料-最新2024:97色播网-" + T, info="糖心vlog 房产 2025-02-19 1 0", date="2025-02-19", source=None, author=None,
    shown=None, text=XF, spam=["黑料门-今日黑料-最新2024:97色播网", "糖心vlog"], inj=["porn-app-prefix-on-headline"],
    origin="search:pages (same article on another farm host; porn site names prefixed to the headline and used as the byline name)")

add(url="https://2kapp.com/info/1343/78037.html", shell="b", lang="zh", ptitle="学校召开2023年上半年学校体育工作专题会议", topline="",
    title="学校召开2023年上半年学校体育工作专题会议", h1="学校召开2023年上半年学校体育工作专题会议", info="时间:2023-03-10   点击数:",
    date="2023-03-10", source=None, author=None, shown=None,
    text=["3月7日上午,我校召开2023年上半年体育专题会议,会议由校党委委员纪委副书记、纪委办主任袁勤主持。校党委委员、副校长刘升学出席,相关部门负责人、各二级学院党委(总支)书记、体育教学科研部负责人参加。",
      "体育教学科研部副主任马福兴解读了2023年度大学生各项体育赛事活动计划和大学生体质健康测试、晨跑专项实施方案,重点介绍了上半年大学生乒乓球比赛、足球联赛、排球联赛竞赛规程及相关工作。",
      "校工会常务副主席周少华介绍了2023年度教职工体育活动安排。",
      "副校长刘升学对2023年学校体育工作提出四点要求:一是高度重视。认真贯彻落实党的教育方针,要以更高标准、更强使命去看待体育工作,推动德智体美劳全方位育人,培养心智健全、身心健康的优秀人才;二是突出亮点。体育竞赛和体育活动是学校教育工作的亮点,各部门要齐心协力抓实抓好各项体育工作,办好今年每一项赛事活动,突出以学生为中心,持续改进工作方式,取得更好成效;三是培育学校体育文化。继续推进体育俱乐部制教学改革,依托体育俱乐部个性化平台,坚持体育常规训练队建设,打造我校体育运动特色项目,努力建设积极向上的体育文化;四是提升竞争力和影响力。各部门团结一心,再接再厉不断刷新竞赛成绩,积极参与社会体育指导和赛事服务工作,提升我校体育工作的竞争力和影响力。",
      "就如何贯彻本次会议精神,抓好工作落实,袁勤从迅速宣传发动、加强沟通协调、完善实施方案等方面进行了强调。(文/马福兴 图/热苏里·乌斯曼 审稿人/一审:梁晓龙 二审:马福兴 三审:余忠)"],
    footer="版权所有@威尼斯(569·vip认证)游戏大厅", spam=["威尼斯(569·vip认证)游戏大厅"], inj=["footer-copyright-holder-replaced-by-brand"],
    origin="search:pages (copy of a university news page; the footer's copyright holder replaced by a casino brand, article untouched)")

add(url="https://xidiw.com/info/1059/2382.html", shell="b", lang="zh",
    ptitle="开元游戏大厅网站“冬日暖阳·强国有我”师生环新校徒步健康行活动成功举行", topline="",
    title=None, h1="开元游戏大厅网站“冬日暖阳·强国有我”师生环新校徒步健康行活动成功举行",
    info="发布时间:2021-12-08    作者:陈乐凯    来源:     浏览次数:", date="2021-12-08", source=None, author="陈乐凯", shown=None,
    text=["为积极响应党中央、国务院关于广泛开展全民健身运动的号召,更好地宣传体育精神,吸引更多的师生参与体育运动、增强健康素质,根据学院年度工作计划,12月4日下午由院工会、学工办联合主办的“冬日暖阳·强国有我”师生环新校徒步健康行活动在新校区成功举行。",
      "活动吸引全院300余名师生组成52支队伍参与所有参赛队伍统一从新校区艺术楼出发,按规定路线徒步环新校区,最终返回艺术楼。途中设置四个打卡点,参赛队伍需在四个打卡点合影打卡同时到达终点为有效参赛最终根据比赛用时从少到多排序。",
      "徒步活动在院党委副书记工会主席张金学教授宣布比赛开始后正式拉开帷幕52支参赛队像离弦之箭冲上“赛道”,他们激情饱满、奋勇当先,团结合作;比赛途中他们相互鼓励、欢声笑语;途中打卡点他们面对镜头露出灿烂的微笑。经过紧张刺激的比拼,最终由方艾芬老师带领的“艺路狂奔的少年队夺得一等奖,由郭贝贝老师、王峥老师、罗曦老师等带领的队伍斩获二等奖。",
      "随着社会的飞速发展人与人的相处都交给了网络本次徒步活动使老师和同学们亲近了自然进了情谊,进一步形成团结友爱和互帮互助的良好风尚并为大家的学习工作增光添彩。"],
    spam=["开元游戏大厅网站"], inj=["brand-substituted-in-headline-only"],
    origin="search:pages (copy of a college news page; the college name in the headline and page title replaced by a casino brand, body and byline untouched; true headline not kept as truth since the institution's name is lost)")

# ---------------- legit ----------------
def legit(url, lang, title, text, shell="a", date=None, source=None, info="", origin=""):
    add(url=url, shell=shell, lang=lang, ptitle=title or text[0][:20], topline="", title=title, h1=title or "", info=info, date=date,
        source=source, author=None, shown=None, text=text, spam=[], inj=[], origin="search:pages (" + origin + ")", legit=True)

legit("https://bbs.gdmm.com/forum.php?goto=lastpost&mod=redirect&tid=3392674", "zh", None, [
  "彩票公益金的使用,有严格的管理和监督机制保驾护航。《彩票管理条例》《彩票管理条例实施细则》《彩票公益金管理办法》对彩票公益金的宣传公告和监督检查均有明确规定,彩票公益金的管理、使用单位,应当及时向社会进行公告或者发布消息,依法接受财政部门、审计部门和社会公众的监督。",
  "财政部应当于每年8月底前,向社会公告上一年度全国彩票公益金的筹集、分配和使用情况。",
  "省级财政部门应当于每年6月底前,向社会公告上一年度本行政区域内彩票公益金的筹集、分配和使用情况。",
  "省级以上民政、体育行政等彩票公益金使用部门、单位,应当于每年6月底前,向社会公告上一年度本部门、单位彩票公益金的分配和使用情况。",
  "这种全方位的信息公开与监督体系,确保了公益金使用的公开、透明。"], shell="c", origin="forum post explaining lottery welfare-fund disclosure")
legit("http://16886000.com/house/hangye_59/lookhangye-16103.html", "zh", None, [
  "湖北省福彩公益金公开\"明白账\" 星光计划1.2亿元,福星工程6.3亿元,安居工程1.6亿元……昨日,湖北省民政部门公开湖北省公益金使用的“明白账”,受到国家民政部领导的高度评价。",
  "12月19日,湖北省民政厅、省事业促进会通报表彰了一批管理与使用公益金的先进单位和个人。民政部副部长窦玉沛、省老领导黄远志出席了表彰大会并讲话。",
  "今年7月1日实施的《彩票管理条例》规定,每年要向社会公告上年度彩票公益金使用情况。湖北省这次向社会展示了发行21年来的公益成果,其公益金主要用于19个类别的社会福利事业。",
  "民政部副部长窦玉沛接受采访时说,湖北是全国最先、最系统地公布21年公益使用情况的省份,湖北利用公益金推进的“福星工程”、“安居工程”等项目,已成为全国有影响力的公益品牌。",
  "按规定,公益金只准用于扶老、助残、救孤、济困、赈灾等五个方面,规范管理、透明使用,是取信于民的重要手段。近几年,湖北销售额居中部地区第一、全国第六。"], shell="b", origin="reposted news on welfare-lottery fund disclosure (the hosting site is an industry portal; no spam in the capture)")
legit("http://china-news6.blogspot.com/2010/12/7_18.html", "zh", None, [
  "本报讯(记者 王松南)本月初,渝中区公安分局接群众举报后,一举打掉了一个盘踞在渝中区的网络赌博团伙,当场挡获20名嫌疑人,缴获赌资4万余元。目前,其中7名涉案人员因涉嫌开设赌场,已被警方刑拘。",
  "据了解,本月初,渝中区公安分局接到群众举报,称渝中区一号桥华庭锦苑小区一租赁房内,有人利用互联网聚众赌博。民警经过多次暗访,很快摸清了这个赌博窝点的规模、参赌人员及活动规律等情况,并制定了行动方案。",
  "10日晚22时,该分局集结80余名警力,在便衣民警乔装赌客将房门敲开后,其他民警迅速进入,将房中20名违法犯罪嫌疑人控制,查获赌资4万余元,涉案电脑2台及账本等物。",
  "经查,自今年9月以来,嫌疑人邓某、谢某、刘某等人,利用互联网,从境外将百家乐赌场现场信息接入渝中区一号桥华庭锦苑一租赁房内,开设赌场聚众赌博,从中“抽头”牟利。"], shell="c", origin="blog repost of a police report on an online-gambling den")
legit("http://www.tjflcpw.com/news/news.aspx?newsId=136", "zh", "关于禁止向未成年人出售福利彩票的通知", [
  "各省、市、自治区募办:",
  "最近,社会舆论对未成年人参与购买彩票的批评很多,此事也已引起中央领导同志的重视。",
  "未成年人不具备完全民事行为能力,为了保护青少年身心健康成长,今后福利彩票禁止向未成年人出售,以更好地体现福利彩票利国利民、造福社会的宗旨。",
  "请各级募办认真贯彻执行。"], shell="b", date="2014-06-26", info="发布人 编辑:天津福彩   发布时间 2014-06-26   查看人数 查看人数:28222",
  origin="welfare-lottery centre notice banning sales to minors")
legit("https://taiwan.cri.cn/2014-5-6/38dc6705-a653-45c4-2191-f0326e1d9014.html", "zh", "香港回归后首办亚洲赛马会议 特首敲响铜锣揭幕", [
  "中新社香港5月5日电 (记者 李焯龙)为期4天的第35届亚洲赛马会议5日在香港揭幕。",
  "亚洲赛马会议由亚洲赛马联盟的成员国和地区举办,首届会议于1960年在日本东京举行,大约每隔两年举行一次。现时,该联盟有21个成员国和地区。",
  "当天晚上,大会举行开幕典礼和欢迎晚宴,幷邀得香港特区行政长官梁振英主礼。随着梁振英手上的大槌一挥,敲响巨型铜锣,象征本届会议正式揭开序幕,会议即日起至8日在香港会议展览中心举行。",
  "典礼上,香港赛马会主席施文信致辞时表示,这是香港第三次获选主办亚洲赛马会议,而上一次作为会议的东道主,已经是在1991年。",
  "他表示,今年会议吸引近800人出席,包括来自大约40个赛马机构的赛马干事、行政人员、各种业务领域的高层管理人员及领导者。",
  "施文信介绍,亚洲赛马联盟的21个成员目前每年举行的赛事多达5.5万场,差不多占了全世界赛事的40%。联盟成员在2012年合共录得750亿美元的投注额,占全球赛马投注额的将近60%。在育马方面,成员们也有重大的发展,每年培育出3.5万匹高质素的纯种马,差不多占全球总产量的40%。",
  "据介绍,未来3天举行的会议将包括15场分组会议,主题围绕赛马博彩的未来发展、体育运动影视传播的最尖端技术、药物控制、赛马与社区的关系,以及竞赛马匹跨国运送的安排等。(完)"],
  shell="a", date="2014-05-06", source="中新社", info="编辑: 关春英 | 时间: 2014-05-06 15:05:31 | 来源: 中新社 |", origin="news report on a racing and betting conference")
legit("https://www.singtao.ca/3618257/2019-07-18/post-%e6%be%b3%e9%96%80%e8%b2%b4%e8%b3%93%e5%bb%b3%e8%b3%ad%e6%94%b6%e6%ac%a1%e5%ad%a3%e8%b7%8c15-6/?variant=zh-hk", "zh", "澳門貴賓廳賭收次季跌15.6%", [
  "(星島日報報道)近期網上博彩平台愈搞愈大,對澳門博彩的影響逐步顯現。澳門博彩監察協調局公布最新數據顯示,今年第二季各類博彩毛收入735.5億澳門元,按季下跌3.68%,按年則跌0.64%。第二季貴賓百家樂博彩毛收入僅錄346.2億澳門元,較今年首季跌6.97%,連跌兩季,較去年第二季410.4億澳門元按年跌15.6%,期內貴賓博彩佔總博彩收入為733.5億澳門元,第二季佔整體博彩毛收入比率47.19%。",
  "另外,撇除角子機部分,澳門今年第二季娛樂場中場收入逾350.1億澳門元,雖較今年首季逾352億澳門元,按季減少0.9%,但較2018年第二季,按年仍增長逾21%。中場業務佔澳門博彩業總收入佔比達47.7%。",
  "在今年第二季,全澳門賭枱共6734張,與首季相比增加110張;角子機則有17638台,與首季相比增加516台。",
  "此外,博監局長陳達夫日前向澳門媒體表示,正草擬修訂規管博彩中介人法案,博彩中介人須符合更嚴格的要求,包括在保證金和資本等數據,適當時候會向傳媒公布。",
  "網上博彩平台方面,他表示博監局在2016年至2018年間,發現500多個網上博彩網站,並成功與相關網絡營運商溝通,令300多個網站下架,打擊網上投注取得一定的成效,而該範疇工作現已交由司警局管轄。"],
  shell="c", origin="casino-industry business news (traditional script)")
legit("http://news.dongchanet.com/20200727/63622.html", "zh", None, [
  "中国财政部27日公布,6月份全国共销售彩票335.70亿元(人民币,下同),同比(下同)减少11.97亿元,下降3.4%。其中,福利彩票机构销售152.98亿元,下降3.9%;体育彩票机构销售182.73亿元,下降3.1%。",
  "1-6月累计,全国共销售彩票1239.00亿元,同比减少886.96亿元,下降41.7%。其中,福利彩票机构销售592.88亿元,下降39.4%;体育彩票机构销售646.12亿元,下降43.7%。",
  "1-6月累计,乐透数字型彩票销售902.23亿元,下降18.9%;竞猜型彩票销售170.82亿元,下降72.6%;即开型彩票销售114.93亿元,下降16.8%;视频型彩票销售50.65亿元,下降79.9%;基诺型彩票销售0.38亿元,下降51.1%。",
  "6月份,与上年同期相比,全国共有13个省份彩票销量出现增长,其中新疆、西藏、陕西增加额较多。1-6月累计,与上年同期相比,全国各省份彩票销量均出现下降。",
  "财政部要求,各级彩票机构根据疫情防控需要结合彩票发行销售工作实际,有序恢复彩票发行销售工作。各级财政部门进一步加强监管工作,积极创造良好的外部环境,维护市场正常秩序。(完)"],
  shell="b", origin="reposted chinanews report on national lottery sales")
legit("https://rmol.id/politik/read/2024/10/12/640459/tak-ada-kompromi-kemkominfo-bidik-promotor-judi-online", "id", None, [
  "Itulah yang jadi alasan Menteri Komunikasi dan Informatika Budi Arie Setiadi untuk memburu para promotor judi online hingga para bandarnya. Terlebih korban jiwa akibat judi online ini sudah sangat banyak.",
  "“Kami hajar penyebar materi promosi judi online, tidak ada kompromi,” tegas Budi Arie kepada wartawan, Jumat, 11 Oktober 2024.",
  "Ia berjanji bakal memblokir seluruh konten di media sosial yang berhubungan dengan judi online dan menyatakan perang terhadap aktivitas haram tersebut.",
  "\"Kominfo pasti memblokir akun-akun dengan konten promosi judi online yang menjadi musuh kita bersama,\" tegasnya lagi.",
  "Budi Arie menuturkan, saat ini Kemkominfo telah melakukan patroli siber untuk menutup akun-akun judi online.",
  "\"Pemblokiran dilakukan sejalan dengan patroli siber yang terus menerus kami lakukan,” demikian Budi Arie Setiadi.",
  "Hingga kini, Kemkominfo telah melakukan pemutusan akses judi online sebanyak 3.796.902 atau hampir 3,8 juta konten bermuatan judi online sejak 17 Juli 2023 hingga 9 Oktober 2024. Kemkominfo juga telah memblokir setidaknya 31.751 sisipan halaman judi di situs web lembaga pendidikan dan lebih dari 31.812 sisipan halaman judol di lembaga pemerintahan."],
  shell="c", origin="Indonesian news on blocking online-gambling content")
legit("https://nasional.kompas.com/read/2023/07/20/22512131/menkominfo-sebut-pemberantasan-judi-online-bak-melawan-hantu", "id", None, [
  "JAKARTA, KOMPAS.com - Menteri Komunikasi dan Informatika (Kominfo) Budi Arie Setiadi menilai melawan sindikat judi online (daring) bak melawan hantu lantaran sulit diketahui siapa yang mengendalikan.",
  "\"Melawan judi online itu kayak ngelawan hantu. Kita enggak tahu siapa orangnya,\" kata Budi dalam jumpa pers di kantor Kominfo, Jakarta, Kamis (20/7/2023).",
  "Maka dari itu dia meminta bantuan masyarakat buat terus melaporkan jika menemukan penyebaran tautan atau praktik judi online melalui media sosial.",
  "Budi mengatakan, tanpa peran dan laporan masyarakat, pemerintah bakal kesulitan memberantas praktik judi online.",
  "\"Saya juga meminta kepada masyarakat untuk melaporkan,\" sambung Budi.",
  "Budi mengatakan, penanganan laporan praktik judi online akan tetap dilakukan lintas platform, mulai dari situs, media sosial, sampai WhatsApp."],
  shell="a", origin="Indonesian news on the fight against online gambling")
legit("https://thebaron.ca/2015/09/14/casino-night-a-big-win-for-some/", "en", "Casino Night a Big Win for Some", [
  "Students showed up to the Thomas Condon Centre in their finest duds and slyest poker faces on saturday night to participate in the Student Representative Council’s annual casino night, hosted by the Saint John Knights of Columbus.",
  "Students started the night walking in with a flush of cash (don’t worry mom and dad, it’s not tuition money) and attempted to avoid losing it all at a variety of table games manned by the Knights of Columbus members. Throughout the night students continued to gamble, winning or, most commonly, losing their temporary endowment and in the end, some cashed out as millionaires while others were not so lucky.",
  "Prizes were given away to the winners at cash-out while others were put into a draw for the less experienced gamblers in the room, with entries determined by attendance at other frosh week activities.",
  "Casino night marks the end of a very busy orientation week, and ushers in the first full week of class for UNB students."],
  shell="c", origin="student newspaper report on a campus casino night")
legit("https://websterjournal.com/2021/11/19/campus-activities-hosts-black-tie-casino-night-at-university-center/", "en", "Campus Activities hosts ‘Black-Tie’ Casino Night at University Center", [
  "Students got the chance to dress up to the nines, sip on mocktails, indulge in some gambling and potentially earn prizes at Casino Night held by Campus Activities on Nov. 15, 2021.",
  "The black-tie-themed event surpassed expectations, with 250 attendees present when only 150 were anticipated.",
  "Attendees entered the University Center, signed in and received $500 in play money to exchange for playing chips. After playing, chips were exchanged for raffle tickets. The raffle included an abundance of prizes, from essential oil diffusers and vacuum cleaners to a flat-screen TV and Nintendo Switch.",
  "The event required six weeks of preparation. Campus Activities staff reserved the entire University Center, set up contracts with the casino dealers to run the games, hired catering and decoration companies and secured a 360 Video Booth. Staff members also spent a fair amount of time perfecting the prizes for students to win."],
  shell="a", origin="student newspaper report on a campus casino night")


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for i, c in enumerate(CASES, 1):
        pid = "rc28-%03d" % i
        body_lines = c.get("shown") or c.get("text")
        body = c.get("pre", "") + P(body_lines)
        h1 = c.get("h1", c["title"] or "")
        html = SHELLS[c["shell"]].format(ptitle=esc(c["ptitle"]), topline=esc(c.get("topline") or ""), h1=esc(h1),
                                         info=c.get("info", ""), body=body, after=c.get("after", ""),
                                         footer=esc(c.get("footer") or "版权所有"))
        open(os.path.join(HERE, "html", pid + ".html"), "w", encoding="utf-8", newline="\n").write(html)
        text = c.get("text_override") or c.get("text")
        if text is None:
            text = []
            for line in c["shown"]:
                for sp in sorted(c["spam"], key=len, reverse=True):
                    line = line.replace(sp, "")
                text.append(line)
        host = c["url"].split("/")[2]
        rows.append(dict(id=pid, url=c["url"], title=c["title"], date=c["date"], source=c["source"], author=c["author"],
                         text="\n".join(text), hijacked=bool(c["spam"]), injections=c["inj"], spam_strings=c["spam"],
                         legit=bool(c.get("legit")), lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text",
                         site=host, capture="text", encoding="utf-8"))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")

if __name__ == "__main__":
    main()
