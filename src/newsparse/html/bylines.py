"""Where a page names its authors: JSON-LD, ``<meta>`` tags, microdata, rel=author, byline elements.

The first source that yields a name other than the site's own wins. A source that credits
only the site itself ("LTO", "ndr.de") is remembered and used when no source names anyone else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from .authors import clean_authors
from .jsonld import LdFields
from .metatags import Metas, Scan, is_foreign, select, text_of

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
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
# Links to an author's page: the link text is the name.
_AUTHOR_HREF = re.compile(
    r"/(?:author|autor|autoren|authors|auteur|autore|autori|journalist|journalisten|redakteur|profile|"
    r"people|staff)/",
    re.I,
)
_BYLINE_HINT = re.compile(r"byline|author", re.I)
_BAD_BYLINE = re.compile(r"bio|avatar|image|img|photo|follow|social|about|description|box|more|list", re.I)
_MAX_BYLINE = 200
_MAX_TEXT = 2000
_MAX_ELEMENTS = 40

Found = tuple[tuple[str, ...], str]
# Scholarly tags hold one name each, often as "Last, First".
_ONE_NAME_EACH = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
_LAST_FIRST = re.compile(r"^\s*([^\W\d_][^,\d]{0,40}),\s*([^\W\d_][^,\d]{0,40})$")
# twitter:label1 wordings that announce the author in twitter:data1.
_WRITTEN_BY = ("written by", "author", "geschrieben von", "verfasst von", "écrit par", "escrito por")


def find_authors(scan: Scan, metas: Metas, ld: LdFields, site: set[str]) -> Found | None:
    """Authors as a tuple of names with their source. ``site`` holds the squashed names the
    site goes by: a credit to the site itself is used only when no source names anyone else."""
    fallback: Found | None = None
    for source, raws in _sources(scan, metas, ld):
        named = clean_authors(raws, site)
        if named:
            return named, source
        if fallback is None:
            itself = clean_authors(raws)
            fallback = (itself, source) if itself else None
    return fallback


def _sources(scan: Scan, metas: Metas, ld: LdFields) -> Iterator[tuple[str, list[str]]]:
    """``(source, raw credits)`` in order of trust."""
    yield "json-ld", [name for name, _ in ld.authors]
    for key in AUTHOR_METAS:
        values = metas.get(key)
        if values:
            yield f"meta:{key}", [_flip(v) for v in values] if key in _ONE_NAME_EACH else list(values)
    label = " ".join(metas.get("twitter:label1", [""])[:1]).lower()
    if any(word in label for word in _WRITTEN_BY):
        yield "meta:twitter:data1", metas.get("twitter:data1", [])[:1]
    yield "microdata", list(_microdata(scan))
    yield "rel-author", _link_texts(a for a, _ in scan.links() if "author" in a.get("rel", ""))
    yield "author-link", _link_texts(_first_group(a for a, href in scan.links() if _AUTHOR_HREF.search(href)))
    yield "byline", list(_bylines(scan))


def _flip(value: str) -> str:
    """``"Doe, Jane"`` -> ``"Jane Doe"``; anything else unchanged."""
    match = _LAST_FIRST.match(value)
    if not match or len(match.group(1).split()) > 3 or len(match.group(2).split()) > 3:
        return value
    return f"{match.group(2).strip()} {match.group(1).strip()}"


def _microdata(scan: Scan) -> Iterator[str]:
    for el in scan.itemprop("author", "creator")[:_MAX_ELEMENTS]:
        if is_foreign(el):
            continue
        names = select(_ITEMPROP_NAME, el)
        if names:
            yield from (n.get("content") or _text(n) for n in names)
        else:
            yield el.get("content") or _text(el)


def _first_group(links: Iterable[Any]) -> list[Any]:
    """The first author link and those in the same byline (a shared parent, or a shared
    short grandparent), not every profile link further down the page."""
    group: list[Any] = []
    anchor: set[Any] = set()
    for link in itertools.islice(links, _MAX_ELEMENTS):
        if is_foreign(link):
            continue
        near = _byline_box(link)
        if not group:
            anchor = near
        elif not near & anchor:
            continue
        group.append(link)
    return group


def _byline_box(link: Any) -> set[Any]:
    parent = link.getparent()
    if parent is None:
        return set()
    grand = parent.getparent()
    if grand is not None and text_of(grand, _MAX_BYLINE) is not None:
        return {parent, grand}
    return {parent}


def _link_texts(links: Iterable[Any]) -> list[str]:
    return [_text(a) for a in itertools.islice(links, _MAX_ELEMENTS) if not is_foreign(a)]


def _bylines(scan: Scan) -> Iterator[str]:
    for el, hint in scan.classed():
        if not _BYLINE_HINT.search(hint) or _BAD_BYLINE.search(hint) or is_foreign(el):
            continue
        text = _text(el)
        if 2 < len(text) <= _MAX_BYLINE:
            yield text
            return


def _text(el: Any) -> str:
    # Pieces joined with spaces: "ERIC TUCKER<br>Associated Press" must not become one word.
    return " ".join((text_of(el, _MAX_TEXT, " ") or "").split())
