"""Date formats read from visible text (``find_text_date``), by language."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse.html.datelabels import PUBLISHED_LABELS, SHOWN_UPDATE_LABELS, label_dates
from newsparse.html.datetext import find_text_date

DAY = dt.date(2024, 3, 12)

# (visible text, page language)
WRITTEN: tuple[tuple[str, str | None], ...] = (
    ("Paskelbta: 2024 m. kovo 12 d. 14:05", "lt"),  # Lithuanian: year, genitive month, day
    ("2024 m. kovo 12 d.", None),
    ("Publicēts: 2024. gada 12. martā", "lv"),  # Latvian: year, day, locative month
    ("2024. 3. 12. 오후 2:05", "ko"),  # Korean dotted numeric, year first
    ("2024年3月12日 14時05分", "ja"),
    ("Objavljeno 12. ožujka 2024. u 14:05", "hr"),  # Croatian genitive month
    ("12. marec 2024", "sl"),
    ("Публикувано на 12 март 2024", "bg"),
    ("12. mart 2024.", "sr"),
)


@pytest.mark.parametrize(("text", "lang"), WRITTEN, ids=[text for text, _ in WRITTEN])
def test_reads_written_date(text: str, lang: str | None) -> None:
    assert find_text_date(text, lang) == DAY


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Objavljeno 3. prosinca 2024.", dt.date(2024, 12, 3)),
        ("2024 m. gruodžio 3 d.", dt.date(2024, 12, 3)),
        ("3 декември 2024", dt.date(2024, 12, 3)),
    ],
)
def test_reads_december_names(text: str, want: dt.date) -> None:
    assert find_text_date(text) == want


def test_lithuanian_marker_needs_the_day_marker() -> None:
    # "2024 m. kovo 12" without "d." is no date we claim (a sports score, a list).
    assert find_text_date("2024 m. kovo 12") is None


# (lower-cased page text, language, which labels) -> the labelled day
LABELLED: tuple[tuple[str, str, str], ...] = (
    ("foto: tasr | publikované: 12. marca 2024 o 10:15", "sk", "published"),
    ("публикувано на 12 март 2024 г.", "bg", "published"),
    ("تاريخ النشر: 2024-03-12", "ar", "published"),
    ("por ana lima | atualizado em 12/03/2024 às 18h", "pt", "updated"),
    ("aktualizováno 12. března 2024 14:05", "cs", "updated"),
    ("güncellendi: 12.03.2024", "tr", "updated"),
)


@pytest.mark.parametrize(("text", "lang", "kind"), LABELLED, ids=[text for text, _, _ in LABELLED])
def test_labelled_date(text: str, lang: str, kind: str) -> None:
    labels = PUBLISHED_LABELS if kind == "published" else SHOWN_UPDATE_LABELS
    found = next(label_dates(text, labels, lang), None)
    assert found is not None and found.value == DAY


def test_published_label_is_not_an_update_label() -> None:
    assert next(label_dates("publikované: 12. marca 2024", SHOWN_UPDATE_LABELS, "sk"), None) is None
