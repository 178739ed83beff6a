"""Published and modified dates, from the most structured source down to visible text.

The finders run in the order of ``_PUBLISHED_FINDERS`` (at the end of this module), most
structured first: JSON-LD ``datePublished`` > publisher ``<meta>`` tags > microdata > the
article's own ``<time>`` > a date written in the story's header > a date in the URL path >
page script data > labelled and other dates near the headline; last, a page's stated last
change or a date its description gives. Dates after the reference date are refused
everywhere; dates before 1990 only outside structured metadata.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from ..fields.dates import day_of
from .dated import DateContext, Dated, machine_date
from .datescripts import from_script, from_script_unix
from .datetext import dateparser_date, find_text_date
from .dateurls import folder_day, url_dates
from .metatags import (
    HintPattern,
    Metas,
    Scan,
    full_text,
    hint_of,
    hint_pattern,
    hint_words,
    select,
    text_of,
)

# <meta> keys that state the publication date, best first.
PUBLISHED_METAS: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "og:published_time",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "publish-date",
    "publish_date",
    "publishdate",
    "publication_date",
    "pubdate",
    "date_published",
    "datepublished",
    "article_date_original",
    "original-publish-date",
    "originalpublicationdate",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms:issued",  # RDFa spells Dublin Core with a colon: <meta property="dcterms:issued">
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "prism.publicationdate",
    "bt:pubdate",
    "release_date",
)
# Rarer spellings, each used by some CMS, share or analytics plugin. Their values often lack
# the zone, so a page's JSON-LD or microdata states the same moment better: they rank below.
RARE_PUBLISHED_METAS: tuple[str, ...] = (
    "article:published_date",
    "article:publicationdate",
    "article:post_date",
    "og:pubdate",
    "og:publish_date",
    "og:datepublished",
    "published-date",
    "published_date",
    "publisheddate",
    "publish_time",
    "dateposted",
    "dc.date.publication",
    "dcsext.articlefirstpublished",
    "rnews:datepublished",
    "twt-published-at",
    "shareaholic:article_published_time",
    "vr:published_time",
    "mediator_published_time",
    "analyticsattributes.articledate",
    "rbpubdate",
    # Korean and Chinese CMSs: "ptime"/"pdate" publication, "utime" update, often Unix times.
    "ptime",
    "pdate",
)
# Generic date tags: CMSs fill them with the record's creation time, which can precede the
# date the article shows. They rank below the article's own <time>.
WEAK_METAS: tuple[str, ...] = (
    "dc.date",
    "dcterms.date",
    "dc:date",
    "dcterms:date",
    "dc.date.created",
    "dcterms.created",
    "dcterms:created",
    "article.created",
    "created",
    "date",
    "displaydate",
    "date_created",
    "datecreated",
    "content_create_date",
    "dc.created",
    "dc:created",
    "doc_date",
)
MODIFIED_METAS: tuple[str, ...] = (
    "article:modified_time",
    "og:article:modified_time",
    "article:modified",
    "modified_time",
    "og:updated_time",
    "article.updated",
    "parsely-updated",
    "sailthru.lastmodified",
    "last-modified",
    "lastmodified",
    "dc.date.modified",
    "dcterms.modified",
    "dcterms:modified",
    "date_modified",
    "datemodified",
    "bt:moddate",
    "revised",
    "article:modified_date",
    "article:post_modified",
    "og:modified_time",
    "updated_time",
    "modificationdate",
    "dc.modified",
    "revision_date",
    "utime",
)

# The first <title>: with the [1] libxml2 stops at it instead of walking the whole page.
_TITLE = etree.XPath("/descendant::title[1]")

_MIN_YEAR = 1990
# Structured metadata may date old pages, but a year before the web's archives is a placeholder.
_MIN_STRUCTURED_YEAR = 1900
# Class and id words of elements that show the article's date, in the languages we meet.
_DATE_HINT = hint_words(
    *("date", "time", "publish", "posted", "datum", "fecha", "data", "byline", "dateline", "timestamp"),
    *("entry-meta", "post-meta", "article-meta", "article-info", "meta-info", "postmeta", "info"),
    *("zeit", "uhrzeit", "veroeffentlicht", "stand", "author", "meta", "dachzeile", "subline", "kicker"),
)
_MODIFIED_HINT = hint_pattern(r"updat|modif|aktualisiert|edited|revised")
# Date elements that are not the story's: its later changes, and a masthead's clock ("today").
_NOT_STORY_DATE = hint_pattern(r"updat|modif|aktualisiert|edited|revised|today|current-?date|top-?bar")
_PUBLISHED_HINT = hint_pattern(r"publish|pubdate|posted|entry-date|created|datepublished")
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
)
# Descriptions that date their own story ("Notizia del 14 Gennaio 2020") are read last.
DESCRIPTION_METAS: tuple[str, ...] = ("og:description", "description")
_LABEL_TAIL = re.compile(r"[^\W\d_]{0,4}(?:\s{1,3}(?:on|am|le|il|el|em|op|den|om|:)){0,2}\s{0,3}:?\s{0,3}")
_MAX_LABELS = 20
_LABEL_WINDOW = 60
_LABEL_LOOKBACK = 120
_MAX_REGION = 3000
_REGION_LEVELS = 4
_MAX_BODY_TEXT = 300_000
_BODY = etree.XPath("/descendant::body[1]")
_MAX_HINT_TEXT = 200
_NEAR_H1_CHARS = 1500
_MAX_NEAR_H1 = 20_000


# English outside the US writes the day first: "06/01/2026" is 6 January on a British,
# Irish, Indian, Nigerian or Australian page. Known from the page's locale ("en-GB",
# og:locale "en_GB") or, when it names no region, from its country domain.
DAY_FIRST_EN_REGIONS: frozenset[str] = frozenset(
    {"gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "gh", "pk", "sg", "my"}
    | {"na", "ug", "tz", "zm", "zw", "bw", "mt", "lk", "bd", "jm", "tt", "hk", "cy"}
)
DAY_FIRST_EN_DOMAINS: tuple[str, ...] = tuple(f".{region}" for region in DAY_FIRST_EN_REGIONS)
_LOCALE = re.compile(r"\s{0,3}en[-_]([a-z]{2})\b", re.I)


def _date_lang(ctx: DateContext) -> str | None:
    """The page's language as ``find_text_date`` reads numeric dates: plain "en" for US
    (month-first) order, "en-gb" for English that writes the day first."""
    if ctx.lang != "en":
        return ctx.lang
    tags = (ctx.scan.root.getroottree().getroot().get("lang", ""), *ctx.metas.get("og:locale", ())[:1])
    regions = [m.group(1).lower() for m in map(_LOCALE.match, tags) if m]
    if regions:
        return "en-gb" if regions[0] in DAY_FIRST_EN_REGIONS else "en"
    host = urlsplit(ctx.url).hostname or "" if ctx.url else ""
    return "en-gb" if host.endswith(DAY_FIRST_EN_DOMAINS) else "en"


def find_published(ctx: DateContext) -> Dated | None:
    ctx = replace(ctx, lang=_date_lang(ctx))
    for finder in _PUBLISHED_FINDERS:
        for found in finder(ctx):
            if _plausible(found, ctx.reference, ctx.reference_is_today):
                return _shown_update(ctx, _local_day(found, ctx))
    return None


def _shown_update(ctx: DateContext, found: Dated) -> Dated:
    """The page's own "Updated 6 March" when the metadata published the story earlier and
    changed it since: a page that shows readers only its update is dated by it, as its
    readers (and date annotators) see it. Read only on pages whose metadata states a later
    change, and never when the text also labels a publication date."""
    if found.source == "text":
        return found
    modified = find_modified(ctx, found)
    if modified is None or day_of(modified.value) <= day_of(found.value):
        return found
    text = _headline_region(ctx).lower()
    if next(_label_dates(text, PUBLISHED_LABELS, ctx.lang), None) is not None:
        return found
    shown = next(_label_dates(text, SHOWN_UPDATE_LABELS, ctx.lang, alone=True), None)
    if shown is not None and day_of(found.value) < shown.value <= day_of(modified.value):
        return shown
    return found


def _headline_region(ctx: DateContext) -> str:
    """The visible text of the largest block around the h1 that is still a header (a few
    levels up, under ``_MAX_REGION`` characters): where a page shows its byline and dates."""
    heads = ctx.scan.h1s()
    node = heads[0] if heads else None
    region = ""
    for _ in range(_REGION_LEVELS):
        node = node.getparent() if node is not None else None
        text = _visible_text(node, _MAX_REGION, cut=False) if node is not None else None
        if text is None:
            break
        region = text
    return region


def _local_day(found: Dated, ctx: DateContext) -> Dated:
    """A UTC timestamp one day off a ``/yyyy/mm/dd/`` folder in the URL is the publisher's
    local evening or morning: the folder's calendar day is the one the publisher printed."""
    value = found.value
    if not isinstance(value, _dt.datetime) or value.utcoffset() != _dt.timedelta(0):
        return found
    in_url = folder_day(ctx.url)
    if in_url is not None and abs((value.date() - in_url).days) == 1:
        return Dated(in_url, "url")
    return found


def find_modified(ctx: DateContext, published: Dated | None) -> Dated | None:
    """The last-modified date, only when the page states one distinct from the published date."""
    for found in _modified_candidates(ctx):
        if not _plausible(found, ctx.reference):
            continue
        if published is not None and day_of(found.value) < day_of(published.value):
            continue
        if published is not None and found.value == published.value:
            return None
        return found
    return None


def _plausible(found: Dated, reference: _dt.date, today: bool = False) -> bool:
    day = day_of(found.value)
    if day > reference:
        return False
    if today and day == reference and found.source == "text":
        # Without a crawl date, today's date in visible text is a masthead clock, not the story's.
        return False
    structured = found.source in ("json-ld", "microdata", "rdfa") or found.source.startswith("meta:")
    return day.year >= _MIN_YEAR or (structured and day.year >= _MIN_STRUCTURED_YEAR)


def _from_jsonld(ctx: DateContext) -> Iterator[Dated]:
    """JSON-LD of an article type; a page's WebPage or VideoObject dates wait below the metas."""
    value = machine_date(ctx.ld_published) if ctx.ld_article else None
    if value is not None:
        yield Dated(value, "json-ld")


def _from_jsonld_page(ctx: DateContext) -> Iterator[Dated]:
    value = None if ctx.ld_article else machine_date(ctx.ld_published)
    if value is not None:
        yield Dated(value, "json-ld")


def _from_metas(ctx: DateContext) -> Iterator[Dated]:
    yield from _meta_dates(ctx.metas, PUBLISHED_METAS)


def _from_rare_metas(ctx: DateContext) -> Iterator[Dated]:
    yield from _meta_dates(ctx.metas, RARE_PUBLISHED_METAS)


def _from_weak_metas(ctx: DateContext) -> Iterator[Dated]:
    yield from _meta_dates(ctx.metas, WEAK_METAS)


def _meta_dates(metas: Metas, names: tuple[str, ...]) -> Iterator[Dated]:
    for name in names:
        for raw in metas.get(name, ())[:1]:
            value = machine_date(raw)
            if value is not None:
                yield Dated(value, f"meta:{name}")


def _from_microdata(ctx: DateContext) -> Iterator[Dated]:
    yield from _itemprop_dates(ctx.scan, ctx.scan.itemprop("datePublished", "dateCreated"))


def _itemprop_dates(scan: Scan, elements: list[Any]) -> Iterator[Dated]:
    for el in elements:
        if scan.foreign(el):
            continue
        raw = el.get("content") or el.get("datetime") or text_of(el, _MAX_HINT_TEXT)
        value = machine_date(raw)
        if value is not None:
            yield Dated(value, "microdata")


# RDFa properties in the body that state the publication date: Drupal 7 prints
# <span property="dc:date dc:created" content="2024-03-12T14:05:31-05:00"> on every node.
RDFA_PUBLISHED: frozenset[str] = frozenset(
    {"dc:date", "dc:created", "dc:issued", "dcterms:created", "dcterms:issued", "dcterms:date"}
    | {"schema:datepublished", "datepublished", "article:published_time"}
)


def _from_rdfa(ctx: DateContext) -> Iterator[Dated]:
    if not _declares_rdfa(ctx.scan.root):
        return
    for names in _scoped_attributes(ctx, "property"):
        if RDFA_PUBLISHED.isdisjoint(names.lower().split()):
            continue
        el = names.getparent()
        value = machine_date(el.get("content")) if not ctx.scan.foreign(el) else None
        if value is not None:
            yield Dated(value, "rdfa")


def _declares_rdfa(root: Any) -> bool:
    """Whether the page declares RDFa vocabularies on its ``<html>`` (``prefix``, ``vocab``,
    ``xmlns:dc``, ``version="HTML+RDFa 1.1"``), as Drupal does: a look at one element
    spares the walk over every ``property`` of the other pages."""
    top = root.getroottree().getroot()
    return any(key in ("prefix", "vocab") or key.startswith("xmlns:") for key in top.attrib) or (
        "rdfa" in top.get("version", "").lower()
    )


# data-* attributes that hold the story's date in machine form while the page prints
# "3 hours ago" or only its update (Gannett, Brightspot, React front ends). The named ones say
# which date they hold and rank with <time>; the generic ones come after every stated date.
DATA_PUBLISHED_ATTRS: frozenset[str] = frozenset(
    {"data-published-date", "data-publish-date", "data-published", "data-published-at"}
    | {"data-published-time", "data-date-published", "data-pubdate", "data-publishdate"}
    | {"data-publication-date", "data-first-published", "data-created-date"}
)
# (Not "data-date": date pickers and event calendars put it on every day they show.)
DATA_TIME_ATTRS: frozenset[str] = frozenset(
    {"data-timestamp", "data-time", "data-datetime", "data-epoch", "data-utc", "data-unix"}
)
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


def _scoped_attributes(ctx: DateContext, kind: str) -> list[Any]:
    """The ``property`` or data-* attribute values (each knows its name and element) in the
    block around the h1 (the body when the page has none), listed once."""
    found = ctx.lists.get(kind)
    if found is None:
        found = ctx.lists[kind] = select(_SCOPED_ATTRS[kind], _around_h1(ctx))[:_MAX_SCOPED_ATTRS]
    return found


def _around_h1(ctx: DateContext) -> Any:
    heads = ctx.scan.h1s()
    ancestors = list(itertools.islice(heads[0].iterancestors(), _ATTR_SCOPE_LEVELS)) if heads else []
    if ancestors and ancestors[-1].tag not in ("html", "body"):
        return ancestors[-1]
    bodies = select(_BODY, ctx.scan.root)
    return bodies[0] if bodies else ctx.scan.root


def _from_data_published(ctx: DateContext) -> Iterator[Dated]:
    yield from _data_dates(ctx, DATA_PUBLISHED_ATTRS)


def _from_data_time(ctx: DateContext) -> Iterator[Dated]:
    yield from _data_dates(ctx, DATA_TIME_ATTRS)


def _data_dates(ctx: DateContext, names: frozenset[str]) -> Iterator[Dated]:
    """Dates in ``names`` attributes of the article's own elements (not in a link to another
    page, a teaser, or an element that names a later change)."""
    for value in _scoped_attributes(ctx, "data"):
        if value.attrname.lower() not in names:
            continue
        el = value.getparent()
        if _NOT_STORY_DATE.found_in(hint_of(el)) or not _own_element(el, ctx.url, ctx.scan):
            continue
        if el.tag == "a" and _links_elsewhere(el, ctx.url):  # a story card that is one link
            continue
        found = machine_date(value)
        if found is not None:
            yield Dated(found, "data-attribute")


def _from_time(ctx: DateContext) -> Iterator[Dated]:
    """The article's own ``<time>`` (or hAtom ``<abbr title>``): published-looking ones first,
    never one in a link list, and one in another story's teaser only after all the others."""
    times = _time_elements(ctx.scan.root)
    own = [t for t in times if _outside_chrome(t, ctx) and not _in_foreign_link(t, ctx.url)]
    teasers: list[Dated] = []
    for el in sorted(own, key=_time_rank):
        if _time_rank(el) == 2:
            break
        raw = el.get("datetime") or el.get("content") or _iso_title(el) or text_of(el, _MAX_HINT_TEXT) or ""
        value = machine_date(raw) or find_text_date(raw[:_MAX_HINT_TEXT], ctx.lang)
        if value is not None and _in_teaser(el, ctx.url):
            teasers.append(Dated(value, "time"))
        elif value is not None:
            yield Dated(value, "time")
    yield from teasers


def _outside_chrome(el: Any, ctx: DateContext) -> bool:
    """Not in site chrome. A ``<header>`` outside ``<article>`` counts as chrome (the site's
    masthead), except the one that holds the headline: React front ends put the story's
    header, with its ``<time>``, beside the body rather than in an ``<article>``. A header
    with a menu is the site's masthead, whatever its h1."""
    if not ctx.scan.foreign(el):
        return True
    header = next(el.iterancestors("header"), None)
    heads = ctx.scan.h1s()
    if header is None or not heads or header not in heads[0].iterancestors("header"):
        return False
    # A masthead with the site's name as its h1 has a menu, and perhaps a clock: chrome still.
    return next(header.iter("nav"), None) is None


def _time_elements(root: Any) -> list[Any]:
    """``<time>`` elements, and ``<abbr>`` whose title holds an ISO date: hAtom's
    ``<abbr class="published" title="2024-03-12T07:15:00Z">7:15 AM</abbr>`` (Blogger, old
    WordPress themes) and jQuery timeago's ``<abbr class="timeago" title=...>``."""
    return [el for el in root.iter("time", "abbr") if el.tag == "time" or _iso_title(el)]


def _iso_title(el: Any) -> str | None:
    title = el.get("title", "") if el.tag == "abbr" else ""
    return title if _ISO_PREFIX.match(title) else None


_ISO_PREFIX = re.compile(r"\s{0,3}(?:19|20)\d\d-[01]\d-[0-3]\d")
# How far up from a <time> to look for the heading of the item it dates.
_TEASER_LEVELS = 3
_HEADINGS = ("h1", "h2", "h3", "h4")


def _in_teaser(el: Any, url: str | None) -> bool:
    """Whether ``el`` dates another story's teaser: the nearest heading around it (a few levels
    up) links to another page, as "just in" rails list other stories beside their dates."""
    node = el
    for _ in range(_TEASER_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        heading = next(node.iter(*_HEADINGS), None)
        if heading is not None:
            link = next(heading.iter("a"), None)
            if link is None:  # a card whose whole face, heading included, is one link
                link = next(heading.iterancestors("a"), None)
            return _links_elsewhere(link, url)
    return False


def _links_elsewhere(link: Any, url: str | None) -> bool:
    """Whether ``link`` leads to another page (not an anchor, not a permalink to this one)."""
    href = link.get("href", "") if link is not None else ""
    if not href or href.startswith("#") or "bookmark" in link.get("rel", ""):
        return False
    return not (url and _same_path(href, url))


def _time_rank(el: Any) -> int:
    hint = f"{el.get('class', '')} {el.get('itemprop', '')} {el.get('id', '')}"
    if el.get("pubdate") is not None or _PUBLISHED_HINT.found_in(hint):
        return 0
    if _MODIFIED_HINT.found_in(hint) or _MODIFIED_HINT.found_in(_parent_hint(el)):
        return 2
    return 1


def _parent_hint(el: Any) -> str:
    parent = el.getparent()
    return "" if parent is None else f"{parent.get('class', '')} {parent.get('id', '')}"


def _in_foreign_link(el: Any, url: str | None) -> bool:
    for node in el.iterancestors("a"):
        href = node.get("href", "")
        if "bookmark" in node.get("rel", "") or not href or href.startswith("#"):
            return False
        return not (url and _same_path(href, url))
    return False


def _same_path(href: str, url: str) -> bool:
    return urlsplit(href).path.rstrip("/") == urlsplit(url).path.rstrip("/")


def _from_url(ctx: DateContext) -> Iterator[Dated]:
    yield from url_dates(ctx.url, "url")


def _from_image_url(ctx: DateContext) -> Iterator[Dated]:
    """Last resort: the share image's upload folder (``/2026/01/29/``) on a news CDN. An old
    file photo can be reused, so this ranks below every statement the page makes."""
    for key in ("og:image", "twitter:image"):
        for image in ctx.metas.get(key, ())[:1]:
            yield from url_dates(image, "og:image" if key == "og:image" else "twitter:image")


def _from_label(ctx: DateContext) -> Iterator[Dated]:
    """A date right after a "published" label anywhere in the page's text."""
    yield from _labelled(ctx, PUBLISHED_LABELS)


def _from_updated_label(ctx: DateContext) -> Iterator[Dated]:
    yield from _labelled(ctx, UPDATED_LABELS)


def _labelled(ctx: DateContext, labels: tuple[str, ...]) -> Iterator[Dated]:
    text = ctx.texts.get("body")
    if text is None:
        bodies = select(_BODY, ctx.scan.root)
        text = ctx.texts["body"] = (_visible_text(bodies[0], _MAX_BODY_TEXT) or "").lower() if bodies else ""
    yield from _label_dates(text, labels, ctx.lang)


def _label_dates(
    text: str, labels: tuple[str, ...], lang: str | None, alone: bool = False
) -> Iterator[Dated]:
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


def _from_text(ctx: DateContext) -> Iterator[Dated]:
    """A date written in an element whose class or id says it holds a date, then near the h1."""
    yield from _hinted_dates(ctx)
    yield from _near_h1(ctx)
    yield from _in_title(ctx)


def _from_article_text(ctx: DateContext) -> Iterator[Dated]:
    """A date element inside the article's own container (``<article>``, a schema.org Article
    scope) speaks for the story as its ``<time>`` would; a CMS's generic ``date`` meta tag
    often holds the record's creation day instead, weeks before the story went out."""
    seen: set[Any] = set()
    for scope in select(_ARTICLE_SCOPES, ctx.scan.root)[:_MAX_SCOPES]:
        if scope.tag != "article" and not _ARTICLE_TYPE.search(scope.get("itemtype", "")[:200]):
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
    if len(hint) < 2 or not _names_story_date(hint):
        return None
    text = text_of(el, _MAX_HINT_TEXT, " ")
    value = find_text_date(text, ctx.lang) if text else None
    if value is None or not _in_article(el, ctx.url) or ctx.scan.foreign(el) or _in_foreign_link(el, ctx.url):
        return None
    return Dated(value, "text")


def _from_any_dated_element(ctx: DateContext) -> Iterator[Dated]:
    """Last of all, a date element outside the article, even in a list of other stories: a hub page's
    newest entry dates it, and a page wrapped whole in a ``<form>`` (ASP.NET) looks foreign
    throughout. A page that states nothing else is better dated so than not at all."""
    yield from _hinted_dates(ctx, anywhere=True)


def _hinted_dates(ctx: DateContext, anywhere: bool = False) -> Iterator[Dated]:
    """Dates in elements whose class or id names a date: the article's own ones, or with
    ``anywhere`` the others, in link lists and teasers (read with the patterns we know only;
    dateparser is slow)."""
    for el, hint in ctx.scan.classed_with(_DATE_HINT):
        if _NOT_STORY_DATE.found_in(hint):  # see _names_story_date
            continue
        text = _shown_and_title(el)
        chrome = bool(text) and (ctx.scan.foreign(el) or _in_foreign_link(el, ctx.url))
        if not text or (chrome and not anywhere):
            continue
        value = find_text_date(text, ctx.lang)
        if value is None and not anywhere:
            value = dateparser_date(text, ctx.parser_languages)
        # Asked last, of dated elements only: the teaser test walks the tree around them.
        if value is not None and (chrome or _in_teaser(el, ctx.url)) == anywhere:
            yield Dated(value, "text")


def _shown_and_title(el: Any) -> str | None:
    """An element's text, then its ``title``: date widgets (Wix, "time ago" scripts) show
    "12 mars" or "3 days ago" and keep the full date in the tooltip."""
    text = text_of(el, _MAX_HINT_TEXT, " ")
    title = el.get("title", "")[:_MAX_HINT_TEXT]
    return f"{text} {title}" if text is not None and title else text


def _own_element(el: Any, url: str | None, scan: Scan) -> bool:
    """Not in site chrome, a link to another page, or another story's teaser."""
    return not (scan.foreign(el) or _in_foreign_link(el, url) or _in_teaser(el, url))


def _names_story_date(hint: str) -> bool:
    """Whether a class/id hint names a date element, and not a later change or a clock."""
    return _DATE_HINT.found_in(hint) and not _NOT_STORY_DATE.found_in(hint)


# schema.org types whose itemscope is the story itself.
_ARTICLE_TYPE = re.compile(r"schema\.org/(?:\w{0,20}Article|BlogPosting|Report)\b", re.I)


# Elements with an itemtype found by their attribute: a predicate on every element costs more.
_ARTICLE_SCOPES = etree.XPath("//body/descendant::article | //body/descendant::*/@itemtype/..")
_MAX_SCOPES = 50
_MAX_SCOPE_ELEMENTS = 3000
_HEADING_LINKS = etree.XPath("(.//h1|.//h2|.//h3|.//h4)[1]//a[@href]")


def _in_article(el: Any, url: str | None) -> bool:
    """Inside the story's container, not inside a teaser (an ``<article>`` whose headline
    links to another page, as blog indexes and related-post lists build them)."""
    for node in el.iterancestors():
        if node.tag == "article" or _ARTICLE_TYPE.search(node.get("itemtype", "")[:200]):
            links = select(_HEADING_LINKS, node)
            return not (links and not (url and _same_path(links[0].get("href", ""), url)))
    return False


def _in_title(ctx: DateContext) -> Iterator[Dated]:
    """Some CMSs put the date in the document title ("08.11.2021 | Fachtag ...")."""
    for el in select(_TITLE, ctx.scan.root)[:1]:
        value = find_text_date(full_text(el)[:_MAX_HINT_TEXT], ctx.lang)
        if value is not None:
            yield Dated(value, "title-tag")


def _near_h1(ctx: DateContext) -> Iterator[Dated]:
    heads = ctx.scan.h1s()
    if not heads:
        return
    parent = heads[0].getparent()
    if parent is None:
        return
    text = " ".join((_visible_text(parent, _MAX_NEAR_H1, cut=False) or "").split())[:_NEAR_H1_CHARS]
    value = find_text_date(text, ctx.lang)
    if value is None:
        # Obfuscated class names hide the date element; it still sits in the header block.
        value = find_text_date(" ".join(_headline_region(ctx).split()), ctx.lang)
    if value is None:
        # A header built of bare nested <div>s (Medium, React sites) has no block that holds
        # the h1 and the byline without the whole story: read what follows the h1 instead.
        value = find_text_date(_after(heads[0], _AFTER_H1_CHARS), ctx.lang)
    if value is not None:
        yield Dated(value, "text")


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
            if isinstance(sibling.tag, str) and not _skipped(sibling, _AFTER_SKIP, _MEDIA_HINT):
                # Raw text counts indentation too: read more of it than ``limit``.
                yield (
                    _visible_text(sibling, limit * _RAW_PER_SHOWN, skip=_AFTER_SKIP, hidden_by=_MEDIA_HINT)
                    or ""
                )
            yield sibling.tail or ""
        node = node.getparent()


# Elements whose text no reader sees: page builders (Elementor) stamp their build date into
# inline CSS, and video widgets keep their clips' dates in inline JSON.
_INVISIBLE = frozenset({"script", "style", "noscript", "template"})
# Also left out of the text after the headline: photo captions date the photo ("Harris,
# left, on Aug. 7, 2024"), not the story, and menus date nothing.
_AFTER_SKIP = _INVISIBLE | {"figure", "figcaption", "nav", "footer"}
# The same by class: photo galleries and captions built of <div>s, and related-story boxes.
# ("text-caption" is a type size in utility CSS, not a caption: only "caption" as a class's
# first word, or after a medium's name.)
_MEDIA_HINT = hint_pattern(
    r"(?:^|\s)caption|(?:image|photo|media|img|picture|video)[-_]{0,2}caption|carousel|gallery|slideshow|related"
)


def _visible_text(
    el: Any,
    limit: int,
    cut: bool = True,
    skip: frozenset[Any] = _INVISIBLE,
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


def _skipped(node: Any, skip: frozenset[Any], hidden_by: HintPattern) -> bool:
    return node.tag in skip or _hinted(node, hidden_by)


def _hinted(node: Any, pattern: HintPattern) -> bool:
    """Whether an element's class or id has ``pattern`` (comments and PIs have neither)."""
    return isinstance(node.tag, str) and pattern.found_in(hint_of(node))


def _from_description(ctx: DateContext) -> Iterator[Dated]:
    for name in DESCRIPTION_METAS:
        for raw in ctx.metas.get(name, ())[:1]:
            value = find_text_date(raw[:_MAX_HINT_TEXT], ctx.lang)
            if value is not None:
                yield Dated(value, "description")


def _modified_candidates(ctx: DateContext) -> Iterator[Dated]:
    value = machine_date(ctx.ld_modified)
    if value is not None:
        yield Dated(value, "json-ld")
    yield from _meta_dates(ctx.metas, MODIFIED_METAS)
    yield from _itemprop_dates(ctx.scan, ctx.scan.itemprop("dateModified"))


_PUBLISHED_FINDERS: tuple[Callable[[DateContext], Iterator[Dated]], ...] = (
    _from_jsonld,
    _from_metas,
    _from_jsonld_page,
    _from_microdata,
    _from_rare_metas,
    _from_rdfa,
    _from_time,
    _from_data_published,
    _from_article_text,
    _from_weak_metas,
    _from_url,
    from_script,
    _from_label,
    _from_text,
    _from_data_time,
    from_script_unix,
    _from_image_url,
    _from_updated_label,
    _from_description,
    _from_any_dated_element,
)
