"""The JSON report is exactly the DESIGN.md contract."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from _reports import hostile_report, notice, plain_report

from cancel_mail.api import build_report
from cancel_mail.models import Report
from cancel_mail.report import render

TOP_KEYS = ["schema_version", "generated_at", "scanned", "errors", "summary", "notices"]
NOTICE_KEYS = [
    "source", "message_id", "date", "sender", "subject", "marketplace", "language",
    "order_ids", "items", "reason_text", "cause", "confidence", "evidence",
    "authenticity", "actions", "folder", "found_in_junk",
]  # fmt: skip
CAUSES = [
    "inventory_shortage", "payment_issue", "technical_issue",
    "fraud_prevention", "customer_request", "unknown",
]  # fmt: skip


def test_keys_and_values_follow_the_contract() -> None:
    doc = json.loads(render(plain_report(), "json"))
    # general_actions, attention and skipped are the documented extensions (models.Report).
    assert list(doc) == [*TOP_KEYS, "general_actions", "attention", "skipped"]
    assert doc["schema_version"] == 1
    assert doc["scanned"] == 42
    assert doc["errors"] == [{"source": "mail/broken.eml", "error": "empty file"}]
    assert list(doc["summary"]) == ["by_cause", "suspicious"]
    assert list(doc["summary"]["by_cause"]) == CAUSES
    assert doc["summary"]["by_cause"]["inventory_shortage"] == 1
    assert doc["summary"]["suspicious"] == 1
    first = doc["notices"][0]
    # The DESIGN.md keys in their order, then the extensions.
    assert list(first) == NOTICE_KEYS
    assert (first["folder"], first["found_in_junk"]) == (None, False)
    assert first["cause"] == "inventory_shortage"
    assert first["authenticity"] == {
        "verdict": "genuine",
        "reasons": ["dkim=pass header.d=amazon.com"],
    }
    assert first["actions"][0]["id"] == "find_alternative"
    assert set(first["actions"][0]) == {"id", "text", "url"}


def test_dates_are_iso_strings_with_a_numeric_offset() -> None:
    when = datetime(2026, 11, 20, 8, 14, tzinfo=timezone(timedelta(hours=9)))
    report = build_report([notice(date=when)], [], scanned=1)
    doc = json.loads(render(report, "json"))
    assert doc["notices"][0]["date"] == "2026-11-20T08:14:00+09:00"
    assert doc["generated_at"].endswith("+00:00")
    assert datetime.fromisoformat(doc["generated_at"]).tzinfo is not None


def test_round_trips_to_the_same_report() -> None:
    report = hostile_report()
    assert Report.model_validate_json(render(report, "json")) == report


def test_non_ascii_is_kept_readable() -> None:
    report = build_report([notice(subject="ご注文はキャンセルされました")], [], scanned=1)
    assert "ご注文はキャンセルされました" in render(report, "json")


def test_no_date_is_null() -> None:
    report = build_report([notice(date=None)], [], scanned=1)
    assert json.loads(render(report, "json"))["notices"][0]["date"] is None
    assert report.generated_at.tzinfo is UTC
