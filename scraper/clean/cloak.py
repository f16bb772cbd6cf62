"""Server-side cloaking: spam that a server sends only to search spiders.

Some hijacked servers answer an ordinary visitor with the clean page and a search spider (its
user agent, or a visitor referred by a search engine) with the spam. One fetch never sees it;
two do. Fetching is the crawler's business; this module only compares the two captures of one
URL, purely: what the spider view carries that the visitor's view does not is a
``server_cloak`` finding.
"""
from __future__ import annotations

from typing import Mapping
from urllib.parse import urljoin

from core.domains import registrable_domain
from scraper.clean import lexicon
from scraper.clean.article import Finding
from scraper.clean.dom import host_of, shorten, text_of
from scraper.clean.engine import parse_page, run_cleaner
from scraper.clean.titles import split_title


def compare_views(normal: bytes, spider: bytes, url: str | None = None,
                  headers: Mapping[str, str] | None = None,
                  spider_headers: Mapping[str, str] | None = None) -> list[Finding]:
    """``server_cloak`` findings for spam present only in the ``spider`` capture of ``url``:
    injections the cleaner finds only there, a <title> the visitor is not shown, links to hosts
    the visitor's page never links to. An empty list when the views agree."""
    seen, ev_normal = run_cleaner(normal, url, headers, None, None)
    served, ev_spider = run_cleaner(spider, url, spider_headers or headers, None, None)
    findings: list[Finding] = []

    def add(where: str, evidence: str) -> None:
        f = Finding("server_cloak", where, shorten(evidence, 300))
        if f not in findings:
            findings.append(f)

    normal_findings = {(f.kind, f.evidence) for f in ev_normal.findings}
    for f in ev_spider.findings:
        if (f.kind, f.evidence) not in normal_findings and f.kind != "hidden_block":
            add(f"spider view: {f.kind} @ {f.where}", f.evidence)

    a, b = parse_page(normal, url, headers), parse_page(spider, url, spider_headers or headers)
    if a is None or b is None:
        return findings
    root_n, _, title_n = a
    root_s, _, title_s = b
    shown = lexicon.normalize(title_n + " " + text_of(root_n))
    hidden_parts = [p for p in split_title(title_s) if (n := lexicon.normalize(p)) and n not in shown]
    if hidden_parts:
        add("spider view: title", title_s)
    normal_hosts = {h for el in root_n.iter("a", "script", "iframe") if (h := host_of(el.get("href") or el.get("src")))}
    for el in root_s.iter("a", "script", "iframe"):
        target = el.get("href") or el.get("src")
        host = host_of(target)
        if host and host not in normal_hosts and not ev_normal.is_own(host) and not lexicon.host_is_trusted(host):
            add(f"spider view: {el.tag}", f"{target} {text_of(el)}".strip())
    return findings


def compare_responses(normal: bytes, normal_headers: Mapping[str, str] | None, spider_status: int,
                      spider_headers: Mapping[str, str] | None, spider: bytes, url: str) -> list[Finding]:
    """``server_cloak`` findings for the spider's answer to ``url`` beside the visitor's page: a
    redirect off the site that only the spider got (the visitor's fetch ended at ``url``), or
    what :func:`compare_views` finds in the two pages. Other answers (errors) prove nothing."""
    headers = {k.lower(): v for k, v in (spider_headers or {}).items()}
    if 300 <= spider_status < 400:
        target = urljoin(url, headers.get("location", "").strip())
        host, own = host_of(target), host_of(url)
        if host and registrable_domain(host) != registrable_domain(own) and not lexicon.host_is_trusted(host):
            return [Finding("server_cloak", f"spider view: HTTP {spider_status} redirect", shorten(target, 300))]
        return []
    if spider_status != 200:
        return []
    return compare_views(normal, spider, url, normal_headers, spider_headers)
