"""A script's payload left as page text (character codes, a cipher a decoder reads back from a hidden
div) is no prose: the article stays the story's box, not the whole page around it (v41 §4)."""
from __future__ import annotations

import random

from scraper.clean import clean_page
from scraper.clean.writing import payload_shaped

STORY = ["为进一步改善农村人居环境，扎实推进乡村振兴战略，4月2日，镇里组织机关干部开展了人居环境整治志愿服务活动。",
         "志愿者们对主街道两侧的垃圾、杂物、塑料袋进行集中清理，让村容村貌亮起来，村居生态环境美起来。",
         "通过此次活动，乡村人居环境得到明显提升，今后将继续以志愿服务为依托，扎实推动整治工作。"]


def _codes() -> str:
    return ";".join(str(ord(c)) for c in 'eval(atob("ZG9jdW1lbnQud3JpdGU="));' * 30)


def _cipher() -> str:
    rnd = random.Random(7)
    alphabet = "abcdexz0123456789"
    return " ".join("".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 8))) + rnd.choice(["", ",", ".", "-"])
                    for _ in range(400))


def _page(payload_box: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<html><head><title>乡镇动态</title></head><body>"
            "<div id='menu'><a href='/'>首页</a><a href='/news'>新闻中心</a><a href='/gk'>政务公开</a></div>"
            "<div class='main'><div class='location'>您现在所在的位置：<a href='/'>首页</a> &gt; <a href='/z'>乡镇动态</a></div>"
            f"<div class='article'><div class='content'>{body}</div></div></div>"
            f"<div id='footer'>版权所有：乡镇动态</div>{payload_box}</body></html>").encode()


def test_character_codes_in_an_offscreen_div_stay_out_of_the_article():
    a = clean_page(_page(f"<div id='q' style='position:absolute;top:-1864px;left:-1829px'>{_codes()}</div>"))
    assert a.text.splitlines() == STORY


def test_a_cipher_in_a_hidden_div_stays_out_of_the_article():
    a = clean_page(_page(f"<div id='q' style='display:none'>{_cipher()}</div>"))
    assert a.text.splitlines() == STORY


def test_prose_with_figures_is_no_payload():
    assert payload_shaped(_codes()) and payload_shaped(_cipher())
    figures = ("Sales rose 4.5% to $12.3bn in Q3 2024, from $11.8bn in Q3 2023, and the group raised its "
               "forecast for 2025 to $52bn, against $48.6bn in 2024; its shares gained 3.2% to $187.40.")
    assert not payload_shaped(figures * 2)
    assert not payload_shaped("2023年1-12月，全市生产总值1234.5亿元，增长5.6%，其中第一产业12.3亿元，第二产业456.7亿元。" * 4)
