"""HTML pages -> Articles: the main text, title, date and outlet, via trafilatura.

Boilerplate (menus, footers, comments) is dropped. A page with no main text gives an
Article with empty text and a `no_main_text` problem; callers decide whether that counts.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import date
from html.parser import HTMLParser

from ..model import Article, Problem
from .text import article_from_text, decode_bytes

MAX_HTML_BYTES = 16 * 1024 * 1024
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<p>", b"<article")


# libxml2 (under trafilatura) stops building the tree past this depth, so a page nested
# deeper loses its text entirely; such pages fall back to the stdlib parser below.
LXML_MAX_DEPTH = 255
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "title", "svg"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article",
                    "section", "blockquote", "tr", "pre"})


class _VisibleText(HTMLParser):
    """Text outside scripts and styles, and how deep the markup nests (flat, no recursion)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = 0
        self.max_depth = 0
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        if tag in _INVISIBLE:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def _text_of_deep_markup(markup: str, problems: list[Problem]) -> str:
    """The visible text of a page too deeply nested for lxml, else "" (trafilatura's verdict stands)."""
    parser = _VisibleText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; anything else: no fallback
        return ""
    if parser.max_depth <= LXML_MAX_DEPTH:
        return ""
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n\n".join(line for line in lines if line)
    if text:
        problems.append(Problem(
            "html_too_deep",
            f"markup nested {parser.max_depth} levels deep; visible text kept without boilerplate removal",
        ))
    return text


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
        text = _text_of_deep_markup(markup, problems)
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
