"""State in the open: `cancel-mail reset` and `poll --full`, against a real Dovecot.

reset deletes the state database (after a yes, or with --yes), so the next poll
reports everything again; poll --full reads everything again but keeps the
history. Both run the installed console script.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI, Account, cancellation, mail

from cancel_mail.config import load_config
from cancel_mail.errors import OutputError
from cancel_mail.polling import reset
from cancel_mail.store import state_lock

pytestmark = pytest.mark.dovecot


def poll(account: Account, config: Path, *extra: str) -> list[str]:
    """The order ids that a poll reported, in report order."""
    done = account.run("poll", "--config", str(config), "--format", "json", *extra)
    assert done.returncode == 0, done.stderr
    if not done.stdout.strip():
        return []
    doc: dict[str, Any] = json.loads(done.stdout)
    return sorted(o for n in doc["notices"] for o in n["order_ids"])


def reset_cli(account: Account, config: Path, *extra: str,
              answer: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "reset", "--config", str(config), *extra],
        env=account.env(), input=answer, capture_output=True, text=True, timeout=60,
        check=False,
    )


def stored_notices(account: Account) -> int:
    db = sqlite3.connect(f"file:{account.state}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM notices").fetchone()[0])
    finally:
        db.close()


@pytest.fixture
def polled(account: Account) -> tuple[Account, Path]:
    """An account with a notice in INBOX and one in Junk, polled once."""
    account.append("INBOX", cancellation("112-0000001-0000001"))
    account.append("INBOX", mail("newsletter.eml"))
    account.append("Junk", cancellation("112-0000002-0000002"))
    config = account.write_config()
    assert poll(account, config) == ["112-0000001-0000001", "112-0000002-0000002"]
    assert poll(account, config) == []  # the baseline: nothing new, nothing reported
    return account, config


def test_poll_full_reports_again_and_keeps_the_history(polled: tuple[Account, Path]) -> None:
    account, config = polled
    both = ["112-0000001-0000001", "112-0000002-0000002"]
    assert poll(account, config, "--full") == both
    assert poll(account, config, "--full") == both  # every time, not only once
    assert poll(account, config) == []  # and a normal poll is incremental again
    assert stored_notices(account) == 2  # reported again, not stored twice

    account.append("INBOX", cancellation("112-0000003-0000003"))
    assert poll(account, config) == ["112-0000003-0000003"]
    report = account.run("report", "--config", str(config), "--format", "json")
    assert len(json.loads(report.stdout)["notices"]) == 3


def test_reset_with_yes_deletes_the_state_and_the_next_poll_reports_all(
    polled: tuple[Account, Path],
) -> None:
    account, config = polled
    assert account.state.exists()
    done = reset_cli(account, config, "--yes")
    assert done.returncode == 0, done.stderr
    assert f"deleted {account.state}" in done.stdout
    assert not account.state.exists()
    assert not Path(f"{account.state}-wal").exists()
    assert poll(account, config) == ["112-0000001-0000001", "112-0000002-0000002"]


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("yes\n", True),
                                                 ("n\n", False), ("", False)],
                         ids=["y", "yes", "n", "eof"])
def test_reset_asks_first(polled: tuple[Account, Path], answer: str, deleted: bool) -> None:
    account, config = polled
    done = reset_cli(account, config, answer=answer)
    assert "2 notices" in done.stderr and "[y/N]" in done.stderr
    assert done.returncode == (0 if deleted else 1)
    assert account.state.exists() is not deleted
    if not deleted:
        assert "nothing deleted" in done.stderr
        assert poll(account, config) == []


def test_reset_without_state_says_so(account: Account) -> None:
    config = account.write_config()
    done = reset_cli(account, config, "--yes")
    assert done.returncode == 0
    assert "no state to delete" in done.stderr
    assert not account.state.exists()


def test_reset_refuses_while_a_poll_holds_the_lock(polled: tuple[Account, Path]) -> None:
    account, config = polled
    loaded = load_config(config)
    with state_lock(loaded.state_path, wait=0) as locked:
        assert locked
        with pytest.raises(OutputError, match="in use"):
            reset(loaded, lock_wait=0.2)
        done = reset_cli(account, config, "--yes")
    assert done.returncode == 1
    assert "in use" in done.stderr
    assert account.state.exists()
