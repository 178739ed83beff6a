"""Run one tool over a corpus in its own process and stream one JSON line per page.

Each page records wall time and CPU time (``process_time``) of the extraction call: CPU time
is the steadier number on a machine whose other work competes for the two cores.
A process per tool keeps peak memory per tool honest (``VmHWM`` of this process only)
and keeps one tool's imports, caches and crashes away from the others. A page that raises
or runs past the time limit is recorded as an error with empty output; the run goes on.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
import traceback
from pathlib import Path
from types import FrameType
from typing import IO, Any

from .corpus import Row, inputs, read_manifest
from .normalise import authors, day
from .tools import TOOLS, Raw

PAGE_SECONDS = 60


class PageTimeout(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout(f"no result within {PAGE_SECONDS} s")


def peak_rss_kib() -> int:
    """This process's peak resident memory in KiB: Linux's ``VmHWM``, which starts afresh at
    exec. ``ru_maxrss`` survives execve, so a worker started by a parent that has grown
    (holding earlier rounds' results) would report the parent's size instead."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def run(tool_name: str, folder: Path, limit: int | None, out: IO[str]) -> None:
    rows = read_manifest(folder, limit)
    started = time.perf_counter()
    extract = TOOLS[tool_name].setup()
    _emit(out, {"setup": True, "seconds": time.perf_counter() - started, "rss_kib": peak_rss_kib()})
    signal.signal(signal.SIGALRM, _alarm)
    for row in rows:
        _emit(out, _one(extract, row))
    _emit(out, {"done": True, "peak_rss_kib": peak_rss_kib()})


def _one(extract: Any, row: Row) -> dict[str, Any]:
    page = inputs(row)
    error = None
    signal.alarm(PAGE_SECONDS)
    started, cpu_started = time.perf_counter(), time.process_time()
    try:
        raw = extract(page)
    except Exception as exc:  # a peer's failure on one page is data, not a crash
        raw, error = Raw(), f"{type(exc).__name__}: {str(exc)[:200]}"
    finally:
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        signal.alarm(0)
    return _record(row.id, raw, (seconds, cpu), error)


def _record(page_id: str, raw: Raw, times: tuple[float, float], error: str | None) -> dict[str, Any]:
    return {
        "id": page_id,
        "seconds": times[0],
        "cpu": times[1],
        "error": error,
        "internal_error": raw.internal_error,
        "body": raw.body or "",
        "title": raw.title,
        "published": day(raw.published),
        "authors": authors(raw.authors),
    }


def _emit(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def main(argv: list[str]) -> int:
    tool_name, folder, limit, out_path = argv
    with open(out_path, "w", encoding="utf-8") as out:
        try:
            run(tool_name, Path(folder), int(limit) or None, out)
        except Exception:  # setup failed (tool not importable): the parent scores it as empty
            _emit(out, {"fatal": traceback.format_exc(limit=3)})
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
