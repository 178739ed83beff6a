"""The command's inputs: files, folders (walked in a fixed order), standard input and WARCs."""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from .batch import Job, Source
from .warc import is_warc, warc_items

STDIN = "-"

Skip = Callable[[Source], bool]


def missing(paths: Sequence[str]) -> list[str]:
    """The arguments that name nothing on disk (a usage error, reported before any work)."""
    return [p for p in paths if p != STDIN and not os.path.exists(p)]


def expand(paths: Sequence[str], globs: Sequence[str], exclude: Sequence[str] = ()) -> Iterator[str]:
    """Files named directly, then each folder's files in sorted order (hidden ones skipped).

    ``exclude`` names the run's own output files and folders: a folder walk must not read
    back what the run is writing into it.
    """
    own = {os.path.abspath(p) for p in exclude}
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path, globs, own)
        else:
            yield path


def _walk(root: str, globs: Sequence[str], own: set[str]) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if _keep(os.path.join(folder, d), own))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if _keep(path, own) and _matches(os.path.relpath(path, root), globs):
                yield path


def _keep(path: str, own: set[str]) -> bool:
    return not os.path.basename(path).startswith(".") and os.path.abspath(path) not in own


def _matches(relative: str, globs: Sequence[str]) -> bool:
    if not globs:
        return True
    posix = relative.replace(os.sep, "/")
    name = os.path.basename(posix)
    return any(fnmatch.fnmatch(posix, g) or fnmatch.fnmatch(name, g) for g in globs)


def items(
    paths: Sequence[str], globs: Sequence[str], skip: Skip, max_bytes: int, exclude: Sequence[str] = ()
) -> Iterator[Any]:
    """What ``parse_many`` gets: a Job per file, a page per WARC record, and an error Result
    where an archive stops being readable. Inputs for which ``skip`` says yes are left out."""
    for path in expand(paths, globs, exclude):
        if path == STDIN:
            if not skip(Source(STDIN)):
                yield Job(Source(STDIN), data=sys.stdin.buffer.read(max_bytes + 1))
        elif is_warc(path):
            yield from _warc_items(path, skip, max_bytes)
        elif not skip(Source(path)):
            yield Job(Source(path), path=path)


def _warc_items(path: str, skip: Skip, max_bytes: int) -> Iterator[Any]:
    for item in warc_items(path, max_bytes):
        if item.source is None or not skip(item.source):
            yield item
