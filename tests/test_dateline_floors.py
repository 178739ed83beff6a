"""Accuracy floors on the shared wire sets, scored the way tools/score_datelines.py scores them.

Reuters-21578 datelines give no year; the archive's own timestamp (the SGML ``DATE`` tag,
kept in the manifest) is passed as ``reference_date``, as a crawler passes a WARC date.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import Any

import pytest

import newsparse
from shared import manifest


def _norm(value: Any) -> Any:
    return " ".join(str(value).split()).casefold() if value is not None else None


def _reference(row: dict[str, Any]) -> _dt.date | None:
    tag = (row.get("meta") or {}).get("date_tag")
    return _dt.datetime.strptime(tag.split()[0], "%d-%b-%Y").date() if tag else None


def _credit_raw(expected: Any) -> Any:
    return expected.get("raw") if isinstance(expected, dict) else expected


def _roles(credit: newsparse.Credit | None) -> dict[str, list[str]]:
    roles = credit.roles if credit else {}
    return {_norm(k.replace("_", " ")): sorted(_norm(n) for n in v) for k, v in roles.items() if v}


def _score(rows: list[tuple[Any, dict[str, Any]]]) -> dict[str, float]:
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for path, row in rows:
        art = newsparse.parse(path.read_bytes(), reference_date=_reference(row))
        exp, dl = row["expected"], art.dateline
        got = {
            "headline": _norm(art.headline),
            "city": _norm(dl and dl.city),
            "date": dl.date.isoformat() if dl and dl.date else None,
            "agency": _norm(dl and dl.agency),
            "credit": _norm(art.credit.raw).strip("()") if art.credit else None,
        }
        want = {
            "headline": _norm(exp.get("headline")),
            "city": _norm(exp.get("city")),
            "date": exp.get("date"),
            "agency": _norm(exp.get("agency")),
            "credit": (_norm(_credit_raw(exp.get("credit"))) or "").strip("()") or None,
        }
        for field, value in want.items():
            if value is not None:
                totals[field] += 1
                hits[field] += got[field] == value
        if isinstance(exp.get("credit"), dict):
            wanted = {_norm(k): sorted(_norm(n) for n in v) for k, v in exp["credit"]["roles"].items() if v}
            totals["credit_roles"] += 1
            hits["credit_roles"] += _roles(art.credit) == wanted
    return {f: hits[f] / totals[f] for f in totals}


def test_reuters21578_floors() -> None:
    scores = _score(list(manifest("datelines", "reuters21578")))
    for field in ("headline", "city", "date", "credit"):
        assert scores[field] >= 0.99, (field, scores)


@pytest.mark.parametrize("kind", ["text", "html"])
def test_wire_floors(kind: str) -> None:
    rows = [(p, r) for p, r in manifest("datelines", "wire") if r["kind"] == kind]
    scores = _score(rows)
    floors = {"city": 0.95, "agency": 0.95, "date": 0.95, "credit_roles": 0.90, "headline": 0.95}
    for field, floor in floors.items():
        # HTML wire pages carry no dated datelines: a field with no expectations is not scored.
        assert scores.get(field, 1.0) >= floor, (field, scores)
