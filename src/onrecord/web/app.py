"""create_app(): the ASGI app (FastAPI) serving the JSON API under /api and the HTML pages.

Reads go through read-only SQLite connections; the only writer is POST /api/ingest, which is
off unless an ingest token is configured. Request bodies are capped before any parsing, and
no CORS header is sent unless origins are configured.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ConfigError
from ..store import open_store
from .api import Extractor, WebState
from .api import router as api_router
from .errors import error_body, install_error_handlers
from .pages import STATIC, render_error_page
from .pages import router as pages_router
from .reads import ReadPool, ReadSide

DEFAULT_MAX_BODY_BYTES = 1_048_576  # 1 MiB: a long feature article in UTF-8 is ~0.3 MiB


class BodyLimitMiddleware:
    """Refuse a request body over `max_bytes` with 413, before the app parses any of it.

    A declared Content-Length over the cap is refused at once; a chunked body is read up to
    the cap and refused as soon as it passes it, so memory stays bounded either way.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await self._refuse(scope, receive, send, 400, "bad_request", "invalid Content-Length")
                return
            if int(declared) > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._refuse(scope, receive, send, 413, "payload_too_large",
                           f"request body is larger than {self.max_bytes} bytes")

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, code: str,
                      message: str) -> None:
        from fastapi.responses import JSONResponse

        await JSONResponse(error_body(code, message), status_code=status)(scope, receive, send)


def create_app(
    db_path: str | Path,
    *,
    ingest_token: str | None = None,
    cors_origins: Iterable[str] = (),
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    extractor: Extractor | None = None,
) -> FastAPI:
    """The web app over the store at `db_path`.

    Raises StoreError when the store cannot be read (missing, corrupt, schema out of date),
    so a misconfigured server fails at start, not on every request. With an ingest token
    and no file yet, an empty store is created. `extractor` defaults to the real one
    (`onrecord.extract.extract_article`, loaded on first use).
    """
    if ingest_token is not None and not ingest_token.strip():
        raise ConfigError("the ingest token must not be blank")
    if max_body_bytes < 1:
        raise ConfigError("max_body_bytes must be positive")
    db_path = Path(db_path)
    if ingest_token and not db_path.exists():
        open_store(db_path).close()  # creates the file and its schema
    ReadSide(db_path).close()  # fail now if it cannot be read
    if extractor is None:
        from ..extract import extract_article

        extractor = extract_article
    reads = ReadPool(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        reads.close()

    app = FastAPI(
        title="onrecord",
        summary="Who said what, where and when: attributed statements from news articles.",
        docs_url="/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.onrecord = WebState(db_path=db_path, reads=reads, extractor=extractor,
                                  ingest_token=ingest_token or None)
    install_error_handlers(app, render_error_page)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    origins = [origin for origin in cors_origins if origin]
    if origins:  # outermost, so even a 413 carries the CORS headers the browser needs
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    return app


# `onrecord serve --workers N` runs N uvicorn processes; each builds its own app from
# these environment variables (uvicorn needs a factory it can import, not an object).
ENV_DB = "ONRECORD_SERVE_DB"
ENV_CORS = "ONRECORD_SERVE_CORS"
ENV_MAX_BODY = "ONRECORD_SERVE_MAX_BODY"
ENV_TOKEN = "ONRECORD_INGEST_TOKEN"


def create_app_from_env() -> FastAPI:
    """The app as `onrecord serve` configured it, for each worker process."""
    import os

    origins = [o for o in os.environ.get(ENV_CORS, "").split("\n") if o]
    return create_app(
        os.environ[ENV_DB],
        ingest_token=os.environ.get(ENV_TOKEN) or None,
        cors_origins=origins,
        max_body_bytes=int(os.environ.get(ENV_MAX_BODY) or DEFAULT_MAX_BODY_BYTES),
    )
