"""Dates after a label in a page's visible text: "Published", "Veröffentlicht am", "입력",
and the last-change labels ("Last updated", "Letzte Änderung") a page may show instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .dated import DateContext, Dated
from .datespots import BODY, visible_text
from .datetext import find_text_date
from .metatags import select, text_of

# Words that introduce a publication date in running text ("Veröffentlicht am 16.08.2019").
# Found with str.find on lower-cased text (fast), then checked and read with the regex below.
PUBLISHED_LABELS: tuple[str, ...] = (
    "published",
    "posted",
    "veröffentlicht",
    "erschienen",
    "erstellt",
    "publié",
    "mis en ligne",
    "pubblicato",
    "publicado",
    "publicada",
    "gepubliceerd",
    "geplaatst",
    "publicerad",
    "publisert",
    "publiceret",
    "julkaistu",
    "opublikowano",
    "yayınlanma",
    "yayımlanma",
    "опубликовано",
    "publikováno",
    "objavljeno",
    # WordPress's German footer line: "Dieser Beitrag wurde am 27. November 2019 ... veröffentlicht".
    "beitrag wurde am",
    "eintrag wurde am",
    "verfasst am",
    "gepostet",
    "publiziert",
    "giriş:",
    "yayın tarihi",
    "publicat la",
    "publicat pe",
    "publicat:",
    "közzétéve",
    "data publikacji",
    "dodano",
    "vydáno",
    "paskelbta",
    "publicēts",
    "avaldatud",
    "diterbitkan",
    "dipublikasikan",
    "δημοσιεύθηκε",
    "δημοσίευση",
    "дата публикации",
    "опубліковано",
    "publikované",
    "uverejnené",
    "публикувано",
    "udgivet",
    "ngày đăng",
    "تاريخ النشر",
    "نشر في",
    "פורסם",
    "created on",
    "created:",
    # Korean "입력" (entered), Chinese "发布时间"/"發布時間", Japanese "公開日"/"投稿日":
    # their pages print the update ("수정", "更新时间") first, the publication after it.
    "입력",
    "등록",
    "发布时间",
    "发布日期",
    "發布時間",
    "發佈時間",
    "公開日",
    "投稿日",
    "掲載日",
)
# Words that introduce a last-change date ("Letzte Änderung: 14.01.2022"). A page that says
# only when it last changed is dated by that change, the closest bound on its publication.
UPDATED_LABELS: tuple[str, ...] = (
    "letzte änderung",
    "zuletzt aktualisiert",
    "zuletzt geändert",
    "last updated",
    "last modified",
    "last edited",
    "dernière mise à jour",
    "ultimo aggiornamento",
    "última actualización",
    "laatst bijgewerkt",
    "aktualisiert am",
    "güncelleme:",
    "data aktualizacji",
    "수정",
    "更新时间",
    "更新時間",
    "更新日",
)
# Update labels as a page's byline shows them ("Updated May 06, 2019", "Aktualisiert am ...").
SHOWN_UPDATE_LABELS: tuple[str, ...] = (
    *UPDATED_LABELS,
    "updated",
    "aktualisiert",
    "actualizado",
    "mis à jour",
    "aggiornato",
    "bijgewerkt",
    "uppdaterad",
    "opdateret",
    "oppdatert",
    "päivitetty",
    "zaktualizowano",
    "обновлено",
    "atualizado",
    "actualizada",
    "aktualizováno",
    "aktualizované",
    "aktualizacja",
    "güncellendi",
    "оновлено",
    "actualizat",
    "frissítve",
    "diperbarui",
    "ενημερώθηκε",
    "cập nhật",
    "עודכן",
)
_LABEL_TAIL = re.compile(r"[^\W\d_]{0,4}(?:\s{1,3}(?:on|am|le|il|el|em|op|den|om|:)){0,2}\s{0,3}:?\s{0,3}")
_MAX_LABELS = 20
_LABEL_WINDOW = 60
_LABEL_LOOKBACK = 120
_MAX_BODY_TEXT = 300_000


def from_label(ctx: DateContext) -> Iterator[Dated]:
    """A date right after a "published" label anywhere in the page's text."""
    yield from _labelled(ctx, PUBLISHED_LABELS)


def from_updated_label(ctx: DateContext) -> Iterator[Dated]:
    yield from _labelled(ctx, UPDATED_LABELS)


def _labelled(ctx: DateContext, labels: tuple[str, ...]) -> Iterator[Dated]:
    text = ctx.texts.get("body")
    if text is None:
        bodies = select(BODY, ctx.scan.root)
        text = ctx.texts["body"] = (visible_text(bodies[0], _MAX_BODY_TEXT) or "").lower() if bodies else ""
    yield from label_dates(text, labels, ctx.lang)


def label_dates(text: str, labels: tuple[str, ...], lang: str | None, alone: bool = False) -> Iterator[Dated]:
    """Dates right after a label in lower-cased ``text``; ``alone``: only while no date comes
    just before the label ("Oct 24, 2023 | Updated: Nov 7, 2023" shows the publication too)."""
    for start in _label_positions(text, labels):
        if alone and find_text_date(text[max(0, start - _LABEL_LOOKBACK) : start], lang):
            return
        tail = _LABEL_TAIL.match(text, start)
        end = tail.end() if tail else start
        window = " ".join(text[end : end + _LABEL_WINDOW].split())
        value = find_text_date(window, lang)
        if value is not None:
            yield Dated(value, "text")


def _label_positions(text: str, labels: tuple[str, ...]) -> list[int]:
    """Where each label ends, in page order (at most a few of each)."""
    found: list[int] = []
    for label in labels:
        pos = text.find(label)
        while pos >= 0 and len(found) < _MAX_LABELS:
            found.append(pos + len(label))
            pos = text.find(label, pos + 1)
    return sorted(found)


# How much text right before a date element to read for the label that names it.
_LABEL_BEFORE = 40


def labelled_change(el: Any) -> bool:
    """Whether the text right before ``el`` labels it a later change: "Updated: <time>",
    "<span>Actualizado </span><time>" (the last label there decides: "Published 12 March ·
    Updated <time>" names the change, "Updated 15 March · Published <time>" does not)."""
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        before = (parent.text or "") if parent is not None else ""
    else:
        shown = text_of(prev, _LABEL_BEFORE) if isinstance(prev.tag, str) else None  # not a comment
        before = f"{shown or ''} {prev.tail or ''}"
    window = before[-_LABEL_BEFORE:].lower()
    if not window.strip():
        return False
    change = max(window.rfind(label) for label in SHOWN_UPDATE_LABELS)
    # (Most windows name no change: the publication labels are read only when one does.)
    return change >= 0 and change > max(window.rfind(label) for label in PUBLISHED_LABELS)
