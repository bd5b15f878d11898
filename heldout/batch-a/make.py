#!/usr/bin/env python3
"""Regenerate blind held-out batch A: Amazon order-cancellation notices,
non-notices and phishing lookalikes, as raw RFC 5322 .eml files + labels.json.

Run:  python3 make.py      (deterministic; seed fixed below)
"""
import html as htmlmod
import json
import os
import random
import re
from email import policy
from email.charset import Charset, QP
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
R = random.Random(20240611)

# ---------------------------------------------------------------------------
# Marketplace data
# ---------------------------------------------------------------------------
MP = {
    "amazon.com":    dict(brand="Amazon.com", cur="${:,.2f}", prefix=["111", "112", "113", "114"], tz=-5, lang="en", spell="us", ses="us-east-1"),
    "amazon.co.uk":  dict(brand="Amazon.co.uk", cur="£{:,.2f}", prefix=["202", "203", "204", "205", "206"], tz=0, lang="en", spell="uk", ses="eu-west-1"),
    "amazon.ca":     dict(brand="Amazon.ca", cur="CDN$ {:,.2f}", prefix=["701", "702"], tz=-5, lang="en", spell="us", ses="us-east-1"),
    "amazon.com.au": dict(brand="Amazon.com.au", cur="A${:,.2f}", prefix=["249", "250"], tz=10, lang="en", spell="uk", ses="ap-southeast-2"),
    "amazon.in":     dict(brand="Amazon.in", cur="₹{:,.2f}", prefix=["402", "403", "404", "405", "406", "407", "408"], tz=5.5, lang="en", spell="uk", ses="ap-south-1"),
    "amazon.de":     dict(brand="Amazon.de", cur="EUR {:,.2f}", prefix=["302", "303", "304", "305", "306"], tz=1, lang="de", ses="eu-west-1"),
    "amazon.fr":     dict(brand="Amazon.fr", cur="EUR {:,.2f}", prefix=["402", "403", "404", "405", "406", "407"], tz=1, lang="fr", ses="eu-west-1"),
    "amazon.es":     dict(brand="Amazon.es", cur="{:,.2f} €", prefix=["402", "403", "404", "405", "406", "407", "408"], tz=1, lang="es", ses="eu-west-1"),
    "amazon.it":     dict(brand="Amazon.it", cur="EUR {:,.2f}", prefix=["402", "403", "404", "405", "406", "407", "408"], tz=1, lang="it", ses="eu-west-1"),
    "amazon.co.jp":  dict(brand="Amazon.co.jp", cur="￥{:,.0f}", prefix=["249", "250", "503"], tz=9, lang="ja", ses="ap-northeast-1"),
}
DEFAULT_MP = {"de": "amazon.de", "fr": "amazon.fr", "es": "amazon.es", "it": "amazon.it", "ja": "amazon.co.jp"}


def money(mp, v):
    s = MP[mp]["cur"].format(v)
    if MP[mp]["lang"] in ("de", "fr", "es", "it"):
        # European decimal comma
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return s


def order_no(mp, rng=R):
    return "%s-%07d-%07d" % (rng.choice(MP[mp]["prefix"]), rng.randrange(10**7), rng.randrange(10**7))


def rand_date(rng=R):
    start = datetime.datetime(2023, 1, 5, tzinfo=datetime.timezone.utc)
    return start + datetime.timedelta(seconds=rng.randrange(0, 86400 * 820))


def localize(dt, mp):
    off = MP[mp]["tz"] if mp in MP else 0
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return dt.astimezone(tz)


def hexid(n, rng=R):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(mp, dt, rng=R):
    region = MP[mp]["ses"] if mp in MP else "us-east-1"
    pre = {"us-east-1": "0100", "eu-west-1": "0102", "ap-northeast-1": "0106",
           "ap-southeast-2": "0108", "ap-south-1": "0109"}[region]
    ms = int(dt.timestamp() * 1000)
    host = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return "<%s%011x-%s-%s-%s-%s-%s-000000@%s>" % (pre, ms, hexid(8, rng), hexid(4, rng), hexid(4, rng), hexid(4, rng), hexid(12, rng), host)


def auth_results(domain, rng=R, style=None, dkim="pass", dmarc="pass", spf="pass", fromdom=None, dkimdom=None):
    """Authentication-Results value in one of a few receiver styles."""
    fromdom = fromdom or domain
    dkimdom = dkimdom or domain
    style = style if style is not None else rng.randrange(3)
    ip = "54.240.%d.%d" % (rng.randrange(1, 60), rng.randrange(1, 250))
    bounce = "%s@bounces.%s" % (hexid(24, rng), dkimdom)
    if style == 0:
        return ("mx.google.com; dkim=%s header.d=%s header.i=@%s header.s=%s header.b=%s; "
                "spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
                "dmarc=%s (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (dkim, dkimdom, dkimdom, hexid(32, rng), hexid(8, rng), spf, bounce, ip, bounce, dmarc, fromdom))
    if style == 1:
        return ("spf=%s (sender IP is %s) smtp.mailfrom=bounces.%s; dkim=%s (signature was verified) "
                "header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
                % (spf, ip, dkimdom, dkim, dkimdom, dmarc, fromdom, "pass" if dmarc == "pass" else "fail"))
    return ("mx.posteo.de; dkim=%s (1024-bit key) header.d=%s header.i=@%s header.b=\"%s\"; "
            "dmarc=%s header.from=%s; spf=%s smtp.mailfrom=bounces.%s"
            % (dkim, dkimdom, dkimdom, hexid(8, rng), dmarc, fromdom, spf, dkimdom))


def received_ses(mp, dt, rng=R):
    region = MP[mp]["ses"] if mp in MP else "us-east-1"
    ip = "54.240.%d.%d" % (rng.randrange(1, 60), rng.randrange(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randrange(8, 60), rng.randrange(1, 250), region)
    return ("from %s (%s [%s]) by mx.example.net with ESMTPS id %s for <user@example.net>; %s"
            % (host, host, ip, hexid(12, rng), format_datetime(dt)))


# ---------------------------------------------------------------------------
# MIME writer
# ---------------------------------------------------------------------------
SUBJ_PLACEHOLDER = "XSUBJECTPLACEHOLDERX"


def build_eml(headers, subject, text=None, html=None, fmt="text", cte="quoted-printable",
              charset="utf-8", jis_subject=False):
    """headers: list of (name, value) in order (Subject is inserted after To)."""
    m = EmailMessage(policy=policy.default)
    for name, value in headers:
        if name == "Subject":
            m["Subject"] = SUBJ_PLACEHOLDER
        else:
            m[name] = value
    if "Subject" not in m:
        m["Subject"] = SUBJ_PLACEHOLDER
    if fmt == "text":
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
    elif fmt == "html":
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=cte)
        boundary = "----=_Part_%d_%d.%d" % (R.randrange(10**6, 10**7), R.randrange(10**8, 10**9), R.randrange(10**12, 10**13))
        m.set_boundary(boundary)
    data = m.as_bytes(policy=policy.default)
    # Subject is encoded here rather than by the policy folder (which can leave
    # stray leading/trailing folding whitespace): ASCII on one line, otherwise
    # RFC 2047 encoded-words (B or Q for UTF-8, B for ISO-2022-JP).
    if jis_subject:
        enc = Header(subject, "iso-2022-jp").encode()
    elif all(ord(c) < 128 for c in subject):
        enc = subject
    else:
        cs = Charset("utf-8")
        if sum(map(ord, subject)) % 2:
            cs.header_encoding = QP
        enc = Header(subject, cs).encode()
    data = data.replace(SUBJ_PLACEHOLDER.encode(), enc.encode("ascii"), 1)
    return data


def pick_cte(lang, i, fmt):
    """Vary the transfer encoding; returns (cte, charset)."""
    if lang == "ja" and i % 3 == 0:
        return "7bit", "iso-2022-jp"
    return ["quoted-printable", "base64", "8bit"][i % 3], "utf-8"


def can_jis(*texts):
    try:
        for t in texts:
            if t:
                t.encode("iso-2022-jp")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------------------
# HTML templates (structure follows real Amazon notification mails)
# ---------------------------------------------------------------------------
CLASSIC_CSS = """
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; width:280px; }
#criticalInfo .detailsContent { background-color:#efefef; }
#orderDetails .heading { width:640px; margin:0 0 3px 0; padding:0 0 3px 0; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 30px 0; }
#closing p { padding:0 0 20px 0; border-bottom:1px solid #eaeaea; margin:0; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy td { padding:20px 0 0 0; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
"""

MODERN_CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6; border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.emailContainerTD { padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.informationTable td { padding-bottom: 18px; }
.orderDetailsTable { font-size: 15px; line-height: 20px; }
.orderDetailsTable td { padding-bottom: 20px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.orderIdTable { font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
"""


def esc(s):
    return htmlmod.escape(s, quote=False)


def paras_html(text, cls=None):
    out = []
    for para in [p for p in text.split("\n\n") if p.strip()]:
        lines = [esc(l) for l in para.split("\n")]
        out.append("<p>%s</p>" % "<br />".join(lines))
    return " ".join(out)


def html_classic(mp, ui, title, order, greeting, core, items, after, closing, footer, total=None):
    base = "https://www.%s" % mp
    nav = ui["nav"]
    rows = []
    for it in items:
        rows.append(
            '<tr> <td class="photo"> <a href="%s/gp/r.html"><img src="https://images-eu.ssl-images-amazon.com/images/I/%s._SCLZZZZZZZ_SY115_.jpg" width="115" alt="" /></a> </td> '
            '<td class="name"> <a href="%s/gp/r.html">%s</a> <br /> <span>%s %s</span> <br /> <span>%s %s</span> </td> '
            '<td class="price"> <strong>%s</strong> </td> </tr>'
            % (base, hexid(11), base, esc(it["name"]), esc(ui["qty"]), it["qty"], esc(ui["soldby"]), esc(it["seller"]), esc(it["price_s"])))
    tot = ""
    if total:
        tot = ('<table id="criticalInfo" cellpadding="0"> <tbody><tr class="detailsContent"> <td> <span class="uniqueSpan">%s</span> <b>%s</b> </td> </tr></tbody></table>'
               % (esc(ui["total"]), esc(total)))
    return """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <style type="text/css">%s</style>
 </head>
<body><img width="1" height="1" src="%s/gp/r.html?C=%s&amp;R=%s" />
  <table id="container" cellpadding="0"> <tbody><tr> <td class="frame">
   <table id="main" cellpadding="0"> <tbody>
    <tr> <td>
     <table id="header" cellpadding="0"> <tbody>
      <tr> <td rowspan="2" class="logo"><a href="%s/gp/r.html"><img alt="%s" src="https://m.media-amazon.com/images/G/01/x-locale/common/transparent-pixel._CB485934954_.gif" width="115" /></a></td>
       <td class="navigation"> <table align="right"> <tbody> <tr>
        <td> <a href="%s/gp/css/order-history">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
        <td> <a href="%s/gp/css/homepage.html">%s</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
        <td> <a class="last" href="%s">%s</a> </td>
       </tr> </tbody> </table> </td> </tr>
      <tr> <td class="title"> <h2>%s</h2> %s <a href="%s/gp/css/summary/edit.html?orderID=%s">%s</a> </td> </tr>
     </tbody></table> </td> </tr>
    <tr> <td>
     <table id="summary" cellpadding="0"> <tbody> <tr>
      <td><span class="heading">%s</span> %s </td>
     </tr> </tbody></table> </td> </tr>
    <tr> <td colspan="2">%s</td> </tr>
    <tr> <td>
     <table id="orderDetails" cellpadding="0"> <tbody>
      <tr> <td> <h3 class="heading">%s</h3> </td> </tr>
     </tbody></table>
     <table id="itemDetails" cellpadding="0"> <tbody>
      %s
     </tbody></table> </td> </tr>
    <tr> <td>
     <table id="closing" cellpadding="0"> <tbody> <tr>
      <td> %s <p> <br /> <span class="signature"> <strong>%s</strong> </span> </p> </td>
     </tr> </tbody></table> </td> </tr>
    <tr> <td>
     <table id="legalCopy"> <tbody> <tr>
      <td> <span> %s </span> </td>
     </tr> </tbody></table> </td> </tr>
   </tbody></table>
  </td> </tr> </tbody></table>
 <img width="1" height="1" src="%s/gp/r.html?R=%s&amp;T=E" /></body>
</html>
""" % (CLASSIC_CSS, base, hexid(14), hexid(12), base, MP[mp]["brand"], base, esc(nav[0]), base, esc(nav[1]), base, MP[mp]["brand"],
       esc(title), esc(ui["orderno"]), base, order, order, esc(greeting), paras_html(core), tot,
       esc(ui["cancelled_heading"]), "\n      ".join(rows), paras_html(after), esc(closing.split("\n")[-1]),
       paras_html(footer), base, hexid(12))


def html_modern(mp, ui, title, order, greeting, core, items, after, closing, footer, total=None):
    base = "https://www.%s" % mp
    rows = []
    for it in items:
        rows.append(
            '<tr> <td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" alt="" /></td> '
            '<td class="itemTitle"> <a class="orderDetailsTableLink" href="%s/dp/%s">%s</a> <br /> %s %s &middot; %s </td> </tr>'
            % (hexid(11), base, "B0" + hexid(8).upper(), esc(it["name"]), esc(ui["qty"]), it["qty"], esc(it["price_s"])))
    return """    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>%s</style>
 </head>
 <body>
  <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tr><td class="emailBodyTD">
   <table class="brandTable"><tr><td><a href="%s/ref=TE_logo"><img class="brandImage" alt="%s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" /></a></td></tr></table>
   <table class="emailContainer" cellpadding="0" cellspacing="0"><tr><td class="emailContainerTD">
    <table class="greetingTable"><tr><td>%s</td></tr></table>
    <table class="informationTable"><tr><td><b>%s</b></td></tr><tr><td>%s</td></tr></table>
    <table class="orderIdTable"><tr><td>%s <a href="%s/gp/your-account/order-details?orderID=%s">%s</a></td></tr></table>
    <table class="orderDetailsTable">%s</table>
    <table class="separatorLine"><tr><td class="separatorMiddle">&nbsp;</td></tr></table>
    <table class="informationTable"><tr><td>%s</td></tr></table>
    <table class="informationTable"><tr><td>%s</td></tr></table>
   </td></tr></table>
   <table><tr><td class="emailClosing">%s</td></tr></table>
  </td></tr></table>
  <img width="1" height="1" src="%s/gp/r.html?C=%s" />
 </body>
    </html>
""" % (MODERN_CSS, base, MP[mp]["brand"], esc(greeting), esc(title), paras_html(core), esc(ui["orderno"]), base, order, order,
       "".join(rows), paras_html(after), paras_html(closing), paras_html(footer), base, hexid(14))


def text_layout(mp, ui, title, order, greeting, core, items, after, closing, footer, variant, total=None):
    brand = MP[mp]["brand"]
    line = ("-" * 76) if variant == 0 else ("_" * 75)
    itl = []
    for it in items:
        if variant == 0:
            itl.append("    %s\n    %s %s   %s\n    %s %s" % (it["name"], ui["qty"], it["qty"], it["price_s"], ui["soldby"], it["seller"]))
        else:
            itl.append("%s %s x %s\n  %s" % (ui["bullet"], it["qty"], it["name"], it["price_s"]))
    head = "%s %s\n%s %s\n%s\n" % (brand, title, ui["orderno"], order, line) if variant else "%s\n%s\n" % (brand, line)
    tot = "\n%s %s\n" % (ui["total"], total) if total else ""
    body = "%s\n\n%s\n\n%s\n\n%s\n%s%s\n\n%s\n\n%s\n\n%s\n%s\n" % (
        head, greeting, core.strip(), ui["cancelled_heading"] + ("" if variant else "\n" + ui["orderno"] + " " + order),
        "\n\n".join(itl), tot, after.strip(), closing.strip(), line, footer.strip())
    return body


# ---------------------------------------------------------------------------
# Per-language UI strings and boilerplate pools
# ---------------------------------------------------------------------------
UI = {
 "en": dict(
  nav=["Your Orders", "Your Account"], qty="Qty:", soldby="Sold by:", total="Order Total:", orderno="Order #",
  cancelled_heading="Canceled Items", bullet="*",
  titles=["Cancellation Notice", "Order Cancellation", "Order Update", "Information about your order"],
  greet=["Hello {name},", "Dear {name},", "Hi {name},", "Hello,", "Dear Customer,", "Greetings from {brand},"],
  refund=["Your payment method has not been charged for the canceled item(s).",
          "If you were charged for this order, a refund will be issued to your original payment method. Refunds usually appear within 3-5 business days.",
          "We haven't charged you for this order. Any pending authorization on your card will be released by your bank, which can take a few business days.",
          "Any amount you've already paid will be refunded to the original payment method. You'll receive a separate email once the refund has been processed.",
          "Because your order had not yet shipped, no charge has been made.",
          "If you paid with an Amazon gift card, the balance has been restored to your account."],
  help=["You can view the status of your orders at any time in Your Orders: {base}/gp/css/order-history",
        "If you have questions, please visit our Help pages: {base}/gp/help/customer/display.html",
        "We apologize for any inconvenience. If you'd still like to purchase similar items, you can find them at {base}.",
        "Need help? Contact us through {base}/contact-us - our Customer Service team is available 24/7."],
  closing=["We hope to see you again soon.\n{brand}", "Thank you for shopping with us.\n{brand} Customer Service",
           "Sincerely,\n{brand}", "Thanks,\nThe {brand} Team"],
  footer_sec=["Amazon will never ask you to provide or verify sensitive information such as your password or payment card details by email. If you receive a suspicious email, you can report it at {base}/reportphishing.",
              "Protect your account: never share your password or one-time passcode with anyone, including people claiming to be from Amazon. Learn how to identify phishing or spoofed emails on our Help pages.",
              "To review or update your payment methods, go to Your Account > Your Payments. Your payment details are stored securely.",
              "Want to make your account more secure? Turn on Two-Step Verification in Login & Security."],
  footer_misc=["This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
               "(c) {year} Amazon.com, Inc. or its affiliates. All rights reserved. Amazon, Amazon.com and the Amazon.com logo are registered trademarks of Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210."],
  legal={"amazon.co.uk": "Amazon EU S.a r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England and Wales, Branch No. BR017427.",
         "amazon.in": "Amazon.in is operated by Amazon Seller Services Private Limited, Brigade Gateway, 26/1 Dr. Rajkumar Road, Bengaluru 560055.",
         "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 5, 2-26 Park Street, Sydney NSW 2000."},
 ),
 "de": dict(
  nav=["Meine Bestellungen", "Mein Konto"], qty="Menge:", soldby="Verkauft von:", total="Gesamtsumme:", orderno="Bestellnr.",
  cancelled_heading="Stornierte Artikel", bullet="-",
  titles=["Stornierungsbestätigung", "Bestellstornierung", "Informationen zu Ihrer Bestellung"],
  greet=["Guten Tag {name},", "Hallo {name},", "Sehr geehrte Kundin, sehr geehrter Kunde,", "Hallo,"],
  refund=["Ihre Zahlungsmethode wurde für die stornierten Artikel nicht belastet.",
          "Falls Ihr Konto bereits belastet wurde, erstatten wir den Betrag auf die ursprüngliche Zahlungsart. Die Gutschrift erfolgt in der Regel innerhalb von 3-5 Werktagen.",
          "Eine eventuell vorgenommene Vorautorisierung auf Ihrer Karte wird von Ihrer Bank automatisch freigegeben.",
          "Da die Bestellung noch nicht versandt wurde, ist Ihnen nichts berechnet worden.",
          "Sie erhalten eine gesonderte E-Mail, sobald die Erstattung bearbeitet wurde."],
  help=["Den Status Ihrer Bestellungen können Sie jederzeit unter „Meine Bestellungen“ einsehen: {base}/gp/css/order-history",
        "Bei Fragen besuchen Sie bitte unsere Hilfeseiten: {base}/hilfe",
        "Wir entschuldigen uns für etwaige Unannehmlichkeiten. Ähnliche Artikel finden Sie auf {base}."],
  closing=["Wir hoffen, Sie bald wiederzusehen.\nAmazon.de", "Freundliche Grüße\nIhr Amazon.de Kundenservice", "Vielen Dank für Ihren Einkauf.\nAmazon.de"],
  footer_sec=["Amazon wird Sie niemals per E-Mail auffordern, Ihr Passwort oder Ihre Zahlungsdaten anzugeben oder zu bestätigen. Wenn Sie eine verdächtige E-Mail erhalten, melden Sie diese bitte unter {base}/phishing.",
              "Schützen Sie Ihr Konto: Geben Sie Ihr Passwort oder Einmalpasswort niemals an Dritte weiter. Informationen zum Erkennen von Phishing-E-Mails finden Sie in unserer Hilfe.",
              "Ihre Zahlungsarten können Sie jederzeit unter „Mein Konto > Zahlungen“ verwalten.",
              "Aktivieren Sie die Zwei-Schritt-Verifizierung unter „Anmelden und Sicherheit“, um Ihr Konto zusätzlich zu schützen."],
  footer_misc=["Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden Nachrichten empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."],
  legal={"amazon.de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. Handelsregister: RCS Luxemburg, Nr. B 101818. USt-ID: LU 20260743."},
 ),
 "fr": dict(
  nav=["Vos commandes", "Votre compte"], qty="Quantité :", soldby="Vendu par :", total="Montant total :", orderno="Commande n°",
  cancelled_heading="Articles annulés", bullet="-",
  titles=["Annulation de commande", "Information sur votre commande", "Avis d'annulation"],
  greet=["Bonjour {name},", "Bonjour,", "Chère cliente, cher client,", "Madame, Monsieur,"],
  refund=["Votre moyen de paiement n'a pas été débité pour le ou les articles annulés.",
          "Si vous avez déjà été débité(e), nous vous rembourserons sur votre moyen de paiement d'origine sous 3 à 5 jours ouvrés.",
          "Toute pré-autorisation éventuelle sur votre carte sera levée automatiquement par votre banque.",
          "Comme votre commande n'avait pas encore été expédiée, aucun montant ne vous a été facturé.",
          "Vous recevrez un e-mail séparé dès que le remboursement aura été traité."],
  help=["Vous pouvez consulter l'état de vos commandes à tout moment dans Vos commandes : {base}/gp/css/order-history",
        "Pour toute question, consultez notre aide en ligne : {base}/aide",
        "Nous vous prions de nous excuser pour la gêne occasionnée. Vous trouverez des articles similaires sur {base}."],
  closing=["Nous espérons vous revoir bientôt.\nAmazon.fr", "Cordialement,\nLe Service Client Amazon.fr", "Merci pour votre confiance.\nAmazon.fr"],
  footer_sec=["Amazon ne vous demandera jamais de communiquer ou de confirmer votre mot de passe ou vos coordonnées bancaires par e-mail. Si vous recevez un e-mail suspect, signalez-le sur {base}/phishing.",
              "Protégez votre compte : ne communiquez jamais votre mot de passe ni votre code à usage unique, même à une personne se présentant comme un employé d'Amazon.",
              "Pour gérer vos moyens de paiement, rendez-vous dans Votre compte > Vos paiements.",
              "Activez la vérification en deux étapes dans Connexion et sécurité pour mieux protéger votre compte."],
  footer_misc=["Cet e-mail a été envoyé depuis une adresse qui ne peut recevoir de messages. Merci de ne pas y répondre."],
  legal={"amazon.fr": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B 101818. Numéro de TVA : LU 20260743."},
 ),
 "es": dict(
  nav=["Mis pedidos", "Mi cuenta"], qty="Cantidad:", soldby="Vendido por:", total="Total del pedido:", orderno="Pedido n.º",
  cancelled_heading="Artículos cancelados", bullet="-",
  titles=["Cancelación del pedido", "Información sobre tu pedido", "Aviso de cancelación"],
  greet=["Hola, {name}:", "Hola {name},", "Estimado/a cliente:", "Hola:"],
  refund=["No se ha realizado ningún cargo en tu método de pago por los artículos cancelados.",
          "Si ya se te ha cobrado, te reembolsaremos el importe en el método de pago original en un plazo de 3 a 5 días hábiles.",
          "Cualquier preautorización en tu tarjeta será liberada automáticamente por tu banco.",
          "Como el pedido todavía no se había enviado, no se te ha cobrado nada.",
          "Recibirás un correo electrónico aparte cuando se haya procesado el reembolso."],
  help=["Puedes consultar el estado de tus pedidos en Mis pedidos: {base}/gp/css/order-history",
        "Si tienes alguna pregunta, visita nuestra página de Ayuda: {base}/ayuda",
        "Lamentamos las molestias. Puedes encontrar productos similares en {base}."],
  closing=["Esperamos volver a verte pronto.\nAmazon.es", "Atentamente,\nAtención al Cliente de Amazon.es", "Gracias por comprar en Amazon.es."],
  footer_sec=["Amazon nunca te pedirá que facilites o confirmes tu contraseña o los datos de tu tarjeta por correo electrónico. Si recibes un mensaje sospechoso, notifícalo en {base}/phishing.",
              "Protege tu cuenta: nunca compartas tu contraseña ni tu código de un solo uso con nadie.",
              "Para gestionar tus métodos de pago, ve a Mi cuenta > Mis pagos.",
              "Activa la verificación en dos pasos en Inicio de sesión y seguridad."],
  footer_misc=["Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. Por favor, no respondas a este mensaje."],
  legal={"amazon.es": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo. Registro Mercantil de Luxemburgo B-101818."},
 ),
 "it": dict(
  nav=["I miei ordini", "Il mio account"], qty="Quantità:", soldby="Venduto da:", total="Totale ordine:", orderno="Ordine n.",
  cancelled_heading="Articoli annullati", bullet="-",
  titles=["Annullamento dell'ordine", "Informazioni sul tuo ordine", "Avviso di annullamento"],
  greet=["Gentile {name},", "Ciao {name},", "Gentile cliente,", "Buongiorno,"],
  refund=["Il tuo metodo di pagamento non è stato addebitato per gli articoli annullati.",
          "Se ti è già stato addebitato l'importo, riceverai un rimborso sul metodo di pagamento originale entro 3-5 giorni lavorativi.",
          "Un'eventuale preautorizzazione sulla carta verrà sbloccata automaticamente dalla tua banca.",
          "Poiché l'ordine non era ancora stato spedito, non ti è stato addebitato nulla.",
          "Riceverai un'e-mail separata quando il rimborso sarà stato elaborato."],
  help=["Puoi controllare lo stato dei tuoi ordini in I miei ordini: {base}/gp/css/order-history",
        "Per qualsiasi domanda visita le nostre pagine di Aiuto: {base}/aiuto",
        "Ci scusiamo per l'inconveniente. Puoi trovare articoli simili su {base}."],
  closing=["Speriamo di rivederti presto.\nAmazon.it", "Cordiali saluti,\nServizio Clienti Amazon.it", "Grazie per aver scelto Amazon.it."],
  footer_sec=["Amazon non ti chiederà mai di fornire o verificare la tua password o i dati della tua carta via e-mail. Se ricevi un'e-mail sospetta, segnalala su {base}/phishing.",
              "Proteggi il tuo account: non condividere mai la password o il codice monouso con nessuno.",
              "Per gestire i tuoi metodi di pagamento vai su Il mio account > I miei pagamenti.",
              "Attiva la verifica in due passaggi in Accesso e impostazioni di sicurezza."],
  footer_misc=["Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio."],
  legal={"amazon.it": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Capitale sociale EUR 125.000. RCS Lussemburgo B 101818."},
 ),
 "ja": dict(
  nav=["注文履歴", "アカウントサービス"], qty="数量:", soldby="販売:", total="ご請求額:", orderno="注文番号",
  cancelled_heading="キャンセルされた商品", bullet="・",
  titles=["ご注文のキャンセル", "キャンセルのお知らせ", "ご注文に関するお知らせ"],
  greet=["{name} 様", "{name} 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。", "Amazon.co.jpをご利用いただき、ありがとうございます。"],
  refund=["キャンセルされた商品の代金は請求されておりません。",
          "すでにお支払いいただいている場合は、ご利用のお支払い方法へ返金いたします。返金の反映には3〜5営業日ほどかかる場合があります。",
          "クレジットカードの与信枠は、カード会社により自動的に解放されます。",
          "商品は発送前のため、代金は発生しておりません。",
          "返金処理が完了しましたら、別途Eメールでお知らせいたします。"],
  help=["ご注文の状況は、注文履歴からいつでもご確認いただけます: {base}/gp/css/order-history",
        "ご不明な点がございましたら、ヘルプページをご覧ください: {base}/help",
        "ご迷惑をおかけし、誠に申し訳ございません。"],
  closing=["またのご利用をお待ちしております。\nAmazon.co.jp", "Amazon.co.jp カスタマーサービス", "今後ともAmazon.co.jpをよろしくお願いいたします。\nAmazon.co.jp"],
  footer_sec=["Amazonは、Eメールでパスワードやクレジットカード情報の入力・確認をお願いすることはありません。不審なEメールを受け取った場合は、{base}/phishing からご報告ください。",
              "アカウントを保護するため、パスワードやワンタイムパスワードを他人に教えないでください。",
              "お支払い方法の確認・変更は、アカウントサービスの「お客様の支払い方法」から行えます。",
              "2段階認証を有効にして、アカウントの安全性を高めましょう。"],
  footer_misc=["このメールアドレスは配信専用です。このメッセージに返信しないようお願いいたします。"],
  legal={"amazon.co.jp": "Amazon.co.jpは、アマゾンジャパン合同会社が運営しています。〒153-0064 東京都目黒区下目黒1-8-1"},
 ),
}

ITEMS = {
 "en": [("Anker PowerCore 10000 Portable Charger, Ultra-Compact Power Bank", 25.99),
        ("Hydro Flask Wide Mouth Bottle with Flex Cap, 32 oz, Pacific", 44.95),
        ("The Thursday Murder Club: A Novel (Paperback)", 11.49),
        ("LEGO Technic Lamborghini Huracan Tecnica 42161 Building Kit", 49.99),
        ("Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 Quart", 89.00),
        ("Sony WH-1000XM5 Wireless Noise Canceling Headphones, Black", 348.00),
        ("Nintendo Switch - OLED Model with White Joy-Con", 349.99),
        ("Crayola Washable Markers, Broad Line, 40 Count", 12.97),
        ("Kindle Paperwhite (16 GB) - 6.8\" display, Agave Green", 149.99),
        ("Samsung EVO Select microSD Card 256GB with Adapter", 22.99),
        ("Baldur's Gate 3 Deluxe Edition - PlayStation 5", 79.99),
        ("Philips Sonicare ProtectiveClean 4100 Rechargeable Toothbrush", 49.96),
        ("Yeti Rambler 20 oz Tumbler with MagSlider Lid, Navy", 35.00),
        ("Fourth Wing (The Empyrean, 1) - Hardcover", 17.99)],
 "de": [("Bosch Professional Akku-Bohrschrauber GSR 12V-15 (2x 2,0 Ah Akku, Ladegerät)", 129.99),
        ("WMF Küchenminis Toaster, 720 W, Edelstahl matt", 44.99),
        ("Der Gesang der Flusskrebse: Roman (Taschenbuch)", 13.00),
        ("Tchibo Kaffeebohnen Feine Milde, 1 kg", 15.99),
        ("LEGO Star Wars Millennium Falcon 75375", 84.99),
        ("Brita Wasserfilter-Kartusche Maxtra Pro All-in-1, 6er Pack", 29.99),
        ("Sennheiser HD 450BT Bluetooth-Kopfhörer mit Noise Cancelling, schwarz", 89.00),
        ("Philips Airfryer XXL Heißluftfritteuse HD9650/90", 199.99),
        ("Playmobil City Life 71326 Kinderklinik", 59.99),
        ("Die drei ??? Adventskalender 2024 (Vorbestellung)", 24.99),
        ("Fissler Original-Profi Collection Bratpfanne 28 cm", 79.95)],
 "fr": [("Tefal Ingenio Batterie de cuisine 10 pièces, poignée amovible", 99.99),
        ("Astérix - Tome 40 - L'Iris blanc (album)", 10.90),
        ("Moulinex Robot pâtissier Masterchef Gourmet QA510110", 199.99),
        ("Nespresso Vertuo Pop, Bleu Pacifique", 79.00),
        ("Le Petit Prince (Folio)", 7.60),
        ("Samsonite Neopulse Valise cabine 55 cm, noir mat", 189.00),
        ("Garmin Forerunner 255 Montre GPS de course", 279.99),
        ("Lot de 6 verres Duralex Picardie 25 cl", 14.50),
        ("Rowenta X-Force Flex 8.60 Aspirateur balai sans fil", 249.99),
        ("Précommande : Pokémon Légendes Z-A (Nintendo Switch)", 59.99)],
 "es": [("Cecotec Robot Aspirador Conga 2290 Ultra", 149.90),
        ("Cafetera De'Longhi Dedica Style EC685.M, plata", 169.00),
        ("Patria - Fernando Aramburu (tapa blanda)", 11.35),
        ("Zapatillas Joma R.Hispalis Men 2403, talla 42", 34.95),
        ("Xiaomi Redmi Note 13 Pro 8GB+256GB, negro", 299.99),
        ("Juego de sartenes BRA Efficient 20-24-28 cm", 42.90),
        ("Philips Hue Go Lámpara portátil inteligente", 89.99),
        ("Funda nórdica 100% algodón, cama de 150 cm, gris perla", 27.99),
        ("Reserva: EA SPORTS FC 25 (PS5)", 69.99),
        ("Aceite de Oliva Virgen Extra Carbonell, pack 3 x 1 L", 26.40)],
 "it": [("Bialetti Moka Express 6 tazze, alluminio", 32.90),
        ("De'Longhi Magnifica S ECAM22.110.B Macchina da caffè automatica", 329.99),
        ("Il nome della rosa - Umberto Eco (tascabile)", 14.25),
        ("Smeg KLF03 Bollitore elettrico anni '50, panna", 139.00),
        ("Garofalo Spaghetti n.9, confezione da 20 x 500 g", 29.80),
        ("Imetec Bellissima Piastra per capelli B28 100", 34.99),
        ("Lavazza Qualità Oro caffè in grani, 1 kg", 18.49),
        ("Xiaomi Electric Scooter 4 Pro monopattino elettrico", 499.00),
        ("Set 6 bicchieri Bormioli Rocco Bodega 37 cl", 12.90),
        ("Preordine: The Legend of Zelda: Echoes of Wisdom (Switch)", 54.99)],
 "ja": [("象印 圧力IH炊飯器 極め炊き 5.5合 NW-JX10-BA", 31800),
        ("Nintendo Switch(有機ELモデル) Joy-Con(L)/(R) ホワイト", 37980),
        ("キリン 午後の紅茶 おいしい無糖 500ml×24本", 2480),
        ("ONE PIECE 107 (ジャンプコミックス)", 528),
        ("パナソニック ヘアードライヤー ナノケア EH-NA0J-W", 29800),
        ("無印良品 ポリプロピレン収納ケース 引出式 深型", 1990),
        ("サントリー 天然水 2L×9本", 1280),
        ("ソニー ワイヤレスノイズキャンセリングイヤホン WF-1000XM5", 41800),
        ("アイリスオーヤマ 布団乾燥機 カラリエ FK-C3-W", 7980),
        ("【予約】ポケモンカードゲーム 拡張パック BOX", 5400)],
}
PRICE_FACTOR = {"amazon.com": 1, "amazon.co.uk": 0.85, "amazon.ca": 1.35, "amazon.com.au": 1.5, "amazon.in": 83}

SELLERS = {
 "en": ["Amazon.com Services LLC", "TechDeals Direct", "Northwind Outlet", "Harbour Books Ltd", "Maple Leaf Gadgets", "Koala Home Supplies", "Sunrise Retail India"],
 "de": ["Amazon EU S.à r.l.", "Elektro-Handel Krüger GmbH", "Spielwaren Becker", "Haushalt24 Vertrieb"],
 "fr": ["Amazon EU S.à r.l.", "Librairie du Marais", "Maison & Cuisine Pro", "HighTech Discount FR"],
 "es": ["Amazon EU S.à r.l.", "TodoElectro Online", "Librería Alcalá", "Hogar Sur Distribuciones"],
 "it": ["Amazon Italia Transport", "Casa&Cucina Store", "Elettronica Rossi srl", "Libreria San Marco"],
 "ja": ["Amazon.co.jp", "家電のタカハシ", "ブックセンター青葉", "ホビーショップ大和"],
}
NAMES = {
 "en": ["Emily", "James Carter", "Priya", "Liam", "Olivia Bennett", "Rahul Sharma", "Chloe", "Noah", "Grace Wilson", "Ethan"],
 "de": ["Jonas Weber", "Anna", "Katrin Schulz", "Markus", "Lena Hoffmann", "Tobias"],
 "fr": ["Camille", "Julien Martin", "Élodie", "Nicolas Dubois", "Manon"],
 "es": ["Lucía", "Javier García", "Marta", "Alejandro", "Carmen Ruiz"],
 "it": ["Giulia", "Marco Bianchi", "Francesca", "Luca Romano", "Chiara"],
 "ja": ["田中 美咲", "佐藤 健太", "鈴木 陽子", "高橋 大輔", "伊藤 さくら"],
}
MAILBOX = ["user@example.net", "inbox@mailhost.example.org", "shopper@example.com"]


# ---------------------------------------------------------------------------
# Notice specifications: 20 per language.
#   cause, states_reason, sender local part, subject, core paragraph(s), options
# Placeholders: {order} {item} {item_short} {seller} {card} {price} {total} {brand} {base} {name}
# opts: mp (en only), partial, seller, thread (key into THREADS), n (item count), note
# ---------------------------------------------------------------------------
def N(cause, states, sender, subject, core, **opts):
    d = dict(cause=cause, states=states, sender=sender, subject=subject, core=core)
    d.update(opts)
    return d


NOTICES = {}

NOTICES["en"] = [
 # inventory_shortage
 N("inventory_shortage", True, "order-update", "Your Amazon.com order #{order} has been canceled",
   "We're writing to let you know that we had to cancel your order #{order}. The item(s) listed below are no longer available from our suppliers, and we weren't able to get them in time to meet our delivery promise.",
   mp="amazon.com", note="supplier can't provide"),
 N("inventory_shortage", True, "marketplace-messages", 'Item cancelled: "{item_short}"',
   "Your order {order} has been cancelled by the seller, {seller}.\n\nReason for cancellation: Item out of stock\n\nThe seller has let us know that they can no longer fulfil this item.",
   mp="amazon.co.uk", seller=True, note="labelled reason line, seller"),
 N("inventory_shortage", True, "order-update", "1 item has been canceled from your Amazon.ca order #{order}",
   "Your pre-order for {item} could not be filled. The publisher has informed us that it won't be supplying this edition to us after all, so we've canceled this item. Any other items in your order are unaffected and will ship as planned.",
   mp="amazon.ca", partial=True, n=2, note="pre-order, partial"),
 N("inventory_shortage", True, "no-reply", "Your Amazon.com.au order {order}",
   "Despite our best efforts, we haven't been able to source {item} from the manufacturer, and we don't expect new stock to arrive. As a result, your order has been cancelled.",
   mp="amazon.com.au", note="reason before statement, implied stock"),
 # payment_issue
 N("payment_issue", True, "payments-messages", "Your Amazon.com order #{order} has been canceled",
   "We've canceled your order #{order} because we were unable to process your payment. The Visa card ending in {card} was declined by the issuing bank.\n\nIf you still want these items, you can place a new order using a different payment method.",
   mp="amazon.com", note="card declined"),
 N("payment_issue", True, "payments-update", "Order cancelled: {order}",
   "Order status: Cancelled\nCancellation reason: Payment could not be authorised\n\nWe tried several times to authorise the payment for this order with the card on file, without success.",
   mp="amazon.co.uk", note="labelled reason"),
 N("payment_issue", True, "payments-messages", "Amazon.in: Order {order} cancelled",
   "We had asked you to revise the payment for order {order}. Since the payment details were not updated within the 7-day window, the order has now been cancelled and the items have been released.",
   mp="amazon.in", note="payment revision not made in time"),
 N("payment_issue", False, "order-update", "Your Amazon.com order #{order} has been canceled",
   "Your order #{order} has been canceled. The items below will not be shipped.",
   mp="amazon.com", thread="en_pay", note="thread: cause from earlier mail"),
 # technical_issue
 N("technical_issue", True, "cs-reply", "Information from Amazon.com",
   "Due to a pricing error on our website, we have canceled your order for {item}. The price displayed when you placed the order ({price}) was incorrect. We apologize for any inconvenience this may cause.",
   mp="amazon.com", note="pricing error, bulk subject"),
 N("technical_issue", True, "order-update", "Your Amazon.co.uk order {order} has been cancelled",
   "We're sorry - a technical problem occurred while we were processing your order, and it couldn't be completed. Your order {order} has been cancelled. You're welcome to place the order again.",
   mp="amazon.co.uk", note="processing problem"),
 N("technical_issue", True, "marketplace-messages", "Cancellation of your order {order} by {seller}",
   "Message from seller {seller}:\n\nHello, we had to cancel your order {order}. Our listing for this product showed the wrong model and specifications, so we have taken the listing down. Sorry for the confusion.\n\nReason: Listing error",
   mp="amazon.ca", seller=True, note="listing error, seller message"),
 # fraud_prevention
 N("fraud_prevention", True, "account-update", "Your Amazon.com order #{order} has been canceled",
   "We noticed unusual activity on your Amazon account and, to protect you, we've placed a temporary hold on it and canceled order #{order}.\n\nTo remove the hold, sign in to your account on Amazon.com and follow the on-screen instructions to verify your identity.",
   mp="amazon.com", note="unusual activity + hold"),
 N("fraud_prevention", True, "order-update", "Information about your order {order}",
   "As part of our routine security checks, your order {order} was selected for review. Because we were unable to confirm the account holder's details, we've cancelled the order.",
   mp="amazon.co.uk", note="security review"),
 N("fraud_prevention", True, "no-reply", "Your Amazon.com.au account and order {order}",
   "For your security, we've locked your account after detecting sign-in attempts that didn't look like you. Pending orders, including {order}, have been cancelled. Once you've reset your password through the Amazon.com.au website or app, you can place them again.",
   mp="amazon.com.au", note="account locked, implied"),
 # customer_request
 N("customer_request", True, "auto-confirm", 'Successful cancellation of "{item_short}" from your Amazon.com order #{order}',
   "Your cancellation request has been received and processed. The following item has been canceled from your order #{order}.\n\nCancel Reason: Customer Canceled",
   mp="amazon.com", note="customer, Cancel Reason line"),
 N("customer_request", True, "auto-confirm", 'Item cancelled successfully: "{item_short}"',
   "As requested, we've cancelled {item} from your order {order}.",
   mp="amazon.co.uk", note="short, as requested"),
 N("customer_request", True, "auto-confirm", "Amazon.in - Your Cancellation ({order})",
   "You just cancelled order #{order}.\n\nStatus: CANCELLED\n\nWe've received your request and no further action is needed on your part.",
   mp="amazon.in", note="old customer template"),
 # unknown, no reason
 N("unknown", False, "order-update", "Information from Amazon.com",
   "We're writing to let you know that your order #{order} has been canceled.",
   mp="amazon.com", note="no reason"),
 N("unknown", False, "order-update", "Your Amazon.ca order #{order} has been canceled",
   "The following item(s) have been canceled from your order:",
   mp="amazon.ca", note="no reason, minimal"),
 N("unknown", False, "no-reply", "Order {order} cancelled",
   "We're sorry, we had to cancel your order {order}. We apologise for any inconvenience caused.",
   mp="amazon.com.au", note="no reason, 'had to cancel'"),
]

NOTICES["de"] = [
 N("inventory_shortage", True, "order-update", "Ihre Amazon.de-Bestellung #{order} wurde storniert",
   "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bestellung {order} stornieren mussten. Der unten aufgeführte Artikel ist nicht mehr vorrätig, und auch unser Lieferant kann ihn nicht mehr liefern.",
   note="nicht vorrätig, Lieferant"),
 N("inventory_shortage", True, "marketplace-messages", "Bestellung {order}: Stornierung durch den Verkäufer",
   "Der Verkäufer {seller} hat Ihre Bestellung {order} storniert, da der Artikel nicht mehr lieferbar ist. Wir bitten um Entschuldigung.",
   seller=True, note="seller, nicht lieferbar"),
 N("inventory_shortage", True, "order-update", "Ein Artikel Ihrer Bestellung #{order} wurde storniert",
   "Ihre Vorbestellung von {item} kann leider nicht erfüllt werden. Der Hersteller hat uns mitgeteilt, dass er den Artikel nicht wie geplant ausliefern wird. Wir haben diesen Artikel daher aus Ihrer Bestellung storniert; die übrigen Artikel werden wie vorgesehen versandt.",
   partial=True, n=2, note="pre-order partial"),
 N("inventory_shortage", True, "no-reply", "Stornierung Ihrer Bestellung",
   "Bestellnummer: {order}\nStatus: Storniert\nStornierungsgrund: Artikel nicht verfügbar",
   note="labelled reason"),
 N("payment_issue", True, "payments-messages", "Ihre Bestellung #{order} wurde storniert",
   "Wir konnten die Zahlung für Ihre Bestellung nicht durchführen, weil Ihre Kreditkarte mit der Endung {card} von der ausstellenden Bank abgelehnt wurde. Die Bestellung wurde deshalb storniert.\n\nWenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung mit einer anderen Zahlungsart auf.",
   note="Karte abgelehnt"),
 N("payment_issue", True, "payments-update", "Bestellung {order} storniert",
   "Wir hatten Sie gebeten, die Zahlungsinformationen für Ihre Bestellung {order} zu aktualisieren. Da innerhalb der Frist keine Änderung vorgenommen wurde, haben wir die Bestellung storniert.",
   note="Zahlungsänderung nicht rechtzeitig"),
 N("payment_issue", True, "payments-messages", "Informationen von Amazon.de",
   "Ihr Geschenkgutschein-Guthaben hat nicht ausgereicht, um den Gesamtbetrag der Bestellung {order} ({total}) zu decken, und es war keine weitere Zahlungsart hinterlegt. Wir mussten die Bestellung daher stornieren.",
   note="gift card balance, reason first"),
 N("payment_issue", True, "payments-update", "Ihre Amazon.de Bestellung {order}",
   "Die folgende Bestellung wurde storniert.\n\nBestellnummer: {order}\nGrund: Die hinterlegte Kreditkarte ist abgelaufen.",
   note="labelled, expired card"),
 N("technical_issue", True, "order-update", "Stornierung Ihrer Amazon.de-Bestellung {order}",
   "Aufgrund eines Preisfehlers auf unserer Website wurde {item} zu einem falschen Preis ({price}) angezeigt. Wir haben Ihre Bestellung deshalb storniert.",
   note="Preisfehler"),
 N("technical_issue", True, "order-update", "Ihre Bestellung {order} konnte nicht abgeschlossen werden",
   "Bei der Verarbeitung Ihrer Bestellung ist ein technischer Fehler aufgetreten. Deshalb wurde die Bestellung {order} automatisch storniert. Sie können die Artikel gerne erneut bestellen.",
   note="technischer Fehler"),
 N("technical_issue", True, "marketplace-messages", "Nachricht von {seller} zu Ihrer Bestellung {order}",
   "Guten Tag,\n\nleider mussten wir Ihre Bestellung {order} stornieren: In unserem Angebot waren versehentlich falsche Produktdaten hinterlegt (falsche Farbe und Größe). Wir haben das Angebot inzwischen korrigiert.\n\nMit freundlichen Grüßen\n{seller}",
   seller=True, note="Angebotsfehler, seller"),
 N("fraud_prevention", True, "account-update", "Ihre Amazon.de Bestellung #{order} wurde storniert",
   "Wir haben ungewöhnliche Aktivitäten in Ihrem Kundenkonto festgestellt. Zu Ihrem Schutz haben wir das Konto vorübergehend gesperrt und die Bestellung {order} storniert.\n\nUm die Sperre aufzuheben, melden Sie sich bitte auf Amazon.de an und bestätigen Sie Ihre Identität.",
   note="ungewöhnliche Aktivitäten"),
 N("fraud_prevention", True, "order-update", "Informationen zu Ihrer Bestellung {order}",
   "Ihre Bestellung {order} wurde im Rahmen unserer Sicherheitsprüfung markiert. Da wir die Angaben zum Karteninhaber nicht verifizieren konnten, wurde sie nicht ausgeführt und storniert.",
   note="Sicherheitsprüfung"),
 N("fraud_prevention", False, "order-update", "Ihre Bestellung #{order} wurde storniert",
   "Ihre Bestellung {order} wurde storniert. Die unten aufgeführten Artikel werden nicht versandt.",
   thread="de_fraud", note="thread: cause from earlier mail"),
 N("customer_request", True, "auto-confirm", 'Artikel erfolgreich storniert: "{item_short}"',
   "Wie gewünscht haben wir {item} aus Ihrer Bestellung {order} storniert.",
   note="wie gewünscht"),
 N("customer_request", True, "auto-confirm", "Stornierung bestätigt - Bestellung {order}",
   "Sie haben die Bestellung #{order} storniert.\n\nStatus: STORNIERT\nStornierungsgrund: Vom Kunden storniert",
   note="labelled customer"),
 N("customer_request", True, "auto-confirm", "Ihre Stornierungsanfrage für Bestellung {order}",
   "Vielen Dank für Ihre Stornierungsanfrage. Wir bestätigen hiermit, dass Ihre Bestellung {order} auf Ihren Wunsch hin storniert wurde.",
   note="auf Ihren Wunsch"),
 N("unknown", False, "order-update", "Informationen von Amazon.de",
   "Wir möchten Sie darüber informieren, dass Ihre Bestellung {order} storniert wurde.",
   note="no reason"),
 N("unknown", False, "order-update", "Ihre Amazon.de-Bestellung #{order} wurde storniert",
   "Folgende Artikel wurden aus Ihrer Bestellung storniert:",
   note="no reason, minimal"),
 N("unknown", False, "no-reply", "Bestellung {order}",
   "Leider mussten wir Ihre Bestellung {order} stornieren. Wir entschuldigen uns für die Unannehmlichkeiten.",
   note="no reason, mussten"),
]

NOTICES["fr"] = [
 N("inventory_shortage", True, "order-update", "Votre commande Amazon.fr n° {order} a été annulée",
   "Nous sommes au regret de vous informer que nous avons dû annuler votre commande {order}. L'article ci-dessous n'est plus disponible et notre fournisseur n'est pas en mesure de nous le livrer.",
   note="plus disponible, fournisseur"),
 N("inventory_shortage", True, "marketplace-messages", "Annulation de votre commande {order} par le vendeur",
   "Le vendeur {seller} a annulé votre commande {order} : l'article est en rupture de stock.",
   seller=True, note="rupture de stock, vendeur"),
 N("inventory_shortage", True, "order-update", "Un article de votre commande {order} a été annulé",
   "Votre précommande de {item} ne pourra pas être honorée : l'éditeur nous a informés qu'il ne livrerait pas cette édition. Nous avons donc annulé cet article. Les autres articles de la commande ne sont pas concernés.",
   partial=True, n=2, note="précommande partielle"),
 N("inventory_shortage", False, "order-update", "Votre commande {order} a été annulée",
   "Votre commande {order} a été annulée.",
   thread="fr_inv", note="thread: cause from earlier mail"),
 N("payment_issue", True, "payments-messages", "Votre commande Amazon.fr {order} a été annulée",
   "Nous n'avons pas pu traiter le paiement de votre commande : la carte bancaire se terminant par {card} a été refusée par votre banque. Votre commande a donc été annulée.",
   note="carte refusée, raison avant"),
 N("payment_issue", True, "payments-update", "Information concernant votre commande Amazon.fr",
   "Commande n° {order}\nStatut : Annulée\nMotif : moyen de paiement expiré",
   note="labelled"),
 N("payment_issue", True, "payments-messages", "Commande {order} annulée",
   "Vous n'avez pas mis à jour vos informations de paiement dans le délai imparti. Nous avons par conséquent annulé la commande {order}.",
   note="révision paiement non faite"),
 N("payment_issue", True, "payments-messages", "Votre commande {order}",
   "Votre banque n'a pas autorisé le paiement de {total} pour la commande {order}. Sans cette autorisation, nous ne pouvions pas expédier vos articles et la commande a été annulée.",
   note="autorisation refusée"),
 N("technical_issue", True, "order-update", "Annulation de votre commande Amazon.fr {order}",
   "Suite à une erreur de prix sur notre site, {item} était affiché à {price} au lieu de son prix réel. Nous avons donc annulé votre commande.",
   note="erreur de prix"),
 N("technical_issue", True, "order-update", "Votre commande {order} n'a pas pu être finalisée",
   "En raison d'un problème technique survenu lors du traitement, votre commande {order} n'a pas pu être finalisée et a été annulée. Vous pouvez la passer à nouveau.",
   note="problème technique"),
 N("technical_issue", True, "marketplace-messages", "Message du vendeur {seller} - commande {order}",
   "Bonjour,\n\nNous avons annulé votre commande {order}.\nRaison de l'annulation : erreur dans l'annonce (photo et description ne correspondaient pas au produit).\n\nCordialement,\n{seller}",
   seller=True, note="erreur annonce, labelled"),
 N("fraud_prevention", True, "account-update", "Votre commande Amazon.fr {order} a été annulée",
   "Nous avons détecté une activité inhabituelle sur votre compte. Par mesure de sécurité, nous avons temporairement suspendu votre compte et annulé la commande {order}.\n\nPour réactiver votre compte, connectez-vous sur Amazon.fr et suivez les instructions de vérification.",
   note="activité inhabituelle"),
 N("fraud_prevention", True, "order-update", "Information sur votre commande {order}",
   "Dans le cadre de nos contrôles de sécurité, votre commande {order} a été signalée pour vérification. Faute d'avoir pu vérifier votre identité, nous l'avons annulée.",
   note="vérification identité"),
 N("fraud_prevention", True, "no-reply", "Votre compte Amazon.fr",
   "Votre compte a été bloqué par précaution après des tentatives de connexion suspectes. Toutes les commandes en attente, dont la commande {order}, ont été annulées.",
   note="compte bloqué"),
 N("customer_request", True, "auto-confirm", "Annulation réussie : « {item_short} »",
   "Comme vous l'avez demandé, nous avons annulé {item} de votre commande {order}.",
   note="comme demandé"),
 N("customer_request", True, "auto-confirm", "Amazon.fr - Votre annulation ({order})",
   "Vous venez d'annuler la commande n° {order}.\n\nStatut : ANNULÉE",
   note="old customer template"),
 N("customer_request", True, "auto-confirm", "Confirmation d'annulation de votre commande {order}",
   "Nous avons bien reçu votre demande d'annulation. Votre commande {order} a été annulée à votre demande.\n\nMotif d'annulation : annulée par le client",
   note="à votre demande + motif"),
 N("unknown", False, "order-update", "Informations d'Amazon.fr",
   "Nous vous informons que votre commande {order} a été annulée.",
   note="no reason"),
 N("unknown", False, "order-update", "Votre commande Amazon.fr n° {order} a été annulée",
   "Les articles suivants ont été annulés de votre commande :",
   note="no reason minimal"),
 N("unknown", False, "no-reply", "Commande {order}",
   "Nous sommes désolés, nous avons dû annuler votre commande {order}. Veuillez nous excuser pour la gêne occasionnée.",
   note="no reason, avons dû"),
]

NOTICES["es"] = [
 N("inventory_shortage", True, "order-update", "Tu pedido de Amazon.es n.º {order} se ha cancelado",
   "Lamentamos informarte de que hemos tenido que cancelar tu pedido {order}. El producto ya no está disponible y nuestro proveedor no puede suministrárnoslo.",
   note="no disponible, proveedor"),
 N("inventory_shortage", True, "marketplace-messages", "El vendedor ha cancelado tu pedido {order}",
   "El vendedor {seller} ha cancelado tu pedido {order} porque no le quedan existencias del artículo.",
   seller=True, note="sin existencias"),
 N("inventory_shortage", True, "order-update", "Se ha cancelado un artículo de tu pedido {order}",
   "No podremos atender tu reserva de {item}: el fabricante nos ha comunicado que no recibiremos unidades. Por ello hemos cancelado este artículo de tu pedido {order}. El resto de artículos se enviará con normalidad.",
   partial=True, n=2, note="reserva parcial"),
 N("inventory_shortage", True, "no-reply", "Cancelación de tu pedido",
   "Número de pedido: {order}\nEstado: Cancelado\nMotivo: Artículo agotado",
   note="labelled"),
 N("payment_issue", True, "payments-messages", "Tu pedido {order} ha sido cancelado",
   "No hemos podido procesar el pago de tu pedido: tu tarjeta terminada en {card} ha sido rechazada. Por este motivo, el pedido {order} se ha cancelado.",
   note="tarjeta rechazada"),
 N("payment_issue", True, "payments-update", "Información sobre tu pedido {order}",
   "Como no se actualizó la información de pago en el plazo indicado, hemos cancelado el pedido {order}.",
   note="plazo de revisión"),
 N("payment_issue", True, "payments-messages", "Tu pedido de Amazon.es se ha cancelado",
   "El saldo de tu cheque regalo no era suficiente para cubrir el importe del pedido {order} ({total}) y no había ningún otro método de pago disponible, así que hemos cancelado el pedido.",
   note="saldo insuficiente"),
 N("payment_issue", False, "order-update", "Tu pedido {order} ha sido cancelado",
   "Te informamos de que tu pedido {order} ha sido cancelado.",
   thread="es_pay", note="thread: cause from earlier mail"),
 N("technical_issue", True, "order-update", "Cancelación de tu pedido de Amazon.es {order}",
   "Debido a un error en el precio mostrado en nuestra web, hemos cancelado tu pedido de {item}. El precio indicado ({price}) no era correcto.",
   note="error de precio"),
 N("technical_issue", True, "order-update", "No se ha podido completar tu pedido {order}",
   "Se ha producido un error del sistema al procesar tu pedido {order} y no ha podido completarse, por lo que se ha cancelado. Puedes volver a realizar el pedido cuando quieras.",
   note="error del sistema"),
 N("technical_issue", True, "marketplace-messages", "Mensaje del vendedor {seller} sobre el pedido {order}",
   "Hola:\n\nHemos cancelado tu pedido {order}.\nMotivo de la cancelación: error en el anuncio (el producto se publicó con una referencia equivocada).\n\nUn saludo,\n{seller}",
   seller=True, note="error anuncio labelled"),
 N("fraud_prevention", True, "account-update", "Tu pedido de Amazon.es {order} se ha cancelado",
   "Hemos detectado actividad inusual en tu cuenta. Para protegerte, hemos bloqueado temporalmente la cuenta y cancelado el pedido {order}.\n\nPara desbloquearla, inicia sesión en Amazon.es y sigue las instrucciones para verificar tu identidad.",
   note="actividad inusual"),
 N("fraud_prevention", True, "order-update", "Información sobre tu pedido {order}",
   "Tu pedido {order} ha sido seleccionado para una revisión de seguridad. Como no hemos podido verificar tu identidad, lo hemos cancelado.",
   note="revisión de seguridad"),
 N("fraud_prevention", True, "no-reply", "Tu cuenta de Amazon.es está en espera",
   "Por motivos de seguridad, tu cuenta permanecerá en espera hasta que confirmes tus datos. Mientras tanto, hemos cancelado el pedido {order}.",
   note="cuenta en espera"),
 N("customer_request", True, "auto-confirm", 'Cancelación correcta de "{item_short}"',
   "Tal y como solicitaste, hemos cancelado {item} de tu pedido {order}.",
   note="como solicitaste"),
 N("customer_request", True, "auto-confirm", "Amazon.es - Tu cancelación ({order})",
   "Has cancelado el pedido n.º {order}.\n\nEstado: CANCELADO",
   note="old template"),
 N("customer_request", True, "auto-confirm", "Confirmación de cancelación del pedido {order}",
   "Hemos recibido tu solicitud de cancelación y el pedido {order} se ha cancelado a petición tuya.",
   note="a petición"),
 N("unknown", False, "order-update", "Información de Amazon.es",
   "Te escribimos para informarte de que tu pedido {order} ha sido cancelado.",
   note="no reason"),
 N("unknown", False, "order-update", "Tu pedido de Amazon.es n.º {order} se ha cancelado",
   "Se han cancelado los siguientes artículos de tu pedido:",
   note="no reason minimal"),
 N("unknown", False, "no-reply", "Pedido {order}",
   "Lo sentimos, hemos tenido que cancelar tu pedido {order}. Disculpa las molestias.",
   note="no reason, hemos tenido que"),
]

NOTICES["it"] = [
 N("inventory_shortage", True, "order-update", "Il tuo ordine Amazon.it n. {order} è stato annullato",
   "Siamo spiacenti di informarti che abbiamo dovuto annullare il tuo ordine {order}. L'articolo non è più disponibile e il nostro fornitore non è in grado di consegnarcelo.",
   note="non disponibile, fornitore"),
 N("inventory_shortage", True, "marketplace-messages", "Il venditore ha annullato l'ordine {order}",
   "Il venditore {seller} ha annullato il tuo ordine {order} perché l'articolo è esaurito.",
   seller=True, note="esaurito"),
 N("inventory_shortage", True, "order-update", "Un articolo del tuo ordine {order} è stato annullato",
   "Non potremo evadere il tuo preordine di {item}: il produttore ci ha comunicato che la merce non ci verrà consegnata. Abbiamo quindi annullato questo articolo. Gli altri articoli dell'ordine verranno spediti regolarmente.",
   partial=True, n=2, note="preordine parziale"),
 N("inventory_shortage", True, "no-reply", "Annullamento dell'ordine",
   "Numero d'ordine: {order}\nStato: Annullato\nMotivo: articolo non disponibile",
   note="labelled"),
 N("payment_issue", True, "payments-messages", "Il tuo ordine {order} è stato annullato",
   "Non è stato possibile elaborare il pagamento del tuo ordine: la carta che termina con {card} è stata rifiutata. Di conseguenza l'ordine {order} è stato annullato.",
   note="carta rifiutata"),
 N("payment_issue", True, "payments-update", "Informazioni sul tuo ordine {order}",
   "Non avendo ricevuto l'aggiornamento dei dati di pagamento entro il termine indicato, abbiamo annullato l'ordine {order}.",
   note="revisione non fatta"),
 N("payment_issue", True, "payments-messages", "Ordine {order} annullato",
   "La carta di credito associata all'ordine {order} risulta scaduta, pertanto non abbiamo potuto addebitare l'importo. L'ordine è stato annullato.",
   note="carta scaduta"),
 N("payment_issue", True, "payments-update", "Il tuo ordine Amazon.it",
   "Ordine n. {order}\nStato: Annullato\nMotivo dell'annullamento: pagamento non autorizzato",
   note="labelled"),
 N("technical_issue", True, "order-update", "Annullamento del tuo ordine Amazon.it {order}",
   "A causa di un errore nel prezzo visualizzato sul nostro sito, abbiamo annullato il tuo ordine di {item}. Il prezzo indicato ({price}) non era corretto.",
   note="errore prezzo"),
 N("technical_issue", True, "order-update", "Il tuo ordine {order} non è stato completato",
   "Si è verificato un problema tecnico durante l'elaborazione del tuo ordine {order}, che pertanto non è stato completato ed è stato annullato. Puoi effettuare nuovamente l'ordine.",
   note="problema tecnico"),
 N("technical_issue", True, "marketplace-messages", "Messaggio dal venditore {seller}",
   "Buongiorno,\n\nabbiamo dovuto annullare l'ordine {order} perché l'inserzione conteneva un errore: il prodotto mostrato non corrispondeva alla descrizione.\n\nCordiali saluti,\n{seller}",
   seller=True, note="errore inserzione"),
 N("fraud_prevention", True, "account-update", "Il tuo ordine Amazon.it {order} è stato annullato",
   "Abbiamo rilevato attività insolite sul tuo account. Per proteggerti, abbiamo sospeso temporaneamente l'account e annullato l'ordine {order}.\n\nPer riattivarlo, accedi ad Amazon.it e segui le istruzioni per verificare la tua identità.",
   note="attività insolite"),
 N("fraud_prevention", True, "order-update", "Informazioni sull'ordine {order}",
   "Nell'ambito dei nostri controlli di sicurezza il tuo ordine {order} è stato sottoposto a verifica. Poiché non siamo riusciti a verificare i dati del titolare della carta, l'ordine è stato annullato.",
   note="controlli sicurezza"),
 N("fraud_prevention", False, "order-update", "Il tuo ordine {order} è stato annullato",
   "Il tuo ordine {order} è stato annullato.",
   thread="it_fraud", note="thread: cause from earlier mail"),
 N("customer_request", True, "auto-confirm", 'Annullamento riuscito: "{item_short}"',
   "Come da te richiesto, abbiamo annullato {item} dal tuo ordine {order}.",
   note="come richiesto"),
 N("customer_request", True, "auto-confirm", "Amazon.it - Il tuo annullamento ({order})",
   "Hai appena annullato l'ordine n. {order}.\n\nStato: ANNULLATO",
   note="old template"),
 N("customer_request", True, "auto-confirm", "Conferma di annullamento dell'ordine {order}",
   "Abbiamo ricevuto la tua richiesta di annullamento. L'ordine {order} è stato annullato su tua richiesta.\n\nMotivo: annullato dal cliente",
   note="su tua richiesta"),
 N("unknown", False, "order-update", "Informazioni da Amazon.it",
   "Ti informiamo che il tuo ordine {order} è stato annullato.",
   note="no reason"),
 N("unknown", False, "order-update", "Il tuo ordine Amazon.it n. {order} è stato annullato",
   "I seguenti articoli sono stati annullati dal tuo ordine:",
   note="no reason minimal"),
 N("unknown", False, "no-reply", "Ordine {order}",
   "Siamo spiacenti, abbiamo dovuto annullare il tuo ordine {order}. Ci scusiamo per il disagio.",
   note="no reason, abbiamo dovuto"),
]

NOTICES["ja"] = [
 N("inventory_shortage", True, "order-update", "Amazon.co.jp ご注文のキャンセル ({order})",
   "誠に申し訳ございませんが、ご注文番号 {order} の商品は在庫切れとなり、仕入先からの入荷の見込みが立たないため、ご注文をキャンセルさせていただきました。",
   note="在庫切れ"),
 N("inventory_shortage", True, "marketplace-messages", "出品者によるご注文のキャンセル",
   "出品者 {seller} より、在庫切れのためご注文 {order} をキャンセルしたとの連絡がありました。",
   seller=True, note="出品者"),
 N("inventory_shortage", True, "order-update", "ご予約商品のキャンセルについて (注文番号 {order})",
   "ご予約いただいた {item} につきまして、メーカーからの供給が中止となったため、お届けすることができなくなりました。誠に勝手ながら該当商品をキャンセルいたしました。その他の商品は予定どおり発送いたします。",
   partial=True, n=2, note="予約 partial"),
 N("inventory_shortage", False, "order-update", "Amazon.co.jp ご注文のキャンセル",
   "ご注文 {order} はキャンセルされました。",
   thread="ja_inv", note="thread: cause from earlier mail"),
 N("payment_issue", True, "payments-messages", "Amazon.co.jp ご注文 {order} のキャンセル",
   "ご指定のクレジットカード(末尾 {card})の承認が得られなかったため、ご注文 {order} をキャンセルいたしました。",
   note="カード承認なし"),
 N("payment_issue", True, "payments-update", "お支払い方法の変更期限を過ぎたご注文について",
   "お支払い方法の変更期限までにお手続きが確認できなかったため、ご注文 {order} はキャンセルとなりました。",
   note="期限切れ"),
 N("payment_issue", True, "payments-messages", "Amazon.co.jp ご注文のキャンセル",
   "お支払い期限までにコンビニ・ATM・ネットバンキング・電子マネーでのお支払いが確認できなかったため、ご注文 {order} をキャンセルいたしました。",
   note="コンビニ払い未入金"),
 N("payment_issue", True, "payments-update", "ご注文に関するお知らせ",
   "以下のご注文はキャンセルされました。\n\n注文番号: {order}\nキャンセル理由: クレジットカードの有効期限切れ",
   note="labelled"),
 N("technical_issue", True, "order-update", "ご注文 {order} のキャンセルについて",
   "商品ページに表示されていた価格({price})に誤りがあったため、{item} のご注文をキャンセルいたしました。",
   note="価格誤り"),
 N("technical_issue", True, "order-update", "Amazon.co.jp ご注文を完了できませんでした",
   "ご注文 {order} の処理中にシステムエラーが発生したため、ご注文を完了できず、キャンセルとなりました。お手数ですが、再度ご注文ください。",
   note="システムエラー"),
 N("technical_issue", True, "marketplace-messages", "出品者 {seller} からのご連絡",
   "{name} 様\n\n{seller} でございます。商品ページの登録内容に誤りがあり、実際の商品と異なる情報を掲載しておりました。大変申し訳ございませんが、ご注文 {order} をキャンセルさせていただきました。",
   seller=True, note="登録誤り"),
 N("fraud_prevention", True, "account-update", "Amazon.co.jp ご注文 {order} のキャンセル",
   "お客様のアカウントで通常と異なるアクティビティが検出されたため、安全のためアカウントを一時的に保留し、ご注文 {order} をキャンセルいたしました。\n\nアカウントを復旧するには、Amazon.co.jpにサインインし、画面の指示に従ってご本人確認を行ってください。",
   note="通常と異なるアクティビティ"),
 N("fraud_prevention", True, "order-update", "ご注文 {order} について",
   "ご注文 {order} はセキュリティ確認の対象となりましたが、ご本人様の確認が取れなかったため、キャンセルいたしました。",
   note="本人確認"),
 N("fraud_prevention", True, "no-reply", "お客様のアカウントはロックされています",
   "不審なサインインの試みが確認されたため、お客様のアカウントをロックしました。これに伴い、未発送のご注文 {order} はキャンセルされています。",
   note="アカウントロック"),
 N("customer_request", True, "auto-confirm", "ご注文のキャンセルを承りました",
   "ご依頼いただいたとおり、ご注文 {order} から {item} をキャンセルしました。",
   note="ご依頼どおり"),
 N("customer_request", True, "auto-confirm", "Amazon.co.jp キャンセル完了のお知らせ ({order})",
   "注文番号: {order}\nステータス: キャンセル済み\nキャンセル理由: お客様都合によるキャンセル",
   note="labelled customer"),
 N("customer_request", True, "auto-confirm", "キャンセルのご依頼について",
   "お客様からのキャンセルのご依頼により、ご注文 {order} をキャンセルいたしました。",
   note="お客様からのご依頼"),
 N("unknown", False, "order-update", "Amazon.co.jp からのお知らせ",
   "ご注文 {order} がキャンセルされましたのでお知らせいたします。",
   note="no reason"),
 N("unknown", False, "order-update", "Amazon.co.jp ご注文のキャンセル ({order})",
   "以下の商品がご注文からキャンセルされました。",
   note="no reason minimal"),
 N("unknown", False, "no-reply", "ご注文 {order}",
   "誠に申し訳ございませんが、ご注文 {order} をキャンセルさせていただきました。ご迷惑をおかけしましたことをお詫び申し上げます。",
   note="no reason"),
]


# ---------------------------------------------------------------------------
# Thread starters: earlier Amazon mail about the same order (labelled non_notice)
# ---------------------------------------------------------------------------
THREADS = {
 "en_pay": dict(lang="en", mp="amazon.com", sender="payments-messages",
   subject="Action needed: Your payment for order #{order} was declined",
   text="Hello {name},\n\nWe're having trouble with the payment method for your order #{order}. Your Mastercard ending in {card} was declined by the card issuer.\n\nPlease update your payment information within 3 days. If we can't process a valid payment by then, we won't be able to ship your items and your order will be canceled.\n\nUpdate payment method:\n{base}/gp/css/order/edit.html?orderID={order}&useCase=payment\n\nItems in this order:\n{items}\n\nWe hope to see you again soon.\n{brand}"),
 "de_fraud": dict(lang="de", mp="amazon.de", sender="account-update",
   subject="Ihr Amazon-Konto wurde vorübergehend gesperrt",
   text="Guten Tag {name},\n\nwir haben Ihr Amazon.de-Kundenkonto vorübergehend gesperrt, da wir eine Überprüfung Ihrer Kontodaten durchführen müssen. Ihre offene Bestellung {order} wird bis zum Abschluss der Überprüfung zurückgehalten.\n\nBitte melden Sie sich bei Amazon.de an und folgen Sie den Anweisungen, um Ihre Identität zu bestätigen. Wenn wir innerhalb von 5 Tagen keine Bestätigung erhalten, können wir die Bestellung nicht ausführen.\n\nBetroffene Artikel:\n{items}\n\nIhr Amazon.de Kundenservice"),
 "fr_inv": dict(lang="fr", mp="amazon.fr", sender="order-update",
   subject="Retard de livraison de votre commande {order}",
   text="Bonjour {name},\n\nNous rencontrons des difficultés pour nous procurer l'article suivant de votre commande {order} :\n{items}\n\nNotre fournisseur ne nous l'a pas encore livré et nous ne savons pas quand nous pourrons l'obtenir. Nous poursuivons nos efforts et vous tiendrons informé(e). Si vous ne souhaitez plus attendre, vous pouvez annuler cet article dans Vos commandes.\n\nNous vous prions de nous excuser pour ce retard.\nAmazon.fr"),
 "es_pay": dict(lang="es", mp="amazon.es", sender="payments-messages",
   subject="Acción necesaria: no hemos podido cobrar tu pedido {order}",
   text="Hola, {name}:\n\nNo hemos podido procesar el pago de tu pedido {order}: la tarjeta terminada en {card} ha caducado.\n\nActualiza tu método de pago en los próximos 3 días. Si no lo haces, no podremos enviar el pedido y se cancelará automáticamente.\n\nActualizar método de pago: {base}/gp/css/order/edit.html?orderID={order}\n\n{items}\n\nAmazon.es"),
 "it_fraud": dict(lang="it", mp="amazon.it", sender="account-update",
   subject="Il tuo account Amazon.it è in sospeso",
   text="Gentile {name},\n\nil tuo account Amazon.it è stato sospeso in attesa di verifica. Fino al completamento della verifica, l'ordine {order} rimarrà in sospeso e non verrà spedito.\n\nAccedi al tuo account e carica i documenti richiesti per confermare la tua identità.\n\n{items}\n\nServizio Clienti Amazon.it"),
 "ja_inv": dict(lang="ja", mp="amazon.co.jp", sender="order-update",
   subject="お届け予定日の変更について",
   text="{name} 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\n\nご注文 {order} の以下の商品は、仕入先からの入荷が遅れており、現時点で入手の目処が立っておりません。\n\n{items}\n\n入荷状況が確認でき次第、改めてご連絡いたします。お急ぎの場合は、注文履歴からキャンセルいただけます。\n\nAmazon.co.jp カスタマーサービス"),
}


# ---------------------------------------------------------------------------
# Non-notices (30). 'order' placeholder gets a real Amazon-shaped number when mp set.
# Link markers [[shown|href]] become anchors in HTML, "shown: href" in text.
# ---------------------------------------------------------------------------
def X(lang, frm, subject, text, fmt="text", mp=None, auth=None, note="", **kw):
    d = dict(lang=lang, frm=frm, subject=subject, text=text, fmt=fmt, mp=mp, auth=auth, note=note)
    d.update(kw)
    return d


NON_NOTICES = [
 X("en", ("Amazon.com", "shipment-tracking@amazon.com"), "Your Amazon.com order #{order} has shipped",
   "Hello {name},\n\nWe thought you'd like to know that we've shipped your item(s). Your order is on the way and can no longer be changed.\n\nArriving: {weekday}\n\nTrack your package: {base}/gp/css/shiptrack/view.html\n\nOrder #{order}\n{items}\n\nIf you need to return an item or cancel an unshipped item from another order, visit Your Orders.\n\nAmazon will never ask for your password or payment details by email.\n\nWe hope to see you again soon.\nAmazon.com",
   fmt="alt", mp="amazon.com", auth="amazon.com", note="shipping confirmation; item name contains 'Canceling'", items_force=[5]),
 X("en", ("Amazon Fresh", "fresh-update@amazon.co.uk"), "Your delivery window has been cancelled",
   "Hello {name},\n\nWe're sorry, but because of very high demand in your area we've had to cancel your delivery window (Saturday, 10:00 - 12:00) for Amazon Fresh order {order}.\n\nYour order is still active and nothing has been removed from it. Please choose a new delivery window before 20:00 today so we can deliver your groceries:\n{base}/fresh/slots?orderID={order}\n\nIf you don't choose a new time, we'll offer you the next available window.\n\nThank you,\nAmazon Fresh",
   fmt="text", mp="amazon.co.uk", note="Fresh delivery window cancelled, order remains"),
 X("en", ("Amazon Prime", "prime@amazon.com"), "Your Amazon Prime membership has been canceled",
   "Hello {name},\n\nAs requested, we've canceled your Amazon Prime membership. Your benefits will remain available until {weekday}.\n\nWe've issued a refund of $14.99 for your unused membership period to your Visa ending in {card}.\n\nChanged your mind? You can restart your membership at any time: {base}/prime\n\nAmazon Prime",
   fmt="html", mp="amazon.com", auth="amazon.com", note="Prime membership cancellation"),
 X("en", ("Amazon.com", "payments-messages@amazon.com"), "Action needed: Update your payment for order #{order}",
   "Hello {name},\n\nWe weren't able to charge your Visa ending in {card} for order #{order}. This sometimes happens when a card has expired or the billing address doesn't match.\n\nPlease update your payment method within 5 days. If we don't receive a valid payment by then, we'll cancel your order.\n\nUpdate your payment: {base}/gp/css/order/edit.html?orderID={order}\n\n{items}\n\nAmazon.com",
   fmt="alt", mp="amazon.com", auth="amazon.com", note="payment reminder before cancellation"),
 X("en", ("Amazon.co.uk", "return@amazon.co.uk"), "Your refund for {item_short}",
   "Hello {name},\n\nWe've processed your refund of {total} for the item below from order {order}. The money should be back on your card within 3-5 working days.\n\n{items}\n\nRefund reason: Item no longer needed\n\nYou can see the refund in Your Orders or in Your Payments.\n\nAmazon.co.uk",
   fmt="text", mp="amazon.co.uk", note="return/refund confirmation"),
 X("en", ("Walmart.com", "help@walmart.com"), "Your Walmart order #200011587743910 was canceled",
   "Hi {name},\n\nWe're sorry - we had to cancel part of your order #200011587743910 because the item is out of stock at the fulfillment center.\n\nCanceled: Mainstays 12-Cup Coffee Maker, Black (Qty 1) - $14.88\n\nYou won't be charged for the canceled item. Any temporary authorization will be removed from your account in 3-10 business days.\n\nWalmart Customer Care",
   fmt="alt", note="other retailer cancellation (Walmart)"),
 X("en", ("eBay", "ebay@ebay.com"), "Order canceled: the seller couldn't complete your purchase",
   "Hi {name},\n\nThe seller gr8deals_outlet canceled your order for \"Apple AirPods Pro (2nd generation) - NEW SEALED\" because they ran out of stock.\n\nOrder number: 12-10943-55821\n\nYour refund of $189.99 has been issued to your PayPal account.\n\neBay Customer Service",
   fmt="html", note="other retailer cancellation (eBay)"),
 X("en", ("Mike Donovan", "mike.donovan84@gmail.com"), "Re: that blender",
   "Hey,\n\nJust FYI I cancelled my Amazon order for the Vitamix (order {order}) - it kept saying out of stock and the delivery date moved twice. Going to grab one at Costco this weekend instead, want me to pick one up for you too?\n\nMike\n\nOn Tue, Jan 9, you wrote:\n> did you ever get that blender?",
   fmt="text", mp=None, order_mp="amazon.com", note="friend says he cancelled his Amazon order"),
 X("en", ("TechBrief Daily", "newsletter@techbrief-daily.com"), "TechBrief: Amazon cancels glitch-priced TV orders, Apple event recap",
   "TechBrief Daily\n\n1. Amazon cancels orders after pricing glitch\nShoppers who snapped up 65-inch OLED TVs for $98 overnight are receiving cancellation emails this morning. Amazon says a pricing error caused the listing and that customers won't be charged.\n\n2. Apple event recap\nEverything announced, from new MacBooks to the updated iPad mini.\n\n3. Deal of the day\nSave 30% on Anker chargers.\n\nYou're receiving this because you subscribed to TechBrief Daily. Unsubscribe: https://techbrief-daily.com/unsub",
   fmt="alt", note="newsletter mentioning Amazon cancellations"),
 X("en", ("Audible", "donotreply@audible.com"), "Your Audible membership has been cancelled",
   "Hi {name},\n\nWe're sorry to see you go. Your Audible Premium Plus membership has been cancelled, and you won't be billed again.\n\nYou can keep listening to all the titles in your Library, and any remaining credits must be used by {weekday}.\n\nAudible, an Amazon company",
   fmt="html", auth="audible.com", note="Audible membership cancelled"),
 X("en", ("Amazon.com", "order-update@amazon.com"), "We couldn't cancel your order #{order}",
   "Hello {name},\n\nWe received your request to cancel order #{order}, but unfortunately it couldn't be completed because the item has already shipped.\n\n{items}\n\nIf you no longer want the item, you can return it for a refund once it arrives: {base}/returns\n\nAmazon.com",
   fmt="alt", mp="amazon.com", auth="amazon.com", note="cancellation request failed, not cancelled"),
 X("de", ("Amazon.de", "versandbestaetigung@amazon.de"), "Ihre Amazon.de Bestellung von „{item_short}“ wurde versandt",
   "Guten Tag {name},\n\nIhre Bestellung {order} wurde versandt. Voraussichtliche Zustellung: {weekday}.\n\nSendung verfolgen: {base}/gp/css/shiptrack/view.html\n\n{items}\n\nWiderrufsrecht: Sie können Ihre Bestellung innerhalb von 14 Tagen ab Erhalt der Ware widerrufen. Eine Stornierung ist nicht mehr möglich, da die Ware bereits versandt wurde.\n\nAmazon.de",
   fmt="alt", mp="amazon.de", auth="amazon.de", note="shipping confirmation with Widerruf/Stornierung text"),
 X("de", ("Zalando", "info@service-mail.zalando.de"), "Deine Bestellung 10105593328841 wurde storniert",
   "Hallo {name},\n\nleider ist der Artikel „Nike Air Max 90 - Sneaker low, Größe 43“ inzwischen ausverkauft. Deshalb mussten wir deine Bestellung 10105593328841 stornieren.\n\nDer Betrag von 139,95 € wird dir nicht berechnet.\n\nDein Zalando-Team",
   fmt="html", note="other retailer cancellation (Zalando)"),
 X("de", ("Amazon.de", "digital-no-reply@amazon.de"), "Ihre Kindle Unlimited-Mitgliedschaft wurde gekündigt",
   "Guten Tag {name},\n\nwie von Ihnen gewünscht, haben wir Ihre Kindle Unlimited-Mitgliedschaft gekündigt. Sie können den Dienst noch bis zum {weekday} nutzen; danach wird Ihnen nichts mehr berechnet.\n\nSie können Ihre Mitgliedschaft jederzeit wieder aufnehmen: {base}/kindle-dbs/ku\n\nAmazon.de",
   fmt="text", mp="amazon.de", auth="amazon.de", note="Kindle Unlimited membership cancellation"),
 X("de", ("Amazon.de", "payments-messages@amazon.de"), "Aktualisieren Sie Ihre Zahlungsinformationen für Bestellung {order}",
   "Guten Tag {name},\n\nbei der Zahlung für Ihre Bestellung {order} ist ein Problem aufgetreten: Ihre Kreditkarte mit der Endung {card} wurde abgelehnt.\n\nBitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 7 Tagen. Andernfalls wird die Bestellung storniert.\n\nZahlungsinformationen aktualisieren: {base}/gp/css/order/edit.html?orderID={order}\n\n{items}\n\nAmazon.de",
   fmt="alt", mp="amazon.de", note="payment reminder, will cancel"),
 X("de", ("Amazon.de", "rueckgabe@amazon.de"), "Ihre Erstattung für Bestellung {order}",
   "Guten Tag {name},\n\nwir haben Ihre Rücksendung erhalten und eine Erstattung in Höhe von {total} veranlasst. Der Betrag wird Ihrer ursprünglichen Zahlungsart innerhalb von 3-5 Werktagen gutgeschrieben.\n\n{items}\n\nAmazon.de",
   fmt="text", mp="amazon.de", auth="amazon.de", note="refund confirmation"),
 X("fr", ("Fnac.com", "serviceclient@fnac.com"), "Annulation de votre commande n° 3XK7B2QWN",
   "Bonjour {name},\n\nNous sommes désolés : l'article « Casque Bose QuietComfort Ultra » de votre commande n° 3XK7B2QWN n'est plus disponible chez notre fournisseur. Votre commande a donc été annulée.\n\nLe montant de 449,99 € ne sera pas débité.\n\nLe Service Client Fnac.com",
   fmt="alt", note="other retailer cancellation (Fnac)"),
 X("fr", ("Amazon.fr", "confirmation-envoi@amazon.fr"), "Votre commande Amazon.fr de « {item_short} » a été expédiée",
   "Bonjour {name},\n\nVotre colis est en route ! Livraison prévue : {weekday}.\n\nCommande n° {order}\n{items}\n\nSuivre votre colis : {base}/gp/css/shiptrack/view.html\n\nDroit de rétractation : vous pouvez annuler votre achat dans un délai de 14 jours à compter de la réception de l'article.\n\nAmazon.fr",
   fmt="html", mp="amazon.fr", auth="amazon.fr", note="shipping confirmation with rétractation text"),
 X("fr", ("Amazon Prime", "prime@amazon.fr"), "Confirmation de l'annulation de votre abonnement Amazon Prime",
   "Bonjour {name},\n\nNous vous confirmons l'annulation de votre abonnement Amazon Prime. Vous continuerez à bénéficier de vos avantages jusqu'au {weekday}, puis votre abonnement ne sera pas renouvelé.\n\nAucun autre prélèvement ne sera effectué sur votre carte se terminant par {card}.\n\nL'équipe Amazon Prime",
   fmt="text", mp="amazon.fr", note="Prime subscription cancellation"),
 X("fr", ("Sophie Laurent", "sophie.laurent@orange.fr"), "J'ai annulé ma commande Amazon",
   "Coucou,\n\nFinalement j'ai annulé ma commande Amazon pour le robot pâtissier (commande {order}), le vendeur ne répondait plus et la livraison était repoussée sans arrêt. Je vais regarder à la Fnac samedi, tu veux venir ?\n\nBisous,\nSophie",
   fmt="text", order_mp="amazon.fr", note="friend says she cancelled her Amazon order"),
 X("es", ("Amazon.es", "confirmar-envio@amazon.es"), "Tu pedido de Amazon.es de \"{item_short}\" se ha enviado",
   "Hola, {name}:\n\nTu paquete está en camino. Llegada prevista: {weekday}.\n\nPedido n.º {order}\n{items}\n\nSeguir paquete: {base}/gp/css/shiptrack/view.html\n\nPuedes cancelar tu compra en un plazo de 14 días desde la recepción (derecho de desistimiento).\n\nAmazon.es",
   fmt="alt", mp="amazon.es", auth="amazon.es", note="shipping confirmation"),
 X("es", ("PcComponentes", "noreply@pccomponentes.com"), "Tu pedido 16538821 ha sido cancelado",
   "Hola {name},\n\nTe confirmamos que tu pedido 16538821 ha sido cancelado porque no hemos recibido el pago por transferencia en el plazo de 72 horas.\n\nSi aún quieres el producto, puedes volver a realizar el pedido.\n\nEquipo PcComponentes",
   fmt="html", note="other retailer cancellation (PcComponentes)"),
 X("es", ("Amazon.es", "devoluciones@amazon.es"), "Reembolso emitido para tu pedido {order}",
   "Hola, {name}:\n\nHemos emitido un reembolso de {total} para tu devolución del pedido {order}. El importe aparecerá en tu método de pago original en un plazo de 3 a 5 días hábiles.\n\n{items}\n\nAmazon.es",
   fmt="text", mp="amazon.es", note="refund confirmation"),
 X("es", ("Amazon Fresh", "fresh-update@amazon.es"), "Se ha cancelado tu franja de entrega de Amazon Fresh",
   "Hola, {name}:\n\nDebido a una incidencia en nuestro centro de Madrid, hemos tenido que cancelar tu franja de entrega del {weekday} (18:00-20:00) para el pedido {order}.\n\nTu pedido sigue activo. Elige una nueva franja horaria antes de las 22:00: {base}/fresh/slots\n\nAmazon Fresh",
   fmt="alt", mp="amazon.es", auth="amazon.es", note="Fresh delivery window cancelled"),
 X("it", ("Amazon.it", "order-update@amazon.it"), "Consegnato: il tuo ordine Amazon.it #{order}",
   "Gentile {name},\n\nil tuo pacco è stato consegnato.\n\nOrdine n. {order}\n{items}\n\nRestituisci o sostituisci gli articoli in I miei ordini: {base}/gp/css/order-history\n\nQuesta e-mail è stata inviata da un indirizzo di sola notifica.\n\nAmazon.it",
   fmt="alt", mp="amazon.it", auth="amazon.it", note="delivered"),
 X("it", ("Unieuro", "noreply@unieuro.it"), "Il tuo ordine n. 7002931185 è stato annullato",
   "Ciao {name},\n\nti informiamo che il tuo ordine n. 7002931185 è stato annullato poiché il prodotto \"Samsung Galaxy Tab S9 FE\" non è più disponibile.\n\nL'importo di 449,00 € verrà riaccreditato sulla tua carta.\n\nIl team Unieuro",
   fmt="text", note="other retailer cancellation (Unieuro)"),
 X("it", ("Amazon.it", "digital-no-reply@amazon.it"), "Il tuo abbonamento a Paramount+ tramite Prime Video Channels è stato annullato",
   "Gentile {name},\n\nconfermiamo che il tuo abbonamento a Paramount+ tramite Prime Video Channels è stato annullato come da tua richiesta. Potrai continuare a guardare i contenuti fino al {weekday}.\n\nPrime Video",
   fmt="html", mp="amazon.it", note="Prime Video channel subscription cancelled"),
 X("it", ("Tech Settimanale", "newsletter@techsettimanale.it"), "Tech Settimanale: ordini annullati, nuovi smartphone e offerte",
   "Tech Settimanale - n. 212\n\nAmazon annulla gli ordini del notebook a 49 euro\nMolti lettori ci hanno scritto: dopo l'errore di prezzo di martedì, Amazon.it ha annullato gli ordini e rimborsato chi aveva già pagato.\n\nI migliori smartphone sotto i 300 euro\nLa nostra guida aggiornata.\n\nPer annullare l'iscrizione: https://techsettimanale.it/disiscriviti",
   fmt="alt", note="newsletter mentioning Amazon cancellations"),
 X("ja", ("楽天市場", "order@rakuten.co.jp"), "【楽天市場】ご注文キャンセルのお知らせ",
   "{name} 様\n\n楽天市場をご利用いただき、ありがとうございます。\n\nご注文番号 287654-20240312-0123456789 につきまして、ショップより在庫切れのためキャンセルの連絡がありました。\n\n商品名: 【送料無料】北海道産 ゆめぴりか 5kg\n\nお支払い済みの場合は返金手続きを行います。\n\n楽天市場",
   fmt="text", note="other retailer cancellation (Rakuten)"),
 X("ja", ("Amazon.co.jp", "ship-confirm@amazon.co.jp"), "Amazon.co.jp ご注文の商品を発送しました",
   "{name} 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。ご注文 {order} の商品を発送しました。\n\nお届け予定: {weekday}\n\n{items}\n\n配送状況の確認: {base}/gp/css/shiptrack/view.html\n\n発送済みのため、このご注文はキャンセルできません。返品は注文履歴から承ります。\n\nAmazon.co.jp",
   fmt="alt", mp="amazon.co.jp", auth="amazon.co.jp", note="shipping confirmation"),
]


# ---------------------------------------------------------------------------
# Lookalikes (20): phishing imitating Amazon cancellation notices
# auth: dict(dkim=, dmarc=, dkimdom=, fromdom=) or None
# ---------------------------------------------------------------------------
def L(lang, frm, subject, text, cause, states, fmt="html", auth=None, reply_to=None, note="", return_path=None):
    return dict(lang=lang, frm=frm, subject=subject, text=text, cause=cause, states=states, fmt=fmt,
                auth=auth, reply_to=reply_to, note=note, return_path=return_path)


LOOKALIKES = [
 L("en", ("Amazon.com", "no-reply@amaz0n-support.com"), "Your Amazon.com order #112-4839201-5573 has been canceled",
   "Hello Customer,\n\nYour order #112-4839201-5573 has been canceled because the payment could not be verified with your bank.\n\nApple MacBook Air 13\" M3 - $1,099.00\n\nTo avoid further cancellations please confirm your payment information here:\n[[www.amazon.com/your-orders|http://amaz0n-support.com/verify/login.php?id=88120]]\n\nIf you do not verify within 24 hours your account will be limited.\n\nAmazon.com",
   "payment_issue", True, auth=dict(dkim="pass", dmarc="pass", dkimdom="amaz0n-support.com"),
   note="look-alike domain amaz0n-support.com, malformed order no, mismatched link"),
 L("en", ("Amazon", "orders@amazon-orders.help"), "Order Cancelled - Action Required",
   "Dear Amazon Member,\n\nYour account has been suspended and your recent order has been cancelled due to suspicious activity.\n\nTo restore your account use this security code: RS-88421-AMZ at the link below.\n\n[[Restore my account|https://amazon-orders.help/restore?code=RS-88421-AMZ]]\n\nAmazon Security Team",
   "fraud_prevention", True, note="amazon-orders.help, suspended + code, no order number"),
 L("en", ("Amazon Customer Service", "amazon.service.desk2024@gmail.com"), "Your order was cancelled - refund pending",
   "Hello,\n\nYour Amazon order 114-2209581-6630192 was cancelled. A refund of $329.99 is pending.\n\nTo receive your refund, simply reply to this email with your full card number, expiry date and CVV so we can process it to the correct card.\n\nThank you,\nAmazon Refund Department",
   "unknown", False, fmt="text", note="free-mail sender, 'reply with card details'"),
 L("en", ("\u0410mazon.com", "auto-confirm@amazon.com.security-check.net"), "Your Amazon.com order #113-2284710-9938211 has been canceled",
   "Hello,\n\nWe're sorry. The item you ordered is out of stock and your order #113-2284710-9938211 has been canceled.\n\nSamsung 65\" Class QLED 4K Q80C - $997.99\n\nTo receive your refund, please confirm your billing details:\n[[https://www.amazon.com/refunds|http://amazon.com.security-check.net/refund/confirm]]\n\nWe hope to see you again soon.\nAmazon.com",
   "inventory_shortage", True, auth=dict(dkim="pass", dmarc="pass", dkimdom="amazon.com.security-check.net"),
   note="Cyrillic A in display name, subdomain trick sender, valid-looking order no"),
 L("en", ("Amazon", "support@amazon-billing-center.com"), "Order Cancellation Notice #111-5093847-2210458",
   "Dear Customer,\n\nWe have cancelled your order #111-5093847-2210458 for Apple iPhone 15 Pro Max 256GB ($1,249.00) due to a billing problem with your payment method.\n\nIf you did not place this order or believe this is a mistake, call our Amazon support line immediately at +1 (844) 555-0192 (24/7).\n\nAmazon Billing Center",
   "payment_issue", True, fmt="text", note="callback phone number, look-alike billing domain"),
 L("en", ("amazon.co.uk", "noreply@amazon-co-uk.refunds-portal.com"), "Cancellation notice: pricing error on your order",
   "Dear Customer,\n\nDue to a pricing error, your recent Amazon.co.uk order has been cancelled. As an apology we are offering you a GBP 50 compensation voucher.\n\n[[Claim your voucher on amazon.co.uk|http://amazon-co-uk.refunds-portal.com/claim]]\n\nYou will need to sign in with your Amazon password to claim.\n\nAmazon.co.uk",
   "technical_issue", True, note="refunds-portal domain, voucher lure"),
 L("en", ("Amazon.com", "order-update@amazon.com"), "Your Amazon.com order #114-5520193-7741022 has been canceled",
   "Hello,\n\nYour order #114-5520193-7741022 has been canceled.\n\nPlayStation 5 Slim Console - $499.99\n\nIf you didn't request this cancellation, call +1-877-555-0148 immediately to secure your account.\n\nAmazon.com",
   "unknown", False, fmt="text", auth=dict(dkim="fail", dmarc="fail", dkimdom="mailer-stream.ru", fromdom="amazon.com", spf="fail"),
   reply_to="amazon-helpdesk@outlook.com", return_path="<bounce@mailer-stream.ru>",
   note="spoofed From amazon.com, dmarc=fail, callback phone, outlook reply-to"),
 L("en", ("Amazon Prime", "prime-renewal@primevideo-account.info"), "Order cancelled & Prime membership suspended",
   "Hello,\n\nWe were unable to renew your Prime membership because your card has expired. As a result your membership is suspended and your pending order has been cancelled.\n\nUpdate your payment within 24 hours to avoid losing your benefits:\n[[amazon.com/prime/update|http://primevideo-account.info/update]]\n\nAmazon Prime",
   "payment_issue", True, note="primevideo-account.info, expired card lure"),
 L("en", ("Amazon", "service@amazon.com-orders-cancel.co"), "Your order has been cancelled",
   "Hello,\n\nYour order has been cancelled due to unusual activity on your account. To keep your account safe, verify your identity now.\n\n[[https://www.amazon.com/gp/css/order-history|http://amazon.com-orders-cancel.co/signin?ref=nav]]\n\nAmazon Account Services",
   "fraud_prevention", True, note="href differs from shown amazon.com link, no order number"),
 L("en", ("Amazon.in", "care@amazon-in.support-desk.in"), "Order ID 408-88123-4471 cancelled",
   "Dear Customer,\n\nYour order ID 408-88123-4471 for boAt Airdopes 141 (Rs. 1,299) is cancelled as the seller has no stock.\n\nYour cash refund will be sent via UPI. Please reply with your UPI ID and UPI PIN to receive it within 2 hours.\n\nAmazon.in Customer Care",
   "inventory_shortage", True, fmt="text", note="malformed order no, UPI PIN request"),
 L("en", ("Amazon.ca", "no-reply@amazon.ca.orderstatus-help.com"), "Item(s) canceled from your order",
   "Hello,\n\nDue to a system error, the following item has been canceled from your order 702-3391045-:\n\nDeWalt 20V MAX Cordless Drill Combo Kit - CDN$ 199.00\n\nTo receive your refund, open the attached refund form and fill in your card details.\n\nAmazon.ca",
   "technical_issue", True, fmt="alt", note="truncated order no, refund form"),
 L("en", ("Amaz\u043en Security", "security@amazon-account-protect.com"), "Account locked - order 111-9384756-2039485 cancelled",
   "Dear Customer,\n\nWe detected an unauthorized login attempt on your account. Your account has been locked and order 111-9384756-2039485 has been cancelled.\n\nTo unlock your account, confirm your card details by replying to this email with your name, card number and billing address.\n\nAmazon Security",
   "fraud_prevention", True, fmt="text", auth=dict(dkim="pass", dmarc="none", dkimdom="amazon-account-protect.com"),
   note="Cyrillic o in display name, reply with card details"),
 L("de", ("Amazon.de", "bestellung@amazon-de-kundenservice.de"), "Ihre Bestellung wurde storniert - Zahlung fehlgeschlagen",
   "Sehr geehrter Kunde,\n\nIhre Bestellung 304-2281934-5510297 wurde storniert, da Ihre Zahlung fehlgeschlagen ist.\n\nBitte aktualisieren Sie Ihre Zahlungsdaten innerhalb von 48 Stunden, um eine Sperrung Ihres Kontos zu vermeiden:\n[[www.amazon.de/zahlung|http://amazon-de-kundenservice.de/zahlung/login]]\n\nIhr Amazon Team",
   "payment_issue", True, note="look-alike .de domain, mismatched link"),
 L("de", ("Amazon", "amazon.kundendienst@web.de"), "Stornierung Ihrer Bestellung 302-1234567-89",
   "Hallo,\n\nIhr Konto wurde aus Sicherheitsgründen gesperrt und Ihre Bestellung 302-1234567-89 storniert.\n\nBestätigen Sie Ihre Daten (Name, Geburtsdatum, Kreditkarte), indem Sie auf diese E-Mail antworten.\n\nAmazon Kundendienst",
   "fraud_prevention", True, fmt="text", note="free-mail sender, malformed order no"),
 L("fr", ("Amazon.fr", "commande@amazon-fr-annulation.com"), "Votre commande a été annulée",
   "Bonjour,\n\nL'article de votre commande est en rupture de stock et votre commande a été annulée.\n\nPour recevoir votre remboursement de 249,99 EUR, cliquez ici :\n[[www.amazon.fr/remboursement|http://amazon-fr-annulation.com/rembourser]]\n\nService Client Amazon",
   "inventory_shortage", True, note="look-alike domain, no order number"),
 L("fr", ("Service Client Amazon", "service.client.amazon@laposte.net"), "Annulation de commande - vérification requise",
   "Bonjour,\n\nVotre commande n° 405-3318902-447 a été annulée suite à une activité suspecte sur votre compte.\n\nAppelez le 01 84 88 00 00 pour vérifier votre identité et débloquer votre compte.\n\nService Client",
   "fraud_prevention", True, fmt="text", note="free-mail sender, phone callback, malformed order no"),
 L("es", ("Amazon.es", "pedidos@amazon-es.pedido-cancelado.com"), "Tu pedido ha sido cancelado",
   "Hola,\n\nTu pedido ha sido cancelado porque no pudimos procesar el pago.\n\nActualiza tu tarjeta para evitar la suspensión de tu cuenta:\n[[https://www.amazon.es/mis-pagos|http://amazon-es.pedido-cancelado.com/pago]]\n\nAmazon.es",
   "payment_issue", True, auth=dict(dkim="pass", dmarc="pass", dkimdom="amazon-es.pedido-cancelado.com"),
   note="look-alike domain, mismatched link"),
 L("es", ("\u0410mazon.es", "no-reply@amazonn.es"), "Pedido 405-2294810-3381 cancelado",
   "Hola,\n\nTu pedido 405-2294810-3381 ha sido cancelado.\n\nSi no reconoces esta operación, llama ahora al 900 555 921 para anular el cargo de 899,00 EUR.\n\nAmazon",
   "unknown", False, fmt="text", note="homoglyph display name, amazonn.es, phone callback"),
 L("it", ("Amazon.it", "ordini@amazon-it-assistenza.com"), "Il tuo ordine è stato annullato",
   "Gentile cliente,\n\na causa di un errore di sistema il tuo ordine 403-9921847-2203 è stato annullato.\n\nPer ricevere il rimborso accedi tramite il link seguente:\n[[www.amazon.it/rimborsi|http://amazon-it-assistenza.com/rimborso/accedi]]\n\nAmazon.it",
   "technical_issue", True, note="look-alike domain, malformed order no"),
 L("ja", ("Amazon.co.jp", "info@amazon-co-jp.xyz-account.com"), "【重要】ご注文がキャンセルされました",
   "お客様\n\nお支払い方法に問題があったため、ご注文はキャンセルされました。\n\n24時間以内にお支払い情報を更新しない場合、アカウントは停止されます。\n\n[[https://www.amazon.co.jp/ap/signin|http://amazon-co-jp.xyz-account.com/signin]]\n\nAmazon.co.jp",
   "payment_issue", True, note="look-alike domain, JP phishing style"),
]


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------
AMZ_SELLER = {"amazon.com": "Amazon.com Services LLC", "amazon.co.uk": "Amazon EU S.a r.l., UK Branch", "amazon.ca": "Amazon.com.ca ULC",
              "amazon.com.au": "Amazon Commercial Services Pty Ltd", "amazon.in": "Appario Retail Private Ltd",
              "amazon.de": "Amazon EU S.à r.l.", "amazon.fr": "Amazon EU S.à r.l.", "amazon.es": "Amazon EU S.à r.l.",
              "amazon.it": "Amazon Italia Transport", "amazon.co.jp": "Amazon.co.jp"}
TP_SELLER = {"amazon.com": ["TechDeals Direct", "Northwind Outlet"], "amazon.co.uk": ["Harbour Books Ltd", "BritHome Supplies"],
             "amazon.ca": ["Maple Leaf Gadgets"], "amazon.com.au": ["Koala Home Supplies"], "amazon.in": ["Sunrise Retail India"]}

WEEKDAYS = {
 "en": (["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]),
 "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]),
 "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]),
 "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]),
 "it": (["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]),
 "ja": (["月", "火", "水", "木", "金", "土", "日"], None),
}


def day_str(lang, d):
    wd, mo = WEEKDAYS[lang]
    w = wd[d.weekday()]
    if lang == "en":
        return "%s, %s %d" % (w, mo[d.month - 1], d.day)
    if lang == "de":
        return "%s, %d. %s" % (w, d.day, mo[d.month - 1])
    if lang == "fr":
        return "%s %d %s" % (w, d.day, mo[d.month - 1])
    if lang == "es":
        return "%s, %d de %s" % (w, d.day, mo[d.month - 1])
    if lang == "it":
        return "%s %d %s" % (w, d.day, mo[d.month - 1])
    return "%d月%d日(%s)" % (d.month, d.day, w)


def uk(mp, s):
    if mp in MP and MP[mp].get("spell") == "uk":
        for a, b in (("canceled", "cancelled"), ("Canceled", "Cancelled"), ("apologize", "apologise"),
                     ("authorization", "authorisation")):
            s = s.replace(a, b)
    return s


def make_items(lang, mp, n, rng, seller, force=None):
    pool = ITEMS[lang]
    picks = force if force else rng.sample(range(len(pool)), n)
    out = []
    for k in picks:
        name, p = pool[k]
        if lang == "en":
            p = PRICE_FACTOR[mp] * p
            p = round(p) - 0.01 if mp != "amazon.in" else float(round(p / 10) * 10 - 1)
        qty = rng.choice([1, 1, 1, 1, 2])
        out.append(dict(name=name, qty=qty, seller=seller, price=p * qty, price_s=money(mp, p * qty)))
    return out


def items_text(lang, items):
    ui = UI[lang]
    return "\n".join("  %s %s\n    %s %s  %s" % (ui["bullet"], it["name"], ui["qty"], it["qty"], it["price_s"]) for it in items)


def short(name, n=40):
    return name if len(name) <= n else name[:n].rstrip() + "..."


LINK_RE = re.compile(r"\[\[(.*?)\|(.*?)\]\]")


def text_links(s):
    return LINK_RE.sub(lambda m: m.group(2), s)


def simple_html(title, text, brand=None, amazon_mp=None, link_style="#0066c0"):
    """Simple HTML for non-notices and lookalikes. Amazon-looking wrapper when amazon_mp/brand given."""
    parts = []
    for para in [p for p in text.split("\n\n") if p.strip()]:
        lines = []
        for l in para.split("\n"):
            pieces, last = [], 0
            for m in LINK_RE.finditer(l):
                pieces.append(esc(l[last:m.start()]))
                pieces.append('<a href="%s" style="color:%s">%s</a>' % (htmlmod.escape(m.group(2)), link_style, esc(m.group(1))))
                last = m.end()
            pieces.append(esc(l[last:]))
            lines.append("".join(pieces))
        parts.append('<tr><td style="padding-bottom:16px">%s</td></tr>' % "<br />".join(lines))
    logo = ""
    if brand:
        logo = ('<table class="brandTable"><tr><td><img class="brandImage" alt="%s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" /></td></tr></table>'
                % esc(brand))
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title>%s</title>
  <style>%s</style>
 </head>
 <body>
  <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tr><td class="emailBodyTD">
   %s
   <table class="emailContainer" cellpadding="0" cellspacing="0"><tr><td class="emailContainerTD">
    <table class="informationTable">
    %s
    </table>
   </td></tr></table>
  </td></tr></table>
 </body>
</html>
""" % (esc(title), MODERN_CSS, logo, "\n    ".join(parts))


def std_headers(frm_name, frm_addr, to, subject, dt, msgid, extra_before=(), extra_after=()):
    h = list(extra_before)
    h += [("From", '"%s" <%s>' % (frm_name, frm_addr) if frm_name else frm_addr), ("To", to),
          ("Subject", subject), ("Date", format_datetime(dt)), ("Message-ID", msgid), ("MIME-Version", "1.0")]
    h += list(extra_after)
    return h


def amazon_envelope(mp, dt, rng, with_auth, auth_style=None):
    region = MP[mp]["ses"]
    before = [("Return-Path", "<%s%s@bounces.%s>" % (dt.strftime("%Y%m%d%H%M%S"), hexid(16, rng), mp)),
              ("Received", received_ses(mp, dt, rng))]
    if with_auth:
        before.insert(0, ("Authentication-Results", auth_results(mp, rng, style=auth_style)))
    after = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
             ("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, hexid(43, rng)))]
    return before, after


def finalize(lang, i, fmt, subject, text, html, headers):
    cte, cs = pick_cte(lang, i, fmt)
    jis = False
    if cs == "iso-2022-jp":
        if can_jis(subject, text if fmt != "html" else None, html if fmt != "text" else None):
            jis = True
            if html:
                html = html.replace("charset=UTF-8", "charset=ISO-2022-JP")
            # ISO-2022-JP mails traditionally carry plain addresses
            headers = [(n, v) if n != "To" else (n, v.split("<")[-1].rstrip(">") if "<" in v else v) for n, v in headers]
        else:
            cte, cs = "quoted-printable", "utf-8"
    return build_eml(headers, subject, text=text, html=html, fmt=fmt, cte=cte, charset=cs, jis_subject=jis), cte, cs


def render_notice(lang, i, spec, fmt, with_auth, rng):
    mp = spec.get("mp") or DEFAULT_MP[lang]
    ui = UI[lang]
    base = "https://www.%s" % mp
    brand = MP[mp]["brand"]
    order = order_no(mp, rng)
    n = spec.get("n") or rng.choice([1, 1, 1, 2, 3])
    seller = rng.choice(TP_SELLER.get(mp, SELLERS[lang][1:])) if spec.get("seller") else AMZ_SELLER[mp]
    items = make_items(lang, mp, n, rng, seller)
    name = rng.choice(NAMES[lang])
    fill = dict(order=order, item=items[0]["name"], item_short=short(items[0]["name"]), seller=seller,
                card="%04d" % rng.randrange(10000), price=items[0]["price_s"], total=money(mp, sum(x["price"] for x in items)),
                brand=brand, base=base, name=name)
    core = spec["core"].format(**fill)
    subject = spec["subject"].format(**fill)
    greet = rng.choice(ui["greet"]).format(name=name.split(" ")[0] if lang != "ja" else name, brand=brand)
    cancelled = items[:1] if spec.get("partial") else items
    refund = uk(mp, rng.choice(ui["refund"]))
    helpl = uk(mp, rng.choice(ui["help"]).format(base=base))
    after = refund + "\n\n" + helpl if rng.random() < 0.7 else helpl + "\n\n" + refund
    closing = rng.choice(ui["closing"]).format(brand=brand)
    foot = rng.sample(ui["footer_sec"], rng.choice([1, 2]))
    foot = [f.format(base=base) for f in foot] + [rng.choice(ui["footer_misc"]).format(year=rng.choice([2023, 2024]))]
    if mp in ui["legal"]:
        foot.append(ui["legal"][mp])
    footer = "\n\n".join(foot)
    title = uk(mp, rng.choice(ui["titles"]))
    uil = dict(ui)
    uil["cancelled_heading"] = uk(mp, ui["cancelled_heading"])
    total = fill["total"] if rng.random() < 0.5 else None
    text = html = None
    if fmt in ("text", "alt"):
        text = text_layout(mp, uil, title, order, greet, core, cancelled, after, closing, footer, rng.randrange(2), total)
    if fmt in ("html", "alt"):
        tmpl = html_classic if rng.random() < 0.5 else html_modern
        html = tmpl(mp, uil, title, order, greet, core, cancelled, after, closing, footer, total)
    dt = localize(spec["_dt"], mp)
    if spec.get("seller"):
        frm_name = "%s - %s Marketplace" % (seller, brand) if lang != "ja" else "%s - Amazon.co.jp" % seller
    else:
        frm_name = brand if rng.random() < 0.8 else {"en": "%s Customer Service", "de": "%s Kundenservice", "fr": "Service Client %s",
                                                      "es": "Atención al Cliente %s", "it": "Servizio Clienti %s", "ja": "%s カスタマーサービス"}[lang] % brand
    before, after_h = amazon_envelope(mp, dt, rng, with_auth)
    extra = [("Reply-To", "no-reply@%s" % mp)] if rng.random() < 0.4 else []
    msgid = ses_msgid(mp, dt, rng)
    headers = std_headers(frm_name, "%s@%s" % (spec["sender"], mp), '"%s" <%s>' % (name, rng.choice(MAILBOX)), subject, dt, msgid,
                          before, extra + after_h)
    data, cte, cs = finalize(lang, i, fmt, subject, text, html, headers)
    return data, dict(order=order, items=items, name=name, card=fill["card"], msgid=msgid, mp=mp, cte=cte, charset=cs)


def render_thread_early(key, info, dt, fmt, i, rng):
    t = THREADS[key]
    lang, mp = t["lang"], t["mp"]
    base = "https://www.%s" % mp
    fill = dict(order=info["order"], name=info["name"].split(" ")[0] if lang != "ja" else info["name"], card=info["card"],
                base=base, brand=MP[mp]["brand"], items=items_text(lang, info["items"]))
    subject = t["subject"].format(**fill)
    text = t["text"].format(**fill)
    html = simple_html(subject, text, brand=MP[mp]["brand"]) if fmt != "text" else None
    dtl = localize(dt, mp)
    before, after_h = amazon_envelope(mp, dtl, rng, True)
    msgid = ses_msgid(mp, dtl, rng)
    headers = std_headers(MP[mp]["brand"], "%s@%s" % (t["sender"], mp), '"%s" <%s>' % (info["name"], MAILBOX[0]), subject, dtl, msgid,
                          before, after_h)
    data, cte, cs = finalize(lang, i, fmt, subject, text, html, headers)
    return data, msgid


def render_non_notice(i, x, rng):
    lang = x["lang"]
    mp = x.get("mp")
    omp = mp or x.get("order_mp") or DEFAULT_MP.get(lang, "amazon.com")
    base = "https://www.%s" % omp
    name = rng.choice(NAMES[lang])
    items = make_items(lang, omp, rng.choice([1, 2]), rng, AMZ_SELLER[omp], force=x.get("items_force"))
    dt = rand_date(rng)
    fill = dict(order=order_no(omp, rng), name=name.split(" ")[0] if lang != "ja" else name, base=base,
                brand=MP[omp]["brand"], items=items_text(lang, items), item_short=short(items[0]["name"]),
                total=money(omp, sum(it["price"] for it in items)), card="%04d" % rng.randrange(10000),
                weekday=day_str(lang, (dt + datetime.timedelta(days=rng.randrange(2, 20))).date()))
    subject = x["subject"].format(**fill)
    text = x["text"].format(**fill)
    fmt = x["fmt"]
    html = simple_html(subject, text, brand=MP[mp]["brand"] if mp else None) if fmt != "text" else None
    frm_name, frm_addr = x["frm"]
    dom = frm_addr.split("@")[1]
    if mp:
        dtl = localize(dt, mp)
        before, after_h = amazon_envelope(mp, dtl, rng, bool(x.get("auth")))
        msgid = ses_msgid(mp, dtl, rng)
    else:
        dtl = localize(dt, omp)
        before, after_h = [], []
        if x.get("auth"):
            before = [("Authentication-Results", auth_results(x["auth"], rng))]
        msgid = "<%s.%s@%s>" % (hexid(16, rng), hexid(6, rng), dom if "gmail" not in dom else "mail.gmail.com")
    headers = std_headers(frm_name, frm_addr, '"%s" <%s>' % (name, rng.choice(MAILBOX)), subject, dtl, msgid, before, after_h)
    data, cte, cs = finalize(lang, i, fmt, subject, text_links(text), html, headers)
    return data, mp


def render_lookalike(i, x, rng):
    lang = x["lang"]
    subject = x["subject"]
    text = x["text"]
    fmt = x["fmt"]
    html = simple_html(subject, text, brand="Amazon") if fmt != "text" else None
    frm_name, frm_addr = x["frm"]
    dom = frm_addr.split("@")[1]
    dt = rand_date(rng)
    before = []
    if x.get("auth"):
        a = x["auth"]
        before.append(("Authentication-Results", auth_results(dom, rng, dkim=a["dkim"], dmarc=a["dmarc"], spf=a.get("spf", "pass"),
                                                            fromdom=a.get("fromdom", dom), dkimdom=a["dkimdom"])))
    if x.get("return_path"):
        before.insert(0, ("Return-Path", x["return_path"]))
    after_h = [("Reply-To", x["reply_to"])] if x.get("reply_to") else []
    if "gmail.com" in dom:
        msgid = "<CA%s@mail.gmail.com>" % hexid(40, rng)
    else:
        msgid = "<%s@%s>" % (hexid(20, rng), dom)
    headers = std_headers(frm_name, frm_addr, rng.choice(MAILBOX), subject, dt, msgid, before, after_h)
    data, cte, cs = finalize(lang, i + 1, fmt, subject, text_links(text), html, headers)
    return data


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    entries = []  # dict(data, label, pair)
    fmt_rng = random.Random(7)
    for lang in ["en", "de", "fr", "es", "it", "ja"]:
        specs = NOTICES[lang]
        assert len(specs) == 20, lang
        fmts = ["text"] * 10 + ["alt"] * 5 + ["html"] * 5
        auths = [True] * 10 + [False] * 10
        fmt_rng.shuffle(fmts)
        fmt_rng.shuffle(auths)
        for i, spec in enumerate(specs):
            spec = dict(spec)
            dt = rand_date(R)
            spec["_dt"] = dt
            if spec.get("thread"):
                edt = dt - datetime.timedelta(days=R.randrange(2, 7), minutes=R.randrange(600))
            data, info = render_notice(lang, i, spec, fmts[i], auths[i], R)
            label = dict(kind="notice", language=lang, cause=spec["cause"], states_reason=spec["states"],
                         marketplace=info["mp"], note=spec.get("note", ""))
            e = dict(data=data, label=label)
            if spec.get("thread"):
                efmt = "alt" if i % 2 else "text"
                edata, emsgid = render_thread_early(spec["thread"], info, edt, efmt, i + 1, R)
                if lang in ("en", "fr", "ja"):
                    # some clients thread by References; re-render cancellation carrying it
                    data = rerender_with_refs(data, emsgid)
                    e["data"] = data
                el = dict(kind="non_notice", language=lang, cause=None, states_reason=False, marketplace=info["mp"],
                          note="thread: earlier mail (%s) about order %s" % (THREADS[spec["thread"]]["sender"], info["order"]))
                early = dict(data=edata, label=el)
                e["pair"] = early
                e["label"]["note"] = "thread: cause from earlier mail; order %s" % info["order"]
                entries.append(early)
            entries.append(e)
    for i, x in enumerate(NON_NOTICES):
        data, mp = render_non_notice(i, x, R)
        entries.append(dict(data=data, label=dict(kind="non_notice", language=x["lang"], cause=None, states_reason=False,
                                                  marketplace=mp, note=x["note"])))
    for i, x in enumerate(LOOKALIKES):
        data = render_lookalike(i, x, R)
        entries.append(dict(data=data, label=dict(kind="lookalike", language=x["lang"], cause=x["cause"],
                                                  states_reason=x["states"], marketplace=None, note=x["note"])))
    # shuffle file order, but keep each thread's earlier mail before its cancellation
    order_rng = random.Random(99)
    order_rng.shuffle(entries)
    for e in entries:
        if "pair" in e:
            a, b = entries.index(e["pair"]), entries.index(e)
            if a > b:
                entries[a], entries[b] = entries[b], entries[a]
    labels = []
    names = {}
    for k, e in enumerate(entries, 1):
        names[id(e)] = "n%03d.eml" % k
    for k, e in enumerate(entries, 1):
        fn = names[id(e)]
        if "pair" in e:
            e["label"]["note"] += " (earlier mail: %s)" % names[id(e["pair"])]
            e["pair"]["label"]["note"] += " (cancellation follows: %s)" % fn
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(e["data"])
    for k, e in enumerate(entries, 1):
        lab = dict(file=names[id(e)])
        lab.update(e["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote %d files" % len(labels))


def rerender_with_refs(data, msgid):
    """Insert In-Reply-To/References headers right after Message-ID (header block only)."""
    head, sep, body = data.partition(b"\n\n")
    lines = head.split(b"\n")
    out = []
    for l in lines:
        out.append(l)
        if l.lower().startswith(b"message-id:"):
            out.append(b"References: " + msgid.encode())
            out.append(b"In-Reply-To: " + msgid.encode())
    return b"\n".join(out) + sep + body


if __name__ == "__main__":
    main()
