"""Signals that pick a whole page's headline and trim its story, where renderers differ.

inscriptis marks no headings, so its copies leave the headline to layout and to the header
under it; html2text marks headings but not the site's controls. Pages here are written for
these tests, modelled on structures seen in both renderers' copies: a share bar's labels,
a template's unfilled date, a menu row set line under line, a headline far above a video
block, a Korean byline with the reporter's e-mail, a newsletter box inside the story.
"""

from __future__ import annotations

import datetime as _dt

import newsparse
from newsparse import chrome
from newsparse.text import header, story
from newsparse.text.paragraphs import chunks
from newsparse.text.units import Unit, is_credit

SECTIONS = ("Home", "World", "Business", "Sport", "Culture", "Science", "Travel")
MENU = "\n".join(f"  * {name}" for name in SECTIONS)
STORY = (
    "The council voted on Tuesday to close the harbour bridge for six weeks of repairs, after "
    "engineers found that the old steel joints had worn far faster than they had expected.\n\n"
    "Residents have complained for years about the noise of the lorries that cross the bridge at "
    "night, and the traders at the market fear that the closure will keep their customers away.\n\n"
    "A spokesman for the council said that the buses would run on a temporary route through the "
    "new town, and that the works would be checked every week until the bridge opens again.\n"
)
HEADLINE = "Harbour bridge to close for six weeks of repairs"


def _page(*parts: str) -> bytes:
    return "\n\n".join(parts).encode()


def _unit(text: str) -> Unit:
    return story.units(list(chunks([text])))[0]


def test_a_templates_unfilled_date_is_chrome_not_a_headline() -> None:
    assert _unit("Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]").furniture
    assert not _unit("Results [in full] for the day").furniture  # one bracketed aside is text


def test_the_pages_repeated_title_stands_in_when_none_stands_near_the_story() -> None:
    # A gallery of forty captions between the headline and the story, as news sites set it.
    gallery = "\n\n".join(
        f"{n} of 40 | A worker checks the joints of the bridge in the morning light, picture {n}."
        for n in range(1, 41)
    )
    raw = _page(
        MENU,
        HEADLINE,
        HEADLINE,
        gallery,
        "By JANE DOE",
        "Updated [hour]:[minute] [AMPM] [timezone], [monthFull] [day], [year]",
        STORY,
    )
    article = newsparse.parse_text(raw)
    assert article.headline == HEADLINE
    assert article.paragraphs[0].startswith("The council voted on Tuesday")


def test_a_share_bars_label_is_not_the_headline() -> None:
    assert chrome.ui_hits("Share Close extra sharing options") >= 2
    assert chrome.ui_hits("These are external links and will open in a new window") >= 2
    assert chrome.ui_hits(HEADLINE) == 0
    raw = _page(
        MENU,
        HEADLINE,
        "Share Close extra sharing options",
        "By Jane Doe",
        "March 12, 2024",
        STORY,
    )
    assert newsparse.parse_text(raw).headline == HEADLINE


def test_an_advertisers_label_is_no_byline_label() -> None:
    assert not header.header_evidence(_unit("Supported by"))
    assert header.header_evidence(_unit("Written by"))


def test_a_menu_row_set_line_under_line_is_not_the_headline() -> None:
    # inscriptis sets a menu's items as lines with no blank line between; a headline stands
    # apart. The row of section names under the menu reads like a line of author names.
    raw = (
        "  Skip to content\n    Weather\n      Shop Club Vouchers Notices Events Jobs Archive\n"
        "    Menu Search\n    Northland Southland Living Sport\n    Logo of the Daily Harbour.\n\n"
        f"      Repairs after a storm\n\n    {HEADLINE}\n\n"
        "      Engineers found worn joints in the old steel, and the council acted within a week.\n\n"
        f"{MENU}\n\n{STORY}"
    ).encode()
    assert newsparse.parse_text(raw).headline == HEADLINE


def test_a_headline_with_its_byline_is_found_above_a_long_video_block() -> None:
    video = "\n\n".join(
        f"Clip {n}: the harbour at dawn, with the bridge and the market seen from the water"
        for n in range(1, 31)
    )
    raw = _page(
        MENU,
        HEADLINE,
        "Engineers found worn joints in the old steel, and the council acted within a week",
        "By Jane Doe",
        "Published Mar 12, 2024",
        video,
        "Repairs to the bridge: a clip",
        STORY,
        "Trending",
        HEADLINE,  # the page repeats its headline in a list of stories
    )
    article = newsparse.parse_text(raw)
    assert article.headline == HEADLINE
    assert article.authors == ("Jane Doe",)


def test_a_korean_byline_may_carry_the_reporters_email() -> None:
    assert header.signed(_unit("배윤경 기자 bykj@example.co.kr 이상현 기자 lee@example.co.kr"))
    assert not header.signed(_unit("기사 공유 이메일에 공유하기"))


def test_a_newsletter_box_inside_the_story_is_dropped() -> None:
    first, second, third = STORY.strip().split("\n\n")
    raw = _page(
        MENU,
        f"# {HEADLINE}",
        "By Jane Doe",
        "March 12, 2024",
        first,
        "## Daily Harbour Newsletter",
        "Sign up to get the best stories of the week, picked for you by our editors every Friday.",
        second,
        third,
    )
    body = newsparse.parse_text(raw).body
    assert "Sign up to get the best stories" not in body
    assert second in body and third in body


def test_related_and_recent_posts_headers_end_the_story() -> None:
    for label in ("Verwandte Artikel", "Neueste Beiträge", "Themen in diesem Artikel", "Recent Posts"):
        assert chrome.is_break(label), label
    raw = _page(
        MENU,
        f"# {HEADLINE}",
        "By Jane Doe",
        "March 12, 2024",
        STORY,
        "Verwandte Artikel",
        "## Ferry service to run every hour while the harbour bridge is closed for its repairs",
    )
    assert "Ferry service" not in newsparse.parse_text(raw).body


def test_a_date_right_above_the_headline_is_the_published_date() -> None:
    raw = _page(MENU, "NEWS FEATURE", "12 March 2024", f"# {HEADLINE}", STORY)
    assert newsparse.parse_text(raw).published == _dt.date(2024, 3, 12)


def test_arabic_words_are_counted_by_spaces() -> None:
    assert _unit("شعر وردي يشعل السخرية لغز لون شعر دونالد ترامب").words == 9


def test_a_long_headline_over_a_long_dek_stays_the_headline() -> None:
    dek = "Local engineers, 19 of them, became the first team to inspect the joints since the storm"
    long_headline = HEADLINE + " as the council acts on an old warning"
    raw = _page(MENU, long_headline, dek, "Jane Doe", "12 March 2024", STORY)
    assert newsparse.parse_text(raw).headline == long_headline


def test_a_parenthesised_photographer_and_agency_is_a_credit() -> None:
    assert is_credit(_unit("(Jacquelyn Doe / Associated Press)"))


def test_an_author_box_after_the_story_is_not_story_text() -> None:
    bio = "Reporter at the Daily Harbour since 2016, she covers the port, its ferries and its trade."
    box = ("About the author", "Jane Doe", bio)
    raw = _page(MENU, f"# {HEADLINE}", "By Jane Doe", "March 12, 2024", STORY, *box)
    article = newsparse.parse_text(raw)
    assert "Reporter at the Daily Harbour" not in article.body
    assert article.paragraphs[-1].startswith("A spokesman for the council")


def test_a_long_standfirst_without_a_stop_is_kept() -> None:
    standfirst = (
        "The old steel joints of the bridge have worn far faster than the engineers had expected, "
        "and the council wants them replaced before the winter storms arrive"
    )
    raw = _page(MENU, f"# {HEADLINE}", "Jane Doe", standfirst, "March 12, 2024", STORY)
    assert newsparse.parse_text(raw).paragraphs[0] == standfirst
