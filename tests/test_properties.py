"""Property tests: generated pages (random HTML trees, text pages built from story fragments
with chrome, junk and odd line ends mixed in) keep newsparse's invariants.

- nothing but a NewsparseError escapes;
- every field has its declared type; the JSON encodes as strict UTF-8;
- to_dict/from_dict and to_json/from_json round-trip;
- no paragraph is a line the chrome table calls chrome;
- a dateline's date is a real date that agrees with the day written in the dateline.

Examples are bounded and the deadline is off, so CI stays fast and never flaky.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections.abc import Mapping
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import chrome
from newsparse.model import Article, Credit, Dateline, Update

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

HEADLINES = (
    "Port traffic rises for third month as Asian demand returns",
    "UPDATE 2-Oil falls as stockpiles swell",
    "CORRECTED-Central bank holds rates steady",
    "EXCLUSIVE-Miner weighs sale of copper unit",
    "Explosion kills 2 near border town (AP)",
    "Storm batters coast; thousands without power",
)
DATELINES = (
    "ROTTERDAM, April 12 (Reuters) - ",
    "WASHINGTON (AP) -- ",
    "LONDON, Dec 30 (Reuters) - ",
    "NEW YORK, Feb 29 - ",
    "PARIS, Feb 30 (AFP) - ",
    "TOKYO, Sept. 3 (Reuters) - ",
    "SAN FRANCISCO, Calif., Monday, March 11, 2019 (Reuters) - ",
    "SALVADOR, Feb 26 - ",
    "BERLIN - ",
)
PARAGRAPHS = (
    "The port authority said on Tuesday that container traffic rose for a third month in a row.",
    "Volumes reached 812,000 units in March, up 6.4 percent from a year earlier, it said.",
    "\u201cWe are seeing customers come back,\u201d the chief executive told reporters.",
    "Analysts cautioned that the gains were partly a base effect after a strike last year.",
    "Exports of soybeans and wheat more than doubled after a record harvest in the region.",
    "The company, which employs 4,000 people, declined to comment on the talks.",
    "Prices fell 2% to $71.20 a barrel by 1400 GMT (9 a.m. EST).",
)
CREDITS = (
    "(Reporting by Anna Berg; Editing by Mark Potter)",
    "(Reporting by A. Smith in London and B. Jones in Paris; Writing by C. Wu; Editing by D. Roe)",
    "Reuter",
    "Jane Doe contributed reporting.",
)
CHROME = (
    "Skip to main content",
    "Menu",
    "Search",
    "Sign in",
    "Subscribe",
    "Share this article",
    "Advertisement",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Related stories",
    "Most read",
    "Follow us on Twitter",
    "Back to top",
    "Print",
    "Email",
    "Leave a comment",
    "5 min read",
)
JUNK = st.text(
    alphabet=st.characters(codec=None, categories=None, exclude_characters=()),
    max_size=12,
)


def test_chrome_samples_are_chrome() -> None:
    """The generated chrome lines are ones the table itself calls chrome."""
    assert all(chrome.is_chrome(line) for line in CHROME)
    assert not any(chrome.is_chrome(p) for p in PARAGRAPHS)


# --- text pages ---


@st.composite
def text_pages(draw: st.DrawFn) -> str:
    lines: list[str] = []
    lines += draw(st.lists(st.sampled_from(CHROME), max_size=3))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(HEADLINES)))
    body = draw(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=6))
    if draw(st.booleans()):
        body[0] = draw(st.sampled_from(DATELINES)) + body[0]
    for paragraph in body:
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.sampled_from(CHROME)))
        lines.append(paragraph + draw(JUNK) if draw(st.integers(0, 5)) == 0 else paragraph)
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(CREDITS)))
    lines += draw(st.lists(st.sampled_from(CHROME), max_size=3))
    gap = draw(st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\n\n", "\r\r"]))
    return gap.join(lines)


def _wrapped(page: str, width: int) -> str:
    """Hard-wrap every paragraph the way wire copy and terminal dumps do."""
    out = []
    for block in page.split("\n\n"):
        words, line, lines = block.split(" "), "", []
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("    " + "\n".join(lines))
    return "\n".join(out)


# --- HTML pages: random trees over the same fragments ---

CONTAINERS = ("div", "section", "article", "main", "span", "b", "i", "a", "blockquote", "figure", "td")
CHROME_CONTAINERS = ("nav", "footer", "header", "aside")
LEAF_TEXT = st.one_of(
    st.sampled_from(PARAGRAPHS),
    st.sampled_from(CHROME),
    st.sampled_from(HEADLINES),
    JUNK.map(lambda s: s.replace("<", "&lt;")),
)


def _element(tag: str, children: list[str]) -> str:
    return f"<{tag}>{''.join(children)}</{tag}>"


def _leaf(text: str, tag: str) -> str:
    return f"<{tag}>{text}</{tag}>"


LEAVES = st.builds(_leaf, LEAF_TEXT, st.sampled_from(("p", "p", "p", "li", "h1", "h2", "span", "time")))
TREES = st.recursive(
    LEAVES,
    lambda inner: st.builds(
        _element,
        st.sampled_from(CONTAINERS + CHROME_CONTAINERS),
        st.lists(inner, max_size=5),
    ),
    max_leaves=30,
)
HEAD_BITS = st.sampled_from(
    (
        "<title>Port traffic rises | Example News</title>",
        '<meta property="og:title" content="Port traffic rises">',
        '<meta property="article:published_time" content="2024-04-12T09:30:00Z">',
        '<meta property="article:published_time" content="2024-02-30">',
        '<meta name="author" content="Anna Berg">',
        '<meta charset="utf-8">',
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","dateCreated":1}</script>',
        '<script type="application/ld+json">{"@type": ["NewsArticle"], "author": [{"name": null}]</script>',
        '<script type="application/ld+json">[[[{"dateline":"LONDON, Dec 30"}]]]</script>',
        "<script>var a = '<p>not text</p>';</script>",
        "<style>p { color: red }</style>",
        '<link rel="canonical" href="https://example.com/a">',
    )
)


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    head = "".join(draw(st.lists(HEAD_BITS, max_size=5)))
    body = "".join(draw(st.lists(TREES, min_size=1, max_size=4)))
    page = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"
    cut = draw(st.integers(0, 8))
    return page[: len(page) * cut // 8] if cut > 0 and draw(st.booleans()) else page


# --- the invariants ---


def _check_types(article: Article) -> None:
    for name in ("headline", "slug", "title", "language", "site_name", "url", "description"):
        value = getattr(article, name)
        assert value is None or isinstance(value, str), f"{name}: {value!r}"
    assert isinstance(article.update, Update) and isinstance(article.update.flag, bool)
    assert article.update.number is None or isinstance(article.update.number, int)
    assert isinstance(article.paragraphs, tuple)
    assert all(isinstance(p, str) and p.strip() for p in article.paragraphs)
    assert all(isinstance(a, str) and a for a in article.authors)
    assert article.kind in ("html", "text")
    for name in ("published", "modified"):
        assert getattr(article, name) is None or isinstance(getattr(article, name), _dt.date)
    assert all(isinstance(w, str) for w in article.warnings)
    assert isinstance(article.sources, Mapping)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in article.sources.items())
    if article.credit is not None:
        assert isinstance(article.credit, Credit) and isinstance(article.credit.raw, str)
        assert all(isinstance(n, str) for names in article.credit.roles.values() for n in names)


def _check_dateline(dateline: Dateline | None) -> None:
    if dateline is None or dateline.date is None:
        return
    date = dateline.date
    assert isinstance(date, _dt.date) and 1900 <= date.year <= 2100, date
    assert _dt.date.fromisoformat(date.isoformat()) == date
    assert str(date.day) in dateline.raw, f"{date} does not match the dateline {dateline.raw!r}"


def _check(page: Any, **kwargs: Any) -> None:
    try:
        article = newsparse.parse(page, **kwargs)
    except newsparse.NewsparseError:
        return
    _check_types(article)
    _check_dateline(article.dateline)
    encoded = article.to_json().encode("utf-8")
    assert Article.from_json(encoded.decode("utf-8")) == article
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article
    chrome_paragraphs = [p for p in article.paragraphs if chrome.is_chrome(p)]
    assert not chrome_paragraphs, f"chrome in the body: {chrome_paragraphs}"


@FAST
@given(text_pages(), st.sampled_from([None, _dt.date(2024, 4, 20), _dt.date(1987, 3, 1)]))
def test_text_pages(page: str, reference: _dt.date | None) -> None:
    _check(page, reference_date=reference)


@FAST
@given(text_pages(), st.integers(50, 75))
def test_hard_wrapped_text_pages(page: str, width: int) -> None:
    _check(_wrapped(page, width), reference_date=_dt.date(2024, 4, 20))


@FAST
@given(text_pages(), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "utf-8-sig"]))
def test_text_pages_as_bytes(page: str, codec: str) -> None:
    _check(page.encode(codec, errors="replace"))


@FAST
@given(html_pages())
def test_html_pages(page: str) -> None:
    _check(page)


@FAST
@given(html_pages(), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_html_pages_as_bytes(page: str, codec: str) -> None:
    _check(page.encode(codec, errors="replace"))


@FAST
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000)))
def test_arbitrary_input(page: bytes | str) -> None:
    _check(page)
