"""The results as Markdown tables: one column per tool, then newsparse's ratio to each peer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .scoreboard import Board, Ratio

MIB = 1024


@dataclass(frozen=True, slots=True)
class Line:
    """One table row: its label, the field it needs the tool to report, and how to read it."""

    label: str
    field: str | None
    value: Callable[[Board], float | None]
    digits: int = 3


def _exact(name: str) -> Callable[[Board], float | None]:
    def get(b: Board) -> float | None:
        ratio: Ratio = getattr(b, name)
        return ratio.value

    return get


def _body(name: str) -> Callable[[Board], float | None]:
    """A body number, or ``None`` on a corpus without expected bodies."""

    def get(b: Board) -> float | None:
        return float(getattr(b.body, name)) if b.body.n else None

    return get


def _mib(kib: int | None) -> float | None:
    return kib / MIB if kib else None


# The rows of the results table, in order; ``field`` None means every tool has a value.
LINES: tuple[Line, ...] = (
    Line("body precision", "body", _body("precision")),
    Line("body recall", "body", _body("recall")),
    Line("body F1", "body", _body("f1")),
    Line("body exact (token accuracy)", "body", _body("accuracy")),
    Line("with/without snippets", "body", _exact("snippets")),
    Line("title exact", "title", _exact("title")),
    Line("published date exact", "published", _exact("published")),
    Line("authors exact set", "authors", _exact("authors")),
    Line("pages/second (wall)", None, lambda b: b.pages_per_second, 1),
    Line("pages/second (CPU)", None, lambda b: b.pages_per_cpu_second, 1),
    Line("peak RSS (MiB)", None, lambda b: _mib(b.rss_peak_kib), 0),
    Line("RSS after import (MiB)", None, lambda b: _mib(b.rss_setup_kib), 0),
    Line("pages with error", None, lambda b: float(b.errors), 0),
    Line("pages with internal error", None, lambda b: float(b.internal_errors), 0),
    Line("pages with empty body", "body", _body("empty"), 0),
)

# Ratios newsparse / peer; for memory a ratio below 1 means newsparse used less.
RATIO_LABELS = (
    "body F1",
    "with/without snippets",
    "title exact",
    "published date exact",
    "authors exact set",
    "pages/second (wall)",
    "pages/second (CPU)",
    "peak RSS (MiB)",
)
RATIO_LINES = tuple(line for line in LINES if line.label in RATIO_LABELS)


def cell(board: Board, line: Line) -> str:
    if line.field is not None and line.field not in board.fields:
        return "—"
    value = line.value(board)
    return "n/a" if value is None else f"{value:.{line.digits}f}"


def _counts(boards: list[Board]) -> dict[str, str]:
    first = boards[0]
    return {
        "body": f"n={first.body.n}",
        "with/without snippets": f"n={first.snippets.total}",
        "title exact": f"n={first.title.total}",
        "published date exact": f"n={first.published.total}",
        "authors exact set": f"n={first.authors.total}",
    }


def results_table(boards: list[Board]) -> str:
    counts = _counts(boards)
    head = "| metric | " + " | ".join(b.tool for b in boards) + " |"
    rows = [head, "|" + "---|" * (len(boards) + 1)]
    for line in LINES:
        cells = [cell(b, line) for b in boards]
        if _empty(cells):
            continue
        label = line.label
        note = counts.get(label) or (counts["body"] if label.startswith("body") else "")
        label = f"{label} ({note})" if note else label
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _empty(cells: list[str]) -> bool:
    """A row no tool has a number for (no ground truth in this corpus) is left out."""
    return all(c in {"n/a", "—"} for c in cells)


def _ratio(ours: Board, peer: Board, line: Line) -> str:
    if line.field is not None and line.field not in peer.fields:
        return "—"
    mine, theirs = line.value(ours), line.value(peer)
    if mine is None or theirs is None:
        return "n/a"
    return f"{mine / theirs:.2f}" if theirs else ("=" if not mine else "∞")


def ratio_table(boards: list[Board]) -> str:
    ours, peers = boards[0], boards[1:]
    if not peers:
        return ""
    rows = ["| newsparse ÷ peer | " + " | ".join(p.tool for p in peers) + " |"]
    rows.append("|" + "---|" * (len(peers) + 1))
    for line in RATIO_LINES:
        cells = [_ratio(ours, p, line) for p in peers]
        if not _empty(cells):
            rows.append(f"| {line.label} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def source_table(boards: list[Board]) -> str:
    """Body F1 per manifest source (only when the corpus mixes sources)."""
    sources = [s for s in boards[0].by_source]
    usable = [b for b in boards if "body" in b.fields]
    if len(sources) < 2 or not usable:
        return ""
    rows = ["| body F1 by source | " + " | ".join(b.tool for b in usable) + " |"]
    rows.append("|" + "---|" * (len(usable) + 1))
    for source in sources:
        label = f"{source} (n={boards[0].by_source[source].n})"
        rows.append(f"| {label} | " + " | ".join(f"{b.by_source[source].f1:.3f}" for b in usable) + " |")
    return "\n".join(rows)


def misses(board: Board, count: int) -> str:
    """The tool's ``count`` lowest body F1 pages and first failing pages of each other field."""
    scored = [p for p in board.per_page if p["body"] is not None]
    worst = sorted(scored, key=lambda p: (p["body"]["f1"], p["id"]))[:count]
    lines = [f"{board.tool} misses:"]
    lines += [
        f"  body F1 {p['body']['f1']:.3f} (P {p['body']['precision']:.3f}, R {p['body']['recall']:.3f})"
        f" {p['id']}" + _flag(p)
        for p in worst
    ]
    crashed = [p["id"] for p in board.per_page if p["internal_error"]]
    if crashed:
        lines.append(f"  internal error on {len(crashed)}: " + ", ".join(crashed[:count]))
    for name in ("snippets", "title", "published", "authors"):
        wrong = [p["id"] for p in board.per_page if p[name] is False]
        if wrong:
            lines.append(f"  {name} wrong on {len(wrong)}: " + ", ".join(wrong[:count]))
    return "\n".join(lines)


def _flag(page: dict[str, Any]) -> str:
    trouble = page["error"] or page["internal_error"]
    return f" [{trouble}]" if trouble else ""


def as_json(board: Board) -> dict[str, Any]:
    values = {line.label: (None if cell(board, line) == "—" else line.value(board)) for line in LINES}
    return {
        "tool": board.tool,
        "fields": sorted(board.fields),
        "pages": board.pages,
        "seconds": board.seconds,
        "cpu_seconds": board.cpu_seconds,
        "setup_seconds": board.setup_seconds,
        "fatal": board.fatal,
        "metrics": values,
        "body_by_source": {
            k: {"precision": v.precision, "recall": v.recall, "f1": v.f1, "n": v.n}
            for k, v in board.by_source.items()
        },
        "per_page": board.per_page,
    }
