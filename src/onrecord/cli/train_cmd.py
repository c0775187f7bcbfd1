"""`onrecord train --polnear DIR --out MODEL_DIR`: train the learned attribution model."""

from __future__ import annotations

import sys
from typing import TypeVar

import click

from ..errors import OnrecordError

T = TypeVar("T")


@click.command("train")
@click.option(
    "--polnear",
    "polnear_dir",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="A PolNeAR split: the folder holding text/ and attributions/ (e.g. .../polnear/train); "
    "required by every method but soup.",
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Model directory to write.",
)
@click.option(
    "--seed", default=0, show_default=True, help="Seed; only picks the subset when --docs is given."
)
@click.option(
    "--docs",
    "documents",
    type=click.IntRange(min=1),
    default=None,
    help="Train on this many documents only.",
)
@click.option(
    "--method",
    type=click.Choice(["transformer", "vectors", "crf", "filter", "soup"]),
    default="transformer",
    show_default=True,
    help="transformer: fine-tune MiniLM-L6 (the accurate mode's model; needs the [train] "
    "extras); vectors: the tagger over spaCy's token vectors (the fast mode's model; "
    "needs torch from the [train] extras); crf: the two CRFs (python-crfsuite); filter: "
    "the fast mode's statement filter, fitted on the held-out articles of the --network "
    "models and written into --out, an existing vector-tagger directory (with "
    "--span-tagger: the accurate mode's); soup: the average of the --span-tagger models' "
    "weights (MiniLMs fine-tuned from the same checkpoint), written to --out.",
)
@click.option(
    "--epochs", type=click.IntRange(min=1), default=None,
    help="Passes over the data (default: the shipped model's, 10 for transformer, 30 for "
    "vectors).",
)
@click.option(
    "--learning-rate", type=click.FloatRange(min=0, min_open=True), default=None,
    help="Peak learning rate (default: the shipped model's, 1.5e-4 for transformer, 2e-3 for "
    "vectors).",
)
@click.option(
    "--device", default="cpu", show_default=True,
    help="torch device to train on (transformer only), e.g. cuda: faster, not byte-identical.",
)
@click.option(
    "--holdout", type=click.IntRange(min=0), default=0, show_default=True,
    help="Leave this many seeded documents out, for tuning (transformer and vectors).",
)
@click.option(
    "--holdout-seed", type=int, default=None,
    help="Which seeded articles --holdout (and --docs) pick (default: --seed), so that "
    "runs with other training seeds can leave out the same ones (transformer and vectors).",
)
@click.option(
    "--teacher", "teacher_dir", type=click.Path(exists=True, file_okay=False), default=None,
    help="vectors only: a polnear-minilm model directory (e.g. src/onrecord/models/"
    "polnear-minilm) whose per-token probabilities the network also learns (distillation; "
    "the shipped fast model was trained without one: docs/model.md).",
)
@click.option(
    "--teacher-weight", type=click.FloatRange(min=0), default=None,
    help="Weight of the teacher's loss beside the gold labels' (default with --teacher: 1.0).",
)
@click.option(
    "--members", type=click.IntRange(min=1), default=None,
    help="vectors only: train this many networks (seeds --seed, --seed + 1, ...) whose "
    "probabilities the tagger averages (default: the shipped model's count).",
)
@click.option(
    "--word-vectors", type=click.IntRange(min=0, max=384), default=None,
    help="vectors only: read this many columns of static word vectors from MiniLM's piece "
    "embeddings (0: none; default: the shipped model's recipe).",
)
@click.option(
    "--lemma-dropout", type=click.FloatRange(min=0, max=1, max_open=True), default=None,
    help="vectors only: the share of tokens whose lemma each training step hides "
    "(default: the shipped model's recipe).",
)
@click.option(
    "--network", "networks", multiple=True, type=click.Path(exists=True, file_okay=False),
    help="filter only (repeatable): a vector tagger trained with --holdout, whose "
    "predictions on its held-out articles the filter learns from.",
)
@click.option(
    "--span-tagger", "span_taggers", multiple=True,
    type=click.Path(exists=True, file_okay=False),
    help="filter (repeatable, one per --network, in the same order): a span tagger "
    "trained with the same --holdout and --seed, blended with that network as the "
    "accurate mode blends them; the filter is then the accurate mode's, written into "
    "--out, a span-tagger directory. soup (repeatable, at least two): the span taggers "
    "to average.",
)
def train_command(
    polnear_dir: str | None, out_dir: str, seed: int, documents: int | None, method: str,
    epochs: int | None, learning_rate: float | None, device: str, holdout: int,
    holdout_seed: int | None, teacher_dir: str | None, teacher_weight: float | None,
    members: int | None, word_vectors: int | None, lemma_dropout: float | None,
    networks: tuple[str, ...], span_taggers: tuple[str, ...],
) -> None:
    """Train a learned attribution model on an annotated PolNeAR split."""
    if method == "soup":
        _soup(out_dir, span_taggers, networks)
        return
    if polnear_dir is None:
        click.echo("error: --polnear is required (every method but soup reads the corpus)",
                   err=True)
        sys.exit(2)
    if (method == "filter") != bool(networks):
        click.echo("error: --method filter needs --network, and --network applies to it only",
                   err=True)
        sys.exit(2)
    if span_taggers and len(span_taggers) != len(networks):
        click.echo("error: --span-tagger is given once per --network, in the same order",
                   err=True)
        sys.exit(2)
    if method != "vectors" and (
        teacher_dir is not None or teacher_weight is not None or members is not None
        or word_vectors is not None or lemma_dropout is not None
    ):
        click.echo("error: --teacher, --teacher-weight, --members, --word-vectors and "
                   "--lemma-dropout apply to --method vectors only", err=True)
        sys.exit(2)
    if holdout_seed is not None and (method not in ("transformer", "vectors") or not holdout):
        click.echo("error: --holdout-seed applies to --method transformer or vectors with "
                   "--holdout", err=True)
        sys.exit(2)
    if teacher_weight is not None and teacher_dir is None:
        click.echo("error: --teacher-weight needs --teacher", err=True)
        sys.exit(2)
    try:
        if method == "filter":
            from ..learned.train_filter import train_filter_from_polnear

            meta = train_filter_from_polnear(polnear_dir, out_dir, networks,
                                             span_taggers=span_taggers)
        elif method == "crf":
            from ..learned.train import train_from_polnear

            meta = train_from_polnear(polnear_dir, out_dir, seed=seed, documents=documents)
        elif method == "vectors":
            from ..learned.train_vector import (
                DISTILLED_WEIGHT,
                VectorSettings,
                train_vector_from_polnear,
            )

            settings = _overridden(VectorSettings(), epochs, learning_rate)
            if members is not None:
                settings.members = members
            if word_vectors is not None:
                settings.word_vectors = word_vectors
            if lemma_dropout is not None:
                settings.lemma_dropout = lemma_dropout
            if teacher_dir is not None:
                settings.teacher_weight = (
                    DISTILLED_WEIGHT if teacher_weight is None else teacher_weight)
            meta = train_vector_from_polnear(
                polnear_dir, out_dir, seed=seed, documents=documents, holdout=holdout,
                settings=settings, teacher=teacher_dir, holdout_seed=holdout_seed,
            )
        else:
            from ..learned.train_transformer import (
                TransformerSettings,
                train_transformer_from_polnear,
            )

            meta = train_transformer_from_polnear(
                polnear_dir, out_dir, seed=seed, documents=documents, holdout=holdout,
                settings=_overridden(TransformerSettings(), epochs, learning_rate),
                device=device, holdout_seed=holdout_seed,
            )
    except ImportError as error:  # the training extras are optional dependencies
        click.echo(
            f"error: training needs the training extras: pip install 'onrecord[train]' ({error})",
            err=True,
        )
        sys.exit(2)
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(
        f"trained {meta['version']} on {meta['trained_on']['documents']} documents "
        f"in {meta['training_seconds']} s -> {out_dir}"
    )


def _soup(out_dir: str, span_taggers: tuple[str, ...], networks: tuple[str, ...]) -> None:
    if networks or len(span_taggers) < 2:
        click.echo("error: --method soup takes two or more --span-tagger and no --network",
                   err=True)
        sys.exit(2)
    from ..learned.span_soup import average_span_taggers

    try:
        meta = average_span_taggers(span_taggers, out_dir)
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(f"averaged {len(span_taggers)} span taggers into {meta['version']} -> {out_dir}")


def _overridden(settings: T, epochs: int | None, learning_rate: float | None) -> T:
    """A model's default settings with the options the command line gave."""
    if epochs is not None:
        settings.epochs = epochs  # type: ignore[attr-defined]
    if learning_rate is not None:
        settings.learning_rate = learning_rate  # type: ignore[attr-defined]
    return settings


commands = [train_command]
