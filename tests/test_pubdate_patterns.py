"""Published dates on pages modelled on common CMS structures (tests/fixtures/html_dates).

Each fixture is a small page written for this suite after a structure many publishers share:
WordPress, Arc XP, Next.js, Drupal, Gannett, Brightspot, Blogger, schema.org graphs, and
date lines in several languages. The table gives each page's URL and its published date.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html_dates"
# A fixed crawl date: the pages' dates must not depend on the day the suite runs.
REFERENCE = dt.date(2026, 11, 28)
SITE = "https://news.example/section/story-slug"

# (fixture, page URL, published day or None when the page states no date of its own)
CASES: tuple[tuple[str, str, dt.date | None], ...] = (
    ("wp_entry_date.html", SITE, dt.date(2024, 3, 12)),
    ("arc_fusion_script.html", SITE, dt.date(2024, 3, 12)),
    ("next_flight_escaped.html", SITE, dt.date(2024, 3, 11)),
    ("drupal7_rdfa.html", SITE, dt.date(2024, 3, 12)),
    ("drupal9_field_created.html", SITE, dt.date(2024, 3, 12)),
    ("gannett_data_attrs.html", SITE, dt.date(2024, 3, 12)),
    ("epoch_ms_attr.html", SITE, dt.date(2024, 3, 12)),
    ("jsonld_graph_image_first.html", SITE, dt.date(2024, 3, 12)),
    ("jsonld_related_first.html", SITE, dt.date(2024, 3, 12)),
    ("microdata_meta_in_body.html", SITE, dt.date(2024, 3, 12)),
    ("updated_above_published.html", SITE, dt.date(2024, 3, 12)),
    ("rail_times_before_story.html", SITE, dt.date(2024, 3, 12)),
    ("de_label_veroeffentlicht.html", SITE, dt.date(2024, 3, 3)),
    ("fr_label_publie.html", SITE, dt.date(2024, 3, 12)),
    ("es_date_under_headline.html", SITE, dt.date(2024, 3, 12)),
    ("pt_publicado_em.html", SITE, dt.date(2024, 3, 12)),
    ("it_pubblicato_il.html", SITE, dt.date(2024, 3, 12)),
    ("nl_gepubliceerd_op.html", SITE, dt.date(2024, 3, 12)),
    ("tr_yayinlanma.html", SITE, dt.date(2024, 3, 12)),
    ("de_numeric_dayfirst.html", SITE, dt.date(2026, 1, 6)),
    ("fr_numeric_slashes.html", SITE, dt.date(2026, 1, 6)),
    ("url_path_only.html", "https://trail.example/2024/03/12/ten-years-of-the-trail/", dt.date(2024, 3, 12)),
    ("copyright_only.html", "https://lakeside.example/about-our-newsroom", None),
    ("blogger_abbr.html", "https://fieldnotes.example/2024/03/first-swallows.html", dt.date(2024, 3, 12)),
    ("script_epoch_published.html", SITE, dt.date(2024, 3, 12)),
    ("brightspot_date_class.html", SITE, dt.date(2024, 3, 12)),
    ("rare_meta_name.html", SITE, dt.date(2024, 3, 12)),
    ("en_gb_numeric.html", SITE, dt.date(2026, 1, 6)),
    ("en_domain_numeric.html", "https://www.westernplains.nsw.gov.au/news/roads", dt.date(2025, 2, 4)),
    (
        "guardian_url_month.html",
        "https://review.example/travel/2024/mar/12/night-trains",
        dt.date(2024, 3, 12),
    ),
    ("epoch_meta.html", SITE, dt.date(2024, 3, 12)),
    ("year_only_values.html", SITE, None),
    ("wp_date_badge.html", SITE, dt.date(2024, 3, 12)),
    ("rail_dates_before_story.html", SITE, dt.date(2024, 3, 12)),
    ("joomla_created.html", SITE, dt.date(2024, 3, 12)),
    ("wix_title_attr.html", SITE, dt.date(2024, 3, 12)),
    ("ko_input_label.html", SITE, dt.date(2024, 3, 12)),
    ("zh_fabu_label.html", SITE, dt.date(2024, 3, 12)),
    ("pl_data_publikacji.html", SITE, dt.date(2024, 3, 12)),
    ("bare_div_header.html", SITE, dt.date(2024, 3, 12)),
    ("caption_before_byline.html", SITE, dt.date(2025, 11, 6)),
    ("card_links_before_story.html", SITE, dt.date(2024, 3, 12)),
    ("header_time_relative.html", SITE, dt.date(2024, 3, 12)),
    ("masthead_h1_clock.html", SITE, dt.date(2024, 3, 12)),
    ("lt_paskelbta_metai.html", SITE, dt.date(2024, 3, 12)),
    ("ko_dotted_numeric.html", SITE, dt.date(2024, 3, 12)),
    ("logo_h1_before_story_h1.html", SITE, dt.date(2024, 3, 12)),
    ("related_cards_in_article.html", SITE, dt.date(2024, 3, 12)),
    ("wp_time_updated.html", SITE, dt.date(2024, 3, 12)),
    ("wp_time_updated_same_day.html", SITE, dt.date(2024, 3, 12)),
    ("en_updated_line.html", SITE, dt.date(2024, 3, 12)),
    ("de_aktualisiert_am.html", SITE, dt.date(2024, 3, 12)),
    ("fr_mis_a_jour.html", SITE, dt.date(2024, 3, 12)),
    ("data_updated_attr.html", SITE, dt.date(2024, 3, 12)),
    ("updated_before_published.html", SITE, dt.date(2024, 3, 12)),
    ("jsonld_modified_over_shown.html", SITE, dt.date(2024, 3, 12)),
    ("teaser_footer_times.html", "https://stadtfunk.example/2024/03/12/neue-radwege/", dt.date(2024, 3, 12)),
    # The state's own story key, not its teasers' (which come after it).
    ("nuxt_first_publication.html", SITE, dt.date(2024, 3, 12)),
    ("pl_maja_header.html", SITE, dt.date(2024, 5, 3)),
    # A wiki page states only when it was last edited: the closest bound there is.
    ("wiki_last_edited.html", SITE, dt.date(2018, 6, 17)),
    # Related cards whose headline is an <h5> inside the link are other stories' teasers.
    ("teaser_h5_cards.html", SITE, dt.date(2019, 11, 20)),
    # Bengali month name (vowel signs and virama) and digits on a page that says "en-US".
    ("bn_native_digits_header.html", SITE, dt.date(2020, 8, 29)),
    # UTC metadata, a URL of the day before, and the local moment in the page's script.
    ("utc_meta_local_script.html", "https://post.example/2023/11/08/metro/budget/", dt.date(2023, 11, 8)),
    # The header shows only the change of the next day: readers see that day.
    ("header_shows_change.html", SITE, dt.date(2022, 1, 26)),
    # A live ticker's change of months later does not date its first publication.
    ("live_ticker_change.html", SITE, dt.date(2023, 10, 7)),
    # A header that holds the headline and, in its top bar, today's clock as a <time>.
    ("header_topbar_clock.html", SITE, dt.date(2020, 4, 27)),
    # "Published 1 day ago" and nothing else: a day before the crawl date the caller gives.
    ("relative_header_only.html", SITE, REFERENCE - dt.timedelta(days=1)),
    # The first <time> is labelled "Updated:" in the text before it: the change, not the story.
    ("time_updated_label_first.html", SITE, dt.date(2024, 3, 12)),
)


def published_day(name: str, url: str) -> dt.date | None:
    article = parse_html((FIXTURES / name).read_bytes(), url=url, reference_date=REFERENCE)
    value = article.published
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(("name", "url", "want"), CASES, ids=[case[0] for case in CASES])
def test_published_day(name: str, url: str, want: dt.date | None) -> None:
    assert published_day(name, url) == want


def test_every_fixture_has_a_case() -> None:
    assert {path.name for path in FIXTURES.glob("*.html")} == {case[0] for case in CASES}


def _parse(name: str, url: str = SITE) -> Any:
    return parse_html((FIXTURES / name).read_bytes(), url=url, reference_date=REFERENCE)


def test_local_moment_keeps_the_page_offset_and_the_instant() -> None:
    article = _parse("utc_meta_local_script.html", "https://post.example/2023/11/08/metro/budget/")
    assert article.published == dt.datetime(2023, 11, 9, 3, 28, 35, tzinfo=dt.timezone.utc)
    assert article.published.utcoffset() == dt.timedelta(hours=-5)  # type: ignore[union-attr]


def test_utc_moment_stays_without_a_url_of_the_day_before() -> None:
    # The same page under a URL of the UTC day: nothing says the local day differs.
    article = _parse("utc_meta_local_script.html", "https://post.example/2023/11/09/metro/budget/")
    assert article.published.utcoffset() == dt.timedelta(0)  # type: ignore[union-attr]


def test_shown_change_keeps_the_modified_moment() -> None:
    article = _parse("header_shows_change.html")
    assert article.modified == dt.datetime(2022, 1, 26, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_relative_date_needs_the_callers_reference() -> None:
    # Without a crawl date, "1 day ago" would be read against today's clock: no date instead.
    article = parse_html((FIXTURES / "relative_header_only.html").read_bytes(), url=SITE)
    assert article.published is None
    crawled = parse_html(
        (FIXTURES / "relative_header_only.html").read_bytes(), url=SITE, reference_date=dt.date(2019, 11, 20)
    )
    assert crawled.published == dt.date(2019, 11, 19)
    assert crawled.sources["published"] == "relative"
