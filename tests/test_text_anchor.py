"""A dateline anchors where a text page's story starts.

Fixtures are pages written for these tests, modelled on structures seen in whole-page text
copies: a photo gallery's numbered captions set between headline and a wire story's
dateline, and a site's promo set above a bare page's headline, byline and timestamp.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import newsparse
from newsparse.text import anchor, story
from newsparse.text.paragraphs import chunks
from newsparse.text.units import Unit, gallery

FIXTURES = Path(__file__).parent / "fixtures" / "text_anchor"


def _parse(name: str) -> newsparse.Article:
    return newsparse.parse_text((FIXTURES / name).read_bytes())


def _unit(text: str) -> Unit:
    return story.units(list(chunks([text])))[0]


@pytest.mark.parametrize(
    "text",
    [
        "1of4Grass Valley's mayor looks at the shelves before the storm arrives. (Jo Doe/The Union via AP)",
        "1 of 4 A shopper looks at extension cords in a hardware store.",
        "Photo 2/5 Blick auf den Hafen am Morgen",
        "2/12 Blick auf den Hafen",
    ],
)
def test_gallery_counters_mark_captions(text: str) -> None:
    assert gallery(_unit(text))


def test_a_count_run_into_a_lower_case_word_is_no_gallery_counter() -> None:
    # "3rds" is a fraction's ending, not a caption that starts right after the counter.
    assert not gallery(_unit("2/3rds of the voters said no to the plan on Sunday."))


@pytest.mark.parametrize(
    ("text", "strong"),
    [
        (
            "SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power to homes.",
            True,
        ),
        (
            "LONDON, March 3 - The government announced a new plan for public transport on Tuesday morning.",
            True,
        ),
        ("LAKESIDE, Minn. – The old river bridge closed on Monday after inspectors found cracks.", False),
        ("SAN FRANCISCO (AP) — Short.", False),
        ("The mayor said on Monday that the bridge would stay closed for the rest of the year.", False),
    ],
)
def test_strong_dateline_names_agency_or_date_and_opens_a_sentence(text: str, strong: bool) -> None:
    assert anchor.strong(text) is strong


def test_gallery_captions_before_the_dateline_are_not_story() -> None:
    article = _parse("gallery_captions.html2text.txt")
    assert article.headline == "Harbor ferry service halted as storm batters the coast"
    assert article.dateline is not None and article.dateline.city == "PORTLAND"
    assert article.dateline.agency == "AP"
    assert article.paragraphs[0].startswith("The state ferry operator halted")
    assert not any("of3" in p or "via AP" in p for p in article.paragraphs)


def test_prose_standfirst_before_the_dateline_stays() -> None:
    lead = _unit("WASHINGTON (AP) — The Senate passed the spending bill late on Friday after a long debate.")
    standfirst = _unit("Lawmakers reached a deal on the budget after weeks of talks between the two parties.")
    credit = _unit("Photo: Jane Doe/Reuters")
    body = [credit, standfirst, lead]
    assert anchor.anchored(body, True) == [standfirst, lead]
    assert anchor.anchored([credit, lead], True) == [lead]


def test_dateline_far_down_is_no_anchor() -> None:
    filler = [
        _unit(f"Paragraph {n} of the story goes on with more words and then it ends.") for n in range(9)
    ]
    lead = _unit("WASHINGTON (AP) — The Senate passed the spending bill late on Friday after a long debate.")
    body = [_unit("Share this"), *filler, lead]
    assert anchor.anchored(body, True) == body


def test_promo_above_a_bare_page_headline_is_not_the_headline() -> None:
    article = _parse("promo_over_headline.inscriptis.txt")
    assert article.headline is not None
    assert article.headline.startswith("Town council asks")
    assert article.dateline is not None and article.dateline.city == "LAKESIDE"
    assert article.paragraphs[0].startswith("The old river bridge closed")
    assert not any("Learn More" in p or "Welcome to" in p for p in article.paragraphs)
    assert "Learn More" in article.chrome_removed


def test_bare_page_with_headline_on_top_is_left_alone() -> None:
    text = (
        "Bridge closes after inspectors find cracks\n\n"
        "LAKESIDE, Minn. – The old river bridge closed on Monday after inspectors found cracks.\n\n"
        "The council said it would meet on Thursday to decide how to pay for the repairs.\n"
    )
    article = newsparse.parse_text(text.encode())
    assert article.headline == "Bridge closes after inspectors find cracks"
    assert article.dateline is not None and article.dateline.city == "LAKESIDE"


def test_newsletter_box_header_goes_with_its_appeal() -> None:
    # "PC Gamer Newsletter" over its appeal, set between two of the story's paragraphs.
    para = "The guard leads the way down the mountain road, and the {} village lies quiet below us tonight."
    appeal = "Sign up to get the best content of the week, and great gaming deals, picked by the editors."
    lines = [para.format("first"), "", "Example Games Newsletter", "", appeal, "", para.format("second")]
    found = story.units(list(chunks(lines)))
    assert story._promo_box(found, 0, len(found) - 1) == {1, 2}


def test_byline_without_by_and_the_date_under_a_bare_page_headline_are_read() -> None:
    article = _parse("promo_over_headline.inscriptis.txt")
    assert article.authors == ("Maria Lind", "Peter K. Olson")
    assert article.published == datetime.date(2020, 4, 2)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lisa Doe and Trevor J. Roe Sioux Falls Argus Leader", ("Lisa Doe", "Trevor J. Roe")),
        ("Jane Doe USA TODAY", ("Jane Doe",)),
        ("Jan van Dijk, Eva Roe Harbour Post", ("Jan van Dijk", "Eva Roe")),
        ("Harbour", ()),
    ],
)
def test_names_of_a_byline_without_by_leave_the_outlet_out(line: str, names: tuple[str, ...]) -> None:
    assert anchor.signature_names(line) == names


def test_bare_page_lead_without_a_dateline_under_a_desk_byline_and_a_captioned_photo() -> None:
    article = _parse("desk_byline_caption.inscriptis.txt")
    assert article.headline is not None and article.headline.startswith("Tuesday's college hockey")
    assert article.paragraphs[0].startswith("Northport, Minn. — Jamie Orr scored")
    assert article.paragraphs[-1].startswith("Lakeside will face")
    assert article.published == datetime.date(2024, 3, 5)
    assert article.authors == ()  # a desk's line and a photo credit name no author
    for chrome_text in ("staff and wire", "celebrates a goal", "Kim Park", "Published", "Terms of Service"):
        assert chrome_text not in article.body


def test_dated_table_rows_under_a_wire_headline_are_no_header() -> None:
    text = (
        "HARBOUR INCOME FUND SETS PAYOUT\n    LAKESIDE, Minn., March 2 -\n"
        "    Mthly div 7.1 cts vs 7.1 cts prior\n    Pay March 31\n    Record March 16\n"
        "    NOTE: Harbour Income Fund of the Lakeside Group.\n Reuter\n"
    )
    article = newsparse.parse_text(text.encode())
    assert article.headline == "HARBOUR INCOME FUND SETS PAYOUT"
    assert "Pay March 31" in article.paragraphs
