"""Author names from raw credits: strip "By", split lists, drop roles, handles, e-mails and URLs.

A raw credit is whatever a page states (``"By JANE DOE and John Roe, Reuters"``); the result is a
tuple of names. A name the page writes in capitals is title-cased word by word (never merged),
otherwise the page's own case is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..scoring import fold

_MAX_CREDIT = 400
_MAX_NAME = 60
_MAX_WORDS = 6

# Lead-ins that introduce a credit in the languages we meet ("By", "Von", "Par"...).
_LEAD_IN = re.compile(
    r"^\s{0,5}(?:(?:written|reported|posted|compiled|text|words|story|reporting|photos?)\s{1,3}by|by|von|vom|"
    r"par|por|door|av|af|text|texte|autor(?:in)?|author|auteur|autore|redakteur(?:in)?|reporter|from|"
    r"текст|автор|фото|yazan|kirjoittanut|tekst|(?:zeige\s)?alle\sbeiträge\svon|(?:view\s)?all\sposts\sby|"
    r"more\sfrom|voir\stous\sles\sarticles\sde|ver\stodas\slas\sentradas\sde|"
    r"(?-i:di|de|da))\s{0,3}[:\-–]?\s{1,3}(?=\S)",
    re.I,
)
# Separators between names in a credit list; the connectives are whole words only.
_SPLIT = re.compile(
    r"\s{0,3}(?:[,;|/•·、，]|\s(?:and|und|&|y|e|et|og|och|en|ve|i|и|a|ja)\s|\s&amp;\s)\s{0,3}",
    re.I,
)
_PARENS = re.compile(r"\([^()]{0,80}\)|\[[^\[\]]{0,80}\]")
_EMAIL = re.compile(r"\S{1,64}@\S{1,255}\.\w{2,}")
_URLISH = re.compile(r"https?:|www\.|\.(?:com|org|net|html?|php)\b|/", re.I)
_DIGIT = re.compile(r"\d")
# A desk credit once its role word is gone: "AP Auto (Writer)", "BBC Sport (Reporter)".
_ACRONYM = re.compile(r"^[A-Z]{2,4}\b")
_CAPS_THEN_MIXED = re.compile(r"^((?:[A-Z][A-Z'’.-]{1,20} ){1,4}[A-Z][A-Z'’.-]{1,20}) [A-Z][a-z]")
_WORD = re.compile(r"[^\W\d_][^\s]{0,40}")

# Words that mark a role, a desk or a generic credit rather than a person's name.
ROLE_WORDS = frozenset(
    [
        "staff",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "writer",
        "writers",
        "contributor",
        "contributors",
        "columnist",
        "columnists",
        "producer",
        "producers",
        "journalist",
        "journalists",
        "newsroom",
        "desk",
        "team",
        "editorial",
        "redaktion",
        "redaktionen",
        "admin",
        "administrator",
        "webmaster",
        "guest",
        "author",
        "authors",
        "senior",
        "chief",
        "deputy",
        "managing",
        "associate",
        "political",
        "business",
        "sports",
        "science",
        "health",
        "affairs",
        "international",
        "national",
        "foreign",
        "news",
        "online",
        "digital",
        "web",
        "agencies",
        "agency",
        "wire",
        "wires",
        "service",
        "services",
        "bureau",
        "photographer",
        "photography",
        "photos",
        "video",
        "multimedia",
        "freelance",
        "freelancer",
        "contributing",
        "special",
        "correspondant",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "toimitus",
        "redaksjonen",
        "redaktionen",
        "nachrichtenagentur",
        "correspondante",
        "journaliste",
        "rédacteur",
        "rédactrice",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "reporterin",
        "autorin",
        "periodista",
        "redactora",
        "redactor",
        "giornalista",
        "corrispondente",
        "기자",
        "특파원",
        "記者",
        "特派員",
        "记者",
    ]
)
# Words that make a whole credit generic ("Reuters Staff", "Guardian staff reporter").
_GENERIC = frozenset(
    {"staff", "newsroom", "redaktion", "desk", "admin", "administrator", "webmaster", "support", "publisher"}
)
_GENERIC_INSIDE = re.compile(r"admin|webmaster|sources\b", re.I)
# Degrees and credentials that follow a name after a comma ("Jane Doe, MS, RDN").
CREDENTIALS = frozenset(
    {
        "ms",
        "msc",
        "ma",
        "mba",
        "mph",
        "md",
        "phd",
        "dr",
        "rd",
        "rdn",
        "rn",
        "do",
        "jd",
        "esq",
        "cpt",
        "cscs",
        "lmft",
    }
)
_HANDLE = re.compile(r"\s@\w{1,30}")
# Particles that stay lower-case when we title-case a name written in capitals.
_PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "le", "la", "bin", "al"]
)


def clean_authors(raws: Iterable[str], site: Iterable[str] = ()) -> tuple[str, ...]:
    """Names from raw credits, de-duplicated; ``site`` holds squashed site names to refuse."""
    refused = set(site)
    out: list[str] = []
    seen: set[str] = set()
    for raw in raws:
        for name in split_credit(raw):
            key = fold(name)
            if key in seen or _squash(key) in refused:
                continue
            seen.add(key)
            out.append(name)
    return tuple(out)


def split_credit(raw: str) -> list[str]:
    """The names in one raw credit string, cleaned."""
    text = " ".join(raw.split())[:_MAX_CREDIT]
    if not text or _URLISH.match(text):
        return []
    text = _HANDLE.sub(" ", _EMAIL.sub(" ", _PARENS.sub(" ", text)))
    names = []
    for part in _SPLIT.split(text):
        name = clean_name(part)
        if name:
            names.append(name)
    return names


def clean_name(part: str) -> str | None:
    """One name: lead-in removed, refused when it is a role, a handle, a URL or not name-shaped."""
    text = part.strip(" \t-–—:.,;|\"'“”«»→›")
    for _ in range(2):
        text = _LEAD_IN.sub("", text).strip(" -–—:.,")
    if not text or len(text) > _MAX_NAME or text.startswith("@") or _DIGIT.search(text):
        return None
    if _URLISH.search(text):
        return None
    words = _WORD.findall(text)
    if any(w.lower() in _GENERIC for w in words) or _GENERIC_INSIDE.search(text):
        return None
    if len(words) == 1 and words[0].lower().strip(".") in CREDENTIALS:
        return None
    caps = _CAPS_THEN_MIXED.match(text)
    if caps:  # "ERIC TUCKER Associated Press": the capitals are the name, the rest an affiliation
        text = caps.group(1)
    stripped = _strip_roles(text)
    words = _WORD.findall(stripped)
    if not words or len(words) > _MAX_WORDS or (stripped != text and _ACRONYM.match(stripped)):
        return None
    if all(w.lower().strip(".") in ROLE_WORDS for w in words):
        return None
    return recase(_strip_roles(text))


def _strip_roles(text: str) -> str:
    """Drop role words that trail or lead a name ("신현주 기자", "Reporter Jane Doe")."""
    words = text.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in ROLE_WORDS:
        words.pop()
    while len(words) > 1 and words[0].lower().strip(".,:") in ROLE_WORDS:
        words.pop(0)
    return " ".join(words)


def recase(name: str) -> str:
    """Title-case a name written all in capitals, word by word and around hyphens; else keep it."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return name
    if not any(c.lower() != c.upper() for c in letters):
        return name
    words = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if i and low in _PARTICLES:
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


def _squash(key: str) -> str:
    return re.sub(r"[\W_]", "", key)
