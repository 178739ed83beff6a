"""The headline of a whole-page text copy: which line is the story's title, and in what form.

Fixtures are pages written for these tests, modelled on structures seen in browser and
terminal "save as text" copies: a kicker split from its headline, a headline far above a
paywall, an author box between headline and story.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest

import newsparse
from newsparse.text import header, story, timestamps
from newsparse.text.paragraphs import chunks
from newsparse.text.units import Unit, is_credit

FIXTURES = Path(__file__).parent / "fixtures" / "textpages"
SECTIONS = ("Home", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Reise")
MENU = "\n".join(f"  * {name}" for name in SECTIONS)
STORY = (
    "Die Stadt hat am Dienstag beschlossen, den alten Hafen bis zum Sommer für den Verkehr zu sperren. "
    "Die Bauarbeiten sollen nach Angaben der Verwaltung rund vier Monate dauern und werden aus "
    "Mitteln des Landes bezahlt.\n\n"
    "Anwohner hatten sich seit Jahren über den Lärm der Lastwagen beklagt, die nachts durch die engen "
    "Gassen fahren. Die Händler am Markt fürchten dagegen, dass ihnen während der Sperrung die "
    "Kundschaft ausbleibt.\n\n"
    "Ein Sprecher der Stadt sagte, man werde die Lage in den kommenden Wochen genau beobachten und "
    "bei Bedarf nachsteuern. Die Busse fahren in dieser Zeit über eine Umleitung durch die Neustadt.\n"
)


def _parse(name: str) -> newsparse.Article:
    return newsparse.parse_text((FIXTURES / name).read_bytes())


def _unit(text: str) -> Unit:
    return story.units(list(chunks([text])))[0]


def test_kicker_on_its_own_line_joins_its_headline_at_the_colon() -> None:
    article = _parse("kicker_split_inscriptis.txt")
    assert article.headline == "Hafenstadt hat's drauf: Stadt der Kräne"
    assert article.authors == ("Lena Korn",)  # "Eine Glosse von" labels the name below it
    assert article.published == _dt.date(2024, 5, 14)
    assert article.paragraphs[0].startswith("Wir leben in einer Stadt der Kräne!")
    assert "Jetzt in der App anhören" not in article.body


def test_level_one_heading_far_above_a_paywall_is_the_headline() -> None:
    article = _parse("paywall_html2text.txt")
    assert article.headline == "'Rates are peaking': economists react to the latest inflation data"
    assert article.authors == ("Priya Nand",)  # past the "Author of the article:" label
    assert article.published == _dt.date(2024, 5, 14)
    assert article.paragraphs[0].startswith('"The peak is behind us')
    assert "SUBSCRIBE" not in article.body


def test_author_box_between_headline_and_story_is_not_the_headline() -> None:
    article = _parse("author_box_inscriptis.txt")
    assert article.headline == "Where the world's rivers are running dry: a map of the crisis"
    assert "Search author on" not in article.body
    assert article.paragraphs[-1].startswith("The researchers have now published a map")


def test_short_headline_shown_three_times_is_still_the_headline() -> None:
    title = "Quarry blasts shatter village homes"
    page = (
        f"{MENU}\n\n{title}\n\n  * Nachrichten\n  * Region\n\n{title}\n\nTeilen\n\n"
        f"{title}\n\nVon Thabo Mokoena\n\n12.05.2024, 09:30 Uhr\n\n{STORY}"
    )
    assert newsparse.parse_text(page).headline == title


def test_colon_a_renderer_dropped_is_taken_from_the_breadcrumb_copy() -> None:
    page = (
        f"{MENU}\n  * Ausschuss zum Hafen: Zwei Rücktritte - und viele offene Fragen\n\n"
        "# Ausschuss zum Hafen Zwei Rücktritte - und viele offene Fragen\n\n"
        f"Stand: 28.04.2023 17:23 Uhr\n\n{STORY}"
    )
    article = newsparse.parse_text(page)
    assert article.headline == "Ausschuss zum Hafen: Zwei Rücktritte - und viele offene Fragen"


def test_headline_naming_a_year_is_not_a_date_line() -> None:
    page = (
        f"{MENU}\n\nDie Eisheiligen 2024 Wann sie sind - und wie das Wetter wird\n\n"
        f"Daniel Berger Redakteur\n\n03.05.2024 15:42 Uhr\n\nTeilen\n\n{STORY}"
    )
    headline = "Die Eisheiligen 2024 Wann sie sind - und wie das Wetter wird"
    assert newsparse.parse_text(page).headline == headline


def test_title_of_an_embedded_video_is_not_the_headline() -> None:
    page = (
        f"{MENU}\n\nDer Stadtrat sperrt den alten Hafen für vier Monate\n\nVerkehr\n\n"
        "Anwohner begrüßen die Entscheidung, Händler fürchten um ihre Kundschaft am Markt.\n\n"
        "Video\n\nStadtrat sperrt den Hafen: Das sagen die Händler am Markt\n\nJana Roth\n\n"
        f"13/01/2025 10:22\n\n{STORY}"
    )
    assert newsparse.parse_text(page).headline == "Der Stadtrat sperrt den alten Hafen für vier Monate"


@pytest.mark.parametrize(
    "line",
    [
        "Menschen auf der Wiese am Fluss, in Madrid (España). Ana Pérez / Europa Press",
        "Die Ministerin bei der Vorstellung des Gesetzes Foto: Felix Grün/imago",
        "Emma Stone after she had surgery and lost 60lb. Emma Stone",
    ],
)
def test_captions_ending_in_their_credit_are_credits(line: str) -> None:
    assert is_credit(_unit(line))


@pytest.mark.parametrize(
    "line",
    [
        "An Insider's View of the Attacks on Trans Rep. Zooey Zephyr",
        "Trump Signs Executive Order on Tariffs",
        "Waffenlieferungen an Israel: Palästinenser legt Beschwerde ein",
    ],
)
def test_headlines_are_not_credits(line: str) -> None:
    assert not is_credit(_unit(line))


@pytest.mark.parametrize(
    "line",
    [
        "배윤경 기자",
        "Ein Kommentar von",
        "Posted on Maret 30, 2015 by Admin",
        "Lesotho TimesJuly 6, 2018",
        "Andreas Ernst 04.12.2023 5 min",
    ],
)
def test_byline_and_date_lines_are_header_evidence(line: str) -> None:
    assert header.header_evidence(_unit(line))


@pytest.mark.parametrize(
    "line",
    [
        "Chaos in Paris",
        "Protests Erupt in Paris",
        "Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird",
        "2020 Mini JCW GP is a 300HP monster hatch",
        "Best tech gadgets of 2019",
    ],
)
def test_headlines_are_not_header_evidence(line: str) -> None:
    assert not header.header_evidence(_unit(line))


def test_filed_from_line_under_a_standfirst_is_a_byline_not_the_headline() -> None:
    page = (
        f"{MENU}\n\nFire toll in harbour district rises to ten as last missing person found\n\n"
        "Police continue to search the debris after a blaze that consumed two buildings "
        "in less than an hour\n\n"
        f"Associated Press in Valencia\n\nSat 24 Feb 2024 12.42 CET\n\n{STORY}"
    )
    article = newsparse.parse_text(page)
    assert article.headline == "Fire toll in harbour district rises to ten as last missing person found"


@pytest.mark.parametrize(
    "trail", ["HomeRegionHafen", "Home » Region » Hafen", "Startseite | Region |", "Startseite Region"]
)
def test_line_under_a_breadcrumb_trail_is_the_headline(trail: str) -> None:
    teasers = "\n\n".join(f"Kurzmeldung Nummer {n} aus der Region" for n in range(1, 9))
    page = (
        f"{MENU}\n\n{trail}\n\nHafensperrung: Stadtrat stoppt den Lastwagenverkehr am Kai\n\n"
        f"Schlagzeilen\n\n{teasers}\n\nAlle Schlagzeilen anzeigen\n\nLärm am Kai\n\n"
        "Vier Monate Ruhe - und ein Streit um die Kundschaft\n\nVon Jana Roth\n\n"
        f"Aktualisiert am 07.01.2026 - 18:50 Uhr\n\n{STORY}"
    )
    assert newsparse.parse_text(page).headline == "Hafensperrung: Stadtrat stoppt den Lastwagenverkehr am Kai"


def test_iso_stamp_with_time_and_zone_is_a_timestamp() -> None:
    assert timestamps.is_timestamp("2025-03-29T11:36:01Z")
    assert timestamps.published("2025-03-29T11:36:01Z") == _dt.date(2025, 3, 29)


def test_top_heading_is_never_a_line_of_author_names() -> None:
    assert header.names(_unit("Membangun Jembatan Baru Secara Bertahap"))
    assert not header.names(_unit("## Membangun Jembatan Baru Secara Bertahap"))
