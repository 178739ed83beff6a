"""Where a date stands on a page: the element kinds that hold one (class and id words),
the headline region, the visible text under an element, and the tests that tell the
story's own date elements from those of site chrome, link lists and other stories' teasers."""

from __future__ import annotations

import itertools
import re
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from .dated import DateContext
from .metatags import HintPattern, Scan, hint_of, hint_pattern, hint_words, select, text_of

# Class and id words of elements that show the article's date, in the languages we meet.
DATE_HINT = hint_words(
    *("date", "time", "publish", "posted", "datum", "fecha", "data", "byline", "dateline", "timestamp"),
    *("entry-meta", "post-meta", "article-meta", "article-info", "meta-info", "postmeta", "info"),
    *("zeit", "uhrzeit", "veroeffentlicht", "stand", "author", "meta", "dachzeile", "subline", "kicker"),
)
# Date elements that name a later change, and those that name the publication.
MODIFIED_HINT = hint_pattern(r"updat|modif|aktualisiert|edited|revised")
PUBLISHED_HINT = hint_pattern(r"publish|pubdate|posted|entry-date|created|datepublished")
# Date elements that are not the story's: its later changes, and a masthead's clock ("today").
NOT_STORY_DATE = hint_pattern(r"updat|modif|aktualisiert|edited|revised|today|current-?date|top-?bar")
_MAX_REGION = 3000
_REGION_LEVELS = 4
BODY = etree.XPath("/descendant::body[1]")
MAX_HINT_TEXT = 200


# How many h1s to weigh, and how much of the page's title a later one must fill to be taken
# for the story's headline instead of the first.
_MAX_H1S = 8
_MIN_TITLE_SHARE = 0.4
_MIN_HEADLINE_CHARS = 8
_MAX_TITLE = 500
# The first <title>: with the [1] libxml2 stops at it instead of walking the whole page.
TITLE = etree.XPath("/descendant::title[1]")


def story_h1(ctx: DateContext) -> Any | None:
    """The page's headline ``<h1>``: the first, unless it is a logo (no text) or a later
    one fills much of the page's title while the first is no part of it (a masthead's h1,
    an alert box's h1 above the story's)."""
    found = ctx.lists.get("h1")
    if found is None:
        found = ctx.lists["h1"] = _story_h1(ctx)
    return found[0] if found else None


def _story_h1(ctx: DateContext) -> list[Any]:
    heads = ctx.scan.h1s()[:_MAX_H1S]
    if len(heads) < 2:
        return heads[:1]
    title = _page_title(ctx)
    texts = [" ".join((text_of(h, _MAX_TITLE) or "").split()).casefold() for h in heads]
    first = next((i for i, text in enumerate(texts) if text), 0)
    if not title or texts[first] in title:
        return [heads[first]]
    for head, text in zip(heads[first + 1 :], texts[first + 1 :], strict=True):
        if len(text) >= max(_MIN_HEADLINE_CHARS, _MIN_TITLE_SHARE * len(title)) and text in title:
            return [head]
    return [heads[first]]


def _page_title(ctx: DateContext) -> str:
    for raw in ctx.metas.get("og:title", ())[:1]:
        return " ".join(raw[:_MAX_TITLE].split()).casefold()
    for el in select(TITLE, ctx.scan.root)[:1]:
        return " ".join((text_of(el, _MAX_TITLE) or "").split()).casefold()
    return ""


def headline_region(ctx: DateContext) -> str:
    """The visible text of the largest block around the h1 that is still a header (a few
    levels up, under ``_MAX_REGION`` characters): where a page shows its byline and dates.
    Read once a page: several finders ask."""
    found = ctx.texts.get("region")
    if found is None:
        found = ctx.texts["region"] = _headline_region(ctx)
    return found


def _headline_region(ctx: DateContext) -> str:
    node = story_h1(ctx)
    region = ""
    for _ in range(_REGION_LEVELS):
        node = node.getparent() if node is not None else None
        text = visible_text(node, _MAX_REGION, cut=False) if node is not None else None
        if text is None:
            break
        region = text
    return region


# How far up from a <time> to look for the heading of the item it dates.
_TEASER_LEVELS = 3
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Boxes that call themselves a teaser, and how far up to look for one. (Not a teaser by its
# name alone: story headers call their standfirst one, "ArticleModuleTeaser".)
_TEASER_HINT = hint_pattern(r"teaser")
_TEASER_HINT_LEVELS = 6


def in_teaser(el: Any, url: str | None) -> bool:
    """Whether ``el`` dates another story's teaser: the nearest heading around it (a few levels
    up) links to another page, as "just in" rails list other stories beside their dates. A box
    that calls itself a teaser is searched for its heading a few levels further up: its date
    may sit in a footer apart from the heading's link."""
    node = el
    for level in range(_TEASER_HINT_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        if level >= _TEASER_LEVELS and not _TEASER_HINT.found_in(hint_of(node)):
            continue
        heading = next(node.iter(*_HEADINGS), None)
        if heading is not None:
            link = next(heading.iter("a"), None)
            if link is None:  # a card whose whole face, heading included, is one link
                link = next(heading.iterancestors("a"), None)
            return links_elsewhere(link, url)
    return False


def links_elsewhere(link: Any, url: str | None) -> bool:
    """Whether ``link`` leads to another page (not an anchor, not a permalink to this one)."""
    href = link.get("href", "") if link is not None else ""
    if not href or href.startswith("#") or "bookmark" in link.get("rel", ""):
        return False
    return not (url and _same_path(href, url))


def in_foreign_link(el: Any, url: str | None) -> bool:
    for node in el.iterancestors("a"):
        href = node.get("href", "")
        if "bookmark" in node.get("rel", "") or not href or href.startswith("#"):
            return False
        return not (url and _same_path(href, url))
    return False


def _same_path(href: str, url: str) -> bool:
    return urlsplit(href).path.rstrip("/") == urlsplit(url).path.rstrip("/")


def own_element(el: Any, url: str | None, scan: Scan) -> bool:
    """Not in site chrome, a link to another page, or another story's teaser."""
    return not (scan.foreign(el) or in_foreign_link(el, url) or in_teaser(el, url))


def names_story_date(hint: str) -> bool:
    """Whether a class/id hint names a date element, and not a later change or a clock."""
    return DATE_HINT.found_in(hint) and not NOT_STORY_DATE.found_in(hint)


# schema.org types whose itemscope is the story itself.
ARTICLE_TYPE = re.compile(r"schema\.org/(?:\w{0,20}Article|BlogPosting|Report)\b", re.I)
_HEADING_LINKS = etree.XPath("(.//h1|.//h2|.//h3|.//h4)[1]//a[@href]")


def in_article(el: Any, url: str | None) -> bool:
    """Inside the story's container, not inside a teaser (an ``<article>`` whose headline
    links to another page, as blog indexes and related-post lists build them)."""
    for node in el.iterancestors():
        if node.tag == "article" or ARTICLE_TYPE.search(node.get("itemtype", "")[:200]):
            links = select(_HEADING_LINKS, node)
            return not (links and not (url and _same_path(links[0].get("href", ""), url)))
    return False


# Elements whose text no reader sees: page builders (Elementor) stamp their build date into
# inline CSS, and video widgets keep their clips' dates in inline JSON.
INVISIBLE = frozenset({"script", "style", "noscript", "template"})


def visible_text(
    el: Any,
    limit: int,
    cut: bool = True,
    skip: frozenset[Any] = INVISIBLE,
    hidden_by: HintPattern | None = None,
) -> str | None:
    """The text a reader sees under ``el``, in order, leaving out the ``skip`` elements (and
    those whose class or id has ``hidden_by``); past ``limit`` characters it is cut there,
    or with ``cut=False`` refused (``None``)."""
    pieces: list[str] = []
    size = 0
    hidden = 0
    for event, node in etree.iterwalk(el, events=("start", "end", "comment", "pi")):
        invisible = node.tag in skip or (hidden_by is not None and _hinted(node, hidden_by))
        if event == "start":
            hidden += invisible
            piece = None if hidden else node.text
        else:  # an element's end, or a comment's whole visit: what follows it is its tail
            hidden -= invisible
            piece = None if hidden or node is el else node.tail
        if piece:
            pieces.append(piece)
            size += len(piece)
            if size > limit:
                return " ".join(pieces)[:limit] if cut else None
    return " ".join(pieces)


def skipped(node: Any, skip: frozenset[Any], hidden_by: HintPattern) -> bool:
    return node.tag in skip or _hinted(node, hidden_by)


def _hinted(node: Any, pattern: HintPattern) -> bool:
    """Whether an element's class or id has ``pattern`` (comments and PIs have neither)."""
    return isinstance(node.tag, str) and pattern.found_in(hint_of(node))


# RDFa properties, and data-* attributes, under a node.
_SCOPED_ATTRS = {
    "property": etree.XPath(".//@property"),
    "data": etree.XPath(".//@*[starts-with(name(), 'data-')]"),
}
_MAX_SCOPED_ATTRS = 5000
# The story's date attributes sit in its header, a few levels around the h1: reading only that
# block skips other stories' cards elsewhere and most of a large page's attributes (a walk of
# every attribute of the page costs about a millisecond).
_ATTR_SCOPE_LEVELS = 4


def scoped_attributes(ctx: DateContext, kind: str) -> list[Any]:
    """The ``property`` or data-* attribute values (each knows its name and element) in the
    block around the h1 (the body when the page has none), listed once."""
    found = ctx.lists.get(kind)
    if found is None:
        found = ctx.lists[kind] = select(_SCOPED_ATTRS[kind], around_h1(ctx))[:_MAX_SCOPED_ATTRS]
    return found


def around_h1(ctx: DateContext) -> Any:
    head = story_h1(ctx)
    ancestors = list(itertools.islice(head.iterancestors(), _ATTR_SCOPE_LEVELS)) if head is not None else []
    if ancestors and ancestors[-1].tag not in ("html", "body"):
        return ancestors[-1]
    bodies = select(BODY, ctx.scan.root)
    return bodies[0] if bodies else ctx.scan.root
