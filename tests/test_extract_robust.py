"""extract() on any input: terminates, never raises, offsets always exact."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import onrecord
from onrecord.extract import extract_article
from onrecord.ingest.text import article_from_bytes, article_from_text

pytestmark = pytest.mark.model

_PIECES = st.sampled_from(
    [
        "said", "told", "according to", "Baker", "she", "he", "that", "the director", ",", ".",
        ":", " ", "\n", "\n\n", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab",
        "\u00bb", "\u201e", "''", "``", "don't", " date 2025-02-30 ", "Ms. Lee", "added",
        "We will win", "It seems that", "declined to say", "?", "\u05e9\u05dc\u05d5\u05dd",
        "\U0001f600", "\x00", "\t",
    ]
)


def assert_offsets_exact(result) -> None:
    text = result.article.text
    for statement in result.statements:
        assert statement.content, "a statement always has content"
        for span in statement.content:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] == span.text
        for span in (statement.cue, statement.source):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert 0.0 <= statement.confidence <= 1.0
    for item in result.interpretations:
        assert text[item.span.start : item.span.end] == item.span.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join))
def test_any_text_extracts_with_exact_offsets(nlp, text):
    result = onrecord.extract(text)
    assert_offsets_exact(result)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n\n  \t ", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x00" * 5000, None),
        (b"She said \xff\xfe it was \x80\x81 fine. " * 50, None),
    ],
)
def test_bad_bytes_yield_problems_not_crashes(nlp, data, code):
    result = extract_article(article_from_bytes(data))
    assert_offsets_exact(result)
    if code:
        assert code in [p.code for p in result.problems]
    else:
        assert result.problems  # something was recorded


def test_ten_thousand_unbalanced_quote_marks(nlp):
    text = 'He said "yes. ' + ('" ' * 10_000) + '\n\n"Fine," said Ann Doe.\n'
    started = time.perf_counter()
    result = onrecord.extract(text)
    assert time.perf_counter() - started < 60
    assert_offsets_exact(result)


def test_huge_text_is_bounded_and_reported(nlp):
    paragraph = 'The mayor said the bridge would reopen. "It is safe," she said.\n\n'
    text = paragraph * (5_000_000 // len(paragraph))  # ~5 MB
    started = time.perf_counter()
    result = extract_article(article_from_text(text), max_chars=20_000)
    assert time.perf_counter() - started < 60
    assert "too_long" in [p.code for p in result.problems]
    assert_offsets_exact(result)


def test_long_text_is_chunked_with_offsets_kept(nlp, monkeypatch):
    import sys

    extract_module = sys.modules["onrecord.extract"]
    monkeypatch.setattr(extract_module, "CHUNK_CHARS", 2_000)
    paragraph = '"We will rebuild the pier," said Mayor Ann Doe.\n\n'
    text = " date 2025-03-12 Pier\n\n" + paragraph * 120
    result = onrecord.extract(text)
    assert "long_text" in [p.code for p in result.problems]
    assert_offsets_exact(result)
    ids = [s.id for s in result.statements]
    assert len(ids) == len(set(ids))
