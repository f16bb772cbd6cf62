"""Spam judged by the role a string plays in the page (v3 miss patterns E, F, G, H2, R1, R2, T2):
a keyword pair pasted where a sentence's own words stood, a chain of search phrases as the first
line, an advert's credit in brackets, a brand before the headline's copy, another site's domain
where the site's name stands. Each has a legit near miss that keeps every word."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "https://www.lzgov-ex.gov.cn/art/2025/6/12/art_1021_3307.html"


def page(paragraphs: list[str], title: str, h1: str | None = None, byline: str = "", links: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    heading = f"<h1>{h1 if h1 is not None else title}</h1>" if h1 != "" else ""
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻中心</a> {links}</div>{heading}'
            f'<div class="info">{byline}</div><div class="content">{body}</div>'
            '<div class="foot">版权所有 某市人民政府办公室</div></body></html>').encode()


REPORT = ["会议还通报了上半年重点工作的推进情况，各单位负责人逐一汇报了工作进展。",
          "会议要求，各部门要进一步压实责任，确保全年目标任务按期完成。"]


def test_a_keyword_pair_pasted_into_sentences_is_cut_and_flags_the_page():
    text = ["根据《省人民政府办公厅赛事速递,足球赛事速递印发2025年政务公开工作要点的通知》要求，结合我市实际，制定本方案。",
            "市政府办公室赛事速递,足球赛事速递印发了年度工作方案，明确了责任分工。"] + REPORT
    a = clean_page(page(text, "某市2025年政务公开工作方案"), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "赛事速递" not in everything(a)
    assert "《省人民政府办公厅印发2025年政务公开工作要点的通知》" in a.text


def test_a_slogan_said_twice_in_a_speech_is_no_keyword_pair():
    text = ["会议指出，要牢固树立体育强国,建设体育强国的目标，推动全民健身。",
            "会议强调，各级各部门要围绕体育强国,建设体育强国的任务，抓好落实。",
            "体育强国是新时代的重要目标，需要全社会共同努力。"] + REPORT
    a = clean_page(page(text, "市体育局召开全民健身工作推进会"), url=URL)
    assert not a.hijacked and not a.findings
    assert a.text.count("体育强国,建设体育强国") == 2


def test_a_chain_of_porn_search_phrases_as_the_first_line_is_cut():
    chain = "精品国产在线观看_日韩无码高清视频_亚洲精品久久免费_午夜成人在线影院_最新国产自拍视频"
    a = clean_page(page([chain] + REPORT, "某市召开上半年工作推进会", h1=""), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "精品国产" not in a.text and a.text.startswith("会议还通报了")


def test_a_paper_s_labelled_keywords_about_gambling_stay():
    text = ["摘要：本文以问题博彩为对象，分析了彩民的认知偏差与干预路径。",
            "关键词：问题博彩_问题彩民_体育彩票_博彩认知_责任博彩",
            "一、引言：近年来，彩票市场规模持续扩大，问题博彩的研究日益受到关注。"]
    a = clean_page(page(text, "问题博彩认知偏差的干预研究"), url=URL)
    assert not a.hijacked
    assert "关键词：问题博彩_问题彩民" in a.text


def test_a_bracketed_credit_that_invites_the_reader_on_is_an_advert():
    text = REPORT[:1] + [REPORT[1] + "（本文由🎲鸿泰棋牌🎲提供支持，更多精彩请访问🎲鸿泰棋牌🎲24小时在线客服）"]
    a = clean_page(page(text, "某市召开上半年工作推进会"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "鸿泰" not in everything(a) and a.text.endswith("确保全年目标任务按期完成。")


def test_an_office_s_credit_with_a_pointer_to_its_site_stays():
    text = REPORT[:1] + [REPORT[1] + "（本文由市政府办公室提供，详情请访问市政府门户网站）"]
    a = clean_page(page(text, "某市召开上半年工作推进会"), url=URL)
    assert not a.hijacked and "（本文由市政府办公室提供" in a.text


def test_a_brand_set_before_the_headline_s_copy_is_cut():
    title = "某市城市管理局召开防汛工作部署会"
    text = [f"瑞鑫體育 {title}", "6月3日，某市城市管理局召开防汛工作部署会，安排部署防汛重点工作。"] + REPORT
    a = clean_page(page(text, title, h1=""), url=URL)
    assert a.hijacked and a.title == title
    assert "瑞鑫" not in everything(a)


def test_a_section_label_before_the_headline_s_copy_stays():
    title = "某市城市管理局召开防汛工作部署会"
    text = [f"工作动态 {title}", "6月3日，某市城市管理局召开防汛工作部署会，安排部署防汛重点工作。"] + REPORT
    a = clean_page(page(text, title, h1=""), url=URL)
    assert not a.hijacked and a.text.startswith("工作动态")


def test_another_site_s_domain_where_the_site_s_name_stands_is_spam():
    a = clean_page(page(REPORT, "某市召开上半年工作推进会-HUIXING.COM汇星", h1="某市召开上半年工作推进会"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title == "某市召开上半年工作推进会" and "汇星" not in everything(a)


def test_the_site_s_own_or_linked_domain_in_the_title_is_its_name():
    own = clean_page(page(REPORT, "某市召开上半年工作推进会-LZGOV-EX.GOV.CN", h1="某市召开上半年工作推进会"), url=URL)
    linked = clean_page(page(REPORT, "某市召开上半年工作推进会-portal-ex.com", h1="某市召开上半年工作推进会",
                             links='<a href="https://www.portal-ex.com/">portal-ex.com</a>'), url=URL)
    assert not own.hijacked and not linked.hijacked


def test_a_headline_about_the_college_website_keeps_its_first_words():
    title = "做好学院网站参评全国高校百佳网站的通知"
    text = ["各学院：为做好全国高校百佳网站评选工作，现将有关事项通知如下。",
            "请各学院网站于6月底前完成自查，参评材料报宣传部。"]
    a = clean_page(page(text, title), url=URL)
    assert not a.hijacked and a.title == title


def test_a_name_before_a_campus_is_learned_without_its_preposition():
    title = "jinhui金辉中文举行校园文化节开幕式"
    text = ["3月10日下午，jinhui金辉中文在海滨校区礼堂举行校园文化节开幕式。",
            "开幕式上，师生代表表演了精彩的文艺节目。"]
    a = clean_page(page(text, title), url=URL)
    assert a.hijacked
    assert "jinhui" not in everything(a).lower() and "在海滨校区礼堂举行" in a.text


def test_a_short_brand_s_number_and_other_tail_go_where_its_title_form_was_proven():
    title = "宏盛8注册竞技体育大讲堂第六期讲座举行"
    text = ["6月8日晚，由宏盛8代理、省体育科学学会共同主办的“宏盛8注册竞技体育大讲堂”第六期讲座在学术报告厅举行。",
            "讲座由运动训练学教研室主任主持。"]
    a = clean_page(page(text, title, h1="竞技体育大讲堂第六期讲座举行"), url=URL)
    assert a.hijacked and "宏盛8" not in everything(a)


def test_a_whole_byline_field_in_a_brand_s_web_form_goes_on_a_caught_page():
    a = clean_page(page(REPORT, "某市召开上半年工作推进会-HUIXING.COM汇星", h1="某市召开上半年工作推进会",
                        byline="发布时间：2025-06-12 来源：市政府办公室 作者：金鼎官网"), url=URL)
    assert a.hijacked and a.source == "市政府办公室" and not a.author


def test_the_school_s_own_site_as_source_stays():
    a = clean_page(page(REPORT, "某市召开上半年工作推进会", byline="发布时间：2025-06-12 来源：学校官网"), url=URL)
    assert not a.hijacked and a.source == "学校官网"


def test_a_content_farm_s_brand_as_title_and_headline_is_no_headline():
    a = clean_page(page(REPORT, "爆料 官网"), url=URL)
    assert a.hijacked and "spam_title" in kinds(a) and not a.title


def test_a_shop_s_site_name_as_headline_is_kept_when_its_page_speaks_of_it():
    text = ["禾木新款手机今日发布，禾木官方商城同步开售。", "禾木表示，新品将在全国门店陆续上架。"]
    a = clean_page(page(text, "禾木官网"), url="https://www.hemu-ex.com/news/1.html")
    assert not a.hijacked and a.title == "禾木官网"
