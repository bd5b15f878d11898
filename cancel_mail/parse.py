"""MIME to ParsedMessage, with mail-parser for the structure and bs4 for HTML.

The only module that imports mailparser and bs4. HTML becomes text and links
by walking a BeautifulSoup tree built with its lxml builder (the fastest one
bs4 has). Everything they (or the standard library's ``email`` under them)
raise is turned into MessageError here.
"""

from __future__ import annotations

import binascii
import email.message
import email.utils
import itertools
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header
from typing import Any

import mailparser
from bs4 import (
    BeautifulSoup,
    Comment,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

from . import lang
from .errors import MessageError
from .models import Link, ParsedMessage

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

# Charsets tried, in order, when the declared one is missing, unknown or wrong.
# cp1252 decodes nearly every byte, so it must come after the strict UTF-8 try.
_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
# Labels that often sit on UTF-8 bytes by mistake.
_WEAK_LABELS = frozenset(
    ["iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "cp1252", "windows-1252"]
)


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
    shrunk, defects = _shrink(raw)
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
    inner_msg = _attached_message(msg)
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


# Limits applied to the raw bytes before parsing. mail-parser holds a part
# several times over (text, decoded, re-encoded) and walks every part, so
# a 50 MB attachment or a million empty parts would cost minutes and hundreds
# of megabytes. What is cut is said in the defects.
SHRINK_ABOVE = 256 * 1024  # smaller messages cannot hold enough to matter
PART_LIMIT = 1024 * 1024  # bytes of one part's body
MAX_PARTS = 1000
HEADER_LINE_LIMIT = 16 * 1024
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:[^\r\n]*\r?\n(?:[!-9;-~]{1,76}:|[ \t])", re.MULTILINE)


def _shrink(raw: bytes) -> tuple[bytes, list[str]]:
    """Cut overlong header lines, parts beyond MAX_PARTS and the bodies of parts
    over PART_LIMIT (attachments, in practice); say so in the defects."""
    defects: list[str] = []
    raw = _cut_header_lines(raw, defects)
    if len(raw) <= SHRINK_ABOVE:
        return raw, defects
    cuts = _delimiters(raw)
    if len(cuts) > MAX_PARTS:
        defects.append(
            f"skipped {len(cuts) - MAX_PARTS} MIME parts after the first {MAX_PARTS} "
            f"({len(raw) - cuts[MAX_PARTS]} bytes)"
        )
        raw = raw[: cuts[MAX_PARTS]]
        cuts = cuts[:MAX_PARTS]
    bounds = [0, *cuts, len(raw)]
    pieces: list[bytes] = []
    for start, end in itertools.pairwise(bounds):
        if end - start <= PART_LIMIT:
            pieces.append(raw[start:end])
            continue
        if start == 0:
            # The top level: keep its whole header block (however long) and
            # the start of its body, where a single-part mail has its text.
            blank = re.search(rb"\r?\n\r?\n", raw, 0)
            keep = (blank.end() if blank and blank.end() <= end else end) + PART_LIMIT
            if keep >= end:
                pieces.append(raw[start:end])
                continue
        else:
            blank = re.search(rb"\r?\n\r?\n", raw[start : start + PART_LIMIT])
            keep = blank.end() if blank else 64 * 1024
        pieces.append(raw[start : start + keep])
        defects.append(
            f"skipped {end - start - keep} bytes of an oversized MIME part "
            f"(over {PART_LIMIT // 1024} KiB)"
        )
    return b"".join(pieces), defects


def _cut_header_lines(raw: bytes, defects: list[str]) -> bytes:
    blank = re.search(rb"\r?\n\r?\n", raw)
    end = blank.start() if blank else len(raw)
    if end <= HEADER_LINE_LIMIT:
        return raw
    lines = raw[:end].split(b"\n")
    if all(len(line) <= HEADER_LINE_LIMIT for line in lines):
        return raw
    kept: list[bytes] = []
    for line in lines:
        if len(line) > HEADER_LINE_LIMIT:
            name = line.split(b":", 1)[0][:40].decode("ascii", "replace")
            defects.append(
                f"cut a {len(line)}-byte header line ({name}) to {HEADER_LINE_LIMIT // 1024} KiB"
            )
            line = line[:HEADER_LINE_LIMIT].rstrip(b"\r") + (b"\r" if line.endswith(b"\r") else b"")
        kept.append(line)
    return b"\n".join(kept) + raw[end:]


def _delimiters(raw: bytes) -> list[int]:
    # bytes.find runs at memory speed; a regex over 50 MB of base64 does not.
    found: list[int] = []
    at = raw.find(b"\n--")
    while at != -1:
        found.append(at)
        at = raw.find(b"\n--", at + 3)
    return found


def _header_block_start(raw: bytes) -> int:
    match = _HEADER_LINE.search(raw, 0, 64 * 1024)
    return match.start() if match else 0


def looks_like_mail(msg: email.message.Message) -> bool:
    keys = {k.lower() for k in msg}
    return bool(keys & {"from", "subject", "date", "message-id", "content-type", "to", "received"})


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
    level.from_name, level.from_addr = _address(header_text(msg, "from"))
    level.reply_to = _address(header_text(msg, "reply-to"))[1]
    level.return_path = _address(header_text(msg, "return-path"))[1]
    mid = header_text(msg, "message-id")
    level.message_id = mid or None
    level.date = _parse_date(header_text(msg, "date"))
    for name in msg:
        low = name.lower()
        if low in _KEPT_HEADERS or low.startswith(_KEPT_PREFIX):
            if low in level.headers:
                continue
            level.headers[low] = [_decode_header_value(v) for v in msg.get_all(name, [])]

    plains: list[str] = []
    htmls: list[str] = []
    for part in _body_parts(msg, level):
        ctype = part.get_content_type()
        body = _decode_part(part, level.defects)
        if not body.strip():
            continue
        if ctype == "text/html":
            htmls.append(body)
        else:
            plains.append(body)

    html_text = ""
    if htmls:
        level.html = "\n".join(htmls)
        html_text, level.links = _html_to_text(level.html)
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
            level.attachments.append(_safe_str(filename) if filename else ctype)
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


def _attached_message(msg: email.message.Message) -> email.message.Message | None:
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


# --- headers ----------------------------------------------------------------


def header_text(msg: email.message.Message, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    return _decode_header_value(value)


def _decode_header_value(value: object) -> str:
    """RFC 2047 words and raw 8-bit bytes to text, whitespace normalised."""
    pieces: list[str] = []
    chunks: list[tuple[bytes | str, str | None]]
    try:
        chunks = decode_header(value)  # type: ignore[arg-type]
    except Exception:
        # One malformed encoded word (a stray character in its base64) makes
        # decode_header give up on the whole header; decode word by word.
        chunks = [(_lenient_words(_safe_str(value)), None)]
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            pieces.append(_decode_bytes(chunk, charset, []))
        else:
            pieces.append(_unescape_surrogates(chunk))
    # decode_header drops the space between an encoded word and plain text.
    text = ""
    for i, piece in enumerate(pieces):
        switched = i and isinstance(chunks[i][0], bytes) != isinstance(chunks[i - 1][0], bytes)
        if switched and not text.endswith(" ") and not piece.startswith(" "):
            text += " "
        text += piece
    return normalise_line(text)


_ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")


def _lenient_words(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        charset, encoding, payload = match.group(1), match.group(2).lower(), match.group(3)
        data = payload.encode("ascii", "replace")
        if encoding == "b":
            clean = re.sub(rb"[^A-Za-z0-9+/]", b"", data)
            short = len(clean) % 4
            clean = clean[:-1] if short == 1 else clean + b"=" * ((4 - short) % 4)
            raw = binascii.a2b_base64(clean)
        else:
            raw = binascii.a2b_qp(data.replace(b"_", b" "))
        return _decode_bytes(raw, charset, [])

    return _ENCODED_WORD.sub(one, text)


def _unescape_surrogates(text: str) -> str:
    """email keeps undecodable 8-bit header bytes as surrogate escapes."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return _decode_bytes(text.encode("utf-8", "surrogateescape"), None, [])


def _safe_str(value: object) -> str:
    try:
        return _unescape_surrogates(str(value))
    except Exception:
        return ""


def _address(value: str) -> tuple[str, str]:
    if not value:
        return "", ""
    name, addr = email.utils.parseaddr(value)
    if "@" not in addr and "@" in value:
        # Outlook writes "Amazon.com [mailto:auto-confirm@amazon.com]".
        match = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        addr = match.group(0) if match else ""
    return normalise_line(name), addr.strip().strip("<>").lower()


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    parsed: datetime | None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = _parse_loose_date(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


# How forwarding clients write the Date line: the layer's formats per language,
# then ISO 8601, which is no language's.
_LOOSE_DATE_FORMATS = (
    *lang.terms("forward.date_formats"),
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
)


def _parse_loose_date(value: str) -> datetime | None:
    cleaned = re.sub(r"\s+", " ", value).strip()
    cleaned = re.sub(r"\s+(?:[A-Z]{2,5}|[+-]\d{4})$", "", cleaned)
    cleaned = cleaned.replace("\u202f", " ")
    for fmt in _LOOSE_DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


# --- body decoding ----------------------------------------------------------


def decode_part(part: email.message.Message) -> str:
    """One leaf part's body as text, decoded as the full parse decodes it."""
    return _decode_part(part, [])


def _decode_part(part: email.message.Message, defects: list[str]) -> str:
    payload = part.get_payload(decode=True)
    if payload is None:
        inner = part.get_payload()
        return inner if isinstance(inner, str) else ""
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if charset is None and part.get_content_type() == "text/html":
        charset = _meta_charset(payload)
    return _decode_bytes(payload, charset, defects)


_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _meta_charset(payload: bytes) -> str | None:
    match = _META_CHARSET.search(payload[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes to text: the declared charset if it works, else a reasoned guess.

    mail-parser leaves 7-bit ISO-2022-JP undecoded and falls back to lossy
    UTF-8 on unknown charsets, so the body is decoded here from the bytes.
    """
    declared = (charset or "").strip().strip("\"'").lower() or None
    if declared in ("unknown-8bit", "x-unknown", "default"):
        declared = None
    if (
        declared
        and declared.startswith(("utf-16", "utf-32", "utf16", "utf32"))
        and b"\0" not in data
    ):
        # Text in UTF-16/32 always holds NUL bytes; without any it is mislabeled
        # and "decoding" it would turn it into CJK noise.
        defects.append(f"CharsetDecodeDefect: bytes cannot be {declared!r}; guessed")
        declared = None
    if b"\x1b$B" in data or b"\x1b$@" in data or b"\x1b(J" in data:
        # ISO-2022-JP escape sequences identify the charset whatever the label says.
        try:
            return data.decode("iso-2022-jp")
        except (UnicodeDecodeError, LookupError):
            pass
    if declared:
        try:
            text = data.decode(declared)
        except LookupError:
            defects.append(f"CharsetDecodeDefect: unknown charset {declared!r}; guessed")
        except (UnicodeError, ValueError, TypeError):
            # UnicodeDecodeError, and the odd codec ("undefined") that raises
            # a plain UnicodeError on any input.
            defects.append(f"CharsetDecodeDefect: bytes do not match charset {declared!r}; guessed")
        else:
            # A latin-1 or ASCII label on UTF-8 bytes is a common mislabel; latin-1
            # "succeeds" on anything, so check whether the bytes are really UTF-8.
            if declared in _WEAK_LABELS and _is_utf8_with_multibyte(data):
                return data.decode("utf-8")
            return text
    for candidate in _FALLBACK_CHARSETS:
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


def _is_utf8_with_multibyte(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# --- HTML to text -----------------------------------------------------------

SKIP_TAGS = frozenset({"head", "title", "style", "script", "noscript", "template", "svg"})
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    ]
)
CELL_TAGS = frozenset({"td", "th"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_URL_IN_TEXT = re.compile(r"https?://[^\s<>\"')\]]+", re.IGNORECASE)


def hidden(attrs: Mapping[str, object]) -> bool:
    """Whether an element with these attributes is hidden from the reader (a bs4
    tag's ``attrs`` here, lxml's ``attrib`` in htmltext.py: the same rule)."""
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if not isinstance(style, str):
        return False
    low = style.lower()
    # Cheap test first: the pattern cannot match without one of these words.
    if "none" not in low and "hidden" not in low and "mso-hide" not in low:
        return False
    return _HIDDEN_STYLE.search(style) is not None


def _html_to_text(html: str) -> tuple[str, list[Link]]:
    """Text and links of an HTML part, by walking its BeautifulSoup tree.

    Skipped and hidden elements drop their subtree; br and img give a newline
    or their alt text; block elements sit on their own lines and table cells
    are set apart; a link's label is its get_text(). bs4's lxml builder is its
    fastest; it already turns a whitespace-only string into one newline or
    space, and drops a byte-order mark and an XML declaration.
    """
    try:
        # multi_valued_attributes=None: "class" stays a string instead of being
        # split into a list for every tag; the walk never reads it.
        soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None)
    except Exception:
        # bs4 refuses some markup outright (ParserRejectedMarkup); the plain
        # part, if any, still carries the text.
        return "", []
    links: list[Link] = []
    out: list[str] = []
    # Nodes to visit, and separators (plain str) to write when an element ends.
    stack: list[PageElement | str] = [soup]
    while stack:
        node = stack.pop()
        if type(node) is str:
            out.append(node)
            continue
        if isinstance(node, NavigableString):
            if not isinstance(node, _NOT_TEXT):
                out.append(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name.lower()
        if name in SKIP_TAGS or (node.attrs and hidden(node.attrs)):
            continue
        if name == "br":
            out.append("\n")
            continue
        if name == "img":
            alt = node.get("alt")
            if isinstance(alt, str) and alt.strip():
                out.append(f" {alt} ")
            continue
        if name == "a":
            href = node.get("href")
            if isinstance(href, str) and href.strip():
                links.append(Link(text=normalise_line(node.get_text(" ")), href=href.strip()))
        if name in BLOCK_TAGS:
            out.append("\n")
            stack.append("\n")
        elif name in CELL_TAGS:
            stack.append("  ")
        stack.extend(reversed(node.contents))
    return normalise_text("".join(out)), links


# Strings bs4 reads that are not page text.
_NOT_TEXT = (Comment, Doctype, ProcessingInstruction)


def _plain_links(text: str) -> list[Link]:
    return [Link(text="", href=m.group(0).rstrip(".,;")) for m in _URL_IN_TEXT.finditer(text)]


# Every kind of whitespace but the line end, and the invisible characters that
# split words (zero-width space, BOM, soft hyphen). Whitespace runs are then at
# most two characters ("\n\n"), which detect.py's STEM_REACH relies on.
_SPACES = re.compile(r"(?:[^\S\n]|[\u200b\ufeff\u00ad])+")


# Control characters (NUL, ESC, BEL, DEL, C1) never belong in what a reader sees:
# in a terminal report they are escape sequences, in a notify hook an injection.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def normalise_line(text: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub(" ", re.sub(r"[\r\n]+", " ", text))).strip()


def normalise_text(text: str) -> str:
    """One space between words, no trailing spaces, at most one blank line in a row."""
    text = _CONTROL.sub(" ", text.replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def _dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# --- inline forwards --------------------------------------------------------

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


def _inline_forward(level: _Level) -> _Level | None:
    """The notice quoted inside a forward, as its own level; None if there is none."""
    if not level.text:
        return None
    lines = [_QUOTE_PREFIX.sub("", line) for line in level.text.split("\n")]
    start = next((i for i, line in enumerate(lines) if _FORWARD_MARKERS.match(line)), None)
    if start is None:
        return None
    inner = _Level(
        headers={},
        html=level.html,
        links=level.links,
        attachments=level.attachments,
        defects=level.defects,
        message_id=None,
    )
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
                inner.from_name, inner.from_addr = _address(value)
            elif last_role == "subject" and not inner.subject:
                inner.subject = normalise_line(value)
            elif last_role == "date" and inner.date is None:
                inner.date = _parse_date(value)
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
