"""lookalike.py: cancellations claimed in Amazon's name that detection turns down.

Each message is written here as raw mail and goes through the whole pipeline
(``analyze_message``), the cheap passes (sniff, triage) and the report, which is
what a user runs. The fixture groups lookalike/ and near-miss/ are checked in
test_authenticity_fixtures.py.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest

from cancel_mail import analyze_message, lookalike, scan_path, sniff, triage
from cancel_mail.models import Verdict

DMARC_PASS = (
    "mx.google.com; dkim=pass header.i=@amazon.com header.s=yg4m header.b=Xc2f; "
    "spf=pass smtp.mailfrom=0100019a@bounces.amazon.com; "
    "dmarc=pass (p=QUARANTINE) header.from=amazon.com"
)


def mail(
    name: str,
    addr: str,
    subject: str,
    body: str,
    *,
    html: str | None = None,
    auth: str | None = None,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    if auth:
        msg["Authentication-Results"] = auth
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = "robin@example.net"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 10 Nov 2025 07:03:00 +0000"
    msg["Message-ID"] = f"<{abs(hash((name, subject))) % 10**12}@example.net>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes()


# The four mails of issue 12, which were not reported at all before.
ISSUE_12 = {
    "billingpayment-malformed-number": mail(
        "Amazon Orders",
        "no-reply_billingpayment@secure-mail.com",
        "Amazon Purchase Update: Order #113-093551-28451 canceled",
        "Your order #113-093551-28451 was canceled due to a payment problem. If you did "
        "not make this order, call us now at +1 818 555 0147.",
    ),
    "gmail-card-details": mail(
        "Amazon Customer Service",
        "amazon.help.desk@gmail.com",
        "Order Cancelled - Action Required",
        "your order has been canceled due to a problem with your payment. Please confirm "
        "your card details by replying to this email.",
    ),
    "security-alerts-domain": mail(
        "Amazon.com",
        "account-update@amazon-security-alerts.net",
        "Your Amazon order was canceled - suspicious activity",
        "We have placed a hold on your account and canceled your order due to suspicious "
        "activity. Click below to verify.",
    ),
    "help-center-sg": mail(
        "Amazon Help Center",
        "help@service-center.com.sg",
        "[ACTION REQUEST] You have been red flagged for violating our terms",
        "Your recent order on AMAZON.COM has been canceled due to fraudulent activity. "
        "Your account has been suspended. Use the provided security code 4411 to unlock it.",
    ),
}


@pytest.mark.parametrize("raw", ISSUE_12.values(), ids=ISSUE_12.keys())
def test_issue_12_mails_are_reported_as_suspicious(raw: bytes) -> None:
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS
    # Detection may find some of them itself now; either way, with reasons.
    reasons = [r for r in notice.authenticity.reasons if not r.startswith("claims in Amazon")]
    assert reasons
    assert notice.reason_text  # the claim itself, for the report to quote
    assert sniff.is_candidate(raw)
    assert triage.could_matter(raw)


# Crude look-alikes typed without diacritics (blind batch H): the claim is read
# as if they were there.
NO_DIACRITICS = {
    "no-diacritics-pl": mail(
        "Amazon",
        "amazon.pl.zwroty@yahoo.com",
        "Zamowienie anulowane - odbierz zwrot pieniedzy",
        "Panstwa zamowienie w sklepie Amazon zostalo anulowane. Zwrot pieniedzy czeka na "
        "odbior: https://zwrot-amazon.pl-odbior.site/bank",
    ),
    "no-diacritics-tr": mail(
        "Amazon Destek",
        "amazon.siparis.tr@hotmail.com",
        "SIPARISINIZ IPTAL EDILDI !!!",
        "Odemeniz alinamadigi icin siparisiniz iptal olmustur. Kart numaranizi yazarak "
        "cevap veriniz.",
    ),
}


@pytest.mark.parametrize("raw", NO_DIACRITICS.values(), ids=NO_DIACRITICS.keys())
def test_a_claim_typed_without_diacritics_is_reported(raw: bytes) -> None:
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS
    assert triage.could_matter(raw)


def test_malformed_order_number_is_named_and_not_taken_for_an_order_id() -> None:
    notice = analyze_message(ISSUE_12["billingpayment-malformed-number"])
    assert notice is not None
    assert notice.order_ids == []
    reasons = " ".join(notice.authenticity.reasons)
    assert "113-093551-28451 does not have Amazon's 3-7-7 digit shape" in reasons
    assert "asks you to call +1 818 555 0147" in reasons


THREATS = {
    "en": "Your order will be cancelled unless you verify your account within 24 hours.",
    "de": "Ihre Bestellung wird storniert, wenn Sie Ihre Daten nicht bestätigen.",
    "fr": "Votre commande sera annulée si vous ne confirmez pas vos informations.",
    "es": "Tu pedido será cancelado si no verificas tu cuenta.",
    "it": "Il tuo ordine verrà annullato se non confermi i tuoi dati.",
    "ja": "お支払い情報を確認しない場合、ご注文はキャンセルされます。",
}


@pytest.mark.parametrize("sentence", THREATS.values(), ids=THREATS.keys())
def test_threat_from_a_homoglyph_sender_is_reported_in_every_language(sentence: str) -> None:
    # No "amazon" in plain letters anywhere: the Cyrillic А of the display name
    # is all that presents the mail as Amazon's, and the subject says nothing.
    raw = mail("\u0410mazon", "notice@account-mailer.co", "Notice", sentence)
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS
    reasons = notice.authenticity.reasons
    assert "about to be cancelled" in reasons[0]
    assert any(r.startswith("threatens to cancel the order") for r in reasons), reasons
    assert sniff.is_candidate(raw)
    assert triage.could_matter(raw)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Amazon.com", True),
        ("\u0410mazon.com", True),  # Cyrillic А
        ("Amaz\u03bfn", True),  # Greek omicron
        ("orders@amaz0n-orders.com", True),
        ("pedidos@arnazon.es", True),
        ("Ama\u200bzon", True),
        ("Ama zon", True),
        ("アマゾン カスタマーサービス", True),
        ("billing@amzn-support.com", True),
        ("Panama zone tours", False),
        ("I am a zone manager", False),
        ("Amazing Deals <deals@amazingdeals.com>", False),
        ("eBay <ebay@ebay.com>", False),
    ],
)
def test_names_amazon(text: str, named: bool) -> None:
    assert lookalike.names_amazon(text) is named


def test_subject_alone_claims_for_a_sender_posing_as_amazon() -> None:
    raw = mail(
        "\u0410mazon Service",
        "service@account-review.example",
        "Order Cancelled - Action Required",
        "Please review your account details.",
    )
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS


@pytest.mark.parametrize(
    "href", ["https://amazon-order-review.com/r", "https://amazon-review.s3.amazonaws.com/r"]
)
def test_a_link_to_a_look_alike_host_presents_the_mail_as_amazons(href: str) -> None:
    raw = mail(
        "Order Desk",
        "desk@order-desk.example",
        "Order update",
        "Your order has been cancelled.",
        html='<p>Your order has been cancelled.</p>'
        f'<p><a href="{href}">Review</a></p>',
    )
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS
    assert f"a link to {href.split('/')[2]}" in notice.authenticity.reasons[0]
    assert sniff.is_candidate(raw)
    assert triage.could_matter(raw)


SILENT = {
    "other-retailer-mentions-amazon": mail(
        "eBay",
        "ebay@ebay.com",
        "Your eBay order has been cancelled",
        "Your order 27-11843-99012 has been cancelled by the seller. Compare prices on "
        "Amazon before you order again.",
    ),
    "other-retailer-paid-with-amazon-pay": mail(
        "Zalando",
        "service@zalando.de",
        "Deine Bestellung wurde storniert",
        "Deine Bestellung 10203040506 wurde storniert. Du hattest mit Amazon Pay bezahlt.",
    ),
    "shop-order-paid-with-amazon-pay": mail(
        "Kitchen Corner",
        "orders@kitchencorner.example",
        "Your order has been cancelled",
        "Your order KC-10442, paid with Amazon Pay, has been cancelled because the kettle "
        "is out of stock. Shop with Amazon Pay again any time.",
    ),
    "amazon-company-on-its-own-domain": mail(
        "Audible",
        "orders@audible.example",
        "Your order has been cancelled",
        "Your order has been cancelled as you requested. Sign in with your Amazon account "
        "to see your library.",
    ),
    "shop-links-to-amazon-itself": mail(
        "Kitchen Corner",
        "orders@kitchencorner.example",
        "Your order has been cancelled",
        "Your order KC-10443 has been cancelled: the kettle is out of stock.",
        html="<p>Your order KC-10443 has been cancelled: the kettle is out of stock.</p>"
        '<p><a href="https://www.amazon.com/dp/B0C1234567">See it elsewhere</a></p>',
    ),
    "shop-invoice-on-amazons-cloud": mail(
        "Kitchen Corner",
        "orders@kitchencorner.example",
        "Your order has been cancelled",
        "Your order KC-10444 has been cancelled.",
        html="<p>Your order KC-10444 has been cancelled.</p>"
        '<p><a href="https://kitchencorner.s3.amazonaws.com/invoices/KC-10444.pdf">'
        "Credit note</a></p>",
    ),
    "friend-cancelled-own-order": mail(
        "Sam Meyer",
        "sam.meyer@gmail.com",
        "I cancelled my Amazon order",
        "I cancelled my Amazon order for the lamp, it was taking forever.",
    ),
    "newsletter-quotes-a-notice": mail(
        "The Savvy Shopper",
        "news@savvyshopper.example",
        "Why Amazon cancels orders",
        "Readers ask about emails from Amazon that say \u201cYour order has been "
        "canceled\u201d. Here are the usual reasons.",
    ),
    "prime-membership-on-a-look-alike": mail(
        "Amazon Prime",
        "prime@prime-renewal.example",
        "Your Prime membership has been cancelled",
        "Your Prime membership has been cancelled. Renew it now.",
    ),
    "amazon-reminder-with-proof": mail(
        "Amazon.com",
        "payments-messages@amazon.com",
        "Payment needed for order 114-1234567-7654321",
        "If your card number has changed, update it in Your Account. If we do not "
        "receive a valid payment by 20 November, your order will be cancelled.",
        auth=DMARC_PASS,
    ),
    "amazon-reminder-without-auth-headers": mail(
        "Amazon.com",
        "payments-messages@amazon.com",
        "Payment needed for order 114-1234567-7654321",
        "We couldn't charge your card for order 114-1234567-7654321. If we do not "
        "receive a valid payment by 20 November, your order will be cancelled.",
    ),
    "newsletter-subject-without-a-reader": mail(
        "Deals Digest",
        "digest@dealsdigest.example",
        "Amazon orders cancelled this week: what to know",
        "This week many readers saw orders on big marketplaces cancelled.",
    ),
    "threat-negated": mail(
        "Amazon Support",
        "support@amzn-help.example",
        "About your order",
        "Your order will not be cancelled; it ships tomorrow.",
    ),
    "other-retailer-sells-an-amazon-device": mail(
        "eBay",
        "ebay@ebay.com",
        "Your order was cancelled: Amazon Kindle Paperwhite (11th Generation)",
        "Your order was cancelled by the seller. Reason: Out of stock",
    ),
    "newsletter-cites-a-subject-ja": mail(
        "ネットあんしん研究会",
        "mag@net-anshin.example.or.jp",
        "セキュリティ通信：Amazonを装う「注文キャンセル」メールに注意",
        "今月の注意喚起です。\n件名：【Amazon】ご注文がキャンセルされました（お支払い情報の確認が必要です）\n"
        "本物の注文キャンセルは注文履歴にも表示されます。",
    ),
    "shop-links-to-amazon-pay": mail(
        "Kitchen Corner",
        "orders@kitchencorner.example",
        "Your order has been cancelled",
        "Your order KC-10445 has been cancelled: the kettle is out of stock.",
        html="<p>Your order KC-10445 has been cancelled: the kettle is out of stock.</p>"
        '<p>Refunded to <a href="https://pay.amazon.com/">pay.amazon.com</a></p>',
    ),
    "newsletter-whose-subject-warns-of-phishing": mail(
        "Veilig Online",
        "nieuwsbrief@veiligonline-nieuws.example",
        "Let op: nep-mails over geannuleerde Amazon-bestellingen",
        "Deze week kregen we meldingen over een e-mail van Amazon. Je Amazon-bestelling is "
        "geannuleerd omdat de betaling niet gelukt is, staat erin. Klik niet.",
    ),
    "colleague-cancelled-own-order-ja": mail(
        "中村 亮",
        "nakamura@tokiwa-design.example.jp",
        "Re: 備品の発注について",
        "先ほどのモニターアームの件、Amazonで注文していた分（注文番号 250-4471125-9038816）は"
        "キャンセルしました。",
    ),
    "threat-negated-de": mail(
        "Amazon Support",
        "support@amzn-help.example",
        "Ihre Bestellung",
        "Ihre Bestellung wird nicht storniert, sie wird morgen versandt.",
    ),
}


@pytest.mark.parametrize("raw", SILENT.values(), ids=SILENT.keys())
def test_mail_that_is_no_claim_in_amazons_name_stays_silent(raw: bytes) -> None:
    assert analyze_message(raw) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Your order is pending cancellation until you confirm your details.",
        "We will automatically cancel your order tomorrow.",
        "Votre commande risque d'être annulée.",
        "Tu pedido se cancelará mañana si no confirmas tus datos.",
        "ご注文は本日中にキャンセルさせていただきます。",
        "お客様の住所が不完全であるため、あなたの注文はキャンセルされるでしょう。",
        "L'annullamento del tuo ordine verrà completato entro 2 ore.",
    ],
)
def test_more_threats_from_a_sender_posing_as_amazon(sentence: str) -> None:
    notice = analyze_message(mail("Amazon", "notice@amzn-notice.example", "Notice", sentence))
    assert notice is not None
    assert "about to be cancelled" in notice.authenticity.reasons[0]


# A condition first, then what happens to the order, in the form each language
# gives a consequence: the Arabic joined "ف" before the future, the Japanese
# continuative, the Swedish and Dutch inverted present, the Turkish aorist,
# "otherwise" and "we will cancel" forms.
CONDITIONED = [
    "If you do not confirm your details within 24 hours, your order is cancelled.",
    "Otherwise your order gets cancelled.",
    "Failure to verify will result in the cancellation of your order.",
    "Sollten Sie nicht reagieren, wird Ihre Bestellung automatisch storniert.",
    "Andernfalls werden wir Ihre Bestellung stornieren.",
    "Als u niet binnen 24 uur reageert, wordt uw bestelling geannuleerd.",
    "Zo niet, dan zullen wij uw bestelling annuleren.",
    "À défaut, nous annulerons votre commande.",
    "De lo contrario, cancelaremos tu pedido.",
    "Caso contrário, cancelaremos o seu pedido.",
    "In caso contrario, annulleremo il tuo ordine.",
    "W przeciwnym razie anulujemy Twoje zamówienie.",
    "Om du inte bekräftar dina uppgifter inom 24 timmar annulleras din beställning.",
    "Annars avbryter vi din order.",
    "Aksi takdirde siparişiniz iptal edilir.",
    "Bilgilerinizi doğrulamazsanız siparişinizi iptal edeceğiz.",
    "إذا لم تتحقق من هويتك خلال 24 ساعة، فسيتم إلغاء طلبك.",
    "في حال عدم التحقق، سنقوم بإلغاء طلبك.",
    "إذا لم تؤكد بياناتك، سيُلغى طلبك.",
    "24時間以内にご本人確認を完了されない場合、ご注文は自動的にキャンセルされ、アカウントは制限されます。",
]


def _reported_as_suspicious(raw: bytes) -> str:
    """The first reason of the notice ``raw`` gives, which must be a look-alike
    that the cheap passes let through; the whole pipeline runs."""
    assert sniff.is_candidate(raw)
    assert triage.could_matter(raw)
    notice = analyze_message(raw)
    assert notice is not None
    assert notice.authenticity.verdict is Verdict.SUSPICIOUS
    return notice.authenticity.reasons[0]


@pytest.mark.parametrize("sentence", CONDITIONED)
def test_a_threat_with_its_condition_first_is_reported(sentence: str) -> None:
    raw = mail("Amaz\u03bfn", "verify@amaz0n-help.example", "Notice", sentence)
    assert "about to be cancelled" in _reported_as_suspicious(raw)


# "We have received your request to cancel your order": phishing that plays the
# customer's own cancellation back to them, to be "stopped" through its link.
REQUESTS = [
    "Your request to cancel order 114-33905-88176 has been received and processed.",
    "Wir haben Ihre Stornierungsanfrage für Ihre Bestellung erhalten.",
    "Uw annuleringsverzoek voor uw bestelling is ontvangen.",
    "Votre demande d'annulation de votre commande a bien été reçue.",
    "Hemos recibido tu solicitud para cancelar tu pedido.",
    "Recebemos a sua solicitação de cancelamento do seu pedido.",
    "Abbiamo ricevuto la tua richiesta di annullamento del tuo ordine.",
    "Otrzymaliśmy Twoją prośbę o anulowanie Twojego zamówienia.",
    "Din begäran om annullering av din beställning har tagits emot.",
    "Siparişiniz için iptal talebiniz alındı.",
    "تم استلام طلبك بإلغاء طلبك رقم 123.",
    "ご注文のキャンセルのご依頼を受け付けました。",
    "Ihre Stornierung für die Bestellung Nr. 302-55819-2201 wurde erfolgreich bearbeitet.",
    "Your cancellation of order 114-33905-88176 has been processed.",
]


@pytest.mark.parametrize("sentence", REQUESTS)
def test_a_cancellation_request_received_is_a_claim(sentence: str) -> None:
    raw = mail("Amazon", "service@amazon-orders.help", "Notice", sentence)
    assert "a request to cancel an order was received" in _reported_as_suspicious(raw)


# Crude phishing: a doubled letter written once, spoken Arabic, a number of the
# phisher's own shape (and its "Nr.") between the words of a statement.
CARELESS = [
    "il tuo ordine Amazon e stato ANNULATO.",
    "Votre commande a été anulée.",
    "Uw bestelling is geanuleerd.",
    "طلبك اتلغى , اضغط هنا عشان تسترد فلوسك",
    "Aufgrund eines Fehlers wurde Ihre Bestellung Nr. 303-77412-11 storniert.",
    "Bestellung Nr. 303-77412-11 aufgrund eines Systemfehlers storniert",
    "Votre commande Amazon a était annulé.",
]


# A friend telling of their own order, the pronoun joined to the verb: no claim.
@pytest.mark.parametrize(
    "sentence",
    [
        "Hola, Amazon me ha cancelado el pedido 402-1234567-1234567, lo vuelvo a pedir.",
        "Ciao, Amazon mi ha annullato l'ordine 403-1234567-1234567, lo rifaccio domani.",
    ],
)
def test_a_friend_telling_of_their_own_order_is_no_claim(sentence: str) -> None:
    assert analyze_message(mail("Kim Berg", "kim.berg@gmail.com", "Re: gift", sentence)) is None


def test_a_newsletter_quoting_a_fake_subject_is_silent() -> None:
    raw = mail(
        "Sicurezza Digitale",
        "newsletter@sicurezzadigitale.example.it",
        'Newsletter n. 47 – Truffa del mese: "Il tuo ordine Amazon.it è stato annullato"',
        "Truffa del mese: il finto annullamento dell'ordine Amazon 402-8810293-1182735.\n\n"
        'Il messaggio chiede di confermare i "dati della carta" tramite un link.',
    )
    assert analyze_message(raw) is None


# A threat denied in its clause is none: "orders placed so far will not be
# cancelled" (a Prime membership ends; the orders stay).
@pytest.mark.parametrize(
    "sentence",
    [
        "Zamówienia złożone do tej pory nie zostaną anulowane i zostaną dostarczone.",
        "Your existing orders will not be cancelled.",
        "Bestehende Bestellungen werden nicht storniert.",
    ],
)
def test_a_denied_threat_is_no_claim(sentence: str) -> None:
    raw = mail("Amazon Prime", "prime@amaz0n-help.example", "Info", sentence)
    assert analyze_message(raw) is None


@pytest.mark.parametrize("sentence", CARELESS)
def test_a_carelessly_written_claim_is_reported(sentence: str) -> None:
    raw = mail("AMAZON", "amazon.clienti2024@yahoo.com", "Info", sentence)
    assert "claims in Amazon's name" in _reported_as_suspicious(raw)


def test_could_claim() -> None:
    for sentence in THREATS.values():
        assert lookalike.could_claim(sentence)
    assert lookalike.could_claim("Your order has been cancelled.")
    assert not lookalike.could_claim("Your package has shipped and arrives Thursday.")


def test_lookalike_is_never_counted_among_the_causes(tmp_path: Path) -> None:
    for name, raw in ISSUE_12.items():
        (tmp_path / f"{name}.eml").write_bytes(raw)
    report = scan_path([str(tmp_path)])
    assert len(report.notices) == len(ISSUE_12)
    assert report.summary.suspicious == len(ISSUE_12)
    assert sum(report.summary.by_cause.values()) == 0
