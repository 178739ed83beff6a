"""Lines into paragraphs: blank lines, and hard-wrapped copy whose paragraphs are indented.

A page is hard-wrapped when most of its lines fill up to a common width (older wire copy,
terminal dumps). There, a line that reaches near that width runs on into the next one,
unless the next line is indented deeper (a new paragraph in wire copy) or starts a list
item or heading. Elsewhere every line is a paragraph of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_MARKER = re.compile(r"^(?:[*+•·-]\s|\d{1,3}[.)]\s|#{1,6}\s|\||>)")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BYLINE_GAP = re.compile(r"^(?P<byline>By\s[^\n]{3,80}?)\s{3,}(?=\S)")
MAX_WRAP = 120
MIN_FILL = 0.55


def wrap_width(lines: list[str]) -> int | None:
    """The width the page is wrapped at, or ``None`` when its lines are not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > MAX_WRAP or width < 30:
        return None
    full = sum(1 for n in lengths if n >= 0.75 * width)
    return width if full >= 0.3 * len(lengths) else None


def body_indent(lines: list[str]) -> int:
    """The indentation wrapped lines run on at; deeper-indented lines start paragraphs."""
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    return min(indents, default=0)


def paragraphs(lines: list[str]) -> Iterator[str]:
    """Paragraph texts in order, whitespace folded."""
    width = wrap_width(lines)
    base = body_indent(lines)
    current: list[str] = []
    for line in lines:
        if not line.strip():
            yield from _flush(current)
            current = []
            continue
        indent = len(line) - len(line.lstrip())
        if current and _continues(current[-1], line, indent > base, width):
            current.append(line.strip())
            continue
        yield from _flush(current)
        current = [line.strip()]
    yield from _flush(current)


def _continues(previous: str, line: str, indented: bool, width: int | None) -> bool:
    if width is None or indented or _MARKER.match(line.lstrip()):
        return False
    return len(previous) >= MIN_FILL * width


def _flush(lines: list[str]) -> Iterator[str]:
    if not lines:
        return
    gap = _BYLINE_GAP.match(lines[0])
    if gap:
        # "By NAME     CITY (AP) --": a wide gap separates a byline from the story.
        yield _SPACE.sub(" ", gap.group("byline")).strip()
        lines = [lines[0][gap.end() :], *lines[1:]]
    text = _SPACE.sub(" ", " ".join(lines)).strip()
    if text:
        yield text
