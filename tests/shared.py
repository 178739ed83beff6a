"""Access to the shared evaluation data (``$NEWSPARSE_SHARED``), never copied into the repo.

Unset variable: the test is skipped with the reason. Set but missing: the test fails, so a
CI run that was meant to measure accuracy can never pass by measuring nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ENV = "NEWSPARSE_SHARED"


def shared_dir(*parts: str) -> Path:
    root = os.environ.get(ENV)
    if not root:
        pytest.skip(f"{ENV} is not set: accuracy floors on the shared corpora are not measured")
    path = Path(root).joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{ENV}={root} is set but {path} does not exist")
    return path


def manifest(*parts: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    """``(page path, manifest row)`` for each line of a shared folder's manifest.jsonl."""
    folder = shared_dir(*parts)
    with open(folder / "manifest.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                yield folder / row["path"], row
