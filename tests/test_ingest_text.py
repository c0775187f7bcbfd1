"""Plain-text input: the date header, decoding, and bad bytes."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.ingest.text import article_from_bytes, article_from_text, decode_bytes


@pytest.mark.parametrize(
    ("text", "published", "title", "codes"),
    [
        (" date 2025-03-12 The director set the record straight\n\nBody.", date(2025, 3, 12),
         "The director set the record straight", []),
        ("date 2025-03-12\nHeadline on the next line\n\nBody.", date(2025, 3, 12),
         "Headline on the next line", []),
        (" date 2025-02-30 Impossible day\n\nBody.", None, "Impossible day", ["bad_date_header"]),
        (" date 2025-3-1 Malformed\n\nBody.", None, "Malformed", ["bad_date_header"]),
        ("No header here.\n\nBody.", None, "No header here.", []),
        ("dated evidence is not a header", None, "dated evidence is not a header", []),
        ("", None, None, ["empty"]),
        ("   \n\t\n", None, None, ["empty"]),
    ],
)
def test_date_header(text, published, title, codes):
    article = article_from_text(text)
    assert article.published == published
    assert article.title == title
    assert [p.code for p in article.problems] == codes
    assert article.text == text  # offsets count from the first character of the file


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Headline\nPublished 2025-06-12\n\nBody.", date(2025, 6, 12)),
        ("Headline\nJune 12, 2025\n\nBody.", date(2025, 6, 12)),
        ("Headline\nPosted on Thursday, 12 June 2025\n\nBody.", date(2025, 6, 12)),
        ("Headline\nBy Ruth Amsel | Jun. 12, 2025, 3:45 p.m. EDT\n\nBody.", date(2025, 6, 12)),
        # a publication line wins over an update line, which serves when it is alone
        ("Headline\nUpdated: June 14, 2025\nPublished: June 12, 2025\n\nBody.",
         date(2025, 6, 12)),
        ("Headline\nLast updated June 14, 2025\n\nBody.", date(2025, 6, 14)),
        # not a dateline: a date inside a sentence, a month alone, an impossible day, or a
        # date too far down to be the article's
        ("Headline\nThe vote is on June 12, 2025.\n\nBody.", None),
        ("Headline\nMarch 2023\n\nBody.", None),
        ("Headline\nFebruary 30, 2024\n\nBody.", None),
        ("Headline\n" + "A line.\n" * 8 + "June 12, 2025\n", None),
        # a press release's or wire story's dateline opening its first paragraph
        ("Headline\n\nBOSTON, Aug. 18, 2026 — Verity said today.", date(2026, 8, 18)),
        ("Headline\n\nAUSTIN, Texas, March 3, 2026 /Newswire/ -- Acme said.", date(2026, 3, 3)),
        # a place alone is no date; a date later in the sentence is not the dateline's
        ("Headline\n\nWASHINGTON — The vote is on March 3, 2026.", None),
        ("Headline\n\nBOSTON, the city said on Aug. 18, 2026 — nothing.", None),
    ],
)
def test_dateline(text, published):
    article = article_from_text(text)
    assert article.published == published
    assert article.problems == ()
    assert article.text == text


def test_header_and_explicit_date_win_over_a_dateline():
    text = " date 2025-03-12 Headline\nPublished 2025-06-12\n\nBody."
    assert article_from_text(text).published == date(2025, 3, 12)
    explicit = article_from_text("Headline\nPublished 2025-06-12\n", published=date(2020, 1, 1))
    assert explicit.published == date(2020, 1, 1)


def test_explicit_published_overrides_header():
    article = article_from_text(" date 2025-03-12 X", published=date(2020, 1, 1))
    assert article.published == date(2020, 1, 1)


@pytest.mark.parametrize(
    ("data", "expected_text", "code"),
    [
        ("Café “quoted”".encode(), "Café “quoted”", None),
        (b"\xef\xbb\xbfBOM text", "BOM text", None),
        ("Ünïcödé text in UTF-16".encode("utf-16"), "Ünïcödé text in UTF-16", "encoding_detected"),
        (b"with\x00nul", "with nul", "nul_bytes"),
    ],
)
def test_decode(data, expected_text, code):
    text, problems = decode_bytes(data)
    assert text == expected_text
    assert [p.code for p in problems] == ([code] if code else [])


def test_windows_1252_is_detected_not_guessed_silently():
    data = ("The mayor said: \u201cWe will rebuild the caf\u00e9 by spring,\u201d "
            "and the council agreed. " * 5).encode("cp1252")
    text, problems = decode_bytes(data)
    assert "\u201cWe will rebuild the caf\u00e9" in text
    assert problems and problems[0].code == "encoding_detected"


def test_invalid_utf8_is_reported():
    article = article_from_bytes(b"Good start \xff\xfe\xfa bad bytes " + b"\x80" * 3)
    assert any(p.code in {"invalid_utf8", "encoding_detected"} for p in article.problems)
