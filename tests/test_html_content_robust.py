"""The story is found on pages whose markup names nothing: no class or id, no ``<article>``.

Each page here is written without a single class name, so only structure and wording can
tell the story from its furniture (``benchmarks/perturb.py`` measures the same on the shared
corpus): a label that titles a box of comments, a picture credit that ends a caption, the
headline the metadata states, and paragraphs set apart by ``<br><br>``.
"""

from __future__ import annotations

import pytest

from newsparse import parse_html
from newsparse.html import read_html
from newsparse.html.clean import is_chrome_text
from newsparse.load import load
from newsparse.settings import DEFAULT

STORY = (
    "The harbour council voted on Tuesday to rebuild the northern breakwater before winter, "
    "after two storms in a row flooded the fish market and the ferry terminal.",
    "Work is to start in September and should take eleven weeks, the council said, with the "
    "ferry running from the southern quay while the cranes are in the water.",
)
COMMENT = (
    "I have lived by the harbour for forty years and I have never seen the council move this "
    "fast on anything, so I will believe it when I see the cranes. Last time they promised a "
    "new quay it took six years and the budget doubled twice before anyone poured concrete."
)


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _links(count: int) -> str:
    items = "".join(
        f'<li><a href="/story/{n}">Another headline from the desk, number {n}</a></li>' for n in range(count)
    )
    return f"<div><ul>{items}</ul></div>"


def test_a_comments_label_titles_the_box_it_heads() -> None:
    story = "".join(f"<p>{text}</p>" for text in STORY)
    comments = "".join(f"<div><div>Reader {n} said:</div><p>{COMMENT}</p></div>" for n in range(4))
    page = _page(
        f"<div><h1>Council backs the breakwater</h1>{story}"
        f"<div><h3>4 Comments</h3><div>{comments}</div></div></div>"
    )
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "forty years" not in body


def test_a_label_in_the_story_text_cuts_nothing() -> None:
    # "Related" as loose text between paragraphs is a line of the story's box, not a title.
    page = _page(
        "<div><h1>Council backs the breakwater</h1>"
        f"<div><p>{STORY[0]}</p>Related<p>{STORY[1]}</p></div></div>"
    )
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body


def test_a_wrapper_led_by_a_labelled_box_keeps_the_story_after_it() -> None:
    most_read = _links(3)
    story = "".join(f"<p>{text}</p>" for text in (*STORY, COMMENT))
    page = _page(
        f"<div><h1>Council backs the breakwater</h1><p>{STORY[0]}</p></div>"
        f"<div><div><h3>Most read</h3>{most_read}</div><div>{story}</div></div>"
    )
    body = parse_html(page).body
    assert STORY[1] in body and "forty years" in body


def test_a_picture_credit_marks_a_caption() -> None:
    caption = "Waves break over the old breakwater during the March storm. (AP Photo/Jane Doe)"
    page = _page(
        f"<div><h1>Council backs the breakwater</h1><p>{STORY[0]}</p><p>{caption}</p><p>{STORY[1]}</p></div>"
    )
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "Waves break" not in body


def test_an_abbreviation_in_brackets_is_no_credit() -> None:
    line = "The plan now goes to the regional environment office and the European agency (EPA)"
    page = _page(
        f"<div><h1>Council backs the breakwater</h1><p>{STORY[0]}</p><p>{line}</p><p>{STORY[1]}</p></div>"
    )
    assert line in parse_html(page).body


def test_a_gallery_counter_is_not_a_story_block() -> None:
    page = _page(
        "<div><h1>Council backs the breakwater</h1>"
        f"<p>{STORY[0]}</p><div>Image 1 of 8</div><p>{STORY[1]}</p></div>"
    )
    blocks = read_html(load(page, DEFAULT, kind="html"), DEFAULT).blocks
    assert [b.text for b in blocks[1:]] == list(STORY)


def test_the_prose_under_the_stated_headline_beats_a_longer_footer() -> None:
    headline = "Council backs the breakwater"
    head = f'<title>{headline}</title><meta property="og:title" content="{headline}">'
    footer = f"<div><div>{COMMENT} {COMMENT}</div></div>"
    story = "".join(f"<div>{text}</div>" for text in STORY)
    page = _page(f"<div><h1>{headline}</h1><div>{story}</div></div>{_links(30)}{footer}", head)
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "forty years" not in body


def test_paragraphs_set_apart_by_breaks_weigh_like_paragraphs() -> None:
    story = "<br><br>".join(STORY) + "<br><br>" + STORY[0].replace("Tuesday", "Monday")
    # One paragraph of 330 characters against three of 150 that <br><br> sets apart.
    aside = f"<div><p>{COMMENT} Nobody on our street was asked, and nobody will be.</p></div>"
    page = _page(f"<div><h1>Council backs the breakwater</h1><div>{story}</div></div>{_links(12)}{aside}")
    body = parse_html(page).body
    assert STORY[1] in body
    assert "forty years" not in body


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Sign up to our free breaking news emails", True),
        ("For all the latest news sign up to our daily newsletter here.", True),
        ("Join our commenting forum", True),
        ("We use cookies to improve your experience.", True),
        ("She signed up for the army in 1990 and served for twelve years.", False),
        ("The council will subscribe to the regional transport plan.", False),
        ("有料会員になると会員限定の有料記事もお読みいただけます。", True),
        ("An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt.", True),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", True),
        ("This article includes content provided by Twitter. We ask for your permission first.", True),
        ("Der Verein will externe Berater einstellen, sagte die Vorsitzende am Montag.", False),
        ("© 2019 Harbour Media, LLC. All rights reserved. Harbour Media is a registered name.", True),
        ("Apple logo, Apple TV and App Store are registered trademarks of Apple Inc.", True),
        ("The licence sits between copyright (all rights reserved) and the public domain.", False),
        ("気象庁は13日、宮崎県で震度5弱の地震があったと発表した。", False),
    ],
)
def test_boilerplate_wording_is_chrome_whatever_its_tags(text: str, chrome: bool) -> None:
    assert is_chrome_text(text) is chrome


def test_a_caption_with_a_fold_switch_is_not_story() -> None:
    # A gallery sets each caption twice, cut short and in full, each ending with the link
    # that folds or opens it; with no class name only that switch tells it from prose.
    caption = (
        "Workers lift the first concrete block of the new breakwater into place on the northern "
        "side of the harbour, Tuesday, March 3, as the ferry waits at the southern quay."
    )
    gallery = (
        f'<div><div><div>{caption} <a href="#">less</a></div>'
        f'<div>{caption[:120]} ... <a href="#">more</a></div></div><div>Image 1 of 8</div></div>'
    )
    story = "".join(f"<p>{text}</p>" for text in STORY)
    page = _page(f"<div><h1>Council backs the breakwater</h1>{gallery}{gallery}<div>{story}</div></div>")
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "Workers lift" not in body


def test_a_caption_led_by_its_gallery_counter_is_not_story() -> None:
    caption = "1of4Workers lift the first concrete block of the new breakwater into place, Tuesday, March 3."
    story = "".join(f"<p>{text}</p>" for text in STORY)
    page = _page(f"<div><h1>Council backs the breakwater</h1><div><div>{caption}</div></div>{story}</div>")
    body = parse_html(page).body
    assert STORY[0] in body and "Workers lift" not in body


def test_a_bare_web_address_is_not_prose() -> None:
    # A permalink shown for copying above the headline is one long word, not a paragraph.
    url = "https://www.example.com/news/local/article/council-backs-the-breakwater-before-winter-14848382.php"
    story = "".join(f"<p>{text}</p>" for text in STORY)
    page = _page(f"<div><div>{url}</div><h1>Council backs the breakwater</h1><div>{story}</div></div>")
    blocks = read_html(load(page, DEFAULT, kind="html"), DEFAULT).blocks
    assert [b.text for b in blocks] == ["Council backs the breakwater", *STORY]


def test_a_paragraph_of_linked_names_is_the_storys_line() -> None:
    # Sites that link every place they name set a list of places as a paragraph of links
    # parted by commas: a line of the story, not a menu; its bar-parted menu and its
    # labelled tag list stay out.
    def linked(names: list[str], comma: str) -> str:
        return comma.join(f'<a href="/topics/{n}">{n}</a>' for n in names)

    places = "Shoreham: " + linked(["Eastgate", "Westgate", "Northfield", "Harbour Ward"], ", ")
    menu = linked(["Home", "News", "Sport", "Weather", "Contact"], " | ")
    tags = "Tags: " + linked(["Harbour", "Council", "Storms"], ", ")
    page = _page(
        f"<div><p>{menu}</p></div><div><h1>Council backs the breakwater</h1><div><p>{STORY[0]}</p>"
        f"<p>The wards most at risk are:</p><p>{places}</p><p>{STORY[1]}</p>"
        f"<p>{linked(['Kingsport', 'Lowmoor'], ', ')}</p></div><p>{tags}</p></div>"
    )
    body = parse_html(page).body
    assert "Shoreham: Eastgate, Westgate, Northfield, Harbour Ward" in body
    assert "Kingsport, Lowmoor" in body
    assert "Weather" not in body and "Tags" not in body


def test_a_list_of_linked_titles_with_cut_off_blurbs_is_a_ticker() -> None:
    # A "breaking news" ticker, above and below the story: each item a linked title and the
    # start of its story, cut off mid-sentence. With no class name, the cut and the linked
    # title tell it from a list the story sets out.
    def ticker(count: int) -> str:
        items = "".join(
            f'<li><a href="/news/{n}">Ferry operator number {n} adds a winter timetable</a> '
            f"<span>NORTHPORT: The operator said on Monday that the new timetable, agreed with "
            f"the council after weeks of talks, would add two crossings a day and may soon...</span></li>"
            for n in range(count)
        )
        return f"<div><div>Breaking News</div><ul>{items}</ul></div>"

    story = "".join(f"<p>{text}</p>" for text in STORY)
    story = f"<div><h1>Council backs the breakwater</h1><div>{story}</div></div>"
    page = _page(f"{ticker(10)}{story}{ticker(10)}")
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "Ferry operator" not in body and "NORTHPORT" not in body


@pytest.mark.parametrize(
    "label", ["4 thoughts on “Council backs the breakwater”", "One thought on “Breakwater”"]
)
def test_wordpress_titles_its_comments_with_thoughts(label: str) -> None:
    story = "".join(f"<p>{text}</p>" for text in STORY)
    comments = "".join(f"<li><div>Reader {n}</div><div><p>{COMMENT}</p></div></li>" for n in range(4))
    page = _page(
        f"<div><h1>Council backs the breakwater</h1>{story}"
        f"<div><h3>{label}</h3><ol>{comments}</ol></div></div>"
    )
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "forty years" not in body


def test_prose_after_the_article_element_is_not_the_story() -> None:
    # The template's <article> holds the story; a donation appeal set after it, prose with
    # no class name to tell it, would join the story across the thin share bar between.
    appeal = (
        "Most of our assignments begin when readers ask us whether something is true. We do this "
        "work every day at no cost to you, but it is far from free to produce.",
        "Support our newsroom so we can keep chasing the facts, for you and for anyone searching "
        "for answers. Every contribution, however small, keeps this work going.",
    )
    story = "".join(f"<p>{text}</p>" for text in (*STORY, COMMENT))
    page = _page(
        f"<div><article><h1>Council backs the breakwater</h1><div>{story}</div></article>"
        '<div><a href="/share">Share</a></div>'
        "<div>" + "".join(f"<p>{text}</p>" for text in appeal) + "</div></div>"
    )
    body = parse_html(page).body
    assert STORY[0] in body and "forty years" in body
    assert "Support our newsroom" not in body and "no cost to you" not in body


@pytest.mark.parametrize(
    "label",
    ["Related Recipes", "Verwandte Themen auf unserem Blog:", "About the author", "Über die Autor:in"],
)
def test_more_labels_title_the_box_they_head(label: str) -> None:
    story = "".join(f"<p>{text}</p>" for text in STORY)
    box = f"<div><h3>{label}</h3><div><p>{COMMENT}</p>{_links(3)}</div></div>"
    page = _page(f"<div><h1>Council backs the breakwater</h1>{story}{box}</div>")
    body = parse_html(page).body
    assert STORY[0] in body and STORY[1] in body
    assert "forty years" not in body
