#!/usr/bin/env python3
"""Regenerate blind test batch f1: 60 raw .eml files in ./mail and ./labels.json.

Three languages (en, de, nl) x (6 notice + 6 non_notice + 8 lookalike).
All texts live in the data structures below; the script only renders them.
Deterministic: fixed random seed, fixed dates.
"""
import base64
import json
import os
import quopri
import re
import random
from datetime import datetime, timedelta, timezone
from html import escape
from email.message import Message
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
SEED = 0xF1F1
rng = random.Random(SEED)

# ---------------------------------------------------------------- helpers

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


def md_text(s):
    """[label](url) -> 'label: url' for text parts (url alone if label is the url)."""
    def rep(m):
        label, url = m.group(1), m.group(2)
        if label == url:
            return url
        return "%s: %s" % (label, url)
    return LINK.sub(rep, s)


def md_html(s, href=None):
    """Escape text, turn [label](url) into anchors; href maps urls (phishing)."""
    out, pos = [], 0
    for m in LINK.finditer(s):
        out.append(escape(s[pos:m.start()], quote=False))
        url = href(m.group(2)) if href else m.group(2)
        out.append('<a href="%s">%s</a>' % (escape(url), escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode("ascii", "surrogateescape")


def fix_cte(text, charset, cte):
    if cte == "8bit":
        try:
            text.encode("ascii")
            return "7bit"
        except UnicodeEncodeError:
            pass
    return cte


def set_leaf(msg, subtype, text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    cte = fix_cte(text, charset, cte)
    msg.add_header("Content-Type", "text/" + subtype, charset=charset)
    msg["Content-Transfer-Encoding"] = cte
    msg.set_payload(enc_body(text, charset, cte))


def hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, upper=False):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else \
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(chars) for _ in range(n))


def order_no(prefix):
    return "%s-%07d-%07d" % (prefix, rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7))


def when(y, mo, d, h, mi, tzh=0):
    return datetime(y, mo, d, h, mi, rng.randrange(60), tzinfo=timezone(timedelta(hours=tzh)))


def boundary(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 6, 10 ** 8), rng.randrange(10 ** 8, 10 ** 10),
                                         rng.randrange(1700000000000, 1750000000000))
    if style == "gmail":
        return "0000000000" + rhex(18)
    if style == "apple":
        return "Apple-Mail=_" + rhex(8).upper() + "-" + rhex(4).upper() + "-" + rhex(4).upper() + "-" + \
            rhex(4).upper() + "-" + rhex(12).upper()
    if style == "outlook":
        return "_000_" + ralnum(36, upper=True) + "_"
    return "=_" + rhex(24)


def amazon_msgid(tld, dt):
    region = "email.amazonses.com" if tld in ("com", "ca", "in", "com.au", "sg", "co.za") \
        else "eu-west-1.amazonses.com"
    ms = int(dt.timestamp() * 1000)
    return "<%s%012x-%s-%s-%s-%s-%s-000000@%s>" % (
        "0100" if region.startswith("email") else "0102", ms, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12), region)


def generic_msgid(domain):
    return "<%s.%s@%s>" % (ralnum(16, True), rhex(8), domain)


def return_path_amazon(tld, dt):
    return "<%s%s@bounces.amazon.%s>" % (dt.strftime("%Y%m%d%H%M%S"), rhex(20), tld)


def received_ses(tld, to, dt):
    mx = mx_for(to)[1]
    eu = tld not in ("com", "ca", "in", "com.au", "sg", "co.za")
    host = ("a7-%d.smtp-out.eu-west-1.amazonses.com" % rng.randrange(10, 60)) if eu else \
        ("a8-%d.smtp-out.amazonses.com" % rng.randrange(10, 90))
    ip = ("54.240.7.%d" if eu else "54.240.8.%d") % rng.randrange(2, 250)
    return ("from %s (%s. [%s])\n        by %s with ESMTPS id %s\n        for <%s>"
            "\n        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, mx, ralnum(20), to, format_datetime(dt + timedelta(seconds=2))))


def received_generic(helo, ip, to, dt, mx="mx.google.com"):
    return ("from %s (%s [%s])\n        by %s with ESMTPS id %s\n        for <%s>;\n        %s"
            % (helo, helo, ip, mx, ralnum(20), to, format_datetime(dt + timedelta(seconds=3))))


def mx_for(to):
    dom = to.rsplit("@", 1)[-1].lower()
    if dom == "gmail.com":
        return "gmail", "mx.google.com"
    if dom in ("outlook.com", "hotmail.com", "live.com"):
        return "outlook", "BN8NAM12FT047.mail.protection.outlook.com"
    return "generic", "mx." + dom


def auth_pass(tld, to):
    """Passing SPF/DKIM/DMARC for amazon.<tld>, in the style of the recipient's provider."""
    d = "amazon." + tld
    style, mx = mx_for(to)
    sel = ralnum(32).lower()
    b = ralnum(8)
    bounce = "%s@bounces.%s" % (rhex(24), d)
    ip = "54.240.%d.%d" % (rng.randrange(1, 12), rng.randrange(2, 250))
    if style == "gmail":
        return ("mx.google.com;\n       dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                "       dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
                "       spf=pass (google.com: domain of %s designates %s as permitted sender)"
                " smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                % (d, d, sel, b, ralnum(32).lower(), ralnum(8), bounce, ip, bounce, d))
    if style == "outlook":
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=bounces.%s; dkim=pass (signature was verified)\n"
                " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
                % (ip, d, d, d))
    return ("%s;\n    dkim=pass (1024-bit rsa key sha256) header.d=%s header.i=@%s"
            " header.b=%s header.a=rsa-sha256 header.s=%s;\n"
            "    dmarc=pass (p=quarantine,d=none) header.from=%s;\n    spf=pass smtp.mailfrom=%s smtp.helo=%s"
            % (mx, d, d, b, sel, d, bounce, "a7-%d.smtp-out.eu-west-1.amazonses.com" % rng.randrange(10, 60)))


# ---------------------------------------------------------------- Amazon look

LABELS = {
    "en": dict(orders="Your Orders", account="Your Account", order="Order #", qty="Qty", sold="Sold by",
               total="Item Subtotal", hello="Hello", cs="Customer Service",
               hope="We hope to see you again soon.",
               notif="Please note: This email was sent from a notification-only address that can't accept "
                     "incoming email. Please do not reply to this message."),
    "de": dict(orders="Meine Bestellungen", account="Mein Konto", order="Bestellung #", qty="Menge",
               sold="Verkauf durch", total="Zwischensumme", hello="Guten Tag", cs="Kundenservice",
               hope="Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen.",
               notif="Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die keine "
                     "eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."),
    "nl": dict(orders="Je bestellingen", account="Je account", order="Bestelling #", qty="Aantal",
               sold="Verkocht door", total="Subtotaal artikelen", hello="Hallo", cs="Klantenservice",
               hope="We hopen je snel weer te zien.",
               notif="Let op: deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan "
                     "ontvangen. Beantwoord dit bericht niet."),
    "nl-be": dict(orders="Uw bestellingen", account="Uw account", order="Bestelling #", qty="Aantal",
                  sold="Verkocht door", total="Subtotaal artikelen", hello="Hallo", cs="Klantenservice",
                  hope="We hopen u snel terug te zien.",
                  notif="Opgelet: deze e-mail werd verzonden vanaf een adres dat geen inkomende e-mails kan "
                        "ontvangen. Gelieve niet op dit bericht te antwoorden."),
}


def security_footer(lang, tld):
    b = "https://www.amazon." + tld
    if lang == "en":
        return [
            "Amazon will never ask you to disclose or verify your password, bank account details or full card "
            "number in an email, a text message or a phone call we did not initiate.",
            "If your card number has changed or your card has expired, update it in "
            "[Your Account > Your Payments](%s/cpe/yourpayments/wallet?ref_=pe_cxl_wallet)." % b,
            "To report a suspicious email that claims to come from Amazon, visit our "
            "[Help pages on suspicious emails](%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B)." % b,
            "For answers to other questions, visit [%s](%s/gp/help/customer/display.html?ref_=pe_cxl_help)."
            % (LABELS["en"]["cs"], b),
        ]
    if lang == "de":
        return [
            "Amazon wird Sie niemals per E-Mail, SMS oder in einem nicht von Ihnen veranlassten Anruf auffordern, "
            "Ihr Passwort, Ihre Bankverbindung oder Ihre vollständige Kartennummer preiszugeben oder zu bestätigen.",
            "Falls sich Ihre Kartennummer geändert hat oder Ihre Karte abgelaufen ist, aktualisieren Sie die "
            "Angaben unter [Mein Konto > Meine Zahlungen](%s/cpe/yourpayments/wallet?ref_=pe_cxl_wallet)." % b,
            "Verdächtige E-Mails, die angeblich von Amazon stammen, können Sie über unsere "
            "[Hilfeseite zu verdächtigen E-Mails](%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B) melden."
            % b,
            "Antworten auf weitere Fragen finden Sie in unserem "
            "[Kundenservice](%s/gp/help/customer/display.html?ref_=pe_cxl_help)." % b,
        ]
    if lang == "nl":
        return [
            "Amazon zal je nooit per e-mail, sms of in een telefoongesprek dat je niet zelf hebt aangevraagd "
            "vragen om je wachtwoord, bankgegevens of volledige kaartnummer door te geven of te bevestigen.",
            "Is je kaartnummer gewijzigd of is je kaart verlopen? Werk de gegevens dan bij via "
            "[Je account > Je betalingen](%s/cpe/yourpayments/wallet?ref_=pe_cxl_wallet)." % b,
            "Verdachte e-mails die van Amazon lijken te komen, kun je melden via onze "
            "[hulppagina over verdachte e-mails](%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B)." % b,
            "Antwoorden op andere vragen vind je bij [Klantenservice](%s/gp/help/customer/display.html?ref_=pe_cxl_help)."
            % b,
        ]
    # nl-be (formal)
    return [
        "Amazon zal u nooit per e-mail, sms of in een telefoongesprek dat u niet zelf heeft aangevraagd vragen "
        "om uw wachtwoord, bankgegevens of volledige kaartnummer door te geven of te bevestigen.",
        "Is uw kaartnummer gewijzigd of is uw kaart vervallen? Werk de gegevens dan bij via "
        "[Uw account > Uw betalingen](%s/cpe/yourpayments/wallet?ref_=pe_cxl_wallet)." % b,
        "Verdachte e-mails die van Amazon lijken te komen, kunt u melden via onze "
        "[hulppagina over verdachte e-mails](%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B)." % b,
        "Antwoorden op andere vragen vindt u bij [Klantenservice](%s/gp/help/customer/display.html?ref_=pe_cxl_help)."
        % b,
    ]


LEGAL = {
    "com": "Amazon.com, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.",
    "ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario, Canada, M5H 3Y2.",
    "com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, "
              "Sydney NSW 2000.",
    "in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th floor, 26/1, Dr. Rajkumar Road, "
          "Malleshwaram (W), Bangalore 560055.",
    "sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481.",
    "co.za": "Amazon Retail South Africa (Pty) Ltd, Cape Town.",
    "EU": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Share capital: EUR 125.000; "
          "RCS Luxembourg No: B 101818; Luxembourg VAT Registration Number: LU 20260743.",
    "EU-de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Stammkapital: EUR 125.000; "
             "RCS Luxemburg Nr.: B 101818; USt-IdNr.: LU 20260743. Amazon EU S.à r.l. (Niederlassung "
             "Deutschland), Marcel-Breuer-Str. 12, 80807 München, HRB 218574.",
    "EU-nl": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Maatschappelijk kapitaal: "
             "EUR 125.000; RCS Luxemburg nr.: B 101818; btw-nummer: LU 20260743.",
}


def legal_for(lang, tld):
    if lang == "de":
        return LEGAL["EU-de"]
    if lang.startswith("nl"):
        return LEGAL["EU-nl"]
    return LEGAL.get(tld, LEGAL["EU"])


CLASSIC_CSS = """<style type="text/css">
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
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
#itemDetails td { padding:10px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#legalCopy td { color:#666; font-size:11px; line-height:15px; padding-top:20px; }
#legalCopy p { font-size:11px; line-height:15px; color:#666; }
</style>"""


def classic_html(c):
    L, base, href = c["L"], c["base"], c.get("href")
    u = (lambda x: href(x)) if href else (lambda x: x)
    h = md_html
    rows = []
    for it in c.get("items", []):
        seller = ('<br /><span style="color:#666;">%s: %s</span>' % (escape(L["sold"]), escape(it["seller"]))
                  if it.get("seller") else "")
        rows.append(
            '<tr>\n <td class="name"><a href="%s">%s</a>%s<br /><span style="color:#666;">%s: %s</span></td>\n'
            ' <td class="price"><strong>%s</strong></td>\n</tr>'
            % (escape(u(base + "/dp/" + it.get("asin", "B0" + ralnum(8, True)))), escape(it["name"]), seller,
               escape(L["qty"]), it.get("qty", 1), escape(it["price"])))
    items_block = ""
    if rows:
        items_block = (
            '<tr>\n <td>\n  <table id="orderDetails" cellpadding="0">\n   <tbody>\n    <tr><td><h3>%s</h3></td></tr>\n'
            '   </tbody>\n  </table>\n  <table id="itemDetails" cellpadding="0">\n   <tbody>\n%s\n   </tbody>\n  </table>\n'
            ' </td>\n</tr>' % (escape(c.get("items_heading", "")), "\n".join(rows)))
    order_line = ""
    if c.get("order"):
        order_line = ' %s<a href="%s">%s</a>' % (
            escape(L["order"]), escape(u(base + "/gp/your-account/order-details?orderID=" + c["order"])),
            escape(c["order"]))
    paras = "\n".join("<p>%s</p>" % h(p, href) for p in c.get("paras", []))
    after = "\n".join("<p>%s</p>" % h(p, href) for p in c.get("after", []))
    closing = "\n".join("<p>%s</p>" % h(p, href) for p in c.get("closing", []))
    footer = "\n".join("<p>%s</p>" % h(p, href) for p in c.get("footer", []))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  %(css)s
  <title>%(brand)s</title>
 </head>
 <body><img width="1" height="1" src="%(pix)s" />
  <table id="container" cellpadding="0">
   <tbody>
    <tr>
     <td class="frame">
      <table id="main" cellpadding="0">
       <tbody>
        <tr>
         <td>
          <table id="header" cellpadding="0">
           <tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" width="115" height="1" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(ordersurl)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(accturl)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(brand)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2>%(order_line)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(hello)s</span>
%(paras)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
%(items)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td>
%(after)s
%(closing)s
              <p><br />%(hope)s<br /><span class="signature"><strong>%(brand)s</strong></span></p>
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy">
           <tbody>
            <tr>
             <td> <span>
%(footer)s
             </span> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 <img width="1" height="1" src="%(pix)s" /></body>
</html>
""" % dict(cs=c.get("cs", "UTF-8").upper(), css=CLASSIC_CSS, brand=escape(c["brand"]),
           pix=escape(u(base + "/gp/r.html?C=%s&R=%s&T=O&U=%s" % (ralnum(13, True), ralnum(13, True),
                                                                   "https%3A%2F%2Fimages-eu.ssl-images-amazon.com"
                                                                   "%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif"))),
           home=escape(u(base + "/ref=pe_cxl_logo")), ordersurl=escape(u(base + "/gp/css/order-history?ref_=pe_cxl_yo")),
           accturl=escape(u(base + "/gp/css/homepage.html?ref_=pe_cxl_ya")), orders=escape(L["orders"]),
           account=escape(L["account"]), title=escape(c["title"]), order_line=order_line,
           hello=escape(c["hello"]), paras=paras, items=items_block, after=after, closing=closing,
           hope=escape(c.get("hope", L["hope"])), footer=footer)


MODERN_CSS = """<style>
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
td { font-family:"Amazon Ember", Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { padding: 23px 18px 21px 17px; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.emailContainerTD { padding: 25px 23px 33px 23px; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.informationTable td { padding-bottom:18px; }
.informationTable a { color:#002E36; text-decoration:underline; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.itemTitle { padding-left:16px; font-size:15px; line-height:20px; }
.itemTitle a { color:#008296; text-decoration:none; }
.emailClosing { font-size:11px; line-height:15px; color:#868686; }
.emailClosing a { color:#868686; }
</style>"""


def modern_html(c):
    L, base, href = c["L"], c["base"], c.get("href")
    u = (lambda x: href(x)) if href else (lambda x: x)
    items = ""
    for it in c.get("items", []):
        items += ("""       <tr><td class="itemImage" width="84"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" width="84" alt="" /></td>
        <td class="itemTitle"><a href="%s">%s</a><br /><span style="color:#565959;">%s: %s &nbsp; %s</span></td></tr>
""" % (ralnum(11), escape(u(base + "/dp/" + it.get("asin", "B0" + ralnum(8, True)))), escape(it["name"]),
            escape(L["qty"]), it.get("qty", 1), escape(it["price"])))
    blocks = "\n".join('       <tr><td>%s</td></tr>' % md_html(p, href) for p in c.get("paras", []))
    after = "\n".join('       <tr><td>%s</td></tr>' % md_html(p, href) for p in c.get("after", []) + c.get("closing", []))
    footer = "<br /><br />\n".join(md_html(p, href) for p in c.get("footer", []))
    order = ""
    if c.get("order"):
        order = ('<table class="orderIdTable" width="100%%"><tr><td>%s<a href="%s">%s</a></td></tr></table>'
                 % (escape(L["order"]), escape(u(base + "/gp/your-account/order-details?orderID=" + c["order"])),
                    escape(c["order"])))
    head = ('<tr><td style="font-size:18px;color:#C45500;padding-bottom:10px;">%s</td></tr>'
            % escape(c.get("items_heading", ""))) if c.get("items") else ""
    return """    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  %(css)s
 </head>
 <body>
  <table class="emailBody" align="center"><tr><td class="emailBodyTD">
   <table class="brandTable" width="100%%"><tr>
    <td><a href="%(home)s"><img class="brandImage" alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="130" /></a></td>
   </tr></table>
   <table class="emailContainer" width="100%%"><tr><td class="emailContainerTD">
    <table class="greetingTable" width="100%%"><tr><td>%(hello)s</td></tr></table>
    <table class="informationTable" width="100%%">
%(blocks)s
    </table>
    %(order)s
    <table class="orderDetailsTable" width="100%%">
%(head)s
%(items)s    </table>
    <table class="informationTable" width="100%%">
%(after)s
    </table>
   </td></tr></table>
   <table width="100%%"><tr><td class="emailClosing"><br />%(footer)s<br /><br />%(legal_note)s</td></tr></table>
  </td></tr></table>
  <img width="1" height="1" src="%(pix)s" />
 </body>
</html>
""" % dict(cs=c.get("cs", "UTF-8").upper(), css=MODERN_CSS, home=escape(u(base + "/ref=pe_cxl_logo")),
           brand=escape(c["brand"]), hello=escape(c["hello"]), blocks=blocks, order=order, head=head, items=items,
           after=after, footer=footer,
           legal_note="" if L["notif"] in c.get("footer", []) else escape(L["notif"]),
           pix=escape(u(base + "/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=E&U=%s" % (
               ralnum(13, True), rhex(40), ralnum(13, True), "https%3A%2F%2Fimages-na.ssl-images-amazon.com%2F"))))


RULE = "_" * 75


def amz_text(c):
    L = c["L"]
    lines = []
    if c.get("title"):
        lines.append("%s %s" % (c["brand"], c["title"]))
    if c.get("order"):
        lines.append("%s%s" % (L["order"], c["order"]))
    lines.append(c["base"] + "/ref=TE_tex_g")
    lines += [RULE, "", c["hello"], ""]
    for p in c.get("paras", []):
        lines += [md_text(p), ""]
    if c.get("items"):
        lines += [c.get("items_heading", ""), "=" * 60]
        for it in c["items"]:
            lines.append("%s %s" % (it.get("qty", 1), it["name"]))
            if it.get("seller"):
                lines.append("  %s: %s" % (L["sold"], it["seller"]))
            lines.append("  %s" % it["price"])
            lines.append("")
        lines += ["=" * 60, ""]
    for p in c.get("after", []) + c.get("closing", []):
        lines += [md_text(p), ""]
    lines += [c.get("hope", L["hope"]), c["brand"], RULE, ""]
    for p in c.get("footer", []):
        lines += [md_text(p), ""]
    return "\n".join(lines)


def amz_ctx(lang, tld, **kw):
    """Context for an Amazon-looking mail; footer defaults to security advice + legal + notif."""
    L = LABELS[lang]
    base = "https://www.amazon." + tld
    brand = "Amazon." + tld
    foot = kw.pop("footer", None)
    if foot is None:
        foot = security_footer(lang, tld) + [legal_for(lang, tld), L["notif"]]
    c = dict(L=L, base=base, brand=brand, footer=foot)
    c.update(kw)
    return c


def simple_html(paras, title=None, sig=None, footer=None, cs="utf-8", href=None, style="font-family:Arial,sans-serif;font-size:14px;color:#222;"):
    body = "".join("<p>%s</p>\n" % md_html(p, href) for p in paras)
    t = "<h2 style=\"font-size:20px;\">%s</h2>\n" % escape(title) if title else ""
    s = "<p>%s</p>\n" % md_html(sig, href) if sig else ""
    f = ('<hr style="border:0;border-top:1px solid #ddd;" />\n<p style="font-size:11px;color:#888;">%s</p>\n'
         % "<br />\n".join(md_html(x, href) for x in footer)) if footer else ""
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body>\n<div style="%s">\n%s%s%s%s</div>\n</body>\n</html>\n' % (cs, style, t, body, s, f))


def simple_text(paras, title=None, sig=None, footer=None):
    out = []
    if title:
        out += [title, ""]
    for p in paras:
        out += [md_text(p), ""]
    if sig:
        out += [md_text(sig), ""]
    if footer:
        out += ["--", ""] + [md_text(x) for x in footer]
    return "\n".join(out)


# ---------------------------------------------------------------- records

MAILS = []


def mail(kind, lang, cause, states_reason, marketplace, note, from_, to, subject, dt, fmt,
         text=None, html=None, cs="utf-8", cte="quoted-printable", hcs=None, reply_to=None,
         pre=(), post=(), msgid=None, bstyle="generic", mime_version="1.0"):
    """Register one mail. cte may be a (text_cte, html_cte) pair for multipart/alternative."""
    e = dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason, marketplace=marketplace,
             note=note, from_=from_, to=to, subject=subject, dt=dt, fmt=fmt, text=text, html=html, cs=cs,
             cte=cte, hcs=hcs or cs, reply_to=reply_to, pre=list(pre), post=list(post),
             msgid=msgid or generic_msgid("mail.example.net"), bstyle=bstyle, mime_version=mime_version)
    MAILS.append(e)
    return e


def dkim_sig(domain, dt):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
            % (ralnum(32).lower(), domain, int(dt.timestamp()), ralnum(42), ralnum(64)))


def amazon_mail(kind, lang, cause, states_reason, tld, local, subject, ctx, dt, to, note,
                fmt="alt", tpl="classic", cs="utf-8", cte="quoted-printable", auth=False,
                name=None, marketplace="auto", reply_to="auto", post=()):
    """A mail genuinely sent by Amazon (notice or Amazon-origin non-notice)."""
    d = "amazon." + tld
    name = name or "Amazon." + tld
    ctx["cs"] = cs
    text = amz_text(ctx)
    html = classic_html(ctx) if tpl == "classic" else modern_html(ctx)
    pre = []
    if auth:
        pre += [("Received", received_ses(tld, to[1], dt)),
                ("Authentication-Results", auth_pass(tld, to[1])),
                ("Return-Path", return_path_amazon(tld, dt)),
                ("DKIM-Signature", dkim_sig(d, dt))]
    if marketplace == "auto":
        marketplace = d if kind == "notice" else None
    if reply_to == "auto":
        reply_to = "no-reply@" + d
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Feedback-ID", "1.%s.amazonses:%s-%s" % ("eu-west-1" if tld not in ("com", "ca", "in", "com.au", "sg", "co.za") else "us-east-1",
                                                      rhex(8), rhex(4)))] + list(post)
    return mail(kind, lang, cause, states_reason, marketplace, note,
                addr(name, "%s@%s" % (local, d)), addr(*to, cs=cs), subject, dt, fmt, text=text, html=html,
                cs=cs, cte=cte, reply_to=reply_to, pre=pre, post=post, msgid=amazon_msgid(tld, dt),
                bstyle="amazon")


def it(name, price, qty=1, seller=None):
    return dict(name=name, price=price, qty=qty, seller=seller)


def evil(host, path="/"):
    """href mapper for phishing: every link goes to the attacker host."""
    def f(url):
        return "https://%s%s?sid=%s" % (host, path, ralnum(10))
    return f


# ================================================================ ENGLISH
EN = "en"

# ---- notices ---------------------------------------------------------
o = order_no("113")
amazon_mail(
    "notice", EN, "inventory_shortage", True, "com", "order-update",
    "1 item has been canceled from your Amazon.com order #%s" % o,
    amz_ctx(EN, "com", title="Cancellation Notice", order=o, hello="Hello Michael,",
            paras=["We're writing to let you know that the item listed below has been canceled from your order. "
                   "We're sorry, but this item is no longer available from the seller, and we weren't able to "
                   "obtain it from another source.",
                   "You haven't been charged for this item. If you see a temporary authorization on your payment "
                   "method, it will be released by your bank, usually within 3-5 business days. Any other items "
                   "in your order are not affected and will ship as originally scheduled."],
            items_heading="Canceled Items",
            items=[it("Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger with 140W Output",
                      "$109.99", seller="AnkerDirect")],
            after=["You can look for a similar item on [Amazon.com](https://www.amazon.com/s?k=anker+power+bank&ref_=pe_cxl_srch)."],
            closing=["To view the status of your order or make changes, visit "
                     "[Your Orders](https://www.amazon.com/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2025, 3, 14, 16, 21), ("Michael Torres", "m.torres1987@gmail.com"),
    "seller out of stock, classic HTML + text", fmt="alt", tpl="classic", cte="quoted-printable", auth=True)

o = order_no("026")
amazon_mail(
    "notice", EN, "payment_issue", True, "ie", "payments-messages",
    "Your Amazon.ie order %s has been cancelled" % o,
    amz_ctx(EN, "ie", title="Order Cancellation", order=o, hello="Hello Aoife,",
            paras=["We're writing to let you know that your order %s has been cancelled." % o,
                   "On 3 March we let you know that we were unable to charge your Visa card ending in 4417 for "
                   "this order because the card issuer declined the payment. We asked you to revise your payment "
                   "information by 8 March. As we did not receive a valid payment method by that date, the order "
                   "has been cancelled. You have not been charged."],
            items_heading="Cancelled items:",
            items=[it("Philips Series 5000 Wet & Dry Electric Shaver S5887/10", "EUR 89.99", seller="Amazon EU S.a.r.L."),
                   it("Philips OneBlade Replacement Blades, 3 pack", "EUR 27.49", seller="Amazon EU S.a.r.L.")],
            after=["If you'd still like these items, please update your card in "
                   "[Your Account](https://www.amazon.ie/cpe/yourpayments/wallet) first and then place a new order."]),
    when(2025, 3, 9, 6, 2), ("Aoife Brennan", "aoife.brennan@eircom.net"),
    "payment revision deadline missed, card declined; text only", fmt="text", cte="8bit")

o = order_no("702")
amazon_mail(
    "notice", EN, "technical_issue", True, "ca", "order-update",
    "Item canceled from your Amazon.ca order %s" % o,
    amz_ctx(EN, "ca", title="Cancellation Notice", order=o, hello="Hello Jean-Luc,",
            paras=["We've canceled the item below from your order because of an error in the price shown on our "
                   "website at the time you placed the order. The item was listed at CDN$ 14.99 instead of its "
                   "correct price of CDN$ 149.99.",
                   "We're sorry for the inconvenience. You haven't been charged, and any pending authorization on "
                   "your card will be removed. If you'd still like to buy this item at its correct price, you can "
                   "place a new order on Amazon.ca."],
            items_heading="Canceled Items",
            items=[it("Breville Bambino Plus Espresso Machine BES500BSS, Brushed Stainless Steel", "CDN$ 14.99",
                      seller="Amazon.com.ca ULC")],
            closing=["Questions? Visit [Your Orders](https://www.amazon.ca/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2024, 11, 29, 13, 47), ("Jean-Luc Tremblay", "jl.tremblay@videotron.ca"),
    "pricing error (Black Friday), base64 alt", fmt="alt", tpl="classic", cte="base64", auth=True)

o = order_no("249")
amazon_mail(
    "notice", EN, "fraud_prevention", True, "com.au", "cs-reply",
    "Your Amazon.com.au order %s has been cancelled" % o,
    amz_ctx(EN, "com.au", title="Order Cancelled", order=o, hello="Hello Chloe,",
            paras=["We noticed unusual activity on your Amazon.com.au account. To protect you, we've placed a "
                   "temporary hold on the account and, as a precaution, cancelled the order below, which was "
                   "placed during this activity.",
                   "You have not been charged. To remove the hold, sign in to your account on the Amazon.com.au "
                   "website or in the Amazon Shopping app and follow the on-screen instructions to confirm your "
                   "identity. We will only ask you to do this after you sign in yourself, never through a link "
                   "that asks you to enter your details."],
            items_heading="Cancelled Items",
            items=[it("Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)", "A$ 399.00", qty=2,
                      seller="Amazon AU")],
            closing=["If you didn't place this order, you don't need to do anything else. For more information, "
                     "visit [Customer Service](https://www.amazon.com.au/gp/help/customer/display.html?ref_=pe_cxl_cs)."]),
    when(2025, 1, 22, 3, 12), ("Chloe Nguyen", "chloe.nguyen@bigpond.com"),
    "account on hold after unusual activity; HTML only", fmt="html", tpl="classic", cte="quoted-printable")

o = order_no("403")
amazon_mail(
    "notice", EN, "customer_request", True, "in", "auto-confirm",
    'Successful cancellation of "boAt Airdopes 141 Bluetooth TWS Earbuds..." from your Amazon.in order #%s' % o,
    amz_ctx(EN, "in", order=o, hello="Hi Rahul,",
            paras=["As you requested, we've cancelled the following item from your order #%s." % o,
                   "Cancel Reason: Customer Canceled",
                   "Refund: This order was paid using Amazon Pay UPI. A refund of \u20b91,299.00 will be credited "
                   "to your bank account within 2-4 business days."],
            items_heading="Cancelled Items",
            items=[it("boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Beast Mode, ENx Tech (Bold Black)",
                      "\u20b91,299.00", seller="Appario Retail Private Ltd")],
            closing=["You can view this cancellation in [Your Orders](https://www.amazon.in/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2025, 2, 5, 8, 33), ("Rahul Mehta", "rahul.mehta91@gmail.com"),
    "customer cancelled, explicit Cancel Reason line, modern template", fmt="alt", tpl="modern",
    cte=("quoted-printable", "quoted-printable"))

o = order_no("503")
amazon_mail(
    "notice", EN, "unknown", False, "sg", "order-update",
    "Your Amazon.sg order #%s has been cancelled" % o,
    amz_ctx(EN, "sg", title="Order Cancelled", order=o, hello="Hello Wei Ling,",
            paras=["We're sorry to let you know that your order #%s has been cancelled." % o,
                   "Any payment we have taken for this order will be refunded to your original payment method "
                   "within 3-5 business days."],
            items_heading="Cancelled items",
            items=[it("Xiaomi Robot Vacuum S10+ with Auto-Empty Station", "S$ 529.00", seller="Amazon.sg"),
                   it("Xiaomi Robot Vacuum S10+ Dust Bags, 3 pcs", "S$ 24.90", seller="Amazon.sg")],
            closing=["You can see the status of your orders at any time in "
                     "[Your Orders](https://www.amazon.sg/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2025, 4, 2, 1, 55), ("Tan Wei Ling", "weiling.tan@singnet.com.sg"),
    "cancelled without any reason given; text only", fmt="text", cte="quoted-printable", auth=True)

# ---- lookalikes ------------------------------------------------------
dt = when(2025, 2, 17, 14, 8, -5)
mail("lookalike", EN, "customer_request", True, None,
     "callback number, gmail sender, malformed order id (short last group)",
     addr("Amazon Support", "amzn.orderdesk.alerts@gmail.com"), "m.torres1987@gmail.com",
     "Re: Order Cancellation Confirmation - Ref#AMZ-88172", dt, "text",
     text="""Dear Customer,

Your request to cancel the order below has been processed successfully.

Order ID: 114-5521907-8830
Item: Apple MacBook Air 13" M3 (Midnight) 16GB/512GB
Amount: $1,349.00
Payment: Visa ****
Status: CANCELLED - Refund Initiated

The refund of $1,349.00 will be credited to your card within 24 hours.

If you did NOT request this cancellation or you do not recognise this order, please contact our Amazon
Refund Department IMMEDIATELY on our toll free number +1 (888) 555-0147 (24/7) to stop the transaction.
Do not reply to this email.

Thanks,
Amazon Customer Support Team
Amazon.com
""", cte="7bit", msgid=generic_msgid("mail.gmail.com"), bstyle="gmail",
     pre=[("Authentication-Results", "mx.example.net;\n       dkim=pass header.d=gmail.com header.s=20230601;\n"
           "       spf=pass smtp.mailfrom=amzn.orderdesk.alerts@gmail.com;\n       dmarc=pass header.from=gmail.com")])

dt = when(2025, 3, 3, 10, 41, 0)
o = "112-6093184-2217950"
ph = evil("amazon-orders.help", "/account/verify")
c = amz_ctx(EN, "com", title="Account Suspended", order=o, hello="Hello,",
            paras=["Our systems detected unusual activity on your Amazon account. To protect you, we have "
                   "temporarily suspended the account and canceled your most recent order.",
                   "To restore your account and reinstate the order, use the one-time verification code below "
                   "within 24 hours:",
                   "Verification code: 731904",
                   "Enter the code at [https://www.amazon.com/account/verify](https://amazon-orders.help/account/verify). "
                   "If the account is not verified in time, it will be permanently closed and the order will not "
                   "be restored."],
            items_heading="Canceled Items",
            items=[it('Samsung 65" Class OLED S90D 4K Smart TV (QN65S90D)', "$1,597.99", seller="Amazon.com")],
            href=ph)
mail("lookalike", EN, "fraud_prevention", True, None,
     "account suspended + order cancelled, verification code, amazon-orders.help domain, polished copy of template",
     addr("Amazon.com", "no-reply@amazon-orders.help"), addr("Sarah Collins", "sarah.collins@comcast.net"),
     "Action needed: your account is suspended and order #%s was canceled" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer(EN, "com"))), html=classic_html(c),
     cte="quoted-printable", reply_to="support@amazon-orders.help", bstyle="amazon",
     msgid=generic_msgid("amazon-orders.help"),
     pre=[("Received", received_generic("vps-2231.hostwindsdns.net", "142.11.214.37", "sarah.collins@comcast.net", dt,
                                        "mx2.comcast.net"))])

dt = when(2025, 1, 9, 19, 57, 0)
mail("lookalike", EN, "payment_issue", True, None,
     "asks to reply with full card details, crude English, outlook.com sender, malformed order no.",
     addr("Amazon UK Billing", "amazon.uk.billing.dept@outlook.com"), "rebecca.hughes@btinternet.com",
     "Your Order Has Been Cancelled - Payment Declined", dt, "text",
     text="""Dear Valued Customer,

We was unable to process the payment for your recent order #204-883124-77319 because your card was
declined by the bank. Your order has therefore been cancelled.

To reactivate the order and avoid limitation of your Amazon account please reply to this email with
the following details:

- Full name on card
- Card number
- Expiry date (MM/YY)
- CVV (3 digits on back of card)
- Date of birth
- Mothers maiden name

Once we receive this information your order will be dispatched within 24hrs.

Kind Regards,
Amazon.co.uk Billing Department
""", cte="7bit", msgid=generic_msgid("outlook.com"))

dt = when(2024, 12, 6, 15, 30, 0)
o = "701-4419032-8856221"
ph = evil("amazon.ca.order-status-center.com", "/refund/claim.php")
c = amz_ctx(EN, "ca", title="Cancellation Notice", order=o, hello="Hello,",
            paras=["We're sorry, but the item below is no longer available from the seller and has been canceled "
                   "from your order.",
                   "To receive your refund of CDN$ 289.99, please confirm your refund details within 48 hours at "
                   "[https://www.amazon.ca/gp/css/order-history](https://amazon.ca.order-status-center.com/refund/claim.php). "
                   "Refunds that are not confirmed in time cannot be processed."],
            items_heading="Canceled Items",
            items=[it("Dyson V8 Origin Cordless Vacuum, Nickel/Purple", "CDN$ 289.99", seller="Amazon.com.ca ULC")],
            href=ph)
mail("lookalike", EN, "inventory_shortage", True, None,
     "link text shows amazon.ca URL, href goes to amazon.ca.order-status-center.com; HTML only, polished",
     addr("Amazon.ca", "auto-confirm@amazon.ca.order-status-center.com"), "jl.tremblay@videotron.ca",
     "Item canceled from your Amazon.ca order %s" % o, dt, "html", html=classic_html(c),
     cte="quoted-printable", msgid=generic_msgid("amazon.ca.order-status-center.com"))

dt = when(2025, 4, 11, 7, 2, 0)
o = "111-2045718-6635902"
t = ("Hello,\n\nWe could not authorize payment for your order #%s (Bose QuietComfort Ultra Headphones, "
     "$429.00).\n\nUpdate your payment information within 12 hours or your order will be cancelled "
     "automatically:\n[Update payment method](https://secure-amzn-billing.net/wallet/update)\n\n"
     "Thank you for shopping with us.\nAmazon.com" % o)
mail("lookalike", EN, "payment_issue", True, None,
     "Cyrillic A in display name; order 'will be cancelled' unless payment updated; unrelated sender domain",
     addr("\u0410mazon.com", "service@notify-mailer24.com"), addr("Daniel Okafor", "daniel.okafor@yahoo.com"),
     "Your order #%s will be cancelled" % o, dt, "alt",
     text=md_text(t), html=simple_html([x for x in t.split("\n\n")], style="font-family:Arial;font-size:14px;"),
     cte="base64", msgid=generic_msgid("notify-mailer24.com"))

dt = when(2025, 3, 27, 22, 15, 0)
o = "114-7730291-4418326"
ph = evil("amaz0n-refunds.com", "/claim")
c = amz_ctx(EN, "com", title="Cancellation Notice", order=o, hello="Hello,",
            paras=["Due to a system error during checkout, your order was charged twice and has been canceled.",
                   "To receive your refund of $487.23, please confirm your billing details using the button "
                   "below. Refunds are processed only after confirmation.",
                   "[Claim your refund](https://amaz0n-refunds.com/claim)"],
            items_heading="Canceled Items",
            items=[it("Ninja DZ401 Foodi 10 Quart 6-in-1 DualZone XL 2-Basket Air Fryer", "$229.99"),
                   it("KitchenAid KSM150PSER Artisan Tilt-Head Stand Mixer, Empire Red", "$257.24")],
            href=ph)
mail("lookalike", EN, "technical_issue", True, None,
     "From spoofs order-update@amazon.com but SPF/DKIM/DMARC fail; reply-to and links on amaz0n-refunds.com",
     addr("Amazon.com", "order-update@amazon.com"), addr("Lisa Park", "lisa.park@att.net"),
     "Your Amazon.com order #%s has been canceled" % o, dt, "alt",
     text=amz_text(c), html=classic_html(c), cte="quoted-printable", reply_to="refunds@amaz0n-refunds.com",
     msgid=generic_msgid("srv1.mailgate-cloud.ru"), bstyle="amazon",
     pre=[("Received", received_generic("srv1.mailgate-cloud.ru", "185.244.29.81", "lisa.park@att.net", dt,
                                        "alpmta-5.att.net")),
          ("Authentication-Results", "att.net;\n       spf=fail smtp.mailfrom=amazon.com;\n       dkim=none;\n"
           "       dmarc=fail (p=QUARANTINE) header.from=amazon.com")])

dt = when(2024, 10, 30, 3, 44, 0)
mail("lookalike", EN, "unknown", False, None,
     "crude, Greek omicron in display name, yahoo sender, no order number, callback number",
     addr("Amaz\u03bfn Orders", "orders.amzn2024@yahoo.com"), "undisclosed-recipients:;",
     "AMAZON ORDER CANCELED !!! Confirmation needed", dt, "text",
     text="""Hello,

Your Amazon order for iPhone 15 Pro Max 256GB Natural Titanium ($1,199.00) has been CANCELED.

If you want to keep the order or you didnt place it, CALL NOW 1-844-555-0183 .

Amazon Team
""", cte="7bit", msgid=generic_msgid("yahoo.com"))

dt = when(2025, 5, 6, 9, 25, 0)
o = "250-3318406-1172958"
ph = evil("amazon.com.au.secure-review.top", "/ap/verify")
c = amz_ctx(EN, "com.au", title="Security Review", order=o, hello="Hello,",
            paras=["We detected a sign-in to your account from a new device (Windows 10, Chrome - Lagos, NG). As "
                   "a precaution, your order has been placed on hold for a security review.",
                   "Unless you verify your identity within 48 hours, the order will be cancelled and your account "
                   "will be locked.",
                   "[Verify your identity](https://www.amazon.com.au/ap/verify)"],
            items_heading="Order on hold",
            items=[it("Sony PlayStation 5 Console - Slim Disc Edition", "A$ 799.00", seller="Amazon AU")],
            href=ph)
mail("lookalike", EN, "fraud_prevention", True, None,
     "polished; sender amazon.com.au.secure-review.top, DKIM/DMARC pass for that look-alike domain; "
     "order 'will be cancelled' unless identity verified",
     addr("Amazon.com.au", "no-reply@amazon.com.au.secure-review.top"), addr("Chloe Nguyen", "chloe.nguyen@bigpond.com"),
     "Security review: order %s will be cancelled" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer(EN, "com.au"))), html=modern_html(c), cte="quoted-printable",
     msgid=generic_msgid("amazon.com.au.secure-review.top"), bstyle="amazon",
     pre=[("Authentication-Results", "mx.bigpond.com;\n       dkim=pass header.d=amazon.com.au.secure-review.top;\n"
           "       spf=pass smtp.mailfrom=amazon.com.au.secure-review.top;\n"
           "       dmarc=pass header.from=amazon.com.au.secure-review.top")])

# ---- non-notices -----------------------------------------------------
dt = when(2025, 2, 11, 18, 4, 0)
t = ["Hi Tom,",
     "Your order has been cancelled by the seller, tech-outlet-direct.",
     "Sony WH-1000XM5 Wireless Noise Cancelling Headphones - Black\nOrder number: 14-12483-52097\n"
     "Item price: \u00a3279.00\nReason: Out of stock",
     "Message from the seller: \"Apologies - our last unit sold on our Amazon store a few minutes before the eBay "
     "listing updated. Your money has been refunded in full.\"",
     "Your refund of \u00a3279.00 has been issued to your original payment method. It may take 3-5 working days "
     "to appear.",
     "[View order details](https://www.ebay.co.uk/mye/myebay/purchase?orderid=14-12483-52097)"]
mail("non_notice", EN, None, False, None,
     "eBay seller cancellation; mentions the seller's Amazon store",
     addr("eBay", "ebay@ebay.co.uk"), addr("Tom Walsh", "tom.walsh@gmail.com"),
     "Order cancelled: Sony WH-1000XM5 Wireless Noise Cancelling Headphones - Black", dt, "alt",
     text=simple_text(t, footer=["eBay Marketplaces GmbH, Helvetiastrasse 15/17, 3005 Bern, Switzerland"]),
     html=simple_html(t, footer=["eBay Marketplaces GmbH, Helvetiastrasse 15/17, 3005 Bern, Switzerland"]),
     cte="quoted-printable", msgid=generic_msgid("ebay.co.uk"),
     post=[("List-Unsubscribe", "<https://www.ebay.co.uk/unsubscribe?id=%s>" % ralnum(12))])

dt = when(2025, 6, 19, 21, 37, 1)
mail("non_notice", EN, None, False, None,
     "friend says she cancelled her own Amazon order; quoted thread",
     addr("Priya Raman", "priya.raman82@gmail.com"), addr("Tom Walsh", "tom.walsh@gmail.com"),
     "Re: camping kit for Saturday", dt, "text",
     text="""Hi Tom,

Quick update - I cancelled the Amazon order for the 4-person tent last night. The delivery estimate had
slipped to next Thursday, which is no use for us. Amazon already sent me the cancellation confirmation
and the refund should be back on my card in a couple of days.

Can you bring yours instead? I'll pick up the gas canisters from Decathlon on Friday.

Priya

On Wed, 18 Jun 2025 at 08:12, Tom Walsh <tom.walsh@gmail.com> wrote:
> Did the tent arrive yet? If not I can bring my old one, it's a bit
> smelly but it's waterproof.
>
> T
""", cte="quoted-printable", msgid=generic_msgid("mail.gmail.com"),
     post=[("In-Reply-To", generic_msgid("mail.gmail.com"))])

dt = when(2024, 12, 12, 7, 0, 0)
t = ["Fake 'order cancelled' emails are back for the holidays",
     "Several readers forwarded us emails this week with subject lines such as \"Your Amazon.com order "
     "#112-4471923-0031846 has been canceled\" and \"Action needed: order cancelled, refund pending\". None of "
     "them came from Amazon.",
     "The pattern is always the same: the message claims a big-ticket order (a laptop or a phone) was cancelled "
     "and tells you to call a 'refund department' or click a link to 'confirm your refund'. The callers then "
     "try to get remote access to your computer or your card details.",
     "How to check: open the Amazon app or type amazon.com into your browser yourself and look at Your Orders. "
     "If there is no cancelled order there, delete the email. Never call a number from the email.",
     "Also in this issue: gift card scams at self-checkout, and why you should turn on passkeys."]
mail("non_notice", EN, None, False, None,
     "consumer newsletter about phishing that quotes a fake cancellation subject",
     addr("ScamWatch Weekly", "newsletter@scamwatchweekly.org"), "tom.walsh@gmail.com",
     "This week: fake 'Your Amazon order has been canceled' emails are back", dt, "html",
     html=simple_html(t[1:], title=t[0], footer=["You receive this because you subscribed at scamwatchweekly.org. "
                                                 "[Unsubscribe](https://scamwatchweekly.org/u/%s)" % ralnum(10)]),
     cte="quoted-printable", msgid=generic_msgid("mailer.scamwatchweekly.org"),
     post=[("List-Unsubscribe", "<https://scamwatchweekly.org/u/%s>" % ralnum(10)),
           ("List-Id", "ScamWatch Weekly <weekly.scamwatchweekly.org>"), ("Precedence", "bulk")])

o = order_no("203")
amazon_mail(
    "non_notice", EN, None, False, "co.uk", "shipment-tracking",
    "Your delivery appointment has been cancelled - please choose a new time",
    amz_ctx(EN, "co.uk", title="Delivery Update", order=o, hello="Hello Rebecca,",
            paras=["The delivery appointment for your order on Thursday 14 November between 07:00 and 12:00 has "
                   "been cancelled by our delivery partner due to limited vehicle availability.",
                   "Your order has not been cancelled. Please choose a new delivery appointment so we can bring "
                   "your item to you: [Schedule your delivery](https://www.amazon.co.uk/gp/your-account/ship-track?orderId=%s&ref_=pe_appt)."
                   % o],
            items_heading="Item awaiting delivery",
            items=[it("Bosch Serie 4 KGN392LAF Freestanding Fridge Freezer, 70/30, 203 x 60 cm, Stainless Steel",
                      "\u00a3649.00", seller="Amazon.co.uk")],
            closing=["If you don't choose a new appointment within 7 days, we'll contact you to arrange one."]),
    when(2024, 11, 13, 17, 30), ("Rebecca Hughes", "rebecca.hughes@btinternet.com"),
    "large-item delivery appointment cancelled, order still active", fmt="alt", tpl="classic",
    cte=("8bit", "quoted-printable"), auth=True)

amazon_mail(
    "non_notice", EN, None, False, "ca", "digital-no-reply",
    "Your Kindle Unlimited membership has been cancelled",
    amz_ctx(EN, "ca", title="Kindle Unlimited", hello="Hello Jean-Luc,",
            paras=["As requested, we've cancelled your Kindle Unlimited membership.",
                   "You can keep reading Kindle Unlimited titles until March 14, 2025. After that date your "
                   "borrowed titles will be returned automatically, and you won't be charged the monthly fee of "
                   "CDN$ 11.99 again.",
                   "Changed your mind? You can restart your membership at any time in "
                   "[Your Memberships and Subscriptions](https://www.amazon.ca/hz/mycd/myx#/home/settings/payment)."]),
    when(2025, 2, 14, 11, 5), ("Jean-Luc Tremblay", "jl.tremblay@videotron.ca"),
    "Kindle Unlimited subscription cancelled", fmt="text", cte="quoted-printable", reply_to=None)

o = order_no("080")
amazon_mail(
    "non_notice", EN, None, False, "co.za", "payments-messages",
    "Action required: payment declined for your Amazon.co.za order %s" % o,
    amz_ctx(EN, "co.za", title="Payment Declined", order=o, hello="Hello Thabo,",
            paras=["We were unable to charge your Mastercard ending in 2231 for the order below. This can happen "
                   "when a card has expired or the bank has declined the transaction.",
                   "To keep your order, please update your payment method by 21 June 2025 in "
                   "[Your Orders](https://www.amazon.co.za/gp/css/order-history?ref_=pe_pay_revise). "
                   "If we don't receive a valid payment by then, your order will be cancelled.",
                   "We will keep your items reserved until then."],
            items_heading="Items in this order",
            items=[it("JBL Charge 5 Portable Bluetooth Speaker, Blue", "R 2,499.00", seller="Amazon.co.za")]),
    when(2025, 6, 18, 5, 50), ("Thabo Nkosi", "thabo.nkosi@webmail.co.za"),
    "payment reminder before any cancellation (order still open)", fmt="alt", tpl="modern",
    cte="quoted-printable", auth=True)


# ================================================================ GERMAN
DE = "de"

# ---- notices ---------------------------------------------------------
o = order_no("302")
amazon_mail(
    "notice", DE, "inventory_shortage", True, "de", "order-update",
    "Artikel aus Ihrer Amazon.de-Bestellung %s storniert" % o,
    amz_ctx(DE, "de", title="Stornierungsbestätigung", order=o, hello="Guten Tag Herr Becker,",
            paras=["leider müssen wir Ihnen mitteilen, dass wir den unten aufgeführten Artikel aus Ihrer Bestellung "
                   "stornieren mussten. Der Verkäufer hat uns informiert, dass der Artikel nicht mehr vorrätig ist "
                   "und auch nicht nachgeliefert werden kann.",
                   "Für diesen Artikel wurde Ihnen nichts berechnet. Eine eventuell vorgemerkte Autorisierung wird "
                   "von Ihrer Bank in der Regel innerhalb weniger Werktage freigegeben. Die übrigen Artikel Ihrer "
                   "Bestellung sind davon nicht betroffen."],
            items_heading="Stornierte Artikel",
            items=[it("De'Longhi Magnifica Evo ECAM 290.61.B Kaffeevollautomat mit LatteCrema Milchsystem",
                      "449,99 €", seller="KaffeeProfi24 GmbH")],
            closing=["Den Status Ihrer Bestellungen können Sie jederzeit unter "
                     "[Meine Bestellungen](https://www.amazon.de/gp/css/order-history?ref_=pe_cxl_yo) einsehen."]),
    when(2025, 1, 28, 10, 12), ("Thomas Becker", "t.becker@t-online.de"),
    "Verkäufer kann nicht liefern; klassisches HTML + Text", fmt="alt", tpl="classic", cte="quoted-printable",
    auth=True)

o = order_no("304")
amazon_mail(
    "notice", DE, "payment_issue", True, "de", "payments-messages",
    "Ihre Amazon.de-Bestellung %s wurde storniert" % o,
    amz_ctx(DE, "de", title="Bestellung storniert", order=o, hello="Guten Tag Frau Schäfer,",
            paras=["am 12. Februar haben wir Sie darüber informiert, dass die Zahlung für Ihre Bestellung %s nicht "
                   "autorisiert werden konnte: Ihre Bank hat die Belastung Ihrer Mastercard mit der Endung 8842 "
                   "abgelehnt." % o,
                   "Da wir bis zum 17. Februar keine gültige Zahlungsart erhalten haben, wurde Ihre Bestellung "
                   "storniert. Ihnen wurde nichts berechnet."],
            items_heading="Stornierte Artikel:",
            items=[it("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (2 x 2,0 Ah Akku, Ladegerät, L-BOXX)",
                      "EUR 179,00", seller="Amazon EU S.a.r.L.")],
            after=["Wenn Sie den Artikel weiterhin kaufen möchten, aktualisieren Sie bitte zunächst Ihre "
                   "Zahlungsinformationen unter [Meine Zahlungen](https://www.amazon.de/cpe/yourpayments/wallet) "
                   "und geben Sie anschließend eine neue Bestellung auf."]),
    when(2025, 2, 18, 4, 40), ("Katrin Schäfer", "katrin.schaefer@web.de"),
    "Zahlungsrevision nicht rechtzeitig, Karte abgelehnt; nur Text, ISO-8859-15", fmt="text",
    cs="iso-8859-15", cte="quoted-printable")

o = order_no("303")
amazon_mail(
    "notice", DE, "technical_issue", True, "de", "order-update",
    "Stornierung Ihrer Amazon.de-Bestellung %s" % o,
    amz_ctx(DE, "de", title="Stornierungsbestätigung", order=o, hello="Guten Tag Herr Yilmaz,",
            paras=["aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website zu "
                   "einem falschen Preis angezeigt (19,99 € statt 199,99 €). Wir haben Ihre Bestellung daher "
                   "storniert.",
                   "Wir entschuldigen uns für die Unannehmlichkeiten. Ihnen wurde nichts berechnet. Wenn Sie den "
                   "Artikel zum korrekten Preis erwerben möchten, können Sie ihn jederzeit erneut bestellen."],
            items_heading="Stornierte Artikel",
            items=[it("Philips Hue White & Color Ambiance Starter Set, 3 x E27 Lampen + Bridge", "19,99 €",
                      seller="Amazon EU S.a.r.L.")]),
    when(2024, 11, 30, 9, 3), ("Emre Yilmaz", "emre.yilmaz@gmx.de"),
    "Preisfehler / technischer Fehler; base64", fmt="alt", tpl="classic", cte="base64", auth=True)

o = order_no("305")
amazon_mail(
    "notice", DE, "fraud_prevention", True, "de", "cs-reply",
    "Ihre Amazon.de-Bestellung %s wurde storniert" % o,
    amz_ctx(DE, "de", title="Bestellung storniert", order=o, hello="Guten Tag Herr Wagner,",
            paras=["bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Kundenkonto "
                   "festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die folgende "
                   "Bestellung storniert, die während dieser Aktivitäten aufgegeben wurde.",
                   "Ihnen wurde nichts berechnet. Um die Sperre aufzuheben, melden Sie sich bitte selbst auf "
                   "amazon.de oder in der Amazon Shopping-App an und folgen Sie den Anweisungen zur Bestätigung "
                   "Ihrer Identität. Bitte senden Sie uns niemals Ihr Passwort oder Ihre Zahlungsdaten per E-Mail."],
            items_heading="Stornierte Artikel",
            items=[it("Apple iPhone 16 Pro, 256 GB, Titan Wüstensand", "1.329,00 €", seller="Amazon EU S.a.r.L."),
                   it("Apple 20W USB-C Power Adapter", "25,00 €", seller="Amazon EU S.a.r.L.")]),
    when(2025, 3, 6, 2, 17), ("Markus Wagner", "markus.wagner@posteo.de"),
    "Konto wegen ungewöhnlicher Aktivität gesperrt; nur HTML, windows-1252 8bit", fmt="html",
    tpl="classic", cs="windows-1252", cte="8bit")

o = order_no("306")
amazon_mail(
    "notice", DE, "customer_request", True, "de", "auto-confirm",
    'Erfolgreiche Stornierung von "tonies Hörfigur Die Maus – Geschichten..." aus Ihrer Amazon.de-Bestellung #%s' % o,
    amz_ctx(DE, "de", order=o, hello="Hallo Julia,",
            paras=["wie von Ihnen gewünscht, haben wir den folgenden Artikel aus Ihrer Bestellung #%s storniert." % o,
                   "Stornierungsgrund: Vom Kunden storniert",
                   "Falls Ihr Zahlungsmittel bereits belastet wurde, erhalten Sie eine Erstattung in Höhe von "
                   "16,99 €."],
            items_heading="Stornierte Artikel",
            items=[it("tonies Hörfigur Die Maus – Geschichten zum Hören, Lachen und Staunen", "16,99 €",
                      seller="Amazon EU S.a.r.L.")],
            closing=["Sie können diese Stornierung unter "
                     "[Meine Bestellungen](https://www.amazon.de/gp/css/order-history?ref_=pe_cxl_yo) einsehen."]),
    when(2025, 4, 14, 19, 48), ("Julia Neumann", "julia.neumann@gmail.com"),
    "vom Kunden storniert, Stornierungsgrund-Zeile, modernes Template", fmt="alt", tpl="modern",
    cte="quoted-printable")

o = order_no("302")
amazon_mail(
    "notice", DE, "unknown", True, "de", "order-update",
    "Ihre Amazon.de-Bestellung %s wurde storniert" % o,
    amz_ctx(DE, "de", title="Bestellung storniert", order=o, hello="Guten Tag Herr Lorenz,",
            paras=["leider konnten wir Ihre Bestellung nicht zustellen, da die angegebene Lieferadresse "
                   "unvollständig ist und vom Zusteller nicht gefunden werden konnte. Das Paket ist an uns "
                   "zurückgegangen, und wir haben die Bestellung storniert.",
                   "Den Betrag von 64,98 € erstatten wir auf Ihr ursprüngliches Zahlungsmittel. Bitte prüfen Sie "
                   "Ihre Adresse im [Adressbuch](https://www.amazon.de/a/addresses), bevor Sie erneut bestellen."],
            items_heading="Stornierte Artikel",
            items=[it("Gardena Comfort FLEX Schlauch 13 mm (1/2\"), 20 m", "42,99 €", seller="Amazon EU S.a.r.L."),
                   it("Gardena Original System Grundausstattung", "21,99 €", seller="Amazon EU S.a.r.L.")]),
    when(2025, 5, 20, 12, 9), ("Stefan Lorenz", "stefan.lorenz@freenet.de"),
    "Lieferadresse nicht zustellbar (Grund passt zu keiner Kategorie); nur Text 8bit", fmt="text",
    cte="8bit", auth=True)

# ---- lookalikes ------------------------------------------------------
dt = when(2025, 2, 3, 16, 22, 1)
mail("lookalike", DE, "unknown", False, None,
     "Rückrufnummer, gmail-Absender, Bestellnummer falsch formatiert, kein Grund",
     addr("Amazon Kundenservice", "amazon.kundenservice.de24@gmail.com"), "t.becker@t-online.de",
     "Ihre Bestellung wurde storniert – Erstattung 899,00 EUR", dt, "text",
     text="""Sehr geehrter Kunde,

Ihre Bestellung wurde storniert.

Bestellnr.: 302-77120-4431
Artikel: Samsung Galaxy S24 Ultra 512GB Titanium Black
Betrag: 899,00 EUR
Status: STORNIERT – Erstattung wird bearbeitet

Falls Sie diese Stornierung nicht veranlasst haben, rufen Sie bitte SOFORT unsere kostenlose Hotline an:
0800 589 1742 (Mo–So, 24 Std.)

Unsere Mitarbeiter helfen Ihnen die Erstattung zu stoppen.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice Team
""", cte="8bit", msgid=generic_msgid("mail.gmail.com"))

dt = when(2025, 3, 19, 8, 51, 1)
o = "305-2210984-6617230"
ph = evil("amazon-kundenkonto.help", "/verifizierung")
c = amz_ctx(DE, "de", title="Konto gesperrt", order=o, hello="Guten Tag,",
            paras=["wir haben ungewöhnliche Aktivitäten in Ihrem Amazon-Konto festgestellt. Zu Ihrer Sicherheit "
                   "wurde Ihr Konto vorübergehend gesperrt und Ihre Bestellung storniert.",
                   "Ihr persönlicher Bestätigungscode lautet: 48 21 97",
                   "Geben Sie den Code innerhalb von 24 Stunden auf der folgenden Seite ein, um Ihr Konto zu "
                   "entsperren und die Bestellung wiederherzustellen: "
                   "[Konto jetzt bestätigen](https://www.amazon.de/ap/verify)"],
            items_heading="Stornierte Artikel",
            items=[it("Dyson V15 Detect Absolute Akku-Staubsauger", "699,00 €", seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", DE, "fraud_prevention", True, None,
     "Konto gesperrt + Bestellung storniert, Bestätigungscode; Domain amazon-kundenkonto.help",
     addr("Amazon.de", "sicherheit@amazon-kundenkonto.help"), addr("Julia Neumann", "julia.neumann@gmail.com"),
     "Ihr Konto wurde gesperrt – Bestellung %s storniert" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer(DE, "de"))), html=classic_html(c), cte="quoted-printable",
     reply_to="kundenservice@amazon-kundenkonto.help", msgid=generic_msgid("amazon-kundenkonto.help"),
     bstyle="amazon")

dt = when(2024, 12, 20, 23, 5, 1)
mail("lookalike", DE, "payment_issue", True, None,
     "bittet um Antwort mit Kreditkartendaten; holpriges Deutsch; outlook.de; ISO-8859-1 8bit",
     addr("Amazon Zahlungen", "amazon.zahlungsservice@outlook.de", "iso-8859-1"), "katrin.schaefer@web.de",
     "Ihre Bestellung wurde Storniert - Zahlung abgelehnt", dt, "text",
     text="""Sehr geehrte Kundin, sehr geehrter Kunde,

leider wurde Ihre Bestellung Nr. 304-5518-223901 Storniert weil Ihre Zahlung von der Bank abgelehnt wurde.

Damit wir Ihre Bestellung wieder aktivieren koennen und Ihr Konto nicht eingeschränkt wird, antworten
Sie bitte einfach auf diese E-Mail mit folgenden Angaben:

  - Vollständiger Name des Karteninhabers
  - Kreditkartennummer
  - Ablaufdatum
  - Prüfnummer (CVC)
  - Geburtsdatum

Nach Erhalt Ihrer Daten wird die Bestellung innerhalb von 24 Stunden versendet.

Mit freundlichen Grüßen
Amazon Zahlungsabteilung
""", cs="iso-8859-1", cte="8bit", msgid=generic_msgid("outlook.com"), bstyle="outlook")

dt = when(2025, 1, 14, 13, 36, 1)
o = "306-1187734-5092216"
ph = evil("amazon.de.bestellstatus-info.com", "/erstattung/antrag.php")
c = amz_ctx(DE, "de", title="Stornierungsbestätigung", order=o, hello="Guten Tag,",
            paras=["leider ist der unten aufgeführte Artikel nicht mehr verfügbar und wurde aus Ihrer Bestellung "
                   "storniert.",
                   "Um Ihre Erstattung in Höhe von 349,00 € zu erhalten, bestätigen Sie bitte innerhalb von 48 "
                   "Stunden Ihre Erstattungsdaten unter "
                   "[https://www.amazon.de/gp/css/order-history](https://amazon.de.bestellstatus-info.com/erstattung/antrag.php). "
                   "Nicht bestätigte Erstattungen können leider nicht bearbeitet werden."],
            items_heading="Stornierte Artikel",
            items=[it("Sonos Era 100 Smart Speaker, Schwarz", "349,00 €", seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", DE, "inventory_shortage", True, None,
     "Linktext zeigt amazon.de-URL, href auf amazon.de.bestellstatus-info.com; nur HTML, poliert",
     addr("Amazon.de", "bestellung@amazon.de.bestellstatus-info.com"), "stefan.lorenz@freenet.de",
     "Artikel aus Ihrer Amazon.de-Bestellung %s storniert" % o, dt, "html", html=classic_html(c),
     cte="quoted-printable", msgid=generic_msgid("amazon.de.bestellstatus-info.com"))

dt = when(2025, 4, 23, 6, 58, 2)
o = "303-6674120-9915583"
t = ("Guten Tag,\n\nleider konnten wir die Zahlung für Ihre Bestellung %s nicht autorisieren.\n\n"
     "Ihre Bestellung wird in 24 Stunden automatisch storniert, wenn Sie Ihre Zahlungsinformationen nicht "
     "bestätigen:\n[Zahlungsinformationen bestätigen](https://kundendienst-mailservice24.com/zahlung)\n\n"
     "Vielen Dank für Ihren Einkauf bei Amazon.\nIhr Amazon.de Team" % o)
mail("lookalike", DE, "payment_issue", True, None,
     "kyrillische а in Anzeigename 'Аmаzon.de'; 'wird storniert' falls Zahlung nicht bestätigt; base64",
     addr("\u0410m\u0430zon.de", "kundendienst@kundendienst-mailservice24.com"),
     addr("Markus Wagner", "markus.wagner@posteo.de"),
     "Ihre Bestellung %s wird storniert" % o, dt, "alt",
     text=md_text(t), html=simple_html(t.split("\n\n")), cte="base64",
     msgid=generic_msgid("kundendienst-mailservice24.com"))

dt = when(2025, 5, 2, 11, 14, 2)
o = "303-9041175-2286604"
ph = evil("amaz0n-de.net", "/gutschrift")
c = amz_ctx(DE, "de", title="Bestellung storniert", order=o, hello="Guten Tag,",
            paras=["aufgrund eines Systemfehlers bei der Verarbeitung wurde Ihre Bestellung storniert.",
                   "Als Entschädigung für die Unannehmlichkeiten erhalten Sie einen Gutschein über 50,00 €. Um den "
                   "Gutschein zu aktivieren, melden Sie sich bitte über den folgenden Link an und bestätigen Sie "
                   "Ihre Kontodaten: [Gutschein aktivieren](https://www.amazon.de/gutschrift)"],
            items_heading="Stornierte Artikel",
            items=[it("Nintendo Switch OLED-Modell, Weiß", "319,99 €")],
            href=ph)
mail("lookalike", DE, "technical_issue", True, None,
     "Look-alike-Domain amaz0n-de.net (Null statt o), Systemfehler, Gutschein-Köder",
     addr("Amazon.de", "service@amaz0n-de.net"), addr("Emre Yilmaz", "emre.yilmaz@gmx.de"),
     "Ihre Amazon.de-Bestellung %s wurde storniert" % o, dt, "alt",
     text=amz_text(c), html=modern_html(c), cte="quoted-printable", msgid=generic_msgid("amaz0n-de.net"),
     bstyle="amazon")

dt = when(2025, 6, 10, 7, 45, 2)
o = "302-4457810-3361209"
ph = evil("amazon.de-konto-sicherheit.com", "/ap/identitaet")
c = amz_ctx(DE, "de", title="Sicherheitsüberprüfung", order=o, hello="Guten Tag,",
            paras=["wir haben eine Anmeldung in Ihrem Konto von einem unbekannten Gerät festgestellt (Android, "
                   "Bukarest, RO). Ihre Bestellung wurde deshalb zur Sicherheitsüberprüfung angehalten.",
                   "Falls Sie Ihre Identität nicht innerhalb von 48 Stunden bestätigen, wird die Bestellung "
                   "storniert und Ihr Konto dauerhaft eingeschränkt.",
                   "[Identität bestätigen](https://www.amazon.de/ap/identitaet)"],
            items_heading="Angehaltene Artikel",
            items=[it("Lenovo Legion Pro 5 Gaming Laptop, 16\" WQXGA, RTX 4070", "1.799,00 €",
                      seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", DE, "fraud_prevention", True, None,
     "poliert; Absender amazon.de-konto-sicherheit.com mit DKIM/DMARC pass für diese Domain; 'wird storniert'",
     addr("Amazon.de", "no-reply@amazon.de-konto-sicherheit.com"), addr("Thomas Becker", "t.becker@t-online.de"),
     "Sicherheitsüberprüfung: Ihre Bestellung %s wird storniert" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer(DE, "de"))), html=classic_html(c), cte="quoted-printable",
     msgid=generic_msgid("amazon.de-konto-sicherheit.com"), bstyle="amazon",
     pre=[("Authentication-Results", "mx.t-online.de;\n       dkim=pass header.d=amazon.de-konto-sicherheit.com;\n"
           "       spf=pass smtp.mailfrom=bounce.amazon.de-konto-sicherheit.com;\n"
           "       dmarc=pass header.from=amazon.de-konto-sicherheit.com")])

dt = when(2024, 11, 2, 2, 31, 1)
mail("lookalike", DE, "unknown", False, None,
     "plump, Großbuchstaben, yahoo.de, keine Bestellnummer, kein Grund",
     addr("Amazon Deutschland", "amazon.de.service1@yahoo.de"), "undisclosed-recipients:;",
     "IHRE AMAZON BESTELLUNG WURDE STORNIERT", dt, "text",
     text="""Hallo,

IHRE AMAZON BESTELLUNG WURDE STORNIERT !!

Klicken sie hier um die Bestellung wiederherzustellen: http://bestellung-wiederherstellen.xyz/de

Amazon
""", cte="7bit", msgid=generic_msgid("yahoo.de"))

# ---- non-notices -----------------------------------------------------
dt = when(2025, 3, 4, 15, 12, 1)
t = ["Hallo Frau Neumann,",
     "leider müssen wir Ihre Bestellung #RW-104877 vom 2. März stornieren: Der Äthiopien Yirgacheffe (1 kg, "
     "ganze Bohne) ist aus der aktuellen Ernte bereits ausverkauft, und die nächste Lieferung erwarten wir "
     "erst im Mai.",
     "Sie haben mit Amazon Pay bezahlt. Die Zahlung über 38,90 € haben wir vollständig erstattet; die Gutschrift "
     "erscheint je nach Zahlungsart in wenigen Tagen auf Ihrem Konto.",
     "Als kleine Entschädigung schicken wir Ihnen den Code KAFFEE10 für 10 % auf Ihre nächste Bestellung.",
     "Herzliche Grüße aus der Speicherstadt\nIhr Team vom Röstwerk Hamburg"]
foot = ["Röstwerk Hamburg GmbH, Am Sandtorkai 12, 20457 Hamburg, HRB 154321, Geschäftsführer: Ole Petersen"]
mail("non_notice", DE, None, False, None,
     "Stornierung eines anderen Shops, mit Amazon Pay bezahlt; ISO-8859-15",
     addr("Röstwerk Hamburg", "shop@roestwerk-hamburg.de", "iso-8859-15"), addr("Julia Neumann", "julia.neumann@gmail.com"),
     "Stornierung Ihrer Bestellung #RW-104877", dt, "alt",
     text=simple_text(t, footer=foot), html=simple_html(t, footer=foot, cs="iso-8859-15"),
     cs="iso-8859-15", cte="quoted-printable", msgid=generic_msgid("roestwerk-hamburg.de"))

dt = when(2025, 5, 8, 12, 27, 2)
mail("non_notice", DE, None, False, None,
     "Kollege schreibt, er habe die Amazon-Bestellung storniert",
     addr("Jens Hoffmann", "jens.hoffmann@gmx.de"), addr("Sabine Krüger", "sabine.krueger@gmx.de"),
     "AW: Monitor fürs Büro", dt, "text",
     text="""Hi Sabine,

ich hab die Amazon-Bestellung für den Monitor gestern Abend wieder storniert – der Liefertermin war erst in
drei Wochen. Die Stornierungsbestätigung kam schon, Geld ist also nicht weg.

Ich bestell jetzt den Dell direkt bei Cyberport, der wäre am Montag da. Passt das für dich?

Gruß
Jens

-----Ursprüngliche Nachricht-----
Von: Sabine Krüger <sabine.krueger@gmx.de>
Gesendet: Mittwoch, 7. Mai 2025 16:03
Betreff: Monitor fürs Büro

Hast du den Monitor schon bestellt? Ich bräuchte ihn spätestens nächste Woche.
""", cte="8bit", msgid=generic_msgid("gmx.de"))

dt = when(2025, 1, 16, 6, 0, 1)
t = ["Achtung: Falsche Stornierungs-Mails im Namen von Amazon",
     "Derzeit kursieren wieder Phishing-Mails mit Betreffzeilen wie „Ihre Amazon-Bestellung wurde storniert“ "
     "oder „Ihre Bestellung 302-4471923-0031846 wird storniert – Zahlung bestätigen“. Die Mails sehen täuschend "
     "echt aus und verwenden sogar das Logo und die Farben des Versandhändlers.",
     "Ziel der Betrüger ist es, Sie auf eine nachgemachte Anmeldeseite zu locken oder zu einem Anruf bei einer "
     "angeblichen Hotline zu bewegen. Dort werden Zugangsdaten, Kreditkartennummern oder Fernzugriff auf den "
     "Computer erfragt.",
     "Unser Rat: Klicken Sie nicht auf Links in solchen Mails. Öffnen Sie die Amazon-App oder rufen Sie "
     "amazon.de selbst im Browser auf und prüfen Sie unter „Meine Bestellungen“, ob tatsächlich etwas storniert "
     "wurde.",
     "Weitere Themen dieser Woche: Betrug mit Paketabholscheinen und neue Regeln für Online-Banking-TANs."]
mail("non_notice", DE, None, False, None,
     "Newsletter über Phishing, zitiert gefälschte Stornierungs-Betreffzeilen; nur HTML base64",
     addr("Sicher im Netz – Wochenbrief", "redaktion@sicher-im-netz-wochenbrief.de"), "julia.neumann@gmail.com",
     "Phishing-Warnung: Falsche Mails „Ihre Amazon-Bestellung wurde storniert“", dt, "html",
     html=simple_html(t[1:], title=t[0], footer=["Sie erhalten diesen Wochenbrief, weil Sie ihn abonniert haben. "
                                                 "[Abmelden](https://sicher-im-netz-wochenbrief.de/abmelden)"]),
     cte="base64", msgid=generic_msgid("sicher-im-netz-wochenbrief.de"),
     post=[("List-Unsubscribe", "<https://sicher-im-netz-wochenbrief.de/abmelden?u=%s>" % ralnum(10)),
           ("Precedence", "bulk")])

o = order_no("305")
amazon_mail(
    "non_notice", DE, None, False, "de", "versandbestaetigung",
    "Ihr Liefertermin wurde abgesagt – bitte wählen Sie einen neuen Termin",
    amz_ctx(DE, "de", title="Lieferinformation", order=o, hello="Guten Tag Herr Lorenz,",
            paras=["der vereinbarte Liefertermin für Ihre Bestellung am Dienstag, 8. April, zwischen 8:00 und "
                   "13:00 Uhr wurde von unserem Speditionspartner abgesagt.",
                   "Ihre Bestellung ist davon nicht betroffen und wird weiterhin geliefert. Bitte wählen Sie einen "
                   "neuen Liefertermin: [Liefertermin wählen](https://www.amazon.de/gp/your-account/ship-track?orderId=%s)."
                   % o],
            items_heading="Artikel in dieser Lieferung",
            items=[it("Samsung Waschmaschine WW90T4042CE/EG, 9 kg, 1400 U/min", "499,00 €",
                      seller="Amazon EU S.a.r.L.")]),
    when(2025, 4, 7, 15, 40), ("Stefan Lorenz", "stefan.lorenz@freenet.de"),
    "abgesagter Liefertermin (Spedition), Bestellung bleibt bestehen", fmt="alt", tpl="classic",
    cte="quoted-printable")

amazon_mail(
    "non_notice", DE, None, False, "de", "digital-no-reply",
    "Ihr Amazon Music Unlimited-Abo wurde gekündigt",
    amz_ctx(DE, "de", title="Amazon Music", hello="Hallo Emre,",
            paras=["wie gewünscht haben wir Ihr Amazon Music Unlimited-Abo (Einzelplan, monatlich) gekündigt.",
                   "Sie können Amazon Music Unlimited noch bis zum 2. Juni 2025 nutzen. Danach wird Ihnen der "
                   "Monatsbeitrag von 10,99 € nicht mehr berechnet.",
                   "Sie können Ihr Abo jederzeit unter "
                   "[Mitgliedschaften und Abonnements](https://www.amazon.de/hz/mycd/myx#/home/settings/payment) "
                   "wieder aufnehmen."]),
    when(2025, 5, 3, 18, 2), ("Emre Yilmaz", "emre.yilmaz@gmx.de"),
    "Musik-Abo gekündigt; nur Text", fmt="text", cte="quoted-printable", reply_to=None, name="Amazon Music")

o = order_no("304")
amazon_mail(
    "non_notice", DE, None, False, "de", "payments-messages",
    "Aktion erforderlich: Zahlung für Ihre Amazon.de-Bestellung %s abgelehnt" % o,
    amz_ctx(DE, "de", title="Zahlung abgelehnt", order=o, hello="Guten Tag Frau Schäfer,",
            paras=["die Belastung Ihrer Kreditkarte mit der Endung 8842 für die unten aufgeführte Bestellung wurde "
                   "von Ihrer Bank abgelehnt.",
                   "Bitte aktualisieren Sie Ihre Zahlungsart bis zum 17. Februar unter "
                   "[Meine Bestellungen](https://www.amazon.de/gp/css/order-history?ref_=pe_pay_revise). "
                   "Andernfalls wird Ihre Bestellung storniert.",
                   "Bis dahin reservieren wir die Artikel für Sie."],
            items_heading="Artikel dieser Bestellung",
            items=[it("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55", "EUR 179,00",
                      seller="Amazon EU S.a.r.L.")]),
    when(2025, 2, 12, 5, 10), ("Katrin Schäfer", "katrin.schaefer@web.de"),
    "Zahlungserinnerung vor Stornierung (Bestellung noch offen)", fmt="alt", tpl="modern",
    cte=("quoted-printable", "base64"), auth=True)


# ================================================================ DUTCH
NL = "nl"

# ---- notices ---------------------------------------------------------
o = order_no("402")
amazon_mail(
    "notice", "nl", "inventory_shortage", True, "nl", "order-update",
    "Artikel geannuleerd uit je Amazon.nl-bestelling %s" % o,
    amz_ctx("nl", "nl", title="Annuleringsbevestiging", order=o, hello="Hallo Sanne,",
            paras=["Helaas moeten we je laten weten dat we het onderstaande artikel uit je bestelling hebben "
                   "geannuleerd. De verkoper heeft ons laten weten dat het artikel niet meer op voorraad is en ook "
                   "niet meer kan worden geleverd.",
                   "Er is niets in rekening gebracht voor dit artikel. Een eventuele reservering op je "
                   "betaalmiddel wordt binnen enkele werkdagen door je bank vrijgegeven. De overige artikelen in "
                   "je bestelling worden gewoon verzonden."],
            items_heading="Geannuleerde artikelen",
            items=[it("LEGO Icons Bonsaiboom 10281, bouwset voor volwassenen", "€ 44,99", seller="Speelgoedhuis Brabant")],
            closing=["De status van je bestellingen vind je altijd onder "
                     "[Je bestellingen](https://www.amazon.nl/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2025, 2, 20, 9, 44), ("Sanne de Vries", "sanne.devries@ziggo.nl"),
    "verkoper kan niet leveren, klassieke HTML + tekst", fmt="alt", tpl="classic", cte="quoted-printable",
    auth=True)

o = order_no("403")
amazon_mail(
    "notice", "nl-be", "payment_issue", True, "com.be", "payments-messages",
    "Uw Amazon.com.be-bestelling %s werd geannuleerd" % o,
    amz_ctx("nl-be", "com.be", title="Bestelling geannuleerd", order=o, hello="Beste heer Peeters,",
            paras=["Op 4 april hebben we u laten weten dat we de betaling voor uw bestelling %s niet konden "
                   "verwerken, omdat de Visa-kaart eindigend op 3390 vervallen is." % o,
                   "Omdat we vóór 9 april geen geldige betaalmethode van u hebben ontvangen, hebben we uw bestelling "
                   "geannuleerd. Er werd niets aangerekend."],
            items_heading="Geannuleerde artikelen:",
            items=[it("Tefal Ingenio Emotion 13-delige pannenset, inductie", "EUR 139,99", seller="Amazon EU S.a.r.L.")],
            after=["Wilt u het artikel toch nog kopen? Werk dan eerst uw betaalgegevens bij via "
                   "[Uw betalingen](https://www.amazon.com.be/cpe/yourpayments/wallet) en plaats daarna een "
                   "nieuwe bestelling."]),
    when(2025, 4, 10, 3, 26), ("Jan Peeters", "jan.peeters@telenet.be"),
    "betaling niet verwerkt (kaart vervallen), termijn verstreken; alleen tekst ISO-8859-1", fmt="text",
    cs="iso-8859-1", cte="quoted-printable")

o = order_no("408")
amazon_mail(
    "notice", "nl", "technical_issue", True, "nl", "order-update",
    "Je Amazon.nl-bestelling %s is geannuleerd" % o,
    amz_ctx("nl", "nl", title="Annuleringsbevestiging", order=o, hello="Hallo Daan,",
            paras=["Door een prijsfout op onze website werd het onderstaande artikel voor een onjuiste prijs "
                   "aangeboden (€ 12,99 in plaats van € 129,99). We hebben je bestelling daarom geannuleerd.",
                   "Onze excuses voor het ongemak. Er is niets in rekening gebracht. Als je het artikel voor de "
                   "juiste prijs wilt kopen, kun je het opnieuw bestellen op Amazon.nl."],
            items_heading="Geannuleerde artikelen",
            items=[it("Philips Airfryer XXL HD9650/90, 7,3 liter, zwart", "€ 12,99", seller="Amazon EU S.a.r.L.")]),
    when(2024, 11, 29, 22, 18), ("Daan Jansen", "daan.jansen@kpnmail.nl"),
    "prijsfout; alleen HTML base64", fmt="html", tpl="classic", cte="base64")

o = order_no("402")
amazon_mail(
    "notice", "nl", "fraud_prevention", True, "nl", "cs-reply",
    "Je Amazon.nl-bestelling %s is geannuleerd" % o,
    amz_ctx("nl", "nl", title="Bestelling geannuleerd", order=o, hello="Hallo Fleur,",
            paras=["We hebben ongebruikelijke activiteit op je Amazon.nl-account opgemerkt. Om je te beschermen "
                   "hebben we je account tijdelijk in de wacht gezet en uit voorzorg de onderstaande bestelling "
                   "geannuleerd, die tijdens deze activiteit is geplaatst.",
                   "Er is niets in rekening gebracht. Log zelf in op amazon.nl of in de Amazon Shopping-app en volg "
                   "de instructies om je identiteit te bevestigen; daarna wordt de blokkering opgeheven. Stuur ons "
                   "nooit je wachtwoord of betaalgegevens per e-mail."],
            items_heading="Geannuleerde artikelen",
            items=[it("Apple iPad Air 11-inch (M2), Wi-Fi, 256 GB, spacegrijs", "€ 829,00", seller="Amazon EU S.a.r.L.")]),
    when(2025, 3, 12, 1, 58), ("Fleur Bakker", "fleur.bakker@gmail.com"),
    "account in de wacht wegens ongebruikelijke activiteit", fmt="alt", tpl="classic",
    cte=("quoted-printable", "quoted-printable"), auth=True)

o = order_no("406")
amazon_mail(
    "notice", "nl-be", "customer_request", True, "com.be", "auto-confirm",
    'Annulering van "Tefal Easy Fry & Grill XXL EY8018..." uit uw Amazon.com.be-bestelling #%s gelukt' % o,
    amz_ctx("nl-be", "com.be", order=o, hello="Hallo Lotte,",
            paras=["Zoals u heeft gevraagd, hebben we het volgende artikel uit uw bestelling #%s geannuleerd." % o,
                   "Reden annulering: Geannuleerd door klant",
                   "Als uw betaalmiddel al werd belast, ontvangt u een terugbetaling van € 159,99."],
            items_heading="Geannuleerde artikelen",
            items=[it("Tefal Easy Fry & Grill XXL EY8018 heteluchtfriteuse met grill, 6,5 liter", "€ 159,99",
                      seller="Amazon EU S.a.r.L.")],
            closing=["U kunt deze annulering bekijken onder "
                     "[Uw bestellingen](https://www.amazon.com.be/gp/css/order-history?ref_=pe_cxl_yo)."]),
    when(2025, 5, 15, 20, 31), ("Lotte Claes", "lotte.claes@skynet.be"),
    "door klant geannuleerd, regel 'Reden annulering'; modern sjabloon, 8bit", fmt="alt", tpl="modern",
    cte="8bit", auth=True)

o = order_no("403")
amazon_mail(
    "notice", "nl", "unknown", False, "nl", "order-update",
    "Je Amazon.nl-bestelling %s is geannuleerd" % o,
    amz_ctx("nl", "nl", title="Bestelling geannuleerd", order=o, hello="Hallo Bram,",
            paras=["Het spijt ons je te moeten laten weten dat je bestelling %s is geannuleerd." % o,
                   "Als er al een bedrag voor deze bestelling is afgeschreven, wordt dit binnen 3 tot 5 werkdagen "
                   "teruggestort op je oorspronkelijke betaalmethode."],
            items_heading="Geannuleerde artikelen",
            items=[it("Stanley Quencher H2.0 FlowState beker 1,18 liter, Rose Quartz", "€ 44,95", seller="Amazon EU S.a.r.L."),
                   it("Stanley rietjes, 4 stuks", "€ 12,95", seller="Amazon EU S.a.r.L.")]),
    when(2025, 6, 3, 14, 6), ("Bram Visser", "bram.visser@outlook.com"),
    "geannuleerd zonder opgave van reden; alleen tekst base64", fmt="text", cte="base64")

# ---- lookalikes ------------------------------------------------------
dt = when(2025, 1, 27, 17, 19, 1)
mail("lookalike", NL, "customer_request", True, None,
     "terugbelnummer, hotmail-afzender, misvormd bestelnummer; 'annuleringsverzoek verwerkt'",
     addr("Amazon Klantenservice", "amazon.klantenservice.nl@hotmail.com"), "sanne.devries@ziggo.nl",
     "Bevestiging annulering bestelling #402-39981-7702", dt, "text",
     text="""Beste klant,

Uw annuleringsverzoek voor de onderstaande bestelling is verwerkt.

Bestelnummer: 402-39981-7702
Artikel: Apple iPhone 16 Pro Max 512GB
Bedrag: € 1.749,00
Status: GEANNULEERD - terugbetaling in behandeling

Heeft u deze annulering NIET aangevraagd? Bel dan direct onze afdeling Terugbetalingen op
+31 20 808 4417 (24/7 bereikbaar) om de transactie te stoppen.

Met vriendelijke groet,
Amazon Klantenservice
""", cte="8bit", msgid=generic_msgid("hotmail.com"), bstyle="outlook")

dt = when(2025, 3, 25, 9, 3, 1)
o = "402-8813094-2271560"
ph = evil("amazon-bestellingen.help", "/verificatie")
c = amz_ctx("nl", "nl", title="Account geblokkeerd", order=o, hello="Hallo,",
            paras=["We hebben verdachte activiteit op je Amazon-account gezien. Voor je veiligheid is je account "
                   "tijdelijk geblokkeerd en is je laatste bestelling geannuleerd.",
                   "Je persoonlijke verificatiecode: 905 318",
                   "Voer de code binnen 24 uur in om je account te deblokkeren en je bestelling te herstellen: "
                   "[Account verifiëren](https://www.amazon.nl/ap/verify)"],
            items_heading="Geannuleerde artikelen",
            items=[it("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, grijs", "€ 399,00", seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", NL, "fraud_prevention", True, None,
     "account geblokkeerd + bestelling geannuleerd, verificatiecode; domein amazon-bestellingen.help",
     addr("Amazon.nl", "beveiliging@amazon-bestellingen.help"), addr("Fleur Bakker", "fleur.bakker@gmail.com"),
     "Je account is geblokkeerd en bestelling %s is geannuleerd" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer("nl", "nl"))), html=classic_html(c), cte="quoted-printable",
     msgid=generic_msgid("amazon-bestellingen.help"), bstyle="amazon",
     pre=[("Received", received_generic("mail.amazon-bestellingen.help", "45.137.21.9", "fleur.bakker@gmail.com", dt))])

dt = when(2024, 12, 2, 20, 48, 1)
mail("lookalike", NL, "payment_issue", True, None,
     "vraagt om kaartgegevens per antwoord; gebrekkig Nederlands; gmail-afzender; geen bestelnummer",
     addr("Amazon Betalingen", "amazon.betalingen.nl@gmail.com"), "daan.jansen@kpnmail.nl",
     "Uw bestelling is geannuleerd - betaling mislukt", dt, "text",
     text="""Geachte klant,

Uw betaling is door de bank geweigerd daarom is uw laatste Amazon bestelling geannuleerd.

Om de bestelling te herstellen en blokkering van uw account te voorkomen, antwoord op deze email met:

- Naam op de kaart
- Kaartnummer
- Vervaldatum
- CVC code (achterkant kaart)
- Geboortedatum

Na ontvangst word uw bestelling binnen 24 uur verzonden.

Met vriendelijke groeten,
Amazon Betalings Afdeling
""", cte="quoted-printable", msgid=generic_msgid("mail.gmail.com"), bstyle="gmail")

dt = when(2025, 2, 6, 12, 0, 1)
o = "406-5520817-4409135"
ph = evil("amazon.com.be.orderstatus-service.eu", "/terugbetaling/bevestigen")
c = amz_ctx("nl-be", "com.be", title="Annuleringsbevestiging", order=o, hello="Hallo,",
            paras=["Helaas is het onderstaande artikel niet meer beschikbaar en werd het uit uw bestelling "
                   "geannuleerd.",
                   "Om uw terugbetaling van € 219,00 te ontvangen, bevestigt u binnen 48 uur uw gegevens via "
                   "[https://www.amazon.com.be/gp/css/order-history](https://amazon.com.be.orderstatus-service.eu/terugbetaling/bevestigen). "
                   "Niet-bevestigde terugbetalingen kunnen niet worden verwerkt."],
            items_heading="Geannuleerde artikelen",
            items=[it("Garmin Forerunner 255 GPS-hardloophorloge, leisteengrijs", "€ 219,00",
                      seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", NL, "inventory_shortage", True, None,
     "linktekst toont amazon.com.be-URL, href naar amazon.com.be.orderstatus-service.eu; alleen HTML",
     addr("Amazon.com.be", "bestelling@amazon.com.be.orderstatus-service.eu"), "jan.peeters@telenet.be",
     "Artikel geannuleerd uit uw Amazon.com.be-bestelling %s" % o, dt, "html", html=classic_html(c),
     cte="quoted-printable", msgid=generic_msgid("amazon.com.be.orderstatus-service.eu"))

dt = when(2025, 4, 29, 6, 33, 2)
o = "408-1029384-7756612"
t = ("Hallo,\n\nWe konden de betaling voor je bestelling %s niet autoriseren.\n\n"
     "Je bestelling wordt binnen 24 uur geannuleerd, tenzij je je betaalgegevens bevestigt:\n"
     "[Betaalgegevens bevestigen](https://klantportaal-verificatie.net/betaling)\n\n"
     "Bedankt voor je bestelling bij Amazon.\nAmazon.nl" % o)
mail("lookalike", NL, "payment_issue", True, None,
     "Griekse Alpha in weergavenaam 'Αmazon.nl'; 'wordt geannuleerd tenzij'; base64",
     addr("\u0391mazon.nl", "noreply@klantportaal-verificatie.net"), addr("Bram Visser", "bram.visser@outlook.com"),
     "Je bestelling %s wordt geannuleerd" % o, dt, "alt",
     text=md_text(t), html=simple_html(t.split("\n\n")), cte="base64",
     msgid=generic_msgid("klantportaal-verificatie.net"))

dt = when(2025, 5, 12, 10, 10, 2)
o = "403-7718290-5564031"
ph = evil("amaz0n-nl.com", "/tegoed")
c = amz_ctx("nl", "nl", title="Bestelling geannuleerd", order=o, hello="Hallo,",
            paras=["Door een systeemfout bij het verwerken van je bestelling is deze helaas geannuleerd.",
                   "Als compensatie ontvang je een tegoedbon van € 50,00. Log in via de onderstaande link en "
                   "bevestig je accountgegevens om het tegoed te activeren: "
                   "[Tegoed activeren](https://www.amazon.nl/tegoed)"],
            items_heading="Geannuleerde artikelen",
            items=[it("Sony PlayStation 5 DualSense draadloze controller, wit", "€ 64,99")],
            href=ph)
mail("lookalike", NL, "technical_issue", True, None,
     "look-alike domein amaz0n-nl.com (nul i.p.v. o), systeemfout, tegoedbon als lokaas",
     addr("Amazon.nl", "service@amaz0n-nl.com"), addr("Daan Jansen", "daan.jansen@kpnmail.nl"),
     "Je Amazon.nl-bestelling %s is geannuleerd" % o, dt, "alt",
     text=amz_text(c), html=modern_html(c), cte="quoted-printable", msgid=generic_msgid("amaz0n-nl.com"),
     bstyle="amazon")

dt = when(2025, 6, 16, 8, 22, 2)
o = "402-6650213-8843097"
ph = evil("amazon.nl.account-controle.info", "/ap/identiteit")
c = amz_ctx("nl", "nl", title="Beveiligingscontrole", order=o, hello="Hallo,",
            paras=["We hebben een aanmelding op je account gezien vanaf een onbekend apparaat (iPhone, Sofia, BG). "
                   "Je bestelling is daarom tijdelijk vastgehouden voor een beveiligingscontrole.",
                   "Als je je identiteit niet binnen 48 uur bevestigt, wordt de bestelling geannuleerd en wordt je "
                   "account beperkt.",
                   "[Identiteit bevestigen](https://www.amazon.nl/ap/identiteit)"],
            items_heading="Vastgehouden artikelen",
            items=[it("Apple MacBook Air 13\" M3, 16 GB, 512 GB, middernacht", "€ 1.599,00", seller="Amazon EU S.a.r.L.")],
            href=ph)
mail("lookalike", NL, "fraud_prevention", True, None,
     "gepolijst; afzender amazon.nl.account-controle.info met DKIM/DMARC pass voor dat domein; 'wordt geannuleerd'",
     addr("Amazon.nl", "no-reply@amazon.nl.account-controle.info"), addr("Sanne de Vries", "sanne.devries@ziggo.nl"),
     "Beveiligingscontrole: je bestelling %s wordt geannuleerd" % o, dt, "alt",
     text=amz_text(dict(c, footer=security_footer("nl", "nl"))), html=classic_html(c), cte="quoted-printable",
     msgid=generic_msgid("amazon.nl.account-controle.info"), bstyle="amazon",
     pre=[("Authentication-Results", "mx.ziggo.nl;\n       dkim=pass header.d=amazon.nl.account-controle.info;\n"
           "       spf=pass smtp.mailfrom=amazon.nl.account-controle.info;\n"
           "       dmarc=pass header.from=amazon.nl.account-controle.info")])

dt = when(2024, 10, 21, 4, 12, 2)
mail("lookalike", NL, "unknown", False, None,
     "plomp, yahoo-afzender, geen bestelnummer, geen reden",
     addr("Amazon", "amazon_nl_service@yahoo.com"), "undisclosed-recipients:;",
     "UW AMAZON BESTELLING IS GEANNULEERD", dt, "text",
     text="""Hallo,

UW AMAZON BESTELLING IS GEANNULEERD!!

Klik hier om uw bestelling terug te zetten: http://bestelling-herstellen.top/nl

Amazon
""", cte="7bit", msgid=generic_msgid("yahoo.com"))

# ---- non-notices -----------------------------------------------------
dt = when(2025, 1, 8, 14, 55, 1)
t = ["Hallo Sanne,",
     "Je bestelling 4839201177 is geannuleerd door de partner Gadgethuis Utrecht.",
     "Anker Soundcore Liberty 4 NC draadloze oordopjes, zwart - € 79,99\nReden: niet meer op voorraad",
     "Bericht van de partner: \"Sorry! Het laatste exemplaar is net via ons Amazon-kanaal verkocht voordat onze "
     "voorraad op bol.com was bijgewerkt.\"",
     "Je krijgt het volledige bedrag van € 79,99 binnen 3 werkdagen terug op je rekening.",
     "[Bekijk je bestellingen](https://www.bol.com/nl/rnwy/account/bestellingen/overzicht)"]
mail("non_notice", NL, None, False, None,
     "bol.com annulering door partner; noemt het Amazon-kanaal van de partner",
     addr("bol.com", "noreply@bol.com"), addr("Sanne de Vries", "sanne.devries@ziggo.nl"),
     "Je bestelling is geannuleerd", dt, "alt",
     text=simple_text(t, footer=["bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht"]),
     html=simple_html(t, footer=["bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht"]),
     cte="quoted-printable", msgid=generic_msgid("bol.com"))

dt = when(2025, 4, 17, 22, 3, 2)
mail("non_notice", NL, None, False, None,
     "vriendin schrijft dat ze haar Amazon-bestelling heeft geannuleerd",
     addr("Eva Mulder", "eva.mulder@gmail.com"), addr("Fleur Bakker", "fleur.bakker@gmail.com"),
     "Re: cadeau voor Noor", dt, "text",
     text="""Hoi Fleur,

Ik heb mijn bestelling bij Amazon voor die puzzel geannuleerd, hij zou pas na haar verjaardag komen. De
bevestiging van de annulering heb ik al binnen. Ik haal morgen wel iets bij de Bruna, oké?

Liefs,
Eva

Op do 17 apr 2025 om 18:40 schreef Fleur Bakker <fleur.bakker@gmail.com>:
> Heb jij het cadeau al besteld? Anders doe ik het.
""", cte="quoted-printable", msgid=generic_msgid("mail.gmail.com"), bstyle="gmail")

dt = when(2025, 2, 27, 7, 30, 1)
t = ["Let op: valse annuleringsmails uit naam van Amazon",
     "Veel lezers ontvingen deze week een e-mail met als onderwerp \"Je Amazon.nl-bestelling 402-5528190-3317740 "
     "is geannuleerd\" of \"Uw bestelling wordt geannuleerd - bevestig uw betaling\". Deze berichten komen niet "
     "van Amazon.",
     "De oplichters willen dat u op een link klikt of een 'terugbetalingsafdeling' belt. Daar vragen ze om uw "
     "inloggegevens, uw creditcardnummer of om toegang tot uw computer.",
     "Ons advies: klik niet op links in zo'n mail. Open zelf de Amazon-app of typ amazon.nl in uw browser en kijk "
     "bij 'Je bestellingen' of er echt iets is geannuleerd.",
     "Verder in deze nieuwsbrief: nepfacturen van energieleveranciers en de nieuwe regels voor iDEAL."]
mail("non_notice", NL, None, False, None,
     "nieuwsbrief over phishing, citeert valse annuleringsonderwerpen; alleen HTML",
     addr("VeiligOnline Nieuwsbrief", "nieuwsbrief@veiligonline-nieuwsbrief.nl"), "fleur.bakker@gmail.com",
     "Waarschuwing: valse mails 'Je Amazon-bestelling is geannuleerd'", dt, "html",
     html=simple_html(t[1:], title=t[0], footer=["U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. "
                                                 "[Afmelden](https://veiligonline-nieuwsbrief.nl/afmelden)"]),
     cte="quoted-printable", msgid=generic_msgid("veiligonline-nieuwsbrief.nl"),
     post=[("List-Unsubscribe", "<https://veiligonline-nieuwsbrief.nl/afmelden?u=%s>" % ralnum(10)),
           ("Precedence", "bulk")])

o = order_no("408")
amazon_mail(
    "non_notice", "nl", None, False, "nl", "shipment-tracking",
    "Je bezorgafspraak is geannuleerd - kies een nieuw tijdstip",
    amz_ctx("nl", "nl", title="Bezorginformatie", order=o, hello="Hallo Daan,",
            paras=["De bezorgafspraak voor je bestelling op vrijdag 21 maart tussen 12:00 en 17:00 uur is door "
                   "onze bezorgpartner geannuleerd.",
                   "Je bestelling zelf is niet geannuleerd en wordt nog steeds bezorgd. Kies een nieuw tijdstip: "
                   "[Bezorgafspraak plannen](https://www.amazon.nl/gp/your-account/ship-track?orderId=%s)." % o],
            items_heading="Artikel in deze zending",
            items=[it("Samsung 55\" Neo QLED QE55QN85D (2024)", "€ 1.099,00", seller="Amazon EU S.a.r.L.")]),
    when(2025, 3, 20, 16, 5), ("Daan Jansen", "daan.jansen@kpnmail.nl"),
    "bezorgafspraak geannuleerd, bestelling blijft actief", fmt="alt", tpl="modern", cte="quoted-printable",
    auth=True)

amazon_mail(
    "non_notice", "nl-be", None, False, "com.be", "prime",
    "Uw Prime-lidmaatschap werd beëindigd",
    amz_ctx("nl-be", "com.be", title="Amazon Prime", hello="Hallo Jan,",
            paras=["Zoals gevraagd hebben we uw Amazon Prime-lidmaatschap beëindigd.",
                   "U kunt uw Prime-voordelen nog gebruiken tot en met 30 juni 2025. Daarna wordt het "
                   "lidmaatschapsgeld van € 5,99 per maand niet meer aangerekend.",
                   "Van gedachten veranderd? U kunt Prime op elk moment opnieuw activeren via "
                   "[Prime beheren](https://www.amazon.com.be/gp/primecentral)."]),
    when(2025, 6, 1, 10, 42), ("Jan Peeters", "jan.peeters@telenet.be"),
    "Prime-lidmaatschap beëindigd; alleen tekst, ISO-8859-15", fmt="text", cs="iso-8859-15", cte="8bit",
    reply_to=None)

o = order_no("402")
amazon_mail(
    "non_notice", "nl", None, False, "nl", "payments-messages",
    "Actie vereist: werk je betaalmethode bij voor bestelling %s" % o,
    amz_ctx("nl", "nl", title="Betaling mislukt", order=o, hello="Hallo Bram,",
            paras=["We konden de betaling met je Mastercard eindigend op 7106 voor de onderstaande bestelling niet "
                   "verwerken. Dat gebeurt bijvoorbeeld als een kaart verlopen is of de bank de transactie weigert.",
                   "Werk je betaalmethode uiterlijk op 14 mei bij via "
                   "[Je bestellingen](https://www.amazon.nl/gp/css/order-history?ref_=pe_pay_revise). "
                   "Anders wordt je bestelling geannuleerd.",
                   "Tot die tijd houden we de artikelen voor je gereserveerd."],
            items_heading="Artikelen in deze bestelling",
            items=[it("Bose QuietComfort Ultra Earbuds, zwart", "€ 299,95", seller="Amazon EU S.a.r.L.")]),
    when(2025, 5, 11, 5, 15), ("Bram Visser", "bram.visser@outlook.com"),
    "betalingsherinnering vóór annulering (bestelling nog open)", fmt="alt", tpl="classic",
    cte="base64", auth=True)


# ================================================================ writer

def subject_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(s, cs)


def build(e):
    m = Message()
    for k, v in e["pre"]:
        m[k] = v
    m["From"] = e["from_"]
    if e["reply_to"]:
        m["Reply-To"] = e["reply_to"]
    m["To"] = e["to"]
    m["Subject"] = subject_header(e["subject"], e["hcs"])
    m["Date"] = format_datetime(e["dt"])
    m["Message-ID"] = e["msgid"]
    m["MIME-Version"] = e["mime_version"]
    cte = e["cte"]
    tcte, hcte = cte if isinstance(cte, tuple) else (cte, cte)
    if e["fmt"] == "text":
        set_leaf(m, "plain", e["text"], e["cs"], tcte)
    elif e["fmt"] == "html":
        set_leaf(m, "html", e["html"], e["cs"], hcte)
    else:
        m.add_header("Content-Type", "multipart/alternative", boundary=boundary(e["bstyle"]))
    for k, v in e["post"]:
        m[k] = v
    if e["fmt"] == "alt":
        pt, ph = Message(), Message()
        set_leaf(pt, "plain", e["text"], e["cs"], tcte)
        set_leaf(ph, "html", e["html"], e["cs"], hcte)
        m.attach(pt)
        m.attach(ph)
    return m


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        e = MAILS[idx]
        name = "f1%03d.eml" % n
        m = build(e)
        with open(os.path.join(OUT, name), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=78).flatten(m)
        labels.append(dict(file=name, kind=e["kind"], language="nl" if e["lang"].startswith("nl") else e["lang"],
                           cause=e["cause"], states_reason=e["states_reason"], marketplace=e["marketplace"],
                           note=e["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
