"""The only exceptions that escape from ``newsparse.parse*``.

Each message says what was found and what the caller can do about it.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class: the input could not be read as a news page at all."""


class EmptyPageError(NewsparseError):
    """The input is empty or holds only whitespace."""


class NotAPageError(NewsparseError):
    """The input is something other than a page: a PDF, an image, an archive, other binary."""


class UndecodableError(NewsparseError):
    """The bytes could not be decoded to text in any plausible encoding."""


class PageTooLargeError(NewsparseError):
    """The input is larger than ``Settings.max_bytes``."""


class UnsupportedInputError(NewsparseError, TypeError):
    """The input is of a type newsparse does not accept (for example an int)."""
