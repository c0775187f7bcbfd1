"""An outage post-mortem we wrote (tests/articles/cloudmere-outage-postmortem.txt), read whole
in every mode: `wrote in the post` is the blog post named before, and `the post said` is
its writer's; `Security researcher Kemal Arslan`, tagged a firm and with a first name the
lists lack, is a person, and his `he wrote` is his, not the chief executive's before him."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "cloudmere-outage-postmortem.txt"
pytestmark = pytest.mark.model


def test_the_blog_post(extraction) -> None:
    sorry = [s for s in extraction.statements if s.text.startswith("We broke the internet")]
    assert sorry and sorry[0].speaker.name == "Ingrid Solberg"
    assert (sorry[0].venue.name, sorry[0].venue.type) == ("blog post", "document")
    names = {s.speaker.name for s in extraction.statements if s.speaker is not None}
    assert "post" not in names


def test_the_researcher_and_his_post(extraction) -> None:
    typo = [s for s in extraction.statements if s.text.startswith("One typo at one company")]
    assert typo and typo[0].speaker.name == "Kemal Arslan"
    web = [s for s in extraction.statements if "handful of providers" in s.text]
    assert web and web[0].speaker.name == "Kemal Arslan"
    assert (web[0].venue.name, web[0].venue.type) == ("Mastodon", "platform")


def test_the_customer(extraction) -> None:
    apology = [s for s in extraction.statements if s.text.startswith("I don't need an apology")]
    assert apology and apology[0].speaker.name == "Dana Okafor"


def test_the_chief_executive_to_customers(extraction) -> None:
    review = [s for s in extraction.statements if "full technical review" in s.text]
    assert review and review[0].speaker.name == "Paul Lindgren"
    assert review[0].recipient.name == "customers"
