"""A notice's closing lines are the notice's (issue 12, v44 §4): after its last sentence a university
unit's notice lists its attachments, a contact block and signs off with the issuer and the date; a reader
keeps all of it. Links to other articles, a login box or a share row after the text are not the notice's.
A short notice title in the <h1> ("停水通知") is the headline, not the site's name closing the <title>."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "http://hq.example.edu.cn/xwdt/tzgg/1a2b3c.htm"
P1 = "由于供水管线检修、更换，定于7月17日24时至18日6时进行全校停水，请校内师生、住户提前备好生活必须用水。"
P2 = "具体供水时间视检修情况而定，给您带来的不便，敬请谅解！如有疑问，请于工作时间拨打值班电话咨询，我们将及时答复。"


def _page(h1: str, body: str, after: str = "") -> bytes:
    return (f"<html><head><title>通知公告 - 新闻动态 - 某某大学后勤集团</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/xwdt/'>新闻动态</a> <a href='/tzgg/'>通知公告</a></div>"
            f"<div class='list'><div class='breadcrumb'><a href='/'>首页</a>&gt;<a href='/xwdt/'>新闻动态</a></div>"
            f"<h1>{h1}</h1><div class='time'>来源：后勤集团<br>编辑：刘璇 时间：2012-07-17</div>"
            f"<div class='content'>{body}</div>{after}</div>"
            "<div class='footer'>Copyright © 2006 - 2020 某某大学后勤集团</div></body></html>").encode()


def test_attachments_contacts_and_the_sign_off_after_the_last_sentence_are_kept():
    body = (f"<p>{P1}</p><p>{P2}</p><p><br></p>"
            "<p><a href='/pub/att/1.docx'>附件1：《学生住宿需求申请表》</a></p>"
            "<p><a href='/pub/att/2.xls'>附件2：入住名单</a></p>"
            "<p>联系人：刘老师</p><p>联系电话：62511732</p>"
            "<p>简历投递地址：<a href='mailto:gongyubu@126.com'>gongyubu@126.com</a></p><p><br></p>"
            "<p align='right'>后勤集团国内公寓部</p><p align='right'>2018年5月22日</p>")
    a = clean_page(_page("关于做好学生接待工作的通知", body), url=URL)
    for line in ("附件1：《学生住宿需求申请表》", "附件2：入住名单", "联系人：刘老师", "联系电话：62511732",
                 "简历投递地址：gongyubu@126.com", "后勤集团国内公寓部", "2018年5月22日"):
        assert line in a.text.splitlines(), line
    assert a.text.splitlines()[-1] == "2018年5月22日"


def test_a_one_paragraph_notice_keeps_its_signature_and_its_short_headline():
    body = f"<p>{P1}{P2}</p><p></p><p align='right'>后勤集团</p><p align='right'>2012.7.17</p><br>"
    a = clean_page(_page("停水通知", body), url=URL)
    assert a.text.splitlines()[-2:] == ["后勤集团", "2012.7.17"]
    assert a.title == "停水通知"


def test_links_to_other_articles_and_a_login_box_after_the_text_are_not_the_notices():
    body = (f"<p>{P1}</p><p>{P2}</p>"
            "<p>上一篇：<a href='/xwdt/tzgg/9f8e7d.htm'>关于暑期宿舍调整的通知</a></p>"
            "<p>下一篇：<a href='/xwdt/tzgg/5a6b7c.htm'>食堂开放时间调整</a></p>"
            "<p><a href='/login.htm'>登录</a> <a href='/register.htm'>注册</a></p>"
            "<p>相关新闻：<a href='/xwdt/jtxw/1.htm'>后勤集团召开年度工作会议</a></p>")
    a = clean_page(_page("关于全校停水的通知", body), url=URL)
    assert a.text.splitlines() == [P1, P2]


def test_a_headline_the_title_shares_is_still_preferred_to_a_short_heading():
    # (the <title>'s headline part stands before the site's name: a short section heading does not replace it)
    page = ("<html><head><title>后勤集团召开二〇一二年度安全工作会议 - 某某大学后勤集团</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div><div class='list'><h2>集团新闻</h2>"
            f"<div class='content'><p>{P1}</p><p>{P2}</p></div></div></body></html>").encode()
    a = clean_page(page, url=URL)
    assert a.title == "后勤集团召开二〇一二年度安全工作会议"


def test_a_headline_closing_a_two_part_title_is_kept_over_a_short_heading():
    # ("Site - headline": the last part is the headline; only a path of three names or more is the site's)
    page = ("<html><head><title>某某讲坛 - 后勤集团召开二〇一二年度安全工作会议</title></head><body>"
            "<div class='nav'><a href='/'>首页</a></div><div class='list'><h1>会议</h1>"
            f"<div class='content'><p>{P1}</p><p>{P2}</p></div></div></body></html>").encode()
    a = clean_page(page, url=URL)
    assert a.title == "后勤集团召开二〇一二年度安全工作会议"
