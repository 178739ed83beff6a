"""``newsparse.batch.parse_many``: order, errors as results, time budgets, crashed workers."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from cli_support import text
from newsparse.batch import Job, Result, Source, parse_many
from newsparse.model import Article

FAST = 0.5  # seconds: the time budget in the timeout tests


def sleepy_parser(page: Any, **options: Any) -> Article:
    """Parses ``b"sleep"`` pages slowly (interruptibly), anything else at once."""
    if page == b"sleep":
        time.sleep(30)
    return Article(headline=str(page), kind="text")


def napping_parser(page: Any, **options: Any) -> Article:
    """Sleeps as many seconds as the page says."""
    time.sleep(float(page))
    return Article(headline=str(page), kind="text")


def stuck_parser(page: Any, **options: Any) -> Article:
    """Ignores the worker's SIGALRM, like a page stuck in C code: only a kill stops it."""
    if page == b"stuck":
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(30)
    return Article(headline=str(page), kind="text")


def crashing_parser(page: Any, **options: Any) -> Article:
    if page == b"crash":
        os._exit(3)
    return Article(headline=str(page), kind="text")


def test_results_come_in_input_order_with_errors_as_results(tmp_path: Path) -> None:
    files = []
    for n in range(12):
        path = tmp_path / f"{n:02d}.txt"
        path.write_text(text(f"Story {n} approved") if n % 4 else "", encoding="utf-8")
        files.append(path)
    for workers in (0, 1, 3):
        results = list(parse_many(files, workers=workers))
        assert [r.index for r in results] == list(range(12))
        assert [r.source.path for r in results if r.source] == [str(f) for f in files]
        failed = [r for r in results if not r.ok]
        assert [r.index for r in failed] == [0, 4, 8]
        assert {r.error_type for r in failed} == {"EmptyPageError"}
        assert all(r.error_message for r in failed)
        assert all(isinstance(r.article, Article) for r in results if r.ok)


def test_same_results_whatever_the_worker_count(tmp_path: Path) -> None:
    pages: list[Any] = [text(f"Story {n} approved").encode() for n in range(20)]
    pages += [b"", "plain str page\n\nwith two paragraphs", 42]
    one = [r.to_dict() for r in parse_many(pages, workers=0)]
    three = [r.to_dict() for r in parse_many(pages, workers=3)]
    assert one == three
    assert one[-1]["error"]["type"] == "UnsupportedInputError"
    assert all(r["source"] is None for r in one)


def test_jobs_carry_url_and_reference_date() -> None:
    import datetime as dt

    job = Job(Source("mem", 7, "<id>"), data=text("Harbour opens").encode(), url="http://x.test/a")
    job = Job(job.source, job.data, url=job.url, reference_date=dt.date(2020, 5, 1))
    (result,) = parse_many([job], workers=1)
    assert result.ok, result.error_message
    assert result.to_dict()["url"] == "http://x.test/a"
    assert result.to_dict()["source"] == {"path": "mem", "offset": 7, "record_id": "<id>"}


def test_failed_results_in_the_input_pass_through() -> None:
    broken = Result(0, Source("a.warc", 99), None, "WarcError", "cut off")
    results = list(parse_many([b"x", broken, b"y"], workers=2, parser=sleepy_parser))
    assert [r.index for r in results] == [0, 1, 2]
    assert results[1].error_type == "WarcError" and results[1].source == Source("a.warc", 99)


@pytest.mark.parametrize("workers", [0, 2])
def test_slow_page_becomes_a_timeout_error(workers: int) -> None:
    started = time.monotonic()
    results = list(parse_many([b"a", b"sleep", b"b"], workers=workers, timeout=FAST, parser=sleepy_parser))
    assert time.monotonic() - started < 10
    assert [r.error_type for r in results] == [None, "ParseTimeout", None]
    assert "time budget" in (results[1].error_message or "")


@pytest.mark.parametrize("workers", [1, 2])
def test_page_that_ignores_the_alarm_is_killed(workers: int) -> None:
    # With one worker, the pages queued behind the stuck one must be handed to its successor.
    started = time.monotonic()
    pages = [b"a", b"stuck", b"b", b"c"]
    results = list(parse_many(pages, workers=workers, timeout=FAST, parser=stuck_parser))
    assert time.monotonic() - started < 10
    assert [r.error_type for r in results] == [None, "ParseTimeout", None, None]


@pytest.mark.parametrize("workers", [1, 2])
def test_crashed_worker_is_replaced_and_the_run_goes_on(workers: int) -> None:
    pages = [b"a", b"crash", b"b", b"crash", b"c"]
    results = list(parse_many(pages, workers=workers, parser=crashing_parser))
    assert [r.error_type for r in results] == [None, "WorkerCrashed", None, "WorkerCrashed", None]
    assert [r.data["headline"] for r in results if r.data] == ["b'a'", "b'b'", "b'c'"]


@pytest.mark.parametrize("workers", [2, 3])
def test_uneven_pages_do_not_stall_the_window(workers: int) -> None:
    # Regression: pages behind a slow one fill the look-ahead window; when the slow one is the
    # last in flight, the window must move on (it once waited on nobody, forever).
    rng = random.Random(4)
    pages = [b"%.3f" % rng.choice([0, 0, 0, 0, 0.001, 0.02, 0.05]) for _ in range(150)]
    results = list(parse_many(pages, workers=workers, timeout=20, parser=napping_parser))
    assert [r.index for r in results] == list(range(len(pages)))
    assert all(r.ok for r in results)


def test_input_is_consumed_lazily() -> None:
    taken = []

    def pages() -> Any:
        for n in range(10_000):
            taken.append(n)
            yield b"page %d" % n

    results = parse_many(pages(), workers=2, parser=sleepy_parser)
    first = [next(results) for _ in range(3)]
    assert [r.index for r in first] == [0, 1, 2]
    assert len(taken) < 100  # bounded work in flight, not the whole input
    results.close()  # type: ignore[attr-defined]


def test_stopping_early_leaves_no_worker_behind() -> None:
    import multiprocessing

    results = parse_many([b"x"] * 50, workers=2, parser=sleepy_parser)
    next(results)
    results.close()  # type: ignore[attr-defined]
    time.sleep(0.2)
    assert multiprocessing.active_children() == []
