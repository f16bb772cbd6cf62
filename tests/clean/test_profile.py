"""Site profiles: what one page of a site proves is removed from its other pages; the site's
own template is known good; a block new across a crawl with new off-site targets is injected."""
from __future__ import annotations

import pickle

from scraper.clean import (
    PageTraits,
    ProfileBuilder,
    SiteProfile,
    build_profile,
    clean_and_describe,
    clean_page,
    merge_profiles,
)
from scraper.clean.profile import mentions
from tests.clean.conftest import everything, kinds

SITE = "https://www.qingshan.gov.cn/info/2024/{n}.htm"
TEMPLATE_LINKS = ('<div class="links">友情链接：<a href="https://www.shimen.gov.cn/">石门县人民政府</a> '
                  '<a href="http://www.qs-tv.com/">青山电视台</a></div>')
# A row of sister sites hidden until a menu opens: looks like a hidden farm on any one page.
HIDDEN_ROW = ('<div style="display:none"><a href="http://www.qs-daily.com/">青山日报社</a> '
              '<a href="http://www.qs-radio.com/">青山广播电台</a> <a href="http://www.qs-net.com/">青山网</a></div>')


def page(n: int, headline: str, paragraphs: list[str], title: str | None = None, top: str = "",
         extra: str = "") -> tuple[bytes, str]:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (f'<html><head><meta charset="utf-8"><title>{title or headline + "-青山区人民政府"}</title></head><body>{top}'
            f'<div class="header"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/tzgg/">通知公告</a></div>'
            f'<h1>{headline}</h1><div class="info">发布时间：2024-03-{10 + n} 来源：区政府办公室</div>'
            f'<div class="content">{body}</div>{extra}{TEMPLATE_LINKS}'
            f'<div class="footer">主办单位：青山区人民政府 地址：青山区人民路1号</div></body></html>')
    return html.encode(), SITE.format(n=n)


def site_pages(extra: str = "") -> list[tuple[bytes, str]]:
    return [page(n, f"区政府召开第{n}次常务会议", [f"3月{n}日，区政府召开第{n}次常务会议，研究部署近期重点工作。",
                                               "会议要求，各部门要细化工作措施，确保各项任务落到实处。"], extra=extra)
            for n in range(1, 5)]


def test_brand_seen_only_in_the_injected_header_of_one_page_is_removed_where_it_appears_alone():
    hijacked = page(7, "区政府召开安全生产工作会议", ["3月17日，区政府召开安全生产工作会议。"], title="鸿运至尊",
                    top='<div class="top-notice"><a href="https://hyzz-77.com/">鸿运至尊</a></div>')
    alone = page(8, "区政府召开防汛工作会议", ["3月18日，区政府召开防汛工作会议，部署防汛准备工作。",
                                            "鸿运至尊，欢迎您的访问。"])
    assert not clean_page(*alone).hijacked  # on its own, the page shows nothing to suspect
    profile = build_profile(site_pages() + [hijacked, alone])
    assert "鸿运至尊" in profile.spam_strings
    a = clean_page(alone[0], url=alone[1], profile=profile)
    assert a.hijacked and "鸿运至尊" not in everything(a)
    assert "部署防汛准备工作" in a.text


def test_the_sites_own_template_is_known_good():
    pages = site_pages(extra=HIDDEN_ROW)
    alone = clean_page(*pages[0])
    assert alone.hijacked and "hidden_links" in kinds(alone)  # without a profile: a hidden farm
    profile = build_profile(pages)
    for raw, url in pages:
        assert not clean_page(raw, url=url, profile=profile).hijacked


def test_a_block_new_across_this_crawl_with_new_off_site_targets_is_injected():
    earlier = build_profile(site_pages())
    injected = '<div class="tj"><a href="https://fy-88.com/">福运来</a> <a href="https://jd-777.com/">金鼎汇</a></div>'
    tonight = [page(n, f"区政府召开第{n}次专题会议", [f"3月{n}日，区政府召开第{n}次专题会议。"], extra=injected)
               for n in range(10, 14)]
    assert not clean_page(*tonight[0]).hijacked  # a visible row of unknown names: nothing alone
    profile = merge_profiles(earlier, tonight)
    assert profile.injected
    a = clean_page(tonight[0][0], url=tonight[0][1], profile=profile)
    assert a.hijacked and "injected_block" in kinds(a)
    assert any("fy-88.com" in f.evidence for f in a.findings)
    # the site's own pages from before stay clean with the same profile
    assert not clean_page(*site_pages()[0], profile=profile).hijacked


def test_a_template_change_without_new_off_site_targets_is_no_injection():
    earlier = build_profile(site_pages())
    redesign = '<div class="new-footer">青山区人民政府办公室主办 <a href="https://www.shimen.gov.cn/">石门县</a></div>'
    tonight = [page(n, f"区政府召开第{n}次专题会议", [f"3月{n}日，区政府召开第{n}次专题会议。"], extra=redesign)
               for n in range(10, 14)]
    profile = merge_profiles(earlier, tonight)
    assert not profile.injected
    assert not clean_page(*tonight[0], profile=profile).hijacked


def test_profile_round_trips_through_json_and_pickle():
    profile = build_profile(site_pages(extra=HIDDEN_ROW))
    assert SiteProfile.from_json(profile.to_json()) == profile
    assert pickle.loads(pickle.dumps(profile)) == profile
    assert profile.pages == 4 and profile.template_blocks()


# -- the crawl's profile: traits, the builder, stored weight -----------------------------------

INJECTED_HEADER = '<div class="top-notice"><a href="https://hyzz-77.com/">鸿运至尊</a></div>'


def test_an_injected_header_recurring_tonight_does_not_vouch_for_the_brand_it_links():
    earlier = build_profile(site_pages())
    hijacked = [page(n, f"区政府召开第{n}次专题会议", [f"3月{n}日，区政府召开第{n}次专题会议。"], title="鸿运至尊",
                     top=INJECTED_HEADER) for n in range(10, 14)]
    alone = page(14, "区政府召开防汛工作会议", ["3月14日，区政府召开防汛工作会议，部署防汛准备工作。", "鸿运至尊，欢迎您的访问。"])
    profile = merge_profiles(earlier, hijacked + [alone])
    assert "鸿运至尊" in profile.spam_strings and "hyzz-77.com" in profile.spam_hosts
    a = clean_page(alone[0], url=alone[1], profile=profile)
    assert a.hijacked and "鸿运至尊" not in everything(a) and "部署防汛准备工作" in a.text


def test_traits_pickle_and_a_builder_fed_by_them_is_build_profile():
    pages = site_pages(extra=HIDDEN_ROW)
    traits = [clean_and_describe(raw, url)[1] for raw, url in pages]
    builder = ProfileBuilder()
    for t in traits:
        builder.add(pickle.loads(pickle.dumps(t)))
    assert builder.profile() == build_profile(pages)
    # only blocks that link off the site are fingerprinted: the hidden row and the 友情链接 row
    assert all(len(t.blocks) == 2 for t in traits)


def test_a_stored_profile_weighs_at_most_its_bound_and_keeps_its_shares():
    profile = SiteProfile(pages=2000, clean_pages=1000, blocks={"a": 1800, "b": 30}, title_parts={"x": 900})
    small = profile.bounded(500)
    assert (small.pages, small.clean_pages) == (500, 500)
    assert small.blocks == {"a": 450, "b": 8} and small.title_parts == {"x": 450}
    assert small.template_blocks() == profile.template_blocks() == {"a"}
    # a redesign: two runs of 500 pages showing a new footer make it the template
    for _ in range(2):
        small = SiteProfile(pages=small.pages + 500, clean_pages=small.clean_pages,
                            blocks={**small.blocks, "c": small.blocks.get("c", 0) + 500}).bounded(500)
    assert "c" in small.template_blocks()


def test_what_workers_get_cleans_like_the_whole_profile():
    pages = site_pages(extra=HIDDEN_ROW)
    profile = build_profile(pages)
    slim = profile.for_cleaning()
    assert len(slim.to_json()) <= len(profile.to_json())
    for raw, url in pages:
        assert clean_page(raw, url=url, profile=slim) == clean_page(raw, url=url, profile=profile)


def test_mentions_reads_the_page_in_its_own_encoding():
    raw = '<html><head><meta charset="gbk"></head><body><p>鸿运<b>至尊</b>，欢迎您</p></body></html>'.encode("gbk")
    assert mentions(raw, None, ["鸿运至尊"], [])
    assert not mentions(raw, None, ["金沙"], ["hyzz-77.com"])
    assert mentions(b'<a href="https://HYZZ-77.com/">x</a>', None, [], ["hyzz-77.com"])


def test_the_sites_own_name_is_never_its_spam():
    """A spam <title> that kept the site's name made one page learn it; the clean pages' titles say whose it is."""
    builder = ProfileBuilder()
    for n in range(4):
        builder.add(PageTraits(title_parts=(f"第{n}次常务会议", "青山新闻网")))
    builder.add(PageTraits(hijacked=True, spam_strings=("天博体育官方网站", "青山新闻网")))
    assert builder.profile().spam_strings == ["天博体育官方网站"]
    # and a name that became the site's title part later leaves the stored profile's spam
    earlier = SiteProfile(pages=4, clean_pages=4, spam_strings=["青山新闻网", "鸿运至尊"])
    assert builder.merged(earlier).spam_strings == ["鸿运至尊", "天博体育官方网站"]


def test_menu_words_glued_to_a_brand_in_a_spam_title_are_not_the_sites_spam():
    raw, url = page(9, "区政府召开第9次常务会议", ["3月9日，区政府召开第9次常务会议。"], title="天博体育官方网站-手机版APP下载")
    article, traits = clean_and_describe(raw, url)
    assert article.hijacked and "天博体育官方网站" in traits.spam_strings
    assert not any("app下载" in s.lower() for s in traits.spam_strings)


# -- what a profile may not excuse (mwp30, issue 11; dev synthetic-v39 sv39-016/-018/-019) -------

# One injected link farm drawn off-screen, the same on 3 of the site's 5 pages (new throwaway hosts).
OFFSCREEN_FARM = ('<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://lt88.vip/">鹭汀博汇官网</a> '
                  '<a href="https://lt99.vip/">鹭汀博汇注册</a> <a href="https://lt66.vip/">鹭汀博汇下载</a></div>')


def five_pages(farm: str) -> list[tuple[bytes, str]]:
    return [page(n, f"区政府召开第{n}次常务会议", [f"3月{n}日，区政府召开第{n}次常务会议，研究部署近期重点工作。"],
                 extra=farm if n in (1, 3, 4) else "") for n in range(1, 6)]


def test_a_hidden_farm_on_most_pages_of_a_site_is_no_template_of_it():
    pages = five_pages(OFFSCREEN_FARM)
    for n in (0, 2, 3):  # each hijacked page, with the profile of the site's other pages (as the bench builds it)
        profile = build_profile(pages[:n] + pages[n + 1:])
        a = clean_page(*pages[n], profile=profile)
        assert a.hijacked and "hidden_links" in kinds(a) and "鹭汀博汇" not in everything(a)
    # and with the profile of the whole crawl, stored and read back by reprocess (for_cleaning)
    stored = SiteProfile.from_json(merge_profiles(SiteProfile(), pages).to_json()).for_cleaning()
    for n in (0, 2, 3):
        assert clean_page(*pages[n], profile=stored).hijacked
    for n in (1, 4):
        assert not clean_page(*pages[n], profile=stored).hijacked


def test_friend_links_every_page_carries_stay_with_the_profile():
    pages = five_pages("")
    profile = build_profile(pages)
    assert profile.template_blocks()  # the visible 友情链接 row recurs on every page
    for raw, url in pages:
        a = clean_page(raw, url=url, profile=profile)
        assert not a.hijacked and "青山电视台" in raw.decode() and a == clean_page(raw, url=url)


# Links sold in a visible friend-links row, the same on 3 of the site's 6 pages (synthetic-v29's shape).
SOLD_ROW = ('<div class="yqlj">友情链接：<a href="http://www.gov.cn/">中国政府网</a> '
            '<a href="http://www.cfcp158.com/">乘风彩票计划网</a> <a href="http://www.cfcp158.com/live/">乘风彩票计划网开奖直播</a></div>')


def test_sold_links_on_half_the_pages_of_a_site_are_no_template_of_it():
    pages = [page(n, f"乡政府召开第{n}次党委会议", [f"3月{n}日，乡政府召开第{n}次党委会议，研究部署近期重点工作。"],
                  extra=SOLD_ROW if n % 2 else "") for n in range(1, 7)]
    assert clean_page(*pages[0]).hijacked
    for n in (0, 2, 4):
        a = clean_page(*pages[n], profile=build_profile(pages[:n] + pages[n + 1:]))
        assert a.hijacked and "乘风彩票" not in everything(a)
    assert not clean_page(*pages[1], profile=build_profile(pages[:1] + pages[2:])).hijacked
