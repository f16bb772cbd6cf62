"""Authors and headlines on English news pages, and the article text around pictures, as a reader states them."""
from __future__ import annotations

from scraper.clean import clean_page

PARAGRAPHS = [
    "The city council voted on Tuesday to extend the night bus service to the northern districts, ending a "
    "two-year dispute over the cost of the late routes.",
    "Supporters said the change would help shift workers, students and the hospital staff who finish after "
    "midnight, many of whom now walk home or pay for taxis.",
    "Opponents argued that the money should have gone to repairing the bus depot, which inspectors described "
    "last spring as unsafe in places.",
    "The new timetable starts in March, and the council will review the ridership figures after six months.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
URL = "https://news.example.org/2024/03/12/night-buses.html"


def page(head: str = "", before: str = "", after: str = "", title: str = "Night buses extended to the north | Example News",
         h1: str = "<h1>Night buses extended to the north</h1>") -> bytes:
    return (f"<html><head><title>{title}</title>{head}</head><body><nav><a href='/'>Home</a> <a href='/city'>City</a>"
            f"</nav><main>{h1}{before}<div class='story'>{BODY}</div>{after}</main>"
            "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer></body></html>").encode()


def test_author_meta_written_with_value_instead_of_content():
    a = clean_page(page(head='<meta name="author" value="Jane Roe">'), url=URL)
    assert a.author == "Jane Roe"


def test_author_meta_holding_a_profile_url_gives_way_to_a_named_author_meta():
    head = ('<meta property="article:author" content="https://www.facebook.com/janeroe">'
            '<meta name="parsely-author" content="Jane Roe">')
    assert clean_page(page(head=head), url=URL).author == "Jane Roe"


def test_visible_byline_without_a_byline_class_names_every_author():
    before = "<div><span>By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL</span> <span>Dec 16, 2016, 5:02 PM ET</span></div>"
    assert clean_page(page(before=before), url=URL).author == "JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL"


def test_byline_line_ends_before_the_date():
    before = "<p class='meta'>By Kathy Wise Published December 8, 2016</p>"
    assert clean_page(page(before=before), url=URL).author == "Kathy Wise"


def test_two_labelled_authors_joined_by_and_stay_together():
    before = ("<p><a rel='author' href='/p/julia'>Julia Carrie Wong</a> and "
              "<a rel='author' href='/p/sam'>Sam Levin</a></p>")
    assert clean_page(page(before=before), url=URL).author == "Julia Carrie Wong and Sam Levin"


def test_a_box_named_like_an_author_is_no_byline():
    before = "<p>By Oli Coleman</p>"
    after = ("<div class='more-on more-on--author'><h3>More On:</h3><ul><li><a href='/a'>Council budget</a></li>"
             "<li><a href='/b'>Depot repairs</a></li></ul></div><div class='author-contact'></div>")
    assert clean_page(page(before=before, after=after), url=URL).author == "Oli Coleman"


def test_label_word_and_role_are_not_the_author():
    before = ("<p class='post-author'><span class='screen-reader-text'>投稿者</span> "
              "<a href='/author/mn' rel='author'>Masafumi Negishi</a></p>")
    assert clean_page(page(before=before), url=URL).author == "Masafumi Negishi"
    before = "<div class='author'>Gina Trapani CEO</div>"
    assert clean_page(page(before=before), url=URL).author == "Gina Trapani"


def test_headline_longer_than_the_site_name_the_title_holds():
    html = ("<html><head><title>Casino ranking - Linxi County Farm Bureau</title></head><body>"
            "<h2>Linxi County Farm Bureau</h2><h1>Linxi County Farm Bureau plans the spring sowing</h1>"
            f"<div class='story'>{BODY}</div></body></html>").encode()
    assert clean_page(html, url=URL).title == "Linxi County Farm Bureau plans the spring sowing"


def test_headline_set_as_the_first_line_when_the_title_is_the_site_name():
    html = ("<html><head><title>青山网_(中国)百科</title><meta property='og:site_name' content='青山网_(中国)百科'>"
            "</head><body><h1>青山网_(中国)百科</h1>"
            "<div class='story'><p>首页 &gt; 文化频道 &gt; 正文</p>"
            "<p>高校对校外人员开放了？专家：应逐步适度恢复对外开放******</p>"
            "<p>中新网北京2月1日电 近日，清华大学、北京大学等多所高校宣布恢复校友出入校权限，部分高校还允许家长和校外人员申请入校。</p>"
            "<p>“乙类乙管”实施后，高校对外开放规则有何变化？校外人员是否还能出入校园？记者就此采访了多位专家。</p>"
            "</div></body></html>").encode()
    assert clean_page(html).title == "高校对校外人员开放了？专家：应逐步适度恢复对外开放"


def test_picture_credits_and_captions_are_not_article_text():
    # the public sets' truth leaves a picture's <figcaption> out (articlex 582 of 584, aeb 115 of 115)
    figure = ("<figure class='media-landscape'><img src='/p.jpg' alt='Buses at night'>"
              "<span class='credit'>Image copyright Getty Images</span>"
              "<figcaption>Image caption The night routes will run every half hour</figcaption></figure>")
    html = page().replace(b"<div class='story'>", f"<div class='story'>{figure}".encode())
    assert clean_page(html, url=URL).text.split("\n") == PARAGRAPHS


def test_lead_paragraph_before_a_video_player_starts_the_article():
    lead = ("Washington's shortstop problem is linked to its long-running center-field problem, and the "
            "manager has run out of ways to hide it. If the club had a credible fourth outfielder, he would sit on the "
            "bench tonight.")
    labels = "".join(f"<div><a href='/v/{i}'>{w}</a></div>" for i, w in enumerate( ("Watch", "Up next", "Live", "Upcoming", "Share",
                                                            "Copy link", "Info", "Shopping", "Tap to unmute",
                                                            "Replay", "More videos", "Settings", "Autoplay",
                                                            "Quality", "Speed", "Subtitles", "Cancel", "Close")))
    player = f"<div class='instream-video'>{labels}</div>"
    html = page().replace(b"<div class='story'>", f"<div class='story'><p>{lead}</p>{player}".encode())
    text = clean_page(html, url=URL).text.split("\n")
    assert text == [lead, *PARAGRAPHS]


def test_two_authors_whose_links_sit_on_the_next_line_of_their_boxes_stay_together():
    # the Guardian's template: <span itemprop="author"> then a line break before each author's link
    # (v35 gtrends dev gt35-076 gave "Benjamin Lee and 作者")
    before = ('<p class="byline"><span itemscope itemprop="author">\n<a rel="author" href="/p/ben">'
              '<span itemprop="name">Benjamin Lee</span></a></span> and <span itemscope itemprop="author">\n'
              '<a rel="author" href="/p/padraig"><span itemprop="name">Pádraig Collins</span></a></span> </p>')
    assert clean_page(page(before=before), url=URL).author == "Benjamin Lee and Pádraig Collins"


def test_an_embedded_posts_time_is_not_the_articles_date():
    # v35 gtrends dev gt35-036: an Instagram post's <time> stood before the declared publication
    head = '<meta property="article:published_time" content="2024-03-12T09:00:00Z">'
    after = ('<blockquote class="instagram-media"><div><p><a href="https://www.instagram.com/p/x/">A post shared by '
             'someone</a> on <time datetime="2017-09-23T18:47:16+00:00">Sep 23, 2017 at 11:47am PDT</time></p>'
             '</div></blockquote>')
    assert clean_page(page(head=head, after=after), url=URL).published[:10] == "2024-03-12"


def test_the_articles_own_time_is_still_read():
    after = '<p class="meta">Posted <time datetime="2024-03-11T08:00:00Z">March 11, 2024</time></p>'
    assert clean_page(page(after=after), url=URL).published[:10] == "2024-03-11"
