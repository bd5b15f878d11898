"""parse_message: raw bytes -> ParsedMessage, as tables of small messages."""

from __future__ import annotations

import base64
import quopri
from email.header import Header

import pytest

from cancel_mail import lang
from cancel_mail.errors import MessageError
from cancel_mail.parse import parse_message

HEAD = (
    b"From: Amazon.com <auto-confirm@amazon.com>\r\n"
    b"To: jo@example.org\r\n"
    b"Date: Thu, 20 Nov 2025 08:14:00 +0000\r\n"
    b"Message-ID: <abc@amazon.com>\r\n"
)


def single(body: bytes, ctype: str = "text/plain; charset=utf-8", cte: str = "8bit") -> bytes:
    return (
        HEAD
        + b"Subject: Test\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
        + body
    )


def alternative(plain: bytes, html: bytes) -> bytes:
    return (
        HEAD
        + b"Subject: Test\r\nMIME-Version: 1.0\r\n"
        + b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
        + b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + plain
        + b"\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        + html
        + b"\r\n--b1--\r\n"
    )


# --- body text ---------------------------------------------------------------

TEXT_CASES = [
    pytest.param(
        single(b"Your order has been canceled.\r\n"),
        "Your order has been canceled.",
        id="plain-text",
    ),
    pytest.param(
        single(b"<p>Hello</p><p>Order canceled</p>", "text/html; charset=utf-8"),
        "Hello\n\nOrder canceled",
        id="html-only-paragraphs",
    ),
    pytest.param(
        single(b"<table><tr><td>Qty</td><td>1</td></tr></table>", "text/html"),
        "Qty 1",
        id="table-cells-do-not-glue",
    ),
    pytest.param(single(b"one<br>two<br/>three", "text/html"), "one\ntwo\nthree", id="br-lines"),
    pytest.param(
        single(
            b"<html><head><title>T</title><style>p{}</style></head><body>Body</body></html>",
            "text/html",
        ),
        "Body",
        id="title-and-style-dropped",
    ),
    pytest.param(
        single(b'<div style="display: none">preheader</div><script>x()</script>Shown', "text/html"),
        "Shown",
        id="hidden-preheader-and-script-dropped",
    ),
    pytest.param(single(b"a&nbsp;b&nbsp;&nbsp;c", "text/html"), "a b c", id="nbsp-is-space"),
    pytest.param(
        single(
            quopri.encodestring("Bestellung wurde storniert – leider.".encode()),
            cte="quoted-printable",
        ),
        "Bestellung wurde storniert – leider.",
        id="quoted-printable",
    ),
    pytest.param(
        single(base64.encodebytes("Votre commande a été annulée.".encode()), cte="base64"),
        "Votre commande a été annulée.",
        id="base64",
    ),
    pytest.param(
        single(
            "Ihre Bestellung wurde storniert. Grüße".encode("iso-8859-1"),
            "text/plain; charset=iso-8859-1",
        ),
        "Ihre Bestellung wurde storniert. Grüße",
        id="iso-8859-1",
    ),
    pytest.param(
        single(
            "ご注文はキャンセルされました。".encode("iso-2022-jp"),
            "text/html; charset=iso-2022-jp",
            "7bit",
        ),
        "ご注文はキャンセルされました。",
        id="iso-2022-jp-html",
    ),
    pytest.param(
        single("Pedido cancelado: artículo agotado".encode(), "text/plain; charset=x-nonsense"),
        "Pedido cancelado: artículo agotado",
        id="unknown-charset-guessed",
    ),
    pytest.param(
        single("Ordine annullato – spiacenti".encode(), "text/plain; charset=iso-8859-1"),
        "Ordine annullato – spiacenti",
        id="utf8-mislabeled-latin1",
    ),
    pytest.param(
        single("Größe".encode("cp1252"), "text/plain; charset=utf-8"),
        "Größe",
        id="latin1-mislabeled-utf8",
    ),
    pytest.param(
        single(b"Bestellung storniert", "text/plain; charset=utf-16"),
        "Bestellung storniert",
        id="utf8-mislabeled-utf16",
    ),
    pytest.param(
        single(b"Order canceled", "text/plain; charset=undefined"),
        "Order canceled",
        id="codec-that-always-fails",
    ),
    pytest.param(
        alternative(b"plain version", b"<p>html version</p>"),
        "html version",
        id="alternative-prefers-html",
    ),
]


@pytest.mark.parametrize(("raw", "text"), TEXT_CASES)
def test_body_text(raw: bytes, text: str) -> None:
    assert parse_message(raw).text == text


def test_links_collected_with_text() -> None:
    raw = single(
        b'<a href="https://www.amazon.com/your-orders">View <b>order</b></a> '
        b'<a href="mailto:x@y">mail</a><a>no href</a>',
        "text/html",
    )
    links = [(link.text, link.href) for link in parse_message(raw).links]
    assert links == [("View order", "https://www.amazon.com/your-orders"), ("mail", "mailto:x@y")]


def test_plain_text_urls_become_links() -> None:
    raw = single(b"See https://www.amazon.de/gp/css/order-history for details.")
    assert [link.href for link in parse_message(raw).links] == [
        "https://www.amazon.de/gp/css/order-history"
    ]


# --- headers -------------------------------------------------------------------

HEADER_CASES = [
    pytest.param(
        b"Subject: Your Amazon.com order\r\n  #112-1234567-1234567\r\n\thas been canceled\r\n",
        "Your Amazon.com order #112-1234567-1234567 has been canceled",
        id="folded-subject",
    ),
    pytest.param(
        b"Subject: "
        + Header("Ihre Bestellung wurde storniert", "utf-8").encode().encode()
        + b"\r\n",
        "Ihre Bestellung wurde storniert",
        id="rfc2047-utf8-base64",
    ),
    pytest.param(
        b"Subject: " + Header("キャンセル", "iso-2022-jp").encode().encode() + b" #503\r\n",
        "キャンセル #503",
        id="rfc2047-iso-2022-jp-then-plain",
    ),
    pytest.param(
        b"Subject: =?utf-8?b?QW1hem9uLmNvbSBvcmRlcg.?= canceled\r\n",
        "Amazon.com order canceled",
        id="encoded-word-with-stray-character",
    ),
    pytest.param(
        "Subject: Commande annulée\r\n".encode(),
        "Commande annulée",
        id="raw-8bit-utf8-subject",
    ),
]


@pytest.mark.parametrize(("subject_line", "subject"), HEADER_CASES)
def test_subject_decoding(subject_line: bytes, subject: str) -> None:
    raw = HEAD + subject_line + b"\r\nbody\r\n"
    assert parse_message(raw).subject == subject


def test_address_date_and_kept_headers() -> None:
    raw = (
        b'From: "Amazon.de" <Bestellbestaetigung@Amazon.de>\r\n'
        b"Reply-To: <no-reply@amazon.de>\r\n"
        b"Return-Path: <bounce@amazonses.com>\r\n"
        b"Date: Fri, 21 Nov 2025 10:00:00 +0100\r\n"
        b"Authentication-Results: mx; dkim=pass header.d=amazon.de\r\n"
        b"X-AMAZON-MAIL-RELAY-TYPE: notification\r\n"
        b"X-Mailer: something\r\n"
        b"Received: from a by b\r\n"
        b"Subject: s\r\n\r\nbody\r\n"
    )
    msg = parse_message(raw)
    assert (msg.from_name, msg.from_addr) == ("Amazon.de", "bestellbestaetigung@amazon.de")
    assert msg.reply_to == "no-reply@amazon.de"
    assert msg.return_path == "bounce@amazonses.com"
    assert msg.date is not None and msg.date.isoformat() == "2025-11-21T10:00:00+01:00"
    assert set(msg.headers) == {"authentication-results", "x-amazon-mail-relay-type"}
    assert msg.headers["authentication-results"] == ["mx; dkim=pass header.d=amazon.de"]


# --- forwards ------------------------------------------------------------------

FORWARD_MARKERS = [
    pytest.param("---------- Forwarded message ---------", "From", "Subject", id="gmail"),
    pytest.param("-----Original Message-----", "From", "Subject", id="outlook"),
    pytest.param("Begin forwarded message:", "From", "Subject", id="apple"),
    pytest.param("---------- Weitergeleitete Nachricht ----------", "Von", "Betreff", id="de"),
    pytest.param("-------- Message transféré --------", "De", "Objet", id="fr"),
    pytest.param("---------- Mensaje reenviado ---------", "De", "Asunto", id="es"),
    pytest.param("---------- Messaggio inoltrato ---------", "Da", "Oggetto", id="it"),
    pytest.param("---------- 転送メッセージ ----------", "差出人", "件名", id="ja"),
]


@pytest.mark.parametrize(("marker", "from_label", "subject_label"), FORWARD_MARKERS)
def test_inline_forward_unwrapped(marker: str, from_label: str, subject_label: str) -> None:
    body = (
        f"FYI, look at this.\n\n{marker}\n"
        f"{from_label}: Amazon.de <bestellbestaetigung@amazon.de>\n"
        f"{subject_label}: Ihre Bestellung #304-1234567-1234567 wurde storniert\n\n"
        "Guten Tag, Ihre Bestellung wurde storniert.\n"
    )
    raw = (
        b"From: Jo <jo@example.org>\r\nSubject: Fwd: Bestellung\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode()
    )
    msg = parse_message(raw)
    assert msg.forwarded is True
    assert msg.outer_from == "jo@example.org"
    assert msg.from_addr == "bestellbestaetigung@amazon.de"
    assert msg.subject == "Ihre Bestellung #304-1234567-1234567 wurde storniert"
    assert msg.text == "Guten Tag, Ihre Bestellung wurde storniert."


@pytest.mark.parametrize(
    ("date_line", "date"),
    [
        pytest.param(
            "Date: Mon, Jan 10, 2022 at 4:25 PM",
            "2022-01-10T16:25:00+00:00",
            id="gmail",
        ),
        pytest.param(
            "Sent: Friday, January 7, 2022 10:23 AM", "2022-01-07T10:23:00+00:00", id="outlook"
        ),
        pytest.param("Gesendet: 07.01.2022 10:23", "2022-01-07T10:23:00+00:00", id="de"),
        pytest.param("Datum: 7. März 2022 um 10:23", "2022-03-07T10:23:00+00:00", id="de-month"),
        pytest.param("Date : 7 février 2022 à 10:23", "2022-02-07T10:23:00+00:00", id="fr-month"),
        pytest.param("Fecha: 7 de enero de 2022 10:23", "2022-01-07T10:23:00+00:00", id="es-month"),
        pytest.param("Data: 7 gennaio 2022 10:23", "2022-01-07T10:23:00+00:00", id="it-month"),
        pytest.param("Envoyé : 07/01/2022 10:23", "2022-01-07T10:23:00+00:00", id="fr"),
        pytest.param("日付: 2022-01-07 10:23", "2022-01-07T10:23:00+00:00", id="iso"),
    ],
)
def test_inline_forward_date_line_read(date_line: str, date: str) -> None:
    body = (
        "-----Original Message-----\nFrom: Amazon.com <auto-confirm@amazon.com>\n"
        f"{date_line}\nSubject: Your order has been canceled\n\nOrder canceled\n"
    )
    raw = b"From: jo@example.org\r\nDate: Tue, 1 Feb 2022 09:00:00 +0000\r\n\r\n" + body.encode()
    msg = parse_message(raw)
    assert msg.date is not None and msg.date.isoformat() == date


def test_forward_header_names_have_one_role() -> None:
    """A name in two roles (say "De" as sender and as date) would make a quoted
    header line mean whichever role the pattern tries first."""
    roles = {
        role: {t.lower() for t in lang.terms(f"forward.{role}")}
        for role in ("from", "subject", "date", "other")
    }
    clashes = {
        (a, b, name) for a in roles for b in roles if a < b for name in roles[a] & roles[b]
    }
    assert clashes == set()
    assert all(roles.values())


def test_quoted_apple_forward_unwrapped() -> None:
    body = (
        b'> Begin forwarded message:\n>\n> From: "Amazon.com" <auto-confirm@amazon.com>\n'
        b"> Subject: Your Amazon.com order #123-1234567-1234567\n>\n> Order canceled\n"
    )
    raw = b"From: a@example.org\r\nSubject: Fwd: x\r\n\r\n" + body
    msg = parse_message(raw)
    assert (msg.forwarded, msg.from_addr, msg.text) == (
        True,
        "auto-confirm@amazon.com",
        "Order canceled",
    )


def test_forward_of_a_forward_reaches_the_notice() -> None:
    body = (
        "---------- Forwarded message ---------\nFrom: Kim <kim@example.org>\n"
        "Subject: Fwd: order\n\n"
        "---------- Forwarded message ---------\n"
        "From: Amazon.com [mailto:auto-confirm@amazon.com]\n"
        "Subject: Your Amazon.com order has been canceled\n\nOrder canceled\n"
    )
    raw = b"From: jo@example.org\r\nSubject: Fwd: Fwd: order\r\n\r\n" + body.encode()
    msg = parse_message(raw)
    assert (msg.from_addr, msg.subject, msg.text, msg.outer_from) == (
        "auto-confirm@amazon.com",
        "Your Amazon.com order has been canceled",
        "Order canceled",
        "jo@example.org",
    )


def test_attached_rfc822_is_the_notice() -> None:
    inner = (
        b"From: Amazon.it <conferma-ordine@amazon.it>\r\nSubject: Ordine annullato\r\n"
        b"Message-ID: <inner@amazon.it>\r\nAuthentication-Results: mx; dkim=pass\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Il tuo ordine è stato annullato.\r\n".encode()
    )
    raw = (
        b"From: Jo <jo@example.org>\r\nSubject: guarda\r\nMessage-ID: <outer@example.org>\r\n"
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n'
        b"--m\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--m\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        + inner
        + b"\r\n--m--\r\n"
    )
    msg = parse_message(raw)
    assert msg.forwarded is True
    assert msg.outer_from == "jo@example.org"
    assert (msg.from_addr, msg.subject, msg.message_id) == (
        "conferma-ordine@amazon.it",
        "Ordine annullato",
        "<inner@amazon.it>",
    )
    assert msg.text == "Il tuo ordine è stato annullato."
    assert msg.headers == {"authentication-results": ["mx; dkim=pass"]}


def test_not_forwarded_mail_says_so() -> None:
    msg = parse_message(single(b"Hello"))
    assert (msg.forwarded, msg.outer_from) == (False, "")


# --- broken input ----------------------------------------------------------------

BROKEN_BUT_READABLE = [
    pytest.param(single(b"Your order has been can")[:-2], id="truncated-body"),
    pytest.param(
        HEAD + b'Subject: x\r\nContent-Type: multipart/alternative; boundary="zz"\r\n\r\n'
        b"--zz\r\nContent-Type: text/plain\r\n\r\nOrder canceled and then the file ends",
        id="truncated-multipart",
    ),
    pytest.param(single(b"!!!not base64!!!", cte="base64"), id="invalid-base64"),
    pytest.param(
        single(b"\xff\xfe\x00garbage\x80\x81", "text/plain; charset=utf-16"), id="bad-utf16"
    ),
    pytest.param(HEAD + b"Subject: =?bogus?Q?x?=\r\n\r\nbody", id="unknown-header-charset"),
    pytest.param(
        HEAD + b"Subject: x\r\nContent-Type: multipart/mixed\r\n\r\nno boundary at all",
        id="multipart-without-boundary",
    ),
]


@pytest.mark.parametrize("raw", BROKEN_BUT_READABLE)
def test_broken_input_is_read_best_effort(raw: bytes) -> None:
    msg = parse_message(raw)
    assert msg.from_addr == "auto-confirm@amazon.com"


UNREADABLE = [
    pytest.param(b"", id="empty"),
    pytest.param(b"   \r\n\r\n", id="blank"),
    pytest.param(bytes(range(256)) * 4, id="binary-noise"),
    pytest.param(b"just some words without any header at all", id="no-header-block"),
]


@pytest.mark.parametrize("raw", UNREADABLE)
def test_unreadable_input_raises_message_error(raw: bytes) -> None:
    with pytest.raises(MessageError):
        parse_message(raw)


def test_deep_nesting_is_a_message_error_not_a_crash() -> None:
    depth = 3000
    parts = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(depth)
    )
    raw = HEAD + b"Subject: deep\r\n" + parts + b"Content-Type: text/plain\r\n\r\nx\r\n"
    try:
        msg = parse_message(raw)
    except MessageError as exc:
        assert "nest" in str(exc) or "parse" in str(exc)
    else:
        assert msg.subject == "deep"


# --- size limits -----------------------------------------------------------------


def test_overlong_header_line_is_cut_and_said() -> None:
    raw = HEAD + b"Subject: Order canceled " + b"x" * 40_000 + b"\r\n\r\nbody\r\n"
    msg = parse_message(raw)
    assert msg.subject.startswith("Order canceled")
    assert len(msg.subject) < 20_000
    assert any("cut" in d and "Subject" in d for d in msg.defects)


def test_parts_beyond_the_limit_are_skipped_and_said() -> None:
    parts = b"".join(
        b"--b\r\nContent-Type: text/plain\r\n\r\nfiller " + b"y" * 200 + b"\r\n"
        for _ in range(1500)
    )
    raw = (
        HEAD + b'Subject: many\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nOrder 112-1234567-1234567 canceled\r\n"
        + parts
        + b"--b--\r\n"
    )
    msg = parse_message(raw)
    assert msg.text.startswith("Order 112-1234567-1234567 canceled")
    assert any("skipped" in d and "parts" in d for d in msg.defects)


def test_oversized_attachment_is_skipped_and_said() -> None:
    raw = (
        HEAD + b'Subject: big\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nOrder canceled\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + (b"QUJD" * 19 + b"\r\n") * 30_000
        + b"--b--\r\n"
    )
    msg = parse_message(raw)
    assert msg.text == "Order canceled"
    assert any("oversized" in d for d in msg.defects)
