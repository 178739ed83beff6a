"""Pages out of WARC / WARC.gz web archives, read with warcio one record at a time.

warcio was chosen over fastwarc by measurement: fastwarc reads records about twice as fast
(1.3 s against 2.9 s for 3,000 records, 640 MB of HTML), but reading is under 5 % of the
time parsing those pages takes, and warcio is pure Python (no compiled wheel to chase).
"""

from __future__ import annotations

import datetime as _dt
import gzip
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .batch import Job, Source
from .errors import NewsparseError
from .settings import DEFAULT

# WARC record types that carry a page, and the HTTP/record content types read as pages.
PAGE_RECORDS = frozenset({"response", "resource"})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


class WarcError(NewsparseError):
    """The archive could not be read past ``offset`` (a truncated or corrupt gzip member)."""

    def __init__(self, message: str, path: str, offset: int) -> None:
        super().__init__(message)
        self.path = path
        self.offset = offset


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One page from an archive: the HTTP payload plus what the record says about it."""

    source: Source
    content: bytes
    url: str | None
    date: _dt.datetime | None
    content_type: str | None
    encoding: str | None

    def to_job(self) -> Job:
        day = None if self.date is None else self.date.date()
        return Job(self.source, data=self.content, url=self.url, reference_date=day, encoding=self.encoding)


def is_warc(path: str) -> bool:
    """True when the file starts like a WARC, plain or gzip-compressed (by content, not name)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            if head == b"\x1f\x8b":
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    return unzipped.read(5) == b"WARC/"
            return handle.read(5) == b"WARC/"
    except (OSError, EOFError, gzip.BadGzipFile):
        return False


def iter_warc(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT.max_bytes) -> Iterator[WarcPage]:
    """Yield the HTML (and text) pages of a WARC file in archive order.

    Successful (2xx) ``response`` records and ``resource`` records are read; other records
    (requests, metadata, revisits, images, redirects) are skipped. Each page carries its
    WARC-Target-URI, WARC-Date, the HTTP charset and its ``Source`` (file, record offset,
    record id). At most ``max_bytes + 1`` bytes of a payload are kept, so a huge record costs
    no memory (the parse then reports it as too large). Raises ``WarcError`` where the archive
    stops being readable (a truncated download), after yielding every page before it.
    """
    from warcio.archiveiterator import ArchiveIterator

    name = os.fspath(path)
    size = os.path.getsize(name)
    with open(name, "rb") as handle:
        records = ArchiveIterator(handle)
        try:
            for record in records:
                offset = records.offset  # read before the payload: warcio moves it afterwards
                page = _page(record, name, offset, max_bytes)
                _require_complete(record, name, offset)
                if page is not None:
                    yield page
        except WarcError:
            raise
        except Exception as error:
            raise _unreadable(name, records.offset, size, error) from error
        if records.offset < size:
            raise _unreadable(name, records.offset, size, None)


def _unreadable(path: str, offset: int, size: int, error: BaseException | None) -> WarcError:
    why = "" if error is None else f" ({type(error).__name__}: {str(error)[:200]})"
    message = (
        f"the archive cannot be read from byte {offset:,} of {size:,}{why}: "
        "a truncated or corrupt record; the pages before it were read"
    )
    return WarcError(message, path, offset)


def _require_complete(record: Any, path: str, offset: int) -> None:
    """warcio hands out a cut-off last record as if it were whole; its Content-Length says
    how many bytes should have followed, so count what is left unread after draining it."""
    stream = record.raw_stream
    while stream.read(1 << 16):
        pass
    missing = getattr(stream, "limit", 0)
    if missing > 0:
        message = (
            f"the record at byte {offset:,} is truncated ({missing:,} bytes of its content are "
            "missing): an interrupted download or a corrupt gzip member; the pages before it were read"
        )
        raise WarcError(message, path, offset)


def _page(record: Any, path: str, offset: int, max_bytes: int) -> WarcPage | None:
    if record.rec_type not in PAGE_RECORDS:
        return None
    if record.http_headers is not None and not _status_ok(record.http_headers.get_statuscode()):
        return None
    declared = _content_type(record)
    mime = (declared or "").split(";", 1)[0].strip().lower()
    if mime and mime not in PAGE_TYPES:
        return None
    headers = record.rec_headers
    content = record.content_stream().read(max_bytes + 1)
    return WarcPage(
        source=Source(path, offset, headers.get_header("WARC-Record-ID")),
        content=content,
        url=headers.get_header("WARC-Target-URI"),
        date=_warc_date(headers.get_header("WARC-Date")),
        content_type=declared,
        encoding=_charset(declared),
    )


def _status_ok(code: str | None) -> bool:
    return code is None or code.startswith("2")


def _content_type(record: Any) -> str | None:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type")
    else:
        value = record.rec_headers.get_header("Content-Type")
    return None if value is None else str(value)


def _charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def _warc_date(value: str | None) -> _dt.datetime | None:
    if not value:
        return None
    try:
        return _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
