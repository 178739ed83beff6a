"""Boxes around the story that class names do not tell: a standfirst in a box named like
furniture, found by the summary the page states; a newsletter sign-up box set inside the
story, found by the label it shows readers.

The fixtures under ``fixtures/html_content/`` are hand-written pages modelled on such
templates.
"""

from __future__ import annotations

from pathlib import Path

from newsparse import parse_html
from newsparse.blocks import Block
from newsparse.html.content import extract_story
from newsparse.html.tree import parse_markup

FIXTURES = Path(__file__).parent / "fixtures" / "html_content"
SUMMARY = (
    "Nach langem Streit hat der Stadtrat den Radweg entlang des Kanals beschlossen. Die Anwohner "
    "bleiben skeptisch, die Händler hoffen auf mehr Kundschaft."
)


def story(name: str, headline: str | None = None, description: str | None = None) -> list[Block]:
    root = parse_markup((FIXTURES / name).read_text(encoding="utf-8"))
    return extract_story(root, 20_000, headline, description)


def test_stated_summary_under_the_headline_is_the_standfirst() -> None:
    blocks = story("teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu", SUMMARY)
    assert blocks[0].heading == 1
    assert blocks[1].text == SUMMARY
    assert blocks[2].text.startswith("Mit einer knappen Mehrheit")
    assert sum(b.text == SUMMARY for b in blocks) == 1


def test_teaser_box_stays_out_without_a_stated_summary() -> None:
    blocks = story("teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu")
    assert SUMMARY not in [b.text for b in blocks]


def test_a_cut_off_summary_still_finds_its_standfirst() -> None:
    cut = SUMMARY[:90].rsplit(" ", 1)[0] + " …"
    blocks = story("teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu", cut)
    assert blocks[1].text == SUMMARY


def test_a_summary_that_matches_no_standfirst_adds_nothing() -> None:
    plain = story("teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu")
    other = story(
        "teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu", "Ein ganz anderer Text " * 4
    )
    assert [b.text for b in other] == [b.text for b in plain]


def test_caption_under_the_headline_is_not_taken_for_the_standfirst() -> None:
    blocks = story("teaser_standfirst.html", "Stadtrat stimmt neuem Radweg am Kanal zu", SUMMARY)
    assert not any("Der Kanal am Abend" in b.text for b in blocks)


def test_newsletter_box_inside_the_story_stays_out() -> None:
    body = parse_html((FIXTURES / "newsletter_box.html").read_bytes()).body
    assert "signing up" not in body and "Simply pop your email" not in body
    assert "newsletter" not in body.lower()
    assert body.startswith("Publicans across the county")
    assert body.rstrip().endswith("until the end of March.")


def test_blurb_ending_in_a_linked_read_more_stays_out() -> None:
    body = parse_html((FIXTURES / "readmore_card.html").read_bytes()).body
    assert "Summer is holiday time" not in body
    assert body.startswith("The singer surprised fans on Sunday")
    assert "short tour could be announced" in body


def test_read_more_needs_its_link() -> None:
    from newsparse.html.content import _read_more
    from newsparse.html.segment import Unit

    text = "Residents who want the details can read more on the council's website this week. Read more"
    assert _read_more(Unit(text, "p", 9, 0, (), -1))
    assert not _read_more(Unit(text, "p", 0, 0, (), -1))
    assert not _read_more(
        Unit("Read more about it in the full report, which the council put out on Friday.", "p", 9, 0, (), -1)
    )
