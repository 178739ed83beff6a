"""Corpus pages as lxml trees, decoded the way newsparse decodes them, for the stress studies
that edit a page's tree before handing it to newsparse."""

from __future__ import annotations

from typing import Any

import lxml.html

from newsparse.load import decode


def parse_page(raw: bytes) -> Any:
    """Decode as the pipeline does (BOM, <meta charset>, UTF-8, sniffing), then build the tree."""
    try:
        return lxml.html.document_fromstring(decode(raw))
    except ValueError:  # a str with an XML encoding declaration: let lxml read the bytes
        return lxml.html.document_fromstring(raw)
