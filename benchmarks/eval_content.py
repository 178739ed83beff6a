"""Score the HTML door's main-content extraction on the shared corpus.

Usage: PYTHONPATH=src python benchmarks/eval_content.py [--shared DIR] [--trafilatura] [--worst N]

Prints body F1 (shingle F1 of the extracted paragraphs against the expected body, the
headline block left out), with/without snippet accuracy, and pages per second of CPU time
(``time.process_time``, so other load on the machine skews it less): for the whole HTML door
(``read_html``: decode, parse, metadata, content) and for the content path alone (decode,
parse, walk, select). With ``--trafilatura`` (when importable) the same numbers for
``trafilatura.extract`` side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from newsparse.html import read_html
from newsparse.html.content import extract_blocks
from newsparse.html.segment import walk_units
from newsparse.html.tree import parse_tree
from newsparse.load import load
from newsparse.scoring import body_score, match
from newsparse.settings import DEFAULT

Extractor = Callable[[bytes, str], str]


def rows(shared: Path) -> Iterator[dict[str, Any]]:
    with open(shared / "corpus" / "manifest.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def newsparse_body(raw: bytes, url: str) -> str:
    settings = DEFAULT.with_(url=url)
    page = read_html(load(raw, settings, kind="html"), settings)
    return "\n\n".join(b.text for b in page.blocks if b.heading != 1)


def content_only(raw: bytes, url: str) -> str:
    """The content path without metadata extraction, for timing it on its own."""
    root = parse_tree(load(raw, DEFAULT, kind="html"))
    blocks = extract_blocks(walk_units(root)) if root is not None else []
    return "\n\n".join(b.text for b in blocks if b.heading != 1)


def trafilatura_body(raw: bytes, url: str) -> str:
    import trafilatura  # type: ignore[import-not-found]

    return str(trafilatura.extract(raw, url=url) or "")


def _norm(text: str) -> str:
    return " ".join(nfc(text).split())


def snippet_counts(expected: dict[str, Any], got: str) -> tuple[int, int, bool]:
    """Right and total snippet verdicts for one page, and whether all were right."""
    text = _norm(got)
    right = sum(_norm(s) in text for s in expected.get("with") or [])
    right += sum(_norm(s) not in text for s in expected.get("without") or [])
    total = len(expected.get("with") or []) + len(expected.get("without") or [])
    return right, total, right == total


def evaluate(name: str, extract: Extractor, pages: list[tuple[dict[str, Any], bytes]], worst: int) -> None:
    outputs: list[tuple[dict[str, Any], str]] = []
    began = time.process_time()
    for row, raw in pages:
        outputs.append((row, extract(raw, row["url"])))
    seconds = time.process_time() - began
    report(name, outputs, len(pages) / seconds)
    if worst:
        show_worst(outputs, worst)


def time_only(name: str, extract: Extractor, pages: list[tuple[dict[str, Any], bytes]]) -> None:
    began = time.process_time()
    for row, raw in pages:
        extract(raw, row["url"])
    print(f"{name:12s} {len(pages) / (time.process_time() - began):.1f} pages/s")


def nfc(text: str) -> str:
    """Canonically equivalent spellings compared alike: some expected bodies keep a page's
    decomposed letters ("u" + combining diaeresis), which the shingle tokeniser splits."""
    return unicodedata.normalize("NFC", text)


def report(name: str, outputs: list[tuple[dict[str, Any], str]], speed: float) -> None:
    pairs = [(nfc(r["expected"]["body"]), nfc(got)) for r, got in outputs if r["expected"].get("body")]
    score = body_score(pairs)
    right = total = whole = pages = 0
    for row, got in outputs:
        if row["expected"].get("with") or row["expected"].get("without"):
            r, t, ok = snippet_counts(row["expected"], got)
            right, total, whole, pages = right + r, total + t, whole + ok, pages + 1
    print(
        f"{name:12s} body P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} (n={score.n})  "
        f"snippets acc={right / max(total, 1):.3f} pages-all-right={whole / max(pages, 1):.3f} (n={pages})  "
        f"{speed:.1f} pages/s"
    )


def show_worst(outputs: list[tuple[dict[str, Any], str]], count: int) -> None:
    scored = [
        (match(nfc(r["expected"]["body"]), nfc(got)), r["id"])
        for r, got in outputs
        if r["expected"].get("body")
    ]
    scored.sort(key=lambda pair: pair[0].f1)
    for m, ident in scored[:count]:
        print(f"  {m.f1:.3f} P={m.precision:.2f} R={m.recall:.2f} {ident}")
    for row, got in outputs:
        if row["expected"].get("with") or row["expected"].get("without"):
            _, _, ok = snippet_counts(row["expected"], got)
            if not ok:
                print(f"  snippets wrong: {row['id']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=os.environ.get("NEWSPARSE_SHARED", "../shared"))
    parser.add_argument("--trafilatura", action="store_true")
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    shared = Path(args.shared)
    pages = [(row, (shared / "corpus" / row["path"]).read_bytes()) for row in rows(shared)]
    evaluate("newsparse", newsparse_body, pages, args.worst)
    time_only("content-only", content_only, pages)
    if args.trafilatura:
        try:
            evaluate("trafilatura", trafilatura_body, pages, 0)
        except ImportError:
            print("trafilatura is not importable here; skipped")


if __name__ == "__main__":
    main()
