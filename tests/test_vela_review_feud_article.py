"""A chef answering a critic, which we wrote (tests/articles/chef-podcast-feud.txt), read
whole in every mode: the chef `Speaking on his podcast, The Pass, on Monday` (the show by
the name set after its noun), the critic to this newspaper, her editor, and the chef's
words to reporters in 2019."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "chef-podcast-feud.txt"
pytestmark = pytest.mark.model


def test_the_chef_on_his_podcast(extraction) -> None:
    decided = [s for s in extraction.statements if "decided what she thought" in s.text]
    assert len(decided) == 1
    assert decided[0].speaker.name == "Marco Bellini"
    assert decided[0].venue is not None
    assert (decided[0].venue.name, decided[0].venue.type) == ("The Pass", "podcast")
    assert decided[0].said_on is not None and decided[0].said_on.value == "2026-06-08"


def test_the_critic_and_the_old_quarrel(extraction) -> None:
    dinner = [s for s in extraction.statements if "cook a better dinner" in s.text]
    assert dinner and dinner[0].speaker.name == "Helena Frost"
    food = [s for s in extraction.statements if "just don't like food" in s.text]
    assert food and food[0].speaker.name == "Marco Bellini" and food[0].said_on.value == "2019"
