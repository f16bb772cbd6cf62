"""A notice's own contact and services are no brand (dev-v44-rucnews false flags): the mail box a job
notice signs with (发送至：<box>@163.com before its date) is no Latin name glued into the signature,
and a service known by its number (12306网站, the railway's booking site) is no name filling the
institution's slot. Each with the injection's shape it must still catch."""
from __future__ import annotations

from scraper.clean import clean_page

URL = "https://news.univ.example/tzgg/2019/1209/1.html"


def _zh_page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='article'><h1>{title}</h1>{body}</div></body></html>").encode()


_JOB = ("<p>因单位长远发展和工作需要，后勤集团面向校内外招聘非事业编制员工1名，采用派遣用工形式。</p>"
        "<p>一、岗位职责：负责食堂日常管理、食品安全检查和员工培训工作。</p>"
        "<p>二、任职条件：大学本科及以上学历，具有三年以上相关工作经历，身体健康。</p>"
        "<p>有意者请于12月20日前报名，报名截止后将组织面试。</p>"
        "<p>三、联系方式</p><p>{sign}</p><p>2019年12月9日</p>")


def test_the_mail_box_a_notice_signs_with_is_no_brand():
    a = clean_page(_zh_page("后勤集团招聘启事", _JOB.format(sign="请将简历通过电子邮件发送至：hqzpxx@163.com")), url=URL)
    assert not a.hijacked, a.findings
    assert "hqzpxx@163.com" in a.text
    # a bookmaker's Latin name glued into the signature is still read
    a = clean_page(_zh_page("后勤集团招聘启事", _JOB.format(sign="bevictor伟德国际后勤集团")), url=URL)
    assert a.hijacked and "bevictor" not in a.text, a.findings


_TICKETS = ("<p>根据客运部《2020年春运集中办理学生票工作的通知》要求，现将我校{name}集中办理学生往程票工作安排如下。</p>"
            "<p>一、办理时间：2019年12月9日至12月11日上午11点，各学院提报学生订票记录。</p>"
            "<p>二、可订车次、发车时间，最终以{name}网站实际为准。</p>"
            "<p>三、在{name}网站集中办理学生票的学生，需具备{name}网站购票资质（即已通过网站身份信息核验），否则将无法提交订单。</p>"
            "<p>四、请各学院通知学生按时提报，逾期不再受理。</p>")


def test_a_service_known_by_its_number_is_no_name_in_the_institutions_slot():
    a = clean_page(_zh_page("2020年春运集中办理学生往程票工作通知", _TICKETS.format(name="12306")), url=URL)
    assert not a.hijacked, a.findings
    assert "在12306网站集中办理学生票的学生" in a.text
    # a bookmaker's mark of letters and digits in the same slots is still a name, and cut
    a = clean_page(_zh_page("2020年春运集中办理学生往程票工作通知", _TICKETS.format(name="hth8680")), url=URL)
    assert a.hijacked and "hth8680" not in a.text, a.findings
