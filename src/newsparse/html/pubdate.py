"""Published and modified dates, from the most structured source down to visible text.

The finders run in the order of ``_PUBLISHED_FINDERS`` (at the end of this module), most
structured first: JSON-LD ``datePublished`` > publisher ``<meta>`` tags > microdata > the
article's own ``<time>`` > a date written in the story's header > a date in the URL path >
page script data > labelled and other dates near the headline; then the share image's
folder, a relative date in the header ("3 hours ago", only against a caller's reference
date); last, a page's stated last change or a date its description gives. Dates after the
reference date are refused everywhere; dates before 1990 only outside structured metadata.

This module holds the structured finders and the order; visible-text finders live in
``datevisible`` (unlabelled dates) and ``datelabels`` (labelled ones), where a date element
stands in ``datespots``, script data in ``datescripts``, URL dates in ``dateurls``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..fields.dates import day_of
from .dated import DateContext, Dated, machine_date
from .datelabels import (
    PUBLISHED_LABELS,
    SHOWN_UPDATE_LABELS,
    from_label,
    from_updated_label,
    label_dates,
    labelled_change,
)
from .datescripts import from_script, from_script_unix, local_restatement
from .datespots import (
    MAX_HINT_TEXT,
    MODIFIED_HINT,
    NOT_STORY_DATE,
    PUBLISHED_HINT,
    headline_region,
    in_foreign_link,
    in_teaser,
    links_elsewhere,
    own_element,
    scoped_attributes,
    story_h1,
)
from .datetext import find_text_date
from .dateupdates import shown_updates
from .dateurls import url_dates
from .datevisible import (
    first_date_line,
    from_any_dated_element,
    from_article_text,
    from_description,
    from_relative,
    from_text,
)
from .metatags import (
    Metas,
    Scan,
    hint_of,
    hint_pattern,
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

_MIN_YEAR = 1990
# Structured metadata may date old pages, but a year before the web's archives is a placeholder.
_MIN_STRUCTURED_YEAR = 1900


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
                return _local_time(ctx, _shown_update(ctx, found))
    return None


def _local_time(ctx: DateContext, found: Dated) -> Dated:
    """A UTC moment as the publisher's clock wrote it, when its URL is dated the day before
    (an evening story in the Americas) and the page restates the moment with that offset:
    readers, and the page's own URL, see the local day."""
    value = found.value
    if not isinstance(value, _dt.datetime) or value.utcoffset() != _dt.timedelta(0):
        return found
    url_day = next(url_dates(ctx.url, "url"), None)
    if url_day is None or url_day.value != value.date() - _dt.timedelta(days=1):
        return found
    local = local_restatement(ctx, value, url_day.value)
    return found if local is None else Dated(local, found.source)


def _shown_update(ctx: DateContext, found: Dated) -> Dated:
    """The page's own "Updated 6 March" when the metadata published the story earlier and
    changed it since: a page that shows readers only its update is dated by it, as its
    readers (and date annotators) see it. Read only on pages whose metadata states a later
    change, and never when the text also labels a publication date."""
    if found.source == "text":
        return found
    modified = _later_change(_modified_candidates(ctx), ctx.reference, found)
    if modified is None or day_of(modified.value) <= day_of(found.value):
        return found
    text = headline_region(ctx).lower()
    if next(label_dates(text, PUBLISHED_LABELS, ctx.lang), None) is not None:
        return found
    shown = next(label_dates(text, SHOWN_UPDATE_LABELS, ctx.lang, alone=True), None)
    if shown is None:
        return _shown_change(ctx, text, found, modified)
    if day_of(found.value) < shown.value <= day_of(modified.value):
        return shown
    return found


_MAX_SHOWN_CHANGE = _dt.timedelta(days=7)


def _shown_change(ctx: DateContext, header: str, found: Dated, modified: Dated) -> Dated:
    """The later change when it is the one date the story's header shows, unlabelled
    ("am Mittwoch, 26.01.2022 - 14:30" under a headline whose metadata published it the day
    before): Drupal and Arc themes print the last change in their date line. Only a change
    within days: a live ticker or an evergreen guide shows its change of months later above
    a story first published then."""
    if day_of(modified.value) - day_of(found.value) > _MAX_SHOWN_CHANGE:
        return found
    shown = find_text_date(header, ctx.lang)
    if shown is None:  # a header block too large to read: the first date line instead
        line = first_date_line(ctx)
        shown = day_of(line.value) if line is not None else None
    return Dated(shown, "text") if shown is not None and shown == day_of(modified.value) else found


def find_modified(ctx: DateContext, published: Dated | None) -> Dated | None:
    """The last-modified date, only when the page states one distinct from the published
    date: from structured data first, then as the page shows it (never an earlier day)."""
    candidates = itertools.chain(_modified_candidates(ctx), _shown_later(ctx, published))
    return _later_change(candidates, ctx.reference, published)


def _shown_later(ctx: DateContext, published: Dated | None) -> Iterator[Dated]:
    """Changes the page shows, on a later day than the publication: WordPress themes print
    their "updated" <time> on every post, with the publication's moment when it never
    changed. (A generator: nothing is read while a structured date decides.)"""
    for found in shown_updates(replace(ctx, lang=_date_lang(ctx))):
        if published is None or day_of(found.value) > day_of(published.value):
            yield found


def _later_change(candidates: Iterator[Dated], reference: _dt.date, published: Dated | None) -> Dated | None:
    for found in candidates:
        if not _plausible(found, reference):
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
        raw = el.get("content") or el.get("datetime") or text_of(el, MAX_HINT_TEXT)
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
    for names in scoped_attributes(ctx, "property"):
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


def _from_data_published(ctx: DateContext) -> Iterator[Dated]:
    yield from _data_dates(ctx, DATA_PUBLISHED_ATTRS)


def _from_data_time(ctx: DateContext) -> Iterator[Dated]:
    yield from _data_dates(ctx, DATA_TIME_ATTRS)


def _data_dates(ctx: DateContext, names: frozenset[str]) -> Iterator[Dated]:
    """Dates in ``names`` attributes of the article's own elements (not in a link to another
    page, a teaser, or an element that names a later change)."""
    for value in scoped_attributes(ctx, "data"):
        if value.attrname.lower() not in names:
            continue
        el = value.getparent()
        if NOT_STORY_DATE.found_in(hint_of(el)) or not own_element(el, ctx.url, ctx.scan):
            continue
        if el.tag == "a" and links_elsewhere(el, ctx.url):  # a story card that is one link
            continue
        found = machine_date(value)
        if found is not None:
            yield Dated(found, "data-attribute")


def _from_time(ctx: DateContext) -> Iterator[Dated]:
    """The article's own ``<time>`` (or hAtom ``<abbr title>``): published-looking ones first,
    never one in a link list nor in another story's teaser."""
    yield from _time_dates(ctx, teasers=False)


def _from_teaser_time(ctx: DateContext) -> Iterator[Dated]:
    """A ``<time>`` in another story's teaser, after every date the page states for itself:
    a hub page's newest entry dates it."""
    yield from _time_dates(ctx, teasers=True)


def _time_dates(ctx: DateContext, teasers: bool) -> Iterator[Dated]:
    times = _time_elements(ctx.scan.root)
    own = [t for t in times if _outside_chrome(t, ctx) and not in_foreign_link(t, ctx.url)]
    for el in sorted(own, key=_time_rank):
        if _time_rank(el) == 2:
            break
        raw = el.get("datetime") or el.get("content") or _iso_title(el) or text_of(el, MAX_HINT_TEXT) or ""
        value = machine_date(raw) or find_text_date(raw[:MAX_HINT_TEXT], ctx.lang)
        if value is not None and in_teaser(el, ctx.url) == teasers:
            yield Dated(value, "time")


def _outside_chrome(el: Any, ctx: DateContext) -> bool:
    """Not in site chrome. A ``<header>`` outside ``<article>`` counts as chrome (the site's
    masthead), except the one that holds the headline: React front ends put the story's
    header, with its ``<time>``, beside the body rather than in an ``<article>``. A header
    with a menu is the site's masthead, whatever its h1."""
    if not ctx.scan.foreign(el):
        return True
    header = next(el.iterancestors("header"), None)
    head = story_h1(ctx)
    if header is None or head is None or header not in head.iterancestors("header"):
        return False
    # A masthead with the site's name as its h1 has a menu, and perhaps a clock: chrome still.
    if next(header.iter("nav"), None) is not None:
        return False
    # So is the clock in the header's own top bar ("vhb-c-nav-top--date": today's date).
    return not any(MASTHEAD_HINT.found_in(hint_of(node)) for node in _below(el, header))


# Boxes of a header that are the site's, not the story's: its top bar, menu row, clock.
MASTHEAD_HINT = hint_pattern(r"(?:^|[\s_-])nav|top-?bar|masthead|toolbar|current-?date|today")


def _below(el: Any, top: Any) -> Iterator[Any]:
    """``el`` and its ancestors below ``top``."""
    node = el
    while node is not None and node is not top:
        yield node
        node = node.getparent()


def _time_elements(root: Any) -> list[Any]:
    """``<time>`` elements, and ``<abbr>`` whose title holds an ISO date: hAtom's
    ``<abbr class="published" title="2024-03-12T07:15:00Z">7:15 AM</abbr>`` (Blogger, old
    WordPress themes) and jQuery timeago's ``<abbr class="timeago" title=...>``."""
    return [el for el in root.iter("time", "abbr") if el.tag == "time" or _iso_title(el)]


def _iso_title(el: Any) -> str | None:
    title = el.get("title", "") if el.tag == "abbr" else ""
    return title if _ISO_PREFIX.match(title) else None


_ISO_PREFIX = re.compile(r"\s{0,3}(?:19|20)\d\d-[01]\d-[0-3]\d")


def _time_rank(el: Any) -> int:
    hint = f"{el.get('class', '')} {el.get('itemprop', '')} {el.get('id', '')}"
    if el.get("pubdate") is not None or PUBLISHED_HINT.found_in(hint):
        return 0
    if MODIFIED_HINT.found_in(hint) or MODIFIED_HINT.found_in(_parent_hint(el)) or labelled_change(el):
        return 2
    return 1


def _parent_hint(el: Any) -> str:
    parent = el.getparent()
    return "" if parent is None else f"{parent.get('class', '')} {parent.get('id', '')}"


def _from_url(ctx: DateContext) -> Iterator[Dated]:
    yield from url_dates(ctx.url, "url")


def _from_image_url(ctx: DateContext) -> Iterator[Dated]:
    """Last resort: the share image's upload folder (``/2026/01/29/``) on a news CDN. An old
    file photo can be reused, so this ranks below every statement the page makes."""
    for key in ("og:image", "twitter:image"):
        for image in ctx.metas.get(key, ())[:1]:
            yield from url_dates(image, "og:image" if key == "og:image" else "twitter:image")


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
    from_article_text,
    _from_weak_metas,
    _from_url,
    from_script,
    from_label,
    from_text,
    _from_data_time,
    from_script_unix,
    _from_teaser_time,
    _from_image_url,
    from_relative,
    from_updated_label,
    from_description,
    from_any_dated_element,
)
