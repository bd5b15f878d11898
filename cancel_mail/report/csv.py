"""The CSV report: one row per notice, for a spreadsheet.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in
some, tab or carriage return) as a formula, so a subject such as
``=HYPERLINK("http://evil.example", "click")`` would become a live link. Such
cells get a leading apostrophe, which spreadsheets show as plain text.
"""

from __future__ import annotations

import csv
import io

from ..models import Notice, Report
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
    for notice in report.notices:
        writer.writerow([neutralise(cell) for cell in _row(notice)])
    return out.getvalue()


def _row(n: Notice) -> list[str]:
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
        " | ".join(v.clean(e) for e in n.evidence),
        v.clean(n.reason_text),
        n.authenticity.verdict.value,
        " | ".join(v.clean(r) for r in n.authenticity.reasons),
        " ".join(a.id for a in n.actions),
        v.clean(n.message_id),
    ]
