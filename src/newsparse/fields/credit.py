"""The credit grammar: ``(Reporting by A; Additional reporting by B; Editing by C and D)``.

A credit is a whole block (or the tail of the last block, for a bare ``Reuter`` sign-off).
Roles are found by their keywords wherever they stand, so roles run together without
separators still split; names are split on commas and ``and``, losing ``in CITY`` notes
and job titles.
"""

from __future__ import annotations

import re

from ..model import Credit

MAX_CREDIT = 600

# Role keyword spellings (typos included) -> the role they name. One home for the table.
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (r"(?:additional|addition|with|further|extra)\s{1,3}reporting\s{1,3}(?:by|from)", "additional_reporting"),
    # Bloomberg's "--With assistance from A and B."; USA Today's "Contributing: A".
    (r"(?:with\s{1,3})?assistance\s{1,3}(?:from|by)|contributing\s{0,2}:", "additional_reporting"),
    (r"reporting\s{1,3}by", "reporting"),
    (r"reported\s{1,3}by", "reporting"),
    (r"writing\s{1,3}by|written\s{1,3}by|wrting\s{1,3}by", "writing"),
    (r"editing\s{1,3}by|edited\s{1,3}by|editng\s{1,3}by|editig\s{1,3}by", "editing"),
    (r"compiled\s{1,3}by|compiling\s{1,3}by", "compiling"),
    (r"research\s{1,3}by", "research"),
    (r"graphics?\s{1,3}by", "graphics"),
    (r"photo\s{1,3}editing\s{1,3}by", "photo_editing"),
    (r"video\s{1,3}by", "video"),
    (r"photos?\s{1,3}by|photography\s{1,3}by", "photography"),
    (r"translat(?:ed|ion)\s{1,3}by", "translation"),
    (r"fact[- ]checking\s{1,3}by", "fact_checking"),
    (r"produced\s{1,3}by|production\s{1,3}by", "production"),
)
_ROLE = re.compile("|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(ROLE_WORDS)), re.I)
_ROLE_NAMES = {f"r{i}": role for i, (_, role) in enumerate(ROLE_WORDS)}
# A role keyword after nothing but punctuation and spaces: one anchored try settles most
# blocks, where a search would try every keyword at every position of the paragraph.
_ROLE_FIRST = re.compile(r"\A[\W_]*(?:" + "|".join(p for p, _ in ROLE_WORDS) + ")", re.I)

_CONTRIBUTED = re.compile(
    r"^(?P<names>.{3,400}?)\s{1,3}(?:also\s)?contributed(?:\s(?:reporting|to\sthis\s(?:report|story)))?"
    r"(?:\s(?:from|in)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})?\.?$",
    re.I,
)
# AP's closing note names where its writers reported from before who contributed: "Peoples
# reported from New York and Thomson-DeVeaux from Washington. Associated Press writers ...".
_REPORTED_FROM = re.compile(r"^(?:[^.]{3,160}?\breported\s(?:from|in)\s[^.]{2,120}\.\s{1,3}){1,2}(?=\S)")
# What the wire's terminal left after a sign-off: "^M", or a filing time and desk ("11:43/VB").
_SIGN_OFF_TRAIL = r"(?:\^M|\d{1,2}:\d{2}(?:/[A-Z]{1,4})?)?"
_SIGN_OFF_BLOCK = re.compile(rf"^(?P<raw>Reuters?|REUTERS?|reuters?)[\s.…-]{{0,6}}{_SIGN_OFF_TRAIL}$")
_SIGN_OFF_TAIL = re.compile(
    rf"(?<=[.!?\"')\d])\s{{1,12}}(?P<raw>Reuters?|REUTERS?|reuters?)[\s.…-]{{0,6}}{_SIGN_OFF_TRAIL}$"
)
# "in New York", "in Washington, D.C.", "in Cape Canaveral, Florida," but not "in Washington, Ann Saphir".
_PLACE_NOTE = re.compile(
    r"\s(?:in|from)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:,\s?[A-Z][\w.'’-]*(?=\s*(?:[,;)]|$|and\b)))?"
)
_TITLE_WORDS = re.compile(
    r"^(?:.{0,60}\b(?:writers?|correspondents?|reporters?|editors?|staff)\s)(?=(?-i:[A-Z]))", re.I
)
# Lower-case particles inside personal names ("Maria de la Cruz", "Jan van der Berg").
NAME_PARTICLES: tuple[str, ...] = (
    "de", "la", "le", "del", "della", "der", "den", "van", "von", "da", "di", "du", "dos", "bin", "al", "el",
)  # fmt: skip
# A person's name as credits write it: capitalised words, initials, particles; no digits.
_NAME = re.compile(rf"^[A-ZÀ-Þ][\w.'’-]*(?:\s(?:[A-ZÀ-Þ][\w.'’-]*|{'|'.join(NAME_PARTICLES)})){{0,5}}$")
# What a credit's tail may hold besides names: a phone, an address, a reader prompt.
_NOT_A_NAME = re.compile(
    r"[\d@:/]|\b(?:click|here|read|visit|see|follow|subscribe|contact|call|e-?mail|tel|phone|fax|coverage)\b",
    re.I,
)
_SPLIT_NAMES = re.compile(r"\s*(?:[,;&]|\band\b|\bund\b|\bet\b|\by\b)\s*")
# A sentence after the last name: "Editing by Helen Popper. Please credit the Thomson Reuters
# Foundation, ...". A word of three lower-case letters before the stop, so initials ("J.") and
# suffixes ("Jr.") never end the names, and a capitalised word then a lower-case one after it.
_SENTENCE_AFTER = re.compile(r"(?<=[a-z]{3})\.\s{1,3}(?=[A-Z][a-z]{1,20}\s[a-z])")


def find(text: str) -> Credit | None:
    """The credit a whole block states, or ``None``."""
    if len(text) > MAX_CREDIT:
        return None
    stripped = _bracket_only(text.strip())
    sign_off = _SIGN_OFF_BLOCK.match(stripped)
    if sign_off:
        return Credit(sign_off.group("raw"), {"agency": (sign_off.group("raw"),)})
    bracketed = stripped.startswith("(") and stripped.endswith(")")
    inner = stripped[1:-1].strip() if bracketed else stripped
    roles = _roles(inner) or _contributed(_REPORTED_FROM.sub("", inner, count=1))
    if not roles or not (bracketed or _all_names(roles)):
        return None
    return Credit(stripped, roles)


def _bracket_only(text: str) -> str:
    """A bracketed credit without what a page glued after it on the same line.

    ``(Reporting by A)Our Standards: ...`` or ``(Editing by B) ((b@example.com))``: the credit
    ends where its opening bracket closes.
    """
    if not text.startswith("("):
        return text
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return text[: i + 1]
    return text


def _all_names(roles: dict[str, tuple[str, ...]]) -> bool:
    """An unbracketed credit must list names, so a sentence like "Edited by hand, ..." is not one."""
    return all(_NAME.match(name) for names in roles.values() for name in names)


def sign_off_tail(text: str) -> tuple[str, Credit] | None:
    """``(text without it, credit)`` when a block ends with a bare ``Reuter`` sign-off."""
    match = _SIGN_OFF_TAIL.search(text[-40:])
    if not match:
        return None
    cut = len(text) - 40 + match.start() if len(text) > 40 else match.start()
    raw = match.group("raw")
    return text[:cut].rstrip(), Credit(raw, {"agency": (raw,)})


def _roles(inner: str) -> dict[str, tuple[str, ...]]:
    """Roles when the text starts with a role keyword."""
    if not _ROLE_FIRST.match(inner):
        return {}
    matches = list(_ROLE.finditer(inner))
    if not matches or any(c.isalnum() for c in inner[: matches[0].start()]):
        return {}
    roles: dict[str, tuple[str, ...]] = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(inner)
        role = _ROLE_NAMES[match.lastgroup or ""]
        names = tuple(n for n in split_names(inner[match.end() : end]) if _named(n))
        roles[role] = roles.get(role, ()) + names
    return {k: v for k, v in roles.items() if v}


def _named(name: str) -> bool:
    return not _NOT_A_NAME.search(name)


def _contributed(inner: str) -> dict[str, tuple[str, ...]]:
    match = _CONTRIBUTED.match(inner)
    if not match:
        return {}
    names = split_names(_TITLE_WORDS.sub("", match.group("names"), count=1))
    return {"additional_reporting": names} if names else {}


def split_names(segment: str) -> tuple[str, ...]:
    """Person names from ``A, B and C in London;`` style lists."""
    segment = _SENTENCE_AFTER.split(segment, maxsplit=1)[0].strip(" :;,.()\n")
    segment = _PLACE_NOTE.sub(" ", " " + segment).strip()
    names = []
    for part in _SPLIT_NAMES.split(segment):
        name = part.strip(" .:;()\"'")
        if name and any(c.isalpha() for c in name) and len(name) <= 80:
            names.append(re.sub(r"\s+", " ", name))
    return tuple(names)
