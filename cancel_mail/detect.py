"""Is this parsed message an Amazon order-cancellation notice? If so, read its facts.

Detection works on meaning and several cues together (sender, subject, body
marks), never on one word: shipping notices say "you can cancel within 14 days".

A notice needs all of:
  * an Amazon tie: the sender's domain, its display name, or a subject about
    "your Amazon order" (phishing imitations count: authenticity judges them);
  * a cancellation *statement* (something has been cancelled), in the subject
    or the body before the footer, not a warning ("will be cancelled if ...")
    nor an offer ("you can cancel"): see statements.py;
  * something about an order: an order id, a body mark such as "Canceled
    Items", or the statement in both subject and body;
and none of: a membership or subscription being cancelled, a Seller Central
(seller-side) notice, a refund or return mail.

Every word comes from the language layer (cancel_mail/lang/). sniff.py relies
on one fact from here: nothing is reported unless "amazon" occurs in the
sender, subject, text or links.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from . import causemodel, classify, facts, lang, langid, reason, sentences, statements
from .models import Cause, NoticeFields, OrderSignal, ParsedMessage

_MEMBERSHIP = lang.regex("membership")
_ORDER_WORD = lang.regex("order_words")
_ORDER_IN_PASSING = lang.regex("order_in_passing")
_SELLER_SIDE = lang.regex("seller_side")
_SELLER_STEMS = lang.regex("seller_stems")
# Amazon's addresses for mail to sellers (infrastructure, not language).
_SELLER_SENDERS = ("seller-notification", "sellercentral", "seller-answers", "sellernotification")
_REFUND_OR_RETURN = lang.regex("refund_or_return")
_YOUR_AMAZON_ORDER = lang.regex("your_amazon_order")
_PHISHING_WARNING = lang.regex("phishing_warning")
_BODY_MARKS = lang.regex("body_marks")
_BOILERPLATE = lang.regex("boilerplate")
_THREAT = lang.regex("lookalike.threats")
_CONDITIONALS = lang.regex("conditionals")


# Kept under their old names for triage.py, which asks the same first questions.
could_state = statements.could_state
could_signal = statements.could_signal
may_hint = statements.may_hint


@dataclass(frozen=True)
class Check:
    """One question detection asked of a message, and its answer."""

    name: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class Examination:
    """How detection judged a message: the checks in the order they ran (it stops
    at the first that fails), the statements found, and the notice's fields
    when every check passed."""

    checks: tuple[Check, ...]
    statements: tuple[str, ...] = ()
    fields: NoticeFields | None = None


def detect_notice(msg: ParsedMessage) -> NoticeFields | None:
    """The notice's fields, or None when the message is not a cancellation notice."""
    return examine(msg).fields


def examine(msg: ParsedMessage) -> Examination:
    """``detect_notice`` with its reasons: what ``cancel-mail explain`` shows."""
    checks: list[Check] = []

    def check(name: str, passed: bool, detail: str = "") -> bool:
        checks.append(Check(name, passed, detail))
        return passed

    def stop(said: list[str] | None = None) -> Examination:
        return Examination(tuple(checks), tuple(said or ()))

    if not check("names Amazon (sender, subject, text or links)", mentions_amazon(msg)):
        return stop()
    if not check(
        "tied to Amazon (sender domain, display name or 'your Amazon order' subject)",
        _amazon_tie(msg),
    ):
        return stop()
    if not check("not a seller-side (Seller Central) mail", not _is_seller_side(msg)):
        return stop()
    if not check("not a warning about phishing (its subject)", not warns_of_phishing(msg)):
        return stop()
    body = sentences.body_region(msg.text)
    head = body[:4000]
    # A statement in quotation marks is reported, not made: a newsletter's
    # 'phishing mails titled "Your order has been cancelled"'.
    subject_hit = statements.states_cancellation(sentences.unquoted(msg.subject))
    body_hits = [
        s for s in sentences.split(head) if statements.states_cancellation(sentences.unquoted(s))
    ]
    said = ([msg.subject] if subject_hit else []) + body_hits
    if not check("states a cancellation", bool(said), " | ".join(said[:3])):
        return stop()
    if not check(
        "a cancellation, not a warning above a 'cancelled items' list",
        not _only_a_heading_under_a_warning(said, head),
    ):
        return stop(said)
    if not check(
        "about an order, not a membership or subscription", not _about_membership(msg.subject, said)
    ):
        return stop(said)
    if not check("not a refund or return mail", not _about_refund_or_return(msg.subject)):
        return stop(said)
    order_ids = facts.order_ids(msg)
    marks = lang.hit(_BODY_MARKS, body)
    if not check(
        "names the order (an order number, a cancelled-items mark, or subject and body agree)",
        bool(order_ids or marks or (subject_hit and body_hits)),
        ", ".join(order_ids),
    ):
        return stop(said)
    marketplace = facts.marketplace(msg)
    language = langid.guess(
        msg.subject + "\n" + "\n".join(said), f"{msg.subject}\n{body[:3000]}", marketplace
    )
    items = facts.items(msg, body)
    why = reason.reason_text(body, said, language, items)
    fields = NoticeFields(
        marketplace=marketplace,
        language=language,
        order_ids=order_ids,
        items=items,
        reason_text=why,
        cancelled_by=reason.cancelled_by(msg, why, said, language),
    )
    return Examination(tuple(checks), tuple(said), fields)


def order_signal(msg: ParsedMessage, source: str) -> OrderSignal | None:
    """For an Amazon mail that is not a cancellation: a hint about an order's fate
    (payment revision needed, account on hold, item delayed), or None."""
    if not mentions_amazon(msg) or not facts.sender_is_amazon(msg) or _is_seller_side(msg):
        return None
    order_ids = facts.order_ids(msg)
    if not order_ids:
        return None
    head = sentences.body_region(msg.text)[:4000]
    found: tuple[Cause, str] | None = None
    if could_signal(msg.subject) or could_signal(head):
        found = _signal_by_pattern([msg.subject, *sentences.split(head)])
    if found is None and (may_hint(msg.subject) or may_hint(head)):
        found = _signal_by_model(msg, head)
    if found is None:
        return None
    return OrderSignal(
        source=source,
        message_id=msg.message_id,
        date=msg.date,
        subject=msg.subject,
        order_ids=order_ids,
        cause=found[0],
        phrase=sentences.clip(found[1]),
    )


def _signal_by_pattern(said: list[str]) -> tuple[Cause, str] | None:
    for sentence in said:
        if not sentence or lang.hit(_BOILERPLATE, sentence):
            continue
        cause = statements.signal_in(sentence)
        if cause is not None:
            return cause, sentence
    return None


# The model reads only the opening of the mail, where its news is, and
# names a cause only when sure: a wrong hint would be the cause of a later
# cancellation that states none.
_SIGNAL_SENTENCES = 8
SIGNAL_PROBABILITY = 0.8


def _signal_by_model(msg: ParsedMessage, head: str) -> tuple[Cause, str] | None:
    """Wording the signal patterns lack ("we can't obtain the item from our
    supplier"): the cause model reads the subject and the first sentences."""
    language = langid.guess(msg.subject, head, facts.marketplace(msg))
    said = (
        s for s in sentences.split(head) if not lang.hit(_BOILERPLATE, s) and not reason.fragment(s)
    )
    for sentence in [msg.subject, *itertools.islice(said, _SIGNAL_SENTENCES)]:
        if not sentence:
            continue
        cause, probability = classify.strongest_cause(causemodel.score(sentence, language))
        if cause != Cause.CUSTOMER_REQUEST.value and probability >= SIGNAL_PROBABILITY:
            return Cause(cause), sentence
    return None


# --- cues ----------------------------------------------------------------------


def mentions_amazon(msg: ParsedMessage) -> bool:
    if any("amazon" in s.lower() for s in (msg.from_addr, msg.from_name, msg.subject, msg.text)):
        return True
    return any("amazon" in link.href.lower() for link in msg.links)


def warns_of_phishing(msg: ParsedMessage) -> bool:
    """A subject that warns of phishing or fake mail ("Let op: nep-mails over
    geannuleerde Amazon-bestellingen"): a newsletter, which quotes what it warns
    of. Neither Amazon nor a phisher titles a notice so. A forward keeps its
    chance: "Fwd: phishing?" may carry a genuine notice."""
    return not msg.forwarded and lang.hit(_PHISHING_WARNING, msg.subject)


def _amazon_tie(msg: ParsedMessage) -> bool:
    if facts.sender_is_amazon(msg) or "amazon" in msg.from_name.lower():
        return True
    # A subject quoting one ('Scam of the month: "Your Amazon order was
    # cancelled"') speaks to nobody.
    return lang.hit(_YOUR_AMAZON_ORDER, facts.without_products(facts.without_quotes(msg.subject)))


def _is_seller_side(msg: ParsedMessage) -> bool:
    if any(name in msg.from_addr.lower() for name in _SELLER_SENDERS):
        return True
    return any(
        lang.hit(_SELLER_STEMS, text) and lang.hit(_SELLER_SIDE, text)
        for text in (msg.subject, msg.text[:6000])
    )


def _only_a_heading_under_a_warning(said: list[str], head: str) -> bool:
    """A payment reminder may list the order's items under a "Cancelled items"
    heading while its text warns "your order will be cancelled unless ...":
    the heading is then no statement that anything has been cancelled."""
    if _BODY_MARKS is None or _THREAT is None or _CONDITIONALS is None:
        return False
    for sentence in said:
        mark = _BODY_MARKS.search(sentence)
        if mark is None or len(sentence.strip(" :.")) > len(mark.group(0)) + 2:
            return False
    # The warning is conditional and about the order: "if we don't hear from
    # you, your order will be cancelled", not "if a pending charge shows, it
    # will be cancelled". A bare "キャンセルさせていただきます" cancels it now.
    return any(
        _THREAT.search(s) and _CONDITIONALS.search(s) and lang.hit(_ORDER_WORD, s)
        for s in sentences.split(head)
    )


def _about_membership(subject: str, said: list[str]) -> bool:
    # A quoted item title ("Echo Dot, Prime Day edition") says nothing about
    # what was cancelled; the words around it do.
    unquoted = facts.without_quotes(subject)
    if lang.hit(_MEMBERSHIP, unquoted) and not facts.ORDER_ID.search(unquoted):
        return True
    if subject in said and _membership_is_the_subject(unquoted):
        return True
    relevant = [s for s in said if s is not subject]
    return bool(relevant) and all(_membership_is_the_subject(s) for s in relevant)


def _membership_is_the_subject(sentence: str) -> bool:
    """Is what the sentence says was cancelled a membership, subscription or
    delivery window? It is when the membership's words come before any word for
    an order that is not named in passing: "The delivery window for your order
    123-... has been cancelled", not "Your order of Prime Video gift cards has
    been cancelled"."""
    membership = _MEMBERSHIP.search(sentence) if _MEMBERSHIP else None
    if membership is None:
        return False
    # A membership's words may span the order's, as Japanese names the order's
    # delivery window: "ご注文 ... のお届け日時".
    order = _subject_order_word(sentence)
    return order is None or membership.start() <= order


def _subject_order_word(sentence: str) -> int | None:
    """Where the first word for an order stands that may be what the sentence
    is about: not one named in passing ("For your order 112-..., the
    appointment has been cancelled", "siparişinizin teslimat randevusu")."""
    if _ORDER_WORD is None:
        return None
    passing = [m.span() for m in _ORDER_IN_PASSING.finditer(sentence)] if _ORDER_IN_PASSING else []
    for word in _ORDER_WORD.finditer(sentence):
        if not any(start <= word.start() < end for start, end in passing):
            return word.start()
    return None


def _about_refund_or_return(subject: str) -> bool:
    """ "Your return ... has been canceled", "Refund for your cancelled order":
    about money or a return. "... has been cancelled and refunded" is about the
    order: the refund comes after the cancellation there."""
    money = _REFUND_OR_RETURN.search(subject) if _REFUND_OR_RETURN else None
    if money is None:
        return False
    stems = statements.STATEMENT_STEMS.spans(subject)
    return not stems or money.start() < stems[0][0]
