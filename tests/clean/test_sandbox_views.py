"""The view handed to the fake browser (the visitor, and what lookups find of the served page) is
serialised once per page and parsed as JSON: what scripts see must be what a literal gave them, and
a page must never see the ids and texts of the page before it."""
from __future__ import annotations

import json

import quickjs

from scraper.clean.behaviour import page_lookups
from scraper.clean.dom import parse_html
from scraper.clean.sandbox import _BROWSER, _setup, _view_json, run_scripts

URL = "https://www.example.edu.cn/info/1001/2345.htm"
READS = ("var t = document.getElementById('note').textContent;"
         "location.href = 'https://' + (t.indexOf('first') >= 0 ? 'first' : 'other') + '.example/';")


def _page(note: str) -> dict:
    root = parse_html(f"<html><head><title>t</title></head><body><p id='note'>{note}</p></body></html>")
    return page_lookups(root, code=READS)


def _navs(run) -> set[str]:
    return {e.value for effects in run.effects.values() for e in effects if e.kind == "nav"}


def test_each_page_finds_its_own_elements():
    assert _navs(run_scripts([(0, READS)], URL, "t", _page("the first page's note"))) == {"https://first.example/"}
    assert _navs(run_scripts([(0, READS)], URL, "t", _page("another page's note"))) == {"https://other.example/"}


def test_the_view_reads_as_a_literal_gave_it():
    view = {"url": URL, "title": "标题 \"quoted\" </script>", "page": _page("说明\u2028"), "ua": "UA", "platform": "Win32",
            "width": 1920, "height": 1080, "touch": 0, "lang": "zh-CN", "tz": "Asia/Shanghai", "tzOffset": -480,
            "referrer": "", "state": {"local": {}, "session": {}, "cookie": "a=1"}, "oldIE": True}
    text = _view_json(view)
    # (the page's script texts go to each context as one string of their own, not with the view)
    assert text == json.dumps({**view, "page": {k: v for k, v in view["page"].items() if k != "source"}})
    seen = []
    for parsed in (True, False):
        ctx = quickjs.Context()
        ctx.eval(_BROWSER)
        if parsed:
            _setup(ctx, text)
        else:
            ctx.eval(f"__setup({text})")
        seen.append(ctx.eval("JSON.stringify([__view, document.title, navigator.userAgent, document.cookie])"))
    assert seen[0] == seen[1]
