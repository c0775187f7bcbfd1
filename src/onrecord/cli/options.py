"""Options shared by several commands."""

from __future__ import annotations

import click

from ..extract import DEFAULT_MODEL, MODELS

model_option = click.option(
    "--model",
    type=click.Choice(MODELS),
    default=DEFAULT_MODEL,
    show_default=True,
    help="fast: the rule finders; accurate: rules plus the learned model (slower, finds "
    "more reported speech).",
)
