"""Hospital waiting-list figures, which we wrote (tests/articles/hospital-waiting-figures.txt),
read whole in every mode: data published on a day named, a medical director to a briefing,
a minister's statement, and an opposition spokesperson who `accused him of …` (the
content his words, not her title)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "hospital-waiting-figures.txt"
pytestmark = pytest.mark.model


def test_the_accusation_is_her_words_not_her_title(extraction) -> None:
    hiding = [s for s in extraction.statements if "hiding behind the previous government" in s.text]
    assert len(hiding) == 1
    assert hiding[0].speaker.name == "Fiona Grant"
    assert "spokesperson" not in hiding[0].text


def test_the_data_the_director_and_the_minister(extraction) -> None:
    record = [s for s in extraction.statements if "rose to 7.9 million" in s.text]
    assert record and record[0].said_on is not None and record[0].said_on.value == "2025-12-11"
    limits = [s for s in extraction.statements if "there are limits" in s.text]
    assert limits and limits[0].speaker.name == "Ruth Okeke" and limits[0].venue.name == "briefing"
    broken = [s for s in extraction.statements if "inherited a broken system" in s.text]
    assert broken and broken[0].speaker.name == "David Lamb" and broken[0].venue.type == "document"
    winter = [s for s in extraction.statements if "longest winter" in s.text]
    assert winter and winter[0].speaker.name == "Matthew Taylor"
