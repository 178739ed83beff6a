"""The only exceptions that escape from ``newsparse.parse*``.

Each message says what was found and what the caller can do about it. Every class also
derives from the built-in exception a generic caller would expect (``ValueError`` for bad
content, ``TypeError`` for a wrong argument, ``OSError`` for an unreadable file), so code
written before newsparse had its own errors keeps working.

A messy but real page never raises: it returns an ``Article`` holding whatever could be
found, with a note in ``Article.warnings`` when part of the work had to be skipped.
"""

from __future__ import annotations


class NewsparseError(Exception):
    """Base class: the input could not be read as a news page at all."""


class EmptyPageError(NewsparseError, ValueError):
    """The input is empty or holds only whitespace (or only control characters)."""


class NotAPageError(NewsparseError, ValueError):
    """The input is something other than a page: a PDF, an image, an archive, other binary."""


class UndecodableError(NewsparseError, ValueError):
    """The bytes could not be decoded to text in any plausible encoding."""


class PageTooLargeError(NewsparseError, ValueError):
    """The input is larger than ``Settings.max_bytes``."""


class UnsupportedInputError(NewsparseError, TypeError):
    """The input is of a type newsparse does not accept (for example an int)."""


class UnreadableInputError(NewsparseError, OSError):
    """A path or file object given as input could not be read (missing, a folder, closed)."""


class TimeBudgetError(NewsparseError, TimeoutError):
    """Parsing went past ``Settings.time_budget``; the page was not finished.

    Only raised when the caller set a budget: without one, newsparse's work is bounded and
    linear in the input, and results never depend on the machine's speed.
    """


class InternalError(NewsparseError, RuntimeError):
    """newsparse failed on this page and could not even salvage its paragraphs: a bug.

    The original exception is chained as ``__cause__``; please report it with the page.
    """
