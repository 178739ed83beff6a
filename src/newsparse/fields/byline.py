"""Bylines a page shows near its headline: ``By Jane Doe and John Roe``."""

from __future__ import annotations

import re

from . import agencies
from .credit import NAME_PARTICLES, split_names

MAX_BYLINE = 160
_BYLINE = re.compile(r"^(?:By|BY|by|Von|Par|Por|Di)\s{1,3}(?P<names>[^\n]{2,150})$")
_NOT_NAME = re.compile(r"\b(?:the|a|an|of|on|at|for|with|said|says)\b")
# "AP Business Writer", "Staff Reporter", "Reuters Staff": an affiliation, not a person.
_AFFILIATION = re.compile(r"\b(?:writers?|correspondents?|reporters?|editors?|staff|columnists?)$", re.I)


def find(text: str) -> tuple[str, ...]:
    """Names when the whole block is a byline, else an empty tuple."""
    if len(text) > MAX_BYLINE:
        return ()
    match = _BYLINE.match(text.strip())
    if not match:
        return ()
    names = split_names(match.group("names").split("|")[0])
    return tuple(n for n in names if _looks_like_name(n))


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or _NOT_NAME.search(name) or _AFFILIATION.search(name):
        return False
    if name.casefold() in agencies.CASED:
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w in NAME_PARTICLES for w in words)
