"""End-to-end robustness: the pipeline's last line of defence, odd input objects, limits,
and regression tests for what the fuzzer and the hostile corpus found."""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import time

import pytest

import newsparse
from newsparse import Article, Settings
from newsparse.load import MAX_ATTRIBUTES, defuse_markup, sniff_kind

STORY = (
    "Port traffic rises for third month\n\n"
    "ROTTERDAM, April 12 (Reuters) - The port authority said on Tuesday that container traffic "
    "rose for a third month in a row.\n\n"
    "Volumes reached 812,000 units in March, up 6.4 percent from a year earlier.\n\n"
    "(Reporting by Anna Berg; Editing by Mark Potter)\n"
)
PAGE = (
    "<html><head><title>Port traffic rises | Example News</title></head><body>"
    "<article><h1>Port traffic rises for third month</h1>"
    "<p>ROTTERDAM, April 12 (Reuters) - The port authority said on Tuesday that container "
    "traffic rose for a third month in a row, helped by a rebound in shipments.</p>"
    "<p>Volumes reached 812,000 units in March, up 6.4 percent from a year earlier, the "
    "authority said in a statement.</p></article></body></html>"
)


def _explode(*args: object, **kwargs: object) -> None:
    raise ZeroDivisionError("deliberate bug in an extractor")


@pytest.mark.parametrize("page", [STORY, PAGE])
def test_a_bug_in_an_extractor_costs_a_warning_not_the_page(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Needs api._run to go through load.guarded (see docs/robustness.md, The guard)."""
    from newsparse.fields import credit

    monkeypatch.setattr(credit, "find", _explode)
    article = newsparse.parse(page)
    assert any("ZeroDivisionError" in w for w in article.warnings)
    assert any("container traffic rose" in p for p in article.paragraphs)


def test_recursion_error_in_a_door_is_salvaged(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsparse.text as text_door

    def deep(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(text_door, "read_text", deep)
    article = newsparse.parse(STORY)
    assert "RecursionError" in article.warnings[0]
    assert article.paragraphs[0] == "Port traffic rises for third month"


def test_long_metadata_is_capped_by_settings() -> None:
    page = PAGE.replace("<title>", "<title>" + "Very long title words " * 2000)
    article = newsparse.parse(page, settings=Settings(max_field_chars=300))
    for value in (article.title, article.headline, article.description):
        assert value is None or len(value) <= 300


def test_output_is_valid_unicode_whatever_the_markup_says() -> None:
    page = PAGE.replace(
        "</article>",
        "<p>a&#0;b&#xD800;c&#x1;d&#x7f;e plus enough words to count as a paragraph of prose.</p></article>",
    ).replace("<head>", '<head><script type="application/ld+json">{"headline": "x\\ud800y\\u0000"}</script>')
    article = newsparse.parse(page)
    encoded = article.to_json().encode("utf-8")
    assert Article.from_json(encoded.decode("utf-8")) == article
    assert "\x00" not in encoded.decode("utf-8") and "\\u0000" not in article.to_json()


# --- input objects ---


def test_lxml_inputs_of_every_shape() -> None:
    from lxml import etree, html

    root = html.fromstring(PAGE)
    for page in (root, root.getroottree(), root.find(".//article")):
        article = newsparse.parse(page)
        assert any("container traffic" in p for p in article.paragraphs)
    comment = etree.Comment("just a comment")
    with contextlib.suppress(newsparse.NewsparseError):
        newsparse.parse(comment)


def test_beautifulsoup_input() -> None:
    bs4 = pytest.importorskip("bs4")
    article = newsparse.parse(bs4.BeautifulSoup(PAGE, "html.parser"))
    assert any("container traffic" in p for p in article.paragraphs)


def test_xml_declaration_in_a_str_page() -> None:
    article = newsparse.parse('<?xml version="1.0" encoding="utf-8"?>\n' + PAGE)
    assert any("container traffic" in p for p in article.paragraphs)


def test_parse_html_and_parse_text_on_the_wrong_kind_never_crash() -> None:
    for page in (STORY, PAGE, "<", "<!-- x -->", "&#0;", "\x00a"):
        for entry in (newsparse.parse_html, newsparse.parse_text):
            with contextlib.suppress(newsparse.NewsparseError):
                entry(page)


# --- regressions from the hostile corpus and the fuzzer ---


def _seconds(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def _grows_linearly(build: object, small: int) -> bool:
    """Eight times the input may cost at most 24 times the time (quadratic costs 64)."""
    little = min(_seconds(lambda: build(small)) for _ in range(3))  # type: ignore[operator]
    large = min(_seconds(lambda: build(small * 8)) for _ in range(3))  # type: ignore[operator]
    return large <= 24 * little


def test_sniffing_many_leading_comments_is_linear() -> None:
    """Was ``(?:<!--.{0,2000}?-->\\s*)*``: exponential in the number of comments."""
    assert _grows_linearly(lambda n: sniff_kind("<!---->" * n + "x"), 500)


def test_chrome_flood_at_the_top_of_a_text_page_is_linear() -> None:
    """Was quadratic: every chrome line rescanned all the lines kept before it."""
    assert _grows_linearly(lambda n: newsparse.parse("Menu\n" * n + STORY), 1000)


def test_tags_with_thousands_of_attributes_are_defused() -> None:
    """libxml2 compares each new attribute with all earlier ones: quadratic in their number."""
    crowded = "<div " + " ".join(f"a{i}=1" for i in range(MAX_ATTRIBUTES + 1)) + ">x</div>"
    assert defuse_markup(crowded) == "<div>x</div>"
    normal = "<div class=\"a\" id=b data-x='1 > 2' hidden>x</div>"
    assert defuse_markup(normal) == normal
    assert _grows_linearly(
        lambda n: newsparse.parse(
            PAGE.replace("<article>", "<div " + " ".join(f"a{i}" for i in range(n)) + ">")
        ),
        2000,
    )


def test_deeply_nested_json_ld_keeps_the_rest_of_the_metadata() -> None:
    """json.loads raises RecursionError (not ValueError) on deep nesting."""
    page = PAGE.replace(
        "<head>",
        '<head><script type="application/ld+json">' + "[" * 50_000 + "]" * 50_000 + "</script>",
    )
    article = newsparse.parse(page)
    assert not any("internal error" in w for w in article.warnings), article.warnings
    assert article.headline


def test_dates_of_absurd_size_or_value() -> None:
    for value in ("1" * 100_000, "99999999999999999999-01-01", "0000-00-00", "2024-13-45", "-1"):
        meta = f'<meta property="article:published_time" content="{value}">'
        article = newsparse.parse(PAGE.replace("<head>", "<head>" + meta))
        assert article.published is None or 1900 <= article.published.year <= 2100


def test_dateline_dates_are_real_dates() -> None:
    for dateline in ("PARIS, Feb 30 (AFP) - ", "NEW YORK, Feb 29 - ", "LONDON, Sept. 31 (Reuters) - "):
        page = STORY.replace("ROTTERDAM, April 12 (Reuters) - ", dateline)
        article = newsparse.parse(page, reference_date=_dt.date(2023, 3, 1))
        if article.dateline is not None and article.dateline.date is not None:
            assert json.loads(article.to_json())["dateline"]["date"] == article.dateline.date.isoformat()
            assert str(article.dateline.date.day) in article.dateline.raw
