"""Word tables for reading author credits: roles, desks, generic credits, credentials, particles,
and the words that stand between a name and what follows it. One home per table; ``authors``
reads them."""

from __future__ import annotations

from ..calendar_words import ENGLISH_WEEKDAYS, MONTHS, WEEKDAYS_BY_LANGUAGE


def _words(*rows: str) -> frozenset[str]:
    return frozenset(word for row in rows for word in row.split())


# Words that mark a role, a desk or a generic credit rather than a person's name.
ROLE_WORDS = _words(
    "staff reporter reporters correspondent correspondents editor editors writer writers",
    "contributor contributors columnist columnists producer producers journalist journalists",
    "newsroom desk team editorial redaktion redaktionen admin administrator webmaster guest",
    "author authors senior chief deputy managing associate political business sports science",
    "health affairs international national foreign news online digital web agencies agency",
    "wire wires service services bureau photographer photography photos video multimedia",
    "freelance freelancer contributing special newsdesk",
    # The same in the other languages we meet.
    "correspondant correspondante journaliste rédacteur rédactrice rédaction chroniqueur",
    "chroniqueuse envoyé envoyée spécial spéciale",
    "redakteur redakteurin korrespondent korrespondentin reporterin autorin nachrichtenagentur",
    "autoren autorinnen autor*in autor*innen autor:in autor:innen",
    "leitender leitende stellvertretender stellvertretende",
    "redacción periodista redactora redactor corresponsal enviado enviada especial columnista",
    "redazione giornalista corrispondente inviato inviata speciale",
    "redactie verslaggever toimitus redaksjonen muhabir muhabiri",
    "기자 특파원 記者 特派員 记者",
    # Beats and kinds of writing that qualify a role ("Opinion contributor").
    "opinion investigative economics technology politics culture entertainment features",
    "markets finance financial climate environment education sport",
    # Kinds of piece a credit may name instead of a writer ("Kommentar", "Analysis").
    "analysis commentary kommentar gastbeitrag meinung kolumne",
)
# Labels of contact links a byline box holds beside the name; stripped like role words.
SOCIAL = _words("twitter facebook instagram linkedin email e-mail mail follow x")
# Role words that, trailing a name, make it an outlet's desk ("Detroit News wire services").
DESK = _words("news wire wires service services agency agencies bureau")
# Words that make a whole credit generic ("Reuters Staff", "Guardian staff reporter").
GENERIC = _words(
    "staff newsroom newsdesk desk admin administrator webmaster support publisher",
    # The newsroom in the languages we meet ("Redacción Deportes", "Rédaction Économie").
    "redaktion redaktionen redacción rédaction redazione redactie redação",
    "redaksjonen redakcja redakce toimitus",
)
# Degrees and credentials that follow a name after a comma ("Jane Doe, MS, RDN").
CREDENTIALS = _words("ms msc ma mba mph md phd dr rd rdn rn do jd esq cpt cscs lmft")
# Particles that stay lower-case when we title-case a name written in capitals.
PARTICLES = _words("van von der den de del della di da dos du le la bin al")

# Month and weekday names that stand between a name and the digits of a date.
DATE_WORDS = (
    frozenset(MONTHS)
    | frozenset(ENGLISH_WEEKDAYS)
    | frozenset(WEEKDAYS_BY_LANGUAGE["de"])
    | {"am", "on", "le", "el"}
)
# Words that end a name with nothing after them ("Jane Doe Monday", "Jane Doe Yesterday"):
# English weekdays written out and the relative days. Not months ("May", "August" are names)
# nor other languages' weekdays ("Freitag", "Domingo" are surnames); those go only before digits.
TRAILING_DAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday heute gestern"
)
# German role nouns that end compounds written as one word ("Wirtschaftsredakteur").
ROLE_SUFFIXES = ("redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin")

# Prepositions that start a place only after a role word ("corresponsal en Bruselas"):
# elsewhere they are connectives or name particles ("Jan en Piet", "Ana da Silva").
ROLE_PLACE = _words("en a em di da de in à w v в")
