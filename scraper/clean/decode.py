"""Page bytes → text: HTTP header charset, BOM, declared charset, then detection, each validated.

gb2312/gbk are read as gb18030 (their superset, which many "gb2312" pages really use). A
declared charset that does not fit the bytes is skipped instead of producing mojibake.
"""
from __future__ import annotations

import codecs
import re
from typing import Mapping

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from scraper.clean.errors import CleanError

# Charsets that are declared by mistake far more often than used: a page saying latin-1 that
# decodes as UTF-8 is UTF-8. They are tried after every other candidate.
_WEAK = {"iso-8859-1", "windows-1252", "ascii", "us-ascii", "latin-1", "cp1252"}
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "hz-gb-2312": "gb18030", "big5": "big5hkscs", "x-sjis": "shift_jis",
            "unicode": "utf-8", "utf8": "utf-8", "iso-8859-1": "windows-1252", "latin-1": "windows-1252"}
# A declared charset is accepted when at most this share of bytes fails to decode: a CMS that
# cuts a multi-byte character in half leaves the odd broken byte, and one bad byte must not
# throw away a correct declaration. Every corpus page decodes strictly (share 0); GBK bytes
# declared as UTF-8 fail at ≈28 % in our fixture, so 0.2 % separates the two by two orders.
MAX_ERROR_SHARE = 0.002
# Detection reads only the head of a page: enough for a stable guess, cheap on huge pages.
DETECT_BYTES = 64 * 1024
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*>", re.I)
_BINARY_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                 b"Rar!", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf")


def canonical(name: str | None) -> str | None:
    """The Python codec name for a declared charset, gbk family → gb18030; None if unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return _ALIASES.get(codecs.lookup(name).name, codecs.lookup(name).name)
    except LookupError:
        return None


def header_charset(headers: Mapping[str, str] | None) -> str | None:
    """The charset of a Content-Type header, looked up case-insensitively.

    Accepts str or bytes names and values, and a list of values (Scrapy's Headers)."""
    if not headers:
        return None
    for key, value in headers.items():
        if isinstance(key, (bytes, bytearray)):
            key = key.decode("latin-1")
        if str(key).lower() != "content-type":
            continue
        if isinstance(value, (list, tuple)):
            value = value[-1] if value else ""
        if isinstance(value, (bytes, bytearray)):
            value = value.decode("latin-1")
        m = _HEADER_CHARSET.search(str(value))
        return m.group(1) if m else None
    return None


def _fits(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        pass
    text = raw.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - raw.decode(encoding, errors="ignore").count("\ufffd")
    return text if bad <= max(1, len(raw) * MAX_ERROR_SHARE) else None


_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


def looks_binary(raw: bytes) -> bool:
    """True for PDF, images, archives and other bytes that are no HTML page."""
    head = raw[:8]
    if any(head.startswith(m) for m in _BINARY_MAGIC):
        return True
    sample = raw[:4096]
    # Control bytes other than tab/newline/CR/formfeed/ESC never occur in text encodings we read.
    ctrl = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return ctrl > len(sample) * 0.05


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM shows as NUL bytes on every other position."""
    sample = raw[:2048]
    if len(sample) < 16:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.7 * half and even < 0.1 * half:
        return "utf-16-le"
    if even > 0.7 * half and odd < 0.1 * half:
        return "utf-16-be"
    return None


def decode_html(raw: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str]:
    """Return ``(text, encoding)`` for page bytes; raises CleanError for binary content."""
    bom_stripped, bom_encoding = EncodingDetector.strip_byte_order_mark(raw)
    if bom_encoding:
        enc = canonical(bom_encoding) or "utf-8"
        return bom_stripped.decode(enc, errors="replace"), enc
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16
    if looks_binary(raw):
        raise CleanError("not an HTML page (binary content such as PDF, image or archive)")

    declared = EncodingDetector.find_declared_encoding(raw[:DETECT_BYTES], is_html=True)
    candidates = [canonical(header_charset(headers)), canonical(declared)]
    strong = [c for c in candidates if c and c not in _WEAK and c != "windows-1252"]
    weak = [c for c in candidates if c and c not in strong]
    # Valid UTF-8 with non-ASCII bytes is almost never meant as anything else, whatever the page
    # declares (GB18030 would decode UTF-8 bytes too, as mojibake), so it is tried first.
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in dict.fromkeys(strong + ["utf-8"]):
        text = _fits(raw, enc)
        if text is not None:
            return text, enc
    if not weak:
        guess = from_bytes(raw[:DETECT_BYTES]).best()
        if guess is not None and guess.encoding:
            enc = canonical(guess.encoding) or "gb18030"
            text = _fits(raw, enc)
            if text is not None:
                return text, enc
    enc = weak[0] if weak else "gb18030"
    return raw.decode(enc, errors="replace"), enc


def strip_xml_declaration(raw: bytes) -> bytes:
    """Drop a leading ``<?xml …?>``: its encoding would contradict the text we hand to lxml."""
    return _XML_DECL.sub(b"", raw, count=1)
