"""The web interface over a PostgreSQL archive: the web test archive moved there with `newsvault
archive copy`, served as a cluster's web host would serve it (WARC files through its own mount),
and answering as the embedded one does."""
from __future__ import annotations

import pytest

from archive.backend import configured_warc_dir, set_warc_dir
from scraper.sources import load_config
from tests.conftest import POSTGRES, fresh_archive, query, run_newsvault
from web import create_app


@pytest.fixture(scope="module")
def pg_client(web_archive, request, tmp_path_factory):
    url = fresh_archive(POSTGRES, request, tmp_path_factory, "web")
    warc = web_archive.folder / "warc"
    run_newsvault("archive", "copy", "--db", web_archive.db, "--to", url, "--warc-dir", warc, check=True)
    before = configured_warc_dir()
    set_warc_dir(warc)  # what `newsvault serve` does from NEWSVAULT_WARC_DIR / the configuration
    try:
        yield create_app(url, config=load_config(web_archive.config)).test_client(), url
    finally:
        set_warc_dir(before)


def test_search_answers_as_on_the_embedded_archive(pg_client, client):
    """The same hits with the same snippets; title matches first on both (bm25's scores differ a
    little: PostgreSQL counts a term once in a text, see archive/postgres_search.py)."""
    pg, _ = pg_client
    for q in ("研究", "校长 会议", '"网络安全"', "script"):
        a = pg.get("/api/search", query_string={"q": q, "limit": 100}).get_json()
        b = client.get("/api/search", query_string={"q": q, "limit": 100}).get_json()
        assert a["total"] == b["total"] > 0, q
        assert _strip(a["hits"]) == _strip(b["hits"]), q
        term = q.split()[0].strip('"')
        in_title = [h["id"] for h in a["hits"] if term in (h["title"] or "")]
        assert [h["id"] for h in a["hits"]][:len(in_title)] == in_title, q


def _strip(hits: list[dict]) -> list[tuple]:
    return sorted((h["id"], h["title"], h["snippet"], h["published"]) for h in hits)


def test_article_page_and_raw_capture_download(pg_client, web_archive):
    pg, _ = pg_client
    page = pg.get(f"/articles/{web_archive.hijacked_id}")
    assert page.status_code == 200 and "hijacked" in page.get_data(as_text=True).lower()
    html = page.get_data(as_text=True)
    raw = next(part.split('"')[0] for part in html.split('href="')[1:] if "/raw" in part.split('"')[0])
    got = pg.get(raw)
    assert got.status_code == 200 and got.headers["Content-Type"] == "application/octet-stream" and got.data


def test_runs_page_shows_the_worker_column(pg_client):
    pg, url = pg_client
    assert all(r["worker"] is None for r in query(url, "SELECT worker FROM runs"))  # crawled on this machine
    html = pg.get("/runs").get_data(as_text=True)
    assert "<th>Worker</th>" in html and "<td>here</td>" in html
