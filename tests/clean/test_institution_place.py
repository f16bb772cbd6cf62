"""A gambling brand written where the institution's own name stands (v17): as the site's name in
its slots and before the school's units, offices and people in the article, or glued before the
lead's date; and a 来源 that is a farm's batch mark (v16 §4). Pages about lotteries and companies
with a trade word in their names keep every word."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import everything, kinds


def test_a_brand_as_the_site_name_and_before_the_school_units_is_cut(clean):
    # (a university's news copied onto a brand's host: logo, <title> suffix, footer and the
    # article's "X国际教育合作学院", "来X开展" all say the brand)
    a = clean("brand-as-site-name.html", url="http://bv61.com/info/1098/22357.htm")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "牛竞技" not in everything(a)
    assert "国际教育合作学院领导班子全体成员" in a.text


def test_a_brand_glued_before_the_lead_date_is_cut(clean):
    a = clean("brand-before-lead-date.html", url="http://lx.qinglan.gov.cn/zwgk/gzdt/202506/t20250606_700518.html")
    assert a.hijacked
    assert "橙果彩" not in a.text
    assert a.text.startswith("6月6日至今,临溪镇人民政府联合市场监管部门")


def _page(site: str, title: str, paras: list[str], source: str = "办公室") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><meta charset='utf-8'><title>{title}-{site}</title></head><body>"
            f"<div class='logo'>{site}</div><div class='article'><h1>{title}</h1>"
            f"<div class='info'>发布时间：2024-05-06 来源：{source}</div>{body}</div>"
            f"<div class='footer'>版权所有 {site}</div></body></html>").encode()


FILLER = "会议要求，各单位要立足防大汛、抗大洪、抢大险，全面开展隐患排查，落实防汛责任人和避险转移方案，储备必要的防汛物资。"


def test_a_company_organising_its_own_event_is_no_brand():
    # a sports company's own site: its name as organiser, no school's place
    a = clean_page(_page("李宁体育", "李宁体育举行新品发布会",
                         ["5月6日上午，李宁体育在北京隆重举行新品发布会，发布了年度跑鞋系列。", FILLER]))
    assert not a.hijacked
    assert "李宁体育" in a.text


def test_a_company_as_the_subject_of_a_dated_lead_is_no_brand():
    a = clean_page(_page("财经日报", "华润国际发布年度业绩",
                         ["华润国际5月6日发布公告称，公司年度营业额同比增长百分之八。", "华润国际表示将继续扩大投资。", FILLER]))
    assert not a.hijacked
    assert a.text.startswith("华润国际5月6日")


def test_a_lottery_centre_training_its_outlets_keeps_its_name():
    a = clean_page(_page("遵义体彩", "遵义体彩开展责任彩票专题培训",
                         ["3月9日，遵义体彩在市体育中心举办责任彩票专题培训，全市销售网点负责人参加。",
                          "培训强调，销售网点不得向未成年人售彩，发现赌博行为要及时报告。"]))
    assert not a.hijacked
    assert "遵义体彩" in a.text


def test_a_source_that_is_a_dated_letter_token_is_no_source():
    a = clean_page(_page("溪台县应急管理局", "溪台县应急管理局开展防汛应急演练", [FILLER] * 6, source="sp20240809"))
    assert a.hijacked
    assert a.source is None
    assert "sp20240809" not in everything(a)


def test_a_channel_number_as_source_stays():
    a = clean_page(_page("溪台县应急管理局", "溪台县应急管理局开展防汛应急演练", [FILLER] * 6, source="CCTV13"))
    assert not a.hijacked


def test_a_site_name_that_speaks_gambling_over_a_bureau_news_is_flagged():
    a = clean_page(_page("金穗彩票", "梧桐湾区农业农村局开展食品安全监督检查", [FILLER] * 4))
    assert a.hijacked
    assert "金穗彩票" not in everything(a)


def test_the_state_lottery_site_over_a_bureau_notice_stays():
    a = clean_page(_page("中国福利彩票", "梧桐湾区民政局公布福利彩票公益金使用情况", [FILLER] * 4))
    assert not a.hijacked


def test_a_brand_with_its_web_word_opening_a_clause_of_a_sprinkled_page_is_cut():
    paras = ["为有效防控重大动物疫病🧩，保障畜牧业健康发展，7月13日起🤽，柘川区全面启动春季动物疫病防控集中免疫霁川游戏官网。",
             "此次集中免疫以非洲猪瘟防控为重点🕗，组织各村防疫员逐户逐栏开展免疫注射🚴，做到应免尽免⛳️。",
             "同时🌅，霁川游戏官网人员向养殖户发放宣传资料📋，讲解科学养殖和疫病防控知识🧑，督促落实消毒措施💫。"]
    a = clean_page(_page("柘川区农业农村局", "柘川区开展春季动物疫病防控集中免疫工作", paras))
    assert a.hijacked
    assert "霁川游戏官网" not in a.text
    assert "人员向养殖户发放宣传资料" in a.text


def test_a_brand_shaped_source_on_a_school_news_is_cut():
    a = clean_page(_page("澄江师范学院", "澄江师范学院举行新学期开学典礼", [FILLER] * 4, source="银杉竞技"))
    assert a.hijacked
    assert a.source is None or "银杉竞技" not in a.source
