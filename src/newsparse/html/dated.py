"""What every date finder shares: a found date and its source, the page context the finders
read, and machine-readable values (ISO 8601 and kin, Unix times)."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any

from .datetext import parse_structured
from .metatags import Metas, Scan

_MAX_VALUE = 200  # a machine-readable date is short; longer values are cut before reading


@dataclass(frozen=True, slots=True)
class Dated:
    value: _dt.date
    source: str


@dataclass(frozen=True, slots=True)
class DateContext:
    """What the date finders need from the rest of the page."""

    scan: Scan
    metas: Metas
    url: str | None
    lang: str | None
    parser_languages: tuple[str, ...] = ()
    reference: _dt.date = _dt.date.max
    reference_is_today: bool = False
    ld_published: str | None = None
    ld_article: bool = True
    ld_modified: str | None = None
    # Lower-cased visible texts read so far, by what they cover ("body"): finders share them.
    texts: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # Element and attribute lists read so far, by what they hold ("data"): finders share them.
    lists: dict[str, list[Any]] = field(default_factory=dict, compare=False, repr=False)


# Unix times in seconds and milliseconds (2001-09-09 to 2286 in seconds): other digit runs
# ("20240312") are compact ISO dates.
_UNIX_DIGITS = (10, 13)
# A year, or a year and month, alone ("2024", "2024-03", "March 2024"): the parser would fill
# in the first day, a guess no page stated (footers print "<time datetime="2024">").
_PARTIAL_DATE = re.compile(r"(?:(?:19|20)\d\d(?:[-/.]\d{1,2})?|[^\W\d_]{3,9}\.?,?\s{1,3}(?:19|20)\d\d)$")


def machine_date(raw: str | None) -> _dt.date | None:
    """A date from a machine-readable value: ISO 8601 and kin, or a Unix time (some CMSs
    and analytics tags fill their date fields with one)."""
    value = raw.strip()[:_MAX_VALUE] if raw else ""
    if _PARTIAL_DATE.match(value):
        return None
    unix = value.isdigit() and len(value) in _UNIX_DIGITS
    return epoch_date(value) if unix else parse_structured(raw)


def epoch_date(digits: str | None) -> _dt.datetime | None:
    """A Unix time of 10 digits (seconds) or 13 (milliseconds), as a UTC datetime."""
    if not digits or len(digits) not in _UNIX_DIGITS:
        return None
    seconds = int(digits) / (1000 if len(digits) == 13 else 1)
    return _dt.datetime.fromtimestamp(seconds, tz=_dt.timezone.utc)
