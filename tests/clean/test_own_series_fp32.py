"""A recipe's steps (comma-joined clauses the rest of the page hardly writes) read as keyword lines on two
clean dev-v40-bearmercury pages (bm40-033, -074: one douguo recipe, mobile and desktop; issue 11/12, v40 §3,
§7.3). They stand in slots the page repeats for every step, whose other members write sentences: the
page's own series (series.py), whose texts are its words."""
from __future__ import annotations

from scraper.clean import clean_page
from scraper.clean.dom import parse_html
from scraper.clean.series import in_series, prose_series
from tests.clean.conftest import kinds

_STEPS = ["排骨洗净剁成小块后沥干，蒜瓣拍碎切末，排骨放进碗里，倒黄酒蒜末腌制半小时入味",
          "锅热后倒入半锅油，七分热后放入排骨炸透，捞出备用",
          "将热油倒出后留少许油，放葱段和姜片炒香；再倒入清水、糖、醋、盐和少量料酒煮沸",
          "将煎好的鲫鱼放入汤汁中，盖上锅盖小火炖二十分钟即可。"]


def _recipe(step_class: str) -> bytes:
    steps = "".join(f"<div{f' class={step_class}' if step_class else ''}><p>步骤{i}</p>{s}</div>" for i, s in enumerate(_STEPS, 1))
    return ("<html><head><meta charset='utf-8'><title>红烧鲫鱼的做法</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/c/'>菜谱</a></div>"
            f"<h1>红烧鲫鱼</h1><div class='steps'>{steps}"
            "<p>小贴士：鲫鱼煎之前要擦干水分，这样不容易粘锅，老少皆宜。</p></div></body></html>").encode()


def test_a_recipes_steps_in_the_pages_repeated_slots_are_its_own():
    root = parse_html(_recipe("step").decode())
    series = prose_series(root)
    assert in_series(_STEPS[0], series) and in_series(_STEPS[1], series)
    assert not in_series("首页", series)
    assert not clean_page(_recipe("step"), url="https://recipes.example.com/cookbook/1.html").hijacked
    # the same lines in slots of no class (no series the template writes) are still read as keyword lines
    a = clean_page(_recipe(""), url="https://recipes.example.com/cookbook/1.html")
    assert a.hijacked and "spam_text" in kinds(a)


def test_a_slot_whose_members_write_no_sentence_vouches_for_nothing():
    root = parse_html("<html><body>" + "".join(f"<p class='kw'>{s}</p>" for s in _STEPS[:2] * 2)
                      + "<p>正文。</p></body></html>")
    assert prose_series(root) == frozenset()
