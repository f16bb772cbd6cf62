"""A host offered to the visitor as a site's permanent or latest address (永久网址 <host>) is spam
whatever names it sells, and it is read before the container drops its line as furniture: a
"related reading" line set under a bureau's report must not vanish unflagged (v42 §2 S1)."""
from scraper.clean import clean_page

_BODY = ("<p>7月23日至24日,市水利局组成5个检查组,对辖区35座小型水库和重点河段堤防开展汛前安全检查。</p>"
         "<p>检查组逐一查看了大坝坝体、溢洪道及雨水情测报设备运行情况,现场交办问题隐患26处。</p>"
         "<p>市水利局要求,各责任单位要在主汛期到来前完成隐患整改,确保安全度汛。</p>")


def _page(extra: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>市开展汛前水利设施安全大检查</title></head><body>"
            "<div class='header'>某市人民政府</div><div class='article'><h1>市开展汛前水利设施安全大检查</h1>"
            f"<div class='content'>{_BODY}{extra}</div></div><div class='footer'>主办：某市人民政府</div>"
            "</body></html>").encode()


def test_a_furniture_line_offering_a_permanent_address_flags_the_page():
    line = "<p style='font-size:12px;color:#999'>推荐阅读：青蛙私密直播间 月影直播福利(永久网址 abc816.vip)</p>"
    article = clean_page(_page(line), "https://www.example.gov.cn/news/1")
    assert article.hijacked
    assert any(f.where == "address offered to visitors" for f in article.findings)
    assert "abc816" not in (article.text or "")


def test_the_same_line_among_the_article_lines_goes_from_the_text():
    line = "<p>青蛙私密直播间 月影直播福利 最新网址：abc816.vip</p>"
    article = clean_page(_page(line), "https://www.example.gov.cn/news/1")
    assert article.hijacked
    assert "abc816" not in (article.text or "") and "直播福利" not in (article.text or "")
    assert "汛前安全检查" in (article.text or "")


def test_a_related_reading_line_and_the_site_naming_its_own_domain_stay_clean():
    lines = ("<p>推荐阅读：全市水库安全度汛工作会议召开</p>"
             "<p>本站永久域名：www.example.gov.cn</p>")
    article = clean_page(_page(lines), "https://www.example.gov.cn/news/1")
    assert not article.hijacked
