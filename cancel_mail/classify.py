"""Reason text (and the sender, and earlier mail about the same order) to a cause.

The cause comes from the trained sentence model (``causemodel``), which weighs
every word of the reason sentence, negations included. Its probability is
calibrated twice: per sentence on the corpus, then per notice and per route
on the spent blind batches (``causemodel.calibration``), so that the
confidence says how often a notice reported at that confidence was right.
detect.py (through reason.py) has already picked the sentence the model found
most telling; this module reads it, the subject, and the sender. A notice
that states no reason is ``unknown`` unless the sender, or an earlier mail
about the same order (``with_history``), says more.
"""

from __future__ import annotations

from . import causemodel, statements
from .causemodel.calibration import Route, calibrated
from .models import Cause, Classification, NoticeFields, OrderSignal, ParsedMessage

# A cause is named only when it is right at least this often (the calibrated
# confidence): a wrong cause sends a person to the wrong fix, which is worse
# than "unknown". reason.py compares the model's raw probability with it too,
# to decide whether a sentence names a cause at all.
NAME_THRESHOLD = 0.5

# Amazon's payment team writes only about payment trouble.
PAYMENT_SENDERS = ("payments-messages@", "payments-update@")
SENDER_EVIDENCE_PREFIX = "sender "
CUSTOMER_EVIDENCE = "the notice says the customer cancelled the order"
HISTORY_EVIDENCE_PREFIX = "earlier message "


def classify(msg: ParsedMessage, fields: NoticeFields) -> Classification:
    """Classify one notice on its own evidence: reason text, subject, then sender."""
    language = fields.language
    best_other = 0.0  # the strongest cause the model saw, though too weak to name
    # The subject is written by Amazon per case, never boilerplate: its wording
    # ("Successful cancellation ...") is evidence too.
    for text in (fields.reason_text, msg.subject):
        if not text:
            continue
        scored, read = reason_score(text, language)
        cause, probability = strongest_cause(scored)
        confidence = calibrated("model", probability)
        if probability >= NAME_THRESHOLD and confidence >= NAME_THRESHOLD:
            return Classification(
                cause=Cause(cause),
                confidence=round(confidence, 2),
                evidence=causemodel.evidence(read, language, cause),
            )
        best_other = max(best_other, probability)
    # The fixed routes name a cause only when they were right more often than
    # not on the development mail (a coin flip names nothing).
    sender = msg.from_addr.lower()
    by_sender = calibrated("sender", 1.0)
    if any(sender.startswith(p) for p in PAYMENT_SENDERS) and by_sender > NAME_THRESHOLD:
        return Classification(
            cause=Cause.PAYMENT_ISSUE,
            confidence=round(by_sender, 2),
            evidence=[f"{SENDER_EVIDENCE_PREFIX}{sender} (Amazon's payment team)"],
        )
    by_customer = calibrated("customer", 1.0)
    if fields.cancelled_by == "customer" and by_customer > NAME_THRESHOLD:
        return Classification(
            cause=Cause.CUSTOMER_REQUEST,
            confidence=round(by_customer, 2),
            evidence=[CUSTOMER_EVIDENCE],
        )
    # Nothing to go on: say so rather than guess. The confidence is about the
    # label: how sure it is that no cause was stated.
    return Classification(
        cause=Cause.UNKNOWN,
        confidence=round(calibrated("unknown", 1.0 - best_other), 2),
        evidence=[],
    )


def reason_score(text: str, language: str | None) -> tuple[causemodel.SentenceScore, str]:
    """The model's reading of a reason sentence, and the text it read.

    A sentence that both states the cancellation and gives the reason ("your
    order was cancelled due to a payment problem") is read twice: whole, and
    without the statement's own words, which occur in every notice and so
    pull toward "no reason", enough to drown a short reason. When the masked
    reading names a cause more strongly, the two are averaged: alone, it would
    make a cause of what is left of a heading or a refund line ("Cancelled
    items Price" reads as "Price", "No payment was taken for the cancelled
    items" as "No payment was taken"), which the whole reading knows to be no
    reason. Otherwise the statement is the reason ("cancelled at your
    request"), and the whole reading counts.
    """
    whole = causemodel.score(text, language)
    match = statements.first_statement(text)
    if match is None:
        return whole, text
    rest = f"{text[: match.start()]} {text[match.end() :]}".strip()
    if not rest:
        return whole, text
    masked = causemodel.score(rest, language)
    if strongest_cause(masked)[1] <= strongest_cause(whole)[1]:
        return whole, text  # the statement is the reason: "cancelled at your request"
    mean = {k: (v + masked.probabilities[k]) / 2 for k, v in whole.probabilities.items()}
    label = max(mean, key=lambda k: mean[k])
    return causemodel.SentenceScore(probabilities=mean, label=label, probability=mean[label]), text


def strongest_cause(scored: causemodel.SentenceScore) -> tuple[str, float]:
    """The most probable label other than "none", and its probability."""
    causes = {k: v for k, v in scored.probabilities.items() if k != causemodel.NONE}
    cause = max(causes, key=lambda k: causes[k])
    return cause, causes[cause]


def with_history(classification: Classification, earlier: list[OrderSignal]) -> Classification:
    """Refine a notice that gave no usable reason with earlier mail about the same
    order (``earlier`` is already filtered to those orders and ordered by date).
    The evidence then cites that earlier message. Returns ``classification``
    unchanged when it already rests on the notice's own reason text."""
    if not earlier or not _rests_on_nothing(classification):
        return classification
    signal = earlier[-1]  # the latest word on the order before it was cancelled
    confidence = round(calibrated("history", 1.0), 2)
    evidence = [
        signal.phrase,
        f'{HISTORY_EVIDENCE_PREFIX}"{signal.subject}" ({signal.source})',
        *classification.evidence,
    ]
    return Classification(cause=signal.cause, confidence=confidence, evidence=evidence)


def route_of(cause: Cause, evidence: list[str]) -> Route:
    """By which route a cause was reached (causemodel.calibration), from its evidence."""
    if any(e.startswith(HISTORY_EVIDENCE_PREFIX) for e in evidence):
        return "history"
    if cause is Cause.UNKNOWN:
        return "unknown"
    if evidence == [CUSTOMER_EVIDENCE]:
        return "customer"
    if evidence and all(e.startswith(SENDER_EVIDENCE_PREFIX) for e in evidence):
        return "sender"
    return "model"


def _rests_on_nothing(classification: Classification) -> bool:
    if not classification.evidence:
        return True
    return all(e.startswith(SENDER_EVIDENCE_PREFIX) for e in classification.evidence)
