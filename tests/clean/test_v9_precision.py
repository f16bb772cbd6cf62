"""Held-out v9's false flags, as patterns (pages built here, none copied): a public site whose
<title> is its own name, a news report that names a kind of site, an ad network's probe that the
page's own <head> announces."""
from __future__ import annotations

import base64

from scraper.clean import clean_page

NOTICE = ("<p>2023年，中央、省、市拨付我区福利彩票公益金已支出70万元，区级福利彩票公益金支出3万元，专项用于民政社会福利"
          "及相关公益事业。遵循扶老、助残、救孤、济困的福彩公益金使用宗旨和彩票公益金使用有关规定，重点支持社会养老服务体系"
          "建设项目；优先支持社会福利设施建设以及残疾人、孤儿、经济困难人群等特殊困难群体受益的项目。根据《彩票管理条例》"
          "等相关规定，现对2023年度福利彩票公益金使用情况公告如下：</p>"
          "<p>一、中央彩票公益金支持社会福利事业项目12万元，用于特殊困难老年人家庭居家适老化改造和养老机构消防改造。</p>"
          "<p>二、省级福彩公益金项目24万元，统筹用于特殊儿童群体基本生活保障项目支出，按规定及时拨付到位。</p>"
          "<p>三、区级福彩公益金项目2.82万元，用于社区居家养老服务站点日常运营补助，接受社会监督。</p>")


def _notice(footer: str) -> bytes:
    return ('<html><head><meta charset="utf-8"><title>南湖省级旅游度假区</title></head><body>'
            '<div class="top">南湖省级旅游度假区</div><div class="nav"><a>首页</a> | <a>政务公开</a></div>'
            f'<div class="zw"><div class="fbxx">发布日期：2024-06-10</div><div class="zoom">{NOTICE}</div></div>'
            f'<div class="bottom">{footer}</div></body></html>').encode()


def test_a_title_naming_the_body_that_runs_the_site_is_no_keyword():
    # the whole <title> is the site's name, shown in its header and named as 主办单位 in its footer:
    # the lottery-fund notice below never repeats it, as a farm's article never repeats its keyword
    a = clean_page(_notice("主办单位：南湖省级旅游度假区 网站标识码：3708000001"), url="http://nh.example.gov.cn/art/1.html")
    assert not a.hijacked, a.findings
    assert "福利彩票公益金" in a.text


REPORT = ('<html><head><meta charset="utf-8"><title></title></head><body><div class="nav">首页 | 社会</div>'
          '<div class="article-content">'
          "<p>教育网站下方出现了黄色网站链接？3月21日，网友向本报爆料称，某教育官网下方出现黄色网站链接。</p>"
          "<p>记者联系到爆料人。他介绍，朋友在网上寻找考试信息时，点开了一个名为教育网的网站，将页面拉到下方后，发现栏目下方"
          "出现了一个论坛的链接，点进后才知是黄色网站，其实当时也疑惑这个网站是不是真的官网。</p>"
          "<p>记者随后联系了省教育厅，工作人员表示，该网站并非教育部门的官网，系假冒网站，目前正联系相关部门处理。</p>"
          '</div><div class="foot">关于我们 | 联系方式</div></body></html>').encode()


def test_a_report_naming_a_kind_of_site_keeps_its_sentences():
    a = clean_page(REPORT, url="http://news.example.com/2023/03/1.html")
    assert not a.hijacked, a.findings
    assert "出现了黄色网站链接" in a.text
    assert "点进后才知是黄色网站" in a.text


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# an ad-block probe: a 1-pixel frame of the ad network's, its address in base64 against blockers
PROBE = ("<script>(function(e){var t=document.getElementsByTagName('script')[0];function F(){"
         "var a=document.createElement('iframe');a.src=e.atob('" + _b64("//tpc.adnet-example.com/safeframe/") + "')+"
         "e.atob('" + _b64("1-0-5/html/container.html") + "');a.style.width='1px';a.style.height='1px';"
         "t.parentNode.insertBefore(a,t)}F()})(window);</script>")
ARTICLE = ("<h1>Council approves new budget for the city's parks</h1><div class='story'><p>The city council on "
           "Tuesday approved a budget that raises spending on parks and playgrounds for the next three years, "
           "after a debate that lasted most of the evening.</p><p>Members said the money would repair paths, "
           "replace old equipment and plant trees along the river, and that work would start in the spring.</p></div>")


def _news(hints: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>Council approves budget</title>{hints}{PROBE}</head>"
            f"<body>{ARTICLE}</body></html>").encode()


def test_an_ad_network_the_page_announces_in_its_head_is_hidden_from_nobody():
    hints = ('<link rel="dns-prefetch" href="//tpc.adnet-example.com">'
             '<link rel="preconnect" href="//tpc.adnet-example.com">')
    a = clean_page(_news(hints), url="https://www.example-news.com/2017/03/budget.html")
    assert not a.hijacked, a.findings


def test_the_same_probe_unannounced_is_still_a_hidden_load():
    a = clean_page(_news(""), url="https://www.example-news.com/2017/03/budget.html")
    assert a.hijacked
