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

