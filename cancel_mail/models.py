"""Typed models that cross module boundaries, and the JSON report contract.

``Report`` serialised with ``model_dump(mode="json")`` *is* the ``--format json``
document described in DESIGN.md; extend it, never rename a field.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1


class Cause(StrEnum):
    INVENTORY_SHORTAGE = "inventory_shortage"
    PAYMENT_ISSUE = "payment_issue"
    TECHNICAL_ISSUE = "technical_issue"
    FRAUD_PREVENTION = "fraud_prevention"
    CUSTOMER_REQUEST = "customer_request"
    UNKNOWN = "unknown"


class Verdict(StrEnum):
    GENUINE = "genuine"
    UNVERIFIED = "unverified"
    SUSPICIOUS = "suspicious"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- what parse.py produces -------------------------------------------------


class Link(_Model):
    """One hyperlink of a message: what the reader sees and where it goes."""

    text: str
    href: str


class ParsedMessage(_Model):
    """A message decoded by parse.py: headers, body text and links.

    For a forwarded notice (inline or attached message/rfc822) the fields
    describe the *inner* notice and ``forwarded`` is True; ``outer_from`` then
    names who forwarded it.
    """

    message_id: str | None = None
    date: datetime | None = None
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    reply_to: str = ""
    return_path: str = ""
    # Header name (lower case) -> every value, in order. Only the headers that
    # later stages need: authentication-results, arc-authentication-results,
    # dkim-signature, received-spf, list-unsubscribe, x-amazon-*.
    headers: dict[str, list[str]] = Field(default_factory=dict)
    text: str = ""  # body as readable plain text (HTML converted), whitespace normalised
    html: str = ""  # raw HTML of the body, decoded; empty when the mail has none
    links: list[Link] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)  # filenames or content types
    forwarded: bool = False
    outer_from: str = ""
    defects: list[str] = Field(default_factory=list)


# --- what detect.py produces -------------------------------------------------


class NoticeFields(_Model):
    """The facts read off a message that detect.py judged a cancellation notice."""

    marketplace: str | None = None  # "amazon.com", "amazon.co.uk", ...
    language: str | None = None  # "en", "de", "fr", "es", "it", "ja"
    order_ids: list[str] = Field(default_factory=list)
    items: list[str] = Field(default_factory=list)
    reason_text: str | None = None  # the sentence(s) that state the reason, if any
    cancelled_by: Literal["amazon", "seller", "customer", "unknown"] = "unknown"


class OrderSignal(_Model):
    """An Amazon mail that is no cancellation but says something about an order's
    fate (payment revision needed, account on hold). Used as evidence for a later
    cancellation of the same order that states no reason."""

    source: str
    message_id: str | None = None
    date: datetime | None = None
    subject: str = ""
    order_ids: list[str] = Field(default_factory=list)
    cause: Cause
    phrase: str


# --- the report contract -----------------------------------------------------


class Classification(_Model):
    cause: Cause
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)


class Authenticity(_Model):
    verdict: Verdict
    reasons: list[str] = Field(default_factory=list)


class Action(_Model):
    id: str
    text: str
    url: str | None = None


class Notice(_Model):
    source: str
    message_id: str | None = None
    date: datetime | None = None
    sender: str | None = None
    subject: str = ""
    marketplace: str | None = None
    language: str | None = None
    order_ids: list[str] = Field(default_factory=list)
    items: list[str] = Field(default_factory=list)
    reason_text: str | None = None
    cause: Cause
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    authenticity: Authenticity
    actions: list[Action] = Field(default_factory=list)
    # Extensions to the DESIGN.md contract. The IMAP folder the notice was read
    # from (None for saved mail), and whether that is the account's junk
    # folder: a genuine notice there should be marked as not spam.
    folder: str | None = None
    found_in_junk: bool = False


class AttentionKind(StrEnum):
    """The groups of "Needs your attention", in the order they are listed."""

    LOOKALIKE = "lookalike"  # a suspicious notice: delete it
    PAYMENT_ISSUE = "payment_issue"
    FRAUD_PREVENTION = "fraud_prevention"
    OTHER = "other"


class Attention(_Model):
    """One line of "Needs your attention": when, which order, which item, and
    the one thing to do. ``notice`` is the index of its notice in
    ``Report.notices``."""

    kind: AttentionKind
    notice: int = Field(ge=0)
    source: str
    date: datetime | None = None
    order_id: str | None = None
    item: str | None = None
    action: Action
    found_in_junk: bool = False


class ScanError(_Model):
    source: str
    error: str


class Summary(_Model):
    by_cause: dict[Cause, int]
    suspicious: int = 0


class Report(_Model):
    schema_version: Literal[1] = SCHEMA_VERSION
    generated_at: datetime
    scanned: int = 0
    errors: list[ScanError] = Field(default_factory=list)
    summary: Summary
    notices: list[Notice] = Field(default_factory=list)
    # Extensions to the DESIGN.md contract: advice that holds for every report,
    # and every notice again as one line with its one action, most urgent first.
    general_actions: list[Action] = Field(default_factory=list)
    attention: list[Attention] = Field(default_factory=list)
    # Files met in the folders scanned that hold no mail (indexes,
    # notes, databases); counted, not listed, so a profile folder stays short.
    skipped: int = 0
