"""Extraction on every core: N worker processes, streamed input, bounded memory.

Each worker loads the NLP pipeline once (in its initializer). The caller's iterator is
consumed lazily with a bounded window of articles in flight, so memory stays flat however
large the corpus is, and results come back in input order, so one writer (the store)
can consume them.

Failures follow a policy rather than ending the batch: an exception on one article
becomes an `extract_failed` problem on its result, and a worker that dies outright (a
segfault, the OOM killer) is replaced; the article it was working on is retried alone
once and, if it kills a worker again, recorded as `worker_crashed`.
"""

from __future__ import annotations

import logging
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from ..model import Article, ExtractionResult, Interpretation, Problem, Statement

log = logging.getLogger(__name__)

# Articles in flight per worker: enough to keep workers busy, small enough to bound memory.
WINDOW_PER_WORKER = 8

Extractor = Callable[[Article], ExtractionResult]
Item = TypeVar("Item")
# What a worker sends back: the article itself stays in the parent, so its text is not
# pickled a second time on the way back.
_Found = tuple[tuple[Statement, ...], tuple[Interpretation, ...], tuple[Problem, ...]]

_worker_extractor: Extractor | None = None


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _default_extractor() -> Extractor:
    from ..extract import extract_article
    from ..nlp.pipeline import load_pipeline

    load_pipeline()  # once per process, before the first article
    return extract_article


def _init_worker(extractor: Extractor | None) -> None:
    global _worker_extractor
    # Ctrl-C is the parent's to handle: it stops feeding work and cancels what is queued.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_extractor = extractor or _default_extractor()


def _extract_safely(extractor: Extractor, article: Article) -> _Found:
    try:
        result = extractor(article)
    except Exception as error:  # a bug on one article must not end the batch
        log.exception("extraction failed for %s", article.path or article.id)
        problem = Problem("extract_failed", f"{type(error).__name__}: {error}")
        return (), (), article.problems + (problem,)
    return result.statements, result.interpretations, result.problems


def _run_in_worker(article: Article) -> _Found:
    assert _worker_extractor is not None, "worker initializer did not run"
    return _extract_safely(_worker_extractor, article)


def _result(article: Article, found: _Found) -> ExtractionResult:
    statements, interpretations, problems = found
    return ExtractionResult(article=article, statements=statements,
                            interpretations=interpretations, problems=problems)


def _crashed(article: Article) -> ExtractionResult:
    problem = Problem("worker_crashed", "the extraction process died on this article (twice)")
    return ExtractionResult(article=article, problems=article.problems + (problem,))


class _RestartablePool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, jobs: int, extractor: Extractor | None) -> None:
        self.jobs = jobs
        self.extractor = extractor
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, initializer=_init_worker,
                                   initargs=(self.extractor,))

    def submit(self, article: Article) -> Future[_Found]:
        try:
            return self.executor.submit(_run_in_worker, article)
        except BrokenProcessPool as error:
            # A worker died since the last submit: hand back a lost future; the article is
            # resubmitted, in order, when the crash is dealt with (_recover).
            lost: Future[_Found] = Future()
            lost.set_exception(error)
            return lost

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self, *, finished: bool) -> None:
        # On an early exit (Ctrl-C, the consumer stopped) drop queued work instead of
        # finishing it: workers complete the article in hand and exit.
        self.executor.shutdown(wait=finished, cancel_futures=not finished)


def _lost(future: Future[Any]) -> bool:
    # Work on a broken pool ends failed or, once the pool is shut down, cancelled. The task
    # itself never raises (_extract_safely), so any exception means the process was lost.
    return future.cancelled() or future.exception() is not None


def _recover(pool: _RestartablePool, head: Article, rest: deque[list[Any]]) -> ExtractionResult:
    """After a worker died: retry `head` alone, then resubmit the rest that were lost."""
    log.warning("an extraction worker died; restarting the pool and retrying %s alone",
                head.path or head.id)
    pool.restart()
    try:
        result = _result(head, pool.submit(head).result())
    except BrokenProcessPool:
        log.error("extraction worker died again on %s; recorded as worker_crashed", head.path or head.id)
        pool.restart()
        result = _crashed(head)
    for entry in rest:
        item, future = entry
        if future is not None and _lost(future):
            entry[1] = pool.submit(item)
    return result


def extract_stream(
    items: Iterable[Item],
    jobs: int | None = None,
    *,
    should_extract: Callable[[Article], bool] | None = None,
    extractor: Extractor | None = None,
) -> Iterator[Item | ExtractionResult]:
    """Every item in order; each Article that `should_extract` accepts replaced by its result.

    Items that are not Articles (read failures, skips, ready results) and articles that
    `should_extract` turns down (already stored, say) pass through unchanged, in place.
    `extractor` must be a picklable module-level function; the default is
    `extract.extract_article` with the pipeline loaded once per worker.
    """
    jobs = jobs or default_jobs()
    wanted = should_extract or (lambda article: True)
    if jobs <= 1:
        local = extractor or _default_extractor()
        for item in items:
            if isinstance(item, Article) and wanted(item):
                yield _result(item, _extract_safely(local, item))
            else:
                yield item
        return
    window = jobs * WINDOW_PER_WORKER
    pending: deque[list[Any]] = deque()  # [item, Future or None], in input order
    pool: _RestartablePool | None = None
    finished = False

    def next_ready() -> Any:
        item, future = pending.popleft()
        if future is None:
            return item
        try:
            return _result(item, future.result())
        except BrokenProcessPool:
            assert pool is not None
            return _recover(pool, item, pending)

    try:
        for item in items:
            if isinstance(item, Article) and wanted(item):
                if pool is None:  # started on the first article: a run of duplicates forks nothing
                    pool = _RestartablePool(jobs, extractor)
                pending.append([item, pool.submit(item)])
            else:
                pending.append([item, None])
            if len(pending) >= window:
                yield next_ready()
        while pending:
            yield next_ready()
        finished = True
    finally:
        if pool is not None:
            pool.close(finished=finished)


def extract_parallel(
    articles: Iterable[Article], jobs: int | None = None, *, extractor: Extractor | None = None
) -> Iterator[ExtractionResult]:
    """Extract from `articles` in `jobs` processes (default: all cores), in input order."""
    for result in extract_stream(articles, jobs, extractor=extractor):
        assert isinstance(result, ExtractionResult)
        yield result
