#!/usr/bin/env python3
"""Regenerate blind test batch e1 (en + de): Amazon cancellation notices,
lookalike phishing and near-miss non-notices.  Run: python3 make.py"""
import json, os, random, string, datetime, email.utils
from email import charset as _cs
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header

SEED = 20240611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ----------------------------------------------------------------- helpers
def oid(prefix):
    return "%s-%07d-%07d" % (prefix, R.randrange(10**7), R.randrange(10**7))

def tok(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))

def rlink(tld, ref):
    """Amazon style tracking redirect."""
    return ("https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (tld, tok(15), tok(13), "2024" + tok(12, string.digits) + tok(6).lower(),
               tok(14), "https%3A%2F%2Fwww.amazon." + tld + "%2Fgp%2Fcss%2Forder-history",
               tok(32, "abcdefghijklmnopqrstuvwxyz0123456789"), ref))

def rand_date(y0=2023, y1=2025):
    start = datetime.datetime(y0, 1, 3, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(y1, 5, 28, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=R.randrange(int((end - start).total_seconds())))
    return d

def amz_msgid(d):
    return "<0100%012x-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        int(d.timestamp() * 1000), tok(8, "0123456789abcdef"), tok(4, "0123456789abcdef"),
        tok(4, "0123456789abcdef"), tok(12, "0123456789abcdef"))

def other_msgid(domain):
    return "<%s.%s@%s>" % (tok(16, "0123456789abcdef"), tok(6, string.digits), domain)

def auth_pass(tld, ip, sel=None):
    sel = sel or R.choice(["yg4mwqurec7fkhzutopddd3ytuaqrvuz", "rlntogby6xsxlfnvyxwrwxpkhmcmbntb",
                           "7v7vs6w47njt4pimodk5mmttbegzsi6n", "cyzsdq3duzpn7yfsr7ixa2zkyy3c4pel"])
    host = R.choice(["mx.google.com", "mx.gmx.net", "spool.mail.gandi.net", "mail.protonmail.ch"])
    return ("%s;\n\tdkim=pass header.d=amazon.%s header.i=@amazon.%s header.s=%s header.b=%s;\n"
            "\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n"
            "\tspf=pass (%s: domain of 0100018%s@bounces.amazon.%s designates %s as permitted sender) smtp.mailfrom=bounces.amazon.%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s"
            % (host, tld, tld, sel, tok(8, string.ascii_letters), tok(8, string.ascii_letters), host,
               tok(10, "0123456789abcdef"), tld, ip, tld, tld))

def amz_received(tld, d, ip):
    a, b = ip.split(".")[2:]
    return ("from a%s-%s.smtp-out.amazonses.com (a%s-%s.smtp-out.amazonses.com. [%s])\n"
            "\tby mx.example.net with ESMTPS id %s\n\tfor <%s>; %s" % (
                a, b, a, b, ip, tok(12).lower(), "{to}", email.utils.format_datetime(d)))

ENC = {"qp": _cs.QP, "b64": _cs.BASE64, "8bit": None, "7bit": None}

def textpart(body, subtype, charset, enc):
    cs = _cs.Charset(charset)
    cs.body_encoding = ENC[enc]
    if enc == "7bit":
        body.encode("ascii")  # must be pure ASCII
    return MIMEText(body, subtype, cs)

def boundary(style):
    if style == "amazon":
        return "----=_Part_%d_%d.%d" % (R.randrange(10**6, 10**8), R.randrange(10**8, 2 * 10**9),
                                          R.randrange(1600000000000, 1750000000000))
    if style == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (tok(8), tok(4), tok(4), tok(4), tok(12))
    if style == "gmail":
        return "0000000000%s" % tok(18, "0123456789abcdef")
    return "===============%d==" % R.randrange(10**18, 10**19)

def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)

def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, address), charset=charset)

# ----------------------------------------------------------------- Amazon-style HTML
AMZ_STYLE = """<style type="text/css">
body { margin:0; padding:0; font-family:Arial, sans-serif; }
table, table td { border-collapse:collapse !important; }
#container { width:100%; background-color:#ffffff; }
#main { width:640px; }
#header .logo { width:115px; padding:10px 0; }
#header .navigation { font-size:12px; color:#999999; text-align:right; }
#header .navigation a { color:#0066c0; text-decoration:none; }
#header .title { text-align:right; font-size:12px; padding-bottom:10px; border-bottom:1px solid #cccccc; }
#header .title h2 { font-size:20px; color:#cc6600; margin:0; font-weight:normal; }
#summary { font-size:13px; color:#333333; padding-top:12px; }
#summary .heading { font-size:18px; color:#cc6600; }
#orderDetails { width:100%; border-top:3px solid #2f6698; font-size:13px; }
#orderDetails h3 { font-size:16px; color:#cc6600; margin:12px 0 6px 0; }
#orderDetails td.price { text-align:right; white-space:nowrap; }
#closing { font-size:13px; color:#333333; padding-top:12px; }
#closing a, #summary a, #orderDetails a { color:#0066c0; text-decoration:none; }
#legalCopy { font-size:10px; color:#666666; padding-top:18px; border-top:1px solid #eaeaea; }
#legalCopy a { color:#0066c0; }
.signature { color:#333333; }
</style>"""

def amazon_html(brand, nav, href, title, order_no, order_href, greeting, paras, items_head, items,
                closing, legal, lang="en", total_label=None, total=None, extra_block=""):
    """brand='Amazon.co.uk'; nav=(orders, account); href(ref)->url for every link;
    paras: list of html paragraphs; items: list of (title, qty/seller line, price)."""
    rows = []
    for t, sub, price in items:
        rows.append("""              <tr>
               <td class="photo" width="60"><img src="https://m.media-amazon.com/images/I/%s._SS70_.jpg" width="55" height="55" alt="" /></td>
               <td class="name"><a href="%s">%s</a><br /><span style="color:#666666;">%s</span></td>
               <td class="price"><strong>%s</strong></td>
              </tr>""" % (tok(11, string.ascii_letters + string.digits), href("item"), t, sub, price))
    total_row = ""
    if total_label:
        total_row = """              <tr>
               <td></td><td style="text-align:right;padding-top:8px;">%s</td>
               <td class="price" style="padding-top:8px;"><strong>%s</strong></td>
              </tr>""" % (total_label, total)
    order_line = ""
    if order_no:
        order_line = '%s #<a href="%s">%s</a>' % ("Bestellung" if lang == "de" else "Order", order_href, order_no)
    paras_html = "\n".join("                <p>%s</p>" % p for p in paras)
    legal_html = "\n".join("                <p>%s</p>" % p for p in legal)
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="https://www.w3.org/1999/xhtml" lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  %(style)s
  <title>%(brand)s</title>
 </head>
 <body><img width="1" height="1" src="%(pix)s" />
  <table id="container" cellpadding="0">
   <tbody><tr><td class="frame">
    <table id="main" cellpadding="0" align="center">
     <tbody>
      <tr><td>
       <table id="header" cellpadding="0" width="100%%">
        <tbody>
         <tr>
          <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" alt="%(brand)s" width="115" height="30" border="0" /></a></td>
          <td class="navigation">
           <table align="right"><tbody><tr>
            <td><a href="%(navorders)s">%(nav0)s</a></td>
            <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
            <td><a href="%(navacct)s">%(nav1)s</a></td>
            <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
            <td><a class="last" href="%(home)s">%(brand)s</a></td>
           </tr></tbody></table>
          </td>
         </tr>
         <tr>
          <td class="title"><h2>%(title)s</h2> %(order_line)s</td>
         </tr>
        </tbody>
       </table>
      </td></tr>
      <tr><td>
       <table id="summary" cellpadding="0">
        <tbody><tr><td>
                <span class="heading">%(greeting)s</span>
%(paras)s
        </td></tr></tbody>
       </table>
      </td></tr>
%(extra)s      <tr><td>
       <table id="orderDetails" cellpadding="4">
        <tbody>
              <tr><td colspan="3"><h3>%(items_head)s</h3></td></tr>
%(rows)s
%(total_row)s
        </tbody>
       </table>
      </td></tr>
      <tr><td>
       <table id="closing" cellpadding="0">
        <tbody><tr><td>%(closing)s
                <p><br />%(thanks)s<br /><span class="signature"><strong>%(brand)s</strong></span></p>
        </td></tr></tbody>
       </table>
      </td></tr>
      <tr><td>
       <table id="legalCopy">
        <tbody><tr><td><span>
%(legal)s
        </span></td></tr></tbody>
       </table>
      </td></tr>
     </tbody>
    </table>
   </td></tr></tbody>
  </table>
 <img width="1" height="1" src="%(pix)s" /></body>
</html>
""" % dict(lang=lang, style=AMZ_STYLE, brand=brand, pix=href("pix"), home=href("home"),
           navorders=href("yo"), navacct=href("ya"), nav0=nav[0], nav1=nav[1], title=title,
           order_line=order_line, greeting=greeting, paras=paras_html, extra=extra_block,
           items_head=items_head, rows="\n".join(rows), total_row=total_row, closing=closing,
           thanks=("Wir hoffen, Sie bald wiederzusehen." if lang == "de" else "We hope to see you again soon."),
           legal=legal_html)

def amz_href(tld):
    return lambda ref: rlink(tld, "pe_%s_%s" % (tok(6, string.digits), ref))

def bad_href(url):
    """every link goes to the phishing host (query varies)"""
    return lambda ref: "%s?session=%s&r=%s" % (url, tok(20, string.ascii_letters + string.digits), ref)

SEP = "_" * 75

# ----------------------------------------------------------------- shared footers
def en_security_text(tld):
    return ("Amazon.%s will never ask you to provide or verify your password, bank account or full card "
            "number by email, text message or phone call. If your card number or expiry date has changed, "
            "you can update it at any time in Your Account: https://www.amazon.%s/cpe/yourpayments/wallet\n\n"
            "If you receive an email that looks like it's from Amazon but you're not sure, don't click any links. "
            "Report suspicious emails to reportphishing@amazon.com. Learn how to identify phishing: "
            "https://www.amazon.%s/gp/help/customer/display.html?nodeId=GSD587LKW72HKU2V\n\n"
            "This email was sent from a notification-only address that cannot accept incoming email. "
            "Please do not reply to this message." % (tld, tld, tld))

def en_security_html(tld, href):
    return [
        "Amazon.%s will never ask you to provide or verify your password, bank account or full card number by "
        "email, text message or phone call. If your card number or expiry date has changed, you can update it at any "
        "time in <a href=\"%s\">Your Account</a>." % (tld, href("wallet")),
        "If you receive an email that looks like it's from Amazon but you're not sure, don't click any links. "
        "Report suspicious emails to reportphishing@amazon.com. <a href=\"%s\">Learn how to identify phishing</a>."
        % href("phish"),
        "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply "
        "to this message.",
    ]

DE_LEGAL = ("Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Stammkapital: 125.000 EUR; "
            "Handelsregister Luxemburg RCS B 101818; Umsatzsteuer-Identifikationsnummer LU 20260743. "
            "Niederlassung Deutschland: Amazon EU S.à r.l., Niederlassung Deutschland, Marcel-Breuer-Str. 12, "
            "80807 München; Registergericht München HRB 218574; USt-ID DE 814584193.")

def de_security_text():
    return ("Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer PIN oder Ihrer "
            "vollständigen Kreditkartennummer fragen. Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat, "
            "können Sie Ihre Zahlungsarten jederzeit unter Mein Konto aktualisieren: "
            "https://www.amazon.de/cpe/yourpayments/wallet\n\n"
            "Wenn Sie eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt, klicken Sie auf keine Links "
            "und leiten Sie sie an reportphishing@amazon.com weiter. Weitere Informationen finden Sie in unserer "
            "Hilfe: https://www.amazon.de/gp/help/customer/display.html?nodeId=GSD587LKW72HKU2V\n\n"
            "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. "
            "Bitte antworten Sie nicht auf diese Nachricht.\n\n" + DE_LEGAL)

def de_security_html(href):
    return [
        "Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer PIN oder Ihrer "
        "vollständigen Kreditkartennummer fragen. Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat, "
        "können Sie Ihre Zahlungsarten jederzeit unter <a href=\"%s\">Mein Konto</a> aktualisieren." % href("wallet"),
        "Wenn Sie eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt, klicken Sie auf keine Links und "
        "leiten Sie sie an reportphishing@amazon.com weiter. <a href=\"%s\">So erkennen Sie Phishing</a>." % href("phish"),
        "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten "
        "Sie nicht auf diese Nachricht.",
        DE_LEGAL.replace("à", "&agrave;"),
    ]

MAILS = []
def add(**kw):
    MAILS.append(kw)

# ================================================================= ENGLISH: notices
# N1 amazon.com inventory_shortage, HTML+text, QP, auth
o = oid("113"); h = amz_href("com")
txt = """Amazon.com
%(sep)s

Hello Jordan,

We're writing to let you know that the following item has been canceled from your order #%(o)s. The seller who was
going to fulfill this item told us it is out of stock and they are unable to obtain more, so we can't ship it to you.

Canceled Items
----------------------------------------
Anker 737 Power Bank (PowerCore 24K), 140W
Qty: 1   Sold by: TechNova Direct   $109.99

The other items in your order are not affected and will ship as originally scheduled.
You have not been charged for the canceled item. If a temporary authorization appears on your statement,
it will be released by your bank within 3-5 business days.

You can view the status of your order in Your Orders:
https://www.amazon.com/gp/css/order-history?ref_=pe_cxl_yo

We apologize for any inconvenience.

Amazon.com
%(sep)s

%(sec)s
""" % dict(sep=SEP, o=o, sec=en_security_text("com"))
html = amazon_html("Amazon.com", ("Your Orders", "Your Account"), h, "Cancellation Notice", o, h("oid"),
    "Hello Jordan,",
    ["We're writing to let you know that the following item has been canceled from your order. The seller who was going "
     "to fulfill this item told us it is out of stock and they are unable to obtain more, so we can't ship it to you.",
     "The other items in your order are not affected and will ship as originally scheduled."],
    "Canceled Items", [("Anker 737 Power Bank (PowerCore 24K), 140W", "Qty: 1 &middot; Sold by: TechNova Direct", "$109.99")],
    "You have not been charged for the canceled item. If a temporary authorization appears on your statement, it will be "
    "released by your bank within 3-5 business days. You can view the status of your order in <a href=\"%s\">Your Orders</a>." % h("yo2"),
    en_security_html("com", h))
add(kind="notice", language="en", cause="inventory_shortage", states_reason=True, marketplace="amazon.com",
    note="item-level cancel, seller out of stock; HTML template + text; DKIM/DMARC pass",
    frm=("Amazon.com", "order-update@amazon.com"), to=("Jordan Ellis", "jordan.ellis@fastmail.com"),
    reply_to="no-reply@amazon.com",
    subject="1 item has been canceled from your Amazon.com order #%s" % o,
    origin="com", auth=True, structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# N2 amazon.co.uk payment_issue, text only, 8bit, no auth
o = oid("204")
txt = """Greetings from Amazon.co.uk,

We wrote to you on 3 March to let you know that we couldn't process the payment for your order #%(o)s.
Because we didn't receive updated payment information within the time allowed, we've cancelled the order.

Order #%(o)s
Placed on: Friday, 1 March 2024

  Philips Sonicare ProtectiveClean 4300 Electric Toothbrush, Black      £49.99
  Philips Genuine Sonicare C2 Optimal Plaque Defence Brush Heads x4    £22.49

Order Total: £72.48

Your Visa card ending in 4412 was declined by the card issuer when we attempted to charge it. No money has
been taken for this order.

If you'd still like these items, please place a new order on Amazon.co.uk:
https://www.amazon.co.uk/gp/css/order-history?ref_=pm_cxl_uk

If your card number or expiry date has changed, you can update it in Your Account:
https://www.amazon.co.uk/cpe/yourpayments/wallet

We hope to see you again soon.
Amazon.co.uk
%(sep)s

Please note: Amazon.co.uk will never ask you to send your password or card details by email. We will never ask you
to call a phone number to confirm a cancellation. If you receive a suspicious email, please forward it to
reportphishing@amazon.com and then delete it: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GSD587LKW72HKU2V

Amazon EU, Société à responsabilité limitée, 38 avenue John F. Kennedy, L-1855 Luxembourg. Share capital: EUR 125.000;
Registered in Luxembourg; RCS Luxembourg No: B 101818; Luxembourg VAT Registration Number: LU 20260743.

This email was sent from a notification-only address that can't accept incoming email. Please do not reply to this message.
""" % dict(o=o, sep=SEP)
add(kind="notice", language="en", cause="payment_issue", states_reason=True, marketplace="amazon.co.uk",
    note="payment revision not made in time, card declined; plain text 8bit; no auth header",
    frm=("Amazon.co.uk", "payments-messages@amazon.co.uk"), to=("Sophie Whitfield", "s.whitfield@btinternet.com"),
    subject="Your Amazon.co.uk order #%s has been cancelled" % o,
    origin="co.uk", auth=False, structure="plain", text=txt, enc=("8bit",), charset="utf-8")

# N3 amazon.ca technical_issue (pricing error), alt, base64, auth
o = oid("702"); h = amz_href("ca")
txt = """Amazon.ca

Hello,

We're contacting you about your recent Amazon.ca order #%(o)s for:

  Dyson V8 Absolute Cordless Stick Vacuum, Silver/Nickel  (Qty: 1)

Due to a pricing error on our website, this item was displayed at an incorrect price of CDN$ 49.99 instead of
CDN$ 549.99. As a result, we have canceled your order. Your payment method has not been charged, and any
pending authorization will be released automatically.

We regret any inconvenience this may cause. If you'd like to purchase the item at its correct price, you can
find it here: https://www.amazon.ca/dp/B0CX9S7T1L

Thank you for shopping with us.
Amazon.ca Customer Service
https://www.amazon.ca/help

%(sec)s
""" % dict(o=o, sec=en_security_text("ca"))
html = amazon_html("Amazon.ca", ("Your Orders", "Your Account"), h, "Order Canceled", o, h("oid"),
    "Hello,",
    ["We're contacting you about your recent Amazon.ca order.",
     "Due to a pricing error on our website, the item below was displayed at an incorrect price of CDN$ 49.99 instead of "
     "CDN$ 549.99. As a result, we have canceled your order. Your payment method has not been charged, and any pending "
     "authorization will be released automatically."],
    "Canceled Items", [("Dyson V8 Absolute Cordless Stick Vacuum, Silver/Nickel", "Qty: 1 &middot; Sold by: Amazon.com.ca ULC", "CDN$ 49.99")],
    "We regret any inconvenience this may cause. If you'd like to purchase the item at its correct price, you can find it "
    "<a href=\"%s\">here</a>." % h("dp"), en_security_html("ca", h))
add(kind="notice", language="en", cause="technical_issue", states_reason=True, marketplace="amazon.ca",
    note="pricing error, bulk 'Information from' subject; base64 alt; DKIM/DMARC pass",
    frm=("Amazon.ca", "auto-confirm@amazon.ca"), to=("Marc-André Tremblay", "ma.tremblay@videotron.ca"),
    subject="Information from Amazon.ca",
    origin="ca", auth=True, structure="alt", text=txt, html=html, enc=("b64", "b64"), charset="utf-8")

# N4 amazon.com.au fraud_prevention, text only QP, no auth
o = oid("249")
txt = """Hello Liam,

As part of our regular security checks, we noticed unusual activity on your Amazon.com.au account. To protect
you, we have placed a temporary hold on your account and cancelled the following pending order:

Order #%(o)s
  Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)   AU$ 349.00
  Apple 20W USB-C Power Adapter                                   AU$  29.00

You have not been charged for this order.

To remove the hold, sign in to your account at www.amazon.com.au and follow the on-screen instructions to
verify your identity and payment information. Once the verification is complete, you can place the order again.

We don't need any personal information from you by email. Please don't reply to this message with card or
account details.

Sincerely,
Account Specialist
Amazon.com.au

%(sec)s
""" % dict(o=o, sec=en_security_text("com.au"))
add(kind="notice", language="en", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.au",
    note="account hold, verify identity by signing in; genuine but phish-like wording; QP text; no auth header",
    frm=("Amazon.com.au", "cs-reply@amazon.com.au"), to=("Liam O'Connor", "liam.oconnor@bigpond.com"),
    subject="Your Amazon.com.au order #%s has been cancelled" % o,
    origin="com.au", auth=False, structure="plain", text=txt, enc=("qp",), charset="utf-8")

# N5 amazon.in customer_request, alt, QP, auth
o = oid("404"); h = amz_href("in")
txt = """Amazon.in

Hello Priya,

As requested, we have cancelled the following item from your order #%(o)s.

Cancelled Items
  boAt Airdopes 141 Bluetooth TWS Earbuds (Bold Black)
  Quantity: 1
  Cancel Reason: Customer Cancelled

Refund: ₹1,299.00 will be credited to your original payment method (UPI) within 2-4 business days.

Your other items in this order have not been affected. You can check the status of your order in Your Orders:
https://www.amazon.in/gp/css/order-history?ref_=pe_ccs_in

%(sec)s
""" % dict(o=o, sec=en_security_text("in"))
html = amazon_html("Amazon.in", ("Your Orders", "Your Account"), h, "Cancellation Confirmation", o, h("oid"),
    "Hello Priya,",
    ["As requested, we have cancelled the following item from your order.",
     "<strong>Cancel Reason:</strong> Customer Cancelled"],
    "Cancelled Items", [("boAt Airdopes 141 Bluetooth TWS Earbuds (Bold Black)", "Quantity: 1", "₹1,299.00")],
    "Refund: ₹1,299.00 will be credited to your original payment method (UPI) within 2-4 business days. Your other "
    "items in this order have not been affected. Check the status in <a href=\"%s\">Your Orders</a>." % h("yo2"),
    en_security_html("in", h))
add(kind="notice", language="en", cause="customer_request", states_reason=True, marketplace="amazon.in",
    note="customer-initiated partial cancel, 'Cancel Reason' line; QP alt; DKIM/DMARC pass",
    frm=("Amazon.in", "order-update@amazon.in"), to=("Priya Raghavan", "priya.raghavan@gmail.com"),
    subject="Successful cancellation of \"boAt Airdopes 141 Bluetooth TWS...\" from your Amazon.in order #%s" % o,
    origin="in", auth=True, structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# N6 amazon.com unknown, no reason, HTML only base64, no auth
o = oid("112"); h = amz_href("com")
html = amazon_html("Amazon.com", ("Your Orders", "Your Account"), h, "Your order has been canceled", o, h("oid"),
    "Hello Denise,",
    ["We're writing to let you know that your order has been canceled. You have not been charged for this order.",
     "If you'd still like these items, you can place a new order at any time."],
    "Canceled Items",
    [("Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 Quart", "Qty: 1", "$89.99"),
     ("Instant Pot Official Silicone Sealing Ring, 2-Pack", "Qty: 1", "$12.95")],
    "Questions about this order? Visit <a href=\"%s\">Your Orders</a> or our <a href=\"%s\">Help pages</a>."
    % (h("yo2"), h("help")), en_security_html("com", h), total_label="Order Total:", total="$102.94")
add(kind="notice", language="en", cause="unknown", states_reason=False, marketplace="amazon.com",
    note="whole order canceled, no reason given; HTML-only base64; no auth header",
    frm=("Amazon.com", "auto-confirm@amazon.com"), to=("Denise Park", "denise.park@outlook.com"),
    reply_to="no-reply@amazon.com",
    subject="Your Amazon.com order #%s has been canceled" % o,
    origin="com", auth=False, structure="html", html=html, enc=("b64",), charset="utf-8")

# ================================================================= ENGLISH: lookalikes
# L1 crude callback, gmail, no reason, malformed order number
txt = """Dear Customer,

Your Amazon Order has been Cancelled !!

Order ID : #113-48291-119235
Item : Apple iPhone 15 Pro Max 256GB - Natural Titanium
Amount : $1,299.00
Payment : Visa ****7731

The amount of $1,299.00 will be REFUNDED to your account after verification. If you dont want the refund
or you did not place this order than please call immediately on our Toll Free number

   CALL NOW : +1 (888) 516-0274   (24/7 Amazon Cancellation Department)

If you do not call with in 24 hours the amount will be charged again and can not be reversed.

Thanks & Regard
Amazon Support Team
"""
add(kind="lookalike", language="en", cause="unknown", states_reason=False, marketplace=None,
    note="crude callback scam, gmail sender, malformed order no., no reason",
    frm=("Amazon Support", "amazonsupport.orders2451@gmail.com"), to=(None, "undisclosed-recipients:;"),
    bcc_style=True, subject="Order Cancelled !! Refund Pending - Call Now",
    origin=None, received=("mail-pj1-f41.google.com", "209.85.216.41"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=gmail.com header.s=20230601 header.b=Kx7pQ2aL;\n"
    "\tspf=pass smtp.mailfrom=amazonsupport.orders2451@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
    msgid_domain="mail.gmail.com", structure="plain", text=txt, enc=("7bit",), charset="us-ascii")

# L2 account suspended + order cancelled, use this code; amazon-orders.help, dkim pass for own domain
o = oid("111")
txt = """Amazon

Your account has been suspended

Hello,

We detected an unusual sign-in attempt on your Amazon account from a new device (Windows 10, Lagos, NG).
For your protection we have suspended your account and cancelled your pending order #%(o)s.

To restore your account and reinstate your order, enter the verification code below on our secure
restore page within 24 hours:

    Verification code: AMZ-448-219

Restore my account: https://amazon-orders.help/restore?code=AMZ-448-219

If you do not complete verification, your account will be permanently closed and any stored gift card
balance will be forfeited.

Amazon Account Protection
""" % dict(o=o)
html = """<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0;padding:20px">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://amazon-orders.help/img/amazon_logo_white.png" alt="amazon" width="100"></td></tr>
<tr><td style="padding:24px 28px;color:#111;font-size:14px;line-height:20px">
<h2 style="color:#c45500;font-weight:normal;margin-top:0">Your account has been suspended</h2>
<p>Hello,</p>
<p>We detected an unusual sign-in attempt on your Amazon account from a new device (Windows 10, Lagos, NG).
For your protection we have suspended your account and cancelled your pending order <b>#%(o)s</b>.</p>
<p>To restore your account and reinstate your order, enter the verification code below on our secure restore page within 24 hours:</p>
<p style="font-size:26px;letter-spacing:3px;text-align:center;font-weight:bold">AMZ-448-219</p>
<p style="text-align:center"><a href="https://amazon-orders.help/restore?code=AMZ-448-219" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Restore my account</a></p>
<p>If you do not complete verification, your account will be permanently closed and any stored gift card balance will be forfeited.</p>
<p>Amazon Account Protection</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#888">&copy; 1996-2024, Amazon.com, Inc. or its affiliates. Amazon.com, 410 Terry Avenue N., Seattle, WA 98109</td></tr>
</table></body></html>""" % dict(o=o)
add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled + verification code; look-alike domain amazon-orders.help with its own DKIM pass",
    frm=("Amazon", "account-protection@amazon-orders.help"), to=("", "kevin.march@yahoo.com"),
    subject="Your account has been suspended - order #%s cancelled" % o,
    origin=None, received=("mta2.amazon-orders.help", "185.234.72.19"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=amazon-orders.help header.s=mail header.b=Zr8dK1Vw;\n"
    "\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass (p=NONE) header.from=amazon-orders.help",
    msgid_domain="amazon-orders.help", structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# L3 reply with card details, co.uk look-alike, reply-to yahoo
txt = """Dear Valued Customer,

We were unable to process the payment for your recent Amazon.co.uk order and as a result your order
#202-8837261-009 has been cancelled.

To reinstate your order and avoid your account being restricted, please REPLY to this email with the
following information so our billing team can manually verify your payment:

  - Full name as it appears on card
  - Card number (16 digits)
  - Expiry date
  - Security code (CVV)
  - Date of birth
  - Billing post code

Once we receive your details your order will be re-processed within 2 hours.

Kind regards,
Amazon.co.uk Billing Department
Amazon UK Services Ltd.
"""
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="asks to reply with card details; look-alike sender domain, Reply-To yahoo; malformed order no.",
    frm=("Amazon.co.uk Billing", "billing@amazn-payments.co.uk"), to=("", "g.hartley@sky.com"),
    reply_to="amazon.uk.billing.dept@yahoo.com",
    subject="Action required: your Amazon.co.uk order was cancelled - payment declined",
    origin=None, received=("vps-4c1a.contaboserver.net", "161.97.88.213"), auth_line=
    "mx.example.net;\n\tdkim=none;\n\tspf=neutral smtp.mailfrom=amazn-payments.co.uk;\n\tdmarc=none header.from=amazn-payments.co.uk",
    msgid_domain="amazn-payments.co.uk", structure="plain", text=txt, enc=("7bit",), charset="us-ascii")

# L4 polished clone, spoofed From amazon.com, link text shows amazon address, href elsewhere, dmarc fail
o = oid("114"); bad = bad_href("https://amazon.account-billing-update.ru/signin")
html = amazon_html("Amazon.com", ("Your Orders", "Your Account"), bad, "Order Canceled", o, bad("oid"),
    "Hello,",
    ["We're writing to let you know that your order has been canceled because your payment method was declined by the "
     "card issuer.",
     "To avoid further cancellations and keep your Prime benefits, please update your payment information at "
     "<a href=\"%s\">https://www.amazon.com/cpe/yourpayments/wallet</a> within 48 hours." % bad("wallet2")],
    "Canceled Items", [("Samsung 65-Inch Class QLED 4K Q60C Series Smart TV", "Qty: 1", "$897.99")],
    "You can review your orders at <a href=\"%s\">https://www.amazon.com/gp/css/order-history</a>." % bad("yo2"),
    en_security_html("com", bad), total_label="Order Total:", total="$897.99")
txt = """Hello,

We're writing to let you know that your order #%(o)s has been canceled because your payment method was
declined by the card issuer.

To avoid further cancellations and keep your Prime benefits, please update your payment information at
https://www.amazon.com/cpe/yourpayments/wallet within 48 hours.

Canceled Items
  Samsung 65-Inch Class QLED 4K Q60C Series Smart TV   $897.99

Amazon.com
""" % dict(o=o)
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="polished template clone; spoofed From amazon.com with SPF/DMARC fail; anchor text shows amazon.com, href goes to .ru",
    frm=("Amazon.com", "order-update@amazon.com"), to=("", "tlangford@comcast.net"),
    subject="Your Amazon.com order #%s has been canceled" % o,
    origin=None, received=("mail.account-billing-update.ru", "91.215.85.140"), return_path="bounce-7731@account-billing-update.ru",
    auth_line="mx.example.net;\n\tdkim=none (message not signed);\n\tspf=fail (domain of amazon.com does not designate 91.215.85.140 as permitted sender) smtp.mailfrom=amazon.com;\n"
    "\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.com",
    msgid_domain="account-billing-update.ru", structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# L5 Cyrillic homoglyph display name, inventory claim, refund-claim link, HTML only base64
html = """<html><head><meta charset="utf-8"></head><body style="font-family:'Amazon Ember',Arial,sans-serif;color:#0f1111">
<div style="max-width:580px;margin:0 auto;border:1px solid #e7e7e7;padding:20px">
<p style="font-size:22px;color:#c45500;margin:0 0 14px 0">Аmаzon.ca</p>
<p>Hi there,</p>
<p>Unfortunately the item in your recent order is <b>no longer in stock</b> and our supplier was unable to fulfil it.
Your order has therefore been cancelled.</p>
<table style="border-top:1px solid #ddd;width:100%%;font-size:14px"><tr><td style="padding:8px 0">LEGO Technic Ford Mustang Shelby GT500 (42138)</td><td style="text-align:right">CDN$ 64.99</td></tr></table>
<p>To receive your refund of <b>CDN$ 64.99</b>, please confirm your refund method using the button below. Unclaimed refunds
are returned to the seller after 72 hours.</p>
<p><a href="https://refund-ca.amzn-claims.net/r/%s" style="display:inline-block;background:#ffa41c;color:#111;padding:9px 22px;border-radius:3px;text-decoration:none">Claim your refund</a></p>
<p style="font-size:11px;color:#777">Order reference: CA-%s</p>
</div></body></html>""" % (tok(12).lower(), tok(8, string.digits))
add(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillic homoglyphs in display name and subject; out-of-stock claim, 'claim refund' link; no Amazon order no.",
    frm=("Аmаzon.ca", "orders@amzn-claims.net"), to=("", "rachel.nguyen@rogers.com"),
    subject="Your Аmаzon.ca order has been cancelled – item out of stock",
    origin=None, received=("smtp17.mailgrid-relay.com", "45.89.127.66"), auth_line=None,
    msgid_domain="amzn-claims.net", structure="html", html=html, enc=("b64",), charset="utf-8")

# L6 amaz0n.in, "will be cancelled" unless act, malformed order number
txt = """Amazon.in

Dear Customer,

Payment verification pending for Order No. 402-88172-99182311

Your payment for the order below could not be verified by your bank. Your order WILL BE CANCELLED
within 24 hours unless you verify your payment details.

  Item: OnePlus Nord CE4 5G (Celadon Marble, 8GB RAM, 256GB)
  Amount: Rs. 24,999.00

Verify payment now: http://amaz0n.in/verify-payment?id=402-88172-99182311

After verification your order will be dispatched the same day.

Regards,
Amazon.in Payments
"""
html = """<div style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<img src="http://amaz0n.in/static/logo.png" alt="amazon.in" width="110"><hr>
<p>Dear Customer,</p>
<p><b>Payment verification pending for Order No. 402-88172-99182311</b></p>
<p>Your payment for the order below could not be verified by your bank. Your order <b style="color:#b12704">WILL BE CANCELLED</b> within 24 hours unless you verify your payment details.</p>
<p>Item: OnePlus Nord CE4 5G (Celadon Marble, 8GB RAM, 256GB)<br>Amount: &#8377;24,999.00</p>
<p><a href="http://amaz0n.in/verify-payment?id=402-88172-99182311">Verify payment now</a></p>
<p>After verification your order will be dispatched the same day.</p>
<p>Regards,<br>Amazon.in Payments</p></div>"""
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="amaz0n.in domain; threatens the order WILL BE cancelled unless payment verified; malformed order no.",
    frm=("Amazon.in", "payments@amaz0n.in"), to=("", "arjun.mehta77@rediffmail.com"),
    subject="Payment verification pending - your order will be cancelled",
    origin=None, received=("server1.amaz0n.in", "103.153.182.9"), auth_line=None,
    msgid_domain="amaz0n.in", structure="alt", text=txt, html=html, enc=("8bit", "qp"), charset="utf-8")

# L7 amazon.com.au.<evil> sender, pricing error + compensation voucher, no proper order number
txt = """Amazon.com.au

Hello,

We're sorry - due to a listing error on our website the price of an item in your recent order was shown
incorrectly, and your order (Ref: AU-99281) has been cancelled.

As an apology, you are eligible for a AU$ 150 compensation voucher. To receive it, please confirm your
account and card details on the page below within 3 days:

https://amazon.com.au.cancel-notice.top/compensation/AU-99281

Thank you for shopping with Amazon.

Amazon.com.au Customer Care
"""
html = """<html><body><table width="100%%" style="font-family:Arial;font-size:14px"><tr><td>
<h3 style="color:#e47911">Amazon.com.au</h3>
<p>Hello,</p>
<p>We're sorry - due to a listing error on our website the price of an item in your recent order was shown incorrectly, and your order (Ref: AU-99281) has been cancelled.</p>
<p>As an apology, you are eligible for a <b>AU$ 150 compensation voucher</b>. To receive it, please confirm your account and card details within 3 days:</p>
<p><a href="https://amazon.com.au.cancel-notice.top/compensation/AU-99281">https://www.amazon.com.au/compensation</a></p>
<p>Thank you for shopping with Amazon.</p><p>Amazon.com.au Customer Care</p>
<p style="font-size:10px;color:#999">Amazon Commercial Services Pty Ltd, ABN 30 616 935 623. Amazon will never ask for your password.</p>
</td></tr></table></body></html>"""
add(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="sender amazon.com.au.cancel-notice.top; listing/pricing error claim + voucher bait; no real order no.",
    frm=("Amazon.com.au", "order-update@amazon.com.au.cancel-notice.top"), to=("", "mia.k@optusnet.com.au"),
    subject="Your Amazon.com.au order has been cancelled (listing error) - compensation available",
    origin=None, received=("cancel-notice.top", "193.42.33.102"), auth_line=
    "mx.example.net;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=amazon.com.au.cancel-notice.top;\n\tdmarc=none header.from=amazon.com.au.cancel-notice.top",
    msgid_domain="cancel-notice.top", structure="alt", text=txt, html=html, enc=("7bit", "b64"), charset="utf-8")

# L8 outlook sender, "as you requested" cancellation, no order number, callback
txt = """Hello,

As per your request, your recent Amazon order has been successfully cancelled and a refund of $849.99
has been initiated to your original payment method.

  Product: Lenovo IdeaPad Slim 5 16" Laptop
  Refund amount: $849.99
  Cancellation date: today

If you did NOT request this cancellation or want to keep your order, please contact our cancellation
helpdesk immediately at 1-844-907-3318 so we can stop the refund and reactivate your order.

Amazon Customer Service
"""
add(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
    note="outlook.com sender; claims customer-requested cancellation; no order number; callback number",
    frm=("Amazon Customer Service", "amazon.cs.notify@outlook.com"), to=("", "bwilliams1962@aol.com"),
    subject="Cancellation Confirmation - Your Amazon Order",
    origin=None, received=("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.192.88"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=outlook.com header.s=selector1 header.b=Qm2zYc0e;\n"
    "\tspf=pass smtp.mailfrom=outlook.com;\n\tdmarc=pass (p=NONE) header.from=outlook.com",
    msgid_domain="DM6PR12MB4330.namprd12.prod.outlook.com", structure="plain", text=txt, enc=("qp",), charset="utf-8")

# ================================================================= ENGLISH: non-notices
# X1 eBay cancellation, seller mentions Amazon supplier
txt = """eBay

Your order was canceled

Hi Tom,

The seller, gadgetdealz_usa, canceled your order. You won't be charged, and if you already paid, a full refund
of $38.47 has been issued to your original payment method. It can take 3-5 business days to appear.

Order number: 17-11289-40377
Item: Ring Video Doorbell Wired - Night Vision, Black
Cancellation reason: Out of stock or cannot fulfil

Message from the seller:
"Sorry about this! Our supplier on Amazon ran out of this model and the restock date keeps moving. We canceled
so you're not left waiting. You may want to compare with Amazon directly when it's back."

Keep shopping: https://www.ebay.com/deals

Questions? Visit the eBay Help Center: https://www.ebay.com/help/home

eBay sent this message to Tom Becker (tbecker_84). Learn more about account protection:
https://www.ebay.com/help/policies/identity-policies/account-protection
eBay is committed to your privacy. Read our user privacy notice: https://www.ebay.com/help/policies/member-behaviour-policies/user-privacy-notice-privacy-policy
(c) 1995-2024 eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125
"""
html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#111820\"><table width=\"600\" align=\"center\"><tr><td>"
        "<img src=\"https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png\" width=\"90\" alt=\"eBay\">"
        "<h1 style=\"font-size:24px\">Your order was canceled</h1>"
        + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")[2:8])
        + "</td></tr></table></body></html>")
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="eBay seller cancellation; seller message mentions Amazon supplier / compare with Amazon",
    frm=("eBay", "ebay@ebay.com"), to=("Tom Becker", "tbecker84@gmail.com"),
    subject="Your order was canceled: Ring Video Doorbell Wired - Night Vision, Black",
    origin=None, received=("mxphxpool1025.ebay.com", "66.211.184.130"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=ebay.com header.s=ebay header.b=U7xLa0Q2;\n\tspf=pass smtp.mailfrom=ebay.com;\n\tdmarc=pass (p=REJECT) header.from=ebay.com",
    msgid_domain="starship.ebay.com", structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# X2 colleague says they cancelled their Amazon order
txt = """Hi all,

Quick update on the monitors for the new starters: I've cancelled my Amazon order (113-5520918-6641027) this
morning - the delivery estimate slipped to 18-25 March, which is too late for onboarding. Amazon confirmed the
cancellation straight away and the card wasn't charged.

I'll order the Dell P2723DE units from Dell Business instead; they can deliver by Friday.

Hannah, can you let facilities know the desks on level 3 will need the USB-C docks after all?

Cheers,
Ravi

--
Ravi Shankar | IT Operations
Northwind Analytics Ltd | +44 20 7946 0312
"""
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="colleague writes that he cancelled his Amazon order (includes an order number)",
    frm=("Ravi Shankar", "ravi.shankar@northwind-analytics.co.uk"), to=("IT Team", "it-team@northwind-analytics.co.uk"),
    cc="hannah.cole@northwind-analytics.co.uk",
    subject="Re: monitors for the new starters",
    in_reply_to=True, origin=None, received=("mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71"),
    auth_line=None, msgid_domain="AM6PR04MB5623.eurprd04.prod.outlook.com",
    structure="plain", text=txt, enc=("7bit",), charset="us-ascii")

# X3 consumer newsletter on phishing quoting a fake cancellation subject
html = """<html><body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222">
<tr><td style="padding:18px 24px;background:#00315a;color:#fff;font-family:Arial,sans-serif;font-size:20px">Scam Watch Weekly</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:24px">Fake "Amazon order cancelled" emails are back</h1>
<p>Over the past fortnight our readers forwarded more than 400 emails with subject lines such as
<i>"Your Amazon.co.uk order #204-5518273-1120937 has been cancelled"</i> and <i>"Order Cancelled !! Refund Pending - Call Now"</i>.</p>
<p>The messages copy Amazon's layout closely. Some ask you to call a "cancellation department", others link to a page that
asks for your card details to "reinstate" the order. Amazon says it will never ask for payment details by email or phone.</p>
<h2 style="font-size:18px">How to check a cancellation email</h2>
<ul>
<li>Don't click links. Open the Amazon app or type the address yourself and look in <b>Your Orders</b>.</li>
<li>Check the sender's address, not just the name shown.</li>
<li>Never call a phone number given in the email.</li>
<li>Report it: forward the email to reportphishing@amazon.com and to report@phishing.gov.uk.</li>
</ul>
<p>Real cancellations do happen - for example when an item goes out of stock - but they always show up in your order history.</p>
<p><a href="https://news.scamwatchweekly.co.uk/articles/amazon-cancellation-scam?utm_source=newsletter&amp;utm_medium=email">Read the full article</a></p>
</td></tr>
<tr><td style="padding:14px 24px;font-family:Arial;font-size:11px;color:#777">You are receiving this because you subscribed at scamwatchweekly.co.uk.
<a href="https://news.scamwatchweekly.co.uk/unsubscribe?u=%s">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>""" % tok(16).lower()
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="newsletter about cancellation phishing quoting fake subjects incl. an order number",
    frm=("Scam Watch Weekly", "newsletter@scamwatchweekly.co.uk"), to=("", "p.dawson@gmail.com"),
    subject="Scam alert: 'Your Amazon order has been cancelled' emails",
    list_unsub="<https://news.scamwatchweekly.co.uk/unsubscribe>, <mailto:unsubscribe@scamwatchweekly.co.uk>",
    origin=None, received=("mta-162.sendgrid.net", "167.89.10.162"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=scamwatchweekly.co.uk header.s=s1 header.b=P0mLq7eA;\n\tspf=pass smtp.mailfrom=sendgrid.net;\n\tdmarc=pass (p=NONE) header.from=scamwatchweekly.co.uk",
    msgid_domain="geopod-ismtpd-3.sendgrid.net", structure="html", html=html, enc=("qp",), charset="utf-8")

# X4 Amazon Fresh delivery window cancelled / moved, order still coming
o = oid("111")
txt = """Amazon Fresh

Hi Angela,

Your delivery window has changed.

Because of severe weather in your area, we've had to cancel your original delivery window
(Saturday 10:00 AM - 12:00 PM). Your order has NOT been canceled - it's now scheduled for:

  Saturday, January 20, 2:00 PM - 4:00 PM

Order #%(o)s  (27 items)

No action is needed. If the new window doesn't work for you, you can choose a different one in Your Orders:
https://www.amazon.com/gp/css/order-history?ref_=fs_dw_chg

Thanks for shopping Amazon Fresh.

%(sec)s
""" % dict(o=o, sec=en_security_text("com"))
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.com: Fresh delivery window cancelled and moved, order itself not cancelled; DKIM pass",
    frm=("Amazon Fresh", "order-update@amazon.com"), to=("Angela Ruiz", "angela.ruiz@icloud.com"),
    subject="Your Amazon Fresh delivery window has changed",
    origin="com", auth=True, structure="plain", text=txt, enc=("qp",), charset="utf-8")

# X5 Prime membership cancelled, amazon.com.au
h = amz_href("com.au")
txt = """Amazon Prime

Hello Chloe,

As requested, we've cancelled your Amazon Prime membership. Your Prime benefits will end on 14 June 2024.

Because you haven't used any Prime benefits since your last payment, we've refunded AU$ 9.99 to your
Mastercard ending in 0582. Please allow 3-5 business days for the refund to appear.

Changed your mind? You can restart your membership any time before 14 June 2024:
https://www.amazon.com.au/prime?ref_=prm_cxl_rst

Your orders are not affected by this cancellation.

Thanks,
The Amazon Prime team

%(sec)s
""" % dict(sec=en_security_text("com.au"))
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;color:#0f1111\">"
        "<table width=\"600\" align=\"center\"><tr><td style=\"padding:10px 0\"><img src=\"https://m.media-amazon.com/images/G/35/prime/logo/prime_logo.png\" width=\"90\" alt=\"prime\"></td></tr><tr><td>"
        + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")[1:8])
        + "<p><a href=\"%s\">Restart membership</a> &middot; <a href=\"%s\">Manage Prime</a></p>" % (h("rst"), h("mng"))
        + "</td></tr></table></body></html>")
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.com.au Prime membership cancelled (subscription, not an order); DKIM pass",
    frm=("Amazon.com.au", "digital-no-reply@amazon.com.au"), to=("Chloe Bennett", "chloe.bennett@outlook.com.au"),
    subject="Your Amazon Prime membership has been cancelled",
    origin="com.au", auth=True, structure="alt", text=txt, html=html, enc=("b64", "b64"), charset="utf-8")

# X6 payment reminder before anything is cancelled, amazon.com
o = oid("114"); h = amz_href("com")
html = amazon_html("Amazon.com", ("Your Orders", "Your Account"), h, "Action needed: payment declined", o, h("oid"),
    "Hello Marcus,",
    ["We were unable to charge your Amex card ending in 1008 for the order below. The issuing bank declined the charge.",
     "To keep your order, please <a href=\"%s\">update your payment method</a> by <b>March 12, 2024</b>. "
     "If we don't receive updated payment information by then, your order will be canceled." % h("rev"),
     "We won't try to charge your card again until you've made a change."],
    "Items in this order", [("Bose QuietComfort Ultra Wireless Noise Cancelling Headphones, Black", "Qty: 1", "$429.00")],
    "You can also revise payment from <a href=\"%s\">Your Orders</a>. Sign in using the Amazon app or by typing "
    "amazon.com in your browser." % h("yo2"),
    en_security_html("com", h), total_label="Order Total:", total="$454.74")
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine amazon.com payment-revision reminder: order will be canceled if not updated; nothing cancelled yet; DKIM pass",
    frm=("Amazon.com", "payments-messages@amazon.com"), to=("Marcus Hale", "marcus.hale@gmail.com"),
    subject="Action needed: Update your payment information for order #%s" % o,
    origin="com", auth=True, structure="html", html=html, enc=("qp",), charset="utf-8")

# ================================================================= GERMAN: notices
DEN = ("Meine Bestellungen", "Mein Konto")
# D-N1 inventory_shortage (pre-order), alt QP, auth
o = oid("304"); h = amz_href("de")
txt = """Amazon.de
%(sep)s

Guten Tag Stefan Hoffmann,

leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erfüllen können. Unser Lieferant hat uns
informiert, dass er den folgenden Artikel nicht in der erwarteten Menge liefern kann. Wir haben den Artikel daher
aus Ihrer Bestellung #%(o)s storniert.

Stornierte Artikel
----------------------------------------
Nintendo Switch 2 – Mario Kart World Bundle
Menge: 1   Verkauf durch: Amazon EU S.à r.l.   499,99 €

Ihre Zahlungsart wurde nicht belastet. Sollte eine Vormerkung auf Ihrem Konto sichtbar sein, wird diese
innerhalb weniger Tage automatisch aufgehoben.

Wir bedauern die Unannehmlichkeiten sehr. Den Status Ihrer Bestellungen finden Sie jederzeit unter
Meine Bestellungen: https://www.amazon.de/gp/css/order-history?ref_=pe_cxl_de

Ihr Amazon.de Kundenservice
%(sep)s

%(sec)s
""" % dict(sep=SEP, o=o, sec=de_security_text())
html = amazon_html("Amazon.de", DEN, h, "Stornierungsbestätigung", o, h("oid"), "Guten Tag Stefan Hoffmann,",
    ["leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erfüllen können. Unser Lieferant hat uns "
     "informiert, dass er den folgenden Artikel nicht in der erwarteten Menge liefern kann. Wir haben den Artikel daher "
     "aus Ihrer Bestellung storniert."],
    "Stornierte Artikel", [("Nintendo Switch 2 – Mario Kart World Bundle", "Menge: 1 &middot; Verkauf durch: Amazon EU S.&agrave; r.l.", "499,99 €")],
    "Ihre Zahlungsart wurde nicht belastet. Sollte eine Vormerkung auf Ihrem Konto sichtbar sein, wird diese innerhalb "
    "weniger Tage automatisch aufgehoben. Den Status finden Sie unter <a href=\"%s\">Meine Bestellungen</a>." % h("yo2"),
    de_security_html(h), lang="de")
add(kind="notice", language="de", cause="inventory_shortage", states_reason=True, marketplace="amazon.de",
    note="Vorbestellung kann nicht erfüllt werden (Lieferant); HTML-Template + Text; DKIM/DMARC pass",
    frm=("Amazon.de", "order-update@amazon.de"), to=("Stefan Hoffmann", "stefan.hoffmann@web.de"),
    reply_to="no-reply@amazon.de",
    subject="Artikel aus Ihrer Amazon.de-Bestellung #%s wurde storniert" % o,
    origin="de", auth=True, structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# D-N2 payment_issue, text only, ISO-8859-1 QP, no auth
o = oid("302")
txt = """Guten Tag,

wir haben Sie am 12. Februar darüber informiert, dass die Zahlung für Ihre Bestellung #%(o)s nicht
autorisiert werden konnte. Da wir bis heute keine aktualisierten Zahlungsinformationen erhalten haben,
wurde Ihre Bestellung storniert.

Bestellnummer: %(o)s
Bestelldatum: 10. Februar 2024

  Bosch Akku-Bohrschrauber GSR 12V-15 inkl. 2 Akkus          119,00 EUR
  Bosch Professional 35-tlg. Bit-Set                          24,99 EUR

Gesamtsumme: 143,99 EUR

Die Belastung Ihrer Mastercard mit der Endung 7730 wurde von Ihrer Bank abgelehnt. Es wurde kein Betrag
abgebucht.

Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung auf Amazon.de auf.
Wenn sich Ihre Kartendaten geändert haben, können Sie diese unter Mein Konto aktualisieren:
https://www.amazon.de/cpe/yourpayments/wallet

Freundliche Grüße
Amazon.de

%(sec)s
""" % dict(o=o, sec=de_security_text())
add(kind="notice", language="de", cause="payment_issue", states_reason=True, marketplace="amazon.de",
    note="Zahlung nicht autorisiert, keine Aktualisierung rechtzeitig; nur Text, ISO-8859-1 QP; kein Auth-Header",
    frm=("Amazon.de", "payments-messages@amazon.de"), to=("Birgit Lange", "birgit.lange@t-online.de"),
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o,
    origin="de", auth=False, structure="plain", text=txt, enc=("qp",), charset="iso-8859-1")

# D-N3 technical_issue (Preisfehler), HTML only base64, no auth
o = oid("028"); h = amz_href("de")
html = amazon_html("Amazon.de", DEN, h, "Information zu Ihrer Bestellung", o, h("oid"), "Guten Tag,",
    ["wir wenden uns an Sie bezüglich Ihrer kürzlich aufgegebenen Bestellung.",
     "Aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website zu einem falschen Preis "
     "(14,99 € statt 149,99 €) angezeigt. Wir haben Ihre Bestellung deshalb storniert. Ihre Zahlungsart wurde nicht belastet."],
    "Stornierte Artikel", [("De'Longhi Dedica Style EC685.M Espressomaschine, Edelstahl", "Menge: 1", "14,99 €")],
    "Wir entschuldigen uns für die Unannehmlichkeiten. Sie können den Artikel jederzeit zum aktuellen Preis "
    "<a href=\"%s\">hier</a> bestellen." % h("dp"), de_security_html(h), lang="de")
add(kind="notice", language="de", cause="technical_issue", states_reason=True, marketplace="amazon.de",
    note="technischer Fehler / falscher Preis; nur HTML, base64; kein Auth-Header",
    frm=("Amazon.de", "auto-confirm@amazon.de"), to=("Jonas Becker", "jonas.becker@gmx.de"),
    subject="Information von Amazon.de zu Ihrer Bestellung #%s" % o,
    origin="de", auth=False, structure="html", html=html, enc=("b64",), charset="utf-8")

# D-N4 fraud_prevention, text QP utf-8, auth
o = oid("303")
txt = """Hallo Frau Yılmaz,

im Rahmen unserer regelmäßigen Sicherheitsprüfungen haben wir ungewöhnliche Aktivitäten in Ihrem
Amazon.de-Kundenkonto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die
folgende offene Bestellung storniert:

Bestellung #%(o)s
  Apple iPad Air 11" (M2), 256 GB, Wi-Fi, Polarstern     869,00 €

Ihre Zahlungsart wurde nicht belastet.

Um die Sperre aufzuheben, melden Sie sich bitte wie gewohnt über die Amazon-App oder www.amazon.de an und
folgen Sie den Anweisungen auf dem Bildschirm, um Ihre Identität zu bestätigen. Danach können Sie die
Bestellung erneut aufgeben.

Wir benötigen von Ihnen keine Angaben per E-Mail. Bitte antworten Sie nicht mit persönlichen Daten auf
diese Nachricht.

Mit freundlichen Grüßen
Kontospezialist
Amazon.de

%(sec)s
""" % dict(o=o, sec=de_security_text())
add(kind="notice", language="de", cause="fraud_prevention", states_reason=True, marketplace="amazon.de",
    note="Konto wegen ungewöhnlicher Aktivität gesperrt, Bestellung storniert; Identität per Login bestätigen; QP; DKIM/DMARC pass",
    frm=("Amazon.de", "cs-reply@amazon.de"), to=("Elif Yılmaz", "elif.yilmaz@posteo.de"),
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o,
    origin="de", auth=True, structure="plain", text=txt, enc=("qp",), charset="utf-8")

# D-N5 customer_request, alt 8bit, no auth
o = oid("306"); h = amz_href("de")
txt = """Amazon.de

Hallo Markus,

wie gewünscht haben wir die folgenden Artikel aus Ihrer Bestellung #%(o)s storniert.

Stornierte Artikel
  Tefal Ingenio Preference 13-tlg. Pfannenset, Induktion
  Menge: 1
  Stornierungsgrund: Vom Kunden storniert

Erstattung: Ihnen wird kein Betrag berechnet. Bereits gezahlte 129,99 € werden Ihrer ursprünglichen
Zahlungsart (PayPal) innerhalb von 3–5 Werktagen gutgeschrieben.

Die übrigen Artikel Ihrer Bestellung sind davon nicht betroffen:
https://www.amazon.de/gp/css/order-history?ref_=pe_ccs_de

%(sec)s
""" % dict(o=o, sec=de_security_text())
html = amazon_html("Amazon.de", DEN, h, "Stornierung erfolgreich", o, h("oid"), "Hallo Markus,",
    ["wie gewünscht haben wir die folgenden Artikel aus Ihrer Bestellung storniert.",
     "<strong>Stornierungsgrund:</strong> Vom Kunden storniert"],
    "Stornierte Artikel", [("Tefal Ingenio Preference 13-tlg. Pfannenset, Induktion", "Menge: 1", "129,99 €")],
    "Bereits gezahlte 129,99 € werden Ihrer ursprünglichen Zahlungsart (PayPal) innerhalb von 3–5 Werktagen "
    "gutgeschrieben. Die übrigen Artikel finden Sie unter <a href=\"%s\">Meine Bestellungen</a>." % h("yo2"),
    de_security_html(h), lang="de")
add(kind="notice", language="de", cause="customer_request", states_reason=True, marketplace="amazon.de",
    note="Kundenstornierung, 'Stornierungsgrund: Vom Kunden storniert'; alt 8bit; kein Auth-Header",
    frm=("Amazon.de", "auto-confirm@amazon.de"), to=("Markus Weber", "m.weber@freenet.de"),
    subject="Erfolgreiche Stornierung von „Tefal Ingenio Preference 13-tlg. ...“ aus Ihrer Amazon.de-Bestellung #%s" % o,
    origin="de", auth=False, structure="alt", text=txt, html=html, enc=("8bit", "8bit"), charset="utf-8")

# D-N6 unknown (address undeliverable), alt base64, auth
o = oid("305"); h = amz_href("de")
txt = """Amazon.de

Guten Tag Herr Schulz,

Ihre Bestellung #%(o)s wurde storniert.

Der folgende Artikel kann nicht an die angegebene Lieferadresse (Packstation 114, 04109 Leipzig) zugestellt
werden, da er aufgrund seiner Größe nicht für die Zustellung an Packstationen geeignet ist:

  Samsung Galaxy Tab S9 FE Book Cover Keyboard + Monitorständer-Set     87,40 €

Es wurde kein Betrag abgebucht. Bitte geben Sie den Artikel gegebenenfalls mit einer anderen Lieferadresse
erneut auf: https://www.amazon.de/gp/css/order-history?ref_=pe_cxl_adr

%(sec)s
""" % dict(o=o, sec=de_security_text())
html = amazon_html("Amazon.de", DEN, h, "Ihre Bestellung wurde storniert", o, h("oid"), "Guten Tag Herr Schulz,",
    ["Ihre Bestellung wurde storniert.",
     "Der folgende Artikel kann nicht an die angegebene Lieferadresse (Packstation 114, 04109 Leipzig) zugestellt werden, "
     "da er aufgrund seiner Größe nicht für die Zustellung an Packstationen geeignet ist."],
    "Stornierte Artikel", [("Samsung Galaxy Tab S9 FE Book Cover Keyboard + Monitorständer-Set", "Menge: 1", "87,40 €")],
    "Es wurde kein Betrag abgebucht. Bitte geben Sie den Artikel gegebenenfalls mit einer anderen Lieferadresse "
    "<a href=\"%s\">erneut auf</a>." % h("re"), de_security_html(h), lang="de")
add(kind="notice", language="de", cause="unknown", states_reason=True, marketplace="amazon.de",
    note="Storno weil Lieferadresse (Packstation) nicht belieferbar -> unknown mit Grund; alt base64; DKIM/DMARC pass",
    frm=("Amazon.de", "order-update@amazon.de"), to=("Thomas Schulz", "thomas.schulz@mailbox.org"),
    reply_to="no-reply@amazon.de",
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o,
    origin="de", auth=True, structure="alt", text=txt, html=html, enc=("b64", "b64"), charset="utf-8")

# ================================================================= GERMAN: lookalikes
# D-L1 crude callback, gmail, claims customer request
txt = """Sehr geehrte Kunde,

Ihre Bestellung wurde auf Ihren Wunsch erfolgreich storniert.

Bestellnummer: 302-4471-88210
Artikel: Samsung Galaxy S24 Ultra 512GB Titanium Black
Betrag: 1.449,00 EUR

Der Betrag wird innerhalb 24 Stunden auf Ihre Konto zurück gebucht.
Falls Sie diese Stornierung NICHT veranlasst haben, rufen sie bitte sofort unsere kostenlose Hotline an:

    0800 180 55 42  (Amazon Stornierungs-Abteilung, 24/7)

Ohne Ihren Anruf kann die Rückbuchung nicht mehr gestoppt werden!

Mit freundlichen Grüßen
Amazon Kundendienst Deutschland
"""
add(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
    note="plumper Rückruf-Betrug, gmail-Absender, fehlerhafte Bestellnummer, 'auf Ihren Wunsch storniert'",
    frm=("Amazon Kundendienst", "amazon.kundendienst.de@gmail.com"), to=(None, "undisclosed-recipients:;"),
    subject="Ihre Bestellung wurde storniert - Rückerstattung",
    origin=None, received=("mail-wr1-f54.google.com", "209.85.221.54"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=gmail.com header.s=20230601 header.b=hT4sBq9c;\n"
    "\tspf=pass smtp.mailfrom=amazon.kundendienst.de@gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com",
    msgid_domain="mail.gmail.com", structure="plain", text=txt, enc=("8bit",), charset="utf-8")

# D-L2 Konto gesperrt + Bestellung storniert + Code
o = oid("303")
txt = """Amazon

Ihr Konto wurde vorübergehend gesperrt

Guten Tag,

wir haben eine ungewöhnliche Anmeldung bei Ihrem Amazon-Konto festgestellt (Gerät: Android, Standort:
Bukarest, RO). Aus Sicherheitsgründen wurde Ihr Konto gesperrt und Ihre offene Bestellung #%(o)s storniert.

Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, geben Sie bitte den folgenden
Sicherheitscode innerhalb von 24 Stunden auf unserer Sicherheitsseite ein:

    Sicherheitscode: 839 221

Konto jetzt entsperren: https://amazon-konto-service.de/entsperren?c=839221

Erfolgt keine Bestätigung, wird Ihr Konto dauerhaft geschlossen.

Ihr Amazon Sicherheitsteam
""" % dict(o=o)
html = """<html><body style="font-family:Arial,sans-serif;background:#eaeded;padding:16px">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900"><tr><td style="padding:22px">
<img src="https://amazon-konto-service.de/assets/amazon-de-logo.png" alt="amazon.de" width="110">
<h2 style="color:#c45500;font-weight:normal">Ihr Konto wurde vorübergehend gesperrt</h2>
<p>Guten Tag,</p>
<p>wir haben eine ungewöhnliche Anmeldung bei Ihrem Amazon-Konto festgestellt (Gerät: Android, Standort: Bukarest, RO). Aus Sicherheitsgründen wurde Ihr Konto gesperrt und Ihre offene Bestellung <b>#%(o)s</b> storniert.</p>
<p>Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, geben Sie bitte den folgenden Sicherheitscode innerhalb von 24 Stunden ein:</p>
<p style="font-size:28px;font-weight:bold;text-align:center;letter-spacing:4px">839 221</p>
<p style="text-align:center"><a href="https://amazon-konto-service.de/entsperren?c=839221" style="background:#ffd814;padding:10px 26px;border-radius:8px;color:#111;text-decoration:none">Konto jetzt entsperren</a></p>
<p>Erfolgt keine Bestätigung, wird Ihr Konto dauerhaft geschlossen.</p>
<p>Ihr Amazon Sicherheitsteam</p>
<p style="font-size:10px;color:#888">Amazon wird Sie niemals nach Ihrem Passwort fragen. © 1996-2024, Amazon.com, Inc. oder Tochtergesellschaften</p>
</td></tr></table></body></html>""" % dict(o=o)
add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Konto gesperrt + Bestellung storniert + Sicherheitscode; Look-alike-Domain amazon-konto-service.de",
    frm=("Amazon.de", "sicherheit@amazon-konto-service.de"), to=("", "k.neumann@web.de"),
    subject="Ihr Konto wurde gesperrt – Bestellung #%s storniert" % o,
    origin=None, received=("mx01.amazon-konto-service.de", "185.225.69.201"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=amazon-konto-service.de header.s=default header.b=Fy3nW0pR;\n"
    "\tspf=pass smtp.mailfrom=amazon-konto-service.de;\n\tdmarc=pass (p=NONE) header.from=amazon-konto-service.de",
    msgid_domain="amazon-konto-service.de", structure="alt", text=txt, html=html, enc=("qp", "b64"), charset="utf-8")

# D-L3 reply with card details, yahoo, latin-1 8bit
txt = """Sehr geehrter Amazon Kunde,

leider konnte die Zahlung für Ihre letzte Bestellung nicht verarbeitet werden, deshalb wurde Ihre
Bestellung storniert und Ihr Kundenkonto eingeschränkt.

Um die Bestellung wieder zu aktivieren, antworten Sie bitte auf diese E-Mail mit folgenden Angaben:

  - Vollständiger Name des Karteninhabers
  - Kreditkartennummer
  - Gültig bis (MM/JJ)
  - Prüfnummer (CVC)
  - Geburtsdatum
  - IBAN (bei Lastschrift)

Nach Prüfung Ihrer Daten wird die Bestellung innerhalb von 2 Stunden erneut bearbeitet.

Mit freundlichen Grüßen
Amazon Zahlungsabteilung
Amazon EU S.à r.l.
"""
add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="fordert Kartendaten per Antwort; yahoo-Absender; keine Bestellnummer; ISO-8859-1 8bit",
    frm=("Amazon Zahlungsabteilung", "amazon.zahlungen@yahoo.de"), to=("", "r.krause@arcor.de"),
    subject="Zahlung fehlgeschlagen - Ihre Bestellung wurde storniert",
    origin=None, received=("sonic301-21.consmr.mail.ir2.yahoo.com", "77.238.176.145"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=yahoo.de header.s=s2048 header.b=Lk2vN7sX;\n\tspf=pass smtp.mailfrom=yahoo.de;\n\tdmarc=pass (p=REJECT) header.from=yahoo.de",
    msgid_domain="mail.yahoo.com", structure="plain", text=txt, enc=("8bit",), charset="iso-8859-1")

# D-L4 polished clone, spoofed amazon.de From, dmarc fail, link text shows amazon.de
o = oid("304"); bad = bad_href("https://amazon.de.kundenkonto-bestaetigung.com/login")
html = amazon_html("Amazon.de", DEN, bad, "Stornierungsbestätigung", o, bad("oid"), "Guten Tag,",
    ["leider ist der folgende Artikel nicht mehr vorrätig und der Verkäufer kann ihn nicht liefern. Wir haben Ihre "
     "Bestellung daher storniert.",
     "Um die Rückerstattung von 329,00 € zu erhalten, bestätigen Sie bitte innerhalb von 48 Stunden Ihre Zahlungsdaten unter "
     "<a href=\"%s\">https://www.amazon.de/gp/your-account/order-history</a>." % bad("refund")],
    "Stornierte Artikel", [("Dyson Supersonic Haartrockner, Nickel/Kupfer", "Menge: 1", "329,00 €")],
    "Nicht bestätigte Rückerstattungen verfallen nach Ablauf der Frist. Ihre Bestellungen finden Sie unter "
    "<a href=\"%s\">https://www.amazon.de/gp/css/order-history</a>." % bad("yo2"),
    de_security_html(bad), lang="de")
add(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="professioneller Template-Klon; From amazon.de gefälscht (SPF/DMARC fail); Linktext zeigt amazon.de, href fremd",
    frm=("Amazon.de", "bestellbestaetigung@amazon.de"), to=("", "claudia.fischer@t-online.de"),
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o,
    origin=None, received=("srv12.kundenkonto-bestaetigung.com", "194.26.192.77"), return_path="info@kundenkonto-bestaetigung.com",
    auth_line="mx.example.net;\n\tdkim=none (message not signed);\n\tspf=softfail (domain of transitioning amazon.de does not designate 194.26.192.77 as permitted sender) smtp.mailfrom=amazon.de;\n"
    "\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.de",
    msgid_domain="kundenkonto-bestaetigung.com", structure="html", html=html, enc=("qp",), charset="utf-8")

# D-L5 Greek omicron homoglyph display name, technical_issue claim, HTML only b64
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:18px">
<div style="font-size:24px;font-weight:bold">amazοn<span style="color:#ff9900">.de</span></div><hr>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>aufgrund eines Systemfehlers bei der Verarbeitung konnte Ihre letzte Bestellung nicht abgeschlossen werden und wurde automatisch storniert.</p>
<p>Damit wir Ihnen den Betrag von <b>59,99 €</b> erstatten können, bestätigen Sie bitte Ihre Daten:</p>
<p><a href="https://amzn-de-kundenservice.com/erstattung/%s" style="color:#0066c0">Erstattung jetzt anfordern</a></p>
<p>Vielen Dank für Ihr Verständnis.<br>Ihr Amazon.de Team</p>
<p style="font-size:10px;color:#999">Referenz: DE%s</p>
</div></body></html>""" % (tok(10).lower(), tok(9, string.digits))
add(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="griechisches Omikron im Anzeigenamen; 'Systemfehler'; keine Bestellnummer; nur HTML base64",
    frm=("Amazοn.de", "service@amzn-de-kundenservice.com"), to=("", "ute.schmidt@gmx.net"),
    subject="Bestellung storniert: Systemfehler bei der Verarbeitung",
    origin=None, received=("mail.amzn-de-kundenservice.com", "45.138.16.92"), auth_line=None,
    msgid_domain="amzn-de-kundenservice.com", structure="html", html=html, enc=("b64",), charset="utf-8")

# D-L6 amaz0n.de, "wird storniert" unless act, malformed order no.
txt = """Amazon.de

Guten Tag,

für Ihre Bestellung Nr. 302-55817-2291 konnte die Zahlung nicht bestätigt werden.

Ihre Bestellung wird in 48 Stunden automatisch storniert, wenn Sie Ihre Zahlungsdaten nicht bestätigen.

  Artikel: Philips Airfryer XXL HD9650/90
  Betrag: 249,99 €

Jetzt Zahlungsdaten bestätigen: https://www.amaz0n.de/zahlung/bestaetigen?ref=302-55817-2291

Mit freundlichen Grüßen
Amazon.de Zahlungsservice
"""
html = """<div style="font-family:Arial,sans-serif;max-width:600px;font-size:14px">
<p style="font-size:20px;color:#e47911">Amazon.de</p>
<p>Guten Tag,</p>
<p>für Ihre Bestellung Nr. <b>302-55817-2291</b> konnte die Zahlung nicht bestätigt werden.</p>
<p><b>Ihre Bestellung wird in 48 Stunden automatisch storniert</b>, wenn Sie Ihre Zahlungsdaten nicht bestätigen.</p>
<p>Artikel: Philips Airfryer XXL HD9650/90<br>Betrag: 249,99 €</p>
<p><a href="https://www.amaz0n.de/zahlung/bestaetigen?ref=302-55817-2291">Jetzt Zahlungsdaten bestätigen</a></p>
<p>Mit freundlichen Grüßen<br>Amazon.de Zahlungsservice</p></div>"""
add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="Domain amaz0n.de; Bestellung 'wird storniert', falls nicht gehandelt wird; fehlerhafte Bestellnummer",
    frm=("Amazon.de", "zahlung@amaz0n.de"), to=("", "a.wagner@outlook.de"),
    subject="Letzte Erinnerung: Ihre Bestellung wird storniert",
    origin=None, received=("mail.amaz0n.de", "80.66.88.31"), auth_line=None,
    msgid_domain="amaz0n.de", structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# D-L7 amazon.de.<evil> sender, no reason, no order number
txt = """Amazon.de

Ihre Bestellung wurde storniert.

Hallo,

eine Ihrer letzten Bestellungen wurde storniert. Die Details und den Status Ihrer Erstattung finden Sie
in Ihrem Kundenkonto:

https://amazon.de.bestellung-storno.info/konto/bestellungen

Vielen Dank, dass Sie bei Amazon einkaufen.
"""
html = """<html><body style="font-family:Arial;font-size:14px"><table width="600"><tr><td>
<p style="font-size:20px">Amazon.de</p>
<h3>Ihre Bestellung wurde storniert.</h3>
<p>Hallo,</p><p>eine Ihrer letzten Bestellungen wurde storniert. Die Details und den Status Ihrer Erstattung finden Sie in Ihrem Kundenkonto:</p>
<p><a href="https://amazon.de.bestellung-storno.info/konto/bestellungen">Meine Bestellungen ansehen</a></p>
<p>Vielen Dank, dass Sie bei Amazon einkaufen.</p></td></tr></table></body></html>"""
add(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
    note="Absender amazon.de.bestellung-storno.info; kein Grund, keine Bestellnummer; kurzer Link-Köder",
    frm=("Amazon", "noreply@amazon.de.bestellung-storno.info"), to=("", "h.meier@kabelmail.de"),
    subject="Ihre Bestellung wurde storniert",
    origin=None, received=("bestellung-storno.info", "5.252.177.18"), auth_line=
    "mx.example.net;\n\tdkim=none;\n\tspf=pass smtp.mailfrom=amazon.de.bestellung-storno.info;\n\tdmarc=none header.from=amazon.de.bestellung-storno.info",
    msgid_domain="bestellung-storno.info", structure="alt", text=txt, html=html, enc=("8bit", "qp"), charset="utf-8")

# D-L8 gmx sender, "wird storniert" unless ID verification, base64 text
txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

bei Ihrer letzten Bestellung (Bestell-Nr. 305-1187345-66120) wurde ein Betrugsverdacht festgestellt. Die
Bestellung wurde vorläufig angehalten und wird storniert, wenn Sie Ihre Identität nicht innerhalb von
24 Stunden bestätigen.

Bitte senden Sie uns dazu ein Foto Ihres Personalausweises (Vorder- und Rückseite) sowie ein Selfie als
Antwort auf diese E-Mail.

Vielen Dank für Ihre Mithilfe.

Amazon Sicherheitsteam
Amazon.de
"""
add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmx-Absender; Betrugsverdacht, Bestellung 'wird storniert' ohne Ausweisfoto; Bestellnummer mit falscher Stellenzahl",
    frm=("Amazon Sicherheitsteam", "amazon-sicherheit@gmx.de"), to=("", "p.zimmermann@web.de"),
    subject="Betrugsverdacht: Ihre Bestellung wird storniert",
    origin=None, received=("mout.gmx.net", "212.227.17.21"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=gmx.de header.s=s31663417 header.b=Aa9Kd2Lm;\n\tspf=pass smtp.mailfrom=gmx.de;\n\tdmarc=pass (p=QUARANTINE) header.from=gmx.de",
    msgid_domain="gmx.de", structure="plain", text=txt, enc=("b64",), charset="utf-8")

# ================================================================= GERMAN: non-notices
# D-X1 other retailer cancellation, paid with Amazon Pay
txt = """MediaMarkt

Stornierung Ihrer Bestellung

Hallo Frau Krüger,

leider müssen wir Ihnen mitteilen, dass wir Ihre Bestellung 1146382291 stornieren mussten, da der Artikel
kurzfristig nicht mehr lieferbar ist.

  Sony WH-1000XM5 Kabelloser Noise-Cancelling-Kopfhörer, Schwarz   1x   299,00 €

Zahlungsart: Amazon Pay
Der Betrag wird Ihnen über Amazon Pay in den nächsten Tagen vollständig erstattet. Die Gutschrift erscheint
in Ihrem Amazon-Konto unter „Amazon Pay – Transaktionen“.

Wir bitten um Entschuldigung. Vielleicht finden Sie eine passende Alternative in unserem Onlineshop:
https://www.mediamarkt.de/de/category/kopfhoerer-158.html

Ihr MediaMarkt Onlineshop-Team

MMS E-Commerce GmbH, Wankelstraße 5, 85046 Ingolstadt
Sitz Ingolstadt | Amtsgericht Ingolstadt HRB 6942
"""
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><table width=\"600\" align=\"center\"><tr>"
        "<td style=\"background:#df0000;color:#fff;padding:12px;font-size:22px;font-weight:bold\">MediaMarkt</td></tr><tr><td style=\"padding:16px\">"
        + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in txt.split("\n\n")[1:9])
        + "</td></tr></table></body></html>")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="MediaMarkt-Storno (nicht lieferbar), bezahlt mit Amazon Pay",
    frm=("MediaMarkt", "service@news.mediamarkt.de"), to=("Sabine Krüger", "sabine.krueger@gmx.de"),
    subject="Stornierung Ihrer Bestellung 1146382291",
    origin=None, received=("mta-eu1.mediamarkt.de", "185.12.80.44"), auth_line=
    "mx.example.net;\n\tdkim=pass header.d=news.mediamarkt.de header.s=mm1 header.b=S0pRt9Qe;\n\tspf=pass smtp.mailfrom=news.mediamarkt.de;\n\tdmarc=pass (p=REJECT) header.from=mediamarkt.de",
    msgid_domain="news.mediamarkt.de", structure="alt", text=txt, html=html, enc=("qp", "qp"), charset="utf-8")

# D-X2 friend writes they cancelled their Amazon order
txt = """Hi Lena,

kurzes Update wegen dem Geburtstagsgeschenk für Papa: ich hab meine Amazon-Bestellung (die Bose-Box)
gestern Abend storniert, die Lieferung hätte erst nach seinem Geburtstag geklappt. Amazon hat die
Stornierung sofort bestätigt, Geld kommt zurück.

Ich hol sie jetzt am Samstag bei Saturn, dann können wir sie Sonntag zusammen einpacken.
Magst du 50 € dazugeben?

LG
Jan

Von meinem iPhone gesendet
"""
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Privatmail: Bruder hat seine Amazon-Bestellung selbst storniert",
    frm=("Jan Bauer", "jan.bauer93@web.de"), to=("Lena Bauer", "lena.bauer@gmail.com"),
    subject="Geschenk Papa", origin=None, received=("mout.web.de", "212.227.15.3"), auth_line=None,
    msgid_domain="web.de", boundary_style="apple", structure="plain", text=txt, enc=("qp",), charset="utf-8")

# D-X3 consumer newsletter (Phishing-Radar) quoting fake subject
html = """<html><body style="background:#f0f0f0;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<tr><td style="padding:16px 22px;background:#004b7c;color:#fff;font-size:19px">Verbraucher-Newsletter · Phishing-Radar</td></tr>
<tr><td style="padding:22px">
<h1 style="font-size:21px">Achtung: Gefälschte Amazon-Stornierungen im Umlauf</h1>
<p>Derzeit erreichen uns zahlreiche E-Mails mit Betreffzeilen wie <i>„Ihre Bestellung wurde storniert – Handlung erforderlich“</i>
oder <i>„Ihre Amazon.de-Bestellung #302-4471882-1023345 wurde storniert“</i>. Die Mails behaupten, eine Bestellung sei wegen
eines Zahlungsproblems oder einer Kontosperre storniert worden, und fordern dazu auf, über einen Link Zahlungsdaten zu bestätigen
oder eine „Stornierungs-Hotline“ anzurufen.</p>
<p><b>Unsere Empfehlung:</b> Klicken Sie nicht auf Links in solchen E-Mails. Prüfen Sie Ihre Bestellungen direkt in der
Amazon-App oder indem Sie amazon.de selbst im Browser eingeben. Leiten Sie verdächtige Mails an reportphishing@amazon.com weiter
und verschieben Sie sie anschließend in den Spam-Ordner.</p>
<p><a href="https://www.verbraucherinfo-aktuell.de/phishing-radar/amazon-stornierung?utm_source=nl&amp;utm_medium=email">Zum vollständigen Beitrag</a></p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn auf verbraucherinfo-aktuell.de abonniert haben.
<a href="https://www.verbraucherinfo-aktuell.de/newsletter/abmelden?id=%s">Abmelden</a> · Impressum · Datenschutz</td></tr>
</table></body></html>""" % tok(14).lower()
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Verbraucher-Newsletter über Phishing, zitiert gefälschte Storno-Betreffzeilen inkl. Bestellnummer",
    frm=("Phishing-Radar", "newsletter@verbraucherinfo-aktuell.de"), to=("", "m.hartmann@posteo.de"),
    subject="Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf",
    list_unsub="<https://www.verbraucherinfo-aktuell.de/newsletter/abmelden>",
    origin=None, received=("mail.newsletter2go.com", "185.50.226.20"), auth_line=None,
    msgid_domain="newsletter2go.com", structure="html", html=html, enc=("b64",), charset="utf-8")

# D-X4 genuine amazon.de: delivery appointment (Speditionszustellung) cancelled, order remains
o = oid("028")
txt = """Amazon.de

Guten Tag Herr Vogel,

der Zustelltermin für Ihre Sendung aus Bestellung #%(o)s wurde abgesagt.

Ursprünglicher Termin: Donnerstag, 14. März, 8:00–12:00 Uhr
Artikel: Bosch WAN28K43 Serie 4 Waschmaschine, 8 kg

Ihre Bestellung wird NICHT storniert. Das Speditionsunternehmen kann den Termin wegen eines Fahrzeugausfalls
nicht einhalten. Bitte wählen Sie einen neuen Zustelltermin:
https://www.amazon.de/gp/your-account/ship-track?ref_=pe_appt_de

Wenn Sie keinen neuen Termin auswählen, meldet sich das Speditionsunternehmen innerhalb von 2 Werktagen
telefonisch bei Ihnen.

%(sec)s
""" % dict(o=o, sec=de_security_text())
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="echte amazon.de: Zustelltermin abgesagt, Bestellung bleibt bestehen; DKIM pass",
    frm=("Amazon.de", "shipment-tracking@amazon.de"), to=("Rainer Vogel", "r.vogel@t-online.de"),
    subject="Ihr Zustelltermin wurde abgesagt – bitte neuen Termin wählen",
    origin="de", auth=True, structure="plain", text=txt, enc=("8bit",), charset="utf-8")

# D-X5 Music Unlimited subscription cancelled
h = amz_href("de")
txt = """Amazon Music

Hallo Nina,

Ihr Amazon Music Unlimited Einzelabo wurde gekündigt. Sie können Amazon Music Unlimited noch bis zum
30. April 2024 nutzen. Danach wird Ihnen nichts mehr berechnet.

Mit Ihrer Prime-Mitgliedschaft haben Sie weiterhin Zugriff auf Amazon Music Prime.

Sie haben es sich anders überlegt? Sie können Ihr Abo jederzeit wieder aktivieren:
https://www.amazon.de/music/settings?ref_=dm_cxl_re

Ihr Amazon Music Team

%(sec)s
""" % dict(sec=de_security_text())
html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px;background:#000;color:#fff\"><table width=\"600\" align=\"center\"><tr><td style=\"padding:20px\">"
        "<p style=\"font-size:22px;color:#25d1da\">amazon music</p>"
        + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.split("\n\n")[1:6])
        + "<p><a style=\"color:#25d1da\" href=\"%s\">Abo wieder aktivieren</a></p>" % h("re")
        + "</td></tr><tr><td style=\"padding:20px;font-size:10px;color:#aaa\">"
        + "".join("<p>%s</p>" % p for p in de_security_html(h)) + "</td></tr></table></body></html>")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="echte amazon.de: Music-Unlimited-Abo gekündigt (kein Bestellungsstorno); DKIM pass",
    frm=("Amazon Music", "digital-no-reply@amazon.de"), to=("Nina Schröder", "nina.schroeder@gmx.net"),
    subject="Ihr Amazon Music Unlimited Abo wurde gekündigt",
    origin="de", auth=True, structure="alt", text=txt, html=html, enc=("qp", "b64"), charset="utf-8")

# D-X6 genuine payment reminder, order will be cancelled if not updated
o = oid("306")
txt = """Guten Tag,

leider konnten wir Ihre Visa-Karte mit der Endung 2291 für die folgende Bestellung nicht belasten:

Bestellung #%(o)s
  Garmin Forerunner 265, GPS-Laufuhr, Schwarz     349,99 EUR

Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 22. Mai 2024. Andernfalls wird Ihre Bestellung
storniert. Bis dahin bleibt Ihre Bestellung bestehen.

Zahlungsinformationen aktualisieren: Melden Sie sich über die Amazon-App oder www.amazon.de an und wählen
Sie unter "Meine Bestellungen" die Option "Zahlung überarbeiten".
https://www.amazon.de/gp/css/order-history?ref_=pm_rev_de

Freundliche Grüße
Amazon.de

%(sec)s
""" % dict(o=o, sec=de_security_text())
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="echte amazon.de Zahlungserinnerung: wird storniert, falls nicht aktualisiert; noch nichts storniert; DKIM pass",
    frm=("Amazon.de", "payments-messages@amazon.de"), to=("Oliver Brandt", "oliver.brandt@gmail.com"),
    subject="Bitte aktualisieren Sie Ihre Zahlungsinformationen für Bestellung #%s" % o,
    origin="de", auth=True, structure="plain", text=txt, enc=("qp",), charset="iso-8859-1")

# ================================================================= assembly
FREEMAIL = ("gmail.com", "outlook.com", "yahoo", "gmx", "web.de")

def build(m):
    charset = m["charset"]
    if m["structure"] == "plain":
        msg = textpart(m["text"], "plain", charset, m["enc"][0])
    elif m["structure"] == "html":
        msg = textpart(m["html"], "html", charset, m["enc"][0])
    else:
        style = m.get("boundary_style") or ("amazon" if m.get("origin") else
                                             "gmail" if "google" in (m.get("received") or ("",))[0] else "default")
        msg = MIMEMultipart("alternative", boundary=boundary(style))
        msg.attach(textpart(m["text"], "plain", charset, m["enc"][0]))
        msg.attach(textpart(m["html"], "html", charset, m["enc"][1]))
    body_headers = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in body_headers):
        del msg[k]

    d = m["date"]
    to_addr = m["to"][1]
    hdrs = []
    if m.get("origin"):
        tld = m["origin"]
        hdrs.append(("Return-Path", "<%s%s@bounces.amazon.%s>" % (
            d.strftime("%Y%m%d%H%M%S"), tok(30, "0123456789abcdef"), tld)))
        ip = "54.240.%d.%d" % (R.randrange(1, 64), R.randrange(1, 250))
        hdrs.append(("Received", amz_received(tld, d, ip).replace("{to}", to_addr)))
        if m.get("auth"):
            hdrs.append(("Authentication-Results", auth_pass(tld, ip)))
    else:
        host, ip = m["received"]
        hdrs.append(("Return-Path", "<%s>" % (m.get("return_path") or m["frm"][1])))
        hdrs.append(("Received", "from %s (%s [%s])\n\tby mx.example.net with ESMTPS id %s\n\tfor <%s>; %s"
                     % (host, host, ip, tok(12).lower(), to_addr if "@" in to_addr else "recipient@example.net",
                        email.utils.format_datetime(d))))
        if m.get("auth_line"):
            hdrs.append(("Authentication-Results", m["auth_line"]))
    if m.get("origin"):
        hdrs.append(("From", addr(*m["frm"])))
    else:
        hdrs.append(("From", addr(*m["frm"])))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("To", addr(m["to"][0] or None, to_addr) if m["to"][0] else to_addr))
    if m.get("cc"):
        hdrs.append(("Cc", m["cc"]))
    hdrs.append(("Subject", hdr(m["subject"])))
    if m.get("in_reply_to"):
        ref = other_msgid(m["msgid_domain"])
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    hdrs.append(("Date", email.utils.format_datetime(d)))
    hdrs.append(("Message-ID", amz_msgid(d) if m.get("origin") else other_msgid(m["msgid_domain"])))
    if m.get("list_unsub"):
        hdrs.append(("List-Unsubscribe", m["list_unsub"]))
        hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        hdrs.append(("Precedence", "bulk"))
    if m.get("origin"):
        hdrs.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        hdrs.append(("Bounces-to", "%s@bounces.amazon.%s" % (tok(24, "0123456789abcdef"), m["origin"])))
        hdrs.append(("X-AMAZON-RTE-VERSION", "2.0"))
        hdrs.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % tok(44, string.ascii_letters + string.digits + "+/")))
    elif m.get("boundary_style") == "apple":
        hdrs.append(("X-Mailer", "iPhone Mail (21D61)"))
    elif m["kind"] == "lookalike" and not any(f in m["frm"][1] for f in FREEMAIL):
        hdrs.append(("X-Mailer", R.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)",
                                           "Microsoft Outlook 16.0", "Sendinblue"])))
    for k, v in hdrs:
        msg[k] = v
    for k, v in body_headers:
        msg[k] = v
    return msg

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        m["date"] = rand_date()
        fname = "e1%03d.eml" % n
        msg = build(m)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(msg.as_bytes())
        labels.append({"file": fname, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))

if __name__ == "__main__":
    main()
