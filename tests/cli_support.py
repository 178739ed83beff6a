"""Shared helpers for the command-line and batch tests: page folders, WARCs, running the command.

Pages are written by the tests themselves (small, invented stories), never copied from
the shared corpora. Assertions rest on structure, order, counts, sources and exit codes,
not on field values the extractors are still tuning.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import newsparse

SRC = str(Path(newsparse.__file__).resolve().parents[1])

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | The Daily Example</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>{title}</h1>
<p>OSLO, May 3 (Example News) - {title} was announced on Tuesday by the harbour authority,
which said the new ferry line would run twice a day.</p>
<p>The line links the old town with the islands and replaces a service that closed in 2019.</p>
<p>Tickets go on sale next week, a spokeswoman said.</p>
</article><footer>Copyright The Daily Example</footer></body></html>
"""

TEXT_PAGE = """{title}

NAIROBI, Jan 12 (Example Wire) - {title}, officials said on Monday, adding that the
scheme would begin in the spring.

The ministry said funding had been agreed with regional partners.

(Reporting by Jane Doe; Editing by John Roe)
"""


def env() -> dict[str, str]:
    """The subprocess imports this checkout's newsparse, whatever is installed."""
    values = dict(os.environ)
    values["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, values.get("PYTHONPATH")) if p)
    return values


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m newsparse ARGS`` in a subprocess, with a time limit so a hang fails the test."""
    command = [sys.executable, "-m", "newsparse", *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, env=env(), timeout=120)


def records(output: bytes) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.decode("utf-8").splitlines()]


def html(title: str) -> str:
    return HTML_PAGE.format(title=title)


def text(title: str) -> str:
    return TEXT_PAGE.format(title=title)


def mixed_folder(root: Path) -> list[str]:
    """A folder of HTML and text pages (some named misleadingly), plus files that must fail.

    Returns the relative paths the command should report, in its (sorted-walk) order.
    """
    files = {
        "a-story.html": html("Harbour opens ferry line"),
        "b-wire.txt": text("Water scheme approved"),
        "c-text-named-html.html": text("Bridge repairs finish early"),
        "d-html-named-txt.txt": html("Museum reopens after flood"),
        "empty.txt": "   \n",
        "sub/e-no-extension": text("Rail strike called off"),
        "sub/f-page.htm": html("Library extends hours"),
        ".hidden.txt": text("Never read"),
    }
    for name, content in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(content, encoding="utf-8")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    listed = [*sorted(n for n in files if not n.startswith(".") and "/" not in n), "image.png"]
    return sorted(listed) + sorted(n for n in files if n.startswith("sub/"))


@dataclass(frozen=True)
class WarcRecordSpec:
    url: str
    body: bytes
    content_type: str
    record_type: str = "response"


def warc_specs() -> list[WarcRecordSpec]:
    """Records for a test archive: pages, a non-HTML record, a request, a wrong charset."""
    latin1_body = html("Café owners in Zürich protest").encode("latin-1", errors="replace")
    return [
        WarcRecordSpec(
            "http://example.org/news/ferry", html("Harbour opens ferry line").encode(), "text/html"
        ),
        WarcRecordSpec("http://example.org/wire/water", text("Water scheme approved").encode(), "text/plain"),
        WarcRecordSpec("http://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        WarcRecordSpec("http://example.org/news/ferry", b"", "", record_type="request"),
        # Declared UTF-8, actually Latin-1: must still give exactly one record, not a crash.
        WarcRecordSpec("http://example.org/news/cafe", latin1_body, "text/html; charset=utf-8"),
        WarcRecordSpec("http://example.org/wire/rail", text("Rail strike called off").encode(), "text/plain"),
    ]


CRAWL_DATE = "1999-05-03T10:20:30Z"


def write_warc(
    path: Path, specs: list[WarcRecordSpec], gzip: bool = True, truncate_last: bool = False
) -> list[str]:
    """Write the records with warcio (each record its own gzip member); return their record ids.

    ``truncate_last`` cuts the last gzip member in half, as an interrupted download would.
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    members, ids = [], []
    for spec in specs:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gzip)
        http = None
        if spec.record_type == "response":
            http = StatusAndHeaders("200 OK", [("Content-Type", spec.content_type)], protocol="HTTP/1.1")
        elif spec.record_type == "request":
            http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        record = writer.create_warc_record(
            spec.url,
            spec.record_type,
            payload=io.BytesIO(spec.body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": CRAWL_DATE},
        )
        writer.write_record(record)
        members.append(buffer.getvalue())
        ids.append(record.rec_headers.get_header("WARC-Record-ID"))
    if truncate_last:
        members[-1] = members[-1][: len(members[-1]) // 2]
    path.write_bytes(b"".join(members))
    return ids
