"""Saved mail on disk: .eml files, folders of them (recursive), mbox files, Maildirs.

Messages are streamed one at a time; nothing holds the whole folder in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


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


def iter_messages(paths: list[str]) -> Iterator[RawMessage | UnreadableSource]:
    """Yield every message below ``paths`` in a deterministic order."""
    raise NotImplementedError
