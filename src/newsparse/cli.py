"""The ``newsparse`` command: a thin layer over ``parse_many`` and ``iter_warc``.

Exit status: 0 when every page parsed, 1 when some failed (error records were written),
2 for a usage error, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, BinaryIO

from . import cli_inputs, cli_output
from .api import parse, parse_html, parse_text
from .batch import DEFAULT_TIMEOUT, Result, Source, parse_many
from .cli_view import ViewWriter
from .settings import DEFAULT, Settings

FORMATS = ("jsonl", "json", "csv", "view")
PARSERS = {"auto": parse, "html": parse_html, "text": parse_text}
EXAMPLES = """examples:
  newsparse page.html                      read one page on the terminal
  newsparse pages/ -o articles.jsonl       every file under pages/, as JSON Lines
  newsparse crawl.warc.gz -j 8 -o out.jsonl --errors failed.jsonl --resume
  curl -s https://example.com/story | newsparse - --format json
"""


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _date(text: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error


# The options, one row each: (flags, argparse keywords).
OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("-o", "--output"), {"metavar": "PATH", "help": "output file, or a folder (one file per input)"}),
    (("-f", "--format"), {"choices": FORMATS, "help": "default: jsonl (view: one page, on a terminal)"}),
    (("--errors",), {"metavar": "FILE", "help": "write error records here (JSON Lines), not the output"}),
    (
        ("-j", "--jobs"),
        {"type": _positive, "default": os.cpu_count() or 1, "metavar": "N", "help": "default: CPUs"},
    ),
    (("--glob",), {"action": "append", "default": [], "metavar": "PATTERN", "help": "folder files to take"}),
    (("--resume",), {"action": "store_true", "help": "skip inputs already in the output file"}),
    (
        ("--timeout",),
        {"type": float, "default": DEFAULT_TIMEOUT, "metavar": "SECONDS", "help": "per page (default 30)"},
    ),
    (("--kind",), {"choices": tuple(PARSERS), "default": "auto", "help": "force html or text parsing"}),
    (("--reference-date",), {"type": _date, "metavar": "YYYY-MM-DD", "help": "dates year-less datelines"}),
    (("-q", "--quiet"), {"action": "store_true", "help": "no progress bar"}),
)


class UsageError(Exception):
    """Bad arguments: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn saved news pages (HTML or text files, folders, WARC archives) into records.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, WARC(.gz), or - for stdin")
    for flags, options in OPTIONS:
        p.add_argument(*flags, **options)
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return p


def _version() -> str:
    from . import __version__

    return __version__


@dataclass(frozen=True)
class Plan:
    """The checked arguments: what to read, how to parse, where to write."""

    args: argparse.Namespace
    fmt: str
    folder: bool
    settings: Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        plan = _plan(args)
        return _run(plan)
    except UsageError as error:
        parser.print_usage(sys.stderr)
        print(f"newsparse: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newsparse: interrupted; rerun with --resume to continue", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1


def _plan(args: argparse.Namespace) -> Plan:
    absent = cli_inputs.missing(args.inputs)
    if absent:
        raise UsageError(f"no such file or folder: {', '.join(absent)}")
    if args.inputs.count(cli_inputs.STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    folder = bool(args.output) and (os.path.isdir(args.output) or args.output.endswith(("/", os.sep)))
    fmt = args.format or _default_format(args, folder)
    _check(args, fmt, folder)
    settings = DEFAULT.with_(reference_date=args.reference_date)
    return Plan(args, fmt, folder, settings)


def _default_format(args: argparse.Namespace, folder: bool) -> str:
    single = len(args.inputs) == 1 and os.path.isfile(args.inputs[0])
    if folder or args.output or not single or not sys.stdout.isatty():
        return "json" if folder else "jsonl"
    from .warc import is_warc

    return "jsonl" if is_warc(args.inputs[0]) else "view"


def _check(args: argparse.Namespace, fmt: str, folder: bool) -> None:
    if args.resume and not args.output:
        raise UsageError("--resume needs -o: the output file (or folder) it continues")
    if args.resume and fmt not in ("jsonl", "csv") and not folder:
        raise UsageError("--resume works with --format jsonl or csv (a JSON array cannot be appended to)")
    if folder and fmt not in ("json", "jsonl"):
        raise UsageError("a folder output holds one JSON file per input: use --format json or jsonl")
    if args.output and args.errors and os.path.abspath(args.output) == os.path.abspath(args.errors):
        raise UsageError("--errors must name a different file than -o")
    written = {os.path.abspath(p) for p in (args.output, args.errors) if p and p != "-"}
    if written & {os.path.abspath(p) for p in args.inputs if p != "-"}:
        raise UsageError("an input is also an output (-o or --errors): it would be overwritten")


def _run(plan: Plan) -> int:
    args = plan.args
    with ExitStack() as stack:
        writer = _open_writer(plan, stack)
        errors = _open_errors(plan, stack)
        skip = _skipper(plan)
        own = [p for p in (args.output, args.errors) if p and p != "-"]
        pages = cli_inputs.items(args.inputs, args.glob, skip, plan.settings.max_bytes, own)
        results = parse_many(
            pages,
            workers=args.jobs,
            timeout=args.timeout or None,
            settings=plan.settings,
            parser=PARSERS[args.kind],
        )
        failures = _drain(results, writer, errors, not args.quiet and sys.stderr.isatty())
        writer.close()
        if errors is not None:
            errors.close()
    return 1 if failures else 0


def _drain(
    results: Iterator[Result],
    writer: cli_output.Writer,
    errors: cli_output.Writer | None,
    show_progress: bool,
) -> int:
    failures, bar = 0, None
    try:
        for result in results:
            if not result.ok:
                failures += 1
            (errors if errors is not None and not result.ok else writer).write(result)
            # Made after the first result: the workers are forked before its monitor thread.
            if show_progress:
                bar, show_progress = _progress_bar(), False
            if bar is not None:
                bar.update(1)
                bar.set_postfix(errors=failures, refresh=False)
    finally:
        if bar is not None:
            bar.close()
    return failures


def _progress_bar() -> Any:
    """A tqdm bar (pages, pages/s, errors) on standard error, if tqdm is installed."""
    try:
        tqdm = importlib.import_module("tqdm").tqdm  # untyped: imported as a plain module
    except ImportError:
        return None
    try:
        sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except OSError:
        sized = False
    # A terminal that reports no width (some CI consoles) would get an empty bar.
    width = {"dynamic_ncols": True} if sized else {"ncols": 80, "nrows": 24}
    return tqdm(file=sys.stderr, unit="page", smoothing=0.1, **width)


def _open_writer(plan: Plan, stack: ExitStack) -> cli_output.Writer:
    args, fmt = plan.args, plan.fmt
    if plan.folder:
        return cli_output.FolderWriter(args.output, indent=2 if fmt == "json" else None)
    if fmt == "view":
        return ViewWriter(sys.stdout)
    stream, fresh = _open_stream(args.output, fmt, args.resume, stack)
    if fmt == "csv":
        return cli_output.CsvWriter(stream, header=fresh)
    if fmt == "json":
        return cli_output.JsonArrayWriter(stream)
    return cli_output.JsonLinesWriter(stream)


def _open_errors(plan: Plan, stack: ExitStack) -> cli_output.Writer | None:
    if not plan.args.errors:
        return None
    stream, _ = _open_stream(plan.args.errors, "jsonl", plan.args.resume, stack)
    return cli_output.JsonLinesWriter(stream)


def _open_stream(path: str | None, fmt: str, resume: bool, stack: ExitStack) -> tuple[BinaryIO, bool]:
    """The output stream, and whether it starts empty (a CSV header is then due)."""
    if not path or path == "-":
        return sys.stdout.buffer, True
    if resume and os.path.exists(path):
        cli_output.cut_partial_line(path, cli_output.TERMINATORS[fmt])
        appended: BinaryIO = stack.enter_context(open(path, "ab"))  # noqa: SIM115
        return appended, os.path.getsize(path) == 0
    created: BinaryIO = stack.enter_context(open(path, "wb"))  # noqa: SIM115
    return created, True


def _skipper(plan: Plan) -> cli_inputs.Skip:
    args = plan.args
    if not args.resume:
        return lambda source: False
    if plan.folder:
        folder = args.output
        return lambda source: any(
            os.path.exists(cli_output.folder_target(folder, source, ok)) for ok in (True, False)
        )
    done: set[tuple[str | None, int | None]] = set()
    for path, fmt in ((args.output, plan.fmt), (args.errors, "jsonl")):
        if path and os.path.exists(path):
            cli_output.cut_partial_line(path, cli_output.TERMINATORS[fmt])
            done.update(cli_output.done_sources(path, fmt))
    return lambda source: source.key in done


def _silence_stdout() -> None:
    # Python would complain again at exit when flushing a closed pipe.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


__all__ = ["Source", "main"]
