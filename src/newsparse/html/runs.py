"""The best-scoring stretch of a page: a run of consecutive children of one block element.

Scoring whole elements misses stories split across sibling containers whose common parent
also holds a long tail of furniture (a story in three ``div``s, then a related-stories rail
in the same wrapper). Here every element's children (child elements, and loose units
between them) form a sequence of scored items, and the best contiguous run of each
sequence is a candidate (Kadane's maximum subarray). A whole element is one such run, so
this only widens the choice. Each unit and element is visited a constant number of times.
"""

from __future__ import annotations

from .segment import Record


def best_run(records: list[Record], prefix: list[float]) -> tuple[int, int]:
    """Unit range ``(start, end)`` of the best run; ``prefix`` holds cumulative unit scores."""
    children: list[list[Record]] = [[] for _ in records]
    for rec in records:
        if rec.parent >= 0 and rec.end > rec.start:
            children[rec.parent].append(rec)
    best: tuple[int, int] = (0, len(prefix) - 1)
    best_score = float("-inf")
    for rec, kids in zip(records, children, strict=True):
        if rec.end <= rec.start or (len(kids) == 1 and kids[0].start == rec.start and kids[0].end == rec.end):
            continue  # nothing in it, or the same range as its only child
        span: tuple[int, int] | None
        if rec.end - rec.start == 1:
            score, span = prefix[rec.end] - prefix[rec.start], (rec.start, rec.end)
        else:
            score, span = _kadane(_items(rec, kids), prefix)
        # ">=" because children come after their parents: on a tie the tighter box wins.
        if span is not None and score >= best_score:
            best, best_score = span, score
    return best


def _items(rec: Record, kids: list[Record]) -> list[tuple[int, int]]:
    """The element's unit range cut into child elements and the loose units between them."""
    items: list[tuple[int, int]] = []
    cursor = rec.start
    for kid in kids:
        items.extend((i, i + 1) for i in range(cursor, kid.start))
        if kid.end > kid.start:
            items.append((kid.start, kid.end))
        cursor = max(cursor, kid.end)
    items.extend((i, i + 1) for i in range(cursor, rec.end))
    return items


def _kadane(items: list[tuple[int, int]], prefix: list[float]) -> tuple[float, tuple[int, int] | None]:
    best: tuple[float, tuple[int, int] | None] = (float("-inf"), None)
    run_start, run_score = 0, 0.0
    for index, (start, end) in enumerate(items):
        value = prefix[end] - prefix[start]
        if run_score <= 0:
            run_start, run_score = index, value
        else:
            run_score += value
        if run_score > best[0]:
            best = (run_score, (items[run_start][0], end))
    return best
