"""What a heading adds to the headline or a <title> leaves off of it (real-cases-v46 dev): a long
<h1> the CMS cut its <title> from, a bracketed note after the headline the <title> leaves off, and a
heading that writes a whole "<headline>_<section>_<site>" <title> under a spam one."""
from scraper.clean import clean_page

_BODY = "".join(
    f"<p>近日，市体育局和市教育局在第{k}体育场举办了中小学生篮球比赛，共有二十多支队伍参加。比赛中，"
    f"各队队员发扬顽强拼搏的精神，奉献了一场又一场精彩的比赛，赛事组织有序，现场气氛热烈。</p>"
    for k in range(1, 6))
_EN_BODY = "".join(
    f"<p>The seminar, part {k} of a series held on campus, brought together researchers, officials and "
    f"students to discuss how artificial intelligence can support local industry and public services.</p>"
    for k in range(1, 6))


def test_a_title_cut_from_a_long_h1_gives_the_whole_headline():
    head = "The AI Empowerment Center Construction Seminar"
    h1 = (head + " Co-organized by the University School of Artificial Intelligence and the Lake Science"
          " and Technology Park Management Committee was successfully held in our school")
    page = (f"<html><head><meta charset='utf-8'><title>{head}</title></head><body><h1>{h1}</h1>"
            f"<div class='article'>{_EN_BODY}</div></body></html>").encode()
    assert clean_page(page, url="https://www.example.edu/en/info/1/2.html").title == h1


def test_a_short_title_that_is_not_cut_from_the_h1_stays():
    # the <title> ends inside a word of the <h1>: no cut copy of it
    h1 = "Seminars" + " on artificial intelligence and the public services of the city" * 3
    page = (f"<html><head><meta charset='utf-8'><title>Seminar</title></head><body><h1>{h1}</h1>"
            f"<div class='article'>{_EN_BODY}</div></body></html>").encode()
    assert clean_page(page, url="https://www.example.edu/en/info/1/2.html").title != h1


def test_a_long_title_the_h1_writes_whole_is_the_title():
    # an <h1> longer than a heading that is the <title> itself (no cut): the reader once indexed past the
    # <title>'s end and the page failed to clean (IndexError; dev-v38-crawlertest)
    head = "A report on the city's public services" + ", with figures from every district" * 4
    page = (f"<html><head><meta charset='utf-8'><title>{head}</title></head><body><h1>{head}</h1>"
            f"<div class='article'>{_EN_BODY}</div></body></html>").encode()
    assert clean_page(page, url="https://www.example.edu/en/info/1/2.html").title == head


def test_a_bracketed_note_after_the_headline_is_left_off():
    head = "县图书馆新馆 可望明年开放"
    page = (f"<html><head><meta charset='utf-8'><title>{head}</title></head><body>"
            f"<table><tr><td class='rec-title'>{head}:(民生报)</td></tr></table>"
            f"<div class='article'>{_BODY}</div></body></html>").encode()
    a = clean_page(page, url="https://lib.example.edu.tw/news.jsp?id=1")
    assert a.title == head
    assert "民生报" not in a.text  # the heading's line is the headline's, not the text's


def test_a_heading_copying_a_whole_title_under_a_spam_one_gives_its_headline():
    page = ("<html><head><meta charset='utf-8'><title>足球直播_足球免费在线高清直播_足球视频在线观看无插件-24直播网</title>"
            "</head><body><div class='head'><a class='brand' href='/'>滨江日报</a>"
            "<a href='/'>要闻</a><a href='/'>体育</a></div>"
            "<h1>再创佳绩!_滨江号·政务_滨江日报-The Daily</h1>"
            f"<div class='article'>{_BODY}</div><div class='foot'><p>版权所有:滨江日报</p></div></body></html>").encode()
    a = clean_page(page, url="https://example.com/post/2959.html")
    assert a.title == "再创佳绩!"
    assert "滨江号" not in a.text


def test_a_headline_with_a_dash_and_no_site_name_after_it_stays():
    head = "春季运动会开幕 - 二十支队伍参赛"
    page = (f"<html><head><meta charset='utf-8'><title>{head}</title></head><body>"
            "<div class='head'><a href='/'>首页</a><a href='/'>滨江日报</a></div>"
            f"<h1>{head}</h1><div class='article'>{_BODY}</div></body></html>").encode()
    assert clean_page(page, url="https://example.com/post/1.html").title == head


def test_a_headline_s_own_dash_stays_when_the_site_part_is_cut():
    page = ("<html><head><meta charset='utf-8'><title>足球直播_足球免费在线高清直播-24直播网</title></head><body>"
            "<div class='head'><a class='brand' href='/'>滨江日报</a></div>"
            "<h1>春季运动会开幕 - 二十支队伍参赛 | 滨江日报</h1>"
            f"<div class='article'>{_BODY}</div></body></html>").encode()
    assert clean_page(page, url="https://example.com/post/2960.html").title == "春季运动会开幕 - 二十支队伍参赛"
