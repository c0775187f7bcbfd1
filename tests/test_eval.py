"""The yardstick: brat reader, corpus conventions, scorer, floors and `onrecord eval`."""

from __future__ import annotations

import itertools
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from onrecord.cli.main import cli
from onrecord.eval.attribution import Attribution, Document
from onrecord.eval.brat import read_ann, read_polnear
from onrecord.eval.conventions import (
    document_in_corpus_convention,
    statement_to_attribution,
    that_before,
    widen_fragment,
)
from onrecord.eval.floors import fallen_figures, load_floors
from onrecord.eval.scorer import Scores, TokenIndex, score, score_document
from onrecord.model import CharSpan, Speaker, Statement

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REFERENCE_SCORER = SHARED / "tools" / "attrib_eval.py"
POLNEAR_DEV = SHARED / "data" / "polnear" / "dev"


def span(text: str, piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def relation(text: str, content, cue=None, source=None) -> Attribution:
    """An Attribution from the strings of its roles (a list of strings: fragments)."""
    content = [content] if isinstance(content, str) else content
    return Attribution(
        content=tuple(span(text, piece) for piece in content),
        cue=(span(text, cue),) if cue else (),
        source=(span(text, source),) if source else (),
    )


def figures(text: str, gold: list[Attribution], pred: list[Attribution]) -> dict:
    scores = Scores()
    score_document(scores, text, gold, pred)
    return scores.to_dict()


TEXT = (
    'Mayor Ana Velt said that the bridge would reopen soon. "It is safe," she added. '
    "Critics argued the cost was too high."
)
GOLD = [
    relation(TEXT, "that the bridge would reopen soon", "said", "Mayor Ana Velt"),
    relation(TEXT, '"It is safe,"', "added", "she"),
    relation(TEXT, "the cost was too high", "argued", "Critics"),
]


# --- scorer -----------------------------------------------------------------------------


def test_gold_against_itself_scores_one_everywhere():
    result = figures(TEXT, GOLD, GOLD)
    for role in ("source", "cue", "content", "all"):
        assert result["roles"][role]["exact"]["f1"] == 1.0
        assert result["roles"][role]["overlap"]["f1"] == 1.0
    assert result["attribution"] == {
        "p": 1.0, "r": 1.0, "f1": 1.0, "matched": 3, "n_pred": 3, "n_gold": 3
    }
    assert result["direct"]["n_gold"] == 1 and result["direct"]["f1"] == 1.0


def test_exact_misses_a_token_that_overlap_still_counts():
    # "that" left out: content is no longer exact, but its other 5 tokens overlap.
    pred = [relation(TEXT, "the bridge would reopen soon", "said", "Mayor Ana Velt")]
    result = figures(TEXT, GOLD[:1], pred)
    content = result["roles"]["content"]
    assert (content["exact"]["tp"], content["exact"]["fp"], content["exact"]["fn"]) == (0, 1, 1)
    assert content["overlap"]["overlap_tokens"] == 5
    assert content["overlap"]["pred_tokens"] == 5 and content["overlap"]["gold_tokens"] == 6
    assert content["overlap"]["p"] == 1.0 and content["overlap"]["r"] == pytest.approx(5 / 6)
    assert result["roles"]["source"]["exact"]["tp"] == 1  # anchored by the same cue
    assert result["attribution"]["matched"] == 1


def test_fragment_inside_a_token_widens_and_whitespace_is_stripped():
    start, end = span(TEXT, "the bridge would reopen soon")
    ragged = Attribution(content=((start - 6, end - 2),), cue=(span(TEXT, "said"),),
                         source=(span(TEXT, "Mayor Ana Velt"),))
    # starts on the space before "that", ends inside "soon": the same tokens as the gold.
    assert figures(TEXT, GOLD[:1], [ragged])["roles"]["content"]["exact"]["tp"] == 1


def test_end_to_end_is_one_to_one_but_exact_is_not():
    twice = [GOLD[0], GOLD[0]]
    result = figures(TEXT, GOLD[:1], twice)
    assert result["attribution"]["matched"] == 1
    assert result["attribution"]["p"] == 0.5 and result["attribution"]["r"] == 1.0
    # Citron's counting: both copies are true positives.
    assert result["roles"]["content"]["exact"]["tp"] == 2
    assert result["roles"]["content"]["exact"]["fp"] == 0


def test_greedy_matching_prefers_the_larger_content_overlap():
    text = "He said the plan was good and the staff was tired and the budget was late."
    gold = [relation(text, "the plan was good and the staff was tired"),
            relation(text, "the staff was tired and the budget was late")]
    pred = [relation(text, "the staff was tired and the budget was late")]
    result = figures(text, gold, pred)
    assert result["attribution"]["matched"] == 1
    assert result["roles"]["content"]["exact"]["tp"] == 1


def test_discontinuous_content_in_any_order_and_merged_when_adjacent():
    text = '"We will build it," the engineer said, "and it will last."'
    first, second = '"We will build it,"', '"and it will last."'
    gold = [relation(text, [first, second], "said", "the engineer")]
    reversed_order = [relation(text, [second, first], "said", "the engineer")]
    assert figures(text, gold, reversed_order)["roles"]["content"]["exact"]["tp"] == 1
    # Two fragments separated only by whitespace merge into one token range.
    spaced = "Costs rose  sharply."
    split = Attribution(content=(span(spaced, "Costs rose"), span(spaced, "sharply.")))
    whole = Attribution(content=(span(spaced, "Costs rose  sharply."),))
    assert figures(spaced, [whole], [split])["roles"]["content"]["exact"]["tp"] == 1
    # Only one of the two fragments predicted: overlap, not exact.
    half = [relation(text, first, "said", "the engineer")]
    result = figures(text, gold, half)
    assert result["roles"]["content"]["exact"]["tp"] == 0
    assert result["attribution"]["matched"] == 1


@pytest.mark.parametrize(
    ("gold_source", "pred_source", "matched"),
    [
        (None, None, 1),  # neither has a source: compatible
        ("Critics", None, 0),  # one side lacks it: not compatible
        (None, "Critics", 0),
        ("Critics", "Critics", 1),
    ],
)
def test_end_to_end_needs_overlapping_sources_or_none_on_both_sides(
    gold_source, pred_source, matched
):
    gold = [relation(TEXT, "the cost was too high", "argued", gold_source)]
    pred = [relation(TEXT, "the cost was too high", "argued", pred_source)]
    result = figures(TEXT, gold, pred)
    assert result["attribution"]["matched"] == matched
    # Two missing sources are equal for exact source scoring, as in Citron.
    if gold_source is None and pred_source is None:
        assert result["roles"]["source"]["exact"]["tp"] == 1


def test_direct_restriction_counts_only_quoted_content():
    pred = [GOLD[1], relation(TEXT, "the cost was too high", "argued", "Critics"),
            relation(TEXT, '"It is safe," she', None, "Mayor Ana Velt")]
    result = figures(TEXT, GOLD, pred)["direct"]
    assert (result["n_gold"], result["gold_matched"]) == (1, 1)
    assert (result["n_pred"], result["pred_matched"]) == (2, 1)
    assert result["p"] == 0.5 and result["r"] == 1.0


def test_two_apostrophes_count_as_a_double_quote():
    text = "''It works,'' said Mr. Dalby."
    gold = [relation(text, "''It works,''", "said", "Mr. Dalby")]
    assert figures(text, gold, gold)["direct"]["n_gold"] == 1


def test_no_predictions_gives_zero_not_an_error():
    result = figures(TEXT, GOLD, [])
    assert result["attribution"]["p"] == 0.0 and result["attribution"]["r"] == 0.0
    assert result["roles"]["cue"]["exact"]["fn"] == 3
    empty = figures("", [], [])
    assert empty["attribution"]["f1"] == 0.0


def test_cue_less_predictions_are_left_out_of_cue_counts():
    pred = [relation(TEXT, "the cost was too high", None, "Critics")]
    cue = figures(TEXT, GOLD[2:], pred)["roles"]["cue"]["exact"]
    assert (cue["tp"], cue["fp"], cue["fn"]) == (0, 0, 1)


def test_documents_missing_from_predictions_count_as_empty():
    documents = [Document("a", TEXT, tuple(GOLD)), Document("b", TEXT, tuple(GOLD[:1]))]
    result = score(documents, {"a": GOLD, "unknown": GOLD}).to_dict()
    assert result["docs"] == 2
    assert result["attribution"]["n_gold"] == 4 and result["attribution"]["matched"] == 3


@given(st.text(alphabet="ab ,.\"'\n", max_size=60), st.data())
def test_token_ranges_are_sorted_disjoint_and_scores_bounded(text, data):
    index = TokenIndex(text)
    bound = st.integers(min_value=-3, max_value=len(text) + 3)
    fragments = data.draw(st.lists(st.tuples(bound, bound), max_size=4))
    ranges = index.role_tokens(fragments)
    for (a, b), (c, _) in itertools.pairwise(ranges):
        assert a < b < c  # merged: never touching
    pred = [Attribution(content=tuple(fragments), source=tuple(fragments[:1]))]
    result = figures(text, pred, pred)
    for role in result["roles"].values():
        for kind in ("exact", "overlap"):
            assert 0.0 <= role[kind]["p"] <= 1.0 and 0.0 <= role[kind]["r"] <= 1.0


# --- brat reader ------------------------------------------------------------------------

ANN_TEXT = (
    "Mill closes\n\n"
    '"We are sorry," the owner said, "but costs rose."\n'
    "Workers believe the town will recover.\n"
)


def _ann(text: str) -> str:
    def t(ident, label, *pieces):
        ranges = ";".join(f"{s} {e}" for s, e in (span(text, p) for p in pieces))
        covered = " ".join(pieces)
        return f"{ident}\t{label} {ranges}\t{covered}"

    return "\n".join([
        t("T1", "Source", "the owner"),
        t("T2", "Cue", "said"),
        t("T3", "Content", '"We are sorry,"'),
        t("T4", "Content", '"but costs rose."'),
        t("T5", "Attribution", "said"),
        "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Content2:T4",
        t("T6", "Content", "the town will recover"),
        t("T7", "Attribution", "believe"),  # no Cue role: the trigger stands in
        "E2\tAttribution-no-source:T7 Content:T6",
        "E3\tAttribution:T7 Cue:T2",  # no content: dropped
        t("T8", "Discuss", "Mill closes"),
        "E4\tDiscuss:T8 Content:T6",  # not an attribution
        "T9\tContent 0 4;6 11\tMill",
        "closes",  # a continuation line of an annotated string holding a newline
        "#1\tAnnotatorNotes T1\tthe owner",
    ]) + "\n"


def test_read_ann_groups_roles_keeps_fragments_and_uses_the_trigger():
    attributions, problems = read_ann(_ann(ANN_TEXT), ANN_TEXT)
    assert len(attributions) == 2
    quote, belief = attributions
    assert [ANN_TEXT[s:e] for s, e in quote.content] == ['"We are sorry,"', '"but costs rose."']
    assert ANN_TEXT[slice(*quote.source[0])] == "the owner"
    assert belief.source == () and ANN_TEXT[slice(*belief.cue[0])] == "believe"
    assert problems == ["event E3: no content; dropped"]


def test_read_ann_reports_spans_that_do_not_fit_the_text():
    ann = "T1\tContent 0 4\tWrong\nT2\tCue 5 900\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n"
    attributions, problems = read_ann(ann, "Mill closes today")
    assert len(attributions) == 1 and attributions[0].cue == ()
    assert any("does not cover 'Wrong'" in problem for problem in problems)
    assert any("outside the text" in problem for problem in problems)


def test_read_polnear_takes_the_first_annotator_file(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "mill.txt").write_text(ANN_TEXT, encoding="utf-8")
    (tmp_path / "text" / "quiet.txt").write_text("Nothing said.\n", encoding="utf-8")
    (tmp_path / "attributions" / "mill_b2.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "mill_a1.ann").write_text(_ann(ANN_TEXT), encoding="utf-8")
    documents = read_polnear(tmp_path)
    assert [d.id for d in documents] == ["mill", "quiet"]
    assert len(documents[0].attributions) == 2
    assert documents[1].attributions == () and documents[1].problems == ("no .ann file",)
    assert [d.id for d in read_polnear(tmp_path, limit=1)] == ["mill"]


def test_read_polnear_keeps_crlf_offsets(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = 'Title\r\n\r\n"Go," she said.'
    (tmp_path / "text" / "d.txt").write_bytes(text.encode("utf-8"))
    s, e = span(text, '"Go,"')
    c, d = span(text, "said")
    ann = (f"T1\tContent {s} {e}\t\"Go,\"\r\nT2\tCue {c} {d}\tsaid\r\n"
           "E1\tAttribution:T2 Content:T1\r\n")
    (tmp_path / "attributions" / "d_x.ann").write_bytes(ann.encode("utf-8"))
    (document,) = read_polnear(tmp_path)
    assert document.text == text and document.problems == ()
    assert document.attributions[0].content == ((s, e),)


# --- conventions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "direct", "expected"),
    [
        ('She said: "We won."', "We won", True, '"We won."'),
        ("“Fine,” he said.", "Fine", True, "“Fine,”"),
        ("''It works,'' said Mr. Dalby.", "It works", True, "''It works,''"),
        ('"We won." She left.', '"We won."', True, '"We won."'),  # marks already in: kept
        ("He said the plan was \"dead\" now.", 'the plan was "dead', False,
         'the plan was "dead"'),
        ('He said the plan failed. "No," she said.', "the plan failed", False,
         "the plan failed"),  # a mark that belongs to another quote is not taken
        ("No marks at all here", "marks at all", True, "marks at all"),
    ],
)
def test_widen_fragment_takes_adjacent_marks(text, content, direct, expected):
    start, end = span(text, content)
    new_start, new_end = widen_fragment(text, start, end, direct=direct)
    assert text[new_start:new_end] == expected


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("He said that taxes rose.", "taxes rose", "that taxes rose"),
        ("He said That  taxes rose.", "taxes rose", "That  taxes rose"),
        ("It was somewhat taxes rose.", "taxes rose", None),
        ("He said taxes rose.", "taxes rose", None),
        ("that taxes rose.", "taxes rose", "that taxes rose"),
        ("He said that, if elected, he would go.", "if elected", "that, if elected"),
    ],
)
def test_that_before(text, content, expected):
    start = text.index(content)
    found = that_before(text, start)
    assert (text[found:start + len(content)] if found is not None else None) == expected


def _statement(text: str, kind: str, content: list[str], cue=None, source=None) -> Statement:
    return Statement(
        id="x",
        kind=kind,  # type: ignore[arg-type]
        content=tuple(CharSpan.of(text, *span(text, piece)) for piece in content),
        cue=CharSpan.of(text, *span(text, cue)) if cue else None,
        source=CharSpan.of(text, *span(text, source)) if source else None,
        speaker=Speaker("Ana Velt") if source else None,
        confidence=0.9,
    )


def test_statement_to_attribution_follows_polnear_conventions():
    text = 'Velt said that the road opened. "It is late," she said, "and costly."'
    indirect = statement_to_attribution(
        text, _statement(text, "indirect", ["the road opened"], "said", "Velt"))
    assert [text[s:e] for s, e in indirect.content] == ["that the road opened"]
    assert indirect.speaker == "Ana Velt" and indirect.kind == "indirect"
    assert [text[s:e] for s, e in indirect.source] == ["Velt"]
    direct = statement_to_attribution(
        text, _statement(text, "direct", ["It is late", "and costly"]))
    assert [text[s:e] for s, e in direct.content] == ['"It is late,"', '"and costly."']
    assert direct.source == () and direct.cue == () and direct.speaker is None
    assert direct.to_dict()["source"] == []



@pytest.mark.parametrize(
    ("text", "report", "inner", "dropped"),
    [
        ('"The pier stays," Brisk said, according to the Gazette.',
         ('"The pier stays," Brisk said', "according to", "the Gazette"),
         ("The pier stays", "said", "Brisk"), True),
        ("Brisk said the pier stays, the Gazette reported.",
         ("Brisk said the pier stays", "reported", "the Gazette"),
         ("the pier stays", "said", "Brisk"), True),
        # Not reports: reporters told, and an adverb that hedges the speaker's own words.
        ("Brisk told reporters the pier stays, Hale wrote.",
         ("Brisk told reporters the pier stays", "wrote", "Hale"),
         ("the pier stays", "told reporters", "Brisk"), False),
        ("Brisk reportedly said the pier stays, the Gazette noted.",
         ("Brisk reportedly said the pier stays", "reportedly", "the Gazette"),
         ("the pier stays", "said", "Brisk"), False),
    ],
)
def test_a_report_takes_the_place_of_the_statement_it_vouches_for(text, report, inner, dropped):
    outer = _statement(text, "indirect", [report[0]], report[1], report[2])
    nested = _statement(text, "indirect", [inner[0]], inner[1], inner[2])
    relations = document_in_corpus_convention(text, [nested, outer])
    assert statement_to_attribution(text, outer) in relations
    assert (statement_to_attribution(text, nested) not in relations) is dropped
    assert len(relations) == (1 if dropped else 2)


def test_a_report_without_a_source_or_around_another_report_keeps_both():
    text = "Brisk said the pier stays, according to the Gazette, as Hale reported."
    nested = _statement(text, "indirect", ["the pier stays"], "said", "Brisk")
    sourceless = _statement(text, "indirect", ["Brisk said the pier stays"], "according to")
    assert len(document_in_corpus_convention(text, [nested, sourceless])) == 2
    gazette = _statement(text, "indirect", ["Brisk said the pier stays"], "according to",
                         "the Gazette")
    hale = _statement(text, "indirect", ["Brisk said the pier stays, according to the Gazette"],
                      "reported", "Hale")
    relations = document_in_corpus_convention(text, [nested, gazette, hale])
    assert len(relations) == 2  # Brisk's gives way; the Gazette's, itself a report, stays

@pytest.mark.parametrize(
    ("text", "cue", "content", "expected"),
    [
        ('Velt told reporters: "We won."', "told reporters", "We won", "told reporters:"),
        ("Velt wrote :  the road is open.", "wrote", "the road is open", "wrote :"),
        ('Velt said "we won": the road is open.', "said", "we won", "said"),  # colon after
        ("Velt said the road: it is open.", "said", "the road", "said"),  # content first
    ],
)
def test_a_cue_takes_the_colon_that_introduces_its_content(text, cue, content, expected):
    statement = _statement(text, "indirect", [content], cue, "Velt")
    ((start, end),) = statement_to_attribution(text, statement).cue
    assert text[start:end] == expected


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # An apposition set off by commas before the cue: the closing comma joins it.
        ("Ana Velt, the harbour master, said the road is open.",
         "Ana Velt, the harbour master", "Ana Velt, the harbour master,"),
        # A mention with no comma of its own does not take the comma after it.
        ("Velt, in Lisbon, said the road is open.", "Velt", "Velt"),
        # After the cue too (54 of 78 such sources in train).
        ("the road is open, said Ana Velt, the harbour master, on Monday.",
         "Ana Velt, the harbour master", "Ana Velt, the harbour master,"),
        # ... but not a mention without a comma of its own.
        ("the road is open, said Velt, on Monday.", "Velt", "Velt"),
    ],
)
def test_a_source_takes_the_comma_that_closes_its_apposition(text, source, expected):
    statement = _statement(text, "indirect", ["the road is open"], "said", source)
    ((start, end),) = statement_to_attribution(text, statement).source
    assert text[start:end] == expected


# --- floors -----------------------------------------------------------------------------


def test_fallen_figures_names_each_figure_below_its_floor(tmp_path):
    report = {"attribution": {"f1": 0.4}, "direct": {"f1": 0.6}}
    floors = {"attribution.f1": 0.5, "direct.f1": 0.5, "roles.cue.exact.f1": 0.1}
    messages = fallen_figures(report, floors)
    assert len(messages) == 2
    assert messages[0].startswith("attribution.f1 = 0.4000 is below")
    assert "roles.cue.exact.f1: not in the report" in messages[1]
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"_comment": "x", "floors": floors}))
    assert load_floors(path) == floors


@pytest.mark.parametrize("name", ["floors.json", "floors-accurate.json"])
def test_the_ci_floors_files_are_valid(name):
    floors = load_floors(Path(__file__).resolve().parents[1] / ".ci" / name)
    assert floors and all(0.0 <= value <= 1.0 for value in floors.values())


# --- agreement with the shared reference scorer -----------------------------------------


def _jitter(rng: random.Random, ranges, n):
    out = []
    for s, e in ranges:
        roll = rng.random()
        if roll < 0.5:
            out.append((s, e))
        elif roll < 0.75:
            out.append((max(0, s + rng.randint(-15, 15)), min(n, e + rng.randint(-15, 15))))
        elif roll < 0.9:
            out.append((s + 1, e - 1))
    return tuple((s, e) for s, e in out if s <= e)


@pytest.mark.skipif(
    not (REFERENCE_SCORER.exists() and POLNEAR_DEV.is_dir()), reason="no /work/shared corpus"
)
def test_scores_agree_with_the_reference_scorer_on_perturbed_gold(tmp_path):
    documents = read_polnear(POLNEAR_DEV)
    rng = random.Random(20240611)
    predictions = {}
    for document in documents:
        n = len(document.text)
        predicted = [
            Attribution(
                content=_jitter(rng, item.content, n),
                cue=_jitter(rng, item.cue, n) if rng.random() < 0.9 else (),
                source=_jitter(rng, item.source, n) if rng.random() < 0.8 else (),
            )
            for item in document.attributions
            if rng.random() < 0.85
        ]
        for _ in range(rng.randint(0, 3)):  # spurious relations
            start = rng.randrange(n)
            predicted.append(Attribution(content=((start, min(n, start + 60)),)))
        rng.shuffle(predicted)
        predictions[document.id] = predicted
    pred_path, gold_path = tmp_path / "pred.jsonl", tmp_path / "gold.jsonl"
    pred_path.write_text("".join(
        json.dumps({"doc": doc, "attributions": [a.to_dict() for a in items]}) + "\n"
        for doc, items in predictions.items()
    ))
    reference = _reference_scores(POLNEAR_DEV, gold_path, pred_path)
    ours = score(documents, predictions).to_dict()
    _assert_same_figures(ours, reference)


def _reference_scores(corpus: Path, gold_path: Path, pred_path: Path) -> dict:
    gold = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), "gold-from-brat", str(corpus)],
        capture_output=True, text=True, check=True,
    )
    gold_path.write_text(gold.stdout)
    scored = subprocess.run(
        [sys.executable, str(REFERENCE_SCORER), "score", "--gold", str(gold_path),
         "--pred", str(pred_path), "--text-dir", str(corpus), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(scored.stdout)


def _assert_same_figures(ours: dict, reference: dict) -> None:
    compared = 0
    for role in ("source", "cue", "content", "all"):
        for kind in ("exact", "overlap"):
            for key, value in ours["roles"][role][kind].items():
                expected = reference["roles"][role][kind][key]
                assert value == pytest.approx(expected), (role, kind, key)
                compared += 1
    for block in ("attribution", "direct"):
        for key, value in ours[block].items():
            assert value == pytest.approx(reference[block][key]), (block, key)
            compared += 1
    assert compared > 50


# --- the command ------------------------------------------------------------------------

ARTICLES = {
    "larkfield-bridge": (
        "Bridge to reopen in Larkfield\n\n"
        '"The bridge is safe again," Mayor Odile Brenner said on Tuesday.\n\n'
        "Engineers said that the repairs cost less than planned.\n"
    ),
    "harbour-fest": (
        "Harbour festival moves to June\n\n"
        "The festival will move to June, organiser Tam Okafor told the Courier. "
        '"We need warmer evenings," he said.\n'
    ),
}
GOLD_ROLES = {
    "larkfield-bridge": [
        ('"The bridge is safe again,"', "said", "Mayor Odile Brenner"),
        ("that the repairs cost less than planned", "said", "Engineers"),
    ],
    "harbour-fest": [
        ("The festival will move to June", "told", "organiser Tam Okafor"),
        ('"We need warmer evenings,"', "said", "he"),
    ],
}


def write_corpus(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for doc, text in ARTICLES.items():
        (root / "text" / f"{doc}.txt").write_text(text, encoding="utf-8")
        lines = []
        for number, (content, cue, source) in enumerate(GOLD_ROLES[doc]):
            ids = [f"T{3 * number + k}" for k in (1, 2, 3)]
            for ident, label, piece in zip(ids, ("Content", "Cue", "Source"),
                                           (content, cue, source), strict=True):
                s, e = span(text, piece)
                lines.append(f"{ident}\t{label} {s} {e}\t{piece}")
            lines.append(f"E{number + 1}\tAttribution:{ids[1]} Content:{ids[0]} "
                         f"Cue:{ids[1]} Source:{ids[2]}")
        (root / "attributions" / f"{doc}_ab12.ann").write_text("\n".join(lines) + "\n")
    return root


@pytest.mark.model
def test_eval_command_prints_every_figure_and_writes_predictions(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus")
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        cli, ["eval", "--polnear", str(corpus), "--format", "json", "--predictions-out", str(out),
              "--bootstrap", "20"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    intervals = report["intervals"]
    assert intervals["resamples"] == 20 and intervals["level"] == 0.95
    low, high = intervals["figures"]["attribution.f1"]
    assert 0.0 <= low <= high <= 1.0
    assert report["docs"] == 2 and report["gold_attributions"] == 4
    assert set(report["roles"]) == {"source", "cue", "content", "all"}
    for block in ("attribution", "direct"):
        assert {"p", "r", "f1"} <= set(report[block])
    spans = report["paragraph_spans"]  # CofeNet's yardstick beside the relations'
    assert spans["docs"] == 2
    for role in ("source", "cue", "content"):
        assert 0.0 <= spans[role]["f1"] <= 1.0
        assert spans[role]["tp"] + spans[role]["fn"] > 0
    speed = report["speed"]
    assert speed["onrecord_docs_per_s"] > 0 and speed["spacy_docs_per_s"] > 0
    assert speed["ratio"] == pytest.approx(
        speed["onrecord_docs_per_s"] / speed["spacy_docs_per_s"])
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["doc"] for line in lines] == ["harbour-fest", "larkfield-bridge"]
    for line in lines:
        for item in line["attributions"]:
            assert set(item) == {"source", "cue", "content", "speaker", "kind"}
    if REFERENCE_SCORER.exists():  # the reference scorer reads our predictions alike
        _assert_same_figures(report, _reference_scores(corpus, tmp_path / "gold.jsonl", out))

    text_run = CliRunner().invoke(cli, ["eval", "--polnear", str(corpus), "--limit", "1"])
    assert text_run.exit_code == 0
    assert "attribution (end to end)" in text_run.stdout and "ratio" in text_run.stdout
    assert "spans per paragraph (CofeNet's yardstick" in text_run.stdout
    assert "95% intervals" not in text_run.stdout  # only with --bootstrap
    with_intervals = CliRunner().invoke(
        cli, ["eval", "--polnear", str(corpus), "--limit", "1", "--bootstrap", "5"])
    assert with_intervals.exit_code == 0
    assert "95% intervals over resampled documents (5 resamples)" in with_intervals.stdout
    assert "attribution.f1" in with_intervals.stdout


@pytest.mark.model
def test_eval_command_fails_when_a_figure_falls_below_its_floor(tmp_path, nlp):
    corpus = write_corpus(tmp_path / "corpus")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"floors": {"attribution.p": 1.01}}))
    result = CliRunner().invoke(
        cli, ["eval", "--polnear", str(corpus), "--limit", "1", "--floors", str(floors)]
    )
    assert result.exit_code == 1
    assert "attribution.p" in result.stderr


@pytest.mark.parametrize("make", ["missing", "no_text_dir", "empty"])
def test_eval_command_usage_errors_exit_2(tmp_path, make):
    corpus = tmp_path / "corpus"
    if make != "missing":
        corpus.mkdir()
    if make == "empty":
        (corpus / "text").mkdir()
    result = CliRunner().invoke(cli, ["eval", "--polnear", str(corpus)])
    assert result.exit_code == 2
