"""Find the story inside a whole page's text (a browser's "save as text", a terminal dump).

Such a copy holds the whole page flattened into lines: menus, bylines, timestamps, photo
captions and credits, share prompts, related headlines and footers around the story. The
page is cut into units (``units``) and each unit is weighed from its own evidence: prose
(long, punctuated, dense in function words) weighs for the story; menu items, link lists,
dates, widgets, teaser summaries and box headers weigh against it. Box headers (related
stories, comments) and footers cut the page into segments; the story is the heaviest run
of units in the first segment that weighs a good share of the heaviest one, carried on
past a box of links set into it. Inside it the prose and subheadings are kept; the
headline, standfirst, byline and date come from the header above it (``header``).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import chrome
from ..fields import byline, credit
from .anchor import anchored
from .header import header_end, names, read_header
from .title import header_reach, headline, punctuated
from .units import DIGIT, MIN_PROSE_WORDS, Unit, comments_head, gallery, is_credit, prose, title_like, units
from .units import stops_apply as _stops_apply

__all__ = ["Story", "Unit", "comments_head", "find", "is_whole_page", "may_be_whole_page", "units"]

# Weights of unit kinds; prose weighs by its length in words (see ``_weight``).
CHROME = -4.0
BREAK = -30.0
COMMENT = -31.0  # a comment header or a paywall: a break the story never resumes after
SHORT = -1.5
HEADING = -1.0
DATE = -20.0
LIST = -3.0
MAX_PROSE = 80.0
FIRST_SHARE = 0.3  # an earlier segment holds the story if it weighs this share of the heaviest
RESUME_GAP = 10  # units a box set into the story may take up, its chrome lines counting half
RESUME_SHARE = 0.3  # the story after such a box weighs at least this share of the part before
HEAD_SHARE = 0.1  # the story's head before such a box weighs at least this share of the rest
TEASER_SHARE = 0.5  # a run of units this share title-like after the story is a teaser list
TEASER_WORDS = 30  # a summary under a teaser headline is this short
DATED_ITEM = 12.0  # weight a run loses for each dated item after its first
MIN_MENU = 6  # menu-like units that make a page a whole page rather than a bare story
BIO_REACH = 2  # closing paragraphs that may be the author's note
MAX_BIO = 800
DATED_LIST = 3  # dated items in a row that make a teaser list (a story shows its date once)
DATED_STEP = 6  # units from one such item's date to the next at most
LABEL_WORDS = 3  # a label repeated between the story's paragraphs is this short
LABEL_REPEATS = 3  # and shown this often on the page
CREDIT_REACH = 4  # units after the story searched for its credit line ("(Reporting by ...)")
PROMO_HEAD_WORDS = 6  # a newsletter box's header is this short
PROMO_REACH = 3  # lines under it that may be its appeal
MAX_AUTHOR_LABEL = 30
AUTHOR_BOX = 4  # units an author box under its label takes up at the story's end
# The label over an author box: "Autor", "About the author", "Über die Autorin", "O autorze",
# "この記事を書いた人" ("the person who wrote this article").
_AUTHOR_LABEL = re.compile(
    r"(?:about the |über (?:den|die) |zum |zur |sobre (?:el|la) |à propos de |o |over de |om )?"
    r"(?:l')?(?:autor(?:in|e|a|ze|ce)?|author|auteur|forfatteren)|yazar hakkında|この記事を書いた人"
)
# "aja/PAP", "dpa/lno", "(sda/mk)": an editor's initials and the agency that closes the story,
# slash-separated tokens of a few letters each, one of them an agency's.
_AGENCY = r"(?:PAP|dpa|DPA|AFP|AP|KNA|epd|APA|SDA|sda|ATS|ANSA|ANP|Belga|EFE|IAR|ČTK|MTI|Reuters|AA)"
_SIGN_OFF = re.compile(
    rf"\(?(?:[a-zżźćńółęąś]{{1,5}}(?:\s?,\s?[a-zżźćńółęąś]{{1,5}}){{0,2}}\s?/\s?{_AGENCY}"
    rf"|{_AGENCY}(?:\s?/\s?(?:{_AGENCY}|[a-z]{{1,5}})){{1,3}})\)?"
)
# "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim": an author box's label.
_ABOUT_NAME = re.compile(
    r"(?i:about|über|sobre|à propos de|acerca de|over|om|o)\s"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]{1,30}(?:\s[A-ZÀ-Þ][\w'’.-]{1,30}){1,3})"
)
SIGN_OFF_REACH = 2  # closing units searched for an agency's sign-off
MAX_SIGN_OFF = 40
_NUMBERED = re.compile(r"\d{1,3}[.)]\s")
BOX_ITEMS = 6  # units from a box's header to its closing link at most
STAMP_ABOVE = 1  # units above the headline searched for its date when none is under it
MIN_TAIL = 15  # plain short lines in a row after the story's prose that are its own list
# "Jane on May 3, 2019 at 4:47 pm said:".
_COMMENT = re.compile(
    r"\b(?:said|says|wrote|writes|sagt|schreibt|schrieb|a écrit|dit|escribió|dice|scrive|diz|zegt|skriver"
    r"|säger)\s?:$",
    re.I,
)
# "Read more", "mehr", "Lire la suite »": the link under a teaser's summary (or a caption's
# expand button); the unit above it is not the story's text.
_MORE_LINK = re.compile(
    r"(?:(?:read|view|see|lire la|leer|leia|lees|läs|les) )?(?:more|mehr|suite|más|mais|meer|mer)"
    r"(?: ?(?:»|›|>|→|\.\.\.|…))?|weiterlesen|devamı",
    re.I,
)
MAX_MORE_LINK = 20
# "... sie sei überfordert. mehr": the link run into the end of a teaser's summary.
_MORE_TAIL = re.compile(r"[.!?“”\"]\s(?:mehr|more|read more|weiterlesen|lire la suite|leer más)$")
# "10 thoughts on “Title”", "One response to “Title”": a blog's comments heading names the post.
_THREAD = re.compile(
    r"^(?:\d{1,5}|one|no) (?:thoughts?|responses?|replies|comments?|reactions?) (?:on|to) [\"“„«‘'‚]", re.I
)
# "Il vous reste 57% de cet article à lire": a paywall; the story never resumes after it.
_PAYWALL = re.compile(
    r"(?:il vous reste [\d.,]{1,6} ?% de cet article à lire|la suite est réservée aux abonnés)", re.I
)
_THREAD_STARTS = frozenset("0123456789OoNn")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\.\d{1,2}\.")
_MENU_LINE = re.compile(r"^\s*(?:[*+•·-]\s|\S+(?:\s\S+){0,2}\s*$)|\]\(")
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


@dataclass
class Story:
    """What the page shows of its story: headline, body units, byline and date near the top."""

    headline: Unit | None = None
    body: list[Unit] = field(default_factory=list)
    authors: tuple[str, ...] = ()
    published: str | None = None


def may_be_whole_page(lines: Sequence[str]) -> bool:
    """A cheap look at the raw lines: too few list items, links or short lines to be a
    whole page spares a bare story (wire copy) the work of weighing its units."""
    count = 0
    for line in lines:
        if line and _MENU_LINE.search(line) and not DIGIT.search(line):
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
    if DIGIT.search(unit.text):
        return False
    short = unit.words <= 3 and not unit.sentence and not unit.heading
    return short or (unit.bullet and not prose(unit, True))


def find(found: Sequence[Unit]) -> Story:
    """The story of a whole page: its headline, body units, byline and date."""
    if not found:
        return Story()
    stops_apply = _stops_apply(found)
    folded = [u.text.casefold() for u in found]
    repeats = Counter(folded)
    # Title-likeness is asked of every unit twice (teasers, the run's end): worked out once.
    titled = [title_like(u) for u in found]
    weights = [_weight(u, repeats[f], stops_apply) for u, f in zip(found, folded, strict=True)]
    weights = _teasers(found, weights, repeats, titled)
    dated = [w == DATE and _YEAR.search(u.text) is not None for u, w in zip(found, weights, strict=True)]
    start, end = _story_run(weights, titled, dated)
    end = _tail(found, weights, end)
    head = headline(found, weights, start, repeats)
    story = Story(headline=None if head is None else punctuated(found, found[head]))
    if head is not None:
        # The header (standfirst, byline, date) runs from the headline to the story's run,
        # or into it as far as its last byline or date line.
        zone_end = max(start, header_end(found, head))
        told = read_header(found[head + 1 : header_reach(found, head, start)], stops_apply)
        story.body.extend(told.standfirst)
        story.authors, story.published = told.authors, told.published or _stamp_above(found, head)
        start = zone_end
    boxed = _boxed(weights, start, end) | _promo_box(found, start, end) | _more_teasers(found, start, end)
    story.body.extend(
        u
        for i, u in enumerate(found[start : end + 1], start)
        if i not in boxed and _keep(u, stops_apply) and not _label(u, repeats)
    )
    _drop_bios(story)
    _drop_sign_off(story.body)
    story.body = anchored(story.body, stops_apply)
    story.body.extend(u for u in found[end + 1 : end + 1 + CREDIT_REACH] if credit.find(u.text))
    return story


def _stamp_above(found: Sequence[Unit], head: int) -> str | None:
    """``03 November 2025`` / headline: a date set right above the headline when none
    stands under it (further up, a date bar shows the day the page was saved)."""
    above = [u for u in found[max(0, head - STAMP_ABOVE) : head] if u.stamp]
    return above[-1].text if above else None


def _tail(found: Sequence[Unit], weights: Sequence[float], end: int) -> int:
    """A list the story ends on (tour dates, a results table, a meal plan) runs on in short
    plain lines after its prose; the page's chrome after a story is broken up by widgets,
    link lists and box headers before it runs as long. Such a run of lines is the story's."""
    i = end
    while i + 1 < len(found) and weights[i + 1] in (SHORT, 2 * SHORT, HEADING):
        unit = found[i + 1]
        if unit.bullet or unit.links > 0.5 or unit.furniture or _label_line(unit):
            break
        if i + 2 < len(found) and _more_link(found[i + 2]):
            break  # a teaser's summary
        i += 1
    return i if i - end >= MIN_TAIL else end


def _label_line(unit: Unit) -> bool:
    """``Dieses Thema im Programm:``, ``Related topics:``: a label over a box."""
    return unit.words <= 5 and unit.text.endswith(":")


def _drop_bios(story: Story) -> None:
    """``Jane Doe is a reporter covering...``: the author's note that closes a story; and
    an author box (``Autor`` / the name / a line about them) set after its last paragraph."""
    body = story.body
    for i in range(max(1, len(body) - AUTHOR_BOX), len(body)):
        if len(body[i].text) <= MAX_AUTHOR_LABEL and _AUTHOR_LABEL.fullmatch(
            body[i].text.casefold().rstrip(" :")
        ):
            del body[i:]
            break
    _drop_signed_box(story)
    for _ in range(BIO_REACH):
        if len(story.body) < 2 or not _bio(story.body[-1].text, story.authors):
            return
        story.body.pop()


def _drop_sign_off(body: list[Unit]) -> None:
    """``aja/PAP``: the agency's sign-off ends the story; a line after it (``Publikacja
    dostępna na stronie: URL``, a print view's source note) is the page's."""
    for i in range(max(1, len(body) - SIGN_OFF_REACH), len(body)):
        if len(body[i].text) <= MAX_SIGN_OFF and _SIGN_OFF.fullmatch(body[i].text):
            del body[i:]
            return


def _drop_signed_box(story: Story) -> None:
    """``Michael Hiltzik`` / ``Pulitzer Prize-winning journalist Michael Hiltzik writes...``:
    an author box at the story's end, a bare line of names over a line about them. The
    names are the authors when the header showed none."""
    body = story.body
    for i in range(max(1, len(body) - 1 - AUTHOR_BOX), len(body) - 1):
        label = _ABOUT_NAME.fullmatch(body[i].text) if len(body[i].text) <= MAX_AUTHOR_LABEL else None
        name = label.group("name") if label else body[i].text
        about = body[i + 1].text
        if not (label or names(body[i])) or len(about) > MAX_BIO:
            continue
        # A line about the author says what they do, opens on their name ("THOMAS BEAUMONT" /
        # "Beaumont covers national politics..."), or names them again under their label
        # ("Über Moritz Bachmann" / "Als Sales Manager bildet Moritz Bachmann...").
        surname = name.split()[-1]
        if (
            _BIO_WORD.search(about)
            or about.casefold().startswith(surname.casefold() + " ")
            or (label and surname in about)
        ):
            story.authors = story.authors or byline.find(
                "By " + name.title() if name.isupper() else "By " + name
            )
            del body[i:]
            return


def _bio(text: str, authors: tuple[str, ...]) -> bool:
    if len(text) > MAX_BIO:
        return False
    return bool(_BIO.match(text)) or any(text.startswith(a) and _BIO_WORD.search(text) for a in authors)


def _weight(unit: Unit, repeats: int, stops_apply: bool) -> float:
    if _comment_header(unit) or (unit.text[:1] in "IiLl" and _PAYWALL.match(unit.text)):
        return COMMENT
    if unit.box or unit.footer:
        return BREAK
    if unit.furniture or gallery(unit):
        return CHROME
    if unit.stamp:
        return DATE
    if prose(unit, stops_apply):
        weight = min(float(unit.words), MAX_PROSE) * (0.5 if unit.bullet else 1.0)
        return weight * 0.2 if repeats > 1 else weight
    if unit.bullet or unit.links > 0.5:
        return LIST
    if unit.heading:
        return HEADING
    return SHORT * (2 if repeats > 1 else 1)


def _teasers(
    found: Sequence[Unit], weights: list[float], repeats: Counter[str], title: Sequence[bool]
) -> list[float]:
    """Teaser lists set a headline over one short summary, item after item; a story's
    sections run longer. Summaries between two such headlines, or over a "Read more"
    link, lose their weight."""
    for i in range(len(found)):
        if weights[i] > 0 and (
            (i + 1 < len(found) and _more_link(found[i + 1])) or _MORE_TAIL.search(found[i].text[-40:])
        ):
            weights[i] = SHORT
    # A numbered subheading ("2. Water deeply") heads a section of the story, however short.
    titled = [
        i
        for i, u in enumerate(found)
        if weights[i] <= 0
        and title[i]
        and not names(u)
        and not _label(u, repeats)
        and not _NUMBERED.match(u.text)
    ]
    for before, after in itertools.pairwise(titled):
        between = [i for i in range(before + 1, after) if weights[i] > 0]
        if len(between) == 1 and after - before <= 3 and found[between[0]].words <= TEASER_WORDS:
            weights[between[0]] = SHORT
    return weights


def _more_teasers(found: Sequence[Unit], start: int, end: int) -> set[int]:
    """A teaser set into the story: a summary ending on its "mehr" link and the headline
    over it ("Spiegels Rücktritt Wenn der Gegenwind zu stark wird" / "... überfordert. mehr")."""
    teasers: set[int] = set()
    for i in range(start, end + 1):
        if found[i].words <= TEASER_WORDS and _MORE_TAIL.search(found[i].text[-40:]):
            teasers.add(i)
            if i > start and title_like(found[i - 1]) and not prose(found[i - 1], False):
                teasers.add(i - 1)
    return teasers


def _more_link(unit: Unit) -> bool:
    return len(unit.text) <= MAX_MORE_LINK and _MORE_LINK.fullmatch(unit.text) is not None


def _story_run(weights: Sequence[float], titled: Sequence[bool], dated: Sequence[bool]) -> tuple[int, int]:
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
    chosen = runs.index(next((r for r in runs if r[0] >= FIRST_SHARE * heaviest[0] > 0), heaviest))
    total, start, end = runs[chosen]
    end = _dated_end(dated, weights, start, _teaser_end(weights, titled, start, end))
    runs[chosen] = (total, start, end)
    return _resumed_start(weights, runs, chosen), _resumed_end(weights, runs, chosen)


def _resumed_start(weights: Sequence[float], runs: Sequence[tuple[float, int, int]], chosen: int) -> int:
    """The story's opening paragraphs, cut off by a box set right after them ("Related
    coverage" and three headlines): the run before such a box is the story's head when it
    weighs a fair share of the rest."""
    total, start, _ = runs[chosen]
    for run in reversed(runs[:chosen]):
        if run[0] <= 0:
            continue
        if not _joins(weights, run, weights[run[2] + 1 : start], HEAD_SHARE * total):
            break
        start = run[1]
    return start


def _teaser_end(weights: Sequence[float], titled: Sequence[bool], start: int, end: int) -> int:
    """Teaser headlines, a long run of them with no prose between, follow the story; the
    site's notices after them (login, cookies) read as prose but do not carry it on. The
    story goes on past such a run only where what follows weighs a good share of it, as
    after a box set into the story ("Anzeige" placeholders counting half)."""
    last, gap, titles = start, 0.0, 0
    for i in range(start, end + 1):
        if weights[i] > 0:
            last, gap, titles = i, 0.0, 0
            continue
        gap += 0.5 if weights[i] == CHROME else 1.0
        titles += titled[i]
        if gap > RESUME_GAP and titles >= TEASER_SHARE * gap:
            if sum(weights[i + 1 : end + 1]) < RESUME_SHARE * sum(weights[start : last + 1]):
                return last
            gap = float("-inf")  # one look per run of teasers
    return end


def _dated_end(dated: Sequence[bool], weights: Sequence[float], start: int, end: int) -> int:
    """Teaser lists date every item ("headline, author, date, summary", item after item):
    where three dated lines follow each other closely with at most one paragraph between
    each two, the story ended before the first. A live report's entries show the time
    alone, and run longer."""
    dates = [i for i in range(start, end + 1) if dated[i]]
    for k in range(len(dates) - DATED_LIST + 1):
        items = dates[k : k + DATED_LIST]
        if all(_item_step(weights, a, b) for a, b in itertools.pairwise(items)):
            kept = [i for i in range(start, items[0]) if weights[i] > 0]
            return kept[-1] if kept else end
    return end


def _item_step(weights: Sequence[float], a: int, b: int) -> bool:
    return b - a <= DATED_STEP and sum(1 for w in weights[a + 1 : b] if w > 0) <= 1


def _resumed_end(weights: Sequence[float], runs: Sequence[tuple[float, int, int]], chosen: int) -> int:
    """A box of links set into the story ("More from UK" and six headlines) cuts the page
    into segments; where the story resumes right after such a box, its run goes on. Comment
    threads and dated teaser lists never continue a story."""
    total, _, end = runs[chosen]
    for run in runs[chosen + 1 :]:
        if run[0] <= 0:
            continue  # a box's own items between two of its headers ("Related" twice): the gap
        if not _joins(weights, run, weights[end + 1 : run[1]], RESUME_SHARE * total):
            break
        end = run[2]
    return end


def _joins(weights: Sequence[float], run: tuple[float, int, int], gap: Sequence[float], floor: float) -> bool:
    """A run beside the story joins it across ``gap``: the gap is a box's size at most
    ("Loading..." and "Anzeige" placeholders count half a unit), the run weighs ``floor``
    at least, and neither holds a comment header or a dated teaser."""
    weight, start, end = run
    if _gap_size(gap) > RESUME_GAP or weight < floor:
        return False
    return not (any(w in (COMMENT, DATE) for w in gap) or DATE in weights[start : end + 1])


def _gap_size(gap: Sequence[float]) -> float:
    """Units a box set into the story takes up: placeholders ("Loading...", "Anzeige") and
    lines the page repeats (the same box shown again further down) count half."""
    return sum(0.5 if w in (CHROME, 2 * SHORT) else 1.0 for w in gap)


def _boxed(weights: Sequence[float], start: int, end: int) -> set[int]:
    """A box the story resumes after ("Most read" and its headlines): from its header to
    the story's next prose, none of it is story."""
    boxed: set[int] = set()
    inside = False
    for i in range(start, end + 1):
        inside = (inside or weights[i] <= BREAK) and weights[i] <= 0
        if inside:
            boxed.add(i)
    # A box closed by its own link ("Schlagzeilen", four headlines, "Mehr News"): all of it,
    # a teaser that reads as a sentence included.
    breaks = [i for i in range(start, end + 1) if weights[i] <= BREAK]
    for a, b in itertools.pairwise(breaks):
        if b - a <= BOX_ITEMS:
            boxed.update(range(a, b + 1))
    return boxed


def _promo_box(found: Sequence[Unit], start: int, end: int) -> set[int]:
    """``PC Gamer Newsletter`` and ``Sign up to get the best content...``: a newsletter box
    set into the story, a short header with an appeal's word and the lines under it that
    use such words too."""
    boxed: set[int] = set()
    for i in range(max(0, start - 1), end):
        head = found[i]
        # A call to action may end in "!" ("WAZ-Newsletter: Jetzt kostenlos anmelden!").
        called = head.sentence and not head.text.endswith("!")
        if head.words > PROMO_HEAD_WORDS or called or not chrome.promo_hits(head.text):
            continue
        appeal = [k for k in range(i + 1, min(end + 1, i + 1 + PROMO_REACH)) if _appeal(found[k])]
        last = next((k for k, nxt in itertools.pairwise([*appeal, -1]) if nxt != k + 1), None)
        if appeal and appeal[0] == i + 1 and last is not None:
            # The header goes with its appeal, and so does a line of the form's fine print.
            boxed.update(range(i, last + 1))
    return boxed


def _appeal(unit: Unit) -> bool:
    """A line of a newsletter box: a short appeal that uses a promo word, or a slogan or
    button too short to be a paragraph ("Original reporting. Fearless journalism.", "I'm in")."""
    if unit.words < MIN_PROSE_WORDS and not unit.heading and not names(unit):
        return True  # (a line of names is an author box's, met after the box)
    return unit.words <= MAX_PROSE and chrome.promo_hits(unit.text) > 0


def _dated_items(weights: Sequence[float], start: int, end: int) -> float:
    """A story shows its date once; comment threads and teaser lists date every item."""
    dates = sum(1 for w in weights[start : end + 1] if w == DATE)
    return DATED_ITEM * max(0, dates - 1)


def _comment_header(unit: Unit) -> bool:
    """``Jane on May 3, 2019 at 4:47 pm said:`` opens a comment, ``Leave a Reply`` heads the
    comments, and comments follow a story."""
    text = unit.text
    if unit.words <= 16:
        if _COMMENT.search(text) is not None:
            return True
        if "isqus" in text or "ISQUS" in text:
            return True  # "Please enable JavaScript to view the comments powered by Disqus."
    if comments_head(unit):
        return True
    # "10 thoughts on ...", "One response to ...": tried only where such a line can start.
    return text[:1] in _THREAD_STARTS and _THREAD.match(text) is not None


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


def _label(unit: Unit, repeats: Counter[str]) -> bool:
    """``Article content``, ``Save this story``: a label of a few words the page sets again
    and again between the story's paragraphs."""
    if unit.words > LABEL_WORDS or DIGIT.search(unit.text):
        return False  # "Meal 1", "Eat every 2-3 hours": a list's own repeated lines
    return repeats[unit.text.casefold()] >= LABEL_REPEATS


def _keep(unit: Unit, stops_apply: bool) -> bool:
    if unit.furniture or unit.box or unit.stamp or gallery(unit):
        return False
    if unit.links > 0.5 or not any(c.isalnum() for c in unit.text):
        return False
    if prose(unit, stops_apply) or unit.heading:
        return True
    return not unit.bullet and not is_credit(unit)
