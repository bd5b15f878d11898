"""The cheap first pass: decide from the header block (and a bounded peek at the
body) whether a message could be an Amazon cancellation notice, or carry evidence
about one. Only candidates get the full parse.

The rule it must keep: the fast path finds exactly what a full parse of every
message finds. When in doubt, say yes.
"""

from __future__ import annotations


def is_candidate(data: bytes) -> bool:
    """True when the message might be an Amazon notice, forwarded or not."""
    raise NotImplementedError
