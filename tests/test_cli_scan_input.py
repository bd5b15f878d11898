"""What `cancel-mail scan` reads and what it tells about what it could not read, run as the
installed console script: mail found by content (a Thunderbird profile, .mbx, .txt), files that
are not mail counted, standard input, one stderr line per unreadable path, and -o tried first.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cancel_mail import scan_path

CLI = Path(sys.executable).parent / "cancel-mail"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
INVENTORY = FIXTURES / "en" / "inventory-whole-order-com.eml"
PAYMENT = FIXTURES / "en" / "payment-declined-com.eml"
PHISHING = FIXTURES / "phishing" / "p02-en-arnazon-com.eml"
NEWSLETTER = FIXTURES / "not-cancellation" / "marketing-deals-com.eml"
TECHNICAL = FIXTURES / "en" / "technical-pricing-error-com.eml"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
        ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(CLI), *args], input=stdin, capture_output=True, cwd=cwd,
                          timeout=120, check=False)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode(), done.stderr.decode())


def report_of(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert done.returncode == 0, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)
    return doc


def thunderbird_mbox(*messages: Path) -> bytes:
    """An mbox as Thunderbird writes one: "From - DATE" envelopes, >From quoting."""
    out = b""
    for path in messages:
        body = re.sub(rb"(?m)^(>*From )", rb">\1", path.read_bytes().replace(b"\r\n", b"\n"))
        out += b"From - Fri Nov 20 08:14:00 2026\nX-Mozilla-Status: 0001\n" + body
        out += b"" if body.endswith(b"\n") else b"\n"
        out += b"\n"
    return out


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    """A Thunderbird profile folder: Local Folders with Inbox, Junk, Sent and a subfolder
    (mbox files without a suffix, each with its .msf index), an offline IMAP cache, and the
    profile's own files, which are not mail."""
    root = tmp_path / "abcd1234.default-release"
    local = root / "Mail" / "Local Folders"
    (local / "Inbox.sbd").mkdir(parents=True)
    (local / "Inbox").write_bytes(thunderbird_mbox(INVENTORY, NEWSLETTER))
    (local / "Junk").write_bytes(thunderbird_mbox(PHISHING))
    (local / "Sent").write_bytes(b"")  # empty folder: no mail, and no error either
    (local / "Inbox.sbd" / "Orders").write_bytes(thunderbird_mbox(PAYMENT))
    imap = root / "ImapMail" / "imap.example.com"
    imap.mkdir(parents=True)
    (imap / "INBOX").write_bytes(thunderbird_mbox(TECHNICAL))
    for folder, names in ((local, ["Inbox", "Junk", "Sent"]), (local / "Inbox.sbd", ["Orders"]),
                          (imap, ["INBOX"])):
        for name in names:
            (folder / f"{name}.msf").write_text('// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)>\n')
    (root / "prefs.js").write_text('user_pref("mail.server.server1.name", "Local Folders");\n')
    (root / "times.json").write_text('{"created": 1700000000000}\n')
    (root / "lock").symlink_to("127.0.0.1:+4242")  # dangling on purpose, as Thunderbird does
    return root


def test_a_thunderbird_profile_folder_gives_its_folders_notices(profile: Path) -> None:
    done = run("scan", str(profile), "--format", "json")
    doc = report_of(done)
    local = profile / "Mail" / "Local Folders"
    assert sorted(n["source"] for n in doc["notices"]) == sorted([
        f"{profile}/ImapMail/imap.example.com/INBOX#0",
        f"{local}/Inbox#0",
        f"{local}/Inbox.sbd/Orders#0",
        f"{local}/Junk#0",
    ])
    junk = next(n for n in doc["notices"] if n["source"].endswith("/Junk#0"))
    assert junk["authenticity"]["verdict"] == "suspicious"
    assert doc["scanned"] == 5  # the newsletter too
    assert doc["errors"] == []
    # Five .msf indexes, prefs.js, times.json and the lock link.
    assert doc["skipped"] == 8
    assert done.stderr == "cancel-mail: 8 files skipped: not mail (--debug lists them)\n"


def test_debug_names_every_file_skipped(profile: Path) -> None:
    done = run("--debug", "scan", str(profile), "--format", "json")
    assert done.returncode == 0, done.stderr
    named = sorted(re.findall(r"not mail, skipped: (.+)", done.stderr))
    assert named == sorted(
        [str(p) for p in profile.rglob("*.msf")]
        + [str(profile / n) for n in ("prefs.js", "times.json", "lock")]
    )
    assert "cancel-mail: 8 files skipped: not mail\n" in done.stderr


def test_mbx_and_txt_mail_are_read_by_content_and_notes_are_not(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "archive.mbx").write_bytes(thunderbird_mbox(INVENTORY, PAYMENT))
    (folder / "saved-message.txt").write_bytes(TECHNICAL.read_bytes())
    (folder / "notes.txt").write_text("Subject: things to buy\nmilk, bread\n")
    (folder / "From-the-desk.txt").write_text("From the desk of the editor: hello\n")
    doc = report_of(run("scan", str(folder), "--format", "json"))
    assert sorted(n["source"] for n in doc["notices"]) == [
        f"{folder}/archive.mbx#0", f"{folder}/archive.mbx#1", f"{folder}/saved-message.txt",
    ]
    assert doc["skipped"] == 2
    # The library says the same.
    report = scan_path(folder)
    assert (len(report.notices), report.skipped) == (3, 2)


def test_an_mbox_with_an_unusual_envelope_date_is_still_an_mbox(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    mbox = thunderbird_mbox(INVENTORY).replace(
        b"From - Fri Nov 20 08:14:00 2026\n",
        b"From orders@amazon.com Fri, 20 Nov 2026 08:14 +0000\n",
    )
    (folder / "Orders").write_bytes(mbox)
    report = scan_path(folder)
    assert [n.source for n in report.notices] == [f"{folder}/Orders#0"]
    assert report.skipped == 0


def test_one_message_from_standard_input(tmp_path: Path) -> None:
    doc = report_of(run("scan", "-", "--format", "json", stdin=INVENTORY.read_bytes()))
    assert [(n["source"], n["cause"]) for n in doc["notices"]] == [("-", "inventory_shortage")]


def test_an_mbox_from_standard_input(tmp_path: Path) -> None:
    mbox = thunderbird_mbox(INVENTORY, NEWSLETTER, PAYMENT)
    doc = report_of(run("scan", "-", "--format", "json", stdin=mbox))
    assert doc["scanned"] == 3
    assert [n["source"] for n in doc["notices"]] == ["-#0", "-#2"]


def test_empty_standard_input_is_nothing_readable() -> None:
    done = run("scan", "-", stdin=b"")
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == "cancel-mail: error: cannot read -: empty input\n"


def test_each_unreadable_path_gets_one_stderr_line(tmp_path: Path) -> None:
    (tmp_path / "good.eml").write_bytes(INVENTORY.read_bytes())
    (tmp_path / "trap.eml").mkdir()
    done = run("scan", "good.eml", "gone.mbox", "trap.eml", "--format", "json", cwd=tmp_path)
    doc = report_of(done)
    assert len(doc["notices"]) == 1
    assert done.stderr.splitlines() == [
        "cancel-mail: cannot read gone.mbox: no such file or directory",
        "cancel-mail: cannot read trap.eml: is a directory, not a mail file",
    ]


def test_an_unwritable_output_is_refused_before_the_scan_starts(tmp_path: Path) -> None:
    # Standard input that never ends: a scan that started would wait on it
    # until the timeout.
    target = tmp_path / "no-such-dir" / "report.json"
    proc = subprocess.Popen([str(CLI), "scan", "-", "-o", str(target)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = _wait(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 1
    assert out == b""
    assert err.decode().startswith(f"cancel-mail: error: cannot write {target}: ")


def _wait(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    assert proc.stdout is not None and proc.stderr is not None
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail("scan read its input before it tried the output file")
    return proc.stdout.read(), proc.stderr.read()


def test_a_folder_with_only_mail_says_nothing_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(INVENTORY.read_bytes())
    done = run("scan", str(tmp_path), "--format", "json")
    assert report_of(done)["skipped"] == 0
    assert done.stderr == ""
    assert os.listdir(tmp_path) == ["a.eml"]
