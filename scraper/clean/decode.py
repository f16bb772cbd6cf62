"""Page bytes → text: HTTP header charset, BOM, declared charset, then detection, each validated.

gb2312/gbk are read as gb18030 (their superset, which many "gb2312" pages really use). A
declared charset that does not fit the bytes is skipped instead of producing mojibake; a
single-byte charset (declared or guessed) that turns Chinese bytes into Latin-1/Cyrillic
mojibake loses to gb18030/big5 when those read as Chinese; a UTF-8 page with a small foreign
part stays UTF-8 with that part replaced. Each of these is reported as a doubt, which the
engine records as a ``decoding_uncertain`` finding: nothing is stored garbled silently.
"""
from __future__ import annotations

import codecs
import re
from typing import Mapping, NamedTuple

from scraper.clean.errors import CleanError

# Charsets that are declared by mistake far more often than used: a page saying latin-1 that
# decodes as UTF-8 is UTF-8. They are tried after every other candidate.
_WEAK = {"iso-8859-1", "windows-1252", "ascii", "us-ascii", "latin-1", "cp1252"}
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "hz-gb-2312": "gb18030", "big5": "big5hkscs", "x-sjis": "shift_jis",
            "unicode": "utf-8", "utf8": "utf-8", "iso-8859-1": "windows-1252", "latin-1": "windows-1252",
            "ascii": "windows-1252", "us-ascii": "windows-1252"}  # as browsers read them (WHATWG)
# A declared charset is accepted when at most this share of bytes fails to decode: a CMS that
# cuts a multi-byte character in half leaves the odd broken byte, and one bad byte must not
# throw away a correct declaration. Every corpus page decodes strictly (share 0); GBK bytes
# declared as UTF-8 fail at ≈28 % in our fixture, so 0.2 % separates the two by two orders.
MAX_ERROR_SHARE = 0.002
# Detection reads only the head of a page: enough for a stable guess, cheap on huge pages.
DETECT_BYTES = 64 * 1024
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# bs4's EncodingDetector (4.15) read the BOM and the declared charset: importing bs4.dammit imports
# bs4, its tree and soupsieve, 0.18 s of CPU at every start of the cleaner (its only use of bs4),
# a third of what GNE spends on 67 small real pages. Its two readers, as it wrote them (MIT):
_XML_ENCODING = re.compile(rb"^\s*<\?.*encoding=['\"](.*?)['\"].*\?>", re.I)
_HTML_META_CHARSET = re.compile(rb"<\s*meta[^>]+charset\s*=\s*[\"']?([^>]*?)[ /;'\">]", re.I)
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\x00\x00\xfe\xff", "utf-32be"), (b"\xff\xfe\x00\x00", "utf-32le"))


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    """``data`` without its byte-order mark, and the encoding the mark implies (bs4's rules)."""
    if len(data) >= 4 and data[2:4] != b"\x00\x00" and data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        return data[2:], "utf-16be" if data[:2] == b"\xfe\xff" else "utf-16le"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], encoding
    return data, None


def _declared_encoding(markup: bytes) -> str | None:
    """The charset an XML declaration or a <meta> of ``markup`` declares, lower-cased (bs4's rules:
    the XML declaration in the first 1 KB, else a meta charset in the first 2 KB or 5 %)."""
    m = _XML_ENCODING.search(markup, endpos=1024) or _HTML_META_CHARSET.search(
        markup, endpos=max(2048, int(len(markup) * 0.05)))
    declared = m.groups()[0] if m is not None else None
    return declared.decode("ascii", "replace").lower() if declared else None


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


class Decoded(NamedTuple):
    text: str
    encoding: str
    doubt: str | None = None  # why the decoding may be wrong or lossy: a decoding_uncertain finding


def decode_html(raw: bytes, headers: Mapping[str, str] | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of page bytes; raises CleanError for binary content."""
    decoded = decode_page(raw, headers)
    return decoded.text, decoded.encoding


def decode_page(raw: bytes, headers: Mapping[str, str] | None = None) -> Decoded:
    """Decode page bytes; raises CleanError for binary content.

    ``doubt`` says when bytes were replaced or the charset was a guess between close candidates.
    """
    bom_stripped, bom_encoding = _strip_bom(raw)
    if bom_encoding:
        enc = canonical(bom_encoding) or "utf-8"
        return _checked(bom_stripped.decode(enc, errors="replace"), enc)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return _checked(raw.decode(utf16, errors="replace"), utf16)
    if looks_binary(raw):
        raise CleanError("not an HTML page (binary content such as PDF, image or archive)")

    declared = _declared_encoding(raw[:DETECT_BYTES])
    candidates = [canonical(header_charset(headers)), canonical(declared)]
    strong = [c for c in candidates if c and c not in _WEAK and c != "windows-1252"]
    weak = [c for c in candidates if c and c not in strong]
    # Valid UTF-8 with non-ASCII bytes is almost never meant as anything else, whatever the page
    # declares (GB18030 would decode UTF-8 bytes too, as mojibake), so it is tried first.
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # a single-byte charset the page declares reads the bytes UTF-8 rejects (_read_as)
    single = next((c for c in candidates if c and _single_byte(c)), None)
    mixed = _mostly_utf8(raw, single)
    if mixed is not None:
        return mixed
    for enc in dict.fromkeys(strong + ["utf-8"]):
        if enc == "utf-8" and not _has_utf8_sequences(raw):
            continue  # a few stray bytes and no UTF-8 at all: a Latin page, not broken UTF-8
        text = _fits(raw, enc)
        if text is not None and enc == "utf-8" and single and "\ufffd" in text:
            return _read_in_declared(raw, single, text.count("\ufffd"))
        if text is not None:
            return _plausible(raw, _checked(text, enc), declared=True)
    if not weak:
        from charset_normalizer import from_bytes  # most pages are UTF-8 or declare: its import is 32 ms

        guess = from_bytes(raw[:DETECT_BYTES]).best()
        if guess is not None and guess.encoding:
            enc = canonical(guess.encoding) or "gb18030"
            text = _fits(raw, enc)
            if text is not None:
                return _plausible(raw, _checked(text, enc), declared=False)
    enc = weak[0] if weak else "gb18030"
    return _plausible(raw, _checked(raw.decode(enc, errors="replace"), enc), declared=bool(weak))


def _checked(text: str, enc: str) -> Decoded:
    """The decoding, with a doubt when bytes had to be replaced."""
    bad = text.count("\ufffd")
    return Decoded(text, enc, f"{bad} undecodable byte sequences replaced (as {enc})" if bad else None)


# A page whose valid UTF-8 sequences outnumber its invalid ones by this factor is UTF-8 with a
# foreign part (a GBK footer pasted into a UTF-8 template). GBK pages read as UTF-8 have 0.22–0.29
# valid sequences per invalid one on every corpus page, a Latin-1 page 0.59.
MIXED_MIN_RATIO = 2.0


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _has_utf8_sequences(raw: bytes) -> bool:
    return _UTF8_SEQUENCE.search(raw) is not None


def _mostly_utf8(raw: bytes, declared: str | None = None) -> Decoded | None:
    """UTF-8 with the few invalid parts replaced, when the page is UTF-8 apart from them: the
    page is never switched to another charset for a small foreign part (issue 10), whose bytes are
    read in the single-byte charset the page declares, if any (_read_in_declared)."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    if not bad or good < MIXED_MIN_RATIO * bad:
        return None
    if declared:
        return _read_in_declared(raw, declared, bad)
    return Decoded(text, "utf-8", f"{bad} byte sequences are not UTF-8 in a UTF-8 page; replaced, "
                                  f"the rest decoded as UTF-8")


def _read_in_declared(raw: bytes, declared: str, bad: int) -> Decoded:
    """UTF-8, the ``bad`` byte sequences it rejects read in the page's declared single-byte charset:
    a page of both (a Latin-1 page whose meta description or script was pasted in UTF-8, or the
    reverse) loses no letter of either. Each charset alone leaves one part garbled: as UTF-8,
    fr43-047 (dev-v43-ferretpt, declared iso-8859-1, 41 Latin-1 bytes and 4 UTF-8 sequences) had
    "Cl\ufffdvis" in its title; as Latin-1 its meta description would read "notÃ­cias"."""
    return Decoded(raw.decode("utf-8", errors=_read_as(declared)), "utf-8",
                   f"{bad} byte sequences are not UTF-8; read as the declared {declared}, the rest as UTF-8")


def _read_as(enc: str) -> str:
    """The name of a decoding error handler that reads the bytes UTF-8 rejects in ``enc`` (a
    single-byte charset: every byte is a character), registered on first use."""
    name = f"newsvault-as-{enc}"
    try:
        codecs.lookup_error(name)
    except LookupError:
        def handler(err: UnicodeError) -> tuple[str, int]:
            assert isinstance(err, UnicodeDecodeError)
            return err.object[err.start:err.end].decode(enc, errors="replace"), err.end
        codecs.register_error(name, handler)
    return name


# Single-byte charsets map every byte to a character, so they "decode" anything: Chinese bytes
# read as windows-1251 give ЦчМв: Ўҫ2005ДкЦР№ъ. When the chosen charset is one of them and a
# Chinese charset decodes the same bytes cleanly into mostly Han characters, that one wins.
_CHINESE = ("gb18030", "big5hkscs")
_HAN = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")
_MOJIBAKE = re.compile(r"[\u00c0-\u00ff\u0400-\u04ff\u0370-\u03ff\u2500-\u257f\ufffd]")
# A plausible Chinese text: most of its non-ASCII characters are Han (or CJK punctuation), and
# they come in runs (words), not one by one between Latin letters as when Latin-1 bytes
# ("â€”" mojibake, "Corey\x92s") are read as GBK pairs. The corpus GBK pages read as gb18030
# score 0.93–1.0 on both; a Latin-1 CleanEval page read as gb18030 had no run of three.
MIN_HAN_SHARE = 0.8
MIN_HAN_CHARS = 20
MIN_PAIRED_SHARE = 0.6
SAMPLE_CHARS = 20_000
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def _single_byte(enc: str) -> bool:
    try:
        return len(b"\xe4\xb8\xad".decode(enc, errors="replace")) == 3
    except LookupError:
        return False


def _han_share(text: str) -> float:
    sample = text[:SAMPLE_CHARS]
    non_ascii = len(sample) - len(sample.encode("ascii", errors="ignore"))
    if not non_ascii:
        return 1.0
    return (len(_HAN.findall(sample)) - len(_MOJIBAKE.findall(sample))) / non_ascii


def _reads_as_chinese(text: str) -> bool:
    sample = text[:SAMPLE_CHARS]
    han = len(re.findall(r"[\u3400-\u9fff]", sample))
    paired = sum(len(m) for m in _HAN_RUN.findall(sample))
    return han >= MIN_HAN_CHARS and paired >= MIN_PAIRED_SHARE * han and _han_share(text) >= MIN_HAN_SHARE


def _plausible(raw: bytes, chosen: Decoded, declared: bool) -> Decoded:
    if chosen.encoding in _CHINESE or not _single_byte(chosen.encoding):
        return chosen
    own = _han_share(chosen.text)
    fitting = {}
    for enc in _CHINESE:
        text = _fits(raw, enc)
        if text is not None and _reads_as_chinese(text) and _han_share(text) > own:
            fitting[enc] = text
    if fitting:
        enc = next(iter(fitting))
        if len(fitting) > 1:  # GBK and Big5 bytes often decode as each other: let the detector choose
            from charset_normalizer import from_bytes

            guess = from_bytes(raw[:DETECT_BYTES], cp_isolation=["gb18030", "big5"]).best()
            picked = canonical(guess.encoding) if guess is not None else None
            enc = picked if picked in fitting else enc
        how = "declared" if declared else "guessed"
        return Decoded(fitting[enc], enc, f"{how} {chosen.encoding} gave implausible text; decoded as {enc}")
    if not declared and len(_NON_LATIN.findall(chosen.text[:SAMPLE_CHARS])) >= MIN_SUSPECT_CHARS:
        return chosen._replace(doubt=chosen.doubt or f"charset guessed as {chosen.encoding}; the text may be garbled")
    return chosen


# A guessed single-byte charset that yields Cyrillic, Greek or box drawing on a site that writes
# Chinese is worth a note (accented Latin letters are ordinary on English pages).
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f]")
MIN_SUSPECT_CHARS = 5
