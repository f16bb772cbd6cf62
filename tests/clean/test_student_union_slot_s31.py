"""A website's name in the school's slot before its student union (session 31, nm32; v40 rc40-020 residue): a
bookmaker's Latin name glued to Chinese (X中文版) where the school's name stood (X學生會體育部, X2016級) is cut
as a name before an office is; a school's own union keeps its name. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import everything

URL = "https://www.qhxy.edu.cn/info/1011/11895.htm"


def page(name: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>學院新聞</title></head>
<body><div class="logo"><a href="/">學院新聞</a></div>
<div class="position">当前位置: <a href="/">首页</a> &gt; <a href="#">學院新聞</a> &gt; 正文</div>
<div class="article-content"><p>新學期伊始,為了豐富課餘生活,宣揚體育精神,{name}學生會體育部于9月13日起在南嶺校區籃球場組織了“機械杯”籃球賽。</p>
<p>比賽共分為上下半場,每半場20分鐘,并由體育部成員擔任裁判。八支隊伍中,每一位隊員都已經有了必勝的信心。</p>
<p>經過激烈角逐,最終機械一班獲得冠軍,機械三班和機械二班分獲亞軍和季軍。</p></div></body></html>""".encode()


def test_a_latin_web_name_before_the_student_union_is_cut():
    a = clean_page(page("Betwinner中文版"), url=URL)
    assert "Betwinner" not in everything(a), a.findings
    assert "學生會體育部于9月13日起" in a.text


def test_a_schools_own_union_keeps_its_name():
    a = clean_page(page("機械工程學院"), url=URL)
    assert not a.hijacked, a.findings
    assert "機械工程學院學生會體育部" in a.text
