"""Typed errors with stable codes. Bad *documents* never raise: they become Problems."""

from __future__ import annotations


class OnrecordError(Exception):
    """Base of every error onrecord raises on purpose."""

    code = "onrecord_error"


class InputError(OnrecordError):
    """An input could not be read at all (missing file, unreadable, not a document)."""

    code = "input_error"


class ConfigError(OnrecordError):
    """A programmer or configuration mistake: a bad option, a missing model."""

    code = "config_error"


class StoreError(OnrecordError):
    """The record store failed (corrupt file, failed migration, locked database)."""

    code = "store_error"


class QueryError(OnrecordError):
    """A search query is invalid (bad date, bad limit)."""

    code = "query_error"
