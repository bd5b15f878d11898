"""What every renderer shares: labels, the order of sections, what a notice
shows, and making mail content safe to show before the format's own escaping.

Mail content (subjects, items, reasons, sender names) is written by strangers.
``clean`` removes what could act on a terminal or hide text (control and
bidirectional-override characters); each renderer then escapes for its format.

Every format has the same order: "Needs your attention" (one line per notice:
look-alikes to delete, then payment and account problems, then the rest), the
summary by cause, the look-alikes under a warning, the other notices (newest
first), errors, and the general advice.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

from .. import actions as _actions
from ..actions import is_trusted_url
from ..authenticity import proves_nothing
from ..models import Action, Attention, AttentionKind, Cause, Notice, Report, Verdict

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
    "Do not click their links, open their attachments, call their numbers or reply. "
    "They are not counted in the summary."
)

ATTENTION_TITLE = "Needs your attention"
LOOKALIKES_TITLE = "Look-alikes: possible phishing"
NOTICES_TITLE = "Cancellation notices"

_GROUP_TITLES: dict[AttentionKind, str] = {
    AttentionKind.LOOKALIKE: "Look-alikes to delete",
    AttentionKind.PAYMENT_ISSUE: "Payment and account problems",
    AttentionKind.OTHER: "The rest",
}
_GROUP_OF = {**{kind: kind for kind in _GROUP_TITLES},
             AttentionKind.FRAUD_PREVENTION: AttentionKind.PAYMENT_ISSUE}  # fmt: skip

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
    """(notices to report by cause, suspicious notices listed apart), newest first."""
    ordered = _actions.newest_first(report.notices)
    regular = [n for n in ordered if n.authenticity.verdict is not Verdict.SUSPICIOUS]
    suspicious = [n for n in ordered if n.authenticity.verdict is Verdict.SUSPICIOUS]
    return regular, suspicious


# --- Needs your attention ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One line of "Needs your attention", every part cleaned plain text."""

    date: str
    order: str
    item: str  # empty when the mail names none
    action: Action
    note: str  # where the mail was found, when that asks for something


@dataclass(frozen=True, slots=True)
class Group:
    kind: AttentionKind
    title: str  # with the count
    lines: list[Line]


def attention(report: Report) -> list[Attention]:
    """The report's attention list; worked out here for a Report built without one."""
    return report.attention or _actions.attention(report.notices)


def attention_groups(report: Report) -> list[Group]:
    """The attention list in its groups, empty groups left out."""
    groups: dict[AttentionKind, list[Line]] = {kind: [] for kind in _GROUP_TITLES}
    for entry in attention(report):
        groups[_GROUP_OF[entry.kind]].append(_line(entry))
    return [
        Group(kind, f"{_GROUP_TITLES[kind]} ({len(lines)})", lines)
        for kind, lines in groups.items()
        if lines
    ]


_ITEM_WIDTH = 60


def _line(entry: Attention) -> Line:
    item = clean(entry.item)
    if len(item) > _ITEM_WIDTH:
        item = item[: _ITEM_WIDTH - 1].rstrip() + "…"
    note = ""
    if entry.found_in_junk:
        note = (
            "found in your junk folder"
            if entry.kind is AttentionKind.LOOKALIKE
            else "found in your junk folder: mark it as not spam"
        )
    return Line(
        date=entry.date.date().isoformat() if entry.date else "date unknown",
        order=clean(entry.order_id) or "(no order number)",
        item=item,
        action=entry.action,
        note=note,
    )


# --- one notice -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Fact:
    """One labelled line of a notice block. ``values`` are cleaned plain text."""

    label: str
    values: tuple[str, ...]
    # Written by a machine (addresses, order numbers, paths): shown exactly as
    # typed, which Markdown does with code spans.
    literal: bool = False
    quoted: bool = False  # evidence: each value between quotes
    emphasis: str = ""  # a leading part of the single value to stress (the cause)


def facts(n: Notice) -> list[Fact]:
    """What a notice block shows, in order, leaving out what is empty.

    A look-alike shows what it claims, never a cause with a confidence; a
    genuine notice leaves out the authentication notes that prove nothing.
    """
    out = [Fact("Date", (format_date(n.date),))]
    if n.folder:
        where = f"your junk folder ({n.folder})" if n.found_in_junk else n.folder
        out.append(Fact("Found in", (clean(where),)))
    out += [
        Fact("From", _present(n.sender), literal=True),
        Fact("Marketplace", _present(_market(n))),
        Fact("Orders", _present(*n.order_ids), literal=True),
        Fact("Items", _present(*n.items)),
    ]
    suspicious = n.authenticity.verdict is Verdict.SUSPICIOUS
    if suspicious:
        out.append(Fact("Claims", (claims(n),)))
    else:
        label = CAUSE_LABELS[n.cause]
        out += [
            Fact(
                "Cause",
                (f"{label} (confidence {format_confidence(n.confidence)})",),
                emphasis=label,
            ),
            Fact("Evidence", tuple(whole_words(n.evidence, n.reason_text)), quoted=True),
            Fact("Reason", _present(n.reason_text)),
        ]
    verdict = VERDICT_LABELS[n.authenticity.verdict]
    reasons = shown_reasons(n)
    out += [
        Fact("Authenticity", (f"{verdict} ({'; '.join(reasons)})" if reasons else verdict,)),
        Fact("Source", _present(n.source), literal=True),
    ]
    return [fact for fact in out if fact.values]


def claims(n: Notice) -> str:
    """What a look-alike says the reason was, in its own words where it has any."""
    reason = clean(n.reason_text)
    if n.cause is Cause.UNKNOWN:
        return f"“{reason}”" if reason else "a cancellation, with no reason given"
    claim = CAUSE_LABELS[n.cause].lower()
    return f"{claim}: “{reason}”" if reason else claim


def shown_reasons(n: Notice) -> list[str]:
    reasons = [clean(r) for r in n.authenticity.reasons]
    if n.authenticity.verdict is Verdict.GENUINE:
        reasons = [r for r in reasons if not proves_nothing(r)]
    return [r for r in reasons if r]


def _present(*values: object) -> tuple[str, ...]:
    return tuple(text for text in (clean(v) for v in values) if text)


def _market(n: Notice) -> str:
    market = clean(n.marketplace)
    return f"{market} ({clean(n.language)})" if market and clean(n.language) else market


# --- evidence as whole words --------------------------------------------------------

# Scripts written without spaces between words: a fragment there is not widened.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_APOSTROPHES = "'’"


def whole_words(evidence: list[str], reason_text: str | None) -> list[str]:
    """Each piece of evidence as whole words of the reason text it came from.

    A classifier may keep a stem ("incorrect pric"); the reader should see the
    words of the mail ("incorrect price"). Evidence that is not in the reason
    text (the sender, an earlier mail) is shown as it is. A piece inside
    another is left out.
    """
    reason = clean(reason_text)
    widened: list[str] = []
    for piece in evidence:
        text = clean(piece)
        found = re.search(re.escape(text), reason, re.IGNORECASE) if text and reason else None
        if found:
            start, end = found.span()
            while start > 0 and _joins(reason, start - 1, -1):
                start -= 1
            while end < len(reason) and _joins(reason, end, 1):
                end += 1
            text = reason[start:end]
        if text and text.lower() not in (w.lower() for w in widened):
            widened.append(text)
    return [
        w for w in widened
        if not any(w.lower() in other.lower() and w != other for other in widened)
    ]  # fmt: skip


def _letter(ch: str) -> bool:
    # Combining marks (a decomposed accent) belong to the letter before them.
    marked = ch.isalnum() or unicodedata.category(ch).startswith("M")
    return marked and not _UNSPACED.match(ch)


def _joins(text: str, index: int, step: int) -> bool:
    """Whether the character at ``index`` belongs to the word being widened in
    the direction ``step``: a letter, or an apostrophe with a letter beyond it."""
    ch = text[index]
    if _letter(ch):
        return True
    beyond = index + step
    return ch in _APOSTROPHES and 0 <= beyond < len(text) and _letter(text[beyond])


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
