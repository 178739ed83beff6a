"""The story's header on a whole page: what stands under its headline.

A byline, a timestamp, a reading time (``header_evidence``) are what pages show right
under a headline, perhaps past a standfirst and some widgets (``header_follows``). Between
headline and story, a standfirst is story text; bylines and dates go to the metadata
(``read_header``). The headline itself is chosen in ``title``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import chrome
from ..fields import byline
from .stopwords import STOPWORDS
from .timestamps import MONTHS, WEEKDAYS, is_timestamp
from .units import DIGIT, MIN_STOP_SHARE, Unit, gallery, is_credit, prose, texty, title_like


@dataclass
class Header:
    """What stands between headline and story: standfirst units, authors, a date line."""

    standfirst: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    published: str | None = None


# The walk under a headline.
HEADER_WALK = 8  # units after a headline searched for its byline or date
BARE_CREDIT_WORDS = 8  # a credit line this short stands beside the caption it credits
LABEL_WORDS = 5  # a line this short ending in a colon labels the next one
STANDFIRST_WORDS = 12  # a line this long between headline and byline is a standfirst
LONG_STANDFIRST = 20  # a line this long under the headline is a standfirst, stop or no stop
STANDFIRST_AT = 1  # units under the headline such a line may stand (past a byline)
# Labels of an embedded clip or gallery, whose title follows them.
MEDIA_LABELS = frozenset(
    "video vídeo vidéo videos audio podcast gallery galerie galería fotostrecke bildergalerie".split()  # noqa: SIM905
)
TITLE_LEVELS = (1, 2)  # heading levels that hold titles, never a line of author names
NAME_PARTICLES = frozenset(
    "van von der den de da di du le la del dos bin al ten ter and und et y e".split()  # noqa: SIM905
)
_READ_TIME = re.compile(
    r"\b(?:min(?:ute)?s? read|lesezeit|lesedauer|min\. lesezeit|de lecture|de lectura)\b", re.I
)
_NOT_NAMES = re.compile(r"[\d:/|@]")
# A short line that names a year and a day and month is a date line, whatever its labels.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.")
# The date beside the year: "13.07.2024", "11/19/2019", "2019-11-20", a time "14:04".
_DAY_MONTH = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]|\d[./-]\d{1,2}\b|\b\d{1,2}:\d\d\b")
_RUN_TOGETHER_AT = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")  # "TimesJuly" is "Times July"
_MONTH_WORD = re.compile(r"[^\W\d_]{3,12}")
# Header lines join a byline and a date: "By Jane Doe | May 3", "Posted on May 3 by Jane Doe".
_BY_SPLIT = re.compile(r"\s[|•·]\s|\s(?=(?:by|By|BY|von|Von|par|Par|por|Por)\s)")
_BY_INSIDE = re.compile(r"\s(?:by|von|par|por)\s", re.I)
# "배윤경 기자", "김철수 특파원", "山田太郎記者": a Korean, Japanese or Chinese byline puts the
# reporter's title after the name.
# The line may go on with the reporter's e-mail and more reporters ("배윤경 기자 bykj@mk.co.kr ...").
_WIDE_BYLINE = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af]{2,5}\s?(?:기자|특파원|記者|特派員)(?:\s|$)")
# "Associated Press in Valencia", "Sam Jones in Madrid": a byline that names where the
# reporter filed from; two capitalised names at least before "in" (not "Chaos in Paris").
_NAME_IN_PLACE = re.compile(r"^[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}\sin\s[A-Z][\w'’.-]{1,30}$")
# The words a byline or its label holds near its start: a cheap test before the grammars.
_SIGN_HINT = re.compile(r"(?:^|\s)(?:by|von|par|por|di|door|av|af)(?:\s|:|$)|기자|특파원|記者|特派員", re.I)
SIGN_HINT_REACH = 40
_BY_COLON = re.compile(r"^by\s?:\s?", re.I)
_HANDLE = re.compile(r"@\w{1,40}$")
_BY_START = re.compile(r"^(?:by|von|par|por|door|av|af)\s", re.I)
# "Von", "Ein Kommentar von", "Written by": a byline's label on its own line, the names below.
# "Supported by", "Sponsored by", "Presented by": an advertiser's label, not a byline's.
_BYLINE_WORD = re.compile(
    r"^(?!(?:supported|sponsored|presented|powered|brought to you) by)"
    r"(?:[^\W\d_]{2,20}\s){0,2}(?:by|von|par|por|di|door|av|af)(?:\s?:)?\s*$",
    re.I,
)


def media_title(found: Sequence[Unit], index: int) -> bool:
    """A line right under a ``Video`` or ``Podcast`` label titles that clip, not the story."""
    return index > 0 and found[index - 1].text.casefold().rstrip(":") in MEDIA_LABELS


def continued(unit: Unit) -> bool:
    """``…accuse chiefs of accepting bribes``: a headline's second part, set on its own line."""
    return unit.text[:1] in "…" or unit.text.startswith("...")


def names(unit: Unit) -> bool:
    """``Jennifer Pahlke``, ``Birgit Baumann Anna Giulia Fink``: author names without a ``By``."""
    # A page's top headings are titles: "Jangan Membenci Satu Kaum Secara Berlebihan" is
    # capitalised word by word in a language the stopword table does not cover.
    return not unit.sentence and unit.heading not in TITLE_LEVELS and _names_text(unit.text)


def _author_names(text: str) -> bool:
    """Stricter than ``_names_text``: a line of names read as the authors."""
    if _NOT_NAMES.search(text) or not _names_text(text):
        return False
    return not any(len(w) > 3 and (w.lower() in MONTHS or w.lower() in WEEKDAYS) for w in text.split())


def _names_text(text: str) -> bool:
    text = _HANDLE.sub("", text)
    words = text.replace(",", " ").split()
    # "Lichtgut/Christoph Schmidt": a photo credit (agency/photographer), not an author.
    if not 2 <= len(words) <= 9 or DIGIT.search(text) or text.endswith(".") or "/" in text:
        return False
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    if len(named) < 2 or len(set(named)) < len(named):
        return False
    # "Partager Partager", "Facebook Twitter Email": widget words are not names.
    return all(w[:1].isupper() and w.lower() not in STOPWORDS and not chrome.is_drop(w) for w in named)


def header_follows(found: Sequence[Unit], index: int) -> tuple[int, int]:
    """Where a byline or date follows the line (0 if none), perhaps after a standfirst and
    some widgets, and how many standfirst lines stood between."""
    standfirst = 0
    for i in range(index + 1, min(len(found), index + 1 + HEADER_WALK)):
        unit = found[i]
        if (header_evidence(unit) and not _menu_names(unit)) or filed_from(found, i):
            return i, standfirst
        if not texty(unit) or is_credit(unit) or continued(unit) or _label(unit) or _widget(unit):
            continue  # widgets, captions with their photo credit, a headline's second line
        if media_title(found, i):
            continue  # an embedded clip's title under its "Video" label
        if standfirst or not (prose(unit, False) or unit.words >= STANDFIRST_WORDS or title_like(unit)):
            return 0, 0
        standfirst = 1  # one standfirst or subtitle may stand between headline and byline
    return 0, 0


def _menu_names(unit: Unit) -> bool:
    """A list item of two names is a menu's ("Costa Rica", "General Aviation"), and a box
    header or widget the page's ("Top Stories"): no byline under a headline."""
    return (unit.bullet or unit.box or unit.furniture) and names(unit)


def filed_from(found: Sequence[Unit], index: int) -> bool:
    """``Associated Press in Valencia``, ``Sam Jones in Madrid``: a byline naming where the
    reporter filed from, under a standfirst. Alone, the shape is also a short headline's
    ("Protests Erupt in Paris"); the standfirst above it tells them apart."""
    unit = found[index]
    if index == 0 or unit.words > 6 or not _NAME_IN_PLACE.match(unit.text):
        return False
    return found[index - 1].words >= STANDFIRST_WORDS


def _widget(unit: Unit) -> bool:
    """``TOP``, ``Merken``, ``댓글``: a one-word button between a headline and its byline."""
    return unit.words <= 1 and not unit.sentence


def _label(unit: Unit) -> bool:
    """``Author of the article:``: a short label that introduces the line after it."""
    return unit.words <= LABEL_WORDS and unit.text.endswith(":")


def header_evidence(unit: Unit) -> bool:
    """A byline, timestamp or reading time: what pages show just under a headline."""
    text = unit.text
    if len(text) > 120:
        return False
    if byline.find(text) or _BYLINE_WORD.match(text) or _READ_TIME.search(text) or names(unit):
        return True
    if _WIDE_BYLINE.match(text):
        return True
    if unit.words <= 12 and _BY_START.match(text):
        return True  # "by Lesotho TimesNovember 21, 2025": a byline run into its date
    if any(is_timestamp(part) for part in text.split("|")):
        return True
    if unit.words <= 12 and _DATED.search(text) and _BY_INSIDE.search(text):
        return True  # "Posted on <month> 30, 2015 by Admin", whatever language names the month
    if unit.words > 12 or unit.sentence or unit.bullet or _DATED.search(text) is None:
        return False
    return _DAY_MONTH.search(text) is not None or _named_month(text)


def _named_month(text: str) -> bool:
    """A year beside a month name: "Lesotho TimesJuly 6, 2018". A year alone is no date
    ("Die Eisheiligen 2024: ...", "2020 Mini JCW GP is a 300HP monster hatch")."""
    words = _MONTH_WORD.findall(_RUN_TOGETHER_AT.sub(" ", text).lower())
    return any(w in MONTHS for w in words)


def signed(unit: Unit) -> bool:
    """A byline ("By Jane Doe", "Von" over names, "배윤경 기자") or a timestamp line: a
    headline's header for certain, where a bare line of names may be a menu's."""
    if unit.stamp:
        return True
    text = unit.text
    if len(text) > 120 or _SIGN_HINT.search(text, 0, SIGN_HINT_REACH) is None:
        return False  # no byline word near the start: the tests below cannot pass (most lines)
    if _WIDE_BYLINE.match(text) is not None:
        return True
    return bool(byline.find(text)) or _BYLINE_WORD.match(text) is not None


def signed_near(found: Sequence[Unit], index: int) -> bool:
    """A byline or timestamp among the units a header walk from ``index`` reads."""
    return any(signed(u) for u in found[index + 1 : index + 1 + HEADER_WALK])


def header_end(found: Sequence[Unit], head: int) -> int:
    """Where the header under the headline ends: after its last byline or date line, before
    the story's prose (a standfirst may stand between headline and byline)."""
    last, standfirst = head + 1, False
    for i in range(head + 1, min(len(found), head + 1 + HEADER_WALK)):
        unit = found[i]
        if header_evidence(unit):
            last = i + 1
        elif unit.box or (prose(unit, False) and (standfirst or last > head + 1)):
            break
        else:
            standfirst = standfirst or prose(unit, False)
    return last


def read_header(between: Sequence[Unit], stops_apply: bool) -> Header:
    """Units between headline and story: a standfirst is kept, a byline and a date are read."""
    story = Header()
    for index, unit in enumerate(between):
        if header_evidence(unit):
            _read_header_line(between, index, story)
        elif _standfirst(unit, index, stops_apply) and not _caption(between, index):
            story.standfirst.append(unit)
    return story


def _standfirst(unit: Unit, index: int, stops_apply: bool) -> bool:
    """Prose, or a long line of it right under the headline (or its byline) that ends
    without a stop, as standfirsts often do; further down, such lines are captions."""
    if prose(unit, stops_apply):
        return True
    if index > STANDFIRST_AT or unit.words < LONG_STANDFIRST or unit.bullet or unit.furniture:
        return False
    if unit.links > 0.5:
        return False
    return not stops_apply or unit.stops >= MIN_STOP_SHARE


def _read_header_line(between: Sequence[Unit], index: int, story: Header) -> None:
    """``By Jane Doe | May 3, 2024``, ``Posted on May 3, 2024 by Jane Doe``, ``Von`` + names."""
    for part in _BY_SPLIT.split(between[index].text):
        part = _HANDLE.sub("", _BY_COLON.sub("By ", part.strip()))
        if story.published is None and is_timestamp(part):
            story.published = part
        elif not story.authors:
            story.authors = _authors(part, between, index)


def _authors(part: str, between: Sequence[Unit], index: int) -> tuple[str, ...]:
    """Names from a byline; a bare line of names only beside a "By" line or a date line."""
    names = byline.find(part)
    if names:
        return names
    if _BYLINE_WORD.match(part):
        # "Von" on its own line, the names on the lines after it.
        following = [u.text for u in between[index + 1 : index + 4]]
        lines = list(itertools.takewhile(_author_names, following))
        return tuple(n for t in lines for n in byline.find("By " + t))
    beside = [u for u in between[max(0, index - 1) : index + 2] if u is not between[index]]
    if _author_names(part) and any(u.stamp or _BYLINE_WORD.match(u.text) for u in beside):
        return byline.find("By " + part)
    return ()


def _caption(found: Sequence[Unit], index: int) -> bool:
    """A line that carries a photo credit is a caption, as is one next to a bare credit
    line ("© Foto: dpa"); a standfirst next to a whole caption that ends in its credit
    ("... gestorben. | Jörg Carstensen/dpa") is not."""
    if is_credit(found[index]) or gallery(found[index]):
        return True
    near = (*found[max(0, index - 1) : index], *found[index + 1 : index + 2])
    return any(is_credit(u) and u.words <= BARE_CREDIT_WORDS for u in near)
