"""Question-and-answer interviews: each answer is a statement of the person interviewed."""

from __future__ import annotations

import pytest

import onrecord
from onrecord.nlp.candidates import Candidate
from onrecord.nlp.finder import find_candidates
from onrecord.nlp.interview import find_interview

pytestmark = pytest.mark.model

INTERVIEW = (
    "Orchard growers brace for a dry summer\n\n"
    "By Maren Holt\n\n"
    "Farmer Ilse Brandvik has grown apples on the same slope for thirty years. Brandvik "
    "talked to us about water, prices and the cooperative she helped to found.\n\n"
    "Q: How bad was last year?\n\n"
    "A: The worst I remember. We lost a third of the crop before August.\n\n"
    "The cooperative kept us going. I believe the river will run low again.\n\n"
    "Q: Some growers say the cooperative takes too much. Do they have a point?\n\n"
    "A: My neighbour told me that the fees were too high, and he was right.\n\n"
    "This interview has been edited for length.\n"
)


def _texts(text: str, candidate: Candidate) -> tuple:
    return (candidate.kind, [text[s:e] for s, e in candidate.content],
            text[slice(*candidate.cue)] if candidate.cue else None,
            text[slice(*candidate.source)] if candidate.source else None)


def test_answers_are_the_interviewees_verbatim_statements(nlp) -> None:
    answers = [_texts(INTERVIEW, c) for c in find_interview(nlp(INTERVIEW)).answers]
    assert answers == [
        ("direct", ["The worst I remember. We lost a third of the crop before August.",
                    "The cooperative kept us going. I believe the river will run low again."],
         "A:", "Farmer Ilse Brandvik"),
        # The last answer is its own paragraph: the editor's note after it is the writer's.
        ("direct", ["My neighbour told me that the fees were too high, and he was right."],
         "A:", "Farmer Ilse Brandvik"),
    ]


def test_the_extraction_attributes_answers_and_keeps_what_is_nested_in_them() -> None:
    result = onrecord.extract(INTERVIEW, model="rules")
    by_cue: dict[str, list] = {}
    for statement in result.statements:
        by_cue.setdefault(statement.cue.text if statement.cue else "", []).append(statement)
    assert [s.speaker.name for s in by_cue["A:"]] == ["Ilse Brandvik", "Ilse Brandvik"]
    assert by_cue["told"][0].text == "the fees were too high"  # the neighbour's, nested
    assert by_cue["told"][0].speaker is None  # "my neighbour": nobody named
    # "I believe …" in an answer is the interviewee's, so it is part of that answer, not a
    # second statement.
    assert "believe" not in by_cue
    # No turn label is a speaker or a cue, and no question is a statement.
    assert not [s for s in result.statements
                if (s.speaker and s.speaker.name in ("Q", "A"))
                or (s.cue and s.cue.text in ("Q:", ":"))
                or "have a point" in s.text or "How bad" in s.text]


def test_first_person_in_an_answer_is_the_interviewee(nlp) -> None:
    from onrecord.nlp.speakers import resolve_speakers

    doc = nlp(INTERVIEW)
    found = [c for c in find_candidates(doc)
             if c.cue and INTERVIEW[slice(*c.cue)] == "believe"]
    assert [INTERVIEW[slice(*c.source)] for c in found] == ["I"]
    assert resolve_speakers(doc, found)[0].speaker.name == "Ilse Brandvik"


def test_the_byline_is_not_the_interviewee(nlp) -> None:
    text = INTERVIEW.replace("Farmer Ilse Brandvik has", "The farmer has").replace(
        "Brandvik talked", "She talked")
    assert find_interview(nlp(text)).answers == []  # only the writer is named


def test_question_and_answer_spelled_out(nlp) -> None:
    text = INTERVIEW.replace("Q:", "Question:").replace("A:", "Answer:")
    answers = find_interview(nlp(text)).answers
    assert [text[slice(*c.cue)] for c in answers] == ["Answer:", "Answer:"]


@pytest.mark.parametrize(
    "text",
    [
        # A list with lettered items is no transcript.
        "The ballot asks two things.\n\nA. Should the dam be built?\n\nB. Who pays?\n",
        # Answers before any question: a quiz's key, not an interview.
        "Quiz answers from Ada Lund.\n\nA: Oslo.\n\nQ: Next week.\n\nA: Bergen.\n\nQ: Done.\n",
        # One exchange only.
        "Ada Lund spoke to us.\n\nQ: Why?\n\nA: Because the rain came early.\n",
    ],
)
def test_no_interview_without_questions_then_answers(nlp, text: str) -> None:
    interview = find_interview(nlp(text))
    assert interview.answers == []
    assert not [c for c in find_candidates(nlp(text)) if c.origin == "interview"]
