"""Hypothesis properties for the pure parsers an attacker's text reaches first: the quote scanner,
the date resolver, and the escaping of user search strings before FTS5 MATCH. Bounded examples.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from onrecord.dates import resolve_date
from onrecord.errors import QueryError
from onrecord.nlp.quotes import scan_quotes
from onrecord.query import MAX_QUERY_CHARS, SearchQuery

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MARKS = '"\'“”‘’«»„‚‹›`'
QUOTEY = st.lists(st.sampled_from(list(MARKS) + list("ab .,!?\n\t") + ["\n\n", "don't", "<p>"]),
                  max_size=150).map("".join)
ANY_TEXT = st.text(max_size=300) | QUOTEY


# -- the quote scanner ------------------------------------------------------------------------
@BOUNDED
@given(ANY_TEXT)
def test_scan_quotes_ranges_are_well_formed(text):
    scan = scan_quotes(text)
    assert len(scan.problems) <= 101
    for index, quote in enumerate(scan.quotes):
        assert quote.fragments and len(quote.fragments) == len(quote.marked)
        for (start, end), (m_start, m_end) in zip(quote.fragments, quote.marked):
            assert 0 <= m_start <= start <= end <= m_end <= len(text)
            assert text[m_start] in MARKS  # a quote starts at a mark
        assert list(quote.fragments) == sorted(quote.fragments)
        if quote.depth == 0:
            assert quote.parent is None
        else:
            parent = scan.quotes[quote.parent]
            assert quote.parent < index and parent.depth == quote.depth - 1
            assert parent.marked[0][0] <= quote.marked[0][0]


WORDS = st.lists(st.from_regex(r"[A-Za-z]{1,8}", fullmatch=True), min_size=1, max_size=12).map(" ".join)


@BOUNDED
@given(WORDS, st.sampled_from([("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’")]), st.text(alphabet="ab ,.", max_size=20))
def test_a_balanced_quote_is_found_with_its_exact_words(words, marks, before):
    opening, closing = marks
    # "Well," first: a quote opening on an elision ('n, 'cause) is an apostrophe by design.
    text = f"{before} Mayor Vale said {opening}Well, {words}.{closing} Then she left."
    quotes = scan_quotes(text).quotes
    assert len(quotes) == 1
    (start, end), = quotes[0].fragments
    assert text[start:end].strip(" .") == f"Well, {words}"


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 30))
def test_scan_quotes_cost_grows_with_marks_not_quadratically(repeat):
    # 2,000 unbalanced marks per repeat: finishing at all (hypothesis has no deadline here) is
    # the property; the absolute bound catches a quadratic regression (30 repeats = 60,000 marks).
    import time

    text = ('"“«‘' * 500 + "\n") * repeat
    started = time.perf_counter()
    scan_quotes(text)
    assert time.perf_counter() - started < 5.0


# -- the date resolver ------------------------------------------------------------------------
PUBLISHED = st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
PHRASES = st.text(max_size=60) | st.sampled_from([
    "yesterday", "today", "last Thursday", "on Monday", "3 days ago", "last month", "last year",
    "in March", "March 5", "5 March 2021", "last spring", "this week", "next week", "2024-02-30",
    "2024-02-29", "0000-00-00", "99999-01-01", "February 30", "the 31st of April", "June 2024",
]).flatmap(lambda phrase: st.sampled_from([phrase, phrase.upper(), f"  {phrase},", f"on {phrase}"]))
_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@BOUNDED
@given(PHRASES, PUBLISHED)
def test_resolve_date_never_raises_and_gives_real_calendar_values(phrase, published):
    value = resolve_date(phrase, published)
    if value is None:
        return
    match = _VALUE.fullmatch(value)
    assert match, value
    year, month, day = (int(part) if part else None for part in match.groups())
    if day is not None:
        date(year, month, day)  # a real day, never 30 February
    elif month is not None:
        assert 1 <= month <= 12


@BOUNDED
@given(st.dates(min_value=date(1001, 1, 1), max_value=date(9999, 12, 31)))
def test_iso_dates_and_relative_days_resolve_exactly(published):
    assert resolve_date(published.isoformat(), None) == published.isoformat()
    assert resolve_date("today", published) == published.isoformat()
    assume(published > date(1001, 1, 10))
    assert resolve_date("yesterday", published) == (published - timedelta(days=1)).isoformat()
    assert resolve_date("3 days ago", published) == (published - timedelta(days=3)).isoformat()


@BOUNDED
@given(st.sampled_from(["yesterday", "last Thursday", "last month", "3 days ago", "last week"]))
def test_relative_phrases_need_a_publication_date(phrase):
    assert resolve_date(phrase, None) is None


# -- search-string escaping -------------------------------------------------------------------
@pytest.fixture(scope="module")
def fts():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')")
    connection.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", [
        (1, "we will not rebuild the pier"), (2, "the near shore is safe near the mill"),
        (3, "DROP TABLE statements said robert"), (4, "star power and caret marks"),
    ])
    return connection


@BOUNDED
@given(st.text(max_size=MAX_QUERY_CHARS) | st.lists(st.sampled_from(
    ["NOT", "AND", "OR", "NEAR(", ")", "(", '"', "*", "^", "-", ":", "text:", "{text}", "pier", "near",
     "'", ";", "--", "\x00", "\\", "+"]), max_size=20).map(" ".join))
def test_any_user_string_is_a_valid_match_expression(fts, text):
    match = SearchQuery(text=text).fts_match()
    if match is None:
        assert not SearchQuery(text=text).terms()
        return
    rows = fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()  # never a syntax error
    assert {row[0] for row in rows} <= {1, 2, 3, 4}


@BOUNDED
@given(st.lists(st.sampled_from(["we", "will", "not", "rebuild", "the", "pier"]), min_size=1, max_size=6),
       st.sampled_from(["", "*", "^", "-", "(", ")", ":", "+", "{", "}"]))
def test_words_with_syntax_glued_on_still_find_their_statement(fts, words, junk):
    query = " ".join(word + junk if index % 2 else junk + word for index, word in enumerate(words))
    match = SearchQuery(text=query).fts_match()
    rows = {row[0] for row in fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (match,))}
    assert 1 in rows


@given(st.text(min_size=MAX_QUERY_CHARS + 1, max_size=MAX_QUERY_CHARS + 50))
@settings(max_examples=20, deadline=None)
def test_over_long_search_strings_are_refused(text):
    with pytest.raises(QueryError):
        SearchQuery(text=text)
