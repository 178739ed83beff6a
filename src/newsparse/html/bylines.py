"""Where a page names its authors: JSON-LD, ``<meta>`` tags, microdata, rel=author, byline elements.

The first source that yields a person's name wins. A source that names only organisations
(a news agency, the site itself) is remembered and used only when no source names a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .authors import clean_authors
from .jsonld import LdFields
from .metatags import Metas, is_foreign

# <meta> keys that name the author, best first.
AUTHOR_METAS: tuple[str, ...] = (
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "cxenseparse:author",
    "author_name",
    "article.author",
    "bt:author",
)
_ITEMPROP_AUTHOR = etree.XPath("//*[@itemprop='author' or @itemprop='creator']")
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
_REL_AUTHOR = etree.XPath("//a[contains(@rel, 'author')]")
_BYLINE = etree.XPath(
    "//*[contains(@class, 'byline') or contains(@class, 'author') or contains(@id, 'byline')"
    " or contains(@class, 'Byline') or contains(@class, 'Author')]"
)
_BAD_BYLINE = re.compile(r"bio|avatar|image|img|photo|follow|social|about|description|box|more|list", re.I)
_MAX_BYLINE = 200
_MAX_ELEMENTS = 40

Found = tuple[tuple[str, ...], str]


def find_authors(
    root: Any, metas: Metas, ld: LdFields, links: dict[str, str], site_names: tuple[str, ...]
) -> Found | None:
    """Authors as a tuple of names with their source; persons beat organisations."""
    fallback: Found | None = None
    for source, raws, orgs in _sources(root, metas, ld):
        people = clean_authors(raws, site_names)
        if people:
            return people, source
        if fallback is None and orgs:
            named = clean_authors(orgs)
            fallback = (named, source) if named else None
    return fallback


def _sources(root: Any, metas: Metas, ld: LdFields) -> Iterator[tuple[str, list[str], list[str]]]:
    """``(source, person credits, organisation credits)`` in order of trust."""
    people = [name for name, is_org in ld.authors if not is_org]
    orgs = [name for name, is_org in ld.authors if is_org]
    yield "json-ld", people, orgs
    for key in AUTHOR_METAS:
        values = metas.get(key)
        if values:
            yield f"meta:{key}", list(values), list(values)
    yield "microdata", list(_microdata(root)), []
    yield "rel-author", [_text(a) for a in _REL_AUTHOR(root)[:_MAX_ELEMENTS] if not is_foreign(a)], []
    yield "byline", list(_bylines(root)), []


def _microdata(root: Any) -> Iterator[str]:
    for el in _ITEMPROP_AUTHOR(root)[:_MAX_ELEMENTS]:
        if is_foreign(el):
            continue
        names = _ITEMPROP_NAME(el)
        if names:
            yield from (n.get("content") or _text(n) for n in names)
        else:
            yield el.get("content") or _text(el)


def _bylines(root: Any) -> Iterator[str]:
    for el in _BYLINE(root)[:_MAX_ELEMENTS]:
        hint = f"{el.get('class', '')} {el.get('id', '')}"
        if _BAD_BYLINE.search(hint) or is_foreign(el):
            continue
        text = _text(el)
        if 2 < len(text) <= _MAX_BYLINE:
            yield text
            return


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())
