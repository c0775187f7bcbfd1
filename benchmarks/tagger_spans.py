"""The learned taggers alone, scored span by span per paragraph (CofeNet's yardstick):
what the taggers find before any linking, rule or filter (docs/model.md, "Twenty-second
session").

    python benchmarks/tagger_spans.py --polnear ../shared/data/polnear/dev \
        [--tagger span|network|blend] [--span-tagger DIR] [--network DIR]

Each article is parsed by onrecord's pipeline, the chosen tagger gives every token its
cue, source and content probabilities (`blend`: the span tagger's and the network's
averaged as the accurate mode averages them), each token takes its likelier label per role
and the runs are decoded as the modes decode them (short gaps bridged). Every run is then
scored as a span of its role, whichever relation it would join: precision, recall and F1
per role, and what the wrong spans are (missed, edges, spurious). Without `--span-tagger`
or `--network` the packaged models are read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def tagged_runs(doc, probabilities):
    """One attribution per decoded run, holding that run as its only role."""
    from onrecord.eval.attribution import Attribution
    from onrecord.learned.pieces import ROLES, decode_runs
    from onrecord.learned.span_model import BRIDGE

    fields = {"CUE": "cue", "SRC": "source", "CON": "content"}
    labels = probabilities.argmax(axis=-1)
    usable = [not token.is_space for token in doc]
    runs = []
    for number, role in enumerate(ROLES):
        for start, end in decode_runs(labels[:, number].tolist(), usable, bridge=BRIDGE):
            roles: dict = {"source": (), "cue": (), "content": ()}
            roles[fields[role]] = ((doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),)
            runs.append(Attribution(**roles))
    return runs


def main(argv: list[str] | None = None) -> int:
    from onrecord import learned
    from onrecord.eval.brat import read_polnear
    from onrecord.eval.paragraph_spans import score_paragraph_spans
    from onrecord.learned.blend import COMPANION_WEIGHT
    from onrecord.learned.features import DocView
    from onrecord.learned.span_model import SpanModel
    from onrecord.learned.vector_tagger import VectorTagger
    from onrecord.nlp.pipeline import ENGLISH_PIPELINE, load_pipeline

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="a PolNeAR split folder")
    parser.add_argument("--tagger", choices=("span", "network", "blend"), default="blend")
    parser.add_argument("--span-tagger", type=Path, default=learned.DEFAULT_MODEL_DIR)
    parser.add_argument("--network", type=Path, default=learned.VECTOR_MODEL_DIR)
    args = parser.parse_args(argv)

    documents = read_polnear(args.polnear)
    span = SpanModel(args.span_tagger) if args.tagger != "network" else None
    network = VectorTagger(args.network) if args.tagger != "span" else None
    nlp = load_pipeline(ENGLISH_PIPELINE, model="rules")
    predictions = {}
    with nlp.select_pipes(disable=["onrecord"]):
        for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
            if len(doc) == 0:
                predictions[document.id] = []
                continue
            if span is not None:
                probabilities = span.role_probabilities([token.text for token in doc])
            if network is not None:
                read = network.role_probabilities(doc, DocView.from_doc(doc))
                probabilities = (read if span is None else
                                 (1.0 - COMPANION_WEIGHT) * probabilities
                                 + COMPANION_WEIGHT * read)
            predictions[document.id] = tagged_runs(doc, probabilities)
    figures = score_paragraph_spans(documents, predictions).to_dict()
    print(f"{args.polnear}: {figures['docs']} articles, tagger {args.tagger}, "
          "spans per paragraph (CofeNet's yardstick)")
    print(f"{'role':<8} {'P':>6} {'R':>6} {'F1':>6}  {'tp':>5} {'fp':>5} {'fn':>5}"
          f"  {'missed':>6} {'edges(gold)':>11} {'edges(pred)':>11} {'spurious':>8}")
    for role in ("source", "cue", "content"):
        row = figures[role]
        print(f"{role:<8} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f}"
              f"  {row['tp']:5d} {row['fp']:5d} {row['fn']:5d}  {row['fn_missed']:6d}"
              f" {row['fn_edges']:11d} {row['fp_edges']:11d} {row['fp_spurious']:8d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
