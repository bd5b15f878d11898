"""Tell the user about new notices: the ``[notify] command`` and Apprise ``urls``.

One message per notice: the title names the order and the cause (a look-alike
gets a warning title instead), the body is the first thing to do.

The command line comes from the configuration only and runs without a shell
(``shlex.split``), the notice's JSON on its stdin; nothing from the mail is
ever put on it. Apprise (ntfy, e-mail, Telegram, Matrix, Slack, Pushover, Home
Assistant ...) gets each URL as its own target, so that one failing service
neither blocks nor repeats the others.

URLs hold tokens and passwords. They are never logged: targets are named by
their position and scheme (``notify URL 2 (tgram)``), and what Apprise and the
HTTP library below it log while sending is filtered for every part of the URLs
that could be secret.

Nothing here decides when to retry: ``send`` says which targets have the
notice, and the poller keeps the rest owed in the state database.
"""

from __future__ import annotations

import hashlib
import logging
import re
import shlex
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from pydantic import SecretStr

from .config import NotifyConfig
from .errors import ConfigError
from .models import Cause, Notice, Verdict

log = logging.getLogger(__name__)

NOTIFY_TIMEOUT = 60.0

# The loggers that see a target's URL while Apprise sends: Apprise's own, and
# urllib3's request lines (path and query, where some services put tokens).
_SENDING_LOGGERS = (
    "apprise",
    "urllib3.connectionpool",
    "urllib3.connection",
    "urllib3.util.retry",
    "requests",
)


@dataclass(frozen=True, slots=True)
class Message:
    title: str
    body: str
    warning: bool = False  # a look-alike: the title warns


def message(notice: Notice) -> Message:
    """The notification for ``notice``: order and cause, then the first action."""
    orders = ", ".join(notice.order_ids)
    first = notice.actions[0] if notice.actions else None
    body = first.text if first else notice.subject
    if first and first.url:
        body += f"\n{first.url}"
    if notice.authenticity.verdict is Verdict.SUSPICIOUS:
        about = f" (order {orders})" if orders else ""
        title = f"Warning: a look-alike of an Amazon cancellation{about}; do not click its links"
        return Message(title, body, warning=True)
    shop = notice.marketplace or "Amazon"
    order = f"order {orders}" if orders else "order"
    return Message(f"{shop} {order} cancelled: {cause_words(notice.cause)}", body)


def cause_words(cause: Cause) -> str:
    if cause is Cause.UNKNOWN:
        return "reason unknown"
    return cause.value.replace("_", " ")


# --- targets -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Target:
    """Somewhere a notice can be sent.

    ``key`` is stored in the state as "this target has it": a digest, so that
    neither a URL nor a command line ends up there, and a changed URL counts
    as a new target that is still owed the notice.
    """

    key: str
    name: str  # for log lines; never holds a secret
    send: Callable[[Notice], bool]


def _digest(kind: str, text: str) -> str:
    return f"{kind}:{hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]}"


class Notifier:
    """The configured targets, and which notices they want (``causes``, ``verdicts``)."""

    def __init__(
        self,
        targets: Sequence[Target],
        *,
        causes: Iterable[Cause] = (),
        verdicts: Iterable[Verdict] = (),
    ) -> None:
        self.targets = list(targets)
        self.causes = frozenset(causes)
        self.verdicts = frozenset(verdicts)

    @classmethod
    def from_config(cls, config: NotifyConfig, urls: Sequence[SecretStr]) -> Notifier:
        """Targets of ``[notify]``; ``urls`` as read by ``config.resolve_notify_urls``.

        Raises ConfigError for a URL that Apprise does not understand.
        """
        targets: list[Target] = []
        if config.command:
            command = config.command
            targets.append(
                Target(_digest("command", command), "command", lambda n: notify(command, n))
            )
        for number, url in enumerate(urls, start=1):
            targets.append(_apprise_target(number, url.get_secret_value()))
        return cls(targets, causes=config.causes, verdicts=config.verdicts)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(t.key for t in self.targets)

    def wants(self, notice: Notice) -> bool:
        """True when a target is configured and the filters let ``notice`` through."""
        return (
            bool(self.targets)
            and notice.cause in self.causes
            and notice.authenticity.verdict in self.verdicts
        )

    def send(self, notice: Notice, done: frozenset[str], down: set[str]) -> frozenset[str]:
        """Send to every target not in ``done``; return the keys that now have it.

        A target that fails is added to ``down`` and skipped for the rest of
        the caller's run: a service that is down would otherwise cost its
        timeout once per owed notice.
        """
        have = set(done)
        for target in self.targets:
            if target.key in have or target.key in down:
                continue
            if target.send(notice):
                have.add(target.key)
                log.debug("notify: %s has %s", target.name, notice.source)
            else:
                down.add(target.key)
                log.warning(
                    "notify: %s failed for %s; it is sent again on the next poll",
                    target.name,
                    notice.source,
                )
        return frozenset(have)


# --- Apprise -----------------------------------------------------------------------


def _apprise_target(number: int, url: str) -> Target:
    # Imported here: every scan imports this package, and only the poller
    # with urls configured needs Apprise (a quarter of a second to import).
    import apprise

    scheme = urlsplit(url).scheme or "?"
    name = f"notify URL {number} ({scheme})"
    secrets = secret_parts(url)
    service = apprise.Apprise()
    with _redacted(secrets):
        added = service.add(url)
    if not added:
        raise ConfigError(
            "Apprise does not understand this URL; see "
            "https://github.com/caronc/apprise/wiki for the forms it takes",
            key=name,
        )

    def send(notice: Notice) -> bool:
        text = message(notice)
        kind = apprise.NotifyType.WARNING if text.warning else apprise.NotifyType.INFO
        try:
            with _redacted(secrets):
                return bool(
                    service.notify(
                        body=text.body,
                        title=text.title,
                        notify_type=kind,
                        body_format=apprise.NotifyFormat.TEXT,
                    )
                )
        except Exception as exc:
            # A plugin's own bug must cost one notification, not the poll; the
            # exception text may quote the URL, so only its type is shown.
            log.warning("notify: %s raised %s", name, type(exc).__name__)
            return False

    return Target(_digest("url", url), name, send)


def secret_parts(url: str) -> list[str]:
    """Every part of ``url`` that may be a secret, longest first.

    Services put tokens in every slot of a URL: the password, the user, the
    path, query values, even the host (``tgram://BOT_TOKEN/CHAT``). Only a
    host name with a dot (or localhost), the scheme and a port are kept.
    """
    parts = urlsplit(url)
    userinfo, _, hostport = parts.netloc.rpartition("@")
    host = re.sub(r":\d{1,5}$", "", hostport)
    pieces = [*userinfo.split(":"), *parts.path.split("/"), parts.fragment]
    pieces += [pair.partition("=")[2] for pair in parts.query.split("&")]
    if "." not in host and host != "localhost":
        pieces += host.split(":")
    found = {url}
    for piece in pieces:
        for form in (piece, unquote(piece), unquote(piece.replace("+", " "))):
            if len(form) >= 3:
                found.add(form)
    return sorted(found, key=len, reverse=True)


class _Redact(logging.Filter):
    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self.secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        text = record.getMessage()
        for secret in self.secrets:
            text = text.replace(secret, "***")
        record.msg, record.args = text, None
        if record.exc_info:
            # A traceback's text would bring the URL back; keep the type only.
            record.msg += f" ({record.exc_info[0].__name__ if record.exc_info[0] else ''})"
            record.exc_info, record.exc_text = None, None
        return True


@contextmanager
def _redacted(secrets: Sequence[str]) -> Iterator[None]:
    redact = _Redact(secrets)
    loggers = [logging.getLogger(name) for name in _SENDING_LOGGERS]
    for logger in loggers:
        logger.addFilter(redact)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(redact)


# --- the command -------------------------------------------------------------------


def notify(command: str, notice: Notice, *, timeout: float = NOTIFY_TIMEOUT) -> bool:
    """Run ``command`` with ``notice`` as JSON on stdin; True when it exited 0."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        log.warning("notify command cannot be split (%s); notice %s not sent", exc, notice.source)
        return False
    if not argv:
        return False
    try:
        done = subprocess.run(
            argv,
            input=notice.model_dump_json().encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except FileNotFoundError:
        log.warning("notify command not found: %s", argv[0])
        return False
    except subprocess.TimeoutExpired:
        log.warning("notify command timed out after %.0f s for %s", timeout, notice.source)
        return False
    except OSError as exc:
        log.warning("notify command could not run: %s", exc.strerror or exc)
        return False
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        log.warning(
            "notify command exited with status %d for %s%s",
            done.returncode,
            notice.source,
            f": {detail[-1]}" if detail else "",
        )
        return False
    return True
