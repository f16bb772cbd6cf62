"""Content judged by whether a reader sees it, not by its tag (issue 11, v6 §1C, §1E, §5).

Image maps, datalists, option lists, media fallbacks and boxes moved a screen away hold links and
words that crawlers read and readers never see: a farm there is found by its form (anchor words
no lexicon knows), while a form's select, a map of the site's own sections, a jump menu of
government sites and a drawer menu stay quiet. Lines of search phrases are judged by their
structure, inside the article and before its header; tag lines, breadcrumbs, keyword fields and
menus stay.
"""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.hidden import STATE, STRONG
from tests.clean.conftest import everything, kinds
from tests.clean.test_structural import BODY, URL, page
from tests.clean.test_unseen_text import doc, hidden

# invented names in no lexicon, on hosts the page links nowhere else
NAMES = ("Velmora Harbour", "Velmora Harbour portal", "Velmora Harbour mirror")
HOSTS = ("qtrvel77.example-net.top", "brovan31.example-web.xyz", "zelkor58.example-hub.cc")
LINKS = " ".join(f'<a href="https://{h}/{i}.html">{t}</a>' for i, (h, t) in enumerate(zip(HOSTS, NAMES, strict=True)))
AREAS = "".join(f'<area shape="rect" coords="0,0,1,1" href="https://{h}/" alt="{t}">'
                for h, t in zip(HOSTS, NAMES, strict=True))

UNSEEN = {
    "image map no image uses": f'<map name="m1">{AREAS}</map>',
    "pixel areas of a shown image": '<img src="/images/banner.jpg" usemap="#m2" width="760" height="90">'
                                    f'<map name="m2">{AREAS}</map>',
    "datalist of a hidden field": '<input list="kw" style="display:none"><datalist id="kw">'
                                  + "".join(f'<option value="{t} {h}">' for h, t in zip(HOSTS, NAMES, strict=True))
                                  + "</datalist>",
    "video fallback": f'<video src="/media/a.mp4" width="320" height="180">{LINKS}</video>',
    "a screen to the left": f'<div class="flink" style="transform:translateX(-300vw);position:absolute">{LINKS}</div>',
    "its own width to the left": f'<div style="transform:translate(-100%)">{LINKS}</div>',
    "left of the viewport": f'<div style="position:fixed;left:-100vw">{LINKS}</div>',
    "the translate property": f'<div style="translate:-9999px 0">{LINKS}</div>',
    "noframes fallback": f"<noframes>{LINKS}</noframes>",
    "a font shorthand of size 0": f'<div style="font:700 0/0 a">{LINKS}</div>',
}


@pytest.mark.parametrize("form", sorted(UNSEEN))
def test_a_farm_nobody_sees_is_found_whatever_holds_it(form):
    a = clean_page(page(body=BODY + UNSEEN[form]), url=URL)
    assert "hidden_links" in kinds(a), (form, a.findings)
    assert "Velmora" not in everything(a)
    assert "区长主持会议并讲话" in a.text


def test_forms_maps_jump_menus_and_drawers_of_the_site_stay_quiet():
    chrome = (
        # a form's select of provinces and years, a search field's suggestions
        '<form action="/search"><select name="p"><option value="">请选择省份</option><option value="11">北京市</option>'
        '<option value="12">天津市</option><option value="13">河北省</option></select>'
        '<select name="y"><option>2024</option><option>2023</option><option>2022</option></select>'
        '<input name="q" list="hot"><datalist id="hot"><option value="城乡环境综合整治"><option value="政务公开">'
        '<option value="人才招聘"></datalist></form>'
        # an image map of the site's own sections
        '<img src="/images/nav.jpg" usemap="#nav" width="760" height="60"><map name="nav">'
        '<area shape="rect" coords="0,0,120,60" href="/xwzx/" alt="新闻中心">'
        '<area shape="rect" coords="120,0,240,60" href="/zwgk/" alt="政务公开">'
        '<area shape="rect" coords="240,0,360,60" href="https://www.qingshan.gov.cn/bsfw/" alt="办事服务"></map>'
        # a jump menu of government sites (友情链接)
        '<select onchange="window.open(this.value)"><option>友情链接</option>'
        '<option value="https://www.gov.cn/">中国政府网</option><option value="https://www.hubei.gov.cn/">湖北省人民政府</option>'
        '<option value="https://www.wuhan.gov.cn/">武汉市人民政府</option></select>'
        # a drawer menu opened by a state class
        '<style>.drawer{position:fixed;left:0;transform:translateX(-100%)}.drawer.open{transform:none}</style>'
        '<nav class="drawer"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a></nav>')
    a = clean_page(page(body=BODY + chrome), url=URL)
    assert not a.hijacked, a.findings
    assert "区长主持会议并讲话" in a.text and "细化工作措施" in a.text


# search phrases no lexicon knows, one shorter than the others
PHRASES = ("星夜剧场", "云顶花园高清在线看", "午夜频道免费播放", "蓝莓影院精品区")


def test_a_line_of_search_phrases_in_the_article_goes():
    line = "_".join(PHRASES)
    a = clean_page(page(body=BODY + f"<p>{line}</p>"), url=URL)
    assert "spam_text" in kinds(a), a.findings
    assert "星夜剧场" not in everything(a)
    assert "细化工作措施" in a.text


def test_a_line_of_search_phrases_before_the_header_is_recorded():
    line = ",".join(PHRASES)
    a = clean_page(page(top=f'<div style="font-size:12px">{line}</div>'), url=URL)
    assert a.hijacked and any(f.kind == "spam_text" and "星夜剧场" in f.evidence for f in a.findings), a.findings
    assert "星夜剧场" not in everything(a)


def test_a_line_of_search_phrases_atop_a_page_without_a_headline_element_goes():
    # an old table template: the article's container is the whole page, the headline a bold cell
    html = ('<html><head><meta charset="utf-8"><title>区政府召开城乡环境综合整治工作会议</title></head><body>'
            f'<div style="font-size:12px">{",".join(PHRASES)}</div><table><tr><td>您现在的位置：网站首页 &gt;&gt; 新闻动态'
            '</td></tr><tr><td><p align="center"><b>区政府召开城乡环境综合整治工作会议</b></p>'
            f'{BODY}</td></tr></table></body></html>')
    a = clean_page(html.encode(), url=URL)
    assert "spam_text" in kinds(a), a.findings
    assert "星夜剧场" not in everything(a) and "细化工作措施" in a.text


def test_tag_lines_breadcrumbs_keyword_fields_and_menus_stay():
    chrome = ('<div class="crumb">当前位置：首页 &gt; 新闻中心 &gt; 区政府召开城乡环境综合整治工作会议</div>'
              '<div class="menu"><a href="/a/">马克思主义理论研究</a> <a href="/b/">经济与管理研究院</a> '
              '<a href="/c/">外国语言文学研究中心</a> <a href="/d/">信息科学与工程研究所</a></div>')
    tags = ('<p>关键词：城乡环境综合整治 民心工程 任务清单</p><p>城乡环境综合整治 民心工程 任务清单 工作措施</p>')
    a = clean_page(page(top=chrome, body=BODY + tags), url=URL)
    assert not a.hijacked, a.findings
    assert "任务清单 工作措施" in a.text


def test_a_design_token_font_size_is_not_a_zero_size():
    style = ("<style>:root{--font-size-4:1.125rem}.story{font-size:var(--font-size-4)}"
             ".lead{font-size:calc(var(--font-size-4) * 1.2)}</style>")
    a = clean_page(page(head=style, body=f'<div class="story"><p class="lead" style="font-size:var(--s)">'
                                         f"{BODY}</p></div>"), url=URL)
    assert "区长主持会议并讲话" in a.text and not a.hijacked, a.findings


def test_a_declarative_shadow_root_is_rendered_and_read():
    body = f'<div class="story"><template shadowrootmode="open">{BODY}</template></div>'
    a = clean_page(page(body=body), url=URL)
    assert "区长主持会议并讲话" in a.text and not a.hijacked, a.findings


def test_rules_are_read_for_the_names_the_page_uses_and_state_classes_still_show_again():
    css = (".drawer{position:fixed;left:0;transform:translateX(-100%)}.drawer.is-open{transform:none}"
           ".farm{position:absolute;left:-100vw}.unused{display:none}.unused .used{opacity:0}")
    html = doc('<nav id="d" class="drawer"><a href="/">首页</a></nav><div id="f" class="farm">x</div>'
               '<div id="u" class="used">y</div>', css)
    # the drawer's open state (a class the served markup lacks) shows it again: a state, not a farm
    assert hidden(html) == {"d": STATE, "f": STRONG}


def test_an_unused_image_map_of_the_site_s_own_editions_is_no_farm():
    # a masthead's language editions: every area's words and host spell the name the <title> gives
    # the site; the image that used the map is gone from the page
    editions = ('<map name="lang"><area shape="rect" coords="49,0,100,26" href="http://www.harbourreview-es.org/" '
                'alt="Harbour Review in Spanish"><area shape="rect" coords="152,0,205,26" '
                'href="http://www.harbourreviewjp.co.jp/" alt="Harbour Review in Japanese"></map>')
    a = clean_page(page(title="Harbour Review - Ports in a changing trade", body=editions + BODY), url=URL)
    assert not a.hijacked, a.findings


def test_an_unused_image_map_farm_under_the_site_s_title_name_is_still_a_farm():
    # the areas' words carry the site's name, but their hosts do not: a farm borrowing the name
    areas = "".join(f'<area shape="rect" coords="0,0,90,20" href="https://{h}/" alt="Harbour Review {t}">'
                    for h, t in zip(HOSTS, NAMES, strict=True))
    a = clean_page(page(title="Harbour Review - Ports in a changing trade", body=f'<map name="m">{areas}</map>' + BODY),
                   url=URL)
    assert a.hijacked, a.findings
