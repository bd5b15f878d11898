"""triage.could_matter: the cheap second pass, as a table of messages -> yes/no,
and the rule it must keep: "no" only where the full parse finds nothing.

The fast path as a whole (sniff, triage, full parse) is compared with a full
parse of every message in tests/test_fast_path.py; here are the single cases
that the tag-dropping, the decoding and the Amazon test have to get right.
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from hostile_corpus import generator

from cancel_mail import api, triage
from cancel_mail.models import Notice, OrderSignal

FOOTER = (
    "<p>You can cancel items that have not shipped yet in Your Orders. "
    "Questions: see our help pages. "
    "Unsubscribe. &copy; 2026 Amazon.com, Inc.</p>"
)


def _mail(
    *,
    html: str | None = None,
    plain: str | None = None,
    subject: str = "Your Amazon.com order has shipped",
    sender: str = "Amazon.com <shipment-tracking@amazon.com>",
    charset: str = "utf-8",
    cte: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "pat@example.org"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 02 Nov 2026 10:00:00 +0000"
    msg["Message-ID"] = "<t@example.org>"
    if plain is not None:
        msg.set_content(plain, charset=charset, cte=cte)
    if html is not None:
        if plain is None:
            msg.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    return msg.as_bytes()


def _html(body: str) -> str:
    return f"<html><body><table><tr><td>{body}</td></tr></table>{FOOTER}</body></html>"


SHIPPED = _html("<p>Order #112-1234567-7654321 is on its way. Arriving Thursday.</p>")

CASES: list[tuple[str, bytes, bool]] = [
    ("shipping mail, 'cancel' only in the footer", _mail(html=SHIPPED), False),
    (
        "statement in the subject",
        _mail(html=SHIPPED, subject="Your order has been cancelled"),
        True,
    ),
    (
        "statement split by an inline tag",
        _mail(html=_html("<p>Your order 112-1234567-7654321 has been cancel<b>led</b>.</p>")),
        True,
    ),
    (
        "statement split by a comment",
        _mail(html=_html("<p>Your order 112-1234567-7654321 has been can<!-- x -->celled.</p>")),
        True,
    ),
    (
        "statement behind entities",
        _mail(html=_html("<p>Order 112-1234567-7654321 has&nbsp;been &#99;ancelled.</p>")),
        True,
    ),
    (
        "statement in an image's alt text",
        _mail(html=_html('<img src="x.png" alt="Order cancellation">')),
        True,
    ),
    (
        "statement only in the plain alternative, HTML a stub",
        _mail(plain="We had to cancel your order 112-1234567-7654321.", html="<p>Hi</p>"),
        True,
    ),
    (
        "statement in base64 ISO-2022-JP",
        _mail(
            plain="ご注文番号 503-1234567-7654321 はキャンセルされました。",
            charset="iso-2022-jp",
            cte="base64",
            sender="Amazon.co.jp <order-update@amazon.co.jp>",
            subject="ご注文について",
        ),
        True,
    ),
    (
        "statement in quoted-printable German",
        _mail(
            plain="Ihre Bestellung 302-1234567-7654321 wurde leider storniert. " * 3,
            cte="quoted-printable",
            sender="Amazon.de <bestellbestaetigung@amazon.de>",
            subject="Ihre Bestellung",
        ),
        True,
    ),
    (
        "statement, but Amazon named nowhere",
        _mail(
            plain="Your order 1234 has been cancelled.",
            sender="shop@example.com",
            subject="About your order",
        ),
        False,
    ),
    (
        "Amazon named only by entities in a link",
        _mail(
            html=_html('<a href="https://www.&#97;mazon.com/x">Your order has been cancelled</a>'),
            sender="orders@example.net",
            subject="Order update",
        ),
        True,
    ),
    (
        "payment signal with an order number",
        _mail(html=_html("<p>Order 112-1234567-7654321: your payment was declined.</p>")),
        True,
    ),
    (
        # The cause model reads what the signal patterns miss: an earlier mail
        # about the order may be the only evidence of a later cancellation's cause.
        "payment words the patterns lack, with an order number",
        _mail(
            html=_html(
                "<p>We konden de betaling voor bestelling 112-1234567-7654321 niet verwerken.</p>"
            )
        ),
        True,
    ),
    (
        "payment signal without an order number",
        _mail(html=_html("<p>Your payment was declined. Update your card.</p>")),
        False,
    ),
    ("not a mail at all", b"\x00\x01 binary junk with no header block", True),
    ("larger than the triage reads", _mail(plain="x" * (triage.MAX_BYTES + 10)), True),
]


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_could_matter(raw: bytes, expected: bool) -> None:
    assert triage.could_matter(raw) is expected


def test_attached_message_is_always_read() -> None:
    outer = EmailMessage()
    outer["From"] = "pat@example.org"
    outer["Subject"] = "look at this"
    outer.set_content("see attached")
    inner = EmailMessage()
    inner["From"] = "auto-confirm@amazon.com"
    inner["Subject"] = "Your order has been cancelled"
    inner.set_content("Order 112-1234567-7654321")
    outer.add_attachment(inner)
    assert triage.could_matter(outer.as_bytes()) is True


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_no_means_the_full_parse_finds_nothing(raw: bytes, expected: bool) -> None:
    if not triage.could_matter(raw):
        assert not isinstance(api.analyze_raw("t", raw), Notice | OrderSignal)


def test_the_table_says_no_where_a_full_parse_finds_nothing() -> None:
    # The "no" rows are worth having only if the full parse agrees they are empty,
    # and the "yes" rows include real notices and signals.
    outcomes = {name: api.analyze_raw(name, raw) for name, raw, _ in CASES}
    assert isinstance(outcomes["statement split by an inline tag"], Notice)
    assert isinstance(outcomes["statement in base64 ISO-2022-JP"], Notice)
    assert isinstance(outcomes["payment signal with an order number"], OrderSignal)
    for name, _, expected in CASES:
        if not expected:
            assert outcomes[name] is None, name


def test_hostile_corpus_loses_nothing(tmp_path: Path) -> None:
    """Every hostile file the triage turns away gives nothing in a full parse."""
    generator().write_corpus(tmp_path, small=True)
    turned_away = 0
    for path in sorted(tmp_path.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if not triage.could_matter(raw):
            turned_away += 1
            assert not isinstance(api.analyze_raw(path.name, raw), Notice | OrderSignal), path
    assert turned_away > 0


def test_the_triage_tree_gives_the_same_parse(tmp_path: Path) -> None:
    """The full parse reuses the triage's MIME tree; the result must be the one
    a parse from the bytes alone gives, on every fixture and hostile file."""
    generator().write_corpus(tmp_path, small=True)
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "mail"
    paths = sorted(fixtures.rglob("*.eml")) + sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert len(paths) > 200
    for path in paths:
        raw = path.read_bytes()
        verdict = triage.examine(raw)
        if verdict.tree is None:
            continue
        with_tree = api.analyze_raw(path.name, raw, tree=verdict.tree)
        alone = api.analyze_raw(path.name, raw)
        dump = [o.model_dump() if o is not None else None for o in (with_tree, alone)]
        assert dump[0] == dump[1], path


FUZZ_FINDINGS = Path(__file__).resolve().parent / "data" / "fuzz"


@pytest.mark.parametrize("name", sorted(p.name for p in FUZZ_FINDINGS.glob("*.eml")))
def test_fuzz_findings_are_let_through(name: str) -> None:
    # Each file is a mutated fixture on which the triage once said no although
    # the full parse finds a notice in it (see tests/data/fuzz/README.md).
    raw = (FUZZ_FINDINGS / name).read_bytes()
    assert isinstance(api.analyze_raw(name, raw), Notice | OrderSignal)
    assert triage.could_matter(raw) is True
