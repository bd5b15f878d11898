"""[notify]: push notifications through Apprise and the command hook, end to end.

A real Dovecot holds the mail and the installed console script polls it. The
notifications go to real endpoints on loopback: an HTTP receiver for Apprise's
``json://`` and an SMTP server (aiosmtpd) for ``mailto://``.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from conftest import CLI, Account, toml_value
from dovecot import free_port

pytestmark = pytest.mark.dovecot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
INVENTORY = FIXTURES / "en" / "inventory-whole-order-com.eml"  # genuine
CUSTOMER = FIXTURES / "en" / "customer-successful-cancellation-com.eml"  # the user's own
PHISH = FIXTURES / "phishing" / "p01-en-display-name-amaz0n.eml"  # suspicious
ORDER = {INVENTORY: "112-8773508-0732569", CUSTOMER: "112-3469204-8835894",
         PHISH: "114-3789584-3695547"}

HOOK_PASSWORD = "hook-Pa55-word"
HEADER_TOKEN = "tok-9f8e7d6c5b4a"
SMTP_PASSWORD = "smtp-Se-cret-42"


def fixture_mail(path: Path) -> bytes:
    return path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --- a JSON receiver --------------------------------------------------------------------


@dataclass
class Post:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    status: int


@dataclass
class Receiver:
    """An HTTP server on loopback that records every POST and answers ``status``."""

    status: int = 200
    posts: list[Post] = field(default_factory=list)
    port: int = 0

    def accepted(self) -> list[Post]:
        return [p for p in self.posts if p.status == 200]

    def url(self, query: str = "") -> str:
        return f"json://hookuser:{HOOK_PASSWORD}@127.0.0.1:{self.port}/hook{query}"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length) or b"{}")
            state.posts.append(Post(self.path, dict(self.headers.items()), body, state.status))
            self.send_response(state.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


# --- an SMTP server -----------------------------------------------------------------------


@dataclass
class Mailbox:
    port: int
    messages: list[tuple[Envelope, EmailMessage]] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)


@pytest.fixture
def smtp() -> Iterator[Mailbox]:
    box = Mailbox(free_port())

    class Handler:
        async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
            content = envelope.original_content or b""
            msg = message_from_bytes(content, policy=policy.default)
            assert isinstance(msg, EmailMessage)
            box.messages.append((envelope, msg))
            return "250 OK"

    def authenticator(server: object, session: Session, envelope: Envelope,
                      mechanism: str, data: object) -> AuthResult:
        if isinstance(data, LoginPassword):
            user, password = data.login.decode(), data.password.decode()
            box.logins.append((user, password))
            return AuthResult(success=(user, password) == ("cm", SMTP_PASSWORD))
        return AuthResult(success=False)

    controller = Controller(Handler(), hostname="127.0.0.1", port=box.port,
                            authenticator=authenticator, auth_require_tls=False)
    controller.start()
    yield box
    controller.stop()


# --- helpers --------------------------------------------------------------------------------


def notify_toml(**keys: object) -> str:
    return "\n[notify]\n" + "".join(f"{k} = {toml_value(v)}\n" for k, v in keys.items())


def poll(account: Account, config: Path) -> subprocess.CompletedProcess[str]:
    return account.run("--debug", "poll", "--config", str(config), "--format", "json")


def reported(done: subprocess.CompletedProcess[str]) -> dict[str, dict[str, Any]]:
    """order id -> notice, from poll's JSON report."""
    assert done.returncode == 0, done.stderr
    if not done.stdout.strip():
        return {}
    return {n["order_ids"][0]: n for n in json.loads(done.stdout)["notices"]}


def owed(account: Account) -> int:
    db = sqlite3.connect(f"file:{account.state}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM notifications WHERE sent = 0").fetchone()[0])
    finally:
        db.close()


def hook_command(out: Path) -> str:
    """A [notify] command that appends each notice's order id to ``out``."""
    script = out.with_suffix(".py")
    script.write_text(
        "import json, sys\n"
        "notice = json.load(sys.stdin)\n"
        f"with open({str(out)!r}, 'a') as f:\n"
        "    f.write(notice['order_ids'][0] + '\\n')\n"
    )
    return f"{sys.executable} {script}"


def hooked(out: Path) -> list[str]:
    return out.read_text().split() if out.exists() else []


def assert_no_secret(text: str) -> None:
    for secret in (HOOK_PASSWORD, HEADER_TOKEN, SMTP_PASSWORD):
        assert secret not in text


# --- tests ----------------------------------------------------------------------------------


def test_json_url_gets_order_cause_and_first_action(
    account: Account, receiver: Receiver
) -> None:
    for path in (INVENTORY, CUSTOMER, PHISH):
        account.append("INBOX", fixture_mail(path))
    url = receiver.url(f"?+X-Token={HEADER_TOKEN}")
    done = poll(account, account.write_config(extra=notify_toml(urls=[url])))
    notices = reported(done)
    assert sorted(notices) == sorted(ORDER.values())

    # One message per notice, except the order the user cancelled themselves.
    by_title = {p.body["title"]: p for p in receiver.posts}
    assert len(receiver.posts) == 2, [p.body for p in receiver.posts]
    genuine = by_title[f"amazon.com order {ORDER[INVENTORY]} cancelled: inventory shortage"]
    first = notices[ORDER[INVENTORY]]["actions"][0]
    assert genuine.body["message"] == f"{first['text']}\n{first['url']}"
    assert genuine.body["type"] == "info"
    [look_alike] = [p for p in receiver.posts if p is not genuine]
    assert look_alike.body["title"].startswith("Warning: a look-alike")
    assert ORDER[PHISH] in look_alike.body["title"]
    assert look_alike.body["type"] == "warning"
    assert look_alike.body["message"].startswith(notices[ORDER[PHISH]]["actions"][0]["text"])
    # The URL's credentials and header reached the receiver ...
    auth = base64.b64encode(f"hookuser:{HOOK_PASSWORD}".encode()).decode()
    assert genuine.headers["Authorization"] == f"Basic {auth}"
    assert genuine.headers["X-Token"] == HEADER_TOKEN
    assert genuine.path == "/hook"
    # ... and never the log, even with --debug.
    assert_no_secret(done.stderr)
    # --debug shows what was sent where, with the secret parts masked.
    assert f"notify: notify URL 1 (json) has imap://{account.name}/INBOX" in done.stderr
    assert "***" in done.stderr
    assert owed(account) == 0

    config = account.write_config(extra=notify_toml(urls=[url]))
    again = poll(account, config)
    assert reported(again) == {}
    assert len(receiver.posts) == 2
    # A full read reports every notice again, but tells nobody twice.
    full = account.run("poll", "--full", "--config", str(config), "--format", "json")
    assert sorted(reported(full)) == sorted(ORDER.values())
    assert len(receiver.posts) == 2


def test_mailto_url_sends_an_email(account: Account, smtp: Mailbox) -> None:
    account.append("INBOX", fixture_mail(INVENTORY))
    url = (f"mailto://cm:{SMTP_PASSWORD}@127.0.0.1:{smtp.port}"
           "?mode=insecure&from=cancel-mail@example.org&to=me@example.org")
    done = poll(account, account.write_config(extra=notify_toml(urls=[url])))
    notice = reported(done)[ORDER[INVENTORY]]
    assert smtp.logins == [("cm", SMTP_PASSWORD)]
    [(envelope, msg)] = smtp.messages
    assert envelope.rcpt_tos == ["me@example.org"]
    assert msg["Subject"] == f"amazon.com order {ORDER[INVENTORY]} cancelled: inventory shortage"
    body = msg.get_body(("plain", "html"))
    assert body is not None
    assert notice["actions"][0]["text"] in " ".join(body.get_content().split())
    assert_no_secret(done.stderr)


def test_a_failing_endpoint_keeps_the_notice_owed_until_the_next_poll(
    account: Account, receiver: Receiver, tmp_path: Path
) -> None:
    out = tmp_path / "hook.txt"
    account.append("INBOX", fixture_mail(INVENTORY))
    config = account.write_config(
        extra=notify_toml(command=hook_command(out), urls=[receiver.url()])
    )
    receiver.status = 500
    first = poll(account, config)
    # The report is out and the command ran; the failed URL is logged, not fatal.
    assert list(reported(first)) == [ORDER[INVENTORY]]
    assert hooked(out) == [ORDER[INVENTORY]]
    assert len(receiver.posts) == 1 and receiver.accepted() == []
    assert "notify URL 1 (json) failed" in first.stderr
    assert_no_secret(first.stderr)
    assert owed(account) == 1

    receiver.status = 200
    second = poll(account, config)
    assert reported(second) == {}  # the report is not repeated ...
    assert [p.body["title"] for p in receiver.accepted()] == [
        f"amazon.com order {ORDER[INVENTORY]} cancelled: inventory shortage"
    ]  # ... the notification is sent ...
    assert hooked(out) == [ORDER[INVENTORY]]  # ... and only where it had failed.
    assert owed(account) == 0

    third = poll(account, config)
    assert reported(third) == {}
    assert len(receiver.posts) == 2


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, [INVENTORY, PHISH]),
        ({"verdicts": ["suspicious"]}, [PHISH]),
        ({"causes": ["customer_request"]}, [CUSTOMER]),
        ({"causes": ["inventory_shortage", "fraud_prevention"], "verdicts": ["genuine"]},
         [INVENTORY]),
    ],
    ids=["default-not-the-users-own", "look-alikes-only", "the-users-own-only", "both"],
)
def test_the_command_hook_takes_the_filters(
    account: Account, tmp_path: Path, filters: dict[str, list[str]], expected: list[Path]
) -> None:
    out = tmp_path / "hook.txt"
    for path in (INVENTORY, CUSTOMER, PHISH):
        account.append("INBOX", fixture_mail(path))
    config = account.write_config(extra=notify_toml(command=hook_command(out), **filters))
    assert len(reported(poll(account, config))) == 3
    assert sorted(hooked(out)) == sorted(ORDER[p] for p in expected)


def test_urls_from_an_environment_variable_and_a_command(
    account: Account, receiver: Receiver, tmp_path: Path
) -> None:
    account.append("INBOX", fixture_mail(INVENTORY))
    printer = tmp_path / "urls.py"
    printer.write_text(f"print({receiver.url('?+X-From=command')!r})\n")
    account.extra_env = {"CM_NOTIFY_URLS": receiver.url("?+X-From=env")}
    config = account.write_config(extra=notify_toml(
        urls_env="CM_NOTIFY_URLS", urls_command=f"{sys.executable} {printer}"))
    done = poll(account, config)
    assert list(reported(done)) == [ORDER[INVENTORY]]
    assert sorted(p.headers["X-From"] for p in receiver.accepted()) == ["command", "env"]
    assert_no_secret(done.stderr)


@pytest.mark.parametrize("command", ["poll", "check"])
def test_a_url_apprise_does_not_know_is_a_config_error_that_hides_the_url(
    account: Account, command: str
) -> None:
    url = f"nosuchservice://user:{HOOK_PASSWORD}@example.org/{HEADER_TOKEN}"
    config = account.write_config(extra=notify_toml(urls=[receiver_free_url(), url]))
    done = account.run("--debug", command, "--config", str(config))
    assert done.returncode == 2, done.stderr
    assert "notify URL 2 (nosuchservice)" in done.stderr
    assert_no_secret(done.stderr)


def receiver_free_url() -> str:
    return f"json://127.0.0.1:{free_port()}/"


def test_watch_notifies_too(account: Account, receiver: Receiver) -> None:
    config = account.write_config(extra=notify_toml(urls=[receiver.url()]))
    proc = subprocess.Popen([CLI, "watch", "--config", str(config), "--format", "json"],
                            env=account.env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        account.append("INBOX", fixture_mail(INVENTORY))
        deadline = time.monotonic() + 30
        while not receiver.accepted() and time.monotonic() < deadline:
            assert proc.poll() is None, proc.communicate()[1]
            time.sleep(0.1)
        assert [p.body["title"] for p in receiver.accepted()] == [
            f"amazon.com order {ORDER[INVENTORY]} cancelled: inventory shortage"
        ]
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert_no_secret(err)
