"""The dateline grammar: ``PLACE[, REGION][, WEEKDAY][, DATE][ (AGENCY)] DASH``.

A dateline is found at the start of one of the first story blocks. The prefix before the
dash is split into its parts from the right (agency, date, weekday), and what is left is
the place: the city, then any region or country. Every part is optional, but a prefix that
names neither a date nor an agency must be an upper-case place (``LONDON -``), which is how
wire copy writes a bare place dateline.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace

from ..calendar_words import ENGLISH_MONTHS
from ..model import Dateline
from . import agencies, dates

MAX_PREFIX = 110
HEADER_ZONE = 4  # blocks after the headline in which a dateline may stand
# Where the prefix ends: a spaced dash, a dash right after "(Agency)" (Spanish copy sets a
# full stop between: "(EFE).-"), or an en/em dash.
_DASH = re.compile(
    r"(?:\s+(?:-{1,3}|[–—―])|(?<=\))\.?\s{0,2}(?:-{1,3}|[–—―])|\s{0,2}[–—―]{1,2})(?=\s|$|[A-Z\"“‘'])"
    r"|(?<=\d)-{1,2}(?=\s|$)"
    # Older AP copy: "WASHINGTON (AP) _ The ..."
    r"|(?<=\))\s{1,2}_(?=\s)"
)
# Every ``_DASH`` match holds one of these: most paragraphs hold none and skip the search.
_DASH_CHARS = "-–—―_"
# Leading marks, and a stray lower-case letter a wire terminal left before an upper-case
# place ("c    CHICAGO, March 9 -").
_JUNK = re.compile(r"^(?:[\s*•·>#_]+|[a-z]\s+(?=[A-Z]{2}))")
_BYLINE = re.compile(r"^By\s+(?P<byline>[^\n]{3,80}?)(?:\s{2,}|\n)(?P<rest>\S.*)$", re.S)
# "By JOHN DOE, AP Business Writer NEW YORK (AP) --": a byline whose job title ends it, once
# the page's spacing is gone; and "AP Sports Writer BOSTON (AP) --", the title left alone.
_JOB = r"(?:Writer|Correspondent|Editor|Reporter|Columnist)"
_BYLINE_TITLED = re.compile(rf"^By\s+(?P<byline>[^\n]{{3,80}}?\b{_JOB})[\s,]+(?P<rest>\S.*)$", re.S)
# "By Jane Doe and John Roe WASHINGTON (Reuters) -": title-case names, once the page's spacing
# is gone, end where an upper-case place starts.
_NAME_WORDS = r"[A-Z][a-z][\w'’-]{0,20}(?:\s(?:[A-Z]\.|[A-Z][a-z][\w'’-]{0,20})){1,3}"
_BYLINE_CASED = re.compile(
    rf"^By\s+(?P<byline>{_NAME_WORDS}(?:(?:,|\sand)\s{_NAME_WORDS}){{0,3}})\s+(?P<rest>[A-Z]{{2}}.*)$", re.S
)
_JOB_TITLE = re.compile(rf"^(?:[A-Z][\w.'’-]{{0,20}}\s{{1,3}}){{0,4}}{_JOB}\b[\s,]+(?=\S)")
_DATE_AT_END = re.compile(
    r"^(?P<rest>.{1,80}?)\s+(?P<date>[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}|\d{1,2}\s{1,3}[A-Za-z]{3,9}\.?)$"
)
# "FARMINGTON Conn." : an upper-case city run straight into a title-case abbreviated region.
_CITY_REGION = re.compile(
    r"^(?P<city>[A-Z][A-Z .'’/-]{1,40}?)\s+(?P<region>[A-Z][a-z]{1,8}\.(?:\s?[A-Z][a-z]{0,8}\.)?)$"
)
_PLACE_WORD = re.compile(r"^(?:[A-ZÀ-Þ][\w.'’/-]*|[a-zà-ÿ]{1,4}-[\w'’-]+|[\w.'’/-]+)$")
_CONNECTORS = frozenset(
    [
        "de",
        "del",
        "der",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "la",
        "le",
        "les",
        "los",
        "las",
        "el",
        "al",
        "am",
        "an",
        "im",
        "upon",
        "on",
        "sur",
        "en",
        "y",
        "of",
        "the",
        "van",
        "von",
        "bin",
        "ben",
    ]
)
# Lower-case words that show a prefix is a clause, not a place ("He said on March 2 -").
_CLAUSE_WORDS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "to",
        "for",
        "with",
        "that",
        "this",
        "and",
        "or",
        "but",
        "after",
        "before",
        "since",
        "while",
        "when",
        "which",
        "who",
        "its",
        "it",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
    ]
)
_MAX_PLACE_WORDS = 5
_TRAILING_DASH = re.compile(r"\s{0,3}(?:-{1,3}|[–—―])$")
_YEAR = re.compile(r"\d{4}")
_MONTH_STARTS = frozenset(name[:3] for name in ENGLISH_MONTHS)


@dataclass(frozen=True, slots=True)
class Found:
    """A dateline and how many characters of its block it covers (prefix, dash, spaces)."""

    dateline: Dateline
    end: int
    byline: str | None
    year_given: bool


def find(text: str, reference: _dt.date | None, source: str | None = None) -> Found | None:
    """The dateline at the start of ``text``, if the text starts with one.

    A syndicator's agency-only lead-in may stand before the story's own dateline
    (``Canadian Press - BAIKONUR, Kazakhstan (AP) -``): the inner, fuller one wins. A
    ``source`` the page names elsewhere (its headline's ``(IGN)``) is such a lead-in too.
    """
    found = _stated_lead(text, source) or _find_one(text, reference)
    if found is None or found.dateline.city or found.dateline.date:
        return found
    inner = _find_one(text[found.end :], reference)
    if inner is None or not (inner.dateline.city or inner.dateline.agency):
        return found
    # "(ANSA) - ROMA, 3 MAR -": an inner dateline without an agency keeps the lead-in's.
    story = replace(inner.dateline, agency=inner.dateline.agency or found.dateline.agency)
    return Found(story, found.end + inner.end, inner.byline, inner.year_given)


def _stated_lead(text: str, source: str | None) -> Found | None:
    if source is None:
        return None
    stripped = text.lstrip()
    end = agencies.lead_in(stripped, source)
    if end is None:
        return None
    raw = stripped[:end].strip()
    lead = Dateline(raw, None, None, agencies.canonical(source), None, None)
    return Found(lead, len(text) - len(stripped) + end, None, False)


def _find_one(text: str, reference: _dt.date | None) -> Found | None:
    head = text[: MAX_PREFIX + 60]
    match = _first_dash(head)
    if match is None:
        return None
    prefix = head[: match.start()]
    junk = _JUNK.match(prefix)
    start = junk.end() if junk else 0
    byline, start = _split_byline(prefix, start)
    parsed = _parse_prefix(prefix[start:].strip(), reference)
    if parsed is None:
        return None
    dateline, year_given = parsed
    dash = match.group().strip()
    raw = prefix[start:].strip() + ("" if dash.startswith(".") else " ") + dash
    end = match.end() + (len(text[match.end() :]) - len(text[match.end() :].lstrip()))
    return Found(_with_raw(dateline, raw), end, byline, year_given)


def _first_dash(head: str) -> re.Match[str] | None:
    if not any(dash in head for dash in _DASH_CHARS):
        return None
    match = _DASH.search(head)
    if match is None or match.start() > MAX_PREFIX:
        return None
    return match


def _split_byline(prefix: str, start: int) -> tuple[str | None, int]:
    patterns = (_BYLINE, _BYLINE_TITLED, _BYLINE_CASED)
    match = next((m for m in (p.match(prefix, start) for p in patterns) if m), None)
    byline, start = (match.group("byline").strip(), match.start("rest")) if match else (None, start)
    title = _JOB_TITLE.match(prefix, start)
    return byline, title.end() if title else start


def _with_raw(found: Dateline, raw: str) -> Dateline:
    return Dateline(raw, found.city, found.region, found.agency, found.date, found.weekday)


def stated(text: str, reference: _dt.date | None) -> Dateline | None:
    """The dateline a page states in its metadata (JSON-LD ``dateline``), read by the same grammar.

    The page says this text is a dateline, so a title-case place with a region is one
    (``London, UK``); a lone title-case word (``Yes``) is not.
    """
    prefix = _TRAILING_DASH.sub("", text.strip())
    parsed = _read_prefix(prefix, reference)
    if parsed is None:
        return None
    found, _, confirmed = parsed
    if not (confirmed or found.agency or found.region):
        return None
    return _with_raw(found, prefix)


def _parse_prefix(prefix: str, reference: _dt.date | None) -> tuple[Dateline, bool] | None:
    parsed = _read_prefix(prefix, reference)
    if parsed is None:
        return None
    found, year_given, confirmed = parsed
    return (found, year_given) if confirmed else None


def _read_prefix(prefix: str, reference: _dt.date | None) -> tuple[Dateline, bool, bool] | None:
    """The parts of a dateline prefix, whether it names a year, and whether its form confirms it:
    an agency of the table, a date, an upper-case place, or a source that may stand alone."""
    if not prefix or "\n" in prefix or len(prefix) > MAX_PREFIX:
        return None
    rest, agency = _take_agency(prefix)
    rest, source = (rest, None) if agency else _take_source(rest)
    agency, source = (source, None) if source and agencies.call_sign(source) else (agency, source)
    parts = [p.strip() for p in rest.split(",")] if rest else []
    parts, when = _take_date(parts)
    parts, weekday = _take_weekday(parts)
    place = _place(parts)
    if place is None:
        return None
    city, region = place
    confirmed = bool(agency or when or (city and _upper_place(city)) or _source_confirms(city, source))
    date = dates.resolve(*when, reference) if when else None
    found = Dateline("", city, region, agency or source, date, weekday)
    return found, bool(when and when[2]), confirmed


def _source_confirms(city: str | None, source: str | None) -> bool:
    """A source the table lacks confirms a lower-case code after a place, or a feed name alone."""
    if source is None:
        return False
    return agencies.source_code(source) if city else agencies.source_alone(source)


def _take_agency(prefix: str) -> tuple[str, str | None]:
    for pattern in (agencies.IN_PARENS, agencies.IN_SLASHES):
        match = pattern.search(prefix)
        if match and not prefix[match.end() :].strip(" ,"):
            return prefix[: match.start()].strip(" ,"), agencies.canonical(match.group("agency"))
    match = agencies.BARE_AT_END.search(prefix)
    if match:
        return prefix[: match.start("agency")].strip(" ,"), match.group("agency")
    return prefix, None


def _take_source(prefix: str) -> tuple[str, str | None]:
    """A source the agency table lacks: ``(Example News)``; it never licenses a dateline alone."""
    match = agencies.ANY_IN_PARENS.search(prefix)
    name = match.group("agency").strip() if match else ""
    if match is None or not (agencies.source_name(name) or agencies.source_code(name)):
        return prefix, None
    return prefix[: match.start()].strip(" ,"), match.group("agency").strip()


def _take_date(parts: list[str]) -> tuple[list[str], tuple[int, int, int | None] | None]:
    if not parts:
        return parts, None
    parts = _split_weekday(parts)
    if len(parts) >= 2 and _YEAR.fullmatch(parts[-1]):
        when = dates.read_date(f"{parts[-2]} {parts[-1]}")
        if when:
            return parts[:-2], when
    when = dates.read_date(parts[-1])
    if when:
        return parts[:-1], when
    match = _DATE_AT_END.match(parts[-1])
    if match:
        when = dates.read_date(match.group("date"))
        if when:
            return [*parts[:-1], match.group("rest")], when
    return parts, None


def _split_weekday(parts: list[str]) -> list[str]:
    """``Tuesday 3 March 2015`` as two parts, as if written ``Tuesday, 3 March 2015``."""
    at = len(parts) - (2 if len(parts) >= 2 and _YEAR.fullmatch(parts[-1]) else 1)
    head, _, tail = parts[at].partition(" ")
    dated = tail[:1].isdigit() or tail[:3].lower() in _MONTH_STARTS
    if dated and len(head) > 3 and dates.weekday_number(head) is not None:
        return [*parts[:at], head, tail.strip(), *parts[at + 1 :]]
    return parts


def _take_weekday(parts: list[str]) -> tuple[list[str], str | None]:
    if parts and dates.weekday_number(parts[-1]) is not None and len(parts[-1]) > 3:
        return parts[:-1], parts[-1]
    return parts, None


def _place(parts: list[str]) -> tuple[str | None, str | None] | None:
    """``(city, region)`` from the remaining comma parts; ``None`` when they are not a place."""
    parts = [p for p in parts if p]
    if not parts:
        return None, None
    if len(parts) > 3 or not all(_placelike(p) for p in parts):
        return None
    city, region = parts[0], ", ".join(parts[1:]) or None
    if region is None:
        match = _CITY_REGION.match(city)
        if match:
            city, region = match.group("city").strip(), match.group("region")
    return city, region


def _placelike(part: str) -> bool:
    words = part.split()
    if not words or len(words) > _MAX_PLACE_WORDS or any(ch.isdigit() for ch in part):
        return False
    if any(w.lower() in _CLAUSE_WORDS for w in words) or not all(_PLACE_WORD.match(w) for w in words):
        return False
    lower_city = part.islower() and len(words) <= 3
    return lower_city or words[0][0].isupper() or words[0] in _CONNECTORS


def _upper_place(city: str) -> bool:
    letters = [c for c in city if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def weekday_mismatch(found: Dateline) -> str | None:
    """A warning when the dateline's weekday is not the weekday of its date."""
    if found.date is None or found.weekday is None:
        return None
    named = dates.weekday_number(found.weekday)
    if named is None or named == found.date.weekday():
        return None
    actual = found.date.strftime("%A")
    return f"dateline weekday {found.weekday!r} disagrees with its date {found.date.isoformat()} (a {actual})"
