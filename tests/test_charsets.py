"""Legacy charsets: Polish, Turkish and Arabic by their labels, Japanese
(Shift_JIS, EUC-JP) guessed when the label is missing or wrong. Each message is
real encoded bytes, read by every pass that reads text: the sniff's subject,
the triage's decode and the full parse."""

from __future__ import annotations

import base64
import email
import quopri

import pytest

from cancel_mail import analyze_message, sniff, triage
from cancel_mail.charsets import decode_bytes
from cancel_mail.headers import header_text
from cancel_mail.parse import parse_message

POLISH_SUBJECT = "Zamówienie zostało anulowane: żółć, gęśla jaźń"
POLISH_BODY = "Twoje zamówienie 402-1234567-1234567 zostało anulowane. Przepraszamy — Źdźbło Ślęża."
# “Windows quotes” and the ellipsis exist in windows-1254 only, which is how
# mail clients read an iso-8859-9 label.
TURKISH_SUBJECT = "Siparişiniz iptal edildi: ığüşöç İŞĞ"
TURKISH_BODY = "Siparişiniz 402-1234567-1234567 iptal edildi… “Ürün stokta yok” dedi Şule Ağaoğlu."
ARABIC_SUBJECT = "تم إلغاء طلبك رقم 402-1234567-1234567"
ARABIC_BODY = "عزيزي العميل، تم إلغاء طلبك رقم 402-1234567-1234567 لأن المنتج غير متوفر حالياً."
JAPANESE_SUBJECT = "Amazon.co.jp ご注文のキャンセル【注文番号】249-1234567-1234567"
JAPANESE_BODY = (
    "Amazon.co.jp をご利用いただき、ありがとうございます。\n"
    "ご注文いただいた商品は在庫切れのため、ご注文 249-1234567-1234567 をキャンセルいたしました。\n"
    "※お支払いは請求されません。"
)


def message(
    subject: bytes, body: bytes, ctype: str, cte: str = "8bit", sender: str = "amazon.com"
) -> bytes:
    return (
        f"From: Amazon <auto-confirm@{sender}>\r\n".encode()
        + b"To: jo@example.org\r\n"
        + b"Date: Thu, 20 Nov 2025 08:14:00 +0000\r\n"
        + b"Message-ID: <charset@example.org>\r\n"
        + b"Subject: "
        + subject
        + b"\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n".encode()
        + body
    )


def encoded_word(text: str, charset: str, kind: str) -> bytes:
    data = text.encode(charset)
    if kind == "B":
        payload = base64.b64encode(data)
    else:
        payload = quopri.encodestring(data, header=True).replace(b"=\n", b"")
    return b"=?" + charset.encode() + b"?" + kind.encode() + b"?" + payload + b"?="


def _read_everywhere(raw: bytes) -> tuple[str, str, str, str]:
    """(sniff's subject, triage's subject, parsed subject, parsed text)."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    tree = email.message_from_bytes(raw)
    parsed = parse_message(raw)
    # The sniff keeps the line end; only its words matter to it.
    return sniff._subject(head).strip(), header_text(tree, "subject"), parsed.subject, parsed.text


LABELED = [
    pytest.param(
        message(
            encoded_word(POLISH_SUBJECT, "iso-8859-2", "Q"),
            quopri.encodestring(POLISH_BODY.replace("—", "-").encode("iso-8859-2")),
            "text/plain; charset=iso-8859-2",
            "quoted-printable",
            sender="amazon.pl",
        ),
        POLISH_SUBJECT,
        POLISH_BODY.replace("—", "-"),
        id="polish-iso-8859-2-qp",
    ),
    pytest.param(
        message(
            encoded_word(TURKISH_SUBJECT, "iso-8859-9", "B"),
            TURKISH_BODY.encode("cp1254"),
            "text/plain; charset=iso-8859-9",
            sender="amazon.com.tr",
        ),
        TURKISH_SUBJECT,
        TURKISH_BODY,
        id="turkish-iso-8859-9-8bit-with-windows-quotes",
    ),
    pytest.param(
        message(
            encoded_word(ARABIC_SUBJECT, "windows-1256", "B"),
            base64.encodebytes(f"<p>{ARABIC_BODY}</p>".encode("cp1256")),
            "text/html; charset=windows-1256",
            "base64",
            sender="amazon.sa",
        ),
        ARABIC_SUBJECT,
        ARABIC_BODY,
        id="arabic-windows-1256-base64-html",
    ),
    pytest.param(
        message(
            encoded_word(JAPANESE_SUBJECT + "～", "cp932", "B").replace(b"cp932", b"Shift_JIS"),
            (JAPANESE_BODY + "①").encode("cp932"),
            "text/plain; charset=Shift_JIS",
            sender="amazon.co.jp",
        ),
        JAPANESE_SUBJECT + "～",
        JAPANESE_BODY + "①",
        id="shift-jis-label-with-windows-characters",
    ),
]


@pytest.mark.parametrize(("raw", "subject", "body"), LABELED)
def test_labeled_legacy_charsets_read_right_everywhere(raw: bytes, subject: str, body: str) -> None:
    sniffed, triaged, parsed_subject, text = _read_everywhere(raw)
    assert sniffed == subject.lower()
    assert triaged == parsed_subject == subject
    assert text == body


JAPANESE_CODECS = ["shift_jis", "euc_jp"]


@pytest.mark.parametrize("codec", JAPANESE_CODECS)
@pytest.mark.parametrize(
    "ctype",
    ["text/plain", "text/plain; charset=iso-8859-1", "text/plain; charset=utf-8"],
    ids=["no-label", "latin-1-label", "utf-8-label"],
)
def test_japanese_without_a_true_label_is_guessed(codec: str, ctype: str) -> None:
    # A Japanese client's raw 8-bit subject carries no label at all.
    raw = message(
        JAPANESE_SUBJECT.encode(codec), JAPANESE_BODY.encode(codec), ctype, sender="amazon.co.jp"
    )
    sniffed, triaged, parsed_subject, text = _read_everywhere(raw)
    assert sniffed == JAPANESE_SUBJECT.lower()
    assert triaged == parsed_subject == JAPANESE_SUBJECT
    assert text == JAPANESE_BODY


@pytest.mark.parametrize("codec", JAPANESE_CODECS)
def test_an_unlabeled_japanese_notice_is_found(codec: str) -> None:
    raw = message(
        JAPANESE_SUBJECT.encode(codec), JAPANESE_BODY.encode(codec), "text/plain",
        sender="amazon.co.jp",
    )  # fmt: skip
    assert sniff.is_candidate(raw)
    assert triage.could_matter(raw)
    notice = analyze_message(raw)
    assert notice is not None
    assert (notice.language, notice.marketplace) == ("ja", "amazon.co.jp")
    assert notice.order_ids == ["249-1234567-1234567"]
    assert notice.cause.value == "inventory_shortage"


@pytest.mark.parametrize("codec", JAPANESE_CODECS)
def test_japanese_encoded_words_with_a_wrong_label_are_guessed(codec: str) -> None:
    word = encoded_word(JAPANESE_SUBJECT, codec, "B").replace(codec.encode(), b"utf-8")
    raw = message(word, b"body", "text/plain; charset=utf-8")
    assert parse_message(raw).subject == JAPANESE_SUBJECT


# Western text that a careless guess could read as Japanese: accents next to
# letters are valid Shift_JIS and EUC-JP byte pairs.
WESTERN = [
    "Größe",
    "Votre commande a été annulée. Désolé !",
    "Pedido cancelado: artículo agotado, lo siento mucho",
    "Ärger über Öfen, Übermaß",
    "ÀÉÎÕÜàéîõü çÇ ñÑ ßÿ",
]


@pytest.mark.parametrize("text", WESTERN)
@pytest.mark.parametrize("label", [None, "iso-8859-1", "utf-8"], ids=str)
def test_western_text_is_never_read_as_japanese(text: str, label: str | None) -> None:
    defects: list[str] = []
    assert decode_bytes(text.encode("cp1252"), label, defects) == text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Zażółć gęślą jaźń", "ISO-8859-2"),
        ("İptal edildi: ğışçöü “tırnak”…", "iso-8859-9"),
        ("تم إلغاء طلبك", "Windows-1256"),
        ("تم إلغاء طلبك", "iso-8859-6"),
        ("ご注文はキャンセルされました～①", "windows-31j"),
        ("ご注文はキャンセルされました", "x-euc-jp"),
    ],
    ids=["polish", "turkish", "arabic", "arabic-iso", "windows-31j", "x-euc-jp"],
)
def test_labels_read_as_mail_clients_read_them(text: str, label: str) -> None:
    codec = {
        "iso-8859-9": "cp1254", "windows-31j": "cp932", "x-euc-jp": "euc_jp",
    }.get(label, label)  # fmt: skip
    defects: list[str] = []
    assert decode_bytes(text.encode(codec), label, defects) == text
    assert defects == []


def test_an_html_part_labeled_only_in_its_meta_tag() -> None:
    html = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC_BODY}</p>'
    raw = message(b"x", html.encode("cp1256"), "text/html", sender="amazon.eg")
    assert parse_message(raw).text == ARABIC_BODY


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (POLISH_BODY, "utf-8"),
        (POLISH_BODY.replace("—", "-"), "iso-8859-2"),
        (TURKISH_BODY, "iso-8859-9"),
        (ARABIC_BODY, "windows-1256"),
        (JAPANESE_BODY, "shift_jis"),
        (JAPANESE_BODY, "euc-jp"),
    ],
    ids=["utf-8", "polish", "turkish", "arabic", "shift-jis", "euc-jp"],
)
def test_no_guessing_when_the_label_fits(
    text: str, label: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (A Western label on 8-bit bytes is the one label that is checked: it is
    # the one mail so often carries on UTF-8 or Japanese bytes.)
    from cancel_mail import charsets

    def no_guess(data: bytes) -> str | None:
        raise AssertionError("guessed although the label fits")

    monkeypatch.setattr(charsets, "_japanese", no_guess)
    codec = {"iso-8859-9": "cp1254"}.get(label, label)
    defects: list[str] = []
    assert decode_bytes(text.encode(codec), label, defects) == text
    assert defects == []
