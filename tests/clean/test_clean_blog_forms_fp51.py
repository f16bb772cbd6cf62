"""A Creative Commons project's blog (v50's held-out clean site, dev-v50-cctwblog) had 7 of 100 pages
flagged, each by a rule reading an ordinary writer's habit as an injection's act. Each form is tested
here in other words with three other spellings, and beside it the injected act the rule was written
for, still read:

- a headline opening on a web word and the page's own phrase (網站服務條款, written on its own in the
  article) read as a name glued before the headline, because a longer prefix holding it is unique to
  the headline (a site's name stands before its web word: X官网);
- a deadline after the headline's dash (…徵求—2010/9/1前有效) read as a keyword phrase glued to it: a
  date is no keyword's words, and two characters' pieces are too few to call its words foreign;
- single box-drawing lines as dashes between a licence's elements (姓名標示─相同方式分享) read as noise;
- a lead naming in full what the headline calls by its number (318 文物典藏庫 over 318公民運動文物紀錄
  典藏庫) read as a brand put in place of the headline's subject;
- a demonstrative and a common Latin noun (這個app, written twice) read as a mark speaking for the page;
- a book's title linking its author's site, the sentence naming the author (SL Huang … slhuang.com),
  read as a phrase wedged into prose to carry a link.
"""
from __future__ import annotations

import pytest

from scraper.clean import clean_page, lexicon
from scraper.clean.noise import noise_stripper
from scraper.clean.slots import voiced_names
from scraper.clean.titles import foreign_prefix

URL = "https://www.commons.example.org.tw/blog/20240101"


def _page(title: str, headline: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='post'><h1>{headline}</h1><div class='content'>{body}</div></div>"
            "<div class='footer'>本站內容以創用CC授權釋出</div></body></html>").encode()


# --- a headline opening on a phrase the page writes on its own ---

@pytest.mark.parametrize("own, modal, rest", [
    ("網站隱私政策", "應該", "寫得更清楚嗎？"),
    ("網站授權聲明", "應該", "放在頁尾嗎？"),
    ("官網下載頁面", "應該", "標示授權方式"),
    ("網站服務條款", "能否", "蓋過開放授權？"),
])
def test_a_headline_opening_on_the_pages_own_phrase_is_no_glued_name(own, modal, rest):
    headline = own + modal + rest
    text = lexicon.normalize(f"{headline}\n許多使用者從未讀過{own}，但{own}常要求使用者授權內容。\n"
                             f"我們不認為{own}{rest}")
    assert foreign_prefix(headline, text) is None


def test_a_name_glued_before_the_headline_is_still_read():
    headline = "Kin汇岳体育北陵师范大学召开教学工作会议"
    text = lexicon.normalize(f"{headline}\n3月5日，北陵师范大学召开教学工作会议，校领导出席会议。")
    assert foreign_prefix(headline, text) == "Kin汇岳体育"
    # a site's name ends with its web word, and the page may write it elsewhere too (put for the
    # school's name throughout, real-cases-v27 rc27-009): still read
    headline = "星河官网学子在2024年全国英语竞赛中获奖"
    text = lexicon.normalize(f"{headline}\n近日，星河官网外国语学院学生在2024年全国英语竞赛中获奖。"
                             "同时，星河官网被大赛组委会评为优秀组织单位。学子们表示将继续努力。")
    assert foreign_prefix(headline, text)


# --- a deadline after the headline's dash ---

ARTICLE = ["為促進自由文化的研究，本計畫邀請各界研究者投稿，主題包括開放授權、公共領域與數位典藏。",
           "投稿者請附上摘要一份，並註明聯絡方式，我們將於審查後個別通知結果。",
           "歡迎對自由文化有興趣的研究者踴躍參與，一起推動知識的分享與流通。"]


@pytest.mark.parametrize("tail", ["2024/3/31前有效", "12/31前截止", "5/20(六)開講", "2025/1/15前報名"])
def test_a_deadline_after_the_headlines_dash_is_no_keyword(tail):
    headline = f"「開放文化研究」論文摘要徵求—{tail}"
    a = clean_page(_page(f"{headline} | 開放文化計畫", headline, ARTICLE), url=URL)
    assert not a.hijacked, a.findings


@pytest.mark.parametrize("keyword", ["澳门葡京赌场在线真人百家乐", "最新2025:88色播影院"])
def test_a_keyword_phrase_glued_after_the_headline_is_still_read(keyword):
    # (digits in it are no date: 最新2024:97色播网 of real-cases-v28 rc28-017 keeps its length)
    headline = f"「開放文化研究」論文摘要徵求—{keyword}"
    a = clean_page(_page(f"{headline} | 開放文化計畫", headline, ARTICLE), url=URL)
    assert a.hijacked and any(f.kind == "spam_title" for f in a.findings), a.findings


# --- single box-drawing lines as dashes ---

@pytest.mark.parametrize("lines", [
    ["姓名標示─相同方式分享：適合社群編輯", "姓名標示─非商業性─相同方式分享：適合混搭創作", "姓名標示─禁止改作：適合原始素材"],
    ["台北─高雄─花蓮三地巡迴", "第一站─台北場：座談會", "第二站─高雄場─工作坊"],
    ["自由軟體━開放原始碼━共享精神", "公眾領域━無著作權", "開放資料━政府資料"],
    ["研究方法─文獻回顧", "研究結果─訪談整理─分析", "結論─未來建議"],
])
def test_single_box_lines_between_words_are_dashes_not_noise(lines):
    strip = noise_stripper(lines)
    assert [strip(line) for line in lines] == lines


def test_symbols_sprinkled_between_characters_are_still_noise():
    lines = ["学生★管理工作会议召开", "各学院◆负责人参加了会议", "会议强调▲要做好安全工作"]
    strip = noise_stripper(lines)
    assert strip(lines[0]) == "学生管理工作会议召开"


# --- a lead naming in full what the headline calls by its number ---

@pytest.mark.parametrize("head, lead", [
    ("318 文物典藏庫 開放線上指認", "您可先到318公民運動文物紀錄典藏庫查詢當時留下的文物。"),
    ("921 數位典藏庫 開放線上瀏覽", "民眾可到921地震影像紀錄典藏庫瀏覽當年的影像。"),
    ("228 口述典藏庫 開放線上查詢", "研究者可到228事件口述歷史典藏庫查詢資料。"),
    ("1111 人力銀行報告 今日發布", "根據1111求職網站年度調查銀行報告今日發布的數據顯示。"),
])
def test_a_lead_naming_in_full_what_the_headline_calls_by_its_number_is_no_brand(head, lead):
    assert voiced_names([lead], [head]) == []


def test_a_brand_put_in_place_of_the_headlines_subject_is_still_read():
    head = "學校圖書館 開放線上查詢"
    lead = "日前，ysb88體育圖書館開放線上查詢服務，方便讀者借閱。"
    assert voiced_names([lead], [head]) != []


# --- a demonstrative and a common Latin noun ---

@pytest.mark.parametrize("phrase, noun", [("這個app", "app"), ("那個app", "app"), ("這款app", "app"), ("這支app", "app")])
def test_the_articles_own_words_around_a_common_latin_noun_are_no_name(phrase, noun):
    det = phrase[:2]
    lines = [f"你可以下載手機軟體，{phrase}會幫你找到需要的照片。",
             f"{phrase}的程式碼以開放授權釋出，{det}計畫也歡迎大家參與。",
             f"我們相信{det}價值存在於使用的過程，手機{noun}只是其中一種方式。",
             f"你有用過什麼好玩的{noun}嗎？歡迎分享{det}經驗。"]
    assert voiced_names(lines) == []


def test_a_mark_in_sentences_of_its_own_is_still_a_name():
    lines = ["日前，鑫濠汇hx2299举办了读书分享会，吸引了众多读者。",
             "活动结束后，鑫濠汇hx2299还为读者送上了纪念品。",
             "手机app和好玩的app都可以下载。"]
    assert voiced_names(lines) != []


# --- a book's title linking its author's site ---

@pytest.mark.parametrize("author, host, book", [
    ("SL “Lisa” Huang以筆名SL Huang", "slhuang.com", "零和遊戲"),
    ("作家Mei Chen（陳美）", "meichen.net", "海邊的燈塔"),
    ("插畫家Tony-Lin", "tonylin.tw", "貓咪的午後時光"),
    ("音樂人 Ann Wu", "annwu.org", "山城的夏天"),
])
def test_a_work_linking_its_authors_site_named_in_the_sentence_is_no_wedged_link(author, host, book):
    para = (f"{author}在2014年3月自助出版第一本作品<a href='http://www.{host}/books/'>{book}</a>，"
            "並採用創用CC姓名標示授權釋出，他很高興今日的作者有這麼多授權方式可以選擇。")
    a = clean_page(_page("開放授權的作者故事 | 開放文化計畫", "開放授權的作者故事", [*ARTICLE[:2], para, ARTICLE[2]]), url=URL)
    assert not a.hijacked, a.findings


def test_a_phrase_wedged_into_prose_linking_an_unnamed_site_is_still_read():
    para = ("SL “Lisa” Huang在2014年3月自助出版第一本作品<a href='http://www.xpj7788.com/'>澳门新葡京娱乐</a>，"
            "並採用創用CC姓名標示授權釋出，他很高興今日的作者有這麼多授權方式可以選擇。")
    a = clean_page(_page("開放授權的作者故事 | 開放文化計畫", "開放授權的作者故事", [*ARTICLE[:2], para, ARTICLE[2]]), url=URL)
    assert a.hijacked and any(f.kind == "spam_link" for f in a.findings), a.findings
