"""A body's news filed to another site (a town's item on a county portal or a regional news site) closes with the
body's own name and its correspondents, (倪邱镇 张路): the body its first person speaks for (我镇, 我县, 我校) signs it
as its contribution, so a site whose host spells no name of that body carries it and has not copied it. A copy of a
body's own page is signed by a unit of the body (体育学院), by people alone, or not at all, and stays a copy when its
shell names its owner by a kind alone (新闻网: kinds.kind_only). Pages served locally are never judged."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.takeover import signed_by_speaker

HOST = "http://www.qzlvxing.com/display.asp?id=61780"
LOCAL = "http://127.0.0.1:8000/display.asp?id=61780"

TOWN = ("3月25日下午，倪邱镇召开防汛抗旱工作部署会，会议由镇党委副书记、镇长主持，镇各班子成员、各村书记参加会议。"
        "会议传达了县防汛抗旱有关文件精神，分析了我镇当前防汛抗旱形势，安排了防汛抗旱准备和隐患排查检查工作。"
        "会议强调，要切实提高防汛抗旱意识，全面部署开展汛前检查，储备防汛抗旱物资，确保全镇安全度汛。")
COUNTY = ("4月2日，石门县人民政府召开安全生产工作会议，县直各部门负责人参加会议。会议通报了我县一季度安全生产形势，"
          "部署了下一阶段重点工作，要求各部门压实责任，深入开展隐患排查整治，坚决遏制各类事故发生，确保全县安全形势稳定。")
SCHOOL = ("5月29日上午，城关实验中学召开新学期教学工作会议，全体教师参加。会议总结了我校上学期教学工作，"
          "部署了本学期教学重点，要求各教研组加强集体备课，提升课堂效率，确保教学质量稳步提高，促进学生全面发展。")


def page(text: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return ("<html><head><meta charset='utf-8'><title>新闻网</title></head><body><div class='site-name'>新闻网</div>"
            "<ul class='nav'><li><a href='#'>首页</a></li><li><a href='#'>信息公开</a></li><li><a href='#'>新闻中心</a></li></ul>"
            f"<div class='content'>{paragraphs}</div><div class='footer'>版权所有：新闻网</div></body></html>").encode()


def copy_flag(body: bytes, url: str = HOST) -> bool:
    a = clean_page(body, url=url)
    return a.hijacked and any(f.kind == "mirror_copy" and f.where == "served host" for f in a.findings)


@pytest.mark.parametrize("text", [
    TOWN + "（倪邱镇 张路）",  # a town and its correspondent
    COUNTY + "\n(石门县人民政府 李明 王芳)",  # a county's government, two correspondents, on a line of its own
    SCHOOL + "（城关实验中学/张三、李四）",  # a school speaking as 我校, its name and its correspondents
])
def test_a_bodys_item_signed_by_the_body_it_speaks_for_is_carried_not_copied(text):
    assert signed_by_speaker(text)
    assert not copy_flag(page(text))
    assert not copy_flag(page(text), LOCAL)


@pytest.mark.parametrize("text", [
    TOWN,  # no signature: the town's own page under a shell naming nobody
    TOWN + "（张路 李明）",  # people alone say nothing of who filed it
    SCHOOL + "（体育学院 陈雨 李皓轩）",  # a unit of the school signing on the school's own site
    TOWN + "（红星县 张路）",  # another body than the one speaking
])
def test_a_bodys_own_page_under_a_shell_naming_no_owner_stays_a_copy(text):
    assert not signed_by_speaker(text)
    assert copy_flag(page(text))
    assert not copy_flag(page(text), LOCAL)
