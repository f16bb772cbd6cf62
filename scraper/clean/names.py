"""Person names as bylines write them: what reads as a list of names, and where the names end.

Chinese names of 2-6 characters; Latin names as capitalised words (or all in capitals), with the
particles of surnames (de, van, von...) and "and" between names. byline.py finds where a byline
stands; this module says whether what it found is names.
"""
from __future__ import annotations

import re

_NAME_SEP = re.compile(r"[\s、，,;；/]+")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,6}$")


# Words of a list of names: three names of three words joined by "and" (ABC's "JOSH HASKELL, DAVID
# CAPLAN and PATRICK REEVELL" is 7; 6 rejected it).
MAX_NAME_PARTS = 10


def looks_like_names(value: str) -> bool:
    """Person names: Chinese names of 2–6 characters or Latin names, a few of them."""
    parts = [p for p in _NAME_SEP.split(value) if p]
    if not parts or len(parts) > MAX_NAME_PARTS:
        return False
    for part in parts:
        if re.search(r"[\u4e00-\u9fff]", part):
            if not _CJK_NAME.match(part):
                return False
        elif len(part) > 30 or not (_LATIN_NAME.match(part) or part.lower() in _PARTICLES):
            return False
    return True


_LATIN_NAME = re.compile(r"^[A-ZÀ-Þ][\w.'’-]*$")  # a capitalised word: John, O'Neil, J., Roberts-Grey
_PARTICLES = frozenset("de van von der den da la le di du bin al and &".split())
# A role in capitals after a name in mixed case ("Gina Trapani CEO"); names all in capitals
# ("KATE DAVIDSON") keep every word.
_TRAILING_ROLE = re.compile(r"(?:\s+[A-Z]{2,5})+$")


def strip_role(names: str) -> str:
    """The names without a role in capitals after them."""
    if names.upper() == names or not _TRAILING_ROLE.search(names):
        return names
    return _TRAILING_ROLE.sub("", names)


# Where the names of a byline end: a bar, a date, a "Published" or "Updated" ("Drew Dietsch October 2, 2016").
# A month's name ends them only before a day ("Laura June Topolsky July 10, 2015", "Theresa May").
_NAMES_END = re.compile(r"[\s,;]*(?:[|•·]|\b(?:on|updated|posted|published|last)\b|\d|\b(?:jan|feb|mar|apr|may|jun|jul|"
                        r"aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|$)", re.I)


def names_before_date(value: str) -> str:
    """What stands before a byline's date, bar or "Published"."""
    m = _NAMES_END.search(value)  # always matches: "$" is one of its branches
    return value[:m.start()] if m else value
