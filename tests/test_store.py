"""The SQLite state: folder positions, seen messages, deduplicated notices, the lock."""

from __future__ import annotations

import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cancel_mail.errors import OutputError
from cancel_mail.models import Authenticity, Cause, Notice, OrderSignal, Verdict
from cancel_mail.store import Found, Seen, Store, state_lock


def notice(order: str, *, message_id: str | None = "<m1@amazon.com>",
           day: int = 20, source: str = "imap://a/INBOX;UIDVALIDITY=1;UID=1") -> Notice:
    return Notice(
        source=source,
        message_id=message_id,
        date=datetime(2026, 11, day, 8, 0, tzinfo=UTC),
        sender="auto-confirm@amazon.com",
        subject=f"Your order #{order} has been canceled",
        order_ids=[order],
        cause=Cause.INVENTORY_SHORTAGE,
        confidence=0.9,
        authenticity=Authenticity(verdict=Verdict.GENUINE),
    )


def test_folder_state_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.folder_state("a", "INBOX") is None
        store.commit_batch("a", "INBOX", uidvalidity=7, uidnext=11, last_uid=10,
                           seen=[Seen(3, "none"), Seen(10, "notice")])
    # A new connection sees what the first one committed.
    with Store(tmp_path / "s.db") as store:
        state = store.folder_state("a", "INBOX")
        assert state is not None
        assert (state.uidvalidity, state.uidnext, state.last_uid) == (7, 11, 10)
        assert store.seen_uids("a", "INBOX", 7) == {3: "none", 10: "notice"}
        assert store.seen_uids("a", "INBOX", 8) == {}


def test_database_is_wal_and_private(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "s.db"
    with Store(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_same_notice_is_new_only_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = store.commit_batch("a", "INBOX", uidvalidity=1, uidnext=2, last_uid=1,
                                   found=[Found(1, notice("112-1"))])
        assert [n.order_ids for n in first] == [["112-1"]]
        # The folder was recreated: new UIDVALIDITY, same message again, plus a new one.
        again = store.commit_batch(
            "a", "INBOX", uidvalidity=2, uidnext=3, last_uid=2,
            found=[Found(1, notice("112-1", source="imap://a/INBOX;UIDVALIDITY=2;UID=1")),
                   Found(2, notice("112-2", message_id="<m2@amazon.com>"))],
        )
        assert [n.order_ids for n in again] == [["112-2"]]
        assert len(store.notices()) == 2


def test_notices_without_message_id_are_deduplicated_by_content(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        a = store.commit_batch("a", "Junk", uidvalidity=1, uidnext=2, last_uid=1,
                               found=[Found(1, notice("112-9", message_id=None))])
        b = store.commit_batch("a", "Junk", uidvalidity=5, uidnext=2, last_uid=1,
                               found=[Found(1, notice("112-9", message_id=None))])
        assert len(a) == 1 and b == []


def test_history_since_filters_on_the_notice_date(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.commit_batch(
            "a", "INBOX", uidvalidity=1, uidnext=3, last_uid=2,
            found=[Found(1, notice("112-1", message_id="<a@x>", day=10)),
                   Found(2, notice("112-2", message_id="<b@x>", day=25))],
        )
        assert [n.order_ids[0] for n in store.notices()] == ["112-1", "112-2"]
        assert [n.order_ids[0] for n in store.notices(date(2026, 11, 20))] == ["112-2"]
        assert store.notices(date(2027, 1, 1)) == []


def test_notice_json_round_trips(tmp_path: Path) -> None:
    original = notice("112-1")
    with Store(tmp_path / "s.db") as store:
        store.commit_batch("a", "INBOX", uidvalidity=1, uidnext=2, last_uid=1,
                           found=[Found(1, original)])
        assert store.notices() == [original]


def test_signals_are_kept_once(tmp_path: Path) -> None:
    signal = OrderSignal(source="imap://a/INBOX;UIDVALIDITY=1;UID=4", message_id="<s@x>",
                         order_ids=["112-1"], cause=Cause.PAYMENT_ISSUE,
                         phrase="payment revision")
    with Store(tmp_path / "s.db") as store:
        for _ in range(2):
            store.commit_batch("a", "INBOX", uidvalidity=1, uidnext=5, last_uid=4,
                               signals=[signal])
        assert store.signals() == [signal]


def test_a_failed_batch_leaves_no_trace(tmp_path: Path) -> None:
    # SQLite cannot bind an object: the batch fails after the folder row was updated.
    unbindable = Seen(object(), "none")  # type: ignore[arg-type]
    with Store(tmp_path / "s.db") as store:
        store.commit_batch("a", "INBOX", uidvalidity=1, uidnext=2, last_uid=1)
        with pytest.raises(OutputError):
            store.commit_batch("a", "INBOX", uidvalidity=1, uidnext=9, last_uid=8,
                               seen=[Seen(8, "none"), unbindable],
                               found=[Found(8, notice("112-1"))])
        state = store.folder_state("a", "INBOX")
        assert state is not None and state.last_uid == 1
        assert store.seen_uids("a", "INBOX", 1) == {}
        assert store.notices() == []


def test_lock_keeps_a_second_holder_out(tmp_path: Path) -> None:
    state = tmp_path / "s.db"
    with state_lock(state, wait=0) as first:
        assert first
        outcome: list[bool] = []

        def second() -> None:
            with state_lock(state, wait=0.3) as got:
                outcome.append(got)

        thread = threading.Thread(target=second)
        thread.start()
        thread.join()
        assert outcome == [False]
    assert (tmp_path / "s.db.lock").exists()
    with state_lock(state, wait=0) as again:
        assert again


def test_lock_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    state = tmp_path / "s.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from cancel_mail.store import state_lock\n"
         "with state_lock(sys.argv[1], wait=5) as got:\n"
         "    print(got, flush=True)\n"
         "    time.sleep(60)\n",
         str(state)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        with state_lock(state, wait=0.3) as got:
            assert not got
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
        # No stale lock: the operating system released it with the process.
        with state_lock(state, wait=0) as got:
            assert got
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
