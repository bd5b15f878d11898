"""The text report: for reading on a terminal or in a mail from cron.

"Needs your attention" first (one line per notice, look-alikes first), then
the summary by cause, the look-alikes under a warning, the other notices
newest first, the errors and the general advice. Mail content goes through
``clean`` so it cannot send escape sequences to the terminal, and through
``isolate`` so that right-to-left text cannot turn the line around it.
"""

from __future__ import annotations

from ..models import Action, AttentionKind, Notice, Report
from . import _view as v

_INDENT = "   "
_LABEL_WIDTH = 14
_ALARM = "!!"


def render(report: Report) -> str:
    lines: list[str] = [
        f"{v.TITLE} (generated {v.format_date(report.generated_at)})",
        v.counts_line(report),
        "",
    ]
    regular, suspicious = v.split(report)
    lines += _attention(report)
    lines += _heading("Summary")
    lines += _summary(report)

    if suspicious:
        title = f"{v.LOOKALIKES_TITLE.upper()} ({len(suspicious)})"
        lines += _heading(f"{_ALARM} {title} {_ALARM}", "!")
        lines += [f"{_ALARM} {v.SUSPICIOUS_WARNING}", ""]
        for number, notice in enumerate(suspicious, 1):
            lines += _notice(number, notice)

    lines += _heading(v.NOTICES_TITLE)
    if not regular:
        lines += ["No cancellation notices found.", ""]
    for number, notice in enumerate(regular, 1):
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


def _heading(title: str, rule: str = "=") -> list[str]:
    return [title, rule * len(title), ""]


def _attention(report: Report) -> list[str]:
    groups = v.attention_groups(report)
    if not groups:
        return []
    out = _heading(v.ATTENTION_TITLE)
    for group in groups:
        if group.kind is AttentionKind.LOOKALIKE:
            out.append(f"{_ALARM} {group.title}: they imitate Amazon; do not click, call or reply")
        else:
            out.append(group.title)
        for line in group.lines:
            note = f" ({line.note})" if line.note else ""
            item = f"  {v.isolate(line.item)}" if line.item else ""
            out.append(f"- {line.date}  {line.order}{item} — {v.clean(line.action.text)}{note}")
        out.append("")
    return out


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
    out = [f"{number}. {v.isolate(v.clean(n.subject)) or '(no subject)'}"]
    for fact in v.facts(n):
        shown = [v.isolate(value) for value in fact.values] if fact.mail else list(fact.values)
        values = [f'"{value}"' for value in shown] if fact.quoted else shown
        if fact.label == "Items":
            # One item per line: titles are long and may contain commas.
            for index, item in enumerate(values):
                label = "Items:" if index == 0 else ""
                out.append(f"{_INDENT}{label:<{_LABEL_WIDTH}}{item}")
            continue
        joined = ", ".join(values) if fact.literal else "; ".join(values)
        out.append(f"{_INDENT}{fact.label + ':':<{_LABEL_WIDTH}}{joined}")
    if n.actions:
        out.append(f"{_INDENT}What to do:")
        out += [f"{_INDENT}  - {_action_line(a)}" for a in n.actions]
    return [*out, ""]


def _action_line(action: Action) -> str:
    url = v.safe_url(action)
    text = v.clean(action.text)
    return f"{text} <{url}>" if url else text
