"""Lines into paragraphs: blank lines, and hard-wrapped copy whose paragraphs are indented.

A page is hard-wrapped when most of its lines fill up to a common width (older wire copy,
terminal dumps) and those full lines run on into a next line. There, a line that reaches
near that width runs on into the next one, unless the next line is indented deeper (a new
paragraph in wire copy) or starts a list item or heading. Elsewhere every line is a
paragraph of its own.

A whole-page copy a renderer wrapped (html2text's ``body_width``) has too many short lines
for that test, so it is told by how it broke its lines instead: a greedy wrapper ends a
line only where the next word would not have fitted, and no line runs past its width.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_MARKER = re.compile(r"^(?:[*+•·-]\s|\d{1,3}[.)]\s|#{1,6}\s|\||>)")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BYLINE_GAP = re.compile(r"^(?P<byline>By\s[^\n]{3,80}?)\s{3,}(?=\S)")
_COLON_START = re.compile(r"^\s*:\s(?=\w)")
# A stray lower-case letter a wire terminal left before an indented line ("c    CHICAGO, ...").
_STRAY = re.compile(r"^\s{0,8}[a-z]\s{3,8}(?=[A-Z])")
MAX_WRAP = 120
MIN_FILL = 0.55
# Whole-page copies have many short lines, so their 90th-percentile width can look like
# a wrap width; real wrapping shows as full lines that run on into a next line.
MIN_RUN_ON = 0.5
OVERRUN = 1.5
# A renderer-wrapped page: at least this many line breaks, and this share of them, fall
# where the next word would have overrun the width.
GREEDY_BREAKS = 8
GREEDY_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Chunk:
    """One paragraph: its folded text, the index of its first line and that line's indent."""

    text: str
    line: int
    indent: int
    marker: str = ""


def wrap_width(lines: list[str]) -> int | None:
    """The width the page is wrapped at, or ``None`` when its lines are not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > MAX_WRAP or width < 30:
        return None
    # Wrapped copy never runs far past its width; unwrapped paragraphs do.
    if sum(1 for n in lengths if n > OVERRUN * width) > 0.05 * len(lengths):
        return None
    full = [i for i, line in enumerate(lines) if len(line.rstrip()) >= 0.75 * width]
    if len(full) < 0.3 * len(lengths):
        return None
    run_on = sum(1 for i in full if i + 1 < len(lines) and _runs_on(lines[i + 1]))
    return width if run_on >= MIN_RUN_ON * len(full) else None


def greedy_width(lines: list[str]) -> int | None:
    """The width a renderer wrapped a whole page at, told by where it broke its lines."""
    breaks = [i for i in range(len(lines) - 1) if lines[i].strip() and _runs_on(lines[i + 1])]
    if len(breaks) < GREEDY_BREAKS:
        return None
    lengths = sorted(len(lines[i].rstrip()) for i in breaks)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > MAX_WRAP or width < 30 or _overruns(lines, width):
        return None
    forced = sum(1 for i in breaks if _forced(lines[i], lines[i + 1], width))
    ok = forced >= GREEDY_BREAKS and forced >= GREEDY_SHARE * len(breaks)
    return width if ok else None


def _overruns(lines: list[str], width: int) -> bool:
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    return sum(1 for n in lengths if n > OVERRUN * width) > 0.05 * len(lengths)


def _forced(line: str, following: str, width: int, fuller: bool = False) -> bool:
    """A greedy wrapper broke here: the next line's first word would not have fitted.
    ``fuller``: the line may run past the width (the 90th percentile misses the fullest lines)."""
    size = len(line.rstrip())
    return (fuller or size <= width) and size + 1 + len(following.split()[0]) > width


def _runs_on(line: str) -> bool:
    return bool(line.strip()) and not _MARKER.match(line.lstrip())


def body_indent(lines: list[str]) -> int:
    """The indentation wrapped lines run on at; deeper-indented lines start paragraphs."""
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    return min(indents, default=0)


def paragraphs(lines: list[str]) -> Iterator[str]:
    """Paragraph texts in order, whitespace folded."""
    for chunk in chunks(lines):
        yield chunk.text


def chunks(lines: list[str]) -> Iterator[Chunk]:
    """Paragraphs in order with where they start, for readers that weigh layout."""
    held: Chunk | None = None
    for chunk in _chunks(lines):
        if held is not None and _COLON_START.match(chunk.text):
            # "Stuttgart hat's drauf" / ": Stadt der Superlative": a kicker and its headline
            # rendered as two spans on two lines (or paragraphs), the colon leading the second.
            held = Chunk(held.text + chunk.text, held.line, held.indent, held.marker)
            continue
        if held is not None:
            yield held
        held = chunk
    if held is not None:
        yield held


def _chunks(lines: list[str]) -> Iterator[Chunk]:
    width = wrap_width(lines)
    greedy = None if width else greedy_width(lines)
    base = body_indent(lines)
    current: list[str] = []
    start = 0
    for index, line in enumerate(lines):
        if not line.strip():
            yield from _flush(current, start, lines)
            current = []
            continue
        indent = _indent(line)
        if current and (
            _continues(current[-1], line, indent > base, width)
            or (greedy and _forced(lines[index - 1], line, greedy, True) and _runs_on(line))
        ):
            current.append(line.strip())
            continue
        yield from _flush(current, start, lines)
        current, start = [line[indent:].strip()], index
    yield from _flush(current, start, lines)


def _indent(line: str) -> int:
    stray = _STRAY.match(line)
    return stray.end() if stray else len(line) - len(line.lstrip())


def _continues(previous: str, line: str, indented: bool, width: int | None) -> bool:
    if width is None or indented or _MARKER.match(line.lstrip()):
        return False
    return len(previous) >= MIN_FILL * width


def _flush(current: list[str], start: int, lines: list[str]) -> Iterator[Chunk]:
    if not current:
        return
    indent = _indent(lines[start])
    marker = _MARKER.match(current[0])
    mark = marker.group(0).strip() if marker else ""
    gap = _BYLINE_GAP.match(current[0])
    if gap:
        # "By NAME     CITY (AP) --": a wide gap separates a byline from the story.
        yield Chunk(_SPACE.sub(" ", gap.group("byline")).strip(), start, indent)
        current = [current[0][gap.end() :], *current[1:]]
    text = _SPACE.sub(" ", " ".join(current)).strip()
    if text:
        yield Chunk(text, start, indent, mark)
