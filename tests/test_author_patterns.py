"""Author credits as publishers write them: fixture pages and table-driven credit strings.

Each ``tests/fixtures/html_meta_patterns/author_*.html`` page is modelled on a common byline
structure; its ``.expected.json`` gives the parse's ``url`` (under ``_input``) and the
``authors`` (and sometimes ``title``) the whole pipeline must return.

Decisions the cases pin down:
- a news agency credited beside a person stays an author ("Paula Steiger, SDA"): publishers
  list them so; a publication named with an article ("The Washington Post"), a place
  ("Washington", "in Berlin") or the site itself does not;
- the site's own name is the author only when no source names anyone else;
- "Updated by", "Reviewed by", "Photographs by"... name people who did not write the story;
- names written in capitals are title-cased word by word, particles kept low.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.html.authors import clean_authors, split_credit

FIXTURES = Path(__file__).parent / "fixtures" / "html_meta_patterns"


def _names() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("author_*.expected.json"))


def _parse(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    spec = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    page = (FIXTURES / f"{name}.html").read_bytes()
    return spec, newsparse.parse_html(page, url=spec["_input"]["url"]).to_dict()


def test_enough_author_pages() -> None:
    assert len(_names()) >= 20


@pytest.mark.parametrize("name", _names())
def test_author_page(name: str) -> None:
    spec, got = _parse(name)
    assert got["authors"] == spec["authors"]
    if "title" in spec:
        assert got["title"] == spec["title"]


CREDITS = [
    ("By Jane Doe, John Roe and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("Jane Doe, John Roe, and Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),
    ("By Jane Doe and John Roe, The Washington Post", ["Jane Doe", "John Roe"]),
    ("By Jane Doe | Reuters", ["Jane Doe", "Reuters"]),
    ("Paula Steiger, SDA", ["Paula Steiger", "SDA"]),
    ("Jane Doe, Staff Writer", ["Jane Doe"]),
    ("Jane Doe - Staff Reporter", ["Jane Doe"]),
    ("Jane Doe, Senior Political Correspondent", ["Jane Doe"]),
    ("Jane Doe, Opinion contributor", ["Jane Doe"]),
    ("By Jane Doe jane.doe@example.com", ["Jane Doe"]),
    ("By Jane Doe, Twitter: @janedoe", ["Jane Doe"]),
    ("Von Anna Müller und Jan Schmidt", ["Anna Müller", "Jan Schmidt"]),
    ("Von Anna Müller, Korrespondentin in Washington", ["Anna Müller"]),
    ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
    ("Par Marie Dupont, envoyée spéciale à Kiev", ["Marie Dupont"]),
    ("Por María García y José López", ["María García", "José López"]),
    ("Por María García, corresponsal en Bruselas", ["María García"]),
    ("Di Mario Rossi e Luca Bianchi", ["Mario Rossi", "Luca Bianchi"]),
    ("Luigi Di Maio", ["Luigi Di Maio"]),
    ("Door Jan de Vries en Piet Jansen", ["Jan de Vries", "Piet Jansen"]),
    ("Av Kari Nordmann og Ola Nordmann", ["Kari Nordmann", "Ola Nordmann"]),
    ("BY JOHN SMITH and MARY JONES", ["John Smith", "Mary Jones"]),
    ("More by Jane Doe", ["Jane Doe"]),
    ("Alle Artikel von Jane Doe", ["Jane Doe"]),
    ("Teksti: Matti Virtanen", ["Matti Virtanen"]),
    ("By Jane Doe, Ph.D., and John Roe, M.D.", ["Jane Doe", "John Roe"]),
    ("Автор: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
    ("Jane Doe &amp; John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Ph.D.", ["Jane Doe"]),
    ("Jane Doe is a reporter covering politics.", ["Jane Doe"]),
    ("Jane Doe Jane Doe is a senior reporter at Example.", ["Jane Doe"]),
    ("By Jane Doe for The Guardian", ["Jane Doe"]),
    ("Anna Müller, Washington", ["Anna Müller"]),
    ("Jane Doe BBC News, Washington", ["Jane Doe"]),
    ("By Jane Doe Published 3 hours ago", ["Jane Doe"]),
    ("Posted by Jane Doe on March 3, 2024", ["Jane Doe"]),
    ("Veröffentlicht am 19.10.19 um 14:34 Uhr", []),
    ("By Jane Doe 4 min read", ["Jane Doe"]),
    ("By Jane Doe, John Roe March 3, 2024", ["Jane Doe", "John Roe"]),
    ("von Jane Doe 31.10.2023", ["Jane Doe"]),
    ("von Jane Doe, MDR SACHSEN Stand: 28. April 2023, 05:00 Uhr", ["Jane Doe"]),
    ("Telegraph Sport 19 November 2019", []),
    ("Reading time 4 min", []),
    ("Text: Jane Doe · Photos: John Roe", ["Jane Doe"]),
    ("Text and photos by Jane Doe", ["Jane Doe"]),
    ("By Jane Doe. Photographs by John Roe.", ["Jane Doe"]),
    ("Updated by John Roe", []),
    ("Medically reviewed by Dr. Jane Roe", []),
    ("Photography by John Smith", []),
    ("Reuters Staff", []),
    ("Practical Horseman Editorial Staff", []),
    ("Guardian staff reporter", []),
    # A newsroom desk in any language names no person ("Redacción" + a section).
    ("Redacción fama", []),
    ("Rédaction Économie", []),
    ("Redazione Sport", []),
    ("Detroit News wire services Published 11:11 PM EST Nov 19, 2019", []),
    ("Bundesministerium für Wirtschaft", ["Bundesministerium für Wirtschaft"]),
    # A capitalised place or a day after the name ends it; months and other languages'
    # weekdays only before digits ("Jane May", "Jan Freitag" are names).
    ("By Jane Doe In Washington", ["Jane Doe"]),
    ("Jane Doe In Berlin", ["Jane Doe"]),
    ("Jane Doe in Washington and John Roe in London", ["Jane Doe", "John Roe"]),
    ("Jane Doe, Reporter In Washington", ["Jane Doe"]),
    ("Lee In Ho", ["Lee In Ho"]),
    ("Jane Doe Monday", ["Jane Doe"]),
    ("By Jane Doe Monday, March 3", ["Jane Doe"]),
    ("Jane Doe Yesterday at 10:00", ["Jane Doe"]),
    ("Jane Doe Sunday 3 March 2024 10:00", ["Jane Doe"]),
    ("Jane May", ["Jane May"]),
    ("Jan Freitag", ["Jan Freitag"]),
    # "Last, First" when the whole credit is such pairs.
    ("Doe, Jane", ["Jane Doe"]),
    ("By Doe, Jane and Roe, John", ["Jane Doe", "John Roe"]),
    ("Doe, Jane; Roe, John", ["Jane Doe", "John Roe"]),
    ("Doe, Jane M.", ["Jane M. Doe"]),
    ("Müller, Anna und Schmidt, Jan", ["Anna Müller", "Jan Schmidt"]),
    ("Reuters, Washington", ["Reuters"]),
    # Connectives in the languages we meet; a single capital letter is an initial.
    ("Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("Ayşe Yılmaz ve Mehmet Demir", ["Ayşe Yılmaz", "Mehmet Demir"]),
    ("Ana Souza e João Lima", ["Ana Souza", "João Lima"]),
    ("John E Smith", ["John E Smith"]),
    ("Juan Y Garcia", ["Juan Y Garcia"]),
    # A connective inside an organisation's name ("X und Y" of one word each) does not split it.
    (
        "Bundesministerium für Wirtschaft und Klimaschutz",
        ["Bundesministerium für Wirtschaft und Klimaschutz"],
    ),
    ("Jobs & Hire", ["Jobs & Hire"]),
    # Job titles, roles and desks.
    ("Jane Doe, Senior Reporter", ["Jane Doe"]),
    ("Jane Doe - Correspondent", ["Jane Doe"]),
    ("Jane Doe, Washington Correspondent", ["Jane Doe"]),
    ("Jane Doe, Berlin-Korrespondentin", ["Jane Doe"]),
    ("Court Reporter", []),
    ("Newsdesk", []),
    ("신현주 기자", ["신현주"]),
    # Handles, e-mails, agency tails and the contributions of agencies.
    ("Jane Doe @janedoe", ["Jane Doe"]),
    ("Jane Doe (@janedoe)", ["Jane Doe"]),
    ("Von Jane Doe, dpa", ["Jane Doe", "dpa"]),
    ("Von Jane Doe und John Roe, dpa/AFP", ["Jane Doe", "John Roe", "dpa", "AFP"]),
    ("Von Jane Doe dpa", ["Jane Doe"]),
    ("By Jane Doe Reuters", ["Jane Doe"]),
    ("Von Jane Doe, mit Material von dpa", ["Jane Doe"]),
    ("Jane Doe mit Material der dpa", ["Jane Doe"]),
    # Screen-reader labels and photo marks before the name.
    ("Post author By Helge Doe", ["Helge Doe"]),
    # The kind of piece before the writer's name.
    ("Ein Kommentar von Jane Doe", ["Jane Doe"]),
    ("Gastbeitrag: Jane Doe", ["Jane Doe"]),
    ("Analysis by Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Une analyse de Marie Dupont", ["Marie Dupont"]),
    ("Kommentar", []),
    ("Artikel von: Jane Doe", ["Jane Doe"]),
    ("Artikel von:", []),
    ("Artikel von: Jane Doe Bild: John Roe", ["Jane Doe"]),
    ("Red.", []),
    ("Autor*innen", []),
    ("© Jane Doe", ["Jane Doe"]),
    # A user name or initials in lower case name nobody; an agency does.
    ("Sebastian Held, Daniel Hentschel shopname, Germany", ["Sebastian Held", "Daniel Hentschel"]),
    ("uriebe", []),
    ("amw", []),
    ("dpa", ["dpa"]),
    # A one-word credit in capitals is an acronym: its case stays.
    ("BDZV", ["BDZV"]),
    # A credit in capitals after a lead-in in title case: every segment is a name, not an
    # outlet; its connectives and places are in capitals too.
    ("By ERIC TUCKER, JILL COLVIN", ["Eric Tucker", "Jill Colvin"]),
    ("Por ANA LIMA E JOÃO REIS", ["Ana Lima", "João Reis"]),
    ("By STEVE PEOPLES IN WASHINGTON", ["Steve Peoples"]),
    ("LEE IN HO", ["Lee In Ho"]),
    ("By Jane Doe, USA TODAY", ["Jane Doe"]),
]


@pytest.mark.parametrize(("raw", "want"), CREDITS)
def test_credit_strings(raw: str, want: list[str]) -> None:
    assert split_credit(raw) == want


def test_site_credit_refused_beside_a_person() -> None:
    assert clean_authors(["Jane Doe", "Coastal Herald"], {"coastalherald"}) == ("Jane Doe",)
    assert clean_authors(["The Coastal Herald", "Jane Doe"], {"coastalherald"}) == ("Jane Doe",)
    assert clean_authors(["Coastal Herald Online"], {"coastalherald"}) == ()


# Leftovers: an inverted name with a role after it, an inverted name joined to a plain one,
# and an outlet in capitals after the names.
@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Doe, Jane, Staff Writer", ("Jane Doe",)),
        ("Smith, John and Jane Doe", ("John Smith", "Jane Doe")),
        ("Jane Doe, USA TODAY", ("Jane Doe",)),
        ("By Jane Doe and John Roe, USA TODAY", ("Jane Doe", "John Roe")),
        ("STEVE PEOPLES, THOMAS BEAUMONT", ("Steve Peoples", "Thomas Beaumont")),
        ("Jane Doe, AP", ("Jane Doe", "AP")),
    ],
)
def test_credit_leftovers(raw: str, want: tuple[str, ...]) -> None:
    assert clean_authors([raw]) == want


def test_german_compound_role_after_name() -> None:
    assert clean_authors(["Holger Zschäpitz Leitender Wirtschaftsredakteur"]) == ("Holger Zschäpitz",)
