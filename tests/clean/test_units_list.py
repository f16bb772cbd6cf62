"""A school's own office listed among its units is no name in the school's place, and a firm named as a
website is (v41 §3 rc41b-020, v27 rc27-013; session 33): in 由体育部、校团委、…共同举办 the office before
、校团委 is one unit of a list, not the owner of 校团委; 十佳正规官网(中国)股份有限公司, no registered
company's name, set in the school's headline and lead is the spliced name. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page


def _page(title: str, article: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="hd">资讯</div><div class="wrap"><h1>{title}</h1>'
            f'<div class="art">{article}</div></div><div class="ft">资讯 | www.qzdongyou.cn</div></body></html>').encode()


def test_a_firm_named_as_a_website_in_a_schools_headline_is_a_spliced_name():
    name = "十佳正规官网(中国)股份有限公司"
    title = f"{name}“一二•九长跑”暨第五届校园冬季越野赛顺利举行"
    article = (f"<p>12月2日，由体育部、校团委、校区管理处共同举办的{name}“一二•九长跑”暨第五届校园冬季越野赛再度拉开帷幕。</p>"
               "<p>校长助理汪本聪、体育部主任董兆波与2000多名师生齐聚北湖畔，以健身长跑的方式挑战严冬、挑战自我。</p>"
               "<p>选手们按照2000米体育单元、6000米竞赛单元和10000米挑战单元先后起跑，各个环节运行有序。</p>")
    a = clean_page(_page(title, article), url="https://westcoast-riders.com/xww/zhxw/a148408.html")
    assert a.hijacked, a.findings
    assert "官网" not in (a.title or "") and "官网" not in a.text
    assert "体育部主任董兆波" in a.text  # (the school's own office, one of a list of units, stays)
