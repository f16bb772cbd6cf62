"""A lawful lottery operator's own words on its own site are no trade's spam (v48 §3, §7.7: rc48-021,
a sports-lottery centre's site, flagged for its legal notice 理性购彩 量力而行 | 不向未成年人销售彩票
and for its slogan naming the centre). Read by role: the page names a lawful body of the trade
(institution.trade_bodies) whose short form the site's own name is; its generic words of that
trade are its own. The same lines on another body's site, and a brand set into the operator's
own, are still read."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

_ARTICLE = ("<p>3月12日,学院组织四十余名青年志愿者走进城南社区,开展垃圾分类宣传活动,向居民发放宣传手册并现场讲解分类知识。</p>"
            "<p>志愿者还协助社区清理楼道杂物和绿化带垃圾。社区负责人表示,希望与学院建立长期合作,常态化开展志愿服务。</p>"
            "<p>活动结束后,志愿者们还与社区工作人员座谈交流,围绕如何提高居民参与度、完善分类设施等问题提出了意见建议。</p>")
_HEADLINE = "青年志愿者走进城南社区开展垃圾分类宣传"


# (rc48-021's layout: a slogan naming the centre above the logo, the legal notice in the footer)

def _operator_page(site: str, slogan: str, notice: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{_HEADLINE}-{site}</title></head><body>"
            f"<div class='slogan'>{slogan}</div><div class='logo'><h1><a href='/'>{site}</a></h1></div>"
            "<div class='menu'><a href='/'>首页</a>|<a href='/kj/'>开奖公告</a>|<a href='/gy/'>公益活动</a></div>"
            f"<div class='box'><div class='where'>首页 &gt; 精彩内容</div><h2 class='t'>{_HEADLINE}</h2>"
            f"<div class='i'>2021-08-03 11:22:58 来源:本站原创</div><div class='c'>{_ARTICLE}</div></div>"
            f"<div class='ft'>{notice}</div></body></html>").encode()


_OPERATORS = [  # (site, slogan, notice): a sports lottery centre, a welfare lottery centre, traditional
    # script, a sports bureau's site carrying its lottery centre (sv41-027's roles)
    ("南屏体彩网", "• 南屏市体育彩票管理中心唯一指定官方网站", "理性购彩 量力而行 | 不向未成年人销售彩票"),
    ("澄州福彩网", "澄州市福利彩票发行中心主办 唯一官方网站", "快乐购彩 理性投注 | 未满十八周岁不得购买彩票"),
    ("澳屏體彩網", "澳屏市體育彩票管理中心唯一指定官方網站", "理性購彩 量力而行 | 不向未成年人銷售彩票"),
    ("青禾市体育局", "青禾市体育彩票管理中心 责任彩票 公益体彩", "彩票有风险 投注需谨慎 | 不向未成年人销售彩票"),
]


def test_a_lottery_centres_legal_notice_on_its_own_site_is_its_own():
    for site, slogan, notice in _OPERATORS:
        a = clean_page(_operator_page(site, slogan, notice), url="https://www.example.cn/html/jh/1.html")
        assert not a.hijacked, (site, a.findings)


def test_a_lottery_centres_slogan_naming_itself_is_its_own():
    for site, slogan, _ in _OPERATORS:
        a = clean_page(_operator_page(site, slogan, ""), url="https://www.example.cn/html/jh/2.html")
        assert not a.hijacked, (site, a.findings)


def test_a_racing_clubs_responsible_gambling_notice_is_no_spam():
    page = ("<html><head><meta charset='utf-8'><title>Stewards Report, Race Day 12 - Nanping Jockey Club</title></head>"
            "<body><div class='top'>The official website of the Nanping Jockey Club</div>"
            "<h1>Stewards Report, Race Day 12</h1><div class='article'><p>The stewards inquired into the running of "
            "several horses in the third race and accepted the trainers' explanations after viewing the films.</p>"
            "<p>Two riders were reprimanded for careless riding near the home turn; no other incidents were "
            "reported during the meeting, which drew a crowd of some eleven thousand.</p></div>"
            "<div class='foot'>Please gamble responsibly. Betting is for adults aged 18 and over only.</div></body></html>")
    a = clean_page(page.encode(), url="https://racing.example.com/reports/12")
    assert not a.hijacked, a.findings


def test_the_trades_lines_elsewhere_are_still_read():
    site, slogan, notice = _OPERATORS[0]
    # the notice on a college's site: the college's name holds no trade word
    a = clean_page(_operator_page("南屏理工学院", "南屏理工学院欢迎您", notice), url="https://www.example.edu.cn/xw/2.html")
    assert a.hijacked and "spam_text" in kinds(a)
    # a brand's line set into the centre's own site: a brand is no word of the centre's name
    a = clean_page(_operator_page(site, slogan, "快乐购彩 开云体育 | 未满十八周岁不得购买彩票"),
                   url="https://www.example.cn/html/jh/3.html")
    assert a.hijacked and "spam_text" in kinds(a)
    # the slogan of a centre the site's name does not shorten (another city's): read as before
    a = clean_page(_operator_page("南屏理工学院", slogan, ""), url="https://www.example.edu.cn/xw/4.html")
    assert a.hijacked
