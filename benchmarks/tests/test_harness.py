"""Checks of the benchmark harness that need no peer installed (run: pytest benchmarks)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import run
from harness.corpus import Row, decode, inputs, read_manifest, wrap_text
from harness.normalise import authors, day, html_text
from harness.report import misses, ratio_table, results_table, source_table
from harness.scoreboard import EMPTY, board, snippets_ok
from harness.tools import TOOLS

STORY = (
    "Harbour Fire Closes Port\n\nA fire closed the harbour on Monday, officials said.\n\n"
    "It was out by noon.\n"
)


def _corpus(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_text(STORY, encoding="utf-8")
    (pages / "b.txt").write_bytes(b"%PDF-1.4 not a page")
    expected = {"body": "A fire closed the harbour on Monday, officials said.\n\nIt was out by noon."}
    lines = [
        {"id": "a", "path": "pages/a.txt", "kind": "text", "url": None, "expected": expected},
        {"id": "b", "path": "pages/b.txt", "kind": "text", "url": None, "expected": expected},
    ]
    (tmp_path / "manifest.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return tmp_path


def test_wrap_text_makes_one_paragraph_per_block_and_escapes() -> None:
    html = wrap_text("One <b>\nline\n\n \nTwo & three\n")
    assert "<p>One &lt;b&gt;\nline</p>\n<p>Two &amp; three</p>" in html
    assert "<title>" not in html


def test_decode_falls_back_to_the_meta_charset() -> None:
    raw = '<meta charset="iso-8859-2"><p>Łódź</p>'.encode("iso-8859-2")
    assert "Łódź" in decode(raw)
    assert decode("é".encode("cp1252")) == "é"


def test_inputs_of_a_text_page(tmp_path: Path) -> None:
    row = read_manifest(_corpus(tmp_path))[0]
    page = inputs(row)
    assert page.kind == "text" and page.raw == STORY.encode()
    assert page.html_str.count("<p>") == 3
    assert page.html_bytes == page.html_str.encode("utf-8")


def test_day_normalises_dates() -> None:
    assert day(dt.datetime(2024, 7, 18, 11, 48)) == "2024-07-18"
    assert day(dt.date(2020, 1, 2)) == "2020-01-02"
    assert day("2024-07-18T11:48:00+01:00") == "2024-07-18"
    assert day("July 3, 2019") == "2019-07-03"
    assert day("no date here") is None
    assert day(None) is None


def test_authors_from_strings_and_lists() -> None:
    assert authors("Ann Lee; Bo Kim ;") == ["Ann Lee", "Bo Kim"]
    assert authors(("Ann Lee", "", " ")) == ["Ann Lee"]
    assert authors(None) == []


def test_html_text_breaks_at_blocks_and_keeps_comment_tails() -> None:
    text = html_text("<div><p>Hello <b>big</b>\n world</p>tail<p>Two<br>three</p><!-- c -->x</div>")
    assert text == "Hello big world\n\ntail\n\nTwo\n\nthree\n\nx"


def test_snippets_need_all_with_and_no_without() -> None:
    expected = {"with": ["fire  closed"], "without": ["Subscribe"]}
    assert snippets_ok(expected, "A fire\nclosed the port.") is True
    assert snippets_ok(expected, "A fire closed it. Subscribe now") is False
    assert snippets_ok(expected, "") is False
    assert snippets_ok({"with": None, "without": None}, "x") is None


def test_missing_pages_count_as_empty_output() -> None:
    rows = [Row("a", Path("a"), "text", None, {"body": "one two three four", "title": "T"})]
    b = board("peer", frozenset({"body", "title"}), rows, {"pages": {}, "fatal": "no module"})
    assert (b.body.recall, b.body.empty, b.errors) == (0.0, 1, 1)
    assert (b.title.right, b.title.total) == (0, 1)
    assert b.pages_per_second is None


def test_worker_runs_newsparse_and_records_a_failing_page(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    result = run.run_worker("newsparse", corpus, 0)
    assert set(result["pages"]) == {"a", "b"}
    assert result["pages"]["b"]["error"].startswith("NotAPageError")
    assert result["pages"]["b"]["body"] == ""
    assert "harbour" in result["pages"]["a"]["body"]
    assert result["rss_peak_kib"] >= result["rss_setup_kib"] > 0


def test_command_prints_tables_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    assert run.main([str(_corpus(tmp_path)), "--peers", "no-such-peer", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [t["tool"] for t in report["tools"]] == ["newsparse"]
    metrics = report["tools"][0]["metrics"]
    assert metrics["pages with error"] == 1
    assert 0 < metrics["body recall"] <= 1


def test_tables_show_dashes_for_fields_a_tool_does_not_report() -> None:
    rows = [Row("a", Path("a"), "html", None, {"body": "one two three four", "published": "2020-01-02"})]
    ours = board("newsparse", frozenset({"body", "published"}), rows, {"pages": {}})
    dates = board("htmldate", frozenset({"published"}), rows, {"pages": {}})
    table = results_table([ours, dates])
    assert "| body F1 (n=1) | 0.000 | — |" in table
    assert "| published date exact (n=1) | 0.000 | 0.000 |" in table
    ratios = ratio_table([ours, dates])
    assert "| published date exact | = |" in ratios
    assert "body F1" not in ratios  # no peer in the table reports a body
    assert "title" not in table  # no ground truth: the row is left out


def test_body_scores_by_source() -> None:
    rows = [
        Row("a", Path("a"), "html", None, {"body": "one two three four"}, "left"),
        Row("b", Path("b"), "html", None, {"body": "five six seven eight"}, "right"),
    ]
    run_ = {"pages": {"a": {**EMPTY, "body": "one two three four"}}}
    b = board("newsparse", frozenset({"body"}), rows, run_)
    assert (b.by_source["left"].f1, b.by_source["right"].f1) == (1.0, 0.0)
    table = source_table([b])
    assert "| left (n=1) | 1.000 |" in table and "| right (n=1) | 0.000 |" in table


def test_misses_lists_the_worst_pages_first() -> None:
    rows = [
        Row("good", Path("g"), "html", None, {"body": "one two three four", "title": "T"}),
        Row("bad", Path("b"), "html", None, {"body": "five six seven eight", "title": "U"}),
    ]
    run_ = {"pages": {"good": {**EMPTY, "body": "one two three four", "title": "t"}}}
    text = misses(board("newsparse", frozenset({"body", "title"}), rows, run_), 1)
    assert "body F1 0.000 (P 0.000, R 0.000) bad" in text
    assert "good" not in text.split("title")[0]
    assert "title wrong on 1: bad" in text


def test_a_salvaged_newsparse_crash_is_counted_as_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsparse.api

    def crash(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(newsparse.api, "assemble", crash)
    row = read_manifest(_corpus(tmp_path))[0]
    raw = TOOLS["newsparse"].setup()(inputs(row))
    assert raw.internal_error is not None and "RuntimeError" in raw.internal_error
    assert "harbour" in raw.body  # the salvaged paragraphs are still scored


def test_internal_errors_are_counted_and_listed() -> None:
    rows = [Row("a", Path("a"), "html", None, {"body": "one two three four"})]
    run_ = {"pages": {"a": {**EMPTY, "body": "one two", "internal_error": "hit an internal error"}}}
    b = board("newsparse", frozenset({"body"}), rows, run_)
    assert (b.internal_errors, b.errors) == (1, 0)
    assert "| pages with internal error | 1 |" in results_table([b])
    assert "internal error on 1: a" in misses(b, 5)
