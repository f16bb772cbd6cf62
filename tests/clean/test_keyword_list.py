"""Spam words inside an otherwise untouched page (v21 D, v20 G): a numbered list of search phrases
above the site's header with the <title> one of them, and a space-stripped fragment glued into a
Vietnamese sentence. The page is flagged, the list and the fragment leave the text, the article's
headline is the title, and the article's sentences stay. Numbered lines of the page's own stay."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds

_HEADLINE_ZH = "南屏理工学院组织青年志愿者走进城南社区开展垃圾分类宣传"
_ARTICLE_ZH = ("<p>3月12日,南屏理工学院组织四十余名青年志愿者走进城南社区,开展垃圾分类宣传活动,向居民发放宣传手册并现场讲解分类知识。</p>"
               "<p>志愿者还协助社区清理楼道杂物和绿化带垃圾。社区负责人表示,希望与学院建立长期合作,常态化开展志愿服务。</p>")
_LIST_ZH = ["百家乐连赢心法", "彩票倍投方案", "棋牌提款秒到账", "捕鱼游戏爆率表", "老虎机彩金群"]


def _page(title: str, top: str, lang: str = "zh-CN") -> bytes:
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>{top}"
            f"<header><a class='brand' href='/'>南屏理工学院</a><nav><a href='/xw/'>学院新闻</a></nav></header>"
            f"<article><h1>{_HEADLINE_ZH}</h1>{_ARTICLE_ZH}</article>"
            f"<div class='foot'>版权所有 南屏理工学院</div></body></html>").encode()


def _numbered(phrases: list[str], marker: str = "NO.{n}: ") -> str:
    return "".join(f"<div class='line'>{marker.format(n=n)}{p}</div>" for n, p in enumerate(phrases, 1))


def test_a_numbered_keyword_list_above_the_header_is_spam_and_the_headline_is_the_title():
    a = clean_page(_page(f"{_LIST_ZH[0]}_{_HEADLINE_ZH}", _numbered(_LIST_ZH)), url="https://www.example.edu.cn/xw/1.html")
    assert a.hijacked
    assert any(f.kind == "spam_title" and f.where == "keyword list" for f in a.findings)
    assert a.title == _HEADLINE_ZH
    assert not any(p in a.text for p in _LIST_ZH) and "NO." not in a.text
    assert "常态化开展志愿服务" in a.text


def test_a_korean_keyword_list_titling_the_page_leaves_no_title_of_it():
    phrases = ["포커 승률 계산법", "슬롯 당첨 패턴", "룰렛 배팅 전략", "홀덤 족보 정리"]
    page = (f"<html lang='ko'><head><meta charset='utf-8'><title>{phrases[0]}</title></head><body>{_numbered(phrases)}"
            "<header class='header'></header><article><div itemprop='articleBody'>"
            "<p>교육부는 올해 전국 초중고 학생 수가 지난해보다 3.2% 줄었다고 6일 밝혔다. 학령인구 감소 폭은 비수도권에서 더 컸다.</p>"
            "<p>지역별로는 전남과 경북의 감소율이 가장 높았고, 세종은 유일하게 학생 수가 늘었다.</p></div></article></body></html>")
    a = clean_page(page.encode(), url="https://news.example.kr/?ID=2024-12-01")
    assert a.hijacked and "spam_title" in kinds(a)
    assert a.title != phrases[0]
    assert not any(p in a.text for p in phrases)
    assert "세종은 유일하게 학생 수가 늘었다" in a.text


def test_numbered_lines_of_the_page_or_a_title_they_do_not_hold_stay():
    # the <title> is the headline: a numbered notice strip above the header is the site's own
    notices = ["报名时间延长通知", "图书馆闭馆安排", "校园网维护公告"]
    a = clean_page(_page(_HEADLINE_ZH, _numbered(notices, "{n}. ")), url="https://www.example.edu.cn/xw/2.html")
    assert not a.hijacked
    # numbered points inside the article, one of them the title
    points = "".join(f"<p>{n}. {p}</p>" for n, p in enumerate(["垃圾分类宣传", "楼道杂物清理", "绿化带保洁"], 1))
    page = _page("垃圾分类宣传", "").replace(_ARTICLE_ZH.encode(), _ARTICLE_ZH.encode() + points.encode())
    assert not clean_page(page, url="https://www.example.edu.cn/xw/3.html").hijacked


_VI = ("<p>Lễ tổng kết năm học được tổ chức tại hội trường lớn của trường vào sáng thứ bảy. Do vậy,{glued} nhiều phụ huynh "
       "đã đến sớm để dự buổi lễ cùng các em học sinh.</p><p>Ban giám hiệu trao giấy khen cho các lớp có thành tích "
       "tốt trong phong trào thi đua và cảm ơn sự đồng hành của phụ huynh.</p>")


def _vi_page(glued: str) -> bytes:
    return (f"<html lang='vi'><head><meta charset='utf-8'><title>Tin tức giáo dục</title></head><body>"
            f"<article><h1>Lễ tổng kết năm học</h1>{_VI.format(glued=glued)}</article></body></html>").encode()


def test_a_space_stripped_fragment_glued_into_a_vietnamese_sentence_is_cut():
    fragment = "chươngtrìnhbiểudiễnvănnghệChàomừngnămhọcmới"
    a = clean_page(_vi_page(fragment), url="https://truong.example.vn/tin/1.html")
    assert a.hijacked and "spam_text" in kinds(a)
    assert fragment not in a.text
    assert "đã đến sớm để dự buổi lễ" in a.text


def test_vietnamese_prose_without_a_glued_fragment_stays():
    assert not clean_page(_vi_page(""), url="https://truong.example.vn/tin/2.html").hijacked


def test_a_menu_run_together_is_no_glued_fragment():
    # entries that lost their spaces: short words glued at capitals too (a Swedish breadcrumb, v18)
    menu = " Xã hộiGiáo dục Tuyển sinhKhaiGiảngNămHọcMớiTrườngTiểuHọcThànhPhố"
    assert not clean_page(_vi_page(menu), url="https://truong.example.vn/tin/3.html").hijacked
    assert clean_page(_vi_page(menu.replace("hộiGiáo", "hội Giáo")), url="https://truong.example.vn/tin/4.html").hijacked
