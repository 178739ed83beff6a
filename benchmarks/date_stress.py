"""Published dates without the structured ones: how the visible-text and URL finders fare.

Usage: PYTHONPATH=src python benchmarks/date_stress.py [--shared ../shared] [--level 1-4] [--misses]
                                                      [--unlabelled]
Each dated HTML page of corpus/ and dates/ is parsed with its structured dates removed, by level:
1 JSON-LD and date <meta> tags; 2 also itemprop date names; 3 also <time datetime>; 4 also every
<time> (renamed <span>) and all script text. Prints the share of pages whose expected day is found.
With --unlabelled, the pages without a labelled date are read instead, each expected to give the
day its own JSON-LD, meta tags or microdata state on the whole page (about 140 more pages; a
US page's UTC timestamp can be a day off the local date its text shows, so a few misses there
are the metadata's).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from harness.trees import parse_page
from newsparse.html.meta import extract_metadata

# A fixed crawl date, as in the tests: results must not depend on the day this runs.
REFERENCE = dt.date(2026, 11, 28)
_META_WORDS = ("date", "time", "publish", "modif", "created", "updated")


def dated_rows(shared: Path, unlabelled: bool = False) -> Iterator[dict[str, Any]]:
    """The HTML pages with a labelled published date, or (``unlabelled``) those without one
    whose whole page states one in structured metadata, that date then taken as expected."""
    for folder in ("corpus", "dates"):
        for line in (shared / folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            labelled = bool((row.get("expected") or {}).get("published"))
            if row["kind"] != "html" or labelled == unlabelled:
                continue
            row["file"] = shared / folder / row["path"]
            if unlabelled:
                row["expected"] = {"published": _structured_day(row)}
            if row["expected"]["published"]:
                yield row


_STRUCTURED = ("json-ld", "meta:", "microdata")


def _structured_day(row: dict[str, Any]) -> str | None:
    meta = extract_metadata(parse_page(row["file"].read_bytes()), row.get("url"), reference=REFERENCE)
    structured = (meta.sources.get("published") or "").startswith(_STRUCTURED)
    return day(meta.published) if structured else None


def strip(root: Any, level: int) -> None:
    """Remove the page's structured dates, more of them at each level."""
    for el in root.iter("script", "meta"):
        if el.tag == "script" and "ld+json" in (el.get("type") or ""):
            el.text = ""
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if el.tag == "meta" and el.get("content") and any(word in name for word in _META_WORDS):
            el.set("content", "")
    if level >= 2:
        for el in root.xpath("//*[@itemprop]"):
            if "date" in el.get("itemprop").lower():
                del el.attrib["itemprop"]
    if level >= 3:
        for el in root.iter("time"):
            el.attrib.pop("datetime", None)
    if level >= 4:
        for el in list(root.iter("time")):
            el.tag = "span"
        for el in root.iter("script"):
            el.text = ""


def day(value: Any) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return value.isoformat() if value else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--level", type=int, default=4, choices=range(1, 5))
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--unlabelled", action="store_true", help="unlabelled pages, by their metadata")
    args = parser.parse_args()
    right = total = empty = 0
    for row in dated_rows(args.shared, args.unlabelled):
        root = parse_page(row["file"].read_bytes())
        strip(root, args.level)
        meta = extract_metadata(root, row.get("url"), reference=REFERENCE)
        want, got = row["expected"]["published"][:10], day(meta.published)
        total += 1
        right += got == want
        empty += got is None
        if args.misses and got != want:
            print(f"  {row['id']}: want {want}, got {got} ({meta.sources.get('published')})")
    print(f"level {args.level}: {right}/{total} = {right / total:.3f} (no date on {empty})")


if __name__ == "__main__":
    main()
