"""Blocks' findings plus metadata candidates become one Article.

The story is read top-down: headline, then a short header zone (a date line, a byline,
an editor's note) that ends at the dateline, then the body, then a credit at the end.
Metadata candidates from the page (JSON-LD, meta tags) confirm or fill what the blocks
leave open; each filled field records its source.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from . import chrome
from .blocks import Block
from .fields import agencies, byline, credit, dateline, dates, headline
from .model import NO_UPDATE, Article, Credit, Dateline, Update
from .page import Page
from .settings import Settings

HEADER_ZONE = dateline.HEADER_ZONE
CREDIT_ZONE = 3  # blocks from the end in which a credit may stand
MAX_HEADLINE = 300
# A bare short link under the headline is the story's share link ("https://p.dw.com/p/4boRv");
# a quoted source the story cites is longer or closes its quotation ('.../on-gardasil/)"').
_LINK_LINE = re.compile(r"(?:https?://|www\.)[^\s]{3,40}[\w/]")


@dataclass
class _Story:
    """Working state while one page's blocks are read; becomes an ``Article``."""

    headline: str | None = None
    update: Update = NO_UPDATE
    slug: str | None = None
    dateline: Dateline | None = None
    credit: Credit | None = None
    body: list[Block] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    header_date: _dt.date | None = None
    warnings: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)


def assemble(page: Page, settings: Settings) -> Article:
    story = _Story()
    rest = _read_headline(page, story)
    source = _stated_source(story, rest)
    reference = _reference(page, settings, rest)
    rest = _read_header(rest, story, reference, page.metadata.authors, source)
    _stated_dateline(page, story, reference)
    story.body = _read_credit(rest, story)
    return _article(page, settings, story)


def _reference(page: Page, settings: Settings, rest: list[Block]) -> _dt.date | None:
    """The date a year-less dateline is read against: the caller's, else the page's own."""
    if settings.reference_date is not None:
        return settings.reference_date
    if page.metadata.published is not None:
        return dates.day_of(page.metadata.published)
    for block in rest[:HEADER_ZONE]:
        found = dates.standalone_date(block.text)
        if found:
            return found
    return None


def _read_headline(page: Page, story: _Story) -> list[Block]:
    """The headline block (a level-1 heading, or a text page's first headline-like line).

    An HTML page whose blocks hold no ``<h1>`` takes its headline from the metadata and
    keeps every block as story text.
    """
    blocks = list(page.blocks)
    index = _headline_index(blocks, page.kind)
    stated = blocks[index].text if index is not None else page.metadata.headline
    if stated:
        text, story.update, story.slug = headline.split(stated)
        story.headline = text or None
        story.sources["headline"] = blocks[index].tag if index is not None else _meta_source(page, "headline")
    return blocks if index is None else blocks[index + 1 :]


def _stated_source(story: _Story, rest: list[Block]) -> str | None:
    """A headline's trailing ``(IGN)`` that the lead repeats (``IGN - The game ...``).

    Syndication feeds name the story's source both ways; the suffix then leaves the headline
    and the lead is read as an agency-only dateline.
    """
    match = agencies.SOURCE_SUFFIX.search(story.headline) if story.headline and rest else None
    source = match.group("source").strip() if match else ""
    if match is None or agencies.lead_in(rest[0].text.lstrip(), source) is None:
        return None
    story.headline = (story.headline or "")[: match.start()].strip() or None
    return source


def _meta_source(page: Page, name: str) -> str:
    return page.metadata.sources.get(name, "metadata")


def _headline_index(blocks: list[Block], kind: str) -> int | None:
    for i, block in enumerate(blocks[:8]):
        if block.heading == 1:
            return i
    if kind == "html":
        return None
    for i, block in enumerate(blocks[:3]):
        if _headline_like(block.text):
            return i
    return None


def _headline_like(text: str) -> bool:
    if len(text) > MAX_HEADLINE or sum(c.isalpha() for c in text) < 3 or dates.standalone_date(text):
        return False
    # "ARGENTINA COULD SUSPEND DEBT PAYMENTS - DEPUTY" reads as a bare place dateline;
    # only a dateline that names a date or an agency disqualifies a headline.
    found = dateline.find(text, None)
    return found is None or not (found.dateline.agency or _dated(found))


def _dated(found: dateline.Found) -> bool:
    return found.year_given or any(ch.isdigit() for ch in found.dateline.raw)


def _read_header(
    blocks: list[Block],
    story: _Story,
    reference: _dt.date | None,
    authors: tuple[str, ...],
    source: str | None,
) -> list[Block]:
    """Find the dateline in the header zone; what stands before it is not story text.

    Without a dateline, the zone's date and byline lines go, wherever they stand in it:
    many templates set them under the standfirst, which stays.
    """
    for i, block in enumerate(blocks[:HEADER_ZONE]):
        # A subheading is no story paragraph: "KRÄHENJAGD – So wird gelockt" is a kicker.
        if block.heading or dates.standalone_date(block.text) is not None:
            continue
        found = dateline.find(block.text, reference, source)
        if found is not None:
            _take_header(blocks[:i], story)
            _take_dateline(found, story)
            remainder = block.text[found.end :].strip()
            first = [Block(remainder, block.tag, block.heading, block.link_density, block.position)]
            return (first if remainder else []) + blocks[i + 1 :]
    zone = blocks[:HEADER_ZONE]
    furniture = [b for b in zone if _furniture(b.text, authors)]
    _take_header(furniture, story)
    return [b for b in zone if b not in furniture] + blocks[HEADER_ZONE:]


def _furniture(text: str, authors: tuple[str, ...]) -> bool:
    """A date line, a byline or a share link rather than story text."""
    if dates.standalone_date(text) is not None or _LINK_LINE.fullmatch(text):
        return True
    return bool(byline.find(text)) or byline.is_stamp(text, authors) or byline.is_affiliation(text)


def _take_header(blocks: list[Block], story: _Story) -> None:
    for block in blocks:
        names = byline.find(block.text)
        if names and not story.authors:
            story.authors = names
            story.sources["authors"] = "byline"
        when = dates.standalone_date(block.text)
        if when and story.header_date is None:
            story.header_date = when


def _take_dateline(found: dateline.Found, story: _Story) -> None:
    story.dateline = found.dateline
    story.sources["dateline"] = "dateline"
    warning = dateline.weekday_mismatch(found.dateline)
    if warning:
        story.warnings.append(warning)
    if found.byline and not story.authors:
        story.authors = byline.find("By " + found.byline)
        story.sources["authors"] = "byline"


def _stated_dateline(page: Page, story: _Story, reference: _dt.date | None) -> None:
    """The dateline the page's metadata states (JSON-LD ``dateline``) when the story shows none.

    One the story shows wins: it is what readers see, with its agency and dash.
    """
    stated = page.metadata.dateline
    found = dateline.stated(stated, reference) if stated and story.dateline is None else None
    if found is not None:
        story.dateline = found
        story.sources["dateline"] = _meta_source(page, "dateline")


def _read_credit(blocks: list[Block], story: _Story) -> list[Block]:
    zone = _credit_zone(blocks)
    for i in zone:
        found = credit.find(blocks[i].text)
        if found is not None:
            story.credit = found
            story.sources["credit"] = "credit-line"
            return blocks[:i]
    tail = credit.sign_off_tail(blocks[zone[0]].text) if zone else None
    if tail is None:
        return blocks
    story.credit = tail[1]
    story.sources["credit"] = "sign-off"
    last = blocks[zone[0]]
    return [*blocks[: zone[0]], Block(tail[0], last.tag, last.heading, last.link_density, last.position)]


def _credit_zone(blocks: list[Block]) -> list[int]:
    """The indexes of the last ``CREDIT_ZONE`` story blocks, last first.

    Chrome after the credit (a contact line, a syndicator's disclaimer, "To add symbols:")
    leaves the story anyway and does not push the credit out of reach.
    """
    zone: list[int] = []
    for i in range(len(blocks) - 1, -1, -1):
        if len(zone) == CREDIT_ZONE:
            break
        if _story_text(blocks[i].text):
            zone.append(i)
    return zone


def _story_text(text: str) -> bool:
    """Not chrome, and not a rule such as ``___`` or ``* * *`` that marks a section break."""
    return any(c.isalnum() for c in text) and not chrome.is_chrome(text)


def _article(page: Page, settings: Settings, story: _Story) -> Article:
    meta = page.metadata
    sources = {**story.sources, **{k: v for k, v in meta.sources.items() if k not in story.sources}}
    published = meta.published or story.header_date
    if published is not None and "published" not in sources:
        sources["published"] = "date-line"
    return Article(
        headline=story.headline,
        update=story.update,
        slug=story.slug,
        dateline=story.dateline,
        paragraphs=tuple(b.text for b in story.body if _story_text(b.text)),
        credit=story.credit,
        title=meta.title or story.headline,
        authors=meta.authors or story.authors,
        published=published,
        modified=meta.modified,
        language=meta.language,
        site_name=meta.site_name,
        url=meta.url or settings.url,
        description=meta.description,
        kind=page.kind,
        chrome_removed=page.chrome,
        warnings=tuple(story.warnings),
        sources=sources,
    )
