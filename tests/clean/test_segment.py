"""scraper.clean.segment cuts clauses as a stock jieba.posseg does (its dictionary read piece by
piece must not change a name takeover._read_names reads), and leaves jieba's own tagger working."""
import marshal

import jieba
import pytest
from jieba import posseg

from scraper.clean import segment

CLAUSES = [
    "福州第四中学召开全体教师会议",
    "钟华董事长要求学院全体师生参加",
    "委携手队安全科在子弟学校开展演练",
    "万州区公安局开展专项行动",
    "今年全县初中学生人数增加",
    "我校3.5万名师生与abc公司Ltd.签约",
    "浙江理工大学附属中学2024年12月举行典礼",
    "鱻龘靐齉",  # characters no dictionary word starts with: the HMM's guesses
    "",
]


@pytest.fixture(scope="module")
def stock():
    tagger = posseg.POSTokenizer(jieba.Tokenizer())  # reads dict.txt and the prefix table whole
    tagger.tokenizer.initialize()
    return tagger


def test_words_and_tags_as_stock_jieba_cuts_them(stock):
    for clause in CLAUSES:
        assert segment.tagged(clause) == [(p.word, p.flag) for p in stock.lcut(clause)], clause


def test_the_stored_pieces_hold_jiebas_whole_tables(stock):
    total, prefixes, tags = segment._dictionary()
    assert total == stock.tokenizer.total
    assert _whole(prefixes) == stock.tokenizer.FREQ
    assert _whole(tags) == stock.word_tag_tab


def _whole(pieces):
    whole = {}
    for first, blob in pieces.items():
        piece = marshal.loads(blob)
        assert all(w[0] == first for w in piece)
        whole.update(piece)
    return whole


def test_jiebas_default_tagger_still_tags():
    segment.tagged("福州第四中学")
    assert [(p.word, p.flag) for p in posseg.lcut("万州区公安局开展专项行动")][:2] == [("万州区", "ns"), ("公安局", "nt")]


def test_viterbi_finds_jiebas_routes_on_unknown_and_traditional_characters():
    import random
    import sys

    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

    stock = sys.modules["jieba.posseg.viterbi"].viterbi
    rng = random.Random(5)
    alphabet = list("這個國為們說時來與後對學會發開關長電體員場處現經實無當點業總義區萬")  # traditional
    alphabet += list("的一是在不了有和人中大上我以要他到作地出就分成") + ["鱻", "龘", "靐"]
    # 80 clauses of up to 12 characters: stock jieba's viterbi is O(n·S²) over ~250 states on
    # unknown characters, and 300 clauses of up to 20 took 10 s quiet and past pytest's 300 s
    # timeout on a machine at load 18 (session 26); 80 short ones still walk every state kind
    for _ in range(80):
        obs = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        args = (obs, char_state_tab_P, start_P, trans_P, emit_P)
        assert segment._viterbi(*args) == stock(*args), obs


def test_a_kept_route_is_the_searched_one_and_another_model_is_searched_anew():
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

    args = ("鱻龘官网", char_state_tab_P, start_P, trans_P, emit_P)
    first = segment._viterbi(*args)
    first[1].clear()  # a caller's edit of its route list leaves the kept route alone
    assert segment._viterbi(*args) == segment._search(*args)
    other = {**start_P, **{y: p - 1.0 for y, p in start_P.items()}}  # another model: not served the kept route
    assert segment._viterbi("鱻龘官网", char_state_tab_P, other, trans_P, emit_P) == \
        segment._search("鱻龘官网", char_state_tab_P, other, trans_P, emit_P)
