"""A proven copy's trade name where its institution's name stood (v44 §3): a copy flagged by its
address or its voice loses a name of weight 0-1 that stands in the institution's slot (before its
event's ordinal, as the organiser of its meeting) or that it repeats verbatim where the story goes on
differently; the same text on its own host is left as it is, and a story of the trade keeps its
names. A pitch calling the reader to the brand's customer service is a pitch (v44 §2 S3). Pages
written here."""
from __future__ import annotations

from scraper.clean import clean_page, slots


def page(article: str) -> bytes:
    """A school's news naming no school, under a masthead naming no owner."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>学院新闻</title></head>
<body><div class="header"><span class="site-name">新闻网</span><a href="/">首页</a> <a href="/xydt/">院系动态</a></div>
<div class="content">{article}</div><div class="footer">版权所有 地址： 邮编：</div></body></html>""".encode()


COPY = "https://lovely-gifts.com/news/xydt/161841.htm"
OWN = "http://127.0.0.1/xydt/1.htm"
SLOTS = ("<p>11月20日，星河在线第五届“青春杯”篮球联赛在北校区运动场落幕。学校党委副书记出席闭幕式并讲话。</p>"
         "<p>本届比赛由校体育运动委员会主办、体育教学部承办，共有12个二级学院约3000人次参加比赛。</p>"
         "<p>4月21日下午，云岚(云岚娱乐招商)在会议中心举行教职工大会，全体教师参加。</p>")
REPEATED = ("<p>学校党委副书记前往东城校区检查指导。他强调，东城校区是云岚2娱乐的重要组成部分，对这里的学生要纳入整体管理，"
            "让这里的学生感受到云岚2娱乐的关爱。</p><p>相关辅导员要加强管理，确保安全工作不留死角。</p>")


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_flagged_copy_loses_the_trade_name_standing_in_its_institutions_slots():
    a = clean_page(page(SLOTS), url=COPY)
    assert a.hijacked and "mirror_copy" in kinds(a), a.findings
    assert "星河在线" not in a.text and "云岚" not in a.text, a.text
    assert "第五届“青春杯”篮球联赛在北校区运动场落幕" in a.text and "在会议中心举行教职工大会" in a.text


def test_a_flagged_copy_loses_a_marked_trade_name_it_repeats_where_the_institution_stood():
    a = clean_page(page(REPEATED), url=COPY)
    assert a.hijacked, a.findings
    assert "云岚2娱乐" not in a.text and "东城校区是的重要组成部分" in a.text, a.text


def test_the_same_text_on_its_own_host_is_left_as_it_is():
    for article in (SLOTS, REPEATED):
        a = clean_page(page(article), url=OWN)
        assert not a.hijacked, a.findings
        assert "星河在线" in a.text or "云岚2娱乐" in a.text, a.text


def test_a_story_of_the_trade_keeps_its_guests_name():
    # (read by the slot reader itself: other readers judge a brand-shaped guest on a flagged copy)
    story = ["10月24日上午，星河电竞(XHE)联合创始人、学校党委特聘顾问郑博士应邀为学生作讲座。",
             "他介绍了电竞产业的发展，电竞专业的学生踊跃提问。"]
    assert slots.standing_trade_names(story) == []
    # a firm before 联合创始人 is the guest's firm, in no slot (联合 of a co-founder organises nothing:
    # rc18-004's truth keeps 英雄电竞(VSPO)联合创始人 in its title), story of the trade or not
    assert slots.standing_trade_names(story[:1]) == []
    # the same name organising the event, where the institution stands, is read
    assert slots.standing_trade_names(["10月24日上午，星河电竞(XHE)联合学校举办专题讲座，学生踊跃提问。"]) == ["星河电竞(XHE)"]


NEWS = ("<p>近日，岚桥镇农村生活污水治理提升工程通过竣工验收。</p><p>{pitch}</p>"
        "<p>镇政府表示，将建立三级运维机制，确保设施长期稳定运行。</p>")


def test_a_pitch_calling_the_reader_to_its_customer_service_is_cut():
    pitch = "极星真人荷官实时发牌，首充返水百分之二十，详询极星真人客服。"
    a = clean_page(page(NEWS.format(pitch=pitch)), url="https://www.lanqiao.gov.cn/info/1.htm")
    assert a.hijacked and "返水" not in a.text and "竣工验收" in a.text, (a.text, a.findings)


def test_a_sentence_asking_customer_service_without_a_promo_phrase_stays():
    line = "用户咨询忙坏客服，平台表示将尽快答复。"
    a = clean_page(page(NEWS.format(pitch=line)), url="https://www.lanqiao.gov.cn/info/1.htm")
    assert not a.hijacked and line in a.text, (a.text, a.findings)
