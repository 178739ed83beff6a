"""Run the atheris target for a fixed number of executions or seconds (not part of CI).

    /path/to/venv/bin/python fuzz/run_fuzz.py --runs 200000
    /path/to/venv/bin/python fuzz/run_fuzz.py --seconds 600

Needs ``pip install atheris`` in the venv (with newsparse's own dependencies). The corpus
of interesting inputs grows in ``fuzz/corpus/`` (ignored by git); crashes land in
``fuzz/findings/``. Turn each finding into a regression test in tests/test_robustness.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def seed(corpus: Path) -> None:
    """Seed pages: the normal and the small hostile pages of the hostile-corpus script."""
    spec = importlib.util.spec_from_file_location("hostile", ROOT / "scripts" / "make_hostile_corpus.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    corpus.mkdir(parents=True, exist_ok=True)
    pages = {"normal_html": module.normal_html(), "normal_text": module.normal_text()}
    for case in module.cases():
        data = case.build()
        if len(data) <= 20_000:
            pages[case.name] = data
    for name, data in pages.items():
        raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        # Two leading bytes steer the target: entry point, settings, bytes or text.
        (corpus / f"seed-{name}").write_bytes(b"\x00\x00\x00" + raw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=0, help="stop after this many executions")
    parser.add_argument("--seconds", type=int, default=0, help="stop after this many seconds")
    parser.add_argument("--timeout", type=int, default=20, help="seconds one input may take")
    args = parser.parse_args()
    corpus, findings = HERE / "corpus", HERE / "findings"
    seed(corpus)
    findings.mkdir(exist_ok=True)
    command = [
        sys.executable,
        str(HERE / "fuzz_parse.py"),
        f"-dict={HERE / 'newsparse.dict'}",
        f"-timeout={args.timeout}",
        "-rss_limit_mb=4096",
        "-max_len=65536",
        f"-artifact_prefix={findings}/",
        "-print_final_stats=1",
    ]
    if args.runs:
        command.append(f"-runs={args.runs}")
    if args.seconds:
        command.append(f"-max_total_time={args.seconds}")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.call([*command, str(corpus)], env=env)


if __name__ == "__main__":
    sys.exit(main())
