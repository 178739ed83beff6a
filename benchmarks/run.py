"""Benchmark newsparse against peer extractors on a shared-corpus folder, in one run.

usage: python benchmarks/run.py CORPUS_DIR [--peers trafilatura,readability,newspaper4k,goose3,htmldate]
                                [--limit N] [--json OUT] [--misses N]

Every tool runs in its own subprocess (one after the other, so they never compete for the
two cores) on the same pages; the parent scores the outputs and prints Markdown tables.
See benchmarks/README.md for installing the peers and docs/benchmarks.md for results.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness.corpus import read_manifest  # noqa: E402
from harness.report import as_json, misses, ratio_table, results_table, source_table  # noqa: E402
from harness.scoreboard import Board, board  # noqa: E402
from harness.tools import PEERS, TOOLS  # noqa: E402


def arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder with manifest.jsonl (html or text pages)")
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated peers ('' for none)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of the manifest")
    ap.add_argument("--json", type=Path, help="write every number and per-page verdict here")
    ap.add_argument("--misses", type=int, default=0, help="list newsparse's N worst pages per field")
    return ap.parse_args(argv)


def chosen_tools(peers: str) -> list[str]:
    """newsparse first, then each requested peer that is installed (others are reported)."""
    names = ["newsparse"]
    for name in (p.strip() for p in peers.split(",") if p.strip()):
        if name not in TOOLS:
            print(f"unknown peer {name!r}; known: {', '.join(PEERS)}", file=sys.stderr)
        elif not TOOLS[name].installed():
            print(f"peer {name} is not installed: skipped (pip install -e '.[bench]')", file=sys.stderr)
        else:
            names.append(name)
    return names


def run_worker(tool: str, corpus: Path, limit: int) -> dict[str, Any]:
    """Run one tool's worker process and read back its stream of per-page records."""
    paths = [str(HERE), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{tool}.jsonl"
        cmd = [sys.executable, "-m", "harness.worker", tool, str(corpus.resolve()), str(limit), str(out)]
        done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        run = read_stream(out) if out.exists() else {"pages": {}}
    if done.returncode and not run.get("fatal"):
        run["fatal"] = f"worker exited {done.returncode}: {done.stderr.decode(errors='replace')[-500:]}"
    return run


def read_stream(path: Path) -> dict[str, Any]:
    run: dict[str, Any] = {"pages": {}}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if "id" in record:
            run["pages"][record["id"]] = record
        elif record.get("setup"):
            run["setup_seconds"], run["rss_setup_kib"] = record["seconds"], record["rss_kib"]
        elif record.get("done"):
            run["rss_peak_kib"] = record["peak_rss_kib"]
        elif "fatal" in record:
            run["fatal"] = record["fatal"]
    return run


def machine() -> str:
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    rows = read_manifest(args.corpus, args.limit or None)
    boards: list[Board] = []
    for tool in chosen_tools(args.peers):
        print(f"running {tool} on {len(rows)} pages...", file=sys.stderr, flush=True)
        run = run_worker(tool, args.corpus, args.limit)
        boards.append(board(tool, TOOLS[tool].fields, rows, run))
        if run.get("fatal"):
            print(f"{tool} failed to start; scored as empty:\n{run['fatal']}", file=sys.stderr)
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    versions = ", ".join(f"{b.tool} {TOOLS[b.tool].version()}" for b in boards)
    print(f"corpus {args.corpus} ({len(rows)} pages), {when}, {machine()}; {versions}\n")
    tables = (results_table(boards), ratio_table(boards), source_table(boards))
    print("\n\n".join(t for t in tables if t))
    if args.misses:
        print("\n" + misses(boards[0], args.misses))
    if args.json:
        report = {"corpus": str(args.corpus), "pages": len(rows), "when": when, "machine": machine()}
        report["versions"] = versions
        report["tools"] = [as_json(b) for b in boards]
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
