#!/usr/bin/env python3
"""Build the v34 extraction set from a git snapshot of wwwxmu/Dataset-for-web-main-content-extraction.

The repository (Xiamen University, 2019; "基于XGBoost的新闻网页内容抽取方法数据集") holds 1,093 Chinese financial
news pages from ten portals, collected 2016-2018: source_html/<site>/<n>.html (the page, stored as UTF-8) and
label_content/<site>/<n>.txt (the hand-labelled article text, one paragraph per line).

    python3 convert.py --repo /work/.mirror/wwwxmu+Dataset-for-web-main-content-extraction/repo/.git \
        --out /work/data/extract/dev-v34-xmunews [--per-site 10]

Reads the bare repository with `git` only (no network), standard library only, deterministic (byte-identical
output on re-run). Writes <out>/html/<id>.html, <out>/truth.jsonl and <out>/SOURCE.txt.

Selection, per site folder (sorted by page number): pages with both files whose label
  - has no U+FFFD, >= 150 characters and >= 2 lines of >= 8 characters;
  - has its lines (>= 8 characters, whitespace removed) found in the page's visible text for >= 95 % of their
    characters (drops pages whose label belongs to another page, e.g. a stored "403 Forbidden");
  - is >= 85 % as long as the page text spanning its first to last found line (drops pages where the labellers
    skipped paragraphs in the middle; a skipped lead or tail is not detected);
  - differs from every earlier label of the same site.
Of the Q qualifying pages of a site the ones at index floor(i*Q/N), i = 0..N-1 are taken; ids xm34-001... in
site order, then page number.

U+FFFD left in a stored page (mis-decoded bytes in chrome such as one sidebar promo link on the hexun pages,
never in the labelled passages) is kept as it is.

Bytes: pages whose <meta> declares gb2312/gbk/gb18030 (hexun, people, 163) are stored by the repository as
UTF-8 under that declaration; they are written back as GB18030 bytes (the declared family, as the sites served
them); the text is unchanged (checked by a decode round trip). Other pages are written as stored.

Truth (fits /work/shared/tools/score.py):
  text   the label file: lines stripped, whitespace runs -> one space, empty lines dropped, joined by "\\n".
  title  not labelled by the dataset; set by rule only when the page shows it as its headline: the <h1>
         elements (comments, scripts removed) whose text is non-empty and contained in the page's <title>; when
         exactly one distinct such text exists it is the title (title_from "h1"), else null.
  url    the page's og:url or rel=canonical link (absolute http/https), else null.
  date, author, source: null (not labelled; a byline line kept by the labellers stays in `text`).
"""
import argparse
import hashlib
import html
import json
import os
import re
import subprocess

REPO_NAME = "wwwxmu/Dataset-for-web-main-content-extraction"
SITES = {  # folder -> host named in the repository's README
    "cjw": "economy.caijing.com.cn",
    "hexun": "news.hexun.com",
    "jjgc": "www.eeo.com.cn",
    "nbd": "www.nbd.com.cn",
    "people": "finance.people.com.cn",
    "qq": "new.qq.com",
    "sina": "finance.sina.com.cn",
    "wangyi": "money.163.com",
    "xinhua": "www.xinhuanet.com",
    "yicai": "www.yicai.com",
}
GB_LABELS = {"gb2312", "gbk", "gb18030", "x-gbk"}


def git(gd, *a):
    return subprocess.run(["git", "--git-dir", gd, *a], check=True, capture_output=True).stdout


def visible(s):
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = re.sub(r"<(script|style|textarea)\b.*?</\1\s*>", "", s, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def squash(s):
    return re.sub(r"\s+", "", s)


def one_line(s):
    return re.sub(r"\s+", " ", html.unescape(s)).strip()


def declared_charset(s):
    m = re.search(r"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", s[:8000], re.I)
    return m.group(1).lower() if m else None


def page_url(s):
    for pat in (r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)[\"']",
                r"<meta[^>]+content=[\"']([^\"']+)[\"'][^>]*property=[\"']og:url[\"']",
                r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)[\"']",
                r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical[\"']"):
        m = re.search(pat, s, re.I)
        if m:
            u = html.unescape(m.group(1)).strip()
            if re.match(r"https?://[^/\s]+", u):
                return u
    return None


def page_title(s):
    body = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    body = re.sub(r"<(script|style)\b.*?</\1\s*>", "", body, flags=re.S | re.I)
    m = re.search(r"<title[^>]*>(.*?)</title\s*>", body, re.S | re.I)
    if not m:
        return None
    head = squash(one_line(m.group(1)))
    found = []
    for h in re.findall(r"<h1\b[^>]*>(.*?)</h1\s*>", body, re.S | re.I):
        t = one_line(re.sub(r"<[^>]+>", "", h))
        if len(squash(t)) >= 4 and squash(t) in head and t not in found:
            found.append(t)
    return found[0] if len(found) == 1 else None


def label_text(raw):
    lines = [re.sub(r"\s+", " ", x).strip() for x in raw.replace("\r", "\n").split("\n")]
    return "\n".join(x for x in lines if x)


def coverage(text, vis):
    """(share of the label's long lines found in the page, their number, label length / length of the page span
    from the first to the last found line): the last is below 1 when the labellers skipped paragraphs."""
    parts = [squash(x) for x in text.split("\n")]
    parts = [x for x in parts if len(x) >= 8]
    tot = sum(len(x) for x in parts)
    found = [(vis.find(x), len(x)) for x in parts if x in vis]
    if not tot or not found:
        return 0.0, len(parts), 0.0
    span = max(p + n for p, n in found) - min(p for p, _ in found)
    return sum(n for _, n in found) / tot, len(parts), len(squash(text)) / max(span, 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", default="/work/.mirror/wwwxmu+Dataset-for-web-main-content-extraction/repo/.git")
    ap.add_argument("--out", default="/work/data/extract/dev-v34-xmunews")
    ap.add_argument("--per-site", type=int, default=10)
    a = ap.parse_args()
    gd = a.repo
    commit = git(gd, "rev-parse", "HEAD").decode().strip()
    names = set(git(gd, "ls-tree", "-r", "--name-only", "HEAD").decode().split("\n"))
    picked, counts = [], {}
    for site in sorted(SITES):
        nums = sorted(int(m.group(1)) for n in names
                      for m in [re.match(r"label_content/%s/(\d+)\.txt$" % site, n)] if m
                      and "source_html/%s/%s.html" % (site, m.group(1)) in names)
        qual, seen = [], set()
        for num in nums:
            hb = git(gd, "show", "HEAD:source_html/%s/%d.html" % (site, num))
            try:
                hs = hb.decode("utf-8")
                text = label_text(git(gd, "show", "HEAD:label_content/%s/%d.txt" % (site, num)).decode("utf-8-sig"))
            except UnicodeDecodeError:
                continue
            if "\ufffd" in text or len(text) < 150:
                continue
            cov, nlines, dense = coverage(text, squash(visible(hs)))
            if nlines < 2 or cov < 0.95 or dense < 0.85:
                continue
            if text in seen:
                continue
            seen.add(text)
            qual.append((num, hb, hs, text, cov))
        q = len(qual)
        idx = sorted({(i * q) // a.per_site for i in range(min(a.per_site, q))})
        counts[site] = (len(nums), q, len(idx))
        picked.extend((site,) + qual[i] for i in idx)

    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    for f in os.listdir(os.path.join(a.out, "html")):
        os.remove(os.path.join(a.out, "html", f))
    rows, enc_count = [], {}
    for k, (site, num, hb, hs, text, cov) in enumerate(picked, 1):
        pid = "xm34-%03d" % k
        cs = declared_charset(hs)
        if cs in GB_LABELS:
            out = hs.encode("gb18030")
            assert out.decode("gb18030") == hs
            enc, note = "gb18030", "re-encoded from the repository's UTF-8 copy to GB18030 (page declares %s)" % cs
        else:
            out, enc, note = hb, "utf-8", "as stored"
        enc_count[enc] = enc_count.get(enc, 0) + 1
        with open(os.path.join(a.out, "html", pid + ".html"), "wb") as f:
            f.write(out)
        title = page_title(hs)
        url = page_url(hs)
        rows.append(dict(
            id=pid, url=url, title=title, date=None, source=None, author=None, text=text,
            text_partial=False, lang="zh", site=SITES[site], host=SITES[site], encoding=enc,
            declared_charset=cs, bytes=note, title_from="h1" if title else None,
            label_coverage=round(cov, 3), hijacked=False, injections=[], spam_strings=[], legit=False,
            kind="real-page", capture="html",
            origin="%s@%s:source_html/%s/%d.html + label_content/%s/%d.txt" % (REPO_NAME, commit[:12], site, num, site, num),
            sha256=hashlib.sha256(out).hexdigest()))
    with open(os.path.join(a.out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_title = sum(1 for r in rows if r["title"])
    n_url = sum(1 for r in rows if r["url"])
    per = "\n".join("  %-7s %-24s pairs %3d, qualifying %3d, picked %2d" % (s, SITES[s], *counts[s]) for s in sorted(counts))
    with open(os.path.join(a.out, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write(
            "dev-v34-xmunews - extraction held-out set collected by keeper k34x (v34; brief KEEPER.md item 4)\n\n"
            "repository : https://github.com/%s (snapshot read with git only, no network)\n"
            "commit     : %s (HEAD)\n"
            "dataset    : 'Dataset for web main content extraction' (Xiamen University, 2019; README: 基于XGBoost的新闻网页\n"
            "             内容抽取方法数据集): 1,093 Chinese financial news pages from 10 portals (2016-2018), the page in\n"
            "             source_html/<site>/<n>.html and the hand-labelled article text in label_content/<site>/<n>.txt.\n"
            "licence    : none stated (no LICENSE file, no terms in the README); third-party news pages; kept outside the\n"
            "             newsvault repository (only the converter and its notes are committed), for evaluation only.\n"
            "converter  : bench/data/dev/extract-v34/convert.py --per-site %d (deterministic; see its docstring)\n\n"
            "pages      : %d (zh, simplified script, all news portals: no gov/edu pages)\n%s\n"
            "encodings  : %s\n"
            "truth      : text = the human label (full article as labelled; text_partial false) for every page;\n"
            "             title by the converter's h1-in-<title> rule on %d pages (title_from 'h1'), else null;\n"
            "             url from og:url / canonical on %d pages, else null; date, author, source null (not labelled).\n"
            "bytes      : pages declaring gb2312 are held by the repository as UTF-8; written back as GB18030 under\n"
            "             the same declaration (text unchanged, round trip checked); the others as stored.\n"
            "caveats    : the labellers' text sometimes keeps a byline/date line, a 原标题 line, an editor line,\n"
            "             captions or a reprint notice; a skipped lead or tail paragraph is not detected; titles\n"
            "             are a converter rule (title_from 'h1'), not the dataset's; 10 templates x 10 pages.\n"
            % (REPO_NAME, commit, a.per_site, len(rows), per, ", ".join("%s %d" % kv for kv in sorted(enc_count.items())),
               n_title, n_url))
    print("commit", commit)
    print(per)
    print(len(rows), "pages ->", a.out, "| titles", n_title, "| urls", n_url, "|", enc_count)


if __name__ == "__main__":
    main()
