"""Site profiles read the site's chrome: a title suffix or a line of the frame that the site's other
pages write one way and a hijacked page writes another, adding a name none of them carries."""
from __future__ import annotations

from scraper.clean import ProfileBuilder, clean_and_describe, clean_page
from tests.clean.conftest import everything, kinds
from tests.clean.test_profile import page

# a name of no weight, on a line above the site's header linking away: one injection on 2 of 5 pages
TOP_LINE = '<div class="strip"><a href="http://www.yese-qiangwei.com/">夜色蔷薇私享馆</a></div>'
HEADLINES = ["区政府召开第一次常务会议", "区政府部署防汛准备工作", "区政府调研重点项目建设",
             "区政府召开安全生产工作会议", "区政府开展政务公开培训"]


def site(hijacked: dict[int, dict]) -> list[tuple[bytes, str]]:
    return [page(n, h, [f"3月{n + 1}日，{h}，研究部署近期重点工作。", "会议要求，各部门要细化工作措施。"],
                 **hijacked.get(n, {})) for n, h in enumerate(HEADLINES)]


def with_profiles(pages: list[tuple[bytes, str]]) -> list:
    """Each page cleaned with the profile of the site's *other* pages (as the bench and a crawl's
    earlier captures give it)."""
    traits = [clean_and_describe(raw, url)[1] for raw, url in pages]
    out = []
    for i, (raw, url) in enumerate(pages):
        builder = ProfileBuilder()
        for j, t in enumerate(traits):
            if j != i:
                builder.add(t)
        out.append(clean_page(raw, url=url, profile=builder.profile()))
    return out


def test_a_line_above_the_header_on_some_pages_of_a_site_is_out_of_its_template():
    pages = site({1: {"top": TOP_LINE}, 3: {"top": TOP_LINE}})
    articles = with_profiles(pages)
    for n in (1, 3):
        a = articles[n]
        assert a.hijacked and "off_template" in kinds(a)
        assert any("夜色蔷薇私享馆" in f.evidence for f in a.findings if f.kind == "off_template")
        assert "夜色蔷薇私享馆" not in everything(a)
        assert "研究部署近期重点工作" in a.text
    assert not any(articles[n].hijacked for n in (0, 2, 4))


def test_a_title_suffix_the_sites_other_pages_never_write_is_out_of_its_template():
    pages = site({n: {"title": f"{HEADLINES[n]}-青山区人民政府-夜色蔷薇私享馆"} for n in (0, 2)})
    articles = with_profiles(pages)
    for n in (0, 2):
        assert "off_template" in kinds(articles[n]) and "夜色蔷薇私享馆" not in (articles[n].title or "")
    assert not any(articles[n].hijacked for n in (1, 3, 4))


def test_a_slot_each_page_fills_its_own_way_is_no_template():
    # a related link to another site, a different one on every page: an article part, not chrome
    pages = site({n: {"extra": f'<div class="rel"><a href="http://www.news{n}.com/a.htm">{h}的相关报道</a></div>'}
                  for n, h in enumerate(HEADLINES) if n != 2})
    assert not any(a.hijacked for a in with_profiles(pages))


def test_a_line_the_site_writes_elsewhere_is_not_an_added_name():
    # one page shows a partner's link above its header, a partner the site's footer names on every page
    partner = '<div class="strip"><a href="https://www.shimen.gov.cn/">石门县人民政府</a></div>'
    assert not any(a.hijacked for a in with_profiles(site({1: {"top": partner}})))


def test_a_title_whose_site_name_is_replaced_by_another_name_is_out_of_its_template():
    pages = site({n: {"title": f"{HEADLINES[n]}-夜色蔷薇私享馆"} for n in (1, 4)})
    articles = with_profiles(pages)
    for n in (1, 4):
        assert "off_template" in kinds(articles[n]) and "夜色蔷薇私享馆" not in (articles[n].title or "")
    assert not any(articles[n].hijacked for n in (0, 2, 3))
