#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the two held-out evaluation sets for newsvault.

    /work/main/.venv/bin/python make_sets.py            # (re)make setA/ and setB/ and verify them
    /work/main/.venv/bin/python make_sets.py --verify   # verify only

Set A: 30 pages, five templates.  Set B: 40 pages, five further templates, 28 hijacked
with the full catalogue of injection forms.  Layout and truth format follow
/work/shared/corpus (html/<id>.html + truth.jsonl), plus `template` and `site`.

Truth conventions (same as the development set):
  text   the article body without its headline, one paragraph per line; sub-headings,
         picture captions, 附件 lines, 落款 lines and table rows (cells joined by one space)
         are kept; a brand spliced into a sentence is removed and the rest of the sentence
         kept; injected sentences/lines are dropped whole.
  date   ISO; with the time (HH:MM:SS) when the page gives one (display or a datetime
         attribute), local time.
  source/author  the byline values without injected brands; null when absent, empty,
         佚名/未知.
  spam_strings   every injected spam string that occurs literally in the page once
         entities are decoded (zero-width characters and case ignored, as score.py does).
Nothing here depends on the project's code; the lexicon is only read for a coverage figure.
"""
import argparse
import hashlib
import html as htmlmod
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from heldout_articles import ARTICLES_A, ARTICLES_B  # noqa: E402
from heldout_templates import TEMPLATES, e  # noqa: E402
import heldout_spam as SP  # noqa: E402

SEED = 20240917
OUT = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/tools/score.py"
LEXICON = "/work/main/scraper/clean/lexicon.toml"

# ============================================================================ sites
EDU_NAV = [("首页", "/"), ("学校要闻", "/xxyw/"), ("综合新闻", "/zhxw/"), ("院部动态", "/ybdt/"),
           ("通知公告", "/tzgg/"), ("媒体聚焦", "/mtjj/"), ("校园文化", "/xywh/"), ("专题专栏", "/ztzl/")]
GOV_NAV = [("首页", "/"), ("政务公开", "/zwgk/"), ("政务动态", "/zwdt/"), ("政务服务", "/zwfw/"),
           ("互动交流", "/hdjl/"), ("走进{c}", "/zj/"), ("专题专栏", "/ztzl/")]


def nav(base, items, c=""):
    return [(t.format(c=c), base.rstrip("/") + u) for t, u in items]


def site(**kw):
    kw.setdefault("gongan", "")
    kw.setdefault("bsm", "")
    kw.setdefault("conac", "")
    kw.setdefault("email", "")
    kw.setdefault("motto", "")
    kw.setdefault("parent_name", kw["org"])
    kw.setdefault("parent_url", kw["home"])
    kw["hm"] = hashlib.md5(kw["domain"].encode()).hexdigest()
    return kw


SITES = {
    # ----- set A
    "jcsf": site(key="jcsf", org="江川师范大学", site_title="江川师范大学新闻网", kind="edu",
                 domain="news.jcsfdx.edu.cn", home="https://news.jcsfdx.edu.cn/",
                 parent_url="https://www.jcsfdx.edu.cn/", province=("湖南省人民政府", "https://www.hunan.gov.cn/"),
                 edu_dept=("湖南省教育厅", "http://jyt.hunan.gov.cn/"), icp="湘ICP备05003217号-1",
                 gongan="湘公网安备 43030202000218号", address="湖南省江川市雨湖区学府路36号", postcode="411201",
                 phone="0731-89876000", email="xcb@jcsfdx.edu.cn", motto="厚德博学 为人师表",
                 nav=nav("https://news.jcsfdx.edu.cn/", EDU_NAV), sep="-"),
    "jcsf_chem": site(key="jcsf_chem", org="江川师范大学化学与材料学院", site_title="化学与材料学院", kind="edu",
                      domain="chem.jcsfdx.edu.cn", home="https://chem.jcsfdx.edu.cn/",
                      parent_name="江川师范大学", parent_url="https://www.jcsfdx.edu.cn/",
                      province=("湖南省人民政府", "https://www.hunan.gov.cn/"),
                      edu_dept=("湖南省教育厅", "http://jyt.hunan.gov.cn/"), icp="湘ICP备05003217号-7",
                      address="湖南省江川市雨湖区学府路36号化学楼", postcode="411201", phone="0731-89876321",
                      email="hxxy@jcsfdx.edu.cn", motto="明德 笃学 求实 创新",
                      nav=[("首页", "/"), ("学院新闻", "/xyxw/"), ("学院概况", "/xygk/"), ("师资队伍", "/szdw/"),
                           ("人才培养", "/rcpy/"), ("科学研究", "/kxyj/"), ("党建工作", "/djgz/")], sep=" - "),
    "tongxi": site(key="tongxi", org="桐溪县人民政府", site_title="桐溪县人民政府网", kind="gov",
                   domain="www.tongxi.gov.cn", home="https://www.tongxi.gov.cn/",
                   province=("江西省人民政府", "https://www.jiangxi.gov.cn/"), icp="赣ICP备05001856号",
                   gongan="赣公网安备 36112702000105号", bsm="3611270001", conac="10000000000000012345",
                   address="江西省桐溪县城关镇人民路1号", postcode="334500", phone="0793-6612000",
                   nav=nav("https://www.tongxi.gov.cn/", GOV_NAV, "桐溪"), sep="_"),
    "chengzhou": site(key="chengzhou", org="澄州市人民政府", site_title="澄州市人民政府", kind="gov",
                      domain="www.chengzhou.gov.cn", home="https://www.chengzhou.gov.cn/",
                      province=("湖北省人民政府", "https://www.hubei.gov.cn/"), icp="鄂ICP备05002341号-1",
                      gongan="鄂公网安备 42110202000333号", bsm="4211000011", conac="10000000000000054321",
                      address="湖北省澄州市行政中心", postcode="436000", phone="0713-8356000",
                      nav=nav("https://www.chengzhou.gov.cn/", GOV_NAV, "澄州"), sep="_"),
    "bhzy": site(key="bhzy", org="北湖职业技术学院", site_title="北湖职业技术学院", kind="edu",
                 domain="www.bhzyjsxy.edu.cn", home="https://www.bhzyjsxy.edu.cn/",
                 province=("山东省人民政府", "https://www.shandong.gov.cn/"),
                 edu_dept=("山东省教育厅", "http://edu.shandong.gov.cn/"), icp="鲁ICP备09012345号-1",
                 address="山东省济宁市北湖新区学院路9号", postcode="272000", phone="0537-3165000",
                 nav=[("首页", "/"), ("学院新闻", "/category/xyxw/"), ("通知公告", "/category/tzgg/"),
                      ("招生就业", "/category/zsjy/"), ("合作交流", "/category/hzjl/")], sep=" &#8211; "),
    # ----- set B
    "xlny": site(key="xlny", org="西岭农业大学", site_title="西岭农业大学新闻网", kind="edu",
                 domain="news.xlnydx.edu.cn", home="https://news.xlnydx.edu.cn/", parent_url="https://www.xlnydx.edu.cn/",
                 province=("四川省人民政府", "https://www.sc.gov.cn/"), edu_dept=("四川省教育厅", "https://edu.sc.gov.cn/"),
                 icp="蜀ICP备05006789号", gongan="川公网安备 51180202000046号",
                 address="四川省雅安市新康路46号", postcode="625014", phone="0835-2882000",
                 nav=[("首页", "/"), ("学校要闻", "/channels/12.html"), ("综合新闻", "/channels/13.html"),
                      ("学院动态", "/channels/14.html"), ("通知公告", "/channels/15.html"), ("西岭人物", "/channels/16.html"),
                      ("媒体西岭", "/channels/17.html")], sep="-"),
    "mcjy": site(key="mcjy", org="梅川县教育局", site_title="梅川县教育局", kind="gov",
                 domain="jyj.meichuan.gov.cn", home="http://jyj.meichuan.gov.cn/",
                 province=("安徽省人民政府", "https://www.ah.gov.cn/"), edu_dept=("安徽省教育厅", "http://jyt.ah.gov.cn/"),
                 icp="皖ICP备08003456号", bsm="3418250012", address="安徽省梅川县城关镇文昌路18号",
                 postcode="242300", phone="0556-5212000",
                 nav=[("网站首页", "/"), ("教育资讯", "/Article/Index.asp"), ("通知公告", "/Article/ShowClass.asp?ClassID=2"),
                      ("政策法规", "/Article/ShowClass.asp?ClassID=5"), ("招生考试", "/Article/ShowClass.asp?ClassID=7"),
                      ("教育督导", "/Article/ShowClass.asp?ClassID=9")], sep="--"),
    "lyrs": site(key="lyrs", org="潞阳市人力资源和社会保障局", site_title="潞阳市人力资源和社会保障局", kind="gov",
                 domain="rsj.luyang.gov.cn", home="https://rsj.luyang.gov.cn/",
                 province=("山西省人民政府", "https://www.shanxi.gov.cn/"), icp="晋ICP备06001234号-2",
                 gongan="晋公网安备 14040202000088号", bsm="1404000027", conac="10000000000000067890",
                 address="山西省潞阳市长兴路299号", postcode="046000", phone="0355-2025000",
                 nav=[("首页", "/"), ("工作动态", "/gzdt/index.jhtml"), ("通知公告", "/tzgg/index.jhtml"),
                      ("就业创业", "/jycy/index.jhtml"), ("社会保障", "/shbz/index.jhtml"), ("人事人才", "/rsrc/index.jhtml"),
                      ("劳动关系", "/ldgx/index.jhtml")], sep=" | "),
    "fenj": site(key="fenj", org="汾江市人民政府", site_title="汾江市人民政府门户网站", kind="gov",
                 domain="www.fenjiang.gov.cn", home="https://www.fenjiang.gov.cn/",
                 province=("广东省人民政府", "https://www.gd.gov.cn/"), icp="粤ICP备05087654号",
                 gongan="粤公网安备 44060402000123号", bsm="4406000001", conac="10000000000000024680",
                 address="广东省汾江市新城区行政服务中心", postcode="528000", phone="0757-83030000",
                 nav=nav("https://www.fenjiang.gov.cn/", GOV_NAV, "汾江"), sep="_"),
    "dlan": site(key="dlan", org="东澜大学", site_title="东澜大学新闻网", kind="edu",
                 domain="news.dlandx.edu.cn", home="https://news.dlandx.edu.cn/", parent_url="https://www.dlandx.edu.cn/",
                 province=("浙江省人民政府", "https://www.zj.gov.cn/"), edu_dept=("浙江省教育厅", "http://jyt.zj.gov.cn/"),
                 icp="浙ICP备05012345号", gongan="浙公网安备 33020402000567号",
                 address="浙江省东澜市海曙区澜江路818号", postcode="315211", phone="0574-87600000",
                 nav=[("首页", "/"), ("东澜要闻", "/news/"), ("综合新闻", "/general/"), ("学术动态", "/research/"),
                      ("通知公告", "/notice/"), ("English", "/en/")], sep=" | "),
}

COLUMNS = {
    "edu": {"news": ("综合新闻", "zhxw/", 13), "notice": ("通知公告", "tzgg/", 15), "policy": ("通知公告", "tzgg/", 15)},
    "gov": {"news": ("部门动态", "zwdt/bmdt/", 31), "notice": ("通知公告", "zwgk/tzgg/", 42), "policy": ("政府文件", "zwgk/zfwj/", 45)},
}
EN_COLUMN = ("News", "en/news/", 88)

EDU_HEADLINES = [
    "学校召开2024年党风廉政建设工作会议", "我校获批省级一流本科专业建设点8个", "学校举行教职工代表大会", "图书馆开展“书香校园”读书月活动",
    "学校召开研究生教育工作推进会", "我校教师在省高校青年教师教学竞赛中获佳绩", "学校组织开展消防应急疏散演练",
    "学校举办2024届毕业生春季双选会", "我校与地方政府签署战略合作协议", "学校召开新学期教学检查工作会议",
    "校领导带队走访慰问离退休老同志", "我校学子在全国大学生英语竞赛中获奖", "学校开展心理健康教育月系列活动",
    "学校举行新进教师岗前培训开班仪式", "我校在省大学生运动会上取得优异成绩", "学校召开实验室安全工作会议",
    "学校举办“一站式”学生社区建设推进会", "我校新增两个省级重点实验室", "学校举行2024年迎新晚会", "校党委召开理论学习中心组学习会",
]
GOV_HEADLINES = [
    "全市安全生产工作会议召开", "市政府常务会议研究部署重点工作", "我市召开优化营商环境推进会", "县政府召开第十二次常务会议",
    "全县防汛抗旱工作部署会召开", "市领导调研重点项目建设", "关于开展2024年度“双随机、一公开”抽查工作的通知",
    "我市启动“三夏”生产工作", "全市民政工作会议召开", "市场监管局开展节前食品安全检查", "我市举办公共法律服务宣传活动",
    "关于2024年市级财政预算执行情况的公告", "全市农村人居环境整治现场推进会召开", "市委理论学习中心组举行专题学习",
    "我县开展“安全生产月”宣传咨询日活动", "关于公布2024年政府信息公开工作年度报告的通知", "全市文明城市创建工作推进会召开",
    "我市新增5个省级特色产业集群", "县人社局开展就业帮扶“送岗位”活动", "关于征求《城市绿化管理办法（征求意见稿）》意见的公告",
]
EN_HEADLINES = ["University Hosts International Forum on Rural Revitalization", "New Library Opens Extended Study Hours",
                "Students Win Gold at National Robotics Contest", "Visiting Scholars Program Accepts Applications",
                "Campus Sustainability Report Released", "Alumni Day Brings Graduates Back to Campus",
                "Engineering Team Tests Drone for Crop Monitoring", "Summer School Welcomes Students from 12 Countries"]

EDU_FRIENDS = [("中华人民共和国教育部", "http://www.moe.gov.cn/"), ("中国教育和科研计算机网", "https://www.edu.cn/"),
               ("中国高等教育学生信息网", "https://www.chsi.com.cn/"), ("中国大学生在线", "https://dxs.moe.gov.cn/")]
GOV_FRIENDS = [("中国政府网", "https://www.gov.cn/"), ("国家政务服务平台", "https://gjzwfw.www.gov.cn/"),
               ("人民网", "http://www.people.com.cn/"), ("新华网", "http://www.news.cn/")]
EXTRA_FRIENDS = [("学习强国", "https://www.xuexi.cn/"), ("共产党员网", "https://www.12371.cn/"),
                 ("中国互联网违法和不良信息举报中心", "https://www.12377.cn/"), ("中国文明网", "http://www.wenming.cn/"),
                 ("国家反诈中心", "https://www.mps.gov.cn/"), ("中国庭审公开网", "http://tingshen.court.gov.cn/")]


# ============================================================================ body rendering
BODY_STYLES = {
    "phpcms": dict(p='<p>\u3000\u3000{t}</p>', h='<p><strong>\u3000\u3000{t}</strong></p>',
                   img='<p style="text-align: center;"><img src="{src}" alt="" width="600" /></p>\n<p style="text-align: center;">{t}</p>'),
    "empire": dict(p='<p style="text-indent:2em;">{t}</p>', h='<p style="text-indent:2em;"><strong>{t}</strong></p>',
                   img='<p align="center"><img src="{src}" border="0" alt="" /></p>\n<p align="center">{t}</p>'),
    "ucap": dict(p='<p style="text-indent: 2em; line-height: 2em;">{t}</p>', h='<p style="text-indent: 2em; line-height: 2em;"><strong>{t}</strong></p>',
                 img='<p style="text-align: center;"><img src="{src}" title="" alt="" /></p>\n<p style="text-align: center;"><span style="font-family: 楷体;">{t}</span></p>'),
    "wordpress": dict(p='<p>{t}</p>', h='<h3 class="wp-block-heading">{t}</h3>',
                      img='<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" class="wp-image-{n}"/><figcaption class="wp-element-caption">{t}</figcaption></figure>'),
    "bootstrap": dict(p='<p>{t}</p>', h='<p><strong>{t}</strong></p>',
                      img='<p class="text-center"><img class="img-fluid" src="{src}" alt=""></p>\n<p class="text-center img-title">{t}</p>'),
    "siteserver": dict(p='<p style="text-indent:2em;">{t}</p>', h='<p style="text-indent:2em;"><strong>{t}</strong></p>',
                       img='<p style="text-align:center;"><img src="{src}" style="max-width:100%;" /></p>\n<p style="text-align:center;text-indent:0;">{t}</p>'),
    "powereasy": dict(p='<P>\u3000\u3000{t}</P>', h='<P>\u3000\u3000<STRONG>{t}</STRONG></P>',
                      img='<P align=center><IMG src="{src}" border=0></P>\n<P align=center>{t}</P>'),
    "jeecms": dict(p='<p style="text-indent: 2em; text-align: justify;">{t}</p>', h='<p style="text-indent: 2em;"><strong>{t}</strong></p>',
                   img='<p style="text-align: center;"><img src="{src}" /></p>\n<p style="text-align: center;">{t}</p>'),
    "epoint": dict(p='<p style="text-indent:2em;"><span style="font-size:16px;">{t}</span></p>', h='<p style="text-indent:2em;"><span style="font-size:16px;"><strong>{t}</strong></span></p>',
                   img='<p style="text-align:center;"><img src="{src}" /></p>\n<p style="text-align:center;"><span style="font-size:14px;">{t}</span></p>'),
    "drupal": dict(p='<p>{t}</p>', h='<h3>{t}</h3>',
                   img='<figure role="group" class="caption caption-img align-center"><img src="{src}" alt="" loading="lazy" /><figcaption>{t}</figcaption></figure>'),
}


def render_table(rows, tpl):
    cls = {"wordpress": "", "drupal": ' class="table"', "bootstrap": ' class="table table-bordered table-sm"'}.get(tpl, ' border="1" cellspacing="0" cellpadding="4" width="100%"')
    out = ["<table%s><tbody>" % cls]
    for i, r in enumerate(rows):
        tag = "th" if (i == 0 and tpl in ("wordpress", "drupal", "bootstrap")) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, e(c), tag) for c in r) + "</tr>")
    out.append("</tbody></table>")
    html = "\n".join(out)
    if tpl == "wordpress":
        html = '<figure class="wp-block-table">' + html + "</figure>"
    return html


class Block:
    """One rendered body block: html (what the page shows) and truth lines."""

    def __init__(self, kind, text=None, html=None, truth=None):
        self.kind, self.text, self.html, self.truth = kind, text, html, truth if truth is not None else []
        self.suffix_html = ""     # injected after the paragraph text (brand credits)
        self.text_html = None     # replaced paragraph text (name replacement)


def build_blocks(art, tpl, rng):
    st = BODY_STYLES[tpl]
    blocks = []
    for i, blk in enumerate(art["body"]):
        if isinstance(blk, str):
            blk = ("p", blk)
        kind, val = blk
        if kind in ("p", "p_note"):
            blocks.append(Block("p", val, truth=[val]))
        elif kind == "h":
            blocks.append(Block("h", val, html=st["h"].format(t=e(val)), truth=[val]))
        elif kind == "img":
            src = "/uploads/%s/%s.jpg" % (art["date"][:7].replace("-", ""), hashlib.md5((art["key"] + str(i)).encode()).hexdigest()[:16])
            blocks.append(Block("img", val, html=st["img"].format(t=e(val), src=src, n=1000 + i), truth=[val] if val else []))
        elif kind == "table":
            blocks.append(Block("table", html=render_table(val, tpl), truth=[" ".join(r) for r in val]))
        elif kind == "att":
            lines, htmls = [], []
            base = "/uploads/file/%s/" % art["date"].replace("-", "")
            if len(val) == 1:
                ext = val[0].rsplit(".", 1)[-1]
                lines.append("附件：" + val[0])
                htmls.append(st["p"].replace("\u3000\u3000", "").format(t='附件：<a href="%s%s.%s">%s</a>' % (base, hashlib.md5(val[0].encode()).hexdigest()[:10], ext, e(val[0]))))
            else:
                lines.append("附件：")
                htmls.append(st["p"].replace("\u3000\u3000", "").format(t="附件："))
                for j, name in enumerate(val, 1):
                    ext = name.rsplit(".", 1)[-1]
                    lines.append("%d.%s" % (j, name))
                    htmls.append(st["p"].replace("\u3000\u3000", "").format(t='<a href="%s%s.%s">%d.%s</a>' % (base, hashlib.md5(name.encode()).hexdigest()[:10], ext, j, e(name))))
            blocks.append(Block("att", html="\n".join(htmls), truth=lines))
        elif kind == "sign":
            hs = []
            for ln in val:
                if tpl == "powereasy":
                    hs.append('<P align=right>%s</P>' % e(ln))
                else:
                    hs.append('<p style="text-align: right;">%s</p>' % e(ln))
            blocks.append(Block("sign", html="\n".join(hs), truth=list(val)))
        else:
            raise ValueError(kind)
    return blocks


def blocks_html(blocks, tpl):
    st = BODY_STYLES[tpl]
    out = []
    for b in blocks:
        if b.kind == "p":
            t = b.text_html if b.text_html is not None else e(b.text)
            out.append(st["p"].format(t=t + b.suffix_html))
        elif b.kind == "spam":
            out.append(b.html)
        else:
            out.append(b.html)
    return "\n".join(out)


def blocks_truth(blocks):
    lines = []
    for b in blocks:
        lines.extend(b.truth)
    return "\n".join(lines)


# ============================================================================ byline / dates
SECONDS_TPL = {"phpcms", "empire", "siteserver", "jeecms"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def shift_date(d, days):
    import datetime as dt
    return (dt.date.fromisoformat(d) + dt.timedelta(days=days)).isoformat()


def make_byline(P, art, tpl, opts, rng):
    """Fills P['byline'] and returns the truth (date, source, author)."""
    date = art["date"]
    t = opts.get("time", art["time"])
    if opts.get("hide_time"):
        t = None
    if tpl in ("wordpress", "drupal") and t is None:
        t = "%02d:%02d" % (rng.randrange(8, 18), rng.randrange(60))
    sec = rng.randrange(60) if (t and tpl in SECONDS_TPL) else 0
    tfull = "%s:%02d" % (t, sec) if t else None
    y, m, d = date.split("-")
    b = {}
    cn = opts.get("cn_date")
    en = art["lang"] == "en"
    if tpl == "powereasy":
        ds = "%d-%d-%d" % (int(y), int(m), int(d))
        tfull = None
    elif tpl == "wordpress":
        ds = ("%s %d, %s" % (MONTHS[int(m) - 1], int(d), y)) if en else "%s年%d月%d日" % (y, int(m), int(d))
    elif tpl == "drupal":
        if en:
            ds = "%s %d, %s" % (MONTHS[int(m) - 1], int(d), y) + (" - %s" % t if t else "")
        else:
            ds = date + (" " + t if t else "")
    elif cn:
        ds = "%s年%s月%s日" % (y, m, d) + (" %s" % (tfull if tpl in SECONDS_TPL else t) if t else "")
    elif tpl in SECONDS_TPL:
        ds = date + (" " + tfull if t else "")
    else:
        ds = date + (" " + t if t else "")
    b["date_str"] = ds
    b["date_only_str"] = date
    # datetime attributes
    if tpl == "drupal":
        import datetime as dt
        hh, mm = (t or "00:00").split(":")
        loc = dt.datetime(int(y), int(m), int(d), int(hh), int(mm))
        utc = loc - dt.timedelta(hours=8)
        b["iso_attr"] = utc.strftime("%Y-%m-%dT%H:%M:%SZ")
        b["time_title"] = loc.strftime("%A, %B %d, %Y - %H:%M")
    else:
        b["iso_attr"] = "%sT%s+08:00" % (date, tfull) if tfull else ""
        b["time_title"] = ""
    b["meta_pubdate"] = date + (" " + t if t else "")
    # updated stamp (a later date, must not be taken for the publish date)
    b["updated_html"] = ""
    b["updated_str"] = ""
    if opts.get("updated"):
        ud = shift_date(date, opts["updated"])
        uy, um, udd = ud.split("-")
        if tpl == "wordpress":
            ulab = ("%s %d, %s" % (MONTHS[int(um) - 1], int(udd), uy)) if en else "%s年%d月%d日" % (uy, int(um), int(udd))
            b["updated_html"] = '<time class="updated" datetime="%sT09:%02d:00+08:00">%s</time>' % (ud, rng.randrange(60), ulab)
        else:
            b["updated_str"] = ud + " %02d:%02d" % (rng.randrange(8, 20), rng.randrange(60))
    # source / author
    src, au = art["source"], art["author"]
    b["source_label"] = bool(src) or tpl in ("phpcms", "powereasy") or opts.get("empty_source", False)
    b["source_html"] = e(src) if src else ""
    none_word = opts.get("author_none_word")
    if tpl == "powereasy" and not au:
        none_word = none_word or "佚名"
    b["author_label"] = bool(au) or opts.get("empty_author", False) or bool(none_word)
    b["author_html"] = e(au) if au else (none_word or "")
    ex = art["extra"]
    b["photo_label"] = bool(ex.get("photo"))
    b["photo_html"] = e(ex.get("photo", ""))
    b["editor"] = ex.get("editor")
    b["meta_source"] = src or ""
    b["meta_author"] = au if au else ("" if opts.get("meta_author_empty") else None)
    b["date_pos"] = opts.get("date_pos", 0)
    P["byline"] = b
    truth_date = "%sT%s" % (date, tfull) if tfull else date
    return truth_date, src, au


# ============================================================================ injections
ENGINES_REF = r"baidu|sogou|so\.com|sm\.cn|bing|google"
ENGINES_UA = r"baiduspider|sogou|360spider|yisouspider|bingbot|googlebot"
UA_SPIDER = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
UA_HUMAN = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36"

OBF_LABEL = {"zw": "obf_zero_width", "fw": "obf_fullwidth", "trad": "obf_traditional", "pinyin": "obf_pinyin_mix",
             "sep": "obf_separator"}


class Injector:
    def __init__(self, P, blocks, truth, rng, V, tpl):
        self.P, self.blocks, self.truth, self.rng, self.V, self.tpl = P, blocks, truth, rng, V, tpl
        self.spam = []
        self.js = []
        self.labels = []
        pools = {}
        for k in ("cjk", "year", "latin", "mix", "games", "porn", "lexicon", "domains"):
            lst = list(V[k])
            rng.shuffle(lst)
            pools[k] = lst
        self.pools = pools
        self.cursor = {k: 0 for k in pools}

    # ---------------------------------------------------------------- vocabulary
    def take(self, kind):
        lst = self.pools[kind]
        v = lst[self.cursor[kind] % len(lst)]
        self.cursor[kind] += 1
        return v

    def brand(self):
        r = self.rng.random()
        kind = "cjk" if r < 0.5 else "year" if r < 0.68 else "latin" if r < 0.9 else "lexicon"
        return self.take(kind)

    def domain(self):
        return self.take("domains")

    def rec(self, *ss):
        for s in ss:
            if s and s not in self.spam:
                self.spam.append(s)

    def obf(self, mode, cjk_end=False):
        """A brand written with an obfuscation: returns (display, recorded).  cjk_end: the
        brand must end in a CJK character (it is glued to following digits/letters)."""
        if mode == "fw":
            b = self.take("latin")
            while cjk_end and not ("\u4e00" <= b[-1] <= "\u9fff"):
                b = self.take("latin")
            return SP.fullwidth(b), b
        if mode == "pinyin":
            b = self.take("mix")
            return b, b
        b = self.take("cjk") if (cjk_end or self.rng.random() < 0.7) else self.take("year")
        if mode == "zw":
            return SP.zw(b, self.rng), b
        if mode == "trad":
            for _ in range(8):
                if SP.trad(b) != b:
                    break
                b = self.take("cjk")
            t = SP.trad(b)
            return t, t
        if mode == "sep":
            s = "·".join(b)
            return s, s
        return b, b

    def phrase(self, b=None):
        b = b or self.brand()
        self.rec(b)
        return b + self.rng.choice(SP.PROMO)

    def spam_title(self):
        b1, b2 = self.brand(), self.brand()
        self.rec(b1, b2)
        return "%s%s-%s%s_%s%s" % (b1, self.rng.choice(SP.PROMO), b1, self.rng.choice(SP.PROMO), b2, self.rng.choice(SP.PROMO))

    def link(self, text, href=None):
        href = href or "https://%s/%s" % (self.domain(), self.rng.choice(["", "?id=%d" % self.rng.randrange(100, 999), "index.html", "reg.html"]))
        return '<a href="%s" target="_blank">%s</a>' % (href, e(text))

    def farm_items(self, n, obf=None):
        items = []
        for i in range(n):
            r = self.rng.random()
            if obf and i % 2 == 0:
                disp, recd = self.obf(obf)
                self.rec(recd)
                items.append(self.link(disp + self.rng.choice(SP.PROMO)))
            elif r < 0.65:
                items.append(self.link(self.phrase()))
            elif r < 0.85:
                g = self.take("games")
                self.rec(g)
                items.append(self.link(g))
            else:
                b = self.brand()
                self.rec(b)
                items.append(self.link(b))
        return items

    def farm(self, n=None, obf=None, joiner=None):
        n = n or self.rng.randrange(5, 12)
        items = self.farm_items(n, obf)
        j = joiner or self.rng.choice([" ", "\n", "|", "<br>"])
        if j == "li":
            return "<ul>" + "".join("<li>%s</li>" % x for x in items) + "</ul>"
        return j.join(items)

    def place(self, html, params, default):
        where = params.get("slot") or self.rng.choice(default)
        if where == "head":
            self.P["head"].append(html)
        elif where == "head_top":
            self.P["head_top"].append(html)
        else:
            self.P["slots"].setdefault(where, []).append(html)

    # ---------------------------------------------------------------- JS payloads
    def payload(self, effect, literal):
        P = self.P
        q = SP.js_str if literal else SP.js_uesc
        if effect == "redirect":
            url = "https://%s/?from=%s" % (self.domain(), self.rng.choice(["bd", "so", "edu", "gov", "seo"]))
            code = ('var _r=document.referrer.toLowerCase();if(/%s/.test(_r)){setTimeout(function(){window.location.href=%s;},%d);}'
                    % (ENGINES_REF, q(url), self.rng.choice([0, 50, 300])))
            return code, dict(env="search", href=url)
        if effect == "spider_title":
            t = self.spam_title() if literal else self._quiet_title()
            code = ('var _u=navigator.userAgent.toLowerCase();if(/%s/.test(_u)){document.title=%s;}' % (ENGINES_UA, q(t)))
            return code, dict(env="spider", title=t)
        if effect == "restore_title":
            t = P["normal_title"]
            code = 'if(!/spider|bot|slurp/i.test(navigator.userAgent)){document.title=%s;}' % q(t)
            return code, dict(env="human", title=t)
        if effect == "docwrite":
            block, brands = self._hidden_block(literal)
            code = "document.write(%s);" % q(block)
            return code, dict(env="any", write=brands)
        raise ValueError(effect)

    def _quiet_title(self):
        b1, b2 = self.brand(), self.brand()
        return "%s%s_%s%s" % (b1, self.rng.choice(SP.PROMO), b2, self.rng.choice(SP.PROMO))

    def _hidden_block(self, literal):
        brands = []
        links = []
        for _ in range(self.rng.randrange(4, 8)):
            b = self.brand()
            brands.append(b)
            if literal:
                self.rec(b)
            links.append('<a href="https://%s/">%s%s</a>' % (self.domain(), b, self.rng.choice(SP.PROMO)))
        style = self.rng.choice(["position:absolute;top:-1500px;left:-1500px", "display:none", "overflow:hidden;height:0px;width:0px"])
        return '<div style="%s">%s</div>' % (style, "".join(links)), brands

    def add_js(self, code, expect, where_default=("body_end", "head")):
        where = self.rng.choice(where_default)
        tag = self.rng.choice(['<script type="text/javascript">%s</script>', '<script>%s</script>', '<script language="javascript">%s</script>'])
        self.place(tag % code, {"slot": where}, where_default)
        self.js.append(dict(code=code, **expect))

    # ---------------------------------------------------------------- forms
    def apply(self, form, params):
        getattr(self, "f_" + form)(params)
        self.labels.append(form)
        if params.get("obf"):
            self.labels.append(OBF_LABEL[params["obf"]])

    # titles
    def f_title_replace(self, p):
        self.P["title_html"] = e(self.spam_title())

    def f_title_prefix(self, p):
        self.P["title_html"] = e(self.phrase()) + self.rng.choice(["_", "-", "|"]) + self.P["title_html"]

    def f_title_suffix(self, p):
        self.P["title_html"] = self.P["title_html"] + self.rng.choice(["_", "-", "—", " | "]) + e(self.phrase())

    def f_title_entity(self, p):
        t = self.spam_title()
        self.P["title_html"] = "".join("&#%d;" % ord(c) for c in t)

    def f_title_trad(self, p):
        disp, recd = self.obf("trad")
        self.rec(recd)
        self.P["title_html"] = e(disp + SP.trad(self.rng.choice(["官方網站", "註冊開戶", "app下載", "最新網址"]))) + "_" + self.P["title_html"]

    def f_title_kwstuff(self, p):
        parts = []
        for _ in range(4):
            if self.rng.random() < 0.7:
                b = self.brand()
                self.rec(b)
                parts.append(b)
            else:
                g = self.take("games")
                self.rec(g)
                parts.append(g)
        parts.append(parts[0] + self.rng.choice(SP.PROMO))
        self.P["title_html"] = e(",".join(parts))

    # meta
    def f_meta_keywords(self, p):
        ks = []
        for _ in range(self.rng.randrange(4, 8)):
            if self.rng.random() < 0.75:
                ks.append(self.phrase())
            else:
                g = self.take("games")
                self.rec(g)
                ks.append(g)
        self.P["meta_kw"] = e(",".join(ks))

    def f_meta_description(self, p):
        b = self.brand()
        g1, g2 = self.take("games"), self.take("games")
        d = self.domain()
        self.rec(b, g1, g2)
        self.P["meta_desc"] = e("%s（%s）是亚洲知名的综合娱乐平台，提供%s、%s、体育赛事等服务，%s新用户注册即送体验金，信誉有保障，24小时在线客服。"
                                % (b, d, g1, g2, b))

    def f_meta_og(self, p):
        t = self.spam_title()
        b = self.brand()
        self.rec(b)
        og = ('<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />'
              % (e(t), e(b + "，" + self.rng.choice(SP.PROMO) + "，" + self.rng.choice(SP.PROMO))))
        if self.tpl in ("wordpress", "bootstrap", "drupal"):
            self.P["og_html"] = og
        else:
            self.P["head"].append(og)

    def f_meta_refresh(self, p):
        self.P["head_top"].append('<meta http-equiv="refresh" content="%d;url=https://%s/">' % (self.rng.choice([0, 1, 3]), self.domain()))

    # hidden link farms
    def _wrap(self, style_attr=None, cls=None, tag="div", params=None, default=("after_content", "before_footer", "body_top", "sidebar", "body_end")):
        params = params or {}
        inner = self.farm(obf=params.get("obf"))
        attr = (' style="%s"' % style_attr) if style_attr else ""
        attr += (' class="%s"' % cls) if cls else ""
        self.place("<%s%s>%s</%s>" % (tag, attr, inner, tag), params, default)

    def f_hide_display_none(self, p):
        self._wrap(self.rng.choice(["display:none", "display: none;", "DISPLAY: none"]), params=p)

    def f_hide_visibility(self, p):
        self._wrap(self.rng.choice(["visibility:hidden", "visibility: hidden; position: absolute"]), tag=self.rng.choice(["div", "p", "span"]), params=p)

    def f_hide_offscreen(self, p):
        self._wrap(self.rng.choice(["position:absolute;left:-9999px;top:-9999px", "position: fixed; top: -1200px; left: 0",
                                    "position:absolute;left:-3000px"]), params=p)

    def f_hide_text_indent(self, p):
        self._wrap(self.rng.choice(["text-indent:-9999px;overflow:hidden;white-space:nowrap", "text-indent: -20000em; overflow: hidden"]),
                   tag=self.rng.choice(["div", "h4"]), params=p)

    def f_hide_font_zero(self, p):
        self._wrap(self.rng.choice(["font-size:0;line-height:0", "font-size:0px;color:#fff"]), params=p)

    def f_hide_height_zero(self, p):
        self._wrap(self.rng.choice(["height:0;overflow:hidden", "height:1px;width:1px;overflow:hidden"]), params=p)

    def f_hide_opacity(self, p):
        self._wrap("opacity:0;filter:alpha(opacity=0)", params=p)

    def f_hide_clip(self, p):
        self._wrap("position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden", params=p)

    def f_hide_css_class(self, p):
        cls = self.rng.choice(["lk-%04x" % self.rng.randrange(0xffff), "sj_%d" % self.rng.randrange(100, 999), "wz-bottom-link"])
        rule = self.rng.choice(["display:none", "position:absolute;top:-9999px;left:-9999px", "height:0;overflow:hidden;visibility:hidden"])
        css = self.rng.choice(["<style type=\"text/css\">.%s{%s}</style>", "<style>\n/* common */\nbody{margin:0}\n.%s{%s;}\n</style>"]) % (cls, rule)
        self.P["head"].append(css)
        self._wrap(cls=cls, params=p)

    def f_hide_css_external(self, p):
        cls = "fl-%d" % self.rng.randrange(100, 999)
        href = self.rng.choice(["/skin/css/flink.css", "/statics/css/ad_%d.css" % self.rng.randrange(10, 99),
                                "https://%s/css/style.css" % self.domain()])
        self.P["head"].append('<link rel="stylesheet" type="text/css" href="%s" />' % href)
        self._wrap(cls=cls, params=p)

    def f_marquee_tiny(self, p):
        attrs = self.rng.choice(['height="2" width="3" scrollamount="9999"', 'style="width:1px;height:1px;overflow:hidden" scrollamount="6000"',
                                 'height="1" behavior="alternate" scrolldelay="99999"'])
        self.place("<marquee %s>%s</marquee>" % (attrs, self.farm(obf=p.get("obf"))), p, ("after_content", "before_footer", "body_end"))

    def f_iframe_hidden(self, p):
        d = self.domain()
        ifr = self.rng.choice(['<iframe src="https://%s/" width="0" height="0" frameborder="0" scrolling="no"></iframe>',
                               '<iframe src="https://%s/index.html" style="display:none"></iframe>',
                               '<iframe width="1" height="1" src="https://%s/tj.html" frameborder="0"></iframe>']) % d
        self.place(ifr, p, ("body_end", "body_top", "before_footer"))

    def f_noscript_links(self, p):
        self.place("<noscript>%s</noscript>" % self.farm(obf=p.get("obf")), p, ("body_top", "body_end", "before_footer"))

    def f_after_html(self, p):
        inner = self.farm(obf=p.get("obf"))
        if self.rng.random() < 0.5:
            inner = '<div class="links">%s</div>' % inner
        self.P["slots"].setdefault("after_html", []).append(inner)

    # scripts
    def f_js_ua_title(self, p):
        self.add_js(*self.payload("spider_title", True), where_default=("head",))

    def f_js_title_restore(self, p):
        mode = p.get("enc", "plain")
        code, exp = self.payload("restore_title", mode == "plain")
        if mode == "charcode":
            code = SP.from_char_code(code)
        self.add_js(code, exp, where_default=("head",))

    def f_js_referrer_redirect(self, p):
        self.add_js(*self.payload("redirect", True))

    def f_js_docwrite(self, p):
        self.add_js(*self.payload("docwrite", True), where_default=("after_content", "body_end", "before_footer"))

    def f_js_packed(self, p):
        code, exp = self.payload(p.get("effect", "docwrite"), False)
        self.add_js(SP.pack(code), exp)

    def f_js_packed_twice(self, p):
        code, exp = self.payload(p.get("effect", "docwrite"), False)
        self.add_js(SP.pack(SP.pack(code)), exp)

    def f_js_hex(self, p):
        eff = p.get("effect", "redirect")
        H = SP.js_hex
        if eff == "redirect":
            url = "https://%s/" % self.domain()
            code = ('var _$_9a1c=[%s,%s,%s,%s];if(/%s/i[%s](document[_$_9a1c[0]])){window[_$_9a1c[1]][_$_9a1c[2]]=_$_9a1c[3];}'
                    % (H("referrer"), H("location"), H("href"), H(url), ENGINES_REF, H("test")))
            exp = dict(env="search", href=url)
        elif eff == "docwrite":
            block, brands = self._hidden_block(False)
            code = "document[%s](%s);" % (H("write"), H(block))
            exp = dict(env="any", write=brands)
        else:
            t = self._quiet_title()
            code = "if(/%s/i[%s](navigator[%s])){document[%s]=%s;}" % (ENGINES_UA, H("test"), H("userAgent"), H("title"), H(t))
            exp = dict(env="spider", title=t)
        self.add_js(code, exp)

    def f_js_strarray(self, p):
        eff = p.get("effect", "redirect")
        T = []
        fn = "_0x%04x" % self.rng.randrange(0x1000, 0xffff)
        name = "_0x%04x" % self.rng.randrange(0x1000, 0xffff)

        def k(s):
            if s not in T:
                T.append(s)
            return "%s('0x%x')" % (fn, T.index(s))
        if eff == "redirect":
            url = "https://%s/?s=%d" % (self.domain(), self.rng.randrange(10, 99))
            body = "if(new RegExp(%s,'i')[%s](window[%s][%s])){window[%s][%s]=%s;}" % (
                k(ENGINES_REF), k("test"), k("document"), k("referrer"), k("location"), k("href"), k(url))
            exp = dict(env="search", href=url)
        elif eff == "spider_title":
            t = self._quiet_title()
            body = "if(new RegExp(%s,'i')[%s](window[%s][%s])){window[%s][%s]=%s;}" % (
                k(ENGINES_UA), k("test"), k("navigator"), k("userAgent"), k("document"), k("title"), k(t))
            exp = dict(env="spider", title=t)
        else:
            block, brands = self._hidden_block(False)
            body = "window[%s][%s](%s);" % (k("document"), k("write"), k(block))
            exp = dict(env="any", write=brands)
        if p.get("style") == "index":
            # plain table indexed by number: _0x1234[3]
            body = re.sub(r"%s\('0x([0-9a-f]+)'\)" % fn, lambda m: "%s[%d]" % (name, int(m.group(1), 16)), body)
            code = "var %s=[%s];%s" % (name, ",".join(SP.js_hex(s) for s in T), body)
            self.add_js(code, exp)
            return
        shift = self.rng.randrange(1, len(T))
        rotated = T[shift:] + T[:shift]
        lit = ",".join(SP.js_hex(s) for s in rotated)
        code = ("var %s=[%s];(function(_0x1a,_0x2b){var _0x3c=function(_0x4d){while(--_0x4d){_0x1a['push'](_0x1a['shift']());}};"
                "_0x3c(++_0x2b);}(%s,0x%x));var %s=function(_0x5e,_0x6f){_0x5e=_0x5e-0x0;var _0x7a=%s[_0x5e];return _0x7a;};%s"
                % (name, lit, name, len(T) - shift, fn, name, body))
        self.add_js(code, exp)

    def f_js_bracket(self, p):
        eff = p.get("effect", "redirect")
        if eff == "redirect":
            url = "https://%s/" % self.domain()
            code = 'if(window["document"]["referrer"]["match"](/%s/i)){window["location"]["href"]="%s";}' % (ENGINES_REF, url)
            exp = dict(env="search", href=url)
        else:
            block, brands = self._hidden_block(True)
            code = 'window["document"]["write"](%s);' % SP.js_str(block)
            exp = dict(env="any", write=brands)
        self.add_js(code, exp)

    def f_js_charcode(self, p):
        code, exp = self.payload(p.get("effect", "redirect"), False)
        self.add_js(SP.from_char_code(code), exp)

    def f_js_atob(self, p):
        code, exp = self.payload(p.get("effect", "redirect"), False)
        self.add_js(SP.atob_eval(code), exp)

    def f_js_unescape(self, p):
        block, brands = self._hidden_block(False)
        self.add_js(SP.unescape_write(block), dict(env="any", write=brands),
                    where_default=("after_content", "before_footer", "body_end"))

    def f_js_external(self, p):
        d = self.domain()
        src = self.rng.choice(["https://%s/js/tj.js", "//%s/common.js", "https://cdn.%s/jquery.min.js"]) % d
        self.place('<script type="text/javascript" src="%s"></script>' % src, p, ("head", "head_top", "body_end"))

    # article body and byline
    def _para_indices(self):
        return [i for i, b in enumerate(self.blocks) if b.kind == "p"]

    def f_body_keyword_line(self, p):
        obf = p.get("obf")
        if obf:
            disp, recd = self.obf(obf)
            self.rec(recd)
        else:
            disp = self.brand()
            self.rec(disp)
        d = self.domain()
        g1 = self.take("games")
        self.rec(g1)
        style = self.rng.randrange(3)
        if style == 0:
            t = '%s最新网址：%s　%s%s，%s天天开奖' % (e(disp), d, e(disp), self.rng.choice(SP.PROMO), e(g1))
            self.rec(disp if not obf else None, d)
        elif style == 1:
            t = '更多精彩请访问<a href="https://%s/" target="_blank">%s%s</a>，%s在线玩' % (d, e(disp), self.rng.choice(SP.PROMO), e(g1))
        else:
            b2 = self.brand()
            self.rec(b2)
            t = "%s %s %s%s %s" % (e(disp), e(g1), e(b2), self.rng.choice(SP.PROMO), d)
            self.rec(d)
        idx = self._para_indices()
        pos = idx[self.rng.randrange(1, len(idx))] if len(idx) > 1 else len(self.blocks)
        st = BODY_STYLES[self.tpl]["p"]
        self.blocks.insert(pos, Block("spam", html=st.format(t=t)))

    def f_body_porn_line(self, p):
        a, b = self.take("porn"), self.take("porn")
        self.rec(a, b)
        d = self.domain()
        t = '%s　<a href="https://%s/">%s</a>　%s' % (e(a), d, e(b), d)
        idx = self._para_indices()
        pos = idx[-1] + 1 if idx else len(self.blocks)
        self.blocks.insert(pos, Block("spam", html=BODY_STYLES[self.tpl]["p"].format(t=t)))

    def f_body_brand_credit(self, p):
        b = self.take("cjk")
        self.rec(b)
        idx = self._para_indices()
        blk = self.blocks[idx[-1]]
        blk.suffix_html = self.rng.choice(["（%s官网供稿）", "（%s平台供稿）", "（稿件由%s提供）"]) % e(b)

    def f_body_name_replace(self, p):
        org = self.P["site"]["org"]
        name = p.get("name", org)
        hits = [i for i in self._para_indices() if name in self.blocks[i].text]
        assert hits, ("no paragraph holds", name)
        n = 0
        for i in hits[: p.get("count", 2)]:
            blk = self.blocks[i]
            if p.get("obf"):
                disp, recd = self.obf(p["obf"], cjk_end=True)
            else:
                disp = recd = self.take("cjk")
            self.rec(recd)
            blk.text_html = e(blk.text.replace(name, "\x00", 1)).replace("\x00", e(disp))
            blk.truth = [blk.text.replace(name, "", 1)]
            n += 1

    def f_byline_source_splice(self, p):
        b = self.brand() if not p.get("obf") else None
        if p.get("obf"):
            disp, recd = self.obf(p["obf"])
        else:
            disp = recd = b
        self.rec(recd)
        by = self.P["byline"]
        glue = self.rng.choice(["", " ", "·", "-"])
        by["source_html"] = (by["source_html"] + glue + e(disp)) if by["source_html"] else e(disp)
        by["source_label"] = True
        by["meta_source"] = by["meta_source"]

    def f_byline_author_splice(self, p):
        if p.get("obf"):
            disp, recd = self.obf(p["obf"])
        else:
            disp = recd = self.brand()
        self.rec(recd)
        by = self.P["byline"]
        by["author_html"] = (by["author_html"] + self.rng.choice(["（%s）", " %s", "|%s"]) % e(disp)) if by["author_html"] and by["author_html"] not in ("佚名", "未知") else e(disp)
        by["author_label"] = True

    def f_footer_source_credit(self, p):
        b = self.brand()
        self.rec(b)
        ph = self.phrase()
        self.P["footer_extra"].append('<p>稿件来源：%s　%s</p>' % (e(b), self.link(ph)))

    def f_disclaimer_brand(self, p):
        b = self.take("cjk") if self.rng.random() < 0.5 else self.take("year")
        self.rec(b)
        s = self.P["site"]
        self.P["disclaimer"] = self.P["disclaimer"].replace(e(s["site_title"]), e(b)).replace(e(s["org"]), e(b))

    def f_friendlinks_sold(self, p):
        n = self.rng.randrange(3, 7)
        sold = []
        for i in range(n):
            if p.get("obf") and i == 0:
                disp, recd = self.obf(p["obf"])
                self.rec(recd)
                t = disp + self.rng.choice(SP.PROMO)
            else:
                t = self.phrase()
            sold.append((e(t), SP.parasite_url(self.rng)))
        fl = self.P["friendlinks"]
        for item in sold:
            fl.insert(self.rng.randrange(1, len(fl) + 1), item)

    def f_banner_top(self, p):
        d = self.domain()
        ph = self.phrase()
        html = ('<div style="width:100%%;text-align:center;background:#000"><a href="https://%s/" target="_blank"><img src="https://%s/static/gg/1000x90.gif" width="1000" height="90" alt="%s" border="0"></a>'
                '<br><a href="https://%s/" target="_blank" style="color:#ff0">%s</a></div>' % (d, d, e(ph), d, e(ph)))
        self.P["slots"].setdefault("body_top", []).insert(0, html)


# ============================================================================ plans
# (article, template, [(form, params), ...], options)
# options: enc gbk|utf-8, cs (declared charset or None), offsite, sep, time, hide_time, cn_date,
#          empty_author, author_none_word, updated (days), cnzz, bdpush, date_pos
PLAN_A = [
    ("A01", "phpcms", [("title_replace", {}), ("meta_keywords", {}), ("hide_css_class", {}),
                       ("js_title_restore", {"enc": "plain"})], dict(updated=2)),
    ("A01", "phpcms", [("body_name_replace", {"count": 1}), ("byline_source_splice", {}),
                       ("friendlinks_sold", {"obf": "trad"})], dict(cn_date=True)),
    ("A02", "phpcms", [], dict(empty_author=True, cnzz=True)),
    ("A02", "phpcms", [("title_suffix", {}), ("hide_offscreen", {}), ("body_keyword_line", {"obf": "zw"})], dict(bdpush=True)),
    ("A03", "phpcms", [("title_prefix", {}), ("marquee_tiny", {}), ("js_packed", {"effect": "redirect"})],
     dict(enc="gbk", cs="gbk")),
    ("A04", "phpcms", [], dict(cnzz=True)),
    ("A04", "phpcms", [("hide_font_zero", {}), ("meta_description", {}), ("footer_source_credit", {})], dict()),
    ("A19", "phpcms", [("js_docwrite", {}), ("banner_top", {}), ("after_html", {})], dict(empty_author=False)),
    ("A05", "bootstrap", [], dict(offsite=True, date_pos=3)),
    ("A06", "bootstrap", [("title_kwstuff", {}), ("hide_height_zero", {}), ("body_brand_credit", {})], dict(updated=5)),
    ("A07", "bootstrap", [("meta_og", {}), ("js_hex", {"effect": "docwrite"}), ("body_porn_line", {})], dict(empty_author=True, meta_author_empty=True)),
    ("A07", "bootstrap", [("iframe_hidden", {}), ("hide_visibility", {}), ("byline_author_splice", {"obf": "fw"})], dict()),
    ("A08", "empire", [("title_replace", {}), ("hide_text_indent", {}), ("js_bracket", {"effect": "redirect"})],
     dict(enc="gbk", cs="gb2312")),
    ("A08", "empire", [("body_keyword_line", {"obf": "pinyin"}), ("disclaimer_brand", {}), ("noscript_links", {})],
     dict(enc="gbk", cs=None, hide_time=True)),
    ("A09", "empire", [], dict(enc="gbk", cs="gb2312", empty_author=True)),
    ("A10", "empire", [], dict(enc="gbk", cs="gbk")),
    ("A10", "empire", [("title_entity", {}), ("hide_display_none", {}), ("js_ua_title", {})], dict(enc="gbk", cs="gb2312", cn_date=True)),
    ("A11", "ucap", [("meta_keywords", {}), ("meta_description", {}), ("title_prefix", {}), ("hide_offscreen", {})], dict()),
    ("A11", "ucap", [("friendlinks_sold", {}), ("js_charcode", {"effect": "redirect"}), ("banner_top", {})], dict(sep=" — ")),
    ("A12", "ucap", [], dict(bdpush=True)),
    ("A13", "ucap", [], dict(empty_author=True, updated=6)),
    ("A13", "ucap", [("title_suffix", {}), ("hide_css_class", {}), ("body_keyword_line", {"obf": "sep"})], dict()),
    ("A14", "ucap", [], dict(offsite=True)),
    ("A20", "ucap", [("marquee_tiny", {}), ("js_docwrite", {}), ("title_replace", {}), ("meta_refresh", {})], dict()),
    ("A20", "ucap", [("footer_source_credit", {}), ("byline_source_splice", {}), ("hide_font_zero", {})], dict(sep="‹")),
    ("A15", "wordpress", [("title_suffix", {}), ("hide_display_none", {}), ("js_referrer_redirect", {})], dict(updated=1)),
    ("A16", "wordpress", [("title_prefix", {}), ("hide_offscreen", {}), ("js_ua_title", {})], dict()),
    ("A17", "wordpress", [], dict(offsite=True, updated=3)),
    ("A18", "wordpress", [("hide_visibility", {}), ("body_brand_credit", {}), ("meta_keywords", {})], dict()),
    ("A17", "wordpress", [("body_name_replace", {"count": 2}), ("after_html", {}), ("js_packed", {"effect": "docwrite"})], dict()),
]

PLAN_B = [
    # siteserver / 西岭农业大学
    ("B01", "siteserver", [("title_replace", {}), ("js_packed_twice", {"effect": "spider_title"}), ("hide_css_external", {})], dict()),
    ("B01", "siteserver", [("body_name_replace", {"obf": "zw", "count": 2}), ("meta_keywords", {}),
                           ("js_strarray", {"effect": "redirect", "style": "index"})], dict(cn_date=True, updated=1)),
    ("B02", "siteserver", [], dict(empty_author=True, cnzz=True)),
    ("B03", "siteserver", [("title_trad", {}), ("hide_clip", {}), ("body_brand_credit", {})], dict(h1span=True)),
    ("B03", "siteserver", [("after_html", {}), ("js_unescape", {}), ("byline_author_splice", {})], dict(sep="‹")),
    ("B04", "siteserver", [("title_entity", {}), ("hide_opacity", {}), ("body_keyword_line", {"obf": "fw"})], dict()),
    ("B04", "siteserver", [("meta_refresh", {}), ("noscript_links", {}), ("footer_source_credit", {}), ("meta_description", {})], dict()),
    ("B05", "siteserver", [], dict(bdpush=True, h1span=True)),
    # powereasy / 梅川县教育局 (GBK)
    ("B06", "powereasy", [("title_kwstuff", {}), ("hide_text_indent", {}), ("js_hex", {"effect": "redirect"})], dict(enc="gbk", cs=None)),
    ("B06", "powereasy", [("body_porn_line", {}), ("marquee_tiny", {}), ("byline_source_splice", {"obf": "trad"})], dict(enc="gbk", cs="gb2312")),
    ("B07", "powereasy", [], dict(enc="gbk", cs="gb2312")),
    ("B08", "powereasy", [], dict(enc="gbk", cs=None)),
    ("B09", "powereasy", [("title_suffix", {}), ("friendlinks_sold", {}), ("js_bracket", {"effect": "docwrite"}), ("hide_display_none", {})],
     dict(enc="gbk", cs="gbk")),
    ("B09", "powereasy", [("iframe_hidden", {}), ("body_keyword_line", {"obf": "sep"}), ("js_ua_title", {})], dict(enc="gbk", cs="gb2312")),
    ("B10", "powereasy", [], dict(enc="gbk", cs="gb2312", author_none_word="未知")),
    ("B10", "powereasy", [("banner_top", {}), ("disclaimer_brand", {}), ("hide_height_zero", {}), ("js_atob", {"effect": "redirect"})],
     dict(enc="gbk", cs="gb2312")),
    # jeecms / 潞阳市人社局
    ("B11", "jeecms", [("title_replace", {}), ("js_title_restore", {"enc": "charcode"}), ("hide_font_zero", {})], dict()),
    ("B11", "jeecms", [("meta_og", {}), ("body_brand_credit", {}), ("hide_visibility", {"obf": "pinyin"})], dict()),
    ("B12", "jeecms", [("title_prefix", {}), ("js_packed", {"effect": "docwrite"}), ("after_html", {})], dict()),
    ("B12", "jeecms", [("hide_css_class", {}), ("byline_author_splice", {}), ("meta_keywords", {})], dict(empty_author=True)),
    ("B13", "jeecms", [], dict(updated=2)),
    ("B13", "jeecms", [("js_referrer_redirect", {}), ("js_external", {}), ("friendlinks_sold", {"obf": "zw"})], dict()),
    ("B14", "jeecms", [("hide_offscreen", {}), ("body_keyword_line", {}), ("title_suffix", {})], dict(empty_author=True)),
    ("B15", "jeecms", [], dict(empty_author=True, cnzz=True)),
    # epoint / 汾江市人民政府
    ("B16", "epoint", [("title_replace", {}), ("meta_description", {}), ("hide_display_none", {}),
                       ("js_strarray", {"effect": "spider_title"})], dict()),
    ("B16", "epoint", [("footer_source_credit", {}), ("noscript_links", {"obf": "zw"}), ("js_docwrite", {})], dict(sep=" — ")),
    ("B17", "epoint", [], dict(bdpush=True)),
    ("B18", "epoint", [("title_entity", {}), ("hide_clip", {}), ("body_porn_line", {})], dict()),
    ("B18", "epoint", [("byline_source_splice", {}), ("meta_refresh", {}), ("hide_css_external", {})], dict(cn_date=True)),
    ("B19", "epoint", [("marquee_tiny", {}), ("body_brand_credit", {}), ("js_packed_twice", {"effect": "redirect"})], dict()),
    ("B20", "epoint", [], dict(offsite=True)),
    ("B21", "epoint", [], dict(empty_author=True, updated=4)),
    # drupal / 东澜大学
    ("B22", "drupal", [("body_name_replace", {"obf": "fw", "count": 1}), ("title_prefix", {}), ("hide_opacity", {})], dict()),
    ("B22", "drupal", [("js_atob", {"effect": "spider_title"}), ("hide_text_indent", {}), ("after_html", {})], dict()),
    ("B23", "drupal", [("title_suffix", {}), ("hide_display_none", {}), ("js_bracket", {"effect": "redirect"})], dict()),
    ("B23", "drupal", [("meta_keywords", {}), ("iframe_hidden", {}), ("body_keyword_line", {})], dict(time="09:40")),
    ("B24", "drupal", [], dict(offsite=True)),
    ("B25", "drupal", [], dict(time="07:20")),
    ("B26", "drupal", [("title_kwstuff", {}), ("friendlinks_sold", {}), ("js_hex", {"effect": "docwrite"}),
                       ("byline_author_splice", {})], dict(empty_author=True)),
    ("B26", "drupal", [("banner_top", {}), ("hide_height_zero", {}), ("js_ua_title", {}), ("disclaimer_brand", {})], dict(time="16:45")),
]


# ============================================================================ page context
def related_items(rng, kind, lang, base, n, year, tpl, aid):
    pool = EN_HEADLINES if lang == "en" else (EDU_HEADLINES if kind == "edu" else GOV_HEADLINES)
    out = []
    for t in rng.sample(pool, n):
        m, d = rng.randrange(1, 13), rng.randrange(1, 28)
        date = "%s-%02d-%02d" % (year, m, d)
        out.append((t, item_url(base, tpl, aid - rng.randrange(5, 400), date, rng), date))
    return out


def item_url(base, tpl, aid, date, rng, col="zhxw/", classid=13):
    ymd = date.replace("-", "")
    if tpl == "phpcms":
        return "%shtml/%s/%s_%s/%d.html" % (base, date[:4], col.strip("/").split("/")[-1], ymd[4:], aid)
    if tpl == "empire":
        return "%s%s%s/%d.html" % (base, col, date, aid)
    if tpl == "ucap":
        return "%s%s%s/%s.shtml" % (base, col, ymd[:6], hashlib.md5(str(aid).encode()).hexdigest())
    if tpl == "wordpress":
        return "%sarchives/%d" % (base, aid)
    if tpl == "bootstrap":
        return "%snews/%s/%d.html" % (base, ymd, aid)
    if tpl == "siteserver":
        return "%scontents/%d/%d.html" % (base, classid, aid)
    if tpl == "powereasy":
        return "%sArticle/ShowArticle.asp?ArticleID=%d" % (base, aid)
    if tpl == "jeecms":
        return "%s%s%d.jhtml" % (base, col, aid)
    if tpl == "epoint":
        return "%s%s%s/%s.html" % (base, col, ymd, hashlib.md5(str(aid).encode()).hexdigest()[:8] + "-" + hashlib.md5(str(aid * 7).encode()).hexdigest()[:4])
    if tpl == "drupal":
        return "%snode/%d" % (base, aid)
    raise ValueError(tpl)


def disclaimer(s, lang):
    if s["kind"] == "edu":
        return "凡本网注明“来源：%s”的所有作品，版权均属%s所有，未经授权不得转载、摘编或利用其它方式使用上述作品。" % (e(s["site_title"]), e(s["org"]))
    return "本网站所载内容凡注明“来源：%s”的，版权均属%s所有，转载请注明出处。" % (e(s["site_title"]), e(s["org"]))


def offsite_extras(s, rng):
    """Ordinary off-site links of a clean page: parent site, province, 学习强国, app badges, socials."""
    app = "".join(rng.choice("0123456789") for _ in range(10))
    pkg = ("cn.gov.%s.app" if s["kind"] == "gov" else "cn.edu.%s.mobile") % s["key"].replace("_", "")
    lines = [
        '<div class="app-download"><span>%s客户端下载：</span><a href="https://apps.apple.com/cn/app/id%s" target="_blank"><img src="/images/appstore.png" alt="App Store"></a>'
        '<a href="https://appgallery.huawei.com/app/C1%s" target="_blank"><img src="/images/huawei.png" alt="华为应用市场"></a>'
        '<a href="https://sj.qq.com/appdetail/%s" target="_blank"><img src="/images/yyb.png" alt="应用宝"></a></div>'
        % (e(s["org"][:2] + ("发布" if s["kind"] == "gov" else "校园")), app, app[:9], pkg),
        '<div class="new-media"><a href="https://weibo.com/u/%s" target="_blank">官方微博</a> <a href="https://mp.weixin.qq.com/" target="_blank">微信公众号</a> '
        '<a href="https://www.xuexi.cn/" target="_blank"><img src="/images/xxqg.png" alt="学习强国"></a> <a href="%s" target="_blank">%s</a></div>'
        % ("".join(rng.choice("0123456789") for _ in range(10)), s["province"][1], e(s["province"][0])),
    ]
    return lines


MEDIA = [("人民网", "http://edu.people.com.cn/n1/{y}/{md}/c1006-{n8}.html"), ("中国新闻网", "https://www.chinanews.com.cn/edu/{y}/{m}-{d}/{n8}.shtml"),
         ("光明网", "https://edu.gmw.cn/{y}-{m}/{d}/content_{n8}.htm"), ("央广网", "https://edu.cnr.cn/list/{y}{m}{d}/t{y}{m}{d}_{n9}.shtml"),
         ("中国教育新闻网", "http://www.jyb.cn/rmtzcg/xwy/wzxw/{y}{m}/t{y}{m}{d}_{n7}.html"), ("澎湃新闻", "https://www.thepaper.cn/newsDetail_forward_{n8}")]


def media_box(s, art, rng):
    """A 媒体关注 box of ordinary off-site links to news portals (clean pages)."""
    y, m, d = art["date"].split("-")
    items = []
    for name, pat in rng.sample(MEDIA, 4):
        u = pat.format(y=y, m=m, d=d, md=m + d, n7=SP.digits(rng, 7), n8=SP.digits(rng, 8), n9=SP.digits(rng, 9))
        t = rng.choice(EDU_HEADLINES if s["kind"] == "edu" else GOV_HEADLINES)
        items.append('<li><a href="%s" target="_blank">【%s】%s</a></li>' % (u, name, e(t)))
    return '<div class="media-box"><div class="hd">媒体关注</div><ul>%s</ul></div>' % "".join(items)


def cnzz_code(rng):
    sid = "12800%05d" % rng.randrange(100000)
    return ('<div style="display:none"><script type="text/javascript">var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");'
            'document.write(unescape("%%3Cspan id=\'cnzz_stat_icon_%s\'%%3E%%3C/span%%3E%%3Cscript src=\'" + cnzz_protocol + "s9.cnzz.com/z_stat.php%%3Fid%%3D%s%%26show%%3Dpic\' type=\'text/javascript\'%%3E%%3C/script%%3E"));</script>'
            '<a href="https://www.cnzz.com/stat/website.php?web_id=%s" target="_blank" title="站长统计">站长统计</a></div>' % (sid, sid, sid))


BDPUSH = ("<script>(function(){var bp=document.createElement('script');var curProtocol=window.location.protocol.split(':')[0];"
          "if(curProtocol==='https'){bp.src='https://zz.bdstatic.com/linksubmit/push.js';}else{bp.src='http://push.zhanzhang.baidu.com/push.js';}"
          "var s=document.getElementsByTagName(\"script\")[0];s.parentNode.insertBefore(bp,s);})();</script>")


def build_page(set_name, n, plan_row, art, V, rng):
    akey, tpl, forms, opts = plan_row
    s = SITES[art["site"]]
    en = art["lang"] == "en"
    kind = art["kind"]
    col = EN_COLUMN if en else COLUMNS[s["kind"]]["policy" if kind == "policy" else ("notice" if kind == "notice" else "news")]
    aid = 1000 + int(hashlib.md5((set_name + akey).encode()).hexdigest()[:6], 16) % 9000 + n
    url = item_url(s["home"], tpl, aid, art["date"], rng, col[1], col[2])
    P = dict(site=s, art=art, url=url, head=[], head_top=[], slots={}, footer_extra=[], aid=aid, classid=col[2],
             column=col[0], column_path=col[1], views=rng.randrange(80, 3000), csshash=hashlib.sha1(url.encode()).hexdigest()[:32],
             author_slug="news%d" % rng.randrange(1, 20), charset_decl=opts.get("cs", "utf-8") if "cs" in opts else "utf-8",
             below_content="", gk=(kind == "policy" and tpl in ("ucap", "epoint")), h1span=opts.get("h1span", False))
    sep = opts.get("sep", s["sep"])
    if tpl == "bootstrap":
        normal = "%s%s%s%s%s" % (art["title"], sep, s["site_title"], sep, s["parent_name"])
    else:
        normal = "%s%s%s" % (art["title"], sep, s["site_title"])
    P["normal_title"] = htmlmod.unescape(normal)
    P["title_html"] = e(art["title"]) + sep + e(s["site_title"]) + ((sep + e(s["parent_name"])) if tpl == "bootstrap" else "")
    first = next(b for b in art["body"] if isinstance(b, str) and len(b) > 30)
    desc = first[:80]
    kw = "%s,%s,%s" % (s["org"], col[0], s["site_title"]) if not en else "%s,%s" % (s["org"], "news")
    P["meta_kw"], P["meta_desc"] = e(kw), e(desc)
    P["meta_kw_plain"], P["meta_desc_plain"] = kw, desc
    P["og_html"] = ('<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />' % (e(art["title"]), e(desc))
                    if tpl in ("wordpress", "drupal") else "")
    year = art["date"][:4]
    P["related"] = related_items(rng, s["kind"], art["lang"], s["home"], rng.randrange(5, 8), year, tpl, aid)
    P["sidebar_items"] = related_items(rng, s["kind"], art["lang"], s["home"], rng.randrange(6, 9), year, tpl, aid)
    pn = related_items(rng, s["kind"], art["lang"], s["home"], 2, year, tpl, aid)
    P["prevnext"] = ((pn[0][0], pn[0][1]), (pn[1][0], pn[1][1]))
    P["disclaimer"] = disclaimer(s, art["lang"])
    friends = list(EDU_FRIENDS if s["kind"] == "edu" else GOV_FRIENDS)
    friends.append(s["province"])
    if s.get("edu_dept"):
        friends.append(s["edu_dept"])
    if opts.get("offsite"):
        friends += EXTRA_FRIENDS
        if s["parent_url"] != s["home"]:
            friends.insert(0, (s["parent_name"], s["parent_url"]))
        P["footer_extra"] += offsite_extras(s, rng)
        P["slots"].setdefault("sidebar", []).append(media_box(s, art, rng))
    P["friendlinks"] = [(e(t), u) for t, u in friends]
    if opts.get("cnzz"):
        P["footer_extra"].append(cnzz_code(rng))
    if opts.get("bdpush"):
        P["slots"].setdefault("body_end", []).append(BDPUSH)
    ex = art["extra"]
    P["publisher"] = {"chengzhou": "澄州市人民政府办公室", "fenj": "汾江市人民政府"}.get(s["key"], s["org"])
    P["written_str"] = ex.get("written", art["date"])
    truth_date, src, au = make_byline(P, art, tpl, opts, rng)
    blocks = build_blocks(art, tpl, rng)
    inj = Injector(P, blocks, None, rng, V, tpl)
    for form, params in forms:
        inj.apply(form, dict(params))
    P["body_html"] = blocks_html(blocks, tpl)
    html = TEMPLATES[tpl](P)
    # tidy empty lines left by unused hooks
    html = re.sub(r"\n\s*\n+", "\n", html).strip() + "\n"
    enc = opts.get("enc", "utf-8")
    data = html.encode("gbk", errors="xmlcharrefreplace") if enc == "gbk" else html.encode("utf-8")
    pid = "%03d-%s-%s" % (n, akey.lower(), tpl)
    truth = dict(id=pid, url=url, encoding=enc, lang=art["lang"], title=art["title"], date=truth_date,
                 source=src, author=au, text=blocks_truth(blocks), hijacked=bool(forms),
                 injections=inj.labels, spam_strings=inj.spam, legit=bool(ex.get("legit")),
                 template=tpl, site=s["org"])
    return pid, data, truth, inj.js


def make_set(set_name, plan, articles):
    rng = random.Random("%s-%s" % (SEED, set_name))
    arts = {a["key"]: a for a in articles}
    V = SP.BRANDS[set_name]
    d = os.path.join(OUT, "set" + set_name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(os.path.join(d, "html"))
    truths, jschecks = [], []
    for n, row in enumerate(plan):
        prng = random.Random("%s-%s-%d" % (SEED, set_name, n))
        pid, data, truth, js = build_page(set_name, n, row, arts[row[0]], V, prng)
        with open(os.path.join(d, "html", pid + ".html"), "wb") as f:
            f.write(data)
        truths.append(truth)
        for j in js:
            j["id"] = pid
            jschecks.append(j)
    with open(os.path.join(d, "truth.jsonl"), "w", encoding="utf-8") as f:
        for t in truths:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    bd = os.path.join(OUT, "_build")
    os.makedirs(bd, exist_ok=True)
    with open(os.path.join(bd, "jschecks_%s.json" % set_name), "w", encoding="utf-8") as f:
        json.dump(jschecks, f, ensure_ascii=False, indent=0)
    return truths


# ============================================================================ verification
ZW = re.compile(r"[\u200b-\u200f\u2060\ufeff\s]")


def squash(s):
    return ZW.sub("", unicodedata.normalize("NFKC", s or "").strip()).lower()


NODE_HARNESS = r"""
const vm = require('vm');
const checks = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const UA = {spider: %(spider)s, human: %(human)s};
const out = [];
for (const c of checks) {
  const env = c.env;
  const ua = env === 'spider' ? UA.spider : UA.human;
  const ref = (env === 'search' || env === 'any') ? 'https://www.baidu.com/link?url=abc&wd=x' : '';
  const res = {writes: [], title: null, href: null, error: null};
  const loc = {protocol: 'https:', hostname: 'x.edu.cn'};
  Object.defineProperty(loc, 'href', {set(v) { res.href = v; }, get() { return 'https://x.edu.cn/a.html'; }});
  loc.replace = v => { res.href = v; };
  const doc = {referrer: ref, cookie: '', location: loc,
    write: s => res.writes.push(s), writeln: s => res.writes.push(s),
    getElementById: () => ({style: {}, innerHTML: ''}), createElement: () => ({style: {}}),
    getElementsByTagName: () => [{appendChild() {}, parentNode: {insertBefore() {}}}], body: {appendChild() {}}};
  Object.defineProperty(doc, 'title', {set(v) { res.title = v; }, get() { return 'orig'; }});
  const ctx = {navigator: {userAgent: ua}, document: doc, location: loc,
    atob: s => Buffer.from(s, 'base64').toString('latin1'),
    setTimeout: (f) => { if (typeof f === 'function') f(); else vm.runInContext(f, ctx); }};
  ctx.window = ctx; ctx.top = ctx; ctx.self = ctx;
  vm.createContext(ctx);
  try { vm.runInContext(c.code, ctx, {timeout: 2000}); } catch (err) { res.error = String(err); }
  out.push(res);
}
process.stdout.write(JSON.stringify(out));
"""


def run_js_checks(set_name):
    path = os.path.join(OUT, "_build", "jschecks_%s.json" % set_name)
    checks = json.load(open(path, encoding="utf-8"))
    if not checks:
        return 0, []
    if not shutil.which("node"):
        return 0, ["node not available: scripts not executed"]
    harness = NODE_HARNESS % dict(spider=json.dumps(UA_SPIDER), human=json.dumps(UA_HUMAN))
    hp = os.path.join(OUT, "_build", "harness.js")
    open(hp, "w").write(harness)
    r = subprocess.run(["node", hp], input=json.dumps(checks), capture_output=True, text=True, timeout=120)
    if r.returncode:
        return 0, ["node failed: " + r.stderr[:500]]
    results = json.loads(r.stdout)
    problems = []
    for c, res in zip(checks, results):
        if res["error"]:
            problems.append("%s: script error %s" % (c["id"], res["error"]))
        elif "href" in c and res["href"] != c["href"]:
            problems.append("%s: redirect %r != %r" % (c["id"], res["href"], c["href"]))
        elif "title" in c and res["title"] != c["title"]:
            problems.append("%s: title %r != %r" % (c["id"], res["title"], c["title"]))
        elif "write" in c:
            w = "".join(res["writes"])
            miss = [b for b in c["write"] if b not in w]
            if miss:
                problems.append("%s: document.write lacks %s" % (c["id"], miss))
    return len(checks), problems


def decode_page(data, enc):
    return data.decode("gbk" if enc == "gbk" else "utf-8")


def lexicon_cover(strings):
    """Share of spam strings that the project's lexicon (terms and patterns) would match."""
    try:
        import tomllib
        lex = tomllib.load(open(LEXICON, "rb"))
    except Exception as ex:  # the lexicon is optional for the sets themselves
        return None
    terms = [t.lower() for k in ("brands", "templates") for t in lex[k]["terms"]]
    pats = [re.compile(p) for p in lex["templates"].get("patterns", [])]
    trad = {}
    for line in lex["traditional"]["map"].split():
        if len(line) == 2:
            trad[line[0]] = line[1]

    def norm(s):
        s = unicodedata.normalize("NFKC", s).lower()
        s = "".join(trad.get(c, c) for c in s)
        return re.sub(r"[\s\u200b-\u200f\u2060\ufeff·●•\-_|]", "", s)
    hit = 0
    for s in strings:
        n = norm(s)
        if any(t in n for t in terms) or any(p.search(n) for p in pats):
            hit += 1
    return hit, len(strings)


def verify_set(set_name):
    d = os.path.join(OUT, "set" + set_name)
    truths = [json.loads(l) for l in open(os.path.join(d, "truth.jsonl"), encoding="utf-8") if l.strip()]
    problems = []
    from lxml import html as lh
    all_spam = []
    for t in truths:
        data = open(os.path.join(d, "html", t["id"] + ".html"), "rb").read()
        try:
            src = decode_page(data, t["encoding"])
        except UnicodeDecodeError as ex:
            problems.append("%s: does not decode as %s (%s)" % (t["id"], t["encoding"], ex))
            continue
        if t["encoding"] == "gbk":
            for fld in ("title", "text", "source", "author"):
                try:
                    (t[fld] or "").encode("gbk")
                except UnicodeEncodeError:
                    problems.append("%s: truth %s not GBK-encodable" % (t["id"], fld))
        try:
            doc = lh.document_fromstring(data if t["encoding"] == "utf-8" else src)
        except Exception as ex:
            problems.append("%s: lxml cannot parse (%s)" % (t["id"], ex))
            continue
        body = doc.find("body")
        if body is None or len(body.text_content()) < 200:
            problems.append("%s: no body" % t["id"])
            continue
        page_src = squash(htmlmod.unescape(src))
        page_txt = squash(body.text_content())
        page_txt_nospam = page_txt
        for s in sorted(t["spam_strings"], key=len, reverse=True):
            page_txt_nospam = page_txt_nospam.replace(squash(s), "")
        # every truth line is on the page (a spliced brand aside)
        for ln in t["text"].split("\n"):
            q = squash(ln)
            if q and q not in page_txt and q not in page_txt_nospam:
                problems.append("%s: truth line not on page: %s" % (t["id"], ln[:40]))
        if squash(t["title"]) not in page_txt:
            problems.append("%s: title not on page" % t["id"])
        for fld in ("source", "author"):
            if t[fld] and squash(t[fld]) not in page_txt:
                problems.append("%s: %s not on page" % (t["id"], fld))
        # spam strings occur on the page, never in the truth
        clean = squash(" ".join(str(t.get(k) or "") for k in ("title", "text", "source", "author")))
        for s in t["spam_strings"]:
            if squash(s) not in page_src:
                problems.append("%s: spam string not on page: %r" % (t["id"], s))
            if squash(s) in clean:
                problems.append("%s: spam string inside truth: %r" % (t["id"], s))
        all_spam.extend(t["spam_strings"])
        if t["hijacked"] != bool(t["injections"]):
            problems.append("%s: hijacked flag inconsistent" % t["id"])
        if t["hijacked"] and not t["spam_strings"] and not any(x.startswith(("js_", "meta_refresh", "iframe")) for x in t["injections"]):
            problems.append("%s: hijacked page without spam strings" % t["id"])
        if not t["hijacked"]:
            V = SP.BRANDS[set_name]
            vocab = [x for k in ("cjk", "year", "latin", "mix", "games", "porn", "domains") for x in V[k]]
            leak = [x for x in vocab if squash(x) in page_src]
            if leak:
                problems.append("%s: clean page holds spam vocabulary %s" % (t["id"], leak))
        n = len(t["text"])
        if not (300 <= n <= 2000) and t["lang"] == "zh":
            problems.append("%s: text length %d outside 300-2000" % (t["id"], n))
    # every executed script is really on its page
    enc = {t["id"]: t["encoding"] for t in truths}
    for c in json.load(open(os.path.join(OUT, "_build", "jschecks_%s.json" % set_name), encoding="utf-8")):
        src = decode_page(open(os.path.join(d, "html", c["id"] + ".html"), "rb").read(), enc[c["id"]])
        if c["code"] not in src:
            problems.append("%s: checked script not found on the page" % c["id"])
    njs, jsprob = run_js_checks(set_name)
    problems += jsprob
    return truths, problems, njs, all_spam


def score_checks(set_name, truths):
    d = os.path.join(OUT, "set" + set_name)
    bd = os.path.join(OUT, "_build")
    res_clean = os.path.join(bd, "echo_%s.jsonl" % set_name)
    res_spam = os.path.join(bd, "echo_spam_%s.jsonl" % set_name)
    with open(res_clean, "w", encoding="utf-8") as f1, open(res_spam, "w", encoding="utf-8") as f2:
        for t in truths:
            r = dict(id=t["id"], title=t["title"], published=t["date"], source=t["source"], author=t["author"],
                     text=t["text"], hijacked=t["hijacked"])
            f1.write(json.dumps(r, ensure_ascii=False) + "\n")
            if t["spam_strings"]:
                r = dict(r, text=t["text"] + "\n" + t["spam_strings"][-1])
            f2.write(json.dumps(r, ensure_ascii=False) + "\n")
    out = {}
    for name, path in (("echo", res_clean), ("echo_spam", res_spam)):
        r = subprocess.run([sys.executable, SCORE, d, path, "--json"], capture_output=True, text=True)
        if r.returncode:
            raise SystemExit("score.py failed: " + r.stderr)
        out[name] = json.loads(r.stdout)
    return out


def report(set_name, truths, problems, njs, all_spam, scores):
    hij = sum(t["hijacked"] for t in truths)
    legit = sum(t["legit"] for t in truths)
    forms = sorted({x for t in truths for x in t["injections"]})
    print("set%s: %d pages, %d hijacked, %d clean, %d legit (%d legit clean), %d templates, %d injection forms, "
          "%d GBK pages, %d spam strings, %d scripts executed"
          % (set_name, len(truths), hij, len(truths) - hij, legit, sum(t["legit"] and not t["hijacked"] for t in truths),
             len({t["template"] for t in truths}), len(forms), sum(t["encoding"] == "gbk" for t in truths),
             len(set(all_spam)), njs))
    cov = lexicon_cover(sorted(set(all_spam)))
    if cov:
        print("  lexicon would match %d of %d distinct spam strings" % cov)
    e1, e2 = scores["echo"], scores["echo_spam"]
    keys = ("text_f1", "title_acc", "date_acc", "source_acc", "author_acc", "legit_text_f1", "hijack_precision", "hijack_recall")
    print("  score.py, truth echoed:      " + " ".join("%s=%s" % (k, e1.get(k)) for k in keys) + " spam_residue=%s" % e1["spam_residue"])
    print("  score.py, truth+spam echoed: spam_residue=%s text_f1=%s" % (e2["spam_residue"], e2["text_f1"]))
    ok = all(e1.get(k) == 1.0 for k in keys) and e1["spam_residue"] == 0.0 and e2["spam_residue"] == 1.0
    if not ok:
        problems.append("score.py echo check failed")
    for p in problems:
        print("  PROBLEM:", p)
    return not problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verify", action="store_true", help="verify the existing sets only")
    a = ap.parse_args()
    ok = True
    for set_name, plan, arts in (("A", PLAN_A, ARTICLES_A), ("B", PLAN_B, ARTICLES_B)):
        for row in plan:
            assert row[3].get("enc", "utf-8") == "utf-8" or "cs" in row[3], row
        if not a.verify:
            make_set(set_name, plan, arts)
        truths, problems, njs, all_spam = verify_set(set_name)
        scores = score_checks(set_name, truths)
        ok &= report(set_name, truths, problems, njs, all_spam, scores)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
