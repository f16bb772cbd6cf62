"""Publish dates as written on pages → ISO 8601 (date, or date-time with +08:00).

Hand-written on purpose: the forms are few and fixed (2024-05-09 15:20, 2024年5月9日,
2024/05/09, [ 2024-03-16 ], t20240509_, "January 16, 2008 9:12 AM", "16 Jan. 2008"), and a
general parser such as dateparser costs 26 ms a call here and happily reads sidebar noise as
dates.
"""
from __future__ import annotations

import importlib.util
import re
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime, timedelta, timezone
from functools import cache
from typing import TYPE_CHECKING, Callable

from lxml.etree import XPath
from lxml.html import HtmlElement

from core.precompiled import compiled_from, stored_table
from scraper.clean.dom import host_of

if TYPE_CHECKING:
    from dateparser import DateDataParser
    from dateparser.date import DateData

# Pages without an explicit offset are Chinese sites: China Standard Time.
DEFAULT_OFFSET = "+08:00"
# ...unless the page declares its own zone (see in_page_zone): the offset a time written without one is read in.
_OFFSET: ContextVar[str] = ContextVar("page_offset", default=DEFAULT_OFFSET)
# Dates outside this range are typos, counters or IDs, not publish dates.
MIN_YEAR, MAX_YEAR = 1990, 2100

_DATE = (r"(?P<y>(?:19|20)\d{2})\s*(?:[-/.年]\s*)(?P<m>\d{1,2})\s*(?:[-/.月]\s*)(?P<d>\d{1,2})\s*日?"
         r"(?:\s*(?:T|&nbsp;)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2}))?)?"
         r"(?P<tz>Z|[+-]\d{2}:?\d{2})?")
DATE_RE = re.compile(_DATE)
_URL_DATES = (
    re.compile(r"/(?P<y>20\d{2})[-_/]?(?P<m>[01]\d)[-_/]?(?P<d>[0-3]\d)/"),
    re.compile(r"[/_](?:t|content_|doc-?|art_)?(?P<y>20\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)[_/-]"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>20\d{2})-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)/"),
)
_ISO = re.compile(r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
                  r"(?:\.\d+)?)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?")


def _iso(groups: dict) -> str | None:
    try:
        y, m, d = int(groups["y"]), int(groups["m"]), int(groups["d"])
        if not MIN_YEAR <= y <= MAX_YEAR:
            return None
        day = date(y, m, d)
    except (TypeError, ValueError):
        return None
    if groups.get("H") is None:
        return day.isoformat()
    try:
        moment = datetime(y, m, d, int(groups["H"]), int(groups["M"]), int(groups.get("S") or 0))
    except (TypeError, ValueError):
        return day.isoformat()
    tz = groups.get("tz")
    if tz == "Z":
        tz = "+00:00"
    elif tz:
        tz = _with_colon(tz)
    return moment.isoformat() + (tz or _OFFSET.get())


def _with_colon(tz: str) -> str:
    """An offset as ISO 8601 writes it with its colon (+0900 → +09:00)."""
    return tz if ":" in tz else tz[:3] + ":" + tz[3:]


_ZONE = re.compile(r"T\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?P<tz>[+-]\d{2}:?\d{2})\s*$")


def declared_offset(value: str | None) -> str | None:
    """The zone a page's own publish or modify stamp writes (``2021-10-13T12:20:09+09:00`` → +09:00),
    when it writes one other than UTC: a CMS that stores UTC (``Z``, ``+00:00``) says nothing of
    where the page is written, a local offset does."""
    m = _ZONE.search(value or "")
    if not m:
        return None
    tz = _with_colon(m.group("tz"))
    return None if tz in ("+00:00", "-00:00") else tz


@contextmanager
def in_page_zone(offset: str | None):
    """Within it, a time written without a zone is read in ``offset`` (the page's declared zone),
    not DEFAULT_OFFSET: a Japanese page's visible "2021/10/13 12:20" is 12:20+09:00 when its metas
    say +09:00."""
    token = _OFFSET.set(offset or DEFAULT_OFFSET)
    try:
        yield
    finally:
        _OFFSET.reset(token)


def to_offset(value: str | None, offset: str | None) -> str | None:
    """``value``, a moment with its zone, written in ``offset`` instead: the same moment, the page's
    local day (a <time datetime="2021-10-17T23:17:14Z"> on a page declaring +09:00 was written on
    the 18th). A bare date, or no offset, stays as it is."""
    if not value or not offset or "T" not in value:
        return value
    try:
        moment = datetime.fromisoformat(value)
        sign = -1 if offset[0] == "-" else 1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[4:6])))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return moment.astimezone(zone).isoformat()


# Two date forms read by none of the patterns below, built in session 24 and reverted (rw24; reachable
# as 7b5bab0 and c10f52a): month-first Chinese dates (01月22日2024年) and dates in Chinese numerals as
# notices sign them (二〇〇二年七月十二日, 二00二年…). On every dev page only the studied v32 pages write
# them (rc32-022, rc32-018; rc13-011's is not its publish date), so they raise the studied set alone and
# fail the fields rule. dateparser's zh locale and htmldate read neither right (checked: 01月22日2024年
# as the year 2 or as 2024-01-01; the Chinese numerals not at all).
def parse_date(text: str | None) -> str | None:
    """The first date in ``text`` as ISO 8601, or None."""
    if not text:
        return None
    m = _ISO.match(text) or DATE_RE.search(text)
    return _iso(m.groupdict()) if m else None


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_TIME = (r"(?:,?\s*(?:at\s+)?(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap])?\.?(?:m\b\.?)?)?")
_ENGLISH_DATE = re.compile(
    r"\b(?:(?P<mon>" + MONTH_NAME + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>" + MONTH_NAME + r"),?\s+(?P<y2>(?:19|20)\d{2}))" + _TIME, re.I)


def english_date(text: str | None) -> str | None:
    """The first date with an English month name in ``text`` ("January 16, 2008 9:12 AM",
    "16 Jan. 2008") as ISO 8601, or None.

    Read by hand from the match: dateparser reads these forms too but took 26 ms a call on this
    machine (measured on 55 L3S bylines), more than cleaning a whole page. The time keeps the
    page's zone unknown, so it carries no offset.
    """
    if not text:
        return None
    m = _ENGLISH_DATE.search(text)
    if not m:
        return None
    g = m.groupdict()
    month = _MONTHS.get((g["mon"] or g["mon2"])[:3].lower())
    day, year = g["d"] or g["d2"], g["y"] or g["y2"]
    try:
        moment = datetime(int(year), month or 0, int(day))
    except ValueError:
        return None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        return None
    if g["H"] is None:
        return moment.date().isoformat()
    hour = int(g["H"]) % 12 + (12 if (g["ampm"] or "").lower() == "p" else 0) if g["ampm"] else int(g["H"])
    try:
        return moment.replace(hour=hour, minute=int(g["M"]), second=int(g["S"] or 0)).isoformat()
    except ValueError:
        return moment.date().isoformat()


# Dates written day first in digits (25/10/2016, 25.10.2016, 25/10/16 20:22), as Brazil's courts,
# Europe's and most of the world's sites write them: read by none of the forms above, they left the
# byline's own date unread and htmldate's guess (another item's date, the site's) stood (dev-v43-ferretpt:
# fr43-012, -019, -044). One separator throughout; not inside a longer run of digits and separators (a
# version, a phone number, a process number 0005611-47.2011.4.01.3600).
# A two-digit year only after a day and month of two digits each (25/10/16, not the version 1.9.22).
_NUMERIC_DATE = re.compile(r"(?<![\w/.\-])(?:(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
                           r"|(?P<a2>\d{2})(?P<sep2>[/.\-])(?P<b2>\d{2})(?P=sep2)(?P<y2>\d{2}))(?!\w|[/.\-]\d)")
# Which number comes first when both could be the month (03/04/2016): the page's declared language
# says (in_date_order). Only American English writes the month first; Chinese, Japanese, Korean,
# Hungarian and Lithuanian write the year first, so a day/month pair there is no habit of the page.
DAY_FIRST, MONTH_FIRST = "day", "month"
_MONTH_FIRST_LOCALES = ("en-us",)
_YEAR_FIRST_LANGUAGES = ("zh", "ja", "ko", "hu", "lt")
_ORDER: ContextVar[str | None] = ContextVar("numeric_order", default=None)


def numeric_order(language: str | None) -> str | None:
    """The order a page declaring ``language`` (pt-BR, en-US, en) writes a date in digits: DAY_FIRST,
    MONTH_FIRST, or None where the language does not say (bare "en": British or American)."""
    code = (language or "").strip().lower().replace("_", "-")
    if not code or code.split("-")[0] in _YEAR_FIRST_LANGUAGES or code == "en":
        return None
    return MONTH_FIRST if code in _MONTH_FIRST_LOCALES else DAY_FIRST


@contextmanager
def in_date_order(order: str | None):
    """Within it, an ambiguous date in digits (03/04/2016) is read in ``order`` (numeric_order)."""
    token = _ORDER.set(order)
    try:
        yield
    finally:
        _ORDER.reset(token)


def numeric_date(text: str | None) -> str | None:
    """The first date written in digits day or month first in ``text`` (25/10/2016, 25.10.16,
    10/25/2016) as an ISO date, or None: a pair that could be either (03/04/2016) is read in the
    page's order (in_date_order), none without one. No time: the page's zone is unknown."""
    if not text:
        return None
    for m in _NUMERIC_DATE.finditer(text):
        a, b, year = int(m.group("a") or m.group("a2")), int(m.group("b") or m.group("b2")), m.group("y") or m.group("y2")
        if a > 12 >= b or (a <= 12 and b <= 12 and _ORDER.get() == DAY_FIRST):
            day, month = a, b
        elif b > 12 >= a or (a <= 12 and b <= 12 and _ORDER.get() == MONTH_FIRST):
            day, month = b, a
        else:
            continue
        y = int(year) if len(year) == 4 else 2000 + int(year) if int(year) < 70 else 1900 + int(year)
        if MIN_YEAR <= y <= MAX_YEAR:
            try:
                return date(y, month, day).isoformat()
            except ValueError:
                continue
    return None


# Month names of the other languages the dev pages are written in (Portuguese, Spanish, French,
# Italian, German), as "24 de outubro de 2016", "21 Outubro 2016", "3 mars 2016", "3. März 2016"
# write them: day first, then the month's name, then the year.
_FOREIGN_MONTHS = {name: i for names in (
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
) for i, name in enumerate(names.split(), 1)}
_FOREIGN_MONTHS["setiembre"] = 9  # (Spanish, Peru and Uruguay)
_FOREIGN_MONTHS["jänner"] = 1  # (German, Austria)
_FOREIGN_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?:º|\.)?\s+(?:de\s+)?(?P<mon>" + "|".join(
    sorted(_FOREIGN_MONTHS, key=len, reverse=True)) + r")\b,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d{2})\b", re.I)


def foreign_date(text: str | None) -> str | None:
    """The first date with a Portuguese, Spanish, French, Italian or German month name in ``text``
    ("24 de outubro de 2016", "Sexta, 21 Outubro 2016") as an ISO date, or None."""
    for m in _FOREIGN_DATE.finditer(text or ""):
        try:
            moment = date(int(m.group("y")), _FOREIGN_MONTHS[m.group("mon").lower()], int(m.group("d")))
        except ValueError:
            continue
        if MIN_YEAR <= moment.year <= MAX_YEAR:
            return moment.isoformat()
    return None


# The forms of a whole date written day first: another language's month name, or digits.
DAY_FIRST_FORMS = (_FOREIGN_DATE, _NUMERIC_DATE)
# Every form a whole date (with its year) is written in, for a reader that asks where one stands:
# the two forms of the year first or an English month's name, then the two written day first.
FULL_DATE_FORMS = (DATE_RE, _ENGLISH_DATE, *DAY_FIRST_FORMS)


def date_from_url(url: str | None) -> str | None:
    """A date encoded in an article URL (/2024/0509/, t20240509_, /2024-05/09/)."""
    if not url:
        return None
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m:
            value = _iso(m.groupdict())
            if value:
                return value
    return None


def markup_date(page: str | bytes, url: str | None) -> str | None:
    """The publish date htmldate finds in ``page`` (the served HTML): its markup reading
    (date-classed elements, itemprops, JSON-LD, <abbr>, header blocks) and then its extensive
    search of the text, which trafilatura uses too: a fallback for pages where our own reading
    found no date. On the 379 dev-v3-htmldate pages the markup alone dated 40 of the 71 pages we
    left undated (0.755 → 0.852), the extensive search on the served page 19 more (0.852 → 0.902;
    on our cleaned tree, scripts gone, 0.884). Given a str that looks like a URL, htmldate would
    download it, so the page goes in as bytes."""
    if isinstance(page, str):
        page = page.encode("utf-8")
    found = _htmldate(page, url, extensive=True)
    # The extensive search makes up 1 January when all it found was a year (2020 → 2020-01-01;
    # 3 of the 379 pages, none right): such a date stands only if the markup itself says so.
    if found and found[5:10] == "01-01" and _htmldate(page, url, extensive=False) != found:
        return None
    return parse_date(found)


def _installed(package: str) -> str:
    """The ``__init__.py`` of an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    return spec.origin if spec and spec.origin else __file__


# htmldate hands a date it cannot read itself to dateparser, with all of dateparser's 618 locales:
# the first such call in a process compiles every locale's regexes (7 s of CPU, 58 % of a cold pass
# over 35 snacktory pages: v5-miss-patterns §6), and each later call still tries every locale
# (0.17 s). The pages we clean are Chinese and English; the others are the languages of the dev
# corpora's pages (htmldate's 379 by their hosts' countries): with these, its dates are those of
# all locales (342 of 379 right; with eleven languages, Arabic missing, 341; without dateparser
# 338), the first call costs 0.3 s and later ones 15 ms. A language outside the list loses only
# this last fallback.
DATEPARSER_LANGUAGES = ("zh", "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "ar", "tr", "uk", "ko",
                        "sv", "da", "fi", "hu", "cs")


class _StoredParser:
    """htmldate's dateparser (all htmldate asks of it is ``get_date_data``), its patterns made
    from their stored form (_dateparser_patterns) while it runs."""

    def __init__(self, patterns: dict) -> None:
        self.patterns = patterns
        # (one call at a time: each swaps the compilers in and out, and two threads' swaps interleaved
        # would leave one of them in)
        self.lock = threading.Lock()
        with self.lock, compiled_from(patterns, with_regex=True):
            self.parser = _new_parser()

    def get_date_data(self, text: str) -> DateData:
        with self.lock, compiled_from(self.patterns, with_regex=True):
            return self.parser.get_date_data(text)


@cache
def _external_parser() -> _StoredParser:
    return _StoredParser(_dateparser_patterns())


def _new_parser() -> DateDataParser:
    """htmldate's dateparser, with its own settings, over DATEPARSER_LANGUAGES only."""
    from dateparser import DateDataParser  # only htmldate's last fallback needs it (its import: 57 ms)

    return DateDataParser(languages=list(DATEPARSER_LANGUAGES), settings={
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
        "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})


# What the stored patterns are recorded on: text no locale reads (each locale's patterns compile to
# find that out, and the time zones' to strip one: the patterns of 11 dev pages' calls, all of
# them), and an English date (what translating a date in one language adds: 246 patterns more).
_WARM_UP = ("xyzzy 2020", "March 3, 2020")


@stored_table(__file__, _installed("dateparser"), _installed("regex"))
def _dateparser_patterns() -> dict:
    """The patterns dateparser compiles at import and to read _WARM_UP, in their compiled form
    (core.precompiled.compiled_from): a fresh process's first call compiled them, 0.5 s of CPU
    (a third of a whole-process run over the 25 real-cases-v32 dev pages). A pattern missing
    here (a date in another language) is compiled as before."""
    with compiled_from({}, with_regex=True) as used:
        parser = _new_parser()
        for text in _WARM_UP:
            parser.get_date_data(text)
    return dict(used)


_ALL_TEXT = XPath(".//text()")


@cache
def _free_text_tags() -> frozenset[str]:
    import htmldate.extractors

    return frozenset(htmldate.extractors.FAST_TAGS)


def _free_text(tree: HtmlElement) -> list:
    """htmldate's free-text segments (the text() children of its div/p/li/span/… elements, in
    document order) in linear time. Its XPath for them, ``.//*[self::div or …]/text()``, made
    libxml2 merge node sets quadratically: 100 KB of ``<b> </b>`` (11,112 text nodes in one
    ``<div>``) took 3.0 s of CPU in that one call (lxml 6.1, htmldate 1.11), the whole of the
    pathological-input test's bound. ``.//text()`` filtered by each node's parent takes 0.03 s
    there and returned the same segments on 5,516 of 5,539 dev pages; on the other 23 it also
    returns text after an unknown namespaced tag (``<cms:x>``), and htmldate's date was the same
    on all 23."""
    out = []
    tags = _free_text_tags()
    for node in _ALL_TEXT(tree):
        parent = node.getparent()
        if node.is_tail and parent is not None:
            parent = parent.getparent()
        if parent is not None and parent.tag in tags:
            out.append(node)
    return out


@stored_table(__file__, _installed("htmldate"), _installed("dateparser"))
def month_words() -> frozenset[str]:
    """htmldate's month names of every dateparser locale, stored: building them loads all 206
    locales (0.25 s of CPU, the largest first-use cost of a cleaning process on dev pages)."""
    import htmldate.extractors

    return _HTMLDATE_MONTH_WORDS.get("original", htmldate.extractors.month_words)()


_HTMLDATE_MONTH_WORDS: dict[str, Callable[[], frozenset[str]]] = {}  # htmldate's own, once _htmldate_find replaced it


@cache
def _htmldate_find() -> Callable[..., str | None]:
    """htmldate's find_date, with our dateparser and free-text reader put in on first use: htmldate
    and the urllib3 it imports cost 0.15 s of CPU at import, and a page dated by its own byline
    never asks this fallback (scraper.clean.byline.find_date; 205 of the 397 real-cases dev pages)."""
    import htmldate.core
    import htmldate.extractors

    # htmldate builds its dateparser in this lazy factory and offers no argument for the locales.
    htmldate.extractors.get_external_parser = _external_parser
    htmldate.core.FREE_TEXT_EXPRESSIONS = _free_text
    _HTMLDATE_MONTH_WORDS["original"] = htmldate.extractors.month_words
    htmldate.extractors.month_words = month_words  # type: ignore[assignment]
    return htmldate.find_date


def _htmldate(page: bytes, url: str | None, extensive: bool) -> str | None:
    try:
        return _htmldate_find()(page, extensive_search=extensive, original_date=True, url=url)
    except Exception:  # noqa: BLE001 - a third-party parser's failure is no date, never a failed page
        return None


# Dates whose year is another calendar's: the Buddhist era of Thai pages (2559 = 2016), Taiwan's Minguo
# years (民國105年 = 2016) and Japan's eras (令和6年 = 2024, 平成28年 = 2016). Read only where the calendar is
# certain: an era's name written with the year (令和, 平成, 民國, พ.ศ.), a Thai month's name (Thai pages
# write their years in the Buddhist era; a Thai month beside 19xx/20xx is a Gregorian year), or a page
# declaring the calendar's country (page_calendars) for the bare digits "26/08/2559", "105/08/26",
# "105年8月26日". A year alone (成立105年, พ.ศ. 2559, 2559 บาท) is never a date. (\d takes Thai and
# full-width digits too, and int() reads them.) dateparser's th locale reads "26 สิงหาคม 2559" as the
# year 2559 and neither 民國 nor 令和 (checked, 1.5.0), so these are read by hand as the others are.
# Measured (vs bb089a4b): dev dump rc47-023 None -> 2016-08-26, nothing else; of the 172 dev and dev-* pages
# writing such a date, 3 unscored dev-v38-twevent pages now take a labelled event day (活動日期：111/3/26), as
# a Gregorian one so labelled is taken; 0 flag changes on the nine extraction sets holding these forms.
BUDDHIST, MINGUO = "buddhist", "minguo"
BUDDHIST_OFFSET, MINGUO_OFFSET = 543, 1911
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}  # the Gregorian year before each era's first (元年)
_THAI_MONTHS = {name: i for names in (
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.",
) for i, name in enumerate(names.split(), 1)}
_THAI_MONTH = "|".join(re.escape(m).replace(r"\.", r"\.?") for m in sorted(_THAI_MONTHS, key=len, reverse=True))
_THAI_MONTHS = {name.replace(".", ""): i for name, i in _THAI_MONTHS.items()}  # (abbreviations dotted or not: ส.ค., สค.)
# (a Gregorian year written beside the era's, 令和6年（2024年）, is the one read)
_BESIDE = r"(?:\s*[(（]\s*(?P<g>(?:19|20)\d{2})\s*年?\s*[)）])?"
_THAI_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s*(?P<mon>" + _THAI_MONTH + r")\s*(?:(?:พ\.ศ\.|ค\.ศ\.)\s*)?"
                        r"(?P<y>\d{4}|\d{2})(?!\d|[:.]\d)")
_JAPANESE_DATE = re.compile(r"(?P<era>" + "|".join(_JAPANESE_ERAS) + r")\s*(?P<y>\d{1,2}|元)\s*年" + _BESIDE
                            + r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_MINGUO_DATE = re.compile(r"(?P<era>民[國国]\s*)?(?<!\d)(?P<y>\d{2,3})\s*(?:年" + _BESIDE + r"\s*(?P<m>\d{1,2})\s*月\s*"
                          r"(?P<d>\d{1,2})\s*日|(?P<sep>[/.\-])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?![\d/.\-]))")
_BUDDHIST_NUMERIC = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/.\-])")
# The forms of a date in another calendar's years, for a reader that asks where one stands.
OTHER_CALENDAR_FORMS = (_JAPANESE_DATE, _MINGUO_DATE, _THAI_DATE, _BUDDHIST_NUMERIC)
_CALENDARS: ContextVar[frozenset[str]] = ContextVar("page_calendars", default=frozenset())
# Taiwan's declared languages (zh-Hant is Taiwan's or Hong Kong's script; a three-digit year there is Minguo)
_MINGUO_LANGUAGES = ("zh-tw", "zh-hant", "zh-hant-tw")


def page_calendars(language: str | None, url: str | None) -> frozenset[str]:
    """The calendars whose bare years a page declaring ``language`` at ``url`` writes: BUDDHIST for a
    Thai page (th, a .th host), MINGUO for a Taiwanese one (zh-TW, zh-Hant, a .tw host)."""
    code = (language or "").strip().lower().replace("_", "-")
    host = host_of(url)
    found = set()
    if code.split("-")[0] == "th" or host.endswith(".th"):
        found.add(BUDDHIST)
    if code in _MINGUO_LANGUAGES or host.endswith(".tw"):
        found.add(MINGUO)
    return frozenset(found)


@contextmanager
def in_page_calendars(calendars: frozenset[str]):
    """Within it, a bare year of ``calendars`` (page_calendars) is read as that calendar's."""
    token = _CALENDARS.set(calendars)
    try:
        yield
    finally:
        _CALENDARS.reset(token)


def _day(year: int, month: int, day: int) -> str | None:
    try:
        moment = date(year, month, day)
    except ValueError:
        return None
    return moment.isoformat() if MIN_YEAR <= year <= MAX_YEAR else None


def era_date(text: str | None) -> str | None:
    """The first date in ``text`` whose year is another calendar's where the calendar is certain (see
    OTHER_CALENDAR_FORMS) as an ISO date of its Gregorian year, or None."""
    if not text:
        return None
    calendars = _CALENDARS.get()
    found: list[tuple[int, str]] = []
    for m in _JAPANESE_DATE.finditer(text):
        year = int(m["g"]) if m["g"] else _JAPANESE_ERAS[m["era"]] + (1 if m["y"] == "元" else int(m["y"]))
        if value := _day(year, int(m["m"]), int(m["d"])):
            found.append((m.start(), value))
            break
    for m in _MINGUO_DATE.finditer(text):
        # named (民國105年) or, on a Taiwanese page, a three-digit year (105年8月26日, 105/08/26)
        if not (m["era"] or (MINGUO in calendars and len(m["y"]) == 3)):
            continue
        year = int(m["g"]) if m["g"] else int(m["y"]) + MINGUO_OFFSET
        if value := _day(year, int(m["m"] or m["m2"]), int(m["d"] or m["d2"])):
            found.append((m.start(), value))
            break
    for m in _THAI_DATE.finditer(text):
        year = int(m["y"])
        # a Thai month's two-digit year is the Buddhist era's (26 ส.ค. 59); a Gregorian one stays
        year = year + 2500 - BUDDHIST_OFFSET if year < 100 else year - BUDDHIST_OFFSET if year > MAX_YEAR else year
        if value := _day(year, _THAI_MONTHS[m["mon"].replace(".", "")], int(m["d"])):
            found.append((m.start(), value))
            break
    if BUDDHIST in calendars:
        for m in _BUDDHIST_NUMERIC.finditer(text):
            if int(m["y"]) > MAX_YEAR and (value := _day(int(m["y"]) - BUDDHIST_OFFSET, int(m["m"]), int(m["d"]))):
                found.append((m.start(), value))
                break
    return min(found)[1] if found else None
