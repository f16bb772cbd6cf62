"""Write SOURCES.md and README.md of real-cases-v10 from truth.jsonl (run after build.py)."""
import json, os
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = [json.loads(l) for l in open(os.path.join(D, "truth.jsonl"), encoding="utf-8")]
out = ["# real-cases-v10 — origins", "",
"Every page is REBUILT: the search tool's stored web pages (`pages`) and public GitHub issue threads give text only, so the",
"article text, headlines, bylines and injected strings are verbatim excerpts (first paragraphs only) and the HTML around them",
"(navigation, CMS class names, footer, the position of injected blocks) is a reconstruction. `real-injection-in-real-page`",
"pages put a snippet quoted in a public issue into the captured text of a real clean page. `build/cases.py` holds the data,",
"`build/build.py` writes the pages and `truth.jsonl`, `build/docs.py` this file and README.md, `validate.py` checks them.", "",
"Caveats: where a headline was not captured a neutral headline was written for the shell and the title truth is null;",
"the three SEnginx wiki pages (en, one network) carry one neutral stand-in sentence for the page body, which the issue",
"does not quote (only the spam lines are verbatim); the char-code payload of the `trackmyposs` loader is not in its issue and",
"decodes to `void 0` here; the Kai Tak page keeps two spliced paragraphs of unrelated news in the page but not in the truth text.", "",
"| id | kind | hijacked | legit | lang | encoding | url | origin |", "|---|---|---|---|---|---|---|---|"]
for r in rows:
    out.append(f"| {r['id']} | {r['kind']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['encoding']} | {r['url']} | {r['origin']} |")
open(os.path.join(D, "SOURCES.md"), "w", encoding="utf-8").write("\n".join(out) + "\n")
h = sum(r["hijacked"] for r in rows); l = sum(r["legit"] for r in rows)
forms = Counter(f for r in rows for f in r["injections"])
rd = ["# real-cases-v10", "", f"{len(rows)} real cases collected 2026-12-03 from public material (see SOURCES.md): {h} hijacked, {l} legit.",
f"Languages: {dict(Counter(r['lang'] for r in rows))}. Encodings: {dict(Counter(r['encoding'] for r in rows))}. Kinds: {dict(Counter(r['kind'] for r in rows))}.", "",
"Forms in the hijacked pages (a page may have several): " + ", ".join(f"{k} {v}" for k, v in sorted(forms.items())), "",
"Layout: `html/<id>.html` as served (bytes in the declared encoding), `truth.jsonl` in the scorer's format (plus origin, kind,",
"site, capture, encoding). Rebuild: `python build/build.py && python build/docs.py`; check: `python validate.py .`"]
open(os.path.join(D, "README.md"), "w", encoding="utf-8").write("\n".join(rd) + "\n")
print("\n".join(rd))
