"""Registrable domains ("sites"): ``news.gzou.edu.cn`` and ``www.gzou.edu.cn`` are one site.

The Public Suffix List decides, through publicsuffixlist and the copy it ships (no network at run
time): ``www.xyz.sh.cn`` is the site ``xyz.sh.cn``, not ``sh.cn``; ``a.github.io`` and
``b.github.io`` are two sites (private suffixes count: one party cannot vouch for another there).
publicsuffixlist, not tldextract: tldextract imports requests and urllib3 to be able to download
the list, 0.2 s of CPU at every start of the cleaner (``newsvault extract``, each cleaning worker).
"""
from __future__ import annotations

import ipaddress
from functools import cache, lru_cache

from publicsuffixlist import PSLFILE, PublicSuffixList, encode_idn

from core.precompiled import stored_table

_ICANN_BEGIN, _ICANN_END = "// ===BEGIN ICANN DOMAINS===", "// ===END ICANN DOMAINS==="


@stored_table(__file__, PSLFILE)
def _rules() -> tuple[list[str], list[str]]:
    """The bundled list's rules, all of them and the ICANN section's, read once for both lists.

    PublicSuffixList itself reads the file for each and spells every rule through the idna codec
    (0.11 s of CPU for the whole list, 0.09 s more for its ICANN part; both are read by most page
    cleanings). Only a non-ASCII rule changes in that spelling: here those alone are spelt, the
    punycode added as a rule of its own, which gives the same set of suffixes (test_domains). The
    spelling is stored (core.precompiled): 0.1 s of CPU at each start of a cleaning process."""
    rules: list[str] = []
    icann: list[str] = []
    in_icann = False
    with open(PSLFILE, encoding="utf-8") as f:
        for line in f:
            marker = line.rstrip()
            if marker in (_ICANN_BEGIN, _ICANN_END):
                in_icann = marker == _ICANN_BEGIN
                continue
            rule = line.lower().split(" ")[0].rstrip()
            if rule and not rule.startswith("//"):
                rules.append(rule)
                if in_icann:
                    icann.append(rule)

    def spelt(section: list[str]) -> list[str]:
        return section + [("!" if r[0] == "!" else "") + encode_idn(r.lstrip("!")) for r in section if not r.isascii()]

    return spelt(rules), spelt(icann)


@cache
def _list() -> PublicSuffixList:
    """The bundled list, read on first use: private suffixes included."""
    return PublicSuffixList(_rules()[0], accept_encoded_idn=False)


@lru_cache(maxsize=65_536)
def registrable_domain(host: str) -> str:
    """The site of a host name, lower-cased: its registrable domain under the Public Suffix List.

    An IP address or a bare name is its own site; a name under a suffix the list does not know
    falls back to its last two labels (the list's default rule).
    """
    host = host.strip().rstrip(".").lower()
    if not host or "." not in host or is_ip_address(host):
        return host
    return _list().privatesuffix(host, accept_unknown=False) or ".".join(host.split(".")[-2:])


def is_ip_address(host: str) -> bool:
    """True when ``host`` is an IPv4 or IPv6 address (brackets allowed), not a name."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def public_suffix(host: str) -> str:
    """The public suffix a host name ends in, lower-cased (``gov.cn`` of ``www.x.gov.cn``; ``gov.mo`` of
    ``gov.mo`` itself, a government's portal served on its suffix), or "" for none the list knows."""
    host = host.strip().rstrip(".").lower()
    if not host or is_ip_address(host):
        return ""
    return _list().publicsuffix(host, accept_unknown=False) or ""


@lru_cache(maxsize=65_536)
def has_public_suffix(name: str) -> bool:
    """True when ``name`` ends in a suffix the Public Suffix List knows (``x.com``, ``a.co.uk``),
    so it can be a host name at all: ``first.last`` or ``file.extension`` cannot."""
    name = name.strip().rstrip(".").lower()
    return "." in name and _list().publicsuffix(name, accept_unknown=False) is not None


@cache
def _icann_list() -> PublicSuffixList:
    """The bundled list without its private section (hosting and CDN namespaces)."""
    return PublicSuffixList(_rules()[1], accept_encoded_idn=False)


@lru_cache(maxsize=65_536)
def registered_name(host: str) -> str:
    """The name someone registered with a registry: the registrable domain under the ICANN
    suffixes only. ``1437953666.rsc.cdn77.org`` is a site of its own (a CDN customer's
    namespace) but its registered name is ``cdn77.org``: the number is an account, not a name."""
    host = host.strip().rstrip(".").lower()
    if not host or "." not in host:
        return host
    return _icann_list().privatesuffix(host, accept_unknown=False) or ".".join(host.split(".")[-2:])
