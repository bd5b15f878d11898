"""A throw-away Dovecot 2.3 for the IMAP tests.

One server per test session, in a temp dir with its own config, TLS
certificate (self-signed, made now with the openssl CLI that Dovecot's package
depends on) and passwd-file; every test gets a fresh user, and so an empty
mailbox with INBOX, Junk (\\Junk), Sent and Trash.

The server logs per-session counters at logout (``imap_logout_format``), so a
test can tell from the server's side how many messages a client fetched.
"""

from __future__ import annotations

import grp
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import imapclient

DOVECOT_CANDIDATES = ("dovecot", "/usr/sbin/dovecot")

_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests log in with wrong passwords on purpose; answer them at once.
auth_failure_delay = 0
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
mail_location = maildir:~/Maildir
imap_logout_format = in=%i out=%o fetch_hdr_count=%{{fetch_hdr_count}} \
fetch_body_count=%{{fetch_body_count}} fetch_body_bytes=%{{fetch_body_bytes}}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users/%u
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={dir}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}
"""


def find_dovecot() -> str | None:
    for name in DOVECOT_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _parent_pid(proc: Path) -> int | None:
    try:
        # The command name in parentheses may hold spaces; the ppid follows it.
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Session:
    """Server-side counters of one IMAP session, from its logout line."""

    fetch_hdr_count: int
    fetch_body_count: int
    fetch_body_bytes: int


class Dovecot:
    """A running server; see the module docstring."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        # Not below pytest's tmp dir: that is private to root, and the mail
        # user (nobody) must be able to reach its home directory.
        self.dir = Path(tempfile.mkdtemp(prefix="cancel-mail-dovecot-"))
        self.dir.chmod(0o755)
        if os.geteuid() == 0:
            self.user, self.group = "nobody", grp.getgrgid(pwd.getpwnam("nobody").pw_gid).gr_name
        else:
            self.user = pwd.getpwuid(os.getuid()).pw_name
            self.group = grp.getgrgid(os.getgid()).gr_name
        self.port = free_port()
        self.tls_port = free_port()
        self.host = "127.0.0.1"
        self.cert = self.dir / "cert.pem"
        self.users_dir = self.dir / "users"
        self.process: subprocess.Popen[bytes] | None = None

    # --- lifecycle --------------------------------------------------------------

    def start(self) -> None:
        for sub in ("run", "state", "home"):
            (self.dir / sub).mkdir()
        self._chown(self.dir / "home")
        self._make_cert()
        # One passwd-file per user (the path has %u in it): a user added
        # while the server runs is seen at once, with no reload to wait for.
        self.users_dir.mkdir()
        conf = self.dir / "dovecot.conf"
        conf.write_text(
            _CONFIG.format(dir=self.dir, user=self.user, group=self.group,
                           port=self.port, tls_port=self.tls_port)
        )
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_ready()

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    def kill(self) -> None:
        """SIGKILL the master and every process it started: a crashed server.

        The children are listed first: once the master is gone they belong
        to init and could no longer be told apart.
        """
        assert self.process is not None
        master = self.process.pid
        children = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit()
                    and _parent_pid(p) == master]
        for pid in [master, *children]:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        # A killed process's sockets close as it dies, reaped or not: the
        # ports are free for restart().
        self.process.wait(timeout=10)

    def restart(self) -> None:
        """Start again after kill(), on the same config, ports and mail."""
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.dir / "dovecot.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self._wait_ready()

    def _make_cert(self) -> None:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
             "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
             "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
             "-keyout", str(self.dir / "key.pem"), "-out", str(self.cert)],
            check=True,
            capture_output=True,
        )
        (self.dir / "key.pem").chmod(0o600)

    def _wait_ready(self) -> None:
        # The imaps port says nothing before the handshake; the plain port greets.
        deadline = time.monotonic() + 15
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                err = self.process.stderr.read().decode() if self.process.stderr else ""
                log = self.log_text()
                raise RuntimeError(f"dovecot exited: {err}\n{log}")
            try:
                with socket.create_connection((self.host, self.port), timeout=1) as s:
                    if s.recv(100).startswith(b"* OK"):
                        return
            except OSError as exc:
                last_error = exc
            time.sleep(0.05)
        raise RuntimeError(f"dovecot did not greet on port {self.port}: {last_error}")

    def _chown(self, path: Path) -> None:
        if os.geteuid() == 0:
            shutil.chown(path, self.user, self.group)

    def log_text(self) -> str:
        path = self.dir / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # --- users and mail ------------------------------------------------------------

    def new_user(self) -> tuple[str, str]:
        """A fresh user with an empty mailbox; returns (username, password)."""
        name = f"u{secrets.token_hex(4)}"
        password = f"pw-{secrets.token_urlsafe(12)}"
        home = self.dir / "home" / name
        home.mkdir()
        self._chown(home)
        (self.users_dir / name).write_text(f"{name}:{{PLAIN}}{password}::::::\n")
        return name, password

    @contextmanager
    def client(self, user: str, password: str) -> Iterator[imapclient.IMAPClient]:
        """A logged-in imapclient on the plain port, for setting up and inspecting."""
        c = imapclient.IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        c.login(user, password)
        try:
            yield c
        finally:
            c.logout()
            # Wait for this session's logout line, so that a test's later log
            # offset never catches it and mistakes it for the program's.
            self.settle(user, plain_only=True)

    def append(self, user: str, password: str, folder: str, message: bytes,
               flags: tuple[bytes, ...] = ()) -> None:
        with self.client(user, password) as c:
            c.append(folder, message, flags=flags)

    def snapshot(self, user: str, password: str) -> dict[str, dict[int, tuple[bytes, ...]]]:
        """folder -> uid -> flags, for every folder, read with EXAMINE."""
        out: dict[str, dict[int, tuple[bytes, ...]]] = {}
        with self.client(user, password) as c:
            for _flags, _delim, name in c.list_folders():
                c.select_folder(name, readonly=True)
                uids = c.search("ALL")
                rows = c.fetch(uids, ["FLAGS"]) if uids else {}
                out[name] = {uid: tuple(sorted(r[b"FLAGS"])) for uid, r in rows.items()}
        return out

    def sessions(self, user: str, since_offset: int) -> list[Session]:
        """The logout counters of ``user``'s sessions logged after ``since_offset``.

        Dovecot writes the logout line just after the client has gone, so
        first wait (up to 10 s) until every login of the user has its logout.
        """
        self.settle(user)
        return self._sessions(user, since_offset)

    def settle(self, user: str, *, plain_only: bool = False) -> None:
        """Wait (up to 10 s) until each session of ``user`` that logged in has
        logged its logout; with ``plain_only``, only the plain-port sessions
        (this module's helpers), so a client that stays connected does not hold it up.
        """
        login = re.compile(rf"Login: user=<{re.escape(user)}>.*session=<([^>]+)>")
        logout = re.compile(rf"imap\({re.escape(user)}\)<\d+><([^>]+)>: \w+: Disconnected")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            text = self.log_text()
            started = {m.group(1) for line in text.splitlines()
                       if (m := login.search(line)) and not (plain_only and ", TLS" in line)}
            if started <= set(logout.findall(text)):
                return
            time.sleep(0.01)

    def _sessions(self, user: str, since_offset: int) -> list[Session]:
        text = self.log_text()[since_offset:]
        pattern = re.compile(
            rf"imap\({re.escape(user)}\).*?fetch_hdr_count=(\d+) "
            r"fetch_body_count=(\d+) fetch_body_bytes=(\d+)"
        )
        return [Session(int(a), int(b), int(c)) for a, b, c in pattern.findall(text)]

    def log_offset(self) -> int:
        return len(self.log_text())
