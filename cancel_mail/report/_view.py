"""What every renderer shares: labels, the order of sections, and making mail
content safe to show before the format's own escaping.

Mail content (subjects, items, reasons, sender names) is written by strangers.
``clean`` removes what could act on a terminal or hide text (control and
bidirectional-override characters); each renderer then escapes for its format.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..actions import is_trusted_url
from ..models import Action, Cause, Notice, Report, Verdict

CAUSE_LABELS: dict[Cause, str] = {
    Cause.INVENTORY_SHORTAGE: "Inventory shortage",
    Cause.PAYMENT_ISSUE: "Payment issue",
    Cause.TECHNICAL_ISSUE: "Technical issue",
    Cause.FRAUD_PREVENTION: "Fraud prevention",
    Cause.CUSTOMER_REQUEST: "Cancelled by you",
    Cause.UNKNOWN: "Unknown reason",
}

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.GENUINE: "genuine",
    Verdict.UNVERIFIED: "unverified",
    Verdict.SUSPICIOUS: "SUSPICIOUS",
}

SUSPICIOUS_WARNING = (
    "These mails imitate Amazon cancellation notices and may be phishing. "
    "Do not click their links, open their attachments or call their numbers. "
    "They are not counted in the summary above."
)

TITLE = "cancel-mail report"

# C0/C1 controls (ANSI escapes start with ESC), DEL, and the Unicode marks that
# reorder or hide text (bidi overrides and isolates, line/paragraph separators).
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")


def clean(value: object) -> str:
    """Mail content as one safe line of plain text."""
    text = "" if value is None else str(value)
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text)).strip()


def split(report: Report) -> tuple[list[Notice], list[Notice]]:
    """(notices to report by cause, suspicious notices listed apart)."""
    regular = [n for n in report.notices if n.authenticity.verdict is not Verdict.SUSPICIOUS]
    suspicious = [n for n in report.notices if n.authenticity.verdict is Verdict.SUSPICIOUS]
    return regular, suspicious


def cause_rows(report: Report) -> list[tuple[Cause, str, int]]:
    """The summary table: every cause in a fixed order, with its count."""
    return [(c, CAUSE_LABELS[c], report.summary.by_cause.get(c, 0)) for c in Cause]


def format_date(value: datetime | None) -> str:
    if value is None:
        return "unknown"
    return value.isoformat(sep=" ", timespec="minutes")


def format_confidence(value: float) -> str:
    return f"{value:.2f}"


def safe_url(action: Action) -> str | None:
    """The action's URL when it is one of ours, else None (shown as text only)."""
    return action.url if is_trusted_url(action.url) else None


def counts_line(report: Report) -> str:
    regular, suspicious = split(report)
    parts = [
        f"Scanned {report.scanned} message{'s' if report.scanned != 1 else ''}",
        f"{len(regular)} cancellation notice{'s' if len(regular) != 1 else ''}",
    ]
    if suspicious:
        parts.append(f"{len(suspicious)} suspicious")
    parts.append(f"{len(report.errors)} error{'s' if len(report.errors) != 1 else ''}")
    return parts[0] + ": " + ", ".join(parts[1:]) + "."
