"""Held-out v9's misses behind two gates, as patterns (pages written here): a keyword line whose
phrases start with digits or Latin letters, and a redirect away from a short article."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://www.shuangqiao.gov.cn/xwzx/2025/0915/8.htm"


def page(top: str = "", body: str = "", head: str = "", tail: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>双桥镇召开安全生产会议</title>{head}</head><body>
{top}<div class="header">双桥镇人民政府 | 首页 | 新闻中心</div>
<div class="article"><h1>双桥镇召开安全生产会议</h1><div class="content">{body}</div></div>
<div class="footer">版权所有:双桥镇人民政府</div>{tail}</body></html>""".encode()


LEAD = "<p>本报讯 近日，双桥镇召开安全生产工作会议，部署岁末年初安全生产工作。</p>"


def test_a_keyword_line_with_digit_led_phrases():
    line = "<div>深夜天天综合影院,超88在线,深夜小视频,66xx免费在线观看,在线视频二区专区</div>"
    a = clean_page(page(top=line, body=LEAD), url=URL)
    assert a.hijacked
    assert "在线观看" not in everything(a) and "安全生产工作会议" in a.text


def test_a_menu_of_years_is_no_keyword_line():
    menu = ('<div class="years"><a href="/2024/">2024年工作要点</a>,<a href="/2023/">2023年工作总结</a>,'
            '<a href="/2022/">2022年工作总结</a></div>')
    a = clean_page(page(top=menu, body=LEAD), url=URL)
    assert not a.hijacked, a.findings


SHORT = ("<p>12月1日，双桥镇召开安全生产工作会议，镇主要领导出席并讲话。</p>"
         "<p>会议通报了近期安全检查情况，部署了岁末年初安全生产重点工作。</p>"
         "<p>会议要求各村、各单位压实责任，加强重点行业领域隐患排查整治，确保全镇安全形势持续平稳。</p>")


def test_a_timed_redirect_away_from_a_short_article():
    script = "<script>setTimeout(function(){window.location.replace('https://hx-yl88.com/h5/');},1500);</script>"
    a = clean_page(page(body=SHORT, tail=script), url=URL)
    assert a.hijacked


def test_a_moved_notice_that_redirects_is_no_hijack():
    notice = "<p>本站已迁移至新域名，3秒后自动跳转。</p>"
    a = clean_page(page(body=notice, head='<meta http-equiv="refresh" content="3;url=https://www.shuangqiao-new.cn/">'),
                   url=URL)
    assert not a.hijacked, a.findings
