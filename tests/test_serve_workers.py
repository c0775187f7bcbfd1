"""`onrecord serve --workers N`: several server processes over one store."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request

from hostile_corpus import free_port
from test_store import make_result

from onrecord.store import SqliteStore


def test_two_workers_serve_the_same_store(tmp_path):
    db = tmp_path / "s.db"
    store = SqliteStore(db)
    store.add_results([make_result('Ana said "the tide is high".', [("the tide is high", "Ana")])])
    store.close()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "onrecord.cli.main", "serve", "--db", str(db), "--port", str(port),
         "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline:
            try:
                url = f"http://127.0.0.1:{port}/api/statements?q=tide"
                with urllib.request.urlopen(url, timeout=5) as response:
                    body = json.loads(response.read())
                break
            except OSError:
                time.sleep(0.5)
        assert body is not None, "server did not come up"
        assert body["total"] == 1
        assert body["results"][0]["speaker"]["name"] == "Ana"
    finally:
        server.terminate()
        server.wait(timeout=30)
