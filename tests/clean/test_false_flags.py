"""Clean pages the held-out v3 split caught flagged or cut (bench/data/v3-miss-patterns.md §3):
a gambling-law press release, a harvester-proof e-mail address, a Latin menu's words."""
from __future__ import annotations

from scraper.clean import lexicon
from scraper.clean.engine import run_cleaner
from scraper.clean.evidence import Evidence
from tests.clean.conftest import FIXTURES


def test_gambling_law_press_release_keeps_its_headline_title():
    # the title paraphrases the text (取消 + 修改博彩法 + 公眾諮詢會); 修改博彩 is no brand
    raw = (FIXTURES / "real" / "realcases-v3-gcsmo-law.html").read_bytes()
    article, ev = run_cleaner(raw, "https://cdn.gcs.gov.mo/detail/zh-hant/N21JLRjjQZ", None, None, None)
    assert not article.hijacked, article.findings
    assert "取消修改博彩法公眾諮詢會" in article.title
    assert ev.strings == {}


def test_spam_protected_email_in_a_contact_field_is_no_domain():
    raw = ('<html><head><meta charset="utf-8"><title>Neue Buslinie ab Montag</title></head><body>'
           '<h1>Neue Buslinie ab Montag</h1><div class="content">'
           '<p>Ab Montag fährt die neue Buslinie 12 zwischen dem Bahnhof und dem Gewerbegebiet im Takt von zwanzig Minuten.</p>'
           '<p>Die Haltestellen wurden barrierefrei ausgebaut, teilte die Stadtverwaltung am Freitag mit.</p></div>'
           '<div class="footer">Kontakt: Pressestelle, E-Mail: anna.beispiel(at)kreis-musterland.de, Tel: 0711 1234</div>'
           '</body></html>').encode()
    article, ev = run_cleaner(raw, "https://www.musterstadt-zeitung.de/lokal/buslinie.html", None, None, None)
    assert not article.hijacked, article.findings
    assert ev.strings == {}
    assert "im Takt von zwanzig Minuten" in article.text


def test_latin_names_learned_from_a_menu_cut_no_article_words():
    # a hidden mobile menu taken for a farm teaches its link texts whole, not their fragments
    ev = Evidence(sites=frozenset({"example-news.at"}))
    for name in ("Sankt-Johann-Pongau", "Kärnten-Süd", "Neue Meldungen 24"):
        ev.learn(name, True)
    pattern = ev.pattern()
    assert pattern is not None  # the names themselves are learned
    article = "Johann, 54, kam aus dem Land. Meldungen: keine."
    assert lexicon.find_hits(article, extra=pattern) == []
