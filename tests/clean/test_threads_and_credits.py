"""What a reader of a forum topic, a Q&A page or a news story notices: the posts are the text (a
question with its answers, a topic served in <noscript> by its forum app), an essay is not cut at
a "124 Comments" counter near its top, and the byline's fields come out as written (由 X 发布, a
reporter credited in the dateline, 来源 under a 信息公开 table, fields parted by middle dots)."""
from __future__ import annotations

from scraper.clean import clean_page

QUESTION = ("I am planning to move to a new country this autumn, from Switzerland to Singapore, and I am not "
            "sure which is the most cost-saving way to book the flight. Should I buy a one-way ticket?")
ANSWERS = [
    ("Last year I returned from Asia to Europe and had a similar dilemma. I copied the prices of several "
     "airlines into a spreadsheet and compared return and one-way flights for a few weeks."),
    ("If you are talking long-haul, then a round trip is in most cases cheaper than one way, and since you "
     "are moving you can simply let the return leg lapse, which airlines rarely mind."),
    ("Many low-cost carriers offer one-way tickets at half the price of a return, so within Europe and Asia "
     "the question hardly arises; check the terms before you skip a leg of a return."),
]


def _post(kind: str, text: str, comments: str = "") -> str:
    return (f'<div class="{kind}"><div class="votes">12</div><div class="post-cell">'
            f'<div class="s-prose post-body"><p>{text}</p><p>{text}</p></div>'
            f'<div class="user-card"><a href="/u/1">someone</a> answered Mar 3</div>'
            f'<div class="comments"><ul class="comment-list">{comments}</ul></div></div></div>')


def _qa_page() -> bytes:
    comment = ('<li class="comment"><span class="comment-copy">Thanks, that is a helpful comparison of the '
               'fares, I will try it too, though the airline I fly with charges more for one-way seats.</span> '
               '<a href="/u/2">reader</a></li>') * 3
    answers = "".join(_post("answer", a, comment) for a in ANSWERS)
    menu = "".join(f'<li><a href="/q/{i}">Another question about travel number {i}?</a></li>' for i in range(40))
    return (f"<html><head><title>How to book flights when moving abroad?</title></head><body>"
            f'<div id="content"><div id="mainbar"><h1>How to book flights when moving abroad?</h1>'
            f'{_post("question", QUESTION)}<div id="answers"><h2>3 Answers</h2>{answers}</div></div>'
            f'<div id="sidebar"><h3>Linked</h3><ul>{menu}</ul></div></div></body></html>').encode()


def test_a_question_and_its_answers_are_the_text_without_the_comments():
    a = clean_page(_qa_page())
    assert QUESTION in a.text
    for answer in ANSWERS:
        assert answer in a.text
    assert a.text.index(QUESTION) < a.text.index(ANSWERS[0])
    assert "helpful comparison" not in a.text  # comments under an answer are not posts
    assert "Another question" not in a.text


def test_comments_under_a_news_story_stay_out():
    story = ("The council approved on Tuesday a new plan for night buses to the northern districts, to start "
             "in March with six lines running every twenty minutes until five in the morning.")
    comments = "".join(f'<div class="comment-body"><p>{a}</p></div>' for a in ANSWERS * 3)
    menu = "".join(f'<li><a href="/n/{i}">Other news of the city number {i}</a></li>' for i in range(30))
    page = (f"<html><head><title>Night buses</title></head><body><h1>Night buses extended</h1>"
            f'<div class="story"><p>{story}</p></div><ul class="menu">{menu}</ul>'
            f'<div class="comments">{comments}</div></body></html>').encode()
    a = clean_page(page)
    assert story in a.text
    assert ANSWERS[0] not in a.text


def test_a_forum_topic_its_app_serves_in_noscript_is_read():
    posts = "".join(f'<div class="post"><p>{t}</p></div>' for t in [QUESTION, *ANSWERS])
    page = ("<html><head><title>Moving abroad - Travel - Community</title>"
            '<meta name="description" content="I am planning to move to a new country this autumn...">'
            '</head><body><section id="splash"><div class="dots"></div></section>'
            '<script src="/app.js"></script>'
            f'<noscript><div id="main-outlet"><h1>Moving abroad</h1>{posts}</div></noscript></body></html>').encode()
    a = clean_page(page)
    assert QUESTION in a.text
    assert ANSWERS[-1] in a.text
    assert "text_from_description" not in [f.kind for f in a.findings]


def test_a_noscript_notice_beside_a_page_that_shows_its_text_is_not_read():
    story = "The council approved on Tuesday a new plan for night buses to the northern districts. " * 4
    page = (f"<html><head><title>Night buses</title></head><body><h1>Night buses extended</h1><p>{story}</p>"
            "<noscript><p>Please enable JavaScript in your browser to use all the functions of this "
            "site, such as comments, sharing, the newsletter sign-up and the interactive maps.</p>"
            "</noscript></body></html>").encode()
    assert "enable JavaScript" not in clean_page(page).text


def test_a_blog_post_its_template_renders_is_read_from_its_noscript_copy():
    # Blogger: the post is a <script type=text/template> its scripts render, and the <noscript> copy
    # is the only served text of it; the body shows a sidebar of its own (archive, labels, about).
    post = "".join(f"<p>{t}</p>" for t in [QUESTION, *ANSWERS])
    sidebar = "".join(f'<li><a href="/2020/{m:02d}/">2020/{m:02d}</a> (4)</li>' for m in range(1, 13))
    about = ("This blog is written by the travel desk of a small community paper, about flights, visas, "
             "moving house across borders and the paperwork that comes with it, since 2009.")
    page = ("<html><head><title>Travel desk: one-way or return?</title></head><body>"
            f'<div class="sidebar"><h2>Archive</h2><ul>{sidebar}</ul><h2>About</h2><p>{about}</p>'
            '<h2>Labels</h2><a href="/l/visa">visa</a> <a href="/l/flights">flights</a></div>'
            '<div class="post"><h3 class="post-title">One-way or return?</h3>'
            '<span class="publishdate">Monday, August 3, 2020</span>'
            f'<div class="post-body"><script type="text/template">{post}</script>'
            f"<noscript>{post}</noscript></div></div></body></html>").encode()
    a = clean_page(page)
    assert QUESTION in a.text
    assert ANSWERS[-1] in a.text
    assert about not in a.text


PARAGRAPH = ("We get better design when we understand our medium, and many people still do not understand "
             "web design, among them critics, publishers and the designers themselves. ")


def test_a_comment_counter_link_near_the_top_does_not_cut_the_essay():
    rest = "".join(f"<p>Part {i}. {PARAGRAPH}</p>" for i in range(12))
    page = (f"<html><head><title>Understanding web design</title></head><body><article><h1>Understanding web "
            f'design</h1><div class="entry-content"><p>{PARAGRAPH}{PARAGRAPH}</p>'
            f'<div class="share-aside"><a href="#comments">124 Comments</a></div>{rest}</div></article>'
            "</body></html>").encode()
    a = clean_page(page)
    assert "Part 11." in a.text


def _gov_page(byline: str, body: str = "", above: str = "") -> bytes:
    body = body or "<p>8月30日上午，学校在行政楼第一会议室召开新学期教学工作会议，校领导、各学院院长参加会议。</p>"
    return (f'<html><head><meta charset="utf-8"><title>学校召开教学工作会议</title></head><body>{above}'
            f'<div class="main"><h1>学校召开教学工作会议</h1><div class="byline">{byline}</div>'
            f'<div class="article">{body}<p>会议对新学期排课、教材选用和新生入学教育作出安排，要求各学院认真落实。</p>'
            f"</div></div></body></html>").encode()


def test_posted_by_a_name_alone_on_its_line_is_the_author():
    a = clean_page(_gov_page('<span class="documentAuthor">由 <a href="/author/25">张敏</a> 发布</span>'
                             '<span> — 最后修改 2025-02-13</span>'))
    assert a.author == "张敏"


def test_the_source_under_a_public_information_table_wins_over_its_issuer():
    table = ('<table class="xxgk"><tr><th>索引号:</th><td>113604/2025-98339</td></tr>'
             '<tr><th>发布机构:</th><td>县自然资源局</td><th>发布日期:</th><td>2025年12月08日</td></tr></table>')
    a = clean_page(_gov_page("来源:本站原创　作者:赵婷　<span>浏览次数:</span>", above=table))
    assert (a.source, a.author) == ("本站原创", "赵婷")
    a = clean_page(_gov_page("作者:赵婷", above=table))
    assert a.source == "县自然资源局"  # no 来源 in the byline: the issuer stands


def test_fields_parted_by_middle_dots_lose_the_dots():
    a = clean_page(_gov_page("<time>2023年4月21日</time> · 来源：镇卫生院 · 撰稿：高峻"))
    assert (a.source, a.author) == ("镇卫生院", "高峻")


def test_a_correspondent_credited_alone_is_the_author():
    # at the lead's start after the outlet's dateline, or closing the text (inside or under the article box)
    for body, name in (("<p>本网讯(通讯员:沈星炜)5月29日，全国征文大赛结果揭晓，我校学生获优秀奖。</p>", "沈星炜"),
                       ("<p>冷水滩融媒9月15日讯(通讯员 周绍波 潘玲)9月13日上午，京华中学举行秋季开学典礼。</p>",
                        "周绍波 潘玲"),
                       ("<p>10月30日上午，文化遗产学院趣味运动会在东操场开幕。</p><p>(通訊員:丁恬)</p>", "丁恬")):
        assert clean_page(_gov_page("", body=body)).author == name
    # a reporter credited beside them is the author; an office in the correspondent's place is no name
    body = "<p>本报讯（记者 周倩 通讯员 李娜）记者2月6日从公安部获悉，全国公安机关侦办案件7.3万起。</p>"
    assert clean_page(_gov_page("", body=body)).author == "周倩"
    body = "<p>本网讯(通讯员:教务处)5月29日，全国征文大赛结果揭晓，我校学生获优秀奖。</p>"
    assert clean_page(_gov_page("", body=body)).author is None


def test_names_alone_on_their_line_above_the_text_are_the_author():
    text = ("<p>每年“两节”期间，人们的休闲娱乐时间增加，一些人选择网络赌博作为消遣，轻则造成钱款损失，重则引发法律风险。</p>"
            "<p>近日，公安部披露了打击治理跨境赌博犯罪成效，全年共侦办跨境赌博相关犯罪案件3.7万余起。</p>")
    for names in ("李忠勇", "張純信 齊超穎"):
        assert clean_page(_gov_page("", body=f"<p>{names}</p>{text}")).author == names
        assert clean_page(_gov_page(names, body=text)).author == names  # between the headline and the body
    # a section's name or an office there names no writer
    for line in ("要闻", "市教育局"):
        assert clean_page(_gov_page(line, body=text)).author is None


def test_a_reporter_credited_in_the_dateline_is_the_author():
    for lead, name in (("本报讯（记者 周倩 通讯员 李娜）记者2月6日从公安部获悉，", "周倩"),
                       ("人民政協網北京1月24日電(記者 張春莉) 1月24日下午，", "張春莉"),
                       ("羊城晚报讯 记者钱瑜报道：日前，", "钱瑜"),
                       ("本报讯 记者 方俊明 廣州報道 日前，", "方俊明"),
                       # Taiwan's papers and wire: 報導 after a slash, the wire's place and day glued on
                       ("記者林悅／南市報導 日前，", "林悅"),
                       ("（中央社記者邱俊欽桃園19日電）日前，", "邱俊欽")):
        body = f"<p>{lead}全国公安机关共侦办涉跨境赌博及关联案件7.3万起，打掉网络赌博平台一批。</p>"
        assert clean_page(_gov_page("", body=body)).author == name


def test_a_taiwanese_closing_credit_names_the_reporter_and_the_place_reported_from():
    page = ('<html><head><meta charset="utf-8"><title>男子酒後墜樓不治</title></head><body><div class="main">'
            "<h1>男子酒後墜樓不治</h1><div class='article'><p>台中市一名男子昨晚酒後與友人發生口角，隨後從5樓租屋處墜落，"
            "送醫後仍不治。</p><p>警方已勘驗現場並報請相驗，將進一步釐清死因。（王煌忠／台中報導）</p></div></div></body></html>")
    a = clean_page(page.encode())
    assert a.author == "王煌忠"


def test_a_reporters_credit_line_under_a_photo_caption_is_the_author():
    body = ("<p>▲警方到場勘驗，認定死者係屬自殺，屍體由檢察官發回家屬處理。（圖／記者林悅翻攝）</p><p>記者林悅／南市報導</p>"
            "<p>44歲陳姓客運司機，7日凌晨在台南市永康區住處後陽台尋短，經送醫急救，仍於當日清晨宣布不治。</p>")
    assert clean_page(_gov_page("", body=body)).author == "林悅"


def test_a_reporter_named_further_down_is_no_author():
    body = ("<p>学校召开新学期教学工作会议，校领导、各学院院长、教学副院长及教务处全体人员参加会议，会议持续了三个小时。</p>"
            "<p>会后，一位老师说：“本報訊(記者周倩)这样的稿件我们每天都读。”</p>")
    assert clean_page(_gov_page("", body=body)).author is None


def test_a_documentation_headings_permalink_mark_is_no_part_of_the_title():
    page = ('<html><head><title>Logging HOWTO — Python 3.13 documentation</title></head><body><div class="body">'
            '<h1>Logging HOWTO<a class="headerlink" href="#logging-howto" title="Link to this heading">¶</a></h1>'
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></body></html>").encode()
    assert clean_page(page).title == "Logging HOWTO"
