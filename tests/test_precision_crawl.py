"""Real clean pages crawled from a local mirror (a host other than their own) come out unflagged
(issue 11 §9; the v2 false flags FF1–FF4): their consent managers, theme scripts, share panels
and off-canvas menus are no injection, and their articles are archived whole."""
from __future__ import annotations

import json
from pathlib import Path

from demo.server import SiteServer
from demo.site import Response
from tests.conftest import query, run_newsvault, write_config

REAL = Path(__file__).parent / "clean" / "fixtures" / "real"
PAGES = sorted(REAL.glob("trafilatura-*.html"))
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_real_pages_served_from_a_mirror_are_archived_unflagged(tmp_path):
    site = {f"/mirror/{p.stem}.html": Response(200, HTML, p.read_bytes()) for p in PAGES}
    links = "".join(f'<li><a href="{path}">{Path(path).stem}</a></li>' for path in site)
    site["/index.html"] = Response(200, HTML, f"<html><body><ul>{links}</ul></body></html>".encode())
    with SiteServer(site) as server:
        src = {"name": "mirror", "start_urls": [server.url("/index.html")], "article_pattern": r"/mirror/.+\.html$"}
        cfg = write_config(tmp_path / "newsvault.toml", [src])
        run_newsvault("crawl", "--config", cfg, cwd=tmp_path, check=True)
    rows = query(tmp_path / "archive.db", "SELECT url, hijacked, text, findings FROM articles")
    assert len(rows) == len(PAGES)
    for row in rows:
        assert not row["hijacked"], (row["url"], row["findings"])
        # nothing removed as injected: only off-screen helpers noted (hidden_block)
        assert {f["kind"] for f in json.loads(row["findings"])} <= {"hidden_block", "decoding_uncertain"}, row["findings"]
        assert len(row["text"]) > 500, row["url"]
