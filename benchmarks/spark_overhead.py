"""Spark's local-mode overhead beside the local path, from JSONL to the Parquet export.

For each corpus, wall time of
  local:  onrecord ingest CORPUS --jobs N   then   onrecord export OUT --format parquet
  spark:  onrecord spark extract CORPUS OUT --master local[N]
each as a fresh command (so both pay their start: Python + pipeline loads; Spark also
starts a JVM). Two corpus sizes separate Spark's fixed start cost from its per-article
cost: per-article = (T_big - T_small) / (N_big - N_small).

    python benchmarks/make_corpus.py 10 c10.jsonl; python benchmarks/make_corpus.py 200 c200.jsonl
    python benchmarks/spark_overhead.py c10.jsonl c200.jsonl --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

ONRECORD = [sys.executable, "-m", "onrecord.cli.main"]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    outcome = subprocess.run(command, capture_output=True, text=True, check=False)
    if outcome.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed:\n{outcome.stderr[-2000:]}")
    return time.perf_counter() - start


def articles_in(corpus: str) -> int:
    with open(corpus, encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def run_both(corpus: str, jobs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "local.db")
        local = timed([*ONRECORD, "ingest", corpus, "--db", db, "--jobs", str(jobs), "--no-progress"])
        local += timed([*ONRECORD, "export", os.path.join(scratch, "local-out"), "--db", db,
                        "--format", "parquet"])
        spark = timed([*ONRECORD, "spark", "extract", corpus, os.path.join(scratch, "spark-out"),
                       "--master", f"local[{jobs}]", "--conf", "spark.ui.enabled=false",
                       "--conf", "spark.ui.showConsoleProgress=false"])
    return {"articles": articles_in(corpus), "local_s": round(local, 1), "spark_s": round(spark, 1),
            "spark_over_local": round(spark / local, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("small", help="a small JSONL corpus (a few articles)")
    parser.add_argument("big", help="a larger JSONL corpus (hundreds of articles)")
    parser.add_argument("--jobs", type=int, default=2, help="processes / Spark local cores")
    args = parser.parse_args()
    load_before = os.getloadavg()
    small, big = run_both(args.small, args.jobs), run_both(args.big, args.jobs)
    extra = big["articles"] - small["articles"]
    per_article = {
        path: (big[f"{path}_s"] - small[f"{path}_s"]) / extra if extra > 0 else float("nan")
        for path in ("local", "spark")
    }
    print(json.dumps({
        "load_before": load_before, "load_after": os.getloadavg(), "small": small, "big": big,
        "marginal_articles_per_s": {path: round(1 / s, 2) if s > 0 else None for path, s in per_article.items()},
        "spark_fixed_start_s": round(small["spark_s"] - small["articles"] * per_article["spark"], 1),
        "local_fixed_start_s": round(small["local_s"] - small["articles"] * per_article["local"], 1),
    }, indent=2))


if __name__ == "__main__":
    main()
