"""What a front door hands to the field extractors: blocks plus metadata candidates."""

from __future__ import annotations

from dataclasses import dataclass

from .blocks import Block
from .metadata import EMPTY, Metadata


@dataclass(frozen=True, slots=True)
class Page:
    """A page reduced to the common shape. ``kind`` is ``"html"`` or ``"text"``.

    ``blocks`` are the candidate story blocks in reading order, chrome already removed;
    ``chrome`` lists what the door removed (text pages only, for audit).
    """

    kind: str
    blocks: tuple[Block, ...]
    metadata: Metadata = EMPTY
    chrome: tuple[str, ...] = ()
