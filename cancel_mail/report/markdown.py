"""The markdown report: the text report's structure, for a wiki, an issue or a chat.

Mail content is written by strangers, so every piece of it is cleaned to one
line and every character that markdown could act on is backslash-escaped.
Escaped, ``[x](javascript:...)``, ``![img](...)``, ``<script>``, ``www.`` and
``http://`` autolinks and table pipes stay plain text. The only links are the
fixed marketplace URLs of the actions.
"""

from __future__ import annotations

import re

from ..models import Action, Notice, Report
from . import _view as v

# CommonMark lets any ASCII punctuation be escaped; these are the ones that can
# start emphasis, code, links, images, HTML, entities, tables, strikethrough,
# heading closers, math, or the ``www.``/``http:``/``a@b.c`` autolinks.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#!&|~:@.$^])")


def escape(value: object) -> str:
    """Mail content as inert markdown text on one line."""
    return _SPECIAL.sub(r"\\\1", v.clean(value))


def render(report: Report) -> str:
    lines: list[str] = [
        f"# {v.TITLE}",
        "",
        f"Generated {escape(v.format_date(report.generated_at))}. {escape(v.counts_line(report))}",
        "",
        "## Summary",
        "",
        "| Cause | Notices |",
        "| --- | --- |",
    ]
    rows = v.cause_rows(report)
    lines += [f"| {label} | {count} |" for _, label, count in rows]
    lines.append(f"| **Total** | **{sum(count for _, _, count in rows)}** |")
    lines.append("")
    if report.summary.suspicious:
        lines += [
            f"Suspicious notices, listed apart and not counted above: "
            f"**{report.summary.suspicious}**",
            "",
        ]

    regular, suspicious = v.split(report)
    lines += ["## Cancellation notices", ""]
    if not regular:
        lines += ["No cancellation notices found.", ""]
    for number, notice in enumerate(regular, 1):
        lines += _notice(number, notice)

    if suspicious:
        lines += [f"## ⚠ Suspicious: possible phishing ({len(suspicious)})", ""]
        lines += [f"> **Warning:** {v.SUSPICIOUS_WARNING}", ""]
        for number, notice in enumerate(suspicious, 1):
            lines += _notice(number, notice)

    if report.errors:
        lines += [f"## Errors ({len(report.errors)})", ""]
        lines += [f"- {escape(e.source)}: {escape(e.error)}" for e in report.errors]
        lines.append("")

    if report.general_actions:
        lines += ["## General advice", ""]
        lines += [f"- {_action(a)}" for a in report.general_actions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _notice(number: int, n: Notice) -> list[str]:
    out = [f"### {number}\\. {escape(n.subject) or '(no subject)'}", ""]

    def field(label: str, value: str) -> None:
        if value:
            out.append(f"- **{label}:** {value}")

    field("Date", escape(v.format_date(n.date)))
    field("From", escape(n.sender))
    market = escape(n.marketplace)
    if market and n.language:
        market += f" \\({escape(n.language)}\\)"
    field("Marketplace", market)
    field("Orders", ", ".join(escape(o) for o in n.order_ids))
    field("Items", "; ".join(escape(i) for i in n.items))
    field(
        "Cause",
        f"{v.CAUSE_LABELS[n.cause]} \\(confidence {v.format_confidence(n.confidence)}\\)",
    )
    field("Evidence", "; ".join(f"“{escape(e)}”" for e in n.evidence))
    field("Reason", escape(n.reason_text))
    verdict = v.VERDICT_LABELS[n.authenticity.verdict]
    reasons = "; ".join(escape(r) for r in n.authenticity.reasons)
    field("Authenticity", f"{verdict} \\({reasons}\\)" if reasons else verdict)
    field("Source", escape(n.source))
    if n.actions:
        out.append("- **What to do:**")
        out += [f"  - {_action(a)}" for a in n.actions]
    return [*out, ""]


def _action(action: Action) -> str:
    url = v.safe_url(action)
    text = escape(action.text)
    # Our URLs hold no spaces, parentheses or angle brackets: safe in <...>.
    return f"{text} <{url}>" if url else text
