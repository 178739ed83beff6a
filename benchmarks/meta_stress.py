"""Titles and authors without the structured ones: how the visible-page readers fare.

Usage: PYTHONPATH=src python benchmarks/meta_stress.py [--shared ../shared] [--level 0-3] [--misses N]
Each HTML page of corpus/ with an expected title or authors is parsed (in memory, never written)
with its structured metadata removed, by level: 0 nothing (the control); 1 JSON-LD; 2 also the
author/title <meta> tags and every OpenGraph/Twitter tag; 3 also <title>. Prints title exact and
authors exact set (the scores ``run.py`` reports) per level, and with ``--misses`` the first misses.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html

import newsparse
from harness.trees import parse_page
from newsparse.scoring import fold

# <meta> names (name/property/itemprop, lower-cased) that carry a title or an author.
_META_WORDS = ("author", "title", "creator", "byl", "og:", "twitter:", "article:", "dc.")


def rows(shared: Path) -> Iterator[dict[str, Any]]:
    folder = shared / "corpus"
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        want = row.get("expected") or {}
        if row["kind"] == "html" and (want.get("title") or want.get("authors") is not None):
            row["file"] = folder / row["path"]
            yield row


def strip(root: Any, level: int) -> None:
    """Remove the page's structured titles and authors, more of them at each level."""
    if level >= 1:
        for el in root.iter("script"):
            if "ld+json" in (el.get("type") or "").lower():
                el.text = ""
    if level >= 2:
        for el in root.iter("meta"):
            name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            if any(word in name for word in _META_WORDS):
                el.set("content", "")
    if level >= 3:
        for el in list(root.iter("title")):
            el.getparent().remove(el)


def verdicts(row: dict[str, Any], level: int) -> tuple[bool | None, bool | None, Any]:
    root = parse_page(row["file"].read_bytes())
    strip(root, level)
    html = lxml.html.tostring(root, encoding="unicode")
    art = newsparse.parse_html(html, url=row.get("url"))
    want = row["expected"]
    title = art.title or art.headline
    got_title = fold(title) == fold(want["title"]) if want.get("title") else None
    authors = want.get("authors")
    got_authors = None
    if authors is not None:
        got_authors = {fold(a) for a in authors} == {fold(a) for a in art.authors}
    return got_title, got_authors, art


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--level", type=int, choices=range(4), action="append")
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    pages = list(rows(args.shared))
    for level in args.level or range(4):
        score = {"title": [0, 0], "authors": [0, 0]}
        shown = 0
        for row in pages:
            ok_title, ok_authors, art = verdicts(row, level)
            for name, ok in (("title", ok_title), ("authors", ok_authors)):
                if ok is None:
                    continue
                score[name][0] += ok
                score[name][1] += 1
                if not ok and shown < args.misses:
                    shown += 1
                    got = art.title or art.headline if name == "title" else art.authors
                    print(f"  L{level} {name} {row['id']}: want {row['expected'][name]!r}, got {got!r}")
        parts = [f"{n} {r}/{t} = {r / max(t, 1):.3f}" for n, (r, t) in score.items()]
        print(f"level {level}: " + "; ".join(parts))


if __name__ == "__main__":
    main()
