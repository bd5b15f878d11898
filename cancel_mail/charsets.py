"""Bytes to text: a MIME part's body or an encoded header word, decoded by its
declared charset when that works, else by a reasoned guess.

mail-parser leaves 7-bit ISO-2022-JP undecoded and falls back to lossy UTF-8
on unknown charsets, so bodies and header words are decoded here from the
bytes. What had to be guessed is said in the defects.
"""

from __future__ import annotations

import email.message
import re

# Charsets tried, in order, when the declared one is missing, unknown or wrong.
# cp1252 decodes nearly every byte, so it must come after the strict UTF-8 try.
_FALLBACK_CHARSETS = ("utf-8", "cp1252", "latin-1")
# Labels that often sit on UTF-8 bytes by mistake.
_WEAK_LABELS = frozenset(
    ["iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "cp1252", "windows-1252"]
)


def decode_part(part: email.message.Message, defects: list[str] | None = None) -> str:
    """One leaf part's body as text, decoded as the full parse decodes it; what
    had to be guessed is added to ``defects``."""
    payload = part.get_payload(decode=True)
    if payload is None:
        inner = part.get_payload()
        return inner if isinstance(inner, str) else ""
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if charset is None and part.get_content_type() == "text/html":
        charset = _meta_charset(payload)
    return decode_bytes(payload, charset, [] if defects is None else defects)


_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _meta_charset(payload: bytes) -> str | None:
    match = _META_CHARSET.search(payload[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_bytes(data: bytes, charset: str | None, defects: list[str]) -> str:
    """Bytes to text: the declared charset if it works, else a reasoned guess."""
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
