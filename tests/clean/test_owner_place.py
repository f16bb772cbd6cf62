"""A brand standing in the institution's place (issue 11, v21 A): as the headline's organiser, and
its short form left after its long form is cut. A page naming a company as its event's organiser
keeps every word."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import everything, kinds

FILLER = ("会上，各学院负责人结合本单位实际，就排课、实验室开放和毕业论文抽检等问题进行了交流。"
          "林书远指出，本学期是学校迎接本科教育教学审核评估的关键阶段，各学院要逐项梳理，把常规教学管理做细做实。")


def _page(title: str, site: str, paras: list[str], *, source: str = "教务处",
          holder: str | None = None) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<html><head><meta charset='utf-8'><title>{title}-{site}</title></head><body>"
            f"<div class='logo'>{site}</div>"
            f"<div class='article'><h1>{title}</h1><div class='info'>发布时间：2025-03-04 来源：{source}</div>"
            f"{body}</div><div class='footer'>版权所有 © {holder or site} 备案号：ICP备39379361号</div></body></html>").encode()


def test_a_web_written_organiser_of_the_headline_and_the_lead_is_cut():
    title = "358星河登录官方举行2025学年第一学期开学典礼"
    raw = _page(title, "学校新闻", ["9月4日，358星河登录官方迎来了2025学年第一学期的开学典礼，九年级全体师生齐聚学校报告厅。",
                                     FILLER])
    a = clean_page(raw, url="http://quanhui-example.net/html/article6336983.html")
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "星河登录官方" not in everything(a)
    assert "九年级全体师生齐聚学校报告厅" in a.text


def test_a_company_organising_a_campus_event_in_its_own_headline_is_kept():
    title = "青岚体育举办2025年足球联赛"
    raw = _page(title, "青岚体育", ["5月6日，青岚体育在市体育中心举办2025年足球联赛，来自全市的32支球队参赛。",
                                    "本届联赛历时两周，面向全市中小学生，设男子组和女子组，比赛采用小组赛加淘汰赛的赛制。"])
    a = clean_page(raw, url="https://www.qinglan-sports-example.com/news/2025/0506.html")
    assert not a.hijacked
    assert "青岚体育" in a.text


def test_a_brands_short_form_goes_with_its_long_form():
    title = "赤羽体育官方入口举办第七届校园科技文化节"
    raw = _page(title, "青潭职业技术学院", [
        "11月12日晚，赤羽体育官方入口第七届校园科技文化节在学生活动中心开幕，共设置技能竞赛、科普讲座等十六项活动。",
        "开幕式上，机电工程系学生带来了智能分拣小车演示，校团委书记冉思齐介绍了活动安排。",
        "据悉，科技文化节是赤羽一年一度的品牌活动，已累计吸引两万余人次参与。"])
    a = clean_page(raw, url="https://www.qingtan-example.edu.cn/info/1/2.htm")
    assert a.hijacked
    assert "赤羽" not in everything(a)
    assert "一年一度的品牌活动" in a.text


def test_a_company_with_a_latin_name_organising_the_schools_event_is_kept():
    title = "vivo举办2025校园招聘宣讲会"
    raw = _page(title, "青潭职业技术学院", ["5月6日，vivo在我校学术报告厅举办2025校园招聘宣讲会，300余名学生参加。", FILLER])
    a = clean_page(raw, url="https://www.qingtan-example.edu.cn/info/1/2.htm")
    assert not a.hijacked
    assert "vivo" in a.title and "vivo" in a.text


def test_a_public_bodys_own_portal_name_over_a_short_notice_is_kept():
    # v28 §4 (syn28-033..035): a district's 党建网 as the <title> suffix, logo and footer holder over a
    # three-sentence notice that writes none of the name's pieces is the site's own name, no brand.
    news = ["连日来，溪口镇组织镇村干部和保洁队伍，在十四个村开展人居环境整治行动。",
            "截至目前，共清理生活垃圾三百六十余吨，拆除乱搭乱建四十二处。",
            "下一步将建立常态化督查考评机制，推动整治由一时美向长久美转变。"]
    a = clean_page(_page("开展人居环境整治百日攻坚行动", "沙原区党建网", news),
                   url="https://www.sydj-example.gov.cn/6232/11032.html")
    assert not a.hijacked, a.findings
    assert "共清理生活垃圾三百六十余吨" in a.text
