"""A <title> part in a writing system the article never writes (titles.alien_parts, v14 §5a, v15 §2e):
standing before the page's headline in the title, or as the headline itself, with its words written
nowhere else on the page, it is injected: cut from the title and flagged. A site's Latin name (after
the headline, alone, or written in the page's own nav) stays. A title framed in pictographs is a
keyword's shape for farm.stray_title."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.titles import alien_parts
from tests.clean.conftest import kinds

_ARTICLE = ("<p>3月12日,学院组织四十余名青年志愿者走进城南社区,开展垃圾分类宣传活动,向居民发放宣传手册并现场讲解分类知识。</p>"
            "<p>志愿者还协助社区清理楼道杂物和绿化带垃圾。社区负责人表示,希望与学院建立长期合作,常态化开展志愿服务。</p>"
            "<p>活动结束后,志愿者们还与社区工作人员座谈交流,围绕如何提高居民参与度、完善分类设施等问题提出了意见建议。</p>")
_HEADLINE = "学院青年志愿者走进城南社区开展垃圾分类宣传"
_SITE = "南屏理工学院"
# invented phrases in other scripts (a register-and-play pitch): no list knows them
_PHRASE_ID = "Daftar Akun Permainan Resmi Terbaru Hari Ini"
_PHRASE_RU = "Играть онлайн бесплатно без регистрации"
URL = "https://www.example.edu.cn/xw/1.html"


def _page(title: str, top: str, nav: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'><a href='/'>首页</a> <a href='/xw/'>新闻</a>{nav}</div>{top}"
            f"<div class='article'>{_ARTICLE}</div><div class='foot'>版权所有 {_SITE}</div></body></html>").encode()


def test_a_foreign_part_before_the_headline_is_cut_and_flags_the_page():
    for phrase in (_PHRASE_ID, _PHRASE_RU):
        a = clean_page(_page(f"{phrase} - {_HEADLINE}_{_SITE}", f"<h1>{_HEADLINE}</h1>"), url=URL)
        assert a.hijacked and "spam_title" in kinds(a), phrase
        assert phrase not in (a.title or "") and _HEADLINE in (a.title or "")


def test_a_foreign_title_standing_as_the_headline_is_flagged_and_leaves_title_and_text():
    a = clean_page(_page(_PHRASE_ID, f"<h1>{_PHRASE_ID}</h1>"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert _PHRASE_ID not in (a.title or "") and _PHRASE_ID not in a.text


def test_site_names_in_latin_letters_stay():
    nav = " <a href='/en/'>Nanping Institute of Technology</a>"
    pages = [
        (f"{_HEADLINE} - Nanping Institute of Technology", ""),  # after the headline
        (f"Nanping Institute of Technology - {_HEADLINE}", nav),  # before it, and the nav writes it
        ("Campus News | Nanping Institute of Technology", ""),  # the site's name alone
    ]
    for title, more in pages:
        a = clean_page(_page(title, f"<h1>{_HEADLINE}</h1>", more), url=URL)
        assert not a.hijacked and not kinds(a), title


def test_a_part_in_the_articles_own_script_or_a_bilingual_one_is_no_foreign_part():
    lines = [_HEADLINE, *["志愿者还协助社区清理楼道杂物和绿化带垃圾。社区负责人表示,希望与学院建立长期合作,常态化开展志愿服务。"] * 3]
    page = lambda: "\n".join(lines)  # noqa: E731
    assert alien_parts(f"{_PHRASE_ID} - {_HEADLINE}", [_HEADLINE], lines, page) == [_PHRASE_ID]
    assert alien_parts(f"南屏理工 Nanping Tech Institute - {_HEADLINE}", [_HEADLINE], lines, page) == []
    english = ["Volunteers from the institute spent Saturday morning sorting waste with residents of the "
               "southern district, handing out leaflets and explaining the new collection rules."] * 2
    assert alien_parts("Volunteers Sort Waste With Residents - Nanping Tech", ["Volunteers Sort Waste With Residents"],
                       english, lambda: "\n".join(english)) == []


def test_a_title_framed_in_pictographs_over_another_article_gives_way_to_its_headline():
    advert = "🔥【快速上首页排名代做包收录】联系飞机🔥 seoking2048"
    a = clean_page(_page(advert, f"<div class='topline'>{advert}</div><h1>{_HEADLINE}</h1>"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == _HEADLINE
    assert "seoking" not in a.text and "收录" not in a.text


def test_a_headline_with_pictographs_that_the_article_speaks_of_stays():
    title = f"🎉{_HEADLINE}🎉"
    a = clean_page(_page(title, f"<h1>{title}</h1>"), url=URL)
    assert not a.hijacked and not kinds(a)
