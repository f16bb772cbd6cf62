"""Each page's scripts run in a browser of their own: what one page's code leaves behind (a global,
a changed built-in, storage, a cookie) must never reach the next page's scripts, or a clean page
would be judged by what a hijacked one did before it. Within a page the scripts share one window,
as in a browser."""
from __future__ import annotations

from scraper.clean.sandbox import run_scripts

URL = "https://www.example.edu.cn/info/1001/2345.htm"
SEEN = "https://seen-before.example/"

LEAVES = ("var leaked = 1; window.leaked2 = 1; String.prototype.leaked3 = 1; Math.random = function () { return 7; };"
          "localStorage.setItem('k', 'v'); sessionStorage.setItem('k', 'v'); document.cookie = 'c=1';"
          "document.title = 'first page'; location.href = 'https://first-page.example/';")
# navigates only when it sees anything the first page's script left (navigation code always runs;
# every page starts with its own server's session cookie, sandbox.SERVER_COOKIE, never with c=1)
LOOKS = ("if (typeof leaked !== 'undefined' || window.leaked2 || ''.leaked3 || Math.random() === 7"
         " || localStorage.getItem('k') || sessionStorage.getItem('k') || document.cookie.indexOf('c=1') >= 0"
         f" || document.title === 'first page') location.href = '{SEEN}';")


def navs(run):
    return {e.value for effects in run.effects.values() for e in effects if e.kind == "nav"}


def test_a_page_never_sees_what_the_page_before_it_left():
    first = run_scripts([(0, LEAVES)], URL)
    assert "https://first-page.example/" in navs(first)
    second = run_scripts([(0, LOOKS)], URL)
    assert SEEN not in navs(second)
    assert second.ran == {0}


def test_scripts_of_one_page_share_its_window():
    # the legit form: a later script of the same page sees what an earlier one defined
    run = run_scripts([(0, LEAVES), (1, LOOKS)], URL)
    assert SEEN in navs(run)



# The runner's record of what the page read (__reads) lives in the page's own context, so the page's
# code can write to it; a tampered record costs the page its reads, never the cleaning (each of these
# raised ValueError, IndexError, AttributeError or TypeError before).
TAMPERS = ('__read("agentx")', '__read("agent99")', "__reads = 5", '__reads.ua = [1, "x", null]', "__reads.agentq = 3")


def test_a_page_that_writes_the_runners_record_is_still_run():
    for tamper in TAMPERS:
        run = run_scripts([(0, tamper + "; location.href = 'https://after-tamper.example/';")], URL)
        assert "https://after-tamper.example/" in navs(run), tamper
