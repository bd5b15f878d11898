"""`cancel-mail check` against a real Dovecot: the security modes, folders and secrets."""

from __future__ import annotations

import pytest
from conftest import Account, cancellation

pytestmark = pytest.mark.dovecot


def test_check_lists_inbox_and_junk_and_why(account: Account) -> None:
    account.append("Junk", cancellation("112-0000001-0000001"))
    done = account.run("check", "--config", str(account.write_config()))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"test  127.0.0.1:{account.server.tls_port} (tls): login ok")
    assert lines[1].split() == ["INBOX", "(configured;", "0", "messages)"]
    assert lines[2].split() == ["Junk", "(special-use", "\\Junk;", "1", "message)"]
    assert len(lines) == 3


def test_check_without_spam_lists_only_the_configured_folders(account: Account) -> None:
    done = account.run("check", "--config", str(account.write_config(spam=False)))
    assert done.returncode == 0, done.stderr
    assert [line.split()[0] for line in done.stdout.splitlines()[1:]] == ["INBOX"]


def test_check_reports_a_missing_folder(account: Account) -> None:
    done = account.run("check", "--config",
                       str(account.write_config(folders=["INBOX", "Orders"])))
    assert done.returncode == 1
    assert "folder 'Orders' does not exist" in done.stderr


@pytest.mark.parametrize(
    ("security", "extra"),
    [
        pytest.param("starttls", {}, id="starttls"),
        pytest.param("plain", {"allow_plaintext": True}, id="plain-allowed"),
    ],
)
def test_other_security_modes_log_in(account: Account, security: str,
                                     extra: dict[str, object]) -> None:
    config = account.write_config(security=security, port=account.server.port, **extra)
    done = account.run("check", "--config", str(config))
    assert done.returncode == 0, done.stderr
    assert f"({security}): login ok" in done.stdout


def test_plain_without_allow_plaintext_is_a_config_error(account: Account) -> None:
    config = account.write_config(security="plain", port=account.server.port)
    done = account.run("check", "--config", str(config))
    assert done.returncode == 2
    assert "allow_plaintext" in done.stderr


def test_starttls_still_verifies_the_certificate(account: Account) -> None:
    config = account.write_config(security="starttls", port=account.server.port, ca_file=None)
    done = account.run("check", "--config", str(config))
    assert done.returncode == 1
    assert "not trusted" in done.stderr


def test_tls_on_a_plain_port_fails_cleanly(account: Account) -> None:
    done = account.run("check", "--config", str(account.write_config(port=account.server.port)))
    assert done.returncode == 1
    assert done.stderr.startswith("cancel-mail: error: account test: ")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["check", "poll"])
def test_debug_output_never_shows_the_password(account: Account, command: str) -> None:
    account.append("INBOX", cancellation("112-0000001-0000001"))
    done = account.run("--debug", command, "--config", str(account.write_config()))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "LOGIN" in done.stderr  # the protocol log is there...
    assert account.password not in done.stderr + done.stdout  # ...but not the password


def test_password_command_is_used(account: Account) -> None:
    config = account.write_config(password_env=None,
                                  password_command=f"printf '%s\\n' {account.password}")
    account.extra_env = {account.env_var: ""}
    done = account.run("check", "--config", str(config))
    assert done.returncode == 0, done.stderr
