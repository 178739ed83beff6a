"""Modified dates: structured ones first, then as the page shows them (a ``<time>`` named
"updated", a data-* attribute, an "Updated ..." line in the header), never before the
published day and never the published day itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsparse import parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html_dates"
REFERENCE = dt.date(2026, 11, 28)
SITE = "https://news.example/section/story-slug"

# (fixture, modified day or None, where it was found)
CASES: tuple[tuple[str, dt.date | None, str | None], ...] = (
    ("wp_time_updated.html", dt.date(2024, 3, 15), "time"),
    ("wp_time_updated_same_day.html", None, None),
    ("en_updated_line.html", dt.date(2024, 3, 14), "text"),
    ("de_aktualisiert_am.html", dt.date(2024, 3, 14), "text"),
    ("fr_mis_a_jour.html", dt.date(2024, 3, 13), "text"),
    ("data_updated_attr.html", dt.date(2024, 3, 16), "data-attribute"),
    ("updated_before_published.html", None, None),
    # Structured modified dates keep their rank above what the page shows.
    ("jsonld_modified_over_shown.html", dt.date(2024, 3, 13), "json-ld"),
    ("updated_above_published.html", dt.date(2024, 3, 14), "text"),
    # A <time> named a change only by the label before it ("Updated: <time>").
    ("time_updated_label_first.html", dt.date(2024, 3, 15), "time"),
)


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(("name", "want", "source"), CASES, ids=[case[0] for case in CASES])
def test_modified(name: str, want: dt.date | None, source: str | None) -> None:
    article = parse_html((FIXTURES / name).read_bytes(), url=SITE, reference_date=REFERENCE)
    assert _day(article.modified) == want
    assert article.sources.get("modified") == source
    if want is not None:
        assert _day(article.published) is not None
        assert want > _day(article.published)  # type: ignore[operator]


def test_shown_update_does_not_move_structured_published() -> None:
    # The page's JSON-LD states only its publication; the "Updated" line is its modified
    # date, and the published date stays the structured one.
    article = parse_html((FIXTURES / "en_updated_line.html").read_bytes(), url=SITE, reference_date=REFERENCE)
    assert article.published == dt.datetime(2024, 3, 12, 14, 5, tzinfo=dt.timezone.utc)
    assert article.sources["published"] == "json-ld"


def test_change_label_read_past_a_comment() -> None:
    # The element before a <time> may be a comment: its tail still holds the label.
    from lxml import html

    from newsparse.html.datelabels import labelled_change

    block = html.fromstring("<p><!-- stamp -->Updated: <time>Mar 15</time> <!-- x --><time>Mar 12</time></p>")
    first, second = block.findall("time")
    assert labelled_change(first)
    assert not labelled_change(second)
