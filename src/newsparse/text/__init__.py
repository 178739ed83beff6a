"""The text front door: a plain-text page becomes chrome-free blocks.

Lines are cleaned (syndication lines, chrome from the shared table, footers that end the
story), grouped into paragraphs, and handed on as blocks: the same shape the HTML door
produces, so the same field extractors run on both. A whole page's text (menus, related
stories and footers around the story) goes through ``story`` instead, which finds the
story's run of paragraphs, its headline, and the byline and date near it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import chrome
from ..blocks import Block
from ..deadline import NO_DEADLINE, Deadline
from ..fields import byline
from ..metadata import EMPTY, Metadata
from ..page import Page
from ..settings import Settings
from . import anchor, story, timestamps
from .paragraphs import chunks, paragraphs
from .units import MARKDOWN_LINK

# "Written by\n   NAME for\n\n   Reuters ->": a syndication credit laid over several lines.
_SYNDICATION = re.compile(
    r"Written by\s{1,200}(?P<author>[^\n]{1,80}?)\s{1,10}for\s{1,300}(?P<outlet>[^\n]{1,60}?)\s{0,10}->"
)
# Text and URL exclude brackets and parentheses, so a failed attempt stops at the next "["
# or "(" instead of rescanning up to 2,000 characters from every "[".
MAX_BOX_ITEM = 160
# "Basketball-Euroleague : Nach Massenschlägerei", "Entwurf des Selbstbestimmungsgesetzes :
# Ein bisschen Fortschritt": a kicker of up to six words rendered as its own span (some
# renderers set the colon against the headline: "Angebliche Dekolonisierung :Warum").
# French sets a space before a colon on purpose ("Retraites : le gouvernement"); there the
# next word is in lower case, and the space stays.
_KICKER = re.compile(r"^(?P<kicker>[^\s:]{2,40}(?: [^\s:]{1,40}){0,5}) : ?(?=[A-ZÄÖÜ])")
# Closing hashes ("## Title ##") are stripped in code: "\s*#*$" after a lazy ".+?" is quadratic.
_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.+)$")


def read_text(text: str, settings: Settings, deadline: Deadline = NO_DEADLINE) -> Page:
    text, metadata = _syndication(text.replace("\r\n", "\n").replace("\r", "\n"))
    bounded = _bounded_lines(text, settings)
    if story.may_be_whole_page(bounded):
        found = story.units(list(chunks(bounded)))
        deadline.check("reading the page's units")
        if story.is_whole_page(found):
            return _whole_page(found, metadata, settings)
    lines, removed = _strip_chrome(bounded)
    deadline.check("removing chrome")
    bare = anchor.headed(_blocks(lines, settings))
    metadata = _headed_metadata(bare, metadata)
    return Page("text", tuple(bare.blocks), metadata, (*bare.promo, *removed))


def _bounded_lines(text: str, settings: Settings) -> list[str]:
    lines = text.expandtabs(4).split("\n")
    return [line[: settings.max_line_chars] for line in lines]


def _syndication(text: str) -> tuple[str, Metadata]:
    match = _SYNDICATION.search(text[:5000])
    if not match:
        return text, EMPTY
    author = match.group("author").strip()
    kept = text[: match.start()] + "\n\n" + text[match.end() :]
    if author.lower().rstrip(".").endswith(".com") or not author:
        return kept, EMPTY
    # "Jane Doe and John Roe for Reuters": the byline grammar splits the names.
    authors = byline.find("By " + author) or (author,)
    return kept, Metadata(authors=authors, sources={"authors": "syndication-line"})


def _strip_chrome(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    removed: list[str] = []
    begun = box = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            box = box and not (removed and removed[-1] != lines[index - 1].strip())
            kept.append("")
            continue
        footer = chrome.is_footer(stripped)
        if footer and begun:
            removed.extend(x.strip() for x in lines[index:] if x.strip())
            break
        # "Related stories:" heads a list of headlines that are not the story's text.
        box = _box_header(stripped) or (box and _box_item(stripped))
        if footer or box or chrome.is_drop(stripped):
            removed.append(stripped)
            kept.append("")
            continue
        kept.append(line)
        begun = True
    return kept, removed


def _box_header(line: str) -> bool:
    """A short box header ("Related stories:"), never a wrapped line of story text."""
    return (line.endswith(":") or len(line.split()) <= 4) and chrome.is_break(line)


def _box_item(line: str) -> bool:
    """A headline in a related-stories list: short, and not a sentence or a credit."""
    return len(line) <= MAX_BOX_ITEM and line[-1:] not in ".!?)\"'”’" and not line.startswith("(")


def _blocks(lines: list[str], settings: Settings) -> list[Block]:
    blocks: list[Block] = []
    for text in paragraphs(lines):
        if len(blocks) >= settings.max_blocks:
            break
        blocks.append(_block(MARKDOWN_LINK.sub(r"\g<text>", text), len(blocks)))
    return blocks


def _block(text: str, position: int) -> Block:
    heading = _HEADING.match(text)
    if heading:
        title = heading.group("text").rstrip("#").rstrip() or heading.group("text")
        return Block(title, "h", len(heading.group("marks")), 0.0, position)
    return Block(text, "text", 0, 0.0, position)


def _whole_page(found: list[story.Unit], metadata: Metadata, settings: Settings) -> Page:
    """Blocks of the story found in a whole page: its headline first, marked as the h1."""
    told = story.find(found)
    blocks: list[Block] = []
    if told.headline is not None:
        blocks.append(Block(_KICKER.sub(r"\g<kicker>: ", told.headline.text), "h1", 1, 0.0, 0))
    for unit in told.body[: settings.max_blocks]:
        level = min(max(unit.heading, 2), 6) if unit.heading else 0
        blocks.append(Block(unit.text, f"h{level}" if level else "text", level, unit.links, len(blocks)))
    kept = {id(u) for u in told.body} | {id(told.headline)}
    removed = tuple(u.text for u in found if id(u) not in kept)
    return Page("text", tuple(blocks), _told_metadata(told, metadata), removed)


def _headed_metadata(found: anchor.Headed, metadata: Metadata) -> Metadata:
    """The names of a byline without "By" and the date under a bare page's headline, which
    the field readers do not take, unless the page said so elsewhere."""
    return _shown_metadata(metadata, found.authors, found.stamp)


def _told_metadata(told: story.Story, metadata: Metadata) -> Metadata:
    """The byline and date shown near the headline, unless the page said so elsewhere."""
    return _shown_metadata(metadata, told.authors, told.published)


def _shown_metadata(metadata: Metadata, authors: tuple[str, ...], stamp: str | None) -> Metadata:
    """Authors and a published date the page shows, where its metadata has none."""
    sources = dict(metadata.sources)
    shown = authors if authors and not metadata.authors else metadata.authors
    if shown is not metadata.authors:
        sources["authors"] = "byline"
    when = timestamps.published(stamp) if stamp and metadata.published is None else None
    if when is not None:
        sources["published"] = "date-line"
    if shown is metadata.authors and when is None:
        return metadata
    return replace(metadata, authors=shown, published=when or metadata.published, sources=sources)
