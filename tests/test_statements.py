"""Which sentences state a cancellation: any tense, voice and subject; a guard
word vetoes only its own clause (and a conditional the clause it governs)."""

from __future__ import annotations

import pytest

from cancel_mail import analyze_message
from cancel_mail.sentences import unquoted
from cancel_mail.statements import consequence, states_cancellation

STATES = [
    "We're cancelling your order 112-1234567-1234567.",
    "We are cancelling orders placed for this item.",
    "The seller cancelled your order.",
    "Amazon cancelled your order because the item is unavailable.",
    "Amazon has decided to cancel your order.",
    "Your order has been cancelled and refunded.",
    "Your order was canceled.",
    "We had to cancel the following items.",
    "Order #112-1234567-1234567 cancelled",
    "Cancelled: your Amazon.com order",
    "Your order is being cancelled.",
    "We've cancelled your order, and if you wish, you may place it again.",
    "If you have questions, contact us; we have cancelled your order.",
    "Ihre Bestellung wurde storniert.",
    "Wir stornieren Ihre Bestellung.",
    "Nous avons annulé votre commande.",
    "Votre commande a bien été annulée.",
    "Hemos cancelado tu pedido.",
    "El vendedor canceló tu pedido.",
    "Abbiamo annullato il tuo ordine.",
    "Il venditore ha annullato l'ordine.",
    "ご注文はキャンセルされました。",
    # A guard word guards only in its own language: the Italian and Portuguese
    # "se" (if) is the Spanish reflexive "se".
    "Tu pedido se canceló.",
    "El pedido se ha cancelado.",
    "Tu cuenta fue bloqueada y el pedido 701-33991-22 se canceló por actividad sospechosa.",
    "Por precaução, bloqueamos a conta e cancelamos o pedido que estava em aberto.",
    "تم إيقاف الحساب وإلغاء طلبك الأخير.",
    "Din förbeställning kan inte fullföljas, och vi har strukit den.",
    "Vi har därför avbrutit beställningen.",
    "Status: GEANNULEERD",
    "注文はキャンセルされた。",
    "Lo hemos cancelado; si llegó a realizarse algún cargo, te lo reembolsaremos.",
    "Nos vemos obligados a cancelar tu pedido.",
    "Amazon siparişiniz iptal oldu.",
    # Typed without diacritics, as crude phishing often is.
    "Panstwa zamowienie w sklepie Amazon zostalo anulowane.",
    "SIPARISINIZ IPTAL EDILDI !!!",
    # Shapes from blind batch P (spent).
    "Twoje zamówienie zostało przez nas anulowane.",
    "Amazon zdecydował się anulować Twoje zamówienie na poniższy produkt.",
    "Ön siparişinizi karşılayamıyoruz ve bu nedenle iptal ediyoruz.",
    "Amazon, 403-0372264-7022411 numaralı siparişinizi iptal etmeye karar verdi.",
    "Talebiniz doğrultusunda siparişinizi iptal ettim.",
    "نود إبلاغك بأن طلبك رقم 408-4398035-1592974 قد تم إلغاؤه.",
    "كما طلبتِ، قمتُ بإلغاء طلبك.",
    "Nous avons donc annulé cet article de votre commande.",
    "O cancelamento da sua compra foi realizado com sucesso.",
    # Shapes from blind batch Q (spent).
    "Você acabou de cancelar o pedido #702-0935705-5091198.",
    "Status: CANCELADO",
    "Siparişinizi iptal etmek zorunda kaldığımızı bildirmek isteriz.",
    "Anulowana przedsprzedaż",
    "Conferma annullamento ordine #408-2291736-5518320",
    # Arabic vowel marks, written or not.
    "تمَّ إلغاءُ طلبك.",
    # Shapes from blind batch K (spent).
    "Din betalning kunde inte genomföras och din order har därför avbrutits.",
    "För att skydda dig har vi tillfälligt spärrat kontot och avbrutit din pågående beställning.",
    # From blind batch L (spent): the joined "و" before "تم".
    "تم إيقاف حسابك مؤقتاً، وتم إلغاء جميع طلباتك قيد المعالجة.",
    # From blind batch S (spent): the Dutch anglicism.
    "Je Amazon bestelling is gecanceld.",
]

SILENT = [
    "You can cancel your order within 30 minutes.",
    "Your order will be cancelled if we do not receive payment.",
    "If we don't hear from you by Friday, your order is cancelled.",
    "Please update your payment method, or the order will be canceled.",
    "Your order has not been cancelled.",
    "Your order hasn't been cancelled yet.",
    "Unless you update your card, the order is cancelled on Monday.",
    "To avoid having your order cancelled, update your payment.",
    "Ihre Bestellung wird storniert, wenn wir keine Zahlung erhalten.",
    "Falls keine Zahlung eingeht, wird die Bestellung storniert.",
    "Votre commande sera annulée si le paiement échoue.",
    "Si no recibimos el pago, tu pedido será cancelado.",
    "Se il pagamento non va a buon fine, l'ordine sarà annullato.",
    "お支払いが確認できない場合、ご注文はキャンセルされます。",
    "ご注文はキャンセルされていません。",
    "Se não recebermos o pagamento, seu pedido foi cancelado automaticamente.",
    "Vi kommer att makulera ordern om du inte betalar.",
    # "To avoid" guards in every language, as "to avoid having your order cancelled".
    "Pour éviter l'annulation de votre commande, veuillez mettre à jour vos informations.",
    "Per evitare che l'ordine venga annullato, aggiorna il metodo di pagamento.",
    "Um eine Stornierung zu vermeiden, aktualisieren Sie bitte Ihre Zahlungsart.",
    "Lukt dat niet, dan moeten we de bestelling annuleren.",
    "Kijk bij Je bestellingen of er echt iets is geannuleerd.",
    # A statement in quotation marks is reported, not made.
    "Scam alert: 'Your Amazon order has been cancelled' emails",
    'Fake "Your order has been cancelled" mails are back.',
    "キャンセルされた注文の詳細については、ヘルプページをご確認ください。",
    # A guard after the statement ("om ... te voorkomen": to avoid ...).
    "Werk je betaalgegevens bij vóór 8 april om annulering van je bestelling te voorkomen.",
    "Siparişinizin iptal edilmesini önlemek için ödeme bilginizi güncelleyin.",
    # Help lines name cancelled orders in general.
    "Mer information om avbrutna beställningar finns i Hjälp: Hjälp och kundtjänst",
    "Learn more about cancelled orders in Help.",
    "İptal edilen siparişler hakkında daha fazla bilgi için Yardım sayfasına bakın.",
    # What other mail claims, reported: an aside in brackets does not end the clause.
    "The message claims a big-ticket order (a laptop or a phone) was cancelled.",
    "تدّعي هذه الرسائل أن طلبك أُلغي بسبب مشكلة في الدفع.",
    # Without diacritics the German "würde" (would) is "wurde" (was): a guard
    # word must match as it is spelled.
    "Ihre Bestellung würde storniert, falls die Zahlung fehlschlägt.",
    # Dutch puts the condition first, without "als": "Receive we no payment, then ...".
    "Ontvangen we tegen dan geen geldige betaalmethode, dan wordt je bestelling geannuleerd.",
    # Swedish quotes open with ” as well as close with it.
    "Veckans bluff: ”Din Amazon.se-beställning har annullerats”",
    # Reported speech: the German subjunctive, and mail called fake.
    "Die Mails behaupten, eine teure Bestellung sei wegen eines Zahlungsproblems storniert worden.",
    "Varning: falska mejl om att din Amazon-beställning har annullerats",
    "Beware of fake emails saying your Amazon order was cancelled.",
    "In de mail staat dat je bestelling is geannuleerd omdat de betaling niet gelukt is.",
    # A guard written with a shadda is the same guard ("to avoid").
    "تذكير: يُرجى تحديث وسيلة الدفع لتجنّب إلغاء طلبك",
]


@pytest.mark.parametrize("sentence", STATES)
def test_states_a_cancellation(sentence: str) -> None:
    assert states_cancellation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # A word or an aside between the auxiliary and the participle.
        "Abbiamo quindi annullato il tuo ordine.",
        "Il venditore ha purtroppo annullato il tuo ordine.",
        "Seu pedido foi, portanto, cancelado.",
        "Tu pedido ha sido, lamentablemente, cancelado.",
        "Articolo annullato",
        # Phishing's grammar.
        "Your amazon order has been cancel !!",
    ],
)
def test_an_aside_inside_the_statement_leaves_it_a_statement(sentence: str) -> None:
    assert states_cancellation(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If we do not hear from you by Friday, your order is cancelled.",
        "Otherwise, your order is cancelled.",
        "Your order is cancelled if you do not reply.",
        "Sinon, votre commande est annulée.",
        "Als u niet betaalt, wordt uw bestelling geannuleerd.",
    ],
)
def test_a_statement_made_the_consequence_of_a_condition_is_a_threat(sentence: str) -> None:
    assert not states_cancellation(sentence)
    assert consequence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The condition in the statement's own clause: a hypothesis.
        "If your order was cancelled, the refund takes three days.",
        # Denied.
        "If you paid, your order has not been cancelled.",
        # News.
        "Your order has been cancelled.",
    ],
)
def test_no_consequence(sentence: str) -> None:
    assert not consequence(sentence)


def test_a_guard_spelled_with_its_diacritics_guards_only_so() -> None:
    # "wurde" (was) is no "würde" (would): the statement stands.
    assert states_cancellation("Ihre Bestellung wurde storniert.")


@pytest.mark.parametrize("sentence", SILENT)
def test_no_statement(sentence: str) -> None:
    assert not states_cancellation(unquoted(sentence))


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: me@example.org\r\nSubject: {subject}\r\n"
        "Date: Mon, 2 Nov 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def test_inline_forward_whose_from_line_has_only_a_display_name() -> None:
    raw = _mail(
        "Jane <jane@example.org>",
        "Fwd: Your order",
        "look at this\r\n\r\n---------- Forwarded message ---------\r\nFrom: Amazon.com\r\n"
        "Subject: Your Amazon.com order #112-1234567-1234567 has been canceled\r\n\r\n"
        "We're cancelling your order 112-1234567-1234567.",
    )
    notice = analyze_message(raw)
    assert notice is not None and notice.order_ids == ["112-1234567-1234567"]


def test_bulk_information_mail() -> None:
    raw = _mail(
        '"Amazon.com" <no-reply@amazon.com>',
        "Information from Amazon about your order",
        "We are contacting you about your order 114-7654321-7654321.\r\n"
        "We are cancelling orders placed for this item.",
    )
    assert analyze_message(raw) is not None


@pytest.mark.parametrize(
    "subject",
    [
        "Your Amazon.com order #112-1234567-1234567 has been cancelled and refunded",
        "Amazon cancelled your order #112-1234567-1234567",
    ],
)
def test_subjects_read_as_cancellations(subject: str) -> None:
    raw = _mail("Amazon.com <order-update@amazon.com>", subject, "Hello, see your orders.")
    assert analyze_message(raw) is not None


def test_a_refund_subject_about_a_cancelled_order_is_no_notice() -> None:
    raw = _mail(
        "Amazon.com <return@amazon.com>",
        "Refund for your cancelled order #112-1234567-1234567",
        "Your refund has been issued. Your order was cancelled.",
    )
    assert analyze_message(raw) is None


def test_a_hard_wrapped_sentence_is_one_sentence() -> None:
    from cancel_mail.sentences import split

    text = (
        "Het is geen probleem dat door ons is veroorzaakt, en het is geen probleem\n"
        "met je betaling: je kaart is niet geweigerd.\n"
        "Aantal: 1\n"
        "Prijs: 3,00\n"
    )
    assert split(text) == [
        "Het is geen probleem dat door ons is veroorzaakt, en het is geen probleem "
        "met je betaling: je kaart is niet geweigerd.",
        "Aantal: 1",
        "Prijs: 3,00",
    ]
