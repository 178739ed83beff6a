"""A readable one-page view of a parsed page, for a person at a terminal."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, TextIO

from .batch import Result

# Header lines shown under the headline: (label, how to read it off the record).
HEADER_LINES: tuple[tuple[str, str], ...] = (
    ("Update", "update.label"),
    ("Dateline", "dateline.raw"),
    ("By", "authors"),
    ("Published", "published"),
    ("Modified", "modified"),
    ("Site", "site_name"),
    ("URL", "url"),
    ("Language", "language"),
)


class ViewWriter:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._count = 0
        self._width = min(100, shutil.get_terminal_size((80, 24)).columns)

    def write(self, result: Result) -> None:
        if self._count:
            self._stream.write("\n" + "─" * self._width + "\n\n")
        self._count += 1
        self._stream.write(render(result, self._width))
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def render(result: Result, width: int = 80) -> str:
    where = "" if result.source is None else str(result.source.path)
    if result.data is None:
        return f"{where}\n  {result.error_type}: {result.error_message}\n"
    data = result.data
    lines = [data.get("headline") or data.get("title") or "(no headline)"]
    lines.append("=" * min(width, len(lines[0])))
    lines += [f"{label}: {value}" for label, value in _header(data)]
    lines.append("")
    for paragraph in data.get("paragraphs") or ():
        lines += textwrap.wrap(paragraph, width) or [""]
        lines.append("")
    credit = (data.get("credit") or {}).get("raw")
    if credit:
        lines += [credit, ""]
    lines.append(f"[{data.get('kind')} page: {where}]")
    return "\n".join(lines) + "\n"


def _header(data: dict[str, Any] | Any) -> list[tuple[str, str]]:
    found = []
    for label, path in HEADER_LINES:
        value = _lookup(data, path)
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        if value:
            found.append((label, str(value)))
    return found


def _lookup(data: Any, path: str) -> Any:
    for part in path.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data
