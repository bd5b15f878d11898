"""Which sentence of a notice is its reason: reason.reason_text picks it, and
leaves out what only looks like one (money lines, questions, product titles)."""

from __future__ import annotations

import pytest

from cancel_mail.reason import fragment, reason_text

STATEMENT = {
    "en": "Your order 112-1234567-1234567 has been cancelled.",
    "pl": "Twoje zamówienie 403-1234567-1234567 zostało anulowane.",
    "tr": "403-1234567-1234567 numaralı siparişiniz iptal edildi.",
    "sv": "Din beställning 402-1234567-1234567 har avbrutits.",
}


@pytest.mark.parametrize(
    ("language", "money_line"),
    [
        ("pl", "Płatność nie została pobrana."),
        ("tr", "İptal edilen ürünler için ödeme alınmadı."),
        ("tr", "Kartınızdan tahsilat yapılmadı."),
        ("sv", "Du har inte debiterats för den här beställningen."),
        ("en", "No payment was collected for the cancelled items."),
        ("en", "Your payment method has not been charged."),
    ],
)
def test_a_line_saying_nothing_was_charged_is_no_reason(language: str, money_line: str) -> None:
    body = f"{STATEMENT[language]}\n\n{money_line}\n"
    assert reason_text(body, [STATEMENT[language]], language) is None


def test_a_money_line_that_gives_the_reason_too_stays_the_reason() -> None:
    line = "Your payment was declined, so you have not been charged."
    body = f"{STATEMENT['en']}\n\n{line}\n"
    assert reason_text(body, [STATEMENT["en"]], "en") == line


@pytest.mark.parametrize(
    "text",
    [
        "Still have questions about payments or account security?",
        "Vragen over betalingen, retourzendingen of de beveiliging van uw account?",
        "Karty do gry Piatnik Bridge, 2 talie",
        "Canon EOS R50 systemkamera med RF-S 18-45 mm",
    ],
)
def test_questions_and_product_titles_are_no_sentences_to_read(text: str) -> None:
    assert fragment(text)


def test_a_japanese_sentence_around_a_model_number_is_a_sentence() -> None:
    assert not fragment(
        "ご注文いただいた「パナソニック ドライヤー EH-NA0J」について、"
        "ご注文時に表示されていた価格に誤りがありました。"
    )


def test_the_first_sentence_to_give_the_reason_is_the_reason() -> None:
    first = "The items below are no longer available and have been canceled from your order."
    body = f"Hello Jordan,\n\n{first} We're sorry we could not fill this part of your order.\n"
    assert reason_text(body, [first], "en") == first
