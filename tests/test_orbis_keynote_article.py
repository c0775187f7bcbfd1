"""A keynote we wrote (tests/articles/orbis-lens-keynote.txt), read whole in every mode:
`the company's developer conference` is the developer conference, whoever's it is; the
analyst and the head of product to reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "orbis-lens-keynote.txt"
pytestmark = pytest.mark.model


def test_the_conference(extraction) -> None:
    fax = [s for s in extraction.statements if "fax machine" in s.text]
    assert fax and fax[0].speaker.name == "Rafael Dominguez"
    assert fax[0].venue.name == "developer conference in San Jose"


def test_the_analyst(extraction) -> None:
    demos = [s for s in extraction.statements if "demos always are" in s.text]
    assert demos and demos[0].speaker.name == "Hannah Reeves"


def test_the_head_of_product(extraction) -> None:
    know = [s for s in extraction.statements if "always know" in s.text]
    assert know and know[0].speaker.name == "Yuki Sato" and know[0].recipient.name == "reporters"
