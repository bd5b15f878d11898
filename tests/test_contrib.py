"""contrib/: the systemd user units and the crontab line.

The units must pass `systemd-analyze verify` (which also checks that ExecStart
names an executable: the real console script, linked where the units expect
it). The poll service's command and the crontab line are then run the way
systemd and cron run them, with a bare environment and no password variable,
against the real Dovecot: a password_command must be enough.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CLI, Account, cancellation

ROOT = Path(__file__).resolve().parent.parent
CONTRIB = ROOT / "contrib"
UNITS = sorted((CONTRIB / "systemd").iterdir())
CRONTAB = CONTRIB / "cancel-mail.crontab"


def systemd_analyze() -> str:
    binary = shutil.which("systemd-analyze")
    if binary is None:
        message = "systemd-analyze is not installed (Debian: apt-get install -y systemd)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return binary


def user_home(tmp_path: Path) -> Path:
    """A home directory with the console script where pip --user and pipx put it."""
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "cancel-mail").symlink_to(CLI)
    return home


def verify(units: list[Path], home: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    # --user: %h is the home above, and the units are checked as user units.
    return subprocess.run([systemd_analyze(), "verify", "--user", *map(str, units)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)


def test_contrib_ships_the_units() -> None:
    assert [u.name for u in UNITS] == [
        "cancel-mail-poll.service", "cancel-mail-poll.timer", "cancel-mail-watch.service"]


def test_units_pass_systemd_analyze_verify(tmp_path: Path) -> None:
    done = verify(UNITS, user_home(tmp_path), tmp_path)
    assert done.returncode == 0, done.stderr
    # Unknown keys and bad values are only warnings: there must be none.
    assert done.stderr == "" and done.stdout == ""


def test_verify_would_catch_a_missing_command_or_a_bad_key(tmp_path: Path) -> None:
    home = tmp_path / "empty-home"
    home.mkdir()
    done = verify(UNITS, home, tmp_path)
    assert done.returncode != 0
    assert "cancel-mail" in done.stderr
    broken = tmp_path / "cancel-mail-watch.service"
    text = (CONTRIB / "systemd" / "cancel-mail-watch.service").read_text()
    broken.write_text(text.replace("Restart=on-failure", "Restart=on-failure\nRestartt=yes"))
    assert "Unknown key" in verify([broken], user_home(tmp_path), tmp_path).stderr


def unit_settings(name: str) -> dict[str, list[str]]:
    settings: dict[str, list[str]] = {}
    for line in (CONTRIB / "systemd" / name).read_text().splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_watch_restarts_on_failure_but_not_on_a_config_error() -> None:
    watch = unit_settings("cancel-mail-watch.service")
    assert watch["ExecStart"] == ["%h/.local/bin/cancel-mail watch"]
    assert watch["Restart"] == ["on-failure"]
    assert watch["RestartPreventExitStatus"] == ["2"]
    assert watch["WantedBy"] == ["default.target"]
    timer = unit_settings("cancel-mail-poll.timer")
    assert timer["OnCalendar"] == ["*:0/10"]
    assert unit_settings("cancel-mail-poll.service")["Type"] == ["oneshot"]


def crontab_line() -> tuple[str, str]:
    lines = [line for line in CRONTAB.read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(lines) == 1
    fields = lines[0].split(None, 5)
    return " ".join(fields[:5]), fields[5]


def test_crontab_line_has_a_schedule_and_no_password_variable() -> None:
    schedule, command = crontab_line()
    assert schedule == "*/10 * * * *"
    assert " poll " in command
    assert "PASSWORD" not in command
    # cron gives % a meaning of its own (a newline): the line must not use it.
    assert "%" not in command
    assert "password_command" in CRONTAB.read_text()


def configured_home(account: Account, tmp_path: Path) -> Path:
    """~/.config/cancel-mail/config.toml with the password from a command, as the docs say."""
    home = user_home(tmp_path)
    secret = tmp_path / "password"
    secret.write_text(account.password + "\n")
    secret.chmod(0o600)
    config = account.write_config(password_env=None, password_command=f"cat {secret}")
    target = home / ".config" / "cancel-mail" / "config.toml"
    target.parent.mkdir(parents=True)
    config.rename(target)
    return home


def bare_env(home: Path) -> dict[str, str]:
    # Roughly what cron and systemd give a job: no CANCEL_MAIL_* variable at all.
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh",
            "LOGNAME": "nobody-special", "LANG": "C.UTF-8"}


@pytest.mark.dovecot
def test_crontab_line_runs_a_poll_with_cron_s_environment(
    account: Account, tmp_path: Path
) -> None:
    account.append("INBOX", cancellation("112-0000007-0000007"))
    home = configured_home(account, tmp_path)
    _schedule, command = crontab_line()
    done = subprocess.run(["/bin/sh", "-c", command], env=bare_env(home),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, (home / "cancel-mail.log").read_text()
    assert "112-0000007-0000007" in (home / "cancellations.md").read_text()
    assert (home / "cancel-mail.log").read_text() == ""


@pytest.mark.dovecot
def test_poll_service_command_runs_with_a_bare_environment(
    account: Account, tmp_path: Path
) -> None:
    account.append("Junk", cancellation("112-0000008-0000008"))
    home = configured_home(account, tmp_path)
    (command,) = unit_settings("cancel-mail-poll.service")["ExecStart"]
    argv = [re.sub("%h", str(home), word) for word in command.split()]
    done = subprocess.run([*argv, "--format", "json"], env=bare_env(home),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    notices = json.loads(done.stdout)["notices"]
    assert [n["order_ids"] for n in notices] == [["112-0000008-0000008"]]
