"""The README is a manual: every example in it runs and succeeds, and every command is documented."""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from kzreview.cli.app import app
from tests.conftest import ROOT, SHARED_LAW

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = [
    line[len("$ kzreview ") :]
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.S)
    for line in block.splitlines()
    if line.startswith("$ kzreview ")
]


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 10


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """In order, from the repository root, as a reader would type them."""
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    for example in EXAMPLES:
        args = shlex.split(example)
        if not SHARED_LAW.is_dir() and ("import" in args or "УПК" in args or "cassation" in args):
            continue
        result = runner.invoke(app, args)
        assert result.exit_code == 0, f"kzreview {example}\n{result.output}"
        assert result.output.strip(), f"kzreview {example} printed nothing"


def _commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Leaf commands of a Typer command tree (groups have ``commands``)."""
    out = []
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            out += _commands(cmd, f"{prefix}{name} ")
        else:
            out.append((f"{prefix}{name}", cmd))
    return out


def test_every_command_is_documented() -> None:
    commands = _commands(typer.main.get_command(app))
    assert len(commands) >= 8
    for name, cmd in commands:
        assert cmd.help and len(cmd.help) > 20, f"kzreview {name} has no help"
        assert f"kzreview {name}" in README, f"kzreview {name} is not in the README"
