"""The real command in a subprocess: inputs, formats, exit codes, determinism."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from cli_support import html, mixed_folder, records, run, text, warc_specs, write_warc
from newsparse.cli_output import csv_columns

ARTICLE_KEYS = {"headline", "paragraphs", "dateline", "credit", "kind", "url"}


@pytest.fixture
def pages(tmp_path: Path) -> list[str]:
    """A folder ``pages/`` under the working directory; the expected source paths in order."""
    return [f"pages/{name}" for name in mixed_folder(tmp_path / "pages")]


def _sources(found: list[dict[str, object]]) -> list[object]:
    return [r["source"]["path"] for r in found]  # type: ignore[index]


def test_folder_gives_one_record_per_file_in_sorted_order(tmp_path: Path, pages: list[str]) -> None:
    done = run("pages", "-j", "2", cwd=tmp_path)
    found = records(done.stdout)
    assert _sources(found) == pages
    assert done.returncode == 1  # the empty file and the PNG cannot be pages
    failed = {r["source"]["path"]: r["error"]["type"] for r in found if "error" in r}
    assert failed["pages/empty.txt"] == "EmptyPageError"
    assert failed["pages/image.png"] == "NotAPageError"
    for record in found:
        assert set(record) == {"source", "error"} or set(record) >= ARTICLE_KEYS
        assert record["source"]["offset"] is None


def test_html_and_text_are_told_apart_by_content(tmp_path: Path, pages: list[str]) -> None:
    found = {r["source"]["path"]: r for r in records(run("pages", "-j", "1", cwd=tmp_path).stdout)}
    # Only pages that parsed carry a kind; the file name must not decide it.
    expected = {"pages/c-text-named-html.html": "text", "pages/sub/e-no-extension": "text"}
    expected |= {"pages/d-html-named-txt.txt": "html", "pages/sub/f-page.htm": "html"}
    for path, kind in expected.items():
        record = found[path]
        if "error" not in record:
            assert record["kind"] == kind, path
    assert "error" not in found["pages/c-text-named-html.html"]


def test_glob_restricts_folder_files(tmp_path: Path, pages: list[str]) -> None:
    done = run("pages", "--glob", "*.txt", "--glob", "sub/*", cwd=tmp_path)
    wanted = [p for p in pages if p.endswith(".txt") or p.startswith("pages/sub/")]
    assert _sources(records(done.stdout)) == wanted


def test_all_parsed_exits_zero(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(text(f"Story {n} approved"), encoding="utf-8")
    done = run("0.txt", "1.txt", "2.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _sources(records(done.stdout)) == ["0.txt", "1.txt", "2.txt"]
    assert done.stderr == b""  # no progress bar when standard error is not a terminal


def test_stdin(tmp_path: Path) -> None:
    done = run("-", stdin=text("Harbour opens").encode("utf-8"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (record,) = records(done.stdout)
    assert record["source"] == {"path": "-", "offset": None, "record_id": None}
    assert record["kind"] == "text"
    assert record["paragraphs"]


@pytest.mark.parametrize(
    "args",
    [
        ["missing-file.html"],
        ["pages", "-j", "0"],
        ["pages", "--resume"],
        ["pages", "--resume", "-o", "out.json", "--format", "json"],
        ["pages", "--format", "xml"],
        ["-", "-"],
        ["pages", "-o", "out.jsonl", "--errors", "out.jsonl"],
        ["pages/b-wire.txt", "-o", "pages/b-wire.txt"],
    ],
)
def test_usage_errors_exit_two(tmp_path: Path, pages: list[str], args: list[str]) -> None:
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2
    assert b"usage:" in done.stderr
    assert done.stdout == b""


def test_errors_file_takes_the_error_records(tmp_path: Path, pages: list[str]) -> None:
    done = run("pages", "-o", "out.jsonl", "--errors", "bad.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    good = records((tmp_path / "out.jsonl").read_bytes())
    bad = records((tmp_path / "bad.jsonl").read_bytes())
    assert all("error" not in r for r in good)
    assert {r["source"]["path"] for r in bad} >= {"pages/empty.txt", "pages/image.png"}
    assert all(set(r["error"]) == {"type", "message"} and r["error"]["message"] for r in bad)
    assert sorted(_sources(good) + _sources(bad)) == sorted(pages)


def test_output_inside_an_input_folder_is_not_read_back(tmp_path: Path, pages: list[str]) -> None:
    args = ("pages", "-o", "pages/out.jsonl", "--errors", "pages/sub/bad.jsonl")
    run(*args, cwd=tmp_path)
    again = run(*args, "--resume", cwd=tmp_path)
    assert again.returncode == 0
    good = records((tmp_path / "pages/out.jsonl").read_bytes())
    bad = records((tmp_path / "pages/sub/bad.jsonl").read_bytes())
    assert sorted(_sources(good) + _sources(bad)) == sorted(pages)
    (tmp_path / "pages/out").mkdir()
    run("pages", "-o", "pages/out", cwd=tmp_path)
    again = run("pages", "-o", "pages/out", "--resume", cwd=tmp_path)
    assert again.returncode == 0
    assert not list((tmp_path / "pages/out").rglob("*.json.json"))


def test_json_format_holds_the_same_records(tmp_path: Path, pages: list[str]) -> None:
    lines = records(run("pages", cwd=tmp_path).stdout)
    array = json.loads(run("pages", "--format", "json", cwd=tmp_path).stdout)
    assert array == lines
    empty = tmp_path / "nothing"
    empty.mkdir()
    assert json.loads(run("nothing", "--format", "json", cwd=tmp_path).stdout) == []


def test_csv_format_has_stable_columns(tmp_path: Path, pages: list[str]) -> None:
    done = run("pages", "--format", "csv", "-o", "out.csv", cwd=tmp_path)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == csv_columns()
    assert [r["source_path"] for r in rows] == pages
    assert done.returncode == 1
    lines = records(run("pages", cwd=tmp_path).stdout)
    for row, record in zip(rows, lines, strict=True):
        if "error" in record:
            assert row["error_type"] == record["error"]["type"]
        else:
            assert row["error_type"] == ""
            assert row["paragraphs"] == "\n\n".join(record["paragraphs"])
            assert row["authors"] == "; ".join(record["authors"])


def test_view_format_is_readable(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(text("Water scheme approved"), encoding="utf-8")
    done = run("story.txt", "--format", "view", cwd=tmp_path)
    assert done.returncode == 0
    shown = done.stdout.decode("utf-8")
    assert not shown.lstrip().startswith("{")
    assert "story.txt" in shown
    assert "regional partners" in shown


def test_output_folder_writes_one_file_per_input(tmp_path: Path, pages: list[str]) -> None:
    (tmp_path / "out").mkdir()
    done = run("pages", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json"))
    failed = {r["source"]["path"] for r in records(run("pages", cwd=tmp_path).stdout) if "error" in r}
    expected = sorted(p + (".error.json" if p in failed else ".json") for p in pages)
    assert written == expected
    one = json.loads((tmp_path / "out/pages/b-wire.txt.json").read_text(encoding="utf-8"))
    assert one["source"]["path"] == "pages/b-wire.txt"


def test_warc_records_become_pages(tmp_path: Path) -> None:
    specs = warc_specs()
    ids = write_warc(tmp_path / "crawl.warc.gz", specs, truncate_last=True)
    done = run("crawl.warc.gz", "-j", "2", cwd=tmp_path)
    found = records(done.stdout)
    assert done.returncode == 1
    # Pages 0, 1 and 4 are whole; 2 (an image) and 3 (a request) are not pages; 5 is cut off.
    pages, broken = found[:-1], found[-1]
    assert [r["source"]["record_id"] for r in pages] == [ids[0], ids[1], ids[4]]
    offsets = [r["source"]["offset"] for r in found]
    assert offsets == sorted(set(offsets)) and offsets[0] == 0
    assert all(r["source"]["path"] == "crawl.warc.gz" for r in found)
    assert broken["error"]["type"] == "WarcError"
    for record, spec in zip(pages, [specs[0], specs[1], specs[4]], strict=True):
        if "error" not in record:
            assert record["url"] == spec.url


def test_warc_pages_get_the_record_date(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc", warc_specs()[1:2], gzip=False)
    (record,) = records(run("crawl.warc", cwd=tmp_path).stdout)
    assert record["source"]["offset"] == 0
    assert record["url"] == "http://example.org/wire/water"


def test_kind_forces_the_front_door(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(html("Harbour opens ferry line"), encoding="utf-8")
    (record,) = records(run("page.html", "--kind", "text", cwd=tmp_path).stdout)
    assert record["kind"] == "text"


def test_jobs_do_not_change_the_output(tmp_path: Path, pages: list[str]) -> None:
    write_warc(tmp_path / "crawl.warc.gz", warc_specs() * 3)
    for fmt in ("jsonl", "csv"):
        one = run("pages", "crawl.warc.gz", "-j", "1", "--format", fmt, cwd=tmp_path)
        four = run("pages", "crawl.warc.gz", "-j", "4", "--format", fmt, cwd=tmp_path)
        assert one.returncode == four.returncode == 1
        assert one.stdout == four.stdout
        assert len(one.stdout) > 1000


def test_installed_console_script_if_present(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from cli_support import env

    script = Path(sys.executable).with_name("newsparse")
    if not script.exists() and shutil.which("newsparse") is None:
        pytest.skip("the newsparse console script is not installed in this environment")
    command = str(script) if script.exists() else "newsparse"
    (tmp_path / "a.txt").write_text(text("Water scheme approved"), encoding="utf-8")
    done = subprocess.run([command, "a.txt"], capture_output=True, cwd=tmp_path, env=env(), timeout=60)
    assert done.returncode == 0, done.stderr
    assert records(done.stdout)[0]["source"]["path"] == "a.txt"


def test_csv_cells_never_split_a_record_on_carriage_returns(tmp_path: Path) -> None:
    page = text("Storm closes port").replace("\n", "\r\n")
    (tmp_path / "crlf.txt").write_bytes(page.encode("utf-8"))
    done = run("crlf.txt", "--format", "csv", cwd=tmp_path)
    body = done.stdout
    assert body.count(b"\r\n") == 2  # the header and the one record
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))
    assert [r["source_path"] for r in rows] == ["crlf.txt"]


def _run_on_terminal(args: list[str], cwd: Path, stream: str) -> tuple[bytes, bytes]:
    """Run with standard output or standard error on a pseudo-terminal; return (tty, other)."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    from cli_support import env

    master, slave = pty.openpty()
    if stream == "stderr":  # a terminal of a usual size (a fresh pseudo-terminal is 0 x 0)
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    pipes: dict[str, object] = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, stream: slave}
    command = [sys.executable, "-m", "newsparse", *args]
    process = subprocess.Popen(command, cwd=cwd, env=env(), **pipes)  # type: ignore[call-overload]
    os.close(slave)
    other = (process.stderr if stream == "stdout" else process.stdout).read()
    process.wait(timeout=60)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    return shown, other


POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX-only")


@POSIX_ONLY
def test_single_page_on_a_terminal_gets_the_readable_view(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(text("Water scheme approved"), encoding="utf-8")
    shown, _ = _run_on_terminal(["story.txt"], tmp_path, "stdout")
    assert b"regional partners" in shown
    assert not shown.lstrip().startswith(b"{")


@POSIX_ONLY
def test_progress_bar_only_on_a_terminal(tmp_path: Path, pages: list[str]) -> None:
    bar, output = _run_on_terminal(["pages", "-j", "2"], tmp_path, "stderr")
    assert b"page" in bar and b"errors=" in bar
    assert len(records(output)) == len(pages)  # the bar never mixes into the records
    quiet, _ = _run_on_terminal(["pages", "--quiet"], tmp_path, "stderr")
    assert quiet == b""
