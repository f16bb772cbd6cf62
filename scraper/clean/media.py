"""What the article body shows and offers beyond its text and its sure attachments (attachments.py):
its images (photos, charts, scans), and links that may be downloads (``download.jsp?id=7`` after
"附件：") — the crawl asks for those and keeps them only if the server sends a file."""
from __future__ import annotations

import re

from scraper.clean.article import Attachment
from scraper.clean.dom import absolute, squash, text_of

# Lazy-loading pages put the real address in one of these and a placeholder in src.
LAZY_SOURCES = ("data-original", "data-src", "data-url", "data-echo", "data-lazy-src", "original")
# Spacer GIFs, counters and icons are no part of an article: an image whose declared width or
# height is at most this many pixels is left out (tracking pixels are 1×1, icons 16–24 px).
MIN_IMAGE_PX = 24
_PX = re.compile(r"^\s*(\d+)\s*(px)?\s*$", re.I)


def find_images(container, base_url: str | None) -> list[Attachment]:
    """The body's ``<img>`` sources as absolute http(s) URLs, each once, with its alt or title text."""
    if container is None or not isinstance(container.tag, str):
        return []
    found: dict[str, Attachment] = {}
    for img in container.iter("img"):
        if _tiny(img):
            continue
        src = next((img.get(k) for k in LAZY_SOURCES if img.get(k)), None) or img.get("src")
        if not src or src.strip().startswith("data:"):
            continue
        url = absolute(src, base_url)
        if url and url.startswith(("http://", "https://")) and url not in found:
            found[url] = Attachment(url=url, text=squash(img.get("alt") or img.get("title") or ""))
    return list(found.values())


def _tiny(img) -> bool:
    for attr in ("width", "height"):
        m = _PX.match(img.get(attr) or "")
        if m and int(m.group(1)) <= MIN_IMAGE_PX:
            return True
    return False


# A link is worth asking about when its words or its address say "download": 附件/下载 in the
# anchor or in the text just before it, or a download endpoint in the URL.
_DOWNLOAD_WORDS = re.compile(r"附件|下载|附表|download", re.I)
_DOWNLOAD_URL = re.compile(r"(download|attach|fujian|getfile|downfile|filedown|file_?id=|fid=)", re.I)
# The text before a link that still belongs to it ("附件1：" in <p>附件1：<a>…</a></p>).
LEAD_CHARS = 12


def find_download_links(container, base_url: str | None, known: set[str]) -> list[Attachment]:
    """Body links (not in ``known``, the sure attachments) that may lead to a file."""
    if container is None or not isinstance(container.tag, str):
        return []
    found: dict[str, Attachment] = {}
    for a in container.iter("a"):
        url = absolute(a.get("href"), base_url)
        if not url or not url.startswith(("http://", "https://")) or url in known or url in found:
            continue
        text = text_of(a)
        lead = _lead(a)
        if _DOWNLOAD_WORDS.search(text) or _DOWNLOAD_WORDS.search(lead) or _DOWNLOAD_URL.search(url):
            found[url] = Attachment(url=url, text=text)
    return list(found.values())


def _lead(a) -> str:
    """The last LEAD_CHARS characters of the text of ``a``'s parent that comes before it (squashed).

    Read back from ``a`` only as far as they reach: reading all of the parent's text before each of its
    links was quadratic in a block of sibling links (4,000 links of 100 KB: 2.4 s, twice 50 KB's 0.6 s).
    The squashed text ends with the squashed text of any of its ends holding LEAD_CHARS characters that
    are no blanks, so that end gives the same last characters."""
    parent = a.getparent()
    if parent is None:
        return ""
    parts: list[str] = []
    seen = 0  # characters that are no blanks, in ``parts``
    for child in a.itersiblings(preceding=True):
        parts += [child.tail or "", text_of(child)]
        seen += _solid(parts[-2]) + _solid(parts[-1])
        if seen >= LEAD_CHARS:
            break
    else:
        parts.append(parent.text or "")
    return squash("".join(reversed(parts)))[-LEAD_CHARS:]


def _solid(text: str) -> int:
    """How many characters of ``text`` squash keeps as no blank (it blanks zero-width spaces too)."""
    return len(squash(text).replace(" ", ""))
