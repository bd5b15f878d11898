#!/usr/bin/env python3
"""Regenerate blind held-out batch j1: Amazon order-cancellation notices,
look-alike phishing and near-miss non-notices in English, German and Dutch.

Run:  python3 make.py      (writes mail/j1001.eml ... and labels.json)
"""
import json
import os
import random
import html as htmlmod
from email import charset as cs_mod
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr, format_datetime
from datetime import datetime, timedelta, timezone
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "j1"
rng = random.Random(20240611)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(s, charset="utf-8"):
    return s if is_ascii(s) else Header(s, charset)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    if is_ascii(name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def order_no(prefix=None):
    p = prefix if prefix else "%03d" % rng.randint(111, 114)
    return "%s-%07d-%07d" % (p, rng.randint(0, 9999999), rng.randint(0, 9999999))


def rand_date(y0=2023, y1=2025, tz=0):
    start = datetime(y0, 1, 3, tzinfo=timezone.utc)
    end = datetime(y1, 11, 20, tzinfo=timezone.utc)
    sec = rng.randint(0, int((end - start).total_seconds()))
    d = start + timedelta(seconds=sec)
    if tz:
        d = d.astimezone(timezone(timedelta(hours=tz)))
    return d


def ses_msgid(region="us-east-1"):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(16))
    u = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    dom = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    return "<0100%s-%s-000000@%s>" % (h[:12], u, dom)


def generic_msgid(domain):
    s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20))
    return "<%s.%d@%s>" % (s, rng.randint(100000, 999999), domain)


def part_boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(1000000, 99999999), rng.randint(100000000, 2147483647),
                                      rng.randint(1580000000000, 1730000000000))


def text_part(text, subtype, charset, enc):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[enc]
    if enc == "7bit":
        assert is_ascii(text), "7bit body must be ASCII"
    return MIMEText(text, subtype, c)


def esc(s):
    return htmlmod.escape(s, quote=False)


# Authentication-Results lines -----------------------------------------------

def auth_pass(domain, mx="mx.google.com"):
    sel = rng.choice(["rjs4gdqh2xk3uwaeb5mjjt2zlkwbksyt", "4u5n3ea7pa4qjeyjqu5k4cwvlfl3q2ib", "ejhmw5xp6hq7a4sfpyjhdwvlgzscuv3d"])
    return [
        ("Authentication-Results", "%s;\n       dkim=pass header.d=%s header.s=%s header.b=Qm3kZx8a;\n"
                                   "       dkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=Fv0XkP2c;\n"
                                   "       spf=pass (%s: domain of 0100018b-bounces@%s designates 54.240.8.21 as permitted sender) smtp.mailfrom=0100018b-bounces@%s;\n"
                                   "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (mx, domain, sel, mx, domain, domain, domain)),
        ("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s=" % (
            sel, domain, rng.randint(1680000000, 1730000000),
            "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43)),
            "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(120)))),
    ]


def auth_custom(text):
    return [("Authentication-Results", text)]


# --------------------------------------------------------------------------
# generic message builder
# --------------------------------------------------------------------------

def build(spec):
    """spec keys: from, to, subject, date, text, html, charset, enc, headers(list),
    reply_to, msgid, subject_charset, boundary"""
    cset = spec.get("charset", "utf-8")
    enc = spec.get("enc", "qp")
    text, html = spec.get("text"), spec.get("html")
    if text is not None and html is not None:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(text, "plain", cset, spec.get("text_enc", enc)))
        msg.attach(text_part(html, "html", cset, spec.get("html_enc", enc)))
        if spec.get("boundary"):
            msg.set_boundary(spec["boundary"])
        else:
            msg.set_boundary(part_boundary() if spec.get("amazon_boundary") else
                             "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(28)))
    elif html is not None:
        msg = text_part(html, "html", cset, enc)
    else:
        msg = text_part(text, "plain", cset, enc)
    # headers (order: trace, auth, then the usual)
    for k, v in spec.get("trace", []):
        msg[k] = v
    for k, v in spec.get("headers", []):
        msg[k] = v
    msg["From"] = spec["from"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = spec.get("to", "customer@example.net")
    msg["Subject"] = hdr(spec["subject"], spec.get("subject_charset", "utf-8"))
    for p in msg.walk():
        del p["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    # move content headers after MIME-Version for a natural look
    ct = msg["Content-Type"]; cte = msg.get("Content-Transfer-Encoding")
    del msg["Content-Type"]
    if cte:
        del msg["Content-Transfer-Encoding"]
    msg["Content-Type"] = ct
    if cte:
        msg["Content-Transfer-Encoding"] = cte
    for k, v in spec.get("late_headers", []):
        msg[k] = v
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec.get("msgid") or generic_msgid("mail.example.net")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(msg)
    return buf.getvalue()


# --------------------------------------------------------------------------
# Amazon-style notice builder (template text + HTML like the real samples)
# --------------------------------------------------------------------------

AMZ_LEGAL = {
    "amazon.com": "Amazon.com Services LLC, 410 Terry Avenue N., Seattle, WA 98109-5210.",
    "amazon.co.uk": "Amazon EU S.\u00e0 r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England and Wales, No. BR017427.",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario M5H 3Y2.",
    "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000.",
    "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th Floor, 26/1 Dr. Rajkumar Road, Malleshwaram (W), Bangalore 560055.",
    "amazon.co.za": "Amazon.co.za is operated by Amazon Retail South Africa (Pty) Ltd, Cape Town, South Africa.",
    "amazon.sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481.",
    "amazon.de": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. Handelsregister: RCS Luxemburg B 101818. Amazon EU S.\u00e0 r.l., Niederlassung Deutschland, Marcel-Breuer-Stra\u00dfe 12, 80807 M\u00fcnchen, HRB 218574.",
    "amazon.nl": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818. Btw-nummer: LU 20260743.",
    "amazon.com.be": "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818. Btw-nummer: LU 20260743.",
}

LABELS = {
    "en": dict(orders="Your Orders", account="Your Account", hello="Hello", order="Order",
               placed="Placed on", signature_pre="We hope to see you again soon.",
               cs="If you need further assistance, please visit Customer Service",
               noreply="This email was sent from a notification-only address that can't accept incoming email. Please do not reply to this message.",
               qty="Qty", price="Price"),
    "de": dict(orders="Meine Bestellungen", account="Mein Konto", hello="Guten Tag", order="Bestellung",
               placed="Aufgegeben am", signature_pre="Wir hoffen, Sie bald wieder bei uns begr\u00fc\u00dfen zu d\u00fcrfen.",
               cs="Weitere Hilfe finden Sie in unserem Kundenservice",
               noreply="Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die eingehende E-Mails nicht empfangen kann. Bitte antworten Sie nicht auf diese Nachricht.",
               qty="Menge", price="Preis"),
    "nl": dict(orders="Mijn bestellingen", account="Mijn account", hello="Hallo", order="Bestelling",
               placed="Geplaatst op", signature_pre="We hopen je snel weer te zien.",
               cs="Heb je meer hulp nodig? Ga naar de Klantenservice",
               noreply="Deze e-mail is verzonden vanaf een adres dat alleen meldingen verstuurt en geen inkomende e-mails kan ontvangen. Beantwoord dit bericht niet.",
               qty="Aantal", price="Prijs"),
}

AMZ_CSS = """body { margin:0; font:13px/18px Arial, sans-serif; }
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
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#criticalInfo { border-top:3px solid #2d3741; width:640px; }
#criticalInfo td { font-size:14px; padding:11px 18px 18px 18px; }
#criticalInfo .detailsContent { background-color:#efefef; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 30px 0; }
#legalCopy td { font-size:11px; color:#666; line-height:14px; padding:10px 0 0 0; }
"""


def amz_html(n, L):
    """n: notice dict. Builds an HTML body shaped like the real Amazon templates."""
    tld = n["tld"]
    base = "https://www." + tld
    ref = n.get("ref", "TE_cxl")
    nav = ('<td> <a href="{b}/gp/css/order-history?ref_={r}_yo">{o}</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> '
           '<td> <a href="{b}/gp/css/homepage.html?ref_={r}_ya">{a}</a> </td> <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td> '
           '<td> <a class="last" href="{b}/?ref_={r}_gw">{d}</a> </td>').format(b=base, r=ref, o=L["orders"], a=L["account"], d=n["display"])
    paras = "".join("<p> %s </p> " % p for p in n["html_paras"])
    items = ""
    for name, qty, price in n["items"]:
        items += ('<tr> <td class="name"> <ul> <li><a href="{b}/dp/B0{asin}?ref_={r}_it">{name}</a></li> </ul> '
                  '<p>{ql}: {q}</p> <p>{sold}</p> </td> <td class="price"> <strong>{p}</strong> </td> </tr> '
                  '<tr><td colspan="2" class="divider"></td></tr> ').format(
            b=base, asin="%08d" % rng.randint(0, 99999999), r=ref, name=esc(name), ql=L["qty"], q=qty,
            p=esc(price), sold=esc(n.get("sold_by", "")))
    crit = ""
    if n.get("crit"):
        crit = ('<tr> <td colspan="2"> <table id="criticalInfo" cellpadding="0"> <tbody> <tr class="detailsContent"> '
                + "".join("<td> <p> <span class=\"uniqueSpan\">%s</span><br /> <b>%s</b> </p> </td> " % (esc(k), esc(v)) for k, v in n["crit"])
                + '</tr> </tbody> </table> </td> </tr> ')
    btn = ""
    if n.get("button"):
        label, path = n["button"]
        btn = ('<table class="buttonComponent" width="222"> <tbody><tr> <td style="width:100%; vertical-align:middle;" align="center" '
               'valign="middle" width="100%" height="47"> <a class="buttonComponentLink" href="{b}{p}">{l}</a> </td> </tr> </tbody></table> ').format(
            b=base, p=path, l=esc(label))
    closing = "".join("<p> %s </p> " % p for p in n.get("html_closing", []))
    legal = "".join("<p> %s </p> " % p for p in n["html_footer"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset}" />
  <meta name="format-detection" content="telephone=no" />
  <style type="text/css">
{css}  </style>
 </head>
 <body><img width="1" height="1" src="{b}/gp/r.html?C={pix}&amp;M=urn:rtn:msg:{pixd}&amp;R=2&amp;T=O&amp;U=https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
  <table id="container" cellpadding="0">
   <tbody><tr> <td class="frame">
    <table id="main" cellpadding="0"> <tbody>
     <tr> <td>
      <table id="header" cellpadding="0"> <tbody>
       <tr> <td rowspan="2" class="logo"><a href="{b}/?ref_={ref}_lg"><img alt="{disp}" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/email/amazon_logo._CB485930543_.png" /></a></td>
        <td class="navigation"> <table align="right"> <tbody> <tr> {nav} </tr> </tbody> </table> </td> </tr>
       <tr> <td class="title"> <h2>{title}</h2> {ol} #<a href="{b}/gp/your-account/order-details?orderID={order}&amp;ref_={ref}_od">{order}</a> </td> </tr>
      </tbody></table> </td> </tr>
     <tr> <td>
      <table id="summary" cellpadding="0"> <tbody> <tr> <td><span class="heading">{greet}</span> {paras}{btn}</td> </tr> </tbody></table> </td> </tr>
     {crit}
     <tr> <td>
      <table id="orderDetails" cellpadding="0"> <tbody> <tr> <td> <h3 class="heading">{ihead}</h3> </td> </tr> </tbody></table>
      <table id="itemDetails" cellpadding="0"> <tbody> {items}</tbody></table> </td> </tr>
     <tr> <td>
      <table id="closing" cellpadding="0"> <tbody> <tr> <td> {closing}<p> {cs} <a href="{b}/gp/help/customer/display.html?ref_={ref}_cs">{b2}/help</a>. </p> <p> <br />{sig_pre}<br /> <span class="signature"> <strong>{disp}</strong> </span> </p> </td> </tr> </tbody></table> </td> </tr>
     <tr> <td>
      <table id="legalCopy" cellpadding="0"> <tbody> <tr> <td> {legal}<p> {legal_entity} </p> <p> {noreply} </p> </td> </tr> </tbody></table> </td> </tr>
    </tbody></table>
   </td> </tr> </tbody>
  </table>
 </body>
</html>
""".format(charset=n.get("charset", "utf-8").upper(), css=AMZ_CSS, b=base, b2=tld, pix=rng.randint(10**12, 10**13),
           pixd="%032x" % rng.getrandbits(128), ref=ref, disp=n["display"], nav=nav, title=esc(n["title"]), ol=L["order"],
           order=n["order"], greet=esc(n["greeting"]), paras=paras, btn=btn, crit=crit, ihead=esc(n["items_heading"]),
           items=items, closing=closing, cs=L["cs"], sig_pre=esc(L["signature_pre"]), legal=legal,
           legal_entity=esc(AMZ_LEGAL[tld]), noreply=esc(L["noreply"]))


def amz_text(n, L):
    tld = n["tld"]
    bar = "_" * 75
    out = ["%s %s" % (n["display"], n["title"]), "%s #%s" % (L["order"], n["order"]), "https://www.%s/ref=TE_tex_g" % tld, "", bar, "",
           n["greeting"], ""]
    for p in n["text_paras"]:
        out += [p, ""]
    if n.get("crit"):
        for k, v in n["crit"]:
            out += [k, v, ""]
    out += [n["items_heading"], ""]
    for name, qty, price in n["items"]:
        out.append("    %s x %s" % (qty, name))
        if n.get("sold_by"):
            out.append("    %s" % n["sold_by"])
        out.append("    %s" % price)
        out.append("")
    out.append("=" * 76)
    out.append("")
    for p in n.get("text_closing", []):
        out += [p, ""]
    out += ["%s: https://www.%s/gp/help/customer/display.html?ref=TE_tex_cs" % (L["cs"], tld), "", L["signature_pre"], n["display"], bar, ""]
    for p in n["text_footer"]:
        out += [p, ""]
    out += [AMZ_LEGAL[tld], "", L["noreply"], ""]
    return "\n".join(out)


def build_notice(n):
    L = LABELS[n["lang"]]
    tld = n["tld"]
    shape = n["shape"]  # alt | html | text
    text = amz_text(n, L) if shape in ("alt", "text") else None
    htm = amz_html(n, L) if shape in ("alt", "html") else None
    _h1, _h2 = rng.randint(8, 48), rng.randint(1, 250)
    region = "us-east-1" if tld in ("amazon.com", "amazon.ca") else ("eu-west-1" if tld not in ("amazon.com.au", "amazon.in", "amazon.sg") else "ap-southeast-2")
    trace = [
        ("Delivered-To", n.get("to", "customer@example.net")),
        ("Return-Path", "<%s-%s@bounces.%s>" % (n["date"].strftime("%Y%m%d%H%M%S"), "%06x" % rng.getrandbits(24), tld)),
        ("Received", "from a%d-%d.smtp-out.%s.amazonses.com (a%d-%d.smtp-out.%s.amazonses.com. [54.240.%d.%d])\n"
                     "        by mx.example.net with ESMTPS id %s\n        for <%s>; %s" % (
            _h1, _h2, region, _h1, _h2, region, _h1, _h2,
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12)), n.get("to", "customer@example.net"),
            format_datetime(n["date"]))),
    ]
    if n.get("auth"):
        trace += auth_pass(tld)
    spec = dict(
        trace=trace,
        **{"from": addr(n["display"], "%s@%s" % (n["sender"], tld))},
        reply_to="no-reply@%s" % tld,
        to=n.get("to", "customer@example.net"),
        subject=n["subject"], subject_charset=n.get("subject_charset", "utf-8"),
        date=n["date"], text=text, html=htm, charset=n.get("charset", "utf-8"), enc=n["enc"],
        late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Bounces-to", "%s-%s@bounces.%s" % (
            n["date"].strftime("%Y%m%d%H%M%S"), "%06x" % rng.getrandbits(24), tld)),
                      ("X-AMAZON-RTE-VERSION", "2.0"), ("Feedback-ID", "1.%s.%s:AmazonSES" % (region, "%043x" % rng.getrandbits(170)))],
        msgid=ses_msgid(region), amazon_boundary=True,
    )
    return build(spec)


ALL = []  # (spec, label) tuples appended by the language sections below


import re as _re
_LINK = _re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def md_text(s):
    return _LINK.sub(lambda m: "%s (%s)" % (m.group(1), m.group(2)), s)


def md_html(s):
    out, pos = [], 0
    for m in _LINK.finditer(s):
        out.append(esc(s[pos:m.start()]))
        out.append('<a href="%s">%s</a>' % (m.group(2).replace("&", "&amp;"), esc(m.group(1))))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def notice(**kw):
    kw.setdefault("enc", "qp")
    kw.setdefault("sold_by", "")
    kw["text_paras"] = [md_text(p) for p in kw["paras"]]
    kw["html_paras"] = [md_html(p) for p in kw["paras"]]
    kw["text_closing"] = [md_text(p) for p in kw.get("closing", [])]
    kw["html_closing"] = [md_html(p) for p in kw.get("closing", [])]
    kw["text_footer"] = [md_text(p) for p in kw["footer"]]
    kw["html_footer"] = [md_html(p) for p in kw["footer"]]
    ALL.append(("notice", kw))


def raw(**kw):
    ALL.append(("raw", kw))


def D(y, m, d, h=10, mi=0, off=0, s=None):
    return datetime(y, m, d, h, mi, s if s is not None else rng.randint(0, 59), tzinfo=timezone(timedelta(hours=off)))


# ==========================================================================
# ENGLISH
# ==========================================================================

def footer_en(tld):
    return [
        "Amazon will never ask you to provide your password, your full card number or a one-time passcode by email, text message or phone call, and we will never ask you to make a payment outside of our website or app.",
        "If your card number has changed or your card has expired, you can update your payment information at any time in [Your Account](https://www.%s/cpe/yourpayments/wallet)." % tld,
        "If you receive a suspicious email that appears to be from Amazon, please report it: [Report a phishing or suspicious email](https://www.%s/gp/help/customer/display.html?nodeId=GQ9J5L5C3UVJ3NNJ). Learn how to spot fake emails on our [Security & Privacy help pages](https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B)." % (tld, tld),
    ]


o = order_no("113")
notice(lang="en", tld="amazon.com", display="Amazon.com", sender="order-update", order=o,
       subject="1 item has been canceled from your Amazon.com order #%s" % o,
       title="Cancellation Notice", greeting="Hello Dana,", shape="alt", enc="qp", auth=True,
       date=D(2024, 11, 29, 18, 42, -5),
       paras=[
           "We're writing to let you know that the following item has been canceled from your order. We're sorry, but this item is no longer available from the seller, and we were unable to obtain more stock from our suppliers before your estimated delivery date.",
           "You have not been charged for this item. If a pending authorization appears on your card statement, your bank will release it within 3-5 business days. The remaining items in your order will ship as planned.",
           "You can look for other sellers offering this product, or browse similar items, on the [product page](https://www.amazon.com/dp/B0C4QZ1R7T?ref_=TE_cxl_dp).",
       ],
       items_heading="Canceled Items",
       items=[("Anker 737 Power Bank (PowerCore 24K), 140W Portable Charger with Smart Digital Display", 1, "$109.99")],
       sold_by="Sold by: Amazon.com Services LLC",
       crit=[("Order Date:", "November 27, 2024"), ("Refund Total:", "$0.00 (not charged)")],
       footer=footer_en("amazon.com"),
       cause="inventory_shortage", states_reason=True, note="item no longer available, supplier could not restock; sample-like HTML")

o = order_no("204")
notice(lang="en", tld="amazon.co.uk", display="Amazon.co.uk", sender="payments-messages", order=o,
       subject="Your Amazon.co.uk order #%s has been cancelled" % o,
       title="Order Cancellation", greeting="Dear Customer,", shape="text", enc="qp", auth=False,
       date=D(2025, 3, 9, 7, 15, 0),
       paras=[
           "We were unable to charge your payment method for order #%s, placed on 3 March 2025. We emailed you on 4 March asking you to update your payment details, but we did not receive a payment revision within the time allowed. As a result, we have cancelled your order." % o,
           "The bank that issued your Mastercard ending in 4471 declined the transaction. This can happen when a card has expired, when the billing address does not match the one held by your bank, or when there are insufficient funds available.",
           "No payment has been taken for this order. If you would still like these items, please place a new order on Amazon.co.uk using a valid payment method.",
       ],
       items_heading="Cancelled items",
       items=[("Tefal Easy Fry Precision+ EY505D27 Air Fryer, 4.2 L, Black", 1, "\u00a369.99"),
              ("Joseph Joseph Nest 9 Plus Compact Food Preparation Set", 1, "\u00a339.00")],
       footer=footer_en("amazon.co.uk"),
       cause="payment_issue", states_reason=True, note="card declined, payment revision not received in time; text only")

o = order_no("702")
notice(lang="en", tld="amazon.ca", display="Amazon.ca", sender="auto-confirm", order=o,
       subject="Your Amazon.ca order #%s has been cancelled" % o,
       title="Order Cancelled", greeting="Hello Marc,", shape="html", enc="b64", auth=True,
       date=D(2024, 7, 17, 9, 5, -4),
       paras=[
           "We're contacting you about your recent Amazon.ca order. The item below was displayed on our website at an incorrect price of CDN$ 18.99 because of a pricing error.",
           "Our Conditions of Use provide that, where an item's correct price is higher than our stated price, we will cancel the order and notify you. We have therefore cancelled this item, and it will not be shipped.",
           "You have not been charged for this order. We apologize for any inconvenience this may cause. The item is available at its correct price on the [product page](https://www.amazon.ca/dp/B00CH9QWOU).",
       ],
       items_heading="Cancelled Items",
       items=[("Breville the Barista Express Espresso Machine BES870BSS, Brushed Stainless Steel", 1, "CDN$ 18.99")],
       sold_by="Sold by: Amazon.com.ca ULC",
       footer=footer_en("amazon.ca"),
       cause="technical_issue", states_reason=True, note="pricing error; HTML only, base64")

o = order_no("250")
notice(lang="en", tld="amazon.com.au", display="Amazon.com.au", sender="cs-reply", order=o,
       subject="Your Amazon.com.au order #%s has been cancelled" % o,
       title="Order Cancelled", greeting="Hello Liam,", shape="alt", enc="8bit", auth=False,
       date=D(2025, 1, 22, 14, 30, 11),
       paras=[
           "We noticed unusual activity on your Amazon.com.au account and, as a precaution, we have placed your account on hold while we review it. Because of this, we have cancelled the order listed below.",
           "To restore access, sign in to your account on the Amazon website or app and follow the on-screen instructions to verify your identity. You may be asked to confirm the payment method on file. Please do not reply to this email with any personal or payment information.",
           "Once the review is complete and your account is reactivated, you can place the order again. You have not been charged for this order.",
       ],
       items_heading="Cancelled Items",
       items=[("Apple AirPods Pro (2nd generation) with MagSafe Case (USB\u2011C)", 2, "$399.00"),
              ("Apple Gift Card \u2013 App Store, Apple Music, iCloud \u2013 $200", 1, "$200.00")],
       footer=footer_en("amazon.com.au"),
       cause="fraud_prevention", states_reason=True, note="unusual activity, account on hold, identity verification via site")

o = order_no("405")
notice(lang="en", tld="amazon.in", display="Amazon.in", sender="auto-confirm", order=o,
       subject='Successful cancellation of "boAt Airdopes 141 Bluetooth TWS Earbuds..." from your Amazon.in order %s' % o,
       title="Cancellation Confirmation", greeting="Hello Ananya,", shape="text", enc="7bit", auth=True,
       date=D(2024, 8, 12, 21, 48, 5.5),
       paras=[
           "As you requested, we have cancelled the item listed below from your order %s, placed on 12 August 2024." % o,
           "If you paid for this item, the refund will be issued to your original payment method. Refunds to UPI and Amazon Pay balance are usually credited within 2 hours; card refunds can take 3-5 business days. No refund is needed for Pay on Delivery orders.",
           "If you cancelled this item by mistake, you can buy it again from [Your Orders](https://www.amazon.in/gp/css/order-history).",
       ],
       crit=[("Cancel Reason:", "Customer Canceled"), ("Refund Amount:", "Rs. 1,299.00")],
       items_heading="Cancelled Items",
       items=[("boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Low Latency Mode (Bold Black)", 1, "Rs. 1,299.00")],
       sold_by="Sold by: Cocoblu Retail",
       footer=footer_en("amazon.in"),
       cause="customer_request", states_reason=True, note="customer cancelled; 'Cancel Reason: Customer Canceled'; 7bit text")

o = order_no("071")
notice(lang="en", tld="amazon.co.za", display="Amazon.co.za", sender="order-update", order=o,
       subject="Your Amazon.co.za order #%s has been cancelled" % o,
       title="Order Cancelled", greeting="Hi Thandi,", shape="alt", enc="b64", auth=False,
       date=D(2025, 6, 4, 16, 2, 2),
       paras=[
           "We're sorry, but we were unable to deliver your order to the address you provided. Our delivery partner attempted delivery three times and could not locate the address \"12 Pinewood Crescent, Unit 4, Bryanston\". The parcel has been returned to us, and your order has been cancelled.",
           "A full refund of R 1 249,00 has been issued to your original payment method. Depending on your bank, it may take up to 7 business days to appear on your statement.",
           "Before placing a new order, please check that your delivery address is complete, including unit or complex number, in [Your Addresses](https://www.amazon.co.za/a/addresses).",
       ],
       items_heading="Cancelled Items",
       items=[("Russell Hobbs Classic Kettle 1.7 L, Stainless Steel", 1, "R 549,00"),
              ("Philips Series 3000 Shaver S3143/00", 1, "R 700,00")],
       footer=footer_en("amazon.co.za"),
       cause="unknown", states_reason=True, note="address undeliverable, parcel returned -> fits none of the four causes")

# ---- English look-alikes ------------------------------------------------

raw(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="callback phone number, gmail sender, malformed order number, crude",
    **{"from": addr("Amazon Support Team", "amzn.supportdesk.us@gmail.com")},
    subject="Order Cancelled !! Payment Authorization Failed - Ref#AMZ-88271",
    date=D(2024, 10, 2, 3, 17, -7), enc="8bit", charset="utf-8",
    msgid=generic_msgid("mail.gmail.com"),
    text="""Dear Customer,

Your Amazon order #114-2291-77381 has been cancelled because the payment authorization FAILED on your card. An amount of $499.99 is still on HOLD and will be charged to your account within 24 hours if you don’t respond.

Item : Apple iPhone 15 Pro Max 256GB – Natural Titanium
Qty : 1
Order Total : $1,199.00

To STOP the charge and receive your full refund, call our Billing Department immediately on:

      ☎  +1 (888) 419-2217  (Toll Free, 24x7)

Do not ignore this message. Failure to call will result in the amount being debited from your bank.

Regards,
Amazon Billing Dept.
Amazon.com Inc, Seattle WA
""")

raw(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account suspended + order cancelled, use this code; look-alike domain amazon-orders.help with its own passing DKIM/DMARC",
    trace=auth_custom("mx.example.net;\n       dkim=pass header.d=amazon-orders.help header.s=mail header.b=a81Kx0Qz;\n       spf=pass smtp.mailfrom=bounce@amazon-orders.help;\n       dmarc=pass (p=NONE) header.from=amazon-orders.help"),
    **{"from": addr("Amazon", "no-reply@amazon-orders.help")},
    reply_to="support@amazon-orders.help",
    subject="Account suspended \u2013 order #112-4456102-3390218 cancelled",
    date=D(2025, 2, 11, 6, 44, 0), enc="qp", msgid=generic_msgid("amazon-orders.help"),
    text="""Amazon

Your account has been suspended

Hello,

We detected a suspicious sign-in to your Amazon account from a new device (Windows 10, Bucharest, Romania). To protect you, your account has been temporarily suspended and your recent order #112-4456102-3390218 has been cancelled.

To reinstate your account and restore your order, enter the verification code below on our secure reactivation page within 12 hours:

    Verification code: AMZ-7731-QX

Reactivate account: https://amazon-orders.help/reinstate?c=AMZ-7731-QX&u=3381

If you do not complete verification, your account will be permanently closed and any pending refunds will be forfeited.

Thank you,
Amazon Account Specialist Team

(c) 1996-2025, Amazon.com, Inc. or its affiliates
""",
    html="""<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0;border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://amazon-orders.help/static/logo-white.png" alt="amazon" width="100"></td></tr>
<tr><td style="padding:24px 30px;color:#111;font-size:14px;line-height:20px">
<h2 style="font-weight:normal;color:#c45500;margin:0 0 12px 0">Your account has been suspended</h2>
<p>Hello,</p>
<p>We detected a suspicious sign-in to your Amazon account from a new device (Windows 10, Bucharest, Romania). To protect you, your account has been temporarily suspended and your recent order <b>#112-4456102-3390218</b> has been cancelled.</p>
<p>To reinstate your account and restore your order, enter the verification code below on our secure reactivation page within <b>12 hours</b>:</p>
<p style="text-align:center;font-size:24px;letter-spacing:4px;background:#f7f7f7;padding:14px;border:1px dashed #aaa"><b>AMZ-7731-QX</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/reinstate?c=AMZ-7731-QX&amp;u=3381" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Reactivate account</a></p>
<p>If you do not complete verification, your account will be permanently closed and any pending refunds will be forfeited.</p>
<p>Thank you,<br>Amazon Account Specialist Team</p>
</td></tr>
<tr><td style="padding:12px 30px;font-size:11px;color:#777;border-top:1px solid #eee">Amazon will never ask for your password by email. &copy; 1996-2025, Amazon.com, Inc. or its affiliates. All rights reserved.</td></tr>
</table></td></tr></table></body></html>
""")

raw(kind="lookalike", language="en", cause="payment_issue", states_reason=True, marketplace=None,
    note="reply with card details, outlook.com sender, claims amazon.ie, malformed order number",
    **{"from": addr("Amazon.ie Orders", "amazonie.orders-dept@outlook.com")},
    subject="Your order has been cancelled - action required",
    date=D(2025, 5, 19, 22, 3, 1), enc="qp", msgid=generic_msgid("DB9PR02MB7211.eurprd02.prod.outlook.com"),
    text="""Dear Valued Customer,

We were unable to process the payment for your recent order (Order No. 202-77341-00921) and it has now been cancelled.

To reinstate your order and avoid a cancellation fee of \u20ac39.99, please reply to this email within 48 hours with the following information so that our billing team can re-verify your payment:

  - Full name (as shown on card)
  - Card number
  - Expiry date
  - CVV code (3 digits on the back)
  - Billing address
  - Date of birth

Once we receive your details your order will be re-processed and dispatched the same day.

We apologise for the inconvenience.

Kind regards,
Amazon.ie Customer Billing
""")

_l4 = dict(lang="en", tld="amazon.com", display="Amazon.com", order="113-5520941-8871364",
           title="Cancellation Notice", greeting="Hello,", ref="TE_cxl",
           html_paras=["We're sorry, but the item below is no longer available and has been canceled from your order.",
                       'A refund of <b>$349.00</b> is waiting for you. To receive it, you must confirm your refund details within 48 hours at '
                       '<a href="https://secure-orders.top/amzn/refund.php?id=55209418871364">https://www.amazon.com/refunds/confirm</a>.',
                       'If you do not confirm, the refund will be returned to the seller. You can also view the order in '
                       '<a href="https://secure-orders.top/amzn/login.php?next=orders">www.amazon.com/your-orders</a>.'],
           items_heading="Canceled Items", items=[("Bose QuietComfort Ultra Wireless Noise Cancelling Headphones, Black", 1, "$349.00")],
           sold_by="Sold by: Amazon.com Services LLC",
           html_footer=[md_html(p) for p in footer_en("amazon.com")])
_l4html = amz_html(_l4, LABELS["en"]).replace('href="https://www.amazon.com', 'href="https://secure-orders.top/amzn/r.php?u=https://www.amazon.com')
raw(kind="lookalike", language="en", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="polished copy of real template; visible link text amazon.com, hrefs go to secure-orders.top; sender amazon.com.secure-orders.top",
    trace=auth_custom("mx.example.net;\n       dkim=pass header.d=amazon.com.secure-orders.top header.s=s1 header.b=Zk3m1q9a;\n       spf=pass smtp.mailfrom=order-update@amazon.com.secure-orders.top;\n       dmarc=pass (p=NONE) header.from=amazon.com.secure-orders.top"),
    **{"from": addr("Amazon.com", "order-update@amazon.com.secure-orders.top")},
    reply_to="no-reply@amazon.com.secure-orders.top",
    subject="1 item has been canceled from your Amazon.com order #113-5520941-8871364",
    date=D(2024, 12, 3, 15, 26, -5), enc="b64", html=_l4html, msgid=generic_msgid("secure-orders.top"))

raw(kind="lookalike", language="en", cause="technical_issue", states_reason=True, marketplace=None,
    note="Cyrillic homoglyph display name, amzn-notice.net, claims system error + double charge",
    **{"from": addr("\u0410m\u0430z\u043en.com", "cancellations@amzn-notice.net")},
    subject="Your Amazon.com order #111-8839201-5567120 has been canceled",
    date=D(2024, 4, 8, 11, 9, -4), enc="qp", msgid=generic_msgid("amzn-notice.net"),
    text="""Amazon.com

Hello,

Due to a system error during checkout, your order #111-8839201-5567120 was canceled, but the payment of $218.47 was captured twice.

To receive your refund, please confirm your billing information within 48 hours:
http://amzn-notice.net/billing/confirm?ref=8839201

If we do not receive confirmation, the duplicate charge cannot be reversed.

We apologize for the inconvenience.
Amazon.com Customer Service
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:620px;margin:auto">
<div style="border-bottom:3px solid #ff9900;padding:10px 0"><span style="font-size:26px;font-weight:bold">amazon</span><span style="font-size:13px;color:#555">.com</span></div>
<p>Hello,</p>
<p>Due to a <b>system error</b> during checkout, your order <b>#111-8839201-5567120</b> was canceled, but the payment of <b>$218.47</b> was captured twice.</p>
<p>To receive your refund, please confirm your billing information within 48 hours:</p>
<p><a href="http://amzn-notice.net/billing/confirm?ref=8839201" style="color:#0066c0">Confirm billing information</a></p>
<p>If we do not receive confirmation, the duplicate charge cannot be reversed.</p>
<p>We apologize for the inconvenience.<br>Amazon.com Customer Service</p>
</div></body></html>
""")

raw(kind="lookalike", language="en", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amaz0n look-alike; threatens the order WILL be cancelled unless identity verified; malformed order number",
    **{"from": addr("Amazon Security", "no-reply@amaz0n.com")},
    subject="Action required: your order will be cancelled in 24 hours",
    date=D(2023, 11, 24, 4, 51, -5), enc="qp", msgid=generic_msgid("amaz0n.com"),
    text="""Amazon Security Notice

Dear Customer,

Our security system has flagged your recent order #112-445-99817 for review because of an unusual sign-in from a new device (Lagos, NG).

Unless you verify your identity within 24 hours, your order will be cancelled and your account will be locked.

Verify now: http://amaz0n.com.verify-id.co/signin?order=11244599817

Amazon takes your security seriously. This verification only takes 2 minutes.

Sincerely,
The Amazon Security Team
""",
    html="""<html><body style="font-family:'Amazon Ember',Arial,sans-serif;font-size:14px">
<table width="580" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:16px 0;border-bottom:1px solid #ddd"><b style="font-size:22px">amazon</b></td></tr>
<tr><td style="padding:18px 0">
<h3 style="color:#b12704;margin:0 0 10px">Security Notice</h3>
<p>Dear Customer,</p>
<p>Our security system has flagged your recent order <b>#112-445-99817</b> for review because of an unusual sign-in from a new device (Lagos, NG).</p>
<p><b>Unless you verify your identity within 24 hours, your order will be cancelled</b> and your account will be locked.</p>
<p><a href="http://amaz0n.com.verify-id.co/signin?order=11244599817" style="display:inline-block;background:#f0c14b;border:1px solid #a88734;padding:8px 20px;color:#111;text-decoration:none">Verify now</a></p>
<p>Amazon takes your security seriously. This verification only takes 2 minutes.</p>
<p>Sincerely,<br>The Amazon Security Team</p></td></tr></table></body></html>
""")

raw(kind="lookalike", language="en", cause="unknown", states_reason=False, marketplace=None,
    note="crude, yahoo sender, no order number, shortened refund link",
    trace=auth_custom("mx.example.net;\n       dkim=pass header.d=yahoo.com header.s=s2048 header.b=WpL0sX1e;\n       spf=pass smtp.mailfrom=yahoo.com;\n       dmarc=pass (p=REJECT) header.from=yahoo.com"),
    **{"from": addr("amazon", "service.amazon.refund2024@yahoo.com")},
    subject="ORDER CANCELED",
    date=D(2024, 1, 14, 2, 2, 0), enc="7bit", msgid=generic_msgid("sonic.mail.yahoo.com"),
    text="""Hello dear customer,

Your amazon order is CANCELED.

click here to get your refund now  http://bit.ly/3amzRfnd

Thank you
amazon team
""")

raw(kind="lookalike", language="en", cause="customer_request", states_reason=True, marketplace=None,
    note="Greek omicron in display name, amazon.co.uk.cancel-order.info, 'if you did not request this call' phone number",
    **{"from": addr("Amaz\u03bfn.co.uk", "auto-confirm@amazon.co.uk.cancel-order.info")},
    subject='Item cancelled successfully: "Samsung Galaxy Tab S9 FE 10.9 Inch 128GB"',
    date=D(2025, 8, 30, 19, 12, 1), enc="8bit", msgid=generic_msgid("cancel-order.info"),
    text="""Amazon.co.uk

Item cancelled successfully

Hello,

As requested, we have cancelled the following item from your order #204-6618273-0041952:

  Samsung Galaxy Tab S9 FE 10.9 Inch 128GB, Grey
  Quantity: 1   Price: £449.00

If you did NOT request this cancellation, please call our Cancellation Desk on 0800 098 8412 within 24 hours. Otherwise your refund of £449.00 may be sent to the account that requested the cancellation.

Thank you for shopping with us.
Amazon.co.uk
""",
    html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font:13px/18px Arial,sans-serif;color:#333">
<table width="640" align="center" cellpadding="0"><tr><td style="padding:18px 0 5px;border-bottom:1px solid #ccc">
<span style="font-size:22px;font-weight:bold">amazon</span>.co.uk <span style="float:right"><a href="https://amazon.co.uk.cancel-order.info/orders" style="color:#006699">Your Orders</a> | <a href="https://amazon.co.uk.cancel-order.info/account" style="color:#006699">Your Account</a></span></td></tr>
<tr><td style="padding:14px 0"><h2 style="font-weight:normal;font-size:20px">Item cancelled successfully</h2>
<p>Hello,</p><p>As requested, we have cancelled the following item from your order <a href="https://amazon.co.uk.cancel-order.info/orders?o=204-6618273-0041952" style="color:#006699">#204-6618273-0041952</a>:</p>
<table style="border-top:3px solid #2d3741;width:100%;background:#efefef"><tr><td style="padding:10px">Samsung Galaxy Tab S9 FE 10.9 Inch 128GB, Grey<br>Quantity: 1</td><td style="padding:10px;text-align:right"><b>&pound;449.00</b></td></tr></table>
<p>If you did <b>NOT</b> request this cancellation, please call our Cancellation Desk on <b>0800 098 8412</b> within 24 hours. Otherwise your refund of &pound;449.00 may be sent to the account that requested the cancellation.</p>
<p>Thank you for shopping with us.<br><b>Amazon.co.uk</b></p></td></tr></table></body></html>
""")

# ---- English non-notices ------------------------------------------------

raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="another shop's (Shopify) order cancellation, out of stock, refund via Amazon Pay",
    **{"from": addr("Harbour & Pine Coffee Roasters", "store+61734912@t.shopifyemail.com")},
    reply_to="hello@harbourandpine.com",
    subject="Order #1043 has been canceled",
    date=D(2024, 9, 18, 13, 20, -7), enc="qp", msgid=generic_msgid("shopify.com"),
    text="""Harbour & Pine Coffee Roasters

Order #1043 has been canceled

Hi Tom,

Your order #1043 was canceled because we ran out of stock of the Ethiopia Yirgacheffe (1 kg, whole bean) before your order could be roasted.

A refund of $46.50 has been issued to your original payment method (Amazon Pay). Refunds to Amazon Pay usually appear within 3–5 business days; you can see the refund in your Amazon Pay account at pay.amazon.com.

Refund summary
  Ethiopia Yirgacheffe, 1 kg whole bean  x 1   $38.00
  Shipping                                     $8.50
  Refunded to Amazon Pay                      $46.50

We'd love to roast for you again – use code SORRY10 for 10% off your next order.

Harbour & Pine Coffee Roasters · 2210 Westlake Ave N · Seattle, WA 98109
If you have any questions, reply to this email or contact us at hello@harbourandpine.com
""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#333">
<table class="body" width="100%"><tr><td><table class="container" width="560" align="center">
<tr><td style="padding:30px 0 10px"><h1 style="font-size:22px;font-weight:normal">Harbour &amp; Pine Coffee Roasters</h1><span style="float:right;color:#999">ORDER #1043</span></td></tr>
<tr><td><h2 style="font-weight:normal;font-size:24px">Order #1043 has been canceled</h2>
<p style="color:#777;font-size:16px">Hi Tom,<br>Your order #1043 was canceled because we ran out of stock of the Ethiopia Yirgacheffe (1&nbsp;kg, whole bean) before your order could be roasted.</p>
<p style="color:#777;font-size:16px">A refund of $46.50 has been issued to your original payment method (<b>Amazon Pay</b>). Refunds to Amazon Pay usually appear within 3&ndash;5 business days; you can see the refund in your Amazon Pay account at <a href="https://pay.amazon.com">pay.amazon.com</a>.</p></td></tr>
<tr><td><h3 style="font-weight:normal">Refund summary</h3><table width="100%">
<tr><td>Ethiopia Yirgacheffe, 1 kg whole bean &times; 1</td><td align="right">$38.00</td></tr>
<tr><td>Shipping</td><td align="right">$8.50</td></tr>
<tr><td><b>Refunded to Amazon Pay</b></td><td align="right"><b>$46.50</b></td></tr></table></td></tr>
<tr><td style="padding:20px 0;color:#777">We'd love to roast for you again &ndash; use code <b>SORRY10</b> for 10% off your next order.</td></tr>
<tr><td style="border-top:1px solid #e5e5e5;padding:20px 0;color:#999;font-size:14px">If you have any questions, reply to this email or contact us at <a href="mailto:hello@harbourandpine.com">hello@harbourandpine.com</a><br>Harbour &amp; Pine Coffee Roasters &middot; 2210 Westlake Ave N &middot; Seattle, WA 98109</td></tr>
</table></td></tr></table></body></html>
""")

raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="friend writes that she cancelled her Amazon order herself; quotes order number",
    **{"from": addr("Priya Raman", "priya.raman84@gmail.com")},
    to=addr("Sam Whitfield", "sam.whitfield@example.net"),
    subject="Re: camping trip - tent",
    late_headers=[("In-Reply-To", "<CAK9x2m4R1p@mail.gmail.com>"), ("References", "<CAK9x2m4R1p@mail.gmail.com>")],
    date=D(2024, 6, 3, 20, 37, -4), enc="8bit", msgid=generic_msgid("mail.gmail.com"),
    text="""Hey Sam,

quick update: I cancelled my Amazon order for the Coleman tent (order 112-7784301-2291650) – it said delivery in 3 weeks, which is way too late for us. Amazon confirmed the cancellation right away and the refund is already showing as pending on my card.

I'll pick one up at REI on Saturday instead, they have the 6-person Skydome in stock. Can you still bring the camp stove and the cooler?

Also, heads up, I got a weird text yesterday saying my Amazon account was "locked" with a link – obviously deleted it.

Cheers,
Priya

On Sun, Jun 2, 2024 at 9:14 PM Sam Whitfield <sam.whitfield@example.net> wrote:
> Did the tent ever ship? We leave on the 14th.
> Sam
""")

raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="consumer-security newsletter quoting a fake Amazon cancellation subject line",
    **{"from": addr("ScamWatch Weekly", "newsletter@scamwatch-weekly.org")},
    subject="This week: fake \u201cYour Amazon.com order has been canceled\u201d emails are back",
    late_headers=[("List-Unsubscribe", "<https://scamwatch-weekly.org/unsubscribe?u=88f1a2>, <mailto:unsubscribe@scamwatch-weekly.org>"),
                  ("List-Id", "ScamWatch Weekly <weekly.scamwatch-weekly.org>"), ("Precedence", "bulk")],
    date=D(2025, 4, 10, 12, 0, -4, 0), enc="qp", msgid=generic_msgid("scamwatch-weekly.org"),
    text="""SCAMWATCH WEEKLY  |  Issue 212

1. Fake Amazon cancellation emails are back

Readers forwarded us dozens of messages this week with subject lines such as:

    "Your Amazon.com order #113-0000000-0000000 has been canceled"
    "Payment declined - order cancelled, call now"

The emails copy Amazon's layout, claim an expensive order (usually an iPhone or a gaming laptop) was cancelled because of a payment problem, and urge you to call a "refund desk" or click a link to "confirm your card".

How to check:
 - Don't use the phone number or link in the email. Open the Amazon app or type the address yourself and look at Your Orders.
 - Real Amazon messages also appear in the Message Centre of your account.
 - Amazon will never ask for your card number or password by email.
 - Forward suspicious messages to the company's abuse address and delete them.

2. Parcel-delivery text scams in the run-up to Easter
...

You're receiving this because you subscribed at scamwatch-weekly.org. Unsubscribe: https://scamwatch-weekly.org/unsubscribe?u=88f1a2
""",
    html="""<html><body style="font-family:Georgia,serif;background:#fafafa"><div style="max-width:640px;margin:auto;background:#fff;padding:24px">
<p style="font:12px Arial;color:#888">SCAMWATCH WEEKLY &nbsp;|&nbsp; Issue 212</p>
<h1 style="font-size:24px">1. Fake Amazon cancellation emails are back</h1>
<p>Readers forwarded us dozens of messages this week with subject lines such as:</p>
<blockquote style="border-left:4px solid #d33;padding-left:10px;color:#555">&ldquo;Your Amazon.com order #113-0000000-0000000 has been canceled&rdquo;<br>&ldquo;Payment declined - order cancelled, call now&rdquo;</blockquote>
<p>The emails copy Amazon's layout, claim an expensive order (usually an iPhone or a gaming laptop) was cancelled because of a payment problem, and urge you to call a &ldquo;refund desk&rdquo; or click a link to &ldquo;confirm your card&rdquo;.</p>
<h3>How to check</h3><ul>
<li>Don't use the phone number or link in the email. Open the Amazon app or type the address yourself and look at Your Orders.</li>
<li>Real Amazon messages also appear in the Message Centre of your account.</li>
<li>Amazon will never ask for your card number or password by email.</li>
<li>Forward suspicious messages to the company's abuse address and delete them.</li></ul>
<h1 style="font-size:24px">2. Parcel-delivery text scams in the run-up to Easter</h1><p>&hellip;</p>
<p style="font:11px Arial;color:#999">You're receiving this because you subscribed at scamwatch-weekly.org. <a href="https://scamwatch-weekly.org/unsubscribe?u=88f1a2">Unsubscribe</a></p>
</div></body></html>
""")

_o = order_no("026")
raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="Amazon Fresh delivery slot cancelled (weather); order itself explicitly kept",
    trace=auth_pass("amazon.co.uk"),
    **{"from": addr("Amazon Fresh", "order-update@amazon.co.uk")},
    reply_to="no-reply@amazon.co.uk",
    subject="Your Amazon Fresh delivery slot has been cancelled \u2013 please choose a new slot",
    date=D(2024, 12, 6, 17, 5, 0), enc="qp", msgid=ses_msgid("eu-west-1"), amazon_boundary=True,
    late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    text="""Amazon Fresh

Hello Rachel,

Unfortunately, because of severe weather warnings in your area, we've had to cancel your delivery slot on Saturday 7 December, 08:00 - 10:00 for order #%s.

Your order has not been cancelled. Please choose a new delivery slot in Your Orders before 23:00 on Saturday. If you don't choose a new slot, we'll deliver in the next available slot and let you know by email.

Choose a new slot: https://www.amazon.co.uk/fresh/slot-selection?orderId=%s

Any items that are no longer available on the new date will be substituted or refunded as usual.

We're sorry for the inconvenience.
Amazon Fresh
""" % (_o, _o),
    html="""<html><body style="font:14px Arial,sans-serif;color:#0f1111"><table width="600" align="center">
<tr><td style="padding:16px 0;border-bottom:2px solid #5ea03e"><b>amazon</b> <span style="color:#5ea03e">fresh</span></td></tr>
<tr><td style="padding:16px 0"><p>Hello Rachel,</p>
<p>Unfortunately, because of severe weather warnings in your area, we've had to cancel your delivery slot on <b>Saturday 7 December, 08:00 - 10:00</b> for order #%s.</p>
<p><b>Your order has not been cancelled.</b> Please choose a new delivery slot in Your Orders before 23:00 on Saturday. If you don't choose a new slot, we'll deliver in the next available slot and let you know by email.</p>
<p><a href="https://www.amazon.co.uk/fresh/slot-selection?orderId=%s" style="background:#ffd814;padding:8px 20px;border-radius:8px;color:#0f1111">Choose a new slot</a></p>
<p>Any items that are no longer available on the new date will be substituted or refunded as usual.</p>
<p>We're sorry for the inconvenience.<br>Amazon Fresh</p></td></tr></table></body></html>
""" % (_o, _o))

raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="Kindle Unlimited membership cancelled (subscription, not an order)",
    **{"from": addr("Amazon.com.au", "digital-no-reply@amazon.com.au")},
    subject="Your Kindle Unlimited membership has been cancelled",
    date=D(2024, 5, 14, 8, 31, 10), enc="b64", msgid=ses_msgid("ap-southeast-2"),
    text="""Hello Olivia,

We've cancelled your Kindle Unlimited membership as you requested.

You can continue to read Kindle Unlimited titles until 13 June 2024, the end of your current billing period. After that, any Kindle Unlimited titles will be returned automatically and you won't be charged again.

Your notes, highlights and bookmarks are saved and will be available if you rejoin.

Changed your mind? You can restart your membership at any time:
https://www.amazon.com.au/kindle-dbs/hz/subscribe/ku

Manage your Kindle Unlimited membership: https://www.amazon.com.au/kindle-dbs/ku/ku-central

Thanks,
Amazon.com.au

Amazon will never ask for your password or payment details by email. Report suspicious emails at https://www.amazon.com.au/gp/help/customer/display.html?nodeId=GQ9J5L5C3UVJ3NNJ
""")

_o = order_no("503")
raw(kind="non_notice", language="en", cause=None, states_reason=False, marketplace=None,
    note="genuine Amazon payment reminder BEFORE cancellation: update payment method or order will be cancelled",
    trace=auth_pass("amazon.sg"),
    **{"from": addr("Amazon.sg", "payments-messages@amazon.sg")},
    reply_to="no-reply@amazon.sg",
    subject="Action needed: update your payment method for order %s" % _o,
    date=D(2025, 5, 18, 10, 2, 8), enc="qp", msgid=ses_msgid("ap-southeast-2"), amazon_boundary=True,
    late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    text="""Amazon.sg

Action needed: update your payment method

Hello Wei Ling,

We were unable to charge your Visa card ending in 0832 for order %s. This can happen if the card has expired or the billing address doesn't match the one held by your bank.

To keep your order, please update your payment method in Your Orders by 21 May 2025:
https://www.amazon.sg/gp/css/order-details?orderID=%s

If we don't receive updated payment information by then, your order will be cancelled.

  Dyson V12 Detect Slim Cordless Vacuum   1   S$ 949.00

Amazon will never ask you for your password or card number by email. If you're unsure whether this message is genuine, go to Your Orders directly in the Amazon app.

Amazon.sg
""" % (_o, _o),
    html="""<html><body style="font:13px/18px Arial,sans-serif;color:#333"><table id="container" width="640" align="center"><tr><td>
<table width="100%%"><tr><td style="padding:18px 0 0"><b style="font-size:20px">amazon</b>.sg</td><td align="right"><a href="https://www.amazon.sg/gp/css/order-history">Your Orders</a> | <a href="https://www.amazon.sg/gp/css/homepage.html">Your Account</a></td></tr></table>
<h2 style="font-weight:normal">Action needed: update your payment method</h2>
<p>Hello Wei Ling,</p>
<p>We were unable to charge your Visa card ending in 0832 for order <a href="https://www.amazon.sg/gp/css/order-details?orderID=%s">%s</a>. This can happen if the card has expired or the billing address doesn't match the one held by your bank.</p>
<p>To keep your order, please update your payment method in <a href="https://www.amazon.sg/gp/css/order-details?orderID=%s">Your Orders</a> by <b>21 May 2025</b>. If we don't receive updated payment information by then, your order will be cancelled.</p>
<table width="100%%" style="border-top:3px solid #2d3741;background:#efefef"><tr><td style="padding:10px">Dyson V12 Detect Slim Cordless Vacuum<br>Qty: 1</td><td align="right" style="padding:10px"><b>S$ 949.00</b></td></tr></table>
<p style="font-size:11px;color:#666">Amazon will never ask you for your password or card number by email. If you're unsure whether this message is genuine, go to Your Orders directly in the Amazon app.</p>
</td></tr></table></body></html>
""" % (_o, _o, _o))


# ==========================================================================
# GERMAN (amazon.de)
# ==========================================================================

def footer_de():
    return [
        "Amazon wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer vollst\u00e4ndigen Kartennummer oder einem Einmalkennwort fragen und Sie niemals auffordern, eine Zahlung au\u00dferhalb unserer Website oder App vorzunehmen.",
        "Wenn sich Ihre Kartennummer ge\u00e4ndert hat oder Ihre Karte abgelaufen ist, k\u00f6nnen Sie Ihre Zahlungsinformationen jederzeit unter [Mein Konto](https://www.amazon.de/cpe/yourpayments/wallet) aktualisieren.",
        "Wenn Sie eine verd\u00e4chtige E-Mail erhalten, die angeblich von Amazon stammt, melden Sie diese bitte: [Verd\u00e4chtige E-Mails melden](https://www.amazon.de/gp/help/customer/display.html?nodeId=GQ9J5L5C3UVJ3NNJ). Weitere Informationen finden Sie auf unseren [Hilfeseiten zu Sicherheit und Datenschutz](https://www.amazon.de/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B).",
    ]


o = order_no("302")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="order-update", order=o,
       subject="Ein Artikel wurde aus Ihrer Amazon.de-Bestellung #%s storniert" % o,
       title="Stornierungsbenachrichtigung", greeting="Guten Tag Frau Becker,", shape="alt", enc="qp", auth=True,
       date=D(2024, 10, 21, 9, 12, 2),
       paras=[
           "leider m\u00fcssen wir Ihnen mitteilen, dass der folgende Artikel aus Ihrer Bestellung storniert wurde. Der Artikel ist nicht mehr lieferbar: Unser Lieferant konnte die bestellte Menge nicht bereitstellen, und wir rechnen nicht damit, ihn in absehbarer Zeit wieder vorr\u00e4tig zu haben.",
           "Dieser Artikel wurde Ihnen nicht in Rechnung gestellt. Die \u00fcbrigen Artikel Ihrer Bestellung werden wie geplant versandt.",
           "\u00c4hnliche Produkte finden Sie auf der [Produktseite](https://www.amazon.de/dp/B0B6GJBK5V).",
       ],
       items_heading="Stornierte Artikel",
       items=[("Bosch Professional 18V System Akku-Bohrschrauber GSR 18V-55 (inkl. 2x2,0 Ah Akku, Ladeger\u00e4t, L-BOXX)", 1, "EUR 189,99")],
       sold_by="Verkauf durch: Amazon EU S.\u00e0 r.l.",
       footer=footer_de(),
       cause="inventory_shortage", states_reason=True, note="nicht mehr lieferbar, Lieferant konnte nicht liefern; template HTML")

o = order_no("303")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="payments-messages", order=o,
       subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o, subject_charset="iso-8859-1",
       title="Stornierung Ihrer Bestellung", greeting="Guten Tag,", shape="text", enc="qp", charset="iso-8859-1", auth=False,
       date=D(2024, 10, 19, 6, 40, 2),
       paras=[
           "wir konnten die Zahlung f\u00fcr Ihre Bestellung vom 14. Oktober 2024 nicht autorisieren. Am 15. Oktober haben wir Sie per E-Mail gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der Frist keine g\u00fcltige Zahlungsart erhalten haben, wurde Ihre Bestellung storniert.",
           "Ihre Bank hat die Belastung Ihrer Visa-Karte mit der Endung 2209 abgelehnt. H\u00e4ufige Ursachen sind eine abgelaufene Karte, ein nicht ausreichender Verf\u00fcgungsrahmen oder eine abweichende Rechnungsadresse.",
           "Es wurde keine Zahlung eingezogen. Wenn Sie die Artikel weiterhin erwerben m\u00f6chten, geben Sie bitte eine neue Bestellung mit einer g\u00fcltigen Zahlungsart auf.",
       ],
       items_heading="Stornierte Artikel",
       items=[("Philips Hue White & Color Ambiance E27 Starter Set, 3 Lampen inkl. Bridge", 1, "EUR 149,99")],
       footer=footer_de(),
       cause="payment_issue", states_reason=True, note="Zahlung nicht autorisiert, Frist f\u00fcr Zahlungs\u00e4nderung verstrichen; ISO-8859-1 text")

o = order_no("304")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="auto-confirm", order=o,
       subject="Stornierung Ihrer Amazon.de-Bestellung #%s" % o,
       title="Bestellung storniert", greeting="Guten Tag Herr Yilmaz,", shape="html", enc="b64", auth=True,
       date=D(2025, 1, 8, 11, 55, 1),
       paras=[
           "aufgrund eines technischen Fehlers wurde der unten aufgef\u00fchrte Artikel auf Amazon.de zu einem falschen Preis angezeigt (19,90 \u20ac statt 1.299,00 \u20ac).",
           "Gem\u00e4\u00df unseren Allgemeinen Gesch\u00e4ftsbedingungen kommt ein Kaufvertrag erst mit dem Versand der Ware zustande. Wir haben Ihre Bestellung daher storniert.",
           "Es wurde kein Betrag von Ihrem Konto abgebucht. Wir entschuldigen uns f\u00fcr die Unannehmlichkeiten.",
       ],
       items_heading="Stornierte Artikel",
       items=[("Samsung Galaxy S24 Ultra, Android Smartphone, 256 GB, Titanium Black", 1, "19,90 \u20ac")],
       sold_by="Verkauf durch: Amazon EU S.\u00e0 r.l.",
       footer=footer_de(),
       cause="technical_issue", states_reason=True, note="Preisfehler durch technischen Fehler; HTML only base64")

o = order_no("305")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="cs-reply", order=o,
       subject="Ihre Bestellung #%s wurde storniert \u2013 Sicherheits\u00fcberpr\u00fcfung" % o,
       title="Bestellung storniert", greeting="Guten Tag,", shape="alt", enc="8bit", auth=False,
       date=D(2023, 12, 14, 22, 18, 1),
       paras=[
           "bei einer routinem\u00e4\u00dfigen \u00dcberpr\u00fcfung haben wir ungew\u00f6hnliche Aktivit\u00e4ten in Ihrem Amazon-Konto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vor\u00fcbergehend gesperrt und die unten aufgef\u00fchrte Bestellung storniert.",
           "Um Ihr Konto wieder freizuschalten, melden Sie sich bitte direkt auf Amazon.de oder in der Amazon-App an und folgen Sie den Anweisungen zur Best\u00e4tigung Ihrer Identit\u00e4t. Antworten Sie nicht auf diese E-Mail und geben Sie keine Zahlungsdaten per E-Mail weiter.",
           "Ihnen wurde nichts berechnet. Nach Abschluss der \u00dcberpr\u00fcfung k\u00f6nnen Sie die Artikel erneut bestellen.",
       ],
       items_heading="Stornierte Artikel",
       items=[("Nintendo Switch \u2013 OLED-Modell, Wei\u00df", 2, "EUR 319,99"),
              ("Amazon.de Geschenkgutschein per E-Mail \u2013 250 EUR", 1, "EUR 250,00")],
       footer=footer_de(),
       cause="fraud_prevention", states_reason=True, note="ungew\u00f6hnliche Aktivit\u00e4t, Konto gesperrt, Identit\u00e4tsbest\u00e4tigung; 8bit")

o = order_no("306")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="auto-confirm", order=o,
       subject="Erfolgreiche Stornierung von \u201eTefal Ingenio Emotion 13-teiliges Pfannen-Set\u201c aus Ihrer Bestellung #%s" % o,
       title="Stornierungsbest\u00e4tigung", greeting="Guten Tag Herr Schubert,", shape="text", enc="8bit", auth=True,
       date=D(2025, 4, 2, 19, 3, 2),
       paras=[
           "wie von Ihnen gew\u00fcnscht, haben wir den folgenden Artikel aus Ihrer Bestellung #%s vom 1. April 2025 storniert." % o,
           "Falls bereits eine Zahlung erfolgt ist, erstatten wir den Betrag innerhalb von 3\u20135 Werktagen auf Ihre urspr\u00fcngliche Zahlungsart.",
           "Haben Sie den Artikel versehentlich storniert? Sie k\u00f6nnen ihn jederzeit \u00fcber [Meine Bestellungen](https://www.amazon.de/gp/css/order-history) erneut kaufen.",
       ],
       crit=[("Stornierungsgrund:", "Vom Kunden storniert")],
       items_heading="Stornierte Artikel",
       items=[("Tefal Ingenio Emotion 13-teiliges Pfannen-Set, Edelstahl, induktionsgeeignet", 1, "EUR 129,99")],
       footer=footer_de(),
       cause="customer_request", states_reason=True, note="vom Kunden storniert; text only 8bit")

o = order_no("302")
notice(lang="de", tld="amazon.de", display="Amazon.de", sender="order-update", order=o,
       subject="Ihre Amazon.de-Bestellung #%s wurde storniert" % o, subject_charset="iso-8859-15",
       title="Bestellung storniert", greeting="Guten Tag Frau Nowak,", shape="alt", enc="qp", charset="iso-8859-15", auth=False,
       date=D(2025, 2, 4, 8, 7, 1),
       paras=[
           "wir m\u00f6chten Sie dar\u00fcber informieren, dass Ihre Bestellung vom 2. Februar 2025 storniert wurde.",
           "Sollte Ihnen bereits ein Betrag belastet worden sein, wird dieser in den n\u00e4chsten Tagen auf Ihre urspr\u00fcngliche Zahlungsart erstattet. Den aktuellen Status finden Sie jederzeit unter [Meine Bestellungen](https://www.amazon.de/gp/css/order-history).",
           "Wir bedauern etwaige Unannehmlichkeiten.",
       ],
       items_heading="Stornierte Artikel",
       items=[("De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat", 1, "359,00 \u20ac"),
              ("Brita Marella Wasserfilter-Kanne 2,4 l, wei\u00df", 1, "24,99 \u20ac")],
       footer=footer_de(),
       cause="unknown", states_reason=False, note="keine Begr\u00fcndung genannt; ISO-8859-15 multipart")

# ---- German look-alikes -------------------------------------------------

raw(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="R\u00fcckruf-Hotline, gmail-Absender, fehlerhafte Bestellnummer",
    **{"from": addr("Amazon Kundenservice", "amazon.kundendienst.de24@gmail.com")},
    subject="Ihre Bestellung wurde storniert \u2013 Zahlung fehlgeschlagen",
    date=D(2024, 3, 5, 5, 12, 1), enc="8bit", msgid=generic_msgid("mail.gmail.com"),
    text="""Sehr geehrter Kunde,

Ihre Bestellung Nr. 302-11874-5521 über 899,00 € (Apple iPad Air 13" M2, 256 GB) wurde storniert, da die Zahlung nicht verifiziert werden konnte.

Der Betrag ist jedoch weiterhin auf Ihrem Bankkonto RESERVIERT und wird in 24 Stunden abgebucht.

Um die Abbuchung zu verhindern und Ihre Rückerstattung zu erhalten, rufen Sie bitte UMGEHEND unsere kostenlose Hotline an:

    0800 181 7624   (Mo–So, 0–24 Uhr)

Halten Sie bitte Ihre Bestellnummer bereit.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice
Amazon EU S.à r.l.
""")

raw(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="Konto gesperrt + Bestellung storniert, Code eingeben; Look-alike-Domain",
    **{"from": addr("Amazon.de", "service@amazon-de-kontoschutz.com")},
    subject="Ihr Konto wurde gesperrt \u2013 Bestellung storniert",
    date=D(2024, 8, 27, 23, 40, 2), enc="qp", msgid=generic_msgid("amazon-de-kontoschutz.com"),
    text="""Amazon.de

Ihr Konto wurde vorübergehend gesperrt

Guten Tag,

wir haben eine verdächtige Anmeldung in Ihrem Amazon-Konto festgestellt (Gerät: Android, Standort: Kiew). Aus Sicherheitsgründen wurde Ihr Konto gesperrt und Ihre letzte Bestellung #303-2219874-6620118 storniert.

Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, geben Sie den folgenden Sicherheitscode innerhalb von 24 Stunden auf unserer Entsperrungsseite ein:

    Sicherheitscode: DE-48213

Konto entsperren: https://amazon-de-kontoschutz.com/entsperren?code=DE-48213

Ohne Bestätigung wird Ihr Konto dauerhaft geschlossen.

Ihr Amazon Sicherheitsteam
""",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#131921;padding:12px 24px;color:#fff;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.de</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#0f1111">
<h2 style="font-weight:normal;margin:0 0 14px">Ihr Konto wurde vor&uuml;bergehend gesperrt</h2>
<p>Guten Tag,</p>
<p>wir haben eine verd&auml;chtige Anmeldung in Ihrem Amazon-Konto festgestellt (Ger&auml;t: Android, Standort: Kiew). Aus Sicherheitsgr&uuml;nden wurde Ihr Konto gesperrt und Ihre letzte Bestellung <b>#303-2219874-6620118</b> storniert.</p>
<p>Um Ihr Konto zu entsperren und die Bestellung wiederherzustellen, geben Sie den folgenden Sicherheitscode innerhalb von 24&nbsp;Stunden auf unserer Entsperrungsseite ein:</p>
<div style="font-size:26px;letter-spacing:5px;text-align:center;padding:16px;background:#f0f2f2;margin:10px 0"><b>DE-48213</b></div>
<p style="text-align:center"><a href="https://amazon-de-kontoschutz.com/entsperren?code=DE-48213" style="display:inline-block;background:#ffd814;border-radius:20px;padding:10px 30px;color:#0f1111;text-decoration:none">Konto entsperren</a></p>
<p>Ohne Best&auml;tigung wird Ihr Konto dauerhaft geschlossen.</p>
<p>Ihr Amazon Sicherheitsteam</p></td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#565959;border-top:1px solid #ddd">&copy; 1996-2024, Amazon.com, Inc. oder Tochtergesellschaften. Amazon EU S.&agrave; r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.</td></tr>
</table></td></tr></table></body></html>
""")

raw(kind="lookalike", language="de", cause="payment_issue", states_reason=True, marketplace=None,
    note="Antwort mit Kartendaten erbeten, outlook.de-Absender, fehlerhafte Bestellnummer; ISO-8859-1",
    **{"from": addr("Amazon Zahlungsabteilung", "amazon.zahlung@outlook.de")},
    subject="Bestellung storniert: Bitte best\u00e4tigen Sie Ihre Zahlungsdaten", subject_charset="iso-8859-1",
    date=D(2023, 9, 12, 14, 22, 2), enc="qp", charset="iso-8859-1", msgid=generic_msgid("AM9PR07MB7443.eurprd07.prod.outlook.com"),
    text="""Sehr geehrte Kundin, sehr geehrter Kunde,

leider konnte die Zahlung für Ihre Bestellung (Bestellnummer: 028-4471-22) nicht durchgeführt werden. Ihre Bestellung wurde daher storniert.

Damit wir Ihre Bestellung erneut bearbeiten können, antworten Sie bitte innerhalb von 48 Stunden auf diese E-Mail mit folgenden Angaben:

  * Name des Karteninhabers
  * Kartennummer
  * Ablaufdatum (MM/JJ)
  * Prüfnummer (CVC, 3 Ziffern auf der Rückseite)
  * Geburtsdatum

Nach Erhalt Ihrer Daten wird die Bestellung sofort versendet. Andernfalls wird eine Bearbeitungsgebühr von 29,95 EUR fällig.

Mit freundlichen Grüßen
Amazon Zahlungsabteilung
""")

_l = dict(lang="de", tld="amazon.de", display="Amazon.de", order="306-4418227-9905531",
          title="Bestellung storniert", greeting="Guten Tag,", ref="TE_cxl",
          html_paras=["aufgrund eines technischen Fehlers bei der Zahlungsabwicklung wurde Ihre Bestellung storniert. Der Betrag von <b>1.149,00 &euro;</b> wurde Ihrem Konto bereits belastet.",
                      'Um Ihre R&uuml;ckerstattung zu erhalten, best&auml;tigen Sie bitte innerhalb von 48 Stunden Ihre Daten unter '
                      '<a href="https://kundenkonto-hilfe.com/de/erstattung/index.php?o=306-4418227-9905531">https://www.amazon.de/rueckerstattung</a>.',
                      'Ihre Bestell&uuml;bersicht finden Sie unter <a href="https://kundenkonto-hilfe.com/de/login.php">www.amazon.de/meine-bestellungen</a>.'],
          items_heading="Stornierte Artikel", items=[("Apple MacBook Air 13\u201c (M3, 8 GB RAM, 256 GB SSD) \u2013 Mitternacht", 1, "1.149,00 \u20ac")],
          sold_by="Verkauf durch: Amazon EU S.\u00e0 r.l.",
          html_footer=[md_html(p) for p in footer_de()])
_lhtml = amz_html(_l, LABELS["de"]).replace('href="https://www.amazon.de', 'href="https://kundenkonto-hilfe.com/r?u=https://www.amazon.de')
raw(kind="lookalike", language="de", cause="technical_issue", states_reason=True, marketplace=None,
    note="poliertes Original-Layout; Linktext zeigt amazon.de, href f\u00fchrt zu kundenkonto-hilfe.com; Absender amazon.de.kundenkonto-hilfe.com",
    **{"from": addr("Amazon.de", "bestellung@amazon.de.kundenkonto-hilfe.com")},
    reply_to="no-reply@amazon.de.kundenkonto-hilfe.com",
    subject="Ihre Amazon.de-Bestellung #306-4418227-9905531 wurde storniert",
    date=D(2025, 7, 15, 10, 48, 2), enc="qp", html=_lhtml, msgid=generic_msgid("kundenkonto-hilfe.com"))

raw(kind="lookalike", language="de", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="kyrillisches \u0410 im Anzeigenamen, Erstattungslink auf fremde Domain",
    **{"from": addr("\u0410mazon.de", "noreply@amazon-bestellung-service.de")},
    subject="Artikel nicht mehr verf\u00fcgbar \u2013 Ihre Bestellung #302-5518820-1147329 wurde storniert",
    date=D(2024, 5, 30, 16, 1, 2), enc="8bit", msgid=generic_msgid("amazon-bestellung-service.de"),
    text="""Amazon.de

Guten Tag,

leider ist der folgende Artikel nicht mehr verfügbar. Ihre Bestellung #302-5518820-1147329 wurde deshalb storniert.

  JBL Charge 5 Bluetooth-Lautsprecher, Schwarz     64,99 €

Ihre Erstattung wird nicht automatisch ausgezahlt. Bitte fordern Sie die Erstattung innerhalb von 3 Tagen an:
http://amazon-bestellung-service.de/erstattung/anfordern?id=5518820

Vielen Dank für Ihr Verständnis.
Amazon.de
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333"><div style="max-width:600px;margin:auto">
<p style="font-size:22px;font-weight:bold;border-bottom:2px solid #f90;padding-bottom:8px">amazon.de</p>
<p>Guten Tag,</p>
<p>leider ist der folgende Artikel nicht mehr verf&uuml;gbar. Ihre Bestellung <b>#302-5518820-1147329</b> wurde deshalb storniert.</p>
<table style="width:100%;background:#f3f3f3"><tr><td style="padding:8px">JBL Charge 5 Bluetooth-Lautsprecher, Schwarz</td><td style="padding:8px;text-align:right">64,99 &euro;</td></tr></table>
<p>Ihre Erstattung wird <b>nicht automatisch</b> ausgezahlt. Bitte fordern Sie die Erstattung innerhalb von 3 Tagen an:</p>
<p><a href="http://amazon-bestellung-service.de/erstattung/anfordern?id=5518820" style="background:#f0c14b;padding:8px 18px;color:#111;text-decoration:none;border:1px solid #a88734">Erstattung anfordern</a></p>
<p>Vielen Dank f&uuml;r Ihr Verst&auml;ndnis.<br>Amazon.de</p></div></body></html>
""")

raw(kind="lookalike", language="de", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amaz0n.de; Bestellung WIRD storniert, falls nicht binnen 24 h best\u00e4tigt; fehlerhafte Bestellnummer",
    **{"from": addr("Amazon", "sicherheit@amaz0n.de")},
    subject="Ihre Bestellung wird in 24 Stunden storniert \u2013 Best\u00e4tigung erforderlich",
    date=D(2023, 6, 19, 7, 7, 2), enc="b64", msgid=generic_msgid("amaz0n.de"),
    text="""Guten Tag,

unser Sicherheitssystem hat Ihre Bestellung 302-88812-1991 zur Überprüfung markiert, da eine ungewöhnliche Anmeldung festgestellt wurde.

Falls Sie Ihre Identität nicht innerhalb von 24 Stunden bestätigen, wird Ihre Bestellung storniert und Ihr Konto eingeschränkt.

Jetzt bestätigen: https://amaz0n.de/ap/verify?o=302888121991

Mit freundlichen Grüßen
Amazon.de Sicherheitsteam
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="580" align="center"><tr><td style="border-bottom:1px solid #ccc;padding:12px 0"><b style="font-size:22px">amazon</b>.de</td></tr>
<tr><td style="padding:14px 0"><p>Guten Tag,</p>
<p>unser Sicherheitssystem hat Ihre Bestellung <b>302-88812-1991</b> zur &Uuml;berpr&uuml;fung markiert, da eine ungew&ouml;hnliche Anmeldung festgestellt wurde.</p>
<p><b>Falls Sie Ihre Identit&auml;t nicht innerhalb von 24 Stunden best&auml;tigen, wird Ihre Bestellung storniert</b> und Ihr Konto eingeschr&auml;nkt.</p>
<p><a href="https://amaz0n.de/ap/verify?o=302888121991" style="background:#ffd814;padding:9px 22px;border-radius:8px;color:#0f1111;text-decoration:none">Jetzt best&auml;tigen</a></p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Amazon.de Sicherheitsteam</p></td></tr></table></body></html>
""")

raw(kind="lookalike", language="de", cause="unknown", states_reason=False, marketplace=None,
    note="plump, gmx-Absender, keine Bestellnummer, .ru-Link",
    **{"from": addr("Amazon", "amazon-service-2024@gmx.de")},
    subject="Bestellung storniert!!!",
    date=D(2024, 2, 2, 1, 33, 1), enc="7bit", msgid=generic_msgid("gmx.net"),
    text="""Hallo,

ihre Bestellung bei amazon wurde storniert.

Bitte klicken sie hier um ihr Geld zuruck zu bekommen:
http://amzn-de.refund-center.ru/de

Danke
Amazon Team
""")

raw(kind="lookalike", language="de", cause="customer_request", states_reason=True, marketplace=None,
    note="griechisches Omikron im Anzeigenamen, amazon.de.kundenservice-storno.com, R\u00fcckruf-Nummer; windows-1252",
    **{"from": addr("Amaz\u03bfn.de", "storno@amazon.de.kundenservice-storno.com")},
    subject="Stornierung erfolgreich: Ihre Bestellung #302-7719925-4408120",
    date=D(2025, 9, 9, 12, 30, 2), enc="8bit", charset="windows-1252", msgid=generic_msgid("kundenservice-storno.com"),
    text="""Amazon.de

Stornierung erfolgreich

Guten Tag,

wie von Ihnen angefordert, haben wir Ihre Bestellung #302-7719925-4408120 storniert:

  Dyson V15 Detect Absolute Akku-Staubsauger     699,00 €

Die Erstattung von 699,00 € wird an das Konto überwiesen, von dem die Stornierung angefordert wurde.

Sie haben diese Stornierung NICHT veranlasst? Dann rufen Sie bitte sofort unsere Stornoabteilung an: +49 30 5683 2291. Nur so können wir die Überweisung noch stoppen.

Vielen Dank für Ihren Einkauf.
Amazon.de
""")

# ---- German non-notices -------------------------------------------------

raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Zalando-Stornierung, Erstattung \u00fcber Amazon Pay",
    **{"from": addr("Zalando", "info@service-mail.zalando.de")},
    subject="Deine Bestellung 10107731552884 wurde storniert",
    date=D(2024, 11, 4, 15, 10, 1), enc="qp", msgid=generic_msgid("service-mail.zalando.de"),
    text="""Zalando

Hallo Lena,

leider konnten wir folgenden Artikel aus deiner Bestellung 10107731552884 nicht liefern, da er kurzfristig nicht mehr verfügbar war. Wir haben deine Bestellung deshalb storniert.

  Nike Sportswear AIR FORCE 1 '07 – Sneaker low, white, Gr. 39   119,95 €

Da du mit Amazon Pay bezahlt hast, erstatten wir dir den Betrag über Amazon Pay. Die Gutschrift siehst du in der Regel innerhalb von 5 Werktagen in deinem Amazon-Konto unter „Amazon Pay“.

Wir entschuldigen uns für die Unannehmlichkeiten. Vielleicht findest du eine Alternative in unserem Sortiment: https://www.zalando.de/sneaker-damen/

Liebe Grüße
Dein Zalando-Team

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff"><table width="600" align="center" cellpadding="0">
<tr><td style="padding:24px 0;border-bottom:1px solid #d0d1d3"><b style="font-size:24px;color:#ff6900">zalando</b></td></tr>
<tr><td style="padding:20px 0;font-size:15px;line-height:22px"><p>Hallo Lena,</p>
<p>leider konnten wir folgenden Artikel aus deiner Bestellung <b>10107731552884</b> nicht liefern, da er kurzfristig nicht mehr verf&uuml;gbar war. Wir haben deine Bestellung deshalb storniert.</p>
<table width="100%"><tr><td>Nike Sportswear AIR FORCE 1 '07 &ndash; Sneaker low, white, Gr. 39</td><td align="right">119,95&nbsp;&euro;</td></tr></table>
<p>Da du mit <b>Amazon Pay</b> bezahlt hast, erstatten wir dir den Betrag &uuml;ber Amazon Pay. Die Gutschrift siehst du in der Regel innerhalb von 5 Werktagen in deinem Amazon-Konto unter &bdquo;Amazon Pay&ldquo;.</p>
<p>Wir entschuldigen uns f&uuml;r die Unannehmlichkeiten. Vielleicht findest du eine <a href="https://www.zalando.de/sneaker-damen/">Alternative in unserem Sortiment</a>.</p>
<p>Liebe Gr&uuml;&szlig;e<br>Dein Zalando-Team</p></td></tr>
<tr><td style="font-size:11px;color:#66676e;padding:16px 0;border-top:1px solid #d0d1d3">Zalando SE, Valeska-Gert-Stra&szlig;e 5, 10243 Berlin</td></tr></table></body></html>
""")

raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Kollege schreibt, dass er seine Amazon-Bestellung selbst storniert hat; ISO-8859-1 8bit",
    **{"from": addr("Jens K\u00f6hler", "jens.koehler@web.de", charset="iso-8859-1")},
    to=addr("Stefanie Lorenz", "s.lorenz@example.net"),
    subject="AW: Monitor f\u00fcrs B\u00fcro", subject_charset="iso-8859-1",
    late_headers=[("In-Reply-To", "<5f1c2a90-77e1@example.net>")],
    date=D(2024, 9, 10, 9, 41, 2), enc="8bit", charset="iso-8859-1", msgid=generic_msgid("web.de"),
    text="""Hallo Steffi,

ich hab die Amazon-Bestellung für den Dell-Monitor (U2723QE) wieder storniert - der Preis ist bei Otto gerade 60 Euro günstiger und die liefern sogar schon Donnerstag. Die Stornierung war kein Problem, Amazon hat's direkt bestätigt, Geld war eh noch nicht abgebucht.

Bestellst du den zweiten für Markus gleich mit? Dann kann ich das in einer Rechnung abrechnen.

Viele Grüße
Jens

-----Ursprüngliche Nachricht-----
Von: Stefanie Lorenz <s.lorenz@example.net>
Gesendet: Montag, 9. September 2024 17:02
Betreff: Monitor fürs Büro

Hi Jens, ist der Monitor schon unterwegs? LG Steffi
""")

raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Verbraucher-Newsletter zu Phishing, zitiert gef\u00e4lschte Storno-Betreffzeile; HTML only",
    **{"from": addr("Verbraucherinfo kompakt", "newsletter@verbraucherinfo-kompakt.de")},
    subject="Phishing-Radar: Gef\u00e4lschte \u201eIhre Amazon-Bestellung wurde storniert\u201c-Mails im Umlauf",
    late_headers=[("List-Unsubscribe", "<https://verbraucherinfo-kompakt.de/abmelden?id=a81c>"), ("Precedence", "bulk")],
    date=D(2024, 11, 28, 7, 0, 1, 0), enc="qp", msgid=generic_msgid("verbraucherinfo-kompakt.de"),
    html="""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Phishing-Radar</title></head>
<body style="font-family:Verdana,sans-serif;font-size:14px;color:#222;background:#f4f4f4">
<div style="max-width:640px;margin:auto;background:#fff;padding:24px">
<p style="color:#888;font-size:12px">Verbraucherinfo kompakt &middot; Ausgabe 47/2024</p>
<h1 style="font-size:22px;color:#a00">Phishing-Radar: Gef&auml;lschte Storno-Mails im Namen von Amazon</h1>
<p>Kurz vor dem Black Friday kursieren wieder vermehrt E-Mails mit Betreffzeilen wie</p>
<blockquote style="border-left:4px solid #a00;margin:10px 0;padding:4px 12px;background:#fafafa">&bdquo;Ihre Amazon-Bestellung #302-0000000-0000000 wurde storniert&ldquo;<br>&bdquo;Zahlung fehlgeschlagen &ndash; Bestellung storniert&ldquo;</blockquote>
<p>Die Mails behaupten, eine teure Bestellung sei wegen eines Zahlungsproblems storniert worden, und fordern dazu auf, &uuml;ber einen Link die Kreditkartendaten zu &bdquo;best&auml;tigen&ldquo; oder eine Hotline anzurufen.</p>
<h2 style="font-size:17px">So sch&uuml;tzen Sie sich</h2>
<ul><li>Klicken Sie nicht auf Links in der Mail, sondern pr&uuml;fen Sie Ihre Bestellungen direkt in der App oder auf der Website.</li>
<li>Achten Sie auf den Absender: Abweichende Domains wie &bdquo;amaz0n&ldquo; oder Freemail-Adressen sind ein klares Warnsignal.</li>
<li>Amazon fragt niemals per E-Mail nach Passwort oder Kartendaten.</li>
<li>Verd&auml;chtige Mails k&ouml;nnen Sie an stop-spoofing@amazon.de weiterleiten.</li></ul>
<h2 style="font-size:17px">Au&szlig;erdem in dieser Ausgabe</h2><p>Fake-Shops mit Weihnachtsdeko &middot; SMS von angeblichen Paketdiensten</p>
<p style="font-size:11px;color:#999">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://verbraucherinfo-kompakt.de/abmelden?id=a81c">Abmelden</a></p>
</div></body></html>
""")

raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Amazon Prime-Mitgliedschaft gek\u00fcndigt/beendet (Abo, keine Bestellung)",
    trace=auth_pass("amazon.de"),
    **{"from": addr("Amazon.de", "digital-no-reply@amazon.de")},
    subject="Best\u00e4tigung: Ihre Amazon Prime-Mitgliedschaft wurde beendet",
    date=D(2025, 2, 14, 18, 20, 1), enc="b64", msgid=ses_msgid("eu-west-1"),
    text="""Guten Tag Herr Albrecht,

hiermit bestätigen wir die Kündigung Ihrer Amazon Prime-Mitgliedschaft.

Sie können Ihre Prime-Vorteile wie kostenlosen Premiumversand und Prime Video noch bis zum 14.03.2025 nutzen. Danach wird Ihre Mitgliedschaft nicht verlängert und Ihnen wird kein weiterer Mitgliedsbeitrag berechnet.

Bereits aufgegebene Bestellungen sind davon nicht betroffen und werden wie geplant geliefert.

Sie möchten Prime doch behalten? Unter https://www.amazon.de/prime können Sie Ihre Mitgliedschaft jederzeit fortsetzen.

Mit freundlichen Grüßen
Amazon.de

Amazon wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihren Zahlungsdaten fragen.
""")

raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="Montagetermin (Amazon Montageservice) storniert, Bestellung ausdr\u00fccklich nicht betroffen",
    trace=auth_pass("amazon.de"),
    **{"from": addr("Amazon.de", "order-update@amazon.de")},
    reply_to="no-reply@amazon.de",
    subject="Ihr Termin f\u00fcr den Montageservice am 12. M\u00e4rz wurde storniert",
    date=D(2025, 3, 10, 13, 45, 1), enc="qp", msgid=ses_msgid("eu-west-1"), amazon_boundary=True,
    text="""Amazon.de

Guten Tag Frau Hartmann,

leider müssen wir Ihnen mitteilen, dass Ihr Termin für die Montage Ihres Kleiderschranks (Amazon Montageservice) am Mittwoch, 12. März 2025, 10:00–12:00 Uhr, storniert wurde, da der Dienstleister kurzfristig erkrankt ist.

Ihre Bestellung des Artikels ist davon nicht betroffen und wird wie geplant geliefert. Die Montagegebühr von 79,00 € wurde Ihnen nicht berechnet.

Bitte wählen Sie unter Meine Bestellungen einen neuen Termin: https://www.amazon.de/gp/css/order-history

Wir entschuldigen uns für die Unannehmlichkeiten.
Amazon.de
""",
    html="""<html><body style="font:13px/18px Arial,sans-serif;color:#333"><table width="640" align="center"><tr><td>
<p style="padding:16px 0;border-bottom:1px solid #ccc"><b style="font-size:20px">amazon</b>.de</p>
<p>Guten Tag Frau Hartmann,</p>
<p>leider m&uuml;ssen wir Ihnen mitteilen, dass Ihr Termin f&uuml;r die Montage Ihres Kleiderschranks (Amazon Montageservice) am <b>Mittwoch, 12. M&auml;rz 2025, 10:00&ndash;12:00 Uhr</b>, storniert wurde, da der Dienstleister kurzfristig erkrankt ist.</p>
<p><b>Ihre Bestellung des Artikels ist davon nicht betroffen</b> und wird wie geplant geliefert. Die Montagegeb&uuml;hr von 79,00&nbsp;&euro; wurde Ihnen nicht berechnet.</p>
<p>Bitte w&auml;hlen Sie unter <a href="https://www.amazon.de/gp/css/order-history">Meine Bestellungen</a> einen neuen Termin.</p>
<p>Wir entschuldigen uns f&uuml;r die Unannehmlichkeiten.<br>Amazon.de</p></td></tr></table></body></html>
""")

_o = order_no("304")
raw(kind="non_notice", language="de", cause=None, states_reason=False, marketplace=None,
    note="echte Zahlungserinnerung VOR Stornierung: Zahlungsart aktualisieren, sonst Stornierung; ISO-8859-15",
    **{"from": addr("Amazon.de", "payments-messages@amazon.de")},
    reply_to="no-reply@amazon.de",
    subject="Aktualisieren Sie Ihre Zahlungsinformationen f\u00fcr Bestellung #%s" % _o, subject_charset="iso-8859-15",
    date=D(2024, 5, 17, 8, 22, 2), enc="qp", charset="iso-8859-15", msgid=ses_msgid("eu-west-1"),
    late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    text="""Amazon.de Zahlungsinformationen aktualisieren
Bestellung #%s

Guten Tag,

bei der Belastung Ihrer Mastercard mit der Endung 5518 für die oben genannte Bestellung ist ein Problem aufgetreten. Dies kann passieren, wenn die Karte abgelaufen ist oder die Rechnungsadresse nicht mit den Daten Ihrer Bank übereinstimmt.

Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 21. Mai 2024 unter Meine Bestellungen:
https://www.amazon.de/gp/css/order-details?orderID=%s

Wenn wir bis dahin keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert.

    1 x Sonos Era 100 Smart Speaker, Schwarz     249,00 €

Amazon wird Sie niemals per E-Mail nach Ihrem Passwort oder Ihrer Kartennummer fragen. Wenn Sie unsicher sind, ob diese Nachricht echt ist, öffnen Sie Meine Bestellungen direkt in der Amazon-App.

Mit freundlichen Grüßen
Amazon.de
""" % (_o, _o))


# ==========================================================================
# DUTCH (amazon.nl, amazon.com.be)
# ==========================================================================

def footer_nl(tld):
    return [
        "Amazon zal je nooit per e-mail, sms of telefoon vragen om je wachtwoord, je volledige kaartnummer of een eenmalige code, en vraagt je nooit om buiten onze website of app te betalen.",
        "Als je kaartnummer is gewijzigd of je kaart is verlopen, kun je je betaalgegevens op elk moment bijwerken in [Mijn account](https://www.%s/cpe/yourpayments/wallet)." % tld,
        "Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? Meld deze dan: [Verdachte e-mail melden](https://www.%s/gp/help/customer/display.html?nodeId=GQ9J5L5C3UVJ3NNJ). Meer informatie vind je op onze [helppagina's over beveiliging en privacy](https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B)." % (tld, tld),
    ]


o = order_no("403")
notice(lang="nl", tld="amazon.nl", display="Amazon.nl", sender="order-update", order=o,
       subject="Een artikel is geannuleerd uit je Amazon.nl-bestelling #%s" % o,
       title="Annuleringsbericht", greeting="Hallo Sanne,", shape="alt", enc="qp", auth=True,
       date=D(2024, 12, 12, 10, 31, 1),
       paras=[
           "Helaas moeten we je laten weten dat het onderstaande artikel uit je bestelling is geannuleerd. Het artikel is niet meer leverbaar: de verkoper kon je bestelling niet uitvoeren omdat het product niet meer op voorraad is.",
           "Er is niets in rekening gebracht voor dit artikel. De overige artikelen in je bestelling worden zoals gepland verzonden.",
           "Je kunt andere aanbieders van dit product of vergelijkbare artikelen bekijken op de [productpagina](https://www.amazon.nl/dp/B09NVN1VB1).",
       ],
       items_heading="Geannuleerde artikelen",
       items=[("LEGO Icons Bonsaiboom, 10281, Bouwset voor Volwassenen", 1, "\u20ac 41,99")],
       sold_by="Verkocht door: SpeelgoedPlaza B.V.",
       footer=footer_nl("amazon.nl"),
       cause="inventory_shortage", states_reason=True, note="niet meer leverbaar, verkoper kon niet leveren; template HTML")

o = order_no("404")
notice(lang="nl", tld="amazon.com.be", display="Amazon.com.be", sender="payments-messages", order=o,
       subject="Je Amazon.com.be-bestelling #%s is geannuleerd" % o,
       title="Bestelling geannuleerd", greeting="Hallo,", shape="text", enc="qp", charset="iso-8859-1", auth=False,
       date=D(2025, 6, 12, 7, 58, 2),
       paras=[
           "We konden de betaling voor je bestelling van 7 juni 2025 niet verwerken. Op 8 juni hebben we je per e-mail gevraagd je betaalgegevens bij te werken, maar we hebben binnen de gestelde termijn geen geldige betaalmethode ontvangen. Daarom is je bestelling geannuleerd.",
           "Je bank heeft de betaling met je Bancontact-kaart eindigend op 7710 geweigerd, bijvoorbeeld omdat de kaart verlopen is of er onvoldoende saldo beschikbaar was.",
           "Er is geen bedrag afgeschreven. Wil je de artikelen nog steeds ontvangen? Plaats dan een nieuwe bestelling met een geldige betaalmethode.",
       ],
       items_heading="Geannuleerde artikelen",
       items=[("Philips Airfryer XXL HD9650/90, 7,3 L, Zwart", 1, "EUR 199,99")],
       footer=footer_nl("amazon.com.be"),
       cause="payment_issue", states_reason=True, note="betaling geweigerd, termijn voor betalingswijziging verstreken; ISO-8859-1 tekst")

o = order_no("405")
notice(lang="nl", tld="amazon.nl", display="Amazon.nl", sender="auto-confirm", order=o,
       subject="Je Amazon.nl-bestelling #%s is geannuleerd" % o,
       title="Bestelling geannuleerd", greeting="Hallo Daan,", shape="html", enc="b64", auth=True,
       date=D(2024, 3, 27, 12, 14, 1),
       paras=[
           "Door een technische fout werd het onderstaande artikel op Amazon.nl met een onjuiste prijs weergegeven (\u20ac 9,99 in plaats van \u20ac 999,00).",
           "Omdat de prijs onjuist was, hebben we je bestelling geannuleerd, zoals beschreven in onze Gebruiks- en verkoopvoorwaarden.",
           "Er is niets in rekening gebracht. Onze excuses voor het ongemak.",
       ],
       items_heading="Geannuleerde artikelen",
       items=[("Sony Bravia KD-55X80L 55 inch 4K Ultra HD LED Smart Google TV", 1, "\u20ac 9,99")],
       sold_by="Verkocht door: Amazon EU S.\u00e0 r.l.",
       footer=footer_nl("amazon.nl"),
       cause="technical_issue", states_reason=True, note="prijsfout door technische fout; HTML only base64")

o = order_no("403")
notice(lang="nl", tld="amazon.nl", display="Amazon.nl", sender="cs-reply", order=o,
       subject="Je bestelling #%s is geannuleerd" % o,
       title="Bestelling geannuleerd", greeting="Hallo,", shape="alt", enc="8bit", auth=False,
       date=D(2025, 10, 3, 21, 6, 2),
       paras=[
           "We hebben ongebruikelijke activiteit op je Amazon-account opgemerkt. Als voorzorgsmaatregel hebben we je account tijdelijk geblokkeerd en de onderstaande bestelling geannuleerd in afwachting van een beveiligingscontrole.",
           "Log in via de Amazon-website of -app en volg de instructies op het scherm om je identiteit te verifi\u00ebren. Beantwoord deze e-mail niet en stuur nooit betaalgegevens per e-mail.",
           "Er is niets in rekening gebracht. Zodra je account weer actief is, kun je de artikelen opnieuw bestellen.",
       ],
       items_heading="Geannuleerde artikelen",
       items=[("Apple iPhone 15 (128 GB) - Zwart", 3, "\u20ac 849,00")],
       footer=footer_nl("amazon.nl"),
       cause="fraud_prevention", states_reason=True, note="ongebruikelijke activiteit, account geblokkeerd, identiteitsverificatie; 8bit")

o = order_no("406")
notice(lang="nl", tld="amazon.com.be", display="Amazon.com.be", sender="auto-confirm", order=o,
       subject="Geslaagde annulering van \u2018Nespresso Vertuo Pop koffiemachine\u2019 uit je Amazon.com.be-bestelling %s" % o,
       subject_charset="windows-1252",
       title="Annuleringsbevestiging", greeting="Hallo Wout,", shape="text", enc="qp", charset="windows-1252", auth=True,
       date=D(2025, 1, 30, 20, 11, 1),
       paras=[
           "Zoals je hebt gevraagd, hebben we het onderstaande artikel uit je bestelling %s geannuleerd." % o,
           "Als je al hebt betaald, wordt het bedrag binnen 3 tot 5 werkdagen teruggestort via je oorspronkelijke betaalmethode.",
           "Per ongeluk geannuleerd? Je kunt het artikel opnieuw kopen via [Mijn bestellingen](https://www.amazon.com.be/gp/css/order-history).",
       ],
       crit=[("Reden van annulering:", "Geannuleerd door klant")],
       items_heading="Geannuleerde artikelen",
       items=[("Nespresso Vertuo Pop koffiemachine by Krups, Aqua Mint", 1, "\u20ac 79,99")],
       footer=footer_nl("amazon.com.be"),
       cause="customer_request", states_reason=True, note="geannuleerd door klant; windows-1252 tekst")

o = order_no("403")
notice(lang="nl", tld="amazon.nl", display="Amazon.nl", sender="order-update", order=o,
       subject="Je Amazon.nl-bestelling #%s is geannuleerd" % o,
       title="Bestelling geannuleerd", greeting="Hallo Femke,", shape="alt", enc="b64", auth=False,
       date=D(2025, 8, 19, 15, 27, 2),
       paras=[
           "We hebben je bestelling geannuleerd omdat het onderstaande artikel vanwege de afmetingen niet kan worden bezorgd op het door jou gekozen afhaalpunt (Amazon Locker \u2013 Utrecht Centraal).",
           "Het volledige bedrag van \u20ac 64,95 wordt binnen enkele dagen teruggestort via je oorspronkelijke betaalmethode.",
           "Wil je het artikel toch ontvangen? Plaats dan een nieuwe bestelling met een thuisbezorgadres. Je adressen beheer je in [Mijn adressen](https://www.amazon.nl/a/addresses).",
       ],
       items_heading="Geannuleerde artikelen",
       items=[("Curver Style opbergbox 45 L, set van 3, Grijs", 1, "\u20ac 64,95")],
       footer=footer_nl("amazon.nl"),
       cause="unknown", states_reason=True, note="niet bezorgbaar op gekozen afhaalpunt (afmetingen) -> past bij geen van de vier oorzaken")

# ---- Dutch look-alikes --------------------------------------------------

raw(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="terugbelnummer, hotmail-afzender, misvormd bestelnummer",
    **{"from": addr("Amazon Klantenservice", "amazon.klantenservice.nl@hotmail.com")},
    subject="Je bestelling is geannuleerd - betaling mislukt",
    date=D(2024, 7, 8, 4, 4, 2), enc="8bit", msgid=generic_msgid("hotmail.com"),
    text="""Beste klant,

Je bestelling #40-77812-993 (Samsung Galaxy S24, 256 GB) is geannuleerd omdat de betaling is mislukt.

Het bedrag van € 1.249,00 staat echter nog GERESERVEERD op je rekening en wordt binnen 24 uur afgeschreven.

Bel direct onze gratis helpdesk om de afschrijving te stoppen en je geld terug te krijgen:

    ☎ 085 208 1197  (dag en nacht bereikbaar)

Met vriendelijke groet,
Amazon Klantenservice Nederland
""")

raw(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="account opgeschort + bestelling geannuleerd, gebruik deze code; look-alike domein met eigen DKIM-pass",
    trace=auth_custom("mx.example.net;\n       dkim=pass header.d=amazon-nl-accountherstel.com header.s=default header.b=K2p9aQ0x;\n       spf=pass smtp.mailfrom=amazon-nl-accountherstel.com;\n       dmarc=pass (p=NONE) header.from=amazon-nl-accountherstel.com"),
    **{"from": addr("Amazon.nl", "beveiliging@amazon-nl-accountherstel.com")},
    subject="Account opgeschort \u2013 bestelling #403-5590214-7731865 geannuleerd",
    date=D(2025, 4, 23, 5, 50, 2), enc="qp", msgid=generic_msgid("amazon-nl-accountherstel.com"),
    text="""Amazon.nl

Je account is opgeschort

Hallo,

We hebben een verdachte aanmelding op je Amazon-account gedetecteerd (apparaat: iPhone, locatie: Lagos). Ter bescherming hebben we je account opgeschort en je laatste bestelling #403-5590214-7731865 geannuleerd.

Gebruik de onderstaande code binnen 12 uur op onze herstelpagina om je account te herstellen en je bestelling terug te zetten:

    Herstelcode: NL-90417

Account herstellen: https://amazon-nl-accountherstel.com/herstel?code=NL-90417

Zonder bevestiging wordt je account definitief gesloten.

Het Amazon Beveiligingsteam
""",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">
<table width="100%" cellpadding="0"><tr><td align="center" style="padding:20px 0"><table width="600" style="background:#fff" cellpadding="0">
<tr><td style="background:#232f3e;color:#fff;padding:12px 24px;font-size:22px"><b>amazon</b><span style="color:#ff9900">.nl</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px">
<h2 style="font-weight:normal;margin:0 0 12px">Je account is opgeschort</h2>
<p>Hallo,</p>
<p>We hebben een verdachte aanmelding op je Amazon-account gedetecteerd (apparaat: iPhone, locatie: Lagos). Ter bescherming hebben we je account opgeschort en je laatste bestelling <b>#403-5590214-7731865</b> geannuleerd.</p>
<p>Gebruik de onderstaande code binnen 12 uur op onze herstelpagina om je account te herstellen en je bestelling terug te zetten:</p>
<div style="font-size:26px;letter-spacing:5px;text-align:center;background:#f0f2f2;padding:16px"><b>NL-90417</b></div>
<p style="text-align:center"><a href="https://amazon-nl-accountherstel.com/herstel?code=NL-90417" style="display:inline-block;background:#ffd814;border-radius:20px;padding:10px 30px;color:#0f1111;text-decoration:none">Account herstellen</a></p>
<p>Zonder bevestiging wordt je account definitief gesloten.</p>
<p>Het Amazon Beveiligingsteam</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#565959;border-top:1px solid #ddd">&copy; 1996-2025, Amazon.com, Inc. of gelieerde ondernemingen.</td></tr>
</table></td></tr></table></body></html>
""")

raw(kind="lookalike", language="nl", cause="payment_issue", states_reason=True, marketplace=None,
    note="antwoord met kaartgegevens gevraagd, gmail-afzender, claimt amazon.com.be, geen geldig bestelnummer; ISO-8859-1",
    **{"from": addr("Amazon.com.be Betalingen", "amazonbe.betalingen@gmail.com")},
    subject="Bestelling geannuleerd: bevestig je betaalgegevens",
    date=D(2024, 10, 15, 18, 18, 2), enc="qp", charset="iso-8859-1", msgid=generic_msgid("mail.gmail.com"),
    text="""Beste klant,

Helaas kon de betaling van je bestelling (referentie BE-2024-88120) niet worden uitgevoerd. Je bestelling is daarom geannuleerd.

Om je bestelling opnieuw te laten verwerken, vragen wij je binnen 48 uur op deze e-mail te antwoorden met de volgende gegevens:

  - Naam van de kaarthouder
  - Kaartnummer
  - Vervaldatum
  - CVC-code (3 cijfers op de achterkant)
  - Rijksregisternummer of geboortedatum

Na ontvangst wordt je bestelling meteen verzonden. Anders rekenen wij administratiekosten van 24,95 EUR aan.

Met vriendelijke groeten,
Afdeling Betalingen Amazon.com.be
""")

_l = dict(lang="nl", tld="amazon.nl", display="Amazon.nl", order="403-2287719-5560413",
          title="Bestelling geannuleerd", greeting="Hallo,", ref="TE_cxl",
          html_paras=["Je bestelling is geannuleerd. Het bedrag van <b>&euro; 329,00</b> staat klaar om te worden teruggestort.",
                      'Bevestig binnen 48 uur je terugbetaling via '
                      '<a href="https://retour-service.net/nl/terugbetaling.php?o=403-2287719-5560413">https://www.amazon.nl/terugbetaling</a>.',
                      'Je bestelgegevens vind je in <a href="https://retour-service.net/nl/inloggen.php">www.amazon.nl/mijn-bestellingen</a>.'],
          items_heading="Geannuleerde artikelen", items=[("Philips Sonicare DiamondClean 9000 HX9911/09 elektrische tandenborstel", 1, "\u20ac 329,00")],
          sold_by="Verkocht door: Amazon EU S.\u00e0 r.l.",
          html_footer=[md_html(p) for p in footer_nl("amazon.nl")])
_lhtml = amz_html(_l, LABELS["nl"]).replace('href="https://www.amazon.nl', 'href="https://retour-service.net/r?u=https://www.amazon.nl')
raw(kind="lookalike", language="nl", cause="unknown", states_reason=False, marketplace=None,
    note="gepolijste kopie van de echte lay-out, geen reden; linktekst amazon.nl, href naar retour-service.net; afzender amazon.nl.retour-service.net",
    trace=auth_custom("mx.example.net;\n       dkim=none;\n       spf=softfail smtp.mailfrom=bestelling@amazon.nl.retour-service.net;\n       dmarc=none header.from=amazon.nl.retour-service.net"),
    **{"from": addr("Amazon.nl", "bestelling@amazon.nl.retour-service.net")},
    subject="Je Amazon.nl-bestelling #403-2287719-5560413 is geannuleerd",
    date=D(2025, 3, 3, 9, 2, 1), enc="b64", html=_lhtml, msgid=generic_msgid("retour-service.net"))

raw(kind="lookalike", language="nl", cause="technical_issue", states_reason=True, marketplace=None,
    note="Cyrillische letters in weergavenaam, storing + dubbele afschrijving",
    **{"from": addr("\u0410m\u0430zon.nl", "no-reply@amazon-nl-bestellingen.info")},
    subject="Storing: je bestelling #403-6619020-1184472 is geannuleerd",
    date=D(2024, 2, 20, 13, 37, 1), enc="8bit", msgid=generic_msgid("amazon-nl-bestellingen.info"),
    text="""Amazon.nl

Hallo,

Door een storing in ons betaalsysteem is je bestelling #403-6619020-1184472 geannuleerd, maar het bedrag van € 156,80 is twee keer afgeschreven.

Om de dubbele afschrijving terug te boeken, moet je binnen 48 uur je bankgegevens bevestigen:
https://amazon-nl-bestellingen.info/terugboeking?id=6619020

Onze excuses voor het ongemak.
Amazon.nl Klantenservice
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222"><div style="max-width:600px;margin:auto">
<p style="font-size:22px;border-bottom:3px solid #ff9900;padding-bottom:8px"><b>amazon</b>.nl</p>
<p>Hallo,</p>
<p>Door een <b>storing in ons betaalsysteem</b> is je bestelling <b>#403-6619020-1184472</b> geannuleerd, maar het bedrag van <b>&euro; 156,80</b> is twee keer afgeschreven.</p>
<p>Om de dubbele afschrijving terug te boeken, moet je binnen 48 uur je bankgegevens bevestigen:</p>
<p><a href="https://amazon-nl-bestellingen.info/terugboeking?id=6619020" style="color:#0066c0">Bankgegevens bevestigen</a></p>
<p>Onze excuses voor het ongemak.<br>Amazon.nl Klantenservice</p></div></body></html>
""")

raw(kind="lookalike", language="nl", cause="fraud_prevention", states_reason=True, marketplace=None,
    note="amaz0n.nl; bestelling WORDT geannuleerd tenzij binnen 24 uur bevestigd; misvormd bestelnummer; alleen tekst",
    **{"from": addr("Amazon.nl", "verificatie@amaz0n.nl")},
    subject="Je bestelling wordt geannuleerd tenzij je binnen 24 uur bevestigt",
    date=D(2023, 10, 1, 6, 29, 2), enc="qp", msgid=generic_msgid("amaz0n.nl"),
    text="""Hallo,

Ons beveiligingssysteem heeft je bestelling 403-1182-77201 gemarkeerd voor controle vanwege een ongebruikelijke aanmelding vanaf een nieuw apparaat.

Als je je identiteit niet binnen 24 uur bevestigt, wordt je bestelling geannuleerd en wordt je account beperkt.

Nu bevestigen: https://amaz0n.nl/ap/verificatie?o=403118277201

Met vriendelijke groet,
Amazon.nl Beveiliging
""")

raw(kind="lookalike", language="nl", cause="inventory_shortage", states_reason=True, marketplace=None,
    note="grof, outlook-afzender, geen bestelnummer, 'niet op voorraad', klik voor geld terug",
    **{"from": addr("Amazon", "amazon.nl.service@outlook.com")},
    subject="Uw bestelling is geannuleerd",
    date=D(2024, 4, 16, 0, 12, 1), enc="7bit", msgid=generic_msgid("outlook.com"),
    text="""Geachte klant

Uw bestelling bij amazon is geannuleerd want het artikel is niet op voorraad.

Klik hier om uw geld terug te krijgen: http://amazon-terugbetaling.top/nl

Bedankt
Amazon
""")

raw(kind="lookalike", language="nl", cause="customer_request", states_reason=True, marketplace=None,
    note="Griekse omicron in weergavenaam, amazon.com.be.klantenservice-annulering.com, terugbelnummer; windows-1252",
    **{"from": addr("Amaz\u03bfn.com.be", "annulering@amazon.com.be.klantenservice-annulering.com")},
    subject="Annulering geslaagd: bestelling #406-3371950-8820147",
    date=D(2025, 11, 2, 11, 11, 1), enc="8bit", charset="windows-1252", msgid=generic_msgid("klantenservice-annulering.com"),
    text="""Amazon.com.be

Annulering geslaagd

Hallo,

Zoals gevraagd hebben we je bestelling #406-3371950-8820147 geannuleerd:

  Apple Watch Series 10 GPS 46 mm, Gitzwart     € 469,00

Het bedrag van € 469,00 wordt teruggestort op de rekening van waaruit de annulering werd aangevraagd.

Heb jij deze annulering NIET aangevraagd? Bel dan meteen onze annuleringsdienst op 02 808 41 77. Alleen zo kunnen we de terugbetaling nog tegenhouden.

Bedankt voor je aankoop.
Amazon.com.be
""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font:13px/18px Arial,sans-serif;color:#333"><table width="640" align="center"><tr><td style="padding:16px 0;border-bottom:1px solid #ccc"><b style="font-size:22px">amazon</b>.com.be</td></tr>
<tr><td style="padding:14px 0"><h2 style="font-weight:normal">Annulering geslaagd</h2><p>Hallo,</p>
<p>Zoals gevraagd hebben we je bestelling <b>#406-3371950-8820147</b> geannuleerd:</p>
<table width="100%" style="border-top:3px solid #2d3741;background:#efefef"><tr><td style="padding:10px">Apple Watch Series 10 GPS 46 mm, Gitzwart</td><td align="right" style="padding:10px"><b>€ 469,00</b></td></tr></table>
<p>Het bedrag van € 469,00 wordt teruggestort op de rekening van waaruit de annulering werd aangevraagd.</p>
<p>Heb jij deze annulering <b>NIET</b> aangevraagd? Bel dan meteen onze annuleringsdienst op <b>02 808 41 77</b>. Alleen zo kunnen we de terugbetaling nog tegenhouden.</p>
<p>Bedankt voor je aankoop.<br><b>Amazon.com.be</b></p></td></tr></table></body></html>
""")

# ---- Dutch non-notices --------------------------------------------------

raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="annulering van een andere webshop (WooCommerce), terugbetaling via Amazon Pay",
    **{"from": addr("Koffiebranderij De Molen", "webshop@koffiebranderijdemolen.nl")},
    subject="Je bestelling #2291 bij Koffiebranderij De Molen is geannuleerd",
    date=D(2024, 1, 25, 11, 4, 1), enc="qp", msgid=generic_msgid("koffiebranderijdemolen.nl"),
    text="""Koffiebranderij De Molen

Hallo Joost,

Je bestelling #2291 is geannuleerd, omdat de Colombia Huila (1 kg bonen) helaas uitverkocht is en we deze oogst niet meer binnenkrijgen.

Je betaling via Amazon Pay wordt volledig teruggestort. Het bedrag van € 32,40 zie je binnen 3 tot 5 werkdagen terug in je Amazon-account onder Amazon Pay.

  Colombia Huila, 1 kg bonen   1 x  € 27,50
  Verzending                         € 4,90
  Terugbetaald via Amazon Pay       € 32,40

Als excuus krijg je met de code SORRY10 10% korting op je volgende bestelling.

Hartelijke groet,
Koffiebranderij De Molen
Molenstraat 12, 3581 Utrecht
""",
    html="""<html><body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;background:#f7f7f7">
<div id="wrapper" style="padding:70px 0"><table id="template_container" width="600" align="center" style="background:#fff;border:1px solid #dedede">
<tr><td style="background:#6f4e37;color:#fff;padding:36px 48px;font-size:26px">Je bestelling is geannuleerd</td></tr>
<tr><td style="padding:48px;color:#636363;font-size:14px;line-height:150%">
<p>Hallo Joost,</p>
<p>Je bestelling #2291 is geannuleerd, omdat de Colombia Huila (1&nbsp;kg bonen) helaas uitverkocht is en we deze oogst niet meer binnenkrijgen.</p>
<p>Je betaling via <b>Amazon Pay</b> wordt volledig teruggestort. Het bedrag van &euro;&nbsp;32,40 zie je binnen 3 tot 5 werkdagen terug in je Amazon-account onder Amazon Pay.</p>
<table width="100%" border="1" style="border-collapse:collapse;border-color:#e5e5e5"><tr><td>Colombia Huila, 1 kg bonen &times; 1</td><td>&euro;&nbsp;27,50</td></tr>
<tr><td>Verzending</td><td>&euro;&nbsp;4,90</td></tr><tr><th>Terugbetaald via Amazon Pay</th><th>&euro;&nbsp;32,40</th></tr></table>
<p>Als excuus krijg je met de code <b>SORRY10</b> 10% korting op je volgende bestelling.</p>
<p>Hartelijke groet,<br>Koffiebranderij De Molen</p></td></tr>
<tr><td style="text-align:center;color:#8a8a8a;font-size:12px;padding:24px">Koffiebranderij De Molen &ndash; Molenstraat 12, 3581 Utrecht</td></tr></table></div></body></html>
""")

raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="vriendin schrijft dat ze zelf haar Amazon-bestelling heeft geannuleerd",
    **{"from": addr("Marieke de Vries", "mariekedevries88@gmail.com")},
    to=addr("Eva Jansen", "eva.jansen@example.net"),
    subject="Re: verjaardag papa",
    late_headers=[("In-Reply-To", "<CAF3kLm9zQ@mail.gmail.com>")],
    date=D(2025, 5, 6, 21, 15, 2), enc="8bit", msgid=generic_msgid("mail.gmail.com"),
    text="""Hoi Eva,

Ik heb mijn Amazon-bestelling van die Weber-barbecue toch maar geannuleerd – levering pas over drie weken, dan zijn we te laat voor zijn verjaardag. Annuleren ging gelukkig meteen, ik kreeg direct een bevestiging.

Zullen we zaterdag samen naar de Hornbach gaan? Dan delen we de kosten, ongeveer € 90 per persoon.

Liefs,
Marieke

Op di 6 mei 2025 om 18:40 schreef Eva Jansen <eva.jansen@example.net>:
> Is de barbecue al besteld? Papa is op de 17e jarig.
""")

raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="nieuwsbrief over phishing die een valse annuleringsonderwerpregel citeert",
    **{"from": addr("Fraudealert Nieuwsbrief", "nieuwsbrief@fraudealert-nieuws.nl")},
    subject="Waarschuwing: valse e-mails \u2018Je Amazon-bestelling is geannuleerd\u2019",
    late_headers=[("List-Unsubscribe", "<https://fraudealert-nieuws.nl/afmelden?u=19c3>"), ("Precedence", "bulk")],
    date=D(2025, 6, 20, 8, 0, 2, 0), enc="qp", msgid=generic_msgid("fraudealert-nieuws.nl"),
    text="""FRAUDEALERT NIEUWSBRIEF – week 25

Valse e-mails: 'Je Amazon-bestelling is geannuleerd'

Deze week ontvingen we veel meldingen van e-mails met onderwerpregels als:

  "Je Amazon.nl-bestelling #403-0000000-0000000 is geannuleerd"
  "Betaling mislukt – bestelling geannuleerd, bel direct"

De oplichters beweren dat een dure bestelling is geannuleerd en dat het geld nog 'gereserveerd' staat. Je moet een telefoonnummer bellen of via een link je kaartgegevens 'bevestigen'.

Tips:
 * Klik niet op links en bel geen nummers uit de e-mail. Controleer je bestellingen zelf in de app of op de website.
 * Let op de afzender: afwijkende domeinen (amaz0n, amazon-nl-...) en gratis mailadressen zijn een alarmsignaal.
 * Amazon vraagt nooit per e-mail om je wachtwoord of kaartgegevens.

Ook deze week: nep-sms'jes over pakketjes en valse energieleveranciers.

Afmelden: https://fraudealert-nieuws.nl/afmelden?u=19c3
""",
    html="""<html><body style="font-family:Arial,sans-serif;background:#f2f2f2"><div style="max-width:620px;margin:auto;background:#fff;padding:22px">
<p style="color:#c00;font-weight:bold">FRAUDEALERT NIEUWSBRIEF &ndash; week 25</p>
<h1 style="font-size:21px">Valse e-mails: &lsquo;Je Amazon-bestelling is geannuleerd&rsquo;</h1>
<p>Deze week ontvingen we veel meldingen van e-mails met onderwerpregels als:</p>
<blockquote style="background:#fff4f4;border-left:4px solid #c00;padding:6px 12px">&ldquo;Je Amazon.nl-bestelling #403-0000000-0000000 is geannuleerd&rdquo;<br>&ldquo;Betaling mislukt &ndash; bestelling geannuleerd, bel direct&rdquo;</blockquote>
<p>De oplichters beweren dat een dure bestelling is geannuleerd en dat het geld nog &lsquo;gereserveerd&rsquo; staat. Je moet een telefoonnummer bellen of via een link je kaartgegevens &lsquo;bevestigen&rsquo;.</p>
<h3>Tips</h3><ul><li>Klik niet op links en bel geen nummers uit de e-mail. Controleer je bestellingen zelf in de app of op de website.</li>
<li>Let op de afzender: afwijkende domeinen (amaz0n, amazon-nl-...) en gratis mailadressen zijn een alarmsignaal.</li>
<li>Amazon vraagt nooit per e-mail om je wachtwoord of kaartgegevens.</li></ul>
<p>Ook deze week: nep-sms'jes over pakketjes en valse energieleveranciers.</p>
<p style="font-size:11px;color:#888"><a href="https://fraudealert-nieuws.nl/afmelden?u=19c3">Afmelden</a></p></div></body></html>
""")

raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="Amazon Music Unlimited-abonnement geannuleerd (abonnement, geen bestelling)",
    **{"from": addr("Amazon Music", "digital-no-reply@amazon.nl")},
    subject="Je Amazon Music Unlimited-abonnement is geannuleerd",
    date=D(2024, 8, 2, 17, 44, 2), enc="b64", msgid=ses_msgid("eu-west-1"),
    text="""Hallo Tim,

We bevestigen dat je Amazon Music Unlimited-abonnement (individueel abonnement, € 10,99 per maand) is geannuleerd, zoals je hebt gevraagd.

Je kunt Amazon Music Unlimited nog gebruiken tot en met 1 september 2024. Daarna wordt er niets meer in rekening gebracht. Je afspeellijsten blijven bewaard.

Toch van gedachten veranderd? Je kunt je abonnement op elk moment opnieuw activeren via https://www.amazon.nl/music/unlimited

Met vriendelijke groet,
Amazon Music

Amazon vraagt je nooit per e-mail om je wachtwoord of betaalgegevens.
""")

_o = order_no("403")
raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="bezorgafspraak voor groot artikel geannuleerd; bestelling blijft uitdrukkelijk staan",
    trace=auth_pass("amazon.nl"),
    **{"from": addr("Amazon.nl", "order-update@amazon.nl")},
    reply_to="no-reply@amazon.nl",
    subject="Je bezorgafspraak op donderdag 16 januari is geannuleerd",
    date=D(2025, 1, 14, 16, 20, 1), enc="qp", msgid=ses_msgid("eu-west-1"), amazon_boundary=True,
    late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    text="""Amazon.nl

Hallo Ruben,

Je bezorgafspraak voor bestelling #%s (Bosch Serie 6 wasmachine WGG244A9NL) op donderdag 16 januari tussen 12:00 en 16:00 uur is door onze bezorgpartner geannuleerd vanwege een planningsprobleem.

Je bestelling blijft gewoon staan en wordt niet geannuleerd. Kies via de onderstaande link een nieuwe bezorgdatum:
https://www.amazon.nl/gp/css/order-details?orderID=%s

Onze excuses voor het ongemak.
Amazon.nl
""" % (_o, _o),
    html="""<html><body style="font:13px/18px Arial,sans-serif;color:#333"><table width="640" align="center"><tr><td>
<p style="padding:16px 0;border-bottom:1px solid #ccc"><b style="font-size:20px">amazon</b>.nl</p>
<p>Hallo Ruben,</p>
<p>Je bezorgafspraak voor bestelling #%s (Bosch Serie 6 wasmachine WGG244A9NL) op <b>donderdag 16 januari tussen 12:00 en 16:00 uur</b> is door onze bezorgpartner geannuleerd vanwege een planningsprobleem.</p>
<p><b>Je bestelling blijft gewoon staan en wordt niet geannuleerd.</b> <a href="https://www.amazon.nl/gp/css/order-details?orderID=%s">Kies een nieuwe bezorgdatum</a>.</p>
<p>Onze excuses voor het ongemak.<br>Amazon.nl</p></td></tr></table></body></html>
""" % (_o, _o))

_o = order_no("404")
raw(kind="non_notice", language="nl", cause=None, states_reason=False, marketplace=None,
    note="echte betalingsherinnering VOOR annulering: betaalmethode bijwerken, anders annulering",
    trace=auth_pass("amazon.com.be"),
    **{"from": addr("Amazon.com.be", "payments-messages@amazon.com.be")},
    reply_to="no-reply@amazon.com.be",
    subject="Actie vereist: werk je betaalmethode bij voor bestelling %s" % _o,
    date=D(2025, 9, 23, 9, 9, 2), enc="qp", msgid=ses_msgid("eu-west-1"), amazon_boundary=True,
    late_headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
    text="""Amazon.com.be

Actie vereist: werk je betaalmethode bij

Hallo Lotte,

We konden je Visa-kaart eindigend op 3391 niet belasten voor bestelling %s. Dit kan gebeuren als je kaart verlopen is of het factuuradres niet overeenkomt met de gegevens van je bank.

Werk je betaalmethode vóór 26 september 2025 bij in Mijn bestellingen:
https://www.amazon.com.be/gp/css/order-details?orderID=%s

Als we vóór die datum geen geldige betaalgegevens ontvangen, wordt je bestelling geannuleerd.

  1 x De'Longhi Dedica Style EC685.M espressomachine   € 179,99

Amazon vraagt je nooit per e-mail om je wachtwoord of kaartnummer. Twijfel je of dit bericht echt is? Open dan Mijn bestellingen rechtstreeks in de Amazon-app.

Amazon.com.be
""" % (_o, _o),
    html="""<html><body style="font:13px/18px Arial,sans-serif;color:#333"><table width="640" align="center"><tr><td>
<table width="100%%"><tr><td style="padding:18px 0 0"><b style="font-size:20px">amazon</b>.com.be</td><td align="right"><a href="https://www.amazon.com.be/gp/css/order-history">Mijn bestellingen</a> | <a href="https://www.amazon.com.be/gp/css/homepage.html">Mijn account</a></td></tr></table>
<h2 style="font-weight:normal">Actie vereist: werk je betaalmethode bij</h2>
<p>Hallo Lotte,</p>
<p>We konden je Visa-kaart eindigend op 3391 niet belasten voor bestelling <a href="https://www.amazon.com.be/gp/css/order-details?orderID=%s">%s</a>. Dit kan gebeuren als je kaart verlopen is of het factuuradres niet overeenkomt met de gegevens van je bank.</p>
<p>Werk je betaalmethode v&oacute;&oacute;r <b>26 september 2025</b> bij in <a href="https://www.amazon.com.be/gp/css/order-details?orderID=%s">Mijn bestellingen</a>. Als we v&oacute;&oacute;r die datum geen geldige betaalgegevens ontvangen, wordt je bestelling geannuleerd.</p>
<table width="100%%" style="border-top:3px solid #2d3741;background:#efefef"><tr><td style="padding:10px">De'Longhi Dedica Style EC685.M espressomachine<br>Aantal: 1</td><td align="right" style="padding:10px"><b>&euro; 179,99</b></td></tr></table>
<p style="font-size:11px;color:#666">Amazon vraagt je nooit per e-mail om je wachtwoord of kaartnummer. Twijfel je of dit bericht echt is? Open dan Mijn bestellingen rechtstreeks in de Amazon-app.</p>
</td></tr></table></body></html>
""" % (_o, _o, _o))


# ==========================================================================
# output
# ==========================================================================

LABEL_KEYS = ("kind", "language", "cause", "states_reason", "marketplace", "note")


def write_all():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ALL)))
    random.Random(7331).shuffle(order)
    labels = []
    for num, idx in enumerate(order, start=1):
        typ, spec = ALL[idx]
        name = "%s%03d.eml" % (PREFIX, num)
        if typ == "notice":
            data = build_notice(spec)
            lab = dict(kind="notice", language=spec["lang"], cause=spec["cause"], states_reason=spec["states_reason"],
                       marketplace=spec["tld"], note=spec["note"])
        else:
            data = build(spec)
            lab = {k: spec[k] for k in LABEL_KEYS}
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    labs = write_all()
    print("wrote %d mails to %s" % (len(labs), OUT))
