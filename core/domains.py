"""Registrable domains ("sites"): ``news.gzou.edu.cn`` and ``www.gzou.edu.cn`` are one site.

The Public Suffix List decides, through tldextract and the snapshot it ships (no network at run
time): ``www.xyz.sh.cn`` is the site ``xyz.sh.cn``, not ``sh.cn``; ``a.github.io`` and
``b.github.io`` are two sites (private suffixes count: one party cannot vouch for another there).
"""
from __future__ import annotations

import ipaddress
from functools import lru_cache

import tldextract

# suffix_list_urls=() and no cache folder: the bundled snapshot only, never a download.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


@lru_cache(maxsize=65_536)
def registrable_domain(host: str) -> str:
    """The site of a host name, lower-cased: its registrable domain under the Public Suffix List.

    An IP address or a bare name is its own site; a name under a suffix the list does not know
    falls back to its last two labels (the list's default rule).
    """
    host = host.strip().rstrip(".").lower()
    if not host or "." not in host:
        return host
    try:
        ipaddress.ip_address(host.strip("[]"))
        return host
    except ValueError:
        pass
    parts = _EXTRACT(host)
    if parts.domain and parts.suffix:
        return f"{parts.domain}.{parts.suffix}"
    return ".".join(host.split(".")[-2:])


@lru_cache(maxsize=65_536)
def has_public_suffix(name: str) -> bool:
    """True when ``name`` ends in a suffix the Public Suffix List knows (``x.com``, ``a.co.uk``),
    so it can be a host name at all: ``first.last`` or ``file.extension`` cannot."""
    name = name.strip().rstrip(".").lower()
    return "." in name and bool(_EXTRACT(name).suffix)
