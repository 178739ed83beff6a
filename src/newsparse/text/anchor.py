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
# "Detroit News wire services", "From staff and wire reports": a desk's byline.
_DESK_WORDS = frozenset(["staff", "wire", "services", "reports", "from"])
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
        dated = _lead(found[i].text) is not None
        # A lead the dateline grammar does not read ("Dekalb, Ill. — ...") still opens the
        # story when it stands right under the header's byline, timestamp or photo credit.
        if blocks[i].heading or not (dated or (prose(found[i], False) and header_evidence(found[i - 1]))):
            continue
        if not (strong(found[i].text) or header_evidence(found[i - 1])):
            return Headed(list(blocks))
        head = i - 1
        while head > 0 and (
            header_evidence(found[head]) or _signature(found[head]) or _caption_under(found, head)
        ):
            head -= 1
        # Without a dateline, a byline (with "By" or without) under the headline is the
        # evidence that this is a story's header, not a table's rows ("Pay March 31").
        signed = dated or any(_signature(u) or byline.find(u.text) for u in found[head + 1 : i])
        if not (signed and _headline_over(found, head, i)):
            return Headed(list(blocks))
        return _headed(blocks, found[head + 1 : i], head, dated)
    return Headed(list(blocks))


def _headed(blocks: Sequence[Block], header: Sequence[Unit], head: int, dated: bool) -> Headed:
    """The headline first, then the story. The field readers take a header that ends on a
    dateline; without one, its lines (byline, timestamp, caption) are read here and go."""
    authors, stamp = _header(header)
    rest = list(blocks[head + 1 :] if dated else blocks[head + 1 + len(header) :])
    if stamp is not None and rest and rest[-1].text == stamp:
        rest.pop()  # the timestamp repeated under the story
    title = blocks[head]
    kept = [Block(title.text, "h1", 1, title.link_density, 0)]
    kept += [Block(b.text, b.tag, b.heading, b.link_density, k) for k, b in enumerate(rest, 1)]
    promo = [b.text for b in blocks[:head]] + ([] if dated else [u.text for u in header])
    return Headed(kept, promo, authors, stamp)


def _header(lines: Sequence[Unit]) -> tuple[tuple[str, ...], str | None]:
    """The names of a byline (with "By" or without) and the first timestamp under the
    headline; a desk's line ("Detroit News wire services") names no one."""
    signs = [u for u in lines if not u.stamp and _signature(u)]
    stamp = next((u.text for u in lines if u.stamp), None)
    if not signs:
        return (), stamp
    # The first such line is the byline; a later one credits the photo ("Al Goldis, AP").
    text = signs[0].text
    if byline.find(text):
        return byline.find(text), stamp
    desk = not {w.lower() for w in text.split()}.isdisjoint(_DESK_WORDS)
    return (() if desk else signature_names(text)), stamp


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


def _caption_under(found: Sequence[Unit], index: int) -> bool:
    """``Eastern Michigan quarterback Mike Glass III`` between the timestamp and the photo's
    credit: a caption set into the header, under a byline or timestamp."""
    unit = found[index]
    if index == 0 or unit.words > MAX_SIGNATURE_WORDS or prose(unit, False):
        return False
    return header_evidence(found[index - 1]) and (
        index + 1 >= len(found) or not prose(found[index + 1], False)
    )


def _signature(unit: Unit) -> bool:
    """``Lisa Kaczke and Trevor J. Mitchell Sioux Falls Argus Leader``: a byline without
    ``By``, every word capitalised but the joins between names."""
    if unit.sentence or DIGIT.search(unit.text) or not 2 <= unit.words <= MAX_SIGNATURE_WORDS:
        return False
    words = unit.text.replace(",", " ").split()
    if not all(w[:1].isupper() or w.lower() in _JOINS or w.lower() in _DESK_WORDS for w in words):
        return False
    return words[0][:1].isupper()
