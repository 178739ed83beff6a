"""Timestamp lines of whole pages: ``22.04.2024, 17:26 Uhr``, ``Wednesday 20 November 2019 9:22 am``.

A line is a timestamp when it names a date or time and holds little else than calendar
words and labels (``Published``, ``Stand:``, ``Mis à jour le``). Such lines are not story
text; the one near the headline gives the page's published date.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..calendar_words import ENGLISH_WEEKDAYS, EVERYDAY_WORDS, FOREIGN_WEEKDAYS
from ..calendar_words import MONTHS as ALL_MONTHS
from ..fields.dates import safe_date

MAX_TIMESTAMP = 100

MONTHS: dict[str, int] = {name: n for name, n in ALL_MONTHS.items() if name not in EVERYDAY_WORDS}

# Words that may stand in a timestamp line beside the date itself.
_LABEL_WORDS = """
    published updated posted last modified on at am pm a m p edt est gmt bst cet cest utc pt et
    ist aest uhr stand veröffentlicht aktualisiert zuletzt am um erstellt geändert publié mis à
    jour le h modifié publicado actualizado el las de pubblicato aggiornato il alle ore
    gepubliceerd bijgewerkt om publicerad uppdaterad kl publisert sist oppdatert yayınlanma
    güncellenme tarihi ago hours hour minutes minute mins min days day hrs hr seconds vor
    stunden minuten tagen y hace horas minutos fa
"""
WEEKDAYS: frozenset[str] = FOREIGN_WEEKDAYS | frozenset(ENGLISH_WEEKDAYS)
LABELS: frozenset[str] = frozenset(_LABEL_WORDS.split()) | WEEKDAYS
_TOKEN = re.compile(r"[^\W_]+")
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)?\d{2})\b")
_TIMEISH = re.compile(r"\d{1,2}(?:st|nd|rd|th|h\d{2}|h|am|pm|uhr)|\d{4}\d{1,2}")
# "2025-03-29T11:36:01Z": the letters ISO 8601 sets between date, time and zone.
_ISO_JOINS = re.compile(r"(?<=\d)t(?=\d)|(?<=\d)z\b")
_DIGIT = re.compile(r"\d")
_AGO = re.compile(r"\b(?:ago|vor|il y a|hace|fa)\b", re.I)


def is_timestamp(text: str) -> bool:
    """True when the line is a date or time with only labels around it."""
    if len(text) > MAX_TIMESTAMP:
        return False
    if _DIGIT.search(text) is None and _AGO.search(text) is None:
        return False  # no number and no "ago": the tests below cannot pass (most lines)
    lowered = _ISO_JOINS.sub(" ", text.lower())
    tokens = _TOKEN.findall(lowered)
    if not tokens:
        return False
    has_month = any(t in MONTHS for t in tokens)
    dated = bool(_YEAR.search(lowered) or _CLOCK.search(lowered) or _NUMERIC.search(lowered))
    if not (dated or (has_month and any(t.isdigit() for t in tokens)) or _AGO.search(lowered)):
        return False
    others = [t for t in tokens if not (t.isdigit() or t in MONTHS or t in LABELS or _timeish(t))]
    return len(others) <= 1 and len(others) < len(tokens) / 2


def _timeish(token: str) -> bool:
    """``5th``, ``14h52``, ``2pm``: a day or a time run together with its letters."""
    return _TIMEISH.fullmatch(token) is not None


def published(text: str) -> _dt.date | None:
    """The date a timestamp line names, when it names a whole one."""
    lowered = _ISO_JOINS.sub(" ", text.lower())
    iso = _ISO.search(lowered)
    if iso:
        return safe_date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
    numeric = _NUMERIC.search(lowered)
    if numeric:
        return _numeric(numeric)
    return _named(_TOKEN.findall(lowered))


def _numeric(match: re.Match[str]) -> _dt.date | None:
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    year += 2000 if year < 100 else 0
    if match["sep"] == ".":  # 22.04.2024: day first, as Europe writes it
        return safe_date(year, b, a)
    return safe_date(year, a, b) if b > 12 or a <= 12 else safe_date(year, b, a)


def _named(tokens: list[str]) -> _dt.date | None:
    """``20 November 2019``, ``November 20, 2019``, ``18. Mai 2026``."""
    for i, token in enumerate(tokens):
        month = MONTHS.get(token.rstrip("."))
        if month is None:
            continue
        around = tokens[max(0, i - 1) : i] + tokens[i + 1 : i + 3]
        days = [int(t.rstrip("stndrh")) for t in around if t.rstrip("stndrh").isdigit() and len(t) <= 4]
        days = [d for d in days if 1 <= d <= 31]
        years = [int(t) for t in tokens[i + 1 : i + 4] if len(t) == 4 and t.isdigit()]
        if days and years:
            return safe_date(years[0], month, days[0])
    return None
