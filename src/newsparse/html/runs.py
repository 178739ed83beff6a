"""The best-scoring stretch of a page: a run of consecutive children of one block element.

Scoring whole elements misses stories split across sibling containers whose common parent
also holds a long tail of furniture (a story in three ``div``s, then a related-stories rail
in the same wrapper). Here every element's children (child elements, and loose units
between them) form a sequence of scored items, and the best contiguous run of each
sequence is a candidate (Kadane's maximum subarray). A whole element is one such run, so
this only widens the choice. Boxes that cannot beat the best run so far are not searched,
and a searched box finds its children by bisection: O(n log n) at worst.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate, pairwise

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
    live = [rec for rec in records if rec.end > rec.start]  # an empty record holds no run
    starts = [rec.start for rec in live]  # never decreasing: records open in document order
    best: tuple[int, int] = (0, len(scores))
    best_score = floor = float("-inf")
    for index, rec in enumerate(live):
        start, end = rec.start, rec.end
        if gains[end] - gains[start] < floor:
            continue  # nothing in it could beat the best
        span: tuple[int, int] | None
        if end - start == 1:
            score, span = prefix[end] - prefix[start], (start, end)
        else:
            kids = _children(live, starts, index)
            if len(kids) == 1 and kids[0].start == start and kids[0].end == end:
                continue  # the same range as its only child, which comes next
            score, span = _kadane(_bounds(rec, kids), prefix)
        # ">=" because children come after their parents: on a tie the tighter box wins.
        if span is not None and score >= best_score:
            best, best_score, floor = span, score, score - _MARGIN
    return best


def _children(live: list[Record], starts: list[int], index: int) -> list[Record]:
    """The child records of ``live[index]``. The next live record, if it starts inside,
    is the first child; the records that start before a child ends are its descendants,
    jumped over by bisection to reach the next child."""
    end = live[index].end
    kids: list[Record] = []
    index += 1
    while index < len(live) and starts[index] < end:
        kids.append(live[index])
        index = bisect_left(starts, live[index].end, index + 1)
    return kids


def _bounds(rec: Record, kids: list[Record]) -> list[int]:
    """The element's unit range cut into items, child elements whole and the loose units
    between them one by one: where each item starts, then where the last one ends."""
    bounds: list[int] = []
    cursor = rec.start
    for kid in kids:  # disjoint, in document order
        bounds.extend(range(cursor, kid.start + 1))  # the loose units, then the kid
        cursor = kid.end
    bounds.extend(range(cursor, rec.end + 1))
    return bounds


def _kadane(bounds: list[int], prefix: list[float]) -> tuple[float, tuple[int, int] | None]:
    best: tuple[float, tuple[int, int] | None] = (float("-inf"), None)
    run_start, run_score = 0, 0.0
    for start, end in pairwise(bounds):
        value = prefix[end] - prefix[start]
        if run_score <= 0:
            run_start, run_score = start, value
        else:
            run_score += value
        if run_score > best[0]:
            best = (run_score, (run_start, end))
    return best
