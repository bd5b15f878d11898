"""Reason text (and the sender, and earlier mail about the same order) to a cause.

The cause comes from the reason sentence, never from footers: Amazon footers
mention passwords, payment information and security on every mail.
"""

from __future__ import annotations

from .models import Classification, NoticeFields, OrderSignal, ParsedMessage


def classify(msg: ParsedMessage, fields: NoticeFields) -> Classification:
    """Classify one notice on its own evidence: reason text, then sender."""
    raise NotImplementedError


def with_history(classification: Classification, earlier: list[OrderSignal]) -> Classification:
    """Refine a notice that gave no usable reason with earlier mail about the same
    order (``earlier`` is already filtered to those orders and ordered by date).
    The evidence then cites that earlier message. Returns ``classification``
    unchanged when it already rests on the notice's own reason text."""
    raise NotImplementedError
