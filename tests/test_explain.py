"""`cancel-mail explain FILE` and explain_message: how a message was judged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cancel_mail.explain import explain_message

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).parent / "cancel-mail"
DECLINED = ROOT / "fixtures/mail/en/payment-declined-com.eml"
BESTBUY = ROOT / "fixtures/mail/not-cancellation/bestbuy-order-cancelled.eml"


def test_a_notice_is_explained_step_by_step() -> None:
    e = explain_message(DECLINED.read_bytes(), str(DECLINED))
    assert e.candidate and e.triage
    assert e.outcome == "notice" and e.notice is not None
    assert all(step.passed for step in e.steps)
    assert any(step.name == "states a cancellation" for step in e.steps)
    assert e.statements and e.reason_sentence
    # Every label of the model is scored, most probable first, and the winner
    # is the notice's cause, with words taken from the reason sentence.
    assert e.scores[0].cause == e.notice.cause.value == "payment_issue"
    assert len(e.scores) == 6
    assert e.scores == sorted(e.scores, key=lambda s: -s.probability)
    assert all(word in e.reason_sentence for word in e.scores[0].words)
    assert e.authenticity is not None


def test_a_non_notice_names_the_check_that_failed() -> None:
    e = explain_message(BESTBUY.read_bytes(), str(BESTBUY))
    assert e.outcome == "nothing" and e.notice is None
    assert e.steps and not e.steps[-1].passed


def test_the_command_prints_the_explanation() -> None:
    result = subprocess.run(
        [str(CLI), "explain", str(DECLINED)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for expected in (
        "detection:",
        "states a cancellation",
        "reason sentence:",
        "payment_issue",
        "route: the cause model",
        "authenticity:",
    ):
        assert expected in out, expected
    as_json = subprocess.run(
        [str(CLI), "explain", "--format", "json", str(DECLINED)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(as_json.stdout)["notice"]["cause"] == "payment_issue"


def test_a_missing_file_is_exit_1_with_one_line() -> None:
    result = subprocess.run(
        [str(CLI), "explain", "no/such/file.eml"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no/such/file.eml" in result.stderr
