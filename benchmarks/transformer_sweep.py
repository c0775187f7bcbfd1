"""Sweep the span tagger's training settings quickly on a borrowed GPU, score them here.

Three steps, because the GPU machine has torch but neither spaCy nor our checkpoint
package, and takes at most 64 MiB of files:

  prepare (here)   tokenise PolNeAR train into training windows per window size, keep
                   the held-out slice's pieces, and pack the base checkpoint compactly:
                   only the vocabulary rows the corpus uses (int8 per row), the rest float16;
  run (GPU)        fine-tune each setting on the training part, score the held-out slice
                   after every epoch (exact token-run F1 per role, a quick proxy), keep the
                   held-out probabilities, and train one final model on all documents;
  score (here)     replay the held-out probabilities through the full accurate mode and
                   print the real figures; `assemble` turns the final weights into a model
                   directory (unused vocabulary rows get the base rows times the weight decay
                   they would have had).

  python benchmarks/transformer_sweep.py prepare --polnear ../shared/data/polnear/train --out .sweep
  python benchmarks/transformer_sweep.py run --data .sweep --out OUT --configs '{...}'
  python benchmarks/transformer_sweep.py score --data .sweep --probabilities OUT/heldout.npz
  python benchmarks/transformer_sweep.py assemble --data .sweep --final OUT --out MODEL_DIR
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
import types
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SRC = Path(__file__).resolve().parent.parent / "src"
HOLDOUT = 60
WINDOWS = {128: 112, 256: 224}  # window: training stride (prediction uses the same)
CHUNK = 15 * 2**20


def _import_learned_without_package() -> None:
    """Import onrecord.learned's torch modules without onrecord/__init__ (spaCy-free)."""
    for name, path in (("onrecord", SRC / "onrecord"), ("onrecord.learned", SRC / "onrecord" / "learned")):
        module = types.ModuleType(name)
        module.__path__ = [str(path)]  # type: ignore[attr-defined]
        sys.modules.setdefault(name, module)


# --- prepare (here) ---------------------------------------------------------------------

def prepare(polnear: Path, out: Path) -> None:
    import spacy
    from safetensors.numpy import load_file

    from onrecord.learned.corpus import read_split
    from onrecord.learned.fit import TransformerSettings
    from onrecord.learned.pieces import ROLES, doc_pieces, role_labels
    from onrecord.learned.train import seeded_subset, token_span
    from onrecord.learned.train_transformer import base_model_dir, document_examples
    from onrecord.learned.wordpiece import WordPiece

    out.mkdir(parents=True, exist_ok=True)
    base = base_model_dir()
    wordpiece = WordPiece.from_file(base / "vocab.txt")
    gold = sorted(read_split(polnear), key=lambda g: g.doc_id)
    # Further annotators' readings of the same texts: training windows only, for
    # configurations that ask for them ("other_annotators": true).
    further = read_split(polnear, other_annotators=True)[len(gold):]
    held = {g.doc_id for g in seeded_subset(gold, HOLDOUT, 1)}  # what --holdout 60 --seed 0 leaves out
    tokenizer = spacy.blank("en").tokenizer
    tokenised = []
    for g in gold:
        doc = tokenizer(g.text)
        tokenised.append(([t.text for t in doc], [t.idx for t in doc], [t.idx + len(t) for t in doc]))
    mask_full = wordpiece.vocabulary.index("[MASK]")
    used = {wordpiece.cls_id, wordpiece.sep_id, wordpiece.pad_id, mask_full}
    for words, _, _ in tokenised:  # all documents: the final model trains on them all
        used.update(doc_pieces(words, wordpiece).ids)
    vocab = np.array(sorted(used), dtype=np.int32)
    compact = np.full(len(wordpiece.vocabulary), -1, dtype=np.int32)
    compact[vocab] = np.arange(len(vocab), dtype=np.int32)
    unk_full = wordpiece.vocabulary.index("[UNK]")
    if compact[unk_full] < 0:
        vocab = np.append(vocab, unk_full)
        compact[unk_full] = len(vocab) - 1

    def to_compact(ids):
        mapped = compact[np.asarray(ids, dtype=np.int64)]
        return np.where(mapped < 0, compact[unk_full], mapped)

    arrays: dict[str, np.ndarray] = {
        "vocab": vocab,
        "special": compact[[wordpiece.cls_id, wordpiece.sep_id, wordpiece.pad_id, mask_full]],
    }
    for window, stride in WINDOWS.items():
        settings = TransformerSettings(window=window, stride=stride)
        ids, labels, lengths, doc_index = [], [], [], []
        position = {g.doc_id: d for d, g in enumerate(gold)}
        readings = [(d, g, tokenised[d]) for d, g in enumerate(gold)] + [
            (len(gold) + j, g, tokenised[position[g.doc_id]]) for j, g in enumerate(further)
        ]
        for d, g, (words, starts, ends) in readings:
            for example in document_examples(g, words, starts, ends, wordpiece, settings):
                ids.append(to_compact(example.ids))
                labels.append(np.asarray(example.labels, dtype=np.int8))
                lengths.append(len(example.ids))
                doc_index.append(d)
        arrays[f"w{window}_ids"] = np.concatenate(ids).astype(np.int32)
        arrays[f"w{window}_labels"] = np.concatenate(labels)
        arrays[f"w{window}_lengths"] = np.asarray(lengths, dtype=np.int32)
        arrays[f"w{window}_doc"] = np.asarray(doc_index, dtype=np.int32)
    arrays["doc_held"] = np.asarray([g.doc_id in held for g in [*gold, *further]])
    arrays["doc_further"] = np.arange(len(gold) + len(further)) >= len(gold)
    # Held-out documents: pieces to predict from, gold token labels to score against.
    field = {"CUE": "cue", "SRC": "source", "CON": "content"}
    piece_ids, firsts, gold_labels, usable, piece_len, token_len = [], [], [], [], [], []
    for g, (words, starts, ends) in zip(gold, tokenised):
        if g.doc_id not in held:
            continue
        space = [w.isspace() or not w for w in words]
        spans = {role: [] for role in ROLES}
        for relation in g.relations:
            for role in ROLES:
                spans[role].extend(token_span(space, starts, ends, getattr(relation, field[role])))
        pieces = doc_pieces(words, wordpiece)
        piece_ids.append(to_compact(pieces.ids))
        firsts.append(np.asarray(pieces.first_piece, dtype=np.int32))
        gold_labels.append(np.asarray(role_labels(len(words), spans), dtype=np.int8).T)
        usable.append(~np.asarray(space))
        piece_len.append(len(pieces.ids))
        token_len.append(len(words))
    arrays.update(
        held_ids=np.concatenate(piece_ids).astype(np.int32), held_first=np.concatenate(firsts),
        held_gold=np.concatenate(gold_labels), held_usable=np.concatenate(usable),
        held_piece_len=np.asarray(piece_len, dtype=np.int32),
        held_token_len=np.asarray(token_len, dtype=np.int32),
    )
    np.savez_compressed(out / "data.npz", **arrays)
    # The base checkpoint, compactly: used vocabulary rows int8 per row, the rest float16.
    state = load_file(str(base / "model.safetensors"))
    packed: dict[str, np.ndarray] = {}
    for name, value in state.items():
        if name.startswith("pooler.") or "position_ids" in name:
            continue
        if name == "embeddings.word_embeddings.weight":
            rows = value[vocab]
            scale = np.abs(rows).max(axis=1, keepdims=True) / 127.0
            packed[name + ".q8"] = np.round(rows / scale).astype(np.int8)
            packed[name + ".scale"] = scale.astype(np.float32)
        else:
            packed[name] = value.astype(np.float16)
    np.savez(out / "base.npz", **packed)
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    (out / "config.json").write_text(json.dumps(config), encoding="utf-8")
    print(f"{len(gold)} documents ({len(held)} held out), {len(vocab)} vocabulary rows -> {out}")


# --- masked-piece adaptation (tried in the eighth session; not adopted) -----------------

@dataclass(slots=True)
class AdaptSettings:
    """Masked-piece training of the encoder on the training windows before fine-tuning."""

    epochs: int = 0  # 0: no adaptation
    batch: int = 32
    learning_rate: float = 1e-4
    warmup: float = 0.06
    mask_rate: float = 0.15
    threads: int = 2


def adapt(windows, config: dict, base_state: dict, settings: AdaptSettings, *, seed: int,
          special_ids, mask_id: int, device: str = "cpu", max_steps: int | None = None) -> dict:
    """The checkpoint's tensors after masked-piece training on `windows` (piece ids with
    [CLS] and [SEP]), task-adaptive pre-training: the all-MiniLM checkpoint was tuned to
    embed whole sentences, and predicting hidden pieces of news text might give its token
    states back some of the words' own detail. BERT's recipe: 15% of the pieces other
    than `special_ids` are predicted, 80% of them hidden behind [MASK], 10% replaced by a
    random piece, 10% left. No weight decay, and the decoder (tied to the word
    embeddings) predicts only the rows the windows use, so a vocabulary row no window
    uses is unchanged and a compact-vocabulary run trains as a full one would."""
    import torch
    from torch import nn

    from onrecord.learned.fit import IGNORE, learning_rate_factor, optimise
    from onrecord.learned.torch_model import SpanTagger

    if settings.epochs <= 0 or not windows:
        return base_state

    class MaskedPieceHead(nn.Module):
        def __init__(self, embeddings: nn.Embedding, rows: torch.Tensor) -> None:
            super().__init__()
            hidden = embeddings.weight.shape[1]
            self.embeddings = embeddings
            self.register_buffer("rows", rows)
            self.dense = nn.Linear(hidden, hidden)
            self.LayerNorm = nn.LayerNorm(hidden, eps=1e-12)
            self.bias = nn.Parameter(torch.zeros(len(rows)))

        def forward(self, states: torch.Tensor) -> torch.Tensor:
            x = self.LayerNorm(nn.functional.gelu(self.dense(states), approximate="tanh"))
            return x @ self.embeddings.weight[self.rows].T + self.bias

    torch.manual_seed(seed)
    torch.set_num_threads(settings.threads)
    model = SpanTagger(config)
    model.load_state_dict({k: v for k, v in base_state.items()
                           if not k.startswith("pooler.") and "position_ids" not in k},
                          strict=False)
    rows = np.asarray(sorted({int(i) for w in windows for i in w} | {mask_id}), dtype=np.int64)
    position = np.full(config["vocab_size"], IGNORE, dtype=np.int64)
    position[rows] = np.arange(len(rows))
    head = MaskedPieceHead(model.embeddings.word_embeddings, torch.from_numpy(rows))
    model.to(device)
    head.to(device)
    parameters = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    parameters += [p for n, p in head.named_parameters() if not n.startswith("embeddings.")]
    optimiser = torch.optim.AdamW(parameters, lr=settings.learning_rate, weight_decay=0.0)
    steps_per_epoch = (len(windows) + settings.batch - 1) // settings.batch
    total = steps_per_epoch * settings.epochs if max_steps is None else max_steps
    warmup = max(1, int(total * settings.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: learning_rate_factor(step, total, warmup))
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    rng = np.random.default_rng(seed)  # numpy draws: a GPU and a CPU run hide the same pieces
    special = np.asarray(sorted(set(special_ids)), dtype=np.int64)
    step = 0
    began = time.monotonic()
    model.train()
    head.train()
    while step < total:
        order = rng.permutation(len(windows))
        for offset in range(0, len(order), settings.batch):
            chosen = [windows[i] for i in order[offset:offset + settings.batch]]
            length = max(len(w) for w in chosen)
            ids = np.full((len(chosen), length), special[0], dtype=np.int64)
            present = np.zeros((len(chosen), length), dtype=bool)
            for row, window in enumerate(chosen):
                ids[row, :len(window)] = window
                present[row, :len(window)] = True
            hidden = present & ~np.isin(ids, special) & (rng.random(ids.shape) < settings.mask_rate)
            draw = rng.random(ids.shape)
            labels = np.where(hidden, position[ids], IGNORE)
            inputs = ids.copy()
            inputs[hidden & (draw < 0.8)] = mask_id
            swap = hidden & (draw >= 0.8) & (draw < 0.9)
            inputs[swap] = rows[rng.integers(0, len(rows), size=int(swap.sum()))]
            if not hidden.any():
                continue
            states = model.encode(torch.from_numpy(inputs).to(device),
                                  torch.from_numpy(present.astype(np.float32)).to(device))
            target = torch.from_numpy(labels).to(device)
            picked = target != IGNORE
            value = optimise(loss_fn(head(states[picked]), target[picked]), model, optimiser, schedule)
            step += 1
            if step % 20 == 0:
                logging.getLogger(__name__).info("adapting: step %d/%d loss %.4f (%.0f s)", step, total, value,
                             time.monotonic() - began)
            if step >= total:
                break
    adapted = {name: tensor.detach().cpu().clone()
               for name, tensor in model.state_dict().items() if not name.startswith("head.")}
    return {**base_state, **adapted}


# --- run (GPU) --------------------------------------------------------------------------

def _examples(data, window: int, held_out: bool, further: bool = False):
    from onrecord.learned.fit import Example

    ids, labels = data[f"w{window}_ids"], data[f"w{window}_labels"]
    lengths, docs = data[f"w{window}_lengths"], data[f"w{window}_doc"]
    offsets = np.concatenate([[0], np.cumsum(lengths)])
    held = data["doc_held"]
    return [
        Example(ids[offsets[k]:offsets[k + 1]].tolist(), labels[offsets[k]:offsets[k + 1]].tolist())
        for k in range(len(lengths))
        if (held_out or not held[docs[k]]) and (further or not data["doc_further"][docs[k]])
    ]


def _held_documents(data):
    piece_off = np.concatenate([[0], np.cumsum(data["held_piece_len"])])
    token_off = np.concatenate([[0], np.cumsum(data["held_token_len"])])
    for d in range(len(data["held_piece_len"])):
        yield (data["held_ids"][piece_off[d]:piece_off[d + 1]],
               data["held_first"][token_off[d]:token_off[d + 1]],
               data["held_gold"][token_off[d]:token_off[d + 1]],
               data["held_usable"][token_off[d]:token_off[d + 1]])


def _predict(model, ids, first, window, stride, cls_id, sep_id, device):
    import torch

    from onrecord.learned.pieces import OUTSIDE, best_window, windows

    out = np.zeros((len(first), 3, 3), dtype=np.float32)
    out[:, :, OUTSIDE] = 1.0
    if len(ids) == 0:
        return out
    spans = windows(len(ids), window, stride)
    length = max(e - s for s, e in spans) + 2
    batch = torch.zeros((len(spans), length), dtype=torch.long)
    mask = torch.zeros((len(spans), length))
    for row, (s, e) in enumerate(spans):
        row_ids = [cls_id, *ids[s:e].tolist(), sep_id]
        batch[row, :len(row_ids)] = torch.tensor(row_ids)
        mask[row, :len(row_ids)] = 1
    logits = model(batch.to(device), mask.to(device)).float().softmax(-1).cpu().numpy()
    for token, piece in enumerate(first):
        if piece >= 0:
            w = best_window(int(piece), spans)
            out[token] = logits[w][piece - spans[w][0] + 1]
    return out


def run(
    data_dir: Path, out: Path, configs: dict, final: str | None, budget: float,
    max_steps: int | None = None,
) -> None:
    _import_learned_without_package()
    import torch

    from onrecord.learned.fit import TransformerSettings, fit, untouched_row_factor
    from onrecord.learned.pieces import ROLES, decode_runs

    began = time.monotonic()
    if os.environ.get("SWEEP_LOG"):  # the trainers' step-by-step losses
        logging.basicConfig(filename=os.environ["SWEEP_LOG"], level=logging.INFO)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    torch.backends.cuda.matmul.allow_tf32 = False  # stay close to the CPU's float32
    data = np.load(data_dir / "data.npz")
    config = json.loads((data_dir / "config.json").read_text())
    vocab = data["vocab"]
    config["vocab_size"] = len(vocab)
    packed = np.load(data_dir / "base.npz")
    base = {}
    for name in packed.files:
        if name.endswith(".q8"):
            stem = name[:-3]
            base[stem] = torch.from_numpy(packed[name].astype(np.float32) * packed[stem + ".scale"])
        elif not name.endswith(".scale"):
            base[name] = torch.from_numpy(packed[name].astype(np.float32))
    cls_id, sep_id, pad_id, mask_id = (int(i) for i in data["special"])

    def adapted(overrides: dict, examples: list, seed: int) -> dict:
        """The base checkpoint after masked-piece adaptation on the training windows
        ("adapt_epochs": N, "adapt_lr": rate), or as it is."""
        settings = AdaptSettings(epochs=overrides.pop("adapt_epochs", 0),
                                 learning_rate=overrides.pop("adapt_lr", 1e-4))
        t0 = time.monotonic()
        state = adapt([e.ids for e in examples], config, base, settings, seed=seed,
                      special_ids=(cls_id, sep_id, pad_id), mask_id=mask_id, device=device,
                      max_steps=max_steps)
        if settings.epochs:
            print(f"adapted {settings.epochs} epochs in {time.monotonic() - t0:.0f} s", flush=True)
        return state
    held_docs = list(_held_documents(data))
    results = {}
    probabilities: dict[str, np.ndarray] = {}
    for name, overrides in configs.items():
        if time.monotonic() - began > budget:
            print(f"{name}: skipped, over the sweep's time budget", flush=True)
            continue
        seed = overrides.pop("seed", 0)
        further = overrides.pop("other_annotators", False)
        adapt_settings = {k: overrides.pop(k) for k in ("adapt_epochs", "adapt_lr") if k in overrides}
        settings = TransformerSettings(**overrides)
        examples = _examples(data, settings.window, held_out=False, further=further)
        start = adapted(dict(adapt_settings), examples, seed)
        curve = []

        def score_epoch(epoch, model, settings=settings, curve=curve, name=name):
            per_role = {role: [[], []] for role in ROLES}
            kept = []
            for ids, first, gold, usable in held_docs:
                probs = _predict(model, ids, first, settings.window, settings.stride,
                                 cls_id, sep_id, device)
                kept.append(probs)
                labels = probs.argmax(-1)
                for r, role in enumerate(ROLES):
                    runs_p = decode_runs(labels[:, r].tolist(), usable.tolist())
                    runs_g = decode_runs(gold[:, r].tolist(), usable.tolist())
                    per_role[role][0].append(runs_p)
                    per_role[role][1].append(runs_g)
            f1 = {}
            for role, (preds, golds) in per_role.items():
                tp = sum(len(set(p) & set(g)) for p, g in zip(preds, golds))
                np_ = sum(len(p) for p in preds)
                ng = sum(len(g) for g in golds)
                pr, rc = tp / max(1, np_), tp / max(1, ng)
                f1[role] = round(2 * pr * rc / (pr + rc) if pr + rc else 0.0, 4)
            curve.append({"epoch": epoch, **f1, "mean": round(sum(f1.values()) / 3, 4)})
            print(name, curve[-1], f"{time.monotonic() - began:.0f} s", flush=True)
            if epoch == settings.epochs:
                for d, p in enumerate(kept):
                    probabilities[f"{name}/{d}"] = p.astype(np.float16)

        t0 = time.monotonic()
        fit(examples, config, start, settings, seed=seed, pad_id=pad_id, device=device,
            on_epoch=score_epoch, max_steps=max_steps)
        results[name] = {"settings": overrides | adapt_settings | {"seed": seed, "other_annotators": further},
                         "curve": curve, "windows": len(examples),
                         "seconds": round(time.monotonic() - t0, 1)}
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / "heldout.npz", **probabilities)
    (out / "sweep.json").write_text(json.dumps(results, indent=1))
    if final is None:
        return
    if final == "best":  # at most 10 epochs: what a 2-core CPU trains in under two hours
        final = max((n for n in results if results[n]["settings"].get("epochs", 3) <= 10),
                    key=lambda n: results[n]["curve"][-1]["mean"])
    overrides = dict(results[final]["settings"]) if final in results else json.loads(final)
    seed = overrides.pop("seed", 0)
    further = overrides.pop("other_annotators", False)
    adapt_settings = {k: overrides.pop(k) for k in ("adapt_epochs", "adapt_lr") if k in overrides}
    settings = TransformerSettings(**overrides)
    examples = _examples(data, settings.window, held_out=True, further=further)
    t0 = time.monotonic()
    start = adapted(dict(adapt_settings), examples, seed)
    weights, steps = fit(examples, config, start, settings, seed=seed, pad_id=pad_id,
                         device=device, max_steps=max_steps)
    decay = untouched_row_factor(settings, steps)
    blob = out / "final.npz"
    np.savez(blob, **{k: v.astype(np.float16) for k, v in weights.items()})
    raw = blob.read_bytes()
    blob.unlink()
    for index in range(0, len(raw), CHUNK):
        (out / f"final.part{index // CHUNK}").write_bytes(raw[index:index + CHUNK])
    (out / "final.json").write_text(json.dumps({
        "settings": overrides, "adapt": adapt_settings, "seed": seed, "steps": steps,
        "unused_row_decay": decay,
        "other_annotators": further, "windows": len(examples),
        "documents": int((~data["doc_further"]).sum()),
        "readings": len(data["doc_held"]) if further else int((~data["doc_further"]).sum()), "seconds": round(time.monotonic() - t0, 1),
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
    }, indent=1))
    print("final", final, overrides, f"{time.monotonic() - t0:.0f} s", flush=True)


# --- score and assemble (here) ----------------------------------------------------------

def score(data_dir: Path, probabilities: Path, combine: str) -> None:
    import spacy

    from onrecord import learned
    from onrecord.eval.brat import read_polnear
    from onrecord.eval.runner import run_evaluation
    from onrecord.learned.corpus import read_split
    from onrecord.learned.train import seeded_subset

    split = Path(json.loads((data_dir / "source.json").read_text())["polnear"])
    gold = sorted(read_split(split), key=lambda g: g.doc_id)
    held = seeded_subset(gold, HOLDOUT, 1)
    held_ids = {g.doc_id for g in held}
    order = [g for g in gold if g.doc_id in held_ids]  # the order prepare stored them in
    tokenizer = spacy.blank("en").tokenizer
    keys = [tuple(t.text for t in tokenizer(g.text)) for g in order]
    documents = [d for d in read_polnear(split) if d.id in held_ids]
    stored = np.load(probabilities)
    names = sorted({k.split("/")[0] for k in stored.files})
    model = learned.load_model()
    model.combine = combine
    for name in names:
        table = {keys[d]: stored[f"{name}/{d}"].astype(np.float32) for d in range(len(keys))}
        model.role_probabilities = lambda words, table=table: table[tuple(words)]
        report = run_evaluation(documents, model="accurate", compare_spacy=False)
        s = report.scores.to_dict()
        print(json.dumps({
            "config": name, "attribution": round(s["attribution"]["f1"], 3),
            "direct": round(s["direct"]["f1"], 3),
            **{r: round(s["roles"][r]["exact"]["f1"], 3) for r in ("source", "cue", "content")},
            "content_overlap": round(s["roles"]["content"]["overlap"]["f1"], 3),
        }), flush=True)


def assemble(data_dir: Path, final_dir: Path, out: Path) -> None:
    from safetensors.numpy import load_file

    from onrecord.learned.fit import TransformerSettings
    from onrecord.learned.train_transformer import base_model_dir, write_model
    from onrecord.learned.wordpiece import WordPiece

    info = json.loads((final_dir / "final.json").read_text())
    parts = sorted(final_dir.glob("final.part*"), key=lambda p: int(p.suffix[5:]))
    blob = out.parent / (out.name + ".final.npz")
    out.parent.mkdir(parents=True, exist_ok=True)
    blob.write_bytes(b"".join(p.read_bytes() for p in parts))
    trained = {k: v.astype(np.float32) for k, v in np.load(blob).items()}
    blob.unlink()
    base = base_model_dir()
    full = load_file(str(base / "model.safetensors"))["embeddings.word_embeddings.weight"]
    vocab = np.load(data_dir / "data.npz")["vocab"]
    embeddings = full.astype(np.float32) * info["unused_row_decay"]
    embeddings[vocab] = trained["embeddings.word_embeddings.weight"]
    trained["embeddings.word_embeddings.weight"] = embeddings
    config = json.loads((base / "config.json").read_text(encoding="utf-8"))
    meta = write_model(
        out, trained, WordPiece.from_file(base / "vocab.txt"), config,
        TransformerSettings(**info["settings"]), documents=info["documents"], seed=info["seed"],
        held_out=0, steps=info["steps"], device=info["device"], seconds=info["seconds"],
    )
    print(json.dumps(meta, indent=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--polnear", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("--data", type=Path, required=True)
    r.add_argument("--out", type=Path, required=True)
    r.add_argument("--configs", required=True, help="JSON: name -> TransformerSettings fields (+ seed)")
    r.add_argument("--final", default=None, help="'best', a config name, or JSON settings")
    r.add_argument("--budget", type=float, default=400.0, help="seconds after which no new config starts")
    r.add_argument("--max-steps", type=int, default=None, help="stop each training early (smoke tests)")
    s = sub.add_parser("score")
    s.add_argument("--data", type=Path, required=True)
    s.add_argument("--probabilities", type=Path, required=True)
    s.add_argument("--combine", default="rule_content")
    a = sub.add_parser("assemble")
    a.add_argument("--data", type=Path, required=True)
    a.add_argument("--final", type=Path, required=True)
    a.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.step == "prepare":
        prepare(args.polnear, args.out)
        (args.out / "source.json").write_text(json.dumps({"polnear": str(args.polnear.resolve())}))
    elif args.step == "run":
        configs = json.loads(Path(args.configs).read_text()) if args.configs.endswith(".json") else json.loads(args.configs)
        run(args.data, args.out, configs, args.final, args.budget, args.max_steps)
    elif args.step == "score":
        score(args.data, args.probabilities, args.combine)
    else:
        assemble(args.data, args.final, args.out)


if __name__ == "__main__":
    main()
