"""Metadata candidates from an HTML tree: JSON-LD, OpenGraph, <meta>, microdata, <time>.

Each field is taken from the most structured source that states it, and ``sources[field]``
says which (``"json-ld"``, ``"og"``, ``"meta:<name>"``, ``"microdata"``, ``"time"``, ``"h1"``,
``"url"``, ``"title-tag"``...).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from ..metadata import Metadata
from . import jsonld
from .bylines import find_authors
from .dated import DateContext
from .jsonld import LdFields, read_ld
from .metatags import Metas, Scan, collect_links, collect_metas, first, head_tags, select, text_of
from .pubdate import find_modified, find_published
from .titles import choose_titles, site_tokens

_XML_NS = "http://www.w3.org/XML/1998/namespace"
_HTML_LANG = etree.XPath("/html/@lang | /html/@xml:lang", namespaces={"xml": _XML_NS})
_LANG_ATTRIBUTES = ("lang", f"{{{_XML_NS}}}lang")
_LANG = re.compile(r"^\s*([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{1,8}){0,3}\s*$")

SITE_NAME_METAS = ("og:site_name", "application-name", "twitter:site", "al:android:app_name", "publisher")
DESCRIPTION_METAS = ("og:description", "description", "twitter:description", "dc.description")
LANGUAGE_METAS = ("content-language", "language", "dc.language", "og:locale")


def extract_metadata(
    root: Any,
    url: str | None = None,
    *,
    reference: _dt.date | None = None,
    use_dateparser: bool = True,
    languages: tuple[str, ...] | None = None,
) -> Metadata:
    """Metadata candidates from a whole-document lxml tree; ``url`` is where the page came from.

    ``reference`` (a crawl or archive date; default today) bounds dates from above.
    ``use_dateparser`` and ``languages`` govern the slow fallback for dates written in words
    (``Settings.use_dateparser`` and ``Settings.languages``; default: the page's language).
    """
    tags = head_tags(root)
    metas = collect_metas(tags["meta"])
    links = collect_links(tags["link"])
    scan = Scan(root)
    stated = (links.get("canonical"), *metas.get("og:url", ())[:1])
    nodes = jsonld.nodes(jsonld.load_objects(tags["script"]))
    ld = read_ld(nodes, url, stated, lambda: _page_titles(scan, metas))
    sources: dict[str, str] = {}
    fields: dict[str, Any] = {}
    _put(fields, sources, "language", _language(root, metas, ld))
    _put(fields, sources, "url", _canonical(links, metas, ld, url))
    _put(fields, sources, "site_name", _site_name(metas, ld))
    _put(fields, sources, "description", _description(metas, ld))
    if ld.dateline:
        _put(fields, sources, "dateline", (ld.dateline, "json-ld"))
    page_url = fields.get("url") or url
    for name, found in choose_titles(scan, metas, ld, page_url, fields.get("site_name")).items():
        _put(fields, sources, name, found)
    site = site_tokens((fields.get("site_name"), ld.publisher), page_url)
    _put(fields, sources, "authors", find_authors(scan, metas, ld, site))
    langs = _parser_languages(use_dateparser, languages, fields.get("language"))
    _dates(
        fields,
        sources,
        DateContext(scan, metas, url or page_url, fields.get("language"), langs),
        ld,
        reference,
    )
    return Metadata(**fields, sources=MappingProxyType(sources))


# The first <title>: with the [1] libxml2 stops at it instead of walking the whole page.
_TITLE = etree.XPath("/descendant::title[1]")
_MAX_TITLE = 600
_TITLE_METAS = ("og:title", "twitter:title")


def _page_titles(scan: Scan, metas: Metas) -> list[str]:
    """Every title the page states outside JSON-LD: its sharing titles, <title> and <h1>s."""
    found = [v for key in _TITLE_METAS for v in metas.get(key, ())[:1]]
    found += [t for el in select(_TITLE, scan.root) + scan.h1s()[:3] if (t := text_of(el, _MAX_TITLE))]
    return found


def _put(fields: dict[str, Any], sources: dict[str, str], name: str, found: tuple[Any, str] | None) -> None:
    if found is not None and found[0]:
        fields[name] = found[0]
        sources[name] = found[1]


def _parser_languages(use: bool, languages: tuple[str, ...] | None, page: str | None) -> tuple[str, ...]:
    if not use:
        return ()
    return tuple(languages) if languages else ((page,) if page else ())


def _dates(
    fields: dict[str, Any],
    sources: dict[str, str],
    base: DateContext,
    ld: LdFields,
    reference: _dt.date | None,
) -> None:
    if isinstance(reference, _dt.datetime):
        reference = reference.date()
    ctx = replace(
        base,
        reference=reference or _dt.date.today(),
        reference_is_today=reference is None,
        ld_published=ld.published,
        ld_article=ld.rank < jsonld.PAGE_RANK,
        ld_modified=ld.modified,
    )
    published = find_published(ctx)
    modified = find_modified(ctx, published)
    for name, found in (("published", published), ("modified", modified)):
        if found is not None:
            _put(fields, sources, name, (found.value, found.source))


def _language(root: Any, metas: Metas, ld: LdFields) -> tuple[str, str] | None:
    for value in _html_langs(root):
        tag = _short_lang(str(value))
        if tag:
            return tag, "html-lang"
    found = first(metas, LANGUAGE_METAS)
    if found and _short_lang(found[1]):
        return _short_lang(found[1]), f"meta:{found[0]}"  # type: ignore[return-value]
    if ld.language and _short_lang(ld.language):
        return _short_lang(ld.language), "json-ld"  # type: ignore[return-value]
    return None


def _html_langs(root: Any) -> list[Any]:
    """``_HTML_LANG``'s values. A page whose only top-level element is its ``<html>``, with at
    most one of the two attributes, has them read off that element: the XPath's set-up costs
    more than the whole test. (libxml2 may leave a second ``<html>`` beside the first.)"""
    top = root.getroottree().getroot()
    if top.tag == "html" and top.getprevious() is None and top.getnext() is None:
        values = [value for key, value in top.items() if key in _LANG_ATTRIBUTES]
        if len(values) <= 1:
            return values
    return select(_HTML_LANG, root)


def _short_lang(value: str) -> str | None:
    match = _LANG.match(value.split(",")[0])
    return match.group(1).lower() if match else None


def _canonical(links: dict[str, str], metas: Metas, ld: LdFields, url: str | None) -> tuple[str, str] | None:
    href = links.get("canonical")
    if href:
        return (urljoin(url, href) if url else href), "canonical"
    found = first(metas, ("og:url", "twitter:url"))
    if found:
        return (urljoin(url, found[1]) if url else found[1]), "og" if found[
            0
        ] == "og:url" else "meta:twitter:url"
    if ld.url:
        return ld.url, "json-ld"
    return (url, "url") if url else None


def _site_name(metas: Metas, ld: LdFields) -> tuple[str, str] | None:
    found = first(metas, SITE_NAME_METAS[:2])
    if found:
        return found[1], "og" if found[0] == "og:site_name" else f"meta:{found[0]}"
    if ld.publisher:
        return ld.publisher, "json-ld"
    return None


def _description(metas: Metas, ld: LdFields) -> tuple[str, str] | None:
    found = first(metas, DESCRIPTION_METAS)
    if found:
        return found[1], "og" if found[0] == "og:description" else f"meta:{found[0]}"
    if ld.description:
        return ld.description, "json-ld"
    return None
