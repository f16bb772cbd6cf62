"""Search benchmark: our Chinese-aware FTS5 index beside a plain LIKE scan of the same rows, and
(``--backend postgresql``) the PostgreSQL archive's search beside SQLite's in the same run.

Builds an archive of generated Chinese articles (corpus sentences shuffled and spliced, with
English words and phrases mixed in) through the real write path (ArchiveStore.record_page, one
transaction per page, as a crawl does), then times 200 mixed queries with archive.search.search
(count + ranked page of 20 + snippets) and with ``SELECT id FROM articles WHERE title LIKE … OR
text LIKE …``, and measures our recall and precision against the scan.

Ground truth: a Chinese term or phrase is a plain substring (LIKE is exact for Han text); English
words match whole words case-insensitively, so LIKE's candidates are re-checked with a regex
(LIKE '%data%' also finds "database").

    .venv/bin/python bench/search.py                     # 100,000 articles, ~330 MB of text
    .venv/bin/python bench/search.py --articles 5000     # a quick check
    .venv/bin/python bench/search.py --backend postgresql   # both backends, same articles and queries

With ``--backend postgresql`` a throwaway PostgreSQL server (demo/servers.py: the Debian
package's binaries, durable settings but for shared_buffers=512MB) gets a sample of the articles
through the same write path (its ingest rate, beside SQLite's build rate) and the whole archive
by `archive copy`; the same queries run on both (interleaved, so machine noise falls on both
alike), and recall is measured for both against the scan. The last line is ``search: backend=postgresql articles=N recall=R p50_ms=X p95_ms=Y
sqlite_p95_ms=Z``. The corpus is ``$NEWSVAULT_SHARED/corpus`` (default ``../shared`` beside the
checkout).
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.db import connect  # noqa: E402
from archive.search import search  # noqa: E402
from archive.search_index import HAN  # noqa: E402
from archive.search_query import highlight_fold  # noqa: E402
from archive.store import ArchiveStore, RunCounts  # noqa: E402
from core.pages import FetchedPage  # noqa: E402
from scraper.clean.article import Article  # noqa: E402

CORPUS = Path(os.environ.get("NEWSVAULT_SHARED") or Path(__file__).resolve().parent.parent.parent / "shared") / "corpus"
# The PostgreSQL server of --backend postgresql: durable (fsync on, as in production), with the
# buffers of a modest dedicated host rather than Debian's 128 MB default.
PG_SETTINGS = "-c shared_buffers=512MB -c work_mem=16MB -c max_connections=50"
SOURCES = ("gzou-news", "moe-gov", "pku-news", "shanghai-gov", "zju-news")
ENGLISH_WORDS = ("data", "policy", "report", "campus", "Beijing", "Shanghai", "COVID-19", "GDP", "AI",
                 "internet", "research", "science", "Python", "network", "Education", "Ministry",
                 "budget", "lottery", "police", "festival", "library", "museum", "WeChat", "Tsinghua",
                 "carbon", "semiconductor", "vaccine", "export", "satellite", "robot")
ENGLISH_PHRASES = ("New York", "Hong Kong", "machine learning", "climate change", "open source",
                   "World Bank", "supply chain", "Belt and Road")
HAN_WORD = re.compile(f"[{HAN}]+")
TEXT_BYTES = 3300        # average article text: 100,000 articles give ~330 MB
QUERY_MIX = (("zh1", 30), ("zh2", 40), ("zh3", 30), ("zh4", 30), ("en", 25), ("phrase", 30), ("mixed", 15))


def corpus_sentences() -> list[str]:
    sentences = set()
    for path in glob.glob(str(CORPUS / "*" / "truth.jsonl")):
        for line in open(path, encoding="utf-8"):
            obj = json.loads(line)
            for field in ("title", "text"):
                for s in re.split(r"(?<=[。！？!?\n])", obj.get(field) or ""):
                    if len(s.strip()) >= 4:
                        sentences.add(s.strip())
    if not sentences:
        sys.exit(f"bench/search.py: no corpus sentences under {CORPUS}")
    return sorted(sentences)


def generate(n: int, seed: int):
    """(title, text, published, source, hijacked) for n varied articles, deterministic per seed."""
    rnd = random.Random(seed)
    sentences = corpus_sentences()
    for _ in range(n):
        parts, size, target = [], 0, rnd.randint(TEXT_BYTES // 2, TEXT_BYTES * 3 // 2)
        while size < target:
            s = rnd.choice(sentences)
            if rnd.random() < 0.3:  # splice two sentences: new n-grams at the seam
                t = rnd.choice(sentences)
                s = s[:rnd.randrange(1, len(s))] + t[rnd.randrange(len(t)):]
            r = rnd.random()
            if r < 0.08:
                s += rnd.choice(ENGLISH_WORDS)
            elif r < 0.12:
                s = f"{s[:-1]} {rnd.choice(ENGLISH_PHRASES)} {s[-1]}"
            parts.append(s)
            parts.append("\n\n" if rnd.random() < 0.15 else "")
            size += len(s.encode())
        title = rnd.choice(sentences).strip("。！？ \n")[:30]
        day = rnd.randrange(735000, 739000)
        published = time.strftime("%Y-%m-%d", time.gmtime((day - 719163) * 86400))
        if rnd.random() < 0.5:
            published += f"T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00+08:00"
        yield title, "".join(parts), published, rnd.choice(SOURCES), rnd.random() < 0.05


def build(db: Path | str, n: int, seed: int, warc_dir: Path | None = None) -> tuple[float, int]:
    """Write n articles through ArchiveStore; return (seconds, text bytes)."""
    text_bytes = 0
    started = time.perf_counter()
    with ArchiveStore(db, warc_dir=warc_dir) as store:
        runs = {s: store.start_run(s) for s in SOURCES}
        for i, (title, text, published, source, hijacked) in enumerate(generate(n, seed), 1):
            url = f"https://www.{source}.edu.cn/info/{i // 1000}/{i}.htm"
            html = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>"
            page = FetchedPage(source, url, url, 200, [("Content-Type", "text/html; charset=utf-8")],
                               html.encode(), "2026-01-01T00:00:00+00:00")
            article = Article(url=url, language="zh", title=title, published=published, text=text, hijacked=hijacked)
            store.record_page(runs[source], source, page, article)
            text_bytes += len(title.encode()) + len(text.encode())
            if i % 10000 == 0:
                print(f"  built {i:,} articles ({i / (time.perf_counter() - started):.0f}/s)", flush=True)
        for run_id in runs.values():
            store.finish_run(run_id, "ok", RunCounts())
    return time.perf_counter() - started, text_bytes


@dataclass
class Query:
    kind: str
    text: str                       # what the user types
    like: list[str]                 # one LIKE substring per AND-ed term
    check: list[re.Pattern] | None  # whole-word re-check of LIKE's candidates (English), else None


def _word_regex(words: str) -> re.Pattern:
    """English words as our index matches them: whole words, any non-word gap between them."""
    body = r"[\W_]+".join(re.escape(w) for w in words.split())
    return re.compile(rf"(?<![^\W_{HAN}]){body}(?![^\W_{HAN}])", re.IGNORECASE)


def make_queries(conn, count: int, seed: int) -> list[Query]:
    """count queries in QUERY_MIX proportions, drawn from the archive's own text (frequent words
    come up as often as they occur: these are the expensive ones)."""
    rnd = random.Random(seed + 1)
    max_id = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    jieba.setLogLevel(60)
    wanted = {k: round(m * count / 200) for k, m in QUERY_MIX}
    queries: list[Query] = []
    seen = set()
    while any(wanted.values()):
        text = conn.execute("SELECT text FROM articles WHERE id=?", (rnd.randint(1, max_id),)).fetchone()[0]
        start = rnd.randrange(max(1, len(text) - 200))
        words = [w for w in jieba.lcut(text[start:start + 200])]
        kind = rnd.choice([k for k, v in wanted.items() if v])
        q = None
        if kind.startswith("zh"):
            size = int(kind[2])
            cands = [w for w in words if len(w) == size and HAN_WORD.fullmatch(w)]
            if cands:
                w = rnd.choice(cands)
                q = Query(kind, w, [w], None)
        elif kind == "en":
            w = rnd.choice(ENGLISH_WORDS + ENGLISH_PHRASES[:0])
            w = w.lower() if rnd.random() < 0.5 else w.upper()
            q = Query(kind, w, [w], [_word_regex(w)])
        elif kind == "phrase":
            pairs = [(a, b) for a, b in zip(words, words[1:])
                     if len(a) >= 2 and len(b) >= 2 and HAN_WORD.fullmatch(a) and HAN_WORD.fullmatch(b)]
            if rnd.random() < 0.2:
                p = rnd.choice(ENGLISH_PHRASES).lower()
                q = Query(kind, f'"{p}"', [p], [_word_regex(p)])
            elif pairs:
                a, b = rnd.choice(pairs)
                q = Query(kind, f'"{a} {b}"', [a + b], None)
        else:  # mixed: a Chinese word and an English word, anywhere in the article
            cands = [w for w in words if len(w) >= 2 and HAN_WORD.fullmatch(w)]
            if cands:
                w, e = rnd.choice(cands), rnd.choice(ENGLISH_WORDS)
                q = Query(kind, f"{w} {e}", [w, e], [re.compile(re.escape(w)), _word_regex(e)])
        if q and q.text not in seen:
            seen.add(q.text)
            queries.append(q)
            wanted[kind] -= 1
    return queries


def like_scan(conn, q: Query) -> tuple[float, set[int]]:
    """Time the LIKE scan; then apply the whole-word re-check (untimed) where one is needed."""
    where = " AND ".join("(title LIKE ? OR text LIKE ?)" for _ in q.like)
    args = [a for w in q.like for a in (f"%{w}%", f"%{w}%")]
    started = time.perf_counter()
    ids = [r[0] for r in conn.execute(f"SELECT id FROM articles WHERE {where}", args)]
    elapsed = time.perf_counter() - started
    if q.check:
        keep = set()
        for i in ids:
            title, text = conn.execute("SELECT title, text FROM articles WHERE id=?", (i,)).fetchone()
            doc = highlight_fold(f"{title or ''}\n{text}")
            if all(p.search(doc) for p in q.check):
                keep.add(i)
        return elapsed, keep
    return elapsed, set(ids)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def sizes(conn) -> tuple[int, int]:
    """(bytes of article text, bytes of the SQLite search index) of an archive."""
    text = conn.execute("SELECT sum(length(CAST(title AS BLOB)) + length(CAST(text AS BLOB))) FROM articles").fetchone()[0]
    index = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%' "
                         "OR name = 'articles_search_filters'").fetchone()[0]
    return text, index


def by_kind(queries: list[Query], got: dict, expected: dict) -> Iterator[tuple[str, list[int], int, int, int]]:
    """Per query kind: (kind, the queries' indices, true hits, expected hits, hits returned)."""
    for kind, _ in QUERY_MIX:
        idx = [i for i, q in enumerate(queries) if q.kind == kind]
        if idx:
            yield (kind, idx, sum(len(got[queries[i].text] & expected[queries[i].text]) for i in idx),
                   sum(len(expected[queries[i].text]) for i in idx), sum(len(got[queries[i].text]) for i in idx))


def differences(queries: list[Query], got: dict, expected: dict) -> list[tuple[str, int, int]]:
    """(query, hits missed, hits extra) of the queries whose results differ from the scan's."""
    return [(q.text, len(expected[q.text] - got[q.text]), len(got[q.text] - expected[q.text]))
            for q in queries if expected[q.text] != got[q.text]]


def _summary(name: str, queries: list[Query], times: list[float], got: dict, expected: dict) -> float:
    """Print the per-kind table of one backend; return its recall over every query."""
    print(f"{name}:")
    print(f"  {'kind':<7} {'n':>3} {'recall':>7} {'precision':>9} {'p50_ms':>7} {'p95_ms':>7}")
    tp_all = want_all = 0
    for kind, idx, tp, want, have in by_kind(queries, got, expected):
        tp_all, want_all = tp_all + tp, want_all + want
        print(f"  {kind:<7} {len(idx):>3} {tp / want if want else 1:>7.4f} {tp / have if have else 1:>9.4f} "
              f"{percentile([times[i] for i in idx], 50):>7.1f} {percentile([times[i] for i in idx], 95):>7.1f}")
    misses = differences(queries, got, expected)
    slowest = sorted(range(len(queries)), key=lambda i: -times[i])[:5]
    print("  slowest:", ", ".join(f"{queries[i].text} {times[i]:.0f} ms" for i in slowest))
    if misses:
        print("  queries whose results differ from the scan (query, missed, extra):", misses[:10])
    print(f"  all {len(queries)}: p50_ms={percentile(times, 50):.1f} p95_ms={percentile(times, 95):.1f} "
          f"max_ms={max(times):.1f} mean_ms={statistics.mean(times):.1f}")
    return tp_all / want_all if want_all else 1.0


def _fill_postgres(args, db: Path, url: str, warc: Path, stack) -> None:
    """The write path's rate on PostgreSQL, measured on ``--ingest-sample`` articles into a scratch
    database; then the archive itself, moved over by `newsvault archive copy` (the way an embedded
    archive grows into a PostgreSQL one, and a tenth of the time the write path would take here)."""
    from archive.copy import copy_archive
    from archive.db import connect as connect_any
    from archive.db import open_raw
    from demo.servers import LocalPostgres

    if args.ingest_sample:
        scratch = stack.enter_context(LocalPostgres(settings=PG_SETTINGS)).url()
        print(f"ingest sample: {args.ingest_sample:,} articles through ArchiveStore.record_page …", flush=True)
        seconds, _ = build(scratch, args.ingest_sample, args.seed, warc)
        print(f"build: backend=postgresql articles={args.ingest_sample} seconds={seconds:.1f} "
              f"rate={args.ingest_sample / seconds:.0f} articles/s (the same write path as SQLite's build)", flush=True)
    print(f"copying the {args.articles:,}-article archive into PostgreSQL (newsvault archive copy) …", flush=True)
    started = time.perf_counter()
    with connect_any(db, readonly=True) as src, open_raw(url) as dst:
        with ArchiveStore(url, warc_dir=warc):  # migrated
            pass
        shown = [0.0]

        def progress(table: str, done: int, total: int, rate: float) -> None:
            if table == "articles" and (done == total or time.perf_counter() - shown[0] > 60):
                shown[0] = time.perf_counter()
                print(f"  articles: {done:,}/{total:,} ({rate:.0f}/s)", flush=True)

        copy_archive(src, dst, str(db), warc, progress)
    seconds = time.perf_counter() - started
    print(f"copy: backend=postgresql articles={args.articles} seconds={seconds:.1f} "
          f"rate={args.articles / seconds:.0f} articles/s (archive copy: every table, indexed, verified)", flush=True)


def compare_postgres(args, db: Path, workdir: Path) -> None:
    """The same archive in PostgreSQL, the same queries on both backends, the scan as truth."""
    from contextlib import ExitStack

    from archive.backend import set_warc_dir
    from archive.postgres import connect_direct
    from archive.search import match_ids, open_archive
    from demo.servers import LocalPostgres

    with ExitStack() as stack:
        url = args.postgres_url or stack.enter_context(LocalPostgres(settings=PG_SETTINGS)).url()
        warc = workdir / "pg-warc"
        set_warc_dir(warc)
        admin = connect_direct(url)
        have = 0
        if admin.execute("SELECT to_regclass('articles') IS NOT NULL").fetchone()[0]:
            have = admin.execute("SELECT count(*) FROM articles").fetchone()[0]
        if have != args.articles:
            if have:
                sys.exit(f"bench/search.py: {url} holds {have} articles, not {args.articles}: give an empty database")
            _fill_postgres(args, db, url, warc, stack)
        # Autovacuum does this on a live archive (insert-heavy tables are vacuumed since PostgreSQL
        # 13); a bench that queries right after its bulk load does it at once.
        admin.raw.execute("VACUUM ANALYZE")
        pg_index = admin.execute("SELECT pg_total_relation_size('articles_fts') "
                                 "+ pg_relation_size('articles_search_filters')").fetchone()[0]
        admin.close()
        lite = connect(db, readonly=True)
        text_bytes, fts = sizes(lite)
        print(f"index: sqlite_mb={fts / 1e6:.1f} postgresql_mb={pg_index / 1e6:.1f} text_mb={text_bytes / 1e6:.1f}")
        pg = stack.enter_context(open_archive(url))
        queries = make_queries(lite, args.queries, args.seed)
        for q in queries:  # warm both the way a running archive is warm
            search(lite, q.text)
            search(pg, q.text)
        times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
        got: dict[str, dict[str, set[int]]] = {"sqlite": {}, "postgresql": {}}
        for q in queries:
            for name, conn in (("sqlite", lite), ("postgresql", pg)):
                started = time.perf_counter()
                result = search(conn, q.text, limit=20)
                times[name].append((time.perf_counter() - started) * 1000)
                assert len(result.hits) == min(20, result.total)
                got[name][q.text] = set(match_ids(conn, q.text))
        expected = {}
        for i, q in enumerate(queries, 1):
            expected[q.text] = like_scan(lite, q)[1]
            if i % 50 == 0:
                print(f"  LIKE scans: {i}/{len(queries)}", flush=True)
        lite_recall = _summary("sqlite", queries, times["sqlite"], got["sqlite"], expected)
        pg_recall = _summary("postgresql", queries, times["postgresql"], got["postgresql"], expected)
        same = sum(got["sqlite"][q.text] == got["postgresql"][q.text] for q in queries)
        print(f"same matches on both backends: {same}/{len(queries)} queries; sqlite recall={lite_recall:.4f}")
        lite.close()
        p = times["postgresql"]
        print(f"search: backend=postgresql articles={args.articles} recall={pg_recall:.4f} "
              f"p50_ms={percentile(p, 50):.1f} p95_ms={percentile(p, 95):.1f} "
              f"sqlite_p95_ms={percentile(times['sqlite'], 95):.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, help="where to build the archive (default: a temp dir, removed after)")
    ap.add_argument("--keep", action="store_true", help="keep the archive, and reuse it if it is there")
    ap.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                    help="postgresql: also build the archive in PostgreSQL and compare both")
    ap.add_argument("--postgres-url", help="an existing PostgreSQL database to use (kept; reused when it holds "
                                           "the archive already) instead of a throwaway server")
    ap.add_argument("--ingest-sample", type=int, default=5000,
                    help="articles written through the write path into PostgreSQL to measure its ingest rate "
                         "(the compared archive itself is moved over by archive copy)")
    args = ap.parse_args()

    from archive.search import match_ids

    temp = None if args.dir else Path(tempfile.mkdtemp(prefix="newsvault-bench-search-"))
    workdir = args.dir or temp
    workdir.mkdir(parents=True, exist_ok=True)
    db = workdir / f"search-{args.articles}-{args.seed}.db"
    try:
        if not (args.keep and db.exists()):
            for f in workdir.glob(db.name + "*"):
                f.unlink()
            print(f"building {args.articles:,} articles in {db} …", flush=True)
            seconds, text_bytes = build(db, args.articles, args.seed)
            rate = args.articles / seconds
            print(f"build: articles={args.articles} text_mb={text_bytes / 1e6:.1f} seconds={seconds:.1f} "
                  f"rate={rate:.0f} articles/s (ArchiveStore.record_page: capture + article + version + index)")
        if args.backend == "postgresql":
            compare_postgres(args, db, workdir)
            return
        conn = connect(db, readonly=True)
        text_bytes, fts = sizes(conn)
        print(f"index: fts_mb={fts / 1e6:.1f} text_mb={text_bytes / 1e6:.1f} index/text={fts / text_bytes:.2f}")

        queries = make_queries(conn, args.queries, args.seed)
        for q in queries:  # warm the OS cache the way a running archive is warm
            search(conn, q.text)
        ours, like, expected, got = [], [], {}, {}
        for q in queries:
            started = time.perf_counter()
            result = search(conn, q.text, limit=20)
            ours.append((time.perf_counter() - started) * 1000)
            assert len(result.hits) == min(20, result.total)
            got[q.text] = set(match_ids(conn, q.text))
        print(f"ours: {len(queries)} queries timed", flush=True)
        for i, q in enumerate(queries, 1):
            elapsed, truth = like_scan(conn, q)
            like.append(elapsed * 1000)
            expected[q.text] = truth
            if i % 50 == 0:
                print(f"  LIKE scans: {i}/{len(queries)}", flush=True)

        print(f"{'kind':<7} {'n':>3} {'recall':>7} {'precision':>9} {'p50_ms':>7} {'p95_ms':>7} {'like_p50':>9}")
        recall_rows = {}
        for kind, idx, tp, want, have in by_kind(queries, got, expected):
            recall_rows[kind] = (tp, want, have)
            print(f"{kind:<7} {len(idx):>3} {tp / want if want else 1:>7.4f} {tp / have if have else 1:>9.4f} "
                  f"{percentile([ours[i] for i in idx], 50):>7.1f} {percentile([ours[i] for i in idx], 95):>7.1f} "
                  f"{percentile([like[i] for i in idx], 50):>9.1f}")
        zh = [v for k, v in recall_rows.items() if k.startswith("zh") or k == "phrase"]
        zh_recall = sum(v[0] for v in zh) / max(1, sum(v[1] for v in zh))
        tp, want = sum(v[0] for v in recall_rows.values()), sum(v[1] for v in recall_rows.values())
        misses = differences(queries, got, expected)
        slowest = sorted(range(len(queries)), key=lambda i: -ours[i])[:5]
        print("slowest:", ", ".join(f"{queries[i].text} {ours[i]:.0f} ms" for i in slowest))
        if misses:
            print("queries whose results differ from the scan (query, missed, extra):", misses[:10])
        p50, p95, like_p50 = percentile(ours, 50), percentile(ours, 95), percentile(like, 50)
        print(f"all    {len(queries):>3}  ours p50_ms={p50:.1f} p95_ms={p95:.1f} max_ms={max(ours):.1f}  "
              f"like p50_ms={like_p50:.1f} p95_ms={percentile(like, 95):.1f}")
        print(f"targets: chinese_recall={zh_recall:.4f} (>= 0.99) p95_ms={p95:.1f} (<= 50) "
              f"speedup={like_p50 / p50:.0f} (>= 50); ours mean_ms={statistics.mean(ours):.1f}")
        print(f"search: articles={args.articles} recall={tp / want:.4f} p50_ms={p50:.1f} p95_ms={p95:.1f} "
              f"like_p50_ms={like_p50:.1f} speedup={like_p50 / p50:.0f}")
        conn.close()
    finally:
        if temp and not args.keep:
            shutil.rmtree(temp, ignore_errors=True)
        elif not args.keep:
            for f in workdir.glob(db.name + "*"):
                f.unlink()


if __name__ == "__main__":
    main()
