"""The title slot read as relations (session 18): a two-part keyword chain as the <title> or after
its headline, a phrase spliced inside a name of the headline, a five-character phrase as the
headline's subject; and the legit titles of the same shapes that must stay as they are."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon

BODY = ("<p>12月3日下午，青川理工学院在行政楼第一会议室召开冬季学期安全工作会议。校领导周明远出席会议并讲话，"
        "各部门、各二级学院负责人参加会议。</p>"
        "<p>会上，保卫处负责人通报了上学期校园安全工作情况，分析了宿舍用电、实验室管理和校园交通等方面存在的隐患，"
        "并对本学期安全检查、应急演练和安全教育作出具体安排。</p>"
        "<p>周明远要求，各单位要压实安全责任，把安全隐患排查做细做实，建立整改台账，确保师生在安全稳定的环境中学习和工作。</p>")
HEADLINE = "青川理工学院召开冬季学期安全工作会议"


def _page(title: str, h1: str, nav: str = "", footer: str = "") -> bytes:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='nav'>{nav}</div><div class='main'><h1>{h1}</h1><div class='content'>{BODY}</div></div>"
            f"<div class='footer'>{footer}</div></body></html>").encode()


def _flagged(a) -> set[str]:
    return {f.kind for f in a.findings}


def test_a_two_part_chain_as_the_title_is_flagged_and_the_heading_kept():
    a = clean_page(_page("蜜桃夜色私密放映厅_葡萄深夜直播间免费看", HEADLINE))
    assert "spam_title" in _flagged(a)
    assert a.title == HEADLINE


def test_a_two_part_chain_after_the_headline_is_cut_and_the_headline_kept():
    a = clean_page(_page(f"{HEADLINE}-蜜桃夜色私密放映厅_葡萄深夜直播间免费看", HEADLINE))
    assert "spam_title" in _flagged(a)
    assert a.title == HEADLINE


def test_a_headline_with_its_college_and_university_names_is_no_chain():
    nav = "<a href='/'>首页</a><a href='/xw/'>学院新闻</a><span>青川理工学院机电工程学院</span>"
    a = clean_page(_page(f"{HEADLINE}_机电工程学院_青川理工学院", HEADLINE, nav, "版权所有 青川理工学院 机电工程学院"))
    assert not a.hijacked
    assert "机电工程学院" not in " ".join(f.evidence for f in a.findings)


def test_a_column_and_site_title_is_no_chain_when_the_page_writes_them():
    nav = "<a href='/'>首页</a> &gt; <a href='/tzgg/'>通知公告栏目</a>"
    a = clean_page(_page("通知公告栏目_青川理工学院", HEADLINE, nav, "青川理工学院 版权所有"))
    assert not a.hijacked


def test_a_headline_section_site_title_in_english_is_no_chain():
    body = "".join(f"<p>The council approved the new budget for the coming year after a long debate ({i}).</p>"
                   for i in range(3))
    page = ("<html><head><meta charset='utf-8'><title>Council approves budget - Local News - The Daily Ledger</title>"
            f"</head><body><h1>Council approves budget</h1><div class='content'>{body}</div></body></html>").encode()
    assert not clean_page(page).hijacked


SPLICE_BODY = ("<p>7月9日，石桥镇召开秋冬季森林防火工作部署会，镇党委副书记、镇长邹志强出席会议并讲话，"
               "各村（社区）党组织书记、护林员代表及镇直有关单位负责人参加会议。</p>"
               "<p>会议传达了全县森林防火工作会议精神，通报了今年以来全镇森林防火工作开展情况，"
               "并对秋冬季野外用火管控、重点时段巡山护林、扑火物资储备和应急队伍演练等工作进行了安排。</p>"
               "<p>邹志强强调，各村要切实落实要求，守住山口、管住火源，加大宣传力度，坚决防止发生重大森林火灾。</p>")


def test_a_phrase_spliced_after_a_names_first_character_goes_and_the_name_stays_whole():
    spliced = "石香江天天好运资料桥镇召开秋冬季森林防火工作部署会"
    page = (f"<html><head><meta charset='utf-8'><title>{spliced}</title></head><body><h1>{spliced}</h1>"
            f"<div class='content'>{SPLICE_BODY}</div></body></html>").encode()
    a = clean_page(page)
    assert a.hijacked
    assert a.title == "石桥镇召开秋冬季森林防火工作部署会"


def test_a_five_character_phrase_as_the_headlines_subject_is_cut():
    body = ("<p>6月19日，云川镇在镇区河道堤防组织开展防汛应急演练，镇防汛抗旱指挥部成员单位、镇应急救援队和沿河村组"
            "干部群众共37余人参加。</p><p>演练模拟强降雨导致河道水位上涨、堤坝出现管涌险情，现场指挥部迅速启动应急预案，"
            "组织人员转移、险情处置和物资调运。整个演练历时一个半小时，各环节衔接有序。</p>"
            "<p>乔玉兰在点评时指出，要针对演练暴露出的通信联络不够顺畅等问题及时改进，确保汛期安全。</p>")
    title = "实时赛果网组织开展防汛应急演练"
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='content'>{body}</div></body></html>").encode()
    a = clean_page(page)
    assert a.hijacked
    assert a.title == "组织开展防汛应急演练"


def test_a_learned_phrase_at_a_lines_end_leaves_the_next_lines_date():
    # normalised text runs "…计划群\n2024-02-28" into "…计划群20240228": a date is no brand number
    pattern = lexicon.page_pattern(frozenset(["彩票计划群"]))
    hits = lexicon.find_hits("主题活动_彩票计划群\n2024-02-28 · 赵一鸣 · 来源:党委宣传部", extra=pattern)
    assert [h.term for h in hits] == ["彩票计划群"]


def test_a_spliced_phrase_sharing_only_the_headlines_own_words_is_cut():
    # 澳门 of the phrase is the headline's own word (澳门故事): the cut inside 林思|远 still tells
    body = ("<p>行政长官林思远今日会见本地传媒代表，冀本地传媒向世界讲好中国故事、澳门故事，发挥桥梁作用。</p>"
            "<p>林思远表示，特区政府将继续支持传媒行业发展，为新闻工作者提供更好的采访条件。</p>"
            "<p>出席会见的传媒代表表示，将积极配合特区政府的工作，客观报道澳门的发展成就。</p>")
    spliced = "林思2023澳门今晚开远冀本地传媒向世界讲好中国故事、澳门故事"
    page = (f"<html><head><meta charset='utf-8'><title>{spliced}</title></head><body><h1>{spliced}</h1>"
            f"<div class='content'>{body}</div></body></html>").encode()
    a = clean_page(page)
    assert a.hijacked
    assert a.title == "林思远冀本地传媒向世界讲好中国故事、澳门故事"
