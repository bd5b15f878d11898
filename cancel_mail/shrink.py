"""Limits applied to a message's raw bytes before it is parsed.

mail-parser holds a part several times over (text, decoded, re-encoded) and
walks every part, so a 50 MB attachment or a million empty parts would cost
minutes and hundreds of megabytes. Overlong header lines, parts beyond the
first MAX_PARTS and the bodies of oversized parts are cut before the parse;
what is cut is said in the defects.
"""

from __future__ import annotations

import itertools
import re

SHRINK_ABOVE = 256 * 1024  # smaller messages cannot hold enough to matter
PART_LIMIT = 1024 * 1024  # bytes of one part's body
MAX_PARTS = 1000
HEADER_LINE_LIMIT = 16 * 1024


def shrink(raw: bytes) -> tuple[bytes, list[str]]:
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
