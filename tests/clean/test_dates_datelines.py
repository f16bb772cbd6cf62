"""Publish dates written day first (25/10/2016, 25.10.16, "24 de outubro de 2016") and datelines opening
the article's first sentence (【2025年5月24日,澳門】…, "BRASÍLIA, 24 de outubro de 2016 –") (issue 12, v43 §4):
the first read before htmldate's guess, which took a related item's or the site's date, the second where
htmldate finds none; and the look-alikes that must stay unread: a pair of numbers the page's language does
not order, a date inside the story's own sentence, a masthead's today beside the day the page declares."""
from __future__ import annotations

from scraper.clean import clean_page

STORY = ("O Tribunal de Justiça firmou parceria com o Ministério Público para implantar o centro itinerante de "
         "conciliação, que atenderá as comarcas do interior a partir de novembro. ",
         "A iniciativa prevê audiências em ônibus adaptados, com conciliadores treinados pelo tribunal e apoio "
         "das prefeituras, e deve alcançar mais de quarenta municípios no primeiro ano. ",
         "Segundo o presidente, a medida aproxima a Justiça do cidadão e reduz o número de processos.")


def page(info: str, lead: str = "", lang: str = "pt-BR", related: str = "21/08/2013 Comarca realiza mutirão",
         meta: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in ((lead + STORY[0]), *STORY[1:]))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'>{meta}<title>Tribunal de Justiça</title></head><body>"
            "<div class='nav'><a href='/'>Início</a> <a href='/noticias'>Notícias</a></div>"
            f"<div class='article'><h1>Tribunal firma parceria para justiça itinerante</h1><div class='info'>{info}</div>"
            f"<div class='content'>{paras}</div></div>"
            f"<div class='related'><h3>Notícias relacionadas</h3><ul><li>{related}</li></ul></div>"
            "<div class='footer'>Tribunal de Justiça © 2011</div></body></html>").encode()


def test_a_date_written_day_first_under_the_headline_is_the_publish_date():
    assert clean_page(page("25/10/16 20:22")).published == "2016-10-25"
    assert clean_page(page("Justiça Itinerante | 25.10.2016")).published == "2016-10-25"
    assert clean_page(page("Goiânia, 18 de Outubro de 2016")).published == "2016-10-18"


def test_digits_either_could_be_the_month_of_are_read_in_the_declared_languages_order():
    assert clean_page(page("03/04/2016")).published == "2016-04-03"
    assert clean_page(page("03/04/2016", lang="en-US")).published == "2016-03-04"
    # a page that names no order (English, British or American) gets neither reading from that line: the
    # date in its address stands
    url = "https://tj.example.org/2016/03/05/parceria/"
    assert clean_page(page("03/04/2016", lang="en"), url).published == "2016-03-05"
    assert clean_page(page("03/04/2016"), url).published == "2016-04-03"
    assert clean_page(page("10/25/2016", lang="en")).published == "2016-10-25"  # (no 25th month)


def test_a_date_written_day_first_gives_way_to_another_day_the_page_declares():
    local = "<meta property='article:published_time' content='2022-05-03T22:46:08-03:00'>"
    assert clean_page(page("Miércoles, 04 de Mayo de 2022", lang="es", meta=local)).published.startswith("2022-05-03")
    # ...but not to the neighbouring day of a moment declared in UTC: the local day may be the next
    utc = "<meta property='article:published_time' content='2022-05-04T00:53:29Z'>"
    assert clean_page(page("03/05/2022", lang="es", meta=utc)).published == "2022-05-03"


def test_a_dateline_opening_the_first_sentence_dates_a_page_with_no_other_date():
    undated = "Comarca realiza mutirão"  # (a related item's date is htmldate's guess, before any dateline)
    assert clean_page(page("", lead="BRASÍLIA, 24 de outubro de 2016 – ", related=undated)).published == "2016-10-24"
    assert clean_page(page("", lead="【2025年5月24日,澳門】", related=undated)).published == "2025-05-24"


def test_a_date_inside_the_story_s_own_sentence_is_no_dateline():
    assert clean_page(page("", lead="Em 24 de outubro de 2016, ", related="Comarca realiza mutirão")).published is None


def test_a_version_number_and_an_update_s_date_are_no_publish_date():
    url = "https://tj.example.org/2016/10/24/parceria/"
    assert clean_page(page("Plugin [1.9.22_1171]"), url).published == "2016-10-24"
    assert clean_page(page("Aktualisiert am 19.02.2020", lang="de"), url).published == "2016-10-24"
