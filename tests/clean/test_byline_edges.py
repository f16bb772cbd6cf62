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
