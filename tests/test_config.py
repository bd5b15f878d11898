"""The TOML configuration: defaults, every way it can be wrong, and secrets."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cancel_mail.config import (
    AccountConfig,
    Config,
    load_config,
    resolve_secret,
)
from cancel_mail.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).with_name("cancel-mail"))

MINIMAL = """
[[account]]
name = "personal"
host = "imap.example.com"
username = "me@example.com"
password_env = "CM_TEST_PW"
"""


def write(tmp_path: Path, text: str, mode: int = 0o600) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    path.chmod(mode)
    return path


def test_minimal_config_gets_the_documented_defaults(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL))
    account = config.account[0]
    assert account.security == "tls"
    assert account.effective_port == 993
    assert account.folders == ["INBOX"]
    assert account.spam is True
    assert account.since is None
    assert config.report.format == "markdown"
    assert config.report.output is None
    assert config.notify.command is None
    assert config.state_path == Path("~/.local/state/cancel-mail/state.db").expanduser()


def test_starttls_defaults_to_port_143(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, MINIMAL + 'security = "starttls"\n'))
    assert config.account[0].effective_port == 143


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        pytest.param(MINIMAL + "colour = 3\n", "account[0] (personal).colour", "unknown key",
                     id="unknown-account-key"),
        pytest.param("[reprot]\nformat = 'json'\n" + MINIMAL, "reprot", "unknown key",
                     id="unknown-section"),
        pytest.param(MINIMAL + 'port = "imaps"\n', "account[0] (personal).port", "integer",
                     id="port-not-a-number"),
        pytest.param(MINIMAL + "spam = 'yes please'\n", "account[0] (personal).spam", "bool",
                     id="spam-not-a-bool"),
        pytest.param(MINIMAL + 'security = "ssl"\n', "account[0] (personal).security", "tls",
                     id="unknown-security"),
        pytest.param(MINIMAL.replace('password_env = "CM_TEST_PW"', ""), "account[0] (personal)",
                     "no password source", id="no-password-source"),
        pytest.param(MINIMAL + 'password_command = "pass show mail"\n', "account[0] (personal)",
                     "one password source", id="two-password-sources"),
        pytest.param(MINIMAL + 'security = "plain"\n', "account[0] (personal)",
                     "allow_plaintext", id="plain-without-allow-plaintext"),
        pytest.param(MINIMAL.replace('host = "imap.example.com"\n', ""),
                     "account[0] (personal).host", "missing key", id="missing-host"),
        pytest.param("[report]\nformat = 'pdf'\n" + MINIMAL, "report.format", "markdown",
                     id="unknown-format"),
        pytest.param('[state]\npath = "x"\n', "account", "missing key", id="no-account"),
        pytest.param(MINIMAL + 'since = "last tuesday"\n', "account[0] (personal).since",
                     "date", id="since-not-a-date"),
        pytest.param(MINIMAL + MINIMAL, "", "unique", id="duplicate-account-names"),
    ],
)
def test_bad_config_names_the_key_and_the_file(
    tmp_path: Path, text: str, key: str, words: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    if key:
        assert info.value.key == key
        assert f": {key}: " in message
    assert words in message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[[account]\nname = ")
    with pytest.raises(ConfigError, match="not valid TOML") as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_config(tmp_path / "absent.toml")


def test_config_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, MINIMAL.replace("personal", "from-env"))
    monkeypatch.setenv("CANCEL_MAIL_CONFIG", str(path))
    assert load_config().account[0].name == "from-env"


def test_config_path_falls_back_to_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CANCEL_MAIL_CONFIG", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    home_config = tmp_path / ".config" / "cancel-mail" / "config.toml"
    home_config.parent.mkdir(parents=True)
    home_config.write_text(MINIMAL.replace("personal", "from-home"))
    assert load_config().account[0].name == "from-home"


def test_cli_exits_2_on_a_bad_config(tmp_path: Path) -> None:
    path = write(tmp_path, MINIMAL + "colour = 3\n")
    env = {k: v for k, v in os.environ.items() if k != "CANCEL_MAIL_CONFIG"}
    for command in ("check", "poll", "watch", "report"):
        done = subprocess.run([CLI, command, "--config", str(path)], capture_output=True,
                              text=True, env=env, timeout=60, check=False)
        assert done.returncode == 2, (command, done.stderr)
        assert done.stdout == ""
        assert f"{path}: account[0] (personal).colour: unknown key" in done.stderr


# --- secrets ------------------------------------------------------------------------


def account(**fields: object) -> AccountConfig:
    base: dict[str, object] = {"name": "a", "host": "h", "username": "u"}
    base.update(fields)
    return AccountConfig.model_validate(base)


def test_password_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_TEST_PW", "s3cret value")
    secret = resolve_secret(account(password_env="CM_TEST_PW"))
    assert secret.get_secret_value() == "s3cret value"
    assert "s3cret" not in repr(secret) and "s3cret" not in str(secret)


def test_unset_password_variable_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_TEST_PW", raising=False)
    with pytest.raises(ConfigError, match="CM_TEST_PW is not set"):
        resolve_secret(account(password_env="CM_TEST_PW"))


def test_password_command_runs_without_a_shell(tmp_path: Path) -> None:
    marker = tmp_path / "marker"
    # Through a shell this would print "secret" and create the marker file.
    command = f"echo secret; touch {marker}"
    secret = resolve_secret(account(password_command=command))
    assert secret.get_secret_value() == f"secret; touch {marker}"
    assert not marker.exists()


def test_password_command_first_line_only() -> None:
    command = f"{sys.executable} -c \"print('line-one'); print('url: x')\""
    assert resolve_secret(account(password_command=command)).get_secret_value() == "line-one"


@pytest.mark.parametrize(
    ("command", "words"),
    [
        pytest.param("/nonexistent/pass show", "command not found", id="not-found"),
        pytest.param(f"{sys.executable} -c \"print('hunter2'); raise SystemExit(3)\"",
                     "status 3", id="non-zero"),
        pytest.param("true", "printed nothing", id="empty-output"),
    ],
)
def test_failing_password_command_never_shows_output(command: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words) as info:
        resolve_secret(account(password_command=command))
    assert "hunter2" not in str(info.value)
    assert "password_command" in str(info.value)


def test_oauth2_token_command_gives_the_token() -> None:
    acc = account(oauth2_token_command="echo ya29.token")
    assert acc.uses_oauth2
    assert resolve_secret(acc).get_secret_value() == "ya29.token"


@pytest.mark.parametrize(("mode", "warned"), [(0o644, True), (0o600, False)],
                         ids=["world-readable", "private"])
def test_readable_config_with_password_command_warns(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, mode: int, warned: bool
) -> None:
    text = MINIMAL.replace('password_env = "CM_TEST_PW"', 'password_command = "pass show m"')
    path = write(tmp_path, text, mode)
    with caplog.at_level(logging.WARNING, logger="cancel_mail.config"):
        load_config(path)
    assert ("can be read by other users" in caplog.text) is warned


# --- config.example.toml ---------------------------------------------------------------


def test_example_config_is_valid_and_documents_every_key(tmp_path: Path) -> None:
    example = ROOT / "config.example.toml"
    config = load_config(example)
    assert config.account[0].name
    text = example.read_text()
    sections = {"state": Config.model_fields["state"].annotation,
                "account": AccountConfig,
                "report": Config.model_fields["report"].annotation,
                "notify": Config.model_fields["notify"].annotation}
    for section, model in sections.items():
        assert f"[{section}]" in text or f"[[{section}]]" in text, section
        for key in model.model_fields:  # type: ignore[union-attr]
            assert f"{key} =" in text, f"{section}.{key} is not documented"


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    text = ('[state]\npath = "state/s.db"\n[report]\noutput = "out.md"\n'
            + MINIMAL + 'ca_file = "ca.pem"\n')
    config = load_config(write(tmp_path, text))
    assert config.state_path == tmp_path / "state" / "s.db"
    assert config.report.output == tmp_path / "out.md"
    assert config.account[0].ca_file == tmp_path / "ca.pem"
