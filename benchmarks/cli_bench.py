"""Benchmark the ``newsparse`` command: pages per second and peak memory.

    python benchmarks/cli_bench.py                       # corpus speed, -j 1 and -j N
    python benchmarks/cli_bench.py --warc-size 2G        # plus peak memory on a generated WARC

Speed: the command is run on the folder of corpus pages (``$NEWSPARSE_SHARED/corpus/pages``,
else ``../shared/corpus/pages``) with ``-j 1`` and ``-j N``; the wall time includes process
start-up, as a user would see it. Memory: a WARC.gz of the given on-disk size is generated
from the same pages (each record its own gzip member, as crawlers write them) and parsed
with ``-j N`` while the summed resident memory of the command and its workers is sampled
from ``/proc`` (Linux). A second, ten times smaller WARC shows whether memory stays flat.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib
from pathlib import Path

SIZES = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def size(text: str) -> int:
    unit = text[-1].upper()
    return int(float(text[:-1]) * SIZES[unit]) if unit in SIZES else int(text)


def corpus_dir() -> Path:
    shared = os.environ.get("NEWSPARSE_SHARED") or str(Path(__file__).resolve().parents[1] / "../shared")
    return Path(shared) / "corpus" / "pages"


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsparse", *args, "-o", os.devnull, "--quiet"]


def time_run(args: list[str]) -> tuple[float, float]:
    """Wall seconds, and CPU seconds of the command plus its workers (load-independent)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command(*args), capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode == 2:
        raise SystemExit(done.stderr.decode())
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return wall, cpu


def speed(folder: Path, jobs: int, repeats: int) -> dict[str, float]:
    pages = sum(1 for p in folder.iterdir() if p.is_file())
    runs = [time_run([str(folder), "-j", str(jobs)]) for _ in range(repeats)]
    best = min(wall for wall, _ in runs)
    cpu = statistics.median(cpu for _, cpu in runs)
    median = statistics.median(wall for wall, _ in runs)
    return {
        "pages": pages,
        "seconds": best,
        "median": median,
        "rate": pages / best,
        "cpu_ms": 1000 * cpu / pages,
    }


# ---------------------------------------------------------------- generated WARC


def warc_member(body: bytes, number: int) -> bytes:
    """One response record, gzip-compressed on its own (fast level: generation, not storage)."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    headers = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=number)}>\r\n"
        f"WARC-Target-URI: http://bench.example/{number}\r\n"
        "WARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    return packer.compress(headers + http + b"\r\n\r\n") + packer.flush()


def make_warc(path: Path, target: int, pages: list[bytes]) -> tuple[int, int]:
    """Write records cycling through ``pages`` until the file reaches ``target`` bytes."""
    written = records = 0
    with open(path, "wb") as out:
        while written < target:
            member = warc_member(pages[records % len(pages)], records)
            out.write(member)
            written += len(member)
            records += 1
    return records, written


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry)] = int(stat[1])
            rss[int(entry)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
    family, frontier = {root}, [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier and pid not in family]
        family.update(children)
        frontier = children
    return sum(rss.get(pid, 0) for pid in family)


def peak_memory(warc: Path, jobs: int) -> dict[str, float]:
    started = time.perf_counter()
    process = subprocess.Popen(command(str(warc), "-j", str(jobs)), stderr=subprocess.PIPE)
    samples: list[int] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            samples.append(tree_rss(process.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    middle = samples[len(samples) // 4 : 3 * len(samples) // 4] or samples
    return {
        "seconds": seconds,
        "peak_mb": max(samples) / 2**20,
        "median_mb": statistics.median(middle) / 2**20,
        "exit": process.returncode,
    }


def memory(folder: Path, target: int, jobs: int, workdir: Path) -> None:
    pages = [p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()]
    for label, bytes_wanted in (("small", target // 10), ("large", target)):
        path = workdir / f"bench-{label}.warc.gz"
        started = time.perf_counter()
        records, written = make_warc(path, bytes_wanted, pages)
        made = time.perf_counter() - started
        print(f"generated {path.name}: {written / 2**20:,.0f} MB, {records:,} records ({made:.0f} s)")
        found = peak_memory(path, jobs)
        rate = records / found["seconds"]
        print(
            f"  -j {jobs}: {found['seconds']:.0f} s, {rate:,.0f} pages/s, "
            f"peak RSS (command + workers) {found['peak_mb']:,.0f} MB, "
            f"median {found['median_mb']:,.0f} MB, exit {found['exit']}"
        )
        path.unlink()


def main() -> None:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--corpus", type=Path, default=corpus_dir(), help="folder of pages")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="N for -j N")
    parser.add_argument("--repeats", type=int, default=3, help="speed runs per setting (best is kept)")
    parser.add_argument("--warc-size", type=size, default=0, help="e.g. 200M or 2G; 0 skips memory")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()), help="for the WARCs")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no corpus folder at {args.corpus}: set NEWSPARSE_SHARED or pass --corpus")
    load = os.getloadavg()[0]
    print(f"newsparse command on {args.corpus} ({os.cpu_count()} CPUs, load average {load:.1f})")
    for jobs in sorted({1, args.jobs}):
        found = speed(args.corpus, jobs, args.repeats)
        print(
            f"  -j {jobs}: {found['pages']} pages in {found['seconds']:.2f} s "
            f"(median {found['median']:.2f} s) = {found['rate']:.1f} pages/s; "
            f"{found['cpu_ms']:.1f} ms CPU a page"
        )
    if args.warc_size:
        memory(args.corpus, args.warc_size, args.jobs, args.workdir)


if __name__ == "__main__":
    main()
