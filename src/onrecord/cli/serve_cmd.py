"""`onrecord serve`: the JSON API and the web pages over a store, via uvicorn.

Binds to 127.0.0.1 unless told otherwise: the record is readable by whoever can reach the
port, so exposing it is a decision the user makes with --host. Ingest over HTTP stays off
unless a token is given (--ingest-token or ONRECORD_INGEST_TOKEN).
"""

from __future__ import annotations

import sys

import click

from ..errors import OnrecordError
from .store_cmds import db_option

_LOOPBACK = ("127.0.0.1", "::1", "localhost")
# The stdlib event loop, even when uvloop is installed: under 50 concurrent clients uvloop
# answered about one request in a hundred only after 1-2 s (measured: p99 1.2 s against
# 0.19 s with asyncio, about the same throughput otherwise). The HTTP parser stays
# uvicorn's "auto" choice (httptools when installed, about 1.4x the requests/s of h11 here).
_EVENT_LOOP = "asyncio"


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the server to the network.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--ingest-token", envvar="ONRECORD_INGEST_TOKEN", default=None,
              help="Enable POST /api/ingest for requests with `Authorization: Bearer TOKEN` "
                   "(env ONRECORD_INGEST_TOKEN). Without it, ingest over HTTP is off.")
@click.option("--cors-origin", "cors_origins", multiple=True,
              help="Allow browser scripts from this origin (repeatable). Default: no CORS.")
@click.option("--max-body-bytes", type=click.IntRange(1), default=None,
              help="Largest request body accepted (default 1 MiB); larger ones get 413.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; more use more cores for concurrent readers.")
def serve_command(db_path: str, host: str, port: int, ingest_token: str | None,
                  cors_origins: tuple[str, ...], max_body_bytes: int | None, workers: int) -> None:
    """Serve the record: web pages at /, the JSON API under /api, its docs at /docs."""
    import uvicorn

    from ..web import DEFAULT_MAX_BODY_BYTES, create_app

    try:
        app = create_app(db_path, ingest_token=ingest_token, cors_origins=cors_origins,
                         max_body_bytes=max_body_bytes or DEFAULT_MAX_BODY_BYTES)
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    if host not in _LOOPBACK:
        click.echo(f"warning: listening on {host}: anyone who can reach this port can read the record",
                   err=True)
    click.echo(f"serving {db_path} at http://{host}:{port}/ (ingest {'on' if ingest_token else 'off'})",
               err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="info", loop=_EVENT_LOOP)
        return
    # Each worker process builds its own app (and read connections) from the environment.
    import os

    from ..web.app import ENV_CORS, ENV_DB, ENV_MAX_BODY, ENV_TOKEN

    os.environ[ENV_DB] = str(db_path)
    os.environ[ENV_CORS] = "\n".join(cors_origins)
    os.environ[ENV_MAX_BODY] = str(max_body_bytes or DEFAULT_MAX_BODY_BYTES)
    if ingest_token:
        os.environ[ENV_TOKEN] = ingest_token
    uvicorn.run("onrecord.web.app:create_app_from_env", factory=True, host=host, port=port,
                workers=workers, log_level="warning", loop=_EVENT_LOOP)


commands = [serve_command]
