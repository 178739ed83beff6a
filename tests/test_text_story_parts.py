"""Parts of a story on a whole-page text copy that the story finder must keep or leave out:
numbered subheadings, author boxes, agency sign-offs and site notices (fixtures written
for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import chrome
from newsparse.text import story, units
from newsparse.text.paragraphs import Chunk

FIXTURES = Path(__file__).parent / "fixtures" / "textpages"


def _parse(name: str) -> newsparse.Article:
    return newsparse.parse_text((FIXTURES / name).read_bytes())


def test_numbered_subheadings_keep_their_numbers_and_lists_lose_theirs() -> None:
    article = _parse("numbered_tips_inscriptis.txt")
    assert article.headline == "Five steps to a tomato harvest that lasts into October"
    for heading in ("1. Check the soil before you plant", "3. Pinch out the side shoots"):
        assert heading in article.paragraphs
    # A breadcrumb's and a "Most read" box's ranks are a list's numbers, not text.
    assert not any(p.startswith("3. Five steps") for p in article.paragraphs)


def test_html2text_escaped_numbers_are_text_and_its_list_numbers_are_not() -> None:
    article = _parse("numbered_tips_html2text.txt")
    assert any(p.startswith("1. Check the soil before you plant.") for p in article.paragraphs)
    assert any(p.startswith("2. Water deeply") for p in article.paragraphs)
    assert "Canes" in article.paragraphs  # "  1. Canes": an ordered list's item


def test_author_box_at_the_end_is_not_story_and_names_the_author() -> None:
    article = _parse("author_box_end_html2text.txt")
    assert article.paragraphs[-1].startswith("The company says the change saves fuel")
    assert "Dana Whitfield" not in article.body
    assert article.authors == ("Dana Whitfield",)


def test_agency_sign_off_and_the_line_after_it_end_the_story() -> None:
    article = _parse("sign_off_inscriptis.txt")
    assert article.paragraphs[-1].startswith("Die Opposition kritisierte")
    assert "dpa/lno" not in article.body
    assert "abrufbar" not in article.body


@pytest.mark.parametrize(
    ("line", "signs_off"),
    [
        ("aja/PAP", True),
        ("(dpa/lno)", True),
        ("kk, mly/PAP", True),
        ("AP/Reuters", True),
        ("and/or", False),
        ("Getty/AFP", False),
        ("Ukraine/PAP said more", False),
    ],
)
def test_sign_off_shape(line: str, signs_off: bool) -> None:
    assert (story._SIGN_OFF.fullmatch(line) is not None) is signs_off


def test_author_box_under_an_about_label_is_not_story() -> None:
    article = _parse("author_label_end_inscriptis.txt")
    assert article.paragraphs[-1].startswith("Entscheidend sei gewesen")
    assert "Jana Beispiel" not in article.body
    assert article.authors == ("Jana Beispiel",)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement 2",
        "This advertisement has not loaded yet, but your article continues below.",
        "skip past newsletter promotion",
        "after newsletter promotion",
        "Your email address will not be published. Required fields are marked *",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.",
        "Harbour Radio is not responsible for the opinions or statements presented by contributors. "
        "In case of abuse, click here to report.",
        "Les opinions exprimées dans ce blog n'engagent que leurs auteurs.",
        "BEISPIEL ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch von "
        "der Deutschen Presse-Agentur (dpa) übernommen.",
        "Diese Zusammenfassung wurde künstlich erzeugt. Wir freuen uns über Ihr Feedback.",
        "Mit meiner Anmeldung zum Newsletter stimme ich der Werbevereinbarung zu.",
        "To view this video please enable JavaScript, and consider upgrading to a web browser that "
        "supports HTML5 video",
        "Share this entry",
        "weitere Videos",
        "Vis mer",
        "Terms of Service Privacy Notice",
    ],
)
def test_site_notices_and_placeholders_are_chrome(line: str) -> None:
    assert chrome.is_drop(line)


def test_a_story_sentence_about_responsibility_is_not_chrome() -> None:
    assert not chrome.is_drop("The company said it is not responsible for the views of its staff.")


def test_corrections_box_comment_form_and_programme_note_end_the_story() -> None:
    assert chrome.is_break("Fehler auf beispiel.de entdeckt?")
    assert chrome.is_break("Schon gelesen?")
    assert chrome.is_comments_head("Schreibe einen Kommentar")
    assert chrome.is_footer("Dieses Thema im Programm: Über dieses Thema berichtete Radio 1 am 3. Mai 2024.")


def test_a_paragraph_closing_on_a_german_quote_is_prose() -> None:
    text = (
        "„Deshalb ist die Aufklärung über dieses Risiko angemessen“, sagte die Ärztin am Montag. "
        "Ihr Kollege ergänzt: „Derzeit gibt es dafür in den Studien keine belastbaren Hinweise.“"
    )
    (unit,) = story.units([Chunk(text, 0, 0)])
    assert units.prose(unit, True)


def test_author_box_with_the_name_in_capitals_and_the_agency_note_after_it() -> None:
    article = _parse("author_caps_box_inscriptis.txt")
    assert article.paragraphs[-1].startswith("Volunteers knocked on doors")
    assert "RIVERS" not in article.body and "independent global news" not in article.body
    assert article.authors == ("Dana Rivers",)


@pytest.mark.parametrize(
    "line",
    [
        "Image copyright Getty Images",
        "Image caption The minister arrives at the summit on Monday",
        "(Image credit: Example Store)",
        "Los precios de las gasolinas siguen aumentando. (Foto Prensa Ejemplo: Ana Pérez)",
    ],
)
def test_caption_labels_make_a_credit(line: str) -> None:
    (unit,) = story.units([Chunk(line, 0, 0)])
    assert units.is_credit(unit)


def test_newsletter_box_slogan_and_button_and_a_membership_appeal_are_not_story() -> None:
    article = _parse("newsletter_slogan_inscriptis.txt")
    assert len(article.paragraphs) == 4
    assert article.paragraphs[-1].startswith("The representative said she would keep voting")
    for chrome_text in ("Fearless journalism", "I'm in", "Become a member"):
        assert chrome_text not in article.body


def test_short_sections_under_numbered_subheadings_are_no_teaser_list() -> None:
    article = _parse("numbered_short_sections_inscriptis.txt")
    assert "3. Pinch out the side shoots" in article.paragraphs
    assert article.paragraphs[-1].startswith("Removing the shoots")
    assert any(p.startswith("A cheap test kit") for p in article.paragraphs)


def test_h1_over_a_photo_credit_is_the_headline_not_the_breadcrumb_line() -> None:
    article = _parse("crumb_line_h1_credit_html2text.txt")
    assert article.headline == "Forest paths blocked on purpose: police investigate coercion"
    assert article.paragraphs[0].startswith("Again and again")


def test_breadcrumb_run_into_the_headline_gives_the_headline_alone() -> None:
    raw = (FIXTURES / "crumb_line_h1_credit_html2text.txt").read_text().replace("#  Forest", "Forest")
    article = newsparse.parse_text(raw.encode())
    assert article.headline == "Forest paths blocked on purpose: police investigate coercion"


def test_a_teaser_set_into_the_story_with_its_mehr_link_is_not_story() -> None:
    article = _parse("inline_teaser_mehr_inscriptis.txt")
    assert len(article.paragraphs) == 4
    assert "Gegenwind" not in article.body and "überfordert" not in article.body
    assert article.paragraphs[-1].startswith("Der Ausschuss will")


def test_a_live_blog_entry_header_is_chrome() -> None:
    assert chrome.is_drop("21 mins ago 11:48 Jane Roe")
    assert chrome.is_drop("2 hours ago10:05 Jane Roe")
    assert not chrome.is_drop("2 hours ago the council voted to close the school")


def test_a_box_closed_by_its_own_link_is_boxed_whole() -> None:
    # story, "Schlagzeilen", a headline, a headline that reads as a sentence, "Mehr News", story
    weights = [50.0, story.BREAK, -1.5, 10.0, story.BREAK, 40.0]
    assert story._boxed(weights, 0, 5) == {1, 2, 3, 4}
    assert chrome.is_break("Aktuelles : Schlagzeilen")
