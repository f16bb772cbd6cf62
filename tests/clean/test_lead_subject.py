"""A brand shape standing as the lead's subject right after its date, or as a reporter's outlet
(session 28, mwc, issue 11; brandshapes.lead_subject_brands): the institution's name was replaced by
a name of a trade (X娱乐, X体育, X电竞) the page never speaks of. It is cut and the page flagged; a
sports bureau's, a lottery centre's or a listed company's own news keeps every word. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "http://www.qhxy.edu.cn/xwzx/2024/0508/1201.html"


def page(lead: str, title: str = "青禾学院举办心理健康教育月活动") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}-青禾学院</title></head>
<body><div class="header">青禾学院 <a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>{title}</h1><p class="info">发布时间：2024-05-08</p>
<div class="content"><p>{lead}</p>
<p>活动期间，学校将组织心理讲座、团体辅导和主题班会，引导学生正确认识心理健康。</p>
<p>相关负责人表示，将持续完善心理育人工作体系，为学生成长营造良好氛围。</p></div></div>
<div class="footer">版权所有 青禾学院</div></body></html>""".encode()


def test_a_brand_as_the_leads_subject_is_cut_and_the_page_flagged():
    a = clean_page(page("5月7日下午，澜汀体育“阳光心灵·健康成长”心理健康教育月活动正式启动。"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "澜汀体育" not in everything(a)
    assert "“阳光心灵·健康成长”心理健康教育月活动正式启动" in a.text


def test_a_brand_as_a_reporters_outlet_is_cut():
    a = clean_page(page("据澜汀电竞记者了解，5月7日下午，学校心理健康教育月活动正式启动。"), url=URL)
    assert a.hijacked and "澜汀电竞" not in everything(a), a.findings
    assert "记者了解" in a.text


def test_a_sports_bureaus_and_a_lottery_centres_own_news_stay_clean():
    for lead in ("5月7日，青禾县体育局召开全县群众体育工作会议，各乡镇分管负责人参加。",
                 "5月7日，青禾市体育彩票管理中心“公益体彩 乐善人生”主题活动走进校园。",
                 "5月7日，江苏省体育教育专业校园足球联赛在我校开幕。"):
        a = clean_page(page(lead, title="会议召开"), url="http://www.qhx.gov.cn/art/2024/5/8/art_1.html")
        assert not a.hijacked and not a.findings, (lead, a.findings)


def test_a_listed_companys_announcement_stays_clean():
    a = clean_page(page("两天之后的1月6日，华能国际发布公告表示，根据近日收到的文件，上网电价上调。", title="电价上调"),
                   url="http://finance.example.com.cn/2024/0106/1.html")
    assert not a.hijacked and not a.findings, a.findings
