"""The article's readers read text in simplified script (lexicon.simplified), so that a line written
in traditional script is judged as its simplified twin is, while the archive keeps the page's own
spelling (v29 syn29-029/-037: 澳門X娛樂官方網站 and a pitch inside a bureau's article were left in the
text where their simplified twins were cut). Page: fixtures/script-twin-lines.html, a trimmed
synthetic-v29 bureau page with its spam lines taken out (<!--IN--> marks a paragraph slot)."""
from __future__ import annotations

from scraper.clean import clean_page, lexicon
from tests.clean.conftest import kinds, load

URL = "http://www.caihe.gov.cn/gzdt/202502/t20250204_3029.html"
OWN = "群众查询不动产登记信息的时间由原来的半天缩短至十分钟以内"


def clean(inside: str):
    return clean_page(load("script-twin-lines.html").replace(b"<!--IN-->", inside.encode()), url=URL)


def test_traditional_brand_and_pitch_lines_are_cut_as_their_simplified_twins_are():
    for brand, pitch in (("澳门银涛娱乐官方网站", "线上真人百家乐，注册即送体验金"),
                         ("澳門銀濤娛樂官方網站", "線上真人百家樂，註冊即送體驗金")):
        a = clean(f"<p>{brand}</p><p>{pitch}</p>")
        assert a.hijacked and {"spliced_brand", "spam_text"} <= kinds(a), a.findings
        assert brand not in a.text and pitch not in a.text and OWN in a.text
        # the evidence a user reads is spelled as the page wrote it
        assert any(f.evidence == brand for f in a.findings), a.findings


def test_a_traditional_sentence_kept_stays_traditional_around_a_cut():
    a = clean("<p>澳門銀濤娛樂官方網站</p><p>本次會議強調，檔案數位化將便利民眾查詢。</p>")
    assert a.hijacked
    assert "本次會議強調，檔案數位化將便利民眾查詢。" in a.text and "澳門銀濤" not in a.text


def test_a_traditional_report_on_gambling_regulation_is_not_flagged_and_stays_as_written():
    report = ("<p>立法會今日三讀通過博彩法修訂案，警方表示將加強打擊非法賭場及網上賭博。</p>"
              "<p>澳門博彩監察協調局指出，新法規定娛樂場須於年內完成牌照更新。</p>")
    a = clean(report)
    assert not a.hijacked, a.findings
    assert "立法會今日三讀通過博彩法修訂案" in a.text and "澳門博彩監察協調局" in a.text


def test_the_fold_is_one_character_for_one_and_leaves_simplified_text_alone():
    written = "澳門銀濤娛樂官方網站，線上真人百家樂。Ａb"
    read = lexicon.simplified(written)
    assert read == "澳门银涛娱乐官方网站，线上真人百家乐。Ａb" and len(read) == len(written)
    simple = "此次数字化工作共扫描纸质档案一百八十余万页，后续将推进。"
    assert lexicon.simplified(simple) == simple
    assert lexicon.as_written(read.replace("澳门银涛娱乐官方网站", ""), written) == "，線上真人百家樂。Ａb"
