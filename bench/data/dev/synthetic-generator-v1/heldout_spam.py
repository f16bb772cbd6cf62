# -*- coding: utf-8 -*-
"""Spam vocabulary and obfuscation helpers for the held-out sets.

Brands are invented (checked against the project's lexicon by make_sets.py --check-lexicon);
a few lexicon words are mixed in on purpose, as real spam uses them too.
"""
import base64
import json
import random
import re

# ----------------------------------------------------------------------------- vocabulary
# Each set has its own brands so that the two sets stay independent.
BRANDS = {
    "A": dict(
        cjk=["星辉体育", "鼎泰娱乐", "蓝鲸体育", "聚鑫娱乐", "鑫旺体育", "金狮国际", "乐盈平台", "鸿发官网"],
        year=["银河湾国际1988", "金樽国际2003", "鹏程国际1976"],
        latin=["VQ体育", "ZB888娱乐", "bet356", "1xbett", "betvvay", "HXbet体育"],
        mix=["鑫bo体育", "xin辉娱乐"],
        games=["欢乐斗地主赢现金", "抢庄牛牛", "极速时时彩", "幸运28计划", "真人百家乐下注", "炸金花真钱版"],
        porn=["国产精品视频一区二区", "日韩高清无码专区", "午夜福利影视"],
        lexicon=["开云体育", "乐鱼体育", "澳门葡京"],
        domains=["xh7788.vip", "dtyl2024.com", "yhw1988.cc", "jz2003.net", "lj-sports.top", "bet356.app",
                 "1xbett.live", "hxbet.xyz", "jx98.club", "vq-ty.shop"],
    ),
    "B": dict(
        cjk=["天鹰体育", "金象娱乐", "银豹体育", "赤兔体育", "和盛娱乐", "大满贯平台", "聚宝盆官网", "博乐汇"],
        year=["澳亚国际1978", "龙腾国际1995", "皇朝国际2002"],
        latin=["QY体育", "JL真人", "w8betz", "sbobett", "betvvin", "PG8娱乐"],
        mix=["tian鹰体育", "jin象娱乐"],
        games=["腾讯分分彩", "加拿大28", "财神到棋牌", "牛牛棋牌真钱", "德州扑克真钱局", "快乐十分计划", "PC蛋蛋预测"],
        porn=["精品国产麻豆传媒", "亚洲无码高清在线", "成人影院免费观看"],
        lexicon=["华体会", "百家乐在线", "亚博体育", "九游会"],
        domains=["tyeagle.cc", "jx88.bet", "aoya1978.vip", "blh-pt.com", "dmg9.top", "yb-sports.shop",
                 "qy-ty.win", "jl-zr.fun", "w8betz.com", "sbobett.online", "lt1995.cc", "hc2002.xyz"],
    ),
}

PROMO = ["官方网站", "注册开户", "app下载", "最新网址", "登录入口", "信誉平台", "官网首页", "手机版下载",
         "在线投注", "注册就送38元", "充值优惠", "网页版", "安全入口", "官方入口", "信誉第一"]

PORTAL_PARASITES = [
    "https://www.sohu.com/a/{n9}_{n9}", "https://baijiahao.baidu.com/s?id=17{n17}",
    "https://new.qq.com/rain/a/2024{n4}A0{n4}00", "https://www.163.com/dy/article/J{n9}.html",
    "https://zhuanlan.zhihu.com/p/68{n7}", "https://www.bilibili.com/read/cv3{n7}",
    "https://m.sohu.com/a/{n9}_{n9}", "https://k.sina.com.cn/article_{n10}_{n8}.html",
]

TRAD = str.maketrans({"体": "體", "娱": "娛", "乐": "樂", "门": "門", "网": "網", "国": "國", "际": "際",
                      "银": "銀", "豹": "豹", "亚": "亞", "龙": "龍", "腾": "騰", "鸿": "鴻", "发": "發",
                      "鑫": "鑫", "旺": "旺", "狮": "獅", "金": "金", "盈": "盈", "台": "臺", "汇": "匯",
                      "赢": "贏", "钱": "錢", "牛": "牛", "彩": "彩", "时": "時", "线": "線", "注": "註",
                      "册": "冊", "开": "開", "户": "戶", "载": "載", "页": "頁", "录": "錄", "誉": "譽",
                      "宝": "寶", "盆": "盆", "满": "滿", "贯": "貫", "象": "象", "鲸": "鯨", "泰": "泰",
                      "鼎": "鼎", "聚": "聚", "兔": "兔", "赤": "赤", "盛": "盛", "和": "和", "湾": "灣",
                      "河": "河", "樽": "樽", "鹏": "鵬", "程": "程", "场": "場", "官": "官", "计": "計",
                      "划": "劃", "说": "說", "视": "視", "频": "頻", "区": "區", "专": "專", "应": "應"})


def trad(s):
    return s.translate(TRAD)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def zw(s, rng):
    marks = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and rng.random() < 0.6:
            out.append(rng.choice(marks))
    if not any(m in "".join(out) for m in marks):
        out.insert(1, "\u200b")
    return "".join(out)


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n)).lstrip("0").rjust(n, "1")


def parasite_url(rng):
    t = rng.choice(PORTAL_PARASITES)
    return re.sub(r"\{n(\d+)\}", lambda m: digits(rng, int(m.group(1))), t)


# ----------------------------------------------------------------------------- JS helpers
def js_str(s, quote='"'):
    """A JS string literal (non-ASCII kept literally)."""
    return json.dumps(s, ensure_ascii=False) if quote == '"' else "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def js_uesc(s):
    """A JS string literal with every non-ASCII char (and < > /) as \\uXXXX."""
    out = []
    for c in s:
        o = ord(c)
        if o > 126 or c in "<>'\"\\":
            out.append("\\u%04x" % o)
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def js_hex(s):
    """Every char as \\xNN (ASCII) or \\uNNNN."""
    return '"' + "".join(("\\x%02x" % ord(c)) if ord(c) < 128 else ("\\u%04x" % ord(c)) for c in s) + '"'


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def _base62(n):
    chars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n < 62:
        return chars[n]
    return _base62(n // 62) + chars[n % 62]


def pack(js):
    """Dean Edwards' p.a.c.k.e.r. (base 62), the eval(function(p,a,c,k,e,d)...) form."""
    words = []
    seen = {}
    for m in re.finditer(r"\b\w+\b", js, re.ASCII):
        w = m.group(0)
        if w not in seen:
            seen[w] = 0
            words.append(w)
        seen[w] += 1
    # most frequent first, like the original tool
    words.sort(key=lambda w: -seen[w])
    keys = {}
    klist = []
    for i, w in enumerate(words):
        k = _base62(i)
        keys[w] = k
        klist.append(w)
    # a word equal to its own key can stay empty in the dictionary
    dic = [("" if keys[w] == w else w) for w in klist]
    payload = re.sub(r"\b\w+\b", lambda m: keys[m.group(0)], js, flags=re.ASCII)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n")
    a = 62
    c = len(klist)
    return ("eval(function(p,a,c,k,e,d){e=function(c){return(c<a?'':e(parseInt(c/a)))+((c=c%%a)>35?"
            "String.fromCharCode(c+29):c.toString(36))};if(!''.replace(/^/,String)){while(c--)d[e(c)]=k[c]||e(c);"
            "k=[function(e){return d[e]}];e=function(){return'\\\\w+'};c=1};while(c--)if(k[c])p=p.replace("
            "new RegExp('\\\\b'+e(c)+'\\\\b','g'),k[c]);return p}('%s',%d,%d,'%s'.split('|'),0,{}))"
            % (payload, a, c, "|".join(dic)))


def from_char_code(js):
    return "eval(String.fromCharCode(%s));" % ",".join(str(ord(c)) for c in js)


def atob_eval(js):
    return 'eval(decodeURIComponent(escape(window.atob("%s"))));' % b64(js)


def unescape_write(html):
    return "document.write(unescape('%s'));" % "".join("%%u%04X" % ord(c) for c in html)
