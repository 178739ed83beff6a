"""atheris fuzz target: any bytes into newsparse; only NewsparseError may escape, no parse
may need the guard's salvage, and every Article must encode as UTF-8 JSON and round-trip.

Run it with ``fuzz/run_fuzz.py`` (it seeds the corpus and passes the dictionary); not in CI.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import sys

import atheris

with atheris.instrument_imports(include=["newsparse"]):
    import newsparse
    from newsparse.settings import Settings

    # The front doors and grammars are imported lazily by the pipeline; import them here so
    # they are instrumented too (coverage feedback is blind to modules imported later).
    for _module in pkgutil.walk_packages(newsparse.__path__, "newsparse."):
        with contextlib.suppress(ImportError):
            importlib.import_module(_module.name)

# Small limits reach the limit-handling branches; the default reaches everything else.
SETTINGS = (Settings(), Settings(max_bytes=2048, max_line_chars=64, max_blocks=8))
ENTRY = (newsparse.parse, newsparse.parse_html, newsparse.parse_text)


def check(article: newsparse.Article) -> None:
    # The guard turns bugs into a salvaged Article with a warning: for the fuzzer, a finding.
    for warning in article.warnings:
        if warning.startswith("newsparse hit an internal error"):
            raise AssertionError(warning)
    encoded = article.to_json().encode("utf-8")  # strict: fails on a lone surrogate
    again = newsparse.Article.from_json(encoded.decode("utf-8"))
    if again.to_dict() != article.to_dict():
        raise AssertionError("to_json/from_json changed the Article")
    for name in ("headline", "title", "description", "site_name", "language", "url"):
        value = getattr(article, name)
        if value is not None and not isinstance(value, str):
            raise AssertionError(f"{name} is a {type(value).__name__}")
    if article.dateline is not None and article.dateline.date is not None:
        article.dateline.date.isoformat()


def test_one_input(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    entry = ENTRY[provider.ConsumeIntInRange(0, 2)]
    settings = SETTINGS[provider.ConsumeIntInRange(0, 1)]
    as_text = provider.ConsumeBool()
    rest = provider.ConsumeBytes(provider.remaining_bytes())
    page: bytes | str = rest.decode("utf-8", "surrogateescape") if as_text else rest
    try:
        article = entry(page, settings=settings)
    except newsparse.NewsparseError:
        return
    check(article)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
