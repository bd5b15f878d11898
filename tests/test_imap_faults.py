"""Server faults during `cancel-mail poll`, against the real Dovecot.

Every scenario ends the same way: after the fault, the next poll completes,
and everything the runs reported, put together, is exactly what one clean,
undisturbed run over the same mail reports (by Message-ID and order ids),
with no notice reported twice. The state file passes ``PRAGMA
integrity_check`` after each fault.

Faults a real server produces are made with the real server: its imap
process killed mid-fetch, a refused login, a deleted folder, a recreated
folder (new UIDVALIDITY). A connection reset and a server that stops
answering are made by a TCP proxy between the poller and Dovecot
(tests/faults_proxy.py). A full disk is a tiny tmpfs holding the state file.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import Account, cancellation, mail
from dovecot import Dovecot
from faults_mail import (
    NoticeKey,
    clean_run,
    fill_mailbox,
    integrity,
    reported,
    run_poll,
    start_poll,
    twice,
    union,
    write_config,
)
from faults_proxy import FaultProxy

pytestmark = pytest.mark.dovecot


def converged(runs: list[list[NoticeKey]], clean: list[NoticeKey]) -> None:
    assert twice(runs) == [], "reported twice"
    assert union(runs) == set(clean), f"lost: {set(clean) - union(runs)}"


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("cancel-mail: error: account test: ")
    return lines[0]


# --- the server's imap process killed mid-fetch ----------------------------------------


def imap_process_of(account: Account) -> int:
    """The pid of the Dovecot imap process serving the user's latest login."""
    pattern = re.compile(rf"Login: user=<{re.escape(account.user)}>.*?mpid=(\d+)")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        found = pattern.findall(account.server.log_text())
        if found:
            return int(found[-1])
        time.sleep(0.02)
    raise AssertionError("no login of the user in Dovecot's log")


def in_process_small_batches(
    monkeypatch: pytest.MonkeyPatch, account: Account
) -> tuple[ModuleType, ModuleType]:
    """The polling and IMAP modules, for a poll in this process whose batches and
    body chunks are small, so that some batches are committed before a fault."""
    poll_module = importlib.import_module("cancel_mail.polling")
    imap_module = importlib.import_module("cancel_mail.sources.imap")
    monkeypatch.setattr(poll_module, "BATCH_UIDS", 10)
    monkeypatch.setattr(imap_module, "BODY_CHUNK_MAX", 3)
    monkeypatch.setenv(account.env_var, account.password)
    return poll_module, imap_module


def notice_keys(result: Any) -> list[NoticeKey]:
    """One delivered batch of an in-process poll, keyed as ``reported`` keys a report."""
    return [(str(n.message_id), tuple(sorted(n.order_ids))) for n in result.notices]


@pytest.mark.parametrize("stage", ["headers-1", "bodies-1", "bodies-4", "bodies-9"])
def test_server_killed_mid_fetch(
    account: Account, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    """SIGKILL Dovecot's imap process as the poll sends its Nth FETCH."""
    from cancel_mail.config import load_config

    fill_mailbox(account)
    clean = clean_run(account)
    poll_module, imap_module = in_process_small_batches(monkeypatch, account)
    kind, nth = stage.split("-")
    fetch = imap_module.imapclient.IMAPClient.fetch
    calls = 0
    killed: list[int] = []

    def fetch_then_die(self: Any, messages: Any, data: Any, *args: Any, **kw: Any) -> Any:
        nonlocal calls
        is_body = "BODY.PEEK[]" in data
        if is_body == (kind == "bodies"):
            calls += 1
            if calls == int(nth) and not killed:
                pid = imap_process_of(account)
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
        return fetch(self, messages, data, *args, **kw)

    monkeypatch.setattr(imap_module.imapclient.IMAPClient, "fetch", fetch_then_die)
    config_path = write_config(account, account.state, "faulted")
    delivered: list[list[NoticeKey]] = []
    result = poll_module.poll(
        load_config(config_path), deliver=lambda r: delivered.append(notice_keys(r))
    )
    assert killed, "the fault was never injected"
    [failure] = result.failures
    assert "lost" in failure.error or "cannot talk" in failure.error, failure.error
    assert integrity(account.state) == "ok"

    monkeypatch.setattr(imap_module.imapclient.IMAPClient, "fetch", fetch)
    done = run_poll(account, config_path)
    assert done.returncode == 0, done.stderr
    converged([*delivered, reported(done.stdout)], clean)
    again = run_poll(account, config_path)
    assert (again.returncode, again.stdout) == (0, "")


@pytest.fixture
def own_server(dovecot: Dovecot, tmp_path: Path) -> Iterator[Account]:
    """An account on a Dovecot of this test's own, free to be killed."""
    server = Dovecot(dovecot.binary)
    try:
        server.start()
        user, password = server.new_user()
        yield Account(server, user, password, tmp_path)
    finally:
        server.stop()


def test_whole_server_killed_mid_fetch_and_restarted(
    own_server: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL the Dovecot master and all its processes during the bodies' FETCHes;
    restart it on the same mail; the next poll completes."""
    from cancel_mail.config import load_config

    account = own_server
    fill_mailbox(account)
    clean = clean_run(account)
    poll_module, imap_module = in_process_small_batches(monkeypatch, account)
    fetch = imap_module.imapclient.IMAPClient.fetch
    calls = 0

    def fetch_then_crash(self: Any, messages: Any, data: Any, *args: Any, **kw: Any) -> Any:
        nonlocal calls
        if "BODY.PEEK[]" in data:
            calls += 1
            if calls == 5:
                account.server.kill()
        return fetch(self, messages, data, *args, **kw)

    monkeypatch.setattr(imap_module.imapclient.IMAPClient, "fetch", fetch_then_crash)
    config_path = write_config(account, account.state, "faulted")
    delivered: list[list[NoticeKey]] = []
    result = poll_module.poll(
        load_config(config_path), deliver=lambda r: delivered.append(notice_keys(r))
    )
    assert calls >= 5 and len(result.failures) == 1, result.failures
    assert integrity(account.state) == "ok"

    monkeypatch.setattr(imap_module.imapclient.IMAPClient, "fetch", fetch)
    down = run_poll(account, config_path)  # the server is still down
    assert "Connection refused" in one_line_error(down)
    account.server.restart()
    done = run_poll(account, config_path)
    assert done.returncode == 0, done.stderr
    converged([*delivered, reported(down.stdout), reported(done.stdout)], clean)


# --- a connection reset, a server that stops answering ---------------------------------


CUTS = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95]


def test_connection_reset_at_many_points(account: Account) -> None:
    """The proxy resets the connection after a share of a whole poll's bytes."""
    fill_mailbox(account)
    upstream = (account.server.host, account.server.tls_port)
    with FaultProxy(upstream) as counting:
        clean = clean_run(account, port=counting.port)
        [total] = counting.server_bytes
    errors = []
    for share in CUTS:
        state = account.tmp / f"cut{share}" / "state.db"
        with FaultProxy(upstream, cut_after=int(total * share)) as proxy:
            config = write_config(account, state, f"cut{share}", port=proxy.port)
            faulted = run_poll(account, config)
        assert proxy.faulted.is_set()
        assert integrity(state) == "ok"
        if faulted.returncode != 0:  # a cut after the last answer costs nothing
            errors.append(one_line_error(faulted))
        recovery = run_poll(account, write_config(account, state, f"direct{share}"))
        assert recovery.returncode == 0, recovery.stderr
        converged([reported(faulted.stdout), reported(recovery.stdout)], clean)
    assert len(errors) >= len(CUTS) - 1, errors
    print("resets:", *errors, sep="\n  ")
    assert all("connection" in e or "cannot talk" in e for e in errors), errors


STALLS = [0.02, 0.5, 0.9]


def test_a_server_that_stops_answering_times_out(account: Account) -> None:
    fill_mailbox(account)
    upstream = (account.server.host, account.server.tls_port)
    with FaultProxy(upstream) as counting:
        clean = clean_run(account, port=counting.port)
        [total] = counting.server_bytes
    for share in STALLS:
        state = account.tmp / f"stall{share}" / "state.db"
        with FaultProxy(upstream, stall_after=int(total * share)) as proxy:
            config = write_config(account, state, f"stall{share}", port=proxy.port, timeout=2)
            # The subprocess timeout only guards the test against a hang.
            faulted = run_poll(account, config, timeout=60)
        assert proxy.faulted.is_set()
        assert "timed out" in one_line_error(faulted)
        assert integrity(state) == "ok"
        recovery = run_poll(account, write_config(account, state, f"direct{share}"))
        assert recovery.returncode == 0, recovery.stderr
        converged([reported(faulted.stdout), reported(recovery.stdout)], clean)


def test_the_read_timeout_defaults_to_a_minute() -> None:
    from cancel_mail.config import AccountConfig

    account = AccountConfig(name="a", host="h", username="u", password_env="P")
    assert account.timeout == 60.0


# --- refused login, deleted folder, UIDVALIDITY change -----------------------------


def test_a_refused_login_then_a_good_one(account: Account) -> None:
    fill_mailbox(account)
    clean = clean_run(account)
    config = account.write_config()
    account.extra_env = {account.env_var: "wrong-password"}
    refused = run_poll(account, config)
    assert "login refused" in one_line_error(refused)
    assert integrity(account.state) == "ok"
    account.extra_env = {}
    done = run_poll(account, config)
    assert done.returncode == 0, done.stderr
    converged([reported(refused.stdout), reported(done.stdout)], clean)


def test_a_folder_deleted_between_polls_is_skipped(account: Account) -> None:
    with account.server.client(account.user, account.password) as c:
        c.create_folder("Orders")
    account.append("Orders", cancellation("112-0000071-0000071"))
    account.append("Orders", cancellation("112-0000072-0000072"))
    account.append("INBOX", cancellation("112-0000073-0000073"))
    config = account.write_config(folders=["INBOX", "Orders"])
    first = run_poll(account, config)
    assert first.returncode == 0, first.stderr
    in_orders = {k for k in reported(first.stdout) if k[1][0] in
                 ("112-0000071-0000071", "112-0000072-0000072")}
    assert len(in_orders) == 2

    with account.server.client(account.user, account.password) as c:
        c.delete_folder("Orders")
    account.append("INBOX", cancellation("112-0000074-0000074"))
    account.append("Junk", cancellation("112-0000075-0000075"))
    second = run_poll(account, config)
    assert second.returncode == 0, second.stderr
    assert "folder 'Orders' does not exist" in second.stderr and "skipped" in second.stderr
    assert sorted(k[1][0] for k in reported(second.stdout)) == [
        "112-0000074-0000074", "112-0000075-0000075"]
    third = run_poll(account, config)
    assert (third.returncode, third.stdout) == (0, "")
    # What is left on the server, read clean, plus what the deleted folder held.
    clean = clean_run(account, folders=["INBOX"])
    runs = [reported(first.stdout), reported(second.stdout)]
    assert twice(runs) == []
    assert union(runs) == set(clean) | in_orders


def test_uidvalidity_change_on_a_big_folder(account: Account) -> None:
    """The folder is recreated with the same mail plus two new notices."""
    with account.server.client(account.user, account.password) as c:
        c.create_folder("Orders")
    originals = [cancellation(f"112-{n:07d}-0000081") for n in range(5)]
    fillers = [mail("shipped.eml", **{"113-7654321-7654321": f"113-{n:07d}-0000081"})
               for n in range(35)]
    for message in originals + fillers:
        account.append("Orders", message)
    config = account.write_config(folders=["INBOX", "Orders"])
    first = run_poll(account, config)
    assert first.returncode == 0, first.stderr

    with account.server.client(account.user, account.password) as c:
        c.delete_folder("Orders")
        c.create_folder("Orders")
        for message in [*fillers, cancellation("112-0000090-0000090"), *originals,
                        cancellation("112-0000091-0000091")]:
            c.append("Orders", message)
    second = run_poll(account, config)
    assert second.returncode == 0, second.stderr
    assert sorted(k[1][0] for k in reported(second.stdout)) == [
        "112-0000090-0000090", "112-0000091-0000091"]
    clean = clean_run(account, folders=["INBOX", "Orders"])
    converged([reported(first.stdout), reported(second.stdout)], clean)


# --- the disk full when writing state ------------------------------------------------


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (needs root, as in CI), unmounted afterwards."""
    where = tmp_path / "tiny"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs",
                           str(where)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"cannot mount a tmpfs: {done.stderr}")
        pytest.skip(f"cannot mount a tmpfs (needs root): {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill_disk(where: Path, leave: int) -> Path:
    """Take all free space on ``where`` but about ``leave`` bytes."""
    filler = where / "filler"
    with filler.open("wb") as out:
        chunk = b"\0" * 4096
        try:
            while shutil.disk_usage(where).free > leave:
                out.write(chunk)
                out.flush()
        except OSError:
            pass  # full already
    return filler


# 0: not even SQLite's -shm file fits, opening fails; 48k and 96k: a commit
# fails part-way through the run (with 160k the whole run fits).
@pytest.mark.parametrize("free", [0, 48 * 1024, 96 * 1024], ids=["0k", "48k", "96k"])
def test_disk_full_when_writing_state(account: Account, tiny_disk: Path, free: int) -> None:
    from cancel_mail.store import Store

    fill_mailbox(account)
    clean = clean_run(account)
    state = tiny_disk / "state.db"
    Store(state).close()  # the state exists; the disk fills up afterwards
    filler = fill_disk(tiny_disk, free)
    config = write_config(account, state, "tiny")
    full = run_poll(account, config)
    assert full.returncode == 1, full.stderr
    [line] = full.stderr.strip().splitlines()
    # With no byte free even opening fails (SQLite cannot make its -shm file);
    # with a little free, a batch's commit does.
    assert re.match(r"cancel-mail: error: cannot (open|write) the state database ", line), line
    assert line.endswith(("database or disk is full", "disk I/O error")), line
    print(f"disk full, {free} bytes free: {line}")

    filler.unlink()
    # Checked with space again: SQLite needs some even to read a WAL database.
    assert integrity(state) == "ok"
    done = run_poll(account, config)
    assert done.returncode == 0, done.stderr
    assert integrity(state) == "ok"
    converged([reported(full.stdout), reported(done.stdout)], clean)


# --- two polls at once ---------------------------------------------------------------


def test_three_polls_at_once_report_each_notice_once(account: Account) -> None:
    fill_mailbox(account)
    clean = clean_run(account)
    config = account.write_config()
    procs = [start_poll(account, config) for _ in range(3)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    for _out, err in outputs:
        # Either it waited its turn (and found nothing new), or it gave way.
        assert err == "" or err.startswith("cancel-mail: another poll is running"), err
    assert integrity(account.state) == "ok"
    converged([reported(out) for out, _err in outputs], clean)
