"""`onrecord eval --polnear DIR`: score onrecord against PolNeAR and time it against spaCy."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import ConfigError, InputError
from ..eval.brat import read_polnear
from ..eval.floors import fallen_figures, load_floors
from ..eval.runner import EvalReport, run_evaluation
from .options import model_option


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:6.1f}"


def render_text(report: dict[str, Any]) -> str:
    """The figures as a table (percentages), with the counts behind them."""
    header = (
        f"corpus {report['corpus']}  documents {report['docs']}"
        f" (failed {len(report['failed_docs'])})  gold attributions"
        f" {report['gold_attributions']}  predicted {report['pred_attributions']}"
    )
    lines = [
        header,
        "",
        "role    | exact P      R     F1 | overlap P      R     F1 | exact tp/fp/fn",
        "-" * 74,
    ]
    for role, figures in report["roles"].items():
        exact, overlap = figures["exact"], figures["overlap"]
        lines.append(
            f"{role:<7} | {_pct(exact['p'])} {_pct(exact['r'])} {_pct(exact['f1'])} |"
            f"   {_pct(overlap['p'])} {_pct(overlap['r'])} {_pct(overlap['f1'])} |"
            f" {exact['tp']}/{exact['fp']}/{exact['fn']}"
        )
    attribution, direct = report["attribution"], report["direct"]
    end_to_end = (
        f"attribution (end to end)  P {_pct(attribution['p'])}  R {_pct(attribution['r'])}"
        f"  F1 {_pct(attribution['f1'])}   matched {attribution['matched']}"
        f" / pred {attribution['n_pred']} / gold {attribution['n_gold']}"
    )
    direct_quotes = (
        f"direct quotes             P {_pct(direct['p'])}  R {_pct(direct['r'])}"
        f"  F1 {_pct(direct['f1'])}   pred {direct['pred_matched']}/{direct['n_pred']}"
        f"  gold {direct['gold_matched']}/{direct['n_gold']}"
    )
    lines += ["", end_to_end, direct_quotes]
    spans = report.get("paragraph_spans")
    if spans is not None:
        lines += ["", "spans per paragraph (CofeNet's yardstick: exact spans, not relations)"]
        for role in ("source", "cue", "content"):
            figures = spans[role]
            lines.append(
                f"  {role:<7} P {_pct(figures['p'])}  R {_pct(figures['r'])}"
                f"  F1 {_pct(figures['f1'])}   {figures['tp']}/{figures['fp']}/{figures['fn']}")
    intervals = report.get("intervals")
    if intervals is not None:
        resamples = intervals["resamples"]
        lines += ["", f"95% intervals over resampled documents ({resamples} resamples)"]
        for name, (low, high) in intervals["figures"].items():
            lines.append(f"  {name:<28} {_pct(low)} to {_pct(high)}")
    speed = report["speed"]
    lines += ["", "speed (documents/second, same texts, one call per document)"]
    lines.append(f"  onrecord                {speed['onrecord_docs_per_s']:8.2f}")
    if speed["spacy_docs_per_s"] is not None:
        lines.append(f"  {speed['spacy_pipeline']:<22}  {speed['spacy_docs_per_s']:8.2f}")
        lines.append(f"  ratio onrecord/spaCy    {speed['ratio']:8.2f}")
    for failure in report["failed_docs"]:
        lines.append(f"! {failure['doc']}: {failure['message']}")
    return "\n".join(lines)


def _write_predictions(report: EvalReport, path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(
            json.dumps(line, ensure_ascii=False) + "\n" for line in report.prediction_lines()
        )


@click.command("eval")
@click.option(
    "--polnear",
    "polnear_dir",
    required=True,
    type=click.Path(file_okay=False, dir_okay=True, path_type=Path),
    help="A PolNeAR split: a folder holding text/*.txt and attributions/*.ann.",
)
@click.option(
    "--predictions-out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write onrecord's relations as JSON lines (one per document) in corpus conventions.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Only the first N documents (sorted by name).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="text: a table; json: one object with every figure and its counts.")
@click.option(
    "--floors",
    "floors_path",
    type=click.Path(dir_okay=False, exists=True),
    default=None,
    help="JSON file of minimum figures; exit 1 naming each figure that falls below its floor.",
)
@click.option("--bootstrap", type=click.IntRange(min=0), default=0,
              help="Resample the documents N times for 95% intervals of the headline "
                   "figures (0: none).")
@model_option
def eval_command(
    polnear_dir: Path,
    predictions_out: str | None,
    limit: int | None,
    output_format: str,
    floors_path: str | None,
    bootstrap: int,
    model: str,
) -> None:
    """Score onrecord against PolNeAR (per role, end to end, direct quotes) and time it
    against the bare spaCy pipeline on the same texts.

    Exit status: 0 success, 1 some documents failed or a figure fell below its floor,
    2 usage error (such as a missing corpus folder).
    """
    try:
        floors = load_floors(floors_path) if floors_path else {}
        documents = read_polnear(polnear_dir, limit=limit)
    except (InputError, ConfigError) as error:
        raise click.UsageError(str(error)) from error
    if not documents:
        raise click.UsageError(f"no documents in {polnear_dir / 'text'}")
    with click.progressbar(
        length=len(documents), label="evaluating", file=sys.stderr
    ) as progress:
        report = run_evaluation(
            documents,
            corpus=str(polnear_dir),
            on_document=lambda _: progress.update(1),
            model=model,
            bootstrap=bootstrap,
        )
    if predictions_out:
        _write_predictions(report, predictions_out)
    figures = report.to_dict()
    if output_format == "json":
        click.echo(json.dumps(figures, indent=2))
    else:
        click.echo(render_text(figures))
    fallen = fallen_figures(figures, floors)
    for message in fallen:
        click.echo(f"floor: {message}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure.doc}: {failure.message}", err=True)
    if fallen or report.failures:
        sys.exit(1)


commands = [eval_command]
