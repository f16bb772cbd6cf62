"""A trade's name standing in a public body's places on the body's own host (tradename): a casino's
name that the lexicon does not know, set where a bureau or a school names itself (<title> prefix
and headline, site name in the header and footer, credit line, the lead's subject), is cut and the
page flagged; a site's own name, a partner named once and a report on the trade are kept."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import kinds
from .test_structural import HEADLINE as STRUCTURAL_HEADLINE
from .test_structural import page as structural_page

URL = "http://scjgj.mingyue.gov.cn/news.php?item.145"
HEADLINE = "区市场监管局开展校园食品安全检查"
LEAD = ("新学期开学之际,区市场监管局组织执法人员对辖区56所中小学和幼儿园食堂开展食品安全专项检查。"
        "检查重点包括从业人员健康证明、食品原料进货查验、餐具清洗消毒和留样制度落实等情况,共发现问题隐患17处。")


def _page(title: str, heading: str, top: str = "明月区市场监督管理局", foot: str = "明月区市场监督管理局",
          text: str = LEAD, credit: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='logo'>{top}</div><div class='nav'><a href='/'>首页</a> <a href='/news'>工作动态</a></div>"
            f"<div class='article'><h2>{heading}</h2><p>{text}</p><p>{text}</p>{credit}</div>"
            f"<div class='footer'>主办单位：{foot} 地址：人民路1号</div></body></html>").encode()


def test_a_new_casino_name_before_a_bureaus_headline_is_cut():
    name = "鹊桥体育"  # weighs nothing in the lexicon
    a = clean_page(_page(f"{name}|{HEADLINE}", f"{name}|{HEADLINE}"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert a.title == HEADLINE and name not in a.text


def test_a_new_casino_name_as_a_public_sites_name_is_cut():
    name = "玖穗国际"
    a = clean_page(_page(f"{HEADLINE}|{name}(中国)官方入口", HEADLINE, top=name, foot=name),
                   url="http://www.chunhejd.gov.cn/news.php?item.151")
    assert a.hijacked
    assert name not in a.text and name not in (a.title or "")


def test_a_new_casino_name_as_the_unit_of_a_schools_credits_is_cut():
    name = "晟澜娱乐"
    credit = f"<div class='credit'>(撰稿:{name} 林晓 摄影:{name} 王芳 审核:李春华)</div>"
    a = clean_page(_page("学院召开招生就业工作推进会-某某职业技术学院", "学院召开招生就业工作推进会",
                         top="某某职业技术学院", foot="某某职业技术学院", credit=credit),
                   url="https://www.qlzyjsxy.edu.cn/info/1021/5317.htm")
    assert a.hijacked and name not in a.text


def test_a_new_casino_name_opening_a_unions_headline_and_lead_is_cut():
    name = "栖梧棋牌"
    lead = f"7月14日,{name}启动2024年夏季“送清凉”慰问活动,为高温下坚守岗位的一线职工送去防暑降温物资。"
    a = clean_page(_page(f"{name}开展“送清凉”慰问活动_凤仪市总工会", f"{name}开展“送清凉”慰问活动",
                         top="凤仪市总工会", foot="凤仪市总工会", text=lead), url="http://zgh.fengyi.gov.cn/Content.aspx?id=8987")
    assert a.hijacked and name not in a.text and name not in (a.title or "")


def test_a_sports_site_named_by_its_host_a_state_lottery_and_a_column_word_keep_their_names():
    # the district's own sports site (its host spells 青山), the state lottery, a PE department's
    # column (its stem a word the site writes alone: 校园)
    for name, url in (("青山体育", "https://www.qingshan.gov.cn/info/2024/0316/2.htm"), ("中国体育彩票", URL),
                      ("校园体育", "https://tyxy.yzpc.edu.cn/2021/0517/c932a36746/page.htm")):
        body = "<p>3月15日，区政府召开专题会议，研究部署校园周边环境整治工作，区长主持会议并讲话。</p>"
        a = clean_page(structural_page(title=f"{STRUCTURAL_HEADLINE}-{name}", top=f'<div class="logo">{name}</div>',
                                       body=body * 2), url=url)
        assert not a.hijacked, (name, a.findings)


def test_a_partner_named_once_is_kept():
    # a company credited once, in one place: a mention, not the site's name
    credit = "<div class='credit'>(摄影:星海体育 王芳)</div>"
    a = clean_page(_page(HEADLINE, HEADLINE, credit=credit), url=URL)
    assert not a.hijacked, a.findings
    assert "星海体育" in a.text


def test_the_same_name_in_a_report_on_the_trade_is_kept():
    # the bureau reports on gambling: its own words name the trade
    text = "近日,区市场监管局联合公安部门查处一起网络赌博广告案,涉案网站以百家乐、时时彩招揽群众参与赌博。"
    a = clean_page(_page(f"凤麟娱乐|{HEADLINE}", f"凤麟娱乐|{HEADLINE}", text=text), url=URL)
    assert "凤麟娱乐" not in [f["evidence"] for f in a.to_dict()["findings"] if f["where"] == "in the institution's place"]


def test_a_new_casino_name_above_a_bureaus_header_is_cut():
    # (read by mwa's first line, wired after v38, and by nm29's trade_names_in_one_place)
    # (v37 brand-line-top) the bar above the header, where a site names itself, holds a trade's name
    name = "犀牛湾国际"
    raw = _page(f"{HEADLINE}_明月区市场监督管理局", HEADLINE).replace(
        b"<body>", f"<body><div class='ad-top'><a href='http://www.bc3388.cc/'>{name}</a></div>".encode())
    a = clean_page(raw, url=URL)
    assert a.hijacked and name not in a.text


def test_a_new_casino_name_as_the_footers_host_credit_is_cut():
    # (v37 brand-credit-footer) the footer names who runs the site: 主办单位：X官方网站
    name = "汐澜体育"
    a = clean_page(_page(f"{HEADLINE}_明月区市场监督管理局", HEADLINE, foot=f"{name}官方网站"), url=URL)
    assert a.hijacked and name not in a.text


def test_a_top_bar_and_a_makers_credit_that_name_no_trade_are_kept():
    # the usual top bar (a welcome, the site's own name) and a web company credited as maker
    for top in ("明月区市场监督管理局欢迎您", "明月区人民政府门户网站"):
        raw = _page(f"{HEADLINE}_明月区市场监督管理局", HEADLINE).replace(
            b"<body>", f"<body><div class='top'>{top}</div>".encode()).replace(
            "地址：人民路1号".encode(), "技术支持：星海网络科技有限公司".encode())
        a = clean_page(raw, url=URL)
        assert not a.hijacked, (top, a.findings)
