"""API reads while an ingest writes: no errors, and no partial article is ever visible.

The writer is a separate `onrecord ingest` process (our Parquet export: no NLP), committing
small batches; the readers are threads hammering a live uvicorn server over loopback. Each
synthetic article's title says how many statements it has ("k=N"), so a reader can check that
an article it can see has all of them.
"""

from __future__ import annotations

import re
import subprocess
import threading
import time

import httpx
import pytest
from hostile_corpus import build_store, child_env, live_server, onrecord_command

from onrecord.store import SqliteStore
from onrecord.store.export import write_parquet
from onrecord.web import create_app

pytestmark = pytest.mark.slow
_K = re.compile(r"k=(\d+)")


def test_reads_during_an_ingest_see_whole_articles_only(tmp_path):
    source = tmp_path / "source.db"
    expected = build_store(source, 400)
    export = tmp_path / "export"
    with SqliteStore(source, readonly=True) as store:
        write_parquet(store, str(export))
    db = tmp_path / "live.db"
    SqliteStore(db).close()  # an empty store the server can open read-only
    app = create_app(db)
    errors: list[str] = []
    checked = {"articles": 0, "searches": 0, "during": 0}
    writing = threading.Event()
    stop = threading.Event()

    def reader(base: str, seed: int) -> None:
        words = ["spring", "harbour", "quay", "rebuilt", "bridge", "ferry", "number"]
        with httpx.Client(base_url=base, timeout=30) as http:
            index = seed
            while not stop.is_set():
                index += 1
                response = http.get("/api/statements", params={"q": words[index % len(words)], "limit": 50})
                if response.status_code != 200:
                    errors.append(f"search {response.status_code}: {response.text[:200]}")
                    continue
                checked["searches"] += 1
                checked["during"] += writing.is_set()
                seen = {hit["article"]["id"]: hit["article"]["title"] for hit in response.json()["results"]}
                for article_id, title in list(seen.items())[:5]:
                    article = http.get(f"/api/articles/{article_id}")
                    if article.status_code != 200:
                        errors.append(f"article {article_id}: {article.status_code}")
                        continue
                    want = int(_K.search(title).group(1))
                    got = len(article.json()["statements"])
                    if got != want:
                        errors.append(f"article {article_id} shows {got} of its {want} statements")
                    checked["articles"] += 1
                for url in ("/api/speakers", "/"):
                    if (status := http.get(url).status_code) != 200:
                        errors.append(f"{url}: {status}")

    with live_server(app) as base:
        threads = [threading.Thread(target=reader, args=(base, seed)) for seed in range(4)]
        for thread in threads:
            thread.start()
        writing.set()
        writer = subprocess.run(
            [*onrecord_command(), "ingest", str(export), "--db", str(db), "--jobs", "1", "--batch-size", "3",
             "--no-progress"], capture_output=True, text=True, env=child_env(), timeout=300, check=False)
        writing.clear()
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        final = httpx.get(f"{base}/api/statements", params={"limit": 1}).json()["total"]
    assert writer.returncode == 0, writer.stderr[-2000:]
    assert errors == []
    assert checked["during"] >= 20 and checked["articles"] >= 50, checked
    assert final == sum(expected.values())
