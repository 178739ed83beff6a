"""The one month table: every reader (datelines, timestamp lines, HTML date text) shares it."""

import datetime as dt

import pytest

from newsparse import calendar_words
from newsparse.fields import dates
from newsparse.html import datetext
from newsparse.text import timestamps


def test_every_month_has_names_and_english_is_a_subset() -> None:
    assert set(calendar_words.MONTHS.values()) == set(range(1, 13))
    for name, number in calendar_words.ENGLISH_MONTHS.items():
        assert calendar_words.MONTHS[name] == number


def test_readers_share_the_table() -> None:
    assert dates.MONTHS is calendar_words.ENGLISH_MONTHS
    assert datetext.MONTHS is calendar_words.MONTHS
    assert set(timestamps.MONTHS) == set(calendar_words.MONTHS) - calendar_words.EVERYDAY_WORDS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on Maret 30, 2015", dt.date(2015, 3, 30)),  # Indonesian
        ("12 Temmuz 2024, 09:15", dt.date(2024, 7, 12)),  # Turkish
        ("3. März 2024, 17:26 Uhr", dt.date(2024, 3, 3)),
    ],
)
def test_timestamp_lines_read_foreign_months(line: str, expected: dt.date) -> None:
    assert timestamps.is_timestamp(line)
    assert timestamps.published(line) == expected


def test_everyday_abbreviations_alone_are_no_timestamp() -> None:
    # Portuguese "set"/"out" and Spanish "ago" are months only beside a day and a year.
    assert not timestamps.is_timestamp("Set 1")
    assert not timestamps.is_timestamp("Out 2")


def test_dateline_grammar_stays_english() -> None:
    assert dates.month_number("März") is None
    assert dates.month_number("Narch") == 3
