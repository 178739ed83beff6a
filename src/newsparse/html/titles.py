"""Titles: strip site names from ``<title>``-like strings and choose the page's headline.

A document title usually carries the site's name (``"... | Reuters"``, ``"BBC News - ..."``,
``"... – DW – 30.01.2024"``). We cut at a separator when the part beyond it names the site
(its ``og:site_name``, its publisher, its domain) or when the part before it is exactly
another statement of the headline (the ``<h1>``, ``og:title``), and drop a trailing name of
the page's section. The headline the page shows is its first ``<h1>`` outside navigation and
breadcrumb trails; failing one, a heading in an ``<hgroup>`` or the article's ``<header>``
that another statement confirms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from ..scoring import fold, squash
from .jsonld import LdFields
from .metatags import Metas, Scan, hint_of, hint_pattern, select, text_of

# Separators between a headline and a site name. Strong ones may end a title; a colon only
# follows a leading site name ("BBC News: ...").
_STRONG = re.compile(r"\s{1,3}(?:[|–—·»«›‹~•/]|::|-{1,2})\s{1,3}|\s{0,3}[ㅣ|｜：]\s{0,3}")
_COLON = re.compile(r"\s{0,3}:\s{1,3}")
_DANGLING = re.compile(r"^[|–—·•~-]{1,2}\s{1,3}|\s{1,3}[|–—·•~/-]{1,2}$")
_MIN_KEPT = 8
_MAX_TITLE = 600
_SECTION_WORDS = 3
# Domain labels that say nothing about the site.
_GENERIC_LABELS = frozenset(
    ["www", "m", "amp", "mobile", "edition", "news", "co", "com", "org", "net", "gov", "ac"]
)
_DOMAIN = re.compile(r"^[^\W_][\w-]{0,30}(?:\.[\w-]{1,30}){0,2}\.[a-z]{2,6}$", re.I)
_ARTICLES = frozenset({"the", "der", "die", "das", "le", "la", "les", "el", "il", "de"})
_MIN_UNARTICLED = 8
_MAX_SITE_WORDS = 6
_DATE_PART = re.compile(r"^[\d./ -]{6,12}$")
# Meta tags naming the page's section ("Politik", "정치"); a title may end with it.
SECTION_METAS = (
    "article:section",
    "og:section",
    "content_category",
    "category",
    "parsely-section",
    "sailthru_section",
    "article.section",
    "page.section",
)
_MAX_SECTION = 30
# What stands between a headline and a trailing section name. A bare hyphen joins compound
# words in alphabetic scripts ("Klima-Politik"), so it counts only after other scripts
# ("...커졌다-정치").
_SECTION_SEP = re.compile(r"\s{1,3}[|–—·»/-]\s{0,3}$")
_COMPOUND_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def site_tokens(site_names: Iterable[str | None], url: str | None) -> set[str]:
    """Squashed lower-case names the site goes by: its stated names and its domain's main label."""
    # "The Daily Herald" also goes by "Daily Herald" (see _leading_article).
    names = [n for n in site_names if n]
    tokens = {squash(n) for n in names} | {
        squash(n.split(maxsplit=1)[1]) for n in names if _leading_article(n)
    }
    host = urlsplit(url).hostname if url else None
    if host:
        # The registrable name: "bbc" of www.bbc.co.uk, "yahoo" of us.yahoo.com.
        labels = [x for x in host.lower().split(".")[:-1] if x not in _GENERIC_LABELS]
        if labels:
            tokens.add(squash(labels[-1]))
        tokens.add(squash(host.removeprefix("www.")))
    return {t for t in tokens if len(t) >= 2}


def _leading_article(name: str) -> bool:
    """The name opens with an article and is long enough without it to name nothing else
    ("Die Zeit" is no "Zeit", which headlines say)."""
    words = name.split(maxsplit=1)
    return len(words) == 2 and words[0].lower() in _ARTICLES and len(squash(words[1])) >= _MIN_UNARTICLED


def strip_site(title: str, tokens: set[str], others: Sequence[str] = ()) -> str:
    """``title`` without a leading or trailing part that names the site."""
    text = " ".join(title.split())
    if len(text) > _MAX_TITLE:
        return text
    wanted = {fold(o) for o in others if o}
    for _ in range(3):
        shorter = _strip_once(text, tokens, wanted)
        if shorter == text:
            break
        text = shorter
    return _undangle(text)


def _undangle(text: str) -> str:
    """A separator left at either end by a template with an empty site name ("Headline -",
    "| Headline"). Not quotes: "»Abzocke«" opens with one."""
    trimmed = _DANGLING.sub("", text)
    return trimmed if len(trimmed) >= _MIN_KEPT else text


def strip_section(title: str, sections: Iterable[str]) -> str:
    """``title`` without a trailing name of the page's section ("... - Sport", "...-정치")."""
    for section in sections:
        if not 2 <= len(section) <= _MAX_SECTION or len(title) <= len(section):
            continue
        head, tail = title[: -len(section)], title[-len(section) :]
        if tail.casefold() != section.casefold():
            continue
        sep = _SECTION_SEP.search(head)
        if sep:
            head = head[: sep.start()]
        elif head.endswith("-") and not _compounds(head[:-1]):
            head = head[:-1]
        else:
            continue
        if len(head) >= _MIN_KEPT:
            return head
    return title


def _compounds(text: str) -> bool:
    """Whether ``text`` ends in a letter of a script that joins words with hyphens."""
    last = text[-1:] if text else ""
    return last.isalpha() and unicodedata.name(last, "").startswith(_COMPOUND_SCRIPTS)


def _strip_once(text: str, tokens: set[str], wanted: set[str]) -> str:
    """One cut at a separator (see ``strip_site``); ``wanted``: the other statements, folded."""
    cuts = [(m.start(), m.end()) for m in _STRONG.finditer(text)]
    for start, end in cuts + [(m.start(), m.end()) for m in _COLON.finditer(text)]:
        head, tail = text[:start], text[end:]
        if fold(head) in wanted and fold(tail) not in wanted:
            return head
        if fold(tail) in wanted and fold(head) not in wanted:
            return tail
    for start, end in cuts:
        if len(text[:start]) >= _MIN_KEPT and _site_part(text[end:], tokens, text[:start]):
            return text[:start]
    for start, end in cuts[:1] + [m.span() for m in _COLON.finditer(text)][:1]:
        if len(text[end:]) >= _MIN_KEPT and _site_part(text[:start], tokens, text[end:]):
            return text[end:]
    return text


def _site_part(part: str, tokens: set[str], kept: str) -> bool:
    """The part names the site, perhaps with a section name or a date beside it; ``kept``
    is what would remain of the title, which says more than the sections dropped with it
    ("Covid-19 - What We Know | Site" keeps "Covid-19 - What We Know")."""
    segments = [s for s in _STRONG.split(part) if s.strip()]
    if not segments or len(part) > 100:
        return False
    if _names_site(segments[0], tokens):
        return True
    sections = [s for s in segments if not _names_site(s, tokens)]
    return (
        len(sections) < len(segments)
        and all(_section_like(s) for s in sections)
        and sum(len(s.split()) for s in sections) <= len(kept.split())
    )


def _section_like(segment: str) -> bool:
    """A section name ("World news", "Politik") or a date beside the site's name. Sections
    are short and capitalised: "what we know" is the end of a headline ("Covid-19 - what we know")."""
    if _DATE_PART.match(segment):
        return True
    text = segment.strip()
    return len(text.split()) <= _SECTION_WORDS and not text[:1].islower()


def _names_site(part: str, tokens: set[str]) -> bool:
    squashed = squash(part)
    if not squashed:
        return False
    # Containment counts only when the part is not much longer than the name itself,
    # so a headline that merely mentions the site ("Zeit für ...") is not taken for it.
    if any(
        (t in squashed and len(squashed) <= 2 * len(t) + 6) or (len(squashed) >= 3 and squashed in t)
        for t in tokens
    ):
        return True
    # A domain ("SZ.de", "NU.nl") names a site, and a domain label may shorten the stated
    # name ("nytimes": "The New York Times", "wsj": "The Wall Street Journal").
    if _DOMAIN.match(part.strip()):
        return True
    split = part.split()
    if not 2 <= len(split) <= _MAX_SITE_WORDS:
        return False
    words = [squash(w) for w in split]
    # The label starts with the first word's letter, or the second's after an article.
    starts = {w[:1] for w in words[:2] if w}
    return any(t[:1] in starts and _abbreviates(t, words) for t in tokens)


def _abbreviates(token: str, words: list[str]) -> bool:
    """``token`` is a prefix of each word in turn, articles optional: "nytimes" of
    "The New York Times" (t- n-ew y-ork times)."""
    if len(token) < 3 or token in words:
        return False
    reach = {0}
    for word in words:
        ahead = set(reach) if word in _ARTICLES else set()
        for pos in reach:
            size = 0
            while size < len(word) and pos + size < len(token) and token[pos + size] == word[size]:
                size += 1
                ahead.add(pos + size)
        reach = ahead
    return len(token) in reach


def agree(a: str | None, b: str | None) -> bool:
    """Two statements of a headline agree when they are equal once whitespace and case are folded."""
    return bool(a and b) and fold(a) == fold(b)


# The first <title>: with the [1] libxml2 stops at it instead of walking the whole page.
_TITLE = etree.XPath("/descendant::title[1]")
# Where a page shows its headline when no <h1> does: a heading group, or the heading of the
# article's own header (templates that put the SEO title in a breadcrumb <h1>).
_SHOWN_HEADINGS = etree.XPath(
    "//hgroup/*[self::h1 or self::h2 or self::h3] | //article//header/*[self::h1 or self::h2]"
)
# A breadcrumb trail may end in an <h1> holding the page's search title; it is navigation.
# Trails are marked by name or built as lists.
_CRUMB = hint_pattern(r"crumb")
_CRUMB_DEPTH = 4
_INVISIBLE = ("\u00ad", "\u200b", "\ufeff")
# <h2>s that may show the headline beside a breadcrumb's search title, and how alike they are.
_H2S = etree.XPath("/descendant::h2")
_MAX_H2S = 10
_MIN_SEO_WORDS = 3
_SEO_SHARE = 0.8
_SEO_COVER = 0.6
_WORDS = re.compile(r"\w+")
_STORY_TAGS = frozenset({"article", "main", "section", "header"})
# An <h1> this short that shares no word with the other statements labels the page.
_LABEL_WORDS = 2
_MIN_STEM = 4

Found = tuple[str, str]


def title_candidates(scan: Scan, metas: Metas, ld: LdFields) -> dict[str, str]:
    """Every statement of the headline the page makes, keyed by source name."""
    found: dict[str, str] = {}
    if ld.headline:
        found["json-ld"] = ld.headline
    for key, source in (("og:title", "og"), ("twitter:title", "meta:twitter:title")):
        values = metas.get(key)
        if values:
            found[source] = values[0]
    titles = select(_TITLE, scan.root)
    if titles:
        text = " ".join((text_of(titles[0], _MAX_TITLE) or "").split())
        if text:
            found["title-tag"] = text
    h1 = _first_h1(scan, found.values()) or _shown_heading(scan, found.values()) or _beside_seo_title(scan)
    if h1 and not _page_label(h1, found.values()):
        found["h1"] = h1
    elif not found:
        # A page that states its headline nowhere else: the search title a breadcrumb ends in.
        seo = [el for el in scan.h1s()[:5] if _in_breadcrumb(el)]
        text = " ".join((text_of(seo[0], _MAX_TITLE) or "").split()) if seo else ""
        if text:
            found["h1"] = text
    # No real title is this long; refusing longer ones also bounds the work of strip_site.
    return {k: _visible(v) for k, v in found.items() if len(v) <= _MAX_TITLE}


def _page_label(h1: str, stated: Iterable[str]) -> bool:
    """An ``<h1>`` of a word or two that names the kind of page ("Details", "기사 상세",
    "Fan Feed"), not its story: it shares no word with a longer statement of the title, nor
    a word's stem ("Chorgeschichte" and "Geschichte")."""
    words = set(_WORDS.findall(fold(h1)))
    if len(words) > _LABEL_WORDS:
        return False
    others = [set(_WORDS.findall(fold(text))) for text in stated]
    if not any(len(o) > _LABEL_WORDS for o in others):
        return False
    return not any(_stem_shared(w, o) for w in words for text in others for o in text)


def _stem_shared(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= _MIN_STEM and short in long)


def _visible(text: str) -> str:
    """The text without the invisible characters a headline may carry: soft hyphens that
    break long words ("Mes&shy;sen&shy;ger"), zero-width spaces, byte-order marks."""
    if text.isascii():
        return text
    for mark in _INVISIBLE:
        text = text.replace(mark, "")
    return text


def _first_h1(scan: Scan, stated: Iterable[str]) -> str | None:
    """The first ``<h1>``; on a page with several, the one another statement confirms: a
    template may open with an ``<h1>`` for screen readers ("Navigation und Service") or the
    site's name, and show the story's headline in a later one."""
    texts = [t for el in scan.h1s()[:5] if (t := _heading_text(scan, el))]
    if len(texts) < 2:
        return texts[0] if texts else None
    keys = [_key(s) for s in stated]
    heads = [(_key(t), t) for t in texts]
    for key, text in heads:
        if key in keys:
            return text
    # Failing an equal statement, the longest heading a statement holds ("Site / Section / Headline").
    held = [(len(key), -i, text) for i, (key, text) in enumerate(heads) if any(key in k for k in keys)]
    return max(held)[2] if held else texts[0]


def _shown_heading(scan: Scan, stated: Iterable[str]) -> str | None:
    """The headline a page without a usable ``<h1>`` shows in a heading group or the article header.

    It stands in for the ``<h1>`` only when some other statement of the headline agrees with
    it word for word: such headings also hold standfirsts and kickers.
    """
    keys = {_key(s) for s in stated}
    for el in select(_SHOWN_HEADINGS, scan.root)[:5]:
        text = _heading_text(scan, el)
        if text and _key(text) in keys:
            return text
    return None


def _beside_seo_title(scan: Scan) -> str | None:
    """The headline a page shows in an ``<h2>`` when its only ``<h1>`` ends a breadcrumb
    trail with the search title ("Home | Sport | <h1>Kicker: Headline</h1>"): the first
    ``<h2>`` whose words the search title nearly all holds, and that holds most of the
    search title's: a subheading may ask part of the title's question."""
    crumbs = [el for el in scan.h1s()[:5] if _in_breadcrumb(el)]
    if not crumbs or len(crumbs) < len(scan.h1s()[:5]):
        return None
    seo = set(_WORDS.findall((text_of(crumbs[0], _MAX_TITLE) or "").lower()))
    for el in select(_H2S, scan.root)[:_MAX_H2S]:
        text = _heading_text(scan, el)
        words = _WORDS.findall(text.lower()) if text else []
        shared = sum(w in seo for w in words)
        if (
            len(words) >= _MIN_SEO_WORDS
            and shared >= _SEO_SHARE * len(words)
            and shared >= _SEO_COVER * len(seo)
        ):
            return text
    return None


def _heading_text(scan: Scan, el: Any) -> str | None:
    if scan.foreign(el) or _in_breadcrumb(el):
        return None
    text = " ".join((text_of(el, _MAX_TITLE) or "").split())
    return text if 3 <= len(text) <= 400 else None


def _in_breadcrumb(el: Any) -> bool:
    for depth, node in enumerate(el.iterancestors()):
        if depth >= _CRUMB_DEPTH or node.tag in _STORY_TAGS:
            # A story inside a list item (a feed of articles) keeps its headline.
            return False
        if node.tag == "li" or _CRUMB.found_in(hint_of(node)):
            return True
    return False


def choose_titles(
    scan: Scan, metas: Metas, ld: LdFields, url: str | None, site_name: str | None
) -> dict[str, Found]:
    """``headline`` (the story headline as stated) and ``title`` (best title without site name)."""
    tokens = site_tokens((site_name, ld.publisher), url)
    raw = _not_site_only(title_candidates(scan, metas, ld), tokens)
    if not raw:
        return {}
    others = list(raw.values())
    sections = [v for name in SECTION_METAS for v in metas.get(name, [])[:1]]
    clean = {
        src: strip_section(strip_site(text, tokens, [o for o in others if o != text]), sections)
        for src, text in raw.items()
    }
    return {"headline": _pick_headline(_shown(clean, scan)), "title": _vote(clean)}


def _not_site_only(raw: dict[str, str], tokens: set[str]) -> dict[str, str]:
    """The statements other than the site's bare name (a ``<title>`` of a template, an ``<h1>``
    holding the logo): they neither win a vote nor cut the others. All of them, when none is."""
    kept = {k: v for k, v in raw.items() if squash(v) not in tokens}
    return kept or raw


def _shown(clean: dict[str, str], scan: Scan) -> dict[str, str]:
    """The statements some ``<h1>`` on the page shows, when any does.

    A template's ``og:title`` may be the site's slogan ("Yahoo News - Latest News &
    Headlines"); the headline the reader sees is the better witness.
    """
    shown = {_key(" ".join((text_of(el, _MAX_TITLE) or "").split())) for el in _h1s(scan)}
    if clean.get("h1"):
        shown.add(_key(clean["h1"]))
    confirmed = {k: v for k, v in clean.items() if _key(v) in shown}
    return confirmed or clean


# The headline as the story states it: structured statements first, the title tag last.
_HEADLINE_ORDER = ("json-ld", "og", "meta:twitter:title", "h1", "title-tag")
# Votes for the title. twitter:title mostly copies og:title, so it counts half; the visible
# <h1> counts more than one tag. Ties go to the first source in _HEADLINE_ORDER.
_TITLE_WEIGHT = {"meta:twitter:title": 0.5, "h1": 1.5}


def _vote(clean: dict[str, str]) -> Found:
    """The title most of the page's statements agree on, once site names are stripped.

    Statements with the same words count as one: an ``<h1>`` that shows a kicker and a line in
    two elements drops the colon between them ("Flut Zwei Rücktritte" against "Flut: Zwei
    Rücktritte"), and quote styles differ between tags. Within the group the wording most
    statements share wins, taken from og:title first (the statement publishers write for
    sharing); an ``<h1>``'s wording yields to a statement that keeps more punctuation.
    """
    keys = {source: _key(text) for source, text in clean.items()}
    words = {source: " ".join(_WORDS.findall(key)) for source, key in keys.items()}
    group = {k: v for k, v in clean.items() if words[k] == words[_best(clean, words)]}
    target = keys[_best(group, keys)]
    wording = _first({k: v for k, v in group.items() if keys[k] == target}, _WORDING_ORDER)
    if wording[1] != "h1":
        return wording
    fuller = [(_marks(v), -_WORDING_ORDER.index(k), k) for k, v in group.items() if k in _WORDING_ORDER]
    most = max(fuller)
    return (group[most[2]], most[2]) if most[0] > _marks(wording[0]) else wording


def _best(clean: dict[str, str], keys: dict[str, str]) -> str:
    """The source whose key the statements' weights favour; ties go by ``_GROUP_ORDER``."""
    score: dict[str, float] = {}
    for source, key in keys.items():
        score[key] = score.get(key, 0.0) + _TITLE_WEIGHT.get(source, 1.0)
    best = max(score.values())
    return _first({k: v for k, v in clean.items() if score[keys[k]] == best}, _GROUP_ORDER)[1]


def _marks(text: str) -> int:
    """Punctuation marks: what tells a title's wordings apart once their words agree."""
    return sum(not c.isalnum() and not c.isspace() for c in text)


_GROUP_ORDER = ("json-ld", "og", "h1", "title-tag", "meta:twitter:title")
_WORDING_ORDER = ("og", "title-tag", "json-ld", "h1", "meta:twitter:title")
_QUOTES = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'))


def _key(text: str) -> str:
    # str.replace, not str.translate: translate looks up every character of non-ASCII text
    # in a dict, several times slower; ASCII text holds none of these quotes.
    if not text.isascii():
        for curly, plain in _QUOTES:
            text = text.replace(curly, plain)
        text = _visible(text)
    return fold(text)


def _h1s(scan: Scan) -> list[Any]:
    return [el for el in scan.h1s()[:8] if not _in_breadcrumb(el)]


def _pick_headline(clean: dict[str, str]) -> Found:
    """The ``<h1>`` when another statement agrees with it, else the best structured one."""
    h1 = clean.get("h1")
    if h1 and any(agree(h1, v) for k, v in clean.items() if k != "h1"):
        return h1, "h1"
    return _first(clean, _HEADLINE_ORDER)


def _first(clean: dict[str, str], order: tuple[str, ...]) -> Found:
    for source in order:
        if clean.get(source):
            return clean[source], source
    raise AssertionError("unreachable: at least one candidate exists")
