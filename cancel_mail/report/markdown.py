"""The markdown report: the text report's structure, for a wiki, an issue or a chat.

Mail content is written by strangers, so every piece of it is cleaned to one
line and made inert, but escaped only where markdown would act on it, so that
the raw file still reads like the text report (``06:30``, not ``06\\:30``):

- A word that a linkify extension would turn into a link (a URL, ``www.``, an
  e-mail address, anything shaped like a domain) becomes a code span:
  ``auto-confirm@amazon.com`` is shown exactly, and never as a link.
- Elsewhere only the characters that can start markup are escaped: ``\\``,
  ``*``, ``[``, ``]``, ``<``, ``~``, backticks, ``_`` at a word's edge, ``&``
  where it starts an entity, and a run of ``#`` that would close a heading.
  With ``[`` and ``<`` escaped, no link, image, autolink or HTML can open;
  ``!``, ``(``, ``:`` and ``.`` need nothing.

Right-to-left mail text (subject, items, evidence, reason) sits between the
Unicode isolates FSI and PDI, as in the text report (report/_view.py says
why): Markdown has no ``dir`` attribute, raw ``<bdi>`` would show as a tag in
the file and is dropped by some renderers' sanitisers, and the isolates work
wherever the text is laid out, in a browser or an editor.

Content never starts a line (every line begins with our own list marker,
heading or label), so the block-level markers need no escaping, and a table
needs a delimiter row that content cannot supply. The only links are the fixed
marketplace URLs of the actions.
"""

from __future__ import annotations

import re

from ..models import Action, AttentionKind, Notice, Report
from . import _view as v

# A word a linkify extension could make a link of: a scheme, "www.", an address
# with "@", or a dot between a letter or digit and two letters (amazon.com).
_LINKISH = re.compile(
    r"://|^//|\bwww\.|@|\b(?:https?|ftp|mailto|file|javascript|data|vbscript|tel|sms):"
    r"|[^\W_]\.[^\W\d_]{2}",
    re.IGNORECASE,
)
_ALWAYS = re.compile(r"[\\`*\[\]<~]")
_ENTITY = re.compile(r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")
_EDGE_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_CLOSING_HASHES = re.compile(r"(^|\s)(#+)$")
_BACKTICKS = re.compile(r"`+")
_AROUND = re.compile(r"([(\[\"'“‘]*)(.+?)([.,;:!?)\]\"'”’]*)")


def escape(value: object) -> str:
    """Mail content as inert markdown text on one line."""
    return " ".join(_word(word) for word in v.clean(value).split(" ") if word)


def code(value: object) -> str:
    """Mail content as one code span: shown exactly, never markup or a link."""
    text = v.clean(value)
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    # A span that starts or ends with a backtick needs a space inside its fence
    # (CommonMark strips one from each side).
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _word(word: str) -> str:
    if _LINKISH.search(word):
        # Punctuation around an address stays outside its code span, where it
        # reads as the sentence's own ("to `x@amazon.com`.").
        found = _AROUND.fullmatch(word)
        if found is None:  # a word that is only punctuation cannot be linkish
            return code(word)
        before, middle, after = found.groups()
        return _plain(before) + code(middle) + _plain(after)
    return _plain(word)


def _plain(word: str) -> str:
    word = _ALWAYS.sub(r"\\\g<0>", word)
    word = _ENTITY.sub(r"\\&", word)
    word = _EDGE_UNDERSCORE.sub(r"\\_", word)
    # Only a word of nothing but "#" can be a heading's closing sequence.
    return _CLOSING_HASHES.sub(r"\1\\\2", word)


def render(report: Report) -> str:
    lines: list[str] = [
        f"# {v.TITLE}",
        "",
        f"Generated {escape(v.format_date(report.generated_at))}. {escape(v.counts_line(report))}",
        "",
    ]
    regular, suspicious = v.split(report)
    lines += _attention(report)

    lines += ["## Summary", "", "| Cause | Notices |", "| --- | --- |"]
    rows = v.cause_rows(report)
    lines += [f"| {label} | {count} |" for _, label, count in rows]
    lines.append(f"| **Total** | **{sum(count for _, _, count in rows)}** |")
    lines.append("")
    if report.summary.suspicious:
        lines += [
            f"Look-alikes, listed apart and not counted above: **{report.summary.suspicious}**",
            "",
        ]

    if suspicious:
        lines += [f"## ⚠ {v.LOOKALIKES_TITLE} ({len(suspicious)})", ""]
        lines += [f"> **⚠ Warning:** {v.SUSPICIOUS_WARNING}", ""]
        for number, notice in enumerate(suspicious, 1):
            lines += _notice(number, notice)

    lines += [f"## {v.NOTICES_TITLE}", ""]
    if not regular:
        lines += ["No cancellation notices found.", ""]
    for number, notice in enumerate(regular, 1):
        lines += _notice(number, notice)

    if report.errors:
        lines += [f"## Errors ({len(report.errors)})", ""]
        lines += [f"- {code(e.source)}: {escape(e.error)}" for e in report.errors]
        lines.append("")

    if report.general_actions:
        lines += ["## General advice", ""]
        lines += [f"- {_action(a)}" for a in report.general_actions]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _attention(report: Report) -> list[str]:
    groups = v.attention_groups(report)
    if not groups:
        return []
    out = [f"## {v.ATTENTION_TITLE}", ""]
    for group in groups:
        if group.kind is AttentionKind.LOOKALIKE:
            out += [f"### ⚠ {group.title}", ""]
            out += ["> They imitate Amazon: do not click their links, call or reply.", ""]
        else:
            out += [f"### {group.title}", ""]
        for line in group.lines:
            item = f" · {v.isolate(escape(line.item))}" if line.item else ""
            note = f" ({escape(line.note)})" if line.note else ""
            text = escape(line.action.text)
            url = v.safe_url(line.action)
            action = f"[{text}]({url})" if url else text
            out.append(f"- {escape(line.date)} · {code(line.order)}{item} — {action}{note}")
        out.append("")
    return out


def _notice(number: int, n: Notice) -> list[str]:
    out = [f"### {number}. {v.isolate(escape(n.subject)) or '(no subject)'}", ""]
    for fact in v.facts(n):
        if fact.literal:
            shown = [code(value) for value in fact.values]
        elif fact.quoted:
            shown = [f"“{v.isolate(escape(value))}”" for value in fact.values]
        elif fact.mail:
            shown = [v.isolate(escape(value)) for value in fact.values]
        else:
            shown = [escape(value) for value in fact.values]
        value = ", ".join(shown) if fact.literal else "; ".join(shown)
        if fact.emphasis and value.startswith(escape(fact.emphasis)):
            value = f"**{escape(fact.emphasis)}**{value[len(escape(fact.emphasis)) :]}"
        out.append(f"- **{fact.label}:** {value}")
    if n.actions:
        out.append("- **What to do:**")
        out += [f"  - {_action(a)}" for a in n.actions]
    return [*out, ""]


def _action(action: Action) -> str:
    url = v.safe_url(action)
    text = escape(action.text)
    # Our URLs hold no spaces, parentheses or angle brackets: safe in <...>.
    return f"{text} <{url}>" if url else text
