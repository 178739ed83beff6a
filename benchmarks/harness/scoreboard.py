"""Scoring one tool's per-page outputs against the manifest's ground truth."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsparse.scoring import Match, Score, fold, match, score_matches

from .corpus import Row

EMPTY: dict[str, Any] = {
    "body": "",
    "title": None,
    "published": None,
    "authors": [],
    "seconds": 0.0,
    "cpu": 0.0,
}


@dataclass(frozen=True, slots=True)
class Ratio:
    """Pages right out of pages with ground truth for the field."""

    right: int
    total: int

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Board:
    """One tool's results on one corpus."""

    tool: str
    fields: frozenset[str]
    body: Score
    snippets: Ratio
    title: Ratio
    published: Ratio
    authors: Ratio
    pages: int
    errors: int
    seconds: float
    cpu_seconds: float
    setup_seconds: float
    rss_setup_kib: int | None
    rss_peak_kib: int | None
    fatal: str | None = None
    internal_errors: int = 0  # pages the tool salvaged after a crash of its own (no error raised)
    by_source: dict[str, Score] = field(default_factory=dict)
    per_page: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float | None:
        return self._rate(self.seconds)

    @property
    def pages_per_cpu_second(self) -> float | None:
        return self._rate(self.cpu_seconds)

    def _rate(self, seconds: float) -> float | None:
        # A tool that failed on every page has no meaningful speed.
        ok = seconds > 0 and not self.fatal and self.errors < self.pages
        return self.pages / seconds if ok else None


def ws(text: str | None) -> str:
    """Whitespace-folded text: snippets are matched with runs of whitespace made one space."""
    return " ".join((text or "").split())


def snippets_ok(expected: dict[str, Any], body: str) -> bool | None:
    """All ``with`` snippets in the body and no ``without`` snippet; ``None`` if none given."""
    with_, without = expected.get("with"), expected.get("without")
    if with_ is None and without is None:
        return None
    text = ws(body)
    return all(ws(s) in text for s in with_ or ()) and not any(ws(s) in text for s in without or ())


def page_scores(row: Row, out: dict[str, Any]) -> dict[str, Any]:
    """Per-page verdicts; a field without ground truth is ``None``."""
    want = row.expected
    m = match(want.get("body"), out["body"]) if want.get("body") is not None else None
    return {
        "id": row.id,
        "body": m,
        "snippets": snippets_ok(want, out["body"]),
        "title": _same(want.get("title"), out["title"], fold),
        "published": _same(want.get("published"), out["published"], str),
        "authors": _same_authors(want.get("authors"), out["authors"]),
        "error": out.get("error"),
        "internal_error": out.get("internal_error"),
    }


def _same(want: Any, got: Any, key: Any) -> bool | None:
    if want is None:
        return None
    return got is not None and key(got) == key(want)


def _same_authors(want: Sequence[str] | None, got: Sequence[str]) -> bool | None:
    if want is None:
        return None
    return {fold(a) for a in want} == {fold(a) for a in got}


def _ratio(verdicts: Iterable[bool | None]) -> Ratio:
    known = [v for v in verdicts if v is not None]
    return Ratio(sum(known), len(known))


def board(tool: str, fields: frozenset[str], rows: list[Row], run: dict[str, Any]) -> Board:
    """Score a worker's run; pages it never reported (a crash) count as empty output."""
    outputs: dict[str, dict[str, Any]] = run["pages"]
    pages = [page_scores(r, outputs.get(r.id, EMPTY)) for r in rows]
    return Board(
        tool=tool,
        fields=fields,
        body=score_matches([p["body"] for p in pages if p["body"] is not None]),
        snippets=_ratio(p["snippets"] for p in pages),
        title=_ratio(p["title"] for p in pages),
        published=_ratio(p["published"] for p in pages),
        authors=_ratio(p["authors"] for p in pages),
        pages=len(rows),
        errors=sum(1 for r in rows if r.id not in outputs or outputs[r.id].get("error")),
        seconds=sum(o["seconds"] for o in outputs.values()),
        cpu_seconds=sum(o.get("cpu", 0.0) for o in outputs.values()),
        setup_seconds=run.get("setup_seconds", 0.0),
        rss_setup_kib=run.get("rss_setup_kib"),
        rss_peak_kib=run.get("rss_peak_kib"),
        fatal=run.get("fatal"),
        internal_errors=sum(1 for p in pages if p["internal_error"]),
        by_source=_by_source(rows, pages),
        per_page=[_plain(p) for p in pages],
    )


def _by_source(rows: list[Row], pages: list[dict[str, Any]]) -> dict[str, Score]:
    """Body scores per manifest ``source``, for comparing with each source's published numbers."""
    groups: dict[str, list[Match]] = {}
    for row, page in zip(rows, pages, strict=True):
        if page["body"] is not None:
            groups.setdefault(row.source, []).append(page["body"])
    return {source: score_matches(matches) for source, matches in sorted(groups.items())}


def _plain(page: dict[str, Any]) -> dict[str, Any]:
    m = page["body"]
    body = None if m is None else {"precision": m.precision, "recall": m.recall, "f1": m.f1}
    return {**page, "body": body}
