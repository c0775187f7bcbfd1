"""`onrecord record --speaker NAME PATH...`: what one person said, occasion by occasion."""

from __future__ import annotations

import html
import json
import sys

import click

from ..extract import extract_article
from ..ingest.files import ReadFailure, read_articles
from ..model import ExtractionResult
from ..record import Occasion, SpeakerRecord, build_record
from .options import model_option


def _occasion_title(occasion: Occasion) -> str:
    parts = []
    if occasion.venue:
        parts.append(f"{occasion.venue.name} ({occasion.venue.type})")
    if occasion.recipient:
        parts.append(f"to {occasion.recipient.name}")
    if occasion.said_on:
        parts.append(f"{occasion.said_on.value} (\u201c{occasion.said_on.text}\u201d)")
    elif occasion.when:
        parts.append(f"reported {occasion.when}")
    return " \u00b7 ".join(parts) if parts else "occasion not stated"


def render_markdown(record: SpeakerRecord) -> str:
    lines = [f"# On record: {record.query}", ""]
    if record.names:
        lines.append(f"Matched names: {', '.join(record.names)}.")
    lines.append(
        f"{record.statement_count} statement(s) on {len(record.occasions)} occasion(s), oldest first."
    )
    for number, occasion in enumerate(record.occasions, 1):
        lines += ["", f"## {number}. {_occasion_title(occasion)}", ""]
        for entry in occasion.entries:
            about = (
                f" \u00b7 about: {', '.join(entry.statement.about)}"
                if entry.statement.about
                else ""
            )
            lines.append(
                f"- \u201c{entry.statement.text}\u201d \u2014 {entry.statement.kind}"
                f" \u00b7 {entry.where}{about}"
            )
    if record.interpretations:
        lines += ["", "## The writers' interpretations (not the speaker's words)", ""]
        for item in record.interpretations:
            lines.append(f"- {item.interpretation.span.text} \u2014 {item.where}")
    return "\n".join(lines) + "\n"


def render_html(record: SpeakerRecord) -> str:
    e = html.escape
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>On record: {e(record.query)}</title></head><body>",
        f"<h1>On record: {e(record.query)}</h1>",
        (
            f"<p>{record.statement_count} statement(s) on {len(record.occasions)} occasion(s), "
            "oldest first.</p>"
        ),
    ]
    for occasion in record.occasions:
        out.append(f"<section><h2>{e(_occasion_title(occasion))}</h2><ul>")
        for entry in occasion.entries:
            out.append(
                f"<li><q>{e(entry.statement.text)}</q> <small>{e(entry.statement.kind)} \u00b7 "
                f"<code>{e(entry.where)}</code></small></li>"
            )
        out.append("</ul></section>")
    if record.interpretations:
        out.append(
            "<section><h2>The writers\u2019 interpretations (not the speaker\u2019s words)</h2><ul>"
        )
        for item in record.interpretations:
            out.append(f"<li>{e(item.interpretation.span.text)} <code>{e(item.where)}</code></li>")
        out.append("</ul></section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


@click.command("record")
@click.option(
    "--speaker", required=True, help="The speaker's name (a surname alone works when unambiguous)."
)
@click.option(
    "--about", "about", default=None, help="Only statements whose text or topics contain TEXT."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["md", "html", "json"]),
    default="md",
    show_default=True,
    help="Markdown, a standalone HTML page, or JSON.",
)
@click.argument("paths", nargs=-1, required=True)
@model_option
def record_command(
    speaker: str, about: str | None, output_format: str, paths: tuple[str, ...], model: str
) -> None:
    """Everything SPEAKER said in the articles at PATHS, grouped by occasion, oldest first."""
    if not speaker.strip():
        raise click.UsageError("--speaker must not be empty")
    failures = 0
    results: list[ExtractionResult] = []
    for item in read_articles(paths):
        if isinstance(item, ReadFailure):
            failures += 1
            click.echo(f"error: {item.message}", err=True)
            continue
        results.append(extract_article(item, model=model))
    record = build_record(results, speaker, about)
    if record.ambiguous:
        click.echo(
            f"error: {speaker!r} could be any of: {', '.join(record.ambiguous)}; "
            "give the full name",
            err=True,
        )
        sys.exit(2)
    if output_format == "json":
        click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
    elif output_format == "html":
        click.echo(render_html(record), nl=False)
    else:
        click.echo(render_markdown(record), nl=False)
    if failures:
        sys.exit(1)


commands = [record_command]
