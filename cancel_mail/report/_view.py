"""What every renderer shares: labels, the order of sections, what a notice
shows, and making mail content safe to show before the format's own escaping.

Mail content (subjects, items, reasons, sender names) is written by strangers.
``clean`` removes what could act on a terminal or hide text (control and
bidirectional-override characters); each renderer then escapes for its format.

Right-to-left text (Arabic from amazon.ae, .sa, .eg) is never reordered; it is
isolated, so that it cannot reorder what stands beside it on the line. In a
plain-text line the paragraph takes its direction from the first strong
letter, so an Arabic item in "2026-11-20  402-…  <item> — Look for the item
elsewhere." would make the whole line right-to-left, with the date and the
order number thrown to its far end. ``isolate`` puts such a value between
FSI and PDI (the Unicode equivalent of HTML's ``<bdi>``), and each order
number inside it between LRI and PDI: digits after Arabic letters are laid out
right to left group by group, which shows 402-1234567-1234567 as
1234567-1234567-402. Values without right-to-left letters are left as they are,
so a report of Latin-script mail holds no isolate at all (a terminal that does
no bidi has nothing new to show). The HTML report does the same with ``<bdi>``
and ``dir="auto"``.

Every format has the same order: "Needs your attention" (one line per notice:
look-alikes to delete, then payment and account problems, then the rest), the
summary by cause, the look-alikes under a warning, the other notices (newest
first), errors, and the general advice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from .. import actions as _actions
from ..actions import is_trusted_url
from ..authenticity import proves_nothing
from ..marketplaces import ORDER_NUMBER
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
# reorder or hide text (bidi overrides, embeddings and isolates, line/paragraph
# separators). Our own isolates are added after cleaning, always balanced.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028-\u202e\u2066-\u2069\ufeff]")
# The direction marks (LRM, RLM, ALM) belong in Arabic text, but they can also
# turn digit groups around ("402<RLM>-1234567" shows as "1234567-402"). They are
# dropped rather than made spaces, so the words they stand beside stay whole;
# ``isolate`` gives order numbers the direction the marks were there for.
_MARKS = re.compile(r"[\u061c\u200e\u200f]")
_SPACES = re.compile(r"\s+")


def clean(value: object) -> str:
    """Mail content as one safe line of plain text."""
    text = "" if value is None else str(value)
    return _SPACES.sub(" ", _UNSAFE.sub(" ", _MARKS.sub("", text))).strip()


# Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, NKo,
# Samaritan, Mandaic, their presentation forms, and the historic RTL blocks.
_RTL = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ORDER_NUMBER = re.compile(rf"(?<![\w-])(?:{ORDER_NUMBER})(?![\w-])")
FSI, LRI, PDI = "\u2068", "\u2066", "\u2069"


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds right-to-left letters."""
    return _RTL.search(text) is not None


def isolate(text: str) -> str:
    """Cleaned (and escaped) mail text for a plain-text line: unchanged unless it
    holds right-to-left letters; then between FSI and PDI, with each order
    number between LRI and PDI (see the module docstring)."""
    if not has_rtl(text):
        return text
    return FSI + ltr_order_numbers(text, lambda number: LRI + number + PDI) + PDI


def ltr_order_numbers(text: str, wrap: Callable[[str], str]) -> str:
    """``text`` with every order number replaced by ``wrap(number)``."""
    return _ORDER_NUMBER.sub(lambda match: wrap(match.group(0)), text)


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
    # Words of the mail itself (items, evidence, reason, claim): in any
    # language and direction, so the renderers isolate each value.
    mail: bool = False


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
        Fact("Items", _present(*n.items), mail=True),
    ]
    suspicious = n.authenticity.verdict is Verdict.SUSPICIOUS
    if suspicious:
        out.append(Fact("Claims", (claims(n),), mail=True))
    else:
        label = CAUSE_LABELS[n.cause]
        out += [
            Fact(
                "Cause",
                (f"{label} (confidence {format_confidence(n.confidence)})",),
                emphasis=label,
            ),
            Fact("Evidence", tuple(whole_words(n.evidence, n.reason_text)), quoted=True, mail=True),
            Fact("Reason", _present(n.reason_text), mail=True),
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
