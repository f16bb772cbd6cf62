"""A headline's own opening is no phrase glued before it (v48 §3, §7.6: farm.glued_prefix cut the
openings of rc48-021, rc48-016, rc48b-024 and flagged the legit rc48-021). A glued phrase is typed:
a brand, a search query, bare of quotes, questions and a clause's words, stuck before a whole
headline; a headline's opening quotes, asks, speaks in the site's voice or opens a short first
clause. Typed phrases glued before a headline are still cut."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

_ARTICLE = ("<p>3月12日,学院组织四十余名青年志愿者走进城南社区,开展垃圾分类宣传活动,向居民发放宣传手册并现场讲解分类知识。</p>"
            "<p>志愿者还协助社区清理楼道杂物和绿化带垃圾。社区负责人表示,希望与学院建立长期合作,常态化开展志愿服务。</p>"
            "<p>活动结束后,志愿者们还与社区工作人员座谈交流,围绕如何提高居民参与度、完善分类设施等问题提出了意见建议。</p>")
_HEADLINE = "青年志愿者走进城南社区开展垃圾分类宣传"


def _page(title: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}_南屏理工学院</title></head><body>"
            "<div class='logo'><a href='/'>南屏理工学院</a></div>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/xw/'>新闻</a></div><h1>{title}</h1>"
            f"<div class='article'>{_ARTICLE}</div><div class='foot'>版权所有 南屏理工学院</div></body></html>").encode()


def _clean(title: str):
    return clean_page(_page(title), url="https://www.example.edu.cn/xw/1.html")


def test_a_headline_opening_on_a_quoted_phrase_keeps_its_opening():
    # the subject quoted, in three quoting styles (rc48-021: “体彩摇篮”孕育高分运动健儿)
    for opening in ("“绿色先锋”引领", "「绿色先锋」引领", "‘绿色先锋’引领"):
        title = opening + _HEADLINE
        a = _clean(title)
        assert not a.hijacked, (title, a.findings)
        assert a.title == title


def test_a_headline_opening_that_asks_or_speaks_in_the_sites_voice_keeps_its_opening():
    # a question set before the answer (rc23-012), and the site's own first person (rc48-016: 我院…赴…)
    for opening in ("垃圾怎么分?南屏师生带头", "我院党委书记带队号召", "我們冒雨堅持帶領"):
        title = opening + _HEADLINE
        a = _clean(title)
        assert not a.hijacked, (title, a.findings)
        assert a.title == title


def test_a_headline_in_two_clauses_keeps_its_first_clause_whole():
    # the opening subject and verb of a short first clause (rc48b-024: 水利局加强河长巡河 保障安全度汛)
    for title in ("校团委加强志愿服务 推进垃圾分类宣传",
                  "校团委引领志愿服务　垃圾分类宣传进社区",
                  "学生会倡导志愿服务 垃圾分类进城南社区"):
        a = _clean(title)
        assert not a.hijacked, (title, a.findings)
        assert (a.title or "").split() == title.split()


def test_a_typed_phrase_glued_before_a_whole_headline_is_still_cut():
    # invented names no list knows: a brand with a search question, a search phrase, a bare name
    for glued in ("星澜体育能赢钱吗", "足彩赔率即时查询", "即时比分网"):
        for headline in ("学院" + _HEADLINE, "学院青年志愿者走进城南社区 开展垃圾分类宣传"):
            a = _clean(glued + headline)
            assert a.hijacked and "spam_title" in kinds(a), (glued, headline)
            assert a.title == headline
