"""The byline the metadata was read from is not article text: a reader archiving a notice gets its
date, 来源 and author as fields and the notice alone as text, with the notice's own schedule and its
signature (落款) kept (issue 12: legit text F1 0.96-0.98 on synthetic templates whose byline sat in
the body's box)."""
from __future__ import annotations

from scraper.clean import clean_page

PAGE = """<html><head><meta charset="utf-8"><title>关于举办2024年校园开放日活动的通知-学生工作部</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/xw/">新闻动态</a></div>
<div class="post"><h1>关于举办2024年校园开放日活动的通知</h1>
<div class="post-body">
<p>由 刘海涛 发布于 2024-05-09 10:30</p>
<p>撰稿:刘海涛 · 供稿单位:学生工作部 · 阅读 3095</p>
<p>各学院、各有关单位：为展示我校办学成果，学校定于2024年5月18日举办校园开放日活动，现将有关事项通知如下。</p>
<p>时间：2024年5月18日 9:00</p>
<p>地点：校本部体育馆及各学院展区</p>
<p>请各单位认真做好接待准备工作，确保活动安全有序。</p>
<p>学生工作部</p>
<p>2024年5月9日</p>
<p>信息来源:学生工作部 © 2024 · Published with Ghost</p>
</div></div></body></html>"""


def test_byline_lines_at_the_edges_of_the_body_are_fields_not_text():
    a = clean_page(PAGE.encode("utf-8"), url="https://xsc.example.edu.cn/tz/2024/0509/1.htm")
    assert (a.published[:10], a.author, a.source) == ("2024-05-09", "刘海涛", "学生工作部")
    lines = a.text.split("\n")
    assert lines[0].startswith("各学院、各有关单位")
    assert not any("发布" in line or "撰稿" in line or "Ghost" in line for line in lines)
    # the notice's schedule and its signature stay
    assert "时间：2024年5月18日 9:00" in lines and "地点：校本部体育馆及各学院展区" in lines
    assert lines[-2:] == ["学生工作部", "2024年5月9日"]


def test_a_menu_item_with_a_slash_before_a_word_opening_with_wen_is_no_writing_credit():
    # dev-v17-twnews ltn: a menu's "教育/文化" above the headline named 教育 the author
    menu = "".join(f'<a href="/list/{i}">{t}</a> ' for i, t in enumerate(["財政", "交通", "教育/文化", "外交/國防"]))
    raw = ('<html><head><meta charset="utf-8"><title>凶宅下月拍開價425萬</title></head><body>'
           f'<div class="menu">{menu}</div><h1>凶宅下月拍開價425萬</h1><div class="text">'
           '<p>2008年，台北市萬華區發生父親殺子，然後自殺的人倫悲劇。過了10年，命案發生處成了凶宅，下月預計拍賣。</p>'
           '<p>報導指出，由於該屋有7名共有人，下月拍賣的僅一半產權，1拍底價為425.6萬元。</p></div></body></html>')
    a = clean_page(raw.encode(), url="https://news.example.com.tw/news/life/2504351")
    assert a.author != "教育"
