"""Tell chrome elements from story elements by tag, ARIA role, hiding and class/id tokens.

The verdict is graded, because wrappers misuse chrome names: ``HARD`` subtrees never hold
text worth reading (scripts, styles, forms controls); ``STRONG`` ones are furniture even when
large (comments, cookie notices, share bars); ``WEAK`` ones are furniture unless they turn out
to hold most of the page's prose (``content.py`` applies that guard after the walk).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from . import clean_rules as rules

NONE, WEAK, STRONG, HARD = 0, 1, 2, 3
STORY_PARTS = ("header", "figure")


@dataclass(slots=True)
class Verdicts:
    """Grades already given during one parse, by class/id pair, by single class name and by
    word: pages repeat the same names on hundreds of elements, and the same few words
    ("post", "item", "wrapper") in most of their names. One per parse, never shared."""

    pairs: dict[tuple[str | None, str | None], int] = field(default_factory=dict)
    names: dict[str, int] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)


def chrome_kind(el: Any, tag: str, block: bool, in_story: bool, memo: Verdicts) -> int:
    """The chrome grade of one element; ``block`` says whether it is a block-level tag."""
    if tag in rules.HARD_TAGS:
        return HARD
    items = el.items()
    if not items:
        return _by_tag(tag, in_story) if block and tag in rules.WEAK_TAGS else NONE
    # One C call and a dict beat six attribute look-ups through lxml.
    get = dict(items).get
    style = get("style")
    if get("hidden") is not None or get("aria-hidden") == "true" or (style and _hidden_style(style)):
        return WEAK if block else STRONG
    cls, ident = get("class"), get("id")
    grade = NONE
    if (cls or ident) and tag not in rules.PAGE_TAGS:
        key = (cls, ident)
        grade = memo.pairs.get(key, -1)
        if grade < 0:
            grade = memo.pairs[key] = token_grade(cls or "", ident or "", memo)
    if not block:
        # Inline spans inside a paragraph may carry the dateline ("<span class=date>"):
        # only unmistakable furniture is dropped there.
        return STRONG if grade == STRONG else NONE
    if grade == WEAK and tag in rules.HEADING_LEVEL:
        grade = NONE  # a story's sub-heading may well be styled "time" or "meta"
    role = get("role")
    if role is not None and role.lower() in rules.CHROME_ROLES:
        grade = max(grade, WEAK)
    # The set test first: most blocks are not chrome by tag, and a call costs more.
    return max(grade, _by_tag(tag, in_story)) if tag in rules.WEAK_TAGS else grade


def _by_tag(tag: str, in_story: bool) -> int:
    if tag not in rules.WEAK_TAGS:
        return NONE
    if in_story and tag in STORY_PARTS:
        # An article's own header holds its headline; its figure a picture and caption.
        return WEAK if tag == "figure" else NONE
    return WEAK


def _hidden_style(style: str) -> bool:
    return rules.HIDDEN_STYLE.search(style[:500]) is not None


_POSITIVE, _FIRM, _HIDDEN = 4, 8, 16


def token_grade(cls: str, ident: str, memo: Verdicts | None = None) -> int:
    """Grade a class/id pair: strong chrome, weak chrome (unless a story word joins it) or none.

    ``memo`` keeps the verdicts of single class names and words for one parse (sites repeat
    the same few hundred names on every element); it is the caller's, so no state outlives
    a parse.
    """
    memo = memo if memo is not None else Verdicts()
    names = memo.names
    flags = 0
    for name in f"{cls} {ident}"[:400].split():
        name = name[:100]
        verdict = names.get(name)
        if verdict is None:
            verdict = names[name] = _name_verdict(name, memo.words)
        flags |= verdict
    grade = flags & 3
    if grade == WEAK and flags & _POSITIVE and not flags & _FIRM:
        grade = NONE
    return max(grade, WEAK) if flags & _HIDDEN else grade


def _name_verdict(name: str, known: dict[str, int]) -> int:
    """Grade in the low two bits, plus flags for story words, firm words and hiding."""
    lowered = name if name.islower() else rules.CAMEL.sub(_hyphenated, name).lower()
    if (name if lowered is name else name.lower()) in rules.HIDDEN_CLASSES:
        return _HIDDEN
    # Most names hold no word of any table, and then which of its words the rules of
    # ``_words`` pick cannot matter: memoised word flags settle those names quickly.
    words = _split(lowered)
    for word in words:
        flags = known.get(word)
        if flags is None:
            flags = known[word] = _word_flags(word)
        if flags:
            return _flags_of(_words(lowered, words), known)
    return NONE


def _flags_of(words: list[str], known: dict[str, int]) -> int:
    """The flags of some words: the highest grade of any, and every flag any of them has.
    (Each word's own flags are memoised: the same words recur in a page's names.)"""
    grade = flags = 0
    for word in words:
        found = known.get(word)
        if found is None:
            found = known[word] = _word_flags(word)
        grade = max(grade, found & 3)
        flags |= found
    return flags & ~3 | grade


def _word_flags(word: str) -> int:
    if word in rules.STRONG_WORDS or word.startswith(rules.STRONG_STEMS):
        grade = STRONG
    elif word in rules.WEAK_WORDS or word.startswith(rules.WEAK_STEMS):
        grade = WEAK
    else:
        grade = NONE
    positive = _POSITIVE if word in rules.POSITIVE_WORDS else 0
    return grade | positive | (_FIRM if word in rules.FIRM_WORDS else 0)


def _words(lowered: str, words: list[str]) -> list[str]:
    """The words (``words`` is ``_split(lowered)``) of one lower-cased class name that say
    what the element is.

    Those are the first word (after one-letter namespace prefixes such as ``c-`` or ``u-``),
    the last word, and the last word of a BEM block (``share-bar__item`` gives ``share``).
    Page-builder names ("elementor-widget") name their grid, so only strong words count.
    """
    while words and len(words[0]) == 1:
        words = words[1:]
    if not words or words[0] in rules.STATE_WORDS or words[-1] in rules.STATE_ENDINGS:
        return []
    # Hashes from CSS modules and CSS-in-JS ("image-widget__LYZT4", "css-1tike8v") say nothing.
    words = [w for w in words if len(w) < 5 or w.isalpha() or w.isdigit()]
    if not words:
        return []
    for index, word in enumerate(words[1:], 1):
        if word in rules.STATE_WORDS:
            words = words[:index]  # "content-with-sharebar" is content
            break
    if words[0] in rules.BUILDER_WORDS:
        # A builder's layout box: only unmistakable furniture ("penci-related-posts") counts.
        return [w for w in (words[1:2] + words[-1:]) if _is_strong(w)]
    picked = [words[0], words[-1]]
    if "__" in lowered:
        picked.extend(_split(lowered.split("__", 1)[0])[-1:])
    return picked


def _hyphenated(match: re.Match[str]) -> str:
    # A function, not the template r"\1-\2": re expands templates in Python code per match.
    return f"{match[1]}-{match[2]}"


# WORD_SPLIT for ASCII names as a byte translation: every byte but a-z and 0-9 becomes a
# space, and split then cuts the words in C. bytes.translate reads a 256-byte table
# (str.translate looks each character up in a dict): three times cheaper, and several
# times cheaper than the regex.
_SEPARATORS = bytes(c if chr(c).islower() or chr(c).isdigit() else 32 for c in range(128)) + b" " * 128


def _split(lowered: str) -> list[str]:
    """``WORD_SPLIT``'s words of a lower-cased class name."""
    if lowered.isascii():
        if lowered.isalnum():
            return [lowered]  # one word, as most names are: nothing to translate
        return lowered.encode().translate(_SEPARATORS).decode().split()
    return [w for w in rules.WORD_SPLIT.split(lowered) if w]


def _is_strong(token: str) -> bool:
    return token in rules.STRONG_WORDS or token.startswith(rules.STRONG_STEMS)


def is_chrome_text(text: str) -> bool:
    """Consent, subscription and paywall boilerplate recognised by its wording, and the
    short notices (legal lines, the consent over an embed) set among a story's lines."""
    head = text[:2000].lower()
    if _found(head, rules.CHROME_TEXT_HINTS, rules.CHROME_TEXT):
        return True
    if len(text) <= rules.MAX_LEGAL_FOOTER and _found(head, rules.LEGAL_FOOTER_HINTS, rules.LEGAL_FOOTER):
        return True
    return len(text) <= rules.MAX_NOTICE and _found(head, rules.NOTICE_HINTS, rules.NOTICE_TEXT)


def _found(lowered: str, hints: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    # Substring tests in C settle nearly every unit before the pattern is tried.
    return any(hint in lowered for hint in hints) and pattern.search(lowered) is not None


def is_chrome_label(text: str) -> bool:
    """A share, follow, advert or subscribe label standing alone ("Seite teilen:", "Folgen
    Sie uns auf Twitter", "Anzeige"), recognised by its wording."""
    # Anchored at the start, the pattern fails within a few characters on most text: cheaper
    # than any test for its words first.
    return len(text) <= rules.MAX_CHROME_LABEL and rules.CHROME_LABEL.fullmatch(text.lower()) is not None
