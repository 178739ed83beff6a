"""Short lines that label or annotate what follows a story rather than tell it."""

from __future__ import annotations

import pytest

from newsparse import chrome


def test_section_labels_and_notes_after_a_story_are_chrome() -> None:
    for line in (
        "Explore more on these topics",
        "This is a breaking news story - more to follow",
        "Weitere Themen",
        "Mehr Themen auf example.de:",
        "Zitiervorschlag",
        "Mit Agenturmaterial.",
    ):
        assert chrome.is_chrome(line), line
    assert not chrome.is_chrome("Weitere Themen wurden am Abend besprochen.")


def test_chrome_tables_refuse_upper_case_patterns() -> None:
    # Lines are lower-cased before matching, so "Advertisement" could never match.
    with pytest.raises(ValueError, match="not in lower case"):
        chrome._Table(("Advertisement",))


@pytest.mark.parametrize(
    "line", ["ADVERTISEMENT", "Advertisement", "© 2024 EXAMPLE NEWS. ALL RIGHTS RESERVED."]
)
def test_chrome_lines_match_in_any_case(line: str) -> None:
    assert chrome.is_chrome(line)
