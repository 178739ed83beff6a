"""The page that started the project must give exactly what its expected JSON says."""

from __future__ import annotations

import json

import newsparse
from shared import shared_dir

SEED = "000_a5161f1335a54663"


def _expected_subset(expected: object, got: object) -> None:
    if isinstance(expected, dict):
        assert isinstance(got, dict)
        for key, value in expected.items():
            assert key in got, key
            _expected_subset(value, got[key])
    else:
        assert got == expected


def test_seed_page_gives_every_expected_field() -> None:
    folder = shared_dir("seed")
    article = newsparse.parse((folder / f"{SEED}.txt").read_bytes())
    expected = json.loads((folder / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    _expected_subset(expected, article.to_dict())
    assert len(article.paragraphs) == 9
    assert article.update.label == "Update"
    assert article.credit is not None and article.credit.roles["reporting"]
