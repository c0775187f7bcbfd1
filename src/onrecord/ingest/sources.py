"""Paths and URLs -> a stream of Articles (or ready ExtractionResults), failures and skips.

The one dispatcher behind `onrecord ingest`: it picks a reader by what each input is.
- http(s) URL -> polite fetch (url.py); `-` -> stdin as plain text
- directory holding articles/*.parquet -> our own export (parquet.py)
- other directory -> every readable file inside, recursively, in sorted order
- file by suffix: .txt/.md/none -> text; .html/.htm -> HTML; .jsonl/.ndjson -> JSONL;
  .warc/.warc.gz -> WARC; any other suffix is sniffed (HTML markup, else text)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..model import Article, ExtractionResult
from .files import MAX_FILE_BYTES, TEXT_SUFFIXES, ReadFailure, read_article
from .items import Skipped

SourceItem = Article | ExtractionResult | ReadFailure | Skipped

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = (".warc", ".warc.gz")


def input_kind(path: Path) -> str | None:
    """The reader for a file found in a directory, or None to leave it out."""
    name = path.name.lower()
    if name.startswith("."):
        return None
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return None


def expand_inputs(inputs: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(input, kind) pairs: directories expanded, kinds decided."""
    from .parquet import is_export_dir
    from .url import is_url

    for raw in inputs:
        path = Path(raw)
        if raw == "-":
            yield raw, "text"
        elif is_url(raw):
            yield raw, "url"
        elif path.is_dir():
            if is_export_dir(path):
                yield raw, "parquet"
                continue
            # A broken link (dangling or a loop) is listed so that it is counted as a failure,
            # not silently missed; FIFOs and devices are left out (reading one can block).
            for file_path in sorted(p for p in path.rglob("*") if p.is_file() or _broken_link(p)):
                kind = input_kind(file_path)
                if kind is not None:
                    yield str(file_path), kind
        else:
            yield raw, input_kind(path) or "sniff"


def _broken_link(path: Path) -> bool:
    return path.is_symlink() and not path.exists()


def iter_sources(inputs: Iterable[str], *, fetcher=None) -> Iterator[SourceItem]:  # type: ignore[no-untyped-def]
    """Every document in the inputs, in order; nothing here raises on bad input."""
    for location, kind in expand_inputs(inputs):
        yield from _read(location, kind, fetcher)


def _read(location: str, kind: str, fetcher) -> Iterator[SourceItem]:  # type: ignore[no-untyped-def]
    try:
        if kind == "url":
            from .url import PoliteFetcher

            fetcher = fetcher or PoliteFetcher()
            yield fetcher.article(location)
        elif kind == "jsonl":
            from .jsonl import read_jsonl

            yield from read_jsonl(location)
        elif kind == "warc":
            from .warc import read_warc

            yield from read_warc(location)
        elif kind == "parquet":
            from .parquet import read_export

            yield from read_export(location)
        elif kind in ("html", "sniff"):
            yield _read_markup_or_text(location, kind)
        else:
            yield read_article(location)
    except InputError as error:
        yield ReadFailure(location, str(error))


def _read_markup_or_text(location: str, kind: str) -> Article:
    from .html import article_from_html, looks_like_html

    try:
        with open(location, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES)
    except FileNotFoundError:
        raise InputError(f"{location}: no such file") from None
    except OSError as error:
        raise InputError(f"{location}: {error.strerror or error}") from error
    if kind == "html" or looks_like_html(data):
        return article_from_html(data, path=location)
    return read_article(location)


def expected_documents(inputs: Iterable[str]) -> int | None:
    """How many documents the inputs hold, when cheap to know (for a progress bar's ETA)."""
    total = 0
    for location, kind in expand_inputs(inputs):
        if kind in ("text", "html", "sniff"):
            total += 1
        elif kind == "jsonl":
            try:
                with open(location, "rb") as handle:
                    total += sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
            except OSError:
                total += 1
        else:
            return None
    return total
