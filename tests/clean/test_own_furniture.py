"""A site's own furniture read as injection (v35 miss patterns §3, §7.3): the site's name repeated in
its header and footer is no headline to search for a spliced keyword (and a profile built from such a
page must not spread the misreading to the site's other pages); a publisher's ad-block recovery
callback, which its ad library calls only when its own script is missing from the page, sends no
ordinary visitor anywhere. Pages written afresh in the dev pages' forms, names and hosts invented.

A clean page's own furniture is no injection (issue 12, clean pages of the general web flagged;
studied on dev-v38-twevent and dev-v38-crawlertest): a headline's own subtitle in the <title>, an
exhibition series' name with a year before it, a comment widget's closed tab panel, an ad network's
placement (the empty <ins> slot and the script that fills it), a sentence naming stages joined by
arrows, an organiser line written "label_name、name". Each test beside says what still flags: the
injected form of the same shape.

The readers are not wired (variant 8f5beb3 of session 30, builder pr30): on dev they take the false flags of
dev-v38-twevent from 8 to 3 and of dev-v38-crawlertest from 2 to 1, and no finding of the 1,344 dev hijack pages
they could touch, but both sets are the split they were written from (v38), and the 26 flagged pages of the 12
other dev clean sets stay flagged: no set outside the studied split gains. The variant runs sealed on the next
held-out split; the xfails below are the forms it would clear. Its arrow reader (stages joined by one arrow) is wired
since fp52 (noise._ARROW_CHAIN): the form recurred on a later split's clean page (dev-v42-kaoriya kx42-036)."""
from __future__ import annotations

import pytest

from scraper.clean import build_profile, clean_page
from scraper.clean.noise import noise_stripper
from tests.clean.conftest import kinds
from tests.clean.test_gestures import ARTICLE, SPAM_HOST, cleaned, exits
from tests.clean.test_structural import BODY, URL, page

# -------------------- formerly test_own_furniture_s27.py --------------------

SITE = "青岗区文化广电旅游体育局"
ITEM_URL = "http://wlj.qinggang.gov.cn/xxgk/gzdt/202406/t20240217_{n}.html"


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
    a = clean_page(bureau_page(*LOTTERY), url=ITEM_URL.format(n=1))
    assert not a.hijacked, a.findings
    assert a.title == LOTTERY[0]


def test_a_profile_built_from_that_page_spreads_nothing_to_the_sites_other_pages():
    pages = [(bureau_page(*LOTTERY), ITEM_URL.format(n=1)), (bureau_page(*FIRE), ITEM_URL.format(n=2))]
    profile = build_profile(pages)
    assert not profile.spam_strings
    a = clean_page(bureau_page(*FIRE), url=ITEM_URL.format(n=2), profile=profile)
    assert not a.hijacked, a.findings


def test_a_keyword_spliced_into_the_headline_is_still_read_beside_the_sites_name():
    headline = "青岗区体彩实体店开今晚开什么码2025展合规经营培训"
    a = clean_page(bureau_page(headline, LOTTERY[1]), url=ITEM_URL.format(n=3))
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


# -------------------- formerly test_own_furniture_s30.py --------------------

UNWIRED = pytest.mark.xfail(strict=True, reason="pr30's readers are a frozen variant (8f5beb3), not wired")

HEADLINE = "区政府召开城乡环境综合整治工作会议"


def _titled(part: str) -> bytes:
    """A page whose <title> and <h1> both write the headline with ``part`` after a dash."""
    return (f'<html><head><meta charset="utf-8"><title>{HEADLINE}-{part} – 青山区人民政府</title></head><body>'
            f'<h1>{HEADLINE}-{part}</h1><div class="content">{BODY}</div></body></html>').encode()


@UNWIRED
def test_a_headlines_own_subtitle_in_the_title_and_the_h1_is_kept():
    # a clause addressing the reader (让你…) is the headline's second half, not a search phrase
    a = clean_page(_titled("让你少走冤枉路"), url=URL)
    assert not a.hijacked, a.findings
    assert "让你少走冤枉路" in a.title


def test_a_keyword_glued_to_the_title_and_the_h1_alike_still_goes():
    a = clean_page(_titled("午夜小剧场高清合集"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a), a.findings
    assert "午夜小剧场" not in a.title


@UNWIRED
def test_an_exhibition_series_with_its_year_in_the_title_is_no_keyword():
    # "2022 Touch" holds no "22t" brand morpheme: a space ends the year
    title = f"{HEADLINE}，首奖10万等你拿 - 2022 Touch Taiwan系列展 - 青山区人民政府"
    a = clean_page(page(title=title), url=URL)
    assert "spam_title" not in kinds(a), a.findings


PEOPLE = "".join(f'<li><a href="https://comments.example.com/by/{who.lower().replace(" ", "_")}/">{who}</a> &middot; {n} posts</li>'
                 for who, n in (("fierycloud", 1370), ("TW Energy", 247), ("Conan Yang", 146), ("peter", 114)))
# a comment widget's tabs: the shown "Popular" panel and the closed "Top Commenters" one, which the
# "People" tab opens by the panel's own part of its id (the widget's code builds the rest)
TABS = ('<div id="combo"><ul><li><a href="#" onclick="comboTab(\'people\'); return false">People</a></li>'
        '<li><a href="#" onclick="comboTab(\'popular\'); return false">Popular</a></li></ul>'
        f'<div id="combo-people" class="combo-box" style="display:none"><h3>Top Commenters</h3><ul>{PEOPLE}</ul></div>'
        '<div id="combo-popular" class="combo-box"><h3>熱門討論</h3><ul>'
        '<li><a href="/news/1.htm">第十四期解說員志工培訓課程</a></li></ul></div></div>')


@UNWIRED
def test_a_comment_widgets_closed_tab_panel_is_no_hidden_farm():
    a = clean_page(page(body=BODY + TABS), url=URL)
    assert not a.hijacked, a.findings
    assert "区长主持会议" in a.text


def test_a_hidden_english_link_box_that_no_tab_opens_still_flags():
    box = TABS.replace("comboTab('people')", "comboTab('latest')")
    a = clean_page(page(body=BODY + box), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a), a.findings


SLOT = '<ins class="a43bf7e8" data-key="ddf13e6ddf810229485a2ed0544b9321"></ins>'
LOADER = '<script async defer src="//cutescale.online/20008780.js"></script>'


@UNWIRED
def test_an_ad_networks_placement_slot_and_its_script_are_no_loader():
    a = clean_page(page(body=BODY + SLOT + LOADER), url=URL)
    assert "spam_script" not in kinds(a), a.findings


def test_the_same_script_without_a_slot_still_flags():
    a = clean_page(page(body=BODY + LOADER), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_a_hidden_ins_without_settings_is_no_placement():
    ins = '<ins style="display:none!important" id="u891716"></ins>'
    a = clean_page(page(body=BODY + ins + LOADER), url=URL)
    assert a.hijacked and "spam_script" in kinds(a), a.findings


def test_stages_joined_by_one_arrow_are_no_symbol_noise():
    line = "由院長領軍，藉由「滋養→排毒→啟動→活化」三腦再生四階段，幫助學員激發潛在能量！"
    assert noise_stripper([line])(line) == line
    a = clean_page(page(body=BODY + f"<p>{line}</p>"), url=URL)
    assert "symbol_noise" not in kinds(a), a.findings
    assert "滋養→排毒→啟動→活化" in a.text


def test_symbols_sprinkled_into_words_still_go_beside_a_sequence():
    noisy = "学生∩管理工作，☆各部门要遣返★、落实"
    line = "分「滋養→排毒→啟動→活化」四階段"
    strip = noise_stripper([noisy, line])
    assert strip(noisy) == "学生管理工作，各部门要遣返、落实"
    assert strip(line) == line


@UNWIRED
def test_an_organiser_line_written_label_underscore_names_is_no_keyword_block():
    line = "主辦單位_海峽兩岸旅遊交流協會高雄辦事分處、旅讀雜誌"
    a = clean_page(page(body=BODY + "<p><strong>主辦單位_</strong>海峽兩岸旅遊交流協會高雄辦事分處、旅讀雜誌</p>"), url=URL)
    assert not a.hijacked, a.findings
    assert line in a.text


def test_a_keyword_block_joined_by_underscores_still_goes():
    line = "夜色影院永久免费_青柠视频成人版_深夜福利短视频在线_蜜瓜社区无删减"
    a = clean_page(page(body=BODY + f"<p>{line}</p>"), url=URL)
    assert a.hijacked and "夜色影院" not in a.text, a.findings
