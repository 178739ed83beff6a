"""newsparse: saved news pages (HTML or plain text) into clean, typed records.

>>> import newsparse
>>> article = newsparse.parse(open("page.html", "rb").read())
>>> article.headline, article.dateline, article.credit
"""

from __future__ import annotations

from .api import parse, parse_html, parse_text
from .batch import Result, Source, parse_many
from .errors import (
    EmptyPageError,
    NewsparseError,
    NotAPageError,
    PageTooLargeError,
    TimeBudgetError,
    UndecodableError,
    UnsupportedInputError,
)
from .model import Article, Credit, Dateline, Update
from .settings import Settings
from .warc import iter_warc

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Credit",
    "Dateline",
    "EmptyPageError",
    "NewsparseError",
    "NotAPageError",
    "PageTooLargeError",
    "Result",
    "Settings",
    "Source",
    "TimeBudgetError",
    "UndecodableError",
    "UnsupportedInputError",
    "Update",
    "iter_warc",
    "parse",
    "parse_html",
    "parse_many",
    "parse_text",
]
