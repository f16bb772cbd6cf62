"""Held-out v9's residue and misses, as patterns (pages written here, names invented): a name
sprinkled as a clause of its own into a proven page's sentences, a gambling-suffixed name set with
a space before the headline, a promo lead above an article about something else."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://www.shuangqiao.gov.cn/xwzx/2025/0915/8.htm"
HEAD = "双桥镇开展免费健康体检"
FARM = ('<div style="display:none">'
        + "".join(f'<a href="https://qqzz{i}.top/">澳汇娱乐{i}</a> ' for i in range(6)) + "</div>")
OWN = ("<p>9月15日起，双桥镇在辖区各村卫生室为65岁以上老年人开展免费健康体检，预计服务3200余人。</p>"
       "<p>体检项目包括血压、血糖、血脂、肝肾功能和心电图，结果将录入居民健康档案。</p>")


def page(body: str, extra: str = "", head: str = HEAD) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{head}-双桥镇人民政府</title></head><body>
<div class="header"><a href="/">双桥镇人民政府</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>{head}</h1><div class="meta">发布日期:2025-09-15 来源:双桥镇卫生院</div>
<div class="content">{body}</div></div>{extra}
<div class="footer">版权所有:双桥镇人民政府</div></body></html>""".encode()


def test_a_name_sprinkled_as_a_clause_leaves_a_proven_page():
    body = ("<p>为做好老年人健康管理工作，岚汀棋牌，9月15日起，双桥镇在辖区各村卫生室开展免费健康体检。</p>"
            "<p>体检项目包括血压、血糖、血脂，岚汀棋牌，结果将录入居民健康档案。</p>")
    a = clean_page(page(body, FARM), url=URL)
    assert a.hijacked
    assert "岚汀" not in everything(a)
    assert "为做好老年人健康管理工作，9月15日起" in a.text  # the sentence closes over the cut


def test_a_clause_name_is_not_cut_from_a_page_with_no_proof():
    body = "<p>为做好老年人健康管理工作，岚汀棋牌，9月15日起，双桥镇在辖区各村卫生室开展免费健康体检。</p>" + OWN
    a = clean_page(page(body), url=URL)
    assert not a.hijacked and "岚汀棋牌" in a.text


def test_a_gambling_suffixed_name_before_the_headline_with_a_space():
    a = clean_page(page(OWN, head="翠岚彩票 " + HEAD), url=URL)
    assert a.hijacked
    assert a.title == HEAD
    assert "翠岚" not in everything(a)


def test_a_kicker_before_the_headline_stays():
    # a topic before a space (and a sports word the article writes) is no name
    body = OWN + "<p>活动同时普及全民健身和校园体育知识。</p>"
    for kicker in ("健康双桥", "校园体育"):
        a = clean_page(page(body, head=f"{kicker} {HEAD}"), url=URL)
        assert not a.hijacked, (kicker, a.findings)


PROMO = "<p>岚汀体育提醒您：首存即送彩金，真人视讯、体育赛事、彩票棋牌一站畅玩。</p>"


def test_a_promo_lead_above_an_article_about_something_else():
    a = clean_page(page(PROMO + OWN), url=URL)
    assert a.hijacked
    assert "彩金" not in a.text and "结果将录入居民健康档案" in a.text


def test_a_report_on_gambling_keeps_the_pitch_it_quotes():
    report = ("<p>近期有群众反映，收到短信称“首存即送彩金，真人视讯一站畅玩”。</p>"
              "<p>镇综治办提示，网络赌博危害大，群众要自觉抵制，发现线索及时报告。</p>")
    a = clean_page(page(report + OWN), url=URL)
    assert not a.hijacked, a.findings
    assert "首存即送彩金" in a.text


def test_a_keyword_glued_after_the_headline_in_title_and_h1():
    # a phrase in no list, after a pipe in both the <title> and the h1, that the page writes nowhere else
    a = clean_page(page(OWN, head=HEAD + "|深夜小影院高清专区"), url=URL)
    assert a.hijacked
    assert "深夜小影院" not in everything(a)


def test_a_second_clause_of_the_headline_stays():
    body = OWN + "<p>本次体检为老人送上健康关爱，守护幸福晚年。</p>"
    a = clean_page(page(body, head=HEAD + "|守护老人健康晚年"), url=URL)
    assert not a.hijacked, a.findings


def test_an_off_site_phrase_appended_after_a_paragraph_closed():
    body = ("<p>9月15日起，双桥镇在辖区各村卫生室为65岁以上老年人开展免费健康体检，预计服务3200余人。"
            '<a href="http://yeying-cp.net/">蜜色短片每日更新</a></p>'
            "<p>体检项目包括血压、血糖、血脂、肝肾功能和心电图，结果将录入居民健康档案。</p>")
    a = clean_page(page(body), url=URL)
    assert a.hijacked
    assert "蜜色短片" not in everything(a) and "预计服务3200余人" in a.text


def test_a_paragraph_link_to_what_it_speaks_of_stays():
    body = ("<p>9月15日起，双桥镇在辖区各村卫生室为65岁以上老年人开展免费健康体检，预计服务3200余人。"
            '<a href="https://www.example-health.cn/">老年人免费健康体检</a></p>'
            "<p>体检项目包括血压、血糖、血脂、肝肾功能和心电图，结果将录入居民健康档案。"
            '<a href="https://www.example-county.gov.cn/">县卫生健康局网站</a></p>')
    a = clean_page(page(body), url=URL)
    assert not a.hijacked, a.findings


def test_gambling_nouns_spliced_in_as_bare_clauses():
    body = ("<p>近日，双桥镇在辖区各村卫生室开展免费健康体检，百家乐。体检对象为65岁以上老年人，预计服务3200余人，地下球盘。</p>"
            "<p>体检项目包括血压、血糖、血脂，九州百家乐，结果将录入居民健康档案。</p>" + OWN)
    a = clean_page(page(body), url=URL)
    assert a.hijacked
    assert "百家乐" not in a.text and "球盘" not in a.text
    assert "开展免费健康体检。体检对象为65岁以上老年人" in a.text


def test_short_clauses_that_join_a_sentence_stay():
    body = ("<p>近日，双桥镇开展免费健康体检，同时，各村卫生室延长服务时间，此外，镇卫生院派出医生驻村。</p>"
            "<p>体检结束后，结果将录入居民健康档案，随后，医生上门解读。</p>" + OWN)
    a = clean_page(page(body), url=URL)
    assert not a.hijacked, a.findings
