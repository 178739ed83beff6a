"""Where results go: JSON Lines, a JSON array, CSV, or one JSON file per input in a folder.

Every record is written whole with a single write and flushed at once, so a killed run
leaves at most one partial last line, which ``--resume`` cuts off before appending.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from typing import Any, BinaryIO, Protocol

from .batch import Result, Source
from .model import Article, Credit, Dateline, Update

# How list fields become one CSV cell; every other list is joined with "; ".
CSV_JOINERS = {"paragraphs": "\n\n"}
CSV_NESTED = ("update", "dateline", "credit")
# Record terminators: JSON never holds a raw newline, CSV cells never hold "\r\n" (see _cell).
TERMINATORS = {"jsonl": b"\n", "csv": b"\r\n"}


class Writer(Protocol):
    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


def dumps(record: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent, default=str)


class JsonLinesWriter:
    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream

    def write(self, result: Result) -> None:
        _put(self._stream, (dumps(result.to_dict()) + "\n").encode("utf-8"))

    def close(self) -> None:
        self._stream.flush()


class JsonArrayWriter:
    """One JSON array; valid JSON only once the run ends (use JSON Lines for streaming)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._count = 0

    def write(self, result: Result) -> None:
        lead = "[\n" if self._count == 0 else ",\n"
        self._count += 1
        _put(self._stream, (lead + dumps(result.to_dict())).encode("utf-8"))

    def close(self) -> None:
        _put(self._stream, b"[]\n" if self._count == 0 else b"\n]\n")


def csv_columns() -> list[str]:
    """Stable column order: source and error first, then Article's fields in declaration order."""
    sample = Article(update=Update(False), dateline=Dateline(""), credit=Credit(""))
    return list(flatten(sample.to_dict()))


def flatten(record: dict[str, Any]) -> dict[str, str]:
    """One CSV row: nested records spread into ``parent_child`` columns, lists joined."""
    row: dict[str, str] = {}
    source, error = record.get("source") or {}, record.get("error") or {}
    for key in ("path", "offset", "record_id"):
        row[f"source_{key}"] = _cell(key, source.get(key))
    row["error_type"] = _cell("type", error.get("type"))
    row["error_message"] = _cell("message", error.get("message"))
    for key, value in record.items():
        if key in ("source", "error"):
            continue
        if key in CSV_NESTED and isinstance(value, dict):
            row.update({f"{key}_{k}": _cell(k, v) for k, v in value.items()})
        elif key not in CSV_NESTED:
            row[key] = _cell(key, value)
    return row


def _cell(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return CSV_JOINERS.get(key, "; ").join(_cell(key, v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_cell(k, v).replace('; ', ', ')}" for k, v in value.items())
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


class CsvWriter:
    def __init__(self, stream: BinaryIO, header: bool) -> None:
        self._stream = stream
        self._columns = csv_columns()
        if header:
            _put(stream, self._row({c: c for c in self._columns}))

    def _row(self, row: dict[str, str]) -> bytes:
        buffer = io.StringIO()
        csv.DictWriter(buffer, self._columns, extrasaction="ignore", lineterminator="\r\n").writerow(row)
        return buffer.getvalue().encode("utf-8")

    def write(self, result: Result) -> None:
        _put(self._stream, self._row(flatten(result.to_dict())))

    def close(self) -> None:
        self._stream.flush()


class FolderWriter:
    """One pretty JSON file per input (``.error.json`` for failures), written atomically."""

    def __init__(self, folder: str, indent: int | None) -> None:
        self._folder = folder
        self._indent = indent

    def write(self, result: Result) -> None:
        target = folder_target(self._folder, result.source, result.ok)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        partial = target + ".partial"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(dumps(result.to_dict(), self._indent) + "\n")
        os.replace(partial, target)

    def close(self) -> None:
        return None


def folder_target(folder: str, source: Source | None, ok: bool = True) -> str:
    """``out/<input path>.json``; a WARC record is ``out/<warc path>/<offset>.json``."""
    path = "stdin" if source is None or source.path in (None, "-") else str(source.path)
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if source is not None and source.offset is not None:
        parts.append(str(source.offset))
    suffix = ".json" if ok else ".error.json"
    return os.path.join(folder, *parts[:-1], parts[-1] + suffix)


def _put(stream: BinaryIO, data: bytes) -> None:
    stream.write(data)
    stream.flush()


def cut_partial_line(path: str, terminator: bytes) -> None:
    """Drop an unfinished last record (a killed run) so appended records start clean."""
    with open(path, "rb+") as handle:
        end = handle.seek(0, os.SEEK_END)
        keep = _last_terminator_end(handle, end, terminator)
        if keep < end:
            handle.truncate(keep)


def _last_terminator_end(handle: BinaryIO, end: int, terminator: bytes) -> int:
    chunk, position = 1 << 16, end
    while position > 0:
        start = max(0, position - chunk)
        handle.seek(start)
        data = handle.read(position - start + len(terminator) - 1)
        found = data.rfind(terminator)
        if found >= 0:
            return start + found + len(terminator)
        position = start
    return 0


def done_sources(path: str, fmt: str) -> Iterator[tuple[str | None, int | None]]:
    """The source keys of the records already in an output file."""
    if fmt == "csv":
        yield from _csv_sources(path)
        return
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                source = json.loads(line).get("source") or {}
            except (ValueError, AttributeError):
                continue
            yield (source.get("path"), source.get("offset"))


def _csv_sources(path: str) -> Iterator[tuple[str | None, int | None]]:
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            offset = row.get("source_offset") or ""
            yield (row.get("source_path") or None, int(offset) if offset.isdigit() else None)
