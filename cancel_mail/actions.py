"""Cause (+ marketplace, verdict) to recommended actions.

Every URL here is built from the fixed table of marketplaces (marketplaces.toml), never from
a domain or link found in a mail: a phishing notice can name any marketplace it
likes, but it can only ever select one of these rows. ``is_trusted_url`` lets the
report renderers refuse to link anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache

from . import marketplaces
from .marketplaces import MARKETPLACES, PAGES, Marketplace
from .models import Action, Attention, AttentionKind, Cause, Notice, Verdict

DEFAULT_MARKETPLACE = marketplaces.DEFAULT.domain


def marketplace_of(name: str | None) -> str:
    """The known marketplace domain for ``name``, or amazon.com when unknown."""
    key = (name or "").strip().lower().removeprefix("www.")
    # Only a row's own name selects it: facts.py names amazon.at's mail
    # amazon.de, so a marketplace field never holds "amazon.at".
    return key if key in MARKETPLACES else DEFAULT_MARKETPLACE


def actions_for(cause: Cause, marketplace: str | None, verdict: Verdict) -> list[Action]:
    """The actions for one notice. Suspicious notices get the phishing advice
    instead, and never a link to a domain taken from the mail."""
    m = MARKETPLACES[marketplace_of(marketplace)]
    if verdict is Verdict.SUSPICIOUS:
        return _phishing_actions(m)
    return [_action(action_id, m) for action_id in _BY_CAUSE[cause]]


def general_actions(*, junk_read: bool = False) -> list[Action]:
    """Advice that holds for every report: look in the spam folder, keep the
    order number at hand, leave feedback.

    ``junk_read``: the report comes from IMAP folders that include the junk
    folder, so sending the reader to look there would be advice the run has
    already followed.
    """
    spam = [
        Action(
            id="check_spam_folder",
            text=(
                "Look in your spam or junk folder: related notices (a payment request, "
                "an account hold) often land there and may explain a cancellation."
            ),
        )
    ]
    return [
        *([] if junk_read else spam),
        Action(
            id="keep_order_number",
            text=(
                "Keep the order number at hand when you contact customer service; "
                "it is the fastest way for them to find the order."
            ),
        ),
        Action(
            id="leave_feedback",
            text=(
                "If a seller cancelled your order, you can leave feedback on how the "
                "cancellation was handled from Your Orders."
            ),
        ),
    ]


def not_spam_action(folder: str) -> Action:
    """For a genuine or unverified notice read from the junk folder ``folder``."""
    return Action(
        id="mark_not_spam",
        text=f"Mark it as not spam in {folder}, so that Amazon's next mails reach your inbox.",
    )


def attention(notices: Sequence[Notice]) -> list[Attention]:
    """Every notice as one line with the one thing to do, most urgent first:
    look-alikes to delete, then payment and account problems, then the rest;
    newest first within each group."""
    entries = [_attention_entry(index, n) for index, n in enumerate(notices)]
    rank = {kind: position for position, kind in enumerate(AttentionKind)}
    # Payment and account problems are one group: both need the reader to act
    # at the marketplace, so they are ordered by date together.
    group = {**rank, AttentionKind.FRAUD_PREVENTION: rank[AttentionKind.PAYMENT_ISSUE]}
    return sorted(entries, key=lambda e: (group[e.kind], _newest_first(e.date), e.notice))


def newest_first(notices: Sequence[Notice]) -> list[Notice]:
    """``notices`` by date, newest first; undated ones last, in their order."""
    return sorted(notices, key=lambda n: _newest_first(n.date))


def is_trusted_url(url: str | None) -> bool:
    """True only for a URL this module itself builds from its fixed table."""
    return url is not None and url in _trusted_urls()


# --- internals ---------------------------------------------------------------


def _newest_first(when: datetime | None) -> tuple[bool, float]:
    if when is None:
        return (True, 0.0)
    # A Date header without a zone is read as UTC, as parse.py does for display.
    aware = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
    return (False, -aware.timestamp())


def _attention_entry(index: int, n: Notice) -> Attention:
    m = MARKETPLACES[marketplace_of(n.marketplace)]
    if n.authenticity.verdict is Verdict.SUSPICIOUS:
        kind = AttentionKind.LOOKALIKE
        action = Action(
            id="report_phishing",
            text=(
                f"Delete it: do not click, call or reply (report it to {m.phishing_address})."
            ),
            url=m.report_url,
        )
    else:
        kind = {
            Cause.PAYMENT_ISSUE: AttentionKind.PAYMENT_ISSUE,
            Cause.FRAUD_PREVENTION: AttentionKind.FRAUD_PREVENTION,
        }.get(n.cause, AttentionKind.OTHER)
        first = _BY_CAUSE[n.cause][0]
        action = Action(
            id=first,
            text=_HEADLINES[first].format(site=m.site),
            url=_url(m, _ACTIONS[first][1]),
        )
    return Attention(
        kind=kind,
        notice=index,
        source=n.source,
        date=n.date,
        order_id=n.order_ids[0] if n.order_ids else None,
        item=n.items[0] if n.items else None,
        action=action,
        found_in_junk=n.found_in_junk,
    )


def _url(m: Marketplace, page: str) -> str:
    return m.url(page)


@cache
def _trusted_urls() -> frozenset[str]:
    urls = {m.url(page) for m in MARKETPLACES.values() for page in PAGES}
    urls.update(m.report_url for m in MARKETPLACES.values())
    return frozenset(urls)


_BY_CAUSE: dict[Cause, tuple[str, ...]] = {
    Cause.INVENTORY_SHORTAGE: ("find_alternative", "reorder"),
    Cause.PAYMENT_ISSUE: ("update_payment", "reorder"),
    Cause.TECHNICAL_ISSUE: ("contact_customer_service", "reorder"),
    Cause.FRAUD_PREVENTION: ("verify_account_official", "contact_customer_service"),
    Cause.CUSTOMER_REQUEST: ("check_order_status", "reorder"),
    Cause.UNKNOWN: ("check_order_status", "contact_customer_service"),
}


# Action id -> (text, page). "{site}" in a text names the marketplace's address.
_ACTIONS: dict[str, tuple[str, str]] = {
    "find_alternative": (
        "Look for the item elsewhere: another seller on the same product page, "
        "another retailer, or a local shop.",
        "home",
    ),
    "reorder": (
        "If you still want it, order it again (Buy Again lists your past orders).",
        "buy_again",
    ),
    "update_payment": (
        "Check your payment method (expiry date, available funds, billing "
        "address) and update it, then place the order again.",
        "wallet",
    ),
    "contact_customer_service": (
        "Contact customer service through the marketplace's own help pages.",
        "contact",
    ),
    "verify_account_official": (
        "Verify your account by typing {site} yourself or opening the app, "
        "never through links in the email; then check for any requests there.",
        "account",
    ),
    "check_order_status": (
        "Check the order in Your Orders: it shows the cancellation and any refund. "
        "If you did not cancel it yourself, contact customer service.",
        "orders",
    ),
}


# The same actions in a few words, for the one line of "Needs your attention".
_HEADLINES: dict[str, str] = {
    "find_alternative": "Look for the item elsewhere.",
    "reorder": "Order it again if you still want it.",
    "update_payment": "Update your payment method at {site}, then order again.",
    "contact_customer_service": "Contact customer service.",
    "verify_account_official": (
        "Check your account by typing {site} yourself, never through the mail's links."
    ),
    "check_order_status": "Check the order in Your Orders.",
}


def _action(action_id: str, m: Marketplace) -> Action:
    text, page = _ACTIONS[action_id]
    return Action(id=action_id, text=text.format(site=m.site), url=_url(m, page))


def _phishing_actions(m: Marketplace) -> list[Action]:
    site = m.site
    where = (
        f"to {m.phishing_address}"
        if m.report_url.startswith("mailto:")
        else f"at {m.report_url.removeprefix('https://')} or to {m.phishing_address}"
    )
    return [
        Action(
            id="do_not_click",
            text=(
                "This mail may be phishing: do not click its links, open its attachments, "
                "call its phone numbers or reply to it."
            ),
        ),
        Action(
            id="check_orders_yourself",
            text=(
                f"Check your orders only by typing {site} into your browser yourself "
                "(or by opening the app); a real cancellation shows there."
            ),
            url=_url(m, "orders"),
        ),
        Action(
            id="report_phishing",
            text=f"Report the mail to Amazon {where}, then delete it.",
            url=m.report_url,
        ),
    ]
