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
