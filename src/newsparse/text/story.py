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

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import chrome
from ..fields import byline, credit
from .paragraphs import Chunk
from .stopwords import STOPWORDS
from .timestamps import MONTHS, WEEKDAYS, is_timestamp

# Weights of unit kinds; prose weighs by its length in words (see ``_weight``).
CHROME = -4.0
BREAK = -30.0
COMMENT = -31.0  # a comment header: a break the story never resumes after
SHORT = -1.5
HEADING = -1.0
DATE = -12.0
LIST = -3.0
MAX_PROSE = 80.0
FIRST_SHARE = 0.3  # an earlier segment holds the story if it weighs this share of the heaviest
RESUME_GAP = 10  # units a box set into the story may take up
RESUME_SHARE = 0.3  # the story after such a box weighs at least this share of the part before
TEASER_WORDS = 30  # a summary under a teaser headline is this short
DATED_ITEM = 12.0  # weight a run loses for each dated item after its first
# Prose: at least this many words, with sentence punctuation and function words.
MIN_PROSE_WORDS = 8
MIN_STOP_SHARE = 0.12
MIN_MENU = 6  # menu-like units that make a page a whole page rather than a bare story
# Headline search.
HEADLINE_REACH = 25  # units before the story searched for its headline
HEADLINE_INTO = 4  # units into the story's run searched for it (a run may start early)
EARLY_PROSE = 50.0  # prose weight after which no headline is sought inside the run
HEADER_WALK = 8  # units after a headline searched for its byline or date
MAX_HEADLINE_WORDS = 40
BIO_REACH = 2  # closing paragraphs that may be the author's note
MAX_BIO = 600
CREDIT_REACH = 4  # units after the story searched for its credit line ("(Reporting by ...)")
STANDFIRST_WORDS = 12  # a line this long between headline and byline is a standfirst
TITLE_HEADING = {1: 6.0, 2: 1.5, 3: 1.0}  # how much a heading level speaks for a headline
NAME_PARTICLES = frozenset(
    "van von der den de da di du le la del dos bin al ten ter and und et y e".split()  # noqa: SIM905
)

_LINK = re.compile(r"!?\[(?P<text>[^\]\n]{0,300})\]\([^)\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_EMPHASIS = re.compile(r"\*\*|__")
_MARK = re.compile(r"^(?:(?:(?P<hash>#{1,6})|(?P<bullet>[*+•·-])|\d{1,3}[.)])(?:\s+|$)|[|>]\s*)")
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»)\]]{0,2}$")
# Two sentence stops inside a line (abbreviations like "F.A.Z." make one stop weak evidence).
_SENTENCE_STOPS = re.compile(r"[a-z\u00df-\u024f]{2}[.!?][\"'”’»)]{0,2}\s")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
# "1 of 4 A shopper looks at...": a gallery caption; "Jane on May 3, 2019 at 4:47 pm said:".
_GALLERY = re.compile(r"^\d{1,3} ?(?:of|/|von|de|di|av|van) ?\d{1,3}\b", re.I)
_COMMENT = re.compile(
    r"\b(?:said|says|wrote|writes|sagt|schreibt|schrieb|a écrit|dit|escribió|dice|scrive|diz|zegt|skriver"
    r"|säger)\s?:$",
    re.I,
)
_READ_TIME = re.compile(
    r"\b(?:min(?:ute)?s? read|lesezeit|lesedauer|min\. lesezeit|de lecture|de lectura)\b", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0600-\u06ff]")
# A photo credit: a label where a caption ends ("... Foto: dpa") or an agency's picture desk.
_CREDIT = re.compile(
    r"(?:^|[(.!?|/]\s?)(?:photo|image|foto|bild|credit|source|quelle)s?\s?:"
    r"|(?:^|[(\s])(?:©|\(c\)|getty images|ap photo|afp\b|reuters/|dpa\b|imago\b|shutterstock"
    r"|picture alliance|epa\b)",
    re.I,
)
_DIGIT = re.compile(r"\d")
_NOT_NAMES = re.compile(r"[\d:/|@]")
_CLAUSE = re.compile(r",\s(?!\d)")  # a comma between clauses (not "Hanna, 18, ...")
_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
_ALNUM = re.compile(r"[^\W_]")
# A short line that names a year or a day and month is a date line, whatever its labels.
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.")
_MENU_LINE = re.compile(r"^\s*(?:[*+•·-]\s|\S+(?:\s\S+){0,2}\s*$)|\]\(")
# "Home » News » World", "Start > Politik > Ausland": a breadcrumb trail, not a headline.
_CRUMBS = re.compile(r"[»›>/|](?:[^»›>/|]{1,60})[»›>/|]")
# "HomeNewsSüdtirolChronik": menu words run together when a renderer drops the spaces.
_RUN_TOGETHER = re.compile(r"[a-zß-ÿ][A-ZÀ-Þ]")
# Header lines join a byline and a date: "By Jane Doe | May 3", "Posted on May 3 by Jane Doe".
_BY_SPLIT = re.compile(r"\s[|•·]\s|\s(?=(?:by|By|BY|von|Von|par|Par|por|Por)\s)")
# "Meg James is a corporate media reporter for...", "Carla schreibt seit 2022 frei für...".
_BIO_WORD = re.compile(
    r"\b(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|author|founder"
    r"|redakteur|korrespondent|autor|rédact|journaliste|periodista|redactor|giornalista|schreibt)",
    re.I,
)
_BIO = re.compile(
    r"^(?:[A-Z][\w.'’-]{0,30}\s){1,3}(?:is|was|ist|war|est|es|è|é)\s(?:[\w'’-]{1,30}\s){0,6}?"
    r"(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|author|founder"
    r"|redakteur|korrespondent|autor|rédact|journaliste|periodista|redactor|giornalista)",
)
_BY_COLON = re.compile(r"^by\s?:\s?", re.I)
_HANDLE = re.compile(r"@\w{1,40}$")
_BY_START = re.compile(r"^(?:by|von|par|por|door|av|af)\s", re.I)
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
    furniture: bool = False  # a line of the chrome table (widgets, labels, footers)
    box: bool = False  # a box header (related, comments): what follows is not the story
    footer: bool = False  # a footer line (copyright)
    stamp: bool = False  # a timestamp line


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
    text = _markup_free(chunk.text)
    mark = _MARK.match(text)
    heading = len(mark.group("hash")) if mark and mark.group("hash") else 0
    bullet = bool(mark and mark.group("bullet"))
    if mark:
        text = text[mark.end() :]
    plain, links = _link_text(text.strip(" #"))
    words = _WORD.findall(plain)
    count = len(words) + (len(_WIDE.findall(plain)) // 3 if not plain.isascii() else 0)
    stops = sum(w.lower() in STOPWORDS for w in words) / len(words) if words else 0.0
    sentence = bool(_SENTENCE_END.search(plain)) or len(_SENTENCE_STOPS.findall(plain)) >= 2
    footer = chrome.is_footer(plain)
    furniture = footer or chrome.is_drop(plain) or not _ALNUM.search(plain) or chrome.is_promo(plain, count)
    box = chrome.is_break(plain)
    stamp = is_timestamp(plain)
    return Unit(
        plain, chunk.line, heading, bullet, links, count, stops, sentence, furniture, box, footer, stamp
    )


def _markup_free(text: str) -> str:
    """Renderer escapes, soft hyphens, emphasis marks and images taken out (when present)."""
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "*" in text or "__" in text:
        text = _EMPHASIS.sub("", text)
    return _IMAGE.sub("", text) if "![" in text else text


def _link_text(text: str) -> tuple[str, float]:
    """Markdown links reduced to their text, and the share of the text they held."""
    if "](" not in text:
        return text, 0.0
    plain = _LINK.sub(r"\g<text>", text)
    linked = sum(len(m.group("text")) for m in _LINK.finditer(text))
    return plain, linked / len(plain) if plain else 0.0


def may_be_whole_page(lines: Sequence[str]) -> bool:
    """A cheap look at the raw lines: too few list items, links or short lines to be a
    whole page spares a bare story (wire copy) the work of weighing its units."""
    count = 0
    for line in lines:
        if line and _MENU_LINE.search(line) and not _DIGIT.search(line):
            count += 1
            if count >= MIN_MENU:
                return True
    return False


def is_whole_page(found: Sequence[Unit]) -> bool:
    """A page with many menu-like units is a whole page; a bare story is left as it is."""
    menu = sum(1 for u in found if _menu_like(u))
    return menu >= MIN_MENU or (menu >= 0.4 * len(found) and len(found) >= 12)


def _menu_like(unit: Unit) -> bool:
    # Figures (results tables, price lists) come in short lines and lists too, but menus
    # hold few digits.
    if unit.links > 0.5:
        return True
    if _DIGIT.search(unit.text):
        return False
    short = unit.words <= 3 and not unit.sentence and not unit.heading
    return short or (unit.bullet and not _prose(unit, True))


def find(found: Sequence[Unit]) -> Story:
    """The story of a whole page: its headline, body units, byline and date."""
    if not found:
        return Story()
    stops_apply = _stops_apply(found)
    repeats = Counter(u.text.casefold() for u in found)
    weights = _teasers(found, [_weight(u, repeats[u.text.casefold()], stops_apply) for u in found])
    start, end = _story_run(weights)
    head = _headline(found, weights, start, repeats)
    story = Story(headline=None if head is None else found[head])
    if head is not None:
        # The header (standfirst, byline, date) runs from the headline to the story's run,
        # or into it as far as its last byline or date line.
        zone_end = max(start, _header_end(found, head))
        _header(found[head + 1 : zone_end], story, stops_apply)
        start = zone_end
    story.body.extend(u for u in found[start : end + 1] if _keep(u, stops_apply))
    _drop_bios(story)
    story.body.extend(u for u in found[end + 1 : end + 1 + CREDIT_REACH] if credit.find(u.text))
    return story


def _drop_bios(story: Story) -> None:
    """ "Jane Doe is a reporter covering...": the author's note that closes a page's story."""
    for _ in range(BIO_REACH):
        if len(story.body) < 2 or not _bio(story.body[-1].text, story.authors):
            return
        story.body.pop()


def _bio(text: str, authors: tuple[str, ...]) -> bool:
    if len(text) > MAX_BIO:
        return False
    return bool(_BIO.match(text)) or any(text.startswith(a) and _BIO_WORD.search(text) for a in authors)


def _header_end(found: Sequence[Unit], head: int) -> int:
    """Where the header under the headline ends: after its last byline or date line, before
    the story's prose (a standfirst may stand between headline and byline)."""
    last, standfirst = head + 1, False
    for i in range(head + 1, min(len(found), head + 1 + HEADER_WALK)):
        unit = found[i]
        if _header_evidence(unit):
            last = i + 1
        elif unit.box or (_prose(unit, False) and (standfirst or last > head + 1)):
            break
        else:
            standfirst = standfirst or _prose(unit, False)
    return last


def _stops_apply(found: Sequence[Unit]) -> bool:
    """Function words tell prose only in languages the table covers (not CJK, not Arabic)."""
    long_ = [u for u in found if u.words >= 20]
    return not long_ or sum(u.stops >= MIN_STOP_SHARE for u in long_) >= 0.3 * len(long_)


def _prose(unit: Unit, stops_apply: bool) -> bool:
    if unit.words < MIN_PROSE_WORDS or not unit.sentence or unit.links > 0.5:
        return False
    return not stops_apply or unit.stops >= MIN_STOP_SHARE


def _weight(unit: Unit, repeats: int, stops_apply: bool) -> float:
    if _comment_header(unit):
        return COMMENT
    if unit.box or unit.footer:
        return BREAK
    if unit.furniture or _GALLERY.match(unit.text):
        return CHROME
    if unit.stamp:
        return DATE
    if _prose(unit, stops_apply):
        weight = min(float(unit.words), MAX_PROSE) * (0.5 if unit.bullet else 1.0)
        return weight * 0.2 if repeats > 1 else weight
    if unit.bullet or unit.links > 0.5:
        return LIST
    if unit.heading:
        return HEADING
    return SHORT * (2 if repeats > 1 else 1)


def _teasers(found: Sequence[Unit], weights: list[float]) -> list[float]:
    """Teaser lists set a headline over one short summary, item after item; a story's
    sections run longer. Summaries between two such headlines lose their weight."""
    titled = [i for i, u in enumerate(found) if weights[i] <= 0 and _title_like(u) and not _names(u)]
    for before, after in itertools.pairwise(titled):
        between = [i for i in range(before + 1, after) if weights[i] > 0]
        if len(between) == 1 and after - before <= 3 and found[between[0]].words <= TEASER_WORDS:
            weights[between[0]] = SHORT
    return weights


def _story_run(weights: Sequence[float]) -> tuple[int, int]:
    """The story's run: box headers (related, comments) cut the page into segments, and
    the first segment whose best run weighs a good share of the heaviest one holds the
    story, since comments and related teasers follow it and can outweigh a short story."""
    runs: list[tuple[float, int, int]] = []
    begin = 0
    for i, w in enumerate([*weights, BREAK]):
        if w <= BREAK:
            if i > begin:
                total, (start, end) = _best_run(weights, begin, i)
                runs.append((total - _dated_items(weights, start, end), start, end))
            begin = i + 1
    if not runs:
        return 0, -1
    heaviest = max(runs)
    first = next((r for r in runs if r[0] >= FIRST_SHARE * heaviest[0] > 0), heaviest)
    return first[1], _resumed_end(weights, runs, runs.index(first))


def _resumed_end(weights: Sequence[float], runs: Sequence[tuple[float, int, int]], chosen: int) -> int:
    """A box of links set into the story ("More from UK" and six headlines) cuts the page
    into segments; where the story resumes right after such a box, its run goes on. Comment
    threads and dated teaser lists never continue a story."""
    total, _, end = runs[chosen]
    for weight, start, next_end in runs[chosen + 1 :]:
        gap = weights[end + 1 : start]
        if start - end > RESUME_GAP or weight < RESUME_SHARE * total:
            break
        if any(w in (COMMENT, DATE) for w in gap) or DATE in weights[start : next_end + 1]:
            break
        end = next_end
    return end


def _dated_items(weights: Sequence[float], start: int, end: int) -> float:
    """A story shows its date once; comment threads and teaser lists date every item."""
    dates = sum(1 for w in weights[start : end + 1] if w == DATE)
    return DATED_ITEM * max(0, dates - 1)


def _comment_header(unit: Unit) -> bool:
    """``Jane on May 3, 2019 at 4:47 pm said:`` opens a comment, and comments follow a story."""
    return unit.words <= 16 and _COMMENT.search(unit.text) is not None


def _best_run(weights: Sequence[float], low: int, high: int) -> tuple[float, tuple[int, int]]:
    """The contiguous run of units in ``[low, high)`` with the greatest total weight."""
    best, best_span = float("-inf"), (low, low - 1)
    total, start = 0.0, low
    for i in range(low, high):
        if total <= 0:
            total, start = 0.0, i
        total += weights[i]
        if total > best:
            best, best_span = total, (start, i)
    return best, best_span


def _headline(
    found: Sequence[Unit], weights: Sequence[float], start: int, repeats: Counter[str]
) -> int | None:
    """The headline: the best title-like line just before the story (or at its very top).

    A level-1 heading, a byline or date right after it, and a repeat elsewhere on the
    page (breadcrumbs, share text) speak for a line; distance from the story, a box header
    just before it and sentence shape speak against it.
    """
    low, high = max(0, start - HEADLINE_REACH), _early_end(weights, start)
    best, best_index = 0.0, None
    for i in range(low, high):
        score = _title_score(found, i, start, repeats)
        if score > best:
            best, best_index = score, i
    return best_index


def _early_end(weights: Sequence[float], start: int) -> int:
    """A run may start early on light text (a notice, a caption); the headline may stand
    among its first units, but not after the story's prose has begun."""
    total = 0.0
    for i in range(start, min(len(weights), start + HEADLINE_INTO)):
        total += max(0.0, weights[i])
        if total >= EARLY_PROSE:
            return i
    return min(len(weights), start + HEADLINE_INTO)


def _title_like(unit: Unit) -> bool:
    if unit.bullet or unit.links > 0.5 or not 2 <= unit.words <= MAX_HEADLINE_WORDS:
        return False
    return not (unit.furniture or unit.box or unit.stamp)


def _title_score(found: Sequence[Unit], index: int, start: int, repeats: Counter[str]) -> float:
    unit = found[index]
    if not _title_like(unit) or byline.find(unit.text) or _CREDIT.search(unit.text):
        return 0.0
    if _caption_follows(found, index):
        return 0.0
    if _header_evidence(unit) or _CRUMBS.search(unit.text) or len(_RUN_TOGETHER.findall(unit.text)) >= 3:
        return 0.0
    if len(_LETTER.findall(unit.text)) >= 3 or _continued(unit):
        return 0.0  # "Folge uns F Y T I": icon letters of a social bar
    if _prose(unit, False) and unit.text.endswith("."):
        return 0.0  # a standfirst or a first paragraph
    score = 3.0 + TITLE_HEADING.get(unit.heading, 0.0)
    evidence, skipped = _header_follows(found, index)
    near = index
    if evidence:
        # The byline or date is the headline's own: distance counts from the header's end.
        score += 3.0 - skipped
        near = max(index, min(evidence, start))
    score += 1.5 if repeats[unit.text.casefold()] > 1 and unit.words >= 4 else 0.0
    # Headlines run to several words; widgets and section names are one to three.
    score += 0.25 * min(unit.words, 10) - 0.2 * _text_between(found, near, start)
    score -= 0.3 * max(0, unit.words - 16)  # standfirsts run longer than headlines
    score -= 1.0 if len(_SENTENCE_STOPS.findall(unit.text)) >= 1 and unit.words >= 10 else 0.0
    score -= 2.0 if unit.text.endswith(".") and not unit.text.endswith("..") else 0.0
    score -= 3.0 if unit.text[:1] in "….-–" or unit.text[:1].islower() else 0.0
    # Prompts and notices: "Try refreshing your browser, or", "To revisit this article, visit..."
    score -= 2.0 if unit.text[-1:] in ",;:" or len(_CLAUSE.findall(unit.text)) >= 2 else 0.0
    return score - (3.0 if _after_break(found, index) else 0.0)


def _continued(unit: Unit) -> bool:
    """``…accuse chiefs of accepting bribes``: a headline's second part, set on its own line."""
    return unit.text[:1] in "…" or unit.text.startswith("...")


def _after_break(found: Sequence[Unit], index: int) -> bool:
    """A line just under a box header (related, most read) is a teaser, not the headline."""
    return any(u.box for u in found[max(0, index - 3) : index])


def _caption_follows(found: Sequence[Unit], index: int) -> bool:
    following = found[index + 1 : index + 2]
    return any(_CREDIT.search(u.text) and u.words <= 25 for u in following)


def _text_between(found: Sequence[Unit], index: int, start: int) -> int:
    """How many text units (not widgets, lists or links) stand between a line and the story."""
    low, high = min(index, start), max(index, start)
    return sum(1 for u in found[low + 1 : high] if _texty(u))


def _texty(unit: Unit) -> bool:
    if unit.bullet or unit.links > 0.5 or not _ALNUM.search(unit.text):
        return False
    return not unit.furniture


def _names(unit: Unit) -> bool:
    """``Jennifer Pahlke``, ``Birgit Baumann Anna Giulia Fink``: author names without a ``By``."""
    return not unit.sentence and _names_text(unit.text)


def _author_names(text: str) -> bool:
    """Stricter than ``_names_text``: a line of names read as the authors."""
    if _NOT_NAMES.search(text) or not _names_text(text):
        return False
    return not any(len(w) > 3 and (w.lower() in MONTHS or w.lower() in WEEKDAYS) for w in text.split())


def _names_text(text: str) -> bool:
    text = _HANDLE.sub("", text)
    words = text.replace(",", " ").split()
    if not 2 <= len(words) <= 9 or _DIGIT.search(text) or text.endswith("."):
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
        if _header_evidence(unit):
            return i, standfirst
        if not _texty(unit) or (_CREDIT.search(unit.text) and unit.words <= 25) or _continued(unit):
            continue  # widgets, captions with their photo credit, a headline's second line
        if standfirst or not (_prose(unit, False) or unit.words >= STANDFIRST_WORDS or _title_like(unit)):
            return 0, 0
        standfirst = 1  # one standfirst or subtitle may stand between headline and byline
    return 0, 0


def _header_evidence(unit: Unit) -> bool:
    """A byline, timestamp or reading time: what pages show just under a headline."""
    text = unit.text
    if len(text) > 120:
        return False
    if byline.find(text) or _BYLINE_WORD.match(text) or _READ_TIME.search(text) or _names(unit):
        return True
    if unit.words <= 12 and _BY_START.match(text):
        return True  # "by Lesotho TimesNovember 21, 2025": a byline run into its date
    if any(is_timestamp(part) for part in text.split("|")):
        return True
    return unit.words <= 12 and not (unit.sentence or unit.bullet) and _DATED.search(text) is not None


def _header(between: Sequence[Unit], story: Story, stops_apply: bool) -> None:
    """Units between headline and story: a standfirst is kept, a byline and a date are read."""
    for index, unit in enumerate(between):
        if _header_evidence(unit):
            _read_header_line(between, index, story)
        elif _prose(unit, stops_apply) and not _caption(between, index):
            story.body.append(unit)


def _read_header_line(between: Sequence[Unit], index: int, story: Story) -> None:
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
    return any(_CREDIT.search(u.text) and u.words <= 25 for u in near)


def _keep(unit: Unit, stops_apply: bool) -> bool:
    if unit.furniture or unit.box or unit.stamp:
        return False
    if unit.links > 0.5 or not any(c.isalnum() for c in unit.text):
        return False
    if _prose(unit, stops_apply) or unit.heading:
        return True
    return not unit.bullet and not (_CREDIT.search(unit.text) and unit.words <= 25)
