"""Headlines: the update/correction label they may carry, and wire slugs that stay in them.

``UPDATE 2-``, ``CORRECTED-``, ``(CORRECTED) -``, ``Update:``, ``BREAKING:`` are removed from
the headline and recorded as an ``Update``. Wire slugs that are not updates (``EXCLUSIVE-``,
``ANALYSIS-``, ``WRAPUP 1-``) are part of how the agency titles the story: they stay in the
headline and are also recorded in ``Article.slug``.
"""

from __future__ import annotations

import re

from ..model import NO_UPDATE, Update
from . import agencies

# Labels that mark a re-issued story, as written (case-insensitive).
UPDATE_LABELS: tuple[str, ...] = (
    "updated",
    "update",
    "corrected",
    "correction",
    "refile",
    "refiled",
    "rpt",
    "repeated",
    "repeat",
    "breaking news",
    "breaking",
    "clarified",
    "clarification",
    "urgent",
    "flash",
    "developing",
    "just in",
    "recasts",
    # The same labels in the languages of the corpora (regex fragments: apostrophes vary).
    "aktualisiert",
    "eilmeldung",
    "mise à jour",
    "dernière minute",
    "actualizado",
    "actualización",
    "última hora",
    "ultima hora",
    "ultim['’]ora",
    "aggiornamento",
    "son dakika",
    "güncelleme",
)
# Wire slugs that classify a story without re-issuing it.
SLUGS: tuple[str, ...] = (
    "EXCLUSIVE",
    "ANALYSIS",
    "FACTBOX",
    "WRAPUP",
    "INSIGHT",
    "COLUMN",
    "BREAKINGVIEWS",
    "EXPLAINER",
    "TIMELINE",
    "SPECIAL REPORT",
    "FOCUS",
    "INTERVIEW",
    "PREVIEW",
    "FEATURE",
    "GLOBAL MARKETS",
    "EMERGING MARKETS",
    "POLL",
    "SCENARIOS",
    "GRAPHIC",
    "QUOTEBOX",
    "FOREX",
    "PRECIOUS",
    "METALS",
    "US STOCKS",
    "EUROPE STOCKS",
    "CANADA STOCKS",
    "TREASURIES",
    "OIL",
    "GRAINS",
    "SOFTS",
    "FACTBOX",
    "VIEWPOINT",
    "OBITUARY",
    "PROFILE",
    "TAKE A LOOK",
)

_SEP = r"\s{0,3}(?:-{1,3}|[:–—|]|\s-)\s{0,3}"
_LABELS = "|".join(UPDATE_LABELS)
# "UPDATE 2-", "Update:", "(CORRECTED) -" and "(RPT) U.S. SAYS": parentheses need no dash.
_UPDATE = re.compile(
    rf"^(?:[(\[](?P<plabel>{_LABELS})[)\]]\s{{0,3}}(?:(?:-{{1,3}}|[:–—|])\s{{0,3}})?"
    rf"|(?P<label>{_LABELS})(?:\s{{0,2}}(?P<number>\d{{1,2}}))?{_SEP})(?=\S)",
    re.I,
)
# Local news sites set the label after the headline instead: "Road reopens after crash (UPDATED)".
_TRAILING = re.compile(
    rf"\s{{0,3}}[(\[](?P<label>{_LABELS})(?:\s{{0,2}}(?P<number>\d{{1,2}}))?[)\]]\s{{0,3}}$", re.I
)
_SLUG = re.compile(rf"^(?P<slug>{'|'.join(re.escape(s) for s in SLUGS)})(?:\s?\d{{1,2}})?-(?=\S)")
_SPACE = re.compile(r"\s+")


def split(headline: str) -> tuple[str, Update, str | None]:
    """``(headline without labels, update, slug)``; labels may chain (``RPT-UPDATE 1-``)."""
    text = _SPACE.sub(" ", headline).strip()
    update = NO_UPDATE
    for _ in range(3):
        match = _UPDATE.match(text)
        if not match:
            break
        update = _merge(update, match)
        text = text[match.end() :]
    text = agencies.HEADLINE_SUFFIX.sub("", text).strip()
    trailing = _TRAILING.search(text) if not update.flag else None
    if trailing:
        update, text = _merge(update, trailing), text[: trailing.start()].strip()
    slug = _SLUG.match(text)
    return text, update, slug.group("slug") if slug else None


def _merge(update: Update, match: re.Match[str]) -> Update:
    groups = match.groupdict()
    number = groups.get("number")
    label = update.label or groups.get("label") or groups.get("plabel")
    return Update(True, label, update.number or (int(number) if number else None))
