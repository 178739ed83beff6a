"""Reading one date out of a string: structured values (ISO 8601 and kin) and visible date text.

Structured values go through dateutil's ISO parser; visible text goes through a few bounded
regexes over a month-name table. dateparser is the last resort, imported lazily, gated by a
cheap pattern and restricted to the page's language, because loading all its languages costs
hundreds of milliseconds a call.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from dateutil import parser as _du_parser
from dateutil.parser import isoparser

from ..calendar_words import MONTHS, RELATIVE_UNITS, YESTERDAY_WORDS

_ISO = isoparser()
_MAX_VALUE = 80

# Any word may stand where a month name goes; MONTHS decides afterwards. One small pattern
# instead of an alternation of every name keeps import time and matching cheap.
_MONTH_ALT = r"[^\W\d_]{3,13}"
_YEAR = r"((?:19|20)\d\d)"
_DAY = r"(0?[1-9]|[12]\d|3[01])"
# A clock time with optional seconds, am/pm and zone, then the separator before the year. Date
# boxes that print the clock there often split day, time and year over elements, so the text
# has wider gaps ("November 20 \n \n 15:23 \n 2019"): _GAP allows them, bounded.
_GAP = r",?\s{1,12}"
_CLOCK = r"(?:at\s)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s{0,2}[ap]\.?m\.?)?(?:\s{1,3}[a-z]{2,5})?" + _GAP

# Each pattern names the order of its groups: y(ear) m(onth) d(ay); "M" is a month name.
TEXT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)" + _YEAR + r"[-/.]\s?(0?[1-9]|1[0-2])[-/.]\s?" + _DAY + r"(?!\d)"), "ymd"),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s?년\s?(0?[1-9]|1[0-2])\s?월\s?" + _DAY + r"\s?일"), "ymd"),
    (re.compile(r"(?<!\d)" + _YEAR + r"\s?年\s?(0?[1-9]|1[0-2])\s?月\s?" + _DAY + r"\s?日"), "ymd"),
    # "28.4.2023", and "28. 4. 2023" as German typesetting spaces it.
    (re.compile(r"(?<![\d.])(\d{1,2})[./-]\s?(\d{1,2})[./-]\s?" + _YEAR + r"(?!\d)"), "dmy"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.])"), "dmy2"),
    (
        re.compile(
            r"(?<!\d)"
            + _DAY
            # Catalan elides "de" before a vowel: "12 d'abril de 2024".
            + r"(?:st|nd|rd|th|er|º|°)?\.?\s{0,3}(?:de\s|of\s|d['’])?\s{0,2}("
            + _MONTH_ALT
            + r")\.?,?\s{0,3}(?:de\s|del\s)?\s{0,2}"
            + _YEAR
            + r"(?!\d)",
            re.I,
        ),
        "dMy",
    ),
    # Hungarian puts the year first, with a dot: "2021. március 5."
    (
        re.compile(r"(?<!\d)" + _YEAR + r"\.\s{1,3}(" + _MONTH_ALT + r")\s{1,3}" + _DAY + r"(?!\d)", re.I),
        "yMd",
    ),
    # Lithuanian "2024 m. kovo 12 d." (year, month in the genitive, day) and Latvian
    # "2024. gada 12. martā" (year, day, month): the words "m."/"gada" mark the year.
    (
        re.compile(
            r"(?<!\d)" + _YEAR + r"\s{0,2}m\.\s{1,3}(" + _MONTH_ALT + r")\s{1,3}" + _DAY + r"\s{0,2}d\.", re.I
        ),
        "yMd",
    ),
    (
        re.compile(
            r"(?<!\d)" + _YEAR + r"\.\s{0,2}gada\s{1,3}" + _DAY + r"\.\s{1,3}(" + _MONTH_ALT + r")", re.I
        ),
        "ydM",
    ),
    (
        re.compile(
            r"\b(" + _MONTH_ALT + r")\.?\s{1,3}" + _DAY + r"(?:st|nd|rd|th)?,?\s{1,3}" + _YEAR + r"(?!\d)",
            re.I,
        ),
        "Mdy",
    ),
    # The clock between day and year, as ctime and some CMS date boxes print it:
    # "Wed Nov 20 15:23:01 UTC 2019", "November 20 3:23 pm, 2019", "20 November 15:23 2019".
    (
        re.compile(
            r"\b("
            + _MONTH_ALT
            + r")\.?"
            + _GAP
            + _DAY
            + r"(?:st|nd|rd|th)?"
            + _GAP
            + _CLOCK
            + _YEAR
            + r"(?!\d)",
            re.I,
        ),
        "Mdy",
    ),
    (
        re.compile(
            r"(?<!\d)"
            + _DAY
            + r"(?:st|nd|rd|th)?\.?\s{1,12}("
            + _MONTH_ALT
            + r")\.?"
            + _GAP
            + _CLOCK
            + _YEAR
            + r"(?!\d)",
            re.I,
        ),
        "dMy",
    ),
)
# Indic and Thai dates: their month names hold vowel signs and viramas, which are no \w
# characters, so a run of the scripts' block stands for the name ("২৯ আগস্ট ২০২০", "आगस्त",
# "29 สิงหาคม 2020"); Thai also counts years from the Buddha ("29 ส.ค. 2563" is 2020). Only
# text with a character of these blocks is searched with them.
_INDIC = r"[\u0900-\u0DFF\u0E01-\u0E4E.]{2,14}"
SCRIPT_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<!\d)" + _DAY + r"\s{0,3}(" + _INDIC + r"),?\s{0,3}" + _YEAR + r"(?!\d)"), "dMy"),
    (re.compile(r"(" + _INDIC + r")\s{1,3}" + _DAY + r",?\s{1,3}" + _YEAR + r"(?!\d)"), "Mdy"),
    (
        re.compile(r"(?<!\d)" + _DAY + r"\s{0,3}(" + _INDIC + r")\s{0,3}(?:พ\.ศ\.\s{0,2})?(25[3-9]\d)(?!\d)"),
        "dMb",
    ),
)
_SCRIPT_CHAR = re.compile(r"[\u0900-\u0DFF\u0E01-\u0E4E]")
_BUDDHIST_ERA = 543
_MAX_TEXT = 5000
# Languages that put the year first in short numeric dates too: Korean "24.03.13" is 13 March
# 2024, where German "13.03.24" is the same day written the other way round.
YEAR_FIRST_LANGUAGES: frozenset[str] = frozenset({"ko", "ja", "zh"})
# The zero of each script's digits that pages print dates in: Arabic-Indic and Persian
# ("١٣ مارس ٢٠٢٤"), the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, and full-width
# ("２０２４年"). Read as ASCII digits, which the patterns' years ("19"/"20") are written in,
# whatever language the page declares (Bengali WordPress sites say "en-US").
NATIVE_ZEROS: tuple[int, ...] = (
    *(0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66),
    *(0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0xFF10),
)
_NATIVE_DIGITS = str.maketrans({chr(zero + n): str(n) for zero in NATIVE_ZEROS for n in range(10)})
_NATIVE_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in NATIVE_ZEROS) + "]")
# One cheap scan tells most non-ASCII text (European) from text that may need either: the
# blocks of every native digit above and of the Indic and Thai scripts, in few ranges.
_NATIVE_OR_SCRIPT = re.compile(
    "[\u0660-\u06f9\u0900-\u0e5b\u0ed0-\u0f29\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]"
)
_LOOKS_DATED = re.compile(r"\d{1,4}")
_STRUCTURED_PREFIX = re.compile(r"\s*\d{4}-?\d\d")


def parse_structured(value: str | None) -> _dt.date | None:
    """A date or datetime from a machine-readable value; a datetime keeps the page's offset."""
    if not value:
        return None
    text = " ".join(value.split())[:_MAX_VALUE]
    if _STRUCTURED_PREFIX.match(text):
        got = _iso(text)
        if got is not None:
            return got
    return _loose(text)


def _iso(text: str) -> _dt.date | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"\d{4}-\d\d-\d\d \d", text) else text
    candidate = candidate.replace(" ", "")
    try:
        value = _ISO.isoparse(candidate)
    except (ValueError, OverflowError):
        head = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", text)
        return _make(head.group(1), head.group(2), head.group(3)) if head else None
    if "T" not in candidate.upper() and value.tzinfo is None:
        return value.date()
    return value


# Zone abbreviations news pages print, as UTC offsets in hours (dateutil knows only UTC/GMT).
ZONES: dict[str, float] = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3,
    "MSK": 3, "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip
_TZINFOS = {name: int(hours * 3600) for name, hours in ZONES.items()}


def _loose(text: str) -> _dt.date | None:
    """RFC 2822 and similar English forms ("Fri, 28 Apr 2023 10:00:00 GMT")."""
    if not _LOOKS_DATED.search(text):
        return None
    found = find_text_date(text)
    try:
        value = _du_parser.parse(text, default=_dt.datetime(1, 1, 1), tzinfos=_TZINFOS)
    except (ValueError, OverflowError, TypeError):
        return found
    if value.year < 1000:
        return found
    if found is not None and value.date() != found:
        return found
    has_time = value.time() != _dt.time(0) or value.tzinfo is not None
    return value if has_time else value.date()


def find_text_date(text: str, lang: str | None = None) -> _dt.date | None:
    """The first date written out in visible text, in any of the patterns we know."""
    best: tuple[int, _dt.date] | None = None
    text = text[:_MAX_TEXT]
    scripts = False
    if not text.isascii() and _NATIVE_OR_SCRIPT.search(text):
        if _NATIVE_DIGIT.search(text):
            text = text.translate(_NATIVE_DIGITS)
        scripts = _SCRIPT_CHAR.search(text) is not None
    for pattern, order in _patterns_for(lang, scripts):
        for match in pattern.finditer(text):
            us = lang == "en" and order == "dmy" and "/" in match.group(0)
            got = _from_groups(match.groups(), "mdy" if us else order)
            if got is None and order == "dmy":
                got = _from_groups(match.groups(), "dmy" if us else "mdy")
            if got is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), got)
                break
    return best[1] if best else None


def _patterns_for(lang: str | None, scripts: bool = False) -> Iterator[tuple[re.Pattern[str], str]]:
    """The patterns, each with its order of groups in ``lang`` (and with ``scripts``, those
    of Indic and Thai dates)."""
    year_first = lang in YEAR_FIRST_LANGUAGES
    for pattern, order in TEXT_PATTERNS:
        yield pattern, "ymd2" if year_first and order == "dmy2" else order
    if scripts:
        yield from SCRIPT_PATTERNS


def _from_groups(groups: tuple[str | Any, ...], order: str) -> _dt.date | None:
    if order == "dmy2":
        return _make("20" + groups[2], groups[1], groups[0])
    if order == "ymd2":
        return _make("20" + groups[0], groups[1], groups[2])
    parts = dict(zip(order.lower(), groups, strict=True))
    month = parts["m"]
    if "M" in order:
        month = str(MONTHS.get(_month_key(month), 0))
    if "b" in parts:  # a Buddhist-era year
        return _make(str(int(parts["b"]) - _BUDDHIST_ERA), month, parts["d"])
    return _make(parts["y"], month, parts["d"])


def _month_key(word: str) -> str:
    key = word.lower().rstrip(".")
    return key if key.isascii() else unicodedata.normalize("NFC", key)


def _make(year: str, month: str, day: str) -> _dt.date | None:
    try:
        return _dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


# Gate for the dateparser fallback: a digit next to a letter run, in a short string, and a year.
# The settings below demand day, month and year and allow no relative parser, so text without a
# four-digit year ("13 Aug", "vor 5 Stunden", "6 years ago") can never come back as a date:
# calling dateparser for it would only pay its import and language loading for nothing.
_FALLBACK_GATE = re.compile(r"\d{1,4}[\s.,/-]{1,3}[^\W\d_]{3,}|[^\W\d_]{3,}[\s.,/-]{1,3}\d{1,4}")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEARS = range(1900, 2100)


def _worth_dateparser(text: str) -> bool:
    """True when ``text`` may hold a full date: a year (in any script's digits) next to words."""
    if not _FALLBACK_GATE.search(text):
        return False
    return any(int(run) in _YEARS for run in _FOUR_DIGITS.findall(text))


def dateparser_date(text: str, languages: tuple[str, ...]) -> _dt.date | None:
    """Natural-language dates in the given languages, through dateparser (slow; last resort)."""
    text = " ".join(text.split())[:60]
    if not languages or not _worth_dateparser(text):
        return None
    try:
        import dateparser
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        return None
    # Absolute dates only: a relative "vor 5 Stunden" would be read against today's clock,
    # which is neither the story's date nor deterministic.
    settings = {
        "PREFER_DAY_OF_MONTH": "first",
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
    }
    try:
        value = dateparser.parse(text, languages=list(languages), settings=settings)
    except Exception:  # dateparser raises many types on odd input; a miss is a miss
        return None
    return value.date() if value is not None else None


# Relative dates: "3 hours ago", "an hour ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días",
# "há 3 horas", "2 giorni fa", "3 uur geleden", "2 dagar sedan"; and "yesterday" before a
# clock ("gestern, 14:05 Uhr"), not "yesterday's attack".
_COUNT = r"(\d{1,2}|an?|one|einer|einem|un|une|una|uma|um)"
_UNIT = r"([^\W\d_]{1,9})"
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?:vor|il y a|hace|há)\s{1,3}"
    + _COUNT
    + r"\s{0,3}"
    + _UNIT
    + r"|"
    + _COUNT
    + r"\s{0,3}"
    + _UNIT
    + r"\s{1,3}(?:ago|fa|geleden|sedan|siden))(?!\w)",
    re.I,
)
_YESTERDAY = re.compile(
    r"(?<!\w)(?:"
    + "|".join(map(re.escape, sorted(YESTERDAY_WORDS)))
    + r"),?\s{0,3}(?:at\s|um\s|à\s|a las\s|alle\s|às\s|om\s)?[0-2]?\d[:.h][0-5]\d",
    re.I,
)


def relative_date(text: str, reference: _dt.date) -> _dt.date | None:
    """The day the first relative date in ``text`` names, counted back from ``reference``
    (the day the page was read). One in weeks, months or years names no day: ``None``."""
    text = text[:_MAX_TEXT]
    found = [m for m in (_RELATIVE.search(text), _YESTERDAY.search(text)) if m is not None]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if first.re is _YESTERDAY:
        return reference - _dt.timedelta(days=1)
    count, unit = (first.group(1), first.group(2)) if first.group(1) else (first.group(3), first.group(4))
    days = RELATIVE_UNITS.get(unit.lower())
    if days is None:
        return None
    return reference - _dt.timedelta(days=days * (int(count) if count.isdigit() else 1))
