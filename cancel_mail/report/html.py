"""The HTML report: one self-contained file, safe to open whatever the mail said.

- Every piece of mail content is cleaned and passed through ``html.escape``;
  nothing from a mail ever lands in an attribute, a URL or the style sheet.
- The Content-Security-Policy allows no script at all, no network requests,
  and only the one style sheet below (by its hash, so injected ``style``
  attributes or elements would not apply either).
- The chart is inline SVG drawn with presentation attributes, so it needs
  neither script nor inline ``style`` attributes.
- Links go only to the fixed marketplace URLs of ``actions.py``.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape as _escape

from ..models import Action, Cause, Notice, Report
from . import _view as v

_COLORS: dict[Cause, str] = {
    Cause.INVENTORY_SHORTAGE: "#2b7bb9",
    Cause.PAYMENT_ISSUE: "#d9822b",
    Cause.TECHNICAL_ISSUE: "#7a5cc2",
    Cause.FRAUD_PREVENTION: "#c23030",
    Cause.CUSTOMER_REQUEST: "#3a9a5b",
    Cause.UNKNOWN: "#7d8590",
}

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; vertical-align: top; }
td.count { text-align: right; }
article { border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem 1rem;
          margin: 1rem 0; }
article dl { display: grid; grid-template-columns: 9rem 1fr; gap: .1rem .8rem; margin: 0; }
article dt { color: #59636e; }
article dd { margin: 0; overflow-wrap: anywhere; }
.chart { max-width: 40rem; width: 100%; height: auto; }
.suspicious article { border-color: #c23030; background: #fff5f5; }
.warning { border-left: 4px solid #c23030; background: #fff5f5; padding: .6rem 1rem;
           font-weight: 600; }
.muted { color: #59636e; }
""".strip()

_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; "
    f"style-src 'sha256-{_STYLE_HASH}'; "
    "img-src data:; "
    "base-uri 'none'; "
    "form-action 'none'"
)


def render(report: Report) -> str:
    regular, suspicious = v.split(report)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{v.TITLE}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{v.TITLE}</h1>",
        f'<p class="muted">Generated {_e(v.format_date(report.generated_at))}. '
        f"{_e(v.counts_line(report))}</p>",
        '<section id="summary">',
        "<h2>Summary</h2>",
        _chart(report),
        _summary_table(report),
        "</section>",
        '<section id="notices">',
        "<h2>Cancellation notices</h2>",
    ]
    if not regular:
        parts.append("<p>No cancellation notices found.</p>")
    parts += [_notice(n) for n in regular]
    parts.append("</section>")

    if suspicious:
        parts += [
            '<section id="suspicious" class="suspicious">',
            f"<h2>⚠ Suspicious: possible phishing ({len(suspicious)})</h2>",
            f'<p class="warning">{_e(v.SUSPICIOUS_WARNING)}</p>',
            *[_notice(n) for n in suspicious],
            "</section>",
        ]

    if report.errors:
        parts += [
            '<section id="errors">',
            f"<h2>Errors ({len(report.errors)})</h2>",
            "<ul>",
            *[f"<li>{_e(e.source)}: {_e(e.error)}</li>" for e in report.errors],
            "</ul>",
            "</section>",
        ]

    if report.general_actions:
        parts += [
            '<section id="advice">',
            "<h2>General advice</h2>",
            _actions(report.general_actions),
            "</section>",
        ]
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _e(value: object) -> str:
    return _escape(v.clean(value), quote=True)


def _chart(report: Report) -> str:
    """Horizontal bars, one per cause, scaled to the largest count."""
    rows = v.cause_rows(report)
    largest = max((count for _, _, count in rows), default=0) or 1
    label_w, bar_w, row_h = 170, 300, 28
    width, height = label_w + bar_w + 50, row_h * len(rows) + 8
    total = sum(count for _, _, count in rows)
    out = [
        f'<svg class="chart" id="cause-chart" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="chart-title">',
        f'<title id="chart-title">Cancellations by cause ({total} in all)</title>',
    ]
    for index, (cause, label, count) in enumerate(rows):
        y = 4 + index * row_h
        bar = round(bar_w * count / largest)
        out += [
            f'<text x="{label_w - 8}" y="{y + 18}" text-anchor="end" font-size="14" '
            f'fill="#1f2328">{_escape(label)}</text>',
            f'<rect x="{label_w}" y="{y + 4}" width="{bar_w}" height="{row_h - 8}" '
            f'fill="#eef1f4"/>',
            f'<rect class="bar" data-cause="{cause.value}" x="{label_w}" y="{y + 4}" '
            f'width="{bar}" height="{row_h - 8}" fill="{_COLORS[cause]}"/>',
            f'<text x="{label_w + bar + 6}" y="{y + 18}" font-size="14" '
            f'fill="#1f2328">{count}</text>',
        ]
    out.append("</svg>")
    return "\n".join(out)


def _summary_table(report: Report) -> str:
    rows = v.cause_rows(report)
    body = [
        f'<tr><td>{_escape(label)}</td><td class="count">{count}</td></tr>'
        for _, label, count in rows
    ]
    total = sum(count for _, _, count in rows)
    body.append(f'<tr><th>Total</th><td class="count"><strong>{total}</strong></td></tr>')
    if report.summary.suspicious:
        body.append(
            "<tr><td>Suspicious (listed apart, not counted)</td>"
            f'<td class="count">{report.summary.suspicious}</td></tr>'
        )
    return (
        "<table><thead><tr><th>Cause</th><th>Notices</th></tr></thead><tbody>"
        + "".join(body)
        + "</tbody></table>"
    )


def _notice(n: Notice) -> str:
    fields: list[tuple[str, str]] = [
        ("Date", _e(v.format_date(n.date))),
        ("From", _e(n.sender)),
    ]
    market = _e(n.marketplace)
    if market and n.language:
        market += f" ({_e(n.language)})"
    fields += [
        ("Marketplace", market),
        ("Orders", ", ".join(_e(o) for o in n.order_ids)),
        ("Items", "<br>".join(_e(i) for i in n.items)),
        (
            "Cause",
            f"<strong>{_escape(v.CAUSE_LABELS[n.cause])}</strong> "
            f"(confidence {v.format_confidence(n.confidence)})",
        ),
        ("Evidence", "; ".join(f"“{_e(e)}”" for e in n.evidence)),
        ("Reason", _e(n.reason_text)),
    ]
    verdict = _escape(v.VERDICT_LABELS[n.authenticity.verdict])
    reasons = "; ".join(_e(r) for r in n.authenticity.reasons)
    fields += [
        ("Authenticity", f"{verdict} ({reasons})" if reasons else verdict),
        ("Source", _e(n.source)),
    ]
    rows = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields if value)
    out = [
        f'<article data-cause="{n.cause.value}">',
        f"<h3>{_e(n.subject) or '(no subject)'}</h3>",
        f"<dl>{rows}</dl>",
    ]
    if n.actions:
        out += ["<p><strong>What to do</strong></p>", _actions(n.actions)]
    out.append("</article>")
    return "\n".join(out)


def _actions(actions: list[Action]) -> str:
    items = []
    for action in actions:
        text = _e(action.text)
        url = v.safe_url(action)
        if url:
            link = _escape(url, quote=True)
            text += f' <a href="{link}" rel="noopener noreferrer">{link}</a>'
        items.append(f"<li>{text}</li>")
    return "<ul>" + "".join(items) + "</ul>"
