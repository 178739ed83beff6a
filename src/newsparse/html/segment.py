"""One walk over the tree: text units in reading order plus the block elements that hold them.

A *unit* is a run of text between two block boundaries (a paragraph, a heading, a list item,
text loose in a ``div``); inline tags join, ``<br><br>`` splits. A *record* is a block
element; its units are the contiguous range ``start:end`` of the unit list, so scores can
be summed bottom-up later without touching the tree again. Chrome subtrees are skipped
(hard) or tagged with the records that flagged them (soft), so the caller can still keep
a soft-flagged wrapper that turns out to hold the story. The tree is never modified.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from . import clean_rules as rules
from .clean import HARD, NONE, STRONG, chrome_kind


@dataclass(slots=True)
class Unit:
    text: str
    tag: str
    link_chars: int
    owner: int
    chrome: tuple[int, ...]
    nested: bool  # inside a list item without being the item's own text: a teaser's blurb


@dataclass(slots=True)
class Record:
    tag: str
    parent: int
    start: int
    end: int = -1
    grade: int = NONE


@dataclass(slots=True)
class Segments:
    units: list[Unit] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)


@dataclass(slots=True)
class _Frame:
    record: int  # record id for block elements, -1 for inline ones
    skipped: bool
    link: bool = False
    story: bool = False
    chrome: bool = False
    item: bool = False


class _Walker:
    def __init__(self, max_units: int) -> None:
        self.out = Segments()
        self.max_units = max_units
        self.buffer: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.story = 0
        self.items = 0
        self.br_run = 0
        self.blocks: list[int] = []
        self.chrome: tuple[int, ...] = ()
        self.memo: dict[str, int] = {}

    def add(self, text: str | None) -> None:
        if not text:
            return
        self.buffer.append(text)
        if not text.isspace():
            self.br_run = 0
            if self.links:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.buffer:
            return
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        links, self.link_chars = self.link_chars, 0
        if not text or len(self.out.units) >= self.max_units:
            return
        owner = self.blocks[-1] if self.blocks else -1
        tag = self.out.records[owner].tag if owner >= 0 else "div"
        unit_tag = rules.UNIT_TAGS.get(tag, "div")
        nested = self.items > (unit_tag == "li")
        self.out.units.append(Unit(text, unit_tag, links, owner, self.chrome, nested))

    def start(self, el: Any, tag: str) -> _Frame:
        block = tag in rules.BLOCK_TAGS
        grade = chrome_kind(el, tag, block, self.story > 0, self.memo)
        if grade == HARD or (grade == STRONG and not block):
            return _Frame(-1, True)
        if tag == "br":
            self._br()
            return _Frame(-1, False)
        if not block:
            link = tag == "a"
            self.links += link
            self.add(el.text)
            return _Frame(-1, False, link=link)
        return self._open_block(el, tag, grade)

    def _br(self) -> None:
        self.br_run += 1
        if self.br_run >= 2:
            self.flush()
        else:
            self.buffer.append(" ")

    def _open_block(self, el: Any, tag: str, grade: int) -> _Frame:
        self.flush()
        records = self.out.records
        parent = self.blocks[-1] if self.blocks else -1
        rid = len(records)
        records.append(Record(tag, parent, len(self.out.units), grade=grade))
        self.blocks.append(rid)
        frame = _Frame(rid, False, story=tag in rules.STORY_TAGS, chrome=grade > NONE, item=tag == "li")
        self.story += frame.story
        self.items += frame.item
        if frame.chrome:
            self.chrome = (*self.chrome, rid)
        self.br_run = 0
        self.add(el.text)
        return frame

    def end(self, el: Any, frame: _Frame) -> None:
        if frame.record >= 0:
            self.flush()
            self.out.records[frame.record].end = len(self.out.units)
            self.blocks.pop()
            self.story -= frame.story
            self.items -= frame.item
            if frame.chrome:
                self.chrome = self.chrome[:-1]
            self.br_run = 0
        elif frame.link:
            self.links -= 1
        self.add(el.tail)


def walk_units(root: Any, max_units: int = 20_000) -> Segments:
    """Walk ``root`` once and return its units and block records."""
    walker = _Walker(max_units)
    frames: list[_Frame] = []
    events = etree.iterwalk(root, events=("start", "end"))
    for event, el in events:
        tag = el.tag
        if not isinstance(tag, str):
            # Comments and processing instructions: only their tail is text.
            if event == "end":
                walker.add(el.tail)
            continue
        if event == "start":
            frame = walker.start(el, tag.lower())
            frames.append(frame)
            if frame.skipped:
                events.skip_subtree()
        else:
            frame = frames.pop()
            if frame.skipped:
                walker.add(el.tail)
            else:
                walker.end(el, frame)
    walker.flush()
    return walker.out
