#!/usr/bin/env python3
"""Regenerates blind test batch i1 (en / de / nl): mail/*.eml and labels.json.

Run:  python3 make.py
Deterministic: fixed random seed, no clock or pid in the output.
"""
import json
import os
import random
import html as htmlmod
from datetime import datetime, timedelta, timezone

from email import charset as cs_mod
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 20250611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "i1"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def order_no(prefix):
    return "%s-%07d-%07d" % (prefix, rng.randrange(10**7), rng.randrange(10**7))


def D(*a):
    return datetime(*a, tzinfo=timezone.utc)


def rand_date(year=2025):
    start = datetime(year, 1, 6, tzinfo=timezone.utc)
    dt = start + timedelta(days=rng.randrange(0, 150), seconds=rng.randrange(0, 86400))
    return dt


def b64sig(n=44):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def msgid(domain):
    return "<%010d.%06d.%d@%s>" % (rng.randrange(10**10), rng.randrange(10**6), rng.randrange(10**4), domain)


def auth_pass(domain, selector=None):
    selector = selector or rng.choice(["qbq6uqa6x4yvj3wxqllwbqmvzvzbdyhp", "rjt3tznrzpbnqz7gpvm6r3v4pcxpqhau",
                                       "5vq7wnxh3lihmfgkv4zsnefkimz6cmxz"])
    ip = "54.240.%d.%d" % (rng.randrange(1, 255), rng.randrange(1, 255))
    return ("mx.mailhost.example; dkim=pass (1024-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s;"
            " spf=pass (mailhost.example: domain of %s@bounces.%s designates %s as permitted sender)"
            " smtp.mailfrom=%s@bounces.%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (domain, domain, selector, b64sig(8), "2025%010d" % rng.randrange(10**10), domain, ip,
               "2025%010d" % rng.randrange(10**10), domain, domain))


def auth_other(dkim_domain, from_domain, spf="softfail", dkim="pass", dmarc="none"):
    ip = "%d.%d.%d.%d" % (rng.randrange(23, 212), rng.randrange(255), rng.randrange(255), rng.randrange(1, 255))
    dk = ("dkim=%s header.d=%s header.s=default header.b=%s" % (dkim, dkim_domain, b64sig(8))) if dkim_domain else "dkim=none"
    return ("mx.mailhost.example; %s; spf=%s (mailhost.example: domain of transitioning %s does not designate %s as permitted sender)"
            " smtp.mailfrom=%s; dmarc=%s header.from=%s" % (dk, spf, from_domain, ip, from_domain, dmarc, from_domain))


def text_part(body, subtype, charset, cte):
    """cte: 'qp' | 'b64' | '8bit' | '7bit'"""
    c = Charset(charset)
    if cte == "qp":
        c.body_encoding = cs_mod.QP
    elif cte == "b64":
        c.body_encoding = cs_mod.BASE64
    else:
        c.body_encoding = None
    return MIMEText(body, subtype, c)


def build(spec):
    cs = spec.get("charset", "utf-8")
    layout = spec["layout"]
    cte = spec.get("cte", "qp")
    cte_html = spec.get("cte_html", cte)
    if layout == "text":
        msg = text_part(spec["text"], "plain", cs, cte)
    elif layout == "html":
        msg = text_part(spec["html"], "html", cs, cte_html)
    else:
        msg = MIMEMultipart("alternative")
        msg.set_boundary(spec.get("boundary") or "----=_Part_%d_%d.%d" % (
            rng.randrange(10**7, 10**8), rng.randrange(10**8, 10**9), 1700000000000 + rng.randrange(10**10)))
        msg.attach(text_part(spec["text"], "plain", cs, cte))
        msg.attach(text_part(spec["html"], "html", cs, cte_html))
    if layout == "alt":
        for sub in msg.get_payload():
            del sub["MIME-Version"]
    hdrs = []
    if spec.get("return_path"):
        hdrs.append(("Return-Path", spec["return_path"]))
    for k, v in spec.get("pre_headers", []):
        hdrs.append((k, v))
    if spec.get("auth"):
        hdrs.append(("Authentication-Results", spec["auth"]))
    name = spec["from_name"]
    try:
        name.encode("ascii")
        frm = formataddr((name, spec["from_addr"]))
    except UnicodeEncodeError:
        frm = formataddr((name, spec["from_addr"]), charset=spec.get("hdr_charset", "utf-8"))
    hdrs.append(("From", frm))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", spec["reply_to"]))
    hdrs.append(("To", spec["to"]))
    subj = spec["subject"]
    try:
        subj.encode("ascii")
        hdrs.append(("Subject", subj))
    except UnicodeEncodeError:
        hdrs.append(("Subject", Header(subj, spec.get("hdr_charset", "utf-8"))))
    hdrs.append(("Date", format_datetime(spec["date"])))
    hdrs.append(("Message-ID", spec.get("message_id") or msgid(spec["from_addr"].split("@")[1])))
    for k, v in spec.get("headers", []):
        hdrs.append((k, v))
    # put our headers before the MIME ones
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in mime:
        msg[k] = v
    return msg


# ---------------------------------------------------------------------------
# Amazon-style template (modelled on the table layout of real notifications)
# ---------------------------------------------------------------------------

L10N = {
    "en": dict(orders="Your Orders", account="Your Account", order="Order", hello="Hello {n},",
               total="Order Total:", qty="Quantity:", sold="Sold by", canceled="Canceled Items",
               bye="We hope to see you again soon.", cs="Customer Service", help="Help",
               sec=("Amazon will never ask you for your password, your full card number or your bank details by email, "
                    "text message or phone. If your card number or expiry date has changed, please update it in "
                    "{acct}. If you receive a suspicious email that claims to be from {mp}, please report it: "
                    "{report}"),
               noreply="This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."),
    "de": dict(orders="Meine Bestellungen", account="Mein Konto", order="Bestellung", hello="Hallo {n},",
               total="Gesamtbetrag:", qty="Menge:", sold="Verkauf durch", canceled="Stornierte Artikel",
               bye="Wir hoffen, Sie bald wiederzusehen.", cs="Kundenservice", help="Hilfe",
               sec=("Amazon wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer vollständigen "
                    "Kreditkartennummer oder Ihren Bankdaten fragen. Wenn sich Ihre Kartennummer oder das Ablaufdatum "
                    "geändert hat, aktualisieren Sie diese bitte unter {acct}. Wenn Sie eine verdächtige E-Mail "
                    "erhalten, die angeblich von {mp} stammt, melden Sie diese bitte: {report}"),
               noreply="Diese E-Mail wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."),
    "nl": dict(orders="Je bestellingen", account="Je account", order="Bestelling", hello="Hallo {n},",
               total="Totaalbedrag:", qty="Aantal:", sold="Verkocht door", canceled="Geannuleerde artikelen",
               bye="We hopen je snel weer te zien.", cs="Klantenservice", help="Help",
               sec=("Amazon zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, je volledige "
                    "kaartnummer of je bankgegevens. Is je kaartnummer of vervaldatum gewijzigd? Werk deze dan bij "
                    "via {acct}. Ontvang je een verdachte e-mail die van {mp} lijkt te komen? Meld deze dan via "
                    "{report}"),
               noreply="Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet."),
}

CSS = """
body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; font:13px Arial,sans-serif; color:#333333; }
#header .logo { width:180px; }
#header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header .title h2 { font-size:20px; color:#cc6600; margin:0 0 4px 0; font-weight:normal; }
#summary .heading { font-size:16px; color:#cc6600; }
#orderDetails td { padding:6px 8px 6px 0; vertical-align:top; }
#orderDetails .price { text-align:right; font-weight:bold; }
.buttonComponentLink { display:block; background:#f0c14b; border:1px solid #a88734; color:#111111; padding:10px; text-decoration:none; }
#closing { font-size:13px; }
.emailClosing { font-size:11px; line-height:15px; color:#868686; }
.emailClosing a { color:#868686; }
"""


def amz_notice(mp, lang, title, order, name, paras, items, total, heading=None, reason_line=None,
               button=None, link_base=None, extra_text_footer="", brand=None, meta_cs="UTF-8"):
    """Return (text, html) in Amazon's layout.
    items: list of (title, qty, price, seller)
    button: (label, path) or None
    link_base: override for hrefs (used by the polished look-alikes)"""
    t = L10N[lang]
    brand = brand or ("Amazon." + mp.split(".", 1)[1])
    site = "https://www." + mp
    base = link_base or site
    acct_url = site + "/gp/css/homepage.html"
    report = site + "/gp/help/customer/display.html?nodeId=GSD587FVPF4JFHQZ"
    sec = t["sec"].format(acct=t["account"], mp=brand, report=report)
    heading = heading or t["canceled"]
    # ---- text
    tl = ["%s %s" % (brand, title), "%s #%s" % (t["order"], order), site + "/ref=TE_tex_g", "_" * 75, "",
          t["hello"].format(n=name), ""]
    for p in paras:
        tl += [p, ""]
    if reason_line:
        tl += [reason_line, ""]
    tl += [heading + ":", ""]
    for it, q, pr, sel in items:
        tl += ["    %s" % it, "    %s %d   %s" % (t["qty"], q, pr), "    %s: %s" % (t["sold"], sel), ""]
    if total:
        tl += ["%s %s" % (t["total"], total), ""]
    if button:
        tl += ["%s: %s" % (button[0], site + button[1]), ""]
    tl += ["=" * 75, "", t["bye"], brand, "", sec, "", t["noreply"]]
    if extra_text_footer:
        tl += ["", extra_text_footer]
    text = "\n".join(tl) + "\n"
    # ---- html
    e = htmlmod.escape
    rows = []
    for it, q, pr, sel in items:
        rows.append('<tr> <td class="itemImage"><a href="%s/gp/r.html?R=%s"><img src="https://m.media-amazon.com/images/I/%s._SS100_.jpg" width="84" alt="" border="0" /></a></td> '
                    '<td class="name"><a href="%s/gp/r.html?R=%s">%s</a><br /><span style="color:#666">%s %d</span><br />'
                    '<span style="color:#666">%s %s</span></td> <td class="price">%s</td> </tr>'
                    % (base, b64sig(12).replace("+", "A").replace("/", "B"), b64sig(11).replace("+", "x").replace("/", "y"),
                       base, b64sig(12).replace("+", "C").replace("/", "D"), e(it), t["qty"], q, t["sold"], e(sel), e(pr)))
    ptags = "".join("<p>%s</p> " % e(p) for p in paras)
    if reason_line:
        ptags += '<p><b>%s</b></p> ' % e(reason_line)
    btn = ""
    if button:
        btn = ('<table class="buttonComponent" width="222"><tbody><tr><td align="center" height="47"> '
               '<a class="buttonComponentLink" href="%s%s">%s</a> </td></tr></tbody></table>' % (base, button[1], e(button[0])))
    tot = ""
    if total:
        tot = ('<table id="criticalInfoCostBreakdown"><tbody><tr><td class="total">%s</td><td class="total price">%s</td></tr></tbody></table>'
               % (t["total"], e(total)))
    html = """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(mcs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0;" />
  <style>%(css)s</style>
 </head>
 <body><img width="1" height="1" src="%(base)s/gp/r.html?C=%(px)s&amp;T=E" />
  <table id="container" cellpadding="0"><tbody><tr><td class="frame">
   <table id="main" cellpadding="0"><tbody>
    <tr><td>
     <table id="header" cellpadding="0"><tbody>
      <tr>
       <td rowspan="2" class="logo"><a href="%(base)s/gp/r.html?R=home"><img src="https://m.media-amazon.com/images/G/01/x-locale/common/logo-%(lang)s.png" alt="%(brand)s" border="0" /></a></td>
       <td class="navigation"><table align="right"><tbody><tr>
        <td> <a href="%(base)s/gp/css/order-history">%(orders)s</a> </td>
        <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
        <td> <a href="%(base)s/gp/css/homepage.html">%(account)s</a> </td>
        <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
        <td> <a class="last" href="%(base)s/">%(brand)s</a> </td>
       </tr></tbody></table></td>
      </tr>
      <tr><td class="title"> <h2>%(title)s</h2> %(order_lbl)s #<a href="%(base)s/gp/your-account/order-details?orderID=%(order)s">%(order)s</a> </td></tr>
     </tbody></table>
    </td></tr>
    <tr><td>
     <table id="summary" cellpadding="0"><tbody><tr>
      <td><span class="heading">%(hello)s</span> %(ptags)s %(btn)s</td>
     </tr></tbody></table>
    </td></tr>
    <tr><td>
     <table id="orderDetails" cellpadding="0"><tbody>
      <tr><td colspan="3"><h3 style="font-size:16px;color:#cc6600;font-weight:normal;">%(heading)s</h3></td></tr>
      %(rows)s
     </tbody></table>
     %(tot)s
    </td></tr>
    <tr><td>
     <table id="closing" cellpadding="0"><tbody><tr><td>
      <p><br />%(bye)s<br /><span class="signature"><strong>%(brand)s</strong></span></p>
     </td></tr></tbody></table>
    </td></tr>
    <tr><td>
     <table id="legal" cellpadding="0"><tbody><tr><td class="emailClosing">
      <p>%(sec)s</p>
      <p><a href="%(base)s/gp/help/customer/display.html">%(help)s</a> | <a href="%(base)s/gp/help/customer/contact-us">%(cs)s</a></p>
      <p>%(noreply)s</p>
     </td></tr></tbody></table>
    </td></tr>
   </tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % dict(mcs=meta_cs, css=CSS, base=base, px=b64sig(10).replace("+", "Q").replace("/", "Z"), lang=lang, brand=e(brand),
           orders=t["orders"], account=t["account"], title=e(title), order_lbl=t["order"], order=order,
           hello=e(t["hello"].format(n=name)), ptags=ptags, btn=btn, heading=e(heading), rows=" ".join(rows),
           tot=tot, bye=e(t["bye"]), sec=e(sec).replace(e(report), '<a href="%s/gp/help/customer/display.html?nodeId=GSD587FVPF4JFHQZ">%s</a>' % (base, e(report))),
           help=t["help"], cs=t["cs"], noreply=e(t["noreply"]))
    return text, html


def amz_headers(mp, sender):
    dom = mp
    return dict(return_path="<2025%010d%s@bounces.%s>" % (rng.randrange(10**10), b64sig(6).replace("+", "a").replace("/", "b"), dom),
                reply_to="no-reply@" + dom,
                headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                         ("Bounces-to", "2025%010d@bounces.%s" % (rng.randrange(10**10), dom)),
                         ("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (b64sig(12).upper().replace("+", "1").replace("/", "2"),
                                                                   b64sig(12).upper().replace("+", "3").replace("/", "4"))),
                         ("Feedback-ID", "1.eu-west-1.%s:AmazonSES" % b64sig(30).replace("/", "x"))])


def simple_html(body_html, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222", meta_cs="utf-8"):
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>\n<body style="%s">\n%s\n</body></html>\n'
            % (meta_cs, htmlmod.escape(title), style, body_html))


MAILS = []


def add(**kw):
    MAILS.append(kw)


def amz_mail(kind, cause, states, note, mp, lang, sender, subject, layout, cte, auth, name, to,
             charset="utf-8", cte_html=None, from_name=None, **nk):
    order = nk.pop("order")
    text, html = amz_notice(mp, lang, order=order, name=name, meta_cs=charset.upper(), **nk)
    h = amz_headers(mp, sender)
    spec = dict(from_name=from_name or ("Amazon." + mp.split(".", 1)[1]), from_addr=sender + "@" + mp, to=to,
                subject=subject, date=rand_date(), layout=layout, cte=cte, cte_html=cte_html or cte,
                charset=charset, text=text, html=html, auth=auth_pass(mp) if auth else None, **h)
    add(kind=kind, lang=lang, cause=cause, states_reason=states, marketplace=mp, note=note, spec=spec)


# ===========================================================================
# ENGLISH
# ===========================================================================

# ---- notices -------------------------------------------------------------
o = order_no("113")
amz_mail("notice", "inventory_shortage", True, "amazon.com, item no longer available from supplier; DKIM/DMARC pass",
         "amazon.com", "en", "order-update", "Your Amazon.com order #%s has been canceled" % o, "alt", "qp", True,
         "Megan", '"Megan Callahan" <megan.callahan@example.com>', order=o, title="Order Cancellation",
         paras=["We're sorry, but we've had to cancel your order. The item listed below is no longer available from Amazon.com or from our supplier, and we weren't able to obtain it in time to fill your order.",
                "You have not been charged for this item. If a pre-authorization hold appears on your payment method, it will drop off within 3-5 business days, depending on your bank.",
                "You may be able to find this item from another seller on the product detail page. We apologize for any inconvenience."],
         items=[("Nintendo Switch - OLED Model w/ White Joy-Con", 1, "$349.99", "Amazon.com Services LLC")],
         total="$0.00", button=("View order details", "/gp/your-account/order-details?orderID=" + o))

o = order_no("204")
amz_mail("notice", "payment_issue", True, "amazon.co.uk, payment revision not received in time, card declined; text-only",
         "amazon.co.uk", "en", "payments-messages", "Your Amazon.co.uk order %s has been cancelled" % o, "text", "qp", False,
         "Oliver", "oliver.hughes@btinternet.example", order=o, title="Order Cancellation",
         paras=["We're writing to let you know that we have cancelled your order. The payment method you selected could not be charged, and we did not receive an updated payment method within the time we indicated in our earlier e-mail.",
                "Your card issuer declined the transaction. This can happen if the card has expired, if the billing address does not match the one held by your bank, or if there were insufficient funds available.",
                "If you would still like these items, please place a new order. To avoid this in future, check that the payment details stored in Your Account are up to date."],
         items=[("Dyson V8 Cordless Vacuum Cleaner, Silver/Nickel", 1, "\u00a3249.99", "Amazon EU S.a.r.l., UK Branch"),
                ("Dyson V8 Wall Dock and Charger", 1, "\u00a319.99", "Amazon EU S.a.r.l., UK Branch")],
         total="\u00a3269.98")

o = order_no("702")
amz_mail("notice", "technical_issue", True, "amazon.ca, pricing error; HTML-only base64; DKIM pass",
         "amazon.ca", "en", "order-update", "1 item has been canceled from your Amazon.ca order #%s" % o, "html", "b64", True,
         "Daniel", "daniel.tremblay@videotron.example", order=o, title="Item Canceled",
         paras=["We're contacting you about your recent order. Due to a pricing error on our website, the item listed below was displayed at an incorrect price when you placed your order. As a result, we've canceled this item from your order.",
                "We apologize for the inconvenience. You haven't been charged for the canceled item, and any other items in your order will ship as planned.",
                "The current price is shown on the product detail page if you would like to order it again."],
         items=[("Samsung 65-Inch Class QLED 4K Q80C Smart TV (QN65Q80CAFXZC)", 1, "CDN$ 149.99", "Amazon.com.ca ULC")],
         total="CDN$ 0.00")

o = order_no("406")
amz_mail("notice", "fraud_prevention", True, "amazon.ie, order flagged in security review, account on hold until verification",
         "amazon.ie", "en", "cs-reply", "Your Amazon.ie order #%s has been cancelled" % o, "alt", "b64", False,
         "Aoife", "aoife.byrne@eircom.example", cte_html="qp", order=o, title="Order Cancellation",
         paras=["As part of our routine security checks, your recent order was flagged for review, and we were unable to verify the payment information associated with it. To protect you and your account, we have cancelled the order and placed a temporary hold on your account.",
                "To remove the hold, please sign in to your account by typing www.amazon.ie directly into your browser, and follow the instructions in Your Account. You may be asked to confirm recent orders and your payment method.",
                "No charges were made for this order."],
         items=[("Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C)", 2, "\u20ac279.00", "Amazon EU S.\u00e0 r.l.")],
         total="\u20ac558.00")

o = order_no("408")
amz_mail("notice", "customer_request", True, "amazon.in, customer cancelled item; 'Cancel Reason: Customer Canceled'; text 8bit",
         "amazon.in", "en", "auto-confirm",
         'Successful cancellation of "boAt Airdopes 141 TWS Earbuds..." from your Amazon.in order %s' % o, "text", "8bit", True,
         "Rahul", "rahul.menon@gmail.example", order=o, title="Cancellation Confirmation",
         paras=["As requested, we've cancelled the following item from your order.",
                "If you have already paid for this item, a refund of \u20b91,299.00 will be issued to your original payment method. Refunds to UPI and cards usually take 2-4 business days; refunds to Amazon Pay balance are instant."],
         reason_line="Cancel Reason: Customer Canceled",
         items=[("boAt Airdopes 141 TWS Earbuds with 42H Playtime, Bold Black", 1, "\u20b91,299.00", "Appario Retail Private Ltd")],
         total=None)

o = order_no("407")
amz_mail("notice", "unknown", False, "amazon.co.za, cancelled with no reason given",
         "amazon.co.za", "en", "order-update", "Information about your Amazon.co.za order %s" % o, "alt", "qp", False,
         "Thabo", "thabo.nkosi@webmail.example", order=o, title="Order Cancelled",
         paras=["We're writing to let you know that your order has been cancelled. We apologise for any inconvenience this may cause.",
                "You have not been charged for the cancelled item. If you see a pending authorisation on your card statement, it will be released by your bank.",
                "If you still want this item, you can place a new order at any time."],
         items=[("Defy 20L Solo Microwave Oven, White", 1, "R 1,499.00", "Amazon Retail South Africa")],
         total="R 0.00")

# ---- look-alikes ---------------------------------------------------------
add(kind="lookalike", lang="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail sender, callback phone number, 'suspicious activity'",
    spec=dict(from_name="Amazon Order Support", from_addr="amazonsupport.orders24@gmail.com",
              to="jlee77@example.net", subject="Order Cancellation Notice - Order #114-7382910-0048213",
              date=rand_date(), layout="text", cte="7bit", charset="us-ascii",
              auth=auth_other("gmail.com", "gmail.com", spf="pass", dkim="pass", dmarc="pass"),
              text="""Dear Customer,

Your recent order has been cancelled because suspicious activity was detected on your Amazon account.

Order Number : 114-7382910-0048213
Item         : Apple iPhone 15 Pro Max 256GB - Natural Titanium
Amount       : US$ 1,299.00
Payment      : Visa ending 4421

If you did not place this order, or you would like to dispute the charge, please call our Cancellation Department immediately on our toll-free number:

      +1 (888) 302-4471   (available 24/7)

Please have this email ready when you call. If we do not hear from you within 24 hours the amount of US$ 1,299.00 will be debited from your account and cannot be reversed.

Thank you for shopping with us.
Amazon Customer Service
"""))

add(kind="lookalike", lang="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon-orders.help sender; account suspended + order cancelled, enter restore code",
    spec=dict(from_name="Amazon.co.uk", from_addr="no-reply@amazon-orders.help",
              to="s.patel@outlook.example", subject="Account suspended \u2013 your order 203-5518820-6617103 has been cancelled",
              date=rand_date(), layout="html", cte="qp",
              auth=auth_other("amazon-orders.help", "amazon-orders.help", spf="pass", dkim="pass", dmarc="none"),
              html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px"><img src="https://amazon-orders.help/img/amazon_logo_white.png" alt="amazon.co.uk" width="110"></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#c45500;font-weight:normal">Your account has been suspended</h2>
<p>Hello,</p>
<p>We were unable to verify the identity of the account holder. As a precaution we have <b>temporarily suspended your Amazon account</b> and <b>cancelled your pending order #203-5518820-6617103</b> (Bose QuietComfort Ultra Headphones, &pound;449.95).</p>
<p>To restore your account and reinstate your order, sign in using the secure link below and enter your personal restore code:</p>
<p style="font-size:22px;letter-spacing:3px;text-align:center;background:#f3f3f3;padding:10px"><b>AMZ-448-912</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/uk/restore?c=AMZ448912&amp;u=spatel" style="background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:8px">Restore my account</a></p>
<p>If you do not restore your account within 48 hours, your account will be permanently closed and any remaining balance will be forfeited.</p>
<p>Thank you,<br>Amazon.co.uk Account Services</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">&copy; 2025 Amazon.com, Inc. or its affiliates. Amazon.co.uk is a trading name of Amazon EU S.&agrave; r.l.</td></tr>
</table>""", "Amazon")))

add(kind="lookalike", lang="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="crude, outlook.com sender, asks to reply with card details, no order number",
    spec=dict(from_name="Amazon Billing Dept", from_addr="amazon.billing.dept@outlook.com",
              to="undisclosed-recipients:;", subject="Re: Your order CANCELLED - payment failed !!",
              date=rand_date(), layout="text", cte="7bit", charset="us-ascii",
              text="""Hello valued customer,

your order could not be processed because your payment was declined by your bank so the order is CANCELLED.

To reinstate your order and avoid your account being closed please REPLY to this email with the following information:

Full Name:
Card Number:
Expiry Date:
CVV (3 digits on back):
Billing Address:
Date of Birth:

Our billing team will process it within 1 hour.

Regards
Amazon Team
"""))

o = "702-3318472-1190285"
txt, htm = amz_notice("amazon.ca", "en", "Payment Declined", o, "Customer",
                      ["We were unable to charge your payment method for the order below. Your order will be canceled within 24 hours unless you update your payment information.",
                       "To keep your order, please sign in at https://www.amazon.ca/gp/css/account/payment and confirm your card details."],
                      [("Apple iPad Air 11-inch (M2) Wi-Fi 128GB - Space Grey", 1, "CDN$ 799.00", "Amazon.com.ca ULC")],
                      "CDN$ 799.00", heading="Order Summary", button=("Update payment method", "/ap/signin?openid.return_to=wallet"),
                      link_base="http://amazon.ca.orders-review.net/secure")
htm = htm.replace("sign in at https://www.amazon.ca/gp/css/account/payment",
                  'sign in at <a href="http://amazon.ca.orders-review.net/secure/ap/signin?acct=ca">https://www.amazon.ca/gp/css/account/payment</a>')
add(kind="lookalike", lang="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="polished Amazon layout; sender amazon.ca.orders-review.net; link text shows amazon.ca, href elsewhere; 'will be canceled'",
    spec=dict(from_name="Amazon.ca", from_addr="order-update@amazon.ca.orders-review.net",
              to="m.nguyen@rogers.example", subject="Your Amazon.ca order #%s will be canceled" % o,
              date=rand_date(), layout="html", cte="qp", html=htm, reply_to="no-reply@amazon.ca.orders-review.net",
              auth=auth_other("orders-review.net", "amazon.ca.orders-review.net", spf="pass", dkim="pass", dmarc="none")))

add(kind="lookalike", lang="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillic A in display name; out of stock, 'claim refund' link asks for bank details",
    spec=dict(from_name="\u0410mazon.com.au", from_addr="service@au-refund-centre.shop",
              to="kate.wilson@bigpond.example", subject="Your order has been cancelled \u2013 refund of A$219.00 pending",
              date=rand_date(), layout="alt", cte="qp",
              text="""Amazon.com.au

Hi,

Unfortunately the item in your order 250-6638105-2271946 is out of stock and our supplier was unable to fulfil it, so your order has been cancelled.

Item: Philips Series 3200 Fully Automatic Espresso Machine
Refund amount: A$219.00

To receive your refund, please confirm your bank details within 3 days:
https://au-refund-centre.shop/claim?id=2506638105

If you do not confirm, the refund will be returned to the supplier.

Amazon.com.au Customer Service
""",
              html=simple_html("""<div style="max-width:580px;margin:auto">
<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.com.au</span></p>
<p>Hi,</p>
<p>Unfortunately the item in your order <b>250-6638105-2271946</b> is out of stock and our supplier was unable to fulfil it, so your order has been <b>cancelled</b>.</p>
<table cellpadding="6" style="border:1px solid #ccc"><tr><td>Philips Series 3200 Fully Automatic Espresso Machine</td><td><b>A$219.00</b></td></tr></table>
<p>To receive your refund, please confirm your bank details within 3 days:</p>
<p><a href="https://au-refund-centre.shop/claim?id=2506638105" style="background:#ff9900;color:#fff;padding:8px 18px;text-decoration:none">Claim refund</a></p>
<p style="color:#666;font-size:12px">If you do not confirm, the refund will be returned to the supplier.<br>Amazon.com.au Customer Service</p>
</div>""", "Refund")))

add(kind="lookalike", lang="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n domain, malformed order number, 'system error', will be canceled unless billing re-confirmed; HTML-only base64",
    spec=dict(from_name="Amazon", from_addr="alerts@amaz0n-service.com",
              to="bwright@comcast.example", subject="Action Required: Order #112-58830-991 will be canceled",
              date=rand_date(), layout="html", cte="b64",
              auth=auth_other(None, "amaz0n-service.com", spf="neutral", dkim="none", dmarc="none"),
              html=simple_html("""<div style="width:560px;border-top:4px solid #ff9900;padding:16px">
<h3>Order #112-58830-991</h3>
<p>Dear Amazon Customer,</p>
<p>Due to a <b>system error during checkout</b>, your payment for order #112-58830-991 could not be processed correctly.
Your order <b>will be canceled</b> unless you re-confirm your billing details within <b>12 hours</b>.</p>
<p><a href="http://amaz0n-service.com/billing/confirm?ref=11258830991">Confirm billing details</a></p>
<p>We apologise for the inconvenience.<br>Amazon.com Order Team</p>
<p style="font-size:10px;color:#999">Amazon.com, 410 Terry Ave N, Seattle, WA 98109</p>
</div>""", "Amazon")))

add(kind="lookalike", lang="en", cause="unknown", states_reason=False, marketplace=None,
    note="crude, yahoo sender, no order number, callback number, fake cancellation fee",
    spec=dict(from_name="amazon prime", from_addr="primecancel.helpdesk@yahoo.com",
              to="grandpa.joe@aol.example", subject="AMAZON ORDER CANCELED",
              date=rand_date(), layout="text", cte="7bit", charset="us-ascii",
              text="""ATTENTION

Your amazon order has been CANCELED and a cancellation fee of $499.99 will be charged to your account today.

If this was not you CALL 1-844-555-0198 NOW to stop the charge !!

amazon support
"""))

o = "405-2219034-7781620"
add(kind="lookalike", lang="en", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek omicron in display name; 'your cancellation request' - click to stop it; link text shows amazon.in",
    spec=dict(from_name="Amaz\u03bfn.in", from_addr="cancellations@amazon-in.refund-desk.com",
              to="ananya.iyer@yahoo.example", subject="Cancellation request received for your Amazon.in order %s" % o,
              date=rand_date(), layout="alt", cte="b64",
              auth=auth_other("refund-desk.com", "amazon-in.refund-desk.com", spf="pass", dkim="pass", dmarc="none"),
              text="""Amazon.in

Hello,

As per your request, your order %s (Samsung Galaxy S24 FE 5G, \u20b959,999.00) has been cancelled.

If you did NOT request this cancellation, click the link below within 24 hours to stop it and secure your account:
https://www.amazon.in/gp/your-account/order-history

Your refund will be credited after you verify your UPI ID.

Amazon.in
""" % o,
              html=simple_html("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://refund-desk.com/static/amazon-in-logo.png" alt="amazon.in" width="103">
<p>Hello,</p>
<p>As per your request, your order <b>%s</b> (Samsung Galaxy S24 FE 5G, &#8377;59,999.00) has been cancelled.</p>
<p>If you did <b>NOT</b> request this cancellation, click the link below within 24 hours to stop it and secure your account:</p>
<p><a href="https://amazon-in.refund-desk.com/stop-cancel?o=4052219034">https://www.amazon.in/gp/your-account/order-history</a></p>
<p>Your refund will be credited after you verify your UPI ID.</p>
<p>Amazon.in</p></td></tr></table>""" % o, "Amazon.in")))

# ---- non-notices ---------------------------------------------------------
add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="eBay seller cancellation; seller message mentions their Amazon storefront",
    spec=dict(from_name="eBay", from_addr="ebay@ebay.com", to="chris.doyle@example.org",
              subject="Your order was cancelled: Sony WH-1000XM5 Wireless Noise Cancelling Headphones",
              date=rand_date(), layout="alt", cte="qp", auth=auth_other("ebay.com", "ebay.com", spf="pass", dkim="pass", dmarc="pass"),
              text="""eBay

Your order was cancelled

Hi Chris,
The seller cancelled your order for Sony WH-1000XM5 Wireless Noise Cancelling Headphones - Black.

Reason: Out of stock or cannot fulfil
Seller's message: "Sorry - the last unit sold on our Amazon storefront a few minutes before your order came in. Our stock sync didn't catch it in time."

Order number: 17-12284-55031
Refund: $278.00 to your Visa ending 0917. Refunds usually show within 3-5 business days.

This cancellation won't affect your feedback or your buyer account.

Email reference id: [#a08e2f1c9b7d4e#]
eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125
""",
              html=simple_html("""<table width="600"><tr><td><img src="https://ir.ebaystatic.com/pictures/aw/pics/logos/logoEbay_x45.gif" alt="eBay"></td></tr>
<tr><td><h2>Your order was cancelled</h2><p>Hi Chris,<br>The seller cancelled your order for <b>Sony WH-1000XM5 Wireless Noise Cancelling Headphones - Black</b>.</p>
<p><b>Reason:</b> Out of stock or cannot fulfil<br><b>Seller's message:</b> "Sorry - the last unit sold on our Amazon storefront a few minutes before your order came in. Our stock sync didn't catch it in time."</p>
<p>Order number: 17-12284-55031<br>Refund: $278.00 to your Visa ending 0917. Refunds usually show within 3-5 business days.</p>
<p><a href="https://www.ebay.com/mye/myebay/purchase">View order details</a></p>
<p style="font-size:11px;color:#666">This cancellation won't affect your feedback or your buyer account.<br>Email reference id: [#a08e2f1c9b7d4e#]<br>eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125</p></td></tr></table>""", "eBay")))

add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="colleague says she cancelled the team's Amazon order (quotes order number)",
    spec=dict(from_name="Priya Raman", from_addr="priya.raman@northwind-consulting.example", to="Tom Barker <tom.barker@northwind-consulting.example>",
              subject="Re: toner for the 3rd floor printer", date=D(2025, 3, 5, 9, 27, 13), layout="text", cte="8bit",
              headers=[("In-Reply-To", "<a81c7@northwind-consulting.example>"), ("X-Mailer", "Microsoft Outlook 16.0")],
              text="""Hi Tom,

Quick heads-up: I cancelled the Amazon order for the toner (026-4471920-3385114) because facilities found two spare cartridges in the stock room. The cancellation confirmation came through this morning, so nothing to do on your end - the card won't be charged.

If we run low again next month I'll just reorder from the same listing.

Cheers,
Priya

-----Original Message-----
From: Tom Barker
Sent: Tuesday, 4 March 2025 16:12
To: Priya Raman
Subject: toner for the 3rd floor printer

Did the toner ever get ordered? The printer is showing 5% again.
"""))

add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace=None,
    note="security newsletter quoting the fake 'Your Amazon.com order ... has been canceled' subject",
    spec=dict(from_name="The Safe Inbox Weekly", from_addr="newsletter@safeinbox-weekly.example",
              to="reader4412@example.com", subject="This week: the 'Your Amazon order has been canceled' scam is back",
              date=rand_date(), layout="alt", cte="qp",
              headers=[("List-Unsubscribe", "<https://safeinbox-weekly.example/u?id=4412>"), ("List-Id", "Safe Inbox Weekly <weekly.safeinbox-weekly.example>"),
                       ("Precedence", "bulk")],
              text="""THE SAFE INBOX WEEKLY - Issue 118

1. The fake cancellation is back

Several readers forwarded us mails with the subject line "Your Amazon.com order #113-0000000-0000000 has been canceled" this week. The mails claim an order for an iPhone or a gaming laptop was cancelled because of "suspicious activity" and give a phone number to call "to dispute the charge".

Amazon does not put phone numbers in cancellation emails and will never ask you to call or to reply with card details. If in doubt, open the Amazon app or type the address yourself and look under Your Orders. A real cancellation will show up there.

2. QR codes on parking meters - a quick checklist

3. Reader question: is it safe to unsubscribe from spam?

You are receiving this because you subscribed at safeinbox-weekly.example. Unsubscribe: https://safeinbox-weekly.example/u?id=4412
""",
              html=simple_html("""<h1 style="font-size:20px">The Safe Inbox Weekly &ndash; Issue 118</h1>
<h2 style="font-size:17px">1. The fake cancellation is back</h2>
<p>Several readers forwarded us mails with the subject line <i>"Your Amazon.com order #113-0000000-0000000 has been canceled"</i> this week. The mails claim an order for an iPhone or a gaming laptop was cancelled because of "suspicious activity" and give a phone number to call "to dispute the charge".</p>
<p>Amazon does not put phone numbers in cancellation emails and will never ask you to call or to reply with card details. If in doubt, open the Amazon app or type the address yourself and look under Your Orders. A real cancellation will show up there.</p>
<h2 style="font-size:17px">2. QR codes on parking meters &ndash; a quick checklist</h2>
<h2 style="font-size:17px">3. Reader question: is it safe to unsubscribe from spam?</h2>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed at safeinbox-weekly.example. <a href="https://safeinbox-weekly.example/u?id=4412">Unsubscribe</a></p>""", "Safe Inbox Weekly")))

o = order_no("112")
add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.com",
    note="Amazon Home Services installation appointment cancelled; the product order itself stands",
    spec=dict(from_name="Amazon.com", from_addr="home-services@amazon.com", to="lisa.moreno@example.com",
              subject="Your TV wall-mounting appointment on Saturday, May 10 has been canceled",
              date=D(2025, 5, 8, 16, 42, 9), layout="alt", cte="qp", auth=auth_pass("amazon.com"), **amz_headers("amazon.com", "home-services"),
              text="""Amazon Home Services

Hello Lisa,

Your professional, Summit AV Installs, is no longer able to make your appointment for "TV Wall Mounting (up to 65 in.)" on Saturday, May 10, 9:00 AM - 11:00 AM. We've canceled this appointment and you have not been charged for the service.

Your order %s for the TV itself is not affected and will be delivered as planned.

You can book a new installation time here:
https://www.amazon.com/services/appointments

Amazon will never ask you to pay a professional directly or to share your password. If you receive a suspicious message, report it at https://www.amazon.com/gp/help/customer/display.html?nodeId=GSD587FVPF4JFHQZ

This email was sent from a notification-only address that cannot accept incoming email.
""" % o,
              html=simple_html("""<h2 style="color:#cc6600;font-weight:normal">Appointment canceled</h2>
<p>Hello Lisa,</p>
<p>Your professional, Summit AV Installs, is no longer able to make your appointment for <b>"TV Wall Mounting (up to 65 in.)"</b> on Saturday, May 10, 9:00 AM - 11:00 AM. We've canceled this appointment and you have not been charged for the service.</p>
<p>Your order <a href="https://www.amazon.com/gp/your-account/order-details?orderID=%s">%s</a> for the TV itself is not affected and will be delivered as planned.</p>
<p><a href="https://www.amazon.com/services/appointments">Book a new installation time</a></p>
<p style="font-size:11px;color:#868686">Amazon will never ask you to pay a professional directly or to share your password. If you receive a suspicious message, <a href="https://www.amazon.com/gp/help/customer/display.html?nodeId=GSD587FVPF4JFHQZ">report it</a>.<br>This email was sent from a notification-only address that cannot accept incoming email.</p>""" % (o, o), "Amazon Home Services")))

add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.com.au",
    note="Prime membership cancelled (subscription, not an order)",
    spec=dict(from_name="Amazon.com.au", from_addr="prime@amazon.com.au", to="kate.wilson@bigpond.example",
              subject="Your Amazon Prime membership has been cancelled", date=D(2025, 5, 14, 9, 5, 51), layout="html", cte="qp",
              **amz_headers("amazon.com.au", "prime"),
              html=simple_html("""<table width="600" cellpadding="0"><tr><td style="padding:18px">
<img src="https://m.media-amazon.com/images/G/35/prime/logo-prime.png" alt="prime" width="90">
<h2 style="font-weight:normal">Your Prime membership has been cancelled</h2>
<p>Hi Kate,</p>
<p>As requested, we've cancelled your Amazon Prime membership. You can keep using your Prime benefits until <b>14 June 2025</b>, and you won't be charged again.</p>
<p>Orders you've already placed are not affected and will be delivered with the shipping speed you selected.</p>
<p>Changed your mind? <a href="https://www.amazon.com.au/prime">Keep my membership</a></p>
<p style="font-size:11px;color:#868686">Amazon.com.au will never ask for your password or card details by email. Manage your payment methods in Your Account.</p>
</td></tr></table>""", "Amazon Prime")))

o = order_no("503")
add(kind="non_notice", lang="en", cause=None, states_reason=False, marketplace="amazon.sg",
    note="genuine payment-declined reminder BEFORE cancellation ('update by ... or your order will be cancelled'); DKIM pass",
    spec=dict(from_name="Amazon.sg", from_addr="payments-messages@amazon.sg", to="wei.ling.tan@singnet.example",
              subject="Action required: payment declined for your Amazon.sg order %s" % o, date=D(2025, 3, 17, 2, 18, 40),
              layout="text", cte="qp", auth=auth_pass("amazon.sg"), **amz_headers("amazon.sg", "payments-messages"),
              text="""Amazon.sg
Order #%s
___________________________________________________________________________

Hello Wei Ling,

We were unable to charge your Mastercard ending in 5521 for the order below. This sometimes happens when a card has expired or the bank has declined the transaction.

Please update your payment method by 21 March 2025. If we don't receive a valid payment method by then, your order will be cancelled.

    Xiaomi Robot Vacuum S10+
    Quantity: 1   S$459.00

Update your payment method:
https://www.amazon.sg/gp/css/order-details?orderID=%s&ref_=pe_payment_revise

===========================================================================

Amazon.sg will never ask you for your password or full card number by email. If your card number or expiry date has changed, please update it in Your Account.

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.
""" % (o, o)))


# ===========================================================================
# GERMAN (amazon.de)
# ===========================================================================

# ---- notices -------------------------------------------------------------
o = order_no("302")
amz_mail("notice", "inventory_shortage", True, "Artikel nicht mehr verfügbar, Lieferant konnte nicht liefern; DKIM/DMARC pass",
         "amazon.de", "de", "order-update", "Ihre Amazon.de Bestellung #%s wurde storniert" % o, "alt", "qp", True,
         "Stefan", '"Stefan Krüger" <stefan.krueger@gmx.example>', order=o, title="Stornierung",
         paras=["leider mussten wir Ihre Bestellung stornieren. Der unten aufgeführte Artikel ist nicht mehr verfügbar: Unser Lieferant konnte uns die bestellte Menge nicht liefern, und wir erwarten keinen neuen Bestand.",
                "Ihre Zahlungsmethode wurde nicht belastet. Eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank innerhalb weniger Tage freigegeben.",
                "Möglicherweise bieten andere Verkäufer diesen Artikel auf der Produktseite an. Wir bitten, die Unannehmlichkeiten zu entschuldigen."],
         items=[("LEGO 10316 Icons Bruchtal – Der Herr der Ringe", 1, "499,99 €", "Amazon EU S.à r.l.")],
         total="0,00 €", button=("Bestelldetails anzeigen", "/gp/your-account/order-details?orderID=" + o))

o = order_no("303")
amz_mail("notice", "payment_issue", True, "Zahlung nicht autorisiert, Zahlungsrevision nicht rechtzeitig; text-only iso-8859-15",
         "amazon.de", "de", "payments-messages", "Ihre Amazon.de-Bestellung %s wurde storniert" % o, "text", "qp", False,
         "Frau Schäfer", "c.schaefer@t-online.example", charset="iso-8859-15", order=o, title="Stornierung",
         paras=["wir konnten die Zahlung für Ihre Bestellung nicht autorisieren. Wir hatten Sie per E-Mail gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der angegebenen Frist keine gültige Zahlungsmethode erhalten haben, wurde Ihre Bestellung storniert.",
                "Mögliche Ursachen: Die Karte ist abgelaufen, das Verfügungslimit wurde erreicht oder Ihre Bank hat die Transaktion abgelehnt.",
                "Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung auf und prüfen Sie vorher Ihre Zahlungsarten unter Mein Konto."],
         items=[("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55", 1, "159,00 €", "Amazon EU S.à r.l."),
                ("Bosch Professional 18V Akku GBA 4.0Ah", 1, "79,90 €", "Amazon EU S.à r.l.")],
         total="238,90 €")

o = order_no("305")
amz_mail("notice", "technical_issue", True, "Preisfehler durch technischen Fehler; HTML-only base64; DKIM pass",
         "amazon.de", "de", "order-update", "1 Artikel wurde aus Ihrer Amazon.de-Bestellung #%s storniert" % o, "html", "b64", True,
         "Lukas", "lukas.brandt@web.example", order=o, title="Artikel storniert",
         paras=["aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel zum Zeitpunkt Ihrer Bestellung mit einem falschen Preis angezeigt. Wir haben diesen Artikel daher aus Ihrer Bestellung storniert.",
                "Der stornierte Artikel wurde Ihnen nicht berechnet. Alle weiteren Artikel Ihrer Bestellung werden wie geplant versendet.",
                "Wir entschuldigen uns für die Unannehmlichkeiten."],
         items=[("Apple MacBook Air 13\" (M3, 16 GB RAM, 512 GB SSD) – Mitternacht", 1, "129,00 €", "Amazon EU S.à r.l.")],
         total="0,00 €")

o = order_no("306")
amz_mail("notice", "fraud_prevention", True, "ungewöhnliche Aktivität, Konto vorübergehend gesperrt, Identitätsbestätigung; windows-1252",
         "amazon.de", "de", "cs-reply", "Ihre Bestellung bei Amazon.de wurde storniert", "alt", "b64", False,
         "Herr Yilmaz", "m.yilmaz@freenet.example", charset="windows-1252", cte_html="qp", order=o, title="Stornierung",
         paras=["bei einer routinemäßigen Überprüfung ist uns ungewöhnliche Aktivität in Ihrem Kundenkonto aufgefallen. Zu Ihrem Schutz haben wir die unten aufgeführte Bestellung storniert und Ihr Konto vorübergehend gesperrt.",
                "Um die Sperre aufzuheben, melden Sie sich bitte direkt in der Amazon App oder durch Eingabe von www.amazon.de in Ihrem Browser an und folgen Sie den Anweisungen zur Bestätigung Ihrer Identität. Dabei werden Sie gegebenenfalls gebeten, eine hinterlegte Zahlungsart zu bestätigen.",
                "Für diese Bestellung wurde Ihnen nichts berechnet."],
         items=[("Sony PlayStation 5 Pro Konsole", 1, "799,00 €", "Amazon EU S.à r.l.")],
         total="799,00 €")

o = order_no("028")
amz_mail("notice", "customer_request", True, "vom Kunden storniert ('Stornierungsgrund: Vom Kunden storniert'); text 8bit",
         "amazon.de", "de", "auto-confirm",
         "Stornierung erfolgreich: „Tefal Ingenio Emotion Pfannenset 13-teilig...“ aus Ihrer Bestellung %s" % o, "text", "8bit", True,
         "Anna", "anna.weber@posteo.example", order=o, title="Stornierungsbestätigung",
         paras=["wie von Ihnen gewünscht, haben wir den folgenden Artikel aus Ihrer Bestellung storniert.",
                "Falls Sie bereits bezahlt haben, erstatten wir den Betrag von 89,99 € auf Ihre ursprüngliche Zahlungsmethode. Die Gutschrift kann je nach Bank einige Werktage dauern."],
         reason_line="Stornierungsgrund: Vom Kunden storniert",
         items=[("Tefal Ingenio Emotion Pfannenset 13-teilig, Edelstahl, induktionsgeeignet", 1, "89,99 €", "Amazon EU S.à r.l.")],
         total=None)

o = order_no("302")
amz_mail("notice", "unknown", True, "Lieferadresse nicht zustellbar, Sendung zurück -> storniert (reason outside the four); 8bit iso-8859-15",
         "amazon.de", "de", "order-update", "Ihre Amazon.de Bestellung #%s wurde storniert" % o, "alt", "8bit", False,
         "Jonas", "jonas.hoffmann@mailbox.example", charset="iso-8859-15", order=o, title="Stornierung",
         paras=["leider konnten wir Ihre Bestellung nicht zustellen. Der Zusteller konnte die angegebene Lieferadresse nicht finden, und eine Zustellung an diese Adresse ist nicht möglich. Die Sendung geht an uns zurück, daher haben wir Ihre Bestellung storniert.",
                "Sobald die Sendung bei uns eingegangen ist, erstatten wir den vollen Betrag auf Ihre ursprüngliche Zahlungsmethode.",
                "Bitte überprüfen Sie die Adresse in Ihrem Adressbuch unter Mein Konto, bevor Sie erneut bestellen."],
         items=[("Philips Sonicare DiamondClean 9000 Elektrische Zahnbürste HX9911/09", 1, "149,99 €", "Amazon EU S.à r.l.")],
         total="149,99 €")

# ---- look-alikes ---------------------------------------------------------
add(kind="lookalike", lang="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gmail-Absender, Rückruf-Hotline, 'verdächtige Aktivitäten'",
    spec=dict(from_name="Amazon Kundenservice", from_addr="amazon.kundenservice.de@gmail.com",
              to="k.richter@web.example", subject="Ihre Bestellung wurde storniert – Rückbuchung 1.449,00 €",
              date=rand_date(), layout="text", cte="8bit",
              auth=auth_other("gmail.com", "gmail.com", spf="pass", dkim="pass", dmarc="pass"),
              text="""Sehr geehrter Kunde,

Ihre Bestellung wurde wegen verdächtiger Aktivitäten in Ihrem Amazon-Konto storniert.

Bestellnummer: 304-8827165-2290471
Artikel:       Samsung Galaxy S25 Ultra 512 GB Titanium Black
Betrag:        1.449,00 €
Zahlungsart:   Mastercard **** 7710

Falls Sie diese Bestellung nicht aufgegeben haben, rufen Sie bitte umgehend unsere kostenlose Stornierungs-Hotline an:

      0800 182 4471   (rund um die Uhr erreichbar)

Andernfalls wird der Betrag innerhalb von 24 Stunden endgültig von Ihrem Konto abgebucht.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice
"""))

add(kind="lookalike", lang="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Konto gesperrt + Bestellung storniert, Sicherheitscode eingeben; Absender amazon-de.konto-sicherheit.info",
    spec=dict(from_name="Amazon.de", from_addr="service@amazon-de.konto-sicherheit.info",
              to="petra.lang@gmx.example", subject="Ihr Konto wurde gesperrt – Bestellung 302-6614890-1183527 storniert",
              date=rand_date(), layout="html", cte="qp",
              auth=auth_other("konto-sicherheit.info", "amazon-de.konto-sicherheit.info", spf="pass", dkim="pass", dmarc="none"),
              html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px"><img src="https://amazon-de.konto-sicherheit.info/logo.png" alt="amazon.de" width="110"></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#c45500;font-weight:normal">Ihr Konto wurde vorübergehend gesperrt</h2>
<p>Guten Tag,</p>
<p>wir konnten die Identität des Kontoinhabers nicht bestätigen. Aus Sicherheitsgründen haben wir <b>Ihr Amazon-Konto gesperrt</b> und <b>Ihre offene Bestellung #302-6614890-1183527 storniert</b> (Dyson Airwrap Multi-Styler, 549,00 €).</p>
<p>Um Ihr Konto wiederherzustellen, melden Sie sich über den folgenden Link an und geben Sie Ihren persönlichen Sicherheitscode ein:</p>
<p style="font-size:22px;letter-spacing:3px;text-align:center;background:#f3f3f3;padding:10px"><b>DE-7731-KX</b></p>
<p style="text-align:center"><a href="https://amazon-de.konto-sicherheit.info/wiederherstellen?code=DE7731KX" style="background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:8px">Konto wiederherstellen</a></p>
<p>Wenn Sie Ihr Konto nicht innerhalb von 48 Stunden wiederherstellen, wird es dauerhaft geschlossen.</p>
<p>Vielen Dank<br>Ihr Amazon.de Kontoservice</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">&copy; 2025 Amazon.com, Inc. oder Tochtergesellschaften. Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg</td></tr>
</table>""", "Amazon.de")))

add(kind="lookalike", lang="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="plump, outlook.de-Absender, Antwort mit Kartendaten verlangt; iso-8859-1 8bit",
    spec=dict(from_name="Amazon Zahlungsabteilung", from_addr="zahlung-amazon@outlook.de",
              to="undisclosed-recipients:;", subject="WG: Bestellung storniert - Zahlung abgelehnt!!", charset="iso-8859-1",
              date=rand_date(), layout="text", cte="8bit", hdr_charset="iso-8859-1",
              text="""Sehr geehrte kunde,

ihre zahlung wurde von ihrer bank abgelehnt und deshalb ist ihre bestellung STORNIERT worden.

Um die bestellung wieder zu aktivieren und eine sperrung ihres kontos zu vermeiden antworten Sie bitte auf diese email mit folgende daten:

Vor- und Nachname:
Kartennummer:
Ablaufdatum:
Prüfnummer (CVC):
Geburtsdatum:
Rechnungsadresse:

Unsere abteilung bearbeitet ihre anfrage innerhalb 1 stunde.

Mit freundliche grüße
Amazon Team
"""))

o = "302-4471093-5528016"
txt, htm = amz_notice("amazon.de", "de", "Zahlung fehlgeschlagen", o, "Kunde",
                      ["wir konnten Ihre Zahlungsmethode für die unten aufgeführte Bestellung nicht belasten. Ihre Bestellung wird innerhalb von 24 Stunden storniert, wenn Sie Ihre Zahlungsinformationen nicht aktualisieren.",
                       "Um Ihre Bestellung zu behalten, melden Sie sich bitte unter https://www.amazon.de/gp/css/account/payment an und bestätigen Sie Ihre Kartendaten."],
                      [("Apple iPhone 16 Pro 256 GB – Titan Wüstensand", 1, "1.329,00 €", "Amazon EU S.à r.l.")],
                      "1.329,00 €", heading="Bestellübersicht", button=("Zahlungsart aktualisieren", "/ap/signin?openid.return_to=wallet"),
                      link_base="http://amazon.de.kundenservice-zahlung.com/sicher")
htm = htm.replace("melden Sie sich bitte unter https://www.amazon.de/gp/css/account/payment an",
                  'melden Sie sich bitte unter <a href="http://amazon.de.kundenservice-zahlung.com/sicher/ap/signin?m=de">https://www.amazon.de/gp/css/account/payment</a> an')
add(kind="lookalike", lang="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="poliertes Amazon-Layout; Absender amazon.de.kundenservice-zahlung.com; Linktext amazon.de, href woanders; 'wird storniert'",
    spec=dict(from_name="Amazon.de", from_addr="bestellung@amazon.de.kundenservice-zahlung.com",
              to="t.neumann@arcor.example", subject="Ihre Bestellung %s wird storniert" % o,
              date=rand_date(), layout="html", cte="b64", html=htm, reply_to="no-reply@amazon.de.kundenservice-zahlung.com",
              auth=auth_other("kundenservice-zahlung.com", "amazon.de.kundenservice-zahlung.com", spf="pass", dkim="pass", dmarc="none")))

add(kind="lookalike", lang="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="kyrillisches A im Anzeigenamen; 'nicht lieferbar', Erstattung nur nach Bankdaten-Bestätigung",
    spec=dict(from_name="\u0410mazon.de", from_addr="info@versandinfo-24.top",
              to="sabine.wolf@t-online.example", subject="Bestellung storniert: Erstattung von 349,00 € ausstehend",
              date=rand_date(), layout="alt", cte="b64",
              text="""Amazon.de

Hallo,

leider ist der Artikel aus Ihrer Bestellung 303-2291770-6604518 nicht mehr lieferbar. Unser Lieferant konnte die Ware nicht bereitstellen, daher wurde Ihre Bestellung storniert.

Artikel: De'Longhi Magnifica Evo ECAM290.61.B Kaffeevollautomat
Erstattungsbetrag: 349,00 €

Um die Erstattung zu erhalten, bestätigen Sie bitte innerhalb von 3 Tagen Ihre Bankverbindung:
https://versandinfo-24.top/erstattung?id=3032291770

Ohne Bestätigung verfällt der Anspruch.

Ihr Amazon.de Kundenservice
""",
              html=simple_html("""<div style="max-width:580px;margin:auto">
<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.de</span></p>
<p>Hallo,</p>
<p>leider ist der Artikel aus Ihrer Bestellung <b>303-2291770-6604518</b> nicht mehr lieferbar. Unser Lieferant konnte die Ware nicht bereitstellen, daher wurde Ihre Bestellung <b>storniert</b>.</p>
<table cellpadding="6" style="border:1px solid #ccc"><tr><td>De'Longhi Magnifica Evo ECAM290.61.B Kaffeevollautomat</td><td><b>349,00 &euro;</b></td></tr></table>
<p>Um die Erstattung zu erhalten, bestätigen Sie bitte innerhalb von 3 Tagen Ihre Bankverbindung:</p>
<p><a href="https://versandinfo-24.top/erstattung?id=3032291770" style="background:#ff9900;color:#fff;padding:8px 18px;text-decoration:none">Erstattung anfordern</a></p>
<p style="color:#666;font-size:12px">Ohne Bestätigung verfällt der Anspruch.<br>Ihr Amazon.de Kundenservice</p>
</div>""", "Erstattung")))

add(kind="lookalike", lang="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n-Domain, fehlerhafte Bestellnummer, 'Systemfehler', wird storniert falls keine Bestätigung; HTML-only",
    spec=dict(from_name="Amazon", from_addr="service@amaz0n-de.com",
              to="f.schmitt@gmx.example", subject="Wichtig: Bestellung #302-88123-7761 wird storniert",
              date=rand_date(), layout="html", cte="qp",
              auth=auth_other(None, "amaz0n-de.com", spf="neutral", dkim="none", dmarc="none"),
              html=simple_html("""<div style="width:560px;border-top:4px solid #ff9900;padding:16px">
<h3>Bestellung #302-88123-7761</h3>
<p>Sehr geehrter Amazon-Kunde,</p>
<p>aufgrund eines <b>Systemfehlers</b> bei der Zahlungsabwicklung konnte Ihre Bestellung #302-88123-7761 nicht korrekt verarbeitet werden.
Ihre Bestellung <b>wird storniert</b>, wenn Sie Ihre Rechnungsdaten nicht innerhalb von <b>12 Stunden</b> bestätigen.</p>
<p><a href="http://amaz0n-de.com/rechnung/bestaetigen?ref=30288123">Rechnungsdaten bestätigen</a></p>
<p>Wir entschuldigen uns für die Unannehmlichkeiten.<br>Ihr Amazon.de Bestellteam</p>
</div>""", "Amazon")))

add(kind="lookalike", lang="de", cause="unknown", states_reason=False, marketplace=None,
    note="plump, yahoo-Absender, keine Bestellnummer, Kurzlink",
    spec=dict(from_name="amazon support", from_addr="amazon.support.team@yahoo.de",
              to="info@familie-becker.example", subject="BESTELLUNG STORNIERT!!!",
              date=rand_date(), layout="text", cte="qp",
              text="""Ihre amazon bestellung wurde storniert.

klicken sie hier um die stornierung ruckgangig zu machen:  https://bit.ly/3amzDE-storno

sonst wird ihr konto in 24h geschlossen.

amazon
"""))

o = "302-5589011-0047736"
add(kind="lookalike", lang="de", cause="customer_request", states_reason=True, marketplace=None,
    note="griechisches Omikron im Anzeigenamen; 'Ihre Stornierungsanfrage' - Link zum Widerrufen, Linktext amazon.de",
    spec=dict(from_name="Amaz\u03bfn.de", from_addr="noreply@amazon-storno-service.de",
              to="julia.meier@web.example", subject="Ihre Stornierungsanfrage für Bestellung %s wurde bearbeitet" % o,
              date=rand_date(), layout="alt", cte="qp",
              auth=auth_other("amazon-storno-service.de", "amazon-storno-service.de", spf="pass", dkim="pass", dmarc="none"),
              text="""Amazon.de

Guten Tag,

wie gewünscht wurde Ihre Bestellung %s (Garmin Fenix 8 AMOLED 47 mm, 999,99 €) storniert.

Sie haben diese Stornierung NICHT beantragt? Dann widerrufen Sie sie innerhalb von 24 Stunden und sichern Sie Ihr Konto:
https://www.amazon.de/gp/css/order-history

Amazon.de
""" % o,
              html=simple_html("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://amazon-storno-service.de/static/amazon-de.png" alt="amazon.de" width="103">
<p>Guten Tag,</p>
<p>wie gewünscht wurde Ihre Bestellung <b>%s</b> (Garmin Fenix 8 AMOLED 47 mm, 999,99 &euro;) storniert.</p>
<p>Sie haben diese Stornierung <b>NICHT</b> beantragt? Dann widerrufen Sie sie innerhalb von 24 Stunden und sichern Sie Ihr Konto:</p>
<p><a href="https://amazon-storno-service.de/widerruf?o=3025589011">https://www.amazon.de/gp/css/order-history</a></p>
<p>Amazon.de</p></td></tr></table>""" % o, "Amazon.de")))

# ---- non-notices ---------------------------------------------------------
add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Stornierung eines Online-Shops (Kaffeerösterei), bezahlt mit Amazon Pay; iso-8859-15",
    spec=dict(from_name="Kaffeerösterei Brandt", from_addr="shop@kaffee-brandt.example", to="m.vogel@posteo.example",
              subject="Ihre Bestellung KB-20931 wurde storniert", date=rand_date(), layout="alt", cte="qp", charset="iso-8859-15",
              hdr_charset="iso-8859-15",
              text="""Kaffeerösterei Brandt - Online-Shop

Hallo Herr Vogel,

leider müssen wir Ihre Bestellung KB-20931 stornieren: Unser Espresso "Sizilianische Art" (1 kg, ganze Bohne) ist wegen einer Ernteverzögerung ausverkauft.

Sie haben mit Amazon Pay bezahlt. Die Zahlung wird über Amazon Pay nicht eingezogen bzw. vollständig erstattet; in Ihrem Amazon-Konto erscheint die Erstattung unter "Amazon Pay-Transaktionen".

Sobald der Kaffee wieder da ist, schicken wir Ihnen gern eine Nachricht.

Herzliche Grüße
Ihr Team der Kaffeerösterei Brandt
Hafenstraße 12, 28217 Bremen
""",
              html=simple_html("""<h2 style="font-family:Georgia">Kaffeerösterei Brandt</h2>
<p>Hallo Herr Vogel,</p>
<p>leider müssen wir Ihre Bestellung <b>KB-20931</b> stornieren: Unser Espresso "Sizilianische Art" (1 kg, ganze Bohne) ist wegen einer Ernteverzögerung ausverkauft.</p>
<p>Sie haben mit <b>Amazon Pay</b> bezahlt. Die Zahlung wird über Amazon Pay nicht eingezogen bzw. vollständig erstattet; in Ihrem Amazon-Konto erscheint die Erstattung unter "Amazon Pay-Transaktionen".</p>
<p>Sobald der Kaffee wieder da ist, schicken wir Ihnen gern eine Nachricht.</p>
<p>Herzliche Grüße<br>Ihr Team der Kaffeerösterei Brandt<br>Hafenstraße 12, 28217 Bremen</p>""", "Kaffeerösterei Brandt", meta_cs="iso-8859-15")))

add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Freund schreibt, er habe die Amazon-Bestellung storniert",
    spec=dict(from_name="Markus Fink", from_addr="markus.fink@web.de", to="Jana Fink <jana.fink@gmx.example>",
              subject="Kinderwagen", date=rand_date(), layout="text", cte="8bit",
              headers=[("X-Mailer", "WEB.DE Mail")],
              text="""Hi Jana,

ich hab die Amazon-Bestellung mit dem Kinderwagen gerade storniert - Tante Gabi hat angerufen, sie schenkt euch ihren alten Bugaboo, der ist quasi neu. Die Stornierung ist schon bestätigt, abgebucht wurde noch nichts.

Falls ihr doch lieber einen neuen wollt, sag Bescheid, dann bestell ich ihn nochmal.

Liebe Grüße
Markus
"""))

add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Newsletter über Phishing, zitiert gefälschten Betreff 'Ihre Amazon-Bestellung wurde storniert'",
    spec=dict(from_name="Sicher im Netz – Newsletter", from_addr="newsletter@sicher-im-netz-news.example",
              to="leser1187@example.de", subject="Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf",
              date=D(2025, 3, 14, 7, 0, 3), layout="html", cte="b64",
              headers=[("List-Unsubscribe", "<https://sicher-im-netz-news.example/abmelden?id=1187>"), ("Precedence", "bulk")],
              html=simple_html("""<h1 style="font-size:20px">Phishing-Radar KW 11</h1>
<h2 style="font-size:17px">Gefälschte Amazon-Stornierungen</h2>
<p>Derzeit kursieren E-Mails mit dem Betreff <i>„Ihre Amazon-Bestellung wurde storniert – Konto gesperrt“</i>. Darin heißt es, eine Bestellung sei wegen „verdächtiger Aktivitäten“ storniert worden; über einen Link oder eine Hotline sollen Empfänger ihr Konto „entsperren“.</p>
<p>Unser Rat: Klicken Sie nicht auf Links in solchen Mails und rufen Sie keine angegebenen Nummern an. Prüfen Sie Ihre Bestellungen direkt in der Amazon-App oder indem Sie die Adresse selbst eingeben. Verdächtige Mails können Sie an Amazon weiterleiten.</p>
<h2 style="font-size:17px">Außerdem: Betrug mit gefälschten Paket-SMS</h2>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href="https://sicher-im-netz-news.example/abmelden?id=1187">Abmelden</a></p>""", "Phishing-Radar")))

add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace=None,
    note="Audible-Mitgliedschaft gekündigt (Abo, keine Bestellung)",
    spec=dict(from_name="Audible", from_addr="kundenservice@audible.de", to="lukas.brandt@web.example",
              subject="Ihre Audible-Mitgliedschaft wurde gekündigt", date=D(2025, 4, 3, 18, 30, 17), layout="alt", cte="qp",
              auth=auth_other("audible.de", "audible.de", spf="pass", dkim="pass", dmarc="pass"),
              text="""Audible

Hallo Lukas,

Ihre Audible-Mitgliedschaft wurde wie gewünscht gekündigt. Sie wird am 28. April 2025 beendet; danach wird Ihnen kein Monatsbeitrag mehr berechnet.

Ihre gekauften Hörbücher bleiben Ihnen erhalten. Nicht eingelöste Guthaben lösen Sie bitte vor dem Ende der Mitgliedschaft ein.

Sie möchten doch Mitglied bleiben? https://www.audible.de/account

Ihr Audible Kundenservice
""",
              html=simple_html("""<p><img src="https://m.media-amazon.com/images/G/03/Audible/logo.png" alt="audible" width="120"></p>
<p>Hallo Lukas,</p>
<p>Ihre Audible-Mitgliedschaft wurde wie gewünscht gekündigt. Sie wird am <b>28. April 2025</b> beendet; danach wird Ihnen kein Monatsbeitrag mehr berechnet.</p>
<p>Ihre gekauften Hörbücher bleiben Ihnen erhalten. Nicht eingelöste Guthaben lösen Sie bitte vor dem Ende der Mitgliedschaft ein.</p>
<p><a href="https://www.audible.de/account">Mitglied bleiben</a></p>
<p>Ihr Audible Kundenservice</p>""", "Audible")))

o = order_no("303")
add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace="amazon.de",
    note="echte Zahlungserinnerung VOR einer Stornierung ('sonst wird Ihre Bestellung storniert'); DKIM pass",
    spec=dict(from_name="Amazon.de", from_addr="payments-messages@amazon.de", to="c.schaefer@t-online.example",
              subject="Aktion erforderlich: Zahlung für Ihre Bestellung %s fehlgeschlagen" % o, date=D(2025, 3, 14, 6, 51, 2),
              layout="text", cte="qp", auth=auth_pass("amazon.de"), **amz_headers("amazon.de", "payments-messages"),
              text="""Amazon.de
Bestellung #%s
___________________________________________________________________________

Guten Tag,

wir konnten Ihre Visa-Karte mit der Endung 3308 für die unten aufgeführte Bestellung nicht belasten. Das kann passieren, wenn die Karte abgelaufen ist oder Ihre Bank die Zahlung abgelehnt hat.

Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 18. März 2025. Wenn wir bis dahin keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert.

    Miele Boost CX1 Bodenstaubsauger ohne Beutel
    Menge: 1   299,00 €

Zahlungsinformationen aktualisieren:
https://www.amazon.de/gp/css/order-details?orderID=%s&ref_=pe_payment_revise

===========================================================================

Amazon wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihrer vollständigen Kartennummer fragen. Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat, aktualisieren Sie diese bitte unter Mein Konto.

Diese E-Mail wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann.
""" % (o, o)))

o = order_no("302")
add(kind="non_notice", lang="de", cause=None, states_reason=False, marketplace="amazon.de",
    note="Zustelltermin für Großgerät abgesagt, neuer Termin nötig; Bestellung bleibt bestehen",
    spec=dict(from_name="Amazon.de", from_addr="shipment-tracking@amazon.de", to="jonas.hoffmann@mailbox.example",
              subject="Ihr Liefertermin am Donnerstag, 13. März wurde abgesagt", date=D(2025, 3, 12, 15, 9, 44), layout="alt", cte="qp",
              **amz_headers("amazon.de", "shipment-tracking"),
              text="""Amazon.de

Hallo Jonas,

der vereinbarte Liefertermin für Ihre Bestellung %s (Bosch WGG244A40 Waschmaschine, Lieferung mit Aufbau) am Donnerstag, 13. März, 8-12 Uhr wurde von unserem Speditionspartner abgesagt.

Ihre Bestellung bleibt bestehen. Bitte wählen Sie einen neuen Termin:
https://www.amazon.de/gp/your-account/order-details?orderID=%s&ref_=reschedule

Wir entschuldigen uns für die Unannehmlichkeiten.

Diese E-Mail wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann.
""" % (o, o),
              html=simple_html("""<h2 style="color:#cc6600;font-weight:normal">Liefertermin abgesagt</h2>
<p>Hallo Jonas,</p>
<p>der vereinbarte Liefertermin für Ihre Bestellung <a href="https://www.amazon.de/gp/your-account/order-details?orderID=%s">%s</a> (Bosch WGG244A40 Waschmaschine, Lieferung mit Aufbau) am Donnerstag, 13. März, 8-12 Uhr wurde von unserem Speditionspartner abgesagt.</p>
<p><b>Ihre Bestellung bleibt bestehen.</b> Bitte wählen Sie einen <a href="https://www.amazon.de/gp/your-account/order-details?orderID=%s&amp;ref_=reschedule">neuen Termin</a>.</p>
<p>Wir entschuldigen uns für die Unannehmlichkeiten.</p>
<p style="font-size:11px;color:#868686">Diese E-Mail wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann.</p>""" % (o, o, o), "Amazon.de")))


# ===========================================================================
# DUTCH (amazon.nl / amazon.com.be)
# ===========================================================================

# ---- notices -------------------------------------------------------------
o = order_no("404")
amz_mail("notice", "inventory_shortage", True, "amazon.nl, pre-order kan niet worden geleverd door leverancier; DKIM/DMARC pass",
         "amazon.nl", "nl", "order-update", "Je Amazon.nl-bestelling #%s is geannuleerd" % o, "alt", "qp", True,
         "Sanne", '"Sanne de Jong" <sanne.dejong@ziggo.example>', order=o, title="Annulering",
         paras=["Helaas hebben we je pre-order moeten annuleren. Onze leverancier kan het onderstaande artikel niet leveren en we verwachten het ook niet meer op voorraad te krijgen.",
                "Er is niets in rekening gebracht. Een eventuele reservering op je betaalmethode wordt binnen enkele dagen door je bank vrijgegeven.",
                "Onze excuses voor het ongemak."],
         items=[("Pokémon Legends: Z-A (Nintendo Switch 2) – pre-order", 1, "€ 69,99", "Amazon EU S.à r.l.")],
         total="€ 0,00", button=("Bestelgegevens bekijken", "/gp/your-account/order-details?orderID=" + o))

o = order_no("403")
amz_mail("notice", "payment_issue", True, "amazon.com.be, kaart geweigerd/verlopen, geen nieuwe betaalmethode op tijd; text-only windows-1252",
         "amazon.com.be", "nl", "payments-messages", "Je Amazon.com.be-bestelling %s is geannuleerd" % o, "text", "qp", False,
         "Pieter", "pieter.claes@telenet.example", charset="windows-1252", order=o, title="Annulering",
         paras=["We hebben je bestelling geannuleerd omdat we de betaling niet konden verwerken. Je kaart werd geweigerd of is verlopen, en we hebben binnen de termijn uit onze eerdere e-mail geen nieuwe betaalmethode ontvangen.",
                "Wil je de artikelen nog steeds? Plaats dan een nieuwe bestelling en controleer eerst of je betaalgegevens in Je account up-to-date zijn."],
         items=[("De'Longhi Dedica Style EC685.M Espressomachine", 1, "€ 179,99", "Amazon EU S.à r.l."),
                ("De'Longhi Ontkalker EcoDecalk 500 ml", 2, "€ 12,49", "Amazon EU S.à r.l.")],
         total="€ 204,97")

o = order_no("404")
amz_mail("notice", "technical_issue", True, "amazon.nl, prijsfout door fout in systemen; HTML-only base64; DKIM pass",
         "amazon.nl", "nl", "order-update", "Een artikel uit je Amazon.nl-bestelling #%s is geannuleerd" % o, "html", "b64", True,
         "Daan", "daan.visser@kpnmail.example", order=o, title="Artikel geannuleerd",
         paras=["Door een fout in onze systemen werd het onderstaande artikel op het moment van je bestelling met een onjuiste prijs weergegeven. Daarom hebben we dit artikel uit je bestelling geannuleerd.",
                "Het geannuleerde artikel is niet in rekening gebracht. De overige artikelen in je bestelling worden zoals gepland verzonden.",
                "Onze excuses voor het ongemak."],
         items=[("Sonos Arc Ultra Soundbar – Zwart", 1, "€ 99,00", "Amazon EU S.à r.l.")],
         total="€ 0,00")

o = order_no("405")
amz_mail("notice", "fraud_prevention", True, "amazon.nl, gemarkeerd bij beveiligingscontrole, identiteit niet bevestigd, account geblokkeerd",
         "amazon.nl", "nl", "cs-reply", "Je bestelling bij Amazon.nl is geannuleerd", "alt", "b64", False,
         "Lotte", "lotte.bakker@hotmail.example", cte_html="qp", order=o, title="Annulering",
         paras=["Bij een routinematige beveiligingscontrole is je bestelling gemarkeerd voor verificatie. Omdat we je identiteit niet konden bevestigen, hebben we je bestelling geannuleerd en je account tijdelijk geblokkeerd.",
                "Om de blokkering op te heffen, meld je je aan via de Amazon-app of door zelf www.amazon.nl in je browser te typen, en volg je de instructies om je identiteit te bevestigen. Mogelijk vragen we je een betaalmethode te bevestigen.",
                "Er is niets in rekening gebracht voor deze bestelling."],
         items=[("Apple iPhone 16 128 GB – Ultramarijn", 1, "€ 969,00", "Amazon EU S.à r.l.")],
         total="€ 969,00")

o = order_no("403")
amz_mail("notice", "customer_request", True, "amazon.com.be, op verzoek van klant ('Reden van annulering: Geannuleerd door klant'); text 8bit",
         "amazon.com.be", "nl", "auto-confirm",
         "Annulering gelukt: \"Philips Airfryer XXL HD9650/90...\" uit je Amazon.com.be-bestelling %s" % o, "text", "8bit", True,
         "Els", "els.peeters@skynet.example", order=o, title="Bevestiging annulering",
         paras=["Op jouw verzoek hebben we het volgende artikel uit je bestelling geannuleerd.",
                "Heb je al betaald? Dan storten we € 219,99 terug via je oorspronkelijke betaalmethode. Afhankelijk van je bank kan dit enkele werkdagen duren."],
         reason_line="Reden van annulering: Geannuleerd door klant",
         items=[("Philips Airfryer XXL Premium HD9650/90, 7,3 l", 1, "€ 219,99", "Amazon EU S.à r.l.")],
         total=None)

o = order_no("404")
amz_mail("notice", "unknown", False, "amazon.nl, geannuleerd zonder reden; iso-8859-15 qp",
         "amazon.nl", "nl", "order-update", "Informatie over je Amazon.nl-bestelling %s" % o, "alt", "qp", False,
         "Bram", "bram.mulder@xs4all.example", charset="iso-8859-15", order=o, title="Bestelling geannuleerd",
         paras=["We laten je weten dat je bestelling is geannuleerd. Onze excuses voor het eventuele ongemak.",
                "Er is niets in rekening gebracht voor de geannuleerde artikelen. Zie je een reservering op je afschrift, dan wordt deze door je bank vrijgegeven.",
                "Wil je de artikelen toch nog? Je kunt altijd een nieuwe bestelling plaatsen."],
         items=[("Gazelle fietsslot ART-2 ringslot met insteekketting", 1, "€ 64,95", "Amazon EU S.à r.l.")],
         total="€ 0,00")

# ---- look-alikes ---------------------------------------------------------
add(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="gmail-afzender, terugbelnummer, 'betaling mislukt'",
    spec=dict(from_name="Amazon.nl Klantenservice", from_addr="klantenservice.amazonnl@gmail.com",
              to="r.vandenberg@kpnmail.example", subject="Je bestelling is geannuleerd - betaling mislukt (ref. 404-1938820-5527104)",
              date=rand_date(), layout="text", cte="8bit",
              auth=auth_other("gmail.com", "gmail.com", spf="pass", dkim="pass", dmarc="pass"),
              text="""Beste klant,

Je betaling voor onderstaande bestelling is mislukt en je bestelling is daarom geannuleerd.

Bestelnummer: 404-1938820-5527104
Artikel:      Apple MacBook Pro 14" M4 Pro
Bedrag:       € 2.399,00

Let op: het bedrag is al gereserveerd op je rekening. Bel binnen 24 uur onze klantenservice om de reservering te laten vrijgeven:

      020 808 4471   (dag en nacht bereikbaar)

Met vriendelijke groet,
Amazon.nl Klantenservice
"""))

add(kind="lookalike", lang="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amazon-orders.help; account opgeschort + bestelling geannuleerd, herstelcode invoeren",
    spec=dict(from_name="Amazon.com.be", from_addr="noreply@amazon-orders.help",
              to="joke.maes@telenet.example", subject="Je account is opgeschort en je bestelling 403-7720194-3381560 is geannuleerd",
              date=rand_date(), layout="html", cte="b64",
              auth=auth_other("amazon-orders.help", "amazon-orders.help", spf="pass", dkim="pass", dmarc="none"),
              html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px"><img src="https://amazon-orders.help/img/amazon_logo_white.png" alt="amazon.com.be" width="110"></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#c45500;font-weight:normal">Je account is opgeschort</h2>
<p>Hallo,</p>
<p>We konden de identiteit van de accounthouder niet bevestigen. Uit voorzorg hebben we <b>je Amazon-account tijdelijk opgeschort</b> en <b>je openstaande bestelling #403-7720194-3381560 geannuleerd</b> (Samsung Galaxy Tab S10+, &euro; 1.029,00).</p>
<p>Meld je aan via de beveiligde link hieronder en voer je persoonlijke herstelcode in:</p>
<p style="font-size:22px;letter-spacing:3px;text-align:center;background:#f3f3f3;padding:10px"><b>BE-5520-QR</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/be/herstel?c=BE5520QR" style="background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:8px">Account herstellen</a></p>
<p>Herstel je je account niet binnen 48 uur, dan wordt het definitief gesloten.</p>
<p>Bedankt,<br>Amazon.com.be Accountservice</p>
</td></tr></table>""", "Amazon")))

add(kind="lookalike", lang="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="plomp, hotmail-afzender, kaart verlopen, antwoorden met kaartgegevens, geen bestelnummer; windows-1252",
    spec=dict(from_name="Amazon Betalingen", from_addr="amazon-betalingen@hotmail.com",
              to="undisclosed-recipients:;", subject="Uw bestelling is GEANNULEERD - kaart verlopen", charset="windows-1252",
              date=rand_date(), layout="text", cte="qp",
              text="""Geachte klant,

uw bestelling is geannuleerd omdat uw kaart verlopen is. Om de bestelling opnieuw te activeren en blokkering van uw account te voorkomen moet u deze email beantwoorden met de volgende gegevens:

Naam:
Kaartnummer:
Vervaldatum:
CVC code:
Geboortedatum:
IBAN:

Wij verwerken uw gegevens binnen 1 uur.

Met vriendelijke groet,
Amazon Team
"""))

o = "405-6620931-8874102"
txt, htm = amz_notice("amazon.nl", "nl", "Verificatie vereist", o, "klant",
                      ["Bij een beveiligingscontrole is je recente bestelling gemarkeerd. Je bestelling wordt binnen 24 uur geannuleerd als je je identiteit niet bevestigt.",
                       "Bevestig je gegevens via https://www.amazon.nl/ap/cvf/verify om je bestelling te behouden."],
                      [("Dyson V15 Detect Absolute steelstofzuiger", 1, "€ 749,00", "Amazon EU S.à r.l.")],
                      "€ 749,00", heading="Overzicht bestelling", button=("Identiteit bevestigen", "/ap/cvf/verify"),
                      link_base="https://amazon.nl.klant-verificatie.eu/nl")
htm = htm.replace("Bevestig je gegevens via https://www.amazon.nl/ap/cvf/verify om",
                  'Bevestig je gegevens via <a href="https://amazon.nl.klant-verificatie.eu/nl/ap/cvf/verify?s=1">https://www.amazon.nl/ap/cvf/verify</a> om')
add(kind="lookalike", lang="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="gepolijste Amazon-lay-out; afzender amazon.nl.klant-verificatie.eu; linktekst amazon.nl, href elders; 'wordt geannuleerd'",
    spec=dict(from_name="Amazon.nl", from_addr="account-update@amazon.nl.klant-verificatie.eu",
              to="m.smit@ziggo.example", subject="Je bestelling %s wordt geannuleerd - verificatie vereist" % o,
              date=rand_date(), layout="html", cte="qp", html=htm,
              auth=auth_other("klant-verificatie.eu", "amazon.nl.klant-verificatie.eu", spf="pass", dkim="pass", dmarc="none")))

add(kind="lookalike", lang="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="Cyrillische a in weergavenaam; 'niet op voorraad', terugbetaling via link met bankgegevens",
    spec=dict(from_name="Am\u0430zon.nl", from_addr="bezorging@pakket-status-nl.com",
              to="ingrid.jansen@planet.example", subject="Bestelling geannuleerd: terugbetaling van € 189,00 staat klaar",
              date=rand_date(), layout="alt", cte="qp",
              text="""Amazon.nl

Hallo,

Het artikel uit je bestelling 404-7731920-0062281 is helaas niet meer op voorraad. Onze leverancier kon het niet leveren, daarom is je bestelling geannuleerd.

Artikel: Philips Sonicare DiamondClean 9000
Terugbetaling: € 189,00

Bevestig binnen 3 dagen je bankgegevens om je terugbetaling te ontvangen:
https://pakket-status-nl.com/terugbetaling?id=4047731920

Amazon.nl Klantenservice
""",
              html=simple_html("""<div style="max-width:580px;margin:auto">
<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.nl</span></p>
<p>Hallo,</p>
<p>Het artikel uit je bestelling <b>404-7731920-0062281</b> is helaas niet meer op voorraad. Onze leverancier kon het niet leveren, daarom is je bestelling <b>geannuleerd</b>.</p>
<table cellpadding="6" style="border:1px solid #ccc"><tr><td>Philips Sonicare DiamondClean 9000</td><td><b>&euro; 189,00</b></td></tr></table>
<p>Bevestig binnen 3 dagen je bankgegevens om je terugbetaling te ontvangen:</p>
<p><a href="https://pakket-status-nl.com/terugbetaling?id=4047731920" style="background:#ff9900;color:#fff;padding:8px 18px;text-decoration:none">Terugbetaling ontvangen</a></p>
<p style="color:#666;font-size:12px">Amazon.nl Klantenservice</p>
</div>""", "Terugbetaling")))

add(kind="lookalike", lang="nl", cause="technical_issue", states_reason=True, marketplace=None,
    note="amaz0n-domein, ongeldig bestelnummer, 'prijsfout', betaal verificatiekosten; HTML-only base64",
    spec=dict(from_name="Amazon", from_addr="info@amaz0n-nl.com",
              to="kees.devries@hetnet.example", subject="Je bestelling #404-771-2291 is geannuleerd (prijsfout)",
              date=rand_date(), layout="html", cte="b64",
              auth=auth_other(None, "amaz0n-nl.com", spf="softfail", dkim="none", dmarc="none"),
              html=simple_html("""<div style="width:560px;border-top:4px solid #ff9900;padding:16px">
<h3>Bestelling #404-771-2291</h3>
<p>Beste Amazon-klant,</p>
<p>Door een <b>prijsfout</b> in ons systeem is je bestelling #404-771-2291 geannuleerd.</p>
<p>Goed nieuws: je kunt het artikel alsnog bestellen tegen de oude prijs. Betaal hiervoor eenmalig <b>&euro; 1,95 verificatiekosten</b> via iDEAL:</p>
<p><a href="http://amaz0n-nl.com/ideal/betalen?ref=4047712291">Nu betalen met iDEAL</a></p>
<p>Met vriendelijke groet,<br>Amazon.nl</p>
</div>""", "Amazon")))

add(kind="lookalike", lang="nl", cause="unknown", states_reason=False, marketplace=None,
    note="plomp, yahoo-afzender, geen bestelnummer",
    spec=dict(from_name="Amazon", from_addr="amazon.nl.service@yahoo.com",
              to="fam.hendriks@home.example", subject="uw amazon bestelling is geannuleerd",
              date=rand_date(), layout="html", cte="8bit",
              html=simple_html("""<p>uw amazon bestelling is geannuleerd.</p>
<p>klik <a href="http://45.133.12.9/nl/amazon/herstel.php">HIER</a> om de annulering ongedaan te maken, anders word uw account binnen 24 uur gesloten</p>
<p>amazon</p>""", "amazon")))

o = "403-9950127-4410283"
add(kind="lookalike", lang="nl", cause="customer_request", states_reason=True, marketplace=None,
    note="Grieks omikron in weergavenaam; 'je annuleringsverzoek' - link om te herroepen, linktekst amazon.com.be",
    spec=dict(from_name="Amaz\u03bfn.com.be", from_addr="no-reply@amazon-be-annulering.com",
              to="wim.jacobs@proximus.example", subject="Je annuleringsverzoek voor bestelling %s is verwerkt" % o,
              date=rand_date(), layout="alt", cte="b64",
              auth=auth_other("amazon-be-annulering.com", "amazon-be-annulering.com", spf="pass", dkim="pass", dmarc="none"),
              text="""Amazon.com.be

Hallo,

Zoals gevraagd is je bestelling %s (Bose QuietComfort Ultra Earbuds, € 299,95) geannuleerd.

Heb je deze annulering NIET aangevraagd? Herroep ze dan binnen 24 uur en beveilig je account:
https://www.amazon.com.be/gp/css/order-history

Amazon.com.be
""" % o,
              html=simple_html("""<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:20px">
<img src="https://amazon-be-annulering.com/static/logo.png" alt="amazon.com.be" width="103">
<p>Hallo,</p>
<p>Zoals gevraagd is je bestelling <b>%s</b> (Bose QuietComfort Ultra Earbuds, &euro; 299,95) geannuleerd.</p>
<p>Heb je deze annulering <b>NIET</b> aangevraagd? Herroep ze dan binnen 24 uur en beveilig je account:</p>
<p><a href="https://amazon-be-annulering.com/herroep?o=4039950127">https://www.amazon.com.be/gp/css/order-history</a></p>
<p>Amazon.com.be</p></td></tr></table>""" % o, "Amazon.com.be")))

# ---- non-notices ---------------------------------------------------------
add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="annulering door een boekhandel-webshop, betaald met Amazon Pay",
    spec=dict(from_name="Boekhandel Van Dijk", from_addr="webwinkel@boekhandelvandijk.example", to="a.kok@ziggo.example",
              subject="Je bestelling BVD-55817 is geannuleerd", date=rand_date(), layout="alt", cte="qp",
              text="""Boekhandel Van Dijk - webwinkel

Beste Anouk,

Helaas moeten we je bestelling BVD-55817 annuleren: de uitgever heeft de gebonden editie van "De avond is ongerust" niet meer leverbaar.

Je hebt betaald met Amazon Pay. Het bedrag van € 27,50 wordt via Amazon Pay teruggestort; je ziet de terugbetaling in je Amazon-account onder "Amazon Pay-transacties".

Zodra de paperbackeditie binnen is, laten we het je weten.

Met vriendelijke groet,
Boekhandel Van Dijk
Oudegracht 101, 3511 AG Utrecht
""",
              html=simple_html("""<h2 style="font-family:Georgia">Boekhandel Van Dijk</h2>
<p>Beste Anouk,</p>
<p>Helaas moeten we je bestelling <b>BVD-55817</b> annuleren: de uitgever heeft de gebonden editie van "De avond is ongerust" niet meer leverbaar.</p>
<p>Je hebt betaald met <b>Amazon Pay</b>. Het bedrag van &euro; 27,50 wordt via Amazon Pay teruggestort; je ziet de terugbetaling in je Amazon-account onder "Amazon Pay-transacties".</p>
<p>Zodra de paperbackeditie binnen is, laten we het je weten.</p>
<p>Met vriendelijke groet,<br>Boekhandel Van Dijk<br>Oudegracht 101, 3511 AG Utrecht</p>""", "Boekhandel Van Dijk")))

add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="vriendin schrijft dat ze haar Amazon-bestelling heeft geannuleerd",
    spec=dict(from_name="Femke Willems", from_addr="femke.willems@ziggo.nl", to="Iris <iris.post@kpnmail.example>",
              subject="Re: verjaardagscadeau Noor", date=D(2025, 4, 10, 19, 2, 55), layout="text", cte="qp", charset="iso-8859-15",
              headers=[("X-Mailer", "Apple Mail (2.3826)")],
              text="""Hoi Iris,

Ik heb mijn Amazon-bestelling van die Lego-set geannuleerd, want Noor blijkt hem al van haar opa te hebben gekregen. De annulering is al bevestigd, dus we moeten nog iets anders verzinnen.

Zullen we zaterdag samen even naar de stad gaan?

Liefs,
Femke

> Op 9 apr. 2025 om 20:14 heeft Iris het volgende geschreven:
> Heb jij dat cadeau nou al besteld?
"""))

add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace=None,
    note="nieuwsbrief over phishing die het nep-onderwerp 'Je Amazon.nl-bestelling is geannuleerd' citeert",
    spec=dict(from_name="Veilig Online Nieuwsbrief", from_addr="nieuwsbrief@veilig-online-nb.example",
              to="lezer9031@example.nl", subject="Let op: valse annuleringsmails van 'Amazon' in omloop",
              date=D(2025, 4, 11, 8, 0, 0), layout="alt", cte="b64",
              headers=[("List-Unsubscribe", "<https://veilig-online-nb.example/afmelden?id=9031>"), ("Precedence", "bulk")],
              text="""VEILIG ONLINE - nieuwsbrief week 15

Valse annuleringsmails van 'Amazon'

Lezers meldden deze week mails met als onderwerp "Je Amazon.nl-bestelling #404-0000000-0000000 is geannuleerd". Volgens de mail is een bestelling geannuleerd en moet je via een link je bankgegevens bevestigen om je geld terug te krijgen.

Trap er niet in. Controleer je bestellingen altijd zelf in de Amazon-app of door het adres zelf in te typen. Amazon vraagt nooit per e-mail om je bankgegevens of een betaling voor 'verificatiekosten'.

Ook in deze nieuwsbrief: nepfacturen van energiebedrijven.

Afmelden: https://veilig-online-nb.example/afmelden?id=9031
""",
              html=simple_html("""<h1 style="font-size:20px">Veilig Online &ndash; nieuwsbrief week 15</h1>
<h2 style="font-size:17px">Valse annuleringsmails van 'Amazon'</h2>
<p>Lezers meldden deze week mails met als onderwerp <i>"Je Amazon.nl-bestelling #404-0000000-0000000 is geannuleerd"</i>. Volgens de mail is een bestelling geannuleerd en moet je via een link je bankgegevens bevestigen om je geld terug te krijgen.</p>
<p>Trap er niet in. Controleer je bestellingen altijd zelf in de Amazon-app of door het adres zelf in te typen. Amazon vraagt nooit per e-mail om je bankgegevens of een betaling voor 'verificatiekosten'.</p>
<p>Ook in deze nieuwsbrief: nepfacturen van energiebedrijven.</p>
<p style="font-size:11px;color:#777"><a href="https://veilig-online-nb.example/afmelden?id=9031">Afmelden</a></p>""", "Veilig Online")))

add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.nl",
    note="Amazon Music Unlimited-abonnement opgezegd (abonnement, geen bestelling)",
    spec=dict(from_name="Amazon Music", from_addr="no-reply@amazon.nl", to="daan.visser@kpnmail.example",
              subject="Je Amazon Music Unlimited-abonnement is opgezegd", date=D(2025, 4, 2, 11, 47, 31), layout="html", cte="qp",
              auth=auth_pass("amazon.nl"), **amz_headers("amazon.nl", "no-reply"),
              html=simple_html("""<table width="600" cellpadding="0"><tr><td style="padding:18px">
<img src="https://m.media-amazon.com/images/G/01/digital/music/logo-music.png" alt="Amazon Music" width="140">
<h2 style="font-weight:normal">Je abonnement is opgezegd</h2>
<p>Hallo Daan,</p>
<p>Zoals gevraagd hebben we je Amazon Music Unlimited-abonnement (individueel, maandelijks) opgezegd. Je kunt nog luisteren tot <b>2 mei 2025</b>; daarna wordt er niets meer in rekening gebracht.</p>
<p>Je playlists blijven bewaard als je later opnieuw een abonnement neemt.</p>
<p><a href="https://www.amazon.nl/music/settings">Abonnement opnieuw starten</a></p>
<p style="font-size:11px;color:#868686">Amazon zal je nooit per e-mail om je wachtwoord of betaalgegevens vragen.</p>
</td></tr></table>""", "Amazon Music")))

o = order_no("403")
add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.com.be",
    note="echte betalingsherinnering VOOR annulering ('anders wordt je bestelling geannuleerd')",
    spec=dict(from_name="Amazon.com.be", from_addr="payments-update@amazon.com.be", to="pieter.claes@telenet.example",
              subject="Actie vereist: betaling voor je Amazon.com.be-bestelling %s is mislukt" % o, date=D(2025, 3, 19, 5, 33, 12),
              layout="alt", cte="qp", **amz_headers("amazon.com.be", "payments-update"),
              text="""Amazon.com.be
Bestelling #%s
___________________________________________________________________________

Hallo Pieter,

We konden je Bancontact-kaart niet belasten voor de onderstaande bestelling. Dat kan gebeuren als je kaart verlopen is of als je bank de betaling heeft geweigerd.

Werk je betaalgegevens bij vóór 24 maart 2025. Ontvangen we tegen dan geen geldige betaalmethode, dan wordt je bestelling geannuleerd.

    Tefal Easy Fry & Grill XXL EY8018
    Aantal: 1   € 129,99

Betaalgegevens bijwerken:
https://www.amazon.com.be/gp/css/order-details?orderID=%s&ref_=pe_payment_revise

===========================================================================

Amazon zal je nooit per e-mail om je wachtwoord of volledige kaartnummer vragen.
Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.
""" % (o, o),
              html=simple_html("""<h2 style="color:#cc6600;font-weight:normal">Betaling mislukt</h2>
<p>Bestelling #<a href="https://www.amazon.com.be/gp/css/order-details?orderID=%s">%s</a></p>
<p>Hallo Pieter,</p>
<p>We konden je Bancontact-kaart niet belasten voor de onderstaande bestelling. Dat kan gebeuren als je kaart verlopen is of als je bank de betaling heeft geweigerd.</p>
<p>Werk je betaalgegevens bij vóór <b>24 maart 2025</b>. Ontvangen we tegen dan geen geldige betaalmethode, dan wordt je bestelling geannuleerd.</p>
<table cellpadding="6"><tr><td>Tefal Easy Fry &amp; Grill XXL EY8018</td><td>Aantal: 1</td><td><b>&euro; 129,99</b></td></tr></table>
<p><a href="https://www.amazon.com.be/gp/css/order-details?orderID=%s&amp;ref_=pe_payment_revise" style="background:#ffd814;padding:8px 18px;color:#111;text-decoration:none">Betaalgegevens bijwerken</a></p>
<p style="font-size:11px;color:#868686">Amazon zal je nooit per e-mail om je wachtwoord of volledige kaartnummer vragen.<br>Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.</p>""" % (o, o, o), "Amazon.com.be")))

o = order_no("404")
add(kind="non_notice", lang="nl", cause=None, states_reason=False, marketplace="amazon.nl",
    note="bezorgmoment geannuleerd door vervoerder, nieuw tijdslot kiezen; bestelling blijft actief",
    spec=dict(from_name="Amazon.nl", from_addr="shipment-tracking@amazon.nl", to="bram.mulder@xs4all.example",
              subject="Je bezorgmoment van vrijdag 14 maart is geannuleerd - kies een nieuw tijdslot", date=D(2025, 3, 14, 10, 12, 38),
              layout="text", cte="8bit", **amz_headers("amazon.nl", "shipment-tracking"),
              text="""Amazon.nl

Hallo Bram,

Onze bezorgpartner kan je pakket voor bestelling %s (Samsung 55" Crystal UHD 4K TV) helaas niet bezorgen op het afgesproken bezorgmoment, vrijdag 14 maart tussen 18:00 en 22:00. Dit bezorgmoment is geannuleerd.

Je bestelling blijft gewoon actief. Kies een nieuw tijdslot via:
https://www.amazon.nl/gp/your-account/order-details?orderID=%s&ref_=reschedule

Kies je binnen 5 dagen geen nieuw tijdslot, dan plannen we automatisch het eerstvolgende beschikbare moment in.

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen.
""" % (o, o)))


# ===========================================================================
# write out
# ===========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # interleave so that kinds are not in blocks: fixed shuffle
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        fname = "%s%03d.eml" % (PREFIX, n)
        msg = build(m["spec"])
        with open(os.path.join(OUT, fname), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\n")
        labels.append({"file": fname, "kind": m["kind"], "language": m["lang"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
