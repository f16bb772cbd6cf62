"""Hidden words in a writing system the page does not write are an injection (v13 §2), whatever the
words: a Thai keyword block hidden in a Chinese page goes and flags the page; the page's own hidden
panels in its own script, debug consoles and letter-spaced lines stay harmless."""
from __future__ import annotations

from collections import Counter

from scraper.clean import clean_page
from scraper.clean.writing import alien_script_words, hidden_alien_letters, script_letters
from tests.clean.conftest import everything, kinds
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


# --- hidden blocks counted in letters (v14 Q-A', v15 Q15-7) and visible Latin lines (v14 V14-2w, v15 Q15-1) ---
# Invented Japanese: a heading and one sentence, no spaces (one "word" each), a digit in the heading.
JAPANESE_PITCH = ("<h3>人気のオンラインゲーム24時間</h3>"
                  "<p>今すぐ登録するだけで特別なボーナスがもらえます。</p>")


def test_a_display_none_japanese_block_in_a_chinese_page_is_read_by_letters_and_removed():
    # no link off the site (display:none blocks are otherwise asked only then) and two "words":
    # kana and kanji letters are what count for a script written without spaces
    body = f"<p>{BODY_ZH}</p><div style=\"display:none\">{JAPANESE_PITCH}</div>"
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked, a.findings
    assert "hidden_text" in kinds(a)
    assert "ボーナス" not in a.text and "登録" not in a.text


def test_an_off_screen_japanese_block_whose_heading_and_paragraph_are_kept_apart_is_caught():
    body = f"<p>{BODY_ZH}</p><div style=\"position:absolute;top:-2500px;left:-2500px\">{JAPANESE_PITCH}</div>"
    a = clean_page(page(body=body), url=URL)
    assert "hidden_text" in kinds(a)


def test_a_hidden_japanese_block_on_a_page_that_writes_japanese_stays():
    # a Japanese-language page (or a bilingual one) hiding its own Japanese panel is no injection
    ja = "<p>本日、市役所で会議が開かれ、今年度の環境整備について話し合いが行われました。</p>" * 3
    body = f"{ja}<div style=\"display:none\">{JAPANESE_PITCH}</div>"
    a = clean_page(page(body=body), url=URL)
    assert "hidden_text" not in kinds(a)


def test_a_hidden_english_panel_in_display_none_is_not_asked_by_letters():
    # Latin is every Chinese page's second script: its display:none interface text stays its own
    panel = '<div style="display:none">Please enable JavaScript to view the comments powered by our service</div>'
    a = clean_page(page(body=f"<p>{BODY_ZH}</p>{panel}"), url=URL)
    assert not a.hijacked, a.findings


def test_hidden_alien_letters_counts_letters_of_unspaced_scripts_only_where_the_page_never_writes_them():
    chinese = script_letters(BODY_ZH)
    assert hidden_alien_letters("人気のオンラインゲーム24時間 今すぐ登録するだけで特別なボーナス", chinese)
    assert hidden_alien_letters("Order cheap pills online with discreet overnight delivery today", Counter()) == []
    assert hidden_alien_letters("こんにちは", chinese) == []  # under MIN_FOREIGN_LETTERS
    japanese = script_letters("本日は市役所で会議が開かれました 今年度の環境整備について話し合いました")
    assert hidden_alien_letters("人気のオンラインゲーム24時間 今すぐ登録するだけで特別なボーナス", japanese) == []


BODY_ZH = "3月15日，区政府召开专题会议，研究部署今年城乡环境综合整治工作，要求各街道对照任务清单逐项落实。"
# An invented defacement banner above the site's header: sentences, not a name.
DEFACE = ('<div class="banner"><h1>Hacked by Midnight Phantom Crew</h1>'
          '<p>Your security is only an illusion and we walked right through every locked door of this server.</p>'
          '<p>Patch your systems before somebody less friendly than us comes knocking again.</p></div>')


ARTICLE_ZH = "".join(f"<p>{line}</p>" for line in (
    BODY_ZH, "区长在会上指出，城乡环境综合整治是一项民心工程，关系到全区群众的切身利益，必须高度重视、认真对待。",
    "会议要求，各街道、各部门要对照任务清单，细化工作措施，明确责任人和完成时限，确保各项任务按时完成。",
    "会议强调，要坚持问题导向，建立长效管理机制，加强督查考核，确保整治工作取得实效，让群众切实感受到环境变化。",
    "会上，各街道负责人分别汇报了前一阶段整治工作进展情况，并就下一步工作打算作了表态发言。"))


def test_a_latin_banner_above_a_chinese_sites_menu_flags_the_page():
    a = clean_page(page(top=DEFACE, body=ARTICLE_ZH), url=URL)
    assert a.hijacked, a.findings
    assert "spam_text" in kinds(a)
    assert "illusion" not in everything(a)
    assert "研究部署" in a.text


def test_an_english_name_banner_above_a_chinese_university_menu_stays():
    # the site's own English name over its menu: a title-cased name of a few words, no sentence
    top = ('<div class="logo"><span>Peking University</span>'
           '<span>School of Mathematical Sciences, Peking University</span></div>')
    a = clean_page(page(top=top), url=URL)
    assert not a.hijacked, a.findings


def test_english_navigation_and_copyright_of_a_chinese_page_stay():
    top = '<div class="topbar"><a href="/en/">English</a> <a href="/about/">About us</a> Skip to main content</div>'
    body = f"<p>{BODY_ZH}</p><p>Copyright © 2024 Qingshan District People's Government. All Rights Reserved.</p>"
    a = clean_page(page(top=top, body=body), url=URL)
    assert not a.hijacked, a.findings


def test_english_sentences_below_a_chinese_header_are_not_a_banner():
    # an English abstract inside the article: placed after the site's Chinese header, the site's own
    body = (f"<p>{BODY_ZH}</p><p>Abstract: This report describes how the district organised the clean-up of its "
            "rivers and streets during the spring and what remains to be done in the coming months.</p>")
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked, a.findings


def test_an_english_abstract_opening_a_chinese_article_is_the_article():
    # an abstract before its Chinese translation, inside the article: not above the site
    abstract = ("<p>This study describes how the district organised the clean-up of its rivers and streets "
                "during the spring and what remains to be done in the coming months.</p>")
    doc = ('<html><head><meta charset="utf-8"><title>摘要</title></head><body><div class="article">'
           f"{abstract}{ARTICLE_ZH}</div></body></html>").encode()
    a = clean_page(doc, url=URL)
    assert not a.hijacked, a.findings


# Invented Vietnamese betting-style lines (marked with ơ ư and stacked tones).
VIETNAMESE = ["Nhà cái Trăng Vàng uy tín số một châu Á", "Đăng ký tài khoản nhận thưởng miễn phí mỗi ngày"]


def test_vietnamese_lines_inside_a_chinese_article_are_dropped_whole_and_flag_the_page():
    body = f"<p>{BODY_ZH}</p>" + "".join(f"<p>{line}</p>" for line in VIETNAMESE)
    a = clean_page(page(body=body), url=URL)
    assert a.hijacked, a.findings
    assert "spam_text" in kinds(a)
    assert "thưởng" not in a.text and "Trăng" not in a.text
    assert "研究部署" in a.text


def test_a_vietnamese_name_quoted_in_a_chinese_line_stays():
    body = f"<p>{BODY_ZH}</p><p>越南代表团团长阮文强（Nguyễn Văn Cường）出席会议并致辞，双方就环境治理经验进行交流。</p>"
    a = clean_page(page(body=body), url=URL)
    assert not a.hijacked, a.findings
    assert "Nguyễn" in a.text
