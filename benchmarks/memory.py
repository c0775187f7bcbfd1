"""Peak memory of `onrecord ingest --jobs N` over a JSONL corpus, the whole process tree.

Runs the command in a subprocess and samples /proc every --interval seconds for it and
all its descendants: the sum of RSS (counts pages shared by forked workers once per
process, so it over-states) and the sum of PSS (shared pages split between the sharers:
the honest total). Prints the peaks, and the PSS total at each tenth of the run so
you can see whether it stays flat. Linux only (reads /proc).

    python benchmarks/make_corpus.py 1000 corpus-1k.jsonl
    python benchmarks/memory.py corpus-1k.jsonl --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def descendants(root: int) -> list[int]:
    tree, found, stack = children_of(), [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(tree.get(pid, ()))
    return found


def memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB; (0, 0) when it has gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    values = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] in ("Rss:", "Pss:"):
            values[parts[0]] = int(parts[1])
    return values.get("Rss:", 0), values.get("Pss:", 0)


def measure(command: list[str], interval: float) -> dict[str, object]:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # (seconds, rss, pss, processes, the writer's pss, the largest worker's pss)
    samples: list[tuple[float, int, int, int, int, int]] = []
    while process.poll() is None:
        pids = descendants(process.pid)
        totals = [memory_kib(pid) for pid in pids]
        samples.append((time.perf_counter() - start, sum(t[0] for t in totals),
                        sum(t[1] for t in totals), len(pids), totals[0][1],
                        max((t[1] for t in totals[1:]), default=0)))
        time.sleep(interval)
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    def by_tenth(column: int) -> list[int]:
        peaks = []
        for tenth in range(1, 11):
            window = [s for s in samples if (tenth - 1) * elapsed / 10 <= s[0] < tenth * elapsed / 10]
            peaks.append(round(max((s[column] for s in window), default=0) / 1024))
        return peaks

    return {
        "command": " ".join(command),
        "exit_code": process.returncode,
        "output": stdout.strip(),
        "errors": stderr.strip()[-500:],
        "seconds": round(elapsed, 1),
        "peak_rss_mib": round(max((s[1] for s in samples), default=0) / 1024),
        "peak_pss_mib": round(max((s[2] for s in samples), default=0) / 1024),
        "max_processes": max((s[3] for s in samples), default=0),
        "peak_pss_mib_by_tenth": by_tenth(2),
        "writer_pss_mib_by_tenth": by_tenth(4),
        "largest_worker_pss_mib_by_tenth": by_tenth(5),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="a JSONL corpus (benchmarks/make_corpus.py)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "bench.db")
        command = [sys.executable, "-m", "onrecord.cli.main", "ingest", args.corpus, "--db", db,
                   "--jobs", str(args.jobs), "--no-progress"]
        report = measure(command, args.interval)
        report["db_mib"] = round(sum(p.stat().st_size for p in Path(scratch).iterdir()) / 2**20, 1)
    report["articles_per_s"] = None
    words = report["output"].split()
    if len(words) > 1 and words[0] == "read":
        report["articles_per_s"] = round(int(words[1].rstrip(",")) / report["seconds"], 2)  # type: ignore[arg-type]
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
