"""Export articles as JSON Lines or CSV (UTF-8; with a BOM when Excel is the reader)."""
from __future__ import annotations

import csv
import json
from typing import IO, Iterable

CSV_FIELDS = ("id", "url", "source_name", "title", "published", "author", "source", "language", "hijacked",
              "first_seen", "last_seen", "version", "findings", "attachments", "text")


def write_jsonl(articles: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for a in articles:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(articles: Iterable[dict], out: IO[str], bom: bool = False) -> int:
    """One row per article; list fields (findings, attachments) as JSON text in their cell."""
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for a in articles:
        row = dict(a)
        for k in ("findings", "attachments"):
            row[k] = json.dumps(row.get(k) or [], ensure_ascii=False)
        row["hijacked"] = "true" if row.get("hijacked") else "false"
        writer.writerow(row)
        n += 1
    return n
