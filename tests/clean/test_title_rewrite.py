"""A script that puts an unrelated title in place of the served <title> for every visitor (v34 S2,
v36 S3, v51 S2: sv51-020, copied from the dev split): the page is flagged for what the code does,
whatever the words, and the served title stays the article's. A site's own script that sets its
headline, a counter, its localised title or its name stays clean."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.titles import rewritten_title
from tests.clean.conftest import kinds, load

URL = "https://www.qhnxh.org.cn/news/2025/49952.html"
PAGE = load("title-rewritten-for-everyone.html").decode("utf-8")
SCRIPT = '<script>document.title="璇玑影视_璇玑在线观看";</script>'
SERVED = "<title>沁湖省农学会开展全国科普日主题活动 | 沁湖省农学会</title>"
HEADLINE = "沁湖省农学会开展全国科普日主题活动"


def _with(script: str, served: str = SERVED) -> bytes:
    assert SCRIPT in PAGE and SERVED in PAGE
    return PAGE.replace(SCRIPT, script).replace(SERVED, served).encode("utf-8")


def test_a_title_rewritten_for_everyone_flags_the_page_and_keeps_the_served_title():
    a = clean_page(load("title-rewritten-for-everyone.html"), url=URL)
    assert a.hijacked and "title_rewrite" in kinds(a), a.findings
    evidence = [f.evidence for f in a.findings if f.kind == "title_rewrite"]
    assert "璇玑影视_璇玑在线观看" in evidence[0] and HEADLINE in evidence[0]
    assert a.title == HEADLINE
    assert "沁湖省农学会组织专家走进社区和学校" in a.text


@pytest.mark.parametrize("script", [
    "<script>document['title']='璇玑影视_璇玑在线观看';</script>",
    '<script>document["ti"+"tle"]="璇玑影视_璇玑在线观看";</script>',  # run in the sandbox
    '<script>document.title="\\u74c7\\u7391\\u5f71\\u89c6_\\u74c7\\u7391\\u5728\\u7ebf\\u89c2\\u770b";</script>',
    '<script>window.onload=function(){document.title="璇玑影视_璇玑在线观看"};</script>',
])
def test_other_spellings_of_the_same_rewrite_are_read_alike(script):
    a = clean_page(_with(script), url=URL)
    assert "title_rewrite" in kinds(a), script
    assert a.title == HEADLINE


@pytest.mark.parametrize("script,served", [
    ('<script>document.title="(3) "+document.title;</script>', SERVED),  # a counter before its own title
    ('<script>document.title=document.getElementById("newsTitle").innerText;</script>', SERVED),
    ('<script>document.title="沁湖省農學會開展全國科普日主題活動";</script>', SERVED),  # its title, traditional
    ('<script>document.title="Qinhu Agricultural Society";</script>', SERVED),
    ('<script>document.title="沁湖省农学会召开年会暨学术交流会";</script>', SERVED),  # its name in another title
    # the <title> is the site's name alone, and the script sets the headline the page shows
    (f'<script>document.title="{HEADLINE}";</script>', "<title>沁湖省农学会</title>"),
    # an English <title> a script localises
    ('<script>document.title="农学会全国科普日活动";</script>', "<title>Qinhu Agricultural Society News</title>"),
])
def test_a_sites_own_title_scripts_stay_clean(script, served):
    a = clean_page(_with(script, served), url=URL)
    assert not a.hijacked, (script, a.findings)


def test_what_counts_as_unrelated():
    served = "宁远县开展汛前安全隐患大排查_宁远县发展和改革局"
    assert rewritten_title(served, "曜石娱乐首存送88")
    assert not rewritten_title(served, "宁远县发展和改革局")      # the site's name
    assert not rewritten_title(served, "寧遠縣開展汛前安全隱患大排查")  # the same, traditional
    assert not rewritten_title("", "曜石娱乐首存送88")              # nothing served to compare
    assert not rewritten_title("xxxx", "曜石娱乐首存送88")          # a placeholder
    assert not rewritten_title(served, "首页")                      # too short to read
