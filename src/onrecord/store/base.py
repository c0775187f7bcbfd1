"""The StatementStore protocol and the plain records it returns.

Every backend (SQLite now, PostgreSQL later) implements this protocol and passes the same
conformance suite (tests/test_store.py). Front ends depend on the protocol only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from ..model import ExtractionResult, Problem, Statement
from ..query import SearchQuery


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store keeps it (its text included, so exports can be re-ingested)."""

    id: str
    path_or_url: str | None
    title: str | None
    published: date | None
    outlet: str | None
    problems: tuple[Problem, ...] = ()
    text: str = ""

    def ref(self) -> dict[str, Any]:
        """The short reference used in search results and provenance."""
        return {
            "article_id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "path_or_url": self.path_or_url,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path_or_url": self.path_or_url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "outlet": self.outlet,
            "problems": [problem.to_dict() for problem in self.problems],
        }


@dataclass(frozen=True, slots=True)
class StatementHit:
    """A stored statement with the article it came from."""

    statement: Statement
    article: StoredArticle
    speaker_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """extract's statement object, plus "article": {"id", "title", "published"}."""
        data = self.statement.to_dict()
        data["article"] = {
            "id": self.article.id,
            "title": self.article.title,
            "published": self.article.published.isoformat() if self.article.published else None,
        }
        return data


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search results and the number of all matches."""

    total: int
    results: tuple[StatementHit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "results": [hit.to_dict() for hit in self.results]}


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """A speaker merged across articles, with how often they are on record."""

    id: int
    name: str
    type: str
    statements: int
    articles: int
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "statements": self.statements,
            "articles": self.articles,
            "aliases": list(self.aliases),
        }


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a quote appeared: every article carrying it, oldest first."""

    statement: StatementHit
    articles: tuple[StoredArticle, ...]
    claimed_venue: dict[str, Any] | None = None
    cluster_id: int | None = None

    @property
    def earliest(self) -> StoredArticle:
        return self.articles[0] if self.articles else self.statement.article

    def to_dict(self) -> dict[str, Any]:
        return {
            "statement": self.statement.to_dict(),
            "earliest": self.earliest.ref(),
            "claimed_venue": self.claimed_venue,
            "articles": [article.ref() for article in self.articles],
        }


@dataclass(slots=True)
class BatchOutcome:
    """What one `add_results` call did: article ids stored and those already present."""

    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    statements: int = 0


@runtime_checkable
class StatementStore(Protocol):
    """A record store of articles and their attributed statements."""

    def add_results(self, results: Iterable[ExtractionResult]) -> BatchOutcome:
        """Store results in ONE transaction; an article already stored is skipped, not doubled."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> StoredArticle | None: ...

    def get_statement(self, statement_id: str) -> StatementHit | None: ...

    def search(self, query: SearchQuery) -> SearchPage: ...

    def speakers(self, top: int | None = None) -> list[SpeakerSummary]: ...

    def provenance(self, statement_id: str) -> Provenance | None: ...

    def iter_articles(self) -> Iterator[StoredArticle]: ...

    def iter_statements(self) -> Iterator[StatementHit]: ...

    def counts(self) -> dict[str, int]: ...

    def close(self) -> None: ...
