"""Precision probe over unlabelled pages: flag body paragraphs that look like page chrome.

Usage: PYTHONPATH=src python benchmarks/leaks.py DIR [DIR...] [--no-peer] [--top N]

Each DIR holds a manifest.jsonl (rows with "path", "kind", optional "url") and its pages.
For every HTML page the body from ``parse_html`` is checked against a table of leak
detectors (share/follow/newsletter/cookie/... in en, de, fr, es, it, pt, nl, tr, pl),
paragraphs repeated across pages of one site or within one body, and, when trafilatura is importable, bodies
far shorter or longer than trafilatura's (a sanity signal, not truth). Prints a ranked
list: most flags first. Probe only; nothing here is imported by the library.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

from newsparse import parse_html

# One home for the detectors: name -> pattern over a (short) paragraph. Only paragraphs of
# at most MAX_LEN chars are tested: chrome lines are short, article prose that merely
# mentions "newsletter" is long.
MAX_LEN = 220
DETECTORS: dict[str, str] = {
    # A share button's label ("Seite teilen:", "Share this article", "Sharing is caring!"), not
    # a sentence that uses the verb ("Sie teilen dieselben Werte", "share of the sale").
    "share": r"^\W{0,3}((diese[ns]? |den )?(seite|artikel|beitrag|story|post|page|article) )?(share|teilen|"
    r"partager|compartir|condividi|compartilhar|partilhar|delen|dela|paylaş|udostępnij)\b"
    r"|\b(share (this|it|on|via)\b|sharing is caring|(seite|artikel|beitrag) teilen\b)",
    "follow": r"\b(follow us|folgen sie|suivez-nous|síguenos|seguici|siga-nos|volg ons|"
    r"bizi takip|obserwuj)\b",
    "subscribe": r"\b(subscribe|abonnieren|abonnez|suscríbe|iscriviti|assine|abonneer|"
    r"abone ol|subskrybuj|zapisz się)\b",
    "newsletter": r"\bnewsletter\b",
    "cookie": r"\b(cookies?|datenschutz|privacy policy|política de privacidad|polityka prywatności)\b",
    "comment": r"\b(leave a (comment|reply)|post a comment|kommentar schreiben|laisser un commentaire|"
    r"deja un comentario|lascia un commento|deixe um comentário|yorum yaz|dodaj komentarz|\d+ comments?)\b",
    "related": r"^(related|verwandte|mehr zum thema|à lire aussi|lire aussi|relacionad|leggi anche|"
    r"lees ook|ilgili haberler|czytaj (też|także))\b",
    "read_more": r"\b(read more|weiterlesen|lire la suite|leer más|leggi tutto|leia mais|lees meer|"
    r"devamını oku|czytaj więcej|continue reading)\b",
    # A copyright line ("© 2024 Example Media", "Copyright 2019 ...", "All rights reserved"), not
    # prose about copyright ("Buchtitel-Copyright liegt bei ...", "infringe on any copyright").
    "copyright": r"(©|\(c\) ?\d{4}|^\W{0,3}copyright\b|\bcopyright (©|\(c\)|\d{4})|all rights reserved|"
    r"alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos|tutti i diritti|todos os direitos|"
    r"alle rechten voorbehouden|tüm hakları saklıdır|wszelkie prawa zastrzeżone)",
    # A log-in or sign-up prompt: the label alone ("Sign in", "Jetzt anmelden!") or a call to
    # act ("Sign up here."), not a sentence about signing up for something ("you can sign
    # up for a free trial", "und können sich anmelden:").
    "login": r"^\W{0,3}(jetzt |now )?(log ?in|sign ?in|sign ?up|register|anmelden|einloggen|registrieren|"
    r"se connecter|connexion|iniciar sesión|accedi|entrar|inloggen|giriş yap|zaloguj( się)?)\W{0,3}$"
    r"|\b(log ?in|sign ?in|sign ?up|register) (here|now|today|for free|to (continue|keep) reading)\b"
    r"|\b(already (a subscriber|have an account)|create (a |your )?(free )?account)\b",
    "advert": r"^(advertisement|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|"
    r"advertentie|reklam|reklama|sponsored)\b",
    "tags": r"^(tags?|schlagwörter|stichwörter|mots[- ]clés|etiquetas|temas|argomenti|trefwoorden|"
    r"etiketler|tagi)\s*:",
    "pagination": r"^(\d+\s+){2,}(next|weiter|suivant|siguiente|successivo|próximo|volgende|sonraki|"
    r"następn)",
    "author_bio": r"^(about the author|über den autor|à propos de l'auteur|sobre el autor|"
    r"sull'autore|sobre o autor|over de auteur|yazar hakkında|o autorze)\b",
    "print_email": r"^(print|e-?mail|drucken|imprimer|imprimir|stampa|afdrukken|yazdır|drukuj)\b",
}
COMPILED = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in DETECTORS.items()}
# A run of short link-like words ("Home > News > World") reads as a breadcrumb.
BREADCRUMB = re.compile(r"^[^>»/|]{1,40}(\s[>»/|]\s[^>»/|]{1,40}){2,}$")
DUP_LEN = 80  # a paragraph this long found twice in one body is flagged
REPEAT_SITES = 3  # a paragraph on this many pages of one site is boilerplate
LOW, HIGH = 0.4, 2.5  # body / trafilatura length ratio outside this band is worth a look


def pages(dirs: list[Path]) -> list[tuple[Path, str | None]]:
    """Every HTML page once: folders share pages (the same bytes under two names), and a
    manifest may list one page twice; a repeat would count its leaks twice."""
    found, seen = [], set()
    for folder in dirs:
        for line in (folder / "manifest.jsonl").read_text().splitlines():
            row = json.loads(line)
            path = folder / row["path"]
            if row.get("kind", "html") != "html" and path.suffix not in (".html", ".htm"):
                continue
            digest = hashlib.sha1(path.read_bytes()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                found.append((path, row.get("url")))
    return found


def leak_flags(paragraph: str) -> list[str]:
    text = paragraph.strip()
    if len(text) > MAX_LEN:
        return []
    flags = [name for name, rx in COMPILED.items() if rx.search(text)]
    if BREADCRUMB.match(text):
        flags.append("breadcrumb")
    return flags


def peer_length(raw: bytes) -> int | None:
    try:
        import trafilatura  # type: ignore[import-not-found]
    except ImportError:
        return None
    text = trafilatura.extract(raw.decode("utf-8", "replace")) or ""
    return len(text)


def probe(path: Path, url: str | None, use_peer: bool) -> dict[str, object]:
    raw = path.read_bytes()
    article = parse_html(raw, url=url)
    paras = list(article.paragraphs)
    hits = [(flag, p) for p in paras for flag in leak_flags(p)]
    # A sentence-long paragraph twice in one body: a promo box the template sets twice, or
    # a block shown in two layouts. Short lines and list entries (ingredients, a meal plan's
    # items, which end without a full stop) repeat legitimately.
    counts = collections.Counter(p for p in paras if len(p) >= DUP_LEN and p[-1] in '.!?"”»')
    hits += [("dup", p) for p, n in counts.items() if n > 1]
    ours = sum(len(p) for p in paras)
    peer = peer_length(raw) if use_peer else None
    return {
        "path": str(path),
        "site": urlparse(url or "").netloc or path.stem,
        "paras": paras,
        "hits": hits,
        "ours": ours,
        "peer": peer,
    }


def add_repeats(results: list[dict[str, object]]) -> None:
    by_site: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for res in results:
        for para in set(res["paras"]):  # type: ignore[call-overload]
            by_site[res["site"]][para] += 1  # type: ignore[index]
    for res in results:
        counts = by_site[res["site"]]  # type: ignore[index]
        for para in set(res["paras"]):  # type: ignore[call-overload]
            if counts[para] >= REPEAT_SITES:
                res["hits"].append(("repeat", para))  # type: ignore[attr-defined]


def length_flag(res: dict[str, object]) -> str | None:
    ours, peer = res["ours"], res["peer"]
    if not isinstance(peer, int) or peer < 300:
        return None
    ratio = int(ours) / peer  # type: ignore[call-overload]
    if ratio < LOW:
        return f"short({ratio:.2f})"
    if ratio > HIGH:
        return f"long({ratio:.2f})"
    return None


def report(results: list[dict[str, object]], top: int) -> None:
    rows = []
    for res in results:
        size = length_flag(res)
        score = len(res["hits"]) + (3 if size else 0)  # type: ignore[arg-type]
        if score:
            rows.append((score, res, size))
    rows.sort(key=lambda row: (-row[0], str(row[1]["path"])))
    totals = collections.Counter(flag for res in results for flag, _ in res["hits"])  # type: ignore[attr-defined]
    print(f"pages {len(results)}  flagged {len(rows)}  by detector {dict(totals.most_common())}")
    for score, res, size in rows[:top]:
        print(f"\n[{score}] {res['path']}  ours={res['ours']} peer={res['peer']} {size or ''}")
        for flag, para in res["hits"]:  # type: ignore[attr-defined]
            print(f"   {flag:11s} {para[:110]!r}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--no-peer", action="store_true", help="skip the trafilatura length check")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args(argv)
    results = [probe(path, url, not args.no_peer) for path, url in pages(args.dirs)]
    add_repeats(results)
    report(results, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
