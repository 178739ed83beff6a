"""Page chrome both front doors drop: one table of whole-line patterns, kept as data.

``DROP`` lines are chrome wherever they stand. ``END`` lines are footers: once the story
has begun, such a line and everything after it are chrome. ``BREAK`` lines head the boxes
that follow a story on a whole page (related stories, comments, tags): a story does not
run on past one. Patterns match a whole line (case-insensitive) and are only tried on
lines short enough to be chrome. Each table has an English core and a multilingual section
(German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Turkish).
"""

from __future__ import annotations

import importlib
import re

MAX_CHROME_LINE = 220

# One social network, maybe with the account ("Twitter (@NYTopinion)").
_SOCIAL = r"(?:facebook|twitter|instagram|youtube|linkedin|tiktok|threads|bluesky|x)(?: \(@\w{1,30}\))?"

DROP: tuple[str, ...] = (
    r"top of (?:the )?page",
    r"back to top",
    r"skip to (?:main |primary )?(?:content|navigation|search|footer)",
    r"skip (?:navigation|links?)",
    r"jump to (?:main )?content",
    r"(?:main )?menu",
    r"navigation",
    r"toggle navigation",
    r"open (?:the )?menu",
    r"close(?: menu)?",
    r"search",
    r"share(?: this(?: article| story| page)?)?(?: on \w+)?",
    r"share via",
    r"share this entry",
    # The video player's notice: "To view this video please enable JavaScript, and consider upgrading..."
    r"to view this video please enable javascript.{0,120}",
    r"(?:facebook|twitter|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|copy link|x)",
    r"tweet",
    r"advert(?:isement)?(?: \d{1,2})?",
    # An ad slot's placeholder: "This advertisement has not loaded yet, but your article continues below."
    r"this advertisement has not loaded yet.{0,60}",
    r"this slideshow requires javascript\.?",
    r"(?:scroll to continue|continue reading)(?: with content)?",
    r"story continues below(?: advertisement)?",
    r"sponsored(?: content)?",
    r"ad",
    r"subscribe(?: now| today)?",
    r"subscribe to (?:our|the) newsletters?.{0,80}",
    r"sign up (?:for|to) (?:our|the) .{0,60}newsletters?.{0,80}",
    r"(?:sign|log) ?in(?: to .{0,40})?",
    r"(?:sign|log) ?out",
    r"register",
    r"create (?:a free )?account",
    r"newsletters?",
    r"we use cookies.{0,200}",
    r"(?:accept|reject|manage)(?: all)? cookies",
    r"cookie (?:settings|policy|preferences)",
    r"(?:read|see|view) (?:more|all)(?: stories| news| articles)?:?",
    r"related(?: articles?| stories| content| news| coverage| topics)?:?",
    r"(?:more|recommended|popular|trending)(?: for you| stories| news| articles| reading)?:?",
    r"you may also like:?",
    r"most (?:read|popular|viewed)",
    r"comments?(?: \(\d+\))?",
    r"\d+ comments?",
    r"leave a (?:comment|reply)",
    r"follow us(?: on .{0,40})?",
    # "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
    r"follow [\w.&'@ -]{1,60} on " + _SOCIAL + r"(?:(?:,|,? and|,? &) " + _SOCIAL + r"){0,6}\.?",
    r"to add symbols:?",
    r"these symbols will be available throughout the site during your session\.?",
    r"(?:photo|image|picture|video)(?: credit)?:.{0,120}",
    r"(?:file )?photo",
    r"[\w.&' ]{1,40} ->",  # "Reuters ->": a syndication link, matched on the raw line
    # A reporter's contact box, "((jane.doe@example.com; +1 202 555 0100))", but not a credit
    # that a page glued it to: "(Reporting by A; Editing by B) ((a@example.com))".
    r"\(?\([^()]{0,120}@.{0,160}\)\)?",
    r"keywords?:.{0,300}",
    r"click here.{0,100}",
    r"print this (?:article|page)",
    r"email this (?:article|page)",
    r"listen to (?:this )?(?:article|story)(?: \d+ min)?",
    r"\d+ min(?:ute)? read",
    r"\d{1,3} min\.?",
    # A picture's caption ending in its credit ("The quay at dawn © Jan Pauls").
    r"[^©]{1,200}©\s?[^©]{1,60}",
    # -- whole-page copies (English): widgets and labels a browser's "save as text" keeps --
    r"(?:read|see) (?:more|also)\s?:.{0,200}",
    r"(?:also read|read next|more on this(?: story| topic)?|watch|listen)\s?:.{0,200}",
    r"(?:link copied|copy(?: the)? link|bookmark|save(?: article| for later)?|gift (?:this )?article)",
    r"(?:link copied|copy link) bookmark",
    r"(?:home|homepage|news|latest news|top stories|sections|topics|video|videos|podcasts?|opinion)",
    r"(?:about us|contact us|contact|terms(?: of (?:use|service))?|privacy(?: policy)?)",
    r"terms (?:and|&) conditions",
    # A footer's links run together: "Terms of Service Privacy Notice".
    r"(?:terms of (?:service|use)|privacy (?:notice|policy))(?: (?:terms of (?:service|use)|privacy"
    r" (?:notice|policy)|cookie policy|your california privacy rights)){1,3}",
    r"(?:cookie|privacy) (?:notice|settings|choices)|do not sell my (?:personal )?information",
    r"(?:sign up|register) (?:now|here|for free)|get the app|download (?:the|our) app",
    r"sign up|thanks? (?:you )?for signing up!?",
    r"(?:previous|next)(?: article| story| post)?|(?:older|newer) posts?",
    r"(?:like|reply|report|follow|unfollow)",
    r"(?:antworten|répondre|responder|rispondi|responder|reageren|svara|svar|yanıtla)",
    r"(?:show|hide|load) (?:more|comments|replies)",
    r"(?:enlarge|expand|zoom)(?: image| this image)?|view (?:image|gallery|slideshow)",
    r"(?:image|photo|picture|video)s? \d{1,3}(?: of \d{1,3})?",
    r"\d{1,3} ?/ ?\d{1,3}",
    r"0:00(?: / \d{1,2}:\d{2})?",
    r"(?:audio|video) (?:player|version)|play(?: video)?|pause|mute|unmute",
    r"(?:loading|please wait)(?:\.{3}|…)?",
    r"this (?:article|story) (?:is|was) (?:more than|over) .{0,40} old",
    # A live blog's entry header: "21 mins ago 11:48 Jon King".
    r"\d{1,3} (?:mins?|minutes?|hours?|hrs?) ago ?\d{1,2}:\d{2}(?: [\w'’.-]{1,20}){0,3}",
    r"[\W_]{1,40}",
    r"(?:search for|suche nach|rechercher|buscar)\s?:.{0,40}",
    r"(?:already have an account|not a subscriber|subscribers? only|for subscribers)\s?\??.{0,40}",
    r"(?:article réservé aux abonnés|vous possédez déjà un compte \?|réservé aux abonnés)",
    r"(?:s['’]inscrire|inscrivez-vous)(?: gratuitement)?|ajouter à vos sélections",
    r"(?:haben sie bereits ein (?:konto|abo)\??|nur für abonnenten|exklusiv für abonnenten)",
    # -- whole-page copies (other languages) --
    r"(?:anmelden|abmelden|einloggen|registrieren|abonnieren|abo|jetzt abonnieren|suche|suchen|menü)",
    r"(?:startseite|navigation überspringen|zum inhalt springen|zur navigation|nach oben|zurück|weiter)",
    r"(?:artikel )?(?:teilen|drucken|merken|vorlesen|speichern)(?: mit:?)?|link kopiert|artikel verschenken",
    r"weitere videos",
    r"(?:lesedauer|lesezeit|temps de lecture|tiempo de lectura)\s?:?\s?\d{1,3}\s?min(?:\.|uten?)?",
    r"(?:werbung|anzeige|kommentare?|kontakt|impressum|datenschutz(?:erklärung|einstellungen|hinweise)?)",
    r"(?:lesen sie (?:auch|mehr)|mehr zum thema|weiterlesen|auch interessant|mehr anzeigen)\s?:?.{0,200}",
    r"(?:bild|foto|quelle|bildrechte|bildquelle)\s?:.{0,120}",
    r"(?:se connecter|connexion|s'abonner|s’abonner|abonnez-vous|rechercher|accueil|fermer|partager)",
    r"(?:publicité|commentaires?|mentions légales|imprimer|newsletter)",
    r"(?:lire aussi|lire la suite|à lire aussi|voir aussi|lire plus tard)\s?:?.{0,200}",
    r"(?:iniciar sesión|suscríbete|suscribirse|buscar|inicio|cerrar|compartir|publicidad|comentarios)",
    r"(?:lee también|leer más|ver más|te puede interesar|más información)\s?:?.{0,200}",
    r"(?:accedi|abbonati|cerca|chiudi|condividi|pubblicità|commenti|leggi anche|leggi di più)\s?:?.{0,200}",
    r"(?:entrar|assine|pesquisar|fechar|partilhar|compartilhar|publicidade|comentários)",
    r"(?:leia (?:também|mais)|saiba mais|veja também)\s?:?.{0,200}",
    r"(?:inloggen|abonneren|zoeken|sluiten|delen|advertentie|reacties|lees (?:ook|meer))\s?:?.{0,200}",
    r"(?:logga in|prenumerera|sök|stäng|dela|annons|läs (?:också|mer)|kommentarer)",
    r"(?:logg inn|abonner|søk|lukk|del|annonse|vis mer|les mer|les også)",
    r"(?:giriş yap|abone ol|ara|kapat|paylaş|haberi paylaş|reklam|yorumlar|önceki|sonraki)",
    r"explore more on (?:these|this) topics?",
    r"(?:this is a )?breaking(?: new| news)? story.{0,10}(?:more to follow|check back.{0,40})",
    r"(?:weitere themen|zitiervorschlag|mit agenturmaterial\.?)",
    # An embed's placeholder: "Empfohlener redaktioneller Inhalt", "Externer Inhalt".
    r"empfohlener redaktioneller inhalt|externer inhalt(?: datenschutzerklärung)?",
    r"bitte aktivieren sie javascript,? (?:damit|um) sie diesen inhalt anzeigen (?:können|zu können)\.?",
    r"mehr themen(?: auf [\w.-]{1,30})?:?",
    # A box's skip links for screen readers: "skip past newsletter promotion" ... "after
    # newsletter promotion".
    r"(?:skip past|after) [\w -]{1,40} promotion",
    r"enter your email(?: address)?:?",
    # A comment form's note (WordPress): "Your email address will not be published. Required
    # fields are marked *".
    r"(?:your email address|(?:deine|ihre) e-mail-adresse)"
    r" (?:will not be published|wird nicht veröffentlicht)\.?[^.]{0,80}\.?",
    # The site's notes on what it did not write: "... is not responsible for the opinions
    # ... presented by contributors.", "Les opinions exprimées ... n'engagent que leurs auteurs.",
    # "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet. Sie wurde automatisch ...".
    r"[^.]{1,60} (?:is|are) not responsible for the (?:(?:opinions|views|comments)[^.]{0,150}"
    r"(?:contributors|users|readers|commenters|third parties)|content of external)[^.]{0,60}\."
    r"(?: [^.]{1,100}\.){0,2}",
    r"(?:les )?(?:opinions|propos|idées) [^.]{0,120}n['’]engagent que (?:leurs|leur|son|ses) auteurs?\.?",
    r"[^.]{1,40} hat diese meldung redaktionell nicht bearbeitet\.[^.]{0,160}\.?",
    r"diese zusammenfassung wurde (?:künstlich|automatisch) (?:erzeugt|erstellt)\."
    r"[^.]{0,160}(?:\.[^.]{0,120}){0,2}",
    r"an dieser stelle finden sie externen inhalt[^.]{0,100}\.[^.]{0,160}\.?",
    r"mit meiner anmeldung zum newsletter stimme ich der werbevereinbarung zu\.?",
    # A template slot left unfilled in the markup ("$$ARTICLEAD$$", "{{ad_slot}}").
    r"(?:\$\$|%%|\{\{) ?[\w.-]{1,40} ?(?:\$\$|%%|\}\})",
)

END: tuple[str, ...] = (
    r"bottom of (?:the )?page",
    r"(?:copyright ?)?(?:©|\(c\)).{0,150}",
    r"copyright \d{4}.{0,150}",
    # "Copyright Central Europe Wire": a few words, never a sentence ("Copyright lawyers said...").
    r"copyright [^\s.]{1,40}(?:\s[^\s.]{1,40}){0,4}",
    r"the views and opinions expressed herein .{0,200}",
    # A broadcaster's note under the story: "Dieses Thema im Programm: MDR THÜRINGEN | 28. April 2023".
    r"dieses thema im programm:?.{0,200}",
    # A paywall's notice: what follows it is the site's offer, never the story.
    r"il vous reste [\d.,]{1,6} ?% de cet article à lire\..{0,80}",
    r"la suite est réservée aux abonnés\.?",
)

# Notices that may sit anywhere in a line, as (words, pattern): the pattern's leading
# ".{0,N}" makes the regex try the rest at each of N characters, so it is tried only on a
# line holding one of the words (in lower case).
DROP_ANYWHERE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("cookies",), r".{0,120}\b(?:site|website|page|app|we|service) uses? cookies\b.{0,160}"),
)
END_ANYWHERE: tuple[tuple[tuple[str, ...], str], ...] = (
    (("reserved",), r".{0,150}\ball rights reserved\.?"),
    (
        ("vorbehalten", "réservés", "reservados", "riservati", "voorbehouden"),
        r".{0,150}\b(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
        r"|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\.?",
    ),
)

BREAK: tuple[str, ...] = (
    r"related(?: articles?| stories| content| news| coverage| topics| posts| links| reading)?",
    r"(?:more|recommended|popular|trending|latest|top|recent|newest)"
    r"(?: for you| stories| news| articles| reading| videos| headlines| posts)",
    r"more (?:from|on|in|about) .{1,60}",
    r"(?:trending|popular|most popular|latest|top stories) (?:on|at|in|from) .{1,40}",
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)",
    r"(?:don't miss|editor's picks|around the web)",
    r"most (?:read|popular|viewed|shared|commented)",
    r"(?:\d+ )?comments?(?: \(\d+\))?|leave a (?:comment|reply)|join the (?:conversation|discussion)",
    # "12 Kommentare", "3 commentaires": a count heads the comments in any language.
    r"\d{1,5} (?:kommentare?|commentaires?|comentarios?|comment[io]|reacties|reactie|kommentar(?:er)?|yorum)",
    r"(?:tags?|topics|filed under|categories|schlagwörter|themen|mots-clés|etiquetas)(?:\s?:.{0,200})?",
    r"share (?:this|the) (?:article|story|page)|share this:?",
    r"(?:das könnte sie (?:auch )?interessieren|weitere artikel|ähnliche artikel|meistgelesen)",
    r"am beliebtesten|schon gelesen\??|auch lesenswert",
    r"(?:aktuelles\s?:\s?|aktuelle |top-?)?schlagzeilen",
    r"(?:verwandte|ähnliche|weitere|neueste|aktuelle|beliebteste) (?:artikel|beiträge|themen|meldungen)",
    r"themen (?:in|zu) diesem artikel|mehr zu diesen themen",
    # Sources and picture credits listed under the story, a shop's picks after them.
    r"(?:quellen(?:angaben)?|einzelnachweise|literaturverzeichnis|references|bibliography|referencias)",
    r"(?:bild|foto)nachweis(?:e)?|(?:image|photo) credits|empfehlungen aus (?:dem|unserem) .{1,60}",
    r"mehr aus .{1,40}",
    # "Fehler auf taz.de entdeckt?", "Haben Sie einen Fehler gefunden?": the corrections box.
    r"(?:haben sie )?(?:einen )?fehler (?:auf [\w.-]{1,30} |im (?:text|artikel) )?(?:entdeckt|gefunden)\??",
    r"(?:mehr|weitere) (?:news|nachrichten)",
    r"(?:sur le même sujet|les plus lus|à lire également|nos (?:autres )?articles)",
    r"(?:noticias relacionadas|lo más leído|más noticias|también te puede interesar)",
    r"(?:entradas recientes|art[íi]culos relacionados|derniers articles|articles récents)",
    r"(?:articoli correlati|potrebbe interessarti|i più letti|articoli recenti)",
    r"(?:notícias relacionadas|mais lidas)",
    r"(?:meer nieuws|gerelateerde artikelen|meest gelezen)",
    r"(?:relaterade artiklar|mest lästa)",
    r"(?:ilgili haberler|en çok okunanlar)",
)

# Headings that open a page's comments ("Leave a Reply", "Kommentar verfassen"), with the
# "Cancel reply" link a whole page's comment form keeps on the same line: a story never
# resumes after one.
COMMENTS_HEAD: tuple[str, ...] = (
    r"leave a (?:reply|comment)|post a comment|add a comment|\d{1,5} (?:comments?|responses?|replies)",
    r"comments?(?: \(\d{1,5}\))?|kommentare?(?: verfassen| schreiben)?|lesermeinungen",
    r"schreib(?:e|en sie) einen kommentar|einen kommentar (?:schreiben|hinterlassen)",
    r"deja (?:un|tu) comentario|comentarios|laisser un commentaire|commentaires|lascia un commento",
    r"commenti|deixe (?:um|seu) comentário|reacties|plaats een reactie|skriv en kommentar",
    r"\d{1,5} (?:kommentare?|commentaires?|comentarios?|comment[io]|reacties|reactie|kommentar(?:er)?|yorum)",
)
_CANCEL_REPLY = r"(?: cancel reply| abbrechen| annuler la réponse| cancelar respuesta| annulla risposta)?:?"

SHORT_LINE = 48  # lines this short are tried against every pattern, longer ones only against long ones


def _max_width(pattern: str) -> int:
    """The longest text a pattern can match (from the ``re`` module's own parser)."""
    try:
        parser = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10 keeps the parser under its older name
        parser = importlib.import_module("sre_parse")
    return int(parser.parse(pattern, re.I).getwidth()[1])


def _require_lower_case(pattern: str) -> None:
    """The tables match lower-cased lines, so an upper-case letter would never match."""
    letters = re.sub(r"\\.", "", pattern)  # escapes such as \S and \W keep their case
    if letters != letters.lower():
        raise ValueError(f"chrome pattern not in lower case: {pattern!r}")


class _Table:
    """One table compiled twice: all patterns for short lines, only long-reaching ones for
    long lines, so the many short widget patterns cost nothing on story paragraphs; the
    ``anywhere`` patterns are tried one by one, and only when their words are in the line."""

    def __init__(
        self, patterns: tuple[str, ...], anywhere: tuple[tuple[tuple[str, ...], str], ...] = ()
    ) -> None:
        for pattern in (*patterns, *(p for _, p in anywhere)):
            _require_lower_case(pattern)
        long_ = [p for p in patterns if _max_width(p) > SHORT_LINE]
        # The patterns are lower case and run case-sensitively on the lower-cased line: under
        # re.I the engine cannot skip ahead to the letters an alternation's words start with.
        self._short = re.compile("|".join(f"(?:{p})" for p in patterns))
        self._long = re.compile("|".join(f"(?:{p})" for p in long_) or r"(?!)")
        # One (word, pattern) pair per word: a plain loop of substring tests, no generators.
        self._anywhere = tuple((word, re.compile(p)) for words, p in anywhere for word in words)
        # Every compiled pattern, for the regex audit in the tests.
        self.patterns = (self._short, self._long, *(pattern for _, pattern in self._anywhere))

    def fullmatch(self, key: str) -> bool:
        lowered = key.lower()
        table = self._short if len(key) <= SHORT_LINE else self._long
        return table.fullmatch(lowered) is not None or (
            bool(self._anywhere) and self._anywhere_match(lowered)
        )

    def _anywhere_match(self, lowered: str) -> bool:
        # A loop, not any(generator): this runs on every story paragraph.
        for word, pattern in self._anywhere:
            if word in lowered and pattern.fullmatch(lowered) is not None:
                return True
        return False


# Words of the site's own prose (consent notices, subscription and donation appeals) that
# whole pages set among the story's paragraphs. A paragraph that uses several of them is
# a notice, not story text. Lower case; a word matches at the start of a word.
PROMO: tuple[str, ...] = (
    # English
    "cookie",
    "consent",
    "privacy",
    "newsletter",
    "subscri",
    "donat",
    "sign up",
    "log in",
    "your browser",
    "javascript",
    "ad blocker",
    "adblock",
    "support our",
    "independent journalism",
    "terms of service",
    "personal data",
    "unlimited access",
    "your inbox",
    "become a member",
    "sustaining member",
    "support the journalism",
    "nonprofit news",
    "reader-supported",
    # German, French, Spanish, Italian, Portuguese, Dutch
    "einwilligung",
    "datenschutz",
    "abonn",
    "spende",
    "anmeld",
    "registrier",
    "ihr konto",
    "consentement",
    "données personnelles",
    "suscri",
    "privacidad",
    "datos personales",
    "iscriviti",
    "informativa",
    "dati personali",
    "assinante",
    "assine",
    "dados pessoais",
    "toestemming",
    "abonnee",
    "inschrijven",
)
# Searched case-sensitively in the lower-cased paragraph: under re.I the engine cannot skip
# ahead to the letters the words start with, and this runs on every story paragraph.
_PROMO = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in PROMO) + ")")
PROMO_HITS = 3  # distinct promo words that make a paragraph a notice
PROMO_LONG = 4  # the same for paragraphs of 40 words and more

# Words of a page's controls (share bars, login boxes, skip links, comment counters). A
# short line holding two of them, or one of the phrases, is a control's label, never a
# headline ("Share Close extra sharing options", "Kontakt Login suchen", "Nessun commento").
# Lower case, whole words; words common in headlines ("close", "open", "search") are left out.
UI_WORDS: frozenset[str] = frozenset(
    """
    share sharing print email emails e-mail copy copied link links url window options panel
    menu login logout subscribe subscribed newsletter newsletters comments reply bookmark
    password username account skip navigation
    teilen drucken merken anmelden abmelden einloggen suchen kontakt kommentare passwort
    benutzername registrieren
    partager imprimer commentaires connexion rechercher abonnez contenu
    compartir imprimir comentarios ingresar contenido suscríbete
    condividi stampa commenti nessun commento accedi
    compartilhar partilhar comentários pesquisar
    """.split()  # noqa: SIM905
)
UI_PHRASES = re.compile(
    r"\b(?:continue reading|sign up|log in|skip to|read more|click here|new window|with friends"
    r"|pasar al contenido|ir al contenido|aller au contenu|zum inhalt)\b"
)
_UI_WORD = re.compile(r"[^\W\d_][\w-]{0,30}")
MAX_UI_LINE = 120


def ui_hits(line: str) -> int:
    """How strongly a short line reads as a control's label: distinct control words, and
    two for a control's phrase."""
    if len(line) > MAX_UI_LINE:
        return 0
    lowered = line.lower()
    words = {w for w in _UI_WORD.findall(lowered) if w in UI_WORDS}
    return len(words) + (2 if UI_PHRASES.search(lowered) else 0)


_DROP = _Table(DROP, DROP_ANYWHERE)
_END = _Table(END, END_ANYWHERE)
_BREAK = _Table(BREAK)
_COMMENTS = re.compile("(?:" + "|".join(COMMENTS_HEAD) + ")" + _CANCEL_REPLY, re.I)
# Marks trimmed off a line's ends, besides whitespace (a colon only at the end).
_LEAD_MARKS = "|•·»›>*#_=~-"
_TRAIL_MARKS = _LEAD_MARKS + ":"


def _key(line: str) -> str:
    """The line without leading and trailing whitespace and marks: str.strip in C, where a
    regex would try its trailing class at every position of a sentence ending in a period."""
    if line[:1].isalnum() and line[-1:].isalnum():
        return line  # nothing to trim; most story lines take this path
    trimmed = line.lstrip().lstrip(_LEAD_MARKS)
    while trimmed != line:  # whitespace and marks may alternate: "» - Home"
        line, trimmed = trimmed, trimmed.lstrip().lstrip(_LEAD_MARKS)
    trimmed = line.rstrip().rstrip(_TRAIL_MARKS)
    while trimmed != line:
        line, trimmed = trimmed, trimmed.rstrip().rstrip(_TRAIL_MARKS)
    return line


def is_chrome(line: str) -> bool:
    """True when the whole line is page furniture rather than story text."""
    return is_drop(line) or is_footer(line)


def is_drop(line: str) -> bool:
    """True when the line is furniture of the ``DROP`` table (footers not included)."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key, stripped = _key(line), line.strip()
    # The raw line too: trimming takes the arrow off "Reuters ->".
    return bool(key) and (_DROP.fullmatch(key) or (stripped != key and _DROP.fullmatch(stripped)))


def is_footer(line: str) -> bool:
    """True when the line is a footer that ends the story."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key = _key(line)
    return bool(key) and _END.fullmatch(key)


def is_break(line: str) -> bool:
    """True when the line heads a box that follows a story (related stories, comments, tags)."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key = _key(line)
    return bool(key) and _BREAK.fullmatch(key)


def is_promo(line: str, words: int) -> bool:
    """True when a paragraph is the site's notice or appeal (consent, subscribe, donate)."""
    return promo_hits(line) >= (PROMO_LONG if words >= 40 else PROMO_HITS)


def promo_hits(line: str) -> int:
    """How many distinct words of the site's appeals a line holds."""
    return len(set(_PROMO.findall(line[:2000].lower())))


def is_comments_head(line: str) -> bool:
    """True when the whole line is the heading of a page's comments."""
    return _COMMENTS.fullmatch(line.strip(" .")) is not None
