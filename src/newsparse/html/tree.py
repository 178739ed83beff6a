"""Parse a page into an lxml tree without ever touching the network or a DTD.

libxml2's HTML parser reads no DTD and expands no external entities; we also turn off
network access, and drop comments and processing instructions (their text is never story).
``huge_tree`` is on because the input is already capped by ``Settings.max_bytes``: with it
off, a page nested past 255 levels (unclosed ``<font>`` tags) loses everything after that
depth, story included; the walker reads below ``segment.MAX_DEPTH`` flat. A tree the
caller built is serialised and parsed again with the same parser: that gives it the same
treatment and guarantees we never modify the caller's object.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..load import Loaded

# An XML declaration in a str makes lxml refuse the input ("Unicode strings with encoding
# declaration are not supported"); it says nothing we need once the text is decoded.
_XML_DECL = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")

# lxml's own C element classes, whatever default a caller may have set globally. Not
# lxml.html's: those are Python subclasses, and each element the code touches then costs
# a Python-level initialisation (a third more per element); nothing here uses their extras.
_LOOKUP = etree.ElementDefaultClassLookup()


def _parser() -> Any:
    # A fresh parser per call: lxml parsers keep state and are not shared across threads.
    # The text goes in as UTF-8 bytes under a fixed encoding: lxml hands a str to libxml2
    # in its internal 1/2/4-byte form, which libxml2 converts more slowly than it reads UTF-8,
    # and the fixed encoding keeps any charset the page declares from applying again.
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        collect_ids=False,
    )
    parser.set_element_class_lookup(_LOOKUP)
    return parser


def parse_tree(loaded: Loaded) -> Any | None:
    """The document's root element, or ``None`` when nothing parseable is left."""
    if loaded.tree is not None:
        return _reparse(loaded.tree)
    if loaded.utf8 is not None and _XML_DECL.match(loaded.text) is None:
        return parse_markup(loaded.utf8)  # the page's own bytes: no encoding the text again
    return parse_markup(loaded.text)


def parse_markup(text: str | bytes) -> Any | None:
    if isinstance(text, str):
        text = _XML_DECL.sub("", text, count=1)
    if not text or (isinstance(text, str) and text.isspace()):
        return None
    if isinstance(text, str):
        text = text.encode("utf-8", errors="surrogatepass")
    try:
        root = etree.fromstring(text, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def _reparse(tree: Any) -> Any | None:
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    try:
        markup = etree.tostring(root, encoding="unicode", method="html")
    except (TypeError, ValueError):
        return None
    return parse_markup(markup)
