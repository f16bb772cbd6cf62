"""What a script writes for every visitor is page content (v34 S2, S3): a title it sets is judged as
the served <title> is, hidden markup it writes as the same markup served is. Invented pages; each
shape also keeps the legit form (a site's own script writing its own title, menu or date) clean."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

URL = "http://www.example.edu.cn/xwzx/2025/1021.html"
_HEADLINE = "云岭学院开展新生入学安全教育"
_ARTICLE = ("<p>10月21日，云岭学院面向2025级新生开展入学安全教育，保卫处、学生处有关负责同志为新生授课。</p>"
            "<p>讲座围绕消防安全、交通安全、网络安全和防范电信诈骗等内容，结合真实案例进行讲解。</p>"
            "<p>课后，新生分批参加了灭火器使用和应急疏散演练，学校将持续把安全教育贯穿入学教育全过程。</p>")


def _page(script: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}-云岭学院新闻网</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/xwzx/'>新闻中心</a></div>"
            f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>发布时间：2025-10-21 来源：学生工作处</div>"
            f"{_ARTICLE}</div><div class='foot'><p>主办：云岭学院</p></div>{script}</body></html>").encode()


def _escaped(markup: str) -> str:
    return "".join(f"\\u{ord(c):04x}" for c in markup)


# -- a title a script sets for every visitor -------------------------------------------------------

def test_a_spam_title_set_by_a_script_for_every_visitor_is_flagged():
    a = clean_page(_page("<script>document.title='玖曦体育官方入口_玖曦体育最新网址';</script>"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == _HEADLINE
    assert "新生分批参加了灭火器使用" in a.text


def test_a_site_script_setting_its_own_title_stays_clean():
    a = clean_page(_page(f"<script>document.title='{_HEADLINE}-云岭学院新闻网（第2页）';</script>"), url=URL)
    assert not a.hijacked and a.findings == []


# -- hidden markup a script writes for every visitor --------------------------------------------------

def test_an_escaped_write_of_a_hidden_pitch_is_flagged_as_if_served():
    markup = '<p style="font-size:0">翡冠盛世真人体育投注</p>'
    a = clean_page(_page(f'<script>document.write("{_escaped(markup)}");</script>'), url=URL)
    assert a.hijacked and "hidden_text" in kinds(a)
    assert "翡冠盛世" not in a.text


def test_a_site_script_writing_its_own_menu_and_date_stays_clean():
    script = ("<script>document.write('<div class=\"menu\" style=\"display:none\"><a href=\"/xwzx/\">新闻中心</a>"
              "<a href=\"/tzgg/\">通知公告</a></div>');"
              "document.write('<span>今天是' + new Date().getFullYear() + '年</span>');</script>")
    a = clean_page(_page(script), url=URL)
    assert not a.hijacked and a.findings == []
