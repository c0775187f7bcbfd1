"""`onrecord extract PATH...`: attributed statements as text, JSON or JSON lines."""

from __future__ import annotations

import json
import sys

import click

from ..extract import extract_article
from ..ingest.files import ReadFailure, read_articles
from ..model import ExtractionResult
from .options import model_option


def _render_text(result: ExtractionResult) -> str:
    lines = [f"# {result.article.path or result.article.id}"]
    if result.article.published:
        lines[0] += f" ({result.article.published.isoformat()})"
    for statement in result.statements:
        speaker = statement.speaker.name if statement.speaker else "(unnamed)"
        if statement.speaker is None and statement.source:
            speaker = f"({statement.source.text})"
        cue = statement.cue.text if statement.cue else "-"
        lines.append(f"{speaker} [{statement.kind}, cue: {cue}]: {statement.text}")
    for problem in result.problems:
        lines.append(f"! {problem.code}: {problem.message}")
    return "\n".join(lines)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "jsonl"]),
    default=None,
    help="text (default on a terminal), json (one article object), jsonl (one per line).",
)
@model_option
def extract_command(paths: tuple[str, ...], output_format: str | None, model: str) -> None:
    """Extract attributed statements from articles (files, directories, or - for stdin)."""
    if output_format is None:
        output_format = "text" if sys.stdout.isatty() else "jsonl"
    failures = 0
    results: list[dict] = []
    for item in read_articles(paths):
        if isinstance(item, ReadFailure):
            failures += 1
            click.echo(f"error: {item.message}", err=True)
            continue
        result = extract_article(item, model=model)
        if output_format == "text":
            click.echo(_render_text(result))
        elif output_format == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            results.append(result.to_dict())
    if output_format == "json":
        if len(results) == 1:
            click.echo(json.dumps(results[0], ensure_ascii=False, indent=2))
        elif results:
            click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    if failures:
        sys.exit(1)


commands = [extract_command]
