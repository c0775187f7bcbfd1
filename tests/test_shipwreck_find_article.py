"""An archaeological find we wrote (tests/articles/archaeology-shipwreck-find.txt), read
whole in every mode: a heritage office speaks in a press release; an outside expert
writes in an email; an archaeologist with a title keeps her name."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "archaeology-shipwreck-find.txt"
pytestmark = pytest.mark.model


def test_the_press_release(extraction) -> None:
    spotted = [s for s in extraction.statements if "first spotted in 2024" in s.text]
    assert spotted and spotted[0].speaker.name == "regional heritage office"
    assert spotted[0].venue.name == "press release"


def test_the_skeptic_by_email(extraction) -> None:
    objects = [s for s in extraction.statements if "small personal objects" in s.text]
    assert objects and objects[0].speaker.name == "Ruth Calloway"
    assert objects[0].venue.name == "email"


def test_the_lead_archaeologist(extraction) -> None:
    hull = [s for s in extraction.statements if "hull is largely intact" in s.text]
    assert hull and hull[0].speaker.name == "Lucia Ferraro"
