"""`onrecord train --polnear DIR --out MODEL_DIR`: train the learned attribution model."""

from __future__ import annotations

import sys

import click

from ..errors import OnrecordError


@click.command("train")
@click.option(
    "--polnear",
    "polnear_dir",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="A PolNeAR split: the folder holding text/ and attributions/ (e.g. .../polnear/train).",
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
def train_command(polnear_dir: str, out_dir: str, seed: int, documents: int | None) -> None:
    """Train the learned (CRF) attribution model on an annotated PolNeAR split."""
    try:
        from ..learned.train import train_from_polnear
    except ImportError as error:  # python-crfsuite is an optional dependency
        click.echo(f"error: the learned model needs python-crfsuite ({error})", err=True)
        sys.exit(2)
    try:
        meta = train_from_polnear(polnear_dir, out_dir, seed=seed, documents=documents)
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    click.echo(
        f"trained {meta['version']} on {meta['trained_on']['documents']} documents "
        f"in {meta['training_seconds']} s -> {out_dir}"
    )


commands = [train_command]
