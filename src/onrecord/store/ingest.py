"""Ingest: documents -> extraction -> the store, in batches, idempotent and resumable.

An article already in the store (same content hash) is skipped before extraction, so a
rerun after an interruption only does the work that was not yet committed. Each batch is
one store transaction: a crash loses at most the uncommitted batch, which the rerun redoes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..ingest.items import ReadFailure, Skipped
from ..model import Article, ExtractionResult
from .base import StatementStore

Extractor = Callable[[Article], ExtractionResult]
MAX_LISTED_FAILURES = 100  # the summary lists this many reasons; the count is always exact


@dataclass
class IngestSummary:
    """What an ingest run did. `exit_code` is 0 when nothing failed, else 1."""

    read: int = 0
    stored: int = 0
    skipped_duplicates: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    statements: int = 0

    def fail(self, where: str, reason: str) -> None:
        self.failed += 1
        if len(self.failures) < MAX_LISTED_FAILURES:
            self.failures.append({"input": where, "reason": reason})

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "skipped_duplicates": self.skipped_duplicates,
            "skipped": dict(sorted(self.skipped.items())),
            "failed": self.failed,
            "failures": list(self.failures),
            "statements": self.statements,
        }


def ingest(
    store: StatementStore,
    items: Iterable[Article | ExtractionResult | ReadFailure | Skipped],
    *,
    extractor: Extractor,
    batch_size: int = 32,
    on_item: Callable[[], None] | None = None,
) -> IngestSummary:
    """Store every document in `items`; per-item failures are counted, never raised."""
    summary = IngestSummary()
    pending: list[ExtractionResult] = []
    pending_ids: set[str] = set()

    def flush() -> None:
        outcome = store.add_results(pending)
        summary.stored += len(outcome.stored)
        summary.skipped_duplicates += len(outcome.duplicates)
        summary.statements += outcome.statements
        pending.clear()
        pending_ids.clear()

    for item in items:
        if on_item is not None:
            on_item()
        if isinstance(item, ReadFailure):
            summary.fail(item.path, item.message)
            continue
        if isinstance(item, Skipped):
            summary.skipped[item.reason] = summary.skipped.get(item.reason, 0) + 1
            continue
        summary.read += 1
        article = item.article if isinstance(item, ExtractionResult) else item
        where = article.url or article.path or article.id
        if not article.text.strip():
            codes = ", ".join(problem.code for problem in article.problems) or "empty"
            summary.fail(where, f"no text to store ({codes})")
            continue
        if article.id in pending_ids or store.has_article(article.id):
            summary.skipped_duplicates += 1
            continue
        if isinstance(item, ExtractionResult):
            result = item
        else:
            try:
                result = extractor(item)
            except Exception as error:  # noqa: BLE001 - one bad document must not stop the run
                summary.fail(where, f"extraction failed: {type(error).__name__}: {error}")
                continue
        pending.append(result)
        pending_ids.add(article.id)
        if len(pending) >= batch_size:
            flush()
    if pending:
        flush()
    return summary
