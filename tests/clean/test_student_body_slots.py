"""A name before a school's student bodies (its student union, its year's cohort) stands where the
school's own name stands (v40 rc40-020: a bookmaker's Latin name twice, 为了增强X2016级… and
X学生会体育部…, on a copy of a college's news): written as a website writes its name, it is cut from
every place of the page. The school's own name there, or a verb before the cohort, is kept."""
from __future__ import annotations

from scraper.clean import clean_page, slots

from .conftest import everything, kinds

SITE = "青枫职业技术学院"
REST = ["比赛共分为上下半场，每半场20分钟，并由体育部成员担任裁判。队员们在场上你争我抢，一个个漂亮的背传赢得观众阵阵掌声。",
        "赛后双方队员相互握手拥抱，合影留念，体现了友谊第一、比赛第二的体育精神。"]


def _page(lead: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in [lead, *REST])
    return (f"<html><head><meta charset='utf-8'><title>机械杯篮球赛举行-{SITE}</title></head><body>"
            f"<div class='logo'>{SITE}</div><div class='article'><h1>机械杯篮球赛举行</h1>"
            f"<div class='info'>发布时间：2024-09-16 | 来源：学生工作处</div>{body}</div>"
            f"<div class='footer'>{SITE} 版权所有</div></body></html>").encode()


def test_a_latin_bookmaker_name_before_the_cohort_and_the_union_is_cut():
    a = clean_page(_page("新学期伊始，为了增强Quixbet中文版2016级、2017级同学之间的交流，丰富课余生活，"
                         "Quixbet中文版学生会体育部于9月13日起在南岭校区篮球场组织了“机械杯”篮球赛。"))
    assert a.hijacked and "spliced_brand" in kinds(a)
    assert "Quixbet" not in everything(a)
    assert "为了增强2016级、2017级同学之间的交流" in a.text  # the verb before the name stays


def test_the_schools_own_name_before_its_union_stays():
    a = clean_page(_page("新学期伊始，为了增强2016级、2017级同学之间的交流，丰富课余生活，"
                         f"{SITE}学生会体育部于9月13日起在南岭校区篮球场组织了“机械杯”篮球赛。"))
    assert not a.hijacked
    assert f"{SITE}学生会体育部" in a.text


def test_the_cohorts_filler_is_the_name_without_the_verb_before_it():
    assert [n for n, _, _ in slots.all_fillers("为了增强Quixbet中文版2016级、2017级同学之间的交流")] == ["Quixbet中文版"]
    # a grade of a typhoon is no cohort; a new union's year is no name
    assert slots.all_fillers("超强台风12级风力") == ()
    assert not slots.substituted_names(["会议选举产生了新一届学生会主席团，新一届学生会主席团成员作了表态发言。"])
