"""Story parts the body keeps besides its paragraphs: standfirst, sub-headings, quotations.

``fixtures/html_content/feature_story.html`` is a hand-written page modelled on current
news templates: a standfirst under the headline cut off from the story by a byline, a
share bar and a lead picture; a sub-heading wrapped in a named jump anchor; a quotation
set as ``<figure><blockquote>``; an embedded post; then a river of teaser cards (linked
title and blurb) in a box with no furniture name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import chrome, parse_html
from newsparse.blocks import Block
from newsparse.html import read_html
from newsparse.html.clean import NONE, WEAK, token_grade
from newsparse.load import load
from newsparse.settings import DEFAULT

FIXTURES = Path(__file__).parent / "fixtures" / "html_content"


def blocks_of(markup: str | bytes) -> list[Block]:
    return list(read_html(load(markup, DEFAULT, kind="html"), DEFAULT).blocks)


@pytest.fixture(scope="module")
def feature() -> list[Block]:
    return blocks_of((FIXTURES / "feature_story.html").read_bytes())


def test_standfirst_follows_the_headline(feature: list[Block]) -> None:
    assert feature[0].heading == 1
    assert feature[1].text.startswith("After two winters of flooding the council backed")
    assert feature[2].text.startswith("The vote came after a four-hour meeting")


def test_furniture_between_standfirst_and_story_stays_out(feature: list[Block]) -> None:
    body = "\n".join(b.text for b in feature)
    for furniture in ("Mara Lind", "Share this story", "Waves break over", "Ferry timetable", "Copyright"):
        assert furniture not in body


def test_subheading_in_a_named_anchor_is_kept(feature: list[Block]) -> None:
    heading = next(b for b in feature if b.text == "Fishermen ask for a phased build")
    assert (heading.tag, heading.heading, heading.link_density) == ("h3", 3, 0.0)


def test_quotation_in_a_figure_is_kept_without_its_attribution(feature: list[Block]) -> None:
    texts = [b.text for b in feature]
    assert "We can live with a hard year, but we cannot live with a town under water every spring." in texts
    assert "Skipper Ines Valk" not in texts


def test_embedded_post_is_kept(feature: list[Block]) -> None:
    body = "\n".join(b.text for b in feature)
    assert "Council backs the sea wall plan by nine votes to four." in body


def test_linked_sentence_stays_and_read_more_link_goes(feature: list[Block]) -> None:
    body = "\n".join(b.text for b in feature)
    assert "found that the old wall had failed in three places." in body
    assert "Read more" not in body


def test_short_linked_sentence_stays_and_shouted_call_to_action_goes() -> None:
    prose = f"<p>{'Long story prose. ' * 30}</p>"
    linked = "<p><a href='/nato'>It also runs joint military exercises</a> with its allies.</p>"
    shout = "<p><a href='/app'>GET THE COURIER APP BY CLICKING HERE!</a></p>"
    texts = [b.text for b in blocks_of(page_of("<h1>Title</h1>", f"{prose}{linked}{shout}{prose}"))]
    assert "It also runs joint military exercises with its allies." in texts
    assert not any("CLICKING HERE" in t for t in texts)


def test_linked_list_line_stays_and_labelled_link_goes() -> None:
    prose = f"<p>{'Long story prose. ' * 30}</p>"
    towns = "<a href='/a'>Harbourside</a>, <a href='/b'>Old Town</a> and <a href='/c'>West Quay</a>"
    towns = f"<p>{towns} lost power.</p>"
    related = "<p>Related: <a href='/r'>Storm damage closes the ferry terminal for a week.</a></p>"
    texts = [b.text for b in blocks_of(page_of("<h1>Title</h1>", f"{prose}{towns}{related}{prose}"))]
    assert "Harbourside, Old Town and West Quay lost power." in texts
    assert not any(t.startswith("Related") for t in texts)


def test_teaser_cards_after_the_story_stay_out(feature: list[Block]) -> None:
    assert feature[-1].text.startswith("The council will publish the tender in April")
    body = "\n".join(b.text for b in feature)
    assert "force nine gale" not in body and "forty cars" not in body


def test_story_box_led_by_a_linked_kicker_is_no_card() -> None:
    kicker = "<div><a href='/politics'>Politics</a></div>"
    lead = "<p>Thousands queued in the cold to sign his papers, and the count is due this week.</p>"
    page = page_of(f"{kicker}<h1>Candidate bets on change</h1>{lead}", f"<p>{'Long story prose. ' * 30}</p>")
    assert "Thousands queued in the cold" in "\n".join(b.text for b in blocks_of(page))


def page_of(header: str, body: str) -> str:
    return f"<html><body><article><header>{header}</header>{body}</article></body></html>"


def test_only_the_first_prose_under_the_headline_is_the_standfirst() -> None:
    lead = "<p>Leaders meet without the US for the first time in a decade of climate summits.</p>"
    share = "<ul class='share'>" + "<li><a href='/s'>Share this story now</a></li>" * 8 + "</ul>"
    note = "<p>Jane Doe is a freelance reporter in London.</p>"
    header = f"<h1>Summit opens</h1>{lead}{share}{note}{share}"
    blocks = blocks_of(page_of(header, f"<p>{'Long story prose. ' * 30}</p>"))
    texts = [b.text for b in blocks]
    assert texts[1].startswith("Leaders meet without the US")
    assert "Jane Doe is a freelance reporter in London." not in texts


def test_heading_restating_the_headline_is_dropped() -> None:
    prose = f"<p>{'Long story prose. ' * 30}</p>"
    story = f"{prose}<h2>Sea defences: Harbour town votes to rebuild its sea wall</h2>{prose}"
    texts = [b.text for b in blocks_of(page_of("<h1>Harbour town votes to rebuild its sea wall</h1>", story))]
    assert texts[0] == "Harbour town votes to rebuild its sea wall"
    assert not any("Sea defences" in t for t in texts)


def test_subheading_opening_the_story_is_kept() -> None:
    prose = f"<p>{'Long story prose. ' * 30}</p>"
    story = f"<div class='body'><h2>How the plan began</h2>{prose}{prose}</div>"
    texts = [b.text for b in blocks_of(page_of("<h1>Title of the story</h1>", story))]
    assert texts[:2] == ["Title of the story", "How the plan began"]


def test_href_anchor_still_counts_as_a_link() -> None:
    links = "".join(f'<p><a href="/{i}">Another story number {i} about the harbour</a></p>' for i in range(3))
    page = page_of("<h1>Title</h1>", f"<p>{'Long enough prose for a story. ' * 12}</p>{links}")
    assert "Another story number" not in "\n".join(b.text for b in blocks_of(page))


def test_standfirst_does_not_hide_the_dateline() -> None:
    lead = "<p>Lawmakers back a stopgap bill that keeps the government open until November.</p>"
    share = "<ul class='share'>" + "<li><a href='/s'>Share this story now</a></li>" * 6 + "</ul>"
    first = "WASHINGTON, Sept 30 (Reuters) - The U.S. Senate passed a stopgap funding bill on Saturday. "
    article = parse_html(page_of(f"<h1>Senate passes bill</h1>{lead}{share}", f"<p>{first * 3}</p>"))
    assert article.dateline is not None and article.dateline.city == "WASHINGTON"


@pytest.mark.parametrize(
    ("cls", "grade"),
    [
        ("twitter-tweet", NONE),  # an embedded post is quoted text
        ("twitter-share-button", WEAK),  # ...a share button is not
        ("tweet-share", WEAK),
    ],
)
def test_embedded_post_class_names(cls: str, grade: int) -> None:
    assert token_grade(cls, "") == grade


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Das Wohnheim in Debant © Gemeinde Debant", True),  # a caption ending in its credit
        ("Waves over the wall. | © Jan Pauls/Coastal Courier", True),
        ("Advert", True),
        ("This slideshow requires JavaScript.", True),
        ("8 Min", True),
        ("Lesedauer: 4 Min.", True),
        ("The logo, registered © 1998, was sold to a rival firm in a deal worth millions last week.", False),
        ("Advertisers left the platform in droves after the change.", False),
        ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", True),
        ("Follow the Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.", True),
        ("Follow these steps shared on Twitter to catch a train groper.", False),
    ],
)
def test_caption_credits_and_widget_lines_are_chrome(line: str, furniture: bool) -> None:
    assert chrome.is_chrome(line) is furniture
