#!/usr/bin/env python3
"""Regenerate blind batch z1: Amazon order-cancellation notices, near-misses and
look-alike phishing mails in English, German and Dutch.

Run:  python3 make.py   -> writes mail/z1NNN.eml and labels.json next to this file.
Only the standard library is used; all randomness comes from a fixed seed.
"""
import io
import json
import os
import random
import html as _html
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 20250117
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "z1"

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def esc(s):
    return _html.escape(s, quote=True)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def ses_msgid(region="us-east-1"):
    return "<%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "0100" + hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def plain_msgid(domain):
    return "<%s.%s@%s>" % (hexs(16), alnum(8).lower(), domain)


def when(y, mo, d, h, mi, tzh=0):
    tz = timezone(timedelta(hours=tzh))
    return format_datetime(datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=tz))


def auth_pass(domain, bounce, mx="mx.google.com", sel=None):
    """Authentication-Results for a genuinely signed Amazon mail."""
    sel = sel or alnum(32, "abcdefghijklmnopqrstuvwxyz0123456789")
    return ("%s;\n       dkim=pass header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
            "       spf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender)"
            " smtp.mailfrom=%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, domain, domain, sel, alnum(8), mx, bounce,
               rng.randint(1, 60), rng.randint(1, 250), bounce, domain))


def ses_received(region, to_mx="mx.google.com", date=""):
    ip = "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(8, 48), rng.randint(1, 250), region)
    return ("from %s (%s. [%s])\n        by %s with ESMTPS id %s\n"
            "        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n        %s"
            % (host, host, ip, to_mx, alnum(18).lower(), date))


def amz_headers(domain, region, date, auth):
    """Typical extra headers of a real Amazon notification: (pre, post) lists."""
    bounce = "2024%s@bounces.%s" % (hexs(14), domain)
    pre = [("Return-Path", "<%s>" % bounce)]
    if auth:
        pre.append(("Authentication-Results", auth_pass(domain, bounce)))
    pre.append(("Received", ses_received(region, date=date)))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", bounce),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.%s.%s:AmazonSES" % (region, alnum(40)))]
    return pre, post


def generic_headers(mailfrom, date, relay="mail.example.net", ip=None, auth=None):
    ip = ip or "%d.%d.%d.%d" % (rng.randint(20, 220), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    pre = [("Return-Path", "<%s>" % mailfrom)]
    if auth:
        pre.append(("Authentication-Results", auth))
    mx = auth.split(";")[0].strip() if auth else "mx.google.com"
    pre.append(("Received", "from %s (%s [%s])\n        by %s with ESMTPS id %s;\n        %s"
                % (relay, relay, ip, mx, alnum(18).lower(), date)))
    return pre, []


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------

CTE = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}


def text_part(body, subtype, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = CTE[cte]
    if cte == "7bit":
        body.encode("ascii")  # must be pure ASCII
    return MIMEText(body, subtype, cs)


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def build(spec):
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    text, htm = spec.get("text"), spec.get("html")
    if htm is not None and cs.lower() != "utf-8":
        htm = htm.replace("charset=UTF-8", "charset=" + cs).replace("charset=utf-8", "charset=" + cs)
    if text is not None and htm is not None:
        msg = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(10 ** 12, 2 * 10 ** 12)))
        for sub in (text_part(text, "plain", cs, spec.get("text_cte", cte)), text_part(htm, "html", cs, cte)):
            del sub["MIME-Version"]
            msg.attach(sub)
    elif htm is not None:
        msg = text_part(htm, "html", cs, cte)
    else:
        msg = text_part(text, "plain", cs, cte)
    # headers, top-down in a realistic order
    heads = []
    for k, v in spec.get("pre_headers", []):
        heads.append((k, v))
    name_cs = spec.get("name_charset", "utf-8")
    heads.append(("From", formataddr((spec["from_name"], spec["from_addr"]), charset=name_cs)
                  if spec.get("from_name") else spec["from_addr"]))
    if spec.get("reply_to"):
        heads.append(("Reply-To", spec["reply_to"]))
    heads.append(("To", spec.get("to", "kunde@example.net")))
    heads.append(("Subject", hdr(spec["subject"], spec.get("subject_charset", cs if cs != "us-ascii" else "utf-8"))))
    heads.append(("Date", spec["date"]))
    heads.append(("Message-ID", spec["msgid"]))
    for k, v in spec.get("post_headers", []):
        heads.append((k, v))
    # move the MIME headers of the body to the end
    mime_heads = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads:
        msg[k] = v
    if "MIME-Version" not in [k for k, _ in mime_heads]:
        msg["MIME-Version"] = "1.0"
    for k, v in mime_heads:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------
# localised template strings
# --------------------------------------------------------------------------

L = {
    "en": dict(your_orders="Your Orders", your_account="Your Account", order="Order #",
               cancelled="Canceled Items", qty="Quantity", sold_by="Sold by", hello="Hello",
               closing="We hope to see you again soon.", cs="Customer Service",
               need_help="If you need further assistance with your order, please visit",
               price="Price"),
    "en-gb": dict(your_orders="Your Orders", your_account="Your Account", order="Order #",
                  cancelled="Cancelled Items", qty="Quantity", sold_by="Sold by", hello="Hello",
                  closing="We hope to see you again soon.", cs="Customer Service",
                  need_help="If you need further assistance with your order, please visit",
                  price="Price"),
    "de": dict(your_orders="Meine Bestellungen", your_account="Mein Konto", order="Bestellung #",
               cancelled="Stornierte Artikel", qty="Menge", sold_by="Verkauf durch", hello="Guten Tag",
               closing="Wir hoffen, Sie bald wieder begrüßen zu dürfen.", cs="Kundenservice",
               need_help="Wenn Sie weitere Hilfe zu Ihrer Bestellung benötigen, besuchen Sie bitte unseren",
               price="Preis"),
    "nl": dict(your_orders="Mijn bestellingen", your_account="Mijn account", order="Bestelling #",
               cancelled="Geannuleerde artikelen", qty="Aantal", sold_by="Verkocht door", hello="Hallo",
               closing="We hopen je snel weer te zien.", cs="Klantenservice",
               need_help="Heb je meer hulp nodig bij je bestelling? Ga dan naar",
               price="Prijs"),
}

ENTITY = {
    "amazon.com": "Amazon.com Services LLC, 410 Terry Ave. N., Seattle, WA 98109-5210, USA",
    "amazon.co.uk": "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, ON M5H 3Y2",
    "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000",
    "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th floor, 26/1 Dr. Rajkumar Road, Bengaluru 560055",
    "amazon.co.za": "Amazon Web Services South Africa (Pty) Ltd trading as Amazon.co.za, Cape Town",
    "amazon.sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481",
    "amazon.ie": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg",
    "amazon.de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg; Amazon EU S.à r.l., Niederlassung Deutschland, Marcel-Breuer-Str. 12, 80807 München",
    "amazon.nl": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
    "amazon.com.be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg",
}


def security_text(lang, mkt):
    """Plain-text security footer as real Amazon transactional mails carry it."""
    www = "https://www." + mkt
    if lang.startswith("en"):
        return (
            "Security reminder: Amazon will never ask you to provide your password, your full card number "
            "or a one-time passcode by email, text message or phone call, and we will never ask you to "
            "make a payment outside of our website.\n"
            "If your card number has changed or your card has expired, you can update it in Your Account:\n"
            "%s/cpe/yourpayments/wallet\n"
            "If you receive an email that looks suspicious, do not click any links or open attachments. "
            "Report it to us: %s/gp/help/customer/display.html?nodeId=GBPLYQF6X4ZKZ7DX\n"
            "Learn how to identify phishing: %s/gp/help/customer/display.html?nodeId=201909120\n\n"
            "This email was sent from a notification-only address that cannot accept incoming email. "
            "Please do not reply to this message.\n\n%s"
            % (www, www, www, ENTITY[mkt]))
    if lang == "de":
        return (
            "Sicherheitshinweis: Amazon wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, "
            "Ihrer vollständigen Kartennummer oder einem Einmalpasswort fragen und Sie niemals auffordern, "
            "eine Zahlung außerhalb unserer Website vorzunehmen.\n"
            "Falls sich Ihre Kartennummer geändert hat oder Ihre Karte abgelaufen ist, können Sie Ihre "
            "Zahlungsinformationen unter Mein Konto aktualisieren:\n%s/cpe/yourpayments/wallet\n"
            "Wenn Sie eine verdächtige E-Mail erhalten, klicken Sie auf keine Links und öffnen Sie keine "
            "Anhänge. Melden Sie verdächtige Nachrichten hier: %s/gp/help/customer/display.html?nodeId=GBPLYQF6X4ZKZ7DX\n"
            "So erkennen Sie Phishing: %s/gp/help/customer/display.html?nodeId=201909120\n\n"
            "Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann. "
            "Bitte antworten Sie nicht auf diese Nachricht.\n\n%s"
            % (www, www, www, ENTITY[mkt]))
    return (
        "Veiligheidstip: Amazon vraagt je nooit via e-mail, sms of telefoon om je wachtwoord, je volledige "
        "kaartnummer of een eenmalige code, en vraagt je nooit om buiten onze website te betalen.\n"
        "Is je kaartnummer gewijzigd of is je kaart verlopen? Werk je betaalgegevens bij in Mijn account:\n"
        "%s/cpe/yourpayments/wallet\n"
        "Heb je een verdachte e-mail ontvangen? Klik niet op links en open geen bijlagen. "
        "Meld het bericht hier: %s/gp/help/customer/display.html?nodeId=GBPLYQF6X4ZKZ7DX\n"
        "Zo herken je phishing: %s/gp/help/customer/display.html?nodeId=201909120\n\n"
        "Deze e-mail is verzonden vanaf een adres dat geen inkomende berichten kan ontvangen. "
        "Beantwoord dit bericht niet.\n\n%s"
        % (www, www, www, ENTITY[mkt]))


def text_to_html_paras(t):
    """Turn a plain footer into <p> blocks with clickable links."""
    out = []
    for para in t.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            words = []
            for w in line.split(" "):
                if w.startswith("http"):
                    words.append('<a href="%s">%s</a>' % (esc(w), esc(w.split("?")[0].replace("https://", ""))))
                else:
                    words.append(esc(w))
            lines.append(" ".join(words))
        out.append("<p>%s</p>" % "<br />\n".join(lines))
    return "\n".join(out)


CLASSIC_CSS = """body { margin:0; padding:0; }
#container { width:100%%; }
#main { width:640px; font:12px/16px Arial, sans-serif; color:#333; }
#header .logo img { padding:10px 0 0 0; }
#header .navigation td { padding:0px; vertical-align:bottom; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#header .title h2 { font:18px Arial, sans-serif; color:#cc6600; margin:0; }
#summary td { padding:0 0 8px 0; }
#summary a { text-decoration:none; color:#006699; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 30px 0; }
#closing a { text-decoration:none; color:#006699; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
#legalCopy a { text-decoration:none; color:#006699; }
"""


def html_classic(lang, mkt, title, order, greeting, paras, items, footer_text,
                 base=None, label_items=None, tracker=True):
    """Older Amazon order template: header nav, critical info, item table, legal copy.
    base: URL prefix used for hrefs (a phishing mail passes its own host)."""
    s = L[lang]
    base = base or ("https://www." + mkt)
    brand = mkt[0].upper() + mkt[1:]
    rows = []
    for it in items:
        name, qty, price, seller = it
        rows.append(
            '<tr>\n <td class="name"><ul><li><a href="%s/gp/r.html?C=%s&amp;R=%s&amp;T=C">%s</a></li>\n'
            '  <li><span>%s: %s</span></li><li><span>%s: %s</span></li></ul></td>\n'
            ' <td class="price"><strong>%s</strong></td>\n</tr>'
            % (base, alnum(13), alnum(13), esc(name), s["qty"], qty, s["sold_by"], esc(seller), esc(price)))
    body_paras = "\n".join("<p>%s</p>" % p for p in paras)
    pix = ('<img width="1" height="1" src="%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;T=O&amp;ref_=pe_%d_%d_opens" />'
           % (base, alnum(13), hexs(40), rng.randint(10 ** 5, 10 ** 6), rng.randint(10 ** 8, 10 ** 9))) if tracker else ""
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <style type="text/css">
%s  </style>
  <title>%s</title>
 </head>
 <body>%s
  <table id="container" cellpadding="0"><tbody><tr><td class="frame">
   <table id="main" cellpadding="0"><tbody>
    <tr><td>
     <table id="header" cellpadding="0"><tbody>
      <tr>
       <td rowspan="2" class="logo"><a href="%s/ref=TE_tex_h"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" alt="%s" border="0" width="100" height="30" /></a></td>
       <td class="navigation"><table align="right"><tbody><tr>
        <td><a href="%s/gp/css/order-history?ref_=TE_tex_oh">%s</a></td>
        <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
        <td><a href="%s/gp/css/homepage.html?ref_=TE_tex_ya">%s</a></td>
        <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
        <td><a class="last" href="%s/ref=TE_tex_g">%s</a></td>
       </tr></tbody></table></td>
      </tr>
      <tr><td class="title"><h2>%s</h2> %s<a href="%s/gp/css/summary/edit.html?orderID=%s">%s</a></td></tr>
     </tbody></table>
    </td></tr>
    <tr><td>
     <table id="summary" cellpadding="0"><tbody><tr><td>
      <span class="heading">%s</span>
      %s
     </td></tr></tbody></table>
    </td></tr>
    <tr><td>
     <table id="criticalInfo" cellpadding="0"><tbody>
      <tr><td colspan="2"><strong>%s</strong></td></tr>
     </tbody></table>
     <table id="itemDetails" cellpadding="0" width="640"><tbody>
%s
     </tbody></table>
    </td></tr>
    <tr><td>
     <table id="closing" cellpadding="0"><tbody><tr><td>
      %s <a href="%s/gp/help/customer/display.html?ref_=TE_tex_cs">%s</a>.
      <p><br />%s<br /><span class="signature"><strong>%s</strong></span></p>
     </td></tr></tbody></table>
    </td></tr>
    <tr><td>
     <table id="legalCopy" cellpadding="0"><tbody><tr><td>
%s
     </td></tr></tbody></table>
    </td></tr>
   </tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % (CLASSIC_CSS, esc(title), pix, base, brand, base, s["your_orders"], base, s["your_account"], base, brand,
       esc(title), s["order"], base, order or "", order or "", esc(greeting), body_paras,
       esc(label_items or s["cancelled"]), "\n".join(rows),
       s["need_help"], base, s["cs"], s["closing"], brand, text_to_html_paras(footer_text))


TD = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"


def html_hedwig(lang, mkt, greeting, paras, order, items, footer_text, button=None, base=None):
    """Newer narrow 'hedwig' notification template (emailBody / emailContainer)."""
    s = L[lang]
    base = base or ("https://www." + mkt)
    brand = mkt[0].upper() + mkt[1:]
    info = "\n".join(
        '<tr><td style="padding-bottom: 18px; %s"><span>%s</span></td></tr>' % (TD, p) for p in paras)
    btn = ""
    if button:
        btn = ('<table class="buttonContainer"><tbody><tr><td align="center" valign="middle" bgcolor="#ffa723" '
               'style="%s; padding: 12px 0; border-radius: 3px"><a href="%s" style="color: #0f1111; '
               'text-decoration: none; font-size: 16px">%s</a></td></tr></tbody></table>' % (TD, esc(button[1]), esc(button[0])))
    its = "\n".join(
        '<tr><td class="itemTitle" style="padding-left: 26px; padding-right: 22px; %s">'
        '<a class="orderDetailsTableLink" href="%s/dp/%s?ref_=pe_%d" style="text-decoration: none; color: #008296">%s</a>'
        '<br /><span style="color:#565959">%s: %s &middot; %s</span></td></tr>'
        % (TD, base, alnum(10), rng.randint(10 ** 5, 10 ** 6), esc(n), s["qty"], q, esc(p)) for n, q, p, _ in items)
    order_row = ('<table class="orderIdTable" style="font-size: 15px; line-height: 18px; color: #879596; '
                 'margin-bottom: 18px"><tbody><tr><td style="%s">%s<a href="%s/gp/your-account/order-details?orderID=%s" '
                 'style="text-decoration: none; color: #879596">%s</a></td></tr></tbody></table>'
                 % (TD, s["order"], base, order, order)) if order else ""
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color: #ffffff; border-top: 2px solid #CECECE; }
.footerText { font-size: 12px; line-height: 16px; color: #879596; }
  </style>
 </head>
 <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0"><img width="1" height="1" src="%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;T=O" />
  <table id="OutlookWrapper" style="width: 100%%; text-align: left"><tbody><tr><td align="center" style="%s">
   <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); text-align: left"><tbody><tr>
    <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %s">
     <a href="%s/ref=pe_brand"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px"><tbody><tr><td align="center" style="%s">
      <img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" />
     </td></tr></tbody></table></a>
     <table class="emailContainer" style="background-color: rgb(255, 255, 255); border: 1px solid rgb(214, 214, 214); border-top: 2px solid rgb(206, 206, 206); text-align: left"><tbody><tr>
      <td class="emailContainerTD" style="padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; %s">
       <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 18px"><tbody><tr><td style="%s"><span>%s</span></td></tr></tbody></table>
       <table class="informationTable" style="font-size: 18px; line-height: 24px; color: rgb(0, 46, 54); text-align: left"><tbody>
%s
       </tbody></table>
       %s
       %s
       <table class="orderDetailsTable" style="font-size: 15px; line-height: 20px"><tbody>
%s
       </tbody></table>
      </td></tr></tbody></table>
     <table class="footerTable" style="margin-top: 18px"><tbody><tr><td class="footerText" style="font-size: 12px; line-height: 16px; color: #879596; %s">
%s
     </td></tr></tbody></table>
    </td></tr></tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % (base, alnum(13), hexs(40), TD, TD, base, TD, brand, brand, TD, TD, esc(greeting), info, btn, order_row,
       its, TD, text_to_html_paras(footer_text))


def simple_html(body_html, title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"%s\">\n%s\n</body>\n</html>\n" % (esc(title), style, body_html))


MAILS = []


def add(**kw):
    MAILS.append(kw)


def amz(mkt, region, auth, date, **kw):
    """Common fields of a mail really sent by Amazon from its own domain."""
    pre, post = amz_headers(mkt, region, date, auth)
    d = dict(date=date, msgid=ses_msgid(region), pre_headers=pre, post_headers=post)
    d.update(kw)
    return d


def item_lines(lang, items):
    s = L[lang]
    out = []
    for name, qty, price, seller in items:
        out.append("  %s\n  %s: %s\n  %s: %s\n  %s: %s" % (name, s["qty"], qty, s["sold_by"], seller, s["price"], price))
    return "\n\n".join(out)


RULE = "_" * 75

# ==========================================================================
# ENGLISH
# ==========================================================================

# ---- notices -------------------------------------------------------------
_o = "112-4830571-6239442"
_it = [("Ninja CREAMi Deluxe 11-in-1 Ice Cream & Frozen Treat Maker, NC501", 1, "$229.99", "KitchenPlus Direct")]
_p = ["We're sorry, but we had to cancel the item below from your order. The seller was unable to fulfill it "
      "because the item is no longer in stock, and we couldn't find another seller offering it at the same price.",
      "You have not been charged for this item. If a temporary authorization appears on your statement, it will "
      "be released by your bank within 3-5 business days.",
      "Any other items in your order are not affected and will ship as scheduled. You can check the status of "
      "your order at any time in <a href=\"https://www.amazon.com/gp/css/order-history?ref_=TE_tex_oh\">Your Orders</a>."]
_d = when(2025, 2, 11, 16, 42)
add(file_meta=dict(kind="notice", language="en", cause="inventory_shortage", states_reason=True,
                   marketplace="amazon.com", note="seller out of stock, item cancelled; classic HTML; auth pass"),
    from_name="Amazon.com", from_addr="auto-confirm@amazon.com", reply_to="no-reply@amazon.com",
    to="jordan.reyes@example.com",
    subject="Your Amazon.com order #%s has been canceled" % _o,
    text="Amazon.com\nOrder #%s\n%s\n\nHello Jordan,\n\n%s\n\n%s\n\n%s\n\nCanceled Items\n\n%s\n\n%s\n\n"
         "We apologize for any inconvenience.\n\nAmazon.com\n%s\n\n%s\n"
         % (_o, RULE, _p[0], _p[1], "Any other items in your order are not affected and will ship as scheduled. "
            "You can check the status of your order in Your Orders: https://www.amazon.com/gp/css/order-history",
            item_lines("en", _it), "Need help? https://www.amazon.com/gp/help/customer/display.html", RULE,
            security_text("en", "amazon.com")),
    html=html_classic("en", "amazon.com", "Cancellation Notice", _o, "Hello Jordan,", _p, _it,
                      security_text("en", "amazon.com")),
    cte="qp", **amz("amazon.com", "us-east-1", True, _d))

_o = "204-7719034-5528316"
_d = when(2024, 11, 29, 9, 5)
add(file_meta=dict(kind="notice", language="en", cause="customer_request", states_reason=True,
                   marketplace="amazon.co.uk", note="UK 'Item cancelled successfully', Cancel reason: customer; text only 8bit; no auth"),
    from_name="Amazon.co.uk", from_addr="auto-confirm@amazon.co.uk", reply_to="no-reply@amazon.co.uk",
    to="priya.natarajan@example.co.uk",
    subject='Item cancelled successfully: "Anker PowerCore 10000 Portable Charger, 10000mAh Power Bank..."',
    text="""Amazon.co.uk
%s

Hello Priya,

As you requested, we've cancelled the following item from your order #%s.

  Anker PowerCore 10000 Portable Charger, 10000mAh Power Bank, Ultra-Compact, Black
  Quantity: 1
  Item price: £21.99
  Cancel reason: Customer cancelled

Because this item had not yet been dispatched, you will not be charged for it. If your Visa ending in 2290
has already been charged, a refund of £21.99 will be issued within 2-3 working days.

The remaining items in your order are not affected. You can review your order at any time in Your Orders:
https://www.amazon.co.uk/gp/css/order-history?ref_=TE_tex_oh

We hope to see you again soon.
Amazon.co.uk
%s

%s
""" % (RULE, _o, RULE, security_text("en", "amazon.co.uk")),
    cte="8bit", **amz("amazon.co.uk", "eu-west-1", False, _d))

_o = "702-3318420-9174611"
_it = [("Keurig K-Mini Single Serve Coffee Maker, Black", 1, "CDN$ 89.99", "Amazon.ca"),
       ("Keurig Green Mountain Breakfast Blend K-Cup Pods, 72 Count", 1, "CDN$ 54.97", "Amazon.ca")]
_d = when(2025, 1, 20, 13, 17)
add(file_meta=dict(kind="notice", language="en", cause="payment_issue", states_reason=True,
                   marketplace="amazon.ca", note="card declined, payment revision period expired; HTML only base64; auth pass"),
    from_name="Amazon.ca", from_addr="payments-messages@amazon.ca", reply_to="no-reply@amazon.ca",
    to="m.tremblay@example.ca",
    subject="Your Amazon.ca order #%s has been canceled" % _o,
    html=html_hedwig("en", "amazon.ca", "Hello Martin,",
                     ["We've canceled your order because we were unable to collect payment.",
                      "Your Mastercard ending in 8831 was declined when we attempted to charge it, and we didn't "
                      "receive updated payment information within the 7-day payment revision period.",
                      "If you still want these items, please place a new order and make sure the payment "
                      "information in Your Account is current. You have not been charged."],
                     _o, _it, security_text("en", "amazon.ca"),
                     button=("View order details", "https://www.amazon.ca/gp/your-account/order-details?orderID=" + _o)),
    cte="b64", **amz("amazon.ca", "us-east-1", True, _d))

_o = "250-6619027-4483016"
_d = when(2024, 10, 3, 2, 51)
add(file_meta=dict(kind="notice", language="en", cause="technical_issue", states_reason=True,
                   marketplace="amazon.com.au", note="pricing error due to technical error; text only QP; no auth"),
    from_name="Amazon.com.au", from_addr="order-update@amazon.com.au", reply_to="no-reply@amazon.com.au",
    to="liam.oconnor@example.com.au",
    subject="An item has been cancelled from your Amazon.com.au order %s" % _o,
    text="""Amazon.com.au
Order #%s
%s

Hello Liam,

We're writing to let you know that we've cancelled the following item from your order:

  Dyson V15 Detect Absolute Cordless Stick Vacuum, Yellow/Nickel
  Quantity: 1
  Sold by: Amazon AU
  Price shown at checkout: A$19.00

Due to a technical error, this item was displayed on Amazon.com.au with an incorrect price (A$19.00 instead
of A$1,199.00). Because of this pricing error, we've cancelled the item in accordance with our Conditions of
Use and Sale. You have not been charged, and any pending authorisation will be released by your bank.

We're sorry for the inconvenience. The item is available again at its correct price:
https://www.amazon.com.au/dp/B0B4SPSPZR

You can view your orders here: https://www.amazon.com.au/gp/css/order-history

Thank you for shopping with us.
Amazon.com.au
%s

%s
""" % (_o, RULE, RULE, security_text("en", "amazon.com.au")),
    cte="qp", **amz("amazon.com.au", "ap-southeast-2", False, _d))

_o = "171-0093725-6648324"
_it = [("OnePlus Nord CE4 5G (Celadon Marble, 8GB RAM, 256GB Storage)", 1, "₹24,999.00", "Clicktech Retail Private Ltd")]
_p = ["As part of our routine security checks, we noticed unusual activity on your Amazon.in account and have "
      "placed a temporary hold on it. To protect you, we have cancelled the order below.",
      "No amount has been charged for this order. If any amount was debited, it will be refunded to the original "
      "payment method within 5-7 business days.",
      "To remove the hold, sign in to your account on the Amazon.in website or app and follow the on-screen "
      "instructions to verify your identity. For your security, we cannot remove the hold by email or phone."]
_d = when(2025, 3, 7, 18, 30, 0)
add(file_meta=dict(kind="notice", language="en", cause="fraud_prevention", states_reason=True,
                   marketplace="amazon.in", note="account on hold after unusual activity; multipart base64; auth pass"),
    from_name="Amazon.in", from_addr="cs-reply@amazon.in", reply_to="no-reply@amazon.in",
    to="ananya.k@example.in",
    subject="Your Amazon.in order %s has been cancelled" % _o,
    text="Amazon.in\n\nHello Ananya,\n\n%s\n\nOrder #%s\n\nCancelled items\n\n%s\n\n%s\n\n%s\n\n"
         "Sign in: https://www.amazon.in/your-account\n\nRegards,\nAmazon.in Account Specialist Team\n%s\n\n%s\n"
         % (_p[0], _o, item_lines("en", _it), _p[1], _p[2], RULE, security_text("en", "amazon.in")),
    html=html_hedwig("en", "amazon.in", "Hello Ananya,", _p, _o, _it, security_text("en", "amazon.in"),
                     button=("Go to Your Account", "https://www.amazon.in/your-account")),
    cte="b64", **amz("amazon.in", "eu-west-1", True, _d))

_o = "081-5520394-7716205"
_it = [("JBL Flip 6 Portable Bluetooth Speaker, Waterproof, Blue", 1, "R 1,349.00", "Amazon.co.za")]
_p = ["We're writing to let you know that your order below has been cancelled.",
      "If you were charged for this order, a refund of R 1,349.00 will be issued to your original payment method. "
      "You don't need to do anything else.",
      "You can see the details in <a href=\"https://www.amazon.co.za/gp/css/order-history\">Your Orders</a>."]
_d = when(2025, 4, 14, 7, 12, 2)
add(file_meta=dict(kind="notice", language="en", cause="unknown", states_reason=False,
                   marketplace="amazon.co.za", note="cancellation without any reason; classic HTML alt QP; no auth"),
    from_name="Amazon.co.za", from_addr="order-update@amazon.co.za", reply_to="no-reply@amazon.co.za",
    to="thandi.mokoena@example.co.za",
    subject="Your Amazon.co.za order #%s has been cancelled" % _o,
    text="Amazon.co.za\nOrder #%s\n%s\n\nHello Thandi,\n\n%s\n\nCancelled Items\n\n%s\n\n%s\n\n"
         "Your Orders: https://www.amazon.co.za/gp/css/order-history\n\nAmazon.co.za\n%s\n\n%s\n"
         % (_o, RULE, _p[0], item_lines("en-gb", _it), _p[1], RULE, security_text("en", "amazon.co.za")),
    html=html_classic("en-gb", "amazon.co.za", "Cancellation Notice", _o, "Hello Thandi,", _p, _it,
                      security_text("en", "amazon.co.za")),
    cte="qp", **amz("amazon.co.za", "eu-west-1", False, _d))

# ---- lookalikes ----------------------------------------------------------
_d = when(2025, 1, 8, 3, 14, -5)
add(file_meta=dict(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="crude gmail sender, callback phone number, malformed order number"),
    from_name="Amazon Support", from_addr="amazonsupport.desk247@gmail.com",
    to="undisclosed-recipients:;",
    subject="Order Cancellation Notice - #113-5528190-3341",
    text="""Amazon.com

Dear Customer,

Your recent order has been CANCELLED because our system detected suspicious activity on your account.

Order Number : 113-5528190-3341
Item         : Apple iPhone 15 Pro Max 256GB - Natural Titanium
Amount       : $1,249.00
Payment      : Visa ending ****

If you did not place this order or want to reverse the cancellation, call our Cancellation Department
immediately at +1 (888) 615-4230 (Toll Free, 24/7).

If we don't hear from you within 24 hours, the amount will be charged to your account.

Thank you,
Amazon Customer Support Team
Amazon.com, Inc. | Seattle, WA
""", cte="7bit", date=_d, msgid="<CAF%s@mail.gmail.com>" % alnum(30),
    pre_headers=generic_headers("amazonsupport.desk247@gmail.com", _d, relay="mail-sor-f41.google.com",
                                auth="mx.example.net; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")[0])

_o = "114-2290317-8841205"
_u = "https://amazon-account-services.com/reactivate?id=%s" % alnum(24)
_d = when(2024, 12, 2, 22, 48)
add(file_meta=dict(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="Cyrillic a in display name, 'account suspended, order canceled, use this code', look-alike domain"),
    from_name="Am\u0430zon.com", from_addr="no-reply@amazon-account-services.com",
    to="k.jameson@example.com",
    subject="Account suspended: your order #%s has been canceled" % _o,
    text="""Hello,

We have temporarily suspended your Amazon account and canceled your pending order #%s because we were
unable to verify the information associated with your account.

To restore your account and reinstate your order, use the verification code below within 24 hours:

    Your code: 583201

Enter the code here: %s

If you do not complete verification, your account will be permanently closed and your order will not be
reinstated.

Sincerely,
Amazon Account Services
""" % (_o, _u),
    html=simple_html("""<div style="max-width:600px;margin:0 auto;border:1px solid #ddd;padding:24px">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" alt="amazon" width="110"><hr>
<p>Hello,</p>
<p>We have temporarily <b>suspended your Amazon account</b> and canceled your pending order
<b>#%s</b> because we were unable to verify the information associated with your account.</p>
<p>To restore your account and reinstate your order, use the verification code below within 24 hours:</p>
<p style="font-size:28px;letter-spacing:6px;text-align:center;background:#f3f3f3;padding:12px"><b>583201</b></p>
<p style="text-align:center"><a href="%s" style="background:#ff9900;color:#111;padding:10px 24px;text-decoration:none;border-radius:3px">Reactivate my account</a></p>
<p>If you do not complete verification, your account will be permanently closed and your order will not be reinstated.</p>
<p>Sincerely,<br>Amazon Account Services</p>
<p style="font-size:11px;color:#888">&copy; 1996-2024, Amazon.com, Inc. or its affiliates</p></div>""" % (_o, esc(_u))),
    cte="qp", date=_d, msgid=plain_msgid("amazon-account-services.com"),
    pre_headers=generic_headers("bounce@amazon-account-services.com", _d, relay="vps-41102.hostpoint-srv.net")[0])

_d = when(2025, 2, 19, 11, 3, 1)
add(file_meta=dict(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
                   note="crude outlook.com sender, asks to reply with card details, no order number"),
    from_name="Amazon Billing Team", from_addr="billing.amazon.uk@outlook.com",
    to="customer@example.co.uk",
    subject="RE: Your amazon order has been cancel !!",
    text="""Dear Valued Costumer,

We regret to inform you that your Amazon.co.uk order has been cancel because your payment card was
expired/declined.

To re-process your order please kindly REPLY to this email with the following details:

Full Name:
Card Number:
Expiry Date:
CVV (3 digits on back):
Date of Birth:
Billing Address:

Failure to reply in 48 hours will result your account to be closed permanently.

Regards,
Amazon Billing Departement
Amazon UK Ltd © 2025
""", cte="8bit", date=_d, msgid="<AM9P%s@AM9PR02MB%d.eurprd02.prod.outlook.com>" % (alnum(20), rng.randint(1000, 9999)),
    pre_headers=generic_headers("billing.amazon.uk@outlook.com", _d, relay="EUR05-AM6-obe.outbound.protection.outlook.com")[0])

_o = "112-4457812-9930216"
_ph = "https://amazon-orders.help/session/%s" % alnum(20).lower()
_it = [("Apple AirPods Pro (2nd Generation) Wireless Ear Buds with USB-C Charging", 1, "$249.00", "Amazon.com")]
_p = ["We were unable to authorize payment for your recent order. As a result, your order has been canceled.",
      "To reinstate your order, please confirm your billing information within 48 hours at "
      "<a href=\"%s/ap/signin?openid.return_to=payment\">https://www.amazon.com/gp/css/account/payment</a>." % _ph,
      "If your information is not confirmed, your account may be restricted."]
_d = when(2025, 3, 3, 15, 26)
add(file_meta=dict(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
                   note="polished copy of real template; link text shows amazon.com, href to amazon-orders.help; copies security footer"),
    from_name="Amazon.com", from_addr="auto-confirm@amazon-orders.help", reply_to="no-reply@amazon-orders.help",
    to="e.whitaker@example.com",
    subject="Your Amazon.com order #%s has been canceled" % _o,
    text="Amazon.com\nOrder #%s\n%s\n\nHello,\n\nWe were unable to authorize payment for your recent order. As a result, "
         "your order has been canceled.\n\nTo reinstate your order, please confirm your billing information within 48 hours at "
         "https://www.amazon.com/gp/css/account/payment\n\nIf your information is not confirmed, your account may be restricted.\n\n"
         "Canceled Items\n\n%s\n\n%s\n\n%s\n" % (_o, RULE, item_lines("en", _it), RULE, security_text("en", "amazon.com")),
    html=html_classic("en", "amazon.com", "Cancellation Notice", _o, "Hello,", _p, _it,
                      security_text("en", "amazon.com"), base=_ph),
    cte="b64", date=_d, msgid="<%s@amazon-orders.help>" % hexs(24),
    pre_headers=generic_headers("mailer@mta7.amazon-orders.help", _d, relay="mta7.amazon-orders.help",
                                auth="mx.google.com; dkim=none; spf=neutral smtp.mailfrom=amazon-orders.help; dmarc=none header.from=amazon-orders.help")[0])

_d = when(2024, 9, 16, 6, 2, -4)
add(file_meta=dict(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
                   note="amaz0n look-alike domain, malformed order number, asks for banking details for refund; HTML only"),
    from_name="Amazon.ca", from_addr="order-update@amaz0n-ca.com",
    to="r.singh@example.ca",
    subject="Order #702-88731-559 Canceled - Refund Pending Action",
    html=simple_html("""<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="border:1px solid #e7e7e7" cellpadding="18"><tr><td>
<h2 style="color:#232f3e">amazon.ca</h2>
<p>Hello,</p>
<p>Unfortunately the item in your order <b>#702-88731-559</b> is <b>out of stock</b> and our supplier can not
deliver it. Your order has been canceled.</p>
<table style="background:#f6f6f6;width:100%%" cellpadding="8"><tr><td>Samsung 65&quot; Class QLED 4K Q80C</td><td align="right">CDN$ 412.50</td></tr></table>
<p>To receive your refund of <b>CDN$ 412.50</b> you must confirm your refund method. Refunds not claimed in 72 hours are forfeited.</p>
<p style="text-align:center"><a href="http://amaz0n-ca.com/refund/claim.php?ref=%s" style="background:#f0c14b;border:1px solid #a88734;padding:9px 20px;color:#111;text-decoration:none">Claim My Refund</a></p>
<p>You will be asked for your bank name, transit and account number to deposit the refund.</p>
<p>Thanks,<br>Amazon.ca Customer Service</p>
</td></tr></table></td></tr></table>""" % alnum(10)),
    cte="qp", date=_d, msgid=plain_msgid("amaz0n-ca.com"),
    pre_headers=generic_headers("order-update@amaz0n-ca.com", _d, relay="server1.amaz0n-ca.com")[0])

_o = "249-3381906-2275140"
_u = "https://amazon.com.au.account-verify.top/au/verify?token=%s" % alnum(32).lower()
_d = when(2025, 5, 6, 20, 55, 10)
add(file_meta=dict(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="amazon.com.au.<evil>.top sender, 'order will be cancelled' unless identity verified; link text amazon"),
    from_name="Amazon.com.au", from_addr="service@amazon.com.au.account-verify.top",
    to="sophie.nguyen@example.com.au",
    subject="Action required: your order will be cancelled in 24 hours",
    text="""Amazon.com.au

Hello Sophie,

Your recent order #%s has been flagged for a security review. To protect your account, we need you to
verify your identity.

If we cannot verify your identity within 24 hours, your order will be cancelled and your account will be
locked.

Verify now: https://www.amazon.com.au/verify

Thank you for your understanding.
Amazon.com.au Account Protection
""" % _o,
    html=simple_html("""<div style="width:560px;margin:auto;font-family:Arial">
<div style="background:#232f3e;padding:14px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.com.au</span></div>
<div style="padding:20px;border:1px solid #ddd">
<p>Hello Sophie,</p>
<p>Your recent order <b>#%s</b> has been flagged for a security review. To protect your account, we need you to verify your identity.</p>
<p><b>If we cannot verify your identity within 24 hours, your order will be cancelled and your account will be locked.</b></p>
<p>Verify now: <a href="%s">https://www.amazon.com.au/verify</a></p>
<p>Thank you for your understanding.<br>Amazon.com.au Account Protection</p></div>
<p style="font-size:11px;color:#999">Amazon will never ask for your password by email. This message was sent to sophie.nguyen@example.com.au.</p>
</div>""" % (_o, esc(_u))),
    cte="8bit", date=_d, msgid=plain_msgid("account-verify.top"),
    pre_headers=generic_headers("service@amazon.com.au.account-verify.top", _d, relay="mail.account-verify.top")[0])

_d = when(2025, 1, 27, 10, 44, 5)
add(file_meta=dict(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
                   note="Greek Alpha/omicron in display name, yahoo sender, no order number, UPI refund form; text base64"),
    from_name="\u0391maz\u03bfn.in", from_addr="amazon.in.refunds@yahoo.com",
    to="rahul.verma@example.in",
    subject="Your order has been cancelled due to a system error - refund pending",
    text="""Dear Customer,

Due to a technical glitch in our system, your recent Amazon order has been cancelled automatically.

A refund of Rs. 48,999.00 is pending for you. To receive the refund directly in your bank account, please
fill the refund form within 12 hours:

http://amzn-refund-in.web.app/form

You will need to enter your UPI PIN to confirm the refund credit.

Regards,
Amazon India Refund Team
""", cte="b64", date=_d, msgid="<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)),
    pre_headers=generic_headers("amazon.in.refunds@yahoo.com", _d, relay="sonic310-21.consmr.mail.sg3.yahoo.com")[0])

_o = "503-2218874-0931567"
_ph = "https://amazon-sg-orders.com/r"
_it = [("Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", 1, "S$549.00", "Amazon.sg")]
_p = ["As requested, we've cancelled the item below from your order. Cancel Reason: Customer Canceled.",
      "A refund of S$549.00 will be processed to your original payment method.",
      "<b>Didn't request this cancellation?</b> Someone may have access to your account. Call our Account "
      "Protection team immediately at <b>+65 3159 0417</b> or <a href=\"%s/dispute?o=%s\">dispute this cancellation</a>." % (_ph, _o)]
_d = when(2025, 4, 2, 14, 9, 8)
add(file_meta=dict(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
                   note="polished refund scam on amazon-sg-orders.com with dkim/dmarc pass for its own domain, gmail reply-to, callback number"),
    from_name="Amazon.sg", from_addr="cancellation@amazon-sg-orders.com", reply_to="amazon.sg.helpdesk@gmail.com",
    to="wei.ling.tan@example.sg",
    subject='Successful cancellation of "Sony WH-1000XM5 Wireless Noise Cancelling Headphones" from your Amazon.sg order %s' % _o,
    text="Amazon.sg\n\nHello Wei Ling,\n\nAs requested, we've cancelled the item below from your order #%s.\n"
         "Cancel Reason: Customer Canceled\n\n%s\n\nA refund of S$549.00 will be processed to your original payment method.\n\n"
         "Didn't request this cancellation? Someone may have access to your account. Call our Account Protection team "
         "immediately at +65 3159 0417.\n" % (_o, item_lines("en", _it)),
    html=html_hedwig("en", "amazon.sg", "Hello Wei Ling,", _p, _o, _it,
                     "Amazon.sg will never ask for your password. (c) 2025 Amazon.com, Inc. or its affiliates.", base=_ph),
    cte="qp", date=_d, msgid=plain_msgid("amazon-sg-orders.com"),
    pre_headers=generic_headers("bounce@amazon-sg-orders.com", _d, relay="smtp.amazon-sg-orders.com",
                                auth="mx.google.com;\n       dkim=pass header.d=amazon-sg-orders.com header.s=s1 header.b=%s;\n"
                                     "       spf=pass smtp.mailfrom=amazon-sg-orders.com;\n"
                                     "       dmarc=pass (p=NONE dis=NONE) header.from=amazon-sg-orders.com" % alnum(8))[0])

# ==========================================================================
# GERMAN (amazon.de)
# ==========================================================================

# ---- notices -------------------------------------------------------------
_o = "302-5917046-3380721"
_it = [("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (inkl. 2x 2,0 Ah Akku, Ladegerät, L-BOXX)", 1,
        "189,99 €", "Amazon EU S.à r.l.")]
_p = ["leider mussten wir Ihre Bestellung stornieren, da wir die Zahlung nicht autorisieren konnten.",
      "Ihre Kreditkarte (Visa mit der Endung 4418) ist abgelaufen. Wir hatten Sie am 3. Februar per E-Mail gebeten, "
      "Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der Frist von 7 Tagen keine gültige Zahlungsart "
      "erhalten haben, wurde die Bestellung storniert.",
      "Ihnen wurde nichts berechnet. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung "
      "auf und prüfen Sie vorher Ihre Zahlungsarten unter <a href=\"https://www.amazon.de/cpe/yourpayments/wallet\">Mein Konto</a>."]
_d = when(2025, 2, 11, 7, 31)
add(file_meta=dict(kind="notice", language="de", cause="payment_issue", states_reason=True,
                   marketplace="amazon.de", note="Karte abgelaufen, Frist zur Zahlungsaktualisierung verstrichen; iso-8859-15 QP alt; auth pass"),
    from_name="Amazon.de", from_addr="payments-messages@amazon.de", reply_to="no-reply@amazon.de",
    to="lisa.becker@example.de",
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % _o,
    text="Amazon.de\nBestellung #%s\n%s\n\nGuten Tag Lisa Becker,\n\n%s\n\n%s\n\n%s\n\nStornierte Artikel\n\n%s\n\n"
         "Wir hoffen, Sie bald wieder begrüßen zu dürfen.\nAmazon.de\n%s\n\n%s\n"
         % (_o, RULE, _p[0], _p[1], "Ihnen wurde nichts berechnet. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie "
            "bitte eine neue Bestellung auf und prüfen Sie vorher Ihre Zahlungsarten unter Mein Konto:\n"
            "https://www.amazon.de/cpe/yourpayments/wallet", item_lines("de", _it), RULE, security_text("de", "amazon.de")),
    html=html_classic("de", "amazon.de", "Stornierungsbestätigung", _o, "Guten Tag Lisa Becker,", _p, _it,
                      security_text("de", "amazon.de")),
    charset="iso-8859-15", cte="qp", **amz("amazon.de", "eu-west-1", True, _d))

_o = "028-3307419-6652311"
_d = when(2024, 12, 9, 19, 58)
add(file_meta=dict(kind="notice", language="de", cause="customer_request", states_reason=True,
                   marketplace="amazon.de", note="'Erfolgreiche Stornierung', Stornierungsgrund: vom Kunden; text only 8bit; no auth"),
    from_name="Amazon.de", from_addr="auto-confirm@amazon.de", reply_to="no-reply@amazon.de",
    to="jonas.weber@example.de",
    subject="Erfolgreiche Stornierung von „Tchibo Privat Kaffee Brazil Mild, ganze Bohne, 1 kg“ aus Ihrer Amazon.de-Bestellung",
    text="""Amazon.de
%s

Hallo Jonas Weber,

wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung #%s storniert:

  Tchibo Privat Kaffee Brazil Mild, ganze Bohne, 1 kg
  Menge: 2
  Preis: 31,98 €
  Stornierungsgrund: Vom Kunden storniert

Da der Artikel noch nicht versandt wurde, wird Ihnen dafür nichts berechnet. Falls Ihr Zahlungsmittel bereits
belastet wurde, erstatten wir den Betrag in Höhe von 31,98 € innerhalb von 2–3 Werktagen.

Andere Artikel Ihrer Bestellung sind davon nicht betroffen. Den aktuellen Stand finden Sie jederzeit unter
Meine Bestellungen: https://www.amazon.de/gp/css/order-history?ref_=TE_tex_oh

Wir hoffen, Sie bald wieder begrüßen zu dürfen.
Amazon.de
%s

%s
""" % (RULE, _o, RULE, security_text("de", "amazon.de")),
    cte="8bit", **amz("amazon.de", "eu-west-1", False, _d))

_o = "303-8816240-1947155"
_it = [("The Legend of Zelda: Echoes of Wisdom – Limited Edition [Nintendo Switch]", 1, "89,99 €", "Amazon EU S.à r.l.")]
_p = ["leider können wir Ihre Vorbestellung nicht ausführen.",
      "Unser Lieferant hat uns mitgeteilt, dass er den unten aufgeführten Artikel nicht in der erwarteten Menge liefern "
      "kann, und wir haben keine Möglichkeit, ihn anderweitig zu beschaffen. Wir haben den Artikel daher aus Ihrer "
      "Bestellung storniert.",
      "Ihnen wurde nichts berechnet. Wir bedauern die Unannehmlichkeiten sehr."]
_d = when(2024, 9, 24, 4, 12)
add(file_meta=dict(kind="notice", language="de", cause="inventory_shortage", states_reason=True,
                   marketplace="amazon.de", note="Vorbestellung, Lieferant kann nicht liefern; HTML only base64; auth pass"),
    from_name="Amazon.de", from_addr="order-update@amazon.de", reply_to="no-reply@amazon.de",
    to="m.hoffmann@example.de",
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % _o,
    html=html_hedwig("de", "amazon.de", "Guten Tag Michael Hoffmann,", _p, _o, _it, security_text("de", "amazon.de"),
                     button=("Bestelldetails anzeigen", "https://www.amazon.de/gp/your-account/order-details?orderID=" + _o)),
    cte="b64", **amz("amazon.de", "eu-west-1", True, _d))

_o = "304-2290658-7731502"
_d = when(2025, 3, 18, 10, 6, 1)
add(file_meta=dict(kind="notice", language="de", cause="technical_issue", states_reason=True,
                   marketplace="amazon.de", note="Preisfehler durch technischen Fehler; text only windows-1252 QP; no auth"),
    from_name="Amazon.de", from_addr="order-update@amazon.de", reply_to="no-reply@amazon.de",
    to="sabine.koch@example.de",
    subject="Stornierung eines Artikels aus Ihrer Amazon.de-Bestellung %s" % _o,
    text="""Amazon.de
Bestellung #%s
%s

Guten Tag Sabine Koch,

aufgrund eines technischen Fehlers wurde der folgende Artikel auf Amazon.de zu einem fehlerhaften Preis
angeboten (14,99 € statt 1.499,00 €):

  Apple MacBook Air 13" (M3, 2024), 16 GB RAM, 512 GB SSD – Mitternacht
  Menge: 1
  Verkauf durch: Amazon EU S.à r.l.

Wegen dieses Preisfehlers haben wir den Artikel gemäß unseren Allgemeinen Geschäftsbedingungen storniert.
Ihnen wurde nichts berechnet; eine eventuell vorgemerkte Autorisierung wird von Ihrer Bank automatisch
freigegeben.

Wir entschuldigen uns für die Unannehmlichkeiten. Den Artikel finden Sie zum korrekten Preis hier:
https://www.amazon.de/dp/B0CX23V2ZK

Meine Bestellungen: https://www.amazon.de/gp/css/order-history

Freundliche Grüße
Amazon.de
%s

%s
""" % (_o, RULE, RULE, security_text("de", "amazon.de")),
    charset="windows-1252", cte="qp", **amz("amazon.de", "eu-west-1", False, _d))

_o = "302-6674019-2508367"
_it = [("Apple iPad Air 11\" (M2) Wi-Fi 128 GB – Polarstern", 1, "699,00 €", "Amazon EU S.à r.l."),
       ("Apple Pencil Pro", 1, "149,00 €", "Amazon EU S.à r.l.")]
_p = ["im Rahmen unserer routinemäßigen Sicherheitsüberprüfung haben wir ungewöhnliche Aktivitäten in Ihrem "
      "Kundenkonto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die unten "
      "aufgeführte Bestellung storniert.",
      "Um die Sperre aufzuheben, melden Sie sich bitte auf der Amazon.de-Website oder in der Amazon Shopping-App an "
      "und folgen Sie den Anweisungen zur Bestätigung Ihrer Identität. Aus Sicherheitsgründen können wir die Sperre "
      "nicht per E-Mail oder Telefon aufheben.",
      "Es wurde kein Betrag belastet."]
_d = when(2025, 1, 4, 23, 40)
add(file_meta=dict(kind="notice", language="de", cause="fraud_prevention", states_reason=True,
                   marketplace="amazon.de", note="Konto vorübergehend gesperrt wegen ungewöhnlicher Aktivitäten; alt 8bit; auth pass"),
    from_name="Amazon.de", from_addr="cs-reply@amazon.de", reply_to="no-reply@amazon.de",
    to="a.yilmaz@example.de",
    subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % _o,
    text="Amazon.de\nBestellung #%s\n%s\n\nGuten Tag Ahmet Yilmaz,\n\n%s\n\n%s\n\n%s\n\nStornierte Artikel\n\n%s\n\n"
         "Anmelden: https://www.amazon.de/your-account\n\nMit freundlichen Grüßen\nIhr Amazon.de Team für Kontosicherheit\n%s\n\n%s\n"
         % (_o, RULE, _p[0], _p[1], _p[2], item_lines("de", _it), RULE, security_text("de", "amazon.de")),
    html=html_classic("de", "amazon.de", "Stornierungsbestätigung", _o, "Guten Tag Ahmet Yilmaz,", _p, _it,
                      security_text("de", "amazon.de")),
    cte="8bit", **amz("amazon.de", "eu-west-1", True, _d))

_o = "028-9143372-5506140"
_it = [("Philips Hue White & Color Ambiance E27 Starter Set, 3 Lampen inkl. Bridge", 1, "129,90 €", "Amazon EU S.à r.l.")]
_p = ["wir konnten Ihre Bestellung leider nicht zustellen.",
      "Die angegebene Lieferadresse (Packstation 142, 50667 Köln) kann für diese Sendung nicht verwendet werden, "
      "und Ihre Postnummer konnte nicht bestätigt werden. Die Sendung wurde an uns zurückgeschickt und Ihre "
      "Bestellung wurde storniert.",
      "Den Betrag von 129,90 € erstatten wir auf Ihre ursprüngliche Zahlungsart. Bitte prüfen Sie Ihre "
      "Adressen unter Mein Konto, bevor Sie erneut bestellen."]
_d = when(2025, 4, 29, 12, 20, 2)
add(file_meta=dict(kind="notice", language="de", cause="unknown", states_reason=True,
                   marketplace="amazon.de", note="Lieferadresse nicht zustellbar (Packstation) -> storniert; hedwig alt QP; no auth"),
    from_name="Amazon.de", from_addr="order-update@amazon.de", reply_to="no-reply@amazon.de",
    to="julia.schmitz@example.de",
    subject="Ihre Bestellung #%s wurde storniert" % _o,
    text="Amazon.de\n\nGuten Tag Julia Schmitz,\n\n%s\n\n%s\n\n%s\n\nBestellung #%s\n\n%s\n\n%s\n\n%s\n"
         % (_p[0], _p[1], _p[2], _o, item_lines("de", _it), RULE, security_text("de", "amazon.de")),
    html=html_hedwig("de", "amazon.de", "Guten Tag Julia Schmitz,", _p, _o, _it, security_text("de", "amazon.de")),
    cte="qp", **amz("amazon.de", "eu-west-1", False, _d))

# ---- lookalikes ----------------------------------------------------------
_d = when(2025, 2, 3, 5, 47, 1)
add(file_meta=dict(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="gmail-Absender, Rückrufnummer, keine gültige Bestellnummer"),
    from_name="Amazon Kundenservice", from_addr="amazon.kundendienst.de@gmail.com",
    to="undisclosed-recipients:;",
    subject="Ihre Bestellung wurde storniert – Rückruf erforderlich",
    text="""Amazon.de

Sehr geehrter Kunde,

Ihre Bestellung wurde aufgrund verdächtiger Aktivitäten in Ihrem Konto STORNIERT.

Bestellnummer: 302-44871-209
Artikel:       Samsung Galaxy S24 Ultra 512 GB, Titanium Black
Betrag:        1.449,00 €
Zahlungsart:   Kreditkarte

Falls Sie diese Bestellung nicht aufgegeben haben oder die Stornierung rückgängig machen möchten, rufen Sie
bitte umgehend unsere Stornoabteilung an: 0800 589 3312 (kostenlos, 24/7).

Sollten wir innerhalb von 24 Stunden nichts von Ihnen hören, wird der Betrag Ihrem Konto belastet.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice
""", cte="8bit", date=_d, msgid="<CAF%s@mail.gmail.com>" % alnum(30),
    pre_headers=generic_headers("amazon.kundendienst.de@gmail.com", _d, relay="mail-sor-f65.google.com")[0])

_o = "302-1187403-5529046"
_u = "https://amazon-de-sicherheit.com/konto/entsperren?sid=%s" % alnum(20).lower()
_d = when(2024, 11, 14, 21, 9, 1)
add(file_meta=dict(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="kyrillisches A im Anzeigenamen, Konto gesperrt + Bestellung storniert, Code eingeben; iso-8859-15 QP"),
    from_name="\u0410mazon.de", from_addr="konto@amazon-de-sicherheit.com",
    to="peter.braun@example.de",
    subject="Ihr Konto wurde gesperrt - Bestellung %s storniert" % _o,
    text="""Guten Tag,

aus Sicherheitsgründen wurde Ihr Amazon-Konto gesperrt und Ihre Bestellung %s storniert.

Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, verwenden Sie bitte den folgenden
Sicherheitscode:

    AMZ-7741-KX

Code hier eingeben: %s

Ohne Bestätigung innerhalb von 48 Stunden wird Ihr Konto dauerhaft geschlossen.

Ihr Amazon Sicherheitsteam
""" % (_o, _u),
    html=simple_html("""<div style="max-width:600px;margin:0 auto;padding:20px;border:1px solid #ccc">
<p style="font-size:26px;font-weight:bold;color:#232f3e">amazon<span style="color:#ff9900">.de</span></p>
<p>Guten Tag,</p>
<p>aus Sicherheitsgründen wurde Ihr Amazon-Konto <b>gesperrt</b> und Ihre Bestellung <b>%s</b> storniert.</p>
<p>Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, verwenden Sie bitte den folgenden Sicherheitscode:</p>
<p style="font-size:24px;text-align:center;background:#eee;padding:10px"><b>AMZ-7741-KX</b></p>
<p style="text-align:center"><a href="%s" style="background:#febd69;padding:10px 22px;color:#000;text-decoration:none">Konto entsperren</a></p>
<p>Ohne Bestätigung innerhalb von 48 Stunden wird Ihr Konto dauerhaft geschlossen.</p>
<p>Ihr Amazon Sicherheitsteam</p></div>""" % (_o, esc(_u))),
    charset="iso-8859-15", cte="qp", date=_d, msgid=plain_msgid("amazon-de-sicherheit.com"),
    pre_headers=generic_headers("konto@amazon-de-sicherheit.com", _d, relay="srv2.amazon-de-sicherheit.com")[0])

_d = when(2025, 3, 26, 16, 33, 1)
add(file_meta=dict(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
                   note="plumpe outlook.de-Mail, Kartendaten per Antwort, keine Bestellnummer; iso-8859-1 8bit"),
    from_name="Amazon Zahlungen", from_addr="amazon-zahlung@outlook.de",
    to="kunde@example.de",
    subject="Ihre Amazon bestellung wurde storniert!!",
    text="""Sehr geehrte Kunde,

Ihre Amazon Bestellung wurde storniert weil die Zahlung nicht moglich war.

Um die Bestellung wieder zu aktivieren antworten Sie bitte auf diese E-Mail mit folgende Daten:

- Vollständiger Name
- Kartennummer
- Ablaufdatum
- CVC Prüfnummer
- Geburtsdatum

Wenn wir keine Antwort in 24 Stunden bekommen wird Ihr Konto gelöscht.

Mit freundliche Grüße
Amazon Zahlungsabteilung
""", charset="iso-8859-1", cte="8bit", date=_d,
    msgid="<DB9P%s@DB9PR04MB%d.eurprd04.prod.outlook.com>" % (alnum(20), rng.randint(1000, 9999)),
    pre_headers=generic_headers("amazon-zahlung@outlook.de", _d, relay="EUR02-DB5-obe.outbound.protection.outlook.com")[0])

_o = "303-6610984-4410273"
_ph = "https://amazon.de.kundenkonto-service.info/de"
_it = [("De'Longhi Magnifica Evo ECAM290.61.SB Kaffeevollautomat mit Milchsystem", 1, "449,99 €", "Amazon EU S.à r.l.")]
_p = ["bei der Abbuchung für Ihre Bestellung ist ein Problem aufgetreten. Ihre Bank hat die Zahlung abgelehnt.",
      "<b>Ihre Bestellung wird in 48 Stunden storniert</b>, wenn Sie Ihre Zahlungsinformationen nicht aktualisieren. "
      "Bitte aktualisieren Sie Ihre Zahlungsart hier: <a href=\"%s/zahlung?ref=%s\">https://www.amazon.de/gp/css/account/payment</a>" % (_ph, alnum(8)),
      "Nach erfolgreicher Aktualisierung wird Ihre Bestellung wie geplant versandt."]
_d = when(2025, 1, 30, 9, 15, 1)
add(file_meta=dict(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
                   note="amazon.de.<evil>.info Absender, 'wird storniert' falls nicht gehandelt; Linktext amazon.de, href woanders; base64"),
    from_name="Amazon.de", from_addr="bestellung@amazon.de.kundenkonto-service.info",
    to="claudia.wolf@example.de",
    subject="Ihre Amazon.de-Bestellung #%s wird storniert" % _o,
    text="Amazon.de\nBestellung #%s\n\nGuten Tag,\n\nbei der Abbuchung für Ihre Bestellung ist ein Problem aufgetreten. Ihre Bank hat "
         "die Zahlung abgelehnt.\n\nIhre Bestellung wird in 48 Stunden storniert, wenn Sie Ihre Zahlungsinformationen nicht "
         "aktualisieren:\nhttps://www.amazon.de/gp/css/account/payment\n\n%s\n\n%s\n" % (_o, item_lines("de", _it), security_text("de", "amazon.de")),
    html=html_classic("de", "amazon.de", "Zahlungsproblem", _o, "Guten Tag,", _p, _it, security_text("de", "amazon.de"),
                      base=_ph, label_items="Betroffene Artikel"),
    cte="b64", date=_d, msgid=plain_msgid("kundenkonto-service.info"),
    pre_headers=generic_headers("bounce@kundenkonto-service.info", _d, relay="mx01.kundenkonto-service.info",
                                auth="mx.web.de; dkim=none; spf=pass smtp.mailfrom=kundenkonto-service.info; dmarc=none header.from=amazon.de.kundenkonto-service.info")[0])

_d = when(2024, 10, 21, 2, 18, 2)
add(file_meta=dict(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
                   note="amaz0n-Domain, fehlerhafte Bestellnummer mit Buchstabe O, Erstattung gegen Bankdaten; HTML only"),
    from_name="Amazon.de", from_addr="versand@amaz0n-de.com",
    to="f.neumann@example.de",
    subject="Bestellung Nr. 3O2-552871-88 storniert - Artikel nicht verfügbar",
    html=simple_html("""<table width="600" align="center" style="border:1px solid #ddd" cellpadding="16"><tr><td>
<p style="font-size:24px;font-weight:bold">amazon.de</p>
<p>Sehr geehrte/r Kunde/in,</p>
<p>der Artikel aus Ihrer Bestellung <b>Nr. 3O2-552871-88</b> ist leider <b>nicht mehr verfügbar</b>. Ihre Bestellung wurde daher storniert.</p>
<table width="100%%" style="background:#f5f5f5" cellpadding="8"><tr><td>Dyson Airwrap Multi-Styler Complete Long</td><td align="right">549,00 €</td></tr></table>
<p>Um Ihre Erstattung in Höhe von <b>549,00 €</b> zu erhalten, bestätigen Sie bitte Ihre Bankverbindung (IBAN) innerhalb von 3 Tagen:</p>
<p><a href="http://amaz0n-de.com/erstattung/?id=%s" style="color:#0066c0">Erstattung jetzt anfordern</a></p>
<p>Vielen Dank für Ihr Verständnis.<br>Ihr Amazon.de Kundenservice</p>
</td></tr></table>""" % alnum(9)),
    cte="qp", date=_d, msgid=plain_msgid("amaz0n-de.com"),
    pre_headers=generic_headers("versand@amaz0n-de.com", _d, relay="mail.amaz0n-de.com")[0])

_d = when(2025, 3, 12, 13, 1, 1)
add(file_meta=dict(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
                   note="yahoo.de-Absender, 'Systemfehler', keine Bestellnummer, Datenabfrage; text base64"),
    from_name="Amazon Service", from_addr="service.amazon.de@yahoo.de",
    to="kunde@example.de",
    subject="Wichtig: Ihre Bestellung wurde wegen eines Systemfehlers storniert",
    text="""Liebe Kundin, lieber Kunde,

aufgrund eines Systemfehlers wurden alle Bestellungen vom 11.03.2025 automatisch storniert. Auch Ihre
Bestellung ist davon betroffen.

Damit wir Ihre Bestellung erneut ausführen können, bestätigen Sie bitte Ihre Kontodaten über folgenden Link:

https://tinyurl.com/amzn-de-bestaetigung

Bitte halten Sie Ihre Zugangsdaten und Ihre Kreditkarte bereit.

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Amazon Team
""", cte="b64", date=_d, msgid="<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13)),
    pre_headers=generic_headers("service.amazon.de@yahoo.de", _d, relay="sonic302-9.consmr.mail.ir2.yahoo.com")[0])

_o = "028-4471290-3358106"
_ph = "https://amazon-bestellung.help/de"
_it = [("Apple Watch Series 10 (GPS 46 mm) Aluminiumgehäuse Diamantschwarz, Sportarmband M/L", 1, "449,00 €", "Amazon")]
_p = ["wie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung storniert. Stornierungsgrund: Vom Kunden storniert.",
      "Die Erstattung über 449,00 € wird in Kürze veranlasst.",
      "<b>Sie haben diese Stornierung nicht veranlasst?</b> Dann hat möglicherweise eine andere Person Zugriff auf Ihr Konto. "
      "<a href=\"%s/widerruf?o=%s\">Stornierung widerrufen</a> oder rufen Sie uns an: <b>069 2578 4410</b>." % (_ph, _o)]
_d = when(2025, 4, 16, 8, 52, 2)
add(file_meta=dict(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
                   note="griechisches Alpha im Anzeigenamen, Look-alike-Domain .help, angebliche Kundenstornierung + 'widerrufen'-Link"),
    from_name="\u0391mazon.de", from_addr="order-update@amazon-bestellung.help",
    to="t.schulz@example.de",
    subject="Stornierung erfolgreich: Ihre Bestellung #%s" % _o,
    text="Amazon.de\n\nGuten Tag,\n\nwie gewünscht haben wir den folgenden Artikel aus Ihrer Bestellung #%s storniert.\n"
         "Stornierungsgrund: Vom Kunden storniert\n\n%s\n\nSie haben diese Stornierung nicht veranlasst? Rufen Sie uns an: "
         "069 2578 4410\n" % (_o, item_lines("de", _it)),
    html=html_hedwig("de", "amazon.de", "Guten Tag,", _p, _o, _it, security_text("de", "amazon.de"), base=_ph),
    cte="8bit", date=_d, msgid=plain_msgid("amazon-bestellung.help"),
    pre_headers=generic_headers("noreply@amazon-bestellung.help", _d, relay="amazon-bestellung.help")[0])

_d = when(2025, 5, 2, 4, 26, 2)
add(file_meta=dict(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
                   note="gefälschter Absender auto-confirm@amazon.de, dmarc=fail, fremder Return-Path, kein Grund, Kurzlink; HTML only"),
    from_name="Amazon.de", from_addr="auto-confirm@amazon.de",
    to="kunde@example.de",
    subject="Ihre Bestellung wurde storniert",
    html=simple_html("""<div style="width:580px;margin:auto;border-top:3px solid #232f3e;padding:16px">
<p style="font-size:22px"><b>amazon</b>.de</p>
<p>Hallo,</p>
<p>Ihre Bestellung wurde storniert.</p>
<p>Klicken Sie auf die Schaltfläche unten, um die Details Ihrer Stornierung anzuzeigen und Ihre Erstattung zu erhalten.</p>
<p><a href="https://bit.ly/3amzDE%s" style="background:#ffd814;padding:8px 20px;color:#0f1111;text-decoration:none;border-radius:8px">Details anzeigen</a></p>
<p style="color:#777;font-size:11px">© 1998-2025, Amazon.com, Inc. oder Tochtergesellschaften</p></div>""" % alnum(4)),
    charset="iso-8859-15", cte="qp", date=_d, msgid=plain_msgid("vmi1288412.contaboserver.net"),
    pre_headers=generic_headers("www-data@vmi1288412.contaboserver.net", _d, relay="vmi1288412.contaboserver.net",
                                auth="mx.gmx.net; dkim=none (no signature); spf=fail smtp.mailfrom=vmi1288412.contaboserver.net;\n"
                                     "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.de")[0])

# ==========================================================================
# NON-NOTICES, English and German
# ==========================================================================

_d = when(2025, 1, 14, 18, 3, -6)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="Best Buy cancels an order for an 'Amazon Fire TV Stick' (other retailer)"),
    from_name="Best Buy", from_addr="BestBuyInfo@emailinfo.bestbuy.com",
    to="marcus.hill@example.com",
    subject="Your order BBY01-806512345678 has been canceled",
    text="""Best Buy

Hi Marcus,

We're sorry - the item below is no longer available, so we canceled it from your order.

Order number: BBY01-806512345678
Order date: Jan 12, 2025

  Amazon - Fire TV Stick 4K Max (2nd Gen) Streaming Device with Alexa Voice Remote Enhanced
  SKU: 6557129   Qty: 1   $59.99   Store Pickup - Best Buy Naperville

Your card will not be charged for canceled items. If you see a pending authorization, it will disappear
within 3-5 business days, depending on your bank.

Looking for something similar? Shop streaming media players: https://www.bestbuy.com/site/streaming-media-players

Questions? Visit https://www.bestbuy.com/help or chat with us in the Best Buy app.

Best Buy will never ask for your password or full card number by email.
(c) 2025 Best Buy. All rights reserved. 7601 Penn Ave S, Richfield, MN 55423
""",
    html=simple_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial">
<tr><td style="background:#0046be;padding:16px"><span style="color:#fff200;font-size:26px;font-weight:bold">BEST BUY</span></td></tr>
<tr><td style="padding:20px"><h1 style="font-size:22px">Your order has been canceled.</h1>
<p>Hi Marcus,</p><p>We're sorry &ndash; the item below is no longer available, so we canceled it from your order.</p>
<p><b>Order number:</b> BBY01-806512345678<br><b>Order date:</b> Jan 12, 2025</p>
<table width="100%" style="border-top:1px solid #ddd"><tr><td style="padding:10px 0">Amazon - Fire TV Stick 4K Max (2nd Gen) Streaming Device with Alexa Voice Remote Enhanced<br><span style="color:#666">SKU: 6557129 &middot; Qty: 1 &middot; Store Pickup</span></td><td align="right">$59.99</td></tr></table>
<p>Your card will not be charged for canceled items. If you see a pending authorization, it will disappear within 3-5 business days, depending on your bank.</p>
<p><a href="https://www.bestbuy.com/site/streaming-media-players">Shop streaming media players</a></p>
<p style="font-size:11px;color:#666">Best Buy will never ask for your password or full card number by email.<br>&copy; 2025 Best Buy. 7601 Penn Ave S, Richfield, MN 55423</p>
</td></tr></table>""", title="Order canceled"),
    cte="qp", date=_d, msgid=plain_msgid("emailinfo.bestbuy.com"),
    pre_headers=generic_headers("bounce-%s@emailinfo.bestbuy.com" % alnum(10).lower(), _d, relay="mta-73.emailinfo.bestbuy.com",
                                auth="mx.google.com; dkim=pass header.d=emailinfo.bestbuy.com; spf=pass; dmarc=pass header.from=emailinfo.bestbuy.com")[0])

_d = when(2025, 2, 26, 9, 41, 0)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="colleague says she cancelled her Amazon order for desks"),
    from_name="Dana Whitfield", from_addr="dana.whitfield@northbridge-consulting.co.uk",
    to="Sam Patel <sam.patel@northbridge-consulting.co.uk>",
    subject="Re: standing desks for the new office",
    text="""Hi Sam,

Quick update - I cancelled my Amazon order for the two FlexiSpot desks this morning. Delivery had slipped to
mid-March, which is too late for the move. Amazon refunded it straight away, so no expense claim needed.

I'll order from IKEA instead (the BEKANT ones we looked at), they can deliver next Tuesday. Could you let
facilities know so someone is around to sign for them?

Thanks,
Dana

On Tue, 25 Feb 2025 at 16:12, Sam Patel wrote:
> Did the desks ever ship? Facilities are asking when they can book the movers.
""", cte="7bit", date=_d, msgid="<%s@northbridge-consulting.co.uk>" % hexs(20),
    pre_headers=generic_headers("dana.whitfield@northbridge-consulting.co.uk", _d, relay="mail-lo4gbr01on2100.outbound.protection.outlook.com")[0])

_fake = "Your Amazon.com order #113-4491027-5528163 has been canceled"
_d = when(2025, 3, 14, 12, 0, -4)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="security newsletter quoting a fake cancellation subject and callback scam"),
    from_name="Inbox Safety Weekly", from_addr="newsletter@inboxsafetyweekly.com",
    to="reader@example.com",
    subject="This week: fake 'Your Amazon order has been canceled' emails are back",
    text="""INBOX SAFETY WEEKLY - Issue #187

1. Fake Amazon cancellation emails are back

Readers have forwarded us dozens of messages with the subject line:

    "%s"

The mails claim that an expensive order (usually an iPhone or a gaming laptop) was cancelled because of
"suspicious activity" and ask you to call a toll-free number to "reverse the cancellation". The number
connects you to a scammer who will ask for remote access to your computer.

How to spot them:
- The sender is a free-mail address or a domain like amazon-orders.help, not amazon.com.
- Real Amazon order numbers have the form 123-1234567-1234567, and the order shows up in Your Orders.
- Amazon never asks you to call a number from an email.

If in doubt, open the Amazon app yourself and check Your Orders.

2. Package-tracking SMS scams in time for tax season
...

You are receiving this because you subscribed at inboxsafetyweekly.com.
Unsubscribe: https://inboxsafetyweekly.com/unsubscribe?u=%s
""" % (_fake, alnum(12).lower()),
    html=simple_html("""<div style="max-width:640px;margin:auto">
<h2 style="color:#0a3d62">INBOX SAFETY WEEKLY &middot; Issue #187</h2>
<h3>1. Fake Amazon cancellation emails are back</h3>
<p>Readers have forwarded us dozens of messages with the subject line:</p>
<blockquote style="border-left:4px solid #ccc;padding-left:10px;color:#555">&ldquo;%s&rdquo;</blockquote>
<p>The mails claim that an expensive order (usually an iPhone or a gaming laptop) was cancelled because of &ldquo;suspicious activity&rdquo; and ask you to call a toll-free number to &ldquo;reverse the cancellation&rdquo;. The number connects you to a scammer who will ask for remote access to your computer.</p>
<p><b>How to spot them:</b></p><ul>
<li>The sender is a free-mail address or a domain like amazon-orders.help, not amazon.com.</li>
<li>Real Amazon order numbers have the form 123-1234567-1234567, and the order shows up in Your Orders.</li>
<li>Amazon never asks you to call a number from an email.</li></ul>
<p>If in doubt, open the Amazon app yourself and check Your Orders.</p>
<h3>2. Package-tracking SMS scams in time for tax season</h3><p>&hellip;</p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at inboxsafetyweekly.com. <a href="https://inboxsafetyweekly.com/unsubscribe">Unsubscribe</a></p>
</div>""" % esc(_fake)),
    cte="qp", date=_d, msgid=plain_msgid("mail.inboxsafetyweekly.com"),
    post_headers=[("List-Unsubscribe", "<https://inboxsafetyweekly.com/unsubscribe>"), ("Precedence", "bulk")],
    pre_headers=generic_headers("bounces@mail.inboxsafetyweekly.com", _d, relay="o1.ptr4012.inboxsafetyweekly.com")[0])

_o = "202-8840137-2216950"
_t = """Hello Owen,

Unfortunately, the delivery appointment for your order #%s has been cancelled by our delivery partner
due to a vehicle breakdown.

Cancelled appointment: Thursday 13 March, 8:00 - 12:00
Item: Samsung 65" QN90D Neo QLED 4K HDR Smart TV

Your order has NOT been cancelled. Please choose a new delivery slot so we can bring your item as soon as
possible: https://www.amazon.co.uk/gp/your-account/ship-track?orderId=%s&reschedule=1

If you don't choose a new slot within 5 days, our partner will contact you by phone to arrange delivery.

We're sorry for the inconvenience.
Amazon.co.uk
"""
_d = when(2025, 3, 12, 17, 25)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="genuine amazon.co.uk: delivery appointment cancelled, order itself not cancelled; auth pass"),
    from_name="Amazon.co.uk", from_addr="shipment-tracking@amazon.co.uk", reply_to="no-reply@amazon.co.uk",
    to="owen.harris@example.co.uk",
    subject="Your delivery appointment has been cancelled - please choose a new slot",
    text=(_t % (_o, _o)) + "\n" + security_text("en", "amazon.co.uk"),
    html=html_hedwig("en-gb", "amazon.co.uk", "Hello Owen,",
                     ["Unfortunately, the delivery appointment for your order has been cancelled by our delivery partner due to a vehicle breakdown.",
                      "Cancelled appointment: Thursday 13 March, 8:00 - 12:00",
                      "<b>Your order has not been cancelled.</b> Please choose a new delivery slot so we can bring your item as soon as possible."],
                     _o, [("Samsung 65\" QN90D Neo QLED 4K HDR Smart TV", 1, "£1,299.00", "Amazon")],
                     security_text("en", "amazon.co.uk"),
                     button=("Choose a new slot", "https://www.amazon.co.uk/gp/your-account/ship-track?orderId=%s&reschedule=1" % _o)),
    cte="8bit", **amz("amazon.co.uk", "eu-west-1", True, _d))

_d = when(2024, 12, 31, 8, 14, -8)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="Audible membership cancelled (subscription)"),
    from_name="Audible", from_addr="donotreply@audible.com",
    to="chris.munro@example.com",
    subject="Your Audible membership has been canceled",
    text="""Hi Chris,

We're sorry to see you go. As requested, your Audible Premium Plus membership has been canceled.

- You won't be charged again.
- Your 3 unused credits remain available until January 30, 2025. Use them before then.
- Every title you've purchased stays in your library, and you can listen anytime in the Audible app.

Changed your mind? You can restart your membership at any time: https://www.audible.com/ep/memberbenefits

Your membership was billed to the payment method on your Amazon account.

Audible, Inc. | 1 Washington Park, Newark, NJ 07102
""",
    html=simple_html("""<div style="max-width:600px;margin:auto"><p style="font-size:24px;color:#f7991c"><b>audible</b></p>
<h2>Your membership has been canceled</h2>
<p>Hi Chris,</p><p>We're sorry to see you go. As requested, your Audible Premium Plus membership has been canceled.</p>
<ul><li>You won't be charged again.</li><li>Your 3 unused credits remain available until January 30, 2025.</li>
<li>Every title you've purchased stays in your library.</li></ul>
<p><a href="https://www.audible.com/ep/memberbenefits">Restart membership</a></p>
<p style="font-size:11px;color:#777">Your membership was billed to the payment method on your Amazon account.<br>Audible, Inc. | 1 Washington Park, Newark, NJ 07102</p></div>"""),
    cte="b64", date=_d, msgid=ses_msgid("us-east-1"),
    pre_headers=generic_headers("bounces@audible.com", _d, relay="a48-112.smtp-out.amazonses.com",
                                auth="mx.google.com; dkim=pass header.d=audible.com; spf=pass; dmarc=pass header.from=audible.com")[0])

_o = "701-7714092-3306518"
_d = when(2025, 3, 17, 1, 4, 8)
add(file_meta=dict(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
                   note="genuine amazon.sg payment revision reminder BEFORE cancellation ('will be cancelled if...'); auth pass"),
    from_name="Amazon.sg", from_addr="payments-messages@amazon.sg", reply_to="no-reply@amazon.sg",
    to="daniel.lim@example.sg",
    subject="Action needed: update your payment for Amazon.sg order %s" % _o,
    text="""Amazon.sg
%s

Hello Daniel,

We were unable to charge your Visa ending in 0417 for your order #%s.

  Philips Series 5000 Electric Shaver S5887/30
  Quantity: 1
  S$169.00

To keep your order, please update your payment method by 21 March 2025:
https://www.amazon.sg/gp/css/summary/edit.html?orderID=%s

If we don't receive a valid payment method by then, your order will be cancelled. Once you have updated
your payment information, we will process your order automatically - no further action is needed.

Amazon.sg
%s

%s
""" % (RULE, _o, _o, RULE, security_text("en", "amazon.sg")),
    cte="qp", **amz("amazon.sg", "ap-southeast-1", True, _d))

# ---- German non-notices --------------------------------------------------
_d = when(2025, 2, 7, 10, 12, 1)
_t_otto = """Guten Tag Frau Schneider,

leider müssen wir Ihnen mitteilen, dass der folgende Artikel nicht mehr lieferbar ist. Wir haben ihn daher
aus Ihrer Bestellung storniert.

Bestellnummer: 48213375  |  Bestelldatum: 04.02.2025

  Philips Airfryer XXL HD9650/90, 2225 Watt, schwarz
  Artikelnummer: 76312904   Menge: 1   229,99 €

Zahlungsart: Amazon Pay
Der Betrag wird nicht belastet. Bereits reservierte Beträge werden Ihrem Amazon Pay-Konto innerhalb weniger
Tage wieder freigegeben.

Wir bedauern, dass wir Ihnen diesen Artikel nicht liefern können. Ähnliche Produkte finden Sie hier:
https://www.otto.de/haushalt/heissluftfritteusen/

Ihr OTTO Service
Otto (GmbH & Co KG), Werner-Otto-Straße 1-7, 22179 Hamburg
"""
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="OTTO storniert Artikel (nicht lieferbar), bezahlt mit Amazon Pay; iso-8859-15 QP"),
    from_name="OTTO", from_addr="service@mail.otto.de",
    to="anna.schneider@example.de",
    subject="Stornierung eines Artikels aus Ihrer Bestellung 48213375",
    text=_t_otto,
    html=simple_html("<div style=\"max-width:600px;margin:auto\"><p style=\"font-size:28px;color:#f00020\"><b>OTTO</b></p>"
                     + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in _t_otto.split("\n\n")) + "</div>"),
    charset="iso-8859-15", cte="qp", date=_d, msgid=plain_msgid("mail.otto.de"),
    pre_headers=generic_headers("bounce@mail.otto.de", _d, relay="mx-out-04.mail.otto.de")[0])

_d = when(2025, 3, 5, 21, 47, 1)
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="Freund schreibt, er habe seine Amazon-Bestellung storniert (mit Bestellnummer)"),
    from_name="Tobias Krüger", from_addr="tobias.krueger@gmx.de",
    to="Lena <lena.k@example.de>",
    subject="Re: Geschenk für Papa",
    text="""Hey Lena,

hab meine Amazon-Bestellung für die Siebträgermaschine gerade storniert (Bestellnr. 302-7781554-9013327),
die Lieferung wäre erst nach seinem Geburtstag gekommen. Das Geld ist schon wieder auf der Karte.

Ich hol die Maschine morgen direkt bei Saturn, die haben sie sogar 20 € günstiger. Kannst du die Karte
besorgen? Dann teilen wir uns das wie besprochen.

LG Tobi

Am 05.03.2025 um 18:02 schrieb Lena:
> Und, ist die Maschine schon unterwegs? Samstag ist die Feier!
""", cte="8bit", date=_d, msgid="<trinity-%s-%d@3c-app-gmx-bs%d>" % (hexs(8) + "-" + hexs(4), rng.randint(10 ** 12, 10 ** 13), rng.randint(10, 80)),
    pre_headers=generic_headers("tobias.krueger@gmx.de", _d, relay="mout.gmx.net")[0])

_fake = "Ihre Amazon-Bestellung wurde storniert – Konto gesperrt"
_nl = """Phishing-Radar: Falsche Amazon-Stornierungen im Umlauf

Derzeit landen vermehrt E-Mails mit dem Betreff „%s“ in den Postfächern. Angeblich wurde eine Bestellung
wegen „ungewöhnlicher Aktivitäten“ storniert; um das Konto zu entsperren, soll man einen Code eingeben oder
eine Hotline anrufen.

So erkennen Sie die Fälschung:
• Der Absender ist keine Amazon-Adresse, sondern z. B. eine Gmail-Adresse oder eine Domain wie amazon-de-sicherheit.com.
• Die Bestellnummer fehlt oder hat nicht das übliche Format (drei, sieben und sieben Ziffern).
• Links führen nicht zu amazon.de – fahren Sie mit der Maus darüber, bevor Sie klicken.

Unser Rat: Prüfen Sie Bestellungen immer direkt in der App oder unter „Meine Bestellungen“. Leiten Sie
verdächtige Mails an die Verbraucherzentrale weiter und löschen Sie sie anschließend.

Weitere Themen dieser Ausgabe: Fake-Shops vor Ostern · Neue Maschen bei Paketbenachrichtigungen
"""
_d = when(2025, 3, 20, 7, 0, 1)
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="Verbraucher-Newsletter zitiert gefälschten Storno-Betreff"),
    from_name="Sicher Online – Newsletter", from_addr="newsletter@sicher-online-magazin.de",
    to="leser@example.de",
    subject="Phishing-Radar: Falsche Amazon-Stornierungen im Umlauf",
    text=(_nl % _fake) + "\nAbmelden: https://sicher-online-magazin.de/newsletter/abmelden?u=%s\n" % alnum(10).lower(),
    html=simple_html("<div style=\"max-width:640px;margin:auto\"><h2>Phishing-Radar</h2>"
                     + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in (_nl % _fake).split("\n\n"))
                     + "<p style=\"font-size:11px;color:#888\"><a href=\"https://sicher-online-magazin.de/newsletter/abmelden\">Newsletter abbestellen</a></p></div>"),
    cte="qp", date=_d, msgid=plain_msgid("sicher-online-magazin.de"),
    post_headers=[("List-Unsubscribe", "<https://sicher-online-magazin.de/newsletter/abmelden>"), ("Precedence", "bulk")],
    pre_headers=generic_headers("bounce@sicher-online-magazin.de", _d, relay="mail.sicher-online-magazin.de")[0])

_o = "303-4418207-6630922"
_d = when(2025, 3, 11, 15, 38)
_p = ["der vereinbarte Liefertermin für Ihre Bestellung wurde von unserem Speditionspartner abgesagt.",
      "Abgesagter Termin: Mittwoch, 12. März, 07:00–12:00 Uhr",
      "<b>Ihre Bestellung bleibt bestehen und wurde nicht storniert.</b> Bitte wählen Sie einen neuen Liefertermin, "
      "damit wir Ihnen den Artikel so schnell wie möglich liefern können."]
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="echte amazon.de: Liefertermin (Spedition) abgesagt, Bestellung besteht; auth pass"),
    from_name="Amazon.de", from_addr="versandbestaetigung@amazon.de", reply_to="no-reply@amazon.de",
    to="k.richter@example.de",
    subject="Ihr Liefertermin am 12. März wurde abgesagt – bitte neuen Termin wählen",
    text="Guten Tag Klaus Richter,\n\n%s\n\nAbgesagter Termin: Mittwoch, 12. März, 07:00–12:00 Uhr\nArtikel: Bosch WGG244F40 Serie 6 Waschmaschine, 9 kg\n"
         "Bestellung #%s\n\nIhre Bestellung bleibt bestehen und wurde nicht storniert. Bitte wählen Sie einen neuen Liefertermin:\n"
         "https://www.amazon.de/gp/your-account/ship-track?orderId=%s&reschedule=1\n\nAmazon.de\n%s\n\n%s\n"
         % (_p[0], _o, _o, RULE, security_text("de", "amazon.de")),
    html=html_hedwig("de", "amazon.de", "Guten Tag Klaus Richter,", _p, _o,
                     [("Bosch WGG244F40 Serie 6 Waschmaschine, 9 kg, 1400 U/min", 1, "549,00 €", "Amazon")],
                     security_text("de", "amazon.de"),
                     button=("Neuen Termin wählen", "https://www.amazon.de/gp/your-account/ship-track?orderId=%s&reschedule=1" % _o)),
    cte="8bit", **amz("amazon.de", "eu-west-1", True, _d))

_d = when(2025, 1, 19, 11, 22)
_p = ["Ihre Prime-Mitgliedschaft wurde wie gewünscht gekündigt.",
      "Sie können Ihre Prime-Vorteile noch bis zum 18. Februar 2025 nutzen. Danach wird Ihre Mitgliedschaft beendet "
      "und Ihnen wird keine weitere Mitgliedsgebühr berechnet.",
      "Sie haben es sich anders überlegt? Unter <a href=\"https://www.amazon.de/prime\">Prime verwalten</a> können "
      "Sie Ihre Mitgliedschaft jederzeit fortsetzen."]
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="Prime-Mitgliedschaft gekündigt (Abo); alt base64"),
    from_name="Amazon Prime", from_addr="no-reply@amazon.de",
    to="n.fischer@example.de",
    subject="Bestätigung: Ihre Prime-Mitgliedschaft wurde gekündigt",
    text="Guten Tag Nina Fischer,\n\nIhre Prime-Mitgliedschaft wurde wie gewünscht gekündigt.\n\n%s\n\n"
         "Prime verwalten: https://www.amazon.de/prime\n\nIhr Amazon Prime Team\n%s\n\n%s\n" % (_p[1], RULE, security_text("de", "amazon.de")),
    html=html_hedwig("de", "amazon.de", "Guten Tag Nina Fischer,", _p, None, [], security_text("de", "amazon.de")),
    cte="b64", **amz("amazon.de", "eu-west-1", False, _d))

_o = "304-9902617-4471835"
_d = when(2025, 3, 10, 6, 55)
add(file_meta=dict(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
                   note="echte Zahlungserinnerung vor Stornierung ('wird storniert, falls...'); text 8bit; auth pass"),
    from_name="Amazon.de", from_addr="payments-messages@amazon.de", reply_to="no-reply@amazon.de",
    to="s.wagner@example.de",
    subject="Handlungsbedarf: Bitte aktualisieren Sie Ihre Zahlungsinformationen für Bestellung #%s" % _o,
    text="""Amazon.de
%s

Guten Tag Stefan Wagner,

bei der Belastung Ihrer Mastercard mit der Endung 3307 für Ihre Bestellung #%s ist ein Problem
aufgetreten. Die Zahlung wurde von Ihrer Bank abgelehnt.

  LEGO Technic 42171 Mercedes-AMG F1 W14 E Performance
  Menge: 1
  199,99 €

Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 14. März 2025:
https://www.amazon.de/gp/css/summary/edit.html?orderID=%s

Falls wir bis dahin keine gültigen Zahlungsinformationen erhalten, wird Ihre Bestellung storniert. Nach der
Aktualisierung bearbeiten wir Ihre Bestellung automatisch, Sie müssen nichts weiter tun.

Amazon.de
%s

%s
""" % (RULE, _o, _o, RULE, security_text("de", "amazon.de")),
    cte="8bit", **amz("amazon.de", "eu-west-1", True, _d))

# ==========================================================================
# DUTCH (amazon.nl, amazon.com.be)
# ==========================================================================

# ---- notices -------------------------------------------------------------
_o = "403-2917460-8813527"
_it = [("Sony PlayStation 5 Slim Digital Edition, 1 TB", 1, "€ 399,99", "Amazon EU S.à r.l."),
       ("Sony DualSense draadloze controller, Midnight Black", 1, "€ 64,99", "Amazon EU S.à r.l.")]
_p = ["bij een routinematige beveiligingscontrole hebben we ongebruikelijke activiteit in je Amazon.nl-account opgemerkt. "
      "Om je te beschermen hebben we je account tijdelijk in de wacht gezet en de onderstaande bestelling geannuleerd.",
      "Om de blokkering op te heffen, log je in op de website of in de Amazon Shopping-app en volg je de instructies "
      "om je identiteit te bevestigen. Om veiligheidsredenen kunnen we de blokkering niet via e-mail of telefoon opheffen.",
      "Er is geen bedrag in rekening gebracht."]
_d = when(2025, 2, 22, 20, 14)
add(file_meta=dict(kind="notice", language="nl", cause="fraud_prevention", states_reason=True,
                   marketplace="amazon.nl", note="account in de wacht wegens ongebruikelijke activiteit; classic alt QP; auth pass"),
    from_name="Amazon.nl", from_addr="cs-reply@amazon.nl", reply_to="no-reply@amazon.nl",
    to="sanne.devries@example.nl",
    subject="Je Amazon.nl-bestelling #%s is geannuleerd" % _o,
    text="Amazon.nl\nBestelling #%s\n%s\n\nHallo Sanne,\n\n%s\n\n%s\n\n%s\n\nGeannuleerde artikelen\n\n%s\n\n"
         "Inloggen: https://www.amazon.nl/your-account\n\nMet vriendelijke groet,\nAmazon.nl\n%s\n\n%s\n"
         % (_o, RULE, _p[0][0].upper() + _p[0][1:], _p[1], _p[2], item_lines("nl", _it), RULE, security_text("nl", "amazon.nl")),
    html=html_classic("nl", "amazon.nl", "Annulering", _o, "Hallo Sanne,",
                      [_p[0][0].upper() + _p[0][1:], _p[1], _p[2]], _it, security_text("nl", "amazon.nl")),
    cte="qp", **amz("amazon.nl", "eu-west-1", True, _d))

_o = "405-6630184-2297713"
_d = when(2024, 12, 15, 11, 37, 1)
add(file_meta=dict(kind="notice", language="nl", cause="customer_request", states_reason=True,
                   marketplace="amazon.com.be", note="'Artikel succesvol geannuleerd', reden: door klant; text only QP; no auth"),
    from_name="Amazon.com.be", from_addr="auto-confirm@amazon.com.be", reply_to="no-reply@amazon.com.be",
    to="pieter.janssens@example.be",
    subject='Artikel succesvol geannuleerd: "LEGO Icons 10311 Orchidee, kunstbloemen bouwset voor volwassenen"',
    text="""Amazon.com.be
%s

Hallo Pieter,

Zoals gevraagd hebben we het volgende artikel uit je bestelling #%s geannuleerd:

  LEGO Icons 10311 Orchidee, kunstbloemen bouwset voor volwassenen
  Aantal: 1
  Prijs: € 39,99
  Reden annulering: geannuleerd door klant

Omdat dit artikel nog niet was verzonden, wordt er niets in rekening gebracht. Als er al een bedrag is
afgeschreven, storten we € 39,99 binnen 2-3 werkdagen terug op je oorspronkelijke betaalmethode.

De overige artikelen in je bestelling worden gewoon geleverd. Je bestelling bekijken:
https://www.amazon.com.be/gp/css/order-history?ref_=TE_tex_oh

We hopen je snel weer te zien.
Amazon.com.be
%s

%s
""" % (RULE, _o, RULE, security_text("nl", "amazon.com.be")),
    cte="qp", **amz("amazon.com.be", "eu-west-1", False, _d))

_o = "404-1182935-6604418"
_it = [("Philips Sonicare DiamondClean 9000 elektrische tandenborstel HX9911/09, roze", 1, "€ 169,99", "TandZorg Direct")]
_p = ["helaas moeten we je laten weten dat de verkoper het onderstaande artikel niet kan leveren.",
      "Het artikel is niet meer op voorraad en we konden het niet bij een andere verkoper voor dezelfde prijs vinden. "
      "We hebben het daarom uit je bestelling geannuleerd.",
      "Er is niets in rekening gebracht. De andere artikelen in je bestelling worden zoals gepland verzonden."]
_d = when(2025, 1, 9, 8, 3, 1)
add(file_meta=dict(kind="notice", language="nl", cause="inventory_shortage", states_reason=True,
                   marketplace="amazon.nl", note="verkoper kan niet leveren, niet op voorraad; HTML only windows-1252 QP; auth pass"),
    from_name="Amazon.nl", from_addr="order-update@amazon.nl", reply_to="no-reply@amazon.nl",
    to="f.bakker@example.nl",
    subject="Artikel geannuleerd uit je Amazon.nl-bestelling #%s" % _o,
    html=html_hedwig("nl", "amazon.nl", "Hallo Femke,", _p, _o, _it, security_text("nl", "amazon.nl"),
                     button=("Bestelgegevens bekijken", "https://www.amazon.nl/gp/your-account/order-details?orderID=" + _o)),
    charset="windows-1252", cte="qp", **amz("amazon.nl", "eu-west-1", True, _d))

_o = "403-7759021-1380264"
_d = when(2025, 4, 8, 5, 49, 2)
add(file_meta=dict(kind="notice", language="nl", cause="payment_issue", states_reason=True,
                   marketplace="amazon.com.be", note="onvoldoende cadeaubonsaldo, geen geldige betaalmethode binnen termijn; text only base64; no auth"),
    from_name="Amazon.com.be", from_addr="payments-messages@amazon.com.be", reply_to="no-reply@amazon.com.be",
    to="lotte.peeters@example.be",
    subject="Je Amazon.com.be-bestelling #%s is geannuleerd" % _o,
    text="""Amazon.com.be
Bestelling #%s
%s

Hallo Lotte,

We konden de betaling voor je bestelling niet verwerken. Het saldo van je Amazon-cadeaubon was niet
voldoende om het volledige bedrag te betalen, en er was geen andere geldige betaalmethode aan je account
gekoppeld.

Omdat we binnen de termijn van 7 dagen geen geldige betaalgegevens hebben ontvangen, is je bestelling
geannuleerd. Het saldo van je cadeaubon is niet gebruikt en blijft beschikbaar.

Geannuleerde artikelen

  Tefal Ingenio Preference 13-delige pannenset, inductie
  Aantal: 1
  Prijs: € 149,99

Wil je deze artikelen nog steeds? Plaats dan een nieuwe bestelling en controleer vooraf je betaalmethoden
in Mijn account.

Amazon.com.be
%s

%s
""" % (_o, RULE, RULE, security_text("nl", "amazon.com.be")),
    cte="b64", **amz("amazon.com.be", "eu-west-1", False, _d))

_o = "404-3305172-9926641"
_it = [("Samsung Galaxy Tab S9 FE, 10,9 inch, 128 GB, wifi, grijs", 1, "€ 9,99", "Amazon EU S.à r.l.")]
_p = ["door een systeemfout werd het onderstaande artikel met een onjuiste prijs op Amazon.nl weergegeven "
      "(€ 9,99 in plaats van € 449,00).",
      "Vanwege deze prijsfout hebben we het artikel in overeenstemming met onze Algemene Voorwaarden geannuleerd. "
      "Er is niets in rekening gebracht; een eventuele reservering op je rekening vervalt automatisch.",
      "Onze excuses voor het ongemak."]
_d = when(2024, 11, 26, 3, 30)
add(file_meta=dict(kind="notice", language="nl", cause="technical_issue", states_reason=True,
                   marketplace="amazon.nl", note="prijsfout door systeemfout; classic alt 8bit; auth pass"),
    from_name="Amazon.nl", from_addr="order-update@amazon.nl", reply_to="no-reply@amazon.nl",
    to="ruben.visser@example.nl",
    subject="Je Amazon.nl-bestelling #%s is geannuleerd" % _o,
    text="Amazon.nl\nBestelling #%s\n%s\n\nHallo Ruben,\n\n%s\n\n%s\n\n%s\n\nGeannuleerde artikelen\n\n%s\n\n"
         "Mijn bestellingen: https://www.amazon.nl/gp/css/order-history\n\nAmazon.nl\n%s\n\n%s\n"
         % (_o, RULE, _p[0][0].upper() + _p[0][1:], _p[1], _p[2], item_lines("nl", _it), RULE, security_text("nl", "amazon.nl")),
    html=html_classic("nl", "amazon.nl", "Annulering", _o, "Hallo Ruben,", [_p[0][0].upper() + _p[0][1:], _p[1], _p[2]],
                      _it, security_text("nl", "amazon.nl")),
    cte="8bit", **amz("amazon.nl", "eu-west-1", True, _d))

_o = "405-2248817-5530179"
_it = [("Tommee Tippee Closer to Nature zuigflessen, 6 stuks, 260 ml", 1, "€ 54,99", "Amazon EU S.à r.l.")]
_p = ["we laten je weten dat je onderstaande bestelling is geannuleerd.",
      "Als er al een bedrag is afgeschreven, storten we € 54,99 terug op je oorspronkelijke betaalmethode. "
      "Je hoeft verder niets te doen."]
_d = when(2025, 5, 12, 14, 2, 2)
add(file_meta=dict(kind="notice", language="nl", cause="unknown", states_reason=False,
                   marketplace="amazon.com.be", note="annulering zonder reden; hedwig alt base64; no auth"),
    from_name="Amazon.com.be", from_addr="order-update@amazon.com.be", reply_to="no-reply@amazon.com.be",
    to="e.claes@example.be",
    subject="Je bestelling #%s is geannuleerd" % _o,
    text="Amazon.com.be\n\nHallo Elke,\n\nWe laten je weten dat je onderstaande bestelling is geannuleerd.\n\nBestelling #%s\n\n%s\n\n%s\n\n%s\n\n%s\n"
         % (_o, item_lines("nl", _it), _p[1], RULE, security_text("nl", "amazon.com.be")),
    html=html_hedwig("nl", "amazon.com.be", "Hallo Elke,", [_p[0][0].upper() + _p[0][1:], _p[1]], _o, _it,
                     security_text("nl", "amazon.com.be")),
    cte="b64", **amz("amazon.com.be", "eu-west-1", False, _d))

# ---- lookalikes ----------------------------------------------------------
_d = when(2025, 1, 16, 4, 8, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="gmail-afzender, terugbelnummer, ongeldig bestelnummer"),
    from_name="Amazon Klantenservice", from_addr="klantenservice.amazon.nl@gmail.com",
    to="undisclosed-recipients:;",
    subject="Uw bestelling is geannuleerd - bel ons direct",
    text="""Amazon.nl

Beste klant,

Uw bestelling is GEANNULEERD omdat wij ongebruikelijke activiteit op uw account hebben vastgesteld.

Bestelnummer : 403-99812-7741
Artikel      : Apple MacBook Pro 14" M4, 1 TB
Bedrag       : € 2.199,00

Heeft u deze bestelling niet geplaatst of wilt u de annulering ongedaan maken? Bel dan direct onze
afdeling Annuleringen: 085 208 4471 (24/7 bereikbaar).

Als wij binnen 24 uur niets van u horen, wordt het bedrag van uw rekening afgeschreven.

Met vriendelijke groet,
Amazon Klantenservice
""", cte="qp", date=_d, msgid="<CAF%s@mail.gmail.com>" % alnum(30),
    pre_headers=generic_headers("klantenservice.amazon.nl@gmail.com", _d, relay="mail-sor-f73.google.com")[0])

_o = "404-5571028-3316490"
_u = "https://amazon-nl-account.com/herstel?token=%s" % alnum(24).lower()
_d = when(2024, 12, 19, 23, 51, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
                   note="Cyrillische o in weergavenaam, account opgeschort + bestelling geannuleerd, code invoeren"),
    from_name="Amaz\u043en.nl", from_addr="beveiliging@amazon-nl-account.com",
    to="j.mulder@example.nl",
    subject="Je account is opgeschort en bestelling %s is geannuleerd" % _o,
    text="""Hallo,

We hebben je Amazon-account opgeschort en je bestelling %s geannuleerd, omdat we de gegevens van je
account niet konden verifiëren.

Gebruik binnen 24 uur de onderstaande code om je account te herstellen en je bestelling opnieuw te activeren:

    448913

Voer de code hier in: %s

Als je de verificatie niet voltooit, wordt je account definitief gesloten.

Met vriendelijke groet,
Amazon Accountbeveiliging
""" % (_o, _u),
    html=simple_html("""<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:22px">
<p style="font-size:24px"><b>amazon</b><span style="color:#ff9900">.nl</span></p>
<p>Hallo,</p>
<p>We hebben je Amazon-account <b>opgeschort</b> en je bestelling <b>%s</b> geannuleerd, omdat we de gegevens van je account niet konden verifiëren.</p>
<p>Gebruik binnen 24 uur de onderstaande code om je account te herstellen en je bestelling opnieuw te activeren:</p>
<p style="font-size:28px;letter-spacing:5px;text-align:center;background:#f2f2f2;padding:10px"><b>448913</b></p>
<p style="text-align:center"><a href="%s" style="background:#ff9900;padding:10px 22px;color:#111;text-decoration:none">Account herstellen</a></p>
<p>Als je de verificatie niet voltooit, wordt je account definitief gesloten.</p>
<p>Met vriendelijke groet,<br>Amazon Accountbeveiliging</p></div>""" % (_o, esc(_u))),
    cte="qp", date=_d, msgid=plain_msgid("amazon-nl-account.com"),
    pre_headers=generic_headers("beveiliging@amazon-nl-account.com", _d, relay="vps.amazon-nl-account.com")[0])

_d = when(2025, 2, 28, 15, 17, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
                   note="plompe outlook.com-mail, kaartgegevens per antwoord, geen bestelnummer; iso-8859-1 8bit"),
    from_name="Amazon Betalingen", from_addr="amazon.betalingen@outlook.com",
    to="klant@example.nl",
    subject="Uw Amazon bestelling is geannuleerd !!",
    text="""Beste klant,

Uw bestelling bij Amazon is geannuleerd omdat uw betaling niet gelukt.

Om uw bestelling opnieuw te verwerken moet u deze e-mail BEANTWOORDEN met de volgende gegevens:

Volledige naam:
Kaartnummer:
Vervaldatum:
CVC-code:
Geboortedatum:
Adres:

Als wij binnen 48 uur geen antwoord ontvangen wordt uw account gesloten en vervalt uw tegoed.

Met vriendelijk groet,
Amazon Betaalafdeling
© Amazon Nederland
""", charset="iso-8859-1", cte="8bit", date=_d,
    msgid="<AS8P%s@AS8PR07MB%d.eurprd07.prod.outlook.com>" % (alnum(20), rng.randint(1000, 9999)),
    pre_headers=generic_headers("amazon.betalingen@outlook.com", _d, relay="EUR03-DBA-obe.outbound.protection.outlook.com")[0])

_o = "403-8826104-7719352"
_ph = "https://amazon.nl.bestelling-check.top/nl"
_it = [("Apple iPhone 16 128 GB, Ultramarijn", 1, "€ 969,00", "Amazon EU S.à r.l.")]
_p = ["we konden de betaling voor je bestelling niet verifiëren.",
      "<b>Je bestelling wordt geannuleerd</b> als je je betaalgegevens niet binnen 24 uur bevestigt. Bevestig je "
      "gegevens via <a href=\"%s/betaling?id=%s\">https://www.amazon.nl/gp/css/account/payment</a>." % (_ph, alnum(10)),
      "Na bevestiging wordt je bestelling zoals gepland verzonden."]
_d = when(2025, 3, 21, 10, 10, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
                   note="amazon.nl.<evil>.top afzender, 'wordt geannuleerd' tenzij actie; linktekst amazon.nl, href elders; base64"),
    from_name="Amazon.nl", from_addr="orders@amazon.nl.bestelling-check.top",
    to="m.smit@example.nl",
    subject="Je Amazon.nl-bestelling #%s wordt geannuleerd" % _o,
    text="Amazon.nl\nBestelling #%s\n\nHallo,\n\nWe konden de betaling voor je bestelling niet verifiëren.\n\nJe bestelling wordt "
         "geannuleerd als je je betaalgegevens niet binnen 24 uur bevestigt:\nhttps://www.amazon.nl/gp/css/account/payment\n\n%s\n\n%s\n"
         % (_o, item_lines("nl", _it), security_text("nl", "amazon.nl")),
    html=html_classic("nl", "amazon.nl", "Betalingsprobleem", _o, "Hallo,", _p, _it, security_text("nl", "amazon.nl"),
                      base=_ph, label_items="Betrokken artikelen"),
    cte="b64", date=_d, msgid=plain_msgid("bestelling-check.top"),
    pre_headers=generic_headers("bounce@bestelling-check.top", _d, relay="mail.bestelling-check.top")[0])

_d = when(2024, 10, 30, 1, 55, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
                   note="amaz0n-be.com, misvormd bestelnummer, terugbetaling tegen bankgegevens; HTML only"),
    from_name="Amazon.com.be", from_addr="info@amaz0n-be.com",
    to="w.maes@example.be",
    subject="Bestelling #405-7781-22019 geannuleerd: artikel niet op voorraad",
    html=simple_html("""<table width="600" align="center" cellpadding="16" style="border:1px solid #ddd"><tr><td>
<p style="font-size:24px"><b>amazon.com.be</b></p>
<p>Beste klant,</p>
<p>Het artikel in uw bestelling <b>#405-7781-22019</b> is helaas <b>niet meer op voorraad</b>. Uw bestelling is daarom geannuleerd.</p>
<table width="100%%" style="background:#f4f4f4" cellpadding="8"><tr><td>Bose QuietComfort Ultra Earbuds, zwart</td><td align="right">€ 299,95</td></tr></table>
<p>Om uw terugbetaling van <b>€ 299,95</b> te ontvangen, moet u binnen 3 dagen uw bankgegevens bevestigen:</p>
<p><a href="http://amaz0n-be.com/terugbetaling/?ref=%s" style="background:#f0c14b;padding:8px 18px;color:#111;text-decoration:none;border:1px solid #a88734">Terugbetaling aanvragen</a></p>
<p>Met vriendelijke groet,<br>Amazon.com.be Klantenservice</p>
</td></tr></table>""" % alnum(9)),
    cte="qp", date=_d, msgid=plain_msgid("amaz0n-be.com"),
    pre_headers=generic_headers("info@amaz0n-be.com", _d, relay="mail.amaz0n-be.com")[0])

_d = when(2025, 4, 4, 12, 41, 2)
add(file_meta=dict(kind="lookalike", language="nl", cause="technical_issue", states_reason=True, marketplace=None,
                   note="Grieks Alpha in weergavenaam, hotmail-afzender, geen bestelnummer, 'technische storing'"),
    from_name="\u0391mazon.nl", from_addr="amazon.nl.service@hotmail.com",
    to="klant@example.nl",
    subject="Je bestelling is geannuleerd door een technische storing",
    text="""Beste klant,

Door een technische storing in ons systeem is je laatste bestelling automatisch geannuleerd.

Je hebt recht op een terugbetaling en een tegoedbon van € 25 als excuus. Vul binnen 24 uur het formulier
in om je terugbetaling te ontvangen:

https://forms.gle/amzNLterugbetaling

Houd je bankpas en inloggegevens bij de hand.

Met vriendelijke groet,
Amazon.nl Klantenservice
""",
    html=simple_html("""<div style="max-width:560px;margin:auto"><p style="font-size:22px"><b>amazon.nl</b></p>
<p>Beste klant,</p><p>Door een <b>technische storing</b> in ons systeem is je laatste bestelling automatisch geannuleerd.</p>
<p>Je hebt recht op een terugbetaling en een tegoedbon van &euro; 25 als excuus. Vul binnen 24 uur het formulier in om je terugbetaling te ontvangen:</p>
<p><a href="https://forms.gle/amzNLterugbetaling">Formulier invullen</a></p>
<p>Houd je bankpas en inloggegevens bij de hand.</p><p>Met vriendelijke groet,<br>Amazon.nl Klantenservice</p></div>"""),
    cte="8bit", date=_d, msgid="<DU2P%s@DU2PR03MB%d.eurprd03.prod.outlook.com>" % (alnum(20), rng.randint(1000, 9999)),
    pre_headers=generic_headers("amazon.nl.service@hotmail.com", _d, relay="EUR05-VI1-obe.outbound.protection.outlook.com")[0])

_o = "404-6619320-8852017"
_ph = "https://amazon-bestellingen.help/nl"
_it = [("Dyson V12 Detect Slim Absolute snoerloze stofzuiger", 1, "€ 649,00", "Amazon")]
_p = ["zoals gevraagd hebben we het onderstaande artikel uit je bestelling geannuleerd. Reden annulering: geannuleerd door klant.",
      "De terugbetaling van € 649,00 wordt binnenkort verwerkt.",
      "<b>Heb je deze annulering niet aangevraagd?</b> Dan heeft iemand anders mogelijk toegang tot je account. "
      "<a href=\"%s/ongedaan?o=%s\">Annulering ongedaan maken</a> of bel ons direct: <b>020 808 5519</b>." % (_ph, _o)]
_d = when(2025, 5, 7, 9, 26, 2)
add(file_meta=dict(kind="lookalike", language="nl", cause="customer_request", states_reason=True, marketplace=None,
                   note="verzorgde terugbetaal-scam op amazon-bestellingen.help met dkim/dmarc pass voor eigen domein; gmail reply-to"),
    from_name="Amazon.nl", from_addr="annulering@amazon-bestellingen.help", reply_to="amazon.nl.helpdesk@gmail.com",
    to="d.vandijk@example.nl",
    subject="Annulering geslaagd: je Amazon.nl-bestelling #%s" % _o,
    text="Amazon.nl\n\nHallo,\n\nZoals gevraagd hebben we het onderstaande artikel uit je bestelling #%s geannuleerd.\n"
         "Reden annulering: geannuleerd door klant\n\n%s\n\nHeb je deze annulering niet aangevraagd? Bel ons direct: 020 808 5519\n"
         % (_o, item_lines("nl", _it)),
    html=html_hedwig("nl", "amazon.nl", "Hallo,", [_p[0][0].upper() + _p[0][1:], _p[1], _p[2]], _o, _it,
                     security_text("nl", "amazon.nl"), base=_ph),
    cte="qp", date=_d, msgid=plain_msgid("amazon-bestellingen.help"),
    pre_headers=generic_headers("bounce@amazon-bestellingen.help", _d, relay="smtp.amazon-bestellingen.help",
                                auth="mx.google.com;\n       dkim=pass header.d=amazon-bestellingen.help header.s=mail header.b=%s;\n"
                                     "       spf=pass smtp.mailfrom=amazon-bestellingen.help;\n"
                                     "       dmarc=pass (p=NONE dis=NONE) header.from=amazon-bestellingen.help" % alnum(8))[0])

_d = when(2025, 2, 11, 6, 38, 1)
add(file_meta=dict(kind="lookalike", language="nl", cause="unknown", states_reason=False, marketplace=None,
                   note="amazon.com.be-<evil>.online look-alike, geen reden, geen bestelnummer, verkorte link; HTML only base64"),
    from_name="Amazon.com.be", from_addr="noreply@amazon.com.be-klantenservice.online",
    to="klant@example.be",
    subject="Je bestelling is geannuleerd",
    html=simple_html("""<div style="width:580px;margin:auto;border-top:3px solid #232f3e;padding:16px">
<p style="font-size:22px"><b>amazon</b>.com.be</p>
<p>Hallo,</p>
<p>Je bestelling is geannuleerd.</p>
<p>Klik op de knop hieronder om de details van je annulering te bekijken en je terugbetaling te ontvangen.</p>
<p><a href="https://t.ly/amzBE%s" style="background:#ffd814;padding:8px 20px;color:#0f1111;text-decoration:none;border-radius:8px">Details bekijken</a></p>
<p style="color:#777;font-size:11px">© 1996-2025, Amazon.com, Inc. of gelieerde ondernemingen</p></div>""" % alnum(5)),
    cte="b64", date=_d, msgid=plain_msgid("klantenservice.online"),
    pre_headers=generic_headers("noreply@amazon.com.be-klantenservice.online", _d, relay="mail.amazon.com.be-klantenservice.online")[0])

# ---- non-notices ---------------------------------------------------------
_t_bol = """Hoi Maarten,

Helaas kunnen we het volgende artikel niet leveren. We hebben het daarom geannuleerd.

Bestelnummer: 4211907583

  Amazon Echo Dot (5e generatie, 2022) - slimme speaker met Alexa - antraciet
  Aantal: 1   € 54,99   Verkoper: bol

Je hebt betaald met iDEAL. We storten € 54,99 binnen 3 werkdagen terug op je rekening.

Bekijk vergelijkbare smart speakers: https://www.bol.com/nl/nl/l/smart-speakers/

Groeten,
bol
"""
_d = when(2025, 1, 23, 13, 12, 1)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="bol annuleert een 'Amazon Echo Dot' (andere winkel)"),
    from_name="bol", from_addr="klantenservice@bol.com",
    to="maarten.jansen@example.nl",
    subject="Je bestelling 4211907583 is (deels) geannuleerd",
    text=_t_bol,
    html=simple_html("<div style=\"max-width:600px;margin:auto\"><p style=\"font-size:26px;color:#0000a4\"><b>bol</b></p>"
                     + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in _t_bol.split("\n\n")) + "</div>"),
    cte="qp", date=_d, msgid=plain_msgid("mail.bol.com"),
    pre_headers=generic_headers("bounce@mail.bol.com", _d, relay="mta12.mail.bol.com")[0])

_d = when(2025, 3, 9, 19, 4, 1)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="huisgenoot meldt dat ze haar Amazon-bestelling heeft geannuleerd"),
    from_name="Noor", from_addr="noor.hendriks@ziggo.nl",
    to="Bas <bas.vermeulen@example.nl>",
    subject="Re: luchtbevochtiger",
    text="""Hoi Bas,

Ik heb mijn Amazon-bestelling van die luchtbevochtiger net geannuleerd, de reviews waren toch niet zo goed
als ik dacht. Het geld staat al bijna terug.

Zullen we zaterdag even samen naar de Blokker gaan? Dan kunnen we er eentje bekijken voordat we hem kopen.

Groetjes,
Noor

Op zo 9 mrt 2025 om 17:40 schreef Bas:
> Komt dat ding nou nog deze week? Mijn keel is kurkdroog 's nachts.
""", cte="8bit", date=_d, msgid="<%s@ziggo.nl>" % hexs(20),
    pre_headers=generic_headers("noor.hendriks@ziggo.nl", _d, relay="smtp.ziggo.nl")[0])

_fake = "Je Amazon.nl-bestelling is geannuleerd – bevestig je gegevens"
_nb = """Let op: valse mails over geannuleerde Amazon-bestellingen

De afgelopen week kregen we veel meldingen over e-mails met als onderwerp "%s". In de mail staat dat je
bestelling is geannuleerd wegens een "betalingsprobleem" of "ongebruikelijke activiteit". Je moet op een link
klikken of een telefoonnummer bellen om de annulering ongedaan te maken.

Zo herken je deze phishing:
- De afzender is geen amazon.nl-adres, maar bijvoorbeeld een gmail-adres of amazon-nl-account.com.
- Het bestelnummer ontbreekt of heeft niet de vorm 123-1234567-1234567.
- De link in de mail leidt niet naar amazon.nl (ga er met je muis overheen voordat je klikt).

Twijfel je? Open zelf de Amazon-app en kijk bij Mijn bestellingen. Meld valse mails bij de Fraudehelpdesk.

Verder in deze nieuwsbrief: nepwebwinkels rond Koningsdag en sms-fraude met pakketjes.
"""
_d = when(2025, 4, 1, 8, 0, 2)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="nieuwsbrief over phishing die een nep-annuleringsonderwerp citeert"),
    from_name="Veilig Online Nieuwsbrief", from_addr="nieuwsbrief@veiligonline-nieuws.nl",
    to="lezer@example.nl",
    subject="Waarschuwing: nep-mails 'Je Amazon-bestelling is geannuleerd'",
    text=(_nb % _fake) + "\nAfmelden: https://veiligonline-nieuws.nl/afmelden?u=%s\n" % alnum(10).lower(),
    html=simple_html("<div style=\"max-width:640px;margin:auto\"><h2>Veilig Online</h2>"
                     + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in (_nb % _fake).split("\n\n"))
                     + "<p style=\"font-size:11px;color:#888\"><a href=\"https://veiligonline-nieuws.nl/afmelden\">Afmelden</a></p></div>"),
    cte="qp", date=_d, msgid=plain_msgid("veiligonline-nieuws.nl"),
    post_headers=[("List-Unsubscribe", "<https://veiligonline-nieuws.nl/afmelden>"), ("Precedence", "bulk")],
    pre_headers=generic_headers("bounce@veiligonline-nieuws.nl", _d, relay="mail.veiligonline-nieuws.nl")[0])

_o = "405-3381740-6627105"
_p = ["de bezorgafspraak voor je bestelling is door onze bezorgpartner geannuleerd.",
      "Geannuleerde afspraak: dinsdag 18 maart, 13:00–17:00 uur",
      "<b>Je bestelling is niet geannuleerd.</b> Kies een nieuwe bezorgafspraak, zodat we je artikel zo snel "
      "mogelijk kunnen bezorgen."]
_d = when(2025, 3, 17, 16, 2, 1)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="echte amazon.nl: bezorgafspraak geannuleerd, bestelling blijft; auth pass"),
    from_name="Amazon.nl", from_addr="shipment-tracking@amazon.nl", reply_to="no-reply@amazon.nl",
    to="h.smits@example.nl",
    subject="Je bezorgafspraak is geannuleerd - kies een nieuw tijdvak",
    text="Hallo Hanna,\n\nDe bezorgafspraak voor je bestelling #%s is door onze bezorgpartner geannuleerd.\n\n"
         "Geannuleerde afspraak: dinsdag 18 maart, 13:00–17:00 uur\nArtikel: Samsung RB38C675CS9 koel-vriescombinatie\n\n"
         "Je bestelling is niet geannuleerd. Kies een nieuwe bezorgafspraak:\nhttps://www.amazon.nl/gp/your-account/ship-track?orderId=%s&reschedule=1\n\n"
         "Amazon.nl\n%s\n\n%s\n" % (_o, _o, RULE, security_text("nl", "amazon.nl")),
    html=html_hedwig("nl", "amazon.nl", "Hallo Hanna,", [_p[0][0].upper() + _p[0][1:], _p[1], _p[2]], _o,
                     [("Samsung RB38C675CS9 koel-vriescombinatie, 390 l, RVS-look", 1, "€ 749,00", "Amazon")],
                     security_text("nl", "amazon.nl"),
                     button=("Nieuwe afspraak kiezen", "https://www.amazon.nl/gp/your-account/ship-track?orderId=%s&reschedule=1" % _o)),
    cte="8bit", **amz("amazon.nl", "eu-west-1", True, _d))

_d = when(2025, 2, 2, 10, 45, 1)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="Amazon Music Unlimited-abonnement opgezegd (amazon.com.be); text base64"),
    from_name="Amazon Music", from_addr="digital-no-reply@amazon.com.be",
    to="thomas.wouters@example.be",
    subject="Je Amazon Music Unlimited-abonnement is opgezegd",
    text="""Hallo Thomas,

Zoals gevraagd hebben we je Amazon Music Unlimited-abonnement (individueel abonnement, € 10,99 per maand)
opgezegd.

Je kunt Amazon Music Unlimited nog gebruiken tot en met 1 maart 2025. Daarna wordt er niets meer in rekening
gebracht. Je gekochte muziek blijft gewoon in je bibliotheek staan.

Van gedachten veranderd? Je kunt je abonnement op elk moment opnieuw starten via
https://www.amazon.com.be/music/settings

Met vriendelijke groet,
Amazon Music

%s
""" % security_text("nl", "amazon.com.be"),
    cte="b64", **amz("amazon.com.be", "eu-west-1", False, _d))

_o = "403-5540917-2281636"
_d = when(2025, 4, 22, 7, 19, 2)
add(file_meta=dict(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
                   note="echte betaalherinnering vóór annulering ('wordt geannuleerd als...'); text QP; no auth"),
    from_name="Amazon.nl", from_addr="payments-messages@amazon.nl", reply_to="no-reply@amazon.nl",
    to="k.bos@example.nl",
    subject="Actie vereist: werk je betaalmethode bij voor bestelling #%s" % _o,
    text="""Amazon.nl
%s

Hallo Kevin,

We konden je Visa-creditcard eindigend op 6612 niet belasten voor je bestelling #%s. De kaart is
verlopen.

  Garmin Forerunner 265 GPS-hardloophorloge, zwart
  Aantal: 1
  € 349,99

Werk je betaalmethode uiterlijk 26 april 2025 bij:
https://www.amazon.nl/gp/css/summary/edit.html?orderID=%s

Als we voor die datum geen geldige betaalmethode ontvangen, wordt je bestelling geannuleerd. Nadat je je
betaalgegevens hebt bijgewerkt, verwerken we je bestelling automatisch; je hoeft verder niets te doen.

Amazon.nl
%s

%s
""" % (RULE, _o, _o, RULE, security_text("nl", "amazon.nl")),
    cte="qp", **amz("amazon.nl", "eu-west-1", False, _d))


# ==========================================================================
# write everything
# ==========================================================================

def main():
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)  # numbering does not reveal the kind
    maildir = os.path.join(HERE, "mail")
    os.makedirs(maildir, exist_ok=True)
    for f in os.listdir(maildir):
        if f.endswith(".eml"):
            os.remove(os.path.join(maildir, f))
    labels = []
    for n, idx in enumerate(order):
        spec = MAILS[idx]
        name = "%s%03d.eml" % (PREFIX, n + 1)  # z1001.eml, z1002.eml, ...
        with open(os.path.join(maildir, name), "wb") as fh:
            fh.write(build(spec))
        m = spec["file_meta"]
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), maildir))


if __name__ == "__main__":
    main()
