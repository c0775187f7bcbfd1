"""A police appeal for a missing teenager, which we wrote (tests/articles/police-appeal-missing.txt),
read whole in every mode: a detective inspector's appeal and the girl's mother on local
radio."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "police-appeal-missing.txt"
pytestmark = pytest.mark.model


def test_the_inspector_and_the_mother(extraction) -> None:
    trouble = [s for s in extraction.statements if "not in any trouble" in s.text]
    assert len(trouble) == 1 and trouble[0].speaker.name == "Sarah Blake"
    home = [s for s in extraction.statements if "We just want you home" in s.text]
    assert len(home) == 1 and home[0].speaker.name == "Claire Hart"


def test_the_description_is_nobodys_words(extraction) -> None:
    assert not [s for s in extraction.statements if "green school coat" in s.text]
