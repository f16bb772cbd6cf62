"""Is a short name a trade's? Learnt from the dev data, not listed.

Betting, casino, porn and private-server sites rename every month and glue the new name to their
trade's words, one word off any list (X体育客服, X娱乐网络, X影院, X私服). ``score`` reads a name by
its character 1-3-grams (with the name's edges, ^ and $): the sum of each n-gram's log-odds of
standing in a trade's name rather than in a name a legit page writes (a link, a heading, a credit,
a title's part), over the number of n-grams — so an unseen stem weighs nothing and the trade's
heads and tails around it decide. The table (``vocabulary/namejudge.tsv``) is written by
``bench/namejudge.py`` from dev truth's spam strings (trade) and the names of clean pages (legit);
``bench/namejudge.py --loso`` measures it with each of v40…v48 left out.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from scraper.clean import lexicon
from scraper.clean.writing import HAN

TABLE = Path(__file__).with_name("vocabulary") / "namejudge.tsv"
# A name's length, in characters after normalisation: shorter is a word, longer a sentence.
MIN_NAME, MAX_NAME = 3, 16
_CUT = re.compile(r"[\s|｜,，。.;；:：!！?？、/\\()（）【】\[\]<>《》「」『』\"“”'‘’·•●★☆◆■\-—–_~…=+*#@&%]+")


def pieces(text: str) -> list[str]:
    """The name-sized pieces of ``text`` cut at separators (normalised; each holds a Chinese character)."""
    out = []
    for raw in _CUT.split(text):
        norm = lexicon.normalize(raw)
        if MIN_NAME <= len(norm) <= MAX_NAME and HAN.search(norm):
            out.append(norm)
    return out


def grams(name: str) -> list[str]:
    """The character 1-3-grams of ``name`` with its edges marked (^, $), the bare edges left out."""
    edged = f"^{name}$"
    return [edged[i:i + n] for n in (1, 2, 3) for i in range(len(edged) - n + 1) if edged[i:i + n] not in "^$"]


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            gram, weight = line.split("\t")
            table[gram] = float(weight)
    return table


def _stem_pairs(name: str) -> list[str]:
    return [name[i:i + 2] for i in range(len(name) - 1) if HAN.fullmatch(name[i]) and HAN.fullmatch(name[i + 1])]


def unknown_stem(name: str, table: dict[str, float] | None = None) -> bool:
    """True when ``name`` opens (its first pair of Chinese characters: a name is [stem][trade's words])
    with a pair the table does not know (seen in fewer than bench/namejudge.py's MIN_NAMES names of
    either kind): a new name's stem (棠骁, 璟渡). Words every page writes (手机版, 娱乐首页) and a portal's
    name (星辰在线) open with known pairs: the judge leaves them to the lexicon and the known names' readers.
    (Measured on the real-cwced clean pages: with any unknown pair, 星辰在线 was judged by its 辰在.)"""
    table = _table() if table is None else table
    pairs = _stem_pairs(name)
    return bool(pairs) and pairs[0] not in table


# The shortest name judged: a new stem of two characters and a word of the trade of two (棠骁影院).
# Shorter ones open with a one-character stem whose pair with the next character is new by chance (梨视频,
# 锐体育, a person's 肖亚洲: the 50 clean extraction sets' pages, 20 of 27 reached at 3 characters).
MIN_JUDGED = 4


def is_trade_name(name: str, threshold: float, table: dict[str, float] | None = None) -> bool:
    """A new name (``unknown_stem``) whose n-grams read as a trade's (``score`` ≥ ``threshold``)."""
    return len(name) >= MIN_JUDGED and unknown_stem(name, table) and score(name, table) >= threshold


def score(name: str, table: dict[str, float] | None = None) -> float:
    """Mean log-odds of ``name``'s n-grams (normalised name); unknown n-grams weigh 0."""
    table = _table() if table is None else table
    gs = grams(name)
    return sum(table.get(g, 0.0) for g in gs) / len(gs) if gs else 0.0


ROLES = Path(__file__).with_name("vocabulary") / "namejudge-roles.tsv"
# The shortest word read after a name as its role (招商部, 客服, 赞助): one character (局, 馆, 网) ends a
# public body's or a venue's own name as often as it follows a brand.
MIN_ROLE = 2
HAN_WORD = re.compile(f"{HAN.pattern}+")


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in ROLES.read_text(encoding="utf-8").splitlines()
                     if line and not line.startswith("#"))


def _boundary(name: str, cut: int, table: dict[str, float]) -> float:
    """Mean log-odds of ``name``'s 2-3-grams that span the cut at ``cut`` (0 when the table knows none):
    negative when the name's two parts are one word clean names write (体育+中心, 娱乐+有限公司)."""
    edged = f"^{name}$"
    at = cut + 1  # (the edge mark shifts every index by one)
    spans = [edged[i:i + n] for n in (2, 3) for i in range(max(0, at - n + 1), at) if i + n <= len(edged)]
    known = [table[g] for g in spans if g in table]
    return sum(known) / len(known) if known else 0.0


def trade_part(name: str, threshold: float, table: dict[str, float] | None = None,
               roles: frozenset[str] | None = None) -> str | None:
    """The brand part of a name written with one more word after it (X电竞招商部, X体育赞助, X体育客服): the
    longest prefix read as a new trade's name (``is_trade_name`` at ``threshold``) whose remainder is a
    word clean names end with (``roles``: learnt by bench/namejudge.py from the names of clean pages: a
    desk, a service, a sponsor, a network) and that the name does not write as one word with that
    remainder (``_boundary`` ≥ 0: 体育中心, 娱乐有限公司 are a clean name's own words); None when none."""
    table = _table() if table is None else table
    roles = _roles() if roles is None else roles
    for cut in range(len(name) - MIN_ROLE, MIN_JUDGED - 1, -1):
        if (HAN_WORD.fullmatch(name[cut:]) and name[cut:] in roles and _boundary(name, cut, table) >= 0
                and is_trade_name(name[:cut], threshold, table)):
            return name[:cut]
    return None
