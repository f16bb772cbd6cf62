"""The language of an article, from its script mix (Han, kana, hangul, Latin) and <html lang>."""
from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Share of Han characters among Han characters + Latin words above which a text is Chinese:
# a Chinese article quoting English names stays zh, an English one quoting 中文 stays en.
HAN_SHARE = 0.3
SAMPLE_CHARS = 3000


def detect_language(text: str, declared: str | None = None) -> str | None:
    """An ISO 639-1 code (zh, ja, ko, en or the declared one), None for empty text."""
    sample = text[:SAMPLE_CHARS]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    latin = len(_LATIN_WORD.findall(sample))
    if kana > 0.05 * (han + kana) and kana >= 5:
        return "ja"
    if hangul > han and hangul >= 5:
        return "ko"
    if han and han >= HAN_SHARE * (han + latin):
        return "zh"
    if latin:
        code = (declared or "").split("-")[0].lower()
        return code if code.isalpha() and len(code) == 2 and code not in ("zh", "ja", "ko") else "en"
    return None
