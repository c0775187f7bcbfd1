"""The pure date resolver: a time phrase and a publication date -> a calendar value."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from onrecord.dates import resolve_date

FRIDAY = date(2024, 3, 8)  # a Friday in a leap year

CASES = [
    # days fixed by the phrase
    ("on Tuesday", FRIDAY, "2024-03-05"),
    ("Tuesday", FRIDAY, "2024-03-05"),
    ("Tuesday night", FRIDAY, "2024-03-05"),
    ("last Thursday", FRIDAY, "2024-03-07"),
    ("on Friday", FRIDAY, "2024-03-08"),  # the publication day itself
    ("last Friday", FRIDAY, "2024-03-01"),  # "last" is strictly before
    ("this past Monday", FRIDAY, "2024-03-04"),
    ("yesterday", FRIDAY, "2024-03-07"),
    ("last night", FRIDAY, "2024-03-07"),
    ("today", FRIDAY, "2024-03-08"),
    ("this morning", FRIDAY, "2024-03-08"),
    ("the day before yesterday", FRIDAY, "2024-03-06"),
    ("three days ago", FRIDAY, "2024-03-05"),
    ("2 days ago", FRIDAY, "2024-03-06"),
    ("on March 3", FRIDAY, "2024-03-03"),
    ("March 3rd", FRIDAY, "2024-03-03"),
    ("the 3rd of March", FRIDAY, "2024-03-03"),
    ("3 March", FRIDAY, "2024-03-03"),
    ("on March 10", FRIDAY, "2023-03-10"),  # not after publication: last year's
    ("Dec. 24", FRIDAY, "2023-12-24"),
    ("on Jan. 6, 2021", FRIDAY, "2021-01-06"),
    ("Tuesday, March 5, 2024", FRIDAY, "2024-03-05"),
    ("2023-05-01", FRIDAY, "2023-05-01"),
    ("Feb. 29", date(2025, 3, 1), "2024-02-29"),  # the most recent 29 February
    # months
    ("in March", FRIDAY, "2024-03"),
    ("in December", FRIDAY, "2023-12"),
    ("in early March", FRIDAY, "2024-03"),
    ("mid-February", FRIDAY, "2024-02"),
    ("last March", FRIDAY, "2023-03"),
    ("last month", FRIDAY, "2024-02"),
    ("last month", date(2024, 1, 15), "2023-12"),
    ("earlier this month", FRIDAY, "2024-03"),
    ("November of last year", FRIDAY, "2023-11"),
    ("in November of last year", FRIDAY, "2023-11"),
    ("March 2019", FRIDAY, "2019-03"),
    ("in March of 2019", FRIDAY, "2019-03"),
    ("this week", FRIDAY, "2024-03"),
    ("last week", date(2024, 3, 20), "2024-03"),
    ("last week", FRIDAY, "2024"),  # 26 Feb - 3 Mar: only the year is shared
    # years
    ("in 2019", FRIDAY, "2019"),
    ("back in 2019", FRIDAY, "2019"),
    ("last year", FRIDAY, "2023"),
    ("late last year", FRIDAY, "2023"),
    ("earlier this year", FRIDAY, "2024"),
    ("in the summer of 2019", FRIDAY, "2019"),
    ("last summer", FRIDAY, "2023"),
    ("last summer", date(2024, 10, 2), "2024"),
    # nothing fixes these
    ("months ago", FRIDAY, None),
    ("recently", FRIDAY, None),
    ("in the past", FRIDAY, None),
    ("a few weeks ago", FRIDAY, None),
    ("in the 1990s", FRIDAY, None),
    ("last winter", FRIDAY, None),
    ("at the time", FRIDAY, None),
    ("May", FRIDAY, None),  # the verb, without a preposition
    ("blue", FRIDAY, None),
    ("", FRIDAY, None),
    ("February 30", FRIDAY, None),
    # relative phrases need a publication date; absolute ones do not
    ("on Tuesday", None, None),
    ("last month", None, None),
    ("yesterday", None, None),
    ("in 2019", None, "2019"),
    ("March 2019", None, "2019-03"),
    ("on Jan. 6, 2021", None, "2021-01-06"),
]


@pytest.mark.parametrize(("phrase", "published", "expected"), CASES)
def test_resolve_date(phrase: str, published: date | None, expected: str | None) -> None:
    assert resolve_date(phrase, published) == expected


def test_edges_of_the_calendar_do_not_raise() -> None:
    assert resolve_date("yesterday", date.min) is None
    assert resolve_date("last year", date(1000, 6, 1)) is None
    assert resolve_date("on Tuesday", date.max) is not None


_VALID = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

_WORDS = st.sampled_from(
    [
        "on",
        "in",
        "last",
        "this",
        "past",
        "the",
        "of",
        "early",
        "late",
        "mid",
        "yesterday",
        "today",
        "Tuesday",
        "March",
        "May",
        "3",
        "3rd",
        "2019",
        "2024",
        "year",
        "month",
        "week",
        "weekend",
        "ago",
        "days",
        "two",
        "summer",
        "winter",
        ",",
        ".",
        "-",
        "Feb.",
        "29",
        "30",
    ]
)


@given(
    phrase=st.one_of(st.text(max_size=60), st.lists(_WORDS, max_size=6).map(" ".join)),
    published=st.one_of(st.none(), st.dates()),
)
def test_never_raises_and_answers_in_format(phrase: str, published: date | None) -> None:
    value = resolve_date(phrase, published)
    assert value is None or _VALID.fullmatch(value)
    if value is not None and published is not None and len(value) == 10:
        date.fromisoformat(value)  # a real day
