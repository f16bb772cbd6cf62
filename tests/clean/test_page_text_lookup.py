"""A served element's text reaches a script that looks it up by an id it builds (v41 B8)."""
from lxml import html

from scraper.clean.behaviour import MAX_TEXT_LOOKED_UP, page_lookups
from scraper.clean.sandbox import run_scripts

URL = "https://news.example-n.com/a/1.html"


def _payload(target: str) -> str:
    # the text a decoder reads: character codes xor 7, among letters it throws away
    return " ".join(f"{ord(c) ^ 7}q" for c in f'location.href="{target}"')


def test_text_of_an_element_looked_up_by_a_built_id_is_what_the_page_has():
    root = html.fromstring(f'<html><body><div id="pq" style="display:none">{_payload("https://b.example-x.com/")}'
                           '</div><p>story</p></body></html>')
    code = ('var a=document.getElementById(["p","q"].join("")).innerHTML.replace(/[^\\d ]/g,"").split(" ");'
            'for(var i=0;i<a.length;i++)a[i]=parseInt(a[i])^7;eval(String.fromCharCode.apply(null,a));')
    run = run_scripts([(0, code)], URL, page=page_lookups(root, code=code))
    assert ("nav", "https://b.example-x.com/") in [(e.kind, e.value) for e in run.effects["spider"]]


def test_element_text_is_bounded_and_containers_give_none():
    root = html.fromstring(f'<html><body><div id="big">{"x" * (MAX_TEXT_LOOKED_UP + 10)}</div>'
                           '<div id="box"><p>a</p></div><script id="s">var q=1</script></body></html>')
    inner = page_lookups(root)["inner"]
    assert len(inner["big"]) == MAX_TEXT_LOOKED_UP
    assert "box" not in inner and "s" not in inner
