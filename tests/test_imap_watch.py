"""`cancel-mail watch` against a real Dovecot: IDLE, the junk folder, reconnects, signals."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import CLI, Account, cancellation

pytestmark = pytest.mark.dovecot


class Running:
    """The console script in the background, its output collected as it comes."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        self.out = bytearray()
        self.err = bytearray()
        self._readers = [
            threading.Thread(target=self._pump, args=(self.proc.stdout, self.out), daemon=True),
            threading.Thread(target=self._pump, args=(self.proc.stderr, self.err), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _pump(stream: object, sink: bytearray) -> None:
        assert hasattr(stream, "read1")
        while chunk := stream.read1(65536):
            sink.extend(chunk)

    @property
    def stdout(self) -> str:
        return self.out.decode(errors="replace")

    @property
    def stderr(self) -> str:
        return self.err.decode(errors="replace")

    def wait_for(self, what: Callable[[], bool], timeout: float, why: str) -> None:
        deadline = time.monotonic() + timeout
        while not what():
            if self.proc.poll() is not None:
                pytest.fail(f"watch exited ({self.proc.returncode}) while waiting for {why}:"
                            f"\n{self.stderr[-3000:]}")
            if time.monotonic() > deadline:
                pytest.fail(f"gave up waiting for {why}:\n{self.stderr[-3000:]}")
            time.sleep(0.05)

    def stop(self, signum: int = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        code = self.proc.wait(timeout=20)
        for reader in self._readers:
            reader.join(timeout=5)
        return code


@pytest.fixture
def watching(account: Account) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def start(*extra: str) -> Running:
        config = account.write_config()
        run = Running([CLI, "--debug", "watch", "--config", str(config), "--format", "json",
                       *extra], account.env())
        started.append(run)
        return run

    yield start
    for run in started:
        if run.proc.poll() is None:
            run.proc.kill()
            run.proc.wait()


def idling(run: Running, times: int = 1) -> Callable[[], bool]:
    return lambda: run.stderr.count("idling on INBOX") >= times


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["sigterm", "sigint"])
def test_watch_reports_an_append_within_seconds(
    account: Account, watching: Callable[..., Running], signum: int
) -> None:
    run = watching("--interval", "600")
    run.wait_for(idling(run), 20, "the first IDLE")
    account.append("INBOX", cancellation("112-0000001-0000001"))
    # The junk interval is 10 minutes: only IDLE can bring this in time.
    run.wait_for(lambda: "112-0000001-0000001" in run.stdout, 15, "the notice")
    assert run.stop(signum) == 0
    assert "Traceback" not in run.stderr
    assert account.password not in run.stderr


def test_watch_reads_the_junk_folder_every_interval(
    account: Account, watching: Callable[..., Running]
) -> None:
    run = watching("--interval", "1")
    run.wait_for(idling(run), 20, "the first IDLE")
    account.append("Junk", cancellation("112-0000002-0000002"))
    run.wait_for(lambda: "112-0000002-0000002" in run.stdout, 15, "the junk notice")
    assert run.stop() == 0


def test_watch_renews_idle(account: Account, watching: Callable[..., Running]) -> None:
    run = watching("--interval", "600", "--idle-renew", "1")
    run.wait_for(lambda: run.stderr.count("IDLE renewed") >= 2, 20, "two IDLE renewals")
    account.append("INBOX", cancellation("112-0000003-0000003"))
    run.wait_for(lambda: "112-0000003-0000003" in run.stdout, 15, "the notice")
    assert run.stop() == 0


def test_watch_reconnects_after_the_server_drops_it(
    account: Account, watching: Callable[..., Running]
) -> None:
    doveadm = shutil.which("doveadm")
    if doveadm is None:
        pytest.skip("doveadm is not installed")
    run = watching("--interval", "600")
    run.wait_for(idling(run), 20, "the first IDLE")
    conf = Path(account.server.dir) / "dovecot.conf"
    kicked = subprocess.run([doveadm, "-c", str(conf), "kick", account.user],
                            capture_output=True, text=True, timeout=30, check=False)
    assert kicked.returncode == 0, kicked.stderr
    run.wait_for(lambda: "reconnecting" in run.stderr, 20, "the drop to be noticed")
    run.wait_for(idling(run, 2), 30, "IDLE after reconnecting")
    account.append("INBOX", cancellation("112-0000004-0000004"))
    run.wait_for(lambda: "112-0000004-0000004" in run.stdout, 15, "the notice")
    assert run.stop() == 0


def test_watch_with_a_wrong_password_exits_1(account: Account) -> None:
    account.extra_env = {account.env_var: "wrong"}
    done = account.run("watch", "--config", str(account.write_config()), timeout=60)
    assert done.returncode == 1
    assert "login refused" in done.stderr


def test_watch_says_what_it_watches_and_when_it_stops(
    account: Account, watching: Callable[..., Running]
) -> None:
    run = watching("--interval", "600")
    run.wait_for(lambda: "Ctrl-C to stop" in run.stderr, 20, "the start line")
    # What polling.watch really does: IDLE on the inbox, the junk folder on a timer.
    assert "cancel-mail: watching INBOX (IDLE) and Junk (every 600 s); Ctrl-C to stop" in run.stderr
    run.wait_for(idling(run), 20, "the first IDLE")
    account.append("INBOX", cancellation("112-0000006-0000006"))
    run.wait_for(lambda: "112-0000006-0000006" in run.stdout, 15, "the notice")
    assert run.stop(signal.SIGINT) == 0
    assert run.stderr.rstrip().endswith(
        "cancel-mail: stopped watching (SIGINT); 1 new notice reported")


def test_watch_without_the_junk_folder_says_so(
    account: Account, watching: Callable[..., Running]
) -> None:
    account.write_config(spam=False)
    run = Running([CLI, "watch", "--config", str(account.write_config(spam=False))],
                  account.env())
    try:
        run.wait_for(lambda: "Ctrl-C to stop" in run.stderr, 20, "the start line")
        assert "cancel-mail: watching INBOX (IDLE); Ctrl-C to stop" in run.stderr
    finally:
        assert run.stop() == 0
    assert "stopped watching (SIGTERM); 0 new notices reported" in run.stderr


def test_watch_on_a_terminal_shows_a_block_per_notice(account: Account) -> None:
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([CLI, "--debug", "watch", "--config", str(account.write_config()),
                             "--interval", "600"],
                            env=account.env(), stdout=terminal, stderr=subprocess.PIPE)
    os.close(terminal)
    seen = bytearray()
    err = bytearray()

    def pump() -> None:
        try:
            while chunk := os.read(controller, 65536):
                seen.extend(chunk)
        except OSError:  # EIO once the last writer closed the terminal
            pass

    def pump_err() -> None:
        assert proc.stderr is not None
        while chunk := proc.stderr.read1(65536):
            err.extend(chunk)

    readers = [threading.Thread(target=f, daemon=True) for f in (pump, pump_err)]
    for reader in readers:
        reader.start()
    try:
        deadline = time.monotonic() + 20
        while b"idling on INBOX" not in err:
            assert proc.poll() is None and time.monotonic() < deadline, err.decode()[-3000:]
            time.sleep(0.05)
        account.append("INBOX", cancellation("112-0000007-0000007"))
        account.append("INBOX", cancellation("112-0000008-0000008"))
        deadline = time.monotonic() + 15
        while seen.count(b"cancelled: inventory shortage") < 2:
            assert time.monotonic() < deadline, seen.decode(errors="replace")
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        for reader in readers:
            reader.join(timeout=5)
        os.close(controller)
    text = seen.decode(errors="replace").replace("\r\n", "\n")
    blocks = [b for b in text.strip().split("\n\n") if b]
    assert len(blocks) == 2, text
    for order, block in zip(("112-0000007-0000007", "112-0000008-0000008"), blocks, strict=True):
        lines = block.splitlines()
        assert lines[0].endswith(f"amazon.com order {order} cancelled: inventory shortage")
        assert lines[1].strip().startswith("Look for the item elsewhere")
        assert lines[-1].strip().startswith(f"imap://{account.name}/INBOX;")
    # Not a whole report: no heading, no summary table, no general advice.
    assert "report" not in text and "Summary" not in text and "|" not in text
    assert len(text.splitlines()) <= 10
