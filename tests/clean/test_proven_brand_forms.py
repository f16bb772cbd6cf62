"""What proves a page hijacked is taken from the rest of it too: the brand a proven line names in
each clause (X官方平台，X最新地址x-y.cc) and its second selling line (英超滚球投注就上X), the brand's short
form and the address glued to it (X体育官网 in the title, X and x.com glued into every clause), and a
brand with an editor's desk word as the byline (编辑：X娱乐小编; v43 §3, §2 S2)."""
from scraper.clean import clean_page

_BODY = ("<p>4月15日,县司法局在中心广场开展全民国家安全教育日集中宣传活动,向过往群众发放宣传资料。</p>"
         "<p>工作人员结合典型案例,讲解了国家安全法等法律法规,提醒群众提高防范意识。</p>"
         "<p>活动共发放宣传资料450余份,接受群众咨询200余人次。</p>")


def _page(body: str, title: str = "县司法局开展全民国家安全教育日宣传活动", info: str = "") -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + title + "</title></head><body>"
            "<div class='header'>某县人民政府</div><div class='article'><h1>县司法局开展全民国家安全教育日宣传活动</h1>"
            f"{info}<div class='content'>{body}</div></div><div class='footer'>主办：某县人民政府</div>"
            "</body></html>").encode()


def test_the_brand_an_offered_address_line_repeats_goes_with_its_second_selling_line():
    extra = "<p>澜汐体育官方平台，澜汐体育最新地址lanxi-ty.cc</p><p>英超滚球投注就上澜汐体育</p>"
    article = clean_page(_page(_BODY + extra), "https://www.example.gov.cn/news/1")
    assert article.hijacked
    text = article.text or ""
    assert "澜汐" not in text and "英超滚球" not in text
    assert "接受群众咨询200余人次" in text and "国家安全法" in text


def test_a_brand_short_form_and_its_glued_address_go_from_every_clause():
    body = ("<p>4月15日云岫综合yunxiu.com,县司法局在中心广场开展宣传活动云岫综合,向过往群众发放宣传资料。</p>"
            "<p>工作人员结合典型案例云岫综合,讲解了国家安全法等法律法规yunxiu.com,提醒群众提高防范意识。</p>"
            "<p>活动共发放宣传资料450余份云岫综合,接受群众咨询200余人次。</p>")
    article = clean_page(_page(body, title="云岫综合体育官网县司法局开展全民国家安全教育日宣传活动"),
                         "https://www.example.gov.cn/news/1")
    assert article.hijacked
    text = article.text or ""
    assert "云岫" not in text and "yunxiu" not in text
    assert "讲解了国家安全法等法律法规" in text


def test_a_brand_as_the_editor_with_the_desk_word_is_no_author():
    info = "<div class='info'>日期：2025-04-15 来源：某县司法局 编辑：汀岚娱乐小编</div>"
    article = clean_page(_page(_BODY, info=info), "https://www.example.gov.cn/news/1")
    assert article.hijacked
    assert "汀岚" not in (article.author or "")


def test_a_person_as_the_editor_with_the_desk_word_stays():
    info = "<div class='info'>日期：2025-04-15 来源：某县司法局 编辑：李明小编</div>"
    article = clean_page(_page(_BODY, info=info), "https://www.example.gov.cn/news/1")
    assert not article.hijacked


def _footer_page(credit: str, body: str = _BODY) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>县司法局开展全民国家安全教育日宣传活动</title></head><body>"
            "<div class='article'><h1>县司法局开展全民国家安全教育日宣传活动</h1>"
            f"<div class='content'>{body}</div></div><footer><p>&copy; 2022 某县司法局</p>"
            f"<p>技术支持：{credit}</p></footer></body></html>").encode()


def test_an_arcade_brand_as_the_footers_technical_support_flags_the_page():
    article = clean_page(_footer_page("<a href='https://lanyu-dw.vip/'>澜屿电玩</a>"), "https://www.example.gov.cn/news/1")
    assert article.hijacked


def test_a_web_firm_as_technical_support_and_a_report_on_arcades_stay_clean():
    body = _BODY + "<p>县文化市场综合执法大队同日开展突击检查,严查电玩城赌博行为。</p>"
    article = clean_page(_footer_page("<a href='http://vip.hlk3.net/'>星瀚网络</a>", body), "https://www.example.gov.cn/news/1")
    assert not article.hijacked
    assert "电玩城赌博" in (article.text or "")
