"""The HTML report: one self-contained file, safe to open whatever the mail said.

- Every piece of mail content is cleaned and passed through ``html.escape``;
  nothing from a mail ever lands in an attribute, a URL or the style sheet.
- The Content-Security-Policy allows no script at all, no network requests,
  and only the one style sheet below (by its hash, so injected ``style``
  attributes or elements would not apply either).
- The chart is inline SVG drawn with presentation attributes, so it needs
  neither script nor inline ``style`` attributes.
- Links go only to the fixed marketplace URLs of ``actions.py``.
- Mail text may be written right to left: the subject and a one-value fact
  (reason, claim) carry ``dir="auto"``, each of several values (items,
  evidence) and an attention line's item is a ``<bdi>``, and an order number
  inside right-to-left text a ``<bdi dir="ltr">`` (report/_view.py says why).
"""

from __future__ import annotations

import base64
import hashlib
from html import escape as _escape

from ..models import Action, AttentionKind, Cause, Notice, Report
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
body { font: 15px/1.5 system-ui, sans-serif; margin: 1.2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1f2328; background: #fff; overflow-wrap: anywhere; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .2rem .8rem .2rem 0; vertical-align: top; }
td.count { text-align: right; }
article { border: 1px solid #d0d7de; border-radius: 6px; padding: .8rem 1rem;
          margin: 1rem 0; }
article dl { display: grid; grid-template-columns: 9rem minmax(0, 1fr); gap: .1rem .8rem;
             margin: 0; }
article dt { color: #59636e; }
article dd { margin: 0; min-width: 0; }
.chart { max-width: 40rem; width: 100%; height: auto; }
#attention h2 { margin-top: 1rem; }
#attention h3 { margin: .8rem 0 .2rem; }
#attention ol { margin: 0; padding-left: 1.6rem; }
#attention li { margin: .15rem 0; }
#attention .lookalike h3 { color: #a40e26; }
.when { color: #59636e; font-variant-numeric: tabular-nums; }
code { font: .9em ui-monospace, monospace; }
.note { color: #8a4600; font-style: normal; }
.alarm { border: 3px solid #c23030; background: #fff0f0; color: #82071e; border-radius: 6px;
         padding: .6rem 1rem; font-weight: 700; }
.suspicious article { border: 2px solid #c23030; background: #fff5f5; }
.warning { border-left: 4px solid #c23030; background: #fff5f5; padding: .6rem 1rem;
           font-weight: 600; }
.muted { color: #59636e; }
@media (min-width: 48rem) {
  /* A long list scrolls in its own box, so the report's top still shows the
     look-alikes, the urgent lines and the headings that follow. */
  #attention .groups { max-height: 55vh; overflow-y: auto; }
}
@media (max-width: 30rem) {
  body { padding: 0 .6rem; }
  article { padding: .6rem; }
  article dl { grid-template-columns: minmax(0, 1fr); }
  article dt { font-weight: 600; margin-top: .3rem; }
}
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
        *_attention(report),
    ]

    parts += [
        '<section id="summary">',
        "<h2>Summary</h2>",
        _chart(report),
        _summary_table(report),
        "</section>",
    ]
    if suspicious:
        parts += [
            '<section id="suspicious" class="suspicious">',
            f"<h2>⚠ {_escape(v.LOOKALIKES_TITLE)} ({len(suspicious)})</h2>",
            f'<p class="alarm">⚠ {_e(v.SUSPICIOUS_WARNING)}</p>',
            *[_notice(n) for n in suspicious],
            "</section>",
        ]

    parts += ['<section id="notices">', f"<h2>{v.NOTICES_TITLE}</h2>"]
    if not regular:
        parts.append("<p>No cancellation notices found.</p>")
    parts += [_notice(n) for n in regular]
    parts.append("</section>")

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


def _attention(report: Report) -> list[str]:
    groups = v.attention_groups(report)
    if not groups:
        return []
    out = ['<section id="attention">', f"<h2>{v.ATTENTION_TITLE}</h2>", '<div class="groups">']
    for group in groups:
        lookalike = group.kind is AttentionKind.LOOKALIKE
        out.append(f'<div class="group {group.kind.value}">')
        if lookalike:
            out += [
                f"<h3>⚠ {_escape(group.title)}</h3>",
                '<p class="alarm">They imitate Amazon: do not click their links, '
                "call or reply.</p>",
            ]
        else:
            out.append(f"<h3>{_escape(group.title)}</h3>")
        out.append("<ol>")
        for line in group.lines:
            item = f" · <bdi>{_mail(line.item)}</bdi>" if line.item else ""
            text = _e(line.action.text)
            url = v.safe_url(line.action)
            if url:
                text = f'<a href="{_escape(url, quote=True)}" rel="noopener noreferrer">{text}</a>'
            note = f' <em class="note">({_e(line.note)})</em>' if line.note else ""
            out.append(
                f'<li><span class="when">{_e(line.date)}</span> '
                f"<code>{_e(line.order)}</code>{item} — {text}{note}</li>"
            )
        out += ["</ol>", "</div>"]
    out += ["</div>", "</section>"]
    return out


def _e(value: object) -> str:
    return _escape(v.clean(value), quote=True)


def _mail(value: object) -> str:
    """Mail text, escaped, with its order numbers left to right when it is
    right-to-left text (report/_view.py says why); the caller isolates it."""
    text = _e(value)
    if v.has_rtl(text):
        text = v.ltr_order_numbers(text, lambda number: f'<bdi dir="ltr">{number}</bdi>')
    return text


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
    rows = []
    for fact in v.facts(n):
        direction = ""
        if fact.literal:
            shown = [f"<code>{_e(value)}</code>" for value in fact.values]
        elif fact.mail:
            shown = [f"“{_mail(value)}”" if fact.quoted else _mail(value) for value in fact.values]
            if len(shown) == 1:
                # One value: the whole cell takes its direction (an Arabic
                # reason reads right to left, aligned right).
                direction = ' dir="auto"'
            else:
                shown = [f"<bdi>{value}</bdi>" for value in shown]
        else:
            shown = [_e(value) for value in fact.values]
        separator = "<br>" if fact.label == "Items" else ", " if fact.literal else "; "
        value = separator.join(shown)
        if fact.emphasis and value.startswith(_e(fact.emphasis)):
            value = f"<strong>{_e(fact.emphasis)}</strong>{value[len(_e(fact.emphasis)) :]}"
        rows.append(f"<dt>{_escape(fact.label)}</dt><dd{direction}>{value}</dd>")
    out = [
        f'<article data-cause="{n.cause.value}">',
        f'<h3 dir="auto">{_mail(n.subject) or "(no subject)"}</h3>',
        f"<dl>{''.join(rows)}</dl>",
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
