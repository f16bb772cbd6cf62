"""A brand put where the institution's own name stands (issue 11, v2 miss pattern A): the page
has nothing injected but its sentences, and the reader must get the sentences back without the
brand — while an article about lotteries keeps every word."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.slots import substituted_names
from tests.clean.conftest import FIXTURES, everything, kinds


def mirrored(name: str, url: str):
    return clean_page((FIXTURES / "mirrored" / name).read_bytes(), url=url)


def test_a_college_name_replaced_by_a_brand_token_is_cut_and_the_page_flagged():
    a = mirrored("rc2-010-name-substituted.html", "https://lokatse.com/info/1001/2023.htm")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "必赢" not in everything(a) and "欢迎光临" not in everything(a)
    # the offices and the sentence around the slot stay
    assert "党委书记韩山以自己的人生经验" in a.text
    assert "5月18日晚,2023年“青春践行二十大" in a.text


def test_a_brand_in_the_slots_of_a_traditional_script_page_is_cut():
    a = mirrored("rc2-001-traditional-substituted.html", "https://m.xrs5.cn/xsgz/xshd/1.htm")
    assert "球友会体育" not in everything(a)
    assert "團總支書記兼2017級輔導員李芮桐" in a.text and "聯合新聞與傳播學院" in a.text


def test_a_legit_lottery_article_is_untouched():
    a = mirrored("rc2-032-legit-lottery.html", "https://dedewz.com/3b59703ca5fe90ec/452392b39e21b167.html")
    assert not a.hijacked and not a.findings
    assert "通过购买竞猜型彩票" in a.text


def test_names_of_real_organisers_are_no_substitutions():
    lines = ["9月1日,TCL集团召开年度工作会议,集团负责人出席。",
             "近日,Python爱好者协会在图书馆举办讲座。",
             "北京市第八十中雄安容东校区举行开学典礼,该校区负责人致辞。",
             "陈校长成就了响当当的“全国名校长”美誉,全国名校长论坛在京举行。",
             "5月6日,学校在教学楼315召开会议,150多个国家负责人出席。",
             # a Latin name the article writes on its own too is its subject (dev-v1-readability gmw)
             "Nasa安全负责人随后的审查发现并没有证据支持这一指控。", "虽然Nasa对太空中酒精的使用有严格的规定。"]
    assert substituted_names(lines) == []


def test_a_school_only_slot_twice_filled_by_no_school_is_a_substitution():
    lines = ["3月7日下午,研讨会在永利集团松江校区会议室召开。", "会议介绍了永利集团松江校区的课程安排。"]
    assert substituted_names(lines) == ["永利集团"]


def test_a_brand_learned_with_one_tail_goes_with_any_other():
    # the banner says 欢迎访问星空(中国)!, the breadcrumb and headline 星空在线客服: both are the brand
    a = mirrored("rc2-002-brand-variants.html", "https://www.example-univ.edu.cn/info/1084/31968.htm")
    assert a.hijacked
    assert "星空" not in everything(a)
    assert "高校男子足球赛于8月15日下午在丰台校区开幕" in a.text


def test_a_short_stem_goes_only_where_it_stands_as_a_name():
    from scraper.clean.slots import cut_in_slots
    line = "其中,万博与冠军同行项目备受瞩目。万博校团委书记陆春龙致辞。千万博物馆与学校合作。"
    assert cut_in_slots(line, ["万博"]) == "其中,与冠军同行项目备受瞩目。校团委书记陆春龙致辞。千万博物馆与学校合作。"


def test_a_brand_at_the_root_of_the_breadcrumb_is_the_sites_name_replaced():
    a = mirrored("rc2-008-breadcrumb-root.html", "https://www.example-univ.edu.cn/info/1010/2018.htm")
    assert a.hijacked and "美高梅" not in everything(a)
    assert "在体育场南门草地正式拉开帷幕" in a.text


def test_navigation_words_at_the_root_of_a_breadcrumb_are_no_name():
    lines = ["您当前位置：网站首页 > 新闻中心 > 正文", "当前位置：学校官网 > 通知公告", "当前位置: 首页 > 学院新闻"]
    assert substituted_names(lines) == []


def test_an_event_is_no_organiser_and_a_clause_around_a_known_brand_is_no_name():
    lines = ["6月21日上午，PG8娱乐2024届学生毕业典礼暨学位授予仪式在体育中心隆重举行。"]
    assert "PG8娱乐2024届学生毕业典礼暨学位授予仪式" not in substituted_names(lines)
    lines = ["12月31日下午,中共澳门新葡平台网址7906第一次党员大会隆重召开。"]
    assert substituted_names(lines, known=["澳门新葡平台网址7906"]) == []


def test_a_brand_standing_as_the_whole_source_field_is_cut_but_a_lottery_centres_source_stays():
    # nothing else injected: the brand stands where the issuing office does (v3 D)
    from tests.clean.test_structural import URL, page
    spam = page().replace("来源：区政府办公室".encode(), "来源：骐骥汇彩票".encode())
    a = clean_page(spam, url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "骐骥汇" not in everything(a)
    # the same shape on a lottery centre's own news is its 来源, not a brand put there
    lottery = (page(title="体彩公益金助力全民健身-市体彩中心",
                    body="<p>3月15日，市体彩中心举办公益活动，介绍体育彩票公益金支持全民健身设施建设的情况。</p>")
               .replace("来源：区政府办公室".encode(), "来源：中国彩票".encode()))
    a = clean_page(lottery, url=URL)
    assert not a.hijacked, a.findings
    assert a.source == "中国彩票"


def test_a_brand_standing_as_the_site_name_in_breadcrumb_and_title_is_cut_from_the_title():
    # the article is the school's own; only the site-name slot says otherwise (v3 C)
    from tests.clean.test_structural import BODY, HEADLINE, URL, page
    crumb = '<div class="crumb">当前位置: {} &gt; 新闻中心 &gt; 正文</div>'
    body = BODY + "<p>学校各部门要认真落实会议部署。</p>"
    a = clean_page(page(title=f"{HEADLINE}-大发dafa888手机登录-官网", top=crumb.format("大发dafa888手机登录-官网"),
                        body=body), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "dafa888" not in everything(a) and a.title == HEADLINE
    # the institution's own name there is the site's name
    a = clean_page(page(top=crumb.format("青山区人民政府"), body=body), url=URL)
    assert not a.hijacked, a.findings
