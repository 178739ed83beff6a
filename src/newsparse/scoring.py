"""Evaluation metrics, so users can score newsparse on their own corpora as we score it.

Body text is scored as the public article-extraction-benchmark (Zyte / ScrapingHub) defines
it, in our own implementation of that definition:

- both texts are tokenised into ``\\w+`` word tokens, case kept (the benchmark's pattern is
  compiled with IGNORECASE, which changes nothing for ``\\w+``, and it never lower-cases);
- each text becomes a bag (multiset) of 4-token shingles; a text of 1 to 3 tokens is one
  shorter shingle, an empty text has none;
- per document, true positives are the shingles both bags share (counting repeats), false
  positives the extra ones in the extraction, false negatives the missing ones;
- precision is averaged over the documents whose extraction is non-empty, recall over the
  documents whose expected text is non-empty (so an empty extraction costs recall, not
  precision), and F1 is taken from the two means, not averaged per document.

``accuracy`` is the share of documents whose token sequences are identical, also as the
benchmark reports it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
_NOT_ALNUM = re.compile(r"[\W_]+")


def tokens(text: str | None) -> list[str]:
    # NFC first: a letter written decomposed ("u" + combining mark) is still one token.
    return _TOKEN.findall(unicodedata.normalize("NFC", text or ""))


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
    exact: bool = False

    @property
    def precision(self) -> float:
        """1.0 when nothing is wrong (also for two empty texts); 0.0 for an empty extraction."""
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """1.0 when nothing is wrong; 0.0 when only the extraction has text."""
        if self.fp == self.fn == 0:
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    @property
    def predicted(self) -> bool:
        """The extraction had at least one shingle (it counts in the precision mean)."""
        return self.tp + self.fp > 0

    @property
    def expected(self) -> bool:
        """The expected text had at least one shingle (it counts in the recall mean)."""
        return self.tp + self.fn > 0


def match(expected: str | None, got: str | None) -> Match:
    want, have = shingles(expected), shingles(got)
    tp = sum((want & have).values())
    exact = tokens(expected) == tokens(got)
    return Match(tp, sum(have.values()) - tp, sum(want.values()) - tp, exact)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """Corpus-level body score; ``n`` documents, ``empty`` of them with no extraction."""

    precision: float
    recall: float
    f1: float
    n: int
    empty: int = 0
    accuracy: float = 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def body_score(pairs: Iterable[tuple[str | None, str | None]]) -> Score:
    """Score ``(expected, got)`` pairs: mean precision and recall, F1 from the means."""
    return score_matches([match(want, got) for want, got in pairs])


def score_matches(matches: list[Match]) -> Score:
    """The corpus score of per-document matches (see the module docstring for the means)."""
    p = _mean([m.precision for m in matches if m.predicted])
    r = _mean([m.recall for m in matches if m.expected])
    empty = sum(1 for m in matches if not m.predicted)
    accuracy = _mean([float(m.exact) for m in matches])
    return Score(p, r, f1(p, r), len(matches), empty, accuracy)


def fold(text: str | None) -> str:
    """Whitespace- and case-folded text, for exact comparisons of titles and names."""
    return " ".join((text or "").split()).casefold()


def squash(text: str) -> str:
    """Case-folded letters and digits only: how site names are compared ("SZ.de" is "szde")."""
    return _NOT_ALNUM.sub("", text.casefold())
