"""Load test: search requests from 50 concurrent clients against `onrecord serve` on loopback.

    python benchmarks/load_test.py --seconds 15 --client wrk --workers 2     # the headline
    python benchmarks/load_test.py --seconds 15 --client wrk --workers 2 --writer synthetic
    python benchmarks/load_test.py --writer synthetic --writer-rate 70       # a throttled writer
    python benchmarks/load_test.py --statements 20000 --seconds 10 --clients 50

1. Builds once (in --workdir) a store of synthetic statements with store_bench's generator,
   and gives every run a fresh copy of it, so every run starts from the same store.
2. Starts `onrecord serve --workers N` on 127.0.0.1. Each worker keeps an exact cache of
   search responses (emptied by every commit); ONRECORD_SEARCH_CACHE_MIB=0 in the
   environment turns it off, to measure every search reaching SQLite.
3. Phase "reads": N clients loop on GET /api/statements?q=WORD for the time given.
4. Phase "reads during an ingest": the same while another process writes into the store. It
   starts once the writer has committed once (so a real ingest has loaded its model), and
   reports the statements written and the commits seen during the phase. --writer picks it:
     real       `onrecord ingest --jobs 1` over a corpus from make_corpus.py: spaCy and the
                statement finders, then one transaction per --ingest-batch-size articles,
                as a production ingest on one core (the default: the honest headline).
     synthetic  articles made up without NLP and written through SqliteStore.add_results,
                10 articles (50 statements) a transaction, as fast as it can unless
                --writer-rate caps it (statements/s); a stress test of commits, not an ingest.
   --writer-nice N runs the writer at a lower priority (as `nice onrecord ingest` would).
Prints requests/s, p50/p99/max latency, errors, and the load average before the run and
after each phase (the machine may be shared). The load generator runs on the same machine,
so it competes with the server for the CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from store_bench import Synth, build_large_store


def write_for(db: Path, seconds: float, rate: float = 0.0, batch: int = 10) -> None:
    """The synthetic writer (run in its own process): made-up articles, one transaction per
    batch, for at most `seconds` (the parent stops it sooner). `rate` > 0 caps the pace at
    that many statements a second, on average since the start."""
    from onrecord.model import (
        Article,
        CharSpan,
        ExtractionResult,
        Speaker,
        Statement,
        article_id_for,
        statement_id_for,
    )
    from onrecord.store import SqliteStore

    synth = Synth(seed=int(time.time()))
    store = SqliteStore(db)
    started = time.monotonic()
    deadline, written, number = started + seconds, 0, 0
    while time.monotonic() < deadline:
        results = []
        for _ in range(batch):
            number += 1
            quotes = [synth.sentence() for _ in range(5)]
            body = f"Live {number} {time.time()}. " + " ".join(
                f'{synth.rng.choice(synth.speakers)} said "{q}".' for q in quotes)
            article = Article(id=article_id_for(body), text=body, path=f"live/{number}.txt",
                              published=date(2024, 1, 1) + timedelta(days=number % 300))
            found, position = [], 0
            for quote in quotes:
                start = body.index(quote, position)
                position = start + len(quote)
                content = (CharSpan.of(body, start, position),)
                found.append(Statement(id=statement_id_for(article.id, content), kind="direct",
                                       content=content, cue=None, source=None,
                                       speaker=Speaker(synth.rng.choice(synth.speakers)), confidence=0.8))
            results.append(ExtractionResult(article, tuple(found)))
        written += store.add_results(results).statements
        if rate > 0:  # sleep until the average pace is back at the cap
            time.sleep(max(0.0, started + written / rate - time.monotonic()))
    store.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


async def hammer(base: str, words: list[str], clients: int, seconds: float) -> dict:
    import httpx

    latencies: list[float] = []
    errors: dict[str, int] = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        deadline = time.monotonic() + seconds

        async def client(seed: int) -> None:
            rng = random.Random(seed)
            while time.monotonic() < deadline:
                params = {"q": " ".join(rng.sample(words, rng.choice((1, 1, 2)))), "limit": 20}
                started = time.perf_counter()
                try:
                    response = await http.get("/api/statements", params=params)
                    key = None if response.status_code == 200 else str(response.status_code)
                except httpx.HTTPError as error:
                    key = type(error).__name__
                latencies.append(time.perf_counter() - started)
                if key:
                    errors[key] = errors.get(key, 0) + 1

        started = time.monotonic()
        await asyncio.gather(*(client(seed) for seed in range(clients)))
        elapsed = time.monotonic() - started
    return {
        "requests": len(latencies), "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(1000 * percentile(latencies, 0.99), 1),
        "max_ms": round(1000 * max(latencies), 1) if latencies else None,
        "errors": errors, "load_average": [round(v, 2) for v in os.getloadavg()],
    }


def wrk_hammer(base: str, words: list[str], clients: int, seconds: float) -> dict:
    """The same query mix driven by wrk (C, from Debian's `wrk` package): the load generator
    then costs little CPU, so the figures describe the server, not the client."""
    quoted = ",".join(json.dumps(word) for word in words)
    script = (
        f"local words = {{{quoted}}}\n"
        "math.randomseed(7)\n"
        "request = function()\n"
        "  local q = words[math.random(#words)]\n"
        "  if math.random(3) == 1 then q = q .. '%20' .. words[math.random(#words)] end\n"
        "  return wrk.format('GET', '/api/statements?limit=20&q=' .. q)\n"
        "end\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        out = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--latency", "-s", handle.name, base],
            capture_output=True, text=True, timeout=seconds + 60, check=True,
        ).stdout
    finally:
        os.unlink(handle.name)

    def ms(label: str) -> float | None:
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == label:
                value = parts[1]
                factor = {"us": 0.001, "ms": 1.0, "s": 1000.0}
                for unit in ("us", "ms", "s"):
                    if value.endswith(unit):
                        return round(float(value[: -len(unit)]) * factor[unit], 1)
        return None

    rate = next((float(line.split()[1]) for line in out.splitlines() if line.startswith("Requests/sec")), 0.0)
    non_2xx = next((int(line.split()[-1]) for line in out.splitlines() if "Non-2xx" in line), 0)
    socket_errors = next((line.strip() for line in out.splitlines() if "Socket errors" in line), None)
    return {
        "client": "wrk", "requests_per_s": rate, "p50_ms": ms("50%"), "p99_ms": ms("99%"),
        "errors": {"non_2xx": non_2xx, "socket": socket_errors},
        "load_average": [round(v, 2) for v in os.getloadavg()],
    }


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited with {server.returncode}")
        try:
            if httpx.get(base + "/api/speakers?limit=1", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not start")


def statements_in(db: Path) -> int:
    """How many statements the store holds now (seq only grows: MAX is an index lookup)."""
    with sqlite3.connect(Path(db).resolve().as_uri() + "?mode=ro", uri=True) as connection:
        return int(connection.execute("SELECT COALESCE(MAX(seq), 0) FROM statements").fetchone()[0])


class CommitCounter(threading.Thread):
    """Counts the writer's commits by sampling `PRAGMA data_version` every 20 ms (two commits
    closer together than that count as one)."""

    def __init__(self, db: Path) -> None:
        super().__init__(daemon=True)
        self.db, self.commits, self._done = db, 0, threading.Event()

    def run(self) -> None:
        connection = sqlite3.connect(Path(self.db).resolve().as_uri() + "?mode=ro", uri=True)
        last = connection.execute("PRAGMA data_version").fetchone()[0]
        while not self._done.wait(0.02):
            version = connection.execute("PRAGMA data_version").fetchone()[0]
            self.commits += version != last
            last = version
        connection.close()

    def stop(self) -> int:
        self._done.set()
        self.join()
        return self.commits


def fresh_store(base: Path, run: Path) -> None:
    """A copy of the untouched base store for this run (its WAL folded in first)."""
    with sqlite3.connect(base) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{run}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(base, run)


def corpus_for(workdir: Path, articles: int, seed: int) -> Path:
    """make_corpus.py's invented articles (cached: the same seed writes the same file)."""
    corpus = workdir / f"corpus-{articles}-{seed}.jsonl"
    if not corpus.exists():
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(articles), str(corpus),
                        "--seed", str(seed)], check=True, stderr=subprocess.DEVNULL)
    return corpus


def start_writer(args: argparse.Namespace, db: Path) -> subprocess.Popen:
    if args.writer == "real":
        articles = args.corpus_articles or int(8 * (args.seconds + 60))  # never runs dry
        corpus = corpus_for(args.workdir, articles, args.corpus_seed)
        command = [sys.executable, "-m", "onrecord.cli.main", "ingest", "--jobs", "1", "--db", str(db),
                   "--batch-size", str(args.ingest_batch_size), "--no-progress", "--format", "json",
                   str(corpus)]
    else:
        command = [sys.executable, __file__, "--write-for", str(args.seconds + 300), "--db", str(db),
                   "--writer-rate", str(args.writer_rate)]
    if args.writer_nice > 0:  # the ingest as a background job beside a server: `nice onrecord ingest`
        command = ["nice", "-n", str(args.writer_nice), *command]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_for_first_commit(db: Path, writer: subprocess.Popen, before: int, timeout: float = 240) -> float:
    """Seconds until the writer's first commit: a real ingest first loads spaCy and fills a batch."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if writer.poll() is not None:
            raise SystemExit(f"the writer exited with {writer.returncode} before writing")
        if statements_in(db) > before:
            return round(time.monotonic() - started, 1)
        time.sleep(0.1)
    raise SystemExit("the writer wrote nothing in time")


def stop_writer(writer: subprocess.Popen) -> bool:
    """Stops the writer (an interrupted transaction rolls back); True if it had already finished."""
    finished = writer.poll() is not None
    if not finished:
        writer.send_signal(signal.SIGINT)
        try:
            writer.wait(timeout=30)
        except subprocess.TimeoutExpired:
            writer.kill()
            writer.wait()
    return finished


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--client", choices=["python", "wrk"], default="python",
                        help="load generator: an asyncio httpx client, or wrk (apt install wrk)")
    parser.add_argument("--workers", type=int, default=1, help="onrecord serve --workers")
    parser.add_argument("--writer", choices=["real", "synthetic"], default="real",
                        help="the second phase's writer: `onrecord ingest --jobs 1` (NLP and all), "
                             "or made-up articles written without NLP")
    parser.add_argument("--writer-rate", type=float, default=0.0,
                        help="synthetic writer: at most this many statements/s (0: as fast as it can)")
    parser.add_argument("--ingest-batch-size", type=int, default=32,
                        help="real writer: articles per transaction (onrecord ingest's default)")
    parser.add_argument("--corpus-articles", type=int, default=0,
                        help="real writer: corpus size (default: more than the phase can ingest)")
    parser.add_argument("--corpus-seed", type=int, default=31)
    parser.add_argument("--writer-nice", type=int, default=0,
                        help="run the writer at this nice level above the server's (0: the same)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "onrecord-load")
    parser.add_argument("--write-for", type=float, help=argparse.SUPPRESS)  # internal: the writer
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_for:
        try:
            write_for(args.db, args.write_for, rate=args.writer_rate)
        except KeyboardInterrupt:  # the parent's stop: the open transaction rolls back
            pass
        return
    load_before = [round(v, 2) for v in os.getloadavg()]
    args.workdir.mkdir(parents=True, exist_ok=True)
    base = args.workdir / f"base-{args.statements}.db"
    if not base.exists():
        print(f"building {base} ...", file=sys.stderr)
        build_large_store(base, args.statements)
    db = args.workdir / "run.db"
    fresh_store(base, db)
    words = Synth(seed=2).words[:300]  # the frequent end of the Zipf vocabulary
    url = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "onrecord.cli.main", "serve", "--db", str(db),
                               "--port", str(args.port), "--workers", str(args.workers)],
                              stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    report: dict = {"statements": args.statements, "clients": args.clients, "seconds": args.seconds,
                    "workers": args.workers, "client": args.client, "writer": args.writer,
                    "search_cache_mib": os.environ.get("ONRECORD_SEARCH_CACHE_MIB", "32 (default)"),
                    "load_average_before": load_before}
    if args.writer_nice:
        report["writer_nice"] = args.writer_nice
    if args.writer == "real":
        report["ingest_batch_size"] = args.ingest_batch_size
    else:
        report["writer_rate"] = args.writer_rate or "unlimited"

    def hammer_with(seconds: float) -> dict:
        if args.client == "wrk":
            return wrk_hammer(url, words, args.clients, seconds)
        return asyncio.run(hammer(url, words, args.clients, seconds))
    writer = None
    try:
        wait_until_up(url, server)
        hammer_with(2)  # warm-up: connections, page cache
        report["reads"] = hammer_with(args.seconds)
        before = statements_in(db)
        writer = start_writer(args, db)
        waited = wait_for_first_commit(db, writer, before)
        counter = CommitCounter(db)
        counter.start()
        at_start, started = statements_in(db), time.monotonic()
        phase = hammer_with(args.seconds)
        written, elapsed = statements_in(db) - at_start, time.monotonic() - started
        phase.update({
            "writer_first_commit_after_s": waited,
            "statements_written": written,
            "statements_written_per_s": round(written / elapsed, 1),
            "commits_seen": counter.stop(),
            "writer_finished_early": writer.poll() is not None,
        })
        report["reads_during_ingest"] = phase
    finally:
        if writer is not None:
            stop_writer(writer)
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
