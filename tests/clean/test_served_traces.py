"""What a page's bytes and address say when no string is injected in its text (v20 I): a batch mark
labelled 来源 in a footer is flagged and the article kept; a news site reposting a public body's news
is not. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page

ARTICLE = ("<p>6月8日下午,“青年学者论坛”第十二期学术报告会在学院报告厅举行,三位青年教师围绕各自研究方向作了专题报告。</p>"
           "<p>报告内容涉及新型储能材料、城市雨洪模拟和乡村治理数据分析等领域。报告结束后,与会师生围绕研究方法和数据来源进行了交流讨论。</p>"
           "<p>据悉,“青年学者论坛”自开办以来已累计邀请校内外青年学者40余人次,成为学院促进学科交叉和青年教师成长的重要平台。</p>")
URL = "http://www.xhzx.edu.cn/xwzx/202406/t20240608_407162.html"


def page(body: str = ARTICLE, title: str = "举办青年学者论坛第十二期学术报告会", site: str = "兴华中学",
         nav: str = '<a href="/">首页</a> | <a href="/xwzx/">新闻中心</a> | <a href="/tzgg/">通知公告</a>',
         byline: str = "作者:吴倩 发布时间:2024-06-08", footer: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} - {site}</title></head><body>
<div class="header"><div class="logo">{site}</div><div class="nav">{nav}</div></div>
<div class="article"><h1>{title}</h1><div class="info">{byline}</div><div class="content">{body}</div></div>
<div class="footer">{footer}版权所有 {site}</div></body></html>""".encode()


def kinds(article) -> set[str]:
    return {(f.kind, f.where) for f in article.findings}


def test_a_batch_mark_labelled_source_in_a_footer_line_is_a_spliced_brand():
    a = clean_page(page(footer="<p>In 学院新闻 · 来源:sp20240215</p>"), url="http://mingmutech.com/?waqZP=B.html")
    assert a.hijacked and ("spliced_brand", "source") in kinds(a), a.findings
    assert "三位青年教师围绕各自研究方向" in a.text


def test_a_simplified_news_site_reposting_a_bodys_news_is_no_copy():
    # (the site by its own name: 新闻网 alone names nobody, kinds.kind_only, and a body's credited news in a shell
    # naming nobody on an unrelated host is the body's own, copied: takeover.credited_body_host)
    a = clean_page(page(byline="来源:中国矿业大学 发布时间:2024-06-08", site="华夏新闻网"),
                   url="http://www.example-news.com/edu/2024/0608/1234.html")
    assert not a.hijacked, a.findings
