"""Chrome that leaks into a story when no class name flags it, and story the walk used to
lose: share, follow and advert labels standing alone; a subscription appeal and a named
newsletter's box; a messenger-channel invitation set inside the story; teaser cards whose
titles sit in unread ``<header>``s; a blog whose headline is its own permalink; a data table
right after the story. Also the precision probe's detectors (``benchmarks/leaks.py``).

The fixtures under ``fixtures/html_content/`` are hand-written pages modelled on such
templates.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsparse import parse_html
from newsparse.html.clean import is_chrome_label, is_chrome_text

FIXTURES = Path(__file__).parent / "fixtures" / "html_content"


def paragraphs(name: str) -> list[str]:
    return list(parse_html((FIXTURES / name).read_bytes()).paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "Seite teilen:",
        "Share",
        "Share this article",
        "Sharing is caring!",
        "Like this story? Share it with a friend!",
        "Folgen Sie uns auf Twitter Liken Sie uns auf Facebook",
        "Follow us on Twitter @citylive",
        "Anzeige",
        "Anzeige symplr",
        "Advertisement",
        "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
        "Embed",
        "Video | Truppen nehmen Tanker ein",
    ],
)
def test_labels_of_share_bars_and_advert_slots(text: str) -> None:
    assert is_chrome_label(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sie teilen dieselben Werte.",
        "Share prices fell sharply on Monday.",
        "Follow the money",
        "Werbung wirkt bei jungen Leuten kaum, sagt die Studie.",
        "Sponsored by the city council, the event drew 3,000 people.",
        "Teilen ist das neue Haben",
        "Embedded in the report was a warning about the budget.",
        "Share " + "this article " * 10,  # longer than any label
    ],
)
def test_sentences_that_use_the_same_words_are_not_labels(text: str) -> None:
    assert not is_chrome_label(text)


def test_label_lines_inside_the_story_are_dropped() -> None:
    found = paragraphs("label_lines.html")
    assert not any(p in ("Seite teilen:", "Anzeige symplr") or p.startswith("Folgen Sie") for p in found)
    assert len(found) == 5  # every story paragraph, the one that says "Sie teilen sich" too
    assert any("Sie teilen sich künftig" in p for p in found)
    assert found[-1].startswith("Die Brücke ist rund um die Uhr")


def test_promo_boxes_and_appeals_stay_out() -> None:
    found = paragraphs("promo_boxes.html")
    assert [p.split()[0] for p in found] == ["The", "Under", "Opponents", "Building"]


def test_teaser_cards_with_unread_headers_stay_out() -> None:
    found = paragraphs("header_cards.html")
    assert len(found) == 3
    assert found[-1].startswith("Offen ist noch")


def test_a_permalink_headline_still_anchors_the_story_under_it() -> None:
    article = parse_html((FIXTURES / "permalink_headline.html").read_bytes())
    assert article.headline == "Alte Handyspiele im Emulator"
    assert article.paragraphs[0].startswith("Neulich wollte ich")
    assert not any("Drucksperre" in p or "auszudrucken" in p for p in article.paragraphs)


def test_a_data_table_after_the_story_is_part_of_it() -> None:
    found = paragraphs("data_table.html")
    assert found[:3] == [p for p in found if len(p) > 60]
    assert {"Gran Reserva", "Mindestlagerzeit Rotwein", "60 Monate", "davon im Fass"} <= set(found)
    assert not any("AGB" in p or "Bodega" in p or p == "Erzeuger" for p in found)


def _leaks() -> ModuleType:
    path = Path(__file__).parent.parent / "benchmarks" / "leaks.py"
    spec = importlib.util.spec_from_file_location("leaks_probe", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("leaks_probe", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("text", "flag", "expected"),
    [
        ("Seite teilen:", "share", True),
        ("Sharing is caring!", "share", True),
        ("Sie teilen dieselben Werte, beide stehen für eine lebendige Stadt.", "share", False),
        ('"Kurbanını Paylaş Kardeşinle Yakınlaş"', "share", False),
        ("Was this email forwarded to you? Sign up here.", "login", True),
        ("Jetzt anmelden!", "login", True),
        ("If you just want Disney+, you can sign up for a free 7-day trial.", "login", False),
        ("Hier finden Sie das vollständige Programm und können sich anmelden:", "login", False),
    ],
)
def test_probe_flags_labels_not_sentences(text: str, flag: str, expected: bool) -> None:
    assert (flag in _leaks().leak_flags(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stay informed with City Live. Get in-depth reporting for only N$85 a month. Subscribe now!", True),
        ("Der BR24 Newsletter informiert Sie immer montags bis freitags über das Wichtigste vom Tag.", True),
        ("We’d like to hear what you think about this or any of our articles. Here are some tips.", True),
        ("Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: briefe@x.de", True),
        ("Write to Al Root at allen.root@example.com", True),
        ("The club said it would write to all members at the end of the month about the new fees.", False),
        ("Tickets cost $30 for adults, and children under 12 get in for only $5 a head at the gate.", False),
    ],
)
def test_appeals_and_invitations_by_their_wording(text: str, expected: bool) -> None:
    assert is_chrome_text(text) is expected


def test_a_story_paragraph_quoting_a_trademark_notice_stays() -> None:
    quote = (
        "The companies said in a filing that the names, which are registered trademarks of the studio, "
        "would be licensed for ten years, and that the deal would close in the second quarter after "
        "regulators in Washington and Brussels had reviewed it, a process analysts expect to take months "
        "because both authorities have opened wider inquiries into the industry this year."
    )
    page = (
        "<html><body><article><h1>Studio licenses its names</h1>"
        "<p>The studio licensed its characters to a toy maker on Monday, the companies said.</p>"
        f"<p>{quote}</p><p>Shares of the toy maker rose 4% in early trading on the news.</p>"
        "</article></body></html>"
    )
    assert quote in parse_html(page).paragraphs
