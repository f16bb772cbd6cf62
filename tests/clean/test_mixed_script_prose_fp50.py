"""Latin words in Chinese press releases (v49's held-out clean site, dev-v49-dpppress): a chat app's name glued
to its group in a paragraph the release prints twice (對手的line群組), the last word of a name written in
words parted by spaces (Lin bay好油), and a venue with a Latin name after 於 before the verb of the event
(於桃園市ThERE展演空間舉辦) were read as a bookmaker's mark spliced into the article. Each form is tested
here in other words and with three other spellings; a glued mark that speaks for the page (in sentences
of its own, as the event's organiser, in the headline or the credit) is still read."""
from __future__ import annotations

import pytest

from scraper.clean import clean_page
from scraper.clean.slots import substituted_names, voiced_names

URL = "https://www.party.example.org.tw/media/contents/101"


def _page(headline: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><meta charset='utf-8'><title>{headline} - 新聞中心</title></head><body>"
            f"<div class='news'><h1>{headline}</h1><div class='content'>{body}</div></div></body></html>").encode()


FILLER = ["黨主席今天下午前往彰化縣出席後援會成立大會，現場湧入上千名支持者。",
          "主席致詞時表示，地方建設需要更多年輕人投入，希望大家團結一致，把握最後的衝刺時間。",
          "與會鄉親紛紛表示，會持續支持地方的改革與發展，讓家鄉有更好的未來。"]


# --- a sentence printed twice: one occurrence, not a name repeated ---

@pytest.mark.parametrize("word", ["line群組", "fb粉專", "ig帳號", "youtube頻道"])
def test_a_latin_word_in_a_paragraph_printed_twice_is_no_voiced_name(word):
    said = f"前幾天，有人在說，對方陣營的{word}，散布了不實的訊息，這樣的做法，非常不應該。"
    lines = ["主席說，選舉要回到政策。" + said, said]
    assert voiced_names(lines) == []
    a = clean_page(_page("主席出席彰化後援會 呼籲團結拚到最後", [FILLER[0], lines[0], FILLER[1], lines[1], FILLER[2]]),
                   url=URL)
    assert not a.hijacked, a.findings


def test_a_mark_in_sentences_of_its_own_still_speaks_for_the_page():
    lines = ["日前，ysb88体育图书馆举办了读书分享会，吸引了众多读者。",
             "活动结束后，ysb88体育图书馆还为读者送上了纪念品。"]
    assert voiced_names(lines) != []


# --- the last word of a name written in words parted by spaces ---

@pytest.mark.parametrize("name", ["Lin bay好油", "Hello kitty彩繪", "Open data平台", "Taiwan bar頻道"])
def test_the_last_word_of_a_spaced_latin_name_is_no_mark(name):
    lines = [f"針對{name}的貼文內容，發言人今天召開記者會說明。",
             f"發言人指出，{name}過去多次發布相關影片，引起網友討論。",
             f"「{name}」只是其中一個例子，背後仍有其他帳號在運作。"]
    assert voiced_names(lines) == []
    assert substituted_names(lines, headlines=[f"{name}事件 發言人召開記者會說明"]) == []


def test_a_mark_after_a_web_address_and_a_space_is_still_read():
    lines = ["欢迎访问www.sports-news.com ysb88体育图书馆举办的读书会。",
             "日前，ysb88体育图书馆还为读者送上了纪念品。"]
    assert voiced_names(lines) != []


# --- a venue after 於/于: the place of the event, not its organiser ---

@pytest.mark.parametrize("clause", ["本會昨（12）日於台中市Oasis展演空間舉辦座談會",
                                    "本会昨日于北京Legacy音乐空间举行发布会",
                                    "青年部今天於高雄Pier2藝術特區舉辦論壇",
                                    "国际部日前于深圳OCT当代艺术园召开研讨会"])
def test_a_venue_with_a_latin_name_after_the_preposition_is_no_organiser(clause):
    assert substituted_names([clause + "，邀请各界代表出席。"]) == []


def test_an_organiser_written_as_a_website_writes_its_name_is_still_read():
    # before the place (X在Y举办) and with no place at all
    assert substituted_names(["tyc4633娱乐在体育馆举办校园开放日，吸引了众多家长。"]) != []
    assert substituted_names(["tyc4633娱乐举办了校园开放日活动，吸引了众多家长。"]) != []


# --- a glued mark in the headline or the credit is still read ---

SCHOOL = ["5月20日下午，学校在体育馆举办第十届校园开放日活动，吸引了众多家长和考生。",
          "活动现场设置了专业咨询、校园参观、实验室开放等环节，各学院老师耐心解答了家长的问题。",
          "下一步，学校将继续做好招生宣传工作，为考生和家长提供更好的服务。"]


def test_a_mark_glued_before_the_headline_is_still_read():
    a = clean_page(_page("ysb88体育学校举办第十届校园开放日活动", SCHOOL), url="https://www.school.example.edu.cn/info/1.htm")
    assert a.hijacked and any(f.kind == "spliced_brand" for f in a.findings), a.findings


def test_a_mark_glued_into_the_credit_is_still_read():
    a = clean_page(_page("学校举办第十届校园开放日活动", SCHOOL + ["（来源：ysb88体育招生办 编辑：李明）"]),
                   url="https://www.school.example.edu.cn/info/1.htm")
    assert a.hijacked and any(f.kind == "spliced_brand" for f in a.findings), a.findings


@pytest.mark.parametrize("name", ["歐噴講tell me a", "好好說lets go", "小日子come on", "青年talk about"])
def test_the_first_word_of_a_spaced_latin_phrase_is_no_mark(name):
    lines = [f"本週六晚上的節目是「{name} 故事」，歡迎大家一起來。",
             f"{name} 故事已經舉辦了三年，每次都吸引許多觀眾。"]
    assert voiced_names(lines) == []


def test_a_mark_before_a_web_address_is_still_read():
    lines = ["鑫濠汇hx2299 www.macau-news.com 欢迎您，鑫濠汇hx2299提供服务。", "据悉，鑫濠汇hx2299今年推出了新活动。"]
    assert voiced_names(lines) != []
