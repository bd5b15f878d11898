"""The cheap first pass: decide from the header block (and a bounded peek at the
body) whether a message could be an Amazon cancellation notice, or carry evidence
about one. Only candidates get the full parse.

The rule it must keep: the fast path finds exactly what a full parse of every
message finds. When in doubt, say yes.

Why this is safe: detect.py reports nothing (neither a notice nor an order
signal) unless the message names Amazon somewhere in its sender, subject, text
or links. So a message is a candidate when "amazon" shows up in its decoded
header block or in the first ``PEEK_BYTES`` of its body once quoted-printable
and base64 text are undone. Subjects with cancellation words, forwards and
attached messages are candidates too, as a second line of defence.
"""

from __future__ import annotations

import binascii
import re
from email.header import decode_header

# How much of the body is looked at. Text parts come first in real mail; what
# lies beyond this is attachments, which a notice does not hide in.
PEEK_BYTES = 512 * 1024

_AMAZON = b"amazon"

# Subject words that mean "cancelled" (or a forward), lower case, per language.
_SUBJECT_WORDS: tuple[str, ...] = (
    # en
    "cancel",
    "cancellation",
    # de
    "storn",
    "annull",
    "abgebrochen",
    # fr
    "annul",
    # es
    "cancelad",
    "cancelación",
    "anulad",
    # it
    "cancellat",
    "annullat",
    # ja
    "キャンセル",
    "取り消",
    "取消",
    # orders and payment trouble that later notices lean on
    "order",
    "bestellung",
    "commande",
    "pedido",
    "ordine",
    "注文",
)
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|i|enc|doorst|vs|転送)\s*[:：]", re.IGNORECASE
)
_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_SUBJECT_LINE = re.compile(rb"^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_B64_CTE = re.compile(rb"content-transfer-encoding:\s*base64", re.IGNORECASE)
# A header block starts with "Name: value" (or an mbox "From " line).
_HEADER_START = re.compile(rb"\s{0,4}(?:[!-9;-~]+[ \t]*:|From )")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


def is_candidate(data: bytes) -> bool:
    """True when the message might be an Amazon notice, forwarded or not."""
    if not _HEADER_START.match(data):
        # Not a mail at all: the full parse turns it into an error entry, which
        # the report must show, so let it through.
        return True
    head, peek = _split(data)
    head_low = head.lower()
    if _AMAZON in head_low:
        return True
    if b"=?" in head and _AMAZON in _decode_words(head).lower():
        return True
    subject = _subject(head)
    if subject and _subject_matters(subject):
        return True
    peek_low = peek.lower()
    if _AMAZON in peek_low:
        return True
    # Every substring search costs a pass over the peek, so look only for the
    # encodings and structures the header block says can be there.
    multipart = b"multipart/" in head_low
    if multipart and b"message/rfc822" in peek_low:
        return True
    if (multipart or b"quoted-printable" in head_low) and _qp_mentions_amazon(peek_low):
        return True
    if multipart or b"base64" in head_low:
        return _base64_mentions_amazon(head_low, peek, multipart)
    return False


def _qp_mentions_amazon(low: bytes) -> bool:
    # Quoted-printable encoders never escape letters, so only soft line breaks
    # can split the word; removing them is much cheaper than a full decode.
    if b"=\n" not in low and b"=\r\n" not in low:
        return False
    return _AMAZON in low.replace(b"=\r\n", b"").replace(b"=\n", b"")


def _split(data: bytes) -> tuple[bytes, bytes]:
    """The header block and the first PEEK_BYTES of the body (never a copy of
    the whole body: that alone costs more than the rest on a 50 MB mail)."""
    match = _BLANK_LINE.search(data)
    if match is None:
        return data, b""
    return data[: match.start()], data[match.end() : match.end() + PEEK_BYTES]


def _decode_words(head: bytes) -> bytes:
    """The header block with every RFC 2047 encoded word replaced by its UTF-8 text."""

    def one(match: re.Match[bytes]) -> bytes:
        try:
            parts = decode_header(match.group(0).decode("ascii", "replace"))
            text = "".join(
                chunk.decode(charset or "utf-8", "replace") if isinstance(chunk, bytes) else chunk
                for chunk, charset in parts
            )
        except (LookupError, ValueError, binascii.Error):
            return match.group(0)
        return text.encode("utf-8", "replace")

    return _ENCODED_WORD.sub(one, head)


def _subject(head: bytes) -> str:
    match = _SUBJECT_LINE.search(head)
    if match is None:
        return ""
    raw = re.sub(rb"\r?\n[ \t]+", b" ", match.group(1))
    if b"=?" in raw:
        raw = _decode_words(raw)
    return raw.decode("utf-8", "replace").lower()


def _subject_matters(subject: str) -> bool:
    if _FORWARD_PREFIX.match(subject):
        return True
    return any(word in subject for word in _SUBJECT_WORDS)


def _base64_mentions_amazon(head_low: bytes, peek: bytes, multipart: bool) -> bool:
    """Decode the base64 bodies within the peek and look for the word there."""
    if not multipart:
        return _B64_CTE.search(head_low) is not None and _AMAZON in _unbase64(peek)
    if b"base64" not in peek and b"BASE64" not in peek and b"Base64" not in peek:
        return False
    for match in _B64_CTE.finditer(peek):
        start = _BLANK_LINE.search(peek, match.end())
        if start is None:
            continue
        end = peek.find(b"\n--", start.end())
        block = peek[start.end() : end if end != -1 else len(peek)]
        if _AMAZON in _unbase64(block):
            return True
    return False


def _unbase64(block: bytes) -> bytes:
    try:
        return binascii.a2b_base64(_b64_chars(block)).lower()
    except binascii.Error:
        return b""


_NOT_B64 = re.compile(rb"[^A-Za-z0-9+/=]")


def _b64_chars(block: bytes) -> bytes:
    # a2b_base64 stops at padding in the middle and rejects odd lengths;
    # keep the alphabet, cut to a multiple of 4, and decode what is there.
    clean = _NOT_B64.sub(b"", block).replace(b"=", b"")
    return clean[: len(clean) - len(clean) % 4]
