"""Names judged by the slot they stand in, not by their words (v19 B, C, D, F): a company's website
as a public body's 来源, a keyword pair or a website's name where the unit's name stands in the
article, a sign-up phrase as the site's name. Each has a legit twin that keeps every word."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import everything, kinds

FILLER = "会议要求，各单位要立足防大汛、抗大洪、抢大险，全面开展隐患排查，落实防汛责任人和避险转移方案，储备必要的防汛物资。"


def _page(site: str, title: str, paras: list[str], source: str = "办公室", header: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><meta charset='utf-8'><title>{title}-{site}</title></head><body>"
            f"<div class='logo'>{header or site}</div><div class='article'><h1>{title}</h1>"
            f"<div class='info'>发布时间：2024-05-06 | 作者：李明 | 来源：{source}</div>{body}</div>"
            f"<div class='footer'>{header or site} 版权所有</div></body></html>").encode()


TOWN_NEWS = ["为巩固农村人居环境整治成果，桐溪镇近日组织开展专项检查，对全镇各村垃圾收运和村庄清洁情况逐一检查。",
             "镇党委书记表示，各村要建立长效保洁机制，发动群众参与，确保村容村貌持续改善。", FILLER]


def test_a_company_website_as_a_towns_source_is_no_source():
    a = clean_page(_page("桐溪镇人民政府", "桐溪镇推进农村人居环境整治", TOWN_NEWS, source="琮瑜娱乐(中国)有限公司官网"))
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert a.source is None
    assert "琮瑜" not in everything(a)
    assert "镇党委书记表示" in a.text


def test_a_company_the_story_speaks_of_stays_the_source():
    # a tram line's site credited over a story about the tram (the name's words are the story's)
    a = clean_page(_page("桐溪区人民政府", "桐溪有轨电车二期开通运营",
                         ["桐溪有轨电车二期工程今日开通，沿线设站十二座，有轨电车全程运行约四十分钟。", FILLER],
                         source="桐溪现代有轨电车官网"))
    assert not a.hijacked
    assert a.source == "桐溪现代有轨电车官网"


def test_a_company_source_on_a_companys_own_news_stays():
    a = clean_page(_page("澜信科技(中国)有限公司", "公司召开年度安全生产会议", ["公司召开年度安全生产会议，部署全年工作。", FILLER],
                         source="澜信科技(中国)有限公司官网"))
    assert not a.hijacked
    assert a.source == "澜信科技(中国)有限公司官网"


def test_a_universitys_own_unit_as_source_stays_whether_or_not_the_story_names_it():
    # 后勤集团 is a university's logistics unit, no company: 集团 alone marks no firm, and a unit the
    # headline and story name again is the story's (the demo site's page; r18 found it cut)
    story = ["新学期伊始，后勤集团联合属地市场监管部门在校园及周边开展食品安全专项整治行动。", FILLER]
    for paras in (story, [FILLER]):
        a = clean_page(_page("澄溪大学", "后勤集团开展校园周边食品安全专项整治" if paras is story else "校园食品安全专项整治",
                             paras, source="后勤集团"))
        assert not a.hijacked
        assert a.source == "后勤集团"


def test_a_keyword_pair_in_the_units_place_is_cut():
    a = clean_page(_page("澄溪职业学院", "澄溪职业学院组织师生参加无偿献血活动",
                         ["3月8日，快乐彩，江城快乐彩开奖网联合市中心血站开展无偿献血活动，157名师生踊跃报名参加。", FILLER]))
    assert a.hijacked
    assert "快乐彩" not in everything(a)
    assert "联合市中心血站开展无偿献血活动" in a.text


def test_a_plain_list_of_two_phrases_is_kept():
    text = "本次活动主题为创新，创新驱动发展，由学院与市科技馆联合主办，师生共同参加。"
    a = clean_page(_page("澄溪职业学院", "澄溪职业学院举办科技活动周", [text, FILLER]))
    assert not a.hijacked
    assert text in a.text


def test_a_website_name_in_the_hospitals_place_is_cut():
    a = clean_page(_page("党旗飘扬", "外科党支部开展义诊",
                         ["9月21日上午，外科党支部组织专家来到港下镇，为群众提供医疗咨询服务。",
                          "义诊活动为乡民送去了健康咨询，也极大地提高了琼台鹭岛网站的社会形象。", FILLER]))
    assert a.hijacked
    assert "琼台鹭岛" not in everything(a)
    assert "为群众提供医疗咨询服务" in a.text


def test_the_institutions_own_website_keeps_its_place():
    text = "改版后的港下镇人民医院网站访问量大幅增加，也提高了港下镇人民医院网站的社会形象。"
    a = clean_page(_page("港下镇人民医院", "港下镇人民医院网站完成改版", [text, FILLER]))
    assert not a.hijacked
    assert text in a.text


WORDPRESS = ("<html><head><meta charset='utf-8'><title>基于大数据的人口流动新变化 - {site}</title></head><body>"
             "<header><p class='site-title'><a href='/'>{site}</a></p></header><article><h1>基于大数据的人口流动新变化</h1>"
             "<p>位置大数据为人口流动流量、流向及其变化研究提供了条件，大数据人口推断比人口普查更加精准且成本大幅度降低。</p>"
             "<p>基于大数据的人口流动分析表明，外来人口规模稳中有降，来自邻近省份的外来人口增加。</p></article>"
             "<footer><div class='site-info'>{site}</div></footer></body></html>")


def test_a_sign_up_phrase_as_the_site_name_over_a_paper_is_flagged():
    a = clean_page(WORDPRESS.format(site="8号彩票开户").encode())
    assert a.hijacked and "foreign_site_name" in kinds(a)
    assert "8号彩票开户" not in (a.title or "")
    assert "外来人口规模稳中有降" in a.text


def test_a_research_blog_name_is_no_site_name_finding():
    a = clean_page(WORDPRESS.format(site="人口研究笔记").encode())
    assert not a.hijacked

