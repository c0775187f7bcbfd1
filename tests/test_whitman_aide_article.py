"""An aide's post with quotations inside quotations, which we wrote
(tests/articles/whitman-aide-resigns.txt), read whole in every mode: `The post, by … Ryan
Kole, read: "…"` is Kole's; the senator's words, nested quotation and all, on WKTV."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "whitman-aide-resigns.txt"
pytestmark = pytest.mark.model


def test_the_post_by_its_author(extraction) -> None:
    boat = [s for s in extraction.statements if "wouldn't need a boat" in s.text]
    assert boat and boat[0].speaker is not None and boat[0].speaker.name == "Ryan Kole"
    assert "'build somewhere else,'" in boat[0].text


def test_the_senator_with_a_nested_quotation(extraction) -> None:
    coming = [s for s in extraction.statements if "they had it coming" in s.text]
    assert coming and coming[0].speaker.name == "Carol Whitman"
    assert coming[0].venue.name == "WKTV" and "couldn't stay" in coming[0].text
