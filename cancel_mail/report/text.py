"""The text report: for reading on a terminal or in a mail from cron.

A summary table by cause, each notice, the suspicious ones apart under a
warning, the errors, then the general advice. Mail content goes through
``clean`` so it cannot send escape sequences to the terminal.
"""

from __future__ import annotations

from ..models import Action, Notice, Report
from . import _view as v

_INDENT = "   "
_LABEL_WIDTH = 14


def render(report: Report) -> str:
    lines: list[str] = [
        f"{v.TITLE} (generated {v.format_date(report.generated_at)})",
        v.counts_line(report),
        "",
    ]
    lines += _summary(report)
    regular, suspicious = v.split(report)

    lines += _heading("Cancellation notices")
    if not regular:
        lines += ["No cancellation notices found.", ""]
    for number, notice in enumerate(regular, 1):
        lines += _notice(number, notice)

    if suspicious:
        lines += _heading(f"SUSPICIOUS: possible phishing ({len(suspicious)})")
        lines += ["!! " + v.SUSPICIOUS_WARNING, ""]
        for number, notice in enumerate(suspicious, 1):
            lines += _notice(number, notice)

    if report.errors:
        lines += _heading(f"Errors ({len(report.errors)})")
        lines += [f"- {v.clean(e.source)}: {v.clean(e.error)}" for e in report.errors]
        lines.append("")

    if report.general_actions:
        lines += _heading("General advice")
        for action in report.general_actions:
            lines.append(f"- {_action_line(action)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _heading(title: str) -> list[str]:
    return [title, "=" * len(title), ""]


def _summary(report: Report) -> list[str]:
    rows = v.cause_rows(report)
    total = sum(count for _, _, count in rows)
    width = max(len(label) for _, label, _ in rows)
    out = [f"{'Cause':<{width}}  Notices", f"{'-' * width}  -------"]
    out += [f"{label:<{width}}  {count:>7}" for _, label, count in rows]
    out += [f"{'-' * width}  -------", f"{'Total':<{width}}  {total:>7}"]
    if report.summary.suspicious:
        out.append(f"{'Suspicious (apart)':<{width}}  {report.summary.suspicious:>7}")
    return [*out, ""]


def _notice(number: int, n: Notice) -> list[str]:
    out = [f"{number}. {v.clean(n.subject) or '(no subject)'}"]

    def field(label: str, value: str) -> None:
        if value:
            out.append(f"{_INDENT}{label + ':':<{_LABEL_WIDTH}}{value}")

    field("Date", v.format_date(n.date))
    field("From", v.clean(n.sender))
    market = v.clean(n.marketplace)
    if market and n.language:
        market += f" ({v.clean(n.language)})"
    field("Marketplace", market)
    field("Orders", ", ".join(v.clean(o) for o in n.order_ids))
    # One item per line: titles are long and may contain commas.
    for index, item in enumerate(n.items):
        label = "Items:" if index == 0 else ""
        out.append(f"{_INDENT}{label:<{_LABEL_WIDTH}}{v.clean(item)}")
    field("Cause", f"{v.CAUSE_LABELS[n.cause]} (confidence {v.format_confidence(n.confidence)})")
    field("Evidence", "; ".join(f'"{v.clean(e)}"' for e in n.evidence))
    field("Reason", v.clean(n.reason_text))
    verdict = v.VERDICT_LABELS[n.authenticity.verdict]
    reasons = "; ".join(v.clean(r) for r in n.authenticity.reasons)
    field("Authenticity", f"{verdict} ({reasons})" if reasons else verdict)
    field("Source", v.clean(n.source))
    if n.actions:
        out.append(f"{_INDENT}What to do:")
        out += [f"{_INDENT}  - {_action_line(a)}" for a in n.actions]
    return [*out, ""]


def _action_line(action: Action) -> str:
    url = v.safe_url(action)
    text = v.clean(action.text)
    return f"{text} <{url}>" if url else text
