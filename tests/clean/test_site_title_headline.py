"""A <title> that names the site, with the article's headline in its body (dev-v43-ferretpt: court,
assembly and finance-office pages whose <title> is the institution's or section's name on every page):
the headline is the article's own heading or first line, never the site's name or a date line. And a
page of two charsets keeps the letters of both."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import load


def test_title_naming_the_site_gives_way_to_the_h2_headline_in_the_body():
    # <title> and the logo <h1><a href="/"> both the court's name; the headline an <h2> in the text
    a = clean_page(load("pt-site-title-h2-headline.html"))
    assert a.title == "TRE solicita à Polícia Federal segurança aos candidatos à Prefeitura de Porto Alegre"
    assert a.text.startswith("O presidente do Tribunal Regional Eleitoral")


def test_headline_line_after_a_date_line_under_a_site_title():
    # no heading at all: "section | site" as <title>, the text opening with a section, a date, the headline
    a = clean_page(load("pt-site-title-dated-first-lines.html"))
    assert a.title == "Pauta de julgamentos previstos para a sessão plenária desta quarta-feira (26)"


def test_declared_headline_shown_at_the_texts_start_wins_over_a_section_title():
    a = clean_page(load("pt-site-title-og-first-line.html"))
    assert a.title == "Comissão manifesta repúdio à agressão sofrida por deputada na capital"
    assert "Notícia em Destaque" not in (a.title or "")


def test_latin1_title_in_a_page_declaring_latin1_with_utf8_parts():
    # fr43-047's form: declared iso-8859-1, the text written with entities, the <title>'s ó a Latin-1
    # byte (no heading repeats it), a meta description in UTF-8: neither part may lose a letter
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<title>Clóvis Barbosa recebe prefeito eleito de Santo Amaro</title>').encode("latin-1")
    meta = '<meta name="description" content="O Portal de notícias do Tribunal"></head>'.encode()
    body = (b"<body><div id='texto'>"
            b"<p>O presidente do Tribunal de Contas, conselheiro Cl&oacute;vis Barbosa, recebeu em seu gabinete, "
            b"nesta ter&ccedil;a-feira, o prefeito eleito do munic&iacute;pio de Santo Amaro das Brotas.</p>"
            b"<p>Na conversa, o conselheiro apresentou as regras para as equipes de transi&ccedil;&atilde;o de governo "
            b"e os prazos de presta&ccedil;&atilde;o de contas que o munic&iacute;pio ter&aacute; de cumprir.</p>"
            b"</div></body></html>")
    a = clean_page(head + meta + body)
    assert a.title == "Clóvis Barbosa recebe prefeito eleito de Santo Amaro"
    assert "\ufffd" not in a.text and "transição" in a.text
