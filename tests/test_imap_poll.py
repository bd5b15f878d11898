"""`cancel-mail poll` against a real Dovecot: read-only, incremental, cron-safe.

Every test runs the installed console script with a config file in tmp_path and
the password in the environment. What was downloaded is read from Dovecot's own
per-session counters (see tests/dovecot.py), not from the program under test.
"""

from __future__ import annotations

import fcntl
import importlib
import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import CLI, ORDER, Account, cancellation, mail
from dovecot import free_port

pytestmark = pytest.mark.dovecot


def poll(account: Account, config: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return account.run("poll", "--config", str(config), "--format", "json", *extra)


def report_of(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"no report on stdout; stderr: {done.stderr}"
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


def orders(doc: dict[str, Any]) -> list[str]:
    return sorted(o for n in doc["notices"] for o in n["order_ids"])


def seen_rows(account: Account) -> list[tuple[str, int, int, str]]:
    db = sqlite3.connect(f"file:{account.state}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT folder, uidvalidity, uid, outcome FROM seen "
                          "ORDER BY folder, uid").fetchall()
    finally:
        db.close()
    return [(str(f), int(v), int(u), str(o)) for f, v, u, o in rows]


def fill(account: Account) -> None:
    """A notice in INBOX and one in Junk, plus mail that is no notice, with flags set."""
    account.append("INBOX", cancellation("112-0000001-0000001"), flags=(b"\\Seen",))
    account.append("INBOX", mail("newsletter.eml"))
    account.append("INBOX", mail("shipped.eml"), flags=(b"\\Flagged",))
    account.append("Junk", cancellation("112-0000002-0000002"))


def test_poll_leaves_every_folder_untouched(account: Account) -> None:
    fill(account)
    before = account.server.snapshot(account.user, account.password)
    done = poll(account, account.write_config())
    assert done.returncode == 0, done.stderr
    after = account.server.snapshot(account.user, account.password)
    # Same folders, same messages, same flags (\Seen unset where it was unset,
    # and even \Recent intact: EXAMINE does not claim it).
    assert after == before
    assert len(after["INBOX"]) == 3 and len(after["Junk"]) == 1


def test_every_examined_message_is_recorded(account: Account) -> None:
    fill(account)
    assert poll(account, account.write_config()).returncode == 0
    rows = seen_rows(account)
    # The newsletter never names Amazon: the server's SEARCH drops it, so it is
    # covered by the folder position rather than examined.
    assert [(f, u) for f, _v, u, _o in rows] == [("INBOX", 1), ("INBOX", 3), ("Junk", 1)]


def test_second_poll_downloads_nothing(account: Account) -> None:
    fill(account)
    config = account.write_config()
    offset = account.server.log_offset()
    first = poll(account, config)
    assert first.returncode == 0, first.stderr
    [s1] = account.server.sessions(account.user, offset)
    middle = account.server.log_offset()
    second = poll(account, config)
    assert second.returncode == 0, second.stderr
    assert second.stdout == "" and second.stderr == ""  # quiet when nothing is new
    assert s1.fetch_body_count == 3  # two notices and the shipping mail
    [s2] = account.server.sessions(account.user, middle)
    assert (s2.fetch_hdr_count, s2.fetch_body_count, s2.fetch_body_bytes) == (0, 0, 0)


def test_new_mail_between_polls_is_the_only_mail_read(account: Account) -> None:
    fill(account)
    config = account.write_config()
    assert poll(account, config).returncode == 0
    account.append("INBOX", cancellation("112-0000003-0000003"))
    offset = account.server.log_offset()
    done = poll(account, config)
    assert done.returncode == 0, done.stderr
    [session] = account.server.sessions(account.user, offset)
    assert (session.fetch_hdr_count, session.fetch_body_count) == (1, 1)
    assert [u for f, _v, u, _o in seen_rows(account) if f == "INBOX"] == [1, 3, 4]


def test_messages_over_the_size_limit_are_skipped(
    account: Account, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from cancel_mail.config import load_config
    from cancel_mail.polling import poll as library_poll

    big = cancellation("112-0000004-0000004").replace(
        b"We hope to see you again soon.", b"We hope to see you again soon.\r\n" + b"x" * 5000)
    account.append("INBOX", big)
    monkeypatch.setenv(account.env_var, account.password)
    offset = account.server.log_offset()
    result = library_poll(load_config(account.write_config()), max_size=4000)
    assert result.failures == []
    [inbox] = [f for f in result.folders if f.folder == "INBOX"]
    assert (inbox.headers, inbox.too_large, inbox.bodies) == (1, 1, 0)
    assert "over the 4000 byte limit" in caplog.text
    assert account.server.sessions(account.user, offset)[0].fetch_body_count == 0
    assert [o for _f, _v, _u, o in seen_rows(account)] == ["too_large"]


def test_wrong_password_exits_1_with_one_clear_line(account: Account) -> None:
    account.extra_env = {account.env_var: "not-the-password"}
    done = poll(account, account.write_config())
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("cancel-mail: error: account test: login refused")
    assert "not-the-password" not in done.stderr


def test_untrusted_certificate_is_refused(account: Account) -> None:
    done = poll(account, account.write_config(ca_file=None))
    assert done.returncode == 1
    assert "certificate" in done.stderr and "not trusted" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not account.state.exists() or seen_rows(account) == []


def test_unreachable_server_exits_1(account: Account) -> None:
    port = free_port()  # nothing listens there
    done = poll(account, account.write_config(port=port))
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"cancel-mail: error: account test: cannot talk to 127.0.0.1:{port}: Connection refused")


def test_one_failing_account_does_not_stop_the_others(account: Account) -> None:
    account.append("INBOX", mail("shipped.eml"))
    bad = account.account_toml(name="broken", password_env="CM_TEST_WRONG")
    good = account.account_toml()
    account.extra_env = {"CM_TEST_WRONG": "wrong"}
    done = poll(account, account.write_config(accounts=bad + "\n" + good))
    assert done.returncode == 1
    assert "account broken: login refused" in done.stderr
    assert "account test" not in done.stderr
    assert [(f, u) for f, _v, u, _o in seen_rows(account)] == [("INBOX", 1)]


def test_a_poll_waits_then_gives_way_to_a_running_one(account: Account) -> None:
    account.append("INBOX", mail("shipped.eml"))
    config = account.write_config()
    account.state.parent.mkdir(parents=True, exist_ok=True)
    offset = account.server.log_offset()
    fd = os.open(f"{account.state}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running poll would
        done = poll(account, config)
    finally:
        os.close(fd)
    assert done.returncode == 0
    assert done.stdout == ""
    assert "another poll is running" in done.stderr
    assert not account.state.exists()  # it never opened the state
    assert account.server.sessions(account.user, offset) == []  # nor connected


def test_two_polls_at_once_read_each_message_once(account: Account) -> None:
    for n in range(20):
        account.append("INBOX", mail("shipped.eml", **{"113-7654321-7654321": f"113-{n:07d}-1"}))
    config = account.write_config()
    offset = account.server.log_offset()
    procs = [subprocess.Popen([CLI, "poll", "--config", str(config), "--format", "json"],
                              env=account.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    sessions = account.server.sessions(account.user, offset)
    bodies = sum(s.fetch_body_count for s in sessions)
    assert bodies == 20
    assert len(seen_rows(account)) == 20


# --- detection results: these need the whole pipeline (parse, detect, classify) -----


def test_notices_in_inbox_and_junk_are_reported(account: Account) -> None:
    fill(account)
    doc = report_of(poll(account, account.write_config()))
    assert orders(doc) == ["112-0000001-0000001", "112-0000002-0000002"]
    sources = sorted(n["source"] for n in doc["notices"])
    assert sources[0].startswith("imap://test/INBOX;UIDVALIDITY=")
    assert sources[0].endswith(";UID=1")
    assert sources[1].startswith("imap://test/Junk;UIDVALIDITY=")
    assert all(n["cause"] == "inventory_shortage" for n in doc["notices"])


def test_poll_reports_only_what_is_new(account: Account) -> None:
    fill(account)
    config = account.write_config()
    report_of(poll(account, config))
    account.append("Junk", cancellation("112-0000003-0000003"))
    doc = report_of(poll(account, config))
    assert orders(doc) == ["112-0000003-0000003"]


def test_uidvalidity_change_rescans_without_repeating_notices(account: Account) -> None:
    with account.server.client(account.user, account.password) as c:
        c.create_folder("Orders")
    account.append("Orders", cancellation(ORDER))
    config = account.write_config(folders=["INBOX", "Orders"])
    assert orders(report_of(poll(account, config))) == [ORDER]
    old_validity = {v for f, v, _u, _o in seen_rows(account) if f == "Orders"}

    with account.server.client(account.user, account.password) as c:
        c.delete_folder("Orders")
        c.create_folder("Orders")
    account.append("Orders", cancellation(ORDER))  # the same notice again
    account.append("Orders", cancellation("112-0000005-0000005"))
    doc = report_of(poll(account, config))
    assert orders(doc) == ["112-0000005-0000005"]
    new_validity = {v for f, v, _u, _o in seen_rows(account) if f == "Orders"} - old_validity
    assert len(new_validity) == 1  # the new generation was read from UID 1 again
    rows = [(u, o) for f, v, u, o in seen_rows(account) if v in new_validity]
    assert rows == [(1, "notice"), (2, "notice")]


def test_report_renders_the_whole_history(account: Account) -> None:
    fill(account)
    config = account.write_config()
    report_of(poll(account, config))
    assert poll(account, config).stdout == ""
    every = report_of(account.run("report", "--config", str(config), "--format", "json"))
    assert orders(every) == ["112-0000001-0000001", "112-0000002-0000002"]
    assert every["scanned"] == 3  # every message examined, over all polls
    later = report_of(account.run("report", "--config", str(config), "--format", "json",
                                  "--since", "2026-11-21"))
    assert later["notices"] == []


def test_markdown_reports_are_appended_to_the_output_file(account: Account) -> None:
    account.append("INBOX", cancellation("112-0000001-0000001"))
    out = account.tmp / "cancellations.md"
    config = account.write_config(extra=f'\n[report]\noutput = "{out}"\n')
    first = account.run("poll", "--config", str(config))
    assert first.returncode == 0 and first.stdout == "", first.stderr
    text = out.read_text()
    assert "112-0000001-0000001" in text
    account.append("INBOX", cancellation("112-0000009-0000009"))
    assert account.run("poll", "--config", str(config)).returncode == 0
    appended = out.read_text()
    assert appended.startswith(text)  # appended, not replaced
    assert "112-0000009-0000009" in appended[len(text):]
    assert "112-0000001-0000001" not in appended[len(text):]


def test_notify_runs_once_per_new_notice(account: Account) -> None:
    fill(account)
    sink = account.tmp / "notified.jsonl"
    script = ("import sys; data = sys.stdin.read(); "
              f"open({str(sink)!r}, 'a').write(data.strip() + chr(10))")
    command = f"{sys.executable} -c \"{script}\""
    extra = f"\n[notify]\ncommand = {json.dumps(command)}\n"
    config = account.write_config(extra=extra)
    report_of(poll(account, config))
    assert poll(account, config).returncode == 0
    lines = sink.read_text().splitlines()
    assert sorted(o for line in lines for o in json.loads(line)["order_ids"]) == [
        "112-0000001-0000001", "112-0000002-0000002"]


def test_failing_notify_command_loses_nothing(account: Account) -> None:
    account.append("INBOX", cancellation(ORDER))
    config = account.write_config(extra='\n[notify]\ncommand = "false"\n')
    done = poll(account, config)
    assert orders(report_of(done)) == [ORDER]
    assert "notify command exited with status 1" in done.stderr
    history = report_of(account.run("report", "--config", str(config), "--format", "json"))
    assert orders(history) == [ORDER]


def test_since_limits_only_the_first_pass(account: Account) -> None:
    old = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    with account.server.client(account.user, account.password) as c:
        c.append("INBOX", mail("shipped.eml"), msg_time=old)  # UID 1: arrived before since
        c.append("INBOX", mail("shipped.eml", **{"113-7654321": "113-1111111"}))  # UID 2
    config = account.write_config(since="2026-01-01")
    assert poll(account, config).returncode == 0
    assert [u for _f, _v, u, _o in seen_rows(account)] == [2]
    with account.server.client(account.user, account.password) as c:
        c.append("INBOX", mail("shipped.eml", **{"113-7654321": "113-2222222"}), msg_time=old)
    assert poll(account, config).returncode == 0
    # Later passes read everything new, whatever its arrival date says.
    assert [u for _f, _v, u, _o in seen_rows(account)] == [2, 3]


def test_uids_travel_in_chunks_and_batches(
    account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cancel_mail.config import load_config

    poll_module = importlib.import_module("cancel_mail.polling")
    imap_module = importlib.import_module("cancel_mail.sources.imap")
    monkeypatch.setattr(imap_module, "HEADER_CHUNK", 3)
    monkeypatch.setattr(imap_module, "BODY_CHUNK_MAX", 2)
    monkeypatch.setattr(poll_module, "BATCH_UIDS", 4)
    monkeypatch.setenv(account.env_var, account.password)
    with account.server.client(account.user, account.password) as c:
        for n in range(11):
            c.append("INBOX", mail("shipped.eml", **{"113-7654321": f"113-{n:07d}"}))
        c.append("INBOX", mail("newsletter.eml"))
    offset = account.server.log_offset()
    result = poll_module.poll(load_config(account.write_config(spam=False)))
    assert result.failures == []
    [session] = account.server.sessions(account.user, offset)
    assert (session.fetch_hdr_count, session.fetch_body_count) == (11, 11)
    assert [u for _f, _v, u, _o in seen_rows(account)] == list(range(1, 12))
    with closing(sqlite3.connect(account.state)) as db:
        state = db.execute(
            "SELECT last_uid, uidnext FROM folders WHERE folder = 'INBOX'").fetchone()
    assert tuple(state) == (12, 13)  # the newsletter's UID is covered, not examined


def test_a_missing_secret_stops_the_run_before_any_account_is_read(account: Account) -> None:
    good = account.account_toml()
    unset = account.account_toml(name="second", password_env="CM_TEST_UNSET")
    offset = account.server.log_offset()
    done = poll(account, account.write_config(accounts=good + "\n" + unset))
    assert done.returncode == 2
    assert "account 'second': password_env: environment variable CM_TEST_UNSET is not set" \
        in done.stderr
    assert account.server.sessions(account.user, offset) == []


def test_a_killed_poll_resumes_after_the_last_committed_batch(
    account: Account, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cancel_mail.config import load_config

    poll_module = importlib.import_module("cancel_mail.polling")
    monkeypatch.setattr(poll_module, "BATCH_UIDS", 2)
    monkeypatch.setenv(account.env_var, account.password)
    with account.server.client(account.user, account.password) as c:
        for n in range(6):
            c.append("INBOX", mail("shipped.eml", **{"113-7654321": f"113-{n:07d}"}))
    config = load_config(account.write_config(spam=False))
    real = poll_module._examine_batch
    calls = 0

    def dies_on_the_second_batch(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt  # as if the run were killed here
        return real(*args)

    monkeypatch.setattr(poll_module, "_examine_batch", dies_on_the_second_batch)
    with pytest.raises(KeyboardInterrupt):
        poll_module.poll(config)
    assert [u for _f, _v, u, _o in seen_rows(account)] == [1, 2]

    monkeypatch.setattr(poll_module, "_examine_batch", real)
    offset = account.server.log_offset()
    result = poll_module.poll(config)
    assert result.failures == []
    [session] = account.server.sessions(account.user, offset)
    assert session.fetch_body_count == 4  # nothing read twice, nothing left out
    assert [u for _f, _v, u, _o in seen_rows(account)] == [1, 2, 3, 4, 5, 6]


def test_mail_sent_through_amazon_ses_is_not_downloaded(account: Account) -> None:
    ses = ("Received: from a8-1.smtp-out.amazonses.com (a8-1.smtp-out.amazonses.com)\n"
           "DKIM-Signature: v=1; a=rsa-sha256; d=amazonses.com; s=224i4yxa5dv7c; h=From\n")
    account.append("INBOX", ses.encode() + mail("newsletter.eml"))
    offset = account.server.log_offset()
    assert poll(account, account.write_config()).returncode == 0
    [session] = account.server.sessions(account.user, offset)
    assert (session.fetch_hdr_count, session.fetch_body_count) == (0, 0)


@pytest.mark.parametrize("subject", ["Fwd: look at this", "what happened here?"],
                         ids=["forward-subject", "plain-subject"])
def test_a_notice_forwarded_as_an_attachment_is_found(account: Account, subject: str) -> None:
    from email.message import EmailMessage
    from email.parser import BytesParser
    from email.policy import SMTP

    forward = EmailMessage()
    forward["From"] = "Friend <friend@example.org>"
    forward["To"] = "customer@example.net"
    forward["Subject"] = subject
    forward["Message-ID"] = "<fwd-1@example.org>"
    forward.set_content("Is this real? See the attached mail.\n")
    inner = BytesParser(policy=SMTP).parsebytes(cancellation("112-0000007-0000007"))
    forward.add_attachment(inner)
    account.append("INBOX", forward.as_bytes(policy=SMTP))
    doc = report_of(poll(account, account.write_config()))
    assert orders(doc) == ["112-0000007-0000007"]


# --- the report side of the junk folder ------------------------------------------------


def test_a_notice_delivered_to_junk_says_so_in_the_poll_report(account: Account) -> None:
    fill(account)
    config = account.write_config()
    done = account.run("poll", "--config", str(config), "--format", "text")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    attention = text[text.index("Needs your attention") : text.index("Summary")].splitlines()
    [junk] = [line for line in attention if "112-0000002-0000002" in line]
    [inbox] = [line for line in attention if "112-0000001-0000001" in line]
    assert junk.endswith("(found in your junk folder: mark it as not spam)")
    assert "junk" not in inbox
    assert "Found in:     your junk folder (Junk)" in text
    assert "Mark it as not spam in Junk" in text
    # The poll read the junk folder itself: no advice to go and look there.
    assert "Look in your spam or junk folder" not in text

    # The stored history keeps where each notice was found.
    doc = report_of(account.run("report", "--config", str(config), "--format", "json"))
    where = {n["order_ids"][0]: (n["folder"], n["found_in_junk"]) for n in doc["notices"]}
    assert where == {"112-0000001-0000001": ("INBOX", False),
                     "112-0000002-0000002": ("Junk", True)}
    assert "check_spam_folder" not in [a["id"] for a in doc["general_actions"]]


def test_without_the_junk_folder_the_spam_advice_stays(account: Account) -> None:
    fill(account)
    done = account.run("poll", "--config", str(account.write_config(spam=False)),
                       "--format", "text")
    assert done.returncode == 0, done.stderr
    assert "112-0000002-0000002" not in done.stdout
    assert "Look in your spam or junk folder" in done.stdout
    assert "found in your junk folder" not in done.stdout
