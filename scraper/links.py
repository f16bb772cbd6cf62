"""Which links a news spider follows: URL cleaning, article/listing/pagination classification.

Gov/edu CMSs (VSB/博达, TRS WCM, 大汉 JCMS, DedeCMS, PHPCMS, WordPress) give article pages
recognisable URLs: a date in the path (``/2024/0509/``, ``t20240509_123.html``), or a numeric id
in the last segment (``/info/1012/5678.htm``, ``art_123_4567.html``, ``c1a2/page.htm``,
``?id=123``). Listing pages are ``list.htm``, ``index_2.htm``, ``?page=3``. When a source gives an
``article_pattern``, that regex decides alone.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that only say who shared a link or where it was clicked: dropped before
# fetching, so the same article reached through a WeChat share or a newsletter is fetched once.
TRACKING_PARAMS = frozenset({
    "from", "spm", "isappinstalled", "scene", "clicktime", "enterid", "wfr", "share_token",
    "sharer_sharetime", "sharer_shareid", "fbclid", "gclid", "yclid", "msclkid", "mc_cid", "mc_eid",
    "from_source", "share_from", "sharesource", "timestamp", "_t", "t_",
})
TRACKING_PREFIXES = ("utm_", "sharer_", "hmsr", "_hs")

# Links we never try as pages: files, mail, scripts.
BINARY_EXTENSIONS = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|gz|tar|jpe?g|png|gif|bmp|webp|svg|ico|mp[34]|avi|"
    r"mov|wmv|flv|swf|exe|apk|dmg|iso|txt|csv|xml|json|css|js)$", re.I)
NON_HTTP = re.compile(r"^(mailto|javascript|tel|data|ftp|file|about):", re.I)

ARTICLE_URL = re.compile(
    r"""(
        /(19|20)\d\d[-/_]?(0[1-9]|1[0-2])[-/_]?([0-3]\d)?/       # /2024/0509/  /202405/  /2024-05-09/
      | [/_]t?(19|20)\d{6}_\d+                                   # t20240509_123456.html (TRS)
      | /info/\d+/\d+\.s?html?$                                  # VSB
      | /c\d+a\d+/page\.s?html?$                                  # VSB (new)
      | /art/(19|20)\d\d/                                         # 大汉 JCMS
      | art_\d+_\d+\.s?html?$
      | /content[_/-]\d+                                          # content_12345.htm
      | /(article|detail|details|news|show|view|read|post|p)[/_-]?\d{3,}
      | /\d{4,}\.s?html?$                                        # /a/xinwen/1201.html (DedeCMS)
      | /\d+_\d+\.s?html?$
      | [?&](id|aid|articleid|newsid|contentid|infoid|itemid|p|tid|nid)=\d+
      | /\?p=\d+
    )""", re.I | re.X)

LISTING_URL = re.compile(
    r"""(
        /(list|lists|index|more|column|channel|category|node)([_-]?\d+)?\.s?html?$
      | /(list|lists|column|channel|category|col|node)/
      | /index_\d+\.s?html?$
      | [?&](page|pageno|pagenum|pn|p)=\d+
      | /page/\d+/?$
      | /$
    )""", re.I | re.X)

# Pagination: a link whose text says "next"/a page number, or whose URL is a numbered variant.
NEXT_TEXT = re.compile(r"^\s*(下一页|下页|后页|next|next\s*page|›|»|>|>>)\s*$", re.I)
PAGE_NUMBER_TEXT = re.compile(r"^\s*\[?\s*\d{1,4}\s*\]?\s*$")
PAGINATION_URL = re.compile(
    r"""(
        /index_\d+\.s?html?$
      | /list[_-]?\d+\.s?html?$
      | [?&](page|pageno|pagenum|pn|p|start|offset)=\d+
      | /page/\d+/?$
      | /\d{1,4}\.s?html?$               # VSB numbered list pages: /xwzx/xxyw/98.htm
      | _\d{1,4}\.s?html?$               # list_12_2.html, index_3.html
    )""", re.I | re.X)

# An article link's anchor text is a headline: at least this many characters. Navigation links
# ("首页", "学校概况", "More") are shorter. Chosen from the corpus listing pages, where headline
# links are 8–40 characters and navigation links 2–6.
MIN_HEADLINE_CHARS = 6


def clean_url(url: str) -> str:
    """Drop the fragment and tracking parameters; keep everything else as it is."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       urlencode(query, doseq=True), ""))


def is_followable(url: str) -> bool:
    """An http(s) URL that may be an HTML page (not a file download, mail link or script)."""
    if NON_HTTP.match(url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not BINARY_EXTENSIONS.search(parts.path)


def is_binary_link(url: str) -> bool:
    """A link to a file (PDF, Word, spreadsheet…), not a page."""
    return bool(BINARY_EXTENSIONS.search(urlsplit(url).path))


def in_domains(url: str, domains: tuple[str, ...]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def looks_like_article(url: str, anchor_text: str = "", pattern: re.Pattern | None = None) -> bool:
    """Is this link an article page? The source's pattern decides alone when it has one."""
    if pattern is not None:
        return bool(pattern.search(url))
    path_and_query = url.split("://", 1)[-1]
    path_and_query = path_and_query[path_and_query.find("/"):] if "/" in path_and_query else "/"
    if LISTING_URL.search(path_and_query) and not ARTICLE_URL.search(path_and_query):
        return False
    if ARTICLE_URL.search(path_and_query):
        return True
    # No URL sign either way: a long headline-like anchor text on an .htm(l) page is an article.
    text = " ".join(anchor_text.split())
    return len(text) >= MIN_HEADLINE_CHARS * 2 and bool(re.search(r"\.s?html?$", urlsplit(url).path, re.I))


def looks_like_pagination(url: str, anchor_text: str, listing_url: str) -> bool:
    """Is this link the next (or a numbered) page of the listing at ``listing_url``?"""
    text = " ".join(anchor_text.split())
    if NEXT_TEXT.match(text):
        return True
    if urlsplit(url).hostname != urlsplit(listing_url).hostname:
        return False
    if PAGE_NUMBER_TEXT.match(text) or text in ("尾页", "末页", "last", "Last"):
        return bool(PAGINATION_URL.search(url)) or _same_folder(url, listing_url)
    # Any other text: a numbered variant of this listing's URL, unless the text is a headline
    # (DedeCMS articles are /a/xinwen/1201.html beside the listing /a/xinwen/).
    return len(text) < MIN_HEADLINE_CHARS and bool(PAGINATION_URL.search(url)) and _same_listing(url, listing_url)


def _same_folder(url: str, other: str) -> bool:
    a, b = urlsplit(url).path, urlsplit(other).path
    return a.rsplit("/", 1)[0] == b.rsplit("/", 1)[0] or a.startswith(b.rsplit(".", 1)[0] + "/")


def _same_listing(url: str, listing_url: str) -> bool:
    """``/news/index_2.htm`` continues ``/news/index.htm``; ``/xwzx/xxyw/98.htm`` continues ``/xwzx/xxyw.htm``."""
    a, b = urlsplit(url), urlsplit(listing_url)
    if a.path == b.path:  # ?page=N on the same path
        return a.query != b.query
    return _same_folder(url, listing_url)
