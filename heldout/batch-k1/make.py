#!/usr/bin/env python3
"""Regenerates blind batch k1: 60 raw .eml files (en/de/nl) + labels.json.

Kinds per language: 8 lookalike (phishing), 6 non_notice (near misses),
6 notice (genuine Amazon order cancellations, one per cause).
Run:  python3 make.py   (fixed seed -> identical output)
"""
import json, os, random, datetime, html as htmlmod
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime
from email import policy as _policy

SEED = 20250611
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers
def onum(prefix):
    return "%s-%07d-%07d" % (prefix, rnd.randint(0, 9999999), rnd.randint(0, 9999999))

def rdate(tzh=0, tzm=0):
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=rnd.randint(0, 600 * 86400))
    if tzh == 1 and 4 <= d.month <= 10:      # central European summer time (approx.)
        tzh = 2
    tz = datetime.timezone(datetime.timedelta(hours=tzh, minutes=tzm))
    return d.astimezone(tz)

def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def b64s(n):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(a) for _ in range(n))

def ses_msgid(eu=False):
    host = "eu-west-1.amazonses.com" if eu else "email.amazonses.com"
    pre = "0102" if eu else "0100"
    return "<%s%s-%s-%s-%s-%s-%s-000000@%s>" % (pre, hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), host)

def part_boundary():
    return "----=_Part_%d_%d.%d" % (rnd.randint(1000000, 99999999), rnd.randint(100000000, 2099999999),
                                    rnd.randint(1590000000000, 1760000000000))

CTE = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}

def textpart(body, subtype, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = CTE[cte]
    if not body.endswith("\n"):
        body += "\n"
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part

def fold_ascii(value, width=76):
    words, lines, cur = value.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width - 10:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)

def hdr(value, charset="utf-8", enc="q"):
    try:
        value.encode("ascii")
        return fold_ascii(value)
    except UnicodeEncodeError:
        cs = Charset(charset)
        cs.header_encoding = QP if enc == "q" else BASE64
        return Header(value, cs, maxlinelen=76, header_name="Subject").encode(linesep="\n")

def addr(name, email_addr, charset="utf-8"):
    if name is None:
        return email_addr
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        return formataddr((name, email_addr), charset=charset)

def build(m):
    """m: dict with keys from, to, subject, date, fmt (text|html|alt), text, html,
    charset, cte (or cte_text/cte_html), headers (list of (name, value)), msgid,
    boundary, subj_charset, subj_enc, from_charset."""
    cs = m.get("charset", "utf-8")
    fmt = m["fmt"]
    if fmt == "text":
        msg = textpart(m["text"], "plain", cs, m.get("cte_text", m.get("cte", "qp")))
    elif fmt == "html":
        msg = textpart(m["html"], "html", cs, m.get("cte_html", m.get("cte", "qp")))
    else:
        msg = MIMEMultipart("alternative", boundary=m.get("boundary") or part_boundary())
        msg.attach(textpart(m["text"], "plain", cs, m.get("cte_text", m.get("cte", "qp"))))
        msg.attach(textpart(m["html"], "html", cs, m.get("cte_html", m.get("cte", "qp"))))
    # headers go on top, in a realistic order
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in m.get("pre_headers", []):          # Received, Authentication-Results ...
        msg[k] = v
    fn, fa = m.get("from") or m["frm"]
    msg["From"] = addr(fn, fa, m.get("from_charset", "utf-8"))
    for k, v in m.get("headers", []):
        msg[k] = v
    to = m["to"]
    if "<" in to:
        tn, ta = to.rsplit("<", 1)
        to = addr(tn.strip().strip('"'), ta.rstrip(">").strip())
    msg["To"] = to
    msg["Subject"] = hdr(m["subject"], m.get("subj_charset", "utf-8"), m.get("subj_enc", "q"))
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m.get("msgid") or "<%s@%s>" % (hexs(24), fa.split("@")[1])
    msg["MIME-Version"] = "1.0"
    for k, v in m.get("post_headers", []):
        msg[k] = v
    for k, v in body_headers:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    return msg.as_bytes(policy=_policy.compat32.clone(max_line_length=998))

# ---------------------------------------------------------------- Amazon-like header sets
def amazon_received(domain, to_addr, date, eu):
    ip = "54.240.%d.%d" % (rnd.choice([3, 4, 7, 8, 10, 11, 13, 48]), rnd.randint(2, 250))
    host = ("a%d-%d.smtp-out.eu-west-1.amazonses.com" if eu else "a%d-%d.smtp-out.amazonses.com") % (
        rnd.randint(1, 13), rnd.randint(2, 250))
    bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexs(16), domain)
    rcv = "from %s\n        (%s [%s])\n        by mx.mailhost.example with ESMTPS id %s\n        for <%s>; %s" % (
        host, host, ip, b64s(10), to_addr, format_datetime(date))
    return ip, bounce, rcv

def auth_results(domain, ip, bounce, style):
    if style == "ms":
        return ("spf=pass (sender IP is %s)\n smtp.mailfrom=bounces.%s; dkim=pass header.d=%s;\n"
                " dmarc=pass action=none header.from=%s; compauth=pass reason=100") % (
                    ip, domain, domain, domain)
    return ("mx.mailhost.example;\n"
            "       dkim=pass header.d=%s header.i=@%s header.a=rsa-sha256\n"
            "        header.s=%s header.b=%s;\n"
            "       dkim=pass header.d=amazonses.com header.i=@amazonses.com\n"
            "        header.s=%s header.b=%s;\n"
            "       spf=pass smtp.mailfrom=%s;\n"
            "       dmarc=pass header.from=%s policy.dmarc=quarantine") % (
                domain, domain, b64s(32).lower(), b64s(8), b64s(32).lower(), b64s(8), bounce, domain)

def amazon_meta(domain, to_addr, date, auth=False, style="fm", relay=True):
    eu = domain in ("amazon.de", "amazon.nl", "amazon.com.be", "amazon.co.uk", "amazon.ie")
    ip, bounce, rcv = amazon_received(domain, to_addr, date, eu)
    pre = [("Return-Path", "<%s>" % bounce), ("Received", rcv)]
    if auth:
        pre.insert(0, ("Authentication-Results", auth_results(domain, ip, bounce, style)))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification")] if relay else []
    return pre, post, ses_msgid(eu)

# ---------------------------------------------------------------- Amazon HTML/text template
CSS = """
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
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#summary td { padding: 0 0 8px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; width:280px; }
#criticalInfo .detailsContent { background-color:#efefef; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 0 0; white-space:nowrap; }
.buttonComponent { border-collapse: separate; border-radius: 3px; border: 1px solid #CBA957;
    background-color: #ffa723; white-space: nowrap; min-width: 222px; min-height: 47px; }
.buttonComponentLink { color: rgb(27, 27, 27) !important; font: 16px/ 18px Arial, sans-serif !important; }
#legalCopy td { font-size:10px; color:#666; line-height:14px; padding:20px 0 0 0; }
#legalCopy p { font:10px/14px Arial, sans-serif; }
"""

NAV = {
    "en": ("Your Orders", "Your Account", "Order #", "Items", "Qty", "Order Total:", "Hello", "Track package"),
    "de": ("Meine Bestellungen", "Mein Konto", "Bestellung #", "Artikel", "Menge", "Gesamtbetrag:", "Guten Tag", ""),
    "nl": ("Mijn bestellingen", "Mijn account", "Bestelling #", "Artikelen", "Aantal", "Totaal bestelling:", "Hallo", ""),
}

def esc(s):
    return htmlmod.escape(s, quote=False)

def amz_html(lang, display, title, order, greeting, paras, items, total, closing, legal,
             base, button=None, items_heading=None, extra_html=""):
    """paras / legal: lists of html snippets (already escaped where needed)."""
    nav = NAV[lang]
    L = []
    L.append('<!DOCTYPE html>\n<html xmlns="https://www.w3.org/1999/xhtml">\n <head>')
    L.append('  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />')
    L.append('  <meta name="format-detection" content="telephone=no" />')
    L.append('  <title>%s</title>' % esc(title))
    L.append('  <style type="text/css">%s  </style>\n </head>' % CSS)
    L.append(' <body><img width="1" height="1" src="%s/gp/r.html?C=%s&amp;R=%s" />' % (base, b64s(12), b64s(13)))
    L.append('  <table id="container" cellpadding="0"><tbody><tr><td class="frame">')
    L.append('   <table id="main" cellpadding="0"><tbody>')
    L.append('    <tr><td><table id="header" cellpadding="0"><tbody>')
    L.append('     <tr><td rowspan="2" class="logo"><a href="%s/gp/r.html?R=%s"><img alt="%s" '
             'src="https://m.media-amazon.com/images/G/01/x-locale/common/logo.png" width="115" /></a></td>' % (base, b64s(13), esc(display)))
    L.append('      <td class="navigation"><table align="right"><tbody><tr>')
    L.append('       <td><a href="%s/gp/r.html?U=your-orders">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (base, esc(nav[0])))
    L.append('       <td><a href="%s/gp/r.html?U=your-account">%s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>' % (base, esc(nav[1])))
    L.append('       <td><a class="last" href="%s/gp/r.html?U=home">%s</a></td>' % (base, esc(display)))
    L.append('      </tr></tbody></table></td></tr>')
    if order:
        L.append('     <tr><td class="title"><h2>%s</h2> %s<a href="%s/gp/r.html?U=order-details">%s</a></td></tr>' % (
            esc(title), esc(nav[2]), base, order))
    else:
        L.append('     <tr><td class="title"><h2>%s</h2></td></tr>' % esc(title))
    L.append('    </tbody></table></td></tr>')
    L.append('    <tr><td><table id="summary" cellpadding="0"><tbody><tr><td>')
    L.append('     <span class="heading">%s</span>' % greeting)
    for p in paras:
        L.append('     <p>%s</p>' % p)
    L.append('    </td></tr></tbody></table></td></tr>')
    if button:
        L.append('    <tr><td><table class="buttonComponent" width="222"><tbody><tr><td align="center" height="47">'
                 '<a class="buttonComponentLink" href="%s">%s</a></td></tr></tbody></table></td></tr>' % (button[1], esc(button[0])))
    if items:
        L.append('    <tr><td><table id="orderDetails" cellpadding="0"><tbody>')
        L.append('     <tr><td class="heading">%s</td></tr>' % esc(items_heading or nav[3]))
        L.append('     <tr><td><table id="itemDetails" cellpadding="0"><tbody>')
        for name, qty, price in items:
            L.append('      <tr><td class="name"><a href="%s/gp/r.html?U=dp">%s</a><br />%s: %d</td>'
                     '<td class="price"><strong>%s</strong></td></tr>' % (base, esc(name), esc(nav[4]), qty, esc(price)))
        if total:
            L.append('      <tr><td class="name"><strong>%s</strong></td><td class="price"><strong>%s</strong></td></tr>' % (
                esc(nav[5]), esc(total)))
        L.append('     </tbody></table></td></tr>')
        L.append('    </tbody></table></td></tr>')
    if extra_html:
        L.append(extra_html)
    L.append('    <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for c in closing:
        L.append('     <p>%s</p>' % c)
    L.append('     <p><br /><span class="signature"><strong>%s</strong></span></p>' % esc(display))
    L.append('    </td></tr></tbody></table></td></tr>')
    L.append('    <tr><td><table id="legalCopy"><tbody><tr><td><span>')
    for g in legal:
        L.append('     <p>%s</p>' % g)
    L.append('    </span></td></tr></tbody></table></td></tr>')
    L.append('   </tbody></table>')
    L.append('  </td></tr></tbody></table>')
    L.append(' <img width="1" height="1" src="%s/gp/r.html?C=%s&amp;T=E" /></body>\n</html>' % (base, b64s(12)))
    return "\n".join(L)

def amz_text(lang, display, title, order, greeting, paras, items, total, closing, legal, url, items_heading=None):
    nav = NAV[lang]
    rule = "_" * 75
    L = ["%s %s" % (display, title)]
    if order:
        L.append("%s%s" % (nav[2], order))
    L.append(url)
    L.append(rule)
    L.append("")
    L.append(greeting)
    L.append("")
    for p in paras:
        L.append(p)
        L.append("")
    if items:
        L.append(items_heading or nav[3])
        L.append("-" * 40)
        for name, qty, price in items:
            L.append("%d x %s" % (qty, name))
            L.append("   %s" % price)
        if total:
            L.append("")
            L.append("%s %s" % (nav[5], total))
        L.append("")
    L.append("=" * 75)
    L.append("")
    for c in closing:
        L.append(c)
        L.append("")
    L.append(display)
    L.append(rule)
    L.append("")
    for g in legal:
        L.append(g)
        L.append("")
    return "\n".join(L)

def strip_tags(s):
    import re
    s = re.sub(r'<a href="([^"]*)">([^<]*)</a>', r'\2 (\1)', s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)

def notice(lang, domain, display, sender, to, subject, title, order, greeting, paras, items, total,
           closing, legal, fmt, cte, auth, style="fm", charset="utf-8", items_heading=None,
           reply_to=True, subj_enc="q"):
    """Genuine Amazon mail (notice or genuine-Amazon non_notice). paras/closing/legal hold light HTML."""
    date = rdate()
    base = "https://www.%s" % domain
    to_addr = to.split("<")[-1].rstrip(">")
    pre, post, mid = amazon_meta(domain, to_addr, date, auth, style)
    h = amz_html(lang, display, title, order, greeting, paras, items, total, closing, legal, base,
                 items_heading=items_heading)
    t = amz_text(lang, display, title, order, strip_tags(greeting), [strip_tags(p) for p in paras], items, total,
                 [strip_tags(c) for c in closing], [strip_tags(g) for g in legal],
                 "%s/ref=TE_tex_g" % base, items_heading=items_heading)
    headers = [("Reply-To", "no-reply@%s" % domain)] if reply_to else []
    return dict(frm=(display, "%s@%s" % (sender, domain)), to=to, subject=subject, date=date, fmt=fmt,
                text=t, html=h, cte=cte, charset=charset, pre_headers=pre, post_headers=post, msgid=mid,
                headers=headers, subj_enc=subj_enc)

# ---------------------------------------------------------------- entries
ENTRIES = []

def E(spec, kind, lang, cause, states, market, note):
    ENTRIES.append((spec, dict(kind=kind, language=lang, cause=cause, states_reason=states,
                               marketplace=market, note=note)))

def legal_en(domain, eu_entity=False):
    b = "https://www.%s" % domain
    L = ['Amazon will never ask for your password, PIN or full card number by email, text message or phone call, '
         'and we will never ask you to call a phone number given in an email. '
         '<a href="%s/gp/help/customer/display.html?nodeId=201909130">Learn how to identify phishing</a>.' % b,
         'If your card number or expiry date has changed, please update it in '
         '<a href="%s/cpe/yourpayments/wallet">Your Account</a> so that future orders are not delayed.' % b,
         'Received a suspicious email, text or call claiming to be from Amazon? '
         '<a href="%s/gp/help/customer/display.html?nodeId=GZLKP7HC5R6ZWJQY">Report suspicious emails</a>. '
         'Visit our <a href="%s/gp/help/customer/display.html">Help pages</a> for more information.' % (b, b),
         'Please note: This email was sent from a notification-only address that cannot accept incoming email. '
         'Please do not reply to this message.']
    if eu_entity:
        L.append('Amazon EU S.&agrave; r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. '
                 'Registered in England and Wales. Company number: BR017427.')
    return L

# ======================================================================= ENGLISH
# ---- notices
o = onum("113")
E(notice("en", "amazon.com", "Amazon.com", "order-update", "Daniel Ortega <d.ortega.home@gmail.com>",
         "An item has been canceled from your Amazon.com order #%s" % o, "Item Canceled", o, "Hello Daniel,",
         ["We're writing to let you know that we had to cancel the item below from your order because it is no "
          "longer available from our supplier, and we were unable to obtain it within the estimated delivery window.",
          "You haven't been charged for this item. If a pending authorization appears on your card, your bank "
          "will release it within 3-5 business days.",
          'The remaining items in your order are not affected and will ship as originally promised. You can check '
          'the status of your order at any time in <a href="https://www.amazon.com/gp/css/order-history">Your Orders</a>.'],
         [("Osprey Talon 22 Men's Hiking Backpack, Eclipse Grey, L/XL", 1, "$139.95")], None,
         ["We apologize for the inconvenience. If you still want this item, you can check its product page later "
          "or browse similar items on Amazon.com.", "We hope to see you again soon."],
         legal_en("amazon.com"), "alt", "qp", True, "fm", items_heading="Canceled Items"),
  "notice", "en", "inventory_shortage", True, "amazon.com", "supplier can no longer provide item; template HTML; dkim/dmarc pass")

o = onum("204")
E(notice("en", "amazon.co.uk", "Amazon.co.uk", "payments-messages", "Hannah Pryce <hannah.pryce@btinternet.com>",
         "Your Amazon.co.uk order %s has been cancelled" % o, "Order Cancelled", o, "Dear Hannah,",
         ["We were unable to charge the payment method you selected for your order %s. We e-mailed you "
          "five days ago asking you to update your payment details. Because we did not receive a valid payment "
          "method within the time allowed, your order has now been cancelled." % o,
          "The card ending in 4417 was declined by the card issuer. Amazon does not receive details of why a bank "
          "declines a payment; please contact your bank if you need more information.",
          "If you would still like these items, please place a new order on Amazon.co.uk using a different payment method."],
         [("Le Creuset Toughened Non-Stick Shallow Casserole, 30 cm", 1, "£149.00"),
          ("Joseph Joseph Nest 9 Plus Nesting Bowls Set", 1, "£32.99")], "£181.99",
         ["If you need further assistance, please visit Customer Service: https://www.amazon.co.uk/contactus",
          "We hope to see you again soon."],
         legal_en("amazon.co.uk", True), "text", "8bit", False),
  "notice", "en", "payment_issue", True, "amazon.co.uk", "card declined, payment revision not made in time; text only 8bit")

o = onum("701")
E(notice("en", "amazon.ca", "Amazon.ca", "order-update", "Marc Tremblay <marc.tremblay@videotron.ca>",
         "Your Amazon.ca order #%s has been cancelled" % o, "Order Cancelled", o, "Hello Marc,",
         ["We're contacting you regarding your recent order for the item below. Due to a pricing error on our "
          "website, this item was listed at an incorrect price ($14.99 instead of $149.99).",
          "In accordance with our Conditions of Use and Sale, we have cancelled your order. You have not been "
          "charged, and any pending authorization on your credit card will be released.",
          "We apologize for the inconvenience this error may have caused. The item is available on Amazon.ca at "
          "its correct price if you would still like to purchase it."],
         [("Ninja Foodi 8-in-1 XL Pressure Cooker & Air Fryer, 6.5 L", 1, "CDN$ 14.99")], "CDN$ 14.99",
         ['For further help, please visit <a href="https://www.amazon.ca/gp/help/customer/display.html">Customer Service</a>.',
          "Thank you for shopping with us."],
         legal_en("amazon.ca"), "html", "b64", True, "ms", items_heading="Cancelled Items"),
  "notice", "en", "technical_issue", True, "amazon.ca", "pricing error; HTML-only base64; Microsoft-style auth header")

o = onum("250")
E(notice("en", "amazon.com.au", "Amazon.com.au", "cs-reply", "Olivia Nguyen <olivia.nguyen91@bigpond.com>",
         "Your Amazon.com.au order %s has been cancelled" % o, "Order Cancelled", o, "Hello Olivia,",
         ["As part of our routine security checks, we noticed unusual activity on your Amazon.com.au account. "
          "To protect you, we have placed a temporary hold on your account and cancelled the order listed below.",
          "To remove the hold, sign in to your account by typing www.amazon.com.au into your browser (rather than "
          "using a link) and follow the on-screen instructions to verify your identity and the payment method on "
          "file. We usually review the information you provide within 24 hours.",
          "Any pending charges for this order will be reversed. We will not ask you for your password or card "
          "details by email or phone."],
         [("Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", 1, "A$449.00"),
          ("Apple AirTag 4 Pack", 1, "A$159.00")], "A$608.00",
         ["Thanks for your understanding.", "Account Specialist Team"],
         legal_en("amazon.com.au"), "alt", "qp", False, items_heading="Cancelled Items"),
  "notice", "en", "fraud_prevention", True, "amazon.com.au", "unusual activity, account hold, verify identity")

o = onum("408")
E(notice("en", "amazon.in", "Amazon.in", "auto-confirm", "Rahul Mehta <rahul.mehta.88@rediffmail.com>",
         'Successful cancellation of "boAt Airdopes 141 Bluetooth Truly Wireless..." from your Amazon.in order %s' % o,
         "Cancellation Confirmation", o, "Hello Rahul,",
         ["As requested, we have cancelled the item(s) below from your order.",
          "<b>Cancel Reason:</b> Customer Canceled",
          "Any amount paid will be refunded to your original payment method within 2-4 business days. For Pay on "
          "Delivery orders, no amount was collected."],
         [("boAt Airdopes 141 Bluetooth Truly Wireless in Ear Earbuds, Bold Black", 1, "₹1,299.00")], "₹1,299.00",
         ['You can view the refund status in <a href="https://www.amazon.in/gp/css/order-history">Your Orders</a>.',
          "We hope to see you again soon."],
         legal_en("amazon.in"), "alt", "b64", True, "fm", items_heading="Canceled Items"),
  "notice", "en", "customer_request", True, "amazon.in", "customer cancelled, 'Cancel Reason: Customer Canceled'; base64")

o = onum("503")
E(notice("en", "amazon.sg", "Amazon.sg", "order-update", "Lim Wei Jie <weijie.lim@singnet.com.sg>",
         "Your Amazon.sg order #%s has been cancelled" % o, "Order Cancelled", o, "Hello Wei Jie,",
         ["We're sorry, but we were unable to deliver your order to the shipping address provided. Our delivery "
          "partner attempted delivery three times and could not locate the unit number given for Blk 412 "
          "Ang Mo Kio Avenue 10. The package has been returned to us and your order has been cancelled.",
          "A full refund of S$86.40 has been issued to your original payment method. Please allow 3-5 business "
          "days for the refund to appear.",
          "To avoid this in future, please check your addresses in Your Account before placing your next order."],
         [("Philips Sonicare ProtectiveClean 4300 Electric Toothbrush", 2, "S$43.20")], "S$86.40",
         ["If you have questions, please visit https://www.amazon.sg/gp/help/customer/display.html",
          "We hope to see you again soon."],
         legal_en("amazon.sg"), "text", "7bit", False),
  "notice", "en", "unknown", True, "amazon.sg", "address undeliverable, package returned; text only 7bit")

# ---- non_notices
d = rdate(0)
shop_html = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222;background:#f6f4f0">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#fff;padding:24px">
<tr><td><h1 style="font-size:22px;font-weight:normal">Hearth &amp; Hound</h1>
<p style="font-size:18px">Your order has been cancelled</p>
<p>Hi Emma,</p>
<p>Order <strong>#HH10482</strong> has been cancelled because the Harris Tweed Dog Bed (Heather, Large) is out of
stock and our weaver in Stornoway can't make another one before Christmas. We're really sorry.</p>
<p><strong>Refund:</strong> &pound;64.00 has been refunded to your original payment method (<strong>Amazon Pay</strong>).
Refunds to Amazon Pay normally appear within 3&ndash;5 working days in your Amazon account under
&ldquo;Amazon Pay transactions&rdquo;.</p>
<table width="100%" style="border-top:1px solid #ddd;margin-top:12px"><tr>
<td style="padding:8px 0">Harris Tweed Dog Bed &ndash; Heather / Large &times; 1</td><td align="right">&pound;58.00</td></tr>
<tr><td style="padding:8px 0">Shipping (Royal Mail Tracked 48)</td><td align="right">&pound;6.00</td></tr>
<tr><td style="padding:8px 0"><strong>Refunded</strong></td><td align="right"><strong>&pound;64.00</strong></td></tr></table>
<p>If you'd like us to let you know when the bed is back, just reply to this email.</p>
<p style="color:#888;font-size:12px">Hearth &amp; Hound Ltd &middot; Unit 4, Arnish Point, Stornoway HS2 9JR &middot;
<a href="https://hearthandhound.co.uk/pages/contact">Contact us</a></p>
</td></tr></table></body></html>"""
shop_text = """Hearth & Hound

Your order has been cancelled

Hi Emma,

Order #HH10482 has been cancelled because the Harris Tweed Dog Bed (Heather, Large) is out of stock and our weaver in Stornoway can't make another one before Christmas. We're really sorry.

Refund: £64.00 has been refunded to your original payment method (Amazon Pay). Refunds to Amazon Pay normally appear within 3–5 working days in your Amazon account under "Amazon Pay transactions".

Harris Tweed Dog Bed – Heather / Large × 1   £58.00
Shipping (Royal Mail Tracked 48)            £6.00
Refunded                                    £64.00

If you'd like us to let you know when the bed is back, just reply to this email.

Hearth & Hound Ltd · Unit 4, Arnish Point, Stornoway HS2 9JR
"""
E(dict(frm=("Hearth & Hound", "store+61837204@t.shopifyemail.com"), to="Emma Caldwell <emma.caldwell@outlook.com>",
       subject="Order #HH10482 has been cancelled", date=d, fmt="alt", text=shop_text, html=shop_html, cte="qp",
       headers=[("Reply-To", "hello@hearthandhound.co.uk")],
       pre_headers=[("Authentication-Results", "mx.mailhost.example;\n       dkim=pass header.d=shopifyemail.com;\n"
                     "       spf=pass smtp.mailfrom=shopifyemail.com;\n       dmarc=pass header.from=shopifyemail.com")]),
  "non_notice", "en", None, False, None, "small Shopify shop cancels (out of stock), refund to Amazon Pay")

d = rdate(1)
E(dict(frm=("Tom Brennan", "tom.brennan84@gmail.com"), to="Sophie Kerr <sophie.kerr@gmail.com>",
       subject="Re: tent for the weekend", date=d, fmt="text", cte="7bit",
       text="""Hey Soph,

Just so you know, I cancelled my Amazon order for the Coleman tent - it wasn't going to turn up until Tuesday, which is no use for Friday. Got the "successful cancellation" email straight away so at least that was painless.

Any chance we could borrow your 4-man one? I'll bring it back clean, promise. If not, I'll have a look in Decathlon on Thursday.

Tom

On Mon, 3 Jun at 19:42, Sophie Kerr <sophie.kerr@gmail.com> wrote:
> Did the tent come yet? We need to pack the car Thursday night.
"""),
  "non_notice", "en", None, False, None, "friend says he cancelled his Amazon order")

d = rdate(0)
nl_quote = onum("112")
news_text = """CONSUMER SHIELD WEEKLY - Scam alert of the week

"Your Amazon.com order #%s has been canceled"

This week our readers forwarded more than 400 copies of an email with exactly that subject line. It looks like a normal cancellation notice, but the "View order" button leads to a fake sign-in page that asks for your password and card details.

How to tell it apart:
- Real Amazon emails never ask you to confirm your card number or call a phone number to "reinstate" an order.
- Check the sender. This one came from amazon-support@orders-cancel-center.com.
- Don't click. Type amazon.com into your browser and look at Your Orders instead. If the order isn't there, the email was fake.

If you clicked and entered details, change your Amazon password and call your bank.

Also in this issue: why "Your parcel is held at customs" texts are back, and our test of five password managers.

You are receiving this because you subscribed at consumershield.org. Unsubscribe: https://consumershield.org/u/8f3a21
""" % nl_quote
news_html = "<html><body style=\"font-family:Georgia,serif;max-width:620px\">" + "".join(
    "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in news_text.split("\n\n")) + "</body></html>"
E(dict(frm=("Consumer Shield Weekly", "newsletter@consumershield.org"), to="reader <j.harlow@gmail.com>",
       subject='Scam alert: "Your Amazon.com order has been canceled" emails are fake', date=d, fmt="alt",
       text=news_text, html=news_html, cte="qp",
       headers=[("List-Unsubscribe", "<https://consumershield.org/u/8f3a21>"), ("Precedence", "bulk")]),
  "non_notice", "en", None, False, None, "newsletter about phishing quoting a fake cancellation subject")

o = onum("114")
E(notice("en", "amazon.com", "Amazon.com", "no-reply", "Brian Costa <bcosta@comcast.net>",
         "Your Amazon Home Services appointment has been canceled", "Appointment Canceled", None, "Hello Brian,",
         ["Your professional TV wall mounting appointment on Saturday, May 18 between 10:00 AM and 12:00 PM has been "
          "canceled by the service provider, who is no longer available in your area on that date.",
          "You haven't been charged for this service. Your TV from order %s is not affected and is still "
          "scheduled to arrive on Thursday, May 16." % o,
          'You can book a new appointment with another professional in <a href="https://www.amazon.com/services">Your Services</a>.'],
         [("TV Wall Mounting - Up to 65 in (concealed wiring not included)", 1, "$129.99")], None,
         ["We're sorry for the inconvenience.", "Amazon Home Services"],
         legal_en("amazon.com"), "alt", "qp", True, "fm", items_heading="Canceled Service"),
  "non_notice", "en", None, False, None, "Home Services installation appointment cancelled; product order still active")

E(notice("en", "amazon.ie", "Amazon.ie", "digital-no-reply", "Aoife Byrne <aoife.byrne@eircom.net>",
         "Your Amazon Prime membership has been cancelled", "Prime membership cancelled", None, "Hello Aoife,",
         ["As requested, we've cancelled your Amazon Prime membership. You can keep using your Prime benefits "
          "until the end of your current billing period on 14 July. After that, you won't be charged again.",
          "Orders you have already placed are not affected.",
          'Changed your mind? You can rejoin at any time from <a href="https://www.amazon.ie/prime">Your Prime Membership</a>.'],
         [], None, ["Thank you for being a Prime member.", "The Amazon Prime Team"],
         legal_en("amazon.ie", True), "alt", "qp", False),
  "non_notice", "en", None, False, None, "Prime membership cancelled at customer's request")

o = onum("303")
E(notice("en", "amazon.co.za", "Amazon.co.za", "payments-messages", "Thabo Nkosi <thabo.nkosi@webmail.co.za>",
         "Action required: update the payment method for your Amazon.co.za order %s" % o,
         "Payment Revision Needed", o, "Hello Thabo,",
         ["We were unable to charge your Visa card ending in 0931 for the order below. This can happen if the "
          "card has expired, the billing address doesn't match, or your bank declined the transaction.",
          "<b>Your order has not been cancelled.</b> To keep it, please update your payment method within the next "
          "3 days by visiting Your Orders and selecting \"Revise payment\".",
          "If we don't receive valid payment information by 14 June, your order will be cancelled."],
         [("Samsung Galaxy Tab A9+ 11\" Wi-Fi 64GB, Graphite", 1, "R4,299.00")], "R4,299.00",
         ['<a href="https://www.amazon.co.za/gp/css/order-history">Go to Your Orders</a>', "We hope to see you again soon."],
         legal_en("amazon.co.za"), "alt", "qp", True, "ms"),
  "non_notice", "en", None, False, None, "genuine payment revision reminder before any cancellation")

# ---- lookalikes (phishing)
def phish_rcv(host, ip, to_addr, date):
    return ("from %s\n        (%s [%s])\n        by mx.mailhost.example with ESMTP id %s\n        for <%s>; %s" % (
        host, host, ip, b64s(10), to_addr, format_datetime(date)))

def P(frm, to, subject, fmt, text=None, html=None, cte="qp", charset="utf-8", headers=(), auth=None,
      host=None, ip=None, tz=0, msgid=None, from_charset="utf-8", subj_charset="utf-8", subj_enc="q"):
    date = rdate(tz)
    to_addr = to.split("<")[-1].rstrip(">")
    pre = []
    if auth:
        pre.append(("Authentication-Results", auth.replace("; ", ";\n       ").replace(") smtp.", ")\n        smtp.")))
    pre.append(("Received", phish_rcv(host or "mail.%s" % frm[1].split("@")[1], ip or "185.%d.%d.%d" % (
        rnd.randint(2, 250), rnd.randint(2, 250), rnd.randint(2, 250)), to_addr, date)))
    return dict(frm=frm, to=to, subject=subject, date=date, fmt=fmt, text=text, html=html, cte=cte,
                charset=charset, headers=list(headers), pre_headers=pre, msgid=msgid, from_charset=from_charset,
                subj_charset=subj_charset, subj_enc=subj_enc)

def html_from_text(t, style="font-family:Arial,sans-serif;font-size:14px"):
    return '<html><body style="%s">' % style + "".join(
        "<p>%s</p>\n" % esc(p).replace("\n", "<br>\n") for p in t.strip().split("\n\n")) + "</body></html>"

o = "112-4471093-5528130"
t = """Dear Customer,

Your recent order #%s for Apple iPhone 15 Pro Max 256GB - Natural Titanium ($1,199.00) has been CANCELLED because our system detected suspicious activity on your account from a new device in Lagos, Nigeria.

If you did NOT place this order, or you want to reinstate it, please call the Amazon Fraud Prevention Department immediately on our toll-free line:

    +1 (888) 495-2291  (24/7)

Please do not use the website or app until you have spoken to an agent, as your account is currently restricted. Have this reference ready: CASE-77A91X

Thank you,
Amazon Order Security Team
""" % o
E(P(("Amazon Orders", "no-reply@amazon-orders.help"), "Kevin Walsh <kevwalsh1970@aol.com>",
    "Order Cancelled - Suspicious Activity Detected #%s" % o, "alt", t, html_from_text(t), "qp",
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=amazon-orders.help; dkim=pass header.d=amazon-orders.help; "
         "dmarc=pass header.from=amazon-orders.help"),
  "lookalike", "en", "fraud_prevention", True, None, "callback phone number, look-alike domain amazon-orders.help")

o = onum("205")
base = "https://amzn-accountcenter.com/uk"
paras = ["We have temporarily <b>suspended your Amazon.co.uk account</b> and cancelled your recent order because "
         "we could not verify the identity of the account holder.",
         "To restore your account and release your order, confirm your identity within 48 hours using the "
         "verification code below. Accounts that are not verified will be permanently closed.",
         '<span style="font-size:22px;letter-spacing:4px"><b>847-221</b></span>',
         'Enter the code at <a href="https://amzn-accountcenter.com/uk/verify?c=847221">Account Verification Centre</a>.']
legal = ["This message was sent to you by Amazon.co.uk. Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, "
         "L-1855 Luxembourg.", "We will never ask for your password by email."]
h = amz_html("en", "Amazon.co.uk", "Account suspended", o, "Dear Customer,", paras,
             [("Dyson V15 Detect Absolute Cordless Vacuum", 1, "£599.99")], "£599.99",
             ["Amazon Account Protection"], legal, base, button=("Verify now", base + "/verify?c=847221"),
             items_heading="Cancelled items")
t = amz_text("en", "Amazon.co.uk", "Account suspended", o, "Dear Customer,", [strip_tags(p) for p in paras],
             [("Dyson V15 Detect Absolute Cordless Vacuum", 1, "£599.99")], "£599.99",
             ["Amazon Account Protection"], [strip_tags(g) for g in legal], base + "/verify?c=847221")
E(P(("\u0391mazon.co.uk", "security-alert@amzn-accountcenter.com"), "Gareth Hughes <gareth.hughes@sky.com>",
    "Your account has been suspended and order %s cancelled" % o, "alt", t, h, "qp",
    headers=[("Reply-To", "noreply@amzn-accountcenter.com")], host="vps-4471.hosted-by-nexus.net"),
  "lookalike", "en", "fraud_prevention", True, None, "Greek Alpha in display name, suspended + verification code, polished template")

t = """Dear Valued Costumer,

We was unable to process the payment for you're recent order and it has been CANCELED.

To avoid permanent closure of your Amazon account please REPLY to this email with the following informations:

Full Name:
Card Number:
Expiry Date:
CVV:
Billing Address:

Once we recieve your details your order will be re-processed within 24 hour.

Regards,
Amazon Billing Departmant
"""
E(P(("Amazon Customer Service", "amazon.servicesdept@gmail.com"), "undisclosed-recipients:;",
    "ORDER CANCELED!!! payment failed - action required", "text", t, cte="7bit",
    auth="mx.mailhost.example; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; "
         "dmarc=pass header.from=gmail.com", host="mail-sor-f41.google.com", ip="209.85.220.41"),
  "lookalike", "en", "payment_issue", True, None, "crude: gmail sender, asks to reply with card details, no order number")

o = onum("026")
base = "http://amazon.co.uk.account-review.info"
shown = "https://www.amazon.co.uk/gp/your-account/order-history"
paras = ["We were unable to verify the billing information for your recent order <b>%s</b>." % o,
         "Your order is on hold and <b>will be cancelled within 24 hours</b> unless you update your payment "
         "details. You will not be charged for the cancelled order.",
         'Update your details here: <a href="%s/signin?ref=ppx_yo_dt_b_%s">%s</a>' % (base, b64s(6), shown)]
h = amz_html("en", "Amazon.co.uk", "Payment Issue", o, "Hello,", paras,
             [("Apple MacBook Air 13-inch M3 chip, 16GB RAM, 512GB SSD - Midnight", 1, "£1,299.00")], "£1,299.00",
             ["We hope to see you again soon."], legal_en("amazon.co.uk", True)[:3], base)
t = amz_text("en", "Amazon.co.uk", "Payment Issue", o, "Hello,",
             [strip_tags(p) for p in paras],
             [("Apple MacBook Air 13-inch M3 chip, 16GB RAM, 512GB SSD - Midnight", 1, "£1,299.00")], "£1,299.00",
             ["We hope to see you again soon."], [], shown)
E(P(("Amazon.co.uk", "order-update@amazon.co.uk.account-review.info"), "Rebecca Stone <becky.stone@talktalk.net>",
    "Action required: your Amazon.co.uk order %s will be cancelled" % o, "alt", t, h, "b64",
    headers=[("Reply-To", "no-reply@amazon.co.uk.account-review.info")], host="srv92.account-review.info"),
  "lookalike", "en", "payment_issue", True, None, "link text shows amazon.co.uk, href to amazon.co.uk.account-review.info; 'will be cancelled'")

t_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="600" align="center"><tr><td style="border-bottom:3px solid #ff9900;padding:10px 0">
<img src="https://upload-img-cdn.top/amz/logo.png" alt="amazon" width="110"></td></tr>
<tr><td style="padding:14px 0"><h2 style="font-weight:normal">Your order has been canceled</h2>
<p>Hello,</p>
<p>We regret to inform you that the item in your order <b>#112-88417-7320</b> is <b>out of stock</b> and our
seller was unable to fulfill it. Your order has been canceled.</p>
<p>Ordered item: Bose QuietComfort Ultra Earbuds, Black &mdash; $299.00<br>
Shipping &amp; handling: $0.00<br>Estimated tax: $90.99<br><b>Refund amount: $389.99</b></p>
<p>To receive your refund, please complete the refund claim form within 48 hours. Refunds that are not
claimed are returned to the seller.</p>
<p style="text-align:center"><a href="https://refund-claims-amz.web.app/form?id=7730" style="background:#f0c14b;
border:1px solid #a88734;padding:8px 24px;color:#111;text-decoration:none">Claim your refund</a></p>
<p>Thank you for shopping with us.<br>Amazon.com</p>
<p style="font-size:10px;color:#999">&copy; 1996-2025, Amazon.com, Inc. or its affiliates. This email was sent
from a notification-only address. Amazon.com, 410 Terry Avenue North, Seattle, WA 98109-5210.</p>
</td></tr></table></body></html>"""
E(P(("Amazon.com", "order-update@amazon.com"), "Linda Park <lindapark@verizon.net>",
    "Your Amazon.com order #112-88417-7320 has been canceled", "html", html=t_html, cte="qp",
    headers=[("Reply-To", "refunds@amazon-refund-center.net")],
    auth="mx.mailhost.example; spf=fail (domain of amazon.com does not designate 91.215.85.14 as permitted sender) "
         "smtp.mailfrom=amazon.com; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.com",
    host="unassigned.kvmvps.ru", ip="91.215.85.14"),
  "lookalike", "en", "inventory_shortage", True, None, "spoofed amazon.com From, SPF/DMARC fail, malformed order number, refund-claim link")

t_html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<div style="font-size:24px;font-weight:bold;color:#232f3e">amazon<span style="color:#ff9900">.ca</span></div>
<p>Hello,</p>
<p>Your order has been cancelled.</p>
<p>We are sorry for any inconvenience. To see the details of your cancellation and the refund, please open
your order summary below.</p>
<p><a href="https://bit.ly/3xQz7Ka" style="color:#0066c0">View cancellation details</a></p>
<p>Sincerely,<br>Customer Service Department<br>Amazon.ca</p>
</div></body></html>"""
E(P(("\u0410mazon.ca", "amazon.ca.notice@outlook.com"), "Jennifer Roy <jen.roy@shaw.ca>",
    "Your order has been cancelled", "html", html=t_html, cte="b64",
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; "
         "dmarc=pass header.from=outlook.com", host="EUR05-VI1-obe.outbound.protection.outlook.com",
    ip="40.92.90.22", tz=-5),
  "lookalike", "en", "unknown", False, None, "Cyrillic A in display name, outlook.com sender, no order number, no reason")

o = onum("402")
t = """Hello,

We are writing to inform you that due to a system error during payment processing, your Amazon.co.za order #%s could not be completed.

Your order WILL BE CANCELLED within 12 hours unless you re-confirm your billing details. This is required because of a technical issue with our payment gateway and does not affect your account.

Re-confirm your order: https://amaz0n-support.co.za/orders/confirm?o=%s

Items in this order:
  1 x Apple iPad Air 11" M2 Wi-Fi 128GB - Space Grey      R13,999.00

Order total: R13,999.00

We apologise for the inconvenience.
Amazon.co.za Customer Service
""" % (o, o.replace("-", ""))
E(P(("Amazon.co.za", "no-reply@amaz0n-support.co.za"), "Pieter van Wyk <pvanwyk@mweb.co.za>",
    "Important: your Amazon.co.za order #%s will be cancelled" % o, "alt", t,
    html_from_text(t).replace("https://amaz0n-support.co.za/orders/confirm?o=%s" % o.replace("-", ""),
                              '<a href="https://amaz0n-support.co.za/orders/confirm?o=%s">Confirm order</a>' % o.replace("-", "")),
    "qp", host="mail.amaz0n-support.co.za", tz=2),
  "lookalike", "en", "technical_issue", True, None, "amaz0n look-alike domain, system error, 'will be cancelled' unless billing re-confirmed")

o = onum("407")
t = """Dear Amazon Customer,

As per your request, your order %s for Samsung Galaxy S24 Ultra 5G (Titanium Black, 12GB, 256GB) has been cancelled successfully.

A refund of Rs.45,999 has been initiated and will be credited to your account within 24 hours.

If you did NOT request this cancellation, or if you do not receive your refund, contact our Refund Helpdesk immediately:

Toll Free: +91 89102 44718
(Mon-Sun, 9 AM - 9 PM)

Our executive will help you complete the refund through UPI. Please do not share this message with anyone.

Thanks & Regards,
Amazon.in Refund Desk
""" % o
E(P(("Amazon.in Refund Desk", "amazonin.refunddesk@yahoo.com"), "Priya Sharma <priya.sharma2210@gmail.com>",
    "Your order has been cancelled - Refund of Rs.45,999 initiated", "text", t, cte="qp",
    auth="mx.mailhost.example; dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass header.from=yahoo.com",
    host="sonic302-21.consmr.mail.sg3.yahoo.com", ip="106.10.242.140", tz=5, ),
  "lookalike", "en", "customer_request", True, None, "yahoo sender, claims cancelled at customer's request, callback refund number")

# ======================================================================= GERMAN
def legal_de(domain="amazon.de"):
    b = "https://www.%s" % domain
    return ['Amazon wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer PIN oder Ihrer '
            'vollst&auml;ndigen Kreditkartennummer fragen und Sie niemals auffordern, eine in einer E-Mail angegebene '
            'Telefonnummer anzurufen. <a href="%s/gp/help/customer/display.html?nodeId=201909130">So erkennen Sie Phishing</a>.' % b,
            'Wenn sich Ihre Kartennummer oder das Ablaufdatum ge&auml;ndert hat, aktualisieren Sie diese bitte unter '
            '<a href="%s/cpe/yourpayments/wallet">Mein Konto</a>.' % b,
            'Sie haben eine verd&auml;chtige E-Mail erhalten, die angeblich von Amazon stammt? '
            '<a href="%s/gp/help/customer/display.html?nodeId=GZLKP7HC5R6ZWJQY">Verd&auml;chtige E-Mails melden</a>. '
            'Weitere Informationen finden Sie auf unseren <a href="%s/gp/help/customer/display.html">Hilfeseiten</a>.' % (b, b),
            'Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht '
            'empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.',
            'Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: RCS Luxemburg, '
            'B 101818. Amazon EU S.&agrave; r.l., Niederlassung Deutschland, Marcel-Breuer-Stra&szlig;e 12, 80807 M&uuml;nchen. '
            'Registergericht M&uuml;nchen HRB 218574, USt-ID DE814584193.']

# ---- notices
o = onum("302")
E(notice("de", "amazon.de", "Amazon.de", "order-update", "Stefan Krüger <stefan.krueger@web.de>",
         "Stornierung Ihrer Vorbestellung %s bei Amazon.de" % o, "Vorbestellung storniert", o, "Guten Tag Stefan Krüger,",
         ["leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung des unten aufgeführten Artikels nicht "
          "erfüllen können. Der Hersteller hat uns darüber informiert, dass die für Deutschland vorgesehene Erstauflage "
          "deutlich kleiner ausfällt als angekündigt, und wir haben keine weitere Ware erhalten.",
          "Wir haben den Artikel daher aus Ihrer Bestellung storniert. Ihr Zahlungsmittel wurde nicht belastet.",
          'Sobald der Artikel wieder lieferbar ist, können Sie ihn erneut bestellen. Den Status Ihrer übrigen '
          'Bestellungen finden Sie unter <a href="https://www.amazon.de/gp/css/order-history">Meine Bestellungen</a>.'],
         [("LEGO Icons 10333 Der Herr der Ringe: Barad-dûr, Bauset für Erwachsene", 1, "459,99 €")], None,
         ["Wir entschuldigen uns für die Unannehmlichkeiten.", "Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."],
         legal_de(), "alt", "qp", True, "fm", items_heading="Stornierte Artikel"),
  "notice", "de", "inventory_shortage", True, "amazon.de", "pre-order cannot be filled, manufacturer allocation too small")

o = onum("304")
E(notice("de", "amazon.de", "Amazon.de", "payments-messages", "Monika Brandt <m.brandt@t-online.de>",
         "Ihre Amazon.de-Bestellung %s wurde storniert" % o, "Bestellung storniert", o, "Guten Tag Monika Brandt,",
         ["wir konnten die Zahlung für Ihre Bestellung %s nicht autorisieren. Wir hatten Sie vor sieben Tagen "
          "gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der vorgesehenen Frist keine "
          "gültige Zahlungsart erhalten haben, wurde Ihre Bestellung storniert." % o,
          "Die SEPA-Lastschrift von Ihrem Konto (IBAN endet auf 4521) wurde von Ihrer Bank zurückgewiesen. "
          "Die Gründe dafür teilt uns Ihre Bank nicht mit; bitte wenden Sie sich bei Fragen direkt an Ihre Bank.",
          "Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung mit einer anderen "
          "Zahlungsart auf."],
         [("Philips Series 5400 Kaffeevollautomat EP5447/90", 1, "549,99 €"),
          ("Philips CA6700/22 Entkalker, 2er-Pack", 1, "17,99 €")], "567,98 €",
         ["Hilfe erhalten Sie jederzeit über unseren Kundenservice: https://www.amazon.de/kontakt",
          "Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."],
         legal_de(), "text", "qp", False, charset="iso-8859-15"),
  "notice", "de", "payment_issue", True, "amazon.de", "SEPA debit rejected, revision deadline missed; text only iso-8859-15 QP")

o = onum("305")
E(notice("de", "amazon.de", "Amazon.de", "order-update", "Ayşe Demir <ayse.demir@gmx.de>",
         "Stornierung Ihrer Bestellung %s bei Amazon.de" % o, "Bestellung storniert", o, "Guten Tag Ayşe Demir,",
         ["aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website mit einem "
          "falschen Preis angezeigt (29,99 € statt 299,99 €).",
          "Gemäß unseren Allgemeinen Geschäftsbedingungen kommt ein Kaufvertrag erst mit der Versandbestätigung "
          "zustande. Wir haben Ihre Bestellung daher storniert. Es wurde kein Betrag von Ihrem Zahlungsmittel abgebucht.",
          "Wir bitten, diesen Fehler zu entschuldigen. Der Artikel ist weiterhin zum korrekten Preis auf Amazon.de erhältlich."],
         [("De'Longhi Dedica Style EC 685.M Espresso-Siebträgermaschine, Silber", 1, "29,99 €")], "29,99 €",
         ['Weitere Hilfe finden Sie in unserem <a href="https://www.amazon.de/gp/help/customer/display.html">Kundenservice</a>.',
          "Vielen Dank für Ihr Verständnis."],
         legal_de(), "html", "b64", True, "ms", items_heading="Stornierte Artikel"),
  "notice", "de", "technical_issue", True, "amazon.de", "technical error, wrong price shown; HTML-only base64")

o = onum("302")
E(notice("de", "amazon.de", "Amazon.de", "cs-reply", "Jörg Hoffmann <joerg.hoffmann@posteo.de>",
         "Ihre Amazon.de-Bestellung %s wurde storniert" % o, "Bestellung storniert", o, "Guten Tag Jörg Hoffmann,",
         ["bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Amazon.de-Konto "
          "festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die unten aufgeführte "
          "Bestellung storniert.",
          "Um die Sperre aufzuheben, melden Sie sich bitte an, indem Sie www.amazon.de direkt in Ihren Browser "
          "eingeben, und folgen Sie den Anweisungen auf der Seite, um Ihre Identität und Ihre Zahlungsinformationen "
          "zu bestätigen. Wir prüfen Ihre Angaben in der Regel innerhalb von 24 Stunden.",
          "Eventuell vorgemerkte Beträge für diese Bestellung werden wieder freigegeben."],
         [("Apple iPad Pro 13\" (M4) Wi-Fi 512 GB, Space Schwarz", 1, "1.729,00 €"),
          ("Apple Pencil Pro", 1, "149,00 €")], "1.878,00 €",
         ["Vielen Dank für Ihr Verständnis.", "Ihr Amazon.de Team für Kontosicherheit"],
         legal_de(), "alt", "8bit", False, items_heading="Stornierte Artikel"),
  "notice", "de", "fraud_prevention", True, "amazon.de", "unusual activity, account locked, identity verification; 8bit")

o = onum("303")
E(notice("de", "amazon.de", "Amazon.de", "auto-confirm", "Claudia Weber <claudia.weber@freenet.de>",
         'Erfolgreiche Stornierung von "Tefal Ingenio Preference Pfannenset..." aus Ihrer Amazon.de-Bestellung %s' % o,
         "Stornierungsbestätigung", o, "Guten Tag Claudia Weber,",
         ["wie von Ihnen gewünscht, haben wir den folgenden Artikel aus Ihrer Bestellung storniert.",
          "<b>Stornierungsgrund:</b> Vom Kunden storniert",
          "Falls bereits ein Betrag belastet wurde, erstatten wir ihn innerhalb von 3–5 Werktagen auf Ihr "
          "ursprüngliches Zahlungsmittel."],
         [("Tefal Ingenio Preference Pfannenset 13-teilig, Edelstahl, induktionsgeeignet", 1, "129,99 €")], "129,99 €",
         ['Den Status Ihrer Erstattung finden Sie unter <a href="https://www.amazon.de/gp/css/order-history">Meine Bestellungen</a>.',
          "Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."],
         legal_de(), "alt", "b64", True, "fm", items_heading="Stornierte Artikel"),
  "notice", "de", "customer_request", True, "amazon.de", "customer cancellation confirmation with 'Stornierungsgrund: Vom Kunden storniert'")

o = onum("028")
E(notice("de", "amazon.de", "Amazon.de", "order-update", "Lukas Becker <lukas.becker1993@gmail.com>",
         "Ihre Amazon.de-Bestellung %s wurde storniert" % o, "Bestellung storniert", o, "Guten Tag Lukas Becker,",
         ["Ihre Bestellung %s wurde storniert." % o,
          "Für die stornierten Artikel wird Ihnen nichts berechnet. Sollte Ihre Bank bereits einen Betrag "
          "vorgemerkt haben, wird dieser automatisch wieder freigegeben.",
          "Den aktuellen Status Ihrer Bestellungen finden Sie jederzeit unter Meine Bestellungen: "
          "https://www.amazon.de/gp/css/order-history"],
         [("Anker PowerCore 20000 Powerbank, 20W USB-C", 1, "39,99 €"),
          ("Anker USB-C auf USB-C Kabel 1,8 m, 2 Stück", 1, "12,99 €")], "52,98 €",
         ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."],
         legal_de(), "text", "8bit", False),
  "notice", "de", "unknown", False, "amazon.de", "cancellation without any stated reason; text only 8bit")

# ---- non_notices
t = """Hallo Frau Schulte,

leider müssen wir Ihnen mitteilen, dass wir folgenden Artikel aus Ihrer Bestellung Nr. 75-41837-22091 nicht liefern können. Wir haben ihn daher storniert:

  Amazon Echo Show 8 (3. Gen., 2023) – Smart Display mit Alexa, Anthrazit
  Artikelnr. 54821093 · Menge 1 · 149,99 €

Grund: Der Artikel ist bei unserem Lieferanten nicht mehr verfügbar.

Wie erhalte ich mein Geld zurück?
Sie haben per Rechnung bezahlt – für den stornierten Artikel erhalten Sie keine Rechnung. Der Rest Ihrer Bestellung wird wie geplant geliefert.

Alternativen finden Sie in unserer Kategorie „Smart Home“ auf otto.de.

Ihr OTTO Kundenservice
Telefon 040 3603 3603 (Mo–So 6–23 Uhr)

Otto (GmbH & Co KG) · Werner-Otto-Straße 1–7 · 22179 Hamburg · Amtsgericht Hamburg HRA 62024
"""
E(P(("OTTO", "service@otto.de"), "Sabine Schulte <sabine.schulte@arcor.de>",
    "Stornierung eines Artikels aus Ihrer Bestellung Nr. 75-41837-22091", "alt", t,
    html_from_text(t, "font-family:Arial,sans-serif;font-size:14px;color:#222"), "qp",
    auth="mx.mailhost.example; dkim=pass header.d=otto.de; spf=pass smtp.mailfrom=otto.de; dmarc=pass header.from=otto.de",
    host="mout.otto.de", ip="193.28.150.21", tz=1),
  "non_notice", "de", None, False, None, "OTTO cancels an out-of-stock Amazon Echo device they sold")

t = """Hi Jens,

kurze Info: ich hab meine Amazon-Bestellung mit der Dockingstation wieder storniert. Die IT hat gestern gesagt, dass wir die über den Rahmenvertrag bekommen, dann spar ich mir das Rumgeschicke mit der Spesenabrechnung.

Falls du deine auch noch nicht abgeschickt hast: lass es, lohnt sich nicht. Die Stornierung ging übrigens ganz fix über "Meine Bestellungen".

Wegen Donnerstag: 14 Uhr bei dir im Büro passt mir.

Grüße
Martina

--
Martina Vogt
Projektleitung Logistiksysteme
"""
E(P(("Martina Vogt", "martina.vogt@web.de"), "Jens Albrecht <jens.albrecht@web.de>",
    "Dockingstation", "text", t, cte="8bit", charset="iso-8859-1", tz=1, host="mout.web.de", ip="212.227.15.3",
    headers=[("User-Agent", "Mozilla Thunderbird")]),
  "non_notice", "de", None, False, None, "colleague cancelled her Amazon order; iso-8859-1 8bit")

t = """Phishing-Radar – Ausgabe 37

Aktuell im Umlauf: „Ihre Bestellung bei Amazon wurde storniert – Bestätigung erforderlich“

Seit Montag erreichen uns zahlreiche Meldungen über E-Mails mit diesem Betreff. Die Nachricht behauptet, eine Bestellung sei wegen eines Zahlungsproblems storniert worden, und fordert dazu auf, über einen Link die Kreditkartendaten zu „bestätigen“. Der Absender lautet zum Beispiel service@amazon-kundenkonto-hilfe.com.

So erkennen Sie die Fälschung:
• unpersönliche Anrede („Sehr geehrter Kunde“)
• Zeitdruck („innerhalb von 24 Stunden“)
• ein Link, der nicht zu amazon.de führt

Unsere Empfehlung: Verschieben Sie die E-Mail unbeantwortet in den Spam-Ordner. Prüfen Sie Ihre Bestellungen ausschließlich direkt in Ihrem Amazon-Konto oder in der App.

Weitere Warnungen dieser Woche: gefälschte DHL-Zollgebühren, „Sparkasse pushTAN-Update“, ELSTER-Rückerstattung.

Sie erhalten diesen Newsletter, weil Sie ihn auf verbraucherportal-info.de abonniert haben. Abmelden: https://verbraucherportal-info.de/nl/abmelden
"""
E(P(("Verbraucherportal Phishing-Radar", "newsletter@verbraucherportal-info.de"), "helga.mertens@t-online.de",
    "Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf", "alt", t, html_from_text(t), "b64", tz=1,
    headers=[("List-Unsubscribe", "<https://verbraucherportal-info.de/nl/abmelden>"), ("Precedence", "bulk")]),
  "non_notice", "de", None, False, None, "consumer newsletter quoting a fake Amazon cancellation subject")

o = onum("302")
E(notice("de", "amazon.de", "Amazon.de", "shipment-tracking", "Frank Lehmann <frank.lehmann@ewetel.net>",
         "Ihr Liefertermin wurde storniert – bitte wählen Sie einen neuen Termin", "Liefertermin storniert", o,
         "Guten Tag Frank Lehmann,",
         ["der vereinbarte Liefertermin am Dienstag, 14. Mai, zwischen 8:00 und 12:00 Uhr musste von unserem "
          "Speditionspartner leider storniert werden.",
          "<b>Ihre Bestellung bleibt bestehen.</b> Bitte wählen Sie unter Meine Bestellungen einen neuen Liefertermin "
          "aus. Die Anlieferung inklusive Aufstellung und Mitnahme des Altgeräts erfolgt wie gebucht.",
          "Falls Sie Fragen zur Lieferung haben, erreichen Sie den Speditionspartner über die Sendungsverfolgung."],
         [("Bosch KGN39VLCT Serie 4 Kühl-Gefrier-Kombination, 203 cm", 1, "799,00 €")], None,
         ["Vielen Dank für Ihr Verständnis."], legal_de(), "alt", "qp", True, "fm", items_heading="Betroffene Sendung"),
  "non_notice", "de", None, False, None, "freight delivery appointment cancelled, order stays active")

E(notice("de", "amazon.de", "Amazon.de", "digital-no-reply", "Nina Schröder <nina.schroeder@gmx.net>",
         "Ihre Amazon Music Unlimited-Mitgliedschaft wurde gekündigt", "Mitgliedschaft gekündigt", None,
         "Guten Tag Nina Schröder,",
         ["wie gewünscht haben wir Ihre Amazon Music Unlimited-Mitgliedschaft (Einzelplan, monatlich) gekündigt.",
          "Sie können Amazon Music Unlimited noch bis zum Ende des aktuellen Abrechnungszeitraums am 3. August nutzen. "
          "Danach wird Ihnen nichts mehr berechnet. Ihre Playlists bleiben gespeichert.",
          'Sie können jederzeit wieder Mitglied werden unter <a href="https://www.amazon.de/music/unlimited">Amazon Music Unlimited</a>.'],
         [], None, ["Ihr Amazon Music Team"], legal_de(), "html", "qp", False),
  "non_notice", "de", None, False, None, "Music Unlimited subscription cancelled; HTML only")

o = onum("306")
E(notice("de", "amazon.de", "Amazon.de", "payments-messages", "Thomas Wagner <t.wagner@mailbox.org>",
         "Aktualisieren Sie die Zahlungsinformationen für Ihre Bestellung %s" % o, "Zahlungsänderung erforderlich", o,
         "Guten Tag Thomas Wagner,",
         ["leider konnten wir Ihre Kreditkarte (Mastercard, endet auf 8830) für die unten aufgeführte Bestellung nicht "
          "belasten. Das kann passieren, wenn die Karte abgelaufen ist oder Ihre Bank die Zahlung abgelehnt hat.",
          "<b>Ihre Bestellung wurde nicht storniert.</b> Um sie zu behalten, aktualisieren Sie bitte Ihre "
          "Zahlungsinformationen unter Meine Bestellungen > Zahlung ändern.",
          "Falls wir bis zum 21. Oktober keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert."],
         [("Garmin Forerunner 265 GPS-Laufuhr, Schwarz", 1, "349,99 €")], "349,99 €",
         ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."], legal_de(), "alt", "b64", True, "ms"),
  "non_notice", "de", None, False, None, "genuine payment revision reminder; order not yet cancelled")

# ---- lookalikes
o = onum("302")
t = """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung %s (Samsung Galaxy S24 Ultra, 1.449,00 €) wurde aufgrund verdächtiger Aktivitäten in Ihrem Konto storniert. Die Bestellung wurde von einem unbekannten Gerät in Minsk aufgegeben.

Wenn Sie diese Bestellung nicht selbst aufgegeben haben, rufen Sie bitte UMGEHEND unsere Sicherheitsabteilung an:

   0800 181 6524 (kostenlos, rund um die Uhr)

Bitte halten Sie Ihre Vorgangsnummer DE-44817 bereit. Melden Sie sich bis zu Ihrem Anruf nicht in Ihrem Konto an.

Mit freundlichen Grüßen
Amazon Kundenservice – Sicherheitsabteilung
""" % o
E(P(("Amazon Kundenservice", "service@amazon-de-kundenservice.com"), "Petra Klein <petra.klein@gmx.de>",
    "Bestellung %s storniert – verdächtige Aktivität" % o, "alt", t, html_from_text(t), "qp", tz=1,
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=amazon-de-kundenservice.com; dkim=pass "
         "header.d=amazon-de-kundenservice.com; dmarc=pass header.from=amazon-de-kundenservice.com"),
  "lookalike", "de", "fraud_prevention", True, None, "callback phone number, look-alike domain")

o = onum("304")
base = "https://amazon-sicherheit.info/de"
paras = ["Ihr Amazon.de-Konto wurde <b>gesperrt</b> und Ihre aktuelle Bestellung wurde storniert, da wir Ihre "
         "Identität nicht bestätigen konnten.",
         "Um Ihr Konto zu entsperren, verwenden Sie bitte innerhalb von 24 Stunden den folgenden Bestätigungscode:",
         '<span style="font-size:22px;letter-spacing:4px"><b>552 907</b></span>',
         'Geben Sie den Code unter <a href="%s/entsperren">Konto entsperren</a> ein. Nicht bestätigte Konten werden '
         'dauerhaft geschlossen.' % base]
legal = ["Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
         "Amazon wird Sie niemals nach Ihrem Passwort fragen."]
items = [("Sony PlayStation 5 Slim Konsole – Digital Edition", 1, "449,99 €")]
h = amz_html("de", "Amazon.de", "Konto gesperrt", o, "Sehr geehrter Kunde,", paras, items, "449,99 €",
             ["Ihr Amazon Kontoschutz-Team"], legal, base, button=("Jetzt entsperren", base + "/entsperren"),
             items_heading="Stornierte Artikel")
t = amz_text("de", "Amazon.de", "Konto gesperrt", o, "Sehr geehrter Kunde,", [strip_tags(p) for p in paras], items,
             "449,99 €", ["Ihr Amazon Kontoschutz-Team"], [strip_tags(g) for g in legal], base + "/entsperren")
E(P(("\u0410mazon.de", "konto@amazon-sicherheit.info"), "Dieter Schmitt <dieter.schmitt@online.de>",
    "Ihr Konto wurde gesperrt – Bestellung %s storniert" % o, "alt", t, h, "qp", tz=1,
    host="static.88-198-41-7.clients.your-server.de", ip="88.198.41.7"),
  "lookalike", "de", "fraud_prevention", True, None, "Cyrillic A in display name, account locked + unlock code, polished template")

t = """Sehr geehrte Kunde,

Ihre Zahlung für die letzte Bestellung konnte nicht verarbeitet werden und die Bestellung ist deshalb storniert worden.

Um eine Sperrung von Ihr Amazon Konto zu vermeiden, bitte antworten Sie auf diese E-Mail mit folgende Daten:

- Vor- und Nachname
- Kreditkartennummer
- Gültig bis
- Prüfnummer (CVC)
- Geburtsdatum

Nach Erhalt Ihre Daten wird die Bestellung innerhalb 24 Stunde neu bearbeitet.

Mit freundliche Grüße
Amazon Zahlungsabteilung
"""
E(P(("Amazon.de Kundenservice", "amazon.de.kundenservice@outlook.de"), "Empfänger <empfaenger@unbekannt.invalid>",
    "Wichtig: Bestellung storniert - Zahlung fehlgeschlagen", "text", t, cte="qp", charset="windows-1252", tz=1,
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=outlook.de; dkim=pass header.d=outlook.de; dmarc=pass header.from=outlook.de",
    host="DU2PR04CU009.outbound.protection.outlook.com", ip="52.101.65.12"),
  "lookalike", "de", "payment_issue", True, None, "crude, outlook.de sender, reply with card details; windows-1252, no order number")

o = onum("303")
base = "https://amazon.de.konto-pruefung.xyz"
shown = "https://www.amazon.de/gp/css/order-history"
paras = ["die Zahlung für Ihre Bestellung <b>%s</b> konnte nicht verarbeitet werden, da Ihre hinterlegte "
         "Kreditkarte abgelehnt wurde." % o,
         "Ihre Bestellung wird <b>automatisch storniert, falls Sie Ihre Zahlungsinformationen nicht innerhalb von "
         "48 Stunden aktualisieren</b>.",
         'Zahlungsinformationen aktualisieren: <a href="%s/login?session=%s">%s</a>' % (base, b64s(16), shown)]
items = [("Dyson Airwrap Complete Long, Nickel/Kupfer", 1, "549,00 €")]
h = amz_html("de", "Amazon.de", "Zahlungsproblem", o, "Guten Tag,", paras, items, "549,00 €",
             ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."], legal_de()[:3], base)
t = amz_text("de", "Amazon.de", "Zahlungsproblem", o, "Guten Tag,", [strip_tags(p) for p in paras], items, "549,00 €",
             ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."], [], shown)
E(P(("Amazon.de", "bestellung@amazon.de.konto-pruefung.xyz"), "Andrea Wolf <andrea.wolf@gmx.de>",
    "Zahlungsproblem: Ihre Bestellung %s wird storniert" % o, "alt", t, h, "b64", tz=1,
    host="mail.konto-pruefung.xyz"),
  "lookalike", "de", "payment_issue", True, None, "link text shows amazon.de, href to amazon.de.konto-pruefung.xyz; 'wird storniert'")

t_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<table width="600" align="center"><tr><td style="background:#232f3e;padding:12px">
<span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900;font-size:22px">.de</span></td></tr>
<tr><td style="padding:16px">
<p>Hallo,</p>
<p>aufgrund eines <b>Lieferengpasses</b> ist der Artikel aus Ihrer Bestellung <b>Nr. 302-55812-88</b> nicht mehr
verfügbar. Der Verkäufer konnte die Bestellung nicht ausführen; sie wurde storniert.</p>
<p>Artikel: Bosch Professional Akku-Schlagbohrschrauber GSB 18V-55 – 189,90 €<br>
<b>Erstattungsbetrag: 189,90 €</b></p>
<p>Damit wir Ihnen den Betrag erstatten können, bestätigen Sie bitte Ihre Bankverbindung (IBAN und
Online-Banking-Zugangsdaten) über das folgende Formular:</p>
<p><a href="https://amaz0n.de-erstattung.com/formular" style="background:#ffd814;padding:8px 20px;color:#000;
text-decoration:none;border-radius:8px">Erstattung anfordern</a></p>
<p>Ohne Bestätigung innerhalb von 3 Tagen verfällt der Erstattungsanspruch.</p>
<p>Ihr Amazon.de Kundenservice</p></td></tr></table></body></html>"""
E(P(("Amazon.de", "erstattung@amaz0n.de"), "Wolfgang Richter <w.richter@kabelmail.de>",
    "Ihre Bestellung wurde storniert – Erstattung anfordern", "html", html=t_html, cte="qp", tz=1,
    host="vmd88214.contaboserver.net", ip="161.97.140.77"),
  "lookalike", "de", "inventory_shortage", True, None, "amaz0n.de sender, malformed order number, refund form asking bank login")

t = """Hallo,

Ihre Bestellung wurde storniert.

Die Details zu Ihrer Stornierung und zur Rückerstattung finden Sie in Ihrem Kundenkonto:
https://tinyurl.com/amzn-storno-de

Mit freundlichen Grüßen
Amazon Kundenservice
"""
E(P(("Amaz\u03bfn", "amazon_kundenservice2024@yahoo.de"), "Ute Zimmermann <ute.zimmermann@t-online.de>",
    "Ihre Bestellung wurde storniert", "text", t, cte="8bit", tz=1,
    auth="mx.mailhost.example; dkim=pass header.d=yahoo.de; spf=pass smtp.mailfrom=yahoo.de; dmarc=pass header.from=yahoo.de",
    host="sonic310-24.consmr.mail.ir2.yahoo.com", ip="77.238.177.32"),
  "lookalike", "de", "unknown", False, None, "Greek omicron in display name, yahoo.de sender, no order number, no reason")

o = onum("305")
t = """Guten Tag,

bei der Verarbeitung Ihrer Bestellung %s ist ein Systemfehler aufgetreten. Aufgrund dieses technischen Fehlers konnte Ihre Bestellung nicht abgeschlossen werden.

Ihre Bestellung wird storniert, sofern Sie Ihre Rechnungsdaten nicht innerhalb von 12 Stunden erneut bestätigen:

https://amazon-bestellungen.support/bestaetigen?id=%s

Artikel: Apple AirPods Pro (2. Generation) mit MagSafe Ladecase (USB-C) – 279,00 €

Wir entschuldigen uns für die Unannehmlichkeiten.
Amazon.de Bestellservice
""" % (o, o.replace("-", ""))
E(P(("Amazon.de Bestellservice", "noreply@amazon-bestellungen.support"), "Kerstin Braun <kerstin.braun@icloud.com>",
    "Systemfehler bei Ihrer Bestellung %s" % o, "alt", t,
    html_from_text(t).replace("https://amazon-bestellungen.support/bestaetigen?id=%s" % o.replace("-", ""),
                              '<a href="https://amazon-bestellungen.support/bestaetigen?id=%s">Rechnungsdaten bestätigen</a>' % o.replace("-", "")),
    "qp", tz=1, host="mail.amazon-bestellungen.support"),
  "lookalike", "de", "technical_issue", True, None, "look-alike domain, system error, 'wird storniert, sofern' unless data confirmed")

o = onum("302")
base = "https://amzn-storno-widerruf.com"
paras = ["wie gewünscht haben wir Ihre Bestellung storniert.",
         "<b>Stornierungsgrund:</b> Vom Kunden storniert",
         'Sie haben diese Stornierung <b>nicht</b> selbst veranlasst? Dann widerrufen Sie sie bitte umgehend '
         '<a href="%s/widerruf?o=%s">hier</a>, andernfalls wird der Betrag nicht erstattet.' % (base, o)]
items = [("Nintendo Switch OLED-Modell, Weiß", 1, "329,99 €")]
h = amz_html("de", "Amazon.de", "Stornierungsbestätigung", o, "Guten Tag,", paras, items, "329,99 €",
             ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."], legal_de()[3:], base,
             items_heading="Stornierte Artikel")
t = amz_text("de", "Amazon.de", "Stornierungsbestätigung", o, "Guten Tag,", [strip_tags(p) for p in paras], items,
             "329,99 €", ["Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen."],
             [strip_tags(g) for g in legal_de()[3:]], base)
E(P(("Amazon.de", "auto-confirm@amazon.de"), "Markus Hahn <markus.hahn@gmx.de>",
    'Erfolgreiche Stornierung von "Nintendo Switch OLED-Modell..." aus Ihrer Amazon.de-Bestellung %s' % o,
    "alt", t, h, "qp", tz=1, headers=[("Reply-To", "amazon.storno.service@gmail.com")],
    auth="mx.mailhost.example; spf=fail (domain of amazon.de does not designate 45.144.30.91 as permitted sender) "
         "smtp.mailfrom=amazon.de; dkim=none (message not signed); dmarc=fail (p=QUARANTINE) header.from=amazon.de",
    host="hosted-by.ipxo.net", ip="45.144.30.91"),
  "lookalike", "de", "customer_request", True, None, "spoofed auto-confirm@amazon.de, SPF/DMARC fail, gmail Reply-To, 'revoke cancellation' link")

# ======================================================================= DUTCH
def legal_nl(domain="amazon.nl"):
    b = "https://www.%s" % domain
    return ['Amazon zal je nooit per e-mail, sms of telefoon om je wachtwoord, pincode of volledige creditcardnummer '
            'vragen en zal je nooit vragen een telefoonnummer uit een e-mail te bellen. '
            '<a href="%s/gp/help/customer/display.html?nodeId=201909130">Zo herken je phishing</a>.' % b,
            'Is je kaartnummer of vervaldatum gewijzigd? Werk deze dan bij in '
            '<a href="%s/cpe/yourpayments/wallet">Mijn account</a>.' % b,
            'Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? '
            '<a href="%s/gp/help/customer/display.html?nodeId=GZLKP7HC5R6ZWJQY">Verdachte e-mails melden</a>. '
            'Meer informatie vind je op onze <a href="%s/gp/help/customer/display.html">Helppagina\'s</a>.' % (b, b),
            'Let op: deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. '
            'Beantwoord dit bericht niet.',
            'Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818.']

# ---- notices
o = onum("402")
E(notice("nl", "amazon.nl", "Amazon.nl", "order-update", "Sanne de Vries <sanne.devries@ziggo.nl>",
         "Een artikel is geannuleerd uit je Amazon.nl-bestelling %s" % o, "Artikel geannuleerd", o, "Hallo Sanne,",
         ["Helaas is het onderstaande artikel niet meer op voorraad en kon de verkoper het niet leveren. We hebben "
          "het daarom uit je bestelling geannuleerd.",
          "Er is voor dit artikel niets in rekening gebracht. Een eventuele reservering op je rekening wordt binnen "
          "enkele werkdagen door je bank vrijgegeven.",
          'De overige artikelen in je bestelling worden zoals gepland geleverd. Je kunt de status altijd bekijken in '
          '<a href="https://www.amazon.nl/gp/css/order-history">Mijn bestellingen</a>.'],
         [("Philips Hue White and Color Ambiance Starterkit E27, 3 lampen + Bridge", 1, "€ 129,99")], None,
         ["Onze excuses voor het ongemak.", "We hopen je snel weer te zien."],
         legal_nl(), "alt", "qp", True, "fm", items_heading="Geannuleerde artikelen"),
  "notice", "nl", "inventory_shortage", True, "amazon.nl", "out of stock, seller could not deliver")

o = onum("405")
E(notice("nl", "amazon.com.be", "Amazon.com.be", "payments-messages", "Pieter Janssens <pieter.janssens@telenet.be>",
         "Je Amazon.com.be-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Pieter,",
         ["We konden de betaling voor je bestelling %s niet verwerken: de creditcard die je hebt gekozen (Visa, "
          "eindigend op 2204) is verlopen." % o,
          "We hebben je gevraagd je betaalgegevens bij te werken, maar binnen de gestelde termijn hebben we geen "
          "geldige betaalmethode ontvangen. Daarom is je bestelling geannuleerd.",
          "Wil je de artikelen toch nog kopen? Plaats dan een nieuwe bestelling met een andere betaalmethode."],
         [("Tefal OptiGrill+ XL GC724D contactgrill", 1, "€ 179,99")], "€ 179,99",
         ["Hulp nodig? Ga naar https://www.amazon.com.be/contact-us", "We hopen je snel weer te zien."],
         legal_nl("amazon.com.be"), "text", "8bit", False, charset="windows-1252"),
  "notice", "nl", "payment_issue", True, "amazon.com.be", "card expired, payment revision not made; windows-1252 8bit text")

o = onum("404")
E(notice("nl", "amazon.nl", "Amazon.nl", "order-update", "Joris Bakker <joris.bakker@kpnmail.nl>",
         "Je Amazon.nl-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Joris,",
         ["Door een prijsfout op onze website werd het onderstaande artikel met een onjuiste prijs weergegeven "
          "(€ 19,99 in plaats van € 199,99).",
          "Volgens onze Algemene Verkoopvoorwaarden hebben we je bestelling daarom geannuleerd. Er is niets van je "
          "betaalmethode afgeschreven.",
          "Excuses voor deze fout. Het artikel is nog steeds tegen de juiste prijs verkrijgbaar op Amazon.nl."],
         [("Braun Series 9 Pro+ elektrisch scheerapparaat met reinigingsstation", 1, "€ 19,99")], "€ 19,99",
         ['Meer hulp vind je bij de <a href="https://www.amazon.nl/gp/help/customer/display.html">klantenservice</a>.'],
         legal_nl(), "html", "qp", True, "ms", items_heading="Geannuleerde artikelen"),
  "notice", "nl", "technical_issue", True, "amazon.nl", "pricing error; HTML only QP")

o = onum("402")
E(notice("nl", "amazon.nl", "Amazon.nl", "cs-reply", "Fleur Visser <fleur.visser@xs4all.nl>",
         "Je Amazon.nl-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Fleur,",
         ["Tijdens een routinecontrole hebben we ongebruikelijke activiteit op je Amazon.nl-account opgemerkt. Ter "
          "bescherming hebben we je account tijdelijk in de wacht gezet en de onderstaande bestelling geannuleerd.",
          "Om de blokkering op te heffen, log je in door www.amazon.nl zelf in je browser te typen (gebruik geen link) "
          "en volg je de instructies op het scherm om je identiteit en betaalgegevens te verifiëren. We beoordelen je "
          "gegevens meestal binnen 24 uur.",
          "Eventuele gereserveerde bedragen voor deze bestelling worden vrijgegeven."],
         [("Samsung Galaxy Watch6 Classic 47 mm, zwart", 1, "€ 329,00"),
          ("Samsung Galaxy Buds2 Pro, Graphite", 1, "€ 149,00")], "€ 478,00",
         ["Bedankt voor je begrip.", "Het Amazon.nl-team voor accountbeveiliging"],
         legal_nl(), "alt", "b64", False, items_heading="Geannuleerde artikelen"),
  "notice", "nl", "fraud_prevention", True, "amazon.nl", "unusual activity, account on hold, verify identity; base64")

o = onum("403")
E(notice("nl", "amazon.com.be", "Amazon.com.be", "auto-confirm", "Lotte Peeters <lotte.peeters@skynet.be>",
         'Annulering gelukt: "Moccamaster KBG Select koffiezetapparaat..." uit je Amazon.com.be-bestelling %s' % o,
         "Bevestiging van annulering", o, "Hallo Lotte,",
         ["Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling geannuleerd.",
          "<b>Reden van annulering:</b> Geannuleerd door klant",
          "Als er al een bedrag is afgeschreven, storten we dit binnen 3–5 werkdagen terug op je oorspronkelijke "
          "betaalmethode."],
         [("Moccamaster KBG Select koffiezetapparaat, Matt Black", 1, "€ 229,00")], "€ 229,00",
         ['Bekijk de status in <a href="https://www.amazon.com.be/gp/css/order-history">Mijn bestellingen</a>.',
          "We hopen je snel weer te zien."],
         legal_nl("amazon.com.be"), "alt", "qp", True, "fm", items_heading="Geannuleerde artikelen"),
  "notice", "nl", "customer_request", True, "amazon.com.be", "customer cancellation confirmation, 'Geannuleerd door klant'")

o = onum("402")
E(notice("nl", "amazon.nl", "Amazon.nl", "order-update", "Bram Smit <bram.smit@hotmail.nl>",
         "Je Amazon.nl-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Bram,",
         ["Je bestelling %s is geannuleerd." % o,
          "Er worden geen kosten in rekening gebracht voor de geannuleerde artikelen. Als je bank al een bedrag heeft "
          "gereserveerd, wordt dit automatisch vrijgegeven.",
          "Je kunt de status van je bestellingen altijd bekijken in Mijn bestellingen: https://www.amazon.nl/gp/css/order-history"],
         [("LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance", 1, "€ 189,99")], "€ 189,99",
         ["We hopen je snel weer te zien."], legal_nl(), "text", "qp", False),
  "notice", "nl", "unknown", False, "amazon.nl", "cancellation with no stated reason; text only")

# ---- non_notices
t = """Hoi Eva,

Je bestelling 1094827731 is geannuleerd.

Je vroeg onze klantenservice: "Graag deze bestelling annuleren, ik heb dezelfde airfryer gisteren al via Amazon binnengekregen." Dat hebben we voor je gedaan.

Geannuleerd:
  Philips Airfryer XXL HD9650/90 – 1 stuk – € 219,00

Je hebt met iDEAL betaald. We storten € 219,00 binnen 3 werkdagen terug op je rekening.

Groetjes,
bol

bol.com b.v. · Papendorpseweg 100 · 3528 BJ Utrecht · KvK 30209131
"""
E(P(("bol", "klantenservice@bol.com"), "Eva Mulder <eva.mulder@gmail.com>",
    "Je bestelling is geannuleerd", "alt", t, html_from_text(t, "font-family:Arial,sans-serif;color:#0000a4"), "qp", tz=1,
    auth="mx.mailhost.example; dkim=pass header.d=bol.com; spf=pass smtp.mailfrom=bol.com; dmarc=pass header.from=bol.com",
    host="mta-out.bol.com", ip="185.14.168.40"),
  "non_notice", "nl", None, False, None, "bol.com cancels at customer's request; quoted message mentions Amazon")

t = """Hoi Daan,

Ik heb mijn Amazon-bestelling van die boormachine maar geannuleerd, zag dat de Praxis hem voor minder had en ik kan hem morgen gewoon ophalen. Dus je hoeft zaterdag niet thuis te blijven voor de bezorger.

Neem jij de pluggen mee? Dan zijn we om 10 uur begonnen.

Groet,
Wouter
"""
E(P(("Wouter Hendriks", "w.hendriks@ziggo.nl"), "Daan Vos <daan.vos@ziggo.nl>",
    "Re: zaterdag klussen", "text", t, cte="qp", charset="iso-8859-1", tz=1, host="smtp.ziggo.nl", ip="212.54.42.136"),
  "non_notice", "nl", None, False, None, "friend cancelled his own Amazon order")

t = """Veilig Online – nieuwsbrief week 19

Pas op voor nep-mails: "Uw Amazon-bestelling is geannuleerd"

Deze week kregen we veel meldingen over een e-mail met het onderwerp "Uw Amazon-bestelling is geannuleerd – bevestig uw gegevens". In de mail staat dat je bestelling is geannuleerd omdat de betaling niet gelukt is. Via een knop word je naar een nagemaakte inlogpagina gestuurd.

Zo herken je deze phishing:
- de afzender is geen amazon.nl-adres (bijvoorbeeld info@amazon-nl-klantenservice.com)
- je wordt onder tijdsdruk gezet
- er wordt gevraagd om je bankgegevens of een betaling van € 0,01

Twijfel je? Klik niet, maar kijk zelf in de Amazon-app of op amazon.nl bij Mijn bestellingen.

Verder in deze nieuwsbrief: nep-sms'jes van PostNL, en hoe je tweestapsverificatie aanzet.

Afmelden: https://veiligonline-nieuws.nl/afmelden
"""
E(P(("Veilig Online", "nieuwsbrief@veiligonline-nieuws.nl"), "k.dejong@planet.nl",
    "Let op: nep-mails over geannuleerde Amazon-bestellingen", "alt", t, html_from_text(t), "b64", tz=2,
    headers=[("List-Unsubscribe", "<https://veiligonline-nieuws.nl/afmelden>"), ("Precedence", "bulk")]),
  "non_notice", "nl", None, False, None, "newsletter warning about phishing, quotes fake cancellation subject")

o = onum("404")
E(notice("nl", "amazon.nl", "Amazon.nl", "shipment-tracking", "Tim van Dijk <tim.vandijk@gmail.com>",
         "Je bezorgafspraak is geannuleerd – kies een nieuw moment", "Bezorgafspraak geannuleerd", o, "Hallo Tim,",
         ["De bezorgafspraak op donderdag 6 juni tussen 13:00 en 17:00 uur is door onze vervoerder geannuleerd.",
          "<b>Je bestelling blijft gewoon staan.</b> Kies in Mijn bestellingen een nieuw bezorgmoment dat jou uitkomt.",
          "Heb je vragen over de levering? Neem dan contact op met de vervoerder via de track-en-trace-pagina."],
         [("Samsung QE55Q80C 55\" QLED 4K Smart TV", 1, "€ 899,00")], None,
         ["Bedankt voor je begrip."], legal_nl(), "alt", "qp", True, "fm", items_heading="Betreffende zending"),
  "non_notice", "nl", None, False, None, "delivery appointment cancelled, order stays")

E(notice("nl", "amazon.nl", "Amazon.nl", "digital-no-reply", "Noor Jansen <noor.jansen@outlook.com>",
         "Je Amazon Prime-lidmaatschap is opgezegd", "Prime-lidmaatschap opgezegd", None, "Hallo Noor,",
         ["Zoals gevraagd hebben we je Amazon Prime-lidmaatschap opgezegd.",
          "Je kunt je Prime-voordelen nog gebruiken tot het einde van je huidige betaalperiode op 28 september. "
          "Daarna wordt er niets meer afgeschreven. Bestellingen die je al hebt geplaatst, worden normaal geleverd.",
          'Van gedachten veranderd? Je kunt op elk moment opnieuw lid worden via <a href="https://www.amazon.nl/prime">Amazon Prime</a>.'],
         [], None, ["Het Amazon Prime-team"], legal_nl(), "html", "qp", False),
  "non_notice", "nl", None, False, None, "Prime membership cancelled by customer; HTML only")

o = onum("406")
E(notice("nl", "amazon.com.be", "Amazon.com.be", "payments-messages", "Koen Maes <koen.maes@proximus.be>",
         "Werk je betaalgegevens bij voor je Amazon.com.be-bestelling %s" % o, "Betaling herzien", o, "Hallo Koen,",
         ["We konden je Bancontact-/Maestro-kaart niet belasten voor de onderstaande bestelling.",
          "<b>Je bestelling is nog niet geannuleerd.</b> Om ze te behouden, werk je binnen 3 dagen je betaalgegevens bij "
          "via Mijn bestellingen > Betaling wijzigen.",
          "Als we vóór 9 november geen geldige betaalmethode ontvangen, wordt je bestelling geannuleerd."],
         [("Bosch Serie 6 vaatwasser SMS6ZCI08E, vrijstaand", 1, "€ 749,00")], "€ 749,00",
         ["We hopen je snel weer te zien."], legal_nl("amazon.com.be"), "alt", "b64", True, "ms"),
  "non_notice", "nl", None, False, None, "genuine payment revision reminder before cancellation")

# ---- lookalikes
o = onum("402")
t = """Geachte klant,

Uw bestelling %s (Apple MacBook Pro 14" M3, € 2.199,00) is geannuleerd wegens verdachte activiteit op uw account. De bestelling werd geplaatst vanaf een onbekend apparaat in Boekarest.

Heeft u deze bestelling niet zelf geplaatst? Bel dan DIRECT onze fraudeafdeling:

   085 208 4417 (gratis, 24/7 bereikbaar)

Houd uw dossiernummer NL-30518 bij de hand en log niet in tot u ons heeft gesproken.

Met vriendelijke groet,
Amazon Klantenservice – Afdeling Fraudepreventie
""" % o
E(P(("Amazon Klantenservice", "klantenservice@amazon-nl-support.com"), "Henk Mulder <henk.mulder@kpnplanet.nl>",
    "Bestelling %s geannuleerd – verdachte activiteit" % o, "alt", t, html_from_text(t), "qp", tz=1,
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=amazon-nl-support.com; dkim=pass header.d=amazon-nl-support.com; "
         "dmarc=pass header.from=amazon-nl-support.com"),
  "lookalike", "nl", "fraud_prevention", True, None, "callback phone number, look-alike domain")

o = onum("404")
base = "https://amzn-verificatie.nl/account"
paras = ["Je Amazon.nl-account is <b>opgeschort</b> en je laatste bestelling is geannuleerd, omdat we je identiteit "
         "niet konden bevestigen.",
         "Gebruik binnen 24 uur de onderstaande verificatiecode om je account te herstellen:",
         '<span style="font-size:22px;letter-spacing:4px"><b>391 648</b></span>',
         'Voer de code in op <a href="%s/herstel">Account herstellen</a>. Niet-geverifieerde accounts worden '
         'definitief gesloten.' % base]
items = [("Apple iPhone 15 128 GB, Zwart", 1, "€ 869,00")]
legal = ["Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.", "Amazon vraagt nooit om je wachtwoord."]
h = amz_html("nl", "Amazon.nl", "Account opgeschort", o, "Beste klant,", paras, items, "€ 869,00",
             ["Het Amazon-team voor accountbescherming"], legal, base, button=("Nu herstellen", base + "/herstel"),
             items_heading="Geannuleerde artikelen")
t = amz_text("nl", "Amazon.nl", "Account opgeschort", o, "Beste klant,", [strip_tags(p) for p in paras], items,
             "€ 869,00", ["Het Amazon-team voor accountbescherming"], [strip_tags(g) for g in legal], base + "/herstel")
E(P(("Amaz\u03bfn.nl", "beveiliging@amzn-verificatie.nl"), "Anouk Meijer <anouk.meijer@gmail.com>",
    "Je account is opgeschort – bestelling %s geannuleerd" % o, "alt", t, h, "qp", tz=1,
    host="vps-d41f2.vps.ovh.net", ip="51.38.112.9"),
  "lookalike", "nl", "fraud_prevention", True, None, "Greek omicron in display name, account suspended + code, polished template")

t = """Beste klant,

Uw betaling voor de laatste bestelling is mislukt en daarom is uw bestelling geannuleerd.

Om te voorkomen dat uw Amazon account wordt geblokkeerd, antwoord op deze email met de volgende gegevens:

- Volledige naam
- Kaartnummer
- Vervaldatum
- CVC code
- Geboortedatum

Na ontvangst van uw gegevens word de bestelling binnen 24 uur opnieuw verwerkt.

Met vriendelijke groeten
Amazon Betalingen
"""
E(P(("Amazon Betalingen", "amazon.betalingen.nl@hotmail.com"), "undisclosed-recipients:;",
    "BESTELLING GEANNULEERD - betaling mislukt", "text", t, cte="7bit", charset="us-ascii", tz=1,
    auth="mx.mailhost.example; spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com",
    host="AM7PR02CU001.outbound.protection.outlook.com", ip="52.101.83.44"),
  "lookalike", "nl", "payment_issue", True, None, "crude, hotmail sender, reply with card details, no order number")

o = onum("405")
base = "https://amazon.nl.bestelling-verify.top"
shown = "https://www.amazon.nl/gp/css/order-history"
paras = ["de betaling voor je bestelling <b>%s</b> kon niet worden geverifieerd." % o,
         "Je bestelling wordt <b>binnen 24 uur geannuleerd</b> als je je betaalgegevens niet bijwerkt.",
         'Betaalgegevens bijwerken: <a href="%s/signin?sid=%s">%s</a>' % (base, b64s(14), shown)]
items = [("Sony PlayStation 5 Pro 2 TB", 1, "€ 799,99")]
h = amz_html("nl", "Amazon.nl", "Betalingsprobleem", o, "Hallo,", paras, items, "€ 799,99",
             ["We hopen je snel weer te zien."], legal_nl()[:3], base)
t = amz_text("nl", "Amazon.nl", "Betalingsprobleem", o, "Hallo,", [strip_tags(p) for p in paras], items, "€ 799,99",
             ["We hopen je snel weer te zien."], [], shown)
E(P(("Amazon.nl", "order-update@amazon.nl.bestelling-verify.top"), "Ruben de Boer <ruben.deboer@ziggo.nl>",
    "Actie vereist: je bestelling %s wordt geannuleerd" % o, "alt", t, h, "qp", tz=1,
    host="mail.bestelling-verify.top"),
  "lookalike", "nl", "payment_issue", True, None, "link text shows amazon.nl, href to amazon.nl.bestelling-verify.top; 'wordt geannuleerd'")

t_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="max-width:580px;margin:auto">
<div style="background:#131921;padding:10px;color:#fff;font-size:22px"><b>amazon</b><span style="color:#febd69">.nl</span></div>
<p>Beste klant,</p>
<p>Het artikel in uw bestelling <b>#402-771-55290</b> is helaas <b>niet meer op voorraad</b>. De verkoper kon de
bestelling niet leveren en deze is geannuleerd.</p>
<p>Artikel: Dyson V12 Detect Slim Absolute &ndash; &euro; 649,00<br><b>Terug te betalen: &euro; 649,00</b></p>
<p>Om de terugbetaling te ontvangen moet u uw rekening verifi&euml;ren met een iDEAL-betaling van &euro; 0,01.</p>
<p><a href="https://amazon-bestellingen.help/terugbetaling?ref=771" style="background:#ffd814;padding:8px 20px;
color:#000;text-decoration:none;border-radius:8px">Terugbetaling aanvragen</a></p>
<p>Zonder verificatie binnen 48 uur vervalt uw terugbetaling.</p>
<p>Met vriendelijke groet,<br>Amazon.nl Klantenservice</p></div></body></html>"""
E(P(("Amazon.nl", "terugbetaling@amazon-bestellingen.help"), "Ingrid Kok <ingrid.kok@hetnet.nl>",
    "Uw bestelling is geannuleerd – terugbetaling aanvragen", "html", html=t_html, cte="b64", tz=1,
    host="srv1.amazon-bestellingen.help"),
  "lookalike", "nl", "inventory_shortage", True, None, "look-alike .help domain, malformed order number, iDEAL 0.01 verification")

t = """Hallo,

Uw bestelling is geannuleerd.

Bekijk de details van de annulering en uw terugbetaling via onderstaande link:
https://cutt.ly/amzn-be-annulering

Met vriendelijke groet,
Amazon.com.be
"""
E(P(("Amazon.com.b\u0435", "amazon.com.be.info@gmail.com"), "Sofie Claes <sofie.claes@telenet.be>",
    "Uw bestelling is geannuleerd", "text", t, cte="qp", tz=1,
    auth="mx.mailhost.example; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
    host="mail-sor-f69.google.com", ip="209.85.220.69"),
  "lookalike", "nl", "unknown", False, None, "Cyrillic e in display name, gmail sender, no order number, no reason")

o = onum("402")
t = """Hallo,

Door een prijsfout in ons systeem is je bestelling %s met een verkeerde prijs verwerkt.

Je bestelling wordt geannuleerd als je niet binnen 12 uur je gegevens bevestigt. Na bevestiging wordt je bestelling alsnog tegen de getoonde prijs geleverd.

Bevestig je bestelling: https://amaz0n.nl/bevestigen?o=%s

Artikel: Garmin Fenix 7X Pro Solar – € 89,00 (normaal € 899,00)

Onze excuses voor het ongemak.
Amazon.nl Klantenservice
""" % (o, o.replace("-", ""))
E(P(("Amazon.nl", "service@amaz0n.nl"), "Lars Bos <lars.bos@gmail.com>",
    "Prijsfout: bevestig je bestelling %s binnen 12 uur" % o, "alt", t,
    html_from_text(t).replace("https://amaz0n.nl/bevestigen?o=%s" % o.replace("-", ""),
                              '<a href="https://amaz0n.nl/bevestigen?o=%s">Bevestig je bestelling</a>' % o.replace("-", "")),
    "qp", tz=2, host="mail.amaz0n.nl"),
  "lookalike", "nl", "technical_issue", True, None, "amaz0n.nl sender, pricing error, 'wordt geannuleerd' unless confirmed")

o = onum("403")
base = "https://amzn-annulering-be.com"
paras = ["Zoals je hebt gevraagd, hebben we je bestelling geannuleerd.",
         "<b>Reden van annulering:</b> Geannuleerd door klant",
         "Heb je deze annulering <b>niet</b> zelf aangevraagd? Bel dan direct onze klantenservice op "
         "<b>+32 2 808 41 77</b> of klik <a href=\"%s/herroepen?o=%s\">hier</a> om de annulering te herroepen." % (base, o)]
items = [("Apple Watch Series 9 GPS 45 mm, Middernacht", 1, "€ 479,00")]
h = amz_html("nl", "Amazon.com.be", "Bevestiging van annulering", o, "Hallo,", paras, items, "€ 479,00",
             ["We hopen je snel weer te zien."], legal_nl("amazon.com.be")[3:], base,
             items_heading="Geannuleerde artikelen")
t = amz_text("nl", "Amazon.com.be", "Bevestiging van annulering", o, "Hallo,", [strip_tags(p) for p in paras], items,
             "€ 479,00", ["We hopen je snel weer te zien."], [strip_tags(g) for g in legal_nl("amazon.com.be")[3:]], base)
E(P(("Amazon.com.be", "auto-confirm@amazon.com.be"), "Elke Wouters <elke.wouters@telenet.be>",
    'Annulering gelukt: "Apple Watch Series 9..." uit je Amazon.com.be-bestelling %s' % o, "alt", t, h, "b64", tz=1,
    headers=[("Reply-To", "amazon.be.annulering@outlook.com")],
    auth="mx.mailhost.example; spf=fail (domain of amazon.com.be does not designate 194.26.29.113 as permitted sender) "
         "smtp.mailfrom=amazon.com.be; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.com.be",
    host="194-26-29-113.hosted.example-vps.net", ip="194.26.29.113"),
  "lookalike", "nl", "customer_request", True, None, "spoofed auto-confirm@amazon.com.be, SPF/DMARC fail, callback number + revoke link")

# ======================================================================= write
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ENTRIES)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        spec, lab = ENTRIES[idx]
        name = "k1%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(spec))
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))

if __name__ == "__main__":
    main()
