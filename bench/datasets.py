"""Build the public extraction datasets of $NEWSVAULT_DATA/extract/dev-* from git snapshots.

Each set comes from one public repository, read from a bare git directory with ``git show`` and
``git ls-tree`` (no network, no work tree): the ``fetch`` tool of a session places them under
/work/.mirror/<owner>+<name>/repo. Every set is written in the layout bench/extract.py reads:

  <out>/<set>/html/<id>.html   the page bytes as the repository holds them (gzip undone)
  <out>/<set>/truth.jsonl      id, url, title, date, source, author, text, lang (null where unknown),
                               hijacked false, and a few fields of the set's own (see its SOURCE.txt)
  <out>/<set>/SOURCE.txt       origin (repository, commit), licence, what the truth holds, how it was converted

One small function per set turns a repository into pages; SETS names the repository and licence.
Pages already in ../shared/corpus (real-cwced, real-magichtml) are left out of the sets of the same
origin, so no page is scored twice.

    .venv/bin/python bench/datasets.py --mirror /work/.mirror --out /work/data/extract
    .venv/bin/python bench/datasets.py --mirror /work/.mirror --out /work/data/extract --only dev-aeb

A set whose repository is absent under --mirror is skipped with a note (fetch it first). A set is
built in a scratch folder and replaces the old one only when complete.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import html as html_lib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


class Git:
    """Read-only access to one commit of a bare git directory."""

    def __init__(self, git_dir: Path, rev: str = "HEAD") -> None:
        self.git_dir = git_dir
        self.commit = self._run("rev-parse", rev).decode().strip()
        self.date = self._run("show", "-s", "--format=%cs", self.commit).decode().strip()

    def _run(self, *args: str) -> bytes:
        return subprocess.run(["git", f"--git-dir={self.git_dir}", *args], check=True,
                              capture_output=True).stdout

    def ls(self, folder: str) -> list[str]:
        """Paths of the files under a folder (recursive), as stored."""
        out = self._run("-c", "core.quotePath=false", "ls-tree", "-r", "-z", "--name-only", self.commit,
                        folder.rstrip("/") + "/")
        return [p for p in out.decode("utf-8").split("\0") if p]

    def read(self, path: str) -> bytes:
        return self._run("show", f"{self.commit}:{path}")

    def text(self, path: str) -> str:
        return self.read(path).decode("utf-8")

    def json(self, path: str):
        return json.loads(self.read(path))


@dataclass
class Page:
    id: str
    html: bytes
    text: str
    url: str | None = None
    title: str | None = None
    date: str | None = None
    author: str | None = None
    source: str | None = None
    lang: str | None = None
    extra: dict = field(default_factory=dict)

    def truth(self) -> dict:
        row = {"id": self.id, "url": self.url, "title": self.title, "date": self.date, "source": self.source,
               "author": self.author, "text": self.text, "lang": self.lang, "hijacked": False}
        row.update(self.extra)
        return row


@dataclass
class Context:
    """What a set function may need besides its repository."""

    shared: Path | None  # ../shared, for the ids already in shared/corpus

    def shared_ids(self, corpus: str) -> set[str]:
        """Ids of a shared corpus; refuses to go on without it (its pages would be counted twice)."""
        truth = self.shared / "corpus" / corpus / "truth.jsonl" if self.shared else None
        if truth is None or not truth.is_file():
            raise SystemExit(f"{corpus}: {truth} not found; pass --shared (or NEWSVAULT_SHARED) so that its "
                             "pages are left out of this set")
        with truth.open(encoding="utf-8") as f:
            return {json.loads(line)["id"] for line in f if line.strip()}


# Language by script, for sets whose truth does not say: the share of Han/kana/Hangul/Arabic/Cyrillic
# letters among all letters. 0.3 keeps a Chinese page with English names and units Chinese, and an
# English page quoting a Chinese name English (magic-html's 53 Chinese pages, as counted in
# ../shared/corpus/real-magichtml/SOURCE.txt, come out 53 with it).
SCRIPT_SHARE = 0.3
_SCRIPTS = (("ja", re.compile(r"[\u3040-\u30ff]")), ("ko", re.compile(r"[\uac00-\ud7af]")),
            ("zh", re.compile(r"[\u4e00-\u9fff]")), ("ar", re.compile(r"[\u0600-\u06ff]")),
            ("ru", re.compile(r"[\u0400-\u04ff]")), ("hi", re.compile(r"[\u0900-\u097f]")))


def script_lang(text: str) -> str | None:
    """zh/ja/ko/ar/ru/hi by the letters a text is written in; None for Latin script (language unknown)."""
    letters = sum(1 for ch in text if ch.isalpha()) or 1
    counts = {lang: len(rx.findall(text)) for lang, rx in _SCRIPTS}
    if counts["ja"] >= 0.05 * letters and counts["ja"] + counts["zh"] >= SCRIPT_SHARE * letters:
        return "ja"  # kana beside kanji
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= SCRIPT_SHARE * letters else None


def iso_date(raw: str) -> str | None:
    """'2005-5-7 21:23:57' -> '2005-05-07T21:23:57', '1998-3' -> '1998-03', '2018' -> '2018'; else None."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?", raw.strip())
    if not m:
        return None
    y, mo, d, h, mi, s = m.groups()
    out = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if d else "")
    if h:
        out += f"T{int(h):02d}:{mi}" + (f":{s}" if s else "")
    return out


def _meta_url(html: bytes) -> str | None:
    """The page's own address: a CleanEval wrapper id, else canonical, og:url or <meta name=Url>."""
    head = html[:200_000].decode("utf-8", "replace")
    patterns = (r'<text id="([^"]+)"', r'<link[^>]+rel=["\']canonical["\'][^>]+href=["\']([^"\']+)',
                r'<link[^>]+href=["\']([^"\']+)["\'][^>]+rel=["\']canonical',
                r'<meta[^>]+property=["\']og:url["\'][^>]+content=["\']([^"\']+)',
                r'<meta[^>]+name=["\']Url["\'][^>]+content=["\']([^"\']+)')
    for pattern in patterns:
        m = re.search(pattern, head, re.I)
        if m and m.group(1).startswith(("http", "//")):
            return ("https:" if m.group(1).startswith("//") else "") + m.group(1)
    return None


def aeb(git: Git, ctx: Context) -> Iterator[Page]:
    """Scrapinghub's article-extraction-benchmark: html/<id>.html.gz + ground-truth.json {id: {url, articleBody}}."""
    truth = git.json("ground-truth.json")
    for key, t in sorted(truth.items()):
        yield Page(key, gzip.decompress(git.read(f"html/{key}.html.gz")), t["articleBody"], url=t.get("url"),
                   lang="en")


def cwced(git: Git, ctx: Context) -> Iterator[Page]:
    """CWCED: original/<uuid>.html, cleaned/<uuid>.txt (text), date/ and author/<uuid>.txt ('UNKNOWN' = none);
    the pages of ../shared/corpus/real-cwced left out."""
    taken = ctx.shared_ids("real-cwced")
    for path in git.ls("original"):
        key = Path(path).stem
        if key in taken:
            continue
        html = git.read(path)
        date_raw = git.text(f"date/{key}.txt").strip()
        author_raw = git.text(f"author/{key}.txt").strip()
        author = None if author_raw.upper() in ("UNKNOWN", "UNKNWON", "") else author_raw
        yield Page(key, html, git.text(f"cleaned/{key}.txt"), url=_meta_url(html), date=iso_date(date_raw),
                   author=author, lang="zh",
                   extra={"date_raw": date_raw or None, "cleaneval_page": html.lstrip().startswith(b"<text id=")})


def magichtml(git: Git, ctx: Context) -> Iterator[Page]:
    """magic-html's article benchmark: benchmark/data/article/base.json {id: {url, content}} + htmls/<id>.html;
    its Chinese pages, those of ../shared/corpus/real-magichtml left out."""
    taken = ctx.shared_ids("real-magichtml")
    base = "benchmark/data/article"
    for key, t in sorted(git.json(f"{base}/base.json").items()):
        lang = script_lang(t["content"])
        if key in taken or lang != "zh":
            continue
        yield Page(key, git.read(f"{base}/htmls/{key}.html"), t["content"], url=t.get("url"), lang=lang,
                   extra={"remark": t.get("remark")})


def _safe_id(name: str) -> str:
    """A file name as an id that is a plain path on every system (trafilatura's has spaces and quotes)."""
    stem = name[:-5] if name.endswith(".html") else name
    return re.sub(r"[^\w.-]+", "_", stem).strip("_")


def trafilatura_eval(git: Git, ctx: Context) -> Iterator[Page]:
    """trafilatura's evaluation pages: tests/evaldata.json {url: {file, with, without, title, date, author}} and
    tests/eval/<file> (or tests/cache/<file>). Truth text is partial: the "with" snippets, one a line."""
    files = {Path(p).name: p for folder in ("tests/cache", "tests/eval") for p in git.ls(folder)}
    seen: set[str] = set()
    for url, t in git.json("tests/evaldata.json").items():
        path = files.get(t["file"])
        if path is None or not t.get("with"):
            continue
        key = _safe_id(t["file"])
        if key in seen:
            raise SystemExit(f"trafilatura: two files map to the id {key}")
        seen.add(key)
        yield Page(key, git.read(path), "\n".join(t["with"]), url=url, title=t.get("title") or None,
                   date=t.get("date") or None, author=t.get("author") or None,
                   lang=script_lang(" ".join(t["with"])),
                   extra={"text_partial": True, "must_exclude": t.get("without") or [], "file": t["file"]})


def _version_key(name: str) -> tuple[int, ...]:
    """'V1_2' -> (1, 2): fundus's parser versions in the order they were valid."""
    return tuple(int(x) for x in re.findall(r"\d+", name))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", html_lib.unescape(text)).strip().lower()


def fundus(git: Git, ctx: Context) -> Iterator[Page]:
    """fundus's parser test pages: tests/resources/parser/test_data/<country>/<Publisher>_<YYYY_MM_DD>.html.gz,
    <Publisher>.json {parser version: {title, authors, publishing_date, body}} and meta.info {file: {url}}.
    A publisher's versions pair with its pages in date order (a page's parser is the version valid on its
    crawl date); a pair whose page does not hold the version's title is left out."""
    root = "tests/resources/parser/test_data"
    paths = git.ls(root)
    for truth_path in sorted(p for p in paths if p.endswith(".json")):
        folder, publisher = truth_path.rsplit("/", 1)[0], Path(truth_path).stem
        pages = sorted(p for p in paths if p.startswith(f"{folder}/{publisher}_") and p.endswith(".html.gz")
                       and re.fullmatch(r"\d{4}_\d{2}_\d{2}", Path(p).name[len(publisher) + 1:-8]))
        versions = git.json(truth_path)
        meta = git.json(f"{folder}/meta.info") if f"{folder}/meta.info" in paths else {}
        if len(pages) != len(versions):
            print(f"fundus: {publisher}: {len(pages)} pages for {len(versions)} versions, left out", file=sys.stderr)
            continue
        for page_path, version in zip(pages, sorted(versions, key=_version_key)):
            t = versions[version]
            html = gzip.decompress(git.read(page_path))
            body = t.get("body") or {}
            lines = list(body.get("summary") or [])
            for section in body.get("sections") or []:
                lines += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
            title = t.get("title") or None
            if title and _squash(title)[:40] not in _squash(html.decode("utf-8", "replace")):
                print(f"fundus: {Path(page_path).name}: the page does not hold the title of {version}, left out",
                      file=sys.stderr)
                continue
            name = Path(page_path).name
            yield Page(name[:-8], html, "\n".join(lines), url=(meta.get(name) or {}).get("url"), title=title,
                       date=(t.get("publishing_date") or "").replace(" ", "T", 1) or None, author="; ".join(t.get("authors") or []) or None,
                       lang=script_lang(" ".join(lines)),
                       extra={"publisher": publisher, "country": folder.rsplit("/", 1)[1], "parser_version": version,
                              "summary": body.get("summary") or []})


# A JavaScript/Kotlin string literal ('...', "...", `...`), possibly several joined with +.
_LITERAL = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`)"""
_JOINED = rf"({_LITERAL}(?:\s*\+\s*{_LITERAL})*)"


def _literal(source: str) -> str:
    """The value of a (joined) literal matched by _JOINED: quotes off, the usual escapes undone."""
    parts = re.findall(_LITERAL, source)
    escapes = {"n": "\n", "t": "\t", "$": "$"}
    return "".join(re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), p[1:-1]) for p in parts)


def _assert_equal(block: str, field: str) -> str | None:
    """The expected value of assert.equal(<field>, <literal>) in a test block; None when absent or null."""
    m = re.search(rf"assert\.equal\(\s*{field},\s*(?:{_JOINED}|null)", block)
    return _literal(m.group(1)) if m and m.group(1) else None


def postlight(git: Git, ctx: Context) -> Iterator[Page]:
    """Postlight (Mercury) parser's custom-extractor tests: src/extractors/custom/<domain>/index.test.js reads
    ./fixtures/<file> for a url and asserts title, author, date_published and the first N words of the content.
    Each fixture read starts a test block, which runs to the next read; the blocks of one fixture are merged."""
    found: dict[str, dict] = {}
    for test in sorted(p for p in git.ls("src/extractors/custom") if p.endswith("index.test.js")):
        source = git.text(test)
        reads = list(re.finditer(r"readFileSync\(\s*'\./(fixtures/[^']+)'", source))
        for n, read in enumerate(reads):
            before = source[reads[n - 1].end() if n else 0:read.start()]
            block = source[read.end():reads[n + 1].start() if n + 1 < len(reads) else len(source)]
            urls = re.findall(rf"\burl\s*=\s*{_JOINED}", before)
            excerpt = re.search(rf"assert\.equal\(\s*(?:first\w*|text),\s*{_JOINED}", block)
            fields = {"text": _literal(excerpt.group(1)) if excerpt else None,
                      "url": _literal(urls[-1]) if urls else None, "title": _assert_equal(block, "title"),
                      "author": _assert_equal(block, "author"), "date": _assert_equal(block, "date_published"),
                      "dek": _assert_equal(block, "dek")}
            merged = found.setdefault(read.group(1), {})
            for k, v in fields.items():
                if merged.get(k) is None:
                    merged[k] = v
    for fixture, t in sorted(found.items()):
        if not t["text"]:
            continue
        yield Page(_safe_id(fixture.removeprefix("fixtures/")), git.read(fixture), t["text"], url=t["url"],
                   title=t["title"], author=t["author"], date=t["date"], lang=script_lang(t["text"]),
                   extra={"text_partial": True, "dek": t["dek"], "fixture": fixture})


def crux(git: Git, ctx: Context) -> Iterator[Page]:
    """crux's golden-file tests (GoldenFilesTest.kt, before crux dropped its article extractor in 2023):
    fromFile("<url>", "<file>") then assertStartsWith/assertContains("<text>", document?.text()) and
    assertEquals("<title>", title). Blocks of one file are merged."""
    source = git.text("src/test/kotlin/com/chimbori/crux/articles/GoldenFilesTest.kt")
    reads = list(re.finditer(r'(?:extractFromFile|fromFile)\(\s*"([^"]+)"(?:\.toHttpUrl\(\))?,\s*"([^"]+)"', source))
    found: dict[str, dict] = {}
    for n, read in enumerate(reads):
        block = source[read.end():reads[n + 1].start() if n + 1 < len(reads) else len(source)]
        page = found.setdefault(read.group(2), {"url": read.group(1), "lines": [], "title": None})
        for kind, value in re.findall(rf"assert(StartsWith|Contains)\(\s*{_JOINED},\s*(?:document|article)\?\.text\(\)",
                                      block):
            line = _literal(value)
            if line not in page["lines"]:
                page["lines"].insert(0, line) if kind == "StartsWith" else page["lines"].append(line)
        title = re.search(rf"assertEquals\(\s*{_JOINED},\s*(?:title|metadata\[TITLE\])\s*\)", block)
        if title and page["title"] is None:
            page["title"] = _literal(title.group(1))
    for name, t in sorted(found.items()):
        if not t["lines"]:
            continue
        yield Page(_safe_id(name), git.read(f"test_data/{name}"), "\n".join(t["lines"]), url=t["url"],
                   title=t["title"], lang=script_lang(" ".join(t["lines"])), extra={"text_partial": True, "file": name})


@dataclass(frozen=True)
class DataSet:
    repo: str  # owner/name on GitHub
    build: Callable[[Git, Context], Iterator[Page]]
    licence: str
    about: str  # what the truth holds and how it was converted, for SOURCE.txt
    rev: str = "HEAD"  # the commit read, when the pages are gone from the newest one


SETS: dict[str, DataSet] = {
    "dev-aeb": DataSet(
        "scrapinghub/article-extraction-benchmark", aeb,
        "MIT (LICENSE, Copyright (c) 2020 Scrapinghub); the pages are third-party web pages",
        "181 English news/article pages (2019-2020). Truth: text (articleBody, by the benchmark's authors) and url;\n"
        "no title/date/author. html = html/<id>.html.gz un-gzipped, bytes untouched."),
    "dev-v1-cwced": DataSet(
        "immortal-autumn/Chinese-Web-Content-Extraction-Dataset", cwced,
        'MIT (LICENSE, "Copyright (c) 2022 Elwin"); the pages are third-party web pages',
        "The pages of CWCED (69, Chinese, hand-annotated) not in ../shared/corpus/real-cwced.\n"
        "Truth: text = cleaned/<uuid>.txt verbatim; date = date/<uuid>.txt as ISO (YYYY-MM-DD[THH:MM[:SS]],\n"
        "YYYY-MM or YYYY when only that is given; raw value in date_raw; UNKNOWN or not a date -> null);\n"
        "author = author/<uuid>.txt (UNKNOWN -> null); url = CleanEval wrapper id, canonical, og:url or\n"
        "<meta name=Url>. No title. cleaneval_page marks the CleanEval-2007 pages (GBK, hard-wrapped text).\n"
        "html = original/<uuid>.html byte for byte (GBK and UTF-8 both occur)."),
    "dev-v1-magichtml": DataSet(
        "opendatalab/magic-html", magichtml,
        "Apache-2.0 (repository LICENSE); the pages are third-party web pages",
        "The Chinese pages (script share, see script_lang) of magic-html's article benchmark (158 pages,\n"
        "annotated by the magic-html authors) not in ../shared/corpus/real-magichtml.\n"
        "Truth: text = base.json content verbatim (often starts with the headline; may hold a date line);\n"
        "url; remark as given. No title/date/author. html = benchmark/data/article/htmls/<id>.html byte for byte."),
    "dev-v2-trafilatura": DataSet(
        "adbar/trafilatura", trafilatura_eval,
        "Apache-2.0 (trafilatura's LICENSE; GPL-3.0+ before 1.8); the pages are third-party web pages",
        "trafilatura's evaluation pages (tests/evaldata.json with tests/eval/ and tests/cache/), mostly German,\n"
        "also English, French, Polish, Spanish and others. Truth is partial: text = the 'with' snippets (one a\n"
        "line; text_partial true: bench/extract.py scores them by trafilatura's snippet rule), must_exclude =\n"
        "the 'without' snippets; title/date/author where evaldata.json gives them. id = file name without\n"
        ".html, characters other than letters, digits, '.', '-' and '_' as '_' (file keeps the name).\n"
        "Pages without 'with' snippets or whose file is absent from the snapshot are left out."),
    "dev-v6-fundus": DataSet(
        "flairNLP/fundus", fundus,
        "MIT (LICENSE, Copyright (c) 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey...); the pages are\n"
        "           third-party news pages",
        "fundus's per-publisher parser test pages (mostly European languages, also English, Chinese, Japanese...).\n"
        "Truth is what fundus's hand-written parser for the publisher extracts, as checked into its tests:\n"
        "text = body summary, then each section's headline and paragraphs, one a line; title; date =\n"
        "publishing_date as given (ISO with offset); author = authors joined with '; '. The version of the\n"
        "publisher's parser is paired with the page of its period (date order); a page that does not hold the\n"
        "title is left out. html = <Publisher>_<date>.html.gz un-gzipped; url from meta.info."),
    "dev-v4-postlight": DataSet(
        "postlight/parser", postlight,
        "MIT or Apache-2.0 (LICENSE-MIT, LICENSE-APACHE); the pages are third-party web pages",
        "Postlight (Mercury) parser's custom-extractor test fixtures (fixtures/*.html), mostly English, some\n"
        "Japanese and German. Truth is what each extractor test asserts: text = the first N words of the\n"
        "content (excerptContent, usually 13; text_partial true, scored as one snippet); title, author and\n"
        "date (date_published, ISO in UTC) where asserted (assert.equal(field, null) -> null); dek kept. A\n"
        "fixture read whose test asserts no content excerpt is left out. id = fixture path without\n"
        "fixtures/ and .html."),
    "dev-v7-crux": DataSet(
        "chimbori/crux", crux,
        "Apache-2.0 (crux's LICENSE); the pages are third-party web pages",
        "crux's golden-file test pages (test_data/*.html), mostly English, read at the last commit that has\n"
        "them (crux removed its article extractor and these tests on 2023-07-15). Truth is what the tests\n"
        "assert: text = the asserted start of the article text, then the passages it must contain, one a\n"
        "line (text_partial true, scored as snippets); title as crux's title (often the whole <title>, site\n"
        "name included). No date/author. Files whose tests assert no article text are left out.",
        rev="4aa31ad9b6ce3c954edbda3e69be581fafb010f4"),
}


def mirror_dir(mirror: Path, repo: str) -> Path | None:
    """The bare git directory of owner/name under --mirror (fetch's owner+name/repo), or None."""
    base = mirror / repo.replace("/", "+")
    for candidate in (base / "repo", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    return None


def write_set(name: str, spec: DataSet, git: Git, ctx: Context, out: Path) -> int:
    """Build one set into out/<name>.part, then put it in place of out/<name>; returns its page count."""
    part = out / f"{name}.part"
    shutil.rmtree(part, ignore_errors=True)
    (part / "html").mkdir(parents=True)
    count = 0
    with (part / "truth.jsonl").open("w", encoding="utf-8") as f:
        for page in spec.build(git, ctx):
            (part / "html" / f"{page.id}.html").write_bytes(page.html)
            f.write(json.dumps(page.truth(), ensure_ascii=False) + "\n")
            count += 1
    (part / "SOURCE.txt").write_text(
        f"{name} - built by bench/datasets.py (newsvault)\n"
        f"Origin   : https://github.com/{spec.repo}\n"
        f"           commit {git.commit} ({git.date})\n"
        f"License  : {spec.licence}\n"
        f"Pages    : {count}\n"
        f"Rebuild  : bench/datasets.py --mirror <folder of fetched snapshots> --only {name}\n\n{spec.about}\n",
        encoding="utf-8")
    final = out / name
    shutil.rmtree(final, ignore_errors=True)
    part.rename(final)
    return count


def write_l3s_split(shared: Path | None, out: Path) -> None:
    """<out>/l3s-split.json for ../shared/corpus/real-l3s-en, unless one exists (it is a record, never redone).

    Both halves are spent (v1), so the held-out list is empty: bench/extract.py and bench/hijack.py then
    score none of it as held out. The dev list is the half bench/extract.py picks without this file (its
    site_group hash rule), so dev figures stay comparable; the other half is listed as spent_heldout_v1.
    The file lost in the machine reset held the original lists, which may differ."""
    target = out / "l3s-split.json"
    truth = shared / "corpus" / "real-l3s-en" / "truth.jsonl" if shared else None
    if target.exists() or truth is None or not truth.is_file():
        return
    with truth.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    groups = sorted({r.get("site_group") or r.get("site") or r["id"] for r in rows})
    dev = [g for g in groups if hashlib.sha1(g.encode()).digest()[0] % 2 == 0]  # bench/extract.py's rule
    spec = {"note": write_l3s_split.__doc__.split("\n\n")[1].replace("\n   ", "").strip(),
            "dev": dev, "heldout": [], "spent_heldout_v1": [g for g in groups if g not in set(dev)]}
    target.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"l3s-split.json: {len(dev)} site groups dev, {len(groups) - len(dev)} spent, none held out -> {target}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"),
                    help="folder holding <owner>+<name>/repo bare git directories (default /work/.mirror)")
    ap.add_argument("--out", type=Path,
                    default=Path(os.environ.get("NEWSVAULT_DATA", "/work/data")) / "extract",
                    help="where the sets go (default $NEWSVAULT_DATA/extract)")
    ap.add_argument("--shared", type=Path,
                    default=Path(os.environ.get("NEWSVAULT_SHARED", REPO.parent / "shared")),
                    help="the shared folder, for the ids already in shared/corpus (default NEWSVAULT_SHARED or "
                         "../shared)")
    ap.add_argument("--only", help="comma-separated set names (default: all): " + ", ".join(SETS))
    args = ap.parse_args(argv)
    names = args.only.split(",") if args.only else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        ap.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(SETS)}")
    if any(n.startswith("heldout") for n in names):
        ap.error("this builds development sets only")
    args.out.mkdir(parents=True, exist_ok=True)
    ctx = Context(args.shared if args.shared.is_dir() else None)
    write_l3s_split(ctx.shared, args.out)
    missing = 0
    for name in names:
        spec = SETS[name]
        git_dir = mirror_dir(args.mirror, spec.repo)
        if git_dir is None:
            print(f"{name}: no git snapshot of {spec.repo} under {args.mirror} (fetch github:{spec.repo}), skipped",
                  file=sys.stderr)
            missing += 1
            continue
        count = write_set(name, spec, Git(git_dir, spec.rev), ctx, args.out)
        print(f"{name}: {count} pages from {spec.repo} -> {args.out / name}")
    return 1 if missing == len(names) else 0


if __name__ == "__main__":
    sys.exit(main())
