"""Header values to text: RFC 2047 encoded words, raw 8-bit bytes, addresses
and dates, leniently (a malformed header yields what can be read of it).

Used for the message's own headers and for the header lines quoted in an
inline forward, whose Date lines are in the formats the language layer lists.
"""

from __future__ import annotations

import binascii
import calendar
import email.message
import email.utils
import re
from datetime import UTC, datetime
from email.header import decode_header

from . import lang
from .charsets import decode_bytes
from .normalise import normalise_line


def looks_like_mail(msg: email.message.Message) -> bool:
    """Whether the parsed header block holds any header a mail has."""
    keys = {k.lower() for k in msg}
    return bool(keys & {"from", "subject", "date", "message-id", "content-type", "to", "received"})


def header_text(msg: email.message.Message, name: str) -> str:
    """The first ``name`` header as text; "" when there is none."""
    value = msg.get(name)
    if value is None:
        return ""
    return decode_header_value(value)


def decode_header_value(value: object) -> str:
    """RFC 2047 words and raw 8-bit bytes to text, whitespace normalised."""
    pieces: list[str] = []
    chunks: list[tuple[bytes | str, str | None]]
    try:
        chunks = decode_header(value)  # type: ignore[arg-type]
    except Exception:
        # One malformed encoded word (a stray character in its base64) makes
        # decode_header give up on the whole header; decode word by word.
        chunks = [(_lenient_words(safe_str(value)), None)]
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            pieces.append(decode_bytes(chunk, charset, []))
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
        return decode_bytes(raw, charset, [])

    return _ENCODED_WORD.sub(one, text)


def _unescape_surrogates(text: str) -> str:
    """email keeps undecodable 8-bit header bytes as surrogate escapes."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    return decode_bytes(text.encode("utf-8", "surrogateescape"), None, [])


def safe_str(value: object) -> str:
    """A header object as text; "" when even str() fails on it."""
    try:
        return _unescape_surrogates(str(value))
    except Exception:
        return ""


def address(value: str) -> tuple[str, str]:
    """The display name and the lower-case address of a From-like value."""
    if not value:
        return "", ""
    name, addr = email.utils.parseaddr(value)
    if "@" not in addr and "@" in value:
        # Outlook writes "Amazon.com [mailto:auto-confirm@amazon.com]".
        match = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        addr = match.group(0) if match else ""
    return normalise_line(name), addr.strip().strip("<>").lower()


def parse_date(value: str) -> datetime | None:
    """An RFC 5322 date, or a forwarding client's Date line; naive times are UTC."""
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


# Month names of every language, to the names strptime reads (the C locale's:
# Python leaves the locale alone unless asked).
_ENGLISH_MONTHS = list(calendar.month_name)[1:]
_MONTHS = {
    name.lower(): _ENGLISH_MONTHS[i]
    for language in lang.LANGUAGES.values()
    for i, name in enumerate(language.terms("forward.months"))
}
_MONTH_NAME = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)


def _parse_loose_date(value: str) -> datetime | None:
    cleaned = re.sub(r"\s+", " ", value).strip()
    # A zone name at the end is dropped; AM and PM are no zones.
    cleaned = re.sub(r"\s+(?!(?:AM|PM)$)(?:[A-Z]{2,5}|[+-]\d{4})$", "", cleaned)
    cleaned = cleaned.replace("\u202f", " ")
    if _MONTHS:
        cleaned = _MONTH_NAME.sub(lambda m: _MONTHS[m.group(1).lower()], cleaned)
    for fmt in _LOOSE_DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None
