"""All options in one frozen object, passed down instead of loose keyword arguments."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, replace

MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    """Options for one parse. The defaults suit crawls and archives.

    ``reference_date`` anchors datelines that give no year (the crawl or archive date);
    ``max_bytes`` refuses larger inputs with ``PageTooLargeError``; ``max_line_chars`` and
    ``max_blocks`` bound the work done on pathological pages; ``max_field_chars`` caps any
    one metadata value (a 1 MB ``<title>`` is cut, not carried); ``languages`` restricts the
    dateparser fallback (``None``: the page's own language, then English); ``time_budget``
    (seconds) stops a parse that runs longer with ``TimeBudgetError`` (``None``: no budget,
    so results never depend on the machine's speed). docs/robustness.md has more.
    """

    reference_date: _dt.date | None = None
    url: str | None = None
    encoding: str | None = None
    max_bytes: int = 20 * MEGABYTE
    max_line_chars: int = 100_000
    max_blocks: int = 20_000
    max_field_chars: int = 2_000
    languages: tuple[str, ...] | None = None
    use_dateparser: bool = True
    time_budget: float | None = None

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (``None`` values are ignored)."""
        kept = {k: v for k, v in changes.items() if v is not None}
        return replace(self, **kept)  # type: ignore[arg-type]


DEFAULT = Settings()
