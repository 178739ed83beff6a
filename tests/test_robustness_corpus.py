"""The hostile-input corpus (scripts/make_hostile_corpus.py): every case returns an Article
or raises its named NewsparseError, within a time bound set by a normal page parsed here.

Each case runs in a forked child so that a hang is killed instead of hanging the suite.
The bound is relative, never absolute: a case may cost at most ``PER_BYTE`` times the normal
page's cost per byte (linear work, with a generous constant) or ``FLOOR`` times the normal
page's whole parse, whichever is larger. Quadratic or exponential work fails it.
Costs are CPU seconds of the parsing process, so other jobs on the machine do not move them;
the wall-clock wait before a child counts as hung is ``WALL_FACTOR`` times wider.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import multiprocessing
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsparse
from newsparse.load import sniff_kind

PER_BYTE = 40
FLOOR = 200
WALL_FACTOR = 4  # a loaded machine stretches wall time, not CPU time
CHILD_START_SLACK = 5.0  # seconds allowed for forking and building the case, not parsing
ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> ModuleType:
    path = ROOT / "scripts" / "make_hostile_corpus.py"
    spec = importlib.util.spec_from_file_location("make_hostile_corpus", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CORPUS = _corpus()
CASES = {case.name: case for case in CORPUS.cases()}


def _parse_seconds(page: Any) -> float:
    start = time.process_time()
    with contextlib.suppress(newsparse.NewsparseError):
        newsparse.parse(page)
    return time.process_time() - start


@pytest.fixture(scope="module")
def per_char() -> dict[str, tuple[float, float]]:
    """Best-of-seven (seconds per character, whole-page seconds) for a normal page of each kind."""
    out = {}
    for kind, page in (("html", CORPUS.normal_html(30)), ("text", CORPUS.normal_text() * 6)):
        best = min(_parse_seconds(page) for _ in range(7))
        out[kind] = (best / len(page), best)
    return out


def _outcome(case: Any, data: bytes | str) -> dict[str, Any]:
    """Runs in the child: parse the case, report what happened and how long it took."""
    start = time.process_time()
    try:
        article = newsparse.parse(data)
    except newsparse.NewsparseError as error:
        return {"seconds": time.process_time() - start, "got": type(error).__name__}
    except BaseException as error:  # the point is to report any other escape
        return {"seconds": 0.0, "got": f"escaped {type(error).__name__}: {error}"[:300]}
    seconds = time.process_time() - start
    as_json = article.to_json()
    as_json.encode("utf-8")  # strict: a lone surrogate anywhere fails here
    story = " ".join([article.headline or "", *article.paragraphs])
    return {
        "seconds": seconds,
        "got": "Article",
        "roundtrip": newsparse.Article.from_json(as_json).to_dict() == article.to_dict(),
        "contains": case.must_contain is None or case.must_contain in as_json,
        "leaks": case.must_not_contain is not None and case.must_not_contain in story,
        "salvaged": [w for w in article.warnings if "internal error" in w],
    }


def _child(case: Any, data: bytes | str, conn: Any) -> None:
    # The fork inherits the whole test session's objects; frozen, the collector leaves them
    # alone, so a case that allocates much pays for its own objects only, as in a caller's
    # process.
    gc.freeze()
    conn.send(_outcome(case, data))
    conn.close()


def _run_bounded(case: Any, data: bytes | str, limit: float) -> dict[str, Any] | None:
    """Fork (the child shares ``data`` without copying it), wait a bounded time, kill."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(case, data, child))
    process.start()
    child.close()
    ready = parent.poll(WALL_FACTOR * limit + CHILD_START_SLACK)
    result = parent.recv() if ready else None
    process.join(1.0)
    if process.is_alive():
        process.kill()
        process.join()
    return result


def _kind_of(data: bytes | str) -> str:
    head = data[:65536]
    return sniff_kind(head if isinstance(head, str) else head.decode("latin-1"))


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork to kill a hung parse")
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_case(name: str, per_char: dict[str, tuple[float, float]]) -> None:
    case = CASES[name]
    data = case.build()
    size = len(data)
    seconds_per_char, normal_seconds = per_char[_kind_of(data)]
    limit = max(PER_BYTE * seconds_per_char * size, FLOOR * normal_seconds)
    result = _run_bounded(case, data, limit)
    assert result is not None, (
        f"{name}: no result within {WALL_FACTOR * limit + CHILD_START_SLACK:.2f}s of wall time "
        f"(the CPU bound for {size:,} characters is {limit:.2f}s)"
    )
    assert result["got"] == (case.error or "Article"), f"{name}: got {result['got']}"
    assert result["seconds"] <= limit, (
        f"{name}: {result['seconds']:.2f} CPU s is over {PER_BYTE}x the normal page's cost per character"
    )
    if case.error is None:
        assert result["roundtrip"], f"{name}: to_json/from_json changed the Article"
        assert result["contains"], f"{name}: {case.must_contain!r} missing from the result"
        assert not result["leaks"], f"{name}: {case.must_not_contain!r} leaked into the story"
        assert not result["salvaged"], f"{name}: the guard had to salvage: {result['salvaged']}"


def test_corpus_script_writes_cases(tmp_path: Path) -> None:
    assert CORPUS.main([str(tmp_path), "--list"]) == 0
    names = {case.name for case in CORPUS.cases()}
    assert len(names) == len(list(CORPUS.cases())), "case names must be unique"
    assert {"pdf", "hundred_thousand_p", "title_1mb", "one_5mb_line_text"} <= names
