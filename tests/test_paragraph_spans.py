"""Spans per paragraph: the yardstick behind CofeNet's published PolNeAR figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.eval.attribution import Attribution, Document
from onrecord.eval.brat import read_polnear
from onrecord.eval.paragraph_spans import (
    paragraph_ranges,
    role_spans,
    score_paragraph_spans,
)
from onrecord.eval.scorer import Scores, TokenIndex, score_document

POLNEAR_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "dev"

TEXT = (
    "Harbour Plan Faces Vote.\n"
    "\n"
    "Mayor Ana Velt said the harbour plan would pass. Councillor Rob Ide disagreed.\n"
    "\n"
    '"We have the votes," Velt told reporters, "and we will use them.\n'
    "\n"
    '"The money is there."\n'
)


def at(piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(piece, start + 1)
    return start, start + len(piece)


def relation(content, cue=None, source=None) -> Attribution:
    content = [content] if isinstance(content, (str, tuple)) else content
    return Attribution(
        content=tuple(at(*piece) if isinstance(piece, tuple) else at(piece)
                      for piece in content),
        cue=(at(cue),) if cue else (),
        source=(at(source),) if source else (),
    )


SAID = relation("the harbour plan would pass", "said", "Mayor Ana Velt")
# A quotation split around its cue that runs on over a paragraph break: the second
# fragment covers two paragraphs.
QUOTED = Attribution(
    content=(at('"We have the votes,"'),
             (at('"and we will use them.')[0], at('"The money is there."')[1])),
    cue=(at("told reporters"),),
    source=(at("Velt", 1),),
)
GOLD = [SAID, QUOTED]


def figures(gold, pred) -> dict:
    return score_paragraph_spans([Document("d", TEXT, tuple(gold))], {"d": pred}).to_dict()


def spelled(attributions) -> dict[str, list[str]]:
    """Each role's spans as the words they cover, in reading order."""
    index = TokenIndex(TEXT)
    return {role: [TEXT[index.starts[a]:index.ends[b - 1]] for _, a, b in sorted(spans)]
            for role, spans in role_spans(TEXT, attributions, index).items()}


def test_paragraphs_are_the_lines_that_hold_words():
    ranges = paragraph_ranges("Title.\n\n  \nFirst line.\nSecond.\n")
    assert [("Title.\n\n  \nFirst line.\nSecond.\n")[a:b] for a, b in ranges] == [
        "Title.", "First line.", "Second."]
    assert paragraph_ranges("") == []


def test_gold_against_itself_scores_one_and_counts_every_span():
    result = figures(GOLD, GOLD)
    for role in ("source", "cue", "content"):
        assert result[role]["f1"] == 1.0 and result[role]["fp"] == 0
    # Contents: one reported clause, the quotation's first fragment, and its second
    # fragment cut at the paragraph break into two spans.
    assert result["content"]["tp"] == 4
    assert result["source"]["tp"] == 2 and result["cue"]["tp"] == 2


def test_a_fragment_over_a_paragraph_break_is_one_span_per_paragraph():
    assert spelled([QUOTED])["content"] == [
        '"We have the votes,"', '"and we will use them.', '"The money is there."']
    # A prediction that stops at the paragraph break gets that paragraph's span right
    # and misses the next one.
    short = Attribution(content=(at('"We have the votes,"'), at('"and we will use them.')),
                        cue=QUOTED.cue, source=QUOTED.source)
    content = figures([QUOTED], [short])["content"]
    assert (content["tp"], content["fp"], content["fn"]) == (2, 0, 1)


def test_spans_are_scored_whichever_relation_holds_them():
    # Each cue given the other's speaker: a relation-level scorer finds no right source,
    # the span yardstick finds every span right.
    mislinked = [
        Attribution(content=SAID.content, cue=SAID.cue, source=QUOTED.source),
        Attribution(content=QUOTED.content, cue=QUOTED.cue, source=SAID.source),
    ]
    assert figures(GOLD, mislinked)["source"]["f1"] == 1.0
    relations = Scores()
    score_document(relations, TEXT, GOLD, mislinked)
    assert relations.to_dict()["roles"]["source"]["exact"]["tp"] == 0


def test_a_token_two_roles_claim_takes_the_inner_role():
    # A content that swallows its own cue and source: cue and source keep their tokens
    # and the content is what lies either side of them.
    greedy = Attribution(content=(at("Mayor Ana Velt said the harbour plan would pass"),),
                         cue=SAID.cue, source=SAID.source)
    spans = spelled([greedy])
    assert spans["cue"] == ["said"] and spans["source"] == ["Mayor Ana Velt"]
    assert spans["content"] == ["the harbour plan would pass"]


def test_overlapping_fragments_of_one_role_join_and_touching_ones_stay_apart():
    overlapping = [relation("the harbour plan"), relation("plan would pass")]
    assert spelled(overlapping)["content"] == ["the harbour plan would pass"]
    touching = [relation("the harbour"), relation("plan would pass")]
    assert spelled(touching)["content"] == ["the harbour", "plan would pass"]


def test_wrong_spans_are_told_apart_as_missed_edges_or_spurious():
    # The reported clause without "the", the quotation not found at all, and a sentence
    # that is no one's statement.
    pred = [relation("harbour plan would pass", "said", "Mayor Ana Velt"),
            relation("Councillor Rob Ide disagreed")]
    content = figures(GOLD, pred)["content"]
    assert (content["tp"], content["fp"], content["fn"]) == (0, 2, 4)
    assert (content["fn_missed"], content["fn_edges"]) == (3, 1)
    assert (content["fp_edges"], content["fp_spurious"]) == (1, 1)


def test_missing_predictions_count_as_none_and_extra_spans_as_false():
    result = score_paragraph_spans([Document("d", TEXT, tuple(GOLD))], {})
    assert result.to_dict()["content"]["fn"] == 4 and result.to_dict()["content"]["f1"] == 0.0
    extra = relation("Councillor Rob Ide disagreed")
    content = figures(GOLD, [*GOLD, extra])["content"]
    assert (content["tp"], content["fp"], content["fn"]) == (4, 1, 0)


@pytest.mark.skipif(not POLNEAR_DEV.exists(), reason="PolNeAR is read from ../shared")
def test_polnear_dev_gold_never_puts_a_token_in_two_roles():
    # The module's one choice that PolNeAR's gold never meets (docs/model.md): the
    # order of roles for a token two of them claim.
    for document in read_polnear(POLNEAR_DEV):
        index = TokenIndex(document.text)
        covered: dict[str, set[int]] = {}
        for role in ("source", "cue", "content"):
            covered[role] = {token for attribution in document.attributions
                             for start, end in attribution.role(role)
                             if (tokens := index.fragment_tokens(start, end))
                             for token in range(*tokens)}
        assert not covered["source"] & covered["cue"], document.id
        assert not covered["source"] & covered["content"], document.id
        assert not covered["cue"] & covered["content"], document.id
