"""The cleaner's shortcuts for counting characters answer exactly what the regular expressions they
replace answer (speed work must not change a page's output): whitespace as \\s reads it, letters as
[^\\W_] reads them, C0 controls as the parser's class reads them, and one pass over a line's slot
fillers for both readings substituted_names asks."""
import random
import re

from scraper.clean import dom, lines, slots
from scraper.clean.writing import LETTER_OR_DIGIT

# the characters where the readings could part: every kind of space, zero-width ones, controls,
# underscores, CJK, the separator words lines drops before counting letters
_ALPHABET = [chr(c) for c in range(0x00, 0x80)] + list("\u00a0\u1680\u2000\u2028\u2029\u200b\ufeff\u3000\u0085_线分隔割中文é") + [
    "分隔线", "分割线"]


def _strings(n: int = 20_000):
    rng = random.Random(7)
    for _ in range(n):
        yield "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 10)))


def test_non_space_counts_what_backslash_S_finds():
    for text in _strings():
        assert lines.non_space(text) == len(re.findall(r"\S", text)), repr(text)


def test_fewer_than_two_letters_as_findall_says():
    for text in _strings():
        cut = lines._SEPARATOR_WORDS.sub("", text)
        assert lines._fewer_than_two(LETTER_OR_DIGIT, cut) == (len(LETTER_OR_DIGIT.findall(cut)) < 2), repr(text)


def test_controls_removed_as_the_class_removes_them():
    for text in _strings():
        assert dom._without_controls(text) == dom._CONTROLS.sub("", text), repr(text)


def test_fillers_with_and_without_phrases_from_one_pass():
    line = "您当前位置：很好的学校 > 新闻中心\n某某大学党委在海滨校区召开会议，最好的网站党委书记出席"
    every = slots.all_fillers(line)
    assert slots._fillers(line) == [(n, s) for n, s, phrase in every if not phrase]
    assert slots._fillers(line, phrases=True) == [(n, s) for n, s, _ in every]
    assert any(phrase for _, _, phrase in every)  # the line holds a filler only ``phrases`` admits
