"""Page chrome both front doors drop: one table of whole-line patterns, kept as data.

``DROP`` lines are chrome wherever they stand. ``END`` lines are footers: once the story
has begun, such a line and everything after it are chrome. Patterns match a whole line
(case-insensitive) and are only tried on lines short enough to be chrome.
"""

from __future__ import annotations

import re

MAX_CHROME_LINE = 220

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
    r"(?:facebook|twitter|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|copy link|x)",
    r"tweet",
    r"advertisement",
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
    r".{0,120}\buses? cookies\b.{0,160}",
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
    r"to add symbols:?",
    r"these symbols will be available throughout the site during your session\.?",
    r"(?:photo|image|picture|video)(?: credit)?:.{0,120}",
    r"(?:file )?photo",
    r"reuters ->",
    r"\(?\(.{0,120}@.{0,160}\)\)?",
    r"keywords?:.{0,300}",
    r"click here.{0,100}",
    r"print this (?:article|page)",
    r"email this (?:article|page)",
    r"listen to (?:this )?(?:article|story)(?: \d+ min)?",
    r"\d+ min(?:ute)? read",
)

END: tuple[str, ...] = (
    r"bottom of (?:the )?page",
    r"(?:copyright )?(?:©|\(c\)|copyright) ?(?:\d{4}|[a-z]).{0,150}",
    r".{0,150}\ball rights reserved\.?",
    r"the views and opinions expressed herein .{0,200}",
)

_DROP = re.compile("|".join(f"(?:{p})" for p in DROP), re.I)
_END = re.compile("|".join(f"(?:{p})" for p in END), re.I)
_PUNCT = re.compile(r"^[\s|•·»›>*#_=~-]+|[\s|•·»›>*#_=~:-]+$")


def _key(line: str) -> str:
    return _PUNCT.sub("", line)


def is_chrome(line: str) -> bool:
    """True when the whole line is page furniture rather than story text."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key = _key(line)
    return (bool(key) and _DROP.fullmatch(key) is not None) or is_footer(line)


def is_footer(line: str) -> bool:
    """True when the line is a footer that ends the story."""
    if len(line) > MAX_CHROME_LINE:
        return False
    key = _key(line)
    return bool(key) and _END.fullmatch(key) is not None
