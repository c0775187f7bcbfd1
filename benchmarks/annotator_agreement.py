"""How far PolNeAR's annotators agree with the gold the issue's targets are scored against,
and where onrecord stands on the same articles (docs/model.md, "Twenty-first session").

    python benchmarks/annotator_agreement.py --polnear ../shared/data/polnear/train \
        --polnear ../shared/data/polnear/dev [--bootstrap 200] \
        [--model fast|accurate [--span-tagger DIR] [--network DIR]]

Every article that several annotators marked is read; the first `.ann` file by name is
the gold (as `onrecord eval` and the reference scorer take it) and every other reading is
scored against it as predictions are: exact source, cue and content F1, end-to-end F1 and
direct-quote F1, per annotator and pooled, with a bootstrap interval over articles.

With `--model`, onrecord runs over the same articles and is scored against the same gold.
The packaged models were trained on PolNeAR train, multiply-annotated articles included,
so for a fair comparison point `--span-tagger` (a `polnear-minilm` directory) and
`--network` (a `polnear-vectors` directory) at models trained without those articles.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _row(label: str, figures: dict[str, float], interval=None, n: int | None = None) -> str:
    cells = []
    for name, value in figures.items():
        cell = f"{value:.3f}"
        if interval is not None:
            low, high = interval[name]
            cell += f" ({low:.3f}-{high:.3f})"
        cells.append(cell)
    count = f"{n:>8}" if n is not None else " " * 8
    return f"{label:<28} {count}  " + "  ".join(f"{cell:<21}" for cell in cells)


def _system(articles, model: str, span_tagger: Path | None, network: Path | None):
    from onrecord import learned
    from onrecord.eval.attribution import Document
    from onrecord.eval.runner import run_evaluation

    # The pipelines read these at load, as benchmarks/heldout_sets.py points its networks.
    if span_tagger is not None:
        learned.DEFAULT_MODEL_DIR = span_tagger
    if network is not None:
        learned.VECTOR_MODEL_DIR = network
    documents = [Document(a.id, a.text, a.gold) for a in articles]
    report = run_evaluation(documents, compare_spacy=False, model=model)
    for failure in report.failures:
        print(f"error: {failure.doc}: {failure.message}", file=sys.stderr)
    return report.predictions


def main(argv: list[str] | None = None) -> int:
    from onrecord.eval.agreement import (
        HEADLINE,
        SPAN_HEADLINE,
        against_gold,
        headline,
        predicted_spans_against_gold,
        predictions_against_gold,
        read_multiply_annotated,
        span_headline,
        spans_against_gold,
    )
    from onrecord.eval.intervals import bootstrap_interval

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, action="append", required=True,
                        help="a PolNeAR split folder (repeat for several)")
    parser.add_argument("--bootstrap", type=int, default=200,
                        help="resamples of articles for the 95%% intervals (0: none)")
    parser.add_argument("--model", choices=("fast", "accurate", "rules"), default=None,
                        help="also score onrecord in this mode on the same articles")
    parser.add_argument("--span-tagger", type=Path, default=None)
    parser.add_argument("--network", type=Path, default=None)
    args = parser.parse_args(argv)

    articles = [a for split in args.polnear for a in read_multiply_annotated(split)]
    if not articles:
        print("no article in these splits has more than one annotator", file=sys.stderr)
        return 1
    annotators = sorted({name for a in articles for name in a.readings})
    golds = sorted({a.gold_annotator for a in articles})
    relations = sum(len(a.gold) for a in articles)
    print(f"{len(articles)} articles with several annotators ({len(annotators)} annotators; "
          f"gold = first file by name: {', '.join(golds)}); {relations} gold relations")
    print(f"{'':<28} {'readings':>8}  " + "  ".join(f"{name:<21}" for name in HEADLINE))
    for name in annotators:
        pairs = sum(name in a.readings and name != a.gold_annotator for a in articles)
        if not pairs:  # the gold annotator of every article
            continue
        print(_row(f"annotator {name} vs gold", headline(against_gold(articles, annotator=name)),
                   n=pairs))
    pooled_pairs = sum(len(a.readings) - 1 for a in articles)

    def scored_row(label, scorer, figures, n):
        """Print `scorer`'s figures on every article, with their interval; return its
        counts (the per-reading table reads them again)."""
        interval = (bootstrap_interval(articles, scorer, figures=figures,
                                       resamples=args.bootstrap) if args.bootstrap else None)
        scores = scorer(articles)
        print(_row(label, figures(scores), interval, n=n))
        return scores

    scored_row("every annotator vs gold", against_gold, headline, pooled_pairs)
    predictions = (_system(articles, args.model, args.span_tagger, args.network)
                   if args.model else None)
    if predictions is not None:
        scored_row(f"onrecord {args.model}",
                   lambda sample: predictions_against_gold(sample, predictions),
                   headline, len(articles))

    # The same readings span by span, paragraph by paragraph: the yardstick behind
    # CofeNet's published figures (onrecord.eval.paragraph_spans).
    print()
    print("spans per paragraph, exact F1 (CofeNet's yardstick)")
    print(f"{'':<28} {'readings':>8}  " + "  ".join(f"{name:<21}" for name in SPAN_HEADLINE))
    rows = [("every annotator vs gold",
             scored_row("every annotator vs gold", spans_against_gold, span_headline,
                        pooled_pairs), pooled_pairs)]
    if predictions is not None:
        rows.append((f"onrecord {args.model}",
                     scored_row(f"onrecord {args.model}",
                                lambda sample: predicted_spans_against_gold(sample, predictions),
                                span_headline, len(articles)), len(articles)))

    # What the wrong content spans are, per reading: a reader who misses statements and
    # one who draws other edges lose the same F1 for different reasons.
    print()
    print("content spans per reading: right, missed, other edges (gold side / found side), "
          "spurious")
    for label, scores, readings in rows:
        content = scores.to_dict()["content"]
        cells = [content[key] / readings for key in
                 ("tp", "fn_missed", "fn_edges", "fp_edges", "fp_spurious")]
        print(f"{label:<28} {readings:>8}  " + "  ".join(f"{cell:6.1f}" for cell in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
