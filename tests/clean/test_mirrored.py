"""Mirrors of school pages with the school's name replaced by a brand, and spam glued to titles
(issue 11 §3–5): a page with no injected markup at all, whose text itself says it was hijacked."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything, kinds

URL = "https://jwc.hexi-tech.edu.cn/info/1021/3307.htm"


def notice(paragraphs: list[str], title: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<h1>{title}</h1><div class="content">{body}</div></body></html>').encode()


EXAM = ["各学院、全体学生：",
        "根据学校教学工作安排，本学期期末考试定于1月6日至1月17日进行，现将有关事项通知如下。",
        "一、考生须携带学生证和身份证，提前15分钟进入考场，按指定座位就座。",
        "二、各学院须于12月30日前将监考安排报送教务处，并组织监考教师学习考务规定。"]


def test_a_brand_signing_a_notice_is_cut_and_its_spelling_too_page_wide():
    text = [EXAM[0], EXAM[1].replace("根据学校", "根据《Fortunasky中国考试管理办法》和学校"), *EXAM[2:],
            "fortunasky英国中文", "2025年12月20日"]
    a = clean_page(notice(text, "关于2025年秋季学期期末考试安排的通知"), url=URL)
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "fortunasky" not in everything(a).lower()
    assert "考试管理办法》和学校教学工作安排" in a.text and "2025年12月20日" in a.text


def test_a_promo_brand_before_the_office_that_signs():
    a = clean_page(notice([*EXAM, "luck888官方网站登录入口教务处", "二〇二五年十二月二十日"], "期末考试安排"), url=URL)
    assert a.hijacked
    assert "luck888" not in a.text and "教务处" in a.text


def test_a_notice_signed_by_a_club_with_a_latin_name_is_kept():
    a = clean_page(notice([*EXAM, "Python爱好者协会", "2025年12月20日"], "期末考试安排"), url=URL)
    assert not a.hijacked and "Python爱好者协会" in a.text


def test_a_latin_prefixed_brand_repeated_where_the_school_stands():
    text = ["为营造书香校园氛围，goldwin鸿利国际读书协会于4月举办了第三届读书节，共有600余名学生参加。",
            "本届读书节包括图书漂流、名家讲座和经典诵读三个部分，活动持续两周。",
            "闭幕式上，goldwin鸿利国际读书协会为二十名阅读之星颁发了证书。"]
    a = clean_page(notice(text, "第三届读书节顺利闭幕"), url=URL)
    assert a.hijacked
    assert "goldwin" not in a.text and "鸿利国际" not in a.text
    assert "读书协会于4月举办了第三届读书节" in a.text


def test_a_sponsor_named_once_in_a_match_report_is_no_hijack():
    text = ["本届校园足球联赛由bob体育冠名赞助，共有16支队伍参赛。", "经过三周的比赛，机电学院队夺得冠军。"]
    a = clean_page(notice(text, "校园足球联赛落幕"), url=URL)
    assert not a.hijacked and "bob体育冠名赞助" in a.text


def test_emoji_sprinkled_inside_sentences_are_noise():
    text = ["3月5日🔥，学校召开新学期工作部署会🎯，校长主持会议💡并讲话。",
            "会议强调😀，各单位要以新学期为起点🏃，扎实推进教学改革🌟。"]
    a = clean_page(notice(text, "学校召开新学期工作部署会"), url=URL)
    assert a.hijacked and "symbol_noise" in kinds(a)
    assert a.text.startswith("3月5日，学校召开新学期工作部署会，校长主持会议并讲话。")


def test_a_festive_post_with_emoji_at_the_end_of_its_lines_is_kept():
    text = ["新年钟声即将敲响，祝全校师生新年快乐🎉", "愿大家在新的一年里学业进步、工作顺利、身体健康🎆🎇！"]
    a = clean_page(notice(text, "新年贺词"), url=URL)
    assert not a.hijacked and "🎉" in a.text


def test_a_brand_glued_before_a_title_with_its_founding_year_and_latin_tail():
    title = "鸿福国际1988hf学生资助管理办法(修订)"
    a = clean_page(notice(["第一条 为规范学生资助工作，制定本办法。"], title), url=URL)
    assert a.hijacked and a.title == "学生资助管理办法(修订)"


def test_a_brand_with_its_latin_spelling_before_a_title_keeps_the_year_of_the_title():
    title = "jinshacasino澳门金沙2025年硕士研究生复试工作办法"
    a = clean_page(notice(["一、复试工作坚持公平公正、择优录取的原则。"], title), url=URL)
    assert a.hijacked and a.title == "2025年硕士研究生复试工作办法"


def test_a_loader_written_into_the_title_text():
    title = "学校召开2025年党风廉政建设工作会议 <script src=https://cdn.tx-yl88.com/site.js></script>"
    a = clean_page(notice(["会议总结了2024年工作，部署了2025年重点任务。"], title), url=URL)
    assert "spam_script" in kinds(a) and a.hijacked
    assert a.title == "学校召开2025年党风廉政建设工作会议"


def hijacked_page(paragraphs: list[str], byline: str = "") -> bytes:
    """A school news page already shown hijacked by a hidden link farm."""
    farm = ('<div style="display:none"><a href="https://hl-yule.vip/">鸿利娱乐官网入口</a>'
            '<a href="https://tc-888.top/">天成棋牌注册送彩金</a></div>')
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="zh"><head><meta charset="utf-8"><title>学校召开2025年本科教学工作会议</title></head>'
            f'<body>{farm}<h1>学校召开2025年本科教学工作会议</h1><div class="info">{byline}</div>'
            f'<div class="content">{body}</div></body></html>').encode()


def test_on_a_hijacked_page_a_brand_in_the_school_s_slot_of_an_event_or_document_goes():
    text = ["3月8日上午，鼎盛体育2025年本科教学工作会议在图书馆报告厅召开，校长出席会议并讲话。",
            "会议解读了《鼎盛体育关于深化本科教育教学改革的实施意见》，各学院院长作交流发言。"]
    a = clean_page(hijacked_page(text), url=URL)
    assert "鼎盛体育" not in a.text
    assert "2025年本科教学工作会议在图书馆报告厅召开" in a.text and "《关于深化本科教育教学改革的实施意见》" in a.text


def test_on_a_page_with_no_injection_a_sports_portal_s_year_review_is_kept():
    text = ["咪咕体育2025年度赛事转播盘点发布，全年直播各类赛事3000余场。"]
    a = clean_page(notice(text, "年度赛事转播盘点发布"), url=URL)
    assert not a.hijacked and a.text.startswith("咪咕体育2025年度")


def test_on_a_hijacked_page_a_brand_glued_to_the_byline_s_office_goes():
    a = clean_page(hijacked_page(["会议总结了上一学年的本科教学工作。"],
                                 byline="发布时间：2025-03-08 来源：党委宣传部kb365 作者：聚财棋牌"), url=URL)
    assert a.source == "党委宣传部"
    assert not a.author


def test_a_keyword_line_ending_in_a_throwaway_domain_is_cut_from_the_text():
    text = ["会议要求各单位抓好落实，确保各项任务按期完成。精品国产高清在线观看 xq-tiyu.top",
            "会上，各学院负责人汇报了工作进展。"]
    a = clean_page(notice(text, "学校召开工作推进会"), url=URL)
    assert a.hijacked and "spam_text" in kinds(a)
    assert "精品国产" not in a.text and "xq-tiyu" not in a.text
    assert "确保各项任务按期完成。" in a.text


def test_a_title_never_closed_that_swallows_the_head_is_no_injection():
    raw = (b'<html><head><title>City council approves budget <link href="/css/site.css" rel="stylesheet">'
           b'<script src="http://ads.example-news.com/ad.js"></script><a href="/">Home</a></head>'
           b'<body><h1>City council approves budget</h1><p>The council voted 7-2 on Tuesday to approve the '
           b'budget for next year, after three weeks of hearings.</p></body></html>')
    a = clean_page(raw, url="https://www.example-news.com/2008/05/budget.html")
    assert not a.hijacked


def test_a_news_site_named_by_its_domain_in_the_text_is_kept():
    text = ["【xinwen.cc讯】本市今日起调整部分公交线路，市民可登录官网查询。", "调整涉及12条线路，详见公告。"]
    a = clean_page(notice(text, "部分公交线路今日起调整"), url=URL)
    assert not a.hijacked and a.text.startswith("【xinwen.cc讯】")


def test_a_brand_in_pinyin_and_characters_glued_before_a_title():
    title = "hongyunlai鸿运来2025年博士研究生招生章程"
    a = clean_page(notice(["第一条 为做好博士研究生招生工作，制定本章程。"], title), url=URL)
    assert a.hijacked and a.title == "2025年博士研究生招生章程"


def test_a_bilingual_logo_name_before_a_title_is_kept():
    title = "Beijing北京大学2025年博士研究生招生章程"
    a = clean_page(notice(["第一条 为做好博士研究生招生工作，制定本章程。"], title), url=URL)
    assert not a.hijacked and a.title.startswith("Beijing北京大学")
