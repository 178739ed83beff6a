"""Units of a whole page's text: paragraphs with the evidence each carries about itself.

Renderers leave marks a unit is read from: ``#`` headings, ``*``/``+`` list items, ``|``
tables, ``[text](url)`` links (html2text), escapes and emphasis. A unit records its text
without them, its heading level, whether it is a list item, the share of it inside links,
its length in words, its share of function words and whether it reads as a sentence, and
whether the chrome table knows it (widget, box header, footer) or it is a timestamp.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import chrome
from .paragraphs import Chunk
from .stopwords import STOPWORDS
from .timestamps import is_timestamp

# Prose: at least this many words, with sentence punctuation and function words.
MIN_PROSE_WORDS = 8
MIN_STOP_SHARE = 0.12
MAX_HEADLINE_WORDS = 40
# Markdown links and images as html2text leaves them; brackets and parentheses are excluded
# inside, so a failed match never rescans (the text door imports MARKDOWN_LINK too).
MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\[\]\n]{0,300})\]\([^()\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_IMAGE = re.compile(r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,2000}(?:\s\"[^\"\n]{0,200}\")?\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_EMPHASIS = re.compile(r"\*\*|__")
_ESCAPED_NUMBER = re.compile(r"\d{1,3}\\[.)]\s")
_MARK = re.compile(r"^(?:(?:(?P<hash>#{1,6})|(?P<bullet>[*+•·-])|\d{1,3}[.)])(?:\s+|$)|[|>]\s*)")
# German and Czech close a quote with "“", Swiss and French-inverted text with "«".
_SENTENCE_END = re.compile(r"[.!?。！？…:;][\"'”’»“«)\]]{0,2}$")
# Two sentence stops inside a line (abbreviations like "F.A.Z." make one stop weak evidence).
SENTENCE_STOPS = re.compile(r"[a-z\u00df-\u024f]{2}[.!?][\"'”’»“«)]{0,2}\s")
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_WORD = re.compile(r"[^\W\d_]+")
# Chinese and Japanese set no spaces between words: every three such letters count as a
# word (and Korean's long words as more than one). Arabic spaces its words as Latin does.
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# A photo credit: a label where a caption ends ("... Foto: dpa") or an agency's picture desk.
CREDIT = re.compile(
    r"(?:^|[(.!?|/]\s?)(?:photo|image|foto|bild|credit|source|quelle)s?\s?:"
    # "Image copyright Getty Images", "Image caption The minister ...": a caption's labels.
    r"|^(?:image|media) (?:copyright|caption)\b"
    # "... siguen aumentando. (Foto Prensa Libre: Esbin García)": a credit closing a caption.
    r"|\((?:photo|image|foto|imagen|bild)s?\s[^():]{1,40}:[^()]{1,60}\)$"
    r"|(?:^|[(\s])(?:©|\(c\)|getty images|ap photo|afp\b|reuters/|dpa\b|imago\b|shutterstock"
    r"|picture alliance|epa\b)"
    # "Foto: Felix Zahn/imago", "Eva Manez/Reuters": photographer and agency joined by a slash.
    r"|[^\W\d_]/(?:reuters|ap|afp|dpa|imago|getty(?:\simages)?|epa|keystone|anadolu|xinhua)\b",
    re.I,
)
# "... en Madrid (España). Gustavo Valiente / Europa Press": a caption that ends with its
# photographer and agency, names in capitals around a slash. Names hold no spaces, so
# each try is bounded.
_SLASH_CREDIT = re.compile(
    r"[.)]\s[A-ZÀ-Þ][^\s/.]{1,30}(?:\s[A-ZÀ-Þ][^\s/.]{1,30}){0,3}\s?/\s?"
    r"[A-ZÀ-Þ][^\s/]{1,30}(?:\s[A-ZÀ-Þ][^\s/]{1,30}){0,3}$"
)
# "... after she lost 130lb. Emma Roma Jayne": a caption whose last words name who took
# (or gave) the photo, capitalised names after the caption's closing stop (after a word,
# not a title: "Attacks on Trans Rep. Zooey Zephyr" is a headline).
_NAME_CREDIT = re.compile(r"(?:[a-z\d]{3}|\))\.\s[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){1,3}$")
# "(Jacquelyn Martin / Associated Press)": a photographer and agency in parentheses.
_PAREN_CREDIT = re.compile(r"^\([^()/]{2,60}\s/\s[^()/]{2,60}\)$")
# "1 of 4 A shopper looks at...", "2/12 Blick auf den Hafen", "Photo 3/5": a gallery's
# caption; some renderers run the counter into the caption ("1of4Grass Valley's ...").
_GALLERY = re.compile(
    r"^(?:(?:photo|image|picture|slide|bild|foto)s? ?)?\d{1,3} ?(?:of|/|von|de|di|av|van) ?\d{1,3}"
    r"(?:\b|(?=(?-i:[A-ZÀ-Þ])))",
    re.I,
)
# "Updated [hour]:[minute] [AMPM] [timezone]": a template's slots the page never filled in.
_SLOT = re.compile(r"\[[A-Za-z]{2,20}\]")
TEMPLATE_SLOTS = 3
MAX_COMMENTS_HEAD = 60
ALNUM = re.compile(r"[^\W_]")
DIGIT = re.compile(r"\d")


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

    def at_line(self, line: int) -> Unit:
        """The same unit met again at ``line`` (pages repeat menus and teasers): a distinct
        object, as callers tell units apart by identity. ``dataclasses.replace`` costs twice
        this, and a page of repeated lines makes hundreds of thousands."""
        return Unit(
            self.text,
            line,
            self.heading,
            self.bullet,
            self.links,
            self.words,
            self.stops,
            self.sentence,
            self.furniture,
            self.box,
            self.footer,
            self.stamp,
        )


def units(chunks: Sequence[Chunk]) -> list[Unit]:
    """Chunks become units: marks read off, links and escapes reduced to text. Pages repeat
    their menus and teasers, so a text already read is not read again."""
    seen: dict[tuple[str, bool], Unit] = {}
    found = []
    for index, chunk in enumerate(chunks):
        key = (chunk.text, _numbered_apart(chunks, index))
        known = seen.get(key)
        if known is None:
            known = seen[key] = _unit(chunk, key[1])
        found.append(known if known.line == chunk.line else known.at_line(chunk.line))
    return found


def _numbered_apart(chunks: Sequence[Chunk], index: int) -> bool:
    """``1. Choose the right pot`` on a line of its own, a blank line above and below: a
    numbered subheading (or a date, ``21. Januar 2022``) whose number is its text. A list's
    items stand line under line."""
    chunk = chunks[index]
    if not chunk.marker[:1].isdigit():
        return False
    above = index > 0 and chunks[index - 1].line == chunk.line - 1
    below = index + 1 < len(chunks) and chunks[index + 1].line == chunk.line + 1
    if above or below:
        return False
    if _SENTENCE_END.search(chunk.text) and len(chunk.text.split()) > MIN_PROSE_WORDS:
        return True  # a numbered paragraph of prose
    # A subheading heads a paragraph longer than itself; a list's item (a breadcrumb, a
    # "most read" rank) stands over another item or a label.
    following = chunks[index + 1] if index + 1 < len(chunks) else None
    if following is None or following.marker[:1].isdigit():
        return False
    return len(following.text.split()) > len(chunk.text.split())


def _unit(chunk: Chunk, numbered: bool = False) -> Unit:
    # html2text escapes a number that is text ("1\\. Choose"), as a list's would not be.
    numbered = numbered or _ESCAPED_NUMBER.match(chunk.text) is not None
    text = _markup_free(chunk.text)
    mark = None if numbered else _MARK.match(text)
    heading = len(mark.group("hash")) if mark and mark.group("hash") else 0
    bullet = bool(mark and mark.group("bullet"))
    if mark:
        text = text[mark.end() :]
    plain, links = _link_text(text.strip(" #"))
    words = _WORD.findall(plain)
    count = len(words) + (len(_WIDE.findall(plain)) // 3 if not plain.isascii() else 0)
    stops = sum(map(STOPWORDS.__contains__, map(str.lower, words))) / len(words) if words else 0.0
    sentence = bool(_SENTENCE_END.search(plain)) or len(SENTENCE_STOPS.findall(plain)) >= 2
    footer = chrome.is_footer(plain)
    furniture = footer or chrome.is_drop(plain) or not ALNUM.search(plain) or _template(plain)
    # Notices read as prose; only prose-shaped units are worth the scan for their words.
    furniture = furniture or (sentence and count >= MIN_PROSE_WORDS and chrome.is_promo(plain, count))
    box = chrome.is_break(plain)
    stamp = is_timestamp(plain)
    return Unit(
        plain, chunk.line, heading, bullet, links, count, stops, sentence, furniture, box, footer, stamp
    )


def _template(text: str) -> bool:
    return "[" in text and len(_SLOT.findall(text)) >= TEMPLATE_SLOTS


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
    plain = MARKDOWN_LINK.sub(r"\g<text>", text)
    linked = sum(len(m.group("text")) for m in MARKDOWN_LINK.finditer(text))
    return plain, linked / len(plain) if plain else 0.0


def stops_apply(found: Sequence[Unit]) -> bool:
    """Function words tell prose only in languages the table covers (not CJK, not Arabic)."""
    long_ = [u for u in found if u.words >= 20]
    return not long_ or sum(u.stops >= MIN_STOP_SHARE for u in long_) >= 0.3 * len(long_)


def prose(unit: Unit, stops_apply: bool) -> bool:
    if unit.words < MIN_PROSE_WORDS or not unit.sentence or unit.links > 0.5:
        return False
    return not stops_apply or unit.stops >= MIN_STOP_SHARE


def texty(unit: Unit) -> bool:
    if unit.bullet or unit.links > 0.5 or not ALNUM.search(unit.text):
        return False
    return not unit.furniture


def title_like(unit: Unit) -> bool:
    if unit.bullet or unit.links > 0.5 or not 2 <= unit.words <= MAX_HEADLINE_WORDS:
        return False
    return not (unit.furniture or unit.box or unit.stamp)


def comments_head(unit: Unit) -> bool:
    """The heading of the comments: a short line, not a list item or link (a "Leave a
    comment" link in the byline only points to them)."""
    if unit.bullet or unit.links > 0.5 or len(unit.text) > MAX_COMMENTS_HEAD:
        return False
    return chrome.is_comments_head(unit.text)


def gallery(unit: Unit) -> bool:
    """A caption numbered within its gallery: ``1 of 4 A shopper looks at...``."""
    return _GALLERY.match(unit.text) is not None


def is_credit(unit: Unit) -> bool:
    """A photo credit line, or a caption that ends with its credit."""
    if unit.words > 25:
        return False
    text = unit.text
    return any(p.search(text) is not None for p in (CREDIT, _SLASH_CREDIT, _NAME_CREDIT, _PAREN_CREDIT))
