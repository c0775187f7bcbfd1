"""Extraction on every core: N worker processes, streamed input, bounded memory.

Each worker loads the NLP pipeline once (in its initializer). The caller's iterator is
consumed lazily with a bounded window of articles in flight, so memory stays flat however
large the corpus is, and results come back in input order, so one writer (the store)
can consume them.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from ..model import Article, ExtractionResult, Problem

log = logging.getLogger(__name__)

# Articles in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 8


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _init_worker() -> None:
    from ..nlp.pipeline import load_pipeline

    load_pipeline()


def _extract_one(article: Article) -> ExtractionResult:
    from ..extract import extract_article

    try:
        return extract_article(article)
    except Exception as error:  # a bug on one article must not end the batch
        log.exception("extraction failed for %s", article.path or article.id)
        problem = Problem("extract_failed", f"{type(error).__name__}: {error}")
        return ExtractionResult(article=article, problems=article.problems + (problem,))


def extract_parallel(articles: Iterable[Article], jobs: int | None = None) -> Iterator[ExtractionResult]:
    """Extract from `articles` in `jobs` processes (default: all cores), in input order."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        from ..nlp.pipeline import load_pipeline

        load_pipeline()
        for article in articles:
            yield _extract_one(article)
        return
    window = jobs * WINDOW_PER_WORKER
    pending: deque[Future[ExtractionResult]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker) as pool:
        for article in articles:
            pending.append(pool.submit(_extract_one, article))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
