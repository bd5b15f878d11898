"""The mbox reader (block-wise, bytes.find) against a line-by-line reference.

The reader cuts 128 KB blocks where a line starts with ``From `` and leaves the
``>From `` unquoting to ``RawMessage.data``; the reference here reads the file
line by line, as the rules in ``_read_mbox``'s docstring say. Random mboxes made
of envelope lines, look-alike body lines, quoted lines, CRLF, blank lines and
long lines must split into the same messages, with the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cancel_mail.sources import files
from cancel_mail.sources.files import RawMessage, UnreadableSource, iter_messages

ENVELOPE = b"From MAILER-DAEMON Thu Nov 26 10:00:00 2026"


def _reference(data: bytes, shown: str) -> list[tuple[str, bytes | None]]:
    """(key, message bytes) per message; None for an empty one."""
    lines = data.splitlines(keepends=True)
    messages: list[list[bytes]] = []
    previous_blank = True
    for line in lines:
        starts = line.startswith(b"From ") and (
            previous_blank or files._ENVELOPE.match(line) is not None
        )
        if starts:
            messages.append([])
        elif messages:
            messages[-1].append(line)
        previous_blank = line in (b"\n", b"\r\n")
    out: list[tuple[str, bytes | None]] = []
    for index, body in enumerate(messages):
        message = b"".join(body)
        if message.endswith(b"\n\r\n") or message == b"\r\n":
            message = message[:-2]
        elif message.endswith(b"\n\n") or message == b"\n":
            message = message[:-1]
        if not message.strip():
            out.append((f"{shown}#{index}", None))
            continue
        message = re.sub(rb"\n>(>*From )", rb"\n\1", message)
        if message.startswith(b">") and message.lstrip(b">").startswith(b"From "):
            message = message[1:]
        out.append((f"{shown}#{index}", message))
    return out


_LINES = st.sampled_from(
    [
        ENVELOPE + b"\n",
        ENVELOPE + b"\r\n",
        b"From someone who wrote this\n",
        b">From a quoted line\n",
        b">>From twice quoted\n",
        b"From: header@example.org\n",
        b"Subject: hello\n",
        b"\n",
        b"\r\n",
        b"body text\n",
        b"body text without end",
        b"x" * 300 + b"\n",
        # An envelope in the middle of a long line: cut at a 64-byte slice, it
        # starts a piece, yet it is no line start.
        b"y" * 64 + ENVELOPE + b"\n",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_LINES, max_size=40),
    st.sampled_from([1, 7, 64, 4096]),
    st.sampled_from([64, 100, 1024 * 1024]),
)
def test_reader_matches_line_by_line_reference(
    tmp_path_factory: object, lines: list[bytes], block: int, line_slice: int
) -> None:
    data = ENVELOPE + b"\n" + b"".join(lines)
    path = Path(tmp_path_factory.mktemp("mbox")) / "box"  # type: ignore[attr-defined]
    path.write_bytes(data)
    # Small blocks, and body lines longer than the slice (but no envelope line:
    # those are never that long), put every cut in every place.
    saved = files._READ_BLOCK, files._READ_SLICE
    files._READ_BLOCK, files._READ_SLICE = block, line_slice
    try:
        got = list(iter_messages([str(path)]))
    finally:
        files._READ_BLOCK, files._READ_SLICE = saved
    expected = _reference(data, str(path))
    assert [item.source for item in got] == [key for key, _ in expected]
    for item, (_, message) in zip(got, expected, strict=True):
        if message is None:
            assert isinstance(item, UnreadableSource)
        else:
            assert isinstance(item, RawMessage)
            assert item.data == message
