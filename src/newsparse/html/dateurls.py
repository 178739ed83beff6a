"""Dates in URL paths: ``/2024/03/12/``, ``/2024/mar/12/``, ``-20240312``, press offices'
six-digit file names."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from ..calendar_words import MONTHS
from ..fields.dates import safe_date
from .dated import Dated

_MAX_URL_PATH = 2000

# Dates in URL paths, each pattern with the order of its groups. A one-digit day must end its
# path segment: "/2023/10/3-fragen-an/" is a slug that starts with a number, not October 3.
_URL_DATE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-]([12]\d|3[01]|0[1-9]|[1-9](?=/|$))(?=[/_.-]|$)"),
        "ymd",
    ),
    (re.compile(r"[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"), "ymd"),
    (re.compile(r"[/_-](0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)(?=[/_.-]|$)"), "dmy"),
    # A month's name between year and day: "/world/2024/mar/12/slug" (The Guardian and others).
    (re.compile(r"/((?:19|20)\d\d)/([a-z]{3,9})/(0?[1-9]|[12]\d|3[01])(?=/)", re.I), "yMd"),
)
# Press offices name files by a six-digit day ("/2022/Presse2022/220126_PM.html",
# "/2022/01/260122-Directions.html"): read as yymmdd or ddmmyy, whichever agrees with a year
# folder of the same path.
_URL_SIX = re.compile(r"[/_-](\d{6})(?=[/_.-]|$)")
_URL_YEAR = re.compile(r"/((?:19|20)\d\d)(?=/)")


def url_dates(url: str | None, source: str) -> Iterator[Dated]:
    """Dates a URL's path states, best reading first."""
    path = urlsplit(url).path[:_MAX_URL_PATH] if url else ""
    for pattern, order in _URL_DATE:
        match = pattern.search(path)
        day = _url_day(match.groups(), order) if match else None
        if day is not None:
            yield Dated(day, source)
    day = _six_digit_day(path)
    if day is not None:
        yield Dated(day, source)


def _six_digit_day(path: str) -> _dt.date | None:
    years = {int(y) for y in _URL_YEAR.findall(path)}
    match = _URL_SIX.search(path) if years else None
    if match is None:
        return None
    digits = match.group(1)
    pairs = (digits[0:2], digits[2:4], digits[4:6])
    readings = {
        _url_day(("20" + pairs[0], pairs[1], pairs[2])),
        _url_day(("20" + pairs[2], pairs[1], pairs[0])),
    }
    agreeing = [day for day in readings if day is not None and day.year in years]
    return agreeing[0] if len(agreeing) == 1 else None


def _url_day(groups: tuple[str | Any, ...], order: str = "ymd") -> _dt.date | None:
    parts = dict(zip(order.lower(), groups, strict=True))
    month = MONTHS.get(parts["m"].lower(), 0) if "M" in order else int(parts["m"])
    return safe_date(int(parts["y"]), month, int(parts["d"]))
