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


def story_of(page: str) -> list[str]:
    return [b.text for b in extract_story(parse_markup(page), 20_000)]


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


def test_contributor_disclaimer_is_chrome_text() -> None:
    from newsparse.html.clean import is_chrome_text

    assert is_chrome_text(
        "Example Daily is not responsible for the opinions, statements or media content presented "
        "by contributors."
    )
    assert is_chrome_text(
        "Articles may contain the opinions of their authors, which do not necessarily reflect the views "
        "of this site."
    )
    assert not is_chrome_text(
        "The minister said she was not responsible for the delays at the border this summer."
    )


def test_contributor_disclaimer_after_the_story_stays_out() -> None:
    story_text = "".join(
        f"<p>Paragraph {n} of the report says the harbour wall will be rebuilt over the next two years "
        "at a cost the council has yet to publish.</p>"
        for n in range(4)
    )
    page = (
        "<html><body><div class='post'><h1>Harbour wall to be rebuilt</h1>"
        f"{story_text}<p><em>GIS</em></p>"
        "<div style='font-size:0.9em'><strong>Example Daily</strong> is not responsible for the opinions, "
        "statements or media content presented by contributors. In case of abuse, "
        "<a href='/contact'>click here to report</a>.</div></div></body></html>"
    )
    body = parse_html(page).body
    assert "Paragraph 3 of the report" in body
    assert "not responsible" not in body


def test_bare_label_titles_the_list_that_follows_it() -> None:
    body = parse_html((FIXTURES / "bare_label_list.html").read_bytes()).body
    assert "More Great Example Wire Stories" not in body
    assert "opt out of the sites" not in body and "charger in the box" not in body
    assert body.rstrip().endswith("remove the contact details at any time.")


def test_named_newsletter_box_stays_out() -> None:
    body = parse_html((FIXTURES / "bare_label_list.html").read_bytes()).body
    assert "Newsletter:" not in body and "unsubscribe" not in body
    assert body.startswith("When the app added free business tools")


def test_live_blog_stamps_stay_out() -> None:
    body = parse_html((FIXTURES / "live_stamps.html").read_bytes()).body
    assert " ago" not in body and "Sam Example" not in body
    assert "All ferry crossings" in body and "danger to life from flying debris" in body
    assert "Trees down on the coast road" in body


def test_card_led_by_a_kicker_and_a_linked_title_stays_out() -> None:
    body = parse_html((FIXTURES / "kicker_card.html").read_bytes()).body
    assert "Seit Monaten ringen" not in body
    assert body.rstrip().endswith("Mietervereine begrüßten die Einigung dagegen.")


def test_unrendered_shortcode_widget_stays_out() -> None:
    story_text = "".join(
        f"<p>Part {n} of the review: the book collects forty years of motorcycle photographs and pairs "
        "every chapter with a song chosen by the rider in the pictures.</p>"
        for n in range(4)
    )
    page = (
        f"<html><body><article><h1>Book review</h1>{story_text}"
        "<p>[Editor's note: the book is also sold in a German edition with the same songs.]</p>"
        f"{story_text}<p>[button link=\u201dhttps://example.org/submit/\u201d type=\u201dbig\u201d] "
        "Send us YOUR own "
        "kit review and win a pair of gloves this month[/button]</p></article></body></html>"
    )
    body = parse_html(page).body
    assert "Send us YOUR" not in body
    assert "[Editor's note: the book is also sold in a German edition with the same songs.]" in body
    assert "Part 3 of the review" in body


def test_source_line_after_the_story_stays_out() -> None:
    story_text = "".join(
        f"<p>Report {n}: two soldiers were killed when their helicopter came down in the east of the "
        "country, the military said on Wednesday, adding that the cause was under investigation.</p>"
        for n in range(4)
    )
    page = (
        f"<html><body><div id='x'><h1>Helicopter down</h1>{story_text}"
        "<p>SOURCE: News agencies</p></div></body></html>"
    )
    body = parse_html(page).body
    assert "SOURCE" not in body and "Report 3:" in body


def test_heading_over_a_list_of_steps_is_kept() -> None:
    steps = "".join(
        f"<li>Step {n}: turn the dial slowly to the right until the needle rests on the mark, then wait "
        "for the second click before you let go of it.</li>"
        for n in range(5)
    )
    page = (
        "<html><body><div class='nav'><a href='/'>Home</a> <a href='/guides'>Guides</a></div>"
        "<div class='page'><h1>Setting the dial</h1><div class='guide'><h2>Before you start</h2>"
        f"<ul>{steps}</ul></div></div></body></html>"
    )
    blocks = story_of(page)
    assert blocks[1] == "Before you start"
    assert blocks[2].startswith("Step 0:")


def test_a_summary_a_machine_wrote_stays_out() -> None:
    # The box says so in its note ("Diese Zusammenfassung wurde künstlich erzeugt"): its key
    # points restate the story, whatever the box is named. The standfirst beside it stays.
    texts = parse_html((FIXTURES / "machine_summary.html").read_bytes()).paragraphs
    assert texts[0].startswith("Nach langem Streit")
    assert any(t.startswith("Mit 21 zu 19 Stimmen") for t in texts)
    assert any(t.startswith("Die Händler in der Kanalstraße") for t in texts)
    for furniture in (
        "Der Artikel für Sie",
        "Diese Zusammenfassung",
        "Der Stadtrat hat nach",
        "Anwohner befürchten",
    ):
        assert not any(t.startswith(furniture) for t in texts), furniture
