"""A friend-link row outside the article that sells a trade-shaped name (issue 11, v36 S2): among a
public body's links, a link to an unrelated host whose anchor is a name and its trade (X体育投注,
X彩票官网) that the page writes nowhere else, as bodyspam.lone_name_lines reads such a line inside
the article. A row of partners (public bodies, schools, portals, a sports bureau) stays. Written
afresh; hosts and words are made up."""
from __future__ import annotations

from tests.clean.test_bought_links import with_row


# (read since nm43 by tradehead's grammar in hijack.link_is_spam: X体育投注 is a trade's head no outlet uses
# alone; dev: sv35-038, sv36-029, sv47-034, three splits)
def test_a_betting_name_in_a_public_bodys_link_row_goes():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.qzwan.example/">青枝湾体育投注</a> '
                 '<a href="http://www.moe.gov.cn/">教育部</a>')
    assert a.hijacked and "spam_link" in {f.kind for f in a.findings}


def test_partners_and_a_sports_bureau_stay():
    a = with_row('<a href="http://www.gov.cn/">中国政府网</a> <a href="https://www.tiyu.example/">市体育局</a> '
                 '<a href="https://www.zju.edu.cn/">浙江大学</a> <a href="https://www.163.com/">网易体育</a> '
                 '<a href="https://www.lottery.gov.cn/">中国体育彩票</a>')
    assert not a.hijacked
