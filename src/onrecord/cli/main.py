"""`onrecord` entry point: a click group that gathers the command modules."""

from __future__ import annotations

import importlib
import logging
import sys

import click

# Each module exposes `commands`: a list of click commands. Imported lazily per module so
# that a missing optional dependency of one command group does not break the others.
COMMAND_MODULES = [
    "onrecord.cli.extract_cmd",
    "onrecord.cli.eval_cmd",
    "onrecord.cli.store_cmds",
    "onrecord.cli.record_cmd",
    "onrecord.cli.serve_cmd",
    "onrecord.cli.spark_cmd",
    "onrecord.cli.train_cmd",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="onrecord")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """onrecord: who said what, where and when, from news articles."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError as error:  # an optional extra is not installed
            logging.getLogger(__name__).debug("skipping %s: %s", module_name, error)
            continue
        for command in module.commands:
            cli.add_command(command)


_register()


def main() -> None:
    try:
        cli.main(prog_name="onrecord", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
