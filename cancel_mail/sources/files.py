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
  files, ``*.mbox`` files and Maildirs. Other files are not mail and are skipped.

A path that cannot be read yields an ``UnreadableSource`` and the iteration
goes on with the next one.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

# One message larger than this is skipped rather than read: it would only be
# an attachment bomb, and a multi-GB mbox with no separators must not be
# swallowed whole.
MAX_MESSAGE_BYTES = 100 * 1024 * 1024

# mbox lines are read in slices of this size, so a file with no newline in it
# never becomes one giant line in memory.
_READ_SLICE = 1024 * 1024

_MAILDIR_PARTS = ("new", "cur")

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
    """

    source: str
    data: bytes


@dataclass(frozen=True, slots=True)
class UnreadableSource:
    """A file or folder that could not be read; becomes an entry in ``errors``."""

    source: str
    error: str


Item = RawMessage | UnreadableSource


def iter_messages(paths: list[str]) -> Iterator[Item]:
    """Yield every message below ``paths`` in a deterministic order.

    ``~`` is expanded for reading; sources keep the path as it was given.
    """
    for given in paths:
        real = os.path.expanduser(given)
        try:
            st = os.stat(real)
        except OSError as exc:
            yield UnreadableSource(given, _reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            if _looks_like_eml(real):
                yield UnreadableSource(given, "is a directory, not a mail file")
            else:
                yield from _walk(given, real, set())
        elif stat.S_ISREG(st.st_mode):
            yield from _read_file(given, real, explicit=True)
        else:
            yield UnreadableSource(given, "not a regular file or folder")


# --- folders -----------------------------------------------------------------


def _walk(shown: str, real: str, seen: set[tuple[int, int]]) -> Iterator[Item]:
    try:
        st = os.stat(real)
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))
        return
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
        child_shown = os.path.join(shown, name)
        child_real = os.path.join(real, name)
        try:
            child = os.stat(child_real)
        except OSError as exc:
            yield UnreadableSource(child_shown, _reason(exc))
            continue
        if stat.S_ISDIR(child.st_mode):
            if _looks_like_eml(name):
                yield UnreadableSource(child_shown, "is a directory, not a mail file")
            else:
                yield from _walk(child_shown, child_real, seen)
        elif stat.S_ISREG(child.st_mode) and _is_mail_file_name(name):
            yield from _read_file(child_shown, child_real, explicit=False)


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
        yield from _whole_file(shown, real, strip_envelope=True)
    except OSError as exc:
        yield UnreadableSource(shown, _reason(exc))


def _whole_file(source: str, path: str, *, strip_envelope: bool) -> Iterator[Item]:
    size = os.stat(path).st_size
    if size == 0:
        yield UnreadableSource(source, "empty file")
        return
    if size > MAX_MESSAGE_BYTES:
        yield UnreadableSource(source, _too_large(size))
        return
    with open(path, "rb") as fh:
        data = fh.read(MAX_MESSAGE_BYTES + 1)
    if strip_envelope and data.startswith(b"From "):
        _, _, data = data.partition(b"\n")
    yield RawMessage(source, data)


def _read_mbox(shown: str, fh: BinaryIO) -> Iterator[Item]:
    """Split an mbox into messages, one in memory at a time.

    A message starts at a ``From `` line at the start of the file or after a
    blank line, or at a complete envelope line anywhere. Body lines quoted as
    ``>From `` (mboxrd/mboxo) lose one ``>``.
    """
    index = 0
    lines: list[bytes] = []
    size = 0
    oversized = False
    started = False
    at_line_start = True
    previous_blank = True

    def finish() -> Item | None:
        nonlocal index
        key = f"{shown}#{index}"
        index += 1
        if oversized:
            return UnreadableSource(key, _too_large(size))
        # The blank line before the next envelope belongs to the separator.
        if lines and lines[-1] in (b"\n", b"\r\n"):
            lines.pop()
        data = b"".join(lines)
        if not data.strip():
            return UnreadableSource(key, "empty message")
        return RawMessage(key, data)

    while True:
        line = fh.readline(_READ_SLICE)
        if not line:
            break
        is_envelope = (
            at_line_start
            and line.startswith(b"From ")
            and (previous_blank or _ENVELOPE.match(line) is not None)
        )
        ends_line = line.endswith(b"\n")
        if is_envelope:
            if started:
                item = finish()
                if item is not None:
                    yield item
            started = True
            lines, size, oversized = [], 0, False
        elif started:
            if at_line_start and line.startswith(b">") and line.lstrip(b">").startswith(b"From "):
                line = line[1:]
            size += len(line)
            if size > MAX_MESSAGE_BYTES:
                # Keep counting but stop holding: memory stays bounded.
                oversized = True
                lines = []
            elif not oversized:
                lines.append(line)
        if at_line_start:
            previous_blank = line in (b"\n", b"\r\n")
        at_line_start = ends_line
    if started:
        item = finish()
        if item is not None:
            yield item


# --- helpers -----------------------------------------------------------------


def _looks_like_eml(path: str) -> bool:
    return path.rstrip("/" + os.sep).lower().endswith(".eml")


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
