"""Turning each tool's raw values into comparable ones: ISO days, folded author sets, text."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*")
# Block-level tags whose text starts a new paragraph when HTML output is turned into text.
_BLOCK_TAGS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "tr", "td"}
    | {"th", "ul", "ol", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt"}
    | {"br"}
)


def day(value: Any) -> str | None:
    """A date, datetime or date string as ``YYYY-MM-DD``; ``None`` when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    found = _ISO_DAY.match(value.strip())
    if found:
        return found.group(0)
    return _parsed_day(value.strip()[:100])


def _parsed_day(text: str) -> str | None:
    from dateutil import parser

    try:
        return parser.parse(text).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def authors(value: Any) -> list[str]:
    """A list of names from a list, or from one string with ``;`` between names."""
    if value is None:
        return []
    if isinstance(value, str):
        return [a for a in _AUTHOR_SPLIT.split(value.strip()) if a]
    return [str(a).strip() for a in value if a and str(a).strip()]


def html_text(markup: str) -> str:
    """The text of an HTML fragment, one paragraph per block element (for readability)."""
    import lxml.etree
    import lxml.html

    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    # Comments are dropped with their tails kept; iterwalk would skip the tails.
    lxml.etree.strip_tags(root, lxml.etree.Comment)
    parts: list[str] = []
    # iterwalk, not recursion: deep markup must not hit Python's recursion limit.
    for event, node in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
        if event == "start" and tag and node.text:
            parts.append(node.text)
        if event == "end" and node.tail:
            parts.append(node.tail)
    text = "".join(parts)
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
