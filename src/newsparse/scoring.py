"""Evaluation metrics, so users can score newsparse on their own corpora as we score it.

Body text is scored as the public article-extraction-benchmark (Zyte / ScrapingHub) defines
it: both texts are tokenised into lower-cased word tokens, turned into bags (multisets) of
4-token shingles, and compared; precision and recall are averaged over documents and F1 is
taken from those averages. This is our own implementation of that definition.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def shingles(text: str | None, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    toks = tokens(text)
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


@dataclass(frozen=True, slots=True)
class Match:
    """Shingle counts for one document: true positives, false positives, false negatives."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def match(expected: str | None, got: str | None) -> Match:
    want, have = shingles(expected), shingles(got)
    tp = sum((want & have).values())
    return Match(tp, sum(have.values()) - tp, sum(want.values()) - tp)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float
    n: int


def body_score(pairs: Iterable[tuple[str | None, str | None]]) -> Score:
    """Mean precision and recall over ``(expected, got)`` pairs, F1 from the means."""
    matches = [match(want, got) for want, got in pairs]
    if not matches:
        return Score(0.0, 0.0, 0.0, 0)
    p = sum(m.precision for m in matches) / len(matches)
    r = sum(m.recall for m in matches) / len(matches)
    return Score(p, r, f1(p, r), len(matches))


def fold(text: str | None) -> str:
    """Whitespace- and case-folded text, for exact comparisons of titles and names."""
    return " ".join((text or "").split()).casefold()
