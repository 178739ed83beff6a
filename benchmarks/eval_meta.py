"""Score html.meta.extract_metadata on the shared corpus and dates pages.

Usage: PYTHONPATH=src python benchmarks/eval_meta.py [--shared ../shared] [--misses FIELD] [--ids ID...]
Prints title/authors/published accuracies (folded exact match) and, with --misses, the misses.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from harness.trees import parse_page
from newsparse.html.meta import extract_metadata
from newsparse.scoring import fold


def rows(shared: Path, folder: str) -> Iterator[dict[str, Any]]:
    with open(shared / folder / "manifest.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["kind"] == "html":
                row["file"] = shared / folder / row["path"]
                yield row


def day(value: Any) -> str | None:
    return None if value is None else value.isoformat()[:10]


def check(field: str, expected: Any, meta: Any) -> tuple[bool, Any]:
    if field == "title":
        return fold(meta.title) == fold(expected), meta.title
    if field == "authors":
        got = {fold(a) for a in meta.authors}
        return got == {fold(a) for a in expected}, list(meta.authors)
    return day(meta.published) == expected, day(meta.published)


def evaluate(shared: Path, folder: str, misses: set[str], ids: set[str]) -> None:
    totals: dict[str, list[int]] = {}
    elapsed = 0.0
    for row in rows(shared, folder):
        if ids and row["id"] not in ids:
            continue
        root = parse_page(row["file"].read_bytes())
        start = time.perf_counter()
        meta = extract_metadata(root, row["url"])
        elapsed += time.perf_counter() - start
        for field in ("title", "authors", "published"):
            expected = row["expected"].get(field)
            if expected is None:
                continue
            ok, got = check(field, expected, meta)
            totals.setdefault(field, [0, 0])
            totals[field][0] += ok
            totals[field][1] += 1
            if not ok and field in misses:
                print(f"MISS {field} {row['id']} {row['url'][:90]}")
                print(f"   want {expected!r}\n   got  {got!r}  [{meta.sources.get(field)}]")
    for field, (ok, n) in totals.items():
        print(f"{folder:7s} {field:10s} {ok:4d}/{n:<4d} = {ok / n:.3f}")
    print(f"{folder:7s} time {elapsed * 1000:.0f} ms total")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default=os.environ.get("NEWSPARSE_SHARED", "../shared"))
    parser.add_argument("--misses", nargs="*", default=[])
    parser.add_argument("--ids", nargs="*", default=[])
    parser.add_argument("--folders", nargs="*", default=["corpus", "dates"])
    args = parser.parse_args()
    for folder in args.folders:
        evaluate(Path(args.shared), folder, set(args.misses), set(args.ids))


if __name__ == "__main__":
    main()
