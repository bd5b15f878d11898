"""The commented starter configuration that ``cancel-mail init`` writes.

It is the shipped ``config.example.toml`` with its ``[[account]]`` table
replaced by one made for the chosen provider (providers.py), so the comments
on every other section stay in one place. The result is checked against
config.py's schema before it is returned.
"""

from __future__ import annotations

import json
import shlex
import sys
import tomllib
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from .config import Config
from .errors import ConfigError
from .providers import PROVIDERS, Login, Provider

EXAMPLE = "config.example.toml"


def example_config() -> str:
    """The text of the ``config.example.toml`` shipped inside the package."""
    return resources.files(__package__).joinpath(EXAMPLE).read_text(encoding="utf-8")


def starter_config(
    provider: str, *, username: str | None = None, platform: str = sys.platform
) -> str:
    """A commented configuration for one account at ``provider`` (a PROVIDERS key).

    ``platform`` chooses which keyring the active ``password_command`` reads:
    the login keychain on macOS ("darwin"), the Secret Service elsewhere.
    """
    try:
        chosen = PROVIDERS[provider]
    except KeyError:
        raise ConfigError(
            f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}"
        ) from None
    user = username or chosen.username_example
    blocks = example_config().split("\n\n")
    # The example's account table is the one block that holds "[[account]]".
    account_at = next(i for i, block in enumerate(blocks) if "\n[[account]]\n" in f"\n{block}\n")
    blocks[account_at] = _account_block(chosen, user, platform)
    header = (
        f"# Written by `cancel-mail init --provider {chosen.key}`. Check it with\n"
        "# `cancel-mail check` once the account below is filled in.\n#\n"
    )
    text = header + "\n\n".join(blocks)
    try:
        Config.model_validate(tomllib.loads(text))
    except (tomllib.TOMLDecodeError, ValidationError) as exc:
        # Only a username that no TOML string can hold gets here.
        raise ConfigError(f"cannot write a valid configuration for {user!r}: {exc}") from None
    return text


def _toml(value: str) -> str:
    # A JSON string is a TOML basic string: same quotes, same escapes.
    return json.dumps(value, ensure_ascii=False)


def _account_block(p: Provider, user: str, platform: str) -> str:
    lines = [
        "# One [[account]] table per mailbox; repeat the table for more accounts.",
        "#",
        f"# {p.title}. First, on the provider's side:",
        *(f"#   {line}" for line in p.setup),
        "[[account]]",
        "# A short name of your choice; it appears in reports (imap://NAME/FOLDER;...)",
        "# and must be unique.",
        f"name = {_toml(p.key)}",
        f"host = {_toml(p.host)}",
        f"port = {p.port}",
        '# "tls": TLS from the first byte; certificates are always verified.',
        '# "starttls" upgrades a plain connection (port 143).',
        f"security = {_toml(p.security)}",
    ]
    if p.login is Login.PASSWORD:
        lines += [
            "# Optional: a PEM file of an extra CA to trust, for a server with its own",
            "# certificate authority.",
            '# ca_file = "~/.config/cancel-mail/my-ca.pem"',
        ]
    lines += [f"username = {_toml(user)}"]
    if p.login is Login.OAUTH2:
        lines += _oauth2_lines(p, user, active=True)
    else:
        lines += _password_lines(p, user, platform)
        if p.login is Login.APP_PASSWORD_OR_OAUTH2:
            lines += _oauth2_lines(p, user, active=False)
    lines += [
        "",
        '# Folders to read. Default ["INBOX"]. Names as the server lists them.',
        'folders = ["INBOX"]',
        f"# Also read the junk folder, here {_toml(p.junk_folder)}: found by its \\Junk",
        "# flag, else by its name. `cancel-mail check` shows which folder was chosen.",
        "spam = true",
        "# Optional: on the first pass over a folder, ignore mail that arrived",
        "# before this day (YYYY-MM-DD).",
        '# since = "2026-01-01"',
        "# Seconds to wait for the server before giving up on this account. Default 60.",
        "timeout = 60",
    ]
    return "\n".join(lines)


def _password_lines(p: Provider, user: str, platform: str) -> list[str]:
    what = "password" if p.login is Login.PASSWORD else "app password"
    q = shlex.quote(user)
    keychain = f"security find-generic-password -s cancel-mail -a {q} -w"
    secret_service = f"secret-tool lookup service cancel-mail account {q}"
    lines = [
        "",
        f"# The {what} is never written here: a command prints it when it is needed",
        "# (run without a shell; only its first line is read).",
    ]
    keyring = [
        (
            "the macOS login keychain",
            f"security add-generic-password -s cancel-mail -a {q} -w",
            keychain,
        ),
        (
            "the desktop keyring (Secret Service; Debian: libsecret-tools)",
            f"secret-tool store --label='cancel-mail {p.key}' service cancel-mail account {q}",
            secret_service,
        ),
        (
            "pass, the standard Unix password manager",
            f"pass insert {shlex.quote('mail/' + user)}",
            f"pass show {shlex.quote('mail/' + user)}",
        ),
    ]
    # The platform's own keyring goes first and is the active line.
    if platform != "darwin":
        keyring[0], keyring[1] = keyring[1], keyring[0]
    for n, (where, store, command) in enumerate(keyring):
        lines += [
            f"# {'From' if n == 0 else 'Or from'} {where}, after storing it once with",
            f"#   {store}",
            f"{'' if n == 0 else '# '}password_command = {_toml(command)}",
        ]
    lines += [
        "# Or from an environment variable (cron and systemd do not pass yours on):",
        '# password_env = "CANCEL_MAIL_PASSWORD"',
    ]
    return lines


def _oauth2_lines(p: Provider, user: str, *, active: bool) -> list[str]:
    q = shlex.quote(user)
    service = "microsoft" if p.key == "outlook" else "google"
    token_file = Path("~/.config/cancel-mail").expanduser() / f"{p.key}.token"
    mutt = f"python3 /path/to/mutt_oauth2.py {shlex.quote(str(token_file))}"
    on = "" if active else "# "
    lines = [
        "",
        "# OAuth2 (XOAUTH2): a command that prints a fresh access token."
        if active
        else "# Or OAuth2 instead of the app password (comment out password_command):",
        "# oama (https://github.com/pdobsan/oama) keeps and renews the token; set it up",
        "# in ~/.config/oama/config.yaml with your app's client ID, then run once:",
        f"#   oama authorize {service} {q}",
        f"{on}oauth2_token_command = {_toml(f'oama access {q}')}",
        "# Or mutt's mutt_oauth2.py (Debian: /usr/share/doc/mutt/examples/), with your",
        "# client ID and GPG identity filled in, after running it once with --authorize:",
        f"# oauth2_token_command = {_toml(mutt)}",
    ]
    return lines
