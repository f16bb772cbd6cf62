"""A site's own furniture read as injection (v35 miss patterns §3, §7.3): the site's name repeated in
its header and footer is no headline to search for a spliced keyword (and a profile built from such a
page must not spread the misreading to the site's other pages); a publisher's ad-block recovery
callback, which its ad library calls only when its own script is missing from the page, sends no
ordinary visitor anywhere. Pages written afresh in the dev pages' forms, names and hosts invented."""
from __future__ import annotations

from scraper.clean import build_profile, clean_page
from tests.clean.conftest import kinds
from tests.clean.test_gestures import ARTICLE, SPAM_HOST, cleaned, exits

SITE = "青岗区文化广电旅游体育局"
URL = "http://wlj.qinggang.gov.cn/xxgk/gzdt/202406/t20240217_{n}.html"


def bureau_page(headline: str, body: str, title: str = "") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title or headline}_{SITE}</title></head><body>'
            f'<div class="header"><span class="site-name">{SITE}</span></div>'
            '<div class="breadcrumb">首页 » 政府信息公开 » 工作动态</div>'
            f'<h3 class="article-title">{headline}</h3><div class="article-body">{body}</div>'
            f'<div class="footer">{SITE} 版权所有 政府网站标识码:44074115</div></body></html>').encode()


# the article names the bureau's sub-unit (青岗区体育事业发展中心: 区体 joined), never the bureau
LOTTERY = ("青岗区体彩实体店开展合规经营培训",
           "<p>为推动责任彩票建设,3月16日,青岗区体育事业发展中心组织辖区体育彩票实体店代销者开展合规经营培训,"
           "53名代销者参加。</p><p>培训重点讲解了不得向未成年人售彩、不得以互联网方式销售彩票等合规要求。</p>"
           "<p>青岗区体育事业发展中心负责人表示,将持续加强实体店日常巡查,引导购彩者理性购彩。</p>")
FIRE = ("青岗区举办森林防火业务培训班",
        "<p>7月10日,青岗区森林防火业务培训班在第一会议室开班,各乡镇分管负责人、护林员代表共33人参加培训。</p>"
        "<p>培训邀请省森林消防专家授课,围绕火情早期处置、扑火安全等内容进行讲解。</p>")


def test_the_sites_name_in_its_header_and_footer_is_no_spliced_headline():
    a = clean_page(bureau_page(*LOTTERY), url=URL.format(n=1))
    assert not a.hijacked, a.findings
    assert a.title == LOTTERY[0]


def test_a_profile_built_from_that_page_spreads_nothing_to_the_sites_other_pages():
    pages = [(bureau_page(*LOTTERY), URL.format(n=1)), (bureau_page(*FIRE), URL.format(n=2))]
    profile = build_profile(pages)
    assert not profile.spam_strings
    a = clean_page(bureau_page(*FIRE), url=URL.format(n=2), profile=profile)
    assert not a.hijacked, a.findings


def test_a_keyword_spliced_into_the_headline_is_still_read_beside_the_sites_name():
    headline = "青岗区体彩实体店开今晚开什么码2025展合规经营培训"
    a = clean_page(bureau_page(headline, LOTTERY[1]), url=URL.format(n=3))
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "今晚开什么码" not in a.title


# An ad-block recovery loader (dev-v35-gtrends gt35-058/-067, written afresh): it inserts its own
# script, then looks whether that <script> is in the page — an ad blocker removes it — and only then
# calls the page's content-control callback, which sends the visitor to the publisher group's notice.
RECOVERY = ("window._rc_={config:{}};"
            "window._rc_.config.content_control_callback=function(){window.location.href='https://assets.pubgroup-x.co.uk/ab/index.html';};"
            "window._rc_.bootstrap=function(src){var s=document.createElement('script');s.src=src;document.head.appendChild(s);"
            "if(!document.querySelector('script[src=\"'+src+'\"]')){setTimeout(function(){window._rc_.config.content_control_callback();},250);}};"
            "window._rc_.bootstrap('https://cdn1.qingshan.gov.cn/misc/msg201003.js');")


def test_an_ad_block_recovery_callback_sends_no_visitor_away():
    a = cleaned(RECOVERY, body=ARTICLE)
    assert not a.hijacked, a.findings


def test_the_same_callback_called_for_everyone_is_still_a_redirect():
    code = ("window._rc_={config:{}};"
            f"window._rc_.config.content_control_callback=function(){{window.location.href='https://{SPAM_HOST}/go';}};"
            "setTimeout(function(){window._rc_.config.content_control_callback();},250);")
    a = cleaned(code, body=ARTICLE)
    assert a.hijacked and "script (run): every visitor sent to a site the page never links" in exits(a)
