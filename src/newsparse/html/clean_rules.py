"""Data tables that say which parts of an HTML page are chrome rather than story.

One home for every table: ``clean.py`` reads them, ``segment.py`` uses the tag sets.
Each class name (and the id) is split into lower-case words (``article-share__bar`` gives
``article``, ``share``, ``bar``); only its first and last words name what the element is
(``comments-area``, ``post-share``), the middle ones are modifiers (``article-ads-wrapper``
is a wrapper). A word is chrome when it is in a word set or starts with one of the stems.
Whole words rather than substrings keep ``shadow`` from reading as ``ad``.
"""

from __future__ import annotations

import re

# Never text: dropped with everything inside, whatever they hold.
HARD_TAGS = frozenset(
    {
        "script", "style", "template", "iframe", "svg", "math", "canvas",
        "object", "embed", "video", "audio", "source", "track", "map", "button", "select",
        "option", "textarea", "input", "head", "title", "meta", "link", "base", "frame",
        "frameset", "dialog", "picture", "img",
    }
)  # fmt: skip

# Chrome by tag, but a wrapper may misuse them (an ASP.NET page wraps the whole page in a
# <form>; an unclosed <div> inside <noscript> makes libxml2 put the rest of the page in
# it), so the guard in ``content.py`` keeps one that holds most of the page's prose.
WEAK_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "menu", "figcaption", "figure", "noscript"}
)

# Tags that end the running paragraph: text on either side belongs to different blocks.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figure", "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul", "aside", "caption", "menu",
        "hgroup", "legend", "option", "listing", "plaintext", "xmp", "noscript",
    }
)  # fmt: skip

# Block tags whose text is a unit of the story, with the tag the Block reports.
UNIT_TAGS: dict[str, str] = {
    "p": "p",
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "li": "li",
    "dd": "li",
    "dt": "li",
    "blockquote": "blockquote",
    "pre": "pre",
    "td": "p",
    "th": "p",
}

HEADING_LEVEL = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}

# Containers in which the story itself usually sits: header/footer inside them belong to it.
STORY_TAGS = frozenset({"article", "main"})

# Strong chrome words: furniture that carries prose of its own (reader comments, consent
# text, teasers of other stories), so it stays out even when it is the page's largest text.
STRONG_WORDS = frozenset(
    {
        "comment", "comments", "commentlist", "disqus", "cookie", "cookies",
        "consent", "gdpr", "newsletter", "newsletters", "related", "recommended",
        "recommendations", "taboola", "outbrain", "popular", "mostread", "trending",
        "plista", "zergnet", "reply", "replies", "kommentare", "kommentar", "komentarze",
        "commentaire", "commentaires", "comentarios",
    }
)  # fmt: skip

STRONG_STEMS = (
    "comments", "cookie", "consent", "newsletter", "related", "recommend", "taboola",
    "outbrain", "mostread", "morestories", "readnext", "nextup", "upnext", "trending",
)  # fmt: skip

# Weak chrome words: furniture without prose of its own (menus, share bars, ad slots),
# whose names wrappers also carry ("gate-ad", "sidebar-layout"): kept when they turn out to
# hold most of the page's prose.
WEAK_WORDS = frozenset(
    {
        "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer", "header",
        "masthead", "sidebar", "aside", "widget", "widgets", "toolbar", "tools",
        "byline", "bylines", "author", "authors", "dateline", "timestamp", "date", "time",
        "meta", "metadata", "metainfo", "caption", "credit", "credits", "copyright", "tags",
        "keywords", "topics", "login", "signin", "register", "search",
        "skip", "pagination", "pager", "rating",
        "poll", "survey", "carousel", "slider", "swiper", "slideshow", "gallery", "modal",
        "popup", "overlay", "offcanvas", "banner", "alert", "teaser", "teasers", "cta",
        "more", "logo", "brand", "avatar", "bio", "biography", "profile", "jump", "toc",
        "player", "video", "audio", "podcast", "embed", "thumbnail", "thumb", "infobox",
        "disclaimer", "tooltip", "dropdown",
        "flyout", "hamburger", "burger", "breaking", "ticker", "notice", "feedback",
        "pullquote", "listen", "tts", "fb", "twitter", "facebook", "whatsapp",
        "linkedin", "pinterest", "instagram", "youtube", "email", "mail", "icon", "icons",
        "share", "sharing", "shares", "sharebar", "social", "socials", "sociable", "advert",
        "advertisement", "advertising", "ad", "ads", "adslot", "adunit", "dfp", "gpt",
        "sponsored", "sponsor", "promo", "promos", "promotion", "subscribe", "subscription",
        "signup", "breadcrumb", "breadcrumbs", "follow", "outstream", "ob", "partage", "teilen",
        "compartir", "werbung", "anzeige", "publicidad", "publicite", "pub", "published",
        "updated", "readtime", "wordcount", "reading", "contact", "source",
        "capping", "donation", "donate", "membership", "upsell", "img", "image", "images",
        "photo", "photos", "lightbox", "prev", "previous", "next",
    }
)  # fmt: skip

# Weak words that a story word beside them does not redeem: "article-byline" and
# "ArticlePage-datePublished" are still bylines and timestamps.
FIRM_WORDS = frozenset(
    {
        "byline", "bylines", "author", "authors", "date", "time", "timestamp", "published",
        "updated", "caption", "credit", "credits", "biography", "bio", "share", "sharing",
        "img", "image", "images", "photo", "photos", "lightbox",
        "social", "ad", "ads", "advert", "advertisement", "tags", "newsletter",
    }
)  # fmt: skip

WEAK_STEMS = (
    "navig", "sidebar", "footer", "byline", "caption", "pagina", "slidesh", "share",
    "social", "advert", "sponsor", "subscri", "breadcrumb", "popular",
)  # fmt: skip

# Class names that hide an element (utility classes of the common CSS frameworks).
HIDDEN_CLASSES = frozenset(
    {
        "hidden", "hide", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
        "screen-reader-text", "screen-reader-only", "screenreader-only", "invisible",
        "is-hidden", "u-hidden", "element-invisible", "offscreen", "a11y-hidden",
    }
)  # fmt: skip

# Class names starting with these words describe a state, not a part ("has-sidebar",
# "no-share", "with-comments", "js-sticky-share"): they say nothing about the element.
STATE_WORDS = frozenset(
    {"has", "no", "with", "without", "is", "js", "show", "enable", "disable", "can", "not"}
)

# Page builders and themes prefix every layout box with their own name
# ("elementor-widget-text-editor", "et_pb_row", "td_block_wrap"): such names describe the
# builder's grid, not the part of the page.
BUILDER_WORDS = frozenset(
    {"elementor", "et", "vc", "wpb", "fl", "tdb", "td", "tdc", "avia", "fusion", "jeg", "penci"}
)

# ...and so do class names ending in these ("comments-enabled", "share-active").
STATE_ENDINGS = frozenset(
    {"enabled", "disabled", "active", "inactive", "open", "closed", "on", "off", "set", "loaded", "visible"}
)

# Elements whose class lists describe the whole page's state; never judged by class.
PAGE_TAGS = frozenset({"html", "body"})

# Tokens that mark the story container itself; they outweigh weak chrome tokens on the
# same element ("article-header" stays, "article-comments" still goes).
POSITIVE_WORDS = frozenset(
    {
        "article", "articlebody", "content", "body", "story", "storybody", "entry", "post",
        "main", "text", "prose", "richtext", "paragraph", "blog", "news", "page", "single",
        "maincontent", "postbody", "entrycontent", "articletext", "bodytext", "copy",
        # An embedded post ("twitter-tweet") is text the story quotes, not a share button.
        "tweet",
    }
)  # fmt: skip

# Roles from ARIA landmarks that are furniture.
CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
)

# Inline style declarations that hide an element from readers.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Text of consent and subscription boxes: a block matching these is chrome whatever its tags.
CHROME_TEXT = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b"
    r"|\bcookie (?:policy|settings|preferences|richtlinie|einstellungen)\b"
    r"|\baccept (?:all )?cookies\b|\bmanage (?:your )?(?:cookie|consent|privacy) (?:settings|preferences)\b"
    r"|\bverwendet cookies\b|\butilise des cookies\b|\butiliza(?:mos)? cookies\b"
    r"|\bsign up (?:for|to) (?:our|the) [\w ]{0,40}(?:newsletter|emails?)\b"
    r"|\bsubscribe to (?:our|the) [\w ]{0,40}newsletter\b|\bjoin our commenting forum\b"
    r"|\byou have reached your (?:free )?(?:article )?limit\b"
    r"|\bthis content is (?:only )?available to subscribers\b"
    # A subscription appeal set among the story's paragraphs ("... for only N$85 a month.
    # Invest in journalism - subscribe now!"), a newsletter's own blurb.
    r"|\bfor (?:only|just) \S{1,12} (?:a|per) (?:month|week|year)\b|\bsubscribe now\b"
    r"|\bnewsletter (?:informiert|ist kostenlos|kommt)\b|\bour newsletter (?:brings|delivers|is free)\b"
    # An invitation to write to the editors, or to the author ("Write to Jane Doe at jd@...").
    r"|\bwe(?:'|’)d (?:like|love) to hear what you think\b|\bsenden sie uns ihr feedback\b"
    r"|^write to [\w .,'’-]{1,80} at [\w.+-]{1,60}@"
    r"|\b\d{1,3} ?min(?:ute)?s? read\b"
    # A site's disclaimer for what its contributors write, set under every story.
    r"|\bis not responsible for the (?:opinions|views|content)\b"
    r"|\bnot necessarily reflect the (?:views|opinions) of (?:the|this) (?:site|website|publisher)\b",
    re.I,
)

# Every CHROME_TEXT pattern contains one of these: a cheap test before the regex.
CHROME_TEXT_HINTS = (
    *("cookie", "newsletter", "sign up", "limit", "subscri", "commenting forum", "for only", "for just"),
    *("min read", "minute read", "minutes read", "not responsible", "necessarily reflect"),
    *("hear what you think", "ihr feedback", "write to "),
)

# Short notices set among a story's lines, tested only on units up to MAX_NOTICE characters
# (a whole page read flat as one unit may hold one anywhere).
MAX_NOTICE = 800
NOTICE_TEXT = re.compile(
    # The consent box over an embedded post or player ("An dieser Stelle finden Sie externen
    # Inhalt ...", "This article includes content provided by X. We ask for your permission
    # before anything is loaded"): set in the story where the embed stands.
    r"\ban dieser stelle finden sie (?:einen )?(?:ergänzenden )?externen inhalt"
    r"|\bexterne inhalte angezeigt werden|\bpersonenbezogene daten an (?:drittplattformen|externe anbieter)"
    r"|\bum eingebettete inhalte anzuzeigen\b"
    r"|\b(?:article|page) (?:includes|contains) content provided by\b"
    r"|\bwe ask for your permission before anything is loaded\b"
    # Japanese sites' appeal to become a paying member ("paid members can also read
    # members-only paid articles"), set under every story they cut short.
    r"|有料会員|会員限定|有料記事",
    re.I,
)

# Every NOTICE_TEXT pattern contains one of these.
NOTICE_HINTS = (
    *("externe", "personenbezogene", "eingebettete", "content provided by", "your permission"),
    *("有料", "会員限定"),
)

# A site's legal footer: copyright and trademark notices, a supplement maker's disclaimer.
# Only short blocks: a story may quote a notice ("... are trademarks of Disney, it said").
MAX_LEGAL_FOOTER = 250
LEGAL_FOOTER = re.compile(
    r"(?:©|\(c\)|\bcopyright ©?) ?\d{4}\b.{0,120}\ball rights reserved\b|^(?:©|copyright ©?) ?\d{4}\b"
    r"|\bare (?:registered )?trademarks of\b"
    r"|\bhave not been evaluated by the food and drug administration\b"
)
LEGAL_FOOTER_HINTS = ("trademarks of", "©", "copyright", "(c)", "food and drug")

# Short lines of a share bar, a follow box, an advert slot or a subscription prompt, matched
# against a whole (lower-cased) unit: templates set them as text beside icons ("Seite
# teilen:", "Folgen Sie uns auf Twitter", "Anzeige symplr"), in boxes no class name flags.
MAX_CHROME_LABEL = 100  # longer units are never such labels
_SHARE_VERBS = (
    r"(?:share|teilen|partager|compartir|condividi|compartilhar|partilhar|delen|dela|paylaş|udostępnij)"
)
_FOLLOW_US = (
    r"(?:follow us|folgen sie uns|folge uns|suivez-nous|síguenos|seguici|siga-nos|volg ons|bizi takip edin"
    r"|obserwuj nas)"
)
_ADVERT = (
    r"(?:anzeige|werbung|advertisement|advertising|publicité|publicidad|pubblicità|publicidade|advertentie"
    r"|annons|annonse|reklam|reklama|sponsored|gesponsert)"
)
_TEXT_SIZE = (
    r"(?:(?:change |adjust )?(?:text|font) ?size|schriftgr(?:ö|oe)(?:ß|ss)e|textgr(?:ö|oe)(?:ß|ss)e"
    r"|taille du texte|taille de (?:la )?police|tamaño (?:de (?:la )?)?(?:letra|texto|fuente)"
    r"|dimensione (?:del )?testo"
    r"|tekstgrootte|textstorlek|skriftstørrelse|yazı boyutu|글자 ?크기|글씨 ?크기|文字サイズ|字号)"
)
_LANGUAGE_SWITCH = (
    r"(?:change language|sprache (?:ändern|wählen)|changer de langue|언어 ?변경|言語(?:切り替え|変更))"
)
CHROME_LABEL = re.compile(
    r"\W{0,3}(?:"
    # "Seite teilen:", "Share", "Share this article", "Teilen auf Facebook"
    rf"(?:(?:diese[ns]? |den )?(?:seite|artikel|beitrag|story|post|page|article) )?{_SHARE_VERBS}"
    r"(?: (?:this|the) (?:article|story|page|post))?(?: (?:on|via|mit|auf|sur|en|su|op|na) [\w .,&-]{1,40})?"
    r"|sharing is caring|(?:like this (?:story|article)\W{1,3})?share (?:it|this) with (?:a|your) friends?"
    # "Follow us on Twitter", "Folgen Sie uns auf Twitter Liken Sie uns auf Facebook"
    rf"|{_FOLLOW_US}(?: (?:on|at|auf|bei|sur|en|su|no|op|w) [\w .,&@-]{{1,60}})?"
    # "Anzeige", "Anzeige symplr", "Advertisement - scroll to continue"
    rf"|{_ADVERT}(?: [\w.-]{{1,20}}| ?- ?(?:scroll|story) (?:to|continues) [\w ]{{1,20}})?"
    r"|jetzt (?:abonnieren|registrieren|anmelden) und [\w .,-]{1,80}"
    # The label over an embedded post or player ("Embed"), a player's title ("Video | ...").
    r"|embed(?:ded)?(?: (?:content|video|tweet|post))?|video ?\| ?[^|]{1,80}"
    # A reading toolbar's controls: text size, language switch, a like counter ("좋아요 0").
    rf"|{_TEXT_SIZE}(?: (?:setting|settings|einstellen|ändern|설정|変更))?|{_LANGUAGE_SWITCH}"
    r"|(?:likes?|gefällt mir|j'aime|me gusta|좋아요|いいね) ?\d{1,6}"
    r")\W{0,3}"
)

# Word splitter inside one class name or id, applied after camelCase is split.
WORD_SPLIT = re.compile(r"[^a-z0-9]+")

# A lower-case letter or digit followed by a capital: where camelCase words join
# ("FeaturedImageCaption", "InlineDonationPromo").
CAMEL = re.compile(r"([a-z0-9])([A-Z])")
