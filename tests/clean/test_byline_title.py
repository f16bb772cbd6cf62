"""Byline and headline shapes of v9 dev pages: a Discuz! "来自:" source, a source label glued to
the time stamp, a breadcrumb that is no headline, a spam word before the headline, a phrase glued
after the site's name in <title> and <h1>."""
from __future__ import annotations

from scraper.clean import clean_page

ZH = "市卫生健康委组成三个督导组，对各县医疗机构和学校开展督导检查，重点检查了预检分诊和疫苗接种情况。"


def test_the_discuz_from_label_is_the_source():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>市卫生健康委开展传染病防控督导检查</title></head><body>"
            "<div class='h hm'><h1 class='ph'>市卫生健康委开展传染病防控督导检查</h1>"
            "<p class='xg1'>2023-6-9 16:55<span>|</span> 发布者: admin<span>|</span> 查看: 2866<span>|</span>"
            "原作者: 孙悦<span>|</span>来自: 市卫生健康委</p></div>"
            f"<div class='d'><table><tr><td id='article_content'>{body}</td></tr></table></div></body></html>")
    a = clean_page(page.encode())
    assert a.source == "市卫生健康委"
    assert a.author == "孙悦"


def test_from_in_prose_is_no_label():
    body = f"<p>来自全市各地的群众代表参加了会议。{ZH}</p>" * 3
    page = (f"<html><head><meta charset='utf-8'><title>市卫生健康委开展督导检查</title></head><body>"
            f"<h1>市卫生健康委开展督导检查</h1><div>{body}</div></body></html>")
    assert clean_page(page.encode()).source is None


def test_a_source_label_glued_to_the_time_stamp_is_read():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>网络热文疑造假 多家平台清理</title></head><body>"
            "<div class='left'><h1>网络热文疑造假 多家平台清理</h1>"
            "<div class='source'>2018-05-23 07:51:00来源:北京青年报</div>"
            f"<div class='article-content'>{body}</div></div></body></html>")
    assert clean_page(page.encode()).source == "北京青年报"


def _breadcrumb_page(headline: str) -> bytes:
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    return (f"<html><head><meta charset='utf-8'><title>{headline} - 北山师范学院附属中学</title></head><body>"
            "<table><tr><td class='main_title_2'>您现在的位置:&nbsp;<a href='/'>首页</a>&nbsp;&gt;&gt;&nbsp;"
            "<a href='/Article/'>工作动态</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr></table>"
            f"<table><tr><td class='title_text'><b>{headline}</b></td></tr>"
            f"<tr><td id='fontzoom' class='article_text'>{body}</td></tr></table></body></html>").encode()


def test_a_breadcrumb_is_never_the_headline():
    a = clean_page(_breadcrumb_page("玄武娱乐城 街道召开老旧小区改造居民议事会"))
    assert a.title == "街道召开老旧小区改造居民议事会"
    a = clean_page(_breadcrumb_page("街道召开老旧小区改造居民议事会"))
    assert a.title == "街道召开老旧小区改造居民议事会"


def test_a_phrase_glued_after_the_site_name_is_cut_from_the_headline():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>市卫生健康委开展秋冬季传染病防控督导检查 - 南关街道办事处|午夜小剧场高清合集"
            "</title></head><body><div id='main'><h1 class='page-title'>市卫生健康委开展秋冬季传染病防控督导检查|午夜小剧场高清合集</h1>"
            f"<div class='field-item'>{body}</div></div></body></html>")
    assert clean_page(page.encode()).title == "市卫生健康委开展秋冬季传染病防控督导检查"


def test_a_headline_with_its_own_bar_keeps_it():
    body = "".join(f"<p>{ZH}({i})</p>" for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>两会特稿|市卫生健康委开展秋冬季传染病防控督导检查 - 南关街道办事处"
            "</title></head><body><div id='main'><h1>两会特稿|市卫生健康委开展秋冬季传染病防控督导检查</h1>"
            f"<div class='field-item'>{body}</div></div></body></html>")
    assert "市卫生健康委开展秋冬季传染病防控督导检查" in clean_page(page.encode()).title


def test_a_platforms_original_mark_before_the_headline_is_no_part_of_it():
    body = "".join(f"<p>香港机场管理局今日公布“机场城市”发展蓝图，计划在未来十年分阶段建设({i})。</p>" for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>机管局公布机场城市蓝图</title></head><body>"
            "<div class='article'><h1>原创 香港机管局公布“机场城市”发展蓝图</h1>" + body + "</div></body></html>")
    assert clean_page(page.encode()).title == "香港机管局公布“机场城市”发展蓝图"
    page = page.replace("<h1>原创 香港机管局公布", "<h1>原创音乐剧香港机管局公布")  # run together: the headline's word
    assert clean_page(page.encode()).title.startswith("原创音乐剧")
