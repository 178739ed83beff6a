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
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Literal, overload

from .batch import Job, Result, Source
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


@overload
def iter_warc(
    path: str | os.PathLike[str], *, max_bytes: int = ..., errors: Literal["raise"] = ...
) -> Iterator[WarcPage]: ...


@overload
def iter_warc(
    path: str | os.PathLike[str], *, max_bytes: int = ..., errors: Literal["yield"]
) -> Iterator[WarcPage | WarcError]: ...


def iter_warc(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT.max_bytes, errors: str = "raise"
) -> Iterator[WarcPage | WarcError]:
    """Yield the HTML (and text) pages of a WARC file in archive order.

    Successful (2xx) ``response`` records and ``resource`` records are read; other records
    (requests, metadata, revisits, images, redirects) are skipped. Each page carries its
    WARC-Target-URI, WARC-Date, the HTTP charset and its ``Source`` (file, record offset,
    record id). At most ``max_bytes + 1`` bytes of a payload are kept, so a huge record costs
    no memory (the parse then reports it as too large).

    Where the archive stops being readable (a truncated download, a corrupt gzip member),
    ``errors="raise"`` raises ``WarcError`` after yielding every page before it;
    ``errors="yield"`` yields the ``WarcError`` instead and carries on from the next record
    that can be found, so one bad member does not cost the rest of the archive.
    """
    if errors not in ("raise", "yield"):
        raise ValueError(f'errors must be "raise" or "yield", not {errors!r}')
    name = os.fspath(path)
    size = os.path.getsize(name)
    start: int | None = 0
    with open(name, "rb") as handle:
        while start is not None:
            try:
                yield from _read_from(handle, name, start, size, max_bytes)
                return
            except WarcError as error:
                if errors == "raise":
                    raise
                yield error
                start = next_record_start(handle, error.offset + 1)


def warc_items(path: str, max_bytes: int = DEFAULT.max_bytes) -> Iterator[WarcPage | Result]:
    """What ``parse_many`` takes from one archive: its pages, and an error Result for each
    unreadable stretch (a truncated or corrupt record), reading on after it."""
    for item in iter_warc(path, max_bytes=max_bytes, errors="yield"):
        if isinstance(item, WarcError):
            yield Result(0, Source(path, item.offset), None, type(item).__name__, str(item))
        else:
            yield item


def _read_from(handle: BinaryIO, name: str, start: int, size: int, max_bytes: int) -> Iterator[WarcPage]:
    from warcio.archiveiterator import ArchiveIterator

    handle.seek(start)
    records = ArchiveIterator(handle)  # its offsets are file positions (it starts at tell())
    records.INC_RECORD = ""  # warcio prints overruns to stderr; they become error records here
    try:
        for record in records:
            offset = records.offset  # read before the payload: warcio moves it afterwards
            complaints = records.err_count
            page = _page(record, name, offset, max_bytes)
            _require_complete(record, name, offset)
            records.read_to_end()  # checks the record ends where its Content-Length says
            if records.err_count > complaints:
                raise WarcError(_overrun_message(offset), name, offset)
            if page is not None:
                yield page
    except WarcError:
        raise
    except Exception as error:  # warcio raises assorted types on bad data
        raise _unreadable(name, records.offset, size, error) from error
    if records.offset < size:
        raise _unreadable(name, records.offset, size, None)


# How a record starts: a gzip member (deflate) whose text begins "WARC/", or the plain line.
_GZIP_MEMBER = b"\x1f\x8b\x08"
_PLAIN_RECORD = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def next_record_start(handle: BinaryIO, position: int) -> int | None:
    """The file position of the next readable record at or after ``position``, if any."""
    handle.seek(0)
    compressed = handle.read(2) == b"\x1f\x8b"
    marker = _GZIP_MEMBER if compressed else _PLAIN_RECORD
    while True:
        handle.seek(position)
        chunk = handle.read(_SCAN_CHUNK + len(marker))
        found = chunk.find(marker)
        while found >= 0:
            if not compressed or _starts_warc_member(handle, position + found):
                return position + found
            found = chunk.find(marker, found + 1)
        if len(chunk) <= len(marker):
            return None
        position += _SCAN_CHUNK


def _starts_warc_member(handle: BinaryIO, position: int) -> bool:
    handle.seek(position)
    try:
        head = zlib.decompressobj(wbits=31).decompress(handle.read(4096), 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def _overrun_message(offset: int) -> str:
    return (
        f"the record at byte {offset:,} does not end where its Content-Length says: "
        "a truncated or corrupt record"
    )


def _unreadable(path: str, offset: int, size: int, error: BaseException | None) -> WarcError:
    why = "" if error is None else f" ({type(error).__name__}: {_printable(str(error))})"
    message = (
        f"the archive cannot be read from byte {offset:,} of {size:,}{why}: a truncated or corrupt record"
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
            "missing): an interrupted download or a corrupt gzip member"
        )
        raise WarcError(message, path, offset)


def _printable(text: str, limit: int = 120) -> str:
    """warcio quotes the bad bytes it met; keep messages to one readable line."""
    return "".join(c if " " <= c <= "~" else "?" for c in text[:limit])


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
