"""Hand-computed checks of the shingle-F1 body metric (article-extraction-benchmark definition)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsparse.scoring import Match, Score, body_score, fold, match, shingles, tokens


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert tokens("Hello, World! it's 3.5") == ["Hello", "World", "it", "s", "3", "5"]


def test_tokens_keep_non_ascii_letters_together() -> None:
    assert tokens("Köln, 12. März — Ärger") == ["Köln", "12", "März", "Ärger"]


def test_tokens_of_nothing() -> None:
    assert tokens(None) == []
    assert tokens("  ,;  ") == []


def test_shingles_slide_four_tokens() -> None:
    assert shingles("a b c d e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_shingles_count_repeats() -> None:
    assert shingles("x x x x x x") == Counter({("x", "x", "x", "x"): 3})


def test_short_text_is_one_short_shingle() -> None:
    assert shingles("a b") == Counter({("a", "b"): 1})
    assert shingles("") == Counter()


def test_one_wrong_token_at_the_end() -> None:
    # abcd, bcde, cdef against abcd, bcde, cdez: two shared, one extra, one missing.
    m = match("a b c d e f", "a b c d e z")
    assert (m.tp, m.fp, m.fn) == (2, 1, 1)
    assert m.precision == pytest.approx(2 / 3)
    assert m.recall == pytest.approx(2 / 3)
    assert m.f1 == pytest.approx(2 / 3)
    assert not m.exact


def test_bags_not_sets() -> None:
    # expected has xxxx twice, the extraction once: one shared, one missing.
    m = match("x x x x x", "x x x x")
    assert (m.tp, m.fp, m.fn) == (1, 0, 1)
    assert m.precision == 1.0
    assert m.recall == 0.5
    assert m.f1 == pytest.approx(2 / 3)


def test_case_matters() -> None:
    m = match("The cat sat down", "the cat sat down")
    assert (m.tp, m.fp, m.fn) == (0, 1, 1)
    assert m.f1 == 0.0


def test_punctuation_and_spacing_do_not_matter() -> None:
    m = match("One two, three four.\n\nFive", "One two three four Five")
    assert (m.tp, m.fp, m.fn) == (2, 0, 0)
    assert m.exact


def test_short_texts_compare_as_one_shingle() -> None:
    assert (match("a b", "a b c").tp, match("a b", "a b").tp) == (0, 1)


def test_empty_extraction() -> None:
    m = match("a b c d", "")
    assert (m.tp, m.fp, m.fn) == (0, 0, 1)
    assert (m.precision, m.recall) == (0.0, 0.0)
    assert not m.predicted and m.expected


def test_both_empty_is_perfect_but_counts_nowhere() -> None:
    m = match("", None)
    assert (m.precision, m.recall) == (1.0, 1.0)
    assert not m.predicted and not m.expected
    assert m.exact


def test_extraction_where_nothing_was_expected() -> None:
    m = match(None, "a b c d")
    assert (m.precision, m.recall) == (0.0, 0.0)
    assert m.predicted and not m.expected


def test_corpus_means_skip_empty_extractions_for_precision() -> None:
    # doc1 perfect (P=R=1); doc2 P=R=2/3; doc3 empty extraction: recall 0, no precision.
    score = body_score(
        [
            ("a b c d e", "a b c d e"),
            ("a b c d e f", "a b c d e z"),
            ("p q r s t", ""),
        ]
    )
    assert score.precision == pytest.approx(5 / 6)  # (1 + 2/3) / 2
    assert score.recall == pytest.approx(5 / 9)  # (1 + 2/3 + 0) / 3
    assert score.f1 == pytest.approx(2 / 3)  # 2 * 5/6 * 5/9 / (5/6 + 5/9)
    assert (score.n, score.empty) == (3, 1)
    assert score.accuracy == pytest.approx(1 / 3)


def test_f1_comes_from_the_means_not_from_per_document_f1() -> None:
    pairs = [("a b c d e", "a b c d e"), ("a b c d e f", "a b c d e z"), ("p q r s t", "")]
    per_document = sum(match(w, g).f1 for w, g in pairs) / len(pairs)
    assert per_document == pytest.approx(5 / 9)
    assert body_score(pairs).f1 == pytest.approx(2 / 3)


def test_extraction_with_no_truth_costs_precision_only() -> None:
    score = body_score([("", "a b c d"), ("a b c d", "a b c d")])
    assert score.precision == 0.5
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(2 / 3)


def test_all_empty_extractions_score_zero() -> None:
    score = body_score([("a b c d", None), ("e f g h", "")])
    assert (score.precision, score.recall, score.f1, score.empty) == (0.0, 0.0, 0.0, 2)


def test_no_documents() -> None:
    assert body_score([]) == Score(0.0, 0.0, 0.0, 0, 0, 0.0)


def test_match_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Match(1, 0, 0).tp = 2  # type: ignore[misc]


def test_fold() -> None:
    assert fold("  The  Title\n of ÉTÉ ") == "the title of été"
    assert fold(None) == ""
