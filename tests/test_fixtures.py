"""Authored text pages in ``tests/fixtures/text/``: each parses to what its expected JSON says.

``NAME.expected.json`` holds a subset of ``Article.to_dict()``; only the keys it names are
compared, each as a whole (a dateline or credit dict must match exactly). ``warnings`` lists
one substring per expected warning, so wording can change but the count and subject cannot.
An optional ``_input`` object carries ``reference_date`` (ISO date) and ``url`` for the parse.
Cases listed in ``KNOWN_BUGS`` expose grammar bugs: they keep the correct expectation and are
marked strict xfail, so the fix turns them into failures that ask for the mark to go.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Any

import pytest

import newsparse

FIXTURES = Path(__file__).parent / "fixtures" / "text"
COMPARED = (
    "headline",
    "update",
    "slug",
    "dateline",
    "paragraphs",
    "credit",
    "authors",
    "published",
    "chrome_removed",
)
# Fixture name -> the grammar bug it exposes (see the report that added the mark).
KNOWN_BUGS: dict[str, str] = {}


def _names() -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))


def _cases() -> list[Any]:
    cases = []
    for name in _names():
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[name])] if name in KNOWN_BUGS else []
        cases.append(pytest.param(name, id=name, marks=marks))
    return cases


def _parse(name: str, spec: dict[str, Any]) -> dict[str, Any]:
    given = spec.get("_input", {})
    reference = given.get("reference_date")
    article = newsparse.parse_text(
        (FIXTURES / f"{name}.txt").read_bytes(),
        reference_date=_dt.date.fromisoformat(reference) if reference else None,
        url=given.get("url"),
    )
    return article.to_dict()


def _mismatches(spec: dict[str, Any], got: dict[str, Any]) -> list[str]:
    problems = []
    for key in COMPARED:
        if key in spec and got[key] != spec[key]:
            problems.append(f"{key}:\n  expected {spec[key]!r}\n  got      {got[key]!r}")
    if "warnings" in spec and not _warnings_match(spec["warnings"], got["warnings"]):
        problems.append(f"warnings:\n  expected {spec['warnings']!r}\n  got      {got['warnings']!r}")
    return problems


def _warnings_match(expected: list[str], got: list[str]) -> bool:
    return len(expected) == len(got) and all(e in g for e, g in zip(expected, got, strict=True))


def test_enough_fixtures_are_authored() -> None:
    names = _names()
    assert len(names) >= 30, names
    for name in names:
        assert (FIXTURES / f"{name}.txt").is_file(), f"{name}.expected.json has no page"


def test_every_fixture_states_the_core_fields() -> None:
    for name in _names():
        spec = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
        missing = {"headline", "dateline", "paragraphs", "credit"} - spec.keys()
        assert not missing, (name, missing)
        unknown = spec.keys() - {*COMPARED, "warnings", "_input"}
        assert not unknown, (name, unknown)


@pytest.mark.parametrize("name", _cases())
def test_fixture(name: str) -> None:
    spec = json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))
    problems = _mismatches(spec, _parse(name, spec))
    assert not problems, f"{name}:\n" + "\n".join(problems)
