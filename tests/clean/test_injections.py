"""One test (at least) per injection family of issue 3 §2: removed, recorded, and the real article kept."""
from __future__ import annotations

import pytest

from tests.clean.conftest import everything, kinds

HEADLINE = "区政府召开城乡环境综合整治工作会议"
FIRST = "3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，区长主持会议并讲话。"


def test_seed_page_spam_title_header_and_disclaimer(clean):
    a = clean("synthetic-000-d01-vsb.html", url="https://www.gzou.edu.cn/a/xinwen/1000.html")
    assert a.title == "我为群众办实事丨四坚持五聚焦:贵州开放大学(贵州职业技术学院)用责任与担当全面助力从江乡村振兴"
    assert a.source == "贵州开放大学(贵州职业技术学院)"
    assert a.published == "2021-10-28"
    assert "金宝搏" not in everything(a)
    assert a.text.startswith("贵州开放大学(贵州职业技术学院)党委深入学习贯彻")
    assert a.hijacked
    assert {"spam_title", "spam_link", "spliced_brand"} <= kinds(a)
    assert any("金宝搏188入口" in f.evidence for f in a.findings if f.kind == "spam_title")


def test_title_prefixed_by_brand_and_hidden_link_farm(clean):
    a = clean("synthetic-002-d02-jcms.html")
    assert a.title == "市人民政府召开第三十七次常务会议"
    assert {"spam_title", "hidden_links"} <= kinds(a)
    for brand in ("澳门葡京", "金宝搏", "天博", "bet365", "乐鱼"):
        assert brand not in everything(a)
    assert "会议还审议通过了《市城市停车设施建设管理办法（试行）》等文件。" in a.text


def test_entity_encoded_spam_title_restored_by_ua_script_and_cloaking(clean):
    a = clean("entity-title-cloak.html")
    assert a.title == HEADLINE
    assert {"spam_title", "js_cloak", "spam_script"} <= kinds(a)
    cloak = [f.evidence for f in a.findings if f.kind == "js_cloak"]
    assert any("document.referrer" in e for e in cloak)
    assert any("document.title" in e for e in cloak)
    assert "澳门葡京" not in everything(a)


def test_real_page_title_replaced_and_restored_by_script(clean):
    a = clean("magichtml-hijacked-2338d64a.html", url="https://www.tqxz.com/zgls/9291.html")
    assert a.title == "疫情一刀切政策怎么投诉举报"
    assert "百家乐" not in everything(a)
    assert a.hijacked and "spam_title" in kinds(a)
    assert "除了可以拨打12388投诉举报疫情一刀切政策外" in a.text


def test_keyword_stuffed_meta_and_cloaking_redirect(clean):
    a = clean("synthetic-004-d03-vsb.html", url="https://www.nsu.edu.cn/2023/1030/c1a2/page.htm")
    assert {"meta_stuffing", "js_cloak", "spam_script"} <= kinds(a)
    assert a.title == "我校在第十八届“挑战杯”全国大学生课外学术科技作品竞赛中获佳绩"
    assert a.author == "刘洋" and a.source == "团委"
    assert "华体会" not in everything(a)


@pytest.mark.parametrize("name, brand", [
    ("css-rule-hidden.html", "六合彩"),        # hidden by a <style> class rule (1px, overflow hidden)
    ("css-rule-hidden.html", "开云体育"),      # 1×1 marquee
    ("synthetic-007-d04-trs.html", "乐鱼体育"),  # display:none with entity-encoded anchors
    ("synthetic-005-d03-dede.html", "百家乐"),   # GBK page, font-size:0 block
])
def test_hidden_link_farms(clean, name, brand):
    a = clean(name)
    assert "hidden_links" in kinds(a)
    assert brand not in everything(a)
    assert any(brand in f.evidence for f in a.findings)


def test_hidden_farm_of_unknown_brands_is_caught_by_structure(clean):
    a = clean("unknown-brand-hidden-farm.html")
    assert "hidden_links" in kinds(a)
    assert "鑫源汇" not in everything(a) and "盛世通" not in everything(a)
    assert a.title == HEADLINE and a.text.startswith(FIRST)


def test_unknown_brand_in_title_banner_and_footer(clean):
    a = clean("unknown-brand-title-banner.html")
    assert a.title == HEADLINE
    assert {"spam_title", "spam_link", "spliced_brand"} <= kinds(a)
    assert "恒达国际" not in everything(a)


def test_obfuscated_loaders_and_document_write_farm(clean):
    a = clean("obfuscated-scripts.html")
    found = kinds(a)
    assert {"packed_script", "obfuscated_script", "js_cloak", "hidden_links"} <= found
    assert any("leyu-sports.cc" in f.evidence for f in a.findings if f.kind == "obfuscated_script")
    assert any("太阳城娱乐" in f.evidence for f in a.findings if f.kind == "hidden_links")
    assert a.text.startswith(FIRST)


def test_injected_header_banner_linking_off_site(clean):
    a = clean("synthetic-017-d10-dede.html")
    assert "spam_link" in kinds(a)
    assert "百家乐" not in everything(a)
    assert a.title == "关于开展2024年度档案工作检查的通知"


def test_promotional_sentence_in_body_goes_whole(clean):
    a = clean("synthetic-008-d05-trs.html")
    assert "澳门葡京" not in a.text and "体验金" not in a.text and "更多精彩内容" not in a.text
    assert "学院还在现场设置了就业指导咨询台，为毕业生提供简历修改、面试技巧等咨询服务。" in a.text
    assert a.hijacked


def test_brand_spliced_into_sentence_is_cut_rest_kept(clean):
    a = clean("spliced-in-sentence.html")
    assert "九游会" not in a.text
    assert "会议指出，城乡环境综合整治是一项民心工程，各街道、各部门要对照任务清单，细化工作措施。" in a.text
    assert {"meta_stuffing", "spliced_brand"} <= kinds(a)


def test_obfuscated_spellings_and_brand_in_byline(clean):
    a = clean("obfuscated-brands.html")
    assert a.title == HEADLINE          # 尊龙·凯时(中国)官方网站_ prefix dropped
    assert a.author == "张三"           # 作者：半岛●体育记者 张三
    assert a.source == "区政府办公室"
    assert "hidden_links" in kinds(a)
    for spam in ("尊龙", "凯时", "半岛", "金宝搏", "bet365", "买球", "開yun", "开yun"):
        assert spam not in everything(a).lower()
    evidence = " ".join(f.evidence for f in a.findings)
    assert "ｂｅｔ３６５" in evidence and "歐洲杯買球" in evidence


def test_every_removal_is_a_finding(clean):
    a = clean("synthetic-014-d08-jcms.html")
    assert a.hijacked
    assert all(f.kind and f.where and f.evidence for f in a.findings)
    assert a.title == "区市场监管局开展校园周边食品安全专项整治"
    assert a.author == "黄磊" and a.source == "区市场监督管理局"


def test_display_none_row_of_unknown_off_site_links(clean):
    a = clean("unknown-brand-display-none.html")
    assert "hidden_links" in kinds(a)
    assert "金龙泰" not in everything(a)
    assert a.text.startswith(FIRST)


def test_farm_appended_after_closing_html_tag():
    from scraper.clean import clean_page

    raw = ("<html><head><title>关于做好防汛工作的通知</title></head><body><h1>关于做好防汛工作的通知</h1>"
           "<div><p>各单位要做好防汛准备，确保安全度汛，切实保障人民群众生命财产安全。</p></div></body></html>\n"
           '<div style="display:none"><a href="https://qa1-hy.com/">鼎盛汇</a><a href="https://qa2-hy.com/">聚宝源</a></div>'
           ).encode()
    a = clean_page(raw, url="https://www.example.gov.cn/art/1.html")
    assert "hidden_links" in kinds(a)
    assert "鼎盛汇" not in everything(a)


def test_brand_as_the_source_in_the_byline(clean):
    a = clean("spliced-source.html")
    assert a.source == "区民政局"          # the ContentSource meta, not the brand
    assert "九游会" not in everything(a)
    assert a.hijacked and "spliced_brand" in kinds(a)


@pytest.mark.parametrize("style", [
    "display:none",
    "visibility:hidden",
    "position:absolute;left:-9999px;top:-9999px",
    "position:fixed;top:-3000px",
    "width:0;height:0;overflow:hidden",
    "font-size:0",
    "text-indent:-9999em;overflow:hidden",
    "opacity:0",
    "position:absolute;clip:rect(0 0 0 0)",
    "DISPLAY: NONE !important",
])
def test_every_hiding_technique(style):
    from scraper.clean import clean_page

    raw = (f'<html><head><title>关于做好防汛工作的通知</title></head><body><h1>关于做好防汛工作的通知</h1>'
           f'<div><p>各单位要做好防汛准备，确保安全度汛，切实保障人民群众生命财产安全。</p></div>'
           f'<div style="{style}"><a href="https://r1-hy.com/">鼎盛汇</a> <a href="https://r2-hy.net/">聚宝源</a></div>'
           f'</body></html>').encode()
    a = clean_page(raw, url="https://www.example.gov.cn/art/1.html")
    assert "hidden_links" in kinds(a), style
    assert "鼎盛汇" not in everything(a)
