#!/usr/bin/env python3
"""Build real-cases-v48b: rebuilt article pages around verbatim article captures (cases.py) with verbatim
captured code (src/) placed by the keeper. Deterministic: same inputs -> byte-identical html/ and truth.jsonl."""
import html, json, os, sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

SOURCES = {  # src file -> short provenance used in `origin` (full citations in SOURCES.md)
 "split_string_docwrite_iframes.html": "two split-string document.write iframe scripts from an infected ASP login page committed to a public repository (code corpus file id 551276739)",
 "hexpair_decoder_docwrite_iframe.html": "hex-pair decoder script from the same infected ASP page (code corpus file id 551276739)",
 "hexpair_decoder_docwrite_iframe_b.html": "polymorphic variant of the hex-pair decoder script appended to a session-check ASP include committed to a public repository (code corpus file id 1151428187)",
 "hexpair_decoder_docwrite_iframe_c.html": "polymorphic variant of the hex-pair decoder script appended to a login-helper ASP include committed to a public repository (code corpus file id 68226805)",
 "gumblar_iframe_3e0_a.html": "hidden port-8080 iframe from the same infected ASP page (code corpus file id 551276739)",
 "gumblar_iframe_3e0_b.html": "hidden port-8080 iframe from an infected PHP home page committed to a public repository (code corpus file id 41387437697)",
 "gumblar_iframe_x3y.html": "hidden port-8080 iframe appended to an admin PHP page committed to a public repository (code corpus file id 34359952866)",
 "gumblar_iframe_filmoflife.html": "hidden port-8080 iframe prepended to an example PHP page committed to a public repository (code corpus file id 47302957322)",
 "gumblar_iframe_incgi.html": "hidden port-8080 in.cgi iframe appended to a Joomla template file committed to a public repository (code corpus file id 37020234257)",
 "visitortracker_mobile_loader.js": "visitorTracker mobile/IE script loader (deobfuscated form) saved in a public repository test page (code corpus file id 4272093325)",
 "unescape_eval_docwrite_iframe.html": "eval(unescape(...)) iframe writer appended to a C# source file committed to a public repository (code corpus file id 46471776936)",
 "unescape_var_docwrite_iframe.html": "unescape/document.write hidden-iframe script inside an infected PHP file committed to a public repository (code corpus file id 1189275298)",
 "vendor_eqtracking_referrer.js": "vendor referrer-tracking script file from a public repository (code corpus file id 44530212812)",
 "vendor_ascdp_optout.html": "vendor opt-out snippet from a vendor's integration README in a public repository (code corpus file id 17215933667)",
 "vendor_blocktrack_beacon.html": "vendor measurement tag from a vendor's integration README in a public repository (code corpus file id 19172559587)",
 "vendor_floodlight_iframe.html": "advertiser conversion tag as embedded in a page template of a public repository (code corpus file id 44423170512)",
 "vendor_cnzz_hidden_div.js": "statistics counter lines of a public repository's boot script (code corpus file id 32475026504)",
 "vendor_isfromsearch_cookie.js": "search-visit cookie helper from a site bundle in a public repository (code corpus file id 14576593242)",
 "vendor_referrer_channel_cookie.html": "referrer channel-cookie script from a template in a public repository (code corpus file id 3552111326)",
}

CSS = {
 "school": "body{margin:0;font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif;background:#f3f3f3}#hd{background:#7a1c1c;color:#fff;padding:18px 40px;font-size:22px}#nav{background:#5c1212}#nav a{color:#fff;padding:8px 16px;display:inline-block;text-decoration:none}.wrap{width:980px;margin:16px auto;background:#fff;padding:24px}.crumb{color:#888;font-size:12px;border-bottom:1px solid #eee;padding-bottom:6px}h1{font-size:22px;text-align:center;color:#333}.info{text-align:center;color:#999;font-size:12px}.content p{text-indent:2em}#ft{text-align:center;color:#666;font-size:12px;padding:20px}",
 "gov_dept": "body{margin:0;font:15px/1.9 SimSun,serif;background:#fff}.top{background:#1a4f9c;color:#fff;height:90px;line-height:90px;padding-left:30px;font-size:26px}.menu{background:#e8eef8;padding:6px 30px}.menu span{margin-right:24px;color:#1a4f9c}.main{width:1000px;margin:20px auto}.pos{font-size:12px;color:#666}.arttitle{font-size:24px;color:#c00;text-align:center;margin:18px 0}.attr{font-size:12px;color:#666;text-align:center;border-bottom:1px dashed #ccc;padding-bottom:8px}.artbody p{text-indent:2em}.foot{border-top:3px solid #1a4f9c;text-align:center;font-size:12px;color:#555;padding:14px}",
 "court": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;background:#faf7f0}.banner{background:#8b0000;color:#ffd700;padding:20px 36px;font-size:24px}.bar{background:#a52a2a;padding:6px 36px;color:#fff}.box{width:960px;margin:18px auto;background:#fff;border:1px solid #e0d6c0;padding:22px}.ttl{font-size:20px;font-weight:bold;text-align:center}.sub{text-align:center;color:#777;font-size:12px}.txt p{text-indent:2em}.credit{color:#555;font-size:13px}.copy{text-align:center;font-size:12px;color:#777;padding:16px}",
 "epaper": "body{margin:0;font:14px/1.7 SimSun,serif;background:#d9d9d9}.paperhd{background:#222;color:#eee;padding:10px 24px}.paperhd b{font-size:22px;margin-right:20px}.sheet{width:880px;margin:14px auto;background:#fffef8;padding:26px;border:1px solid #bbb}.edition{color:#666;font-size:12px}h2.t{font-size:24px;text-align:center;margin:10px 0 4px}h3.st{font-size:16px;text-align:center;color:#444;margin:0 0 10px}.by{font-size:12px;color:#666;text-align:center}.art p{text-indent:2em}.pf{text-align:center;font-size:12px;color:#888;padding:12px}",
 "county_media": "body{margin:0;font:15px/1.8 'Microsoft YaHei',sans-serif;background:#fff}.logo{padding:16px 28px;border-bottom:4px solid #d40000;font-size:24px;color:#d40000;font-weight:bold}.chan{padding:6px 28px;background:#f6f6f6;font-size:13px}.chan a{margin-right:18px;color:#333;text-decoration:none}.col{width:900px;margin:18px auto}.headline{font-size:26px;line-height:1.4;margin:10px 0}.meta{color:#888;font-size:13px;margin-bottom:14px}.story p{margin:0 0 14px}.cap{color:#666;font-size:13px;text-align:center}.tail{color:#666;font-size:13px}.bottom{background:#333;color:#aaa;text-align:center;font-size:12px;padding:16px}",
 "edu_bureau": "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;background:#eef5ee}.h{background:#2e7d32;color:#fff;padding:16px 30px;font-size:22px}.h small{font-size:13px;margin-left:14px}.n{background:#1b5e20;padding:5px 30px}.n a{color:#e8f5e9;margin-right:20px;text-decoration:none}.c{width:960px;margin:16px auto;background:#fff;padding:22px;border-top:3px solid #2e7d32}.tt{font-size:21px;text-align:center;font-weight:bold}.ti{text-align:center;font-size:12px;color:#888}.cc p{text-indent:2em}.pic{text-align:center;color:#2e7d32;font-size:13px}.f{text-align:center;font-size:12px;color:#666;padding:14px}",
}

NAV = {
 "school": ["首页", "学院概况", "新闻动态", "通知公告", "教学科研", "学生工作", "党建工作"],
 "gov_dept": ["首页", "政务动态", "信息公开", "政务服务", "互动交流", "专题专栏"],
 "court": ["首页", "法院新闻", "审判动态", "司法公开", "诉讼服务", "队伍建设"],
 "epaper": ["上一版", "下一版", "版面导航", "往期回顾"],
 "county_media": ["首页", "本地新闻", "乡镇动态", "部门信息", "视频", "专题"],
 "edu_bureau": ["首页", "教育要闻", "校园动态", "通知公告", "安全教育", "党建工作"],
}

def e(s):
    return html.escape(s, quote=False)

def code_block(name):
    with open(os.path.join(HERE, "src", name), encoding="utf-8") as f:
        code = f.read().rstrip("\n")
    if name.endswith(".js"):
        return '<script type="text/javascript">\n' + code + "\n</script>"
    return code

def charset_meta(enc):
    if enc == "utf-8":
        return '<meta charset="utf-8">'
    return '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % enc

def article_parts(c):
    """Returns (head_title, heading_html, meta_html, body_html, tail_html) in the shell's class names."""
    sh = c["shell"]
    cls = {"school": ("h1", "", "info", "content"), "gov_dept": ("div", "arttitle", "attr", "artbody"),
           "court": ("div", "ttl", "sub", "txt"), "epaper": ("h2", "t", "by", "art"),
           "county_media": ("h1", "headline", "meta", "story"), "edu_bureau": ("div", "tt", "ti", "cc")}[sh]
    tag, tcls, mcls, bcls = cls
    heading = ""
    if c.get("title"):
        heading = "<%s%s>%s</%s>" % (tag, (' class="%s"' % tcls) if tcls else "", e(c["title"]), tag)
        if c.get("subtitle"):
            heading += '\n<h3 class="st">%s</h3>' % e(c["subtitle"])
    metas = []
    if c.get("meta_line"):
        metas.append(c["meta_line"])
    if c.get("byline_line"):
        metas.append(c["byline_line"])
    meta = "\n".join('<div class="%s">%s</div>' % (mcls, e(m)) for m in metas)
    body = []
    for cap in c.get("captions", []):
        body.append('<p class="cap">%s</p>' % e(cap))
    paras = c["paras"]
    mid = c.get("captions_mid")
    for i, p in enumerate(paras):
        body.append("<p>%s</p>" % e(p))
        if mid and i == len(paras) - 2:
            for cap in mid:
                body.append('<p class="pic">%s</p>' % e(cap))
    for cap in c.get("captions_after", []):
        body.append('<p class="cap">%s</p>' % e(cap))
    tail = [('<div class="tail credit">%s</div>' % e(t)) for t in c.get("tail_lines", [])]
    tail += [('<div class="credit">%s</div>' % e(t)) for t in c.get("credits", [])]
    head_title = ("%s-%s" % (c["title"], c["site_name"])) if c.get("title") else c["site_name"]
    return head_title, heading, meta, '<div class="%s">\n%s\n</div>' % (bcls, "\n".join(body)), "\n".join(tail)

def render(c):
    sh = c["shell"]
    head_title, heading, meta, body, tail = article_parts(c)
    inj = "\n".join(code_block(n) for n in c["src"])
    place = c["place"]
    nav = " ".join('<a href="#">%s</a>' % n for n in NAV[sh]) if sh != "gov_dept" else " ".join("<span>%s</span>" % n for n in NAV[sh])
    site = e(c["site_name"])
    H = ["<!DOCTYPE html>", "<html>", "<head>", charset_meta(c["encoding"]), "<title>%s</title>" % e(head_title),
         '<meta name="viewport" content="width=device-width, initial-scale=1">', "<style>%s</style>" % CSS[sh]]
    if place == "head_end":
        H.append(inj)
    H.append("</head>")
    H.append("<body>")
    if place in ("body_start", "head_end_body"):
        H.append(inj)
    if sh == "school":
        H += ['<div id="hd">%s</div>' % site, '<div id="nav">%s</div>' % nav, '<div class="wrap">',
              '<div class="crumb">当前位置: 首页 &gt; %s &gt; 正文</div>' % site]
        foot_open, foot_close = '<div id="ft">', "</div>"
    elif sh == "gov_dept":
        H += ['<div class="top">%s</div>' % site, '<div class="menu">%s</div>' % nav, '<div class="main">',
              '<div class="pos">您当前的位置：首页 &gt; %s</div>' % site]
        foot_open, foot_close = '<div class="foot">', "</div>"
    elif sh == "court":
        H += ['<div class="banner">%s</div>' % site, '<div class="bar">%s</div>' % nav, '<div class="box">']
        foot_open, foot_close = '<div class="copy">', "</div>"
    elif sh == "epaper":
        H += ['<div class="paperhd"><b>%s</b>%s</div>' % (site, nav), '<div class="sheet">']
        foot_open, foot_close = '<div class="pf">', "</div>"
    elif sh == "county_media":
        H += ['<div class="logo">%s</div>' % site, '<div class="chan">%s</div>' % nav, '<div class="col">']
        foot_open, foot_close = '<div class="bottom">', "</div>"
    else:
        H += ['<div class="h">%s<small>%s</small></div>' % (site, "校园动态"), '<div class="n">%s</div>' % nav, '<div class="c">']
        foot_open, foot_close = '<div class="f">', "</div>"
    for part in (heading, meta, body, tail):
        if part:
            H.append(part)
    H.append("</div>")
    H.append(foot_open)
    H.append("<p>版权所有 %s</p>" % site)
    if place in ("footer", "footer_script"):
        H.append(inj)
    H.append(foot_close)
    if place == "body_end":
        H.append(inj)
    H += ["</body>", "</html>", ""]
    return "\n".join(H)

def origin(c):
    srcs = "; ".join(SOURCES[n] for n in c["src"])
    if c["injections"]:
        return ("%s; placed by the keeper in a shell rebuilt around the verbatim article capture; acts: %s [src/%s; placement %s; shell %s]"
                % (srcs, c["acts"], ",".join(c["src"]), c["place"], c["shell"]))
    return ("clean page with real look-alike code: %s; placed by the keeper in a shell rebuilt around the verbatim article capture; %s [src/%s; placement %s; shell %s]"
            % (srcs, c["acts"], ",".join(c["src"]), c["place"], c["shell"]))

def truth(c):
    hij = bool(c["injections"])
    return {"id": c["id"], "url": c["url"], "title": c.get("title"), "date": c.get("date"), "source": c.get("source"),
            "author": c.get("author"), "text": "\n".join(c["paras"]), "hijacked": hij, "injections": c["injections"],
            "spam_strings": [], "legit": False, "lang": "zh", "origin": origin(c),
            "kind": "real-injection-in-rebuilt-page" if hij else "rebuilt-from-text",
            "site": urlparse(c["url"]).hostname, "capture": "text", "encoding": c["encoding"]}

def main():
    out = os.path.join(HERE, "html")
    os.makedirs(out, exist_ok=True)
    lines = []
    for c in CASES:
        with open(os.path.join(out, c["id"] + ".html"), "wb") as f:
            f.write(render(c).encode(c["encoding"]))
        lines.append(json.dumps(truth(c), ensure_ascii=False))
    with open(os.path.join(HERE, "truth.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("built %d pages" % len(CASES))

if __name__ == "__main__":
    main()
