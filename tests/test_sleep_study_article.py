"""One health article we wrote (tests/articles/sleep-study-health.txt), read whole in every
mode: a study vouches by "according to", dated by its Monday; the authors are a group and
"they" is that group; a researcher's team is not the university named before; a who-clause
describing a speaker ("who was not involved in the study") is not the occasion; a question
about the future is not a statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from article_reading import by_cue

ARTICLE = Path(__file__).resolve().parent / "articles" / "sleep-study-health.txt"
pytestmark = pytest.mark.model


def test_the_study(extraction) -> None:
    assert extraction.article.published == date(2025, 9, 2)  # "Published: 2 September 2025"
    study = by_cue(extraction, "according to")
    assert (study.venue.name, study.said_on.value) == ("Sleep Health", "2025-09-01")
    assert study.text.startswith("Teenagers who sleep an hour less")


def test_groups(extraction) -> None:
    authors, they = by_cue(extraction, "wrote"), by_cue(extraction, "cautioned")
    assert authors.speaker is not None and authors.speaker.type == "group"
    assert they.speaker == authors.speaker  # "They cautioned": the authors, not the university
    team = by_cue(extraction, "plans")
    assert team.speaker is None or "Leeds" not in team.speaker.name


def test_a_who_clause_is_not_the_occasion(extraction) -> None:
    brandt = [s for s in extraction.statements if s.speaker is not None
              and s.speaker.name == "Felix Brandt"]
    assert len(brandt) == 2 and all(s.venue is None for s in brandt)


def test_not_statements(extraction) -> None:
    said = " ".join(s.text for s in extraction.statements)
    assert "change school policy" not in said  # "It is unclear whether …"
    assert by_cue(extraction, "said").speaker.name == "Amara Nwosu"
