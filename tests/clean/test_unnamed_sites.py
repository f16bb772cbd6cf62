"""Injected links and loaders judged by their relation to the page, not by their words: a hidden
block whose only links go to a site nothing visible names, and a script from a throwaway-shaped
host (all digits, a look-alike of a well-known service, a spam-prone TLD) that nothing else of the
page names. Each with the honest shapes it must leave alone (page: fixtures/behaviour-shell.html)."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds, load

URL = "https://www.xiling.gov.cn/xwzx/2025/1202/3.htm"
ARTICLE = "消防安全检查"


def clean(head: str = "", tail: str = "", url: str | None = URL):
    raw = load("behaviour-shell.html").replace(b"<!--HEAD-->", head.encode()).replace(b"<!--TAIL-->", tail.encode())
    return clean_page(raw, url=url)


def test_one_off_screen_link_to_a_site_nothing_else_names_is_a_hijack_whatever_its_word():
    a = clean(tail='<div style="position:absolute;left:-9999px;top:-9999px">'
                   '<a href="https://br.qv81k.example/Q3B">Lunavox</a></div>')
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "Lunavox" not in everything(a) and ARTICLE in a.text


def test_prose_hidden_by_a_rule_written_beside_it_with_links_away_is_a_hijack():
    block = ('<style>#q7f3a1{display:none}</style><span id="q7f3a1">Readers often <a href="http://rx-3.example.net/a">'
             'quellor 20mg overnight</a> or ask about <a href="http://rx-3.example.net/b">cheap mirtan online</a> '
             'from a seller who ships in two days without any questions asked at all.</span>')
    a = clean(tail=f'<div class="content2">{block}</div>')
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "quellor" not in everything(a) and "ships in two days" not in a.text
    assert ARTICLE in a.text


def test_a_display_none_list_linking_a_throwaway_host_nothing_else_names_is_a_hijack():
    block = ('<ul style="display:none"><li><a href="https://h137.q7bet88x.win/">q7bet88x tran chu</a></li>'
             '<li><a href="https://b576.q7bet88x.win/">q7bet88x tai game</a></li></ul>')
    a = clean(tail=block)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings
    assert "q7bet88x" not in everything(a) and ARTICLE in a.text


def test_skip_links_bot_traps_menus_and_stylesheet_hidden_credits_are_no_hijack():
    shapes = (
        # a skip link points into the page
        '<div style="position:absolute;left:-9999px"><a href="#content">跳到正文</a></div>',
        # a bot trap says so: crawlers are told not to follow it
        '<div style="position:absolute;left:-9999px"><a rel="nofollow" href="https://trap.botwall.example/t">'
        'do not follow</a></div>',
        # a hidden menu of a site the page also links visibly
        '<a href="https://www.yunzhan-tech.example/">云展科技</a>'
        '<div style="position:absolute;left:-9999px"><a href="https://www.yunzhan-tech.example/about">关于云展</a></div>',
        # a site named in the page's text
        '<p>详见 yunzhan-tech.example</p>'
        '<div style="position:absolute;left:-9999px"><a href="https://www.yunzhan-tech.example/">云展科技</a></div>',
        # display:none from the page's own markup: how menus and widget credits wait
        '<div style="display:none"><a href="https://www.partner-site.example/">Partner Site</a></div>',
        # a rule beside a block of the site's own links
        '<style>#m1{display:none}</style><div id="m1"><a href="https://www.xiling.gov.cn/m/">手机版</a></div>',
    )
    for markup in shapes:
        a = clean(tail=markup)
        assert not a.hijacked, (markup, a.findings)
        assert ARTICLE in a.text


def test_a_script_from_a_host_named_by_digits_or_a_throwaway_tld_is_a_hijack():
    for src in ("https://070123.com/br.js", "https://s.tongji-qv.cc/hm.js", "https://img.k9x2.vip/flex.rem.js",
                "https://zz.bdstaticc.com/push.js"):
        a = clean(head=f'<script src="{src}"></script>')
        assert a.hijacked, (src, a.findings)
        assert any(f.kind == "spam_script" and src in f.evidence for f in a.findings), a.findings
        assert ARTICLE in a.text


def test_vendors_cdns_and_hosts_the_page_names_otherwise_are_no_hijack():
    shapes = (
        '<script src="https://a.vendor-ads.tv/page/1234/tag.js" async></script>',   # an ad vendor on .tv
        '<script src="https://cdn.polyfill-mirror.io/v3/polyfill.min.js"></script>',  # a CDN on .io
        '<script src="https://hm.baidu.com/hm.js?0123456789abcdef"></script>',        # a trusted counter
        '<script src="https://www.gd-tongji.cc/c.js"></script>'
        '<a href="https://www.gd-tongji.cc/">站点统计</a>',                               # also linked visibly
        '<link rel="preconnect" href="https://s.k9x2.vip"><script src="https://s.k9x2.vip/c.js"></script>',
    )
    for markup in shapes:
        a = clean(head=markup)
        assert not a.hijacked, (markup, a.findings)


def test_a_site_on_a_spam_prone_tld_loading_its_own_files_without_a_known_address_is_no_hijack():
    # no URL and no absolute link: the page's own site is unknown, and a site on .cc serves its files there
    page = ('<html><head><title>市场简讯</title><script src="https://static.lanxi-news.cc/js/app.js"></script></head>'
            '<body><h1>市场简讯</h1><p>本周蔬菜价格总体平稳，叶菜类价格小幅回落，根茎类价格基本持平。</p>'
            '<p><a href="/list/">更多简讯</a></p></body></html>')
    a = clean_page(page.encode(), url=None)
    assert not a.hijacked, a.findings
    # the same page at its address: the loader is another site's
    a = clean_page(page.encode(), url="https://www.lanxi.gov.cn/jj/1.htm")
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_a_page_without_address_is_the_site_whose_link_carries_its_title_not_the_most_linked_one():
    # v16 §9b (h2t-en-08): a forum post pasting release notes links github.com more than its own
    # forum; the breadcrumb's last crumb and the replies' permalinks carry the page's <title>
    notes = "".join(f'<li><a href="https://github.com/project/core/pull/{i}">#{i}</a> fix a thing in module {i}</li>'
                    for i in range(30))
    crumbs = ('<div class="nav"><a href="https://forum.example.org/index.php">Coin Forum</a> &gt; '
              '<a href="https://forum.example.org/index.php?board=1">Discussion</a> &gt; '
              '<a href="https://forum.example.org/index.php?topic=5.0">Core 0.20.0 Released</a></div>')
    posts = "".join(f'<div class="post"><a href="https://forum.example.org/index.php?topic=5.msg{i}">Re: Core 0.20.0 '
                    f'Released</a><p>Thanks for the release, it works well on my node number {i}.</p></div>' for i in range(4))
    raw = (f'<html><head><title>Core 0.20.0 Released</title></head><body>{crumbs}<div class="post"><p>This is a new '
           f'major version release, including new features, various bug fixes and performance improvements.</p>'
           f'<ul>{notes}</ul></div>{posts}</body></html>').encode()
    a = clean_page(raw)
    assert not a.hijacked, a.findings
    assert "new major version release" in a.text
