"""Which sentence of a notice gives the reason, and who cancelled."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from . import lang, sentences
from .classify import causes_named
from .models import Cause, ParsedMessage

CancelledBy = Literal["amazon", "seller", "customer", "unknown"]

_BOILERPLATE = lang.regex("boilerplate")
_REFUND_SENTENCE = lang.regex("refund_sentence")
# "Seller's reason for cancellation: Out of stock": a label, then the value.
_REASON_LABEL = re.compile(
    r"(?:" + "|".join(lang.terms("reason_labels")) + r")(?:\s+[\w'’.]+){0,4}\s*[:：]",
    re.IGNORECASE,
)
_REASON_CUES = lang.regex("reason_cues")
_CUSTOMER = lang.regex("customer")
_SELLER = lang.regex("seller")
_FIRST_PERSON = lang.regex("first_person")


def _hit(pattern: re.Pattern[str] | None, text: str) -> bool:
    return pattern is not None and pattern.search(text) is not None


def reason_text(body: str, statements: list[str], language: str | None) -> str | None:
    lines = [line.strip() for line in body.split("\n")]
    # 1. A labelled reason line wins: it is the most explicit statement there is.
    for i, line in enumerate(lines):
        match = _REASON_LABEL.search(line)
        if not match:
            continue
        value = line[match.end() :].strip()
        if not value:
            value = next((x for x in lines[i + 1 : i + 3] if x), "")
            line = f"{line} {value}".strip()
        if value and not _hit(_BOILERPLATE, line):
            return sentences.clip(line)
    # 2. Otherwise the sentences that name a cause, from the greeting to a little
    # past the statement: the reason may come first ("A technical error occurred
    # ... The order has been cancelled").
    found = sentences.split(body[:4000])
    anchor = _first_index(found, statements)
    window = found[: max(14, (anchor or 0) + 6)]
    window = [s for s in window if not _hit(_BOILERPLATE, s) and not _hit(_REFUND_SENTENCE, s)]
    chosen = [s for s in window if causes_named(s, language)]
    if not chosen:
        chosen = [s for s in window if _hit(_REASON_CUES, s)]
    return sentences.clip(" ".join(chosen[:2])) if chosen else None


def _first_index(found: list[str], statements: Iterable[str]) -> int | None:
    wanted = set(statements)
    for i, sentence in enumerate(found):
        if sentence in wanted:
            return i
    return None


def cancelled_by(
    msg: ParsedMessage, reason: str | None, statements: list[str], language: str | None
) -> CancelledBy:
    said = " ".join([*statements, reason or ""])
    if _hit(_CUSTOMER, said) or Cause.CUSTOMER_REQUEST in causes_named(said, language):
        return "customer"
    if _hit(_SELLER, said) or "marketplace" in msg.from_addr:
        return "seller"
    if _hit(_FIRST_PERSON, said):
        return "amazon"
    return "unknown"
