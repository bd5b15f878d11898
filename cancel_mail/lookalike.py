"""Is this a cancellation claim in Amazon's name? The path for mail that
``detect.detect_notice`` turns down but that presents itself as an Amazon order
cancellation anyway: crude phishing with a malformed order number or none,
a warning instead of a statement ("will be cancelled unless you verify"), a
homoglyph display name, a free-mail sender.

A claim needs both of:
  * a sentence (the subject counts as one) that says the reader's order or
    purchase has been cancelled, or is about to be: a cancellation statement
    or threat next to "your order", "Ihre Bestellung", "ご注文"..., or next to
    an order number of any shape;
  * Amazon presented as the one speaking: the display name, the sender's
    domain or the subject names Amazon (homoglyphs, "amaz0n" and "arnazon"
    folded), or the claim itself names it ("Your recent order on AMAZON.COM"),
    or the body speaks as Amazon ("the Amazon team", "shopping with
    Amazon"), or a link's text shows an Amazon address, or a link goes to a
    host that names Amazon without being Amazon's. Amazon merely
    mentioned elsewhere (eBay's "compare prices with Amazon", Zalando's "paid
    with Amazon Pay") presents nothing.
A subscription, a membership or a delivery window being cancelled is no order.

The claim becomes a notice only when authenticity rates it ``suspicious``
(``api.analyze_raw``): mail that proves Amazon sent it, or that nothing speaks
against, is Amazon's own mail that detection found to be no cancellation (a
payment reminder warns "your order will be cancelled"). What this module
finds wrong with a claim goes to authenticity as reasons of its own.

sniff.py and triage.py must let every claim through: ``names_amazon`` and
``could_claim`` are the cheap tests they share with this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from . import authenticity, detect, facts, lang, langid, sentences, statements
from .models import NoticeFields, ParsedMessage

__all__ = ["Claim", "could_claim", "describe", "find_claim", "names_amazon"]


_THREAT = lang.required("lookalike.threats")
# How far a threat or request reaches from the statement stem it holds.
CLAIM_REACH = 200
_REQUEST = lang.required("lookalike.requests")
_YOUR_ORDER = lang.required("lookalike.your_order")
_AS_AMAZON = lang.required("lookalike.as_amazon")
_BRAND = lang.required("authenticity.brand_names")
_NEGATIONS = re.compile(
    "|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in lang.terms("negations")),
    re.IGNORECASE,
)
_CUSTOMER_SPEAKS = re.compile(
    "|".join(
        # Japanese has no spaces between words: "私" is found inside a sentence.
        re.escape(form) if statements.is_cjk(form) else rf"(?<!\w){re.escape(form)}(?!\w)"
        for w in lang.terms("lookalike.customer_speaks")
        for form in dict.fromkeys((w, w[:1].upper() + w[1:]))
    )
)
_MEMBERSHIP = lang.regex("membership")
_CONDITIONALS = lang.regex("conditionals")
_ORDER_WORDS = lang.regex("order_words")
# An order number as phishing writes it: a label, then a token with digits in
# it, Amazon's shape or not ("Order #113-093551-28451", "n.º 406-55123-991").
_NUMBERED_ORDER = re.compile(
    rf"(?<![a-z])(?P<label>{'|'.join(f'(?:{t})' for t in lang.terms('authenticity.order_labels'))})"
    rf"\s*(?:{'|'.join(f'(?:{t})' for t in lang.terms('authenticity.order_number_words'))})?"
    r"\s*[:#：]?\s*#?\s*[A-Z]{0,4}-?\d[\d-]{3,}",
    re.IGNORECASE,
)
# A line that cites a subject ("Subject: Your order has been cancelled", "件名："):
# a newsletter showing what phishing looks like.
_CITED_SUBJECT = re.compile(
    rf"^\W{{0,3}}(?:{'|'.join(lang.terms('forward.subject'))})\s*[:：]", re.IGNORECASE
)
# How "amazon" is disguised in plain ASCII: digits for letters, "rn" for "m".
_ASCII_DISGUISES = (("0", "o"), ("rn", "m"), ("1", "l"), ("vv", "w"))
# The name broken up by separators ("Ama zon", "A.m.a.z.o.n": a parser turns a
# zero-width space into a plain one), as a word of its own: "Panama zone" and
# "I am a zone" are no Amazon.
_SPACED_NAME = re.compile(r"(?<![a-z])a[\W_]?m[\W_]?a[\W_]?z[\W_]?o[\W_]?n(?![a-z])")
# Amazon's cloud and ad services, where anyone's files and pages live.
_AMAZON_CLOUD = frozenset({"amazonaws.com", "amazon-adsystem.com", "amazontrust.com"})
# Shops take payment through Amazon Pay: "paid with Amazon Pay" presents no
# mail as Amazon's.
_AMAZON_PAY = re.compile(r"amazon[\s.-]*pay\b", re.IGNORECASE)
# Quoted speech is reported, not claimed: a newsletter quoting "Your order has
# been canceled" claims nothing.


# What a claim says of the order: that it was cancelled, that it will be
# unless the reader acts, or that a request to cancel it was received.
ClaimKind = Literal["statement", "threat", "request"]


@dataclass(frozen=True)
class Claim:
    """A cancellation claimed in Amazon's name: the notice's facts, and what
    authenticity should hear about it."""

    fields: NoticeFields
    sentence: str
    kind: ClaimKind
    presented_by: str
    flags: list[str] = field(default_factory=list)  # strong, overruled by proof
    signs: dict[str, str] = field(default_factory=dict)  # weak: kind -> reason


# --- the cheap tests (shared with sniff and triage) -----------------------------------


@functools.cache
def _reads_as_z() -> frozenset[str]:
    """Every character that reads as a Latin "z": what NFKC turns into one (its
    compatibility decomposition names the letter: fullwidth, circled,
    mathematical forms) and what the confusables data maps to one."""
    found = {char for char, latin in authenticity.look_alike_letters().items() if latin in "zZ"}
    for code in (*range(0x80, 0x10000), *range(0x1D400, 0x1D800)):
        parts = unicodedata.decomposition(chr(code)).split()
        if parts[:1] and parts[0].startswith("<") and ("007A" in parts or "005A" in parts):
            found.add(chr(code))
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
def names_amazon(text: str) -> bool:
    """Does this header text (a display name, an address, a subject) name
    Amazon, however disguised? Homoglyphs and invisible characters are folded
    first, then the ASCII disguises ("amaz0n", "arnazon")."""
    if not text.isascii() and _no_z(text) and not _BRAND.search(text):
        # Every disguise of the Latin name holds a "z"; most non-Latin headers
        # (Japanese, Greek) have nothing that reads as one, and skip the folding.
        return False
    folded = authenticity.reads_as(text)
    if _BRAND.search(folded):
        return True
    for fake, real in _ASCII_DISGUISES:
        folded = folded.replace(fake, real)
    return "amazon" in folded or "amzn" in folded or _SPACED_NAME.search(folded) is not None


def _no_z(text: str) -> bool:
    return "z" not in text and "Z" not in text and _reads_as_z().isdisjoint(text)


def could_claim(text: str) -> bool:
    """False only when no claim of a cancellation can occur in ``text``: neither a
    statement (statements.py's over-approximation, also with order numbers cut
    down as _claim_sentence cuts them), nor a threat, nor a request."""
    if statements.could_state(text):
        return True
    # Every threat and request holds a statement stem ("cancel", "storn",
    # "annul", "キャンセル", "消") and reaches no further than CLAIM_REACH from
    # it (tests/test_detect_stems.py): only the text around the stems is read.
    for lo, hi in statements.stem_windows(statements.STATEMENT_STEMS.spans(text), CLAIM_REACH):
        if _THREAT.search(text, lo, hi) or _REQUEST.search(text, lo, hi):
            return True
        window = text[lo:hi]
        cut = _without_numbers(window)
        if cut != window and (
            statements.could_state(cut) or _THREAT.search(cut) or _REQUEST.search(cut)
        ):
            return True
    return False


# --- the claim ------------------------------------------------------------------------


def find_claim(msg: ParsedMessage) -> Claim | None:
    """The cancellation this message claims in Amazon's name, or None."""
    if detect.warns_of_phishing(msg):
        return None
    domain = msg.from_addr.rpartition("@")[2]
    # A sender that passes itself off as Amazon needs no "your" in its subject:
    # "Order Cancelled - Action Required" is addressed to the reader anyway. A
    # newsletter's "Amazon orders cancelled this week" has no such sender.
    as_sender = names_amazon(msg.from_name) or bool(domain and names_amazon(domain))
    found = _claim_sentence(msg, as_amazon=as_sender)
    if found is None:
        return None
    sentence, kind = found
    presented_by = _presented_by(msg, sentence)
    if presented_by is None:
        return None
    fields = _fields(msg, sentence)
    flags: list[str] = []
    signs: dict[str, str] = {}
    if not fields.order_ids:
        flags.append(
            "claims an Amazon order cancellation without an order number in Amazon's "
            "3-7-7 digit shape"
        )
    # From Amazon's own domain a threat is what a genuine payment reminder says
    # ("otherwise your order will be cancelled"): it is the claim, not a sign
    # against it. From anywhere else it is one.
    if kind == "threat" and not facts.sender_is_amazon(msg):
        signs["threat"] = f"threatens to cancel the order: {_clip(sentence, 160)!r}"
    return Claim(
        fields=fields,
        sentence=sentence,
        kind=kind,
        presented_by=presented_by,
        flags=flags,
        signs=signs,
    )


def describe(claim: Claim) -> str:
    """The reason that opens a look-alike's authenticity reasons."""
    what = {
        "statement": "an order was cancelled",
        "threat": "an order is about to be cancelled",
        "request": "a request to cancel an order was received",
    }[claim.kind]
    return f"claims in Amazon's name ({claim.presented_by}) that {what}"


def _claim_sentence(msg: ParsedMessage, *, as_amazon: bool) -> tuple[str, ClaimKind] | None:
    """The first sentence that claims the reader's order is (to be) cancelled, and
    what it claims. With ``as_amazon`` (the sender passes itself off as Amazon)
    any sentence, the subject too, may name an order without "your" or a
    number: "la commande sera annulée"."""
    body = sentences.body_region(msg.text)
    for said in (*_sentences(msg.subject), *_sentences(body[:6000])):
        sentence = sentences.unquoted(said)
        if not sentence.strip() or _CITED_SUBJECT.match(said) or not could_claim(sentence):
            continue
        ordered = _YOUR_ORDER.search(sentence) or _NUMBERED_ORDER.search(sentence)
        if not ordered and not (as_amazon and _order_word(said)):
            continue
        if _MEMBERSHIP is not None and _MEMBERSHIP.search(sentence):
            continue
        if _not_a_claim(sentence):
            continue
        kind = _claimed(_without_numbers(sentence))
        if kind is not None:
            return said, kind
    return None


# A question mark ends a question even where no capital letter follows:
# "Why was your Amazon order cancelled? + this week's news".
_AFTER_A_QUESTION = re.compile(r"(?<=[?？؟])\s+")


def _sentences(text: str) -> list[str]:
    """``text`` (the subject counts) in sentences, each question on its own."""
    return [piece for said in sentences.split(text) for piece in _AFTER_A_QUESTION.split(said)]


def _claimed(sentence: str) -> ClaimKind | None:
    # A threat first: "risque d'être annulée" holds a statement's words too.
    threat = _THREAT.search(sentence)
    if threat and not _denied(sentence, threat):
        return "threat"
    # A request before a statement: "votre demande d'annulation de votre
    # commande a été reçue" holds one's words too.
    request = _REQUEST.search(sentence)
    if request and not _denied(sentence, request):
        return "request"
    if statements.states_cancellation(sentence):
        return "statement"
    # "If you do not verify, your order is cancelled": a statement made the
    # consequence of a condition.
    if statements.consequence(sentence):
        return "threat"
    return None


def _denied(sentence: str, match: re.Match[str]) -> bool:
    """A negation in the match, or just before it in its clause: "Zamówienia
    ... nie zostaną anulowane" (orders placed will not be cancelled). After a
    condition only right before it: the negation of "Om du inte verifierar
    kommer din beställning att avbrytas" is the condition's."""
    clause = sentences.clauses(sentence[: match.start()])[-1]
    reach = 6 if lang.hit(_CONDITIONALS, clause) else statements.NEGATION_REACH
    return _NEGATIONS.search(f"{clause[-reach:]} {match.group(0)}") is not None


def _without_numbers(sentence: str) -> str:
    """The sentence with each order number cut down to its label: a number in
    a shape of the phisher's own, and its "Nr.", "n.º", stand between the
    words of a statement ("wurde Ihre Bestellung Nr. 303-77412-11 storniert")
    where Amazon's shape would not."""
    return _NUMBERED_ORDER.sub(lambda m: m.group("label"), sentence)


def _not_a_claim(sentence: str) -> bool:
    """A question ("Was your online order cancelled by the seller?", a
    newsletter's teaser) claims nothing, and neither does the customer telling
    of their own order ("I cancelled my Amazon order"), unless it also speaks
    of the reader's order."""
    if sentence.rstrip().endswith(("?", "？", "؟")):
        return True
    return bool(_CUSTOMER_SPEAKS.search(sentence)) and not _YOUR_ORDER.search(sentence)


def _order_word(text: str) -> bool:
    return _ORDER_WORDS is not None and _ORDER_WORDS.search(text) is not None


def _presented_by(msg: ParsedMessage, sentence: str) -> str | None:
    """How the message presents itself as Amazon's, worded as a reason; None when
    it does not."""
    if msg.from_name and names_amazon(msg.from_name):
        return f"the display name {msg.from_name.strip()!r}"
    domain = msg.from_addr.rpartition("@")[2]
    if domain and names_amazon(domain):
        return f"the sender {msg.from_addr}"
    if names_amazon(facts.without_products(msg.subject)):
        return "the subject"
    if "amazon" in _AMAZON_PAY.sub(" ", facts.without_products(sentence)).lower():
        return "the claim itself"
    speaks = _AS_AMAZON.search(sentences.body_region(msg.text)[:6000])
    if speaks:
        return f"the words {speaks.group(0)!r}"
    for link in msg.links:
        shown = authenticity.domain_in_link_text(link.text)
        # "pay.amazon.com" is where a shop's customer paid with Amazon Pay.
        if shown and authenticity.is_amazon_domain(shown) and not shown.startswith("pay."):
            return f"a link shown as {shown}"
    for link in msg.links:
        host = facts.host(link.href)
        # Amazon's own hosts present nothing: a shop may link to a product there.
        if host and _host_names_amazon(host) and not authenticity.is_amazon_link_host(host):
            return f"a link to {host}"
    return None


def _host_names_amazon(host: str) -> bool:
    """Does this host name Amazon? On Amazon's cloud (a shop's invoice on
    ``shop.s3.amazonaws.com``) only the names the customer chose count."""
    for cloud in _AMAZON_CLOUD:
        if host == cloud or host.endswith("." + cloud):
            return names_amazon(host[: -len(cloud)])
    return names_amazon(host)


def _fields(msg: ParsedMessage, sentence: str) -> NoticeFields:
    order_ids = facts.order_ids(msg)
    marketplace = facts.marketplace(msg)
    return NoticeFields(
        marketplace=marketplace,
        language=langid.guess(
            f"{msg.subject}\n{sentence}", f"{msg.subject}\n{msg.text[:3000]}", marketplace
        ),
        order_ids=order_ids,
        reason_text=_clip(sentence, 500),
        cancelled_by="unknown",
    )


def _clip(text: str, limit: int) -> str:
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
