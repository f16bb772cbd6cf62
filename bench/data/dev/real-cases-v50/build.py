#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build real-cases-v50: html/<id>.html, truth.jsonl and SOURCES.md from cases_hijacked.py / cases_legit.py.

Deterministic (no clock, no randomness): ids follow the sha1 of each url. The shells below were written for this
split; the captured text (paragraphs, headlines, bylines, spam lines, decoy tags) is verbatim from the cases files.
Usage: python3 build.py [OUTDIR]   (default: this folder; give a scratch folder to check a byte-identical re-run)
"""
import hashlib
import html
import json
import os
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_hijacked import H  # noqa: E402
from cases_legit import L  # noqa: E402

E = html.escape


def esc(s):
    return E(s, quote=False)


def ps(paras, tag="p", cls=None, inserts=None, mid=None):
    out = []
    c = f' class="{cls}"' if cls else ""
    for i, p in enumerate(paras):
        if inserts and i in inserts:
            out.append(f'<p class="aside">{esc(inserts[i])}</p>')
        if mid and mid[0] == i:
            out.append(f'<p class="pic-cap">{esc(mid[1])}</p>')
        out.append(f"<{tag}{c}>{esc(p)}</{tag}>")
    return "\n".join(out)


def doc(c, title_tag, body, lang_attr, css, head_extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang_attr}">\n<head>\n<meta charset="{c["_charset"]}">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{esc(title_tag)}</title>\n'
            f'<style>{css}</style>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n')


def pre_lines(c):
    return "\n".join(f'<div class="toptxt">{esc(x)}</div>' for x in c.get("pre", []))


# ---------------------------------------------------------------- hijacked shells
def tc_info(c):
    body = f"""{pre_lines(c)}
{c['tags']}
<div class="wrap">
  <div class="colhead"><h2>新聞資訊</h2><span>news information</span></div>
  <div class="detail">
    <h1>{esc(c['title'])}</h1>
    <div class="meta"><span>{esc(c['byline_date'])}</span> &nbsp; <span>{esc(c['byline_src'])}</span> <a class="share">分享</a></div>
    <div class="txt">
{ps(c['paras'])}
    </div>
  </div>
  <ul class="foot"><li>舉報平臺</li><li>官方微信公眾號</li></ul>
</div>"""
    return doc(c, c["pre"][0], body, "zh-Hant", "body{font:14px sans-serif}.colhead h2{display:inline}.txt p{text-indent:2em}")


def tc_sports(c):
    crumb = " &gt; ".join(esc(x) for x in c["crumb"])
    body = f"""{pre_lines(c)}
{c['tags']}
<div id="main">
  <div class="pos">當前位置: {crumb}</div>
  <div class="artbox">
    <h1 class="arttitle">{esc(c['title'])}</h1>
    <div class="artcon">
{ps(c['paras'])}
    </div>
  </div>
  <div class="err">{esc(c['extra'][0])}</div>
</div>"""
    return doc(c, c["pre"][0], body, "zh-Hant", ".pos{color:#666}.arttitle{font-size:22px}")


def tc_essay(c):
    crumb = " &gt;&gt; ".join(esc(x) for x in c["crumb"])
    body = f"""{pre_lines(c)}
<div class="page">
  <p class="where">當前位置:{crumb}</p>
  <div class="doc">
    <h1>{esc(c['title'])}</h1>
    <p class="info">{esc(c['meta1'])}</p>
    <p class="info">{esc(c['meta2'])}</p>
    <div class="content">
{ps(c['paras'])}
    </div>
  </div>
</div>"""
    return doc(c, c["pre"][0], body, "zh-Hant", ".info{color:#999;font-size:12px}")


def cn_water(c):
    body = f"""<div class="top"><span class="logo">新闻中心</span></div>
<div class="main">
  <div class="article">
{ps(c['paras'])}
    <p class="src">{esc(c['srcline'])}</p>
  </div>
</div>"""
    return doc(c, "新闻中心", body, "zh-CN", ".src{text-align:right;color:#555}")


def cn_agri(c):
    body = f"""<div class="nav">首页 | 新闻 | 图片 | 专题</div>
<div class="location">当前位置:<a href="/">{esc(c['crumbspam'])}</a> {esc(c['title'])}</div>
<div class="news">
  <h1>{esc(c['title'])}</h1>
  <div class="newsbody">
{ps(c['paras'])}
  </div>
  <div class="srcurl">{esc(c['extra'][0])}<br>{esc(c['extra'][1])}</div>
  <div class="cmt">{esc(c['extra'][2])} <a>{esc(c['extra'][3])}</a></div>
</div>"""
    return doc(c, c["title"] + "_" + c["crumbspam"], body, "zh-CN", ".location{font-size:12px}")


def cn_shuffle(c):
    rel = "\n".join(f"<li>{esc(x)}</li>" for x in c["related"])
    body = f"""<div class="hd"><h1>{esc(c['head'])}</h1></div>
<div class="bd">
{ps(c['paras'])}
</div>
<ul class="rel">
{rel}
</ul>"""
    return doc(c, c["head"], body, "zh-CN", ".rel li{list-style:none;font-size:12px}")


def tc_thread(c):
    body = f"""<div id="hd"><div class="nv">首頁 › 論壇 › 查看帖子</div></div>
<table class="plhin"><tr><td class="pls">樓主</td><td class="plc">
<div class="t_fsz"><div class="t_f">
{ps(c['paras'], tag='div', cls='pline')}
</div></div>
</td></tr></table>"""
    return doc(c, "查看帖子", body, "zh-Hant", ".pls{width:120px;vertical-align:top}.pline{margin:8px 0}")


def tc_plain(c):
    body = f"""<div class="header">資訊</div>
<div class="container"><div class="content">
{ps(c['paras'])}
</div></div>
<div class="footer">版權所有</div>"""
    return doc(c, "資訊詳情", body, "zh-Hant", ".content p{line-height:1.9}")


def tc_plain2(c):
    body = f"""<header class="bar">要聞</header>
<section class="story">
{ps(c['paras'])}
<p class="ed">{esc(c['extra'][0])}</p>
</section>"""
    return doc(c, "要聞", body, "zh-Hant", ".ed{color:#888}")


def tc_cityapp(c):
    body = f"""<div class="appbar">青島新聞APP <a class="open">打開</a></div>
<article>
  <h1>{esc(c['title'])}</h1>
  <div class="byline">{esc(c['byline'])}</div>
  <div class="body">
{ps(c['paras'])}
  </div>
</article>"""
    return doc(c, c["title"], body, "zh-Hant", ".appbar{background:#c00;color:#fff}")


def tc_blog(c):
    db = "".join(f"<span>{esc(x)}</span>" for x in c["datebox"])
    body = f"""<div class="post">
  <div class="datebox">{db}</div>
  <h2 class="post-title">{esc(c['title'])}</h2>
  <div class="post-src">來源: {esc(c['source'])}</div>
  <div class="post-body">
{ps(c['paras'])}
  </div>
</div>"""
    return doc(c, c["title"], body, "zh-Hant", ".datebox span{display:block}")


def tc_detail(c):
    ex = "".join(f"<p class='audit'>{esc(x)}</p>" for x in c.get("extra", []))
    body = f"""<div class="detail-wrap">
  <div class="detail-txt">
{ps(c['paras'])}
  </div>
  {ex}
</div>"""
    return doc(c, "詳情", body, "zh-Hant", ".audit{text-align:right}")


def cn_qibo(c):
    body = f"""<div class="MainTable">
  <div class="guide">您的位置: 首页 &gt; 新闻</div>
  <div class="content">
{ps(c['paras'])}
  </div>
  <div class="more">{esc(c['extra'][0])}</div>
</div>"""
    return doc(c, "新闻", body, "zh-CN", ".content p{margin:6px 0}")


def cn_county(c):
    ex = "\n".join(f"<p class='shen'>{esc(x)}</p>" for x in c["extra"])
    body = f"""<div class="w1200">
  <div class="left-cont">
    <p class="pic-cap">{esc(c['lead_caption'])}</p>
{ps(c['paras'], mid=c.get('mid_caption'))}
{ex}
  </div>
</div>"""
    return doc(c, "资讯", body, "zh-CN", ".shen{color:#666;font-size:12px}")


def cn_dede(c):
    body = f"""<div class="place">当前位置:主页 &gt; 文章</div>
<div class="viewbox">
  <div class="content">
{ps(c['paras'])}
  </div>
  <div class="statement">{esc(c['extra'][0])}</div>
</div>"""
    return doc(c, "文章", body, "zh-CN", ".statement{color:#999}")


def cn_portal(c):
    side = "\n".join(f"<li><span class='xg1'>{esc(x)}</span></li>" for x in c["extra"])
    body = f"""<div id="ct" class="ct2 wp cl">
  <div class="mn"><div class="vw"><div class="d"><table><tr><td id="article_content">
{ps(c['paras'])}
  </td></tr></table></div></div></div>
  <div class="sd"><ul>
{side}
  </ul></div>
</div>"""
    return doc(c, "门户", body, "zh-CN", ".sd{float:right;width:240px}")


def id_parasite(c):
    body = f"""<main class="entry">
  <h1 class="entry-title">{esc(c['head'])}</h1>
  <div class="entry-content">
{ps(c['paras'], inserts=c.get('inserts'))}
  </div>
</main>"""
    return doc(c, c["head"], body, "id", ".aside{font-style:italic}")


def tc_company(c):
    body = f"""<div class="topline">全國(guó)服務(wù)熱線: 400-006-2680</div>
<div class="crumbs">首頁(yè) &gt; 新聞中心 &gt; 體育百科</div>
<ul class="subnav"><li>公司新聞</li><li>行業(yè)新聞</li><li>體育百科</li></ul>
<div class="newsdetail">
  <div class="cate">體育百科Sports Encyclopedia</div>
  <h1>{esc(c['title'])}</h1>
  <div class="info">{esc(c['byline'])}</div>
  <div class="con">
{ps(c['paras'])}
  </div>
</div>"""
    return doc(c, c["title"], body, "zh-Hant", ".subnav li{display:inline;margin-right:1em}")


# ---------------------------------------------------------------- legit shells
def tw_money(c):
    body = f"""<div class="channel">財經</div>
<div class="whitecon">
  <span class="time">{esc(c['date'])}</span>
  <figure><figcaption>{esc(c['caption'])}</figcaption></figure>
  <div class="text">
{ps(c['paras'])}
  </div>
</div>"""
    return doc(c, "財經 - 即時新聞", body, "zh-Hant", "figcaption{font-size:13px;color:#666}")


def tw_local(c):
    body = f"""<article class="post">
  <div class="featured"><span class="credit">{esc(c['caption'])}</span></div>
  <div class="post-content">
  <p class="by">{esc(c['byline'])}</p>
{ps(c['paras'])}
  </div>
</article>"""
    return doc(c, "地方新聞", body, "zh-Hant", ".by{font-weight:bold}")


def tw_sports(c):
    pi, ptxt = c["promo"]
    body = f"""<div class="sportnav">綜合 | 棒球 | 籃球 | 運彩</div>
<div class="news_content">
  <h1>{esc(c['title'])}</h1>
{ps(c['paras'][:pi])}
  <p class="boxTitle"><a>{esc(ptxt)}</a></p>
{ps(c['paras'][pi:])}
  <p class="more"><a>{esc(c['extra'][0])}</a></p>
</div>"""
    return doc(c, c["title"], body, "zh-Hant", ".boxTitle{border:1px solid #ccc}")


def cn_mobile(c):
    body = f"""<header class="m-top">资讯</header>
<div class="m-art">
  <p class="m-time">{esc(c['stamp'])}</p>
  <p class="m-orig">{esc(c['orig'])}</p>
{ps(c['paras'])}
</div>"""
    return doc(c, "资讯", body, "zh-CN", ".m-time,.m-orig{color:#888}")


def en_column(c):
    body = f"""<nav class="top">Home | Community | Opinion</nav>
<article>
  <div class="kicker">{esc(c['kicker'])}</div>
  <time>{esc(c['date'])}</time>
  <div class="entry">
{ps(c['paras'])}
  </div>
</article>"""
    return doc(c, c["kicker"] + " | Opinion", body, "en", ".kicker{text-transform:uppercase}")


def en_weekly(c):
    body = f"""<div class="masthead"><span class="today">{esc(c['topdate'])}</span></div>
<div class="story">
  <h1>{esc(c['title'])}</h1>
{ps(c['paras'])}
</div>"""
    return doc(c, c["title"], body, "en", ".today{float:right}")


def en_wire(c):
    body = f"""<header class="site">News</header>
<article class="post">
  <h1 class="headline">{esc(c['title'])}</h1>
  <section class="post-body">
{ps(c['paras'])}
  </section>
</article>"""
    return doc(c, c["title"], body, "en", ".headline{font-family:serif}")


def en_trade(c):
    body = f"""<div class="crumbs">News / Regulatory</div>
<div class="article-body">
{ps(c['paras'])}
</div>
<div class="disclaimer">18+ | Play responsibly</div>"""
    return doc(c, "Regulatory News", body, "en", ".disclaimer{font-size:11px}")


def id_portal(c):
    body = f"""<div class="td-header">Berita</div>
<div class="td-post-content">
  <figure><figcaption>{esc(c['caption'])}</figcaption></figure>
{ps(c['paras'])}
</div>"""
    return doc(c, "Berita", body, "id", "figcaption{font-size:12px}")


def th_edu(c):
    body = f"""<div class="head">ข่าวการศึกษา</div>
<div class="news">
  <h1>{esc(c['title'])}</h1>
{ps(c['paras'])}
</div>"""
    return doc(c, c["title"], body, "th", ".news p{line-height:2}")


def ko_daily(c):
    ex = esc(c["extra"][0])
    body = f"""<div class="article-head">뉴스</div>
<div id="article-view-content-div">
{ps(c['paras'])}
  <p class="sign">{esc(c['sign'])}</p>
</div>
<div class="copyright">{ex}</div>"""
    return doc(c, "뉴스", body, "ko", ".sign{text-align:right}")


def ko_portal(c):
    body = f"""<div class="article_title">
  <h1 class="title">{esc(c['title'])}</h1>
  <ul class="info"><li>{esc(c['stampline'])}</li></ul>
</div>
<div class="article_txt">
{ps(c['paras'])}
  <p>{esc(c['sign'])}</p>
</div>
<div class="reaction">좋아요 0 · 슬퍼요 0 · 화나요 0 · 추천해요 · 댓글 0</div>"""
    return doc(c, c["title"] + " : 동아일보", body, "ko", ".reaction{color:#999}")


SHELLS = {k: v for k, v in globals().items() if callable(v) and k[:3] in ("tc_", "cn_", "id_", "tw_", "en_", "th_", "ko_")}


def truth_text(c):
    paras = []
    for p in c["paras"]:
        for cut in c.get("cut", []):
            p = p.replace(cut, "")
        paras.append(p)
    return "\n".join(paras)


def encode(c, page):
    """Encode in the planned charset; a chrome-only character with no code there (e.g. the copyright sign in
    EUC-KR) is written as a numeric character reference, as such sites do; if the captured text itself has one,
    give up (the caller serves UTF-8)."""
    enc = c["enc"]
    try:
        return page.encode(enc), enc
    except UnicodeEncodeError:
        pass
    captured = "".join(c["paras"]) + (c.get("title") or "") + "".join(c.get("spam", [])) + "".join(c.get("pre", []))
    bad = {ch for ch in page if not _enc_ok(ch, enc)}
    if any(ch in captured for ch in bad):
        return None, None
    return page.encode(enc, errors="xmlcharrefreplace"), enc


def _enc_ok(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def build(out):
    cases = [dict(c, hijacked=True) for c in H] + [dict(c, hijacked=False) for c in L]
    cases.sort(key=lambda c: hashlib.sha1(c["url"].encode()).hexdigest())
    os.makedirs(os.path.join(out, "html"), exist_ok=True)
    rows, src = [], []
    for n, c in enumerate(cases, 1):
        cid = f"rc50-{n:03d}"
        shell = SHELLS[c["tpl"]]
        c["_charset"] = c["enc"]
        data, enc = encode(c, shell(c))
        if data is None:  # a character has no code in the planned charset: serve UTF-8 and say so
            c["_charset"] = "utf-8"
            data, enc = shell(c).encode("utf-8"), "utf-8"
        with open(os.path.join(out, "html", cid + ".html"), "wb") as f:
            f.write(data)
        host = urllib.parse.urlsplit(c["url"]).hostname
        legit = bool(c.get("legit", not c["hijacked"]))
        row = dict(id=cid, url=c["url"], title=c.get("title"), date=c.get("date"), source=c.get("source"),
                   author=c.get("author"), text=truth_text(c), hijacked=c["hijacked"],
                   injections=c.get("injections", []) if c["hijacked"] else [], spam_strings=c.get("spam", []),
                   legit=legit, lang=c["lang"], origin=c["origin"], kind="rebuilt-from-text", site=host,
                   capture="text", encoding=enc, form=c["form"], template=c["tpl"])
        rows.append(row)
        label = ("hijacked and legit" if legit else "hijacked") if c["hijacked"] else "legit (not hijacked)"
        note = "" if enc == c["enc"] else f" (planned {c['enc']}, a character has no code there: UTF-8)"
        src.append(f"- `{cid}` — {label}; form `{c['form']}`; lang {c['lang']}; template `{c['tpl']}`; encoding "
                   f"{row['encoding']}{note}. Text: pages corpus, {c['url']}. {c['origin']}")
    with open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "SOURCES.head.md"), encoding="utf-8") as f:
        head = f.read()
    with open(os.path.join(out, "SOURCES.md"), "w", encoding="utf-8") as f:
        f.write(head.rstrip("\n") + "\n\n" + "\n".join(src) + "\n")
    return rows


if __name__ == "__main__":
    rows = build(sys.argv[1] if len(sys.argv) > 1 else HERE)
    print(len(rows), "pages;", sum(r["hijacked"] for r in rows), "hijacked;", sum(r["legit"] for r in rows), "legit")
