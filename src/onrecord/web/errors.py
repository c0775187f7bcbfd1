"""One error shape for the whole web app: {"error": {"code": "...", "message": "..."}}.

Every error a client can cause maps to a 4xx here; only a bug gives a 500, and even that
uses the same shape without leaking a traceback. HTML pages show the same code and message
in a page of their own (same status) so a browser never receives raw JSON.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, InputError, OnrecordError, QueryError, StoreError

log = logging.getLogger(__name__)


class WebError(OnrecordError):
    """An error with an HTTP status of its own."""

    status = 400
    headers: ClassVar[Mapping[str, str] | None] = None


class NotFound(WebError):
    code = "not_found"
    status = 404


class Unauthorized(WebError):
    code = "unauthorized"
    status = 401
    headers: ClassVar[Mapping[str, str] | None] = {"WWW-Authenticate": "Bearer"}


class IngestDisabled(WebError):
    code = "ingest_disabled"
    status = 403


class PayloadTooLarge(WebError):
    code = "payload_too_large"
    status = 413


# The library's own errors, most specific first.
_STATUS_BY_ERROR: tuple[tuple[type[OnrecordError], int], ...] = (
    (QueryError, 400),
    (InputError, 400),
    (StoreError, 503),  # the store is missing, locked or a query timed out: not the client's fault
    (ConfigError, 500),
)

_CODE_BY_STATUS = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
}


def error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


def status_of(error: OnrecordError) -> int:
    if isinstance(error, WebError):
        return error.status
    for error_type, status in _STATUS_BY_ERROR:
        if isinstance(error, error_type):
            return status
    return 500


def validation_message(error: RequestValidationError) -> str:
    """'body.text: Field required; query.limit: ...' from pydantic's list of problems."""
    parts = []
    for item in error.errors()[:10]:
        where = ".".join(str(part) for part in item.get("loc", ()))
        parts.append(f"{where}: {item.get('msg', 'invalid')}" if where else str(item.get("msg")))
    return "; ".join(parts) or "invalid request"


HtmlRenderer = Callable[[Request, int, str, str], HTMLResponse]


def install_error_handlers(app: FastAPI, render_html: HtmlRenderer | None = None) -> None:
    """Map every error to the one shape; `render_html` (if given) serves browsers on pages."""

    def respond(request: Request, status: int, code: str, message: str,
                headers: Mapping[str, str] | None = None) -> Response:
        response: Response | None = None
        if render_html is not None and _wants_html(request):
            try:
                response = render_html(request, status, code, message)
            except Exception:  # a broken error page must not hide the error itself
                log.exception("could not render the error page")
        if response is None:
            response = JSONResponse(error_body(code, message), status_code=status)
        for name, value in (headers or {}).items():
            response.headers[name] = value
        return response

    async def on_onrecord_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, OnrecordError)
        status = status_of(error)
        if status >= 500:
            log.error("server error on %s: %s", request.url.path, error)
            return respond(request, status, error.code, "the server could not complete the request")
        headers = error.headers if isinstance(error, WebError) else None
        return respond(request, status, error.code, str(error), headers)

    async def on_validation_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return respond(request, 422, "validation_error", validation_message(error))

    async def on_http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        code = _CODE_BY_STATUS.get(error.status_code, "http_error")
        message = error.detail if isinstance(error.detail, str) else code.replace("_", " ")
        if error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond(request, error.status_code, code, message, error.headers)

    async def on_unexpected(request: Request, error: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, 500, "internal_error", "the server could not complete the request")

    app.add_exception_handler(OnrecordError, on_onrecord_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)


def _wants_html(request: Request) -> bool:
    # API clients always get JSON; a browser on a page gets a page.
    if request.url.path.startswith("/api/") or request.url.path == "/api":
        return False
    return "text/html" in request.headers.get("accept", "")
