"""Where the article's text begins and ends (v47 §2, §4): a labelled 信息公开 grid in any template's spelling is
fields, a list article's linked item titles are its own, a comment thread's signatures and a marked text ad are not."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

TITLE = "石湄区举办春风行动专场招聘会"
BODY = ("<p>10月4日上午，全区春风行动专场招聘会在区人力资源市场举行，共有十九家企业提供岗位九百余个，"
        "涵盖装备制造、电子商务、家政服务等行业。</p>"
        "<p>招聘会现场设置了政策咨询、技能培训报名和创业担保贷款受理等服务台，工作人员为求职者现场讲解社保补贴政策。</p>"
        "<p>据统计，当天进场求职人员五百余人次，初步达成就业意向二百余人。</p>")

# The catalogue entry with its labels spaced out to the column's width (索 引 号, 名　　称), two fields a row.
TABLE = ("<table class='xxgk-meta'><tr><th>索 引 号</th><td>117231-2025-49463</td><th>主题分类</th><td>劳动、人事、监察</td></tr>"
         "<tr><th>发布机构</th><td>石湄区人力资源和社会保障局</td><th>成文日期</th><td>2025年10月06日</td></tr>"
         f"<tr><th>名　　称</th><td colspan='3'>{TITLE}</td></tr>"
         "<tr><th>文　　号</th><td></td><th>有 效 性</th><td>有效</td></tr></table>")
DIV_GRID = ("<div class='xxgk-info'><div class='row'><div class='col'><span>索 引 号：</span><span>117231-2025-49463</span></div>"
            "<div class='col'><span>主题分类：</span><span>劳动、人事、监察</span></div></div>"
            "<div class='row'><div class='col'><span>发布机构：</span><span>石湄区人力资源和社会保障局</span></div>"
            "<div class='col'><span>成文日期：</span><span>2025-10-06</span></div></div>"
            "<div class='row'><div class='col'><span>文　　号：</span><span></span></div>"
            "<div class='col'><span>有 效 性：</span><span>有效</span></div></div></div>")
INLINE = ("<div class='gk'><p><b>索 引 号：</b>117231-2025-49463　<b>主题分类：</b>劳动、人事、监察</p>"
          "<p><b>发布机构：</b>石湄区人力资源和社会保障局　<b>成文日期：</b>2025-10-06</p>"
          "<p><b>文　　号：</b>　<b>有 效 性：</b>有效</p></div>")
BRACKETS = ("<ul class='gk'><li>【索 引 号】117231-2025-49463</li><li>【主题分类】劳动、人事、监察</li>"
            "<li>【发布机构】石湄区人力资源和社会保障局</li><li>【成文日期】2025-10-06</li><li>【文　　号】</li><li>【有 效 性】有效</li></ul>")
CATALOGUE_WORDS = ("索", "117231", "主题分类", "成文日期", "文 号", "有效", "劳动、人事")


def government_page(block: str, where: str, encoding: str) -> bytes:
    top, before, after = (block if where == w else "" for w in ("top", "before", "after"))
    return (f"<html><head><meta charset='{encoding}'><title>{TITLE}</title></head><body><div class='main'>{top}"
            f"<h1>{TITLE}</h1>{before}<div class='art-text'>{BODY}</div>{after}</div></body></html>").encode(encoding)


@pytest.mark.parametrize("block", [TABLE, DIV_GRID, INLINE, BRACKETS], ids=["table", "div-grid", "inline", "brackets"])
@pytest.mark.parametrize("where", ["top", "before", "after"])
@pytest.mark.parametrize("encoding", ["utf-8", "gbk"])
def test_a_catalogue_entry_with_spaced_or_bracketed_labels_is_no_text(block, where, encoding):
    a = clean_page(government_page(block, where, encoding))
    assert not any(word in a.text for word in CATALOGUE_WORDS), a.text
    assert a.text.startswith("10月4日上午") and a.text.endswith("二百余人。")
    assert a.published == "2025-10-06"


@pytest.mark.parametrize("block", [TABLE, DIV_GRID, INLINE], ids=["table", "div-grid", "inline"])
def test_a_spaced_catalogue_entry_still_gives_its_fields(block):
    a = clean_page(government_page(block, "before", "gbk"))
    assert a.source == "石湄区人力资源和社会保障局"


ENTRY = ("<p>Modern web technologies let designers realise their most daring ideas, and some of the results are "
         "strange enough to be worth an afternoon. Here are a few of the best, each with a short note.</p>")
ITEMS = (("http://record.example/", "Record Tripping",
          "Record Tripping is a nifty experimental game. You solve a series of puzzles by scratching a record "
          "with your mouse's scroll wheel, and the interface makes it as fun as it is weird."),
         ("http://hamburg.example/", "Sound of Hamburg",
          "Here is one of the most unconventional sites we have seen lately. It lets you compose music on and "
          "with the city of Hamburg, and the idea makes for an absorbing experience."),
         ("http://echo.example/", "Echogenesis",
          "Echogenesis lets you explore five natural environments and experience a variety of sound and visual "
          "effects through your interaction with them, one scene after another."))


def list_article(item: str) -> bytes:
    items = "".join(item.format(url=url, name=name, about=about) for url, name, about in ITEMS)
    return ("<html><head><meta charset='utf-8'><title>Bizarre Websites</title></head><body>"
            "<div class='nav'><a href='/'>Home</a> <a href='/design'>Design</a> <a href='/coding'>Coding</a></div>"
            f"<div class='post'><h1>Bizarre Websites</h1><div class='entry'>{ENTRY}{items}"
            "<p>That is all for this week: tell us which ones you liked.</p></div></div></body></html>").encode()


@pytest.mark.parametrize("item", [
    "<p><a href='{url}'>{name}</a><br/> {about}</p>",
    "<h3><a href='{url}'>{name}</a></h3><p>{about}</p>",
    "<li><a href='{url}'>{name}</a><br>{about}</li>",
], ids=["p-br", "heading", "li-br"])
def test_the_linked_titles_of_a_list_articles_items_are_its_text(item):
    a = clean_page(list_article(item))
    lines = a.text.split("\n")
    for _, name, _ in ITEMS:
        assert name in lines, a.text
    assert "Home" not in a.text and "Coding" not in a.text


POST = ("<p>Working remotely is hard, and the teams that do it well write everything down: decisions, designs and the "
        "reasons behind them, so that nobody has to be in the room to know what happened.</p>"
        "<p>They also meet face to face a few times a year, because a video call carries only part of what a shared "
        "lunch does, and trust built in person lasts through months of chat.</p>")
AD = ("<p>[advertisement] <a href='http://ads.example/'>Starter Day</a> - Learn how startups broke through. "
      "<a href='http://ads.example/'>Sign up today</a></p>")
REMARKS = ("We tried this and it worked well for us, thanks for writing it up.",
           "How material are the benefits? Do you think productivity goes up?")
THREADS = {
    "typepad": "<div class='cb'><p>{remark}</p><span class='cp'><a href='/u'>{name}</a> on May  6, 2010  6:4{k} AM</span></div>",
    "wordpress": ("<li class='cm'><div class='who'><cite>{name}</cite> says:</div><div class='when'>"
                  "<a href='#c{k}'>May 6, 2010 at 6:4{k} am</a></div><p>{remark}</p><div><a href='#'>Reply</a></div></li>"),
    "posted-by": "<div class='c'><p>{remark}</p><p>Posted by {name} | 2010-05-06 06:4{k} | <a href='#'>Permalink</a></p></div>",
    "floors": "<div class='floor'><div>{k}楼 {name} 2010-05-06 06:4{k}:21</div><p>{remark}</p></div>",
    "fabiao": "<div class='pl'><div>网友 {name} 发表于 2010年5月6日 06:4{k}</div><p>{remark}</p></div>",
}


@pytest.mark.parametrize("thread", THREADS, ids=list(THREADS))
def test_a_comment_threads_signatures_and_a_marked_ad_are_no_text(thread):
    posts = "".join(THREADS[thread].format(remark=remark, name=name, k=k)
                    for k, (remark, name) in enumerate(zip(REMARKS, ("Jane Roe", "Joss Delage")), 1))
    raw = ("<html><head><meta charset='utf-8'><title>On Working Remotely</title></head><body><div class='post'>"
           f"<h1>On Working Remotely</h1><div class='entry'>{POST}{AD}<div class='more'>{posts}</div></div></div>"
           "</body></html>").encode()
    a = clean_page(raw)
    assert a.text.startswith("Working remotely is hard")
    assert "advertisement" not in a.text and "Starter Day" not in a.text
    assert "2010" not in a.text and "Jane Roe" not in a.text and "Joss Delage" not in a.text, a.text


def test_a_quotation_under_says_and_a_dated_line_of_the_article_stay():
    body = ("<p>The minister was asked about the plan on Monday, and the answer was short.</p>"
            "<p>The minister says:</p><p>We will build the bridge by the spring, whatever it costs us.</p>"
            "<p>The vote is set for May 6, 2010 at 6:49 PM, the council said, and the public may attend.</p>")
    raw = (f"<html><head><meta charset='utf-8'><title>Bridge</title></head><body><h1>Bridge</h1><div>{body}</div>"
           "</body></html>").encode()
    a = clean_page(raw)
    assert "The minister says:" in a.text and "The vote is set for May 6, 2010" in a.text
