"""Publication dates in a page's own script data: Next.js props, Arc XP's Fusion.globalContent,
React flight data, analytics layers."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .dated import DateContext, Dated, epoch_date
from .datetext import parse_structured
from .metatags import select

# Keys that state a publication date inside a page's own script data (Next.js props, Arc XP's
# Fusion.globalContent, analytics layers), in tiers: in the first script that has any, a key
# of an earlier tier wins over one of a later tier, and within a tier the first wins. Arc's
# ``display_date`` and ``first_publish_date`` are the date readers see; its ``publish_date`` is
# the story's latest re-publication, often days later.
SCRIPT_DATE_KEYS: tuple[tuple[str, ...], ...] = (
    (
        *("display_date", "displayDate", "first_publish_date", "firstPublishDate", "firstPublished"),
        *("firstPublicationDate", "first_publication_date"),
    ),
    ("first_published_at", "datePublished", "date_published", "publishedAt", "published_at"),
    ("publishDate", "publish_date", "pubDate", "publicationDate", "publication_date", "deployDt"),
)
_SCRIPT_TIER = {key: tier for tier, keys in enumerate(SCRIPT_DATE_KEYS) for key in keys}
# Key and value, quoted or (inside a JSON string, as React flight data ships it) with escaped
# quotes; the value an ISO-like date or a Unix time in seconds or milliseconds.
_SCRIPT_DATE = re.compile(
    # Written to start with a character class, which the regex engine scans for quickly.
    r"[\\\"']\"?(" + "|".join(_SCRIPT_TIER) + r")\\?[\"']\s{0,3}:\s{0,3}"
    r"(?:\\?[\"'](\d{4}([-.])\d\d\3\d\d[T ]?[\d:.+Z-]{0,25})\\?[\"']|[\"']?(\d{13}|\d{10})(?![\d.]))"
)
# Cheap tests that a script may hold one of those keys before the regex runs.
_SCRIPT_GATES = (
    *("ublish", "ubDate", "ublicationDate", "ublication_date"),
    *("deployDt", "display_date", "displayDate"),
)
_SCRIPTS = etree.XPath("//script[not(@src)]")
_MAX_SCRIPT_TEXT = 500_000
_MAX_SCRIPT_MATCHES = 50
_SCRIPT_WINDOW = 5000


def from_script(ctx: DateContext) -> Iterator[Dated]:
    yield from _script_dates(ctx, unix=False)


def from_script_unix(ctx: DateContext) -> Iterator[Dated]:
    """Unix times under the same keys come late: video and story lists in page state carry
    them for every item, and a list's first item is seldom the page's own story."""
    yield from _script_dates(ctx, unix=True)


def _script_dates(ctx: DateContext, unix: bool) -> Iterator[Dated]:
    """The date of the first script that states one (ISO or, with ``unix``, a Unix time),
    under its best-tier key."""
    for matches in _script_matches(ctx):
        # sorted() is stable: within a tier, page order stays.
        for match in sorted(matches, key=lambda m: _SCRIPT_TIER[m.group(1)]):
            value = epoch_date(match.group(4)) if unix else parse_structured(match.group(2))
            if value is not None:
                yield Dated(value, "script")
                return


def _first_matches(text: str) -> list[Any]:
    """The script's first date-key match and those within ``_SCRIPT_WINDOW`` characters after
    it: the keys of one object (Arc's story) sit together, and the rest of a large script
    (lists of other stories) need not be read."""
    found: list[Any] = []
    for match in _SCRIPT_DATE.finditer(text):
        if found and match.start() > found[0].start() + _SCRIPT_WINDOW:
            break
        found.append(match)
        if len(found) >= _MAX_SCRIPT_MATCHES:
            break
    return found


def _script_matches(ctx: DateContext) -> Iterator[list[Any]]:
    """For each inline script that has any, its date-key matches, read as far as asked; a
    complete reading is kept for the page's second pass."""
    done = ctx.lists.get("scripts")
    if done is not None:
        yield from done
        return
    found: list[Any] = []
    for script in select(_SCRIPTS, ctx.scan.root):
        text = (script.text or "")[:_MAX_SCRIPT_TEXT]
        if any(gate in text for gate in _SCRIPT_GATES):
            matches = _first_matches(text)
            if matches:
                found.append(matches)
                yield matches
    ctx.lists["scripts"] = found


# A local timestamp: the moment a UTC value states, as the publisher's clock wrote it.
_LOCAL_STAMP = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?[+-]\d\d:?\d\d")
_MAX_RESTATEMENTS = 20


def local_restatement(ctx: DateContext, moment: _dt.datetime, day: _dt.date) -> _dt.datetime | None:
    """The same ``moment`` written with a local offset on ``day`` somewhere in the page's
    inline scripts ("2023-11-08T22:28:35-05:00" for "2023-11-09T03:28:35Z"): US sites state
    UTC in their metadata and their own day in the URL and analytics data."""
    needle = day.isoformat()
    for script in select(_SCRIPTS, ctx.scan.root):
        text = (script.text or "")[:_MAX_SCRIPT_TEXT]
        pos = text.find(needle)
        for _ in range(_MAX_RESTATEMENTS):
            if pos < 0:
                break
            stamp = _LOCAL_STAMP.match(text, pos + len(needle))
            value = parse_structured(text[pos : stamp.end()]) if stamp else None
            if isinstance(value, _dt.datetime) and value.utcoffset() and value == moment:
                return value
            pos = text.find(needle, pos + 1)
    return None
