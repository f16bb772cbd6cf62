"""A headline's own clauses are no injection (bench/crawl.py's clean site, 599 of 600 pages flagged):
a headline whose clauses its article does not repeat is no keyword line, and a span of a headline
that holds the sentence's own clause marks is no spliced keyword."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.spliced import headline_splice

URL = "http://www.example.gov.cn/art/2024/5/9/art_1_2.html"


def _page(headline: str, body: str, title: str | None = None) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title or headline + "-青山市人民政府"}'
            f'</title></head><body><div class="nav"><a href="/">首页</a><a href="/zwyw/">政务要闻</a></div>'
            f'<div class="main"><h1 class="arti_title">{headline}</h1><div class="arti_metas">发布时间：2024-05-09 '
            f'来源：市政府办公室</div><div class="wp_articlecontent">{body}</div>'
            '<div class="sidebar"><h3>热点新闻</h3><ul><li><a href="/art/1.html">我市新增两处城市公园</a></li>'
            '<li><a href="/art/2.html">青山市举行春季招聘会</a></li></ul></div></div>'
            '<div class="footer">版权所有 © 青山市人民政府</div>'
            '</body></html>').encode()


# An article about other things than its headline says (a photo report beside other news).
BODY = ("<p>图为现场照片。</p><p>本版照片由新闻中心提供，欢迎读者来稿，来稿请注明作者姓名与联系方式。</p>"
        "<p>近日，市图书馆举办读书月系列活动，推进书香城市建设，营造全民阅读氛围，吸引了众多市民参与。</p>"
        "<p>市场监管局发布消费提示，提醒市民理性消费，谨防虚假促销，遇到问题及时拨打投诉热线。</p>"
        "<p>各区县和有关部门负责同志，市直各单位主要负责人在分会场参加。</p>")


def test_a_headline_of_clauses_its_article_does_not_repeat_is_the_title_and_no_spam():
    headline = "全市召开安全生产工作会议，部署节前安全检查，压实各方责任"
    a = clean_page(_page(headline, BODY), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == headline


def test_a_keyword_line_above_the_headline_is_still_spam():
    headline = "全市召开安全生产工作会议，部署节前安全检查，压实各方责任"
    keywords = "<p>芝麻分秒下款口子,无视黑白户当天放款,大学生分期借钱不查征信</p>"
    a = clean_page(_page(headline, BODY).replace(b'<div class="main">', f'<div class="main">{keywords}'.encode()),
                   url=URL)
    assert a.hijacked and "spam_text" in {f.kind for f in a.findings}
    assert a.title == headline


def test_a_quoted_slogan_in_a_headline_is_no_spliced_keyword():
    lines = ["9月1日，省体育彩票管理中心走进我校开展“责任彩票”宣传活动，倡导理性购彩，拒绝未成年人购彩。",
             "活动现场发放宣传资料2000余份，300余名师生参加。", "各学院要落实好全面推进乡村振兴工作的有关决策部署。"]
    assert headline_splice("活动现场，工作人员向师生宣传“量力而行、理性投注”的购彩", lines) is None
    # a search phrase pasted whole into the headline still is one
    assert headline_splice("香澳门六开奖结果2023开奖记录查询网站港立法会将实行新安排",
                           ["香港立法会将实行新安排,优化前厅交流会机制。"])


# --- A search stem spliced into a feature's headline (v32 §1 R2: measured, left out; spliced.MIN_REST_COVERED) ---
# A feature's headline carries a column tag and a slogan its article never writes, so the headline's
# rest is not the article's, and the stem (a year glued to words of weight 0) bears no spam mark.

FEATURE = ("<p>新华网湖南桃源10月3日电 (记者 李明)“村BA”开赛前,62岁的王大山带着队员们在球场边热身。他们要在“村BA”"
           "决赛中对阵邻村的老对手。</p><p>10月2日晚,2024“桃源村BA”在镇文体广场开赛。这是桃源县第三次办“村BA”。当晚,"
           "广场四周挂满了彩旗,看台上座无虚席。</p><p>“村BA”是村民们自己的赛事。说起办“村BA”,谁出力最多?报名表里,村民、"
           "学生、返乡青年的名字一个接一个,已经给出了答案。</p><p>比赛间隙,舞龙、腰鼓、山歌等节目轮番上场。观众席上,"
           "加油声、欢笑声此起彼伏,不少村民拿出手机记录精彩瞬间。</p>")


@pytest.mark.xfail(strict=True, reason="measured rule left out: it gains one dev split besides v32 (spliced.py, "
                   "under MIN_REST_COVERED)")
def test_a_year_stem_spliced_into_a_features_headline_is_cut():
    headline = "(乡村行)湖南山区小镇办“2019年明日香港村BA”庆丰收 球场人气旺"
    a = clean_page(_page(headline, FEATURE), url=URL)
    assert a.hijacked and any(f.where == "headline" for f in a.findings), a.findings
    assert a.title == "(乡村行)湖南山区小镇办“村BA”庆丰收 球场人气旺"


def test_a_features_own_year_and_a_casino_business_headline_stay_whole():
    for headline, body in (
            ("(乡村行)湖南山区小镇办“2024年金秋村BA”庆丰收 球场人气旺", FEATURE),  # the page writes its year
            ("澳门2023年博彩毛收入1830亿元 同比增长逾三倍",
             "<p>澳门特区政府博彩监察协调局1日公布,2023年澳门博彩毛收入为1830亿澳门元,同比增长逾三倍。</p>"
             "<p>业界人士表示,随着旅客回升,澳门博彩业持续复苏,非博彩元素的投入亦逐步增加。</p>")):
        a = clean_page(_page(headline, body), url=URL)
        assert not a.hijacked, (headline, a.findings)
        assert a.title == headline


def test_a_notice_headline_whose_year_the_article_writes_apart_keeps_its_bureau():
    # v33 rc33-023/sy33-039's form: the article never writes the bureau's name, and writes the
    # headline's neighbours joined by chance (我市2023年度); a cut inside the year (民政局关于20|23年度)
    # read the bureau as a spliced brand and cut the title
    headline = "青山市民政局关于2023年度福利彩票公益金使用情况的公告"
    body = ("<p>根据有关规定，现将我市2023年度福利彩票公益金使用情况公告如下。</p>"
            "<p>2023年度共使用福利彩票公益金1250万元，用于养老服务、儿童福利、残疾人康复和社会救助等项目。</p>"
            "<p>欢迎社会各界监督。</p>")
    a = clean_page(_page(headline, body), url=URL)
    assert not a.hijacked, a.findings
    assert a.title == headline


# --- A name set inside a word of the headline (v38 §2 S2: 举|宸瑞国际|办; measured, left out: spliced.py,
# under MIN_UNMARKED_SPAN) ---

FESTIVAL = ("<p>1月4日,南岑学院举办第十届大学生科技文化节。各学院学生代表、校团委工作人员等参加活动。</p>"
            "<p>科技文化节设置了创新创业大赛、科普展览、学术讲座等活动,吸引了众多师生参与。</p>"
            "<p>下一步,南岑学院将以此次活动为契机,持续抓好科技文化节各项工作,确保取得实效。</p>")


@pytest.mark.xfail(strict=True, reason="nm30 reader measured, not wired (variant b0cdbc6): it gains the studied v38 "
                   "only (sv38-025, -026); spliced.py, under MIN_UNMARKED_SPAN")
def test_a_name_cutting_a_word_of_the_headline_is_spliced_and_cut_from_the_title():
    a = clean_page(_page("南岑学院举宸瑞国际办第十届大学生科技文化节", FESTIVAL), url=URL)
    assert a.hijacked and any(f.where == "headline" and "宸瑞国际" in f.evidence for f in a.findings), a.findings
    assert a.title == "南岑学院举办第十届大学生科技文化节"


def test_a_headlines_own_names_stay_whole():
    for headline, body in (
            # the article writes the name: the sponsor of the festival
            ("南岑学院举办宸瑞国际杯第十届大学生科技文化节",
             FESTIVAL.replace("第十届大学生科技文化节。", "宸瑞国际杯第十届大学生科技文化节,宸瑞国际有限公司协办。", 1)),
            # the school's own name over an article that never writes it and writes 教师开展 (synthetic-v1-setA
            # 001-a01-phpcms' form): 江川师|范大学召|开 passes every relation test of a span; the variant's
            # dictionary refuses it (师开 is no word)
            ("江川师范大学召开2024年本科教学工作会议",
             "<p>3月5日下午,2024年本科教学工作会议在行政楼第一会议室召开。会议总结了上学期本科教学工作,"
             "部署了本学期教学工作重点。</p><p>会议要求,各学院要鼓励教师开展混合式教学,交流课堂教学经验。</p>")):
        a = clean_page(_page(headline, body), url=URL)
        assert not a.hijacked, (headline, a.findings)
        assert a.title == headline
