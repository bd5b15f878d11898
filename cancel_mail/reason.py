"""Which sentence of a notice gives the reason, and who cancelled."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from . import causemodel, classify, lang, sentences
from .models import Cause, ParsedMessage

CancelledBy = Literal["amazon", "seller", "customer", "unknown"]

_BOILERPLATE = lang.regex("boilerplate")
# "Seller's reason for cancellation: Out of stock": a label, then the value.
_REASON_LABEL = re.compile(
    r"(?:" + "|".join(lang.terms("reason_labels")) + r")(?:\s+[\w'’.]+){0,4}\s*[:：]",
    re.IGNORECASE,
)
_REASON_CUES = lang.regex("reason_cues")
_CUSTOMER = lang.regex("customer")
_SELLER = lang.regex("seller")
_FIRST_PERSON = lang.regex("first_person")


def reason_text(
    body: str, statements: list[str], language: str | None, items: Iterable[str] = ()
) -> str | None:
    """The sentence that gives the reason: the one the cause model finds most
    telling, from the greeting to a little past the statement (the reason may
    come first: "A technical error occurred ... The order has been cancelled").
    A labelled line ("Reason for cancellation: Out of stock") wins when it names
    a cause. Item titles are not read. Without any, the first sentence that
    sounds like a reason is kept for the reader ("shipping address
    undeliverable"), though it names none."""
    lines = [line.strip() for line in body.split("\n")]
    labelled: str | None = None
    for i, line in enumerate(lines):
        match = _REASON_LABEL.search(line)
        if not match:
            continue
        value = line[match.end() :].strip()
        if not value:
            value = next((x for x in lines[i + 1 : i + 3] if x), "")
            line = f"{line} {value}".strip()
        if value and not lang.hit(_BOILERPLATE, line):
            labelled = sentences.clip(line)
            break
    found = sentences.split(body[:4000])
    anchor = _first_index(found, statements)
    window = found[: max(14, (anchor or 0) + 6)]
    # An item's title is no sentence about the order, whatever its words.
    titles = set(items)
    window = [
        s
        for s in window
        if not lang.hit(_BOILERPLATE, s)
        and not fragment(s)
        and s not in titles
        and not _only_not_charged(s)
    ]
    candidates = ([labelled] if labelled else []) + window
    read: list[tuple[str, str, float]] = []
    for sentence in candidates:
        read.append((sentence, *_strongest_cause(sentence, language)))
        if sentence is labelled and read[-1][2] >= classify.NAME_THRESHOLD:
            break
    _, cause, strongest = max(read, key=lambda r: r[2], default=("", "", 0.0))
    if strongest >= classify.NAME_THRESHOLD:
        # The first sentence to give that reason about as plainly: "The items
        # below are no longer available ..." before "We're sorry we could not
        # fill this part of your order".
        return sentences.clip(
            next(s for s, c, p in read if c == cause and p >= strongest - _AS_PLAINLY)
        )
    if labelled:
        return labelled
    cued = [s for s in window if lang.hit(_REASON_CUES, s)]
    return sentences.clip(cued[0]) if cued else None


def _only_not_charged(sentence: str) -> bool:
    """A money line ("Płatność nie została pobrana", "Du har inte debiterats"):
    nothing was charged, and no reason is given with it. Read as a reason, its
    words of payment made it a payment problem."""
    if _NOT_CHARGED is None or not _NOT_CHARGED.search(sentence):
        return False
    rest = _NOT_CHARGED.sub(" ", sentence)
    # "Ihr Zahlungsmittel" is what was not charged, not a reason given with it.
    return len(re.findall(r"[^\W\d_]+", rest)) < 4 or not lang.hit(_REASON_CUES, rest)


def fragment(text: str) -> bool:
    """A heading, a menu, a greeting or a question ("Cancelled items", "Your
    Account |", "お客様", "Still have questions?"), not a statement: a reason is
    stated in a sentence, or in a labelled line (read above)."""
    if " | " in f" {text} ":
        return True  # a navigation bar's "Your Orders | Your Account |"
    if text.rstrip().endswith(("?", "？", "؟")):
        return True  # the help footer's "Questions about payments or security?"
    if _title_like(text):
        return True
    if text.rstrip().endswith((".", "!", "。", "！")):
        return False
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) > 1:
        return len(words) < 3
    # One "word": a short heading, or a line of a script written without spaces.
    return len(text) < (16 if any(ord(ch) > 0x2E80 for ch in text) else 8)


_ENDS = (".", "!", "?", "。", "！", "？")
_NOT_CHARGED = lang.regex("not_charged")
# How much less sure of an earlier sentence's cause the model may be for that
# sentence to be the reason given.
_AS_PLAINLY = 0.1


def _title_like(text: str) -> bool:
    """A product title or a table row ("LEGO Technic 42151 Bugatti Bolide 2
    49,99 €", "Cancelled items Price"): in a script with letter case, a sentence
    has at least two words in lower case (its verbs, its articles); a title
    has capitals, numbers and units."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 1]
    if not words or any(w.lower() == w.upper() for w in words):
        # Japanese or Arabic, perhaps around a model number ("EH-NA0J"): letter
        # case tells nothing.
        return False
    if all(w.isupper() for w in words) and len(words) > 3:
        return False  # A SENTENCE SHOUTED IN CAPITALS
    if sum(w.islower() for w in words) < 2:
        return True
    # A listing's title reads like a phrase ("Karty do gry Piatnik Bridge, 2
    # talie"): no full stop, a number, and brand names inside it.
    named = sum(not w.islower() for w in words[1:])
    return named >= 2 and bool(re.search(r"\d", text)) and not text.rstrip().endswith(_ENDS)


def _strongest_cause(sentence: str, language: str | None) -> tuple[str, float]:
    return classify.strongest_cause(classify.reason_score(sentence, language)[0])


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
    if lang.hit(_CUSTOMER, said) or (
        reason is not None and _says_customer(causemodel.score(reason, language))
    ):
        return "customer"
    if lang.hit(_SELLER, said) or "marketplace" in msg.from_addr:
        return "seller"
    if lang.hit(_FIRST_PERSON, said):
        return "amazon"
    return "unknown"


def _says_customer(scored: causemodel.SentenceScore) -> bool:
    return (
        scored.label == Cause.CUSTOMER_REQUEST.value
        and scored.probability >= classify.NAME_THRESHOLD
    )
