"""`onrecord spark extract INPUT OUTPUT`: extraction on a Spark cluster (or local cores)."""

from __future__ import annotations

import json
import sys

import click

from ..errors import OnrecordError


@click.group("spark")
def spark_group() -> None:
    """Run extraction with Apache Spark (needs pyspark and Java 17+)."""


def _conf_pairs(values: tuple[str, ...]) -> dict[str, str]:
    pairs = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected KEY=VALUE, got {value!r}", param_hint="--conf")
        pairs[key] = setting
    return pairs


@spark_group.command("extract")
@click.argument("input_path", metavar="INPUT")
@click.argument("output", metavar="OUTPUT")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master URL: local[N], spark://host:7077, yarn, k8s://...")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Extraction tasks (default: twice the cluster's cores, at least the input splits).")
@click.option("--input-format", type=click.Choice(["auto", "jsonl", "warc"]), default="auto",
              show_default=True, help="auto: WARC when INPUT ends in .warc or .warc.gz, else JSONL.")
@click.option("--conf", "conf", multiple=True, metavar="KEY=VALUE",
              help="A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable).")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT/articles and OUTPUT/statements.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              help="How to print the summary.")
def extract_command(input_path: str, output: str, master: str, partitions: int | None,
                    input_format: str, conf: tuple[str, ...], overwrite: bool,
                    output_format: str) -> None:
    """Extract statements from JSONL or WARC at INPUT (local, HDFS, S3 ...) into Parquet at OUTPUT.

    OUTPUT gets articles/*.parquet and statements/*.parquet in the layout of
    `onrecord export --format parquet`; `onrecord ingest OUTPUT` loads it into a store.
    Exit 0 when every input record was read, 1 when some failed.
    """
    from ..batch.spark import run_extract, spark_session

    try:
        spark = spark_session(master, _conf_pairs(conf))
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    try:
        summary = run_extract(spark, input_path, output, input_format=input_format,
                              partitions=partitions, overwrite=overwrite)
    except OnrecordError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    except Exception as error:  # noqa: BLE001 - Spark's errors (missing input, existing output)
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        click.echo(f"error: spark job failed: {first_line}", err=True)
        sys.exit(1)
    finally:
        spark.stop()
    data = summary.to_dict()
    if output_format == "json":
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo(f"read {data['read']}, wrote {data['articles']} article(s) and {data['statements']} "
                   f"statement(s) to {output}; {data['duplicates']} duplicate(s), "
                   f"{data['skipped']} skipped, {data['failed']} failed")
    sys.exit(summary.exit_code)


commands = [spark_group]
