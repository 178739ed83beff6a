"""Bylines a page shows near its headline: ``By Jane Doe and John Roe``."""

from __future__ import annotations

import re

from . import agencies
from .credit import NAME_PARTICLES, split_names

MAX_BYLINE = 160
_BYLINE = re.compile(r"^(?:By|BY|by|Von|Par|Por|Di)\s{1,3}(?P<names>[^\n]{2,150})$")
_NOT_NAME = re.compile(r"\b(?:the|a|an|of|on|at|for|with|said|says)\b")
# The lower-case words a byline may hold: particles (credit.NAME_PARTICLES) and these.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
_BYLINE_WORDS = frozenset(
    [
        "the",
        "of",
        "for",
        "to",
        "at",
        "in",
        "on",
        "with",
        "from",
        "via",
        "special",
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "columnist",
        "contributor",
        "contributing",
        "senior",
        "chief",
        "news",
        "sports",
        "business",
        "political",
    ]
)
# "AP Business Writer", "Staff Reporter", "Reuters Staff": an affiliation, not a person.
_AFFILIATION = re.compile(r"\b(?:writers?|correspondents?|reporters?|editors?|staff|columnists?)$", re.I)


def find(text: str) -> tuple[str, ...]:
    """Names when the whole block is a byline, else an empty tuple."""
    if len(text) > MAX_BYLINE:
        return ()
    match = _BYLINE.match(text.strip())
    if not match:
        return ()
    names = split_names(match.group("names").split("|")[0])
    if any(_clause(n) for n in names):
        return ()
    return tuple(n for n in names if _looks_like_name(n))


def _clause(part: str) -> bool:
    """``Smith had left the company``: a sentence's words, so ``By Friday, ...`` is story text.

    A byline's lower-case words are particles and the few words affiliations use
    (``special to the Globe``, ``staff writer``).
    """
    return any(w not in _BYLINE_WORDS and w not in NAME_PARTICLES for w in _LOWER_WORD.findall(part))


def is_affiliation(text: str) -> bool:
    """A byline's second line on its own: "Opinion Columnist", "AP Business Writer"."""
    words = text.split()
    return 1 <= len(words) <= 4 and _AFFILIATION.search(text) is not None and not _NOT_NAME.search(text)


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or _NOT_NAME.search(name) or _AFFILIATION.search(name):
        return False
    if name.casefold() in agencies.CASED or words[0] == "The":
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w in NAME_PARTICLES for w in words)


# A line under a headline that only stamps the story: labels, dates, times, a reading time,
# the authors' names, and the separators between them ("Stand: 28.04.2023 16:11 Uhr",
# "06.11.2025 | 20:15", "20 Nisan 2026•Güncelleme: 20 Nisan 2026", "Текст: Name·11 октября 2018").
MAX_STAMP = 100
_STAMP_DATE = re.compile(
    r"""\b(?:\d{1,2}[./]\d{1,2}[./](?:19|20)?\d\d
        |(?:19|20)\d\d-\d\d-\d\d
        |\d{1,2}\.?\s{0,2}[^\W\d_]{3,12}\.?,?\s{1,2}(?:19|20)\d\d
        |[^\W\d_]{3,9}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}(?:19|20)\d\d)\b""",
    re.X,
)
_STAMP_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?(?:\s{0,2}(?:Uhr|h|[ap]\.?m\.?|[A-Z]{2,4}\b))?")
_READING_TIME = re.compile(
    r"\b(?:Lesedauer|Lesezeit|Reading time)\s{0,2}:?\s{0,2}\d{1,3}\s{0,2}(?:Min\.?|Minuten|min\.?|minutes?)"
)
# Words stamps are labelled with; anything else left on the line makes it story text.
_STAMP_WORDS = frozenset(
    (
        *("stand", "publiziert", "veröffentlicht", "aktualisiert", "zuletzt", "erstellt", "geändert"),
        *("am", "um", "von", "uhr", "text", "autor", "des", "artikels"),
        *("published", "updated", "posted", "last", "modified", "on", "at", "by"),
        *("publié", "mis", "à", "jour", "le", "par", "publicado", "actualizado", "el", "por"),
        *("pubblicato", "aggiornato", "il", "di", "güncelleme", "yayınlanma"),
        *("текст", "опубликовано", "обновлено", "автор"),
    )
)
_STAMP_REST = re.compile(r"[^\W\d_]+|\d+")


def is_stamp(text: str, authors: tuple[str, ...] = ()) -> bool:
    """Whether a short header line holds only a date stamp and/or the authors' names.

    A line needs a date, a time, or one of the page's own author names, to count: labels
    alone ("Stand:") or a bare place ("Ankara") are not enough.
    """
    if len(text) > MAX_STAMP:
        return False
    rest, found = _STAMP_DATE.subn(" ", text)
    for name in authors:
        if len(name) >= 4 and name in rest:
            rest, found = rest.replace(name, " "), found + 1
    rest, times = _STAMP_TIME.subn(" ", rest)
    rest = _READING_TIME.sub(" ", rest)
    return found + times > 0 and all(w.casefold() in _STAMP_WORDS for w in _STAMP_REST.findall(rest))
