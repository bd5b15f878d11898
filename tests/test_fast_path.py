"""The fast path must find exactly what a full parse of every message finds.

``scan_path`` sniffs every message and fully parses only the candidates. The
brute force here parses *every* message (no sniff) with the same pipeline, and
the two must agree notice for notice: on the project's fixtures and on a mailbox
from the benchmark generator that holds every cause in every language, forwards,
phishing, newsletters, big attachments and malformed mail. ``--jobs 2`` must give
the same report as ``--jobs 1``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from cancel_mail import api, scan_path, sniff
from cancel_mail.models import Notice, OrderSignal, ScanError
from cancel_mail.sources.files import RawMessage, UnreadableSource, iter_messages

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_MAIL = ROOT / "fixtures" / "mail"
CLI = Path(sys.executable).with_name("cancel-mail")
GENERATED_N = 400


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" /
                                                  "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("generated")
    manifest = _load_generator().generate(GENERATED_N, out)
    return out, manifest


def _brute_force(path: Path) -> tuple[list[Notice], list[str]]:
    """Every message through parse/detect/classify, no sniff: the reference answer.

    Returns the notices (refined with order history, as scan_path does) and the
    sources of every message that gave a notice or an order signal."""
    notices: list[Notice] = []
    signals: list[OrderSignal] = []
    relevant: list[str] = []
    for item in iter_messages([str(path)]):
        if isinstance(item, UnreadableSource):
            continue
        outcome = api.analyze_raw(item.source, item.data)
        if isinstance(outcome, Notice):
            notices.append(outcome)
            relevant.append(item.source)
        elif isinstance(outcome, OrderSignal):
            signals.append(outcome)
            relevant.append(item.source)
        else:
            assert outcome is None or isinstance(outcome, ScanError)
    return [api.apply_history(n, signals) for n in notices], relevant


def _dump(notices: list[Notice]) -> list[dict[str, Any]]:
    return [n.model_dump(mode="json") for n in notices]


def _assert_same(path: Path) -> int:
    expected, relevant = _brute_force(path)
    report = scan_path([str(path)])
    # Name the messages the sniff wrongly dropped first: that is the likely bug.
    wanted = set(relevant)
    data = {i.source: i.data for i in iter_messages([str(path)])
            if isinstance(i, RawMessage) and i.source in wanted}
    dropped = [source for source in relevant if not sniff.is_candidate(data[source])]
    assert dropped == [], "the sniff dropped messages that a full parse uses"
    assert _dump(report.notices) == _dump(expected)
    return len(expected)


def test_fast_path_matches_full_parse_on_fixtures() -> None:
    assert FIXTURE_MAIL.is_dir(), f"{FIXTURE_MAIL} is missing"
    found = _assert_same(FIXTURE_MAIL)
    assert found > 0, "the fixtures hold notices, so the comparison must see some"


@pytest.mark.parametrize("fmt", ["eml", "mailbox.mbox", "Maildir"], ids=["eml-folder", "mbox",
                                                                         "maildir"])
def test_fast_path_matches_full_parse_on_generated_mailbox(
    generated: tuple[Path, dict[str, Any]], fmt: str
) -> None:
    root, manifest = generated
    found = _assert_same(root / fmt)
    assert found > 0
    # The mailbox really does hold the hard cases the comparison is meant to cover.
    kinds = {e["kind"] for e in manifest["expected"]}
    assert {"cancellation", "phishing", "history_cancel"} <= kinds
    assert {e["forwarded"] for e in manifest["expected"]} >= {"inline", "attached"}
    assert {e["language"] for e in manifest["expected"]} == {"en", "de", "fr", "es", "it", "ja"}


def _cli_scan(path: Path, jobs: int) -> dict[str, Any]:
    proc = subprocess.run([str(CLI), "scan", str(path), "--format", "json", "--jobs", str(jobs)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    doc: dict[str, Any] = json.loads(proc.stdout)
    doc.pop("generated_at")
    return doc


def test_jobs_2_gives_the_same_report_as_jobs_1(generated: tuple[Path, dict[str, Any]]) -> None:
    root, _ = generated
    one = _cli_scan(root / "eml", 1)
    two = _cli_scan(root / "eml", 2)
    assert one["notices"], "the generated mailbox holds notices"
    assert two == one


def test_library_jobs_2_keeps_order_and_content(generated: tuple[Path, dict[str, Any]]) -> None:
    root, _ = generated
    one = scan_path([str(root / "mailbox.mbox")], jobs=1)
    two = scan_path([str(root / "mailbox.mbox")], jobs=2)
    assert _dump(two.notices) == _dump(one.notices)
    assert [e.model_dump() for e in two.errors] == [e.model_dump() for e in one.errors]
    assert two.scanned == one.scanned == GENERATED_N
