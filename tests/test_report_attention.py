"""Reports that lead with what to do (issues 12 and 13), in every format.

"Needs your attention" comes first: one line per notice (date, order, item,
the one action), look-alikes first, then payment and account problems, then
the rest. Look-alikes follow under a warning, before the genuine notices, and
show what they claim, never a cause with a confidence. Evidence is shown as
whole words; authentication notes that prove nothing stay off genuine notices.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _reports import notice, plain_report

from cancel_mail import (
    Attention,
    AttentionKind,
    Authenticity,
    Cause,
    Report,
    Verdict,
    build_report,
    render,
    scan_path,
)
from cancel_mail.actions import actions_for, not_spam_action

ROOT = Path(__file__).resolve().parents[1]
CLI = Path(sys.executable).parent / "cancel-mail"
DOCUMENTS = ["text", "markdown", "html"]

LOOKALIKE_ORDER = "114-0000000-0000009"
PAYMENT_ORDER = "205-7654321-7654321"
FRAUD_ORDER = "113-0000000-0000003"
OLD_ORDER = "112-0000000-0000001"
NEW_ORDER = "112-0000000-0000002"


def _at(day: int) -> datetime:
    return datetime(2026, 11, day, 9, 0, tzinfo=UTC)


def mixed_report() -> Report:
    """Dates chosen so that "newest first" and "look-alikes first" disagree with
    the input order and with each other."""
    notices = [
        notice(order_ids=[OLD_ORDER], items=["Old kettle"], date=_at(1)),
        notice(
            cause=Cause.PAYMENT_ISSUE,
            order_ids=[PAYMENT_ORDER],
            items=["Desk lamp"],
            date=_at(2),
            reason_text="We were unable to process your payment.",
            evidence=["unable to process your payment"],
            marketplace="amazon.de",
            actions=actions_for(Cause.PAYMENT_ISSUE, "amazon.de", Verdict.GENUINE),
        ),
        notice(order_ids=[NEW_ORDER], items=["New toaster"], date=_at(9)),
        notice(
            cause=Cause.FRAUD_PREVENTION,
            order_ids=[FRAUD_ORDER],
            items=["Phone case"],
            date=_at(5),
            reason_text="Your account is on hold.",
            evidence=["account is on hold"],
            actions=actions_for(Cause.FRAUD_PREVENTION, "amazon.com", Verdict.GENUINE),
        ),
        notice(
            verdict=Verdict.SUSPICIOUS,
            cause=Cause.PAYMENT_ISSUE,
            order_ids=[LOOKALIKE_ORDER],
            items=[],
            date=_at(3),
            sender="billing@amaz0n-verify.info",
            subject="Your order was canceled: payment declined",
            reason_text="Your order was cancelled because your payment was declined.",
            evidence=["payment was declined"],
            confidence=0.93,
            authenticity=Authenticity(
                verdict=Verdict.SUSPICIOUS,
                reasons=["link to amaz0n-verify.info, not an Amazon domain"],
            ),
        ),
    ]
    return build_report(notices, [], scanned=9)


def _positions(document: str, *needles: str) -> list[int]:
    return [document.index(needle) for needle in needles]


# --- the attention list as data ---------------------------------------------------


def test_attention_lists_every_notice_most_urgent_first() -> None:
    report = mixed_report()
    kinds = [entry.kind for entry in report.attention]
    assert kinds == [
        AttentionKind.LOOKALIKE,
        AttentionKind.FRAUD_PREVENTION,  # 5 Nov: newer than the payment problem
        AttentionKind.PAYMENT_ISSUE,
        AttentionKind.OTHER,
        AttentionKind.OTHER,
    ]
    orders = [entry.order_id for entry in report.attention]
    assert orders == [LOOKALIKE_ORDER, FRAUD_ORDER, PAYMENT_ORDER, NEW_ORDER, OLD_ORDER]
    for entry in report.attention:
        assert report.notices[entry.notice].order_ids == [entry.order_id]
        assert report.notices[entry.notice].source == entry.source


def test_each_entry_has_the_date_the_item_and_one_action() -> None:
    by_order = {e.order_id: e for e in mixed_report().attention}
    payment = by_order[PAYMENT_ORDER]
    assert payment.date == _at(2) and payment.item == "Desk lamp"
    assert payment.action.id == "update_payment"
    assert payment.action.url == "https://www.amazon.de/cpe/yourpayments/wallet"
    assert by_order[FRAUD_ORDER].action.id == "verify_account_official"
    assert "never through the mail's links" in by_order[FRAUD_ORDER].action.text
    lookalike = by_order[LOOKALIKE_ORDER]
    assert lookalike.item is None
    assert lookalike.action.text.startswith("Delete it: do not click, call or reply")
    assert "reportascam@amazon.com" in lookalike.action.text


def test_json_carries_the_attention_list() -> None:
    doc = json.loads(render(mixed_report(), "json"))
    assert [e["kind"] for e in doc["attention"]] == [
        "lookalike", "fraud_prevention", "payment_issue", "other", "other",
    ]  # fmt: skip
    first = doc["attention"][0]
    assert list(first) == [
        "kind", "notice", "source", "date", "order_id", "item", "action", "found_in_junk",
    ]  # fmt: skip
    assert doc["notices"][first["notice"]]["order_ids"] == [LOOKALIKE_ORDER]
    assert set(first["action"]) == {"id", "text", "url"}
    # Extension only: the notices keep their own order and every old key.
    assert doc["notices"][0]["order_ids"] == [OLD_ORDER]
    assert [Attention.model_validate(e) for e in doc["attention"]] == mixed_report().attention


# --- the order of every format ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_lookalikes_come_before_the_genuine_notices(fmt: str) -> None:
    # JSON says it with the attention list (above); its notices keep their order.
    document = render(mixed_report(), fmt)
    assert document.index(LOOKALIKE_ORDER) < min(
        document.index(order) for order in (PAYMENT_ORDER, FRAUD_ORDER, NEW_ORDER, OLD_ORDER)
    )


@pytest.mark.parametrize("fmt", DOCUMENTS)
def test_attention_comes_first_in_its_order(fmt: str) -> None:
    document = render(mixed_report(), fmt)
    heading = document.index("Needs your attention")
    summary = document.index("Summary")
    lookalikes = document.lower().index("look-alikes: possible phishing")
    notices = document.index("Cancellation notices", lookalikes)
    assert heading < summary < lookalikes < notices
    # Every notice has its line between the heading and the summary.
    lines = document[heading:summary]
    order = _positions(lines, LOOKALIKE_ORDER, FRAUD_ORDER, PAYMENT_ORDER, NEW_ORDER, OLD_ORDER)
    assert order == sorted(order)
    assert "Desk lamp" in lines and "New toaster" in lines
    # Then the genuine notices, newest first.
    blocks = document[notices:]
    order = _positions(blocks, NEW_ORDER, FRAUD_ORDER, PAYMENT_ORDER, OLD_ORDER)
    assert order == sorted(order)


def test_text_attention_line_is_one_line_with_date_order_item_and_action() -> None:
    document = render(mixed_report(), "text")
    (line,) = [x for x in document.splitlines() if PAYMENT_ORDER in x and x.startswith("- ")]
    assert line == (
        f"- 2026-11-02  {PAYMENT_ORDER}  Desk lamp — "
        "Update your payment method at www.amazon.de, then order again."
    )
    warning = document.index("!! Look-alikes to delete (1)")
    assert warning < document.index(LOOKALIKE_ORDER)


@pytest.mark.parametrize("fmt", DOCUMENTS)
def test_lookalikes_are_under_a_warning(fmt: str) -> None:
    document = render(mixed_report(), fmt)
    section = document.lower().index("look-alikes: possible phishing")
    assert document.index("may be phishing", section) < document.index(LOOKALIKE_ORDER, section)


# --- what a look-alike shows --------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_lookalike_shows_what_it_claims_never_a_cause(fmt: str) -> None:
    document = render(mixed_report(), fmt)
    start = document.lower().index("possible phishing")
    block = document[start : document.index("Cancellation notices", start)]
    assert "Claims:" in block
    assert "payment issue: “Your order was cancelled because your payment was declined.”" in block
    assert "confidence" not in block and "Cause:" not in block and "Evidence:" not in block
    assert "Payment issue" not in block  # never as the cause label of a real notice
    assert "Update your payment" not in block


def test_a_lookalike_gets_only_the_safety_actions() -> None:
    report = mixed_report()
    lookalike = next(n for n in report.notices if n.order_ids == [LOOKALIKE_ORDER])
    assert [a.id for a in lookalike.actions] == [
        "do_not_click", "check_orders_yourself", "report_phishing",
    ]  # fmt: skip
    texts = " ".join(a.text for a in lookalike.actions)
    assert "do not click its links" in texts and "call its phone numbers or reply" in texts
    assert "only by typing www.amazon.com" in texts
    assert "reportascam@amazon.com" in texts


def test_a_lookalike_is_never_counted_by_cause() -> None:
    report = mixed_report()
    assert report.summary.by_cause[Cause.PAYMENT_ISSUE] == 1  # the genuine one only
    assert report.summary.suspicious == 1
    assert re.search(r"^Payment issue +1$", render(report, "text"), re.M)


# --- evidence and authenticity reasons -----------------------------------------------


PRICE_REASON = "The item was listed at an incorrect price because of a pricing error."


def priced(**fields: object) -> Report:
    n = notice(
        cause=Cause.TECHNICAL_ISSUE,
        reason_text=PRICE_REASON,
        evidence=["incorrect pric", "pricing err", "pricing error"],
        **fields,
    )
    return build_report([n], [], scanned=1)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_evidence_is_shown_as_whole_words(fmt: str) -> None:
    document = render(priced(), fmt)
    assert "incorrect price" in document
    assert "pricing error" in document
    assert not re.search(r"incorrect pric(?!e)", document)
    assert not re.search(r"pricing err(?!or)", document)


def test_evidence_in_a_script_without_spaces_is_not_widened() -> None:
    reason = "申し訳ありませんが在庫切れのためキャンセルしました。"
    n = notice(reason_text=reason, evidence=["在庫切れ"])
    document = render(build_report([n], [], scanned=1), "text")
    assert 'Evidence:     "在庫切れ"' in document


PROOF = "dmarc=pass header.from=amazon.com"
NOTHING = "dkim=pass header.i=@amazonses.com proves nothing: not an Amazon domain"


@pytest.mark.parametrize("fmt", DOCUMENTS)
def test_reasons_that_prove_nothing_stay_off_a_genuine_notice(fmt: str) -> None:
    genuine = notice(authenticity=Authenticity(verdict=Verdict.GENUINE, reasons=[PROOF, NOTHING]))
    document = render(build_report([genuine], [], scanned=1), fmt)
    assert "header.from=amazon.com" in document
    assert "amazonses.com" not in document and "proves nothing" not in document


def test_reasons_that_prove_nothing_stay_on_a_lookalike() -> None:
    reasons = ["display name 'Amazon' on x@amazon-fr.com, not an Amazon address", NOTHING]
    lookalike = notice(
        verdict=Verdict.SUSPICIOUS,
        authenticity=Authenticity(verdict=Verdict.SUSPICIOUS, reasons=reasons),
    )
    document = render(build_report([lookalike], [], scanned=1), "text")
    assert NOTHING in document


# --- found in the junk folder ---------------------------------------------------------


def junk_report() -> Report:
    found = notice(
        order_ids=[NEW_ORDER],
        folder="Junk",
        found_in_junk=True,
        actions=[
            not_spam_action("Junk"),
            *actions_for(Cause.INVENTORY_SHORTAGE, None, Verdict.GENUINE),
        ],
    )
    inbox = notice(order_ids=[OLD_ORDER], folder="INBOX", date=_at(1))
    return build_report([found, inbox], [], scanned=2, junk_read=True)


@pytest.mark.parametrize("fmt", DOCUMENTS)
def test_a_notice_from_the_junk_folder_says_so(fmt: str) -> None:
    document = render(junk_report(), fmt)
    lines = document[: document.index("Summary")]
    assert "found in your junk folder: mark it as not spam" in lines
    assert lines.count("found in your junk folder") == 1  # the inbox notice says nothing
    assert "your junk folder (Junk)" in document
    assert "Mark it as not spam in Junk" in document


@pytest.mark.parametrize("fmt", DOCUMENTS)
def test_imap_reports_drop_the_advice_to_look_in_the_spam_folder(fmt: str) -> None:
    assert "Look in your spam or junk folder" not in render(junk_report(), fmt)
    assert "Look in your spam or junk folder" in render(plain_report(), fmt)


def test_csv_and_json_carry_the_folder() -> None:
    report = junk_report()
    doc = json.loads(render(report, "json"))
    assert [(n["folder"], n["found_in_junk"]) for n in doc["notices"]] == [
        ("Junk", True), ("INBOX", False),
    ]  # fmt: skip
    assert doc["attention"][0]["found_in_junk"] is True
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert [(r["folder"], r["found_in_junk"]) for r in rows] == [("Junk", "yes"), ("INBOX", "no")]
    assert rows[0]["actions"].split()[0] == "mark_not_spam"


# --- the fixtures, through the library and the installed command -----------------------


@pytest.fixture(scope="module")
def fixture_report() -> Report:
    return scan_path([str(ROOT / "fixtures" / "mail")])


def test_no_evidence_fragment_on_the_fixtures(fixture_report: Report) -> None:
    # The cause model names whole words of the reason sentence; the report's
    # widening (tested above on fragments) has nothing left to mend here.
    checked = 0
    for n in fixture_report.notices:
        if not n.reason_text or n.language == "ja":
            continue
        for words in n.evidence:
            if words not in n.reason_text:
                continue  # the sender or an earlier mail, not the reason's words
            whole = rf"(?<![^\W\d_]){re.escape(words)}(?![^\W\d_])"
            assert re.search(whole, n.reason_text), (words, n.reason_text)
            checked += 1
    assert checked > 50


def test_cli_scan_report_leads_with_what_to_do() -> None:
    done = subprocess.run(
        [str(CLI), "scan", "fixtures/mail", "--format", "text"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "COLUMNS": "100"},
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[3:5] == ["Needs your attention", "===================="]
    assert lines[6].startswith("!! Look-alikes to delete (")
    assert re.match(r"- \d{4}-\d\d-\d\d ", lines[7]) and "Delete it" in lines[7]
    sections = [lines.index(t) for t in ("Summary", "Cancellation notices", "General advice")]
    lookalikes = next(i for i, x in enumerate(lines) if x.startswith("!! LOOK-ALIKES"))
    assert sections[0] < lookalikes < sections[1] < sections[2]
    # Not one look-alike block shows a cause with a confidence.
    suspicious = "\n".join(lines[lookalikes : sections[1]])
    assert "confidence" not in suspicious and "Claims:" in suspicious
    # No genuine notice shows a note that proves nothing.
    genuine = "\n".join(lines[sections[1] :])
    for block in genuine.split("\n\n"):
        if "Authenticity: genuine" in block:
            assert "proves nothing" not in block
    assert "Look in your spam or junk folder" in done.stdout  # a scan of files keeps it
