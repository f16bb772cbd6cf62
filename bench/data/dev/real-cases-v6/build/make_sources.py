"""Write ../SOURCES.md from ../truth.jsonl (header text + one table row per case)."""
import json
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent
HEAD = """# real-cases-v6 — origins

Every case, its origin and how it was rebuilt (see truth.jsonl `capture`, `template`, `note`).
All 36 pages are REBUILT, none is a captured HTML file: the stored public-web-page corpus of the search tool gives
text only (search excerpts), so the markup is the keeper's reconstruction in CMS-like shells (`template`: VSB/博达-like
`vsb`/`vsb_i`/`vsb_arrow`/`plain_edu`, WebPlus-like `webplus`, provincial portal `gd_gov`, court site `court`, news
sites `news_m`/`cms_news`/`news_cn`, WordPress `wp_zh`/`wp_en`, AMP `amp_id`/`news_id`, old table layouts
`table_gov`/`plain_doc`, Discuz forum `discuz`). Displayed lines are verbatim captures in capture order; some captures
stop mid-article and some captured lines (photo captions, "read also" teasers, unrelated trailing paragraphs) were
left out of the page (said in `note`). The truth is exactly what the rebuilt page shows minus the spam. Where a page's
headline was not in the capture the truth title is null and the `<title>` is either what the capture shows (often
the brand alone) or the keeper's words from the URL slug (said in `note`).

No host or URL of bench/data/dev/*/SOURCES.md, dev truth files or /work/data/extract/dev-*/truth.jsonl is reused
(checked against /work/data/heldout-v6-scratch/dev_hosts.txt / dev_urls.txt, built from all of them). Dropped for
that reason: a college page with a `(中国)` brand in its breadcrumb, a university page with a `(中国)` brand
substituted for its name, an Indonesian campus anti-gambling story, a content farm with an emoji-stuffed header, a
short brand-prefixed page title, a court-case news item, a court typical-cases list and a judgement mirror (all on
dev hosts). No injected script of a dev case is reused: of the mdpabel/mdpabel.com-v4 write-ups, dev v3-v5 used
javascript-redirect(ion)-injection, javascript-fetch-based-spam-injection, drive-by-script-injection,
css-hidden-seo-spam-injection and seo-spam-anchor-css-injection; this split uses only
malicious-redirection-posts-injection. The maccms10 issues used by dev were not used.

Families: brand substitution for the institution's name is one broad technique, split here by brand network (at most 4
pages each: 必威 3, 伟德 2, 必赢 2, and single pages of six other brands); the headline-splice family (a lottery-tip
phrase inside a wire-story headline, no URL in the captures) has 2 pages; the rest are single cases: title/breadcrumb
brand on a mirrored page, brand-prefixed headline plus a brand line, a casino brand in the 来源 field, porn keyword lines
before the header / after the article on traditional-script mirrors, paid-link clauses spliced into an English
student-newspaper article, two non-gambling keyword cases found late (rc6-035 a product keyword prefixed to a
mirrored wire-story headline; rc6-036 self-storage keywords spliced into sentences of a blog repost — ids after the
legit cases), and the two composites below.

Composites (`real-injection-in-real-page`): the injected code is verbatim from public material; the clean page around
it is a real clean page captured from the pages corpus:

- rc6-020: issues corpus, https://github.com/mconf/mconf-web/issues/960 — the document.onclick pop-under handler
  quoted in the issue, complete and verbatim, wrapped in `<script>` before `</body>`.
- rc6-021: `mdpabel/mdpabel.com-v4@35bd01863b216682ed8b53c50467b4682c135b04:src/content/wordpress-threats/malicious-redirection-posts-injection.md`
  — the two lines (meta refresh + window.location) verbatim, placed at the start of the article container as stored
  post content.

Captured vs rebuilt: all rebuilt (see above). Hijacked 23 (zh 22, en 1), legit 13 (zh 7, en 3, id 3).

| id | kind | hijacked | legit | lang | template | origin |
|---|---|---|---|---|---|---|
"""
rows = [json.loads(l) for l in (OUT / "truth.jsonl").open(encoding="utf-8")]
lines = [HEAD]
for r in rows:
    lines.append(f"| {r['id']} | {r['kind']} | {r['hijacked']} | {r['legit']} | {r['lang']} | {r['template']} | {r['origin']} |\n")
(OUT / "SOURCES.md").write_text("".join(lines), encoding="utf-8")
