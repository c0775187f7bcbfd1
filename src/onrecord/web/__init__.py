"""The web front end: a JSON API under /api and server-rendered HTML pages (`onrecord serve`)."""

from __future__ import annotations

from .app import DEFAULT_MAX_BODY_BYTES, create_app

__all__ = ["DEFAULT_MAX_BODY_BYTES", "create_app"]
