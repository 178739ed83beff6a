"""The best-scoring stretch of a page: a run of consecutive children of one block element.

Scoring whole elements misses stories split across sibling containers whose common parent
also holds a long tail of furniture (a story in three ``div``s, then a related-stories rail
in the same wrapper). Here every element's children (child elements, and loose units
between them) form a sequence of scored items, and the best contiguous run of each
sequence is a candidate (Kadane's maximum subarray). A whole element is one such run, so
this only widens the choice. Each unit and element is visited a constant number of times.
"""

from __future__ import annotations

from itertools import accumulate

from .segment import Record

# Scores are character counts times weights; a record whose gains fall short of the best
# score by more than this cannot reach it, whatever the float rounding of either sum.
_MARGIN = 1.0


def best_run(records: list[Record], scores: list[float]) -> tuple[int, int]:
    """Unit range ``(start, end)`` of the best run; ``scores`` holds each unit's score."""
    prefix = list(accumulate(scores, initial=0.0))
    # No run holds more than the positive scores in its range: a record whose sum of them
    # is below the best so far need not be searched (most are, once the page's root is).
    gains = list(accumulate([s if s > 0 else 0.0 for s in scores], initial=0.0))
    children: list[list[Record]] = [[] for _ in records]
    for rec in records:
        if rec.parent >= 0 and rec.end > rec.start:
            children[rec.parent].append(rec)
    best: tuple[int, int] = (0, len(scores))
    best_score = floor = float("-inf")
    for rec, kids in zip(records, children, strict=True):
        start, end = rec.start, rec.end
        if end <= start or gains[end] - gains[start] < floor:
            continue  # nothing in it, or nothing that could beat the best
        if len(kids) == 1 and kids[0].start == start and kids[0].end == end:
            continue  # the same range as its only child
        span: tuple[int, int] | None
        if end - start == 1:
            score, span = prefix[end] - prefix[start], (start, end)
        else:
            score, span = _kadane(_items(rec, kids), prefix)
        # ">=" because children come after their parents: on a tie the tighter box wins.
        if span is not None and score >= best_score:
            best, best_score, floor = span, score, score - _MARGIN
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
