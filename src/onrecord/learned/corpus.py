"""Read a PolNeAR split (brat standoff) into plain relations for training.

Layout: DIR/text/<doc>.txt and DIR/attributions/<doc>_<annotator>.ann. Where several
annotators marked one document, the first .ann file by name is its gold (for holding
out and scoring); training may add the others' readings (`other_annotators`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

Range = tuple[int, int]

_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)(?:\t|$)")
_EVENT_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ROLE_DIGITS = re.compile(r"\d+$")


@dataclass(slots=True)
class GoldRelation:
    """One annotated attribution: role -> sorted character ranges."""

    source: list[Range] = field(default_factory=list)
    cue: list[Range] = field(default_factory=list)
    content: list[Range] = field(default_factory=list)


@dataclass(slots=True)
class GoldDocument:
    doc_id: str
    text: str
    relations: list[GoldRelation]


def parse_ann(ann_text: str) -> list[GoldRelation]:
    """Relations of one .ann file; events without content are skipped."""
    spans: dict[str, list[Range]] = {}
    events: list[list[str]] = []
    for line in ann_text.splitlines():
        span_match = _SPAN_LINE.match(line)
        if span_match:
            fragments = []
            for piece in span_match.group(3).split(";"):
                start, end = piece.split()
                fragments.append((int(start), int(end)))
            spans[span_match.group(1)] = fragments
            continue
        event_match = _EVENT_LINE.match(line)
        if event_match:
            events.append(event_match.group(2).split())
    relations = []
    for parts in events:
        if not parts:
            continue
        event_type, _, trigger = parts[0].partition(":")
        if not event_type.startswith("Attribution"):
            continue
        relation = GoldRelation()
        for part in parts[1:]:
            role, _, span_id = part.partition(":")
            role = _ROLE_DIGITS.sub("", role).lower()
            if role in ("source", "cue", "content") and span_id in spans:
                getattr(relation, role).extend(spans[span_id])
        if not relation.content:
            continue
        if not relation.cue and trigger in spans:
            relation.cue.extend(spans[trigger])
        relation.source.sort()
        relation.cue.sort()
        relation.content.sort()
        relations.append(relation)
    return relations


def _annotation_files(ann_dir: Path) -> dict[str, list[Path]]:
    """Document id -> its .ann files, sorted by name."""
    files: dict[str, list[Path]] = {}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        files.setdefault(ann_path.stem.rsplit("_", 1)[0], []).append(ann_path)
    return files


def read_split(directory: str | Path, *, other_annotators: bool = False) -> list[GoldDocument]:
    """All documents of one split, sorted by id, each with its first annotator's relations.

    With `other_annotators`, the documents that further annotators marked follow, once
    per further annotator (the same id and text, that annotator's relations): more
    training signal where people read an article differently, never used for scoring.
    """
    root = Path(directory)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(
            f"{root} does not look like a PolNeAR split (need text/ and attributions/)"
        )
    annotations = _annotation_files(ann_dir)
    documents: list[GoldDocument] = []
    further: list[GoldDocument] = []
    for text_path in sorted(text_dir.glob("*.txt")):
        chosen = annotations.get(text_path.stem)
        if not chosen:
            continue
        text = text_path.read_bytes().decode("utf-8")  # keep \r: offsets count it
        documents.append(
            GoldDocument(text_path.stem, text, parse_ann(chosen[0].read_text(encoding="utf-8")))
        )
        if other_annotators:
            further.extend(
                GoldDocument(text_path.stem, text, parse_ann(path.read_text(encoding="utf-8")))
                for path in chosen[1:]
            )
    return documents + further


def held_out_of(meta: dict) -> tuple[int, int]:
    """(count, seed) of the articles a trained model's `meta.json` says it held out, as
    `training_documents` chose them; (0, seed) for a model trained on every article. A
    model trained with `--holdout-seed` records that seed apart from its training seed."""
    trained_on = meta.get("trained_on") or {}
    seed = trained_on.get("holdout_seed", trained_on.get("seed"))
    return int(trained_on.get("held_out") or 0), int(seed or 0)


def trained_on_record(
    *, documents: int, seed: int | None, held_out: int, holdout_seed: int | None = None
) -> dict:
    """A model's `trained_on` metadata; `holdout_seed` is kept only where it picked
    other articles than `seed` would have (older models never wrote it). A soup's `seed`
    is None when its members held out no common set."""
    record: dict = {"corpus": "PolNeAR train", "documents": documents, "seed": seed,
                    "held_out": held_out}
    if held_out and holdout_seed is not None and holdout_seed != seed:
        record["holdout_seed"] = holdout_seed
    return record


def training_documents(
    polnear_split: str | Path, *, seed: int, documents: int | None, holdout: int
) -> list[GoldDocument]:
    """A split's documents in id order, less `holdout` seeded ones kept for tuning (the
    same ones for every model trained with that seed), then all or a seeded `documents`."""
    from .train import seeded_subset

    gold = sorted(read_split(polnear_split), key=lambda item: item.doc_id)
    if not gold:
        raise InputError(f"no annotated documents in {polnear_split}")
    if holdout:
        held = {item.doc_id for item in held_out_subset(gold, holdout, seed)}
        gold = [item for item in gold if item.doc_id not in held]
    return seeded_subset(gold, documents, seed)


def held_out_subset(gold: list[GoldDocument], holdout: int, seed: int) -> list[GoldDocument]:
    """The `holdout` articles seed `seed` keeps for tuning, of a split in id order: those
    `training_documents` leaves out, and the filter fitter scores on."""
    from .train import seeded_subset

    return seeded_subset(gold, holdout, seed + 1)
