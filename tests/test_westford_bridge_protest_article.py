"""A climate protest on a bridge, which we wrote (tests/articles/climate-protest-arrests.txt),
read whole in every mode: `The group behind the protest, Last Harvest,` (a capitalised
adjective part of the name the apposition gives), a spokeswoman known by one given name, a
police chief, a driver, a cyclist's question, and the home secretary on X."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "climate-protest-arrests.txt"
pytestmark = pytest.mark.model


def test_the_group_by_its_whole_name(extraction) -> None:
    licensing = [s for s in extraction.statements if "stops licensing new oil" in s.text]
    assert licensing and licensing[0].speaker.name == "Last Harvest"
    assert licensing[0].venue is not None and licensing[0].venue.type == "document"


def test_the_police_the_driver_and_the_minister(extraction) -> None:
    unacceptable = [s for s in extraction.statements if "completely unacceptable" in s.text]
    assert unacceptable and unacceptable[0].speaker.name == "Alan Hughes"
    pay = [s for s in extraction.statements if "lose a day's pay" in s.text]
    assert pay and pay[0].speaker.name == "Karen Doyle"
    law = [s for s in extraction.statements if "full force of the law" in s.text]
    assert law and law[0].speaker.name == "Priya Bhatt" and law[0].venue.name == "X"
