"""News agencies as datelines, headline suffixes and sign-offs name them: one table."""

from __future__ import annotations

import re

# Spellings as they appear in copy. Longer names first so alternation prefers them.
AGENCIES: tuple[str, ...] = (
    "Associated Press",
    "Agence France-Presse",
    "Canadian Press",
    "Press Association",
    "HealthDay News",
    "Bloomberg News",
    "Kyodo News",
    "Yonhap News Agency",
    "PR Newswire",
    "PRNewswire",
    "PRNewswire-FirstCall",
    "Business Wire",
    "BUSINESS WIRE",
    "GLOBE NEWSWIRE",
    "GlobeNewswire",
    "ACCESSWIRE",
    "Reuters Breakingviews",
    "Reuters Health",
    # Upper-case copies before the title-case ones, which ``CASED`` then prefers.
    "REUTERS",
    "REUTER",
    "Reuters",
    "Reuter",
    "RTTNews",
    "Bloomberg",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "Interfax",
    "Anadolu",
    "AA",
    "DHA",
    "İHA",
    "IHA",
    "dpa",
    "DPA",
    "AFP",
    "AP",
    "UPI",
    "ANSA",
    "EFE",
    "TASS",
    "PTI",
    "IANS",
    "ANI",
    "CNA",
    "CNN",
    "ANP",
    "NTB",
    "TT",
    "Lusa",
    "AAP",
    "KUNA",
    "WAM",
    "SPA",
    "APA",
    # National agencies whose copy sets a title-case place before them: "Jakarta (ANTARA) -",
    # "Warszawa (PAP) -". Names that are also English words (MAP, TAP, Trend) stay out.
    "ANTARA",
    "Jiji Press",
    "Jiji",
    "Bernama",
    "PAP",
    "ČTK",
    "CTK",
    "MTI",
    "BTA",
    "Tanjug",
    "HINA",
    "Belga",
    "Ritzau",
    "STT",
    "ATS",
    "AGI",
    "Adnkronos",
    "Europa Press",
    "Notimex",
    "Prensa Latina",
    "Télam",
    "Agência Brasil",
    "IRNA",
    "MENA",
    "SANA",
    "QNA",
    "KCNA",
    "VNA",
    "Ukrinform",
    "UNIAN",
    "BelTA",
    "RIA Novosti",
    "Agerpres",
    "dts Nachrichtenagentur",
    "Keystone-SDA",
    "KNA",
    "epd",
    "ots",
    "dts",
    "SID",
    "SDA",
    "CP",
    "PA",
    "SPACE.com",
    "LiveScience",
    "NewsFactor",
    "TechWeb",
    "Ziff Davis",
    "washingtonpost.com",
    "IDG News Service",
    "CNET News.com",
)

_ALTERNATION = "|".join(re.escape(a) for a in AGENCIES)
# The agency alone inside parentheses, or with partners and a regional service after slashes,
# as German copy writes them: "(Reuters)", "(dpa/lby)", "(AFP/dpa)".
_PARTNERS = r"(?:\s{0,2}/\s{0,2}[A-Za-z][\w-]{1,11}){0,3}"
IN_PARENS = re.compile(rf"\(\s{{0,2}}(?P<agency>(?:{_ALTERNATION}){_PARTNERS})\s{{0,2}}\)", re.I)
# Press-release wires set the agency between slashes: "NEW YORK, March 5, 2023 /PRNewswire/ --".
IN_SLASHES = re.compile(rf"/\s{{0,2}}(?P<agency>{_ALTERNATION})\s{{0,2}}/", re.I)
# A bare agency word at the end of a dateline prefix: "AP -", "OKLAHOMA CITY, Okla. March 11, Reuter -".
BARE_AT_END = re.compile(rf"(?:^|[\s,])(?P<agency>{_ALTERNATION})$")
# A headline that ends with its source: "Explosion Kills 2 Near Chechnya (AP)".
HEADLINE_SUFFIX = re.compile(rf"\s{{0,3}}\(\s{{0,2}}(?:{_ALTERNATION})\s{{0,2}}\)\s{{0,3}}$", re.I)
# Any source at the end of a headline: "Game review (IGN)". It is the story's source only when
# the lead names it too ("IGN - The game ..."), as syndication feeds write both; see ``lead_in``.
SOURCE_SUFFIX = re.compile(r"\s{0,3}\((?P<source>[^()\n]{2,40})\)\s{0,3}$")
_LEAD_DASH = re.compile(r"\s{0,2}(?:-{1,3}|[–—])\s{0,3}")
# Any source in parentheses at the end of a dateline prefix: "OSLO, May 3 (NTB Scanpix) -".
# Read only when a date or an upper-case place confirms the dateline; see ``source_name``.
ANY_IN_PARENS = re.compile(r"\((?P<agency>[^()]{2,40})\)\s{0,3}$")
_SOURCE_WORD = re.compile(r"[A-Z][\w.&'’-]{0,24}")
MAX_SOURCE_WORDS = 4
# A North American broadcaster's call sign, which local TV copy sets as its agency, with or
# without a place: "(KRON) —", "TAMPA, Fla. (WFLA) —", "(WSB-TV) -".
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM))?|[KW][A-Z]{2}-(?:TV|DT|FM|AM)")
# Inner capitals or a dot, as site and feed names write themselves: "SportsTicker", "CBS.MW".
_NAMED_LIKE_A_SITE = re.compile(r"[a-z][A-Z]|\w\.\w")
# Words of the labels pages set in parentheses before a dash, which name no source:
# "(File Photo) -", "(Live Updates) -", "(Video Report) -".
_MEDIA_LABELS = frozenset(
    (
        "photo",
        "photos",
        "file",
        "image",
        "images",
        "picture",
        "video",
        "videos",
        "graphic",
        "gallery",
        "audio",
        "watch",
        "listen",
        "live",
        "update",
        "updates",
        "updated",
        "breaking",
        "exclusive",
        "opinion",
        "analysis",
        "editorial",
        "correction",
        "corrected",
        "report",
        "sponsored",
    )
)  # fmt: skip
_SOURCE_CODE = re.compile(r"[a-z]{2,5}(?:/[a-z]{2,5}){0,2}")

# The bare sign-off of older wire copy: "Reuter", "REUTER", "reuter...".
SIGN_OFF = re.compile(r"(?P<signoff>Reuters?|REUTERS?|reuters?)[\s.…-]{0,6}")

CASED = {a.casefold(): a for a in AGENCIES}


def canonical(name: str) -> str:
    """The table's spelling of an agency matched case-insensitively, else the name as written."""
    return name if name in AGENCIES else CASED.get(name.casefold(), name)


def source_name(text: str) -> bool:
    """``Dow Jones``, ``CNN Business``, ``Example News``: one to four capitalised words."""
    words = text.split()
    return 0 < len(words) <= MAX_SOURCE_WORDS and all(_SOURCE_WORD.fullmatch(w) for w in words)


def source_alone(text: str) -> bool:
    """``Sports Network``, ``SportsTicker``, ``CBS.MW``: a source that may stand as a dateline alone.

    Feeds open a story with their name in parentheses and a dash, as ``(RTTNews) -`` does. One
    upper-case word is left out: ``(WHO) —`` and ``(UPDATE) —`` open sentences and labels.
    """
    words = text.split()
    if any(word.casefold() in _MEDIA_LABELS for word in words):
        return False
    return source_name(text) and (len(words) > 1 or _NAMED_LIKE_A_SITE.search(text) is not None)


def lead_in(text: str, source: str) -> int | None:
    """The end of ``source`` and its dash when ``text`` starts with them (``SPACE.com - ``)."""
    match = _LEAD_DASH.match(text, len(source)) if text.startswith(source) else None
    return match.end() if match else None


def call_sign(text: str) -> bool:
    """``KRON``, ``WSB-TV``: a station that names itself as a wire names itself."""
    return _CALL_SIGN.fullmatch(text) is not None


def source_code(text: str) -> bool:
    """``dpo``, ``red/mz``: a lower-case source code, as German and Austrian copy writes one.

    English prose never sets a lower-case code in parentheses before a dash, so a code after
    a capitalised place makes a dateline by itself.
    """
    return _SOURCE_CODE.fullmatch(text) is not None
