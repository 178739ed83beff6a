"""The public entry points accept every documented input type and sniff the kind."""

from __future__ import annotations

import datetime as _dt
import io
import pathlib

import pytest

import newsparse

STORY = (
    "Oil prices slip as stocks build\n\n"
    "LONDON, Dec 30 (Reuters) - Oil prices slipped on Thursday after official data showed a build\n"
    "in crude stocks, traders said.\n\n"
    "(Reporting by Jane Doe; Editing by John Roe)\n"
)


def _check(article: newsparse.Article) -> None:
    assert article.headline == "Oil prices slip as stocks build"
    assert article.dateline is not None and article.dateline.city == "LONDON"
    assert article.paragraphs[0].startswith("Oil prices slipped on Thursday")
    assert article.credit is not None and article.credit.roles["editing"] == ("John Roe",)


@pytest.mark.parametrize(
    "page",
    [STORY, STORY.encode(), bytearray(STORY.encode()), io.BytesIO(STORY.encode()), io.StringIO(STORY)],
    ids=["str", "bytes", "bytearray", "binary-file", "text-file"],
)
def test_accepts_every_page_type(page: object) -> None:
    _check(newsparse.parse(page))


def test_accepts_a_path(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    _check(newsparse.parse(path))
    _check(newsparse.parse_text(path))


def test_reference_date_gives_the_year_nearest_to_it() -> None:
    article = newsparse.parse(STORY, reference_date=_dt.date(2022, 1, 2))
    assert article.dateline is not None and article.dateline.date == _dt.date(2021, 12, 30)
    article = newsparse.parse(STORY, reference_date=_dt.datetime(2021, 12, 31, 23, 0))
    assert article.dateline is not None and article.dateline.date == _dt.date(2021, 12, 30)


def test_without_any_year_the_date_stays_unknown() -> None:
    article = newsparse.parse(STORY)
    assert article.dateline is not None and article.dateline.date is None


def test_url_is_carried_and_kind_is_text() -> None:
    article = newsparse.parse(STORY, url="https://example.com/oil")
    assert article.url == "https://example.com/oil"
    assert article.kind == "text"


def test_a_text_page_with_angle_brackets_is_still_text() -> None:
    page = "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT\n    CLEVELAND, Feb 26 - Standard Oil Co said.\n"
    assert newsparse.parse(page).kind == "text"


@pytest.mark.parametrize("page", ["", "   \n\t ", b"", b"\n\n"])
def test_empty_input_raises_a_typed_error(page: object) -> None:
    with pytest.raises(newsparse.EmptyPageError):
        newsparse.parse(page)


def test_pdf_is_refused_with_what_it_looks_like() -> None:
    with pytest.raises(newsparse.NotAPageError, match="PDF"):
        newsparse.parse(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")


def test_unsupported_type_raises() -> None:
    with pytest.raises(newsparse.UnsupportedInputError):
        newsparse.parse(42)


def test_settings_object_carries_options() -> None:
    settings = newsparse.Settings(reference_date=_dt.date(2021, 12, 31))
    article = newsparse.parse(STORY, settings=settings)
    assert article.dateline is not None and article.dateline.date == _dt.date(2021, 12, 30)
    with pytest.raises(newsparse.PageTooLargeError):
        newsparse.parse(STORY, settings=newsparse.Settings(max_bytes=10))


@pytest.mark.parametrize("rule", ["___", "* * *", "------", "|", "•••"])
def test_a_section_rule_is_not_a_paragraph(rule: str) -> None:
    page = f"Senate passes bill\n\nWASHINGTON (AP) — The Senate passed it.\n\n{rule}\n\nMore text here."
    assert newsparse.parse_text(page).paragraphs == ("The Senate passed it.", "More text here.")
    html = (
        "<html><body><article><h1>Senate passes bill</h1>"
        "<p>The Senate passed the bill on Tuesday after a long debate.</p>"
        f"<p>{rule}</p><p>More text about the vote followed in the evening session.</p>"
        "</article></body></html>"
    )
    assert rule not in newsparse.parse_html(html).paragraphs
