"""Rate a notice genuine, unverified or suspicious, with reasons a reader can check."""

from __future__ import annotations

from .models import Authenticity, NoticeFields, ParsedMessage


def assess(msg: ParsedMessage, fields: NoticeFields) -> Authenticity:
    raise NotImplementedError
