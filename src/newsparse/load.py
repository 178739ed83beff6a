"""Front matter of every parse: accept the input, enforce limits, decode, tell HTML from text."""

from __future__ import annotations

import codecs
import itertools
import os
import re
from dataclasses import dataclass
from typing import Any

from .errors import (
    EmptyPageError,
    NotAPageError,
    PageTooLargeError,
    UndecodableError,
    UnsupportedInputError,
)
from .settings import Settings

# Magic numbers of things that are not pages, with the name users know them by.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF file (WebP image or audio)"),
    (b"PK\x03\x04", "a zip archive (or a docx/xlsx/epub)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ", "xz-compressed data (decompress it first)"),
    (b"7z\xbc\xaf", "a 7-zip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"WARC/", "a WARC file (use newsparse.iter_warc)"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""", re.I)
_HTML_START = re.compile(
    r"\A\s*(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|title|br|table|article|section|h[1-6]|ul|li|img|link)\b[^<>]{0,500}>",
    re.I,
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded input: ``kind`` is ``"html"`` or ``"text"``; ``tree`` is set for parsed HTML."""

    kind: str
    text: str
    tree: Any = None


def load(page: Any, settings: Settings, kind: str | None = None) -> Loaded:
    """Turn any accepted input into decoded text (or an lxml tree), sniffing its kind."""
    tree = _as_tree(page)
    if tree is not None:
        return Loaded("html", "", tree)
    raw = _read(page, settings)
    text = raw if isinstance(raw, str) else decode(raw, settings.encoding)
    text = clean_text(text)
    if not text.strip():
        raise EmptyPageError("the page is empty or holds only whitespace; nothing to parse")
    return Loaded(kind or sniff_kind(text), text)


def _as_tree(page: Any) -> Any:
    """lxml elements and trees pass through; a BeautifulSoup object is serialised for lxml."""
    module = type(page).__module__
    if module.startswith("lxml"):
        return page.getroot() if hasattr(page, "getroot") else page
    if module.startswith("bs4"):
        return None
    return None


def _read(page: Any, settings: Settings) -> str | bytes:
    if type(page).__module__.startswith("bs4"):
        page = str(page)
    if isinstance(page, os.PathLike):
        page = _read_path(os.fspath(page), settings)
    elif hasattr(page, "read"):
        page = page.read(settings.max_bytes + 1)
    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    if not isinstance(page, (str, bytes)):
        raise UnsupportedInputError(
            f"cannot parse a {type(page).__name__}: pass str, bytes, a path, a file object, "
            "an lxml tree or a BeautifulSoup object"
        )
    size = len(page) if isinstance(page, bytes) else len(page) * (1 if page.isascii() else 2)
    if size > settings.max_bytes:
        raise PageTooLargeError(
            f"the page is {size:,} bytes, over the limit of {settings.max_bytes:,}; "
            "raise Settings.max_bytes to accept it"
        )
    return page


def _read_path(path: str | bytes, settings: Settings) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(settings.max_bytes + 1)


def decode(raw: bytes, encoding: str | None = None) -> str:
    """BOM, then the caller's charset, then ``<meta charset>``, then UTF-8, then sniffing."""
    if not raw.strip():
        raise EmptyPageError("the page is empty or holds only whitespace; nothing to parse")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec, errors="replace")
    _refuse_binary(raw)
    for candidate in (encoding, _meta_charset(raw), "utf-8"):
        decoded = _try_decode(raw, candidate)
        if decoded is not None:
            return decoded
    return _sniff_decode(raw)


def _refuse_binary(raw: bytes) -> None:
    head = raw.lstrip()[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            shown = magic.decode("latin-1").encode("unicode_escape").decode()
            raise NotAPageError(
                f"this looks like {name} (starts with {shown!r}), not a web page or text page"
            )
    sample = raw[:4096]
    if _looks_utf16(sample):
        return
    if sample.count(0) > len(sample) // 10:
        raise NotAPageError(
            "this looks like binary data (many NUL bytes in the first 4 KB), not a web page or text page"
        )


def _looks_utf16(sample: bytes) -> bool:
    even, odd = sample[0::2], sample[1::2]
    return bool(sample) and (even.count(0) > len(even) * 0.4 or odd.count(0) > len(odd) * 0.4)


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _try_decode(raw: bytes, codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        codecs.lookup(codec)
        return raw.decode(codec)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def _sniff_decode(raw: bytes) -> str:
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(raw, ["utf-8", "windows-1252"], is_html=True)
    if dammit.unicode_markup is None:
        raise UndecodableError("the bytes decode in no known encoding; pass encoding= if you know it")
    return dammit.unicode_markup


def clean_text(text: str) -> str:
    """Drop NULs, stray control characters and lone surrogates; keep tabs and newlines."""
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def sniff_kind(text: str) -> str:
    """``"html"`` when the text starts like a document or carries several common tags."""
    head = text[:65536]
    if _HTML_START.match(head):
        return "html"
    tags = itertools.islice(_HTML_TAG.finditer(head), 5)
    return "html" if sum(1 for _ in tags) >= 5 else "text"
