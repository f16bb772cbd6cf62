"""Fixtures of the web interface tests: an archive made by crawling for real, and the app over it.

The archive holds the demo site (hijacked pages, findings, a page that is gone by the second
crawl) and a hostile source, "xss-lab": one article whose archived title and text carry
``<script>alert(1)</script>`` and ``<img src=x onerror=…>`` as text (the page escaped them, so
the cleaner keeps them as characters), a ``java<TAB>script:`` attachment link (browsers drop the
tab and run it; the cleaner drops such links, so the fixture writes it into the archive as an
older cleaner could have), and a second version that was hijacked with a hidden link farm whose evidence
holds markup. Both sources are crawled twice, so there are versions, runs and a gone page.
"""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest

from archive.runs import set_log_path
from archive.store import ArchiveStore
from demo.server import SiteServer
from demo.site import LISTING, Response, build_site
from scraper.sources import load_config
from tests.conftest import NEWSVAULT, TEST_ENV, query, run_newsvault, write_config
from tests.trs_site import LISTING as TRS_LISTING
from tests.trs_site import build_trs_site, empty_listing_site, live_site
from web import create_app

HOSTILE_TITLE = "<script>alert(1)</script>学校举办网络安全教育讲座<img src=x onerror=alert(2)>"
HOSTILE_LINE = "攻击者在网页中写入 <script>alert(1)</script> 或 <img src=x onerror=alert(document.domain)> 这样的代码"
HOSTILE_ATTACHMENT = "java\tscript:alert(3)//manual.pdf"
GONE_PATH = "/info/1001/1003.htm"   # a demo page deleted before the second crawl
XSS_LISTING = "/xss/list.htm"
XSS_ARTICLE = "/xss/2001.htm"
HTML = {"Content-Type": "text/html; charset=utf-8"}
# Where the browser tests leave their screenshots (gitignored; the path is printed at the end of the run).
ARTIFACTS = Path(os.environ.get("NEWSVAULT_TEST_ARTIFACTS", Path(__file__).resolve().parents[1] / "artifacts"))
SCREENSHOTS = ARTIFACTS / "screenshots"
screenshots_taken: list[Path] = []


def pytest_terminal_summary(terminalreporter) -> None:
    if screenshots_taken:
        terminalreporter.write_line(f"web interface screenshots ({len(screenshots_taken)}): {SCREENSHOTS}")


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hostile_page(version: int) -> bytes:
    """The xss-lab article: v1, and v2 with an edited text and an injected hidden link farm."""
    paragraphs = [
        "6月1日，学校保卫处在图书馆报告厅举办网络安全教育讲座，全校三百余名师生参加。讲座由信息中心工程师主讲。",
        f"讲座以真实案例说明了跨站脚本攻击的原理：{HOSTILE_LINE}，浏览器若不加转义就会执行。",
        "工程师提醒师生，不要随意点击来历不明的链接，发现可疑页面及时向信息中心报告。",
    ]
    farm = ""
    if version == 2:
        paragraphs[0] = paragraphs[0].replace("三百余名", "五百余名")
        paragraphs.append("学校将继续开展网络安全宣传周系列活动，进一步提高师生的安全防范意识。")
        farm = ('<div style="display:none"><a href="https://jbb188.bet/">金宝搏188入口</a>'
                '<a href="https://pj-casino.vip/">澳门葡京赌场官网</a><a href="https://bjl-kh.shop/">百家乐在线开户</a>'
                '<a href="https://hongyun-yl.top/">鸿运国际娱乐城</a><img src=x onerror="alert(5)"></div>')
    body = "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_esc(HOSTILE_TITLE)}-青山大学</title></head>'
            f'<body><div class="header">青山大学新闻网</div><div class="main"><h1>{_esc(HOSTILE_TITLE)}</h1>'
            f'<div class="arti_update">发布时间：2024-06-01 10:00 来源：保卫处</div>'
            f'<div class="v_news_content">{body}<p>附件：<a href="java&#9;script:alert(3)//manual.pdf">安全手册.pdf</a></p>'
            f'</div></div>{farm}</body></html>').encode()


def hostile_listing() -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>安全动态</title></head><body><ul>'
            f'<li><a href="{XSS_ARTICLE}">{_esc(HOSTILE_TITLE)}</a><span>2024-06-01</span></li></ul></body></html>').encode()


@dataclass(frozen=True)
class WebArchive:
    folder: Path
    config: Path
    db: Path
    hostile_id: int       # the xss-lab article (2 versions, hijacked in v2)
    hijacked_id: int      # a hijacked demo article (1001: spam title, banner, brands)
    gone_id: int


@pytest.fixture(scope="session")
def web_archive(tmp_path_factory) -> WebArchive:
    tmp = tmp_path_factory.mktemp("web-archive")
    site = build_site()
    site[XSS_LISTING] = Response(200, HTML, hostile_listing())
    site[XSS_ARTICLE] = Response(200, HTML, hostile_page(1))
    with SiteServer(site) as server:
        # English, which these tests read: the Chinese default has tests of its own (test_i18n_web.py).
        cfg = write_config(tmp / "newsvault.toml", [
            {"name": "qingshan", "start_urls": [server.url(LISTING)]},
            {"name": "xss-lab", "start_urls": [server.url(XSS_LISTING)], "article_pattern": r"/xss/\d+\.htm$"},
        ], extra='[interface]\nlanguage = "en"\n')
        run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
        server.site[XSS_ARTICLE] = Response(200, HTML, hostile_page(2))
        del server.site[GONE_PATH]
        run_newsvault("crawl", "--recheck", "--config", cfg, cwd=tmp, check=True)
    db = tmp / "archive.db"

    def article_id(suffix: str) -> int:
        return query(db, "SELECT id FROM articles WHERE url LIKE ?", f"%{suffix}")[0]["id"]

    hostile_id = article_id(XSS_ARTICLE)
    # The cleaner keeps only http(s) attachment links, but an archive made by an older cleaner
    # (or edited by hand) may hold anything: the web interface must never make it a link.
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO attachments (article_id, url, text) VALUES (?, ?, ?)",
                     (hostile_id, HOSTILE_ATTACHMENT, "安全手册.pdf"))
    conn.close()
    return WebArchive(tmp, cfg, db, hostile_id, article_id("/1001.htm"), article_id(GONE_PATH))


@dataclass(frozen=True)
class CaptureArchive:
    folder: Path
    config: Path           # English, as the other web tests read
    config_zh: Path        # the same archive with the default language (Chinese)
    db: Path
    live: SiteServer       # the "live web" the archived pages link to: it must never be asked anything
    notice_id: int         # notice 1: scripts, a meta refresh, live links, a PDF attachment, images
    flagged_run: int       # a run flagged "empty start page"


@pytest.fixture(scope="session")
def capture_archive(tmp_path_factory) -> Iterator[CaptureArchive]:
    """The TRS government site crawled twice (the second run skips what it checked a minute ago),
    and a source whose start page links nothing a crawler can read (flagged, with its reason); the
    second crawl's output is kept as its run's log. The live server runs for the whole session."""
    tmp = tmp_path_factory.mktemp("capture-archive")
    with SiteServer(live_site()) as live:
        live_url = f"http://localhost:{live.httpd.server_address[1]}"
        with SiteServer(build_trs_site(live_url)) as site, SiteServer(empty_listing_site()) as empty:
            sources = [{"name": "qingshan-gov", "title": "青山市人民政府", "start_urls": [site.url(TRS_LISTING)]},
                       {"name": "county-notices", "title": "青山县公示公告", "start_urls": [empty.url("/gsgg/index.htm")]}]
            crawl = {"recheck_after": "1d"}
            cfg_zh = write_config(tmp / "newsvault-zh.toml", sources, crawl=crawl)
            cfg = write_config(tmp / "newsvault.toml", sources, crawl=crawl, extra='[interface]\nlanguage = "en"\n')
            run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
            second = run_newsvault("crawl", "--config", cfg, cwd=tmp, check=True)
        db = tmp / "archive.db"
        log = tmp / "logs" / "qingshan-gov-run3.log"
        log.parent.mkdir()
        log.write_text(second.stderr + second.stdout, encoding="utf-8")
        with ArchiveStore(db) as store:
            run = query(db, "SELECT id FROM runs WHERE source='qingshan-gov' ORDER BY id DESC LIMIT 1")[0]["id"]
            set_log_path(store.conn, run, str(log))
        notice = query(db, "SELECT id FROM articles WHERE url LIKE '%t20240501_1001.htm'")[0]["id"]
        flagged = query(db, "SELECT id FROM runs WHERE health LIKE '%empty start page%' ORDER BY id LIMIT 1")[0]["id"]
        yield CaptureArchive(tmp, cfg, cfg_zh, db, live, notice, flagged)


@pytest.fixture(scope="session")
def app(web_archive):
    return create_app(web_archive.db, config=load_config(web_archive.config))  # not testing: real error pages


@pytest.fixture
def client(app):
    return app.test_client()


@contextmanager
def serving(*args: str, cwd: Path) -> Iterator[tuple[subprocess.Popen, str]]:
    """`newsvault serve --port 0 ARGS` in a subprocess: (process, base URL), stopped with SIGTERM after."""
    proc = subprocess.Popen([*NEWSVAULT, "serve", "--port", "0", *map(str, args)], cwd=cwd, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **TEST_ENV})
    try:
        line = proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        if not match:
            proc.kill()
            raise AssertionError(f"newsvault serve printed {line!r}, stderr: {proc.communicate(timeout=10)[1]}")
        yield proc, match.group(0)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=20)
        proc.stdout.close()
        proc.stderr.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Debian's Chromium, headless (tests/web/browser.py), for one test module."""
    from tests.web.browser import start_chromium

    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    try:
        yield driver
    finally:
        driver.quit()
    print(f"\nscreenshots: {SCREENSHOTS}")  # shown with -s; the run's summary always names the folder
