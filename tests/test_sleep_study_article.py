"""One health article we wrote (tests/articles/sleep-study-health.txt), read whole in every
mode: a study vouches by "according to", dated by its Monday; the authors are a group and
"they" is that group; a researcher's team is not the university named before; a who-clause
describing a speaker ("who was not involved in the study") is not the occasion; a question
about the future is not a statement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from onrecord import extract

ARTICLE = Path(__file__).resolve().parent / "articles" / "sleep-study-health.txt"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module", params=["fast", "accurate", "rules"])
def result(request):
    return extract(ARTICLE.read_text(encoding="utf-8"), model=request.param)


def _by_cue(result, cue: str):
    found = [s for s in result.statements if s.cue is not None and s.cue.text == cue]
    assert found, f"no statement cued {cue!r}"
    return found[0]


def test_the_study(result) -> None:
    assert result.article.published == date(2025, 9, 2)  # "Published: 2 September 2025"
    study = _by_cue(result, "according to")
    assert (study.venue.name, study.said_on.value) == ("Sleep Health", "2025-09-01")
    assert study.text.startswith("Teenagers who sleep an hour less")


def test_groups(result) -> None:
    authors, they = _by_cue(result, "wrote"), _by_cue(result, "cautioned")
    assert authors.speaker is not None and authors.speaker.type == "group"
    assert they.speaker == authors.speaker  # "They cautioned": the authors, not the university
    team = _by_cue(result, "plans")
    assert team.speaker is None or "Leeds" not in team.speaker.name


def test_a_who_clause_is_not_the_occasion(result) -> None:
    brandt = [s for s in result.statements if s.speaker is not None
              and s.speaker.name == "Felix Brandt"]
    assert len(brandt) == 2 and all(s.venue is None for s in brandt)


def test_not_statements(result) -> None:
    said = " ".join(s.text for s in result.statements)
    assert "change school policy" not in said  # "It is unclear whether …"
    assert _by_cue(result, "said").speaker.name == "Amara Nwosu"
