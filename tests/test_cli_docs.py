"""Every command has help text, and the README documents every command."""

from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.cli.main import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_command_has_help_and_is_in_the_readme(name):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"`onrecord {name}` has no help text"
    assert f"onrecord {name}" in README, f"README does not mention `onrecord {name}`"
