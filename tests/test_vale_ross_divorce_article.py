"""A celebrity divorce filing, which we wrote (tests/articles/celebrity-divorce-filing.txt),
read whole in every mode: court documents obtained by a programme, a representative who
confirmed, a publicist's statement to a magazine, an interview three years old; and
`has filed`, whose auxiliary alone is no cue (the model's `has` runs on to `filed`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "celebrity-divorce-filing.txt"
pytestmark = pytest.mark.model


def test_an_auxiliary_is_no_cue_alone(extraction) -> None:
    assert not [s for s in extraction.statements if s.cue is not None and s.cue.text == "has"]


def test_the_documents_the_publicist_and_the_interview(extraction) -> None:
    filed = [s for s in extraction.statements if s.cue.text == "according to"]
    assert filed and filed[0].venue is not None and filed[0].venue.type == "document"
    privacy = [s for s in extraction.statements if "focused on her children" in s.text]
    assert privacy and privacy[0].speaker.name == "Dana Whitfield"
    assert privacy[0].venue is not None and privacy[0].venue.name == "People"
    calmest = [s for s in extraction.statements if "the calmest person" in s.text]
    assert calmest and calmest[0].speaker.name == "Jordan Vale"
    assert calmest[0].venue.name == "Vogue" and calmest[0].said_on.value == "2023"
