"""Robustness study: how much body extraction leans on markup that varies between publishers.

usage: PYTHONPATH=src python benchmarks/perturb.py [CORPUS_DIR] [--tools newsparse,trafilatura]
                                                  [--only NAME,...] [--worst N] [--json OUT]

Every HTML page of the corpus is rewritten by each perturbation in ``PERTURBATIONS`` (class and
id names dropped or made meaningless, HTML5 sectioning tags made ``<div>``, paragraphs made
``<br>``-separated text...) and each tool extracts the body from the rewritten page. Scores are
the ones ``run.py`` reports: body F1 (``newsparse.scoring.body_score``) and the share of pages
whose with/without snippets are all right. ``roundtrip`` (the page parsed and written back
unchanged) is the control every perturbation is compared with, so serialisation effects do
not count as drops. Only ``<body>`` is rewritten: the head's metadata (and the headline it
names) stays as the publisher wrote it. Tools are the adapters of ``harness/tools.py``; run
under a Python that has the peers installed to compare with them (see README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness.corpus import Inputs, Row, decode, read_manifest  # noqa: E402
from harness.scoreboard import snippets_ok  # noqa: E402
from harness.tools import TOOLS  # noqa: E402
from newsparse.html.clean_rules import HIDDEN_CLASSES  # noqa: E402
from newsparse.scoring import Match, match, score_matches  # noqa: E402

Perturb = Callable[[Any], None]  # rewrites a page's <body> element in place

# A leading XML declaration: lxml refuses one in a str it is asked to parse as HTML.
_XML_DECL = re.compile(r"^\s{0,100}<\?xml[^>]{0,200}\?>")
# Control characters, which lxml parses but then refuses when text is moved between nodes.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Sectioning tags a template may or may not use for its story and its furniture.
_STORY_TAGS = ("article", "main", "section")
_HTML5_TAGS = (*_STORY_TAGS, "header", "footer", "nav", "aside", "figure", "figcaption")
# Attributes that name what an element is, beyond class and id (and data-*, aria-* ones).
_HINT_ATTRIBUTES = ("class", "id", "role", "itemprop", "itemtype", "itemscope")
_HINT_PREFIXES = ("data-", "aria-")


def _drop_attributes(names: tuple[str, ...], prefixes: tuple[str, ...] = ()) -> Perturb:
    """Drop the attributes ``names`` and those whose names start with ``prefixes``."""

    def perturb(body: Any) -> None:
        for el in body.iter(etree.Element):
            for name in [n for n in el.attrib if n in names or n.startswith(prefixes)]:
                del el.attrib[name]

    return perturb


def _opaque(token: str) -> str:
    """A meaningless name, the same for every use of ``token`` (as CSS modules hash names)."""
    return "x" + hashlib.sha1(token.encode("utf-8")).hexdigest()[:7]


def _opaque_names(keep: frozenset[str] = frozenset()) -> Perturb:
    """Class and id values made meaningless; class names in ``keep`` stay as they are."""

    def perturb(body: Any) -> None:
        for el in body.iter(etree.Element):
            cls, ident = el.get("class"), el.get("id")
            if cls is not None:
                el.set("class", " ".join(t if t in keep else _opaque(t) for t in cls.split()))
            if ident is not None:
                el.set("id", _opaque(ident))

    return perturb


def _renamed(tags: tuple[str, ...]) -> Perturb:
    def perturb(body: Any) -> None:
        for el in body.iter(*tags):
            el.tag = "div"

    return perturb


def _br(tail: str | None = None) -> Any:
    br = etree.Element("br")
    br.tail = tail
    return br


def _paragraphs_as_breaks(body: Any) -> None:
    """``<p>A</p><p>B</p>`` becomes ``A<br><br>B<br><br>``, as older templates set stories."""
    for p in list(body.iter("p")):
        if p.getparent() is None:
            continue
        p.insert(0, _br(p.text))
        p.insert(0, _br())
        p.text = None
        p.append(_br())
        p.append(_br())
        p.drop_tag()


def _combined(*steps: Perturb) -> Perturb:
    def perturb(body: Any) -> None:
        for step in steps:
            step(body)

    return perturb


PERTURBATIONS: dict[str, Perturb] = {
    "roundtrip": lambda body: None,
    "no-class-id": _drop_attributes(("class", "id")),
    "opaque-class-id": _opaque_names(),
    # Publisher names made meaningless, but CSS frameworks' hiding utilities ("hidden",
    # "d-none") left alone: separates what naming costs from what unhidden boxes cost.
    "opaque-but-hiding": _opaque_names(HIDDEN_CLASSES),
    "no-hint-attrs": _drop_attributes(_HINT_ATTRIBUTES, _HINT_PREFIXES),
    "no-article-main-section": _renamed(_STORY_TAGS),
    "no-html5-tags": _renamed(_HTML5_TAGS),
    "p-as-br": _paragraphs_as_breaks,
    "div-soup": _combined(_drop_attributes(_HINT_ATTRIBUTES, _HINT_PREFIXES), _renamed(_HTML5_TAGS)),
}


def perturbed(text: str, perturb: Perturb) -> str:
    """The page rewritten by ``perturb``, with a UTF-8 charset declaration as its only one."""
    root = lxml.html.document_fromstring(_CONTROL.sub("", _XML_DECL.sub("", text)))
    for meta in root.iter("meta"):
        if meta.get("charset") is not None or (meta.get("http-equiv") or "").lower() == "content-type":
            meta.getparent().remove(meta)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    head.insert(0, etree.Element("meta", charset="utf-8"))
    body = root.find("body")
    if body is not None:
        perturb(body)
    return str(lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"))


@dataclass(frozen=True, slots=True)
class Result:
    page: str
    source: str
    body: Match | None
    snippets: bool | None


def run_tool(extract: Any, rows: list[Row], texts: list[str], perturb: Perturb) -> list[Result]:
    results = []
    for row, text in zip(rows, texts, strict=True):
        html = perturbed(text, perturb)
        data = html.encode("utf-8")
        got = extract(Inputs("html", data, data, html, row.url)).body or ""
        want = row.expected.get("body")
        m = match(want, got) if want is not None else None
        results.append(Result(row.id, row.source, m, snippets_ok(row.expected, got)))
    return results


def summary(results: list[Result]) -> dict[str, float]:
    """Body F1 over all pages and per source, and the share of pages with snippets all right."""
    out = {"f1": body_score_of(results)}
    for source in sorted({r.source for r in results if r.body is not None}):
        out[_short(source)] = body_score_of([r for r in results if r.source == source])
    verdicts = [r.snippets for r in results if r.snippets is not None]
    out["snippets"] = sum(verdicts) / max(1, len(verdicts))
    return out


def body_score_of(results: list[Result]) -> float:
    return score_matches([r.body for r in results if r.body is not None]).f1


_SOURCES = ("fundus", "scrapinghub", "trafilatura")


def _short(source: str) -> str:
    """A manifest source as a column name: the corpus's origin project."""
    return next((name for name in _SOURCES if name in source.lower()), source)


def drops(control: list[Result], other: list[Result], count: int) -> Iterator[str]:
    """The pages whose body F1 fell most from the control, worst first."""
    pairs = [(a.body.f1 - b.body.f1, a, b) for a, b in zip(control, other, strict=True) if a.body and b.body]
    pairs.sort(key=lambda triple: -triple[0])
    for loss, a, b in pairs[:count]:
        if loss > 0.005:
            yield f"    -{loss:.3f}  {a.body.f1:.3f} -> {b.body.f1:.3f}  {a.page}"


def table(scores: dict[str, dict[str, dict[str, float]]]) -> str:
    columns = next(iter(next(iter(scores.values())).values())).keys()
    lines = ["| perturbation | tool | " + " | ".join(columns) + " |", "|---|---|" + "---|" * len(columns)]
    for name, by_tool in scores.items():
        for tool, numbers in by_tool.items():
            lines.append(f"| {name} | {tool} | " + " | ".join(f"{numbers[c]:.3f}" for c in columns) + " |")
    return "\n".join(lines)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, nargs="?", default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("--tools", default="newsparse", help="comma-separated tools of harness/tools.py")
    ap.add_argument("--only", default="", help="comma-separated perturbations (default: all)")
    ap.add_argument("--worst", type=int, default=5, help="list the N pages that drop most")
    ap.add_argument("--json", type=Path, help="write every page's body F1 here")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    rows = [row for row in read_manifest(args.corpus) if row.kind == "html"]
    texts = [decode(row.path.read_bytes()) for row in rows]
    names = (
        ["roundtrip", *(n for n in args.only.split(",") if n and n != "roundtrip")]
        if args.only
        else [*PERTURBATIONS]
    )
    scores: dict[str, dict[str, dict[str, float]]] = {name: {} for name in names}
    pages: dict[str, dict[str, dict[str, float | None]]] = {}
    for tool in (t.strip() for t in args.tools.split(",") if t.strip()):
        extract = TOOLS[tool].setup()
        runs = {name: run_tool(extract, rows, texts, PERTURBATIONS[name]) for name in names}
        for name, results in runs.items():
            scores[name][tool] = summary(results)
            pages[f"{tool}/{name}"] = {r.page: (r.body.f1 if r.body else None) for r in results}
        print(f"{tool}: pages that drop most from roundtrip", file=sys.stderr)
        for name in names[1:]:
            print(f"  {name}", file=sys.stderr)
            for line in drops(runs["roundtrip"], runs[name], args.worst):
                print(line, file=sys.stderr)
    print(table(scores))
    if args.json:
        args.json.write_text(json.dumps({"scores": scores, "pages": pages}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
