"""Spam wedged into an article's sentences (issue 11 §3, v18): a link between two clauses whose
text is a phrase the article never writes, a run of keyword links to the site's own home page, and a
bare address spliced into a word. A paragraph's ordinary links (a named body, a cited source the page
links again, a cited address closing its clause) stay. Written afresh; hosts and words are made up."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.test_structural import URL, page

LEAD = "<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"


def cleaned(body: str):
    return clean_page(page(body=LEAD + body), url=URL)


def test_a_phrase_link_between_two_clauses_goes_with_its_text():
    a = cleaned('<p>会议指出，城乡环境综合整治是一项民心工程，<a href="https://www.zorvex-jc.example/">'
                '星河竞猜足球推荐</a> 各街道、各部门要对照任务清单，细化工作措施。</p>')
    assert a.hijacked and "spam_link" in {f.kind for f in a.findings}
    assert "星河竞猜" not in a.text and "各街道、各部门要对照任务清单" in a.text


def test_a_lower_case_latin_phrase_in_a_chinese_sentence_goes():
    a = cleaned('<p>会议指出，城乡环境综合整治是一项民心工程，各街道要细化工作措施 '
                '<a href="http://www.plumbet.example">taruhan bola terbaik</a> 。</p>')
    assert a.hijacked and "taruhan" not in a.text and "细化工作措施" in a.text


def test_a_run_of_keyword_links_to_the_own_home_page_goes():
    kw = ["苏杭网页设计", "全网推广外包", "品牌营销策划"]
    links = "".join(f'<a href="https://www.qingshan.gov.cn/">{k}</a>，{c}，'
                    for k, c in zip(kw, ["各街道要对照任务清单", "细化工作措施", "确保整治取得实效"]))
    a = cleaned(f"<p>会议指出，城乡环境综合整治是一项民心工程，{links}</p>")
    assert a.hijacked and not any(k in a.text for k in kw) and "细化工作措施" in a.text
    assert "，，" not in a.text


def test_a_bare_address_spliced_into_a_word_goes():
    a = cleaned("<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任https://www.qxlmzt.example ,"
                "务清单，细化工作措施。</p>")
    assert a.hijacked and "qxlmzt" not in a.text and "任务清单" in a.text


def test_ordinary_links_in_sentences_stay():
    a = cleaned('<p>会议指出，城乡环境综合整治是一项民心工程，<a href="https://www.hb.example.gov.cn/">市生态环境局</a>'
                '有关负责同志介绍了<a href="https://news.example.com/a/1.html">背街小巷整治</a>的经验，'
                '详见https://www.hb.example.gov.cn。各街道要对照任务清单，细化工作措施。</p>'
                '<p>来源：<a href="https://news.example.com/">示例新闻网</a></p>')
    assert not a.hijacked
    assert "市生态环境局" in a.text and "背街小巷整治" in a.text


def test_a_blogroll_of_links_with_notes_on_their_lines_stays():
    roll = "".join(f'<a href="https://www.{h}.example/">{t}</a>[{n}]<br>' for h, t, n in [
        ("yiye", "洞庭一叶子", "个人主页与读书笔记"), ("xianqin", "先秦史论坛区", "中国古代史研究交流"),
        ("chunqiu", "春秋战国风云", "全球中文网站导航")])
    a = cleaned(f"<p>{roll}</p>")
    assert not a.hijacked and not a.findings


# A link that is a paragraph of its own (v32 §7.5): the appended-phrase relation asks for prose on the
# link's line (hijack.MIN_APPENDED_PROSE), so a porn pair standing as the article's last paragraph is
# not read; without the floor the relation cannot tell it from a lone related-reading link (measured
# above MIN_APPENDED_PROSE). These lines of the article's own kind must stay, whatever a reader of such
# paragraphs becomes.
LINK_LINES = [
    '<p>相关链接：<a href="https://www.jyt.example.gov.cn/2024/0312/8.html">全省春季学期校园安全工作部署</a></p>',
    '<p>原文链接：<a href="https://news.example.com/a/20240316/1.html">青山区部署城乡环境综合整治</a></p>',
    '<p>附件：<a href="https://files.example.com/2024/zzgz.pdf">背街小巷整治提升实施方案</a></p>',
    '<p><a href="https://news.example.com/a/20240316/1.html">阅读原文</a></p>',
    '<p>分享到：<a href="https://service.weibo.example/share">新浪微博</a> <a href="https://qzone.example/s">QQ空间</a></p>',
    '<p><a href="https://news.example.com/a/20240311/7.html">全市春季植树造林活动全面启动</a></p>',
]


def test_a_link_line_of_the_articles_own_kind_stays():
    for line in LINK_LINES:
        a = cleaned(line)
        assert not a.hijacked and not a.findings, (line, a.findings)


@pytest.mark.xfail(strict=True, reason="v32 S1 left in: a foreign phrase pair as a paragraph of its own is read "
                   "as a lone related-reading link; the floor-free relation gained v32 only (hijack.py, "
                   "above MIN_APPENDED_PROSE)")
def test_a_foreign_phrase_pair_as_a_paragraph_of_its_own_goes():
    a = cleaned('<p><span>青荷小院深夜剧场</span> <a href="https://v.qhxy9.example/">午夜福利短片免费观看</a></p>')
    assert a.hijacked and "午夜福利" not in a.text
