"""JSON lines -> Articles: one object per line with `text`, and optional id, title, published,
url, outlet.

A broken line, a wrong type or a missing text is a counted failure for that line only; an
impossible `published` keeps the article with published=None and a problem.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from ..model import Article, Problem
from .files import ReadFailure
from .text import article_from_text

MAX_LINE_BYTES = 16 * 1024 * 1024
_OPTIONAL_STRINGS = ("title", "url", "outlet", "published")


def read_jsonl(path: str) -> Iterator[Article | ReadFailure]:
    """Every line of a JSONL file as an Article or a ReadFailure naming the line."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as error:
        yield ReadFailure(path, f"{path}: {error.strerror or error}")
        return
    with handle:
        line_number = 0
        while True:
            raw = handle.readline(MAX_LINE_BYTES + 1)
            if not raw:
                return
            line_number += 1
            where = f"{path}:{line_number}"
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                while (rest := handle.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                    pass  # skip the remainder of the over-long line without holding it
                yield ReadFailure(where, f"{where}: line longer than {MAX_LINE_BYTES} bytes")
                continue
            if not raw.strip():
                continue
            yield article_from_json_line(raw, where=where, path=path)


def article_from_json_line(raw: bytes | str, *, where: str, path: str) -> Article | ReadFailure:
    try:
        record = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        return ReadFailure(where, f"{where}: not valid JSON ({error})")
    except RecursionError:  # "[[[[..." nested past Python's stack: a bad line, not a crash
        return ReadFailure(where, f"{where}: JSON nested too deeply")
    if not isinstance(record, dict):
        return ReadFailure(where, f"{where}: expected a JSON object, got {type(record).__name__}")
    return article_from_record(record, where=where, path=path)


def article_from_record(record: dict[str, Any], *, where: str, path: str) -> Article | ReadFailure:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        got = "missing" if text is None else f"a {type(text).__name__}" if not isinstance(text, str) else "empty"
        return ReadFailure(where, f"{where}: `text` must be a non-empty string ({got})")
    for name in _OPTIONAL_STRINGS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return ReadFailure(where, f"{where}: `{name}` must be a string, not {type(value).__name__}")
    record_id = record.get("id")
    if record_id is not None and (isinstance(record_id, bool) or not isinstance(record_id, (str, int))):
        return ReadFailure(where, f"{where}: `id` must be a string or integer")
    published, problems = _published(record.get("published"))
    article = article_from_text(
        text,
        path=f"{path}#{record_id}" if record_id is not None else where,
        published=published,
        problems=problems,
    )
    return dataclasses.replace(
        article,
        title=record.get("title") or article.title,
        url=record.get("url") or None,
        outlet=record.get("outlet") or None,
    )


def _published(value: str | None) -> tuple[date | None, list[Problem]]:
    if value is None or not value.strip():
        return None, []
    try:
        # Accept a date or the date part of an ISO timestamp ("2024-03-05T10:00:00Z").
        return date.fromisoformat(value.strip()[:10]), []
    except ValueError:
        return None, [Problem("bad_published", f"impossible or malformed published date {value!r}")]
