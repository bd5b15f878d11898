"""The CSV report: one row per notice, for a spreadsheet.

Rows come in the order of "Needs your attention" (look-alikes first, then
payment and account problems, then the rest; newest first in each), and each
row carries that group, its one next action with its URL, and every action's
text and URL (``action_texts`` and ``action_urls`` line up, `` | ``-joined).

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in
some, tab or carriage return) as a formula, so a subject such as
``=HYPERLINK("http://evil.example", "click")`` would become a live link. Such
cells get a leading apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

import csv
import io

from ..models import Attention, Notice, Report
from . import _view as v

COLUMNS = (
    "source",
    "date",
    "marketplace",
    "language",
    "order_ids",
    "items",
    "subject",
    "sender",
    "cause",
    "confidence",
    "evidence",
    "reason_text",
    "authenticity",
    "authenticity_reasons",
    "actions",
    "message_id",
    # Extensions: the columns above stay as they were.
    "attention",
    "next_action",
    "next_action_url",
    "action_texts",
    "action_urls",
    "folder",
    "found_in_junk",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: str) -> str:
    """A cell value that no spreadsheet will read as a formula."""
    # Leading spaces do not stop every spreadsheet from parsing a formula.
    if value.lstrip(" ").startswith(_FORMULA_START):
        return "'" + value
    return value


def render(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in v.attention(report):
        notice = report.notices[entry.notice]
        writer.writerow([neutralise(cell) for cell in _row(notice, entry)])
    return out.getvalue()


def _row(n: Notice, entry: Attention) -> list[str]:
    # Lists join with " | ": item titles often contain commas and semicolons.
    return [
        v.clean(n.source),
        n.date.isoformat() if n.date else "",
        v.clean(n.marketplace),
        v.clean(n.language),
        " | ".join(v.clean(o) for o in n.order_ids),
        " | ".join(v.clean(i) for i in n.items),
        v.clean(n.subject),
        v.clean(n.sender),
        n.cause.value,
        v.format_confidence(n.confidence),
        " | ".join(v.whole_words(n.evidence, n.reason_text)),
        v.clean(n.reason_text),
        n.authenticity.verdict.value,
        " | ".join(v.clean(r) for r in n.authenticity.reasons),
        " ".join(a.id for a in n.actions),
        v.clean(n.message_id),
        entry.kind.value,
        v.clean(entry.action.text),
        v.safe_url(entry.action) or "",
        " | ".join(v.clean(a.text) for a in n.actions),
        " | ".join(v.safe_url(a) or "" for a in n.actions),
        v.clean(n.folder),
        "yes" if n.found_in_junk else "no",
    ]
