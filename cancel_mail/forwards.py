"""Forwarded notices: the message attached to a forward (message/rfc822), and
the message quoted inline in a forward's text, below a separator line and its
quoted header lines.

The separators, the quoted header names and their roles come from the language
layer (its ``forward`` table), for every language it knows.
"""

from __future__ import annotations

import email
import email.message
import re
from dataclasses import dataclass
from datetime import datetime

from . import lang
from .headers import address, parse_date
from .normalise import normalise_line, normalise_text


def attached_message(msg: email.message.Message) -> email.message.Message | None:
    """The first attached message (message/rfc822) anywhere in the structure."""
    for part in msg.walk():
        if part is msg:
            continue
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload:
                first = payload[0]
                if isinstance(first, email.message.Message):
                    return first
            if isinstance(payload, str) and payload.strip():
                # Some writers leave the attached message unparsed (e.g. base64
                # encoded message/rfc822, which RFC 2046 forbids but happens).
                data = part.get_payload(decode=True)
                if isinstance(data, bytes) and data.strip():
                    return email.message_from_bytes(data)
    return None


# --- inline forwards --------------------------------------------------------


@dataclass
class InlineForward:
    """What a forward's text quotes of the forwarded message: its header lines
    (those it has) and its text."""

    from_name: str = ""
    from_addr: str = ""
    subject: str = ""
    date: datetime | None = None
    text: str = ""


def _alternatives(key: str) -> str:
    return "|".join(f"(?:{term})" for term in lang.terms(key))


# A separator line ("---------- Forwarded message ---------") or an intro line
# ("Begin forwarded message:"), in any language the layer knows.
_FORWARD_MARKERS = re.compile(
    rf"^\s*(?:-{{2,}}\s*(?:{_alternatives('forward.separators')})\s*-*"
    rf"|{_alternatives('forward.intros')})\s*$",
    re.IGNORECASE,
)
_QUOTE_PREFIX = re.compile(r"^(?:\s*>)+ ?")
# The roles a quoted header line can have; each names a group of the pattern.
# A role no language fills gets no group: an empty one would match any colon.
_ROLES = tuple(
    role for role in ("from", "subject", "date", "other") if lang.terms(f"forward.{role}")
)
_PSEUDO_HEADER = re.compile(
    r"^\s*\**\s*(?:"
    + "|".join(f"(?P<{role}>{_alternatives(f'forward.{role}')})" for role in _ROLES)
    + r")\s*\**\s*[:：]\s*\**\s*(?P<value>.*)$",
    re.IGNORECASE,
)


def _role(match: re.Match[str]) -> str:
    return next(role for role in _ROLES if match.group(role) is not None)


def inline_forward(text: str) -> InlineForward | None:
    """The message quoted inside a forward in ``text`` (normalised text, as the
    parse reads a body); None if there is none."""
    if not text:
        return None
    lines = [_QUOTE_PREFIX.sub("", line) for line in text.split("\n")]
    start = next((i for i, line in enumerate(lines) if _FORWARD_MARKERS.match(line)), None)
    if start is None:
        return None
    inner = InlineForward()
    i = start + 1
    seen_header = False
    last_role = ""
    while i < len(lines) and i < start + 30:
        line = lines[i]
        match = _PSEUDO_HEADER.match(line)
        if match:
            seen_header = True
            last_role = _role(match)
            value = match.group("value").strip()
            if last_role == "from" and not inner.from_addr:
                inner.from_name, inner.from_addr = address(value)
            elif last_role == "subject" and not inner.subject:
                inner.subject = normalise_line(value)
            elif last_role == "date" and inner.date is None:
                inner.date = parse_date(value)
            i += 1
            continue
        if not line.strip():
            if seen_header:
                break
            i += 1
            continue
        if seen_header and last_role == "subject" and not _looks_like_body(line):
            # A long subject wrapped onto the next line by the forwarding client.
            inner.subject = normalise_line(f"{inner.subject} {line}")
            i += 1
            continue
        break
    inner.text = normalise_text("\n".join(lines[i:]))
    return inner


def _looks_like_body(line: str) -> bool:
    return len(line) > 80 or line.rstrip().endswith((".", "!", "?", ":", "。"))
