"""Content a reader never sees and lines that are no language (issue 11, v5 §1C, §1E, R3).

Judged by rendering, whatever the tag: a link farm in a 0×0 frame's srcdoc, a hidden textarea, a
0×0 svg, under content-visibility:hidden, in a closed <details> with nothing on its summary, or
under a cover box is found by its form, with anchor words no lexicon knows. The site's own hidden
chrome (FAQs, form fields, icons, share panels, menus) stays. Lines of random tokens, garbage
words and keyword phrases the page never uses go; a page's codes, headlines and German stay.
"""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds
from tests.clean.test_structural import BODY, URL, page

# invented names in no lexicon: only the form can give the farm away
ANCHORS = ("Velmora Harbour", "Velmora Harbour portal", "Velmora Harbour mirror")
LINKS = " ".join(f'<a href="https://qtrvel77.example-net.top/{i}.html">{t}</a>' for i, t in enumerate(ANCHORS))
ESCAPED = LINKS.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

UNSEEN = {
    "zero-size frame's srcdoc": f'<iframe width="0" height="0" frameborder="0" srcdoc="{ESCAPED}"></iframe>',
    "hidden textarea": f'<textarea style="display:none" name="k">{LINKS.replace("<", "&lt;")}</textarea>',
    "zero-size svg": f'<svg width="0" height="0" style="position:absolute"><foreignObject width="1" height="1">'
                     f'<div xmlns="http://www.w3.org/1999/xhtml">{LINKS}</div></foreignObject></svg>',
    "content-visibility": f'<div style="content-visibility:hidden;contain-intrinsic-size:0 0">{LINKS}</div>',
    "closed details, empty summary": f'<details class="more"><summary></summary>{LINKS}</details>',
    "under a cover box": '<div style="position:relative;height:24px"><div style="position:absolute;top:0;left:0;'
                         f'z-index:-1">{LINKS}</div><div style="position:absolute;top:0;left:0;width:100%;'
                         'height:24px;background:#fff"></div></div>',
}


@pytest.mark.parametrize("form", sorted(UNSEEN))
def test_a_farm_nobody_sees_is_found_by_its_form_and_removed(form):
    a = clean_page(page(body=BODY + UNSEEN[form]), url=URL)
    assert "hidden_links" in kinds(a), (form, a.findings)
    assert "Velmora" not in everything(a)
    assert "区长主持会议并讲话" in a.text


def test_the_sites_own_unseen_chrome_stays_unflagged():
    chrome = (
        # a FAQ: its question invites the reader; the answer links elsewhere
        '<details><summary>如何申请？</summary><p>申请人请登录<a href="https://zwfw.example.gov.cn/a">政务服务网</a>在线提交'
        '申请材料，审核通过后三个工作日内办结，相关表格可在<a href="https://zwfw.example.gov.cn/b">办事指南</a>栏目下载，'
        '也可拨打<a href="https://zwfw.example.gov.cn/c">服务热线</a>咨询。</p></details>'
        # a form's field, a hidden editor field holding the page's own markup, an icon sprite
        '<form><textarea name="msg">请输入留言</textarea></form>'
        '<textarea style="display:none"><p>原文 <a href="/info/1.htm">上一篇</a> <a href="/info/3.htm">下一篇</a></p></textarea>'
        '<svg width="0" height="0" style="position:absolute"><symbol id="i-share"><title>分享</title></symbol></svg>'
        # share links carry the page's own address; a cookie banner under its close button
        '<div style="display:none" class="share"><a href="https://weibo.example.com/share?url=https://www.qingshan.gov.cn/'
        'info/2024/0316/2.htm">微博</a> <a href="https://qzone.example.com/s?url=https://www.qingshan.gov.cn/info/2024/0316/'
        '2.htm">QQ空间</a> <a href="https://x.example.com/i?u=https://www.qingshan.gov.cn/info/2024/0316/2.htm">X</a></div>')
    a = clean_page(page(body=BODY + chrome), url=URL)
    assert not a.hijacked, a.findings
    assert "审核通过后三个工作日内办结" in a.text  # the FAQ's answer is the reader's


def test_one_hidden_link_to_a_partner_the_page_shows_is_no_farm():
    # (a lone hidden link to a site nothing visible names is an injection: test_unnamed_sites.py)
    one = UNSEEN["under a cover box"].replace(LINKS, '<a href="https://partner.example.org/">合作单位</a>')
    shown = '<p>合作单位：<a href="https://www.partner.example.org/">青山区合作单位</a></p>'
    assert not clean_page(page(body=BODY + one + shown), url=URL).hijacked


RANDOM_HEADER = "| ".join(["k3v9", "ybtq", "7rw2", "m0xa", "pq8s", "dw4n", "h2j6", "zzcl", "4f7g", "n5e1"]) + "|"
TAG_LINE = "标签：晴川坊 4r7d 夜明堂"


def test_a_random_token_header_and_its_tag_line_go_and_flag_the_page():
    a = clean_page(page(body=f"<div>{RANDOM_HEADER}</div>" + BODY + f"<div>{TAG_LINE}</div>"), url=URL)
    assert a.hijacked and "spam_text" in kinds(a), a.findings
    assert "k3v9" not in everything(a) and "4r7d" not in everything(a) and "晴川坊" not in everything(a)
    assert "区长主持会议并讲话" in a.text


def test_a_garbage_word_in_a_chinese_line_is_cut():
    line = "<p>当地时间2024-03-15，wqpzrtkvbnmhjsdfgxcl，凝心聚力，共谱发展新篇章</p>"
    a = clean_page(page(body=line + BODY), url=URL)
    assert a.hijacked and "wqpzrtkvbnmhjsdfgxcl" not in everything(a), a.findings


def test_a_line_of_keyword_phrases_the_page_never_uses_goes():
    line = "<p>青木堂膏方哪家强 青木堂膏方预约挂号 失眠多梦调理价格</p>"
    a = clean_page(page(body=line + BODY), url=URL)
    assert a.hijacked and "青木堂" not in everything(a), a.findings


def test_on_a_proven_page_a_list_of_keyword_phrases_goes():
    items = "<ul><li>闪贷通极速放款渠道</li><li>无视记录当日到账平台</li><li>凭证件借一万不查档</li></ul>"
    farm = UNSEEN["content-visibility"]
    a = clean_page(page(body=BODY + items + farm), url=URL)
    assert a.hijacked and "闪贷通" not in everything(a) and "当日到账" not in everything(a), (a.findings, a.text)
    # the same list on a page without other evidence may be a sidebar's headlines: it stays
    assert "闪贷通" in clean_page(page(body=BODY + items), url=URL).text


def test_codes_headlines_and_long_words_of_the_page_stay():
    codes = "<p>G101 G103 G105 G107 G109 G111 G113 G115 G117</p>"  # train numbers
    digests = "<p>a3f9 b2c1 0d4e 9f8a 77bc e1e2 c0de 4a5b</p>"
    headlines = "<p>区委召开常委会议 研究部署重点工作</p>"
    german = "<p>区长会见德国客人 Geschichtsschreibung 研讨会代表团一行并座谈</p>"
    for body in (codes, digests, headlines, german):
        a = clean_page(page(body=BODY + body), url=URL)
        assert not a.hijacked, (body, a.findings)


def test_a_farm_in_a_frames_fallback_text_or_a_canvas_is_judged():
    for box in (f'<iframe src="/map.htm" width="600" height="400">{LINKS}</iframe>', f"<canvas>{LINKS}</canvas>"):
        a = clean_page(page(body=BODY + box), url=URL)
        assert "hidden_links" in kinds(a), (box, a.findings)


def test_a_hidden_row_of_random_tokens_is_hidden_text():
    a = clean_page(page(body=BODY + f'<div style="display:none">{RANDOM_HEADER}</div>'), url=URL)
    assert "hidden_text" in kinds(a), a.findings
