from __future__ import annotations

import dataclasses
import datetime as _dt

import pytest

from newsparse import Article, Credit, Dateline, Update


def _article() -> Article:
    return Article(
        headline="Oil falls",
        update=Update(True, "UPDATE", 2),
        dateline=Dateline("LONDON, Dec 30 (Reuters) -", "LONDON", None, "Reuters", _dt.date(2021, 12, 30)),
        paragraphs=("One.", "Two."),
        credit=Credit("(Reporting by A; Editing by B and C)", {"reporting": ["A"], "editing": ("B", "C")}),
        authors=("A",),
        published=_dt.datetime(2021, 12, 30, 9, 5, tzinfo=_dt.timezone(_dt.timedelta(hours=1))),
        modified=_dt.date(2021, 12, 31),
        sources={"headline": "text"},
    )


def test_round_trip_through_dict_and_json() -> None:
    article = _article()
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_dates_stay_dates_and_datetimes_keep_their_zone() -> None:
    back = Article.from_json(_article().to_json())
    assert isinstance(back.published, _dt.datetime)
    assert back.published.utcoffset() == _dt.timedelta(hours=1)
    assert type(back.modified) is _dt.date


def test_body_joins_paragraphs_with_blank_lines() -> None:
    assert _article().body == "One.\n\nTwo."


def test_records_are_frozen() -> None:
    article = _article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    assert article.credit is not None
    with pytest.raises(TypeError):
        article.credit.roles["x"] = ("y",)  # type: ignore[index]
    assert article.credit.roles["editing"] == ("B", "C")
