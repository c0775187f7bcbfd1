"""The HTML pages: search, speaker timeline, quote provenance, article with highlights.

Server-rendered with Jinja2, autoescape ON for every template, so article text and names
always reach the browser as text (a `<script>` in an article is shown, never run). A strict
Content-Security-Policy backs that up: scripts and styles only from /static.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from ..errors import QueryError
from ..query import SearchQuery
from .api import checked_id, reads_of, speaker_id_of
from .errors import NotFound
from .reads import MAX_SPEAKER_STATEMENTS
from .views import (
    highlight_segments,
    other_names,
    page_link,
    safe_link,
    speaker_colours,
    speaker_key,
    timeline,
)

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")
SEARCH_FIELDS = ("q", "speaker", "venue", "kind", "since", "until", "offset")
PAGE_SIZE = 20
TOP_SPEAKERS = 20

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

environment = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=True,  # every template, whatever its extension
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
environment.globals.update(safe_link=safe_link, other_names=other_names)


def render(template_name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment.get_template(template_name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def render_error_page(request: Request, status: int, code: str, message: str) -> HTMLResponse:
    return render("error.html", status, title=f"{status} {code.replace('_', ' ')}", status=status,
                  code=code, message=message)


router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    params = {name: request.query_params.get(name, "") for name in SEARCH_FIELDS}
    reads = reads_of(request)
    context: dict[str, Any] = {"title": "Search", "params": params, "error": None, "page": None,
                               "query": None, "speakers": [], "prev_link": None, "next_link": None}
    if not any(params[name] for name in SEARCH_FIELDS if name != "offset"):
        context["speakers"] = reads.store.speakers(TOP_SPEAKERS)
        return render("search.html", **context)
    try:
        query = SearchQuery.parse(params["q"], speaker=params["speaker"], venue=params["venue"],
                                  kind=params["kind"], since=params["since"], until=params["until"],
                                  limit=PAGE_SIZE, offset=params["offset"])
    except QueryError as error:
        context["error"] = str(error)
        return render("search.html", 400, **context)
    page = reads.store.search(query)
    context.update(page=page, query=query)
    if query.offset > 0:
        context["prev_link"] = page_link(params, max(0, query.offset - PAGE_SIZE))
    if query.offset + len(page.results) < page.total:
        context["next_link"] = page_link(params, query.offset + PAGE_SIZE)
    return render("search.html", **context)


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: str) -> HTMLResponse:
    reads = reads_of(request)
    number = speaker_id_of(speaker_id)
    speaker = reads.speaker(number)
    if speaker is None:
        raise NotFound(f"no speaker with id {speaker_id!r}")
    hits = reads.speaker_statements(number, limit=MAX_SPEAKER_STATEMENTS)
    return render("speaker.html", title=speaker.name, speaker=speaker, groups=timeline(hits),
                  shown=len(hits))


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def quote_page(request: Request, statement_id: str) -> HTMLResponse:
    found = reads_of(request).store.provenance(checked_id(statement_id))
    if found is None:
        raise NotFound(f"no statement with id {statement_id!r}")
    statement = found.statement.statement
    return render("statement.html", title="Quote", found=found, statement=statement,
                  hit=found.statement)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    reads = reads_of(request)
    article = reads.store.get_article(checked_id(article_id))
    if article is None:
        raise NotFound(f"no article with id {article_id!r}")
    hits = reads.article_statements(article.id)
    colours = speaker_colours(hits)
    legend: dict[str, dict[str, Any]] = {}
    for hit in hits:
        key = speaker_key(hit)
        if key is not None and key not in legend:
            legend[key] = {"name": hit.statement.speaker.name if hit.statement.speaker else "",
                           "speaker_id": hit.speaker_id, "colour": colours[key], "count": 0}
        if key is not None:
            legend[key]["count"] += 1
    return render("article.html", title=article.title or "Article", article=article, hits=hits,
                  segments=highlight_segments(article.text, hits), legend=list(legend.values()))
