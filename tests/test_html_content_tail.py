"""What may follow a story's last paragraph: a teaser card set at the story's end (its kicker,
linked title, blurb and badge) and a reading toolbar's controls stay out; sign-offs, and
lines set like the story's own paragraphs, stay in. The fixture is a hand-written page
modelled on templates with hashed class names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import parse_html
from newsparse.html import content
from newsparse.html.clean import is_chrome_label
from newsparse.html.content import extract_story
from newsparse.html.segment import walk_units
from newsparse.html.tree import parse_markup

FIXTURES = Path(__file__).parent / "fixtures" / "html_content"


def story_of(page: str) -> list[str]:
    return [b.text for b in extract_story(parse_markup(page), 20_000)]


def test_teaser_card_after_the_story_stays_out() -> None:
    texts = parse_html((FIXTURES / "trailing_card.html").read_bytes()).paragraphs
    assert texts[-1] == "Christa Lehmann berichtet für die Redaktion aus dem Norden."
    assert any(t.startswith("Eine Bürgerinitiative") for t in texts)
    assert "Kritik der Anwohner" in texts
    for furniture in ("Schifffahrt", "Seit Jahren wird", "Überblick", "Textgröße", "Gefällt mir"):
        assert not any(t.startswith(furniture) for t in texts), furniture


PROSE = "<p>{}</p>".format(
    "The council approved the new budget on Tuesday after a long debate about road repairs and schools."
)


def tail_kept(page: str) -> list[str]:
    """What ``_trim_tail`` keeps of every unit a page shows (as if the best run spanned it)."""
    judged = content._judge(walk_units(parse_markup(page)))
    keep = [i for i, unit in enumerate(judged.units) if unit.text and content._kept(judged, i)]
    return [judged.units[i].text for i in content._trim_tail(judged, keep)]


def test_a_story_set_one_div_a_paragraph_keeps_its_last_short_line() -> None:
    # Each paragraph its own <div>, and a short closing line in a sibling <div>.
    body = "".join(f"<div>{PROSE[3:-4]} Part {n}.</div>" for n in range(4))
    texts = tail_kept(
        f"<html><body><div><h1>Budget</h1>{body}<div>See more photos:</div></div></body></html>"
    )
    assert texts[-1] == "See more photos:"


def test_a_story_set_with_br_keeps_its_sign_off() -> None:
    lines = "<br><br>".join(f"{PROSE[3:-4]} Part {n}." for n in range(4))
    texts = tail_kept(
        f"<html><body><div><h1>Budget</h1><div>{lines}<br><br>With wire reports</div></div></body></html>"
    )
    assert texts[-1] == "With wire reports"


def test_trim_drops_a_kicker_box_but_keeps_a_paragraph() -> None:
    body = PROSE * 3 + "<p>Reporting by Jane Doe</p>"
    card = '<section><div><div class="k">Politics</div></div><h3>Council coverage</h3></section>'
    texts = tail_kept(f"<html><body><div><h1>Budget</h1><div>{body}</div>{card}</div></body></html>")
    assert texts[-1] == "Reporting by Jane Doe"
    assert "Politics" not in texts and "Council coverage" not in texts


def test_a_box_after_the_last_paragraph_stays_out() -> None:
    paras = PROSE * 4
    card = (
        '<div><div class="k">Politics</div><div class="b">Read all our coverage of the council.</div></div>'
    )
    texts = story_of(f"<html><body><article><h1>Budget</h1>{paras}{card}</article></body></html>")
    assert texts[-1].startswith("The council approved")
    assert "Politics" not in texts


@pytest.mark.parametrize(
    "text",
    [
        "Textgröße",
        "Schriftgröße ändern",
        "Text size",
        "글자크기 설정",
        "언어변경",
        "좋아요 0",
        "Like 12",
        "文字サイズ",
    ],
)
def test_reading_toolbar_controls_are_labels(text: str) -> None:
    assert is_chrome_label(text)


@pytest.mark.parametrize("text", ["Text size matters for readers.", "Likes and dislikes", "Gefällt mir gut"])
def test_sentences_about_them_are_not(text: str) -> None:
    assert not is_chrome_label(text)


def bio_page(note: str) -> str:
    paras = PROSE * 4
    return f"<html><body><article><h1>Budget</h1>{paras}<p>{note}</p></article></body></html>"


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe is a reporter covering city hall. Write to her with tips.",
        "Jane Doe was a staff writer at the paper until 2020.",
        "Jane Doe ist Reporterin für das Berichtsgebiet Norddeutschland.",
    ],
)
def test_the_authors_bio_at_the_end_stays_out(note: str) -> None:
    root = parse_markup(bio_page(note))
    texts = [b.text for b in extract_story(root, 20_000, authors=("Jane Doe",))]
    assert note not in texts
    assert texts[-1].startswith("The council approved")


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        ("Jane Doe is a reporter covering city hall.", ()),  # no author stated
        ("John Roe is the council's treasurer and signed the budget.", ("Jane Doe",)),  # someone else
        ("Jane Doesmith was elected mayor in 2019.", ("Jane Doe",)),  # a longer name
        ("Jane Doe covered the vote for us.", ("Jane Doe",)),  # no verb of being
    ],
)
def test_other_closing_lines_stay(note: str, authors: tuple[str, ...]) -> None:
    root = parse_markup(bio_page(note))
    assert [b.text for b in extract_story(root, 20_000, authors=authors)][-1] == note


def cited(link: str) -> list[str]:
    page = f"<html><body><article><h1>Budget</h1>{PROSE * 3}<p>{link}</p>{PROSE}</article></body></html>"
    return [b.text for b in extract_story(parse_markup(page), 20_000)]


def test_a_bare_linked_address_in_the_story_is_a_cited_source() -> None:
    url = "https://example.org/2013/02/council-budget-report.html"
    assert url in cited(f'<a href="{url}">{url}</a>')


def test_a_linked_title_in_the_story_is_still_a_teaser() -> None:
    assert "Council opens new library" not in cited('<a href="/library">Council opens new library</a>')


def test_a_heading_over_a_closing_list_stays() -> None:
    body = PROSE * 3 + "<h3>Tour dates</h3><ul><li>June 9, Tampa</li><li>June 10, Atlanta</li></ul>"
    texts = tail_kept(f"<html><body><div><h1>Budget</h1><div>{body}</div></div></body></html>")
    assert texts[-3:] == ["Tour dates", "June 9, Tampa", "June 10, Atlanta"]


def test_a_paragraph_after_a_gallery_in_the_story_box_stays() -> None:
    # A gallery between the last two paragraphs sets its caption three times over (cut short,
    # in full, in the overlay): furniture that outweighs the closing paragraph, which is still
    # a sibling of the story's paragraphs. Prose outside the story's box stays out.
    caption = (
        "Workers lift the first concrete block of the new breakwater into place on the northern side "
        "of the harbour on Tuesday. (AP Photo/Jane Doe)"
    )
    gallery = '<div class="gallery">' + f"<div>{caption}</div>" * 3 + "</div>"
    story = [
        "The harbour council voted on Tuesday to rebuild the breakwater before winter, after two storms.",
        "Work is to start in September and should take eleven weeks, the council said on Wednesday morning.",
        "The ferry will run from the southern quay while the cranes are in the water, the operator said.",
    ]
    closing = "Note: the fish market stays open throughout the works, with stalls moved to the car park."
    aside = "<div><p>Our newsroom is supported by readers like you; every gift helps us report.</p></div>"
    page = (
        "<html><body><div><h1>Council backs the breakwater</h1><div>"
        + "".join(f"<p>{text}</p>" for text in story)
        + f"{gallery}<p>{closing}</p></div>{aside}</div></body></html>"
    )
    texts = story_of(page)
    assert texts[-1] == closing
    assert not any("Workers lift" in t or "newsroom" in t for t in texts)
