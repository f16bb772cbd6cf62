"""Legit articles about gambling and lotteries keep every sentence and are not flagged."""
from __future__ import annotations

import re

import pytest

from tests.clean.conftest import load


def sentences(html: bytes) -> list[str]:
    text = html.decode("utf-8")
    return [p for p in re.findall(r"<p>([^<]+)</p>", text) if "。" in p]


@pytest.mark.parametrize("name", ["legit-crackdown.html", "legit-welfare-lottery.html"])
def test_legit_gambling_topics_survive_intact(clean, name):
    a = clean(name)
    assert not a.hijacked, a.findings
    assert a.findings == []
    for sentence in sentences(load(name)):
        assert sentence in a.text


def test_police_report_naming_a_gambling_site_and_its_bait(clean):
    a = clean("legit-crackdown.html")
    assert "“皇冠体育”等赌博网站" in a.text
    assert "所谓“注册即送彩金”“稳赚不赔”都是诱人参赌的骗局" in a.text
    assert a.title == "市公安局破获特大跨境网络赌博案"
    assert a.published == "2024-05-09" and a.source == "市公安局" and a.author == "李华"


def test_sports_lottery_campaign_clean_and_hijacked_twin(clean):
    clean_twin = clean("synthetic-006-d04-jcms.html")
    hijacked_twin = clean("synthetic-007-d04-trs.html")
    assert not clean_twin.hijacked
    assert hijacked_twin.hijacked
    assert "并提醒购彩者远离非法网络博彩" in clean_twin.text
    assert clean_twin.text == hijacked_twin.text
    assert clean_twin.title == hijacked_twin.title == "省体育彩票管理中心开展“责任彩票”宣传月活动"


def test_site_title_script_without_spam_is_not_a_hijack(clean):
    a = clean("magichtml-clean-2338d64a.html", url="https://www.tqxz.com/zgls/9291.html")
    assert not a.hijacked
    assert a.title == "疫情一刀切政策怎么投诉举报"


@pytest.mark.parametrize("name", ["synthetic-018-d10-jcms.html"])
def test_clean_gov_page_not_flagged(clean, name):
    assert not clean(name).hijacked


def test_hidden_dropdown_menu_and_share_panel_are_not_injections(clean):
    a = clean("legit-hidden-menu.html")
    assert not a.hijacked, a.findings
    assert a.title == "区政府召开城乡环境综合整治工作会议"


def test_crackdown_report_on_a_hijacked_page_keeps_every_sentence(clean):
    clean_twin = clean("legit-crackdown.html")
    hijacked_twin = clean("legit-crackdown-hijacked.html")
    assert hijacked_twin.hijacked and "hidden_links" in {f.kind for f in hijacked_twin.findings}
    assert hijacked_twin.text == clean_twin.text
    assert "该团伙还以“皇冠体育官网注册即送彩金”为诱饵，诱骗群众下载赌博软件。" in hijacked_twin.text


@pytest.mark.parametrize("paragraphs", [
    ["被告人在境外“金沙官网”等赌博网站开设代理账户，法院以开设赌场罪判处其有期徒刑三年。",
     "法院查明，该团伙以“注册即送彩金”为诱饵，诱骗群众参赌，涉案金额达二千余万元。"],
    ["根据《彩票管理条例》，现将本省福利彩票公益金使用情况公告如下，详情可登录中国福利彩票官网查询。",
     "本期双色球开奖结果已在中国福利彩票官方网站公布，请中奖者在规定期限内兑奖。"],
    ["The Premier League banned gambling sponsors such as W88, Betway and Dafabet from the front of shirts.",
     "Clubs may keep the brands on their sleeves, the league said on Thursday."],
])
def test_articles_about_gambling_keep_every_sentence(paragraphs):
    from scraper.clean import clean_page

    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    raw = (f'<html><head><meta charset="utf-8"><title>通报</title></head><body><h1>关于有关情况的通报</h1>'
           f'<div class="content">{body}</div></body></html>').encode()
    a = clean_page(raw, url="http://127.0.0.1:8000/a.html")
    assert not a.hijacked, a.findings
    for p in paragraphs:
        assert p in a.text


def test_a_report_quoting_the_spam_it_saw_keeps_the_sentence():
    # v6: news of a defaced school site lists the slogans it showed, in quotes closed by 等; that
    # is reporting even with no reporting verb. An advert quoting its slogans without 等 is not.
    from scraper.clean import clean_page
    from tests.clean.test_structural import BODY, URL, page
    quoted = "<p>有家长反映，打开网站首页后看到“金沙娱乐城官网”、“注册即送彩金”等字样，随即截图留存。</p>"
    a = clean_page(page(body=BODY + quoted), url=URL)
    assert not a.hijacked, a.findings
    assert "“金沙娱乐城官网”、“注册即送彩金”等字样" in a.text
    advert = "<p>点击进入“金沙娱乐城官网”、“注册即送彩金”，下载APP。</p>"
    b = clean_page(page(body=BODY + advert), url=URL)
    assert "金沙娱乐城" not in b.text


NOTICE = ("<p>市公安局近日通报，警方在专项行动中查处一批假冒境外博彩公司的赌博网站，涉嫌开设赌场罪的三名"
          "犯罪嫌疑人已被刑事拘留。</p><p>警方提醒市民，网络赌博是违法犯罪行为，切勿轻信所谓高额返利的宣传，"
          "发现线索请及时向公安机关举报。</p>")


def _notice(title: str) -> bytes:
    # a notice page with no <h1>: the <title> is the only headline it has
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="content">{NOTICE}</div><div class="footer">市公安局 版权所有</div></body></html>').encode()


def test_a_notice_whose_only_headline_is_its_title_keeps_it():
    # v6 FF1: the one-clause <title> of a police notice was read as an injected gambling title
    from scraper.clean import clean_page
    title = "警方勒令关停逾百个假冒澳门博彩网站"
    a = clean_page(_notice(title), url="https://www.example-police.gov.cn/tb/1.html")
    assert not a.hijacked, a.findings
    assert a.title == title


def test_a_brand_title_over_a_notice_is_still_spam():
    from scraper.clean import clean_page
    a = clean_page(_notice("金沙娱乐城官网注册送彩金入口"), url="https://www.example-police.gov.cn/tb/1.html")
    assert a.hijacked and "金沙" not in (a.title or "")


def test_a_betting_law_reports_title_without_a_heading_is_its_headline():
    # a news site's <title> (headline|site|section) and no <h1>: the headline paraphrases the article,
    # which reports on the law; it is no keyword title for reading gambling words
    paragraphs = ["立法會今日三讀通過博彩稅修訂條例草案，落實籃球博彩合法化，政府將向賽馬會發出籃球博彩牌照。",
                  "馬會表示歡迎條例通過，將繼續與政府緊密合作，打擊非法賭博，並繼續推行嚴謹的有節制博彩政策。",
                  "有議員關注合法化後青少年參與賭博的風險，政府表示會加強宣傳及支援服務。"]
    page = ("<html><head><meta charset='utf-8'><title>籃球博彩合法化通過 馬會獲發營運牌 會續推有節制博彩政策|東川新聞|社會新聞"
            "</title></head><body><div class='story'>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</div></body></html>")
    from scraper.clean import clean_page
    a = clean_page(page.encode(), url="https://news.example.hk/article/1")
    assert not a.hijacked, a.findings
    assert a.title.startswith("籃球博彩合法化通過")
