"""Generate the hostile-input corpus: pages built to break parsers, each with what newsparse
must do with it (return an Article, or raise one named NewsparseError).

    python scripts/make_hostile_corpus.py OUT_DIR          # write every case to OUT_DIR
    python scripts/make_hostile_corpus.py OUT_DIR --list   # names and expectations only

The cases are built in memory (deterministically: no randomness without a fixed seed) and
never committed: several are megabytes. ``tests/test_robustness_corpus.py`` imports this file
and runs every case, timing each against a normal page parsed in the same test.
"""

from __future__ import annotations

import gzip
import io
import json
import random
import sys
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

MB = 1024 * 1024
LIMIT = 20 * MB  # newsparse's default Settings.max_bytes

NORMAL_PARAGRAPHS = (
    "The port authority said on Tuesday that container traffic rose for a third month in a row, "
    "helped by a rebound in shipments of machinery and farm goods to Asian buyers.",
    "Volumes reached 812,000 twenty-foot equivalent units in March, up 6.4 percent from a year "
    "earlier, the authority said in a statement, the strongest March since 2019.",
    "\u201cWe are seeing customers come back who had moved cargo to other gateways during the "
    "congestion of the last two years,\u201d the authority\u2019s chief executive told reporters.",
    "Analysts cautioned that the gains were partly a base effect, since a strike by crane operators "
    "had cut traffic sharply in the same month last year.",
    "Imports of consumer goods were flat, while exports of soybeans and wheat more than doubled "
    "after a record harvest in the region.",
    "The authority kept its forecast for the full year unchanged, saying it expected growth of "
    "between 3 and 4 percent as new berths open in the second half.",
)
HEADLINE = "Port traffic rises for third month as Asian demand returns"
DATELINE = "ROTTERDAM, April 12 (Reuters) - "
CREDIT = "(Reporting by Anna Berg; Editing by Mark Potter)"
CHROME_LINES = (
    "Skip to main content",
    "Menu",
    "Search",
    "Sign in",
    "Subscribe",
    "Share this article",
    "Advertisement",
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Related stories",
    "Most read",
    "Follow us on Twitter",
    "Back to top",
    "\u00a9 2024 Example Media Ltd. All rights reserved.",
)


@dataclass(frozen=True)
class Case:
    """One hostile input. ``error`` names the NewsparseError subclass it must raise, or is
    ``None`` when it must return an Article. ``must_contain`` must appear in the Article's
    JSON (a lost decoding fails it); ``must_not_contain`` must not appear in its headline or
    paragraphs (leaked chrome, an expanded entity, a file's contents)."""

    name: str
    build: Callable[[], bytes | str]
    error: str | None = None
    must_contain: str | None = None
    must_not_contain: str | None = None


def normal_text() -> str:
    """A wire story as a text page: headline, dateline, paragraphs, credit."""
    body = "\n\n".join(NORMAL_PARAGRAPHS)
    return f"{HEADLINE}\n\n{DATELINE}{body}\n\n{CREDIT}\n"


def normal_html(
    body_paragraphs: int = 6, head_extra: str = "", body_extra: str = "", story_extra: str = ""
) -> str:
    """A news page as sites serve it: metadata, navigation, the story, related links, footer."""
    paras = "\n".join(
        f"<p>{NORMAL_PARAGRAPHS[i % len(NORMAL_PARAGRAPHS)]}</p>" for i in range(body_paragraphs)
    )
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(20))
    related = "".join(f'<li><a href="/r{i}">Related story number {i}</a></li>' for i in range(10))
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "datePublished": "2024-04-12T09:30:00Z",
            "author": {"@type": "Person", "name": "Anna Berg"},
        }
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{HEADLINE} | Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        f'<meta name="description" content="{NORMAL_PARAGRAPHS[0][:120]}">'
        f'<script type="application/ld+json">{ld}</script>{head_extra}</head>\n'
        f'<body><header><nav><ul>{nav}</ul></nav><div class="cookie">{CHROME_LINES[7]}</div></header>\n'
        f'<main><article><h1>{HEADLINE}</h1><p class="byline">By Anna Berg</p>'
        f'<time datetime="2024-04-12">April 12, 2024</time>\n<p>{DATELINE}{NORMAL_PARAGRAPHS[0]}</p>\n'
        f"{paras}\n{story_extra}<p>{CREDIT}</p></article>{body_extra}"
        f"<aside><h2>Related stories</h2><ul>{related}</ul></aside></main>\n"
        f"<footer><p>{CHROME_LINES[-1]}</p></footer></body></html>\n"
    )


def _noise(size: int, seed: int = 5) -> bytes:
    return random.Random(seed).randbytes(size)


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("page.html", normal_html())
    return out.getvalue()


def _deep(depth: int, tag: str = "div") -> str:
    opened = "".join(f"<{tag}><p>level {i} text of the page</p>" for i in range(depth))
    return normal_html(body_extra=opened + "<p>bottom</p>" + f"</{tag}>" * depth)


def _wrapped_in(depth: int) -> str:
    """The whole page body inside ``depth`` nested divs."""
    return normal_html().replace("<body>", "<body>" + "<div>" * depth).replace("</body>", "</div>" * depth)


def _truncated(fraction: float) -> bytes:
    raw = normal_html(12).encode("utf-8")
    return raw[: int(len(raw) * fraction)]


def _only_chrome_html() -> str:
    items = "".join(f"<p>{line}</p>" for line in CHROME_LINES)
    return f"<html><head><title>Example</title></head><body><nav>{items}</nav></body></html>"


PROBE = (
    "<p>The Caf\u00e9 na\u00efve owner said \u201cquoted\u201d prices rose to \u20ac5 a cup this spring.</p>"
)


def _mislabelled(declared: str, actual: str) -> bytes:
    page = normal_html(story_extra=PROBE)
    return page.replace('charset="utf-8"', f'charset="{declared}"').encode(actual)


def _mixed() -> bytes:
    """A UTF-8 page whose story has a paragraph pasted in as windows-1252."""
    head, tail = normal_html(story_extra="@@").split("@@")
    pasted = "<p>Zo\u00eb said \u201cyes\u201d to the plan for the port, officials told reporters.</p>"
    return head.encode("utf-8") + PROBE.encode("utf-8") + pasted.encode("cp1252") + tail.encode("utf-8")


def _sprinkled(chars: str) -> str:
    page = normal_html()
    return "".join(ch + chars if ch == ">" else ch for ch in page)


def _json_ld(payload: str) -> str:
    return normal_html(head_extra=f'<script type="application/ld+json">{payload}</script>')


def _meta(prop: str, value: str) -> str:
    return normal_html(head_extra=f'<meta property="{prop}" content="{value}">')


def _wrapped(line: str, count: int, width: int = 70) -> str:
    """A hard-wrapped text page (wire-copy style) whose lines are all ``line`` repeated."""
    row = (line * (width // max(1, len(line)) + 1))[:width]
    return normal_text() + "\n".join([row] * count)


_BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]><html><body><p>&lol9;</p></body></html>"
)
_XXE = (
    '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    "<html><body><h1>Story</h1><p>&xxe;</p><p>A paragraph of the story text here.</p></body></html>"
)
_EXTERNAL_DTD = (
    '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd"><html><body><p>Story text.</p></body></html>'
)


def cases() -> Iterator[Case]:
    yield from _refusals()
    yield from _huge()
    yield from _broken()
    yield from _encodings()
    yield from _bombs()


def _refusals() -> Iterator[Case]:
    yield Case("pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + _noise(5000), "NotAPageError")
    yield Case("png", lambda: b"\x89PNG\r\n\x1a\n" + _noise(5000), "NotAPageError")
    yield Case("jpeg", lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF" + _noise(5000), "NotAPageError")
    yield Case("gif", lambda: b"GIF89a" + _noise(2000), "NotAPageError")
    yield Case("zip", _zip, "NotAPageError")
    yield Case("gzip_html", lambda: gzip.compress(normal_html().encode(), mtime=0), "NotAPageError")
    yield Case("binary_noise", lambda: _noise(100_000), "NotAPageError")
    yield Case("nul_bytes_only", lambda: b"\x00" * 1000, "NotAPageError")
    yield Case("empty_bytes", lambda: b"", "EmptyPageError")
    yield Case("empty_str", lambda: "", "EmptyPageError")
    yield Case("whitespace_only", lambda: " \n\t\r\n \u3000\u00a0 " * 100, "EmptyPageError")
    yield Case("control_chars_only_str", lambda: "\x01\x02\x00\x1f\x7f" * 50, "EmptyPageError")
    yield Case("over_limit_bytes", lambda: b"<p>" + b"a" * LIMIT, "PageTooLargeError")
    yield Case("over_limit_str", lambda: "a " * (LIMIT // 2 + 1), "PageTooLargeError")


def _huge() -> Iterator[Case]:
    yield Case("deep_nesting_3000", lambda: _deep(3000), None, "812,000 twenty-foot")
    yield Case("deep_nesting_100000", lambda: _deep(100_000), None, "812,000 twenty-foot")
    yield Case(
        "nested_300_before_story",
        lambda: normal_html().replace("<body>", "<body>" + "<div>" * 300 + "x" + "</div>" * 300),
        None,
        "812,000 twenty-foot",
    )
    yield Case(
        "story_nested_1500_deep",
        lambda: _wrapped_in(1500),
        None,
        "812,000 twenty-foot",
    )
    yield Case(
        "unclosed_font_300_before_story",
        lambda: normal_html().replace("<body>", "<body>" + "<font size=2>" * 300 + "menu "),
        None,
        "812,000 twenty-foot",
    )
    yield Case("deep_unclosed_b_200000", lambda: normal_html(body_extra="<b>" * 200_000 + "tail"))
    yield Case("deep_tables_2000", lambda: _deep(2000, "table"))
    yield Case("million_elements", lambda: normal_html(body_extra="<i></i>" * 1_000_000))
    yield Case("hundred_thousand_p", lambda: normal_html(100_000), None, "Port traffic")
    yield Case("one_5mb_line_text", lambda: normal_text() + "word " * MB, None, "ROTTERDAM")
    yield Case("one_5mb_line_html", lambda: normal_html(body_extra="<p>" + "word " * MB + "</p>"))
    yield Case("one_5mb_token_text", lambda: normal_text() + "x" * (5 * MB), None, "ROTTERDAM")
    yield Case("attribute_1mb", lambda: normal_html(body_extra=f'<div data-x="{"a" * MB}">x</div>'))
    yield Case(
        "many_attributes",
        lambda: normal_html(body_extra="<div " + " ".join(f"a{i}=1" for i in range(100_000)) + ">"),
    )
    yield Case(
        "huge_script",
        lambda: normal_html(body_extra="<script>" + "var a='</div><p>x';\n" * 250_000 + "</script>"),
    )
    yield Case(
        "huge_style", lambda: normal_html(head_extra="<style>" + "p{color:red}\n" * 300_000 + "</style>")
    )
    yield Case("title_1mb", lambda: normal_html().replace("<title>", "<title>" + "Title " * (MB // 6)))
    yield Case(
        "title_1mb_separators",
        lambda: normal_html().replace("<title>", "<title>" + "Example News | Word - " * 50_000),
    )
    yield Case("og_title_separators", lambda: _meta("og:title", "Section | Site - " * 60_000))
    yield Case("h1_1mb", lambda: normal_html().replace("<h1>", "<h1>" + "Headline " * (MB // 9)))
    yield Case("meta_description_1mb", lambda: _meta("og:description", "d " * (MB // 2)))
    yield Case(
        "json_ld_5mb", lambda: _json_ld(json.dumps({"@type": "NewsArticle", "articleBody": "b " * (2 * MB)}))
    )
    yield Case(
        "text_100000_paragraphs",
        lambda: normal_text() + "\n\n".join(["A short paragraph of text."] * 100_000),
    )
    yield Case("text_many_lines", lambda: normal_text() + "x\n" * 300_000)
    yield Case("text_chrome_flood", lambda: "Menu\n" * 100_000 + normal_text(), None, "ROTTERDAM")
    yield Case("text_only_newlines_and_one_word", lambda: "\n" * 1_000_000 + "word")


def _broken() -> Iterator[Case]:
    for fraction in (0.05, 0.2, 0.5, 0.77, 0.99):
        yield Case(f"truncated_{int(fraction * 100)}", lambda f=fraction: _truncated(f))  # type: ignore[misc]
    yield Case("truncated_mid_utf8", lambda: "<p>Caf\u00e9 \u20ac".encode()[:-1])
    yield Case("truncated_in_comment", lambda: normal_html()[:2000] + "<!-- never closed " + "x" * 100_000)
    yield Case("truncated_in_tag", lambda: normal_html()[:2000] + '<div class="' + "x" * 100_000)
    yield Case("only_chrome_html", _only_chrome_html, None, None, "cookies")
    yield Case("only_chrome_text", lambda: "\n\n".join(CHROME_LINES), None, None, "cookies")
    yield Case("comment_only_html", lambda: "<!-- nothing here -->", None)
    yield Case("tags_only", lambda: "<html><head></head><body><div><span></span></div></body></html>")
    yield Case("lt_flood", lambda: "<" * MB)
    yield Case("amp_flood", lambda: normal_html(body_extra="<p>" + "&amp;" * 200_000 + "</p>"))
    yield Case(
        "bad_char_refs",
        lambda: normal_html(body_extra="<p>a&#0;b&#xD800;c&#x110000;d&#99999999999;e&#x1;</p>"),
    )
    yield Case("json_ld_deep", lambda: _json_ld("[" * 100_000 + "]" * 100_000))
    yield Case("json_ld_nested_objects", lambda: _json_ld('{"a":' * 300_000))
    yield Case("json_ld_many_objects", lambda: _json_ld('{"@type":"NewsArticle","headline":"h"} ' * 50_000))
    yield Case("json_ld_broken", lambda: _json_ld('{"@type": "NewsArticle", "headline": "x'))
    yield Case(
        "json_ld_surrogates",
        lambda: _json_ld(
            '{"@type":"NewsArticle","headline":"a\\ud800b\\u0000c","author":{"name":"\\udfff"}}'
        ),
    )
    yield Case(
        "json_ld_wrong_types",
        lambda: _json_ld(
            '{"@type":["NewsArticle"],"headline":{"x":1},"author":[1,null,{"name":["a"]}],"datePublished":12}'
        ),
    )
    yield Case("date_bomb_meta", lambda: _meta("article:published_time", "1" * 100_000))
    yield Case(
        "date_bomb_time", lambda: normal_html(body_extra=f'<time datetime="{"2024-" * 50_000}">x</time>')
    )
    yield Case("date_overflow", lambda: _meta("article:published_time", "99999999999999999999-01-01"))
    yield Case("date_year_zero", lambda: _meta("article:published_time", "0000-00-00T00:00:00"))
    yield Case("text_dateline_bomb", lambda: "HEADLINE\n\n" + "WASHINGTON, " * 100_000 + "- text")
    yield Case("text_credit_bomb", lambda: normal_text() + "(Reporting by " + "A, " * 200_000 + ")")


def _encodings() -> Iterator[Case]:
    yield Case("meta_utf8_bytes_cp1252", lambda: _mislabelled("utf-8", "cp1252"), None, "Caf\u00e9")
    yield Case("meta_cp1252_bytes_utf8", lambda: _mislabelled("windows-1252", "utf-8"), None, "Caf\u00e9")
    yield Case("meta_latin1_bytes_cp1252", lambda: _mislabelled("iso-8859-1", "cp1252"), None, "\u20ac5")
    yield Case("meta_bogus_charset", lambda: _mislabelled("x-no-such-charset", "utf-8"), None, "Caf\u00e9")
    yield Case("mixed_utf8_cp1252", _mixed, None, "Zo\u00eb said \u201cyes\u201d")
    yield Case("utf16_bom", lambda: _mislabelled("utf-16", "utf-16"), None, "Caf\u00e9")
    yield Case("utf16le_no_bom", lambda: _mislabelled("utf-16", "utf-16-le"), None, "Caf\u00e9")
    yield Case("utf16be_no_bom", lambda: _mislabelled("utf-16", "utf-16-be"), None, "Caf\u00e9")
    yield Case("utf16_text_page", lambda: normal_text().encode("utf-16"), None, "ROTTERDAM")
    yield Case("utf32_no_bom", lambda: _mislabelled("utf-32", "utf-32-le"), None, "Caf\u00e9")
    yield Case("utf8_bom_text", lambda: b"\xef\xbb\xbf" + normal_text().encode(), None, "ROTTERDAM")
    yield Case("encoded_surrogates", lambda: normal_html().encode().replace(b"<h1>", b"<h1>\xed\xa0\x80"))
    yield Case("lone_surrogates_str", lambda: normal_html().replace("<p>", "<p>\ud800\udfff"))
    yield Case("nul_sprinkled_html", lambda: _sprinkled("\x00"))
    yield Case("controls_sprinkled_html", lambda: _sprinkled("\x01\x08\x0b\x0c\x1b\x7f\x85"))
    yield Case("nul_sprinkled_text", lambda: normal_text().replace(" ", " \x00"), None, "ROTTERDAM")
    yield Case("cr_only_line_ends", lambda: normal_text().replace("\n", "\r"), None, "ROTTERDAM")
    yield Case("bidi_and_zero_width", lambda: normal_text().replace(" ", " \u200b\u202e\ufeff"))
    yield Case("private_use_and_nonchars", lambda: normal_text() + "\ue000\uffff\ufffe\U0010ffff")


def _bombs() -> Iterator[Case]:
    yield Case("billion_laughs", lambda: _BILLION_LAUGHS, None, None, "lollollollollollollollollollol")
    yield Case("xxe_file", lambda: _XXE, None, None, "root:")
    yield Case("external_dtd", lambda: _EXTERNAL_DTD)
    yield Case("xml_declaration_str", lambda: '<?xml version="1.0" encoding="utf-8"?>' + normal_html())
    yield Case("comment_run_sniff", lambda: "<!---->" * 5000 + "x y z")
    yield Case("markdown_heading_hashes", lambda: normal_text() + "\n\n# a" + "#" * 50_000 + "b\n")
    yield Case("markdown_link_bomb", lambda: _wrapped("[](", 20_000))
    yield Case("chrome_at_bomb", lambda: "\n".join(["(" + "@" * 200] * 20_000))
    yield Case("space_runs", lambda: normal_text() + ("a" + " " * 5000) * 500)
    yield Case("dash_runs", lambda: normal_text() + ("-" * 5000 + "\n") * 500)
    yield Case("paren_runs", lambda: normal_text() + "(" * MB)
    yield Case("update_label_chain", lambda: "UPDATE 1-" * 100_000 + "\n\nbody")


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 2
    out = Path(argv[0])
    listing = "--list" in argv[1:]
    out.mkdir(parents=True, exist_ok=True)
    for case in cases():
        print(f"{case.name:32} {case.error or 'Article'}")
        if not listing:
            data = case.build()
            payload = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
            (out / f"{case.name}.bin").write_bytes(payload)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
