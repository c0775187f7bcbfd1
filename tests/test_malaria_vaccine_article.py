"""A vaccine study we wrote (tests/articles/nature-malaria-vaccine.txt), read whole in every
mode: the researchers' report ran in Nature and is dated to Wednesday; the authors'
cautions are the paper's; the agency's spokesman told reporters."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "nature-malaria-vaccine.txt"
pytestmark = pytest.mark.model


def test_the_report_in_the_journal(extraction) -> None:
    prevented = [s for s in extraction.statements if "four in five infections" in s.text]
    assert prevented and prevented[0].venue.name == "Nature"
    assert prevented[0].said_on.value == "2026-05-13"


def test_the_authors_in_the_paper(extraction) -> None:
    waned = [s for s in extraction.statements if "protection waned" in s.text]
    assert waned and waned[0].venue.name == "paper"
    deaths = [s for s in extraction.statements if "effect on deaths" in s.text]
    assert deaths and deaths[0].venue.name == "paper"


def test_the_trial_lead_and_the_expert(extraction) -> None:
    best = [s for s in extraction.statements if "best results" in s.text]
    assert best and best[0].speaker.name == "Ama Owusu"
    exciting = [s for s in extraction.statements if "genuinely exciting" in s.text]
    assert exciting and exciting[0].speaker.name == "James Whitlock"
