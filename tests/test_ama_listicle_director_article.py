"""A listicle made of a director's Reddit answers, which we wrote
(tests/articles/ama-listicle-director.txt), read whole in every mode: numbered headings
(no statements), `she wrote` and `Raman replied:` answers, and a producer joining the
thread."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = Path(__file__).resolve().parent / "articles" / "ama-listicle-director.txt"
pytestmark = pytest.mark.model


def test_the_answers_are_the_directors(extraction) -> None:
    for words in ("fine is the worst thing", "He was paid in sausages",
                  "genuinely thought it was over", "Some stories end"):
        found = [s for s in extraction.statements if words in s.text]
        assert found and found[0].speaker.name == "Priya Raman", words


def test_the_headings_are_no_statements(extraction) -> None:
    assert not any(s.text.startswith("The dog is hers") for s in extraction.statements)


def test_the_producer(extraction) -> None:
    budget = [s for s in extraction.statements if "made its budget back" in s.text]
    assert budget and budget[0].speaker.name == "Leo Kwan"
