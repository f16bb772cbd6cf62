"""Pagination that listing pages write with JavaScript, read without running it.

Gov/edu CMSs often print no page links at all: a script writes them when the page loads. What
the script needs is in the page, as data:

- TRS WCM: ``createPageHTML(17, 0, "index", "htm")`` (page count, current page, file prefix and
  suffix; newer templates put a div id first and a record count last). Page 0 is
  ``index.htm``, page *i* is ``index_i.htm``, in the listing's folder.
- Variables for a pager defined elsewhere: ``var countPage = 17; var currentPage = 0;``
  (``pageCount``, ``totalPage``… too), with ``prefixName``/``suffixName``, or else the
  listing's own file name as the pattern (``list.htm`` → ``list_1.htm``…).
- A pager object: ``new PageContext({pageCount: 17, pageIndex: 1, prefix: "index", suffix:
  "shtml"})`` or ``var PageContext = {…}``; a ``url`` template with ``{page}`` or ``{0}`` too.
- ``goPage(n)`` links (``href="javascript:goPage(3)"``) with the page's own ``function
  goPage(p) { location.href = "list_" + p + ".html"; }``.

Scripts are read with regular expressions over their text: no JavaScript is run, and anything
that cannot be read as such data is ignored (the crawl still follows the ordinary links).
"""
from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

# A listing with more pages than this is cut here (max_pages bounds the crawl as a whole anyway):
# the largest gov listings in the corpus have a few hundred pages.
MAX_SCRIPT_PAGES = 1_000

_COMMENTS = re.compile(r"/\*.*?\*/|(?<![:\\\"'])//[^\n]*", re.S)
_STRING = r"""(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')"""
_NUMBER = r"(-?\d+)"
_NAME = r"([A-Za-z_$][\w$]*)"
_VALUE = re.compile(rf"\s*(?:{_STRING}|{_NUMBER}|{_NAME})\s*")
# name = value and name: value (object literals, with quoted names too)
_ASSIGN = re.compile(rf"""(?:var|let|const)?\s*["']?{_NAME}["']?\s*[:=]\s*(?:{_STRING}|{_NUMBER})""")
_CALL = re.compile(r"\b(createPageHTML|PageContext)\s*\(([^()]*)\)", re.I)
_GO_PAGE_LINK = re.compile(r"\bgoPage\s*\(\s*['\"]?(\d+)['\"]?\s*\)", re.I)
_GO_PAGE_FUNCTION = re.compile(r"function\s+goPage\s*\(\s*(\w+)\s*\)\s*\{(.*?)\}", re.I | re.S)
_CONCAT = re.compile(rf"{_STRING}\s*\+\s*\(?\s*(\w+)\s*(?:([+-])\s*(\d+))?\s*\)?\s*\+\s*{_STRING}")

COUNT_NAMES = {"countpage", "pagecount", "totalpage", "totalpages", "pagetotal", "maxpage", "pages_count",
               "page_count", "pagenum", "pagesize_total", "allpage", "totalpagecount"}
PREFIX_NAMES = {"prefixname", "prefix", "pagename", "filename", "fileprefix"}
SUFFIX_NAMES = {"suffixname", "suffix", "ext", "fileext", "extname"}
TEMPLATE_NAMES = {"url", "urlpattern", "pageurl", "urltemplate", "href"}
_TEMPLATE_SLOT = re.compile(r"\{(?:page|pageno|pageindex|0|n)\}|%d", re.I)


def script_pages(html: str, listing_url: str) -> list[str]:
    """The page URLs a listing's scripts would write links to (the listing itself excluded)."""
    scripts = "\n".join(m.group(1) for m in re.finditer(r"<script\b[^>]*>(.*?)</script\s*>", html, re.I | re.S))
    code = _COMMENTS.sub("", scripts)
    values = _assignments(code)
    urls: list[str] = []
    for _call, args in _CALL.findall(code):
        urls += _pager_call(_arguments(args, values), values, listing_url)
    if not urls:
        count = next((v for k, v in values.items() if k in COUNT_NAMES and isinstance(v, int)), None)
        if count:
            urls = _numbered(count, values, listing_url)
    urls += _go_pages(html, code, values, listing_url)
    own = urlsplit(listing_url)._replace(fragment="").geturl()
    return [u for u in dict.fromkeys(urls) if u != own]


def _assignments(code: str) -> dict[str, str | int]:
    """Every ``name = literal`` and ``name: literal`` of the scripts, names lower-cased (last one wins)."""
    found: dict[str, str | int] = {}
    for m in _ASSIGN.finditer(code):
        name, dq, sq, number = m.groups()
        found[name.lower()] = int(number) if number is not None else (dq if dq is not None else sq or "")
    return found


def _arguments(args: str, values: dict[str, str | int]) -> list[str | int]:
    """A call's arguments as literals, variable names resolved through ``values``; an object
    literal argument contributes its properties to ``values`` instead."""
    if "{" in args:
        values.update(_assignments(args))
        return []
    out: list[str | int] = []
    for part in _split_args(args):
        m = _VALUE.fullmatch(part)
        if not m:
            continue
        dq, sq, number, name = m.groups()
        if number is not None:
            out.append(int(number))
        elif dq is not None or sq is not None:
            out.append(dq if dq is not None else sq)
        elif name is not None and name.lower() in values:
            out.append(values[name.lower()])
    return out


def _split_args(args: str) -> list[str]:
    return [a for a in re.split(r",(?=(?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)", args) if a.strip()]


def _pager_call(args: list[str | int], values: dict[str, str | int], listing_url: str) -> list[str]:
    """createPageHTML / PageContext: (div id?, count, current, prefix, suffix, records?)."""
    numbers = [a for a in args if isinstance(a, int)]
    first_number = next((i for i, a in enumerate(args) if isinstance(a, int)), len(args))
    strings = [a for a in args[first_number:] if isinstance(a, str)]
    count = numbers[0] if numbers else next((v for k, v in values.items() if k in COUNT_NAMES and isinstance(v, int)), 0)
    if len(strings) >= 2:
        return _trs_pages(count, strings[0], strings[1], listing_url)
    return _numbered(count, values, listing_url)


def _numbered(count: int, values: dict[str, str | int], listing_url: str) -> list[str]:
    """Pages from variables: a URL template, else prefix/suffix, else the listing's own file name."""
    template = next((v for k, v in values.items() if k in TEMPLATE_NAMES and isinstance(v, str)
                     and _TEMPLATE_SLOT.search(v)), None)
    if template:
        return [urljoin(listing_url, _TEMPLATE_SLOT.sub(str(n), template)) for n in range(1, _bounded(count) + 1)]
    prefix = next((v for k, v in values.items() if k in PREFIX_NAMES and isinstance(v, str) and v), None)
    suffix = next((v for k, v in values.items() if k in SUFFIX_NAMES and isinstance(v, str) and v), None)
    if not (prefix and suffix):
        name = urlsplit(listing_url).path.rsplit("/", 1)[-1]
        m = re.fullmatch(r"(.+?)(?:_\d+)?\.(s?html?|jsp|php|aspx?)", name, re.I)
        if not m:
            return []
        prefix, suffix = m.group(1), m.group(2)
    return _trs_pages(count, prefix, suffix, listing_url)


def _trs_pages(count: int, prefix: str, suffix: str, listing_url: str) -> list[str]:
    """TRS numbering: page 0 is ``prefix.suffix``, page i is ``prefix_i.suffix``."""
    if not re.fullmatch(r"[\w.-]+", prefix) or not re.fullmatch(r"\w+", suffix.lstrip(".")):
        return []
    suffix = suffix.lstrip(".")
    return [urljoin(listing_url, f"{prefix}.{suffix}" if i == 0 else f"{prefix}_{i}.{suffix}")
            for i in range(_bounded(count))]


def _go_pages(html: str, code: str, values: dict[str, str | int], listing_url: str) -> list[str]:
    """``goPage(n)`` links, through the page's own goPage function (its URL concatenation)."""
    linked = sorted({int(n) for n in _GO_PAGE_LINK.findall(html)})
    function = _GO_PAGE_FUNCTION.search(code)
    if not linked or function is None:
        return []
    param, body = function.groups()
    for m in _CONCAT.finditer(body):
        dq1, sq1, var, sign, offset, dq2, sq2 = m.groups()
        if var != param:
            continue
        before, after = (dq1 if dq1 is not None else sq1), (dq2 if dq2 is not None else sq2)
        delta = int(offset or 0) * (-1 if sign == "-" else 1)
        count = next((v for k, v in values.items() if k in COUNT_NAMES and isinstance(v, int)), 0)
        numbers = sorted(set(linked) | set(range(1, _bounded(count) + 1)))
        return [urljoin(listing_url, f"{before}{n + delta}{after}") for n in numbers if n + delta >= 0]
    return []


def _bounded(count: int) -> int:
    return max(0, min(count, MAX_SCRIPT_PAGES))
