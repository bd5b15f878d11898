"""Shared pieces of the fault and kill -9 tests: a mailbox worth polling, runs of
the console script against chosen state files, and the notices a run reported.

A notice is identified as the issue asks: by its Message-ID and order ids.
"What was reported" is what a run printed as a complete JSON report: a run
that died before finishing its output reported nothing.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from conftest import CLI, Account, cancellation, mail

NoticeKey = tuple[str, tuple[str, ...]]

NEWSLETTER_PAD = "x" * 60 + "\n"


def fill_mailbox(account: Account, *, notices: int = 20, shipped: int = 80,
                 newsletters: int = 200, first_order: int = 1) -> list[str]:
    """A few hundred messages over INBOX and Junk; returns the notices' order ids.

    About a quarter of each kind goes to Junk. Shipping mail names Amazon, so
    its header and body are fetched like a notice's; newsletters are left out
    by the server's SEARCH.
    """
    orders = [f"112-{first_order + n:07d}-{n:07d}" for n in range(notices)]
    with account.server.client(account.user, account.password) as c:
        for n in range(max(notices, shipped, newsletters)):
            folder = "Junk" if n % 4 == 3 else "INBOX"
            if n < newsletters:
                c.append(folder, mail("newsletter.eml") + NEWSLETTER_PAD.encode() * 20)
            if n < shipped:
                c.append(folder, mail("shipped.eml", **{"113-7654321-7654321":
                                                        f"113-{first_order + n:07d}-1"}))
            if n < notices:
                c.append(folder, cancellation(orders[n]))
    return orders


def write_config(account: Account, state: Path, name: str, **overrides: object) -> Path:
    """A config like ``account.write_config`` but with its own state file."""
    path = account.tmp / f"{name}.toml"
    path.write_text(f'[state]\npath = "{state}"\n\n' + account.account_toml(**overrides))
    path.chmod(0o600)
    return path


def run_poll(account: Account, config: Path, *, timeout: float = 120
             ) -> subprocess.CompletedProcess[str]:
    return account.run("poll", "--config", str(config), "--format", "json", timeout=timeout)


def start_poll(account: Account, config: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([CLI, "poll", "--config", str(config), "--format", "json"],
                            env=account.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def reported(stdout: str) -> list[NoticeKey]:
    """The notices of one run's complete JSON report (none if it printed none)."""
    if not stdout.strip():
        return []
    try:
        doc: dict[str, Any] = json.loads(stdout)
    except json.JSONDecodeError:
        return []  # cut off mid-write: the user did not get a report
    return [(str(n["message_id"]), tuple(sorted(n["order_ids"]))) for n in doc["notices"]]


def clean_run(account: Account, **overrides: object) -> list[NoticeKey]:
    """The notices one undisturbed poll finds, on a state file of its own."""
    config = write_config(account, account.tmp / "clean" / "state.db", "clean", **overrides)
    done = run_poll(account, config)
    assert done.returncode == 0, done.stderr
    found = reported(done.stdout)
    assert found, "the clean run found no notice: the comparison would prove nothing"
    return found


def twice(runs: Iterable[list[NoticeKey]]) -> list[NoticeKey]:
    """Notices reported by more than one run (or twice in one)."""
    counts = Counter(key for run in runs for key in run)
    return sorted(key for key, n in counts.items() if n > 1)


def union(runs: Iterable[list[NoticeKey]]) -> set[NoticeKey]:
    return {key for run in runs for key in run}


def integrity(state: Path) -> str:
    """``PRAGMA integrity_check`` of a state file (as the next run would open it)."""
    if not state.exists():
        return "ok"
    with closing(sqlite3.connect(state, timeout=30)) as db:
        return ", ".join(str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall())


def pending(state: Path) -> int:
    """How many notices the state holds as committed but not yet delivered."""
    if not state.exists():
        return 0
    with closing(sqlite3.connect(state, timeout=30)) as db:
        try:
            return int(db.execute("SELECT count(*) FROM pending").fetchone()[0])
        except sqlite3.OperationalError:  # killed before the schema was made
            return 0
