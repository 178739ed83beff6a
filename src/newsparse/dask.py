"""Archives too large for one machine: the same parse as the CLI, as a ``dask.bag``.

Install with ``pip install "newsparse[dask]"``. Each WARC file (or each group of page files)
is one bag partition, parsed inside a Dask worker by ``parse_many(..., workers=0)``; the
scheduling, retries and spreading over machines are Dask's. Items are the same dicts the
command writes as JSON Lines (an article plus ``source``, or an error record).

    >>> from dask.distributed import Client
    >>> client = Client("tcp://scheduler:8786")
    >>> bag = newsparse.dask.from_warcs(sorted(glob.glob("/archive/*.warc.gz")))
    >>> bag.map(json.dumps).to_textfiles("/results/part-*.jsonl")
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Sequence
from typing import Any

from .batch import DEFAULT_TIMEOUT, Job, Source, parse_many
from .settings import Settings
from .warc import warc_items

Record = dict[str, Any]


def from_warcs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: Settings | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Any:
    """A ``dask.bag`` of result records, one partition per WARC file, in archive order."""
    names = [os.fspath(p) for p in paths]
    bag = _bags().from_sequence(names, npartitions=max(1, len(names)))
    return bag.map_partitions(_parse_warcs, settings=settings, timeout=timeout)


def from_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    settings: Settings | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Any:
    """A ``dask.bag`` of result records for HTML or text page files (read by the workers)."""
    names = [os.fspath(p) for p in paths]
    parts = npartitions or max(1, min(len(names), 100))
    bag = _bags().from_sequence(names, npartitions=parts)
    return bag.map_partitions(_parse_files, settings=settings, timeout=timeout)


def _bags() -> Any:
    """``dask.bag``, imported on use: dask is an optional extra (and mypy need not see it)."""
    try:
        return importlib.import_module("dask.bag")
    except ImportError as error:
        raise ImportError('newsparse.dask needs dask: pip install "newsparse[dask]"') from error


def _parse_warcs(paths: Sequence[str], settings: Settings | None, timeout: float | None) -> list[Record]:
    # Workers=0: a Dask worker process is the unit of parallelism; the time budget applies
    # where the worker runs tasks on its main thread (SIGALRM is main-thread only).
    pages = (item for path in paths for item in warc_items(path))
    return [r.to_dict() for r in parse_many(pages, workers=0, settings=settings, timeout=timeout)]


def _parse_files(paths: Sequence[str], settings: Settings | None, timeout: float | None) -> list[Record]:
    jobs = (Job(Source(p), path=p) for p in paths)
    return [r.to_dict() for r in parse_many(jobs, workers=0, settings=settings, timeout=timeout)]
