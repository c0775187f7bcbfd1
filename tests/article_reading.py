"""Finding one statement of a whole article's result, for the tests that read articles."""

from __future__ import annotations

from typing import Any


def by_cue(result: Any, cue: str, source: str | None = None) -> Any:
    """The first statement cued `cue` (and with the source mention `source`, if given)."""
    found = [s for s in result.statements if s.cue is not None and s.cue.text == cue
             and (source is None or (s.source is not None and s.source.text == source))]
    assert found, f"no statement cued {cue!r}" + (f" from {source!r}" if source else "")
    return found[0]


def by_source(result: Any, source: str) -> list[Any]:
    """Every statement whose source mention is `source`, in order; at least one."""
    found = [s for s in result.statements if s.source is not None and s.source.text == source]
    assert found, f"no statement whose source is {source!r}"
    return found
