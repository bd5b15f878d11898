"""Where poll and report put their report, against a real Dovecot: the format follows the
suffix of -o FILE (as in scan), an unknown suffix or an unwritable file stops the run before
any mail is read, --since takes dates and relative days, and an empty history says so."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import Account, cancellation

pytestmark = pytest.mark.dovecot

ORDER = "112-0000001-0000001"
# The Date header of tests/data/imap/cancelled.eml.
NOTICE_DAY = date(2026, 11, 20)


def first_lines(path: Path) -> str:
    return path.read_text(encoding="utf-8")[:200]


def looks_like(fmt: str, text: str) -> bool:
    if fmt == "json":
        return json.loads(text)["notices"][0]["order_ids"] == [ORDER]
    if fmt == "html":
        return text.startswith("<!DOCTYPE html>")
    if fmt == "csv":
        return text.startswith("source,")
    if fmt == "markdown":
        return text.startswith("# cancel-mail report")
    return text.startswith("cancel-mail report")


def seen(account: Account) -> int:
    if not account.state.exists():
        return 0
    db = sqlite3.connect(f"file:{account.state}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM seen").fetchone()[0])
    finally:
        db.close()


SUFFIXES = [("h.json", "json"), ("h.html", "html"), ("h.csv", "csv"), ("h.txt", "text")]


@pytest.mark.parametrize(("name", "fmt"), SUFFIXES, ids=[f for _, f in SUFFIXES])
def test_poll_writes_the_format_its_output_suffix_names(
    account: Account, name: str, fmt: str
) -> None:
    account.append("INBOX", cancellation(ORDER))
    out = account.tmp / name
    done = account.run("poll", "--config", str(account.write_config()), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert looks_like(fmt, out.read_text(encoding="utf-8")), first_lines(out)


@pytest.mark.parametrize(("name", "fmt"), SUFFIXES, ids=[f for _, f in SUFFIXES])
def test_report_writes_the_format_its_output_suffix_names(
    account: Account, name: str, fmt: str
) -> None:
    account.append("INBOX", cancellation(ORDER))
    config = account.write_config()
    assert account.run("poll", "--config", str(config)).returncode == 0
    out = account.tmp / name
    done = account.run("report", "--config", str(config), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert looks_like(fmt, out.read_text(encoding="utf-8")), first_lines(out)


def test_the_configured_output_suffix_sets_the_format_unless_the_file_names_one(
    account: Account,
) -> None:
    account.append("INBOX", cancellation(ORDER))
    out = account.tmp / "history.html"
    config = account.write_config(extra=f'\n[report]\noutput = "{out}"\n')
    assert account.run("poll", "--config", str(config)).returncode == 0
    assert looks_like("html", out.read_text(encoding="utf-8")), first_lines(out)

    config = account.write_config(extra=f'\n[report]\noutput = "{out}"\nformat = "json"\n')
    assert account.run("report", "--config", str(config)).returncode == 0
    assert looks_like("json", out.read_text(encoding="utf-8")), first_lines(out)
    # -o on the command line says more than the file does.
    csv = account.tmp / "history.csv"
    assert account.run("report", "--config", str(config), "-o", str(csv)).returncode == 0
    assert looks_like("csv", csv.read_text(encoding="utf-8")), first_lines(csv)


@pytest.mark.parametrize("command", ["poll", "report"])
@pytest.mark.parametrize("name", ["h.pdf", "history"], ids=["pdf", "no-suffix"])
def test_an_unknown_output_suffix_is_a_usage_error_before_any_mail_is_read(
    account: Account, command: str, name: str
) -> None:
    account.append("INBOX", cancellation(ORDER))
    out = account.tmp / name
    done = account.run(command, "--config", str(account.write_config()), "-o", str(out))
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"-o {out}" in done.stderr and "--format" in done.stderr
    assert not out.exists()
    assert seen(account) == 0
    # --format settles it.
    done = account.run(command, "--config", str(account.write_config()), "-o", str(out),
                       "--format", "json")
    assert done.returncode == 0, done.stderr


def test_watch_refuses_an_unknown_output_suffix_before_it_connects(account: Account) -> None:
    out = account.tmp / "notices.pdf"
    # A watch that started would run until the timeout.
    done = account.run("watch", "--config", str(account.write_config()), "-o", str(out),
                       timeout=30)
    assert done.returncode == 2
    assert f"-o {out}" in done.stderr and "--format" in done.stderr
    assert seen(account) == 0


def test_an_unwritable_output_stops_poll_before_it_reads_mail(account: Account) -> None:
    account.append("INBOX", cancellation(ORDER))
    out = account.tmp / "no-such-dir" / "h.json"
    done = account.run("poll", "--config", str(account.write_config()), "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.startswith(f"cancel-mail: error: cannot write {out}: ")
    assert seen(account) == 0  # the notice is still new for the next poll


@pytest.mark.parametrize(
    ("since", "included"),
    [
        (NOTICE_DAY.isoformat(), True),
        ("2026-11-21", False),
        ("{days}d", True),
        ("{later}d", False),
        ("{weeks}w", True),
        ("1d", False),
    ],
    ids=["iso-day-of", "iso-day-after", "days-to-the-day", "a-day-short", "weeks", "1d"],
)
def test_since_takes_a_day_or_days_and_weeks_back(
    account: Account, since: str, included: bool
) -> None:
    account.append("INBOX", cancellation(ORDER))
    config = account.write_config()
    assert account.run("poll", "--config", str(config)).returncode == 0
    days = (date.today() - NOTICE_DAY).days
    if days < 2:
        pytest.skip("the relative forms need the notice to be two days old")
    value = since.format(days=days, later=days - 1, weeks=days // 7 + 1)
    done = account.run("report", "--config", str(config), "--since", value,
                       "--format", "json")
    assert done.returncode == 0, done.stderr
    found = [n["order_ids"] for n in json.loads(done.stdout)["notices"]]
    assert found == ([[ORDER]] if included else [])


@pytest.mark.parametrize("since", ["yesterday", "2026-02-30", "11/20/2026", "7x"])
def test_a_since_it_cannot_read_says_what_it_expects(account: Account, since: str) -> None:
    done = account.run("report", "--config", str(account.write_config()), "--since", since)
    assert done.returncode == 2
    assert done.stdout == ""
    last = done.stderr.splitlines()[-1]
    assert last.startswith("cancel-mail report: error: argument --since: ")
    assert "YYYY-MM-DD" in last or "not a day of the calendar" in last
    assert "fromisoformat" not in done.stderr and "_since" not in done.stderr


def test_report_before_any_poll_says_to_poll_first(account: Account) -> None:
    out = account.tmp / "history.md"
    for args in ([], ["--format", "json"], ["-o", str(out)]):
        done = account.run("report", "--config", str(account.write_config()), *args)
        assert done.returncode == 0, done.stderr
        assert done.stdout == ""
        assert done.stderr == (
            "cancel-mail: no notices stored yet: run `cancel-mail poll` first\n"
        )
        assert "Scanned 0" not in done.stderr
    assert not out.exists()
