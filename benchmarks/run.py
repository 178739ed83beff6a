"""Benchmark newsparse against peer extractors on a shared-corpus folder, in one run.

usage: python benchmarks/run.py CORPUS_DIR [--peers trafilatura,readability,newspaper4k,goose3,htmldate]
                                [--limit N] [--rounds N] [--json OUT] [--misses N]

Every tool runs in its own subprocess (one after the other, so they never compete for the
two cores) on the same pages; the parent scores the outputs and prints Markdown tables.
With ``--rounds N`` every tool runs N times, the tools taking turns in each round, and each
tool's speed is that of its median round: a shared machine's speed drifts by 10-20 % within
a minute, and taking turns lets every tool see the same drift.
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
from harness.scoreboard import board  # noqa: E402
from harness.tools import PEERS, TOOLS  # noqa: E402


def arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path, help="a folder with manifest.jsonl (html or text pages)")
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated peers ('' for none)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages of the manifest")
    ap.add_argument("--rounds", type=int, default=3, help="timed runs per tool, taking turns (median)")
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


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run whose total CPU time is the median of a tool's rounds, with the highest peak
    memory of any round. Outputs do not depend on the round: every tool is deterministic."""
    ordered = sorted(runs, key=lambda run: sum(p.get("cpu", 0.0) for p in run["pages"].values()))
    chosen = dict(ordered[(len(ordered) - 1) // 2])
    peaks = [run["rss_peak_kib"] for run in runs if run.get("rss_peak_kib") is not None]
    if peaks:
        chosen["rss_peak_kib"] = max(peaks)
    return chosen


def machine() -> str:
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {os.cpu_count()} cores, Python {platform.python_version()}"


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv)
    rows = read_manifest(args.corpus, args.limit or None)
    tools = chosen_tools(args.peers)
    runs: dict[str, list[dict[str, Any]]] = {tool: [] for tool in tools}
    for number in range(1, max(1, args.rounds) + 1):
        for tool in tools:
            print(f"round {number}: running {tool} on {len(rows)} pages...", file=sys.stderr, flush=True)
            runs[tool].append(run_worker(tool, args.corpus, args.limit))
    boards = [board(tool, TOOLS[tool].fields, rows, median_run(runs[tool])) for tool in tools]
    for tool in tools:
        if runs[tool][0].get("fatal"):
            print(f"{tool} failed to start; scored as empty:\n{runs[tool][0]['fatal']}", file=sys.stderr)
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
