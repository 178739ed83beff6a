"""Calendar words and the small date grammar datelines use: ``Dec 30``, ``30 December 2021``.

Structured timestamps (ISO 8601 in metadata) go through dateutil; this module reads the
human forms wire copy uses, and resolves a missing year against a reference date.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..calendar_words import ENGLISH_MONTHS as MONTHS
from ..calendar_words import ENGLISH_WEEKDAYS as WEEKDAYS

# Full names (and "sept"), which month_number forgives a typo in; abbreviations must be exact.
FULL_MONTHS = tuple(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july", "sept"))
MIN_PREFIX = 4  # "Febr", "Janu": a cut-off full name, never shorter than the exact abbreviations

_WORD = r"[A-Za-z]{3,9}\.?"
# A day-month or month-day date with an optional year; each part bounded so matching stays linear.
DATE_PATTERN = re.compile(
    rf"""(?:(?P<m1>{_WORD})\s{{0,3}}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s{{0,3}}(?P<y1>\d{{4}})\b)?
        |(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\.?\s{{0,3}}(?P<m2>{_WORD})(?:,?\s{{0,3}}(?P<y2>\d{{4}})\b)?)""",
    re.X,
)


def month_number(word: str) -> int | None:
    """Month of a word, forgiving a typo in a full name as wire copy has them.

    One wrong, missing, extra or swapped letter (``Narch``, ``Marhc``), or a cut-off name
    (``Febr``), when only one month reads that way.
    """
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    if len(key) < MIN_PREFIX:
        return None
    found = {MONTHS[name] for name in FULL_MONTHS if _one_edit(key, name) or name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip("."))


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y]
        if len(wrong) <= 1:
            return True
        i, j = wrong[0], wrong[-1]
        return len(wrong) == 2 and j == i + 1 and (a[i], a[j]) == (b[j], b[i])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def read_date(text: str) -> tuple[int, int, int | None] | None:
    """``(month, day, year or None)`` when ``text`` is exactly a date in a form we read."""
    match = DATE_PATTERN.fullmatch(text.strip())
    if not match:
        return None
    groups = match.groupdict()
    word, day, year = (
        (groups["m1"], groups["d1"], groups["y1"])
        if groups["m1"]
        else (
            groups["m2"],
            groups["d2"],
            groups["y2"],
        )
    )
    month = month_number(word)
    if month is None or not 1 <= int(day) <= 31:
        return None
    return month, int(day), int(year) if year else None


def day_of(value: _dt.date) -> _dt.date:
    """The calendar day of a date or datetime."""
    return value.date() if isinstance(value, _dt.datetime) else value


def resolve(month: int, day: int, year: int | None, reference: _dt.date | None) -> _dt.date | None:
    """A real date; without a year, the year that puts it nearest ``reference``."""
    if year is not None:
        return safe_date(year, month, day)
    if reference is None:
        return None
    candidates = [safe_date(y, month, day) for y in (reference.year - 1, reference.year, reference.year + 1)]
    real = [c for c in candidates if c is not None]
    return min(real, key=lambda c: abs((c - reference).days)) if real else None


def safe_date(year: int, month: int, day: int) -> _dt.date | None:
    """The date, or ``None`` where the calendar has no such day."""
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


# A line that is only a date, perhaps with a time: "March 17, 2023 — 07:40 pm EDT", "30/12/2021".
STANDALONE_DATE = re.compile(
    r"""^(?:(?:Published|Updated|Posted|Last\ updated)\s{0,3}:?\s{0,3})?
        (?:[A-Za-z]{3,9}\.?,?\s{1,3})?          # weekday
        (?P<date>[A-Za-z]{3,9}\.?\s{0,3}\d{1,2}(?:st|nd|rd|th)?,?\s{0,3}\d{4}
           |\d{1,2}(?:st|nd|rd|th)?\.?\s{0,3}[A-Za-z]{3,9}\.?,?\s{0,3}\d{4})
        (?:[\s,—–|-]{1,8}(?:at\s)?\d{1,2}[:.]\d{2}(?:\s{0,2}[ap]\.?m\.?)?(?:\s{0,2}[A-Z]{2,5})?)?\s*$""",
    re.X | re.I,
)


def standalone_date(text: str) -> _dt.date | None:
    """The date of a block that holds only a date (and maybe a time), as page headers show it."""
    if len(text) > 80:
        return None
    match = STANDALONE_DATE.match(text.strip())
    if not match:
        return None
    parsed = read_date(match.group("date").replace(",", ", ").replace("  ", " "))
    if parsed is None or parsed[2] is None:
        return None
    return safe_date(parsed[2], parsed[0], parsed[1])
