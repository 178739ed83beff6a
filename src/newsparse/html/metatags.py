"""One pass over ``<meta>`` and ``<link>``, and the test for "this element is not the article's own".

``<meta>`` values are keyed by their lower-cased ``name``/``property``/``http-equiv``; a key can
repeat (several ``author`` or ``citation_author`` tags), so each key maps to a list in page order.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from lxml import etree

# "//body//*[...]" read as child steps from every node costs libxml2 half again as much
# as the equivalent descendant axis.
_CLASSED = etree.XPath("//body/descendant::*[@class or @id]")
# The same elements' class and id values, in page order (each value knows its element).
_HINT_VALUES = etree.XPath("//body/descendant::*/@class | //body/descendant::*/@id")
_HREFS = etree.XPath("//body/descendant::a[@href]")
# Every itemprop value; its element is the value's parent. libxml2 selects attributes several
# times faster than it tests a predicate on each element ("//*[@itemprop]").
_ITEMPROPS = etree.XPath("/descendant::*/@itemprop")
_H1S = etree.XPath("/descendant::h1")
_MAX_CLASSED = 5000
_MAX_DEPTH = 80

Metas = dict[str, list[str]]


class HintPattern(NamedTuple):
    """A case-insensitive search in class/id hints and hrefs (see ``hint_pattern``)."""

    lower: re.Pattern[str]
    any_case: re.Pattern[str]
    # For an alternation of literal words: the words to look for, none containing another.
    words: tuple[str, ...] = ()

    def found_in(self, text: str) -> bool:
        if text.isascii():
            return self.lower.search(text.lower()) is not None
        return self.any_case.search(text) is not None


def hint_pattern(pattern: str) -> HintPattern:
    """``pattern``, written in lower case, for case-insensitive searches in hints.

    With ``re.I`` Python's regex engine cannot skip ahead to the letters an alternation of
    words starts with, and tries every word at every position: several times slower. ASCII
    text (nearly every hint) is lower-cased and searched case-sensitively instead, with the
    same result; other text keeps ``re.I``'s Unicode case rules ("İ", "ſ", "K").
    """
    if pattern != pattern.lower():
        raise ValueError(f"hint pattern not in lower case: {pattern!r}")
    return HintPattern(re.compile(pattern), re.compile(pattern, re.I))


def hint_words(*words: str) -> HintPattern:
    """A hint pattern for any of ``words`` (lower case literals), which ``Scan.classed_with``
    can also look for in all of a page's hints at once."""
    needles = tuple(w for w in words if not any(other != w and other in w for other in words))
    return hint_pattern("|".join(re.escape(w) for w in words))._replace(words=needles)


# Containers whose dates, names and links belong to other stories or to the site, not this article.
_FOREIGN_TAGS = frozenset({"nav", "footer", "menu", "form", "select", "option"})
_FOREIGN_HINT = hint_pattern(
    r"related|recommend|sidebar|widget|more-?(?:stories|news|articles)|also|trending|popular|"
    r"most-?read|comment|(?:^|[\s_-])nav|menu|newsletter|promo(?!ted)|carousel|(?:^|[\s_-])rail|"
    r"breaking|ticker|latest|topstories|top-stories|read-?more|next-?article|prev|outbrain|taboola|"
    r"headlines"
)
# "article-with-rail", "lm-grid--with-right-rail", "has-sidebar": a token that names what a
# layout holds, so the box holds the article too; "comments-enabled", "sidebar-open": a
# token that states a setting of the page, which holds the article too.
_LAYOUT_TOKEN = re.compile(r"(?:^|[_-])(?:with|has)[_-]|[_-](?:enabled|disabled|open|closed|active)$")
_ARTICLE_TAGS = frozenset({"article", "main"})
# An id that names the page's main content, as <main> does ("<div id=main class=widget>").
_MAIN_IDS = frozenset({"main", "main-content", "maincontent", "content"})
# A <header> outside any <article> is the site's, unless its class says it is the story's.
_STORY_HEADER = hint_pattern(r"article[_-]{0,2}header|story[_-]{0,2}header|post[_-]{0,2}header")


class Scan:
    """Element lists several finders share, each computed once per page and only when asked."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self._classed: list[tuple[Any, str]] | None = None
        self._links: list[tuple[Any, str]] | None = None
        self._itemprops: list[Any] | None = None
        self._h1s: list[Any] | None = None
        self._values: _HintValues | None = None
        self._with: dict[HintPattern, list[tuple[Any, str]]] = {}
        self._verdicts: dict[Any, bool | None] = {}

    def classed(self) -> list[tuple[Any, str]]:
        """Body elements with a class or id, with ``"class id"`` as a hint string."""
        if self._classed is None:
            self._classed = [(el, hint_of(el)) for el in select(_CLASSED, self.root)[:_MAX_CLASSED]]
        return self._classed

    def classed_with(self, words: HintPattern) -> list[tuple[Any, str]]:
        """The ``classed()`` entries whose hint holds one of ``words`` (made by ``hint_words``).

        Hints name a date or a byline on a few of a page's hundreds of classed elements:
        ``str.find`` over all class and id values at once finds those few, and only they
        get a hint string and the exact test (building every hint costs several times more).
        """
        found = self._with.get(words)
        if found is None:
            if self._values is None:
                self._values = _HintValues(select(_HINT_VALUES, self.root))
            holders = self._values.holders(words.words)
            entries = self.classed() if holders is None else [(el, hint_of(el)) for el in holders]
            found = self._with[words] = [(el, hint) for el, hint in entries if words.found_in(hint)]
        return found

    def links(self) -> list[tuple[Any, str]]:
        """Body links with their ``href``."""
        if self._links is None:
            self._links = [(a, a.get("href", "")) for a in select(_HREFS, self.root)[:_MAX_CLASSED]]
        return self._links

    def itemprop(self, *names: str) -> list[Any]:
        """Elements whose ``itemprop`` is exactly one of ``names``, in page order. One XPath
        lists every microdata element for all callers; each value test is then a dict look-up."""
        if self._itemprops is None:
            self._itemprops = select(_ITEMPROPS, self.root)
        return [value.getparent() for value in self._itemprops if value in names]

    def foreign(self, el: Any) -> bool:
        """``is_foreign(el)``, keeping each ancestor's own verdict for the page's later calls
        (the finders' candidates share most of their ancestors)."""
        return is_foreign(el, self._verdicts)

    def h1s(self) -> list[Any]:
        """Every ``<h1>``, in page order (titles and dates both look for the headline)."""
        if self._h1s is None:
            self._h1s = select(_H1S, self.root)
        return self._h1s


def hint_of(el: Any) -> str:
    """An element's ``"class id"``, cut to 300 characters: what hint patterns search."""
    return f"{el.get('class', '')} {el.get('id', '')}"[:300]


class _HintValues:
    """A page's class and id values, lower-cased and joined for ``str.find``."""

    def __init__(self, values: list[Any]) -> None:
        self.values = values
        # NUL never occurs in an attribute, so no word is found across two values.
        text = "\0".join(values)
        self.unsure: list[int] = []
        if not text.isascii():
            # Non-ASCII values stay out (lower-casing may change their length) and are always
            # tried: re.I matches a few non-ASCII letters to ASCII ones ("İ", "ſ", "K").
            self.unsure = [i for i, v in enumerate(values) if not v.isascii()]
            text = "\0".join(v if v.isascii() else "" for v in values)
        self.text = text.lower()

    def holders(self, words: tuple[str, ...]) -> list[Any] | None:
        """Elements whose class or id may hold one of ``words``, in page order. ``None`` when
        there may be more than ``_MAX_CLASSED`` of them: then ``classed()``'s cut decides."""
        if len(self.values) > _MAX_CLASSED or not words:
            return None
        found = set()
        for word in words:
            pos = self.text.find(word)
            while pos >= 0:
                found.add(pos)
                end = self.text.find("\0", pos)  # one hit per value is enough
                pos = self.text.find(word, end) if end >= 0 else -1
        return self._elements(sorted(found))

    def _elements(self, positions: list[int]) -> list[Any]:
        """The elements of the values at ``positions`` (in order) and of the unsure values."""
        hits = set(self.unsure)
        index = last = 0
        for pos in positions:
            index += self.text.count("\0", last, pos)  # the separators before it
            last = pos
            hits.add(index)
        elements: list[Any] = []
        for index in sorted(hits):
            el = self.values[index].getparent()
            # An element's class and id come one after the other.
            if not elements or elements[-1] is not el:
                elements.append(el)
        return elements


def select(path: etree.XPath, node: Any) -> list[Any]:
    """Run a compiled XPath that selects elements or strings; anything else counts as nothing."""
    found = path(node)
    return found if isinstance(found, list) else []


def text_of(el: Any, limit: int | None = None, sep: str = "") -> str | None:
    """The text under an element (lxml.etree trees too: they lack text_content).

    With ``limit``, ``None`` as soon as the text grows past it, so that looking at many
    nested elements never costs more than a bounded read of each.
    """
    if limit is None and not sep:
        return full_text(el)
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        if isinstance(piece, str):
            pieces.append(piece)
            size += len(piece)
            if limit is not None and size > limit:
                return None
    return sep.join(pieces)


def full_text(el: Any) -> str:
    """All the text under an element, gathered by libxml2 in one call (a Python loop over
    ``itertext()`` takes several times longer on a whole page)."""
    return str(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def head_tags(root: Any) -> dict[str, list[Any]]:
    """The page's ``meta``, ``link`` and ``script`` elements by tag, in page order: one walk
    of the tree in C instead of one XPath (a whole-tree walk each) per tag."""
    found: dict[str, list[Any]] = {"meta": [], "link": [], "script": []}
    for el in root.iter("meta", "link", "script"):
        found[el.tag].append(el)
    return found


def collect_metas(elements: list[Any]) -> Metas:
    """``<meta>`` contents by lower-cased key, in page order (itemprop metas are left to microdata)."""
    metas: Metas = {}
    for el in elements:
        content = el.get("content")
        if content is None:
            continue
        key = el.get("name") or el.get("property") or el.get("http-equiv")
        if not key:
            continue
        text = " ".join(content.split())
        if text:
            metas.setdefault(key.strip().lower(), []).append(text)
    return metas


def first(metas: Metas, names: tuple[str, ...]) -> tuple[str, str] | None:
    """The first ``(name, value)`` among ``names`` (in the table's priority order)."""
    for name in names:
        values = metas.get(name)
        if values:
            return name, values[0]
    return None


def collect_links(elements: list[Any]) -> dict[str, str]:
    """The first ``href`` of each ``rel`` token (``canonical``, ``author``, ``amphtml``...)."""
    links: dict[str, str] = {}
    for el in elements:
        if el.get("rel") is None or el.get("href") is None:
            continue
        for rel in el.get("rel", "").lower().split():
            links.setdefault(rel, el.get("href", "").strip())
    return links


def is_foreign(el: Any, verdicts: dict[Any, bool | None] | None = None) -> bool:
    """True when ``el`` sits in navigation, an aside, a footer or a related-stories block.

    ``verdicts`` (one page's, see ``Scan.foreign``) keeps what each ancestor says by itself.
    """
    for depth, node in enumerate(el.iterancestors()):
        if depth > _MAX_DEPTH:
            return False
        if verdicts is None:
            verdict = _own_verdict(node)
        elif node in verdicts:
            verdict = verdicts[node]
        else:
            verdict = verdicts[node] = _own_verdict(node)
        if verdict is not None:
            return verdict
    return False


def _own_verdict(node: Any) -> bool | None:
    """True: a foreign container; False: the page's main content, look no further; None: neither."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if tag in _FOREIGN_TAGS:
        return True
    if tag in ("main", "body") or (node.get("id") or "").lower() in _MAIN_IDS:
        return False
    hint = hint_of(node)
    # An aside or header inside the article is its own meta column; outside it, site chrome.
    story_header = tag == "header" and _STORY_HEADER.found_in(hint)
    if tag in ("header", "aside") and not story_header and not _inside_article(node):
        return True
    if len(hint) > 1 and _FOREIGN_HINT.found_in(hint) and _FOREIGN_HINT.found_in(_without_layout(hint)):
        return True
    return None


def _without_layout(hint: str) -> str:
    return " ".join(token for token in hint.split() if not _LAYOUT_TOKEN.search(token))


def _inside_article(el: Any) -> bool:
    return any(isinstance(a.tag, str) and a.tag in _ARTICLE_TAGS for a in el.iterancestors())
