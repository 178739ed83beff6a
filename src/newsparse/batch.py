"""Many pages at once: ``parse_many`` yields one ``Result`` per input, in input order.

A failed page is a ``Result`` with ``error_type``/``error_message`` set, never an exception,
so a batch always runs to the end. Work happens in worker processes (see ``pool.py``);
``workers=0`` parses in the calling process instead.
"""

from __future__ import annotations

import datetime as _dt
import os
import pathlib
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import Any

from .api import parse
from .model import Article
from .settings import DEFAULT, Settings

DEFAULT_TIMEOUT = 30.0

# A parser is ``parse``-shaped: page first, then url/reference_date/encoding/settings keywords.
Parser = Callable[..., Article]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a page came from: a file ``path`` (``"-"`` for standard input), or a WARC file
    ``path`` plus the record's byte ``offset`` in it and its ``record_id``."""

    path: str | None
    offset: int | None = None
    record_id: str | None = None

    @property
    def key(self) -> tuple[str | None, int | None]:
        """What identifies an input across runs (``--resume`` matches on it)."""
        return (self.path, self.offset)

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "offset": self.offset, "record_id": self.record_id}


@dataclass(frozen=True, slots=True)
class Job:
    """One page to parse: ``data`` in memory, or ``path`` to be read by the worker."""

    source: Source | None
    data: bytes | str | None = None
    path: str | None = None
    url: str | None = None
    reference_date: _dt.date | None = None
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input: ``data`` is ``Article.to_dict()`` on success, else the
    error's type name and message are set. ``index`` is the input's position."""

    index: int
    source: Source | None
    data: Mapping[str, Any] | None = None
    error_type: str | None = None
    error_message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_type is None

    @property
    def article(self) -> Article | None:
        """The parsed Article (rebuilt from ``data`` on each access), or None on error."""
        return None if self.data is None else Article.from_dict(self.data)

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record: the article's fields plus ``source``, or an error record."""
        source = None if self.source is None else self.source.to_dict()
        if self.data is None:
            error = {"type": self.error_type, "message": self.error_message}
            return {"source": source, "error": error}
        return {**self.data, "source": source}


class ParseTimeout(Exception):
    """Raised inside a worker when one page takes longer than the time budget."""


def timeout_message(timeout: float) -> str:
    # The same text whichever mechanism fired, so output does not depend on timing races.
    return f"parsing took longer than the time budget of {timeout:g} s; the page was skipped"


def failed(index: int, source: Source | None, error: BaseException) -> Result:
    message = str(error) or repr(error)
    return Result(index, source, None, type(error).__name__, message)


def as_job(item: Any) -> Job | Result:
    """Turn one ``parse_many`` input into a Job: a path is read by the worker, ``str`` and
    ``bytes`` are page content, Jobs and (already failed) Results pass through."""
    if isinstance(item, (Job, Result)):
        return item
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        text = path if isinstance(path, str) else os.fsdecode(path)
        return Job(Source(text), path=text)
    job = getattr(item, "to_job", None)
    if callable(job):
        made: Job = job()
        return made
    return Job(None, data=item)


def run_job(index: int, job: Job, settings: Settings, timeout: float | None, parser: Parser) -> Result:
    """Parse one job, turning every exception (and a blown time budget) into an error Result."""
    try:
        with _time_budget(timeout):
            page: Any = pathlib.Path(job.path) if job.path is not None else job.data
            article = parser(
                page,
                url=job.url,
                reference_date=job.reference_date,
                encoding=job.encoding,
                settings=settings,
            )
    except ParseTimeout:
        return Result(index, job.source, None, "ParseTimeout", timeout_message(timeout or 0))
    except Exception as error:
        return failed(index, job.source, error)
    return Result(index, job.source, article.to_dict())


@contextmanager
def _time_budget(timeout: float | None) -> Iterator[None]:
    """SIGALRM interrupts pure-Python work and regex matching; the pool's hard deadline
    covers the rest. Only the main thread of a POSIX process can use it."""
    usable = (
        timeout and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise ParseTimeout

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_many(
    items: Iterable[Any],
    *,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    settings: Settings | None = None,
    parser: Parser | None = None,
) -> Iterator[Result]:
    """Parse pages or paths, yielding one ``Result`` per item in input order.

    Items may be ``pathlib.Path`` (read by the worker), ``bytes``/``str`` page content,
    ``newsparse.iter_warc`` records, or ``Job`` objects. ``workers`` is the number of worker
    processes (default: the CPU count; ``0`` parses in this process). A page that takes
    longer than ``timeout`` seconds becomes a ``ParseTimeout`` error result. Items are read
    lazily and only a bounded number are in flight, so memory stays flat on any input size.
    ``parser`` replaces ``newsparse.parse`` (it must be a picklable top-level function).
    """
    chosen = settings or DEFAULT
    function = parser or parse
    count = (os.cpu_count() or 1) if workers is None else workers
    if count <= 0:
        return _in_process(items, chosen, timeout, function)
    from .pool import run_pool

    return run_pool(items, count, chosen, timeout, function)


def _in_process(
    items: Iterable[Any], settings: Settings, timeout: float | None, parser: Parser
) -> Iterator[Result]:
    for index, item in enumerate(items):
        job = as_job(item)
        if isinstance(job, Result):
            yield _reindexed(job, index)
        else:
            yield run_job(index, job, settings, timeout, parser)


def _reindexed(result: Result, index: int) -> Result:
    if result.index == index:
        return result
    return Result(index, result.source, result.data, result.error_type, result.error_message)
