"""One crime story we wrote (tests/articles/harrow-lane-robbery.txt), read whole in every
mode: the dateline is nobody's words; a name the tagger calls a firm beside a role is a
person; an unnamed neighbour is whom `she said` next means; a family is a group that
`They` refers back to; court documents are where the charge is read."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "harrow-lane-robbery.txt"
pytestmark = pytest.mark.model


def _first(extraction, opening: str):
    found = [s for s in extraction.statements if s.text.startswith(opening)]
    assert found, f"no statement opening {opening!r}"
    return found[0]


def test_the_dateline_is_left_out_of_the_content(extraction) -> None:
    charged = [s for s in extraction.statements if "charged with armed robbery" in s.text]
    assert charged
    assert charged[0].text.startswith("A 34-year-old man")
    assert charged[0].said_on.value == "2025-04-08"  # police said it on Tuesday


def test_an_owner_the_tagger_took_for_a_firm(extraction) -> None:
    # `Fenella Cross` is tagged as an organisation and her first name is in no list; the
    # role beside her makes her a person, whom the next `she told` means.
    shaken = _first(extraction, "My staff are shaken")
    assert shaken.speaker.name == "Fenella Cross"
    assert (shaken.venue.name, shaken.venue.type) == ("Brackwell Gazette", "outlet")


def test_she_after_an_unnamed_neighbour_is_the_neighbour(extraction) -> None:
    kids = _first(extraction, "I thought it was kids")
    assert kids.speaker is None  # not the inspector named two paragraphs before
    neighbour = _first(extraction, "she had heard shouting")
    assert neighbour.speaker is None


def test_a_family_speaks_as_a_group(extraction) -> None:
    family = [s for s in extraction.statements if "shocked and saddened" in s.text]
    assert family and family[0].speaker.name == "family of the accused"
    debt = _first(extraction, "he had struggled with debt")
    assert debt.speaker.name == "family of the accused"


def test_court_documents_are_the_venue(extraction) -> None:
    accused = _first(extraction, "he is accused of threatening")
    assert (accused.venue.name, accused.venue.type) == ("court documents", "document")

