"""First run: `cancel-mail init`, --version, the top-level help, shell completion.

Every command runs the installed console script, as a user would.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from conftest import CLI, Account

from cancel_mail.config import load_config
from cancel_mail.providers import PROVIDERS, Login
from cancel_mail.starter import example_config, starter_config

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60,
                          env=env, input=stdin, check=False)


def home_env(tmp_path: Path) -> dict[str, str]:
    """A fresh HOME and no $CANCEL_MAIL_CONFIG: the default path lands in tmp_path."""
    env = {k: v for k, v in os.environ.items() if k != "CANCEL_MAIL_CONFIG"}
    env["HOME"] = str(tmp_path / "home")
    return env


# --- init ------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_init_writes_a_private_config_that_parses(tmp_path: Path, provider: str) -> None:
    target = tmp_path / "sub" / "config.toml"
    done = run("init", "--provider", provider, "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    config = load_config(target)
    account = config.account[0]
    p = PROVIDERS[provider]
    assert (account.host, account.effective_port, account.security) == (p.host, p.port,
                                                                       p.security)
    assert account.spam
    text = target.read_text()
    assert f'"{p.junk_folder}"' in text  # the junk folder is named for the reader
    if p.login is Login.OAUTH2:
        assert account.oauth2_token_command == f"oama access {p.username_example}"
        assert account.password_command is None
        assert "mutt_oauth2.py" in text
    else:
        assert account.password_command is not None
        assert account.oauth2_token_command is None
        # The other ways to keep the password are shown, commented out.
        for other in ("pass show", "security find-generic-password", "secret-tool lookup"):
            assert other in text
    if p.login is Login.APP_PASSWORD_OR_OAUTH2:
        assert "# oauth2_token_command = " in text
    assert str(target) in done.stdout
    assert "cancel-mail check --config" in done.stdout


def test_init_writes_to_the_default_path_and_refuses_to_overwrite(tmp_path: Path) -> None:
    env = home_env(tmp_path)
    default = tmp_path / "home" / ".config" / "cancel-mail" / "config.toml"
    done = run("init", "--provider", "fastmail", "--username", "me@fastmail.com", env=env)
    assert done.returncode == 0, done.stderr
    assert load_config(default).account[0].username == "me@fastmail.com"

    default.write_text("# my edited config\n")
    again = run("init", "--provider", "gmail", env=env)
    assert again.returncode == 2
    assert "exists" in again.stderr and "--force" in again.stderr
    assert default.read_text() == "# my edited config\n"
    assert [p.name for p in default.parent.iterdir()] == ["config.toml"]  # no temp file left

    forced = run("init", "--provider", "gmail", "--force", env=env)
    assert forced.returncode == 0, forced.stderr
    assert load_config(default).account[0].host == "imap.gmail.com"
    assert stat.S_IMODE(default.stat().st_mode) == 0o600


def test_init_follows_cancel_mail_config(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.toml"
    env = {**home_env(tmp_path), "CANCEL_MAIL_CONFIG": str(target)}
    done = run("init", "--provider", "yahoo", env=env)
    assert done.returncode == 0, done.stderr
    assert load_config(target).account[0].host == "imap.mail.yahoo.com"
    assert not (tmp_path / "home" / ".config").exists()


def test_the_active_password_command_matches_the_platform() -> None:
    mac = tomllib.loads(starter_config("icloud", username="a b@icloud.com", platform="darwin"))
    linux = tomllib.loads(starter_config("icloud", username="a b@icloud.com", platform="linux"))
    assert mac["account"][0]["password_command"] == (
        "security find-generic-password -s cancel-mail -a 'a b@icloud.com' -w")
    assert linux["account"][0]["password_command"] == (
        "secret-tool lookup service cancel-mail account 'a b@icloud.com'")


def test_init_keeps_the_example_sections_and_the_packaged_example_is_the_repos() -> None:
    # The root file is a link to the packaged one, so the two cannot drift apart.
    assert (ROOT / "config.example.toml").resolve() == (
        ROOT / "cancel_mail" / "config.example.toml").resolve()
    assert example_config() == (ROOT / "config.example.toml").read_text()
    text = starter_config("gmail")
    for section in example_config().split("\n\n"):
        if "[[account]]" not in section:
            assert section in text


def test_generic_config_edited_for_dovecot_passes_check(account: Account, tmp_path: Path) -> None:
    target = tmp_path / "config.toml"
    done = account.run("init", "--provider", "generic", "-o", str(target))
    assert done.returncode == 0, done.stderr
    secret = tmp_path / "password"
    secret.write_text(account.password + "\n")
    secret.chmod(0o600)
    text = target.read_text()
    edits = {
        "host": f'"{account.server.host}"',
        "port": str(account.server.tls_port),
        "username": f'"{account.user}"',
        "password_command": f'"cat {secret}"',
        "path": f'"{tmp_path / "state.db"}"',
    }
    for key, value in edits.items():
        text, n = re.subn(rf"^{key} = .*$", f"{key} = {value}", text, count=1, flags=re.M)
        assert n == 1, key
    text, n = re.subn(r"^# ca_file = .*$", f'ca_file = "{account.server.cert}"', text,
                      count=1, flags=re.M)
    assert n == 1
    target.write_text(text)
    account.extra_env = {account.env_var: ""}  # the password comes from the command only

    checked = account.run("check", "--config", str(target))
    assert checked.returncode == 0, checked.stderr
    assert "generic" in checked.stdout and "login ok" in checked.stdout
    assert re.search(r"^\s+Junk\s+\(special-use \\Junk", checked.stdout, re.M)


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_readme_says_how_to_set_up_each_provider(provider: str) -> None:
    readme = (ROOT / "README.md").read_text()
    p = PROVIDERS[provider]
    heading = re.search(rf"^### .*\(`--provider {provider}`\)$", readme, re.M)
    assert heading, f"no README section for --provider {provider}"
    section = readme[heading.end():].split("\n## ")[0].split("\n### ")[0]
    assert f"`{p.host}`" in section
    assert f"`{p.junk_folder}`" in section
    assert ("OAuth2" in section) is (p.login in (Login.OAUTH2, Login.APP_PASSWORD_OR_OAUTH2))


# --- --version and the top-level help ---------------------------------------------------


def test_version_comes_from_the_package_metadata() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"cancel-mail {version('cancel-mail')}"


def test_top_level_help_ends_with_examples_and_exit_codes() -> None:
    done = run("--help")
    assert done.returncode == 0
    examples = done.stdout.index("examples:")
    codes = done.stdout.index("exit codes:")
    assert examples < codes
    assert re.search(r"^  0 +done", done.stdout, re.M)
    assert re.search(r"^  1 +a run-time failure", done.stdout, re.M)
    assert re.search(r"^  2 +a usage or configuration error", done.stdout, re.M)
    for command in ("scan", "init", "check", "poll", "watch", "report", "completion"):
        assert re.search(rf"^  cancel-mail {command} ", done.stdout[examples:], re.M), command


# --- shell completion -------------------------------------------------------------------


def completion(shell: str) -> str:
    done = run("completion", shell)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def test_bash_completion_completes_commands_and_choices(tmp_path: Path) -> None:
    script = tmp_path / "cancel-mail.bash"
    script.write_text(completion("bash"))
    syntax = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert syntax.returncode == 0, syntax.stderr

    def complete(*words: str) -> list[str]:
        # What bash does on TAB: the words so far in COMP_WORDS, then the function.
        line = " ".join(["cancel-mail", *words])
        program = (
            f"source {script}\n"
            f"COMP_WORDS=(cancel-mail {' '.join(words)}); COMP_CWORD={len(words)}\n"
            f"COMP_LINE='{line}'; COMP_POINT={len(line)}\n"
            "_shtab_cancel_mail\n"
            'printf "%s\\n" "${COMPREPLY[@]}"\n'
        )
        done = subprocess.run(["bash", "-c", program], capture_output=True, text=True,
                              timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert complete("in") == ["init"]
    assert {"reset", "report"} <= set(complete("re"))
    assert complete("init", "--provider", "out") == ["outlook"]
    assert complete("completion", "f") == ["fish"]
    assert "--full" in complete("poll", "--fu")


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_are_valid(tmp_path: Path, shell: str) -> None:
    binary = shutil.which(shell)
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{shell} is not installed (Debian: apt-get install -y {shell})")
        pytest.skip(f"{shell} is not installed")
    script = tmp_path / f"cancel-mail.{shell}"
    script.write_text(completion(shell))
    done = subprocess.run([binary, "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if shell == "fish":
        # fish can answer a completion query without a terminal.
        asked = subprocess.run(
            [binary, "--no-config", "-c", f"source {script}; complete -C 'cancel-mail ini'"],
            capture_output=True, text=True, timeout=30,
        )
        assert asked.returncode == 0, asked.stderr
        assert [line.split("\t")[0] for line in asked.stdout.splitlines()] == ["init"]


def test_completion_rejects_an_unknown_shell() -> None:
    done = run("completion", "tcsh-9")
    assert done.returncode == 2
    assert done.stdout == ""
