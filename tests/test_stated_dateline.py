"""A dateline the page states in JSON-LD fills ``dateline`` when the story shows none."""

from __future__ import annotations

import json

import pytest

import newsparse
from newsparse.fields import dateline


def _page(stated: str, lead: str) -> str:
    ld = json.dumps({"@type": "NewsArticle", "headline": "Mourinho agrees deal", "dateline": stated})
    return (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><article>'
        f"<h1>Mourinho agrees deal</h1><p>{lead}</p>"
        "<p>The club confirmed the appointment on Wednesday after talks that ran all week.</p>"
        "</article></body></html>"
    )


def test_the_stated_dateline_fills_in_when_the_story_has_none() -> None:
    article = newsparse.parse_html(_page("London, UK", "Jose Mourinho has agreed a deal to manage the club."))
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.city, article.dateline.region) == (
        "London, UK",
        "London",
        "UK",
    )
    assert article.sources["dateline"] == "json-ld"


def test_the_story_own_dateline_wins() -> None:
    article = newsparse.parse_html(_page("London, UK", "MANCHESTER (Reuters) - Mourinho agreed a deal."))
    assert article.dateline is not None
    assert (article.dateline.city, article.dateline.agency) == ("MANCHESTER", "Reuters")
    assert article.sources["dateline"] == "dateline"


@pytest.mark.parametrize(
    ("stated", "city", "region", "agency"),
    [
        ("LOS ANGELES (Reuters)", "LOS ANGELES", None, "Reuters"),
        ("(Reuters)", None, None, "Reuters"),
        ("NAPA COUNTY, Calif. (KGO) --", "NAPA COUNTY", "Calif.", "KGO"),
        ("WASHINGTON", "WASHINGTON", None, None),
    ],
)
def test_stated_forms(stated: str, city: str | None, region: str | None, agency: str | None) -> None:
    found = dateline.stated(stated, None)
    assert found is not None
    assert (found.city, found.region, found.agency) == (city, region, agency)


@pytest.mark.parametrize("stated", ["", "Yes", "true", "Washington", "The dateline is here and long"])
def test_stated_values_that_are_no_datelines(stated: str) -> None:
    assert dateline.stated(stated, None) is None
