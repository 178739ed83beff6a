"""The loader: input types, limits, refusals with useful messages, decoding, kind sniffing."""

from __future__ import annotations

import codecs
import datetime as _dt
import gzip
import io
import json
from pathlib import Path

import pytest

import newsparse
from newsparse.errors import (
    EmptyPageError,
    InternalError,
    NewsparseError,
    NotAPageError,
    PageTooLargeError,
    UnreadableInputError,
    UnsupportedInputError,
)
from newsparse.load import Loaded, clean_text, decode, guarded, load, sanitized, sniff_kind
from newsparse.model import Article, Credit, Dateline, Update
from newsparse.settings import Settings

PAGE = "<html><head><title>T</title></head><body><p>Caf\u00e9 \u201cquoted\u201d \u20ac5</p></body></html>"
STORY = "Caf\u00e9 \u201cquoted\u201d \u20ac5"
DEFAULT = Settings()


# --- refusals: the error class, and a message that says what was found and what to do ---


@pytest.mark.parametrize(
    ("raw", "found", "advice"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "looks like a PDF (starts with '%PDF')", "pdftotext"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image", ""),
        (b"PK\x03\x04\x14\x00", "a zip archive", "unpack it"),
        (gzip.compress(b"<html></html>", mtime=0), "gzip-compressed", "decompress it first"),
        (b"WARC/1.0\r\nWARC-Type: response", "a WARC file", "warcio"),
        (b"  \n%PDF-1.4", "a PDF", ""),
    ],
)
def test_binary_formats_are_named(raw: bytes, found: str, advice: str) -> None:
    with pytest.raises(NotAPageError) as caught:
        decode(raw)
    assert found in str(caught.value)
    assert advice in str(caught.value)
    assert "not a web page or text page" in str(caught.value)


def test_unknown_binary_is_refused_by_its_control_bytes() -> None:
    noise = bytes(range(256)) * 64
    with pytest.raises(NotAPageError, match="binary data"):
        decode(noise)


def test_a_few_nul_bytes_do_not_make_a_page_binary() -> None:
    raw = PAGE.encode("utf-8").replace(b"<p>", b"<p>\x00")
    assert STORY in decode(raw).replace("\x00", "")


@pytest.mark.parametrize("page", [b"", b"   \n\t\r\n", "", " \u3000\u00a0\n", "\x00\x01\x7f"])
def test_empty_pages(page: bytes | str) -> None:
    with pytest.raises(EmptyPageError, match="empty"):
        load(page, DEFAULT)


@pytest.mark.parametrize("page", [42, None, 3.5, ["<p>x</p>"], {"html": 1}, object()])
def test_unsupported_types(page: object) -> None:
    with pytest.raises(UnsupportedInputError, match=f"cannot parse a {type(page).__name__}") as caught:
        newsparse.parse(page)
    assert isinstance(caught.value, TypeError), "generic callers catching TypeError keep working"


def test_errors_share_one_base_and_the_builtin_a_caller_expects() -> None:
    assert issubclass(PageTooLargeError, ValueError)
    assert issubclass(UnreadableInputError, OSError)
    for cls in (EmptyPageError, NotAPageError, PageTooLargeError, UnsupportedInputError, InternalError):
        assert issubclass(cls, NewsparseError)
    assert newsparse.NewsparseError is NewsparseError


# --- limits ---


@pytest.mark.parametrize("page", [b"a" * 101, "a" * 101, bytearray(b"a" * 101), memoryview(b"a" * 101)])
def test_size_limit(page: object) -> None:
    with pytest.raises(PageTooLargeError, match="over the limit of 100") as caught:
        newsparse.parse(page, settings=Settings(max_bytes=100))
    assert "max_bytes" in str(caught.value), "the message says how to raise the limit"


def test_size_limit_reads_files_only_one_byte_past_the_limit(tmp_path: Path) -> None:
    asked: list[int] = []

    class Counting(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            asked.append(size or -1)
            return super().read(size)

    handle = Counting(b"x" * 10_000)
    with pytest.raises(PageTooLargeError):
        newsparse.parse(handle, settings=Settings(max_bytes=100))
    assert asked == [101]
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"x" * 200)
    with pytest.raises(PageTooLargeError, match="more than that"):
        newsparse.parse(path, settings=Settings(max_bytes=100))


def test_limit_is_configurable_upwards() -> None:
    page = "Headline here\n\n" + "word " * 40
    assert newsparse.parse(page, settings=Settings(max_bytes=1000)).kind == "text"


# --- input types ---


def test_paths_files_and_their_errors(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(b"Headline\n\nLONDON (Reuters) - Text of the story.\n")
    assert load(path, DEFAULT).text.startswith("Headline")
    with path.open("rb") as handle:
        assert load(handle, DEFAULT).kind == "text"
    with pytest.raises(UnreadableInputError, match="cannot read"):
        load(tmp_path / "missing.html", DEFAULT)
    with pytest.raises(UnreadableInputError):
        load(tmp_path, DEFAULT)
    handle = io.BytesIO(b"x")
    handle.close()
    with pytest.raises(UnreadableInputError, match="file object"):
        load(handle, DEFAULT)


def test_text_file_objects_and_strings_that_look_like_paths() -> None:
    assert load(io.StringIO("A headline\n\nBody text."), DEFAULT).text.startswith("A headline")
    assert load("/etc/passwd", DEFAULT).text == "/etc/passwd", "a str is content, never a file name"


def test_lxml_trees_pass_through_and_xpath_strings_do_not() -> None:
    lxml_html = pytest.importorskip("lxml.html")
    root = lxml_html.fromstring("<html><body><p>x</p></body></html>")
    assert load(root, DEFAULT).tree is root
    assert load(root.getroottree(), DEFAULT).tree is root
    text = root.xpath("string(//p)")
    assert load(str(text) + " more", DEFAULT).tree is None


def test_beautifulsoup_is_serialised() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(PAGE, "html.parser")
    loaded = load(soup, DEFAULT)
    assert loaded.kind == "html" and STORY in loaded.text


# --- decoding ---


def _with_meta(charset: str) -> str:
    return PAGE.replace("<head>", f'<head><meta charset="{charset}">')


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        (_with_meta("utf-8").encode("cp1252"), "meta says UTF-8, bytes are windows-1252"),
        (_with_meta("windows-1252").encode("utf-8"), "meta says windows-1252, bytes are UTF-8"),
        (_with_meta("iso-8859-1").encode("cp1252"), "latin-1 labels mean windows-1252 (the euro sign)"),
        (_with_meta("no-such-charset").encode("utf-8"), "an unknown label is ignored"),
        (_with_meta("utf8mb4").encode("utf-8"), "a database's name for UTF-8"),
        (_with_meta("utf-16").encode("utf-8"), "a declared UTF-16 without its NULs is a lie"),
        (PAGE.encode("utf-16"), "UTF-16 with BOM"),
        (PAGE.encode("utf-16-le"), "UTF-16 LE without BOM"),
        (PAGE.encode("utf-16-be"), "UTF-16 BE without BOM"),
        (PAGE.encode("utf-32-le"), "UTF-32 without BOM"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "UTF-8 BOM"),
        (PAGE.replace("<head>", "<head><?xml encoding='cp1252'?>").encode("cp1252"), "xml declaration"),
    ],
)
def test_mislabelled_and_wide_encodings(raw: bytes, why: str) -> None:
    assert STORY in decode(raw), why


def test_the_callers_charset_is_used_when_the_bytes_are_not_utf8() -> None:
    raw = "<p>\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440</p>".encode("koi8-r")
    assert "\u041f\u0440\u0438\u0432\u0435\u0442" in decode(raw, "koi8-r")


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("shift_jis", "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8"),
        ("gb2312", "\u4e2d\u6587\u6587\u672c"),
    ],
)
def test_declared_multibyte_charsets(label: str, text: str) -> None:
    raw = f'<meta charset="{label}"><p>{text}</p>'.encode("cp932" if label == "shift_jis" else "gb18030")
    assert text in decode(raw)


def test_seven_bit_iso2022_is_honoured() -> None:
    raw = '<meta charset="iso-2022-jp"><p>\u65e5\u672c\u8a9e</p>'.encode("iso-2022-jp")
    assert raw.isascii()
    assert "\u65e5\u672c\u8a9e" in decode(raw)


def test_mixed_utf8_and_cp1252_keeps_both() -> None:
    raw = "<p>Caf\u00e9 na\u00efve</p>".encode() + "<p>Zo\u00eb \u201cyes\u201d</p>".encode("cp1252")
    text = decode(raw)
    assert "Caf\u00e9 na\u00efve" in text and "Zo\u00eb \u201cyes\u201d" in text


def test_broken_surrogates_and_controls_become_valid_unicode() -> None:
    raw = b"<p>bad \xed\xa0\x80 surrogate \xc3</p>"
    text = clean_text(decode(raw))
    text.encode("utf-8")
    assert clean_text("a\ud800b\x00c\x1bd\x85e\ufffff") == "abcdef"
    assert clean_text("line\r\nnext\rlast") == "line\nnext\nlast"
    assert json.loads(json.dumps(clean_text("\udfff ok"))) == " ok"


def test_bom_with_garbage_is_undecodable() -> None:
    raw = codecs.BOM_UTF16_LE + b"\x00\xd8" * 3000
    with pytest.raises(newsparse.UndecodableError, match="utf-16"):
        decode(raw)


# --- sniffing ---


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("  <!-- a --> <!-- b --><html>", "html"),
        ('<?xml version="1.0"?><html>', "html"),
        ("<div><p>a</p><p>b</p><span>c</span></div>", "html"),
        ("HEADLINE\n\nLONDON (Reuters) - Text <b>bold</b>.", "text"),
        ("<!-- unclosed comment and then text", "html"),
        ("<!-- only a comment -->", "html"),
        ("Headline <!-- not at the start -->\n\nBody.", "text"),
    ],
)
def test_sniff_kind(text: str, kind: str) -> None:
    assert sniff_kind(text) == kind


def test_sniffing_leading_comments_is_linear() -> None:
    """A regex with a repeated lazy group over comments took 4x longer per two comments."""
    assert sniff_kind("x <!---->" * 20_000 + "plain text") == "text"
    assert sniff_kind("<!---->" * 5_000 + "<html>") == "html"


# --- the guard: bugs become a salvaged Article, never an escape ---


def _boom() -> Article:
    raise ZeroDivisionError("deliberate bug")


def test_guard_salvages_html_paragraphs() -> None:
    loaded = Loaded("html", "<html><body><nav>menu</nav><p>One  para.</p><p>Two</p></body></html>")
    article = guarded(loaded, DEFAULT, _boom)
    assert article.paragraphs == ("One para.", "Two")
    assert article.kind == "html"
    assert "ZeroDivisionError: deliberate bug" in article.warnings[0]


def test_guard_salvages_text_and_odd_html() -> None:
    text = guarded(Loaded("text", "Head\n\nBody one\nwraps.\n\n\n"), DEFAULT, _boom)
    assert text.paragraphs == ("Head", "Body one wraps.")
    declared = '<?xml version="1.0" encoding="utf-8"?><html><body><p>x</p></body></html>'
    assert guarded(Loaded("html", declared), DEFAULT, _boom).paragraphs == ("x",)
    assert guarded(Loaded("html", "<!-- only -->"), DEFAULT, _boom).paragraphs == ()


def test_guard_passes_newsparse_errors_and_reports_its_own_failure() -> None:
    def refuse() -> Article:
        raise EmptyPageError("nothing")

    with pytest.raises(EmptyPageError):
        guarded(Loaded("text", "x"), DEFAULT, refuse)
    with pytest.raises(InternalError, match="ZeroDivisionError") as caught:
        guarded(Loaded("weird", None), DEFAULT, _boom)  # type: ignore[arg-type]
    assert caught.value.__cause__ is not None


def test_reference_date_is_accepted_as_datetime() -> None:
    article = newsparse.parse(
        "A headline for the story\n\nLONDON, Dec 30 (Reuters) - Text.",
        reference_date=_dt.datetime(2021, 1, 2),
    )
    assert article.dateline is not None and article.dateline.date == _dt.date(2020, 12, 30)


def test_sanitized_makes_every_string_valid_and_bounded() -> None:
    dirty = Article(
        headline="Head\x00line\ud800",
        title="T" * 5000,
        description="   ",
        paragraphs=("one\x07", "\x00", "two\udfff"),
        authors=("Ann\x1b Lee", ""),
        dateline=Dateline("LONDON\x00 -", city="LON\ud800DON"),
        credit=Credit("(Reporting by A\x00)", {"reporting": ("A\x00", "")}),
        update=Update(True, "UPDATE\x01", 2),
        warnings=("w\x00",),
        sources={"headline": "h1\x00"},
    )
    clean = sanitized(dirty, Settings(max_field_chars=100))
    assert clean.headline == "Headline" and clean.title == "T" * 100 and clean.description is None
    assert clean.paragraphs == ("one", "two") and clean.authors == ("Ann Lee",)
    assert clean.dateline == Dateline("LONDON -", city="LONDON")
    assert clean.credit is not None and dict(clean.credit.roles) == {"reporting": ("A",)}
    assert clean.update.label == "UPDATE" and clean.warnings == ("w",)
    assert clean.to_json().encode("utf-8")
    assert Article.from_json(clean.to_json()) == clean


def test_sanitized_drops_fields_of_the_wrong_type_with_a_warning() -> None:
    broken = Article(headline={"x": 1}, published="2024-01-01")  # type: ignore[arg-type]
    clean = sanitized(broken, DEFAULT)
    assert clean.headline is None and clean.published is None
    assert any("dropped headline" in w for w in clean.warnings)
    assert any("dropped published" in w for w in clean.warnings)


def test_guard_sanitizes_what_the_pipeline_returns() -> None:
    article = guarded(Loaded("text", "x"), DEFAULT, lambda: Article(headline="a\x00b"))
    assert article.headline == "ab"
