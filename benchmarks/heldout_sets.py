"""The fast mode on three sets of held-out train articles: how every change since the
twelfth session was chosen (docs/model.md).

    python benchmarks/heldout_sets.py --polnear ../shared/data/polnear/train --work DIR

Set k (k = 0, 1, 2) is the 60 train articles that `onrecord train --method vectors
--holdout 60 --seed k` leaves out; its network is trained on the other 780 (about 10 to 13
minutes each here; a network already in DIR/net{k} is reused). Each set is scored with a
statement filter fitted on the other two sets' networks and held-out articles, the scored
set's own articles left out (DIR/net{k}_filtered: the network's files and that filter).
The fast mode (rules, network, filter) then runs over the set's articles as
`onrecord eval` runs over dev, and the script prints end-to-end F1 (P / R), direct F1 and
exact source, cue and content F1 per set, with onrecord's scorer (which agrees with the
reference scorer). `--no-filter` scores the networks without a filter. Needs the
training extras (`pip install -e '.[train]'`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

SETS = (0, 1, 2)
HELD_OUT = 60
# Scores one set in a fresh process (argv: this file, the split, the set, the model).
_SCORE_ONE = (
    "import sys; from pathlib import Path; sys.path.insert(0, str(Path(sys.argv[1]).parent)); "
    "import heldout_sets as h; "
    "print(h._score(Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])))"
)


def _network(polnear: Path, work: Path, seed: int) -> Path:
    out = work / f"net{seed}"
    if not (out / "meta.json").is_file():
        began = time.monotonic()
        subprocess.run([sys.executable, "-m", "onrecord.cli.main", "train", "--method", "vectors",
                        "--polnear", str(polnear), "--out", str(out), "--holdout", str(HELD_OUT),
                        "--seed", str(seed)], check=True)
        print(f"net{seed}: trained in {time.monotonic() - began:.0f} s", flush=True)
    return out


def _filtered(polnear: Path, work: Path, seed: int, networks: dict[int, Path]) -> Path:
    """The network of set `seed` beside a filter fitted without that set's articles."""
    from dataclasses import replace

    from onrecord.learned.train_filter import (
        FILTER_VERSION,
        filter_examples,
        fit_statement_filter,
        held_out_documents,
    )
    from onrecord.nlp.statement_filter import FILTER_FILE

    scored = {d.doc_id for d in held_out_documents(polnear, networks[seed])}
    rows, labels = [], []
    for other, network in networks.items():
        if other == seed:
            continue
        documents = [d for d in held_out_documents(polnear, network) if d.doc_id not in scored]
        found, right, _ = filter_examples(documents, network)
        rows.append(found)
        labels.append(right)
    fitted = fit_statement_filter(np.vstack(rows), np.concatenate(labels))
    fitted = replace(fitted, version=f"{FILTER_VERSION}-r{sum(len(r) for r in rows)}")
    out = work / f"net{seed}_filtered"
    out.mkdir(parents=True, exist_ok=True)
    for path in networks[seed].iterdir():  # the network's files (weights, word vectors …)
        if path.is_file() and path.name != FILTER_FILE:
            shutil.copyfile(path, out / path.name)
    (out / FILTER_FILE).write_text(json.dumps(fitted.to_dict()) + "\n", encoding="utf-8")
    return out


def _score(polnear: Path, seed: int, model_dir: Path) -> str:
    from onrecord import learned
    from onrecord.eval.brat import read_polnear
    from onrecord.eval.runner import run_evaluation
    from onrecord.learned.train import seeded_subset

    learned.VECTOR_MODEL_DIR = model_dir  # the fast mode's network, read at pipeline load
    documents = read_polnear(polnear)
    held = set(seeded_subset(sorted(d.id for d in documents), HELD_OUT, seed + 1))
    report = run_evaluation([d for d in documents if d.id in held], compare_spacy=False)
    figures = report.to_dict()
    attribution, roles = figures["attribution"], figures["roles"]
    return (f"set {seed}: end to end {attribution['f1']:.4f} "
            f"(P {attribution['p']:.3f} / R {attribution['r']:.3f}), "
            f"direct {figures['direct']['f1']:.4f}, exact source "
            f"{roles['source']['exact']['f1']:.4f}, cue {roles['cue']['exact']['f1']:.4f}, "
            f"content {roles['content']['exact']['f1']:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True, help="PolNeAR's train split")
    parser.add_argument("--work", type=Path, required=True, help="where networks are kept")
    parser.add_argument("--sets", type=int, nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--no-filter", action="store_true", help="score without a filter")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    networks = {seed: _network(args.polnear, args.work, seed) for seed in SETS}
    for seed in args.sets:
        model_dir = (networks[seed] if args.no_filter
                     else _filtered(args.polnear, args.work, seed, networks))
        # One process per set: the pipeline loads its network once per process.
        result = subprocess.run(
            [sys.executable, "-c", _SCORE_ONE, __file__, str(args.polnear), str(seed),
             str(model_dir)],
            check=True, capture_output=True, text=True)
        print(result.stdout.strip(), flush=True)


if __name__ == "__main__":
    main()
