"""Byline forms read by their shape (session 22): a Latin dateline naming the outlet ("Jakarta, CNN
Indonesia —", "jpnn.com, JAKARTA -"), a label hidden by pinyin glosses ending the value before it, and a
spaced slash ending the author's names. The pages are invented."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.fields import read_fields

ID = ("Kementerian Komunikasi dan Digital memblokir ribuan situs judi daring yang menumpang di "
      "laman pemerintah daerah, kata juru bicara kementerian kepada wartawan pada hari Selasa.")
TITLE = "Kementerian Blokir Ribuan Situs Judi Daring di Laman Pemerintah"


def _page(first: str, info: str = "", lang: str = "id", text: str = ID) -> bytes:
    body = f"<p>{first}</p>" + "".join(f"<p>{text} ({i})</p>" for i in range(4))
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
            f"<header><a href='/'>Beranda</a></header><article><h1>{TITLE}</h1>{info}"
            f"<div class='content'>{body}</div></article></body></html>").encode()


def test_the_outlet_of_a_latin_dateline_is_the_source():
    assert clean_page(_page("Jakarta, CNN Indonesia — " + ID)).source == "CNN Indonesia"
    assert clean_page(_page("Jakarta, InfoPublik - " + ID)).source == "InfoPublik"
    assert clean_page(_page("jpnn.com, JAKARTA - " + ID)).source == "jpnn.com"


def test_a_place_and_its_country_name_no_outlet():
    for first in ("LONDON, England — " + ID, "WASHINGTON, D.C. — " + ID, "BROOKLYN, New York - " + ID):
        assert clean_page(_page(first)).source is None


def test_a_label_hidden_by_its_pinyin_ends_the_value_and_the_value_keeps_its_glosses():
    fields = read_fields("來(lái)源：極目新聞 發(fā)表于 2023-01-02")
    assert [(f.name, f.value) for f in fields] == [("source", "極目新聞")]
    assert read_fields("來(lái)源:環(huán)球時(shí)報(bào)\n")[0].value == "環(huán)球時(shí)報(bào)"


def test_a_spaced_slash_ends_the_author():
    zh = "昨天我们聊了债券的历史，这其实就是认知事物的一种方式，尽量从其源起开始梳理清楚它的发展历程。"
    info = "<div class='info'>专栏号作者 坤鹏论 / 某某网 / 2019-04-24 11:20</div>"
    a = clean_page(_page(zh, info, lang="zh", text=zh))
    assert a.author == "坤鹏论"
