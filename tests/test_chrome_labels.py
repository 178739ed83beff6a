"""Short lines that label or annotate what follows a story rather than tell it."""

from __future__ import annotations

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
