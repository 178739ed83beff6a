"""Last-change dates a page shows outside its JSON-LD and meta tags: a ``<time>`` whose class
names the change (WordPress prints ``<time class="updated">`` beside the published one), a
data-* attribute that names it, and an "Updated ..." line in the story's header."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from .dated import DateContext, Dated, machine_date
from .datelabels import SHOWN_UPDATE_LABELS, label_dates, labelled_change
from .datespots import (
    MAX_HINT_TEXT,
    MODIFIED_HINT,
    PUBLISHED_HINT,
    headline_region,
    own_element,
    scoped_attributes,
    story_h1,
)
from .datetext import find_text_date
from .datevisible import after_h1
from .metatags import full_text, hint_of, text_of

# data-* attributes that hold the story's last change in machine form.
DATA_MODIFIED_ATTRS: frozenset[str] = frozenset(
    {"data-updated", "data-updated-date", "data-updated-at", "data-updated-time", "data-date-updated"}
    | {"data-modified", "data-modified-date", "data-date-modified", "data-modified-time"}
    | {"data-last-modified", "data-lastmodified", "data-last-updated", "data-lastupdated"}
)
_MAX_TIMES = 200
# The header block: as ``headline_region`` climbs, with room for markup-free scripts' text.
_HEADER_LEVELS = 4
_MAX_RAW_HEADER = 6000
# Raw text after the headline: ``after_h1`` reads 600 visible characters; raw text holds
# indentation and scripts too.
_MAX_RAW_AFTER = 4000
_MAX_AFTER_LEVELS = 12


def shown_updates(ctx: DateContext) -> Iterator[Dated]:
    """Candidates in trust order: machine-readable first, then the visible label."""
    yield from _updated_times(ctx)
    yield from _updated_data(ctx)
    yield from _updated_labels(ctx)


def _updated_times(ctx: DateContext) -> Iterator[Dated]:
    for el in itertools.islice(ctx.scan.root.iter("time"), _MAX_TIMES):
        hint = f"{el.get('class', '')} {el.get('itemprop', '')} {el.get('id', '')}"
        parent = el.getparent()
        around = hint_of(parent) if parent is not None else ""
        if PUBLISHED_HINT.found_in(hint) or not (
            MODIFIED_HINT.found_in(hint) or MODIFIED_HINT.found_in(around) or labelled_change(el)
        ):
            continue
        if not own_element(el, ctx.url, ctx.scan):
            continue
        raw = el.get("datetime") or text_of(el, MAX_HINT_TEXT) or ""
        value = machine_date(raw) or find_text_date(raw[:MAX_HINT_TEXT], ctx.lang)
        if value is not None:
            yield Dated(value, "time")


def _names_change(el: Any, hint: str) -> bool:
    """Whether the element's class, itemprop or id, or its parent's, names a later change."""
    parent = el.getparent()
    return MODIFIED_HINT.found_in(hint) or (parent is not None and MODIFIED_HINT.found_in(hint_of(parent)))


def _updated_data(ctx: DateContext) -> Iterator[Dated]:
    for value in scoped_attributes(ctx, "data"):
        if value.attrname.lower() not in DATA_MODIFIED_ATTRS:
            continue
        el = value.getparent()
        found = machine_date(value) if own_element(el, ctx.url, ctx.scan) else None
        if found is not None:
            yield Dated(found, "data-attribute")


def _updated_labels(ctx: DateContext) -> Iterator[Dated]:
    """ "Updated 6 March 2024", "Aktualisiert am 06.03.2024", "Mis à jour le 6 mars" in the
    story's header, or right after its headline when the header block is too large to tell."""
    raw = _raw_header(ctx)
    if not any(label in raw for label in SHOWN_UPDATE_LABELS):
        return
    text = headline_region(ctx) or after_h1(ctx)
    yield from label_dates(text.lower(), SHOWN_UPDATE_LABELS, ctx.lang)


def _raw_header(ctx: DateContext) -> str:
    """The lower-cased raw text (scripts included) of the largest block a few levels above
    the headline that is still small: libxml2 gathers it in one call, so that most pages,
    which name no change there, are spared the walks for visible text."""
    head = node = story_h1(ctx)
    raw = ""
    for _ in range(_HEADER_LEVELS):
        node = node.getparent() if node is not None else None
        text = full_text(node) if node is not None else ""
        if not text or len(text) > _MAX_RAW_HEADER:
            break
        raw = text
    if not raw and head is not None:
        raw = _raw_after(head)
    return raw.lower()


def _raw_after(el: Any) -> str:
    """The raw text that follows ``el`` in page order, up to ``_MAX_RAW_AFTER`` characters:
    where ``after_h1`` will look when the header block is too large."""
    text = ""
    node = el
    for _ in range(_MAX_AFTER_LEVELS):
        if node.getparent() is None or len(text) >= _MAX_RAW_AFTER:
            break
        text += node.tail or ""
        for sibling in node.itersiblings():
            if len(text) >= _MAX_RAW_AFTER:
                break
            text += (full_text(sibling) if isinstance(sibling.tag, str) else "") + (sibling.tail or "")
        node = node.getparent()
    return text[:_MAX_RAW_AFTER]
