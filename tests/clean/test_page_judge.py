"""The page judge (pagejudge): a page no reader condemns, whose weaker signs together read as a hijacked
page's, is flagged ``judged_page`` and nothing is cut from it; an ordinary page's menu, a sports site's
menu and a template's hidden footer are not."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, pagejudge

HOST = "https://www.qilin-robot.com"
URL = HOST + "/news/2024/09/post-43897.html"
LEAD = ("近日，公司在展会上发布了新一代智能仓储机器人，现场吸引了众多客户驻足观看。该产品采用自主导航技术，"
        "可在复杂环境中灵活作业，大幅提升仓库的拣选效率。")


def page(names: list[str], extra: str = "") -> bytes:
    menu = " ".join(f"<a href='{HOST}/{i}/'>{n}</a>" for i, n in enumerate(names))
    return (f"<html><head><meta charset='utf-8'><title>公司新一代仓储机器人亮相展会</title></head><body>"
            f"<div class='nav'>{menu}</div><h1>公司新一代仓储机器人亮相展会</h1>"
            f"<div class='article'><p>{LEAD}</p><p>{LEAD}</p></div>{extra}"
            f"<div class='foot'>版权所有</div></body></html>").encode()


@pytest.mark.parametrize("names", [
    ["琅焱棋牌", "琅焱彩票", "琅焱电竞", "新闻中心"],  # a new stem with the trade's heads, one beside the site's words
    ["首页", "jinbo体育", "jinbo真人", "jinbo娱乐"],  # a Latin stem
])
def test_a_menu_of_a_trades_names_no_reader_condemns_is_judged_and_nothing_is_cut(names):
    article = clean_page(page(names), url=URL)
    judged = [f for f in article.findings if f.kind == "judged_page"]
    assert article.hijacked and judged and "link_trade_parse" in judged[0].evidence
    assert LEAD in article.text


@pytest.mark.parametrize("names", [
    ["首页", "公司简介", "新闻中心", "产品中心"],
    ["首页", "体育新闻", "足球", "篮球", "彩票"],  # a sports site's menu
])
def test_an_ordinary_menu_is_not_judged(names):
    article = clean_page(page(names), url=URL)
    assert not article.hijacked and not article.findings


def test_a_templates_hidden_footer_linking_its_maker_is_not_judged():
    links = "".join(f"<a href='http://www.avmount.com.cn/'>{t}</a>," for t in ("电视机推车", "液晶电视机挂架"))
    article = clean_page(page(["首页", "新闻中心"], f"<div style='display:none'>专业从事于{links}</div>"), url=URL)
    assert not any(f.kind == "judged_page" for f in article.findings)


def test_the_judge_reads_nothing_into_no_numbers():
    assert pagejudge.judge_page(None) is None
    assert pagejudge.judge_page({}) is None
