"""A password or token never shows: not on stdout or stderr (even with --debug),
not in reports, not in the state database, not in exception messages.

Every run here uses the installed console script with ``--debug``, the most
talkative mode there is, and then searches everything the run left behind for
the secret in each form it could leak in: as written, base64 encoded (IMAP
AUTHENTICATE PLAIN), and the SASL PLAIN string itself.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLI, Account, cancellation
from dovecot import free_port

SECRET = "Zq7-very-secret-Pa55word!"


def forms(secret: str, user: str = "") -> list[str]:
    """The ways a secret could appear in text: plain, and as sent on the wire."""
    plain_sasl = f"\0{user}\0{secret}".encode()
    return [
        secret,
        base64.b64encode(secret.encode()).decode(),
        base64.b64encode(plain_sasl).decode(),
        repr(secret)[1:-1],
    ]


def assert_nowhere(secret_forms: list[str], **texts: str) -> None:
    for where, text in texts.items():
        for form in secret_forms:
            assert form not in text, f"the secret appears in {where}"


def files_below(path: Path) -> dict[str, str]:
    """Every file under ``path`` as text (bytes decoded leniently): state DB,
    its WAL and journal, reports, lock files."""
    out = {}
    for f in sorted(path.rglob("*")):
        if f.is_file():
            out[str(f.relative_to(path))] = f.read_bytes().decode("latin-1")
    return out


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "--debug", *args], env=env, capture_output=True, text=True, timeout=120
    )


def _config(tmp: Path, account: str) -> Path:
    path = tmp / "config.toml"
    path.write_text(f'[state]\npath = "{tmp / "state" / "state.db"}"\n\n{account}')
    path.chmod(0o600)
    return path


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CANCEL_MAIL_CONFIG", None)
    env.update(extra)
    return env


# --- without a server -----------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "poll"])
@pytest.mark.parametrize("source", ["password_env", "password_command"])
def test_unreachable_server_never_shows_the_secret(
    tmp_path: Path, command: str, source: str
) -> None:
    """The run fails (nothing listens), after the secret was read: the error
    path, with a traceback, is where a secret most often slips out."""
    if source == "password_env":
        line = 'password_env = "CM_SECRET_TEST"'
    else:
        command_line = _print_command(SECRET, _vault(tmp_path))
        line = f"password_command = {_toml_str(command_line)}"
    config = _config(
        tmp_path,
        "[[account]]\n"
        'name = "acct"\nhost = "127.0.0.1"\n'
        f'port = {free_port()}\nsecurity = "tls"\nusername = "me@example.com"\n{line}\n',
    )
    done = run([command, "--config", str(config)], _env(CM_SECRET_TEST=SECRET))
    assert done.returncode == 1, done.stderr
    if command == "poll":  # check reports per account; poll fails with the traceback
        assert "Traceback" in done.stderr  # --debug really was on: the most verbose output
    assert_nowhere(
        forms(SECRET, "me@example.com"),
        stdout=done.stdout,
        stderr=done.stderr,
        **(files_below(tmp_path / "state") if (tmp_path / "state").exists() else {}),
    )


def test_secret_typed_into_the_config_is_not_echoed(tmp_path: Path) -> None:
    """A user who writes ``password = "..."`` gets told the key is unknown, and
    the value is not repeated back into a terminal or a cron mail."""
    config = _config(
        tmp_path,
        "[[account]]\n"
        'name = "acct"\nhost = "imap.example.com"\nusername = "me@example.com"\n'
        f'password = "{SECRET}"\npassword_env = "X"\n',
    )
    done = run(["check", "--config", str(config)], _env())
    assert done.returncode == 2
    assert "password" in done.stderr and "unknown" in done.stderr.lower()
    assert_nowhere(forms(SECRET), stdout=done.stdout, stderr=done.stderr)


@pytest.mark.parametrize(
    "line",
    [
        "tls_verify = false",
        "verify = false",
        "ssl_verify = false",
        "insecure = true",
        "verify_certificate = false",
        'security = "none"',
    ],
)
def test_tls_verification_cannot_be_switched_off(tmp_path: Path, line: str) -> None:
    """No key turns certificate checks off; a guess at one is an error, not ignored."""
    config = _config(
        tmp_path,
        "[[account]]\n"
        'name = "acct"\nhost = "imap.example.com"\nusername = "me@example.com"\n'
        f'password_env = "X"\n{line}\n',
    )
    done = run(["check", "--config", str(config)], _env(X="x"))
    assert done.returncode == 2, done.stderr
    assert line.split(" = ")[0] in done.stderr


def test_readable_config_with_a_password_command_draws_a_warning(tmp_path: Path) -> None:
    command = _toml_str(_print_command(SECRET, _vault(tmp_path)))
    config = _config(
        tmp_path,
        "[[account]]\n"
        f'name = "acct"\nhost = "127.0.0.1"\nport = {free_port()}\n'
        f'username = "me@example.com"\npassword_command = {command}\n',
    )
    config.chmod(0o644)
    done = run(["check", "--config", str(config)], _env())
    assert "other users" in done.stderr, done.stderr
    assert_nowhere(forms(SECRET), stderr=done.stderr, stdout=done.stdout)
    config.chmod(0o600)
    quiet = run(["check", "--config", str(config)], _env())
    assert "other users" not in quiet.stderr


def _print_command(secret: str, vault: Path) -> str:
    """A password command that prints ``secret`` from a file outside the folders
    searched (the command line itself then holds no secret). No shell: the
    program and its arguments, split with shlex rules."""
    vault.mkdir(exist_ok=True)
    (vault / "secret").write_text(secret + "\n")
    vault.chmod(0o700)
    return f"{sys.executable} -c 'import sys; print(open(sys.argv[1]).read())' {vault / 'secret'}"


def _vault(tmp_path: Path) -> Path:
    return tmp_path.parent / f"{tmp_path.name}-vault"


def _toml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- against a real Dovecot -----------------------------------------------------


@pytest.mark.dovecot
@pytest.mark.parametrize("fmt", ["json", "html", "markdown", "text", "csv"])
def test_poll_with_debug_never_shows_the_password(
    account: Account, tmp_path: Path, fmt: str
) -> None:
    account.append("INBOX", cancellation("112-5550001-0000001"))
    account.append("Junk", cancellation("112-5550002-0000002"))
    config = account.write_config()
    report = tmp_path / f"report.{fmt}"
    done = account.run(
        "--debug", "poll", "--config", str(config), "--format", fmt, "-o", str(report)
    )
    assert done.returncode == 0, done.stderr
    assert "112-5550001-0000001" in report.read_text()  # the poll did log in and read mail
    assert "DEBUG" in done.stderr  # --debug really was on
    again = account.run("--debug", "report", "--config", str(config), "--format", fmt)
    assert again.returncode == 0, again.stderr
    assert_nowhere(
        forms(account.password, account.user),
        stdout=done.stdout + again.stdout,
        stderr=done.stderr + again.stderr,
        **files_below(tmp_path),
    )


@pytest.mark.dovecot
def test_refused_login_never_shows_the_password(account: Account, tmp_path: Path) -> None:
    wrong = "Wr0ng-but-still-secret-" + account.password[-6:]
    account.extra_env[account.env_var] = wrong
    done = account.run("--debug", "poll", "--config", str(account.write_config()))
    assert done.returncode == 1
    assert "Traceback" in done.stderr
    assert_nowhere(
        forms(wrong, account.user), stdout=done.stdout, stderr=done.stderr, **files_below(tmp_path)
    )


@pytest.mark.dovecot
def test_password_command_secret_never_shows(account: Account, tmp_path: Path) -> None:
    account.append("INBOX", cancellation("112-5550003-0000003"))
    config = account.write_config(
        password_env=None,
        password_command=_print_command(
            account.password, tmp_path.parent / (tmp_path.name + "-vault")
        ),
    )
    env_free = dict(account.env())
    env_free.pop(account.env_var, None)
    done = subprocess.run(
        [CLI, "--debug", "poll", "--config", str(config), "--format", "json"],
        env=env_free,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "112-5550003-0000003" in done.stdout
    assert_nowhere(
        forms(account.password, account.user),
        stdout=done.stdout,
        stderr=done.stderr,
        **files_below(tmp_path),
    )


@pytest.mark.dovecot
def test_untrusted_certificate_is_refused_before_login(account: Account) -> None:
    """Without the test CA the self-signed server is refused, and the password
    never reaches it (Dovecot logs no login for the user)."""
    offset = account.server.log_offset()
    done = account.run("--debug", "check", "--config", str(account.write_config(ca_file=None)))
    assert done.returncode == 1
    assert "certificate" in done.stderr.lower()
    assert f"imap-login: Login: user=<{account.user}>" not in account.server.log_text()[offset:]
    assert_nowhere(forms(account.password, account.user), stderr=done.stderr)
