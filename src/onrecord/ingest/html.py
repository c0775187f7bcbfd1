"""HTML pages -> Articles: the main text, title, date and outlet, via trafilatura.

Boilerplate (menus, footers, comments) is dropped. A page with no main text gives an
Article with empty text and a `no_main_text` problem; callers decide whether that counts.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date

from ..model import Article, Problem
from .text import article_from_text, decode_bytes

MAX_HTML_BYTES = 16 * 1024 * 1024
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<p>", b"<article")


def looks_like_html(data: bytes) -> bool:
    """Sniff the start of a file for HTML markup."""
    head = data[:2048].lstrip().lower()
    return any(marker in head for marker in _HTML_MARKERS)


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_from_html(
    data: bytes | str, *, path: str | None = None, url: str | None = None
) -> Article:
    """An Article from one HTML page (bytes are decoded with the page's own declared charset)."""
    import trafilatura

    problems: list[Problem] = []
    if isinstance(data, bytes):
        if len(data) > MAX_HTML_BYTES:
            problems.append(Problem("truncated", f"page larger than {MAX_HTML_BYTES} bytes; rest ignored"))
            data = data[:MAX_HTML_BYTES]
        markup, decode_problems = decode_bytes(data)
        problems.extend(decode_problems)
    else:
        markup = data
    try:
        document = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # noqa: BLE001 - trafilatura on hostile markup: record, never crash
        logging.getLogger(__name__).debug("trafilatura failed on %s: %s", path or url, error)
        document = None
        problems.append(Problem("html_failed", f"{type(error).__name__}: {error}"))
    text = (getattr(document, "text", None) or "").strip()
    if not text:
        problems.append(Problem("no_main_text", "no main text found in the HTML page"))
    article = article_from_text(text, path=path, problems=problems)
    return dataclasses.replace(
        article,
        url=url,
        title=(getattr(document, "title", None) or article.title),
        published=_iso_date(getattr(document, "date", None)) or article.published,
        outlet=getattr(document, "sitename", None) or None,
        problems=tuple(problem for problem in article.problems if problem.code != "empty"),
    )
