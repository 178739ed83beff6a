"""Titles as pages state them: fixture pages and table-driven ``strip_site`` cases.

Each ``tests/fixtures/html_meta_patterns/title_*.html`` page is modelled on a common way of
writing the document title (a site suffix or prefix behind "|", " - ", " – ", "«", "::",
":" or "｜", a section between headline and site, a ``<title>`` that is only the site's
name, an ``<h1>`` that is the logo); its ``.expected.json`` gives the ``url`` and ``title``.
Colons and dashes inside the headline stay ("Biden: 'We will act'", "Covid-19 - what we know").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse.html.titles import site_tokens, strip_site

FIXTURES = Path(__file__).parent / "fixtures" / "html_meta_patterns"


def _names() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("title_*.expected.json"))


def test_enough_title_pages() -> None:
    assert len(_names()) >= 10


@pytest.mark.parametrize("name", _names())
def test_title_page(name: str) -> None:
    spec = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    page = (FIXTURES / f"{name}.html").read_bytes()
    assert newsparse.parse_html(page, url=spec["_input"]["url"]).title == spec["title"]


H = "Harbour bridge reopens after repairs"
STRIPS = [
    (f"{H} | Coastal Herald", "Coastal Herald", None, H),
    (f"{H} « Coastal Herald", "Coastal Herald", None, H),
    (f"{H} :: Coastal Herald", "Coastal Herald", None, H),
    (f"{H} — Coastal Herald", "Coastal Herald", None, H),
    (f"Coastal Herald: {H}", "Coastal Herald", None, H),
    (f"Coastal Herald | {H}", "Coastal Herald", None, H),
    (f"{H} | Politics | Coastal Herald", "Coastal Herald", None, H),
    (f"{H} | coastalherald.com", None, "https://www.coastalherald.com/x", H),
    (f"{H} - NU.nl", None, "https://www.nu.nl/x", H),
    (f"{H} - The Wall Street Journal", None, "https://www.wsj.com/x", H),
    (f"{H} - Los Angeles Times", None, "https://www.latimes.com/x", H),
    ("Covid-19 - what we know | Coastal Herald", "Coastal Herald", None, "Covid-19 - what we know"),
    ("Covid-19 - What We Know | Coastal Herald", "Coastal Herald", None, "Covid-19 - What We Know"),
    ("Biden: 'We will act' | Coastal Herald", "Coastal Herald", None, "Biden: 'We will act'"),
    ("Herald readers: what we learned", "Coastal Herald", None, "Herald readers: what we learned"),
    ("Brexit: what now? - Politics", None, "https://www.example.com/x", "Brexit: what now? - Politics"),
    # A separator a template leaves when its site name is empty; quotes stay.
    (f"{H} -", None, "https://www.example.com/x", H),
    (f"| {H}", None, "https://www.example.com/x", H),
    ("»Einfach kein Geld mehr«", None, "https://www.example.com/x", "»Einfach kein Geld mehr«"),
]


@pytest.mark.parametrize(("title", "site", "url", "want"), STRIPS)
def test_strip_site(title: str, site: str | None, url: str | None, want: str) -> None:
    assert strip_site(title, site_tokens([site], url)) == want
