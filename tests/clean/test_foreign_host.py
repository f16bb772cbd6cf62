"""A public body's page copied whole onto a host that is not its own (v16–v19's largest miss class:
nothing injected, the copy's only trace is where it is served): a government's or a school's page
on an unrelated commercial host is flagged, its article kept whole; a department's is noted, not
flagged. The body's own host, a host spelling its name, a local mirror, an archive capture and a
portal republishing the article under its own template are left alone. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.takeover import foreign_host, spells

ARTICLE = ("<p>10月18日，云岗镇召开秋冬季森林防火工作部署会，镇村两级干部参加会议。</p>"
           "<p>会议通报了今年以来全镇森林防火工作开展情况，并对野外用火管控、重点时段巡山护林等工作进行了安排。</p>"
           "<p>会议强调，各村要守住山口、管住火源，做到早发现、早报告、早处置，坚决防止发生重大森林火灾。</p>")
HEADLINE = "云岗镇召开秋冬季森林防火工作部署会"


def page(owner: str = "云岗镇人民政府", source: str = "政府办", head: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{HEADLINE}-{owner}</title>{head}</head>
<body><div class="header"><span class="site-name">{owner}</span><a href="/">首页</a> <a href="/news/">工作动态</a></div>
<div class="article"><h1>{HEADLINE}</h1><p class="info">发布时间：2024-10-18 来源：{source}</p>
<div class="content">{ARTICLE}</div></div>
<div class="footer">版权所有：{owner}</div></body></html>""".encode()


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_town_governments_page_on_a_parasite_subdomain_is_flagged_and_kept_whole():
    a = clean_page(page(), url="http://q7xk.lingquantea.com/Html/News/Articles/78110.html")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert any("q7xk.lingquantea.com" in f.evidence and "云岗镇人民政府" in f.evidence for f in a.findings)
    assert a.title == HEADLINE
    assert "坚决防止发生重大森林火灾" in a.text


def test_a_schools_page_on_a_betting_brands_host_is_flagged():
    a = clean_page(page("岚山第二中学"), url="http://web-cn-crownsports.com/news-91")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings


def test_the_bodys_own_host_or_one_spelling_its_name_is_its_own():
    for url in ("http://www.yungang.gov.cn/news/1.html", "https://zfb.yungang.gov.cn/a/1.html"):
        assert not clean_page(page(), url=url).hijacked
    for owner, url in (("云岗镇人民政府", "http://www.yungangzhen.com/news/1.html"),
                       ("鹤山中学", "http://www.heshanzx.com.cn/news/1.html"),   # he shan z x
                       ("福州第四中学", "http://www.fzsz.net/news/1.html"),      # 第 left out
                       ("上海中学", "http://www.shs.sh.cn/news/1.html")):        # opens with its place
        a = clean_page(page(owner), url=url)
        assert not a.hijacked and not kinds(a) - {"hidden_block"}, (url, a.findings)


def test_a_local_mirror_an_address_or_an_archive_capture_never_fires():
    for url in ("http://127.0.0.1:8000/mirror/x.html", "http://localhost/x.html", "http://192.168.1.20/x.html",
                "http://intranet/x.html", "http://site.test/x.html", None,
                "https://web.archive.org/web/20201001000000/http://www.yungang.gov.cn/news/1.html"):
        a = clean_page(page(), url=url)
        assert not a.hijacked and not kinds(a) - {"hidden_block"}, (url, a.findings)


def test_a_portal_republishing_under_its_own_template_is_syndication():
    a = clean_page(page("青山新闻网", source="云岗镇人民政府"), url="http://www.qsnews.com/zw/1.html")
    assert not a.hijacked and not kinds(a) - {"hidden_block"}, a.findings


def test_a_page_declaring_the_bodys_government_site_is_not_judged_here():
    # a CDN or mirror of the body's own site names the site it copies (canonical)
    head = '<link rel="canonical" href="http://www.yungang.gov.cn/news/1.html">'
    a = clean_page(page(head=head), url="http://static.cdn-mirror.com/news/1.html")
    assert not a.hijacked, a.findings


def test_a_departments_page_on_a_foreign_host_is_noted_not_flagged():
    # a college's 商学院 may stand under its college's commercial host (rc18-017): said, not flagged
    a = clean_page(page("外国语学院"), url="https://ehidaka.com/wgy/info/1112/2968.htm")
    assert not a.hijacked, a.findings
    assert "foreign_host" in kinds(a)
    assert "坚决防止发生重大森林火灾" in a.text


def test_spelling_reads_whole_syllables_and_initials_in_order():
    assert spells("qsdezx", "青石第二中学") and spells("slsyxx", "松陵实验学校")
    assert not spells("lingquantea", "云岗镇人民政府") and not spells("morrowcabins", "岚山第二中学")
    assert not spells("zx", "青槐中学")  # two letters within a label come by chance
    assert foreign_host("http://a.example.com/1.html", ["云岗镇人民政府"]) is None  # a documentation host
