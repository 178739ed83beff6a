#!/usr/bin/env python3
"""Score newsparse on whole-page text copies: ``$NEWSPARSE_SHARED/textpages`` (or a folder given).

Body: token-shingle F1 (``newsparse.scoring.body_score``) of ``article.body`` against the
expected body. Title: exact match after ``scoring.fold`` of ``article.headline`` against the
expected title, on pages that carry one.

usage: PYTHONPATH=src python benchmarks/eval_textpages.py [FOLDER] [--worst N] [--show ID]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

import newsparse
from newsparse import scoring


def _rows(folder: Path) -> list[dict[str, Any]]:
    with open(folder / "manifest.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(folder: Path) -> dict[str, Any]:
    """Per-page results and the aggregate scores for one textpages folder."""
    results = []
    start = time.perf_counter()
    for row in _rows(folder):
        text = (folder / row["path"]).read_bytes()
        try:
            article = newsparse.parse_text(text)
        except newsparse.NewsparseError:
            # an empty page scores as an empty body: the floor counts it as a miss
            article = newsparse.Article()
        results.append((row, article))
    elapsed = time.perf_counter() - start
    body = scoring.body_score((r["expected"]["body"], a.body) for r, a in results)
    titled = [(r, a) for r, a in results if r["expected"].get("title")]
    exact = sum(scoring.fold(r["expected"]["title"]) == scoring.fold(a.headline) for r, a in titled)
    return {"results": results, "body": body, "title_exact": exact, "titled": len(titled), "secs": elapsed}


def _report(out: dict[str, Any], worst: int) -> None:
    body = out["body"]
    rate = len(out["results"]) / out["secs"] if out["secs"] else 0.0
    print(f"pages={body.n} body P={body.precision:.4f} R={body.recall:.4f} F1={body.f1:.4f}")
    share = out["title_exact"] / out["titled"] if out["titled"] else 0.0
    print(f"title exact {out['title_exact']}/{out['titled']} = {share:.4f}   {rate:.0f} pages/s")
    ranked = sorted(out["results"], key=lambda ra: scoring.match(ra[0]["expected"]["body"], ra[1].body).f1)
    for row, article in ranked[:worst]:
        m = scoring.match(row["expected"]["body"], article.body)
        title_ok = scoring.fold(row["expected"].get("title")) == scoring.fold(article.headline)
        print(f"  {m.f1:.3f} P={m.precision:.2f} R={m.recall:.2f} t={'y' if title_ok else 'n'} {row['id']}")


def _show(folder: Path, wanted: str) -> None:
    """One page's picked headline and body paragraphs next to the expected ones."""
    rows = [r for r in _rows(folder) if r["id"] == wanted] or [
        r for r in _rows(folder) if r["id"].startswith(wanted)
    ]
    if not rows:
        raise SystemExit(f"no page {wanted!r} in {folder}")
    row = rows[0]
    try:
        article = newsparse.parse_text((folder / row["path"]).read_bytes())
    except newsparse.NewsparseError:
        article = newsparse.Article()
    expected = row["expected"]
    m = scoring.match(expected.get("body"), article.body)
    print(f"{row['id']}  F1={m.f1:.3f} P={m.precision:.2f} R={m.recall:.2f}")
    print(f"title expected: {expected.get('title')!r}\ntitle picked:   {article.headline!r}")
    want = [p for p in (expected.get("body") or "").split("\n") if p.strip()]
    have = scoring.fold("\n".join(article.paragraphs))
    print(f"--- expected paragraphs ({len(want)}); '-' = not in the picked body")
    for para in want:
        print(f"{' ' if scoring.fold(para) in have else '-'} {para[:160]}")
    wanted_text = scoring.fold("\n".join(want))
    print(f"--- picked paragraphs ({len(article.paragraphs)}); '+' = not in the expected body")
    for para in article.paragraphs:
        print(f"{' ' if scoring.fold(para) in wanted_text else '+'} {para[:160]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    default = Path(os.environ.get("NEWSPARSE_SHARED", "../shared")) / "textpages"
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest-scoring pages")
    parser.add_argument("--show", metavar="ID", help="print one page (an id or its prefix) and stop")
    args = parser.parse_args()
    if args.show:
        _show(args.folder, args.show)
        return
    _report(evaluate(args.folder), args.worst)


if __name__ == "__main__":
    main()
