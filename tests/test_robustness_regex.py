"""Every regular expression in the package, run on adversarial strings: none may backtrack
catastrophically.

The patterns are collected from every module of the package (module globals, tuples,
lists and dicts of them, and the ``patterns`` of objects that compile a table), so a
pattern added later is checked without touching this file.
Each is run with ``search`` and ``fullmatch`` on runs of characters that make patterns
backtrack (spaces, dashes, ``<!--``, ``[](``...), at three sizes four times apart. A
pattern fails when the largest costs more than 64 times the smallest and 8 times the middle
one (linear work grows 16 and 4 times, quadratic 256 and 16). An exponential pattern
never returns at all: each pattern runs in a forked child that is killed when it overruns
a bound set by timing a trivial child. No absolute timings. Patterns whose callers cut
their input first are listed in ``CAPPED`` and probed at that length only.
"""

from __future__ import annotations

import importlib
import itertools
import multiprocessing
import pkgutil
import re
import sys
import time
from typing import Any

import pytest

import newsparse

WALL_FACTOR = 4  # the wait for a child is wall time, which a loaded machine stretches
COUNTS = (200, 800, 3200)  # from first to last, linear work grows 16 times and quadratic 256
UNITS = (
    " ", "\t", "\n", "  \n", "a", "A", "Ab", "1", "12 ", "-", " -", "--", "#", "<", ">", "(", ")", "((",
    "[", "]", "[](", "@", ".", ",", ", ", ":", ": ", "/", "|", " | ", "=", '"', "'", "_", "*", "{", "}",
    "\u3000", "\u00e9", "<!--", "-->", "<!---->", "A, ", "a ", "By ", "Dec 30 ", "&#", "<p>", "</",
    "<a ", "x=1 ", " a=", "\\u", "{\"a\":", "Reuters ", "(Reuters) ", "UPDATE 1-", "\u201c", "...",
)  # fmt: skip
PREFIXES = ("", "# x", "(x")  # anchored patterns only backtrack once their start matches
ENDINGS = ("!",)  # a final character the pattern cannot end on forces the backtracking
# Patterns whose callers cut the input first: "module.NAME" -> the longest string they see.
# They must still finish (no exponential blow-up) on probes of that length.
CAPPED: dict[str, int] = {
    "newsparse.chrome._DROP": 220,  # chrome.is_chrome: lines over MAX_CHROME_LINE are never tried
    "newsparse.chrome._END": 220,
    "newsparse.chrome._BREAK": 220,
    "newsparse.fields.dateline._DASH": 170,  # dateline.find: text[: MAX_PREFIX + 60]
    "newsparse.fields.dateline._DATE_AT_END": 110,  # one comma part of a prefix <= MAX_PREFIX
    "newsparse.fields.credit._SPLIT_NAMES": 600,  # credit.find: blocks <= MAX_CREDIT
    "newsparse.html.datetext._FALLBACK_GATE": 60,  # dateparser_date: text[:60]
    "newsparse.html.datetext._STRUCTURED_PREFIX": 80,  # parse_structured: .match on value[:80]
    "newsparse.html.authors._EMAIL": 400,  # split_credit: raw[:_MAX_CREDIT]
}


def _patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    found: dict[str, Any] = {}
    modules = [newsparse.__name__] + [m.name for m in pkgutil.walk_packages(newsparse.__path__, "newsparse.")]
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        for attr, value in vars(module).items():
            for index, pattern in enumerate(_flatten(value)):
                found.setdefault(f"{name}.{attr}[{index}]", pattern)
    # One object may be exported under several names: check it once.
    unique: dict[int, str] = {}
    for key, pattern in found.items():
        unique.setdefault(id(pattern), key)
    return {key: found[key] for key in unique.values()}


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, re.Pattern):
        return [value]
    if isinstance(getattr(value, "patterns", None), tuple):  # a table compiled into several patterns
        return [p for p in value.patterns if isinstance(p, re.Pattern)]
    if isinstance(value, (tuple, list)):
        return [p for item in value[:500] for p in _flatten_shallow(item)]
    if isinstance(value, dict):
        return [p for item in list(value.values())[:500] for p in _flatten_shallow(item)]
    return []


def _flatten_shallow(item: Any) -> list[Any]:
    if isinstance(item, re.Pattern):
        return [item]
    if isinstance(item, tuple):
        return [p for p in item if isinstance(p, re.Pattern)]
    return []


PATTERNS = _patterns()
_LINEAR = re.compile("\x01\x02")


def _cost(run: Any, text: Any) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()  # CPU time: other jobs on the machine do not move it
        run(text)
        best = min(best, time.process_time() - start)
    return best


def _superlinear(method: Any, sizes: list[Any]) -> bool:
    """Both steps look quadratic (64x over 16x the input, 8x over the last 4x)."""
    small, middle, large = (_cost(method, s) for s in sizes)
    return large > 64 * small and large > 8 * middle


def _probe(pattern: Any, cap: int | None) -> list[str]:
    """In the child: the probes on which this pattern grows faster than linearly."""
    if cap is not None:
        for prefix, unit in itertools.product(PREFIXES, UNITS):
            probe = (prefix + unit * cap)[:cap]
            data = probe.encode("utf-8") if isinstance(pattern.pattern, bytes) else probe
            pattern.search(data)
            pattern.fullmatch(data)
        return []
    bad = []
    for prefix, unit, ending in itertools.product(PREFIXES, UNITS, ENDINGS):
        sizes = [prefix + unit * count + ending for count in COUNTS]
        if isinstance(pattern.pattern, bytes):
            sizes = [s.encode("utf-8") for s in sizes]  # type: ignore[misc]
        for method in (pattern.search, pattern.fullmatch):
            # Flagged only when three measurements agree: a noisy timing cannot fail the test.
            if all(_superlinear(method, sizes) for _ in range(3)):
                bad.append(f"{method.__name__}({prefix!r} + {unit!r} * {COUNTS[-1]} + {ending!r})")
    return bad


def _child(pattern: Any, cap: int | None, conn: Any) -> None:
    conn.send(_probe(pattern, cap))
    conn.close()


def _run(pattern: Any, limit: float, cap: int | None = None) -> list[str] | None:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(pattern, cap, child))
    process.start()
    child.close()
    result = parent.recv() if parent.poll(WALL_FACTOR * limit) else None
    process.join(1.0)
    if process.is_alive():
        process.kill()
        process.join()
    return result


@pytest.fixture(scope="module")
def limit() -> float:
    """How long one pattern may take: 1500 times a child that runs a trivial linear pattern."""
    start = time.perf_counter()
    assert _run(_LINEAR, 600.0) == []
    return 1500 * (time.perf_counter() - start)


def test_patterns_were_found() -> None:
    assert len(PATTERNS) >= 20, sorted(PATTERNS)
    assert any(key.startswith("newsparse.load.") for key in PATTERNS)


@pytest.mark.skipif(sys.platform == "win32", reason="needs fork to stop a runaway pattern")
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_catastrophic_backtracking(name: str, limit: float) -> None:
    pattern = PATTERNS[name]
    result = _run(pattern, limit, CAPPED.get(name.rsplit("[", 1)[0]))
    assert result is not None, (
        f"{name} = {pattern.pattern!r} did not finish within {WALL_FACTOR * limit:.1f}s"
    )
    assert not result, f"{name} = {pattern.pattern!r} grows faster than linearly on: {result}"
