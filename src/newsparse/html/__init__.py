"""The HTML front door: an lxml tree becomes metadata candidates and story blocks."""

from __future__ import annotations

from ..deadline import NO_DEADLINE, Deadline
from ..load import Loaded
from ..page import Page
from ..settings import Settings
from .content import extract_story
from .meta import extract_metadata
from .tree import parse_tree


def read_html(loaded: Loaded, settings: Settings, deadline: Deadline = NO_DEADLINE) -> Page:
    """Parse the page safely, read its metadata, and keep the story's own text blocks."""
    root = parse_tree(loaded)
    if root is None:
        return Page(kind="html", blocks=())
    deadline.check("parsing the markup")
    # Metadata first: it reads the scripts and <head> that the story walk ignores, and its
    # headline tells the story's <h1> from a logo's or a caption's.
    metadata = extract_metadata(
        root,
        settings.url,
        reference=settings.reference_date,
        use_dateparser=settings.use_dateparser,
        languages=settings.languages,
    )
    deadline.check("the metadata")
    blocks = extract_story(
        root,
        settings.max_blocks,
        metadata.headline or metadata.title,
        metadata.description,
        metadata.authors,
    )
    return Page(kind="html", blocks=tuple(blocks), metadata=metadata)
