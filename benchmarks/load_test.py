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
import sqlite3
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--client", choices=["python", "wrk"], default="python",
                        help="load generator: an asyncio httpx client, or wrk (apt install wrk)")
    parser.add_argument("--workers", type=int, default=1, help="onrecord serve --workers")
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
    # Fold the previous run's write-ahead log into the file (deleting it would lose
    # committed rows and corrupt the database).
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    words = Synth(seed=2).words[:300]  # the frequent end of the Zipf vocabulary
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen([sys.executable, "-m", "onrecord.cli.main", "serve", "--db", str(db),
                               "--port", str(args.port), "--workers", str(args.workers)],
                              stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    report: dict = {"statements": args.statements, "clients": args.clients, "seconds": args.seconds,
                    "workers": args.workers, "client": args.client}

    def hammer_with(seconds: float) -> dict:
        if args.client == "wrk":
            return wrk_hammer(base, words, args.clients, seconds)
        return asyncio.run(hammer(base, words, args.clients, seconds))
    try:
        wait_until_up(base, server)
        hammer_with(2)  # warm-up: connections, page cache
        report["reads"] = hammer_with(args.seconds)
        writer = subprocess.Popen([sys.executable, __file__, "--write-for", str(args.seconds + 2),
                                   "--db", str(db)], stdout=subprocess.PIPE, text=True)
        time.sleep(1)
        report["reads_during_ingest"] = hammer_with(args.seconds)
        out, _ = writer.communicate(timeout=120)
        report["reads_during_ingest"].update(json.loads(out.strip().splitlines()[-1]))
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
