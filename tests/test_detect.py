"""detect_notice and order_signal: is it a cancellation notice, and its facts."""

from __future__ import annotations

import pytest

from cancel_mail.detect import detect_notice, order_signal
from cancel_mail.models import Cause, Link, ParsedMessage


def msg(
    subject: str,
    text: str,
    sender: str = "auto-confirm@amazon.com",
    name: str = "",
    links: tuple[str, ...] = (),
) -> ParsedMessage:
    return ParsedMessage(
        subject=subject,
        text=text,
        from_addr=sender,
        from_name=name or "Amazon",
        links=[Link(text="", href=h) for h in links],
    )


FOOTER = (
    "\n\nThis email was sent from a notification-only address that cannot accept incoming "
    "email. Amazon will never ask you for your password or payment information. If you "
    "notice unusual activity on your account, change your password."
)

NOTICES = [
    pytest.param(
        msg(
            "Your Amazon.com order #112-1234567-1234567 has been canceled",
            "Hello,\nWe're sorry. The item is no longer available, so your order has been "
            "canceled.\nCanceled Items\nAcme Kettle 1.7 l\nQuantity: 1" + FOOTER,
        ),
        "amazon.com",
        "en",
        ["112-1234567-1234567"],
        ["Acme Kettle 1.7 l"],
        "no longer available",
        id="en-subject-and-body",
    ),
    pytest.param(
        msg(
            "Information from Amazon.co.uk",
            "Hello,\nWe have cancelled your order 203-1111111-2222222 because we could not "
            "verify your payment." + FOOTER,
            sender="payments-messages@amazon.co.uk",
        ),
        "amazon.co.uk",
        "en",
        ["203-1111111-2222222"],
        [],
        "could not verify your payment",
        id="en-bulk-subject-statement-in-body",
    ),
    pytest.param(
        msg(
            "Ihre Amazon.de Bestellung #304-1234567-1234567 wurde storniert",
            "Guten Tag,\nleider ist der Artikel nicht mehr verfügbar. Wir haben Ihre Bestellung "
            "storniert.",
            sender="bestellbestaetigung@amazon.de",
        ),
        "amazon.de",
        "de",
        ["304-1234567-1234567"],
        [],
        "nicht mehr verfügbar",
        id="de",
    ),
    pytest.param(
        msg(
            "Votre commande Amazon.fr a été annulée",
            "Bonjour,\nnous avons annulé votre commande 405-1234567-1234567 car l'article "
            "n'est plus disponible.",
            sender="confirmation-commande@amazon.fr",
        ),
        "amazon.fr",
        "fr",
        ["405-1234567-1234567"],
        [],
        "n'est plus disponible",
        id="fr",
    ),
    pytest.param(
        msg(
            "Tu pedido de Amazon.es ha sido cancelado",
            "Hola:\nhemos cancelado tu pedido 406-1234567-1234567 porque el artículo ya no "
            "está disponible.",
            sender="confirmar-envio@amazon.es",
        ),
        "amazon.es",
        "es",
        ["406-1234567-1234567"],
        [],
        "ya no está disponible",
        id="es",
    ),
    pytest.param(
        msg(
            "Il tuo ordine Amazon.it è stato annullato",
            "Gentile cliente,\nabbiamo annullato il tuo ordine 171-1234567-1234567 perché "
            "l'articolo non è più disponibile.",
            sender="conferma-ordine@amazon.it",
        ),
        "amazon.it",
        "it",
        ["171-1234567-1234567"],
        [],
        "non è più disponibile",
        id="it",
    ),
    pytest.param(
        msg(
            "Amazon.co.jp ご注文のキャンセルのお知らせ",
            "お客様\n在庫切れのため、ご注文 249-1234567-1234567 をキャンセルいたしました。",
            sender="order-update@amazon.co.jp",
        ),
        "amazon.co.jp",
        "ja",
        ["249-1234567-1234567"],
        [],
        "在庫切れ",
        id="ja",
    ),
    pytest.param(
        msg(
            'Successful cancellation of "Kindle Book" from your Amazon.com order',
            "As you requested, we've canceled order D01-1234567-1234567." + FOOTER,
        ),
        "amazon.com",
        "en",
        ["D01-1234567-1234567"],
        ["Kindle Book"],
        "As you requested",
        id="digital-order-customer",
    ),
    pytest.param(
        msg(
            'Item cancelled successfully: "Echo Dot (5th Gen), Prime Day bundle"',
            "As requested, we've cancelled the item from your order 202-1234567-1234567.",
            sender="order-update@amazon.co.uk",
        ),
        "amazon.co.uk",
        "en",
        ["202-1234567-1234567"],
        ["Echo Dot (5th Gen), Prime Day bundle"],
        "As requested",
        id="item-title-mentions-prime",
    ),
    pytest.param(
        msg(
            "Your order has been cancelled",
            "Hello,\nYour order 250-1234567-1234567 has been cancelled.\n"
            "Seller's reason for cancellation: Out of stock",
            sender="marketplace-messages@amazon.com.au",
        ),
        "amazon.com.au",
        "en",
        ["250-1234567-1234567"],
        [],
        "Seller's reason for cancellation: Out of stock",
        id="seller-reason-line",
    ),
    pytest.param(
        msg(
            "Your order #701-1234567-1234567 has been canceled",
            "Your order has been canceled.",
            sender="x@amazon-verify.example",
            name="Amazon.ca",
            links=("https://www.amazon.ca/orders",),
        ),
        "amazon.ca",
        "en",
        ["701-1234567-1234567"],
        [],
        None,
        id="lookalike-sender-still-a-notice-authenticity-judges-it",
    ),
]


@pytest.mark.parametrize(
    ("message", "marketplace", "language", "order_ids", "items", "reason"), NOTICES
)
def test_notice_detected_with_facts(
    message: ParsedMessage,
    marketplace: str,
    language: str,
    order_ids: list[str],
    items: list[str],
    reason: str | None,
) -> None:
    fields = detect_notice(message)
    assert fields is not None
    assert fields.marketplace == marketplace
    assert fields.language == language
    assert fields.order_ids == order_ids
    for item in items:
        assert item in fields.items
    if reason is None:
        assert fields.reason_text is None
    else:
        assert fields.reason_text is not None and reason in fields.reason_text


NOT_NOTICES = [
    pytest.param(
        msg(
            "Your Amazon.co.uk order #203-1234567-1234567 has been dispatched",
            "Your order is on the way. You can cancel this order within 14 days of delivery.",
        ),
        id="shipping-notice-with-cancel-footer",
    ),
    pytest.param(
        msg(
            "Action required: payment for order 112-1234567-1234567",
            "If we don't receive a valid payment by 28 November, your order will be cancelled.",
            sender="payments-messages@amazon.com",
        ),
        id="payment-warning-only",
    ),
    pytest.param(
        msg(
            "Your Amazon Prime membership has been cancelled",
            "We've cancelled your Prime membership as you requested.",
        ),
        id="prime-membership",
    ),
    pytest.param(
        msg(
            "Your Subscribe & Save subscription has been cancelled",
            "Your subscription to Acme Coffee has been cancelled.",
        ),
        id="subscribe-and-save",
    ),
    pytest.param(
        msg(
            "Kindle Unlimited: your membership was cancelled",
            "Your Kindle Unlimited membership was cancelled.",
        ),
        id="kindle-unlimited",
    ),
    pytest.param(
        msg(
            "Order cancellation request from buyer",
            "Dear seller, the buyer has cancelled order 112-1234567-1234567. "
            "Log in to Seller Central to confirm.",
            sender="seller-notification@amazon.com",
        ),
        id="seller-central",
    ),
    pytest.param(
        msg(
            "Your refund for order 112-1234567-1234567",
            "We've processed your refund for the cancelled items.",
        ),
        id="refund",
    ),
    pytest.param(
        msg(
            "Your Walmart order was canceled",
            "We canceled order 2000111-22 because the item is out of stock.",
            sender="help@walmart.com",
            name="Walmart",
        ),
        id="other-retailer",
    ),
    pytest.param(
        msg(
            "ugh",
            "Amazon cancelled my order again, the item was out of stock!",
            sender="friend@example.org",
            name="Sam",
        ),
        id="personal-mail",
    ),
    pytest.param(
        msg(
            "Deals for you", "Shop the Amazon sale. Cancel anytime.", sender="store-news@amazon.com"
        ),
        id="marketing",
    ),
    pytest.param(
        msg(
            "Your order was cancelled",
            "Your order has been cancelled.",
            sender="noreply@ebay.com",
            name="eBay",
        ),
        id="no-amazon-at-all",
    ),
    pytest.param(
        msg(
            "my amazon order",
            "Amazon has cancelled my order 112-1234567-1234567, again.",
            sender="friend@example.org",
            name="Sam",
        ),
        id="personal-mail-with-order-id",
    ),
    pytest.param(
        msg(
            "Your cancellation request for order 112-1234567-1234567",
            "We've received your cancellation request and passed it to the seller.",
        ),
        id="cancellation-request-only-acknowledged",
    ),
    pytest.param(
        msg(
            "Zahlung für Bestellung 304-1234567-1234567",
            "Wenn wir keine gültige Zahlung erhalten, wird Ihre Bestellung storniert.",
            sender="payments-messages@amazon.de",
        ),
        id="de-payment-warning",
    ),
    pytest.param(
        msg(
            "Paiement de la commande 405-1234567-1234567",
            "Si nous ne recevons pas de paiement valide, votre commande sera annulée.",
            sender="payments-messages@amazon.fr",
        ),
        id="fr-payment-warning",
    ),
    pytest.param(
        msg(
            "お支払いについて 249-1234567-1234567",
            "お支払いが確認できない場合、ご注文のキャンセルとなります。",
            sender="payments-messages@amazon.co.jp",
        ),
        id="ja-payment-warning",
    ),
]


@pytest.mark.parametrize("message", NOT_NOTICES)
def test_not_a_notice(message: ParsedMessage) -> None:
    assert detect_notice(message) is None


CANCELLED_BY = [
    pytest.param("As you requested, we've cancelled your order.", "customer", id="customer"),
    pytest.param("The seller has cancelled your order.", "seller", id="seller"),
    pytest.param(
        "We've cancelled your order because the item is out of stock.", "amazon", id="amazon"
    ),
]


@pytest.mark.parametrize(("text", "who"), CANCELLED_BY)
def test_cancelled_by(text: str, who: str) -> None:
    fields = detect_notice(
        msg("Your Amazon.com order #112-1234567-1234567 has been canceled", text)
    )
    assert fields is not None and fields.cancelled_by == who


def test_reason_text_skips_footer_boilerplate() -> None:
    fields = detect_notice(
        msg(
            "Your Amazon.com order #112-1234567-1234567 has been canceled",
            "Your order has been canceled." + FOOTER,
        )
    )
    assert fields is not None and fields.reason_text is None


def test_order_ids_inside_links_are_not_order_ids() -> None:
    fields = detect_notice(
        msg(
            "Your Amazon.com order #112-1234567-1234567 has been canceled",
            "See <https://www.amazon.com/dp/B0/ref=143-7900164-1929561> for more.",
        )
    )
    assert fields is not None and fields.order_ids == ["112-1234567-1234567"]


SIGNALS = [
    pytest.param(
        msg(
            "Payment revision needed for order 112-1234567-1234567",
            "We were unable to process your payment. Please update your payment method.",
            sender="payments-messages@amazon.com",
        ),
        Cause.PAYMENT_ISSUE,
        id="payment-revision",
    ),
    pytest.param(
        msg(
            "Your Amazon.de account",
            "Ihr Konto wurde vorübergehend gesperrt. Bestellung 304-1234567-1234567 ist "
            "angehalten.",
            sender="kontoaktualisierung@amazon.de",
        ),
        Cause.FRAUD_PREVENTION,
        id="account-on-hold-de",
    ),
    # Wording no signal pattern holds: the cause model reads mail with news of
    # a delay or a supplier.
    pytest.param(
        msg(
            "Vertraging bij je bestelling #303-1234567-1234567",
            "Hallo,\n\nHet lukt ons op dit moment niet om het onderstaande artikel bij onze "
            "leverancier te verkrijgen, en we kunnen je nog geen nieuwe leverdatum geven.",
            sender="order-update@amazon.nl",
        ),
        Cause.INVENTORY_SHORTAGE,
        id="delay-at-supplier-nl",
    ),
]


@pytest.mark.parametrize(("message", "cause"), SIGNALS)
def test_order_signal(message: ParsedMessage, cause: Cause) -> None:
    assert detect_notice(message) is None
    signal = order_signal(message, "mail/x.eml")
    assert signal is not None
    assert signal.cause is cause and signal.source == "mail/x.eml" and signal.order_ids


NO_SIGNAL = [
    pytest.param(
        msg("Delivered: order 112-1234567-1234567", "Your package was delivered."), id="delivery"
    ),
    pytest.param(
        msg(
            "Payment revision needed for order 112-1234567-1234567",
            "We were unable to process your payment.",
            sender="x@phish.example",
            name="Amazon",
        ),
        id="not-from-amazon-domain",
    ),
    pytest.param(
        msg("Your account", "Please verify your account.", sender="account-update@amazon.com"),
        id="no-order-id",
    ),
    pytest.param(
        msg(
            "Delayed: order 112-1234567-1234567",
            "Your package is delayed by one day. It is now arriving on Friday.",
            sender="shipment-tracking@amazon.com",
        ),
        id="a-delayed-parcel-is-no-cause",
    ),
]


@pytest.mark.parametrize("message", NO_SIGNAL)
def test_no_order_signal(message: ParsedMessage) -> None:
    assert order_signal(message, "x") is None


@pytest.mark.parametrize(
    "message",
    [
        pytest.param(
            msg(
                "La fascia oraria di consegna per il tuo ordine 028-1608487-3250164 "
                "è stata annullata",
                "Il tuo ordine resta valido: scegli una nuova fascia oraria.",
                sender="consegne@amazon.it",
            ),
            id="delivery-window-named-before-the-order",
        ),
        pytest.param(
            msg(
                "Se ha cancelado tu cita de instalación",
                "El profesional no podrá acudir a la cita de instalación de tu pedido "
                "402-1234567-1234567, por lo que esta cita se ha cancelado.",
                sender="instalacion@amazon.es",
            ),
            id="installation-appointment",
        ),
        pytest.param(
            msg(
                "Your Amazon Home Services appointment has been canceled",
                "We've canceled this appointment and you have not been charged for the "
                "service. Your order 112-1234567-1234567 is not affected.",
                sender="home-services@amazon.com",
            ),
            id="service-appointment",
        ),
        pytest.param(
            msg(
                "Se ha cancelado la recogida de tu devolución",
                "La recogida de tu devolución del pedido 402-1234567-1234567 se ha cancelado "
                "porque el transportista no tiene disponibilidad en tu zona.",
                sender="devoluciones@amazon.es",
            ),
            id="return-pickup",
        ),
        pytest.param(
            msg(
                "Amazonフレッシュ：配送時間帯がキャンセルされました",
                "誠に申し訳ございませんが、ご注文 503-1234567-1234567 の"
                "配送枠はキャンセルとなりました。",
                sender="fresh@amazon.co.jp",
            ),
            id="delivery-slot-ja",
        ),
        pytest.param(
            msg(
                "お届け日時の指定が取り消されました",
                "ご注文 503-1234567-1234567 のお届け日時指定は、配送状況の都合により"
                "取り消されました。ご注文自体はキャンセルされていません。",
                sender="shipment-tracking@amazon.co.jp",
            ),
            # Japanese names the order first: "the order's delivery time".
            id="delivery-time-of-the-order-ja",
        ),
        pytest.param(
            msg(
                "お届け・設置日時の予約がキャンセルされました",
                "ご注文の冷蔵庫の配送・設置について、ご予約いただいていた9:00〜12:00の"
                "時間帯は、配送業者の都合によりキャンセルとなりました。",
                sender="shipment-tracking@amazon.co.jp",
            ),
            # The thing cancelled is the topic (は) of the sentence: the time window.
            id="installation-time-window-ja",
        ),
    ],
)
def test_an_appointment_is_no_order(message: ParsedMessage) -> None:
    assert detect_notice(message) is None


# The order named first, in passing (after a preposition, in the genitive),
# and the appointment or delivery window after it is what was cancelled.
ORDER_IN_PASSING = [
    "For your order 112-1234567-1234567, the installation appointment has been cancelled.",
    "Für Ihre Bestellung 303-1234567-1234567 wurde der Liefertermin storniert.",
    "Pour votre commande 402-1234567-1234567, le créneau de livraison a été annulé.",
    "Para tu pedido 402-1234567-1234567, la franja de entrega ha sido cancelada.",
    "Para o seu pedido 701-1234567-1234567, o agendamento da entrega foi cancelado.",
    "Per il tuo ordine 403-1234567-1234567, la fascia oraria di consegna è stata annullata.",
    "Dla Twojego zamówienia 405-1234567-1234567 termin dostawy został anulowany.",
    "403-1234567-1234567 numaralı siparişinizin teslimat randevusu iptal edildi.",
    "ご注文 503-1234567-1234567 の配達日時の指定はキャンセルされました。",
]


@pytest.mark.parametrize("sentence", ORDER_IN_PASSING)
def test_an_appointment_of_an_order_named_in_passing_is_no_order(sentence: str) -> None:
    assert detect_notice(msg("Update", sentence, sender="shipment-tracking@amazon.de")) is None


def test_an_order_named_first_is_the_order() -> None:
    message = msg(
        "Your Amazon.com order 112-1234567-1234567 has been cancelled",
        "Your order of Prime Video gift cards has been cancelled.",
    )
    assert detect_notice(message) is not None


def test_a_cancelled_items_heading_under_a_conditional_warning_is_no_notice() -> None:
    reminder = msg(
        "Action required: payment revision for order 112-1234567-1234567",
        "Your bank declined the payment.\n\n"
        "If we don't receive an update by 21 October, your order will be cancelled.\n\n"
        "Cancelled items\n\nTefal pan set\nQuantity: 1",
        sender="payments-messages@amazon.com",
    )
    assert detect_notice(reminder) is None
    notice = msg(
        "Your order 112-1234567-1234567",
        "We had to cancel your order.\n\nCancelled items\n\nTefal pan set\nQuantity: 1",
    )
    assert detect_notice(notice) is not None


def test_a_warning_about_a_pending_charge_leaves_the_cancelled_items_heading_a_notice() -> None:
    # The condition is about money on the card, not the order.
    notice = msg(
        "Your order 112-1234567-1234567",
        "Cancelled items\n\nTefal pan set\nQuantity: 1\n\n"
        "If a pending charge shows on your card, it will be cancelled within a few days.",
    )
    assert detect_notice(notice) is not None
