"""The credit is looked for among the story's last blocks, not among the chrome after it."""

from __future__ import annotations

import newsparse

_STORY = "".join(
    f"<p>Paragraph {n} of the story says what the regulator did and why it matters to savers.</p>"
    for n in range(1, 6)
)
_CREDIT = "<p>(Reporting by Ann Lee in Sydney; Editing by Bob Ray)</p>"
_AFTER = (
    "<p>((ann.lee@example.com; +61 2 5555 0100))</p>"
    "<p>The views and opinions expressed herein are the views and opinions of the author.</p>"
    "<p>© 2023, Example Markets, Inc. All Rights Reserved.</p>"
    "<p>To add symbols:</p>"
    "<p>These symbols will be available throughout the site during your session.</p>"
)


def _page(tail: str) -> str:
    return (
        "<html><body><article><h1>Regulator fines payments firm</h1>"
        "<p>SYDNEY, March 17 (Reuters) - The regulator fined a payments firm on Friday.</p>"
        f"{_STORY}{tail}</article></body></html>"
    )


def test_chrome_after_the_credit_does_not_hide_it() -> None:
    article = newsparse.parse_html(_page(_CREDIT + _AFTER))
    assert article.credit is not None
    assert dict(article.credit.roles) == {"reporting": ("Ann Lee",), "editing": ("Bob Ray",)}
    assert not any("Reporting by" in p for p in article.paragraphs)


def test_a_credit_far_from_the_end_of_the_story_is_still_not_read() -> None:
    late = "".join(f"<p>Later paragraph {n} adds more about the fine.</p>" for n in range(4))
    article = newsparse.parse_html(_page(_CREDIT + late))
    assert article.credit is None
