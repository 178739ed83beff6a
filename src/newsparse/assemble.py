"""Blocks' findings plus metadata candidates become one Article."""

from __future__ import annotations

from .model import Article
from .page import Page
from .settings import Settings


def assemble(page: Page, settings: Settings) -> Article:
    return Article(paragraphs=tuple(b.text for b in page.blocks), kind=page.kind)
