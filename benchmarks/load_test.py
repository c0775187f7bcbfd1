"""Load test: search requests from 50 concurrent clients against `onrecord serve` on loopback.

    python benchmarks/load_test.py                        # 100,000 statements, 20 s per phase
    python benchmarks/load_test.py --statements 20000 --seconds 10 --clients 50

1. Builds (or reuses, in --workdir) a store of synthetic statements with store_bench's generator.
2. Starts `onrecord serve` (one uvicorn process, as shipped) on 127.0.0.1.
3. Phase "reads": N asyncio clients (httpx) loop on GET /api/statements?q=WORD for the time given.
4. Phase "reads+ingest": the same while another process writes synthetic articles into the store
   through SqliteStore.add_results (the ingest's own write path, without NLP).
Prints requests/s, p50/p99/max latency, errors, and the load average (the machine may be shared).
The load generator runs on the same machine, so it competes with the server for the CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from store_bench import Synth, build_large_store


def write_for(db: Path, seconds: float, batch: int = 10) -> None:
    """The writer phase (run in its own process): synthetic articles, one transaction per batch."""
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
    deadline, written, number = time.monotonic() + seconds, 0, 0
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
    store.close()
    print(json.dumps({"written_statements": written}))


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "onrecord-load")
    parser.add_argument("--write-for", type=float, help=argparse.SUPPRESS)  # internal: the writer
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.write_for:
        write_for(args.db, args.write_for)
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    db = args.workdir / f"load-{args.statements}.db"
    if not db.exists():
        print(f"building {db} ...", file=sys.stderr)
        build_large_store(db, args.statements)
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    words = Synth(seed=2).words[:300]  # the frequent end of the Zipf vocabulary
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "onrecord.cli.main", "serve", "--db", str(db),
                               "--port", str(args.port)], stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    report: dict = {"statements": args.statements, "clients": args.clients, "seconds": args.seconds}
    try:
        wait_until_up(base, server)
        asyncio.run(hammer(base, words, args.clients, 2))  # warm-up: connections, page cache
        report["reads"] = asyncio.run(hammer(base, words, args.clients, args.seconds))
        writer = subprocess.Popen([sys.executable, __file__, "--write-for", str(args.seconds + 2),
                                   "--db", str(db)], stdout=subprocess.PIPE, text=True)
        time.sleep(1)
        report["reads_during_ingest"] = asyncio.run(hammer(base, words, args.clients, args.seconds))
        out, _ = writer.communicate(timeout=120)
        report["reads_during_ingest"].update(json.loads(out.strip().splitlines()[-1]))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
