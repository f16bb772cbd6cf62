"""A spun copy (news converted to traditional script with a pinyin reading after its characters,
the parasite pages of hijacked hosts) is flagged; a language lesson that glosses simplified
characters is not. Pages written here."""
from __future__ import annotations

from scraper.clean import clean_page


def page(title: str, body: str) -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="header">首页 | 新闻中心</div><div class="article"><h1>{title}</h1><div class="content">{body}</div></div>
<div class="footer">版权所有</div></body></html>""".encode()


def test_a_spun_copy_is_flagged_and_its_text_kept():
    body = ("<p>近日，多家網(wǎng)絡(luò)平臺開始清理相關(guān)文章，記者就此進(jìn)行了調(diào)查。</p>"
            "<p>該文章在網(wǎng)上廣泛傳播，引發(fā)了讀者的關(guān)注，有關(guān)部門表示將依法處理。</p>")
    a = clean_page(page("網(wǎng)絡(luò)熱文疑造假 多家平臺清理", body), url="http://copies.example.com/a/1.html")
    assert a.hijacked
    assert any(f.kind == "spun_copy" for f in a.findings)
    assert "記者就此進(jìn)行了調(diào)查" in a.text  # kept as captured: the copy is the evidence


def test_a_lesson_that_glosses_simplified_characters_is_no_spun_copy():
    body = ("<p>多音字练习：“和”在“和平”中读和(hé)，在“应和”中读和(hè)，在“和面”中读和(huó)。</p>"
            "<p>“行”在“银行”中读行(háng)，在“行走”中读行(xíng)。请同学们课后朗读并记录。</p>")
    a = clean_page(page("三年级语文多音字练习", body), url="https://www.example.edu.cn/jx/2025/1201/3.html")
    assert not a.hijacked, a.findings
