"""Speech inside a quotation: the quoted person's own `I think …` is part of the
quotation, someone else's words reported inside it are a statement of their own, and a
subject shared with a passive clause is still the speaker."""

from __future__ import annotations

import pytest

from onrecord.nlp.build import build_statements
from onrecord.nlp.candidates import Candidate
from onrecord.nlp.finder import _speaks_for_quoted

pytestmark = pytest.mark.model

TEXT = ('Ada Brisk, the harbour master, spoke to reporters on Monday. "I think the ferry will '
        'stop in May. My brother told me that the pier has been sold to a developer," Brisk said.')


def _at(text: str, words: str, last: bool = False) -> tuple[int, int]:
    start = text.rindex(words) if last else text.index(words)
    return start, start + len(words)


def _candidates(text: str = TEXT) -> list[Candidate]:
    marks = _at(text, '"I think the ferry will stop in May. My brother told me that the pier '
                      'has been sold to a developer,"')
    quotation = Candidate(kind="direct", content=[(marks[0] + 1, marks[1] - 2)], marked=[marks],
                          cue=_at(text, "said"), source=_at(text, "Brisk", last=True),
                          origin="quotes")
    own = Candidate(kind="indirect", content=[_at(text, "the ferry will stop in May.")],
                    cue=_at(text, "think"), source=_at(text, "I"), origin="learned")
    reported = Candidate(kind="indirect",
                         content=[_at(text, "that the pier has been sold to a developer,")],
                         cue=_at(text, "told"), source=_at(text, "My brother"), origin="learned")
    return [quotation, own, reported]


def test_first_person_inside_a_quotation_is_the_person_quoted() -> None:
    quotation, own, reported = _candidates()
    _speaks_for_quoted(TEXT, [quotation, own, reported])
    assert own.first_person == quotation.source
    assert reported.first_person is None  # "My brother" is not the speaker's "I"
    assert quotation.first_person is None


def test_first_person_outside_every_quotation_stays_unresolved() -> None:
    text = 'I think the ferry will stop in May. "The pier is sold," Brisk said.'
    marks = _at(text, '"The pier is sold,"')
    quotation = Candidate(kind="direct", content=[(marks[0] + 1, marks[1] - 2)], marked=[marks],
                          cue=_at(text, "said"), source=_at(text, "Brisk"), origin="quotes")
    own = Candidate(kind="indirect", content=[_at(text, "the ferry will stop in May.")],
                    cue=_at(text, "think"), source=_at(text, "I"), origin="learned")
    _speaks_for_quoted(text, [quotation, own])
    assert own.first_person is None


def test_own_words_inside_own_quotation_are_not_a_second_statement(nlp) -> None:
    found = _candidates()
    _speaks_for_quoted(TEXT, found)
    statements = build_statements(nlp(TEXT), found)
    cues = [s.cue.text for s in statements if s.cue is not None]
    assert cues == ["said", "told"]  # "I think" is Brisk's, inside Brisk's quotation
    quoted = next(s for s in statements if s.cue is not None and s.cue.text == "said")
    assert "I think the ferry" in quoted.content[0].text


def test_own_words_inside_own_quotation_are_kept_apart_for_the_corpus(nlp) -> None:
    from onrecord.nlp.build import build_statements_and_restated

    found = _candidates()
    _speaks_for_quoted(TEXT, found)
    statements, restated = build_statements_and_restated(nlp(TEXT), found)
    assert [s.cue.text for s in statements if s.cue] == ["said", "told"]
    assert [s.cue.text for s in restated if s.cue] == ["think"]
    assert restated[0].speaker is not None and restated[0].speaker.name.endswith("Brisk")


def test_an_extraction_keeps_restated_words_out_of_its_record_but_the_eval_counts_them(
    monkeypatch,
) -> None:
    from onrecord.eval.attribution import Document
    from onrecord.eval.runner import predict_document
    from onrecord.extract import extract
    from onrecord.nlp import build, component

    text = ('"I think the ferry will stop in May, and the pier will close," Ada Brisk, the '
            'harbour master, said on Monday.')
    # Whatever the finders make of it, the restated ones are the builder's call: mark the
    # statement whose cue is "think" as restated, as `_restated` would for Brisk's own.
    real = build._restated

    def thinks_restated(candidates, resolved):
        marked = real(candidates, resolved)
        return marked | {k for k, c in enumerate(candidates)
                         if c.cue is not None and text[c.cue[0]:c.cue[1]] == "think"}

    monkeypatch.setattr(build, "_restated", thinks_restated)
    fake = Candidate(kind="indirect", content=[_at(text, "the ferry will stop in May")],
                     cue=_at(text, "think"), source=_at(text, "I"), origin="learned")
    real_find = component.find_candidates
    monkeypatch.setattr(component, "find_candidates",
                        lambda doc, learned=None: [*real_find(doc, learned=learned), fake])
    result = extract(text, model="rules")
    assert all(s.cue is None or s.cue.text != "think" for s in result.statements)
    assert [s.cue.text for s in result.restated if s.cue] == ["think"]
    assert "restated" not in result.to_dict()
    relations, failure = predict_document(Document(id="x", text=text, attributions=()),
                                          model="rules")
    assert failure is None
    assert len(relations) == len(result.statements) + 1


def test_without_the_quotation_the_inner_statement_stays(nlp) -> None:
    _, own, reported = _candidates()
    statements = build_statements(nlp(TEXT), [own, reported])
    assert sorted(s.cue.text for s in statements if s.cue is not None) == ["think", "told"]


def test_mutually_nested_statements_of_one_speaker_are_both_kept(nlp) -> None:
    text = "Brisk said the pier was sold, Brisk argued, and the ferry will stop."
    first = Candidate(kind="indirect", content=[_at(text, "the pier was sold, Brisk argued,")],
                      cue=_at(text, "said"), source=_at(text, "Brisk"), origin="learned")
    second = Candidate(kind="indirect", content=[(0, len(text) - 1)], cue=_at(text, "argued"),
                       source=_at(text, "Brisk", last=True), origin="learned")
    statements = build_statements(nlp(text), [first, second])
    assert len(statements) == 2


@pytest.mark.parametrize("mode", ["rules", "fast"])
def test_passive_first_clause_shares_its_subject_with_the_cue(mode) -> None:
    import onrecord

    text = ("By the end of the day, Mr. Harlan Voss was forced into a rare moment of damage "
            "control and said that his words had been misread.")
    result = onrecord.extract(text, model=mode)
    said = [s for s in result.statements if s.cue is not None and s.cue.text == "said"]
    assert said and said[0].speaker is not None and said[0].speaker.name.endswith("Voss")


def test_the_hearer_of_a_passive_cue_is_still_not_the_speaker() -> None:
    import onrecord

    text = "Harlan Voss was told that the pier had been sold."
    result = onrecord.extract(text, model="rules")
    assert all(s.speaker is None or "Voss" not in s.speaker.name for s in result.statements)


def _resolved(name: str):
    from onrecord.model import Speaker
    from onrecord.nlp.speakers import ResolvedSpeaker

    return ResolvedSpeaker(Speaker(name=name, type="person"), 0.9)


def test_many_statements_of_one_speaker_are_checked_quickly() -> None:
    import time

    from onrecord.nlp.build import _restated

    # `"A," Brisk said. ` twenty thousand times: nothing nested, so nothing dropped.
    candidates = [Candidate(kind="direct", content=[(k * 20 + 1, k * 20 + 3)],
                            cue=(k * 20 + 11, k * 20 + 15), source=(k * 20 + 5, k * 20 + 10),
                            origin="quotes") for k in range(20_000)]
    began = time.monotonic()
    assert _restated(candidates, [_resolved("Brisk")] * len(candidates)) == set()
    assert time.monotonic() - began < 5.0


def test_every_own_cue_inside_a_long_quotation_is_restated() -> None:
    from onrecord.nlp.build import _restated

    outer = Candidate(kind="direct", content=[(0, 10_000)], cue=(10_010, 10_014),
                      source=(10_015, 10_020), origin="quotes")
    inner = [Candidate(kind="indirect", content=[(k * 50 + 10, k * 50 + 40)],
                       cue=(k * 50 + 2, k * 50 + 8), source=(k * 50, k * 50 + 1),
                       origin="learned") for k in range(150)]
    someone_else = Candidate(kind="indirect", content=[(9_000, 9_100)], cue=(8_990, 8_995),
                             source=(8_980, 8_988), origin="learned")
    resolved = [_resolved("Brisk")] * 151 + [_resolved("Orm")]
    assert _restated([outer, *inner, someone_else], resolved) == set(range(1, 151))
