"""A payments outage, which we wrote (tests/articles/tech-blog-post-outage.txt), read whole
in every mode: a technology chief's blog post (the venue and its day), a shop owner with a
long description, and a chief executive's video on LinkedIn."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "tech-blog-post-outage.txt"
pytestmark = pytest.mark.model


def test_the_blog_post(extraction) -> None:
    on_us = [s for s in extraction.statements if "That is on us" in s.text]
    assert on_us and on_us[0].speaker.name == "Arjun Mehta"
    assert on_us[0].venue is not None and on_us[0].venue.name == "blog post"
    assert on_us[0].said_on is not None and on_us[0].said_on.value == "2026-08-25"


def test_the_shop_owner(extraction) -> None:
    coffee = [s for s in extraction.statements if "when you sell coffee" in s.text]
    assert coffee and coffee[0].speaker.name == "Lisa Grant"
    suppliers = [s for s in extraction.statements if "doesn't pay my suppliers" in s.text]
    assert suppliers and suppliers[0].speaker.name == "Lisa Grant"


def test_the_chief_executives_video(extraction) -> None:
    sorry = [s for s in extraction.statements if "earn your trust back" in s.text]
    assert sorry and sorry[0].speaker.name == "Tom Ridley"
    assert sorry[0].venue is not None and sorry[0].venue.name == "LinkedIn"


def test_the_company_is_the_firm_named_bare(extraction) -> None:
    fees = [s for s in extraction.statements if "not be charged fees" in s.text]
    assert fees and fees[0].speaker is not None and fees[0].speaker.name == "Quillpay"
