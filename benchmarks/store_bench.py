"""Record store benchmark on synthetic data (no NLP).

1. Ingest: ExtractionResults built in memory and stored through SqliteStore.add_results
   (speakers, venues, FTS triggers and quote clustering all included) -> statements/s.
2. Search: a store of --statements rows written directly with executemany (same schema, FTS
   triggers on; quote clusters left out, search does not read them), then word + speaker
   queries through SqliteStore.search -> p50/p95/max latency.

    python benchmarks/store_bench.py                      # 1,000,000 statements
    python benchmarks/store_bench.py --statements 100000  # quicker
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    Speaker,
    Statement,
    article_id_for,
    statement_id_for,
)
from onrecord.query import SearchQuery
from onrecord.store import SqliteStore

FIRST = ["ada", "lena", "piet", "ivo", "mira", "tomas", "ana", "olek", "rosa", "kai", "nina", "bram", "elif", "joss", "una", "wren"]
LAST = ["okafor", "marsh", "ng", "stan", "solberg", "reyes", "bell", "lund", "varga", "mori", "sato", "ruiz", "hale", "kerr", "dunn", "voss", "amari", "ekholm", "fitch", "garza", "holm", "ilves", "jansen", "kowal", "larch", "moss", "navar", "oduya", "pike"]


def make_vocabulary(size: int, rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnoprstuvw"
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(letters) for _ in range(rng.randint(3, 9))))
    return sorted(words)


class Synth:
    def __init__(self, seed: int = 7, vocabulary: int = 5000, speakers: int = 5000) -> None:
        self.rng = random.Random(seed)
        self.words = make_vocabulary(vocabulary, self.rng)
        # Zipf-like word frequencies, as in real text.
        self.cum_weights = []
        total = 0.0
        for rank in range(1, vocabulary + 1):
            total += 1.0 / rank
            self.cum_weights.append(total)
        names = [f"{f} {m} {last}" for f in FIRST for last in LAST for m in "abcdefghijklmnopqrstuvwxyz"]
        self.rng.shuffle(names)
        self.speakers = [name.title() for name in names[:speakers]]

    def sentence(self) -> str:
        count = self.rng.randint(8, 20)
        return " ".join(self.rng.choices(self.words, cum_weights=self.cum_weights, k=count))


def ingest_benchmark(path: Path, statements: int, per_article: int = 10, batch: int = 50) -> dict:
    synth = Synth(seed=1)
    results = []
    for number in range(statements // per_article):
        quotes = [synth.sentence() for _ in range(per_article)]
        body = f"Article {number}. " + " ".join(f'{synth.rng.choice(synth.speakers)} said "{q}".' for q in quotes)
        article = Article(id=article_id_for(body), text=body, path=f"{number}.txt",
                          published=date(2020, 1, 1) + timedelta(days=number % 1500))
        found, position = [], 0
        for quote in quotes:
            start = body.index(quote, position)
            position = start + len(quote)
            content = (CharSpan.of(body, start, position),)
            found.append(Statement(id=statement_id_for(article.id, content), kind="direct", content=content,
                                   cue=None, source=None, speaker=Speaker(synth.rng.choice(synth.speakers)),
                                   confidence=0.8))
        results.append(ExtractionResult(article, tuple(found)))
    store = SqliteStore(path)
    started, cpu_started = time.perf_counter(), time.process_time()
    for start in range(0, len(results), batch):
        store.add_results(results[start : start + batch])
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started  # the machine is shared: CPU time shows our own cost
    stored = store.counts()["statements"]
    store.close()
    return {"statements": stored, "seconds": round(elapsed, 2), "statements_per_s": round(stored / elapsed),
            "cpu_seconds": round(cpu, 2), "statements_per_cpu_s": round(stored / cpu)}


def build_large_store(path: Path, statements: int, per_article: int = 10, chunk: int = 50_000) -> float:
    """Write `statements` rows straight into the schema with executemany (FTS via triggers)."""
    synth = Synth(seed=2)
    SqliteStore(path).close()  # creates the schema through the migrations
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -262144")
    connection.executemany(
        "INSERT INTO speakers(id, name, type, key) VALUES (?, ?, 'person', ?)",
        [(n + 1, name, name.lower()) for n, name in enumerate(synth.speakers)],
    )
    started = time.perf_counter()
    seq = 0
    while seq < statements:
        connection.execute("BEGIN")
        articles, rows = [], []
        for _ in range(min(chunk, statements - seq) // per_article or 1):
            article_number = seq // per_article
            article_id = f"{article_number:016x}"
            published = (date(2015, 1, 1) + timedelta(days=article_number % 3650)).isoformat()
            articles.append((article_id, f"{article_number}.txt", published, "x"))
            for position in range(per_article):
                seq += 1
                text = synth.sentence()
                speaker = synth.rng.randrange(len(synth.speakers)) + 1
                content = json.dumps([{"start": 0, "end": len(text), "text": text}])
                rows.append((seq, f"{seq:016x}", article_id, position, text, content, speaker,
                             synth.speakers[speaker - 1], published))
        connection.executemany(
            "INSERT INTO articles(id, path_or_url, published, text, ingested_at) VALUES (?, ?, ?, ?, 'now')",
            articles,
        )
        connection.executemany(
            "INSERT INTO statements(seq, id, article_id, position, kind, text, content, speaker_id, "
            "speaker_name, speaker_type, confidence, extractor_version, published) "
            "VALUES (?, ?, ?, ?, 'direct', ?, ?, ?, ?, 'person', 0.8, 'bench', ?)",
            rows,
        )
        connection.execute("COMMIT")
        print(f"  {seq:,} statements written", file=sys.stderr)
    connection.execute("ANALYZE")
    connection.close()
    return time.perf_counter() - started


def search_benchmark(path: Path, queries: int) -> dict:
    synth = Synth(seed=2)
    rng = random.Random(3)
    store = SqliteStore(path, readonly=True)
    timings, totals = [], []
    for _ in range(queries):
        word = synth.words[rng.randrange(20, 2000)]  # everyday words, common and rare
        query = SearchQuery.parse(word, speaker=rng.choice(synth.speakers), limit=20)
        started = time.perf_counter()
        page = store.search(query)
        timings.append((time.perf_counter() - started) * 1000)
        totals.append(page.total)
    store.close()
    timings.sort()
    return {
        "queries": queries,
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 2),
        "max_ms": round(timings[-1], 2),
        "mean_hits": round(statistics.mean(totals), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=1_000_000, help="size of the search store")
    parser.add_argument("--ingest-statements", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", help="where to put the databases (default: a temporary folder)")
    args = parser.parse_args()
    folder = Path(args.dir or tempfile.mkdtemp(prefix="onrecord-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ingest.db").unlink(missing_ok=True)
    report = {"ingest": ingest_benchmark(folder / "ingest.db", args.ingest_statements)}
    print(json.dumps(report["ingest"]), file=sys.stderr)
    large = folder / "search.db"
    if not large.exists():
        report["build_seconds"] = round(build_large_store(large, args.statements), 1)
    report["search_store_statements"] = args.statements
    report["search"] = search_benchmark(large, args.queries)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
