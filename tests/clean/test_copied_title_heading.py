"""A headline element the site writes its whole <title> into, site name and page number included
(Sankei's <h1>: "<headline>（1/2ページ） - 産経ニュース"), gives the headline the page declares
(og:title), not the <title>'s copy (issue 12, v42 §4: kaoriya dev, four pages)."""
from scraper.clean import clean_page

_BODY = "".join(
    f"<p>政府は{k}日、医療法人への融資について調査を始めたと発表した。関係者によると、融資の経緯には"
    f"不明な点が多く、市の幹部が関わっていた疑いもあるという。調査の結果は来月まとめられる予定だ。</p>"
    for k in range(1, 7))


def _page(title: str, og: str | None) -> bytes:
    meta = f"<meta property='og:title' content='{og}'>" if og else ""
    return (f"<html><head><meta charset='utf-8'><title>{title}</title>{meta}</head><body>"
            f"<h1 class='speech'>{title}</h1><div class='article'>{_BODY}</div></body></html>").encode()


def test_a_heading_copying_the_title_gives_the_declared_headline():
    a = clean_page(_page("破綻した医療法人に不明瞭融資　背後に「影の市長」か（1/2ページ） - 産経ニュース",
                         "破綻した医療法人に不明瞭融資　背後に「影の市長」か"), url="https://www.sankei.com/article/x/")
    assert a.title == "破綻した医療法人に不明瞭融資　背後に「影の市長」か"


def test_a_declared_site_name_is_no_headline():
    # og:title is the site's name, which the <title> puts first: the heading stands as it is
    title = "Example News Daily - Council approves the new budget for the city's public libraries"
    a = clean_page(_page(title, "Example News Daily"), url="https://news.example.com/a/1")
    assert a.title != "Example News Daily"


def _blog(title: str, header: str, post: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div id='blog-head'><h1>{header}</h1></div>"
            f"<div class='post'><h2 class='post-title'>{post}</h2><div class='post-main'>{_BODY}</div></div>"
            "</body></html>").encode()


def test_a_blog_post_titled_post_colon_blog_takes_the_posts_heading():
    # exblog: <title> "<post> : <blog>", the blog's name linked home in the header's <h1> (kaoriya dev)
    header = ("<a href='https://example.exblog.jp/'>jujuの日々</a> "
              "<span class='blog-url'><a href='https://example.exblog.jp/'>example.exblog.jp</a></span>")
    a = clean_page(_blog("虎ノ門　茶楓 : jujuの日々", header, "虎ノ門　茶楓"), url="https://example.exblog.jp/123/")
    assert a.title.replace("\u3000", " ") == "虎ノ門 茶楓"


def test_a_site_name_before_a_spaced_colon_is_no_post():
    # "<site> : <headline>", the headline in the <h1> (not a link home): the headline stays
    headline = "Philip Example makes watches cool for a magazine"
    page = _blog(f"Nice Site : {headline}", headline, "Nice Site")
    assert clean_page(page, url="https://nice.example.com/a/b").title == headline
