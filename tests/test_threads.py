"""Parsing is thread-safe and deterministic: pages parsed at once in threads give the same
Articles as one by one (no shared mutable state, lazy imports and caches included)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import newsparse

FIXTURES = Path(__file__).parent / "fixtures"


def _pages() -> list[Path]:
    pages = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".html", ".txt"))
    assert len(pages) > 100, "the fixture pages moved"
    return pages


def _parse(path: Path) -> str:
    try:
        return newsparse.parse(path).to_json()
    except newsparse.NewsparseError as error:
        return f"{type(error).__name__}: {error}"


def test_threads_give_the_same_articles_as_one_by_one() -> None:
    pages = _pages()
    # Threads first, so lazy imports (dateparser) happen under contention; each page twice,
    # so the same page is parsed in two threads at once.
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(_parse, pages + pages))
    alone = [_parse(p) for p in pages]
    assert together[: len(pages)] == alone
    assert together[len(pages) :] == alone
