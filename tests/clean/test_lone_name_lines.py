"""A line standing alone in the article that sells a name the page never writes (issue 11, v35 §7.2
"slots before weight"): a slogan between paragraphs, a pitch with its address, an attachment's
file name carrying a brand — the name is in no word list, but its trade shape, its promo grammar
and its being written nowhere else give it away. The article's own names in such lines stay.
Pages written here, not copied."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://www.qinghe.gov.cn/xwzx/2025/0612/3.htm"


def page(body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>清河镇举办农技培训班-清河镇人民政府</title></head><body>
<div class="header"><a href="/">清河镇人民政府</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>清河镇举办农技培训班</h1><div class="meta">发布日期:2025-06-12 来源:清河镇农业服务中心</div>
<div class="content">{body}</div></div>
<div class="footer">版权所有:清河镇人民政府</div></body></html>""".encode()


LEAD = "<p>6月10日,清河镇在镇文化站举办农村实用技术培训班,九十余名种养大户参加培训。</p>"
REST = "<p>培训邀请县农技中心专家授课,围绕水稻病虫害绿色防控和设施蔬菜栽培等内容进行讲解。</p>"


def test_a_slogan_line_between_paragraphs_goes_and_flags_the_page():
    a = clean_page(page(LEAD + "<p>云岫台体育——全球领先的体育投注平台</p>" + REST), url=URL)
    assert a.hijacked
    assert "云岫台" not in everything(a)
    assert "九十余名种养大户参加培训" in a.text and "设施蔬菜栽培" in a.text


def test_a_pitch_line_with_its_address_goes():
    a = clean_page(page(LEAD + "<p>【信誉担保】翠澜国际首存即送58% 官方网址:cl5566.vip</p>" + REST), url=URL)
    assert a.hijacked and "翠澜国际" not in everything(a)


def test_a_brand_in_an_attachments_file_name_goes():
    a = clean_page(page(LEAD + REST + "<p>附件:紫杉棋牌app(中国)官方入口2025年培训安排表.xlsx</p>"), url=URL)
    assert a.hijacked and "紫杉棋牌" not in everything(a)


def test_the_articles_own_platform_in_such_a_line_stays():
    # the name's stem (青禾) is the article's own: its sports park's booking guide is no pitch
    body = (LEAD + "<p>培训结束后,学员参观了新建成的青禾体育公园,公园同步开放线上预约。</p>" + REST
            + "<p>附件:青禾体育公园预约平台注册指南.docx</p>")
    a = clean_page(page(body), url=URL)
    assert not a.hijacked and "青禾体育公园预约平台注册指南" in a.text


def test_a_state_lottery_line_stays():
    a = clean_page(page(LEAD + "<p>中国体育彩票官方网站</p>" + REST), url=URL)
    assert not a.hijacked and "中国体育彩票官方网站" in a.text


def test_a_menu_line_of_sections_is_no_name():
    # read word by word: 财经 | 体育 is two sections, not a name 财经体育 beside 首页
    a = clean_page(page(LEAD + "<p>首页 | 新闻 | 财经 | 体育</p>" + REST), url=URL)
    assert not a.hijacked
