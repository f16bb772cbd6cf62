"""Hidden words in a writing system the page does not write are an injection (v13 §2), whatever the
words: a Thai keyword block hidden in a Chinese page goes and flags the page; the page's own hidden
panels in its own script, debug consoles and letter-spaced lines stay harmless."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.writing import alien_script_words, script_letters
from tests.clean.conftest import kinds
from tests.clean.test_structural import HEADLINE, URL, page

# invented Thai phrases (no lexicon holds Thai): "the new game, play today" style keyword lines
THAI = "เกมใหม่ล่าสุด เล่นได้ทุกวัน สมัครสมาชิกใหม่ รับโบนัสทันที ถอนเงินรวดเร็ว บริการตลอดคืน"


def test_a_thai_keyword_block_hidden_in_a_chinese_page_is_removed_and_flags_the_page():
    top = f'<div style="height:0;overflow:hidden">{THAI}</div>'
    a = clean_page(page(top=top, title=f"{HEADLINE}-青山区人民政府 {THAI.split()[0]}"), url=URL)
    assert a.hijacked, a.findings
    assert "hidden_text" in kinds(a)
    assert "เกม" not in a.text
    assert "เกม" not in (a.title or "")  # its words are the page's spam wherever it writes them


def test_a_hidden_off_screen_english_pitch_in_a_chinese_page_is_an_injection():
    top = ('<div style="position:absolute;top:-2800px;left:-2800px"><a href="#">Order cheap pills online '
           'with discreet overnight delivery</a></div>')
    a = clean_page(page(top=top), url=URL)
    assert a.hijacked, a.findings
    assert "pills" not in a.text


def test_a_chinese_pages_hidden_chinese_share_panel_stays_harmless():
    top = '<div class="share-panel" style="display:none">分享到微信朋友圈 分享到新浪微博 复制链接 收藏本文</div>'
    a = clean_page(page(top=top), url=URL)
    assert not a.hijacked, a.findings


def test_hidden_panels_in_a_script_the_visible_chrome_writes_too_are_the_sites_own():
    # a mostly-English article on a Chinese platform: its hidden reward and comment panels are Chinese
    body = "".join(f"<p>The council met on Monday to discuss the river clean-up plan, item {i}.</p>" for i in range(4))
    top = ('<div class="nav">首页 新闻中心 专题报道 联系我们 关于本站</div>'
           '<ul class="related"><li>区政府召开城乡环境综合整治工作会议</li><li>全区安全生产工作会议召开</li></ul>'
           '<div class="reward" style="display:none">喜欢这篇文章吗 打赏作者 微信扫码支付 支付宝扫码支付</div>')
    a = clean_page(page(top=top, body=body), url=URL)
    assert not a.hijacked, a.findings


def test_consoles_template_slots_and_letter_spaced_lines_are_no_foreign_words():
    page_letters = script_letters("区政府召开专题会议研究部署今年城乡环境综合整治工作")
    assert alien_script_words("console.log(debugInfo) {AddTime} /news/list_1.html user_name=admin", page_letters) == []
    assert alien_script_words("C o p y r i g h t A l l R i g h t s R e s e r v e d", page_letters) == []
    assert alien_script_words(THAI, page_letters)



# an invented Japanese line (kana and kanji): no lexicon holds Japanese
JAPANESE = "秘密の出会いを探すなら【ナイトテスト】今すぐ無料で登録できます"


def test_a_japanese_line_between_a_chinese_articles_paragraphs_is_removed_and_flags_the_page():
    body = ("<p>区政府召开专题会议,研究部署今年城乡环境综合整治工作,要求各街道对照任务清单逐项落实。</p>"
            f"<div class='embed-box'><p>{JAPANESE}</p></div>"
            "<p>会议强调,要坚持问题导向,建立长效管理机制,确保整治工作取得实效,让群众切实感受到环境变化。</p>")
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked, a.findings
    assert "spam_text" in kinds(a)
    assert "ナイト" not in a.text and "出会" not in a.text
    assert "长效管理机制" in a.text


def test_a_chinese_page_whose_other_lines_write_japanese_too_keeps_its_japanese_line():
    # a language course page: Japanese lines are its subject, not somebody's line in it
    body = ("<p>日语角本周学习日常问候用语,请同学们提前预习以下例句并准备对话练习。</p>"
            f"<p>{JAPANESE}</p><p>おはようございます、今日もよろしくお願いいたします</p>"
            "<p>活动时间为每周三下午四点,地点在外语楼二楼,欢迎全校师生参加交流。</p>")
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked, a.findings
    assert "ナイト" in a.text


def test_a_language_menu_and_latin_lines_of_a_chinese_page_are_no_foreign_line():
    top = ("<div class='lang'><a href='/en/'>English</a> <a href='/ja/'>日本語</a> <a href='/ko/'>한국어</a></div>"
           "<div class='foot-en'>Copyright 2024 Qingshan District People's Government All Rights Reserved</div>")
    a = clean_page(page(top=top), url=URL)
    assert not a.hijacked, a.findings
