"""Worker processes for ``parse_many``: ordered results, bounded work in flight, hard deadlines.

Why not ``concurrent.futures``: a page stuck in C code (a pathological parse) ignores the
worker's SIGALRM budget, and an executor cannot kill one task. Here each worker holds one
page at a time, so the parent knows which page a worker is on, can kill that worker when its
deadline passes, record a timeout error, and start a fresh worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from .batch import Job, Parser, Result, as_job, run_job, timeout_message
from .settings import Settings

# Pages dispatched ahead of the oldest unfinished one, per worker: enough to keep every
# worker busy while one slow page holds up the ordered output, small enough for flat memory.
AHEAD_PER_WORKER = 4
# Pages queued at each worker: the next one is already there when a page finishes, so a
# worker never idles through the round trip to the parent (about 1 ms a page otherwise).
DEPTH = 2

Queued = tuple[int, Job]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    queue: deque[Queued] = field(default_factory=deque)
    deadline: float | None = None


class _Feed:
    """The inputs, numbered and turned into Jobs lazily; pages of a killed worker come first."""

    def __init__(self, items: Iterable[Any]) -> None:
        self._items = iter(items)
        self.next_index = 0
        self.exhausted = False
        self.retry: deque[Queued] = deque()

    @property
    def drained(self) -> bool:
        return self.exhausted and not self.retry

    def take(self, limit: int) -> tuple[int, Job | Result] | None:
        if self.retry:
            return self.retry.popleft()
        if self.exhausted or self.next_index >= limit:
            return None
        try:
            item = next(self._items)
        except StopIteration:
            self.exhausted = True
            return None
        index = self.next_index
        self.next_index += 1
        return index, as_job(item)


def run_pool(
    items: Iterable[Any], count: int, settings: Settings, timeout: float | None, parser: Parser
) -> Iterator[Result]:
    """Yield one Result per item, in order, parsed by ``count`` worker processes."""
    pool = _Pool(count, settings, timeout, parser)
    try:
        yield from pool.run(_Feed(items), count * AHEAD_PER_WORKER)
    finally:
        pool.close()


def _context() -> Any:  # typeshed's BaseContext lacks Process; the concrete contexts have it
    """fork starts a worker in milliseconds but is unsafe once the parent runs threads (a
    caller's, or a progress bar's monitor); forkserver then, preloaded so workers start warm."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsparse.pool"])
        return context
    return multiprocessing.get_context("spawn")


def _worker_main(
    conn: Connection, settings: Settings, timeout: float | None, parser: Parser, inherited: list[int]
) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C stops
    _close(inherited)
    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    # A reader thread takes the next page off the pipe while this one is parsed, so the parent
    # never blocks sending a large page to a worker that is itself blocked sending a result.
    threading.Thread(target=_read_into, args=(conn, inbox), daemon=True).start()
    while (message := inbox.get()) is not None:
        index, job = message
        try:
            conn.send(run_job(index, job, settings, timeout, parser))
        except OSError:
            return  # the parent is gone


def _read_into(conn: Connection, inbox: queue.SimpleQueue[Any]) -> None:
    try:
        while (message := conn.recv()) is not None:
            inbox.put(message)
    except (EOFError, OSError):
        pass
    inbox.put(None)


def _close(descriptors: list[int]) -> None:
    """A forked worker holds copies of the parent's pipe ends; only once they are closed does
    it see end-of-file (and exit) when the parent dies, instead of lingering as an orphan."""
    for descriptor in descriptors:
        with contextlib.suppress(OSError):
            os.close(descriptor)


def _hard_limit(timeout: float | None) -> float | None:
    """The worker's own SIGALRM fires at ``timeout``; kill it only if that did not work."""
    return None if not timeout else timeout + max(1.0, timeout / 2)


class _Pool:
    def __init__(self, count: int, settings: Settings, timeout: float | None, parser: Parser) -> None:
        self._args = (settings, timeout, parser)
        self._limit = _hard_limit(timeout)
        self._timeout = timeout
        self._workers: list[_Worker] = []
        for _ in range(count):
            self._workers.append(self._start())

    def _start(self) -> _Worker:
        context = _context()
        parent, child = context.Pipe()
        forked = context.get_start_method() == "fork"
        open_ends = [w.conn.fileno() for w in self._workers if not w.conn.closed]
        inherited = [*open_ends, parent.fileno()] if forked else []
        process = context.Process(target=_worker_main, args=(child, *self._args, inherited), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, feed: _Feed, ahead: int) -> Iterator[Result]:
        done: dict[int, Result] = {}
        emitted = 0
        while True:
            self._dispatch(feed, done, emitted + ahead)
            if emitted in done:
                while emitted in done:
                    yield done.pop(emitted)
                    emitted += 1
                continue  # the window moved on: dispatch more before waiting on anyone
            if feed.drained and not any(w.queue for w in self._workers):
                return
            self._collect(done, feed)

    def _dispatch(self, feed: _Feed, done: dict[int, Result], limit: int) -> None:
        """Give idle workers a page first, then top every queue up to DEPTH."""
        for depth in range(1, DEPTH + 1):
            for worker in self._workers:
                while len(worker.queue) < depth:
                    taken = feed.take(limit)
                    if taken is None:
                        return
                    index, job = taken
                    if isinstance(job, Result):
                        done[index] = Result(index, job.source, job.data, job.error_type, job.error_message)
                    else:
                        self._send(worker, index, job)

    def _send(self, worker: _Worker, index: int, job: Job) -> None:
        if not worker.queue:
            worker.deadline = self._deadline()
        worker.queue.append((index, job))
        with contextlib.suppress(OSError):  # a dead worker shows up as end-of-file in _collect
            worker.conn.send((index, job))

    def _deadline(self) -> float | None:
        return None if self._limit is None else time.monotonic() + self._limit

    def _collect(self, done: dict[int, Result], feed: _Feed) -> None:
        busy = [w for w in self._workers if w.queue]
        if not busy:  # waiting on nobody would block forever: fail loudly instead
            raise RuntimeError("newsparse pool: no page in flight while results are missing")
        for conn in wait([w.conn for w in busy], timeout=self._wait_time(busy)):
            worker = next(w for w in busy if w.conn is conn)
            self._receive(worker, done, feed)
        now = time.monotonic()
        for worker in busy:
            if worker.queue and worker.deadline is not None and worker.deadline <= now:
                self._replace(worker, done, feed, "ParseTimeout", timeout_message(self._timeout or 0))

    def _wait_time(self, busy: list[_Worker]) -> float | None:
        deadlines = [w.deadline for w in busy if w.deadline is not None]
        return None if not deadlines else max(0.0, min(deadlines) - time.monotonic())

    def _receive(self, worker: _Worker, done: dict[int, Result], feed: _Feed) -> None:
        try:
            result: Result = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            message = f"the worker process died while parsing this page (exit code {code})"
            self._replace(worker, done, feed, "WorkerCrashed", message)
            return
        worker.queue.popleft()
        done[result.index] = result
        worker.deadline = self._deadline() if worker.queue else None

    def _replace(
        self, worker: _Worker, done: dict[int, Result], feed: _Feed, kind: str, message: str
    ) -> None:
        """Fail the worker's current page, requeue the rest, kill it and start a fresh one."""
        (index, job), *rest = worker.queue
        done[index] = Result(index, job.source, None, kind, message)
        feed.retry.extendleft(reversed(rest))
        _stop(worker, wait=0)
        self._workers[self._workers.index(worker)] = self._start()

    def close(self) -> None:
        for worker in self._workers:
            _stop(worker, wait=0 if worker.queue else 1.0)


def _stop(worker: _Worker, wait: float) -> None:
    """Ask an idle worker to exit; kill a busy or unresponsive one."""
    if wait:
        with contextlib.suppress(OSError):
            worker.conn.send(None)
        worker.process.join(wait)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    worker.conn.close()
