"""A configuration with mistakes: every problem in one run, and a likely spelling for an
unknown key, through the public load_config and the installed console script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cancel_mail import ConfigError, load_config

CLI = str(Path(sys.executable).with_name("cancel-mail"))

ACCOUNT = """
[[account]]
name = "personal"
host = "imap.example.com"
password_env = "CM_TEST_PW"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


@pytest.mark.parametrize(
    ("typo", "meant", "where"),
    [
        ('user_name = "me"', "username", "account[0] (personal)"),
        ("prot = 993", "port", "account[0] (personal)"),
        ('pasword_env = "X"', "password_env", "account[0] (personal)"),
        ("Spam = false", "spam", "account[0] (personal)"),
    ],
    ids=["user_name", "prot", "pasword_env", "capital"],
)
def test_an_unknown_account_key_suggests_the_nearest_known_one(
    tmp_path: Path, typo: str, meant: str, where: str
) -> None:
    path = write(tmp_path, ACCOUNT + 'username = "me"\n' + typo + "\n")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    key = typo.split(" ")[0]
    assert str(info.value) == (
        f"{path}: {where}.{key}: unknown key; did you mean `{meant}`?"
    )


def test_an_unknown_section_suggests_the_nearest_section(tmp_path: Path) -> None:
    path = write(tmp_path, '[reprot]\nformat = "json"\n' + ACCOUNT + 'username = "me"\n')
    with pytest.raises(ConfigError, match=r"reprot: unknown key; did you mean `report`\?"):
        load_config(path)


def test_a_key_like_none_gets_no_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, ACCOUNT + 'username = "me"\ncolour = 3\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).endswith("account[0] (personal).colour: unknown key")


def test_a_missing_and_an_unknown_key_are_reported_together(tmp_path: Path) -> None:
    path = write(tmp_path, ACCOUNT + 'user_name = "me"\n[report]\nformt = "json"\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    lines = str(info.value).splitlines()
    assert lines[0] == f"{path}: 3 problems:"
    assert sorted(lines[1:]) == [
        "  account[0] (personal).user_name: unknown key; did you mean `username`?",
        "  account[0] (personal).username: missing key",
        "  report.formt: unknown key; did you mean `format`?",
    ]
    assert info.value.key in {"account[0] (personal).username",
                              "account[0] (personal).user_name", "report.formt"}


def test_the_cli_shows_every_problem_and_exits_2(tmp_path: Path) -> None:
    path = write(tmp_path, ACCOUNT + 'user_name = "me"\n')
    env = {k: v for k, v in os.environ.items() if k != "CANCEL_MAIL_CONFIG"}
    done = subprocess.run([CLI, "check", "--config", str(path)], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"cancel-mail: error: {path}: 2 problems:\n")
    assert "  account[0] (personal).user_name: unknown key; did you mean `username`?\n" in (
        done.stderr
    )
    assert "  account[0] (personal).username: missing key\n" in done.stderr
    assert "Traceback" not in done.stderr
