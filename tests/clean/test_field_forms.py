"""Field forms of the real v47 pages (real-cases-v47, dev-v47-palladian) read as grammars, each with other
spellings of the same act a different kit would write: a byline row whose date opens with its weekday in any
language, a masthead's today above the headline, and Thai dates in the Buddhist era."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page

EN_PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus service to the northern districts, ending a "
    "two-year dispute over the cost of the late routes.",
    "Supporters said the change would help shift workers, students and the hospital staff who finish after "
    "midnight, many of whom now walk home or pay for taxis.",
    "Opponents argued that the money should have gone to repairing the bus depot, which inspectors described "
    "last spring as unsafe in places.",
]
URL = "https://www.harbourgazette.com/city/night-buses"


def page(under_headline: str, header: str = "", head: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in EN_PARAGRAPHS)
    return (f"<html><head><title>Night buses extended</title>{head}</head><body>"
            f"<header><div class='top'>{header}</div><nav><a href='/'>Home</a> <a href='/city'>City</a></nav></header>"
            f"<main><article><h1>Night buses extended to the north</h1>{under_headline}{body}</article></main>"
            "<footer><a href='/about'>About us</a></footer></body></html>").encode()


# A row of the writer's names, a bar or a dot, and the date opening with its weekday, in whatever language
# the page writes: the comma after the weekday and the day's digits make it a date.
@pytest.mark.parametrize("row, author", [
    ("Rika Anggraeni | Kamis, 12 September 2024 | 09:05 WIB", "Rika Anggraeni"),  # Indonesian (real-cases-v47)
    ("Hans Müller | Donnerstag, 12. September 2024", "Hans Müller"),
    ("María López · jueves, 12 de septiembre de 2024", "María López"),
    ("Nguyễn Văn An | Thứ năm, 12/9/2024 08:00", "Nguyễn Văn An"),
    ("Jane Doe • Thursday, September 12, 2024", "Jane Doe"),
])
def test_names_before_a_weekday_and_date_are_the_author(row, author):
    assert clean_page(page(f"<div class='meta'>{row}</div>"), url=URL).author == author


def test_a_section_and_a_weekday_date_name_no_author():
    # a row of links before the date is no writer's: two words, but not names
    assert clean_page(page("<div class='meta'>Local news | Kamis, 12 September 2024</div>"), url=URL).author is None


# A masthead's today: the date a site writes in its banner (a <header> outside the article, or role="banner"),
# the day the page was served, above the story's own date.
@pytest.mark.parametrize("header", [
    "<p><b>March 28, 2022</b></p>",  # text in the banner (dev-v47-palladian, The National Herald)
    "<time datetime='2022-03-28T10:51:40+02:00'>Ponedeljek, 28. 3. 2022</time>",  # a <time> there (STA)
    "Monday, March 28, 2022",
])
def test_a_date_in_the_sites_banner_is_not_the_publication(header):
    got = clean_page(page("<p class='date'>March 22, 2022</p>", header=header), url=URL).published
    assert got is not None and got[:10] == "2022-03-22"


def test_a_role_banner_date_is_not_the_publication():
    html = page("<p class='date'>March 22, 2022</p>").replace(
        b"<header>", b"<div role='banner'><span>Monday, March 28, 2022</span></div><header>")
    got = clean_page(html, url=URL).published
    assert got is not None and got[:10] == "2022-03-22"


def test_the_articles_own_header_keeps_its_date():
    html = page("").replace(b"<article><h1>Night buses extended to the north</h1>",
                            b"<article><header><h1>Night buses extended to the north</h1>"
                            b"<time datetime='2022-03-22'>March 22, 2022</time></header>")
    got = clean_page(html, url=URL).published
    assert got is not None and got[:10] == "2022-03-22"


# A labelled byline under a standfirst the template does not class as a deck: the line opening with its label
# ("Written by", "By", "Oleh:", 作者：) among the first lines under the headline.
@pytest.mark.parametrize("line, author", [
    ("Written by Andrew Tait, Andrew Cotton", "Andrew Tait, Andrew Cotton"),  # real-cases-v47
    ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
    ("Oleh: Rika Anggraeni", "Rika Anggraeni"),
])
def test_a_labelled_byline_under_a_standfirst_is_read(line, author):
    standfirst = ("<p class='sf'>This article by our two transport writers was first published by the Coastal "
                  "Review in August, and is reprinted here with the kind permission of its editors.</p>")
    assert clean_page(page(f"{standfirst}<div class='wb'>{line}</div>"), url=URL).author == author


# A writer's name alone on its line between the headline and the text's first sentence, in Latin letters.
@pytest.mark.parametrize("name", ["Rachel Fulton", "Nguyễn Văn An", "Hans Müller"])
def test_a_name_alone_above_the_first_sentence_is_the_author(name):
    assert clean_page(page(f"<div class='au'>{name}</div>"), url=URL).author == name


@pytest.mark.parametrize("line", ["City Council", "LOCAL NEWS", "Read more", "Night Buses Extended To The North",
                                  "Getty Images", "Harbour News Agency"])
def test_a_section_or_heading_above_the_text_is_no_author(line):
    assert clean_page(page(f"<div class='kicker'>{line}</div>"), url=URL).author is None


ZH_PARAGRAPHS = [
    "5月的最后一天，中共中央政治局进行第30次集体学习，主题是加强国际传播能力建设，会议听取了专家的讲解。",
    "十八大以来，这一制度被延续，学习形式更不断创新，既请名家学者来授课，也到企业和研究机构实地调研。",
    "集体学习的课程设置，也展现出立足当下、谋划长远的特点，多次围绕经济、科技和民生等重大问题展开。",
]


def zh_page(row: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in ZH_PARAGRAPHS)
    return (f"<html><head><title>政治局课程上新</title></head><body><div class='nav'><a href='/'>首页</a></div>"
            f"<div class='cnt'><h1>政治局课程“上新”，百年中共为什么始终爱学习？</h1><div class='tools'>{row}</div>"
            f"{body}</div><div class='foot'>版权所有</div></body></html>").encode()


# The source named alone in a row of page controls under the headline, no label and no date.
@pytest.mark.parametrize("row, source", [
    ("<b>共產黨員網</b>打印 糾錯", "共產黨員網"),  # real-cases-v47
    ("人民网 | 分享 | 收藏", "人民网"),
    ("光明網【打印】【關閉】", "光明網"),
])
def test_an_outlet_in_a_row_of_page_controls_is_the_source(row, source):
    assert clean_page(zh_page(row), url="http://www.example.cn/a/1.html").source == source


def test_a_row_of_controls_and_a_section_names_no_source():
    assert clean_page(zh_page("专题报道 | 分享 | 收藏"), url="http://www.example.cn/a/1.html").source is None


def test_a_two_word_headline_above_the_text_is_no_author():
    html = page("").replace(b"<h1>Night buses extended to the north</h1>", b"<h1>Harbour Lights</h1>")
    assert clean_page(html, url=URL).author is None


@pytest.mark.parametrize("credit", ["<div class='wb'>By Staff</div>", "<span class='author'>Cortesía</span>"])
def test_a_one_word_credit_under_a_standfirst_is_no_author(credit):
    # (the standfirst long enough to push the credit past the lines read under the headline before)
    standfirst = ("<p class='sf'>This article by our two transport writers was first published by the Coastal "
                  "Review in August, and is reprinted here with the kind permission of its editors.</p>")
    assert clean_page(page(f"{standfirst}{credit}"), url=URL).author is None


def test_two_links_under_the_headline_are_no_name():
    html = page("").replace(b"<article><h1>Night buses extended to the north</h1>",
                            b"<h1>Night buses extended to the north</h1><div class='cats'><a href='/m'>Medien</a> "
                            b"<a href='#c'>Kommentieren</a></div><article>")
    assert clean_page(html, url=URL).author is None


def test_a_story_header_marked_as_the_publication_is_no_banner():
    # the story's own <header> with no <article> around it: its itemprop says whose date it is
    html = page("").replace(b"<article><h1>Night buses extended to the north</h1>",
                            b"<div class='post'><h1>Night buses extended to the north</h1><header class='meta'>"
                            b"<time itemprop='datePublished' datetime='2022-03-22T10:00:00+01:00'>22. M\xc3\xa4rz 2022"
                            b"</time></header><article>")
    html = html.replace(b"<div class='top'></div>", b"<div class='top'><ul><li><time datetime='2022-03-15T12:05:00+01:00'>"
                        b"15. M\xc3\xa4rz 2022</time></li></ul></div>")
    got = clean_page(html, url=URL).published
    assert got is not None and got[:10] == "2022-03-22"
