"""Legit pages the copy relations read as copies (v41 §3, session 34): a government's portal served on
its public suffix itself (gov.mo) is a public body's host; a story whose only subject is a body named by
its level alone (市卫生局: the writer's own city) stands in no relation a host could lack; a school's
office in a list of units (学工部(学生处)、校团委, bare or with its second name in brackets) is one of its
units, no name standing in the school's place. Pages written here."""
from __future__ import annotations

from core.domains import public_suffix
from scraper.clean import clean_page
from scraper.clean.slots import substituted_names
from scraper.clean.takeover import story_subjects, under_public_suffix


def kinds(article) -> set[str]:
    return {f.kind for f in article.findings}


def test_a_host_served_on_a_government_suffix_itself_is_a_public_bodys():
    assert public_suffix("gov.mo") == "gov.mo" and public_suffix("www.x.gov.cn") == "gov.cn"
    assert under_public_suffix("gov.mo") and under_public_suffix("gov.cn") and under_public_suffix("news.x.edu.cn")
    assert not under_public_suffix("www.lsszyy.com.cn") and not under_public_suffix("example.com")
    assert public_suffix("127.0.0.1") == ""


SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><div class="crumb">{crumb}</div><div class="article"><h1>{title}</h1><div class="content">{body}</div></div>
<div class="footer">{footer}</div></body></html>"""
NOTICE = ("<p>鉴于台风正逼近本澳，青岚娱乐场、北湾娱乐场已向博彩监察协调局申请暂停营业，博监局对此表示支持，已予批准。</p>"
          "<p>其中青岚娱乐场已于今晚八时暂停营业，北湾娱乐场将于晚上十时暂停营业，并要求场内提供必要的协助。</p>")


def test_a_government_portals_notice_on_its_own_suffix_host_is_no_copy():
    raw = SHELL.format(title="2间娱乐场申请暂停营运获批", crumb="", body=NOTICE, footer="").encode()
    a = clean_page(raw, url="https://gov.mo/zh-hans/news/218281")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # the same story in a shell showing a site, on a host of nobody the story names, is still read as a copy
    # (an empty shell names no owner at all: no evidence either way, session 35)
    shown = SHELL.format(title="2间娱乐场申请暂停营运获批", crumb="首页 &gt; 娱乐", body=NOTICE,
                         footer="关于我们 | 联系我们").encode()
    b = clean_page(shown, url="https://www.qrtv-lumen.com/news/218281.html")
    assert b.hijacked and "mirror_copy" in kinds(b), b.findings


CLINIC = ("<p>9月16日，根据市卫生局的统一安排部署，我院派出了7名医护人员参加了在中心广场举行的大型义诊活动。</p>"
          "<p>上午7:30，广场上就有市民陆陆续续前来咨询，每位医生都为前来就诊的市民进行详尽解答。</p>"
          "<p>今后我院还将积极开展义诊活动进社区、健康教育大讲堂等活动，把健康服务送到百姓家门口。</p>")


def test_a_story_whose_only_body_is_named_by_its_level_relates_to_any_host():
    assert story_subjects("", "9月16日，根据市卫生局的统一安排部署，我院派出了医护人员。") == ()
    assert story_subjects("", "9月16日，根据青禾市卫生局的统一安排部署，我院派出了医护人员。") == ("青禾市", "青禾市卫生局")
    raw = SHELL.format(title="医院动态", crumb="首页 &gt; 医院动态", body=CLINIC, footer="医院简介 | 联系方式").encode()
    a = clean_page(raw, url="https://www.lsszyy.com.cn/yydt/2496.html")
    assert not a.hijacked and "mirror_copy" not in kinds(a), a.findings
    # a story naming a place's bureau on a host spelling nothing of it is still read as a copy
    named = SHELL.format(title="医院动态", crumb="首页 &gt; 医院动态", body=CLINIC.replace("根据市卫生局", "根据青禾市卫生局"),
                         footer="医院简介 | 联系方式").encode()
    b = clean_page(named, url="https://www.lsszyy.com.cn/yydt/2496.html")
    assert b.hijacked and "mirror_copy" in kinds(b), b.findings


def test_an_office_with_its_second_name_in_brackets_is_a_unit_of_the_school():
    lines = ["4月23日上午，校党委宣传部、党委学工部(学生处)、校团委、图书馆联合举办读书月活动启动仪式。",
             "活动由校党委宣传部、党委学工部(学生处)、校团委、图书馆联合主办。"]
    assert substituted_names(lines) == []
    assert substituted_names([line.replace("(学生处)", "（学生工作处）") for line in lines]) == []
    # (session 33: the office is one item of a list of units, whatever its spelling; 校团委 opens an item of its own)
    assert substituted_names([line.replace("(学生处)", "") for line in lines]) == []
    assert substituted_names([line.replace("党委学工部(学生处)", "体育部") for line in lines]) == []
    # a name that is no unit, twice in a school-only slot, is still a substitution
    assert substituted_names(["3月7日下午，研讨会在永利集团松江校区会议室召开。", "会议介绍了永利集团松江校区的课程安排。"]) == ["永利集团"]
