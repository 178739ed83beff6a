"""Focused tests of the field grammars, positives and the negatives that must not match.

Each grammar is exercised directly (no page assembly): the dateline finder, the credit
reader and name splitter, the headline label splitter, the date helpers, the chrome table
and the paragraph joiner. Known grammar bugs are strict xfails with the reason stated.
"""

from __future__ import annotations

import datetime as _dt

import pytest

import newsparse
from newsparse import chrome
from newsparse.fields import byline, credit, dateline, dates, headline
from newsparse.model import Update
from newsparse.text.paragraphs import paragraphs, wrap_width

REF = _dt.date(2024, 3, 10)
D = _dt.date

# --- dateline.find -----------------------------------------------------------------------

# text -> (raw, city, region, agency, date, weekday); read against REF.
DATELINES = {
    "BERGEN, June 4 - Pilots voted": ("BERGEN, June 4 -", "BERGEN", None, None, D(2024, 6, 4), None),
    "BANGOR, Maine, Oct 12 - Lobster": (
        "BANGOR, Maine, Oct 12 -",
        "BANGOR",
        "Maine",
        None,
        D(2023, 10, 12),
        None,
    ),
    "Lisbon, Tuesday, 14 March 2023 - Trams": (
        "Lisbon, Tuesday, 14 March 2023 -",
        "Lisbon",
        None,
        None,
        D(2023, 3, 14),
        "Tuesday",
    ),
    "SYDNEY, Feb. 3 (Reuters) - The dollar": (
        "SYDNEY, Feb. 3 (Reuters) -",
        "SYDNEY",
        None,
        "Reuters",
        D(2024, 2, 3),
        None,
    ),
    "DENVER (AP) — A fire": ("DENVER (AP) —", "DENVER", None, "AP", None, None),
    "DENVER (AP) -- A fire": ("DENVER (AP) --", "DENVER", None, "AP", None, None),
    "March 17 (Reuters) - Oil fell": ("March 17 (Reuters) -", None, None, "Reuters", D(2024, 3, 17), None),
    "(Reuters) - Shares rose": ("(Reuters) -", None, None, "Reuters", None, None),
    "AFP - A glacier": ("AFP -", None, None, "AFP", None, None),
    # A broadcaster's call sign is its agency, with or without a place.
    "(KRON) — A wolf": ("(KRON) —", None, None, "KRON", None, None),
    "Tampa (WFLA) — A storm": ("Tampa (WFLA) —", "Tampa", None, "WFLA", None, None),
    "ATLANTA (WSB-TV) - A fire": ("ATLANTA (WSB-TV) -", "ATLANTA", None, "WSB-TV", None, None),
    "BEIRUT/THE HAGUE, March 7 (Reuters) - Judges": (
        "BEIRUT/THE HAGUE, March 7 (Reuters) -",
        "BEIRUT/THE HAGUE",
        None,
        "Reuters",
        D(2024, 3, 7),
        None,
    ),
    "TOKYO, Sept. 22 (Reuters) - Output": (
        "TOKYO, Sept. 22 (Reuters) -",
        "TOKYO",
        None,
        "Reuters",
        D(2023, 9, 22),
        None,
    ),
    "ZURICH, Narch 12 (Reuters) - Watches": (
        "ZURICH, Narch 12 (Reuters) -",
        "ZURICH",
        None,
        "Reuters",
        D(2024, 3, 12),
        None,
    ),
    "NAIROBI, 9 May (AFP) - Tea": ("NAIROBI, 9 May (AFP) -", "NAIROBI", None, "AFP", D(2024, 5, 9), None),
    "ROME, April 2 (Reuters) – The house": (
        "ROME, April 2 (Reuters) –",
        "ROME",
        None,
        "Reuters",
        D(2024, 4, 2),
        None,
    ),
    "SAN JUAN, Puerto Rico, Aug 8 (Reuters) - The": (
        "SAN JUAN, Puerto Rico, Aug 8 (Reuters) -",
        "SAN JUAN",
        "Puerto Rico",
        "Reuters",
        D(2024, 8, 8),
        None,
    ),
    "WINSTON-SALEM, N.C. (AP) — A plant": (
        "WINSTON-SALEM, N.C. (AP) —",
        "WINSTON-SALEM",
        "N.C.",
        "AP",
        None,
        None,
    ),
    "tallinn, June 3 - Estonia": ("tallinn, June 3 -", "tallinn", None, None, D(2024, 6, 3), None),
    "FARMINGTON Conn., March 3 - Calumet": (
        "FARMINGTON Conn., March 3 -",
        "FARMINGTON",
        "Conn.",
        None,
        D(2024, 3, 3),
        None,
    ),
    "LONDON - Prices fell": ("LONDON -", "LONDON", None, None, None, None),
    "Washington, Dec. 30 -- The": ("Washington, Dec. 30 --", "Washington", None, None, D(2023, 12, 30), None),
    "SEOUL, Dec 30 (Yonhap) -- Exports": (
        "SEOUL, Dec 30 (Yonhap) --",
        "SEOUL",
        None,
        "Yonhap",
        D(2023, 12, 30),
        None,
    ),
    # A weekday run into its date without a comma, with or without the year's comma.
    "LONDON, Tuesday 3 March 2015 (Reuters) - A storm": (
        "LONDON, Tuesday 3 March 2015 (Reuters) -",
        "LONDON",
        None,
        "Reuters",
        D(2015, 3, 3),
        "Tuesday",
    ),
    "Leeds, Friday March 6, 2015 - Rain": (
        "Leeds, Friday March 6, 2015 -",
        "Leeds",
        None,
        None,
        D(2015, 3, 6),
        "Friday",
    ),
    "c CHICAGO, March 9 - Johnson": ("CHICAGO, March 9 -", "CHICAGO", None, None, D(2024, 3, 9), None),
    "LONDON, March 12 (Reuters)- Shares": (
        "LONDON, March 12 (Reuters) -",
        "LONDON",
        None,
        "Reuters",
        D(2024, 3, 12),
        None,
    ),
}


@pytest.mark.parametrize("text", list(DATELINES))
def test_dateline_forms(text: str) -> None:
    found = dateline.find(text, REF)
    assert found is not None, text
    d = found.dateline
    assert (d.raw, d.city, d.region, d.agency, d.date, d.weekday) == DATELINES[text]


def test_dateline_end_points_at_the_story() -> None:
    text = "SYDNEY, Feb. 3 (Reuters) - The dollar slipped."
    found = dateline.find(text, REF)
    assert found is not None
    assert text[found.end :] == "The dollar slipped."


def test_dateline_year_given_is_reported() -> None:
    given = dateline.find("Lisbon, Tuesday, 14 March 2023 - Trams", REF)
    missing = dateline.find("BERGEN, June 4 - Pilots", REF)
    assert given is not None and given.year_given
    assert missing is not None and not missing.year_given


def test_dateline_without_reference_keeps_no_date() -> None:
    found = dateline.find("OSLO, June 4 (Reuters) - Pilots", None)
    assert found is not None
    assert found.dateline.city == "OSLO" and found.dateline.date is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe WASHINGTON (Reuters) - Oil rose", "Jane Doe"),
        ("By Jane Doe and John Roe NEW YORK, Dec 30 (Reuters) - Oil rose", "Jane Doe and John Roe"),
        ("By Jane M. Doe LONDON (Reuters) - Oil rose", "Jane M. Doe"),
    ],
)
def test_a_title_case_byline_ends_where_the_upper_case_place_starts(text: str, names: str) -> None:
    found = dateline.find(text, REF)
    assert found is not None
    assert found.byline == names
    assert found.dateline.agency == "Reuters"
    assert found.dateline.city in ("WASHINGTON", "NEW YORK", "LONDON")


def test_a_sentence_opening_with_by_stays_in_the_story() -> None:
    article = newsparse.parse_text(
        "Markets wobble\n\nBy Friday, Smith had left the company.\n\nShares fell.\n"
    )
    assert article.paragraphs[0] == "By Friday, Smith had left the company."
    assert article.authors == ()


def test_byline_run_into_dateline_is_split_off() -> None:
    found = dateline.find("By MARTA KOWALCZYK     SANDUSKY, Ohio (AP) -- A ferry operator", REF)
    assert found is not None
    assert found.byline == "MARTA KOWALCZYK"
    assert found.dateline.raw == "SANDUSKY, Ohio (AP) --"
    assert (found.dateline.city, found.dateline.region) == ("SANDUSKY", "Ohio")


@pytest.mark.parametrize(
    "text",
    [
        "By JOHN DOE, AP Business Writer     NEW YORK (AP) -- Stocks rose",
        "By JOHN DOE, Associated Press Writer NEW YORK (AP) -- Stocks rose",
        "AP Sports Writer NEW YORK (AP) -- Stocks rose",
    ],
)
def test_a_bylines_job_title_is_not_the_place(text: str) -> None:
    found = dateline.find(text, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.city) == ("NEW YORK (AP) --", "NEW YORK")
    assert found.byline in (None, "JOHN DOE, AP Business Writer", "JOHN DOE, Associated Press Writer")


def test_syndicator_lead_in_gives_way_to_the_story_dateline() -> None:
    found = dateline.find("Canadian Press - BAIKONUR, Kazakhstan (AP) - A rocket", REF)
    assert found is not None
    assert (found.dateline.city, found.dateline.agency) == ("BAIKONUR", "AP")


def test_an_agency_lead_in_lends_its_agency_to_the_inner_dateline() -> None:
    found = dateline.find("(ANSA) - ROMA, 3 MAR - Il governo", REF)
    assert found is not None
    d = found.dateline
    assert (d.raw, d.city, d.agency) == ("ROMA, 3 MAR -", "ROMA", "ANSA")


def test_spanish_full_stop_before_the_dash() -> None:
    text = "Madrid, 3 mar (EFE).- El Gobierno aprobó"
    found = dateline.find(text, REF)
    assert found is not None
    assert (found.dateline.raw, found.dateline.agency) == ("Madrid, 3 mar (EFE).-", "EFE")
    assert text[found.end :] == "El Gobierno aprobó"


def test_breakingviews_dateline() -> None:
    found = dateline.find("LONDON, March 3 (Reuters Breakingviews) - Banks face", REF)
    assert found is not None
    assert (found.dateline.city, found.dateline.agency) == ("LONDON", "Reuters Breakingviews")


@pytest.mark.parametrize(
    ("text", "city", "agency"),
    [
        ("NAPA COUNTY, Calif. (KGO) -- A plan", "NAPA COUNTY", "KGO"),
        ("HONOLULU, Hawaii (HawaiiNewsNow) - NASA", "HONOLULU", "HawaiiNewsNow"),
        ("LAGOS (Dow Jones) -- Oil", "LAGOS", "Dow Jones"),
        ("Oslo, May 3 (Example News) - Ferries", "Oslo", "Example News"),
        # German copy: a regional service or a partner after a slash, and lower-case codes.
        ("München (dpa/lby) - Ein Feuer", "München", "dpa/lby"),
        ("Paris (AFP/dpa) - Die Regierung", "Paris", "AFP/dpa"),
        ("Kiel (dpo) - Finnland ist in Gefahr", "Kiel", "dpo"),
        ("Hamburg (ots) - Die Polizei", "Hamburg", "ots"),
        ("Istanbul (AA) - Türkiye", "Istanbul", "AA"),
        # National agencies after a title-case place.
        ("Jakarta (ANTARA) - Indonesia", "Jakarta", "ANTARA"),
        ("Warszawa (PAP) - Sejm", "Warszawa", "PAP"),
        ("Praha (ČTK) - Vláda", "Praha", "ČTK"),
    ],
)
def test_a_source_the_table_lacks_is_the_agency(text: str, city: str, agency: str) -> None:
    found = dateline.find(text, REF)
    assert found is not None
    assert (found.dateline.city, found.dateline.agency) == (city, agency)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("(Sports Network) - Thierry Henry scored twice.", "Sports Network"),
        ("(SportsTicker) - The Red Sox won.", "SportsTicker"),
        ("(CBS.MW) -- Oil prices were steady.", "CBS.MW"),
    ],
)
def test_a_feed_name_alone_is_an_agency_only_dateline(text: str, agency: str) -> None:
    found = dateline.find(text, REF)
    assert found is not None
    assert (found.dateline.city, found.dateline.agency) == (None, agency)


@pytest.mark.parametrize(
    "text",
    [
        "Oslo (Example News) - Ferries run twice a day.",  # no date, no upper-case place
        "The mayor (Labour) - who was re-elected - spoke.",
        "LONDON (photo by staff) - Crowds gathered.",
        "Der Minister (parteilos) - so heißt es - trat zurück.",
        "(dpo) - no place before the code.",
        "He said it (quietly).- and left.",
        "(UPDATE) — The fire spread.",  # upper-case, but no call sign
        "(WHO) — The agency said.",
        "(NEXSTAR) — A man was arrested.",
        "(File Photo) - The agency said.",
        "(Live Updates) - Crowds gathered.",
        "(Video) - The mayor spoke.",
    ],
)
def test_an_unknown_source_alone_does_not_make_a_dateline(text: str) -> None:
    found = dateline.find(text, REF)
    assert found is None or found.dateline.agency is None


@pytest.mark.parametrize(
    "text",
    [
        "The president said - no surprise to markets - that he respected the bank.",
        "He said on March 2 - the day before the vote - that he would stay.",
        "Fed holds rates steady - for now",
        "In 2023 - a record year - sales rose 4%.",
        "Prices rose 5% - the most since 2008 - in January.",
        "Mr. Smith - who declined to comment - left early.",
        "Sales - excluding fuel - rose 3% in the quarter.",
        "Analysts on average had expected the company to earn $1.30 per share.",
        "The deal, announced on Monday, values the firm at $2 billion.",
        "",
    ],
)
def test_sentences_are_not_datelines(text: str) -> None:
    assert dateline.find(text, REF) is None


def test_weekday_mismatch_warns_and_keeps_the_date() -> None:
    found = dateline.find("Madrid, Friday, 9 June 2022 - Drivers", REF)
    assert found is not None
    assert found.dateline.date == D(2022, 6, 9)
    warning = dateline.weekday_mismatch(found.dateline)
    assert warning is not None and "Friday" in warning and "Thursday" in warning


def test_matching_weekday_gives_no_warning() -> None:
    found = dateline.find("Lisbon, Tuesday, 14 March 2023 - Trams", REF)
    assert found is not None
    assert dateline.weekday_mismatch(found.dateline) is None


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("June 4", (6, 4, None)),
        ("Feb. 3", (2, 3, None)),
        ("Sept. 22", (9, 22, None)),
        ("Sept 22", (9, 22, None)),
        ("Narch 12", (3, 12, None)),
        ("Febuary 2", (2, 2, None)),
        ("9 May", (5, 9, None)),
        ("30 December 2021", (12, 30, 2021)),
        ("Dec 30, 2021", (12, 30, 2021)),
        ("March 1st", (3, 1, None)),
    ],
)
def test_read_date(text: str, expected: tuple[int, int, int | None]) -> None:
    assert dates.read_date(text) == expected


@pytest.mark.parametrize(
    "text", ["June 32", "Mark 5", "Monday 3", "Reuters 12", "12", "March", "the 3 of May"]
)
def test_read_date_rejects(text: str) -> None:
    assert dates.read_date(text) is None


@pytest.mark.parametrize(
    ("month", "day", "year", "reference", "expected"),
    [
        (1, 3, None, D(2022, 12, 30), D(2023, 1, 3)),
        (12, 31, None, D(2024, 1, 2), D(2023, 12, 31)),
        (3, 12, None, D(1987, 3, 13), D(1987, 3, 12)),
        (7, 1, None, D(2023, 6, 30), D(2023, 7, 1)),
        (2, 29, None, D(2024, 3, 1), D(2024, 2, 29)),
        (3, 17, 2023, None, D(2023, 3, 17)),
        (3, 17, 2023, D(1999, 1, 1), D(2023, 3, 17)),
    ],
)
def test_resolve(
    month: int, day: int, year: int | None, reference: _dt.date | None, expected: _dt.date
) -> None:
    assert dates.resolve(month, day, year, reference) == expected


def test_resolve_without_year_or_reference_is_unknown() -> None:
    assert dates.resolve(3, 17, None, None) is None
    assert dates.resolve(6, 31, None, REF) is None
    assert dates.resolve(2, 30, 2023, None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 17, 2023 — 07:40 pm EDT", D(2023, 3, 17)),
        ("January 2, 2024 — 09:15 am EST", D(2024, 1, 2)),
        ("Published: 14 June 2022", D(2022, 6, 14)),
        ("Thursday, 30 December 2021", D(2021, 12, 30)),
        ("Updated 30 Dec 2021 at 10:15", D(2021, 12, 30)),
    ],
)
def test_standalone_date(text: str, expected: _dt.date) -> None:
    assert dates.standalone_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "March 17 (Reuters) - Oil fell",
        "The meeting on March 17, 2023 was short.",
        "March 17",
        "BERGEN, June 4, 2024 - Pilots voted",
    ],
)
def test_standalone_date_rejects(text: str) -> None:
    assert dates.standalone_date(text) is None


def test_month_and_weekday_words() -> None:
    assert dates.month_number("Sept.") == 9
    assert dates.month_number("Agust") == 8
    assert dates.month_number("Mon") is None
    assert dates.weekday_number("Thurs.") == 3
    assert dates.weekday_number("March") is None


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Marhc", 3),  # two letters swapped
        ("Mrach", 3),
        ("Jnue", 6),
        ("Spet", 9),
        ("Ocotber", 10),
        ("Janaury", 1),
        ("Febr", 2),  # a full name cut off
        ("Janu", 1),
        ("Jule", None),  # one edit from both June and July: no guess
        ("Ap", None),
        ("Mayo", 5),  # one letter over "May", and Spanish for it
    ],
)
def test_month_typos_wire_copy_has(word: str, month: int | None) -> None:
    assert dates.month_number(word) == month


def test_an_upper_case_agency_word_ends_a_dateline() -> None:
    found = dateline.find("NEW YORK, March 9, REUTER - The bank said", _dt.date(1987, 3, 15))
    assert found is not None
    assert (found.dateline.city, found.dateline.agency, found.dateline.date) == (
        "NEW YORK",
        "REUTER",
        _dt.date(1987, 3, 9),
    )


# --- headline.split ----------------------------------------------------------------------

NO = Update(False)


@pytest.mark.parametrize(
    ("text", "expected_headline", "update", "slug"),
    [
        ("Update: Lisbon trams close", "Lisbon trams close", Update(True, "Update"), None),
        ("UPDATE 2-Italy passes budget", "Italy passes budget", Update(True, "UPDATE", 2), None),
        ("Son dakika: Deprem oldu", "Deprem oldu", Update(True, "Son dakika", None), None),
        ("EILMELDUNG: Kanzler tritt zurück", "Kanzler tritt zurück", Update(True, "EILMELDUNG", None), None),
        ("Ultim’ora - Il governo cade", "Il governo cade", Update(True, "Ultim’ora", None), None),
        ("Eilmeldungen aus aller Welt", "Eilmeldungen aus aller Welt", Update(False, None, None), None),
        ("UPDATE-Dutch court blocks cap", "Dutch court blocks cap", Update(True, "UPDATE"), None),
        ("UPDATED: Climbers rescued", "Climbers rescued", Update(True, "UPDATED"), None),
        ("CORRECTED-Nigeria holds rate", "Nigeria holds rate", Update(True, "CORRECTED"), None),
        ("(CORRECTED)-Chile output slips", "Chile output slips", Update(True, "CORRECTED"), None),
        ("(CORRECTED) - Chile output slips", "Chile output slips", Update(True, "CORRECTED"), None),
        ("REFILE-Finnish sales rise", "Finnish sales rise", Update(True, "REFILE"), None),
        ("RPT-Polish governor hints at cut", "Polish governor hints at cut", Update(True, "RPT"), None),
        ("RPT-UPDATE 1-Polish governor hints", "Polish governor hints", Update(True, "RPT", 1), None),
        ("BREAKING: Quake strikes Peru", "Quake strikes Peru", Update(True, "BREAKING"), None),
        ("EXCLUSIVE-Utility weighs sale", "EXCLUSIVE-Utility weighs sale", NO, "EXCLUSIVE"),
        ("ANALYSIS-Why traders bet on winter", "ANALYSIS-Why traders bet on winter", NO, "ANALYSIS"),
        ("FACTBOX-Key facts about the fissure", "FACTBOX-Key facts about the fissure", NO, "FACTBOX"),
        ("WRAPUP 1-Storms sweep Europe", "WRAPUP 1-Storms sweep Europe", NO, "WRAPUP"),
        (
            "UPDATE 1-WRAPUP 1-Storms sweep Europe",
            "WRAPUP 1-Storms sweep Europe",
            Update(True, "UPDATE", 1),
            "WRAPUP",
        ),
        ("Explosion kills 2 near border (AP)", "Explosion kills 2 near border", NO, None),
        ("Fed holds rates steady - for now", "Fed holds rates steady - for now", NO, None),
        ("Breaking Bad star opens restaurant", "Breaking Bad star opens restaurant", NO, None),
        ("Updates to tax code stall in Senate", "Updates to tax code stall in Senate", NO, None),
        ("Oil-rich Norway trims fund payout", "Oil-rich Norway trims fund payout", NO, None),
        ("  Lisbon   trams\tclose ", "Lisbon trams close", NO, None),
        ("CORRECTED -- GM SEES RISE IN SALES", "GM SEES RISE IN SALES", Update(True, "CORRECTED"), None),
        ("REPEATED-U.S. SAYS TIN SALES GO ON", "U.S. SAYS TIN SALES GO ON", Update(True, "REPEATED"), None),
        ("[UPDATE] Ferry service resumes", "Ferry service resumes", Update(True, "UPDATE"), None),
        ("DEVELOPING: Dam breach feared", "Dam breach feared", Update(True, "DEVELOPING"), None),
        ("JUST IN: Mayor resigns", "Mayor resigns", Update(True, "JUST IN"), None),
        ("Road reopens after crash (UPDATED)", "Road reopens after crash", Update(True, "UPDATED"), None),
        ("Road reopens after crash [Update 2]", "Road reopens after crash", Update(True, "Update", 2), None),
        ("Road (Updated) reopens after crash", "Road (Updated) reopens after crash", NO, None),
        ("Developing nations meet in Rome", "Developing nations meet in Rome", NO, None),
        ("Just in time for winter: coats", "Just in time for winter: coats", NO, None),
    ],
)
def test_headline_split(text: str, expected_headline: str, update: Update, slug: str | None) -> None:
    assert headline.split(text) == (expected_headline, update, slug)


# --- credit ------------------------------------------------------------------------------


def _roles(found: object) -> dict[str, tuple[str, ...]]:
    assert found is not None
    return dict(found.roles)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "(Reporting by A. Tanaka; Additional reporting by Ben Carrow; Writing by Priya Natarajan;"
            " Editing by Sam Holloway and Rita Verhoeven)",
            {
                "reporting": ("A. Tanaka",),
                "additional_reporting": ("Ben Carrow",),
                "writing": ("Priya Natarajan",),
                "editing": ("Sam Holloway", "Rita Verhoeven"),
            },
        ),
        ("(Reporting by: Tomas Reuben)", {"reporting": ("Tomas Reuben",)}),
        ("Reporting by: Tomas Reuben", {"reporting": ("Tomas Reuben",)}),
        (
            "(Reporting by Kenji Moriyama and Elena Sato Editing by Martin Pike)",
            {"reporting": ("Kenji Moriyama", "Elena Sato"), "editing": ("Martin Pike",)},
        ),
        (
            "(Reporting by Laila Kearney, additional reporting by Deep Vakil in Bengaluru,"
            " Editing by Sandra Maler)",
            {
                "reporting": ("Laila Kearney",),
                "additional_reporting": ("Deep Vakil",),
                "editing": ("Sandra Maler",),
            },
        ),
        ("Compiled by Yves Durand and Carla Ostrowski", {"compiling": ("Yves Durand", "Carla Ostrowski")}),
        (
            "(reporting by Jane Doe; editing by John Roe)",
            {"reporting": ("Jane Doe",), "editing": ("John Roe",)},
        ),
        (
            "Associated Press writer Noel Garza in Pueblo, Colorado, contributed to this report.",
            {"additional_reporting": ("Noel Garza",)},
        ),
        (
            "Associated Press writers Hannah Cole and Marcus Bell contributed to this report.",
            {"additional_reporting": ("Hannah Cole", "Marcus Bell")},
        ),
        ("--With assistance from Jane Doe and Li Wei.", {"additional_reporting": ("Jane Doe", "Li Wei")}),
        ("Contributing: Maria Lopez, Sam Tate", {"additional_reporting": ("Maria Lopez", "Sam Tate")}),
        (
            "(Additional reporting from Ana Silva in Lisbon; Editing by Tom Brown)",
            {"additional_reporting": ("Ana Silva",), "editing": ("Tom Brown",)},
        ),
        ("Reuter", {"agency": ("Reuter",)}),
        ("REUTER", {"agency": ("REUTER",)}),
        ("Reuters", {"agency": ("Reuters",)}),
    ],
)
def test_credit_forms(text: str, roles: dict[str, tuple[str, ...]]) -> None:
    found = credit.find(text)
    assert _roles(found) == roles
    assert found is not None and found.raw == text.strip()


@pytest.mark.parametrize(
    ("text", "raw", "roles"),
    [
        # What a page glued after the credit on its line is not part of it.
        (
            "(Reporting by Ann Lee; Editing by Bob Ray)Our Standards: The Trust Principles.",
            "(Reporting by Ann Lee; Editing by Bob Ray)",
            {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)},
        ),
        (
            "(Reporting by Ann Lee; editing by Bob Ray) ((ann.lee@example.com; +1 202 555 0100))",
            "(Reporting by Ann Lee; editing by Bob Ray)",
            {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)},
        ),
        # A phone number or a reader prompt inside the brackets names nobody.
        (
            "(Reporting by Ann Lee; Editing by Bob Ray; Tel: +44 20 7542 0000)",
            "(Reporting by Ann Lee; Editing by Bob Ray; Tel: +44 20 7542 0000)",
            {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)},
        ),
        (
            "(Reporting by Ann Lee; editing by Bob Ray; To read more coverage, click here)",
            "(Reporting by Ann Lee; editing by Bob Ray; To read more coverage, click here)",
            {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)},
        ),
        (
            "(Reporting by Ann Lee; Video by Kim Poe; Photo editing by Bob Ray)",
            "(Reporting by Ann Lee; Video by Kim Poe; Photo editing by Bob Ray)",
            {"reporting": ("Ann Lee",), "video": ("Kim Poe",), "photo_editing": ("Bob Ray",)},
        ),
        (
            "(Reporting by Reuters staff; Editing by Bob Ray)",
            "(Reporting by Reuters staff; Editing by Bob Ray)",
            {"reporting": ("Reuters staff",), "editing": ("Bob Ray",)},
        ),
        (
            "Staff Writer Ann Lee contributed to this report from Chicago.",
            "Staff Writer Ann Lee contributed to this report from Chicago.",
            {"additional_reporting": ("Ann Lee",)},
        ),
        (
            "Ann Lee contributed reporting from Paris.",
            "Ann Lee contributed reporting from Paris.",
            {"additional_reporting": ("Ann Lee",)},
        ),
        (
            "Lee reported from Paris and Roe from Rome. Associated Press writer Kim Poe in Oslo"
            " contributed to this report.",
            "Lee reported from Paris and Roe from Rome. Associated Press writer Kim Poe in Oslo"
            " contributed to this report.",
            {"additional_reporting": ("Kim Poe",)},
        ),
    ],
)
def test_credit_raw_and_roles(text: str, raw: str, roles: dict[str, tuple[str, ...]]) -> None:
    found = credit.find(text)
    assert found is not None
    assert (found.raw, dict(found.roles)) == (raw, roles)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts on average had expected the company to earn $1.30 per share, according to"
        " figures compiled by Thomson Reuters.",
        "The report was written by three economists at the bank.",
        "Reuters reported the figures on Monday.",
        "The company said the payout reflects gains from the sale of its card portfolio.",
        "Reporters were kept outside the building.",
        "(Refiles to fix typo in headline)",
        "x" * 700,
    ],
)
def test_sentences_are_not_credits(text: str) -> None:
    assert credit.find(text) is None


def test_figures_compiled_by_is_not_a_credit() -> None:
    assert credit.find("figures compiled by Thomson Reuters") is None


@pytest.mark.parametrize(
    "text",
    [
        "Edited by hand, the film runs 90 minutes.",
        "Written by a former nurse, the novel sold 2 million copies.",
        "With assistance from the government, the town rebuilt its bridge.",
        "Contributing: the weather, the traffic and the late trains.",
    ],
)
def test_role_keyword_sentences_are_not_credits(text: str) -> None:
    assert credit.find(text) is None


@pytest.mark.parametrize(
    ("segment", "names"),
    [
        ("Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
        ("Dana Whitcombe in Bangor and Luis Ferreira in Boston", ("Dana Whitcombe", "Luis Ferreira")),
        ("Layla Haddad in Beirut and Pieter de Wit in The Hague;", ("Layla Haddad", "Pieter de Wit")),
        ("Jane Doe in Washington, Ann Saphir in San Francisco", ("Jane Doe", "Ann Saphir")),
        ("Prerna Bedi in Bengaluru", ("Prerna Bedi",)),
        (" : Tomas Reuben) ", ("Tomas Reuben",)),
        ("Marek Zielinski & Anna Wozniak", ("Marek Zielinski", "Anna Wozniak")),
        # The Thomson Reuters Foundation's request after the last name is no name.
        ("Helen Popper. Please credit the Thomson Reuters Foundation, the charitable arm", ("Helen Popper",)),
        ("John Smith Jr. and Ann Lee", ("John Smith Jr", "Ann Lee")),
        ("", ()),
    ],
)
def test_split_names(segment: str, names: tuple[str, ...]) -> None:
    assert credit.split_names(segment) == names


@pytest.mark.parametrize("text", ["REUTER11:43/VB", "Reuter...^M", "REUTER 9:05"])
def test_sign_off_with_terminal_trail(text: str) -> None:
    found = credit.find(text)
    assert found is not None and dict(found.roles) == {"agency": (found.raw,)}
    tail = credit.sign_off_tail("SAO SIMAO NIL. " + text)
    assert tail is not None and tail[0] == "SAO SIMAO NIL."


def test_sign_off_tail() -> None:
    found = credit.sign_off_tail("gains from the sale of its portfolio last year. Reuter")
    assert found is not None
    text, signed = found
    assert text == "gains from the sale of its portfolio last year."
    assert dict(signed.roles) == {"agency": ("Reuter",)}


@pytest.mark.parametrize("text", ["He has worked for Reuters", "a fine day in Reuter", "Reuters"])
def test_sign_off_tail_needs_a_finished_sentence(text: str) -> None:
    assert credit.sign_off_tail(text) is None


# --- byline.find -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("BY JANE DOE", ("JANE DOE",)),
        ("By Jane Doe | Reuters", ("Jane Doe",)),
        ("By Olivia Brandt, Tomasz Nowak and Lee Park", ("Olivia Brandt", "Tomasz Nowak", "Lee Park")),
        ("By the Associated Press", ()),
        ("By the time the vote came, the hall was empty.", ()),
        ("Bystanders said the driver fled.", ()),
        ("By " + "Jane Doe and " * 20, ()),
        # A sentence that opens with "By": its clause is no name, so the block stays story text.
        ("By Friday, Smith had left the company and its board.", ()),
        ("By Jane Doe and John Roe WASHINGTON (Reuters) - Oil rose on Monday.", ()),
        ("By Jane Doe, special to The Globe", ("Jane Doe",)),
        ("By Maria de la Cruz, staff writer", ("Maria de la Cruz",)),
        ("By Jane Doe, The Washington Post", ("Jane Doe",)),
    ],
)
def test_byline_names(text: str, names: tuple[str, ...]) -> None:
    assert byline.find(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("By Jane Doe, Associated Press", ("Jane Doe",)),
        ("By Jane Doe, AP Business Writer", ("Jane Doe",)),
        ("By JANE DOE and JOHN ROE, Associated Press Writers", ("JANE DOE", "JOHN ROE")),
        ("By Jane Doe, Staff Reporter", ("Jane Doe",)),
    ],
)
def test_byline_drops_affiliations(text: str, names: tuple[str, ...]) -> None:
    assert byline.find(text) == names


def test_byline_keeps_names_with_particles() -> None:
    assert byline.find("By Maria de la Cruz and Jan van der Berg") == ("Maria de la Cruz", "Jan van der Berg")


# --- chrome ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "top of page",
        "Skip to main content",
        "Skip navigation",
        "Menu",
        "Share",
        "Share this article",
        "Facebook",
        "Advertisement",
        "Subscribe",
        "Log in",
        "Sign up for our Europe newsletter to get the week's top stories in your inbox.",
        "We use cookies to improve your experience on our site.",
        "Accept all cookies",
        "Read more",
        "Read more:",
        "Related stories:",
        "You may also like",
        "((jonas.whitfield@example.com; +47 2200 0000;))",
        "To add symbols:",
        "3 min read",
        "  » Share  ",
    ],
)
def test_chrome_lines(line: str) -> None:
    assert chrome.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% on Monday.",
        "The menu at the new restaurant changes daily.",
        "Search teams found the missing hikers on Sunday.",
        "Subscribers to the service rose 12% to 4 million.",
        "Related parties hold 40% of the shares, the filing said.",
        "Advertisement spending fell for a third quarter.",
        "BERGEN, June 4 - Pilots voted to end the strike.",
        "(Reporting by Henrik Aasland; Editing by Clara Montfort)",
        "Share " * 40,
        "",
    ],
)
def test_story_lines_are_not_chrome(line: str) -> None:
    assert not chrome.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "bottom of page",
        "© 2023, Nasdaq, Inc. All Rights Reserved.",
        "Copyright 2023 Central Europe Wire",
        "(c) 2024 Example Media Ltd",
        "The views and opinions expressed herein are the views and opinions of the author.",
    ],
)
def test_footers(line: str) -> None:
    assert chrome.is_footer(line)
    assert chrome.is_chrome(line)


@pytest.mark.parametrize(
    "line",
    ["The copyright case will be heard in May.", "Share", "(Reporting by Jure Novak)"],
)
def test_not_footers(line: str) -> None:
    assert not chrome.is_footer(line)


def test_sentence_starting_with_copyright_is_not_a_footer() -> None:
    assert not chrome.is_footer("Copyright lawyers said the ruling was a victory for artists.")


def test_sentence_about_cookies_is_not_chrome() -> None:
    assert not chrome.is_chrome("The bakery uses cookies from a family recipe, the owner said.")


def test_syndication_arrow_line_is_chrome() -> None:
    assert chrome.is_chrome("Reuters ->")


@pytest.mark.parametrize(
    "line", ["Read more: Austria extends night train network to Balkans", "READ MORE: Ferry fined over crash"]
)
def test_inline_read_more_link_is_chrome(line: str) -> None:
    assert chrome.is_chrome(line)


def test_bare_sign_off_is_not_chrome() -> None:
    # The arrow pattern must not swallow the sign-off that carries the agency credit.
    assert not chrome.is_chrome("Reuter")
    assert not chrome.is_chrome("REUTERS")


# --- text.paragraphs ---------------------------------------------------------------------

WIRE_1987 = [
    "    COPENHAGEN, March 4 - Nordland Grain Co expects its barley",
    "exports to fall about 15 pct in the 1987/88 season because of a",
    "smaller crop and strong competition from French sellers in",
    "Middle East markets, managing director Erik Halvorsen said.",
    "    He told a news conference the company had already cut its",
    "forward sales to Saudi Arabia and Iraq.",
    " Season                    Feed      Malting",
    " 1984/85                   412         96",
    " Reuter",
]


def test_hard_wrapped_copy_joins_on_indentation() -> None:
    assert list(paragraphs(WIRE_1987)) == [
        "COPENHAGEN, March 4 - Nordland Grain Co expects its barley exports to fall about 15 pct in the"
        " 1987/88 season because of a smaller crop and strong competition from French sellers in Middle"
        " East markets, managing director Erik Halvorsen said.",
        "He told a news conference the company had already cut its forward sales to Saudi Arabia and Iraq.",
        "Season Feed Malting",
        "1984/85 412 96",
        "Reuter",
    ]


def test_wrap_width_of_wire_copy() -> None:
    width = wrap_width(WIRE_1987)
    assert width is not None and 55 <= width <= 70


def test_blank_lines_separate_paragraphs_and_space_is_folded() -> None:
    lines = ["First  paragraph\u00a0here.", "", "", "Second\tone.", "   ", "Third."]
    assert list(paragraphs(lines)) == ["First paragraph here.", "Second one.", "Third."]


def test_unwrapped_lines_stay_apart() -> None:
    lines = ["Headline of the story", "A first short line.", "A second short line.", "A third."]
    assert list(paragraphs(lines)) == lines


def test_list_items_are_not_joined_to_wrapped_lines() -> None:
    lines = [
        "    The company reported these figures for the year, in mln dlrs",
        "- Revenue 12.5 vs 11.0 in the previous year, up from forecasts",
        "- Net 1.2 vs 0.9 in the previous year as costs fell by a third",
        "    It said the results were in line with its own forecasts.",
    ]
    assert list(paragraphs(lines)) == [
        "The company reported these figures for the year, in mln dlrs",
        "- Revenue 12.5 vs 11.0 in the previous year, up from forecasts",
        "- Net 1.2 vs 0.9 in the previous year as costs fell by a third",
        "It said the results were in line with its own forecasts.",
    ]


def test_byline_gap_splits_the_byline_off() -> None:
    lines = ["By MARTA KOWALCZYK     SANDUSKY, Ohio (AP) -- A ferry operator was fined."]
    assert list(paragraphs(lines)) == [
        "By MARTA KOWALCZYK",
        "SANDUSKY, Ohio (AP) -- A ferry operator was fined.",
    ]


def test_short_unwrapped_page_is_not_hard_wrapped() -> None:
    lines = [
        "Storm knocks out power to 40,000 in Vermont",
        "MONTPELIER, Vt. (AP) -- A fast-moving storm with gusts of up to 70 mph knocked out power to about"
        " 40,000 homes and businesses across central Vermont on Wednesday night, utility officials said.",
        "Crews from three neighbouring states were on their way to help, a spokesperson said.",
        "Schools in six towns will stay closed on Thursday.",
    ]
    assert wrap_width(lines) is None


@pytest.mark.parametrize(
    ("text", "city", "agency"),
    [
        ("NEW YORK, March 5, 2023 /PRNewswire/ -- Acme Corp said", "NEW YORK", "PRNewswire"),
        ("ATLANTA (CNN) - Storms hit the city.", "ATLANTA", "CNN"),
        ("WASHINGTON (AP) _ The president said.", "WASHINGTON", "AP"),
    ],
)
def test_press_wire_slashes_and_old_ap_underscore(text: str, city: str, agency: str) -> None:
    found = dateline.find(text, None)
    assert found is not None
    assert (found.dateline.city, found.dateline.agency) == (city, agency)


@pytest.mark.parametrize(
    ("page", "headline", "raw", "city", "agency"),
    [
        # The feed names its source after the headline and before the lead: not a place.
        ("Game review (IGN)\nIGN - The game is fun.\n", "Game review", "IGN -", None, "IGN"),
        # The source lead-in gives way to the story's own dateline behind it.
        (
            "Deal reached (Canadian Press)\nCanadian Press - VANCOUVER (CP) - Talks ended.\n",
            "Deal reached",
            "VANCOUVER (CP) -",
            "VANCOUVER",
            "CP",
        ),
        # A suffix the lead does not repeat stays in the headline.
        (
            "Launch delayed (VIDEO)\nNASA - The launch slipped.\n",
            "Launch delayed (VIDEO)",
            "NASA -",
            "NASA",
            None,
        ),
    ],
)
def test_a_headline_source_suffix_repeated_by_the_lead_is_the_agency(
    page: str, headline: str, raw: str, city: str | None, agency: str | None
) -> None:
    article = newsparse.parse_text(page)
    assert article.headline == headline
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.city, article.dateline.agency) == (raw, city, agency)


def test_a_stray_terminal_letter_before_an_indent_starts_a_paragraph() -> None:
    lines = [
        "PLANT MAKER WINS ORDER",
        "c    CHICAGO, March 9 - Widget Corp said it won an order worth",
        "about 15 mln dlrs from a utility in the midwest, the company",
        "said in a statement issued after markets closed on Monday.",
        "v    A company statement said the order was won against rivals",
        "from Japan and Germany after a tender that lasted two years.",
    ]
    assert list(paragraphs(lines)) == [
        "PLANT MAKER WINS ORDER",
        "CHICAGO, March 9 - Widget Corp said it won an order worth about 15 mln dlrs from a utility"
        " in the midwest, the company said in a statement issued after markets closed on Monday.",
        "A company statement said the order was won against rivals from Japan and Germany after a"
        " tender that lasted two years.",
    ]


def test_a_subheading_never_holds_the_dateline() -> None:
    page = (
        "<html><body><article><h1>Crow hunting</h1>"
        "<h2>DECOYS – How the birds are lured and hunted</h2>"
        "<p>Hunters set out decoys before dawn and wait in a hide at the edge of the field.</p>"
        "<p>Two hunters per hide is enough, and they keep still until the birds are in range.</p>"
        "</article></body></html>"
    )
    article = newsparse.parse_html(page)
    assert article.dateline is None
    assert article.paragraphs[0] == "DECOYS – How the birds are lured and hunted"


def test_a_contact_box_glued_to_the_credit_leaves_the_credit() -> None:
    page = (
        "Shares fall\n\nTOKYO, Dec 30 (Reuters) - Japanese shares fell on Thursday.\n\n"
        "(Reporting by Ann Lee; Editing by Bob Ray) ((ann.lee@example.com; +81 3 5555 0100))\n"
    )
    found = newsparse.parse_text(page).credit
    assert found is not None
    assert dict(found.roles) == {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)}
