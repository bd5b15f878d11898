"""The TOML configuration of poll, watch, report and check, as pydantic models.

Secrets are never stored in the file: an account names an environment variable
(``password_env``) or a command (``password_command``, ``oauth2_token_command``)
that yields the secret when it is needed. The secret then lives in a
``SecretStr`` so that a stray repr or log line shows ``**********``.
"""

from __future__ import annotations

import difflib
import logging
import os
import shlex
import stat
import subprocess
import tomllib
import typing
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from .errors import ConfigError
from .models import Cause, Verdict

log = logging.getLogger(__name__)

ENV_CONFIG = "CANCEL_MAIL_CONFIG"
DEFAULT_CONFIG = "~/.config/cancel-mail/config.toml"
DEFAULT_STATE = "~/.local/state/cancel-mail/state.db"
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "plain": 143}
# A password command that hangs (a locked keyring waiting for a prompt) must
# not hang a cron job forever.
SECRET_COMMAND_TIMEOUT = 60.0


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StateConfig(_Section):
    path: Path = Path(DEFAULT_STATE)


class AccountConfig(_Section):
    name: str = Field(min_length=1)
    host: str = Field(min_length=1)
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["tls", "starttls", "plain"] = "tls"
    allow_plaintext: bool = False
    ca_file: Path | None = None
    username: str = Field(min_length=1)
    password_env: str | None = None
    password_command: str | None = None
    oauth2_token_command: str | None = None
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    spam: bool = True
    since: date | None = None
    # Seconds to wait for the server's next bytes before giving up on a run:
    # a server that stops answering must end a cron job, not hang it.
    timeout: float = Field(default=60.0, gt=0, le=3600)

    @model_validator(mode="after")
    def _consistent(self) -> AccountConfig:
        sources = [
            key
            for key in ("password_env", "password_command", "oauth2_token_command")
            if getattr(self, key)
        ]
        if not sources:
            raise ValueError(
                "no password source: set password_env, password_command or oauth2_token_command"
            )
        if len(sources) > 1:
            raise ValueError(f"choose one password source, not {' and '.join(sources)}")
        if self.security == "plain" and not self.allow_plaintext:
            raise ValueError(
                'security = "plain" sends the password unencrypted; '
                "set allow_plaintext = true to accept that"
            )
        return self

    @property
    def effective_port(self) -> int:
        return self.port if self.port is not None else DEFAULT_PORTS[self.security]

    @property
    def uses_oauth2(self) -> bool:
        return self.oauth2_token_command is not None


class ReportConfig(_Section):
    format: Literal["text", "markdown", "json", "html", "csv"] = "markdown"
    output: Path | None = None


def _notified_causes() -> list[Cause]:
    # The user cancelled those orders themselves: nothing to tell them.
    return [cause for cause in Cause if cause is not Cause.CUSTOMER_REQUEST]


class NotifyConfig(_Section):
    command: str | None = None
    # Apprise URLs; they often hold a token or a password, hence SecretStr.
    urls: list[SecretStr] = Field(default_factory=list)
    urls_env: str | None = None
    urls_command: str | None = None
    causes: list[Cause] = Field(default_factory=_notified_causes, min_length=1)
    verdicts: list[Verdict] = Field(default_factory=lambda: list(Verdict), min_length=1)


class Config(_Section):
    state: StateConfig = Field(default_factory=StateConfig)
    account: list[AccountConfig] = Field(min_length=1)
    report: ReportConfig = Field(default_factory=ReportConfig)
    notify: NotifyConfig = Field(default_factory=NotifyConfig)
    # Where the configuration was read from; set by load_config, not a TOML key.
    source: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _unique_names(self) -> Config:
        names = [a.name for a in self.account]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"account names must be unique; repeated: {', '.join(dupes)}")
        return self

    @property
    def state_path(self) -> Path:
        return self.state.path.expanduser()


def default_config_path() -> Path:
    """``$CANCEL_MAIL_CONFIG``, else ``~/.config/cancel-mail/config.toml``."""
    return Path(os.environ.get(ENV_CONFIG) or DEFAULT_CONFIG).expanduser()


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate the configuration file; ConfigError names the key and the file."""
    file = Path(path).expanduser() if path is not None else default_config_path()
    shown = str(file)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ConfigError("no such configuration file", path=shown) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=shown) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=shown) from exc
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        raise _config_error(exc, data, shown) from None
    config = _anchor_paths(config, file.parent).model_copy(update={"source": file})
    _warn_if_exposed(file, config)
    return config


def _anchor(path: Path | None, base: Path) -> Path | None:
    if path is None:
        return None
    path = path.expanduser()
    return path if path.is_absolute() else base / path


def _anchor_paths(config: Config, base: Path) -> Config:
    """Relative paths in the file are relative to the file, not to cron's cwd."""
    state = config.state.model_copy(update={"path": _anchor(config.state.path, base)})
    report = config.report.model_copy(update={"output": _anchor(config.report.output, base)})
    accounts = [
        a.model_copy(update={"ca_file": _anchor(a.ca_file, base)}) for a in config.account
    ]
    return config.model_copy(update={"state": state, "report": report, "account": accounts})


def resolve_secret(account: AccountConfig, *, config_path: str | None = None) -> SecretStr:
    """The password (or OAuth2 access token) of ``account``, read now.

    Commands run without a shell (``shlex.split``); nothing from mail or from
    the server is ever put on their command line.
    """
    if account.password_env:
        value = os.environ.get(account.password_env)
        if not value:
            raise ConfigError(
                f"environment variable {account.password_env} is not set",
                path=config_path,
                key=f"account {account.name!r}: password_env",
            )
        return SecretStr(value)
    key = "oauth2_token_command" if account.uses_oauth2 else "password_command"
    command = account.oauth2_token_command or account.password_command or ""
    return SecretStr(
        _run_secret_command(
            command, key=f"account {account.name!r}: {key}", config_path=config_path
        )
    )


def resolve_notify_urls(notify: NotifyConfig, *, config_path: str | None = None) -> list[SecretStr]:
    """``[notify] urls``, then those of ``urls_env`` and ``urls_command``, read now.

    The variable holds URLs separated by spaces, commas or newlines; the
    command prints one URL per line (or several separated the same way).
    """
    texts: list[str] = []
    if notify.urls_env:
        value = os.environ.get(notify.urls_env)
        if not value:
            raise ConfigError(
                f"environment variable {notify.urls_env} is not set",
                path=config_path,
                key="notify.urls_env",
            )
        texts.append(value)
    if notify.urls_command:
        texts.append(
            _run_secret_command(
                notify.urls_command,
                key="notify.urls_command",
                config_path=config_path,
                first_line=False,
            )
        )
    more = [SecretStr(url) for text in texts for url in text.replace(",", " ").split()]
    return [*notify.urls, *more]


def _run_secret_command(
    command: str, *, key: str, config_path: str | None, first_line: bool = True
) -> str:
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise ConfigError(f"cannot split the command: {exc}", path=config_path, key=key) from None
    if not argv:
        raise ConfigError("the command is empty", path=config_path, key=key)
    try:
        done = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=SECRET_COMMAND_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise ConfigError(f"command not found: {argv[0]}", path=config_path, key=key) from None
    except (OSError, subprocess.TimeoutExpired) as exc:
        # The exception text can echo argv, which is fine (no secret there),
        # but never the output, which would be the secret.
        raise ConfigError(
            f"the command failed: {type(exc).__name__}", path=config_path, key=key
        ) from None
    if done.returncode != 0:
        raise ConfigError(
            f"the command exited with status {done.returncode}", path=config_path, key=key
        )
    # Like `pass`, only the first line is the secret.
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if not first_line:
        lines = ["\n".join(lines)]
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise ConfigError("the command printed nothing", path=config_path, key=key)
    return secret


def _config_error(exc: ValidationError, data: dict[str, Any], path: str) -> ConfigError:
    """Every validation problem, named the way the TOML file spells it: a user
    who fixes one should not have to run again to learn of the next."""
    problems = [_problem(err, data) for err in exc.errors()]
    problems = list(dict.fromkeys(problems))  # one per key and message
    if len(problems) == 1:
        key, message = problems[0]
        return ConfigError(message, path=path, key=key or None)
    lines = "".join(
        f"\n  {key}: {message}" if key else f"\n  {message}" for key, message in problems
    )
    error = ConfigError(f"{len(problems)} problems:{lines}", path=path)
    # .key names the first problem, as it does when there is only one.
    error.key = problems[0][0] or None
    return error


def _problem(err: Any, data: dict[str, Any]) -> tuple[str, str]:
    loc = list(err["loc"])
    key = _toml_key(loc, data)
    if err["type"] == "extra_forbidden":
        message = "unknown key"
        near = _nearest_key(loc)
        if near:
            message += f"; did you mean `{near}`?"
    elif err["type"] == "missing":
        message = "missing key"
    else:
        message = str(err["msg"])
        message = message.removeprefix("Value error, ")
        # A notify URL holds a token or a password: never echo it.
        secret = loc[:2] == ["notify", "urls"]
        if "input" in err and err["type"] not in ("value_error",) and loc and not secret:
            message += f" (got {_shown_input(err['input'])})"
    return key, message


def _nearest_key(loc: list[int | str]) -> str | None:
    """The known key of the same table spelled most like the unknown one at ``loc``."""
    if not loc or not isinstance(loc[-1], str):
        return None
    known = _keys_of(Config, loc[:-1])
    close = difflib.get_close_matches(loc[-1].lower(), known, n=1, cutoff=0.6)
    return close[0] if close else None


def _keys_of(model: type[BaseModel], loc: list[int | str]) -> list[str]:
    """The TOML keys of the table at ``loc`` below ``model`` (list positions skipped)."""
    for item in loc:
        if isinstance(item, int):
            continue
        field = model.model_fields.get(item)
        inner = _model_in(field.annotation) if field is not None else None
        if inner is None:
            return []
        model = inner
    return [
        field.alias or name for name, field in model.model_fields.items() if not field.exclude
    ]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model a field holds, directly or in a list or an optional."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _toml_key(loc: list[int | str], data: dict[str, Any]) -> str:
    """("account", 0, "port") -> "account[0].port" (with the account's name when known)."""
    parts: list[str] = []
    node: Any = data
    for item in loc:
        if isinstance(item, int):
            name = ""
            if isinstance(node, list) and item < len(node) and isinstance(node[item], dict):
                account_name = node[item].get("name")
                if isinstance(account_name, str):
                    name = f" ({account_name})"
            parts[-1:] = [f"{parts[-1]}[{item}]{name}"] if parts else [f"[{item}]"]
        else:
            parts.append(str(item))
        try:
            node = node[item]
        except (KeyError, IndexError, TypeError):
            node = None
    return ".".join(parts)


def _shown_input(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _warn_if_exposed(file: Path, config: Config) -> None:
    """Warn when others may read a file that tells how to obtain a secret."""
    commands = any(a.password_command or a.oauth2_token_command for a in config.account)
    if not (commands or config.notify.urls or config.notify.urls_command):
        return
    try:
        mode = file.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning(
            "%s can be read by other users and holds a password command or notify URLs; "
            "restrict it with: chmod 600 %s",
            file,
            file,
        )
