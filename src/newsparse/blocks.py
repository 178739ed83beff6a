"""The shape both front doors produce: an ordered list of text blocks with light hints.

The field extractors (headline, dateline, credit, body) see only blocks; they know
nothing of HTML or of line wrapping.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit of a page, in reading order.

    ``tag`` is the HTML tag the text came from (``p``, ``h1``, ``li``, ``blockquote``...)
    or ``"text"`` for a paragraph of a text page. ``heading`` is 1-6 for headings and 0
    otherwise. ``link_density`` is the share of the text inside links (0 for text pages).
    ``position`` is the block's index in the page's full block list, so extractors can
    tell how far a block is from the headline or from the top.
    """

    text: str
    tag: str = "text"
    heading: int = 0
    link_density: float = 0.0
    position: int = 0

    @property
    def is_heading(self) -> bool:
        return self.heading > 0
