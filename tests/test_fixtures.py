"""Every fixture under fixtures/mail against its group's expected.json.

One scan of the whole tree (``scan_path``), as a user would run it, and then
per fixture: notice or not, cause, language, marketplace, order ids, items,
reason; ``analyze_message`` on the file alone agrees (except where the cause
needs earlier mail); and the cheap sniff never drops a message that the full
analysis reports.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cancel_mail import Report, analyze_message, scan_path
from cancel_mail.api import analyze_raw
from cancel_mail.errors import MessageError
from cancel_mail.models import Notice, OrderSignal
from cancel_mail.parse import parse_message
from cancel_mail.sniff import is_candidate
from cancel_mail.sources.files import RawMessage, iter_messages

MAIL = Path(__file__).resolve().parent.parent / "fixtures" / "mail"

# Expectations this suite disputes: (source below fixtures/mail, what is checked) -> why.
# Strict xfail: when the fixture is corrected the entry must go.
DISPUTED: dict[tuple[str, str], str] = {}


def _expectations() -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = []
    for expected in sorted(MAIL.glob("*/expected.json")):
        table = json.loads(expected.read_text(encoding="utf-8"))
        for key, value in sorted(table.items()):
            cases.append((f"{expected.parent.name}/{key}", value))
    return cases


CASES = _expectations()


def _params(check: str, when: Callable[[dict[str, Any]], bool] = lambda exp: True) -> list[Any]:
    out = []
    for rel, exp in CASES:
        if not when(exp):
            continue
        why = DISPUTED.get((rel, check))
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        out.append(pytest.param(rel, exp, id=rel, marks=marks))
    return out


@pytest.fixture(scope="module")
def report() -> Report:
    return scan_path([str(MAIL)])


def _source(rel: str) -> str:
    return f"{MAIL}/{rel}"


def test_there_are_fixtures() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(("rel", "exp"), _params("notice"))
def test_notice_or_not(report: Report, rel: str, exp: dict[str, Any]) -> None:
    source = _source(rel)
    errors = {e.source: e.error for e in report.errors}
    if exp.get("error"):
        assert source in errors, "expected an entry in the report's errors"
        return
    assert source not in errors, errors.get(source)
    found = [n for n in report.notices if n.source == source]
    assert bool(found) == bool(exp.get("notice")), [n.subject for n in found]


def _cause_checked(exp: dict[str, Any]) -> bool:
    # "cause_pending_model": the language's cause waits for the retrained cause
    # model (fixtures/README.md); its detection and facts are checked all the same.
    return bool(exp.get("notice")) and "cause" in exp and not exp.get("cause_pending_model")


@pytest.mark.parametrize(("rel", "exp"), _params("cause", _cause_checked))
def test_cause(report: Report, rel: str, exp: dict[str, Any]) -> None:
    notice = next(n for n in report.notices if n.source == _source(rel))
    assert notice.cause.value == exp["cause"], (notice.reason_text, notice.evidence)
    assert 0.0 < notice.confidence <= 1.0


@pytest.mark.parametrize(("rel", "exp"), _params("facts", lambda exp: bool(exp.get("notice"))))
def test_facts(report: Report, rel: str, exp: dict[str, Any]) -> None:
    notice = next(n for n in report.notices if n.source == _source(rel))
    if "language" in exp:
        assert notice.language == exp["language"]
    if "marketplace" in exp:
        assert notice.marketplace == exp["marketplace"]
    if "order_ids" in exp:
        assert notice.order_ids == exp["order_ids"]
    for item in exp.get("items", []):
        assert item in notice.items
    if exp.get("reason_contains"):
        assert notice.reason_text is not None
        assert exp["reason_contains"].lower() in notice.reason_text.lower()


@pytest.mark.parametrize(("rel", "exp"), _params("alone"))
def test_analyze_message_alone_agrees(rel: str, exp: dict[str, Any]) -> None:
    path = MAIL / rel
    if not path.is_file():
        pytest.skip("a message inside an mbox or Maildir: covered by the scan")
    data = path.read_bytes()
    if exp.get("error"):
        with pytest.raises(MessageError):
            analyze_message(data, source=str(path))
        return
    notice = analyze_message(data, source=str(path))
    assert (notice is not None) == bool(exp.get("notice"))
    if notice is not None and _cause_checked(exp) and not exp.get("needs_history"):
        assert notice.cause.value == exp["cause"]


def _every_message() -> list[RawMessage]:
    return [m for m in iter_messages([str(MAIL)]) if isinstance(m, RawMessage)]


@pytest.mark.parametrize(
    "message", [pytest.param(m, id=m.source[len(str(MAIL)) + 1 :]) for m in _every_message()]
)
def test_sniff_never_drops_what_the_full_analysis_reports(message: RawMessage) -> None:
    try:
        parse_message(message.data)
    except MessageError:
        # An unreadable message must reach the full parse to be reported.
        assert is_candidate(message.data)
        return
    # The whole pipeline: a notice, a look-alike's claim or an order signal.
    reported = isinstance(analyze_raw(message.source, message.data), Notice | OrderSignal)
    if reported:
        assert is_candidate(message.data)
