"""A page's own content and chrome is no injection (dev-v20-omnivore and real-cases-v20 false flags):
a donation box's PayPal button and an app's deep link to the page in closed popups, a reading
list citing a site by its name, a "term──gloss" list, a headline whose opening the article lists
word by word, a year before an event an organiser's verb follows. Each with the injection's shape
it must still catch."""
from __future__ import annotations

from scraper.clean import clean_page
from tests.clean.conftest import kinds
from tests.clean.test_behaviour_shapes import clean

EN_URL = "https://blog.example.org/posts/digital-tools"


def test_a_closed_donation_box_with_a_paypal_picture_button_is_no_hijack():
    box = ('<div style="display:none" id="donate"><form action="https://www.paypal.com/cgi-bin/webscr" method="post" '
           'target="_top"><input type="hidden" name="cmd" value="_s-xclick"><input type="hidden" '
           'name="hosted_button_id" value="Q2QD"><input type="image" src="https://cdn.example/donate.png" '
           'name="submit"></form></div>')
    a = clean(tail=box)
    assert not a.hijacked, a.findings
    # the injected popunder draws no button: still a hijack
    a = clean(tail=box.replace('<input type="image" src="https://cdn.example/donate.png" name="submit">',
                               '<input type="submit" style="display:none">'))
    assert a.hijacked and "hidden_form" in kinds(a), a.findings


def test_a_hidden_app_link_form_carrying_the_pages_own_address_is_no_hijack():
    form = ('<div style="display:none"><form method="post" action="https://xiling.app.goo.gl/?link='
            'https://www.xiling.gov.cn/xwzx/2025/1202/3.htm&amp;apn=cn.gov.xiling"></form></div>')
    a = clean(tail=form)
    assert not a.hijacked, a.findings


def _en_page(appendix: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>Digital Tools I Wish Existed</title></head><body>"
            "<article><h1>Digital Tools I Wish Existed</h1>"
            "<p>My digital life in a nutshell: I discover relevant content I do not have time to consume, then I "
            "find time and become overwhelmed with everything I saved, and the cycle starts again every week.</p>"
            "<p>These are the tools I would like to see built, and the reasons the ones I use fall short of "
            "what a reader needs to keep, find and revisit what they have read over the years.</p>"
            f"<h2>Appendix</h2><p>{appendix}</p></article></body></html>").encode()


def test_a_link_citing_its_own_site_by_name_sells_nothing():
    cite = ('<a href="https://beepb00p.xyz/sad-infra.html">The sad state of personal data and infrastructure '
            '(beepb00p.xyz)</a>')
    a = clean_page(_en_page(cite), url=EN_URL)
    assert not a.hijacked, a.findings
    # the same throwaway domain written in a link to another host is still a brand's shape
    a = clean_page(_en_page(cite.replace("https://beepb00p.xyz/", "https://other-site.example/")), url=EN_URL)
    assert a.hijacked and "spam_link" in kinds(a), a.findings


def _zh_page(title: str, body: str) -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='article'><h1>{title}</h1>{body}</div></body></html>").encode()


_GLOSSES = "".join(f"<p>（{i}）{t}──{g}</p>" for i, (t, g) in enumerate([
    ("统计学", "我利用统计学知识给本书起名字以及定价，最终决定了这个书名和价格。"),
    ("计算机", "除了编程这种明显的应用之外，计算机科学是寻找问题的有用途径。"),
    ("会计学", "会计学能帮助我理清个人财务以及报税，使它们看起来一目了然。"),
    ("经济学", "经济学教会我重新看待金钱在社会中的价值。"),
], 1))


def test_a_list_of_terms_glossed_after_a_box_drawn_dash_is_no_symbol_noise():
    a = clean_page(_zh_page("多元思维模型的读书笔记", "<p>下面是我从各个学科学到的有用思想，按学科列出。</p>" + _GLOSSES),
                   url="https://www.yuyue.example/notes/1.html")
    assert not a.hijacked, a.findings
    assert "统计学──我利用统计学知识" in a.text


_TOOL = ("<p>我很看好的一款稍后读利器！很期待它的后续更新，下面我先根据官网的展示，给大家介绍它的各种特点。</p>"
         "<p>免费</p><p>开源</p><p>稍后读</p><p>可保存网页、订阅、文档等，保存之后，可进行高亮和注释。</p>"
         "<p>全端同步，再补一条：可与Obsidian联通。剪藏进入之后，会格式化网页，去除广告等不相关的元素，"
         "给你一个干净舒适的阅读界面。随时随地保存链接并进行阅读，无需担心原网页被删除。</p>")


def test_a_headline_opening_with_words_the_article_lists_is_not_glued():
    title = "全平台开源免费稍后读利器，且可与Obsidian联用！"
    a = clean_page(_zh_page(title, _TOOL), url="https://mp.weixin.example/s/GOPZ")
    assert not a.hijacked, a.findings
    assert a.title and a.title.startswith("全平台开源免费")


def test_a_year_before_an_event_its_organiser_held_is_no_brand_mark():
    body = ("<p>为迎接党的二十大胜利召开，8月8日，彩票中心直属第三党支部开展了参观首钢奥运场馆的党建学习活动。</p>"
            "<p>如今的首钢园，通过老工业区改造，建设了一批优秀场馆，为2022北京冬奥会冬残奥会成功举办贡献了力量，"
            "党中央、国务院授予首钢集团“北京冬奥会冬残奥会突出贡献集体”称号。</p>"
            "<p>参与活动的党员干部学习奥运文化、感受奥运精神，坚定信心奋进新征程。</p>")
    a = clean_page(_zh_page("彩票中心党支部开展主题党日活动", body), url="https://www.lottery.example/news/1.html")
    assert not a.hijacked, a.findings
    assert "为2022北京冬奥会冬残奥会成功举办" in a.text


def test_a_room_number_before_its_classroom_is_no_brand_mark():
    body = ("<p>9月27日上午9点，“温馨校园”地学学院研究生新生棋牌交流会在九里校区5305教室成功举行。本次活动由地学学院"
            "研究生会主办，旨在帮助研究生新生尽快适应新的生活环境。</p>"
            "<p>此次交流会共有30余名研究生新生报名参加，主要内容为象棋、五子棋和斗地主等比赛。</p>")
    a = clean_page(_zh_page("地学学院举办研究生新生棋牌交流会", body), url="https://www.swjtu.example/news/2.html")
    assert not a.hijacked, a.findings
    assert "5305教室成功举行" in a.text
