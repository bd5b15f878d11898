"""MIME to ParsedMessage: the entry point of the full parse, with mail-parser
for the structure.

The only module that imports mailparser. It reads each message level (the
mail, or the message attached to a forward): its headers (headers.py), its
text parts (charsets.py; HTML through htmlwalk.py) and its forwarded notice
(forwards.py), after cutting hostile sizes (shrink.py). Everything mail-parser,
bs4 or the standard library's ``email`` raise is turned into MessageError here.
"""

from __future__ import annotations

import email.message
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import mailparser

from .charsets import decode_part
from .errors import MessageError
from .forwards import attached_message, inline_forward
from .headers import (
    address,
    decode_header_value,
    header_text,
    looks_like_mail,
    parse_date,
    safe_str,
)
from .htmlwalk import BLOCK_TAGS, CELL_TAGS, SKIP_TAGS, hidden, html_to_text
from .models import Link, ParsedMessage
from .normalise import normalise_line, normalise_text
from .shrink import HEADER_LINE_LIMIT, MAX_PARTS, PART_LIMIT, SHRINK_ABOVE, shrink

# Names other modules and callers' code import from here, from before these
# jobs had modules of their own.
__all__ = [
    "BLOCK_TAGS",
    "CELL_TAGS",
    "HEADER_LINE_LIMIT",
    "MAX_PARTS",
    "PART_LIMIT",
    "SHRINK_ABOVE",
    "SKIP_TAGS",
    "decode_part",
    "header_text",
    "hidden",
    "looks_like_mail",
    "normalise_line",
    "normalise_text",
    "parse_message",
]

# mail-parser logs warnings about parts it skips; the library never prints, so
# without a handler of the caller's own those must go nowhere (not to stderr).
logging.getLogger("mailparser").addHandler(logging.NullHandler())

# Headers later stages read (authenticity, list detection, Amazon's own markers).
_KEPT_HEADERS = (
    "authentication-results",
    "arc-authentication-results",
    "dkim-signature",
    "received-spf",
    "list-unsubscribe",
)
_KEPT_PREFIX = "x-amazon-"


def parse_message(data: bytes, *, tree: email.message.Message | None = None) -> ParsedMessage:
    """Decode one message. Best effort on broken input; raises MessageError only
    when nothing usable can be read. A forwarded notice (inline or attached) is
    unwrapped: the result describes the inner notice with ``forwarded=True``.

    ``tree`` is ``email.message_from_bytes(data)`` if the caller already has it
    (the triage does): mail-parser then reads it instead of parsing again."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise MessageError(f"expected bytes, got {type(data).__name__}")
    raw = bytes(data)
    if not raw.strip():
        raise MessageError("empty message")
    try:
        return _parse(raw, tree)
    except MessageError:
        raise
    except RecursionError as exc:
        raise MessageError("message nesting too deep to parse") from exc
    except Exception as exc:
        # mail-parser, email and bs4 raise a wide and undocumented range of
        # errors on hostile input; none of them may escape the library.
        raise MessageError(f"cannot parse message: {type(exc).__name__}: {exc}") from exc


# --- the message as a whole -------------------------------------------------


def _parse(raw: bytes, tree: email.message.Message | None) -> ParsedMessage:
    shrunk, defects = shrink(raw)
    # A tree of the bytes as they were is no use once they have been cut.
    msg, parse_defects = _structure(shrunk, tree if shrunk is raw else None)
    raw = shrunk
    if not looks_like_mail(msg):
        # Junk before the header block (a stray line, an mbox separator without
        # its colon): start at the first run of header lines, if there is one.
        start = _header_block_start(raw)
        if start:
            msg, parse_defects = _structure(raw[start:])
            defects.append(f"skipped {start} bytes of junk before the header block")
        if not looks_like_mail(msg):
            raise MessageError("not an email message: no header block found")
    defects.extend(parse_defects)

    outer = _read_level(msg)
    inner_msg = attached_message(msg)
    if inner_msg is not None:
        inner = _read_level(inner_msg)
        if inner.from_addr or inner.subject or inner.text:
            return _finish(
                inner,
                defects,
                forwarded=True,
                outer_from=outer.from_addr,
                fallback_id=outer.message_id,
                fallback_date=outer.date,
            )
    unwrapped = _inline_forward(outer)
    # A forward of a forward: the notice is the innermost block.
    for _ in range(3):
        deeper = _inline_forward(unwrapped) if unwrapped is not None else None
        if deeper is None or not (deeper.from_addr or deeper.subject):
            break
        unwrapped = deeper
    if unwrapped is not None:
        return _finish(
            unwrapped,
            defects,
            forwarded=True,
            outer_from=outer.from_addr,
            fallback_id=outer.message_id,
            fallback_date=outer.date,
        )
    return _finish(outer, defects)


def _structure(
    raw: bytes, tree: email.message.Message | None = None
) -> tuple[email.message.Message, list[str]]:
    """The MIME tree by mail-parser; by the standard library if mail-parser trips.

    mail-parser walks every part and re-encodes attachments; on some truncated
    structures it fails where the plain tree is still readable. ``tree``, when
    given, is the standard library's tree of ``raw``, which mail-parser would
    otherwise build first.
    """
    if tree is not None:
        try:
            parser = mailparser.MailParser(tree)
        except Exception:
            # Whatever went wrong, go the way a call without the tree goes, so
            # the outcome (an error message included) is the same.
            return _structure(raw)
        return _tree_of(parser)
    try:
        parser = mailparser.MailParser.from_bytes(raw)
    except mailparser.exceptions.MailParserRecursionError as exc:
        raise MessageError(f"message nesting too deep to parse: {exc}") from exc
    except Exception as exc:
        try:
            msg = email.message_from_bytes(raw)
        except Exception:
            raise MessageError(f"mail-parser failed: {type(exc).__name__}: {exc}") from exc
        return msg, [f"mail-parser failed ({type(exc).__name__}); read with the standard library"]
    return _tree_of(parser)


def _tree_of(parser: mailparser.MailParser) -> tuple[email.message.Message, list[str]]:
    if parser.message is None:
        raise MessageError("not an email message: nothing could be parsed")
    return parser.message, _defects(parser)


# A header line followed by another or by a continuation: where a header block
# starts when junk comes before it.
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:[^\r\n]*\r?\n(?:[!-9;-~]{1,76}:|[ \t])", re.MULTILINE)


def _header_block_start(raw: bytes) -> int:
    match = _HEADER_LINE.search(raw, 0, 64 * 1024)
    return match.start() if match else 0


def _defects(parser: Any) -> list[str]:
    out: list[str] = []
    try:
        for entry in parser.defects:
            if isinstance(entry, dict):
                for values in entry.values():
                    out.extend(str(v) for v in values)
            else:
                out.append(str(entry))
    except Exception:  # defects are advisory; never fail a parse over them
        return out
    return out


@dataclass
class _Level:
    """What one message level (outer mail or attached message) holds."""

    message_id: str | None = None
    date: datetime | None = None
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    reply_to: str = ""
    return_path: str = ""
    headers: dict[str, list[str]] = field(default_factory=dict)
    text: str = ""
    html: str = ""
    links: list[Link] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)


def _finish(
    level: _Level,
    defects: list[str],
    *,
    forwarded: bool = False,
    outer_from: str = "",
    fallback_id: str | None = None,
    fallback_date: datetime | None = None,
) -> ParsedMessage:
    return ParsedMessage(
        message_id=level.message_id or fallback_id,
        date=level.date or fallback_date,
        subject=level.subject,
        from_name=level.from_name,
        from_addr=level.from_addr,
        reply_to=level.reply_to,
        return_path=level.return_path,
        headers=level.headers,
        text=level.text,
        html=level.html,
        links=level.links,
        attachments=level.attachments,
        forwarded=forwarded,
        outer_from=outer_from,
        defects=_dedupe(defects + level.defects),
    )


def _read_level(msg: email.message.Message) -> _Level:
    level = _Level()
    level.subject = header_text(msg, "subject")
    level.from_name, level.from_addr = address(header_text(msg, "from"))
    level.reply_to = address(header_text(msg, "reply-to"))[1]
    level.return_path = address(header_text(msg, "return-path"))[1]
    mid = header_text(msg, "message-id")
    level.message_id = mid or None
    level.date = parse_date(header_text(msg, "date"))
    for name in msg:
        low = name.lower()
        if low in _KEPT_HEADERS or low.startswith(_KEPT_PREFIX):
            if low in level.headers:
                continue
            level.headers[low] = [decode_header_value(v) for v in msg.get_all(name, [])]

    plains: list[str] = []
    htmls: list[str] = []
    for part in _body_parts(msg, level):
        ctype = part.get_content_type()
        body = decode_part(part, level.defects)
        if not body.strip():
            continue
        if ctype == "text/html":
            htmls.append(body)
        else:
            plains.append(body)

    html_text = ""
    if htmls:
        level.html = "\n".join(htmls)
        html_text, level.links = html_to_text(level.html)
    plain_text = normalise_text("\n\n".join(plains))
    # Prefer the HTML rendering (it carries the links and the structure), but a
    # near-empty HTML part next to a real plain part means the HTML is a stub.
    if html_text and len(html_text) >= len(plain_text) // 3:
        level.text = html_text
    else:
        level.text = plain_text or html_text
    if plain_text and not htmls:
        level.links = _plain_links(plain_text)
    return level


def _body_parts(msg: email.message.Message, level: _Level) -> list[email.message.Message]:
    """The readable text parts of this level, not those of attached messages."""
    found: list[email.message.Message] = []
    stack: list[email.message.Message] = [msg]
    while stack:
        part = stack.pop(0)
        ctype = part.get_content_type()
        if ctype == "message/rfc822" or ctype.startswith("message/"):
            level.attachments.append(part.get_filename() or ctype)
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack[0:0] = [p for p in payload if isinstance(p, email.message.Message)]
            continue
        disposition = (part.get_content_disposition() or "").lower()
        filename = part.get_filename()
        if ctype in ("text/plain", "text/html") and (disposition != "attachment" or not filename):
            found.append(part)
        elif part is msg and ctype.startswith("text/"):
            # A single-part message of some other text type: read it as plain.
            found.append(part)
        elif ctype.startswith("multipart/"):
            # A multipart without (a usable) boundary reaches here as one blob.
            stack[0:0] = _guess_parts(part)
        elif disposition == "attachment" or filename or not ctype.startswith("multipart/"):
            level.attachments.append(safe_str(filename) if filename else ctype)
    return found


_BOUNDARY_LINE = re.compile(rb"^--([^\s-][^\s]{0,69})\s*$", re.MULTILINE)


def _guess_parts(part: email.message.Message) -> list[email.message.Message]:
    """Recover the parts of a multipart whose boundary parameter is missing: take
    the first delimiter-looking line as the boundary, or read the blob as text."""
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes) or not raw.strip():
        return []
    match = _BOUNDARY_LINE.search(raw)
    if match is None:
        plain = email.message.Message()
        plain.set_payload(raw)
        plain["Content-Type"] = "text/plain"
        return [plain]
    boundary = match.group(1).decode("ascii", "replace")
    head = f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'.encode()
    rebuilt = email.message_from_bytes(head + raw)
    payload = rebuilt.get_payload()
    if not rebuilt.is_multipart() or not isinstance(payload, list):
        return []
    return [p for p in payload if isinstance(p, email.message.Message)]


_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


def _plain_links(text: str) -> list[Link]:
    return [Link(text="", href=m.group(0).rstrip(".,;")) for m in _URL_IN_TEXT.finditer(text)]


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _inline_forward(level: _Level) -> _Level | None:
    """The notice quoted inside a forward, as its own level; None if there is none."""
    found = inline_forward(level.text)
    if found is None:
        return None
    return _Level(
        from_name=found.from_name,
        from_addr=found.from_addr,
        subject=found.subject,
        date=found.date,
        text=found.text,
        html=level.html,
        links=level.links,
        attachments=level.attachments,
        defects=level.defects,
    )
