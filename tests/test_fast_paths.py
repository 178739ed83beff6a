"""Fast paths that answer a cheap question about a whole page must agree with the plain rule.

``clean_text`` scans long pages as UTF-8 bytes, ``defuse_markup`` finds long tags by splitting
at "<", and class names are judged through a per-parse memo: each is checked here against
what the slow form would say.
"""

from __future__ import annotations

import pytest

from newsparse.html.clean import NONE, STRONG, WEAK, Verdicts, token_grade
from newsparse.load import MAX_ATTRIBUTES, clean_text, defuse_markup

# Long enough to take the byte-scan path of clean_text.
PAGE = "<p>" + "word " * 1000 + "</p>"
CROWDED = "<div " + " ".join(f"a{i}=1" for i in range(MAX_ATTRIBUTES + 1)) + ">x</div>"

CONTROLS = ["\x00", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x80", "\x85", "\x9f", "\ud800", "\udfff"]


@pytest.mark.parametrize("bad", [*CONTROLS, "\ufffe", "\uffff"])
def test_controls_are_dropped_from_long_pages(bad: str) -> None:
    assert clean_text(PAGE + bad + "é") == PAGE + "é"
    assert clean_text(bad + PAGE) == PAGE


@pytest.mark.parametrize(
    "good", ["\t", "\n", "\xa0", "\xa9", "\u0100", "\ud7ff", "\ue000", "\ufffd", "\U0001f600"]
)
def test_ordinary_characters_survive_in_long_pages(good: str) -> None:
    assert clean_text(PAGE + good) == PAGE + good


def test_crowded_tag_after_long_text_and_long_tags_is_defused() -> None:
    prefix = PAGE + '<img alt="' + "y" * 600 + '">' + "<script>if (a <b" + "z" * 600 + ") {}</script>"
    assert defuse_markup(prefix + CROWDED) == prefix + "<div>x</div>"


def test_long_tags_without_crowds_are_untouched() -> None:
    page = '<svg><path d="' + "M0 0 " * 400 + '"/></svg><p>' + "é" * 700 + "</p><" + "x" * 600
    assert defuse_markup(page) == page


def test_class_verdicts_through_a_shared_memo_match_fresh_ones() -> None:
    memo = Verdicts()
    pairs = [("share-bar", ""), ("article-body", "main"), ("share-bar", "comments"), ("c-Comments", "")]
    fresh = [token_grade(cls, ident) for cls, ident in pairs]
    assert [token_grade(cls, ident, memo) for cls, ident in pairs] == fresh
    assert [token_grade(cls, ident, memo) for cls, ident in pairs] == fresh  # now from the memo
    assert fresh[:2] == [WEAK, NONE] and fresh[3] == STRONG
    assert "share-bar" in memo.names and "share" in memo.words
