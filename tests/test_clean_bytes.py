"""``clean_text`` given the page's own UTF-8 bytes must clean exactly as it does without them."""

from __future__ import annotations

import pytest

from newsparse.load import clean_text, load
from newsparse.settings import DEFAULT

PAGE = "<p>" + "word " * 1000 + "</p>"  # long enough for the scan path
BAD = ["\x00", "\x08", "\x0b", "\x1f", "\x7f", "\x80", "\x85", "\x9f", "\ufffe", "\uffff"]
GOOD = ["\t", "\n", "\r\n", "\r", "\xa0", "\u0100", "\ufffd", "\U0001f600"]


@pytest.mark.parametrize("char", BAD + GOOD)
def test_scanning_the_bytes_agrees_with_scanning_the_text(char: str) -> None:
    text = PAGE + char + "é"
    assert clean_text(text, text.encode("utf-8")) == clean_text(text)


@pytest.mark.parametrize("char", ["\x01", "\x9f", "\uffff"])
def test_controls_leave_pages_read_from_bytes(char: str) -> None:
    assert char not in load((PAGE + char + "é").encode("utf-8"), DEFAULT).text
    assert char not in load((PAGE + char).encode("utf-8"), DEFAULT).text  # ASCII apart from it
