"""Find the story inside a whole page's text (a browser's "save as text", a terminal dump).

Such a copy holds the whole page flattened into lines: menus, bylines, timestamps, photo
captions and credits, share prompts, related headlines and footers around the story. The
page is cut into units (paragraphs, with the list, heading and link marks renderers leave)
and each unit is weighed from its own evidence: prose (long, punctuated, dense in function
words) weighs for the story, menu items, link lists, dates, widgets and box headers weigh
against it. The story is the run of units with the greatest total weight; inside it the
prose and subheadings are kept, and the headline is the title-like line just before it.
Bylines and dates between headline and story go to ``Metadata``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import chrome
from ..fields import byline
from .paragraphs import Chunk
from .stopwords import STOPWORDS
from .timestamps import is_timestamp

# Weights of unit kinds; prose weighs by its length in words (see ``_prose_weight``).
CHROME = -4.0
BREAK = -30.0
SHORT = -1.5
HEADING = -1.0
DATE = -3.0
LIST = -3.0
MAX_PROSE = 80.0
# Prose: at least this many words, with sentence punctuation and function words.
MIN_PROSE_WORDS = 8
MIN_STOP_SHARE = 0.12
HEADLINE_REACH = 25  # units before the story searched for its headline
MAX_HEADLINE_WORDS = 40

_LINK = re.compile(r"!?\[(?P<text>[^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_EMPHASIS = re.compile(r"\*\*|__")
_MARK = re.compile(r"^(?:(?P<hash>#{1,6})|(?P<bullet>[*+•·-])|\d{1,3}[.)]|\||>)\s*")
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]{0,2}$")
_SENTENCE_STOP = re.compile(r"[.!?。！？][\"'”’»)]{0,2}\s")
_WORD = re.compile(r"[^\W\d_]+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff]")
_CREDIT = re.compile(
    r"(?:^|[(\s])(?:©|\(c\)|photo:|image:|foto:|bild:|credit:|getty images|"
    r"ap photo|afp|reuters/|dpa|imago|shutterstock|picture alliance|epa)",
    re.I,
)
_BYLINE_WORD = re.compile(r"^(?:by|von|par|por|di|door|av|af)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph of a whole page, with the evidence it carries about itself."""

    text: str
    line: int
    heading: int
    bullet: bool
    links: float
    words: int
    stops: float
    sentence: bool


@dataclass
class Story:
    """What the page shows of its story: headline, body units, byline and date near the top."""

    headline: Unit | None = None
    body: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    published: str | None = None


def units(chunks: Sequence[Chunk]) -> list[Unit]:
    """Chunks become units: marks read off, links and escapes reduced to text."""
    return [_unit(c) for c in chunks]


def _unit(chunk: Chunk) -> Unit:
    text = _ESCAPE.sub(r"\1", chunk.text)
    mark = _MARK.match(text)
    heading = len(mark.group("hash")) if mark and mark.group("hash") else 0
    bullet = bool(mark and mark.group("bullet"))
    if mark:
        text = text[mark.end() :]
    text = _EMPHASIS.sub("", _IMAGE.sub("", text)).strip(" #")
    plain = _LINK.sub(r"\g<text>", text)
    linked = sum(len(m.group("text")) for m in _LINK.finditer(text))
    words = _WORD.findall(plain)
    count = len(words) + len(_WIDE.findall(plain)) // 3
    stops = sum(w.lower() in STOPWORDS for w in words) / len(words) if words else 0.0
    sentence = bool(_SENTENCE_END.search(plain)) or bool(_SENTENCE_STOP.search(plain))
    links = linked / len(plain) if plain else 0.0
    return Unit(plain, chunk.line, heading, bullet, links, count, stops, sentence)


def is_whole_page(found: Sequence[Unit]) -> bool:
    """A page with many menu-like units is a whole page; a bare story is left as it is."""
    menu = sum(1 for u in found if u.bullet and not _prose(u, True) or u.links > 0.5)
    return menu >= 8 or menu >= 0.25 * len(found) and len(found) >= 12


def find(found: Sequence[Unit]) -> Story:
    """The story of a whole page: its headline, body units, byline and date."""
    if not found:
        return Story()
    stops_apply = _stops_apply(found)
    repeats = Counter(u.text.casefold() for u in found)
    weights = [_weight(u, repeats[u.text.casefold()], stops_apply) for u in found]
    start, end = _best_run(weights)
    head = _headline(found, start, repeats)
    story = Story(headline=None if head is None else found[head])
    top = start if head is None or head >= start else head + 1
    if head is not None and head >= start:
        top = head + 1
    _header(found[top:start], story, stops_apply)
    story.body.extend(u for u in found[max(top, start) : end + 1] if _keep(u, stops_apply))
    return story


def _stops_apply(found: Sequence[Unit]) -> bool:
    """Function words tell prose only in languages the table covers (not CJK, not Arabic)."""
    long_ = [u for u in found if u.words >= 20]
    return not long_ or sum(u.stops >= MIN_STOP_SHARE for u in long_) >= 0.3 * len(long_)


def _prose(unit: Unit, stops_apply: bool) -> bool:
    if unit.words < MIN_PROSE_WORDS or not unit.sentence or unit.links > 0.5:
        return False
    return not stops_apply or unit.stops >= MIN_STOP_SHARE


def _weight(unit: Unit, repeats: int, stops_apply: bool) -> float:
    if chrome.is_break(unit.text) or chrome.is_footer(unit.text):
        return BREAK
    if not any(c.isalnum() for c in unit.text) or chrome.is_chrome(unit.text):
        return CHROME
    if is_timestamp(unit.text):
        return DATE
    if _prose(unit, stops_apply):
        weight = min(float(unit.words), MAX_PROSE) * (0.5 if unit.bullet else 1.0)
        return weight * 0.2 if repeats > 1 else weight
    if unit.bullet or unit.links > 0.5:
        return LIST
    if unit.heading:
        return HEADING
    return SHORT * (2 if repeats > 1 else 1)


def _best_run(weights: Sequence[float]) -> tuple[int, int]:
    """The contiguous run of units with the greatest total weight (inclusive bounds)."""
    best, best_span = float("-inf"), (0, -1)
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _headline(found: Sequence[Unit], start: int, repeats: Counter[str]) -> int | None:
    """The headline: the nearest level-1 heading before the story, else the best title line."""
    low = max(0, start - HEADLINE_REACH)
    for i in range(start, low - 1, -1):
        if found[i].heading == 1 and _title_like(found[i]):
            return i
    scored = [(_title_score(found[i], start - i, repeats), i) for i in range(low, start + 1)]
    scored = [(s, i) for s, i in scored if s > 0]
    return max(scored)[1] if scored else None


def _title_like(unit: Unit) -> bool:
    if unit.bullet or unit.links > 0.5 or not 2 <= unit.words <= MAX_HEADLINE_WORDS:
        return False
    return not (chrome.is_chrome(unit.text) or chrome.is_break(unit.text) or is_timestamp(unit.text))


def _title_score(unit: Unit, distance: int, repeats: Counter[str]) -> float:
    if not _title_like(unit) or unit.words < 3 or unit.text.endswith("."):
        return 0.0
    if byline.find(unit.text) or _CREDIT.search(unit.text):
        return 0.0
    score = 3.0 + (2.0 if unit.heading else 0.0) + (1.5 if repeats[unit.text.casefold()] > 1 else 0.0)
    return score - 0.15 * distance


def _header(between: Sequence[Unit], story: Story, stops_apply: bool) -> None:
    """Units between headline and story: a standfirst is kept, a byline and a date are read."""
    for index, unit in enumerate(between):
        names = byline.find(unit.text)
        if not names and _BYLINE_WORD.match(unit.text) and index + 1 < len(between):
            names = byline.find("By " + between[index + 1].text)
        if names and not story.authors:
            story.authors = names
        elif is_timestamp(unit.text) and story.published is None:
            story.published = unit.text
        elif _prose(unit, stops_apply) and not _caption(between, index):
            story.body.append(unit)


def _caption(found: Sequence[Unit], index: int) -> bool:
    """A line next to a photo credit is a caption, as is one that carries the credit itself."""
    near = found[max(0, index - 1) : index + 2]
    return any(_CREDIT.search(u.text) and u.words <= 25 for u in near)


def _keep(unit: Unit, stops_apply: bool) -> bool:
    if chrome.is_chrome(unit.text) or chrome.is_break(unit.text) or is_timestamp(unit.text):
        return False
    if unit.links > 0.5 or not any(c.isalnum() for c in unit.text):
        return False
    if _prose(unit, stops_apply) or unit.heading:
        return True
    return not unit.bullet and not (_CREDIT.search(unit.text) and unit.words <= 25)
