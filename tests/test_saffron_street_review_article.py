"""A restaurant review we wrote (tests/articles/saffron-street-review.txt), read whole in
every mode: the cookbook's title beside `cookbook` is a title, not a quotation; a quoted
aside closed by a colon (`"with one small betrayal": she adds anchovies`) is not what
`adds` introduces, and anchovies are not words."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "saffron-street-review.txt"
pytestmark = pytest.mark.model


def test_the_cookbook_title_is_no_quotation(extraction) -> None:
    assert not any(s.text.strip(' ,"') == "The Open Table" for s in extraction.statements)
    dish = [s for s in extraction.statements if "taste the same on a Tuesday" in s.text]
    assert dish and dish[0].speaker.name == "Leila Haddad"
    assert "she keeps that promise" not in dish[0].text


def test_nothing_is_added_after_a_colon(extraction) -> None:
    assert not any(s.cue is not None and s.cue.text == "adds" for s in extraction.statements)
    recipe = [s for s in extraction.statements if "grandmother's recipe" in s.text]
    assert recipe and recipe[0].cue.text == "told"
    assert "anchovies" not in recipe[0].text
