"""Reading a shared-corpus folder (``manifest.jsonl``) and preparing each page's inputs."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# A charset named in the page's head; bounded so the scan stays linear.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WRAPPED = '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{}\n</body></html>\n'


@dataclass(frozen=True, slots=True)
class Row:
    """One manifest line: where the page is, what kind it is, and its ground truth."""

    id: str
    path: Path
    kind: str
    url: str | None
    expected: dict[str, Any]
    source: str = ""


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a tool may be handed for one page, all made before any timer starts.

    ``kind`` is the manifest's (``html`` or ``text``); ``raw`` is the file's bytes (newsparse
    reads these for both kinds); ``html_bytes`` and ``html_str`` are the HTML peers see: the
    page itself, or for a text page the text wrapped as one ``<p>`` per blank-line block.
    """

    kind: str
    raw: bytes
    html_bytes: bytes
    html_str: str
    url: str | None


def read_manifest(folder: Path, limit: int | None = None) -> list[Row]:
    rows = list(_rows(folder))
    return rows[:limit] if limit else rows


def _rows(folder: Path) -> Iterator[Row]:
    with (folder / "manifest.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                data = json.loads(line)
                path, url = folder / data["path"], data.get("url")
                yield Row(data["id"], path, data["kind"], url, data["expected"], data.get("source", ""))


def inputs(row: Row) -> Inputs:
    raw = row.path.read_bytes()
    if row.kind == "html":
        return Inputs(row.kind, raw, raw, decode(raw), row.url)
    wrapped = wrap_text(decode(raw))
    return Inputs(row.kind, raw, wrapped.encode("utf-8"), wrapped, row.url)


def decode(raw: bytes) -> str:
    """UTF-8, else the charset the page names, else cp1252: for peers that want ``str``."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    found = _META_CHARSET.search(raw[:20_000])
    if found:
        try:
            return raw.decode(found.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def wrap_text(text: str) -> str:
    """A text page as the simplest HTML: one ``<p>`` per blank-line-separated block."""
    blocks = (b.strip() for b in _BLANK_LINE.split(text.replace("\r\n", "\n")))
    paragraphs = "\n".join(f"<p>{html.escape(b)}</p>" for b in blocks if b)
    return _WRAPPED.format(paragraphs)
