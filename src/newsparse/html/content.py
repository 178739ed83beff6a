"""Find the story among a page's text units and return it as blocks.

Each unit is judged on its own first (long prose with few links is *good*; link lists and
consent text are *bad*; text inside furniture counts against; the rest is *neutral*). The
story is then the stretch of the page with the best sum of good text minus bad text, taken
over runs of sibling elements (``runs.py``): picking the best sum rather than the densest
paragraph parent, as readability does, keeps a story split across several containers
together as soon as its second part outweighs the furniture between the parts. Prefix
sums make every stretch's score O(1). Furniture wrappers that turn out to hold most of
the page's prose (a whole page inside ``<form>``) are judged story after all.

Around that stretch: the headline and one standfirst between it and the story (the
teaser or summary paragraph news sites set under the headline, often cut off from the
story by a byline, share bar or picture) lead the blocks; blurbs of teaser cards (a small
box led by a linked title) never count as prose; a quotation set as
``<figure><blockquote>`` is story, not picture furniture. After the story's last prose
only paragraph-like lines stay (a teaser card or a promo's heading set at the story's end
does not), and a note about a stated author there is their bio, not story.

Where class names say nothing (hashed, or words no table knows), the text and the shape
still do: a label written for readers ("Comments", "Related stories") titles the box it
heads, a credit ("(AP Photo/...)", "Foto: dpa") marks a caption, the prose right under the
headline the metadata states may outweigh a longer stretch far down the page, and loose
prose set apart by ``<br><br>`` weighs like paragraphs (``benchmarks/perturb.py`` measures
how much each lost when class names, HTML5 tags or ``<p>`` were taken away).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import Any

from ..blocks import Block
from .clean import STRONG, is_chrome_label, is_chrome_text
from .flight import story_markup
from .headline import pick_headline
from .runs import best_run
from .segment import Record, Segments, Unit, walk_units
from .tree import parse_markup

GOOD_CHARS = 80  # a unit this long, with few links, reads as prose
SHORT_PROSE = 30  # ...and so does a shorter paragraph ending like a sentence, or code
TEASER_CHARS = 1500  # a list item holding more text than this is not a teaser
CARD_CHARS = 600  # ...nor a box holding more than this (a card: linked title and blurb)
GOOD_LINKS = 0.3  # ...as long as at most this share of it is link text
BAD_LINKS = 0.5  # a unit mostly made of links is navigation
LINK_SLACK = 0.3  # long units may carry up to this much more link text...
LINK_SLACK_CHARS = 1000  # ...one tenth of it more per tenth of this many characters
BAD_WEIGHT = 1.0  # link lists count this much against a container
CHROME_WEIGHT = 0.5  # ...and other furniture this much
KEEP_WEAK = 0.5  # a weak-chrome wrapper holding this share of the good text is story
KEEP_STRONG = 0.9  # ...and a strong-chrome one only when it holds nearly all of it
KEEP_HEADLESS = 0.8  # ...and one without the page's headline must hold this much
TAG_WEIGHT = {"p": 1.0, "blockquote": 0.8, "pre": 0.8, "li": 0.6, "div": 0.6}
RESTATED_TITLE = 20  # a headline this long, found again in a short unit, is restated there
TAIL_UNITS = 2  # short paragraphs taken in after the story's last scoring unit
MAX_TABLE_UNITS = 400  # a table of more cells than this after the story is not its data
ARTICLE_SHARE = 0.5  # an <article> holding most of the run's prose is the story
LEAD_CHARS = 600  # prose right under the stated headline counts double, up to this much...
LEAD_REACH = 25  # ...within this many units of it
STATED_LEDE = 40  # a stated summary this long, shown under the headline, is the standfirst...
STATED_PREFIX = 120  # ...when the first this many characters of the two agree

# An author's bio: among the story's last blocks, short, and the author's name then a verb
# of being ("Jane Doe is ...", "Jean Dupont est ...", "Anna Nowak jest ...").
BIO_REACH = 3
BIO_CHARS = 400
MIN_AUTHOR = 5  # shorter names (initials, a lone first name) say too little
_BIO_VERB = re.compile(r",? (?:is|was|ist|war|est|était|es|era|è|é|är|var|er|jest|był|była)\b", re.I)

GOOD, NEUTRAL, BAD = 1, 0, -1
_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TAIL_TAGS = frozenset({"p", "li", "blockquote", "pre"})  # what may follow the story's last prose
_ANCHOR_TAGS = frozenset({"h1", "h2", "h3"})  # where templates set the story's headline
_WORD = re.compile(r"\w+")
# The lead-in of a link to another page: "Related:", "[Also:", "READ MORE".
_LABEL = re.compile(r"\W{0,3}(?:related|also|see also|read (?:more|also|next)|more|listen|watch)\b", re.I)
MAX_URL = 300
_URL_LINE = re.compile(r"(?:https?://|www\.)\S{1,300}")  # one web address, nothing else
MAX_NAME = 24  # linked names this long on average, at most (titles run longer)
_LIST_COMMAS = (",", "、", "，", ";")  # what parts the names of a list set as prose
# The label of a list of topic links ("Tags: ...", "Schlagwörter: ..."): furniture.
_TAG_LABEL = re.compile(
    r"\W{0,3}(?:tags?|topics?|themen|schlagw(?:ö|o)rte?|mots?-cl(?:é|e)s|etiquetas|temas|tagi|etiketler"
    r"|キーワード|태그|标签)\s{0,2}[:：]",
    re.I,
)
_FINAL = frozenset(".!?…\"”»')。！？")

# Labels that title furniture after a story, in the languages of the pages we see: reader
# comments, related and recommended stories, most-read lists. Whole unit text only, so a
# story's sentence or sub-heading that merely mentions comments never matches.
MAX_LABEL = 160
SIBLING_SCAN = 64  # records looked at for the element a bare label titles
_LABEL_PHRASES = (
    # English
    r"(?:\d{1,6} )?(?:reader )?(?:comments?|responses?|replies|reactions)(?: to .{1,140})?",
    # WordPress's own title over the comments: "10 thoughts on “Title”", "One thought on ...".
    r"(?:\d{1,6}|one) (?:thoughts?|responses?|comments?|replies) (?:on|to) .{1,140}",
    r"(?:top rated |show |view |read )?comments(?: \(\d{1,6}\))?",
    r"(?:leave|post|add|write) (?:a|your) (?:reply|comment)|join the (?:discussion|conversation)",
    r"related(?: (?:articles?|stories|posts?|news|content|coverage|reading|links|topics|videos?))?",
    r"related (?:recipes|guides|products|reviews)",
    r"(?:more|latest) (?:on this story|from .{1,60})",
    r"(?:more|latest) (?:[\w'’]+ ){0,3}(?:stories|news|articles|headlines|reads)",
    r"(?:most|top) (?:read|popular|viewed|shared|commented)(?: (?:stories|articles|news|today|now))?",
    r"(?:popular|trending|recommended)(?: (?:now|posts|stories|articles|for you|reading))?",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don'?t miss|editor'?s picks",
    # A newsletter sign-up box set inside the story, titled for readers in every template.
    r"(?:sign up|subscribe|register) (?:for|to) .{1,60}newsletters?|(?:get|join) our .{1,40}newsletter",
    r"(?:[\w-]{1,30}[ -])?newsletter(?: sign[ -]?up| abonnieren| bestellen| erhalten| anfordern|: .{1,40})?",
    r"(?:jetzt )?(?:zum|für den) .{1,40}newsletter anmelden|inscrivez-vous à (?:notre|la) .{0,40}newsletter",
    # A box inviting readers to a messenger channel ("Join our ... news service on WhatsApp").
    r"(?:join|follow) (?:our|us on|the) .{1,60}(?:whatsapp|telegram)(?: (?:channel|community|group))?",
    r"suscr[ií]bete a (?:nuestro|nuestra|el|la) .{0,40}(?:bolet[ií]n|newsletter)",
    # German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish, Turkish
    # The box about the story's author, after the story.
    r"about the authors?|über (?:den|die) autor(?:in|:in|\*in|en|innen)?|à propos de l'auteur|sobre el autor",
    r"(?:leser)?kommentare|mehr zum thema|weitere (?:artikel|nachrichten|themen)|meistgelesen",
    r"verwandte (?:artikel|beiträge|themen)(?: .{1,40})?",
    r"(?:das )?könnte (?:sie|dich) auch interessieren|lesen sie auch|auch interessant",
    r"commentaires?|réactions|(?:à )?lire aussi|sur le même sujet|les plus lus|articles? liés",
    r"comentarios?|noticias relacionadas|te puede interesar|lo más (?:leído|visto)",
    r"commenti|leggi anche|articoli correlati|i più letti|comentários|leia também|mais lidas",
    r"notícias relacionadas|reacties|lees ook|meer nieuws|meest gelezen",
    r"kommentarer|les også|läs också|læs også|komentarze|czytaj (?:też|także)|yorumlar|ilgili haberler",
    # Japanese, Korean, Chinese: related articles, comments
    r"関連記事|関連ニュース|コメント|관련 ?기사|댓글|相关(?:新闻|文章)|相關(?:新聞|文章)",
)
_FURNITURE_LABEL = re.compile(r"\W{0,3}(?:" + "|".join(_LABEL_PHRASES) + r")\W{0,3}", re.I)

# The note that a summary box was written by a machine, in the languages of the pages we
# see: the whole box is then furniture (a reader's digest, not the story's text).
MAX_AI_NOTE = 400  # a note longer than this is a paragraph about AI, not a label
MAX_SUMMARY = 2000  # a box holding more text than this is more than the summary
_AI_NOTE = re.compile(
    r"\b(?:this |the )?summary (?:was |is )?(?:generated|created|written|produced) (?:by|with|using) "
    r"(?:an? )?(?:ai|artificial intelligence)\b|\bai[- ]generated summary"
    r"|zusammenfassung wurde (?:künstlich|automatisch|mit (?:hilfe )?(?:von )?(?:ki|künstlicher intelligenz))"
    r"|\bki[- ]generierte zusammenfassung|résumé (?:généré|réalisé|produit) (?:par|avec) (?:l'|une )?ia\b"
    r"|resumen generado (?:por|con) (?:ia|inteligencia artificial)|\bAI ?요약|AI要約|要約はAI",
    re.I,
)

_AI_HINTS = ("ummar", "usammenfassung", "ésumé", "esumen", "요약", "要約")  # one in every _AI_NOTE match

# A picture's caption, told by the credit it ends with ("... (AP Photo/Jane Doe)", "Foto:
# dpa", "Picture: iStock", "/ Getty Images"), or a gallery's counter ("Image 1 of 8"):
# furniture beside the story, which templates without caption markup set as paragraphs.
CAPTION_TAIL = 140  # only the end of a unit is searched
_CAPTION = re.compile(
    r"(?:\((?:(?:AP|AFP|Reuters|dpa|EPA|Getty)(?: photo| video| images)? ?/"
    r"|(?:AP|AFP|Reuters|EPA) (?:photo|video)|photo|foto|getty images)\b[^()]{0,60}\)"
    r"|\b(?:photos?|fotos?|bild|bildrechte|image|picture|credit)(?: credit)? ?: ?[^.:!?]{1,80}"
    r"|getty images|/ ?(?:afp|ap|reuters|dpa|epa))\W{0,3}$"
    r"|^\W{0,3}(?:image|photo|bild|foto)? ?\d{1,3} ?(?:of|von|de|/) ?/? ?\d{1,3}\W{0,3}$",
    re.I,
)

# A gallery's caption led by its counter, run on without a space ("1of4Grass Valley's ...").
_COUNTED = re.compile(r"\d{1,3} ?of ?\d{1,3}[A-Z\"“‘']")

# The link that folds a long caption away or opens it again ("... more", ". less"), set after
# the caption's last word: galleries show each caption cut short and in full, both with it.
TOGGLE_TAIL = 12  # only the end of a unit is searched
_TOGGLE = re.compile(r"(?:[.!?…)]|\.\.\.|…) ?(?:\.\.\. ?|… ?)?(more|less)$", re.I)

# A blurb cut off mid-sentence: a word, then an ellipsis, nothing after it.
BLURB_TITLE = 20  # ...led or followed by a linked title at least this long
CUT_TAIL = 8
_CUT_OFF = re.compile(r"\w(?:\.\.\.|…)$")

# The link that ends a teaser's blurb and leads to the story it sums up ("... Read more",
# "Weiterlesen →"): a blurb, wherever its card stands and whatever its box is named.
READ_MORE_TAIL = 40  # only the end of a unit is searched
_READ_MORE = re.compile(
    r"\b(read (?:more|on|the (?:full|whole) (?:story|article))|continue reading|(?:full|whole) story"
    r"|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|leggi (?:tutto|di più)|continua a leggere"
    r"|lees (?:meer|verder)|czytaj dalej|devamını oku|läs mer|les mer|læs mere)\W{0,4}$",
    re.I,
)

# The stamp over each post of a live blog ("21 mins ago 11:48 Jane Doe", "vor 5 Minuten"):
# a short line that starts with how long ago the post went up (templates often run the
# clock time on without a space). Furniture, like a byline.
STAMP_CHARS = 60
_STAMP = re.compile(
    r"\W{0,3}(?:\d{1,3} ?(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?) ago"
    r"|vor \d{1,3} (?:sekunden|minuten|stunden|tagen)|il y a \d{1,3} (?:secondes?|minutes?|heures?|jours?)"
    r"|hace \d{1,3} (?:segundos?|minutos?|horas?|días?))",
    re.I,
)

# A line naming where the story came from ("SOURCE: News agencies", "Quelle: dpa"): a credit,
# like a picture's, which the credit field reads from the page's metadata and bylines.
SOURCE_CHARS = 90
_SOURCE_LINE = re.compile(r"\W{0,3}(?:source|quelle|fuente|fonte|źródło|kaynak) ?: ?[^.!?]{1,80}", re.I)

# A WordPress shortcode left unrendered around a unit ("[button link=...]Send us...[/button]"):
# a widget's markup, not prose.
_SHORTCODE = re.compile(r"\[([a-z][a-z0-9_-]{0,30})(?:\s[^\]]{0,300})?\].{0,300}\[/\1\]", re.I | re.S)

# Han, kana, hangul and full-width forms: scripts written without spaces between words.
_WIDE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


@dataclass(slots=True)
class _Judged:
    units: list[Unit]
    sizes: list[int]
    kinds: list[int]
    chrome: list[bool]
    loose: dict[int, int]  # box record id -> prose units it holds as loose text
    records: list[Record]


MIN_STORY = 200  # characters of paragraph text below which the page showed no story


def extract_story(
    root: Any,
    max_units: int,
    headline: str | None = None,
    description: str | None = None,
    authors: Sequence[str] = (),
) -> list[Block]:
    """The story's blocks; from the page's flight data when its HTML shows no story.
    ``authors`` are the names the metadata states: a note about one of them at the story's
    end is the author's bio, not story."""
    return _without_author_notes(_story_blocks(root, max_units, headline, description), authors)


def _story_blocks(root: Any, max_units: int, headline: str | None, description: str | None) -> list[Block]:
    blocks = extract_blocks(walk_units(root, max_units), headline, description)
    if sum(len(b.text) for b in blocks if not b.heading) >= MIN_STORY:
        return blocks
    markup = story_markup(root)
    shipped = parse_markup(f"<html><body><article>{markup}</article></body></html>") if markup else None
    if shipped is None:
        return blocks
    found = extract_blocks(walk_units(shipped, max_units), headline)
    return blocks + found if len(found) > len(blocks) else blocks


def _without_author_notes(blocks: list[Block], authors: Sequence[str]) -> list[Block]:
    """Drop an author's bio among the story's last blocks ("Jane Doe is a reporter for ...",
    "Manuela Conrad ist ZDF-Reporterin ..."): a note about who wrote the story, which
    templates set as one more paragraph. Only a named author counts: a closing sentence
    about someone else in the story stays."""
    names = [name for name in authors if len(name) >= MIN_AUTHOR]
    if not names:
        return blocks
    first = max(1, len(blocks) - BIO_REACH)
    return blocks[:first] + [b for b in blocks[first:] if b.heading or not _author_note(b.text, names)]


def _author_note(text: str, names: list[str]) -> bool:
    if len(text) > BIO_CHARS:
        return False
    return any(text.startswith(name) and _BIO_VERB.match(text, len(name)) is not None for name in names)


def extract_blocks(seg: Segments, headline: str | None = None, description: str | None = None) -> list[Block]:
    """The story's blocks in reading order, headline first when the page shows one nearby.

    ``headline`` is the headline the page's metadata states, if any: it picks the right
    ``<h1>`` among several. ``description`` is the summary it states: under the headline,
    the box that shows it is the standfirst, whatever its class name says.
    """
    units = seg.units
    if not units:
        return []
    judged = _judge(seg)
    start, end = _best_range(seg, judged, headline)
    kept = [i for i in range(start, end) if _kept(judged, i) or _linked_line(judged, i)]
    keep = _trim_tail(judged, kept + _cut_off_paragraphs(judged, end))
    while keep and units[keep[-1]].tag in _SUBHEADINGS:
        keep.pop()  # a heading with nothing after it titles the furniture that follows
    usable = [k != BAD for k in judged.kinds]
    h1 = pick_headline([u.tag for u in units], [u.text for u in units], usable, (start, end), headline)
    lede = _stated_lede(judged, keep, h1, start, description) if h1 is not None and description else None
    blocks = [_block(units[i], i) for i in _reading_order(judged, keep, h1, start, lede)]
    if h1 is not None and blocks[0].heading != 1:
        # A headline set in a lower heading is still the page's headline.
        blocks[0] = Block(blocks[0].text, "h1", 1, blocks[0].link_density, blocks[0].position)
    return blocks


def _cut_off_paragraphs(judged: _Judged, end: int) -> list[int]:
    """Story paragraphs set after a box of furniture inside the story's own box: ``<p>``
    siblings of the story's last paragraph, prose on their own, that a gallery or a video
    between them cut off (its captions, set twice or three times over, outweigh a closing
    paragraph). Readers see one story there; only prose in other boxes ends it."""
    units, records = judged.units, judged.records
    if end == 0 or units[end - 1].tag != "p" or judged.kinds[end - 1] != GOOD:
        return []
    box = records[units[end - 1].owner].parent
    found: list[int] = []
    for i in range(end, records[box].end if box >= 0 else end):
        if _linked_names(judged, i) and records[units[i].owner].parent == box:
            found.append(i)  # a list of places set as the story's last lines
            continue
        if judged.kinds[i] != GOOD or judged.chrome[i]:
            continue
        if units[i].tag != "p" or records[units[i].owner].parent != box:
            break  # prose of another block: a teaser, a comment, the next story
        found.append(i)
    return found


def _trim_tail(judged: _Judged, keep: list[int]) -> list[int]:
    """Drop the boxes and headings that follow the story's last prose unit: a teaser card
    set at the story's end (kicker, blurb, "Liveblog" badge), a heading over a podcast
    promo. Paragraph-like lines stay (sign-offs, credits, a quoted post, a list, and the
    heading over them), and so does a line set like the story's paragraphs: loose text of
    the same box (a story set with ``<br><br>``) or of a sibling element (a story set one
    ``<div>`` a paragraph)."""
    units, kinds = judged.units, judged.kinds
    last = len(keep) - 1
    while last >= 0 and kinds[keep[last]] != GOOD:
        last -= 1
    if last < 0:
        return keep
    owner = units[keep[last]].owner
    box = judged.records[owner].parent
    rest = keep[last + 1 :]
    stays = [units[i].tag in _TAIL_TAGS or _in_box(judged, i, owner, box) for i in rest]
    for n in range(len(rest) - 2, -1, -1):
        # A heading over lines that stay titles them ("Tour dates" over a list).
        stays[n] = stays[n] or (units[rest[n]].tag in _SUBHEADINGS and stays[n + 1])
    return keep[: last + 1] + [i for i, stay in zip(rest, stays, strict=True) if stay]


def _in_box(judged: _Judged, i: int, owner: int, box: int) -> bool:
    """The unit is loose text of record ``owner`` or of a sibling element in ``box``."""
    rid = judged.units[i].owner
    return rid == owner or judged.records[rid].parent == box


def _reading_order(
    judged: _Judged, keep: list[int], h1: int | None, start: int, lede: int | None
) -> list[int]:
    """The headline, its standfirst, then the kept units; above the headline only prose
    survives (a kicker or breadcrumb does not), and no unit restating the headline."""
    if h1 is None:
        return keep
    title = judged.units[h1].text
    # One standfirst at most: prose further down the header is a caption or an author's note.
    if lede is None:
        lede = next((i for i in range(h1 + 1, start) if _lede(judged, i, title)), None)
    rest = [i for i in keep if i != h1 and (i > h1 or judged.kinds[i] == GOOD)]
    return [h1, *([] if lede is None else [lede]), *(i for i in rest if not _restates(judged, i, title))]


def _stated_lede(judged: _Judged, keep: list[int], h1: int, start: int, description: str) -> int | None:
    """The unit between the headline and the story that shows the summary the metadata
    states: the standfirst, even in a box named like furniture ("article-teaser", an
    article header) or left unread as such. Its text is then made the unit's own."""
    wanted = _folded_summary(description)
    if len(wanted) < STATED_LEDE:
        return None
    units = judged.units
    for i in range(h1 + 1, min(start, h1 + 1 + LEAD_REACH)):
        unit = units[i]
        text = unit.unread or unit.text
        if not _prose_box(judged, i, text):
            continue
        shown = _folded_summary(text)
        size = min(len(wanted), len(shown), STATED_PREFIX)
        if shown[:size] != wanted[:size]:
            continue
        if any(units[k].text == text for k in keep):
            return None  # the story itself shows it (a teaser repeating its first paragraph)
        if unit.unread:
            units[i] = replace(unit, text=unit.unread)
        return i
    return None


def _prose_box(judged: _Judged, i: int, text: str) -> bool:
    """Prose, read or left unread as furniture. Not a heading: a stated summary set as one
    is a deck, which many stories leave out."""
    unit = judged.units[i]
    readable = judged.kinds[i] == GOOD or bool(unit.unread)
    return readable and not unit.tag.startswith("h") and len(text) >= GOOD_CHARS


def _folded_summary(text: str) -> str:
    """A summary as compared: words only, lower case (descriptions drop markup and may be cut
    off with an ellipsis)."""
    return " ".join(_WORD.findall(text[: 2 * STATED_PREFIX].lower()))


def _restates(judged: _Judged, i: int, title: str) -> bool:
    """A second heading or a teaser line carrying the headline ("Kicker: Headline")."""
    text = judged.units[i].text
    return len(title) >= RESTATED_TITLE and title in text and len(text) <= 2 * len(title)


def _judge(seg: Segments) -> _Judged:
    sizes = [u.skipped or text_size(u.text) for u in seg.units]
    h1_prefix = list(accumulate((u.tag == "h1" for u in seg.units), initial=0))
    kinds = [_kind(u, size) for u, size in zip(seg.units, sizes, strict=True)]
    _demote_teasers(seg, kinds, list(accumulate(sizes, initial=0)), h1_prefix)
    goods = [size if k == GOOD else 0 for size, k in zip(sizes, kinds, strict=True)]
    good_prefix = list(accumulate(goods, initial=0))
    chrome = _in_chrome(seg, _flagged_records(seg, good_prefix, h1_prefix))
    # Units that are something besides a label: prose, links, or furniture left unread.
    marked = (k != NEUTRAL or u.skipped > 0 for k, u in zip(kinds, seg.units, strict=True))
    marked_prefix = list(accumulate(marked, initial=0))
    for start, end in _labelled_boxes(seg, (good_prefix, h1_prefix, marked_prefix)):
        chrome[start:end] = [True] * (end - start)
    for start, end in _machine_summaries(seg, list(accumulate(sizes, initial=0)), h1_prefix):
        chrome[start:end] = [True] * (end - start)
    return _Judged(seg.units, sizes, kinds, chrome, _loose_prose(seg, kinds), seg.records)


def _loose_prose(seg: Segments, kinds: list[int]) -> dict[int, int]:
    """How many prose units each box holds as loose text: a box with several sets its
    paragraphs apart by ``<br><br>`` rather than ``<p>``, and they weigh like paragraphs."""
    counts: dict[int, int] = {}
    for unit, kind in zip(seg.units, kinds, strict=True):
        if kind == GOOD and unit.tag == "div":
            counts[unit.owner] = counts.get(unit.owner, 0) + 1
    return counts


def _labelled_boxes(seg: Segments, judged: tuple[list[int], list[int], list[int]]) -> list[tuple[int, int]]:
    """Unit ranges of the boxes that a furniture label titles ("Comments", "Related
    stories", "34 responses to ..."), after the story's first prose.

    A page's class names may say nothing (hashed, or words no table knows), but these
    labels are written for readers, so every template shows them. The titled box is the
    smallest element that starts with the label and holds something besides it (prose or
    links; its count or an icon do not count), and never one holding an ``<h1>``: a wrapper
    that starts with a labelled box may go on with the story itself.
    """
    good_prefix, h1_prefix, marked_prefix = judged
    boxes = []
    records = seg.records
    for index, unit in enumerate(seg.units):
        if good_prefix[index] < GOOD_CHARS or not _furniture_label(unit):
            continue
        rid = unit.owner
        if records[rid].start != index:
            continue  # loose text in a box: a line of what holds it ("Read also" in the story)
        while (parent := records[rid].parent) >= 0 and records[parent].start == index:
            rec = records[parent]
            if h1_prefix[rec.end] > h1_prefix[rec.start]:
                break
            rid = parent
            if marked_prefix[rec.end] > marked_prefix[index + 1]:
                break  # the first box with content beyond the label
        end = records[rid].end
        if end == index + 1:
            end = _titled_sibling(records, rid)  # a bare heading over the list that follows it
        boxes.append((index, end))
    return boxes


def _machine_summaries(seg: Segments, size_prefix: list[int], h1_prefix: list[int]) -> list[tuple[int, int]]:
    """Unit ranges of the summary boxes a machine wrote, told by the note each carries
    ("Diese Zusammenfassung wurde künstlich erzeugt", "AI 요약은 OpenAI의 ..."): the
    largest box that starts with the note (or its short title and info toggle), is still
    summary-sized and holds no ``<h1>``. Key points a site's editors wrote carry no such
    note and are left to the story's run."""
    boxes = []
    records = seg.records
    for index, unit in enumerate(seg.units):
        if len(unit.text) > MAX_AI_NOTE or not _ai_note(unit.text):
            continue
        rid, box = unit.owner, -1
        while rid >= 0:
            rec = records[rid]
            lead = size_prefix[index] - size_prefix[rec.start] if rec.start < index else 0
            if lead >= GOOD_CHARS or h1_prefix[rec.end] > h1_prefix[rec.start]:
                break  # a box with prose above the note (a standfirst), or the story's header
            if size_prefix[rec.end] - size_prefix[rec.start] > MAX_SUMMARY:
                break
            rid, box = rec.parent, rid
        if box >= 0:
            boxes.append((records[box].start, records[box].end))
    return boxes


def _ai_note(text: str) -> bool:
    # Substring tests in C settle nearly every unit before the pattern is tried.
    return any(hint in text for hint in _AI_HINTS) and _AI_NOTE.search(text) is not None


def _titled_sibling(records: list[Record], rid: int) -> int:
    """Where the element right after record ``rid``, in the same parent, ends: what a label
    standing alone titles. Records are in document order, so that sibling is the first
    record after ``rid``'s own descendants that starts where ``rid`` ends."""
    end, parent = records[rid].end, records[rid].parent
    for rec in records[rid + 1 : rid + 1 + SIBLING_SCAN]:
        if rec.start > end:
            break
        if rec.parent == parent and rec.start == end and rec.end > end:
            return rec.end
    return end


def _furniture_label(unit: Unit) -> bool:
    text = unit.text
    # A label set in a paragraph is the story's own line ("More from our partners:").
    if unit.tag == "p" or len(text) > MAX_LABEL or unit.link_chars * 2 > len(text):
        return False
    return _FURNITURE_LABEL.fullmatch(text) is not None


def _in_chrome(seg: Segments, flagged: set[int]) -> list[bool]:
    """Whether each unit lies in a flagged record (a quotation in a ``<figure>`` aside).
    Set tests in C settle nearly every unit; only units in a flagged figure look further."""
    figures = {r for r in flagged if seg.records[r].tag == "figure"}
    plain = flagged - figures
    return [
        not plain.isdisjoint(u.chrome) or (not figures.isdisjoint(u.chrome) and _unquoted(seg, u, figures))
        for u in seg.units
    ]


def _unquoted(seg: Segments, unit: Unit, figures: set[int]) -> bool:
    return any(not _quotation(seg, unit, r) for r in unit.chrome if r in figures)


def _quotation(seg: Segments, unit: Unit, rid: int) -> bool:
    """The unit is quoted text in a ``<figure>`` (``rid``) holding a ``<blockquote>``: HTML's
    markup for a quotation with its attribution, set in the story like a pull quote."""
    records = seg.records
    if records[rid].tag != "figure":
        return False
    owner = unit.owner
    while owner > rid:  # records are numbered in document order: ancestors come first
        if records[owner].tag == "blockquote":
            return True
        owner = records[owner].parent
    return False


def text_size(text: str) -> int:
    """Length in Latin-letter equivalents: a CJK character carries about a word's worth."""
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(_WIDE.findall(text))


def _demote_teasers(seg: Segments, kinds: list[int], size_prefix: list[int], h1_prefix: list[int]) -> None:
    """Prose inside a teaser is its blurb far more often than story: it counts as neutral.

    Only prose is looked at (a teaser's links and notices stay bad), which spares the
    look-up for all but a few units of a page.
    """
    linked = list(accumulate((_title_like(seg, u) for u in seg.units), initial=0))
    prefixes = (size_prefix, linked, h1_prefix)
    for index, kind in enumerate(kinds):
        if kind == GOOD and _teaser(seg, index, prefixes):
            kinds[index] = NEUTRAL


def _title_like(seg: Segments, unit: Unit) -> bool:
    """A linked title, or a ``<header>`` left unread as furniture: outside the story's own
    box (which holds its ``<h1>`` and is always read) a header heads a teaser card."""
    if unit.skipped:
        return seg.records[unit.owner].tag == "header"
    return unit.link_chars * 2 > len(unit.text)


def _teaser(seg: Segments, index: int, prefixes: tuple[list[int], list[int], list[int]]) -> bool:
    """The unit is inside a teaser: a small list item that also holds a linked title, or a card.

    Recipe steps and bullet points in ``<li><div>`` have no linked title; a list item
    holding a whole page of text is no teaser but broken markup (an unclosed menu ``<li>``
    that swallowed the story).
    """
    size_prefix, linked, _ = prefixes
    item = seg.units[index].item
    if item >= 0:
        rec = seg.records[item]
        if (
            size_prefix[rec.end] - size_prefix[rec.start] <= TEASER_CHARS
            and linked[rec.end] > linked[rec.start]
        ):
            return True
    return _card(seg, index, prefixes)


def _read_more(unit: Unit) -> bool:
    """The unit ends with a linked "read more": the blurb of a teaser, which links away
    like navigation does."""
    found = _READ_MORE.search(unit.text[-READ_MORE_TAIL:])
    return found is not None and unit.link_chars >= len(found.group(1))


def _cut_blurb(unit: Unit) -> bool:
    """A linked title and its blurb cut off mid-sentence ("<a>Title</a> WASHINGTON: The
    council said on Monday that it may soon..."): a teaser of another story, set in one
    element. A story's paragraph that trails off in an ellipsis links no title."""
    text = unit.text
    if unit.link_chars < BLURB_TITLE or unit.link_chars * 2 > len(text):
        return False
    return _CUT_OFF.search(text[-CUT_TAIL:]) is not None


def _toggle(unit: Unit) -> bool:
    """The unit ends with a linked "more" or "less" after its last sentence: a caption
    with the switch that folds it."""
    found = _TOGGLE.search(unit.text[-TOGGLE_TAIL:])
    return found is not None and unit.link_chars >= len(found.group(1))


def _card(seg: Segments, index: int, prefixes: tuple[list[int], list[int], list[int]]) -> bool:
    """The unit is the blurb of a teaser card: a small box led by a linked title, under a
    kicker at most ("<article><h2><a>Title</a></h2><p>Blurb</p></article>"). A box holding
    an ``<h1>`` is the story's own header, whose first unit may be a linked kicker."""
    size_prefix, linked, h1_prefix = prefixes
    records = seg.records
    rid = seg.units[index].owner
    while rid >= 0:
        rec = records[rid]
        if size_prefix[rec.end] - size_prefix[rec.start] > CARD_CHARS:
            return False
        if index > rec.start and linked[min(index, rec.start + 2)] > linked[rec.start]:
            return h1_prefix[rec.end] == h1_prefix[rec.start]
        rid = rec.parent
    return False


def _kind(unit: Unit, size: int) -> int:
    """GOOD, NEUTRAL or BAD, the unit judged on its own (``_demote_teasers`` then looks
    at where the good ones stand)."""
    if unit.skipped:
        return NEUTRAL  # unread furniture: its chrome flag already counts it against
    links = unit.link_chars / len(unit.text)
    # Menus are short; a long sentence that links a few phrases is still prose.
    slack = min(LINK_SLACK, size / LINK_SLACK_CHARS)
    if links > BAD_LINKS + slack:
        return BAD
    if size >= 40 and is_chrome_text(unit.text):
        return BAD
    if size <= STAMP_CHARS and _STAMP.match(unit.text) is not None:
        return BAD
    if size <= SOURCE_CHARS and _SOURCE_LINE.fullmatch(unit.text) is not None:
        return BAD
    if unit.text[0] == "[" and _SHORTCODE.fullmatch(unit.text) is not None:
        return BAD
    if not unit.tag.startswith("h") and is_chrome_label(unit.text):
        return BAD  # a share bar's or an advert slot's label; a heading may well say "Werbung"
    if links > GOOD_LINKS + slack or unit.tag.startswith("h"):
        return NEUTRAL
    if _caption_or_blurb(unit):
        return BAD
    if len(unit.text) <= MAX_URL and _URL_LINE.fullmatch(unit.text) is not None:
        return NEUTRAL  # a bare web address (a permalink shown for copying) is no prose
    if size >= GOOD_CHARS or (size >= SHORT_PROSE and (unit.tag == "pre" or _sentence(unit))):
        return GOOD
    return NEUTRAL


def _caption_or_blurb(unit: Unit) -> bool:
    """A caption told by its credit or its fold switch, or a teaser's blurb told by its
    linked "read more"."""
    if _CAPTION.search(unit.text[-CAPTION_TAIL:]) is not None or _COUNTED.match(unit.text) is not None:
        return True
    return unit.link_chars > 0 and (_read_more(unit) or _toggle(unit) or _cut_blurb(unit))


def _linked_line(judged: _Judged, i: int) -> bool:
    return _linked_paragraph(judged, i) or _linked_names(judged, i)


def _linked_names(judged: _Judged, i: int) -> bool:
    """A paragraph listing names each linked to its topic page ("Miyazaki: Takanabe,
    Shintomi, Miyazaki City", a team's line-up): too link-heavy to score, but a line of
    the story, which sites that link every place or person they name set among its
    paragraphs. Menus part their links with bars or nothing, not with commas, and show
    titles rather than names; a tag list says so in its label."""
    unit = judged.units[i]
    if unit.tag != "p" or unit.link_count < 2 or judged.chrome[i] or judged.kinds[i] != BAD:
        return False
    if unit.link_chars * 2 <= len(unit.text) or unit.link_chars > MAX_NAME * unit.link_count:
        return False
    text = unit.text
    # One colon may end the list's own label, linked too ("Fukuoka: Kurume").
    parts = sum(map(text.count, _LIST_COMMAS)) + ((": " in text) or ("：" in text))
    return parts + 1 >= unit.link_count and _TAG_LABEL.match(text) is None


def _sentence(unit: Unit) -> bool:
    return unit.tag == "p" and unit.text[-1] in _FINAL


def _flagged_records(seg: Segments, good_prefix: list[int], h1_prefix: list[int]) -> set[int]:
    """Soft-chrome records that stay chrome: those not holding most of the page's prose.

    A wrapper that holds the headline needs only a majority of the prose; one without it
    (a footer outweighing a three-paragraph story) needs nearly all of it.
    """
    total = good_prefix[-1] or 1
    flagged = set()
    for rid, rec in enumerate(seg.records):
        if not rec.grade:
            continue
        share = (good_prefix[rec.end] - good_prefix[rec.start]) / total
        need = KEEP_STRONG if rec.grade >= STRONG else KEEP_WEAK
        if h1_prefix[rec.end] == h1_prefix[rec.start]:
            need = max(need, KEEP_HEADLESS)
        if share < need:
            flagged.add(rid)
    return flagged


def _value(judged: _Judged, i: int) -> float:
    size = judged.sizes[i]
    if judged.kinds[i] == BAD:
        return -BAD_WEIGHT * size
    if judged.chrome[i]:
        return -CHROME_WEIGHT * size
    if judged.kinds[i] == GOOD:
        unit = judged.units[i]
        if unit.tag == "div" and judged.loose[unit.owner] > 1:
            return size
        return TAG_WEIGHT.get(unit.tag, 0.6) * size
    return 0.0


def _best_range(seg: Segments, judged: _Judged, headline: str | None) -> tuple[int, int]:
    values = [_value(judged, i) for i in range(len(judged.units))]
    start, end = _within_article(seg.records, values, best_run(seg.records, values))
    anchor = _anchor(judged, headline) if headline else None
    if anchor is not None:
        start, end = _led_range(seg, values, anchor, (start, end))
    return _head_start(seg, judged, start), _tail_end(judged, _table_after(seg, judged, end))


def _within_article(records: list[Record], values: list[float], run: tuple[int, int]) -> tuple[int, int]:
    """The run cut back to the ``<article>`` that holds nearly all of its prose: HTML's own
    markup for the story, whose template sets the furniture after it (a donation appeal,
    a staff list, a sidebar of prose) outside it. Prose outside that weighs more than the
    furniture between them would otherwise join the story."""
    start, end = run
    total = sum(v for v in values[start:end] if v > 0)
    for rec in records:
        if rec.tag != "article" or rec.end <= start or rec.start >= end:
            continue
        inner = (max(start, rec.start), min(end, rec.end))
        if inner != run and sum(v for v in values[inner[0] : inner[1]] if v > 0) >= ARTICLE_SHARE * total:
            return inner
    return run


def _led_range(seg: Segments, values: list[float], anchor: int, best: tuple[int, int]) -> tuple[int, int]:
    """The best run once the first prose under the stated headline counts double (up to
    ``LEAD_CHARS``), when that prose lay outside the best run: a short story must not lose
    to a longer block of furniture far down the page (a site's self-description in its
    footer) that no class name tells apart. The lift only chooses between separate
    stretches; where the two runs overlap the plain one keeps its bounds (a summary box
    between headline and story stays out)."""
    lead = _lead(values, anchor)
    if not lead or any(best[0] <= i < best[1] for i in lead):
        return best
    lifted = list(values)
    for i, extra in lead.items():
        lifted[i] += extra
    start, end = best_run(seg.records, lifted)
    return (start, end) if end <= best[0] or start >= best[1] else best


def _lead(values: list[float], anchor: int) -> dict[int, float]:
    """The scoring units under the headline and the lift each gets."""
    lead: dict[int, float] = {}
    budget = float(LEAD_CHARS)
    for i in range(anchor + 1, min(len(values), anchor + 1 + LEAD_REACH)):
        if budget <= 0:
            break
        if values[i] > 0:
            lead[i] = min(values[i], budget)
            budget -= lead[i]
    return lead


def _anchor(judged: _Judged, headline: str) -> int | None:
    """The heading that states the metadata's headline word for word, if the page shows one.
    A heading that is all link (a blog's permalink on its own title) scores as navigation,
    so it serves only when no other heading states the headline."""
    wanted = _WORD.findall(headline.lower())
    linked = None
    for i, unit in enumerate(judged.units):
        if unit.tag in _ANCHOR_TAGS and _WORD.findall(unit.text.lower()) == wanted:
            if judged.kinds[i] != BAD:
                return i
            if linked is None and unit.link_chars * 2 > len(unit.text):
                linked = i
    return linked


def _head_start(seg: Segments, judged: _Judged, start: int) -> int:
    """Take in a sub-heading right before the story's first unit, in the same box: it
    titles the first section (a heading scores nothing, so the best run leaves it out).
    The box is the heading's parent, which must hold the first unit too: the heading is a
    sibling of that unit or of the list or box holding it."""
    if start == 0 or not _kept(judged, start - 1) or judged.units[start - 1].tag not in _SUBHEADINGS:
        return start
    records = seg.records
    parent = records[judged.units[start - 1].owner].parent
    return start - 1 if parent >= 0 and records[parent].end > start else start


def _table_after(seg: Segments, judged: _Judged, end: int) -> int:
    """Take in a table right after the story's last unit, in the box that holds that unit:
    a data table the story sets out (prices, results, figures), whose short cells score
    nothing. Only a table all of whose cells are kept: a layout table holding menus or
    notices stays out."""
    units, records = judged.units, seg.records
    if end == 0 or end >= len(units):
        return end
    rid = units[end].owner
    while rid >= 0 and records[rid].start == end and records[rid].tag != "table":
        rid = records[rid].parent
    if rid < 0 or records[rid].start != end:
        return end
    table, box = records[rid], records[rid].parent
    if box < 0 or records[box].start >= end or table.end - end > MAX_TABLE_UNITS:
        return end
    return table.end if all(_kept(judged, i) for i in range(end, table.end)) else end


def _tail_end(judged: _Judged, end: int) -> int:
    """Take in short paragraphs right after the story: sign-offs and credit lines
    ("(Reporting by ...)", "With Post wires") are too short to score but belong to it."""
    limit = min(len(judged.units), end + TAIL_UNITS)
    while (
        end < limit
        and judged.kinds[end] == NEUTRAL
        and not judged.chrome[end]
        and judged.units[end].tag == "p"
    ):
        end += 1
    return end


def _lede(judged: _Judged, i: int, headline: str) -> bool:
    """A standfirst between the headline and the story's first scoring paragraph."""
    if not _kept(judged, i) or judged.units[i].text == headline:
        return False
    if judged.kinds[i] == GOOD:
        return True
    unit = judged.units[i]
    return unit.tag in _SUBHEADINGS and judged.sizes[i] >= GOOD_CHARS and unit.link_chars == 0


def _linked_paragraph(judged: _Judged, i: int) -> bool:
    """A story paragraph that links most of its words (a live blog's linked lead-ins): too
    link-heavy to score, but inside the story and ending like a sentence, which menus and
    related headlines do not; neither a labelled link to elsewhere ("Related: ...", "Read
    more") nor a call to action shouted in capitals ("GET THE APP!"). A paragraph that is
    nothing but a link showing its own address is a source the story cites (menus and
    teasers show titles, not addresses)."""
    unit = judged.units[i]
    if unit.tag != "p" or judged.chrome[i] or judged.sizes[i] < SHORT_PROSE:
        return False
    if unit.link_chars * 2 <= len(unit.text):
        return False  # bad with few links: a notice, judged so by its wording
    text = unit.text
    if len(text) <= MAX_URL and _URL_LINE.fullmatch(text) is not None:
        return True
    return text[-1] in _FINAL and not text.isupper() and _LABEL.match(text) is None


def _kept(judged: _Judged, i: int) -> bool:
    return not judged.chrome[i] and judged.kinds[i] != BAD


def _block(unit: Unit, position: int) -> Block:
    tag = "p" if unit.tag == "div" else unit.tag
    heading = int(tag[1]) if len(tag) == 2 and tag[0] == "h" else 0
    density = min(1.0, unit.link_chars / len(unit.text))
    return Block(unit.text, tag, heading, round(density, 3), position)
