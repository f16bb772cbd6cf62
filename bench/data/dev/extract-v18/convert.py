"""Build $NEWSVAULT_DATA/extract/dev-v18-wacxii from a git snapshot of TurkuNLP/WAC-XII (no network).

python3 convert.py --mirror /work/.mirror --out /work/data/extract

WAC-XII ("From Web Crawl to Clean Register-Annotated Corpora", Turku NLP) holds 20 French and 20 Swedish web
pages as the text lines of the rendered page (`*_html_raw.txt`) and the same lines marked by hand as body text
(`#1#`) or rejected (`#0#`) (`*_html_annotated.txt`). The snapshot has no markup, so each page is rebuilt as
a plain HTML document with one <p> per captured line, every line in the same tag (the annotation leaks into
no attribute); truth `text` is the `#1#` lines joined by "\n" (full text). Pages whose annotation holds no
`#1#` line are left out; a leading BOM is dropped, marks typed as `#03`/`#13` are read as `#0#`/`#1#`, and a
line without a mark takes the previous line's mark (continuation lines). title/date/author: null (not annotated).
"""
import argparse
import html
import json
import os
import subprocess

REPO = "TurkuNLP+WAC-XII"
NAME = "dev-v18-wacxii"


def docs(text):
    out, cur = [], None
    for line in text.split("\n"):
        if line.startswith("##ID "):
            cur = dict(uid=line[5:].strip(), url=None, lines=[])
            out.append(cur)
        elif cur is None:
            continue
        elif line.startswith("##END"):
            cur["end"] = True
        elif line.startswith("## ") and cur["url"] is None:
            cur["url"] = line[3:].strip()
        elif line.strip() == "":
            continue
        else:
            cur["lines"].append(line)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/data/extract")
    a = ap.parse_args()
    git = os.path.join(a.mirror, REPO, "repo")
    commit = subprocess.check_output(["git", "--git-dir", git, "rev-parse", "HEAD"], text=True).strip()
    dest = os.path.join(a.out, NAME)
    os.makedirs(os.path.join(dest, "html"), exist_ok=True)
    rows, skipped = [], 0
    for lang in ("fr", "sv"):
        ann = subprocess.check_output(["git", "--git-dir", git, "show", "HEAD:%s_html_annotated.txt" % lang]).decode("utf-8")
        for k, d in enumerate(docs(ann), 1):
            lines, prev = [], None
            for l in d["lines"]:
                l = l.lstrip("\ufeff")
                if l[:3] in ("#03", "#13"):  # typed marks missing their closing '#'
                    l = l[:2] + "#" + l[3:]
                if l[:3] not in ("#0#", "#1#"):
                    if prev is None:
                        l = None
                    else:  # an unmarked line continues the previous line's mark
                        l = prev + l
                if l is not None:
                    prev = l[:3]
                    lines.append(l)
            d["lines"] = lines
            if not any(l.startswith("#1#") for l in lines):
                skipped += 1
                continue
            pid = "wac-%s-%02d" % (lang, k)
            body = "\n".join("<p>%s</p>" % html.escape(l[3:], quote=False) for l in d["lines"])
            page = ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title></title>\n'
                    '<link rel="canonical" href="%s">\n</head>\n<body>\n%s\n</body>\n</html>\n'
                    % (lang, html.escape(d["url"] or "", quote=True), body))
            with open(os.path.join(dest, "html", pid + ".html"), "w", encoding="utf-8") as f:
                f.write(page)
            text = "\n".join(l[3:] for l in d["lines"] if l.startswith("#1#"))
            rows.append(dict(id=pid, url=d["url"], title=None, date=None, author=None, text=text, lang=lang,
                             source_id=d["uid"]))
    with open(os.path.join(dest, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(dest, "SOURCE.txt"), "w", encoding="utf-8") as f:
        f.write("repository: https://github.com/TurkuNLP/WAC-XII\ncommit: %s\n" % commit)
        f.write("licence: none stated in the repository (research data accompanying a published paper); "
                "kept outside the repository, used for evaluation only\n")
        f.write("conversion: bench/data/dev/extract-v18/convert.py (k18). %d pages (fr+sv); %d left out "
                "(no #1# line; unmarked lines take the previous mark, #03/#13 read as #0#/#1#). HTML is a reconstruction: one <p> per captured line of the "
                "rendered page, same tag for every line; truth text = the hand-marked #1# lines (full text).\n"
                % (len(rows), skipped))
    print(len(rows), "pages,", skipped, "left out ->", dest)


if __name__ == "__main__":
    main()
