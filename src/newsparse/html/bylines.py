"""Where a page names its authors: a bold line of names opening the story, JSON-LD, ``<meta>``
tags, microdata, rel=author and author-page links (with the credit line around them), byline
elements (by class name, then by test id), a line that credits by its words ("von Jane Doe"),
and links labelled with their author ("Posts by Jane Doe").

The first source that yields a name other than the site's own wins. A source that credits
only the site itself ("LTO", "ndr.de") or the page's owner (its copyright or publisher tag) is
remembered and used when no source names anyone else.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from ..scoring import fold, squash
from .author_words import PARTICLES
from .authors import clean_authors, split_credit
from .jsonld import LdFields
from .metatags import Metas, Scan, hint_pattern, hint_words, select, text_of

# <meta> keys that name the author, best first.
AUTHOR_METAS: tuple[str, ...] = (
    "author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "article:byline",
    "articleauthor",
    "author.name",
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
# <meta> keys that state who owns the page; a credit to the owner is a template's default.
_OWNER_METAS = ("copyright", "publisher", "dc.publisher", "dc.rights", "dcterms.publisher")
_MIN_OWNER = 4
# Every link's rel value (its parent is the link): cheaper for libxml2 than a predicate.
_LINK_RELS = etree.XPath("/descendant::a/@rel")
_BYLINE_LEVELS = 4
_VISIBLE = frozenset(
    {
        "lead-byline",
        "microdata",
        "rel-author",
        "author-link",
        "byline",
        "byline-test-id",
        "byline-text",
        "author-label",
        "byline-aside",
    }
)
_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
# Microdata credits inside these belong to a picture or a video.
_MEDIA_LEVELS = 8
_MEDIA_TAGS = frozenset({"figure", "figcaption", "picture"})
_MEDIA_TYPE = re.compile(r"(?:Image|Video|Audio|Media)Object|Photograph", re.I)
# Links to an author's page: the link text is the name.
_AUTHOR_HREF = hint_pattern(
    r"/(?:author|autor|autoren|authors|auteur|autore|autori|journalist|journalisten|redakteur|profile|"
    r"people|staff)/"
)
# A story that opens with its reporters' names as a paragraph of its own, all in bold
# ("<p><strong>JANE DOE/John Roe</strong></p>"), credits them there; CMS accounts and the
# site's name in the metadata are often all the page states besides.
_MAX_LEAD_SCAN = 80
_LEAD_BEFORE = 2  # standfirst lines that may stand above the names
_BOLD = frozenset({"strong", "b"})
_MAX_LEAD = 80
_LEAD_SPLIT = re.compile(r"\s{0,3}(?:[/,&]|\sand\s)\s{0,3}")
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’.-]{0,30}$")
_LEAD_WORDS = (2, 4)
_MAX_LEAD_NAMES = 4
# Class names of byline elements, in the languages whose templates name them so
# ("autor", "auteur", "autore", and "firma" for the signed line of Spanish and Italian sites;
# "attribution" for the credit line some templates name so).
_BYLINE_HINT = hint_words("byline", "author", "autor", "auteur", "autore", "autori", "firma", "attribution")
# A list is another story's teasers, but "author-list" and "byline-list" list the story's writers.
_BAD_BYLINE = hint_pattern(
    r"bio|avatar|image|img|photo|follow|social|about|description|box|more|(?<!author-)(?<!authors-)(?<!byline-)list"
)
_MAX_BYLINE = 200
_MAX_BYLINES = 3
_ITEM_LEVELS = 3
_MAX_ITEMS = 12
_MAX_TEXT = 2000
_MAX_ELEMENTS = 40

# Links labelled with their author ("Posts by Jane Doe", "Profil von Jane Doe ansehen"):
# the lead-in words before the name, and the verbs after it.
_MAX_LABEL = 120
_LABEL_LEADS = frozenset({"by", "von", "av", "af", "par", "por", "di", "door", "de"})
_LABEL_TAILS = frozenset({"ansehen", "anzeigen", "lesen", "bekijken", "voir"})
_LABEL_LEAD_AT = 4  # "Se alla artiklar av": the lead-in's place at the latest
_LABEL_EXTRA = 20  # what else the link may show: an icon's word ("chevron-right")

# Test ids that name a byline or an author ("BylineWrapper", "byline-contributors"), read
# from every test id: libxml2 selects attribute values much faster than it tests them.
_TEST_IDS = etree.XPath("//body/descendant::*/@data-testid")
_TESTED = re.compile(r"[Bb]yline|[Aa]uthor")
# Lines that credit the story by their words alone: the elements read, how many, and the
# words they open with.
_LINE_TAGS = ("p", "div", "span", "address")
_MAX_LINES = 3000
_LINE_LEADS = frozenset({"by", "von", "par", "por", "di", "door", "av", "af"})
_LINE_INITIALS = frozenset("bBvVpPdDaA")

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
    owners = _owners(metas)
    for source, raws in _sources(scan, metas, ld):
        named = clean_authors(raws, site)
        if named and not all(_owned_by(name, owners) for name in named):
            return _widened(named, source, scan, site)
        if fallback is None and named:
            fallback = named, source  # the publisher as the template's default credit
        elif fallback is None:
            itself = clean_authors(raws) or _site_credit(raws, site)
            fallback = (itself, source) if itself else None
    return fallback


def _owners(metas: Metas) -> list[str]:
    """The squashed statements of who owns the page ("Copyright (c) Condé Nast 2023",
    "Frankfurter Allgemeine Zeitung GmbH")."""
    return [squash(value) for key in _OWNER_METAS for value in metas.get(key, [])[:1]]


def _owned_by(name: str, owners: list[str]) -> bool:
    """The credit names the page's owner: the publisher, whom a template's ``author`` tag
    states on every page, not the story's writer."""
    key = squash(name)
    return len(key) >= _MIN_OWNER and any(key in owner for owner in owners)


def _site_credit(raws: list[str], site: set[str]) -> tuple[str, ...]:
    """The site's own name as a credit, as the page writes it even when it is not
    name-shaped ("Alpenblick24", "news24.com")."""
    for raw in raws:
        text = " ".join(raw.split())
        # The site may lead a longer credit: "hessenschau.de, Frankfurt, Germany".
        for piece in (text, text.split(",")[0].strip()):
            if piece and squash(piece) in site:
                return (piece,)
    return ()


def _widened(named: tuple[str, ...], source: str, scan: Scan, site: set[str]) -> Found:
    """Metadata may list only the first of several authors; the byline's author links (or the
    credit line around them, which may name unlinked authors too), when they name everyone
    the metadata does and more, are the fuller list."""
    if source in _VISIBLE:
        return named, source
    wanted = {fold(n) for n in named}
    credited = [rel.getparent() for rel in select(_LINK_RELS, scan.root) if "author" in rel]
    links = [
        a
        for a in credited[:_MAX_ELEMENTS]
        if "author" in a.get("rel", "").lower().split() and not scan.foreign(a)
    ]
    if not _one_byline(links):
        return named, source
    shown = clean_authors(_credit_around(scan, links), site)
    if wanted < {fold(n) for n in shown}:
        return shown, "rel-author"
    return named, source


def _one_byline(links: list[Any]) -> bool:
    """All the links sit in one byline block: a few levels up they share an ancestor."""
    if len(links) < 2:
        return False
    boxes = [set(itertools.islice(a.iterancestors(), _BYLINE_LEVELS)) for a in links]
    return bool(set.intersection(*boxes))


def _sources(scan: Scan, metas: Metas, ld: LdFields) -> Iterator[tuple[str, list[str]]]:
    """``(source, raw credits)`` in order of trust."""
    yield "lead-byline", _lead_byline(scan.root)
    # JSON-LD that credits only organisations holds the template's default credit: the
    # author tags, written per story, say more ("Anadolu Ajansı" beside the site's name).
    # Beside a person, an organisation is a co-author ("Paula Steiger" and "SDA").
    names = [name for name, _ in ld.authors]
    orgs_only = all(org for _, org in ld.authors)
    yield "json-ld", [] if orgs_only else names
    for key in AUTHOR_METAS:
        values = metas.get(key)
        if values:
            yield f"meta:{key}", [_flip(v) for v in values] if key in _ONE_NAME_EACH else list(values)
    if orgs_only:
        yield "json-ld", names
    label = " ".join(metas.get("twitter:label1", [""])[:1]).lower()
    if any(word in label for word in _WRITTEN_BY):
        yield "meta:twitter:data1", metas.get("twitter:data1", [])[:1]
    yield "microdata", list(_microdata(scan))
    rel_links = [a for a, _ in scan.links() if "author" in a.get("rel", "")]
    yield "rel-author", _credit_around(scan, rel_links[:_MAX_ELEMENTS])
    yield "author-link", _credit_around(scan, _profile_links(scan))
    yield "byline", list(_bylines(scan))
    yield "byline-test-id", _tested_byline(scan)
    yield "byline-text", _lead_in_line(scan)
    yield "author-label", _credit_around(scan, _labelled_links(scan))
    yield "byline-aside", _aside_byline(scan)
    yield "author-url", _address_names(metas, ld)


def _profile_links(scan: Scan) -> list[Any]:
    """The byline's links to its authors' pages ("/author/jane-doe"). A portrait may link to
    the page before the name does, in a box of its own: the group starts at a link that
    shows a name."""
    profile = [a for a, href in scan.links() if _AUTHOR_HREF.found_in(href)][:_MAX_ELEMENTS]
    shows = (i for i, a in enumerate(profile) if not scan.foreign(a) and split_credit(_link_text(a)))
    start = next(shows, 0)
    return _first_group(scan, profile[start:])


def _labelled_links(scan: Scan) -> list[Any]:
    """Links that say whose page they open ("Posts by Jane Doe"), wherever they point."""
    return _first_group(scan, [a for a, _ in scan.links() if _label_name(a)][:_MAX_ELEMENTS])


def _flip(value: str) -> str:
    """``"Doe, Jane"`` -> ``"Jane Doe"``; anything else unchanged."""
    match = _LAST_FIRST.match(value)
    if not match or len(match.group(1).split()) > 3 or len(match.group(2).split()) > 3:
        return value
    return f"{match.group(2).strip()} {match.group(1).strip()}"


def _microdata(scan: Scan) -> Iterator[str]:
    """The story's microdata credits: the first and those in its byline, not the credits of
    the embedded teasers and products further down."""
    credits = (el for el in scan.itemprop("author", "creator")[:_MAX_ELEMENTS] if not _of_media(el))
    for el in _first_group(scan, credits):
        names = select(_ITEMPROP_NAME, el)
        if names:
            yield from (n.get("content") or _text(n) for n in names)
        else:
            yield el.get("content") or _text(el)


def _of_media(el: Any) -> bool:
    """The creator of a picture, not of the story: inside a figure or an image's item
    ("<span itemprop=creator>Mike Blake/Reuters</span>" in a caption)."""
    for node in itertools.islice(el.iterancestors(), _MEDIA_LEVELS):
        if node.tag in _MEDIA_TAGS or _MEDIA_TYPE.search(node.get("itemtype") or ""):
            return True
    return False


def _first_group(scan: Scan, links: Iterable[Any]) -> list[Any]:
    """The first author link and those in the same byline (a shared parent, or a shared
    short grandparent), not every profile link further down the page."""
    group: list[Any] = []
    anchor: set[Any] = set()
    for link in itertools.islice(links, _MAX_ELEMENTS):
        if scan.foreign(link):
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


def _link_texts(scan: Scan, links: Iterable[Any]) -> list[str]:
    return [_link_text(a) for a in itertools.islice(links, _MAX_ELEMENTS) if not scan.foreign(a)]


def _link_text(a: Any) -> str:
    """An author link's name: its text, or failing a name there (a portrait, "More from this
    author"), the name its label gives ("Posts by Jane Doe")."""
    text = _text(a)
    if split_credit(text):
        return text
    return _label_name(a) or text


def _label_name(a: Any) -> str | None:
    """The name a link's ``title`` or ``aria-label`` gives after a short lead-in ("Posts by
    Jane Doe", "Profil von Jane Doe ansehen", "Se alla artiklar av Jane Doe"), when the
    link shows that name or nothing: a teaser's title ("... von Mallorca") shows more."""
    label = a.get("title") or a.get("aria-label")
    if not label or len(label) > _MAX_LABEL or ":" in label:
        return None
    words = label.split()
    while words and words[-1].lower() in _LABEL_TAILS:
        words.pop()
    lead = next((i for i, w in enumerate(words[:_LABEL_LEAD_AT]) if w.lower() in _LABEL_LEADS), None)
    if lead is None:
        return None
    name = words[lead + 1 :]
    if not 1 <= len(name) <= _LEAD_WORDS[1] or not all(_NAME_WORD.match(w) and w[0].isupper() for w in name):
        return None
    shown, text = fold(_text(a)), " ".join(name)
    return text if shown.startswith(fold(text)) and len(shown) <= len(text) + _LABEL_EXTRA else None


def _slug_name(href: str) -> str | None:
    """The name an author page's address gives: "Jane Doe" of "/author/jane-doe/" (two to
    four words of letters after an author path)."""
    found = _AUTHOR_HREF.lower.search(href.lower())
    if not found or not href.isascii():
        return None
    slug = href.lower()[found.end() :].split("?")[0].strip("/")
    words = slug.split("-")
    if "/" in slug or not _LEAD_WORDS[0] <= len(words) <= _LEAD_WORDS[1]:
        return None
    return " ".join(w.capitalize() for w in words) if all(w.isalpha() for w in words) else None


def _address_names(metas: Metas, ld: LdFields) -> list[str]:
    """The names author pages' addresses give, where the metadata names its authors only so
    (``article:author`` holding "https://site.example/author/jane-doe/", a JSON-LD person
    with a ``url`` and no name): the last resort, as an address drops accents and hyphens."""
    values = [name for name, _ in ld.authors] + [v for key in AUTHOR_METAS for v in metas.get(key, ())]
    return [slug for value in values[:_MAX_ELEMENTS] if (slug := _slug_name(value))]


def _credit_around(scan: Scan, links: list[Any]) -> list[str]:
    """The author links' texts, or the credit line they stand in when it names everyone they
    do and more: "Von <a>Jane Doe</a>, <a>John Roe</a> und Ann Poe" links only two names."""
    texts = _link_texts(scan, links)
    if not links or not texts:
        return texts
    shown = {fold(n) for t in texts for n in split_credit(t)}
    if not shown:  # portraits only: the names their addresses give
        return [slug for a in links if (slug := _slug_name(a.get("href") or ""))]
    line = _credit_line(links)
    if line and shown < {fold(n) for n in split_credit(line)}:
        return [line]
    return texts


def _credit_line(links: list[Any]) -> str | None:
    """The text of the nearest short element around the first link that holds all of them
    and more than their own text."""
    own = sum(len(_text(a)) for a in links)
    for box in itertools.islice(links[0].iterancestors(), _BYLINE_LEVELS):
        text = text_of(box, _MAX_BYLINE, " ")
        if text is None:
            return None
        text = " ".join(text.split())
        if len(text) > own and all(box in a.iterancestors() for a in links[1:]):
            return text
    return None


def _bylines(scan: Scan) -> Iterator[str]:
    """The first byline element that names someone; a label alone ("Post author",
    "Publiziert am") passes the turn to the next, up to a few."""
    tried = 0
    for el, hint in scan.classed_with(_BYLINE_HINT):
        if _BAD_BYLINE.found_in(hint) or scan.foreign(el):
            continue
        text = _byline_text(el)
        if not 2 < len(text) <= _MAX_BYLINE:
            continue
        if split_credit(text):
            yield text
            return
        tried += 1
        if tried >= _MAX_BYLINES:
            return


def _aside_byline(scan: Scan) -> list[str]:
    """The byline a template sets in a column beside the story ("single-sidebar-left"), which
    the other readers pass over with the rails: only a credit that says it is one ("By Jane
    Doe"), and only when it is the one credit any byline element outside the story gives (a
    rail of teasers credits several)."""
    credits: dict[tuple[str, ...], str] = {}
    for el, hint in scan.classed_with(_BYLINE_HINT)[:_MAX_ELEMENTS]:
        if _BAD_BYLINE.found_in(hint) or not scan.foreign(el):
            continue
        text = _byline_text(el)
        words = text[:_MAX_BYLINE].split(maxsplit=1)
        names = split_credit(text) if words and words[0].lower() in _LINE_LEADS else []
        if names and len(text) <= _MAX_BYLINE:
            credits.setdefault(tuple(fold(n) for n in names), text)
    return list(credits.values()) if len(credits) == 1 else []


def _byline_text(el: Any) -> str:
    """A byline's text; a list of names set as items, one element each ("<span>Jane
    Doe</span> <span>John Roe</span>", "<li>Jane Doe</li><li>John Roe</li>"), with commas
    between the items, which the page leaves to its style sheet."""
    items = _items(el)
    texts = [text for item in items if (text := _text(item))]
    if len(texts) < 2 or not all(_one_name(t) for t in texts):
        return _text(el)
    return ", ".join(texts)


def _one_name(text: str) -> bool:
    """The item holds a name and nothing else in words ("Jane Doe", "Jane Doe 1,"): not a
    credit with a label ("Auteur: Jane Doe"), nor a headline or an outlet."""
    names = split_credit(text)
    worded = sum(any(c.isalpha() for c in word) for word in text.split())
    return len(names) == 1 and len(names[0].split()) == worded


def _items(el: Any) -> list[Any]:
    """The element's repeated children (below wrappers that hold one child each), or the
    element and its siblings, when they repeat its tag and first class name."""
    node = el
    for _ in range(_ITEM_LEVELS):
        children = [c for c in node if isinstance(c.tag, str)]
        if len(children) != 1:
            break
        node = children[0]
    children = [c for c in node if isinstance(c.tag, str)][:_MAX_ITEMS]
    keys = {_item_key(c) for c in children}
    if len(children) >= 2 and len(keys) == 1 and None not in keys:
        return children
    parent = el.getparent()
    key = _item_key(el)
    if parent is None or key is None:
        return []
    return [c for c in itertools.islice(parent, _MAX_ITEMS * 2) if _item_key(c) == key][:_MAX_ITEMS]


def _item_key(el: Any) -> tuple[Any, str] | None:
    """What repeats in a list's items: the tag and first class name; list items need none."""
    name = (el.get("class") or "").partition(" ")[0]
    return (el.tag, name) if name or el.tag == "li" else None


def _tested_byline(scan: Scan) -> list[str]:
    """The first byline named so by the test ids of a page whose class names are hashes
    (``<div data-testid="byline-contributors" class="sc-e56a85d5-5">``)."""
    tested = (value.getparent() for value in select(_TEST_IDS, scan.root) if _TESTED.search(value))
    for el in itertools.islice(tested, _MAX_BYLINES):
        text = _byline_text(el)
        if 2 < len(text) <= _MAX_BYLINE and split_credit(text) and not scan.foreign(el):
            return [text]
    return []


def _lead_in_line(scan: Scan) -> list[str]:
    """A short line of the page that reads as a credit, whatever its markup: "von Jane Doe",
    "By <a>Jane Doe</a> and John Roe". Its own text must open with a lead-in word, a cheap
    test that spares nearly every element the reading of its text."""
    body = scan.root.find("body")
    if body is None:
        return []
    for el in itertools.islice(body.iter(_LINE_TAGS), _MAX_LINES):
        text = el.text
        if not text or text.lstrip()[:1] not in _LINE_INITIALS:
            continue
        words = text.split(maxsplit=1)
        if not words or words[0].lower() not in _LINE_LEADS:
            continue
        text = " ".join((text_of(el, _MAX_LEAD, " ") or "").split())
        names = split_credit(text) if text else []
        if names and all(_name_shaped(n) for n in names) and not scan.foreign(el):
            return [text]
    return []


def _name_shaped(name: str) -> bool:
    """Capitalised words, particles aside ("Anne de Vries"): not "continuing you agree"."""
    return all(w[:1].isupper() or w in PARTICLES or w[:1].lower() == w[:1].upper() for w in name.split())


def _text(el: Any) -> str:
    # Pieces joined with spaces: "ERIC TUCKER<br>Associated Press" must not become one word.
    return " ".join((text_of(el, _MAX_TEXT, " ") or "").split())


def _lead_byline(root: Any) -> list[str]:
    paragraphs = itertools.islice(root.iter("p"), _MAX_LEAD_SCAN)
    bold = [(p, text) for p in paragraphs if (text := _bold_only(p))]
    for p, text in bold:
        # A bold line the page repeats labels boxes ("Zu Ihrer Information"); names stand once.
        if _names_only(text) and _opens_story(p) and sum(t == text for _, t in bold) == 1:
            return [text]
    return []


def _bold_only(p: Any) -> str | None:
    """The paragraph's text when all of it sits in one bold element."""
    if len(p) != 1 or p[0].tag not in _BOLD or (p.text or "").strip() or (p[0].tail or "").strip():
        return None
    text = " ".join((text_of(p, _MAX_LEAD) or "").split())
    return text or None


def _names_only(text: str) -> bool:
    names = [n for n in _LEAD_SPLIT.split(text) if n]
    low, high = _LEAD_WORDS
    return 0 < len(names) <= _MAX_LEAD_NAMES and all(
        low <= len(n.split()) <= high and all(_NAME_WORD.match(w) and w[0].isupper() for w in n.split())
        for n in names
    )


def _opens_story(p: Any) -> bool:
    """Near the top of its container, under no subheading, with the story's text after it."""
    before = list(itertools.islice(p.itersiblings(preceding=True), _LEAD_BEFORE + 1))
    after = p.getnext()
    return (
        len(before) <= _LEAD_BEFORE
        and all(el.tag == "p" for el in before)
        and after is not None
        and after.tag == "p"
        and text_of(after, _MAX_LEAD) is None  # longer than any byline: the story's text
    )
