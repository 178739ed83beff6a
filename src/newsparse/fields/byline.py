"""Bylines a page shows near its headline: ``By Jane Doe and John Roe``."""

from __future__ import annotations

import re

from .credit import split_names

MAX_BYLINE = 160
_BYLINE = re.compile(r"^(?:By|BY|by|Von|Par|Por|Di)\s{1,3}(?P<names>[^\n]{2,150})$")
_NOT_NAME = re.compile(r"\b(?:the|a|an|of|on|at|for|with|said|says)\b")


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
    return 1 <= len(words) <= 5 and not _NOT_NAME.search(name) and all(w[0].isupper() for w in words)
