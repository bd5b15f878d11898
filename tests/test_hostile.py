"""The malformed corpus (fixtures/hostile/make_hostile.py) against the library and the CLI.

Issue 6: ``scan`` exits 0 on it; every bad file is analysed best effort or listed
in ``errors`` with a reason; no message goes over a time or memory budget, and a
part too large to read is skipped and the skip is said (a parse defect).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from hostile_corpus import GENERATOR, generator
from markdown_it import MarkdownIt

import cancel_mail

CLI = Path(sys.executable).parent / "cancel-mail"
PROBE = Path(__file__).parent / "hostile_probe.py"
GEN = generator()

# Per-message budgets. The library enforces them with size and depth limits;
# these numbers are the ceiling a user could live with, not a benchmark.
TIME_BUDGET_SECONDS = 30  # a message that takes longer is treated as a hang
MEMORY_BUDGET_BYTES = 256 * 1024 * 1024  # peak RSS growth while one message is read
SCAN_PEAK_RSS_BYTES = 500 * 1024 * 1024  # the whole hostile scan (largest process)

MESSAGE_CASES = [case for case in GEN.cases() if case.build is not None]
# Cases whose hostile part is large enough (or numerous enough) that the
# library must skip or shorten it and say so, while still reading the notice.
OVERSIZED = {"attachment-50mb.eml", "multipart-1000000-parts.eml", "header-subject-1mb.eml"}
# Cases that carry the whole notice intact next to something hostile: best
# effort must still find the notice.
NOTICE_MUST_SURVIVE = {
    "control-notice.eml",
    "attachment-50mb.eml",
    "header-10000-names.eml",
    "report-injection.eml",
}
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("hostile")
    GEN.write_corpus(dest)
    return dest


def test_generator_is_deterministic(tmp_path: Path) -> None:
    first = GEN.write_corpus(tmp_path / "a", small=True)
    second = GEN.write_corpus(tmp_path / "b", small=True)
    assert [p.name for p in first] == [p.name for p in second]
    for a, b in zip(first, second, strict=True):
        if a.is_file():
            assert a.read_bytes() == b.read_bytes(), a.name


def test_readme_lists_every_case() -> None:
    readme = GENERATOR.with_name("README.md").read_text()
    listed = set(re.findall(r"^\| `([^`]+)` \|", readme, re.MULTILINE))
    assert listed == {case.name for case in GEN.cases()}


def test_corpus_covers_the_issue(corpus: Path) -> None:
    """The kinds of damage issue 6 names are all present, at the sizes it names."""
    names = {p.name for p in corpus.iterdir()}
    truncated = [n for n in names if n.startswith("truncated-") and "boundary" in n]
    base = GEN.base_notice()
    delimiter_lines = [ln for ln in base.split(b"\r\n") if ln.startswith(b"--=_")]
    assert len(truncated) == 2 * len(delimiter_lines) >= 8
    assert (corpus / "empty.eml").stat().st_size == 0
    assert (corpus / "directory-named-like.eml").is_dir()
    assert (corpus / "attachment-50mb.eml").stat().st_size > 50 * 1024 * 1024
    subject = (corpus / "header-subject-1mb.eml").read_bytes().split(b"\r\n")[1]
    assert subject.startswith(b"Subject:") and len(subject) > 1024 * 1024
    head = (corpus / "header-10000-names.eml").read_bytes().split(b"\r\n\r\n")[0]
    assert len({ln.split(b":")[0] for ln in head.split(b"\r\n")}) > 10_000
    nested = (corpus / "multipart-nested-10000.eml").read_bytes()
    assert nested.count(b"Content-Type: multipart/mixed") == 10_000
    html = (corpus / "html-nested-100000.eml").read_bytes()
    assert html.count(b"<div>") == 100_000
    assert b"\0" in (corpus / "nul-in-headers-and-body.eml").read_bytes()


def _probe(path: Path) -> dict[str, Any]:
    try:
        proc = subprocess.run(
            [sys.executable, str(PROBE), str(path)],
            capture_output=True,
            text=True,
            timeout=TIME_BUDGET_SECONDS,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{path.name}: over the {TIME_BUDGET_SECONDS} s budget for one message")
    assert proc.returncode == 0, f"{path.name}: the library raised:\n{proc.stderr[-4000:]}"
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


@pytest.mark.parametrize("name", [case.name for case in MESSAGE_CASES])
def test_message_within_budget(corpus: Path, name: str) -> None:
    result = _probe(corpus / name)
    growth_mb = result["rss_growth"] / 2**20
    assert result["rss_growth"] <= MEMORY_BUDGET_BYTES, f"{name}: peak grew {growth_mb:.0f} MB"
    # Either the message was read (best effort), or the library said why not.
    for key in ("parse_error", "analyze_error"):
        if key in result:
            assert _is_reason(result[key]), f"{name}: {key} is no reason: {result[key]!r}"
    # What parse produced is what analyze produced: both failed or both read it.
    assert ("parse_error" in result) == ("analyze_error" in result)


@pytest.mark.parametrize("name", sorted(OVERSIZED))
def test_oversized_part_is_skipped_and_said_so(corpus: Path, name: str) -> None:
    result = _probe(corpus / name)
    assert "parse_error" not in result, result.get("parse_error")
    said = [d for d in result["defects"] if re.search(r"skip|truncat|cut", d, re.IGNORECASE)]
    assert said, f"no defect says what was skipped: {result['defects']}"
    assert GEN.ORDER_ID in result["text"]


@pytest.mark.parametrize("name", sorted(NOTICE_MUST_SURVIVE))
def test_notice_survives_hostile_neighbours(corpus: Path, name: str) -> None:
    result = _probe(corpus / name)
    assert result.get("notice"), f"{name}: no notice found ({result.get('analyze_error')})"
    assert set(result["notice"]["order_ids"]) & {GEN.ORDER_ID, GEN.INJECTION_ORDER_ID}


def test_control_characters_do_not_reach_the_reader(corpus: Path) -> None:
    """An encoded subject that decodes to ESC, BEL, NUL or CR LF must not carry them
    into reports (terminal escapes, header injection in notify consumers)."""
    result = _probe(corpus / "rfc2047-control-characters.eml")
    assert "parse_error" not in result, result.get("parse_error")
    assert "Order canceled" in result["subject"]
    for field in ("subject", "from_name"):
        assert not CONTROL_CHARS.search(result[field]), f"{field}: {result[field]!r}"


def _is_reason(text: str) -> bool:
    """A reason a user can act on: words, not an empty string or a bare repr."""
    return bool(re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}", text)) and "Traceback" not in text


def _scan(paths: list[Path], *extra: str, tmp: Path) -> tuple[int, str, str, int]:
    """Run the installed console script; return exit code, stdout, stderr, peak RSS."""
    out, err = tmp / "stdout", tmp / "stderr"
    with out.open("wb") as fout, err.open("wb") as ferr:
        proc = subprocess.Popen(
            [str(CLI), "scan", *map(str, paths), *extra],
            stdout=fout,
            stderr=ferr,
            stdin=subprocess.DEVNULL,
        )
        try:
            # wait4 gives this child's resource usage, peak RSS included; with
            # --jobs its workers count too (their largest peak, not the sum).
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            if proc.returncode is None:
                proc.returncode = -1
                proc.kill()
        proc.returncode = os.waitstatus_to_exitcode(status)
    return (
        proc.returncode,
        out.read_text(errors="replace"),
        err.read_text(errors="replace"),
        usage.ru_maxrss * 1024,
    )


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["one-process", "two-workers"])
def test_scan_hostile_corpus(corpus: Path, tmp_path: Path, jobs: str) -> None:
    code, stdout, stderr, peak = _scan([corpus], "--format", "json", "--jobs", jobs, tmp=tmp_path)
    assert code == 0, stderr[-4000:]
    # Hostile mail is analysed or listed in errors. On stderr there is one line
    # per entry that could not be read (a user's mistake must be visible), and
    # nothing else: no tracebacks, no library chatter.
    report = json.loads(stdout)
    lines = stderr.splitlines()
    unreadable = [line for line in lines if line.startswith("cancel-mail: cannot read ")]
    skipped = [line for line in lines if re.fullmatch(r"\d+ files? skipped: not mail", line)]
    assert len(unreadable) + len(skipped) == len(lines), stderr[-4000:]
    assert len(unreadable) == len(report["errors"])
    assert peak < SCAN_PEAK_RSS_BYTES, f"peak RSS {peak / 2**20:.0f} MB"

    # Every entry of the corpus is accounted for: each is one message (the folder
    # named like a message holds one), read into ``scanned``, or unreadable and
    # then in ``errors``; a message that was read but failed is in both.
    entries = {str(corpus / case.name) for case in GEN.cases()}
    inside = str(corpus / "directory-named-like.eml" / "inside.eml")
    sources = [e["source"] for e in report["errors"]]
    assert len(sources) == len(set(sources)), "a file is listed twice in errors"
    assert set(sources) <= entries | {inside}, set(sources) - entries
    assert len(entries) - len(sources) <= report["scanned"] <= len(entries)
    for entry in report["errors"]:
        assert _is_reason(entry["error"]), entry

    found = {oid for notice in report["notices"] for oid in notice["order_ids"]}
    assert GEN.ORDER_ID in found, "the intact control notice was not found"
    by_source = {n["source"] for n in report["notices"]}
    assert str(corpus / "attachment-50mb.eml") in by_source


# --- report injection through the CLI ----------------------------------------
# The renderers have their own unit tests; these check the path a user takes:
# a hostile mail on disk, the installed command, the document it writes.

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def injection_mail(tmp_path: Path) -> Path:
    path = tmp_path / "mail" / "injection.eml"
    path.parent.mkdir()
    path.write_bytes(GEN.injection_notice())
    return path


def test_csv_report_neutralises_formulas(injection_mail: Path, tmp_path: Path) -> None:
    code, stdout, stderr, _ = _scan([injection_mail], "--format", "csv", tmp=tmp_path)
    assert code == 0, stderr
    rows = list(csv.reader(io.StringIO(stdout)))
    assert any(GEN.INJECTION_ORDER_ID in cell for row in rows for cell in row), stdout
    # The hostile subject and item are in the report, but as inert text.
    assert "HYPERLINK" in stdout and "SUM(1+1)" in stdout
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_START), f"live formula cell: {cell!r}"


def test_markdown_report_escapes_mail_content(injection_mail: Path, tmp_path: Path) -> None:
    code, stdout, stderr, _ = _scan([injection_mail], "--format", "markdown", tmp=tmp_path)
    assert code == 0, stderr
    assert GEN.INJECTION_ORDER_ID in stdout
    # Render it as a Markdown viewer would (raw HTML and autolinks on) and look
    # at what comes out: the hostile text must be there, as text only.
    engine = MarkdownIt("gfm-like", {"html": True, "linkify": True})
    html = BeautifulSoup(engine.render(stdout), "html.parser")
    assert "alert(1)" in html.get_text(), "the hostile text vanished instead of being escaped"
    assert "SUM(1+1)" in html.get_text()
    for tag in html.find_all(True):
        assert isinstance(tag, Tag)
        assert tag.name not in ("script", "img", "iframe", "style"), str(tag)
        assert not any(attr.startswith("on") for attr in tag.attrs), str(tag)
        href = str(tag.get("href", "")).strip().lower()
        assert not href.startswith(("javascript:", "http://evil.example")), str(tag)


# --- notify: mail content goes to stdin, never onto a command line -------------


def test_notify_gets_json_on_stdin_never_mail_on_the_command_line(tmp_path: Path) -> None:
    from cancel_mail.notify import notify

    data = GEN.injection_notice().replace(
        b"Subject: ", b"Subject: $(touch PWNED-1) `touch PWNED-2`; touch PWNED-3 && "
    )
    notice = cancel_mail.analyze_message(data, source="mail/$(touch PWNED-4).eml")
    assert notice is not None and "$(touch PWNED-1)" in notice.subject
    sink = tmp_path / "received"
    # The command goes through a real shell, as a user's notify script might:
    # mail content must not reach it as words, only as JSON on stdin.
    script = f'cd {tmp_path} && for a in "$@"; do echo "$a"; done > {sink}.argv && cat > {sink}'
    command = f"sh -c '{script}' notify-sh --static-argument"
    assert notify(command, notice)
    assert json.loads(sink.read_text()) == notice.model_dump(mode="json")
    assert Path(f"{sink}.argv").read_text().split() == ["--static-argument"]
    assert not list(tmp_path.glob("PWNED-*")), "mail content ran as a shell command"
