"""Write ../SOURCES.md from truth.jsonl (origins) — run after build_real.py."""
import json
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
HEAD = """# real-cases-v7 — origins

Every case, its origin and how it was rebuilt (see truth.jsonl `origin`, `capture`, `template`, `note`).

**32 of the 33 pages are REBUILT; one (rc7-032) is REAL CAPTURED HTML**, byte-for-byte the file a spam operator keeps
in a public GitHub repository of files dropped on hacked Indonesian gov/edu sites (a full-page gambling takeover whose
canonical URL is a university journal path). The stored public-web-page corpus of the search tool
(`pages`) gives text only; the markup is the keeper's reconstruction in CMS-like shells (`template`; families in
build_real.py: VSB/博达-like `edu`, WebPlus-like `webplus`, TRS-like traditional-script mirrors `trs`, news portals
`news`, mobile/WeChat `mobile`, WordPress `wp`, old table layouts `table`). Displayed lines are verbatim from the capture
in capture order; only the first paragraphs of each capture are used, and a few captured lines were left out (said in
`note`). Truth = what the rebuilt page shows in its article body minus the spam strings (minus emoji for the two
emoji-noise pages). Where the capture shows no headline the truth title is null and the `<title>` is a neutral
placeholder (`新闻中心`), the masked line, or URL-slug words (said in `note`).

Composites (rc7-018..020, rc7-033): real injected code quoted in public material, placed into real clean pages
(captured text, rebuilt): the hidden `display:none` link-farm block the same operator serves into hacked sites
through a PHP include after `</html>` (rc7-033, block verbatim, appended after `</html>` of an Indonesian campus-news
page); a third-party counter script URL injected on every page of a hacked site (GitHub issue),
a betting-redirect script path used on hacked government pages (uBlock filter issue; the keeper added `https://`),
and the keyword/referrer redirect function whose three strings a public YARA rule quotes verbatim (the keeper joined
them into a function with a placeholder `.invalid` host).

No host or URL of bench/data/dev/*/SOURCES.md, dev truth files or /work/data/extract/dev-*/truth.jsonl is reused
(checked with /work/data/heldout-v7-scratch/dev_hosts.txt built from all of them). Dropped for that reason: two
brand-substitution pages on dev hosts (a university football cup page and a school sports-committee page), a
police anti-gambling page, a sports-lottery fund article, a sports-lottery newspaper page, an Indonesian campus
anti-gambling story, a US betting-ads-in-student-newspapers story, a brand-substituted graduation-football page. No
injected script of a dev case is reused (the mdpabel write-ups used by dev were not used).

Families (at most 4 pages each): porn keyword lines on simplified->traditional mirrors 4 (rc7-004/008/012/013);
brand substitution for an institution's name: single pages of seven different brands (rc7-002/005/006/007/014/016/017)
plus two emoji-noise pages of two brands (rc7-009 brand infix before a keyword, rc7-015 brand for the name); single
cases: a porn keyword as the last '|' segment of a headline, a lottery brand in the 来源 field (no URL in the capture),
a draw-result keyword glued to a paragraph of a legit lottery-charity article, a betting keyword 《title》 glued into a
content-farm paragraph. Brand strings of rc7-017 (exactly) and rc7-014 (its latin stem) also occur in dev spam
strings; hosts and pages are new.

Legit (rc7-021..031): anti-gambling police publicity (4), sports-lottery charity donations (2), US sports-betting
regulation news (2), an Indonesian story quoting the gambling spam of a defaced regency site (the quoted spam lines
are clean text), two US student-newspaper casino-night stories.

Languages: zh 26, en 4, id 3 (hijacked: zh 20, id 2). Search queries are given per case (`search:`).

| id | kind | hijacked | template | origin |
|---|---|---|---|---|
"""
rows = []
for l in open(OUT / "truth.jsonl", encoding="utf-8"):
    d = json.loads(l)
    rows.append(f"| {d['id']} | {d['kind']} | {str(d['hijacked']).lower()} | {d['template']} | {d['origin'].replace('|', '/')} |")
(OUT / "SOURCES.md").write_text(HEAD + "\n".join(rows) + "\n", encoding="utf-8")
print(len(rows))
