"""The public surface: __all__ is complete, and the README stays true to the CLI."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cancel_mail
from cancel_mail import errors, models

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).parent / "cancel-mail"
COMMANDS = ["scan", "poll", "watch", "report", "check", "init", "reset", "completion"]


def _public_classes(module: object) -> set[str]:
    return {
        name
        for name, obj in inspect.getmembers(module, inspect.isclass)
        if obj.__module__ == getattr(module, "__name__", "") and not name.startswith("_")
    }


def test_all_names_exist() -> None:
    missing = [name for name in cancel_mail.__all__ if not hasattr(cancel_mail, name)]
    assert missing == []


@pytest.mark.parametrize("module", [errors, models], ids=lambda m: m.__name__)
def test_all_exports_every_error_and_report_model(module: object) -> None:
    # Internal pipeline models (ParsedMessage, NoticeFields, ...) stay private on purpose.
    internal = {"Link", "ParsedMessage", "NoticeFields", "OrderSignal"}
    assert _public_classes(module) - internal - set(cancel_mail.__all__) == set()


def test_library_entry_points_are_exported() -> None:
    assert {"scan_path", "analyze_message", "render"} <= set(cancel_mail.__all__)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = subprocess.run([str(CLI), command, "--help"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "usage: cancel-mail " + command in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_in_the_readme(command: str) -> None:
    readme = (ROOT / "README.md").read_text()
    assert re.search(rf"^\s+cancel-mail {command}\b", readme, re.MULTILINE)


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "\n    scripts/test\n" in readme
    assert re.search(r"^scripts/test$", ci, re.MULTILINE)


def test_usage_error_exits_2() -> None:
    result = subprocess.run([str(CLI), "frobnicate"], capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stdout == ""


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cancel_mail", "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "usage: cancel-mail" in result.stdout
