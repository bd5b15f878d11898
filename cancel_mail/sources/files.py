"""Saved mail on disk: .eml files, folders of them (recursive), mbox files, Maildirs.

Messages are streamed one at a time; nothing holds the whole folder in memory.

What each kind of path yields:

- a file whose name ends in ``.eml``: one message (an mbox ``From `` envelope
  line in front of it, as some exporters write, is dropped);
- any other file given by name: an mbox when its first line is a ``From ``
  envelope line, else one message;
- a Maildir (a folder with ``cur`` and ``new``): its messages, sorted by key,
  then any Maildir++ subfolders (``.Junk``, ...) below it;
- any other folder: everything below it, recursively, in name order: ``*.eml``
  files, ``*.mbox`` files and Maildirs; any other file by its content: an
  mbox when it starts with an envelope line (Thunderbird's ``Inbox``, ``Junk``
  and ``Sent`` have no suffix, with a ``.msf`` index beside them; ``.mbx``),
  one message when it starts with a mail header block (``.txt``), and
  otherwise not mail: passed to ``on_skip`` (and logged at DEBUG level);
- ``-`` with a ``stdin`` stream given: one message or an mbox read from it.

A path that cannot be read yields an ``UnreadableSource`` and the iteration
goes on with the next one.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

log = logging.getLogger(__name__)

# One message larger than this is skipped rather than read: it would only be
# an attachment bomb, and a multi-GB mbox with no separators must not be
# swallowed whole.
MAX_MESSAGE_BYTES = 100 * 1024 * 1024

# An mbox is read in blocks of this size; a line that runs on for _READ_SLICE
# bytes with no newline is cut there, so it never sits whole in memory.
_READ_BLOCK = 128 * 1024
_READ_SLICE = 1024 * 1024
# A quoted envelope line after a newline; a literal start keeps the search fast.
_QUOTED_FROM = re.compile(rb"\n>(>*From )")

_MAILDIR_PARTS = ("new", "cur")

# How much of a file with an uninformative name is read to tell mail from the
# rest: enough for a long run of Received headers.
_SNIFF_BYTES = 16 * 1024
# A header line; a folded continuation starts with white space.
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")
# Header names of which a message header block shows at least two early on.
_MAIL_HEADERS = frozenset(
    b"from to cc subject date message-id received return-path mime-version delivered-to "
    b"content-type reply-to x-mozilla-status x-mozilla-status2 dkim-signature "
    b"authentication-results arc-seal x-original-to envelope-to".split()
)
# Thunderbird keeps a Mork index NAME.msf beside every mbox NAME.
_THUNDERBIRD_INDEX = ".msf"

# A full envelope line ("From sender Thu Nov 26 10:00:00 [+0000] 2026"). Some
# writers leave out the blank line before it; a body line that merely begins
# with "From " and has no blank line before it does not look like this.
_ENVELOPE = re.compile(
    rb"From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d{1,2}:\d\d(?::\d\d)?"
    rb"(?: +\S+)? +\d{4}\s*$"
)


@dataclass(frozen=True, slots=True)
class RawMessage:
    """One message's bytes and where they came from.

    ``source`` follows the JSON contract: the path as given joined with the
    file's path below it, or ``PATH#KEY`` for a message inside an mbox or Maildir.

    ``stored`` is the message as the file holds it. In an mbox (``mboxrd``),
    body lines that begin with ``From `` are stored as ``>From `` and get their
    ``>`` back in ``data``. That undoing is left until ``data`` is read: the
    sniff reads ``stored`` (dropping a ``>`` can neither make nor unmake the
    word "amazon" or a header line), so only candidates pay for it.
    """

    source: str
    stored: bytes
    mboxrd: bool = False

    @property
    def data(self) -> bytes:
        """The message, with mbox quoting undone."""
        if not self.mboxrd or b">From " not in self.stored:
            return self.stored
        data = _QUOTED_FROM.sub(rb"\n\1", self.stored)
        if data.startswith(b">") and data.lstrip(b">").startswith(b"From "):
            data = data[1:]
        return data


@dataclass(frozen=True, slots=True)
class UnreadableSource:
    """A file or folder that could not be read; becomes an entry in ``errors``."""

    source: str
    error: str


Item = RawMessage | UnreadableSource
OnSkip = Callable[[str], None]
STDIN = "-"


def iter_messages(
    paths: list[str], *, on_skip: OnSkip | None = None, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Yield every message below ``paths`` in a deterministic order.

    ``~`` is expanded for reading; sources keep the path as it was given.
    ``on_skip`` is called with the source of each file found in a folder that
    is not mail. The path ``-`` reads ``stdin`` when a stream is given (else
    it is a file of that name).
    """
    skip = _skipper(on_skip)
    for given in paths:
        if given == STDIN and stdin is not None:
            yield from _read_stream(given, stdin)
        else:
            yield from _visit(given, os.path.expanduser(given), set(), skip, explicit=True)


def _skipper(on_skip: OnSkip | None) -> OnSkip:
    def skip(source: str) -> None:
        log.debug("not mail, skipped: %s", source)
        if on_skip is not None:
            on_skip(source)

    return skip


# --- folders -----------------------------------------------------------------


def _visit(
    shown: str, real: str, seen: set[tuple[int, int]], skip: OnSkip, *, explicit: bool
) -> Iterator[Item]:
    """One path: a folder is walked, a mail file read. A path given explicitly is
    read whatever its name, and anything unusual about it is reported; below a
    folder .eml and .mbox files are read, other files only when their content
    is mail, and the rest is skipped."""
    named = explicit or _is_mail_file_name(os.path.basename(real))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        # A dangling link with no mail name is litter (Thunderbird's "lock"
        # points nowhere on purpose), not a lost mailbox.
        if named:
            yield UnreadableSource(shown, "no such file or directory")
        else:
            skip(shown)
        return
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        if _looks_like_eml(real):
            yield UnreadableSource(shown, "is a directory, not a mail file")
        else:
            yield from _walk(shown, real, st, seen, skip)
    elif stat.S_ISREG(st.st_mode):
        if named:
            yield from _read_file(shown, real, explicit=explicit)
        else:
            yield from _read_by_content(shown, real, skip)
    elif explicit:
        yield UnreadableSource(shown, "not a regular file or folder")
    else:
        skip(shown)


def _walk(
    shown: str, real: str, st: os.stat_result, seen: set[tuple[int, int]], skip: OnSkip
) -> Iterator[Item]:
    # A symlink back up the tree must not send the walk round in circles.
    ident = (st.st_dev, st.st_ino)
    if ident in seen:
        return
    seen.add(ident)

    try:
        with os.scandir(real) as it:
            names = sorted(entry.name for entry in it)
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))
        return

    maildir = _is_maildir(real, names)
    if maildir:
        yield from _read_maildir(shown, real)

    for name in names:
        if maildir and name in ("cur", "new", "tmp"):
            continue
        yield from _visit(
            os.path.join(shown, name), os.path.join(real, name), seen, skip, explicit=False
        )


def _is_maildir(real: str, names: list[str]) -> bool:
    return all(part in names and os.path.isdir(os.path.join(real, part)) for part in _MAILDIR_PARTS)


def _read_maildir(shown: str, real: str) -> Iterator[Item]:
    """The messages of one Maildir (new and cur; tmp holds unfinished deliveries)."""
    files: list[tuple[str, str, str]] = []  # (key, part, file name)
    for part in _MAILDIR_PARTS:
        folder = os.path.join(real, part)
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    # Dot files are editor or sync litter, never messages.
                    if not entry.name.startswith("."):
                        files.append((_maildir_key(entry.name), part, entry.name))
        except OSError as exc:
            yield UnreadableSource(os.path.join(shown, part), _reason(exc))
    files.sort()
    for key, part, name in files:
        source = f"{shown}#{key}"
        path = os.path.join(real, part, name)
        try:
            if not os.path.isfile(path):
                continue
            yield from _whole_file(source, path, strip_envelope=False)
        except OSError as exc:
            yield UnreadableSource(source, _reason(exc))


def _maildir_key(name: str) -> str:
    # The key is the unique part; flags follow ":2," (or "!2," where ":" is
    # not allowed in file names) and change as the mail is read.
    for sep in (":", "!"):
        if sep in name:
            return name.split(sep, 1)[0]
    return name


# --- files -------------------------------------------------------------------


def _read_file(shown: str, real: str, *, explicit: bool) -> Iterator[Item]:
    """A file: one message, or an mbox of many."""
    try:
        # One open per file: opening it again to read the message cost more
        # than reading it.
        with open(real, "rb") as fh:
            head = fh.read(5)
            if head == b"From " and not _looks_like_eml(real):
                fh.seek(0)
                yield from _read_mbox(shown, fh)
                return
            if not explicit and real.lower().endswith(".mbox"):
                # A *.mbox file in a folder that is no mbox: say so rather than
                # guess, since its name promised many messages.
                if head:
                    yield UnreadableSource(shown, "named .mbox but does not start with 'From '")
                else:
                    yield UnreadableSource(shown, "empty file")
                return
            fh.seek(0)
            item = _one_message(shown, fh, strip_envelope=True)
        yield item
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))


def _read_by_content(shown: str, real: str, skip: OnSkip) -> Iterator[Item]:
    """A file in a folder whose name says nothing (Thunderbird's ``Inbox``,
    ``.mbx``, ``.txt``): an mbox, one message, or not mail, by what it holds."""
    thunderbird = os.path.isfile(real + _THUNDERBIRD_INDEX)
    try:
        with open(real, "rb") as fh:
            head = fh.read(_SNIFF_BYTES)
            if not head:
                # An empty Thunderbird folder is a mailbox with nothing in it.
                if not thunderbird:
                    skip(shown)
                return
            if head.startswith(b"From ") and (thunderbird or _starts_with_envelope(head)):
                fh.seek(0)
                yield from _read_mbox(shown, fh)
                return
            if _starts_with_headers(head, whole=len(head) < _SNIFF_BYTES):
                fh.seek(0)
                item = _one_message(shown, fh, strip_envelope=False)
                yield item
                return
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))
        return
    skip(shown)


def _read_stream(shown: str, fh: BinaryIO) -> Iterator[Item]:
    """A stream (standard input): an mbox when it starts with ``From ``, else one message."""
    try:
        head = _read_up_to(fh, 5)
        if not head:
            yield UnreadableSource(shown, "empty input")
            return
        if head == b"From ":
            yield from _read_mbox(shown, fh, head=head)
            return
        data = head + _read_up_to(fh, MAX_MESSAGE_BYTES + 1 - len(head))
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))
        return
    if len(data) > MAX_MESSAGE_BYTES:
        limit = MAX_MESSAGE_BYTES // 2**20
        yield UnreadableSource(shown, f"message is over the {limit} MB limit; skipped")
        return
    yield RawMessage(shown, data)


def _read_up_to(fh: BinaryIO, size: int) -> bytes:
    # A pipe may hand over fewer bytes than asked before its end.
    chunks: list[bytes] = []
    while size > 0:
        chunk = fh.read(min(size, _READ_SLICE))
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _whole_file(source: str, path: str, *, strip_envelope: bool) -> Iterator[Item]:
    with open(path, "rb") as fh:
        item = _one_message(source, fh, strip_envelope=strip_envelope)
    yield item


def _one_message(source: str, fh: BinaryIO, *, strip_envelope: bool) -> Item:
    size = os.fstat(fh.fileno()).st_size
    if size == 0:
        return UnreadableSource(source, "empty file")
    if size > MAX_MESSAGE_BYTES:
        return UnreadableSource(source, _too_large(size))
    # Ask for the size the file has (a read of MAX_MESSAGE_BYTES sets up a
    # buffer that large every time); a file that grew meanwhile is read on.
    data = fh.read(size + 1)
    if len(data) > size:
        data += fh.read(MAX_MESSAGE_BYTES + 1 - len(data))
    if strip_envelope and data.startswith(b"From "):
        _, _, data = data.partition(b"\n")
    return RawMessage(source, data)


def _read_mbox(shown: str, fh: BinaryIO, *, head: bytes = b"") -> Iterator[Item]:
    """Split an mbox into messages, one in memory at a time.

    A message starts at a ``From `` line at the start of the file or after a
    blank line, or at a complete envelope line anywhere. Body lines quoted as
    ``>From `` (mboxrd/mboxo) lose one ``>`` in ``RawMessage.data``.

    The file is read in blocks and cut with ``bytes.find`` where a line starts
    with ``From ``: a Python loop over every line cost more than the rest of
    a scan put together. ``head``: bytes already read from ``fh`` (a stream
    cannot seek back).
    """
    index = 0
    # Slices of the blocks read, joined once per message.
    pieces: list[bytes | memoryview] = []
    size = 0
    oversized = False
    started = False
    # The part being cut starts at a line start (unless one line ran on for
    # _READ_SLICE bytes), and whether the line before it was blank.
    at_line_start = True
    previous_blank = True

    def finish() -> Item:
        nonlocal index
        key = f"{shown}#{index}"
        index += 1
        if oversized:
            return UnreadableSource(key, _too_large(size))
        # The blank line before the next envelope belongs to the separator.
        # Trimmed from the pieces before they are joined: slicing the joined
        # message would copy it once more.
        tail = _tail(pieces, 3)
        drop = 0
        if tail.endswith(b"\n\r\n") or (size == 2 and tail == b"\r\n"):
            drop = 2
        elif tail.endswith(b"\n\n") or (size == 1 and tail == b"\n"):
            drop = 1
        while drop and pieces:
            last = pieces[-1]
            if len(last) > drop:
                pieces[-1] = last[: len(last) - drop]
                drop = 0
            else:
                drop -= len(last)
                pieces.pop()
        data = b"".join(pieces)
        if not data or data.isspace():
            return UnreadableSource(key, "empty message")
        return RawMessage(key, data, mboxrd=True)

    def add(chunk: bytes | memoryview) -> None:
        nonlocal size, oversized, pieces
        if not started or not chunk:
            return
        size += len(chunk)
        if size > MAX_MESSAGE_BYTES:
            # Keep counting but stop holding: memory stays bounded.
            oversized = True
            pieces = []
        elif not oversized:
            pieces.append(chunk)

    buf = head
    eof = False
    rest_of_envelope = False  # the part before ended inside an envelope line
    while True:
        end = 0
        while True:
            # Cut complete lines only; an unfinished last line waits for more
            # bytes, unless it has run on for _READ_SLICE bytes.
            end = len(buf) if eof else buf.rfind(b"\n") + 1
            if end or eof or len(buf) >= _READ_SLICE:
                break
            more = fh.read(_READ_BLOCK)
            if more:
                buf = buf + more if buf else more
            else:
                eof = True
        if not buf:
            break
        if end == 0:
            end = len(buf)
        # The lines up to ``end`` are cut now; the rest waits for more bytes.
        # Read through offsets and a memoryview: no copy of the block.
        part, buf = buf, buf[end:]
        view = memoryview(part)

        pos = 0  # start of what has not been added to a message yet
        search = 0
        if rest_of_envelope:
            nl = part.find(b"\n", 0, end)
            if nl < 0:
                at_line_start = False
                continue
            rest_of_envelope = False
            pos = search = nl + 1
            at_line_start = False  # the line before the next one is the envelope
        while True:
            if search == 0 and at_line_start and part.startswith(b"From ", 0, end):
                cut = 0
                blank_before = previous_blank
            else:
                found = part.find(b"\nFrom ", max(search - 1, 0), end)
                if found < 0:
                    break
                cut = found + 1
                line_start = part.rfind(b"\n", 0, cut - 1) + 1
                if line_start == 0 and not at_line_start:
                    blank_before = False  # the line before is the tail of a long one
                else:
                    blank_before = part[line_start:cut] in (b"\n", b"\r\n")
            nl = part.find(b"\n", cut, end)
            line_end = nl + 1 if nl >= 0 else end
            if blank_before or _ENVELOPE.match(part, cut, line_end) is not None:
                add(view[pos:cut])
                if started:
                    yield finish()
                started = True
                pieces, size, oversized = [], 0, False
                pos = line_end
                rest_of_envelope = nl < 0 and not eof
            search = cut + 1
            if search >= end:
                break
        add(view[pos:end])

        if part.endswith(b"\n", 0, end):
            last_start = part.rfind(b"\n", 0, end - 1) + 1
            if last_start == 0 and not at_line_start:
                previous_blank = False
            else:
                previous_blank = part[last_start:end] in (b"\n", b"\r\n")
            at_line_start = True
        else:
            previous_blank = False
            at_line_start = False
    if started:
        yield finish()


# --- helpers -----------------------------------------------------------------


def _tail(pieces: list[bytes | memoryview], n: int) -> bytes:
    """The last ``n`` bytes of the pieces joined (fewer if they hold fewer)."""
    out = b""
    for piece in reversed(pieces):
        out = bytes(piece[-(n - len(out)) :]) + out
        if len(out) >= n:
            break
    return out


def _looks_like_eml(path: str) -> bool:
    return path.rstrip("/" + os.sep).lower().endswith(".eml")


def _starts_with_envelope(head: bytes) -> bool:
    """An envelope line of the usual shape, or any ``From x`` line with a mail
    header block under it (writers disagree on the envelope's date format)."""
    line_end = head.find(b"\n")
    if line_end < 0:
        return _ENVELOPE.match(head) is not None
    if _ENVELOPE.match(head[: line_end + 1]) is not None:
        return True
    rest = head[line_end + 1 :]
    return head[5:6] not in (b" ", b"\t", b"\r", b"\n") and _starts_with_headers(
        rest, whole=len(head) < _SNIFF_BYTES
    )


def _starts_with_headers(head: bytes, *, whole: bool) -> bool:
    """Whether ``head`` opens with a mail header block: header lines only, up to
    a blank line or the end of what was read, two or more of them ones that
    mail carries (a note that starts "Subject: ..." is not enough)."""
    lines = head.split(b"\n")
    if not whole:
        lines.pop()  # cut off mid-line
    known: set[bytes] = set()
    for number, line in enumerate(lines):
        line = line.rstrip(b"\r")
        if not line:
            break
        if line[:1] in (b" ", b"\t") and number:
            continue
        if _HEADER_LINE.match(line) is None:
            return False
        name = line.split(b":", 1)[0].lower()
        if name in _MAIL_HEADERS:
            known.add(name)
    return len(known) >= 2


def _is_mail_file_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".eml", ".mbox"))


def _too_large(size: int) -> str:
    return (
        f"message of {size / 2**20:.0f} MB is over the "
        f"{MAX_MESSAGE_BYTES // 2**20} MB limit; skipped"
    )


def _reason(exc: OSError) -> str:
    """A short, clear reason for an OS error, without the path (the source says it)."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if exc.strerror:
        return exc.strerror.lower()
    return str(exc)
