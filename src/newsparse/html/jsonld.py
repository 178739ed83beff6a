"""JSON-LD: tolerant loading of ``<script type="application/ld+json">`` and choice of the article node.

Publishers ship broken JSON-LD often enough (trailing commas, raw newlines inside strings,
HTML comments around the object, several objects pasted one after another) that a strict
``json.loads`` loses a good share of pages. We repair the common faults, then walk every
object (``@graph``, lists, ``mainEntity``) and rank nodes by their ``@type``.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..scoring import fold

# ASCII-only lower-casing, as XPath's translate() did before: the test must not depend on
# Unicode case rules.
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# Rank of each schema.org type as "the article this page is about"; lower is better.
# WebPage-like types only count when nothing better is present.
TYPE_RANK: dict[str, int] = {
    "newsarticle": 0,
    "reportagenews": 0,
    "reportagenewsarticle": 0,
    "satiricalarticle": 1,
    "analysisnewsarticle": 0,
    "opinionnewsarticle": 0,
    "reviewnewsarticle": 0,
    "backgroundnewsarticle": 0,
    "askpublicnewsarticle": 0,
    "liveblogposting": 1,
    "article": 1,
    "blogposting": 1,
    "socialmediaposting": 2,
    "report": 2,
    "techarticle": 2,
    "scholarlyarticle": 2,
    "medicalwebpage": 3,
    "posting": 2,
    "creativework": 4,
    "recipe": 4,
    "videoobject": 5,
    "webpage": 6,
    "itempage": 6,
    "aboutpage": 7,
    "collectionpage": 8,
}
# Ranks from here on describe the page or a medium on it, not an article.
PAGE_RANK = 5
_MAX_SCRIPT = 2_000_000
_MAX_NODES = 5000
_MAX_DEPTH = 12
# Each failed attempt may read far ahead; a few dozen keep broken scripts linear in practice.
_MAX_FAILURES = 30

_COMMENT = re.compile(r"<!--|-->|<!\[CDATA\[|\]\]>|^[ \t]{0,50}//[^\n]{0,200}$", re.M)
_TRAILING_COMMA = re.compile(r",(\s{0,50}[}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class Node:
    """One JSON-LD object with its lower-cased ``@type`` names and its document order."""

    data: dict[str, Any]
    types: tuple[str, ...]
    order: int

    @property
    def rank(self) -> int:
        return min((TYPE_RANK.get(t, 99) for t in self.types), default=99)


def load_objects(scripts: list[Any]) -> list[Any]:
    """Every JSON value the page's JSON-LD scripts hold (of ``scripts``, the page's
    ``<script>`` elements), repaired where needed."""
    out: list[Any] = []
    for script in scripts:
        if "ld+json" not in script.get("type", "").translate(_ASCII_LOWER):
            continue
        text = script.text or ""
        if text.strip() and len(text) <= _MAX_SCRIPT:
            out.extend(parse_lenient(text))
    return out


def parse_lenient(text: str) -> list[Any]:
    """Strict JSON first; then the usual repairs; then several objects one after another."""
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    fixed = _COMMENT.sub("", text)
    fixed = _TRAILING_COMMA.sub(r"\1", fixed)
    # Raw newlines and tabs inside strings are the commonest fault; outside strings
    # they are plain whitespace, so replacing every control character is safe.
    fixed = _CONTROL.sub(" ", fixed).strip()
    try:
        return [json.loads(fixed)]
    except (ValueError, RecursionError):
        return _decode_many(fixed)


def _decode_many(text: str) -> list[Any]:
    decoder = json.JSONDecoder()
    out: list[Any] = []
    pos = text.find("{")
    failures = 0
    while 0 <= pos < len(text) and len(out) < 50 and failures < _MAX_FAILURES:
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            failures += 1
            pos = text.find("{", pos + 1)
            continue
        out.append(value)
        pos = text.find("{", end)
    return out


def nodes(objects: list[Any]) -> list[Node]:
    """All typed objects in document order, descending into ``@graph``, lists and values."""
    found: list[Node] = []
    for obj in objects:
        for data in _walk(obj, 0):
            found.append(Node(data, _types(data), len(found)))
            if len(found) >= _MAX_NODES:
                return found
    return found


def _walk(value: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value
        for key, item in value.items():
            if isinstance(item, (dict, list)) and key not in _SKIP_KEYS:
                yield from _walk(item, depth + 1)


# Branches that hold other works (related stories, comments, breadcrumbs, a live blog's
# updates), never this page's article.
_SKIP_KEYS = frozenset(
    {
        "isPartOf",
        "breadcrumb",
        "comment",
        "review",
        "relatedLink",
        "citation",
        "hasPart",
        "itemListElement",
        "liveBlogUpdate",
    }
)


def _types(data: dict[str, Any]) -> tuple[str, ...]:
    raw = data.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    return tuple(str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for t in items if t)


def article_node(
    found: list[Node],
    page_url: str | None = None,
    stated: Iterable[str | None] = (),
    titles: Callable[[], Iterable[str]] | None = None,
) -> Node | None:
    """The node that looks like this page's article (has a headline or a date).

    Article types come before the page's own WebPage-like nodes whatever those state. Among
    several articles (a page that also describes related stories, a live blog's updates) the
    one that states this page wins over a better type: its ``url``, ``mainEntityOfPage`` or
    ``@id`` is the caller's ``page_url`` or one the page ``stated`` (canonical, og:url), and
    its headline is one of the page's ``titles`` (og:title, <title>, <h1>; asked for only
    when needed). A node whose addresses are all elsewhere, on a page that states its own,
    is another story. Then the better type, then the first.
    """
    usable = [n for n in found if n.rank < 99 and _has_story_fields(n.data)]
    pool = [n for n in usable if n.rank < PAGE_RANK] or usable
    if len(pool) < 2:
        return pool[0] if pool else None
    own = {p for p in map(_path, stated) if p}
    paths = own | ({_path(page_url)} - {""})
    heads = [t for t in map(fold, titles() if titles else ()) if t]
    return min(pool, key=lambda n: (-_states_page(n.data, paths, bool(own), heads), n.rank, n.order))


def _states_page(data: dict[str, Any], paths: set[str], trusted: bool, heads: list[str]) -> int:
    """How many ways the node says it is this page (by its address, by its headline), less
    one when it states only other addresses than those the page gives itself (``trusted``:
    a caller's address may be an alias, a page's canonical one is not)."""
    addresses = [_path(u) for u in _node_urls(data)]
    here = any(a in paths for a in addresses)
    elsewhere = trusted and bool(addresses) and not here
    return int(here) + int(_titled(data, heads)) - int(elsewhere)


def _titled(data: dict[str, Any], heads: list[str]) -> bool:
    """The node's headline is one of the page's titles; one may carry the site's name beside
    the other, so containment counts when the shorter is at least half the longer."""
    headline = fold(text_value(data.get("headline")) or text_value(data.get("name")))
    if not headline:
        return False
    for head in heads:
        short, long = sorted((headline, head), key=len)
        if short in long and 2 * len(short) >= len(long):
            return True
    return False


def _node_urls(data: dict[str, Any]) -> list[str]:
    found = (_url_of(data.get(k)) for k in ("mainEntityOfPage", "url", "@id"))
    return [u for u in found if u]


def _path(url: str | None) -> str:
    """What names a page in its address: the last step of its path. Sites serve one story
    under several paths ("/5481-slug" and "/politics/5481-slug", "/slug/amp"), hosts and
    schemes, and tracking queries; a script's query names the page ("article.php?id=7")."""
    if not url:
        return ""
    parts = urlsplit(url)
    steps = [s for s in parts.path.split("/") if s and s.lower() not in _ALIAS_STEPS]
    last = steps[-1] if steps else ""
    if "." in last and parts.query:
        return f"{last}?{parts.query}"
    return last.removesuffix(".html").removesuffix(".htm")  # "/slug.html" and "/slug" agree


# Trailing path steps that give another view of the same page.
_ALIAS_STEPS = frozenset({"amp", "index.html", "index.htm", "index.php", "print", "full"})


def _has_story_fields(data: dict[str, Any]) -> bool:
    return any(
        k in data for k in ("headline", "datePublished", "dateCreated", "uploadDate", "author", "name")
    )


def by_id(found: list[Node]) -> dict[str, dict[str, Any]]:
    """Objects addressable by ``@id``, to resolve references such as ``"author": {"@id": ...}``."""
    return {str(n.data["@id"]): n.data for n in found if isinstance(n.data.get("@id"), str)}


def text_value(value: Any) -> str | None:
    """A plain string from a JSON-LD value: a string, a ``{"name"|"@value"}`` object or a list's first."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        # Some CMSs escape HTML entities inside JSON strings ("&quot;", "&#8217;").
        text = " ".join(html.unescape(str(value)).split())
        return text or None
    return None


@dataclass(frozen=True, slots=True)
class LdFields:
    """What the page's JSON-LD says about its article. ``authors`` pairs each name with
    ``True`` when the page typed it as an organisation."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: tuple[tuple[str, bool], ...] = ()
    publisher: str | None = None
    url: str | None = None
    description: str | None = None
    language: str | None = None
    dateline: str | None = None
    rank: int = 99


def read_ld(
    found: list[Node],
    page_url: str | None = None,
    stated: Iterable[str | None] = (),
    titles: Callable[[], Iterable[str]] | None = None,
) -> LdFields:
    """The fields of the page's article node (see ``article_node``), resolving ``@id`` references."""
    node = article_node(found, page_url, stated, titles)
    if node is None:
        return LdFields(publisher=_any_publisher(found))
    data, ids = node.data, by_id(found)
    headline = text_value(data.get("headline")) or text_value(data.get("name"))
    return LdFields(
        headline=headline,
        published=_first_text(data, ("datePublished", "dateCreated", "uploadDate")),
        modified=text_value(data.get("dateModified")),
        authors=tuple(_people(data.get("author") or data.get("creator"), ids)),
        publisher=_name_of(data.get("publisher"), ids) or _any_publisher(found),
        url=_url_of(data.get("mainEntityOfPage")) or text_value(data.get("url")),
        description=text_value(data.get("description")),
        language=text_value(data.get("inLanguage")),
        dateline=text_value(data.get("dateline")),
        rank=node.rank,
    )


def _first_text(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = text_value(data.get(key))
        if value:
            return value
    return None


# schema.org's organisations: Organization and its kinds ("NewsMediaOrganization",
# "GovernmentOrganization", "Corporation", "NGO").
_ORG_TYPES = ("organization", "corporation", "ngo")


def _people(value: Any, ids: dict[str, dict[str, Any]]) -> Iterator[tuple[str, bool]]:
    for item in _credits(value)[:30]:
        if isinstance(item, str):
            yield item, False
        elif isinstance(item, dict):
            item = _resolve(item, ids)
            org = any(t.endswith(_ORG_TYPES) for t in _types(item))
            for name in _person_names(item):
                yield name, org


def _credits(value: Any) -> list[Any]:
    """The entries of an author value: one item, a list, a list of lists or an ``@list``."""
    if isinstance(value, dict) and isinstance(value.get("@list"), list):
        value = value["@list"]
    if not isinstance(value, list):
        return [value]
    flat: list[Any] = []
    for item in value:
        flat.extend(item if isinstance(item, list) else [item])
    return flat


def _person_names(item: dict[str, Any]) -> list[str]:
    """Every name an author object gives: ``"name"`` may hold a list of names."""
    names = item.get("name")
    if isinstance(names, list):
        return [n for n in (text_value(v) for v in names[:30]) if n]
    name = text_value(names)
    if name:
        return [name]
    parts = [text_value(item.get(k)) for k in ("givenName", "familyName")]
    joined = " ".join(p for p in parts if p)
    # Failing a name, the person's page, whose address may give one ("/author/jane-doe").
    address = _url_of(item.get("url")) or _url_of(item.get("@id"))
    return [joined] if joined else [address] if address else []


def _resolve(item: dict[str, Any], ids: dict[str, dict[str, Any]]) -> dict[str, Any]:
    ref = item.get("@id")
    if isinstance(ref, str) and len(item) <= 2 and ref in ids:
        return ids[ref]
    return item


def _name_of(value: Any, ids: dict[str, dict[str, Any]]) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return text_value(_resolve(value, ids).get("name"))
    return text_value(value)


def _any_publisher(found: list[Node]) -> str | None:
    ids = by_id(found)
    for node in found:
        name = _name_of(node.data.get("publisher"), ids)
        if name:
            return name
    return None


def _url_of(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    text = text_value(value)
    return text if text and text.startswith("http") else None
