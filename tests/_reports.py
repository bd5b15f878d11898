"""Reports built straight from the pydantic models, for the renderer tests.

``hostile_report`` puts attacker-written text in every field that comes from a
mail: subject, sender, items, reason, evidence, authenticity reasons, source,
order ids, errors, and even an action URL that does not come from actions.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from cancel_mail.actions import actions_for, general_actions
from cancel_mail.api import build_report
from cancel_mail.models import (
    Action,
    Authenticity,
    Cause,
    Notice,
    Report,
    ScanError,
    Verdict,
)

SCRIPT = "<script>document.title='pwned'</script>"
IMG = '<img src="http://127.0.0.1:9/x.png" onerror="document.title=\'pwned\'">'
JS_LINK = '<a href="javascript:alert(1)">click</a>'
MD_LINK = "[verify now](javascript:alert(1))"
MD_IMAGE = "![x](http://127.0.0.1:9/track.png)"
CSS = "</style><style>body{background:url(http://127.0.0.1:9/css)}</style>"
FORMULA = '=HYPERLINK("http://evil.example","click")'
TERMINAL = "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\\x1b[2J\u202eevil"

HOSTILE_STRINGS = [SCRIPT, IMG, JS_LINK, MD_LINK, MD_IMAGE, CSS, FORMULA, TERMINAL]


def notice(
    *,
    cause: Cause = Cause.INVENTORY_SHORTAGE,
    verdict: Verdict = Verdict.GENUINE,
    subject: str = "Your Amazon.com order #112-1234567-1234567 has been canceled",
    marketplace: str | None = "amazon.com",
    **fields: object,
) -> Notice:
    base: dict[str, object] = {
        "source": "mail/2026/order-cancel.eml",
        "message_id": "<abc@amazon.com>",
        "date": datetime(2026, 11, 20, 8, 14, tzinfo=UTC),
        "sender": "auto-confirm@amazon.com",
        "subject": subject,
        "marketplace": marketplace,
        "language": "en",
        "order_ids": ["112-1234567-1234567"],
        "items": ["USB-C cable, 2 m"],
        "reason_text": "The item is no longer available from the seller.",
        "cause": cause,
        "confidence": 0.93,
        "evidence": ["no longer available"],
        "authenticity": Authenticity(verdict=verdict, reasons=["dkim=pass header.d=amazon.com"]),
        "actions": actions_for(cause, marketplace, verdict),
    }
    base.update(fields)
    return Notice.model_validate(base)


def plain_report() -> Report:
    notices = [
        notice(),
        notice(
            cause=Cause.PAYMENT_ISSUE,
            subject="Action required: order #205-7654321-7654321 canceled",
            order_ids=["205-7654321-7654321"],
            items=[],
            reason_text="We were unable to process your payment.",
            evidence=["unable to process your payment"],
            marketplace="amazon.de",
            language="de",
        ),
        notice(
            verdict=Verdict.SUSPICIOUS,
            cause=Cause.FRAUD_PREVENTION,
            subject="Your account is on hold, order canceled",
            sender="security@amaz0n-verify.info",
            authenticity=Authenticity(
                verdict=Verdict.SUSPICIOUS,
                reasons=["link to amaz0n-verify.info, not an Amazon domain"],
            ),
        ),
    ]
    errors = [ScanError(source="mail/broken.eml", error="empty file")]
    return build_report(notices, errors, scanned=42)


def hostile_notice(text: str, *, verdict: Verdict = Verdict.GENUINE) -> Notice:
    return notice(
        verdict=verdict,
        subject=text,
        sender=text,
        items=[text, "normal item"],
        reason_text=text,
        evidence=[text],
        order_ids=[text],
        source=text,
        message_id=text,
        language=text,
        marketplace=text,
        authenticity=Authenticity(verdict=verdict, reasons=[text]),
        actions=[
            Action(id="evil", text=text, url="javascript:alert(1)"),
            Action(id="evil2", text=text, url="http://127.0.0.1:9/phish"),
            *actions_for(Cause.INVENTORY_SHORTAGE, text, verdict),
        ],
    )


def hostile_report() -> Report:
    notices = [hostile_notice(s) for s in HOSTILE_STRINGS]
    notices += [hostile_notice(s, verdict=Verdict.SUSPICIOUS) for s in HOSTILE_STRINGS]
    errors = [ScanError(source=s, error=s) for s in HOSTILE_STRINGS]
    return build_report(notices, errors, scanned=len(notices))


def empty_report() -> Report:
    return Report.model_validate(
        {
            "generated_at": datetime(2026, 11, 26, 10, 0, tzinfo=UTC),
            "summary": {"by_cause": {c: 0 for c in Cause}},
            "general_actions": general_actions(),
        }
    )
