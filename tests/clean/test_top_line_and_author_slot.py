"""What v45 put where no vocabulary reads it: a strip above the site's header that is one link to a
throwaway address (a keyword line no lexicon knows), and a brand calling itself the official one
in the author's slot (作者：X体育官方直营), a value the byline's name reader refuses."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything
from tests.clean.test_gestures import ARTICLE
from tests.clean.test_structural import URL, page

STRIP = ('<div class="notice-strip" style="text-align:center"><a href="https://mt.qy-zb318.top/" rel="nofollow">'
         "午夜私享频道在线看</a></div>")


def test_a_link_strip_to_a_throwaway_host_above_the_site_flags_the_page():
    a = clean_page(page(body=ARTICLE, top=STRIP), url=URL)
    assert a.hijacked and any(f.kind == "spam_link" and "qy-zb318.top" in f.evidence for f in a.findings)
    assert "午夜私享" not in everything(a) and "城乡环境综合整治" in a.text


def test_the_sites_own_first_lines_stay_clean():
    own = '<div class="top"><a href="/">青山区人民政府门户网站</a></div>'  # its own name, linking home
    named = ('<div class="top"><a href="https://www.qs-jobs.online/">青山人才网</a></div>', # a site it links again
             '<div class="footer"><a href="https://www.qs-jobs.online/">青山人才网</a></div>')
    worded = '<div class="top">欢迎访问 <a href="https://www.qs-jobs.online/">青山人才网</a></div>'  # its own words first
    registered = '<div class="top"><a href="https://www.qingshan-expo.com/">青山博览会</a></div>'  # no throwaway address
    for top, body in ((own, ARTICLE), (named[0], ARTICLE + named[1]), (worded, ARTICLE), (registered, ARTICLE)):
        a = clean_page(page(body=body, top=top), url=URL)
        assert not a.hijacked, top


def _byline_page(author: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>县医保局开展城乡居民医保集中参保宣传</title></head><body>"
            "<div class='article'><h1>县医保局开展城乡居民医保集中参保宣传</h1>"
            f"<div class='info'>发布时间：2023-01-15 来源：某县医疗保障局　作者：{author}　浏览次数：3447</div>"
            "<div class='content'><p>1月15日，县医疗保障局在集贸市场开展城乡居民医保集中参保宣传活动。</p>"
            "<p>工作人员通过发放宣传资料、现场讲解等方式，向群众介绍参保缴费渠道和异地就医备案等政策。</p></div>"
            "</div></body></html>").encode()


def test_a_brand_calling_itself_official_as_the_author_flags_the_page():
    a = clean_page(_byline_page("澜屿体育官方直营"), "https://www.example.gov.cn/art/1.html")
    assert a.hijacked and any(f.kind == "spliced_brand" and f.where == "author" for f in a.findings)
    assert "澜屿" not in everything(a)


def test_an_office_or_a_person_as_the_author_stays_clean():
    for author in ("县医保局办公室", "李明", "县医保局官方"):
        a = clean_page(_byline_page(author), "https://www.example.gov.cn/art/1.html")
        assert not a.hijacked, author


def _department_page(lead: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>某职业技术学院举办青年教师教学基本功比赛 - 经济管理系</title></head>"
            "<body><div class='article'><h1>某职业技术学院举办青年教师教学基本功比赛</h1>"
            "<div class='info'>发布时间：2023-03-09 作者：荀子昂</div>"
            f"<div class='content'><p>{lead}为促进青年教师专业成长，3月9日，学院举办青年教师教学基本功比赛。</p>"
            "<p>比赛包括教学设计、课堂展示和教学反思三个环节。</p></div></div></body></html>").encode()


def test_a_trade_name_as_the_leads_bracketed_mark_on_a_departments_page_is_cut():
    a = clean_page(_department_page("【澜汀体育讯】"), "http://www.example.edu.cn/info/202303/1.htm")
    assert a.hijacked and "澜汀" not in (a.text or "") and (a.text or "").startswith("为促进青年教师")


def test_a_departments_own_bracketed_mark_stays():
    a = clean_page(_department_page("【经济管理系讯】"), "http://www.example.edu.cn/info/202303/1.htm")
    assert not a.hijacked and "经济管理系讯" in (a.text or "")
