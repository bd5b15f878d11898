#!/usr/bin/env python3
"""Regenerate blind batch o1: 60 .eml files (en/de/nl) + labels.json.

Run:  python3 make.py      (writes mail/*.eml and labels.json next to this file)
"""
import json
import os
import random
import textwrap
import hashlib
import base64
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from email.generator import BytesGenerator
from email import encoders
import io

SEED = 20251201
rnd = random.Random(SEED)
random.seed(SEED)  # email.generator boundary fallback

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


def rhex(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, up=True):
    cs = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(cs) for _ in range(n))


def rb64(n):
    return base64.b64encode(bytes(rnd.randrange(256) for _ in range(n))).decode()


def D(s):
    """'Sat, 08 Mar 2025 14:22:10 +0000' -> aware datetime"""
    return parsedate_to_datetime(s)


# ----------------------------------------------------------------- headers
def amazon_received(tld, to_addr, date, region="eu-west-1"):
    ip = "54.240.%d.%d" % (rnd.randint(1, 60), rnd.randint(2, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rnd.randint(1, 60), rnd.randint(2, 250), region)
    return [
        ("Received", "from %s (%s [%s])\n\tby mx.recipient-mail.net with ESMTPS id %s\n\tfor <%s>; %s"
         % (host, host, ip, ralnum(12), to_addr, format_datetime(date))),
    ]


def auth_results(dom, mailfrom_dom=None, style="fastmail", dkim="pass", spf="pass", dmarc="pass", hfrom=None):
    hfrom = hfrom or dom
    mailfrom_dom = mailfrom_dom or dom
    sel = rnd.choice(["rte02", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "qvwqr5y7s3ii5j2fjbmwj6dpy5hbc7a6", "s2048", "20230601"])
    if style == "fastmail":
        parts = ["mx6.messagingengine.com;"]
        if dkim == "none":
            parts.append("    dkim=none (no signatures found);")
        else:
            parts.append("    dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;"
                         % (dkim, dom, dom, ralnum(8, False), sel))
        parts.append("    dmarc=%s policy.published-domain-policy=quarantine policy.applied-disposition=none policy.evaluated-disposition=none (p=quarantine,d=none,d.eval=none) policy.policy-from=p header.from=%s;" % (dmarc, hfrom))
        parts.append("    spf=%s smtp.mailfrom=%s smtp.helo=%s" % (spf, mailfrom_dom, "smtp-out." + mailfrom_dom))
        return ("Authentication-Results", "\n".join(parts))
    if style == "ms":
        return ("Authentication-Results",
                "spf=%s (sender IP is 54.240.%d.%d)\n smtp.mailfrom=%s; dkim=%s (signature was verified)\n header.d=%s;dmarc=%s action=none header.from=%s;compauth=%s reason=100"
                % (spf, rnd.randint(1, 60), rnd.randint(2, 250), mailfrom_dom, dkim, dom, dmarc, hfrom,
                   "pass" if dmarc == "pass" else "fail"))
    # google
    s = "mx.google.com;\n       "
    if dkim == "none":
        s += "dkim=none;\n       "
    else:
        s += "dkim=%s header.i=@%s header.s=%s header.b=%s header.d=%s;\n       " % (dkim, dom, sel, ralnum(8, False), dom)
    s += "spf=%s (google.com: domain of bounce@%s designates 209.85.%d.%d as permitted sender) smtp.mailfrom=%s;\n       " % (
        spf, mailfrom_dom, rnd.randint(128, 250), rnd.randint(2, 250), mailfrom_dom)
    s += "dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" % (dmarc, "QUARANTINE", "QUARANTINE", hfrom)
    return ("Authentication-Results", s)


def dkim_sig(dom):
    return ("DKIM-Signature",
            "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s;\n\tb=%s"
            % (rnd.choice(["rte02", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "s2048"]), dom, rnd.randint(1700000000, 1760000000),
               rb64(32), rb64(96)))


def amz_boundary():
    return "----=_Part_%d_%d.%d" % (rnd.randint(1000000, 99999999), rnd.randint(100000000, 2100000000), rnd.randint(1600000000000, 1760000000000))


def gmail_boundary():
    return "0000000000" + rhex(18)


def ms_boundary():
    return "_000_%s_" % ralnum(36)


# ----------------------------------------------------------------- MIME
def _cs(charset, cte):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    if charset.lower() in ("utf-8",):
        c.header_encoding = BASE64
    return c


def _textpart(body, subtype, charset, cte):
    return MIMEText(body, subtype, _cs(charset, cte))


def build(spec):
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    text, html = spec.get("text"), spec.get("html")
    atts = spec.get("attachments", [])
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=spec.get("boundary") or amz_boundary())
        body.attach(_textpart(text, "plain", cs, cte))
        body.attach(_textpart(html, "html", cs, spec.get("html_cte", cte)))
    elif html is not None:
        body = _textpart(html, "html", cs, cte)
    else:
        body = _textpart(text, "plain", cs, cte)
    if atts:
        root = MIMEMultipart("mixed", boundary=spec.get("mixed_boundary") or ms_boundary())
        root.attach(body)
        for fn, ctype, content in atts:
            maj, sub = ctype.split("/")
            p = MIMEBase(maj, sub, name=fn)
            p.set_payload(content.encode("utf-8"))
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fn)
            root.attach(p)
    else:
        root = body
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    # pull the content headers out so we control header order
    content_hdrs = [(k, v) for k, v in root.items() if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
    for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        del root[k]
    hcs = spec.get("header_charset", "utf-8" if cs.lower() in ("us-ascii",) else cs)

    def hv(v):
        try:
            v.encode("ascii")
            return v
        except UnicodeEncodeError:
            return Header(v, hcs)

    def addr(a):
        name, em = a
        if name is None:
            return em
        try:
            name.encode("ascii")
            return formataddr((name, em))
        except UnicodeEncodeError:
            return formataddr((name, em), charset=hcs)

    for k, v in spec.get("trace", []):
        root[k] = v
    root["From"] = addr(spec["from"])
    if spec.get("reply_to"):
        root["Reply-To"] = addr(spec["reply_to"])
    root["To"] = addr(spec["to"])
    if spec.get("cc"):
        root["Cc"] = addr(spec["cc"])
    root["Subject"] = hv(spec["subject"])
    root["Date"] = format_datetime(spec["date"])
    dom = spec["from"][1].split("@")[1]
    root["Message-ID"] = spec.get("msgid") or "<%s.%s@%s>" % (rhex(16), rnd.randint(10 ** 9, 10 ** 10), spec.get("msgid_domain", dom))
    for k, v in spec.get("extra", []):
        root[k] = hv(v) if k.lower() in ("thread-topic", "list-id") else v
    for k, v in content_hdrs:
        root[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(root)
    return buf.getvalue()


# ----------------------------------------------------------------- Amazon-like HTML template
AMZ_STYLE = """
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
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 0 0; font-size:20px; }
#orderDetails { border-top:1px solid #eaeaea; }
#itemDetails .name { width:70%; padding:10px 0 0 0; }
#itemDetails .price { text-align:right; padding:10px 0 0 0; white-space:nowrap; }
#costBreakdown td { text-align:right; padding:2px 0; }
#costBreakdown .total { font-weight:bold; border-top:1px solid #eaeaea; }
#closing { margin:20px 0 0 0; }
#legalCopy { margin:20px 0 0 0; }
#legalCopy td, #legalCopy p { font-size:11px; line-height:15px; color:#666; }
.buttonComponent { border-collapse: separate; border-radius: 3px; border: 1px solid #CBA957; background-color: #ffa723; min-width: 222px; min-height: 47px; }
.buttonComponentLink { color: rgb(27, 27, 27) !important; font: 16px/ 18px Arial, sans-serif !important; }
"""


def amz_track(tld, path, ref):
    """Amazon-style r.html redirect."""
    from urllib.parse import quote
    u = "https://www.amazon.%s%s%sref_=%s" % (tld, path, "&" if "?" in path else "?", ref)
    return ("https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (tld, ralnum(13), ralnum(13), "2025", rhex(34), "eu" if tld not in ("com", "ca", "in", "com.au", "sg") else "na",
               ralnum(12), quote(u, safe=""), ralnum(28), ref))


def amz_html(tld, site, lab, title, order, greeting, paras, items, costs, closing, legal, link=None, heading_items=None,
             charset="UTF-8", pixel=True):
    """Nested-table layout modelled on real Amazon notification mails.
    link(path) -> href.  items: list of (name, qty, price, seller)."""
    ref = "pe_%d_%d" % (rnd.randint(10000000, 99999999), rnd.randint(100000000, 999999999))
    if link is None:
        link = lambda p: amz_track(tld, p, ref)
    rows = []
    for name, qty, price, seller in items:
        rows.append(
            '            <tr> \n'
            '             <td class="name"> <a href="%s">%s</a><br /> <span style="color:#666;">%s: %s</span>%s </td> \n'
            '             <td class="price"> <strong>%s</strong> </td> \n'
            '            </tr> ' % (link("/dp/B0%s" % ralnum(8)), name, lab["qty"], qty,
                                     ("<br /> <span style=\"color:#666;\">%s</span>" % seller) if seller else "",
                                     price))
    cost_rows = []
    for i, (k, v) in enumerate(costs):
        cls = ' class="total"' if i == len(costs) - 1 else ""
        cost_rows.append('            <tr> <td%s> %s </td> <td%s> %s </td> </tr> ' % (cls, k, cls, v))
    ptxt = "\n".join("             <p> %s </p> " % p for p in paras)
    legal_txt = "\n".join("<p>%s</p>" % p for p in legal)
    h = """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml">
 <head> 
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" /> 
  <style type="text/css">%(style)s  </style> 
 </head> 
 <body>%(pixel)s
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" alt="%(site)s" width="100" /></a></td> 
             <td class="navigation"> 
              <table align="right"> 
               <tbody> 
                <tr> 
                 <td> <a href="%(orders)s">%(your_orders)s</a> </td> 
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> 
                 <td> <a href="%(account)s">%(your_account)s</a> </td> 
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> 
                 <td> <a class="last" href="%(home)s">%(site)s</a> </td> 
                </tr> 
               </tbody> 
              </table> </td> 
            </tr> 
            <tr> 
             <td class="title"> <h2>%(title)s</h2> %(order_block)s </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="summary" cellpadding="0"> 
           <tbody>
            <tr> 
             <td><span class="heading">%(greeting)s</span> 
%(paras)s
             </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="orderDetails" cellpadding="0"> 
           <tbody>
            <tr> <td> <h3>%(items_heading)s</h3> </td> </tr> 
           </tbody>
          </table> 
          <table id="itemDetails" cellpadding="0"> 
           <tbody>
%(rows)s
           </tbody>
          </table> 
          <table id="costBreakdown" cellpadding="0"> 
           <tbody>
%(cost_rows)s
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="closing" cellpadding="0"> 
           <tbody>
            <tr> 
             <td> %(closing)s <p> <br />%(signoff)s<br /> <span class="signature"> <strong>%(site)s</strong> </span> </p> </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
        <tr> 
         <td> 
          <table id="legalCopy"> 
           <tbody>
            <tr> 
             <td> <span> %(legal)s </span> </td> 
            </tr> 
           </tbody>
          </table> </td> 
        </tr> 
       </tbody>
      </table> </td> 
    </tr> 
   </tbody>
  </table>  
 %(pixel2)s</body>
</html>
""" % dict(charset=charset, style=AMZ_STYLE, site=site, home=link("/"), orders=link("/gp/css/order-history"),
           account=link("/gp/css/homepage.html"), your_orders=lab["your_orders"], your_account=lab["your_account"],
           title=title,
           order_block=(('%s<a href="%s">%s</a>' % (lab["order"], link("/gp/css/summary/edit.html?orderID=" + order), order)) if order else ""),
           greeting=greeting, paras=ptxt, items_heading=heading_items or lab["items"], rows="\n".join(rows),
           cost_rows="\n".join(cost_rows), closing=closing, signoff=lab["signoff"], legal=legal_txt,
           pixel=('<img width="1" height="1" src="%s" /> ' % link("/gp/r.html")) if pixel else "",
           pixel2=('<img width="1" height="1" src="%s" />' % link("/gp/r.html")) if pixel else "")
    return h


LAB = {
    "en": dict(your_orders="Your Orders", your_account="Your Account", order="Order #", qty="Quantity",
               items="Cancelled Items", signoff="We hope to see you again soon."),
    "en_us": dict(your_orders="Your Orders", your_account="Your Account", order="Order #", qty="Quantity",
                  items="Canceled Items", signoff="We hope to see you again soon."),
    "de": dict(your_orders="Meine Bestellungen", your_account="Mein Konto", order="Bestellnr. ", qty="Menge",
               items="Stornierte Artikel", signoff="Wir hoffen, Sie bald wiederzusehen."),
    "nl": dict(your_orders="Mijn bestellingen", your_account="Mijn account", order="Bestelling #", qty="Aantal",
               items="Geannuleerde artikelen", signoff="We hopen je snel weer te zien."),
}

LABELS = []
MAILS = []


def add(spec, kind, lang, cause, states_reason, marketplace, note):
    n = len(MAILS) + 1
    fn = "o1%03d.eml" % n
    spec["_file"] = fn
    MAILS.append(spec)
    LABELS.append({"file": fn, "kind": kind, "language": lang, "cause": cause, "states_reason": states_reason,
                   "marketplace": marketplace, "note": note})


# ================================================================= ENGLISH
def en_security(tld, site):
    return [
        "Security reminder: %s will never ask you to provide or verify your password, full card number, bank details "
        "or one-time passcode by email, text message or phone call, and will never ask you to pay with gift cards. "
        "If you receive a suspicious email that claims to come from %s, don't click on its links or open its attachments. "
        "Report it at https://www.amazon.%s/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF or forward it to "
        "reportascam@amazon.com." % (site, site, tld),
        "If your card number or expiry date has changed, update it in Your Account > Your Payments: "
        "https://www.amazon.%s/cpe/yourpayments/wallet" % tld,
        "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.",
    ]


def en_security_html(tld, site):
    return [
        "<b>Security reminder:</b> %s will never ask you to provide or verify your password, full card number, bank details or "
        "one-time passcode by email, text message or phone call, and will never ask you to pay with gift cards. If you receive a "
        "suspicious email that claims to come from %s, don't click on its links or open its attachments. "
        '<a href="https://www.amazon.%s/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF">Learn how to report a suspicious email</a>.' % (site, site, tld),
        'If your card number or expiry date has changed, update it in <a href="https://www.amazon.%s/cpe/yourpayments/wallet">Your Account</a>.' % tld,
        "Please note: This email was sent from a notification-only address that can't accept incoming email. Please do not reply to this message.",
    ]


def english():
    # ---------------- notices ----------------
    # 1 amazon.com inventory_shortage, multipart QP, auth
    tld, site, to = "com", "Amazon.com", ("Jordan Alvarez", "jordan.alvarez@fastmail.com")
    order = "113-4829173-5562610"
    date = D("Tue, 11 Feb 2025 16:04:51 +0000")
    items = [("Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger with 140W Output", 1, "$109.99", "Sold by: VoltNest Direct")]
    paras = ["We're sorry, but we've had to cancel the item below from your order. The seller was unable to fulfill this item because it is "
             "no longer in stock, and we were unable to find another source for it.",
             "You have not been charged for the canceled item. If a pending authorization appears on your payment method, your bank "
             "will release it within 3-5 business days. Other items in your order are not affected and will ship as planned."]
    html = amz_html(tld, site, LAB["en_us"], "Cancellation Notice", order, "Hello Jordan,", paras, items,
                    [("Item Subtotal:", "$109.99"), ("Amount refunded or not charged:", "$109.99")],
                    'You may find similar items in <a href="https://www.amazon.com/s?k=power+bank">our store</a>. If you need further assistance, visit <a href="https://www.amazon.com/gp/help/customer/display.html">Customer Service</a>.',
                    en_security_html(tld, site))
    text = T("""
    Amazon.com Cancellation Notice
    Order #113-4829173-5562610
    https://www.amazon.com/gp/css/summary/edit.html?orderID=113-4829173-5562610

    ___________________________________________________________________________

    Hello Jordan,

    We're sorry, but we've had to cancel the item below from your order. The
    seller was unable to fulfill this item because it is no longer in stock,
    and we were unable to find another source for it.

    Canceled Items
    --------------
    Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger
    with 140W Output
    Quantity: 1
    Sold by: VoltNest Direct
    $109.99

    You have not been charged for the canceled item. If a pending authorization
    appears on your payment method, your bank will release it within 3-5
    business days. Other items in your order are not affected and will ship as
    planned.

    You may find similar items in our store: https://www.amazon.com/s?k=power+bank

    We hope to see you again soon.
    Amazon.com

    ___________________________________________________________________________
    """) + "\n\n".join(en_security(tld, site)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date, "us-east-1") + [auth_results("amazon.com", "bounces.amazon.com", "fastmail"), dkim_sig("amazon.com")],
             **{"from": (site, "order-update@amazon.com")}, reply_to=(None, "no-reply@amazon.com"), to=to,
             subject="Your Amazon.com order #%s has been canceled" % order, date=date, text=text, html=html, cte="qp",
             extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Feedback-ID", "1.us-east-1.%s=:AmazonSES" % rb64(30))]),
        "notice", "en", "inventory_shortage", True, "amazon.com", "seller out of stock, no alternative source; html+text; auth pass")

    # 2 amazon.co.uk payment_issue, text-only base64, no auth
    tld, site, to = "co.uk", "Amazon.co.uk", ("Priya Raman", "priya.raman84@btinternet.com")
    order = "204-7731902-6650318"
    date = D("Sun, 09 Mar 2025 07:12:33 +0000")
    text = T("""
    Amazon.co.uk

    Hello Priya,

    We're writing to let you know that your order #204-7731902-6650318 has been
    cancelled.

    On 4 March 2025 we contacted you because your card issuer declined the
    payment for this order. As we did not receive a payment revision from you
    by 8 March 2025, we've cancelled the order and no payment has been taken.

    Order details
    Order #204-7731902-6650318
    Placed on Monday, 3 March 2025

      Philips Series 5000 Airfryer XXL HD9285/96, 7.2 L   Qty: 1   £179.99
      Tefal Airfryer Paper Liners, 50 pieces               Qty: 2    £13.98

    Order total: £193.97

    If you'd still like these items, please place a new order on Amazon.co.uk:
    https://www.amazon.co.uk/gp/css/order-history

    If your card number or expiry date has changed, update it in Your Account
    before ordering again:
    https://www.amazon.co.uk/cpe/yourpayments/wallet

    We hope to see you again soon.

    Amazon.co.uk

    ---------------------------------------------------------------------------
    """) + "\n\n".join(en_security(tld, site)) + T("""

    Amazon EU S.a.r.l., UK Branch, 1 Principal Place, Worship Street, London
    EC2A 2FA. Registered in England and Wales, branch registration BR017427.
    """)
    add(dict(trace=amazon_received(tld, to[1], date) ,
             **{"from": (site, "payments-messages@amazon.co.uk")}, reply_to=(None, "no-reply@amazon.co.uk"), to=to,
             subject="Your Amazon.co.uk order #%s has been cancelled" % order, date=date, text=text, cte="b64"),
        "notice", "en", "payment_issue", True, "amazon.co.uk", "card declined, no payment revision by deadline; text-only base64; no auth header")

    # 3 amazon.ca technical_issue, HTML only 8bit, auth
    tld, site, to = "ca", "Amazon.ca", ("Mathieu Tremblay", "m.tremblay@videotron.ca")
    order = "702-3306187-9914455"
    date = D("Thu, 21 Nov 2024 19:40:02 +0000")
    items = [("Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", 1, "CDN$ 39.99", "Sold by: Amazon.com.ca ULC")]
    paras = ["We’re writing to let you know that the item below has been canceled from your order because of a pricing error on our website.",
             "The item was displayed at CDN$ 39.99 instead of its correct price of CDN$ 399.99. Because of this error in the listed price, "
             "we are unable to fulfill the order at the price shown. We've corrected the product page, and you're welcome to place a new order at the current price.",
             "You have not been charged for this item. Any temporary authorization on your card will be released automatically."]
    html = amz_html(tld, site, LAB["en_us"], "Item(s) Canceled", order, "Hello Mathieu,", paras, items,
                    [("Item Subtotal:", "CDN$ 39.99"), ("GST/HST:", "CDN$ 5.20"), ("Not charged:", "CDN$ 45.19")],
                    'We apologize for any inconvenience this may have caused. If you have questions, please visit <a href="https://www.amazon.ca/gp/help/customer/display.html">Help &amp; Customer Service</a>.',
                    en_security_html(tld, site) + ["Amazon.com.ca ULC | 40 King Street W 47th Floor, Toronto, Ontario, Canada, M5H 3Y2 | www.amazon.ca"])
    add(dict(trace=amazon_received(tld, to[1], date, "us-east-1") + [auth_results("amazon.ca", "bounces.amazon.ca", "ms")],
             **{"from": (site, "order-update@amazon.ca")}, reply_to=(None, "no-reply@amazon.ca"), to=to,
             subject="Item(s) has been canceled from your Amazon.ca order %s" % order, date=date, html=html, cte="8bit",
             extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")]),
        "notice", "en", "technical_issue", True, "amazon.ca", "pricing error on listing; html-only 8bit; auth pass (MS style)")

    # 4 amazon.com.au fraud_prevention, multipart QP, no auth
    tld, site, to = "com.au", "Amazon.com.au", ("Liam O'Connor", "liam.oconnor@bigpond.com")
    order = "250-6612048-3307719"
    date = D("Fri, 16 May 2025 02:18:45 +0000")
    items = [("Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)", 2, "A$798.00", "Sold by: Amazon AU"),
             ("Apple Gift Card - App Store, iTunes, iPhone, iPad, AirPods, MacBook, accessories and more (A$100)", 3, "A$300.00", "Sold by: Amazon AU")]
    paras = ["We noticed unusual activity on your Amazon.com.au account and, as a precaution, we've placed your account on hold and cancelled the order below.",
             "To remove the hold, go to Amazon.com.au directly in your browser or open the Amazon Shopping app, sign in, and follow the on-screen "
             "instructions to verify the information associated with your account. You won't be charged for the cancelled order.",
             "If you didn't place this order, you don't need to do anything else &mdash; your payment method has not been charged."]
    html = amz_html(tld, site, LAB["en"], "Order Cancelled", order, "Hello Liam,", paras, items,
                    [("Item Subtotal:", "A$1,098.00"), ("Order Total:", "A$1,098.00")],
                    "We understand this may be inconvenient and appreciate your patience while we help keep your account secure.",
                    en_security_html(tld, site) + ["Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000."])
    text = T("""
    Amazon.com.au
    Order Cancelled
    Order #250-6612048-3307719

    Hello Liam,

    We noticed unusual activity on your Amazon.com.au account and, as a
    precaution, we've placed your account on hold and cancelled the order
    below.

    To remove the hold, go to Amazon.com.au directly in your browser or open
    the Amazon Shopping app, sign in, and follow the on-screen instructions to
    verify the information associated with your account. You won't be charged
    for the cancelled order.

    If you didn't place this order, you don't need to do anything else - your
    payment method has not been charged.

    Cancelled Items:
    Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)  Qty: 2  A$798.00
    Apple Gift Card (A$100)                                       Qty: 3  A$300.00

    Order Total: A$1,098.00

    We understand this may be inconvenient and appreciate your patience while
    we help keep your account secure.

    Amazon.com.au
    """) + "\n" + "\n\n".join(en_security(tld, site)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date, "ap-southeast-2"),
             **{"from": (site, "cs-reply@amazon.com.au")}, to=to,
             subject="Your Amazon.com.au order #%s has been cancelled" % order, date=date, text=text, html=html, cte="qp"),
        "notice", "en", "fraud_prevention", True, "amazon.com.au", "unusual activity, account on hold, told to sign in directly (no link); no auth header")

    # 5 amazon.in customer_request, text QP, auth
    tld, site, to = "in", "Amazon.in", ("Ananya Iyer", "ananya.iyer@rediffmail.com")
    order = "407-2298154-8831026"
    date = D("Mon, 06 Jan 2025 10:27:19 +0530")
    text = T("""
    Amazon.in

    Hello Ananya,

    As you requested, we've cancelled the following item(s) from your order
    407-2298154-8831026.

    Cancel Reason: Customer Canceled

    Canceled item(s):
      boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime (Bold Black)
      Qty: 1
      Sold by: Appario Retail Private Ltd
      ₹1,299.00

    Refund information
    If you paid for this item, a refund of ₹1,299.00 will be credited to your
    original payment method within 2-4 business days. For Pay on Delivery
    orders, no refund is due.

    View or manage your orders:
    https://www.amazon.in/gp/css/order-history?ref_=pe_2640190_232586610

    We hope to see you again soon.
    Amazon.in

    ---------------------------------------------------------------------------
    """) + "\n\n".join(en_security(tld, site)).replace("gift cards", "gift cards or UPI requests") + "\n"
    add(dict(trace=amazon_received(tld, to[1], date, "ap-south-1") + [auth_results("amazon.in", "bounces.amazon.in", "google")],
             **{"from": (site, "auto-confirm@amazon.in")}, reply_to=(None, "no-reply@amazon.in"), to=to,
             subject='Successful cancellation of "boAt Airdopes 141 Bluetooth TWS..." from your Amazon.in order %s' % order,
             date=date, text=text, cte="qp"),
        "notice", "en", "customer_request", True, "amazon.in", "Cancel Reason: Customer Canceled; text-only QP with rupee sign; auth pass (google style)")

    # 6 amazon.sg unknown (no reason), multipart base64, no auth
    tld, site, to = "sg", "Amazon.sg", ("Tan Wei Ling", "weiling.tan@singnet.com.sg")
    order = "503-8840217-1192864"
    date = D("Wed, 23 Apr 2025 08:55:10 +0800")
    items = [("Nespresso Vertuo Pop Coffee Machine, Pacific Blue", 1, "S$ 129.00", "Sold by: Amazon.sg"),
             ("Nespresso Vertuo Double Espresso Scuro capsules, 30 pods", 1, "S$ 52.40", "Sold by: Amazon.sg")]
    paras = ["Your order has been cancelled.",
             "If you've already been charged, a refund of S$ 181.40 will be issued to your original payment method. Refunds usually appear within 3-5 business days, depending on your bank."]
    html = amz_html(tld, site, LAB["en"], "Order Cancelled", order, "Hello Wei Ling,", paras, items,
                    [("Items:", "S$ 181.40"), ("Refund total:", "S$ 181.40")],
                    'We apologise for any inconvenience. You can view your order in <a href="https://www.amazon.sg/gp/css/order-history">Your Orders</a>.',
                    en_security_html(tld, site) + ["Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481."])
    text = T("""
    Amazon.sg - Order Cancelled
    Order #503-8840217-1192864

    Hello Wei Ling,

    Your order has been cancelled.

    Cancelled items:
      Nespresso Vertuo Pop Coffee Machine, Pacific Blue      Qty: 1   S$ 129.00
      Nespresso Vertuo Double Espresso Scuro capsules, 30    Qty: 1   S$ 52.40

    If you've already been charged, a refund of S$ 181.40 will be issued to
    your original payment method. Refunds usually appear within 3-5 business
    days, depending on your bank.

    We apologise for any inconvenience.
    Amazon.sg
    """) + "\n" + "\n\n".join(en_security(tld, site)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date, "ap-southeast-1"),
             **{"from": (site, "order-update@amazon.sg")}, reply_to=(None, "no-reply@amazon.sg"), to=to,
             subject="Your Amazon.sg order #%s has been cancelled" % order, date=date, text=text, html=html, cte="b64"),
        "notice", "en", "unknown", False, "amazon.sg", "cancelled with no reason given; multipart base64; no auth header")

    # ---------------- non-notices ----------------
    # 7 eBay seller cancellation, item mentions Amazon Kindle
    to = ("Hannah Price", "hannah.price@gmail.com")
    date = D("Sat, 14 Dec 2024 11:31:07 +0000")
    text = T("""
    eBay

    Your order has been cancelled

    Hi Hannah,

    The seller, kindlecase_outlet_uk, has cancelled your order. They let us know
    the item is out of stock.

    Slim Case for Amazon Kindle Paperwhite (11th Gen, 2021) & Signature Edition,
    PU Leather Cover with Auto Sleep/Wake - Navy Blue
    Order number: 14-12468-90321
    Item ID: 266581934072
    Price: £9.49

    Your refund
    You've been refunded £9.49 to your PayPal account. It may take up to 3
    working days to appear.

    Find similar items: https://www.ebay.co.uk/sch/i.html?_nkw=kindle+paperwhite+case

    Cancelled by seller: Out of stock or cannot fulfil

    --
    Was this email helpful?
    eBay sent this message to Hannah Price (hannahp_1990). Learn more about
    account protection: https://www.ebay.co.uk/help/account/protecting-account
    eBay will never ask you for your password in an email.
    Copyright © 1995-2024 eBay Inc. All Rights Reserved.
    eBay (UK) Limited, 1 More London Place, London, SE1 2AF
    """)
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#111820\">"
            "<table width=\"600\" align=\"center\"><tr><td><img src=\"https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png\" width=\"96\" alt=\"eBay\"></td></tr>"
            "<tr><td><h1 style=\"font-size:24px\">Your order has been cancelled</h1><p>Hi Hannah,</p>"
            "<p>The seller, <b>kindlecase_outlet_uk</b>, has cancelled your order. They let us know the item is out of stock.</p>"
            "<table><tr><td><img src=\"https://i.ebayimg.com/images/g/8xQAAOSw/s-l140.jpg\" width=\"96\"></td><td>"
            "<a href=\"https://www.ebay.co.uk/itm/266581934072\">Slim Case for Amazon Kindle Paperwhite (11th Gen, 2021) &amp; Signature Edition, PU Leather Cover with Auto Sleep/Wake - Navy Blue</a><br>"
            "Order number: 14-12468-90321<br>Price: &pound;9.49</td></tr></table>"
            "<h2 style=\"font-size:18px\">Your refund</h2><p>You've been refunded &pound;9.49 to your PayPal account. It may take up to 3 working days to appear.</p>"
            "<p style=\"color:#707070\">Cancelled by seller: Out of stock or cannot fulfil</p>"
            "<p><a href=\"https://www.ebay.co.uk/sch/i.html?_nkw=kindle+paperwhite+case\" style=\"background:#3665f3;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none\">Find similar items</a></p>"
            "</td></tr><tr><td style=\"font-size:11px;color:#707070\"><p>eBay sent this message to Hannah Price (hannahp_1990). "
            "<a href=\"https://www.ebay.co.uk/help/account/protecting-account\">Learn more about account protection</a>. eBay will never ask you for your password in an email.</p>"
            "<p>Copyright &copy; 1995-2024 eBay Inc. All Rights Reserved. eBay (UK) Limited, 1 More London Place, London, SE1 2AF</p></td></tr></table></body></html>\n")
    add(dict(trace=[auth_results("ebay.co.uk", "ebay.co.uk", "google")], **{"from": ("eBay", "ebay@ebay.co.uk")}, to=to,
             subject="Your order has been cancelled: Slim Case for Amazon Kindle Paperwhite (11th Gen...", date=date,
             text=text, html=html, cte="qp", boundary="----=_Part_%d_%d.%d" % (rnd.randint(10 ** 6, 10 ** 7), rnd.randint(10 ** 8, 10 ** 9), 1734175867000)),
        "non_notice", "en", None, False, None, "eBay seller cancellation; item is a case for Amazon Kindle")

    # 8 independent store (Shopify) cancellation, refunded to Amazon Pay
    to = ("Derek Walsh", "dwalsh@outlook.com")
    date = D("Tue, 29 Jul 2025 15:02:44 -0600")
    html = T("""
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>Order #NW1047 has been canceled</title></head>
    <body style="margin:0;background:#f4f4f4;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;">
    <table class="body" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <table class="container" width="560" style="background:#ffffff;margin:24px 0;padding:24px"><tr><td>
      <table width="100%"><tr><td><h1 style="font-size:20px;color:#2e4a36">NORTHWIND OUTDOOR CO.</h1></td>
      <td align="right" style="color:#999;font-size:14px">ORDER #NW1047</td></tr></table>
      <h2 style="font-weight:normal;font-size:24px">Order canceled</h2>
      <p style="color:#777;line-height:150%">Order #NW1047 was canceled because we ran out of the items you ordered before we could ship them.
      We're really sorry &ndash; our spring restock sold out faster than our inventory system could keep up.</p>
      <p style="color:#777;line-height:150%">A refund of <strong>$86.00 USD</strong> has been issued to your original payment method
      (<strong>Amazon Pay</strong>). Refunds to Amazon Pay usually show up in your Amazon account's payment activity within 3&ndash;5 business days.</p>
      <h3 style="font-size:16px;border-top:1px solid #e5e5e5;padding-top:16px">Order summary</h3>
      <table width="100%" style="font-size:14px">
        <tr><td>Packable Down Vest &ndash; Moss / M &times; 1</td><td align="right">$68.00</td></tr>
        <tr><td>Merino Trail Socks (2-pack) &times; 1</td><td align="right">$18.00</td></tr>
        <tr><td style="border-top:1px solid #e5e5e5"><strong>Refund</strong></td><td align="right" style="border-top:1px solid #e5e5e5"><strong>$86.00 USD</strong></td></tr>
      </table>
      <p><a href="https://northwindoutdoor.co/collections/restock" style="background:#2e4a36;color:#fff;padding:14px 22px;text-decoration:none;border-radius:4px">Visit our store</a></p>
      <p style="color:#999;font-size:13px;border-top:1px solid #e5e5e5;padding-top:16px">If you have any questions, reply to this email or contact us at hello@northwindoutdoor.co</p>
    </td></tr></table></td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("shopifyemail.com", "shopifyemail.com", "ms")],
             **{"from": ("Northwind Outdoor Co.", "store+58219044@t.shopifyemail.com")},
             reply_to=("Northwind Outdoor Co.", "hello@northwindoutdoor.co"), to=to,
             subject="Order #NW1047 has been canceled", date=date, html=html, cte="qp"),
        "non_notice", "en", None, False, None, "independent Shopify store cancellation, refund via Amazon Pay; html-only")

    # 9 friend writes that he cancelled his Amazon order
    to = ("Sam Whitfield", "sam.whitfield@gmail.com")
    date = D("Thu, 05 Jun 2025 21:47:12 +0100")
    text = T("""
    Hey Sam,

    Quick update on the camping trip - I cancelled my Amazon order for the
    4-person tent. They'd pushed the delivery back to the 28th, which is after
    we leave, so no point. I've ordered the Vango one from Go Outdoors instead,
    click & collect on Friday.

    Can you still bring the gas stove? And does anyone have a spare roll mat
    for Tom?

    Cheers,
    Rob

    On Thu, 5 Jun 2025 at 18:03, Sam Whitfield <sam.whitfield@gmail.com> wrote:
    > Did the tent arrive yet? Need to know if we're squeezing into mine.
    >
    > S
    """)
    add(dict(trace=[auth_results("gmail.com", "gmail.com", "google")],
             **{"from": ("Rob Kendall", "rob.kendall77@gmail.com")}, to=to, subject="Re: camping trip - kit list",
             date=date, text=text, charset="us-ascii", cte="7bit",
             extra=[("In-Reply-To", "<CAB%s@mail.gmail.com>" % ralnum(30)), ("References", "<CAB%s@mail.gmail.com>" % ralnum(30))],
             msgid_domain="mail.gmail.com"),
        "non_notice", "en", None, False, None, "friend says he cancelled his Amazon order himself")

    # 10 newsletter about fake cancellation phishing
    to = ("Reader", "kat.morrison@protonmail.com")
    date = D("Fri, 17 Jan 2025 13:00:00 +0000")
    text = T("""
    THE SCAM SHEET - Issue #112

    Scam of the week: "Your Amazon.com order #... has been canceled"

    Several readers forwarded us the same email this week. The subject line
    reads "Your Amazon.com order #112-90234-7781 has been canceled - refund
    pending" and the body claims a $749.99 laptop order was cancelled "due to
    suspicious activity". It then asks you to call a "billing department" on a
    toll-free number to confirm the refund.

    Red flags:
      * The order number has the wrong shape. Real Amazon order numbers look
        like 3 digits - 7 digits - 7 digits.
      * It came from a Gmail address.
      * Amazon does not ask you to phone a number to get a refund.

    What to do: don't call. Open the Amazon app or type the address yourself
    and check Your Orders. If there's no such order, report the email to
    reportascam@amazon.com and delete it.

    Also this week: fake toll-road texts are back, and why "refund recovery"
    services are a second scam.

    You're receiving this because you subscribed to The Scam Sheet.
    Unsubscribe: https://scamsheet.substack.com/action/disable_email
    """)
    html = ("<html><body style=\"font-family:Georgia,serif;max-width:600px;margin:auto\"><h1>The Scam Sheet</h1><p style=\"color:#888\">Issue #112</p>"
            "<h2>Scam of the week: &ldquo;Your Amazon.com order #&hellip; has been canceled&rdquo;</h2>"
            "<p>Several readers forwarded us the same email this week. The subject line reads <em>&ldquo;Your Amazon.com order #112-90234-7781 has been canceled - refund pending&rdquo;</em> "
            "and the body claims a $749.99 laptop order was cancelled &ldquo;due to suspicious activity&rdquo;. It then asks you to call a &ldquo;billing department&rdquo; on a toll-free number to confirm the refund.</p>"
            "<h3>Red flags</h3><ul><li>The order number has the wrong shape. Real Amazon order numbers look like 3 digits - 7 digits - 7 digits.</li>"
            "<li>It came from a Gmail address.</li><li>Amazon does not ask you to phone a number to get a refund.</li></ul>"
            "<p><b>What to do:</b> don't call. Open the Amazon app or type the address yourself and check Your Orders. If there's no such order, report the email to reportascam@amazon.com and delete it.</p>"
            "<p>Also this week: fake toll-road texts are back, and why &ldquo;refund recovery&rdquo; services are a second scam.</p>"
            "<hr><p style=\"font-size:12px;color:#888\">You're receiving this because you subscribed to The Scam Sheet. <a href=\"https://scamsheet.substack.com/action/disable_email\">Unsubscribe</a></p></body></html>\n")
    add(dict(trace=[auth_results("substack.com", "mg1.substack.com", "fastmail")],
             **{"from": ("The Scam Sheet", "scamsheet@substack.com")}, to=to,
             subject='Scam of the week: "Your Amazon.com order has been canceled"', date=date, text=text, html=html, cte="b64",
             extra=[("List-Unsubscribe", "<https://scamsheet.substack.com/action/disable_email>"), ("List-Id", "<scamsheet.substack.com>"), ("Precedence", "bulk")]),
        "non_notice", "en", None, False, None, "newsletter about phishing quoting a fake Amazon cancellation subject")

    # 11 Prime membership cancelled (genuine Amazon, auth pass, but not an order)
    to = ("Gareth Hughes", "gareth.hughes@sky.com")
    date = D("Mon, 02 Jun 2025 09:14:27 +0000")
    text = T("""
    Amazon Prime

    Hello Gareth,

    We're confirming that your Amazon Prime membership has been cancelled, as
    you requested. You'll keep your Prime benefits until 18 June 2025. After
    that date you won't be charged again.

    You can rejoin at any time: https://www.amazon.co.uk/prime

    Your existing orders aren't affected. Items you have already ordered will
    still be delivered, although orders placed after 18 June won't include
    free Prime delivery.

    Thank you for being a Prime member.
    Amazon.co.uk

    Amazon will never ask you for your password or card details by email.
    This email was sent from a notification-only address. Please do not reply.
    """)
    add(dict(trace=amazon_received("co.uk", to[1], date) + [auth_results("amazon.co.uk", "bounces.amazon.co.uk", "google")],
             **{"from": ("Amazon.co.uk", "no-reply@amazon.co.uk")}, to=to,
             subject="Your Amazon Prime membership has been cancelled", date=date, text=text, cte="qp"),
        "non_notice", "en", None, False, None, "Prime membership cancelled (genuine amazon.co.uk, auth pass) - not an order")

    # 12 genuine payment reminder before cancellation (amazon.co.za)
    tld, site, to = "co.za", "Amazon.co.za", ("Thabo Nkosi", "thabo.nkosi@webmail.co.za")
    order = "108-5527193-4460212"
    date = D("Tue, 10 Jun 2025 06:41:09 +0200")
    text = T("""
    Amazon.co.za

    Hello Thabo,

    We couldn't process your payment for order #108-5527193-4460212 placed on
    8 June 2025. Your bank declined the charge for your Visa •••• 4417.

    Please update your payment method by 14 June 2025 or your order will be
    cancelled. Go to Your Orders, select the order and choose "Revise payment":
    https://www.amazon.co.za/gp/css/order-history

      JBL Flip 6 Portable Bluetooth Speaker, Blue   Qty: 1   R 2,199.00

    Your order will be dispatched as soon as the payment is confirmed.

    Amazon.co.za
    ---------------------------------------------------------------------------
    """) + "\n\n".join(en_security(tld, site)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.co.za", "bounces.amazon.co.za", "fastmail")],
             **{"from": (site, "payments-messages@amazon.co.za")}, reply_to=(None, "no-reply@amazon.co.za"), to=to,
             subject="Action required: your Amazon.co.za order %s" % order, date=date, text=text, cte="8bit"),
        "non_notice", "en", None, False, None, "genuine payment reminder: update by date or order will be cancelled (not yet cancelled)")

    # ---------------- lookalikes ----------------
    # 13 callback phone number, gmail, crude
    to = (None, "m.henderson@comcast.net")
    date = D("Wed, 19 Mar 2025 04:12:55 -0700")
    text = T("""
    Dear Customer,

    Your recent order of Apple MacBook Air 15-inch M3 (Midnight) $1,449.99 has
    been CANCELLED due to suspicious activity on your account.

    Order ID : AMZ-88213-9901
    Order Date : 03/18/2025
    Payment : VISA ****

    If you did not place this order or want to dispute the charge, please call
    our Billing Department immediately at +1 (888) 496-2031.

    Refunds are processed only after phone verification within 24 hours. After
    24 hrs the amount will be charged to your card.

    Thank you,
    Amazon Support Team
    Amazon.com
    """)
    add(dict(trace=[auth_results("gmail.com", "gmail.com", "google")],
             **{"from": ("Amazon Support", "amazon.supportdesk.usa@gmail.com")}, to=to,
             subject="Order Cancelled - Suspicious Purchase Detected #AMZ-88213-9901", date=date, text=text,
             charset="us-ascii", cte="7bit", msgid_domain="mail.gmail.com"),
        "lookalike", "en", "fraud_prevention", True, None, "callback scam from gmail, malformed order id, phone number")

    # 14 Cyrillic homoglyph display name, account suspended + code, amazon-orders.help
    to = (None, "claire.b@yahoo.co.uk")
    date = D("Sat, 26 Apr 2025 22:03:18 +0000")
    text = T("""
    Amazon.co.uk

    Hello,

    We have suspended your account and cancelled your pending order
    #204-8817302-1118 because we could not verify your identity.

    To reactivate your account and restore the order, use the verification
    code below within 12 hours:

        Verification code: AMZ-7731-KQ

    Restore account: https://amazon-orders.help/uk/restore?ref=204-8817302-1118

    If you do not complete verification, your account will be permanently
    closed and any remaining balance forfeited.

    Amazon will never ask you for your password.
    (c) 2025 Amazon.com, Inc. or its affiliates
    """)
    html = T("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
    <div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
    <img src="https://amazon-orders.help/img/amazon_logo.png" width="110" alt="amazon"><hr>
    <p>Hello,</p>
    <p>We have <b>suspended your account</b> and <b>cancelled your pending order #204-8817302-1118</b> because we could not verify your identity.</p>
    <p>To reactivate your account and restore the order, use the verification code below within 12 hours:</p>
    <p style="font-size:24px;font-weight:bold;text-align:center;letter-spacing:3px">AMZ-7731-KQ</p>
    <p style="text-align:center"><a href="https://amazon-orders.help/uk/restore?ref=204-8817302-1118" style="background:#FFD814;border:1px solid #FCD200;padding:10px 30px;color:#111;text-decoration:none;border-radius:8px">Restore account</a></p>
    <p>If you do not complete verification, your account will be permanently closed and any remaining balance forfeited.</p>
    <p style="font-size:11px;color:#777">Amazon will never ask you for your password.<br>&copy; 2025 Amazon.com, Inc. or its affiliates</p>
    </div></body></html>
    """)
    add(dict(trace=[auth_results("amazon-orders.help", "amazon-orders.help", "fastmail", dmarc="pass")],
             **{"from": ("\u0410m\u0430z\u043en.co.uk", "no-reply@amazon-orders.help")}, to=to,
             subject="Account suspended \u2013 order #204-8817302-1118 cancelled", date=date, text=text, html=html, cte="qp"),
        "lookalike", "en", "fraud_prevention", True, None, "Cyrillic homoglyph display name, amazon-orders.help, suspended + code, malformed order no")

    # 15 reply with your card details, outlook.com
    to = (None, "pwilliams1962@aol.com")
    date = D("Mon, 13 Jan 2025 14:48:30 +0000")
    text = T("""
    Dear Valued Customer,

    We regret to inform you that your payment for Amazon.co.uk order
    #205-3318742-991820 was DECLINED by your bank and the order has been
    cancelled.

    To reinstate your order and avoid suspension of your Amazon account please
    REPLY to this email with the following details:

      Full name:
      Card number:
      Expiry date:
      CVV (3 digits on back):
      Date of birth:
      Billing postcode:

    Once we receive your details our billing team will re-process the payment
    and dispatch your order within 24 hours.

    Kind regards,
    Amazon.co.uk Billing Department
    """)
    add(dict(trace=[auth_results("outlook.com", "outlook.com", "ms")],
             **{"from": ("Amazon.co.uk Billing", "billing.amazon.uk@outlook.com")},
             reply_to=(None, "billing.amazon.uk@outlook.com"), to=to,
             subject="Payment Declined - Your Order Has Been Cancelled", date=date, text=text, cte="qp",
             msgid_domain="EUR03-AM7-obe.outbound.protection.outlook.com"),
        "lookalike", "en", "payment_issue", True, None, "asks to reply with card details, outlook.com sender, malformed order no")

    # 16 polished template copy, link text amazon but href elsewhere, amazon.com.<evil> domain, "will be canceled"
    tld, site, to = "com", "Amazon.com", ("Emily Carter", "emily.carter@icloud.com")
    order = "112-7719203-4418236"
    date = D("Thu, 08 May 2025 17:20:41 +0000")
    evil = "https://amazon.com.account-review.top/ap/signin?openid.return_to=orders&session=%s" % ralnum(24, False)
    items = [("Samsung Galaxy Tab S9 FE 10.9\" 128GB Wi-Fi Android Tablet, Gray", 1, "$449.99", "Sold by: Amazon.com Services LLC")]
    paras = ["We were unable to authorize your payment method for the order below. <b>Your order will be canceled within 24 hours</b> unless you update your payment information.",
             'To keep your order, please verify your payment details at <a href="%s">https://www.amazon.com/gp/css/order-history</a>.' % evil,
             "If we don't receive updated payment information, the order will be canceled automatically and your account may be restricted."]
    html = amz_html(tld, site, LAB["en_us"], "Payment Declined", order, "Hello Emily,", paras, items,
                    [("Item Subtotal:", "$449.99"), ("Order Total:", "$449.99")],
                    '<table class="buttonComponent" width="222"><tr><td align="center" height="47"><a class="buttonComponentLink" href="%s">Update payment method</a></td></tr></table>' % evil,
                    en_security_html(tld, site), link=lambda p: evil)
    text = T("""
    Amazon.com - Payment Declined
    Order #112-7719203-4418236

    Hello Emily,

    We were unable to authorize your payment method for the order below. Your
    order will be canceled within 24 hours unless you update your payment
    information.

    To keep your order, verify your payment details here:
    https://www.amazon.com/gp/css/order-history <%s>

      Samsung Galaxy Tab S9 FE 10.9" 128GB Wi-Fi Android Tablet, Gray  $449.99

    If we don't receive updated payment information, the order will be
    canceled automatically and your account may be restricted.

    Amazon.com
    """ % evil) + "\n".join(en_security(tld, site)) + "\n"
    add(dict(trace=[auth_results("amazon.com.account-review.top", "amazon.com.account-review.top", "fastmail")],
             **{"from": (site, "order-update@amazon.com.account-review.top")}, to=to,
             subject="Action needed: your Amazon.com order #%s will be canceled" % order, date=date, text=text, html=html, cte="qp"),
        "lookalike", "en", "payment_issue", True, None, "polished template copy; link text shows amazon.com, href to amazon.com.account-review.top; 'will be canceled'")

    # 17 amaz0n.co.uk, out of stock, claim refund with card -- html only base64
    to = (None, "j.okafor@hotmail.co.uk")
    date = D("Sun, 23 Feb 2025 12:09:33 +0000")
    html = T("""
    <html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
    <table width="600" align="center" style="border:1px solid #e7e7e7"><tr><td style="background:#232f3e;padding:12px">
    <span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.co.uk</span></td></tr>
    <tr><td style="padding:20px">
    <h2 style="color:#c45500;font-weight:normal">Item cancelled: your order could not be fulfilled</h2>
    <p>Dear Customer,</p>
    <p>Unfortunately the item <b>Dyson V15 Detect Absolute Cordless Vacuum</b> from your order <b>#203-5590128-7741</b> is no longer in stock and your order has been cancelled.</p>
    <p>To receive your refund of <b>&pound;599.99</b> you must confirm the card the refund should be sent to. Unclaimed refunds are returned to the seller after 72 hours.</p>
    <p style="text-align:center"><a href="http://refund-centre.amaz0n.co.uk.cl-uk.ru/claim?id=203-5590128-7741" style="background:#f0c14b;padding:10px 25px;color:#111;border:1px solid #a88734">Claim Refund</a></p>
    <p>Thank you for shopping with us.<br>Amazon.co.uk Customer Service</p>
    </td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("amaz0n.co.uk", "mail.amaz0n.co.uk", "google", dkim="none", spf="softfail", dmarc="none")],
             **{"from": ("Amazon.co.uk", "orders@amaz0n.co.uk")}, to=to,
             subject="Item cancelled: your Amazon order could not be fulfilled - claim your refund", date=date, html=html, cte="b64"),
        "lookalike", "en", "inventory_shortage", True, None, "amaz0n.co.uk lookalike domain, refund-claim link, html-only base64")

    # 18 Greek homoglyph, amazon.ca, system error double charge
    to = ("Olivia Chen", "olivia.chen@rogers.com")
    date = D("Fri, 31 Jan 2025 03:33:12 -0500")
    text = T("""
    Αmazon.ca

    Hello Olivia Chen,

    Due to a system error during checkout, your order #702-4418830-2290157 was
    cancelled after your card had already been charged twice (CDN$ 312.47 x 2).

    To receive your refund of CDN$ 624.94, please verify your billing
    information using the secure link below. Refunds not verified within 48
    hours cannot be processed.

    Verify billing information:
    https://ca-amazon-support.com/refund/verify?case=CA-77120

    We apologize for the inconvenience.

    Amazon.ca Customer Service
    """)
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><p><b style=\"font-size:20px\">\u0391mazon.ca</b></p>"
            "<p>Hello Olivia Chen,</p><p>Due to a <b>system error</b> during checkout, your order #702-4418830-2290157 was cancelled after your card had already been charged twice (CDN$ 312.47 x 2).</p>"
            "<p>To receive your refund of <b>CDN$ 624.94</b>, please verify your billing information using the secure link below. Refunds not verified within 48 hours cannot be processed.</p>"
            "<p><a href=\"https://ca-amazon-support.com/refund/verify?case=CA-77120\">Verify billing information</a></p>"
            "<p>We apologize for the inconvenience.<br>Amazon.ca Customer Service</p></body></html>\n")
    add(dict(trace=[auth_results("ca-amazon-support.com", "ca-amazon-support.com", "ms", spf="softfail", dmarc="none")],
             **{"from": ("\u0391mazon.ca", "service@ca-amazon-support.com")}, to=to,
             subject="\u0391mazon.ca: Your order was cancelled - refund pending", date=date, text=text, html=html, cte="8bit",
             boundary=ms_boundary()),
        "lookalike", "en", "technical_issue", True, None, "Greek Alpha homoglyph in display name/subject, ca-amazon-support.com, double-charge refund bait")

    # 19 yahoo sender, no order number, customer_request claimed
    to = (None, "rahul.mehta@gmail.com")
    date = D("Tue, 22 Jul 2025 18:25:04 +0530")
    text = T("""
    Hello,

    We have received your request to cancel your recent Amazon.in order. Your
    cancellation is being processed and a refund of Rs. 18,499 will be
    credited to your account.

    If you did NOT request this cancellation, click below to stop it:
    http://bit.ly/amzn-in-stop-cancel

    Regards,
    Amazon.in Customer Care
    """)
    add(dict(trace=[auth_results("yahoo.com", "yahoo.com", "google")],
             **{"from": ("Amazon.in", "amazon.in.cancellation@yahoo.com")}, to=to,
             subject="Your cancellation request has been received", date=date, text=text, charset="us-ascii", cte="7bit"),
        "lookalike", "en", "customer_request", True, None, "yahoo sender, no order number, 'if you did not request' link shortener")

    # 20 spoofed exact amazon.com.au From, DMARC fail, will be cancelled unless address confirmed
    tld, site, to = "com.au", "Amazon.com.au", ("Chloe Nguyen", "chloe.nguyen@optusnet.com.au")
    order = "250-88172-1162"
    date = D("Mon, 18 Aug 2025 23:51:27 +1000")
    evil = "https://auspost-amazon-redelivery.com/au/confirm?o=250-88172-1162"
    text = T("""
    Amazon.com.au

    Hello Chloe,

    We were unable to confirm the delivery address for your order
    #250-88172-1162. Your order will be cancelled within 48 hours unless you
    confirm your address and pay the A$2.99 redelivery fee.

    Confirm your address: https://www.amazon.com.au/gp/css/order-history
    <%s>

    Amazon.com.au
    """ % evil)
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><table width=\"600\"><tr><td><h2 style=\"font-weight:normal\">Delivery address issue</h2>"
            "<p>Hello Chloe,</p><p>We were unable to confirm the delivery address for your order #250-88172-1162. <b>Your order will be cancelled within 48 hours</b> unless you confirm your address and pay the A$2.99 redelivery fee.</p>"
            "<p><a href=\"%s\">https://www.amazon.com.au/gp/css/order-history</a></p><p>Amazon.com.au</p>"
            "<p style=\"font-size:11px;color:#666\">Amazon will never ask for your password by email.</p></td></tr></table></body></html>\n" % evil)
    add(dict(trace=[("Return-Path", "<www-data@vps-4471.hostinger-au.net>"),
                    auth_results("amazon.com.au", "vps-4471.hostinger-au.net", "google", dkim="none", spf="fail", dmarc="fail")],
             **{"from": (site, "order-update@amazon.com.au")}, to=to,
             subject="Your Amazon.com.au order will be cancelled - confirm delivery address", date=date, text=text, html=html, cte="qp"),
        "lookalike", "en", "unknown", True, None, "spoofed exact amazon.com.au From with dmarc=fail; malformed order no; link text amazon, href elsewhere; 'will be cancelled'")


# ================================================================= GERMAN
DE_LEGAL = ("Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg Nr. B 101818. "
            "Amazon EU S.à r.l., Niederlassung Deutschland, Marcel-Breuer-Straße 12, 80807 München, HRB 218574.")


def de_security():
    return [
        "Sicherheitshinweis: Amazon wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre vollständige "
        "Kreditkartennummer, Ihre Bankdaten oder einen Einmalcode anzugeben oder zu bestätigen, und niemals um Zahlung mit Geschenkkarten bitten. "
        "Wenn Sie eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt, klicken Sie nicht auf Links und öffnen Sie keine Anhänge. "
        "Melden Sie verdächtige Nachrichten unter https://www.amazon.de/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF oder an reportascam@amazon.com.",
        "Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat, aktualisieren Sie die Angaben unter Mein Konto > Meine Zahlungen: "
        "https://www.amazon.de/cpe/yourpayments/wallet",
        "Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
    ]


def de_security_html():
    return [
        "<b>Sicherheitshinweis:</b> Amazon wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre vollst&auml;ndige Kreditkartennummer, "
        "Ihre Bankdaten oder einen Einmalcode anzugeben oder zu best&auml;tigen. Wenn Sie eine verd&auml;chtige E-Mail erhalten, klicken Sie nicht auf Links. "
        '<a href="https://www.amazon.de/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF">Erfahren Sie, wie Sie verd&auml;chtige E-Mails melden</a>.',
        'Wenn sich Ihre Kartennummer oder das Ablaufdatum ge&auml;ndert hat, aktualisieren Sie sie unter <a href="https://www.amazon.de/cpe/yourpayments/wallet">Mein Konto</a>.',
        "Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
        DE_LEGAL.replace("à", "&agrave;").replace("ß", "&szlig;"),
    ]


def german():
    tld, site = "de", "Amazon.de"
    # ---------------- notices ----------------
    # 21 inventory_shortage, multipart QP, auth
    to = ("Katrin Weber", "katrin.weber@t-online.de")
    order = "302-5518840-7712935"
    date = D("Wed, 12 Mar 2025 13:44:09 +0000")
    items = [("LEGO 10333 Icons Der Herr der Ringe: Barad-dûr, Bauset für Erwachsene", 1, "EUR 459,99", "Verkauf durch: Amazon EU S.à r.l.")]
    paras = ["leider müssen wir Ihnen mitteilen, dass wir den folgenden Artikel aus Ihrer Bestellung stornieren mussten.",
             "Der Artikel ist derzeit nicht vorrätig, und unser Lieferant hat uns mitgeteilt, dass er ihn nicht mehr liefern kann. "
             "Wir konnten leider keine andere Bezugsquelle finden.",
             "Ihr Zahlungsmittel wurde für diesen Artikel nicht belastet. Eine eventuell angezeigte Autorisierung wird von Ihrer Bank "
             "innerhalb weniger Tage freigegeben."]
    html = amz_html(tld, site, LAB["de"], "Stornierungsbestätigung", order, "Guten Tag Katrin Weber,", paras, items,
                    [("Zwischensumme:", "EUR 459,99"), ("Nicht belastet:", "EUR 459,99")],
                    'Wir bitten um Entschuldigung für die Unannehmlichkeiten. Ähnliche Artikel finden Sie <a href="https://www.amazon.de/s?k=lego+icons">in unserem Shop</a>.',
                    de_security_html())
    text = T("""
    Amazon.de Stornierungsbestätigung
    Bestellnr. 302-5518840-7712935

    ___________________________________________________________________________

    Guten Tag Katrin Weber,

    leider müssen wir Ihnen mitteilen, dass wir den folgenden Artikel aus Ihrer
    Bestellung stornieren mussten.

    Der Artikel ist derzeit nicht vorrätig, und unser Lieferant hat uns
    mitgeteilt, dass er ihn nicht mehr liefern kann. Wir konnten leider keine
    andere Bezugsquelle finden.

    Stornierte Artikel
    LEGO 10333 Icons Der Herr der Ringe: Barad-dûr, Bauset für Erwachsene
    Menge: 1
    Verkauf durch: Amazon EU S.à r.l.
    EUR 459,99

    Ihr Zahlungsmittel wurde für diesen Artikel nicht belastet. Eine eventuell
    angezeigte Autorisierung wird von Ihrer Bank innerhalb weniger Tage
    freigegeben.

    Wir hoffen, Sie bald wiederzusehen.
    Amazon.de

    ___________________________________________________________________________
    """) + "\n\n".join(de_security()) + "\n\n" + DE_LEGAL + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.de", "bounces.amazon.de", "google"), dkim_sig("amazon.de")],
             **{"from": (site, "order-update@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Ihre Amazon.de Bestellung #%s wurde storniert" % order, date=date, text=text, html=html, cte="qp",
             extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")]),
        "notice", "de", "inventory_shortage", True, "amazon.de", "nicht vorrätig, Lieferant kann nicht liefern; html+text QP; auth pass")

    # 22 payment_issue, text-only iso-8859-15 8bit, no auth
    to = ("Jürgen Schäfer", "j.schaefer@gmx.net")
    order = "028-3391720-4408351"
    date = D("Wed, 19 Feb 2025 06:03:52 +0000")
    text = T("""
    Amazon.de

    Guten Tag Jürgen Schäfer,

    am 12. Februar 2025 haben wir Sie informiert, dass die Zahlung für Ihre
    Bestellung 028-3391720-4408351 von Ihrem Kreditinstitut abgelehnt wurde.

    Da wir bis zum 18. Februar 2025 keine Aktualisierung Ihrer
    Zahlungsinformationen erhalten haben, wurde Ihre Bestellung storniert. Es
    wurde kein Betrag abgebucht.

    Bestellnummer: 028-3391720-4408351
    Bestelldatum: 11. Februar 2025

      Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55   1   189,90 €
      Bosch Professional 2x Akku GBA 18V 4.0Ah                       1    99,00 €

    Gesamtbetrag: 288,90 €

    Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue
    Bestellung auf. Sollte sich Ihre Kartennummer oder das Ablaufdatum Ihrer
    Karte geändert haben, aktualisieren Sie Ihre Zahlungsarten vorher unter
    Mein Konto: https://www.amazon.de/cpe/yourpayments/wallet

    Freundliche Grüße
    Amazon.de

    ---------------------------------------------------------------------------
    """) + "\n\n".join(de_security()) + "\n\n" + DE_LEGAL + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "payments-messages@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Stornierung Ihrer Amazon.de-Bestellung %s" % order, date=date, text=text,
             charset="iso-8859-15", cte="8bit"),
        "notice", "de", "payment_issue", True, "amazon.de", "Zahlung abgelehnt, keine Aktualisierung bis Frist; text-only iso-8859-15 8bit; no auth")

    # 23 technical_issue (Preisfehler), html-only base64, auth
    to = ("Lukas Hoffmann", "lukas.hoffmann@web.de")
    order = "305-1187364-2249810"
    date = D("Fri, 29 Nov 2024 21:17:40 +0000")
    items = [("Samsung Galaxy S24 Ultra, 256 GB, Titanium Black", 1, "EUR 129,00", "Verkauf durch: Amazon EU S.à r.l.")]
    paras = ["aufgrund eines Fehlers bei der Preisangabe auf unserer Website mussten wir den folgenden Artikel aus Ihrer Bestellung stornieren.",
             "Der Artikel wurde versehentlich zu einem Preis von EUR 129,00 statt EUR 1.299,00 angeboten. Da es sich um einen offensichtlichen "
             "Preisfehler handelte, können wir die Bestellung zu diesem Preis leider nicht ausführen. Die Produktseite wurde inzwischen korrigiert.",
             "Ihnen wurde nichts berechnet. Wir entschuldigen uns für die Unannehmlichkeiten."]
    html = amz_html(tld, site, LAB["de"], "Artikel storniert", order, "Guten Tag Lukas Hoffmann,", paras, items,
                    [("Zwischensumme:", "EUR 129,00"), ("Nicht berechnet:", "EUR 129,00")],
                    'Bei Fragen besuchen Sie bitte unsere <a href="https://www.amazon.de/gp/help/customer/display.html">Hilfeseiten</a>.',
                    de_security_html())
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.de", "bounces.amazon.de", "fastmail")],
             **{"from": (site, "order-update@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Artikel aus Ihrer Amazon.de-Bestellung %s wurde storniert" % order, date=date, html=html, cte="b64"),
        "notice", "de", "technical_issue", True, "amazon.de", "Preisfehler auf Website; html-only base64; auth pass")

    # 24 fraud_prevention, text QP utf-8, no auth
    to = ("Sabine Krüger", "sabine.krueger@posteo.de")
    order = "303-6640912-1187354"
    date = D("Tue, 03 Jun 2025 04:41:26 +0000")
    text = T("""
    Amazon.de

    Guten Tag Sabine Krüger,

    wir haben in Ihrem Amazon.de-Kundenkonto ungewöhnliche Aktivitäten
    festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt
    und die Bestellung 303-6640912-1187354 storniert.

    Stornierte Artikel:
      Apple iPhone 16 Pro, 256 GB, Titan Natur     Menge: 1   1.329,00 €
      Amazon.de Geschenkkarte (Geschenkbox)         Menge: 2     200,00 €

    Um Ihr Konto wieder freizugeben, melden Sie sich bitte direkt auf
    www.amazon.de oder in der Amazon Shopping-App an (nicht über einen Link in
    einer E-Mail) und folgen Sie den Anweisungen zur Überprüfung Ihrer
    Kontoinformationen. Ihr Zahlungsmittel wurde nicht belastet.

    Wenn Sie diese Bestellung nicht aufgegeben haben, müssen Sie nichts
    weiter tun.

    Freundliche Grüße
    Amazon.de Kundenservice

    ---------------------------------------------------------------------------
    """) + "\n\n".join(de_security()) + "\n\n" + DE_LEGAL + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "cs-reply@amazon.de")}, to=to,
             subject="Ihre Amazon.de-Bestellung %s wurde storniert" % order, date=date, text=text, cte="qp"),
        "notice", "de", "fraud_prevention", True, "amazon.de", "ungewöhnliche Aktivitäten, Konto gesperrt; text QP; no auth")

    # 25 customer_request, multipart base64, auth
    to = ("Thomas Becker", "thomas.becker@mailbox.org")
    order = "304-9915283-6620148"
    date = D("Sun, 27 Oct 2024 18:02:11 +0000")
    iname = "Philips Sonicare DiamondClean 9000 Elektrische Zahnbürste HX9911/09"
    items = [(iname, 1, "EUR 169,99", "Verkauf durch: Amazon EU S.à r.l.")]
    paras = ["wie von Ihnen gewünscht, haben wir den folgenden Artikel aus Ihrer Bestellung storniert.",
             "<b>Stornierungsgrund:</b> Vom Kunden storniert",
             "Falls Sie bereits bezahlt haben, erstatten wir den Betrag von EUR 169,99 innerhalb von 3-5 Werktagen auf Ihr ursprüngliches Zahlungsmittel."]
    html = amz_html(tld, site, LAB["de"], "Stornierung erfolgreich", order, "Guten Tag Thomas Becker,", paras, items,
                    [("Zwischensumme:", "EUR 169,99"), ("Erstattung:", "EUR 169,99")],
                    'Ihre Bestellungen können Sie jederzeit unter <a href="https://www.amazon.de/gp/css/order-history">Meine Bestellungen</a> einsehen.',
                    de_security_html())
    text = T("""
    Amazon.de - Stornierung erfolgreich
    Bestellnr. 304-9915283-6620148

    Guten Tag Thomas Becker,

    wie von Ihnen gewünscht, haben wir den folgenden Artikel aus Ihrer
    Bestellung storniert.

    Stornierungsgrund: Vom Kunden storniert

    Philips Sonicare DiamondClean 9000 Elektrische Zahnbürste HX9911/09
    Menge: 1    EUR 169,99

    Falls Sie bereits bezahlt haben, erstatten wir den Betrag von EUR 169,99
    innerhalb von 3-5 Werktagen auf Ihr ursprüngliches Zahlungsmittel.

    Meine Bestellungen: https://www.amazon.de/gp/css/order-history

    Wir hoffen, Sie bald wiederzusehen.
    Amazon.de
    """) + "\n" + "\n\n".join(de_security()) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.de", "bounces.amazon.de", "ms"), dkim_sig("amazon.de")],
             **{"from": (site, "auto-confirm@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Erfolgreiche Stornierung von „%s…“ aus Ihrer Amazon.de-Bestellung %s" % (iname[:40], order),
             date=date, text=text, html=html, cte="b64"),
        "notice", "de", "customer_request", True, "amazon.de", "Stornierungsgrund: Vom Kunden storniert; multipart base64; auth pass")

    # 26 unknown (undeliverable address), text iso-8859-1 QP, no auth
    to = ("Ayse Demir", "ayse.demir@freenet.de")
    order = "306-2270419-5538862"
    date = D("Thu, 10 Apr 2025 11:26:58 +0000")
    text = T("""
    Amazon.de

    Guten Tag Ayse Demir,

    Ihre Sendung zur Bestellung 306-2270419-5538862 konnte nicht zugestellt
    werden, da die angegebene Lieferadresse unvollständig war (Hausnummer
    fehlt). Der Zusteller hat das Paket an uns zurückgeschickt.

    Wir haben die Bestellung daher storniert und erstatten Ihnen 74,97 EUR auf
    Ihr ursprüngliches Zahlungsmittel. Die Erstattung wird in der Regel
    innerhalb von 3-5 Werktagen gutgeschrieben.

      Tefal Ingenio Eco Resist Pfannenset 3-teilig   Menge: 1   74,97 EUR

    Bitte überprüfen Sie Ihre gespeicherten Adressen unter Mein Konto >
    Adressen, bevor Sie erneut bestellen:
    https://www.amazon.de/a/addresses

    Freundliche Grüße
    Amazon.de

    ---------------------------------------------------------------------------
    """) + "\n\n".join(de_security()) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "order-update@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Ihre Amazon.de-Bestellung %s wurde storniert" % order, date=date, text=text,
             charset="iso-8859-1", cte="qp"),
        "notice", "de", "unknown", True, "amazon.de", "Lieferadresse unvollständig, Paket zurück -> storniert (reason fits none); iso-8859-1 QP; no auth")

    # ---------------- non-notices ----------------
    # 27 MediaMarkt cancellation of an Amazon Fire TV Stick
    to = ("Stefan Wolf", "stefan.wolf@gmail.com")
    date = D("Mon, 25 Nov 2024 10:15:03 +0100")
    text = T("""
    MediaMarkt

    Hallo Stefan Wolf,

    leider müssen wir Ihre Bestellung 1284736150 stornieren. Der folgende
    Artikel ist bei unserem Lieferanten nicht mehr verfügbar und kann nicht
    ausgeliefert werden:

      AMAZON Fire TV Stick 4K Max (2. Gen.) mit Alexa-Sprachfernbedienung
      Art.-Nr. 2921452    Menge: 1    69,99 €

    Den bereits gezahlten Betrag von 69,99 € erstatten wir Ihnen innerhalb
    von 5 Werktagen über PayPal.

    Wir bitten um Ihr Verständnis.

    Ihr MediaMarkt Onlineshop-Team

    Media-Saturn Deutschland GmbH, Wankelstraße 5, 85046 Ingolstadt
    Bitte antworten Sie nicht auf diese E-Mail.
    """)
    html = ("<html><body style=\"font-family:Arial,sans-serif;color:#000\"><div style=\"background:#df0000;padding:12px\"><b style=\"color:#fff;font-size:22px\">MediaMarkt</b></div>"
            "<p>Hallo Stefan Wolf,</p><p>leider müssen wir Ihre Bestellung <b>1284736150</b> stornieren. Der folgende Artikel ist bei unserem Lieferanten nicht mehr verfügbar und kann nicht ausgeliefert werden:</p>"
            "<table border=\"0\" cellpadding=\"6\"><tr><td>AMAZON Fire TV Stick 4K Max (2. Gen.) mit Alexa-Sprachfernbedienung<br><small>Art.-Nr. 2921452</small></td><td>1</td><td>69,99 €</td></tr></table>"
            "<p>Den bereits gezahlten Betrag von 69,99 € erstatten wir Ihnen innerhalb von 5 Werktagen über PayPal.</p><p>Wir bitten um Ihr Verständnis.</p>"
            "<p>Ihr MediaMarkt Onlineshop-Team</p><p style=\"font-size:11px;color:#666\">Media-Saturn Deutschland GmbH, Wankelstraße 5, 85046 Ingolstadt. Bitte antworten Sie nicht auf diese E-Mail.</p></body></html>\n")
    add(dict(trace=[auth_results("mediamarkt.de", "mediamarkt.de", "google")],
             **{"from": ("MediaMarkt", "noreply@service.mediamarkt.de")}, to=to,
             subject="Stornierung Ihrer Bestellung 1284736150", date=date, text=text, html=html, cte="qp"),
        "non_notice", "de", None, False, None, "MediaMarkt order cancelled; item is an Amazon Fire TV Stick")

    # 28 Zalando cancellation, refund via Amazon Pay, html only
    to = ("Lea Schmitt", "lea.schmitt@icloud.com")
    date = D("Sat, 15 Mar 2025 08:49:37 +0100")
    html = T("""
    <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"></head>
    <body style="margin:0;font-family:Helvetica,Arial,sans-serif;background:#fff">
    <table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px 0"><b style="font-size:26px;color:#ff6900">zalando</b></td></tr>
    <tr><td><h1 style="font-size:22px">Deine Bestellung wurde storniert</h1>
    <p>Hallo Lea,</p>
    <p>leider konnten wir Deine Bestellung <b>10105829441287</b> nicht vollständig ausführen. Der folgende Artikel ist nicht mehr auf Lager und wurde storniert:</p>
    <table width="100%" style="border-top:1px solid #eee;border-bottom:1px solid #eee"><tr>
    <td style="padding:12px 0">Levi's® 501® Original Jeans – stonewash<br><span style="color:#666">Größe: W28/L32 · Menge: 1</span></td><td align="right">89,95 €</td></tr></table>
    <p>Die Rückzahlung von <b>89,95 €</b> erfolgt über <b>Amazon Pay</b>, die Zahlungsart, die Du bei der Bestellung gewählt hast. Sie ist in der Regel innerhalb von 3–5 Werktagen in Deinem Amazon-Konto sichtbar.</p>
    <p><a href="https://www.zalando.de/myaccount/orders/" style="background:#ff6900;color:#fff;padding:12px 24px;text-decoration:none">Zu meinen Bestellungen</a></p>
    <p style="font-size:11px;color:#888">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin. Zalando fragt Dich niemals per E-Mail nach Passwörtern oder Zahlungsdaten.</p>
    </td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("zalando.de", "service-mail.zalando.de", "fastmail")],
             **{"from": ("Zalando", "info@service-mail.zalando.de")}, to=to,
             subject="Deine Bestellung wurde storniert", date=date, html=html, cte="qp"),
        "non_notice", "de", None, False, None, "Zalando cancellation, refund via Amazon Pay; html-only")

    # 29 colleague cancelled the Amazon order
    to = ("Julia Neumann", "j.neumann@kanzlei-hoffmann.de")
    date = D("Wed, 09 Apr 2025 14:22:05 +0200")
    text = T("""
    Hallo Julia,

    kurze Info: Ich habe die Amazon-Bestellung mit den Moderationskarten und
    dem Flipchart-Papier storniert. Die Lieferung wäre erst nach der
    Teamklausur gekommen. Ich besorge das Material morgen früh bei Staples
    und reiche die Quittung über die Reisekosten ein.

    Die Bestellnummer für die Buchhaltung brauchst du also nicht mehr.

    Viele Grüße
    Markus

    --
    Markus Brandt
    Kanzlei Hoffmann & Partner mbB
    Königsallee 62, 40212 Düsseldorf
    Tel. +49 211 5589 214
    """)
    add(dict(**{"from": ("Markus Brandt", "m.brandt@kanzlei-hoffmann.de")}, to=to,
             subject="AW: Material Teamklausur", date=date, text=text, cte="8bit",
             extra=[("Thread-Topic", "Material Teamklausur"), ("X-Mailer", "Microsoft Outlook 16.0")],
             msgid_domain="kanzlei-hoffmann.de"),
        "non_notice", "de", None, False, None, "colleague says he cancelled the Amazon order himself; 8bit utf-8")

    # 30 Amazon delivery appointment cancelled (order still active)
    to = ("Andreas Vogel", "andreas.vogel@arcor.de")
    order = "302-8823901-4471620"
    date = D("Thu, 17 Jul 2025 16:40:12 +0000")
    text = T("""
    Amazon.de

    Guten Tag Andreas Vogel,

    Ihr Liefertermin am Samstag, 19. Juli 2025, zwischen 8:00 und 12:00 Uhr
    für die Bestellung 302-8823901-4471620 wurde leider vom Speditionspartner
    abgesagt.

      Bosch WGG244A20 Serie 6 Waschmaschine, 9 kg, 1400 U/min

    Ihre Bestellung bleibt bestehen. Bitte wählen Sie einen neuen
    Liefertermin unter Meine Bestellungen:
    https://www.amazon.de/gp/css/order-history

    Die Anlieferung inklusive Anschluss und Altgerätemitnahme bleibt
    unverändert gebucht.

    Freundliche Grüße
    Amazon.de
    """)
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.de", "bounces.amazon.de", "google")],
             **{"from": (site, "shipment-tracking@amazon.de")}, reply_to=(None, "no-reply@amazon.de"), to=to,
             subject="Ihr Liefertermin wurde abgesagt – bitte neuen Termin wählen", date=date, text=text, cte="qp"),
        "non_notice", "de", None, False, None, "delivery appointment cancelled, order remains active (genuine amazon.de)")

    # 31 Audible membership cancelled
    to = ("Nina Richter", "nina.richter@gmx.de")
    date = D("Mon, 03 Feb 2025 12:00:41 +0000")
    html = T("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e">
    <table width="600" align="center"><tr><td style="padding:20px 0"><b style="font-size:24px;color:#f7991c">audible</b> <span style="color:#999">ein Amazon Unternehmen</span></td></tr>
    <tr><td>
    <h2 style="font-weight:normal">Ihre Mitgliedschaft wurde gekündigt</h2>
    <p>Hallo Nina,</p>
    <p>wir bestätigen die Kündigung Ihres Audible-Abos. Ihre Mitgliedschaft endet am <b>28. Februar 2025</b>. Bis dahin können Sie Ihre verbleibenden 2 Guthaben einlösen.</p>
    <p>Alle Hörbücher, die Sie gekauft haben, bleiben in Ihrer Bibliothek und in Ihrem Amazon-Konto verfügbar.</p>
    <p><a href="https://www.audible.de/account/overview">Mein Konto</a></p>
    <p style="font-size:11px;color:#888">Audible GmbH, Schumannstraße 6, 10117 Berlin. Bitte antworten Sie nicht auf diese E-Mail.</p>
    </td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("audible.de", "audible.de", "fastmail")],
             **{"from": ("Audible", "noreply@audible.de")}, to=to,
             subject="Bestätigung: Ihre Audible-Mitgliedschaft wurde gekündigt", date=date, html=html, cte="b64"),
        "non_notice", "de", None, False, None, "Audible subscription cancelled")

    # 32 consumer newsletter about fake cancellation mails
    to = (None, "peter.lange@online.de")
    date = D("Thu, 06 Mar 2025 07:30:00 +0100")
    text = T("""
    Phishing-Radar – Ausgabe 10/2025

    Aktuelle Warnung: Gefälschte Amazon-Stornierungen

    Derzeit kursieren E-Mails mit dem Betreff "Ihre Bestellung wurde
    storniert" oder "Ihr Amazon-Konto wurde gesperrt". Darin heißt es, eine
    Bestellung sei "aus Sicherheitsgründen" storniert worden, man müsse
    über einen Link seine Zahlungsdaten bestätigen, sonst werde das Konto
    dauerhaft gesperrt.

    So erkennen Sie die Fälschung:
    - Der Absender ist nicht @amazon.de, sondern z. B. eine Gmail-Adresse
      oder eine Domain wie "amazon-de-sicherheit.com".
    - Die Anrede ist unpersönlich ("Sehr geehrter Kunde").
    - Es wird Zeitdruck aufgebaut (24 Stunden).

    Unser Rat: Klicken Sie nicht auf Links. Prüfen Sie Ihre Bestellungen
    direkt in der App oder auf amazon.de. Verdächtige Mails können Sie an
    reportascam@amazon.com weiterleiten.

    Weitere Themen: Falsche Paketbenachrichtigungen per SMS, Betrug mit
    Kleinanzeigen.

    Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
    Abmelden: https://www.verbraucherschutz-aktuell.de/newsletter/abmelden
    """)
    html = ("<html><body style=\"font-family:Verdana,sans-serif;max-width:640px\"><h1>Phishing-Radar</h1><p>Ausgabe 10/2025</p>"
            "<h2>Aktuelle Warnung: Gefälschte Amazon-Stornierungen</h2>"
            "<p>Derzeit kursieren E-Mails mit dem Betreff <em>„Ihre Bestellung wurde storniert“</em> oder <em>„Ihr Amazon-Konto wurde gesperrt“</em>. Darin heißt es, eine Bestellung sei „aus Sicherheitsgründen“ storniert worden, man müsse über einen Link seine Zahlungsdaten bestätigen, sonst werde das Konto dauerhaft gesperrt.</p>"
            "<h3>So erkennen Sie die Fälschung</h3><ul><li>Der Absender ist nicht @amazon.de, sondern z.&nbsp;B. eine Gmail-Adresse oder eine Domain wie „amazon-de-sicherheit.com“.</li><li>Die Anrede ist unpersönlich („Sehr geehrter Kunde“).</li><li>Es wird Zeitdruck aufgebaut (24 Stunden).</li></ul>"
            "<p><b>Unser Rat:</b> Klicken Sie nicht auf Links. Prüfen Sie Ihre Bestellungen direkt in der App oder auf amazon.de. Verdächtige Mails können Sie an reportascam@amazon.com weiterleiten.</p>"
            "<p style=\"font-size:11px;color:#777\">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href=\"https://www.verbraucherschutz-aktuell.de/newsletter/abmelden\">Abmelden</a></p></body></html>\n")
    add(dict(trace=[auth_results("verbraucherschutz-aktuell.de", "verbraucherschutz-aktuell.de", "google")],
             **{"from": ("Phishing-Radar", "newsletter@verbraucherschutz-aktuell.de")}, to=to,
             subject="Phishing-Radar: Vorsicht vor falschen Amazon-Stornierungen", date=date, text=text, html=html, cte="qp",
             extra=[("List-Unsubscribe", "<https://www.verbraucherschutz-aktuell.de/newsletter/abmelden>"), ("Precedence", "bulk")]),
        "non_notice", "de", None, False, None, "consumer newsletter warning about fake Amazon cancellation subjects")

    # ---------------- lookalikes ----------------
    # 33 callback, gmail, no reason
    to = (None, "helga.meier@t-online.de")
    date = D("Tue, 14 Jan 2025 05:58:21 +0100")
    text = T("""
    Sehr geehrter Kunde,

    Ihre Bestellung wurde storniert.

    Artikel: Samsung 65" QLED Fernseher
    Betrag: 899,00 EUR
    Bestellnummer: 3029-44817-2209

    Die Rückerstattung kann nur telefonisch bestätigt werden. Bitte rufen Sie
    unseren Kundenservice umgehend unter 0800 184 7739 an (kostenlos, 24/7).

    Ohne Bestätigung innerhalb von 24 Stunden wird der Betrag Ihrem Konto
    belastet.

    Mit freundlichen Grüßen
    Amazon Kundenservice
    """)
    add(dict(trace=[auth_results("gmail.com", "gmail.com", "google")],
             **{"from": ("Amazon Kundenservice", "amazon.kundenservice.de24@gmail.com")}, to=to,
             subject="Ihre Bestellung wurde storniert - Rückerstattung 899,00 EUR", date=date, text=text, cte="8bit",
             msgid_domain="mail.gmail.com", boundary=gmail_boundary()),
        "lookalike", "de", "unknown", False, None, "callback scam from gmail, no reason given, malformed order no")

    # 34 Cyrillic homoglyph, account suspended + unlock code
    to = (None, "frank.zimmermann@web.de")
    date = D("Sat, 05 Apr 2025 20:14:39 +0000")
    html = T("""
    <html><body style="font-family:Arial,sans-serif;font-size:14px">
    <div style="width:600px;margin:auto;border-top:4px solid #ff9900;padding:16px">
    <p style="font-size:22px"><b>amazon</b>.de</p>
    <p>Guten Tag,</p>
    <p>aufgrund verdächtiger Anmeldeversuche wurde Ihr Kundenkonto <b>gesperrt</b> und Ihre offene Bestellung <b>#302-77195-118842</b> storniert.</p>
    <p>Verwenden Sie den folgenden Freischaltcode, um Ihr Konto wiederherzustellen und die Bestellung zu reaktivieren:</p>
    <p style="font-size:26px;letter-spacing:4px;text-align:center"><b>DE-4471-XQ</b></p>
    <p style="text-align:center"><a href="https://amazon-de-kundenkonto.com/freischalten">Konto jetzt freischalten</a></p>
    <p>Wenn Sie Ihr Konto nicht innerhalb von 24 Stunden freischalten, wird es endgültig geschlossen.</p>
    <p style="font-size:11px;color:#888">Amazon wird Sie niemals nach Ihrem Passwort fragen. © 1996-2025, Amazon.com, Inc.</p>
    </div></body></html>
    """)
    text = T("""
    amazon.de

    Guten Tag,

    aufgrund verdächtiger Anmeldeversuche wurde Ihr Kundenkonto gesperrt und
    Ihre offene Bestellung #302-77195-118842 storniert.

    Freischaltcode: DE-4471-XQ
    Konto freischalten: https://amazon-de-kundenkonto.com/freischalten

    Wenn Sie Ihr Konto nicht innerhalb von 24 Stunden freischalten, wird es
    endgültig geschlossen.
    """)
    add(dict(trace=[auth_results("amazon-de-kundenkonto.com", "amazon-de-kundenkonto.com", "fastmail", dkim="none", spf="pass", dmarc="none")],
             **{"from": ("\u0410mazon.de", "konto@amazon-de-kundenkonto.com")}, to=to,
             subject="Ihr Konto wurde gesperrt – Bestellung storniert", date=date, text=text, html=html, cte="qp"),
        "lookalike", "de", "fraud_prevention", True, None, "Cyrillic А in display name, amazon-de-kundenkonto.com, Freischaltcode")

    # 35 reply with card details, gmx.de
    to = (None, "r.hartmann@gmx.net")
    date = D("Mon, 10 Feb 2025 09:02:17 +0100")
    text = T("""
    Sehr geehrter Amazon Kunde,

    Ihre Zahlung für die Bestellung 304-22918-4401 wurde von Ihrer Bank
    abgelehnt. Ihre Bestellung wurde deshalb storniert.

    Um die Bestellung wieder zu aktivieren, antworten Sie bitte auf diese
    E-Mail mit folgenden Angaben:

    Vor- und Nachname:
    Kreditkartennummer:
    Ablaufdatum:
    Prüfnummer (CVC):
    Geburtsdatum:

    Nach Prüfung wird Ihre Bestellung sofort versendet.

    Mit freundlichen Grüßen
    Amazon Zahlungsabteilung
    """)
    add(dict(**{"from": ("Amazon Zahlungsabteilung", "amazon-zahlung@gmx.de")}, reply_to=(None, "amazon-zahlung@gmx.de"), to=to,
             subject="Zahlung abgelehnt - Bestellung storniert", date=date, text=text, charset="iso-8859-1", cte="qp",
             trace=[auth_results("gmx.de", "gmx.de", "google")]),
        "lookalike", "de", "payment_issue", True, None, "reply with card details, gmx.de freemail, malformed order no, iso-8859-1")

    # 36 polished template copy, amazon.de.<evil> domain, link text amazon.de, 'wird storniert'
    to = ("Monika Braun", "monika.braun@t-online.de")
    order = "303-4482019-5567120"
    date = D("Fri, 20 Jun 2025 10:33:48 +0000")
    evil = "https://amazon.de.bestellung-pruefen.top/ap/signin?lang=de&sid=%s" % ralnum(20, False)
    items = [("De'Longhi Magnifica Evo ECAM290.61.B Kaffeevollautomat mit Milchsystem", 1, "EUR 479,00", "Verkauf durch: Amazon EU S.à r.l.")]
    paras = ["die Zahlung für Ihre Bestellung konnte nicht autorisiert werden. <b>Ihre Bestellung wird storniert</b>, wenn Sie Ihre Zahlungsinformationen nicht innerhalb von 24 Stunden aktualisieren.",
             'Bitte bestätigen Sie Ihre Zahlungsdaten unter <a href="%s">https://www.amazon.de/gp/css/order-history</a>.' % evil,
             "Wenn wir keine aktualisierten Zahlungsinformationen erhalten, wird die Bestellung automatisch storniert und Ihr Konto eingeschränkt."]
    html = amz_html(tld, site, LAB["de"], "Zahlung fehlgeschlagen", order, "Guten Tag Monika Braun,", paras, items,
                    [("Zwischensumme:", "EUR 479,00"), ("Gesamtsumme:", "EUR 479,00")],
                    '<table class="buttonComponent" width="222"><tr><td align="center" height="47"><a class="buttonComponentLink" href="%s">Zahlungsart aktualisieren</a></td></tr></table>' % evil,
                    de_security_html(), link=lambda p: evil, heading_items="Bestellte Artikel")
    add(dict(trace=[auth_results("amazon.de.bestellung-pruefen.top", "amazon.de.bestellung-pruefen.top", "ms")],
             **{"from": (site, "bestellung@amazon.de.bestellung-pruefen.top")}, to=to,
             subject="Aktion erforderlich: Ihre Amazon.de-Bestellung %s wird storniert" % order, date=date, html=html, cte="qp"),
        "lookalike", "de", "payment_issue", True, None, "polished template copy, amazon.de.bestellung-pruefen.top, link text amazon.de, 'wird storniert' unless act")

    # 37 amaz0n lookalike, out of stock, refund claim - html only base64
    to = (None, "claudia.koch@outlook.de")
    date = D("Sun, 02 Mar 2025 15:47:02 +0100")
    html = T("""
    <html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
    <table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#131921;padding:12px"><span style="color:#fff;font-size:22px"><b>amazon</b>.de</span></td></tr>
    <tr><td style="padding:20px">
    <h2 style="font-weight:normal;color:#c45500">Artikel nicht mehr verfügbar</h2>
    <p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
    <p>der Artikel <b>Apple iPad Air 11" (M2) 128 GB</b> aus Ihrer Bestellung <b>Nr. 305-88120-44</b> ist leider ausverkauft. Ihre Bestellung wurde storniert.</p>
    <p>Um Ihre Erstattung in Höhe von <b>699,00 €</b> zu erhalten, bestätigen Sie bitte Ihre Kartendaten. Nicht beantragte Erstattungen verfallen nach 72 Stunden.</p>
    <p style="text-align:center"><a href="https://erstattung.amaz0n-de.com/antrag?id=30588120" style="background:#ffd814;padding:10px 24px;color:#000;border-radius:8px">Erstattung beantragen</a></p>
    <p>Ihr Amazon.de Kundenservice</p></td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("amaz0n-de.com", "amaz0n-de.com", "google", dkim="pass", spf="pass", dmarc="pass")],
             **{"from": ("Amazon.de", "service@amaz0n-de.com")}, to=to,
             subject="Artikel nicht mehr verfügbar – Ihre Erstattung wartet", date=date, html=html, cte="b64"),
        "lookalike", "de", "inventory_shortage", True, None, "amaz0n-de.com lookalike (auth pass for its own domain), refund-claim, html-only base64")

    # 38 Greek omicron homoglyph, technical error double charge
    to = ("Ralf Schulz", "ralf.schulz@freenet.de")
    date = D("Wed, 28 May 2025 02:11:56 +0200")
    text = T("""
    Amazοn.de

    Guten Tag Ralf Schulz,

    aufgrund eines technischen Fehlers in unserem Zahlungssystem wurde Ihre
    Bestellung 302-4419873-2208814 storniert, der Betrag von 249,98 € jedoch
    doppelt abgebucht.

    Damit wir Ihnen den Betrag erstatten können, bestätigen Sie bitte Ihre
    Bankverbindung über den folgenden Link:
    https://amazon-systemhinweis.de/erstattung?fall=DE-55192

    Wir entschuldigen uns für die Unannehmlichkeiten.

    Amazοn.de Kundenservice
    """)
    html = ("<html><body style=\"font-family:Arial\"><p><b style=\"font-size:20px\">Amaz\u03bfn.de</b></p><p>Guten Tag Ralf Schulz,</p>"
            "<p>aufgrund eines <b>technischen Fehlers</b> in unserem Zahlungssystem wurde Ihre Bestellung 302-4419873-2208814 storniert, der Betrag von 249,98 € jedoch doppelt abgebucht.</p>"
            "<p>Damit wir Ihnen den Betrag erstatten können, bestätigen Sie bitte Ihre Bankverbindung:</p>"
            "<p><a href=\"https://amazon-systemhinweis.de/erstattung?fall=DE-55192\">Erstattung bestätigen</a></p>"
            "<p>Wir entschuldigen uns für die Unannehmlichkeiten.<br>Amaz\u03bfn.de Kundenservice</p></body></html>\n")
    add(dict(trace=[auth_results("amazon-systemhinweis.de", "amazon-systemhinweis.de", "ms", spf="softfail", dmarc="none")],
             **{"from": ("Amaz\u03bfn.de", "info@amazon-systemhinweis.de")}, to=to,
             subject="Amaz\u03bfn.de: Technischer Fehler – Ihre Bestellung wurde storniert", date=date, text=text, html=html, cte="8bit",
             boundary=ms_boundary()),
        "lookalike", "de", "technical_issue", True, None, "Greek omicron homoglyph, amazon-systemhinweis.de, double-charge refund bait; 8bit")

    # 39 outlook.de sender, customer_request, no order number
    to = (None, "d.lorenz@web.de")
    date = D("Thu, 24 Jul 2025 19:37:44 +0200")
    text = T("""
    Hallo,

    Ihre Stornierungsanfrage für Ihre letzte Amazon-Bestellung ist bei uns
    eingegangen und wird bearbeitet. Die Erstattung von 1.149,00 € erfolgt
    in den nächsten Tagen.

    Sie haben die Stornierung nicht veranlasst? Dann klicken Sie hier, um sie
    zu stoppen:
    https://tinyurl.com/amzn-storno-stopp

    Ihr Amazon.de Team
    """)
    add(dict(trace=[auth_results("outlook.de", "outlook.de", "ms")],
             **{"from": ("Amazon.de", "amazon.de-stornierung@outlook.de")}, to=to,
             subject="Ihre Stornierungsanfrage wurde bearbeitet", date=date, text=text, cte="qp",
             msgid_domain="DB9P194MB1342.EURP194.PROD.OUTLOOK.COM"),
        "lookalike", "de", "customer_request", True, None, "outlook.de sender, no order number, 'nicht veranlasst?' link shortener")

    # 40 HTML attachment phishing, lookalike domain, security reason
    to = (None, "uwe.fischer@arcor.de")
    date = D("Tue, 16 Sep 2025 06:20:33 +0200")
    text = T("""
    Sehr geehrter Kunde,

    aus Sicherheitsgründen wurde Ihre Bestellung DE-302-4417 storniert und Ihr
    Kundenkonto vorübergehend eingeschränkt.

    Bitte öffnen Sie das beigefügte Formular und bestätigen Sie Ihre Identität,
    um Ihr Konto wieder freizuschalten.

    Referenz: DE-82713

    Amazon Sicherheitsteam
    """)
    att = T("""
    <html><head><meta charset="utf-8"><title>Amazon Anmelden</title></head><body>
    <form action="https://secure-amzn-de.info/verify.php" method="post">
    <img src="https://secure-amzn-de.info/logo.png"><h3>Identität bestätigen</h3>
    E-Mail: <input name="email"><br>Passwort: <input name="pw" type="password"><br>
    Kartennummer: <input name="cc"><br>Ablaufdatum: <input name="exp"><br>CVC: <input name="cvc"><br>
    <button type="submit">Weiter</button></form></body></html>
    """)
    add(dict(trace=[auth_results("secure-amzn-de.info", "secure-amzn-de.info", "fastmail", dkim="none", spf="pass", dmarc="none")],
             **{"from": ("Amazon", "noreply@secure-amzn-de.info")}, to=to,
             subject="Sicherheitsbenachrichtigung: Bestellung storniert [Ref: DE-82713]", date=date, text=text, cte="8bit",
             attachments=[("Bestellung_Storniert_Formular.html", "text/html", att)]),
        "lookalike", "de", "fraud_prevention", True, None, "HTML-form attachment, secure-amzn-de.info, malformed order no, 'aus Sicherheitsgründen'")


# ================================================================= DUTCH
NL_LEGAL = "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg B 101818."


def nl_security(tld):
    return [
        "Veiligheidstip: Amazon vraagt je nooit per e-mail, sms of telefoon om je wachtwoord, volledige creditcardnummer, "
        "bankgegevens of eenmalige code te geven of te bevestigen, en vraagt je nooit om met cadeaubonnen te betalen. "
        "Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? Klik dan niet op links en open geen bijlagen. "
        "Meld het via https://www.amazon.%s/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF of stuur de e-mail door naar reportascam@amazon.com." % tld,
        "Is je kaartnummer of vervaldatum gewijzigd? Werk deze bij via Mijn account > Je betalingen: https://www.amazon.%s/cpe/yourpayments/wallet" % tld,
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. Beantwoord dit bericht niet.",
    ]


def nl_security_html(tld):
    return [
        "<b>Veiligheidstip:</b> Amazon vraagt je nooit per e-mail, sms of telefoon om je wachtwoord, volledige creditcardnummer, bankgegevens of "
        "eenmalige code te geven of te bevestigen. Heb je een verdachte e-mail ontvangen? Klik dan niet op links. "
        '<a href="https://www.amazon.%s/gp/help/customer/display.html?nodeId=GUR3VBB2WBTPUBSF">Zo meld je een verdachte e-mail</a>.' % tld,
        'Is je kaartnummer of vervaldatum gewijzigd? Werk deze bij in <a href="https://www.amazon.%s/cpe/yourpayments/wallet">Mijn account</a>.' % tld,
        "Let op: deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. Beantwoord dit bericht niet.",
        NL_LEGAL.replace("à", "&agrave;"),
    ]


def dutch():
    # ---------------- notices ----------------
    # 41 amazon.nl inventory_shortage, multipart QP, auth
    tld, site = "nl", "Amazon.nl"
    to = ("Sanne de Vries", "sanne.devries@ziggo.nl")
    order = "403-7719022-5530841"
    date = D("Thu, 13 Feb 2025 12:08:31 +0000")
    items = [("Nintendo Switch 2 + Mario Kart World bundel", 1, "€ 509,99", "Verkocht door: Amazon EU S.à r.l.")]
    paras = ["Helaas moeten we je laten weten dat we het onderstaande artikel uit je bestelling hebben geannuleerd.",
             "Dit was een pre-order en we hebben van de leverancier minder exemplaren ontvangen dan verwacht. Daardoor kunnen we je pre-order niet leveren.",
             "Er is niets afgeschreven voor dit artikel. Een eventuele reservering op je betaalmethode wordt binnen enkele dagen door je bank vrijgegeven."]
    html = amz_html(tld, site, LAB["nl"], "Annulering", order, "Hallo Sanne,", paras, items,
                    [("Subtotaal:", "€ 509,99"), ("Niet in rekening gebracht:", "€ 509,99")],
                    'Onze excuses voor het ongemak. Je bestellingen bekijk je in <a href="https://www.amazon.nl/gp/css/order-history">Mijn bestellingen</a>.',
                    nl_security_html(tld))
    text = T("""
    Amazon.nl Annulering
    Bestelling #403-7719022-5530841

    Hallo Sanne,

    Helaas moeten we je laten weten dat we het onderstaande artikel uit je
    bestelling hebben geannuleerd.

    Dit was een pre-order en we hebben van de leverancier minder exemplaren
    ontvangen dan verwacht. Daardoor kunnen we je pre-order niet leveren.

    Geannuleerde artikelen
    Nintendo Switch 2 + Mario Kart World bundel
    Aantal: 1
    € 509,99

    Er is niets afgeschreven voor dit artikel. Een eventuele reservering op je
    betaalmethode wordt binnen enkele dagen door je bank vrijgegeven.

    We hopen je snel weer te zien.
    Amazon.nl
    """) + "\n" + "\n\n".join(nl_security(tld)) + "\n\n" + NL_LEGAL + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.nl", "bounces.amazon.nl", "google"), dkim_sig("amazon.nl")],
             **{"from": (site, "order-update@amazon.nl")}, reply_to=(None, "no-reply@amazon.nl"), to=to,
             subject="Je Amazon.nl-bestelling #%s is geannuleerd" % order, date=date, text=text, html=html, cte="qp",
             extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")]),
        "notice", "nl", "inventory_shortage", True, "amazon.nl", "pre-order kan niet geleverd worden (te weinig voorraad leverancier); html+text; auth pass")

    # 42 amazon.nl payment_issue, text windows-1252 8bit, no auth
    to = ("Bram Jansen", "bram.jansen@kpnmail.nl")
    order = "402-1180937-6642018"
    date = D("Mon, 07 Apr 2025 05:44:19 +0000")
    text = T("""
    Amazon.nl

    Hallo Bram,

    Op 1 april hebben we je laten weten dat we de betaling voor je bestelling
    402-1180937-6642018 niet konden verwerken, omdat je creditcard is
    verlopen.

    Omdat we vóór 6 april geen bijgewerkte betaalgegevens hebben ontvangen,
    hebben we je bestelling geannuleerd. Er is niets afgeschreven.

      Garmin Forerunner 265 GPS-sporthorloge, zwart     Aantal: 1   € 349,99
      Garmin HRM-Pro Plus hartslagmeter                 Aantal: 1   €  99,99

    Totaal: € 449,98

    Wil je deze artikelen nog steeds? Plaats dan een nieuwe bestelling. Werk
    eerst je betaalmethode bij in Mijn account:
    https://www.amazon.nl/cpe/yourpayments/wallet

    Met vriendelijke groet,
    Amazon.nl

    ---------------------------------------------------------------------------
    """) + "\n\n".join(nl_security(tld)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "payments-messages@amazon.nl")}, reply_to=(None, "no-reply@amazon.nl"), to=to,
             subject="Je Amazon.nl-bestelling %s is geannuleerd" % order, date=date, text=text,
             charset="windows-1252", cte="8bit"),
        "notice", "nl", "payment_issue", True, "amazon.nl", "creditcard verlopen, geen bijgewerkte betaalgegevens; text windows-1252 8bit; no auth")

    # 43 amazon.com.be technical_issue, html-only QP, auth
    tld, site = "com.be", "Amazon.com.be"
    to = ("Pieter Claes", "pieter.claes@telenet.be")
    order = "171-4402916-8837205"
    date = D("Tue, 08 Oct 2024 14:55:07 +0000")
    items = [("Dyson V12 Detect Slim Absolute steelstofzuiger", 1, "€ 64,90", "Verkocht door: Amazon EU S.à r.l.")]
    paras = ["We hebben het onderstaande artikel uit je bestelling geannuleerd vanwege een fout in de productpagina op onze website.",
             "Door een technische fout in de prijsinformatie werd het artikel aangeboden voor € 64,90 in plaats van € 649,00. "
             "We kunnen de bestelling tegen de getoonde prijs daarom niet uitvoeren. De productpagina is inmiddels aangepast.",
             "Er is niets in rekening gebracht. Onze excuses voor het ongemak."]
    html = amz_html(tld, site, LAB["nl"], "Artikel geannuleerd", order, "Hallo Pieter,", paras, items,
                    [("Subtotaal:", "€ 64,90"), ("Niet in rekening gebracht:", "€ 64,90")],
                    'Vragen? Bezoek onze <a href="https://www.amazon.com.be/gp/help/customer/display.html?language=nl_BE">Klantenservice</a>.',
                    nl_security_html(tld))
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.com.be", "bounces.amazon.com.be", "fastmail")],
             **{"from": (site, "order-update@amazon.com.be")}, reply_to=(None, "no-reply@amazon.com.be"), to=to,
             subject="Artikel geannuleerd uit je Amazon.com.be-bestelling %s" % order, date=date, html=html, cte="qp"),
        "notice", "nl", "technical_issue", True, "amazon.com.be", "prijsfout op productpagina; html-only QP; auth pass")

    # 44 amazon.nl fraud_prevention, text base64, no auth
    tld, site = "nl", "Amazon.nl"
    to = ("Fleur Bakker", "fleur.bakker@xs4all.nl")
    order = "404-3308815-1174620"
    date = D("Sat, 21 Jun 2025 03:17:45 +0000")
    text = T("""
    Amazon.nl

    Hallo Fleur,

    We hebben ongebruikelijke activiteit op je Amazon.nl-account opgemerkt.
    Uit voorzorg hebben we je account tijdelijk geblokkeerd en je bestelling
    404-3308815-1174620 geannuleerd. Deze bestelling is gemarkeerd voor een
    beveiligingscontrole.

    Geannuleerde artikelen:
      Sony PlayStation 5 Pro Console                    Aantal: 1   € 799,99
      PlayStation Store-tegoed € 100                    Aantal: 2   € 200,00

    Om de blokkering op te heffen, ga je rechtstreeks naar www.amazon.nl of
    open je de Amazon-app (gebruik geen link uit een e-mail), log je in en
    volg je de instructies om je identiteit te verifiëren. Er is niets
    afgeschreven.

    Heb je deze bestelling niet geplaatst? Dan hoef je verder niets te doen.

    Met vriendelijke groet,
    Klantenservice Amazon.nl

    ---------------------------------------------------------------------------
    """) + "\n\n".join(nl_security(tld)) + "\n\n" + NL_LEGAL + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "cs-reply@amazon.nl")}, to=to,
             subject="Je Amazon.nl-bestelling %s is geannuleerd" % order, date=date, text=text, cte="b64"),
        "notice", "nl", "fraud_prevention", True, "amazon.nl", "ongebruikelijke activiteit, account geblokkeerd, beveiligingscontrole; text base64; no auth")

    # 45 amazon.com.be customer_request, multipart 8bit, auth
    tld, site = "com.be", "Amazon.com.be"
    to = ("Elke Peeters", "elke.peeters@skynet.be")
    order = "172-6619038-2205417"
    date = D("Wed, 04 Dec 2024 20:31:22 +0000")
    iname = "Tefal OptiGrill+ XL GC722D contactgrill"
    items = [(iname, 1, "€ 179,99", "Verkocht door: Amazon EU S.à r.l.")]
    paras = ["Zoals je hebt gevraagd, hebben we het volgende artikel uit je bestelling geannuleerd.",
             "<b>Reden annulering:</b> geannuleerd door klant",
             "Als je al hebt betaald, storten we € 179,99 binnen 3-5 werkdagen terug op je oorspronkelijke betaalmethode."]
    html = amz_html(tld, site, LAB["nl"], "Annulering gelukt", order, "Hallo Elke,", paras, items,
                    [("Subtotaal:", "€ 179,99"), ("Terugbetaling:", "€ 179,99")],
                    'Je bestellingen bekijk je in <a href="https://www.amazon.com.be/gp/css/order-history?language=nl_BE">Mijn bestellingen</a>.',
                    nl_security_html(tld))
    text = T("""
    Amazon.com.be - Annulering gelukt
    Bestelling #172-6619038-2205417

    Hallo Elke,

    Zoals je hebt gevraagd, hebben we het volgende artikel uit je bestelling
    geannuleerd.

    Reden annulering: geannuleerd door klant

    Tefal OptiGrill+ XL GC722D contactgrill
    Aantal: 1    € 179,99

    Als je al hebt betaald, storten we € 179,99 binnen 3-5 werkdagen terug op
    je oorspronkelijke betaalmethode.

    We hopen je snel weer te zien.
    Amazon.com.be
    """) + "\n" + "\n\n".join(nl_security(tld)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.com.be", "bounces.amazon.com.be", "ms"), dkim_sig("amazon.com.be")],
             **{"from": (site, "auto-confirm@amazon.com.be")}, reply_to=(None, "no-reply@amazon.com.be"), to=to,
             subject="Annulering gelukt: \"%s\" uit je Amazon.com.be-bestelling %s" % (iname, order),
             date=date, text=text, html=html, cte="8bit"),
        "notice", "nl", "customer_request", True, "amazon.com.be", "Reden annulering: geannuleerd door klant; multipart 8bit; auth pass")

    # 46 amazon.nl unknown (shipping restriction to address), text iso-8859-1 QP, no auth
    tld, site = "nl", "Amazon.nl"
    to = ("Daan Visser", "daan.visser@caiway.net")
    order = "405-9902187-3316650"
    date = D("Fri, 01 Aug 2025 09:12:04 +0000")
    text = T("""
    Amazon.nl

    Hallo Daan,

    We hebben je bestelling 405-9902187-3316650 geannuleerd, omdat het artikel
    vanwege verzendbeperkingen niet naar het opgegeven adres op Bonaire kan
    worden verzonden.

      EcoFlow RIVER 2 Pro draagbare powerstation 768 Wh   Aantal: 1   EUR 429,00

    Als je al hebt betaald, ontvang je het volledige bedrag binnen 3-5
    werkdagen terug op je oorspronkelijke betaalmethode.

    Met vriendelijke groet,
    Amazon.nl

    ---------------------------------------------------------------------------
    """) + "\n\n".join(nl_security(tld)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date),
             **{"from": (site, "order-update@amazon.nl")}, reply_to=(None, "no-reply@amazon.nl"), to=to,
             subject="Je Amazon.nl-bestelling %s is geannuleerd" % order, date=date, text=text,
             charset="iso-8859-1", cte="qp"),
        "notice", "nl", "unknown", True, "amazon.nl", "verzendbeperking naar adres (Bonaire) - reason fits none; iso-8859-1 QP; no auth")

    # ---------------- non-notices ----------------
    # 47 bol.com cancellation of an Amazon Echo item
    to = ("Lotte Mulder", "lotte.mulder@gmail.com")
    date = D("Tue, 26 Nov 2024 17:42:10 +0100")
    text = T("""
    bol

    Hoi Lotte,

    Helaas kan de verkoper (TechDeals Benelux) je bestelling niet leveren. We
    hebben het volgende artikel daarom geannuleerd:

      Amazon Echo Show 5 (3e generatie) - Antraciet
      Bestelnummer: A000BX8R91    Aantal: 1    € 69,99

    Je krijgt het bedrag van € 69,99 binnen 2 werkdagen teruggestort via
    iDEAL op je rekening.

    Misschien vind je hier een alternatief:
    https://www.bol.com/nl/nl/l/smart-displays/

    Groetjes,
    bol

    bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht
    Let op: bol vraagt je nooit per e-mail om je wachtwoord of bankgegevens.
    """)
    html = ("<html><body style=\"font-family:Arial,sans-serif;color:#000\"><div style=\"background:#0000a4;padding:14px\"><b style=\"color:#fff;font-size:22px\">bol</b></div>"
            "<p>Hoi Lotte,</p><p>Helaas kan de verkoper (TechDeals Benelux) je bestelling niet leveren. We hebben het volgende artikel daarom geannuleerd:</p>"
            "<table cellpadding=\"6\"><tr><td>Amazon Echo Show 5 (3e generatie) - Antraciet<br><small>Bestelnummer: A000BX8R91</small></td><td>1</td><td>€ 69,99</td></tr></table>"
            "<p>Je krijgt het bedrag van € 69,99 binnen 2 werkdagen teruggestort via iDEAL op je rekening.</p>"
            "<p><a href=\"https://www.bol.com/nl/nl/l/smart-displays/\">Bekijk alternatieven</a></p><p>Groetjes,<br>bol</p>"
            "<p style=\"font-size:11px;color:#777\">bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht. Let op: bol vraagt je nooit per e-mail om je wachtwoord of bankgegevens.</p></body></html>\n")
    add(dict(trace=[auth_results("bol.com", "bol.com", "google")],
             **{"from": ("bol", "klantenservice@info.bol.com")}, to=to,
             subject="Je bestelling is geannuleerd", date=date, text=text, html=html, cte="qp"),
        "non_notice", "nl", None, False, None, "bol.com partner cancellation; item is an Amazon Echo Show")

    # 48 webshop cancellation refunded via Amazon Pay
    to = ("Joost van Dijk", "joost.vandijk@hotmail.com")
    date = D("Wed, 14 May 2025 11:03:29 +0200")
    text = T("""
    Beste Joost,

    Helaas moeten we je bestelling #DS-20391 annuleren. De Gazelle Ultimate C8
    in maat 57 cm is bij de fabrikant pas in oktober weer leverbaar en we
    willen je niet zo lang laten wachten.

    Het aanbetaalde bedrag van € 250,00 storten we vandaag terug via Amazon
    Pay, de betaalmethode die je bij het afrekenen hebt gekozen. Het bedrag
    is binnen enkele werkdagen zichtbaar in je Amazon-account.

    Wil je een andere maat of kleur proberen? Kom gerust langs in de winkel
    voor een proefrit.

    Met sportieve groet,
    Marloes
    Fietsenwinkel De Spaak
    Oudegracht 212, 3511 NR Utrecht
    030 231 4470 - www.despaak-fietsen.nl
    """)
    add(dict(trace=[auth_results("despaak-fietsen.nl", "despaak-fietsen.nl", "fastmail")],
             **{"from": ("Fietsenwinkel De Spaak", "bestellingen@despaak-fietsen.nl")}, to=to,
             subject="Annulering bestelling #DS-20391", date=date, text=text, cte="qp"),
        "non_notice", "nl", None, False, None, "bike shop cancellation, refund via Amazon Pay; text-only")

    # 49 friend: I cancelled my Amazon order
    to = ("Eva", "eva.smit@gmail.com")
    date = D("Sun, 16 Mar 2025 20:11:45 +0100")
    text = T("""
    Hoi Eva,

    Ik heb die Amazon-bestelling met het cadeau voor mama trouwens
    geannuleerd hoor, de levering zou pas na haar verjaardag zijn. Ik haal
    morgen wel iets bij de Bijenkorf, dan kunnen we het zaterdag samen
    geven. Jij betaalt de helft terug via Tikkie?

    Liefs,
    Noor

    Verzonden vanaf mijn iPhone
    """)
    add(dict(trace=[auth_results("hotmail.com", "hotmail.com", "google")],
             **{"from": ("Noor Smit", "noor.smit@hotmail.com")}, to=to,
             subject="cadeau mama", date=date, text=text, charset="us-ascii", cte="7bit",
             msgid_domain="AM0PR10MB2345.EURPRD10.PROD.OUTLOOK.COM"),
        "non_notice", "nl", None, False, None, "sister writes she cancelled her Amazon order herself")

    # 50 Kindle Unlimited subscription cancelled
    to = ("Tim de Boer", "tim.deboer@ziggo.nl")
    date = D("Fri, 10 Jan 2025 08:22:37 +0000")
    text = T("""
    Amazon.nl

    Hallo Tim,

    Je Kindle Unlimited-abonnement is opgezegd. Je kunt Kindle Unlimited nog
    gebruiken tot 24 januari 2025. Daarna worden de geleende titels uit je
    bibliotheek verwijderd en wordt er niets meer in rekening gebracht.

    Van gedachten veranderd? Je kunt je abonnement op elk moment weer
    activeren: https://www.amazon.nl/kindle-dbs/ku/ku-central

    Met vriendelijke groet,
    Amazon.nl

    Amazon vraagt je nooit per e-mail om je wachtwoord of betaalgegevens.
    """)
    add(dict(trace=amazon_received("nl", to[1], date) + [auth_results("amazon.nl", "bounces.amazon.nl", "ms")],
             **{"from": ("Amazon.nl", "digital-no-reply@amazon.nl")}, to=to,
             subject="Je Kindle Unlimited-abonnement is opgezegd", date=date, text=text, cte="qp"),
        "non_notice", "nl", None, False, None, "Kindle Unlimited subscription cancelled (genuine amazon.nl)")

    # 51 genuine payment reminder (will be cancelled if not updated)
    tld = "nl"
    to = ("Mark Hendriks", "mark.hendriks@planet.nl")
    order = "406-4471920-9983105"
    date = D("Thu, 22 May 2025 06:58:13 +0000")
    text = T("""
    Amazon.nl

    Hallo Mark,

    We konden de betaling voor je bestelling 406-4471920-9983105 niet
    verwerken. Je bank heeft de betaling met je Mastercard eindigend op 2291
    geweigerd.

    Werk je betaalmethode vóór 26 mei 2025 bij, anders wordt je bestelling
    geannuleerd. Ga naar Mijn bestellingen, kies de bestelling en selecteer
    "Betaling wijzigen":
    https://www.amazon.nl/gp/css/order-history

      Philips Hue White and Color Ambiance starterkit E27 (3 lampen)   € 134,99

    Zodra de betaling is gelukt, verzenden we je bestelling.

    Met vriendelijke groet,
    Amazon.nl
    ---------------------------------------------------------------------------
    """) + "\n\n".join(nl_security(tld)) + "\n"
    add(dict(trace=amazon_received(tld, to[1], date) + [auth_results("amazon.nl", "bounces.amazon.nl", "google")],
             **{"from": ("Amazon.nl", "payments-messages@amazon.nl")}, reply_to=(None, "no-reply@amazon.nl"), to=to,
             subject="Actie vereist: betaling voor je Amazon.nl-bestelling %s" % order, date=date, text=text, cte="b64"),
        "non_notice", "nl", None, False, None, "genuine payment reminder before cancellation ('anders wordt je bestelling geannuleerd')")

    # 52 newsletter/blog on phishing
    to = (None, "w.kuipers@kpnplanet.nl")
    date = D("Tue, 29 Apr 2025 10:00:00 +0200")
    html = T("""
    <html><body style="font-family:Arial,sans-serif;max-width:640px;margin:auto">
    <h1 style="color:#004b8d">Veilig Online – nieuwsbrief april</h1>
    <h2>Let op: nepmails over 'geannuleerde Amazon-bestellingen'</h2>
    <p>Bij ons meldpunt komen steeds meer meldingen binnen van e-mails met als onderwerp <em>"Je Amazon-bestelling is geannuleerd"</em> of <em>"Uw bestelling wordt geannuleerd – bevestig uw betaalgegevens"</em>.
    De oplichters beweren dat je bestelling is geannuleerd en dat je je geld alleen terugkrijgt als je via een link je bankgegevens invult of een telefoonnummer belt.</p>
    <h3>Zo herken je de nepmail</h3>
    <ul><li>De afzender is een Gmail- of Hotmail-adres, of een domein als <code>amazon-nl-klantenservice.com</code>.</li>
    <li>Het bestelnummer klopt niet (echte nummers hebben de vorm 123-1234567-1234567).</li>
    <li>Er wordt tijdsdruk opgelegd: "binnen 24 uur".</li></ul>
    <p><b>Ons advies:</b> klik niet, bel niet. Controleer je bestellingen via de app of door zelf amazon.nl in te typen.</p>
    <p style="font-size:11px;color:#888">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. <a href="https://www.veiligonline-nieuws.nl/afmelden">Afmelden</a></p>
    </body></html>
    """)
    add(dict(trace=[auth_results("veiligonline-nieuws.nl", "mail.veiligonline-nieuws.nl", "fastmail")],
             **{"from": ("Veilig Online", "nieuwsbrief@veiligonline-nieuws.nl")}, to=to,
             subject="Nieuwsbrief: pas op voor nepmails over geannuleerde Amazon-bestellingen", date=date, html=html, cte="qp",
             extra=[("List-Unsubscribe", "<https://www.veiligonline-nieuws.nl/afmelden>"), ("Precedence", "bulk")]),
        "non_notice", "nl", None, False, None, "newsletter about phishing quoting fake cancellation subjects; html-only")

    # ---------------- lookalikes ----------------
    # 53 callback, gmail, suspicious purchase
    to = (None, "h.dekker@ziggo.nl")
    date = D("Mon, 03 Mar 2025 06:41:18 +0100")
    text = T("""
    Beste klant,

    Uw bestelling van een Apple iPhone 16 Pro Max (€ 1.479,00) is GEANNULEERD
    wegens een verdachte aankoop op uw account.

    Bestelnummer: NL-40319-8827
    Datum: 02-03-2025

    Heeft u deze bestelling niet geplaatst? Bel dan direct onze
    fraudeafdeling: +31 20 808 4417 (dag en nacht bereikbaar).

    Zonder telefonische bevestiging binnen 24 uur wordt het bedrag van uw
    rekening afgeschreven.

    Met vriendelijke groet,
    Amazon Klantenservice
    """)
    add(dict(trace=[auth_results("gmail.com", "gmail.com", "google")],
             **{"from": ("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com")}, to=to,
             subject="Bestelling geannuleerd - verdachte aankoop (NL-40319-8827)", date=date, text=text, cte="8bit",
             msgid_domain="mail.gmail.com"),
        "lookalike", "nl", "fraud_prevention", True, None, "callback scam from gmail, malformed order no, phone number")

    # 54 Cyrillic homoglyph, account blocked + code
    to = (None, "s.vandenberg@xs4all.nl")
    date = D("Sat, 10 May 2025 21:30:52 +0000")
    text = T("""
    Amazon.nl

    Hallo,

    Je account is geblokkeerd en je openstaande bestelling
    #403-5518-7729910 is geannuleerd, omdat we je identiteit niet konden
    verifiëren.

    Gebruik de onderstaande code om je account te herstellen:

        Herstelcode: NL-8842-ZP

    Herstel je account: https://amazon-nl-klantenservice.com/herstel

    Als je dit niet binnen 24 uur doet, wordt je account definitief
    gesloten.
    """)
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><div style=\"max-width:600px;margin:auto;border:1px solid #ddd;padding:20px\">"
            "<p style=\"font-size:22px\"><b>amazon</b>.nl</p><p>Hallo,</p>"
            "<p>Je account is <b>geblokkeerd</b> en je openstaande bestelling <b>#403-5518-7729910</b> is geannuleerd, omdat we je identiteit niet konden verifiëren.</p>"
            "<p>Gebruik de onderstaande code om je account te herstellen:</p><p style=\"font-size:26px;text-align:center;letter-spacing:3px\"><b>NL-8842-ZP</b></p>"
            "<p style=\"text-align:center\"><a href=\"https://amazon-nl-klantenservice.com/herstel\" style=\"background:#ffd814;padding:10px 26px;color:#111;border-radius:8px\">Account herstellen</a></p>"
            "<p>Als je dit niet binnen 24 uur doet, wordt je account definitief gesloten.</p>"
            "<p style=\"font-size:11px;color:#888\">Amazon vraagt je nooit om je wachtwoord. © 2025 Amazon.com, Inc.</p></div></body></html>\n")
    add(dict(trace=[auth_results("amazon-nl-klantenservice.com", "amazon-nl-klantenservice.com", "ms", dkim="pass", dmarc="pass")],
             **{"from": ("Amaz\u043en.nl", "no-reply@amazon-nl-klantenservice.com")}, to=to,
             subject="Account geblokkeerd – bestelling geannuleerd", date=date, text=text, html=html, cte="b64"),
        "lookalike", "nl", "fraud_prevention", True, None, "Cyrillic о homoglyph, amazon-nl-klantenservice.com, herstelcode")

    # 55 reply with card details, hotmail
    to = (None, "a.bos@planet.nl")
    date = D("Wed, 19 Feb 2025 13:14:09 +0100")
    text = T("""
    Geachte klant,

    De betaling voor uw Amazon bestelling 402-77130-88 is geweigerd door uw
    bank. Uw bestelling is daarom geannuleerd.

    Om uw bestelling opnieuw te activeren, kunt u deze e-mail beantwoorden
    met de volgende gegevens:

    Volledige naam:
    Kaartnummer:
    Vervaldatum:
    CVC-code:
    IBAN:

    Na controle wordt uw bestelling binnen 24 uur verzonden.

    Met vriendelijke groet,
    Amazon Betalingen
    """)
    add(dict(trace=[auth_results("hotmail.com", "hotmail.com", "ms")],
             **{"from": ("Amazon Betalingen", "amazon.betalingen@hotmail.com")}, reply_to=(None, "amazon.betalingen@hotmail.com"), to=to,
             subject="Betaling geweigerd - uw bestelling is geannuleerd", date=date, text=text, charset="us-ascii", cte="7bit",
             msgid_domain="DB8PR04MB6601.eurprd04.prod.outlook.com"),
        "lookalike", "nl", "payment_issue", True, None, "reply with card details, hotmail.com, malformed order no")

    # 56 spoofed exact amazon.nl From, dmarc fail, polished template, href elsewhere, 'wordt geannuleerd'
    tld, site = "nl", "Amazon.nl"
    to = ("Kim Verhoeven", "kim.verhoeven@ziggo.nl")
    order = "404-2219830-7718204"
    date = D("Sun, 13 Jul 2025 16:05:39 +0000")
    evil = "https://nl-amazon-betaling.shop/verify?o=%s&t=%s" % (order, ralnum(16, False))
    items = [("Apple MacBook Air 13\" M4, 16 GB, 256 GB SSD, Middernacht", 1, "€ 1.199,00", "Verkocht door: Amazon EU S.à r.l.")]
    paras = ["We konden je betaling niet verifiëren. <b>Je bestelling wordt binnen 24 uur geannuleerd</b> als je je betaalgegevens niet bijwerkt.",
             'Bevestig je betaalgegevens via <a href="%s">https://www.amazon.nl/gp/css/order-history</a>.' % evil,
             "Als we geen bijgewerkte betaalgegevens ontvangen, wordt de bestelling automatisch geannuleerd."]
    html = amz_html(tld, site, LAB["nl"], "Betaling mislukt", order, "Hallo Kim,", paras, items,
                    [("Subtotaal:", "€ 1.199,00"), ("Totaal:", "€ 1.199,00")],
                    '<table class="buttonComponent" width="222"><tr><td align="center" height="47"><a class="buttonComponentLink" href="%s">Betaalmethode bijwerken</a></td></tr></table>' % evil,
                    nl_security_html(tld), link=lambda p: evil, heading_items="Bestelde artikelen")
    text = T("""
    Amazon.nl - Betaling mislukt
    Bestelling #404-2219830-7718204

    Hallo Kim,

    We konden je betaling niet verifiëren. Je bestelling wordt binnen 24 uur
    geannuleerd als je je betaalgegevens niet bijwerkt.

    Bevestig je betaalgegevens: https://www.amazon.nl/gp/css/order-history
    <%s>

    Amazon.nl
    """ % evil) + "\n".join(nl_security(tld)) + "\n"
    add(dict(trace=[("Return-Path", "<bounce@mta7.nl-amazon-betaling.shop>"),
                    auth_results("amazon.nl", "mta7.nl-amazon-betaling.shop", "fastmail", dkim="none", spf="fail", dmarc="fail")],
             **{"from": (site, "order-update@amazon.nl")}, to=to,
             subject="Actie vereist: je Amazon.nl-bestelling %s wordt geannuleerd" % order, date=date, text=text, html=html, cte="qp"),
        "lookalike", "nl", "payment_issue", True, None, "spoofed exact amazon.nl From with dmarc=fail; polished template; link text amazon.nl href elsewhere; 'wordt geannuleerd'")

    # 57 amazon-bestellingen.help, out of stock, refund claim, html only base64
    to = (None, "r.vermeulen@kpnmail.nl")
    date = D("Fri, 04 Apr 2025 12:27:33 +0200")
    html = T("""
    <html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:14px">
    <table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#131921;padding:12px"><span style="color:#fff;font-size:22px"><b>amazon</b>.nl</span></td></tr>
    <tr><td style="padding:20px">
    <h2 style="font-weight:normal;color:#c45500">Artikel niet meer op voorraad</h2>
    <p>Beste klant,</p>
    <p>Het artikel <b>Samsung Galaxy Watch7 44 mm</b> uit je bestelling <b>403-88219-5510</b> is niet meer op voorraad. Je bestelling is daarom geannuleerd.</p>
    <p>Om je terugbetaling van <b>€ 329,00</b> te ontvangen, moet je je bankgegevens bevestigen. Niet aangevraagde terugbetalingen vervallen na 48 uur.</p>
    <p style="text-align:center"><a href="https://amazon-bestellingen.help/terugbetaling?id=40388219" style="background:#ffd814;padding:10px 24px;color:#000;border-radius:8px">Terugbetaling aanvragen</a></p>
    <p>Klantenservice Amazon.nl</p></td></tr></table></body></html>
    """)
    add(dict(trace=[auth_results("amazon-bestellingen.help", "amazon-bestellingen.help", "google", dkim="none", spf="softfail", dmarc="none")],
             **{"from": ("Amazon.nl", "klantenservice@amazon-bestellingen.help")}, to=to,
             subject="Artikel niet leverbaar – vraag je terugbetaling aan", date=date, html=html, cte="b64"),
        "lookalike", "nl", "inventory_shortage", True, None, "amazon-bestellingen.help lookalike, refund claim, html-only base64")

    # 58 Greek homoglyph, amazon.com.be.<evil>, technical error, Belgian 'u'
    to = ("Wouter Maes", "wouter.maes@telenet.be")
    date = D("Thu, 27 Feb 2025 04:49:12 +0100")
    text = T("""
    Αmazon.com.be

    Beste Wouter Maes,

    Door een systeemfout bij de verwerking van uw betaling werd uw bestelling
    171-5520938-4471208 geannuleerd, maar werd het bedrag van € 219,00 twee
    keer afgeschreven.

    Om de terugbetaling te ontvangen, verzoeken wij u uw bankgegevens te
    bevestigen via onderstaande link:
    https://amazon.com.be-klantendienst.info/terugbetaling?dossier=BE-30218

    Onze excuses voor het ongemak.

    Klantendienst Αmazon.com.be
    """)
    html = ("<html><body style=\"font-family:Arial\"><p><b style=\"font-size:20px\">\u0391mazon.com.be</b></p><p>Beste Wouter Maes,</p>"
            "<p>Door een <b>systeemfout</b> bij de verwerking van uw betaling werd uw bestelling 171-5520938-4471208 geannuleerd, maar werd het bedrag van € 219,00 twee keer afgeschreven.</p>"
            "<p>Om de terugbetaling te ontvangen, verzoeken wij u uw bankgegevens te bevestigen:</p>"
            "<p><a href=\"https://amazon.com.be-klantendienst.info/terugbetaling?dossier=BE-30218\">Terugbetaling bevestigen</a></p>"
            "<p>Onze excuses voor het ongemak.<br>Klantendienst \u0391mazon.com.be</p></body></html>\n")
    add(dict(trace=[auth_results("amazon.com.be-klantendienst.info", "amazon.com.be-klantendienst.info", "google", spf="pass", dmarc="pass")],
             **{"from": ("\u0391mazon.com.be", "service@amazon.com.be-klantendienst.info")}, to=to,
             subject="Uw bestelling werd geannuleerd door een systeemfout", date=date, text=text, html=html, cte="8bit",
             boundary=ms_boundary()),
        "lookalike", "nl", "technical_issue", True, None, "Greek Alpha homoglyph, amazon.com.be-klantendienst.info (amazon.com.be.evil style), double charge")

    # 59 yahoo, customer_request, no order number
    to = (None, "j.willems@gmail.com")
    date = D("Tue, 12 Aug 2025 22:18:40 +0200")
    text = T("""
    Hallo,

    We hebben je verzoek om je laatste Amazon-bestelling te annuleren
    ontvangen. De annulering wordt verwerkt en het bedrag van € 849,00 wordt
    teruggestort.

    Heb je deze annulering NIET aangevraagd? Klik dan hier om het te
    stoppen: http://bit.ly/amzn-nl-stop

    Groet,
    Amazon.nl Klantenservice
    """)
    add(dict(trace=[auth_results("yahoo.com", "yahoo.com", "fastmail")],
             **{"from": ("Amazon.nl", "amazon.nl.annulering@yahoo.com")}, to=to,
             subject="Je annuleringsverzoek is ontvangen", date=date, text=text, cte="qp"),
        "lookalike", "nl", "customer_request", True, None, "yahoo sender, no order number, 'niet aangevraagd?' shortener link")

    # 60 crude, no reason, malformed order number, 'wordt geannuleerd'
    to = (None, "m.dewit@home.nl")
    date = D("Mon, 15 Sep 2025 07:07:07 +0200")
    text = T("""
    AMAZON

    Geachte klant,

    Uw bestelling #NL-7781-22 wordt geannuleerd.

    Bekijk uw bestelling en bevestig uw gegevens om de annulering te
    voorkomen: https://amzn-nl-service.shop/bestelling/NL-7781-22

    Amazon
    """)
    html = ("<html><body><center><h1 style=\"font-family:Arial\">AMAZON</h1><p>Geachte klant,</p>"
            "<p>Uw bestelling <b>#NL-7781-22</b> wordt geannuleerd.</p>"
            "<p><a href=\"https://amzn-nl-service.shop/bestelling/NL-7781-22\" style=\"font-size:18px\">Bekijk uw bestelling</a></p><p>Amazon</p></center></body></html>\n")
    add(dict(trace=[auth_results("amzn-nl-service.shop", "amzn-nl-service.shop", "google", dkim="none", spf="neutral", dmarc="none")],
             **{"from": ("Amazon", "info@amzn-nl-service.shop")}, to=to,
             subject="Uw bestelling wordt geannuleerd", date=date, text=text, html=html, cte="qp"),
        "lookalike", "nl", "unknown", False, None, "crude, no reason, malformed order no, amzn-nl-service.shop, 'wordt geannuleerd'")


# ================================================================= main
def main():
    english()
    german()
    dutch()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for spec in MAILS:
        with open(os.path.join(OUT, spec["_file"]), "wb") as fh:
            fh.write(build(spec))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(MAILS))


if __name__ == "__main__":
    main()
