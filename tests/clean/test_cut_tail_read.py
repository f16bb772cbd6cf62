"""What the extractor cuts at the article's end is still read: a spam line standing after a "more
stories" heading, in a related-news list or under the page's pager is cut from the text as before,
but the page is flagged for it and the finding says where it stood (v49 sv49-040: the line was cut
unread and the page passed as clean)."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

URL = "http://www.qingchuan.gov.cn/art/2025/5/12/art_123.html"
TITLE = "青川县开展春耕生产技术指导服务"
BODY = ("<p>5月10日，青川县农业农村局组织技术人员深入各乡镇，开展春耕生产技术指导服务，帮助农户解决育苗、施肥等实际问题。</p>"
        "<p>技术人员采取现场示范、集中培训等方式，向农户讲解水稻旱育秧、测土配方施肥等技术要点，共发放技术资料1200余份。</p>"
        "<p>下一步，该局将继续组织技术力量下沉一线，确保春耕生产有序推进，为全年粮食丰收打下坚实基础。</p>")
SPAM = "请访问鑫瑞官网 xr8867.app 注册送体验金"
RELATED = '<li><a href="/a/1.html">青川县召开春季森林防火工作会议</a></li><li><a href="/a/3.html">我县举办农民丰收节筹备会</a></li>'


def _page(tail: str) -> bytes:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{TITLE} - 青川县人民政府</title>'
            '</head><body><div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> <a href="/zwgk/">政务公开</a></div>'
            f'<div class="main"><h1>{TITLE}</h1><div class="info">发布时间：2025-05-12 来源：青川县农业农村局</div>'
            f'<div class="article">{BODY}{tail}</div></div>'
            '<div class="footer">版权所有：青川县人民政府 蜀ICP备12345678号</div></body></html>').encode()


@pytest.mark.parametrize("tail", [
    f"<p>更多精彩{SPAM}</p>",  # the end marker opens the spam line itself (sv49-040's form)
    f"<p>相关阅读：欢迎{SPAM}</p>",  # another end marker, with its colon
    f'<div class="xgxw"><h3>相关新闻</h3><ul>{RELATED}<li>{SPAM}</li></ul></div>',  # an item of a related list
    f'<p>上一篇：<a href="/a/0.html">青川县召开春季森林防火工作会议</a></p>'  # under the pager, past the kept run
    f'<p>下一篇：<a href="/a/2.html">我县举办农民丰收节筹备会</a></p><p>{SPAM}</p>',
], ids=["more-stories-line", "related-reading-line", "related-list-item", "under-the-pager"])
def test_a_spam_line_cut_at_the_article_end_flags_the_page(tail):
    a = clean_page(_page(tail), url=URL)
    assert a.hijacked
    assert any(f.where == "after the article's end" and "体验金" in f.evidence for f in a.findings)
    assert "体验金" not in a.text and "鑫瑞" not in a.text
    assert a.text.endswith("为全年粮食丰收打下坚实基础。")


def test_the_same_line_in_the_body_was_already_read():
    a = clean_page(_page(f"<p>{SPAM}</p>"), url=URL)
    assert a.hijacked and "体验金" not in a.text


def test_an_ordinary_related_list_and_pager_stay_clean():
    tail = (f'<p>相关阅读</p><ul>{RELATED}<li><a href="/a/4.html">我县体育彩票公益金资助项目公示</a></li></ul>'
            '<p>上一篇：<a href="/a/0.html">青川县召开春季森林防火工作会议</a></p>'
            '<p>更多精彩请关注“青川发布”微信公众号</p><p>分享到：微信 微博 QQ空间</p>')
    a = clean_page(_page(tail), url=URL)
    assert not a.hijacked, a.findings
    assert a.text.endswith("为全年粮食丰收打下坚实基础。")
