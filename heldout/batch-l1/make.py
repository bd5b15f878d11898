#!/usr/bin/env python3
"""Regenerate blind batch l1: raw .eml files in mail/ and labels.json.

Languages: en, de, nl.  Per language: 8 lookalikes, 6 non-notices, 6 notices.
Run:  python3 make.py
"""
import email.charset
import email.policy
import email.utils
import json
import os
import random
import re
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SEED = 20241201
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "l1"
R = random.Random(SEED)

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def part(body, subtype, charset, cte):
    cs = email.charset.Charset(charset)
    if cte == "qp":
        cs.body_encoding = email.charset.QP
    elif cte == "base64":
        cs.body_encoding = email.charset.BASE64
    else:  # '8bit' / '7bit': let the library pick 7bit or 8bit
        cs.body_encoding = None
    p = MIMEText(body, subtype, cs)
    del p["MIME-Version"]
    return p


def fits(value, charset):
    try:
        value.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, charset="utf-8", name="Subject"):
    if fits(value, "ascii"):
        return value
    return Header(value, charset if fits(value, charset) else "utf-8", header_name=name).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    return email.utils.formataddr((name, address), charset=charset if fits(name, charset) else "utf-8")


def rand_date(lang):
    # spread over 2024-03 .. 2025-06
    base = 1709251200  # 2024-03-01
    ts = base + R.randint(0, 470 * 86400)
    tz = {"en": 0, "de": 1, "nl": 1}.get(lang, 0)
    return email.utils.formatdate(ts + tz * 3600, localtime=False).replace("-0000", "+0000")


def ses_msgid():
    h = "%016x" % R.getrandbits(64)
    u = "%08x-%04x-%04x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16),
                                        R.getrandbits(16), R.getrandbits(48))
    region = R.choice(["us-west-2", "eu-west-1", "us-east-1"])
    return "<0%s-%s-000000@%s.amazonses.com>" % (h[:15], u, region)


def other_msgid(domain):
    return "<%s.%d@%s>" % ("%020x" % R.getrandbits(80), R.randint(100000, 999999), domain)


def build(m, idx):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    text, html = m.get("text"), m.get("html")
    if html is not None:
        html = html.replace("charset=UTF-8", "charset=" + cs.upper()).replace('charset="utf-8"', 'charset="%s"' % cs)
    if text is not None and html is not None:
        root = MIMEMultipart("alternative",
                             boundary="----=_Part_%d_%d.%d" % (R.randint(10**6, 10**8), R.randint(10**8, 10**9), R.randint(10**12, 10**13)))
        root.attach(part(text, "plain", cs, m.get("text_cte", cte)))
        root.attach(part(html, "html", cs, cte))
    elif html is not None:
        root = part(html, "html", cs, cte)
    else:
        root = part(text, "plain", cs, cte)
    mime_hdrs = [(k, v) for k, v in root.items()]
    for k in set(k for k, _ in mime_hdrs):
        del root[k]
    hcs = m.get("hdr_charset", "utf-8")
    lang = m["lang"]
    date = rand_date(lang)
    to_addr = m["to"][1] if isinstance(m["to"], tuple) else m["to"]
    if "@" not in to_addr:
        to_addr = m.get("envelope_to", "j.doe@example.net")
    for r in m.get("received", []):
        root["Received"] = r.replace("%DATE%", date).replace("%TO%", to_addr)
    if m.get("auth"):
        root["Authentication-Results"] = m["auth"]
    if m.get("return_path"):
        root["Return-Path"] = "<%s>" % m["return_path"]
    root["From"] = addr(m["from"][0], m["from"][1], hcs)
    if m.get("reply_to"):
        root["Reply-To"] = m["reply_to"]
    root["To"] = addr(m["to"][0], m["to"][1], hcs) if isinstance(m["to"], tuple) else m["to"]
    root["Subject"] = enc_header(m["subject"], hcs)
    root["Date"] = date
    root["Message-ID"] = m.get("msgid") or (ses_msgid() if m.get("ses") else other_msgid(m["from"][1].split("@")[1]))
    for k, v in m.get("extra", []):
        root[k] = enc_header(v, hcs, k)
    root["MIME-Version"] = "1.0"
    for k, v in mime_hdrs:
        if k.lower() != "mime-version":
            root[k] = v
    return root.as_bytes(policy=email.policy.compat32.clone(max_line_length=998))


# --------------------------------------------------------------------------
# Amazon-like template (after the layout of real Amazon notification mails)
# --------------------------------------------------------------------------

LAB = {
    "en": dict(orders="Your Orders", account="Your Account", order="Order #", qty="Quantity",
               sold="Sold by", hello="Hello"),
    "de": dict(orders="Meine Bestellungen", account="Mein Konto", order="Bestellung #", qty="Menge",
               sold="Verkauf durch", hello="Guten Tag"),
    "nl": dict(orders="Mijn bestellingen", account="Mijn account", order="Bestelling #", qty="Aantal",
               sold="Verkocht door", hello="Hallo"),
}

STYLE = """
body {
\tmargin:0;
\tfont:13px/18px Arial, sans-serif;
}
a {
\ttext-decoration:none;
\tcolor:#006699;
\tfont:13px/18px Arial, sans-serif;
}
a img { border:0; }
h2 {
\tfont-size:20px;
\tline-height:24px;
\tmargin:0;
\tpadding:0;
\tfont-weight:normal;
\tcolor:#000 !important;
}
h3 {
\tfont-size:18px;
\tcolor:#cc6600;
\tmargin:15px 0 0 0;
\tfont-weight:normal;
}
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
#container { width:640px; color:#333; }
#header .navigation { text-align:right; }
#legal p, #legal td { font-size:11px; color:#666; }
"""

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def to_html(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = LINK_RE.sub(lambda mo: '<a href="%s">%s</a>' % (mo.group(2), mo.group(1)), s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br />\n")


def to_text(s):
    s = LINK_RE.sub(lambda mo: mo.group(1) if mo.group(1) == mo.group(2) else "%s: %s" % (mo.group(1), mo.group(2)), s)
    return s.replace("**", "")


def amz(host, lang, title, order, greet, paras, items=None, items_head=None, totals=None,
        closing=None, footer=None, base=None, brand=None, pixel=True):
    """Return (text, html) of an Amazon-style notification."""
    L = LAB[lang]
    brand = brand or host[0].upper() + host[1:]
    base = base or "https://www.%s" % host
    items = items or []
    totals = totals or []
    closing = closing or []
    footer = footer or []
    # ---- text ----
    t = ["%s %s" % (brand, title)]
    if order:
        t.append("%s%s " % (L["order"], order))
    t.append("%s/ref=TE_tex_g" % base)
    t.append("_" * 75)
    t.append("")
    t.append(greet)
    t.append("")
    for p in paras:
        t.append(to_text(p))
        t.append("")
    if items:
        t.append(items_head)
        t.append("")
        for it in items:
            t.append("    %s" % it["name"])
            t.append("    %s: %s" % (L["qty"], it.get("qty", 1)))
            if it.get("price"):
                t.append("    %s" % it["price"])
            if it.get("seller"):
                t.append("    %s: %s" % (L["sold"], it["seller"]))
            t.append("")
    for a, b in totals:
        t.append("%s %s" % (a, b))
    if totals:
        t.append("")
    for p in closing:
        t.append(to_text(p))
        t.append("")
    t.append("_" * 75)
    t.append("")
    for p in footer:
        t.append(to_text(p))
        t.append("")
    text = "\n".join(t).rstrip() + "\n"
    # ---- html ----
    h = []
    h.append('<html xmlns="https://www.w3.org/1999/xhtml">\n <head> \n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /> \n  <style type="text/css">%s</style> \n  <title></title> \n </head> ' % STYLE)
    h.append(' <body>%s' % ('<img width="1" height="1" src="%s/gp/r.html?R=%s&amp;T=O&amp;U=%s%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" /> ' % (base, "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(13)), base.replace(":", "%3A").replace("/", "%2F")) if pixel else ""))
    h.append('  <table id="container" cellpadding="0"> \n   <tbody>\n    <tr> \n     <td class="frame"> \n      <table id="main" cellpadding="0"> \n       <tbody>')
    h.append('        <tr> \n         <td> \n          <table id="header" cellpadding="0"> \n           <tbody>\n            <tr> ')
    h.append('             <td rowspan="2" class="logo"><a href="%s/gp/r.html?ref_=TE_logo"><img alt="%s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel.gif" width="115" height="30" /></a></td> ' % (base, brand))
    h.append('             <td class="navigation"> \n              <table align="right"> \n               <tbody> \n                <tr> ')
    h.append('                 <td> <a href="%s/gp/css/order-history?ref_=TE_nav_yo">%s</a> </td> \n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> ' % (base, L["orders"]))
    h.append('                 <td> <a href="%s/gp/css/homepage.html?ref_=TE_nav_ya">%s</a> </td> \n                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> ' % (base, L["account"]))
    h.append('                 <td> <a class="last" href="%s/?ref_=TE_nav_home">%s</a> </td> ' % (base, brand))
    h.append('                </tr> \n               </tbody> \n              </table> </td> \n            </tr> \n            <tr> ')
    if order:
        h.append('             <td class="title"> <h2>%s</h2> %s<a href="%s/gp/css/summary/edit.html?orderID=%s&amp;ref_=TE_tit">%s</a> </td> ' % (title, L["order"], base, order, order))
    else:
        h.append('             <td class="title"> <h2>%s</h2> </td> ' % title)
    h.append('            </tr> \n           </tbody>\n          </table> </td> \n        </tr> ')
    h.append('        <tr> \n         <td> \n          <table id="summary" cellpadding="0"> \n           <tbody>\n            <tr> ')
    h.append('             <td><span class="heading">%s</span> %s </td> ' % (to_html(greet), " ".join("<p> %s </p>" % to_html(p) for p in paras)))
    h.append('            </tr> \n           </tbody>\n          </table> </td> \n        </tr> ')
    if items:
        h.append('        <tr> \n         <td> \n          <table id="orderDetails" cellpadding="0"> \n           <tbody>')
        h.append('            <tr> \n             <td colspan="2"> <h3>%s</h3> </td> \n            </tr> ' % items_head)
        for it in items:
            h.append('            <tr> \n             <td class="photo"> <a href="%s/dp/%s?ref_=TE_itm"><img src="https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ__SY115_SX115_.jpg" width="115" /></a> </td> ' % (base, it.get("asin", "B0" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))), "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11))))
            h.append('             <td class="name"> <a href="%s/gp/css/order-history?ref_=TE_itm_name">%s</a><br /> %s: %s %s%s </td> \n            </tr> ' % (
                base, it["name"].replace("&", "&amp;"), L["qty"], it.get("qty", 1),
                ("<br /> <b>%s</b>" % it["price"]) if it.get("price") else "",
                ("<br /> %s: %s" % (L["sold"], it["seller"])) if it.get("seller") else ""))
        h.append('           </tbody>\n          </table> </td> \n        </tr> ')
    if totals:
        h.append('        <tr> \n         <td> \n          <table id="costBreakdown" align="right" cellpadding="0"> \n           <tbody>')
        for a, b in totals:
            h.append('            <tr> \n             <td class="total"> %s </td> \n             <td class="total price"> %s </td> \n            </tr> ' % (a, b))
        h.append('           </tbody>\n          </table> </td> \n        </tr> ')
    h.append('        <tr> \n         <td> \n          <table id="division"><tbody><tr><td></td></tr></tbody></table> </td> \n        </tr> ')
    if closing:
        h.append('        <tr> \n         <td> \n          <table id="closing" cellpadding="0"> \n           <tbody>\n            <tr> ')
        h.append('             <td> %s <p> <br /><span class="signature"> <strong>%s</strong> </span> </p> </td> ' % (" ".join("<p> %s </p>" % to_html(p) for p in closing), brand))
        h.append('            </tr> \n           </tbody>\n          </table> </td> \n        </tr> ')
    h.append('       </tbody>\n      </table> </td> \n    </tr> ')
    if footer:
        h.append('    <tr> \n     <td> \n      <table id="legal" cellpadding="0"> \n       <tbody>\n        <tr> ')
        h.append('         <td> %s </td> ' % " ".join("<p> %s </p>" % to_html(p) for p in footer))
        h.append('        </tr> \n       </tbody>\n      </table> </td> \n    </tr> ')
    h.append('   </tbody>\n  </table> \n </body>\n</html>\n')
    html = "\n".join(h)
    return text, html


def simple_html(paras, title=None, color="#333"):
    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>%s</title></head>' % (title or ""),
           '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:%s">' % color,
           '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>']
    for p in paras:
        out.append(p if p.startswith("<") else "<p>%s</p>" % to_html(p))
    out.append("</td></tr></table></body></html>")
    return "\n".join(out) + "\n"


def received_ses(host, region="eu-west-1"):
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 254))
    name = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 9), R.randint(10, 250), region)
    return "from %s (%s [%s])\n\tby mx.mailhost.example with ESMTPS id %s\n\tfor <%%TO%%>; %%DATE%%" % (
        name, name, ip, "%x" % R.getrandbits(40))


def auth_pass(host, mx="mx.mailhost.example"):
    return ("%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n"
            "\tspf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (
        mx, host, R.choice(["ex3rbsf4oteo3s2m2xlb7ur3a3sqj2pf", "2rzvbk4aqgo7rzsoqvl3onnqjdwbs3sx", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"]),
        "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(8)),
        mx.split(".", 1)[1], "bounces.%s" % host, R.randint(0, 60), R.randint(1, 254), "bounces.%s" % host, host)


def received_other(helo, ip):
    return "from %s (unknown [%s])\n\tby mx.mailhost.example (Postfix) with ESMTP id %s\n\tfor <%%TO%%>; %%DATE%%" % (
        helo, ip, "".join(R.choice("0123456789ABCDEF") for _ in range(10)))

MAILS = []

# ==========================================================================
# ENGLISH
# ==========================================================================

def en_footer(host, brand, spoof_addr=None, extra=None):
    f = [
        "To protect your account, please don't share your password, one-time passcodes or card details with anyone. %s will never ask you for your password or for your full card number by email, text or phone, and we will never ask you to pay with gift cards. Learn how to recognise suspicious messages: [[https://www.%s/gp/help/customer/display.html?nodeId=GDX27KBSRXV2GYAB|https://www.%s/gp/help/customer/display.html?nodeId=GDX27KBSRXV2GYAB]]" % (brand, host, host),
        "If you receive an email that looks like it came from %s and you think it's suspicious, report it to %s." % (brand, spoof_addr or "stop-spoofing@%s" % host),
        "If your card number or expiration date has changed, update it in Your Account: [[https://www.%s/cpe/yourpayments/wallet|https://www.%s/cpe/yourpayments/wallet]]" % (host, host),
    ]
    if extra:
        f += extra
    f.append("This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.")
    return f


# ---------------- notices ----------------
H = "amazon.com"
_t, _h = amz(H, "en", "Order Cancellation", "113-4829175-3306621", "Hello Megan,",
    ["We're writing to let you know that the following item(s) in your order have been canceled. The seller was unable to fulfill this item, and we were not able to obtain it from another supplier.",
     "If you were charged for this item, a refund will be issued to your original payment method within 3-5 business days. The rest of your order, if any, is not affected and will ship as planned.",
     "You can check the current status of your order in [[Your Orders|https://www.amazon.com/gp/css/order-history?ref_=pe_cancel_yo]]."],
    [dict(name="Breville BES870XL Barista Express Espresso Machine, Brushed Stainless Steel", qty=1, price="$599.95", seller="HomeGoods Direct LLC")],
    "Canceled Items", [("Item Subtotal:", "$599.95"), ("Refund Total:", "$599.95")],
    ["We're sorry for the inconvenience. You can find similar items here: [[Espresso Machines|https://www.amazon.com/s?k=espresso+machine&ref_=pe_cancel_sim]]",
     "If you need further assistance with your order, please visit [[Customer Service|https://www.amazon.com/gp/help/customer/display.html?ref_=pe_cancel_cs]]."],
    en_footer(H, "Amazon.com", extra=["Unless otherwise noted, items sold by Amazon.com Services LLC are subject to sales tax in select states in accordance with the applicable laws of that state."]))
MAILS.append(dict(kind="notice", lang="en", cause="inventory_shortage", states_reason=True, marketplace="amazon.com",
    note="seller could not fulfil, partial cancel, html+text", ses=True,
    received=[received_ses(H, "us-east-1")], auth=auth_pass(H),
    **{"from": ("Amazon.com", "order-update@amazon.com")}, reply_to="no-reply@amazon.com",
    to=("Megan Alvarez", "megan.alvarez82@example.com"),
    subject="1 item has been canceled from your Amazon.com order #113-4829175-3306621",
    text=_t, html=_h, charset="utf-8", cte="qp"))

MAILS.append(dict(kind="notice", lang="en", cause="payment_issue", states_reason=True, marketplace="amazon.co.uk",
    note="card declined, payment revision window expired, plain text", ses=True,
    received=[received_ses("amazon.co.uk")],
    **{"from": ("Amazon.co.uk", "payments-messages@amazon.co.uk")},
    to=("Oliver Bennett", "o.bennett@example.co.uk"),
    subject="Your Amazon.co.uk order #204-6617382-9051143 has been cancelled",
    text="""Amazon.co.uk
Your Account: https://www.amazon.co.uk/your-account

Hello Oliver,

We're writing about your order #204-6617382-9051143 placed on 3 March.

We were unable to charge the payment method you selected for this order. Your card issuer declined the transaction for the Visa card ending in 4417. On 3 March we asked you to revise the payment information for this order, but we have not received an updated payment method within the 3-day revision period. As a result, your order has been cancelled.

Cancelled items:
  1 x Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black   GBP 279.00
  1 x Anker USB-C to USB-C Cable (2m, 100W)                        GBP 9.99

No payment has been taken for this order.

If you'd still like these items, you can place a new order at any time: https://www.amazon.co.uk/gp/css/order-history

If your card has expired or the card number has changed, you can update it in Your Account > Your Payments: https://www.amazon.co.uk/cpe/yourpayments/wallet

We hope to see you again soon.

Amazon.co.uk Customer Service
https://www.amazon.co.uk/gp/help/customer/display.html

------------------------------------------------------------------------
Keep your account safe: Amazon.co.uk will never ask you to disclose or verify your password, bank account details or card number by email. Never reply to an email that asks for this information. If you have received a suspicious email that claims to be from Amazon, please report it to stop-spoofing@amazon.co.uk.

Amazon EU S.a r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England and Wales under number BR017427.

Please note: this email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""", charset="us-ascii", cte="7bit"))

H = "amazon.ca"
_t, _h = amz(H, "en", "Cancellation Confirmation", "702-3391846-5527014", "Hello Priya,",
    ["Your cancellation request was successful. We've cancelled the following item(s) from your order, as you requested.",
     "**Cancel Reason: Customer Canceled**",
     "If you've already been charged, you'll receive a refund to your original payment method. Refunds usually appear within 2-5 business days, depending on your bank."],
    [dict(name='Anker PowerCore 10000 Portable Charger, 10000mAh Power Bank', qty=2, price="CDN$ 59.98", seller="AnkerDirect CA"),
     dict(name="Amazon Basics Lightning to USB-A Cable, 1.8 m, White", qty=1, price="CDN$ 11.49", seller="Amazon.com.ca ULC")],
    "Cancelled Items", [("Refund Total:", "CDN$ 80.96")],
    ["You can view your orders anytime in [[Your Orders|https://www.amazon.ca/gp/css/order-history?ref_=pe_can_conf]].",
     "Thanks for shopping with us."],
    en_footer(H, "Amazon.ca"))
MAILS.append(dict(kind="notice", lang="en", cause="customer_request", states_reason=True, marketplace="amazon.ca",
    note="Successful cancellation, Cancel Reason: Customer Canceled, html only", ses=True,
    received=[received_ses(H, "us-east-1")], auth=auth_pass(H),
    **{"from": ("Amazon.ca", "auto-confirm@amazon.ca")}, reply_to="no-reply@amazon.ca",
    to=("Priya Raman", "priya.raman@example.ca"),
    subject='Successful cancellation of "Anker PowerCore 10000 Portable Charger..." and 1 more item from your Amazon.ca order #702-3391846-5527014',
    html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="notice", lang="en", cause="fraud_prevention", states_reason=True, marketplace="amazon.com.au",
    note="account on hold after unusual activity, order cancelled, no links to act on except own site", ses=True,
    received=[received_ses("amazon.com.au", "us-west-2")],
    **{"from": ("Amazon.com.au", "cs-reply@amazon.com.au")},
    to=("Liam O'Connor", "liam.oconnor@example.com.au"),
    subject="Your Amazon.com.au order 250-8874120-1936655 has been cancelled",
    text="""Hello,

We noticed unusual activity on your Amazon.com.au account and have placed your account on hold as a precaution. While the account was on hold, we cancelled the following order to protect you:

Order #250-8874120-1936655
  Apple iPad Air 11-inch (M2) Wi-Fi 256GB - Space Grey   Qty: 1   A$1,199.00
  JB Hi-Fi Gift Card A$100 (sold by Amazon Commercial Services Pty Ltd)   Qty: 2   A$200.00

No charges were made for this order, and any pending authorisation on your card will be released by your bank.

To remove the hold, sign in to your account on the Amazon.com.au website or in the Amazon Shopping app and follow the on-screen instructions. Please don't reply to this email with any personal or payment information - we will never ask you to send your password, one-time passcode or full card number by email.

If you recognise this activity, you can place the order again once the hold is removed.

For more information on keeping your account secure, visit:
https://www.amazon.com.au/gp/help/customer/display.html?nodeId=GNRQ5B5E5UXKS7VS

If you receive an email that you believe is not from Amazon, report it at stop-spoofing@amazon.com.au.

Thank you for your understanding.

Account Specialist
Amazon.com.au

Amazon Commercial Services Pty Ltd, ABN 30 616 935 623
""", charset="utf-8", cte="8bit"))

H = "amazon.in"
_t, _h = amz(H, "en", "Order Cancelled", "405-2718336-0469127", "Dear Arjun,",
    ["We're sorry to inform you that your order #405-2718336-0469127 has been cancelled.",
     "Due to a technical error, the item below was displayed on Amazon.in at an incorrect price (₹1,299 instead of ₹12,999). Because of this pricing error, we are unable to fulfil your order at the listed price.",
     "The amount of ₹1,299.00 paid using UPI will be refunded to your original payment method within 2-4 business days. You will receive a separate email once the refund has been processed.",
     "We apologise for any inconvenience this may have caused."],
    [dict(name="Samsung Galaxy Buds2 Pro (Graphite) | Bluetooth Truly Wireless Earbuds", qty=1, price="₹1,299.00", seller="Appario Retail Private Ltd")],
    "Cancelled Items", [("Order Total:", "₹1,299.00"), ("Refund:", "₹1,299.00")],
    ["Track your refund in [[Your Orders|https://www.amazon.in/gp/css/order-history?ref_=pe_in_cancel]]."],
    en_footer(H, "Amazon.in", extra=["Amazon.in will never call you to ask for your OTP, UPI PIN, card details or bank account information. Do not share these with anyone claiming to be from Amazon."]))
MAILS.append(dict(kind="notice", lang="en", cause="technical_issue", states_reason=True, marketplace="amazon.in",
    note="pricing error, INR refund, html+text base64", ses=True,
    received=[received_ses(H, "eu-west-1")], auth=auth_pass(H),
    **{"from": ("Amazon.in", "order-update@amazon.in")}, reply_to="no-reply@amazon.in",
    to=("Arjun Mehta", "arjun.mehta91@example.in"),
    subject="Your Amazon.in order #405-2718336-0469127 has been cancelled",
    text=_t, html=_h, charset="utf-8", cte="base64"))

H = "amazon.sg"
_t, _h = amz(H, "en", "Order Cancelled", "503-9105527-3318840", "Hello Wei Ling,",
    ["Your order #503-9105527-3318840 has been cancelled. We're sorry for any inconvenience.",
     "If you have been charged for this order, the amount will be refunded to your original payment method. Refunds may take 5-7 business days to appear on your statement."],
    [dict(name="Tiger JBV-S10S Rice Cooker 1.0L, White", qty=1, price="S$145.00", seller="Amazon.sg")],
    "Cancelled Items", [("Order Total:", "S$145.00")],
    ["You can view the details of this order in [[Your Orders|https://www.amazon.sg/gp/css/order-history?ref_=pe_sg_cxl]].",
     "Need help? Visit [[Customer Service|https://www.amazon.sg/gp/help/customer/display.html]]."],
    en_footer(H, "Amazon.sg"))
MAILS.append(dict(kind="notice", lang="en", cause="unknown", states_reason=False, marketplace="amazon.sg",
    note="cancellation with no reason given, html only qp", ses=True,
    received=[received_ses(H, "us-west-2")],
    **{"from": ("Amazon.sg", "order-update@amazon.sg")}, reply_to="no-reply@amazon.sg",
    to=("Tan Wei Ling", "weiling.tan@example.sg"),
    subject="Information about your Amazon.sg order #503-9105527-3318840",
    html=_h, charset="utf-8", cte="qp"))

# ---------------- lookalikes ----------------
MAILS.append(dict(kind="lookalike", lang="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail sender, callback phone number, malformed order number",
    received=[received_other("mail-sor-f41.google.com", "209.85.220.41")],
    **{"from": ("Amazon Order Support", "amazonorders.support247@gmail.com")},
    to="undisclosed-recipients:;",
    subject="Order Cancelled - Suspicious Payment Detected #112-7738290-4418",
    text="""Dear Customer,

Your Amazon order #112-7738290-4418 for the following item has been CANCELLED due to a suspicious payment attempt on your account.

Item: Apple MacBook Air 13-inch M3 (16GB RAM, 512GB SSD) - Midnight
Amount: $1,249.99
Payment: Visa ending ****
Shipping to: Houston, TX

If you did NOT place this order, your account may be compromised and the charge will still be processed within 24 hours. To stop the charge and receive a full refund, call our Amazon Fraud Department immediately:

   +1 (888) 530-4172  (Toll Free, 24/7)

Please have your order number ready. Do not reply to this email.

Thank you,
Amazon.com Customer Protection Team
""", charset="us-ascii", cte="7bit"))

_t, _h = amz("amazon.com", "en", "Account Suspended", "114-2295718-6603327", "Dear Customer,",
    ["We detected an unusual sign-in to your account from a new device (Lagos, Nigeria). As a safety measure your account has been **temporarily suspended** and your recent order has been cancelled.",
     "To restore your account and reinstate the order, please verify your identity within 48 hours using the verification code below:",
     "**Verification code: 8X4-K2Q-771**",
     "[[Verify my account|https://amazon-orders.help/verify/session?c=8X4K2Q771&u=ZW1pbHk]]",
     "If you do not complete verification, your account will be permanently closed and any open orders will be forfeited."],
    [dict(name="Bose QuietComfort Ultra Headphones - Black", qty=1, price="$429.00", seller="Amazon.com")],
    "Cancelled Items", [("Order Total:", "$429.00")], [],
    ["© 1996-2025, Amazon.com, Inc. or its affiliates. All rights reserved.",
     "Amazon will never ask for your password by email."],
    base="https://amazon-orders.help", brand="Amazon.com")
MAILS.append(dict(kind="lookalike", lang="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillic A in display name, amazon-orders.help domain, account suspended + use this code",
    received=[received_other("mail.amazon-orders.help", "185.225.69.14")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=amazon-orders.help header.s=default;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass header.from=amazon-orders.help",
    **{"from": ("\u0410mazon.com", "no-reply@amazon-orders.help")},
    to=("Emily", "emily.parker@example.com"),
    subject="Your account has been suspended - order #114-2295718-6603327 cancelled",
    text=_t, html=_h, charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook.com sender, asks to reply with card details, crude",
    received=[received_other("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.77")],
    **{"from": ("Amazon Billing Dept", "amazon.billing.dept@outlook.com")},
    to=("", "sarah.jones@example.co.uk"),
    subject="RE: Amazon.co.uk order cancelled - payment failed",
    text="""Hello Valued Customer

We are contacting you regarding your recent order on Amazon.co.uk. Unfortunately your order has been cancelled because your payment failed to go through and your card details on file are out of date.

To re-activate the order and avoid closure of your account please REPLY to this email with the following details:

Full name on card:
Card number:
Expiry date:
CVV (3 digits on back):
Date of birth:
Billing postcode:

Once we receive this information our billing team will re-process the payment and ship your order with free next day delivery as an apology.

Regards
Amazon UK Billing Department
Amazon.co.uk
""", charset="us-ascii", cte="7bit"))

_t, _h = amz("amazon.ca", "en", "Order Cancellation", "701-55820-4419", "Hello,",
    ["We regret to inform you that the item(s) below are currently out of stock and your order has been cancelled.",
     "To receive your refund of CDN$ 189.99, please confirm your billing information on the secure refund page: [[https://www.amazon.ca/gp/css/order-history/refund|http://amazon.ca.order-review.support-id.ru/refund/ca/login.php?id=701558204419]]",
     "Refunds not claimed within 72 hours will be returned to the seller."],
    [dict(name="Dyson V8 Origin Cordless Vacuum", qty=1, price="CDN$ 189.99", seller="Amazon.com.ca ULC")],
    "Cancelled Items", [("Refund Total:", "CDN$ 189.99")],
    ["Thanks for shopping with us."],
    en_footer("amazon.ca", "Amazon.ca"),
    base="http://amazon.ca.order-review.support-id.ru", brand="Amazon.ca")
MAILS.append(dict(kind="lookalike", lang="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished template copy, link text shows amazon.ca but href to .ru, subdomain trick sender, malformed order no",
    received=[received_other("vps-41829.hostkey-srv.net", "94.131.102.18")],
    **{"from": ("Amazon.ca", "auto-confirm@amazon.ca.secure-orders.info")}, reply_to="auto-confirm@amazon.ca.secure-orders.info",
    to=("", "dan.whitfield@example.ca"),
    subject="Your Amazon.ca order #701-55820-4419 has been cancelled",
    text=_t, html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="Greek Alpha/omicron in display name, yahoo sender, order WILL be cancelled unless verified",
    received=[received_other("sonic311-21.consmr.mail.ne1.yahoo.com", "66.163.187.147")],
    **{"from": ("\u0391maz\u03bfn Prime", "prime.renewals.team@yahoo.com")},
    to=("", "k.robinson@example.com.au"),
    subject="Action required: your Amazon.com.au order will be cancelled in 24 hours",
    html=simple_html([
        "**Amazon.com.au**",
        "Dear Member,",
        "We were unable to authorise the payment for your latest order (#249-3318764-20917) because the card linked to your Prime membership has expired.",
        "Your order **will be cancelled in 24 hours** and your Prime benefits suspended unless you update your payment details now.",
        "[[Update payment method|https://bit.ly/3amzn-au-upd8]]",
        "If you have already updated your details, please ignore this message.",
        "Kind regards,\nAmazon Prime Team",
        "Amazon will never ask for your password."], "Amazon.com.au"),
    charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n look-alike domain, no order number, 'system error' reactivation link",
    received=[received_other("mta3.amaz0n-account.com", "45.141.215.60")],
    **{"from": ("Amazon", "service@amaz0n-account.com")},
    to=("", "jwalker@example.com"),
    subject="Your recent order was cancelled due to a system error",
    html=simple_html([
        "<img src=\"https://amaz0n-account.com/img/logo.png\" alt=\"amazon\" width=\"110\">",
        "Hello,",
        "Due to a system error during a recent update, your most recent order could not be processed and has been cancelled automatically. We apologise for the inconvenience.",
        "To reactivate your order and keep the original price, please sign in and confirm your account information:",
        "[[Reactivate My Order|https://amaz0n-account.com/signin/reactivate?ref=sys_err]]",
        "This link expires in 12 hours.",
        "Thank you for shopping with Amazon.",
        "Amazon.com | Privacy Notice | Conditions of Use"], "Amazon"),
    charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="en", cause="customer_request", states_reason=True, marketplace=None,
    note="spoofed From amazon.com with dmarc=fail, gmail Reply-To, callback number, valid-looking order number",
    received=[received_other("smtp.bulkblaster.xyz", "103.151.140.9")],
    auth="mx.mailhost.example;\n\tdkim=none (message not signed);\n\tspf=fail (mailhost.example: domain of auto-confirm@amazon.com does not designate 103.151.140.9 as permitted sender) smtp.mailfrom=auto-confirm@amazon.com;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=amazon.com",
    **{"from": ("Amazon.com", "auto-confirm@amazon.com")}, reply_to="amazon.refund.desk@gmail.com",
    to=("", "t.nguyen@example.com"),
    subject="Successful cancellation of your Amazon.com order #113-8846301-2275419",
    text="""Hello,

As requested, your order #113-8846301-2275419 has been cancelled.

Cancel Reason: Customer Canceled
Item: Samsung 65" Class OLED S90D 4K Smart TV
Refund amount: $1,597.99

The refund will be sent to the bank account on file within 30 minutes.

If you did NOT request this cancellation, or if you do not recognise this order, please call Amazon Customer Care immediately at 1-844-902-7731 to secure your account. Our agent will guide you through the refund reversal.

Thank you,
Amazon.com
""", charset="us-ascii", cte="7bit"))

MAILS.append(dict(kind="lookalike", lang="en", cause="unknown", states_reason=False, marketplace=None,
    note="crude, all caps, bogus order ID, demands gift-card 'fee', odd domain",
    received=[received_other("mailer-93kx.xyz", "193.42.33.201")],
    **{"from": ("AMAZON SERVICE", "info@mailer-93kx.xyz")},
    to=("", "customer@example.co.za"),
    subject="AMAZON CANCELATION NOTICE !!! ORDER ID: AMZ-88271",
    text="""ATTENTION AMAZON.CO.ZA CUSTOMER !!!

YOUR ORDER ID: AMZ-88271 HAS BEEN CANCELED

TO RE-ACTIVATE YOUR ORDER AND AVOID A CANCELATION PENALTY OF R 2 500 YOU MUST PAY A R 350 PROCESSING FEE USING AMAZON GIFT CARD.

SEND THE GIFT CARD CODE TO THIS EMAIL WITHIN 24 HOURS.

FAILURE TO DO SO WILL RESULT IN LEGAL ACTION.

AMAZON SECURITY DEPARTMENT
""", charset="us-ascii", cte="7bit"))

# ---------------- non-notices ----------------
MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="eBay seller cancellation; item is an Amazon Echo Dot",
    received=[received_other("mxphxpool1234.ebay.com", "66.135.209.185")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=ebay.com;\n\tspf=pass smtp.mailfrom=ebay.com;\n\tdmarc=pass header.from=ebay.com",
    **{"from": ("eBay", "ebay@ebay.com")},
    to=("Chris Delgado", "chris.delgado@example.com"),
    subject="Order canceled: Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal",
    text="""Your order was canceled

Hi Chris,

The seller tech_deals_warehouse canceled your order because the item is out of stock.

Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal
Order number: 21-11482-63097
Item ID: 296384715502
Price: $32.99
Shipping: Free

Refund: $35.71 (including tax) will go back to your original payment method (PayPal). It can take up to 3 business days for the refund to show.

The seller's cancellation won't affect your buying history. You can find similar items on eBay here: https://www.ebay.com/sch/i.html?_nkw=echo+dot+5th+gen

Thanks for using eBay.

---
eBay will never ask you to provide personal information by email. Learn more about spoof emails: https://www.ebay.com/help/account/protecting-account/recognizing-spoof-phishing-emails
Copyright 1995-2025 eBay Inc. All Rights Reserved. eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125.
""", html=simple_html([
        "**Your order was canceled**", "Hi Chris,",
        "The seller **tech_deals_warehouse** canceled your order because the item is out of stock.",
        "Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal\nOrder number: 21-11482-63097\nItem ID: 296384715502\nPrice: $32.99",
        "Refund: $35.71 (including tax) will go back to your original payment method (PayPal).",
        "[[Find similar items|https://www.ebay.com/sch/i.html?_nkw=echo+dot+5th+gen]]",
        "eBay will never ask you to provide personal information by email."], "eBay"),
    charset="utf-8", cte="qp"))

MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="friend says he cancelled his own Amazon order",
    received=[received_other("mail-yw1-f175.google.com", "209.85.128.175")],
    **{"from": ("Dave Kowalski", "dave.kowalski77@gmail.com")},
    to=("Mike", "mike.henderson@example.com"),
    subject="Re: blender for Saturday",
    text="""Hey Mike,

No worries, I cancelled my Amazon order for the Ninja blender this morning since you said I can borrow yours for the party. It hadn't shipped yet so the cancellation went through straight away and the refund is already pending on my card.

I'll swing by Friday after work to pick it up. Want me to bring anything else? Chips, ice?

Dave

On Tue, Mike Henderson <mike.henderson@example.com> wrote:
> Don't buy one, just use mine. It's sitting in the garage anyway.
""", charset="utf-8", cte="8bit"))

MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="scam-awareness newsletter quoting a fake Amazon cancellation subject",
    received=[received_other("mail180-16.suw21.mandrillapp.com", "198.2.180.16")],
    **{"from": ("ScamWatch Weekly", "newsletter@scamwatchweekly.org")},
    to=("", "reader@example.com"),
    subject="Scam alert: fake \"Your Amazon order has been canceled\" emails are back",
    extra=[("List-Unsubscribe", "<https://scamwatchweekly.org/unsubscribe?u=8821>")],
    text="""SCAMWATCH WEEKLY - Issue #214

THIS WEEK: THE "CANCELED ORDER" TRICK

Readers have forwarded us dozens of emails with subject lines like:

  "Your Amazon.com order #113-0000000-0000000 has been canceled"
  "Order Cancelled - Suspicious Payment Detected"

The messages look convincing and usually include a product you never bought (often an iPhone or a gaming laptop) plus a phone number to "dispute" the cancellation. When victims call, the fake agent asks for remote access to their computer or for payment with gift cards.

How to tell the difference:
 - Amazon never asks you to call a number listed in an email to stop a charge.
 - Check the order in the Amazon app or website yourself, not through a link.
 - Look at the real sender address, not just the display name.
 - Genuine messages also appear in Your Account > Message Center.

ALSO IN THIS ISSUE
 - Toll-road text scams hit new states
 - Why "package redelivery fee" texts keep coming

You're receiving this because you subscribed at scamwatchweekly.org.
Unsubscribe: https://scamwatchweekly.org/unsubscribe?u=8821
""", charset="us-ascii", cte="7bit"))

_t, _h = amz("amazon.co.uk", "en", "Delivery slot cancelled", None, "Hello Hannah,",
    ["We're sorry, but we've had to cancel your Amazon Fresh delivery slot on Saturday 14 June, 7:00-9:00, due to high demand in your area.",
     "**Your order has not been cancelled.** Please choose a new delivery slot by 23:00 tonight so we can deliver your groceries: [[Choose a new slot|https://www.amazon.co.uk/alm/storefront?almBrandId=QW1hem9uIEZyZXNo&ref_=slot_resched]]",
     "If you don't choose a new slot, we'll automatically book the next available one and email you the details."],
    None, None, None,
    ["Thank you for shopping with Amazon Fresh."],
    en_footer("amazon.co.uk", "Amazon.co.uk"), brand="Amazon.co.uk")
MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.co.uk",
    note="Amazon Fresh delivery slot cancelled, order itself kept", ses=True,
    received=[received_ses("amazon.co.uk")],
    **{"from": ("Amazon Fresh", "fresh-update@amazon.co.uk")},
    to=("Hannah Price", "hannah.price@example.co.uk"),
    subject="Your Amazon Fresh delivery slot has been cancelled - please choose a new one",
    text=_t, html=_h, charset="utf-8", cte="qp"))

_t, _h = amz("amazon.com.au", "en", "Membership cancelled", None, "Hi Grace,",
    ["As requested, we've cancelled your Kindle Unlimited membership. You can keep reading any titles you've borrowed until the end of your current billing period on 28 July 2025.",
     "After that date, borrowed Kindle Unlimited titles will be returned automatically. Any books you've purchased will stay in your library.",
     "Changed your mind? You can rejoin anytime from [[Your Memberships & Subscriptions|https://www.amazon.com.au/hz/mycd/myx#/home/settings/subscriptions]]."],
    None, None, None, ["Happy reading,"],
    en_footer("amazon.com.au", "Amazon.com.au"), brand="Amazon.com.au")
MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.com.au",
    note="Kindle Unlimited subscription cancelled", ses=True,
    received=[received_ses("amazon.com.au", "us-west-2")],
    auth=auth_pass("amazon.com.au"),
    **{"from": ("Kindle Unlimited", "digital-no-reply@amazon.com.au")},
    to=("Grace Liu", "grace.liu@example.com.au"),
    subject="Your Kindle Unlimited membership has been cancelled",
    html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.ie",
    note="genuine payment reminder before cancellation: update payment or order will be cancelled", ses=True,
    received=[received_ses("amazon.ie")],
    **{"from": ("Amazon.ie", "payments-messages@amazon.ie")},
    to=("Ciara Byrne", "ciara.byrne@example.ie"),
    subject="Action needed: update your payment information for order #408-1736620-5582313",
    text="""Amazon.ie
Your Account: https://www.amazon.ie/your-account

Hello Ciara,

There was a problem processing the payment for your order #408-1736620-5582313. Your card issuer did not authorise the charge to your Mastercard ending in 0932.

To keep your order, please update your payment information by 18 May. If we don't receive a valid payment method by then, your order will be cancelled.

Update your payment information: https://www.amazon.ie/gp/css/order-history?orderFilter=payment-revision

Order details:
  Philips Series 5000 Airfryer XXL, 7.2L      EUR 169.99
  Estimated delivery: 20 May - 22 May

Your order will not be shipped until payment has been confirmed.

If your card has expired or your card number has changed, you can also update it in Your Account > Your Payments.

Thank you for shopping with us.
Amazon.ie

------------------------------------------------------------------------
Amazon.ie will never ask you to provide your password or card details by email. If you receive a suspicious email, please report it to stop-spoofing@amazon.ie.

Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""", charset="us-ascii", cte="7bit"))

# ==========================================================================
# GERMAN (amazon.de)
# ==========================================================================

def de_footer(extra=None):
    f = [
        "Bitte beachten Sie: Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Einmal-Passcodes, Ihre Bankverbindung oder Ihre vollständige Kreditkartennummer preiszugeben, und niemals um Zahlung mit Geschenkkarten bitten.",
        "Wenn Sie eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt, melden Sie diese bitte an stop-spoofing@amazon.de. Weitere Informationen: [[Verdächtige E-Mails erkennen|https://www.amazon.de/gp/help/customer/display.html?nodeId=GDX27KBSRXV2GYAB]]",
        "Falls sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte geändert hat, aktualisieren Sie diese bitte unter [[Mein Konto > Meine Zahlungen|https://www.amazon.de/cpe/yourpayments/wallet]].",
    ]
    if extra:
        f += extra
    f += ["Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. Handelsregister: RCS Luxembourg B 101818. USt-ID: LU 20260743.",
          "Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."]
    return f

H = "amazon.de"
# ---------------- notices ----------------
_t, _h = amz(H, "de", "Stornierung von Artikeln", "302-5519082-7743106", "Guten Tag Frau Schneider,",
    ["leider müssen wir Ihnen mitteilen, dass wir den folgenden Artikel aus Ihrer Bestellung stornieren mussten. Der Verkäufer konnte den Artikel nicht liefern, und er ist bei unseren Lieferanten derzeit nicht mehr verfügbar.",
     "Sollte Ihnen der Betrag bereits belastet worden sein, erstatten wir ihn auf Ihre ursprüngliche Zahlungsart. Die übrigen Artikel Ihrer Bestellung sind davon nicht betroffen und werden wie geplant versandt.",
     "Den aktuellen Status Ihrer Bestellung finden Sie unter [[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=pe_de_cxl]]."],
    [dict(name="LEGO 10316 Icons Bruchtal aus Der Herr der Ringe, Bauset für Erwachsene", qty=1, price="EUR 449,99", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Erstattungsbetrag:", "EUR 449,99")],
    ["Wir entschuldigen uns für die entstandenen Unannehmlichkeiten.",
     "Weitere Hilfe finden Sie in unserem [[Kundenservice|https://www.amazon.de/gp/help/customer/display.html?ref_=pe_de_cs]]."],
    de_footer())
MAILS.append(dict(kind="notice", lang="de", cause="inventory_shortage", states_reason=True, marketplace="amazon.de",
    note="Artikel nicht lieferbar, Teilstornierung, html+text", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.de", "bestellbestaetigung@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Katrin Schneider", "katrin.schneider@example.de"),
    subject="Artikel aus Ihrer Amazon.de-Bestellung #302-5519082-7743106 wurde storniert",
    text=_t, html=_h, charset="utf-8", cte="qp", hdr_charset="iso-8859-1"))

MAILS.append(dict(kind="notice", lang="de", cause="payment_issue", states_reason=True, marketplace="amazon.de",
    note="Zahlung nicht autorisiert, Zahlungsrevision verstrichen, plain iso-8859-15 qp", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.de", "payments-messages@amazon.de")},
    to=("Thomas Wagner", "t.wagner@example.de"),
    subject="Ihre Amazon.de Bestellung #303-8841270-1650734 wurde storniert",
    text="""Amazon.de
Mein Konto: https://www.amazon.de/gp/css/homepage.html

Guten Tag Herr Wagner,

leider konnten wir die Zahlung für Ihre Bestellung #303-8841270-1650734 nicht autorisieren. Ihre Kreditkarte (Mastercard mit der Endung 2281) wurde von der ausstellenden Bank abgelehnt.

Wir hatten Sie am 12. Februar gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der Frist keine gültige Zahlungsart erhalten haben, wurde Ihre Bestellung storniert.

Stornierte Artikel:
  1 x Bosch Professional Akku-Bohrschrauber GSR 18V-55      179,90 €
  1 x Bosch Professional 2x Akku ProCORE18V 4.0Ah            129,00 €

Ihr Konto wurde nicht belastet.

Wenn Sie die Artikel weiterhin kaufen möchten, können Sie jederzeit eine neue Bestellung aufgeben.

Wenn Ihre Karte abgelaufen ist oder sich Ihre Kartennummer geändert hat, aktualisieren Sie diese bitte unter Mein Konto > Meine Zahlungen:
https://www.amazon.de/cpe/yourpayments/wallet

Mit freundlichen Grüßen
Ihr Amazon.de Kundenservice

----------------------------------------------------------------------
Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort, Ihrer Bankverbindung oder Ihrer Kreditkartennummer fragen. Antworten Sie niemals auf eine E-Mail, die solche Angaben verlangt. Verdächtige E-Mails melden Sie bitte an stop-spoofing@amazon.de.

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.

Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann.
""", charset="iso-8859-15", cte="qp", hdr_charset="iso-8859-15"))

_t, _h = amz(H, "de", "Stornierungsbestätigung", "028-4471935-6608312", "Guten Tag Jonas Becker,",
    ["Ihre Stornierung war erfolgreich. Wie von Ihnen gewünscht, haben wir die folgenden Artikel aus Ihrer Bestellung storniert.",
     "**Stornierungsgrund: Vom Kunden storniert**",
     "Falls Ihr Konto bereits belastet wurde, erhalten Sie eine Erstattung auf Ihre ursprüngliche Zahlungsart. Die Gutschrift ist in der Regel innerhalb von 3–5 Werktagen sichtbar."],
    [dict(name="Philips Hue White & Color Ambiance E27 Starter-Set, 3 Lampen inkl. Bridge", qty=1, price="EUR 139,99", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Erstattung gesamt:", "EUR 139,99")],
    ["Ihre Bestellungen können Sie jederzeit unter [[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=pe_de_cc]] einsehen.",
     "Vielen Dank für Ihren Einkauf bei Amazon.de."],
    de_footer())
MAILS.append(dict(kind="notice", lang="de", cause="customer_request", states_reason=True, marketplace="amazon.de",
    note="Stornierung auf Kundenwunsch, Stornierungsgrund-Zeile, html only base64", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.de", "auto-confirm@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Jonas Becker", "jonas.becker@example.de"),
    subject="Erfolgreiche Stornierung von „Philips Hue White & Color Ambiance E27 Starter-Set...“ aus Ihrer Amazon.de-Bestellung #028-4471935-6608312",
    html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="notice", lang="de", cause="fraud_prevention", states_reason=True, marketplace="amazon.de",
    note="Konto nach ungewöhnlicher Aktivität gesperrt, Bestellung storniert, plain 8bit", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.de", "cs-reply@amazon.de")},
    to=("Sabine Hoffmann", "sabine.hoffmann@example.de"),
    subject="Ihre Amazon.de Bestellung #304-7290318-4457120 wurde storniert",
    text="""Guten Tag,

wir haben ungewöhnliche Aktivitäten in Ihrem Amazon.de-Konto festgestellt und Ihr Konto vorsorglich vorübergehend gesperrt. Zu Ihrem Schutz haben wir die folgende Bestellung storniert:

Bestellung #304-7290318-4457120
  Apple iPhone 15 Pro, 256 GB, Titan Natur      Menge: 1   1.229,00 €
  Amazon.de Geschenkkarte (E-Mail-Versand)       Menge: 3     300,00 €

Ihr Konto wurde nicht belastet. Eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank automatisch freigegeben.

Um die Sperre aufzuheben, melden Sie sich bitte auf der Amazon.de-Website oder in der Amazon Shopping App an und folgen Sie den Anweisungen auf dem Bildschirm. Bitte antworten Sie nicht mit persönlichen Daten oder Zahlungsinformationen auf diese E-Mail – wir werden Sie niemals auffordern, uns Ihr Passwort, einen Einmal-Passcode oder Ihre vollständige Kartennummer per E-Mail zu senden.

Weitere Informationen zur Sicherheit Ihres Kontos:
https://www.amazon.de/gp/help/customer/display.html?nodeId=GNRQ5B5E5UXKS7VS

Verdächtige E-Mails, die angeblich von Amazon stammen, melden Sie bitte an stop-spoofing@amazon.de.

Mit freundlichen Grüßen
Kontospezialist
Amazon.de
""", charset="utf-8", cte="8bit"))

_t, _h = amz(H, "de", "Bestellung storniert", "305-1184620-9937254", "Guten Tag Herr Yılmaz,",
    ["wir müssen Ihnen leider mitteilen, dass wir Ihre Bestellung #305-1184620-9937254 stornieren mussten.",
     "Aufgrund eines Preisfehlers wurde der unten aufgeführte Artikel auf Amazon.de zu einem falschen Preis angezeigt (49,90 € statt 499,00 €). Wegen dieses Fehlers in der Artikelbeschreibung können wir die Bestellung nicht zum angezeigten Preis ausführen.",
     "Den bereits gezahlten Betrag von 49,90 € erstatten wir innerhalb von 3–5 Werktagen auf Ihre ursprüngliche Zahlungsart.",
     "Wir entschuldigen uns für die Unannehmlichkeiten."],
    [dict(name="De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", qty=1, price="49,90 €", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Gesamtbetrag:", "49,90 €"), ("Erstattung:", "49,90 €")],
    ["Ihre Bestellungen finden Sie unter [[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=pe_de_pe]]."],
    de_footer())
MAILS.append(dict(kind="notice", lang="de", cause="technical_issue", states_reason=True, marketplace="amazon.de",
    note="Preisfehler, html+text base64 iso-8859-15", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Emre Yılmaz", "emre.yilmaz@example.de"),
    subject="Ihre Amazon.de Bestellung #305-1184620-9937254 wurde storniert",
    text=_t.replace("ı", "i").replace("–", "-"), html=_h.replace("ı", "&#305;").replace("–", "&ndash;"), charset="iso-8859-15", cte="base64"))

_t, _h = amz(H, "de", "Bestellung storniert", "302-6603817-2219408", "Guten Tag Lukas Fischer,",
    ["Ihre Bestellung #302-6603817-2219408 wurde storniert, da die angegebene Lieferadresse nicht zugestellt werden konnte.",
     "Der Zusteller hat die Sendung als unzustellbar gemeldet (Packstation 118 existiert unter der angegebenen Postleitzahl nicht). Die Sendung ist auf dem Rückweg zu uns.",
     "Sobald der Artikel bei uns eingegangen ist, erstatten wir den Betrag auf Ihre ursprüngliche Zahlungsart. Bitte prüfen Sie Ihre gespeicherten Adressen unter [[Mein Konto|https://www.amazon.de/a/addresses?ref_=pe_de_addr]], bevor Sie erneut bestellen."],
    [dict(name="Garmin Forerunner 265 GPS-Laufuhr, Schwarz", qty=1, price="EUR 349,99", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Erstattungsbetrag:", "EUR 349,99")],
    ["Vielen Dank für Ihr Verständnis."],
    de_footer())
MAILS.append(dict(kind="notice", lang="de", cause="unknown", states_reason=True, marketplace="amazon.de",
    note="Lieferadresse unzustellbar (reason fits no category), html only windows-1252 qp", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="no-reply@amazon.de",
    to=("Lukas Fischer", "lukas.fischer@example.de"),
    subject="Ihre Bestellung bei Amazon.de wurde storniert",
    html=_h, charset="windows-1252", cte="qp"))

# ---------------- lookalikes ----------------
MAILS.append(dict(kind="lookalike", lang="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail sender, Rückrufnummer, verdächtige Zahlung",
    received=[received_other("mail-lf1-f49.google.com", "209.85.167.49")],
    **{"from": ("Amazon Kundenservice", "amazon.kundenservice.de24@gmail.com")},
    to="undisclosed-recipients:;",
    subject="Bestellung storniert – verdächtige Zahlung #302-6614-88201",
    text="""Sehr geehrter Kunde,

Ihre Amazon Bestellung #302-6614-88201 wurde aufgrund einer verdächtigen Zahlung STORNIERT.

Artikel: Samsung Galaxy S24 Ultra 512 GB
Betrag: 1.449,00 EUR
Lieferadresse: Berlin

Falls Sie diese Bestellung NICHT aufgegeben haben, wird der Betrag trotzdem innerhalb von 24 Stunden von Ihrem Konto abgebucht. Um die Abbuchung zu stoppen, rufen Sie sofort unsere Betrugsabteilung an:

   +49 30 5683 9971 (kostenlos, 24/7)

Halten Sie bitte Ihre Bestellnummer bereit. Antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Amazon.de Kundenschutz-Team
""", charset="utf-8", cte="8bit"))

_t, _h = amz("amazon.de", "de", "Konto gesperrt", "303-4418290-7761542", "Sehr geehrte Kundin, sehr geehrter Kunde,",
    ["wir haben eine ungewöhnliche Anmeldung bei Ihrem Konto von einem neuen Gerät festgestellt. Aus Sicherheitsgründen wurde Ihr Konto **vorübergehend gesperrt** und Ihre letzte Bestellung storniert.",
     "Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, bestätigen Sie bitte innerhalb von 48 Stunden Ihre Identität mit folgendem Code:",
     "**Bestätigungscode: 55-KQ-9031**",
     "[[Jetzt Konto bestätigen|https://kundenkonto-amazon-de.com/verify?code=55KQ9031]]",
     "Wenn Sie die Bestätigung nicht abschließen, wird Ihr Konto dauerhaft geschlossen."],
    [dict(name="Apple AirPods Pro (2. Generation)", qty=1, price="EUR 279,00", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Gesamt:", "EUR 279,00")], [],
    ["© 1998-2025, Amazon.com, Inc. oder Tochtergesellschaften"],
    base="https://kundenkonto-amazon-de.com", brand="Amazon.de")
MAILS.append(dict(kind="lookalike", lang="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="kyrillisches А/о im Anzeigenamen, Fremddomain, Konto gesperrt + Code",
    received=[received_other("mail.kundenkonto-amazon-de.com", "91.215.85.122")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=kundenkonto-amazon-de.com;\n\tspf=pass smtp.mailfrom=kundenkonto-amazon-de.com;\n\tdmarc=pass header.from=kundenkonto-amazon-de.com",
    **{"from": ("\u0410maz\u043en.de", "sicherheit@kundenkonto-amazon-de.com")},
    to=("", "m.koch@example.de"),
    subject="Ihr Konto wurde gesperrt – Bestellung #303-4418290-7761542 storniert",
    text=_t, html=_h, charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook.de sender, bittet um Antwort mit Kartendaten, holprig",
    received=[received_other("DEU01-BE0-obe.outbound.protection.outlook.com", "40.92.74.18")],
    **{"from": ("Amazon Zahlungsabteilung", "amazon.zahlung.service@outlook.de")},
    to=("", "petra.lange@example.de"),
    subject="AW: Ihre Bestellung wurde storniert - Zahlung fehlgeschlagen",
    text="""Hallo lieber Kunde,

Wir kontaktieren Sie wegen Ihre letzte Bestellung bei Amazon.de. Leider wurde Ihre Bestellung storniert weil die Zahlung nicht durchgegangen ist und Ihre Kartendaten sind nicht mehr aktuell.

Um die Bestellung wieder zu aktivieren und die Schließung von Ihr Konto zu vermeiden, ANTWORTEN Sie bitte auf diese E-Mail mit folgende Daten:

Name auf der Karte:
Kartennummer:
Gültig bis:
CVC (3 Ziffern hinten):
Geburtsdatum:
IBAN:

Nach Erhalt bearbeitet unser Team die Zahlung erneut und Sie bekommen kostenlosen Premiumversand als Entschuldigung.

Mit freundliche Grüße
Amazon Deutschland Zahlungsabteilung
""", charset="iso-8859-1", cte="qp", hdr_charset="iso-8859-1"))

_t, _h = amz("amazon.de", "de", "Stornierung Ihrer Bestellung", "302-48213-998812", "Guten Tag,",
    ["leider ist der folgende Artikel nicht mehr vorrätig und Ihre Bestellung wurde storniert.",
     "Um Ihre Erstattung in Höhe von 329,00 € zu erhalten, bestätigen Sie bitte Ihre Zahlungsdaten auf der sicheren Erstattungsseite: [[https://www.amazon.de/gp/css/order-history/erstattung|http://amazon.de.bestellung-pruefen.top/de/erstattung/login.php?ref=30248213998812]]",
     "Nicht abgerufene Erstattungen verfallen nach 72 Stunden."],
    [dict(name="Nintendo Switch OLED-Modell, Weiß", qty=1, price="EUR 329,00", seller="Amazon EU S.à r.l.")],
    "Stornierte Artikel", [("Erstattungsbetrag:", "EUR 329,00")],
    ["Vielen Dank für Ihren Einkauf bei Amazon.de."],
    de_footer(),
    base="http://amazon.de.bestellung-pruefen.top", brand="Amazon.de")
MAILS.append(dict(kind="lookalike", lang="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polierte Vorlagen-Kopie, Linktext amazon.de / href .top, Subdomain-Trick, Bestellnummer falsch",
    received=[received_other("srv-88412.contabo-host.net", "5.189.160.44")],
    **{"from": ("Amazon.de", "bestellbestaetigung@amazon.de.kundenservice-center.net")},
    to=("", "andreas.richter@example.de"),
    subject="Ihre Amazon.de Bestellung #302-48213-998812 wurde storniert",
    text=_t, html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="griechisches Alpha im Anzeigenamen, yahoo.de, Bestellung WIRD storniert wenn nicht bestätigt",
    received=[received_other("sonic305-20.consmr.mail.ir2.yahoo.com", "77.238.177.146")],
    **{"from": ("\u0391mazon.de Prime", "prime.kundendienst@yahoo.de")},
    to=("", "j.weber@example.de"),
    subject="Letzte Erinnerung: Ihre Bestellung wird in 24 Stunden storniert",
    html=simple_html([
        "**Amazon.de**",
        "Sehr geehrtes Mitglied,",
        "wir konnten die Zahlung für Ihre letzte Bestellung (#304-5517-209133) nicht autorisieren, da die mit Ihrer Prime-Mitgliedschaft verknüpfte Karte abgelaufen ist.",
        "Ihre Bestellung **wird in 24 Stunden storniert** und Ihre Prime-Vorteile werden ausgesetzt, wenn Sie Ihre Zahlungsdaten nicht sofort aktualisieren.",
        "[[Zahlungsmethode aktualisieren|https://tinyurl.com/amzn-de-zahlung]]",
        "Mit freundlichen Grüßen\nIhr Amazon Prime Team"], "Amazon.de"),
    charset="iso-8859-1", cte="qp", hdr_charset="iso-8859-1"))

MAILS.append(dict(kind="lookalike", lang="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n-Domain, keine Bestellnummer, 'Systemfehler', Reaktivierungslink",
    received=[received_other("mta1.amaz0n-kundenservice.de", "45.88.97.210")],
    **{"from": ("Amazon", "service@amaz0n-kundenservice.de")},
    to=("", "nina.wolf@example.de"),
    subject="Ihre letzte Bestellung wurde aufgrund eines Systemfehlers storniert",
    html=simple_html([
        "<img src=\"https://amaz0n-kundenservice.de/img/logo.png\" alt=\"amazon.de\" width=\"110\">",
        "Hallo,",
        "aufgrund eines Systemfehlers bei einem kürzlichen Update konnte Ihre letzte Bestellung nicht verarbeitet werden und wurde automatisch storniert.",
        "Um Ihre Bestellung zum ursprünglichen Preis zu reaktivieren, melden Sie sich bitte an und bestätigen Sie Ihre Kontodaten:",
        "[[Bestellung reaktivieren|https://amaz0n-kundenservice.de/anmelden/reaktivieren?ref=sys]]",
        "Der Link ist 12 Stunden gültig.",
        "Amazon.de | Datenschutzerklärung | AGB"], "Amazon.de"),
    charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="de", cause="customer_request", states_reason=True, marketplace=None,
    note="gefälschter From order-update@amazon.de, dmarc=fail, Reply-To gmx, Rückrufnummer",
    received=[received_other("vmi1882041.contaboserver.net", "161.97.88.203")],
    auth="mx.mailhost.example;\n\tdkim=none (message not signed);\n\tspf=softfail (mailhost.example: domain of transitioning order-update@amazon.de does not designate 161.97.88.203 as permitted sender) smtp.mailfrom=order-update@amazon.de;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=amazon.de",
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="amazon-erstattung@gmx.de",
    to=("", "frank.schulz@example.de"),
    subject="Stornierung bestätigt: Bestellung #302-9917346-0038215",
    text="""Guten Tag,

wie von Ihnen beantragt, wurde Ihre Bestellung #302-9917346-0038215 storniert.

Stornierungsgrund: Vom Kunden storniert
Artikel: LG OLED65C47LA 164 cm (65 Zoll) OLED TV
Erstattungsbetrag: 1.799,00 €

Die Erstattung wird innerhalb von 30 Minuten auf Ihr hinterlegtes Bankkonto überwiesen.

Wenn Sie diese Stornierung NICHT beantragt haben oder die Bestellung nicht kennen, rufen Sie bitte umgehend den Amazon Kundenservice unter 0800 589 3310 an, um Ihr Konto zu sichern.

Ihr Amazon.de Team
""", charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="de", cause="unknown", states_reason=False, marketplace=None,
    note="plump, maschinelles Deutsch, Großbuchstaben, Gebühr per Geschenkkarte",
    received=[received_other("mailer-x7q.click", "193.42.33.87")],
    **{"from": ("AMAZON DEUTSCHLAND", "info@mailer-x7q.click")},
    to=("", "kunde@example.de"),
    subject="WICHTIG!!! IHRE AMAZON BESTELLUNG IST STORNIERT",
    text="""ACHTUNG AMAZON KUNDE !!!

IHRE BESTELLUNG NR: AMZ-DE-44192 IST STORNIERT WORDEN

UM DIE BESTELLUNG WIEDER ZU AKTIVIEREN UND EINE STRAFE VON 250 EURO ZU VERMEIDEN MÜSSEN SIE EINE BEARBEITUNGSGEBÜHR VON 50 EURO MIT AMAZON GUTSCHEINKARTE BEZAHLEN.

SCHICKEN SIE DEN GUTSCHEINCODE AN DIESE E-MAIL INNERHALB 24 STUNDEN.

SONST WERDEN RECHTLICHE SCHRITTE EINGELEITET.

AMAZON SICHERHEITSABTEILUNG
""", charset="iso-8859-1", cte="8bit", hdr_charset="iso-8859-1"))

# ---------------- non-notices ----------------
MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Zalando-Stornierung, bezahlt mit Amazon Pay",
    received=[received_other("mail-out-21.zalando.net", "185.85.72.21")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=zalando.de;\n\tspf=pass smtp.mailfrom=zalando.de;\n\tdmarc=pass header.from=zalando.de",
    **{"from": ("Zalando", "info@service-mail.zalando.de")},
    to=("Lea Hartmann", "lea.hartmann@example.de"),
    subject="Deine Bestellung 10105938821457 wurde storniert",
    text="""Hallo Lea,

leider müssen wir dir mitteilen, dass wir deine Bestellung 10105938821457 stornieren mussten. Der folgende Artikel ist nicht mehr verfügbar:

  Nike Sportswear AIR MAX 90 - Sneaker low - white/black, Größe 39
  129,95 €

Du hast mit Amazon Pay bezahlt. Der Betrag von 129,95 € wird innerhalb der nächsten Tage auf dein Amazon Pay-Konto bzw. die dort hinterlegte Zahlungsart zurückgebucht. Du musst nichts weiter tun.

Ähnliche Artikel findest du hier: https://www.zalando.de/herren-schuhe-sneaker/

Wir entschuldigen uns für die Unannehmlichkeiten.

Dein Zalando Team

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin
Zalando fragt dich niemals per E-Mail nach Passwörtern oder Zahlungsdaten.
""", html=simple_html([
        "Hallo Lea,",
        "leider müssen wir dir mitteilen, dass wir deine Bestellung **10105938821457** stornieren mussten. Der folgende Artikel ist nicht mehr verfügbar:",
        "Nike Sportswear AIR MAX 90 - Sneaker low - white/black, Größe 39 – 129,95 €",
        "Du hast mit **Amazon Pay** bezahlt. Der Betrag von 129,95 € wird innerhalb der nächsten Tage auf dein Amazon Pay-Konto zurückgebucht.",
        "[[Ähnliche Artikel ansehen|https://www.zalando.de/herren-schuhe-sneaker/]]",
        "Dein Zalando Team", "Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin"], "Zalando"),
    charset="utf-8", cte="qp"))

MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Kollege schreibt, dass er seine Amazon-Bestellung storniert hat",
    received=[received_other("mout.gmx.net", "212.227.17.21")],
    **{"from": ("Markus Braun", "markus.braun@example-firma.de")},
    to=("Stefan", "stefan.krueger@example-firma.de"),
    subject="Re: Bürostuhl fürs Homeoffice",
    text="""Hi Stefan,

danke für den Tipp mit dem Bürostuhl aus dem Lager! Ich habe meine Amazon-Bestellung für den Sihoo-Stuhl gerade storniert, war zum Glück noch nicht versandt. Das Geld sollte in ein paar Tagen wieder auf der Karte sein.

Kann ich den Stuhl am Donnerstag abholen? Ich bin ab 14 Uhr im Büro.

Viele Grüße
Markus

-- 
Markus Braun | IT-Administration
Example Firma GmbH, Hamburg
""", charset="iso-8859-15", cte="qp", hdr_charset="iso-8859-15"))

MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Newsletter Phishing-Radar zitiert gefälschten Storno-Betreff",
    received=[received_other("mail.newsletter-versand.example", "217.160.0.44")],
    **{"from": ("Phishing-Radar", "newsletter@verbraucherschutz-aktuell.example")},
    to=("", "leser@example.de"),
    subject="Phishing-Radar: Falsche Amazon-Stornierungen im Umlauf",
    extra=[("List-Unsubscribe", "<https://verbraucherschutz-aktuell.example/abmelden?id=55120>")],
    html=simple_html([
        "**Phishing-Radar – Ausgabe 19/2025**",
        "Aktuell landen wieder vermehrt betrügerische E-Mails im Posteingang, die angeblich von Amazon stammen. Der Betreff lautet zum Beispiel:",
        "„Ihre Amazon Bestellung #302-0000000-0000000 wurde storniert – verdächtige Zahlung“",
        "In der Nachricht wird behauptet, eine teure Bestellung sei storniert worden; wer die Abbuchung verhindern wolle, solle eine Telefonnummer anrufen oder seine Kartendaten auf einer verlinkten Seite bestätigen.",
        "**So schützen Sie sich:**\n– Prüfen Sie Bestellungen immer direkt in der Amazon-App oder auf der Website.\n– Achten Sie auf die tatsächliche Absenderadresse.\n– Amazon fordert niemals Zahlungen per Gutscheinkarte.",
        "Verdächtige Mails an Amazon können Sie an stop-spoofing@amazon.de weiterleiten.",
        "[[Newsletter abbestellen|https://verbraucherschutz-aktuell.example/abmelden?id=55120]]"], "Phishing-Radar"),
    charset="utf-8", cte="8bit"))

_t, _h = amz(H, "de", "Liefertermin abgesagt", "303-2250917-8816403", "Guten Tag Herr Neumann,",
    ["leider müssen wir den vereinbarten Liefertermin für Ihre Großgerätelieferung am Dienstag, 10. Juni, zwischen 8:00 und 12:00 Uhr absagen. Unser Speditionspartner kann den Termin aus betrieblichen Gründen nicht einhalten.",
     "**Ihre Bestellung bleibt bestehen.** Bitte wählen Sie einen neuen Liefertermin aus: [[Neuen Termin wählen|https://www.amazon.de/progress-tracker/package/reschedule?orderId=303-2250917-8816403]]",
     "Falls Sie die Montage und Altgerätemitnahme gebucht haben, wird diese auf den neuen Termin übertragen."],
    [dict(name="Bosch WGG244A40 Serie 6 Waschmaschine, 9 kg, 1400 U/min", qty=1, price=None, seller="Amazon EU S.à r.l.")],
    "Betroffene Artikel", None, ["Vielen Dank für Ihr Verständnis."], de_footer())
MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace="amazon.de",
    note="Liefertermin (Spedition) abgesagt, Bestellung bleibt bestehen", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.de", "versandbestaetigung@amazon.de")},
    to=("Peter Neumann", "peter.neumann@example.de"),
    subject="Ihr Liefertermin wurde abgesagt – bitte neuen Termin wählen",
    text=_t, html=_h, charset="utf-8", cte="qp"))

_t, _h = amz(H, "de", "Prime-Mitgliedschaft beendet", None, "Guten Tag Anna Schmitt,",
    ["wie gewünscht haben wir Ihre Amazon Prime-Mitgliedschaft gekündigt. Sie können Ihre Prime-Vorteile noch bis zum Ende des aktuellen Abrechnungszeitraums am 14. August 2025 nutzen.",
     "Danach wird Ihre Mitgliedschaft nicht verlängert und Ihnen werden keine weiteren Gebühren berechnet. Ihre Bestellungen sind davon nicht betroffen.",
     "Sie möchten doch weiter Prime nutzen? Unter [[Prime verwalten|https://www.amazon.de/gp/primecentral]] können Sie Ihre Mitgliedschaft jederzeit fortsetzen."],
    None, None, None, ["Ihr Amazon Prime Team"], de_footer(), brand="Amazon.de")
MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace="amazon.de",
    note="Prime-Mitgliedschaft gekündigt", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon Prime", "prime@amazon.de")},
    to=("Anna Schmitt", "anna.schmitt@example.de"),
    subject="Bestätigung: Ihre Amazon Prime-Mitgliedschaft wurde gekündigt",
    html=_h, charset="iso-8859-15", cte="base64", hdr_charset="iso-8859-15"))

MAILS.append(dict(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace="amazon.de",
    note="echte Zahlungserinnerung vor Stornierung", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.de", "payments-update@amazon.de")},
    to=("Claudia Zimmermann", "claudia.zimmermann@example.de"),
    subject="Handlungsbedarf: Zahlungsinformationen für Bestellung #302-7718204-3390115 aktualisieren",
    text="""Amazon.de
Mein Konto: https://www.amazon.de/gp/css/homepage.html

Guten Tag Frau Zimmermann,

bei der Zahlung für Ihre Bestellung #302-7718204-3390115 ist ein Problem aufgetreten. Die ausstellende Bank hat die Belastung Ihrer Visa-Karte mit der Endung 7720 nicht autorisiert.

Damit wir Ihre Bestellung ausführen können, aktualisieren Sie bitte bis zum 22. März Ihre Zahlungsinformationen. Sollten wir bis dahin keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert.

Zahlungsinformationen aktualisieren:
https://www.amazon.de/gp/css/order-history?orderFilter=payment-revision

Bestelldetails:
  Dyson V15 Detect Absolute Akku-Staubsauger      699,00 €
  Voraussichtliche Lieferung: 25. - 27. März

Die Bestellung wird erst versandt, wenn die Zahlung bestätigt ist.

Mit freundlichen Grüßen
Amazon.de

----------------------------------------------------------------------
Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Kartendaten fragen. Verdächtige E-Mails melden Sie bitte an stop-spoofing@amazon.de.

Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann.
""", charset="utf-8", cte="base64"))

# ==========================================================================
# DUTCH (amazon.nl, amazon.com.be)
# ==========================================================================

def nl_footer(host, brand, extra=None):
    f = [
        "Let op: %s zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, eenmalige codes, bankgegevens of volledige creditcardnummer, en zal je nooit vragen om met cadeaubonnen te betalen." % brand,
        "Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? Meld deze via stop-spoofing@%s. Meer informatie: [[Verdachte e-mails herkennen|https://www.%s/gp/help/customer/display.html?nodeId=GDX27KBSRXV2GYAB]]" % (host, host),
        "Is je kaartnummer of de vervaldatum van je kaart gewijzigd? Werk deze dan bij via [[Mijn account > Je betalingen|https://www.%s/cpe/yourpayments/wallet]]." % host,
    ]
    if extra:
        f += extra
    f += ["Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxembourg B 101818.",
          "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. Beantwoord dit bericht niet."]
    return f

# ---------------- notices ----------------
H = "amazon.nl"
_t, _h = amz(H, "nl", "Artikel geannuleerd", "403-7716204-5583129", "Hallo Sanne,",
    ["Helaas moeten we je laten weten dat we het volgende artikel uit je bestelling hebben geannuleerd. Het artikel is niet meer op voorraad en we kunnen het niet meer bij onze leveranciers verkrijgen.",
     "Als er al een bedrag is afgeschreven, storten we dit terug via je oorspronkelijke betaalmethode. De overige artikelen in je bestelling worden zoals gepland verzonden.",
     "Je kunt de status van je bestelling bekijken in [[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=pe_nl_cxl]]."],
    [dict(name="Philips Sonicare DiamondClean 9000 elektrische tandenborstel, zwart", qty=1, price="€ 189,99", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Terugbetaling:", "€ 189,99")],
    ["Onze excuses voor het ongemak.", "Hulp nodig? Ga naar de [[Klantenservice|https://www.amazon.nl/gp/help/customer/display.html]]."],
    nl_footer(H, "Amazon.nl"))
MAILS.append(dict(kind="notice", lang="nl", cause="inventory_shortage", states_reason=True, marketplace="amazon.nl",
    note="niet meer op voorraad, gedeeltelijke annulering, html+text", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to=("Sanne de Vries", "sanne.devries@example.nl"),
    subject="Artikel geannuleerd uit je Amazon.nl-bestelling #403-7716204-5583129",
    text=_t, html=_h, charset="utf-8", cte="qp"))

MAILS.append(dict(kind="notice", lang="nl", cause="payment_issue", states_reason=True, marketplace="amazon.com.be",
    note="betaalkaart verlopen, betaling niet verwerkt, plain windows-1252 qp", ses=True,
    received=[received_ses("amazon.com.be")],
    **{"from": ("Amazon.com.be", "payments-messages@amazon.com.be")},
    to=("Pieter Janssens", "pieter.janssens@example.be"),
    subject="Je Amazon.com.be-bestelling #407-2280913-6645170 is geannuleerd",
    text="""Amazon.com.be
Mijn account: https://www.amazon.com.be/nl/gp/css/homepage.html

Hallo Pieter,

We konden de betaling voor je bestelling #407-2280913-6645170 niet verwerken: de Visa-kaart die eindigt op 5812 is verlopen.

Op 4 april hebben we je gevraagd om je betaalgegevens bij te werken. Omdat we binnen de gestelde termijn geen geldige betaalmethode hebben ontvangen, is je bestelling geannuleerd.

Geannuleerde artikelen:
  1 x Delonghi Dedica Style EC685.M espressomachine      € 179,00
  1 x Amazon Basics melkopschuimkan, 350 ml               € 12,49

Er is niets van je rekening afgeschreven.

Wil je deze artikelen nog steeds? Je kunt op elk moment een nieuwe bestelling plaatsen.

Is je kaart verlopen of is je kaartnummer gewijzigd? Werk je gegevens bij via Mijn account > Je betalingen:
https://www.amazon.com.be/nl/cpe/yourpayments/wallet

Met vriendelijke groet,
Klantenservice Amazon.com.be

----------------------------------------------------------------------
Amazon.com.be zal je nooit per e-mail vragen om je wachtwoord, bankgegevens of creditcardnummer te bevestigen. Beantwoord nooit een e-mail waarin om deze gegevens wordt gevraagd. Verdachte e-mails kun je melden via stop-spoofing@amazon.com.be.

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen.
""", charset="windows-1252", cte="qp"))

_t, _h = amz(H, "nl", "Annulering bevestigd", "402-5528730-1194466", "Hallo Daan,",
    ["Je annulering is gelukt. Zoals je hebt gevraagd, hebben we de volgende artikelen uit je bestelling geannuleerd.",
     "**Reden annulering: geannuleerd door klant**",
     "Als er al een bedrag is afgeschreven, ontvang je een terugbetaling via je oorspronkelijke betaalmethode. Dit duurt meestal 3 tot 5 werkdagen."],
    [dict(name="Lego Technic 42151 Bugatti Bolide", qty=1, price="€ 44,99", seller="Amazon EU S.à r.l."),
     dict(name="JBL Flip 6 draagbare bluetooth-speaker, blauw", qty=1, price="€ 99,00", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Totale terugbetaling:", "€ 143,99")],
    ["Je bestellingen bekijken? Ga naar [[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=pe_nl_cc]].", "Bedankt voor het winkelen bij Amazon.nl."],
    nl_footer(H, "Amazon.nl"))
MAILS.append(dict(kind="notice", lang="nl", cause="customer_request", states_reason=True, marketplace="amazon.nl",
    note="annulering op verzoek van klant, reden-regel, html only base64", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.nl", "auto-confirm@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to=("Daan Bakker", "daan.bakker@example.nl"),
    subject="Annulering gelukt: \"Lego Technic 42151 Bugatti Bolide\" en 1 ander artikel uit je Amazon.nl-bestelling #402-5528730-1194466",
    html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="notice", lang="nl", cause="fraud_prevention", states_reason=True, marketplace="amazon.nl",
    note="ongebruikelijke activiteit, account in de wacht, bestelling geannuleerd, plain 8bit", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.nl", "cs-reply@amazon.nl")},
    to=("Fleur Visser", "fleur.visser@example.nl"),
    subject="Je Amazon.nl-bestelling #404-1193857-2760318 is geannuleerd",
    text="""Hallo,

We hebben ongebruikelijke activiteit op je Amazon.nl-account opgemerkt en je account uit voorzorg tijdelijk in de wacht gezet. Om je te beschermen hebben we de volgende bestelling geannuleerd:

Bestelling #404-1193857-2760318
  Apple MacBook Air 13" M3, 16 GB, 512 GB – middernacht    Aantal: 1   € 1.549,00
  Amazon.nl cadeaubon per e-mail                          Aantal: 2   € 200,00

Er is niets van je rekening afgeschreven. Een eventuele reservering op je kaart wordt automatisch door je bank vrijgegeven.

Om de blokkering op te heffen, log je in op de website van Amazon.nl of in de Amazon Shopping-app en volg je de instructies op het scherm. Stuur ons geen persoonlijke gegevens of betaalgegevens als antwoord op deze e-mail – we vragen je nooit om je wachtwoord, een eenmalige code of je volledige kaartnummer per e-mail.

Meer informatie over de beveiliging van je account:
https://www.amazon.nl/gp/help/customer/display.html?nodeId=GNRQ5B5E5UXKS7VS

Verdachte e-mails die van Amazon lijken te komen, kun je melden via stop-spoofing@amazon.nl.

Met vriendelijke groet,
Accountspecialist
Amazon.nl
""", charset="utf-8", cte="8bit"))

_t, _h = amz("amazon.com.be", "nl", "Bestelling geannuleerd", "407-6604182-3319257", "Hallo Lotte,",
    ["Het spijt ons je te moeten melden dat we je bestelling #407-6604182-3319257 hebben geannuleerd.",
     "Door een fout in ons systeem werd het onderstaande artikel op Amazon.com.be met een onjuiste prijs weergegeven (€ 24,99 in plaats van € 249,99). Vanwege deze prijsfout kunnen we je bestelling niet tegen de getoonde prijs uitvoeren.",
     "Het betaalde bedrag van € 24,99 storten we binnen 3 tot 5 werkdagen terug via je oorspronkelijke betaalmethode.",
     "Onze excuses voor het ongemak."],
    [dict(name="Sonos Era 100 slimme luidspreker, zwart", qty=1, price="€ 24,99", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Totaal:", "€ 24,99"), ("Terugbetaling:", "€ 24,99")],
    ["Je bestellingen vind je in [[Mijn bestellingen|https://www.amazon.com.be/nl/gp/css/order-history?ref_=pe_be_pe]]."],
    nl_footer("amazon.com.be", "Amazon.com.be"), brand="Amazon.com.be")
MAILS.append(dict(kind="notice", lang="nl", cause="technical_issue", states_reason=True, marketplace="amazon.com.be",
    note="prijsfout, html+text base64", ses=True,
    received=[received_ses("amazon.com.be")], auth=auth_pass("amazon.com.be"),
    **{"from": ("Amazon.com.be", "order-update@amazon.com.be")}, reply_to="no-reply@amazon.com.be",
    to=("Lotte Peeters", "lotte.peeters@example.be"),
    subject="Je Amazon.com.be-bestelling #407-6604182-3319257 is geannuleerd",
    text=_t, html=_h, charset="utf-8", cte="base64"))

_t, _h = amz(H, "nl", "Bestelling geannuleerd", "403-3387120-9946015", "Hallo Bram,",
    ["Je bestelling #403-3387120-9946015 is geannuleerd. Onze excuses voor het eventuele ongemak.",
     "Als er al een bedrag is afgeschreven, wordt dit teruggestort via je oorspronkelijke betaalmethode. Het kan 5 tot 7 werkdagen duren voordat de terugbetaling zichtbaar is."],
    [dict(name="Tefal Ingenio Preference pannenset, 13-delig", qty=1, price="€ 129,99", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Totaal:", "€ 129,99")],
    ["Bekijk de details in [[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=pe_nl_info]]."],
    nl_footer(H, "Amazon.nl"))
MAILS.append(dict(kind="notice", lang="nl", cause="unknown", states_reason=False, marketplace="amazon.nl",
    note="annulering zonder reden, html only qp windows-1252", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to=("Bram Mulder", "bram.mulder@example.nl"),
    subject="Informatie over je Amazon.nl-bestelling #403-3387120-9946015",
    html=_h, charset="windows-1252", cte="qp"))

# ---------------- lookalikes ----------------
MAILS.append(dict(kind="lookalike", lang="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail-afzender, terugbelnummer, ongeldig bestelnummer",
    received=[received_other("mail-ej1-f52.google.com", "209.85.218.52")],
    **{"from": ("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com")},
    to="undisclosed-recipients:;",
    subject="Bestelling geannuleerd - verdachte betaling #402-8815-30972",
    text="""Beste klant,

Je Amazon-bestelling #402-8815-30972 is GEANNULEERD vanwege een verdachte betaling.

Artikel: Apple iPhone 16 Pro Max 256 GB
Bedrag: € 1.479,00
Bezorgadres: Rotterdam

Heb je deze bestelling NIET geplaatst? Dan wordt het bedrag binnen 24 uur alsnog afgeschreven. Bel direct onze fraudeafdeling om de afschrijving te stoppen:

   +31 20 808 4172 (gratis, 24/7)

Houd je bestelnummer bij de hand. Reageer niet op deze e-mail.

Met vriendelijke groet,
Amazon.nl Klantbescherming
""", charset="utf-8", cte="qp"))

_t, _h = amz("amazon.nl", "nl", "Account opgeschort", "404-6620183-1147290", "Beste klant,",
    ["We hebben een ongebruikelijke aanmelding op je account vanaf een nieuw apparaat gedetecteerd. Uit veiligheidsoverwegingen is je account **tijdelijk opgeschort** en is je laatste bestelling geannuleerd.",
     "Om je account te herstellen en de bestelling te heractiveren, bevestig je binnen 48 uur je identiteit met de onderstaande code:",
     "**Verificatiecode: 73-PX-1184**",
     "[[Account nu bevestigen|https://amazon-orders.help/nl/verify?code=73PX1184]]",
     "Als je de verificatie niet voltooit, wordt je account definitief gesloten."],
    [dict(name="Dyson Airwrap Complete Long", qty=1, price="€ 549,00", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Totaal:", "€ 549,00")], [],
    ["© 1996-2025, Amazon.com, Inc. of gelieerde ondernemingen"],
    base="https://amazon-orders.help/nl", brand="Amazon.nl")
MAILS.append(dict(kind="lookalike", lang="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Cyrillische a/o in weergavenaam, amazon-orders.help, account opgeschort + code",
    received=[received_other("mail.amazon-orders.help", "185.225.69.14")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=amazon-orders.help;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass header.from=amazon-orders.help",
    **{"from": ("Am\u0430z\u043en.nl", "beveiliging@amazon-orders.help")},
    to=("", "r.smit@example.nl"),
    subject="Je account is opgeschort - bestelling #404-6620183-1147290 geannuleerd",
    text=_t, html=_h, charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="hotmail-afzender, vraagt kaartgegevens per antwoord, slordig",
    received=[received_other("NLD01-AM0-obe.outbound.protection.outlook.com", "40.92.65.31")],
    **{"from": ("Amazon Betalingen", "amazon.betalingen.nl@hotmail.com")},
    to=("", "ingrid.dejong@example.nl"),
    subject="RE: Je bestelling is geannuleerd - betaling mislukt",
    text="""Beste Klant

Wij nemen contact met u op over uw laatste bestelling bij Amazon.nl. Helaas uw bestelling is geannuleerd omdat de betaling is niet gelukt en uw kaart gegevens zijn niet meer geldig.

Om de bestelling weer te activeren en sluiting van uw account te voorkomen, ANTWOORD op deze e-mail met de volgende gegevens:

Naam op kaart:
Kaartnummer:
Vervaldatum:
CVC code (achterkant):
Geboortedatum:
IBAN:

Na ontvangst onze team verwerkt de betaling opnieuw en u krijgt gratis verzending als excuus.

Met vriendelijke groeten
Amazon Nederland Betalingsafdeling
""", charset="windows-1252", cte="8bit"))

_t, _h = amz("amazon.com.be", "nl", "Annulering van je bestelling", "407-99213-55018", "Hallo,",
    ["Helaas is het onderstaande artikel niet meer op voorraad en is je bestelling geannuleerd.",
     "Om je terugbetaling van € 219,00 te ontvangen, bevestig je je betaalgegevens op de beveiligde terugbetalingspagina: [[https://www.amazon.com.be/nl/gp/css/order-history/terugbetaling|http://amazon.com.be.terugbetaling-check.xyz/nl/login.php?ref=40799213]]",
     "Terugbetalingen die niet binnen 72 uur worden geclaimd, vervallen."],
    [dict(name="Apple Watch SE (2e generatie) GPS 44 mm", qty=1, price="€ 219,00", seller="Amazon EU S.à r.l.")],
    "Geannuleerde artikelen", [("Terugbetaling:", "€ 219,00")],
    ["Bedankt voor het winkelen bij Amazon.com.be."],
    nl_footer("amazon.com.be", "Amazon.com.be"),
    base="http://amazon.com.be.terugbetaling-check.xyz", brand="Amazon.com.be")
MAILS.append(dict(kind="lookalike", lang="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="gepolijste sjabloonkopie, linktekst amazon.com.be / href .xyz, subdomein-truc, fout bestelnummer",
    received=[received_other("srv-33109.vps-hosting.example", "185.246.84.12")],
    **{"from": ("Amazon.com.be", "auto-confirm@amazon.com.be.klantenservice-center.net")},
    to=("", "wouter.claes@example.be"),
    subject="Je Amazon.com.be-bestelling #407-99213-55018 is geannuleerd",
    text=_t, html=_h, charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="Griekse Alpha/omicron in weergavenaam, yahoo, bestelling WORDT geannuleerd tenzij bevestigd",
    received=[received_other("sonic317-33.consmr.mail.ir2.yahoo.com", "77.238.178.99")],
    **{"from": ("\u0391maz\u03bfn.nl Prime", "prime.ledenservice@yahoo.com")},
    to=("", "m.vandijk@example.nl"),
    subject="Laatste herinnering: je bestelling wordt binnen 24 uur geannuleerd",
    html=simple_html([
        "**Amazon.nl**",
        "Beste lid,",
        "We konden de betaling voor je laatste bestelling (#403-2281-449016) niet autoriseren, omdat de kaart die aan je Prime-lidmaatschap is gekoppeld is verlopen.",
        "Je bestelling **wordt binnen 24 uur geannuleerd** en je Prime-voordelen worden opgeschort als je je betaalgegevens niet direct bijwerkt.",
        "[[Betaalmethode bijwerken|https://rb.gy/amznl-betaal]]",
        "Met vriendelijke groet,\nHet Amazon Prime-team"], "Amazon.nl"),
    charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="nl", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n-domein, geen bestelnummer, 'systeemfout', reactivatielink",
    received=[received_other("mta2.amaz0n-service.nl", "45.88.97.211")],
    **{"from": ("Amazon", "klantenservice@amaz0n-service.nl")},
    to=("", "tim.hendriks@example.nl"),
    subject="Je recente bestelling is geannuleerd door een systeemfout",
    html=simple_html([
        "<img src=\"https://amaz0n-service.nl/img/logo.png\" alt=\"amazon.nl\" width=\"110\">",
        "Hallo,",
        "Door een systeemfout tijdens een recente update kon je laatste bestelling niet worden verwerkt en is deze automatisch geannuleerd.",
        "Om je bestelling tegen de oorspronkelijke prijs te heractiveren, log je in en bevestig je je accountgegevens:",
        "[[Bestelling heractiveren|https://amaz0n-service.nl/inloggen/heractiveren?ref=sys]]",
        "Deze link is 12 uur geldig.",
        "Amazon.nl | Privacyverklaring | Gebruiksvoorwaarden"], "Amazon.nl"),
    charset="utf-8", cte="base64"))

MAILS.append(dict(kind="lookalike", lang="nl", cause="customer_request", states_reason=True, marketplace=None,
    note="vervalste From auto-confirm@amazon.nl, dmarc=fail, Reply-To gmail, terugbelnummer",
    received=[received_other("vmi2207713.contaboserver.net", "161.97.145.77")],
    auth="mx.mailhost.example;\n\tdkim=none (message not signed);\n\tspf=fail (mailhost.example: domain of auto-confirm@amazon.nl does not designate 161.97.145.77 as permitted sender) smtp.mailfrom=auto-confirm@amazon.nl;\n\tdmarc=fail (p=REJECT sp=REJECT dis=NONE) header.from=amazon.nl",
    **{"from": ("Amazon.nl", "auto-confirm@amazon.nl")}, reply_to="amazon.terugbetaling.nl@gmail.com",
    to=("", "kevin.bos@example.nl"),
    subject="Annulering gelukt: bestelling #402-4419027-8853160",
    text="""Hallo,

Zoals gevraagd is je bestelling #402-4419027-8853160 geannuleerd.

Reden annulering: geannuleerd door klant
Artikel: Samsung QE65S95D 65 inch OLED tv
Terugbetaling: € 2.199,00

De terugbetaling wordt binnen 30 minuten naar je bankrekening overgemaakt.

Heb je deze annulering NIET aangevraagd of herken je deze bestelling niet? Bel dan direct de Amazon klantenservice op 085 208 4419 om je account te beveiligen.

Het Amazon.nl-team
""", charset="utf-8", cte="qp"))

MAILS.append(dict(kind="lookalike", lang="nl", cause="unknown", states_reason=False, marketplace=None,
    note="grof, hoofdletters, nep-ID, 'boete' via cadeaukaart",
    received=[received_other("mailer-q2z.click", "193.42.33.90")],
    **{"from": ("AMAZON NEDERLAND", "info@mailer-q2z.click")},
    to=("", "klant@example.nl"),
    subject="BELANGRIJK!!! UW AMAZON BESTELLING IS GEANNULEERD",
    text="""LET OP AMAZON KLANT !!!

UW BESTELLING NR: AMZ-NL-30917 IS GEANNULEERD

OM DE BESTELLING TE HERACTIVEREN EN EEN BOETE VAN 250 EURO TE VOORKOMEN MOET U 50 EURO ADMINISTRATIEKOSTEN BETALEN MET EEN AMAZON CADEAUKAART.

STUUR DE CADEAUKAART CODE BINNEN 24 UUR NAAR DIT E-MAILADRES.

ANDERS WORDEN ER JURIDISCHE STAPPEN ONDERNOMEN.

AMAZON BEVEILIGINGSAFDELING
""", charset="us-ascii", cte="7bit"))

# ---------------- non-notices ----------------
MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="bol.com-annulering; artikel is een Amazon Fire TV Stick",
    received=[received_other("mail-out.bol.com", "185.14.168.30")],
    auth="mx.mailhost.example;\n\tdkim=pass header.d=bol.com;\n\tspf=pass smtp.mailfrom=bol.com;\n\tdmarc=pass header.from=bol.com",
    **{"from": ("bol", "klantenservice@bol.com")},
    to=("Jeroen van Leeuwen", "jeroen.vanleeuwen@example.nl"),
    subject="Je bestelling 1207849315 is geannuleerd",
    text="""Hoi Jeroen,

Helaas heeft onze partner je bestelling niet kunnen leveren. We hebben het volgende artikel daarom geannuleerd:

  Amazon Fire TV Stick 4K Max (2e generatie) met Alexa-spraakafstandsbediening
  Verkoper: MediaDeals BV
  € 69,99

Je hebt al betaald met iDEAL. We storten € 69,99 binnen 3 werkdagen terug op je rekening.

Bekijk vergelijkbare artikelen: https://www.bol.com/nl/nl/s/?searchtext=fire+tv+stick

Groetjes,
bol

bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht
bol vraagt je nooit om per e-mail je inloggegevens of betaalgegevens door te geven.
""", html=simple_html([
        "Hoi Jeroen,",
        "Helaas heeft onze partner je bestelling niet kunnen leveren. We hebben het volgende artikel daarom geannuleerd:",
        "**Amazon Fire TV Stick 4K Max (2e generatie) met Alexa-spraakafstandsbediening**\nVerkoper: MediaDeals BV\n€ 69,99",
        "Je hebt al betaald met iDEAL. We storten € 69,99 binnen 3 werkdagen terug op je rekening.",
        "[[Bekijk vergelijkbare artikelen|https://www.bol.com/nl/nl/s/?searchtext=fire+tv+stick]]",
        "Groetjes,\nbol"], "bol"),
    charset="utf-8", cte="base64"))

MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="vriendin meldt dat ze haar Amazon-bestelling heeft geannuleerd",
    received=[received_other("smtp.ziggo.nl", "212.54.42.130")],
    **{"from": ("Eva Kuipers", "eva.kuipers@example-ziggo.nl")},
    to=("Marloes", "marloes.smits@example.nl"),
    subject="Re: cadeau voor Noor",
    text="""Hoi Marloes,

Goed idee om samen iets te geven! Ik heb mijn Amazon-bestelling voor die puzzel net geannuleerd, hij was gelukkig nog niet verzonden. Het geld staat over een paar dagen weer op mijn rekening.

Zullen we zaterdag samen naar de stad gaan om iets uit te zoeken?

Liefs,
Eva
""", charset="windows-1252", cte="qp"))

MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="nieuwsbrief over phishing citeert nep-onderwerp",
    received=[received_other("mail.veiligonline-nieuwsbrief.example", "37.97.254.27")],
    **{"from": ("VeiligOnline Nieuwsbrief", "nieuwsbrief@veiligonline.example")},
    to=("", "lezer@example.nl"),
    subject="Pas op voor nepmails: 'Je Amazon-bestelling is geannuleerd'",
    extra=[("List-Unsubscribe", "<https://veiligonline.example/afmelden?id=7781>")],
    html=simple_html([
        "**VeiligOnline – week 23**",
        "De afgelopen weken kregen we veel meldingen van valse e-mails met onderwerpen als:",
        "'Je Amazon.nl-bestelling #402-0000000-0000000 is geannuleerd'",
        "In de mail staat dat een dure bestelling is geannuleerd en dat je moet bellen of je betaalgegevens moet bevestigen om je geld terug te krijgen. Dat is oplichting.",
        "**Tips:**\n- Controleer je bestellingen altijd zelf in de Amazon-app of op de website.\n- Kijk naar het echte afzenderadres, niet alleen naar de naam.\n- Bel nooit een nummer uit zo'n e-mail.",
        "Verdachte Amazon-mails kun je doorsturen naar stop-spoofing@amazon.nl.",
        "[[Afmelden|https://veiligonline.example/afmelden?id=7781]]"], "VeiligOnline"),
    charset="utf-8", cte="qp"))

_t, _h = amz(H, "nl", "Bezorgmoment geannuleerd", "403-8802716-4471953", "Hallo Thijs,",
    ["Helaas moeten we het afgesproken bezorgmoment voor je grote pakket op donderdag 12 juni tussen 13:00 en 17:00 uur annuleren. Onze bezorgpartner kan dit tijdvak niet nakomen.",
     "**Je bestelling blijft gewoon staan.** Kies een nieuw bezorgmoment: [[Nieuw bezorgmoment kiezen|https://www.amazon.nl/progress-tracker/package/reschedule?orderId=403-8802716-4471953]]",
     "Kies je geen nieuw moment, dan plannen we automatisch het eerstvolgende beschikbare tijdvak in en sturen we je een bevestiging."],
    [dict(name="Samsung RB38C603DSA koel-vriescombinatie, 390 l", qty=1, seller="Amazon EU S.à r.l.")],
    "Betreffende artikelen", None, ["Bedankt voor je begrip."], nl_footer(H, "Amazon.nl"))
MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.nl",
    note="bezorgmoment geannuleerd, bestelling blijft staan", ses=True,
    received=[received_ses(H)], auth=auth_pass(H),
    **{"from": ("Amazon.nl", "verzendbevestiging@amazon.nl")},
    to=("Thijs Vermeulen", "thijs.vermeulen@example.nl"),
    subject="Je bezorgmoment is geannuleerd – kies een nieuw moment",
    text=_t, html=_h, charset="utf-8", cte="qp"))

_t, _h = amz("amazon.com.be", "nl", "Lidmaatschap beëindigd", None, "Hallo Jana,",
    ["Zoals gevraagd hebben we je Amazon Prime-lidmaatschap opgezegd. Je kunt je Prime-voordelen nog gebruiken tot het einde van de huidige betalingsperiode op 3 september 2025.",
     "Daarna wordt je lidmaatschap niet verlengd en worden er geen kosten meer in rekening gebracht. Je bestellingen blijven ongewijzigd.",
     "Toch weer Prime? Via [[Prime beheren|https://www.amazon.com.be/nl/gp/primecentral]] kun je je lidmaatschap op elk moment hervatten."],
    None, None, None, ["Het Amazon Prime-team"], nl_footer("amazon.com.be", "Amazon.com.be"), brand="Amazon.com.be")
MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.com.be",
    note="Prime-lidmaatschap opgezegd", ses=True,
    received=[received_ses("amazon.com.be")],
    **{"from": ("Amazon Prime", "prime@amazon.com.be")},
    to=("Jana Willems", "jana.willems@example.be"),
    subject="Bevestiging: je Amazon Prime-lidmaatschap is opgezegd",
    html=_h, charset="windows-1252", cte="base64"))

MAILS.append(dict(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.nl",
    note="echte betalingsherinnering voordat er geannuleerd wordt", ses=True,
    received=[received_ses(H)],
    **{"from": ("Amazon.nl", "payments-update@amazon.nl")},
    to=("Roos van den Berg", "roos.vandenberg@example.nl"),
    subject="Actie vereist: werk je betaalgegevens bij voor bestelling #402-9916348-2205741",
    text="""Amazon.nl
Mijn account: https://www.amazon.nl/gp/css/homepage.html

Hallo Roos,

Er is een probleem opgetreden bij de betaling van je bestelling #402-9916348-2205741. Je bank heeft de afschrijving van je Mastercard die eindigt op 4406 niet goedgekeurd.

Werk je betaalgegevens uiterlijk 9 oktober bij, zodat we je bestelling kunnen verzenden. Als we voor die datum geen geldige betaalmethode hebben ontvangen, wordt je bestelling geannuleerd.

Betaalgegevens bijwerken:
https://www.amazon.nl/gp/css/order-history?orderFilter=payment-revision

Bestelgegevens:
  Nintendo Switch Lite, turquoise      € 199,99
  Verwachte levering: 11 - 13 oktober

Je bestelling wordt pas verzonden als de betaling is bevestigd.

Met vriendelijke groet,
Amazon.nl

----------------------------------------------------------------------
Amazon.nl zal je nooit per e-mail vragen om je wachtwoord of kaartgegevens. Verdachte e-mails kun je melden via stop-spoofing@amazon.nl.

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen.
""", charset="iso-8859-15", cte="qp"))


# ==========================================================================
# main
# ==========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = []
    for lang in ("en", "de", "nl"):
        order += [m for m in MAILS if m["lang"] == lang]
    R2 = random.Random(SEED + 1)
    R2.shuffle(order)  # interleave kinds/languages so file number reveals nothing
    labels = []
    for i, m in enumerate(order, 1):
        name = "%s%03d.eml" % (PREFIX, i)
        data = build(m, i)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
