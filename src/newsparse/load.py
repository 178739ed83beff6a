"""Front matter of every parse: accept the input, enforce limits, decode, tell HTML from text.

Also home of the last line of defence (``guarded``): a bug deeper in the pipeline on a
messy page must cost the caller a warning, not the page. docs/robustness.md explains
the guarantees; every regex here is linear-time and runs on a bounded prefix.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as _dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import (
    EmptyPageError,
    InternalError,
    NewsparseError,
    NotAPageError,
    PageTooLargeError,
    UndecodableError,
    UnreadableInputError,
    UnsupportedInputError,
)
from .model import Article, Credit, Dateline, Update
from .settings import Settings

# Magic numbers of things that are not pages: the name users know them by, and what to do.
_UNPACK = "unpack it and parse the pages inside"
_DECOMPRESS = "decompress it first"
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF", "a PDF", "extract its text first (for example with pdftotext) and parse that"),
    (b"\x89PNG", "a PNG image", ""),
    (b"GIF87a", "a GIF image", ""),
    (b"GIF89a", "a GIF image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"RIFF", "a RIFF file (WebP image or audio)", ""),
    (b"PK\x03\x04", "a zip archive (or a docx/xlsx/epub)", _UNPACK),
    (b"\x1f\x8b", "gzip-compressed data", _DECOMPRESS),
    (b"BZh", "bzip2-compressed data", _DECOMPRESS),
    (b"\xfd7zXZ", "xz-compressed data", _DECOMPRESS),
    (b"(\xb5/\xfd", "zstd-compressed data", _DECOMPRESS),
    (b"7z\xbc\xaf", "a 7-zip archive", _UNPACK),
    (b"Rar!", "a RAR archive", _UNPACK),
    (b"\x7fELF", "an executable", ""),
    (b"MZ\x90\x00", "a Windows executable", ""),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file", ""),
    (b"WARC/1.", "a WARC file", "read its records (for example with warcio) and parse each body"),
    (b"OggS", "an Ogg media file", ""),
    (b"ID3\x02", "an MP3 file", ""),
    (b"ID3\x03", "an MP3 file", ""),
    (b"ID3\x04", "an MP3 file", ""),
    (b"fLaC", "a FLAC audio file", ""),
    (b"\x1aE\xdf\xa3", "a WebM/Matroska video", ""),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video", ""),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video", ""),
    (b"\x00\x00\x01\x00", "an icon (.ico) image", ""),
    (b"wOFF", "a web font", ""),
    (b"wOF2", "a web font", ""),
    (b"SQLite format 3", "an SQLite database", ""),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared charsets mean what browsers take them to mean (WHATWG Encoding Standard): labels of
# ISO-8859-1 and ASCII are really windows-1252, gb2312 is really GBK... A declared UTF-16/32
# without a BOM or the NUL pattern is a lie (the bytes were re-encoded): ignore it (None).
_CODEC_ALIASES: dict[str, str | None] = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
    "utf-16": None,
    "utf-16-le": None,
    "utf-16-be": None,
    "utf-32": None,
    "utf-32-le": None,
    "utf-32-be": None,
}
# Labels Python does not know but pages use.
_LABEL_ALIASES: dict[str, str] = {"utf8mb4": "utf-8", "utf8mb3": "utf-8", "x-sjis": "cp932"}
# Seven-bit encodings whose bytes are all ASCII yet decode differently.
_SEVEN_BIT = ("iso2022", "utf-7", "hz")

_SAMPLE = 4096
_SNIFF_CHARS = 65536
# <meta charset=...>, <meta http-equiv ... charset=...> and <?xml encoding="..."?>; the gaps
# are bounded so that a page of spaces cannot make a single attempt quadratic.
_DECLARED_CHARSET = re.compile(
    rb"""<(?:meta[^>]{0,200}?charset|\?xml[^>]{0,100}?encoding)\s{0,20}=\s{0,20}["']?\s{0,20}"""
    rb"""([a-zA-Z0-9_.:-]{1,40})""",
    re.I,
)
_HTML_OPENING = re.compile(r"<(?:!doctype\s{1,20}html|html|head|body|\?xml)\b", re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|title|br|table|article|section|h[1-6]|ul|li|img|link)"
    r"\b[^<>]{0,500}>",
    re.I,
)
# NUL and other C0 controls (tab, newline and carriage return stay), DEL, C1 controls,
# lone surrogates and the two non-characters U+FFFE/U+FFFF: never part of a page's text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# The same set in UTF-8: C0 controls and DEL are single bytes, C1 controls are C2 80-9F.
_C0_BYTES = bytes(range(0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20)) + b"\x7f"
# One at a time: ``in`` finds a single byte with memchr, which reads many bytes a step.
_C0_SINGLES = tuple(bytes([b]) for b in _C0_BYTES)
_C1_UTF8 = re.compile(b"\xc2[\x80-\x9f]")
_SHORT_TEXT = 2000
# Bytes that never appear in a text page (ESC stays: ISO-2022 encodings use it).
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_ESCAPED_RUN = re.compile("[\udc80-\udcff]+")
# A start tag with MAX_ATTRIBUTES or more attributes. libxml2 checks each new attribute against
# all earlier ones (quadratic: 40,000 attributes on one tag take seconds, a million take
# hours), and no real element has hundreds. The name classes exclude "<" and quotes and each
# attribute must start after whitespace, so a failed attempt cannot re-split what it read:
# one pass, linear in the page. The count is exact, not open-ended: the regex engine keeps
# state for every repetition, and a million of them would cost gigabytes.
MAX_ATTRIBUTES = 256
# Characters such a tag holds after "<" and its first letter, at the least.
_LONG_TAG_REST = 2 * MAX_ATTRIBUTES - 2
_CROWDED_TAG = re.compile(
    r"""(<[A-Za-z][^\s/<>]{0,100})"""
    r"""(?:\s+[^\s"'<>/=]{1,200}(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)"""
    rf"{{{MAX_ATTRIBUTES}}}"
)
_BINARY_SHARE = 0.03
_REPLACEMENT_SHARE = 0.25
_WHAT_WE_TAKE = "pass str, bytes, a path, a file object, an lxml tree or a BeautifulSoup object"


@dataclass(frozen=True, slots=True)
class Loaded:
    """A decoded input: ``kind`` is ``"html"`` or ``"text"``; ``tree`` is set for parsed HTML.

    ``utf8``, when set, is exactly ``text`` encoded as UTF-8 (the page's own bytes, when
    cleaning and defusing changed nothing): the HTML parser takes it without re-encoding.
    """

    kind: str
    text: str
    tree: Any = None
    utf8: bytes | None = None


def load(page: Any, settings: Settings, kind: str | None = None) -> Loaded:
    """Turn any accepted input into decoded text (or an lxml tree), sniffing its kind."""
    tree = _as_tree(page)
    if tree is not None:
        return Loaded("html", "", tree)
    raw = _read(page, settings)
    decoded, utf8 = (raw, None) if isinstance(raw, str) else _decode(raw, settings.encoding)
    text = clean_text(decoded, utf8)
    if not text or text.isspace():  # strip() would copy the whole page
        raise EmptyPageError(
            "the page is empty or holds only whitespace or control characters; nothing to parse"
        )
    kind = kind or sniff_kind(text)
    if kind != "html":
        return Loaded(kind, text)
    markup = defuse_markup(text)
    # Both steps hand back their very input when they change nothing.
    return Loaded(kind, markup, utf8=utf8 if markup is decoded else None)


def _as_tree(page: Any) -> Any:
    """lxml elements and element trees pass through untouched (strings from xpath are str)."""
    if isinstance(page, (str, bytes)) or not type(page).__module__.startswith("lxml"):
        return None
    if hasattr(page, "getroot"):
        return page.getroot()
    return page if hasattr(page, "iter") and hasattr(page, "tag") else None


def _read(page: Any, settings: Settings) -> str | bytes:
    streamed = isinstance(page, os.PathLike) or hasattr(page, "read")
    if type(page).__module__.startswith("bs4"):
        page = str(page)
    elif isinstance(page, os.PathLike):
        page = _read_path(page, settings)
    elif hasattr(page, "read"):
        page = _read_file(page, settings)
    if isinstance(page, (bytearray, memoryview)):
        page = bytes(page)
    if not isinstance(page, (str, bytes)):
        raise UnsupportedInputError(f"cannot parse a {type(page).__name__}: {_WHAT_WE_TAKE}")
    if len(page) > settings.max_bytes:
        unit = "characters" if isinstance(page, str) else "bytes"
        size = "more than that" if streamed else f"{len(page):,} {unit}"
        raise PageTooLargeError(
            f"the page is over the limit of {settings.max_bytes:,} {unit} ({size}); "
            "pass settings=Settings(max_bytes=...) to accept larger pages"
        )
    return page


def _read_path(path: os.PathLike[Any], settings: Settings) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(settings.max_bytes + 1)
    except OSError as exc:
        raise UnreadableInputError(f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from exc


def _read_file(handle: Any, settings: Settings) -> Any:
    """Read one byte past the limit, so an oversized file is refused without reading it all."""
    try:
        return handle.read(settings.max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise UnreadableInputError(f"cannot read the file object: {exc}") from exc


def decode(raw: bytes, encoding: str | None = None) -> str:
    """BOM; refuse binary; UTF-16/32 by their NULs; UTF-8; the declared charset (caller's,
    then the page's); UTF-8 with stray windows-1252 bytes; windows-1252.

    Valid UTF-8 wins over a declared single-byte charset: a page that decodes as UTF-8 and
    holds non-ASCII characters is UTF-8 whatever its meta says, far more often than not.
    """
    return _decode(raw, encoding)[0]


def _decode(raw: bytes, encoding: str | None) -> tuple[str, bytes | None]:
    """``decode``, also giving back ``raw`` when it is exactly the text's UTF-8 encoding
    (strict UTF-8 or plain ASCII), so ``clean_text`` can scan it without re-encoding."""
    if not raw or raw.isspace():  # strip() would copy the whole page
        raise EmptyPageError("the page is empty or holds only whitespace; nothing to parse")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _checked(raw.decode(codec, errors="replace"), codec), None
    _refuse_binary(raw)
    wide = _wide_codec(raw[:_SAMPLE])
    if wide:
        return _checked(raw.decode(wide, errors="replace"), wide), None
    _refuse_control_bytes(raw[:_SAMPLE])
    declared = [c for c in (_codec(encoding), _codec(_declared_charset(raw))) if c]
    if raw.isascii():
        return _decode_ascii(raw, declared)
    return _decode_8bit(raw, declared)


def _decode_ascii(raw: bytes, declared: list[str]) -> tuple[str, bytes | None]:
    for codec in declared:
        if codec.startswith(_SEVEN_BIT):
            text = _try_decode(raw, codec)
            if text is not None:
                return text, None
    return raw.decode("ascii"), raw


def _decode_8bit(raw: bytes, declared: list[str]) -> tuple[str, bytes | None]:
    try:
        return raw.decode("utf-8"), raw  # the common case, on C's fast path
    except UnicodeDecodeError:
        pass
    loose = raw.decode("utf-8", errors="surrogateescape")
    stray = len(loose) - len(loose.encode("utf-8", errors="ignore"))
    if not stray:
        return loose, None
    for codec in declared:
        text = _try_decode(raw, codec) if codec != "utf-8" else None
        if text is not None:
            return text, None
    multibyte = len(loose) - len(loose.encode("ascii", errors="ignore")) - stray
    if multibyte >= stray:
        return _ESCAPED_RUN.sub(_as_cp1252, loose), None
    return raw.decode("cp1252", errors="replace"), None


def _as_cp1252(match: re.Match[str]) -> str:
    """Stray bytes in a mostly-UTF-8 page are nearly always windows-1252 (curly quotes)."""
    return bytes(ord(c) - 0xDC00 for c in match.group()).decode("cp1252", errors="replace")


def _checked(text: str, codec: str) -> str:
    sample = text[:_SAMPLE]
    if sample and sample.count("\ufffd") > len(sample) * _REPLACEMENT_SHARE:
        raise UndecodableError(
            f"the bytes do not decode as {codec}, which their start announces; "
            "the file is probably damaged or not text"
        )
    return text


def _refuse_binary(raw: bytes) -> None:
    head = raw.lstrip()[:16]
    for magic, what, advice in _MAGIC:
        if head.startswith(magic):
            shown = magic.decode("latin-1").encode("unicode_escape").decode()
            raise NotAPageError(
                f"this looks like {what} (starts with {shown!r}), not a web page or text page"
                + (f"; {advice}" if advice else "")
            )


def _refuse_control_bytes(sample: bytes) -> None:
    count = len(_BINARY_BYTES.findall(sample))
    if count > len(sample) * _BINARY_SHARE:
        raise NotAPageError(
            f"this looks like binary data ({count} NUL or control bytes in the first "
            f"{len(sample):,} bytes), not a web page or text page"
        )


def _wide_codec(sample: bytes) -> str | None:
    """UTF-16 or UTF-32 without a BOM, told by where the NULs of ASCII characters fall."""
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 4:
        return None
    zeros = [sample[i::4].count(0) / (len(sample) // 4) for i in range(4)]
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.5:
        return "utf-32-le"
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.5:
        return "utf-32-be"
    even, odd = (zeros[0] + zeros[2]) / 2, (zeros[1] + zeros[3]) / 2
    if odd > 0.4 and even < 0.1:
        return "utf-16-le"
    if even > 0.4 and odd < 0.1:
        return "utf-16-be"
    return None


def _declared_charset(raw: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(raw[:_SAMPLE])
    return match.group(1).decode("ascii") if match else None


def _codec(label: str | None) -> str | None:
    """The Python codec a charset label means, or None when unknown or not to be trusted."""
    if not label:
        return None
    label = _LABEL_ALIASES.get(label.strip().lower(), label.strip())
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    return _CODEC_ALIASES.get(name, name)


def _try_decode(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def clean_text(text: str, utf8: bytes | None = None) -> str:
    """Drop NULs, stray control characters and lone surrogates; keep tabs and newlines.

    Carriage returns become newlines, so old Mac and Windows line ends read alike. Every
    string newsparse returns passes through here, so output always encodes as UTF-8.
    ``utf8``, when given, is exactly ``text`` encoded as UTF-8 (the page's own bytes).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _has_control(text, utf8):
        text = _CONTROL.sub("", text)
    return text


def _has_control(text: str, utf8: bytes | None) -> bool:
    """Whether ``_CONTROL`` matches, answered for a whole page by C scans: the regex tests a
    character class at every position, several times slower than these. Carriage returns
    are no controls, so ``utf8`` may still hold the ones ``text`` has lost."""
    # Every ``_CONTROL`` character is unprintable (Cc, Cs or Cn); isprintable is one C pass
    # that stops at the first tab or newline, and settles most short fields here.
    if text.isprintable():
        return False
    if len(text) < _SHORT_TEXT:
        return _CONTROL.search(text) is not None
    # In str: the search skips a page whose widest character is narrower than these.
    if "\ufffe" in text or "\uffff" in text:
        return True
    data = utf8  # the page's own bytes, strict UTF-8: they cannot hold a lone surrogate
    if data is None:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            return True  # a lone surrogate
    if any(byte in data for byte in _C0_SINGLES):  # a page rarely holds any of them
        return True
    return b"\xc2" in data and _C1_UTF8.search(data) is not None


def defuse_markup(text: str) -> str:
    """Markup with the attributes of any tag holding ``MAX_ATTRIBUTES`` or more removed."""
    # A tag of MAX_ATTRIBUTES attributes is at least twice that long; most pages have none,
    # and finding long tags is far cheaper than trying the full pattern at every "<".
    if not any(_CROWDED_TAG.match(text, start) for start in _long_tag_starts(text)):
        return text
    match = _CROWDED_TAG.search(text)
    if match is None:
        return text
    pieces: list[str] = []
    done = 0
    while match is not None:
        pieces += [text[done : match.start()], match.group(1)]
        done = _tag_end(text, match.end())
        match = _CROWDED_TAG.search(text, done)
    pieces.append(text[done:])
    return "".join(pieces)


def _long_tag_starts(text: str) -> list[int]:
    """Each "<" followed by an ASCII letter and ``_LONG_TAG_REST`` more characters, none of
    them "<" or ">". Split at "<" in C and only the few long pieces are looked at: a regex
    would test a character class on every character inside every tag."""
    pieces = text.split("<")
    lengths = list(map(len, pieces))
    starts: list[int] = []
    at, done = -1, 0  # the "<" before piece ``done`` stands at text[at]
    for i in [i for i, size in enumerate(lengths) if size > _LONG_TAG_REST]:
        first = pieces[i][0]
        if i and first.isascii() and first.isalpha() and ">" not in pieces[i][: _LONG_TAG_REST + 1]:
            at += sum(lengths[done:i]) + i - done  # C sums, over each stretch once
            done = i
            starts.append(at)
    return starts


def _tag_end(text: str, start: int) -> int:
    """The ``>`` that closes a tag whose attributes run on from ``start`` (outside double
    quotes), or the end of the text. Parity is carried along, so the scan is linear."""
    quotes = 0
    while True:
        close = text.find(">", start)
        if close < 0:
            return len(text)
        quotes += text.count('"', start, close)
        if quotes % 2 == 0:
            return close
        start = close + 1


def sniff_kind(text: str) -> str:
    """``"html"`` when the text starts like a document or carries several common tags."""
    head = text[:_SNIFF_CHARS].lstrip()
    # A page that opens with a comment is markup (an HTML page saved with a leading comment,
    # or one that is nothing but comments): text pages never start that way.
    if head.startswith("<!--") or _HTML_OPENING.match(_skip_comments(head)):
        return "html"
    for count, _ in enumerate(_HTML_TAG.finditer(text[:_SNIFF_CHARS]), start=1):
        if count >= 5:
            return "html"
    return "text"


def _skip_comments(head: str) -> str:
    """The text after any leading whitespace and ``<!-- -->`` comments (a loop, not a regex:
    a repeated lazy group over comments backtracks exponentially when nothing follows)."""
    head = head.lstrip()
    while head.startswith("<!--"):
        end = head.find("-->", 4)
        if end < 0:
            return head
        head = head[end + 3 :].lstrip()
    return head


def guarded(loaded: Loaded, settings: Settings, run: Callable[[], Article]) -> Article:
    """Run the pipeline; an unexpected exception on a messy page becomes a salvaged Article.

    ``NewsparseError`` passes through. Anything else (a bug, a ``RecursionError`` on a page
    nested thousands deep, a ``MemoryError``) is caught here: the caller gets the page's
    paragraphs read the simplest way, with a warning naming the error. Either way the
    Article leaves through ``sanitized``.
    """
    try:
        return sanitized(run(), settings)
    except NewsparseError:
        raise
    except Exception as exc:  # the one deliberate catch-all: see docs/robustness.md
        try:
            return sanitized(salvage(loaded, settings, exc), settings)
        except Exception as again:
            raise InternalError(
                f"newsparse failed on this page ({type(exc).__name__}: {_short(exc)}); "
                "please report it with the page"
            ) from again


def salvage(loaded: Loaded, settings: Settings, error: BaseException) -> Article:
    """The page's paragraphs read the simplest way: ``<p>`` texts, or blank-line blocks."""
    paragraphs = _plain_paragraphs(loaded, settings)
    warning = (
        f"newsparse hit an internal error ({type(error).__name__}: {_short(error)}) and fell back "
        "to plain paragraphs; please report this page"
    )
    return Article(paragraphs=paragraphs, kind=loaded.kind, warnings=(warning,))


def _short(error: BaseException) -> str:
    return clean_text(str(error))[:200]


def _plain_paragraphs(loaded: Loaded, settings: Settings) -> tuple[str, ...]:
    texts = _html_paragraphs(loaded) if loaded.kind == "html" else loaded.text.split("\n\n")
    found = (" ".join(t[: settings.max_line_chars].split()) for t in texts)
    return tuple(t for t in found if t)[: settings.max_blocks]


def _html_paragraphs(loaded: Loaded) -> list[str]:
    """Iterative (no recursion), network-free lxml; a page nested too deep is cut, not fatal.

    The text goes in as UTF-8 bytes: lxml refuses a ``str`` that carries an XML encoding
    declaration, and the text is already decoded, so its own charset sniffing must not run.
    """
    import lxml.etree
    import lxml.html

    root = loaded.tree
    if root is None:
        parser = lxml.html.HTMLParser(encoding="utf-8", no_network=True, huge_tree=True, remove_comments=True)
        try:
            root = lxml.html.document_fromstring(loaded.text.encode("utf-8"), parser=parser)
        except (ValueError, lxml.etree.LxmlError):
            return []
    return [clean_text("".join(p.itertext())) for p in root.iter("p")]


# Free-text fields of an Article; each is capped at Settings.max_field_chars.
_TEXT_FIELDS = ("headline", "slug", "title", "language", "site_name", "url", "description")


def sanitized(article: Article, settings: Settings) -> Article:
    """The last step of every parse: each string valid Unicode without control characters,
    metadata values capped, and a field of the wrong type dropped with a warning (so a bug
    in one extractor cannot break a caller's ``to_json`` or type checks)."""
    warnings = [clean_text(w) for w in article.warnings]
    changes: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        changes[name] = _text_field(name, getattr(article, name), settings, warnings)
    for name in ("published", "modified"):
        value = getattr(article, name)
        if value is not None and not isinstance(value, _dt.date):
            warnings.append(f"dropped {name}: a {type(value).__name__}, not a date")
            changes[name] = None
    changes["paragraphs"] = _texts(article.paragraphs)
    changes["authors"] = _texts(article.authors)
    changes["chrome_removed"] = _texts(article.chrome_removed)
    changes["sources"] = {clean_text(str(k)): clean_text(str(v)) for k, v in article.sources.items()}
    changes["dateline"] = _clean_dateline(article.dateline)
    changes["credit"] = _clean_credit(article.credit)
    update = article.update
    if update.label is not None:
        changes["update"] = Update(update.flag, clean_text(update.label), update.number)
    changes["warnings"] = tuple(warnings)
    return dataclasses.replace(article, **changes)


def _text_field(name: str, value: Any, settings: Settings, warnings: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        warnings.append(f"dropped {name}: a {type(value).__name__}, not text")
        return None
    text = clean_text(value)
    if len(text) > settings.max_field_chars:
        text = text[: settings.max_field_chars].rstrip()
    return text if text.strip() else None


def _texts(values: Any) -> tuple[str, ...]:
    return tuple(t for t in (clean_text(v) for v in values if isinstance(v, str)) if t.strip())


def _optional(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def _clean_dateline(found: Dateline | None) -> Dateline | None:
    if found is None:
        return None
    date = found.date if isinstance(found.date, _dt.date) else None
    return Dateline(
        clean_text(found.raw),
        _optional(found.city),
        _optional(found.region),
        _optional(found.agency),
        date,
        _optional(found.weekday),
    )


def _clean_credit(credit: Credit | None) -> Credit | None:
    if credit is None:
        return None
    roles = {clean_text(role): _texts(names) for role, names in credit.roles.items()}
    return Credit(clean_text(credit.raw), roles)
