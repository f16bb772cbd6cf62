"""Issue 13 of issue 10: escape sequences a hacked page put into its title and text never reach the
terminal through the command line (clear screen, window title, a forged OSC 8 link, a rewritten
line): they are printed as visible escapes."""
from __future__ import annotations

import pytest

from archive.store import ArchiveStore
from core.pages import FetchedPage
from scraper.clean import clean_page
from tests.conftest import run_newsvault
from tests.faults.conftest import FAULT_ENV

# What a terminal obeys: ESC (CSI/OSC), the 8-bit CSI and OSC, BEL, a carriage return, a bidi override.
HOSTILE = "\x1b[2J\x1b]0;pwned\x07\x9b31m\x9d8;;http://evil.example/\x07\r\u202e"
RAW = ("\x1b", "\x9b", "\x9d", "\x07", "\r", "\u202e")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An archive holding one (hijacked) page whose title, text and byline carry escape sequences."""
    tmp = tmp_path_factory.mktemp("terminal")
    html = (f"<html><head><meta charset='utf-8'><title>学校新闻{HOSTILE}标题</title></head><body>"
            f"<h1>学校新闻{HOSTILE}标题</h1><div class='info'>作者：张三{HOSTILE}</div><div class='content'>"
            f"<p>学校召开专题工作会议{HOSTILE}研究部署下一阶段重点工作，要求各单位认真落实。</p>"
            f"<p>会议强调，各学院要高度重视，确保各项任务按期完成。</p></div>"
            # hijacked, so that the report lists it (with its title)
            f"<div style='display:none'><a href='http://jbb188.bet/'>金宝搏188入口</a><a href='http://pj-casino.vip/'>"
            f"澳门葡京赌场官网</a><a href='http://bjl-kh.shop/'>百家乐在线开户</a></div></body></html>").encode()
    with ArchiveStore(tmp / "archive.db", warc_dir=tmp / "warc") as store:
        for version, extra in enumerate((b"", f"<p>会后，与会人员实地调研了实验室建设情况{HOSTILE}，并听取了各学院的工作汇报。</p>".encode())):
            body = html.replace(b"</div><div style='display:none'>", extra + b"</div><div style='display:none'>")
            page = FetchedPage("hostile", "http://127.0.0.1/info/1.htm", "http://127.0.0.1/info/1.htm", 200,
                               [("Content-Type", "text/html; charset=utf-8")], body,
                               f"2024-05-{9 + version:02d}T02:00:00+00:00")
            article = clean_page(body, page.final_url)
            # The cleaner keeps what the page said but C0 controls (ESC among them: lxml refuses
            # them); an archive written before it did holds them all, and printing must obey none.
            assert "\x9b" in article.title and "\u202e" in article.title
            article.title = f"学校新闻{HOSTILE}标题"
            run = store.start_run("hostile")
            store.record_page(run, "hostile", page, article)
    return tmp / "archive.db"


@pytest.mark.parametrize("args", [("search", "学校"), ("show", "1"), ("show", "1", "--json"), ("diff", "1"),
                                  ("search", "学校", "--json"), ("report", "--pages")])
def test_no_control_character_reaches_the_terminal(archive, args):
    proc = run_newsvault(*args, "--db", archive, env=FAULT_ENV)
    assert proc.returncode == 0, proc.stderr
    assert not any(c in proc.stdout for c in RAW), repr(proc.stdout[:300])
    assert "\\x1b" in proc.stdout or "\\u001b" in proc.stdout  # shown, as text


def test_the_helper_keeps_text_and_escapes_controls():
    from cli.terminal import safe, safe_json, safe_line

    assert safe_line("学校新闻 ok") == "学校新闻 ok"
    assert safe_line("a\x1b[2Jb\nc") == "a\\x1b[2Jb\\x0ac"
    assert safe("第一段\n第二段\t\x9b") == "第一段\n第二段\t\\x9b"
    assert safe_json({"t": "a\x9d\u202e"}) == '{"t": "a\\u009d\\u202e"}'
