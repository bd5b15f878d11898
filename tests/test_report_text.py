"""The text report: readable on a terminal, and safe to print there."""

from __future__ import annotations

import re

from _reports import TERMINAL, empty_report, hostile_notice, hostile_report, plain_report

from cancel_mail.api import build_report
from cancel_mail.report import render


def test_summary_table_counts_causes_without_the_suspicious() -> None:
    document = render(plain_report(), "text")
    assert re.search(r"^Inventory shortage +1$", document, re.M)
    assert re.search(r"^Payment issue +1$", document, re.M)
    assert re.search(r"^Fraud prevention +0$", document, re.M)
    assert re.search(r"^Total +2$", document, re.M)
    assert re.search(r"^Suspicious \(apart\) +1$", document, re.M)
    assert "Scanned 42 messages: 2 cancellation notices, 1 suspicious, 1 error." in document


def test_each_notice_lists_its_facts_and_actions() -> None:
    document = render(plain_report(), "text")
    first = document[document.index("1. Your Amazon.com order") :]
    first = first[: first.index("\n\n")]
    for expected in (
        "Date:         2026-11-20 08:14+00:00",
        "From:         auto-confirm@amazon.com",
        "Marketplace:  amazon.com (en)",
        "Orders:       112-1234567-1234567",
        "Items:        USB-C cable, 2 m",
        "Cause:        Inventory shortage (confidence 0.93)",
        'Evidence:     "no longer available"',
        "Reason:       The item is no longer available from the seller.",
        "Authenticity: genuine (dkim=pass header.d=amazon.com)",
        "<https://www.amazon.com/gp/buyagain>",
    ):
        assert expected in first


def test_lookalikes_come_before_the_genuine_notices_under_a_warning() -> None:
    document = render(plain_report(), "text")
    warning = document.index("!! LOOK-ALIKES: POSSIBLE PHISHING (1) !!")
    assert document.index("Needs your attention") < warning
    lookalike = document.index("1. Your account is on hold", warning)
    assert warning < lookalike < document.index("Cancellation notices")
    assert document.index("Action required: order", warning) > lookalike
    assert "do not click its links" in document[warning:]


def test_errors_and_general_advice_close_the_report() -> None:
    document = render(plain_report(), "text")
    assert document.index("Errors (1)") < document.index("General advice")
    assert "- mail/broken.eml: empty file" in document
    assert "Look in your spam or junk folder" in document


def test_no_control_characters_reach_the_terminal() -> None:
    document = render(hostile_report(), "text")
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", document)
    assert "]8;;http://evil.example" in document  # shown, but without the ESC that acts


def test_multi_line_subject_stays_on_one_line() -> None:
    notice = hostile_notice("line one\nFAKE: line two\r\n\tthree")
    document = render(build_report([notice], [], scanned=1), "text")
    assert "1. line one FAKE: line two three" in document


def test_links_from_mail_are_never_shown_as_links() -> None:
    document = render(build_report([hostile_notice(TERMINAL)], [], scanned=1), "text")
    assert "javascript:" not in document
    assert "127.0.0.1:9/phish" not in document


def test_empty_report() -> None:
    document = render(empty_report(), "text")
    assert "No cancellation notices found." in document
    assert "SUSPICIOUS" not in document and "Errors" not in document
