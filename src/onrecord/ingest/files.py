"""Files, directories and stdin -> Articles, in sorted path order, failures counted."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article
from .text import article_from_bytes

# Plain-text article files are capped: anything larger is read up to the cap and the
# rest is reported, so one giant file cannot exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """An input that could not be read at all."""

    path: str
    message: str


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files as given; directories walked recursively in sorted order (text files only)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            for file_path in found:
                yield str(file_path)
        else:
            yield raw


def read_article(path: str) -> Article:
    """Read one file (or `-` for stdin) into an Article; raise InputError if unreadable."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
            shown = "<stdin>"
        else:
            if not os.path.exists(path):
                what = "broken symbolic link" if os.path.islink(path) else "no such file"
                raise InputError(f"{path}: {what}")
            if os.path.isdir(path):
                raise InputError(f"{path}: is a directory")
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            shown = path
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from error
    truncated = len(data) > MAX_FILE_BYTES
    article = article_from_bytes(data[:MAX_FILE_BYTES], path=shown)
    if truncated:
        from dataclasses import replace

        from ..model import Problem

        article = replace(
            article,
            problems=article.problems
            + (Problem("truncated", f"input larger than {MAX_FILE_BYTES} bytes; rest ignored"),),
        )
    return article


def read_articles(paths: Iterable[str]) -> Iterator[Article | ReadFailure]:
    """Articles from files, directories and stdin; unreadable inputs become ReadFailures."""
    for path in expand_paths(paths):
        try:
            yield read_article(path)
        except InputError as error:
            yield ReadFailure(path, str(error))
