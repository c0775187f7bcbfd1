"""Options shared by several commands."""

from __future__ import annotations

import click

from ..extract import DEFAULT_MODEL, MODELS

model_option = click.option(
    "--model",
    type=click.Choice(MODELS),
    default=DEFAULT_MODEL,
    show_default=True,
    help="fast: the rule finders plus a small learned tagger over spaCy's vectors; "
    "accurate: rules plus a fine-tuned transformer (about 3 times slower, finds more); "
    "rules: the rule finders alone.",
)
