"""authenticity.assess on messages built field by field: one signal per row.

Each row starts from a clean, genuine-looking amazon.com notice without any
authentication headers (verdict ``unverified``) and changes one thing.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cancel_mail.authenticity import assess, is_amazon_domain, registrable_domain
from cancel_mail.models import Link, NoticeFields, ParsedMessage, Verdict

ORDER = "112-4839201-5573829"
FIELDS = NoticeFields(marketplace="amazon.com", language="en", order_ids=[ORDER])
TEXT = (
    "Hello Robin, We're writing to let you know that your order #" + ORDER + " has been "
    "canceled. We're sorry, but the item is no longer available from the seller. "
    "This email was sent from a notification-only address that cannot accept incoming email."
)
ORDERS_LINK = Link(text="Your Orders", href="https://www.amazon.com/gp/css/order-history")

AR_PASS = (
    "mx.google.com; dkim=pass header.i=@amazon.com header.s=yg4m header.b=Xc2f; "
    "spf=pass smtp.mailfrom=0100019a@amazonses.com; "
    "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.com"
)
AR_FAIL = (
    "mx.google.com; dkim=none; spf=pass smtp.mailfrom=x@bulk.example; "
    "dmarc=fail (p=QUARANTINE) header.from=amazon.com"
)
SIG_AMAZON = "v=1; a=rsa-sha256; d=amazon.com; s=yg4m; h=From:Subject; bh=AAA=; b=BBB="
SIG_EVIL = "v=1; a=rsa-sha256; d=bulk.example; s=k1; h=From:Subject; bh=AAA=; b=BBB="


def message(**changes: Any) -> ParsedMessage:
    base: dict[str, Any] = {
        "subject": f"Your Amazon.com order #{ORDER} has been canceled",
        "from_name": "Amazon.com",
        "from_addr": "auto-confirm@amazon.com",
        "text": TEXT,
        "links": [ORDERS_LINK],
    }
    base.update(changes)
    return ParsedMessage(**base)


def with_text(extra: str, **changes: Any) -> ParsedMessage:
    return message(text=TEXT + " " + extra, **changes)


def authed(**changes: Any) -> ParsedMessage:
    headers = {"authentication-results": [AR_PASS], "dkim-signature": [SIG_AMAZON]}
    return message(headers=headers, **changes)


def link(href: str, text: str = "Your Orders") -> list[Link]:
    return [Link(text=text, href=href)]


G, U, S = Verdict.GENUINE, Verdict.UNVERIFIED, Verdict.SUSPICIOUS

# (id, message, expected verdict, a substring one reason must contain)
CASES: list[tuple[str, ParsedMessage, Verdict, str]] = [
    # --- proof and its absence
    ("exported-no-auth-headers", message(), U, "no Authentication-Results from a receiving"),
    ("dmarc-and-dkim-pass", authed(), G, "dmarc=pass header.from=amazon.com"),
    (
        "dkim-pass-only",
        message(
            headers={
                "authentication-results": ["mx.example.net; dkim=pass header.d=amazon.com"],
                "dkim-signature": [SIG_AMAZON],
            }
        ),
        G,
        "dkim=pass header.d=amazon.com",
    ),
    (
        "dmarc-fail-spoofed-from",
        message(headers={"authentication-results": [AR_FAIL]}),
        S,
        "dmarc=fail header.from=amazon.com",
    ),
    (
        "dkim-pass-for-foreign-domain-proves-nothing",
        message(
            headers={
                "authentication-results": ["mx.example.net; dkim=pass header.d=bulk.example"],
            }
        ),
        U,
        "dkim=pass header.d=bulk.example proves nothing",
    ),
    (
        "spf-pass-alone-is-no-proof",
        message(
            headers={
                "authentication-results": ["mx.example.net; spf=pass smtp.mailfrom=amazon.com"]
            }
        ),
        U,
        "no proof of origin",
    ),
    (
        "microsoft-header-without-authserv-id",
        message(
            headers={
                "authentication-results": [
                    "spf=pass (sender IP is 54.240.8.20) smtp.mailfrom=amazonses.com; "
                    "dkim=pass (signature was verified) header.d=amazon.com;dmarc=pass "
                    "action=none header.from=amazon.com;compauth=pass reason=100"
                ]
            }
        ),
        G,
        "dmarc=pass header.from=amazon.com",
    ),
    (
        "forged-pass-below-receivers-fail",
        message(
            headers={
                "authentication-results": [
                    AR_FAIL,
                    "amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
                ]
            }
        ),
        S,
        "dmarc=fail header.from=amazon.com",
    ),
    (
        "forged-pass-from-another-server-is-ignored",
        message(
            headers={
                "authentication-results": [
                    "mx.example.net; dkim=none; spf=none smtp.mailfrom=x@bulk.example",
                    "amazon.com; dkim=pass header.d=amazon.com; dmarc=pass header.from=amazon.com",
                ]
            }
        ),
        U,
        "ignored Authentication-Results from amazon.com",
    ),
    (
        "dkim-pass-claimed-but-signature-is-foreign",
        message(
            headers={
                "authentication-results": ["mx.example.net; dkim=pass header.d=amazon.com"],
                "dkim-signature": [SIG_EVIL],
            }
        ),
        S,
        "no DKIM signature from amazon.com",
    ),
    (
        "arc-pass-vouches-for-the-original",
        message(
            return_path="list-bounces@lists.example.org",
            headers={
                "authentication-results": [
                    "mx.google.com; dkim=none; spf=pass smtp.mailfrom=lists.example.org; "
                    "dmarc=none header.from=amazon.com; arc=pass"
                ],
                "arc-authentication-results": [
                    "i=1; mx.lists.example.org; dkim=pass header.d=amazon.com; "
                    "dmarc=pass header.from=amazon.com"
                ],
            },
        ),
        G,
        "dmarc=pass header.from=amazon.com",
    ),
    (
        "arc-results-without-arc-pass-are-not-trusted",
        message(
            headers={
                "authentication-results": ["mx.google.com; dkim=none; dmarc=none"],
                "arc-authentication-results": [
                    "i=1; mx.lists.example.org; dmarc=pass header.from=amazon.com"
                ],
            },
        ),
        U,
        "no proof of origin",
    ),
    # --- forwarding
    (
        "forwarded-with-proof-is-unverified",
        authed(forwarded=True, outer_from="sam@gmail.com"),
        U,
        "forwarded by sam@gmail.com",
    ),
    (
        "forwarded-with-ordinary-link-stays-unverified",
        message(forwarded=True, links=[ORDERS_LINK, *link("https://www.linkedin.com/in/sam")]),
        U,
        "link to www.linkedin.com",
    ),
    (
        "forwarded-phishing-link-is-suspicious",
        message(forwarded=True, links=link("https://amaz0n-verify.info/login")),
        S,
        "link to amaz0n-verify.info, not an Amazon domain",
    ),
    (
        "unwrapped-forward-from-a-person",
        message(
            subject="Fwd: Your Amazon.com order has been canceled",
            from_name="Sam",
            from_addr="sam@gmail.com",
        ),
        U,
        "forwarded",
    ),
    # --- sender
    (
        "display-name-amazon-on-foreign-address",
        message(from_name="Amazon", from_addr="no-reply@amaz0n-verify.info"),
        S,
        "display name 'Amazon' on no-reply@amaz0n-verify.info",
    ),
    (
        "subdomain-look-alike",
        message(from_name="Service", from_addr="x@amazon.xsecur.xyz"),
        S,
        "registered domain xsecur.xyz",
    ),
    (
        "hyphen-look-alike",
        message(from_name="Orders", from_addr="x@amazon-orders-support.com"),
        S,
        "amazon-orders-support.com imitates Amazon",
    ),
    (
        "sender-on-amazonses",
        message(from_name="Orders", from_addr="orders@eu.amazonses.com"),
        S,
        "Amazon SES, a mail service open to anyone",
    ),
    (
        "unrelated-foreign-sender",
        message(from_name="Shop", from_addr="news@shop.example"),
        S,
        "sender shop.example is not an Amazon domain",
    ),
    (
        "marketplace-subdomain-sender",
        message(from_addr="marketplace-messages@marketplace.amazon.de"),
        U,
        "no authentication",
    ),
    ("reply-to-gmail", message(reply_to="amazon.help@gmail.com"), S, "replies go to gmail.com"),
    (
        "return-path-amazonses-is-fine",
        message(return_path="<0100019a@email.amazonses.com>"),
        U,
        "no proof of origin",
    ),
    (
        "return-path-foreign",
        message(return_path="<bounce@bulk.example>"),
        S,
        "Return-Path bulk.example",
    ),
    (
        "return-path-foreign-overruled-by-dmarc",
        authed(return_path="<bounce@bulk.example>"),
        G,
        "overruled",
    ),
    (
        "return-path-srs-rewritten",
        message(return_path="<SRS0=x7Qa=ZB=bounces.amazon.com=0100@alumni.example.edu>"),
        U,
        "Return-Path rewritten by a forwarding server",
    ),
    (
        "dkim-signed-by-foreign-domain-only",
        message(headers={"dkim-signature": [SIG_EVIL]}),
        S,
        "DKIM-signed by bulk.example only",
    ),
    # --- characters
    ("cyrillic-a-in-display-name", message(from_name="\u0410mazon.com"), S, "Cyrillic"),
    ("greek-omicron-in-display-name", message(from_name="Amaz\u03bfn.de"), S, "Greek"),
    ("zero-width-joiner-in-display-name", message(from_name="Ama\u200dzon"), S, "zero-width"),
    ("split-brand-name", message(from_name="Ama zon.fr"), S, "breaks up the name Amazon"),
    (
        "combining-mark-in-subject",
        message(subject="Your Ama\u0338zon order was ca\u0307nceled"),
        S,
        "combining",
    ),
    (
        "russian-words-beside-latin-brand",
        message(from_name="Служба Amazon"),
        U,
        "no proof of origin",
    ),
    (
        "japanese-display-name",
        message(from_name="Amazon.co.jp カスタマーサービス"),
        U,
        "no proof of origin",
    ),
    (
        # Arabic vowel marks are letters' own: no stray marks.
        "arabic-vowel-marks-in-subject",
        message(subject="أُلغي منتجان من طلبك على Amazon.sa"),
        U,
        "no proof of origin",
    ),
    (
        "arabic-with-direction-mark",
        message(from_name="\u200fأمازون Amazon.ae"),
        U,
        "no proof of origin",
    ),
    # --- links
    (
        "ip-address-link",
        message(links=link("http://185.23.4.17/signin")),
        S,
        "link to the IP address 185.23.4.17",
    ),
    ("decimal-ip-link", message(links=link("http://3105326097/signin")), S, "IP address"),
    ("bitly-link", message(links=link("https://bit.ly/3amz")), S, "URL shortener bit.ly"),
    (
        "amazon-own-short-links",
        message(links=[*link("https://a.co/d/3k"), *link("https://amzn.to/3Q")]),
        U,
        "no proof of origin",
    ),
    (
        "foreign-link",
        message(links=link("https://amaz0n-verify.info/a")),
        S,
        "link to amaz0n-verify.info, not an Amazon domain",
    ),
    (
        "link-text-shows-amazon-goes-elsewhere",
        message(links=link("https://orders-help.net/x", text="https://www.amazon.com/your-orders")),
        S,
        "link text shows www.amazon.com but the link goes to orders-help.net",
    ),
    (
        "link-text-amazon-to-amazon-subdomain",
        message(links=link("https://smile.amazon.com/x", text="www.amazon.com")),
        U,
        "no proof of origin",
    ),
    (
        "safelinks-wrapped-amazon",
        message(
            links=link(
                "https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                "www.amazon.com%2Forders&data=05"
            )
        ),
        U,
        "no proof of origin",
    ),
    (
        "safelinks-wrapped-phish",
        message(
            links=link(
                "https://eur03.safelinks.protection.outlook.com/?url=https%3A%2F%2F"
                "amazon-verifica.com%2Fa&data=05"
            )
        ),
        S,
        "link to amazon-verifica.com",
    ),
    (
        "mailto-foreign",
        message(links=link("mailto:help@amazon-care.net", text="write us")),
        S,
        "mail link to amazon-care.net",
    ),
    (
        "mailto-recipient-is-weak",
        message(links=link("mailto:robin.meyer@gmail.com", text="robin.meyer@gmail.com")),
        U,
        "mail link to gmail.com",
    ),
    (
        "amazon-image-host",
        message(links=link("http://g-ecx.images-amazon.com/images/logo.gif")),
        U,
        "no proof",
    ),
    (
        "mailto-amazon",
        message(links=link("mailto:stop-spoofing@amazon.com")),
        U,
        "no proof of origin",
    ),
    ("tel-link", message(links=link("tel:+18885550199", text="Call us")), S, "phone link"),
    ("javascript-link", message(links=link("javascript:alert(1)")), S, "javascript: link"),
    ("anchor-link-is-ignored", message(links=link("#top")), U, "no proof of origin"),
    # --- content
    ("order-date-is-no-order-number", with_text("Order 2026-11-26 placed."), U, "no proof"),
    (
        "order-number-8-digits",
        with_text("Your Order #58213907 was canceled."),
        S,
        "order number 58213907",
    ),
    (
        "german-order-number-without-dashes",
        with_text("Bestellnummer: 3024417093."),
        S,
        "order number 3024417093",
    ),
    (
        "callback-number",
        with_text("If you did not place this order, call +1 (888) 555-0142."),
        S,
        "asks you to call +1 (888) 555-0142",
    ),
    (
        "callback-number-italian",
        with_text("Chiama il numero verde 800 123 456 per il rimborso."),
        S,
        "asks you to call 800 123 456",
    ),
    (
        "callback-number-japanese",
        with_text("返金のため 0120-123-456 までお電話ください。"),
        S,
        "asks you to call 0120-123-456",
    ),
    (
        "call-without-number",
        with_text("You can call us through the Help pages."),
        U,
        "no proof of origin",
    ),
    (
        "order-id-is-no-phone-number",
        with_text(f"Call customer service about order {ORDER}."),
        U,
        "no proof of origin",
    ),
    (
        "never-ask-for-password-footer",
        with_text("Amazon will never ask you for your password or card number by email."),
        U,
        "no proof of origin",
    ),
    (
        "german-never-password-footer",
        with_text("Amazon wird Sie niemals nach Ihrem Passwort fragen."),
        U,
        "no proof of origin",
    ),
    (
        "card-ending-in-update-payment",
        with_text(
            "The card number ending in 4417 was declined. Please update your payment method."
        ),
        U,
        "no proof of origin",
    ),
    (
        "asks-for-password",
        with_text("Please enter your password to restore the order."),
        S,
        "asks for your password",
    ),
    (
        "asks-for-cvv",
        with_text("Reply with your card number and CVV."),
        S,
        "asks for your card number",
    ),
    ("asks-german", with_text("Bitte geben Sie Ihr Passwort ein: eingeben."), S, "passwort"),
    ("asks-french", with_text("Veuillez saisir votre mot de passe."), S, "mot de passe"),
    ("asks-spanish", with_text("Confirma tu contraseña ahora."), S, "contraseña"),
    ("asks-italian", with_text("Inserisci la password per continuare."), S, "password"),
    ("asks-japanese", with_text("カード番号を入力してください。"), S, "カード番号"),
    (
        "deadline-alone-is-weak",
        with_text("Please respond within 24 hours."),
        U,
        "deadline to act: 'within 24 hours'",
    ),
    (
        "deadline-with-proof-stays-genuine",
        authed(text=TEXT + " Please respond within 24 hours."),
        G,
        "deadline",
    ),
    ("greeting-alone-is-weak", with_text("Dear Customer,"), U, "generic greeting"),
    # Proof overrules what the body says and links to: the words are Amazon's own.
    (
        "card-number-request-with-proof-stays-genuine",
        authed(text=TEXT + " Please confirm your card number by replying to this email."),
        G,
        "asks for your card number (overruled by the authentication pass)",
    ),
    (
        "card-number-request-without-proof-is-suspicious",
        with_text("Please confirm your card number by replying to this email."),
        S,
        "asks for your card number",
    ),
    # Sending the reader to their own account pages, under a condition, asks
    # them for nothing: Amazon's footers say it, with proof or without.
    (
        "card-number-advice-with-proof-is-genuine",
        authed(text=TEXT + " If your card number has changed, update it in Your Account."),
        G,
        "dkim=pass",
    ),
    (
        "card-number-advice-without-proof-is-no-phishing",
        with_text("If your card number has changed, update it in Your Account."),
        U,
        "no proof of origin",
    ),
    (
        "card-number-advice-in-german-is-no-phishing",
        with_text("Wenn sich Ihre Kartennummer geändert hat, aktualisieren Sie sie in Mein Konto."),
        U,
        "no proof of origin",
    ),
    (
        "card-number-advice-wrapped-over-two-lines-is-no-phishing",
        with_text(
            "If your card has expired or the card number has changed, you can update it in\n"
            "Your Account > Your Payments. Always sign in by typing amazon.sg yourself."
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-number-advice-in-turkish-conditional-suffix-is-no-phishing",
        with_text(
            "Kart numaranız değiştiyse, kart bilgilerinizi Hesabım bölümünden güncelleyin."
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-data-denied-in-portuguese-is-no-phishing",
        with_text(
            "Atenção: a Amazon não envia links por SMS nem liga para solicitar dados do cartão."
        ),
        U,
        "no proof of origin",
    ),
    (
        "password-advice-in-arabic-is-no-phishing",
        with_text(
            "لتحديث معلومات الدفع أو تغيير كلمة المرور، افتح تطبيق أمازون أو اكتب "
            "www.amazon.ae بنفسك في المتصفح، ولا تستخدم روابط من رسائل غير موثوقة."
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-advice-along-a-menu-path-is-no-phishing",
        with_text(
            "Prima di farlo, verifica che i dati della carta siano aggiornati in "
            "Il mio account > I tuoi pagamenti."
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-advice-pointing-at-an-amazon-address-is-no-phishing",
        with_text(
            "If your card number or expiry date has changed, update it here:\n"
            "https://www.amazon.co.uk/cpe/yourpayments/wallet"
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-request-pointing-at-a-foreign-address-is-suspicious",
        with_text(
            "To keep your order, confirm your card number here:\n"
            "https://amazon-billing.example/wallet"
        ),
        S,
        "asks for your card number",
    ),
    (
        "card-advice-as-a-recommendation-is-no-phishing",
        with_text(
            "Ti consigliamo di verificare che i dati della carta salvati in Il mio account "
            "siano aggiornati."
        ),
        U,
        "no proof of origin",
    ),
    (
        "card-request-naming-the-account-without-advice-is-suspicious",
        with_text("Please confirm your card details by reply to reactivate your account."),
        S,
        "asks for your card details",
    ),
    (
        "order-number-after-an-ordinal-sign-keeps-its-shape",
        with_text("Pedido n.º402-9015537-1148260"),
        U,
        "no proof of origin",
    ),
    # Warnings about such requests ask for nothing, in every language.
    (
        "beware-warning-in-english-is-no-phishing",
        with_text("Beware of links that ask you to enter your password."),
        U,
        "no proof of origin",
    ),
    (
        "beware-warning-in-japanese-is-no-phishing",
        with_text("パスワードの入力を求めるリンクや添付ファイルにはご注意ください。"),
        U,
        "no proof of origin",
    ),
    (
        "beware-warning-in-spanish-is-no-phishing",
        with_text("Desconfía de los mensajes que te pidan la contraseña."),
        U,
        "no proof of origin",
    ),
    (
        "callback-with-proof-stays-genuine",
        authed(text=TEXT + " Questions? Call us at 1-888-280-4331."),
        G,
        "asks you to call 1-888-280-4331 (overruled",
    ),
    (
        "foreign-link-with-proof-stays-genuine",
        authed(links=link("https://www.ups.com/track?n=1Z999")),
        G,
        "link to www.ups.com (registered domain ups.com), not an Amazon domain (overruled",
    ),
    (
        "three-weak-signals-with-proof-stay-genuine",
        authed(
            text="Dear Customer, your order " + ORDER + " was canceled. Your account will be "
            "suspended unless you sign in.",
            attachments=["qr.png"],
        ),
        G,
        "generic greeting",
    ),
    (
        "three-weak-signals-together",
        message(
            text="Dear Customer, your order " + ORDER + " was canceled. Your account will be "
            "suspended unless you sign in.",
            attachments=["qr.png"],
        ),
        S,
        "3 warning signs together",
    ),
    (
        "html-attachment",
        message(attachments=["Cancellation_Details.html"]),
        S,
        "attachment Cancellation_Details.html",
    ),
    ("zip-attachment", message(attachments=["invoice.zip"]), S, "attachment invoice.zip"),
    ("image-attachment-is-weak", message(attachments=["logo.png"]), U, "attachment logo.png"),
    (
        "attached-message-is-no-attachment",
        message(attachments=["message/rfc822"]),
        U,
        "no proof of origin",
    ),
]


@pytest.mark.parametrize(
    ("msg", "verdict", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_verdict_and_reason(msg: ParsedMessage, verdict: Verdict, reason: str) -> None:
    result = assess(msg, FIELDS)
    assert result.verdict is verdict, result.reasons
    assert any(reason.lower() in r.lower() for r in result.reasons), result.reasons


def test_wrong_order_id_shape_in_fields() -> None:
    result = assess(message(), NoticeFields(order_ids=["12345678"]))
    assert result.verdict is S
    assert "order number 12345678 does not have Amazon's 3-7-7 digit shape" in result.reasons


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Your account will be suspended.", "en"),
        ("Ihr Konto wird gesperrt.", "de"),
        ("Votre compte sera suspendu.", "fr"),
        ("Tu cuenta será suspendida.", "es"),
        ("Il tuo account sarà sospeso.", "it"),
        ("24時間以内にご確認ください。", "ja"),
    ],
    ids=lambda v: v if len(v) == 2 else None,
)
def test_deadlines_in_each_language(sentence: str, lang: str) -> None:
    reasons = assess(with_text(sentence), FIELDS).reasons
    assert any(r.startswith("deadline to act") for r in reasons), (lang, reasons)


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Valued Customer,",
        "Sehr geehrter Kunde,",
        "Cher client,",
        "Estimado cliente:",
        "Gentile cliente,",
        "親愛なるお客様",
    ],
)
def test_generic_greetings_in_each_language(greeting: str) -> None:
    reasons = assess(with_text(greeting), FIELDS).reasons
    assert any(r.startswith("generic greeting") for r in reasons), reasons


@pytest.mark.parametrize(
    ("host", "amazon"),
    [
        ("amazon.com", True),
        ("www.amazon.co.uk", True),
        ("smile.amazon.com", True),
        ("marketplace.amazon.de", True),
        ("AMAZON.CO.JP.", True),
        ("amazon.com.mx", True),
        ("amazonses.com", False),
        ("arnazon.com", False),
        ("amaz0n.com", False),
        ("amazon-orders-support.com", False),
        ("amazon.xsecur.xyz", False),
        ("amazon.co.uk.evil.example", False),
        ("amazon.github.io", False),  # private section of the public suffix list
        ("xn--mazon-3ve.com", False),  # "аmazon.com" with a Cyrillic а
    ],
)
def test_amazon_domains_by_registrable_domain(host: str, amazon: bool) -> None:
    assert is_amazon_domain(host) is amazon


def test_registrable_domain_of_look_alike_subdomain() -> None:
    assert registrable_domain("amazon.xsecur.xyz") == "xsecur.xyz"
    assert registrable_domain("www.amazon.co.jp") == "amazon.co.jp"


# --- optional DKIM verification with dkimpy, offline -------------------------------

RAW = (
    b"From: Amazon.com <auto-confirm@amazon.com>\r\n"
    b"To: robin@example.net\r\n"
    b"Subject: Your Amazon.com order #" + ORDER.encode() + b" has been canceled\r\n"
    b"Date: Mon, 10 Nov 2025 07:03:00 +0000\r\n"
    b"Message-ID: <dkim-test@amazon.com>\r\n"
    b"\r\n"
    b"Your order #" + ORDER.encode() + b" has been canceled.\r\n"
)


@pytest.fixture(scope="module")
def signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    """A message signed for d=amazon.com with a key made now, and its DNS record."""
    import dkim  # the optional extra, also in the "test" extra

    openssl = shutil.which("openssl")
    assert openssl, "the openssl CLI is needed to make a DKIM test key"
    folder = tmp_path_factory.mktemp("dkim")
    key = folder / "key.pem"
    subprocess.run([openssl, "genrsa", "-out", str(key), "2048"], check=True, capture_output=True)
    public = subprocess.run(
        [openssl, "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
        check=True,
        capture_output=True,
    ).stdout
    signature = dkim.sign(RAW, b"test", b"amazon.com", Path(key).read_bytes())
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    return signature + RAW, record


def _dns(record: bytes) -> Any:
    def lookup(name: bytes, timeout: int = 5) -> bytes:
        assert name == b"test._domainkey.amazon.com."
        return record

    return lookup


def _parsed(raw: bytes) -> ParsedMessage:
    return message(headers={"dkim-signature": [SIG_AMAZON]}, text=raw.decode())


def test_dkim_verification_proves_origin(signed: tuple[bytes, bytes]) -> None:
    raw, record = signed
    result = assess(_parsed(raw), FIELDS, raw=raw, verify_dkim=True, dkim_dns=_dns(record))
    assert result.verdict is G
    assert "DKIM signature of amazon.com verified" in result.reasons


def test_dkim_verification_catches_a_changed_body(signed: tuple[bytes, bytes]) -> None:
    raw, record = signed
    tampered = raw.replace(b"has been canceled.\r\n", b"has been canceled!\r\n")
    result = assess(
        _parsed(tampered), FIELDS, raw=tampered, verify_dkim=True, dkim_dns=_dns(record)
    )
    assert result.verdict is S
    assert "DKIM signature of amazon.com does not verify" in result.reasons


def test_dkim_verification_is_off_by_default(
    signed: tuple[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, record = signed
    monkeypatch.delenv("CANCEL_MAIL_VERIFY_DKIM", raising=False)
    result = assess(_parsed(raw), FIELDS, raw=raw, dkim_dns=_dns(record))
    assert result.verdict is U


def test_dkim_verification_by_environment(
    signed: tuple[bytes, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, record = signed
    monkeypatch.setenv("CANCEL_MAIL_VERIFY_DKIM", "1")
    result = assess(_parsed(raw), FIELDS, raw=raw, dkim_dns=_dns(record))
    assert result.verdict is G


def test_dkim_key_missing_from_dns_is_no_evidence(signed: tuple[bytes, bytes]) -> None:
    raw, _ = signed

    def no_key(name: bytes, timeout: int = 5) -> bytes | None:
        return None  # what dkimpy's resolver gives for NXDOMAIN or no nameserver

    result = assess(_parsed(raw), FIELDS, raw=raw, verify_dkim=True, dkim_dns=no_key)
    assert result.verdict is U
    assert "DKIM signature of amazon.com could not be checked: no key in DNS" in result.reasons


def test_dkim_flag_without_raw_message_says_so() -> None:
    result = assess(message(), FIELDS, verify_dkim=True)
    assert result.verdict is U
    assert any("raw message was not given" in r for r in result.reasons)


# --- hostile input: any message gets a verdict with reasons, never an exception ----

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)
_AR_PIECES = st.sampled_from(
    [
        "mx.example.net;",
        " dkim=pass",
        " header.d=amazon.com",
        ";",
        " dmarc=fail",
        "(",
        ")",
        '"',
        " header.from=",
        "i=1;",
        " spf=",
        "=",
        " arc=pass",
        "@",
        "none",
        " ",
    ]
)
_HREF_PIECES = st.sampled_from(
    [
        "http://",
        "https://",
        "[",
        "]",
        "mailto:",
        "tel:",
        "amazon.com",
        "@",
        ":",
        "%",
        "?url=",
        "safelinks.protection.outlook.com/",
        "/url?q=",
        "www.google.com",
        "urldefense.com/v3/__",
        "__;",
        "1.2.3.4",
        "xn--",
        ".",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    name=_TEXT,
    addr=_TEXT,
    text=_TEXT,
    auth=st.lists(st.lists(_AR_PIECES, max_size=25).map("".join), max_size=3),
    hrefs=st.lists(st.one_of(_TEXT, st.lists(_HREF_PIECES, max_size=10).map("".join)), max_size=4),
    forwarded=st.booleans(),
)
def test_any_message_gets_a_verdict(
    name: str, addr: str, text: str, auth: list[str], hrefs: list[str], forwarded: bool
) -> None:
    msg = ParsedMessage(
        from_name=name,
        from_addr=addr,
        return_path=addr,
        reply_to=addr,
        subject=text[:40],
        text=text,
        headers={
            "authentication-results": auth,
            "arc-authentication-results": auth,
            "dkim-signature": auth,
        },
        links=[Link(text=h, href=h) for h in hrefs],
        forwarded=forwarded,
    )
    result = assess(msg, FIELDS)
    assert result.verdict in set(Verdict)
    assert result.reasons
