"""``best_run`` skips boxes that cannot beat the best run so far; it must pick exactly what a
search of every box picks, ties included (on a tie the later, tighter box wins)."""

from __future__ import annotations

import random
from itertools import accumulate

from newsparse.html.runs import best_run
from newsparse.html.segment import Record


def _every_box(records: list[Record], scores: list[float]) -> tuple[int, int]:
    """The plain search: Kadane over each box's children and loose units, no pruning."""
    prefix = list(accumulate(scores, initial=0.0))
    best, best_score = (0, len(scores)), float("-inf")
    for rid, rec in enumerate(records):
        kids = [k for k in records if k.parent == rid and k.end > k.start]
        if rec.end <= rec.start or (len(kids) == 1 and (kids[0].start, kids[0].end) == (rec.start, rec.end)):
            continue
        items, cursor = [], rec.start
        for kid in kids:
            items += [(i, i + 1) for i in range(cursor, kid.start)] + [(kid.start, kid.end)]
            cursor = kid.end
        items += [(i, i + 1) for i in range(cursor, rec.end)]
        top, span, run_start, run = float("-inf"), (0, 0), 0, 0.0
        for index, (start, end) in enumerate(items):
            value = prefix[end] - prefix[start]
            run_start, run = (index, value) if run <= 0 else (run_start, run + value)
            if run > top:
                top, span = run, (items[run_start][0], end)
        if top >= best_score:  # a later (inner) box wins a tie
            best, best_score = span, top
    return best


def _random_page(rng: random.Random) -> tuple[list[Record], list[float]]:
    """Nested boxes over a row of units, built in document order like the walker's."""
    records: list[Record] = []
    units = 0

    def box(parent: int, depth: int) -> None:
        nonlocal units
        rid = len(records)
        records.append(Record("div", parent, units))
        for _ in range(rng.randint(0, 4)):
            if depth < 4 and rng.random() < 0.5:
                box(rid, depth + 1)
            else:
                units += 1
        records[rid].end = units

    box(-1, 0)
    weights = (1.0, 0.8, 0.6, -0.5, -1.0, 0.0)
    return records, [rng.choice(weights) * rng.choice((0, 40, 80, 120, 300)) for _ in range(units)]


def test_pruned_search_matches_the_plain_one() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        records, scores = _random_page(rng)
        if scores:
            assert best_run(records, scores) == _every_box(records, scores)
