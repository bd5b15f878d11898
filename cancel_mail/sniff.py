"""The cheap first pass: decide from the header block (and a bounded peek at the
body) whether a message could be an Amazon cancellation notice, or carry evidence
about one. Only candidates get the full parse.

The rule it must keep: the fast path finds exactly what a full parse of every
message finds. When in doubt, say yes.

Why this is safe: detect.py reports nothing (neither a notice nor an order
signal) unless the message names Amazon somewhere in its sender, subject, text
or links. So a message is a candidate when "amazon" shows up in its decoded
header block or in the first ``PEEK_BYTES`` of its body once quoted-printable
and base64 text are undone, or when a text part's charset does not write ASCII
letters as ASCII bytes (UTF-16, EBCDIC). Subjects with cancellation words,
forwards and attached messages are candidates too, as a second line of defence.
lookalike.py widens the rule: it also reads the name Amazon disguised in the
sender or the subject ("Аmazon" with a Cyrillic А, "amaz0n-orders.com"), so a
message whose From or Subject header names Amazon that way is a candidate too.

One case is left out on purpose: HTML that spells "amazon" with character
references ("&#97;mazon"). Looking for those costs a second scan of every HTML
part (about 8% of a scan), and they only matter in an inline forward, whose
subject then has no "Fwd:"-style prefix and whose quoted header block is
written in references: no mail client writes that.

After the sniff, triage.py takes a second, closer look at each candidate.
"""

from __future__ import annotations

import binascii
import re

from . import lang, lookalike
from .charsets import decode_bytes

# How much of the body is looked at. Text parts come first in real mail; what
# lies beyond this is attachments, which a notice does not hide in.
PEEK_BYTES = 512 * 1024

_AMAZON = b"amazon"

# Subject words that mean "cancelled", lower case, in every language the layer
# knows. Plain substrings, built once: the sniff runs on every message.
_SUBJECT_WORDS: tuple[str, ...] = tuple(word.lower() for word in lang.terms("sniff.subject_words"))
_FORWARD_PREFIX = re.compile(
    r"^\s*(?:\[[^\]]*\]\s*)?(?:"
    + "|".join(f"(?:{prefix})" for prefix in lang.terms("forward.subject_prefixes"))
    + r")\s*[:：]",
    re.IGNORECASE,
)
_ENCODED_WORD = re.compile(rb"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_SUBJECT_LINE = re.compile(rb"^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_FROM_LINE = re.compile(rb"^from:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)
_B64_CTE = re.compile(rb"content-transfer-encoding:\s*base64", re.IGNORECASE)
# A header block starts with "Name: value" (or an mbox "From " line).
_HEADER_START = re.compile(rb"\s{0,4}(?:[!-9;-~]+[ \t]*:|From )")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BOUNDARY = re.compile(rb"boundary\s*=\s*(?:\"([^\"\r\n]*)\"|([^\s;\"]+))", re.IGNORECASE)
_CONTENT_TYPE = re.compile(
    rb"(?:^|\n)content-type:[ \t]*(?:\r?\n[ \t]+)?([a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]*)"
)


def is_candidate(data: bytes) -> bool:
    """True when the message might be an Amazon notice, forwarded or not."""
    try:
        return _is_candidate(data)
    except Exception:
        # A sniff that trips over hostile bytes must not end the scan; the
        # full parse reads the message or reports why it cannot.
        return True


def _is_candidate(data: bytes) -> bool:
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
    if _sender_or_subject_names_amazon(head, subject):
        return True
    if b"message/rfc822" in head_low:
        return True
    if b"multipart/" in _content_type(head_low):
        return _parts_mention_amazon(peek, _boundary(head))
    return _part_mentions_amazon(head_low, peek)


def _content_type(head_low: bytes) -> bytes:
    match = _CONTENT_TYPE.search(head_low)
    return match.group(1) if match else b""


def _boundary(head: bytes) -> bytes:
    match = _BOUNDARY.search(head)
    if match is None:
        return b""
    return (match.group(1) or match.group(2) or b"").strip()


def _parts_mention_amazon(body: bytes, boundary: bytes, depth: int = 0) -> bool:
    """Look into each part of a multipart body on its own terms: text parts are
    decoded as the full parse would, attachments are skipped unread."""
    # Searching for the boundary itself is several times faster than for any
    # short pattern: a long needle lets the search skip ahead.
    starts = _delimiter_lines(body, boundary) if boundary else []
    if not starts or depth > 8:
        # No usable boundary: the full parse reads the body as text.
        return _part_mentions_amazon(b"", body)
    for begin, end in zip(starts, [*starts[1:], len(body)], strict=True):
        line_end = body.find(b"\n", begin, end)
        if line_end == -1:
            continue
        blank = _BLANK_LINE.search(body, line_end, end)
        # A part cut off inside its header block: judge what the header says.
        head = body[line_end : blank.start() if blank else end]
        head_low = head.lower()
        ctype = _content_type(head_low)
        if ctype.startswith(b"message/"):
            return True
        if ctype and not ctype.startswith((b"text/", b"multipart/")):
            continue  # an attachment: the full parse does not read it as text
        if blank is None:
            continue
        part = body[blank.end() : end]
        if ctype.startswith(b"multipart/"):
            if _parts_mention_amazon(part, _boundary(head), depth + 1):
                return True
        elif _part_mentions_amazon(head_low, part):
            return True
    return False


def _part_mentions_amazon(head_low: bytes, body: bytes) -> bool:
    ctype = _content_type(head_low)
    if ctype and not ctype.startswith(b"text/"):
        return False  # an attachment: the full parse does not read it as text
    if b"charset" in head_low and _WIDE_CHARSET.search(head_low):
        return True  # "amazon" in UTF-16 or EBCDIC is not these bytes: let the parse look
    if b"base64" in head_low and _B64_CTE.search(head_low):
        return _AMAZON in _unbase64(body)
    low = body.lower()
    if _AMAZON in low:
        return True
    return b"quoted-printable" in head_low and _qp_mentions_amazon(low)


def _qp_mentions_amazon(low: bytes) -> bool:
    # Quoted-printable encoders never escape letters, so only soft line breaks
    # can split the word; removing them is much cheaper than a full decode.
    if b"=\n" not in low and b"=\r\n" not in low:
        return False
    return _AMAZON in low.replace(b"=\r\n", b"").replace(b"=\n", b"")


# Charsets in which ASCII letters are not ASCII bytes.
_WIDE_CHARSET = re.compile(
    rb"charset\s*=\s*[\"']?(?:utf-?16|utf-?32|ucs-?2|ucs-?4|cp0[0-9]{2}|cp5[0-9]{2}|ibm|ebcdic)"
)


def _delimiter_lines(body: bytes, boundary: bytes) -> list[int]:
    marker = b"--" + boundary
    found = [0] if body.startswith(marker) else []
    needle = b"\n" + marker
    at = body.find(needle)
    while at != -1:
        found.append(at + 1)
        at = body.find(needle, at + len(needle))
    return found


def _split(data: bytes) -> tuple[bytes, bytes]:
    """The header block and the first PEEK_BYTES of the body (never a copy of
    the whole body: that alone costs more than the rest on a 50 MB mail)."""
    match = _BLANK_LINE.search(data)
    if match is None:
        return data, b""
    return data[: match.start()], data[match.end() : match.end() + PEEK_BYTES]


def _decode_words(head: bytes) -> bytes:
    """The header block with every RFC 2047 encoded word replaced by its UTF-8 text.

    Decoded leniently, word by word: the standard library's decode_header
    raises on one stray character, and a sniff must never raise.
    """

    def one(match: re.Match[bytes]) -> bytes:
        charset, encoding, text = match.group(1), match.group(2).lower(), match.group(3)
        qp = encoding != b"b"
        raw = binascii.a2b_qp(text.replace(b"_", b" ")) if qp else _unbase64_raw(text)
        # Read as the full parse reads it (charsets.py: "iso-8859-9" as
        # windows-1254, a wrong label guessed past), so both see the same words.
        decoded = decode_bytes(raw, charset.decode("ascii", "replace"), [])
        return decoded.encode("utf-8", "replace")

    return _ENCODED_WORD.sub(one, head)


def _subject(head: bytes) -> str:
    match = _SUBJECT_LINE.search(head)
    if match is None:
        return ""
    raw = re.sub(rb"\r?\n[ \t]+", b" ", match.group(1))
    if b"=?" in raw:
        raw = _decode_words(raw)
    if raw.isascii():
        return raw.decode("ascii").lower()
    # Raw 8-bit bytes (no encoded words): UTF-8, or a Shift_JIS or EUC-JP
    # subject that a Japanese mail client sent unlabeled; guessed as headers.py
    # guesses them. Only a non-ASCII subject pays for this.
    return decode_bytes(raw, None, []).lower()


def _sender_or_subject_names_amazon(head: bytes, subject: str) -> bool:
    """The name disguised where lookalike.py reads it ("Аmazon" with a Cyrillic А,
    "amaz0n-orders.com"): such a sender may claim a cancellation in the body."""
    match = _FROM_LINE.search(head)
    if match is not None:
        raw = re.sub(rb"\r?\n[ \t]+", b" ", match.group(1))
        if b"=?" in raw:
            raw = _decode_words(raw)
        if lookalike.names_amazon(raw.decode("utf-8", "replace")):
            return True
    return bool(subject) and lookalike.names_amazon(subject)


def _subject_matters(subject: str) -> bool:
    if _FORWARD_PREFIX.match(subject):
        return True
    return any(word in subject for word in _SUBJECT_WORDS)


def _unbase64(block: bytes) -> bytes:
    return _unbase64_raw(block).lower()


def _unbase64_raw(block: bytes) -> bytes:
    try:
        return binascii.a2b_base64(_b64_chars(block))
    except binascii.Error:
        return b""


def _b64_chars(block: bytes) -> bytes:
    # a2b_base64 skips characters outside the alphabet but insists on complete
    # quanta: drop padding and noise, then pad the last quantum (a lone
    # character holds no whole byte and goes).
    clean = block.translate(None, _B64_NOISE)
    short = len(clean) % 4
    if short == 1:
        return clean[:-1]
    return clean + b"=" * ((4 - short) % 4)


_B64_NOISE = bytes(c for c in range(256) if not (chr(c).isalnum() and c < 128) and c not in b"+/")
