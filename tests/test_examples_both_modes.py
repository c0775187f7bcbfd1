"""The bundled example articles through every mode: the writer's speculation, headlines
and titles never become statements, whichever finder proposed them."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord import extract

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
pytestmark = pytest.mark.model


@pytest.mark.parametrize("mode", ["fast", "accurate", "rules"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_no_statement_is_cued_inside_an_interpretation(path: Path, mode: str) -> None:
    result = extract(path.read_text(encoding="utf-8"), model=mode)
    for interpretation in result.interpretations:
        span = interpretation.span
        for statement in result.statements:
            cue = statement.cue
            assert cue is None or not span.start <= cue.start < span.end, (statement, span)


@pytest.mark.parametrize("mode", ["fast", "accurate", "rules"])
def test_ending_explained_keeps_speculation_and_headline_out(mode: str) -> None:
    text = (EXAMPLES[0].parent / "salt-orchard-ending-explained.txt").read_text(encoding="utf-8")
    result = extract(text, model=mode)
    said = " ".join(statement.text for statement in result.statements)
    assert "referring to the novel" not in said  # "It seems that Lindqvist was referring …"
    assert "left the last door open" not in said  # the headline's "explained: why …"
    assert any("It seems that" in i.span.text for i in result.interpretations)
    speakers = {s.speaker.name for s in result.statements if s.speaker}
    assert "Mara Lindqvist" in speakers


@pytest.mark.parametrize("mode", ["fast", "accurate", "rules"])
def test_a_headline_naming_a_title_is_not_a_statement(mode: str) -> None:
    # `Lindqvist defends "The Salt Orchard" at Berlin festival`: the writer's summary
    # around a film title; the vector tagger once read it as Lindqvist's words.
    text = (EXAMPLES[0].parent / "lindqvist-berlin-qa.txt").read_text(encoding="utf-8")
    result = extract(text, model=mode)
    assert not [s for s in result.statements if "Berlin festival" in s.text]
    assert not [s for s in result.statements if "Salt Orchard" in s.text]
    assert any(s.text.startswith("A film is not a puzzle box") for s in result.statements)


@pytest.mark.parametrize("mode", ["fast", "accurate", "rules"])
def test_an_interviews_answers_are_its_subjects(mode: str) -> None:
    text = (EXAMPLES[0].parent / "baptiste-light-interview.txt").read_text(encoding="utf-8")
    result = extract(text, model=mode)
    answers = [s for s in result.statements if s.cue and s.cue.text == "A:"]
    assert len(answers) == 3
    assert {s.speaker.name for s in answers if s.speaker} == {"Joel Baptiste"}
    assert all(s.kind == "direct" for s in answers)
    said = " ".join(s.text for s in result.statements)
    assert "Was it?" not in said and "Why not shoot at dawn" not in said  # the questions
    assert "edited for length" not in said  # the writer's note
    assert not [s for s in result.statements if "Salt Orchard" in s.text]  # a title
