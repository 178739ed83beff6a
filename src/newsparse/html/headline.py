"""Which ``<h1>`` is the story's headline: the one the metadata names, else the nearest.

Pages carry several ``<h1>``s: the site's logo, the story's headline, slideshow captions,
headlines of related stories. Link-heavy ones (logos, teasers) never qualify. When the
page's metadata states the headline (JSON-LD, ``og:title``), the candidate sharing most of
its words wins; otherwise the last one above the story, or the first one inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

REACH = 25  # at most this many units between the headline and the story's start
AGREE = 0.5  # share of the stated headline's words an <h1> must carry
AGREE_LOWER = 0.8  # ...and a lower heading standing in for it

_LOWER_HEADINGS = frozenset({"h2", "h3"})

_WORD = re.compile(r"\w+")


def pick_headline(
    tags: Sequence[str], texts: Sequence[str], usable: Sequence[bool], span: tuple[int, int], hint: str | None
) -> int | None:
    """Index of the headline unit, or ``None``; ``usable`` rules out link-heavy units."""
    start, end = span
    near = range(max(0, start - REACH), end)
    candidates = [i for i in near if tags[i] == "h1" and usable[i]]
    if hint:
        named = _best_match(candidates, texts, hint, AGREE)
        # Some templates set the headline in an <h2>: only the metadata can tell. One that
        # states it word for word beats an <h1> that merely shares its words (a breadcrumb's).
        others = [i for i in near if tags[i] in _LOWER_HEADINGS and usable[i]]
        if named is None or not _same_words(texts[named], hint):
            exact = [i for i in others if _same_words(texts[i], hint)]
            if exact:
                return exact[0]
        if named is not None or not candidates:
            return named if named is not None else _best_match(others, texts, hint, AGREE_LOWER)
    if not candidates:
        return None
    above = [i for i in candidates if i < start]
    return above[-1] if above else candidates[0]


def _same_words(text: str, hint: str) -> bool:
    return _WORD.findall(text.lower()) == _WORD.findall(hint.lower())


def _best_match(candidates: list[int], texts: Sequence[str], hint: str, agree: float) -> int | None:
    wanted = set(_WORD.findall(hint.lower()))
    if not wanted or not candidates:
        return None
    scored = [(len(wanted & set(_WORD.findall(texts[i].lower()))) / len(wanted), i) for i in candidates]
    share, index = max(scored, key=lambda pair: (pair[0], -pair[1]))
    return index if share >= agree else None
