"""A promo template the lexicon weighs as strong glued into an office's or a school's sentences
(session 28, nv28, issue 11; v36 §7.2, brandshapes.glued_templates): 注册即送, 体育APP, 电子游艺返水
name no brand, so no brand shape reads them, yet the lexicon weighs them strong. Where such a template
is the page's only trade word it replaced a word and is cut; a page that speaks of the trade keeps it.
Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds


def office_page(topic: str, more: str = "") -> bytes:
    title = f"荷溪区应急管理局组织开展{topic}应急演练"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_荷溪区人民政府</title></head>
<body><div class="header">荷溪区人民政府 <a href="/">首页</a> <a href="/zwdt/">政务动态</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-06-04</p>
<div class="content"><p>6月3日，荷溪区应急管理局在城南河堤段组织开展{topic}应急演练，区指挥部成员单位和街道抢险队伍共二百余人参加。</p>
<p>演练模拟了强降雨引发河堤险情的场景，参演队伍依次开展险情报告、人员转移和物资调运等科目。{more}</p>
<p>下一步，该局将持续完善预案，提升基层应急处置能力。</p></div></div>
<div class="footer">版权所有 荷溪区人民政府</div></body></html>""".encode()


def test_a_promo_template_glued_into_an_offices_sentences_is_cut_and_the_page_flagged():
    # a template (注册即送, 首存, app下载…) names no brand, so no brand shape: the lexicon weighs it strong
    a = clean_page(office_page("注册即送88"), url="http://www.hexi.gov.cn/zwdt/2024/0604/88.html")
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "注册即送" not in everything(a)
    assert "应急演练" in a.title and "区指挥部成员单位和街道抢险队伍共二百余人参加" in a.text


def test_the_plain_news_and_a_page_about_the_trade_are_left_alone():
    a = clean_page(office_page("防汛"), url="http://www.hexi.gov.cn/zwdt/2024/0604/88.html")
    assert not a.hijacked and not a.findings, a.findings
    page = office_page("注册即送88", more="演练结束后，民警提醒群众警惕网络赌博平台以“注册即送”为诱饵的骗局。")
    a = clean_page(page, url="http://www.hexi.gov.cn/zwdt/2024/0604/88.html")
    assert "spliced_brand" not in kinds(a), a.findings
