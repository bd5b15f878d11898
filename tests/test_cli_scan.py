"""End-to-end: the installed `cancel-mail` console script, run as a user would.

Inputs are small messages built here in tmp_path: Amazon cancellation notices
(genuine-looking and phishing) and ordinary mail that is no notice.
"""

from __future__ import annotations

import json
import mailbox
import os
import pty
import subprocess
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

CLI = Path(sys.executable).parent / "cancel-mail"
COMMANDS = ["scan", "poll", "watch", "report", "check"]
FORMATS = ["text", "markdown", "json", "html", "csv"]

TOP_KEYS = [
    "schema_version", "generated_at", "scanned", "errors", "summary", "notices",
    "general_actions", "attention", "skipped",
]  # fmt: skip
NOTICE_KEYS = [
    "source", "message_id", "date", "sender", "subject", "marketplace", "language",
    "order_ids", "items", "reason_text", "cause", "confidence", "evidence",
    "authenticity", "actions", "folder", "found_in_junk",
]  # fmt: skip
CAUSES = {
    "inventory_shortage", "payment_issue", "technical_issue",
    "fraud_prevention", "customer_request", "unknown",
}  # fmt: skip


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env={**os.environ, "COLUMNS": "100"},
    )


# --- messages ------------------------------------------------------------------


def cancellation(order: str = "112-1234567-1234567", n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = '"Amazon.com" <auto-confirm@amazon.com>'
    msg["To"] = "me@example.com"
    msg["Subject"] = f"Your Amazon.com order #{order} has been canceled"
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 8, 14, n, tzinfo=UTC))
    msg["Message-ID"] = f"<cancel-{n}@amazon.com>"
    msg.set_content(
        "Hello,\n\n"
        f"We're sorry to let you know that your order #{order} has been canceled "
        "because the item is no longer available from the seller.\n\n"
        "Canceled item: Stainless steel water bottle, 750 ml\n\n"
        "We hope to see you again soon.\nAmazon.com\n"
    )
    return bytes(msg)


def phishing() -> bytes:
    msg = EmailMessage()
    msg["From"] = '"Amazon" <security@amaz0n-verify.info>'
    msg["To"] = "me@example.com"
    msg["Subject"] = "Your Amazon order #112-0000000-0000000 has been canceled"
    msg["Date"] = "Fri, 20 Nov 2026 09:00:00 +0000"
    msg["Message-ID"] = "<p1@amaz0n-verify.info>"
    msg["Authentication-Results"] = "mx.example.com; spf=fail smtp.mailfrom=amaz0n-verify.info"
    msg.set_content(
        "Dear Customer,\n\nYour order #112-0000000-0000000 has been canceled because of "
        "unusual activity on your account. Verify your account within 24 hours or it will "
        "be suspended: http://amaz0n-verify.info/login\n"
    )
    msg.add_alternative(
        "<p>Dear Customer,</p><p>Your order #112-0000000-0000000 has been canceled because "
        "of unusual activity on your account. "
        '<a href="http://amaz0n-verify.info/login">www.amazon.com/verify</a> within 24 hours '
        "or your account will be suspended.</p>",
        subtype="html",
    )
    return bytes(msg)


def personal(n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "friend@example.org"
    msg["To"] = "me@example.com"
    msg["Subject"] = f"Lunch on Friday? ({n})"
    msg["Date"] = "Thu, 19 Nov 2026 12:00:00 +0000"
    msg.set_content("Are we still on for lunch?\n")
    return bytes(msg)


@pytest.fixture
def plain_mail(tmp_path: Path) -> Path:
    """A folder of mail that holds no notice: needs no classification."""
    folder = tmp_path / "plain"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.eml").write_bytes(personal(n))
    return folder


@pytest.fixture
def notice_mail(tmp_path: Path) -> Path:
    folder = tmp_path / "mail"
    (folder / "2026").mkdir(parents=True)
    (folder / "2026" / "cancel.eml").write_bytes(cancellation())
    (folder / "lunch.eml").write_bytes(personal())
    (folder / "phish.eml").write_bytes(phishing())
    return folder


# --- help and usage -------------------------------------------------------------------


def test_top_level_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout
    assert result.stderr == ""


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: cancel-mail {command}")


def test_scan_help_documents_the_choices() -> None:
    help_text = " ".join(run("scan", "--help").stdout.split())
    for expected in ("--format", "-o FILE", "--jobs N", "0 = all cores", "else text", "Maildir"):
        assert expected in help_text
    assert "exit status 1 only when no PATH could be read" in help_text


def test_module_entry_point_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cancel_mail", "scan", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "usage:" in result.stdout


@pytest.mark.parametrize(
    "args",
    [["scan"], ["scan", "x.eml", "--format", "pdf"], ["scan", "x.eml", "--jobs", "-1"]],
    ids=["no-path", "unknown-format", "negative-jobs"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "cancel-mail" in result.stderr


# --- exit codes and the stdout/stderr split ----------------------------------------


def test_a_missing_path_alone_exits_1_with_one_line(tmp_path: Path) -> None:
    result = run("scan", "nope.eml", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "cancel-mail: error: cannot read nope.eml: no such file or directory\n"


def test_every_path_unreadable_exits_1(tmp_path: Path) -> None:
    (tmp_path / "dir.eml").mkdir()
    result = run("scan", "gone", "dir.eml", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert "gone (no such file or directory)" in lines[0]
    assert "dir.eml (is a directory, not a mail file)" in lines[0]


def test_some_paths_unreadable_still_reports_and_exits_0(plain_mail: Path) -> None:
    result = run("scan", str(plain_mail), "missing.mbox", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == "cancel-mail: cannot read missing.mbox: no such file or directory\n"
    report = json.loads(result.stdout)
    assert report["scanned"] == 3
    assert report["errors"] == [{"source": "missing.mbox", "error": "no such file or directory"}]


def test_an_empty_folder_is_a_report_with_nothing_in_it(tmp_path: Path) -> None:
    result = run("scan", str(tmp_path), "--format", "json")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    assert (report["scanned"], report["errors"], report["notices"]) == (0, [], [])


def test_bad_files_inside_a_folder_are_errors_not_failures(plain_mail: Path) -> None:
    (plain_mail / "empty.eml").write_bytes(b"")
    (plain_mail / "trap.eml").mkdir()
    result = run("scan", str(plain_mail), "--format", "json")
    assert result.returncode == 0
    errors = {e["source"]: e["error"] for e in json.loads(result.stdout)["errors"]}
    assert errors == {
        str(plain_mail / "empty.eml"): "empty file",
        str(plain_mail / "trap.eml"): "is a directory, not a mail file",
    }


# --- formats --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_goes_to_stdout_alone(plain_mail: Path, fmt: str) -> None:
    result = run("scan", str(plain_mail), "--format", fmt)
    assert result.returncode == 0
    assert result.stderr == ""
    out = result.stdout
    if fmt == "text":
        assert out.startswith("cancel-mail report")
        assert "No cancellation notices found." in out
    elif fmt == "markdown":
        assert out.startswith("# cancel-mail report")
    elif fmt == "json":
        assert json.loads(out)["scanned"] == 3
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    else:
        assert out.splitlines() == [out.splitlines()[0]]  # header only: no notices
        assert out.startswith("source,date,")


def test_default_format_is_text_even_in_a_pipe(plain_mail: Path) -> None:
    assert run("scan", str(plain_mail)).stdout.startswith("cancel-mail report")


def test_json_contract_keys(notice_mail: Path) -> None:
    result = run("scan", str(notice_mail), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert list(report) == TOP_KEYS
    assert report["schema_version"] == 1
    assert report["generated_at"].endswith("+00:00")
    assert report["scanned"] == 3
    assert set(report["summary"]["by_cause"]) == CAUSES
    for notice in report["notices"]:
        assert list(notice) == NOTICE_KEYS
        assert notice["cause"] in CAUSES
        assert 0 <= notice["confidence"] <= 1
        assert notice["authenticity"]["verdict"] in {"genuine", "unverified", "suspicious"}


def test_notices_are_found_with_sources_and_actions(notice_mail: Path) -> None:
    report = json.loads(run("scan", str(notice_mail), "--format", "json").stdout)
    by_source = {n["source"]: n for n in report["notices"]}
    genuine = by_source[str(notice_mail / "2026" / "cancel.eml")]
    assert genuine["order_ids"] == ["112-1234567-1234567"]
    assert genuine["marketplace"] == "amazon.com"
    assert genuine["cause"] == "inventory_shortage"
    assert genuine["authenticity"]["verdict"] != "suspicious"
    assert next(a["id"] for a in genuine["actions"]) == "find_alternative"
    assert str(notice_mail / "lunch.eml") not in by_source
    # The phishing notice is reported apart and not counted by cause.
    fake = by_source[str(notice_mail / "phish.eml")]
    assert fake["authenticity"]["verdict"] == "suspicious"
    assert [a["id"] for a in fake["actions"]] == [
        "do_not_click",
        "check_orders_yourself",
        "report_phishing",
    ]
    assert report["summary"]["suspicious"] == 1
    assert sum(report["summary"]["by_cause"].values()) == len(report["notices"]) - 1


def test_mbox_and_maildir_sources_follow_the_contract(tmp_path: Path) -> None:
    box = mailbox.mbox(str(tmp_path / "inbox.mbox"))
    box.add(personal())
    box.add(cancellation("113-7654321-7654321", n=2))
    box.close()
    maildir = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    key = maildir.add(cancellation("114-1111111-2222222", n=3))
    maildir.close()

    result = run("scan", "inbox.mbox", "Maildir", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["scanned"] == 3
    assert {n["source"]: n["order_ids"] for n in report["notices"]} == {
        "inbox.mbox#1": ["113-7654321-7654321"],
        f"Maildir#{key}": ["114-1111111-2222222"],
    }


def test_parallel_jobs_give_the_same_report(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        data = cancellation(f"112-{n:07d}-1234567", n=n) if n % 3 == 0 else personal(n)
        (folder / f"{n:02d}.eml").write_bytes(data)

    def notices(*extra: str) -> list[object]:
        result = run("scan", str(folder), "--format", "json", *extra)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)["notices"]  # type: ignore[no-any-return]

    serial = notices()
    assert len(serial) == 4
    assert notices("--jobs", "2") == serial
    assert notices("--jobs", "0") == serial


# --- -o FILE --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("report.html", "<!DOCTYPE html>"),
        ("report.json", "{"),
        ("report.md", "# cancel-mail report"),
        ("report.csv", "source,"),
        ("report.txt", "cancel-mail report"),
    ],
    ids=["html", "json", "markdown", "csv", "text"],
)
def test_output_file_format_follows_its_suffix(plain_mail: Path, name: str, start: str) -> None:
    target = plain_mail.parent / name
    result = run("scan", str(plain_mail), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert (result.stdout, result.stderr) == ("", "")
    assert target.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize("name", ["report.out", "report"], ids=["unknown-suffix", "no-suffix"])
def test_an_output_suffix_that_names_no_format_is_a_usage_error(
    plain_mail: Path, name: str
) -> None:
    target = plain_mail.parent / name
    result = run("scan", str(plain_mail), "-o", str(target))
    assert result.returncode == 2
    assert result.stdout == ""
    assert f"-o {target}" in result.stderr and "--format" in result.stderr
    assert not target.exists()
    # --format settles it.
    assert run("scan", str(plain_mail), "-o", str(target), "--format", "md").returncode == 0
    assert target.read_text(encoding="utf-8").startswith("# cancel-mail report")


def test_output_file_is_replaced_whole_and_leaves_no_temp_files(plain_mail: Path) -> None:
    out_dir = plain_mail.parent / "out"
    out_dir.mkdir()
    target = out_dir / "report.txt"
    target.write_text("old report " * 1000)
    result = run("scan", str(plain_mail), "--format", "json", "-o", str(target))
    assert result.returncode == 0
    assert json.loads(target.read_text())["scanned"] == 3
    assert [p.name for p in out_dir.iterdir()] == ["report.txt"]


def test_dash_output_is_stdout(plain_mail: Path) -> None:
    result = run("scan", str(plain_mail), "--format", "json", "-o", "-", cwd=plain_mail)
    assert json.loads(result.stdout)["scanned"] == 3
    assert not (plain_mail / "-").exists()


def test_unwritable_output_exits_1(plain_mail: Path) -> None:
    target = plain_mail.parent / "no-such-dir" / "report.html"
    result = run("scan", str(plain_mail), "-o", str(target))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"cancel-mail: error: cannot write {target}")
    assert not target.exists()


# --- progress -------------------------------------------------------------------------


def test_progress_bar_only_on_a_terminal_and_never_on_stdout(plain_mail: Path) -> None:
    # stderr is a pseudo-terminal, stdout a pipe: the bar must go to the
    # terminal and the JSON on stdout must stay clean.
    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [str(CLI), "scan", str(plain_mail), "--format", "json"],
            stdout=subprocess.PIPE,
            stderr=slave,
            timeout=120,
        )
        os.close(slave)
        slave = -1
        seen = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO once the terminal's other side is closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if slave != -1:
            os.close(slave)
        os.close(master)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["scanned"] == 3
    assert b"scanning" in seen and b"msg" in seen


def test_readme_scan_of_the_shipped_fixtures_is_clean() -> None:
    """The README's first command: every format, a report on stdout, on stderr only the
    scan's own lines (each unreadable file, the count of files that are not mail: no library
    warnings leak through), and the JSON agrees with the text summary."""
    root = Path(__file__).resolve().parents[1]
    report = json.loads(run("scan", "fixtures/mail", "--format", "json", cwd=root).stdout)
    own = [f"cancel-mail: cannot read {e['source']}: {e['error']}" for e in report["errors"]]
    own.append(f"cancel-mail: {report['skipped']} files skipped: not mail (--debug lists them)")
    for fmt in FORMATS:
        result = run("scan", "fixtures/mail", "--format", fmt, cwd=root)
        assert result.returncode == 0, result.stderr
        assert result.stderr.splitlines() == own, fmt
        assert result.stdout.strip()
    assert report["notices"] and report["summary"]["suspicious"] > 0
