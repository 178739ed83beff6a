"""One walk over the tree: text units in reading order plus the block elements that hold them.

A *unit* is a run of text between two block boundaries (a paragraph, a heading, a list item,
text loose in a ``div``); inline tags join, ``<br><br>`` splits. A *record* is a block
element; its units are the contiguous range ``start:end`` of the unit list, so scores can
be summed later without touching the tree again. Hard chrome (scripts, styles) is skipped;
small soft chrome (menus, share bars) is skipped too but leaves one textless unit of its
length, so it still counts against any stretch that spans it; larger soft chrome is walked
and its units carry the records that flagged them, so the caller can still keep a
wrapper that turns out to hold the story. The tree is never modified.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from . import clean_rules as rules
from .clean import HARD, NONE, STRONG, Verdicts, chrome_kind

# Furniture holding less than this share of the page's text is skipped unread (counting
# its length in libxml2 is far cheaper than walking a mega-menu in Python); larger
# furniture is walked, as it may be a wrapper of the story with an unlucky name.
SKIP_SHARE = 0.02
# The walk recurses (two frames a level at most): below this depth an element's text is read
# flat instead, so a page nested to libxml2's limit (2,048 with huge_tree) cannot exhaust
# Python's stack.
MAX_DEPTH = 300


def _raw_text(el: Any) -> str:
    # libxml2 gathers a subtree's text in one call; indentation is left in (cheaper), so
    # sizes compared with it are compared with the page's raw text too.
    return str(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def _headline_holders(root: Any) -> set[Any]:
    """Every element that holds an ``<h1>`` below it (a page-level header often holds the
    story's headline: such furniture is walked). Pages have few ``<h1>``: one pass up from
    each is cheaper than a search down from every piece of furniture. lxml keeps one proxy
    per node while it lives, so the set's members are the very elements the walk meets."""
    holders: set[Any] = set()
    for h1 in root.iter("h1"):
        for above in h1.iterancestors():
            if above in holders:
                break  # the rest of the way up is in already
            holders.add(above)
    return holders


def _page_size(root: Any) -> int:
    """Raw characters of readable text on the page: everything less scripts and styles."""
    code = sum(len(el.text or "") for el in root.iter("script", "style", "noscript", "template"))
    return max(0, len(_raw_text(root)) - code)


@dataclass(slots=True)
class Unit:
    text: str
    tag: str
    link_chars: int
    owner: int
    chrome: tuple[int, ...]
    item: int  # the list item (record id) holding it when it is not the item's own text, else -1
    skipped: int = 0  # for a furniture subtree left unread: its text length, and text is ""
    unread: str = ""  # ...and the text it held, folded (a standfirst may hide in a "teaser" box)
    link_count: int = 0  # links opened in it (a list of names each linked, or one linked title)


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


class _Walker:
    """Recursive descent; libxml2 caps HTML nesting at 256 levels, well inside Python's limit."""

    def __init__(self, max_units: int) -> None:
        self.out = Segments()
        self.max_units = max_units  # text units still allowed
        self.buffer: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.link_count = 0
        self.story = 0
        self.item = -1
        self.br_run = 0
        self.owner = -1
        self.chrome: tuple[int, ...] = ()
        self.memo = Verdicts()
        self.page_size = 0
        self.headline_holders: set[Any] = set()
        self.depth = 0

    def add(self, text: str | None) -> None:
        if not text:
            return
        if text.isspace():
            # Indentation between tags: it only matters between two words of one unit.
            if self.buffer:
                self.buffer.append(" ")
            return
        self.buffer.append(text)
        self.br_run = 0
        if self.links:
            self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.buffer:
            self.link_count = 0  # an empty link (an icon) before a block counts for no unit
            return
        text = " ".join("".join(self.buffer).split())
        if not text.isascii():
            # One spelling per character, whatever the page used (composed or not).
            text = unicodedata.normalize("NFC", text)
        self.buffer = []
        links, self.link_chars = self.link_chars, 0
        count, self.link_count = self.link_count, 0
        if not text or self.max_units <= 0:
            return
        self.max_units -= 1  # only text counts: unread furniture must not crowd out the story
        owner = self.owner
        tag = self.out.records[owner].tag if owner >= 0 else "div"
        unit_tag = rules.UNIT_TAGS.get(tag, "div")
        item = self.item if self.item != owner else -1
        self.out.units.append(Unit(text, unit_tag, links, owner, self.chrome, item, link_count=count))

    def children(self, el: Any) -> None:
        # No try/finally around the depth count: an exception abandons the whole walk.
        if self.depth >= MAX_DEPTH:
            self.add(" ".join(filter(None, map(_flat, el))))
            return
        self.depth += 1
        self._children(el)
        self.depth -= 1

    def _children(self, el: Any) -> None:
        # The hot loop of the whole door: method look-ups are hoisted, inline elements are
        # read here (a helper would add a frame per level, and frames count against the
        # recursion limit: see MAX_DEPTH), and empty text never costs a call to add().
        add, block, blocks, hard, memo = self.add, self.block, rules.BLOCK_TAGS, rules.HARD_TAGS, self.memo
        for child in el:
            tag = child.tag
            if type(tag) is not str:
                pass
            elif tag in blocks:
                block(child, tag)
            elif tag == "br":
                self.br()
            else:
                # Link text counts towards link density; a named anchor without href
                # (<a name="part2">) marks a jump target, not a link.
                link = tag == "a" and (child.get("name") is None or child.get("href") is not None)
                if link or (tag not in hard and chrome_kind(child, tag, False, False, memo) < STRONG):
                    self.links += link
                    self.link_count += link
                    text = child.text
                    if text:
                        add(text)
                    if len(child):
                        self.children(child)
                    self.links -= link
            tail = child.tail
            if tail:
                add(tail)

    def skip(self, tag: str, grade: int, text: str) -> None:
        """Stand in for unread furniture with one textless unit of its length, so it still
        counts against any stretch of the page that spans it."""
        if not text:
            return
        if self.buffer:
            self.flush()
        units, records = self.out.units, self.out.records
        rid = len(records)
        records.append(Record(tag, self.owner, len(units), len(units) + 1, grade))
        units.append(Unit("", "div", 0, rid, (*self.chrome, rid), -1, len(text), text))

    def br(self) -> None:
        self.br_run += 1
        if self.br_run >= 2:
            self.flush()
        else:
            self.buffer.append(" ")

    def block(self, el: Any, tag: str) -> None:
        grade = chrome_kind(el, tag, True, self.story > 0, self.memo)
        if grade == HARD:
            return
        if grade and el not in self.headline_holders:
            # The set test first: it spares reading the text of the headline's wrappers,
            # which are walked whatever their size.
            raw = _raw_text(el)
            if len(raw) < self.page_size * SKIP_SHARE:
                self.skip(tag, grade, " ".join(raw.split()))
                return
        if self.buffer:
            self.flush()
        records = self.out.records
        parent, rid = self.owner, len(records)
        record = Record(tag, parent, len(self.out.units), grade=grade)
        records.append(record)
        saved_chrome = self.chrome
        story, item = tag in rules.STORY_TAGS, self.item
        self.owner, self.story = rid, self.story + story
        if tag == "li":
            self.item = rid
        if grade > NONE:
            self.chrome = (*saved_chrome, rid)
        self.br_run = 0
        text = el.text
        if text:
            self.add(text)
        if len(el):
            self.children(el)
        if self.buffer:
            self.flush()
        record.end = len(self.out.units)
        self.owner, self.story, self.item, self.chrome = parent, self.story - story, item, saved_chrome
        self.br_run = 0


def _flat(el: Any) -> str:
    """An element's text and tail, read without recursion (lxml's itertext is iterative)."""
    return " ".join("".join(el.itertext()).split() + (el.tail or "").split())


def walk_units(root: Any, max_units: int = 20_000) -> Segments:
    """Walk ``root`` once and return its units and block records."""
    walker = _Walker(max_units)
    walker.page_size = _page_size(root)
    walker.headline_holders = _headline_holders(root)
    tag = root.tag
    if type(tag) is str:
        walker.block(root, tag.lower())
    walker.flush()
    return walker.out
