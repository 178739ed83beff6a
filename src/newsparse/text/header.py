"""The story's header on a whole page: its headline, and the byline and date under it.

The headline is the title-like line just above the story's run: a level-1 heading, a
byline or date right under it (perhaps past a standfirst and widgets), a repeat elsewhere
on the page and a headline's length speak for a line; distance from the story, a box
header just above it, sentence shape, breadcrumbs and prompts speak against it. Between
headline and story, a standfirst is story text; bylines and dates go to the metadata.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .. import chrome
from ..fields import byline
from .stopwords import STOPWORDS
from .timestamps import MONTHS, WEEKDAYS, is_timestamp
from .units import CREDIT, DIGIT, SENTENCE_STOPS, Unit, is_credit, prose, texty, title_like


@dataclass
class Header:
    """What stands between headline and story: standfirst units, authors, a date line."""

    standfirst: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    published: str | None = None


# Headline search.
HEADLINE_REACH = 25  # text units before the story searched for its headline
HEADLINE_HARD_REACH = 60  # units before the story searched for it at most
HEADLINE_INTO = 4  # units into the story's run searched for it (a run may start early)
EARLY_PROSE = 50.0  # prose weight after which no headline is sought inside the run
HEADER_WALK = 8  # units after a headline searched for its byline or date
WIDGET_REPEATS = 3  # a short line shown this often near the story is a widget, not its headline
WIDGET_WORDS = 7
HEADER_GAP = 6  # text units between header and story beyond which none is a standfirst
LABEL_WORDS = 5  # a line this short ending in a colon labels the next one
STANDFIRST_WORDS = 12  # a line this long between headline and byline is a standfirst
DEK_WORDS = 10  # a dek under the headline runs to this many words at least
KICKER_WORDS = 5  # a line above a headline shorter than this may be its kicker
CRUMB_WORDS = 10  # a breadcrumb trail is this short
FAR_TITLE_WORDS = 4  # a top heading this long is a headline candidate however far up
TITLE_DISTANCE = 3.0  # the most distance from the story costs a top heading
# Labels of an embedded clip or gallery, whose title follows them.
MEDIA_LABELS = frozenset(
    "video vídeo vidéo videos audio podcast gallery galerie galería fotostrecke bildergalerie".split()  # noqa: SIM905
)
TITLE_LEVELS = (1, 2)  # heading levels that hold titles, never a line of author names
TITLE_HEADING = {1: 6.0, 2: 1.5, 3: 1.0}  # how much a heading level speaks for a headline
NAME_PARTICLES = frozenset(
    "van von der den de da di du le la del dos bin al ten ter and und et y e".split()  # noqa: SIM905
)
_READ_TIME = re.compile(
    r"\b(?:min(?:ute)?s? read|lesezeit|lesedauer|min\. lesezeit|de lecture|de lectura)\b", re.I
)
_NOT_NAMES = re.compile(r"[\d:/|@]")
_CLAUSE = re.compile(r",\s(?!\d)")  # a comma between clauses (not "Hanna, 18, ...")
_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
# A short line that names a year and a day and month is a date line, whatever its labels.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.")
# The date beside the year: "13.07.2024", "11/19/2019", "2019-11-20", a time "14:04".
_DAY_MONTH = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]|\b\d{1,2}\.\d{1,2}\.|\d[./-]\d{1,2}\b|\b\d{1,2}:\d\d\b")
_RUN_TOGETHER_AT = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")  # "TimesJuly" is "Times July"
# A breadcrumb trail opens with the home page: "Home » News", "Startseite | Schweiz |",
# "HomePolitikAusland" (run together by a renderer).
_HOME = re.compile(r"^(?:Home|HOME|Startseite|Accueil|Inicio|Portada|Anasayfa|Forside|Etusivu)(?![a-zß-ÿ])")
_CRUMB_SEP = re.compile(r"\s[»›>/|]\s|\s[»›>|]$")
_MONTH_WORD = re.compile(r"[^\W\d_]{3,12}")
# "Home » News » World", "Start > Politik > Ausland": a breadcrumb trail, not a headline.
_CRUMBS = re.compile(r"[»›>/|](?:[^»›>/|]{1,60})[»›>/|]")
# "HomeNewsSüdtirolChronik": menu words run together when a renderer drops the spaces.
_RUN_TOGETHER = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# Header lines join a byline and a date: "By Jane Doe | May 3", "Posted on May 3 by Jane Doe".
_BY_SPLIT = re.compile(r"\s[|•·]\s|\s(?=(?:by|By|BY|von|Von|par|Par|por|Por)\s)")
_BY_INSIDE = re.compile(r"\s(?:by|von|par|por)\s", re.I)
# "배윤경 기자", "김철수 특파원", "山田太郎記者": a Korean, Japanese or Chinese byline puts the
# reporter's title after the name.
_WIDE_BYLINE = re.compile(r"^[\u3400-\u9fff\uac00-\ud7af]{2,5}\s?(?:기자|특파원|記者|特派員)$")
# "Associated Press in Valencia", "Sam Jones in Madrid": a byline that names where the
# reporter filed from; two capitalised names at least before "in" (not "Chaos in Paris").
_NAME_IN_PLACE = re.compile(r"^[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){1,3}\sin\s[A-Z][\w'’.-]{1,30}$")
_BY_COLON = re.compile(r"^by\s?:\s?", re.I)
_HANDLE = re.compile(r"@\w{1,40}$")
_BY_START = re.compile(r"^(?:by|von|par|por|door|av|af)\s", re.I)
# "Von", "Ein Kommentar von", "Written by": a byline's label on its own line, the names below.
_BYLINE_WORD = re.compile(r"^(?:[^\W\d_]{2,20}\s){0,2}(?:by|von|par|por|di|door|av|af)\s*:?\s*$", re.I)


def headline(
    found: Sequence[Unit], weights: Sequence[float], start: int, repeats: Counter[str]
) -> int | None:
    """The headline: the best title-like line just before the story (or at its very top).

    A level-1 heading, a byline or date right after it, and a repeat elsewhere on the
    page (breadcrumbs, share text) speak for a line; distance from the story, a box header
    just before it and sentence shape speak against it.
    """
    low, high = _reach(found, start), _early_end(weights, start)
    # A short label shown three times near the story ("Search author on: PubMed" under
    # each author, a trending-topics bar repeated) is a widget; a headline shown as often
    # (title line, breadcrumb, heading) runs longer.
    near = Counter(u.text.casefold() for u in found[max(0, low - HEADLINE_REACH) : high])
    best, best_index = 0.0, None
    for i in _candidates(found, low, high):
        if near[found[i].text.casefold()] >= WIDGET_REPEATS and found[i].words <= WIDGET_WORDS:
            continue
        score = _title_score(found, i, start, repeats)
        if score > best:
            best, best_index = score, i
    return best_index


def punctuated(found: Sequence[Unit], head: Unit) -> Unit:
    """The headline as another copy on the page writes it: a renderer that sets a kicker
    and a headline as separate spans may drop the colon between them ("Ausschuss zur
    Ahrtal-Flut Zwei Rücktritte"), where the breadcrumb or title line keeps it."""
    if ":" in head.text:
        return head
    for unit in found:
        if ":" in unit.text and unit.words == head.words and _uncolon(unit.text) == head.text:
            return replace(unit, line=head.line, heading=head.heading)
    return head


def _uncolon(text: str) -> str:
    return " ".join(text.replace(":", " ").split())


def _candidates(found: Sequence[Unit], low: int, high: int) -> list[int]:
    """The units searched: those near the story, and the page's first level-1 (else
    level-2) heading of a headline's length with a byline or date under it, wherever it
    stands (a paywall, a video block or a summary box may stand between it and the story)."""
    for level in TITLE_LEVELS:
        # A blog's tagline is a level-1 heading with no byline under it.
        first = next((i for i in range(low) if _far_title(found, i, level)), None)
        if first is not None:
            return [first, *range(low, high)]
    first = next((i for i in range(low) if _after_crumbs(found, i)), None)
    return [*([] if first is None else [first]), *range(low, high)]


def _after_crumbs(found: Sequence[Unit], index: int) -> bool:
    """The line right under a breadcrumb trail (``Home » News » World``, ``HomePolitikAusland``
    run together) is where templates set the page's h1, marked or not."""
    if index == 0 or found[index].words < FAR_TITLE_WORDS:
        return False
    trail = found[index - 1]
    if trail.words > CRUMB_WORDS or trail.sentence or not _HOME.match(trail.text):
        return False
    return _CRUMB_SEP.search(trail.text) is not None or _RUN_TOGETHER.search(trail.text) is not None


def _far_title(found: Sequence[Unit], index: int, level: int) -> bool:
    unit = found[index]
    return unit.heading == level and unit.words >= FAR_TITLE_WORDS and _header_follows(found, index)[0] > 0


def _reach(found: Sequence[Unit], start: int) -> int:
    """Where the search for the headline begins: so many text units before the story.
    Lists and widgets (an author box, a share bar) do not count, up to a hard limit."""
    texts, low = 0, start
    while low > max(0, start - HEADLINE_HARD_REACH) and texts < HEADLINE_REACH:
        low -= 1
        texts += texty(found[low])
    return low


def _early_end(weights: Sequence[float], start: int) -> int:
    """A run may start early on light text (a notice, a caption); the headline may stand
    among its first units, but not after the story's prose has begun."""
    total = 0.0
    for i in range(start, min(len(weights), start + HEADLINE_INTO)):
        total += max(0.0, weights[i])
        if total >= EARLY_PROSE:
            return i
    return min(len(weights), start + HEADLINE_INTO)


def _never_title(found: Sequence[Unit], index: int) -> bool:
    """Lines that are never the headline: credits, captions, bylines, breadcrumbs, icons."""
    unit = found[index]
    if not title_like(unit) or byline.find(unit.text) or CREDIT.search(unit.text) or is_credit(unit):
        return True
    if _caption_follows(found, index):
        return True
    if (
        header_evidence(unit)
        or _filed_from(found, index)
        or _CRUMBS.search(unit.text)
        or len(_RUN_TOGETHER.findall(unit.text)) >= 3
    ):
        return True
    if len(_LETTER.findall(unit.text)) >= 3 or continued(unit):
        return True  # "Folge uns F Y T I": icon letters of a social bar
    return prose(unit, False) and unit.text.endswith(".")  # a standfirst or a first paragraph


def _media_title(found: Sequence[Unit], index: int) -> bool:
    """A line right under a ``Video`` or ``Podcast`` label titles that clip, not the story."""
    return index > 0 and found[index - 1].text.casefold().rstrip(":") in MEDIA_LABELS


def _dek(found: Sequence[Unit], index: int) -> bool:
    """A longer line right under a title-like line of five words or more is the dek under
    the headline; a kicker above a headline is shorter ("USA stoppen Schattentanker")."""
    unit, above = found[index], found[index - 1] if index else None
    if above is None or unit.words < DEK_WORDS or not title_like(above) or above.words < KICKER_WORDS:
        return False
    return above.words < unit.words and not above.text.endswith(".") and not header_evidence(above)


def _title_score(found: Sequence[Unit], index: int, start: int, repeats: Counter[str]) -> float:
    if _never_title(found, index):
        return 0.0
    unit = found[index]
    crumbed = not unit.heading and _after_crumbs(found, index)
    score = 3.0 + TITLE_HEADING.get(1 if crumbed else unit.heading, 0.0)
    evidence, skipped = _header_follows(found, index)
    near = index
    if evidence:
        # The byline or date is the headline's own: distance counts from the header's end.
        score += 3.0 - skipped
        near = max(index, min(evidence, start))
    score += 1.5 if repeats[unit.text.casefold()] > 1 and unit.words >= 4 else 0.0
    # Headlines run to several words; widgets and section names are one to three.
    # Distance counts less for a top heading: the page itself marks it as a title.
    distance = 0.2 * _text_between(found, near, start)
    if unit.heading in TITLE_LEVELS:
        distance = min(distance, TITLE_DISTANCE)
    # Under the breadcrumb is where templates set the h1; what stands between it and the
    # story (a headline rail, a share bar, a kicker) is layout, not evidence against it.
    distance = 0.0 if crumbed else distance
    score += 0.25 * min(unit.words, 10) - distance
    score -= 0.3 * max(0, unit.words - 16)  # standfirsts run longer than headlines
    score -= 1.0 if len(SENTENCE_STOPS.findall(unit.text)) >= 1 and unit.words >= 10 else 0.0
    score -= 2.0 if unit.text.endswith(".") and not unit.text.endswith("..") else 0.0
    score -= 3.0 if unit.text[:1] in "….-–" or unit.text[:1].islower() else 0.0
    # Prompts and notices: "Try refreshing your browser, or", "To revisit this article, visit..."
    score -= 2.0 if unit.text[-1:] in ",;:" or len(_CLAUSE.findall(unit.text)) >= 2 else 0.0
    score -= 2.0 if _dek(found, index) or _media_title(found, index) else 0.0
    return score - (3.0 if _after_break(found, index) else 0.0)


def continued(unit: Unit) -> bool:
    """``…accuse chiefs of accepting bribes``: a headline's second part, set on its own line."""
    return unit.text[:1] in "…" or unit.text.startswith("...")


def _after_break(found: Sequence[Unit], index: int) -> bool:
    """A line just under a box header (related, most read) is a teaser, not the headline."""
    return any(u.box for u in found[max(0, index - 3) : index])


def _caption_follows(found: Sequence[Unit], index: int) -> bool:
    following = found[index + 1 : index + 2]
    return any(is_credit(u) for u in following)


def _text_between(found: Sequence[Unit], index: int, start: int) -> int:
    """How many text units (not widgets, lists or links) stand between a line and the story."""
    low, high = min(index, start), max(index, start)
    return sum(1 for u in found[low + 1 : high] if texty(u))


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


def _header_follows(found: Sequence[Unit], index: int) -> tuple[int, int]:
    """Where a byline or date follows the line (0 if none), perhaps after a standfirst and
    some widgets, and how many standfirst lines stood between."""
    standfirst = 0
    for i in range(index + 1, min(len(found), index + 1 + HEADER_WALK)):
        unit = found[i]
        if header_evidence(unit) or _filed_from(found, i):
            return i, standfirst
        if not texty(unit) or is_credit(unit) or continued(unit) or _label(unit) or _widget(unit):
            continue  # widgets, captions with their photo credit, a headline's second line
        if _media_title(found, i):
            continue  # an embedded clip's title under its "Video" label
        if standfirst or not (prose(unit, False) or unit.words >= STANDFIRST_WORDS or title_like(unit)):
            return 0, 0
        standfirst = 1  # one standfirst or subtitle may stand between headline and byline
    return 0, 0


def _filed_from(found: Sequence[Unit], index: int) -> bool:
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
        return True  # "Posted on Maret 30, 2015 by Admin": a month the table lacks
    if unit.words > 12 or unit.sentence or unit.bullet or _DATED.search(text) is None:
        return False
    return _DAY_MONTH.search(text) is not None or _named_month(text)


def _named_month(text: str) -> bool:
    """A year beside a month name: "Lesotho TimesJuly 6, 2018". A year alone is no date
    ("Die Eisheiligen 2024: ...", "2020 Mini JCW GP is a 300HP monster hatch")."""
    words = _MONTH_WORD.findall(_RUN_TOGETHER_AT.sub(" ", text).lower())
    return any(w in MONTHS for w in words)


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


def header_reach(found: Sequence[Unit], head: int, start: int) -> int:
    """How far the header is read for a standfirst: to the story's run, unless a headline
    far up (a paywall, a video block between) leaves more than a standfirst's room."""
    end = header_end(found, head)
    return end if head < _reach(found, start) else max(start, end)


def read_header(between: Sequence[Unit], stops_apply: bool) -> Header:
    """Units between headline and story: a standfirst is kept, a byline and a date are read."""
    story = Header()
    for index, unit in enumerate(between):
        if header_evidence(unit):
            _read_header_line(between, index, story)
        elif prose(unit, stops_apply) and not _caption(between, index):
            story.standfirst.append(unit)
    return story


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
    """A line next to a photo credit is a caption, as is one that carries the credit itself."""
    near = found[max(0, index - 1) : index + 2]
    return any(is_credit(u) for u in near)
