"""IMAP part of the benchmark: filled in once the IMAP poller and tests/dovecot.py exist."""

from __future__ import annotations

from pathlib import Path


def measure(n: int, out: Path) -> list[str]:
    return ["", "IMAP: not yet measured (the IMAP poller or its Dovecot test helper is missing)."]
