"""Date and byline lines in the header zone go even when a standfirst stands above them."""

from __future__ import annotations

import pytest

from newsparse import parse_html
from newsparse.fields import byline

STORY = " ".join(["The harbour board met on Tuesday and voted to rebuild the northern pier."] * 3)


def _page(*header: str) -> str:
    lines = "".join(f"<p>{line}</p>" for line in header)
    return (
        '<html lang="de"><head><meta name="author" content="Ann Berg"></head><body><article>'
        "<h1>Harbour board backs new pier</h1>"
        "<p>After two stormy winters the board wants a longer and higher pier for the ferries.</p>"
        f"{lines}<p>{STORY}</p><p>{STORY} Work starts in May.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "header",
    [
        ("Stand: 28.04.2023 16:11 Uhr", "von Ann Berg"),
        ("Ann Berg", "17.05.2026, 19:06 Uhr"),
        ("06.11.2025 | 20:15",),
        ("20 Nisan 2026•Güncelleme: 20 Nisan 2026",),
        ("Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.",),
        ("Текст: Ann Berg·11 октября 2018",),
        ("29.10.2023", "22:04 Uhr"),
        ("Stand des Artikels: 26. Februar 2020, 12:30 Uhr.",),
        ("https://p.example.com/p/4boRv",),
        ("Ann Berg", "Opinion Columnist"),
    ],
)
def test_stamp_under_the_standfirst_is_not_story(header: tuple[str, ...]) -> None:
    art = parse_html(_page(*header))
    assert art.paragraphs[0].startswith("After two stormy winters")
    assert art.paragraphs[1] == STORY
    assert len(art.paragraphs) == 3


@pytest.mark.parametrize(
    "line",
    ["Ankara", "Stand:", "Am 3. Mai 2024 kam der Sturm.", "Montag, 3. Mai 2024", "Bob Lee, 3. Mai 2024"],
)
def test_lines_that_say_more_than_a_stamp(line: str) -> None:
    assert not byline.is_stamp(line, ("Ann Berg",))


def test_a_cited_link_under_the_standfirst_stays() -> None:
    art = parse_html(_page('https://www.example.org/fact-check/pier/)"'))
    assert 'https://www.example.org/fact-check/pier/)"' in art.paragraphs


def test_a_name_counts_only_when_it_is_the_pages_author() -> None:
    assert byline.is_stamp("von Ann Berg", ("Ann Berg",))
    assert not byline.is_stamp("von Ann Berg", ())
    assert byline.is_stamp("Publiziert am 13. Januar 2014 von Ann Berg", ("Ann Berg",))


def test_an_affiliation_line_is_a_bylines_second_line() -> None:
    assert byline.is_affiliation("AP Business Writer") and byline.is_affiliation("Opinion Columnist")
    assert not byline.is_affiliation("Letters to the editor")
    assert not byline.is_affiliation("The council will meet its staff")
