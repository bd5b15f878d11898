#!/usr/bin/env python3
"""Regenerates blind test batch c1: Amazon order-cancellation notices, non-notices and
phishing look-alikes in English and German.  Run:  python3 make.py
Writes mail/c1NNN.eml and labels.json next to this script.  Fixed seed -> identical output."""
import datetime
import html
import json
import os
import random
import urllib.parse
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

SEED = 20241107
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")

# ----------------------------------------------------------------------------------------
# Marketplaces
# ----------------------------------------------------------------------------------------
LEGAL = {
    "com": "\u00a9 2024 Amazon.com, Inc. or its affiliates. All rights reserved. Amazon, Amazon.com and the "
           "Amazon.com logo are registered trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, "
           "410 Terry Avenue N., Seattle, WA 98109-5210.",
    "co.uk": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Share capital: EUR 125.000; "
             "Registered in Luxembourg; RCS Luxembourg No: B 101818. Amazon EU S.\u00e0 r.l. (UK Branch), "
             "1 Principal Place, Worship Street, London EC2A 2FA. Registered in the UK as a branch: BR017427.",
    "ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario, Canada M5H 3Y2. "
          "\u00a9 1996-2024, Amazon.com, Inc. or its affiliates.",
    "com.au": "Amazon Commercial Services Pty Ltd (ABN 30 616 935 623), Level 37, 2-26 Park Street, Sydney NSW 2000, "
              "Australia. \u00a9 2024 Amazon.com, Inc. or its affiliates.",
    "in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th Floor, 26/1 Dr. Rajkumar Road, "
          "Malleshwaram (W), Bangalore 560055, Karnataka, India. CIN: U51900KA2012PTC063283.",
    "de": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. "
          "Handelsregister: RCS Luxemburg B 101818. Amazon EU S.\u00e0 r.l., Niederlassung Deutschland, "
          "Marcel-Breuer-Stra\u00dfe 12, 80807 M\u00fcnchen. Registergericht M\u00fcnchen HRB 218574. "
          "USt-IdNr.: DE 814584193.",
}

MARKETS = {
    "com":    dict(key="com", lang="en", domain="amazon.com", brand="Amazon.com", cur="$", rate=1.0,
                   pfx=["111", "112", "113", "114"], rtn="p0na", ses="us-east-1", us=True),
    "co.uk":  dict(key="co.uk", lang="en", domain="amazon.co.uk", brand="Amazon.co.uk", cur="\u00a3", rate=0.79,
                   pfx=["202", "203", "204", "206", "026"], rtn="p0eu", ses="eu-west-1", us=False),
    "ca":     dict(key="ca", lang="en", domain="amazon.ca", brand="Amazon.ca", cur="CDN$ ", rate=1.37,
                   pfx=["701", "702"], rtn="p0na", ses="us-east-1", us=False),
    "com.au": dict(key="com.au", lang="en", domain="amazon.com.au", brand="Amazon.com.au", cur="A$", rate=1.53,
                   pfx=["249", "250", "503"], rtn="p0fe", ses="ap-southeast-2", us=False),
    "in":     dict(key="in", lang="en", domain="amazon.in", brand="Amazon.in", cur="\u20b9", rate=83.0,
                   pfx=["171", "402", "403", "404", "405", "406", "407", "408"], rtn="p0eu", ses="eu-west-1",
                   us=False),
    "de":     dict(key="de", lang="de", domain="amazon.de", brand="Amazon.de", cur="\u20ac", rate=1.0,
                   pfx=["302", "303", "304", "305", "306", "028"], rtn="p0eu", ses="eu-west-1", us=False),
}
for _k, _m in MARKETS.items():
    _m["host"] = "www." + _m["domain"]
    _m["legal"] = LEGAL[_k]


def us_spell(s):
    for a, b in (("cancelled", "canceled"), ("Cancelled", "Canceled"), ("CANCELLED", "CANCELED"),
                 ("cancelling", "canceling"), ("Cancelling", "Canceling"), ("apologise", "apologize"),
                 ("authorisation", "authorization"), ("authorised", "authorized")):
        s = s.replace(a, b)
    return s


def fmt_price(m, v):
    if m["key"] == "de":
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return s + " \u20ac"
    return "{}{:,.2f}".format(m["cur"], v)


def local_price(m, base):
    if m["key"] == "de":
        return base
    v = base * m["rate"]
    if m["key"] == "in":
        return float(max(99, int(round(v / 100.0)) * 100 - 1))
    return max(0.99, round(v) - 0.01)


# ----------------------------------------------------------------------------------------
# Items, people
# ----------------------------------------------------------------------------------------
ITEMS_EN = [
    ("Anker PowerCore 10000 Portable Charger, Ultra-Compact Power Bank", 25.99),
    ("Logitech MX Master 3S Wireless Performance Mouse, Graphite", 99.99),
    ("The Midnight Library: A Novel (Hardcover)", 14.40),
    ("Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 Quart", 89.00),
    ("LEGO Icons Orchid 10311 Artificial Plant Building Set", 49.99),
    ("Samsung 980 PRO 1TB PCIe 4.0 NVMe Internal SSD", 119.99),
    ("Hydro Flask 32 oz Wide Mouth Water Bottle, Pacific", 44.95),
    ("Crayola Washable Broad Line Markers, 40 Count", 9.97),
    ("Philips Sonicare 4100 Rechargeable Electric Toothbrush", 49.96),
    ("Kindle Paperwhite (16 GB) - Agave Green", 149.99),
    ("Ninja AF101 Air Fryer, 4 Quart, Black/Grey", 99.99),
    ("Amazon Basics USB-C to USB-A 2.0 Cable, 6 Foot, 2-Pack", 10.49),
    ("Rubbermaid Brilliance Food Storage Containers, Set of 10", 34.99),
    ("Garmin Forerunner 265 Running Smartwatch, Black", 449.99),
    ("Bosch PS31-2A 12V Max Drill/Driver Kit", 99.00),
    ("Gaiam Essentials Thick Yoga Mat, 72\" x 24\", Navy", 21.98),
    ("Fire TV Stick 4K with Alexa Voice Remote", 49.99),
    ("Atomic Habits by James Clear (Paperback)", 11.98),
    ("OXO Good Grips 3-Piece Mixing Bowl Set", 39.99),
    ("TP-Link Deco X20 AX1800 Whole Home Mesh Wi-Fi 6 System, 3-Pack", 179.99),
    ("Duracell Coppertop AA Batteries, 24 Count", 19.88),
    ("Stanley Quencher H2.0 FlowState Tumbler 40 oz, Rose Quartz", 45.00),
    ("Lodge 10.25 Inch Cast Iron Skillet, Pre-Seasoned", 24.90),
    ("Canon PG-245XL / CL-246XL Ink Cartridge Combo Pack", 52.99),
    ("Burt's Bees Baby Organic Cotton Sleep and Play, 3-Pack, 6-9 Months", 29.95),
    ("JBL Flip 6 Portable Bluetooth Speaker, Blue", 129.95),
]
PREORDER_EN = ("Dune: Part Two [4K UHD + Blu-ray] (Collector's Edition) - Pre-order", 39.99)

ITEMS_DE = [
    ("Bosch Akku-Bohrschrauber GSR 12V-15 (2 Akkus, im Koffer)", 139.99),
    ("Tchibo Privat Kaffee Rarit\u00e4t Machare, 1 kg ganze Bohnen", 17.99),
    ("WMF Topfset 4-teilig Provence Plus, Cromargan Edelstahl", 129.00),
    ("Der Gesang der Flusskrebse: Roman (Taschenbuch)", 12.00),
    ("Philips Hue White Ambiance E27 Lampe, Doppelpack", 49.99),
    ("BRITA Wasserfilter-Kartusche MAXTRA PRO All-in-1, 6er Pack", 34.99),
    ("LEGO Technic 42151 Bugatti Bolide", 44.99),
    ("Fissler Adamant Bratpfanne 28 cm, antihaftbeschichtet", 59.95),
    ("SanDisk Extreme microSDXC UHS-I Speicherkarte 256 GB", 29.99),
    ("tonies H\u00f6rfigur \u2013 Die Maus: Lach- und Sachgeschichten", 16.99),
    ("K\u00e4rcher Akku-Fenstersauger WV 6 Plus", 84.99),
    ("Ravensburger Puzzle 17133 \u2013 Gem\u00fctliche Weihnachtsstadt, 1000 Teile", 14.99),
    ("Hama USB-C-Ladekabel, 1,5 m, geflochten, Schwarz", 12.99),
    ("Leitz WOW Ordner A4, 8 cm, 10er Pack, farbig sortiert", 39.90),
    ("Rossmann Isana Duschgel Sensitiv, 6 x 300 ml", 5.94),
    ("Melitta Caff\u00e9o Solo Kaffeevollautomat E950-101, Silber", 299.99),
    ("Vileda Turbo Smart Wischmop-Set mit Pedal-Schleuder", 39.99),
    ("Fire TV Stick 4K mit Alexa-Sprachfernbedienung", 59.99),
    ("Duden \u2013 Die deutsche Rechtschreibung, 29. Auflage", 28.00),
    ("Thermos Isolierflasche Ultimate, 1,2 l, Edelstahl", 42.90),
    ("Playmobil 71337 Feuerwehr-Einsatzfahrzeug mit Licht", 54.99),
    ("Eastpak Padded Pak'r Rucksack, Black", 45.00),
    ("Logitech K380 Multi-Device Bluetooth-Tastatur, deutsches Layout", 34.99),
    ("Zwilling Four Star Kochmesser 20 cm", 69.95),
]
PREORDER_DE = ("Assassin's Creed Shadows \u2013 Limited Edition [PlayStation 5] \u2013 Vorbestellung", 79.99)

NAMES_EN = [("Sarah", "Mitchell"), ("James", "O'Connor"), ("Priya", "Raman"), ("Liam", "Walsh"),
            ("Olivia", "Bennett"), ("Wei", "Chen"), ("Aarav", "Sharma"), ("Emily", "Tremblay"),
            ("Noah", "Fraser"), ("Grace", "Nguyen"), ("Rahul", "Iyer"), ("Mia", "Harris"),
            ("Daniel", "Kowalski"), ("Chloe", "Parker"), ("Arjun", "Menon"), ("Hannah", "Murphy"),
            ("Jack", "Thompson"), ("Ananya", "Pillai"), ("Ethan", "Roy"), ("Zoe", "Campbell")]
NAMES_DE = [("Jana", "Becker", "f"), ("Thomas", "Wolf", "m"), ("Lukas", "Hoffmann", "m"),
            ("Sabine", "Kr\u00fcger", "f"), ("Mehmet", "Yilmaz", "m"), ("Anna", "Schr\u00f6der", "f"),
            ("Klaus", "Neumann", "m"), ("Leonie", "Schulz", "f"), ("Felix", "Braun", "m"),
            ("Katrin", "Wei\u00df", "f"), ("Jonas", "Fischer", "m"), ("Miriam", "Lehmann", "f"),
            ("Stefan", "M\u00fcller", "m"), ("Laura", "Zimmermann", "f"), ("Tobias", "Hartmann", "m"),
            ("Nina", "Schmitt", "f")]
MAILHOSTS_EN = ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "proton.me"]
MAILHOSTS_DE = ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"]


def person(lang):
    if lang == "de":
        f, l, g = R.choice(NAMES_DE)
    else:
        (f, l), g = R.choice(NAMES_EN), None
    host = R.choice(MAILHOSTS_DE if lang == "de" else MAILHOSTS_EN)
    loc = R.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{f}_{l}{n}"]).format(
        f=f.lower(), l=l.lower().replace("'", ""), fi=f[0].lower(), n=R.randint(1, 99))
    for a, b in (("\u00fc", "ue"), ("\u00f6", "oe"), ("\u00e4", "ae"), ("\u00df", "ss")):
        loc = loc.replace(a, b)
    return dict(first=f, last=l, g=g, addr="%s@%s" % (loc, host), full="%s %s" % (f, l))


def order_no(m):
    return "%s-%07d-%07d" % (R.choice(m["pfx"]), R.randint(0, 9999999), R.randint(0, 9999999))


def tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, "0123456789abcdef")


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def human_date(lang, d):
    if lang == "de":
        return "%d. %s %d" % (d.day, MONTHS_DE[d.month - 1], d.year)
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def rand_dt():
    start = datetime.datetime(2023, 2, 1, tzinfo=datetime.timezone.utc)
    return start + datetime.timedelta(seconds=R.randint(0, 640 * 86400))


# ----------------------------------------------------------------------------------------
# Boilerplate pools (used in addition to each mail's own hand-written core text)
# ----------------------------------------------------------------------------------------
POOLS = {
    "en": dict(
        refund=[
            "You have not been charged for the cancelled item(s).",
            "If a charge was already made, the money will go back to your original payment method. Refunds usually show up within 3 to 5 business days.",
            "Any pending authorisation for this order on your card will be released automatically; depending on your bank this can take a few days.",
            "As the order had not been dispatched, no payment was collected.",
            "A refund of {amount} has been issued to the payment method used for this order.",
            "You won't be billed for anything that isn't sent to you.",
            "Your account hasn't been billed. A pending transaction you may see is only a temporary hold and will drop off.",
            "Any promotional credit or gift card balance applied to this order has been returned to your account.",
            "We only take payment when items are shipped, so there is nothing to refund.",
            "The amount of {amount} will not be charged. If it was already deducted, it will be credited back to you.",
        ],
        help=[
            "To view your orders, go to Your Orders: https://{host}/gp/css/order-history",
            "Need help? Visit our Help pages at https://{host}/gp/help/customer/display.html",
            "If you have any questions, you can contact Customer Service at https://{host}/contact-us",
            "You can check the status of all your orders at any time in Your Account: https://{host}/your-account",
            "More about cancellations: https://{host}/gp/help/customer/display.html?nodeId=GPCG4BXPXE9QSDDT",
            "Questions about this email? Our Customer Service team is available 24/7: https://{host}/gp/help/contact-us/general-questions.html",
            "The order will still appear in Your Orders with the status Cancelled: https://{host}/your-orders/orders",
            "For order details and invoices, see https://{host}/gp/your-account/order-history",
        ],
        closing=[
            "Thank you for shopping with us.\n{brand}",
            "We hope to see you again soon.\n{brand}",
            "Sincerely,\nCustomer Service\n{brand}",
            "We're sorry for the inconvenience.\n{brand}",
            "Thanks,\nThe {brand} team",
            "Kind regards,\n{brand}",
        ],
        security=[
            "Amazon will never ask you to provide or verify sensitive information such as your password, bank account or card details by email. If you receive a suspicious message, report it at https://{host}/gp/help/customer/display.html?nodeId=GTVE4RXL2QFR5ARK.",
            "Protect your account: never share your password or one-time passcodes with anyone, including people claiming to work for Amazon. Learn how to recognise phishing at https://{host}/phishing-scam.",
            "Your payment information is protected with encryption. Amazon employees will never ask you for your full card number or security code.",
            "Received a suspicious email that looks like it came from us? Forward it to stop-spoofing@amazon.com and then delete it. Don't open attachments or click links in messages you weren't expecting.",
            "To keep your account secure, use a strong, unique password and turn on Two-Step Verification under Login & security.",
            "We will never send you an email asking you to update your payment method through a link that leads to a site other than {brand}.",
            "Emails from us always come from an address ending in @{domain}. Be careful with messages that ask for payment, gift cards or personal details.",
            "Security reminder: Amazon does not ask for payment by phone, wire transfer or gift card for orders that have already been paid.",
        ],
        notif=[
            "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
            "Please note: this email was sent from a notification-only address that can't accept incoming email. Please do not reply.",
            "This is an automated message. Replies to this address are not monitored.",
        ],
    ),
    "de": dict(
        refund=[
            "F\u00fcr die stornierten Artikel wurde Ihnen nichts berechnet.",
            "Falls bereits eine Belastung erfolgt ist, erstatten wir den Betrag auf die urspr\u00fcngliche Zahlungsart. Die Gutschrift erscheint in der Regel innerhalb von 3 bis 5 Werktagen.",
            "Eine eventuell vorgenommene Autorisierung auf Ihrer Karte wird automatisch aufgehoben. Je nach Bank kann das einige Tage dauern.",
            "Da die Bestellung noch nicht versandt war, wurde keine Zahlung eingezogen.",
            "Wir haben Ihnen {amount} auf die f\u00fcr diese Bestellung verwendete Zahlungsart erstattet.",
            "Es wird Ihnen nichts in Rechnung gestellt, was nicht an Sie versandt wird.",
            "Ihr Konto wurde nicht belastet. Eine eventuell angezeigte vorgemerkte Buchung ist nur vorl\u00e4ufig und verf\u00e4llt automatisch.",
            "Ein f\u00fcr diese Bestellung eingesetztes Gutschein- oder Aktionsguthaben wurde Ihrem Konto wieder gutgeschrieben.",
            "Wir belasten Ihre Zahlungsart erst beim Versand \u2013 eine Erstattung ist daher nicht n\u00f6tig.",
            "Der Betrag von {amount} wird nicht abgebucht. Sollte er bereits abgebucht worden sein, erhalten Sie ihn zur\u00fcck.",
        ],
        help=[
            "Ihre Bestellungen finden Sie unter \u201eMeine Bestellungen\u201c: https://{host}/gp/css/order-history",
            "Hilfe erhalten Sie auf unseren Hilfeseiten: https://{host}/gp/help/customer/display.html",
            "Bei Fragen wenden Sie sich bitte an unseren Kundenservice: https://{host}/kontakt",
            "Den Status Ihrer Bestellungen k\u00f6nnen Sie jederzeit in \u201eMein Konto\u201c einsehen: https://{host}/gp/css/homepage.html",
            "Weitere Informationen zu Stornierungen: https://{host}/gp/help/customer/display.html?nodeId=GPCG4BXPXE9QSDDT",
            "Fragen zu dieser E-Mail? Unser Kundenservice ist rund um die Uhr erreichbar: https://{host}/gp/help/contact-us/general-questions.html",
            "Die Bestellung wird unter \u201eMeine Bestellungen\u201c weiterhin mit dem Status \u201eStorniert\u201c angezeigt: https://{host}/your-orders/orders",
            "Bestelldetails und Rechnungen finden Sie unter https://{host}/gp/your-account/order-history",
        ],
        closing=[
            "Vielen Dank f\u00fcr Ihren Einkauf bei uns.\n{brand}",
            "Wir hoffen, Sie bald wieder bei uns begr\u00fc\u00dfen zu d\u00fcrfen.\n{brand}",
            "Mit freundlichen Gr\u00fc\u00dfen\nIhr {brand} Kundenservice",
            "Wir bitten um Entschuldigung f\u00fcr die Unannehmlichkeiten.\n{brand}",
            "Beste Gr\u00fc\u00dfe\nIhr Team von {brand}",
            "Freundliche Gr\u00fc\u00dfe\n{brand}",
        ],
        security=[
            "Amazon wird Sie niemals per E-Mail auffordern, vertrauliche Daten wie Ihr Passwort, Ihre Bankverbindung oder Kreditkartendaten anzugeben oder zu best\u00e4tigen. Verd\u00e4chtige Nachrichten k\u00f6nnen Sie hier melden: https://{host}/gp/help/customer/display.html?nodeId=GTVE4RXL2QFR5ARK",
            "Sch\u00fctzen Sie Ihr Konto: Geben Sie Ihr Passwort oder Einmalcodes niemals an Dritte weiter \u2013 auch nicht an Personen, die behaupten, f\u00fcr Amazon zu arbeiten. So erkennen Sie Phishing: https://{host}/phishing",
            "Ihre Zahlungsinformationen werden verschl\u00fcsselt \u00fcbertragen. Mitarbeiter von Amazon fragen Sie nie nach Ihrer vollst\u00e4ndigen Kartennummer oder Pr\u00fcfziffer.",
            "Sie haben eine verd\u00e4chtige E-Mail erhalten, die angeblich von uns stammt? Leiten Sie sie an stop-spoofing@amazon.com weiter und l\u00f6schen Sie sie anschlie\u00dfend. \u00d6ffnen Sie keine unerwarteten Anh\u00e4nge.",
            "F\u00fcr mehr Sicherheit verwenden Sie ein starkes, nur f\u00fcr Amazon genutztes Passwort und aktivieren Sie die Zwei-Schritt-Verifizierung unter \u201eAnmelden und Sicherheit\u201c.",
            "Wir senden Ihnen niemals E-Mails mit der Aufforderung, Ihre Zahlungsart \u00fcber einen Link au\u00dferhalb von {brand} zu aktualisieren.",
            "E-Mails von uns kommen immer von einer Adresse, die auf @{domain} endet. Seien Sie vorsichtig bei Nachrichten, die Zahlungen, Geschenkkarten oder pers\u00f6nliche Daten verlangen.",
            "Sicherheitshinweis: Amazon fordert f\u00fcr bereits bezahlte Bestellungen niemals Zahlungen per Telefon, \u00dcberweisung oder Geschenkkarte.",
        ],
        notif=[
            "Diese E-Mail wurde von einer Adresse verschickt, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
            "Bitte beachten Sie: Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.",
            "Dies ist eine automatisch versandte E-Mail. Bitte antworten Sie nicht darauf.",
        ],
    ),
}

# cycling pickers so the same boilerplate sentence is reused as rarely as possible
_cyc = {}


def pick(lang, pool):
    key = (lang, pool)
    if not _cyc.get(key):
        lst = list(range(len(POOLS[lang][pool])))
        R.shuffle(lst)
        _cyc[key] = lst
    return POOLS[lang][pool][_cyc[key].pop()]


LABELS = {
    "us": dict(title="Order Cancellation", sec_c="Canceled Items", sec_k="Items still in your order",
               qty="Qty", price="Price", sold="Sold by", orders="Your Orders", account="Your Account",
               button="View your order", order="Order #", total="Item subtotal"),
    "en": dict(title="Cancellation Confirmation", sec_c="Cancelled Items", sec_k="Items remaining in your order",
               qty="Qty", price="Price", sold="Sold by", orders="Your Orders", account="Your Account",
               button="View order details", order="Order #", total="Item subtotal"),
    "de": dict(title="Stornierungsbest\u00e4tigung", sec_c="Stornierte Artikel", sec_k="Weiterhin bestellte Artikel",
               qty="Menge", price="Preis", sold="Verkauft von", orders="Meine Bestellungen", account="Mein Konto",
               button="Bestelldetails anzeigen", order="Bestellnr. ", total="Zwischensumme"),
}


def labels_for(m):
    if m["lang"] == "de":
        return LABELS["de"]
    return LABELS["us"] if m["us"] else LABELS["en"]


# ----------------------------------------------------------------------------------------
# Rendering helpers
# ----------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False).replace("\n", "<br />")


class Linker:
    """Amazon style click-tracking redirect links, consistent tokens within one message."""

    def __init__(self, m, dt):
        self.m = m
        self.C, self.K = tok(13), tok(13)
        self.M = "urn:rtn:msg:%s%s%s" % (dt.strftime("%Y%m%d%H%M%S"), hexs(28), m["rtn"])
        self.pe = "pe_%d_%d" % (R.randint(100000, 9999999), R.randint(100000000, 999999999))

    def __call__(self, path, ref=""):
        target = "https://%s%s" % (self.m["host"], path)
        return ("https://%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s%s"
                % (self.m["host"], self.C, self.K, self.M, tok(13), urllib.parse.quote(target, safe=""),
                   tok(28), self.pe, ref))

    def pixel(self, kind="O"):
        img = "images-na.ssl-images-amazon.com" if self.m["rtn"] == "p0na" else "images-eu.ssl-images-amazon.com"
        target = "https://%s/images/G/01/nav/transp.gif" % img
        return ("https://%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=%s&U=%s&H=%s&ref_=%s_open"
                % (self.m["host"], self.C, self.K, self.M, tok(13), kind, urllib.parse.quote(target, safe=""),
                   tok(28), self.pe))


def text_body(c):
    """Plain-text layouts: 'tpl' (like Amazon's text part), 'letter', 'agent'."""
    L, style = c["L"], c["text_style"]
    out = []
    if style == "tpl":
        out += ["%s %s" % (c["brand"], c["title"])]
        if c["order"] and c["show_order_top"]:
            out += ["%s%s" % (L["order"], c["order"])]
        out += ["https://%s/ref=TE_tex_g" % c["m"]["host"], "", "_" * 72, ""]
    if c["greeting"]:
        out += [c["greeting"], ""]
    for p in c["core"]:
        out += [p, ""]
    if style == "letter" and c["order"] and c["show_order_top"]:
        out += ["%s%s" % (L["order"], c["order"]), ""]
    for sec, items in ((c["sec_c"], c["items_c"]), (c["sec_k"], c["items_k"])):
        if not items:
            continue
        out.append(sec + ":")
        for name, q, pr in items:
            if style == "tpl":
                out += ["    %s" % name, "    %s: %d    %s" % (L["qty"], q, pr)]
                if c["seller"]:
                    out.append("    %s: %s" % (L["sold"], c["seller"]))
                out.append("")
            else:
                out.append("- %d x %s (%s)" % (q, name, pr))
        if style != "tpl":
            out.append("")
    for k in ("refund", "help"):
        if c[k]:
            out += [c[k], ""]
    if style == "agent":
        yes = "Yes" if c["lang"] == "en" else "Ja"
        no = "No" if c["lang"] == "en" else "Nein"
        q = "Was this email helpful?" if c["lang"] == "en" else "War diese E-Mail hilfreich?"
        out += [q, "%s: %s" % (yes, c["link"]("/gp/help/survey?rating=yes")),
                "%s: %s" % (no, c["link"]("/gp/help/survey?rating=no")), ""]
    out += [c["closing"], ""]
    out += ["_" * 72 if style == "tpl" else "--", ""]
    if c["notif"]:
        out += [c["notif"], ""]
    out += [c["security"], "", c["m"]["legal"], ""]
    return "\n".join(out)


TD = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"
TB = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; text-align: left"
HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <title>%s</title>
  <style type="text/css">
    body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
    table, table td { border-collapse:collapse !important; }
    .ReadMsgBody { width:100%%; } .ExternalClass { width:100%%; }
    .ExternalClass, .ExternalClass p, .ExternalClass span, .ExternalClass td, .ExternalClass div { line-height: 100%%; }
    @media screen and (max-width: 480px){ *[class].hide { display:none !important; } *[class].block { display:block !important; } }
  </style>
  <!--[if gte mso 9]>
<xml>
    <o:OfficeDocumentSettings>
    <o:AllowPNG/>
    <o:PixelsPerInch>96</o:PixelsPerInch>
    </o:OfficeDocumentSettings>
</xml>
<![endif]-->
 </head>"""


def html_card(c):
    L, lk = c["L"], c["link"]
    logo = ("https://images-na.ssl-images-amazon.com/images/G/01/reading/images/amazon.png" if c["m"]["rtn"] != "p0eu"
            else "https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif")
    h = [HEAD % esc(c["title"]),
         ' <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0"><img width="1" height="1" src="%s" />' % lk.pixel(),
         '  <table id="OutlookWrapper" style="width: 100%%; %s">' % TB,
         '   <tbody><tr><td align="center" style="%s">' % TD,
         '    <table id="EmailWrapper" style="width: 100%% !important; %s" dir="ltr"><tbody><tr><td align="center" style="%s">' % (TB, TD),
         '     <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %s"><tbody><tr>' % TB,
         '      <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %s">' % TD,
         '       <a href="%s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; %s"><tbody><tr><td align="center" style="%s">' % (lk("/?ref_=brand"), TB, TD),
         '        <img src="%s" alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" /></td></tr></tbody></table></a>' % (logo, c["brand"], c["brand"]),
         '       <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219); %s"><tbody><tr>' % TB,
         '        <td class="cardTD grayTopBorderTD" align="left" style="padding: 30px 20px; %s">' % TD]
    if c["greeting"]:
        h.append('         <table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 12px; %s"><tbody><tr><td style="%s"><span>%s</span> </td></tr></tbody></table>' % (TB, TD, esc(c["greeting"])))
    h.append('         <!--[if mso]>\n    <table class="msoInformationTable">')
    for p in c["core"]:
        h.append('    <tr><td><span>%s</span></td></tr>' % esc(p))
    h.append('    </table>\n    <![endif]-->\n         <!--[if !mso]><!-- -->')
    h.append('         <table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); %s"><tbody>' % TB)
    for p in c["core"]:
        h.append('          <tr><td style="padding-bottom: 14px; %s"><span>%s</span> </td></tr>' % (TD, esc(p)))
    h.append('         </tbody></table>\n         <!--<![endif]-->')
    for sec, items in ((c["sec_c"], c["items_c"]), (c["sec_k"], c["items_k"])):
        if not items:
            continue
        h.append('         <table class="sectionHeader" style="font-size: 16px; font-weight: bold; color: rgb(0, 46, 54); padding-top: 10px; %s"><tbody><tr><td style="padding: 10px 0 6px 0; %s">%s</td></tr></tbody></table>' % (TB, TD, esc(sec)))
        for name, q, pr in items:
            h.append('         <table class="itemTable" style="width: 100%%; margin-bottom: 10px; %s"><tbody><tr>' % TB)
            h.append('          <td class="itemImage" width="80" style="%s"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS80_.jpg" width="80" border="0" alt="" /></a></td>' % (TD, lk("/dp/B0%s" % tok(8)), tok(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")))
            extra = ('<br /><span style="font-size: 12px; color: rgb(86, 89, 89)">%s: %s</span>' % (L["sold"], esc(c["seller"]))) if c["seller"] else ""
            h.append('          <td class="itemDetails" style="padding-left: 12px; font-size: 14px; line-height: 20px; %s"><a href="%s" style="color: rgb(0, 113, 133); text-decoration: none">%s</a><br /><span>%s: %d</span><br /><span style="font-weight: bold">%s</span>%s</td>' % (TD, lk("/gp/product/B0%s" % tok(8)), esc(name), L["qty"], q, pr, extra))
            h.append('         </tr></tbody></table>')
    if c["refund"]:
        h.append('         <table class="refundTable" style="font-size: 14px; line-height: 20px; color: rgb(86, 89, 89); %s"><tbody><tr><td style="padding: 8px 0 14px 0; %s"><span>%s</span></td></tr></tbody></table>' % (TB, TD, esc(c["refund"])))
    h.append('         <!--[if gte mso 9]>\n        <table class="buttonContainer"><tr><td align="center" width="330" height="45" bgcolor="ffa723"><a href="%s">%s</a></td></tr></table>\n    <![endif]-->' % (lk("/gp/css/order-history"), L["button"]))
    h.append('         <!--[if !gte mso 9]><!-- --><table class="buttonContainer" style="%s"><tbody><tr><td style="padding: 10px 0 20px 0; %s"><a href="%s" style="color: rgb(17, 17, 17); text-decoration: none"><table style="height: 45px; width: 330px; %s"><tbody><tr><td align="center" valign="middle" bgcolor="ffa723" style="font-size: 16px; color: rgb(17, 17, 17); box-shadow: 0 2px 0 0 rgba(84,84,84,0.3); %s"> %s </td></tr></tbody></table></a></td></tr></tbody></table><!--<![endif]-->' % (TB, TD, lk("/gp/css/order-history", "_vod"), TB, TD, L["button"]))
    if c["order"]:
        h.append('         <table class="instructionTable" style="font-size: 14px; color: rgb(86, 89, 89); %s"><tbody><tr><td style="%s"><span>%s%s</span> </td></tr></tbody></table>' % (TB, TD, L["order"], c["order"]))
    h.append('        </td></tr></tbody></table>')
    foot = [c["help"], c["closing"], c["notif"], c["security"], c["m"]["legal"]]
    h.append('       <table class="card footer" style="background-color: rgb(255, 255, 255); width: 100%%; margin-top: 6px; %s"><tbody><tr><td class="cardTD footerTD" align="left" style="padding: 20px; font-size: 12px; line-height: 16px; color: rgb(86, 89, 89); %s">' % (TB, TD))
    for f in foot:
        if f:
            h.append('        <p class="emailClosing" style="margin: 0 0 10px 0">%s</p>' % esc(f))
    h.append('       </td></tr></tbody></table>')
    h.append('      </td></tr></tbody></table>\n    </td></tr></tbody></table>\n   </td></tr></tbody></table>')
    h.append(' <img width="1" height="1" src="%s" /></body>\n</html>' % lk.pixel("E"))
    return "\n".join(h) + "\n"


def html_classic(c):
    L, lk = c["L"], c["link"]
    h = ['<html xmlns="https://www.w3.org/1999/xhtml">', ' <head>',
         '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />', '  <title></title>',
         '  <style type="text/css">#container{width:640px;font-family:Arial,sans-serif;font-size:13px;color:#333} #header .title h2{color:#CC6600;font-size:20px;margin:0} #orderDetails th{background:#eaeded;text-align:left;padding:4px} #legalCopy{font-size:10px;color:#666}</style>',
         ' </head>', ' <body><img width="1" height="1" src="%s" />' % lk.pixel(),
         '  <table id="container" cellpadding="0"><tbody><tr><td class="frame">',
         '   <table id="main" cellpadding="0"><tbody>',
         '    <tr><td><table id="header" cellpadding="0"><tbody>',
         '     <tr><td rowspan="2" class="logo"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/02/x-locale/common/transparent-pixel._V192234675_.gif" alt="%s" width="140" height="30" border="0" /></a></td>' % (lk("/ref=TE_hl"), c["brand"]),
         '      <td class="navigation"><table align="right"><tbody><tr><td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td><td><a href="%s">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td><td><a class="last" href="%s">%s</a></td></tr></tbody></table></td></tr>' % (lk("/gp/css/order-history", "_yo"), L["orders"], lk("/gp/css/homepage.html", "_ya"), L["account"], lk("/", "_home"), c["brand"]),
         '     <tr><td class="title"><h2>%s</h2>%s</td></tr>' % (esc(c["title"]), ('%s<a href="%s">%s</a>' % (L["order"], lk("/gp/css/summary/edit.html?orderID=" + c["order"]), c["order"])) if c["order"] else ""),
         '    </tbody></table></td></tr>',
         '    <tr><td><table id="summary" cellpadding="0"><tbody><tr><td>']
    if c["greeting"]:
        h.append('     <span class="heading">%s</span>' % esc(c["greeting"]))
    for p in c["core"]:
        h.append('     <p>%s</p>' % esc(p))
    h.append('    </td></tr></tbody></table></td></tr>')
    for sec, items in ((c["sec_c"], c["items_c"]), (c["sec_k"], c["items_k"])):
        if not items:
            continue
        h.append('    <tr><td><table id="orderDetails" cellpadding="0" width="100%"><tbody>')
        h.append('     <tr><td colspan="3"><h3>%s</h3></td></tr>' % esc(sec))
        h.append('     <tr><th>&nbsp;</th><th>%s</th><th>%s</th></tr>' % (L["qty"], L["price"]))
        for name, q, pr in items:
            sold = ('<br /><span class="sold">%s %s</span>' % (L["sold"], esc(c["seller"]))) if c["seller"] else ""
            h.append('     <tr><td class="name"><a href="%s">%s</a>%s</td><td class="qty">%d</td><td class="price"><strong>%s</strong></td></tr>' % (lk("/dp/B0" + tok(8)), esc(name), sold, q, pr))
        h.append('    </tbody></table></td></tr>')
    h.append('    <tr><td><table id="division"><tbody><tr><td></td></tr></tbody></table></td></tr>')
    h.append('    <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for k in ("refund", "help"):
        if c[k]:
            h.append('     <p>%s</p>' % esc(c[k]))
    h.append('     <p><br />%s</p>' % esc(c["closing"]))
    h.append('    </td></tr></tbody></table></td></tr>')
    h.append('    <tr><td><table id="legalCopy"><tbody><tr><td><span>')
    for f in (c["security"], c["m"]["legal"], c["notif"]):
        if f:
            h.append('     <p>%s</p>' % esc(f))
    h.append('    </span></td></tr></tbody></table></td></tr>')
    h.append('   </tbody></table>\n  </td></tr></tbody></table>')
    h.append(' <img width="1" height="1" src="%s" /></body>\n</html>' % lk.pixel("E"))
    return "\n".join(h) + "\n"


def html_simple(c):
    L, lk = c["L"], c["link"]
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
         '<body bgcolor="#ffffff" style="margin:0">',
         '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td>',
         '<font face="Verdana, Arial, Helvetica, sans-serif" size="2" color="#000000">',
         '<a href="%s"><img src="https://images-na.ssl-images-amazon.com/images/G/01/x-locale/common/amazon-logo-tiny._V1_.gif" alt="%s" border="0"></a>' % (lk("/"), c["brand"]),
         '<hr noshade size="1" color="#cccccc">']
    if c["greeting"]:
        h.append('<p>%s</p>' % esc(c["greeting"]))
    for p in c["core"]:
        h.append('<p>%s</p>' % esc(p))
    if c["order"] and c["show_order_top"]:
        h.append('<p><b>%s</b><a href="%s">%s</a></p>' % (L["order"], lk("/gp/your-account/order-details?orderID=" + c["order"]), c["order"]))
    for sec, items in ((c["sec_c"], c["items_c"]), (c["sec_k"], c["items_k"])):
        if not items:
            continue
        h.append('<p><b><font color="#990000">%s</font></b></p>' % esc(sec))
        h.append('<table cellpadding="3" cellspacing="0" border="0">')
        for name, q, pr in items:
            h.append('<tr><td valign="top"><font face="Verdana, Arial" size="2">%d x</font></td><td><font face="Verdana, Arial" size="2">%s<br><font color="#990000">%s</font></font></td></tr>' % (q, esc(name), pr))
        h.append('</table>')
    for k in ("refund", "help"):
        if c[k]:
            h.append('<p>%s</p>' % esc(c[k]))
    if c["text_style"] == "agent":
        q = "Was this email helpful?" if c["lang"] == "en" else "War diese E-Mail hilfreich?"
        h.append('<p>%s <a href="%s">%s</a> | <a href="%s">%s</a></p>' % (q, lk("/gp/help/survey?rating=yes"), "Yes" if c["lang"] == "en" else "Ja", lk("/gp/help/survey?rating=no"), "No" if c["lang"] == "en" else "Nein"))
    h.append('<p>%s</p>' % esc(c["closing"]))
    h.append('<hr noshade size="1" color="#cccccc"><font size="1" color="#666666">')
    for f in (c["notif"], c["security"], c["m"]["legal"]):
        if f:
            h.append('<p>%s</p>' % esc(f))
    h.append('</font></font></td></tr></table>')
    h.append('<img width="1" height="1" src="%s"></body></html>' % lk.pixel())
    return "\n".join(h) + "\n"


HTML_LAYOUTS = {"card": html_card, "classic": html_classic, "simple": html_simple}


# ----------------------------------------------------------------------------------------
# Headers
# ----------------------------------------------------------------------------------------
def ses_ip(m):
    return {"us-east-1": "54.240.8.%d", "eu-west-1": "54.240.3.%d", "ap-southeast-2": "54.240.35.%d"}[m["ses"]] % R.randint(2, 250)


def auth_results(domain, mailfrom, ip, style=None, dmarc="pass", dkim="pass", spf="pass", policy_="quarantine",
                 hfrom=None):
    style = style if style is not None else R.randint(0, 2)
    hfrom = hfrom or domain
    sel = tok(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    b = tok(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    mfdom = mailfrom.split("@")[1]
    if style == 0:
        return ("mx.google.com; dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s; "
                "spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                "dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s"
                % (dkim, domain, domain, sel, b, spf, mailfrom, ip, mailfrom, dmarc, policy_.upper(), policy_.upper(), hfrom))
    if style == 1:
        return ("spf=%s (sender IP is %s) smtp.mailfrom=%s; dkim=%s (signature was verified) header.d=%s;"
                "dmarc=%s action=none header.from=%s;compauth=%s reason=100"
                % (spf, ip, mfdom, dkim, domain, dmarc, hfrom, "pass" if dmarc == "pass" else "fail"))
    return ("mx.posteo.de; dkim=%s (1024-bit key; unprotected) header.d=%s header.i=@%s header.a=rsa-sha256 "
            "header.s=%s header.b=\"%s\"; dmarc=%s (p=%s dis=none) header.from=%s; spf=%s smtp.mailfrom=%s"
            % (dkim, domain, domain, sel, b, dmarc, policy_, hfrom, spf, mfdom))


def amazon_headers(m, sender, display, to, subject, dt, auth, reply_to=None, extra=()):
    ip = ses_ip(m)
    mailfrom = "%s%s@bounces.%s" % (dt.strftime("%Y%m%d%H%M%S"), hexs(24), m["domain"])
    rcpt_host = to["addr"].split("@")[1]
    ses_host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(8, 48), R.randint(1, 250), m["ses"])
    hs = [("Return-Path", "<%s>" % mailfrom),
          ("Received", "from %s (%s [%s]) by mx.%s "
                       "with ESMTPS id %s for <%s>; %s"
           % (ses_host, ses_host, ip,
              rcpt_host, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), to["addr"],
              format_datetime(dt + datetime.timedelta(seconds=R.randint(1, 9)))))]
    if auth:
        hs.append(("Authentication-Results", auth_results(m["domain"], mailfrom, ip)))
    hs += [("Date", format_datetime(dt)),
           ("From", formataddr((display or m["brand"], "%s@%s" % (sender, m["domain"])))),
           ("Reply-To", reply_to or "no-reply@%s" % m["domain"]),
           ("To", formataddr((to["full"], to["addr"])) if R.random() < 0.5 else to["addr"]),
           ("Subject", subject),
           ("Message-ID", "<0%d0%d018%s-%s-%s-%s-%s-000000@%s.amazonses.com>"
            % (R.randint(1, 2), R.randint(0, 2), hexs(5), hexs(8), hexs(4), hexs(4), hexs(12), m["ses"])),
           ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
           ("Bounces-to", mailfrom),
           ("Feedback-ID", "1.%s.%s=:AmazonSES" % (m["ses"], tok(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))),
           ("X-SES-Outgoing", "%s-%s" % (dt.strftime("%Y.%m.%d"), ip))]
    hs += list(extra)
    return hs


def plain_headers(frm, to, subject, dt, received_from, auth=None, extra=(), msgid_dom=None, reply_to=None):
    rcpt = to["addr"] if isinstance(to, dict) else to
    hs = [("Received", "from %s by mx.%s with ESMTPS id %s for <%s>; %s"
           % (received_from, rcpt.split("@")[1], tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt,
              format_datetime(dt + datetime.timedelta(seconds=R.randint(1, 20)))))]
    if auth:
        hs.append(("Authentication-Results", auth))
    hs += [("Date", format_datetime(dt)), ("From", frm)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("To", formataddr((to["full"], to["addr"])) if isinstance(to, dict) else to),
           ("Subject", subject),
           ("Message-ID", "<%s.%s@%s>" % (hexs(16), tok(6, "0123456789"), msgid_dom or frm.split("@")[-1].rstrip(">")))]
    hs += list(extra)
    return hs


# ----------------------------------------------------------------------------------------
# MIME
# ----------------------------------------------------------------------------------------
def choose_cte(s):
    opts = ["quoted-printable", "base64", "8bit"]
    try:
        s.encode("ascii")
        opts.append("7bit")
    except UnicodeEncodeError:
        pass
    return R.choice(opts)


def wrap_html(s, limit=760):
    """Break over-long HTML source lines at spaces (keeps every line far below the RFC 5322 998 limit)."""
    out = []
    for line in s.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def build_msg(headers, text=None, htm=None, charset="utf-8", ctes=None):
    if htm is not None:
        htm = wrap_html(htm)
    msg = EmailMessage()
    for k, v in headers:
        msg[k] = v
    ct = ctes or (choose_cte(text) if text is not None else None, choose_cte(htm) if htm is not None else None)
    if text is not None and htm is not None:
        msg.set_content(text, charset=charset, cte=ct[0])
        msg.add_alternative(htm, subtype="html", charset=charset, cte=ct[1])
        msg.set_boundary("----=_Part_%d_%d.%d" % (R.randint(10 ** 6, 10 ** 8), R.randint(10 ** 8, 2 * 10 ** 9),
                                                   R.randint(10 ** 12, 2 * 10 ** 12)))
        shape = "alt(%s/%s)" % ct
    elif htm is not None:
        msg.set_content(htm, subtype="html", charset=charset, cte=ct[1])
        shape = "html(%s)" % ct[1]
    else:
        msg.set_content(text, charset=charset, cte=ct[0])
        shape = "text(%s)" % ct[0]
    return msg, shape


# ----------------------------------------------------------------------------------------
# Amazon-sent mail builder (notices, thread mails, Amazon non-notices)
# ----------------------------------------------------------------------------------------
def N(id, cause, sr, mk, frm, fmt, subj, core, n=1, keep=0, note="", **kw):
    d = dict(id=id, kind="notice", cause=cause, sr=sr, mk=mk, frm=frm, fmt=fmt, subj=subj, core=core, n=n,
             keep=keep, note=note)
    d.update(kw)
    return d


CARDS = {"en": ["Visa ending in 4821", "Mastercard ending in 0937", "American Express ending in 1006",
                "Visa debit card ending in 5512", "RuPay card ending in 7730"],
         "de": ["Visa-Karte mit der Endung 4821", "Mastercard mit der Endziffer 0937",
                "Kreditkarte (Visa) mit den Endziffern 2290"]}


def greeting_for(lang, to, brand):
    if lang == "de":
        opts = ["Guten Tag %s," % to["full"], "Hallo %s," % to["first"], "Guten Tag,",
                ("Sehr geehrte Frau %s," if to["g"] == "f" else "Sehr geehrter Herr %s,") % to["last"]]
    else:
        opts = ["Hello %s," % to["first"], "Hi %s," % to["first"], "Dear %s," % to["full"], "Hello,",
                "Greetings from %s." % brand]
    return R.choice(opts)


def new_shared(spec):
    m = MARKETS[spec["mk"]]
    lang = m["lang"]
    pool = ITEMS_DE if lang == "de" else ITEMS_EN
    base = spec.get("items") or R.sample(pool, spec.get("n", 1) + spec.get("keep", 0))
    items = []
    for i, (name, price) in enumerate(base):
        q = spec.get("qty", 1) if i == 0 else (2 if R.random() < 0.2 else 1)
        items.append((name, q, local_price(m, price)))
    return dict(to=person(lang), order=order_no(m), items=items, dt=rand_dt(),
                card=R.choice(CARDS[lang] if lang == "de" else CARDS["en"][:4] if spec["mk"] != "in" else CARDS["en"]))


def build_amazon(spec, shared, auth, dt=None):
    m = MARKETS[spec["mk"]]
    lang = m["lang"]
    L = labels_for(m)
    dt = dt or shared["dt"]
    to, order = shared["to"], shared["order"]
    if spec.get("kind") == "early" or spec.get("all_items"):
        ic, ik = shared["items"], []
    else:
        ic, ik = shared["items"][:spec["n"]], shared["items"][spec["n"]:spec["n"] + spec["keep"]]
    amount = fmt_price(m, sum(q * p for _, q, p in ic))
    first = ic[0][0] if ic else ""
    vals = dict(order=order, item=first, short=(first[:38].rstrip() + "...") if len(first) > 40 else first,
                amount=amount, seller=spec.get("seller", ""), card=shared["card"], brand=m["brand"],
                name=to["first"], host=m["host"], domain=m["domain"],
                date=human_date(lang, dt - datetime.timedelta(days=R.randint(4, 8))),
                deadline=human_date(lang, dt + datetime.timedelta(days=R.randint(3, 6))))
    f = lambda s: s.format_map(vals)
    fix = us_spell if m["us"] else (lambda s: s)
    ref = spec.get("refund")
    refund = None if ref is False else f(ref) if isinstance(ref, str) else f(pick(lang, "refund"))
    greet = spec.get("greet")
    greeting = "" if greet is False else f(greet) if greet else greeting_for(lang, to, m["brand"])
    kind_fmt, _, layout = spec["fmt"].partition(":")
    text_style = spec.get("text_style") or (layout if kind_fmt == "p" else "tpl")
    if layout == "agent":
        text_style = "agent"
    notif = spec.get("notif")
    notif = None if notif is False else f(notif) if notif else pick(lang, "notif")
    c = dict(m=m, lang=lang, L=L, brand=m["brand"], order=order, show_order_top=spec.get("order_top", True),
             title=fix(f(spec.get("title", L["title"]))), greeting=greeting,
             core=[fix(f(p)) for p in spec["core"]],
             items_c=[(n_, q, fmt_price(m, q * p)) for n_, q, p in ic],
             items_k=[(n_, q, fmt_price(m, q * p)) for n_, q, p in ik],
             sec_c=fix(f(spec.get("sec_c", L["sec_c"]))), sec_k=f(spec.get("sec_k", L["sec_k"])),
             seller=spec.get("seller", ""), refund=fix(refund) if refund else None,
             help=fix(f(spec["help"]) if spec.get("help") else f(pick(lang, "help"))),
             closing=fix(f(spec.get("closing") or pick(lang, "closing"))), notif=fix(notif) if notif else None,
             security=fix(f(pick(lang, "security"))), link=Linker(m, dt), text_style=text_style)
    text = htm = None
    if kind_fmt in ("p", "a"):
        text = text_body(c)
    if kind_fmt in ("h", "a"):
        htm = HTML_LAYOUTS["card" if layout in ("tpl", "letter", "agent") else layout](c)
    display = spec.get("display")
    headers = amazon_headers(m, spec["frm"], f(display) if display else None, to, fix(f(spec["subj"])), dt, auth,
                             reply_to=spec.get("reply_to"))
    msg, shape = build_msg(headers, text, htm)
    return msg, "%s %s/%s" % (shape, kind_fmt, layout or text_style)


# ----------------------------------------------------------------------------------------
# English notices  (E* inventory, P* payment, X* technical, F* fraud, C* customer, U*/V* unknown,
#                   T* two-mail threads: *a = earlier mail (non_notice), *b = cancellation)
# ----------------------------------------------------------------------------------------
EN_NOTICES = [
    N("E1", "inventory_shortage", True, "com", "auto-confirm", "p:tpl",
      "Item canceled from your Amazon.com order #{order}",
      ["We're sorry to tell you that we had to cancel {item} from your order #{order}. The supplier we rely on for this product has told us they can't send us any more units, and we weren't able to find it anywhere else.",
       "The other item in your order is not affected and will ship as planned."],
      n=1, keep=1, note="supplier can't provide; partial"),
    N("E2", "inventory_shortage", True, "co.uk", "order-update", "h:card",
      "Your Amazon.co.uk order #{order} has been cancelled",
      ["Unfortunately {item} has sold out and we don't expect to receive further stock. For this reason your order #{order} has been cancelled.",
       "We know this is disappointing and apologise for letting you down."],
      note="sold out, reason first"),
    N("E3", "inventory_shortage", True, "ca", "marketplace-messages", "p:letter",
      "Cancellation from MapleRidge Supply Co. - Amazon.ca order {order}",
      ["The seller {seller} has cancelled your order {order}.",
       "Message from the seller: \"Hello, many apologies. When we went to pick your order, the last unit on our shelf turned out to be damaged and we have none left to send. We've cancelled the order so that you are not charged. Kind regards, Marc\""],
      seller="MapleRidge Supply Co.", display="MapleRidge Supply Co. via Amazon.ca",
      notif="To contact the seller, reply to this message or use Buyer-Seller Messaging in Your Orders.",
      note="seller cancelled, last unit damaged (implied)"),
    N("E4", "inventory_shortage", True, "com.au", "auto-confirm", "h:classic",
      "Update on your Amazon.com.au order {order}",
      ["Reason: Out of stock",
       "The items listed below have been removed from order {order} and won't be sent to you. Our fulfilment centre has no remaining stock and the manufacturer has discontinued them."],
      n=2, title="Order Cancellation", note="labelled reason line"),
    N("E5", "inventory_shortage", True, "in", "order-update", "p:letter",
      "Your pre-order {order} has been cancelled",
      ["The publisher has withdrawn the release of {item}, so we will not be able to supply the copy you pre-ordered. Your pre-order (order {order}) is therefore cancelled.",
       "If a new edition is announced, you'll be able to pre-order it again from the product page."],
      items=[PREORDER_EN], note="pre-order cannot be filled"),
    N("E6", "inventory_shortage", True, "com", "order-update", "a:card",
      "An update about your Amazon.com order #{order}",
      ["Despite several attempts, we haven't been able to obtain {item} in the quantity you ordered, and we have now canceled this item.",
       "Everything else in order #{order} is unaffected and will arrive as scheduled."],
      n=1, keep=2, qty=3, note="could not obtain quantity (implied); partial"),
    # payment
    N("P1", "payment_issue", True, "com", "payments-messages", "p:tpl",
      "Your Amazon.com order #{order} has been canceled",
      ["Order #{order} has been canceled because the issuing bank declined the authorization for the card you selected at checkout. We tried the charge more than once before canceling."],
      note="bank declined authorization"),
    N("P2", "payment_issue", True, "co.uk", "payments-messages", "h:classic",
      "Your Amazon.co.uk order #{order} \u2013 payment not received",
      ["On {date} we asked you to revise the payment details for order #{order}. We haven't received updated payment information in the time allowed, so the order has now been cancelled.",
       "You can add or edit payment methods at any time in Your Account before placing a new order."],
      n=2, note="payment revision not made in time"),
    N("P3", "payment_issue", True, "ca", "payments-update", "p:letter",
      "Information from Amazon.ca",
      ["The credit card linked to order {order} expired before the order was ready to ship. We couldn't collect payment, and the order was cancelled as a result."],
      greet="Hello from Amazon.ca.", note="card expired"),
    N("P4", "payment_issue", True, "com.au", "payments-messages", "h:card",
      "Your Amazon.com.au order {order} could not be completed",
      ["Your gift card balance didn't cover the full amount for this order, and there was no other payment method on the account that we could charge the difference to.",
       "As a result, we've cancelled order {order}."],
      note="insufficient gift card balance, reason first"),
    N("P5", "payment_issue", True, "in", "payments-messages", "p:tpl",
      "Order {order} cancelled \u2013 payment not completed",
      ["Reason for cancellation: Payment not completed",
       "We did not receive confirmation from your bank for the UPI payment on order {order} within the allowed time, and the order was automatically cancelled. If any amount was debited from your account, it will be reversed to the source within 5-7 business days."],
      note="labelled reason; UPI payment not confirmed"),
    N("P6", "payment_issue", True, "com", "payments-messages", "a:classic",
      "Important information about your order #{order}",
      ["We've canceled your order #{order}. This isn't related to the items or their availability: the charge to your {card} was refused by your bank, and we weren't able to obtain approval for the amount due.",
       "You may want to contact your bank before trying again."],
      n=2, title="Order Canceled", note="denies availability, card refused"),
    # technical
    N("X1", "technical_issue", True, "com", "order-update", "p:letter",
      "Canceled: Amazon.com order #{order}",
      ["While reviewing your order we found that {item} was shown at an incorrect price on our website. As described in our Conditions of Use, we don't fulfill orders placed at a price that was listed in error, so your order #{order} has been canceled."],
      note="pricing error"),
    N("X2", "technical_issue", True, "co.uk", "auto-confirm", "h:card",
      "We've cancelled your Amazon.co.uk order #{order}",
      ["A technical fault in our order processing system meant that order #{order} wasn't recorded correctly.",
       "We're cancelling it so that it doesn't cause problems later on. Please accept our apologies - you're welcome to place the order again."],
      note="system fault, reason first"),
    N("X3", "technical_issue", True, "ca", "order-update", "a:simple",
      "Cancelled items from your Amazon.ca order {order}",
      ["A glitch at checkout attached the wrong delivery option and a shipping charge of zero to the items below in order {order}. Because the order can't be fulfilled in that state, these items have been cancelled."],
      n=2, note="checkout glitch"),
    N("X4", "technical_issue", True, "in", "auto-confirm", "p:tpl",
      "Cancellation of item from order {order}",
      ["Reason: Listing error",
       "The product page for {item} showed specifications that don't match the product we can supply (the listing described a different model). We have cancelled this item from order {order} to avoid sending you something other than what you ordered."],
      note="labelled listing error"),
    N("X5", "technical_issue", True, "com.au", "no-reply", "p:letter",
      "Order {order}: cancelled",
      ["We're cancelling order {order}. An error occurred while it was being processed, and we couldn't complete it."],
      note="short, processing error"),
    # fraud
    N("F1", "fraud_prevention", True, "com", "account-update", "p:letter",
      "Amazon.com: Order #{order} canceled",
      ["We noticed unusual activity on your Amazon.com account. As a precaution, we placed a temporary hold on the account and canceled pending orders, including order #{order}.",
       "To remove the hold, sign in to your account on the Amazon website or app and follow the on-screen instructions. For your protection, we don't include sign-in links in this message."],
      note="unusual activity, account hold"),
    N("F2", "fraud_prevention", True, "co.uk", "order-update", "h:classic",
      "Your order #{order} with Amazon.co.uk has been cancelled",
      ["Your order has been cancelled.",
       "During our routine security checks this order was flagged for additional review, and we weren't able to confirm that it was authorised by the holder of the payment card used."],
      note="flagged in security review"),
    N("F3", "fraud_prevention", True, "ca", "auto-confirm", "p:tpl",
      "Amazon.ca order {order} \u2013 cancelled after review",
      ["Amazon decided to cancel order {order} following a security review. We take this step when an order shows signs that it might not have been placed by the account owner.",
       "If you placed this order yourself, you can order again once you've signed in and confirmed your details in Your Account."],
      n=2, note="Amazon decided; security review"),
    N("F4", "fraud_prevention", True, "in", "no-reply", "h:card",
      "Your order {order} has been cancelled",
      ["Why was my order cancelled?",
       "Your Amazon.in account is temporarily locked until we can verify your identity. Orders that were pending when the account was locked, including order {order}, have been cancelled.",
       "To unlock your account, open the Amazon app and follow the verification steps shown when you sign in."],
      note="account locked, identity verification"),
    N("F5", "fraud_prevention", True, "com.au", "order-update", "p:letter",
      "Order {order} cancelled",
      ["This isn't a problem with your payment \u2014 your card was authorised successfully. However, we needed to confirm a few details about your account before we could dispatch the order, and that verification wasn't completed.",
       "For that reason order {order} has been cancelled and the authorisation on your card released."],
      refund=False, note="denies payment, verification incomplete"),
    # customer
    N("C1", "customer_request", True, "com", "auto-confirm", "p:tpl",
      "Successful cancellation of \"{short}\" from your Amazon.com order #{order}",
      ["As you requested, we've canceled {item} from your order #{order}. The rest of the order will ship as planned."],
      n=1, keep=1, note="customer partial cancellation"),
    N("C2", "customer_request", True, "co.uk", "order-update", "h:classic",
      "Item cancelled successfully: \"{short}\"",
      ["Your cancellation request has been processed.", "Cancel Reason: Customer Cancelled"],
      note="Cancel Reason line"),
    N("C3", "customer_request", True, "ca", "auto-confirm", "p:letter",
      "Amazon.ca - Your Cancellation ({short})",
      ["You just cancelled order #{order}.", "Status: CANCELLED"],
      n=2, greet=False, note="old customer template"),
    N("C4", "customer_request", True, "com.au", "cs-reply", "h:simple",
      "Your Amazon.com.au enquiry",
      ["Thanks for chatting with me today about order {order}.",
       "As you asked, I've cancelled {item} for you. The cancellation has gone through and the item won't be dispatched."],
      text_style="agent", reply_to="cs-reply@amazon.com.au", notif=False,
      closing="Warm regards,\nDaniel R.\nAmazon.com.au Customer Service", note="agent after chat"),
    N("C5", "customer_request", True, "in", "auto-confirm", "p:tpl",
      "Your cancellation request for order {order} is complete",
      ["You've cancelled item(s) from order {order}.", "Reason you gave: Found a better price elsewhere"],
      note="customer reason mentions price"),
    N("C6", "customer_request", True, "com", "marketplace-messages", "a:card",
      "Order #{order}: cancellation request from buyer completed",
      ["Per your request, the seller {seller} has canceled order #{order}.",
       "Message from the seller: \"Hi, no problem, we've cancelled it as you asked before it left our warehouse. Have a nice day!\""],
      seller="GadgetHub US", display="GadgetHub US via Amazon.com", reply_to="q7xk2m9d3rtz8wn@marketplace.amazon.com",
      notif="To respond to the seller, reply to this message.", note="seller cancelled at buyer request"),
    # unknown, no reason
    N("U1", "unknown", False, "com", "auto-confirm", "p:tpl",
      "Your Amazon.com order #{order} has been canceled",
      ["Your order #{order} has been canceled. The following items were canceled:"],
      n=2, note="no reason"),
    N("U2", "unknown", False, "co.uk", "no-reply", "h:card",
      "Cancellation notice for order #{order}",
      ["We're writing to let you know that order #{order} has been cancelled.",
       "We apologise for any inconvenience this may cause."],
      note="no reason"),
    N("U3", "unknown", False, "ca", "order-update", "a:simple",
      "Information from Amazon.ca",
      ["The item below has been cancelled from your order {order} and will not be shipped. Your other items remain on order."],
      n=1, keep=1, note="no reason; partial"),
    N("U4", "unknown", False, "in", "auto-confirm", "p:letter",
      "Item(s) cancelled from order {order}",
      ["Cancelled: {item}", "Order {order}"],
      greet=False, note="no reason, minimal"),
    N("U5", "unknown", False, "com.au", "order-update", "a:card",
      "Sorry, we've had to cancel your order",
      ["We're sorry - we've had to cancel order {order}. If you'd still like these items, you're welcome to order them again."],
      n=2, note="had to cancel, no reason"),
    # unknown, other reason
    N("V1", "unknown", True, "com", "order-update", "h:classic",
      "Your Amazon.com order #{order} could not be delivered",
      ["The carrier was unable to deliver to the shipping address on order #{order}. The address could not be verified after several attempts, and the carrier marked it as undeliverable.",
       "Because of this, we've canceled the order and no items will be sent."],
      note="undeliverable address"),
    N("V2", "unknown", True, "co.uk", "auto-confirm", "p:tpl",
      "Item cancelled from your Amazon.co.uk order #{order}",
      ["{item} can't be dispatched to Switzerland, the country in your delivery address, because of shipping restrictions on this product. We've therefore cancelled it from order #{order}."],
      items=[("Bosch PowerPack 500 E-Bike Battery, Frame Mount", 649.00)], note="cannot ship to country"),
    N("V3", "unknown", True, "com.au", "order-update", "a:card",
      "Action taken on your Amazon.com.au order {order}",
      ["Australian import regulations prohibit us from sending {item} to addresses in Australia. Under these rules the product can't be delivered, so it has been cancelled from order {order}."],
      items=[("Green Laser Pointer, 5mW, Rechargeable, with Star Cap", 24.99)], note="import restriction"),
]

EN_THREADS = [
    # T1 inventory
    (dict(id="T1a", kind="early", mk="co.uk", frm="order-update", fmt="a:card", n=1, keep=0,
          subj="Delay in delivering your Amazon.co.uk order #{order}", title="Delivery Update",
          sec_c="Delayed item", refund=False,
          core=["We're sorry, but we're having trouble getting hold of {item}. Our supplier hasn't been able to confirm when new stock will reach us.",
                "We'll keep trying to source it and will write to you again within 14 days. You don't need to do anything; if you would prefer not to wait, you can cancel the item in Your Orders."]),
     N("T1b", "inventory_shortage", False, "co.uk", "auto-confirm", "p:tpl",
       "Your Amazon.co.uk order #{order} has been cancelled",
       ["Order #{order} has been cancelled. The item listed below will not be dispatched."])),
    # T2 payment
    (dict(id="T2a", kind="early", mk="com", frm="payments-messages", fmt="a:card", n=1, keep=0,
          subj="Action needed: payment declined for Amazon.com order #{order}", title="Payment Declined",
          sec_c="Items in this order", refund=False,
          core=["We were unable to charge your {card} for the order below. The order won't ship until the payment issue is resolved.",
                "Please update your payment method by {deadline}. If we don't receive updated payment information by then, your order will be canceled."]),
     N("T2b", "payment_issue", False, "com", "no-reply", "p:letter",
       "Amazon.com order #{order}",
       ["We canceled your order #{order}.", "Details of the canceled items are below."])),
    # T3 technical
    (dict(id="T3a", kind="early", mk="ca", frm="order-update", fmt="h:card", n=1, keep=0,
          subj="A problem with your Amazon.ca order {order}", title="Order Update",
          sec_c="Item under review", refund=False,
          core=["We've found a problem with the price shown for {item} at the time you placed order {order}, and we're reviewing it before anything ships.",
                "No action is needed from you right now. We'll contact you again within two business days."]),
     N("T3b", "technical_issue", False, "ca", "auto-confirm", "h:classic",
       "Your Amazon.ca order {order}",
       ["We've cancelled your order {order}. No items will be shipped."])),
    # T4 fraud
    (dict(id="T4a", kind="early", mk="in", frm="account-update", fmt="p:letter", n=1, keep=0,
          subj="Your Amazon.in account is on hold", title="Account on hold", all_items=True,
          sec_c="Pending order", refund=False,
          core=["We have placed your Amazon.in account on hold because we need additional information to verify it. While the hold is in place, your pending orders (including order {order}) won't be processed.",
                "Please sign in through the Amazon app or website and upload the requested document within 3 days."]),
     N("T4b", "fraud_prevention", False, "in", "auto-confirm", "h:card",
       "Item(s) cancelled from your Amazon.in order {order}",
       ["The item(s) below from order {order} have been cancelled. We're sorry for the inconvenience."])),
]


# ----------------------------------------------------------------------------------------
# German notices (amazon.de)
# ----------------------------------------------------------------------------------------
DE_NOTICES = [
    N("E1", "inventory_shortage", True, "de", "auto-confirm", "p:letter",
      "Artikel aus Ihrer Amazon.de-Bestellung {order} storniert",
      ["leider m\u00fcssen wir Ihnen mitteilen, dass {item} nicht mehr lieferbar ist. Wir haben den Artikel deshalb aus Ihrer Bestellung {order} storniert.",
       "Die \u00fcbrigen Artikel werden wie geplant versandt."],
      n=1, keep=1, note="nicht mehr lieferbar; partial"),
    N("E2", "inventory_shortage", True, "de", "marketplace-messages", "p:letter",
      "Stornierung Ihrer Bestellung {order} durch den Verk\u00e4ufer",
      ["Der Verk\u00e4ufer {seller} hat Ihre Bestellung {order} storniert, weil der Artikel bei ihm ausverkauft ist.",
       "Nachricht des Verk\u00e4ufers: \u201eSehr geehrte Kundin, sehr geehrter Kunde, wir haben leider keine Ware mehr und erhalten vom Hersteller auch keine Nachlieferung. Wir bitten vielmals um Entschuldigung. Mit freundlichen Gr\u00fc\u00dfen, Ihr Team von Elektro Sommer\u201c"],
      seller="Elektro Sommer GmbH", display="Elektro Sommer GmbH \u00fcber Amazon.de",
      notif="Um dem Verk\u00e4ufer zu antworten, antworten Sie einfach auf diese Nachricht.", note="Verk\u00e4ufer ausverkauft"),
    N("E3", "inventory_shortage", True, "de", "order-update", "h:classic",
      "Ihre Amazon.de Bestellung {order} wurde storniert",
      ["Grund: Artikel nicht vorr\u00e4tig",
       "Die unten aufgef\u00fchrten Artikel konnten nicht aus unserem Bestand bedient werden und wurden aus Ihrer Bestellung entfernt."],
      n=2, note="labelled reason"),
    N("E4", "inventory_shortage", True, "de", "auto-confirm", "h:card",
      "Ihre Vorbestellung bei Amazon.de wurde storniert",
      ["Der Hersteller hat die Ver\u00f6ffentlichung von {item} abgesagt. Ihre Vorbestellung {order} k\u00f6nnen wir daher nicht erf\u00fcllen und haben sie storniert."],
      items=[PREORDER_DE], note="pre-order cannot be filled"),
    N("E5", "inventory_shortage", True, "de", "order-update", "p:tpl",
      "Neuigkeiten zu Ihrer Bestellung {order}",
      ["Unser Lieferant konnte uns trotz mehrfacher Nachfrage keine weitere Ware von {item} zusagen.",
       "Wir haben diesen Artikel deshalb aus der Bestellung genommen und storniert; alle anderen Artikel sind davon nicht betroffen."],
      n=1, keep=1, note="Lieferant kann nicht liefern (implied); partial"),
    N("E6", "inventory_shortage", True, "de", "auto-confirm", "a:classic",
      "Teilstornierung Ihrer Amazon.de-Bestellung {order}",
      ["Von {item} konnten wir nur einen Teil der bestellten Menge beschaffen. Die fehlenden St\u00fcck wurden storniert; die verf\u00fcgbare Menge ist bereits unterwegs zu Ihnen."],
      qty=3, note="nur Teilmenge beschaffbar"),
    # payment
    N("P1", "payment_issue", True, "de", "payments-messages", "p:tpl",
      "Bestellung {order} storniert \u2013 Lastschrift zur\u00fcckgegeben",
      ["Ihre Bank hat die Lastschrift f\u00fcr die Bestellung {order} zur\u00fcckgegeben. Da wir den Betrag von {amount} nicht einziehen konnten, wurde die Bestellung storniert.",
       "Bitte pr\u00fcfen Sie Ihre Bankverbindung unter \u201eMein Konto\u201c > \u201eZahlungsarten\u201c, bevor Sie erneut bestellen."],
      refund=False, note="Lastschrift zur\u00fcckgegeben"),
    N("P2", "payment_issue", True, "de", "payments-update", "h:card",
      "Ihre Bestellung {order} konnte nicht abgeschlossen werden",
      ["Die Kreditkarte, die Sie f\u00fcr diese Bestellung angegeben haben, ist abgelaufen. Deshalb konnten wir die Zahlung nicht durchf\u00fchren und haben die Bestellung {order} storniert."],
      note="Karte abgelaufen"),
    N("P3", "payment_issue", True, "de", "payments-messages", "h:classic",
      "Information zu Ihrer Amazon.de-Bestellung {order}",
      ["Am {date} hatten wir Sie gebeten, die Zahlungsinformationen f\u00fcr Ihre Bestellung zu aktualisieren.",
       "Da uns bis heute keine g\u00fcltige Zahlungsart vorliegt, mussten wir die Bestellung {order} stornieren."],
      n=2, note="Zahlungsrevision nicht rechtzeitig"),
    N("P4", "payment_issue", True, "de", "auto-confirm", "p:letter",
      "Stornierungsbest\u00e4tigung f\u00fcr Bestellung {order}",
      ["Stornierungsgrund: Zahlung nicht autorisiert",
       "Die Autorisierung des Betrags bei Ihrem Kartenaussteller ist fehlgeschlagen. Die Bestellung {order} wurde daher storniert."],
      note="labelled reason"),
    N("P5", "payment_issue", True, "de", "payments-messages", "a:card",
      "Bestellung {order} storniert",
      ["Zum Zeitpunkt des Versands war auf Ihrem Konto nicht mehr gen\u00fcgend Geschenkgutschein-Guthaben vorhanden, um die Bestellung zu bezahlen, und es war keine weitere Zahlungsart hinterlegt. Wir haben die Bestellung {order} deshalb storniert."],
      note="Gutscheinguthaben reicht nicht, reason first"),
    N("P6", "payment_issue", True, "de", "payments-messages", "p:tpl",
      "Wichtige Information zu Ihrer Bestellung {order}",
      ["Mit der Verf\u00fcgbarkeit der Artikel hat das nichts zu tun: Der Kauf auf Rechnung wurde f\u00fcr diese Bestellung von unserem Zahlungspartner nicht angenommen.",
       "Wir haben Bestellung {order} daher storniert. Sie k\u00f6nnen die Artikel mit einer anderen Zahlungsart erneut bestellen."],
      n=2, note="denies availability; Rechnungskauf abgelehnt"),
    # technical
    N("X1", "technical_issue", True, "de", "order-update", "p:letter",
      "Stornierung: Amazon.de-Bestellung {order}",
      ["Bei der Pr\u00fcfung Ihrer Bestellung haben wir festgestellt, dass {item} auf unserer Website mit einem falschen Preis angezeigt wurde. Gem\u00e4\u00df unseren Allgemeinen Gesch\u00e4ftsbedingungen kommt in einem solchen Fall kein Kaufvertrag zustande; wir haben die Bestellung {order} daher storniert."],
      note="Preisfehler"),
    N("X2", "technical_issue", True, "de", "auto-confirm", "h:card",
      "Wir haben Ihre Bestellung {order} storniert",
      ["Aufgrund eines technischen Fehlers wurde Ihre Bestellung {order} in unserem System nicht korrekt verarbeitet.",
       "Um Folgeprobleme zu vermeiden, haben wir sie storniert. Bitte entschuldigen Sie die Unannehmlichkeiten \u2013 Sie k\u00f6nnen die Artikel jederzeit erneut bestellen."],
      note="technischer Fehler"),
    N("X3", "technical_issue", True, "de", "order-update", "a:simple",
      "Artikel storniert: {short}",
      ["Grund der Stornierung: fehlerhafte Artikelbeschreibung",
       "Auf der Produktseite war eine falsche Packungsgr\u00f6\u00dfe angegeben (12 statt 6 St\u00fcck). Damit Sie nichts anderes erhalten als das, was Sie bestellt haben, haben wir den Artikel aus Ihrer Bestellung {order} storniert."],
      note="listing error, labelled"),
    N("X4", "technical_issue", True, "de", "no-reply", "p:tpl",
      "Ihre Bestellung {order}: Stornierung",
      ["Wegen einer St\u00f6rung bei der Bestellabwicklung musste Ihre Bestellung {order} storniert werden."],
      note="kurz, St\u00f6rung"),
    N("X5", "technical_issue", True, "de", "marketplace-messages", "p:letter",
      "Ihre Bestellung bei Haushaltswaren Kr\u00e4mer (Amazon.de) wurde storniert",
      ["Der Verk\u00e4ufer {seller} hat Ihre Bestellung {order} storniert.",
       "Nachricht des Verk\u00e4ufers: \u201eBei der \u00dcbertragung unserer Preise zu Amazon ist ein Fehler aufgetreten, sodass der Artikel f\u00fcr einige Stunden zu einem viel zu niedrigen Preis angeboten wurde. Wir bitten um Ihr Verst\u00e4ndnis.\u201c"],
      seller="Haushaltswaren Kr\u00e4mer", display="Haushaltswaren Kr\u00e4mer \u00fcber Amazon.de",
      notif="Antworten Sie auf diese E-Mail, um den Verk\u00e4ufer zu kontaktieren.", note="seller price transfer error"),
    # fraud
    N("F1", "fraud_prevention", True, "de", "account-update", "p:letter",
      "Ihr Amazon-Konto wurde vor\u00fcbergehend gesperrt",
      ["wir haben ungew\u00f6hnliche Aktivit\u00e4ten in Ihrem Amazon.de-Konto festgestellt. Zu Ihrem Schutz haben wir das Konto vor\u00fcbergehend gesperrt und alle offenen Bestellungen storniert, darunter die Bestellung {order}.",
       "Um die Sperre aufzuheben, melden Sie sich bitte direkt \u00fcber die Amazon-App oder www.amazon.de an und folgen Sie den Anweisungen. Aus Sicherheitsgr\u00fcnden enth\u00e4lt diese E-Mail keinen Anmeldelink."],
      note="ungew\u00f6hnliche Aktivit\u00e4t; subject only about account"),
    N("F2", "fraud_prevention", True, "de", "order-update", "h:classic",
      "Ihre Bestellung {order} wurde storniert",
      ["Ihre Bestellung wurde storniert.",
       "Im Rahmen unserer regelm\u00e4\u00dfigen Sicherheitspr\u00fcfungen wurde die Bestellung zur \u00dcberpr\u00fcfung markiert. Wir konnten dabei nicht best\u00e4tigen, dass sie vom Inhaber des Kontos aufgegeben wurde."],
      note="Sicherheitspr\u00fcfung"),
    N("F3", "fraud_prevention", True, "de", "auto-confirm", "p:tpl",
      "Amazon.de: Bestellung {order} nach Pr\u00fcfung storniert",
      ["Amazon hat entschieden, die Bestellung {order} nach einer Sicherheits\u00fcberpr\u00fcfung zu stornieren. Diesen Schritt unternehmen wir, wenn Anzeichen daf\u00fcr bestehen, dass eine Bestellung nicht vom Kontoinhaber stammt.",
       "Falls Sie die Bestellung selbst aufgegeben haben, best\u00e4tigen Sie bitte Ihre Angaben unter \u201eMein Konto\u201c und bestellen Sie anschlie\u00dfend erneut."],
      n=2, note="Amazon hat entschieden"),
    N("F4", "fraud_prevention", True, "de", "order-update", "a:card",
      "Ihre Bestellung {order} \u2013 wichtiger Hinweis",
      ["Es liegt kein Problem mit Ihrer Zahlungsart vor \u2013 die Zahlung wurde erfolgreich autorisiert.",
       "Wir konnten jedoch die erforderliche \u00dcberpr\u00fcfung Ihrer Identit\u00e4t nicht abschlie\u00dfen und haben die Bestellung {order} deshalb storniert. Die Autorisierung auf Ihrer Karte wird freigegeben."],
      refund=False, note="denies payment; identity check"),
    N("F5", "fraud_prevention", True, "de", "no-reply", "h:simple",
      "Storniert: Bestellung {order}",
      ["Warum wurde meine Bestellung storniert?",
       "Ihr Konto ist derzeit gesperrt, bis wir Ihre Identit\u00e4t best\u00e4tigen k\u00f6nnen. Bestellungen, die zum Zeitpunkt der Sperrung noch offen waren, wurden storniert \u2013 auch Bestellung {order}."],
      note="Konto gesperrt"),
    # customer
    N("C1", "customer_request", True, "de", "auto-confirm", "p:letter",
      "Erfolgreiche Stornierung von \u201e{short}\u201c aus Ihrer Amazon.de-Bestellung {order}",
      ["wie gew\u00fcnscht haben wir {item} aus Ihrer Bestellung {order} storniert. Die \u00fcbrigen Artikel werden wie vorgesehen geliefert."],
      n=1, keep=1, note="Kunde, partial"),
    N("C2", "customer_request", True, "de", "order-update", "h:classic",
      "Artikel erfolgreich storniert: \u201e{short}\u201c",
      ["Ihre Stornierungsanfrage wurde bearbeitet.", "Stornierungsgrund: Vom Kunden storniert"],
      note="Stornierungsgrund line"),
    N("C3", "customer_request", True, "de", "auto-confirm", "p:tpl",
      "Amazon.de - Ihre Stornierung ({short})",
      ["Sie haben soeben die Bestellung #{order} storniert.", "Status: STORNIERT"],
      n=2, greet=False, note="old customer template"),
    N("C4", "customer_request", True, "de", "cs-reply", "p:agent",
      "Ihre Anfrage an Amazon.de",
      ["vielen Dank f\u00fcr Ihren Anruf heute.",
       "Wie besprochen habe ich {item} aus Ihrer Bestellung {order} f\u00fcr Sie storniert. Die Stornierung ist bereits erfolgt, der Artikel wird nicht mehr versandt."],
      reply_to="cs-reply@amazon.de", notif=False,
      closing="Viele Gr\u00fc\u00dfe\nKatharina M.\nAmazon.de Kundenservice", note="agent after phone call"),
    N("C5", "customer_request", True, "de", "marketplace-messages", "a:card",
      "Stornierung auf Ihren Wunsch: Bestellung {order}",
      ["Der Verk\u00e4ufer {seller} hat Ihre Bestellung {order} auf Ihren Wunsch storniert.",
       "Nachricht des Verk\u00e4ufers: \u201eHallo, kein Problem \u2013 wir haben die Bestellung wie gew\u00fcnscht storniert, bevor sie unser Lager verlassen hat. Sch\u00f6ne Gr\u00fc\u00dfe!\u201c"],
      seller="Buchhandlung am Markt", display="Buchhandlung am Markt \u00fcber Amazon.de",
      reply_to="8kq3mzt5xw2rdn7@marketplace.amazon.de",
      notif="Antworten Sie auf diese Nachricht, um dem Verk\u00e4ufer zu schreiben.", note="seller at buyer request"),
    N("C6", "customer_request", True, "de", "auto-confirm", "h:card",
      "Ihre Stornierungsanfrage f\u00fcr Bestellung {order} wurde bearbeitet",
      ["Sie haben Artikel aus Ihrer Bestellung {order} storniert.", "Angegebener Grund: Versehentlich bestellt"],
      note="customer reason given"),
    # unknown, no reason
    N("U1", "unknown", False, "de", "auto-confirm", "p:tpl",
      "Ihre Amazon.de Bestellung #{order} wurde storniert",
      ["Ihre Bestellung #{order} wurde storniert. Folgende Artikel sind betroffen:"],
      n=2, note="no reason"),
    N("U2", "unknown", False, "de", "no-reply", "h:card",
      "Stornierungsmitteilung zu Bestellung {order}",
      ["hiermit teilen wir Ihnen mit, dass Ihre Bestellung {order} storniert wurde.",
       "Wir entschuldigen uns f\u00fcr etwaige Unannehmlichkeiten."],
      note="no reason"),
    N("U3", "unknown", False, "de", "order-update", "a:simple",
      "Information von Amazon.de",
      ["Der folgende Artikel aus Ihrer Bestellung {order} wurde storniert und wird nicht versandt. Ihre anderen Artikel bleiben bestellt."],
      n=1, keep=1, note="no reason; partial"),
    N("U4", "unknown", False, "de", "auto-confirm", "p:letter",
      "Artikel storniert \u2013 {order}",
      ["Storniert: {item}", "Bestellnummer: {order}"],
      greet=False, note="no reason, minimal"),
    N("U5", "unknown", False, "de", "order-update", "p:tpl",
      "Leider mussten wir Ihre Bestellung stornieren",
      ["es tut uns leid \u2013 wir mussten Ihre Bestellung {order} stornieren. Wenn Sie die Artikel weiterhin w\u00fcnschen, k\u00f6nnen Sie sie gern erneut bestellen."],
      n=2, note="mussten stornieren, no reason"),
    # unknown, other reason
    N("V1", "unknown", True, "de", "order-update", "h:classic",
      "Ihre Bestellung {order} kann nicht zugestellt werden",
      ["Die von Ihnen angegebene Lieferadresse ist eine Packstation. An Packstationen k\u00f6nnen wir diesen Artikel wegen seiner Gr\u00f6\u00dfe (Sperrgut) nicht zustellen.",
       "Ihre Bestellung {order} wurde deshalb storniert."],
      items=[("Klarstein Gefrierschrank mit 4 Schubladen, 85 Liter, Wei\u00df", 299.00)], note="address undeliverable"),
    N("V2", "unknown", True, "de", "auto-confirm", "p:letter",
      "Artikel aus Bestellung {order} storniert",
      ["Ihre Lieferadresse liegt in der Schweiz. {item} darf aufgrund von Versandbeschr\u00e4nkungen nicht in die Schweiz verschickt werden, daher haben wir den Artikel aus Ihrer Bestellung {order} storniert."],
      items=[("Ersatzakku f\u00fcr E-Bike, 36 V, 14 Ah, Rahmenmontage", 389.00)], note="cannot ship to country"),
    N("V3", "unknown", True, "de", "order-update", "a:card",
      "Ma\u00dfnahme zu Ihrer Bestellung {order}",
      ["Exportbeschr\u00e4nkungen: {item} unterliegt Ausfuhrkontrollvorschriften und darf nicht an Ihre Lieferadresse in Norwegen versendet werden.",
       "Der Artikel wurde deshalb aus Bestellung {order} storniert."],
      items=[("Pard NV008S Nachtsicht-Vorsatzger\u00e4t mit Infrarotstrahler", 549.00)], note="export restriction"),
]

DE_THREADS = [
    (dict(id="T1a", kind="early", mk="de", frm="order-update", fmt="p:letter", n=1, keep=0,
          subj="Lieferverz\u00f6gerung bei Ihrer Bestellung {order}", title="Lieferverz\u00f6gerung",
          sec_c="Betroffener Artikel", refund=False,
          core=["es tut uns leid: Wir haben derzeit Schwierigkeiten, {item} zu beschaffen. Unser Lieferant kann uns noch keinen Liefertermin nennen.",
                "Wir bem\u00fchen uns weiter und melden uns sp\u00e4testens in zwei Wochen erneut. Wenn Sie nicht warten m\u00f6chten, k\u00f6nnen Sie den Artikel unter \u201eMeine Bestellungen\u201c stornieren."]),
     N("T1b", "inventory_shortage", False, "de", "auto-confirm", "h:card",
       "Stornierung Ihrer Bestellung {order}",
       ["Ihre Bestellung {order} wurde storniert. Der folgende Artikel wird nicht versandt."])),
    (dict(id="T2a", kind="early", mk="de", frm="payments-messages", fmt="a:card", n=1, keep=0,
          subj="Aktion erforderlich: Zahlung f\u00fcr Ihre Bestellung {order} fehlgeschlagen", title="Zahlung fehlgeschlagen",
          sec_c="Artikel in dieser Bestellung", refund=False,
          core=["wir konnten Ihre {card} f\u00fcr die unten aufgef\u00fchrte Bestellung nicht belasten. Die Bestellung wird erst versandt, wenn die Zahlung erfolgreich war.",
                "Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum {deadline}. Andernfalls wird die Bestellung automatisch storniert."]),
     N("T2b", "payment_issue", False, "de", "no-reply", "p:tpl",
       "Bestellung {order}: storniert",
       ["Wir haben Ihre Bestellung {order} storniert.", "Die betroffenen Artikel finden Sie unten."])),
    (dict(id="T3a", kind="early", mk="de", frm="order-update", fmt="h:card", n=1, keep=0,
          subj="Ihre Bestellung {order} wird \u00fcberpr\u00fcft", title="Bestellung in Pr\u00fcfung",
          sec_c="Gepr\u00fcfter Artikel", refund=False,
          core=["bei {item} wurde zum Zeitpunkt Ihrer Bestellung ein fehlerhafter Preis angezeigt. Wir pr\u00fcfen die Bestellung {order} deshalb, bevor sie versandt wird.",
                "Sie m\u00fcssen nichts weiter tun. Wir melden uns innerhalb von zwei Werktagen bei Ihnen."]),
     N("T3b", "technical_issue", False, "de", "auto-confirm", "h:classic",
       "Ihre Amazon.de-Bestellung {order}",
       ["Ihre Bestellung {order} ist storniert worden. Es werden keine Artikel versandt."])),
    (dict(id="T4a", kind="early", mk="de", frm="account-update", fmt="p:letter", n=1, keep=0,
          subj="Ihr Amazon.de-Konto wurde gesperrt", title="Konto gesperrt", all_items=True,
          sec_c="Offene Bestellung", refund=False,
          core=["wir haben Ihr Amazon.de-Konto vor\u00fcbergehend gesperrt, da wir zus\u00e4tzliche Informationen zur \u00dcberpr\u00fcfung ben\u00f6tigen. Solange die Sperre besteht, werden offene Bestellungen (darunter {order}) nicht bearbeitet.",
                "Bitte melden Sie sich \u00fcber die Amazon-App an und laden Sie innerhalb von 3 Tagen die angeforderten Nachweise hoch."]),
     N("T4b", "fraud_prevention", False, "de", "auto-confirm", "a:card",
       "Artikel aus Ihrer Bestellung {order} wurden storniert",
       ["Die unten aufgef\u00fchrten Artikel aus Bestellung {order} wurden storniert. Wir bitten um Entschuldigung."])),
]


# ----------------------------------------------------------------------------------------
# Non-notices sent by Amazon (built with the same templates)
# ----------------------------------------------------------------------------------------
def NN(id, mk, frm, fmt, subj, core, note, **kw):
    d = dict(id=id, kind="nn", mk=mk, frm=frm, fmt=fmt, subj=subj, core=core, note=note, n=kw.pop("n", 1),
             keep=0, refund=False)
    d.update(kw)
    return d


EN_NN_AMAZON = [
    NN("N1", "com", "shipment-tracking", "a:card", "Your Amazon.com order #{order} has shipped",
       ["Good news: your package has shipped and is on the way.", "Arriving: {deadline}",
        "Track your package from Your Orders. Items in this order that haven't shipped yet can still be canceled there."],
       "shipping confirmation; item name contains 'Noise Canceling'", n=2, all_items=True,
       items=[("Sony WH-1000XM5 Wireless Noise Canceling Headphones, Black", 398.00),
              ("Amazon Basics Hard Shell Headphone Case", 12.99)],
       title="Shipping Confirmation", sec_c="Shipped items"),
    NN("N2", "co.uk", "order-update", "h:card", "Your Amazon Fresh delivery slot has changed",
       ["We're sorry, but we've had to cancel your delivery window of Saturday, 8:00-10:00 because of severe weather warnings in your area.",
        "Your order #{order} itself has not been cancelled. Please choose a new delivery window by 22:00 tonight in Your Orders; if you don't choose one, we'll deliver in the next available slot."],
       "Amazon Fresh delivery window cancelled, order kept", n=3, all_items=True, display="Amazon Fresh",
       items=[("Warburtons Toastie Thick Sliced White Bread 800g", 2.2), ("Cravendale Filtered Semi Skimmed Milk 2L", 3.7),
              ("by Amazon British Free Range Eggs, Pack of 12", 4.5)],
       title="Delivery Update", sec_c="Items in your Fresh order"),
    NN("N3", "ca", "no-reply", "p:letter", "Your Amazon Prime membership has been cancelled",
       ["We've cancelled your Amazon Prime membership as you requested.",
        "You can keep using Prime benefits until {deadline}. After that your membership ends and the annual fee of CDN$ 99.00 will not be charged.",
        "Changed your mind? You can continue your membership at any time from Manage Prime Membership: https://www.amazon.ca/prime"],
       "Prime membership cancellation", n=0, no_order=True, display="Amazon Prime", title="Prime membership"),
    NN("N4", "com.au", "payments-messages", "h:classic", "Payment revision needed for order {order}",
       ["We haven't been able to process the payment for your order {order} using the card on file.",
        "To keep your order, please revise your payment details by {deadline}. If the payment still can't be processed after that date, the order will be cancelled.",
        "Your items are reserved for you until then."],
       "payment reminder before any cancellation", n=2, all_items=True,
       title="Payment Revision Needed", sec_c="Items awaiting payment"),
]

DE_NN_AMAZON = [
    NN("M1", "de", "versandbestaetigung", "a:card", "Ihre Amazon.de Bestellung von \u201e{short}\u201c wurde versandt!",
       ["Ihr Paket ist unterwegs.", "Voraussichtliche Zustellung: {deadline}",
        "Artikel, die noch nicht versandt wurden, k\u00f6nnen Sie unter \u201eMeine Bestellungen\u201c weiterhin stornieren."],
       "Versandbest\u00e4tigung; Artikel mit 'Noise Cancelling'", n=2, all_items=True,
       items=[("Sony WH-1000XM5 kabellose Kopfh\u00f6rer mit Noise Cancelling, Schwarz", 329.00),
              ("Hama USB-C-Ladekabel, 1,5 m, geflochten, Schwarz", 12.99)],
       title="Versandbest\u00e4tigung", sec_c="Versandte Artikel"),
    NN("M2", "de", "digital-no-reply", "h:card", "Ihre Kindle Unlimited-Mitgliedschaft wurde gek\u00fcndigt",
       ["wir best\u00e4tigen die K\u00fcndigung Ihrer Kindle Unlimited-Mitgliedschaft.",
        "Sie k\u00f6nnen Kindle Unlimited noch bis zum {deadline} nutzen. Danach werden ausgeliehene Titel automatisch von Ihren Ger\u00e4ten entfernt, und die monatliche Geb\u00fchr von 11,99 \u20ac wird nicht mehr berechnet.",
        "Sie m\u00f6chten doch weiterlesen? Ihre Mitgliedschaft k\u00f6nnen Sie jederzeit unter https://www.amazon.de/kindle-dbs/ku/ku-central fortsetzen."],
       "Kindle Unlimited K\u00fcndigung", n=0, no_order=True, title="Kindle Unlimited"),
    NN("M3", "de", "payments-messages", "p:tpl", "Bitte aktualisieren Sie Ihre Zahlungsinformationen f\u00fcr Bestellung {order}",
       ["Ihre Zahlung f\u00fcr die Bestellung {order} konnte leider nicht verarbeitet werden.",
        "Damit wir die Bestellung versenden k\u00f6nnen, aktualisieren Sie bitte Ihre Zahlungsinformationen bis zum {deadline}. Sollte die Zahlung auch danach nicht m\u00f6glich sein, wird die Bestellung storniert."],
       "Zahlungserinnerung vor Stornierung", n=1, all_items=True, title="Zahlung \u00fcberarbeiten",
       sec_c="Artikel, die auf die Zahlung warten"),
    NN("M4", "de", "rueckgabe", "h:classic", "Ihre Erstattung f\u00fcr \u201e{short}\u201c",
       ["wir haben Ihre R\u00fccksendung erhalten und eine Erstattung in H\u00f6he von {amount} f\u00fcr Ihre Bestellung {order} veranlasst.",
        "Die Erstattung erfolgt auf die urspr\u00fcngliche Zahlungsart und sollte in 3 bis 5 Werktagen auf Ihrem Konto sichtbar sein."],
       "R\u00fccksendung/Erstattung", n=1, all_items=True, title="Erstattung veranlasst", sec_c="Erstattete Artikel"),
]


# ----------------------------------------------------------------------------------------
# Third-party mails (other retailers, newsletters, friends) and phishing look-alikes
# ----------------------------------------------------------------------------------------
def phish_card(brand, greeting, paras, button=None, footer=(), logo_href="#", pixel=None, lang="en"):
    """Polished imitation of Amazon's card layout. paras are HTML snippets."""
    h = [HEAD % brand,
         ' <body style="width: 100% !important; margin: 0; padding: 0">' + ('<img width="1" height="1" src="%s" />' % pixel if pixel else ""),
         '  <table id="OutlookWrapper" style="width: 100%%; %s"><tbody><tr><td align="center" style="%s">' % (TB, TD),
         '   <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %s"><tbody><tr><td class="emailBodyTD" style="padding: 23px 18px 21px 17px; %s">' % (TB, TD),
         '    <a href="%s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; %s"><tbody><tr><td align="center" style="%s"><img src="https://images-na.ssl-images-amazon.com/images/G/01/reading/images/amazon.png" alt="%s" width="130" border="0" /></td></tr></tbody></table></a>' % (logo_href, TB, TD, brand),
         '    <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219); %s"><tbody><tr><td class="cardTD" style="padding: 30px 20px; %s">' % (TB, TD)]
    if greeting:
        h.append('     <table class="greetingTable" style="font-size: 18px; font-weight: bold; color: rgb(0, 46, 54); %s"><tbody><tr><td style="padding-bottom: 12px; %s"><span>%s</span></td></tr></tbody></table>' % (TB, TD, greeting))
    h.append('     <table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); %s"><tbody>' % TB)
    for p in paras:
        h.append('      <tr><td style="padding-bottom: 14px; %s">%s</td></tr>' % (TD, p))
    h.append('     </tbody></table>')
    if button:
        h.append('     <table style="%s"><tbody><tr><td align="center" valign="middle" bgcolor="ffa723" width="330" height="45" style="font-size: 16px; %s"><a href="%s" style="color: rgb(17, 17, 17); text-decoration: none">%s</a></td></tr></tbody></table>' % (TB, TD, button[1], button[0]))
    h.append('    </td></tr></tbody></table>')
    h.append('    <table class="card footer" style="width: 100%%; %s"><tbody><tr><td style="padding: 20px; font-size: 12px; color: rgb(86, 89, 89); %s">' % (TB, TD))
    for f in footer:
        h.append('     <p style="margin: 0 0 10px 0">%s</p>' % f)
    h.append('    </td></tr></tbody></table>\n   </td></tr></tbody></table>\n  </td></tr></tbody></table>\n </body>\n</html>')
    return "\n".join(h) + "\n"


def strip_tags(s):
    import re
    s = re.sub(r"<br ?/?>", "\n", s)
    s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>([^<]*)</a>", r"\2 (\1)", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def vps_received():
    host = R.choice(["vps-%d.hostcheap-cloud.xyz", "srv%d.mailrelay-pro.top", "static-%d.cust.fastnet-hosting.ru",
                     "ip-%d.eu-central.compute-vps.net"]) % R.randint(100, 9999)
    return "%s ([%d.%d.%d.%d])" % (host, R.choice([45, 91, 185, 193, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))


def gmail_received(dom="google.com"):
    return "mail-sor-f%d.%s (mail-sor-f%d.%s [209.85.220.%d])" % (R.randint(41, 73), dom, R.randint(41, 73), dom, R.randint(41, 73))


def external_mails(lang):
    """Returns list of (kind, cause, sr, marketplace, note, msg, shape)."""
    out = []
    to = person(lang)
    if lang == "en":
        # eBay order cancellation
        dt = rand_dt()
        txt = ("Hi %s,\n\nThe seller canceled your order.\n\nVintage Pyrex 4-Piece Primary Color Mixing Bowl Set\n"
               "Order number: 12-11035-48211\nReason: The item is out of stock\n\n"
               "Your refund of $64.50 has been issued to your PayPal account. It may take up to 3 business days to appear.\n\n"
               "Buy it again or find similar items: https://www.ebay.com/sch/i.html?_nkw=vintage+pyrex\n\n"
               "Need help? Visit https://www.ebay.com/help/home\n\n"
               "eBay will never ask you to share your password or payment details by email.\n"
               "Copyright \u00a9 1995-2024 eBay Inc. All Rights Reserved. eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125\n") % to["first"]
        htm = ("<html><body style=\"font-family: 'Market Sans', Arial, sans-serif; color:#111820\">"
               "<table width=\"600\" align=\"center\"><tr><td><img src=\"https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png\" width=\"96\" alt=\"eBay\"></td></tr>"
               "<tr><td><h2>The seller canceled your order</h2><p>Hi %s,</p>"
               "<table><tr><td><img src=\"https://i.ebayimg.com/images/g/%s/s-l140.jpg\" width=\"96\"></td><td><b>Vintage Pyrex 4-Piece Primary Color Mixing Bowl Set</b><br>Order number: 12-11035-48211<br>Reason: The item is out of stock</td></tr></table>"
               "<p>Your refund of <b>$64.50</b> has been issued to your PayPal account. It may take up to 3 business days to appear.</p>"
               "<p><a href=\"https://www.ebay.com/sch/i.html?_nkw=vintage+pyrex\">Find similar items</a></p>"
               "<p style=\"font-size:11px;color:#707070\">eBay will never ask you to share your password or payment details by email.<br>Copyright &copy; 1995-2024 eBay Inc. All Rights Reserved.</p>"
               "</td></tr></table></body></html>\n") % (to["first"], tok(16, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789"))
        hs = plain_headers(formataddr(("eBay", "ebay@ebay.com")), to, "Your order was canceled: Vintage Pyrex 4-Piece Primary Color Mixing Bowl Set",
                           dt, "mxphxpool%d.ebay.com (mxphxpool%d.ebay.com [66.211.%d.%d])" % (R.randint(1000, 2000), R.randint(1000, 2000), R.randint(160, 190), R.randint(1, 254)),
                           auth=auth_results("ebay.com", "ebay@reply.ebay.com", "66.211.185.12", policy_="reject"), msgid_dom="starship.ebay.com")
        msg, shape = build_msg(hs, txt, htm)
        out.append(("non_notice", None, False, None, "other retailer (eBay) order cancellation", msg, shape))
        # newsletter
        dt = rand_dt()
        paras = [
            "<h1 style=\"font-size:24px\">Order cancelled? Here's what's going on</h1>",
            "<p>Every big sales event brings the same flood of reader emails: <i>\"Amazon cancelled my order \u2013 why?\"</i> Retailers cancel orders for all sorts of reasons: pricing errors, stock that never arrives, payments that don't go through, or fraud checks that flag a perfectly honest shopper.</p>",
            "<p>Our tip: check <b>Your Orders</b> on the retailer's own website rather than clicking links in emails. Real cancellation emails will show an order number and never ask for your card details.</p>",
            "<h2 style=\"font-size:18px\">This week's best deals</h2><ul><li>Noise-cancelling headphones down to $179</li><li>Robot vacuums from $129</li><li>Kindle Unlimited: 3 months for $0.99</li></ul>",
            "<p style=\"font-size:11px;color:#888\">You're receiving this because you subscribed to The Savvy Shopper Weekly. <a href=\"https://savvyshopperweekly.com/unsubscribe?u=%s\">Unsubscribe</a> &middot; 1209 N Orange St, Wilmington, DE 19801</p>" % hexs(20),
        ]
        htm = "<html><body style=\"font-family:Georgia,serif;max-width:620px;margin:auto\">" + "\n".join(paras) + "</body></html>\n"
        hs = plain_headers(formataddr(("The Savvy Shopper Weekly", "hello@savvyshopperweekly.com")), to["addr"],
                           "Order cancelled? Here's what's going on (+ this week's deals)", dt,
                           "o%d.ptr%d.mailgun.savvyshopperweekly.com (o%d.ptr%d.mailgun.savvyshopperweekly.com [159.135.%d.%d])" % ((R.randint(1, 9),) * 2 + (R.randint(1, 9),) * 2 + (R.randint(1, 254), R.randint(1, 254))),
                           extra=[("List-Unsubscribe", "<https://savvyshopperweekly.com/unsubscribe?u=%s>" % hexs(20)),
                                  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
        msg, shape = build_msg(hs, strip_tags("\n\n".join(paras)), htm)
        out.append(("non_notice", None, False, None, "newsletter about cancellations", msg, shape))
        # friend
        dt = rand_dt()
        friend = dict(full="Jess Parker", addr="jess.parker88@gmail.com")
        txt = ("Hey %s!\n\nQuick update on the camping weekend \u2014 I cancelled my Amazon order for the tent. It said "
               "it wouldn't arrive for three weeks, which is no use to us, so I'll just borrow Mike's instead. He says it "
               "sleeps four, so we should be fine.\n\nCan you bring the cooler and the camping stove? I'll sort out food "
               "for Saturday.\n\nSee you Friday!\nJess\n\nOn %s, %s wrote:\n> Did the tent ever ship? Let me know if you "
               "need me to pick anything up.\n") % (to["first"], human_date("en", dt - datetime.timedelta(days=2)), to["first"])
        hs = plain_headers(formataddr((friend["full"], friend["addr"])), to, "Re: camping weekend", dt, gmail_received(),
                           auth=auth_results("gmail.com", friend["addr"], "209.85.220.41", style=0, policy_="none"),
                           extra=[("In-Reply-To", "<%s@mail.%s>" % (hexs(20), to["addr"].split("@")[1]))])
        msg, shape = build_msg(hs, txt)
        out.append(("non_notice", None, False, None, "friend says she cancelled her Amazon order", msg, shape))
    else:
        # Zalando
        dt = rand_dt()
        txt = ("Hallo %s,\n\nleider mussten wir deine Bestellung stornieren, da der folgende Artikel nicht mehr verf\u00fcgbar ist:\n\n"
               "Nike Air Max 90 - Sneaker low - white/black, Gr\u00f6\u00dfe 42\n\nBestellnummer: 10105486213577\n\n"
               "Falls du bereits bezahlt hast, erstatten wir dir den Betrag von 139,95 EUR in den n\u00e4chsten Tagen "
               "\u00fcber die urspr\u00fcngliche Zahlungsart.\n\nWir bitten dich, die Unannehmlichkeiten zu entschuldigen.\n\n"
               "Dein Zalando-Team\n\nZalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlin. Vorstand: Robert Gentz, David Schneider. "
               "Sitz der Gesellschaft: Berlin. Amtsgericht Charlottenburg HRB 158855 B.\n"
               "Zalando wird dich niemals per E-Mail nach deinem Passwort fragen.\n") % to["first"]
        hs = plain_headers(formataddr(("Zalando", "info@service-mail.zalando.de")), to, "Deine Bestellung wurde storniert", dt,
                           "mta%d.service-mail.zalando.de (mta%d.service-mail.zalando.de [185.%d.%d.%d])" % (R.randint(1, 40), R.randint(1, 40), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
                           auth=auth_results("service-mail.zalando.de", "bounce@service-mail.zalando.de", "185.16.4.9", style=1),
                           msgid_dom="service-mail.zalando.de")
        msg, shape = build_msg(hs, txt, charset="iso-8859-1", ctes=("quoted-printable", None))
        out.append(("non_notice", None, False, None, "other retailer (Zalando) order cancellation; iso-8859-1", msg, shape))
        # newsletter
        dt = rand_dt()
        paras = [
            "<h1 style=\"font-size:24px\">Preisfehler bei Amazon: Werden Bestellungen storniert?</h1>",
            "<p>Ein Fernseher f\u00fcr 49 Euro? Solche Angebote tauchen immer wieder auf \u2013 und meist folgt kurz darauf die E-Mail, dass die Bestellung storniert wurde. Wir erkl\u00e4ren, wann H\u00e4ndler bei einem offensichtlichen Preisfehler vom Kaufvertrag zur\u00fccktreten d\u00fcrfen und wann nicht.</p>",
            "<p>Au\u00dferdem: Warum Stornierungen auch wegen Lieferengp\u00e4ssen, fehlgeschlagener Zahlungen oder Sicherheitspr\u00fcfungen vorkommen \u2013 und wie Sie gef\u00e4lschte Stornierungsmails erkennen.</p>",
            "<h2 style=\"font-size:18px\">Die Deals der Woche</h2><ul><li>Noise-Cancelling-Kopfh\u00f6rer ab 149 \u20ac</li><li>Saugroboter ab 119 \u20ac</li></ul>",
            "<p style=\"font-size:11px;color:#888\">Sie erhalten diesen Newsletter, weil Sie sich bei Technik-Blick angemeldet haben. <a href=\"https://technikblick-news.de/abmelden?u=%s\">Abmelden</a> | Impressum: Technik-Blick Medien GmbH, Schanzenstra\u00dfe 22, 20357 Hamburg</p>" % hexs(20),
        ]
        htm = "<html><body style=\"font-family:Helvetica,Arial,sans-serif;max-width:620px;margin:auto\">" + "\n".join(paras) + "</body></html>\n"
        hs = plain_headers(formataddr(("Technik-Blick Newsletter", "newsletter@technikblick-news.de")), to["addr"],
                           "Preisfehler bei Amazon: Werden Bestellungen storniert?", dt,
                           "mail%d.newsletter-versand.de (mail%d.newsletter-versand.de [94.%d.%d.%d])" % (R.randint(1, 9), R.randint(1, 9), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254)),
                           extra=[("List-Unsubscribe", "<https://technikblick-news.de/abmelden?u=%s>" % hexs(20)), ("Precedence", "bulk")])
        msg, shape = build_msg(hs, None, htm)
        out.append(("non_notice", None, False, None, "newsletter about Amazon cancellations", msg, shape))
        # friend
        dt = rand_dt()
        txt = ("Hi %s,\n\nkurzes Update wegen Mamas Geschenk: Ich hab meine Amazon-Bestellung storniert, der Mixer w\u00e4re "
               "erst nach ihrem Geburtstag gekommen. Ich schau morgen mal bei Saturn vorbei, die haben den auch.\n\n"
               "Kannst du die Karte besorgen? Dann teilen wir uns das wie besprochen.\n\nLG\nTobi\n") % to["first"]
        hs = plain_headers(formataddr(("Tobias Hartmann", "tobi.hartmann@web.de")), to, "Geschenk f\u00fcr Mama", dt,
                           "mout.web.de (mout.web.de [212.227.15.%d])" % R.randint(1, 60),
                           auth=auth_results("web.de", "tobi.hartmann@web.de", "212.227.15.14", style=2, policy_="none"))
        msg, shape = build_msg(hs, txt, charset="iso-8859-1", ctes=("8bit", None))
        out.append(("non_notice", None, False, None, "friend says he cancelled his Amazon order; iso-8859-1", msg, shape))
    return out


def lookalikes(lang):
    out = []
    to = person(lang)

    def add(cause, sr, note, frm, subj, txt=None, htm=None, received=None, auth=None, reply_to=None, charset="utf-8", msgid_dom=None, extra=()):
        dt = rand_dt()
        hs = plain_headers(frm, to, subj, dt, received or vps_received(), auth=auth, reply_to=reply_to, msgid_dom=msgid_dom, extra=extra)
        msg, shape = build_msg(hs, txt, htm, charset=charset)
        out.append(("lookalike", cause, sr, None, note, msg, shape))

    if lang == "en":
        add("payment_issue", True, "crude; gmail sender; malformed order number; imitates amazon.com",
            formataddr(("Amazon Support", "amazon.support.team2024@gmail.com")), "Your Order Has Been Cancelled !!",
            txt="Dear Customer,\n\nYour amazon order #113-4459-8812 has been Cancelled due to payment declined.\n\n"
                "To avoid suspension of your account you must update your billing informations within 24 hours by clicking below:\n\n"
                "http://amazon-orders.help/billing/update?id=8812\n\n"
                "If you do not update, your account will be permanently closed and you will loose access to your orders.\n\n"
                "Thank you,\nAmazon Security Team\n",
            received=gmail_received(), auth=auth_results("gmail.com", "amazon.support.team2024@gmail.com", "209.85.220.69", style=0, policy_="none"))
        body = ("Your order #114-7382910-5521734 for <b>Apple iPhone 15 Pro Max 256GB - Natural Titanium ($1,199.00)</b> has been cancelled because suspicious activity was detected on your account.",
                "If you did not place this order or want to reverse the cancellation, call our Fraud Prevention Department immediately at <b>+1 (888) 554-0193</b> (toll free, 24/7). Please do not reply to this email.",
                "Reference: AMZ-FRD-20931")
        add("fraud_prevention", True, "callback phone number; look-alike domain; imitates amazon.com",
            formataddr(("Amazon.com", "noreply@amzn-orderdesk.com")),
            "Order Cancellation Confirmation - Apple iPhone 15 Pro Max 256GB ($1,199.00)",
            txt="Hello,\n\n" + "\n\n".join(strip_tags(p) for p in body) + "\n\nAmazon.com Customer Protection\n",
            htm=phish_card("Amazon.com", "Hello,", body, footer=["&copy; 2024 Amazon.com, Inc. or its affiliates. All rights reserved."], logo_href="https://amzn-orderdesk.com/"),
            extra=[("X-Mailer", "PHPMailer 6.5.0 (https://github.com/PHPMailer/PHPMailer)")])
        fake = "https://amazon.com.security-check.net/ap/signin?openid.return_to=%s" % hexs(24)
        body = ("We've suspended your Amazon account and canceled your recent order #111-5839201-7746290 because we detected a sign-in from an unrecognized device (Lagos, NG).",
                "To restore your account and reinstate the order, use the verification code below within 12 hours:<br /><span style=\"font-size:22px;font-weight:bold;letter-spacing:3px\">AMZ-482-913</span>",
                "Enter the code at <a href=\"%s\">https://www.amazon.com/your-account</a>." % fake)
        add("fraud_prevention", True, "Greek-Alpha homoglyph display name; subdomain trick; link text amazon.com, href elsewhere; code",
            formataddr(("\u0391mazon.com", "order-update@amazon.com.security-check.net")),
            "Your account has been suspended - order #111-5839201-7746290 canceled",
            txt="Hello %s,\n\n" % to["first"] + "\n\n".join(strip_tags(p) for p in body) + "\n\nAmazon.com\n",
            htm=phish_card("Amazon.com", "Hello %s," % to["first"], body, button=("Verify now", fake),
                           footer=["Amazon will never ask you for your password by email.",
                                   "&copy; 2024 Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210."],
                           logo_href=fake, pixel="https://amazon.com.security-check.net/t/o.gif?u=%s" % hexs(12)),
            auth=auth_results("security-check.net", "bounce@amazon.com.security-check.net", "185.117.90.21", style=1,
                              hfrom="amazon.com.security-check.net"))
        add("payment_issue", True, "asks to reply with card details; amaz0n domain; reply-to outlook",
            formataddr(("Amazon Billing", "billing@amaz0n-support.com")),
            "Re: Order #112-9921034-5567381 cancelled - payment verification required",
            txt="Dear valued customer,\n\nWe were unable to process the payment for your order #112-9921034-5567381 "
                "(Samsung 65\" Class QLED 4K Q60C, $897.99) and it has been cancelled.\n\n"
                "To reinstate your order, simply reply to this email with the following details:\n\n"
                "  - Full name on card\n  - Card number\n  - Expiry date\n  - CVV\n  - Billing ZIP code\n\n"
                "Our billing team will re-process your order within 2 hours of receiving your reply.\n\n"
                "Best regards,\nAmazon Billing Department\n",
            reply_to="amazon.billing.dept@outlook.com")
        fake = "https://notify-amzn.top/refund/claim?id=%s" % hexs(16)
        body = ("Your recent order has been cancelled.",
                "You are entitled to a refund of <b>$89.99</b>. Click the button below to claim your refund before it expires.")
        add("unknown", False, "no order number; refund-claim button; no reason",
            formataddr(("Amazon Customer Care", "care@notify-amzn.top")), "Your order has been cancelled - refund available",
            htm=phish_card("Amazon", "Dear Customer,", body, button=("Claim Refund", fake), footer=["Amazon Customer Care"], logo_href=fake))
        fake = "https://amazon-refunds.co.uk/claim?session=%s" % hexs(20)
        body = ("Unfortunately the item below is out of stock and your order #203-4418275-0092316 has been cancelled.",
                "<b>Philips Series 7000 Wet &amp; Dry Electric Shaver</b><br />Qty: 1 &nbsp; &pound;129.99",
                "To receive your refund of &pound;129.99 you need to confirm your card details within 48 hours at <a href=\"%s\">https://www.amazon.co.uk/refunds</a>. Refunds that are not confirmed are forfeited." % fake)
        add("inventory_shortage", True, "polished clone; look-alike .co.uk domain with its own dkim/dmarc pass; card confirmation",
            formataddr(("Amazon.co.uk", "no-reply@amazon-refunds.co.uk")),
            "Your Amazon.co.uk order #203-4418275-0092316 has been cancelled",
            txt="Hello %s,\n\n" % to["first"] + "\n\n".join(strip_tags(p) for p in body) + "\n\nAmazon.co.uk\n",
            htm=phish_card("Amazon.co.uk", "Hello %s," % to["first"], body, button=("Confirm refund", fake),
                           footer=["This email was sent from a notification-only address. Please do not reply.",
                                   "Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg."], logo_href=fake),
            auth=auth_results("amazon-refunds.co.uk", "bounce@amazon-refunds.co.uk", "193.42.33.17", style=0, policy_="none"))
        add("technical_issue", True, "system-error story; malformed order number; amazn domain; imitates amazon.in",
            formataddr(("Amazon.in", "service@amazn-secure.in")), "Order 405-8823190-552871 cancelled due to system error",
            txt="Dear Customer,\n\nDue to a technical error during checkout your order No. 405-8823190-552871 was cancelled "
                "and your payment of Rs. 24,999 is on hold.\n\nTo receive your money back, re-verify your payment "
                "details here within 24 hours: https://amazn-secure.in/verify?ref=%s\n\n"
                "Failure to verify will result in the amount being forfeited.\n\nTeam Amazon\n" % hexs(10))
    else:
        add("payment_issue", True, "crude; gmx sender; no order number; reply with card data; iso-8859-1",
            formataddr(("Amazon Kundenservice", "kundenservice.amazon@gmx.de")), "WICHTIG: Ihre Bestellung wurde storniert",
            txt="Sehr geehrter Kunde,\n\nIhre Bestellung bei Amazon wurde storniert weil Ihre Zahlung abgelehnt wurde. "
                "Bitte best\u00e4tigen Sie Ihre Kreditkarte Daten indem Sie auf diese E-Mail antworten mit: Kartennummer, "
                "Ablaufdatum, CVC-Code.\n\nOhne Best\u00e4tigung wird ihr Konto innerhalb 24 Stunden gesperrt.\n\n"
                "Mit freundlichen Gr\u00fc\u00dfe\nAmazon Kundenservice Team\n",
            received="mout.gmx.net (mout.gmx.net [212.227.17.%d])" % R.randint(1, 40), charset="iso-8859-1",
            auth=auth_results("gmx.de", "kundenservice.amazon@gmx.de", "212.227.17.22", style=2, policy_="none"))
        fake = "https://amazon-de-konto.info/freischalten?sid=%s" % hexs(18)
        body = ("wir haben Ihr Konto wegen verd\u00e4chtiger Anmeldeversuche gesperrt und Ihre Bestellung 303-7712094-3382015 storniert.",
                "Verwenden Sie den folgenden Code, um Ihr Konto freizuschalten:<br /><span style=\"font-size:22px;font-weight:bold\">7731-AXQ</span>",
                "Geben Sie den Code innerhalb von 24 Stunden auf <a href=\"%s\">https://www.amazon.de/ihr-konto</a> ein." % fake)
        add("fraud_prevention", True, "Cyrillic-A homoglyph display name; look-alike domain; code; link text amazon.de",
            formataddr(("\u0410mazon.de", "sicherheit@amazon-de-konto.info")),
            "Konto gesperrt \u2013 Bestellung 303-7712094-3382015 storniert",
            txt="Guten Tag %s,\n\n" % to["full"] + "\n\n".join(strip_tags(p) for p in body) + "\n\nIhr Amazon.de Sicherheitsteam\n",
            htm=phish_card("Amazon.de", "Guten Tag %s," % to["full"], body, button=("Konto freischalten", fake),
                           footer=["Amazon wird Sie niemals nach Ihrem Passwort fragen.",
                                   "Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."], logo_href=fake, lang="de"))
        body = ("Ihre Bestellung Nr. 304-5519023-8827140 \u00fcber <b>Apple MacBook Air 13\" (M3, 2024) \u2013 1.349,00 \u20ac</b> wurde wegen verd\u00e4chtiger Aktivit\u00e4ten in Ihrem Konto storniert.",
                "Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie umgehend unsere Sicherheitsabteilung an: <b>0800 589 3321</b> (kostenlos, rund um die Uhr).",
                "Vorgangsnummer: DE-SEC-55190")
        add("fraud_prevention", True, "callback phone number; look-alike domain",
            formataddr(("Amazon.de", "bestellung@amazon-sicherheit-de.com")),
            "Stornierungsbest\u00e4tigung \u2013 Apple MacBook Air 13\" M3 (1.349,00 \u20ac)",
            txt="Guten Tag,\n\n" + "\n\n".join(strip_tags(p) for p in body) + "\n\nAmazon.de Kundenschutz\n",
            htm=phish_card("Amazon.de", "Guten Tag,", body, footer=["&copy; 2024 Amazon.com, Inc. oder Tochtergesellschaften."], lang="de"),
            extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")])
        fake = "http://amazon-de.bestellung-pruefen.com/erstattung?id=%s" % hexs(12)
        htm = ("<html><body style=\"font-family:Arial\"><p><b>amazon.de</b></p><p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>"
               "<p>der Artikel aus Ihrer Bestellung 302-55821-11234 ist leider nicht mehr verf\u00fcgbar, daher wurde Ihre Bestellung storniert.</p>"
               "<p>Beantragen Sie jetzt Ihre Erstattung unter <a href=\"%s\">https://www.amazon.de/erstattung</a>.</p>"
               "<p>Ihr Amazon Team</p></body></html>\n") % fake
        add("inventory_shortage", True, "link text amazon.de, href elsewhere; malformed order number; html only",
            formataddr(("Amazon", "service@bestellung-pruefen.com")), "Artikel nicht mehr verf\u00fcgbar \u2013 Erstattung beantragen", htm=htm)
        fake = "https://amazon.de.kundenservice-center.net/zahlung?oid=%s" % hexs(16)
        body = ("Aufgrund eines Systemfehlers wurde Ihre Bestellung 304-2281937-6650218 storniert.",
                "Um die Bestellung wiederherzustellen, geben Sie bitte Ihre Zahlungsdaten erneut ein. Andernfalls verfallen die reservierten Artikel.")
        add("technical_issue", True, "polished clone; subdomain trick amazon.de.<other>; own dkim/dmarc pass",
            formataddr(("Amazon.de", "no-reply@amazon.de.kundenservice-center.net")),
            "Ihre Amazon.de Bestellung 304-2281937-6650218 wurde storniert",
            txt="Guten Tag %s,\n\n" % to["full"] + "\n\n".join(body) + "\n\nZahlungsdaten eingeben: %s\n\nIhr Amazon.de Team\n" % fake,
            htm=phish_card("Amazon.de", "Guten Tag %s," % to["full"], body, button=("Zahlungsdaten eingeben", fake),
                           footer=["Diese E-Mail wurde von einer Adresse verschickt, die keine eingehenden E-Mails empfangen kann.",
                                   "Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."], logo_href=fake, lang="de"),
            auth=auth_results("kundenservice-center.net", "bounce@amazon.de.kundenservice-center.net", "185.213.20.7", style=2,
                              hfrom="amazon.de.kundenservice-center.net"))
        fake = "https://bit.ly/3%s" % tok(6, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        add("unknown", False, "web.de sender; no order number; no reason",
            formataddr(("Amazon", "amazon-info@web.de")), "Ihre Bestellung wurde storniert",
            htm="<html><body><p>Hallo,</p><p>Ihre Bestellung wurde storniert.</p><p><a href=\"%s\">Klicken Sie hier</a>, um die Details anzusehen und Ihre R\u00fcckerstattung zu erhalten.</p><p>Amazon</p></body></html>\n" % fake,
            received="mout.web.de (mout.web.de [212.227.15.%d])" % R.randint(1, 60))
        fake = "https://amazon-lieferung.de.com/zustellung?tn=%s" % hexs(12)
        body = ("Ihre Lieferadresse konnte nicht verifiziert werden, daher wurde die Bestellung 305-6620913-4471028 storniert.",
                "Um die Sendung erneut zustellen zu lassen, zahlen Sie bitte eine Bearbeitungsgeb\u00fchr von 1,99 \u20ac: <a href=\"%s\">Zustellung neu beauftragen</a>" % fake)
        add("unknown", True, "address story + fee; look-alike domain",
            formataddr(("Amazon Logistics", "versand@amazon-lieferung.de.com")),
            "Zustellung fehlgeschlagen \u2013 Bestellung 305-6620913-4471028 storniert",
            txt="Guten Tag,\n\n" + "\n\n".join(strip_tags(p) for p in body) + "\n\nAmazon Logistics\n",
            htm=phish_card("Amazon.de", "Guten Tag,", body, footer=["Amazon Logistics Deutschland"], lang="de"))
    return out


# ----------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------
def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for fn in os.listdir(MAILDIR):
        if fn.startswith("c1") and fn.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, fn))
    units = []  # each unit: list of label-dicts carrying the message
    for lang, notices, threads, nn_amz in (("en", EN_NOTICES, EN_THREADS, EN_NN_AMAZON),
                                            ("de", DE_NOTICES, DE_THREADS, DE_NN_AMAZON)):
        auth = [True] * 20 + [False] * 20
        R.shuffle(auth)
        ai = iter(auth)
        for spec in notices:
            shared = new_shared(spec)
            msg, shape = build_amazon(spec, shared, next(ai))
            units.append([dict(msg=msg, kind="notice", language=lang, cause=spec["cause"], states_reason=spec["sr"],
                               marketplace=MARKETS[spec["mk"]]["domain"],
                               note="%s; %s%s" % (spec["note"], shape, "; auth" if "Authentication-Results" in msg else ""))])
        for early, canc in threads:
            shared = new_shared(early)
            m1, _ = build_amazon(early, shared, R.random() < 0.5)
            dt2 = shared["dt"] + datetime.timedelta(days=R.randint(7, 10), hours=R.randint(1, 20))
            m2, _ = build_amazon(canc, shared, next(ai), dt=dt2)
            units.append([dict(msg=m1, kind="non_notice", language=lang, cause=None, states_reason=False,
                               marketplace=MARKETS[early["mk"]]["domain"], note="thread"),
                          dict(msg=m2, kind="notice", language=lang, cause=canc["cause"], states_reason=False,
                               marketplace=MARKETS[canc["mk"]]["domain"], note="thread: cause from earlier mail")])
        for spec in nn_amz:
            shared = new_shared(spec)
            if spec.get("no_order"):
                shared["order"] = None
            msg, shape = build_amazon(spec, shared, R.random() < 0.5)
            units.append([dict(msg=msg, kind="non_notice", language=lang, cause=None, states_reason=False,
                               marketplace=MARKETS[spec["mk"]]["domain"], note="%s; %s" % (spec["note"], shape))])
        for kind, cause, sr, mp, note, msg, shape in external_mails(lang) + lookalikes(lang):
            units.append([dict(msg=msg, kind=kind, language=lang, cause=cause, states_reason=sr, marketplace=mp,
                               note="%s; %s" % (note, shape))])
    R.shuffle(units)
    labels = []
    i = 1001
    for unit in units:
        for d in unit:
            fn = "c%d.eml" % i
            i += 1
            with open(os.path.join(MAILDIR, fn), "wb") as fh:
                fh.write(d.pop("msg").as_bytes(policy=policy.default))
            labels.append(dict(file=fn, kind=d["kind"], language=d["language"], cause=d["cause"],
                               states_reason=d["states_reason"], marketplace=d["marketplace"], note=d["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), MAILDIR))


if __name__ == "__main__":
    main()
