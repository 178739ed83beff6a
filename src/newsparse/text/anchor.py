"""A dateline anchors where the story starts.

Wire copy opens its first paragraph with a dateline (``SAN FRANCISCO (AP) —``). Where such
a line stands among the first units of what reads as the story, whatever short furniture
is set before it (photo captions and credits, share lines, timestamps) is not story text;
and on a bare page, the line over its byline and timestamp is the headline, not a site's
promo set above them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..blocks import Block
from ..fields import byline, dateline
from .header import header_evidence
from .paragraphs import Chunk
from .units import CREDIT, DIGIT, Unit, gallery, is_credit, prose, title_like, units

ANCHOR_REACH = 8  # units from the story's start in which its dateline may stand
MIN_LEAD_WORDS = 8  # the lead after a dateline is a sentence of this many words at least
CAPTION_TAIL = 120  # a caption's credit stands in its last characters
# "... (Elias Funez/The Union via AP)", "(AP Photo/Jane Doe)": a caption closed by its credit.
_CAPTION_CREDIT = re.compile(r"\((?:[^()]{0,80}/[^()]{0,80}|[^()]{0,80}\bvia\s[^()]{1,40})\)$")
_WORD = re.compile(r"[^\W\d_]+")
MAX_SIGNATURE_WORDS = 16
_JOINS = frozenset(["and", "und", "et", "y", "e", "&", "de", "von", "van", "der", "for"])
_NAME_JOIN = re.compile(r",\s|\s(?:and|und|et|&)\s")
_INITIAL = re.compile(r"[A-Z]\.")


def _lead(text: str) -> dateline.Found | None:
    """The dateline a paragraph opens with, when a sentence of story follows it."""
    found = dateline.find(text, None)  # most paragraphs: no dash near the start, a quick None
    if found is None or not found.dateline.city:
        return None
    return found if len(_WORD.findall(text[found.end : found.end + 200])) >= MIN_LEAD_WORDS else None


def strong(text: str) -> bool:
    """A dateline naming an agency or a date: ``SAN FRANCISCO (AP) —``, ``PARIS, 3 mars -``."""
    found = _lead(text)
    if found is None:
        return False
    return bool(found.dateline.agency or found.year_given or any(c.isdigit() for c in found.dateline.raw))


def furniture(unit: Unit, stops_apply: bool) -> bool:
    """A line set before a story's lead that is not part of it: a caption, a credit, a
    share line, a byline or timestamp (prose-shaped captions end on their photo credit)."""
    if gallery(unit) or is_credit(unit) or unit.stamp or header_evidence(unit):
        return True
    if _CAPTION_CREDIT.search(unit.text[-CAPTION_TAIL:]) or CREDIT.search(unit.text[-CAPTION_TAIL:]):
        return True
    return not prose(unit, stops_apply)


def anchored(body: Sequence[Unit], stops_apply: bool) -> list[Unit]:
    """The story's units from its dateline on, when only furniture stands before it."""
    for i, unit in enumerate(body[:ANCHOR_REACH]):
        if i and strong(unit.text):
            before = body[:i]
            if all(furniture(u, stops_apply) for u in before):
                return list(body[i:])
            return [u for u in before if not furniture(u, stops_apply)] + list(body[i:])
    return list(body)


@dataclass(frozen=True, slots=True)
class Headed:
    """A bare page's blocks with its headline first, the promo above the headline, and
    what the header under it says: the authors of a byline without "By" and the date."""

    blocks: list[Block]
    promo: list[str] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    stamp: str | None = None


def headed(blocks: Sequence[Block]) -> Headed:
    """A bare page whose dateline stands past the field reader's reach of its first
    headline-like line: the line over the dateline's byline and timestamp is the headline
    (set as the level-1 heading), and what stands above it is a site's promo."""
    found = units([Chunk(b.text, i, 0) for i, b in enumerate(blocks[: ANCHOR_REACH + 1])])
    for i in range(dateline.HEADER_ZONE + 1, len(found)):
        if blocks[i].heading or _lead(found[i].text) is None:
            continue
        if not (strong(found[i].text) or header_evidence(found[i - 1])):
            return Headed(list(blocks))
        head = i - 1
        while head > 0 and (header_evidence(found[head]) or _signature(found[head])):
            head -= 1
        if not _headline_over(found, head, i):
            return Headed(list(blocks))
        title = blocks[head]
        kept = [Block(title.text, "h1", 1, title.link_density, 0)]
        kept += [
            Block(b.text, b.tag, b.heading, b.link_density, k) for k, b in enumerate(blocks[head + 1 :], 1)
        ]
        authors, stamp = _header(found[head + 1 : i])
        return Headed(kept, [b.text for b in blocks[:head]], authors, stamp)
    return Headed(list(blocks))


def _header(lines: Sequence[Unit]) -> tuple[tuple[str, ...], str | None]:
    """The names of a byline without "By" and the first timestamp under the headline."""
    authors: tuple[str, ...] = ()
    stamp = None
    for unit in lines:
        if unit.stamp and stamp is None:
            stamp = unit.text
        elif not authors and _signature(unit) and not byline.find(unit.text):
            authors = signature_names(unit.text)
    return authors, stamp


def signature_names(text: str) -> tuple[str, ...]:
    """``Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader``: the names a byline
    without "By" lists, the outlet after the last one left out. A name is two words, or
    three with an initial or a particle in the middle ("Trevor J. Mitchell", "Jan van Dijk")."""
    parts = [p for p in _NAME_JOIN.split(text) if p]
    last = parts[-1].split()
    if len(last) < 2 or any(len(p.split()) not in (2, 3) for p in parts[:-1]):
        return ()
    middle = len(last) >= 3 and (_INITIAL.fullmatch(last[1]) is not None or last[1].lower() in _JOINS)
    names = [*parts[:-1], " ".join(last[: 3 if middle else 2])]
    return byline.find("By " + " and ".join(names))


def _headline_over(found: Sequence[Unit], head: int, lead: int) -> bool:
    """The line over a dateline's byline and timestamp reads as a headline (a question
    or exclamation may end it, a full stop not), and only short promo lines stand above."""
    unit = found[head]
    if head == 0 or head == lead - 1 or not title_like(unit) or unit.text.endswith("."):
        return False
    return not any(prose(u, False) for u in found[:head])


def _signature(unit: Unit) -> bool:
    """``Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader``: a byline without
    ``By``, every word capitalised but the joins between names."""
    if unit.sentence or DIGIT.search(unit.text) or not 2 <= unit.words <= MAX_SIGNATURE_WORDS:
        return False
    words = unit.text.replace(",", " ").split()
    return all(w[:1].isupper() or w.lower() in _JOINS for w in words) and words[0][:1].isupper()
