#!/usr/bin/env python3
"""Regenerate blind test batch t1 (en/de/nl): notices, non-notices, lookalikes."""
import base64, json, os, quopri, random, datetime
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email.generator import BytesGenerator
from io import BytesIO

random.seed(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
os.makedirs(OUT, exist_ok=True)

def oid():
    return "%03d-%07d-%07d" % (random.randint(100, 999), random.randint(0, 9999999), random.randint(0, 9999999))

def part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "qp":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    elif cte == "7bit" and raw.isascii():
        p.set_payload(raw.decode("ascii"))
        p["Content-Transfer-Encoding"] = "7bit"
    else:
        p.set_payload(raw.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit"
    return p

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

# ---------------------------------------------------------------- HTML template
AMZ_STYLE = """<style>
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTableLink { text-decoration: none; color: #008296; }
.footerText { font-size: 12px; line-height: 16px; color: #767676; }
</style>"""

def amazon_html(market, lang, title, greeting, paras, order, items, footer, links=None, orderlabel="Order #"):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    rows = "\n".join('<tr><td class="informationTable" style="padding-bottom:18px">%s</td></tr>' % p for p in paras)
    it = "\n".join('<tr><td class="orderDetailsTable"><a class="orderDetailsTableLink" href="https://www.%s/gp/r.html?C=%s&amp;R=%s&amp;U=https%%3A%%2F%%2Fwww.%s%%2Fdp%%2FB0%07d">%s</a><br/>%s</td></tr>'
                   % (market, "%012X" % random.getrandbits(48), "%010d" % random.randint(0, 9999999999), market, random.randint(0, 9999999), esc(n), esc(q)) for n, q in items)
    ord_row = ""
    if order:
        ord_row = '<tr><td class="orderDetailsTable" style="color:#565959">%s<a class="orderDetailsTableLink" href="https://www.%s/gp/your-account/order-details?orderID=%s">%s</a></td></tr>' % (orderlabel, market, order, order)
    foot = "\n".join('<tr><td class="footerText" style="padding-top:8px">%s</td></tr>' % f for f in footer)
    return """<!DOCTYPE html>
<html lang="%s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <title>%s</title>
  %s
 </head>
 <body>
  <table class="emailBody" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td style="padding:23px 18px 21px 17px">
   <table class="brandTable" width="100%%"><tr><td><a href="https://www.%s/ref=TE_tex_h"><img class="brandImage" alt="%s" src="https://m.media-amazon.com/images/G/01/outbound/AmazonLogo_v2.png" width="130"/></a></td></tr></table>
   <table class="emailContainer" width="100%%" cellpadding="0" cellspacing="0"><tr><td style="padding:25px 23px 33px 23px">
    <table class="greetingTable" width="100%%"><tr><td>%s</td></tr></table>
    <table width="100%%">
%s
%s
%s
    </table>
   </td></tr></table>
   <table width="100%%" style="margin-top:16px">
%s
   </table>
  </td></tr></table>
  <img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=PIXEL" alt=""/>
 </body>
</html>
""" % (lang, esc(title), AMZ_STYLE, market, market.capitalize(), greeting, rows, ord_row, it, foot, market,
       "%012X" % random.getrandbits(48), datetime.date(2024, 1, 1).strftime("%Y%m%d") + "%08x" % random.getrandbits(32))

def simple_html(body_html, lang="en"):
    return '<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s\n</body></html>\n' % (lang, body_html)

def p2h(text):
    return "\n".join("<p>%s</p>" % para.replace("\n", "<br>") for para in text.strip().split("\n\n"))

# ---------------------------------------------------------------- shared footers
FOOT = {
 "en": ["Amazon will never ask you to provide your password, your card number or your bank details by email, by phone or by text message.",
        "If the card number on your account has changed, or the card has expired, please update it in Your Account (Your Payments).",
        "To report a suspicious email that claims to be from Amazon, go to %s/reportascam. Learn more at %s/help/security.",
        "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."],
 "de": ["Amazon wird Sie niemals per E-Mail, Telefon oder SMS nach Ihrem Passwort, Ihrer Kreditkartennummer oder Ihren Bankdaten fragen.",
        "Wenn sich die Kartennummer Ihrer Zahlungsart geändert hat oder die Karte abgelaufen ist, aktualisieren Sie sie bitte unter Mein Konto > Zahlungsarten.",
        "Verdächtige E-Mails, die angeblich von Amazon stammen, können Sie unter %s/reportascam melden. Weitere Informationen finden Sie unter %s/hilfe/sicherheit.",
        "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."],
 "nl": ["Amazon zal je nooit per e-mail, telefoon of sms vragen om je wachtwoord, je creditcardnummer of je bankgegevens.",
        "Als het kaartnummer van je betaalmethode is gewijzigd of je kaart is verlopen, werk deze dan bij via Je account > Je betalingen.",
        "Verdachte e-mails die van Amazon lijken te komen kun je melden via %s/reportascam. Meer informatie vind je op %s/help/beveiliging.",
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende berichten kan ontvangen. Beantwoord dit bericht niet."],
}
def footer(lang, market):
    u = "https://www." + market
    return [f % (u, u) if "%s" in f else f for f in FOOT[lang]] + ["© 2024 Amazon.com, Inc. of haar dochterondernemingen. Amazon en het Amazon-logo zijn handelsmerken van Amazon.com, Inc." if lang == "nl" else
            ("© 2024 Amazon.com, Inc. oder Tochtergesellschaften. Amazon und das Amazon-Logo sind Marken von Amazon.com, Inc." if lang == "de" else
             "© 2024 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon and the Amazon logo are trademarks of Amazon.com, Inc.")]

def text_footer(lang, market):
    return "\n\n" + "-" * 72 + "\n" + "\n".join(footer(lang, market)) + "\n"

ITEMS = {
 "en": [("Anker PowerCore 10000 Portable Charger, Ultra-Compact Power Bank", "Qty: 1"), ("Oral-B Pro 3 3500 Electric Toothbrush, Black", "Qty: 1"),
        ("LEGO Technic 42154 Ford GT 2022 Car Model Kit", "Qty: 1"), ("Kindle Paperwhite (16 GB) - Agave Green", "Qty: 1"),
        ("Stanley Quencher H2.0 FlowState Tumbler 40 oz", "Qty: 2"), ("Philips Hue White and Colour Ambiance E27 Smart Bulb, 2-pack", "Qty: 1"),
        ("Prestige Iris 750 Watt Mixer Grinder", "Qty: 1"), ("Logitech MX Master 3S Wireless Mouse, Graphite", "Qty: 1")],
 "de": [("Bosch Akku-Bohrschrauber GSR 12V-15, 2 Akkus, Koffer", "Menge: 1"), ("Tefal Ultimate Pure Dampfbügeleisen FV9845", "Menge: 1"),
        ("Brita Wasserfilter-Kartuschen MAXTRA PRO All-in-1, 6er Pack", "Menge: 1"), ("Der Gesang der Flusskrebse: Roman – Taschenbuch", "Menge: 1"),
        ("Philips Sonicare ProtectiveClean 4300 Schallzahnbürste", "Menge: 1"), ("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grau", "Menge: 1")],
 "nl": [("Philips Airfryer XXL HD9650/90, 7,3 L", "Aantal: 1"), ("Nintendo Switch OLED-model, wit", "Aantal: 1"),
        ("Douwe Egberts Aroma Rood Koffiebonen, 4 x 500 g", "Aantal: 2"), ("JBL Tune 520BT draadloze on-ear koptelefoon, blauw", "Aantal: 1"),
        ("Het Smelt – Lize Spit (paperback)", "Aantal: 1"), ("Tommee Tippee flessenwarmer", "Aantal: 1")],
}

def authres(market, ok=True):
    if ok:
        return ("mx.google.com; dkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s; spf=pass (google.com: domain of 0100018f%s@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=0100018f%s@bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (market, market, random.choice(["rjs7q3ngr6bpfqp6dwrklkdggnknvq3d", "3sgzdv5n7kf6scfpgevlmkqxwhdy6dzc"]), base64.b64encode(random.randbytes(6)).decode(),
                   "%08x" % random.getrandbits(32), market, random.randint(0, 255), random.randint(1, 254), "%08x" % random.getrandbits(32), market, market))
    return None

# ---------------------------------------------------------------- record list
R = []
def add(**kw):
    R.append(kw)

# ============================= ENGLISH =============================
# --- notices
en_notices = [
 dict(market="amazon.com", cause="inventory_shortage", reason=True, sender=("Amazon.com", "auto-confirm@amazon.com"), auth=True, shape="alt", cte="qp",
      subject="Your Amazon.com order #{o} has been cancelled", name="Jordan",
      paras=["We're sorry. We've cancelled the item(s) listed below from your order because the item is no longer available from the seller. We know this is disappointing and apologize for any inconvenience.",
             "You have not been charged for this item. If a pending authorization appears on your statement, it will be released by your bank within 3-5 business days.",
             "You can look for similar items on Amazon.com or check back later to see if the item becomes available again."],
      items=[0], note="item no longer available from seller; HTML+text"),
 dict(market="amazon.co.uk", cause="payment_issue", reason=True, sender=("Amazon.co.uk", "payments-messages@amazon.co.uk"), auth=False, shape="text", cte="b64",
      subject="Your Amazon.co.uk order {o} has been cancelled", name="Sarah",
      paras=["We were unable to process payment for your order {o} with the card ending in 4417, because the card issuer declined the transaction.",
             "We emailed you on 2 June asking you to revise the payment method. As we did not receive a payment revision within the 7-day period, we have cancelled your order.",
             "You have not been charged. If you still want these items, please place a new order and make sure your payment details in Your Account are up to date."],
      items=[1], note="card declined, payment revision not made in time; plain text"),
 dict(market="amazon.ca", cause="technical_issue", reason=True, sender=("Amazon.ca", "order-update@amazon.ca"), auth=True, shape="alt", cte="b64",
      subject="Order Cancelled: \"LEGO Technic 42154 Ford GT 2022...\"", name="Étienne",
      paras=["We're writing to let you know that we've cancelled your order {o} for the item below.",
             "The item was listed at an incorrect price due to a pricing error on our website. Our Conditions of Use allow us to cancel orders placed at an incorrect price, and we have done so in this case.",
             "You will not be charged for this order. We sincerely apologize for the inconvenience. The item is available at its correct price on the product detail page."],
      items=[2], note="pricing error"),
 dict(market="amazon.com.au", cause="fraud_prevention", reason=True, sender=("Amazon.com.au", "cs-reply@amazon.com.au"), auth=False, shape="text", cte="qp",
      subject="Your Amazon.com.au order {o} has been cancelled", name="Mitchell",
      paras=["We noticed unusual activity on your Amazon.com.au account and, as a precaution, we have placed a temporary hold on your account and cancelled your recent order {o}.",
             "To remove the hold, please sign in to your account on Amazon.com.au directly (do not use links in emails you did not expect) and follow the on-screen instructions to verify your identity and payment information.",
             "Once verification is complete you may place a new order. We apologise for any inconvenience this may cause."],
      items=[3], note="unusual activity, account hold, verification; plain text QP"),
 dict(market="amazon.in", cause="customer_request", reason=True, sender=("Amazon.in", "order-update@amazon.in"), auth=True, shape="html", cte="qp",
      subject="Your Amazon.in order #{o} has been successfully cancelled", name="Priya",
      paras=["As requested, we've cancelled your order {o}. This cancellation request was placed by you on Your Orders on 14 March 2024.",
             "If you paid for the order, a refund of ₹3,199.00 will be issued to your original payment method. Refunds to cards usually reflect within 5-7 business days; Amazon Pay balance refunds are instant.",
             "If you didn't request this cancellation, please contact us through the Help section of the Amazon.in app."],
      items=[6], note="cancelled at customer's request; HTML only"),
 dict(market="amazon.sg", cause="unknown", reason=False, sender=("Amazon.sg", "auto-confirm@amazon.sg"), auth=False, shape="alt", cte="8bit",
      subject="Your Amazon.sg order {o} has been cancelled", name="Wei Ling",
      paras=["We're writing to let you know that your order {o} has been cancelled.",
             "You have not been charged for the cancelled item(s). Any temporary authorisation on your payment method will be released.",
             "We apologise for any inconvenience. You can view the status of your orders in Your Orders."],
      items=[4], note="cancellation with no reason given; 8bit"),
]
# --- lookalikes (en)
en_look = [
 dict(sender=("Amazon Support", "amazon.orders.helpdesk24@gmail.com"), subject="Order Cancelled - Refund Pending!!", cause="unknown", reason=False, shape="text", cte="7bit",
      body="""Dear Customer,

Your Amazon order has been CANCELLED and the amount of $749.99 will be refunded.

If you did not cancel this order please call our Amazon Refund Department IMMEDIATELY at +1 (888) 467-3120 (Toll Free, 24/7).

Failure to call within 24 hours will result in the amount being charged to your account.

Thanks
Amazon Customer Care Team""", note="crude callback phone scam, gmail sender, no order number", auth="fail_none"),
 dict(sender=("Аmazon.com", "account-security@amazon-orders.help"), subject="Action required: account suspended and order #113-8847263-55019 cancelled", cause="fraud_prevention", reason=True, shape="alt", cte="qp",
      body="""Hello,

We detected suspicious sign-in activity on your account. For your protection your account has been temporarily suspended and your order #113-8847263-55019 has been cancelled.

To restore your account, enter the following verification code on our secure page within 12 hours:

    Verification code: AMZ-77Q-4419

https://amazon-orders.help/restore?code=AMZ-77Q-4419

If you do not complete verification your account will be permanently closed.

Amazon Account Services""", note="Cyrillic A in display name, lookalike domain, 'use this code', malformed order number", auth="fail_spf"),
 dict(sender=("Amazon Customer Service", "amazonservice.billing@outlook.com"), subject="RE: Your order has been cancelled - payment failed", cause="payment_issue", reason=True, shape="text", cte="qp",
      body="""Dear valued customer,

We regret to inform you that your recent order (Order ID: 402-55-118732) was cancelled because your payment could not be authorised.

To reinstate the order please reply to this email with the following details:
- Full name on card
- Card number
- Expiry date and CVV
- Billing postcode

Once we receive your details we will process the order again within 2 hours.

Kind regards,
Amazon Billing Department""", note="reply with card details, outlook.com sender, malformed order id", auth="fail_none"),
 dict(sender=("Amazon.co.uk", "no-reply@amazon.co.uk.order-status-centre.com"), subject="Your Amazon.co.uk order 204-6611839-2273410 has been cancelled", cause="fraud_prevention", reason=True, shape="html_polished", cte="b64",
      market="amazon.co.uk", fake_href="https://amazon.co.uk.order-status-centre.com/ap/signin?session=8f3a1c",
      paras=["We noticed an unusual payment attempt on your account. For your security, your order 204-6611839-2273410 has been cancelled and your account has been placed on hold.",
             "To restore full access and release the £412.98 payment, please verify your identity within 48 hours: <a href=\"{href}\">https://www.amazon.co.uk/your-account/verify</a>",
             "If we do not hear from you, your account will be permanently closed and any pending orders cancelled."],
      note="polished HTML copy, link text shows amazon.co.uk but href to lookalike domain", auth="fail_dmarc"),
 dict(sender=("Αmazοn", "orders@amaz0n-support.com"), subject="Your order will be cancelled unless you confirm your payment", cause="payment_issue", reason=True, shape="alt", cte="b64",
      body="""Hello,

We were unable to verify the payment method for your order #701-2284719-0039912 (Apple iPhone 15 Pro, 256GB).

Your order WILL BE CANCELLED within 24 hours unless you confirm your billing information here:
http://amaz0n-support.com/billing/confirm

Thank you for shopping with us.
Amazon.com""", note="Greek homoglyphs in display name, amaz0n domain, 'will be cancelled' unless act", auth="fail_spf"),
 dict(sender=("Amazon Orders", "amzn.refunds.dept@yahoo.com"), subject="Order Cancellation Notice - Item Out of Stock", cause="inventory_shortage", reason=True, shape="text", cte="8bit",
      body="""Hello Amazon Customer,

Unfortunately the item you ordered (Samsung 65" QLED TV) is out of stock and your order was cancelled.

To receive your refund of $1,099.00 you must complete the refund form with your card details at the link below. Refunds not claimed within 48 hours are forfeited.

➡ http://bit.ly/amzn-refund-claim

Amazon Refund Team""", note="yahoo sender, out-of-stock claim, card details via shortener", auth="fail_none"),
 dict(sender=("Amazon.ca", "billing@amazon-secure-billing.net"), subject="Order #112-44871-2298 cancelled due to a system error", cause="technical_issue", reason=True, shape="html_polished", cte="qp",
      market="amazon.ca", fake_href="http://amazon-secure-billing.net/ca/reconfirm.php",
      paras=["Due to a system error during processing, your order #112-44871-2298 was cancelled and your payment was not captured.",
             "To have your order re-processed at the original price, please re-confirm your payment details: <a href=\"{href}\">www.amazon.ca/gp/css/order-history</a>",
             "This link expires in 24 hours."],
      note="technical error claim, malformed order number, disguised link", auth="fail_dmarc"),
 dict(sender=("Amazon.com", "no-reply@amazon.com.account-verify.info"), subject="Cancellation confirmed: Order 114-3390572-8817654", cause="customer_request", reason=True, shape="alt", cte="qp",
      body="""Hello,

Your request to cancel order 114-3390572-8817654 has been received and processed.

Item: Sony PlayStation 5 Console – Slim
Refund: $499.99 to be credited to your gift card balance

If you did NOT request this cancellation, your account may be compromised. Call the Amazon Fraud Desk now at 1-844-901-2277 to stop unauthorized activity.

Amazon.com Customer Service""", note="amazon.com.<evil> domain, claims customer cancellation, callback number", auth="fail_dmarc"),
]
en_non = [
 dict(sender=("Walmart.com", "help@walmart.com"), subject="Your Walmart.com order #2000118-34772901 has been canceled", shape="alt", cte="qp",
      body="""Hi Jordan,

We're sorry, but your order #2000118-34772901 has been canceled because the item is out of stock at our fulfillment center.

Item: Ninja AF101 Air Fryer, 4 Qt  — $89.00
You won't be charged. Any temporary authorization will fall off your account in 3-5 business days.

Shopping around? Walmart Price Match doesn't apply to third-party marketplaces such as Amazon.com, but you can find great Rollbacks at walmart.com/rollbacks.

Walmart Customer Care""", note="Walmart cancellation mentioning Amazon.com"),
 dict(sender=("Dave Kowalski", "dave.kowalski@brightlane-consulting.com"), subject="Re: monitor for the new desk", shape="text", cte="7bit",
      body="""Hey Tom,

Quick update — I cancelled the Amazon order for the Dell 27" monitor this morning, the delivery date kept slipping to next month. I'll grab one from the Best Buy on 5th instead, so no need to expense the Amazon one.

Amazon said the refund should hit the company card in a few days. I'll forward the receipt to Linda when I have it.

Cheers,
Dave""", note="colleague says he cancelled his Amazon order"),
 dict(sender=("The Scam Watch Weekly", "newsletter@scamwatchweekly.org"), subject="Scam Watch #118: fake \"Your Amazon order has been cancelled\" emails are back", shape="html", cte="qp",
      body="""<h2>Scam Watch Weekly — Issue 118</h2>
<p>This week several readers forwarded emails with the subject line <b>"Your Amazon.com order #113-8847263-55019 has been cancelled"</b>. They look convincing, but the order number has the wrong number of digits and the "Call us at 1-888…" line is the giveaway: Amazon does not ask you to call a number in a cancellation email.</p>
<h3>How to check</h3>
<ul><li>Open the Amazon app or type amazon.com yourself and look in Your Orders.</li><li>Hover over links: the real domain must end in amazon.com.</li><li>Never read out a code or card number to someone who called you.</li></ul>
<p>Report suspicious emails to reportphishing@amazon.com and to the FTC at reportfraud.ftc.gov.</p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at scamwatchweekly.org. <a href="https://scamwatchweekly.org/unsubscribe">Unsubscribe</a></p>""", note="newsletter about phishing quoting fake subject"),
 dict(sender=("Amazon Fresh", "fresh-shipment@amazon.co.uk"), subject="Your Amazon Fresh delivery slot has been cancelled", shape="alt", cte="b64",
      body="""Hello Sarah,

Your Amazon Fresh delivery slot on Saturday 8 June, 10:00 - 12:00 has been cancelled as you requested. Your basket has been saved and no items have been charged.

You can choose a new delivery slot at any time from your Amazon Fresh basket.

Thank you for shopping with Amazon Fresh.
Amazon.co.uk""", note="cancelled Amazon Fresh delivery slot, no order cancelled"),
 dict(sender=("Amazon Prime", "prime@amazon.ie"), subject="Your Amazon Prime membership has been cancelled", shape="html", cte="qp",
      body="""<p>Hello Aoife,</p>
<p>We're confirming that your Amazon Prime membership has been cancelled. You can continue to enjoy your Prime benefits, including fast delivery and Prime Video, until <b>22 July 2024</b>. You won't be charged again.</p>
<p>Changed your mind? You can restart your membership at any time from <a href="https://www.amazon.ie/prime">Your Prime Membership</a>.</p>
<p style="color:#767676;font-size:12px">Amazon will never ask for your password by email. This message was sent from amazon.ie.</p>""", note="Prime membership cancelled"),
 dict(sender=("Amazon.co.za", "payments-messages@amazon.co.za"), subject="Action required: please update your payment method for order 408-2217784-9901236", shape="alt", cte="qp",
      body="""Hello Thabo,

We were unable to charge your Visa card ending in 0932 for your order 408-2217784-9901236 (Defy 2-Plate Stove, R1,299.00).

To keep your order, please update your payment method within 7 days by going to Your Orders on Amazon.co.za and selecting "Revise payment". If we don't receive a valid payment method by 14 June, your order will be cancelled.

Amazon will never ask you to provide your card details by email or phone.""", note="genuine payment reminder before any cancellation"),
]

# ============================= GERMAN =============================
de_notices = [
 dict(market="amazon.de", cause="inventory_shortage", reason=True, sender=("Amazon.de", "auto-confirm@amazon.de"), auth=True, shape="alt", cte="qp",
      subject="Ihre Amazon.de-Bestellung {o} wurde storniert", name="Herr Schneider",
      paras=["leider mussten wir den unten aufgeführten Artikel aus Ihrer Bestellung stornieren, da der Verkäufer die Bestellung nicht erfüllen konnte. Der Artikel ist derzeit nicht vorrätig.",
             "Ihnen wurde für diesen Artikel nichts berechnet. Eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank innerhalb weniger Tage freigegeben.",
             "Wir entschuldigen uns für die Unannehmlichkeiten."],
      items=[0], note="Verkäufer konnte nicht liefern / nicht vorrätig"),
 dict(market="amazon.de", cause="payment_issue", reason=True, sender=("Amazon.de", "payments-messages@amazon.de"), auth=False, shape="text", cte="qp", charset="iso-8859-1",
      subject="Stornierung Ihrer Bestellung {o}", name="Frau Yilmaz",
      paras=["die Zahlung für Ihre Bestellung {o} konnte nicht durchgeführt werden, da die hinterlegte Kreditkarte abgelaufen ist.",
             "Wir hatten Sie gebeten, Ihre Zahlungsinformationen innerhalb von 7 Tagen zu aktualisieren. Da wir keine gültige Zahlungsart erhalten haben, wurde Ihre Bestellung storniert.",
             "Ihnen wurde nichts berechnet. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung auf."],
      items=[1], note="Karte abgelaufen, Zahlungsrevision nicht erfolgt; iso-8859-1 text"),
 dict(market="amazon.de", cause="technical_issue", reason=True, sender=("Amazon.de", "order-update@amazon.de"), auth=True, shape="html", cte="b64",
      subject="Bestellung storniert: \"Samsung Galaxy Tab S9 FE, 128 GB...\"", name="Herr Wagner",
      paras=["wir müssen Ihnen leider mitteilen, dass wir Ihre Bestellung {o} stornieren mussten.",
             "Der Artikel wurde aufgrund eines technischen Fehlers mit einem falschen Preis auf unserer Website angezeigt. Gemäß unseren Allgemeinen Geschäftsbedingungen kommt ein Kaufvertrag erst mit dem Versand zustande; wir haben die Bestellung daher storniert.",
             "Ihnen wurde nichts berechnet. Wir bitten vielmals um Entschuldigung."],
      items=[5], note="Preisfehler/technischer Fehler; HTML only"),
 dict(market="amazon.de", cause="fraud_prevention", reason=True, sender=("Amazon.de", "cs-reply@amazon.de"), auth=False, shape="alt", cte="b64",
      subject="Ihre Bestellung {o} wurde storniert", name="Frau Keller",
      paras=["bei einer Routineüberprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Kundenkonto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und Ihre Bestellung {o} storniert.",
             "Um die Sperre aufzuheben, melden Sie sich bitte direkt auf Amazon.de bzw. in der Amazon-App an (nicht über Links in unerwarteten E-Mails) und folgen Sie den Anweisungen zur Bestätigung Ihrer Identität.",
             "Nach erfolgreicher Überprüfung können Sie die Bestellung erneut aufgeben."],
      items=[3], note="ungewöhnliche Aktivität, Konto gesperrt"),
 dict(market="amazon.de", cause="customer_request", reason=True, sender=("Amazon.de", "auto-confirm@amazon.de"), auth=True, shape="text", cte="8bit",
      subject="Ihre Stornierungsanfrage für Bestellung {o}", name="Herr Hoffmann",
      paras=["wie von Ihnen gewünscht, haben wir Ihre Bestellung {o} storniert.",
             "Falls Sie bereits bezahlt haben, erstatten wir den Betrag von 24,99 € auf Ihre ursprüngliche Zahlungsart. Die Gutschrift erscheint je nach Bank innerhalb von 3–5 Werktagen.",
             "Sie haben diese Stornierung nicht angefordert? Dann wenden Sie sich bitte über die Hilfe-Seiten auf Amazon.de an uns."],
      items=[2], note="auf Wunsch des Kunden; 8bit"),
 dict(market="amazon.de", cause="unknown", reason=True, sender=("Amazon.de", "order-update@amazon.de"), auth=False, shape="alt", cte="qp",
      subject="Ihre Amazon.de-Bestellung {o} wurde storniert", name="Frau Becker",
      paras=["leider konnten wir Ihre Bestellung {o} nicht zustellen, da die angegebene Lieferadresse für den Versanddienstleister nicht zustellbar war. Die Sendung wurde an uns zurückgeschickt und Ihre Bestellung storniert.",
             "Der Betrag wird Ihnen innerhalb von 5 Werktagen nach Eingang der Rücksendung erstattet.",
             "Bitte prüfen Sie Ihre Lieferadresse unter Mein Konto > Adressen, bevor Sie erneut bestellen."],
      items=[4], note="Adresse nicht zustellbar"),
]
de_look = [
 dict(sender=("Amazon Kundenservice", "amazon.kundenservice.de24@gmail.com"), subject="Bestellung STORNIERT - Rückerstattung 899,00 EUR", cause="unknown", reason=False, shape="text", cte="8bit",
      body="""Sehr geehrter Kunde,

Ihre Bestellung wurde STORNIERT. Der Betrag von 899,00 EUR wird Ihrem Konto belastet, falls Sie nicht widersprechen.

Rufen Sie SOFORT unsere kostenlose Hotline an: 0800 589 31 77 (24 Std. erreichbar)

Mit freundlichen Grüßen
Amazon Kundenservice Deutschland""", note="grob, Rückruf-Telefonnummer, gmail, keine Bestellnummer", auth="fail_none"),
 dict(sender=("Аmazon.de", "sicherheit@amazon-bestellungen.help"), subject="Konto gesperrt – Bestellung 302-5518-99231 storniert", cause="fraud_prevention", reason=True, shape="alt", cte="qp",
      body="""Guten Tag,

aufgrund verdächtiger Anmeldeversuche wurde Ihr Konto gesperrt und Ihre Bestellung 302-5518-99231 storniert.

Geben Sie den folgenden Sicherheitscode innerhalb von 12 Stunden auf unserer Seite ein, um Ihr Konto zu entsperren:

    Sicherheitscode: 48 19 27

https://amazon-bestellungen.help/entsperren

Andernfalls wird Ihr Konto endgültig geschlossen.

Ihr Amazon Sicherheitsteam""", note="kyrillisches A, Lookalike-Domain, Code, fehlerhafte Bestellnummer", auth="fail_spf"),
 dict(sender=("Amazon Zahlungsabteilung", "amazon-zahlung@outlook.de"), subject="AW: Ihre Bestellung wurde storniert - Zahlung fehlgeschlagen", cause="payment_issue", reason=True, shape="text", cte="qp", charset="iso-8859-1",
      body="""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung wurde storniert, weil Ihre Zahlung nicht autorisiert werden konnte.

Um die Bestellung wieder zu aktivieren, antworten Sie bitte auf diese E-Mail mit:
- Name des Karteninhabers
- Kartennummer
- Ablaufdatum und Prüfnummer (CVC)
- IBAN (falls Lastschrift)

Nach Eingang Ihrer Daten wird die Bestellung innerhalb von 2 Stunden erneut bearbeitet.

Mit freundlichen Grüßen
Amazon Zahlungsabteilung""", note="Kartendaten per Antwort, outlook.de, keine Bestellnummer", auth="fail_none"),
 dict(sender=("Amazon.de", "bestellung@amazon.de.kundenkonto-service.top"), subject="Ihre Amazon.de-Bestellung 028-4471903-6618325 wurde storniert", cause="fraud_prevention", reason=True, shape="html_polished", cte="b64",
      market="amazon.de", fake_href="https://amazon.de.kundenkonto-service.top/ap/signin?ref=stornierung",
      paras=["wir haben einen ungewöhnlichen Zahlungsversuch in Ihrem Konto festgestellt. Zu Ihrer Sicherheit wurde Ihre Bestellung 028-4471903-6618325 storniert und Ihr Konto eingeschränkt.",
             "Bitte bestätigen Sie Ihre Identität innerhalb von 48 Stunden: <a href=\"{href}\">https://www.amazon.de/gp/css/account/verifizierung</a>",
             "Ohne Bestätigung wird Ihr Konto dauerhaft gesperrt."],
      note="polierte HTML-Kopie, Linktext amazon.de, href auf fremde Domain", auth="fail_dmarc"),
 dict(sender=("Αmazοn.de", "service@amaz0n-de.com"), subject="Ihre Bestellung wird storniert, wenn Sie Ihre Zahlungsdaten nicht bestätigen", cause="payment_issue", reason=True, shape="alt", cte="b64",
      body="""Hallo,

wir konnten die Zahlungsart für Ihre Bestellung #305-1188420-7731904 (Apple AirPods Pro 2) nicht verifizieren.

Ihre Bestellung WIRD INNERHALB VON 24 STUNDEN STORNIERT, wenn Sie Ihre Zahlungsdaten nicht hier bestätigen:
http://amaz0n-de.com/zahlung/bestaetigen

Vielen Dank für Ihren Einkauf.
Amazon.de""", note="griechische Homoglyphen, amaz0n, 'wird storniert' falls nicht gehandelt", auth="fail_spf"),
 dict(sender=("Amazon Bestellungen", "amazon.erstattung@yahoo.de"), subject="Stornierung: Artikel nicht mehr lieferbar", cause="inventory_shortage", reason=True, shape="text", cte="8bit",
      body="""Hallo Amazon Kunde,

leider ist der von Ihnen bestellte Artikel (Dyson V15 Detect) nicht mehr lieferbar und Ihre Bestellung wurde storniert.

Um Ihre Rückerstattung von 649,00 € zu erhalten, füllen Sie bitte das Erstattungsformular mit Ihren Kartendaten aus. Nicht innerhalb von 48 Stunden beantragte Erstattungen verfallen.

➜ http://tinyurl.com/amzn-erstattung-de

Ihr Amazon Erstattungsteam""", note="yahoo, nicht lieferbar, Kartendaten über Kurzlink", auth="fail_none"),
 dict(sender=("Amazon.de", "rechnung@amazon-sicher-zahlen.net"), subject="Bestellung Nr. 303-77412-11 aufgrund eines Systemfehlers storniert", cause="technical_issue", reason=True, shape="html_polished", cte="qp",
      market="amazon.de", fake_href="http://amazon-sicher-zahlen.net/de/neu-bestaetigen.php",
      paras=["Aufgrund eines Systemfehlers bei der Verarbeitung wurde Ihre Bestellung Nr. 303-77412-11 storniert. Ihre Zahlung wurde nicht eingezogen.",
             "Damit wir Ihre Bestellung zum ursprünglichen Preis erneut bearbeiten können, bestätigen Sie bitte Ihre Zahlungsdaten: <a href=\"{href}\">www.amazon.de/meine-bestellungen</a>",
             "Dieser Link ist 24 Stunden gültig."],
      note="Systemfehler, fehlerhafte Bestellnummer, getarnter Link", auth="fail_dmarc"),
 dict(sender=("Amazon.de", "no-reply@amazon.de.konto-pruefung.info"), subject="Stornierung bestätigt: Bestellung 306-2290481-5547712", cause="customer_request", reason=True, shape="alt", cte="qp",
      body="""Hallo,

Ihre Anfrage zur Stornierung der Bestellung 306-2290481-5547712 wurde bearbeitet.

Artikel: Sony PlayStation 5 Slim Digital Edition
Erstattung: 449,99 € als Amazon-Gutschein

Sie haben diese Stornierung NICHT beantragt? Dann könnte Ihr Konto kompromittiert sein. Rufen Sie sofort unsere Betrugsabteilung an: +49 30 2555 8841.

Amazon.de Kundenservice""", note="amazon.de.<fremd>, angeblich Kundenstornierung, Rückrufnummer", auth="fail_dmarc"),
]
de_non = [
 dict(sender=("OTTO", "service@otto.de"), subject="Deine Bestellung 71-44820-9913 wurde storniert", shape="alt", cte="qp",
      body="""Hallo Lena,

leider müssen wir dir mitteilen, dass wir deine Bestellung 71-44820-9913 stornieren mussten: Der Artikel "Bosch Serie 4 Geschirrspüler SMS4HTI45E" ist beim Lieferanten nicht mehr verfügbar.

Du hast mit Amazon Pay bezahlt. Die Belastung wird automatisch in deinem Amazon-Pay-Konto rückgängig gemacht; das kann 3–5 Werktage dauern.

Dein OTTO Kundenservice""", note="OTTO-Stornierung, bezahlt mit Amazon Pay"),
 dict(sender=("Markus Brandt", "markus.brandt@posteo.de"), subject="Re: Geburtstagsgeschenk für Oma", shape="text", cte="8bit",
      body="""Hi Julia,

kurze Info: ich habe die Amazon-Bestellung mit dem Fotobuch storniert, das kommt erst nach Omas Geburtstag. Ich besorge was im Laden in der Innenstadt.

Das Geld hat Amazon mir schon zurückgebucht, du musst mir also nichts überweisen.

LG Markus""", note="Freund hat seine Amazon-Bestellung storniert"),
 dict(sender=("Verbraucherzentrale Newsletter", "newsletter@vz-nrw.example.de"), subject="Phishing-Radar: Gefälschte Mails \"Ihre Amazon-Bestellung wurde storniert\"", shape="html", cte="qp",
      body="""<h2>Phishing-Radar der Woche</h2>
<p>Aktuell kursieren E-Mails mit dem Betreff <b>„Ihre Amazon.de-Bestellung 302-5518-99231 wurde storniert“</b>. Darin werden Empfänger aufgefordert, eine Hotline anzurufen oder einen Sicherheitscode einzugeben.</p>
<p>Unsere Einschätzung: <b>Phishing</b>. Die Bestellnummer ist unvollständig, der Absender stammt nicht von amazon.de. Verschieben Sie die Mail in den Spam-Ordner und prüfen Sie Bestellungen nur direkt in Ihrem Amazon-Konto.</p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://vz-nrw.example.de/abmelden">Abmelden</a></p>""", note="Newsletter über Phishing, zitiert gefälschten Betreff"),
 dict(sender=("Amazon.de", "installation@amazon.de"), subject="Ihr Installationstermin wurde abgesagt", shape="alt", cte="b64",
      body="""Guten Tag Herr Wagner,

Ihr Termin für die Montage Ihrer Waschmaschine am Dienstag, 11. Juni 2024, zwischen 8:00 und 12:00 Uhr wurde vom Dienstleister abgesagt.

Ihre Bestellung ist davon nicht betroffen; die Waschmaschine wird wie geplant geliefert. Bitte wählen Sie unter Meine Bestellungen einen neuen Termin für die Montage.

Amazon.de""", note="Montagetermin abgesagt, Bestellung nicht betroffen"),
 dict(sender=("Audible", "kundenservice@audible.de"), subject="Ihr Audible-Abo wurde gekündigt", shape="html", cte="qp",
      body="""<p>Hallo Frau Keller,</p>
<p>wir bestätigen die Kündigung Ihres Audible-Abos. Ihre Mitgliedschaft endet am <b>30. Juni 2024</b>. Ihre Hörbücher bleiben in Ihrer Bibliothek, und nicht eingelöste Guthaben können Sie bis dahin noch verwenden.</p>
<p>Audible ist ein Unternehmen von Amazon. Sie können Ihr Abo jederzeit unter audible.de wieder aufnehmen.</p>""", note="Audible-Abo gekündigt"),
 dict(sender=("Amazon.de", "payments-messages@amazon.de"), subject="Handlungsbedarf: Zahlungsart für Bestellung 302-8841207-3390415 aktualisieren", shape="alt", cte="qp",
      body="""Hallo Herr Hoffmann,

die Zahlung für Ihre Bestellung 302-8841207-3390415 über 59,99 € konnte nicht abgeschlossen werden, da Ihre Bank die Lastschrift zurückgewiesen hat.

Bitte aktualisieren Sie Ihre Zahlungsart innerhalb von 7 Tagen unter Meine Bestellungen > Zahlungsart ändern. Wenn wir bis zum 18. Juni keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert.

Amazon wird Sie niemals per E-Mail nach Ihren Bankdaten fragen.""", note="echte Zahlungserinnerung vor Stornierung"),
]

# ============================= DUTCH =============================
nl_notices = [
 dict(market="amazon.nl", cause="inventory_shortage", reason=True, sender=("Amazon.nl", "auto-confirm@amazon.nl"), auth=True, shape="alt", cte="qp",
      subject="Je Amazon.nl-bestelling {o} is geannuleerd", name="Sanne",
      paras=["Het spijt ons. We hebben het onderstaande artikel uit je bestelling geannuleerd, omdat het niet meer op voorraad is en de verkoper de bestelling niet kon leveren.",
             "Er is niets in rekening gebracht voor dit artikel. Een eventuele reservering op je rekening wordt binnen enkele werkdagen door je bank vrijgegeven.",
             "Onze excuses voor het ongemak."],
      items=[1], note="niet meer op voorraad, verkoper kon niet leveren"),
 dict(market="amazon.com.be", cause="payment_issue", reason=True, sender=("Amazon.com.be", "payments-messages@amazon.com.be"), auth=False, shape="text", cte="qp", charset="windows-1252",
      subject="Je bestelling {o} is geannuleerd", name="Pieter",
      paras=["We konden de betaling voor je bestelling {o} niet verwerken omdat er onvoldoende saldo op je cadeaubon stond en de gekoppelde Bancontact-betaling is geweigerd.",
             "We hebben je gevraagd je betaalgegevens binnen 7 dagen bij te werken. Omdat we geen geldige betaalmethode hebben ontvangen, is je bestelling geannuleerd.",
             "Er is niets in rekening gebracht. Wil je de artikelen nog steeds? Plaats dan een nieuwe bestelling."],
      items=[2], note="onvoldoende saldo/betaling geweigerd; windows-1252 tekst"),
 dict(market="amazon.nl", cause="technical_issue", reason=True, sender=("Amazon.nl", "order-update@amazon.nl"), auth=True, shape="html", cte="b64",
      subject="Bestelling geannuleerd: \"Nintendo Switch OLED-model, wit...\"", name="Daan",
      paras=["We laten je weten dat we je bestelling {o} hebben geannuleerd.",
             "Door een fout in de productvermelding werd dit artikel met een onjuiste prijs op onze website weergegeven. Volgens onze Gebruiks- en verkoopvoorwaarden mogen we bestellingen tegen een onjuiste prijs annuleren.",
             "Er wordt niets in rekening gebracht. Onze excuses voor het ongemak."],
      items=[1], note="prijsfout/fout in productvermelding; HTML only"),
 dict(market="amazon.nl", cause="fraud_prevention", reason=True, sender=("Amazon.nl", "cs-reply@amazon.nl"), auth=False, shape="alt", cte="b64",
      subject="Je bestelling {o} is geannuleerd", name="Fatima",
      paras=["We hebben ongebruikelijke activiteit op je account opgemerkt. Ter bescherming hebben we je account tijdelijk geblokkeerd en je bestelling {o} geannuleerd.",
             "Om de blokkering op te heffen, log je rechtstreeks in op Amazon.nl of in de Amazon-app (niet via links in onverwachte e-mails) en volg je de instructies om je identiteit en betaalgegevens te verifiëren.",
             "Na verificatie kun je de bestelling opnieuw plaatsen."],
      items=[3], note="ongebruikelijke activiteit, account geblokkeerd"),
 dict(market="amazon.com.be", cause="customer_request", reason=True, sender=("Amazon.com.be", "auto-confirm@amazon.com.be"), auth=True, shape="text", cte="8bit",
      subject="Annulering van je bestelling {o} bevestigd", name="Lotte",
      paras=["Zoals je hebt gevraagd, hebben we je bestelling {o} geannuleerd.",
             "Als je al hebt betaald, storten we € 34,95 terug via je oorspronkelijke betaalmethode. Dit kan 3–5 werkdagen duren.",
             "Heb je deze annulering niet aangevraagd? Neem dan contact met ons op via de Help-pagina's op Amazon.com.be."],
      items=[5], note="op verzoek van de klant; 8bit"),
 dict(market="amazon.nl", cause="unknown", reason=False, sender=("Amazon.nl", "order-update@amazon.nl"), auth=False, shape="alt", cte="qp",
      subject="Je Amazon.nl-bestelling {o} is geannuleerd", name="Bram",
      paras=["We laten je weten dat je bestelling {o} is geannuleerd.",
             "Er is niets in rekening gebracht voor de geannuleerde artikelen. Een eventuele tijdelijke reservering op je betaalmethode wordt vrijgegeven.",
             "Je kunt de status van je bestellingen altijd bekijken via Je bestellingen."],
      items=[0], note="geen reden opgegeven"),
]
nl_look = [
 dict(sender=("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com"), subject="BESTELLING GEANNULEERD - terugbetaling € 1.249,00", cause="unknown", reason=False, shape="text", cte="8bit",
      body="""Beste klant,

Uw bestelling is GEANNULEERD. Het bedrag van € 1.249,00 wordt van uw rekening afgeschreven als u niet reageert.

Bel DIRECT onze gratis hulplijn: 0800 022 9317 (24 uur per dag)

Met vriendelijke groet,
Amazon Klantenservice Nederland""", note="grof, terugbelnummer, gmail, geen bestelnummer", auth="fail_none"),
 dict(sender=("Аmazon.nl", "beveiliging@amazon-bestellingen.help"), subject="Account opgeschort en bestelling 403-8812-7734 geannuleerd", cause="fraud_prevention", reason=True, shape="alt", cte="qp",
      body="""Hallo,

Vanwege verdachte inlogpogingen is je account opgeschort en is je bestelling 403-8812-7734 geannuleerd.

Voer binnen 12 uur de volgende verificatiecode in op onze beveiligde pagina om je account te herstellen:

    Verificatiecode: NL-5531-K

https://amazon-bestellingen.help/herstel

Anders wordt je account definitief gesloten.

Amazon Accountbeveiliging""", note="Cyrillische A, lookalike domein, code, fout bestelnummer", auth="fail_spf"),
 dict(sender=("Amazon Betalingen", "amazon.betalingen@outlook.com"), subject="RE: Uw bestelling is geannuleerd - betaling mislukt", cause="payment_issue", reason=True, shape="text", cte="qp", charset="windows-1252",
      body="""Geachte klant,

Uw recente bestelling (nr. 171-9904-22) is geannuleerd omdat uw betaling niet kon worden geautoriseerd.

Om de bestelling opnieuw te activeren, beantwoordt u deze e-mail met:
- Naam op de kaart
- Kaartnummer
- Vervaldatum en CVC-code
- Postcode van het factuuradres

Na ontvangst verwerken wij uw bestelling binnen 2 uur opnieuw.

Met vriendelijke groet,
Amazon Betalingsafdeling""", note="kaartgegevens per antwoord, outlook, fout bestelnummer", auth="fail_none"),
 dict(sender=("Amazon.nl", "no-reply@amazon.nl.klantaccount-controle.top"), subject="Je Amazon.nl-bestelling 405-3319027-8841620 is geannuleerd", cause="fraud_prevention", reason=True, shape="html_polished", cte="b64",
      market="amazon.nl", fake_href="https://amazon.nl.klantaccount-controle.top/ap/signin?ref=annulering",
      paras=["We hebben een ongebruikelijke betalingspoging op je account opgemerkt. Voor je veiligheid is je bestelling 405-3319027-8841620 geannuleerd en is je account beperkt.",
             "Bevestig binnen 48 uur je identiteit: <a href=\"{href}\">https://www.amazon.nl/gp/css/account/verificatie</a>",
             "Zonder bevestiging wordt je account permanent geblokkeerd."],
      note="gepolijste HTML-kopie, linktekst amazon.nl, href naar ander domein", auth="fail_dmarc"),
 dict(sender=("Αmazοn.com.be", "service@amaz0n-be.com"), subject="Je bestelling wordt geannuleerd als je je betaling niet bevestigt", cause="payment_issue", reason=True, shape="alt", cte="b64",
      body="""Hallo,

We konden de betaalmethode voor je bestelling #407-2281904-1177345 (Apple Watch Series 9) niet verifiëren.

Je bestelling WORDT BINNEN 24 UUR GEANNULEERD als je je betaalgegevens niet hier bevestigt:
http://amaz0n-be.com/betaling/bevestigen

Bedankt voor je aankoop.
Amazon.com.be""", note="Griekse homoglyphen, amaz0n, 'wordt geannuleerd' tenzij actie", auth="fail_spf"),
 dict(sender=("Amazon Bestellingen", "amazon.terugbetaling@yahoo.com"), subject="Annulering: artikel niet meer leverbaar", cause="inventory_shortage", reason=True, shape="text", cte="8bit",
      body="""Hallo Amazon klant,

Helaas is het door u bestelde artikel (Philips Lumea IPL) niet meer leverbaar en is uw bestelling geannuleerd.

Om uw terugbetaling van € 379,00 te ontvangen, vult u het formulier in met uw kaartgegevens. Niet binnen 48 uur aangevraagde terugbetalingen vervallen.

➜ http://bit.ly/amzn-terugbetaling-nl

Amazon Terugbetalingen""", note="yahoo, niet leverbaar, kaartgegevens via korte link", auth="fail_none"),
 dict(sender=("Amazon.nl", "facturen@amazon-veilig-betalen.net"), subject="Bestelling #406-55190-33 geannuleerd door een systeemfout", cause="technical_issue", reason=True, shape="html_polished", cte="qp",
      market="amazon.nl", fake_href="http://amazon-veilig-betalen.net/nl/opnieuw-bevestigen.php",
      paras=["Door een systeemfout tijdens de verwerking is je bestelling #406-55190-33 geannuleerd. Je betaling is niet afgeschreven.",
             "Bevestig je betaalgegevens opnieuw zodat we je bestelling tegen de oorspronkelijke prijs kunnen verwerken: <a href=\"{href}\">www.amazon.nl/jouw-bestellingen</a>",
             "Deze link is 24 uur geldig."],
      note="systeemfout, fout bestelnummer, vermomde link", auth="fail_dmarc"),
 dict(sender=("Amazon.nl", "no-reply@amazon.nl.account-check.info"), subject="Annulering bevestigd: bestelling 408-6602195-4431870", cause="customer_request", reason=True, shape="alt", cte="qp",
      body="""Hallo,

Je verzoek om bestelling 408-6602195-4431870 te annuleren is verwerkt.

Artikel: Samsung Galaxy S24, 256 GB
Terugbetaling: € 899,00 als Amazon-cadeaubon

Heb je deze annulering NIET aangevraagd? Dan is je account mogelijk gehackt. Bel onmiddellijk onze fraudeafdeling: +31 20 808 4417.

Amazon.nl Klantenservice""", note="amazon.nl.<ander>, zogenaamd klantannulering, terugbelnummer", auth="fail_dmarc"),
]
nl_non = [
 dict(sender=("bol.com", "klantenservice@bol.com"), subject="Je bestelling 2519384402 is geannuleerd", shape="alt", cte="qp",
      body="""Hoi Sanne,

Helaas moeten we je bestelling 2519384402 annuleren. De verkoper kan het artikel "LEGO Icons 10311 Orchidee" niet meer leveren.

Je krijgt het bedrag van € 39,99 binnen 3 werkdagen terug op je rekening.

Tip: vergelijk je vaak prijzen met Amazon of andere winkels? Met de bol prijsalarm-functie krijg je een melding zodra de prijs daalt.

Groetjes,
bol.com Klantenservice""", note="bol.com-annulering, noemt Amazon"),
 dict(sender=("Joost de Vries", "joost.devries@ziggo.nl"), subject="Re: tent voor het weekend", shape="text", cte="8bit",
      body="""Hoi Emma,

Ik heb die Amazon-bestelling voor de tent geannuleerd, hij zou pas volgende week komen. Ik leen wel die van mijn broer.

Het geld is al teruggestort, dus je hoeft me niks over te maken.

Groet,
Joost""", note="vriend heeft zijn Amazon-bestelling geannuleerd"),
 dict(sender=("Fraudehelpdesk Nieuwsbrief", "nieuwsbrief@fraudehelpdesk.example.nl"), subject="Waarschuwing: nep-mail \"Je Amazon.nl-bestelling is geannuleerd\"", shape="html", cte="qp",
      body="""<h2>Fraudewaarschuwing van de week</h2>
<p>We ontvangen veel meldingen van e-mails met als onderwerp <b>"Je Amazon.nl-bestelling 403-8812-7734 is geannuleerd"</b>. Ontvangers worden gevraagd een verificatiecode in te voeren of een 0800-nummer te bellen.</p>
<p>Dit is <b>phishing</b>. Het bestelnummer klopt niet en de afzender is geen amazon.nl-adres. Controleer bestellingen altijd zelf in je Amazon-account.</p>
<p style="font-size:11px;color:#888">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. <a href="https://fraudehelpdesk.example.nl/afmelden">Afmelden</a></p>""", note="nieuwsbrief over phishing met nep-onderwerp"),
 dict(sender=("Amazon.com.be", "locker@amazon.com.be"), subject="Je ophaalmoment bij Amazon Locker is geannuleerd", shape="alt", cte="b64",
      body="""Hallo Pieter,

Je reservering voor het afhalen van je pakket bij Amazon Locker "Antwerpen Centraal" op donderdag 13 juni is geannuleerd omdat de locker tijdelijk buiten gebruik is.

Je bestelling wordt niet geannuleerd: we bezorgen je pakket binnen 2 werkdagen op je thuisadres.

Amazon.com.be""", note="Locker-ophaalmoment geannuleerd, bestelling niet"),
 dict(sender=("Kindle Unlimited", "digital-no-reply@amazon.nl"), subject="Je Kindle Unlimited-lidmaatschap is opgezegd", shape="html", cte="qp",
      body="""<p>Hallo Daan,</p>
<p>We bevestigen dat je Kindle Unlimited-lidmaatschap is opgezegd. Je kunt tot <b>4 juli 2024</b> blijven lezen; daarna worden geleende titels uit je bibliotheek verwijderd.</p>
<p>Je kunt je lidmaatschap op elk moment opnieuw starten via <a href="https://www.amazon.nl/kindle-dbs/hz/subscribe/ku">Amazon.nl</a>.</p>""", note="Kindle Unlimited opgezegd"),
 dict(sender=("Amazon.nl", "payments-messages@amazon.nl"), subject="Actie vereist: werk je betaalmethode bij voor bestelling 404-1129873-6650214", shape="alt", cte="qp",
      body="""Hallo Fatima,

We konden je creditcard eindigend op 7731 niet belasten voor je bestelling 404-1129873-6650214 (€ 129,00).

Werk binnen 7 dagen je betaalmethode bij via Je bestellingen > Betaling wijzigen. Als we uiterlijk 20 juni geen geldige betaalmethode hebben ontvangen, wordt je bestelling geannuleerd.

Amazon zal je nooit per e-mail vragen om je kaartgegevens.""", note="echte betalingsherinnering vóór annulering"),
]

# ---------------------------------------------------------------- assembly
GREET = {"en": "Hello {n},", "de": "Guten Tag {n},", "nl": "Hallo {n},"}
ORDLBL = {"en": "Order #", "de": "Bestellnummer: ", "nl": "Bestelnummer: "}
TO = {"en": ["jordan.miles@gmail.com", "sarah.cole@btinternet.com", "e.tremblay@videotron.ca", "mitch.p@bigpond.com", "priya.r@rediffmail.com", "weiling.tan@singnet.com.sg", "aoife.byrne@eircom.net", "thabo.m@webmail.co.za"],
      "de": ["k.schneider@web.de", "a.yilmaz@gmx.de", "t.wagner@t-online.de", "s.keller@posteo.de", "m.hoffmann@gmx.net", "l.becker@web.de"],
      "nl": ["sanne.jansen@ziggo.nl", "pieter.peeters@telenet.be", "daan.visser@kpnmail.nl", "f.elamrani@hotmail.nl", "lotte.maes@skynet.be", "bram.bakker@xs4all.nl"]}
BASE = datetime.datetime(2024, 3, 1, 8, 0, tzinfo=datetime.timezone.utc)

def mkdate():
    return BASE + datetime.timedelta(minutes=random.randint(0, 60 * 24 * 110))

def build(rec, lang, kind):
    charset = rec.get("charset", "utf-8")
    cte = rec["cte"]
    shape = rec["shape"]
    if kind == "notice":
        market = rec["market"]
        o = oid()
        subject = rec["subject"].format(o=o)
        paras = [p.format(o=o) for p in rec["paras"]]
        items = [ITEMS[lang][i] for i in rec["items"]]
        greeting = GREET[lang].format(n=rec["name"])
        text = market.capitalize() + "\n" + "-" * 72 + "\n\n" + greeting + "\n\n" + "\n\n".join(paras) + "\n\n" + ORDLBL[lang] + o + "\n\n" + \
               "\n".join("    %s  (%s)" % it for it in items) + "\n\n" + {"en": "Your Orders: ", "de": "Meine Bestellungen: ", "nl": "Je bestellingen: "}[lang] + \
               "https://www.%s/gp/css/order-history" % market + text_footer(lang, market)
        html = amazon_html(market, lang, subject, greeting, paras, o, items, footer(lang, market), orderlabel=ORDLBL[lang])
        fromaddr = rec["sender"]
        auth = authres(market) if rec["auth"] else None
        rec["_order"] = o
    else:
        market = rec.get("market")
        subject = rec["subject"]
        fromaddr = rec["sender"]
        auth = None
        if shape == "html_polished":
            paras = [p.format(href=rec["fake_href"]) for p in rec["paras"]]
            greeting = GREET[lang].format(n={"en": "Customer", "de": "Kunde", "nl": "klant"}[lang])
            html = amazon_html(market, lang, subject, greeting, paras, None, [], footer(lang, market))
            # make item/footer links in lookalike also point to fake domain for a few
            html = html.replace('href="https://www.%s/ref=TE_tex_h"' % market, 'href="%s"' % rec["fake_href"])
            text = None
            shape = "html"
        elif shape == "html":
            html = simple_html(rec["body"], lang)
            text = None
        else:
            text = rec["body"].strip() + "\n"
            html = simple_html(p2h(text), lang) if shape == "alt" else None
        a = rec.get("auth")
        dom = fromaddr[1].split("@")[1]
        if a == "fail_spf":
            auth = "mx.example.net; dkim=none; spf=softfail (domain of %s does not designate 185.220.%d.%d as permitted sender) smtp.mailfrom=%s; dmarc=none header.from=%s" % (fromaddr[1], random.randint(0, 255), random.randint(1, 254), fromaddr[1], dom)
        elif a == "fail_dmarc":
            auth = "mx.example.net; dkim=pass header.d=%s; spf=pass smtp.mailfrom=bounce@%s; dmarc=pass header.from=%s" % (dom, dom, dom)
        elif a == "fail_none" and random.random() < 0.5:
            auth = "mx.example.net; dkim=pass header.d=%s; spf=pass smtp.mailfrom=%s; dmarc=pass header.from=%s" % (dom, dom, dom)
    # body
    if shape == "text":
        msg = part(text, "plain", charset, cte)
    elif shape == "html":
        msg = part(html, "html", charset, cte)
    else:
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (random.randint(10**6, 10**7), random.randint(10**8, 10**9), random.randint(10**12, 10**13)))
        msg.attach(part(text, "plain", charset, cte))
        msg.attach(part(html, "html", charset, cte))
    date = mkdate()
    hdrs = []
    if auth:
        hdrs.append(("Authentication-Results", auth))
    hdrs.append(("Received", "from %s (%s [%d.%d.%d.%d]) by mx.example.net with ESMTPS id %s; %s" % (
        "a%d-%d.smtp-out.%s" % (random.randint(1, 99), random.randint(1, 250), "amazonses.com" if kind == "notice" else fromaddr[1].split("@")[1]),
        "unknown", random.randint(20, 220), random.randint(0, 255), random.randint(0, 255), random.randint(1, 254),
        "%016x" % random.getrandbits(64), format_datetime(date))))
    name = fromaddr[0]
    hdrs.append(("From", formataddr((name, fromaddr[1]), charset="utf-8")))
    if kind == "notice":
        hdrs.append(("Reply-To", "no-reply@" + rec["market"]))
    hdrs.append(("To", TO[lang][rec["_i"] % len(TO[lang])]))
    hdrs.append(("Subject", hdr(subject, "utf-8")))
    hdrs.append(("Date", format_datetime(date)))
    hdrs.append(("Message-ID", "<%016x.%x@%s>" % (random.getrandbits(64), random.getrandbits(32), ("email.amazonses.com" if kind == "notice" else fromaddr[1].split("@")[1]))))
    if kind == "notice":
        hdrs.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % base64.b64encode(random.randbytes(9)).decode()))
        hdrs.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        hdrs.append(("X-AMAZON-RTE-VERSION", "2.0"))
    # put headers before existing MIME headers
    existing = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in existing:
        if k != "MIME-Version":
            msg[k] = v
    return msg

random_state_ids = iter(range(1001, 2000))
labels = []
plan = []
for lang, notices, look, non in (("en", en_notices, en_look, en_non), ("de", de_notices, de_look, de_non), ("nl", nl_notices, nl_look, nl_non)):
    for i, r in enumerate(notices): r["_i"] = i; plan.append((lang, "notice", r))
    for i, r in enumerate(non): r["_i"] = i + 2; plan.append((lang, "non_notice", r))
    for i, r in enumerate(look): r["_i"] = i + 1; plan.append((lang, "lookalike", r))
random.shuffle(plan)

for n, (lang, kind, rec) in enumerate(plan, start=1001):
    fn = "t%d.eml" % n
    msg = build(rec, lang, kind)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(buf.getvalue().replace(b"\r\n", b"\n"))
    lab = {"file": fn, "kind": kind, "language": lang,
           "cause": rec.get("cause") if kind != "non_notice" else None,
           "states_reason": bool(rec.get("reason")) if kind != "non_notice" else False,
           "marketplace": rec["market"] if kind == "notice" else None,
           "note": rec["note"] + ("; auth header" if kind == "notice" and rec["auth"] else "") + "; %s/%s%s" % (rec["shape"].replace("html_polished", "html"), rec["cte"], "/" + rec["charset"] if "charset" in rec else "")}
    labels.append(lab)

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
    json.dump(labels, f, ensure_ascii=False, indent=1)
print(len(labels), "files written")
