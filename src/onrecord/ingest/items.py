"""What an input reader yields besides Articles: a failure (counted) or a skip (counted apart)."""

from __future__ import annotations

from dataclasses import dataclass

from .files import ReadFailure

__all__ = ["ReadFailure", "Skipped"]


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record deliberately not ingested (a WARC image, a redirect): not an error."""

    path: str
    reason: str
