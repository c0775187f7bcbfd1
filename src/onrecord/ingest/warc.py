"""WARC files -> Articles: every HTML response becomes an Article via the HTML reader.

Other responses (images, PDFs, redirects, errors) are skipped and counted; request,
metadata and warcinfo records are not documents and pass silently. A broken record stops
the file (a damaged stream cannot be resynchronised reliably) and is a counted failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import Article
from .files import ReadFailure
from .html import MAX_HTML_BYTES, article_from_html
from .items import Skipped

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_DOCUMENT_RECORDS = ("response", "resource")


def read_warc(path: str) -> Iterator[Article | ReadFailure | Skipped]:
    """The HTML pages archived in a WARC (plain or gzipped) file."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as error:
        yield ReadFailure(path, f"{path}: {error.strerror or error}")
        return
    with handle:
        yield from read_warc_stream(handle, path)


def read_warc_stream(stream: BinaryIO, name: str) -> Iterator[Article | ReadFailure | Skipped]:
    """The HTML pages of a WARC read from an open binary stream (a file, or bytes that
    Spark handed over); `name` identifies it in paths and messages."""
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            item = _record_item(record, name, number)
            if item is not None:
                yield item
    except Exception as error:  # noqa: BLE001 - warcio raises several types on damaged input
        where = f"{name}#record-{number + 1}"
        yield ReadFailure(where, f"{where}: broken WARC record ({type(error).__name__}: {error})")


def _record_item(record, path: str, number: int) -> Article | ReadFailure | Skipped | None:  # type: ignore[no-untyped-def]
    if record.rec_type not in _DOCUMENT_RECORDS:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    where = url or f"{path}#record-{number}"
    if record.rec_type == "response":
        if record.http_headers is None:
            return ReadFailure(where, f"{where}: broken WARC record (a response without HTTP headers)")
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return Skipped(where, f"warc_http_{status or 'unknown'}")
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    if not content_type.split(";")[0].strip().lower() in _HTML_TYPES:
        return Skipped(where, "warc_not_html")
    payload = record.content_stream().read(MAX_HTML_BYTES + 1)
    return article_from_html(payload, path=f"{path}#record-{number}", url=url)
