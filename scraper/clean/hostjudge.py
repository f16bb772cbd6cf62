"""Is an off-site host a throwaway's? Learnt from the dev data, not listed.

A hijacker's loader, frame or redirect goes to a host registered for the job and dropped the
next month (digao2524.club, hk3fz.vip, ljh-yl88.com, 9652ilnec.paw); a page's own vendors live on
hosts that name a business (popin.cc, hm.baidu.com, cdn.jsdelivr.net). ``score`` reads a host by
its SHAPE only, never by a list of bad hosts: the character 1-3-grams of its registered name
(with the name's edges), the class of its suffix, its runs of digits and hyphens, its label count
and lengths, whether it is a bare IP or carries a port. Each feature weighs the shrunk log-odds
of standing in an injected host rather than in a host clean pages load, frame or go to; the
score is the mean of the n-grams' weights plus the sum of the shape features' weights, so an
unseen name weighs nothing and its shape decides. The table (``vocabulary/hostjudge.tsv``) is
written by ``bench/hostjudge.py`` from dev truth (positives) and the addresses of clean pages
(negatives); ``bench/hostjudge.py --loso`` measures it with each split and each clean set left out.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from core.domains import is_ip_address, public_suffix, registrable_domain
from scraper.clean import namejudge

TABLE = Path(__file__).with_name("vocabulary") / "hostjudge.tsv"
# Suffixes every kind of site uses: the rest are country codes and the new generic ones, told
# apart by length (a class of suffix, not a list of bad ones: the weights say which class is which).
_GENERIC = frozenset({"com", "net", "org"})
_DIGITS = re.compile(r"\d+")


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return str(next((e for e in edges if n <= e), f"{edges[-1]}+"))


def name_of(host: str) -> str:
    """The registered name of ``host`` without its public suffix (``digao2524`` of cdn.digao2524.club)."""
    host = host.lower().rstrip(".").split(":")[0]
    if is_ip_address(host):
        return ""
    site = registrable_domain(host)
    suffix = public_suffix(host) or site.rsplit(".", 1)[-1]
    return site[: -len(suffix) - 1] if site.endswith("." + suffix) else site.split(".")[0]


def grams(host: str) -> list[str]:
    """The character 1-3-grams of the registered name with its edges (^, $), digits folded to 0."""
    return namejudge.grams(_DIGITS.sub(lambda m: "0" * len(m.group()), name_of(host)))


def shape(host: str) -> list[str]:
    """The shape features of ``host`` (``host:port`` allowed): suffix class, digit and hyphen runs,
    label count and length, IP, port."""
    host = host.lower().rstrip(".")
    bare, _, port = host.partition(":")
    out = ["port" if port else "noport"]
    if is_ip_address(bare):
        return out + ["ip"]
    suffix = public_suffix(bare) or bare.rsplit(".", 1)[-1]
    tld = suffix.rsplit(".", 1)[-1]
    name = name_of(bare)
    kind = "generic" if tld in _GENERIC else "country" if len(tld) == 2 else "new"
    out.append(f"tld:{kind}")
    out.append(f"tld:{tld}")
    if "." in suffix:
        out.append("suffix:second-level")
    runs = _DIGITS.findall(name)
    longest = max((len(r) for r in runs), default=0)
    out.append(f"digits:{_bucket(longest, (0, 2, 3, 4))}")
    if runs and name.isdigit():
        out.append("digits:all")
    elif runs and name[-1].isdigit() and name[0].isalpha():
        out.append("digits:tail")
    out.append(f"hyphens:{_bucket(name.count('-'), (0, 1))}")
    out.append(f"namelen:{_bucket(len(name), (3, 5, 7, 9, 12))}")
    sub = bare[: -len(name) - len(suffix) - 1].rstrip(".") if name else ""
    out.append(f"labels:{_bucket(sub.count('.') + 1 if sub else 0, (0, 1, 2))}")
    if sub:
        out.append(f"sublen:{_bucket(len(sub.split('.')[0]), (1, 3, 5))}")
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, float]:
    table = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            feature, weight = line.split("\t")
            table[feature] = float(weight)
    return table


def score(host: str, table: dict[str, float] | None = None) -> float:
    """Mean weight of the name's n-grams plus the shape features' weights (unknown features weigh 0)."""
    table = _table() if table is None else table
    gs = grams(host)
    mean = sum(table.get("g:" + g, 0.0) for g in gs) / len(gs) if gs else 0.0
    return mean + sum(table.get("s:" + f, 0.0) for f in shape(host))


# The score from which a host reads as a throwaway's. Chosen by bench/hostjudge.py --loso
# (2026-12-07; each dev split v1…v49 and each of the 51 clean extraction sets left out in turn,
# trained on the rest): the highest-scoring clean host out of split is an ad-recovery vendor's
# www.38167473.xyz (11.86, one dev-v6-fundus page; such vendors register throwaway-shaped hosts on
# purpose); at 12.0, 0 of 15,379 clean hosts unseen in training and 0 of 10,292 clean pages (hosts
# only their inline code addresses) reach it, and 6 of 181 injected hosts unseen in training do
# (v25 2/2, v48 1/6, v49 3/8; 6 hijacked pages, 4 by their injected host). Below it clean pages
# come in faster than injected hosts (11.0: 1 page, 8/181; 9.0: 2, 15/181; 6.0: 16, 51/181):
# a host's shape alone tells few loaders from vendors. Retrained with v50 (session 41, 52 clean sets):
# at 12.0 still 6 of 195 unseen injected hosts and 0 of 15,404 clean hosts, 0 of 10,421 clean pages;
# v50 left out: 0 of its 14 hosts reach 12.0 (4 reach 4.0) — the judge did not carry to v50.
THROWAWAY_SCORE = 12.0
