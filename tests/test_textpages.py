"""Whole-page text copies: the story found inside menus, bylines, captions, related boxes
and footers (fixtures written for these tests), and the floors on the shared pages."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

import newsparse
from newsparse import chrome, scoring
from newsparse.text import story, timestamps
from newsparse.text.paragraphs import chunks, greedy_width, wrap_width
from shared import manifest

FIXTURES = Path(__file__).parent / "fixtures" / "textpages"
BODY_FLOOR = 0.935  # measured 0.945
TITLE_FLOOR = 0.79  # measured 60/75 = 0.80


def _parse(name: str) -> newsparse.Article:
    return newsparse.parse_text((FIXTURES / name).read_bytes())


def test_html2text_page_gives_headline_byline_date_and_story_only() -> None:
    article = _parse("harbour_html2text.txt")
    assert article.headline == "Harbour bridge to close for six weeks of repairs"
    assert article.authors == ("Jane Doe", "Tom Roe")
    assert article.published == _dt.date(2024, 3, 12)
    assert article.paragraphs[0].startswith("The harbour bridge will close")
    assert article.paragraphs[-1].startswith("Buses will run on a temporary route")
    assert "Diversions in place" in article.paragraphs  # the story's subheading stays
    body = article.body
    for chrome_text in (
        "Read more",
        "(Image: Getty)",
        "Related articles",
        "Trending",
        "Tags",
        "©",
        "Sign in",
    ):
        assert chrome_text not in body


def test_inscriptis_page_in_german_keeps_standfirst_and_drops_teasers() -> None:
    article = _parse("bahn_inscriptis.txt")
    assert article.headline == "Bahnstreik legt Fernverkehr lahm"
    assert article.authors == ("Max Mustermann",)
    assert article.published == _dt.date(2024, 4, 22)
    assert article.paragraphs[0].startswith("Die Lokführergewerkschaft hat erneut")
    assert "Was Fahrgäste jetzt wissen müssen" in article.paragraphs
    assert article.paragraphs[-1].startswith("Ein Sprecher der Gewerkschaft")
    assert "Wartende Fahrgäste" not in article.body  # photo caption
    assert "Lufthansa" not in article.body  # related teaser after "Das könnte Sie auch interessieren"


def test_comments_after_a_short_story_are_not_story() -> None:
    article = _parse("comments_inscriptis.txt")
    assert article.headline == "Quarterly open thread: ask us anything"
    assert article.authors == ("Sam Okafor",)
    assert article.published == _dt.date(2024, 4, 2)
    assert len(article.paragraphs) == 2
    assert "school meals" not in article.body


def test_bare_story_is_not_taken_for_a_whole_page() -> None:
    text = "Headline of a wire story\n\nLONDON, May 3 (Reuters) - Prices rose on Friday, traders said.\n"
    lines = text.split("\n")
    assert not story.may_be_whole_page(lines)
    assert not story.is_whole_page(story.units(list(chunks(lines))))


def test_menu_lines_do_not_look_hard_wrapped() -> None:
    menu = ["  * Home", "  * News", "  * Sport", "Some longer line of the page here that fills up"] * 10
    assert wrap_width(menu) is None
    wrapped = ["    The company said on Tuesday that its first quarter profit", "rose sharply on higher"]
    assert wrap_width(wrapped * 5) is not None


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("22.04.2024, 17:26 Uhr", _dt.date(2024, 4, 22)),
        ("Wednesday 20 November 2019 9:22 am", _dt.date(2019, 11, 20)),
        ("Publié le 30 août 2023 à 14h52", _dt.date(2023, 8, 30)),
        ("Published 11:11 PM EST Nov 19, 2019", _dt.date(2019, 11, 19)),
        ("18. Mai 2026", _dt.date(2026, 5, 18)),
    ],
)
def test_timestamp_lines_are_read(line: str, when: _dt.date) -> None:
    assert timestamps.is_timestamp(line)
    assert timestamps.published(line) == when


@pytest.mark.parametrize(
    "line", ["The deal closed in May 2019 after talks.", "Harbour bridge to close", "Formula 1"]
)
def test_prose_and_titles_are_not_timestamps(line: str) -> None:
    assert not timestamps.is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "## Related articles",
        "Das könnte Sie auch interessieren",
        "Sur le même sujet",
        "Tags: Alibaba",
        "3 Comments",
    ],
)
def test_box_headers_end_a_story(line: str) -> None:
    assert chrome.is_break(line)


def test_story_sentences_are_not_box_headers() -> None:
    assert not chrome.is_break("Related companies said on Monday that talks had failed.")
    assert not chrome.is_chrome("The harbour bridge will close to all traffic for six weeks from Monday.")


def _shared_results() -> list[tuple[dict[str, object], newsparse.Article]]:
    results = []
    for path, row in manifest("textpages"):
        try:
            article = newsparse.parse_text(path.read_bytes())
        except newsparse.NewsparseError:  # one shared page is empty: it scores as a miss
            article = newsparse.Article()
        results.append((row, article))
    return results


def test_textpages_body_and_title_floors() -> None:
    """Body F1 (``article.body``) and exact titles (``article.headline``) on the shared pages."""
    results = _shared_results()
    body = scoring.body_score((r["expected"]["body"], a.body) for r, a in results)  # type: ignore[index]
    titled = [(r, a) for r, a in results if r["expected"].get("title")]  # type: ignore[attr-defined]
    exact = sum(scoring.fold(r["expected"]["title"]) == scoring.fold(a.headline) for r, a in titled)  # type: ignore[index]
    assert body.n == 164
    assert body.f1 >= BODY_FLOOR, body
    assert exact / len(titled) >= TITLE_FLOOR, (exact, len(titled))


def test_french_page_keeps_story_around_an_inline_read_also_line() -> None:
    article = _parse("vendanges_inscriptis.txt")
    assert article.headline == "Vendanges : une récolte précoce mais réduite dans le Bordelais"
    assert article.authors == ("Jeanne Dupont",)
    assert article.published == _dt.date(2024, 8, 28)
    assert article.paragraphs[0].startswith("Les viticulteurs ont commencé")
    assert article.paragraphs[-1].startswith("Les producteurs restent pourtant optimistes")
    assert "Lire aussi" not in article.body
    assert "AFP" not in article.body  # caption with its credit
    assert "Languedoc" not in article.body  # teaser under "Sur le même sujet"


def test_names_on_the_lines_after_a_bare_von_are_the_authors() -> None:
    menu = "\n".join(f"  * Rubrik {name}" for name in "ABCDEFGHIJ")
    page = (
        f"{menu}\n\nStadtrat beschließt neues Radwegenetz für die Innenstadt\n\nVon\n\nAnna Berger\n\n"
        "Jonas Keller\n\n12.03.2024, 08:15 Uhr\n\n"
        "Der Stadtrat hat am Dienstag mit großer Mehrheit ein neues Radwegenetz beschlossen, das bis "
        "zum Jahr 2030 fertig sein soll.\n\nDie Kosten werden auf rund zwölf Millionen Euro geschätzt, "
        "den größten Teil davon trägt das Land.\n"
    )
    article = newsparse.parse_text(page)
    assert article.headline == "Stadtrat beschließt neues Radwegenetz für die Innenstadt"
    assert article.authors == ("Anna Berger", "Jonas Keller")
    assert article.published == _dt.date(2024, 3, 12)
    assert len(article.paragraphs) == 2


def test_renderer_wrapped_whole_page_joins_its_paragraphs() -> None:
    # html2text with body_width=78: too many menu lines for the wire-copy wrap test.
    article = _parse("pier_html2text_wrapped.txt")
    assert article.headline == "Eastmere votes to shut ferry pier for a year of repairs"
    assert len(article.paragraphs) == 6
    assert article.paragraphs[2].endswith("cheaper than losing it altogether.”")
    assert "Most read" not in article.body


def test_greedy_width_needs_breaks_where_the_next_word_would_not_fit() -> None:
    text = (FIXTURES / "pier_html2text_wrapped.txt").read_text(encoding="utf-8")
    assert greedy_width(text.split("\n")) in range(70, 79)
    # the same page unwrapped: each paragraph one long line, menus short lines
    unwrapped = [" ".join(part.split("\n")) for part in text.split("\n\n")]
    assert greedy_width("\n\n".join(unwrapped).split("\n")) is None


def test_story_resumes_after_a_most_read_box_padded_with_placeholders() -> None:
    # "Loading..." and "Advertisement" lines pad the box past the resume gap if counted whole.
    article = _parse("tanker_mostread_html2text.txt")
    assert article.paragraphs[-1].startswith("The tanker is to be handed over")
    assert "Who took part in the boarding?" in article.paragraphs
    for teaser in ("Most read", "Storm brings snow", "Minister resigns", "Local team wins"):
        assert teaser not in article.body
    assert "transponders" not in article.body


def test_story_does_not_resume_after_the_comments_heading() -> None:
    article = _parse("reply_form_inscriptis.txt")
    assert article.headline == "Village hall reopens after two years of repairs"
    assert article.paragraphs[-1].startswith("The first booking is a wedding reception")
    assert "birthday party" not in article.body  # a reader's comment under "Leave a Reply"


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("Leave a Reply Cancel reply", True),
        ("Kommentar verfassen", True),
        ("Deja un comentario", True),
        ("Laisser un commentaire", True),
        ("Lascia un commento Annulla risposta", True),
        ("12 Comments", True),
        ("12 Kommentare", True),
        ("3 commentaires", True),
        ("* Leave a comment", False),  # a link in the byline only points to the comments
        ("Comments are closed.", False),
    ],
)
def test_comments_heading_is_read_from_its_words(line: str, heads: bool) -> None:
    found = story.units(list(chunks([line])))
    assert story.comments_head(found[0]) is heads


def test_notices_after_a_run_of_teaser_headlines_are_not_story() -> None:
    article = _parse("teasers_login_inscriptis.txt")
    assert article.headline == "Ferry services cut as fuel costs climb on the islands"
    assert article.paragraphs[-1].startswith("Hotel owners on the largest island")
    assert "Record number of cruise visitors" not in article.body  # a teaser headline
    assert "reader account" not in article.body  # a sign-in notice after the teasers


def test_dated_teaser_items_after_the_story_are_not_story() -> None:
    # Headline, author, date and summary, item after item: a story shows its date once.
    article = _parse("dated_teasers_inscriptis.txt")
    assert article.headline == "Council approves night buses for the river districts"
    assert article.paragraphs[-1].startswith("Opposition councillors voted")
    assert "harbour bridge" not in article.body
    assert "Tom Barlow" not in article.body


def test_story_resumes_after_a_box_with_two_related_headers() -> None:
    article = _parse("related_twice_html2text.txt")
    assert article.paragraphs[-1].startswith('"We never stopped being friends')
    assert len(article.paragraphs) == 5
    assert "decade of reunions" not in article.body


def test_summaries_over_a_more_link_and_a_counted_comments_heading_end_the_story() -> None:
    article = _parse("mehr_teasers_inscriptis.txt")
    assert article.headline == "Immer weniger Mühlen mahlen im Land"
    assert article.paragraphs[-1].startswith("Der Verband der Müller")
    assert "Brötchen" not in article.body  # a teaser's summary over its "mehr" link
    assert "Nachbarort" not in article.body  # a comment under "12 Kommentare"


def test_a_blog_comments_heading_naming_the_post_ends_the_story() -> None:
    article = _parse("thread_heading_html2text.txt")
    assert article.headline == "Why a weekly review keeps a small business on track"
    assert len(article.paragraphs) == 4
    assert "thoughts on" not in article.body


def test_a_list_the_story_ends_on_is_kept() -> None:
    # Eighteen plain lines of tour dates after the prose: the story's own list, not chrome.
    article = _parse("tour_dates_html2text.txt")
    assert article.paragraphs[-1] == "August 14 – Phoenix, AZ @ Desert Pavilion"
    assert "June 5 – Albany, NY @ River Hall" in article.paragraphs
    assert "Trending" not in article.body


def test_a_short_run_of_plain_lines_after_the_story_is_not_kept() -> None:
    text = (FIXTURES / "tour_dates_html2text.txt").read_text(encoding="utf-8")
    head, _, rest = text.partition("The summer dates of the tour:")
    links = "Nachrichten aus der Region\n\nWetter am Wochenende\n\nVerkehrslage aktuell\n\n"
    article = newsparse.parse_text(head + links + rest[rest.index("  * [Facebook]") :])
    assert article.paragraphs[-1].startswith('"We wanted to go back')
    assert "Wetter" not in article.body


@pytest.mark.parametrize("line", ["Haberi Paylaş", "Önceki", "Sonraki"])
def test_turkish_widgets_are_chrome(line: str) -> None:
    assert chrome.is_drop(line)


def test_story_head_before_a_related_box_and_a_repeated_h1_over_a_gallery() -> None:
    # Two opening paragraphs, a "RELATED COVERAGE" box, then the rest of the story; the
    # page's h1 (shown again as an h2) stands over a gallery of fourteen captions.
    article = _parse("split_head_html2text.txt")
    assert article.headline == "The campaigns brace for an eight-week sprint to Election Day"
    assert article.paragraphs[0].startswith("The two campaigns are preparing")
    assert len(article.paragraphs) == 15
    assert "county fair" not in article.body


def test_repeated_labels_gallery_captions_and_a_disqus_notice_are_not_story() -> None:
    article = _parse("labels_gallery_inscriptis.txt")
    assert article.headline == "Economy adds 90,000 jobs as hiring beats forecasts"
    assert len(article.paragraphs) == 4  # "Article content" between them is a label
    assert article.paragraphs[0].startswith("The economy added about 90,000 jobs")
    assert "1 of 3" not in article.body
    assert "Disqus" not in article.body
    assert "rate decision" not in article.body  # a teaser under "Trending on ..."


def test_story_resumes_after_each_copy_of_a_repeated_most_popular_box() -> None:
    article = _parse("repeated_box_inscriptis.txt")
    assert len(article.paragraphs) == 6
    assert article.paragraphs[-1].startswith("Was sie sich für die nächsten zehn Jahre")
    assert "Sneaker" not in article.body


@pytest.mark.parametrize("line", ["Trending on Example Post", "Am beliebtesten", "Popular in Business"])
def test_more_box_headers_end_a_story(line: str) -> None:
    assert chrome.is_break(line)


def test_story_never_resumes_after_a_paywall_notice() -> None:
    sections = ["International", "Politique", "Économie", "Culture", "Sport", "Idées", "Podcasts"]
    menu = "\n".join(f"  * {w}" for w in sections)
    story_text = (
        "Les syndicats ont appelé à une nouvelle journée de grève jeudi, après l'échec des "
        "négociations avec la direction sur les salaires et les conditions de travail.\n\n"
        "Selon la direction, le trafic sera très perturbé sur l'ensemble du réseau, et les "
        "voyageurs sont invités à reporter leurs déplacements lorsque cela est possible.\n\n"
    )
    offer = (
        "Lecture du journal en cours sur un autre appareil. Vous pouvez lire le journal sur un seul "
        "appareil à la fois, mais vous pouvez vous connecter sur autant d'appareils que vous le "
        "souhaitez.\n\n"
    ) * 3
    page = (
        f"{menu}\n\nGrève : le trafic très perturbé jeudi\n\nPar Jeanne Dupont\n\n"
        f"Publié le 12 mars 2024 à 10h15\n\n{story_text}"
        "Il vous reste 57.09% de cet article à lire. La suite est réservée aux abonnés.\n\n"
        f"{offer}"
    )
    article = newsparse.parse_text(page)
    assert len(article.paragraphs) == 2
    assert "appareil" not in article.body
