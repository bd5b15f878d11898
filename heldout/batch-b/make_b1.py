#!/usr/bin/env python3
"""Regenerates blind test batch b1: python3 make.py"""
import random, json, os, html as H, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid, formataddr
from email.headerregistry import Address

SEED = 20241
PREFIX = "b1n"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
R = random.Random(SEED)

EN_MPS = {"amazon.com": ("Amazon.com", "$", ["111", "112", "113", "114"]), "amazon.co.uk": ("Amazon.co.uk", "£", ["202", "203", "204", "205", "206"]),
  "amazon.ca": ("Amazon.ca", "CDN$ ", ["701", "702"]), "amazon.com.au": ("Amazon.com.au", "A$", ["249", "250"]), "amazon.in": ("Amazon.in", "₹", ["402", "403", "404", "405", "406", "407", "408"])}
DE_MPS = {"amazon.de": ("Amazon.de", "€", ["302", "303", "304", "305", "306"]), "amazon.at": ("Amazon.at", "€", ["302", "303", "304"])}
SENDERS = ["auto-confirm", "order-update", "no-reply", "marketplace-messages", "cs-reply", "order-update", "auto-confirm"]

def order_no(prefixes):
    return "%s-%07d-%07d" % (R.choice(prefixes), R.randrange(10**7), R.randrange(10**7))

def rdate(base=None):
    if base is None:
        d = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=R.randrange(2 * 365 * 86400))
    else:
        d = base + datetime.timedelta(days=R.randint(2, 6), seconds=R.randrange(36000))
    return d

def money(cur, v, lang):
    if lang == "de":
        return ("%.2f" % v).replace(".", ",") + " €"
    if cur == "₹":
        return "₹%s" % format(int(v * 80), ",")
    return "%s%.2f" % (cur, v)

def auth_header(domain):
    sel = R.choice(["yg4mwqurec7fkhzutopddd3ytuaqrvuz", "7v7vs6w47njt4pimodk5mmttbegzsi6n", "zgmoamazon"])
    rcv = R.choice(["mx.google.com", "mx.gmx.net", "spf.protection.outlook.com", "mx.web.de", "mail.example.net"])
    return "%s; dkim=pass header.i=@%s header.s=%s header.b=%s; spf=pass (domain of bounces@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
        rcv, domain, sel, "".join(R.choice("abcdefghijkLMNOP0123") for _ in range(8)), domain, R.randint(1, 250), domain, domain)

def text_to_html_simple(text):
    return "<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">" + "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in text.split("\n\n")) + "</body></html>"

def render_html(layout, c):
    L = c["L"]
    rows = "".join("<tr><td style=\"padding:8px 0;border-bottom:1px solid #ddd\"><a href=\"https://www.%s/dp/%s?ref_=pe_cancel\" style=\"color:#0066c0;text-decoration:none\">%s</a><br><span style=\"color:#565959;font-size:12px\">%s: %d</span></td><td align=\"right\" style=\"padding:8px 0;border-bottom:1px solid #ddd;white-space:nowrap\">%s</td></tr>" % (
        c["mp"], asin, H.escape(n), L["qty"], q, p) for n, q, p, asin in c["items"])
    core = "".join("<p style=\"margin:0 0 12px 0\">%s</p>" % H.escape(p).replace("\n", "<br>") for p in c["core"].split("\n\n"))
    foot = "".join("<p style=\"margin:0 0 8px 0\">%s</p>" % H.escape(f) for f in c["footer"])
    head = "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n<title>%s</title>\n<style>\nbody { width:100%% !important; margin:0; padding:0; }\ntable, table td { border-collapse:collapse !important; }\n</style>\n</head>\n" % H.escape(L["title"])
    if layout == 0:  # card layout like the modern notification mails
        return head + _card(c, rows, core, foot)
    if layout == 1:  # older table template with heading bar
        return head + """<body><table width="100%%" cellpadding="0" cellspacing="0" style="font:13px Arial,sans-serif;color:#333"><tr><td>
<table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="border-bottom:3px solid #e47911;padding:10px 0"><a href="https://www.%s/"><img alt="%s" src="https://images-na.ssl-images-amazon.com/images/G/01/x-locale/common/amazon-logo.gif" border="0"></a></td>
<td align="right" style="font-size:20px;color:#e47911;border-bottom:3px solid #e47911">%s</td></tr>
<tr><td colspan="2" style="padding:14px 0"><p>%s</p>%s</td></tr>
<tr><td colspan="2"><table width="100%%" style="border:1px solid #ccc"><tr style="background:#eee"><th align="left" style="padding:6px">%s</th><th align="right" style="padding:6px">%s</th></tr>%s</table></td></tr>
<tr><td colspan="2" style="padding:12px 0"><p>%s: <b>%s</b></p><p>%s</p><p>%s</p></td></tr>
<tr><td colspan="2" style="font-size:11px;color:#666;border-top:1px solid #ccc;padding-top:10px">%s<p>%s</p></td></tr></table></td></tr></table></body></html>""" % (
            c["mp"], c["brand"], H.escape(L["title"]), H.escape(c["greet"]), core, H.escape(c["itemsh"]), L["price"], rows, L["order"], c["o"], H.escape(c["charge"]), H.escape(c["help_s"]), foot, H.escape(c["corp"]))
    # layout 2: div based, minimal
    return head + """<body><div style="max-width:600px;margin:0 auto;font-family:'Amazon Ember',Arial,sans-serif">
<div style="padding:12px;background:#232f3e"><a href="https://www.%s/" style="color:#fff;font-weight:bold;font-size:20px;text-decoration:none">%s</a></div>
<div style="padding:16px"><h2 style="font-weight:normal">%s</h2><p>%s</p>%s
<div style="background:#f3f3f3;padding:10px"><b>%s #%s</b><table width="100%%">%s</table></div>
<p>%s</p><p><a href="https://www.%s/your-orders">%s</a> · <a href="https://www.%s/help">%s</a></p><p>%s</p></div>
<div style="padding:16px;font-size:11px;color:#777">%s<p>%s</p></div></div></body></html>""" % (
        c["mp"], c["brand"], H.escape(c["itemsh"]), H.escape(c["greet"]), core, L["order"], c["o"], rows, H.escape(c["charge"]), c["mp"], L["your_orders"], c["mp"], L["help"], H.escape(c["help_s"]), foot, H.escape(c["corp"]))

def _card(c, rows, core, foot):
    L = c["L"]
    return """<body style="background-color:#fafafa"><table id="OutlookWrapper" style="width:100%%;border-collapse:collapse !important"><tr><td align="center">
<table id="EmailWrapper" style="width:100%% !important" dir="ltr"><tr><td>
<table class="emailBody" style="width:375px;background-color:rgb(250,250,250)"><tr><td>
<table class="brandTable" style="margin-bottom:20px;width:100%%"><tr><td><a href="https://www.%(mp)s/ref=pe_logo"><img alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="90"></a></td>
<td align="right" style="font-size:12px"><a href="https://www.%(mp)s/your-orders">%(yo)s</a> | <a href="https://www.%(mp)s/help">%(hl)s</a></td></tr></table>
<table class="card grayTopBorder" style="background-color:#fff;width:100%%;padding:30px 21px 30px 20px;border-top:2px solid rgb(213,219,219)"><tr><td>
<p style="font-size:18px;color:#c45500;margin:0 0 16px 0">%(greet)s</p>%(core)s
<table style="width:100%%;margin-top:12px"><tr><td colspan="2" style="font-weight:bold;padding-bottom:6px">%(itemsh)s</td></tr>%(rows)s</table>
<p style="margin-top:14px">%(ordl)s <a href="https://www.%(mp)s/gp/your-account/order-details?orderID=%(o)s">#%(o)s</a></p>
<p>%(charge)s</p><p>%(help_s)s</p></td></tr></table>
<table class="card" style="width:100%%;padding:20px;font-size:11px;color:#565959"><tr><td>%(foot)s<p>%(corp)s</p></td></tr></table>
</td></tr></table></td></tr></table></td></tr></table>
<img src="https://www.%(mp)s/gp/r.html?C=1Q2W3E&amp;M=urn:rtn:msg:%(o)s&amp;R=2&amp;T=O&amp;U=pixel.gif" width="1" height="1"></body></html>""" % dict(
        mp=c["mp"], brand=c["brand"], yo=L["your_orders"], hl=L["help"], greet=H.escape(c["greet"]), core=core, itemsh=H.escape(c["itemsh"]), rows=rows,
        ordl=L["order"], o=c["o"], charge=H.escape(c["charge"]), help_s=H.escape(c["help_s"]), foot=foot, corp=H.escape(c["corp"]))

def render_text(c):
    L = c["L"]
    lines = [c["brand"], "-" * 60, "", c["greet"], "", c["core"], "", c["itemsh"] + ":"]
    for n, q, p, asin in c["items"]:
        lines.append("  %s\n  %s: %d   %s" % (n, L["qty"], q, p))
    lines += ["", "%s #%s" % (L["order"], c["o"]), "", c["charge"], "", c["help_s"], "", "-" * 60] + c["footer"] + ["", c["corp"]]
    return "\n".join(lines) + "\n"

def build(fn, fa, to, subj, date, text=None, html=None, cte="quoted-printable", auth=None, msgid_domain=None, charset="utf-8", extra=None):
    m = EmailMessage(policy=SMTP)
    if auth:
        m["Authentication-Results"] = auth
    m["Return-Path"] = "<%s>" % (("bounce-%d@" % R.randrange(10**6)) + fa.split("@")[1])
    m["From"] = formataddr((fn, fa))
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    m["Message-ID"] = make_msgid(domain=msgid_domain or ("email." + fa.split("@")[1]))
    for k, v in (extra or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=R.choice(["quoted-printable", "base64", "7bit" if html.isascii() else "8bit"]))
    else:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m

class EN:
    # English texts. {o}=order number, {item}=first item name, {l4}=card last 4, {date}, {country}
    ITEMS = [("Anker PowerCore 10000 Portable Charger", 25.99), ("Hamilton Beach 2-Slice Toaster, Black", 29.95),
     ("The Midnight Library: A Novel (Hardcover)", 16.20), ("Logitech MX Master 3S Wireless Mouse", 99.99),
     ("LEGO Technic Bugatti Bolide 42151", 49.99), ("Crocs Unisex Classic Clog, Navy, M9/W11", 44.99),
     ("Kindle Paperwhite (16 GB) - Agave Green", 149.99), ("Instant Pot Duo 7-in-1, 6 Quart", 89.00),
     ("Samsung EVO Select 256GB microSDXC", 21.99), ("Hydro Flask 32 oz Wide Mouth Bottle", 44.95),
     ("Bose QuietComfort Earbuds II", 229.00), ("Nintendo Switch Pro Controller", 64.99),
     ("Philips Sonicare 4100 Electric Toothbrush", 49.96), ("Carhartt Men's Knit Cuffed Beanie", 19.99),
     ("Pre-order: Elden Ring Nightreign (PS5)", 39.99), ("Cuisinart 12-Piece Knife Set", 34.95),
     ("Ring Video Doorbell (2nd Gen)", 59.99), ("Levoit Core 300 Air Purifier", 99.99)]
    SELLERS = ["TechDeals Direct", "HomeGoods Outlet UK", "MapleLeaf Supplies", "Aussie Gadget Hub", "BrightKart Retail"]

    # (cause, states_reason, partial, text, note)
    DIRECT = [
     ("inventory_shortage", True, True, "We're sorry to let you know that we had to cancel {item} from your order #{o}. The supplier we were sourcing it from told us they can no longer provide it, and we weren't able to find another source.", "supplier cannot provide"),
     ("inventory_shortage", True, False, "Reason: Item no longer available\n\nThe item listed below has been cancelled from order #{o}. We won't be able to send it.", "labelled reason line"),
     ("inventory_shortage", True, False, "Unfortunately, the seller {seller} cancelled your order #{o}: the item went out of stock before it could be dispatched, and they do not expect new stock.", "seller out of stock"),
     ("inventory_shortage", True, False, "Your pre-order of {item} could not be filled. The publisher has reduced the number of units allocated to us, so we can't fulfil every pre-order and order #{o} has been cancelled.", "pre-order unfillable"),
     ("inventory_shortage", True, True, "Stock ran out much faster than we expected. As a result Amazon has cancelled the item below from your order #{o}; we don't expect to receive any more units.", "reason first, stock ran out"),
     ("inventory_shortage", True, False, "This isn't a problem with your payment or your account. The item simply sold out at our fulfilment centre before we could pick it, so we've cancelled order #{o}.", "denies payment, gives stock"),
     ("payment_issue", True, False, "We were unable to charge the card ending in {l4} for order #{o}. Because the payment information wasn't revised within the time we allowed, the order has now been cancelled.", "payment revision not made"),
     ("payment_issue", True, False, "Cancel Reason: Payment declined\n\nOrder #{o} has been canceled. The bank that issued your card declined the authorization we requested.", "labelled decline"),
     ("payment_issue", True, False, "The credit card saved for this order had expired, and we didn't receive a valid payment method from you by the deadline. We've therefore cancelled order #{o}.", "expired card"),
     ("payment_issue", True, True, "Your gift card balance didn't cover the full amount of order #{o}, and no other payment method was on file, so the remaining item was cancelled.", "insufficient gift card balance"),
     ("payment_issue", True, False, "Amazon decided to cancel order #{o} after several attempts to authorise your payment were unsuccessful. This has nothing to do with the availability of the item.", "denies stock, gives payment"),
     ("technical_issue", True, False, "An error in our pricing system caused {item} to be displayed at an incorrect price. Because of this pricing error, we have cancelled your order #{o}.", "pricing error"),
     ("technical_issue", True, False, "We're cancelling order #{o}. The product page contained incorrect information - the listing showed a different model than the one we actually stock - so we can't send what you ordered.", "listing error"),
     ("technical_issue", True, False, "Reason for cancellation: a technical problem occurred while your order was being processed.\n\nOrder #{o} was not completed and has been cancelled.", "labelled technical"),
     ("technical_issue", True, False, "A processing error on our side meant that order #{o} was never correctly passed to the warehouse. We've cancelled it so you can place it again if you still want the item.", "processing error"),
     ("technical_issue", True, False, "The price shown for this item when you ordered was the result of a mistake on our website. We regret the inconvenience, but the seller has cancelled order #{o}.", "price mistake, seller cancelled"),
     ("technical_issue", True, False, "It's not you, it's us: a temporary fault in our ordering system affected a small number of orders, including #{o}, which has now been canceled.", "system fault"),
     ("fraud_prevention", True, False, "As part of our routine security checks we identified unusual activity on your account. To protect you, we have placed your account on hold and cancelled order #{o}.", "unusual activity, hold"),
     ("fraud_prevention", True, False, "We weren't able to verify the information you provided with order #{o}. Since we couldn't confirm your identity, the order has been canceled.", "identity not verified"),
     ("fraud_prevention", True, False, "Reason: Order flagged during security review\n\nOrder #{o} has been cancelled and will not be processed further.", "labelled security review"),
     ("fraud_prevention", True, False, "Your order #{o} has been canceled. This isn't about stock, and your card wasn't declined: we asked for additional verification of the account holder and it wasn't completed within 3 days.", "denies stock and decline, verification"),
     ("fraud_prevention", True, False, "Your Amazon account was locked for your protection after we noticed sign-in attempts we didn't recognise. Open orders, including #{o}, were cancelled while the account is locked.", "account locked"),
     ("customer_request", True, True, "As you requested, we've cancelled {item} from your order #{o}.", "successful cancellation"),
     ("customer_request", True, False, "Order #{o}\nCancel Reason: Customer Canceled\n\nThe order below has been cancelled.", "Cancel Reason line"),
     ("customer_request", True, False, "You just canceled order #{o}.\nStatus: CANCELED", "old customer text"),
     ("customer_request", True, True, "We've received your cancellation request. The following item has been removed from order #{o}; anything else in the order is unaffected.", "request received"),
     ("customer_request", True, False, "Following your conversation with our Customer Service team today, we have cancelled order #{o} on your behalf.", "via customer service"),
     ("customer_request", True, True, "Partial item(s) cancellation: per your instructions the item below was cancelled. The rest of order #{o} will ship as planned.", "partial per instruction"),
     ("unknown", False, False, "Your order #{o} has been cancelled.", "no reason, short"),
     ("unknown", False, True, "We're writing to let you know that the following item has been canceled from your order #{o}.", "no reason, partial"),
     ("unknown", False, False, "Order #{o} was cancelled on {date}. The item(s) below will not be shipped.", "no reason, dated"),
     ("unknown", False, False, "We've cancelled order #{o}. We apologise for any inconvenience this may cause and hope to see you again soon.", "no reason, apology"),
     ("unknown", False, False, "Information about your order #{o}: this order is no longer active and has been canceled.", "no reason, information"),
     ("unknown", True, False, "We are unable to deliver to the shipping address provided for order #{o}. Our carrier confirmed that the address can't be reached, so the order has been cancelled.", "undeliverable address"),
     ("unknown", True, True, "{item} cannot be shipped to {country} because of export restrictions on this product, so we've cancelled it from order #{o}.", "export restriction"),
     ("unknown", True, False, "Reason: Item can't be shipped to the selected destination\n\nThis product can't be sent to the delivery address you chose (it is restricted for your region). Order #{o} has been cancelled.", "destination not shippable"),
    ]

    # (cause, earlier_sender, earlier_subject, earlier_text, cancel_text)
    THREADS = [
     ("payment_issue", "payments-messages", "Action required: update your payment for order #{o}",
      "We tried to charge the card ending in {l4} for your order #{o}, but the payment was declined by your bank.\n\nPlease update your payment information within 3 days at Your Orders > Revise Payment. If we don't receive updated payment details, your order will be cancelled.",
      "Your order #{o} has been canceled. The item(s) below will not be shipped."),
     ("payment_issue", "payments-update", "There's a problem with your payment for order #{o}",
      "Your gift card balance isn't enough to pay for order #{o} and no backup card is saved. Add a payment method so we can ship your items.",
      "We've canceled your order #{o}."),
     ("fraud_prevention", "account-update", "Your Amazon account is on hold",
      "We've placed your account on hold while we verify some details. Orders on the account, including #{o}, won't ship until verification is complete. Please sign in at amazon.com and follow the on-screen instructions to upload the requested documents.",
      "Order #{o} has been cancelled. If you have questions, visit Your Account."),
     ("inventory_shortage", "order-update", "Delivery update: your order #{o} is delayed",
      "We're sorry, the item in your order #{o} is delayed. Our supplier hasn't been able to deliver it to us and we can't obtain it at the moment. We'll keep trying and will let you know what happens next.",
      "We've canceled the following item from your order #{o}."),
    ]

    GREET = ["Hello {name},", "Hi {name},", "Dear {name},", "Hello,", "Greetings from Amazon,", "Dear Customer,"]
    CHARGE = ["You have not been charged for this item.", "If you were charged, a refund will be issued to your original payment method within 3-5 business days.",
     "Any amount that was pre-authorised on your card will be released automatically; this can take a few days depending on your bank.",
     "We've issued a full refund. You should see it on your statement within 5-7 business days.",
     "No payment was taken for the cancelled item(s).", "Your order total has been updated and you won't be charged for the cancelled item."]
    HELP = ["To view the status of your order or to place a new one, visit Your Orders: https://www.{mp}/your-orders",
     "You can find similar items at https://www.{mp}/s?k={kw}", "If you have questions, visit our Help pages: https://www.{mp}/help",
     "We hope to see you again soon.", "You can check the order details any time in Your Account."]
    FOOTER = [
     "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
     "Amazon will never ask you for your password or for your payment information by email. If you receive a suspicious email that claims to be from Amazon, please report it at https://www.{mp}/phishing",
     "For your security, never share your password, one-time passcode or card details with anyone. To learn how to recognise phishing emails, visit our Security & Privacy help page.",
     "Please note: This e-mail was sent from a notification-only address. Payment methods can be managed at Your Account > Your Payments.",
     "Check your account security settings regularly and update your password if you think it has been compromised.",
    ]
    CORP = {"amazon.com": "\u00a9 2024 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210",
     "amazon.co.uk": "Amazon EU S.\u00e0 r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England.",
     "amazon.ca": "\u00a9 Amazon.com.ca ULC | 40 King Street W 47th Floor, Toronto, Ontario, Canada, M5H 3Y2",
     "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000",
     "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th floor, 26/1 Dr. Rajkumar Road, Bengaluru 560055"}
    L = dict(order="Order", items="Canceled Items", itemsuk="Cancelled items", qty="Qty", price="Price", total="Order total",
     your_orders="Your Orders", your_account="Your Account", help="Help", title="Order Cancellation")
    NAMES = ["Jordan", "Priya", "Michael Chen", "Sarah", "Tom Walker", "Emily", "Rahul Sharma", "Olivia", "Liam", "Hannah Brooks"]
    COUNTRIES = ["Russia", "Iran", "Cuba", "Belarus"]

class DE:
    ITEMS = [("Bosch Akku-Bohrschrauber GSR 12V-15", 89.99), ("WMF Küchenminis Toaster, Edelstahl", 49.99),
     ("Der Gesang der Flusskrebse: Roman (Taschenbuch)", 13.00), ("Philips Hue White Ambiance E27, 2er-Pack", 39.95),
     ("LEGO Creator Expert Der Orient-Express 10277", 169.99), ("Birkenstock Arizona, Schwarz, Gr. 42", 99.95),
     ("Fire TV Stick 4K Max (2. Gen.)", 69.99), ("Tefal Ingenio Pfannenset, 3-teilig", 59.90),
     ("SanDisk Extreme 1 TB Portable SSD", 109.00), ("Emsa Isolierkanne Samba 1 L", 24.99),
     ("Sony WH-1000XM5 Kopfhörer, Schwarz", 299.00), ("Vorbestellung: Die Siedler von Catan – Jubiläumsedition", 44.99),
     ("Oral-B iO Series 7 Elektrische Zahnbürste", 139.99), ("Jack Wolfskin Herren Mütze", 24.95),
     ("Tchibo Kaffeebohnen Feine Milde, 1 kg", 14.49), ("Brita Wasserfilter Marella, weiß", 22.99),
     ("Kärcher WV 6 Fenstersauger", 79.99), ("Rowenta Dampfbügeleisen DW5080", 64.90)]
    SELLERS = ["Technik-Discount GmbH", "Haushaltswaren Müller", "Buchhandlung Fröhlich", "Elektro Schäfer KG", "ProTools24"]

    DIRECT = [
     ("inventory_shortage", True, True, "Leider mussten wir den Artikel „{item}“ aus Ihrer Bestellung #{o} stornieren. Unser Lieferant hat uns mitgeteilt, dass er ihn nicht mehr liefern kann, und wir haben keine andere Bezugsquelle gefunden.", "Lieferant kann nicht liefern"),
     ("inventory_shortage", True, False, "Grund: Artikel nicht mehr verfügbar\n\nDer unten aufgeführte Artikel wurde aus der Bestellung #{o} storniert.", "Grund-Zeile"),
     ("inventory_shortage", True, False, "Der Verkäufer {seller} hat Ihre Bestellung #{o} storniert, da der Artikel vor dem Versand ausverkauft war und kein Nachschub erwartet wird.", "Verkäufer ausverkauft"),
     ("inventory_shortage", True, False, "Ihre Vorbestellung von „{item}“ kann leider nicht erfüllt werden. Der Hersteller hat uns deutlich weniger Exemplare zugeteilt als angekündigt, daher wurde die Bestellung #{o} storniert.", "Vorbestellung"),
     ("inventory_shortage", True, True, "Da unser Lagerbestand schneller aufgebraucht war als erwartet, hat Amazon den folgenden Artikel aus Ihrer Bestellung #{o} storniert. Wir rechnen nicht mit einer erneuten Lieferung.", "Grund zuerst, Lager leer"),
     ("inventory_shortage", True, False, "Mit Ihrer Zahlung ist alles in Ordnung. Der Artikel war in unserem Logistikzentrum jedoch nicht mehr vorrätig, als wir ihn kommissionieren wollten – deshalb stornieren wir die Bestellung #{o}.", "verneint Zahlung, nennt Bestand"),
     ("payment_issue", True, False, "Wir konnten die Karte mit der Endung {l4} für die Bestellung #{o} nicht belasten. Da die Zahlungsinformationen nicht innerhalb der genannten Frist aktualisiert wurden, ist die Bestellung nun storniert.", "Zahlung nicht aktualisiert"),
     ("payment_issue", True, False, "Stornierungsgrund: Zahlung abgelehnt\n\nBestellung #{o} wurde storniert. Ihre Bank hat die angefragte Autorisierung abgelehnt.", "Grund-Zeile Ablehnung"),
     ("payment_issue", True, False, "Die hinterlegte Kreditkarte war abgelaufen, und bis zum Ablauf der Frist haben wir keine gültige Zahlungsart von Ihnen erhalten. Wir haben die Bestellung #{o} daher storniert.", "Karte abgelaufen"),
     ("payment_issue", True, True, "Ihr Gutscheinguthaben reichte für die Bestellung #{o} nicht aus, und es war keine weitere Zahlungsart hinterlegt. Der verbleibende Artikel wurde deshalb storniert.", "Guthaben reicht nicht"),
     ("payment_issue", True, False, "Nach mehreren erfolglosen Versuchen, Ihre Lastschrift einzuziehen, hat Amazon beschlossen, die Bestellung #{o} zu stornieren. Die Verfügbarkeit des Artikels spielt dabei keine Rolle.", "Lastschrift, verneint Bestand"),
     ("technical_issue", True, False, "Aufgrund eines Fehlers in unserem Preissystem wurde „{item}“ zu einem falschen Preis angezeigt. Wegen dieses Preisfehlers haben wir Ihre Bestellung #{o} storniert.", "Preisfehler"),
     ("technical_issue", True, False, "Wir stornieren Ihre Bestellung #{o}. Auf der Produktseite standen fehlerhafte Angaben – angezeigt wurde ein anderes Modell als das, das wir tatsächlich führen.", "Angebotsfehler"),
     ("technical_issue", True, False, "Grund der Stornierung: Bei der Bearbeitung Ihrer Bestellung ist ein technisches Problem aufgetreten.\n\nDie Bestellung #{o} konnte nicht abgeschlossen werden und wurde storniert.", "Grund-Zeile technisch"),
     ("technical_issue", True, False, "Durch einen Verarbeitungsfehler auf unserer Seite wurde die Bestellung #{o} nicht korrekt an das Lager übermittelt. Wir haben sie storniert, damit Sie sie bei Bedarf neu aufgeben können.", "Verarbeitungsfehler"),
     ("technical_issue", True, False, "Der bei Ihrer Bestellung angezeigte Preis beruhte auf einem Versehen auf unserer Website. Wir bedauern die Unannehmlichkeiten, doch der Verkäufer hat die Bestellung #{o} storniert.", "Preisversehen, Verkäufer"),
     ("technical_issue", True, False, "Das lag nicht an Ihnen: Eine vorübergehende Störung unseres Bestellsystems hat einige wenige Bestellungen betroffen, darunter #{o}, die inzwischen storniert wurde.", "Systemstörung"),
     ("fraud_prevention", True, False, "Im Rahmen unserer routinemäßigen Sicherheitsprüfungen haben wir ungewöhnliche Aktivitäten in Ihrem Konto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die Bestellung #{o} storniert.", "ungewöhnliche Aktivität"),
     ("fraud_prevention", True, False, "Wir konnten die Angaben zu Ihrer Bestellung #{o} nicht verifizieren. Da Ihre Identität nicht bestätigt werden konnte, wurde die Bestellung storniert.", "Identität nicht bestätigt"),
     ("fraud_prevention", True, False, "Grund: Bestellung bei einer Sicherheitsüberprüfung markiert\n\nDie Bestellung #{o} wurde storniert und wird nicht weiter bearbeitet.", "Grund-Zeile Sicherheit"),
     ("fraud_prevention", True, False, "Ihre Bestellung #{o} wurde storniert. Es liegt weder an der Verfügbarkeit noch an einer abgelehnten Karte: Wir hatten eine zusätzliche Bestätigung des Kontoinhabers angefordert, die nicht innerhalb von 3 Tagen erfolgt ist.", "verneint zwei, Verifizierung"),
     ("fraud_prevention", True, False, "Nach Anmeldeversuchen, die wir nicht zuordnen konnten, wurde Ihr Amazon-Konto zu Ihrem Schutz gesperrt. Offene Bestellungen, auch #{o}, wurden während der Sperrung storniert.", "Konto gesperrt"),
     ("customer_request", True, True, "Wie von Ihnen gewünscht, haben wir „{item}“ aus Ihrer Bestellung #{o} storniert.", "erfolgreiche Stornierung"),
     ("customer_request", True, False, "Bestellung #{o}\nStornierungsgrund: Vom Kunden storniert\n\nDie folgende Bestellung wurde storniert.", "Grund-Zeile Kunde"),
     ("customer_request", True, False, "Sie haben soeben die Bestellung #{o} storniert.\nStatus: STORNIERT", "alter Kundentext"),
     ("customer_request", True, True, "Ihre Stornierungsanfrage ist bei uns eingegangen. Der folgende Artikel wurde aus der Bestellung #{o} entfernt; die übrigen Artikel sind davon nicht betroffen.", "Anfrage eingegangen"),
     ("customer_request", True, False, "Nach Ihrem heutigen Gespräch mit unserem Kundenservice haben wir die Bestellung #{o} in Ihrem Auftrag storniert.", "über Kundenservice"),
     ("customer_request", True, True, "Teilstornierung: Gemäß Ihrer Anweisung wurde der unten genannte Artikel storniert. Der Rest der Bestellung #{o} wird wie geplant versandt.", "Teilstornierung"),
     ("unknown", False, False, "Ihre Bestellung #{o} wurde storniert.", "kein Grund, kurz"),
     ("unknown", False, True, "Wir möchten Sie darüber informieren, dass der folgende Artikel aus Ihrer Bestellung #{o} storniert wurde.", "kein Grund, teilweise"),
     ("unknown", False, False, "Die Bestellung #{o} wurde am {date} storniert. Die unten aufgeführten Artikel werden nicht versandt.", "kein Grund, Datum"),
     ("unknown", False, False, "Wir haben die Bestellung #{o} storniert. Bitte entschuldigen Sie etwaige Unannehmlichkeiten.", "kein Grund, Entschuldigung"),
     ("unknown", False, False, "Information zu Ihrer Bestellung #{o}: Diese Bestellung ist nicht mehr aktiv und wurde storniert.", "kein Grund, Information"),
     ("unknown", True, False, "An die angegebene Lieferadresse der Bestellung #{o} können wir leider nicht liefern. Der Zusteller hat bestätigt, dass die Adresse nicht erreichbar ist, daher wurde die Bestellung storniert.", "Adresse unzustellbar"),
     ("unknown", True, True, "„{item}“ darf aufgrund von Exportbeschränkungen nicht nach {country} versandt werden. Wir haben den Artikel deshalb aus der Bestellung #{o} storniert.", "Exportbeschränkung"),
     ("unknown", True, False, "Grund: Versand an das gewählte Ziel nicht möglich\n\nDieses Produkt darf nicht an eine Packstation bzw. in Ihre Region geliefert werden. Die Bestellung #{o} wurde storniert.", "Ziel nicht belieferbar"),
    ]

    THREADS = [
     ("payment_issue", "payments-messages", "Aktion erforderlich: Zahlungsinformationen für Bestellung #{o} aktualisieren",
      "Wir haben versucht, die Karte mit der Endung {l4} für Ihre Bestellung #{o} zu belasten, doch die Zahlung wurde von Ihrer Bank abgelehnt.\n\nBitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 3 Tagen unter Meine Bestellungen > Zahlung ändern. Andernfalls wird Ihre Bestellung storniert.",
      "Ihre Bestellung #{o} wurde storniert. Die unten aufgeführten Artikel werden nicht versandt."),
     ("payment_issue", "payments-update", "Problem mit Ihrer Zahlung für Bestellung #{o}",
      "Ihr Gutscheinguthaben reicht für die Bestellung #{o} nicht aus, und es ist keine weitere Zahlungsart hinterlegt. Bitte fügen Sie eine Zahlungsart hinzu, damit wir Ihre Artikel versenden können.",
      "Wir haben Ihre Bestellung #{o} storniert."),
     ("fraud_prevention", "account-update", "Ihr Amazon-Konto wurde vorübergehend gesperrt",
      "Wir haben Ihr Konto vorübergehend gesperrt, während wir einige Angaben überprüfen. Bestellungen in diesem Konto, auch #{o}, werden erst nach Abschluss der Überprüfung versandt. Bitte melden Sie sich bei amazon.de an und folgen Sie den Anweisungen, um die angeforderten Dokumente hochzuladen.",
      "Die Bestellung #{o} wurde storniert. Bei Fragen besuchen Sie bitte Mein Konto."),
     ("inventory_shortage", "versandbestaetigung", "Lieferupdate: Ihre Bestellung #{o} verzögert sich",
      "Leider verzögert sich der Artikel aus Ihrer Bestellung #{o}. Unser Lieferant konnte ihn uns bisher nicht liefern, und wir können ihn derzeit nicht beschaffen. Wir bemühen uns weiter und informieren Sie über den weiteren Verlauf.",
      "Wir haben den folgenden Artikel aus Ihrer Bestellung #{o} storniert."),
    ]

    GREET = ["Hallo {name},", "Guten Tag {name},", "Sehr geehrte/r {name},", "Hallo,", "Guten Tag,", "Sehr geehrte Kundin, sehr geehrter Kunde,"]
    CHARGE = ["Dieser Artikel wurde Ihnen nicht in Rechnung gestellt.", "Falls Ihnen bereits ein Betrag belastet wurde, erstatten wir ihn innerhalb von 3–5 Werktagen auf die ursprüngliche Zahlungsart.",
     "Eine eventuelle Vorautorisierung auf Ihrer Karte wird automatisch freigegeben; je nach Bank kann das einige Tage dauern.",
     "Wir haben den vollen Betrag erstattet. Die Gutschrift sollte innerhalb von 5–7 Werktagen auf Ihrem Kontoauszug erscheinen.",
     "Für die stornierten Artikel wurde keine Zahlung eingezogen.", "Ihre Bestellsumme wurde angepasst; die stornierten Artikel werden nicht berechnet."]
    HELP = ["Den Status Ihrer Bestellungen sehen Sie unter Meine Bestellungen: https://www.{mp}/gp/css/order-history",
     "Ähnliche Artikel finden Sie hier: https://www.{mp}/s?k={kw}", "Bei Fragen besuchen Sie unsere Hilfeseiten: https://www.{mp}/hilfe",
     "Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.", "Die Details Ihrer Bestellung finden Sie jederzeit unter Mein Konto."]
    FOOTER = [
     "Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
     "Amazon wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Zahlungsinformationen fragen. Verdächtige E-Mails, die angeblich von Amazon stammen, melden Sie bitte unter https://www.{mp}/phishing",
     "Zu Ihrer Sicherheit: Geben Sie Ihr Passwort, Einmalkennwörter oder Kartendaten niemals weiter. Wie Sie Phishing-E-Mails erkennen, erfahren Sie auf unserer Hilfeseite „Sicherheit und Datenschutz“.",
     "Bitte beachten Sie: Zahlungsarten verwalten Sie unter Mein Konto > Meine Zahlungen.",
     "Überprüfen Sie regelmäßig Ihre Kontoeinstellungen und ändern Sie Ihr Passwort, falls Sie vermuten, dass es kompromittiert wurde.",
    ]
    CORP = {"amazon.de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: R.C.S. Luxembourg B 101818. Amazon.de ist ein Handelsname der Amazon EU S.à r.l.",
     "amazon.at": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Amazon.at ist ein Handelsname der Amazon EU S.à r.l."}
    L = dict(order="Bestellung", items="Stornierte Artikel", itemsuk="Stornierte Artikel", qty="Menge", price="Preis", total="Gesamtsumme",
     your_orders="Meine Bestellungen", your_account="Mein Konto", help="Hilfe", title="Stornierung der Bestellung")
    NAMES = ["Julia", "Thomas Becker", "Anna Schmidt", "Lukas", "Sabine Wagner", "Jonas", "Katrin Hoffmann", "Felix", "Marie", "Stefan Braun"]
    COUNTRIES = ["Russland", "Iran", "Belarus", "Kuba"]

# non-notices and lookalikes. fields: kind, cause, sr (states_reason), mp, note, fn (From name), fa (From addr), subj, text, html (optional raw html), auth (optional)
OTHER = {"en": [
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.com", note="shipping confirmation with cancel-within hint", fn="Amazon.com", fa="shipment-tracking@amazon.com",
  subj="Your Amazon.com order #{o} has shipped", text="Hello {name},\n\nYour package with {item} is on the way and should arrive Thursday, {date}.\n\nTrack your package: https://www.amazon.com/progress-tracker/package?orderId={o}\n\nOrder #{o}\nShip to: {name}\n\nItems in this order that have not yet shipped can still be cancelled in Your Orders.\n\nAmazon will never ask for your password by email."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.co.uk", note="Fresh delivery window cancelled, order still active", fn="Amazon Fresh", fa="no-reply@amazon.co.uk",
  subj="Your Amazon Fresh delivery slot has been cancelled", text="Hello {name},\n\nDue to severe weather in your area, we've cancelled your delivery slot of 08:00-10:00 on {date} for order #{o}.\n\nYour groceries are still reserved. Please choose a new delivery window in Your Orders before 22:00 today; you won't be charged until your order is delivered.\n\nThank you for shopping with Amazon Fresh."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.com", note="Prime membership cancelled", fn="Amazon Prime", fa="digital-no-reply@amazon.com",
  subj="Your Amazon Prime membership has been cancelled", text="Hello {name},\n\nAs requested, we've cancelled your Amazon Prime membership. You can continue to use your Prime benefits until {date}, after which your membership will end and you will not be charged again.\n\nChanged your mind? You can restart your membership any time at https://www.amazon.com/prime\n\nYour existing orders are not affected."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.ca", note="payment reminder before any cancellation", fn="Amazon.ca", fa="payments-messages@amazon.ca",
  subj="Action needed: verify your payment for order #{o}", text="Hello {name},\n\nWe couldn't process payment for your order #{o} ({item}). To keep your order, please update your payment method by {date}.\n\nIf we don't receive updated payment information by then, we will cancel the order.\n\nUpdate payment: https://www.amazon.ca/cpe/managepaymentmethods\n\nThank you for shopping with us."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.com.au", note="return refund confirmation", fn="Amazon.com.au", fa="return@amazon.com.au",
  subj="Your refund for {item}", text="Hi {name},\n\nWe've processed your refund of A${price} for the return of {item} from order #{o}.\n\nThe refund will appear on your original payment method within 3-5 business days.\n\nReturn reason: Item arrived damaged\n\nVisit Your Orders to review your returns."),
 dict(kind="non_notice", cause=None, sr=False, mp=None, note="other retailer (Walmart) cancellation", fn="Walmart.com", fa="help@walmart.com",
  subj="Your order was canceled", text="Hi {name},\n\nWe're sorry, but we had to cancel some or all items in your order #2000118-47293856 because they're out of stock.\n\nYou won't be charged for canceled items. Any temporary authorization will be removed by your bank.\n\nWalmart.com | Privacy Policy | Terms of Use"),
 dict(kind="non_notice", cause=None, sr=False, mp=None, note="friend says he cancelled his Amazon order", fn="Dave Miller", fa="dave.miller84@gmail.com",
  subj="re: camping trip", text="Hey,\n\nQuick update: I cancelled my Amazon order for the tent (order #{o}) because the seller kept pushing the delivery date. Going to pick one up at REI on Saturday instead.\n\nStill on for the 14th?\n\nDave"),
 dict(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, note="look-alike domain, callback phone, malformed order no", fn="Amazon Support", fa="alert@amaz0n-support.com",
  subj="Order #112-88812-0091 cancelled - unusual activity", text="Dear Customer,\n\nWe detected unusual activity on your account, and your order #112-88812-0091 (Apple iPhone 15 Pro Max, $1,199.00) has been cancelled for your protection.\n\nIf you did not make this purchase, call our Fraud Department immediately at +1 (888) 402-7719 (24/7) to stop the charge.\n\nAmazon Security Team", auth="dkim=pass header.d=amaz0n-support.com; spf=pass smtp.mailfrom=amaz0n-support.com; dmarc=pass header.from=amaz0n-support.com"),
 dict(kind="lookalike", cause="payment_issue", sr=True, mp=None, note="reply with card details", fn="Amazon.com", fa="orders@amazon-orders.help",
  subj="Your Amazon.com order #{o} has been canceled", text="Hello,\n\nYour payment could not be authorised and your order #{o} has been canceled.\n\nTo reinstate the order, please confirm your card details by replying to this e-mail with: full card number, expiry date, CVV and billing address.\n\nFailure to reply within 24 hours will result in permanent account closure.\n\nAmazon Customer Service"),
 dict(kind="lookalike", cause="unknown", sr=False, mp=None, note="polished HTML, link text amazon.com, href elsewhere", fn="Amazon.com", fa="auto-confirm@amazon.com.security-check.net",
  subj="Your Amazon.com order #{o} has been canceled", text=None, html="link", auth="dkim=none; spf=softfail smtp.mailfrom=amazon.com.security-check.net; dmarc=fail header.from=amazon.com.security-check.net"),
 dict(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, note="free-mail, crude, account suspended, use code", fn="Amazon Customer Service", fa="amazon.cs.team2024@gmail.com",
  subj="URGENT!!! Account suspended & order cancelled", text="DEAR VALUED CUSTOMER\n\nYOUR AMAZON ACCOUNT HAS BEEN SUSPENDED AND YOUR ORDER CANCELLED BECAUSE OF SECURITY REASON.\n\nTO REACTIVATE USE THIS CODE: AMZ-77X-REACT and login at http://amzn-reactivate.top/login\n\nif you not do this in 12 hours your account will be deleted permanently.\n\nthank you\nAmazon"),
 dict(kind="lookalike", cause="technical_issue", sr=True, mp=None, note="Cyrillic homoglyph display name, refund link", fn="\u0410maz\u043en.com", fa="noreply@amazn-mail.co",
  subj="Refund for canceled order #{o}", text="Hello {name},\n\nDue to a pricing error on our website, your order #{o} for {item} was canceled.\n\nA refund of $ {price} is waiting for you. To receive it, verify your billing information here within 48 hours:\nhttps://amazn-mail.co/refund/claim?id={o}\n\nThank you for being an Amazon customer."),
 dict(kind="lookalike", cause="payment_issue", sr=True, mp=None, note="outlook sender, no order number, phone", fn="Amazon Billing", fa="billing.amazon.notice@outlook.com",
  subj="Your order was cancelled - payment problem", text="Hi,\n\nWe were unable to process your payment, so your recent Amazon order has been cancelled and your account will be charged a $49.99 reactivation fee.\n\nTo dispute this charge call 1-844-555-0136.\n\nRegards,\nAmazon Billing Department"),
 dict(kind="lookalike", cause="customer_request", sr=True, mp=None, note="polished subdomain look-alike, 'if you did not request'", fn="Amazon.co.uk", fa="auto-confirm@amazon-co-uk.order-status.com",
  subj="Item cancelled successfully: \"{item}\"", text="Hello {name},\n\nAs you requested, we've cancelled {item} from your order #{o}.\n\nDidn't request this cancellation? Someone may have access to your account. Secure your account now by signing in here: https://amazon-co-uk.order-status.com/ap/signin\n\nThanks,\nAmazon.co.uk", auth="dkim=pass header.d=order-status.com; spf=pass; dmarc=pass header.from=amazon-co-uk.order-status.com"),
],
"de": [
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.de", note="Versandbestätigung", fn="Amazon.de", fa="versandbestaetigung@amazon.de",
  subj="Versendet: „{item}“", text="Hallo {name},\n\nIhr Paket mit „{item}“ ist unterwegs und kommt voraussichtlich am {date} an.\n\nSendung verfolgen: https://www.amazon.de/progress-tracker/package?orderId={o}\n\nBestellung #{o}\n\nNoch nicht versandte Artikel können Sie unter Meine Bestellungen stornieren.\n\nAmazon fragt Sie niemals per E-Mail nach Ihrem Passwort."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.de", note="Fresh Lieferfenster storniert, Bestellung aktiv", fn="Amazon Fresh", fa="no-reply@amazon.de",
  subj="Ihr Amazon Fresh Lieferfenster wurde storniert", text="Hallo {name},\n\nwegen einer Fahrzeugpanne mussten wir Ihr Lieferfenster am {date} von 18:00 bis 20:00 Uhr für die Bestellung #{o} stornieren.\n\nIhre Lebensmittel bleiben reserviert. Bitte wählen Sie bis heute 22 Uhr unter Meine Bestellungen ein neues Lieferfenster. Berechnet wird erst bei Lieferung.\n\nIhr Amazon Fresh Team"),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.de", note="Kindle Unlimited gekündigt", fn="Amazon.de", fa="digital-no-reply@amazon.de",
  subj="Ihre Kindle Unlimited-Mitgliedschaft wurde gekündigt", text="Hallo {name},\n\nwir bestätigen die Kündigung Ihrer Kindle Unlimited-Mitgliedschaft. Sie können den Dienst noch bis zum {date} nutzen; danach endet die Mitgliedschaft und es wird nichts mehr abgebucht.\n\nSie können Kindle Unlimited jederzeit erneut abonnieren.\n\nIhr Amazon.de Team"),
 dict(kind="non_notice", cause=None, sr=False, mp=None, note="Zalando Stornierung", fn="Zalando", fa="info@service-mail.zalando.de",
  subj="Deine Bestellung 10101948372615 wurde storniert", text="Hallo {name},\n\nleider ist der Artikel „Nike Air Max 90, Gr. 43“ nicht mehr verfügbar. Wir haben deine Bestellung 10101948372615 deshalb storniert.\n\nDu musst nichts weiter tun – bezahlt hast du noch nichts.\n\nDein Zalando-Team"),
 dict(kind="non_notice", cause=None, sr=False, mp=None, note="Newsletter über Amazon-Stornierungen", fn="Verbraucher-Newsletter", fa="newsletter@verbraucher-ratgeber.de",
  subj="Newsletter KW 12: Wenn Amazon Ihre Bestellung storniert", text="Liebe Leserinnen und Leser,\n\nin dieser Ausgabe: Was tun, wenn Amazon eine Bestellung wegen eines Preisfehlers storniert? Haben Kunden Anspruch auf Lieferung? Wir erklären die Rechtslage und zeigen, wie Sie echte Stornierungsmails von Phishing unterscheiden.\n\nAußerdem: Streaming-Abos richtig kündigen.\n\nZum Abbestellen klicken Sie hier."),
 dict(kind="non_notice", cause=None, sr=False, mp="amazon.de", note="Rückerstattung nach Rücksendung", fn="Amazon.de", fa="rueckgabe@amazon.de",
  subj="Ihre Erstattung für „{item}“", text="Hallo {name},\n\nwir haben Ihre Rücksendung erhalten und Ihnen {price} € für „{item}“ aus der Bestellung #{o} erstattet.\n\nDie Gutschrift erfolgt innerhalb von 3–5 Werktagen auf Ihre ursprüngliche Zahlungsart.\n\nRücksendegrund: Artikel gefällt nicht"),
 dict(kind="non_notice", cause=None, sr=False, mp=None, note="Freund hat Amazon-Bestellung storniert", fn="Markus Klein", fa="markus.klein@web.de",
  subj="Geburtstagsgeschenk für Oma", text="Hi,\n\nich hab meine Amazon-Bestellung mit dem Fotobuch wieder storniert (#{o}), das hätte nicht mehr rechtzeitig geklappt. Lass uns am Samstag einfach zusammen in die Stadt gehen.\n\nLG Markus"),
 dict(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, note="Look-alike-Domain, Rückrufnummer", fn="Amazon Kundenservice", fa="sicherheit@amazon-de-kundenservice.com",
  subj="Bestellung #304-99182-11 storniert – verdächtige Aktivität", text="Sehr geehrter Kunde,\n\nwir haben verdächtige Aktivitäten in Ihrem Konto festgestellt. Ihre Bestellung #304-99182-11 (Samsung Galaxy S24 Ultra, 1.349,00 €) wurde zu Ihrer Sicherheit storniert.\n\nFalls Sie diese Bestellung nicht getätigt haben, rufen Sie sofort unsere Betrugsabteilung an: +49 30 2557 8812.\n\nIhr Amazon Sicherheitsteam", auth="dkim=pass header.d=amazon-de-kundenservice.com; spf=pass; dmarc=pass header.from=amazon-de-kundenservice.com"),
 dict(kind="lookalike", cause="payment_issue", sr=True, mp=None, note="Kartendaten per Antwort", fn="Amazon.de", fa="bestellung@amazon-bestellung.info",
  subj="Ihre Amazon.de-Bestellung #{o} wurde storniert", text="Hallo,\n\nIhre Zahlung konnte nicht autorisiert werden, deshalb wurde Ihre Bestellung #{o} storniert.\n\nUm die Bestellung wiederherzustellen, antworten Sie bitte auf diese E-Mail mit Ihrer Kartennummer, dem Ablaufdatum und der Prüfziffer (CVC).\n\nOhne Antwort innerhalb von 24 Stunden wird Ihr Konto dauerhaft geschlossen.\n\nAmazon Kundenservice"),
 dict(kind="lookalike", cause="unknown", sr=False, mp=None, note="gepflegtes HTML, Linktext amazon.de, href woanders", fn="Amazon.de", fa="bestellbestaetigung@amazon.de.konto-pruefung.info",
  subj="Ihre Amazon.de-Bestellung #{o} wurde storniert", text=None, html="link", auth="dkim=none; spf=softfail smtp.mailfrom=konto-pruefung.info; dmarc=fail header.from=amazon.de.konto-pruefung.info"),
 dict(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, note="Freemail, plump, Konto gesperrt, Code", fn="Amazon Service", fa="amazon.service.de@gmx.net",
  subj="WICHTIG: Konto gesperrt und Bestellung storniert", text="SEHR GEEHRTER KUNDE\n\nIHR AMAZON KONTO WURDE GESPERRT UND IHRE BESTELLUNG STORNIERT WEGEN SICHERHEITSGRÜNDE.\n\nZUM ENTSPERREN BENUTZEN SIE DIESEN CODE: DE-4471-FREI auf http://amazon-entsperren.xyz\n\nsonst wird ihr konto in 12 stunden gelöscht.\n\nmfg Amazon"),
 dict(kind="lookalike", cause="technical_issue", sr=True, mp=None, note="griechisches Omikron im Anzeigenamen, Erstattungslink", fn="Amaz\u03bfn.de", fa="noreply@amazn-de.eu",
  subj="Erstattung für stornierte Bestellung #{o}", text="Hallo {name},\n\naufgrund eines Preisfehlers auf unserer Website wurde Ihre Bestellung #{o} für „{item}“ storniert.\n\nEine Erstattung von {price} € steht für Sie bereit. Bestätigen Sie innerhalb von 48 Stunden Ihre Rechnungsdaten:\nhttps://amazn-de.eu/erstattung?id={o}\n\nVielen Dank, dass Sie bei Amazon einkaufen."),
 dict(kind="lookalike", cause="unknown", sr=False, mp=None, note="web.de-Absender, keine Bestellnummer, Telefon", fn="Amazon Buchhaltung", fa="amazon-buchhaltung@web.de",
  subj="Stornierung Ihrer Bestellung", text="Guten Tag,\n\nIhre letzte Amazon-Bestellung wurde storniert. Für die Rückabwicklung wird eine Gebühr von 49,99 € fällig.\n\nUm dieser Abbuchung zu widersprechen, rufen Sie uns an: 0800 589 2271.\n\nMit freundlichen Grüßen\nAmazon Buchhaltung"),
 dict(kind="lookalike", cause="customer_request", sr=True, mp=None, note="Subdomain-Look-alike, 'nicht angefordert?'", fn="Amazon.de", fa="auto-confirm@amazon-de.bestellstatus.net",
  subj="Artikel erfolgreich storniert: „{item}“", text="Hallo {name},\n\nwie von Ihnen gewünscht, haben wir „{item}“ aus Ihrer Bestellung #{o} storniert.\n\nSie haben diese Stornierung nicht veranlasst? Dann hat womöglich jemand Zugriff auf Ihr Konto. Sichern Sie es jetzt: https://amazon-de.bestellstatus.net/ap/signin\n\nIhr Amazon.de Team", auth="dkim=pass header.d=bestellstatus.net; spf=pass; dmarc=pass header.from=amazon-de.bestellstatus.net"),
]}

LANGS = {"en": EN, "de": DE}
MPS = {"en": EN_MPS, "de": DE_MPS}
TO = {"en": ["jordan.k@gmail.com", "priya.s@outlook.com", "mchen@example.org", "sarah.w@yahoo.co.uk", "tom.walker@btinternet.com"],
      "de": ["julia.m@gmx.de", "t.becker@web.de", "anna.schmidt@t-online.de", "lukas94@posteo.de", "s.wagner@outlook.de"]}
SUBJ = {"en": {"imposed": ["Your {B} order #{o} has been canceled", "Your {B} order #{o} has been cancelled", "{n} item(s) has been canceled from your {B} order #{o}",
                           "Information from {B}", "{B} - Your Cancellation ({o})", "Order cancellation: #{o}", "Your order #{o} has been cancelled"],
               "customer": ["Successful cancellation of \"{item}\" from your {B} order #{o}", "Partial item(s) cancellation from your {B} order #{o}",
                            "Item cancelled successfully: \"{item}\"", "Your {B} order #{o} has been cancelled"]},
        "de": {"imposed": ["Ihre {B}-Bestellung #{o} wurde storniert", "{n} Artikel wurde(n) aus Ihrer {B}-Bestellung #{o} storniert", "Information von {B}",
                           "Stornierung Ihrer Bestellung {o}", "{B} – Ihre Stornierung ({o})", "Ihre Bestellung #{o} wurde storniert"],
               "customer": ["Erfolgreiche Stornierung von „{item}“ aus Ihrer {B}-Bestellung #{o}", "Teilstornierung Ihrer {B}-Bestellung #{o}",
                            "Artikel erfolgreich storniert: „{item}“", "Ihre {B}-Bestellung #{o} wurde storniert"]}}

def fmt_date(d, lang):
    return d.strftime("%d.%m.%Y") if lang == "de" else d.strftime("%B %d, %Y")

def ctx(lang, D, mp, o, core_text, partial, date):
    brand, cur, _ = MPS[lang][mp]
    picks = R.sample(D.ITEMS, R.choice([1, 1, 2, 3]) if not partial else 1)
    items = [(n, R.choice([1, 1, 1, 2]), money(cur, p, lang), "B0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))) for n, p in picks]
    name = R.choice(D.NAMES)
    f = dict(o=o, item=picks[0][0], l4="%04d" % R.randrange(10000), date=fmt_date(date, lang), country=R.choice(D.COUNTRIES), seller=R.choice(D.SELLERS))
    core = core_text.format(**f)
    kw = picks[0][0].split()[0]
    footer = R.sample(D.FOOTER, R.choice([1, 2, 3]))
    return dict(L=D.L, mp=mp, brand=brand, o=o, items=items, core=core, greet=R.choice(D.GREET).format(name=name.split()[0]),
                itemsh=D.L["itemsuk"] if mp != "amazon.com" else D.L["items"], charge=R.choice(D.CHARGE), help_s=R.choice(D.HELP).format(mp=mp, kw=kw),
                footer=[x.format(mp=mp) for x in footer], corp=D.CORP[mp]), f

def pick_mp(lang):
    if lang == "en":
        return R.choice(list(EN_MPS))
    return "amazon.at" if R.random() < 0.12 else "amazon.de"

def notice_mail(lang, D, cause, core_text, partial, sender=None, mp=None, o=None, date=None, use_html=None, use_auth=None):
    mp = mp or pick_mp(lang)
    o = o or order_no(MPS[lang][mp][2])
    date = date or rdate()
    c, f = ctx(lang, D, mp, o, core_text, partial, date)
    B = MPS[lang][mp][0]
    subs = SUBJ[lang]["customer" if cause == "customer_request" else "imposed"]
    subj = R.choice(subs).format(B=B, o=o, item=(c["items"][0][0][:40] + ("..." if len(c["items"][0][0]) > 40 else "")), n=len(c["items"]))
    if sender is None:
        sender = "payments-messages" if cause == "payment_issue" and R.random() < 0.6 else R.choice(SENDERS)
    fa = "%s@%s" % (sender, mp)
    auth = auth_header(mp) if use_auth else None
    cte = R.choice(["quoted-printable", "base64", "8bit"])
    if use_html:
        html = render_html(R.randrange(3), c)
        text = render_text(c) if R.random() < 0.6 else None
        m = build(B, fa, R.choice(TO[lang]), subj, date, text=text, html=html, cte=cte, auth=auth)
        fmt = "alt" if text else "html"
    else:
        m = build(B, fa, R.choice(TO[lang]), subj, date, text=render_text(c), cte=cte, auth=auth)
        fmt = "text"
    return m, mp, fmt

def link_phish(lang, o, item):
    if lang == "en":
        t = ("Hello,", "We regret to inform you that your order #%s (%s) has been canceled." % (o, H.escape(item)), "View order details at", "amazon.com", "If you did not cancel this order, please review your account.")
        href = "http://amazon-account-review.com.verify-id.ru/signin?o=%s" % o
        corp = "© 2024 Amazon.com, Inc. or its affiliates. All rights reserved."
    else:
        t = ("Guten Tag,", "wir bedauern, Ihnen mitteilen zu müssen, dass Ihre Bestellung #%s (%s) storniert wurde." % (o, H.escape(item)), "Bestelldetails ansehen unter", "www.amazon.de", "Falls Sie diese Bestellung nicht storniert haben, überprüfen Sie bitte Ihr Konto.")
        href = "https://konto-pruefung.info/amazon.de/anmelden?o=%s" % o
        corp = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."
    return """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#fafafa"><table style="width:375px;margin:0 auto;background:#fff" class="emailBody"><tr><td style="padding:20px">
<img alt="Amazon" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="90">
<p>%s</p><p>%s</p><p>%s <a href="%s">%s</a>.</p><p>%s</p><p style="font-size:11px;color:#777">%s</p></td></tr></table></body></html>""" % (t[0], t[1], t[2], href, t[3], t[4], corp)

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    entries = []  # (msg, label)
    for lang, D in LANGS.items():
        n = len(D.DIRECT) + len(D.THREADS)
        flags_html = [i % 2 == 0 for i in range(n)]; R.shuffle(flags_html)
        flags_auth = [i % 2 == 1 for i in range(n)]; R.shuffle(flags_auth)
        k = 0
        for cause, sr, partial, text, note in D.DIRECT:
            m, mp, fmt = notice_mail(lang, D, cause, text, partial, use_html=flags_html[k], use_auth=flags_auth[k]); k += 1
            entries.append((m, dict(kind="notice", language=lang, cause=cause, states_reason=sr, marketplace=mp, note=note + "; " + fmt)))
        for cause, esender, esubj, etext, ctext in D.THREADS:
            mp = pick_mp(lang)
            o = order_no(MPS[lang][mp][2])
            d0 = rdate()
            f = dict(o=o, l4="%04d" % R.randrange(10000))
            name = R.choice(D.NAMES).split()[0]
            body = R.choice(D.GREET).format(name=name) + "\n\n" + etext.format(**f) + "\n\n" + "\n\n".join(x.format(mp=mp) for x in R.sample(D.FOOTER, 2)) + "\n\n" + D.CORP[mp] + "\n"
            to = R.choice(TO[lang])
            html = text_to_html_simple(body) if R.random() < 0.5 else None
            m0 = build(MPS[lang][mp][0], "%s@%s" % (esender, mp), to, esubj.format(**f), d0, text=body, html=html, cte=R.choice(["quoted-printable", "8bit", "base64"]), auth=auth_header(mp) if R.random() < 0.5 else None)
            entries.append((m0, dict(kind="non_notice", language=lang, cause=None, states_reason=False, marketplace=mp, note="thread")))
            m1, _, fmt = notice_mail(lang, D, cause, ctext, "item" in ctext or "Artikel" in ctext, mp=mp, o=o, date=rdate(d0),
                                     use_html=flags_html[k], use_auth=flags_auth[k], sender=R.choice(["order-update", "auto-confirm", "no-reply"])); k += 1
            m1.replace_header("To", to)
            m1["In-Reply-To"] = m0["Message-ID"]
            m1["References"] = m0["Message-ID"]
            entries.append((m1, dict(kind="notice", language=lang, cause=cause, states_reason=False, marketplace=mp, note="thread: cause from earlier mail")))
        for x in OTHER[lang]:
            mp = x["mp"] or ("amazon.com" if lang == "en" else "amazon.de")
            prefs = MPS[lang].get(mp, (None, None, ["111"]))[2]
            o = order_no(prefs)
            item, price = R.choice(D.ITEMS)
            d = rdate()
            f = dict(o=o, item=item, name=R.choice(D.NAMES).split()[0], date=fmt_date(d + datetime.timedelta(days=3), lang), price=("%.2f" % price) if lang == "en" else ("%.2f" % price).replace(".", ","))
            to = R.choice(TO[lang])
            subj = x["subj"].format(**f)
            auth = None
            if x.get("auth"):
                auth = "mx.google.com; " + x["auth"]
            elif x["kind"] == "non_notice" and x["mp"] and R.random() < 0.5:
                auth = auth_header(x["fa"].split("@")[1])
            if x.get("html") == "link":
                m = build(x["fn"], x["fa"], to, subj, d, html=link_phish(lang, o, item), cte=R.choice(["quoted-printable", "base64"]), auth=auth)
                fmt = "html"
            else:
                text = x["text"].format(**f)
                style = R.choice(["text", "alt", "html"])
                cte = R.choice(["quoted-printable", "base64", "8bit"])
                if style == "text":
                    m = build(x["fn"], x["fa"], to, subj, d, text=text, cte=cte, auth=auth)
                elif style == "alt":
                    m = build(x["fn"], x["fa"], to, subj, d, text=text, html=text_to_html_simple(text), cte=cte, auth=auth)
                else:
                    m = build(x["fn"], x["fa"], to, subj, d, html=text_to_html_simple(text), cte=cte, auth=auth)
                fmt = style
            entries.append((m, dict(kind=x["kind"], language=lang, cause=x["cause"], states_reason=x["sr"], marketplace=x["mp"], note=x["note"] + "; " + fmt)))
    # keep thread pairs in order (earlier mail first), shuffle everything else
    order = list(range(len(entries)))
    R.shuffle(order)
    labels = []
    thread_pending = {}
    seq = []
    for i in order:
        seq.append(i)
    # ensure each thread earlier mail precedes its cancellation: swap if needed
    pos = {i: p for p, i in enumerate(seq)}
    for i, (m, lab) in enumerate(entries):
        if lab["note"] == "thread":
            j = i + 1
            if pos[i] > pos[j]:
                a, b = pos[i], pos[j]
                seq[a], seq[b] = seq[b], seq[a]
                pos[i], pos[j] = b, a
    for p, i in enumerate(seq, 1):
        m, lab = entries[i]
        fn = "%s%03d.eml" % (PREFIX, p)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(m.as_bytes(policy=SMTP))
        labels.append(dict(file=fn, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print(len(labels), "files written")

if __name__ == "__main__":
    main()
