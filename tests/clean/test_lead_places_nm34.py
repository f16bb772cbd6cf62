"""Names in an article's own places (session 34, nm34, issue 11; brandshapes.outlet_mark_brands and the
purpose-clause subject of brandshapes.lead_subject_brands): a trade's name as the lead's outlet mark
((X棋牌讯)8月27日, X竞猜讯10月27日) on an institution's page, a court's included, and as the subject of the
clause after the lead's purpose clause (为…，…，X体育将…). Cut and flagged; a court's report on gambling,
an outlet's own mark and a school's own words stay clean. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "http://www.qhxfy.gov.cn/xwzx/2024/0827/1201.html"


def page(lead: str, org: str = "青禾县人民法院", headline: str = "召开理论学习中心组学习会",
         more: str = "会议强调，要把学习成果转化为推动工作的实际成效。") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{org}-{headline}</title></head>
<body><div class="header">{org} <a href="/">首页</a> <a href="/xwzx/">新闻中心</a></div>
<div class="article"><h1>{headline}</h1><p class="info">发布时间：2024-08-27</p>
<div class="content"><p>{lead}</p>
<p>{more}</p>
<p>与会人员结合各自工作进行了交流发言，一致表示将以更加饱满的精神投入工作。</p></div></div>
<div class="footer">版权所有 {org}</div></body></html>""".encode()


def test_a_trade_name_as_a_courts_outlet_mark_is_cut_and_the_page_flagged():
    a = clean_page(page("（澜汀棋牌讯）8月27日，青禾县人民法院召开2024年第8次理论学习中心组学习会。"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a), a.findings
    assert "澜汀棋牌" not in everything(a) and "讯）" not in a.text
    assert a.text.startswith("8月27日，青禾县人民法院召开")


def test_a_mark_of_weight_one_without_brackets_on_a_schools_page():
    a = clean_page(page("澜汀棋牌讯 10月27日，青禾县实验中学组织师生开展义诊进社区活动。", org="青禾县实验中学",
                        headline="开展义诊进社区活动"), url="http://www.qhzx.edu.cn/info/1.html")
    assert a.hijacked and "澜汀棋牌" not in everything(a), a.findings


def test_a_courts_report_on_gambling_and_an_outlets_own_mark_stay_clean():
    report = page("（青禾法院讯）8月27日，青禾县人民法院公开宣判一起开设赌场案，被告人利用网络平台组织赌博。",
                  more="法院认为，被告人以营利为目的开设赌场，情节严重，其行为已构成开设赌场罪。")
    a = clean_page(report, url=URL)
    assert not a.hijacked and not a.findings, a.findings
    a = clean_page(page("（新华社讯）8月27日，青禾县人民法院召开2024年第8次理论学习中心组学习会。"), url=URL)
    assert not a.hijacked and not a.findings, a.findings


def test_a_brand_after_the_leads_purpose_clause_is_cut():
    lead = "为丰富学生课余生活，营造崇尚运动的校园氛围，澜汀体育将面向全体在校生举办国防知识竞赛。"
    a = clean_page(page(lead, org="青禾学院", headline="举办国防知识竞赛"), url="http://www.qhxy.edu.cn/1.html")
    assert a.hijacked and "澜汀体育" not in everything(a), a.findings
    assert "将面向全体在校生举办国防知识竞赛" in a.text


def test_a_schools_own_domain_after_a_purpose_clause_stays_clean():
    for lead in ("为推进阳光体育运动，增强学生体质，我校体育将开展冬季长跑活动。",
                 "为丰富学生课余生活，学校于5月组织学生前往某真人CS基地开展素质拓展活动。"):
        a = clean_page(page(lead, org="青禾学院", headline="开展冬季长跑活动"), url="http://www.qhxy.edu.cn/1.html")
        assert not a.hijacked and not a.findings, (lead, a.findings)
