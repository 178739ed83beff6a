"""newsparse: saved news pages (HTML or plain text) into clean, typed records.

>>> import newsparse
>>> article = newsparse.parse(open("page.html", "rb").read())
>>> article.headline, article.dateline, article.credit
"""

from __future__ import annotations

from .api import parse, parse_html, parse_text
from .errors import (
    EmptyPageError,
    NewsparseError,
    NotAPageError,
    PageTooLargeError,
    UndecodableError,
    UnsupportedInputError,
)
from .model import Article, Credit, Dateline, Update
from .settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Credit",
    "Dateline",
    "EmptyPageError",
    "NewsparseError",
    "NotAPageError",
    "PageTooLargeError",
    "Settings",
    "UndecodableError",
    "UnsupportedInputError",
    "Update",
    "parse",
    "parse_html",
    "parse_text",
]
