"""The text front door: a plain-text page becomes chrome-free blocks."""

from __future__ import annotations

from ..page import Page
from ..settings import Settings


def read_text(text: str, settings: Settings) -> Page:
    raise NotImplementedError
