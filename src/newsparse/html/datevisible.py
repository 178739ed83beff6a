"""Dates written in a page's visible text without a label: in elements whose class names a
date, in the article's own container, around the headline, in the document title, and in the
description."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .dated import DateContext, Dated
from .datespots import (
    ARTICLE_TYPE,
    DATE_HINT,
    INVISIBLE,
    MAX_HINT_TEXT,
    NOT_STORY_DATE,
    TITLE,
    headline_region,
    in_article,
    in_foreign_link,
    in_teaser,
    names_story_date,
    skipped,
    story_h1,
    visible_text,
)
from .datetext import dateparser_date, find_text_date, relative_date
from .metatags import full_text, hint_of, hint_pattern, select, text_of

# Descriptions that date their own story ("Notizia del 14 Gennaio 2020") are read last.
DESCRIPTION_METAS: tuple[str, ...] = ("og:description", "description")
_NEAR_H1_CHARS = 1500
_MAX_NEAR_H1 = 20_000


def from_text(ctx: DateContext) -> Iterator[Dated]:
    """A date written in an element whose class or id says it holds a date, then near the h1."""
    yield from _hinted_dates(ctx)
    yield from _near_h1(ctx)
    yield from _in_title(ctx)


def from_relative(ctx: DateContext) -> Iterator[Dated]:
    """A relative date in the story's header ("Published 1 day ago", "vor 3 Stunden"), counted
    back from the day the caller says the page was read. Never from today's clock: a stored
    page read later would move, and the result would depend on the day this runs."""
    if ctx.reference_is_today:
        return
    for text in (headline_region(ctx), after_h1(ctx)):
        value = relative_date(" ".join(text.split()), ctx.reference)
        if value is not None:
            yield Dated(value, "relative")
            return


def from_article_text(ctx: DateContext) -> Iterator[Dated]:
    """A date element inside the article's own container (``<article>``, a schema.org Article
    scope) speaks for the story as its ``<time>`` would; a CMS's generic ``date`` meta tag
    often holds the record's creation day instead, weeks before the story went out."""
    seen: set[Any] = set()
    for scope in select(_ARTICLE_SCOPES, ctx.scan.root)[:_MAX_SCOPES]:
        if scope.tag != "article" and not ARTICLE_TYPE.search(scope.get("itemtype", "")[:200]):
            continue
        for el in itertools.islice(scope.iter(), _MAX_SCOPE_ELEMENTS):
            if el in seen or not isinstance(el.tag, str):
                continue
            seen.add(el)
            found = _article_date(ctx, el)
            if found is not None:
                yield found


def _article_date(ctx: DateContext, el: Any) -> Dated | None:
    hint = hint_of(el)
    if len(hint) < 2 or not names_story_date(hint):
        return None
    text = text_of(el, MAX_HINT_TEXT, " ")
    value = find_text_date(text, ctx.lang) if text else None
    if value is None or not in_article(el, ctx.url) or ctx.scan.foreign(el) or in_foreign_link(el, ctx.url):
        return None
    # Related-story cards inside the article's container (after the story, before comments)
    # date other stories.
    return None if in_teaser(el, ctx.url) else Dated(value, "text")


def from_any_dated_element(ctx: DateContext) -> Iterator[Dated]:
    """Last of all, a date element outside the article, even in a list of other stories: a hub page's
    newest entry dates it, and a page wrapped whole in a ``<form>`` (ASP.NET) looks foreign
    throughout. A page that states nothing else is better dated so than not at all."""
    yield from _hinted_dates(ctx, anywhere=True)


def first_date_line(ctx: DateContext) -> Dated | None:
    """The first date the page's own date elements show, read with the patterns we know."""
    return next(_hinted_dates(ctx, parser=False), None)


def _hinted_dates(ctx: DateContext, anywhere: bool = False, parser: bool = True) -> Iterator[Dated]:
    """Dates in elements whose class or id names a date: the article's own ones, or with
    ``anywhere`` the others, in link lists and teasers (read with the patterns we know only;
    dateparser is slow, and asked only with ``parser``)."""
    for el, hint in ctx.scan.classed_with(DATE_HINT):
        if NOT_STORY_DATE.found_in(hint):  # see names_story_date
            continue
        text = _shown_and_title(el)
        chrome = bool(text) and (ctx.scan.foreign(el) or in_foreign_link(el, ctx.url))
        if not text or (chrome and not anywhere):
            continue
        value = find_text_date(text, ctx.lang)
        if value is None and parser and not anywhere:
            value = dateparser_date(text, ctx.parser_languages)
        # Asked last, of dated elements only: the teaser test walks the tree around them.
        if value is not None and (chrome or in_teaser(el, ctx.url)) == anywhere:
            yield Dated(value, "text")


def _shown_and_title(el: Any) -> str | None:
    """An element's text, then its ``title``: date widgets (Wix, "time ago" scripts) show
    "12 mars" or "3 days ago" and keep the full date in the tooltip."""
    text = text_of(el, MAX_HINT_TEXT, " ")
    title = el.get("title", "")[:MAX_HINT_TEXT]
    return f"{text} {title}" if text is not None and title else text


# Elements with an itemtype found by their attribute: a predicate on every element costs more.
_ARTICLE_SCOPES = etree.XPath("//body/descendant::article | //body/descendant::*/@itemtype/..")
_MAX_SCOPES = 50
_MAX_SCOPE_ELEMENTS = 3000


def _in_title(ctx: DateContext) -> Iterator[Dated]:
    """Some CMSs put the date in the document title ("08.11.2021 | Fachtag ...")."""
    for el in select(TITLE, ctx.scan.root)[:1]:
        value = find_text_date(full_text(el)[:MAX_HINT_TEXT], ctx.lang)
        if value is not None:
            yield Dated(value, "title-tag")


def _near_h1(ctx: DateContext) -> Iterator[Dated]:
    head = story_h1(ctx)
    if head is None:
        return
    parent = head.getparent()
    if parent is None:
        return
    text = " ".join((visible_text(parent, _MAX_NEAR_H1, cut=False) or "").split())[:_NEAR_H1_CHARS]
    value = find_text_date(text, ctx.lang)
    if value is None:
        # Obfuscated class names hide the date element; it still sits in the header block.
        value = find_text_date(" ".join(headline_region(ctx).split()), ctx.lang)
    if value is None:
        # A header built of bare nested <div>s (Medium, React sites) has no block that holds
        # the h1 and the byline without the whole story: read what follows the h1 instead.
        value = find_text_date(after_h1(ctx), ctx.lang)
    if value is not None:
        yield Dated(value, "text")


def after_h1(ctx: DateContext) -> str:
    """The visible text right after the story's headline (see ``_after``), read once a page."""
    found = ctx.texts.get("after_h1")
    if found is None:
        head = story_h1(ctx)
        found = ctx.texts["after_h1"] = _after(head, _AFTER_H1_CHARS) if head is not None else ""
    return found


# Text right after the headline: a kicker, a standfirst, the byline and its date fit in it;
# the story's own dates ("On March 3 the council...") mostly start further down.
_AFTER_H1_CHARS = 600
# How far up from the h1 to climb for following text.
_MAX_AFTER_LEVELS = 12
_RAW_PER_SHOWN = 4


def _after(el: Any, limit: int) -> str:
    """The first ``limit`` visible characters after ``el`` in page order, leaving out photo
    captions and navigation."""
    pieces: list[str] = []
    size = 0
    for raw in _texts_after(el, limit):
        piece = " ".join(raw.split())  # indentation is no text
        pieces.append(piece)
        size += len(piece) + 1
        if size >= limit:
            break
    return " ".join(" ".join(pieces).split())[:limit]


def _texts_after(el: Any, limit: int) -> Iterator[str]:
    """``el``'s tail, its following siblings' text and tails, then the same one level up,
    and so on up to the body."""
    node = el
    for _ in range(_MAX_AFTER_LEVELS):
        if node.getparent() is None or node.tag == "body":
            return
        yield node.tail or ""
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and not skipped(sibling, _AFTER_SKIP, _MEDIA_HINT):
                # Raw text counts indentation too: read more of it than ``limit``.
                yield (
                    visible_text(sibling, limit * _RAW_PER_SHOWN, skip=_AFTER_SKIP, hidden_by=_MEDIA_HINT)
                    or ""
                )
            yield sibling.tail or ""
        node = node.getparent()


# Also left out of the text after the headline: photo captions date the photo ("Harris,
# left, on Aug. 7, 2024"), not the story, and menus date nothing.
_AFTER_SKIP = INVISIBLE | {"figure", "figcaption", "nav", "footer"}
# The same by class: photo galleries and captions built of <div>s, and related-story boxes.
# ("text-caption" is a type size in utility CSS, not a caption: only "caption" as a class's
# first word, or after a medium's name.)
_MEDIA_HINT = hint_pattern(
    r"(?:^|\s)caption|(?:image|photo|media|img|picture|video)[-_]{0,2}caption|carousel|gallery|slideshow|related"
)


def from_description(ctx: DateContext) -> Iterator[Dated]:
    for name in DESCRIPTION_METAS:
        for raw in ctx.metas.get(name, ())[:1]:
            value = find_text_date(raw[:MAX_HINT_TEXT], ctx.lang)
            if value is not None:
                yield Dated(value, "description")
