"""Author names from raw credits: strip "By", split lists, drop roles, handles, e-mails and URLs.

A raw credit is whatever a page states (``"By JANE DOE and John Roe, Reuters"``); the result is a
tuple of names. A name the page writes in capitals is title-cased word by word (never merged),
otherwise the page's own case is kept.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from itertools import islice

from ..fields.agencies import AGENCIES
from ..scoring import fold, squash
from .author_words import (
    CREDENTIALS,
    DATE_WORDS,
    DESK,
    GENERIC,
    PARTICLES,
    ROLE_PLACE,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SOCIAL,
    TRAILING_DAYS,
)

_MAX_CREDIT = 400
_MAX_NAME = 60
_MAX_WORDS = 6
# Agencies publishers credit as authors ("Paula Steiger, SDA").
_AGENCIES = frozenset(a.casefold() for a in AGENCIES)
_AGENCY_NAMES = frozenset(AGENCIES)

# Lead-ins that introduce a credit in the languages we meet ("By", "Von", "Par"...).
_LEAD_WORDS = (
    r"(?:(?:written|reported|posted|compiled|text|words|story|reporting|more|articles|stories|"
    r"all\sarticles)\s{1,3}by|by|von|vom|mehr\svon|alle\sartikel\svon|teksti|"
    r"par|por|door|av|af|text|texte|autor(?:in)?|author|auteur|autore|redakteur(?:in)?|reporter|from|"
    r"текст|автор|фото|yazan|kirjoittanut|tekst|(?:zeige\s)?alle\sbeiträge\svon|(?:view\s)?all\sposts\sby|"
    r"more\sfrom|voir\stous\sles\sarticles\sde|ver\stodas\slas\sentradas\sde|"
    # Screen-reader labels and the "article by" of blog templates ("Post author", "Artikel von:").
    r"post\sauthor|(?:ein\s)?(?:artikel|beitrag)\svon|geschrieben\svon|verfasst\svon|écrit\spar|"
    r"escrito\spor|publicado\spor|scritto\sda|"
    # The kind of piece before its writer ("Ein Kommentar von", "Gastbeitrag:", "Analysis by",
    # "Une analyse de").
    r"(?:eine?n?\s{1,3})?(?:gast)?(?:kommentar|beitrag|analyse|reportage|kolumne|essay|glosse|"
    r"interview|bericht)(?:\s{1,3}von)?|"
    r"(?:analysis|commentary|opinion|column|essay|review|interview|guest\scolumn)\s{1,3}by|"
    r"(?:une?\s{1,3})?(?:analyse|chronique|tribune|enquête|reportage)\s{1,3}de|"
    r"(?-i:di|de|da|Di(?=\s{1,3}\S{1,40}\s{1,3}\S)))"
)
_LEAD_IN = re.compile(rf"^\s{{0,5}}{_LEAD_WORDS}\s{{0,3}}[:\-–]?\s{{1,3}}(?=\S)", re.I)
# A label with no name after it ("Artikel von:", "Post author"), left alone in its element.
_BARE_LEAD = re.compile(rf"^{_LEAD_WORDS}\s{{0,3}}[:\-–]?$", re.I)
# Abbreviations that credit the newsroom ("Red." for Redaktion).
_DESK_ABBREVIATIONS = frozenset({"red", "bearb"})
# Punctuation between the segments of a credit ("Jane Doe, Staff Writer | Reuters"); a dash
# counts only with spaces around it ("Jane Doe - Staff Reporter"), never inside a name.
_SEGMENTS = re.compile(r"\s{0,3}[,;|/•·、，]\s{0,3}|\s[-–—]\s")
# Connectives between names inside a segment; whole words only. A capital single letter is
# an initial ("John E Smith") unless the whole credit is in capitals ("ANA LIMA E JOÃO REIS").
_CONNECTIVE = re.compile(r"\s(?:(?i:and|und|et|og|och|en|ve|ja)|&|&amp;|y|e|i|и|a)\s")
_CONNECTIVE_CAPS = re.compile(r"\s(?:AND|UND|ET|OG|OCH|EN|VE|JA|&|&amp;|Y|E|I|И|A)\s")
# "Doe, Jane": a credit made only of such pairs ("Doe, Jane and Roe, John", "Doe, Jane; Roe, John").
_PAIRS = re.compile(r"\s{0,3};\s{0,3}|\s(?:and|&|und|et|y)\s")
# The connective an Oxford comma leaves at a segment's start; lower case only ("A Lee" stays).
_LEADING_CONNECTIVE = re.compile(r"^(?-i:and|und|&|y|e|et|og|och|en|ve|и|ja)\s{1,3}(?=\S)")
# One person credited for words and pictures: "Text and photos by Jane Doe", "Text und Bilder:".
_JOINT_LEAD = re.compile(
    r"^(?:text|texte|words|story)\s{1,3}(?:and|&|und|et|y|e)\s{1,3}(?:photos?|fotos?|pictures|bilder|images)"
    r"\s{0,3}(?:by|von|par|por|di|:)?\s{0,3}",
    re.I,
)
# Credits for work other than the writing; they end the author credit. Lower or title case,
# and not after a connective ("Text and photos by Jane Doe" names the author).
_OTHER_CREDIT = re.compile(
    r"(?:^|(?<=[\s,.;|•·]))(?<!and )(?<!und )(?<!& )(?<!et )"
    r"(?:[Uu]pdated|[Rr]eviewed|[Mm]edically reviewed|[Ff]act[- ]checked|[Ee]dited|[Pp]hotographs|"
    r"[Pp]hotography|[Pp]hotos?|[Pp]ictures|[Ii]mages?|[Ii]llustrations?|[Vv]ideo|[Gg]raphics?|"
    r"[Tt]ranslated|[Aa]dditional reporting|[Pp]roduced|[Dd]esigned|[Aa]ktualisiert|[Bb]earbeitet|"
    r"[Ff]otos?|[Bb]ild(?:er)?|[Üü]bersetzt|[Mm]is à jour|[Tt]raduit|[Aa]ctualizado|[Ee]ditado|[Aa]ggiornato)"
    r"(?:\s{1,3}(?:by|von|par|por|di|door|de)\b|\s{0,2}:)"
    # An agency's share of the story: "mit Material von dpa", "mit Material der AFP".
    r"|(?:^|(?<=[\s,.;|•·]))[Mm]it\s[Mm]aterial\s(?:von|der|des|aus)\b"
)
# What follows a name but is no part of it, each cut from its first word to the segment's end:
# a bio ("Jane Doe is a reporter covering..."), a date ("Posted by Jane Doe on March 3, 2024",
# "... Published 3 hours ago"), a place or an outlet ("Jane Doe in Berlin", "for The Guardian").
# Lower case only: "Anne Le Brun", "Per Olsen" keep their capitals.
_BIO = re.compile(
    r"\s(?-i:is|was|ist|war|est|es|è|är|er|jest|writes|covers|reports|schreibt|berichtet|joined)\s"
)
_DATE_CLAUSE = re.compile(
    r"\s(?:(?-i:on|am|le|el|il|op|den)\s(?=\d)|(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Ll]ast updated|"
    r"[Vv]eröffentlicht|[Pp]ubliziert|[Aa]ktualisiert|[Pp]ublié|[Pp]ublicado|[Pp]ubblicato|[Aa]ggiornato)\b"
    r"(?!\s{1,3}(?:by|von|par|por|di)\b)|"
    r"on\s(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
# Not "für": German bodies credit themselves so ("Bundesministerium für Wirtschaft"). "In" and
# "From" in capitals only before a capitalised word ("By Jane Doe In Washington").
_PLACE = re.compile(r"\s(?:in|à|au|aux|aus|from|at|for|pour|para|desde|uit|(?:In|From|IN|FROM)(?=\s[A-Z]))\s")
_PARENS = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")
_EMAIL = re.compile(r"\S{1,64}@\S{1,255}\.\w{2,}")
_URLISH = re.compile(r"https?:|www\.|\.(?:com|org|net|html?|php)\b|/", re.I)
_DIGIT = re.compile(r"\d")
# A desk credit once its role word is gone: "AP Auto (Writer)", "BBC Sport (Reporter)".
_ACRONYM = re.compile(r"^[A-Z]{2,4}\b")
_CAPS_THEN_MIXED = re.compile(r"^((?:[A-Z][A-Z'’.-]{1,20} ){1,4}[A-Z][A-Z'’.-]{1,20}) [A-Z][a-z]")
# An outlet's initials after a name; not a generational suffix ("III", "IV", "JR").
_AGENCY_CODE = re.compile(r"^(?!(?:II|III|IV|VI|JR|SR)$)[A-Z]{2,5}$")
_WORD = re.compile(r"[^\W\d_][^\s]{0,40}")

_GENERIC_INSIDE = re.compile(r"admin|webmaster|sources\b", re.I)
_HANDLE = re.compile(r"\s@\w{1,30}")


MAX_CREDITS = 100


def clean_authors(raws: Iterable[str], site: Iterable[str] = ()) -> tuple[str, ...]:
    """Names from raw credits, de-duplicated; ``site`` holds squashed site names to refuse."""
    refused = set(site)
    out: list[str] = []
    seen: set[str] = set()
    # A page that repeats one credit 50,000 times (a template loop) is read once per credit,
    # and no story has more than MAX_CREDITS distinct ones.
    for raw in islice(dict.fromkeys(raws), MAX_CREDITS):
        for name in split_credit(raw):
            key = fold(name)
            # "The Coastal Herald" credits the site that calls itself "Coastal Herald".
            if key in seen or squash(key) in refused or squash(key.removeprefix("the ")) in refused:
                continue
            seen.add(key)
            out.append(name)
    return tuple(out)


def split_credit(raw: str) -> list[str]:
    """The names in one raw credit string, cleaned.

    Punctuation separates the credit's segments first ("Jane Doe, Staff Writer | Reuters");
    within a segment the clauses that are not names (a bio, a place, a date) are cut before
    connectives ("and", "und", "et"...) split it into names.
    """
    # Some CMSs escape entities twice ("Jane Doe &amp;amp; John Roe" once decoded by the parser).
    text = " ".join(html.unescape(raw[:_MAX_CREDIT]).split())
    if not text or _URLISH.match(text):
        return []
    # A handle ends the name beside it: "Jane Doe @janedoe WATCH LIVE".
    text = _HANDLE.sub(" | ", _EMAIL.sub(" ", _PARENS.sub(" ", text))).replace("©", " ")
    text = _until_other_credit(_JOINT_LEAD.sub("", text))
    unled = _LEAD_IN.sub("", text, count=1)
    inverted = _inverted(unled)
    if inverted:
        return inverted
    names: list[str] = []
    # A credit that says it is one ("By", "Von"...) may have a date cut off its names.
    led = len(unled) < len(text)
    # Whether the credit is in capitals is read past its lead-in: "By ERIC TUCKER, JILL COLVIN".
    caps = unled.isupper()
    connective = _CONNECTIVE_CAPS if caps else _CONNECTIVE
    # A place after the first segment follows a credit, even one refused ("ndr.de, Hamburg").
    for i, segment in enumerate(_SEGMENTS.split(text)):
        if i and (_place_or_outlet(segment.strip()) or _outlet_in_capitals(segment, caps)):
            continue
        for part in _parts(_cut_clauses(segment, led), connective):
            name = clean_name(part)
            if name:
                names.append(name)
    return names


def _inverted(text: str) -> list[str] | None:
    """``"Doe, Jane"`` pairs as names, when the whole credit is made of them: one capitalised
    surname, a comma, one given name (perhaps with an initial). Not when either side is an
    agency, a role or a day ("Reuters, Washington", "Doe, Monday")."""
    names: list[str] = []
    for chunk in _PAIRS.split(text):
        halves = chunk.split(",")
        if len(halves) == 3 and _all_roles(halves[2]):
            halves = halves[:2]  # "Doe, Jane, Staff Writer"
        if len(halves) == 1 and names and _plain_name(chunk):
            names.append(chunk.strip())  # "Smith, John and Jane Doe"
            continue
        if len(halves) != 2:
            return None
        last, given = halves[0].split(), halves[1].split()
        if len(last) != 1 or not 1 <= len(given) <= 2 or not _inverted_shape(last[0], given):
            return None
        names.append(f"{' '.join(given)} {last[0]}")
    return names


def _all_roles(text: str) -> bool:
    words = text.lower().split()
    return bool(words) and all(_is_role(w.strip(".:")) for w in words)


def _plain_name(text: str) -> bool:
    """Two or three capitalised words of letters: a name written in the usual order."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(
        w[0].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words
    )


def _inverted_shape(last: str, given: list[str]) -> bool:
    initial = len(given) == 1 or (len(given[1]) == 2 and given[1][0].isupper() and given[1][1] == ".")
    words = (last, given[0])
    return initial and all(
        len(w) > 1
        and w[0].isupper()
        and w[1:].islower()
        and w.replace("-", "").isalpha()
        and w.casefold() not in _AGENCIES
        and not _is_role(w.lower())
        and w.lower() not in TRAILING_DAYS
        for w in words
    )


def _parts(segment: str, connective: re.Pattern[str]) -> list[str]:
    """The names a segment joins with connectives, each without a trailing place or day. A
    connective that leaves one word alone on a side is inside a name ("Jobs & Hire",
    "Bundesministerium für Wirtschaft und Klimaschutz") or joins initials ("John E Smith")."""
    parts = [_cut_tail(p) for p in connective.split(segment)]
    if len(parts) > 1 and any(_lone_word(p) for p in parts):
        return [_cut_tail(segment)]
    return parts


def _lone_word(part: str) -> bool:
    """One word in a cased script that is not an agency ("Jane Doe and AFP" lists two)."""
    words = part.split()
    if len(words) != 1 or words[0].casefold() in _AGENCIES:
        return False
    return words[0].lower() != words[0].upper()


def _cut_tail(part: str) -> str:
    """A name without the place ("in Berlin", "In Washington") or the day ("Monday",
    "Yesterday") that follows it. A place in capitals needs a full name or a role before it
    ("Lee In Ho" is a name; "Reporter In Washington" is not)."""
    found = _PLACE.search(" " + part)
    before = part[: max(found.start() - 1, 0)] if found else ""
    head = before.split()
    if found and (found.group(0).islower() or len(head) >= 2 or (head and _is_role(head[-1].lower()))):
        part = before
    words = part.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in TRAILING_DAYS:
        words.pop()
    return " ".join(words)


def _place_or_outlet(segment: str) -> bool:
    """A segment after the names that is a place or a publication, not a person: one word in
    title case ("Washington", "Berlin") or a name with an article ("The Washington Post").
    News agencies stay: publishers list them as authors ("Paula Steiger, SDA")."""
    words = segment.split()
    if not words or segment.casefold().removeprefix("the ") in _AGENCIES:
        return False
    if len(words) == 1:
        word = words[0]
        return len(word) > 2 and word[0].isupper() and word[1:].islower() and word.isalpha()
    return words[0] == "The" and len(words) <= _MAX_WORDS


def _outlet_in_capitals(segment: str, caps: bool) -> bool:
    """A later segment of two or more words all in capitals, in a credit that is not all in
    capitals, names the outlet ("Jane Doe, USA TODAY"); agencies stay as in _place_or_outlet."""
    words = segment.split()
    return len(words) >= 2 and segment.isupper() and not caps and segment.strip().casefold() not in _AGENCIES


def _until_other_credit(text: str) -> str:
    """The credit before its first "Photographs by", "Updated by", "Reviewed by"...: those
    name people who did not write the story (the whole credit, when it opens with one)."""
    found = _OTHER_CREDIT.search(text)
    return text[: found.start()] if found else text


def _cut_clauses(segment: str, led: bool) -> str:
    """The segment without a trailing bio or date clause, and without the
    connective an Oxford comma leaves at its start (", and John Roe")."""
    # A leading space lets a clause match at the start: a segment that is only a date goes.
    segment = " " + _LEADING_CONNECTIVE.sub("", segment.strip())
    for pattern in (_DATE_CLAUSE, _BIO):
        found = pattern.search(segment)
        if found:
            segment = segment[: found.start()]
    return _before_digits(_after_role(_undouble(segment)), led)


def _before_digits(segment: str, led: bool) -> str:
    """A name followed by a date or a reading time in the same segment ("Jane Doe March 3",
    "Jane Doe 4 min read") keeps the name; names never hold digits. Only a name-shaped head
    (capitalised words, no label) is kept: "Reading time 4 min", "MDR THÜRINGEN Stand: 28.
    April" stay whole, to be refused. A credit without a lead-in ("By") must name no role:
    "Telegraph Sport 19 November" is a desk and a date."""
    found = _DIGIT.search(segment)
    if not found:
        return segment
    words = segment[: found.start()].split()
    while words and words[-1].lower().strip(".,") in DATE_WORDS:
        words.pop()
    capitalised = all((w[:1].isupper() or w in PARTICLES) and not w.endswith(":") for w in words)
    if not led and any(_is_role(w.lower().strip(".,")) for w in words):
        return segment
    return " ".join(words) if 2 <= len(words) <= _MAX_WORDS and capitalised else segment


def _after_role(segment: str) -> str:
    """Cut a place that follows a role word: "Korrespondent en Bruselas" -> "Korrespondent"."""
    words = segment.split()
    for i in range(1, len(words) - 1):
        if words[i] in ROLE_PLACE and words[i - 1].lower().strip(".,") in ROLE_WORDS:
            return " ".join(words[:i])
    return segment


def _undouble(segment: str) -> str:
    """An author card repeats the name above its bio: "Jane Doe Jane Doe" -> "Jane Doe"."""
    words = segment.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    return segment


def clean_name(part: str) -> str | None:
    """One name: lead-in removed, refused when it is a role, a handle, a URL or not name-shaped."""
    text = part.strip(" \t-–—:.,;|\"'“”«»→›©…")
    for _ in range(2):
        text = _LEAD_IN.sub("", text).strip(" -–—:.,©")
    if not text or len(text) > _MAX_NAME or text.startswith("@") or _DIGIT.search(text):
        return None
    if _BARE_LEAD.match(text) or text.casefold() in _DESK_ABBREVIATIONS:
        return None
    if ":" in text:  # a label and its value ("Schlagwort: Politik", "Teilen: Mehr")
        return None
    if _URLISH.search(text):
        return None
    if _GENERIC_INSIDE.search(text):
        return None
    caps = _CAPS_THEN_MIXED.match(text)
    if caps:  # "ERIC TUCKER Associated Press": the capitals are the name, the rest an affiliation
        text = caps.group(1)
    stripped = _strip_roles(text)
    words = _WORD.findall(stripped)
    if not words or len(words) > _MAX_WORDS or _not_a_person(text, stripped, words):
        return None
    if len(words) == 1 and stripped.islower() and stripped.casefold() not in _AGENCIES:
        return None  # a user name or initials ("uriebe", "amw"); "dpa" is an agency
    return recase(stripped)


def _not_a_person(text: str, stripped: str, words: list[str]) -> bool:
    """A credential, a role, a desk or a generic credit rather than a person's name.

    "Staff" and its kin refuse a credit unless they qualify a role beside a full name:
    "Jane Doe, Staff Writer" names Jane Doe; "Reuters Staff", "Guardian staff reporter",
    "Practical Horseman Editorial Staff" name nobody."""
    if len(words) == 1 and words[0].lower().replace(".", "") in CREDENTIALS:
        return True
    if all(_is_role(w.lower().strip(".")) for w in words) or any(w.lower() in GENERIC for w in words):
        return True
    if stripped == text:
        return False
    if _ACRONYM.match(stripped):
        return True
    dropped = [w.lower().strip(".,:") for w in text.split() if w not in stripped.split()]
    if len(words) == 1 and any(w in DESK for w in dropped):
        return True  # "Detroit News wire services": an outlet's desk, not a person
    if len(words) == 1 and stripped.lower() != stripped.upper() and any(w in ROLE_WORDS for w in dropped):
        return True  # "Court Reporter", "Washington Correspondent"; not "신현주 기자"
    if not any(w in GENERIC for w in dropped):
        return False
    qualifies = all(w not in GENERIC or i + 1 < len(dropped) for i, w in enumerate(dropped))
    return not qualifies or len(words) < 2 or stripped.casefold() in _AGENCIES


def _strip_roles(text: str) -> str:
    """Drop role words that trail or lead a name ("신현주 기자", "Reporter Jane Doe")."""
    words = text.split()
    while len(words) > 1 and _is_role(words[-1].lower().strip(".,:")):
        words.pop()
    while len(words) > 1 and _is_role(words[0].lower().strip(".,:")):
        words.pop(0)
    if len(words) > 2 and _AGENCY_CODE.match(words[-1]) and not words[-2].isupper():
        words.pop()  # "Jane Doe BBC": a byline's next line, joined to it, named the outlet
    for size in (1, 2):  # "Jane Doe dpa", "John Roe Associated Press": the same, an agency
        if len(words) > size + 1 and " ".join(words[-size:]) in _AGENCY_NAMES:
            del words[-size:]
    # A name ends in a capital: a lower-case word after it is a site's or a user's handle
    # ("Daniel Hentschel ebrosia"); particles lead surnames, they never end names.
    while len(words) > 2 and words[-1].islower() and words[-2][:1].isupper():
        words.pop()
    return " ".join(words)


def _is_role(word: str) -> bool:
    """A role word, a contact label, or a compound ending in a person's role
    ("berlin-korrespondentin"); not a newsroom's name ("mm-redaktion")."""
    if word in ROLE_WORDS or word in SOCIAL:
        return True
    if word.endswith(ROLE_SUFFIXES):
        return True  # "wirtschaftsredakteur", "us-korrespondentin"
    tail = word.rpartition("-")[2]
    return tail != word and tail in ROLE_WORDS and tail not in GENERIC


def recase(name: str) -> str:
    """Title-case a name written all in capitals, word by word and around hyphens; else keep it."""
    letters = [c for c in name if c.isalpha()]
    if " " not in name:
        return name  # one word in capitals is an acronym ("BDZV"), not a name to recase
    if len(letters) < 4 or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return name
    if not any(c.lower() != c.upper() for c in letters):
        return name
    words = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if i and low in PARTICLES:
            words.append(low)
            continue
        words.append("-".join(_cap(p) for p in word.split("-")))
    return " ".join(words)


def _cap(part: str) -> str:
    low = part.lower()
    if "'" in low or "’" in low:
        mark = "'" if "'" in low else "’"
        return mark.join(p[:1].upper() + p[1:] for p in low.split(mark))
    return low[:1].upper() + low[1:]
