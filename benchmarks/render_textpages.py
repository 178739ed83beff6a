#!/usr/bin/env python3
"""Render corpus HTML pages as whole-page text copies, the way ``shared/textpages`` was made.

The shared text copies reproduce byte-for-byte with these settings (checked on all 164):
inscriptis ``get_text(html)`` with its default config (80/80), and html2text ``HTML2Text`` with
``body_width=0, ignore_links=True, ignore_images=True, ignore_emphasis=True`` (84/84). Without
``ignore_emphasis`` none of the html2text copies match; the HTML is read as UTF-8, bad bytes
replaced.

Every page is rendered by BOTH renderers (ids ``<id>.inscriptis`` and ``<id>.html2text``), so a
text-door change is measured on twice the pages, and on each renderer's quirks for the same
story. The manifest keeps the corpus's expected body/title/with/without, so ``run.py`` scores
the output folder as it scores ``shared/textpages``.  A benchmark tool: the renderers are not
newsparse dependencies (install them in the bench venv).

usage: python benchmarks/render_textpages.py [CORPUS] [--out /tmp/np_render] [--limit N]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import html2text
import inscriptis

# The expected fields carried over from the corpus manifest (the text door has no metadata).
KEPT = ("body", "title", "with", "without")


def _html2text(html: str) -> str:
    handler = html2text.HTML2Text()
    handler.body_width = 0
    handler.ignore_links = True
    handler.ignore_images = True
    handler.ignore_emphasis = True
    return str(handler.handle(html))


def _inscriptis(html: str) -> str:
    return str(inscriptis.get_text(html))


RENDERERS: dict[str, Callable[[str], str]] = {"inscriptis": _inscriptis, "html2text": _html2text}


def _rows(folder: Path) -> list[dict[str, Any]]:
    with (folder / "manifest.jsonl").open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def _render_row(corpus: Path, out: Path, row: dict[str, Any], name: str) -> dict[str, Any]:
    html = (corpus / row["path"]).read_bytes().decode("utf-8", "replace")
    page_id = f"{row['id']}.{name}"
    path = f"pages/{page_id}.txt"
    (out / path).write_text(RENDERERS[name](html), encoding="utf-8")
    expected = {k: row["expected"][k] for k in KEPT if k in row["expected"]}
    return {
        "id": page_id,
        "source": row.get("source"),
        "path": path,
        "kind": "text",
        "url": row.get("url"),
        "expected": expected,
        "rendered_by": name,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=Path("../shared/corpus"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/np_render"))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [r for r in _rows(args.corpus) if r.get("kind", "html") == "html"]
    rows = rows[: args.limit] if args.limit else rows
    (args.out / "pages").mkdir(parents=True, exist_ok=True)
    with (args.out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for row in rows:
            for name in RENDERERS:
                entry = _render_row(args.corpus, args.out, row, name)
                manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{2 * len(rows)} text pages in {args.out}")


if __name__ == "__main__":
    main()
