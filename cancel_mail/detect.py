"""Is this parsed message an Amazon order-cancellation notice? If so, read its facts.

Detection works on meaning and several cues together (sender, subject, body
marks), never on one word: shipping notices say "you can cancel within 14 days".
"""

from __future__ import annotations

from .models import NoticeFields, OrderSignal, ParsedMessage


def detect_notice(msg: ParsedMessage) -> NoticeFields | None:
    """The notice's fields, or None when the message is not a cancellation notice."""
    raise NotImplementedError


def order_signal(msg: ParsedMessage, source: str) -> OrderSignal | None:
    """For an Amazon mail that is not a cancellation: a hint about an order's fate
    (payment revision needed, account on hold), or None."""
    raise NotImplementedError
