"""A department's own site under its school's host (v45 sv45-026, -031): its header writes the
department over the school, its footer both, its <title> suffix and 来源 the department. The unit is
the site's own part, not a foreign site's name; another name in the same slots still is."""
from __future__ import annotations

from scraper.clean import clean_page

from .conftest import kinds

URL = "http://www.lanshanzy.edu.cn/info/202303/1001.htm"
SCHOOL, DEPT = "岚山职业技术学院", "机电工程系"
STORY = ["为促进青年教师专业成长，3月9日，岚山职业技术学院举办青年教师教学基本功比赛，32名青年教师参赛。",
         "比赛包括教学设计、课堂展示和教学反思三个环节，评委从教学目标、教学方法和课堂组织等方面进行评分。"]


def _page(slot_name: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return (f"<html><head><meta charset='utf-8'><title>岚山职业技术学院举办青年教师教学基本功比赛 - {slot_name}</title></head>"
            f"<body><header><span class='site-title'>{DEPT}</span><span class='site-parent'>{SCHOOL}</span>"
            f"<nav><a href='/index.php'>首页</a> · <a href='/news.php'>系部动态</a> · <a href='/teach.php'>教学工作</a></nav>"
            f"</header><div class='main-bg'><article class='news-item'><h3>岚山职业技术学院举办青年教师教学基本功比赛</h3>"
            f"<div class='info'><span>2023年3月9日</span> · <span>来源：{slot_name}</span></div>"
            f"<div class='news-body'>{body}</div></article></div>"
            f"<footer>Copyright &copy; {SCHOOL} {DEPT}　湘ICP备14669414号</footer></body></html>").encode()


def test_a_departments_own_name_in_its_title_and_source_is_no_foreign_site():
    a = clean_page(_page(DEPT), URL)
    assert not a.hijacked, a.findings
    assert a.source == DEPT


def test_another_name_in_the_departments_slots_is_still_foreign():
    a = clean_page(_page("翎沣体育"), URL)
    assert a.hijacked and "foreign_site_name" in kinds(a)
    assert a.source is None
