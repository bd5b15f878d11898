"""The poller's state in SQLite: folder positions, messages seen, notices found.

One file, WAL mode, and every batch of a folder written in one transaction, so
a run killed at any moment loses nothing and repeats nothing: the next run
starts after the last committed batch.

Tables:
  folders  (account, folder) -> uidvalidity, uidnext, last_uid
  seen     every message examined, match or not, keyed (account, folder, uidvalidity, uid)
  notices  every notice found, as its JSON, deduplicated by Message-ID + order ids
           so that a rescan after a UIDVALIDITY change reports nothing twice
  signals  order signals (e.g. "payment revision needed"), for later notices
  pending        notices still to report
  notifications  notices to notify about, and which targets have them

A lock file beside the database (``state.db.lock``) keeps two polls apart.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType

import filelock

from .errors import OutputError
from .models import Notice, OrderSignal

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS folders (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uidnext     INTEGER NOT NULL,
    last_uid    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (account, folder)
);
CREATE TABLE IF NOT EXISTS seen (
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    outcome     TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (account, folder, uidvalidity, uid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS notices (
    id          INTEGER PRIMARY KEY,
    dedup_key   TEXT NOT NULL UNIQUE,
    account     TEXT NOT NULL,
    folder      TEXT NOT NULL,
    uidvalidity INTEGER NOT NULL,
    uid         INTEGER NOT NULL,
    message_id  TEXT,
    sort_date   TEXT NOT NULL,
    found_at    TEXT NOT NULL,
    notice_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notices_by_date ON notices (sort_date);
-- Notices stored but not yet delivered (report written, notify run). A run
-- killed between its commit and its report leaves them here for the next run.
CREATE TABLE IF NOT EXISTS pending (
    notice_id   INTEGER PRIMARY KEY REFERENCES notices (id)
);
-- Notices queued for notification ([notify] command and urls) once reported.
-- done names the targets that have one already, so that a retry after a
-- failure sends only to the others. sent = 1 once every target has it. The
-- row stays: a notice reported again (poll --full) is not notified again.
-- (No semicolons in these comments: the schema is split on them.)
CREATE TABLE IF NOT EXISTS notifications (
    notice_id   INTEGER PRIMARY KEY REFERENCES notices (id),
    done        TEXT NOT NULL DEFAULT '',
    sent        INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS signals (
    id          INTEGER PRIMARY KEY,
    dedup_key   TEXT NOT NULL UNIQUE,
    found_at    TEXT NOT NULL,
    signal_json TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class Seen:
    """One examined message and what came of it (notice, signal, none, skipped ...)."""

    uid: int
    outcome: str


@dataclass(frozen=True, slots=True)
class Found:
    """A notice together with the message it was found in."""

    uid: int
    notice: Notice


def dedup_key(notice: Notice) -> str:
    """Same Message-ID and same orders: the same notice, wherever it was found."""
    orders = ",".join(sorted(notice.order_ids))
    if notice.message_id:
        return f"mid:{notice.message_id.strip()}|{orders}"
    date_text = notice.date.isoformat() if notice.date else ""
    return f"nomid:{notice.sender or ''}|{notice.subject}|{date_text}|{orders}"


def _signal_key(signal: OrderSignal) -> str:
    orders = ",".join(sorted(signal.order_ids))
    return f"{signal.message_id or signal.source}|{orders}|{signal.cause}"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _sort_date(notice: Notice, found_at: str) -> str:
    if notice.date is None:
        return found_at
    when = notice.date if notice.date.tzinfo else notice.date.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0).isoformat()


class Store:
    """The state database. Use as a context manager; one instance per thread."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fresh = not self.path.exists()
            # Autocommit mode: transactions are opened explicitly with BEGIN
            # IMMEDIATE, so that a writer waits for another instead of failing
            # half-way through a batch.
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            if fresh:
                # Notices quote mail; keep them private like the mailbox.
                os.chmod(self.path, 0o600)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            with self._transaction():
                # executescript() would commit on its own; run the statements
                # one by one inside this transaction instead.
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                    (str(SCHEMA_VERSION),),
                )
        except (OSError, sqlite3.Error) as exc:
            raise OutputError(f"cannot open the state database {self.path}: {exc}") from exc

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # --- reading -------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        row = self._query_one(
            "SELECT uidvalidity, uidnext, last_uid FROM folders WHERE account = ? AND folder = ?",
            (account, folder),
        )
        return FolderState(*row) if row else None

    def seen_uids(self, account: str, folder: str, uidvalidity: int) -> dict[int, str]:
        """UID -> outcome for every message examined in that folder generation."""
        try:
            rows = self._db.execute(
                "SELECT uid, outcome FROM seen WHERE account = ? AND folder = ? "
                "AND uidvalidity = ? ORDER BY uid",
                (account, folder, uidvalidity),
            ).fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return {int(uid): str(outcome) for uid, outcome in rows}

    def seen_count(self) -> int:
        """How many messages have been examined, over all accounts and folders."""
        row = self._query_one("SELECT count(*) FROM seen", ())
        return row[0] if row else 0

    def notice_count(self) -> int:
        """How many notices are stored."""
        row = self._query_one("SELECT count(*) FROM notices", ())
        return row[0] if row else 0

    def notices(self, since: date | None = None) -> list[Notice]:
        """Every stored notice (dated on or after ``since``), oldest first."""
        sql = "SELECT notice_json FROM notices"
        args: tuple[str, ...] = ()
        if since is not None:
            sql += " WHERE sort_date >= ?"
            args = (since.isoformat(),)
        sql += " ORDER BY sort_date, id"
        try:
            rows = self._db.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return [Notice.model_validate_json(row[0]) for row in rows]

    def signals(self) -> list[OrderSignal]:
        try:
            rows = self._db.execute("SELECT signal_json FROM signals ORDER BY id").fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return [OrderSignal.model_validate_json(row[0]) for row in rows]

    def _query_one(self, sql: str, args: tuple[object, ...]) -> tuple[int, ...] | None:
        try:
            row = self._db.execute(sql, args).fetchone()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return tuple(row) if row else None

    def pending(self) -> list[tuple[int, Notice]]:
        """(id, notice) for every notice committed but not yet marked delivered."""
        try:
            rows = self._db.execute(
                "SELECT n.id, n.notice_json FROM pending p JOIN notices n ON n.id = p.notice_id "
                "ORDER BY n.id"
            ).fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return [(int(i), Notice.model_validate_json(j)) for i, j in rows]

    # --- writing -------------------------------------------------------------

    def mark_delivered(self, ids: Sequence[int], *, to_notify: Sequence[int] = ()) -> None:
        """Forget that these notices await delivery: they were reported.

        ``to_notify`` (some of ``ids``) move to the notification queue in the
        same transaction, so that no moment exists where a notice is neither
        awaiting its report nor its notification. A notice is queued once
        only, however often it is reported.
        """
        try:
            with self._transaction() as db:
                db.executemany("DELETE FROM pending WHERE notice_id = ?", [(i,) for i in ids])
                db.executemany(
                    "INSERT OR IGNORE INTO notifications (notice_id) VALUES (?)",
                    [(i,) for i in to_notify],
                )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write the state database {self.path}: {exc}") from exc

    def unnotified(self) -> list[tuple[int, Notice, frozenset[str]]]:
        """(id, notice, targets done) for every notice whose notification is owed."""
        try:
            rows = self._db.execute(
                "SELECT n.id, n.notice_json, q.done FROM notifications q "
                "JOIN notices n ON n.id = q.notice_id WHERE q.sent = 0 ORDER BY n.id"
            ).fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"cannot read the state database: {exc}") from exc
        return [
            (int(i), Notice.model_validate_json(j), frozenset(str(done).split()))
            for i, j, done in rows
        ]

    def mark_notified(self, notice_id: int, done: frozenset[str], *, complete: bool) -> None:
        """Record the targets that have the notice; ``complete``: no more are owed it."""
        try:
            with self._transaction() as db:
                db.execute(
                    "UPDATE notifications SET done = ?, sent = ? WHERE notice_id = ?",
                    (" ".join(sorted(done)), int(complete), notice_id),
                )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write the state database {self.path}: {exc}") from exc

    def commit_batch(
        self,
        account: str,
        folder: str,
        *,
        uidvalidity: int,
        uidnext: int,
        last_uid: int,
        seen: Sequence[Seen] = (),
        found: Sequence[Found] = (),
        signals: Sequence[OrderSignal] = (),
        redeliver: bool = False,
    ) -> list[Notice]:
        """Record one batch of a folder in one transaction; return the notices new to the store.

        A notice already stored under the same Message-ID and order ids (found
        before a UIDVALIDITY change, or in another folder) is not new. With
        ``redeliver`` (``poll --full``) such a notice is stored again as found
        now and queued for delivery once more, though it is still not "new".
        """
        now = _now()
        new: list[Notice] = []
        try:
            with self._transaction() as db:
                db.execute(
                    "INSERT INTO folders (account, folder, uidvalidity, uidnext, last_uid, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (account, folder) DO UPDATE SET "
                    "uidvalidity = excluded.uidvalidity, uidnext = excluded.uidnext, "
                    "last_uid = excluded.last_uid, "
                    "updated_at = excluded.updated_at",
                    (account, folder, uidvalidity, uidnext, last_uid, now),
                )
                db.executemany(
                    "INSERT OR REPLACE INTO seen (account, folder, uidvalidity, uid, outcome, "
                    "seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [(account, folder, uidvalidity, s.uid, s.outcome, now) for s in seen],
                )
                for item in found:
                    cur = db.execute(
                        "INSERT OR IGNORE INTO notices (dedup_key, account, folder, uidvalidity, "
                        "uid, message_id, sort_date, found_at, notice_json) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (
                            dedup_key(item.notice),
                            account,
                            folder,
                            uidvalidity,
                            item.uid,
                            item.notice.message_id,
                            _sort_date(item.notice, now),
                            now,
                            item.notice.model_dump_json(),
                        ),
                    )
                    if cur.rowcount == 1:
                        new.append(item.notice)
                        db.execute(
                            "INSERT INTO pending (notice_id) VALUES (?)", (cur.lastrowid,)
                        )
                    elif redeliver:
                        self._restore(db, account, folder, uidvalidity, item, now)
                db.executemany(
                    "INSERT OR IGNORE INTO signals (dedup_key, found_at, signal_json) "
                    "VALUES (?, ?, ?)",
                    [(_signal_key(s), now, s.model_dump_json()) for s in signals],
                )
        except sqlite3.Error as exc:
            raise OutputError(f"cannot write the state database {self.path}: {exc}") from exc
        return new

    @staticmethod
    def _restore(
        db: sqlite3.Connection, account: str, folder: str, uidvalidity: int, item: Found, now: str
    ) -> None:
        # A full read may follow an upgrade that reads mail better: the stored
        # notice becomes the one found now, keeping its id and first found_at.
        row = db.execute(
            "UPDATE notices SET account = ?, folder = ?, uidvalidity = ?, uid = ?, "
            "message_id = ?, sort_date = ?, notice_json = ? WHERE dedup_key = ? RETURNING id",
            (
                account,
                folder,
                uidvalidity,
                item.uid,
                item.notice.message_id,
                _sort_date(item.notice, now),
                item.notice.model_dump_json(),
                dedup_key(item.notice),
            ),
        ).fetchone()
        if row is not None:
            db.execute("INSERT OR IGNORE INTO pending (notice_id) VALUES (?)", (row[0],))


def state_files(state_path: str | os.PathLike[str]) -> list[Path]:
    """The database and SQLite's companion files (WAL, shared memory) that exist now."""
    path = Path(state_path).expanduser()
    candidates = [path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")]
    return [p for p in candidates if p.exists()]


def delete_state(state_path: str | os.PathLike[str], *, wait: float) -> list[Path]:
    """Delete the state database under its lock; return the files deleted.

    The lock file stays: a poll that opened it a moment ago must keep
    excluding the next one, which it could not do on a new file of that name.
    """
    with state_lock(state_path, wait=wait) as locked:
        if not locked:
            raise OutputError(
                f"the state is in use (lock {Path(state_path).expanduser()}.lock): "
                "stop the running poll or watch and try again"
            )
        deleted: list[Path] = []
        for file in state_files(state_path):
            try:
                file.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise OutputError(f"cannot delete {file}: {exc.strerror}") from exc
            deleted.append(file)
        return deleted


@contextmanager
def state_lock(state_path: str | os.PathLike[str], *, wait: float) -> Iterator[bool]:
    """Hold ``STATE.lock`` for the block; yields False if not had within ``wait`` s.

    filelock takes flock on Unix and msvcrt's lock on Windows: both are
    released by the operating system when the process dies, so a killed poll
    never leaves a stale lock behind.
    """
    path = Path(f"{Path(state_path).expanduser()}.lock")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise OutputError(f"cannot create the lock file {path}: {exc.strerror}") from exc
    lock = filelock.FileLock(path, mode=0o600)
    try:
        lock.acquire(timeout=wait, poll_interval=0.1)
    except filelock.Timeout:
        yield False
        return
    except OSError as exc:
        raise OutputError(f"cannot create the lock file {path}: {exc.strerror}") from exc
    try:
        yield True
    finally:
        lock.release()
