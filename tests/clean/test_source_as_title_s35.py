"""A page whose <title> and <h1> are its 来源's name and nothing else names no story: the name was set in
the headline's places, the story's own headline stands under it (v42 rc42-003)."""
from scraper.clean import clean_page

_STORY = ("<p>新华社北京1月11日电 外交部发言人11日表示,中方希望美方有关人士客观理性看待中国和中美关系。</p>"
          "<p>当日例行记者会上,有记者就美方新近成立的有关委员会提问,发言人作了回应。</p>"
          "<p>“我们希望美方同中方相向而行,推动发展相互尊重、和平共处、合作共赢的中美关系。”发言人说。</p>")
_HEADLINE = "外交部发言人:希望美方有关人士客观理性看待中国和中美关系"


def _page(name: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{name}-{name}</title></head><body>"
            f"<div class='article'><h1>{name}-{name}</h1><div class='info'>来源:{name} 2024-03-06 17:48</div>"
            f"<h2>{_HEADLINE}</h2><div id='detail'>{_STORY}</div></div></body></html>").encode()


def test_the_source_name_as_the_whole_title_flags_and_the_story_headline_is_taken():
    article = clean_page(_page("星月88"), "http://abc.example.com/M_x.html")
    assert article.hijacked
    assert article.title == _HEADLINE
    assert not article.source


def test_a_site_titled_with_its_own_name_and_crediting_itself_stays_clean():
    page = _page("星月网").replace(b"</body>", "<div class='footer'>版权所有：星月网</div></body>".encode())
    assert not clean_page(page, "http://www.example.com/a/1.html").hijacked
