"""Build real-cases-v41: rebuild CMS shells around captured text (cases_*.py) and write truth.jsonl.

Deterministic: `python3 build.py` rewrites html/ and truth.jsonl byte-identically.
"""
import html as H
import json
import os
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H as HIJ  # noqa: E402
from cases_legit import L as LEG  # noqa: E402

GB = {"ahlyxt.cn", "www.mandaide.com"}  # pages served in GB18030 (as many mirror hosts do)
CHAFF = '<th id="f753h"></th>\n<nobr id="f753h"></nobr>\n<ins id="f753h"><cite id="f753h"></cite></ins>\n'

STYLES = {
    "edu_a": ("学院新闻", "#0b4ea2"), "edu_a_trad": ("學院新聞", "#8a1c1c"), "edu_b": ("新闻中心", "#1d6b3a"),
    "edu_b_trad": ("新聞中心", "#5b3a8a"), "edu_vsb": ("新闻网", "#9a1f1f"), "edu_vsb_trad": ("新聞網", "#27408b"),
    "portal_trad": ("資訊", "#b22222"), "farm_trad": ("資訊", "#333"), "farm_lines": ("资讯", "#444"),
    "en_daily": ("China Daily", "#004a80"), "news_hk": ("澳門新聞", "#a00"), "gov_mo": ("GOV.MO", "#00558c"),
    "news_cn": ("博彩资讯", "#6b2c91"), "gov_fc": ("福彩资讯", "#d40000"), "news_epaper": ("数字报", "#1a4f8b"),
    "en_mag": ("News", "#222"), "en_gov": ("Press Releases", "#0a3161"), "id_news": ("Berita", "#c0392b"),
}


def esc(s):
    return H.escape(s, quote=False)


def render(c):
    host = urlparse(c["url"]).hostname
    label, color = STYLES[c["shell"]]
    lang_attr = {"zh": "zh-CN", "en": "en", "id": "id"}[c["lang"]]
    if c["shell"].endswith("_trad") or c["shell"] in ("news_hk",) or (c["shell"] == "gov_mo" and "zh-hant" in c["url"]):
        lang_attr = "zh-Hant"
    enc = "gb18030" if host in GB else "utf-8"
    paras = c["text"].split("\n")
    out = [f'<!DOCTYPE html>\n<html lang="{lang_attr}">\n<head>\n<meta charset="{enc}">\n'
           f'<title>{esc(c["head_title"])}</title>\n'
           f'<style>body{{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun,Arial}}.hd{{background:{color};color:#fff;padding:10px 24px}}'
           f'.wrap{{width:1000px;margin:0 auto}}.crumb{{color:#666;font-size:12px;margin:8px 0}}.meta{{color:#888;font-size:12px;text-align:center}}'
           f'.art p{{text-indent:2em}}.ft{{border-top:1px solid #ddd;color:#999;font-size:12px;padding:12px;text-align:center}}</style>\n</head>\n<body>\n']
    if c.get("top_line"):
        out.append(f'<div class="toptext">{esc(c["top_line"])}</div>\n')
    if c.get("form") == "keyword-stuffed-title":
        out.append(f'<div class="hd"><div class="wrap">{esc(c["head_title"])}</div></div>\n')
    else:
        out.append(f'<div class="hd"><div class="wrap">{esc(label)}</div></div>\n')
    out.append('<div class="wrap">\n')
    if "f753h" in c.get("url", "") or "empty-tag-chaff" in c.get("injections", []):
        out.append(CHAFF)
    if c.get("crumb"):
        out.append(f'<div class="crumb">{esc(c["crumb"])}</div>\n')
    h1 = c.get("title")
    if not h1 and c.get("form") == "brand-replacement" and any(s in c["head_title"] for s in c.get("spam", [])):
        h1 = c["head_title"]
    if h1:
        out.append(f'<h1 style="text-align:center;font-size:22px">{esc(h1)}</h1>\n')
    if c.get("dek"):
        out.append(f'<h2 style="font-size:15px;color:#555">{esc(c["dek"])}</h2>\n')
    if c.get("byline"):
        out.append(f'<div class="meta">{esc(c["byline"])}</div>\n')
    if c.get("meta"):
        bits = [(f"{k}:{v}" if k else v) for k, v in c["meta"]]
        out.append('<div class="meta">' + "&nbsp;&nbsp;".join(esc(b) for b in bits) + '</div>\n')
    if c.get("disclaimer"):
        out.append(f'<div class="meta" style="text-align:left">{esc(c["disclaimer"])}</div>\n')
    out.append('<div class="art">\n')
    if c.get("caption"):
        out.append(f'<div class="pic"><img src="/images/{abs(hash_s(c["url"])) % 99991}.jpg" alt=""><p class="cap">{esc(c["caption"])}</p></div>\n')
    if c.get("paras_with_spam"):
        for el in c["paras_with_spam"]:
            if isinstance(el, int):
                out.append(f'<p>{esc(paras[el])}</p>\n')
            else:
                out.append(f'<h3>{esc(el)}</h3>\n')
    else:
        reps = 2 if "boronfuelsource" in c["url"] else 1
        for _ in range(reps):
            for p in paras:
                out.append(f'<p>{esc(p)}</p>\n')
    out.append('</div>\n')
    if c.get("credit"):
        out.append(f'<div class="meta" style="text-align:left">{esc(c["credit"])}</div>\n')
    if c.get("writer"):
        out.append(f'<div class="meta" style="text-align:right">{esc(c["writer"])}</div>\n')
    out.append('</div>\n')
    if c.get("bottom_line"):
        out.append(f'<div class="btmtext">{esc(c["bottom_line"])}</div>\n')
    if "empty-tag-chaff" in c.get("injections", []):
        out.append(CHAFF)
    out.append(f'<div class="ft">{esc(label)}&nbsp;|&nbsp;{esc(host)}</div>\n</body>\n</html>\n')
    return "".join(out).encode(enc), enc


def hash_s(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0x7FFFFFFF
    return h


def main():
    os.makedirs(os.path.join(HERE, "html"), exist_ok=True)
    rows = []
    cases = [(c, True) for c in HIJ] + [(c, False) for c in LEG]
    for i, (c, hij) in enumerate(cases, 1):
        cid = f"rc41-{i:03d}"
        data, enc = render(c)
        with open(os.path.join(HERE, "html", cid + ".html"), "wb") as f:
            f.write(data)
        host = urlparse(c["url"]).hostname
        kind = c.get("kind", "rebuilt-from-text")
        origin = ("pages corpus capture (text): " + c["note"] + "; rebuilt shell around the verbatim captured text")
        text = c["text"]
        if hij:  # a brand spliced into the article is not article text: the truth drops it
            for s in sorted(c.get("spam", []), key=len, reverse=True):
                text = text.replace(s, "")
        rows.append(dict(
            id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
            author=c.get("author"), text=text, hijacked=hij,
            injections=c.get("injections", []) if hij else [], spam_strings=c.get("spam", []) if hij else [],
            legit=bool(c.get("legit")) if hij else True, lang=c["lang"], origin=origin, kind=kind,
            site=c.get("site") or host, capture="text", encoding="GB18030" if enc == "gb18030" else "utf-8",
            form=c.get("form") if hij else "legit-" + c["shell"],
        ))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "pages")


if __name__ == "__main__":
    main()
