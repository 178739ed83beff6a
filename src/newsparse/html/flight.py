"""Story markup a Next.js page ships only in its flight data, not in its HTML.

An App Router page streams its React payload as ``self.__next_f.push([1,"..."])``
scripts. A site that renders the story on the client (``dangerouslySetInnerHTML``) leaves
the server HTML without a paragraph of it; the story's markup then stands in the payload
as a text row, ``<id>:T<hex byte length>,<markup>``. This module gives that markup back
so the normal walk can read it, when the page itself showed no story.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_SCRIPT = 2_000_000  # a push script larger than this is not read
MAX_PAYLOAD = 8_000_000
_PUSH = re.compile(r"\s{0,20}self\.__next_f\.push\(\[1,\s{0,3}(\".*\")\]\)\s{0,20};?\s{0,20}", re.S)
# The head of a text row: an id, "T", the body's length in UTF-8 bytes (hex), a comma.
_TEXT_ROW = re.compile(r"(?:^|\n)[0-9a-f]{1,8}:T([0-9a-f]{1,8}),")
_STORY_TAG = re.compile(r"<p[\s>]")


def story_markup(root: Any) -> str | None:
    """The flight text rows that hold paragraphs, joined, or ``None`` if there are none."""
    payload = _payload(root)
    if not payload or not _TEXT_ROW.search(payload):
        return None
    rows = [row for row in _text_rows(payload) if _STORY_TAG.search(row)]
    return "\n".join(rows) or None


def _payload(root: Any) -> str:
    chunks: list[str] = []
    size = 0
    for script in root.iter("script"):
        text = script.text or ""
        if not text.lstrip().startswith("self.__next_f.push") or len(text) > MAX_SCRIPT:
            continue
        chunk = _chunk(text)
        size += len(chunk)
        if size > MAX_PAYLOAD:
            break
        chunks.append(chunk)
    return "".join(chunks)


def _chunk(script: str) -> str:
    match = _PUSH.fullmatch(script)
    if not match:
        return ""
    try:
        value = json.loads(match.group(1))
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def _text_rows(payload: str) -> list[str]:
    """Each text row's body: its length is counted in UTF-8 bytes, not characters."""
    data = payload.encode("utf-8", "replace")
    rows = []
    chars = start = 0
    for match in _TEXT_ROW.finditer(payload):
        start += len(payload[chars : match.end()].encode("utf-8", "replace"))
        chars = match.end()
        body = data[start : start + int(match.group(1), 16)]
        rows.append(body.decode("utf-8", "replace"))
    return rows
