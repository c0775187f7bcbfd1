"""The JSON API under /api: search, statements with provenance, speakers, articles, extract, ingest.

Read endpoints use the read-only connection of the thread that runs them. Search runs on
the event loop itself, on that thread's one connection: a search is a few milliseconds and
bounded by the store's query time limit (then a 503), and skipping the thread-pool hop and
the dozens of per-thread connections (each with a cold page cache) is what lets one worker
answer hundreds of searches a second. The other reads stay in the thread pool. Search
parameters arrive as raw strings and go through SearchQuery.parse, the same validation the
CLI uses, after a check that since, until and kind have exactly the form the OpenAPI schema
states; an invalid value is a 400 query_error. Ids are opaque strings looked up with SQL
parameters only: an unknown or odd id (even "../../etc/passwd") is a 404, never a file read.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from threading import Lock
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

try:  # several times faster than the stdlib encoder on a page of results
    import orjson
except ImportError:  # pragma: no cover - orjson is a dependency; the stdlib is the fallback
    orjson = None  # type: ignore[assignment]
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from ..errors import QueryError
from ..ingest.text import article_from_text
from ..model import Article, ExtractionResult
from ..query import KINDS, MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS, SearchQuery
from ..store import Provenance, StatementHit, StoredArticle, open_store
from .errors import IngestDisabled, NotFound, Unauthorized
from .reads import MAX_SPEAKER_STATEMENTS, ReadPool, ReadSide

Extractor = Callable[[Article], ExtractionResult]
MAX_ID_CHARS = 128
MAX_INGEST_ARTICLES = 100
_SPEAKER_ID = re.compile(r"[1-9][0-9]{0,17}")


@dataclass
class WebState:
    """What the routes share: where the store is, its readers, the writer lock, the token."""

    db_path: Path
    reads: ReadPool
    extractor: Extractor
    ingest_token: str | None = None
    write_lock: Lock = field(default_factory=Lock)


def state_of(request: Request) -> WebState:
    return request.app.state.onrecord  # type: ignore[no-any-return]


def reads_of(request: Request) -> ReadSide:
    # Called inside the endpoint, never from a dependency: FastAPI may run a sync dependency
    # on another thread than the endpoint, and a SQLite connection must stay on its thread.
    return state_of(request).reads.get()


def checked_id(value: str) -> str:
    if not value or len(value) > MAX_ID_CHARS:
        raise NotFound("no such id")
    return value


def speaker_id_of(value: str) -> int:
    if not _SPEAKER_ID.fullmatch(value):
        raise NotFound(f"no speaker with id {value[:MAX_ID_CHARS]!r}")
    return int(value)


def render_json(content: Any) -> bytes:
    """JSONResponse's compact UTF-8 JSON, encoded by orjson when it is installed."""
    if orjson is None:
        return JSONResponse(content).body
    return orjson.dumps(content)


# -- JSON shapes ------------------------------------------------------------------------
def hit_json(hit: StatementHit) -> dict[str, Any]:
    """extract's statement object, its article, and the merged speaker's id (for links)."""
    return {**hit.to_dict(), "speaker_id": hit.speaker_id}


def article_ref(article: StoredArticle) -> dict[str, Any]:
    return {**article.ref(), "outlet": article.outlet}


def provenance_json(found: Provenance) -> dict[str, Any]:
    """`onrecord quote --format json`, with speaker_id and outlets added."""
    return {
        "statement": hit_json(found.statement),
        "earliest": article_ref(found.earliest),
        "claimed_venue": found.claimed_venue,
        "articles": [article_ref(article) for article in found.articles],
        "cluster_id": found.cluster_id,
    }


# -- request bodies ---------------------------------------------------------------------
def _date_string(value: Any) -> Any:
    # Pydantic would take 0 as a Unix timestamp; the schema (and a person) means "YYYY-MM-DD".
    if value is not None and not isinstance(value, str):
        raise ValueError("must be a date string YYYY-MM-DD")
    return value


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article's text (a ` date YYYY-MM-DD` first line is read).")
    published: Annotated[date | None, BeforeValidator(_date_string)] = Field(
        None, description="Publication date; overrides the header.")


class IngestArticle(ExtractRequest):
    url: str | None = Field(None, max_length=2000, description="Where the article came from.")


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[IngestArticle] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


def require_ingest_token(request: Request) -> None:
    """Ingest is off without a configured token; with one, `Authorization: Bearer <token>`."""
    token = state_of(request).ingest_token
    if not token:
        raise IngestDisabled("ingest over HTTP is off; start the server with an ingest token")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("a valid `Authorization: Bearer <token>` header is required")


class ErrorDetail(BaseModel):
    code: str
    message: str


class ErrorBody(BaseModel):
    """Every error: {"error": {"code", "message"}} (see errors.py)."""

    error: ErrorDetail


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer, all with the one error shape."""
    text = {400: "Invalid parameter", 401: "Missing or wrong ingest token", 403: "Ingest over HTTP is off",
            404: "No such id", 413: "Request body over the limit", 503: "Store unavailable or query too slow"}
    return {status: {"model": ErrorBody, "description": text[status]} for status in statuses}


# Every API route can answer 400 (bad input) and 503 (store missing, locked, or too slow).
router = APIRouter(prefix="/api", tags=["api"], responses=_errors(400, 503))

_FILTER_HELP = {
    "q": f'Words that must all match (word forms too); "quote a phrase". At most {MAX_QUERY_CHARS} characters.',
    "speaker": "Only statements by this speaker (any name they are known by).",
    "venue": "Only statements said at this venue.",
    "kind": "direct, indirect or mixed.",
    "since": "Published on or after this date (YYYY-MM-DD).",
    "until": "Published on or before this date (YYYY-MM-DD).",
    "limit": f"Results per page, 1 to {MAX_LIMIT} (default 20).",
    "offset": "How many results to skip (default 0).",
}


# What each raw-string parameter really accepts, for the OpenAPI schema (clients and fuzzers
# read it); the values still arrive as strings and SearchQuery.parse checks them (400).
_FILTER_SCHEMA: dict[str, dict[str, Any]] = {
    "q": {"type": "string", "maxLength": MAX_QUERY_CHARS},
    "kind": {"type": "string", "enum": ["direct", "indirect", "mixed"]},
    "since": {"type": "string", "format": "date"},
    "until": {"type": "string", "format": "date"},
    "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
    "offset": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
}


def _opt(name: str) -> Any:
    declared = _FILTER_SCHEMA.get(name)

    def shape(json_schema: dict[str, Any]) -> None:
        if declared:  # a blank value means "not given", so "" is accepted as well
            json_schema.pop("anyOf", None)
            json_schema["anyOf"] = [declared, {"type": "string", "maxLength": 0}]

    return Query(description=_FILTER_HELP[name], json_schema_extra=shape)


# since, until and kind are taken exactly as the schema above states them: absent, "" (an
# unset form field or template slot: not given), a date YYYY-MM-DD, one of the kinds.
# SearchQuery.parse, made for people typing, also trims and reads a whitespace-only value
# as "not given"; an API client that sent `until=%20` meant some date, and an unfiltered
# page in answer would look right and be wrong, so here it is a 400 naming the parameter.
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_exact_filters(kind: str | None, since: str | None, until: str | None) -> None:
    """Raise QueryError unless each value is absent, empty, or in its schema's exact form."""
    if kind and kind not in KINDS:
        raise QueryError(f"kind must be one of {', '.join(KINDS)} or empty, not {kind!r}")
    for name, value in (("since", since), ("until", until)):
        if value and not _ISO_DATE.fullmatch(value):
            raise QueryError(f"{name} must be a date YYYY-MM-DD or empty, not {value[:40]!r}")


@router.get("/statements", summary="Search statements")
async def search_statements(
    request: Request,
    q: Annotated[str | None, _opt("q")] = None,
    speaker: Annotated[str | None, _opt("speaker")] = None,
    venue: Annotated[str | None, _opt("venue")] = None,
    kind: Annotated[str | None, _opt("kind")] = None,
    since: Annotated[str | None, _opt("since")] = None,
    until: Annotated[str | None, _opt("until")] = None,
    limit: Annotated[str | None, _opt("limit")] = None,
    offset: Annotated[str | None, _opt("offset")] = None,
) -> Response:
    """Newest first. `total` counts every match; page with `limit` and `offset`."""
    check_exact_filters(kind, since, until)
    query = SearchQuery.parse(q or "", speaker=speaker, venue=venue, kind=kind, since=since,
                              until=until, limit=limit, offset=offset)
    reads = reads_of(request)
    version = reads.data_version()
    body = reads.search_cache.get(version, query)
    if body is None:
        page = reads.store.search(query)
        following = query.offset + len(page.results)
        # The body is plain JSON data already: encoded here, it skips FastAPI's generic
        # encoder, which cost more than the search itself.
        body = render_json({
            "total": page.total,
            "limit": query.limit,
            "offset": query.offset,
            "next_offset": following if following < page.total and page.results else None,
            "query": query.to_dict(),
            "results": [hit_json(hit) for hit in page.results],
        })
        reads.search_cache.put(version, query, body)
    return Response(body, media_type="application/json")


@router.get("/statements/{statement_id}", summary="One statement and its provenance",
            responses=_errors(404))
def get_statement(request: Request, statement_id: str) -> dict[str, Any]:
    """Where the quote first appeared (`earliest`), the venue claimed for it, every article carrying it."""
    found = reads_of(request).store.provenance(checked_id(statement_id))
    if found is None:
        raise NotFound(f"no statement with id {statement_id!r}")
    return provenance_json(found)


@router.get("/speakers", summary="Most quoted speakers")
def list_speakers(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="How many, most quoted first.")] = 100,
) -> dict[str, Any]:
    return {"speakers": [speaker.to_dict() for speaker in reads_of(request).store.speakers(limit)]}


@router.get("/speakers/{speaker_id}", summary="One speaker and their statements",
            responses=_errors(404))
def get_speaker(
    request: Request,
    speaker_id: str,
    limit: Annotated[int, Query(ge=1, le=MAX_SPEAKER_STATEMENTS)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    """Statements oldest first; `statements` in the speaker object counts all of them."""
    reads = reads_of(request)
    number = speaker_id_of(speaker_id)
    speaker = reads.speaker(number)
    if speaker is None:
        raise NotFound(f"no speaker with id {speaker_id!r}")
    hits = reads.speaker_statements(number, limit=limit, offset=offset)
    return {**speaker.to_dict(), "limit": limit, "offset": offset,
            "results": [hit_json(hit) for hit in hits]}


@router.get("/articles/{article_id}", summary="One article, its text and its statements",
            responses=_errors(404))
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    reads = reads_of(request)
    article = reads.store.get_article(checked_id(article_id))
    if article is None:
        raise NotFound(f"no article with id {article_id!r}")
    hits = reads.article_statements(article.id)
    return {
        **article.to_dict(),
        "text": article.text,
        "statements": [{**hit.statement.to_dict(), "speaker_id": hit.speaker_id} for hit in hits],
    }


@router.post("/extract", summary="Extract statements from one article (nothing is stored)",
             responses=_errors(413))
def extract_text(request: Request, body: ExtractRequest) -> dict[str, Any]:
    """The same object as `onrecord extract --format json` gives for one article."""
    article = article_from_text(body.text, published=body.published)
    return state_of(request).extractor(article).to_dict()


@router.post(
    "/ingest",
    summary="Extract and store articles (needs the ingest token)",
    dependencies=[Depends(require_ingest_token)],
    responses=_errors(401, 403, 413),
)
def ingest_articles(request: Request, body: IngestRequest) -> dict[str, Any]:
    """Articles already stored are skipped; the summary is `onrecord ingest --format json`'s."""
    from ..store.ingest import ingest

    state = state_of(request)
    articles = [
        replace(article_from_text(item.text, published=item.published), url=item.url)
        for item in body.articles
    ]
    with state.write_lock:  # one writer at a time; readers carry on (WAL)
        store = open_store(state.db_path)
        try:
            summary = ingest(store, articles, extractor=state.extractor)
        finally:
            store.close()
    return summary.to_dict()
