"""Shortcuts taken for speed must give what the plain form gives.

The loader hands the parser the page's own UTF-8 bytes only when cleaning changed nothing;
the walk finds the ``<h1>`` holders once per page; class names are split through a byte
table, and a name's flags are combined from memoised word flags.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace

import pytest
from lxml import etree

from newsparse.html import clean
from newsparse.html import clean_rules as rules
from newsparse.html.segment import _headline_holders, walk_units
from newsparse.html.tree import parse_markup, parse_tree
from newsparse.load import load
from newsparse.settings import DEFAULT
from newsparse.text.units import Unit

PAGE = "<html><body><header class='site-header'><h1>Story</h1></header><p>Text é.</p></body></html>"


def _markup(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root))


def test_own_bytes_are_kept_only_for_an_unchanged_page() -> None:
    raw = PAGE.encode("utf-8")
    assert load(raw, DEFAULT).utf8 is raw
    assert load(raw.replace(b"Text", b"Te\r\nxt"), DEFAULT).utf8 is None  # line ends changed
    assert load(raw.replace(b"Text", b"Te\x00xt"), DEFAULT).utf8 is None  # a control dropped
    assert load(PAGE, DEFAULT).utf8 is None  # a str has no bytes of its own
    assert load(PAGE.encode("cp1252", errors="replace"), DEFAULT).utf8 is None


def test_tree_from_own_bytes_matches_tree_from_text() -> None:
    loaded = load(PAGE.encode("utf-8"), DEFAULT)
    assert loaded.utf8 is not None
    from_bytes, from_text = parse_tree(loaded), parse_markup(loaded.text)
    assert from_bytes is not None and from_text is not None
    assert _markup(from_bytes) == _markup(from_text)


def test_xml_declaration_page_still_parses() -> None:
    raw = b'<?xml version="1.0" encoding="utf-8"?>' + PAGE.encode("utf-8")
    root = parse_tree(load(raw, DEFAULT))
    assert root is not None and root.findtext(".//h1") == "Story"


def test_headline_holders_are_exactly_the_elements_above_an_h1() -> None:
    root = parse_markup(
        "<html><body><div id='a'><header><h1>One</h1></header></div>"
        "<div id='b'><p>x</p></div><section><h1>Two</h1><h1>Three</h1></section></body></html>"
    )
    assert root is not None
    holders = _headline_holders(root)
    for el in root.iter():
        assert (el in holders) == (next(el.iterdescendants("h1"), None) is not None), el.tag


def test_large_header_holding_the_headline_is_walked() -> None:
    page = (
        f"<html><body><header><h1>Headline</h1><nav>menu</nav></header><p>{'word ' * 400}</p></body></html>"
    )
    root = parse_markup(page)
    assert root is not None
    assert "Headline" in [u.text for u in walk_units(root).units]


NAMES = [
    "content", "post2", "share-bar__item", "c-Comments", "ArticlePage-datePublished", "x",
    "elementor-widget-text-editor", "js-sticky-share", "css-1tike8v", "ümlaut-share", "a__b__c",
    "socialShare", "Hidden", "related-posts", "123", "---", "nav_main", "TOC",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_split_matches_the_word_regex(name: str) -> None:
    lowered = rules.CAMEL.sub(clean._hyphenated, name).lower()
    assert clean._split(lowered) == [w for w in rules.WORD_SPLIT.split(lowered) if w]


def _plain_flags(words: list[str]) -> int:
    """The rule as first written: strongest grade of any word, plus story and firm flags."""
    grade = clean.NONE
    for word in words:
        if word in rules.STRONG_WORDS or word.startswith(rules.STRONG_STEMS):
            grade = clean.STRONG
            break
        if word in rules.WEAK_WORDS or word.startswith(rules.WEAK_STEMS):
            grade = clean.WEAK
    positive = 0 if rules.POSITIVE_WORDS.isdisjoint(words) else clean._POSITIVE
    firm = 0 if rules.FIRM_WORDS.isdisjoint(words) else clean._FIRM
    return grade | positive | firm


@pytest.mark.parametrize(
    "words",
    [[], ["share"], ["comments", "share"], ["share", "comments"], ["article", "byline"],
     ["content", "nav"], ["post", "text"], ["sharebar", "related"], ["wrapper"]],
)  # fmt: skip
def test_memoised_word_flags_combine_like_the_plain_rule(words: list[str]) -> None:
    known: dict[str, int] = {}
    assert clean._flags_of(words, known) == _plain_flags(words)
    assert clean._flags_of(words, known) == _plain_flags(words)  # now from the memo
    assert set(known) == set(words)


def test_every_table_word_flags_like_the_plain_rule() -> None:
    vocabulary = rules.STRONG_WORDS | rules.WEAK_WORDS | rules.FIRM_WORDS | rules.POSITIVE_WORDS
    stems = {s + "x" for s in rules.STRONG_STEMS + rules.WEAK_STEMS}
    for word in sorted(vocabulary | stems | {"wrapper", "grid"}):
        assert clean._word_flags(word) == _plain_flags([word]), word
        assert re.fullmatch("[a-z0-9]+", word)


def test_unit_at_line_is_replace_of_line() -> None:
    # Every field set away from its default: a field added to Unit and missed by at_line fails here.
    values = {"text": "x", "line": 3, "heading": 2, "bullet": True, "links": 0.5, "words": 7}
    values |= {"stops": 0.25, "sentence": True, "furniture": True, "box": True, "footer": True}
    values |= {"stamp": True}
    assert set(values) == {f.name for f in fields(Unit)}
    unit = Unit(**values)  # type: ignore[arg-type]
    moved = unit.at_line(9)
    assert moved == replace(unit, line=9) and moved is not unit
