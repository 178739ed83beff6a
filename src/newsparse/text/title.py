"""The headline of a whole page: the title-like line just above the story's run.

A level-1 heading (or the line a template sets under its breadcrumb trail), a byline or
date right after it (perhaps past a standfirst and widgets), a repeat elsewhere on the
page and a headline's length speak for a line; distance from the story, a box header just
above it, sentence shape, credits, captions, a clip's label and prompts speak against it,
as do a control's words (share bars, login boxes), a byline just above the line and a place
inside a menu's rows (inscriptis marks no headings; layout is what it leaves). A page's
first top heading, or first line with a byline or timestamp under it, is sought however far
up it stands; when nothing qualifies, the page's most repeated title-like line stands in.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from .. import chrome
from ..fields import byline
from .header import (
    TITLE_LEVELS,
    continued,
    filed_from,
    header_end,
    header_evidence,
    header_follows,
    media_title,
    signed,
    signed_near,
)
from .units import CREDIT, SENTENCE_STOPS, Unit, is_credit, prose, texty, title_like

HEADLINE_REACH = 25  # text units before the story searched for its headline
HEADLINE_HARD_REACH = 60  # units before the story searched for it at most
HEADLINE_INTO = 4  # units into the story's run searched for it (a run may start early)
EARLY_PROSE = 50.0  # prose weight after which no headline is sought inside the run
WIDGET_REPEATS = 3  # a line shown this often at an even step near the story is a widget
LABEL_WORDS = 3  # a line this short shown that often is a widget at any step
DEK_WORDS = 10  # a dek under the headline runs to this many words at least
KICKER_WORDS = 5  # a line above a headline shorter than this may be its kicker
CRUMB_WORDS = 10  # a breadcrumb trail is this short
SPACED_CRUMB_WORDS = 4  # and this short when nothing but spaces sets its crumbs apart
FAR_TITLE_WORDS = 4  # a top heading this long is a headline candidate however far up
TITLE_DISTANCE = 3.0  # the most distance from the story costs a top heading
LONG_TITLE_WORDS = 16  # headlines run longer than this rarely (standfirsts do)
PACKED = 1.5  # what a line loses for being packed between its neighbours
UI_HITS = 2  # control words in a line that make it a control's label
TITLE_HEADING = {1: 6.0, 2: 1.5, 3: 1.0}  # how much a heading level speaks for a headline

_CLAUSE = re.compile(r",\s(?!\d)")  # a comma between clauses (not "Hanna, 18, ...")
_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
# A breadcrumb trail opens with the home page: "Home » News", "Startseite | Schweiz |",
# "HomePolitikAusland" (run together by a renderer).
_HOME = re.compile(r"^(?:Home|HOME|Startseite|Accueil|Inicio|Portada|Anasayfa|Forside|Etusivu)(?![a-zß-ÿ])")
_CRUMB_SEP = re.compile(r"\s[»›>/|]\s|\s[»›>|]$")
# "Home » News » World", "Start > Politik > Ausland": a breadcrumb trail, not a headline.
_CRUMBS = re.compile(r"[»›>/|](?:[^»›>/|]{1,60})[»›>/|]")
# "HomeNewsSüdtirolChronik": menu words run together when a renderer drops the spaces.
_RUN_TOGETHER = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")


def headline(
    found: Sequence[Unit], weights: Sequence[float], start: int, repeats: Counter[str]
) -> int | None:
    """The headline: the best title-like line just before the story (or at its very top).

    A level-1 heading, a byline or date right after it, and a repeat elsewhere on the
    page (breadcrumbs, share text) speak for a line; distance from the story, a box header
    just before it and sentence shape speak against it.
    """
    low, high = _reach(found, start), _early_end(weights, start)
    widgets = _cycled(found, max(0, low - HEADLINE_REACH), high)
    best, best_index = 0.0, None
    for i in _candidates(found, low, high, repeats):
        if found[i].text.casefold() in widgets:
            continue
        score = _title_score(found, i, start, repeats)
        if score > best:
            best, best_index = score, i
    return _repeated_title(found, start, repeats) if best_index is None else _trail_end(found, best_index)


def _repeated_title(found: Sequence[Unit], start: int, repeats: Counter[str]) -> int | None:
    """No headline near the story (a gallery or a video block stands between): the page's
    most repeated title-like line above it (title bar, h1, caption title), if any repeats."""
    best, best_index = 1, None
    for i in range(start):
        unit = found[i]
        count = repeats[unit.text.casefold()]
        if count > best and unit.words >= FAR_TITLE_WORDS and not _never_title(found, i):
            best, best_index = count, i
    return best_index


def _cycled(found: Sequence[Unit], low: int, high: int) -> set[str]:
    """Lines shown three times or more at an even step ("Search author on: PubMed" under
    each author, a trending-topics bar repeated), or labels of a few words ("Article
    content"): widgets. A headline shown as often (title line, breadcrumb, heading) runs
    longer and stands at uneven distances."""
    where: dict[str, list[int]] = {}
    for i in range(low, high):
        where.setdefault(found[i].text.casefold(), []).append(i)
    return {
        text
        for text, at in where.items()
        if len(at) >= WIDGET_REPEATS and (_even(at) or found[at[0]].words <= LABEL_WORDS)
    }


def _even(positions: list[int]) -> bool:
    steps = {b - a for a, b in itertools.pairwise(positions)}
    return len(steps) == 1


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


def _candidates(found: Sequence[Unit], low: int, high: int, repeats: Counter[str]) -> list[int]:
    """The units searched: those near the story, and the page's first level-1 (else
    level-2) heading of a headline's length with a byline or date under it, wherever it
    stands (a paywall, a video block or a summary box may stand between it and the story)."""
    for level in TITLE_LEVELS:
        # A blog's tagline is a level-1 heading with no byline under it.
        first = next((i for i in range(low) if _far_title(found, i, level, repeats)), None)
        if first is not None:
            return [first, *range(low, high)]
    first = next((i for i in range(low) if _after_crumbs(found, i) or _far_signed(found, i)), None)
    return [*([] if first is None else [first]), *range(low, high)]


def _far_signed(found: Sequence[Unit], index: int) -> bool:
    """A headline-long line with a byline or timestamp under it: a headline wherever it
    stands (renderers that mark no headings leave this as the h1's evidence)."""
    unit = found[index]
    if unit.heading or unit.words < FAR_TITLE_WORDS or not title_like(unit):
        return False
    if not signed_near(found, index):
        return False  # the header walk below costs more than this look ahead
    evidence = header_follows(found, index)[0]
    return evidence > 0 and signed(found[evidence])


def _after_crumbs(found: Sequence[Unit], index: int) -> bool:
    """The line right under a breadcrumb trail (``Home » News » World``, ``HomePolitikAusland``
    run together, ``Startseite Leben``) is where templates set the page's h1, marked or not."""
    if index == 0 or found[index].words < FAR_TITLE_WORDS:
        return False
    trail = found[index - 1]
    if trail.words > CRUMB_WORDS or trail.sentence or not _HOME.match(trail.text):
        return False
    if _CRUMB_SEP.search(trail.text) is not None or _RUN_TOGETHER.search(trail.text) is not None:
        return True
    # "Startseite Leben": crumbs a renderer set apart by spaces only, section names all.
    words = trail.text.split()
    return 1 < len(words) <= SPACED_CRUMB_WORDS and all(w[:1].isupper() for w in words)


def _far_title(found: Sequence[Unit], index: int, level: int, repeats: Counter[str]) -> bool:
    """A top heading with a byline or date under it, or one the page repeats (the h1 over
    a gallery, shown again as its caption's title): a headline however far up it stands."""
    unit = found[index]
    if unit.heading != level or unit.words < FAR_TITLE_WORDS:
        return False
    return header_follows(found, index)[0] > 0 or repeats[unit.text.casefold()] > 1


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
    if unit.heading != 1 and _caption_follows(found, index):
        return True  # (a credit under the page's h1 is the author photo's or the lead picture's)
    if (
        header_evidence(unit)
        or filed_from(found, index)
        or _CRUMBS.search(unit.text)
        or len(_RUN_TOGETHER.findall(unit.text)) >= 3
    ):
        return True
    if len(_LETTER.findall(unit.text)) >= 3 or continued(unit):
        return True  # "Folge uns F Y T I": icon letters of a social bar
    if unit.text.startswith("+++"):
        return True  # "+++ Schweinepest bei 3.233 Wildschweinen nachgewiesen +++": a news ticker
    return prose(unit, False) and unit.text.endswith(".")  # a standfirst or a first paragraph


def _trail_end(found: Sequence[Unit], index: int) -> int:
    """``Home News Waldwege gesperrt: Polizei ermittelt``: a breadcrumb trail set on one line
    with the headline it leads to; the headline is the line that shows it on its own."""
    text = found[index].text
    if not _HOME.match(text):
        return index
    lead = " ".join(text.split()[:2])
    for i, other in enumerate(found):
        if other.words >= FAR_TITLE_WORDS and text.endswith(" " + other.text) and lead not in other.text:
            return i
    return index


def _opening(unit: Unit, index: int, start: int) -> bool:
    """The story's first paragraph, where its run begins: prose longer than a headline."""
    return index >= start and unit.words > LONG_TITLE_WORDS and prose(unit, False)


def _dek(found: Sequence[Unit], index: int) -> bool:
    """A longer line right under a title-like line of five words or more is the dek under
    the headline; a kicker above a headline is shorter ("USA stoppen Schattentanker")."""
    unit, above = found[index], found[index - 1] if index else None
    if above is None or unit.words < DEK_WORDS or not title_like(above) or above.words < KICKER_WORDS:
        return False
    # A kicker is shorter than its headline; a line above as long as a dek is the headline.
    # A breadcrumb trail ending in the headline ("Home > News > Headline") is no headline.
    not_kicker = above.words < unit.words or (above.words >= DEK_WORDS and unit.text not in above.text)
    return not_kicker and not above.text.endswith(".") and not header_evidence(above)


def _title_score(found: Sequence[Unit], index: int, start: int, repeats: Counter[str]) -> float:
    if _never_title(found, index) or _opening(found[index], index, start):
        return 0.0
    unit = found[index]
    crumbed = not unit.heading and _after_crumbs(found, index)
    score = 3.0 + TITLE_HEADING.get(1 if crumbed else unit.heading, 0.0)
    evidence, skipped = header_follows(found, index)
    near = index
    if evidence:
        # The byline or date is the headline's own: distance counts from the header's end.
        score += 3.0 - skipped
        near = max(index, min(evidence, start))
    score += 1.5 if repeats[unit.text.casefold()] > 1 and unit.words >= 4 else 0.0
    # Headlines run to several words; widgets and section names are one to three.
    # Distance counts less for a top heading: the page itself marks it as a title.
    distance = 0.2 * _text_between(found, near, start)
    # So does a byline or date under the line (not a bare line of names): the header a
    # headline carries, however much (a video, a gallery) stands between it and the story.
    if unit.heading in TITLE_LEVELS or (evidence and signed(found[evidence])):
        distance = min(distance, TITLE_DISTANCE)
    # Under the breadcrumb is where templates set the h1; what stands between it and the
    # story (a headline rail, a share bar, a kicker) is layout, not evidence against it.
    distance = 0.0 if crumbed else distance
    score += 0.25 * min(unit.words, 10) - distance
    score -= 0.3 * max(0, unit.words - LONG_TITLE_WORDS)  # standfirsts run longer than headlines
    score -= 1.0 if len(SENTENCE_STOPS.findall(unit.text)) >= 1 and unit.words >= 10 else 0.0
    score -= 2.0 if unit.text.endswith(".") and not unit.text.endswith("..") else 0.0
    score -= 3.0 if unit.text[:1] in "….-–" or unit.text[:1].islower() else 0.0
    # Prompts and notices: "Try refreshing your browser, or", "To revisit this article, visit..."
    score -= 2.0 if unit.text[-1:] in ",;:" or len(_CLAUSE.findall(unit.text)) >= 2 else 0.0
    score -= 2.0 if _dek(found, index) or media_title(found, index) else 0.0
    score -= 3.0 if chrome.ui_hits(unit.text) >= UI_HITS else 0.0
    score -= 3.0 if _after_byline(found, index) else 0.0
    score -= PACKED if _packed(found, index) else 0.0
    return score - (3.0 if _after_break(found, index) else 0.0)


def _after_byline(found: Sequence[Unit], index: int) -> bool:
    """A line right under a byline ("By Jane Doe") belongs to the header under the
    headline (the outlet, the author's title), not the headline itself. (A bare line of
    names is no evidence here: section labels and menus read as names too.)"""
    above = next((found[i] for i in range(index - 1, max(-1, index - 3), -1) if texty(found[i])), None)
    return above is not None and bool(byline.find(above.text))


def _packed(found: Sequence[Unit], index: int) -> bool:
    """A line with no blank line before or after it: one row of a menu or a list that a
    renderer set line under line. Headlines stand apart as paragraphs of their own."""
    line = found[index].line
    before = index > 0 and found[index - 1].line == line - 1
    return before and index + 1 < len(found) and found[index + 1].line == line + 1


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


def header_reach(found: Sequence[Unit], head: int, start: int) -> int:
    """How far the header is read for a standfirst: to the story's run, unless a headline
    far up (a paywall, a video block between) leaves more than a standfirst's room."""
    end = header_end(found, head)
    return end if head < _reach(found, start) else max(start, end)
