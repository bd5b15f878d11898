"""is_candidate: the cheap first pass, as a table of raw messages -> yes/no."""

from __future__ import annotations

import base64
import quopri
import re
from email.header import Header

import pytest

from cancel_mail import lang
from cancel_mail.sniff import PEEK_BYTES, is_candidate


def mail(headers: str, body: bytes = b"Hello there.\r\n") -> bytes:
    return headers.replace("\n", "\r\n").encode() + b"\r\n" + body


PLAIN = "From: Sam <sam@example.org>\nTo: jo@example.org\nSubject: {subject}\n"

CANDIDATES = [
    pytest.param(
        mail("From: Amazon.com <auto-confirm@amazon.com>\nSubject: Hi\n"), id="amazon-sender"
    ),
    pytest.param(mail("From: <x@marketplace.amazon.de>\nSubject: Hi\n"), id="marketplace-sender"),
    pytest.param(
        mail("From: <x@example.org>\nReturn-Path: <b@eu-west-1.amazonses.com>\nSubject: Hi\n"),
        id="amazonses-return-path",
    ),
    pytest.param(mail("From: AMAZON <x@example.org>\nSubject: Hi\n"), id="uppercase-display-name"),
    pytest.param(mail(PLAIN.format(subject="Your order has been cancelled")), id="en-subject"),
    pytest.param(mail(PLAIN.format(subject="Bestellung wurde storniert")), id="de-subject"),
    pytest.param(mail(PLAIN.format(subject="Commande annulée")), id="fr-subject"),
    pytest.param(mail(PLAIN.format(subject="Pedido cancelado")), id="es-subject"),
    pytest.param(mail(PLAIN.format(subject="Ordine annullato")), id="it-subject"),
    pytest.param(
        mail(PLAIN.format(subject=Header("ご注文のキャンセル", "iso-2022-jp").encode())),
        id="ja-subject-rfc2047",
    ),
    pytest.param(
        mail(PLAIN.format(subject=Header("Amazon: Ihre Bestellung", "utf-8").encode())),
        id="rfc2047-subject-naming-amazon",
    ),
    pytest.param(mail(PLAIN.format(subject="Cancel\n  led?")), id="folded-subject"),
    pytest.param(
        mail(PLAIN.format(subject="=?utf-8?b?QW1hem9uLmNvbSBvcmRlcg.?=")),
        id="encoded-word-with-stray-character",
    ),
    pytest.param(mail(PLAIN.format(subject="Fwd: look at this")), id="fwd"),
    pytest.param(mail(PLAIN.format(subject="WG: schau mal")), id="wg"),
    pytest.param(mail(PLAIN.format(subject="TR: regarde")), id="tr"),
    pytest.param(mail(PLAIN.format(subject="RV: mira")), id="rv"),
    pytest.param(mail(PLAIN.format(subject="I: guarda")), id="i"),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + 'Content-Type: multipart/mixed; boundary="b"\n',
            b"--b\r\nContent-Type: message/rfc822\r\n\r\nFrom: x\r\n\r\nhi\r\n--b--\r\n",
        ),
        id="attached-message",
    ),
    pytest.param(
        mail(PLAIN.format(subject="look"), b"I got this from amazon.de yesterday"),
        id="amazon-in-body",
    ),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + "Content-Transfer-Encoding: quoted-printable\n",
            b"Sent by ama=\r\nzon.co.uk",
        ),
        id="amazon-split-by-qp-soft-break",
    ),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + "Content-Transfer-Encoding: base64\n",
            base64.encodebytes(b"Your Amazon order"),
        ),
        id="amazon-in-base64-body",
    ),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + 'Content-Type: multipart/alternative; boundary="q"\n',
            b"--q\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(b"<p>see www.amazon.fr</p>")
            + b"\r\n--q--\r\n",
        ),
        id="amazon-in-base64-part",
    ),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + "Content-Transfer-Encoding: quoted-printable\n",
            quopri.encodestring(("x" * 70 + " amazon.it").encode()),
        ),
        id="amazon-after-qp-wrap",
    ),
    pytest.param(b"From: a@amazon.com\r\nSubject: truncated header", id="no-body-at-all"),
    pytest.param(
        mail(
            PLAIN.format(subject="look") + 'Content-Type: text/plain; charset="utf-16"\n',
            "Order from Amazon.com".encode("utf-16"),
        ),
        id="utf-16-text-part",
    ),
]


@pytest.mark.parametrize("raw", CANDIDATES)
def test_candidates(raw: bytes) -> None:
    assert is_candidate(raw) is True


NOT_CANDIDATES = [
    pytest.param(mail(PLAIN.format(subject="Dinner on Friday?")), id="personal"),
    pytest.param(
        mail(
            "From: News <news@shop.example>\nSubject: Weekly deals\nContent-Type: text/html\n",
            b"<p>big sale</p>" * 5000,
        ),
        id="newsletter",
    ),
    pytest.param(
        mail(
            PLAIN.format(subject="photos") + "Content-Transfer-Encoding: base64\n",
            base64.encodebytes(b"\x89PNG" + bytes(2000)),
        ),
        id="base64-without-amazon",
    ),
    pytest.param(
        mail(PLAIN.format(subject="late"), b"x" * PEEK_BYTES + b" amazon"),
        id="amazon-only-beyond-the-peek",
    ),
]


@pytest.mark.parametrize("raw", NOT_CANDIDATES)
def test_not_candidates(raw: bytes) -> None:
    assert is_candidate(raw) is False


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00\xff" * 100, id="binary"),
        pytest.param(b"Subject: =?x?Q?broken", id="broken-encoded-word"),
    ],
)
def test_garbage_never_raises(raw: bytes) -> None:
    assert is_candidate(raw) in (True, False)


def test_subject_words_are_plain_lower_case() -> None:
    """The sniff looks for the layer's subject words as substrings of the
    lower-cased subject, not as patterns: a pattern or a capital there would
    never match."""
    words = lang.terms("sniff.subject_words")
    assert words
    assert [w for w in words if re.escape(w) != w or w != w.lower()] == []
