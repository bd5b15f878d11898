#!/usr/bin/env python3
"""Regenerate blind batch x1: 60 raw .eml files (en/de/nl) plus labels.json.

Kinds per language: 6 genuine Amazon cancellation notices, 8 look-alike
phishing mails, 6 near-miss non-notices.  Run:  python3 make.py
"""
import json
import os
import random
import datetime
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime

SEED = 710011
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "x1"

# ---------------------------------------------------------------- helpers

def _hex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(region=None):
    host = "email.amazonses.com" if region is None else region + ".amazonses.com"
    return "<%s-%s-%s-%s-%s-000000@%s>" % ("01%s" % _hex(14), _hex(8), _hex(4), _hex(4), _hex(12), host)


def plain_msgid(domain):
    return "<%s.%s@%s>" % (_hex(16), random.randint(100000, 999999), domain)


def rand_date(year_from=2024, year_to=2025):
    start = datetime.datetime(year_from, 1, 8, tzinfo=datetime.timezone.utc)
    end = datetime.datetime(year_to, 10, 30, tzinfo=datetime.timezone.utc)
    delta = int((end - start).total_seconds())
    return start + datetime.timedelta(seconds=random.randint(0, delta))


def auth_pass(tld, ip, rp):
    return ("mx.google.com; dkim=pass header.d=amazon.%s header.s=%s header.b=%s;"
            " dkim=pass header.i=@amazonses.com header.s=%s header.b=%s;"
            " spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;"
            " dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s"
            % (tld, random.choice(["rjs5jk6pm3rvnupujdckwyskiwyxjqle", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "szqgv7kkjbz6ahqncbrt2h2ti2vlsbsu"]),
               _hex(8), random.choice(["224i4yxa5dv7c2xz3womw6peuasteono", "6gbrjpgwjskckoa6a5zn6fwqkn67xbtw"]),
               _hex(8), rp, ip, rp, tld))


def auth_other(domain, dkim="pass", spf="pass", dmarc="pass"):
    s = "mx.example.net; dkim=%s header.d=%s; spf=%s smtp.mailfrom=%s; dmarc=%s header.from=%s" % (
        dkim, domain, spf, domain, dmarc, domain)
    return s


def received(by, frm, ip, d):
    return "from %s (%s [%s]) by %s with ESMTPS id %s; %s" % (
        frm, frm, ip, by, _hex(10).upper(), format_datetime(d))


def _part(body, subtype, charset, cte):
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "b64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    p = MIMEText(body, subtype, cs)
    del p["MIME-Version"]
    return p


def _hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def _addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def build(spec, date):
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    layout = spec["layout"]
    if spec.get("html") and cs.lower() != "utf-8":
        spec = dict(spec, html=spec["html"].replace("charset=UTF-8", "charset=" + cs).replace('<meta charset="utf-8">', '<meta charset="%s">' % cs))
    if layout == "alt":
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            random.randint(1000000, 99999999), random.randint(100000000, 2099999999), int(date.timestamp() * 1000)))
        msg.attach(_part(spec["text"], "plain", cs, spec.get("text_cte", cte)))
        msg.attach(_part(spec["html"], "html", cs, cte))
    elif layout == "html":
        msg = _part(spec["html"], "html", cs, cte)
    else:
        msg = _part(spec["text"], "plain", cs, cte)
    mime = [(k, v) for k, v in msg.items()]
    for k in set(k for k, _ in mime):
        del msg[k]
    hcs = spec.get("header_charset", "utf-8" if cs.lower() in ("us-ascii",) else cs)
    for k, v in spec.get("pre", []):
        msg[k] = v
    msg["From"] = _addr(spec["from"], hcs)
    if spec.get("reply_to"):
        msg["Reply-To"] = _addr(spec["reply_to"], hcs)
    msg["To"] = _addr(spec["to"], hcs)
    msg["Subject"] = _hdr(spec["subject"], hcs)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = spec["msgid"]
    for k, v in spec.get("post", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if k != "MIME-Version":
            msg[k] = v
    return msg.as_bytes()

# ---------------------------------------------------------------- Amazon look

NAV = {
    "en": ("Your Orders", "Your Account"),
    "de": ("Meine Bestellungen", "Mein Konto"),
    "nl": ("Mijn bestellingen", "Mijn account"),
}
ORDER_WORD = {"en": "Order", "de": "Bestellung", "nl": "Bestelling"}

AMZ_CSS = """
body {
\tmargin:0;
\tfont:13px/18px Arial, sans-serif;
}
a {
\ttext-decoration:none;
\tcolor:#006699;
\tfont:13px/18px Arial, sans-serif;
}
h2 {
\tfont-size:20px;
\tline-height:24px;
\tmargin:0;
\tpadding:0;
\tfont-weight:normal;
\tcolor:#000 !important;
}
table {
\tborder-collapse:collapse;
}
td {
\tvertical-align: top;
\tfont-size: 13px;
\tline-height: 18px;
\tfont-family: Arial, sans-serif;
}
.heading {
\tfont-size:18px;
\tcolor:#cc6600;
\tmargin:15px 0 0 0;
\tfont-weight:normal;
}
#container {
\twidth:655px;
\tcolor:#333;
\tmargin:0 auto;
}
#container .frame {
\tpadding:0 20px 20px 20px;
}
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown,
#closing, #legalCopy {
\twidth:100%;
}
#header .logo {
\twidth:115px;
\tpadding:18px 0 0 0;
}
#header .navigation {
\ttext-align:right;
\tpadding:5px 0;
\tborder-bottom:1px solid #ccc;
\twhite-space:nowrap;
}
#header .title {
\ttext-align:right;
\tpadding:7px 0 5px 0;
}
#itemDetails td.name { padding:10px 0 10px 0; }
#itemDetails td.price { text-align:right; white-space:nowrap; padding:10px 0; }
#legalCopy p { font-size:11px; color:#666; line-height:15px; }
"""


def amz_html(lang, site, title, order, greeting, paras, items, summary_rows, closing, legal,
             heading=None, signature=None):
    """Table-based Amazon transactional layout (modelled on the dispatch template)."""
    base = "https://www.%s" % site.lower()
    nav1, nav2 = NAV[lang]
    ow = ORDER_WORD[lang]
    rows = []
    for it in items:
        name, qty, price = it[0], it[1], it[2]
        extra = it[3] if len(it) > 3 else ""
        rows.append(
            '            <tr> \n             <td class="name"> <a href="%s/gp/r.html?C=%s&amp;R=%s&amp;T=C&amp;U=%s%%2Fdp%%2F%s">%s</a>%s<br />'
            ' <span style="color:#666">%s</span> </td> \n             <td class="price"> <strong>%s</strong> </td> \n            </tr> '
            % (base, _hex(13).upper(), _hex(13).upper(), base.replace(":", "%3A").replace("/", "%2F"),
               "B0" + _hex(8).upper(), name, (" <br /><span>%s</span>" % extra) if extra else "", qty, price))
    srows = "".join(
        '                <tr> \n                 <td class="%s"> %s </td> \n                 <td class="%s price"> %s </td> \n                </tr> \n'
        % ("total" if i == len(summary_rows) - 1 else "", a, "total" if i == len(summary_rows) - 1 else "", b)
        for i, (a, b) in enumerate(summary_rows))
    ptxt = "".join("<p> %s </p>" % p for p in paras)
    ctxt = " ".join(closing)
    ltxt = "".join("<p>%s</p>" % p for p in legal)
    heading = heading or ""
    signature = signature or site
    return """<html xmlns="https://www.w3.org/1999/xhtml">
 <head> 
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /> 
  <style type="text/css">%s</style> 
 </head> 
 <body><img width="1" height="1" src="%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=images-na.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" /> 
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
             <td rowspan="2" class="logo"><a href="%s/gp/r.html?U=%s"><img alt="%s" src="https://m.media-amazon.com/images/G/01/x-locale/common/transactional/amazon_logo.gif" border="0" /></a></td> 
             <td class="navigation"> 
              <table align="right"> 
               <tbody> 
                <tr> 
                 <td> <a href="%s/gp/r.html?U=%%2Fyour-orders">%s</a> </td> 
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> 
                 <td> <a href="%s/gp/r.html?U=%%2Fyour-account">%s</a> </td> 
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> 
                 <td> <a class="last" href="%s/gp/r.html?U=%%2F">%s</a> </td> 
                </tr> 
               </tbody> 
              </table> </td> 
            </tr> 
            <tr> 
             <td class="title"> <h2>%s</h2> %s #<a href="%s/gp/r.html?U=%%2Fgp%%2Fcss%%2Fsummary%%2Fedit.html%%3ForderID%%3D%s">%s</a> </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="summary" cellpadding="0"> 
           <tbody>
            <tr> 
             <td><span class="heading">%s</span> %s </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="itemDetails" cellpadding="0"> 
           <tbody>
            <tr><td colspan="2"><h3 class="heading">%s</h3></td></tr>
%s
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="costBreakdown" cellpadding="0"> 
           <tbody> 
%s           </tbody> 
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="closing" cellpadding="0"> 
           <tbody>
            <tr> 
             <td> %s <p> <br /><span class="signature"> <strong>%s</strong> </span> </p> </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="legalCopy"> 
           <tbody>
            <tr> 
             <td> <span> %s </span> </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
       </tbody>
      </table> </td> 
    </tr> 
   </tbody>
  </table>  
 <img width="1" height="1" src="%s/gp/r.html?C=%s&amp;T=E&amp;U=images-na.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" /></body>
</html>
""" % (AMZ_CSS, base, _hex(14).upper(), _hex(36), _hex(13).upper(),
       base, "%2F", site, base, nav1, base, nav2, base, site,
       title, ow, base, order, order,
       greeting, ptxt, heading, "\n".join(rows), srows, ctxt, signature, ltxt,
       base, _hex(14).upper())


def amz_text(site, header_line, order, greeting, paras, items, summary_rows, closing, legal, heading=None):
    line = "_" * 75
    out = ["%s %s" % (site, header_line), "%s #%s" % ("Order" if not heading else heading[1], order),
           "https://www.%s/ref=TE_tex_g" % site.lower(), "", line, "", greeting, ""]
    for p in paras:
        out += [p, ""]
    if heading:
        out += [heading[0], ""]
    for it in items:
        out.append("    %s" % it[0])
        if len(it) > 3 and it[3]:
            out.append("    %s" % it[3])
        out.append("    %s   %s" % (it[1], it[2]))
        out.append("")
    for a, b in summary_rows:
        out.append("%s %s" % (a, b))
    out += ["", line, ""]
    for c in closing:
        out += [c, ""]
    out += [line, ""]
    for l in legal:
        out += [l, ""]
    return "\n".join(out)


def card_html(body_html, title="", bg="#ffffff", accent="#232f3e", logo="amazon", footer=""):
    """Generic single-card HTML used by phishing and third-party mails."""
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:%s;margin:20px 0;">
<tr><td style="background:%s;padding:14px 24px;color:#ffffff;font-size:22px;font-weight:bold;">%s</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#111111;">
%s
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;line-height:15px;color:#777777;border-top:1px solid #dddddd;">%s</td></tr>
</table></td></tr></table></body></html>
""" % (title, bg, accent, logo, body_html, footer)

# ---------------------------------------------------------------- corpus
EMAILS = []


def add(**kw):
    EMAILS.append(kw)


def amz_pre(tld, to_addr, auth, region=None):
    ip = "54.240.%d.%d" % (random.randint(0, 15), random.randint(1, 254))
    host = "a%d-%d.smtp-out.%samazonses.com" % (random.randint(8, 48), random.randint(1, 250),
                                                 (region + ".") if region else "")
    d = rand_date()
    rp = "0101%s-%s-000000@%samazonses.com" % (_hex(12), _hex(8), (region + ".") if region else "")
    pre = [("Delivered-To", to_addr), ("Return-Path", "<%s>" % rp),
           ("Received", received("mx.google.com", host, ip, d))]
    if auth:
        pre.append(("Authentication-Results", auth_pass(tld, ip, rp)))
    return pre, d


def en_legal(site, extra=None):
    s = site
    out = [
        "To learn more about ordering, go to Ordering from %s: https://www.%s/gp/help/customer/display.html?nodeId=GK5SXXLHGHG3TA4W" % (s, s.lower()),
        "If your card number or expiry date has changed, please update it in Your Account: https://www.%s/cpe/yourpayments/wallet" % s.lower(),
        "%s will never ask you to provide or verify your password, credit card or bank account number by email, text message or phone call. "
        "If you receive a suspicious email that claims to come from %s, please report it: https://www.%s/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D" % (s, s, s.lower()),
        "For help with your order, visit Customer Service: https://www.%s/gp/help/customer/display.html" % s.lower(),
        "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
    ]
    if extra:
        out.insert(0, extra)
    return out


def html_paras(ps):
    return [p.replace("&", "&amp;") if "<a " not in p else p for p in ps]


# ----- EN notices ------------------------------------------------------
pre, d = amz_pre("com", "jordan.miles@fastmail.com", True)
_items = [("Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger", "Qty: 1", "$109.99"),
          ("Anker USB C Cable, 6ft, 2-Pack Nylon Braided", "Qty: 1", "$13.99")]
_paras = ["We've canceled the item(s) below from your order #113-4829105-6673820 as you requested.",
          "Cancel Reason: Customer Canceled",
          "If you've already been charged for these item(s), a refund will be issued to your original payment method. "
          "Refunds typically appear within 3-5 business days."]
_close = ["You can view the status of your order or make changes to it by visiting Your Orders on Amazon.com.",
          "We hope to see you again soon."]
add(lang="en", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.com",
    note="customer-initiated partial cancellation, Cancel Reason line", date=d, pre=pre,
    **{"from": ("Amazon.com", "auto-confirm@amazon.com")}, reply_to=("", "no-reply@amazon.com"),
    to=("Jordan Miles", "jordan.miles@fastmail.com"),
    subject='Successful cancellation of "Anker 737 Power Bank (PowerCore 24K),..." from your Amazon.com order #113-4829105-6673820',
    msgid=ses_msgid(), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Bounces-to", "RTE-SW-CUSTOMER-EXTERNAL@amazon.com")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.com", "Cancellation Confirmation", "113-4829105-6673820", "Hello Jordan,", _paras, _items,
                  [("Item Subtotal:", "$123.98"), ("Refund Total:", "$123.98")], _close, en_legal("Amazon.com"),
                  heading=("Canceled Items", "Order")),
    html=amz_html("en", "Amazon.com", "Cancellation Confirmation", "113-4829105-6673820", "Hello Jordan,",
                  html_paras(_paras), _items, [("Item Subtotal:", "$123.98"), ("Refund Total:", "$123.98")],
                  ['You can view the status of your order or make changes to it by visiting <a href="https://www.amazon.com/gp/r.html?U=%2Fyour-orders">Your Orders</a> on Amazon.com.',
                   "<p>We hope to see you again soon.</p>"], html_paras(en_legal("Amazon.com")), heading="Canceled Items"))

pre, d = amz_pre("co.uk", "priya.shah@btinternet.com", False, "eu-west-1")
_items = [("Ninja Foodi MAX Dual Zone Air Fryer AF400UK, 9.5L, Black", "Quantity: 1", "&pound;249.99", "Sold by: Amazon EU S.a.r.l., UK Branch")]
_paras = ["We're writing to let you know that we've had to cancel the item below from your order.",
          "Unfortunately, this item is no longer available from our supplier and we're unable to obtain further stock. "
          "We've cancelled it so that you won't be charged. If a payment has already been taken, a refund will be issued within 3-5 business days.",
          "We're sorry for any inconvenience this may cause. You may be able to find this item from other sellers on Amazon.co.uk."]
add(lang="en", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.co.uk",
    note="supplier cannot provide stock; html-only base64", date=d, pre=pre,
    **{"from": ("Amazon.co.uk", "order-update@amazon.co.uk")}, reply_to=("", "no-reply@amazon.co.uk"),
    to=("Priya Shah", "priya.shah@btinternet.com"),
    subject="Your Amazon.co.uk order #204-7718392-0051536 has been cancelled",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="html", cte="b64",
    html=amz_html("en", "Amazon.co.uk", "Order Cancellation", "204-7718392-0051536", "Hello Priya,",
                  _paras, _items, [("Item(s) Subtotal:", "&pound;249.99"), ("Amount charged:", "&pound;0.00")],
                  ['If you need further assistance with your order, please visit <a href="https://www.amazon.co.uk/gp/help/customer/display.html">Customer Service</a>.'],
                  html_paras(en_legal("Amazon.co.uk", "Amazon EU, Soci&eacute;t&eacute; &agrave; responsabilit&eacute; limit&eacute;e, 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg No: B 101818.")),
                  heading="Cancelled Items"))

pre, d = amz_pre("ca", "m.tremblay@videotron.ca", True)
add(lang="en", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.ca",
    note="payment revision not completed, card declined; text-only 8bit", date=d, pre=pre,
    **{"from": ("Amazon.ca", "payments-messages@amazon.ca")}, reply_to=("", "no-reply@amazon.ca"),
    to=("Marc Tremblay", "m.tremblay@videotron.ca"),
    subject="Your Amazon.ca order 702-3391847-2268014 has been cancelled",
    msgid=ses_msgid(), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="8bit",
    text="""Amazon.ca
Order #702-3391847-2268014
___________________________________________________________________________

Hello Marc,

On March 3 we asked you to update the payment information for the order below
because the charge to your Visa ending in 4417 was declined by the card issuer.

Because we didn't receive a valid payment method by the deadline, we've
cancelled your order. You have not been charged.

Cancelled items:

    Rubbermaid Brilliance Food Storage Containers, 22-piece set
    Qty: 1   CDN$ 64.97

    Keurig K-Mini Single Serve Coffee Maker, Studio Gray
    Qty: 1   CDN$ 99.99

Order total: CDN$ 187.81 (incl. GST/QST)

If you'd still like these items, you can place a new order at
https://www.amazon.ca/gp/your-account/order-history

If your card number or expiry date has changed, please update it in
Your Account > Your Payments: https://www.amazon.ca/cpe/yourpayments/wallet
before placing a new order.

___________________________________________________________________________

Amazon.ca will never ask you to disclose or verify your Amazon.ca password,
credit card, or banking account number in an email. If you receive a
suspicious email that claims to be from Amazon.ca, please forward it to
stop-spoofing@amazon.ca and visit https://www.amazon.ca/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

This email was sent from a notification-only address that cannot accept
incoming email. Please do not reply to this message.
""")

pre, d = amz_pre("com.au", "kate.nguyen@bigpond.com", False, "us-west-2")
_items = [("Breville the Barista Express Espresso Machine BES870BSS, Brushed Stainless Steel", "Quantity: 1", "$19.00")]
_paras = ["We're contacting you about your recent order.",
          "Due to a pricing error on our website, the item below was displayed at an incorrect price. "
          "We've cancelled this item from your order and you have not been charged for it.",
          "We apologise for the inconvenience. The item is available at its correct price on Amazon.com.au if you would still like to buy it."]
add(lang="en", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.com.au",
    note="pricing error, item cancelled", date=d, pre=pre,
    **{"from": ("Amazon.com.au", "auto-confirm@amazon.com.au")}, reply_to=("", "no-reply@amazon.com.au"),
    to=("Kate Nguyen", "kate.nguyen@bigpond.com"),
    subject="1 item has been cancelled from your Amazon.com.au order #250-6638129-4405127",
    msgid=ses_msgid("us-west-2"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="b64",
    text=amz_text("Amazon.com.au", "Order Update", "250-6638129-4405127", "Hello Kate,", _paras, _items,
                  [("Refund Total:", "$0.00")], ["We hope to see you again soon."], en_legal("Amazon.com.au"),
                  heading=("Cancelled item(s)", "Order")),
    html=amz_html("en", "Amazon.com.au", "Order Update", "250-6638129-4405127", "Hello Kate,", _paras, _items,
                  [("Amount charged:", "$0.00")], ["<p>We hope to see you again soon.</p>"], html_paras(en_legal("Amazon.com.au")),
                  heading="Cancelled item(s)"))

pre, d = amz_pre("in", "rahul.verma1990@gmail.com", True, "eu-west-1")
_items = [("Apple iPhone 15 (128 GB) - Black", "Quantity: 1", "&#8377;69,900.00"),
          ("Spigen Ultra Hybrid Back Cover Case for iPhone 15", "Quantity: 1", "&#8377;1,299.00")]
_paras = ["We noticed unusual activity on your Amazon.in account. As a precaution, the order below was held for a security review "
          "and your account has been temporarily placed on hold.",
          "As we were unable to verify the payment and account details for this order, it has been cancelled. "
          "Any amount charged will be refunded to the original payment method within 5-7 business days.",
          "To restore access, sign in to Amazon.in directly (type amazon.in in your browser or open the Amazon app) "
          "and follow the on-screen instructions. Please do not use links in emails you weren't expecting."]
_items_t = [(a, b, c.replace("&#8377;", "INR ")) for a, b, c in _items]
add(lang="en", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.in",
    note="account on hold after unusual activity, security review", date=d, pre=pre,
    **{"from": ("Amazon.in", "order-update@amazon.in")}, reply_to=("", "no-reply@amazon.in"),
    to=("Rahul Verma", "rahul.verma1990@gmail.com"),
    subject="Your Amazon.in order #408-2273914-8830712 has been cancelled",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.in", "Order Cancellation", "408-2273914-8830712", "Hello Rahul,", _paras, _items_t,
                  [("Order Total:", "INR 71,199.00")], ["Thank you for shopping with us."],
                  en_legal("Amazon.in", "Amazon.in will never ask you to share an OTP, your password or your card PIN."),
                  heading=("Cancelled items", "Order")),
    html=amz_html("en", "Amazon.in", "Order Cancellation", "408-2273914-8830712", "Hello Rahul,", _paras, _items,
                  [("Order Total:", "&#8377;71,199.00")], ["<p>Thank you for shopping with us.</p>"],
                  html_paras(en_legal("Amazon.in", "Amazon.in will never ask you to share an OTP, your password or your card PIN.")),
                  heading="Cancelled items"))

pre, d = amz_pre("co.za", "thabo.mokoena@outlook.com", False, "eu-west-1")
add(lang="en", kind="notice", cause="unknown", states_reason=False, marketplace="amazon.co.za",
    note="cancellation without any stated reason; text-only qp", date=d, pre=pre,
    **{"from": ("Amazon.co.za", "no-reply@amazon.co.za")},
    to=("Thabo Mokoena", "thabo.mokoena@outlook.com"),
    subject="Your Amazon.co.za order #403-9920471-1183426 has been cancelled",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="qp",
    text="""Amazon.co.za Order Cancellation
Order #403-9920471-1183426
https://www.amazon.co.za/ref=TE_tex_g
___________________________________________________________________________

Hello Thabo,

We're sorry to let you know that your order #403-9920471-1183426 has been
cancelled.

Cancelled items:

    JBL Tune 520BT Wireless On-Ear Headphones – Blue
    Quantity: 1   R 899.00

    Philips Sonicare 1100 Rechargeable Electric Toothbrush
    Quantity: 1   R 549.00

You have not been charged for this order. If a payment was taken, it will
be refunded to your original payment method within 5 to 7 business days.

You can check the status of your orders at any time in Your Orders:
https://www.amazon.co.za/your-orders

___________________________________________________________________________

If your card number or expiry date has changed, update it in Your Account.
Amazon.co.za will never ask you for your password or card details in an
email. Report suspicious emails: https://www.amazon.co.za/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

This email was sent from a notification-only address that cannot accept
incoming email. Please do not reply to this message.
""")


def ext_pre(to_addr, helo, ip, auth=None, rp=None, mx="mx.google.com"):
    d = rand_date()
    pre = [("Delivered-To", to_addr)]
    if rp:
        pre.append(("Return-Path", "<%s>" % rp))
    pre.append(("Received", received(mx, helo, ip, d)))
    if auth:
        pre.append(("Authentication-Results", auth.replace("mx.example.net", mx)))
    return pre, d


# ----- EN lookalikes -----------------------------------------------------
pre, d = ext_pre("dana.whitfield@comcast.net", "mail-sor-f41.google.com", "209.85.220.41",
                 auth_other("gmail.com"), rp="amazon.ordersupport.desk@gmail.com")
add(lang="en", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="gmail sender, callback phone number, malformed order number", date=d, pre=pre,
    **{"from": ("Amazon Order Support", "amazon.ordersupport.desk@gmail.com")},
    to=("", "dana.whitfield@comcast.net"),
    subject="Order Cancellation Confirmation #113-88273-9920",
    msgid=plain_msgid("mail.gmail.com"), layout="text", cte="7bit", charset="us-ascii",
    text="""Dear Customer,

Your cancellation request for order #113-88273-9920 has been processed successfully.

Item: Apple iPhone 15 Pro Max 256GB - Natural Titanium
Qty: 1
Refund amount: $1,199.00
Refund method: Amazon Gift Card balance

If you did NOT request this cancellation, please call our Cancellation Desk
immediately at +1 (844) 902-5517 (toll free, 24/7) to stop the refund being
sent to another account. Refunds cannot be reversed once issued.

Thank you for shopping with us,
Amazon Customer Care Team
Amazon.com, Inc. 410 Terry Ave N, Seattle, WA 98109
""")

pre, d = ext_pre("s.okafor@hotmail.com", "mta-07.amazon-orders.help", "185.234.72.19",
                 auth_other("amazon-orders.help"), rp="bounce@amazon-orders.help", mx="BY5PEPF00012A.mail.protection.outlook.com")
_body = """<p>Hello,</p>
<p>We detected an unusual sign-in attempt to your Amazon account from a new device (Windows 10, Lagos, NG).</p>
<p>To protect you, we have <b>temporarily suspended your account</b> and <b>cancelled your pending order #113-5520194-4418236</b> ($486.71).</p>
<p>To reactivate your account and restore your order, enter the verification code below on the secure verification page within 24 hours.</p>
<p style="text-align:center;font-size:30px;letter-spacing:6px;font-weight:bold;margin:24px 0;">582107</p>
<p style="text-align:center;"><a href="https://amazon-orders.help/ap/verify?ref=acct_hold&amp;o=113-5520194-4418236" style="background:#ffd814;color:#0f1111;padding:12px 30px;border-radius:8px;text-decoration:none;">Verify my account</a></p>
<p>If you do not verify within 24 hours your account will be permanently closed.</p>
<p>Thank you,<br>Amazon Account Services</p>"""
add(lang="en", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="polished; look-alike domain with passing DKIM/DMARC for itself; account suspended + code", date=d, pre=pre,
    **{"from": ("Amazon.com", "no-reply@amazon-orders.help")}, reply_to=("Amazon", "support@amazon-orders.help"),
    to=("", "s.okafor@hotmail.com"),
    subject="Action required: your account is on hold and order #113-5520194-4418236 was cancelled",
    msgid=plain_msgid("amazon-orders.help"), layout="alt", cte="qp",
    text="""Hello,

We detected an unusual sign-in attempt to your Amazon account from a new device (Windows 10, Lagos, NG).

To protect you, we have temporarily suspended your account and cancelled your pending order #113-5520194-4418236 ($486.71).

To reactivate your account and restore your order, enter the verification code 582107 at:
https://amazon-orders.help/ap/verify?ref=acct_hold&o=113-5520194-4418236

If you do not verify within 24 hours your account will be permanently closed.

Amazon will never ask for your password by email.

Thank you,
Amazon Account Services
""",
    html=card_html(_body, "Amazon", accent="#232f3e", logo="amazon",
                   footer="Amazon will never ask you for your password by email. &copy; 1996-2025, Amazon.com, Inc. or its affiliates."))

pre, d = ext_pre("garyp1961@aol.com", "EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.17",
                 auth_other("outlook.com"), rp="amazon-billing-dept@outlook.com", mx="mx-aol.mail.gm0.yahoodns.net")
add(lang="en", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude; outlook.com sender; asks to reply with card details; no order number", date=d, pre=pre,
    **{"from": ("Amazon Billing Department", "amazon-billing-dept@outlook.com")},
    to=("", "garyp1961@aol.com"),
    subject="AMAZON: ORDER CANCELED - PAYMENT DECLINED !!",
    msgid=plain_msgid("AM6PR04MB5127.eurprd04.prod.outlook.com"), layout="text", cte="8bit",
    text="""Dear Valued Amazon Customer ,

Your recent order has been CANCELED because your payment was declined by your bank .

To reinstate your order and avoid your account being permanantly closed please REPLY to this email with the following informations:

Full Name :
Card Number :
Expiry Date :
CVV (3 digits on back) :
Billing Address :
Date of Birth :

Once we recieve your details your order will be re-processed within 2 hours.

Regard's,
Amazon Billing Departement
© Amazon.com Inc
""")

pre, d = ext_pre("ellie.barnes@sky.com", "vps-4471.orderstatus-uk.com", "91.215.85.140",
                 "mx.sky.com; dkim=none; spf=neutral smtp.mailfrom=amazon.co.uk.orderstatus-uk.com; dmarc=none header.from=amazon.co.uk.orderstatus-uk.com",
                 rp="order-update@amazon.co.uk.orderstatus-uk.com", mx="mx.sky.com")
_body = """<p style="font-size:18px;color:#cc6600;">Hello,</p>
<p>We're sorry to inform you that the item below from your order <b>#205-3318842-7710943</b> is no longer available from our supplier and has been cancelled.</p>
<table width="100%%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;margin:12px 0;"><tr>
<td style="padding:10px 0;">Dyson V15 Detect Absolute Cordless Vacuum Cleaner<br><span style="color:#666">Quantity: 1</span></td>
<td style="padding:10px 0;text-align:right;"><b>&pound;349.00</b></td></tr></table>
<p>Your payment of &pound;349.00 has been captured. To receive your refund, please confirm the card on which you would like to be refunded:</p>
<p><a href="http://amzn-uk-refund.top/claim/?id=2053318842&amp;sess=9f1c2" style="color:#006699;">https://www.amazon.co.uk/gp/your-account/refund-centre</a></p>
<p>Refunds that are not claimed within 48 hours are returned to the merchant.</p>
<p>We hope to see you again soon.<br><b>Amazon.co.uk</b></p>"""
add(lang="en", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished; link text shows amazon.co.uk, href to .top; domain amazon.co.uk.<evil>", date=d, pre=pre,
    **{"from": ("Amazon.co.uk", "order-update@amazon.co.uk.orderstatus-uk.com")},
    to=("", "ellie.barnes@sky.com"),
    subject="Your Amazon.co.uk order #205-3318842-7710943 has been cancelled",
    msgid=plain_msgid("amazon.co.uk.orderstatus-uk.com"), layout="html", cte="qp",
    html=card_html(_body.replace("%%", "%"), "Amazon.co.uk", accent="#ffffff", logo='<span style="color:#111">amazon</span><span style="color:#ff9900">.co.uk</span>',
                   footer="Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Please do not reply to this email."))

pre, d = ext_pre("lwong@shaw.ca", "mail.secure-mailbox-delivery.com", "45.147.229.33",
                 "mx.shaw.ca; dkim=pass header.d=secure-mailbox-delivery.com; spf=pass smtp.mailfrom=secure-mailbox-delivery.com; dmarc=none",
                 rp="service@secure-mailbox-delivery.com", mx="mx.shaw.ca")
_body = """<p>Dear Customer,</p>
<p>We were unable to authorise the payment for your order <b>112-7734019-5582231</b>. Your order will be cancelled within 24 hours unless you confirm your payment information.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://secure-mailbox-delivery.com/amzn/ca/billing/update.php?uid=lwong" style="background:#f0c14b;border:1px solid #a88734;color:#111;padding:10px 26px;text-decoration:none;">Confirm payment information</a></p>
<p>Once confirmed, your order will ship as planned.</p>
<p>Sincerely,<br>Аmаzon Customer Service</p>"""
add(lang="en", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillic homoglyph display name; 'will be cancelled' unless user acts", date=d, pre=pre,
    **{"from": ("Аmаzon.ca", "service@secure-mailbox-delivery.com")}, header_charset="utf-8",
    to=("", "lwong@shaw.ca"),
    subject="Аmаzon.ca: your order 112-7734019-5582231 will be cancelled - payment information required",
    msgid=plain_msgid("secure-mailbox-delivery.com"), layout="html", cte="qp",
    html=card_html(_body, "Amazon", accent="#131921", logo="Аmаzon.ca", footer="&copy; 2025 Аmаzon.ca"))

pre, d = ext_pre("bkowalski@verizon.net", "smtp.amaz0n.com", "103.75.118.206",
                 "mx.verizon.net; dkim=pass header.d=amaz0n.com; spf=pass smtp.mailfrom=amaz0n.com; dmarc=pass header.from=amaz0n.com",
                 rp="auto-confirm@amaz0n.com", mx="mx.aol.com")
add(lang="en", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n.com domain, no order number, no reason", date=d, pre=pre,
    **{"from": ("Amazon.com", "auto-confirm@amaz0n.com")},
    to=("", "bkowalski@verizon.net"),
    subject="Your Amazon.com order has been canceled",
    msgid=plain_msgid("amaz0n.com"), layout="alt", cte="b64",
    text="""Amazon.com

Hello,

Your order has been canceled.

To view the details of your cancellation and the refund status, sign in to Your Orders:
http://amaz0n.com/gp/your-orders/cancel-details?session=7731-AB90

Amazon.com will never ask you to share your password.
""",
    html=card_html("""<p>Hello,</p><p>Your order has been canceled.</p>
<p>To view the details of your cancellation and the refund status, sign in to <a href="http://amaz0n.com/gp/your-orders/cancel-details?session=7731-AB90">Your Orders</a>.</p>""",
                   "Amazon.com", accent="#232f3e", logo="amazon.com", footer="Amazon.com will never ask you to share your password."))

pre, d = ext_pre("cheryl.lam@rogers.com", "relay3.account-review-secure.ru", "194.58.112.71",
                 "mx.rogers.com; dkim=fail header.d=amazon.ca; spf=softfail smtp.mailfrom=amazon.ca.account-review-secure.ru; dmarc=fail header.from=amazon.ca.account-review-secure.ru",
                 rp="orders@amazon.ca.account-review-secure.ru", mx="mx.rogers.com")
_body = """<p>Hello,</p>
<p>Due to a processing error in our billing system, your order <b>#702-1184920-33190</b> could not be completed and has been cancelled automatically.</p>
<p>To have the order re-processed at the original price, please re-enter your billing information within 48 hours:</p>
<p><a href="http://amazon.ca.account-review-secure.ru/billing/reprocess?order=702118492033190">Re-process my order</a></p>
<p>We apologise for the inconvenience caused by this technical issue.</p>
<p>Amazon.ca Customer Service</p>"""
add(lang="en", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="amazon.ca.<evil>.ru sender, malformed order number, 'system error'", date=d, pre=pre,
    **{"from": ("Amazon.ca", "orders@amazon.ca.account-review-secure.ru")},
    to=("", "cheryl.lam@rogers.com"),
    subject="Order #702-1184920-33190 cancelled due to a system error",
    msgid=plain_msgid("amazon.ca.account-review-secure.ru"), layout="alt", cte="qp",
    text="""Hello,

Due to a processing error in our billing system, your order #702-1184920-33190 could not be completed and has been cancelled automatically.

To have the order re-processed at the original price, please re-enter your billing information within 48 hours:
http://amazon.ca.account-review-secure.ru/billing/reprocess?order=702118492033190

We apologise for the inconvenience caused by this technical issue.

Amazon.ca Customer Service
""",
    html=card_html(_body, "Amazon.ca", accent="#232f3e", logo="amazon.ca"))

pre, d = ext_pre("mattjensen77@optusnet.com.au", "sonic312-22.consmr.mail.ne1.yahoo.com", "66.163.188.148",
                 auth_other("yahoo.com"), rp="amazon.au.security.team@yahoo.com", mx="mx.optusnet.com.au")
add(lang="en", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="yahoo sender, Greek omicron in name/subject, callback number, will-be-cancelled threat", date=d, pre=pre,
    **{"from": ("Amazοn.com.au Security", "amazon.au.security.team@yahoo.com")}, header_charset="utf-8",
    to=("", "mattjensen77@optusnet.com.au"),
    subject="Amazοn.com.au: suspicious purchase - order #250-4471923 will be cancelled",
    msgid=plain_msgid("sonic312.consmr.mail.ne1.yahoo.com"), layout="text", cte="b64",
    text="""Amazοn.com.au – Security Alert

Hi,

We detected a purchase on your account from a new device in Perth WA:

  Order:  #250-4471923
  Item:   Samsung Galaxy S24 Ultra 512GB – Titanium Black
  Total:  AU$2,149.00

For your security this order has been placed on hold. It will be cancelled and
your account locked unless you verify your identity within 12 hours.

If you did not make this purchase, call our Fraud Prevention Team now on
1800 950 174 (free call, 24/7) and quote reference AU-77812.

Amazοn.com.au Account Security
""")

# ----- EN non-notices ---------------------------------------------------
pre, d = ext_pre("priya.shah@btinternet.com", "mail-relay.shopify.com", "23.227.38.65",
                 auth_other("brightleaftea.co.uk"), rp="bounces+2209@brightleaftea.co.uk")
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="independent shop cancels order (out of stock), refund via Amazon Pay", date=d, pre=pre,
    **{"from": ("Brightleaf Tea Co.", "orders@brightleaftea.co.uk")},
    to=("Priya Shah", "priya.shah@btinternet.com"),
    subject="Order #BLT-20931 has been cancelled",
    msgid=plain_msgid("brightleaftea.co.uk"), layout="alt", cte="qp",
    text="""Brightleaf Tea Co.

Order #BLT-20931 has been cancelled

Hi Priya,

We're really sorry – your order #BLT-20931 has been cancelled because our
Darjeeling First Flush 2025 (250g) sold out before we could pack it.

Refund: £42.50
Because you paid with Amazon Pay, the refund goes back to the payment method
stored in your Amazon account. Amazon Pay usually shows it within 3-5 working
days. You won't get a separate email from Amazon about this.

We'll let you know as soon as the next harvest arrives.

Warmly,
Hannah at Brightleaf Tea Co.
12 Wharf Street, Bristol BS1 4RN
""",
    html=card_html("""<h2 style="font-weight:normal;">Order #BLT-20931 has been cancelled</h2>
<p>Hi Priya,</p><p>We're really sorry &ndash; your order #BLT-20931 has been cancelled because our Darjeeling First Flush 2025 (250g) sold out before we could pack it.</p>
<p><b>Refund:</b> &pound;42.50<br>Because you paid with <b>Amazon Pay</b>, the refund goes back to the payment method stored in your Amazon account. Amazon Pay usually shows it within 3-5 working days. You won't get a separate email from Amazon about this.</p>
<p>We'll let you know as soon as the next harvest arrives.</p><p>Warmly,<br>Hannah at Brightleaf Tea Co.</p>""",
                   "Brightleaf Tea Co.", accent="#2f5d3a", logo="Brightleaf Tea Co.", footer="Brightleaf Tea Co., 12 Wharf Street, Bristol BS1 4RN"))

pre, d = ext_pre("jordan.miles@fastmail.com", "mail-yw1-f176.google.com", "209.85.128.176",
                 auth_other("gmail.com"), rp="tom.keller82@gmail.com", mx="in1-smtp.messagingengine.com")
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his Amazon order", date=d, pre=pre,
    **{"from": ("Tom Keller", "tom.keller82@gmail.com")},
    to=("Jordan Miles", "jordan.miles@fastmail.com"),
    subject="Re: camping weekend",
    post=[("In-Reply-To", "<CAB7xk2@mail.gmail.com>"), ("References", "<CAB7xk2@mail.gmail.com>")],
    msgid=plain_msgid("mail.gmail.com"), layout="text", cte="7bit", charset="us-ascii",
    text="""Hey J,

Quick update: I cancelled my Amazon order for the tent. They'd pushed the
delivery back to the 14th, which is after we leave, so no point. Amazon
refunded it straight away. I'll borrow my brother's 4-person one instead.

Can you still bring the stove? I'll sort the food.

Tom

On Tue, Jordan Miles <jordan.miles@fastmail.com> wrote:
> Did the tent ever turn up?
""")

pre, d = ext_pre("dana.whitfield@comcast.net", "mta12.fraud-desk-news.com", "198.2.180.44",
                 auth_other("fraud-desk-news.com"), rp="bounce-771@fraud-desk-news.com", mx="mx1.comcast.net")
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting a fake Amazon cancellation subject", date=d, pre=pre,
    **{"from": ("The Fraud Desk", "digest@fraud-desk-news.com")},
    to=("", "dana.whitfield@comcast.net"),
    subject="This week: fake \"Your Amazon.com order has been canceled\" emails are back",
    post=[("List-Unsubscribe", "<https://fraud-desk-news.com/u/77213>"), ("Precedence", "bulk")],
    msgid=plain_msgid("fraud-desk-news.com"), layout="alt", cte="qp",
    text="""THE FRAUD DESK - weekly digest

1. Fake Amazon cancellation emails are back

Readers sent us dozens of messages this week with subjects like
"Your Amazon.com order #113-88273-9920 has been canceled" or "Order
Cancellation Confirmation". They claim an expensive phone was ordered and
then cancelled, and urge you to call a "cancellation desk" number.

How to tell: Amazon does not put phone numbers in cancellation emails, the
order numbers in these scams often have the wrong format, and the sender is
usually a free webmail address. Check your orders by typing amazon.com into
your browser yourself.

2. Toll-road text scams: what's new
...

You are receiving this because you subscribed at fraud-desk-news.com.
Unsubscribe: https://fraud-desk-news.com/u/77213
""",
    html=card_html("""<h2>1. Fake Amazon cancellation emails are back</h2>
<p>Readers sent us dozens of messages this week with subjects like <i>&ldquo;Your Amazon.com order #113-88273-9920 has been canceled&rdquo;</i> or <i>&ldquo;Order Cancellation Confirmation&rdquo;</i>. They claim an expensive phone was ordered and then cancelled, and urge you to call a &ldquo;cancellation desk&rdquo; number.</p>
<p><b>How to tell:</b> Amazon does not put phone numbers in cancellation emails, the order numbers in these scams often have the wrong format, and the sender is usually a free webmail address. Check your orders by typing amazon.com into your browser yourself.</p>
<h2>2. Toll-road text scams: what's new</h2><p>&hellip;</p>""",
                   "The Fraud Desk", accent="#8b0000", logo="THE FRAUD DESK",
                   footer='You are receiving this because you subscribed at fraud-desk-news.com. <a href="https://fraud-desk-news.com/u/77213">Unsubscribe</a>'))

pre, d = amz_pre("sg", "wei.ling.tan@singnet.com.sg", True, "us-west-2")
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="genuine Amazon.sg Prime membership cancelled (subscription, not an order)", date=d, pre=pre,
    **{"from": ("Amazon.sg", "digital-no-reply@amazon.sg")},
    to=("Wei Ling Tan", "wei.ling.tan@singnet.com.sg"),
    subject="Your Prime membership has been cancelled",
    msgid=ses_msgid("us-west-2"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text="""Amazon.sg

Hello Wei Ling,

As requested, we've cancelled your Prime membership. You can continue to
enjoy Prime benefits, including free delivery and Prime Video, until
24 November 2025. You won't be charged again.

Changed your mind? You can restart your membership at any time:
https://www.amazon.sg/prime

Amazon.sg will never ask you for your password or card details by email.

This email was sent from a notification-only address that cannot accept
incoming email. Please do not reply to this message.
""",
    html=card_html("""<p>Hello Wei Ling,</p><p>As requested, we've cancelled your Prime membership. You can continue to enjoy Prime benefits, including free delivery and Prime Video, until <b>24 November 2025</b>. You won't be charged again.</p>
<p>Changed your mind? <a href="https://www.amazon.sg/prime">Restart your membership</a> at any time.</p>""",
                   "Amazon.sg", accent="#232f3e", logo="amazon.sg prime",
                   footer="Amazon.sg will never ask you for your password or card details by email. This email was sent from a notification-only address that cannot accept incoming email."))

pre, d = amz_pre("ie", "ciara.obrien@eircom.net", True, "eu-west-1")
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="genuine Amazon.ie payment reminder: order will be cancelled if not updated (not yet cancelled)", date=d, pre=pre,
    **{"from": ("Amazon.ie", "payments-messages@amazon.ie")}, reply_to=("", "no-reply@amazon.ie"),
    to=("Ciara O'Brien", "ciara.obrien@eircom.net"),
    subject="Action needed: update your payment information for order #404-5582913-2207145",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="qp",
    text="""Amazon.ie
Order #404-5582913-2207145
___________________________________________________________________________

Hello Ciara,

There was a problem processing your payment for the order below. Your bank
declined the charge to your Mastercard ending in 0392.

To avoid a delay or cancellation, please update your payment method by
12 September: https://www.amazon.ie/gp/css/order-history

If we don't receive updated payment information by then, your order will be
cancelled.

    Philips Hue White and Colour Ambiance Starter Kit E27
    Quantity: 1   €149.99

If your card number or expiry date has changed, update it in Your Account.

___________________________________________________________________________

Amazon.ie will never ask you to provide your password or card details by
email. Report suspicious emails:
https://www.amazon.ie/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

This email was sent from a notification-only address that cannot accept
incoming email. Please do not reply to this message.
""")

pre, d = amz_pre("com", "bkowalski@verizon.net", False)
add(lang="en", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="delivery appointment cancelled by carrier; order explicitly not cancelled", date=d, pre=pre,
    **{"from": ("Amazon.com", "shipment-tracking@amazon.com")}, reply_to=("", "no-reply@amazon.com"),
    to=("Ben Kowalski", "bkowalski@verizon.net"),
    subject="Your delivery appointment on Saturday, May 17 has been cancelled",
    msgid=ses_msgid(), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="html", cte="qp",
    html=amz_html("en", "Amazon.com", "Delivery Appointment", "114-2290385-7719402", "Hello Ben,",
                  ["The carrier has cancelled your scheduled delivery appointment (Saturday, May 17, 8am - 12pm) for the item below.",
                   "<b>Your order has not been cancelled.</b> Please choose a new appointment so we can deliver your item.",
                   '<a href="https://www.amazon.com/gp/r.html?U=%2Fgp%2Fyour-account%2Fschedule-delivery">Schedule a new appointment</a>'],
                  [("LG 65-Inch Class OLED evo C4 Series Smart TV OLED65C4PUA", "Qty: 1", "$1,796.99")],
                  [("Order Total:", "$1,796.99")], ["<p>We hope to see you again soon.</p>"],
                  html_paras(en_legal("Amazon.com"))))


# ----- DE notices --------------------------------------------------------
def de_legal(extra=None):
    out = [
        "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte geändert hat, aktualisieren Sie diese bitte unter Mein Konto: https://www.amazon.de/cpe/yourpayments/wallet",
        "Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre Kreditkartennummer oder Ihre Bankverbindung anzugeben oder zu bestätigen. "
        "Wenn Sie eine verdächtige E-Mail erhalten, die vorgibt, von Amazon zu stammen, melden Sie sie bitte: https://www.amazon.de/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D",
        "Hilfe zu Ihrer Bestellung finden Sie in unserem Kundenservice: https://www.amazon.de/gp/help/customer/display.html",
        "Amazon EU S.à r.l., Niederlassung Deutschland, Marcel-Breuer-Str. 12, 80807 München, Deutschland. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg, RCS Luxemburg B 101818.",
        "Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde von einer Adresse verschickt, die keine eingehenden E-Mails empfangen kann.",
    ]
    if extra:
        out.insert(0, extra)
    return out


def esc_de(ps):
    return [p.replace("&", "&amp;").replace("ä", "&auml;").replace("ö", "&ouml;").replace("ü", "&uuml;")
             .replace("Ä", "&Auml;").replace("Ö", "&Ouml;").replace("Ü", "&Uuml;").replace("ß", "&szlig;")
             .replace("à", "&agrave;").replace("€", "&euro;").replace("–", "&ndash;") for p in ps]


pre, d = amz_pre("de", "f.hartmann@web.de", True, "eu-west-1")
_items = [("Bosch Professional 12V System Akku-Bohrschrauber GSR 12V-15 (inkl. 2x2,0 Ah Akku, Ladegerät, in L-BOXX)", "Menge: 1", "EUR 139,99"),
          ("Bosch Professional 25-tlg. Schrauberbit-Set Extra Hart", "Menge: 1", "EUR 11,49")]
_paras = ["wie gewünscht haben wir die folgenden Artikel aus Ihrer Bestellung #305-6619024-3385112 storniert.",
          "Stornierungsgrund: Vom Kunden storniert",
          "Falls Ihnen für diese Artikel bereits etwas berechnet wurde, erstatten wir den Betrag auf die ursprüngliche Zahlungsart. "
          "Die Erstattung wird in der Regel innerhalb von 3 bis 5 Werktagen angezeigt."]
add(lang="de", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.de",
    note="vom Kunden storniert, Stornierungsgrund-Zeile", date=d, pre=pre,
    **{"from": ("Amazon.de", "auto-confirm@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Florian Hartmann", "f.hartmann@web.de"),
    subject='Erfolgreiche Stornierung von "Bosch Professional 12V System Akku-Bohrschrauber..." aus Ihrer Amazon.de-Bestellung #305-6619024-3385112',
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.de", "Stornierungsbestätigung", "305-6619024-3385112", "Guten Tag Florian Hartmann,", _paras, _items,
                  [("Zwischensumme:", "EUR 151,48"), ("Erstattungsbetrag:", "EUR 151,48")],
                  ["Den Status Ihrer Bestellungen können Sie jederzeit unter Meine Bestellungen einsehen.", "Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen."],
                  de_legal(), heading=("Stornierte Artikel", "Bestellung")),
    html=amz_html("de", "Amazon.de", "Stornierungsbestätigung", "305-6619024-3385112", "Guten Tag Florian Hartmann,",
                  esc_de(_paras), [(esc_de([a])[0], b, c) for a, b, c in _items],
                  [("Zwischensumme:", "EUR 151,48"), ("Erstattungsbetrag:", "EUR 151,48")],
                  ['<p>Den Status Ihrer Bestellungen k&ouml;nnen Sie jederzeit unter <a href="https://www.amazon.de/gp/r.html?U=%2Fgp%2Fcss%2Forder-history">Meine Bestellungen</a> einsehen.</p>',
                   "<p>Wir hoffen, Sie bald wieder bei uns begr&uuml;&szlig;en zu d&uuml;rfen.</p>"],
                  esc_de(de_legal()), heading="Stornierte Artikel"))

pre, d = amz_pre("de", "s.yilmaz@t-online.de", False, "eu-west-1")
_items = [("Nintendo Switch 2 + Mario Kart World Bundle [Vorbestellung]", "Menge: 1", "EUR 509,99", "Verkauf durch: Amazon EU S.à r.l.")]
_paras = ["leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erfüllen können.",
          "Unser Lieferant hat uns informiert, dass der Artikel nicht in der erwarteten Menge geliefert wird. "
          "Da wir keine weiteren Exemplare beschaffen können, haben wir den Artikel aus Ihrer Bestellung storniert. Ihnen wurde nichts berechnet.",
          "Wir bedauern die Unannehmlichkeiten. Sobald der Artikel wieder verfügbar ist, können Sie ihn erneut bestellen."]
add(lang="de", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.de",
    note="Vorbestellung kann nicht erfüllt werden; html-only iso-8859-15 qp", date=d, pre=pre,
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Selin Yilmaz", "s.yilmaz@t-online.de"),
    subject="Ihre Amazon.de-Bestellung #302-4471196-8820346 wurde storniert",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="html", cte="qp", charset="iso-8859-15",
    html=amz_html("de", "Amazon.de", "Stornierung Ihrer Vorbestellung", "302-4471196-8820346", "Guten Tag Selin Yilmaz,",
                  [p for p in _paras], _items, [("Berechneter Betrag:", "EUR 0,00")],
                  ["Wenn Sie weitere Hilfe zu Ihrer Bestellung benötigen, besuchen Sie bitte unseren <a href=\"https://www.amazon.de/gp/help/customer/display.html\">Kundenservice</a>."],
                  [p.replace("&", "&amp;") for p in de_legal()], heading="Stornierte Artikel"))

pre, d = amz_pre("de", "k.becker@gmx.net", True, "eu-west-1")
add(lang="de", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.de",
    note="Zahlungsänderung nicht rechtzeitig, Karte abgelaufen; text-only 8bit", date=d, pre=pre,
    **{"from": ("Amazon.de", "payments-messages@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Katrin Becker", "k.becker@gmx.net"),
    subject="Ihre Amazon.de-Bestellung 303-2958107-6641938 wurde storniert",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="8bit",
    text="""Amazon.de
Bestellung #303-2958107-6641938
___________________________________________________________________________

Guten Tag Katrin Becker,

am 10. Februar haben wir Sie gebeten, die Zahlungsinformationen für die
unten aufgeführte Bestellung zu aktualisieren, da die hinterlegte
Mastercard mit der Endung 8830 abgelaufen ist und die Zahlung nicht
autorisiert werden konnte.

Da wir bis zum 17. Februar keine gültige Zahlungsart erhalten haben,
haben wir Ihre Bestellung storniert. Ihnen wurde nichts berechnet.

Stornierte Artikel:

    De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat, schwarz
    Menge: 1   EUR 299,99

    Tchibo Barista Caffè Crema Bohnen 1 kg
    Menge: 2   EUR 27,98

Wenn Sie die Artikel weiterhin kaufen möchten, können Sie eine neue
Bestellung aufgeben: https://www.amazon.de/gp/css/order-history

Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat,
aktualisieren Sie diese bitte unter Mein Konto > Meine Zahlungen:
https://www.amazon.de/cpe/yourpayments/wallet

___________________________________________________________________________

Amazon.de wird Sie niemals per E-Mail auffordern, Ihr Passwort, Ihre
Kreditkartennummer oder Ihre Bankverbindung anzugeben. Verdächtige E-Mails
können Sie hier melden:
https://www.amazon.de/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde von einer
Adresse verschickt, die keine eingehenden E-Mails empfangen kann.
""")

pre, d = amz_pre("de", "m.schulze@posteo.de", False, "eu-west-1")
_items = [("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Android-Tablet, Gray", "Menge: 1", "EUR 44,90")]
_paras = ["wir melden uns bezüglich Ihrer Bestellung.",
          "Aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website mit einem falschen Preis angezeigt. "
          "Wir haben den Artikel daher aus Ihrer Bestellung storniert. Es wurde Ihnen nichts berechnet.",
          "Wir entschuldigen uns für die Unannehmlichkeiten. Der Artikel ist weiterhin zum korrekten Preis auf Amazon.de erhältlich."]
add(lang="de", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.de",
    note="falscher Preis durch technischen Fehler; iso-8859-15 base64", date=d, pre=pre,
    **{"from": ("Amazon.de", "auto-confirm@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Markus Schulze", "m.schulze@posteo.de"),
    subject="Ein Artikel wurde aus Ihrer Amazon.de-Bestellung #306-8812047-1193654 storniert",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="b64", charset="iso-8859-15",
    text=amz_text("Amazon.de", "Aktualisierung Ihrer Bestellung", "306-8812047-1193654", "Guten Tag Markus Schulze,", _paras, _items,
                  [("Berechneter Betrag:", "EUR 0,00")], ["Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen."], de_legal(),
                  heading=("Stornierte Artikel", "Bestellung")),
    html=amz_html("de", "Amazon.de", "Aktualisierung Ihrer Bestellung", "306-8812047-1193654", "Guten Tag Markus Schulze,",
                  _paras, _items, [("Berechneter Betrag:", "EUR 0,00")], ["<p>Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.</p>"],
                  [p.replace("&", "&amp;") for p in de_legal()], heading="Stornierte Artikel"))

pre, d = amz_pre("de", "anna.krueger@icloud.com", True, "eu-west-1")
_items = [("Apple AirPods Pro (2. Generation) mit MagSafe Ladecase (USB‑C)", "Menge: 2", "EUR 458,00"),
          ("Apple Gutschein – per E-Mail versandt", "Menge: 1", "EUR 200,00")]
_paras = ["bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Kundenkonto festgestellt.",
          "Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die unten aufgeführte Bestellung storniert, "
          "da wir die Zahlungs- und Kontoinformationen nicht verifizieren konnten. Bereits belastete Beträge werden erstattet.",
          "Um Ihr Konto wieder freizuschalten, melden Sie sich bitte direkt auf Amazon.de oder in der Amazon-App an und folgen Sie den Anweisungen. "
          "Verwenden Sie dafür keine Links aus E-Mails, die Sie nicht erwartet haben."]
add(lang="de", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.de",
    note="Konto vorübergehend gesperrt, Verifizierung fehlgeschlagen", date=d, pre=pre,
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Anna Krüger", "anna.krueger@icloud.com"),
    subject="Ihre Bestellung #304-1183920-7746205 wurde storniert",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.de", "Stornierung", "304-1183920-7746205", "Guten Tag Anna Krüger,", _paras, _items,
                  [("Gesamtsumme:", "EUR 658,00")], ["Vielen Dank für Ihr Verständnis."], de_legal(),
                  heading=("Stornierte Artikel", "Bestellung")),
    html=amz_html("de", "Amazon.de", "Stornierung", "304-1183920-7746205", "Guten Tag Anna Kr&uuml;ger,",
                  esc_de(_paras), [(esc_de([a])[0], b, c) for a, b, c in _items], [("Gesamtsumme:", "EUR 658,00")],
                  ["<p>Vielen Dank f&uuml;r Ihr Verst&auml;ndnis.</p>"], esc_de(de_legal()), heading="Stornierte Artikel"))

pre, d = amz_pre("de", "juergen.wolf@freenet.de", False, "eu-west-1")
add(lang="de", kind="notice", cause="unknown", states_reason=True, marketplace="amazon.de",
    note="Lieferadresse (Packstation) nicht zustellbar; text-only iso-8859-15 qp", date=d, pre=pre,
    **{"from": ("Amazon.de", "order-update@amazon.de")},
    to=("Jürgen Wolf", "juergen.wolf@freenet.de"),
    subject="Ihre Amazon.de-Bestellung #028-5519304-2276841 wurde storniert",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="qp", charset="iso-8859-15",
    text="""Amazon.de Stornierung
Bestellung #028-5519304-2276841
https://www.amazon.de/ref=TE_tex_g
___________________________________________________________________________

Guten Tag Jürgen Wolf,

leider konnten wir Ihre Bestellung nicht an die angegebene Lieferadresse
zustellen. Die Packstation 118 in 44135 Dortmund kann für diese Sendung
nicht verwendet werden, und die Adresse wurde innerhalb der Frist nicht
geändert. Wir haben die Bestellung daher storniert.

Stornierte Artikel:

    Tefal Ingenio Easy Cook & Clean Pfannenset 3-tlg.
    Menge: 1   EUR 69,99

Ihnen wurde nichts berechnet. Falls bereits eine Zahlung erfolgt ist, wird
der Betrag innerhalb von 3 bis 5 Werktagen erstattet.

Ihre Adressen können Sie unter Mein Konto > Adressen verwalten:
https://www.amazon.de/a/addresses

___________________________________________________________________________

Wenn sich Ihre Kartennummer geändert hat, aktualisieren Sie sie unter
Mein Konto. Amazon.de fragt Sie niemals per E-Mail nach Ihrem Passwort.
Verdächtige E-Mails melden: https://www.amazon.de/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

Bitte antworten Sie nicht auf diese E-Mail.
""")

# ----- DE lookalikes -----------------------------------------------------
pre, d = ext_pre("h.vogel@arcor.de", "mail-wr1-f54.google.com", "209.85.221.54",
                 auth_other("gmail.com"), rp="amazon.kundenservice.de@gmail.com", mx="mx.arcor.de")
add(lang="de", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="gmail-Absender, Rückrufnummer, fehlerhafte Bestellnummer", date=d, pre=pre,
    **{"from": ("Amazon Kundenservice", "amazon.kundenservice.de@gmail.com")},
    to=("", "h.vogel@arcor.de"),
    subject="Stornierungsbestätigung – Bestellung Nr. 302-55819-2201",
    msgid=plain_msgid("mail.gmail.com"), layout="text", cte="8bit",
    text="""Sehr geehrter Kunde,

Ihre Stornierung für die Bestellung Nr. 302-55819-2201 wurde erfolgreich bearbeitet.

Artikel: Apple MacBook Air 15" M3 (2024), 16 GB RAM, 512 GB SSD – Mitternacht
Betrag: 1.749,00 €
Erstattung an: Amazon Geschenkgutschein-Guthaben

Falls Sie diese Stornierung NICHT veranlasst haben, rufen Sie bitte sofort
unsere Stornoabteilung unter 0800 182 4471 an (kostenlos, 24/7), damit die
Erstattung nicht auf ein fremdes Konto ausgezahlt wird.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice-Team
""")

pre, d = ext_pre("t.neumann@gmx.de", "mx02.amazon-konto-hilfe.de", "193.42.33.12",
                 auth_other("amazon-konto-hilfe.de"), rp="bounce@amazon-konto-hilfe.de", mx="mx00.emig.gmx.net")
_b = """<p>Guten Tag,</p>
<p>wir haben einen ungewöhnlichen Anmeldeversuch in Ihrem Amazon-Konto festgestellt (Gerät: Android, Standort: Bukarest, RO).</p>
<p>Zu Ihrer Sicherheit wurde <b>Ihr Konto vorübergehend gesperrt</b> und <b>Ihre Bestellung #305-8812304-5509127 storniert</b> (379,90 €).</p>
<p>Um Ihr Konto zu entsperren und Ihre Bestellung wiederherzustellen, geben Sie bitte innerhalb von 24 Stunden den folgenden Bestätigungscode auf der Verifizierungsseite ein:</p>
<p style="text-align:center;font-size:30px;letter-spacing:6px;font-weight:bold;margin:22px 0;">417 093</p>
<p style="text-align:center;"><a href="https://amazon-konto-hilfe.de/ap/entsperren?id=3058812304" style="background:#ffd814;color:#0f1111;padding:12px 28px;border-radius:8px;text-decoration:none;">Konto jetzt bestätigen</a></p>
<p>Ohne Bestätigung wird Ihr Konto dauerhaft geschlossen.</p>
<p>Mit freundlichen Grüßen<br>Ihr Amazon-Sicherheitsteam</p>"""
add(lang="de", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="professionell; Look-alike-Domain mit eigener DKIM/DMARC; Konto gesperrt + Code", date=d, pre=pre,
    **{"from": ("Amazon.de", "sicherheit@amazon-konto-hilfe.de")},
    to=("", "t.neumann@gmx.de"),
    subject="Ihr Konto wurde gesperrt und Ihre Bestellung #305-8812304-5509127 storniert",
    msgid=plain_msgid("amazon-konto-hilfe.de"), layout="alt", cte="qp",
    text="""Guten Tag,

wir haben einen ungewöhnlichen Anmeldeversuch in Ihrem Amazon-Konto festgestellt (Gerät: Android, Standort: Bukarest, RO).

Zu Ihrer Sicherheit wurde Ihr Konto vorübergehend gesperrt und Ihre Bestellung #305-8812304-5509127 storniert (379,90 €).

Um Ihr Konto zu entsperren und Ihre Bestellung wiederherzustellen, geben Sie innerhalb von 24 Stunden den Code 417 093 ein:
https://amazon-konto-hilfe.de/ap/entsperren?id=3058812304

Ohne Bestätigung wird Ihr Konto dauerhaft geschlossen.

Amazon wird Sie niemals nach Ihrem Passwort fragen.

Mit freundlichen Grüßen
Ihr Amazon-Sicherheitsteam
""",
    html=card_html(_b, "Amazon.de", accent="#232f3e", logo="amazon.de",
                   footer="Amazon wird Sie niemals per E-Mail nach Ihrem Passwort fragen. &copy; 1998-2025 Amazon.com, Inc. oder Tochtergesellschaften."))

pre, d = ext_pre("rolf.zimmermann@t-online.de", "DB3PR0202CU001.outbound.protection.outlook.com", "40.92.58.101",
                 auth_other("outlook.de"), rp="amazon.zahlung@outlook.de", mx="mx00.t-online.de")
add(lang="de", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="plump; outlook.de; Kartendaten per Antwort; iso-8859-1 8bit; keine Bestellnummer", date=d, pre=pre,
    **{"from": ("Amazon Zahlungsabteilung", "amazon.zahlung@outlook.de")},
    to=("", "rolf.zimmermann@t-online.de"),
    subject="AMAZON: BESTELLUNG STORNIERT - ZAHLUNG ABGELEHNT",
    msgid=plain_msgid("DB3PR02MB6011.eurprd02.prod.outlook.com"), layout="text", cte="8bit", charset="iso-8859-1",
    text="""Lieber Amazon Kunde ,

Ihre letzte Bestellung wurde STORNIERT weil Ihre Zahlung von der Bank abgelehnt worden ist .

Um die Bestellung wieder zu aktivieren und eine Sperrung Ihres Kontos zu vermeiden antworten Sie bitte auf diese Email mit folgenden Angaben :

Vollständiger Name :
Kartennummer :
Gültig bis :
Prüfnummer (CVC) :
Geburtsdatum :
Anschrift :

Nach Erhalt Ihrer Daten wird Ihre Bestellung innerhalb 2 Stunden neu bearbeitet.

Mit freundliche Grüße
Amazon Zahlungs Abteilung
""")

pre, d = ext_pre("lena.fischer@web.de", "srv1.kunden-service24.com", "5.181.156.22",
                 "mx-ha.web.de; dkim=none; spf=neutral smtp.mailfrom=amazon.de.kunden-service24.com; dmarc=none header.from=amazon.de.kunden-service24.com",
                 rp="bestellung@amazon.de.kunden-service24.com", mx="mx-ha.web.de")
_b = """<p style="font-size:18px;color:#cc6600;">Guten Tag,</p>
<p>leider ist der folgende Artikel aus Ihrer Bestellung <b>#303-7719342-5580217</b> bei unserem Lieferanten nicht mehr verfügbar und wurde storniert.</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;margin:12px 0;"><tr>
<td style="padding:10px 0;">Dyson V15 Detect Absolute Akku-Staubsauger<br><span style="color:#666">Menge: 1</span></td>
<td style="padding:10px 0;text-align:right;"><b>649,00 €</b></td></tr></table>
<p>Der Betrag von 649,00 € wurde bereits eingezogen. Um Ihre Rückerstattung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung:</p>
<p><a href="http://rueckerstattung-center.shop/de/claim?ref=3037719342">https://www.amazon.de/gp/css/erstattung-anfordern</a></p>
<p>Nicht angeforderte Erstattungen verfallen nach 48 Stunden.</p>
<p>Wir hoffen, Sie bald wieder begrüßen zu dürfen.<br><b>Amazon.de</b></p>"""
add(lang="de", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Linktext zeigt amazon.de, href auf .shop; Domain amazon.de.<fremd>; html-only base64", date=d, pre=pre,
    **{"from": ("Amazon.de", "bestellung@amazon.de.kunden-service24.com")},
    to=("", "lena.fischer@web.de"),
    subject="Ihre Amazon.de-Bestellung #303-7719342-5580217 wurde storniert",
    msgid=plain_msgid("amazon.de.kunden-service24.com"), layout="html", cte="b64",
    html=card_html(_b, "Amazon.de", accent="#ffffff", logo='<span style="color:#111">amazon</span><span style="color:#ff9900">.de</span>',
                   footer="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Bitte antworten Sie nicht auf diese E-Mail."))

pre, d = ext_pre("b.koch@online.de", "mail.paket-sicherheit.net", "194.26.135.88",
                 "mx.kundenserver.de; dkim=pass header.d=paket-sicherheit.net; spf=pass smtp.mailfrom=paket-sicherheit.net; dmarc=none",
                 rp="info@paket-sicherheit.net", mx="mx.kundenserver.de")
_b = """<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>die Zahlung für Ihre Bestellung <b>304-2210938-6617734</b> konnte nicht autorisiert werden. Ihre Bestellung wird innerhalb von 24 Stunden storniert, wenn Sie Ihre Zahlungsdaten nicht bestätigen.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://paket-sicherheit.net/amzn/de/zahlung/aktualisieren.php?k=bkoch" style="background:#f0c14b;border:1px solid #a88734;color:#111;padding:10px 26px;text-decoration:none;">Zahlungsdaten bestätigen</a></p>
<p>Nach der Bestätigung wird Ihre Bestellung wie geplant versendet.</p>
<p>Mit freundlichen Grüßen<br>Ihr Αmazon Kundenservice</p>"""
add(lang="de", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="griechisches Alpha im Anzeigenamen; 'wird storniert' wenn nicht gehandelt", date=d, pre=pre,
    **{"from": ("Αmazon.de", "info@paket-sicherheit.net")}, header_charset="utf-8",
    to=("", "b.koch@online.de"),
    subject="Αmazon.de: Ihre Bestellung wird storniert – Zahlungsdaten erforderlich",
    msgid=plain_msgid("paket-sicherheit.net"), layout="html", cte="qp",
    html=card_html(_b, "Amazon", accent="#131921", logo="Αmazon.de", footer="&copy; 2025 Αmazon.de"))

pre, d = ext_pre("c.braun@mailbox.org", "smtp.amaz0n.de", "103.75.118.207",
                 "mx.mailbox.org; dkim=pass header.d=amaz0n.de; spf=pass smtp.mailfrom=amaz0n.de; dmarc=pass header.from=amaz0n.de",
                 rp="versandbestaetigung@amaz0n.de", mx="mx1.mailbox.org")
add(lang="de", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n.de, keine Bestellnummer, kein Grund", date=d, pre=pre,
    **{"from": ("Amazon.de", "versandbestaetigung@amaz0n.de")},
    to=("", "c.braun@mailbox.org"),
    subject="Ihre Bestellung wurde storniert",
    msgid=plain_msgid("amaz0n.de"), layout="alt", cte="b64",
    text="""Amazon.de

Guten Tag,

Ihre Bestellung wurde storniert.

Details zur Stornierung und zum Stand Ihrer Erstattung finden Sie unter Meine Bestellungen:
http://amaz0n.de/gp/css/stornierung?sitzung=8812-KD20

Amazon.de
""",
    html=card_html("""<p>Guten Tag,</p><p>Ihre Bestellung wurde storniert.</p>
<p>Details zur Stornierung und zum Stand Ihrer Erstattung finden Sie unter <a href="http://amaz0n.de/gp/css/stornierung?sitzung=8812-KD20">Meine Bestellungen</a>.</p>""",
                   "Amazon.de", accent="#232f3e", logo="amazon.de"))

pre, d = ext_pre("p.lange@gmx.de", "relay.bestellstatus.xyz", "185.100.87.41",
                 "mx00.emig.gmx.net; dkim=fail header.d=amazon.de; spf=softfail smtp.mailfrom=amazon.de.bestellstatus.xyz; dmarc=fail header.from=amazon.de.bestellstatus.xyz",
                 rp="service@amazon.de.bestellstatus.xyz", mx="mx00.emig.gmx.net")
_b = """<p>Guten Tag,</p>
<p>aufgrund eines Systemfehlers bei der Zahlungsabwicklung konnte Ihre Bestellung <b>#303-118-449201</b> nicht abgeschlossen werden und wurde automatisch storniert.</p>
<p>Damit wir die Bestellung zum ursprünglichen Preis erneut bearbeiten können, geben Sie Ihre Rechnungsdaten bitte innerhalb von 48 Stunden erneut ein:</p>
<p><a href="http://amazon.de.bestellstatus.xyz/rechnung/neu?b=303118449201">Bestellung erneut bearbeiten</a></p>
<p>Wir entschuldigen uns für diesen technischen Fehler.</p><p>Ihr Amazon.de Kundenservice</p>"""
add(lang="de", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="amazon.de.<fremd>.xyz, fehlerhafte Bestellnummer, 'Systemfehler'", date=d, pre=pre,
    **{"from": ("Amazon.de Kundenservice", "service@amazon.de.bestellstatus.xyz")},
    to=("", "p.lange@gmx.de"),
    subject="Bestellung #303-118-449201 wegen Systemfehler storniert",
    msgid=plain_msgid("amazon.de.bestellstatus.xyz"), layout="alt", cte="qp", charset="windows-1252",
    text="""Guten Tag,

aufgrund eines Systemfehlers bei der Zahlungsabwicklung konnte Ihre Bestellung #303-118-449201 nicht abgeschlossen werden und wurde automatisch storniert.

Damit wir die Bestellung zum ursprünglichen Preis erneut bearbeiten können, geben Sie Ihre Rechnungsdaten bitte innerhalb von 48 Stunden erneut ein:
http://amazon.de.bestellstatus.xyz/rechnung/neu?b=303118449201

Wir entschuldigen uns für diesen technischen Fehler.
Ihr Amazon.de Kundenservice
""",
    html=card_html(_b, "Amazon.de", accent="#232f3e", logo="amazon.de"))

pre, d = ext_pre("gisela.hoffmann@t-online.de", "sonic309-15.consmr.mail.ir2.yahoo.com", "77.238.178.146",
                 auth_other("yahoo.com"), rp="amazon.sicherheit.de@yahoo.com", mx="mx00.t-online.de")
add(lang="de", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="yahoo-Absender, kyrillisches о im Namen, Rückrufnummer, Drohung 'wird storniert'", date=d, pre=pre,
    **{"from": ("Amazоn.de Sicherheitsteam", "amazon.sicherheit.de@yahoo.com")}, header_charset="utf-8",
    to=("", "gisela.hoffmann@t-online.de"),
    subject="Amazоn.de: Verdächtiger Kauf – Bestellung 304-99120 wird storniert",
    msgid=plain_msgid("sonic309.consmr.mail.ir2.yahoo.com"), layout="text", cte="b64",
    text="""Amazоn.de – Sicherheitshinweis

Guten Tag,

wir haben einen Kauf über Ihr Konto von einem neuen Gerät in Hamburg festgestellt:

  Bestellung: 304-99120
  Artikel:    iPhone 16 Pro 256 GB – Titan Wüstensand
  Betrag:     1.329,00 €

Zu Ihrer Sicherheit wurde die Bestellung angehalten. Sie wird storniert und
Ihr Konto gesperrt, wenn Sie Ihre Identität nicht innerhalb von 12 Stunden
bestätigen.

Wenn Sie diesen Kauf nicht getätigt haben, rufen Sie sofort unser
Sicherheitsteam an: 0800 724 9913 (kostenfrei) – Referenz DE-55120.

Ihr Amazоn.de Sicherheitsteam
""")

# ----- DE non-notices ----------------------------------------------------
pre, d = ext_pre("s.yilmaz@t-online.de", "mxphxpool2009.ebay.com", "66.135.197.30",
                 auth_other("ebay.com"), rp="ebay@ebay.com", mx="mx00.t-online.de")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="eBay: Verkäufer storniert Bestellung eines Amazon-Echo-Geräts", date=d, pre=pre,
    **{"from": ("eBay", "ebay@ebay.com")},
    to=("Selin Yilmaz", "s.yilmaz@t-online.de"),
    subject="Der Verkäufer hat Ihre Bestellung storniert: Amazon Echo Show 8 (3. Gen.) Anthrazit",
    msgid=plain_msgid("starship.ebay.com"), layout="alt", cte="qp",
    text="""eBay

Hallo Selin,

der Verkäufer technik-outlet-24 hat Ihre Bestellung storniert.

Artikel: Amazon Echo Show 8 (3. Gen.) | Smart Display mit Alexa – Anthrazit
Bestellnummer: 24-11873-55092
Grund laut Verkäufer: Artikel nicht mehr vorrätig

Die Rückerstattung von 94,99 EUR wird innerhalb von 3 Werktagen auf Ihr
PayPal-Konto gebucht.

Ähnliche Artikel finden: https://www.ebay.de/sch/i.html?_nkw=echo+show+8

Ihr eBay-Team
eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow
""",
    html=card_html("""<p>Hallo Selin,</p><p>der Verkäufer <b>technik-outlet-24</b> hat Ihre Bestellung storniert.</p>
<table style="margin:10px 0;"><tr><td>Artikel:</td><td>Amazon Echo Show 8 (3. Gen.) | Smart Display mit Alexa – Anthrazit</td></tr>
<tr><td>Bestellnummer:</td><td>24-11873-55092</td></tr><tr><td>Grund laut Verkäufer:</td><td>Artikel nicht mehr vorrätig</td></tr></table>
<p>Die Rückerstattung von 94,99 EUR wird innerhalb von 3 Werktagen auf Ihr PayPal-Konto gebucht.</p>
<p><a href="https://www.ebay.de/sch/i.html?_nkw=echo+show+8">Ähnliche Artikel finden</a></p>""",
                   "eBay", accent="#ffffff", logo='<span style="color:#e53238">e</span><span style="color:#0064d2">b</span><span style="color:#f5af02">a</span><span style="color:#86b817">y</span>',
                   footer="eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow"))

pre, d = ext_pre("f.hartmann@web.de", "mail.brandt-logistik.de", "212.227.17.11",
                 auth_other("brandt-logistik.de"), rp="n.albers@brandt-logistik.de", mx="mx-ha.web.de")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Kollege: hat seine Amazon-Bestellung storniert", date=d, pre=pre,
    **{"from": ("Nils Albers", "n.albers@brandt-logistik.de")},
    to=("Florian Hartmann", "f.hartmann@web.de"),
    subject="AW: Monitor fürs Homeoffice",
    post=[("In-Reply-To", "<a81f2@web.de>"), ("References", "<a81f2@web.de>")],
    msgid=plain_msgid("brandt-logistik.de"), layout="text", cte="qp", charset="iso-8859-1",
    text="""Hi Florian,

kurze Info: ich hab meine Amazon-Bestellung für den Dell-Monitor storniert.
Die IT hat gesagt, wir bekommen die Geräte über den Rahmenvertrag, das ist
günstiger. Die Stornierung ging problemlos, Geld ist schon wieder da.

Wenn du auch noch was bestellt hast, würde ich das auch zurückziehen.

Gruß
Nils

--
Nils Albers | Disposition
Brandt Logistik GmbH | Hafenstraße 21 | 28217 Bremen
""")

pre, d = ext_pre("gisela.hoffmann@t-online.de", "mail.phishing-radar-news.de", "217.160.0.92",
                 auth_other("phishing-radar-news.de"), rp="newsletter@phishing-radar-news.de", mx="mx00.t-online.de")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Newsletter zu Phishing, zitiert gefälschten Storno-Betreff", date=d, pre=pre,
    **{"from": ("Phishing-Radar Newsletter", "newsletter@phishing-radar-news.de")},
    to=("", "gisela.hoffmann@t-online.de"),
    subject="Phishing-Radar: Gefälschte Amazon-Mails \"Ihre Bestellung wurde storniert\"",
    post=[("List-Unsubscribe", "<https://phishing-radar-news.de/abmelden?u=5521>"), ("Precedence", "bulk")],
    msgid=plain_msgid("phishing-radar-news.de"), layout="alt", cte="b64",
    text="""PHISHING-RADAR – Ausgabe 37

Aktuell: Gefälschte Amazon-Stornierungen

Derzeit landen E-Mails mit Betreffzeilen wie „Ihre Bestellung #302-55819-2201
wurde storniert" oder „Stornierungsbestätigung" in vielen Postfächern. Angeblich
wurde ein teures Notebook bestellt und wieder storniert; wer das nicht war,
soll eine „Stornoabteilung" anrufen oder einen Link anklicken.

So erkennen Sie die Fälschung:
- Amazon nennt in Stornierungsmails keine Telefonnummern.
- Die Bestellnummer hat oft ein falsches Format.
- Der Absender ist eine Freemail- oder eine ähnlich klingende Domain.

Prüfen Sie Ihre Bestellungen immer direkt in der App oder auf amazon.de.

Newsletter abbestellen: https://phishing-radar-news.de/abmelden?u=5521
""",
    html=card_html("""<h2>Aktuell: Gefälschte Amazon-Stornierungen</h2>
<p>Derzeit landen E-Mails mit Betreffzeilen wie <i>„Ihre Bestellung #302-55819-2201 wurde storniert"</i> oder <i>„Stornierungsbestätigung"</i> in vielen Postfächern. Angeblich wurde ein teures Notebook bestellt und wieder storniert; wer das nicht war, soll eine „Stornoabteilung" anrufen oder einen Link anklicken.</p>
<p><b>So erkennen Sie die Fälschung:</b></p><ul><li>Amazon nennt in Stornierungsmails keine Telefonnummern.</li><li>Die Bestellnummer hat oft ein falsches Format.</li><li>Der Absender ist eine Freemail- oder eine ähnlich klingende Domain.</li></ul>
<p>Prüfen Sie Ihre Bestellungen immer direkt in der App oder auf amazon.de.</p>""",
                   "Phishing-Radar", accent="#004b87", logo="PHISHING-RADAR",
                   footer='<a href="https://phishing-radar-news.de/abmelden?u=5521">Newsletter abbestellen</a>'))

pre, d = ext_pre("k.becker@gmx.net", "a7-18.smtp-out.eu-west-1.amazonses.com", "54.240.7.18",
                 auth_other("audible.de"), rp="0102abc@eu-west-1.amazonses.com", mx="mx00.emig.gmx.net")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Audible-Abo gekündigt (kein Bestellstorno)", date=d, pre=pre,
    **{"from": ("Audible", "noreply@audible.de")},
    to=("Katrin Becker", "k.becker@gmx.net"),
    subject="Ihre Audible-Mitgliedschaft wurde gekündigt",
    msgid=ses_msgid("eu-west-1"), layout="html", cte="qp",
    html=card_html("""<p>Hallo Katrin,</p><p>wir bestätigen die Kündigung Ihrer Audible-Mitgliedschaft (Abo Premium Plus).</p>
<p>Ihre Mitgliedschaft läuft noch bis zum <b>14. Oktober 2025</b>. Danach wird Ihnen nichts mehr berechnet. Ihre gekauften Hörbücher bleiben selbstverständlich in Ihrer Bibliothek.</p>
<p>Sie haben noch <b>2 Guthaben</b> – lösen Sie diese vor Ablauf der Mitgliedschaft ein.</p>
<p><a href="https://www.audible.de/account/overview">Mitgliedschaft wieder aufnehmen</a></p>""",
                   "Audible", accent="#f7991c", logo="audible",
                   footer="Audible GmbH, Schumannstraße 6, 10117 Berlin. Ein Unternehmen von Amazon."))

pre, d = amz_pre("de", "m.schulze@posteo.de", True, "eu-west-1")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="echte Zahlungserinnerung vor Stornierung ('sonst wird storniert')", date=d, pre=pre,
    **{"from": ("Amazon.de", "payments-messages@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Markus Schulze", "m.schulze@posteo.de"),
    subject="Aktualisieren Sie Ihre Zahlungsinformationen für Bestellung #306-1128840-9927154",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text="""Amazon.de
Bestellung #306-1128840-9927154
___________________________________________________________________________

Guten Tag Markus Schulze,

bei der Zahlung für Ihre unten aufgeführte Bestellung ist ein Problem
aufgetreten: Die Lastschrift von Ihrem Konto (IBAN endet auf 4410) wurde von
Ihrer Bank zurückgewiesen.

Bitte aktualisieren Sie Ihre Zahlungsart bis zum 22. Mai, um Verzögerungen zu
vermeiden: https://www.amazon.de/gp/css/order-history

Wenn wir bis dahin keine gültige Zahlungsart erhalten, wird Ihre Bestellung
storniert.

    Garmin Forerunner 265 GPS-Laufuhr, Schwarz
    Menge: 1   EUR 349,99

___________________________________________________________________________

Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren
Kartendaten fragen. Verdächtige E-Mails melden:
https://www.amazon.de/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D
""",
    html=amz_html("de", "Amazon.de", "Zahlung erforderlich", "306-1128840-9927154", "Guten Tag Markus Schulze,",
                  esc_de(["bei der Zahlung für Ihre unten aufgeführte Bestellung ist ein Problem aufgetreten: Die Lastschrift von Ihrem Konto (IBAN endet auf 4410) wurde von Ihrer Bank zurückgewiesen.",
                          "Bitte aktualisieren Sie Ihre Zahlungsart bis zum 22. Mai, um Verzögerungen zu vermeiden.",
                          "Wenn wir bis dahin keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert."]),
                  [("Garmin Forerunner 265 GPS-Laufuhr, Schwarz", "Menge: 1", "EUR 349,99")], [("Gesamtsumme:", "EUR 349,99")],
                  ['<p><a href="https://www.amazon.de/gp/r.html?U=%2Fgp%2Fcss%2Forder-history">Zahlungsart aktualisieren</a></p>'],
                  esc_de(de_legal())))

pre, d = amz_pre("de", "juergen.wolf@freenet.de", False, "eu-west-1")
add(lang="de", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Speditions-Liefertermin abgesagt, Bestellung ausdrücklich nicht storniert", date=d, pre=pre,
    **{"from": ("Amazon.de", "versandbestaetigung@amazon.de")}, reply_to=("", "no-reply@amazon.de"),
    to=("Jürgen Wolf", "juergen.wolf@freenet.de"),
    subject="Ihr Liefertermin am Donnerstag, 12. Juni wurde abgesagt",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="8bit",
    text="""Amazon.de
Bestellung #302-7730915-4418823
___________________________________________________________________________

Guten Tag Jürgen Wolf,

die Spedition hat Ihren Liefertermin am Donnerstag, 12. Juni (8:00–12:00 Uhr)
für den unten aufgeführten Artikel abgesagt.

Ihre Bestellung wurde nicht storniert. Bitte wählen Sie einen neuen
Liefertermin: https://www.amazon.de/gp/your-account/liefertermin

    Bosch Serie 6 Waschmaschine WGG244A40, 9 kg, 1400 U/min
    Menge: 1   EUR 579,00

Wir entschuldigen uns für die Unannehmlichkeiten.

___________________________________________________________________________

Bitte antworten Sie nicht auf diese E-Mail.
""")

# ----- NL notices --------------------------------------------------------
def nl_legal(site, extra=None):
    s = site.lower()
    out = [
        "Is je kaartnummer of de vervaldatum van je kaart gewijzigd? Werk deze dan bij via Mijn account: https://www.%s/cpe/yourpayments/wallet" % s,
        "%s zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, creditcardnummer of bankgegevens te verstrekken of te bevestigen. "
        "Ontvang je een verdachte e-mail die van Amazon lijkt te komen? Meld deze dan: https://www.%s/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D" % (site, s),
        "Hulp bij je bestelling vind je bij de Klantenservice: https://www.%s/gp/help/customer/display.html" % s,
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818.",
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende berichten kan ontvangen. Beantwoord dit bericht niet.",
    ]
    if extra:
        out.insert(0, extra)
    return out


def esc_nl(ps):
    return [p.replace("&", "&amp;").replace("à", "&agrave;").replace("€", "&euro;").replace("é", "&eacute;")
             .replace("ë", "&euml;").replace("ï", "&iuml;").replace("–", "&ndash;") for p in ps]


pre, d = amz_pre("nl", "daan.devries@ziggo.nl", True, "eu-west-1")
_items = [("Philips Airfryer XXL Premium HD9867/90, 7,3 L, Zwart", "Aantal: 1", "€ 269,99")]
_paras = ["Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling #405-3381920-6624017 geannuleerd.",
          "Reden van annulering: geannuleerd door klant",
          "Als er al een bedrag in rekening is gebracht, storten we dit terug via je oorspronkelijke betaalmethode. "
          "De terugbetaling is meestal binnen 3 tot 5 werkdagen zichtbaar."]
add(lang="nl", kind="notice", cause="customer_request", states_reason=True, marketplace="amazon.nl",
    note="door klant geannuleerd, regel 'Reden van annulering'", date=d, pre=pre,
    **{"from": ("Amazon.nl", "auto-confirm@amazon.nl")}, reply_to=("", "no-reply@amazon.nl"),
    to=("Daan de Vries", "daan.devries@ziggo.nl"),
    subject='Artikel geannuleerd: "Philips Airfryer XXL Premium HD9867/90, 7,3 L, Zwart"',
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.nl", "Annuleringsbevestiging", "405-3381920-6624017", "Hallo Daan,", _paras, _items,
                  [("Terug te betalen bedrag:", "€ 269,99")], ["Je kunt de status van je bestellingen altijd bekijken via Mijn bestellingen.", "We hopen je snel weer te zien."],
                  nl_legal("Amazon.nl"), heading=("Geannuleerde artikelen", "Bestelling")),
    html=amz_html("nl", "Amazon.nl", "Annuleringsbevestiging", "405-3381920-6624017", "Hallo Daan,",
                  esc_nl(_paras), [(a, b, c.replace("€", "&euro;")) for a, b, c in _items], [("Terug te betalen bedrag:", "&euro; 269,99")],
                  ['<p>Je kunt de status van je bestellingen altijd bekijken via <a href="https://www.amazon.nl/gp/r.html?U=%2Fgp%2Fcss%2Forder-history">Mijn bestellingen</a>.</p>',
                   "<p>We hopen je snel weer te zien.</p>"], esc_nl(nl_legal("Amazon.nl")), heading="Geannuleerde artikelen"))

pre, d = amz_pre("com.be", "lotte.peeters@telenet.be", False, "eu-west-1")
_items = [("LEGO Technic Ferrari Daytona SP3 (42143)", "Aantal: 1", "&euro; 379,99", "Verkocht door: Amazon EU S.&agrave; r.l.")]
_paras = ["Helaas moeten we je laten weten dat we het onderstaande artikel uit je bestelling hebben moeten annuleren.",
          "Het artikel is niet meer leverbaar bij onze leverancier en we kunnen geen nieuwe voorraad meer inkopen. "
          "Er is niets in rekening gebracht. Als er toch al een betaling is verwerkt, ontvang je binnen 3 tot 5 werkdagen een terugbetaling.",
          "Onze excuses voor het ongemak. Mogelijk kun je het artikel nog bij andere verkopers op Amazon.com.be vinden."]
add(lang="nl", kind="notice", cause="inventory_shortage", states_reason=True, marketplace="amazon.com.be",
    note="niet meer leverbaar bij leverancier; html-only base64", date=d, pre=pre,
    **{"from": ("Amazon.com.be", "order-update@amazon.com.be")}, reply_to=("", "no-reply@amazon.com.be"),
    to=("Lotte Peeters", "lotte.peeters@telenet.be"),
    subject="Je Amazon.com.be-bestelling #407-2218834-5530912 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="html", cte="b64",
    html=amz_html("nl", "Amazon.com.be", "Annulering van je bestelling", "407-2218834-5530912", "Hallo Lotte,",
                  _paras, _items, [("In rekening gebracht:", "&euro; 0,00")],
                  ['Heb je meer hulp nodig bij je bestelling? Ga dan naar de <a href="https://www.amazon.com.be/gp/help/customer/display.html">Klantenservice</a>.'],
                  esc_nl(nl_legal("Amazon.com.be")), heading="Geannuleerde artikelen"))

pre, d = amz_pre("nl", "s.bakker@kpnmail.nl", True, "eu-west-1")
add(lang="nl", kind="notice", cause="payment_issue", states_reason=True, marketplace="amazon.nl",
    note="creditcard verlopen, betaling niet verwerkt; text-only 8bit", date=d, pre=pre,
    **{"from": ("Amazon.nl", "payments-messages@amazon.nl")}, reply_to=("", "no-reply@amazon.nl"),
    to=("Sanne Bakker", "s.bakker@kpnmail.nl"),
    subject="Je Amazon.nl-bestelling 406-7720931-1184528 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="8bit",
    text="""Amazon.nl
Bestelling #406-7720931-1184528
___________________________________________________________________________

Hallo Sanne,

Op 4 april hebben we je gevraagd de betaalgegevens voor onderstaande
bestelling bij te werken, omdat de betaling met je Visa-kaart eindigend op
2291 niet kon worden verwerkt: de kaart is verlopen.

Omdat we vóór 11 april geen geldige betaalmethode hebben ontvangen, hebben we
je bestelling geannuleerd. Er is niets in rekening gebracht.

Geannuleerde artikelen:

    Sonos Era 100 slimme speaker, zwart
    Aantal: 1   € 249,00

    Sonos muurbeugel voor Era 100
    Aantal: 1   € 39,00

Wil je de artikelen toch nog kopen? Plaats dan een nieuwe bestelling:
https://www.amazon.nl/gp/css/order-history

Is je kaartnummer of vervaldatum gewijzigd? Werk deze bij via
Mijn account > Jouw betalingen: https://www.amazon.nl/cpe/yourpayments/wallet

___________________________________________________________________________

Amazon.nl zal je nooit per e-mail vragen om je wachtwoord, creditcardnummer
of bankgegevens. Verdachte e-mails kun je hier melden:
https://www.amazon.nl/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

Deze e-mail is verzonden vanaf een adres dat geen inkomende berichten kan
ontvangen. Beantwoord dit bericht niet.
""")

pre, d = amz_pre("nl", "j.jansen@xs4all.nl", False, "eu-west-1")
_items = [("Apple Watch Series 10 GPS 46 mm, aluminium, gitzwart, sportband M/L", "Aantal: 1", "€ 42,90")]
_paras = ["We nemen contact met je op over je recente bestelling.",
          "Door een prijsfout op onze website werd het onderstaande artikel met een onjuiste prijs weergegeven. "
          "We hebben het artikel daarom uit je bestelling geannuleerd. Er is niets in rekening gebracht.",
          "Onze excuses voor het ongemak. Het artikel is nog steeds tegen de juiste prijs verkrijgbaar op Amazon.nl."]
add(lang="nl", kind="notice", cause="technical_issue", states_reason=True, marketplace="amazon.nl",
    note="prijsfout; windows-1252 base64", date=d, pre=pre,
    **{"from": ("Amazon.nl", "auto-confirm@amazon.nl")}, reply_to=("", "no-reply@amazon.nl"),
    to=("Jeroen Jansen", "j.jansen@xs4all.nl"),
    subject="Er is 1 artikel geannuleerd uit je Amazon.nl-bestelling #402-9948120-3371605",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="b64", charset="windows-1252",
    text=amz_text("Amazon.nl", "Update van je bestelling", "402-9948120-3371605", "Hallo Jeroen,", _paras, _items,
                  [("In rekening gebracht:", "€ 0,00")], ["We hopen je snel weer te zien."], nl_legal("Amazon.nl"),
                  heading=("Geannuleerde artikelen", "Bestelling")),
    html=amz_html("nl", "Amazon.nl", "Update van je bestelling", "402-9948120-3371605", "Hallo Jeroen,",
                  _paras, _items, [("In rekening gebracht:", "€ 0,00")], ["<p>We hopen je snel weer te zien.</p>"],
                  [p.replace("&", "&amp;") for p in nl_legal("Amazon.nl")], heading="Geannuleerde artikelen"))

pre, d = amz_pre("com.be", "wout.maes@skynet.be", True, "eu-west-1")
_items = [("Sony PlayStation 5 Digital Edition (slim)", "Aantal: 2", "€ 899,98"),
          ("PlayStation Store-tegoed 100 EUR (digitale code)", "Aantal: 3", "€ 300,00")]
_paras = ["Bij een routinecontrole hebben we ongebruikelijke activiteit op je Amazon.com.be-account vastgesteld. "
          "Uit voorzorg is je account tijdelijk in de wacht gezet en is de onderstaande bestelling ter beveiliging gecontroleerd.",
          "Omdat we de account- en betaalgegevens voor deze bestelling niet konden verifiëren, hebben we de bestelling geannuleerd. "
          "Eventueel afgeschreven bedragen worden teruggestort.",
          "Om je account te herstellen, log je rechtstreeks in op Amazon.com.be of in de Amazon-app en volg je de instructies. "
          "Gebruik geen links uit e-mails die je niet verwachtte."]
add(lang="nl", kind="notice", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.be",
    note="ongebruikelijke activiteit, account in de wacht", date=d, pre=pre,
    **{"from": ("Amazon.com.be", "order-update@amazon.com.be")}, reply_to=("", "no-reply@amazon.com.be"),
    to=("Wout Maes", "wout.maes@skynet.be"),
    subject="Je bestelling #407-6610283-9925471 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="qp",
    text=amz_text("Amazon.com.be", "Annulering", "407-6610283-9925471", "Hallo Wout,", _paras, _items,
                  [("Totaal:", "€ 1.199,98")], ["Bedankt voor je begrip."], nl_legal("Amazon.com.be"),
                  heading=("Geannuleerde artikelen", "Bestelling")),
    html=amz_html("nl", "Amazon.com.be", "Annulering", "407-6610283-9925471", "Hallo Wout,",
                  esc_nl(_paras), [(a, b, c.replace("€", "&euro;")) for a, b, c in _items], [("Totaal:", "&euro; 1.199,98")],
                  ["<p>Bedankt voor je begrip.</p>"], esc_nl(nl_legal("Amazon.com.be")), heading="Geannuleerde artikelen"))

pre, d = amz_pre("nl", "fleur.visser@hotmail.nl", False, "eu-west-1")
add(lang="nl", kind="notice", cause="unknown", states_reason=False, marketplace="amazon.nl",
    note="annulering zonder reden; text-only iso-8859-15 qp", date=d, pre=pre,
    **{"from": ("Amazon.nl", "no-reply@amazon.nl")},
    to=("Fleur Visser", "fleur.visser@hotmail.nl"),
    subject="Je Amazon.nl-bestelling #403-1129485-7750263 is geannuleerd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="qp", charset="iso-8859-15",
    text="""Amazon.nl Annulering
Bestelling #403-1129485-7750263
https://www.amazon.nl/ref=TE_tex_g
___________________________________________________________________________

Hallo Fleur,

Helaas moeten we je laten weten dat je bestelling #403-1129485-7750263 is
geannuleerd.

Geannuleerde artikelen:

    Rituals The Ritual of Sakura Giftset Large
    Aantal: 1   € 49,90

    Kneipp Badolie Lavendel 100 ml
    Aantal: 2   € 15,98

Er is niets in rekening gebracht. Als er toch al een betaling is verwerkt,
wordt het bedrag binnen 5 tot 7 werkdagen teruggestort op je oorspronkelijke
betaalmethode.

Je kunt je bestellingen altijd bekijken via Mijn bestellingen:
https://www.amazon.nl/your-orders

___________________________________________________________________________

Is je kaartnummer gewijzigd? Werk het bij via Mijn account. Amazon.nl vraagt
je nooit per e-mail om je wachtwoord. Verdachte e-mails melden:
https://www.amazon.nl/gp/help/customer/display.html?nodeId=GP8VU4E4A4UDVV8D

Beantwoord deze e-mail niet.
""")

# ----- NL lookalikes -----------------------------------------------------
pre, d = ext_pre("m.smit@planet.nl", "mail-ej1-f47.google.com", "209.85.218.47",
                 auth_other("gmail.com"), rp="amazon.klantenservice.nl@gmail.com", mx="mx.kpnmail.nl")
add(lang="nl", kind="lookalike", cause="customer_request", states_reason=True, marketplace=None,
    note="gmail-afzender, terugbelnummer, foutief bestelnummer", date=d, pre=pre,
    **{"from": ("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com")},
    to=("", "m.smit@planet.nl"),
    subject="Annuleringsbevestiging bestelling #405-2231-88",
    msgid=plain_msgid("mail.gmail.com"), layout="text", cte="8bit",
    text="""Beste klant,

Je annuleringsverzoek voor bestelling #405-2231-88 is succesvol verwerkt.

Artikel: Samsung Galaxy S25 Ultra 512GB – Titanium Zwart
Bedrag: € 1.459,00
Terugbetaling naar: Amazon cadeaubontegoed

Heb je deze annulering NIET aangevraagd? Bel dan direct onze
annuleringsafdeling op 020 808 4417 (gratis, 24/7), zodat de terugbetaling
niet naar een andere rekening gaat.

Met vriendelijke groet,
Amazon Klantenservice
""")

pre, d = ext_pre("t.mulder@ziggo.nl", "mx1.amazon-bestelling-hulp.nl", "193.142.146.35",
                 auth_other("amazon-bestelling-hulp.nl"), rp="bounce@amazon-bestelling-hulp.nl", mx="mx.ziggo.nl")
_b = """<p>Hallo,</p>
<p>We hebben een ongebruikelijke inlogpoging op je Amazon-account gedetecteerd (apparaat: iPhone, locatie: Kyiv, UA).</p>
<p>Ter bescherming hebben we <b>je account tijdelijk geblokkeerd</b> en <b>je bestelling #405-7719230-1148826 geannuleerd</b> (€ 312,45).</p>
<p>Om je account te deblokkeren en je bestelling te herstellen, voer je binnen 24 uur de onderstaande verificatiecode in op de verificatiepagina:</p>
<p style="text-align:center;font-size:30px;letter-spacing:6px;font-weight:bold;margin:22px 0;">660 218</p>
<p style="text-align:center;"><a href="https://amazon-bestelling-hulp.nl/ap/verificatie?id=4057719230" style="background:#ffd814;color:#0f1111;padding:12px 28px;border-radius:8px;text-decoration:none;">Account verifiëren</a></p>
<p>Zonder verificatie wordt je account definitief gesloten.</p>
<p>Met vriendelijke groet,<br>Amazon Accountbeveiliging</p>"""
add(lang="nl", kind="lookalike", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="verzorgd; look-alike domein met eigen DKIM/DMARC; account geblokkeerd + code", date=d, pre=pre,
    **{"from": ("Amazon.nl", "beveiliging@amazon-bestelling-hulp.nl")},
    to=("", "t.mulder@ziggo.nl"),
    subject="Je account is geblokkeerd en bestelling #405-7719230-1148826 is geannuleerd",
    msgid=plain_msgid("amazon-bestelling-hulp.nl"), layout="alt", cte="qp",
    text="""Hallo,

We hebben een ongebruikelijke inlogpoging op je Amazon-account gedetecteerd (apparaat: iPhone, locatie: Kyiv, UA).

Ter bescherming hebben we je account tijdelijk geblokkeerd en je bestelling #405-7719230-1148826 geannuleerd (€ 312,45).

Voer binnen 24 uur de verificatiecode 660 218 in om je account te deblokkeren en je bestelling te herstellen:
https://amazon-bestelling-hulp.nl/ap/verificatie?id=4057719230

Zonder verificatie wordt je account definitief gesloten.

Amazon vraagt je nooit om je wachtwoord.

Met vriendelijke groet,
Amazon Accountbeveiliging
""",
    html=card_html(_b, "Amazon.nl", accent="#232f3e", logo="amazon.nl",
                   footer="Amazon vraagt je nooit per e-mail om je wachtwoord. &copy; 2025 Amazon.com, Inc. of gelieerde ondernemingen."))

pre, d = ext_pre("henk.dekker@home.nl", "AM0PR02CU008.outbound.protection.outlook.com", "40.92.49.60",
                 auth_other("hotmail.com"), rp="amazon.betalingen@hotmail.com", mx="mx.home.nl")
add(lang="nl", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="grof; hotmail-afzender; kaartgegevens per antwoord; geen bestelnummer", date=d, pre=pre,
    **{"from": ("Amazon Betalings Afdeling", "amazon.betalingen@hotmail.com")},
    to=("", "henk.dekker@home.nl"),
    subject="AMAZON: BESTELLING GEANNULEERD - BETALING GEWEIGERD",
    msgid=plain_msgid("AM0PR02MB5570.eurprd02.prod.outlook.com"), layout="text", cte="qp", charset="windows-1252",
    text="""Geachte Amazon klant ,

Uw laatste bestelling is GEANNULEERD omdat uw betaling door de bank is geweigerd .

Om de bestelling opnieuw te activeren en blokkering van uw account te voorkomen graag antwoorden op deze mail met de volgende gegevens :

Volledige naam :
Kaartnummer :
Vervaldatum :
CVC code :
Geboortedatum :
Adres :

Na ontvangst van uw gegevens wordt uw bestelling binnen 2 uur opnieuw verwerkt.

Met vriendelijk groeten
Amazon Betalings Afdeling
""")

pre, d = ext_pre("eva.vandam@gmail.com", "srv7.nl-bestellingen.info", "45.88.105.17",
                 "mx.google.com; dkim=none; spf=neutral smtp.mailfrom=amazon.nl-bestellingen.info; dmarc=none header.from=amazon.nl-bestellingen.info",
                 rp="noreply@amazon.nl-bestellingen.info")
_b = """<p style="font-size:18px;color:#cc6600;">Hallo,</p>
<p>Helaas is het onderstaande artikel uit je bestelling <b>#402-5590183-2267714</b> niet meer op voorraad en is het geannuleerd.</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;margin:12px 0;"><tr>
<td style="padding:10px 0;">Dyson Airwrap Multi-Styler Complete Long<br><span style="color:#666">Aantal: 1</span></td>
<td style="padding:10px 0;text-align:right;"><b>€ 549,00</b></td></tr></table>
<p>Het bedrag van € 549,00 is al afgeschreven. Bevestig je bankgegevens om je terugbetaling te ontvangen:</p>
<p><a href="http://terugbetaling-portaal.online/nl/claim?ref=4025590183">https://www.amazon.nl/gp/css/terugbetaling-aanvragen</a></p>
<p>Niet aangevraagde terugbetalingen vervallen na 48 uur.</p>
<p>We hopen je snel weer te zien.<br><b>Amazon.nl</b></p>"""
add(lang="nl", kind="lookalike", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="linktekst toont amazon.nl, href naar .online; domein amazon.nl-<iets>.info", date=d, pre=pre,
    **{"from": ("Amazon.nl", "noreply@amazon.nl-bestellingen.info")},
    to=("", "eva.vandam@gmail.com"),
    subject="Je Amazon.nl-bestelling #402-5590183-2267714 is geannuleerd",
    msgid=plain_msgid("amazon.nl-bestellingen.info"), layout="html", cte="b64",
    html=card_html(_b, "Amazon.nl", accent="#ffffff", logo='<span style="color:#111">amazon</span><span style="color:#ff9900">.nl</span>',
                   footer="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Beantwoord deze e-mail niet."))

pre, d = ext_pre("kim.claes@proximus.be", "mail.verzend-beveiliging.com", "194.26.135.91",
                 "mx.proximus.be; dkim=pass header.d=verzend-beveiliging.com; spf=pass smtp.mailfrom=verzend-beveiliging.com; dmarc=none",
                 rp="info@verzend-beveiliging.com", mx="mx.proximus.be")
_b = """<p>Beste klant,</p>
<p>De betaling voor je bestelling <b>407-3318204-5529916</b> kon niet worden geautoriseerd. Je bestelling wordt binnen 24 uur geannuleerd als je je betaalgegevens niet bevestigt.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://verzend-beveiliging.com/amzn/be/betaling/bijwerken.php?k=kclaes" style="background:#f0c14b;border:1px solid #a88734;color:#111;padding:10px 26px;text-decoration:none;">Betaalgegevens bevestigen</a></p>
<p>Na bevestiging wordt je bestelling zoals gepland verzonden.</p>
<p>Met vriendelijke groet,<br>Аmаzon Klantenservice</p>"""
add(lang="nl", kind="lookalike", cause="payment_issue", states_reason=True, marketplace=None,
    note="Cyrillische letters in weergavenaam; 'wordt geannuleerd' tenzij actie", date=d, pre=pre,
    **{"from": ("Аmаzon.com.be", "info@verzend-beveiliging.com")}, header_charset="utf-8",
    to=("", "kim.claes@proximus.be"),
    subject="Аmаzon.com.be: je bestelling wordt geannuleerd – betaalgegevens vereist",
    msgid=plain_msgid("verzend-beveiliging.com"), layout="html", cte="qp",
    html=card_html(_b, "Amazon", accent="#131921", logo="Аmаzon.com.be", footer="&copy; 2025 Аmаzon.com.be"))

pre, d = ext_pre("r.smits@kpnplanet.nl", "smtp.amaz0n.nl", "103.75.118.208",
                 "mx.kpnmail.nl; dkim=pass header.d=amaz0n.nl; spf=pass smtp.mailfrom=amaz0n.nl; dmarc=pass header.from=amaz0n.nl",
                 rp="bestelling@amaz0n.nl", mx="mx.kpnmail.nl")
add(lang="nl", kind="lookalike", cause="unknown", states_reason=False, marketplace=None,
    note="amaz0n.nl, geen bestelnummer, geen reden", date=d, pre=pre,
    **{"from": ("Amazon.nl", "bestelling@amaz0n.nl")},
    to=("", "r.smits@kpnplanet.nl"),
    subject="Je bestelling is geannuleerd",
    msgid=plain_msgid("amaz0n.nl"), layout="alt", cte="b64",
    text="""Amazon.nl

Hallo,

Je bestelling is geannuleerd.

Bekijk de details van de annulering en de status van je terugbetaling via Mijn bestellingen:
http://amaz0n.nl/gp/css/annulering?sessie=5520-NL71

Amazon.nl
""",
    html=card_html("""<p>Hallo,</p><p>Je bestelling is geannuleerd.</p>
<p>Bekijk de details van de annulering en de status van je terugbetaling via <a href="http://amaz0n.nl/gp/css/annulering?sessie=5520-NL71">Mijn bestellingen</a>.</p>""",
                   "Amazon.nl", accent="#232f3e", logo="amazon.nl"))

pre, d = ext_pre("ines.wouters@telenet.be", "relay2.klantenservice-check.top", "185.225.74.12",
                 "mx.telenet.be; dkim=fail header.d=amazon.com.be; spf=softfail smtp.mailfrom=amazon.com.be.klantenservice-check.top; dmarc=fail header.from=amazon.com.be.klantenservice-check.top",
                 rp="service@amazon.com.be.klantenservice-check.top", mx="mx.telenet.be")
_b = """<p>Hallo,</p>
<p>Door een storing in ons betalingssysteem kon je bestelling <b>#407-118-55203</b> niet worden afgerond en is deze automatisch geannuleerd.</p>
<p>Om de bestelling opnieuw tegen de oorspronkelijke prijs te laten verwerken, voer je binnen 48 uur opnieuw je factuurgegevens in:</p>
<p><a href="http://amazon.com.be.klantenservice-check.top/factuur/opnieuw?b=40711855203">Bestelling opnieuw verwerken</a></p>
<p>Onze excuses voor deze technische storing.</p><p>Amazon.com.be Klantenservice</p>"""
add(lang="nl", kind="lookalike", cause="technical_issue", states_reason=True, marketplace=None,
    note="amazon.com.be.<vreemd>.top, foutief bestelnummer, 'storing'", date=d, pre=pre,
    **{"from": ("Amazon.com.be Klantenservice", "service@amazon.com.be.klantenservice-check.top")},
    to=("", "ines.wouters@telenet.be"),
    subject="Bestelling #407-118-55203 geannuleerd door een systeemstoring",
    msgid=plain_msgid("amazon.com.be.klantenservice-check.top"), layout="alt", cte="qp",
    text="""Hallo,

Door een storing in ons betalingssysteem kon je bestelling #407-118-55203 niet worden afgerond en is deze automatisch geannuleerd.

Om de bestelling opnieuw tegen de oorspronkelijke prijs te laten verwerken, voer je binnen 48 uur opnieuw je factuurgegevens in:
http://amazon.com.be.klantenservice-check.top/factuur/opnieuw?b=40711855203

Onze excuses voor deze technische storing.
Amazon.com.be Klantenservice
""",
    html=card_html(_b, "Amazon.com.be", accent="#232f3e", logo="amazon.com.be"))

pre, d = ext_pre("bram.hendriks@upcmail.nl", "sonic305-20.consmr.mail.ir2.yahoo.com", "77.238.177.150",
                 auth_other("yahoo.com"), rp="amazon.bezorging.nl@yahoo.com", mx="mx.ziggo.nl")
add(lang="nl", kind="lookalike", cause="unknown", states_reason=True, marketplace=None,
    note="yahoo-afzender, Griekse omicron; adres onvolledig, bestelling 'wordt geannuleerd' tenzij €1,99 betaald", date=d, pre=pre,
    **{"from": ("Amazοn.nl Bezorging", "amazon.bezorging.nl@yahoo.com")}, header_charset="utf-8",
    to=("", "bram.hendriks@upcmail.nl"),
    subject="Amazοn.nl: je bestelling 405-88120 wordt geannuleerd – adres onvolledig",
    msgid=plain_msgid("sonic305.consmr.mail.ir2.yahoo.com"), layout="text", cte="b64",
    text="""Amazοn.nl – Bezorgmelding

Hallo,

Je pakket met bestelling 405-88120 kon niet worden bezorgd omdat het
bezorgadres onvolledig is (huisnummer ontbreekt).

Je bestelling wordt over 24 uur geannuleerd als je je adres niet bevestigt
en de herbezorgkosten van € 1,99 betaalt:

http://amzn-bezorging.nl-adres.click/bevestig?id=40588120

Amazοn.nl Bezorgservice
""")

# ----- NL non-notices ----------------------------------------------------
pre, d = ext_pre("daan.devries@ziggo.nl", "mail2.bol.com", "185.14.168.40",
                 auth_other("bol.com"), rp="bounce@mail.bol.com", mx="mx.ziggo.nl")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="bol.com annuleert bestelling van een Amazon Kindle (niet leverbaar)", date=d, pre=pre,
    **{"from": ("bol.com", "klantenservice@bol.com")},
    to=("Daan de Vries", "daan.devries@ziggo.nl"),
    subject="Je bestelling 1198273355 is geannuleerd",
    msgid=plain_msgid("bol.com"), layout="alt", cte="qp",
    text="""bol.

Hoi Daan,

Helaas kunnen we een artikel uit je bestelling 1198273355 niet leveren. We
hebben het daarom geannuleerd.

Artikel: Amazon Kindle Paperwhite (16 GB) – 7 inch display – Zwart
Verkoper: bol
Reden: niet meer leverbaar

Je krijgt € 169,99 terug op de rekening waarmee je hebt betaald. Dat duurt
meestal 1 tot 3 werkdagen.

Groetjes,
bol.

bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht
""",
    html=card_html("""<p>Hoi Daan,</p><p>Helaas kunnen we een artikel uit je bestelling <b>1198273355</b> niet leveren. We hebben het daarom geannuleerd.</p>
<table style="margin:10px 0;"><tr><td>Artikel:</td><td>Amazon Kindle Paperwhite (16 GB) &ndash; 7 inch display &ndash; Zwart</td></tr>
<tr><td>Verkoper:</td><td>bol</td></tr><tr><td>Reden:</td><td>niet meer leverbaar</td></tr></table>
<p>Je krijgt &euro; 169,99 terug op de rekening waarmee je hebt betaald. Dat duurt meestal 1 tot 3 werkdagen.</p><p>Groetjes,<br>bol.</p>""",
                   "bol.", accent="#0000a4", logo="bol.", footer="bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht"))

pre, d = ext_pre("s.bakker@kpnmail.nl", "mail-lf1-f50.google.com", "209.85.167.50",
                 auth_other("gmail.com"), rp="lisa.vermeulen88@gmail.com", mx="mx.kpnmail.nl")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="vriendin: heeft haar Amazon-bestelling geannuleerd", date=d, pre=pre,
    **{"from": ("Lisa Vermeulen", "lisa.vermeulen88@gmail.com")},
    to=("Sanne Bakker", "s.bakker@kpnmail.nl"),
    subject="Re: cadeau voor Mirjam",
    post=[("In-Reply-To", "<CAK91xz@mail.gmail.com>"), ("References", "<CAK91xz@mail.gmail.com>")],
    msgid=plain_msgid("mail.gmail.com"), layout="text", cte="8bit",
    text="""Hoi Sanne,

Ik heb mijn Amazon-bestelling geannuleerd, die lamp zou pas over drie weken
komen en dan is haar verjaardag al voorbij. Ik haal morgen gewoon iets bij
de Hema of we geven een bon.

Zullen we zaterdag samen even gaan kijken?

Liefs,
Lisa
""")

pre, d = ext_pre("henk.dekker@home.nl", "mail.fraudealert-blog.nl", "136.144.180.22",
                 auth_other("fraudealert-blog.nl"), rp="nieuwsbrief@fraudealert-blog.nl", mx="mx.home.nl")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="blog/nieuwsbrief over phishing, citeert nep-onderwerpregel", date=d, pre=pre,
    **{"from": ("FraudeAlert Blog", "nieuwsbrief@fraudealert-blog.nl")},
    to=("", "henk.dekker@home.nl"),
    subject="Let op: nepmails 'Je Amazon-bestelling is geannuleerd' in omloop",
    post=[("List-Unsubscribe", "<https://fraudealert-blog.nl/afmelden?id=8812>"), ("Precedence", "bulk")],
    msgid=plain_msgid("fraudealert-blog.nl"), layout="html", cte="qp",
    html=card_html("""<h2>Nepmails over geannuleerde Amazon-bestellingen</h2>
<p>Deze week kregen we veel meldingen van e-mails met als onderwerp <i>&lsquo;Je Amazon.nl-bestelling #402-5590183-2267714 is geannuleerd&rsquo;</i> of <i>&lsquo;Annuleringsbevestiging bestelling&rsquo;</i>. De berichten beweren dat een duur artikel niet leverbaar is en vragen je om via een link je bankgegevens te &lsquo;bevestigen&rsquo; voor een terugbetaling.</p>
<p><b>Zo herken je ze:</b></p><ul><li>Amazon vraagt nooit om bankgegevens voor een terugbetaling.</li><li>De link gaat naar een andere website dan amazon.nl, ook al staat er amazon.nl in de tekst.</li><li>De afzender gebruikt een nagemaakt domein.</li></ul>
<p>Twijfel je? Kijk zelf in de Amazon-app of op amazon.nl bij Mijn bestellingen.</p>""",
                   "FraudeAlert", accent="#c0392b", logo="FraudeAlert Blog",
                   footer='<a href="https://fraudealert-blog.nl/afmelden?id=8812">Afmelden</a>'))

pre, d = amz_pre("nl", "fleur.visser@hotmail.nl", True, "eu-west-1")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="Kindle Unlimited-lidmaatschap opgezegd (abonnement, geen bestelling)", date=d, pre=pre,
    **{"from": ("Amazon.nl", "digital-no-reply@amazon.nl")},
    to=("Fleur Visser", "fleur.visser@hotmail.nl"),
    subject="Je Kindle Unlimited-lidmaatschap is opgezegd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="alt", cte="b64",
    text="""Amazon.nl

Hallo Fleur,

Zoals je hebt gevraagd, hebben we je Kindle Unlimited-lidmaatschap opgezegd.
Je kunt Kindle Unlimited nog gebruiken tot 3 november 2025. Daarna worden er
geen kosten meer in rekening gebracht.

Van gedachten veranderd? Je kunt je lidmaatschap op elk moment opnieuw
starten: https://www.amazon.nl/kindle-dbs/hz/subscribe/ku

Amazon.nl vraagt je nooit per e-mail om je wachtwoord of betaalgegevens.
""",
    html=card_html("""<p>Hallo Fleur,</p><p>Zoals je hebt gevraagd, hebben we je Kindle Unlimited-lidmaatschap opgezegd. Je kunt Kindle Unlimited nog gebruiken tot <b>3 november 2025</b>. Daarna worden er geen kosten meer in rekening gebracht.</p>
<p>Van gedachten veranderd? <a href="https://www.amazon.nl/kindle-dbs/hz/subscribe/ku">Start je lidmaatschap opnieuw</a>.</p>""",
                   "Amazon.nl", accent="#232f3e", logo="amazon.nl kindle unlimited",
                   footer="Amazon.nl vraagt je nooit per e-mail om je wachtwoord of betaalgegevens. Beantwoord deze e-mail niet."))

pre, d = amz_pre("com.be", "lotte.peeters@telenet.be", False, "eu-west-1")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="echte betalingsherinnering Amazon.com.be: anders wordt bestelling geannuleerd (nog niet geannuleerd)", date=d, pre=pre,
    **{"from": ("Amazon.com.be", "payments-messages@amazon.com.be")}, reply_to=("", "no-reply@amazon.com.be"),
    to=("Lotte Peeters", "lotte.peeters@telenet.be"),
    subject="Werk je betaalgegevens bij voor bestelling #407-5528190-3316724",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="html", cte="qp",
    html=amz_html("nl", "Amazon.com.be", "Betaling vereist", "407-5528190-3316724", "Hallo Lotte,",
                  ["Er is een probleem opgetreden bij de betaling van je onderstaande bestelling: je bank heeft de betaling met je Mastercard eindigend op 7718 geweigerd.",
                   "Werk je betaalmethode v&oacute;&oacute;r 9 juli bij om vertraging te voorkomen.",
                   "Als we v&oacute;&oacute;r die datum geen geldige betaalgegevens ontvangen, wordt je bestelling geannuleerd."],
                  [("Bose QuietComfort Ultra draadloze hoofdtelefoon, zwart", "Aantal: 1", "&euro; 449,95")], [("Totaal:", "&euro; 449,95")],
                  ['<p><a href="https://www.amazon.com.be/gp/r.html?U=%2Fgp%2Fcss%2Forder-history">Betaalmethode bijwerken</a></p>'],
                  esc_nl(nl_legal("Amazon.com.be"))))

pre, d = amz_pre("nl", "j.jansen@xs4all.nl", False, "eu-west-1")
add(lang="nl", kind="non_notice", cause=None, states_reason=False, marketplace=None,
    note="ophaalafspraak voor retour geannuleerd; bestelling niet geannuleerd", date=d, pre=pre,
    **{"from": ("Amazon.nl", "return@amazon.nl")}, reply_to=("", "no-reply@amazon.nl"),
    to=("Jeroen Jansen", "j.jansen@xs4all.nl"),
    subject="Je ophaalafspraak op dinsdag 8 juli is geannuleerd",
    msgid=ses_msgid("eu-west-1"), post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    layout="text", cte="qp",
    text="""Amazon.nl
Bestelling #402-3318847-9902261
___________________________________________________________________________

Hallo Jeroen,

De vervoerder heeft de ophaalafspraak voor je retourzending op dinsdag 8 juli
(9:00–13:00 uur) geannuleerd.

Je bestelling en je retourverzoek blijven gewoon actief. Kies een nieuw
ophaalmoment of breng het pakket zelf naar een PostNL-punt:
https://www.amazon.nl/returns/cart

    Miele Complete C3 Flex PowerLine stofzuiger
    Aantal: 1   € 299,00

___________________________________________________________________________

Beantwoord deze e-mail niet.
""")


# ---------------------------------------------------------------- write out
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(EMAILS)))
    random.Random(SEED).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        spec = EMAILS[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        data = build(spec, spec["date"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": spec["kind"], "language": spec["lang"], "cause": spec["cause"],
                       "states_reason": spec["states_reason"], "marketplace": spec["marketplace"], "note": spec["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d files to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
