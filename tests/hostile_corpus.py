"""Synthetic stores for the hostile tests: short invented articles with known statements.

No NLP: ExtractionResults are built by hand, so each test knows exactly which articles and
statements must end up stored (and how many statements each article has).
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from onrecord.model import (
    Article,
    CharSpan,
    ExtractionResult,
    Speaker,
    Statement,
    Venue,
    article_id_for,
    statement_id_for,
)

SPEAKERS = ["Tilde Vasquez", "Abel Maurin", "Renée Duclos", "Ilse Brandt", "Dario Pell", "Mae Lorne"]
PLACES = ["Corran Quay", "Lisk Harbour", "the old mill", "Brenn Bridge", "the ferry slip"]
VERBS = ["rebuilt", "reopened", "painted", "sold", "closed", "moved"]


def statements_for(number: int) -> int:
    """How many statements synthetic article `number` carries (1 to 7)."""
    return number % 7 + 1


def synthetic_result(number: int) -> ExtractionResult:
    """Article `number`: its title names how many statements it has ("k=N"), for checks."""
    count = statements_for(number)
    lines = [f"Article {number} k={count}\n\n"]
    quotes = []
    for index in range(count):
        speaker = SPEAKERS[(number + index) % len(SPEAKERS)]
        place = PLACES[(number * 3 + index) % len(PLACES)]
        words = f"{place} will be {VERBS[index % len(VERBS)]} by spring number {number} part {index}"
        lines.append(f'{speaker} said "{words}."\n')
        quotes.append((words, speaker))
    text = "".join(lines)
    article = Article(
        id=article_id_for(text), text=text, path=f"synthetic/{number:05d}.txt",
        published=date(2024, 1, 1) + timedelta(days=number % 300), title=f"Article {number} k={count}",
    )
    statements = []
    for words, speaker in quotes:
        start = text.index(words)
        content = (CharSpan.of(text, start, start + len(words)),)
        statements.append(Statement(
            id=statement_id_for(article.id, content), kind="direct", content=content, cue=None,
            source=None, speaker=Speaker(speaker), confidence=0.9,
            venue=Venue("Corran Gazette", "outlet") if number % 2 else None,
        ))
    return ExtractionResult(article=article, statements=tuple(statements))


def build_store(path: Path, count: int, *, batch: int = 50) -> dict[str, int]:
    """A store of `count` synthetic articles; returns {article id: statement count}."""
    from onrecord.store import SqliteStore

    expected = {}
    store = SqliteStore(path)
    try:
        for first in range(0, count, batch):
            results = [synthetic_result(n) for n in range(first, min(count, first + batch))]
            store.add_results(results)
            expected.update({r.article.id: len(r.statements) for r in results})
    finally:
        store.close()
    return expected


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(app, *, port: int | None = None) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """Serve `app` with uvicorn on loopback in a thread; yields the base URL."""
    import uvicorn

    port = port or free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def onrecord_command() -> list[str]:
    """The `onrecord` CLI of this interpreter (works without the console script on PATH)."""
    return [sys.executable, "-m", "onrecord.cli.main"]


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    return env
