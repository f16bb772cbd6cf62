"""Copy relations weigh the copy's own voice against the serving site's identity (v43 §7.3): a
department's news speaking of its school's organ by the bare word (学校党委, no school named) on an
unrelated host is a copy; a body's news naming the body itself, reprinted on a forum's own host
(bbs.…), is a reprint, while the same body speaking in the first person there stays judged. Pages
written here."""
from __future__ import annotations

from scraper.clean import clean_page

DEPT_ARTICLE = ("<p>11月20日上午，体育教学部在北校区召开直属党支部党员大会。党委副书记出席大会并讲话。</p>"
                "<p>组织部副部长宣读了学校党委关于同意体育教学部召开党员大会的批复。支部书记代表上一届支委做工作报告。</p>"
                "<p>全体党员就上述报告逐一进行了审议，并一致通过，大会选举产生了新一届支部委员会。</p>")


def dept_page(masthead: str = "新闻网") -> bytes:
    """A department's news, naming no school, under a masthead naming no owner (``masthead``)."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>学校新闻</title></head>
<body><div class="header"><span class="site-name">{masthead}</span><a href="/">首页</a> <a href="/xydt/">院系动态</a></div>
<div class="content">{DEPT_ARTICLE}</div><div class="footer">版权所有 地址： 邮编：</div></body></html>""".encode()


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_departments_news_naming_its_school_by_the_bare_word_on_an_unrelated_host_is_flagged():
    a = clean_page(dept_page(), url="https://lovely-gifts.com/news/xydt/161841.htm")
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "一致通过" in a.text


def test_the_same_news_on_its_schools_host_or_naming_its_school_is_left_alone():
    for body, url in ((dept_page(), "https://news.bnu.edu.cn/xydt/1.htm"), (dept_page(), "http://127.0.0.1/xydt/1.htm"),
                      (dept_page().replace("宣读了学校党委".encode(), "宣读了北京云岗大学党委".encode()),
                       "https://lovely-gifts.com/news/xydt/1.htm")):
        a = clean_page(body, url=url)
        assert "mirror_copy" not in kinds(a), (url, a.findings)


def forum_print(article: str) -> bytes:
    """A forum's printable page of a thread (Discuz): its title the forum's name, no other chrome."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>云岗论坛</title></head>
<body><div>{article}</div><div class="footer">Powered by Discuz! X3</div></body></html>""".encode()


BUREAU_NEWS = ("<p>云岗县市场监督管理局开展校园周边食品安全检查，针对校园周边200米的区域，重点整治无证无照经营行为。"
               "目前，共出动执法人员280余人次，检查校园周边小超市、食杂店70余家，督促商家履行进货查验制度。</p>")


def test_a_bodys_news_naming_the_body_on_a_forums_own_host_is_a_reprint():
    a = clean_page(forum_print(BUREAU_NEWS), url="https://bbs.221700.com/forum.php?mod=viewthread&tid=479420")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings


def test_the_same_news_on_an_unrelated_host_or_in_the_first_person_on_a_forum_stays_judged():
    a = clean_page(forum_print(BUREAU_NEWS), url="https://www.221700.com/show/479420.html")
    assert "mirror_copy" in kinds(a), a.findings
    first_person = BUREAU_NEWS.replace("云岗县市场监督管理局开展", "我局开展")
    a = clean_page(forum_print(first_person), url="https://bbs.221700.com/forum.php?mod=viewthread&tid=479420")
    assert "mirror_copy" in kinds(a), a.findings
