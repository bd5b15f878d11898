#!/usr/bin/env python3
"""Regenerate blind batch u1: order-cancellation notices, near-misses and look-alikes
in English, German and Dutch.  Run:  python3 make.py   (writes mail/*.eml and labels.json)
"""
import json
import os
import random
import urllib.parse
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
import datetime

SEED = 20250611
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "u1"
START = 1001

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def tok(n):
    return "".join(R.choice(_ALNUM) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


ORDER_PREFIX = {
    "amazon.com": ["111", "112", "113", "114"], "amazon.co.uk": ["202", "203", "204", "206"],
    "amazon.ca": ["701", "702"], "amazon.com.au": ["249", "250"], "amazon.in": ["171", "402", "404", "408"],
    "amazon.sg": ["503", "504"], "amazon.ie": ["205", "207"], "amazon.co.za": ["601", "602"],
    "amazon.de": ["302", "303", "304", "305", "306"], "amazon.nl": ["405", "406", "407"],
    "amazon.com.be": ["403", "409"],
}


def order_no(site):
    return "%s-%s-%s" % (R.choice(ORDER_PREFIX.get(site, ["111"])), digits(7), digits(7))


def rdate():
    base = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(seconds=R.randrange(0, 470 * 86400))
    return d


def trk(site, target, ref="pe_%s_%s" % (digits(8), digits(9))):
    """Amazon style tracked redirect."""
    u = urllib.parse.quote("https://www.%s%s" % (site, target), safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s0p0eu&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (site, tok(13), tok(13), "2025", tok(24).lower(), tok(12), u, tok(28), ref))


def auth_pass(site, rcpt_mx):
    return ("%s; dkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s; "
            "spf=pass (%s: domain of %s@bounces.%s designates 54.240.%d.%d as permitted sender) "
            "smtp.mailfrom=%s@bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (rcpt_mx, site, site, R.choice(["taaizz2vfw6k3lhx3tuzv5zjeiz3v7hd", "4vu3qxjuqz3nnvfdpq5tvf7ny6mtpmu2",
                                                "rf6ek4kd4snbzxtt3vf3jjl6qmhqj6cj"]),
               tok(8), rcpt_mx.split(";")[0], "2025%s" % digits(12), site, R.randint(1, 254), R.randint(1, 254),
               "2025%s" % digits(12), site, site))


def auth_fail(domain, rcpt_mx, dkim="none"):
    return ("%s; dkim=%s header.d=%s; spf=softfail (%s: transitioning domain of bounce@%s does not designate "
            "185.%d.%d.%d as permitted sender) smtp.mailfrom=bounce@%s; dmarc=fail (p=NONE dis=NONE) header.from=%s"
            % (rcpt_mx, dkim, domain, rcpt_mx, domain, R.randint(1, 254), R.randint(1, 254), R.randint(1, 254),
               domain, domain))


def auth_free(domain, sender, rcpt_mx):
    return ("%s; dkim=pass header.d=%s header.i=@%s; spf=pass (%s: domain of %s designates 209.85.%d.%d as "
            "permitted sender) smtp.mailfrom=%s; dmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
            % (rcpt_mx, domain, domain, rcpt_mx, sender, R.randint(1, 254), R.randint(1, 254), sender, domain))


def received_amazon(site, rcpt):
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 99), R.randint(10, 250),
                                                   R.choice(["eu-west-1", "us-west-2", "us-east-1"]))
    return ("from %s (%s [54.240.%d.%d]) by %s with ESMTPS id %s for <%s>"
            % (host, host, R.randint(1, 254), R.randint(1, 254), "mx.%s" % rcpt.split("@")[1], tok(10).lower(), rcpt))


def text_part(subtype, body, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "base64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


def hdr(value, charset, name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name)


def build(m):
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    text, html = m.get("text"), m.get("html")
    if text is not None and html is not None:
        msg = MIMEMultipart("alternative", boundary="----=_Part_%s_%s.%s" % (digits(8), digits(9), digits(13)))
        for sub in (text_part("plain", text, cs, m.get("text_cte", cte)), text_part("html", html, cs, cte)):
            del sub["MIME-Version"]
            msg.attach(sub)
    elif html is not None:
        msg = text_part("html", html, cs, cte)
    else:
        msg = text_part("plain", text, cs, cte)
    heads = []
    for k, v in m.get("pre_headers", []):
        heads.append((k, v))
    if m.get("auth"):
        heads.append(("Authentication-Results", m["auth"]))
    name, addr = m["from"]
    hcs = m.get("header_charset", "utf-8")
    heads.append(("From", formataddr((name, addr), charset=hcs) if name else addr))
    if m.get("reply_to"):
        heads.append(("Reply-To", m["reply_to"]))
    heads.append(("To", m.get("to", "kunde@example.org")))
    heads.append(("Subject", hdr(m["subject"], hcs)))
    heads.append(("Date", format_datetime(m["date"])))
    dom = addr.split("@")[1]
    if dom in ORDER_PREFIX:
        mid = "<01020190%s-%s-000000@%s.amazonses.com>" % (
            "".join(R.choice("0123456789abcdef") for _ in range(8)),
            "".join(R.choice("0123456789abcdef") for _ in range(8)),
            "eu-west-1" if dom in ("amazon.de", "amazon.nl", "amazon.com.be", "amazon.co.uk", "amazon.ie") else "us-west-2")
    else:
        mid = "<%s.%s@%s>" % (tok(12), digits(6), dom)
    heads.append(("Message-ID", m.get("msgid") or mid))
    for k, v in m.get("headers", []):
        heads.append((k, v))
    # put headers before MIME headers
    mime = list(msg.items())
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in mime:
        if k != "MIME-Version":
            msg[k] = v
    return msg.as_bytes()


# ---------------------------------------------------------------------------
# HTML templates modelled on real Amazon notification layouts
# ---------------------------------------------------------------------------
UI = {
    "en": {"orders": "Your Orders", "account": "Your Account", "order": "Order #", "total": "Order Total:",
           "qty": "Quantity", "sold": "Sold by"},
    "de": {"orders": "Meine Bestellungen", "account": "Mein Konto", "order": "Bestellung #", "total": "Gesamtbetrag:",
           "qty": "Menge", "sold": "Verkauf durch"},
    "nl": {"orders": "Mijn bestellingen", "account": "Mijn account", "order": "Bestelling #", "total": "Totaal bestelling:",
           "qty": "Aantal", "sold": "Verkocht door"},
}

CLASSIC_CSS = """
body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font:12px Arial,sans-serif; color:#333333; }
#header .logo { width:160px; padding:10px 0; }
#header .navigation a { color:#006699; text-decoration:none; font-size:12px; }
#header .title { text-align:right; padding:0 20px 10px 0; color:#666; }
#header .title h2 { font:normal 20px Arial,sans-serif; color:#CC6600; margin:0; }
#summary .heading { font-weight:bold; color:#CC6600; font-size:16px; }
#itemDetails td { padding:6px 0; border-bottom:1px solid #EAEAEA; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#legalCopy { font-size:10px; color:#666666; line-height:14px; }
#legalCopy a { color:#006699; }
"""


def classic_html(site, lang, title, onum, greeting, paras, items, total, legal, link=None, logo_link=None,
                 heading_items=None):
    """Table layout like the 'Dispatch Confirmation' mails. link(target)->href."""
    ui = UI[lang]
    if link is None:
        link = lambda t: trk(site, t)  # noqa: E731
    ll = logo_link or link("/")
    rows = []
    for it in items:
        name, price = it[0], it[1]
        qty = it[2] if len(it) > 2 else 1
        seller = it[3] if len(it) > 3 else site[0].upper() + site[1:]
        rows.append('<tr><td><a href="%s">%s</a><br /><span style="color:#666">%s: %d &middot; %s %s</span></td>'
                    '<td class="price"><b>%s</b></td></tr>' % (link("/dp/B0%s" % tok(8)), name, ui["qty"], qty,
                                                               ui["sold"], seller, price))
    ptxt = "\n".join("<p>%s</p>" % p for p in paras)
    ltxt = "\n".join("<p>%s</p>" % p for p in legal)
    hi = ('<tr><td colspan="2" style="padding-top:12px"><b style="color:#CC6600;font-size:14px">%s</b></td></tr>'
          % heading_items) if heading_items else ""
    tot = ('<tr><td class="total"><b>%s</b></td><td class="price"><b>%s</b></td></tr>' % (ui["total"], total)
           ) if total else ""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title>%(title)s</title>
  <style type="text/css">%(css)s</style>
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
             <td rowspan="2" class="logo"><a href="%(ll)s"><img alt="%(Site)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/navbar/logo._CB485936468_.png" border="0" width="120" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(lo)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(la)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(ll)s">%(Site)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(order)s<a href="%(lod)s">%(onum)s</a> </td>
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
         <td colspan="2">
          <table id="itemDetails" cellpadding="0" width="100%%">
           <tbody>
%(hi)s
%(rows)s
%(tot)s
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy">
           <tbody>
            <tr>
             <td> <span>
%(legal)s
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
""" % {"title": title, "css": CLASSIC_CSS, "pix": link("/gp/r.html"), "ll": ll, "Site": site[0].upper() + site[1:],
       "lo": link("/gp/css/order-history"), "la": link("/gp/css/homepage.html"), "orders": ui["orders"],
       "account": ui["account"], "order": ui["order"], "lod": link("/gp/css/summary/edit.html?orderID=%s" % onum),
       "onum": onum, "greeting": greeting, "paras": ptxt, "hi": hi, "rows": "\n".join(rows), "tot": tot,
       "legal": ltxt}


CARD_STYLE = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"


def card_html(site, lang, greeting, paras, items, onum, closing, button=None, link=None):
    """Narrow 375px 'card' layout like the newer delivery mails."""
    ui = UI[lang]
    if link is None:
        link = lambda t: trk(site, t)  # noqa: E731
    td = 'style="%s; font-family: Arial, sans-serif"' % CARD_STYLE
    item_rows = "".join(
        '<tr><td class="itemImage" %s><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" width="84" /></td>'
        '<td class="itemTitle" %s><a href="%s" style="color:#008296;text-decoration:none">%s</a><br />%s</td></tr>'
        % (td, tok(11), td, link("/dp/B0%s" % tok(8)), it[0], it[1]) for it in items)
    ptxt = "".join('<tr><td %s>%s</td></tr>' % (td, p) for p in paras)
    btn = ""
    if button:
        btn = ('<table class="buttonComponent" width="222"><tr><td align="center" height="47" '
               'style="background-color:#FFD814;border-radius:8px"><a class="buttonComponentLink" href="%s" '
               'style="color:#0F1111;text-decoration:none;font-size:15px">%s</a></td></tr></table>' % (button[1], button[0]))
    ctxt = "<br />".join(closing)
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
 </head>
<body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0"><img width="1" height="1" src="%(pix)s" />
  <table id="OutlookWrapper" style="width: 100%%; %(cs)s">
   <tbody>
    <tr>
     <td align="center" %(td)s>
      <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %(cs)s">
       <tbody>
        <tr>
         <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px">
          <a href="%(home)s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; %(cs)s"><tbody><tr><td align="center" %(td)s>
           <img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" />
          </td></tr></tbody></table></a>
          <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; padding: 30px 21px 30px 20px; border-top: 2px solid rgb(213, 219, 219); %(cs)s">
           <tbody>
            <tr><td class="greetingTable" style="font-size: 20px; line-height: 24px; color: #002E36; padding-bottom: 18px">%(greeting)s</td></tr>
            <tr><td><table class="informationTable" style="font-size: 16px; line-height: 22px; color: #002E36; %(cs)s"><tbody>%(paras)s</tbody></table></td></tr>
            <tr><td>%(btn)s</td></tr>
            <tr><td><table class="orderDetailsTable" style="font-size: 15px; line-height: 20px; %(cs)s"><tbody>%(items)s</tbody></table></td></tr>
            <tr><td><table class="orderIdTable" style="font-size: 15px; color: #879596; %(cs)s"><tbody><tr><td %(td)s>%(order)s<br /><a href="%(lod)s" style="color:#879596;text-decoration:none">%(onum)s</a></td></tr></tbody></table></td></tr>
           </tbody>
          </table>
          <table class="separatorLine"><tr><td class="separatorMiddle" style="border-bottom: 1px solid #879596; height:1px; font-size:1px">&nbsp;</td></tr></table>
          <table><tbody><tr><td class="emailClosing" style="font-size: 11px; line-height: 15px; color: #868686">%(closing)s</td></tr></tbody></table>
         </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 <img width="1" height="1" src="%(pix)s" /></body>
</html>
""" % {"pix": link("/gp/r.html"), "cs": CARD_STYLE, "td": td, "home": link("/"), "greeting": greeting, "paras": ptxt,
       "btn": btn, "items": item_rows, "order": ui["order"], "lod": link("/gp/your-account/order-details?orderID=%s" % onum),
       "onum": onum, "closing": ctxt}


def simple_html(body_html, title="", font="Arial, Helvetica, sans-serif"):
    return ("<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n<body style=\"font-family:%s;font-size:14px;"
            "color:#222\">\n%s\n</body></html>\n" % (title, font, body_html))


MAILS = []


def add(**kw):
    MAILS.append(kw)


# ===========================================================================
# ENGLISH
# ===========================================================================
def en_security(site, html=False):
    S = site[0].upper() + site[1:]
    lines = [
        "%s will never ask you to provide or verify your password, banking details or card number by email, "
        "text message or phone call." % S,
        "If your card number or expiry date has changed, you can update it in Your Account under Your Payments: "
        "https://www.%s/cpe/yourpayments/wallet" % site,
        "Received a suspicious email that claims to be from Amazon? Learn how to spot and report it: "
        "https://www.%s/gp/help/customer/display.html?nodeId=201909130" % site,
        "Need more help? Visit Help & Customer Service: https://www.%s/gp/help/customer/display.html" % site,
        "This email was sent from a notification-only address that cannot accept incoming email. "
        "Please do not reply to this message.",
    ]
    if html:
        out = []
        for l in lines:
            if "https://" in l:
                pre, url = l.rsplit(" https://", 1)
                out.append('%s <a href="https://%s">%s</a>' % (pre.rstrip(":"), url, url.split("/")[0]))
            else:
                out.append(l)
        return out
    return lines


RULE = "_" * 76

# --- notices --------------------------------------------------------------
site = "amazon.com"
on = order_no(site)
_items = [("Anker 737 Power Bank (PowerCore 24K) 140W", "$109.99")]
add(kind="notice", language="en", cause="inventory_shortage", states_reason=True, marketplace=site,
    note="US, item no longer available from seller; classic HTML + text, auth pass",
    **{"from": ("Amazon.com", "order-update@amazon.com")}, reply_to="no-reply@amazon.com",
    to="Dana Whitfield <dana.whitfield@example.net>",
    subject="1 item has been canceled from your Amazon.com order #%s" % on, date=rdate(),
    auth=auth_pass(site, "mx.google.com"), headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    charset="utf-8", cte="qp",
    text="""Amazon.com Item Cancellation
Order #%(on)s
https://www.amazon.com/ref=TE_tex_g
%(rule)s

Hello Dana,

We're sorry. The following item has been canceled from your order because it is no longer available from the seller. We couldn't obtain it from our supplier within the expected time.

Canceled Items
  Anker 737 Power Bank (PowerCore 24K) 140W
  Quantity: 1    $109.99

You have not been charged for this item. If a pre-authorization appears on your statement, it will be released by your bank within a few business days.

The other items in your order are not affected. You can view the status of your order in Your Orders: https://www.amazon.com/gp/css/order-history?ref_=TE_tex_yo

We hope to see you again soon.
Amazon.com
%(rule)s

%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n\n".join(en_security(site))},
    html=classic_html(site, "en", "Item Cancellation", on, "Hello Dana,",
                      ["We're sorry. The following item has been canceled from your order because it is no longer "
                       "available from the seller. We couldn't obtain it from our supplier within the expected time.",
                       "You have not been charged for this item. If a pre-authorization appears on your statement, it "
                       "will be released by your bank within a few business days.",
                       "The other items in your order are not affected."],
                      _items, "$0.00", en_security(site, True), heading_items="Canceled Items"))

site = "amazon.co.uk"
on = order_no(site)
add(kind="notice", language="en", cause="payment_issue", states_reason=True, marketplace=site,
    note="UK, payment revision not made in time; plain text 8bit, no auth header",
    **{"from": ("Amazon.co.uk", "payments-messages@amazon.co.uk")}, reply_to="no-reply@amazon.co.uk",
    to="oliver.brennan@example.co.uk",
    subject="Your Amazon.co.uk order #%s has been cancelled" % on, date=rdate(),
    charset="utf-8", cte="8bit",
    text="""Dear Oliver Brennan,

We were unable to obtain a valid payment for your order #%s, so we have cancelled it.

On our earlier email we asked you to revise the payment information for this order. Because the payment method was not updated within the time allowed, the order could not be processed and has now been cancelled.

Cancelled items:
  1 x "Ninja Foodi MAX Dual Zone Air Fryer AF400UK" - £199.99
  1 x "Ninja Air Fryer Liners, Pack of 50" - £9.49

Your card has not been charged. If you still want these items, please place a new order on Amazon.co.uk and make sure that the card details in Your Account are current.

If your card number or expiry date has changed, update it here:
https://www.amazon.co.uk/cpe/yourpayments/wallet

Please remember: Amazon.co.uk will never ask you for your password, full card number or security code in an email. If you receive an email you are unsure about, forward it to reportphishing@amazon.com or see https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=201909130

Sincerely,
Amazon.co.uk Customer Service
https://www.amazon.co.uk/customerservice

%s
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg No: B 101818.
This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""" % (on, RULE))

site = "amazon.ca"
on = order_no(site)
add(kind="notice", language="en", cause="customer_request", states_reason=True, marketplace=site,
    note="CA, 'Successful cancellation', Cancel Reason: Customer Canceled; HTML only base64, auth pass",
    **{"from": ("Amazon.ca", "auto-confirm@amazon.ca")}, to="mlaroche@example.ca",
    subject="Successful cancellation of 2 items from your Amazon.ca order #%s" % on, date=rdate(),
    auth=auth_pass(site, "mx.example.ca"), charset="utf-8", cte="base64",
    html=classic_html(site, "en", "Cancellation Confirmation", on, "Hello Marc,",
                      ["We've cancelled the items below as you requested. You won't be charged for them.",
                       "<b>Cancel Reason:</b> Customer Canceled",
                       "If you paid with a gift card or promotional credit, the balance has been restored to your "
                       "account. Any other payment will be refunded to the original payment method."],
                      [("LEGO Icons Orchid 10311", "CDN$ 64.99"), ("Brita Standard Replacement Filters, 6 Count",
                                                                   "CDN$ 32.97")],
                      "CDN$ 0.00", en_security(site, True), heading_items="Canceled Items"))

site = "amazon.com.au"
on = order_no(site)
add(kind="notice", language="en", cause="technical_issue", states_reason=True, marketplace=site,
    note="AU, pricing error on listing; card layout multipart, no auth",
    **{"from": ("Amazon.com.au", "order-update@amazon.com.au")}, reply_to="no-reply@amazon.com.au",
    to="Priya Raman <priya.raman@example.com.au>",
    subject="Your Amazon.com.au order #%s has been cancelled" % on, date=rdate(), charset="utf-8", cte="qp",
    text_cte="qp",
    text="""Amazon.com.au
%(rule)s

Hi Priya,

Unfortunately we've had to cancel your order #%(on)s.

Due to a pricing error, the item below was displayed on Amazon.com.au at an incorrect price. We do not process orders placed at a price that was shown in error, so your order has been cancelled and you have not been charged.

  Dyson V15 Detect Absolute Cordless Vacuum - A$129.00 (listed in error)

We apologise for any inconvenience. The item is available at its current price on the product page.

View your orders: https://www.amazon.com.au/gp/css/order-history

%(rule)s
%(sec)s
© 2025 Amazon Commonwealth Services Pty Ltd. Amazon.com.au, Level 37, 2-26 Park Street, Sydney NSW 2000, Australia.
""" % {"on": on, "rule": RULE, "sec": "\n".join(en_security(site))},
    html=card_html(site, "en", "Hi Priya,",
                   ["Unfortunately we've had to cancel your order.",
                    "Due to a pricing error, the item below was displayed on Amazon.com.au at an incorrect price. We do "
                    "not process orders placed at a price that was shown in error, so your order has been cancelled and "
                    "you have not been charged.",
                    "We apologise for any inconvenience."],
                   [("Dyson V15 Detect Absolute Cordless Vacuum", "A$129.00")], on, en_security(site, True)))

site = "amazon.in"
on = order_no(site)
add(kind="notice", language="en", cause="fraud_prevention", states_reason=True, marketplace=site,
    note="IN, order cancelled after security review, account on hold; plain QP, auth pass",
    **{"from": ("Amazon.in", "cs-reply@amazon.in")}, to="arjun.mehta@example.in",
    subject="Your Amazon.in order %s has been cancelled" % on, date=rdate(),
    auth=auth_pass(site, "mx.zoho.in"), charset="utf-8", cte="qp",
    text="""Hello Arjun,

As part of our routine security checks, we noticed unusual activity on your Amazon.in account and placed it on temporary hold. To protect you, we have cancelled the following order:

Order ID: %s
  1 x Apple iPhone 16 (128 GB) - Ultramarine    ₹79,900.00
  1 x Spigen Ultra Hybrid Case for iPhone 16    ₹1,299.00

No amount has been charged for this order. If you made a prepaid payment, the refund will be credited to your original payment method within 2-4 business days.

To restore access to your account, sign in at Amazon.in directly (type www.amazon.in into your browser) and follow the on-screen steps to verify your identity. We will not ask you for your password, OTP or card PIN over email, phone or chat.

If you did not attempt to place this order, we recommend changing your password after you regain access.

We are sorry for any inconvenience.

Amazon.in Account Specialist Team
https://www.amazon.in/gp/help/customer/display.html

--
Amazon Seller Services Private Limited. Please note that this message was sent from an address that cannot receive replies. Report suspicious emails at https://www.amazon.in/gp/help/customer/display.html?nodeId=201909130
""" % on)

site = "amazon.sg"
on = order_no(site)
add(kind="notice", language="en", cause="unknown", states_reason=True, marketplace=site,
    note="SG, shipping address undeliverable (reason fits none of the four); classic HTML + text, no auth",
    **{"from": ("Amazon.sg", "order-update@amazon.sg")}, reply_to="no-reply@amazon.sg", to="wei.ling.tan@example.sg",
    subject="Your Amazon.sg order #%s has been cancelled" % on, date=rdate(), charset="utf-8", cte="base64",
    text_cte="qp",
    text="""Amazon.sg Order Cancellation
Order #%(on)s

Hello Wei Ling,

We're writing to let you know that your order has been cancelled. Our delivery partner was unable to deliver to the shipping address provided (unit number missing / address not recognised), and the package has been returned to our fulfilment centre.

Cancelled items:
  Philips Series 3000 Shaver S3241/12    S$119.00

A full refund of S$119.00 will be issued to your original payment method. Please check that your address book in Your Account is complete before ordering again.

%(rule)s
%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n".join(en_security(site))},
    html=classic_html(site, "en", "Order Cancellation", on, "Hello Wei Ling,",
                      ["We're writing to let you know that your order has been cancelled. Our delivery partner was "
                       "unable to deliver to the shipping address provided (unit number missing / address not "
                       "recognised), and the package has been returned to our fulfilment centre.",
                       "A full refund of S$119.00 will be issued to your original payment method. Please check that "
                       "your address book in Your Account is complete before ordering again."],
                      [("Philips Series 3000 Shaver S3241/12", "S$119.00")], "S$119.00", en_security(site, True),
                      heading_items="Cancelled Items"))

# --- non-notices ------------------------------------------------------------
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="Walmart order cancelled (out of stock); mentions Amazon price comparison",
    **{"from": ("Walmart.com", "help@walmart.com")}, to="jcarter@example.com",
    subject="Your Walmart.com order #2000118-44271903 was canceled", date=rdate(), charset="utf-8", cte="qp",
    text="""Hi Jordan,

We're sorry, we had to cancel some items in your order #2000118-44271903 because they're out of stock.

Canceled: Ninja Professional Plus Blender BN701, Qty 1, $99.00

You won't be charged for canceled items. If a temporary authorization appears on your account, it'll be removed by your bank within 3-5 business days.

Seen a lower price somewhere else, like Amazon or Target? Ask about our price match policy at walmart.com/help.

Thanks for shopping with us,
Walmart.com
""",
    html=simple_html("""<table width="600" style="margin:auto"><tr><td style="background:#0071ce;padding:14px">
<img src="https://i5.walmartimages.com/dfw/63fd9f59-ac39/logo.png" alt="Walmart" width="120"></td></tr>
<tr><td style="padding:20px"><h2>We had to cancel some items</h2>
<p>Hi Jordan,</p><p>We're sorry, we had to cancel some items in your order <b>#2000118-44271903</b> because they're out of stock.</p>
<table><tr><td>Ninja Professional Plus Blender BN701</td><td>Qty 1</td><td>$99.00</td></tr></table>
<p>You won't be charged for canceled items.</p>
<p style="font-size:12px;color:#555">Seen a lower price somewhere else, like Amazon or Target? Ask about our <a href="https://www.walmart.com/help">price match policy</a>.</p>
</td></tr></table>"""))

add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="friend writes that he cancelled his own Amazon order (quotes order number)",
    **{"from": ("Tom Hadley", "tom.hadley84@gmail.com")}, to="sam.ocallaghan@example.ie",
    subject="Re: tent for the weekend", date=rdate(), charset="utf-8", cte="8bit",
    text="""Hey Sam,

Quick update - I cancelled my Amazon order for the 4-man tent (order 205-%s-%s on amazon.ie). It said delivery next Thursday which is no use for Saturday. Cancellation went through straight away, refund is already showing as pending.

So can we borrow yours after all? I'll bring the gas stove and the cool box.

Cheers,
Tom

On Mon, Sam O'Callaghan wrote:
> Did the tent ever arrive?
""" % (digits(7), digits(7)))

add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="security newsletter about fake Amazon cancellation phishing; quotes fake subject",
    **{"from": ("ScamWatch Weekly", "newsletter@scamwatch-weekly.example")}, to="reader@example.com",
    subject="This week's scams: fake 'Your Amazon order has been canceled' emails", date=rdate(),
    headers=[("List-Unsubscribe", "<https://scamwatch-weekly.example/unsub?u=8812>"), ("Precedence", "bulk")],
    charset="utf-8", cte="qp",
    text="""SCAMWATCH WEEKLY - Issue 212

1. Fake Amazon cancellation emails are back

Readers forwarded dozens of messages this week with subject lines like:

   "Your Amazon.com order #112-4839201-7731 has been canceled - call now"
   "Order cancelled: unusual activity detected on your account"

The emails claim an expensive order (often an iPhone or a gaming laptop) was cancelled and urge you to phone a "support line" or click a button to "restore" the order. Genuine Amazon emails come from addresses ending in @amazon.com and never ask for your password or card details.

What to do: don't call the number, don't click. Open the Amazon app or type amazon.com yourself and check Your Orders. Forward the message to reportphishing@amazon.com.

2. Parcel-delivery text messages ...

You receive this newsletter because you subscribed at scamwatch-weekly.example. Unsubscribe: https://scamwatch-weekly.example/unsub?u=8812
""")

site = "amazon.com"
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="Amazon Home Services installation appointment cancelled; order itself unaffected",
    **{"from": ("Amazon Home Services", "home-services@amazon.com")}, reply_to="no-reply@amazon.com",
    to="lwright@example.com", subject="Your TV wall-mount installation appointment has been cancelled",
    date=rdate(), auth=auth_pass(site, "mx.google.com"), charset="utf-8", cte="qp",
    text="""Hello Lisa,

Your installation appointment on Friday, 10:00 AM - 12:00 PM with Bright Mount Pros has been cancelled because the technician is no longer available in your area on that day.

Your product order is not affected - your Samsung 65" QLED TV will still be delivered as scheduled. You have not been charged for the installation service.

To book a new appointment, go to Your Orders and select "Schedule installation":
https://www.amazon.com/gp/css/order-history

Thanks,
Amazon Home Services
""")

site = "amazon.ca"
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="Prime membership cancellation confirmation (amazon.ca)",
    **{"from": ("Amazon.ca", "prime@amazon.ca")}, to="mlaroche@example.ca",
    subject="Your Amazon Prime membership has been cancelled", date=rdate(), charset="utf-8", cte="base64",
    html=card_html(site, "en", "Hello Marc,",
                   ["As requested, your Amazon Prime membership has been cancelled. You can continue to use your Prime "
                    "benefits until the end of your current billing period.",
                    "You will not be charged again. Changed your mind? You can restart your membership at any time "
                    "from Your Prime Membership."],
                   [], "Prime", en_security(site, True)).replace("Order #<br />", "Membership<br />"))

site = "amazon.co.za"
on = order_no(site)
add(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine Amazon.co.za payment reminder: update payment or the order will be cancelled (not yet cancelled)",
    **{"from": ("Amazon.co.za", "payments-messages@amazon.co.za")}, to="thabo.nkosi@example.co.za",
    subject="Action needed: Update your payment information for order %s" % on, date=rdate(),
    auth=auth_pass(site, "mx.example.co.za"), charset="utf-8", cte="qp",
    text="""Hello Thabo,

There was a problem processing your payment for order %s. The bank did not authorise the charge.

To keep your order, please update your payment information within 3 days at:
https://www.amazon.co.za/gp/css/summary/edit.html?orderID=%s

If we can't obtain payment by then, your order will be cancelled. Your items are still reserved for you until then.

  JBL Tune 520BT Wireless On-Ear Headphones   R 899.00

Amazon.co.za will never ask you for your password or card PIN by email. If you are unsure whether an email is from us, go directly to Amazon.co.za and check Your Orders.

Thank you,
Amazon.co.za
""" % (on, on))

# --- look-alikes ---------------------------------------------------------------
fake = "112-58%s-9%s" % (digits(5), digits(6))
add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="crude, gmail sender, callback phone number, suspicious activity",
    **{"from": ("Amazon", "amazon.ordersupport.desk77@gmail.com")}, to="undisclosed-recipients:;",
    subject="Your order %s has been Canceled !! suspicious activity" % fake, date=rdate(),
    auth=auth_free("gmail.com", "amazon.ordersupport.desk77@gmail.com", "mx.example.net"), charset="utf-8", cte="8bit",
    text="""Dear Customer,

Your order #%s for Apple MacBook Pro 16" M4 Max ($3,499.00) has been Canceled due to suspicious activity on your account.

If you did not place this order or want to stop the charge of $3,499.00 from your bank please call our Amazon Cancellation Department immediately:

   +1 (888) 614-2290  (toll free 24/7)

If you do not call within 24 hours the amount will be deducted and cannot be refunded.

Thank You
Amazon Support Team
""" % fake)

add(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, 'use this code', amazon-orders.help domain",
    **{"from": ("Amazon.com", "security@amazon-orders.help")}, to="dana.whitfield@example.net",
    subject="Account suspended - order cancelled (ref. 114-%s-%s)" % (digits(7), digits(7)), date=rdate(),
    auth=auth_fail("amazon-orders.help", "mx.google.com", "pass"), charset="utf-8", cte="qp",
    html=simple_html("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://amazon-orders.help/img/logo.png" alt="amazon" width="110">
<h3 style="color:#c45500">Your account has been suspended</h3>
<p>Hello,</p>
<p>We detected an unauthorised sign-in to your Amazon account. For your protection your account has been <b>suspended</b> and your most recent order has been <b>cancelled</b>.</p>
<p>To reactivate your account and restore the order, use this verification code on the secure page below:</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center"><b>AMZ-738-201</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/restore?c=AMZ738201" style="background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:6px">Restore my account</a></p>
<p>If the code is not entered within 12 hours your account will be permanently closed.</p>
<p style="font-size:11px;color:#777">&copy; 2025 Amazon.com, Inc. or its affiliates. All rights reserved.</p>
</div>"""))

add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook.com sender, asks to reply with card details; no order number",
    **{"from": ("Amazon Billing", "amazon-billing-team@outlook.com")}, reply_to="amazon-billing-team@outlook.com",
    to="customer@example.com", subject="Order Cancelled - Payment Declined", date=rdate(), charset="utf-8",
    cte="8bit",
    text="""Hello Valued Customer,

your recent amazon order was cancelled because your payment card was declined by the bank.

To re-activate the order please REPLY to this email with following information:

 - Full name on card
 - Card number
 - Expiry date (MM/YY)
 - CVV code (3 digits on back)
 - Billing address

Once we receive the informations your order will be re-processed and shipped within 24 hrs.

Regards,
Amazon Billing Dept.
""")

fake_on = order_no("amazon.com")
evil = "http://amazon.com.account-verify-orders.top/signin?ref=%s" % tok(10).lower()
link_evil = lambda t: evil  # noqa: E731
add(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="polished replica of classic layout; link text shows amazon.com, href goes to amazon.com.<evil>.top; "
         "order 'will be canceled' unless payment updated",
    **{"from": ("Amazon.com", "payments-messages@amazon.com.account-verify-orders.top")},
    reply_to="no-reply@amazon.com.account-verify-orders.top", to="rmiller@example.com",
    subject="Your Amazon.com order #%s will be canceled" % fake_on, date=rdate(),
    auth=auth_fail("amazon.com.account-verify-orders.top", "mx.example.com", "pass"), charset="utf-8", cte="qp",
    html=classic_html("amazon.com", "en", "Payment Declined", fake_on, "Hello,",
                      ["We were unable to authorise your payment for the order below. Your order <b>will be canceled "
                       "within 24 hours</b> unless you update your billing information.",
                       'Please confirm your payment details at <a href="%s">https://www.amazon.com/gp/css/account/'
                       'payment-update</a> to avoid cancellation.' % evil],
                      [("Sony PlayStation 5 Pro Console", "$699.99")], "$699.99",
                      ['Amazon.com will never ask you for your password by email. Visit <a href="%s">'
                       'https://www.amazon.com/gp/help/customer</a> for help.' % evil],
                      link=link_evil, heading_items="Items awaiting payment"))

add(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillic homoglyph display name, look-alike domain, malformed order no, refund-claim link",
    **{"from": ("\u0410mazon.co.uk", "no-reply@amazon-uk-cancellations.com")}, to="oliver.brennan@example.co.uk",
    subject="Item cancelled: refund of \u00a3249.00 pending - order #20-55123-889", date=rdate(), charset="utf-8",
    cte="base64",
    html=simple_html("""<table width="600" style="margin:auto;font-family:Arial"><tr><td>
<h2 style="color:#CC6600;font-weight:normal">Item Cancellation</h2>
<p>Dear customer,</p>
<p>We're sorry, the item in your order <b>#20-55123-889</b> is out of stock and our supplier can no longer provide it. The item has been cancelled.</p>
<p>Bose QuietComfort Ultra Headphones &nbsp; <b>&pound;249.00</b></p>
<p>To receive your refund of &pound;249.00 you must confirm your refund details within 48 hours:</p>
<p><a href="https://amazon-uk-cancellations.com/refund/claim?id=2055123889">Claim my refund</a></p>
<p style="font-size:11px;color:#666">Amazon.co.uk &middot; Customer Service</p>
</td></tr></table>"""))

add(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n.ca look-alike domain, 'system error', asks to re-confirm billing",
    **{"from": ("Amazon.ca", "auto-confirm@amaz0n.ca")}, to="mlaroche@example.ca",
    subject="Order #701-%s-%s cancelled due to a system error" % (digits(7), digits(7)), date=rdate(),
    auth=auth_fail("amaz0n.ca", "mx.example.ca"), charset="utf-8", cte="qp",
    text="""Hello,

Due to a system error during processing, your recent order on Amazon.ca was cancelled automatically.

To restore your order at the original price, please re-confirm your billing information using the secure link below:

https://amaz0n.ca/billing/confirm?session=%s

This link expires in 24 hours. After that, your order cannot be recovered.

We apologize for the inconvenience.
Amazon.ca Customer Service
""" % tok(16).lower())

add(kind="lookalike", language="en", cause="unknown", states_reason=False, marketplace=None,
    note="yahoo sender, no order number, no reason, click to view",
    **{"from": ("Amazon Service", "amazon.service.notice@yahoo.com")}, to="user@example.com.au",
    subject="Your order has been cancelled", date=rdate(), charset="utf-8", cte="8bit",
    html=simple_html("""<p>Hello,</p>
<p>Your order has been cancelled.</p>
<p>Click <a href="http://bit.ly/3amzCncl">here</a> to view the details of your cancellation and confirm your account.</p>
<p>Amazon</p>"""))

fake_on = order_no("amazon.com.au")
add(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek homoglyphs in display name, polished; 'your cancellation request was received', if not you call number",
    **{"from": ("\u0391maz\u03bfn.com.au", "cancellations@amazon-support-centre.com.au")},
    to="Priya Raman <priya.raman@example.com.au>",
    subject="Cancellation request received for order #%s" % fake_on, date=rdate(),
    auth=auth_fail("amazon-support-centre.com.au", "mx.example.com.au"), charset="utf-8", cte="qp",
    text="""Hi Priya,

We've received your request to cancel order #%s:

  Samsung Galaxy S25 Ultra 512GB   A$2,349.00

Cancel Reason: Customer Canceled

If you did NOT request this cancellation, your account may be compromised. Call Amazon Account Protection on 1800 951 337 immediately so that we can secure your account and stop any further transactions.

Thank you for shopping with us.
Amazon.com.au
""" % fake_on,
    html=card_html("amazon.com.au", "en", "Hi Priya,",
                   ["We've received your request to cancel your order.", "<b>Cancel Reason:</b> Customer Canceled",
                    "If you did <b>not</b> request this cancellation, your account may be compromised. Call Amazon "
                    "Account Protection on <b>1800 951 337</b> immediately."],
                   [("Samsung Galaxy S25 Ultra 512GB", "A$2,349.00")], fake_on,
                   ["&copy; 2025 Amazon.com.au"], link=lambda t: "https://amazon-support-centre.com.au/acc?x=%s" % tok(6)))


# ===========================================================================
# GERMAN
# ===========================================================================
def de_security(html=False, euro="€"):
    lines = [
        "Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon auffordern, Ihr Passwort, Ihre Bankverbindung "
        "oder Ihre Kreditkartennummer anzugeben oder zu bestätigen.",
        "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte geändert hat, aktualisieren Sie Ihre Angaben "
        "unter Mein Konto > Zahlungsarten: https://www.amazon.de/cpe/yourpayments/wallet",
        "Sie haben eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt? So erkennen und melden Sie "
        "gefälschte E-Mails: https://www.amazon.de/gp/help/customer/display.html?nodeId=201909130",
        "Hilfe und Kundenservice: https://www.amazon.de/gp/help/customer/display.html",
        "Diese E-Mail wurde von einer Adresse verschickt, die keine eingehenden Nachrichten empfangen kann. "
        "Bitte antworten Sie nicht auf diese Nachricht.",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz: Luxemburg, Handelsregister "
        "Luxemburg: B 101818, USt-IdNr.: LU 20260743.",
    ]
    if html:
        out = []
        for l in lines:
            if "https://" in l:
                pre, url = l.rsplit(" https://", 1)
                out.append('%s <a href="https://%s">%s</a>' % (pre.rstrip(":"), url, "hier"))
            else:
                out.append(l.replace("à", "&agrave;"))
        return out
    return lines


site = "amazon.de"
on = order_no(site)
add(kind="notice", language="de", cause="inventory_shortage", states_reason=True, marketplace=site,
    note="DE, Vorbestellung kann nicht erfüllt werden (Hersteller liefert weniger); classic HTML + text, auth pass",
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="no-reply@amazon.de",
    to="Jonas Becker <jonas.becker@example.de>",
    subject="Ihre Vorbestellung bei Amazon.de #%s wurde storniert" % on, date=rdate(),
    auth=auth_pass(site, "mx.gmx.net"), headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    charset="utf-8", cte="qp",
    text="""Amazon.de Stornierung
Bestellung #%(on)s
%(rule)s

Guten Tag Jonas Becker,

leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erfüllen können. Der Hersteller hat uns deutlich weniger Exemplare geliefert als angekündigt, und wir können den folgenden Artikel nicht beschaffen. Wir haben ihn daher aus Ihrer Bestellung storniert.

Stornierte Artikel:
  Nintendo Switch 2 – Mario Kart World Bundle    509,99 €
  Menge: 1

Ihr Konto wurde nicht belastet. Eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank innerhalb weniger Tage freigegeben.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihre Bestellungen: https://www.amazon.de/gp/css/order-history

Mit freundlichen Grüßen
Amazon.de
%(rule)s

%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n\n".join(de_security())},
    html=classic_html(site, "de", "Stornierung", on, "Guten Tag Jonas Becker,",
                      ["leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erfüllen können. Der "
                       "Hersteller hat uns deutlich weniger Exemplare geliefert als angekündigt, und wir können den "
                       "folgenden Artikel nicht beschaffen. Wir haben ihn daher aus Ihrer Bestellung storniert.",
                       "Ihr Konto wurde nicht belastet. Eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank "
                       "innerhalb weniger Tage freigegeben.",
                       "Wir entschuldigen uns für die Unannehmlichkeiten."],
                      [("Nintendo Switch 2 – Mario Kart World Bundle", "509,99 €")], "0,00 €", de_security(True),
                      heading_items="Stornierte Artikel"))

on = order_no(site)
add(kind="notice", language="de", cause="payment_issue", states_reason=True, marketplace=site,
    note="DE, Kreditkarte abgelaufen / Zahlung nicht autorisiert; plain iso-8859-1 QP, no auth",
    **{"from": ("Amazon.de", "payments-messages@amazon.de")}, to="s.hoffmann@example.de",
    subject="Ihre Amazon.de Bestellung #%s wurde storniert" % on, date=rdate(),
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Guten Tag Sabine Hoffmann,

wir konnten die Zahlung für Ihre Bestellung #%s nicht autorisieren, weil die hinterlegte Kreditkarte (Visa, endet auf 4417) abgelaufen ist. Wir hatten Sie gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da innerhalb der Frist keine Änderung vorgenommen wurde, haben wir die Bestellung storniert.

Stornierte Artikel:
  1 x Bosch Akku-Bohrschrauber GSR 18V-55 Professional     EUR 139,90
  1 x Bosch Professional 2x Akku GBA 18V 4.0Ah             EUR  89,99

Es wurde kein Betrag von Ihrem Konto abgebucht. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung auf.

Hat sich Ihre Kartennummer oder das Ablaufdatum geändert? Sie können Ihre Angaben jederzeit unter Mein Konto aktualisieren:
https://www.amazon.de/cpe/yourpayments/wallet

Bitte beachten Sie: Wir fragen Sie niemals per E-Mail nach Ihrem Passwort, Ihrer PIN oder Ihrer vollständigen Kartennummer. Verdächtige E-Mails können Sie an stop-spoofing@amazon.de melden.

Freundliche Grüße
Ihr Amazon.de Kundenservice
https://www.amazon.de/kontakt

%s
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg: B 101818.
""" % (on, RULE))

on = order_no(site)
add(kind="notice", language="de", cause="technical_issue", states_reason=True, marketplace=site,
    note="DE, technischer Fehler: falscher Preis angezeigt; card HTML only base64, auth pass",
    **{"from": ("Amazon.de", "order-update@amazon.de")}, reply_to="no-reply@amazon.de", to="m.yilmaz@example.de",
    subject="Stornierung Ihrer Bestellung #%s" % on, date=rdate(), auth=auth_pass(site, "mx.web.de"),
    charset="utf-8", cte="base64",
    html=card_html(site, "de", "Guten Tag Murat Yilmaz,",
                   ["aufgrund eines technischen Fehlers in unserem System wurde der unten aufgeführte Artikel mit "
                    "einem falschen Preis angezeigt. Bestellungen zu einem fehlerhaft angezeigten Preis können wir "
                    "leider nicht ausführen.",
                    "Wir haben Ihre Bestellung deshalb storniert. Ihnen wurde nichts berechnet.",
                    "Der Artikel ist weiterhin zum aktuellen Preis erhältlich. Wir bitten um Entschuldigung."],
                   [("Samsung Galaxy Tab S10+ 256 GB", "89,00 € (fehlerhaft angezeigt)")], on, de_security(True)))

on = order_no(site)
add(kind="notice", language="de", cause="fraud_prevention", states_reason=True, marketplace=site,
    note="DE, ungewöhnliche Aktivität, Konto vorübergehend gesperrt; plain 8bit utf-8, no auth",
    **{"from": ("Amazon.de", "cs-reply@amazon.de")}, to="k.wagner@example.de",
    subject="Ihre Bestellung bei Amazon.de wurde storniert", date=rdate(), charset="utf-8", cte="8bit",
    text="""Guten Tag Klaus Wagner,

bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Amazon-Konto festgestellt. Zu Ihrem Schutz haben wir das Konto vorübergehend gesperrt und die folgende Bestellung storniert:

Bestellnummer: %s
  Apple AirPods Pro (2. Generation)    249,00 €
  Apple Watch Series 10, 46 mm         479,00 €

Es wurde kein Betrag belastet.

Um Ihr Konto wieder freizuschalten, melden Sie sich bitte direkt auf Amazon.de an (geben Sie www.amazon.de selbst in Ihren Browser ein) und folgen Sie den Anweisungen zur Bestätigung Ihrer Identität. Klicken Sie nicht auf Links in E-Mails, die Sie zur Eingabe von Zahlungsdaten auffordern.

Wir werden Sie niemals per E-Mail oder Telefon nach Ihrem Passwort oder Ihren Kartendaten fragen.

Freundliche Grüße
Amazon.de Kontospezialisten-Team

--
Diese E-Mail wurde von einer Adresse gesendet, die keine Antworten empfangen kann.
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg
""" % on)

on = order_no(site)
add(kind="notice", language="de", cause="customer_request", states_reason=True, marketplace=site,
    note="DE, Stornierung erfolgreich, Stornierungsgrund: vom Kunden storniert; windows-1252 QP multipart, auth pass",
    **{"from": ("Amazon.de", "auto-confirm@amazon.de")}, to="lena.schulz@example.de",
    subject="Stornierung erfolgreich: „Philips Hue White & Color Ambiance E27 Starter-Set“ aus Ihrer Bestellung #%s"
    % on, date=rdate(), auth=auth_pass(site, "mx.posteo.de"), charset="windows-1252", header_charset="utf-8",
    cte="qp",
    text="""Amazon.de – Stornierungsbestätigung
Bestellung #%(on)s

Guten Tag Lena Schulz,

wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung storniert:

  „Philips Hue White & Color Ambiance E27 Starter-Set“   1 x 129,99 €

Stornierungsgrund: Vom Kunden storniert

Ihnen wird für diesen Artikel nichts berechnet. Falls bereits eine Zahlung erfolgt ist, erstatten wir den Betrag auf die ursprüngliche Zahlungsart.

Die übrigen Artikel Ihrer Bestellung werden wie geplant versandt.

%(rule)s
%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n".join(de_security())},
    html=classic_html(site, "de", "Stornierungsbestätigung", on, "Guten Tag Lena Schulz,",
                      ["wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung storniert.",
                       "<b>Stornierungsgrund:</b> Vom Kunden storniert",
                       "Ihnen wird für diesen Artikel nichts berechnet. Die übrigen Artikel Ihrer Bestellung werden "
                       "wie geplant versandt."],
                      [("Philips Hue White &amp; Color Ambiance E27 Starter-Set", "129,99 €")], None,
                      de_security(True), heading_items="Stornierte Artikel"))

on = order_no(site)
add(kind="notice", language="de", cause="unknown", states_reason=False, marketplace=site,
    note="DE, Bestellung storniert ohne Angabe von Gründen; plain iso-8859-15 base64, no auth",
    **{"from": ("Amazon.de", "order-update@amazon.de")}, to="petra.neumann@example.at",
    subject="Ihre Amazon.de Bestellung #%s wurde storniert" % on, date=rdate(), charset="iso-8859-15",
    header_charset="iso-8859-15", cte="base64",
    text="""Guten Tag Petra Neumann,

Ihre Bestellung #%s wurde storniert.

Stornierte Artikel:
  WMF Kochtopf-Set 5-teilig Profi Plus    199,99 €
  Menge: 1

Ihr Konto wird nicht belastet. Falls Sie bereits bezahlt haben, erhalten Sie eine Erstattung auf Ihre ursprüngliche Zahlungsart innerhalb von 3 bis 5 Werktagen.

Den Status Ihrer Bestellungen finden Sie jederzeit unter Meine Bestellungen:
https://www.amazon.de/gp/css/order-history

Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen.
Amazon.de

%s
%s
""" % (on, RULE, "\n".join(de_security())))

# --- non-notices -----------------------------------------------------------
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="MediaMarkt Stornierung (nicht lieferbar), bezahlt mit Amazon Pay, Erstattung über Amazon Pay",
    **{"from": ("MediaMarkt", "service@mediamarkt.de")}, to="jonas.becker@example.de",
    subject="Stornierungsbestätigung zu Ihrer Bestellung 1428735519", date=rdate(), charset="utf-8", cte="qp",
    html=simple_html("""<table width="600" style="margin:auto"><tr><td style="background:#df0000;padding:12px;color:#fff;font-size:22px"><b>MediaMarkt</b></td></tr>
<tr><td style="padding:18px">
<p>Hallo Jonas Becker,</p>
<p>leider ist der folgende Artikel nicht mehr lieferbar. Wir haben Ihre Bestellung <b>1428735519</b> daher storniert.</p>
<table><tr><td>SONY WH-1000XM5 Kopfhörer, schwarz</td><td>1 x</td><td>299,00 €</td></tr></table>
<p><b>Zahlungsart:</b> Amazon Pay<br>Der Betrag von 299,00 € wird Ihnen über Amazon Pay erstattet. Die Gutschrift sehen Sie in Ihrem Amazon-Konto unter „Amazon Pay-Transaktionen“.</p>
<p>Wir bedauern die Unannehmlichkeiten.<br>Ihr MediaMarkt Onlineshop-Team</p>
<p style="font-size:11px;color:#777">Media-Saturn Deutschland GmbH, Wankelstraße 5, 85046 Ingolstadt</p>
</td></tr></table>"""))

add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Kollege schreibt, dass er seine Amazon-Bestellung selbst storniert hat",
    **{"from": ("Stefan Krüger", "stefan.krueger@firma-example.de")}, to="team-it@firma-example.de",
    subject="AW: Monitore fürs Büro", date=rdate(), charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Hallo zusammen,

kurze Info: ich habe die Amazon-Bestellung mit den drei Dell-Monitoren eben storniert, weil die Buchhaltung doch über unseren Rahmenvertrag bei Bechtle bestellen will. Die Stornierung ist schon bestätigt, es wurde nichts abgebucht.

Bestellt wird dann nächste Woche. Bis dahin bitte die alten Bildschirme weiter nutzen.

Viele Grüße
Stefan

--
Stefan Krüger | IT-Administration
Beispiel GmbH | Hafenstraße 12 | 20457 Hamburg
""")

add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Verbraucher-Newsletter (Phishing-Radar) zitiert gefälschten Storno-Betreff",
    **{"from": ("Phishing-Radar", "newsletter@verbraucherinfo-example.de")}, to="leser@example.de",
    subject="Phishing-Radar: Falsche Amazon-Mails „Ihre Bestellung wurde storniert“", date=rdate(),
    headers=[("List-Unsubscribe", "<mailto:abmelden@verbraucherinfo-example.de>"), ("Precedence", "bulk")],
    charset="utf-8", cte="base64",
    html=simple_html("""<h2>Phishing-Radar – Ausgabe 23/2025</h2>
<h3>Amazon: Angebliche Stornierung soll zur Dateneingabe verleiten</h3>
<p>Derzeit sind E-Mails mit Betreffzeilen wie <i>„Ihre Bestellung #302-XXXXXXX wurde storniert – Konto gesperrt“</i> oder <i>„Zahlung fehlgeschlagen: Ihre Bestellung wird storniert“</i> im Umlauf. Die Absender geben sich als Amazon aus und fordern dazu auf, über einen Link die Zahlungsdaten zu „bestätigen“ oder eine Hotline anzurufen.</p>
<p><b>Unsere Empfehlung:</b> Klicken Sie nicht auf Links, rufen Sie keine angegebene Nummer an. Prüfen Sie Ihre Bestellungen direkt in der Amazon-App. Verdächtige Nachrichten können an stop-spoofing@amazon.de weitergeleitet werden.</p>
<p>Weitere Warnungen dieser Woche: Sparkasse, DHL, Netflix.</p>
<p style="font-size:11px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://verbraucherinfo-example.de/abmelden">Abmelden</a></p>"""))

add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Kindle Unlimited Mitgliedschaft gekündigt (amazon.de)",
    **{"from": ("Amazon.de", "digital-no-reply@amazon.de")}, to="m.yilmaz@example.de",
    subject="Ihre Kindle Unlimited-Mitgliedschaft wurde gekündigt", date=rdate(),
    auth=auth_pass("amazon.de", "mx.web.de"), charset="utf-8", cte="qp",
    text="""Guten Tag Murat Yilmaz,

wir bestätigen die Kündigung Ihrer Kindle Unlimited-Mitgliedschaft. Sie können Kindle Unlimited noch bis zum Ende des aktuellen Abrechnungszeitraums nutzen. Danach werden ausgeliehene Titel automatisch zurückgegeben.

Es fallen keine weiteren Gebühren an.

Sie möchten doch weiterlesen? Sie können Ihre Mitgliedschaft jederzeit unter https://www.amazon.de/kindle-dbs/ku/ku-central wieder aktivieren.

Viele Grüße
Ihr Kindle-Team
""")

on = order_no("amazon.de")
add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="echte Zahlungserinnerung von amazon.de: Bestellung wird erst storniert, falls keine Aktualisierung",
    **{"from": ("Amazon.de", "payments-update@amazon.de")}, to="s.hoffmann@example.de",
    subject="Aktion erforderlich: Zahlungsinformationen für Bestellung #%s aktualisieren" % on, date=rdate(),
    auth=auth_pass("amazon.de", "mx.t-online.de"), charset="utf-8", cte="qp",
    text="""Guten Tag Sabine Hoffmann,

leider konnten wir die Zahlung für Ihre Bestellung #%s nicht abschließen. Ihre Bank hat die Belastung abgelehnt.

Bitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 5 Tagen über Meine Bestellungen:
https://www.amazon.de/gp/css/order-history

Wenn wir bis dahin keine gültige Zahlung erhalten, wird Ihre Bestellung storniert. Bis dahin halten wir die Artikel für Sie bereit.

  Tefal OptiGrill+ XL GC724D    149,99 €

Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihrer PIN fragen.

Freundliche Grüße
Amazon.de
""" % on)

add(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Speditions-Liefertermin (Zeitfenster) storniert, Bestellung bleibt bestehen",
    **{"from": ("Amazon.de", "shipment-tracking@amazon.de")}, to="petra.neumann@example.at",
    subject="Ihr Lieferzeitfenster am Dienstag wurde storniert – bitte neuen Termin wählen", date=rdate(),
    charset="utf-8", cte="base64",
    html=card_html("amazon.de", "de", "Guten Tag Petra Neumann,",
                   ["das gebuchte Lieferzeitfenster für Ihre Speditionslieferung (Dienstag, 08:00–12:00 Uhr) wurde "
                    "vom Transportunternehmen storniert.",
                    "Ihre Bestellung bleibt bestehen. Bitte wählen Sie einen neuen Liefertermin aus."],
                   [("Bosch Serie 6 Kühl-Gefrier-Kombination KGN39AIBT", "Lieferung per Spedition")],
                   order_no("amazon.de"), de_security(True),
                   button=("Neuen Termin wählen", trk("amazon.de", "/progress-tracker/package"))))

# --- look-alikes -----------------------------------------------------------
fake = "302-%s-%s" % (digits(7), digits(7))
add(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
    note="gmail-Absender, Stornierungsanfrage angeblich vom Kunden, Rückrufnummer",
    **{"from": ("Amazon Kundenservice", "amazon.kundendienst.de24@gmail.com")}, to="jonas.becker@example.de",
    subject="Ihre Stornierungsanfrage für Bestellung #%s" % fake, date=rdate(),
    auth=auth_free("gmail.com", "amazon.kundendienst.de24@gmail.com", "mx.gmx.net"), charset="utf-8", cte="8bit",
    text="""Sehr geehrter Kunde,

wir haben Ihre Anfrage zur Stornierung der Bestellung #%s erhalten:

  Apple iPhone 16 Pro Max 1TB – 1.949,00 €

Stornierungsgrund: Vom Kunden storniert

Falls Sie diese Stornierung NICHT beantragt haben, wurde Ihr Konto möglicherweise kompromittiert. Rufen Sie sofort unsere kostenlose Hotline an:

  0800 181 29 44 (rund um die Uhr)

Ohne Ihren Anruf innerhalb von 24 Stunden wird der Betrag Ihrem Konto belastet.

Mit freundlichen Grüßen
Amazon Kundenservice
""" % fake)

add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Konto gesperrt und Bestellung storniert, Code eingeben, amazon-konto-sicherheit.help",
    **{"from": ("Amazon", "sicherheit@amazon-konto-sicherheit.help")}, to="k.wagner@example.de",
    subject="Konto gesperrt – Ihre Bestellung wurde storniert", date=rdate(),
    auth=auth_fail("amazon-konto-sicherheit.help", "mx.example.de", "pass"), charset="utf-8", cte="qp",
    html=simple_html("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:22px">
<img src="https://amazon-konto-sicherheit.help/logo.png" alt="amazon.de" width="110">
<h3>Ihr Konto wurde vorübergehend gesperrt</h3>
<p>Guten Tag,</p>
<p>wir haben einen verdächtigen Anmeldeversuch festgestellt. Ihr Konto wurde gesperrt und Ihre letzte Bestellung wurde <b>storniert</b>.</p>
<p>Verwenden Sie diesen Code, um Ihr Konto zu entsperren und die Bestellung wiederherzustellen:</p>
<p style="font-size:24px;text-align:center;letter-spacing:3px"><b>DE-48 219 7</b></p>
<p style="text-align:center"><a href="https://amazon-konto-sicherheit.help/entsperren" style="background:#ffd814;padding:10px 22px;color:#111;text-decoration:none">Konto entsperren</a></p>
<p>Wird der Code nicht innerhalb von 24 Stunden eingegeben, wird Ihr Konto dauerhaft geschlossen.</p>
<p style="font-size:11px;color:#888">&copy; 1996-2025, Amazon.com, Inc. oder Tochtergesellschaften</p>
</div>"""))

add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="outlook.de-Absender, Antwort mit Kartendaten verlangt, keine Bestellnummer",
    **{"from": ("Amazon Zahlungsservice", "amazon.zahlungen@outlook.de")}, reply_to="amazon.zahlungen@outlook.de",
    to="kunde@example.de", subject="Bestellung storniert - Zahlung abgelehnt", date=rdate(), charset="iso-8859-1",
    header_charset="iso-8859-1", cte="8bit",
    text="""Hallo lieber Kunde,

Ihre letzte Bestellung bei Amazon wurde storniert, weil die Zahlung von Ihrer Bank abgelehnt wurde.

Um die Bestellung wieder zu aktivieren, antworten Sie bitte auf diese E-Mail mit folgenden Angaben:

 - Name des Karteninhabers
 - Kartennummer
 - Gültig bis (MM/JJ)
 - Prüfnummer (CVC)
 - Geburtsdatum

Nach Eingang Ihrer Daten wird Ihre Bestellung innerhalb von 24 Std. versendet.

MfG
Amazon Zahlungsabteilung
""")

fake_on = order_no("amazon.de")
evil = "http://amazon.de.kundenkonto-verifizierung.xyz/ap/signin?sid=%s" % tok(12).lower()
add(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="professionelle Kopie des Layouts; Linktext zeigt amazon.de, href auf amazon.de.<evil>.xyz; 'wird storniert'",
    **{"from": ("Amazon.de", "payments-messages@amazon.de.kundenkonto-verifizierung.xyz")},
    to="lena.schulz@example.de", subject="Ihre Bestellung #%s wird storniert" % fake_on, date=rdate(),
    auth=auth_fail("amazon.de.kundenkonto-verifizierung.xyz", "mx.posteo.de", "pass"), charset="utf-8", cte="qp",
    html=classic_html("amazon.de", "de", "Zahlung fehlgeschlagen", fake_on, "Guten Tag,",
                      ["wir konnten Ihre Zahlung für die folgende Bestellung nicht autorisieren. Ihre Bestellung "
                       "<b>wird innerhalb von 48 Stunden storniert</b>, wenn Sie Ihre Zahlungsinformationen nicht "
                       "aktualisieren.",
                       'Bitte bestätigen Sie Ihre Zahlungsdaten unter <a href="%s">https://www.amazon.de/gp/css/'
                       'account/zahlungsarten</a>.' % evil],
                      [("Dyson Airwrap Multi-Styler Complete Long", "549,00 €")], "549,00 €",
                      ['Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort fragen. <a href="%s">'
                       'https://www.amazon.de/hilfe</a>' % evil], link=lambda t: evil,
                      heading_items="Artikel mit ausstehender Zahlung"))

add(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="kyrillische Homoglyphen im Anzeigenamen, Look-alike-Domain, fehlerhafte Bestellnummer, Erstattung beantragen",
    **{"from": ("Am\u0430zon.de", "kundenservice@amazon-de-bestellung.com")}, to="m.yilmaz@example.de",
    subject="Artikel nicht lieferbar – Bestellung #302-1148-2291 storniert", date=rdate(), charset="utf-8",
    cte="base64",
    html=simple_html("""<table width="600" style="margin:auto"><tr><td>
<h2 style="color:#CC6600;font-weight:normal">Stornierung</h2>
<p>Sehr geehrte/r Kunde/in,</p>
<p>der Artikel aus Ihrer Bestellung <b>#302-1148-2291</b> ist leider nicht mehr lieferbar. Der Verkäufer kann die Bestellung nicht erfüllen, daher wurde sie storniert.</p>
<p>Garmin Fenix 8 AMOLED 47 mm &nbsp; <b>899,99 €</b></p>
<p>Um Ihre Rückerstattung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung:</p>
<p><a href="https://amazon-de-bestellung.com/erstattung?b=3021148">Rückerstattung anfordern</a></p>
<p style="font-size:11px">Amazon.de Kundenservice</p>
</td></tr></table>"""))

add(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="arnazon.de (rn statt m), Systemfehler, Login-Link",
    **{"from": ("Amazon.de", "bestellung@arnazon.de")}, to="petra.neumann@example.at",
    subject="Systemfehler: Ihre Bestellung #305-%s-%s wurde storniert" % (digits(7), digits(7)), date=rdate(),
    auth=auth_fail("arnazon.de", "mx.example.at"), charset="utf-8", cte="qp",
    text="""Guten Tag,

aufgrund eines Systemfehlers bei der Verarbeitung wurde Ihre Bestellung automatisch storniert.

Um die Bestellung zum ursprünglichen Preis wiederherzustellen, melden Sie sich bitte über den folgenden sicheren Link an und bestätigen Sie Ihre Rechnungsadresse:

https://arnazon.de/ap/signin?openid=%s

Der Link ist 24 Stunden gültig.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Amazon.de Team
""" % tok(14).lower())

add(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
    note="yahoo.de-Absender, keine Bestellnummer, kein Grund",
    **{"from": ("Amazon", "amazon-info-de@yahoo.de")}, to="kunde@example.de",
    subject="Bestellung storniert", date=rdate(), charset="utf-8", cte="8bit",
    html=simple_html("""<p>Hallo,</p><p>Ihre Bestellung wurde storniert.</p>
<p>Details ansehen: <a href="http://tinyurl.com/amz-storno-de">hier klicken</a></p><p>Amazon</p>"""))

fake_on = order_no("amazon.de")
add(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="griechische Homoglyphen, polished; Bestellung wird storniert, falls Identität nicht per Ausweis bestätigt",
    **{"from": ("\u0391mazon.de", "verifizierung@amazon-de-service.info")}, to="s.hoffmann@example.de",
    subject="Sicherheitsprüfung: Bestellung #%s wird storniert" % fake_on, date=rdate(),
    auth=auth_fail("amazon-de-service.info", "mx.t-online.de", "pass"), charset="utf-8", cte="qp",
    text="""Guten Tag,

Ihre Bestellung #%s wurde für eine Sicherheitsprüfung markiert. Wenn Sie Ihre Identität nicht innerhalb von 24 Stunden bestätigen, wird die Bestellung storniert und Ihr Konto eingeschränkt.

Laden Sie dazu ein Foto Ihres Personalausweises (Vorder- und Rückseite) hoch:
https://amazon-de-service.info/verifizierung

Ihr Amazon.de Sicherheitsteam
""" % fake_on,
    html=card_html("amazon.de", "de", "Guten Tag,",
                   ["Ihre Bestellung wurde für eine <b>Sicherheitsprüfung</b> markiert.",
                    "Wenn Sie Ihre Identität nicht innerhalb von 24 Stunden bestätigen, wird die Bestellung "
                    "storniert und Ihr Konto eingeschränkt."],
                   [("Lenovo Legion Pro 7i Gaming-Laptop", "2.799,00 €")], fake_on, ["Amazon.de Sicherheitsteam"],
                   button=("Identität bestätigen", "https://amazon-de-service.info/verifizierung"),
                   link=lambda t: "https://amazon-de-service.info/r?u=%s" % tok(8)))


# ===========================================================================
# DUTCH
# ===========================================================================
def nl_security(site="amazon.nl", html=False):
    S = site[0].upper() + site[1:]
    lines = [
        "%s zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, bankgegevens of creditcardnummer "
        "te verstrekken of te bevestigen." % S,
        "Is je kaartnummer of de vervaldatum van je kaart gewijzigd? Werk je gegevens bij via Je account > "
        "Je betalingen: https://www.%s/cpe/yourpayments/wallet" % site,
        "Een verdachte e-mail ontvangen die van Amazon lijkt te komen? Zo herken en meld je phishing: "
        "https://www.%s/gp/help/customer/display.html?nodeId=201909130" % site,
        "Hulp en klantenservice: https://www.%s/gp/help/customer/display.html" % site,
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. "
        "Beantwoord dit bericht niet.",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg: B 101818.",
    ]
    if html:
        out = []
        for l in lines:
            if "https://" in l:
                pre, url = l.rsplit(" https://", 1)
                out.append('%s <a href="https://%s">%s</a>' % (pre.rstrip(":"), url, "meer informatie"))
            else:
                out.append(l.replace("à", "&agrave;"))
        return out
    return lines


site = "amazon.nl"
on = order_no(site)
add(kind="notice", language="nl", cause="inventory_shortage", states_reason=True, marketplace=site,
    note="NL, artikel niet meer beschikbaar bij verkoper; classic HTML + text, auth pass",
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, reply_to="no-reply@amazon.nl",
    to="Sanne de Vries <sanne.devries@example.nl>",
    subject="1 artikel is geannuleerd in je Amazon.nl-bestelling #%s" % on, date=rdate(),
    auth=auth_pass(site, "mx.ziggo.nl"), headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    charset="utf-8", cte="qp",
    text="""Amazon.nl Annulering
Bestelling #%(on)s
%(rule)s

Hallo Sanne,

Helaas hebben we het volgende artikel uit je bestelling moeten annuleren, omdat het niet meer beschikbaar is bij de verkoper. We konden het niet op tijd bij onze leverancier verkrijgen.

Geannuleerde artikelen
  Philips Airfryer XXL HD9285/90    € 219,99
  Aantal: 1

Er is niets in rekening gebracht voor dit artikel. De overige artikelen in je bestelling worden zoals gepland verzonden.

Je bestellingen bekijken: https://www.amazon.nl/gp/css/order-history

Tot snel,
Amazon.nl
%(rule)s

%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n\n".join(nl_security(site))},
    html=classic_html(site, "nl", "Annulering", on, "Hallo Sanne,",
                      ["Helaas hebben we het volgende artikel uit je bestelling moeten annuleren, omdat het niet meer "
                       "beschikbaar is bij de verkoper. We konden het niet op tijd bij onze leverancier verkrijgen.",
                       "Er is niets in rekening gebracht voor dit artikel. De overige artikelen in je bestelling "
                       "worden zoals gepland verzonden."],
                      [("Philips Airfryer XXL HD9285/90", "€ 219,99")], "€ 0,00", nl_security(site, True),
                      heading_items="Geannuleerde artikelen"))

site = "amazon.com.be"
on = order_no(site)
add(kind="notice", language="nl", cause="payment_issue", states_reason=True, marketplace=site,
    note="BE (nl), onvoldoende cadeaubontegoed + kaart geweigerd; plain iso-8859-1 QP, no auth",
    **{"from": ("Amazon.com.be", "payments-messages@amazon.com.be")}, to="pieter.janssens@example.be",
    subject="Je Amazon.com.be-bestelling #%s is geannuleerd" % on, date=rdate(), charset="iso-8859-1",
    header_charset="iso-8859-1", cte="qp",
    text="""Hallo Pieter Janssens,

We hebben je bestelling #%s geannuleerd omdat we de betaling niet konden verwerken. Het saldo van je cadeaubon was onvoldoende om het volledige bedrag te betalen en je bank heeft de betaling met de reservekaart (Bancontact/Maestro) geweigerd.

Geannuleerde artikelen:
  1 x De'Longhi Magnifica Evo ECAM290.61.B     EUR 449,99

Er is geen bedrag afgeschreven. Je cadeaubontegoed is ongewijzigd. Wil je het artikel toch kopen? Plaats dan een nieuwe bestelling en controleer je betaalgegevens.

Is je kaartnummer of vervaldatum gewijzigd? Pas dit aan via Je account:
https://www.amazon.com.be/cpe/yourpayments/wallet

Let op: wij vragen je nooit per e-mail om je wachtwoord, pincode of volledige kaartnummer. Twijfel je over een e-mail? Ga dan rechtstreeks naar Amazon.com.be.

Met vriendelijke groet,
Klantenservice Amazon.com.be

%s
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.
""" % (on, RULE))

site = "amazon.nl"
on = order_no(site)
add(kind="notice", language="nl", cause="technical_issue", states_reason=True, marketplace=site,
    note="NL, fout in productvermelding (verkeerde prijs/specificaties); card HTML only base64, auth pass",
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, reply_to="no-reply@amazon.nl", to="bram.visser@example.nl",
    subject="Je bestelling #%s is geannuleerd" % on, date=rdate(), auth=auth_pass(site, "mx.kpnmail.nl"),
    charset="utf-8", cte="base64",
    html=card_html(site, "nl", "Hallo Bram,",
                   ["Door een fout in de productvermelding werden de prijs en de specificaties van het onderstaande "
                    "artikel onjuist weergegeven op Amazon.nl.",
                    "Daarom hebben we je bestelling geannuleerd. Er is niets in rekening gebracht.",
                    "Onze excuses voor het ongemak. Je kunt het artikel opnieuw bestellen tegen de juiste prijs."],
                   [("LG OLED evo C4 65 inch (2024)", "€ 649,00 (onjuist vermeld)")], on, nl_security(site, True)))

on = order_no(site)
add(kind="notice", language="nl", cause="fraud_prevention", states_reason=True, marketplace=site,
    note="NL, bestelling gemarkeerd bij beveiligingscontrole, verificatie nodig; plain 8bit utf-8, no auth",
    **{"from": ("Amazon.nl", "cs-reply@amazon.nl")}, to="fatima.elamrani@example.nl",
    subject="Je Amazon.nl-bestelling is geannuleerd", date=rdate(), charset="utf-8", cte="8bit",
    text="""Hallo Fatima,

Je bestelling %s is tijdens een beveiligingscontrole gemarkeerd. Omdat we de verificatie van je identiteit en betaalmethode niet konden afronden, hebben we de bestelling uit voorzorg geannuleerd:

  Apple iPad Pro 13 inch (M4) 512 GB     € 1.849,00

Er is niets afgeschreven.

Om weer zonder beperkingen te kunnen bestellen, log je rechtstreeks in op Amazon.nl (typ zelf www.amazon.nl in je browser) en volg je de stappen onder Je account. Klik niet op links in e-mails die om betaalgegevens vragen.

We vragen je nooit per e-mail of telefoon om je wachtwoord of je kaartgegevens.

Met vriendelijke groet,
Accountbeveiliging Amazon.nl

--
Dit bericht is verzonden vanaf een adres dat geen antwoorden kan ontvangen.
Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg
""" % on)

site = "amazon.com.be"
on = order_no(site)
add(kind="notice", language="nl", cause="customer_request", states_reason=True, marketplace=site,
    note="BE (nl), annulering gelukt, reden: geannuleerd door klant; windows-1252 QP multipart, auth pass",
    **{"from": ("Amazon.com.be", "auto-confirm@amazon.com.be")}, to="pieter.janssens@example.be",
    subject="Annulering gelukt: „Tefal Ingenio Pannenset 13-delig“ uit je bestelling #%s" % on, date=rdate(),
    auth=auth_pass(site, "mx.telenet.be"), charset="windows-1252", header_charset="utf-8", cte="qp",
    text="""Amazon.com.be – Bevestiging van annulering
Bestelling #%(on)s

Hallo Pieter,

Zoals je hebt gevraagd, hebben we het volgende artikel uit je bestelling geannuleerd:

  „Tefal Ingenio Pannenset 13-delig“   1 x € 139,99

Reden van annulering: Geannuleerd door klant

Voor dit artikel wordt niets in rekening gebracht. Als je al hebt betaald, storten we het bedrag terug op je oorspronkelijke betaalmethode.

%(rule)s
%(sec)s
""" % {"on": on, "rule": RULE, "sec": "\n".join(nl_security(site))},
    html=classic_html(site, "nl", "Bevestiging van annulering", on, "Hallo Pieter,",
                      ["Zoals je hebt gevraagd, hebben we het volgende artikel uit je bestelling geannuleerd.",
                       "<b>Reden van annulering:</b> Geannuleerd door klant",
                       "Voor dit artikel wordt niets in rekening gebracht."],
                      [("Tefal Ingenio Pannenset 13-delig", "€ 139,99")], None, nl_security(site, True),
                      heading_items="Geannuleerde artikelen"))

site = "amazon.nl"
on = order_no(site)
add(kind="notice", language="nl", cause="unknown", states_reason=True, marketplace=site,
    note="NL, artikel kan niet naar bezorgadres (Waddeneiland) verzonden worden - reden past bij geen van de vier; "
         "plain iso-8859-15 base64, no auth",
    **{"from": ("Amazon.nl", "order-update@amazon.nl")}, to="bram.visser@example.nl",
    subject="Je Amazon.nl-bestelling #%s is geannuleerd" % on, date=rdate(), charset="iso-8859-15",
    header_charset="iso-8859-15", cte="base64",
    text="""Hallo Bram,

We hebben je bestelling #%s geannuleerd, omdat dit artikel niet naar het opgegeven bezorgadres (Terschelling) kan worden verzonden. Grote en zware artikelen bezorgen we momenteel niet op de Waddeneilanden.

Geannuleerd artikel:
  Weber Spirit EX-325S GBS Gasbarbecue    € 899,00

Er wordt niets in rekening gebracht. Je kunt het artikel eventueel opnieuw bestellen met een bezorgadres op het vasteland.

Je bestellingen: https://www.amazon.nl/gp/css/order-history

%s
%s
""" % (on, RULE, "\n".join(nl_security(site))))

# --- non-notices -----------------------------------------------------------
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="bol.com annulering van een Amazon Kindle (artikel niet leverbaar)",
    **{"from": ("bol", "noreply@bol.com")}, to="sanne.devries@example.nl",
    subject="Je bestelling 4827391045 is geannuleerd", date=rdate(), charset="utf-8", cte="qp",
    text="""Hoi Sanne,

Helaas kunnen we het volgende artikel niet leveren. We hebben het daarom geannuleerd.

  Amazon Kindle Paperwhite (2024) 16 GB - Zwart    € 169,99

Je krijgt het bedrag binnen 2 werkdagen terug via iDEAL.

Groetjes,
bol
""",
    html=simple_html("""<table width="600" style="margin:auto"><tr><td style="background:#0000a4;padding:12px;color:#fff;font-size:22px"><b>bol</b></td></tr>
<tr><td style="padding:18px"><p>Hoi Sanne,</p>
<p>Helaas kunnen we het volgende artikel niet leveren. We hebben het daarom <b>geannuleerd</b>.</p>
<table><tr><td>Amazon Kindle Paperwhite (2024) 16 GB - Zwart</td><td>&euro; 169,99</td></tr></table>
<p>Bestelnummer: 4827391045<br>Je krijgt het bedrag binnen 2 werkdagen terug via iDEAL.</p>
<p>Groetjes,<br>bol</p></td></tr></table>"""))

add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="vriend(in) meldt dat ze haar eigen Amazon-bestelling geannuleerd heeft",
    **{"from": ("Lotte Bakker", "lotte.bakker@hotmail.com")}, to="sanne.devries@example.nl",
    subject="Re: cadeau voor Eva", date=rdate(), charset="iso-8859-1", header_charset="iso-8859-1", cte="8bit",
    text="""Hoi Sanne,

Ik heb mijn Amazon-bestelling voor het Lego-setje net geannuleerd, het zou pas na haar verjaardag bezorgd worden. Ging heel makkelijk via 'Mijn bestellingen', geld krijg ik gewoon terug.

Zullen we zaterdag samen naar de Intertoys gaan? Dan kiezen we daar iets.

Liefs,
Lotte

> Heb je al iets voor Eva gevonden?
""")

add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="nieuwsbrief (fraudewaarschuwing) citeert nep-onderwerp 'Je bestelling is geannuleerd'",
    **{"from": ("Fraudealert", "nieuwsbrief@fraudealert-example.nl")}, to="lezer@example.nl",
    subject="Waarschuwing: valse Amazon-mail 'Je bestelling is geannuleerd'", date=rdate(),
    headers=[("List-Unsubscribe", "<https://fraudealert-example.nl/afmelden>"), ("Precedence", "bulk")],
    charset="utf-8", cte="base64",
    html=simple_html("""<h2>Fraudealert – week 18</h2>
<h3>Nepmail namens Amazon: 'Je bestelling is geannuleerd'</h3>
<p>We ontvangen veel meldingen over e-mails met onderwerpen als <i>"Je bestelling #405-XXXXXXX is geannuleerd – bel direct"</i> en <i>"Account geblokkeerd, bestelling geannuleerd"</i>. De oplichters proberen je te laten bellen naar een 'klantenservice' of je inloggegevens in te vullen op een nagemaakte website.</p>
<p><b>Tip:</b> Controleer je bestellingen altijd zelf in de Amazon-app of op amazon.nl. Bel nooit een nummer uit zo'n e-mail.</p>
<p style="font-size:11px">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld. <a href="https://fraudealert-example.nl/afmelden">Afmelden</a></p>"""))

add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="Prime-lidmaatschap opgezegd (amazon.nl)",
    **{"from": ("Amazon.nl", "prime@amazon.nl")}, to="fatima.elamrani@example.nl",
    subject="Je Amazon Prime-lidmaatschap is opgezegd", date=rdate(), auth=auth_pass("amazon.nl", "mx.ziggo.nl"),
    charset="utf-8", cte="qp",
    text="""Hallo Fatima,

Zoals je hebt gevraagd, hebben we je Amazon Prime-lidmaatschap opgezegd. Je kunt je Prime-voordelen blijven gebruiken tot het einde van de huidige betaalperiode. Daarna wordt er niets meer in rekening gebracht.

Van gedachten veranderd? Je kunt je lidmaatschap op elk moment opnieuw starten via https://www.amazon.nl/prime

Met vriendelijke groet,
Amazon.nl
""")

on = order_no("amazon.com.be")
add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="echte betalingsherinnering amazon.com.be: bestelling wordt pas geannuleerd als betaalmethode niet wordt bijgewerkt",
    **{"from": ("Amazon.com.be", "payments-update@amazon.com.be")}, to="pieter.janssens@example.be",
    subject="Actie vereist: werk je betaalgegevens bij voor bestelling #%s" % on, date=rdate(),
    auth=auth_pass("amazon.com.be", "mx.telenet.be"), charset="utf-8", cte="qp",
    html=card_html("amazon.com.be", "nl", "Hallo Pieter,",
                   ["We konden de betaling voor je bestelling niet verwerken. Je bank heeft de betaling geweigerd.",
                    "Werk je betaalgegevens binnen 3 dagen bij. Als we de betaling dan nog niet hebben ontvangen, "
                    "wordt je bestelling geannuleerd.",
                    "Tot die tijd houden we de artikelen voor je gereserveerd."],
                   [("Bosch Serie 4 vaatwasser SMS4HVI33E", "€ 529,00")], on, nl_security("amazon.com.be", True),
                   button=("Betaalgegevens bijwerken", trk("amazon.com.be", "/gp/css/summary/edit.html?orderID=" + on))))

add(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="ophaalafspraak voor retourzending geannuleerd (amazon.nl), geen bestellingsannulering",
    **{"from": ("Amazon.nl", "return@amazon.nl")}, to="bram.visser@example.nl",
    subject="Je ophaalafspraak voor je retourzending is geannuleerd", date=rdate(), charset="utf-8", cte="8bit",
    text="""Hallo Bram,

De ophaalafspraak voor je retourzending op donderdag tussen 09:00 en 13:00 uur is geannuleerd, omdat de vervoerder die dag niet in jouw regio rijdt.

Je retour blijft geldig. Kies een nieuwe ophaaldatum of lever het pakket in bij een PostNL-punt:
https://www.amazon.nl/returns

Retour: Sony WH-CH720N koptelefoon

Met vriendelijke groet,
Amazon.nl
""")

# --- look-alikes -----------------------------------------------------------
fake = "405-%s-%s" % (digits(7), digits(7))
add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail-afzender, verdachte activiteit, terugbelnummer",
    **{"from": ("Amazon.nl Klantenservice", "amazon.klantenservice.nl@gmail.com")}, to="sanne.devries@example.nl",
    subject="Je bestelling #%s is geannuleerd - verdachte activiteit" % fake, date=rdate(),
    auth=auth_free("gmail.com", "amazon.klantenservice.nl@gmail.com", "mx.ziggo.nl"), charset="utf-8", cte="8bit",
    text="""Beste klant,

Je bestelling #%s (Samsung Galaxy Z Fold6, € 1.999,00) is geannuleerd vanwege verdachte activiteit op je account.

Heb je deze bestelling niet geplaatst? Bel dan direct onze afdeling Annuleringen om de afschrijving te stoppen:

   +31 20 808 41 77  (24/7 bereikbaar)

Als je niet binnen 24 uur belt, wordt het bedrag van je rekening afgeschreven.

Met vriendelijke groet,
Amazon Klantenservice
""" % fake)

add(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account geblokkeerd + bestelling geannuleerd, code invoeren, amazon-bestellingen.help",
    **{"from": ("Amazon.nl", "beveiliging@amazon-bestellingen.help")}, to="bram.visser@example.nl",
    subject="Account geblokkeerd: je bestelling is geannuleerd", date=rdate(),
    auth=auth_fail("amazon-bestellingen.help", "mx.kpnmail.nl", "pass"), charset="utf-8", cte="qp",
    html=simple_html("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:22px">
<img src="https://amazon-bestellingen.help/logo.png" alt="amazon.nl" width="110">
<h3>Je account is tijdelijk geblokkeerd</h3>
<p>Hallo,</p>
<p>We hebben een verdachte inlogpoging gezien. Je account is geblokkeerd en je laatste bestelling is <b>geannuleerd</b>.</p>
<p>Gebruik deze code om je account te deblokkeren en je bestelling te herstellen:</p>
<p style="font-size:24px;text-align:center;letter-spacing:3px"><b>NL-662 913</b></p>
<p style="text-align:center"><a href="https://amazon-bestellingen.help/herstel" style="background:#ffd814;padding:10px 22px;color:#111;text-decoration:none">Account herstellen</a></p>
<p>Voer de code binnen 12 uur in, anders wordt je account definitief gesloten.</p>
</div>"""))

add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="hotmail/outlook-afzender, vraagt kaartgegevens per antwoord, geen bestelnummer",
    **{"from": ("Amazon Betalingen", "amazon.betalingen.nl@hotmail.com")}, reply_to="amazon.betalingen.nl@hotmail.com",
    to="klant@example.nl", subject="Bestelling geannuleerd - betaling geweigerd", date=rdate(), charset="utf-8",
    cte="8bit",
    text="""Geachte klant,

Je laatste Amazon bestelling is geannuleerd omdat je betaling is geweigerd door de bank.

Om de bestelling opnieuw te activeren, beantwoord deze mail met de volgende gegevens:

 - Naam op de kaart
 - Kaartnummer
 - Vervaldatum
 - CVC-code
 - IBAN

Na ontvangst wordt je bestelling binnen 24 uur verzonden.

Groeten,
Amazon Betalingsafdeling
""")

fake_on = order_no("amazon.nl")
evil = "http://amazon.nl.klant-verificatie.top/ap/signin?x=%s" % tok(12).lower()
add(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="gepolijste kopie van layout; linktekst toont amazon.nl, href naar amazon.nl.<evil>.top; 'wordt geannuleerd'",
    **{"from": ("Amazon.nl", "payments-messages@amazon.nl.klant-verificatie.top")}, to="fatima.elamrani@example.nl",
    subject="Je bestelling #%s wordt geannuleerd" % fake_on, date=rdate(),
    auth=auth_fail("amazon.nl.klant-verificatie.top", "mx.ziggo.nl", "pass"), charset="utf-8", cte="qp",
    html=classic_html("amazon.nl", "nl", "Betaling mislukt", fake_on, "Hallo,",
                      ["We konden je betaling voor de onderstaande bestelling niet autoriseren. Je bestelling "
                       "<b>wordt binnen 24 uur geannuleerd</b> als je je betaalgegevens niet bijwerkt.",
                       'Bevestig je betaalgegevens via <a href="%s">https://www.amazon.nl/gp/css/account/'
                       'betalingen</a>.' % evil],
                      [("Apple MacBook Air 15 inch M3", "€ 1.499,00")], "€ 1.499,00",
                      ['Amazon.nl vraagt nooit per e-mail om je wachtwoord. <a href="%s">https://www.amazon.nl/'
                       'hulp</a>' % evil], link=lambda t: evil, heading_items="Artikelen met openstaande betaling"))

add(kind="lookalike", language="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillische homogliefen in weergavenaam, look-alike domein, misvormd bestelnummer, terugbetaling claimen",
    **{"from": ("\u0410m\u0430z\u043en.nl", "klantenservice@amazon-nl-bestelling.com")}, to="sanne.devries@example.nl",
    subject="Artikel niet leverbaar - bestelling #405-99812-07 geannuleerd", date=rdate(), charset="utf-8",
    cte="base64",
    html=simple_html("""<table width="600" style="margin:auto"><tr><td>
<h2 style="color:#CC6600;font-weight:normal">Annulering</h2>
<p>Beste klant,</p>
<p>Het artikel in je bestelling <b>#405-99812-07</b> is niet meer op voorraad en de verkoper kan de bestelling niet leveren. Daarom is deze geannuleerd.</p>
<p>Dyson Supersonic Nural haardroger &nbsp; <b>&euro; 499,00</b></p>
<p>Vraag je terugbetaling aan door je bankgegevens te bevestigen:</p>
<p><a href="https://amazon-nl-bestelling.com/terugbetaling?b=40599812">Terugbetaling aanvragen</a></p>
<p style="font-size:11px">Amazon.nl Klantenservice</p>
</td></tr></table>"""))

add(kind="lookalike", language="nl", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n.com.be look-alike domein, systeemfout, inloglink",
    **{"from": ("Amazon.com.be", "bestelling@amaz0n.com.be")}, to="pieter.janssens@example.be",
    subject="Systeemfout: je bestelling #403-%s-%s is geannuleerd" % (digits(7), digits(7)), date=rdate(),
    auth=auth_fail("amaz0n.com.be", "mx.telenet.be"), charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Hallo,

Door een systeemfout tijdens de verwerking is je bestelling automatisch geannuleerd.

Om je bestelling tegen de oorspronkelijke prijs te herstellen, log je in via de onderstaande beveiligde link en bevestig je je factuuradres:

https://amaz0n.com.be/ap/signin?sessie=%s

Deze link is 24 uur geldig.

Excuses voor het ongemak.
Het Amazon.com.be-team
""" % tok(14).lower())

add(kind="lookalike", language="nl", cause="unknown", states_reason=False, marketplace=None,
    note="yahoo-afzender, geen bestelnummer, geen reden",
    **{"from": ("Amazon", "amazon.nl.info@yahoo.com")}, to="klant@example.nl",
    subject="Je bestelling is geannuleerd", date=rdate(), charset="utf-8", cte="8bit",
    html=simple_html("""<p>Hallo,</p><p>Je bestelling is geannuleerd.</p>
<p>Bekijk de details: <a href="http://is.gd/amznl_annul">klik hier</a></p><p>Amazon</p>"""))

fake_on = order_no("amazon.nl")
add(kind="lookalike", language="nl", cause="customer_request", states_reason=True, marketplace=None,
    note="Griekse homogliefen, gepolijst; 'annulering op jouw verzoek', knop 'annulering ongedaan maken' naar nepdomein",
    **{"from": ("\u0391maz\u03bfn.nl", "annuleringen@amazon-nl-service.info")}, to="bram.visser@example.nl",
    subject="Annulering gelukt: je bestelling #%s" % fake_on, date=rdate(),
    auth=auth_fail("amazon-nl-service.info", "mx.kpnmail.nl", "pass"), charset="utf-8", cte="qp",
    text="""Hallo,

Zoals je hebt gevraagd, hebben we je bestelling #%s geannuleerd.

Reden van annulering: Geannuleerd door klant

Heb je dit NIET gevraagd? Maak de annulering ongedaan en beveilig je account via:
https://amazon-nl-service.info/herstel

Amazon.nl
""" % fake_on,
    html=card_html("amazon.nl", "nl", "Hallo,",
                   ["Zoals je hebt gevraagd, hebben we je bestelling geannuleerd.",
                    "<b>Reden van annulering:</b> Geannuleerd door klant",
                    "Heb je dit <b>niet</b> gevraagd? Maak de annulering ongedaan en beveilig je account."],
                   [("Sony PlayStation 5 Slim Digital Edition", "€ 449,99")], fake_on, ["Amazon.nl"],
                   button=("Annulering ongedaan maken", "https://amazon-nl-service.info/herstel"),
                   link=lambda t: "https://amazon-nl-service.info/r?u=%s" % tok(8)))


# ===========================================================================
# write
# ===========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    R.shuffle(order)
    labels = []
    for n, idx in enumerate(order):
        m = MAILS[idx]
        cs = m.get("charset", "utf-8")
        if m.get("html") and cs.lower() != "utf-8":
            m["html"] = m["html"].replace("charset=UTF-8", "charset=" + cs).replace('charset="utf-8"',
                                                                                  'charset="%s"' % cs)
        name = "%s%d.eml" % (PREFIX[0], START + n)
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
