"""Statements of cancellation in the languages of issue 11 (Dutch, Brazilian
Portuguese, Polish, Swedish, Turkish, Arabic): tenses, voices and subjects that
state one, and offers, warnings, negations and conditions that do not."""

from __future__ import annotations

import pytest

from cancel_mail import lang
from cancel_mail.statements import states_cancellation

STATES = {
    "nl": [
        "Je bestelling is geannuleerd.",
        "Uw bestelling 402-1234567-1234567 werd geannuleerd.",
        "We hebben je bestelling geannuleerd.",
        "Helaas hebben we je bestelling moeten annuleren.",
        "De verkoper heeft je bestelling geannuleerd.",
        "Wij annuleren je bestelling.",
        "Geannuleerde artikelen",
        "Reden van annulering: niet op voorraad",
        "Succesvol geannuleerd: je bestelling",
    ],
    "pt": [
        "Seu pedido foi cancelado.",
        "Os itens foram cancelados.",
        "Cancelamos seu pedido 701-1234567-1234567.",
        "O vendedor cancelou o seu pedido.",
        "Tivemos que cancelar o seu pedido.",
        "Seu pedido tem sido cancelado automaticamente.",
        "Itens cancelados",
        "Motivo do cancelamento: fora de estoque",
        "Cancelamento bem-sucedido do pedido",
    ],
    "pl": [
        "Twoje zamówienie zostało anulowane.",
        "Zamówienie 406-1234567-1234567 zostało już anulowane.",
        "Anulowaliśmy Twoje zamówienie.",
        "Niestety musieliśmy anulować Twoje zamówienie.",
        "Sprzedawca anulował Twoje zamówienie.",
        "Produkty zostały anulowane.",
        "Anulowane produkty",
        "Powód anulowania: brak w magazynie",
        "Pomyślne anulowanie zamówienia",
    ],
    "sv": [
        "Din beställning har annullerats.",
        "Tyvärr har vi annullerat din beställning.",
        "Vi har annullerat din beställning.",
        "Säljaren har avbrutit din beställning.",
        "Din beställning är avbruten.",
        "Vi var tvungna att annullera din beställning.",
        "Annullerade artiklar",
        "Orsak till annulleringen: slutsåld",
        "Annulleringen lyckades",
    ],
    "tr": [
        "Siparişiniz iptal edildi.",
        "SİPARİŞİNİZ İPTAL EDİLDİ",
        "Siparişiniz iptal edilmiştir.",
        "Siparişinizi iptal ettik.",
        "Satıcı siparişinizi iptal etti.",
        "Siparişinizi iptal etmek zorunda kaldık.",
        "İptal edilen ürünler",
        "İptal nedeni: stokta yok",
        "Başarıyla iptal edildi",
    ],
    "ar": [
        "نعتذر، فقد حدث خلل فني فلم نتمكن من إتمام طلبك وتم إلغاؤه.",
        "طلبك اتلغى بسبب مشكلة في الدفع.",
        "تم إلغاء طلبك.",
        "تمّ إلغاء طلبك رقم 171-1234567-1234567.",
        "لقد ألغينا طلبك.",
        "قمنا بإلغاء طلبك.",
        "قام البائع بإلغاء طلبك.",
        "اضطررنا إلى إلغاء طلبك.",
        "المنتجات الملغاة",
        "سبب الإلغاء: نفاد المخزون",
        "تم الإلغاء بنجاح",
    ],
}

SILENT = {
    "nl": [
        "Je kunt je bestelling annuleren zolang ze niet is verzonden.",
        "Je bestelling is niet geannuleerd.",
        "Je bestelling zal worden geannuleerd als we geen betaling ontvangen.",
        "Als je niet betaalt, wordt je bestelling geannuleerd.",
        "Indien de betaling mislukt, is je bestelling geannuleerd.",
    ],
    "pt": [
        "Você pode cancelar o pedido até o envio.",
        "Seu pedido não foi cancelado.",
        "Seu pedido será cancelado caso o pagamento não seja aprovado.",
        "Caso o pagamento não seja aprovado, o pedido é cancelado.",
        "Se não recebermos o pagamento, seu pedido foi cancelado automaticamente.",
    ],
    "pl": [
        "Czasem to Amazon anuluje zamówienie, np. gdy produkt przestał być dostępny.",
        "Jak anulować zamówienie na Amazon.pl (i co zrobić, gdy Amazon anuluje je sam)",
        "Możesz anulować zamówienie, dopóki nie zostało wysłane.",
        "Twoje zamówienie nie zostało anulowane.",
        "Twoje zamówienie zostanie anulowane, jeśli nie otrzymamy płatności.",
        "Jeśli nie otrzymamy płatności, zamówienie jest anulowane.",
    ],
    "sv": [
        "Du kan annullera beställningen tills den har skickats.",
        "Din beställning har inte annullerats.",
        "Din beställning kommer att annulleras om du inte betalar.",
        "Om du inte betalar har din beställning annullerats.",
    ],
    "tr": [
        "Siparişinizi kargoya verilene kadar iptal edebilirsiniz.",
        "Siparişiniz iptal edilmedi.",
        "Ödemeniz alınamazsa siparişiniz iptal edilecektir.",
        "Ödeme alınmaması durumunda siparişiniz iptal edilmiş olabilir.",
    ],
    "ar": [
        "يمكنك إلغاء طلبك من صفحة الطلبات.",
        "لم يتم إلغاء طلبك.",
        "سيتم إلغاء طلبك إذا لم يتم الدفع.",
        "إذا لم نستلم الدفع، تم إلغاء طلبك تلقائيًا.",
        "لإلغاء طلبك، تفضل بزيارة صفحة الطلبات.",
    ],
}


@pytest.mark.parametrize(
    ("code", "sentence"), [(code, s) for code, sentences in STATES.items() for s in sentences]
)
def test_states_a_cancellation(code: str, sentence: str) -> None:
    assert states_cancellation(sentence)


@pytest.mark.parametrize(
    ("code", "sentence"), [(code, s) for code, sentences in SILENT.items() for s in sentences]
)
def test_no_statement(code: str, sentence: str) -> None:
    assert not states_cancellation(sentence)


# Keys a language may leave out: the name Amazon in its own letters, scripts
# (Latin-script languages are told apart by stopwords), sentence marks beyond
# . ! ?, and spelled-out forward dates (Japanese clients write numbers).
OPTIONAL_KEYS = {
    "authenticity.brand_names",
    "authenticity.products",  # brand names, the same in every language
    "scripts",
    "shared_scripts",
    "sentence_ends",
    "sentence_start",
    "forward.date_formats",
    "forward.months",
}


def _keys(table: dict[str, object], prefix: str = "") -> set[str]:
    out: set[str] = set()
    for key, value in table.items():
        if isinstance(value, dict):
            out |= _keys(value, f"{prefix}{key}.")
        else:
            out.add(prefix + key)
    return out


@pytest.mark.parametrize("code", lang.CODES)
def test_every_language_file_has_every_key_the_others_have(code: str) -> None:
    every = set().union(*(_keys(language.data) for language in lang.LANGUAGES.values()))
    missing = every - OPTIONAL_KEYS - _keys(lang.LANGUAGES[code].data)
    assert sorted(missing) == []
