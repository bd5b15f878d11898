"""IMAP part of the benchmark: a real Dovecot with N messages in INBOX, polled twice.

It reuses the test suite's throw-away server (tests/dovecot.py). The messages are
the first N of the generated mailbox, copied into the user's Maildir (much faster
than N APPENDs) and indexed by one EXAMINE before the clock starts.

Measured:
- first poll: wall time, messages whose headers and bodies were fetched, body bytes
  and all bytes the server sent (Dovecot's own per-session counters), and the
  UID FETCH commands with the largest UID set in one of them (chunking);
- second poll with nothing new: every IMAP command the client sent after login,
  counted by wrapping imaplib's ``_command`` (imapclient sends everything through it).
"""

from __future__ import annotations

import imaplib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
# Commands that belong to the connection, not to a folder.
_SESSION_COMMANDS = {"CAPABILITY", "LOGIN", "AUTHENTICATE", "LOGOUT", "ID", "ENABLE", "LIST",
                     "LSUB", "NAMESPACE", "STARTTLS", "COMPRESS"}


@contextmanager
def _count_commands() -> Iterator[list[tuple[str, str]]]:
    """Every command sent while active, as (name, argument): imaplib's own commands
    and imapclient's raw ones both take a fresh tag and go out through ``send``."""
    sent: list[tuple[str, str]] = []
    tags: set[bytes] = set()
    new_tag, send = imaplib.IMAP4._new_tag, imaplib.IMAP4.send

    def counting_tag(self: imaplib.IMAP4) -> bytes:
        tag: bytes = new_tag(self)  # type: ignore[attr-defined]
        tags.add(tag)
        return tag

    def counting_send(self: imaplib.IMAP4, data: bytes) -> None:
        words = bytes(data).split(b" ", 4)
        if words and words[0] in tags:
            tags.discard(words[0])
            name = words[1].decode(errors="replace").strip().upper() if len(words) > 1 else ""
            arg = words[2].decode(errors="replace").strip() if len(words) > 2 else ""
            sent.append((name, arg))
            if name == "UID" and arg.upper() == "FETCH" and len(words) > 3:
                sent.append(("#uidset", _uid_count(words[3])))
        send(self, data)

    imaplib.IMAP4._new_tag = counting_tag  # type: ignore[attr-defined]
    imaplib.IMAP4.send = counting_send  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        imaplib.IMAP4._new_tag = new_tag  # type: ignore[attr-defined]
        imaplib.IMAP4.send = send  # type: ignore[method-assign]


def _uid_count(uidset: Any) -> str:
    text = uidset.decode() if isinstance(uidset, bytes) else str(uidset)
    total = 0
    for item in text.split(","):
        lo, _, hi = item.partition(":")
        total += (int(hi) - int(lo) + 1) if hi and hi != "*" and lo.isdigit() else 1
    return str(total)


def _version(binary: str) -> str:
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    except OSError:
        return "?"
    return done.stdout.split(" ")[0].strip() or "?"


def _server_out_bytes(log: str, user: str) -> int:
    return sum(int(m) for m in re.findall(rf"imap\({re.escape(user)}\).*? out=(\d+)", log))


def measure(n: int, out: Path, mailbox: Path) -> list[str]:
    """``mailbox`` is a generated mailbox folder; its Maildir supplies the messages."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    try:
        from dovecot import Dovecot, find_dovecot  # the test suite's server helper
    except ImportError as exc:
        return ["", f"IMAP: not measured (tests/dovecot.py could not be imported: {exc})"]
    from cancel_mail.config import load_config
    from cancel_mail.polling import poll

    binary = find_dovecot()
    if binary is None:
        return ["", "IMAP: not measured (Dovecot is not installed)"]
    source = mailbox / "Maildir"
    files = sorted((source / "cur").iterdir()) + sorted((source / "new").iterdir())
    files = files[:n]
    server = Dovecot(binary)
    tmp = Path(tempfile.mkdtemp(prefix="cancel-mail-imap-bench-"))
    lines = [""]
    try:
        server.start()
        user, password = server.new_user()
        with server.client(user, password) as c:
            c.select_folder("INBOX", readonly=True)  # Dovecot makes the Maildir
        cur = server.dir / "home" / user / "Maildir" / "cur"
        size = 0
        for i, f in enumerate(files):
            # Keep the order: Dovecot numbers the UIDs by file name.
            target = cur / f"{1_700_000_000 + i}.M{i}.bench:2,S"
            shutil.copyfile(f, target)
            if os.geteuid() == 0:
                shutil.chown(target, server.user, server.group)
            size += f.stat().st_size
        with server.client(user, password) as c:
            c.select_folder("INBOX", readonly=True)  # builds Dovecot's index now
        config = tmp / "config.toml"
        config.write_text(
            f'[state]\npath = "{tmp / "state.db"}"\n\n[[account]]\nname = "bench"\n'
            f'host = "{server.host}"\nport = {server.tls_port}\nsecurity = "tls"\n'
            f'ca_file = "{server.cert}"\nusername = "{user}"\npassword_env = "CM_BENCH_PW"\n'
        )
        os.environ["CM_BENCH_PW"] = password
        cfg = load_config(config)

        def measured_poll() -> tuple[Any, float, list[tuple[str, str]], Any, int]:
            """One poll: its result, seconds, the commands sent, Dovecot's session
            counters and the bytes the server sent."""
            offset = server.log_offset()
            with _count_commands() as commands:
                t0 = time.perf_counter()
                result = poll(cfg)
                seconds = time.perf_counter() - t0
            [session] = server.sessions(user, offset)
            sent = _server_out_bytes(server.log_text()[offset:], user)
            return result, seconds, commands, session, sent

        first, first_time, first_cmds, s1, out1 = measured_poll()
        second, second_time, second_cmds, s2, out2 = measured_poll()
    finally:
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        os.environ.pop("CM_BENCH_PW", None)

    folders = [f.folder for f in second.folders] if second.folders else ["INBOX", "Junk"]
    fetches = [c for c in first_cmds if c[0] == "UID" and c[1].upper() == "FETCH"]
    sets = [int(c[1]) for c in first_cmds if c[0] == "#uidset"]
    after_login = [c for c in second_cmds if c[0] != "#uidset"]
    per_folder = [c for c in after_login if c[0] not in _SESSION_COMMANDS]
    lines += [
        f"IMAP (Dovecot {_version(binary)}, TLS on 127.0.0.1): {len(files):,} messages, "
        f"{size / 1e6:,.0f} MB in INBOX, Junk empty.",
        f"- first poll: {first_time:.1f} s; headers fetched for {s1.fetch_hdr_count:,} "
        f"messages, bodies for {s1.fetch_body_count:,} ({s1.fetch_body_bytes / 1e6:,.1f} MB); "
        f"server sent {out1 / 1e6:,.1f} MB in all; {len(fetches)} UID FETCH commands, at most "
        f"{max(sets, default=0):,} UIDs in one; notices found: {len(first.notices)}.",
        f"- second poll, nothing new: {second_time:.2f} s; {len(after_login)} commands in all: "
        + ", ".join(f"{name}{' ' + arg if name == 'UID' else ''}" for name, arg in after_login)
        + f"; per folder ({len(folders)} folders: {', '.join(folders)}): "
        f"{len(per_folder) / max(len(folders), 1):.1f}; fetched {s2.fetch_hdr_count} headers, "
        f"{s2.fetch_body_count} bodies; server sent {out2:,} bytes.",
    ]
    (out / "imap-bench.json").write_text(json.dumps({
        "first_commands": first_cmds[:50], "first_failures": [str(f) for f in first.failures],
        "messages": len(files), "first_seconds": first_time,
        "per_folder": len(per_folder) / max(len(folders), 1),
        "first": [s1.fetch_hdr_count, s1.fetch_body_count, s1.fetch_body_bytes, out1],
        "second_commands": after_login, "second": [s2.fetch_hdr_count, s2.fetch_body_count, out2],
    }, indent=1))
    return lines
