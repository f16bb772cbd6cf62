"""What only the site view reveals: each page cleaned with the profile of its site's *other* pages
(as bench/hijack.py --profiles does), against the same pages cleaned alone."""
from __future__ import annotations

from scraper.clean import Article, ProfileBuilder, clean_and_describe, clean_page
from tests.clean.conftest import everything
from tests.clean.test_profile import page


def with_site_profiles(pages: list[tuple[bytes, str]]) -> list[Article]:
    """Each page cleaned with the profile built from the traits of the other pages (leave one out)."""
    traits = [clean_and_describe(raw, url)[1] for raw, url in pages]
    out = []
    for i, (raw, url) in enumerate(pages):
        builder = ProfileBuilder()
        for j, t in enumerate(traits):
            if j != i and t is not None:
                builder.add(t)
        out.append(clean_page(raw, url=url, profile=builder.profile()))
    return out


def test_a_brand_one_page_proves_is_caught_on_the_page_that_only_credits_it():
    """Three pages of one site: one clean, two hijacked by one operation. One page links the brand
    from a box hidden from readers; the other only names it in its footer credit, which no page
    alone can tell from a real web designer's."""
    clean = page(1, "区政府召开第1次常务会议", ["3月1日，区政府召开第1次常务会议，研究部署近期重点工作。"])
    proven = page(2, "区政府召开安全生产工作会议", ["3月2日，区政府召开安全生产工作会议，部署安全生产工作。"],
                  extra='<div style="display:none"><a href="https://jinchan-88.com/">金蟾真人馆</a> '
                        '<a href="https://jinchan-88.com/reg">金蟾真人馆注册</a> '
                        '<a href="https://jinchan-88.com/app">金蟾真人馆官网</a></div>')
    credited = page(3, "区政府召开防汛工作会议", ["3月3日，区政府召开防汛工作会议，部署防汛准备工作。"],
                    extra='<div class="credit">本站由金蟾真人馆技术支持</div>')
    alone = [clean_page(raw, url=url) for raw, url in (clean, proven, credited)]
    assert [a.hijacked for a in alone] == [False, True, False]
    assert "金蟾真人馆" in everything(alone[2])

    viewed = with_site_profiles([clean, proven, credited])
    assert [a.hijacked for a in viewed] == [False, True, True]
    assert "金蟾真人馆" not in everything(viewed[2])
    assert "部署防汛准备工作" in viewed[2].text
    assert viewed[0].text == alone[0].text and viewed[0].title == alone[0].title


def credit_page(n: int, credit: str, source: str = "区政府办公室") -> tuple[bytes, str]:
    """A page of an invented county site whose footer credits who built it and whose info row
    names the office that wrote it."""
    html = (f'<html><head><meta charset="utf-8"><title>松岭县第{n}次工作例会-松岭县人民政府</title></head><body>'
            '<div class="header"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>'
            f'<h1>松岭县召开第{n}次工作例会</h1>'
            f'<table class="info"><tr><td>信息来源：{source}</td><td>发布日期：2024-05-{10 + n}</td></tr></table>'
            f'<div class="content"><p>5月{n}日，松岭县召开第{n}次工作例会，研究部署近期重点工作。</p>'
            '<p>会议要求，各部门要细化工作措施，确保各项任务落到实处。</p></div>'
            f'<div class="footer"><p>主办：松岭县人民政府办公室</p><p>技术支持：{credit}</p></div></body></html>'
            )
    return html.encode(), f"https://www.songling.gov.cn/info/{n}.htm"


def test_a_footer_credit_rewritten_to_a_name_the_site_never_writes_is_seen_by_the_site_only():
    """Three pages credit the site's IT centre; on the fourth the same slot names a brand with no
    link and nothing proven anywhere: no page alone can tell, the site's other pages can."""
    pages = [credit_page(n, "松岭县信息中心") for n in (1, 2, 3)] + [credit_page(4, "金沙湾在线")]
    alone = [clean_page(raw, url=url) for raw, url in pages]
    assert not any(a.hijacked for a in alone)

    viewed = with_site_profiles(pages)
    assert [a.hijacked for a in viewed] == [False, False, False, True]
    assert [f.kind for f in viewed[3].findings if f.kind == "site_slot"] == ["site_slot"]
    # (learned unbacked, as evidence.learn's rule says for a name no page proves: this short
    # article's text keeps the footer line, as the page-alone cleaning does)
    assert "研究部署近期重点工作" in viewed[3].text


def test_source_cells_naming_different_offices_of_one_site_are_ordinary():
    offices = ["县教育局", "县卫健委", "县人社局", "县民政局"]
    pages = [credit_page(n, "松岭县信息中心", source=office) for n, office in enumerate(offices, 1)]
    viewed = with_site_profiles(pages)
    assert not any(a.hijacked for a in viewed)
    assert all(office in everything(a) for a, office in zip(viewed, offices))
