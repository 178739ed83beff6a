"""The text front door: a plain-text page becomes chrome-free blocks.

Lines are cleaned (syndication lines, chrome from the shared table, footers that end the
story), grouped into paragraphs, and handed on as blocks: the same shape the HTML door
produces, so the same field extractors run on both.
"""

from __future__ import annotations

import re

from .. import chrome
from ..blocks import Block
from ..metadata import EMPTY, Metadata
from ..page import Page
from ..settings import Settings
from .paragraphs import paragraphs

# "Written by\n   NAME for\n\n   Reuters ->": a syndication credit laid over several lines.
_SYNDICATION = re.compile(
    r"Written by\s{1,200}(?P<author>[^\n]{1,80}?)\s{1,10}for\s{1,300}(?P<outlet>[^\n]{1,60}?)\s{0,10}->"
)
_MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<text>.+?)\s*#*$")


def read_text(text: str, settings: Settings) -> Page:
    text, metadata = _syndication(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines, removed = _strip_chrome(_bounded_lines(text, settings))
    blocks = tuple(_blocks(lines, settings))
    return Page("text", blocks, metadata, tuple(removed))


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
    return kept, Metadata(authors=(author,), sources={"authors": "syndication-line"})


def _strip_chrome(lines: list[str]) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    removed: list[str] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        if any(k.strip() for k in kept) and chrome.is_footer(stripped):
            removed.extend(x.strip() for x in lines[index:] if x.strip())
            break
        if chrome.is_chrome(stripped):
            removed.append(stripped)
            kept.append("")
            continue
        kept.append(line)
    return kept, removed


def _blocks(lines: list[str], settings: Settings) -> list[Block]:
    blocks: list[Block] = []
    for text in paragraphs(lines):
        if len(blocks) >= settings.max_blocks:
            break
        blocks.append(_block(_MARKDOWN_LINK.sub(r"\g<text>", text), len(blocks)))
    return blocks


def _block(text: str, position: int) -> Block:
    heading = _HEADING.match(text)
    if heading:
        return Block(heading.group("text"), "h", len(heading.group("marks")), 0.0, position)
    return Block(text, "text", 0, 0.0, position)
