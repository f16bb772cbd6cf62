"""scraper.clean.pinyin spells as a stock pypinyin does (its phrase table read piece by piece must
not change how a host is held against a name, takeover.spells): each runs in a fresh process, as a
process keeps the first pypinyin it imports (a test that imported pypinyin whole before these would
have this process's pinyin.syllables spell with the stock tables, holding nothing)."""
import json
import random
import subprocess
import sys
from pathlib import Path

from scraper.clean import pinyin

ROOT = Path(__file__).resolve().parent.parent.parent

NAMES = ["福州第四中学", "长沙市重庆中学", "上海中学", "重庆市长寿区人民政府", "朝阳区行政服务中心", "银行大厦",
         "万州区公安局", "乐清市音乐学校", "㐀鱻龘", "浙江理工大学附属中学", "单县教育局", "长江重工集团"]
# polyphones, their phrases' characters, and characters with no reading in pypinyin's table
_ALPHABET = list("长重行乐朝单调都和还会着种中国人民大学银调度教育局市县区乡镇公安医院") + ["\U0002a6e0", "〇", "x"]


def _strings() -> list[str]:
    rng = random.Random(3)
    return NAMES + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 8))) for _ in range(3000)]


_STOCK = ("from pypinyin import lazy_pinyin as spell", "")
# (the stand-ins go in at the first name spelt: then pypinyin's phrase table is the pieces)
_STORED = ("from scraper.clean.pinyin import syllables as spell",
           "from core.precompiled import Pieces\nfrom pypinyin.constants import PHRASES_DICT\n"
           "assert isinstance(PHRASES_DICT, Pieces)")


def _spelt(how: tuple[str, str], strings: list[str]) -> list[list[str]]:
    """``strings`` spelt in a fresh process: ``how`` is the import of ``spell`` and a check run after."""
    setup, check = how
    code = f"{setup}\nimport json, sys\nspelt = [spell(s) for s in json.load(sys.stdin)]\n{check}\nprint(json.dumps(spelt))"
    return json.loads(subprocess.run([sys.executable, "-c", code], cwd=ROOT, input=json.dumps(strings),
                                     capture_output=True, text=True, check=True).stdout)


def test_syllables_as_a_stock_pypinyin_spells_them():
    strings = _strings()
    for s, expected, got in zip(strings, _spelt(_STOCK, strings), _spelt(_STORED, strings), strict=True):
        assert got == expected, s


def test_a_name_spells_its_syllables_and_polyphones_by_phrase():
    assert pinyin.syllables("长沙市长") == ["chang", "sha", "shi", "zhang"]
    assert pinyin.syllables("重庆银行") == ["chong", "qing", "yin", "hang"]


def test_every_syllable_holds_what_any_phrase_spells():
    """Every reading pypinyin's phrase table gives a character is one of every_syllable's: the
    readings the character's own entry lacks are PHRASE_ONLY's, and no other."""
    import pypinyin
    from pypinyin.contrib.tone_convert import to_normal

    data = Path(pypinyin.__file__).parent
    single = json.loads((data / "pinyin_dict.json").read_text(encoding="utf-8"))
    phrases = json.loads((data / "phrases_dict.json").read_text(encoding="utf-8"))
    own = {chr(int(k)): {to_normal(r) for r in v.split(",")} for k, v in single.items()}
    missing: dict[str, set[str]] = {}
    for phrase, readings in phrases.items():
        for char, reading in zip(phrase, readings):
            if to_normal(reading[0]) not in own.get(char, set()):
                missing.setdefault(char, set()).add(to_normal(reading[0]))
    assert missing == {c: set(r) for c, r in pinyin.PHRASE_ONLY.items()}
    for s in _strings()[:500]:
        assert all(y in pinyin.every_syllable(c) for c, y in zip(s, pinyin.syllables(s)) if len(s) == len(pinyin.syllables(s)))


def test_every_syllable_is_pypinyins_every_reading_of_the_character():
    from pypinyin import Style
    from pypinyin import pinyin as stock_pinyin

    for code in pinyin._tables()[0]:
        char = chr(code)
        expected = set(stock_pinyin(char, style=Style.NORMAL, heteronym=True)[0]) | set(pinyin.syllables(char))
        assert pinyin.every_syllable(char) == expected | pinyin.PHRASE_ONLY.get(char, frozenset()), char
    assert pinyin.every_syllable("\U0002a6e0") == {"\U0002a6e0"}  # (no reading: itself, as syllables writes it)
