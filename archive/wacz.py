"""Export captures as a WACZ package (WACZ 1.1.1, https://specs.webrecorder.net/wacz/1.1.1/), the
web archive that ReplayWeb.page and pywb open directly: one ZIP holding

- ``archive/data.warc.gz``: the WARC records of the chosen captures (``export.write_warc``), stored
  uncompressed in the ZIP (each record is gzipped already, and replay seeks into it);
- ``indexes/index.cdxj``: a sorted CDXJ index of those records (webrecorder's cdxj-indexer);
- ``pages/pages.jsonl``: the articles, one page each (its URL, capture time and clean title),
  which replay tools list as the entry points;
- ``datapackage.json`` (every file with its size and sha256) and ``datapackage-digest.json``.
"""
from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import tempfile
import zipfile
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Callable

from cdxj_indexer import CDXJIndexer

from archive.export import write_warc
from archive.sqlite import source_and_dates
from archive.warc import warc_date
from core.errors import DamagedRecord

WACZ_VERSION = "1.1.1"
PAGES_HEADER = {"format": "json-pages-1.0", "id": "pages", "title": "newsvault articles"}


def write_wacz(conn: sqlite3.Connection, out: Path, source: str | None = None, since: str | None = None,
               until: str | None = None, zone: str | None = None, title: str | None = None,
               on_damaged: Callable[[sqlite3.Row, DamagedRecord], None] | None = None) -> int:
    """The captures of ``source`` fetched within [since, until] (days in ``zone``) as a WACZ file
    at ``out``; returns the number of captures."""
    with tempfile.TemporaryDirectory(prefix="newsvault-wacz-") as tmp:
        warc = Path(tmp) / "data.warc.gz"
        with open(warc, "wb") as f:
            n = write_warc(conn, f, warc.name, source=source, since=since, until=until, zone=zone,
                           on_damaged=on_damaged)
        index = io.StringIO()
        CDXJIndexer(output=index, inputs=[str(warc)], sort=True, filename=warc.name).process_all()
        files: dict[str, Path | bytes] = {"archive/data.warc.gz": warc,
                 "indexes/index.cdxj": index.getvalue().encode(),
                 "pages/pages.jsonl": _pages(conn, source, since, until, zone)}
        created = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        package = {
            "profile": "data-package",
            "wacz_version": WACZ_VERSION,
            "title": title or f"newsvault: {source or 'all sources'}",
            "created": created,
            "software": f"newsvault {version('newsvault')}",
            "resources": [_resource(path, data) for path, data in files.items()],
        }
        package_bytes = json.dumps(package, ensure_ascii=False, indent=2).encode()
        digest = {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(package_bytes).hexdigest()}
        with zipfile.ZipFile(out, "w") as z:
            for path, data in files.items():
                kind = zipfile.ZIP_STORED if path.startswith("archive/") else zipfile.ZIP_DEFLATED
                if isinstance(data, Path):
                    z.write(data, path, compress_type=kind)
                else:
                    z.writestr(path, data, compress_type=kind)
            z.writestr("datapackage.json", package_bytes, compress_type=zipfile.ZIP_DEFLATED)
            z.writestr("datapackage-digest.json", json.dumps(digest), compress_type=zipfile.ZIP_DEFLATED)
    return n


def _resource(path: str, data: Path | bytes) -> dict:
    sha, size = hashlib.sha256(), 0
    if isinstance(data, Path):
        with open(data, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                sha.update(chunk)
                size += len(chunk)
    else:
        sha.update(data)
        size = len(data)
    name = path.rsplit("/", 1)[-1]
    return {"name": name, "path": path, "hash": f"sha256:{sha.hexdigest()}", "bytes": size}


def _pages(conn: sqlite3.Connection, source: str | None, since: str | None, until: str | None,
           zone: str | None) -> bytes:
    """pages.jsonl: each article captured within the range, at its latest capture there."""
    where, args = source_and_dates(source, since, until, "c.fetched_at", source_column="c.source_name", zone=zone)
    rows = conn.execute(
        "SELECT a.id, c.final_url, MAX(c.fetched_at) fetched_at, a.title FROM captures c "
        "JOIN articles a ON a.url = c.final_url"
        + (where + " AND" if where else " WHERE") + " c.kind = 'article' AND c.status = 200 "
        "GROUP BY a.id ORDER BY a.id", args).fetchall()
    lines = [json.dumps(PAGES_HEADER)]
    for r in rows:
        lines.append(json.dumps({"id": f"article-{r['id']}", "url": r["final_url"], "ts": warc_date(r["fetched_at"]),
                                 "title": r["title"] or r["final_url"]}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode()
