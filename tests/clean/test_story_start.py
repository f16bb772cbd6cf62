"""Where the story starts (issue 12, v7 §4-5): an encyclopaedia's hatnote and lead above its contents
box, a video's description beside its headline over the player's queue box, the headline inside
a title box with a breadcrumb, and the 来源 of a 信息公开 table beside its 发布机构."""
from scraper.clean import clean_page

_LINKED = "<a href='/wiki/{0}'>{0}</a>"


def _l(word: str) -> str:
    return _LINKED.format(word)


def _sections() -> str:
    out = []
    for n, name in enumerate(("Early life", "Career", "Later years")):
        out.append(f"<h2>{name}</h2>")
        for k in range(3):
            out.append(
                f"<p>In part {n}.{k} of his life the naturalist travelled widely, wrote long letters home about "
                f"the plants and animals he met, and kept notebooks that later became the basis of his books, "
                f"which his family published after his death with the help of his friends.</p>")
    return "".join(out)


def _encyclopaedia() -> bytes:
    lead = (f"<p><b>Charles Example</b> (12 February 1809 – 19 April 1882) was an {_l('English')} "
            f"{_l('naturalist')}, {_l('geologist')} and {_l('biologist')}, best known for his work on "
            f"{_l('evolution')}.</p>")
    body = (
        "<div id='content'><h1>Charles Example</h1><div id='bodyContent'><div id='mw-content-text'>"
        "<div class='hatnote'>For other people named Charles Example, see "
        f"{_l('Charles Example (disambiguation)')}.</div>"
        "<table class='infobox'><tr><th>Born</th><td>" + _l("Shrewsbury") + "</td></tr>"
        "<tr><th>Known for</th><td>" + " ".join(_l(w) for w in ("Evolution", "Selection", "Barnacles")) + "</td></tr></table>"
        + lead +
        "<div class='toc'><h2>Contents</h2><ul>" + "".join(
            f"<li><a href='#s{k}'>{k} Section {k}</a></li>" for k in range(1, 12)) + "</ul></div>"
        + _sections() + "</div></div></div>")
    return (f"<html><head><meta charset='utf-8'><title>Charles Example - Wikipedia</title></head>"
            f"<body><div id='nav'>{' '.join(_l(w) for w in ('Main', 'Random', 'Help'))}</div>{body}</body></html>").encode()


def test_an_encyclopaedia_article_starts_with_its_hatnote_and_lead():
    a = clean_page(_encyclopaedia())
    assert "For other people named Charles Example" in a.text
    assert "was an English naturalist, geologist and biologist" in a.text
    assert "In part 2.2 of his life" in a.text
    assert "Section 7" not in a.text  # the contents box between the lead and the sections stays out


def test_the_headline_is_the_h1_that_is_a_part_of_the_title_however_short():
    # a navigation box's heading "v t e Charles Example" is more like the <title> by its letters
    page = _encyclopaedia().replace(
        b"</div></div></div></body>",
        b"<div class='navbox'><div class='navbox-title'><a href='/t'>v</a> <a href='/t2'>t</a> <a href='/e'>e</a> "
        b"Charles Example</div></div></div></div></div></body>")
    assert clean_page(page).title == "Charles Example"


def test_a_video_description_beside_its_headline_beats_the_players_queue_box():
    description = ("Master of the Puppets by the band, converted to eight bit sound with a tracker. The original "
                   "version can be found in the usual places.")
    queue = ("Your queue is empty. Click this button to add videos to the queue: . You can also sign in to load "
             "another list. Loading... Saving... This function is not available right now.")
    page = (
        "<html><head><meta charset='utf-8'><title>VideoSite - The Band - Master of the Puppets 8-bit</title>"
        f"<meta name='description' content='{description[:120]}...'></head><body>"
        "<div id='page'><div id='watch-container'><div id='headline'><h1>The Band - Master of the Puppets 8-bit</h1></div>"
        "<div id='player'>[player]</div><div id='info'><div class='by'>By: someone | Added: 28.09.2008</div>"
        f"<div id='description'><p>{description} Download it at <a href='http://example.org/x'>example.org/music</a></p></div>"
        "</div></div>"
        "<div id='related'><ul>" + "".join(f"<li><a href='/watch?v={k}'>Another video number {k} of the band</a></li>"
                                           for k in range(12)) + "</ul></div>"
        f"<div id='pagebottom'><div id='queue'><div class='tray'><ol><li class='empty'>{queue}</li></ol></div></div></div>"
        "</div></body></html>").encode()
    a = clean_page(page)
    assert "converted to eight bit sound" in a.text
    assert "Your queue is empty" not in a.text


def test_the_headline_inside_a_title_box_leaves_the_breadcrumb_out():
    story = "".join(f"<p>Paragraph {k}: the scanners differ in how they pick addresses, how fast they send "
                    f"probes, and what they leave in the logs of the hosts they reach.</p>" for k in range(5))
    page = ("<html><head><meta charset='utf-8'><title>Masscan と ZMap によるスキャンの違い – Security Diary</title></head>"
            "<body><header class='title-box'><div class='breadcrumb'><a href='/'>ホーム</a> &gt; "
            "<a href='/cat/incident/'>セキュリティ事件</a></div><h1 class='post-title'>Masscan と ZMap によるスキャンの違い</h1>"
            f"</header><div class='entry'>{story}</div></body></html>").encode()
    assert clean_page(page).title == "Masscan と ZMap によるスキャンの違い"


def test_a_question_whose_headline_links_to_itself_is_titled_by_it():
    answers = "".join(f"<div class='answer'><p>Answer {k}: both frameworks work, but the first keeps state on "
                      f"the server, which makes it simple to write and heavier to run at scale.</p></div>"
                      for k in range(4))
    page = ("<html><head><meta charset='utf-8'><title>java - wicket vs Vaadin - Q&amp;A Site</title></head><body>"
            "<div id='question-header'><h1><a href='/questions/3553693/wicket-vs-vaadin'>wicket vs Vaadin</a></h1></div>"
            "<div class='question'><p>Which one should I choose for a new project with a small team, and why?</p></div>"
            f"<div id='answers'><div class='subheader'><h2>4 Answers</h2></div>{answers}</div></body></html>").encode()
    assert clean_page(page).title == "wicket vs Vaadin"


def test_the_source_of_an_open_government_table_is_its_laiyuan_not_the_issuing_body():
    story = "".join(f"<p>第{k}段：区人力资源和社会保障局召开专题会议，部署年度就业服务工作，要求各科室加强协作，"
                    f"确保各项政策落实到位。</p>" for k in range(4))
    page = ("<html><head><meta charset='utf-8'><title>嘉陵区召开就业服务工作部署会</title></head><body>"
            "<dl class='xxgk_meta'><dt>索引号:</dt><dd>11294766/2023-00540</dd><dt>发布机构:</dt>"
            "<dd>嘉陵区人力资源和社会保障局</dd><dt>生成日期:</dt><dd>2023-12-18</dd><dt>文号:</dt><dd></dd>"
            "<dt>来源:</dt><dd>综合科</dd><dt>公开方式:</dt><dd>主动公开</dd></dl>"
            f"<h1>嘉陵区召开就业服务工作部署会</h1><div class='article'>{story}</div></body></html>").encode()
    assert clean_page(page).source == "综合科"


_REPORT = "".join(f"<p>Paragraph {k}: the minister met his guest at the residence, where they spoke for two hours "
                  f"about trade, the new port and the flights that will start in spring.</p>" for k in range(5))


def test_the_declared_headline_finds_the_heading_when_the_title_tag_is_written_for_search_engines():
    page = ("<html><head><meta charset='utf-8'><title>Correspondent on the minister's meeting with his guest</title>"
            "<meta property='og:title' content='A light tronning'></head><body>"
            "<div class='menu'><h2>Site menu</h2><a href='/a'>News</a> <a href='/b'>Economy</a></div>"
            f"<h1>A light tronning</h1><div class='text'>{_REPORT}</div></body></html>").encode()
    assert clean_page(page).title == "A light tronning"


def test_a_headline_in_a_page_laid_out_as_a_list_is_still_the_headline():
    page = ("<html><head><meta charset='utf-8'><title>Daily Times: Manila launch war games after drills</title></head>"
            "<body><ul><li id='left'><h6>Wed, Oct 16, 2024 page1</h6><div class='archives'>"
            f"<h1>Manila launch war games after drills</h1>{_REPORT * 3}</div></li>"
            "<li id='right'><a href='/x'>Most popular</a></li></ul></body></html>").encode()
    assert clean_page(page).title == "Manila launch war games after drills"


def _blog(sidebar_title: str = "Featured Events") -> tuple:
    from scraper.clean.dom import parse_html
    root = parse_html(
        "<html><head><title>Example Cloud Blog: The Weekly Report - An Interview on Storage</title></head><body>"
        "<div id='pagebody'><div id='banner'><h1>Example Cloud Blog</h1></div>"
        "<div id='beta'><div class='entry'><h3>The Weekly Report - An Interview on Storage</h3>"
        "<div class='entry-body'><p>For this episode I interviewed the engineer of the database team.</p></div></div></div>"
        f"<div id='gamma'><h2>{sidebar_title}</h2><div class='events'><p>Workshop 1 will use real world cases.</p>"
        "</div></div></div></body></html>")
    return root.find(".//div[@class='events']"), root.find(".//div[@class='entry-body']")


def test_of_two_collapsed_picks_the_one_under_the_posts_headline_is_the_story():
    """A blog's post titled by an <h3> the <title> repeats, beside a sidebar box of events: the
    sidebar stands apart from the headline, the post with it (dev-dragnet: sidebars, author bios
    and footer blurbs taken over short posts). The blog's name in its <h1> heads a box holding
    both and says nothing; a sidebar box named like the blog ("The Weekly Report") is outvoted by
    the longer headline of the post."""
    from scraper.clean.story import nearer_headline
    sidebar, post = _blog()
    assert nearer_headline(sidebar, [post])
    assert not nearer_headline(post, [sidebar])
    sidebar, post = _blog("The Weekly Report")
    assert nearer_headline(sidebar, [post])


def test_a_pick_inside_the_other_is_no_rival_of_it():
    from scraper.clean.story import nearer_headline
    _, post = _blog()
    assert not nearer_headline(post, [post.getparent()])
    assert not nearer_headline(post.getparent(), [post])
    assert not nearer_headline(post.getparent(), list(post.getparent()))
