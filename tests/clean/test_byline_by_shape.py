"""Byline fields read by their shape where no listed label names them: a writing credit we do not
list (撰写：, 编写：, 采写：) when it names a person, not an office; an unlabelled name set apart beside
the row's date; a Latin name followed by a weekday in a language we do not list; and the body's
head read for a publish date up to its first sentence only (a notice's schedule comes after)."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.byline import PIECE, find_author, find_date
from scraper.clean.inforow import row_author

ZH = "学院举办新学期教学工作会议，全体教师参加会议，会议总结了上学期的教学情况并部署了本学期的重点工作。"
VI = ("Thư viện tỉnh đã mở cửa trở lại phòng đọc sau khi cải tạo, với giờ mở cửa dài hơn và khu vực "
      "dành cho thiếu nhi mới, thu hút đông đảo bạn đọc đến tham quan trong tuần đầu tiên hoạt động.")


def _page(info: str, title: str = "学院召开新学期教学工作会议", para: str = ZH, body: str = "") -> bytes:
    body = body or "".join(f"<p>{para}({i})</p>" for i in range(4))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div class='nav'>"
            f"<a href='/'>首页</a></div><div class='main'><h1>{title}</h1>{info}<div class='article'>"
            f"{body}</div></div></body></html>").encode()


def _byline(before: str = "", head: str = "", tail: str = "", after: str = "", above: str = "") -> str:
    return PIECE.join((before, head, tail, after, above))


# --- writing credits we do not list -----------------------------------------------------------

def test_an_unlisted_writing_credit_naming_a_person_is_the_author():
    a = clean_page(_page("<div class='xx'>信息来源：招生就业处\u3000\u3000撰写：罗俊杰\u3000\u3000发布日期：2020/07/12</div>"))
    assert a.author == "罗俊杰"
    assert a.source == "招生就业处"
    assert a.published.startswith("2020-07-12")
    assert find_author(_byline(before="采写：王小明、李四 2020-01-01"), {}) == "王小明、李四"
    assert find_author(_byline(before="编寫：陳大文 日期：2020-01-01"), {}) == "陳大文"


def test_an_unlisted_writing_credit_naming_an_office_is_no_author():
    a = clean_page(_page("<div class='xx'>信息来源：学院网站\u3000\u3000编写：教务处\u3000\u3000发布日期：2020/07/12</div>"))
    assert a.author is None
    assert find_author(_byline(before="编写：市教育局办公室 日期：2020-01-01"), {}) is None
    assert find_author(_byline(before="编写：团委 日期：2020-01-01"), {}) is None


# --- an unlabelled name beside the date -------------------------------------------------------

def test_a_name_set_apart_beside_the_date_is_the_author():
    a = clean_page(_page("<p class='info'><time datetime='2024-01-16T09:00:00+08:00'>2024-01-16</time> · 邹晓梅 · "
                         "来源：心理健康教育中心</p>"))
    assert a.author == "邹晓梅"
    assert a.source == "心理健康教育中心"
    assert row_author("发布时间：2024-05-01  张三  浏览次数：", "") == "张三"
    assert row_author("张三  2024-05-01 10:00  来源：区政府", "") == "张三"
    assert row_author("方可成 2025-11-04 11:49:14", "") == "方可成"  # no label: three characters


def test_a_weekday_or_an_office_beside_the_date_is_no_author():
    assert row_author("发布时间：2024-05-01 周一 浏览次数：", "") is None
    assert row_author("2024-05-01  高新区  来源：区政府", "") is None
    assert row_author("2024-05-01 · 教务处 · 来源：学院", "") is None
    assert row_author("文摘   2024-09-30 22:08   内蒙古", "") is None  # no label: a channel as often as a person
    a = clean_page(_page("<div class='info'>2023-04-11 08:15 首页 正文 打印</div>"))
    assert a.author is None


def test_a_latin_name_ends_before_an_unlisted_weekday():
    assert row_author("Khánh Huyền Thứ sáu, 30/08/2024 - 05:57", "") == "Khánh Huyền"
    assert row_author("Siti Yona Hukmana Senin, 30/08/2024 10:00", "") == "Siti Yona Hukmana"
    a = clean_page(_page("<div class='article-meta'>Khánh Huyền Thứ sáu, 30/08/2024 - 05:57</div>",
                         title="Thư viện tỉnh mở cửa trở lại", para=VI))
    assert a.author == "Khánh Huyền"


def test_a_single_word_before_a_comma_and_a_date_is_no_name():
    assert row_author("Debra Jobes, 08/02/2024 10:00", "") is None  # one word left: no name
    assert row_author("home news, 08/02/2024 10:00", "") is None


# --- a notice's schedule is not its publish date -----------------------------------------------

NOTICE = ("各乡镇人民政府，街道办事处：\n定于6月3日下午召开全区体育工作会议。现将有关事项通知如下：\n一、会议时间：\n"
          "2021年6月3日下午16:00\n二、会议地点：\n区政府第九会议室")


def test_a_schedule_after_the_first_sentence_is_not_the_publish_date():
    byline = _byline(head=NOTICE, above="当前位置：首页 > 通知公告\n发布机构\n区文化旅游体育局\n发布日期\n2021-06-02\n")
    assert find_date(byline, {}, _root(), None).startswith("2021-06-02")


def test_a_date_in_the_first_sentence_is_the_publish_date():
    head = "发布时间：2024-05-01 来源：区教育局\n各学校：定于6月3日召开会议。会议时间：2024年6月3日"
    assert find_date(_byline(head=head), {}, _root(), None).startswith("2024-05-01")
    head = "2024年5月1日\n全区教育工作会议召开。会议时间：2024年6月3日"
    assert find_date(_byline(head=head), {}, _root(), None).startswith("2024-05-01")
    # a headline inside the body's box ends with a question mark: the row under it is still read
    head = "宇航员在太空中喝酒会怎么样？后果很严重\n2017-03-10 09:58\u3000来源：网易\n翱翔于太空是一项艰苦的工作。"
    assert find_date(_byline(head=head), {}, _root(), None) == "2017-03-10T09:58:00+08:00"
    # a headline ending a sentence with a full stop (Japanese templates) is the head's first line
    head = "\n\n新型SSD発売。大容量を実現\n\n2019年4月4日\n米社は4月2日、イベントを開催。新製品を発表した。"
    assert find_date(_byline(head=head), {}, _root(), None) == "2019-04-04"


def _root():
    from lxml import html
    return html.fromstring("<html><body><p>x</p></body></html>")
