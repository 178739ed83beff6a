"""Month names and date forms of more languages (the pages that use them are in
test_pubdate_patterns' table)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.calendar_words import EVERYDAY_WORDS, MONTHS
from newsparse.html.datetext import find_text_date, relative_date


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("3 maja 2024, 14:20", "pl", dt.date(2024, 5, 3)),  # Polish genitive May
        ("3. listopadu 2024", "cs", dt.date(2024, 11, 3)),  # Czech genitive November
        ("12 de març de 2024", "ca", dt.date(2024, 3, 12)),  # Catalan
        ("12 d'abril de 2024", "ca", dt.date(2024, 4, 12)),  # Catalan elided "de"
        ("5 de xullo de 2024", "gl", dt.date(2024, 7, 5)),  # Galician
        ("13 Ogos 2024", "ms", dt.date(2024, 8, 13)),  # Malay
        ("13 Mac 2024", "ms", dt.date(2024, 3, 13)),
        ("13 ágúst 2024", "is", dt.date(2024, 8, 13)),  # Icelandic
        ("13 ΜΑΡΤΙΟΥ 2024", "el", dt.date(2024, 3, 13)),  # Greek capitals drop the accents
        ("13 במרץ 2024", "he", dt.date(2024, 3, 13)),  # Hebrew with the prefix "in"
        ("13 آذار 2024", "ar", dt.date(2024, 3, 13)),  # Levantine Arabic
        ("١٣ مارس ٢٠٢٤", "ar", dt.date(2024, 3, 13)),  # Arabic-Indic digits
        ("۱۳ مارس ۲۰۲۴", "fa", dt.date(2024, 3, 13)),  # Persian digits
        ("24.03.13 14:30", "ko", dt.date(2024, 3, 13)),  # Korean short dates put the year first
        ("13.03.24", "de", dt.date(2024, 3, 13)),  # German ones the day
        # Indic scripts: month names with vowel signs and viramas, native digits, whatever
        # language the page declares.
        ("শনিবার, আগস্ট ২৯, ২০২০ |", "en", dt.date(2020, 8, 29)),  # Bengali, month first
        ("২৯ আগস্ট ২০২০", None, dt.date(2020, 8, 29)),
        ("29 अगस्त 2020, 10:30 AM IST", "hi", dt.date(2020, 8, 29)),  # Hindi
        ("२९ सितंबर २०२०", "hi", dt.date(2020, 9, 29)),  # Devanagari digits
        ("12 ஜனவரி 2021", "ta", dt.date(2021, 1, 12)),  # Tamil
        ("5 ਮਾਰਚ 2021", "pa", dt.date(2021, 3, 5)),  # Gurmukhi
        ("29 اگست 2020", "ur", dt.date(2020, 8, 29)),  # Urdu
        # Thai: Buddhist-era years, abbreviated months, Thai digits.
        ("29 สิงหาคม 2563", "th", dt.date(2020, 8, 29)),
        ("๒๙ ส.ค. ๒๕๖๓", "th", dt.date(2020, 8, 29)),
        ("29 สิงหาคม 2020", "th", dt.date(2020, 8, 29)),
        ("２０２０年８月２９日", "ja", dt.date(2020, 8, 29)),  # full-width digits
        ("۲۹ اوت ۲۰۲۰", "fa", dt.date(2020, 8, 29)),  # Persian, Gregorian
    ],
)
def test_reads_more_languages(text: str, lang: str, want: dt.date) -> None:
    assert find_text_date(text, lang) == want


def test_name_like_months_are_no_timestamp_on_their_own() -> None:
    # "Maja" and "Mac" are names too: months beside a day and a year only.
    assert MONTHS["maja"] == 5 and MONTHS["mac"] == 3
    assert {"maja", "mac"} <= EVERYDAY_WORDS


def test_indic_month_alone_is_no_date() -> None:
    # A bare month and year ("मई 2020") never becomes a day.
    assert find_text_date("मई 2020", "hi") is None
    assert find_text_date("สิงหาคม 2563", "th") is None


def test_bengali_month_spelt_with_a_separate_nukta() -> None:
    # "য়" as one code point or as "য" plus nukta: the same month.
    composed, decomposed = "২ জানু\u09dfারি ২০২১", "২ জানু\u09af\u09bcারি ২০২১"
    assert find_text_date(composed) == find_text_date(decomposed) == dt.date(2021, 1, 2)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Published 1 day ago", dt.date(2019, 11, 19)),
        ("By Staff 6 hours ago 0 Comments", dt.date(2019, 11, 20)),
        ("an hour ago", dt.date(2019, 11, 20)),
        ("vor 3 Stunden", dt.date(2019, 11, 20)),
        ("vor 2 Tagen", dt.date(2019, 11, 18)),
        ("il y a 3 jours", dt.date(2019, 11, 17)),
        ("hace 2 días", dt.date(2019, 11, 18)),
        ("2 giorni fa", dt.date(2019, 11, 18)),
        ("3 uur geleden", dt.date(2019, 11, 20)),
        ("Gestern, 14:05 Uhr", dt.date(2019, 11, 19)),
        # Weeks, months and years name no day; "yesterday" without a clock is story text.
        ("Published 4 months ago", None),
        ("vor 20 Jahren", None),
        ("2 weeks ago", None),
        ("yesterday's attack", None),
    ],
)
def test_relative_dates(text: str, want: dt.date | None) -> None:
    assert relative_date(text, dt.date(2019, 11, 20)) == want
