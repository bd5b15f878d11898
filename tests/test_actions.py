"""actions.py: the DESIGN.md table of causes to actions, and where links may point."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from cancel_mail.actions import actions_for, general_actions, is_trusted_url, not_spam_action
from cancel_mail.models import Cause, Verdict

MARKETPLACES = [
    "amazon.com",
    "amazon.co.uk",
    "amazon.ca",
    "amazon.in",
    "amazon.com.au",
    "amazon.de",
    "amazon.fr",
    "amazon.es",
    "amazon.it",
    "amazon.co.jp",
]

EXPECTED_IDS = {
    Cause.INVENTORY_SHORTAGE: ["find_alternative", "reorder"],
    Cause.PAYMENT_ISSUE: ["update_payment", "reorder"],
    Cause.TECHNICAL_ISSUE: ["contact_customer_service", "reorder"],
    Cause.FRAUD_PREVENTION: ["verify_account_official", "contact_customer_service"],
    Cause.CUSTOMER_REQUEST: ["check_order_status", "reorder"],
    Cause.UNKNOWN: ["check_order_status", "contact_customer_service"],
}

PHISHING_IDS = ["do_not_click", "check_orders_yourself", "report_phishing"]


@pytest.mark.parametrize("cause", list(Cause), ids=str)
def test_each_cause_gets_its_actions_first(cause: Cause) -> None:
    ids = [a.id for a in actions_for(cause, "amazon.com", Verdict.GENUINE)]
    assert ids == EXPECTED_IDS[cause]


@pytest.mark.parametrize("verdict", [Verdict.GENUINE, Verdict.UNVERIFIED], ids=str)
def test_unverified_notices_get_the_same_actions_as_genuine(verdict: Verdict) -> None:
    ids = [a.id for a in actions_for(Cause.PAYMENT_ISSUE, "amazon.de", verdict)]
    assert ids == EXPECTED_IDS[Cause.PAYMENT_ISSUE]


def test_payment_issue_links_to_the_wallet() -> None:
    (update, _) = actions_for(Cause.PAYMENT_ISSUE, "amazon.co.uk", Verdict.GENUINE)
    assert update.url == "https://www.amazon.co.uk/cpe/yourpayments/wallet"
    assert "expiry" in update.text


def test_fraud_prevention_warns_against_links_in_the_mail() -> None:
    verify = actions_for(Cause.FRAUD_PREVENTION, "amazon.fr", Verdict.GENUINE)[0]
    assert "never through links in the email" in verify.text
    assert urlsplit(verify.url or "").hostname == "www.amazon.fr"


@pytest.mark.parametrize("marketplace", MARKETPLACES)
@pytest.mark.parametrize("cause", list(Cause), ids=str)
def test_links_stay_on_the_notices_own_marketplace(cause: Cause, marketplace: str) -> None:
    for action in actions_for(cause, marketplace, Verdict.GENUINE):
        assert action.url is not None
        parts = urlsplit(action.url)
        assert (parts.scheme, parts.hostname) == ("https", f"www.{marketplace}")
        assert is_trusted_url(action.url)


@pytest.mark.parametrize(
    "marketplace",
    [None, "", "amaz0n-verify.info", "amazon.com.evil.example", "javascript:alert(1)"],
    ids=["none", "empty", "lookalike", "suffix-trick", "javascript"],
)
def test_unknown_marketplace_falls_back_to_amazon_com(marketplace: str | None) -> None:
    for verdict in Verdict:
        for action in actions_for(Cause.UNKNOWN, marketplace, verdict):
            if action.url is not None and action.url.startswith("https:"):
                assert urlsplit(action.url).hostname == "www.amazon.com"


def test_marketplace_name_is_normalised() -> None:
    (first, _) = actions_for(Cause.UNKNOWN, "WWW.Amazon.DE ", Verdict.GENUINE)
    assert first.url == "https://www.amazon.de/gp/css/order-history"


@pytest.mark.parametrize("cause", list(Cause), ids=str)
def test_suspicious_notices_get_only_the_phishing_advice(cause: Cause) -> None:
    actions = actions_for(cause, "amazon.com", Verdict.SUSPICIOUS)
    assert [a.id for a in actions] == PHISHING_IDS
    assert actions[0].url is None
    assert actions[1].url == "https://www.amazon.com/gp/css/order-history"
    assert "typing www.amazon.com" in actions[1].text


@pytest.mark.parametrize("marketplace", MARKETPLACES)
def test_phishing_report_goes_to_amazon(marketplace: str) -> None:
    report = actions_for(Cause.UNKNOWN, marketplace, Verdict.SUSPICIOUS)[-1]
    assert report.id == "report_phishing"
    assert report.url is not None
    assert report.url in (
        "mailto:reportascam@amazon.com",
        f"https://www.{marketplace}/reportascam",
    )
    assert "reportascam@amazon.com" in report.text


def test_general_actions() -> None:
    actions = general_actions()
    assert [a.id for a in actions] == ["check_spam_folder", "keep_order_number", "leave_feedback"]
    assert all(a.text for a in actions)


@pytest.mark.parametrize(
    "url",
    [
        None,
        "javascript:alert(1)",
        "https://www.amazon.com.evil.example/gp/css/order-history",
        "https://www.amazon.com/gp/css/order-history?next=https://evil.example",
        "http://www.amazon.com/gp/css/order-history",
        "mailto:attacker@example.com",
    ],
    ids=["none", "javascript", "suffix-trick", "extra-query", "plain-http", "other-mailto"],
)
def test_only_urls_from_the_fixed_table_are_trusted(url: str | None) -> None:
    assert not is_trusted_url(url)


def test_reports_from_the_junk_folder_drop_the_advice_to_look_there() -> None:
    actions = general_actions(junk_read=True)
    assert [a.id for a in actions] == ["keep_order_number", "leave_feedback"]


def test_a_notice_found_in_junk_is_to_be_marked_not_spam() -> None:
    action = not_spam_action("[Gmail]/Spam")
    assert action.id == "mark_not_spam" and action.url is None
    assert action.text.startswith("Mark it as not spam in [Gmail]/Spam")
