"""Clean pages flagged in v46: a lottery forum's print view of a news reprint, its <title> tagged
[News] (the tag and the headline's first character read as a name glued before the headline); a
university's headline quoting its article's figure (全国16148人报考, read as digits glued into a
spliced keyword and cut to 2018考人报考南开大学); and a professor's posts, stickK.com的总裁和联合创始人,
written twice (联合 of 联合创始人 read as the organiser's verb, the post as a phrase filling its slot)."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon
from scraper.clean.slots import substituted_names
from scraper.clean.spliced import headline_splice
from scraper.clean.titles import foreign_prefix

REPRINT = ("運動彩券即將發行,體委會今天前往彰化師大召開「彩券盈餘運用中區公聽會」,與會各界代表認為,既然定名為"
           "「運動彩券」,應按比例分配設立「運動發展基金」。")


def test_a_bracketed_board_tag_before_the_headline_is_no_glued_name():
    page_text = lexicon.normalize("主題: [News]運動彩券盈餘 體委會:專款專用\n" + REPRINT)
    assert foreign_prefix("[News]運動彩券盈餘 體委會:專款專用", page_text) is None
    # a bookmaker's mark in the brackets is still read, up to its bracket
    page_text = "[qg1913]关于做好暑期安全检查工作的通知\n各单位关于暑期检查的安排如下"
    assert foreign_prefix("[qg1913]关于做好暑期安全检查工作的通知", page_text) == "[qg1913]"


def test_a_lottery_forums_print_view_of_a_news_reprint_is_not_flagged():
    html = ("<html><head><meta charset='utf-8'><title>[News]運動彩券盈餘 體委會:專款專用</title></head><body>"
            "<h1>超級大樂透彩論壇-台灣威力彩大樂透今彩539香港六合彩開獎號碼查詢紀錄</h1>"
            "<div>樂透網路新聞轉載 => 主題作者是: 台灣樂透彩香港六合彩紀錄員</div>"
            "<div>主題: [News]運動彩券盈餘 體委會:專款專用</div><div class='post'>"
            f"<div>運動彩券盈餘 體委會:專款專用</div><div>中廣新聞網 2007-11-20 11:06</div><div>{REPRINT}</div>"
            "<div>體委會主委表示,將會朝這個方向來推動,把專款用在推展台灣體育運動的刀口上。</div></div></body></html>")
    a = clean_page(html.encode(), url="http://lotto.example.com/index.php?action=printpage;topic=142.0")
    assert not a.hijacked, a.findings
    assert "運動彩券盈餘" in a.title


NEWS = ["今天距离2018年全国硕士研究生招生考试初试还有10天，广大考生进入了备考冲刺阶段。",
        "教育部数据库统计数字显示，今年全国共有16148人报考南开大学，较去年增加2329人。",
        "报考人数最多的学术型专业为金融学、企业管理、中国古代文学。"]


def test_a_headline_quoting_its_articles_figure_is_no_splice():
    assert headline_splice("2018考研10天倒计时  全国16148人报考南开大学", NEWS) is None
    # digits the article does not write, glued into the headline, still mark a splice
    assert headline_splice("2018考研10天倒计时  全国8888娱乐人报考南开大学", NEWS)


def test_a_co_founder_is_no_organiser():
    lines = ["美国耶鲁大学经济学教授、扶贫创新行动(IPA)主席、stickK.com的总裁和联合创始人迪恩·卡尔兰教授应邀来访我校。",
             "卡尔兰教授是著名的行为经济学家、扶贫创新行动(IPA)组织的主席和奠基人、stickK.com的总裁和联合创始人。"]
    assert substituted_names(lines) == []
    # a name written as a website writes it, before 联合举办, is still read
    assert substituted_names(["tyc4633娱乐联合举办了校园开放日活动，吸引了众多家长。"]) != []
