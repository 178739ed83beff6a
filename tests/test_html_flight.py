"""A Next.js page whose story stands only in its flight data (``self.__next_f.push``)."""

from __future__ import annotations

from pathlib import Path

from newsparse import chrome, parse_html
from newsparse.html.flight import story_markup
from newsparse.html.tree import parse_markup

PAGE = (Path(__file__).parent / "fixtures" / "html_content" / "flight_story.html").read_bytes()


def test_the_story_is_read_from_the_flight_text_row() -> None:
    art = parse_html(PAGE)
    assert art.headline == "Hafenrat beschließt längere Mole"
    assert art.paragraphs[0].startswith("Der Hafenrat hat am Dienstag beschlossen")
    assert "Fischer fordern einen Bau in Abschnitten" in art.paragraphs
    assert art.paragraphs[-1].startswith("Der Rat will den Vorschlag")


def test_the_row_length_counts_utf8_bytes() -> None:
    root = parse_markup(PAGE)
    markup = story_markup(root)
    assert markup is not None
    assert markup.endswith("über die Reihenfolge entscheiden.</p>")  # not cut short, nothing more


def test_a_page_without_flight_data_has_no_flight_story() -> None:
    assert story_markup(parse_markup("<html><body><p>Hello there.</p></body></html>")) is None


def test_an_unfilled_template_slot_is_chrome() -> None:
    assert chrome.is_chrome("$$ARTICLEAD$$") and chrome.is_chrome("{{ad_slot}}")
    assert not chrome.is_chrome("It cost $$ and more $$")
