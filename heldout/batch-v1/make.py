#!/usr/bin/env python3
"""Regenerate blind batch v1: 60 raw .eml files + labels.json.

Languages en / de / nl; per language 8 lookalikes, 6 non-notices, 6 notices.
Run:  python3 make.py   (deterministic, fixed seed)
"""
import base64
import datetime
import hashlib
import json
import os
import quopri
import random
import re
import string
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from urllib.parse import quote

SEED = 20251201
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers

def tok(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


PREFIX = {
    "amazon.com": ["111", "112", "113", "114"], "amazon.co.uk": ["202", "203", "204", "026"],
    "amazon.ca": ["701", "702"], "amazon.com.au": ["249", "250"], "amazon.in": ["171", "402", "407"],
    "amazon.sg": ["503"], "amazon.ie": ["205"], "amazon.co.za": ["581"],
    "amazon.de": ["302", "303", "304", "305", "028"], "amazon.nl": ["403", "405"],
    "amazon.com.be": ["406", "408"],
}


def order_no(mp):
    return "%s-%07d-%07d" % (rng.choice(PREFIX[mp]), rng.randrange(10**7), rng.randrange(10**7))


def redirect(mp, path):
    """Amazon-style click-tracking redirect to https://www.<mp>/<path>."""
    target = "https://www.%s/%s" % (mp, path)
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (mp, tok(13), tok(13), datetime.date(2025, 1, 1).strftime("%Y%m%d"), hexs(24), tok(12),
               quote(target, safe=""), tok(28), rng.randrange(10**7, 10**8), rng.randrange(10**8, 10**9)))


LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def linkify_html(s, href):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(s[pos:m.start()])
        out.append('<a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>' % (href(m.group(2)).replace("&", "&amp;"), m.group(1)))
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def linkify_text(s, href, plain_urls=True):
    def rep(m):
        url = m.group(2) if m.group(2).startswith("http") else "https://www.%s/%s" % (TEXT_MP[0], m.group(2))
        if not plain_urls:
            url = href(m.group(2))
        return "%s: %s" % (m.group(1), url) if not m.group(1).startswith("http") else url
    return LINK_RE.sub(rep, s)


TEXT_MP = ["amazon.com"]

# ---------------------------------------------------------------- Amazon-style HTML (modelled on the real samples)

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
#container { width:640px; margin:0 auto; }
#header .logo { width:120px; padding:16px 0 8px 0; }
#header .navigation a { color:#0066c0; font:12px Arial,sans-serif; text-decoration:none; }
#header .title h2 { color:#cc6600; font:normal 20px Arial,sans-serif; margin:4px 0 2px 0; }
#summary .heading { color:#cc6600; font:18px Arial,sans-serif; }
#summary p, #closing td { font:13px/18px Arial,sans-serif; color:#333333; }
#orderDetails td { font:13px/18px Arial,sans-serif; color:#333333; padding:6px 0; border-bottom:1px solid #eaeaea; }
#orderDetails .price { text-align:right; white-space:nowrap; }
.sectionHeading { color:#cc6600; font:bold 14px Arial,sans-serif; padding-top:14px !important; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
@media only screen and (max-width: 480px) { #container { width:100% !important; } }"""


def amazon_html(mp, L, title, order, greeting, paras, items, items_heading, closing, footer, href=None,
                lang="en", brand=None):
    href = href or (lambda p: p if p.startswith("http") else redirect(mp, p))
    brand = brand or mp[0].upper() + mp[1:]
    a = lambda p: href(p).replace("&", "&amp;")
    rows = []
    for it in items:
        seller = ('<br /><span style="color:#666666;">%s %s</span>' % (L["sold_by"], it["seller"])) if it.get("seller") else ""
        rows.append('            <tr>\n             <td><a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>%s<br />%s: %s</td>\n'
                    '             <td class="price"><b>%s</b></td>\n            </tr>'
                    % (a("gp/product/B0%s" % tok(8)), it["title"], seller, L["qty"], it["qty"], it["price"]))
    items_html = ""
    if items:
        items_html = ('          <table id="orderDetails" cellpadding="0" width="100%%">\n           <tbody>\n'
                      '            <tr><td class="sectionHeading" colspan="2">%s</td></tr>\n%s\n           </tbody>\n          </table>'
                      % (items_heading, "\n".join(rows)))
    order_line = ('%s<a href="%s">%s</a>' % (L["order"], a("gp/css/summary/edit.html?orderID=" + order), order)) if order else ""
    ps = "\n".join("              <p> %s </p>" % linkify_html(p, href) for p in paras)
    cl = "\n".join("              %s<br />" % linkify_html(p, href) for p in closing)
    ft = "\n".join('                <tr><td style="padding-bottom:8px;"><span class="emailClosing">%s</span></td></tr>'
                   % linkify_html(p, href) for p in footer)
    return """<!DOCTYPE html>
<html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <title>%(brand)s</title>
  <style>
%(css)s
  </style>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
  <table id="container" cellpadding="0">
   <tbody>
    <tr>
     <td class="frame">
      <table id="main" cellpadding="0" width="100%%">
       <tbody>
        <tr>
         <td>
          <table id="header" cellpadding="0" width="100%%">
           <tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transparent-pixel._V192234675_.gif" width="120" height="38" border="0" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(orders)s">%(your_orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(account)s">%(your_account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(brand)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(order_line)s </td>
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
%(ps)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
%(items)s
         </td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td>
%(closing)s
              <p><br /><span class="signature"><strong>%(brand)s</strong></span></p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table class="emailClosing" style="font-size: 9px; line-height: 15px; color: rgb(134, 134, 134); text-align: left">
           <tbody>
%(footer)s
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
""" % dict(lang=lang, brand=brand, css=CSS, pixel=a("gp/r.html"), home=a(""), orders=a("gp/css/order-history"),
           account=a("gp/css/homepage.html"), your_orders=L["your_orders"], your_account=L["your_account"],
           title=title, order_line=order_line, greeting=greeting, ps=ps, items=items_html, closing=cl, footer=ft)


def amazon_text(mp, L, title, order, greeting, paras, items, items_heading, closing, footer, href=None, brand=None):
    brand = brand or mp[0].upper() + mp[1:]
    TEXT_MP[0] = mp
    lines = ["%s %s" % (brand, title)]
    if order:
        lines.append("%s%s" % (L["order"], order))
    lines.append("https://www.%s/ref=TE_tex_g" % mp)
    lines.append("_" * 75)
    lines.append("")
    lines.append(greeting)
    lines.append("")
    for p in paras:
        lines.append(linkify_text(p, href or (lambda x: x), plain_urls=href is None))
        lines.append("")
    if items:
        lines.append(items_heading + ":")
        for it in items:
            lines.append("  " + it["title"])
            if it.get("seller"):
                lines.append("  %s %s" % (L["sold_by"], it["seller"]))
            lines.append("  %s: %s    %s" % (L["qty"], it["qty"], it["price"]))
            lines.append("")
    for p in closing:
        lines.append(linkify_text(p, href or (lambda x: x), plain_urls=href is None))
    lines.append("")
    lines.append(brand)
    lines.append("_" * 75)
    lines.append("")
    for p in footer:
        lines.append(linkify_text(p, href or (lambda x: x), plain_urls=href is None))
        lines.append("")
    return "\n".join(lines)


LBL = {
    "en": dict(your_orders="Your Orders", your_account="Your Account", order="Order #", qty="Quantity", sold_by="Sold by"),
    "de": dict(your_orders="Meine Bestellungen", your_account="Mein Konto", order="Bestellung #", qty="Menge", sold_by="Verkauf durch"),
    "nl": dict(your_orders="Je bestellingen", your_account="Je account", order="Bestelling #", qty="Aantal", sold_by="Verkocht door"),
}

LEGAL = {
    "amazon.com": "Amazon.com, Inc. or its affiliates. 410 Terry Avenue N., Seattle, WA 98109-5210.",
    "amazon.co.uk": "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in the UK under number BR017427.",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario, M5H 3Y2, Canada.",
    "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000.",
    "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th Floor, 26/1 Dr. Rajkumar Road, Malleshwaram (W), Bengaluru 560055.",
    "amazon.sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481.",
    "amazon.co.za": "Amazon Retail South Africa (Pty) Ltd, Cape Town, South Africa.",
    "amazon.ie": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.",
    "amazon.de": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Sitz der Gesellschaft: Luxemburg. Handelsregister: RCS Luxemburg, B 101818. USt-ID: LU 20260743.",
    "amazon.nl": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818. Btw-nummer: LU 20260743.",
    "amazon.com.be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B 101818. Btw-nummer: LU 20260743.",
}


def footer(lang, mp, brand=None, legal=True):
    brand = brand or mp[0].upper() + mp[1:]
    if lang == "en":
        f = ["%s will never ask you for your password, your full card number, your bank details or a one-time passcode in an email, text message or phone call that you didn't initiate." % brand,
             "If your card number or expiry date has changed, please update it in [Your Account](cpe/yourpayments/wallet) before placing your next order.",
             "Received a suspicious email that claims to be from Amazon? Don't click any links, open attachments or call numbers in it – [report it here](gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W).",
             "For help with your orders, visit our [Help pages](gp/help/customer/display.html?nodeId=508510).",
             "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."]
    elif lang == "de":
        f = ["%s wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer vollständigen Kartennummer, Ihren Bankdaten oder einem Einmalkennwort fragen." % brand,
             "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte geändert hat, aktualisieren Sie bitte die Angaben unter [Mein Konto > Zahlungsarten](cpe/yourpayments/wallet).",
             "Sie haben eine verdächtige E-Mail erhalten, die angeblich von Amazon stammt? Klicken Sie auf keine Links und öffnen Sie keine Anhänge. [Hier können Sie sie melden](gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W).",
             "Weitere Informationen finden Sie auf unseren [Hilfeseiten](gp/help/customer/display.html?nodeId=508510).",
             "Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann."]
    else:
        f = ["%s zal je nooit via e-mail, sms of telefoon om je wachtwoord, je volledige kaartnummer, je bankgegevens of een eenmalige code vragen." % brand,
             "Is het nummer of de vervaldatum van je betaalkaart gewijzigd? Werk je gegevens dan bij in [Je account > Je betalingen](cpe/yourpayments/wallet).",
             "Heb je een verdachte e-mail ontvangen die van Amazon lijkt te komen? Klik niet op links en open geen bijlagen, maar [meld het hier](gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W).",
             "Ga voor hulp bij je bestellingen naar onze [Help-pagina's](gp/help/customer/display.html?nodeId=508510).",
             "Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet."]
    if legal:
        f.append(LEGAL[mp])
    return f


# ---------------------------------------------------------------- MIME building

PYCODEC = {"iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15", "windows-1252": "cp1252", "us-ascii": "ascii"}


def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", charset)
    del p["MIME-Version"]
    raw = text.encode(PYCODEC.get(charset, charset))  # raises if the text does not fit the charset
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, address, charset="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


BASE_DATE = datetime.datetime(2024, 2, 1, 6, 0, tzinfo=datetime.timezone.utc)


def a_date():
    return BASE_DATE + datetime.timedelta(days=rng.randrange(0, 640), seconds=rng.randrange(0, 60000))


def ses_msgid(region, when):
    return "<%s%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        "0102" if region == "eu-west-1" else "0100", hexs(12), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), region)


def auth_pass(d, when):
    return ("mx.mail.example.net;\n       dkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s;\n"
            "       dkim=pass header.i=@amazonses.com header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n"
            "       spf=pass (mx.mail.example.net: domain of %s@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s@bounces.%s;\n"
            "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (d, d, tok(32, "abcdefghijklmnopqrstuvwxyz234567"), tok(8, string.ascii_letters + "+/"), tok(8, string.ascii_letters + "+/"),
               when.strftime("%Y%m%d%H%M%S") + hexs(16), d, rng.randrange(0, 255), rng.randrange(1, 255),
               when.strftime("%Y%m%d%H%M%S") + hexs(16), d, d))


def received_amazon(when, rcpt_domain):
    ip = "54.240.%d.%d" % (rng.randrange(0, 255), rng.randrange(1, 255))
    host = "a%s-%d.smtp-out.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]))
    return ("from %s (%s [%s])\n        by mx.mail.%s with ESMTPS id %s\n        for <rcpt>; %s"
            % (host, host, ip, rcpt_domain, tok(10, "abcdefghijklmnopqrstuvwxyz0123456789"), format_datetime(when)))


def received_generic(when, helo, ip, rcpt_domain):
    return ("from %s (%s [%s])\n        by mx.mail.%s with ESMTPS id %s\n        for <rcpt>; %s"
            % (helo, helo, ip, rcpt_domain, tok(10, "abcdefghijklmnopqrstuvwxyz0123456789"), format_datetime(when)))


def build(m):
    """m: dict with headers and body spec -> bytes"""
    when = m.get("date") or a_date()
    cs, cte = m.get("charset", "utf-8"), m.get("cte", "quoted-printable")
    layout = m["layout"]
    if layout == "alt":
        body = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (rng.randrange(10**6, 10**8), rng.randrange(10**8, 10**10), int(when.timestamp() * 1000)))
        del body["MIME-Version"]
        body.attach(text_part(m["text"], "plain", cs, m.get("cte_text", cte)))
        body.attach(text_part(m["html"], "html", cs, cte))
    elif layout == "html":
        body = text_part(m["html"], "html", cs, cte)
    else:
        body = text_part(m["text"], "plain", cs, cte)
    content = [(k, v) for k, v in body.items()]
    for k in list(body.keys()):
        del body[k]
    rcpt_domain = m["to"][1].split("@")[1]
    hs = []
    hs.append(("Delivered-To", m["to"][1]))
    if m.get("return_path"):
        hs.append(("Return-Path", "<%s>" % m["return_path"]))
    if m.get("amazon_infra"):
        hs.append(("Received", received_amazon(when, rcpt_domain).replace("<rcpt>", "<%s>" % m["to"][1])))
    elif m.get("received"):
        helo, ip = m["received"]
        hs.append(("Received", received_generic(when, helo, ip, rcpt_domain).replace("<rcpt>", "<%s>" % m["to"][1])))
    if m.get("auth"):
        hs.append(("Authentication-Results", m["auth"]))
    frm = m.get("from") or m["frm"]
    hs.append(("From", addr(frm[0], frm[1], m.get("hcharset", "utf-8"))))
    if m.get("reply_to"):
        hs.append(("Reply-To", m["reply_to"]))
    hs.append(("To", addr(m["to"][0], m["to"][1]) if m["to"][0] else m["to"][1]))
    hs.append(("Subject", hdr(m["subject"], m.get("hcharset", "utf-8"))))
    hs.append(("Date", format_datetime(when)))
    hs.append(("Message-ID", m.get("msgid") or "<%s.%s@%s>" % (hexs(16), hexs(8), frm[1].split("@")[1])))
    hs.append(("MIME-Version", "1.0"))
    for k, v in m.get("extra", []):
        hs.append((k, v))
    for k, v in hs + content:
        body[k] = v
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=compat32.clone(linesep="\n")).flatten(body)
    return buf.getvalue()


MAILS = []   # each: dict(spec..., label=dict(...))


def add(kind, lang, cause, states_reason, marketplace, note, **spec):
    MAILS.append(dict(spec, label=dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                                       marketplace=marketplace, note=note)))


def amz(kind, lang, mp, cause, states_reason, note, sender, subject, title, greeting, paras, items=(), items_heading="",
        closing=(), to=None, layout="alt", charset="utf-8", cte="quoted-printable", auth=False, order=None,
        extra=None, label_mp="same", href=None, from_name=None, text_override=None, cte_text=None, hcharset=None):
    """Mail laid out like a real Amazon notification (genuine Amazon mail unless href/from are overridden)."""
    L = LBL[lang]
    brand = mp[0].upper() + mp[1:]
    ft = footer(lang, mp)
    html = amazon_html(mp, L, title, order, greeting, paras, list(items), items_heading, list(closing), ft, lang=lang, href=href)
    text = text_override or amazon_text(mp, L, title, order, greeting, paras, list(items), items_heading, list(closing), ft, href=href)
    when = a_date()
    from_addr = sender if "@" in sender else "%s@%s" % (sender, mp)
    genuine = from_addr.endswith("@" + mp)
    spec = dict(html=html, text=text, layout=layout, charset=charset, cte=cte, subject=subject, date=when,
                **{"from": (from_name or brand, from_addr)}, to=to, extra=list(extra or []))
    if cte_text:
        spec["cte_text"] = cte_text
    if hcharset:
        spec["hcharset"] = hcharset
    if genuine:
        spec["reply_to"] = "no-reply@" + mp if not from_addr.startswith("cs-reply") else None
        spec["amazon_infra"] = True
        spec["return_path"] = "%s%s@bounces.%s" % (when.strftime("%Y%m%d%H%M%S"), hexs(16), mp)
        spec["msgid"] = ses_msgid("us-east-1" if mp in ("amazon.com", "amazon.ca") else ("us-west-2" if mp in ("amazon.com.au", "amazon.in", "amazon.sg") else "eu-west-1"), when)
        spec["extra"] += [("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Feedback-ID", "1.%s.%s:AmazonSES" % ("eu-west-1" if mp.endswith(("de", "nl", "be", "uk", "ie")) else "us-east-1", tok(43, string.ascii_letters + string.digits + "+/")))]
    if auth is True:
        spec["auth"] = auth_pass(mp, when)
    elif auth:
        spec["auth"] = auth
    add(kind, lang, cause, states_reason, (mp if label_mp == "same" else label_mp), note, **spec)


def raw(kind, lang, cause, states_reason, marketplace, note, **spec):
    spec.setdefault("date", a_date())
    add(kind, lang, cause, states_reason, marketplace, note, **spec)


def phish_auth(domain, dkim="pass", spf="pass", dmarc="none", fromdom=None):
    return ("mx.mail.example.net;\n       dkim=%s header.i=@%s header.d=%s header.s=s1 header.b=%s;\n"
            "       spf=%s (mx.mail.example.net: domain of bounce@%s designates 185.%d.%d.%d as permitted sender) smtp.mailfrom=bounce@%s;\n"
            "       dmarc=%s header.from=%s"
            % (dkim, domain, domain, tok(8, string.ascii_letters), spf, domain, rng.randrange(1, 250), rng.randrange(1, 250),
               rng.randrange(1, 250), domain, dmarc, fromdom or domain))


# =====================================================================================
# ENGLISH
# =====================================================================================
R_US = ("Daniel Hughes", "daniel.hughes@example.com")
R_UK = ("Olivia Clarke", "olivia.clarke@example.co.uk")
R_CA = ("Marc Tremblay", "marc.tremblay@example.ca")
R_AU = ("Liam O'Connor", "liam.oconnor@example.com.au")
R_IN = ("Priya Raman", "priya.raman@example.in")
R_SG = ("Tan Wei Ling", "weiling.tan@example.sg")
R_ZA = ("Sipho Dlamini", "sipho.dlamini@example.co.za")
R_IE = ("Aoife Byrne", "aoife.byrne@example.ie")


def en_lookalikes():
    # L1 crude callback scam from gmail, malformed order id
    raw("lookalike", "en", "fraud_prevention", True, None, "crude callback-number scam from gmail, fake order id AMZ-...",
        frm=("Amazon Support", "amazonsupport.orders2024@gmail.com"), to=R_US, layout="text", charset="us-ascii", cte="7bit",
        received=("mail-sor-f41.google.com", "209.85.220.41"),
        subject="Order Cancelled !! Amazon Order ID: AMZ-4471-US",
        text="""Dear Customer,

Your Amazon order for Apple iPhone 15 Pro Max 256GB (Natural Titanium) amount of $1,289.99 has been CANCELLED due to suspected unauthorized activity on your account.

Order ID : AMZ-4471-US-0093
Payment Method : Visa ****3390
Ship to : Daniel, Houston TX

If you did NOT make this purchase or if you want to dispute the charge, please call our Amazon Fraud Department IMMEDIATELY at +1 (888) 461-7730 (Toll Free, available 24/7).

Failure to respond within 24 hours will result in the full amount being charged to your card.

Thanks & Regards,
Amazon Support Team
amazon.com
""")

    # L2 account suspended + verification code, look-alike domain amazon-orders.help, malformed order number
    o = "113-5520918-44021"
    raw("lookalike", "en", "fraud_prevention", True, None, "account suspended + order cancelled, 'use this code'; amazon-orders.help; malformed order no.",
        frm=("Amazon", "no-reply@amazon-orders.help"), to=R_US, layout="html", cte="base64",
        received=("mail.amazon-orders.help", "45.137.21.88"), auth=phish_auth("amazon-orders.help"),
        subject="Account suspended - Order #%s cancelled" % o,
        html="""<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0;padding:20px;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dddddd;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #ff9900;"><img src="https://amazon-orders.help/img/amazon_logo.png" alt="amazon" width="110"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#111111;line-height:20px;">
<h2 style="font-weight:normal;color:#c45500;margin-top:0;">Your account has been suspended</h2>
<p>Hello,</p>
<p>We detected an unusual sign-in attempt on your Amazon account. For your protection your account has been temporarily <b>suspended</b> and your most recent order <b>#%s</b> has been <b>cancelled</b>.</p>
<p>To restore your account and reinstate your order, please use the verification code below on our secure restore page:</p>
<p style="text-align:center;font-size:28px;letter-spacing:6px;font-weight:bold;background:#f7f7f7;padding:14px;border:1px dashed #cccccc;">739&nbsp;204</p>
<p style="text-align:center;"><a href="https://amazon-orders.help/restore?id=%s" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 26px;color:#111111;text-decoration:none;">Restore my account</a></p>
<p>If you do not verify within 24 hours, your account will be permanently closed and any remaining balance forfeited.</p>
<p>Thank you for shopping with us.<br>Amazon Account Services</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#777777;">&copy; 1996-2025, Amazon.com, Inc. or its affiliates. Amazon will never ask for your password by email.</td></tr>
</table></body></html>
""" % (o, hexs(20)))

    # L3 reply with card details; free-mail Reply-To; look-alike billing domain
    raw("lookalike", "en", "payment_issue", True, None, "asks to reply with full card details; reply-to outlook.com; amazon-uk-billing.co",
        frm=("Amazon.co.uk Payments", "payments@amazon-uk-billing.co"), reply_to="amazon.billing.uk@outlook.com", to=R_UK,
        layout="text", cte="quoted-printable", received=("vps-2291.hostsrv.co", "92.118.37.14"),
        subject="Your Amazon.co.uk order has been cancelled - payment declined",
        text="""Hello Olivia,

We were unable to process the payment for your recent order #203-8841207-5530194 and as a result it has been cancelled.

Order total: £184.97
Items: Dyson Supersonic hair dryer (refurbished) and 1 other item

To reinstate your order and avoid any interruption to your Prime membership, simply reply to this email with the following details so our billing team can update your account manually:

  - Full name as it appears on the card
  - Card number (16 digits)
  - Expiry date (MM/YY)
  - Security code (CVV)
  - Billing address and postcode
  - Date of birth

Once we receive your details, your order will be re-dispatched within 24 hours. If we do not hear from you within 48 hours your account will be restricted.

Kind regards,
Amazon.co.uk Billing Department
""")

    # L4 polished copy of the real template, link text shows amazon.com but href goes elsewhere; amazon.com.<evil> sender
    evil = "amazon.com.account-services.support"
    o = "112-6640318-2291047"
    sess = hexs(32)
    href = lambda p: ("https://%s/ap/signin?session=%s&return=%s" % (evil, sess, quote(p or "home", safe="")))
    amz("lookalike", "en", "amazon.com", "payment_issue", True,
        "polished template copy; link text shows www.amazon.com, href to amazon.com.account-services.support; fake dkim=pass for own domain",
        "order-update@" + evil, "Your Amazon.com order #%s has been canceled" % o, "Order Canceled", "Hello Daniel,",
        ["We were unable to verify the billing information associated with your order #%s, so the order has been canceled." % o,
         "To avoid further restrictions on your account, please review your payment information within 48 hours at [https://www.amazon.com/gp/css/account/payment](cpe/yourpayments/wallet).",
         "If you do not update your information, future orders may also be canceled and your account may be limited."],
        items=[dict(title="Bose QuietComfort Ultra Wireless Noise Cancelling Headphones, Black", qty=1, price="$429.00")],
        items_heading="Canceled Items", closing=["We hope to see you again soon."], to=R_US, layout="alt",
        cte="quoted-printable", order=o, href=href, from_name="Amazon.com", label_mp=None,
        auth=phish_auth("account-services.support", dmarc="none", fromdom=evil))
    MAILS[-1]["received"] = ("mta7.account-services.support", "193.233.48.201")

    # L5 Cyrillic homoglyph display name, "will be cancelled unless", malformed order number
    o = "702-8851-22019"
    brand = "\u0410m\u0430z\u043en.ca"   # Cyrillic A, a, o
    raw("lookalike", "en", "payment_issue", True, None, "Cyrillic homoglyph display name; order WILL be cancelled unless reader confirms; malformed order no.",
        frm=(brand, "no-reply@notify-ca-orders.com"), to=R_CA, layout="alt", cte="base64", hcharset="utf-8",
        received=("smtp.notify-ca-orders.com", "146.70.113.9"),
        subject="\u0410ction required: your \u0410m\u0430zon.ca order will be cancelled in 24 hours",
        text="""Amazon.ca

Hello Marc,

We couldn't confirm the payment method for your order %s (Samsung 65" Class QLED 4K Q80D, CDN$ 1,399.99).

Your order will be cancelled and your account restricted unless you confirm your details within 24 hours:
https://bit.ly/3AmzCa-Confirm

Thank you,
Amazon.ca Customer Service
""" % o,
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#232f3e;">
<div style="max-width:560px;margin:0 auto;border:1px solid #e7e7e7;padding:22px;">
<div style="font-size:24px;font-weight:bold;color:#232f3e;">amazon<span style="color:#ff9900;">.ca</span></div>
<hr style="border:0;border-top:1px solid #e7e7e7;">
<p>Hello Marc,</p>
<p>We couldn't confirm the payment method for your order <b>%s</b>:</p>
<p style="padding:10px;background:#fafafa;">Samsung 65" Class QLED 4K Q80D &mdash; <b>CDN$ 1,399.99</b></p>
<p style="color:#b12704;"><b>Your order will be cancelled and your account restricted unless you confirm your details within 24 hours.</b></p>
<p><a href="https://bit.ly/3AmzCa-Confirm" style="display:inline-block;background:#ff9900;color:#ffffff;padding:10px 22px;text-decoration:none;border-radius:3px;">Confirm payment details</a></p>
<p>Thank you,<br>Amazon.ca Customer Service</p>
</div></body></html>
""" % o)

    # L6 free-mail (yahoo) refund scam, India, no order number, no reason
    raw("lookalike", "en", "unknown", False, None, "yahoo sender; 'order cancelled, refund pending' -> call/WhatsApp + AnyDesk; no order number, no reason",
        frm=("Amazon India Refund Dept", "amazonin.refund.desk@yahoo.com"), to=R_IN, layout="text", cte="8bit",
        received=("sonic312-24.consmr.mail.ne1.yahoo.com", "98.137.64.148"),
        subject="Refund Pending: Your Amazon order cancelled",
        text="""Dear Valued Customer,

Your recent order on Amazon.in has been cancelled by the system and refund amount of ₹45,999.00 is pending for your bank account.

To receive the refund, kindly contact our Refund Team on +91 70293 51846 (Call / WhatsApp) between 9 AM – 9 PM.

Please keep your debit card and phone ready. Our executive will help you to complete KYC verification through AnyDesk app for fast refund processing.

Note: If refund is not claimed within 48 hours it will be expired.

Regards,
Amazon Refund Department
Amazon.in
""")

    # L7 amaz0n look-alike domain, pricing-error claim, no order number
    raw("lookalike", "en", "technical_issue", True, None, "amaz0n-au.com sender; claims pricing-error cancellation, A$50 credit lure; no order number",
        frm=("Amazon.com.au", "orders@amaz0n-au.com"), to=R_AU, layout="alt", cte="quoted-printable",
        received=("mail.amaz0n-au.com", "103.151.122.7"), auth=phish_auth("amaz0n-au.com", dmarc="pass"),
        subject="Your order was cancelled due to a pricing error - claim your A$50 credit",
        text="""Hi Liam,

Due to a pricing glitch on our website, your recent Amazon.com.au order was cancelled and will not be shipped.

We're sorry for the inconvenience. As an apology we'd like to offer you an A$50.00 promotional credit.

To claim the credit, sign in and confirm the card used for your order within 72 hours:
https://amaz0n-au.com/claim?ref=pricing-adj

Amazon.com.au Customer Service
""",
        html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:'Amazon Ember',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0;">
<tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:20px;">amazon<span style="color:#ff9900">.com.au</span></td></tr>
<tr><td style="padding:24px 20px;font-size:14px;line-height:21px;color:#0f1111;">
<p>Hi Liam,</p>
<p>Due to a <b>pricing glitch</b> on our website, your recent Amazon.com.au order was cancelled and will not be shipped.</p>
<p>We're sorry for the inconvenience. As an apology we'd like to offer you an <b>A$50.00 promotional credit</b>.</p>
<p>To claim the credit, sign in and confirm the card used for your order within 72 hours.</p>
<p align="center"><a href="https://amaz0n-au.com/claim?ref=pricing-adj" style="background:#ffd814;color:#0f1111;padding:11px 30px;border-radius:20px;text-decoration:none;">Claim my A$50 credit</a></p>
<p>Amazon.com.au Customer Service</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#565959;">This email was sent from a notification-only address. &copy; 2025 Amazon.com.au</td></tr>
</table></td></tr></table></body></html>
""")

    # L8 Greek homoglyph display name, claims out-of-stock cancellation, refund needs card details; well-formed order no.
    o = "205-2291837-1120944"
    raw("lookalike", "en", "inventory_shortage", True, None, "Greek homoglyph display name; claims out-of-stock cancellation, 'confirm card to get refund'; dmarc=fail",
        frm=("\u0391maz\u03bfn Customer Service", "support@amazon-secure-orders.com"), to=R_IE, layout="alt", cte="8bit",
        received=("out-14.amazon-secure-orders.com", "194.87.31.166"),
        auth=phish_auth("amazon-secure-orders.com", dkim="none", spf="softfail", dmarc="fail"),
        subject="Item out of stock: your order #%s has been cancelled" % o,
        text="""Hello Aoife,

We're sorry — the item in your order #%s is out of stock and the order has been cancelled.

  Apple iPad Air 11-inch (M2) Wi-Fi 128GB - Space Grey    €649.00

Your refund of €649.00 is ready. Because of new EU payment rules (PSD2) we must confirm the card before the refund can be released. Please complete the refund form within 3 days:

https://amazon-secure-orders.com/ie/refund/%s

Kind regards,
Amazon.ie
""" % (o, hexs(12)),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ddd;">
<tr><td style="padding:16px;border-bottom:1px solid #ddd;"><b style="font-size:22px;">amazon</b><span style="color:#888;">.ie</span><span style="float:right;font-size:12px;">Order #%s</span></td></tr>
<tr><td style="padding:20px;">
<p>Hello Aoife,</p>
<p>We're sorry — the item in your order <b>#%s</b> is <b>out of stock</b> and the order has been cancelled.</p>
<table width="100%%" style="font-size:13px;border-top:1px solid #eee;border-bottom:1px solid #eee;"><tr><td>Apple iPad Air 11-inch (M2) Wi-Fi 128GB - Space Grey</td><td align="right"><b>€649.00</b></td></tr></table>
<p>Your refund of <b>€649.00</b> is ready. Because of new EU payment rules (PSD2) we must confirm the card before the refund can be released.</p>
<p><a href="https://amazon-secure-orders.com/ie/refund/%s" style="color:#0066c0;">Complete the refund form</a> within 3 days.</p>
<p>Kind regards,<br>Amazon.ie</p>
</td></tr></table></body></html>
""" % (o, o, hexs(12)))


def en_non_notices():
    # eBay: seller cancelled an order for an Amazon-branded device
    raw("non_notice", "en", None, False, None, "eBay seller cancellation of an 'Amazon Echo Dot' listing; other retailer",
        frm=("eBay", "ebay@ebay.com"), to=R_US, layout="alt", cte="quoted-printable",
        received=("mxphxpool1051.ebay.com", "66.211.185.19"),
        auth="mx.mail.example.net;\n       dkim=pass header.i=@ebay.com header.d=ebay.com header.s=s1024;\n       spf=pass smtp.mailfrom=ebay@ebay.com;\n       dmarc=pass (p=REJECT) header.from=ebay.com",
        subject="Order canceled: Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal",
        text="""eBay

Your order was canceled

Hi Daniel,
The seller, gadget_outlet_tx, canceled your order because the item is out of stock. You haven't been charged, and any pending authorization on your payment method will be released.

Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal
Item ID: 2957%08d
Order number: 14-11852-%05d
Total: $32.49

Looking for something similar? Search eBay for "echo dot" or compare prices before you buy.

View order details: https://www.ebay.com/mye/myebay/purchase

Questions? Visit the eBay Help Center: https://www.ebay.com/help/home

Copyright © 1995-2025 eBay Inc. All Rights Reserved. eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125.
""" % (rng.randrange(10**8), rng.randrange(10**5)),
        html="""<html><body style="font-family:'Market Sans',Arial,sans-serif;color:#191919;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;"><img src="https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png" alt="eBay" width="90"></td></tr>
<tr><td style="font-size:24px;font-weight:bold;padding-bottom:12px;">Your order was canceled</td></tr>
<tr><td style="font-size:14px;line-height:20px;">Hi Daniel,<br>The seller, <b>gadget_outlet_tx</b>, canceled your order because the item is out of stock. You haven't been charged, and any pending authorization on your payment method will be released.</td></tr>
<tr><td style="padding:16px 0;"><table cellpadding="8" style="border:1px solid #e5e5e5;width:100%;font-size:14px;"><tr><td><b>Amazon Echo Dot (5th Gen) Smart Speaker with Alexa - Charcoal</b><br>Total: $32.49</td></tr></table></td></tr>
<tr><td style="font-size:14px;">Looking for something similar? <a href="https://www.ebay.com/sch/i.html?_nkw=echo+dot">Search eBay for "echo dot"</a>.</td></tr>
<tr><td style="padding:14px 0;"><a href="https://www.ebay.com/mye/myebay/purchase" style="background:#3665f3;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none;">View order details</a></td></tr>
<tr><td style="font-size:11px;color:#707070;padding-top:20px;">Copyright &copy; 1995-2025 eBay Inc. All Rights Reserved. eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125.</td></tr>
</table></body></html>
""")

    # friend says they cancelled their Amazon order
    raw("non_notice", "en", None, False, None, "friend writes he cancelled his own Amazon order (item unavailable)",
        frm=("Tom Walsh", "tom.walsh.1987@gmail.com"), to=R_UK, layout="text", cte="quoted-printable",
        received=("mail-ej1-f52.google.com", "209.85.218.52"),
        extra=[("In-Reply-To", "<CAF8x2%s@mail.gmail.com>" % hexs(14)), ("References", "<CAF8x2%s@mail.gmail.com>" % hexs(14))],
        subject="Re: camping gear for the Lakes weekend",
        text="""Hi Liv,

Quick update - I cancelled my Amazon order for the stove and the gas canisters. It kept saying "currently unavailable" and the delivery date slipped to the 20th, which is after we're back. The refund is already showing on my card.

I'll pop into Go Outdoors on Thursday and pick one up there instead. Can you still bring the big tent?

Cheers,
Tom

On Mon, 3 Jun 2024 at 19:12, Olivia Clarke <olivia.clarke@example.co.uk> wrote:
> Did the stove ever ship? If not I can borrow my dad's.
> Liv
""")

    # newsletter quoting a fake cancellation subject
    raw("non_notice", "en", None, False, None, "consumer newsletter about fake 'order has been canceled' phishing, quotes subject line",
        frm=("Scam Alert Weekly", "newsletter@scamalertweekly.example.org"), to=R_US, layout="alt", cte="quoted-printable",
        received=("mta-04.sendgrid.net", "167.89.12.4"),
        extra=[("List-Unsubscribe", "<https://scamalertweekly.example.org/unsubscribe?u=%s>" % hexs(16)), ("List-Id", "Scam Alert Weekly <weekly.scamalertweekly.example.org>"), ("Precedence", "bulk")],
        subject="This week: fake \"Your Amazon.com order has been canceled\" emails, and a new toll scam",
        text="""SCAM ALERT WEEKLY - Issue 147

1. Fake Amazon cancellation emails are back

Readers have forwarded dozens of emails with the subject line "Your Amazon.com order #113-8820147-1102934 has been canceled". The messages claim that an order was canceled because of "suspicious activity" and ask you to call a support number or "verify your account" to get a refund.

How to tell it's fake:
 - Amazon does not ask you to call a phone number in a cancellation email.
 - Check the order in the Amazon app or by typing amazon.com yourself - never via the link.
 - Look at the sender address: we saw amaz0n-support.net, amazon-orders.help and plain Gmail addresses.

If you've already called the number, contact your bank right away.

2. Unpaid toll text messages

The "unpaid toll" smishing wave continues ...

You're receiving this because you subscribed at scamalertweekly.example.org.
Unsubscribe: https://scamalertweekly.example.org/unsubscribe
""",
        html="""<html><body style="font-family:Georgia,serif;color:#222;max-width:640px;margin:auto;">
<h1 style="font-family:Arial,sans-serif;font-size:22px;border-bottom:4px solid #d62d20;">SCAM ALERT WEEKLY <small style="color:#888;">Issue 147</small></h1>
<h2 style="font-size:18px;">1. Fake Amazon cancellation emails are back</h2>
<p>Readers have forwarded dozens of emails with the subject line <i>&ldquo;Your Amazon.com order #113-8820147-1102934 has been canceled&rdquo;</i>. The messages claim that an order was canceled because of &ldquo;suspicious activity&rdquo; and ask you to call a support number or &ldquo;verify your account&rdquo; to get a refund.</p>
<p><b>How to tell it's fake:</b></p>
<ul><li>Amazon does not ask you to call a phone number in a cancellation email.</li>
<li>Check the order in the Amazon app or by typing amazon.com yourself &ndash; never via the link.</li>
<li>Look at the sender address: we saw amaz0n-support.net, amazon-orders.help and plain Gmail addresses.</li></ul>
<p>If you've already called the number, contact your bank right away.</p>
<h2 style="font-size:18px;">2. Unpaid toll text messages</h2>
<p>The &ldquo;unpaid toll&rdquo; smishing wave continues &hellip;</p>
<p style="font-size:11px;color:#888;">You're receiving this because you subscribed at scamalertweekly.example.org. <a href="https://scamalertweekly.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

    # Amazon Fresh delivery slot cancelled, order itself still active
    o = order_no("amazon.co.uk")
    amz("non_notice", "en", "amazon.co.uk", None, False, "Amazon Fresh delivery slot cancelled; order remains active, choose new slot",
        "fresh-order-update", "Your Amazon Fresh delivery slot has been cancelled - please choose a new time",
        "Delivery slot update", "Hello Olivia,",
        ["Due to severe weather in your area, we've had to cancel your delivery slot on Saturday, 18 January, 10:00 - 12:00.",
         "Your order itself has not been cancelled. Please [choose a new delivery slot](alm/storefront/deliveryslot) by 23:00 tonight and we'll deliver your groceries at the new time. If you don't choose a slot, we'll contact you again tomorrow.",
         "We're sorry for the inconvenience."],
        items=[], closing=["Thank you for shopping with Amazon Fresh."], to=R_UK, layout="alt", cte="quoted-printable",
        order=o, label_mp=None)

    # Audible membership cancelled
    raw("non_notice", "en", None, False, None, "Audible membership (Amazon company) cancelled - subscription, not an order",
        frm=("Audible", "donotreply@audible.com"), to=R_US, layout="html", cte="base64",
        received=("a9-33.smtp-out.amazonses.com", "54.240.9.33"),
        auth=auth_pass("audible.com", a_date()),
        subject="Your Audible Premium Plus membership has been canceled",
        html="""<html><body style="font-family:Arial,sans-serif;color:#1e1e1e;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;border-bottom:2px solid #f7991c;"><img src="https://m.media-amazon.com/images/G/01/Audible/en_US/images/creative/amazon/beacon/ADBLCNTRY_logo.png" alt="audible, an amazon company" width="140"></td></tr>
<tr><td style="padding:20px 0;font-size:15px;line-height:22px;">
<p>Hi Daniel,</p>
<p>We've canceled your Audible Premium Plus membership as requested. You'll keep access to your membership benefits until <b>March 14, 2025</b>, and you won't be charged again.</p>
<p>All titles you've purchased are yours to keep in your Library. You have <b>2 unused credits</b> &mdash; please use them before your membership ends, or they will expire.</p>
<p>Changed your mind? <a href="https://www.audible.com/account/overview">Restart your membership</a> at any time.</p>
<p>Audible, an Amazon company</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Audible never asks for your password or payment details by email. &copy; 1997-2025 Audible, Inc. 1 Washington Park, Newark, NJ 07102.</td></tr>
</table></body></html>
""")

    # genuine payment reminder BEFORE anything is cancelled (amazon.co.za)
    o = order_no("amazon.co.za")
    amz("non_notice", "en", "amazon.co.za", None, False, "genuine payment reminder: update payment method or the order WILL be cancelled; nothing cancelled yet",
        "payments-messages", "Action required: payment declined for your Amazon.co.za order #%s" % o,
        "Payment declined", "Hello Sipho,",
        ["We were unable to process your payment for order #%s because your bank declined the transaction with your Mastercard ending in 5532." % o,
         "To keep your order, please [update your payment method](cpe/yourpayments/wallet) by 12 June 2025. We'll try your card again once you've updated it.",
         "If we don't receive a valid payment method by then, your order will be cancelled."],
        items=[dict(title="Ninja Air Fryer Max AF160, 5.2L, Black", qty=1, price="R 2,499.00")],
        items_heading="Order summary", closing=["Thank you for shopping with us."], to=R_ZA, layout="alt",
        cte="quoted-printable", order=o, auth=True, label_mp=None)


def en_notices():
    # N1 amazon.com inventory shortage, multipart, QP, auth
    o = order_no("amazon.com")
    amz("notice", "en", "amazon.com", "inventory_shortage", True, "item no longer available from seller; item-level cancellation",
        "order-update", "1 item has been canceled from your Amazon.com order #%s" % o, "Item Canceled", "Hello Daniel,",
        ["We're sorry. We had to cancel the following item from your order #%s because it is no longer available from the seller. The seller, Northbay Outfitters, let us know they are unable to fulfill this item." % o,
         "You have not been charged for this item. If a pending authorization appears on your statement, your bank will release it within 3-5 business days.",
         "The remaining items in your order are not affected and will ship as confirmed. You can check them in [Your Orders](gp/css/order-history)."],
        items=[dict(title="Coleman Classic 1-Burner Butane Stove with Carry Case", qty=1, price="$34.99", seller="Northbay Outfitters")],
        items_heading="Canceled Items", closing=["You may be able to find this item from other sellers on Amazon.com.", "We hope to see you again soon."],
        to=R_US, layout="alt", cte="quoted-printable", order=o, auth=True)

    # N2 amazon.co.uk payment issue, plain text, 8bit, no auth
    o = order_no("amazon.co.uk")
    raw("notice", "en", "payment_issue", True, "amazon.co.uk", "payment revision not made in time, card expired; plain text",
        frm=("Amazon.co.uk", "payments-messages@amazon.co.uk"), reply_to="no-reply@amazon.co.uk", to=R_UK, layout="text", cte="8bit",
        amazon_infra=True, msgid=ses_msgid("eu-west-1", a_date()),
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject="Your Amazon.co.uk order #%s has been cancelled" % o,
        text="""Amazon.co.uk
___________________________________________________________________________

Dear Olivia Clarke,

We were unable to charge the payment method you selected for your order #%s.

On 4 March we sent you an email asking you to revise your payment information. Because we did not receive an updated payment method within the required time, we have cancelled your order.

The Visa card ending in 4417 that you selected has expired.

Cancelled item(s):
  1 x Philips Sonicare ProtectiveClean 4300 Electric Toothbrush, Black    £49.99
  2 x Philips Sonicare Original C2 Optimal Plaque Defence Brush Heads     £21.98

You have not been charged for this order. If you would still like these items, please place a new order at https://www.amazon.co.uk

We hope to see you again soon.
Amazon.co.uk
___________________________________________________________________________

Please note: If your card details have changed, you can update them at any time in Your Account > Your Payments: https://www.amazon.co.uk/cpe/yourpayments/wallet

Amazon.co.uk will never ask you to provide your password, your card number or a one-time passcode in an email. If you receive a suspicious email, please report it: https://www.amazon.co.uk/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

You can request a cancellation of other orders by visiting Your Orders: https://www.amazon.co.uk/gp/css/order-history

This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.

%s
""" % (o, LEGAL["amazon.co.uk"]))

    # N3 amazon.ca technical issue (pricing error), HTML only, base64, auth, "Information from" subject family
    o = order_no("amazon.ca")
    amz("notice", "en", "amazon.ca", "technical_issue", True, "pricing error -> order cancelled; 'Information from Amazon.ca' subject; HTML only",
        "cs-reply", "Information from Amazon.ca", "Your order has been cancelled", "Hello Marc,",
        ["We're writing about your recent order #%s for the item below." % o,
         "Due to a technical error, this item was listed on Amazon.ca at an incorrect price of CDN$ 12.99; the correct price is CDN$ 129.99. Because of this pricing error, we have cancelled your order.",
         "Your payment method has not been charged. Any pending authorization will be released by your financial institution.",
         "We apologize for any inconvenience. If you would still like to purchase this item, it is available at its current price on the [product page](dp/B0CHX1W1XY)."],
        items=[dict(title="KitchenAid KHMB732 Cordless Hand Blender, Matte Black", qty=1, price="CDN$ 12.99")],
        items_heading="Cancelled Items", closing=["Thank you for shopping with us."], to=R_CA, layout="html", cte="base64",
        order=o, auth=True)

    # N4 amazon.com.au fraud prevention, multipart QP, no auth
    o = order_no("amazon.com.au")
    amz("notice", "en", "amazon.com.au", "fraud_prevention", True, "unusual activity, order held for review and cancelled, account on hold",
        "order-update", "Your Amazon.com.au order #%s has been cancelled" % o, "Order Cancelled", "Hello Liam,",
        ["As part of our routine security checks, we noticed unusual activity associated with your account, and your order #%s was held for review." % o,
         "Because we were unable to verify the order, it has been cancelled and your account has been placed on hold. No payment has been taken for this order.",
         "To restore access, please go to www.amazon.com.au, sign in with your usual details and follow the instructions on screen. If you need help, contact us through our [Help pages](gp/help/customer/contact-us) - please don't use contact details from any other source."],
        items=[dict(title="Sony WH-1000XM5 Wireless Noise Cancelling Headphones, Black", qty=1, price="$549.00"),
               dict(title="Apple Gift Card - App Store, iTunes, iPhone, iPad, AirPods, Mac - $200 (Digital code)", qty=2, price="$400.00")],
        items_heading="Cancelled Items", closing=["We apologise for any inconvenience."], to=R_AU, layout="alt",
        cte="quoted-printable", order=o)

    # N5 amazon.in customer request, text, QP, auth
    o = order_no("amazon.in")
    t = a_date()
    raw("notice", "en", "customer_request", True, "amazon.in", "customer cancelled item; 'Cancel Reason: Customer Canceled'; UPI refund; plain text",
        frm=("Amazon.in", "auto-confirm@amazon.in"), reply_to="no-reply@amazon.in", to=R_IN, layout="text", cte="quoted-printable",
        amazon_infra=True, msgid=ses_msgid("us-west-2", t), auth=auth_pass("amazon.in", t), date=t,
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject='Successful cancellation of "boAt Airdopes 141 Bluetooth TWS Earbuds..." from your Amazon.in order #%s' % o,
        text="""Amazon.in Order Cancellation
Order #%s
___________________________________________________________________________

Hello Priya,

As requested, we have cancelled the following item(s) from your order #%s:

  boAt Airdopes 141 Bluetooth TWS Earbuds with 42H Playtime, Beast Mode (Bold Black)
  Quantity: 1    ₹1,299.00

Cancel Reason: Customer Canceled

Refund: Since you paid using UPI, ₹1,299.00 will be refunded to your bank account within 2-4 business days. You can see the refund status in Your Orders: https://www.amazon.in/gp/css/order-history

We hope to see you again soon.
Amazon.in
___________________________________________________________________________

Amazon.in never asks for your OTP, UPI PIN, password or card details over email, SMS or phone calls. Do not share these with anyone, including people claiming to be Amazon employees. Report suspicious emails or calls at https://www.amazon.in/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

If your card or UPI details have changed, update them under Your Account > Amazon Pay > Payment methods.

Please note: This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.

%s
""" % (o, o, LEGAL["amazon.in"]))

    # N6 amazon.sg unknown (address undeliverable), multipart base64, no auth
    o = order_no("amazon.sg")
    amz("notice", "en", "amazon.sg", "unknown", True, "address undeliverable -> cancelled and refunded (fits none of the four)",
        "order-update", "Your Amazon.sg order #%s has been cancelled" % o, "Order Cancelled", "Hello Wei Ling,",
        ["We're sorry, but we were unable to deliver your order to the shipping address you provided. Our delivery partner attempted delivery twice and could not locate unit #12-345 at this address.",
         "The package has been returned to us and your order #%s has been cancelled." % o,
         "A refund of S$89.90 has been issued to your original payment method. Please allow up to 7 business days for it to appear on your statement.",
         "To avoid this in future, please check your saved addresses in [Your Addresses](a/addresses)."],
        items=[dict(title="Philips Series 3000 Air Purifier AC0830/30", qty=1, price="S$89.90")],
        items_heading="Cancelled Items", closing=["We hope to see you again soon."], to=R_SG, layout="alt", cte="base64", order=o)


en_lookalikes()
en_non_notices()
en_notices()

# =====================================================================================
# GERMAN (amazon.de)
# =====================================================================================
R_DE = ("Jana Becker", "jana.becker@example.de")
R_DE2 = ("Stefan Kühn", "s.kuehn@example.de")


def de_lookalikes():
    # L1 crude callback from gmail, fake order id
    raw("lookalike", "de", "fraud_prevention", True, None, "Rückruf-Hotline-Betrug, gmail-Absender, Bestellnummer DE-7730-2211",
        frm=("Amazon Kundenservice", "amazon.kundendienst.de@gmail.com"), to=R_DE, layout="text", cte="8bit",
        received=("mail-wr1-f44.google.com", "209.85.221.44"),
        subject="Ihre Bestellung wurde storniert – Verdacht auf Betrug",
        text="""Sehr geehrter Kunde,

Ihre Bestellung von Samsung Galaxy S24 Ultra 512GB im Wert von 1.449,00 € wurde wegen verdächtiger Aktivität auf Ihrem Konto storniert.

Bestellnummer: DE-7730-2211
Zahlungsart: Kreditkarte ****7712

Wenn Sie diese Bestellung NICHT getätigt haben, rufen Sie bitte sofort unsere Betrugsabteilung an:

    +49 30 2555 8841  (Mo-So, 24 Stunden)

Wenn Sie sich nicht innerhalb von 24 Stunden melden, wird der Betrag Ihrem Konto belastet.

Mit freundlichen Grüßen
Ihr Amazon Kundenservice Team
""")

    # L2 account locked + unlock code, look-alike domain, HTML only QP
    raw("lookalike", "de", "fraud_prevention", True, None, "'Konto gesperrt, Bestellung storniert, Code verwenden'; amazon-de-kundenkonto.info; keine Bestellnummer",
        frm=("Amazon.de", "sicherheit@amazon-de-kundenkonto.info"), to=R_DE, layout="html", cte="quoted-printable",
        received=("mx1.amazon-de-kundenkonto.info", "185.244.25.61"), auth=phish_auth("amazon-de-kundenkonto.info", dmarc="none"),
        subject="Ihr Konto wurde gesperrt - Ihre letzte Bestellung wurde storniert",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#ffffff;color:#111111;">
<div style="width:600px;margin:0 auto;">
<div style="padding:14px 0;border-bottom:1px solid #dddddd;"><img src="https://amazon-de-kundenkonto.info/logo.png" alt="amazon.de" width="100"></div>
<h2 style="font-weight:normal;color:#c45500;">Ihr Konto wurde vorübergehend gesperrt</h2>
<p>Guten Tag,</p>
<p>aufgrund einer fehlgeschlagenen Sicherheitsüberprüfung wurde Ihr Amazon-Kundenkonto gesperrt und Ihre letzte Bestellung <b>storniert</b>.</p>
<p>Verwenden Sie den folgenden Entsperrcode, um Ihr Konto wiederherzustellen und Ihre Bestellung zu reaktivieren:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:4px;text-align:center;border:1px solid #cccccc;padding:12px;">4481-2290</p>
<p style="text-align:center;"><a href="https://amazon-de-kundenkonto.info/entsperren.php?c=4481-2290" style="background:#ffd814;padding:10px 24px;border-radius:8px;color:#111111;text-decoration:none;">Konto jetzt entsperren</a></p>
<p>Der Code ist 12 Stunden gültig. Danach wird Ihr Konto endgültig geschlossen.</p>
<p>Vielen Dank für Ihr Verständnis.<br>Ihr Amazon.de Sicherheitsteam</p>
<p style="font-size:11px;color:#888888;">© 1998-2025, Amazon.com, Inc. oder Tochtergesellschaften</p>
</div></body></html>
""")

    # L3 reply with card details, outlook reply-to, latin-1 QP
    raw("lookalike", "de", "payment_issue", True, None, "Antwort mit Kartendaten verlangt; Reply-To outlook.de; amazon-payments-de.com",
        frm=("Amazon Zahlungsservice", "zahlung@amazon-payments-de.com"), reply_to="amazon.zahlungen@outlook.de", to=R_DE2,
        layout="text", charset="iso-8859-1", cte="quoted-printable", hcharset="iso-8859-1",
        received=("srv01.amazon-payments-de.com", "80.66.88.211"),
        subject="Bestellung storniert: Zahlung abgelehnt - Bitte antworten Sie auf diese E-Mail",
        text="""Guten Tag Herr Kühn,

leider konnte die Zahlung für Ihre Bestellung #305-2271934-6610827 nicht durchgeführt werden. Die Bestellung wurde daher storniert.

Bestellwert: EUR 312,48

Um Ihre Bestellung wiederherzustellen, antworten Sie bitte direkt auf diese E-Mail und teilen Sie uns folgende Angaben mit:

  * Vollständiger Name des Karteninhabers
  * Kreditkartennummer
  * Ablaufdatum (MM/JJ)
  * Prüfnummer (CVC)
  * Geburtsdatum
  * Rechnungsanschrift

Unsere Buchhaltung wird Ihre Daten manuell aktualisieren und die Bestellung innerhalb von 24 Stunden erneut versenden.

Mit freundlichen Grüßen
Amazon Zahlungsservice
Abteilung Forderungsmanagement
""")

    # L4 polished template copy, link text shows www.amazon.de, href elsewhere
    evil = "amazon.de.kundenservice-konto.net"
    o = "304-5518273-0091846"
    sess = hexs(24)
    href = lambda p: "http://%s/login.php?sid=%s&r=%s" % (evil, sess, quote(p or "start", safe=""))
    amz("lookalike", "de", "amazon.de", "payment_issue", True,
        "poliert, Kopie des echten Layouts; Linktext zeigt www.amazon.de, href auf amazon.de.kundenservice-konto.net",
        "bestellung@" + evil, "Ihre Amazon.de-Bestellung #%s wurde storniert" % o, "Stornierungsbestätigung", "Guten Tag Jana Becker,",
        ["Ihre Zahlungsmethode konnte für die Bestellung #%s nicht bestätigt werden. Die Bestellung wurde daher storniert." % o,
         "Um weitere Einschränkungen Ihres Kundenkontos zu vermeiden, überprüfen Sie bitte Ihre Zahlungsinformationen innerhalb von 48 Stunden unter [https://www.amazon.de/gp/css/account/payment](cpe/yourpayments/wallet).",
         "Erfolgt keine Bestätigung, werden auch zukünftige Bestellungen storniert."],
        items=[dict(title="De'Longhi Magnifica S ECAM 22.110.B Kaffeevollautomat, Schwarz", qty=1, price="299,99 €")],
        items_heading="Stornierte Artikel", closing=["Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen."], to=R_DE,
        layout="alt", cte="quoted-printable", order=o, href=href, from_name="Amazon.de", label_mp=None,
        auth=phish_auth("kundenservice-konto.net", fromdom=evil))
    MAILS[-1]["received"] = ("mail.kundenservice-konto.net", "45.88.97.130")

    # L5 Cyrillic homoglyph, identity verification or order will be cancelled, malformed order number
    raw("lookalike", "de", "fraud_prevention", True, None, "kyrillische Homoglyphen im Namen; Bestellung WIRD storniert ohne Identitätsbestätigung; falsche Bestellnr.",
        frm=("\u0410m\u0430zon.de", "service@amzn-mitteilungen.de"), to=R_DE, layout="alt", cte="base64",
        received=("mout.amzn-mitteilungen.de", "91.215.85.17"),
        subject="Letzte Erinnerung: Ihre Bestellung 302-448122-77310 wird storniert",
        text="""Guten Tag,

bei Ihrer Bestellung 302-448122-77310 ist eine Identitätsprüfung erforderlich.

Ihre Bestellung wird storniert und Ihr Konto eingeschränkt, wenn Sie Ihre Identität nicht innerhalb von 48 Stunden bestätigen:

https://amzn-mitteilungen.de/verifizierung/start

Vielen Dank
Ihr Amazon-Team
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="580" cellpadding="0" cellspacing="0" style="border:1px solid #e3e3e3;margin:auto;">
<tr><td style="background:#131921;padding:12px 18px;color:#ffffff;font-size:20px;">amazon<span style="color:#febd69;">.de</span></td></tr>
<tr><td style="padding:20px 18px;line-height:21px;">
<p>Guten Tag,</p>
<p>bei Ihrer Bestellung <b>302-448122-77310</b> ist eine <b>Identitätsprüfung</b> erforderlich.</p>
<p style="background:#fff4e5;border-left:4px solid #ff9900;padding:10px;">Ihre Bestellung wird storniert und Ihr Konto eingeschränkt, wenn Sie Ihre Identität nicht innerhalb von 48 Stunden bestätigen.</p>
<p><a href="https://amzn-mitteilungen.de/verifizierung/start" style="background:#ff9900;color:#fff;padding:9px 20px;text-decoration:none;border-radius:3px;">Identität bestätigen</a></p>
<p>Vielen Dank<br>Ihr Amazon-Team</p>
</td></tr></table></body></html>
""")

    # L6 yahoo, refund lure, no order number, no reason
    raw("lookalike", "de", "unknown", False, None, "yahoo.de-Absender; 'Bestellung storniert, Erstattung steht bereit' -> Bankdaten; keine Bestellnr., kein Grund",
        frm=("Amazon Rückerstattung", "amazon.erstattung@yahoo.de"), to=R_DE2, layout="html", cte="8bit",
        received=("sonic305-3.consmr.mail.ir2.yahoo.com", "77.238.176.149"),
        subject="Ihre Bestellung wurde storniert - Erstattung 289,00 €",
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;">
<p><b style="font-size:18px;">amazon</b></p>
<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p>
<p>Ihre Bestellung wurde storniert. Ihre Erstattung in Höhe von <b>289,00 €</b> steht zur Auszahlung bereit.</p>
<p>Um Ihre Erstattung zu erhalten klicken Sie <a href="http://erstattung-amazon.top/de/">hier</a> und melden Sie sich mit Ihrem Online-Banking an.</p>
<p>Die Erstattung verfällt nach 3 Tagen.</p>
<p>Mit freundlichen Grüßen<br>Amazon Deutschland</p>
</body></html>
""")

    # L7 amaz0n domain, "Systemfehler" claim, malformed order number, latin-9 QP
    raw("lookalike", "de", "technical_issue", True, None, "amaz0n-bestellungen.de; angeblicher Systemfehler, Zahlungsdaten erneut eingeben; falsche Bestellnr.",
        frm=("Amazon", "service@amaz0n-bestellungen.de"), to=R_DE, layout="alt", charset="iso-8859-15", cte="quoted-printable",
        hcharset="iso-8859-15", received=("mail.amaz0n-bestellungen.de", "5.188.62.74"),
        auth=phish_auth("amaz0n-bestellungen.de", dmarc="pass"),
        subject="Ihre Bestellung #302-99120-3381 wurde aufgrund eines Systemfehlers storniert",
        text="""Guten Tag Jana Becker,

aufgrund eines Systemfehlers bei der Zahlungsabwicklung wurde Ihre Bestellung #302-99120-3381 storniert.

Bitte geben Sie Ihre Zahlungsdaten erneut ein, um die Bestellung zu reaktivieren:
https://amaz0n-bestellungen.de/konto/zahlung

Wir entschuldigen uns für die Unannehmlichkeiten.
Ihr Amazon.de Kundenservice
""",
        html="""<html><body style="font-family:Arial,sans-serif;">
<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900;padding:18px;">
<p style="font-size:22px;margin:0 0 12px 0;"><b>amazon</b>.de</p>
<p>Guten Tag Jana Becker,</p>
<p>aufgrund eines <b>Systemfehlers</b> bei der Zahlungsabwicklung wurde Ihre Bestellung <b>#302-99120-3381</b> storniert.</p>
<p>Bitte geben Sie Ihre Zahlungsdaten erneut ein, um die Bestellung zu reaktivieren.</p>
<p><a href="https://amaz0n-bestellungen.de/konto/zahlung" style="background:#ffd814;color:#000;padding:10px 24px;border-radius:8px;text-decoration:none;">Bestellung reaktivieren</a></p>
<p>Wir entschuldigen uns für die Unannehmlichkeiten.<br>Ihr Amazon.de Kundenservice</p>
<p style="font-size:10px;color:#999;">Amazon wird Sie niemals nach Ihrem Passwort fragen.</p>
</div></body></html>
""")

    # L8 Greek homoglyph, address incomplete -> order will be cancelled unless fee paid
    raw("lookalike", "de", "unknown", True, None, "griechische Homoglyphen; 'Lieferadresse unvollständig, Bestellung wird storniert' + 1,99 € Gebühr; falsche Bestellnr.",
        frm=("\u0391maz\u03bfn.de Versand", "versand@paket-amazon-de.com"), to=R_DE2, layout="html", charset="windows-1252",
        cte="quoted-printable", received=("vm-4471.paket-amazon-de.com", "193.42.33.90"),
        auth=phish_auth("paket-amazon-de.com", dkim="none", spf="neutral", dmarc="none"),
        subject="Zustellung fehlgeschlagen – Ihre Bestellung 302-1234567-123456 wird storniert",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222;">
<table width="600" align="center" cellpadding="16" style="border:1px solid #ddd;">
<tr><td><b style="font-size:20px;">amazon</b> <span style="color:#777;">Versandbenachrichtigung</span></td></tr>
<tr><td>
<p>Guten Tag Herr Kühn,</p>
<p>Ihr Paket zur Bestellung <b>302-1234567-123456</b> konnte nicht zugestellt werden, da die Lieferadresse unvollständig ist („Hausnummer fehlt“).</p>
<p>Ihre Bestellung wird storniert, wenn Sie die Adresse nicht innerhalb von 24 Stunden bestätigen und die Zustellgebühr von <b>1,99 €</b> bezahlen.</p>
<p><a href="https://paket-amazon-de.com/zustellung?id=%s">Adresse bestätigen &amp; Gebühr bezahlen</a></p>
<p>Ihr Amazon Versandteam</p>
</td></tr></table></body></html>
""" % hexs(10))


def de_non_notices():
    # Otto cancellation, paid with Amazon Pay
    raw("non_notice", "de", None, False, None, "OTTO-Stornierung (Artikel nicht lieferbar), bezahlt mit Amazon Pay - anderer Händler",
        frm=("OTTO", "service@otto.de"), to=R_DE, layout="alt", cte="quoted-printable",
        received=("mail-out-12.otto.de", "194.25.134.12"),
        auth="mx.mail.example.net;\n       dkim=pass header.i=@otto.de header.d=otto.de header.s=otto2024;\n       spf=pass smtp.mailfrom=service@otto.de;\n       dmarc=pass (p=REJECT) header.from=otto.de",
        subject="Stornierung Ihrer Bestellung %d" % rng.randrange(10**9, 10**10),
        text="""OTTO

Hallo Frau Becker,

leider müssen wir Ihnen mitteilen, dass der folgende Artikel aus Ihrer Bestellung nicht mehr lieferbar ist. Wir haben ihn daher storniert:

  Tom Tailor Steppjacke, marine, Gr. 38    89,99 €

Zahlungsart: Amazon Pay
Der Betrag wird nicht belastet bzw. innerhalb von 3-5 Werktagen über Amazon Pay zurückerstattet. Die Gutschrift sehen Sie in Ihrem Amazon-Konto unter "Amazon Pay-Transaktionen".

Ähnliche Artikel finden Sie auf otto.de.

Ihr OTTO-Service
Otto (GmbH & Co KG), Werner-Otto-Straße 1-7, 22179 Hamburg
""",
        html="""<html><body style="font-family:Arial,sans-serif;color:#222;">
<table width="600" align="center"><tr><td style="padding:16px 0;"><b style="color:#f00020;font-size:28px;">OTTO</b></td></tr>
<tr><td style="font-size:14px;line-height:21px;">
<p>Hallo Frau Becker,</p>
<p>leider müssen wir Ihnen mitteilen, dass der folgende Artikel aus Ihrer Bestellung nicht mehr lieferbar ist. Wir haben ihn daher <b>storniert</b>:</p>
<table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;"><tr><td>Tom Tailor Steppjacke, marine, Gr. 38</td><td align="right">89,99 €</td></tr></table>
<p><b>Zahlungsart:</b> Amazon Pay<br>Der Betrag wird nicht belastet bzw. innerhalb von 3-5 Werktagen über Amazon Pay zurückerstattet. Die Gutschrift sehen Sie in Ihrem Amazon-Konto unter „Amazon Pay-Transaktionen“.</p>
<p>Ähnliche Artikel finden Sie auf <a href="https://www.otto.de">otto.de</a>.</p>
<p>Ihr OTTO-Service</p>
<p style="font-size:11px;color:#888;">Otto (GmbH &amp; Co KG), Werner-Otto-Straße 1-7, 22179 Hamburg</p>
</td></tr></table></body></html>
""")

    # colleague: he cancelled the office Amazon order
    raw("non_notice", "de", None, False, None, "Kollege schreibt, er habe die Amazon-Bestellung (Toner) storniert",
        frm=("Markus Weber", "m.weber@weber-steuerberatung.example.de"), to=R_DE, layout="text", charset="iso-8859-1", cte="8bit",
        hcharset="iso-8859-1", received=("smtp.weber-steuerberatung.example.de", "217.160.0.88"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
        subject="AW: Toner für den Drucker im 2. OG",
        text="""Hallo Jana,

kurze Info: Ich habe die Amazon-Bestellung für die Tonerkartuschen storniert. Der Marketplace-Händler hatte sie seit zwei Wochen "auf Lager", geliefert wurde aber nichts, und die Sendungsverfolgung hat sich nie bewegt. Die Gutschrift ist schon auf der Firmenkreditkarte.

Ich bestelle jetzt direkt bei Brother, die liefern bis Donnerstag.

Viele Grüße
Markus

--
Markus Weber
Weber & Partner Steuerberatung
Tel. 0221 555 018-12
""")

    # newsletter quoting phishing subject
    raw("non_notice", "de", None, False, None, "Verbraucher-Newsletter zu Phishing, zitiert Betreff 'Ihre Bestellung ... wurde storniert'",
        frm=("Phishing-Radar Newsletter", "newsletter@phishing-radar.example.de"), to=R_DE2, layout="alt", cte="quoted-printable",
        received=("mta3.newsletter-versand.example.de", "195.201.44.18"),
        extra=[("List-Unsubscribe", "<https://phishing-radar.example.de/abmelden?id=%s>" % hexs(16)), ("Precedence", "bulk")],
        subject="Phishing-Radar KW 11: Gefälschte Amazon-Stornierungen, falsche Paket-SMS",
        text="""PHISHING-RADAR - Ihr wöchentlicher Überblick

1) Amazon: "Ihre Bestellung wurde storniert"

Derzeit kursieren E-Mails mit dem Betreff "Ihre Amazon.de-Bestellung #302-4827163-9920145 wurde storniert - Handeln Sie jetzt". Angeblich sei eine Bestellung wegen "ungewöhnlicher Aktivitäten" storniert worden; über einen Link sollen Empfänger ihre Kreditkartendaten "bestätigen".

Unser Rat: Klicken Sie nicht auf den Link. Prüfen Sie Bestellungen ausschließlich direkt in der Amazon-App oder auf amazon.de. Verschieben Sie die Mail in den Spam-Ordner.

2) Falsche Paket-SMS von "DHL"
...

Sie erhalten diesen Newsletter, weil Sie sich auf phishing-radar.example.de angemeldet haben.
Abmelden: https://phishing-radar.example.de/abmelden
""",
        html="""<html><body style="font-family:Arial,sans-serif;max-width:640px;margin:auto;color:#222;">
<h1 style="font-size:22px;color:#0b4f8a;">PHISHING-RADAR <span style="font-weight:normal;font-size:14px;">KW 11</span></h1>
<h2 style="font-size:17px;">1) Amazon: „Ihre Bestellung wurde storniert“</h2>
<p>Derzeit kursieren E-Mails mit dem Betreff <i>„Ihre Amazon.de-Bestellung #302-4827163-9920145 wurde storniert – Handeln Sie jetzt“</i>. Angeblich sei eine Bestellung wegen „ungewöhnlicher Aktivitäten“ storniert worden; über einen Link sollen Empfänger ihre Kreditkartendaten „bestätigen“.</p>
<p><b>Unser Rat:</b> Klicken Sie nicht auf den Link. Prüfen Sie Bestellungen ausschließlich direkt in der Amazon-App oder auf amazon.de. Verschieben Sie die Mail in den Spam-Ordner.</p>
<h2 style="font-size:17px;">2) Falsche Paket-SMS von „DHL“</h2><p>&hellip;</p>
<p style="font-size:11px;color:#888;">Sie erhalten diesen Newsletter, weil Sie sich auf phishing-radar.example.de angemeldet haben. <a href="https://phishing-radar.example.de/abmelden">Abmelden</a></p>
</body></html>
""")

    # delivery appointment cancelled, order still valid
    o = order_no("amazon.de")
    amz("non_notice", "de", "amazon.de", None, False, "Liefertermin (Spedition) abgesagt, Bestellung bleibt bestehen",
        "order-update", "Ihr Liefertermin für Bestellung #%s wurde abgesagt" % o, "Liefertermin abgesagt", "Guten Tag Stefan Kühn,",
        ["der vereinbarte Liefertermin am Dienstag, 11. März, zwischen 8:00 und 12:00 Uhr wurde von unserem Speditionspartner abgesagt, da das Lieferfahrzeug ausgefallen ist.",
         "Ihre Bestellung bleibt selbstverständlich bestehen. Der Spediteur wird sich innerhalb von zwei Werktagen telefonisch bei Ihnen melden, um einen neuen Termin zu vereinbaren. Sie können den Status jederzeit unter [Meine Bestellungen](gp/css/order-history) verfolgen."],
        items=[dict(title="Bosch WGG244A40 Serie 6 Waschmaschine, 9 kg, 1400 U/min", qty=1, price="549,00 €")],
        items_heading="Ihre Sendung", closing=["Wir bitten die Unannehmlichkeiten zu entschuldigen."], to=R_DE2, layout="alt",
        cte="base64", order=o, label_mp=None)

    # Prime membership cancelled
    amz("non_notice", "de", "amazon.de", None, False, "Prime-Mitgliedschaft gekündigt - Abo, keine Bestellung",
        "prime", "Ihre Amazon Prime-Mitgliedschaft wurde gekündigt", "Prime-Mitgliedschaft beendet", "Guten Tag Jana Becker,",
        ["wie gewünscht haben wir Ihre Amazon Prime-Mitgliedschaft gekündigt. Sie können Ihre Prime-Vorteile noch bis zum 28. April 2025 nutzen; danach wird Ihre Mitgliedsgebühr nicht mehr abgebucht.",
         "Bereits aufgegebene Bestellungen sind davon nicht betroffen und werden wie geplant geliefert.",
         "Sie haben es sich anders überlegt? Unter [Prime-Mitgliedschaft verwalten](gp/primecentral) können Sie Ihre Mitgliedschaft jederzeit fortsetzen."],
        items=[], closing=["Wir würden uns freuen, Sie bald wieder als Prime-Mitglied begrüßen zu dürfen."], to=R_DE,
        layout="html", cte="quoted-printable", auth=True, label_mp=None)

    # genuine payment reminder, nothing cancelled yet
    o = order_no("amazon.de")
    amz("non_notice", "de", "amazon.de", None, False, "echte Zahlungserinnerung: Zahlungsart aktualisieren, sonst WIRD storniert; noch nichts storniert",
        "payments-messages", "Bitte aktualisieren Sie Ihre Zahlungsinformationen für Bestellung #%s" % o, "Zahlung fehlgeschlagen",
        "Guten Tag Jana Becker,",
        ["leider wurde die Belastung Ihrer Visa-Karte mit der Endung 0348 für Ihre Bestellung #%s von Ihrem Kreditinstitut abgelehnt." % o,
         "Bitte [aktualisieren Sie Ihre Zahlungsinformationen](cpe/yourpayments/wallet) bis zum 19. September. Sobald Sie eine gültige Zahlungsart ausgewählt haben, versuchen wir die Zahlung erneut.",
         "Sollten wir bis zu diesem Datum keine gültige Zahlungsart erhalten, wird Ihre Bestellung storniert."],
        items=[dict(title="Philips Hue White & Color Ambiance Starter Set E27, 3 Lampen + Bridge", qty=1, price="149,99 €")],
        items_heading="Ihre Bestellung", closing=["Vielen Dank für Ihren Einkauf bei Amazon.de."], to=R_DE, layout="text",
        cte="8bit", order=o, auth=True, label_mp=None)


def de_notices():
    # N1 pre-order cannot be filled, alt, latin-9 QP, auth
    o = order_no("amazon.de")
    amz("notice", "de", "amazon.de", "inventory_shortage", True, "Vorbestellung kann nicht erfüllt werden (Hersteller liefert nicht)",
        "auto-confirm", "Ihre Amazon.de-Bestellung #%s wurde storniert" % o, "Stornierungsbestätigung", "Guten Tag Jana Becker,",
        ["leider müssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung des folgenden Artikels nicht erfüllen können. Der Hersteller hat uns mitgeteilt, dass er die vorbestellte Menge nicht liefern kann, und wir konnten keine andere Bezugsquelle finden. Wir haben den Artikel daher storniert.",
         "Ihnen wurde für diesen Artikel nichts berechnet. Eine eventuell auf Ihrem Kontoauszug angezeigte Vormerkung wird von Ihrem Kreditinstitut automatisch aufgehoben.",
         "Den Status Ihrer übrigen Bestellungen finden Sie unter [Meine Bestellungen](gp/css/order-history)."],
        items=[dict(title="LEGO Icons 10333 Der Herr der Ringe: Barad-dûr (Vorbestellung)", qty=1, price="459,99 €")],
        items_heading="Stornierte Artikel", closing=["Wir bedauern, Ihnen keine bessere Nachricht geben zu können.", "Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen."],
        to=R_DE, layout="alt", charset="iso-8859-15", cte="quoted-printable", order=o, auth=True, hcharset="iso-8859-15")

    # N2 payment, plain 8bit utf-8, no auth
    o = order_no("amazon.de")
    raw("notice", "de", "payment_issue", True, "amazon.de", "Zahlung nicht autorisiert, keine neue Zahlungsart bis Frist -> storniert; Text",
        frm=("Amazon.de", "payments-messages@amazon.de"), reply_to="no-reply@amazon.de", to=R_DE2, layout="text", cte="8bit",
        amazon_infra=True, msgid=ses_msgid("eu-west-1", a_date()), extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject="Ihre Bestellung bei Amazon.de wurde storniert",
        text="""Amazon.de
___________________________________________________________________________

Guten Tag Stefan Kühn,

wir konnten die Zahlung für Ihre Bestellung #%s nicht autorisieren. Ihr Kreditinstitut hat die Belastung Ihrer Mastercard mit der Endung 8812 abgelehnt.

Am 7. Mai haben wir Sie gebeten, Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der Frist keine gültige Zahlungsart erhalten haben, haben wir Ihre Bestellung storniert.

Stornierte Artikel:
  1 x Bosch Professional Akku-Bohrschrauber GSR 18V-55, inkl. 2 Akkus    189,99 €
  1 x Bosch Professional 35-tlg. Bit-Set Extra Hard                       14,99 €

Es wurde kein Betrag von Ihrem Konto abgebucht. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung auf: https://www.amazon.de

Mit freundlichen Grüßen
Amazon.de
___________________________________________________________________________

Hinweis: Wenn sich Ihre Kartennummer oder das Ablaufdatum geändert hat, können Sie Ihre Zahlungsarten jederzeit unter Mein Konto > Zahlungsarten aktualisieren: https://www.amazon.de/cpe/yourpayments/wallet

Amazon.de wird Sie niemals per E-Mail nach Ihrem Passwort, Ihrer Kartennummer oder Ihren Bankdaten fragen. Verdächtige E-Mails können Sie hier melden: https://www.amazon.de/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

Bitte antworten Sie nicht auf diese E-Mail. Diese Nachricht wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann.

%s
""" % (o, LEGAL["amazon.de"]))

    # N3 technical issue (price error), html only base64, auth, "Information von Amazon.de"
    o = order_no("amazon.de")
    amz("notice", "de", "amazon.de", "technical_issue", True, "technischer Fehler -> falscher Preis, Bestellung storniert; Betreff 'Information von Amazon.de'",
        "cs-reply", "Information von Amazon.de", "Ihre Bestellung wurde storniert", "Guten Tag Jana Becker,",
        ["wir schreiben Ihnen bezüglich Ihrer Bestellung #%s." % o,
         "Aufgrund eines technischen Fehlers in unserem System wurde der unten aufgeführte Artikel vorübergehend mit einem falschen Preis angezeigt (19,99 € statt 199,99 €). Wir haben Ihre Bestellung daher storniert.",
         "Es wurde keine Zahlung eingezogen. Eine eventuelle Vormerkung auf Ihrer Karte wird automatisch freigegeben.",
         "Wir entschuldigen uns für die Unannehmlichkeiten. Der Artikel ist zum aktuellen Preis weiterhin auf der [Produktseite](dp/B0D1XD1ZV3) erhältlich."],
        items=[dict(title="Tefal Ingenio Preference 13-tlg. Pfannen- und Topfset, Induktion", qty=1, price="19,99 €")],
        items_heading="Stornierte Artikel", closing=["Vielen Dank für Ihr Verständnis."], to=R_DE, layout="html", cte="base64",
        order=o, auth=True)

    # N4 fraud prevention, alt QP utf-8, no auth
    o = order_no("amazon.de")
    amz("notice", "de", "amazon.de", "fraud_prevention", True, "ungewöhnliche Aktivität, Konto vorübergehend gesperrt, Bestellung storniert",
        "order-update", "Ihre Amazon.de-Bestellung #%s wurde storniert" % o, "Bestellung storniert", "Guten Tag Stefan Kühn,",
        ["bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Kundenkonto festgestellt. Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die Bestellung #%s storniert." % o,
         "Für diese Bestellung wurde nichts berechnet.",
         "Um Ihr Konto wieder freizuschalten, melden Sie sich bitte wie gewohnt auf www.amazon.de an und folgen Sie den Anweisungen. Dort werden Sie gegebenenfalls gebeten, Ihre Identität zu bestätigen. Bitte verwenden Sie hierfür keine Links oder Telefonnummern aus anderen Quellen."],
        items=[dict(title="Apple iPhone 16 Pro, 256 GB, Titan Schwarz", qty=2, price="2.658,00 €")],
        items_heading="Stornierte Artikel", closing=["Wir bitten um Ihr Verständnis."], to=R_DE2, layout="alt", cte="quoted-printable", order=o)

    # N5 customer request, text latin-9 QP, auth
    o = order_no("amazon.de")
    t = a_date()
    raw("notice", "de", "customer_request", True, "amazon.de", "vom Kunden storniert; 'Stornierungsgrund: Vom Kunden storniert'; iso-8859-15",
        frm=("Amazon.de", "auto-confirm@amazon.de"), reply_to="no-reply@amazon.de", to=R_DE, layout="text",
        charset="iso-8859-15", cte="quoted-printable", hcharset="iso-8859-15", amazon_infra=True, date=t,
        msgid=ses_msgid("eu-west-1", t), auth=auth_pass("amazon.de", t), extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject='Erfolgreiche Stornierung von "Brita Wasserfilter-Kartuschen MAXTRA PRO..." aus Ihrer Amazon.de-Bestellung #%s' % o,
        text="""Amazon.de Stornierungsbestätigung
Bestellung #%s
___________________________________________________________________________

Guten Tag Jana Becker,

wie gewünscht haben wir die folgenden Artikel aus Ihrer Bestellung #%s storniert:

  Brita Wasserfilter-Kartuschen MAXTRA PRO All-in-1, 6er Pack
  Menge: 1    29,99 €

Stornierungsgrund: Vom Kunden storniert

Der Betrag wurde Ihnen nicht in Rechnung gestellt. Die übrigen Artikel Ihrer Bestellung werden wie geplant versandt.

Sie können Ihre Bestellungen jederzeit unter Meine Bestellungen einsehen: https://www.amazon.de/gp/css/order-history

Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.
Amazon.de
___________________________________________________________________________

Amazon.de wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer Kartennummer oder einem Einmalkennwort fragen. Verdächtige E-Mails melden: https://www.amazon.de/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

Wenn sich Ihre Kartennummer geändert hat, aktualisieren Sie sie unter Mein Konto > Zahlungsarten.

Bitte antworten Sie nicht auf diese E-Mail.

%s
""" % (o, o, LEGAL["amazon.de"]))

    # N6 unknown, no reason given, alt windows-1252 8bit, no auth
    o = order_no("amazon.de")
    amz("notice", "de", "amazon.de", "unknown", False, "Stornierung ohne Angabe eines Grundes",
        "order-update", "Ihre Amazon.de-Bestellung #%s wurde storniert" % o, "Bestellung storniert", "Guten Tag Stefan Kühn,",
        ["wir möchten Sie darüber informieren, dass Ihre Bestellung #%s storniert wurde." % o,
         "Ihnen wurden für diese Bestellung keine Kosten berechnet.",
         "Falls Sie die Artikel weiterhin erhalten möchten, können Sie sie jederzeit erneut bestellen."],
        items=[dict(title="Leitz 1005 Ordner Kunststoff, A4, 80 mm, 10er Pack, blau", qty=1, price="32,49 €"),
               dict(title="Pelikan Tinte 4001 Königsblau, 30 ml", qty=3, price="8,97 €")],
        items_heading="Stornierte Artikel", closing=["Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen."], to=R_DE2,
        layout="alt", charset="windows-1252", cte="8bit", order=o, hcharset="windows-1252")


de_lookalikes()
de_non_notices()
de_notices()

# =====================================================================================
# DUTCH (amazon.nl, amazon.com.be)
# =====================================================================================
R_NL = ("Sanne de Vries", "sanne.devries@example.nl")
R_BE = ("Pieter Janssens", "pieter.janssens@example.be")


def nl_lookalikes():
    # L1 crude callback, gmail
    raw("lookalike", "nl", "fraud_prevention", True, None, "terugbelnummer-oplichting, gmail-afzender, geen echt bestelnummer",
        frm=("Amazon Klantenservice", "amazon.klantenservice.nl@gmail.com"), to=R_NL, layout="text", cte="8bit",
        received=("mail-lf1-f47.google.com", "209.85.167.47"),
        subject="Bestelling geannuleerd!! Verdachte activiteit op uw account",
        text="""Beste klant,

Uw bestelling van een Apple MacBook Air 13" M3 ter waarde van € 1.399,00 is geannuleerd wegens verdachte activiteit op uw account.

Bestel-ID: NL-AMZ-55810
Betaald met: Visa ****2204

Heeft u deze bestelling NIET geplaatst? Bel dan direct onze fraudeafdeling:

   +31 20 808 4417  (24/7 bereikbaar)

Als u niet binnen 24 uur reageert, wordt het bedrag alsnog van uw rekening afgeschreven.

Met vriendelijke groet,
Amazon Klantenservice Nederland
""")

    # L2 account suspended + code, look-alike domain, HTML base64
    raw("lookalike", "nl", "fraud_prevention", True, None, "'account opgeschort en bestelling geannuleerd, gebruik deze code'; amazon-nl-account.help",
        frm=("Amazon.nl", "beveiliging@amazon-nl-account.help"), to=R_NL, layout="html", cte="base64",
        received=("smtp.amazon-nl-account.help", "185.225.74.19"), auth=phish_auth("amazon-nl-account.help"),
        subject="Je account is opgeschort - bestelling geannuleerd",
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#0f1111;background:#f7f7f7;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:16px 22px;border-bottom:2px solid #ff9900;font-size:22px;"><b>amazon</b>.nl</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:21px;">
<p>Hallo,</p>
<p>We hebben een ongebruikelijke inlogpoging op je account gezien. Daarom is je account <b>opgeschort</b> en is je laatste bestelling <b>geannuleerd</b>.</p>
<p>Gebruik de onderstaande code om je account te herstellen en je bestelling opnieuw te activeren:</p>
<p style="text-align:center;font-size:28px;letter-spacing:5px;font-weight:bold;">612 904</p>
<p style="text-align:center;"><a href="https://amazon-nl-account.help/herstel?t=%s" style="background:#ffd814;padding:10px 26px;border-radius:8px;color:#0f1111;text-decoration:none;">Account herstellen</a></p>
<p>Herstel je je account niet binnen 24 uur, dan wordt het definitief gesloten.</p>
<p>Met vriendelijke groet,<br>Amazon Accountbeveiliging</p>
</td></tr></table></body></html>
""" % hexs(18))

    # L3 reply with card details (Belgian), hotmail reply-to
    raw("lookalike", "nl", "payment_issue", True, None, "vraagt kaartgegevens per antwoordmail; Reply-To hotmail.com; Belgisch (Bancontact)",
        frm=("Amazon Betalingen", "betalingen@amazon-betaalservice.be"), reply_to="amazon.betalingen@hotmail.com", to=R_BE,
        layout="text", cte="quoted-printable", received=("web12.amazon-betaalservice.be", "91.92.249.31"),
        subject="Uw bestelling bij Amazon.com.be werd geannuleerd - betaling geweigerd",
        text="""Beste Pieter,

De betaling voor uw bestelling #406-2281947-3310582 werd door uw bank geweigerd. Uw bestelling werd daarom geannuleerd.

Totaalbedrag: € 219,98

Om uw bestelling opnieuw te activeren, vragen wij u om op deze e-mail te antwoorden met de volgende gegevens:

  - Naam van de kaarthouder
  - Kaartnummer (Visa, Mastercard of Bancontact)
  - Vervaldatum
  - CVC-code (3 cijfers achteraan)
  - Geboortedatum
  - Facturatieadres

Onze boekhouding past uw gegevens dan manueel aan en verstuurt uw bestelling binnen 24 uur.

Met vriendelijke groeten,
Amazon.com.be Betalingsdienst
""")

    # L4 polished copy with mismatched link, amazon.nl.<evil>
    evil = "amazon.nl.klant-verificatie.com"
    o = "403-7719204-5582013"
    sess = hexs(24)
    href = lambda p: "https://%s/nl/signin?s=%s&next=%s" % (evil, sess, quote(p or "home", safe=""))
    amz("lookalike", "nl", "amazon.nl", "payment_issue", True,
        "gepolijste kopie van het echte sjabloon; linktekst toont www.amazon.nl, href naar amazon.nl.klant-verificatie.com",
        "bestelling@" + evil, "Je Amazon.nl-bestelling #%s is geannuleerd" % o, "Bestelling geannuleerd", "Hallo Sanne,",
        ["We konden de betaalgegevens voor je bestelling #%s niet verifiëren. Daarom is de bestelling geannuleerd." % o,
         "Om verdere beperkingen van je account te voorkomen, controleer je betaalgegevens binnen 48 uur via [https://www.amazon.nl/gp/css/account/payment](cpe/yourpayments/wallet).",
         "Als we niets van je horen, worden ook toekomstige bestellingen geannuleerd."],
        items=[dict(title="Philips Airfryer XXL Premium HD9870/20, Zwart", qty=1, price="€ 249,99")],
        items_heading="Geannuleerde artikelen", closing=["We hopen je snel weer te zien."], to=R_NL, layout="alt",
        cte="quoted-printable", order=o, href=href, from_name="Amazon.nl", label_mp=None,
        auth=phish_auth("klant-verificatie.com", fromdom=evil))
    MAILS[-1]["received"] = ("mx2.klant-verificatie.com", "176.113.115.41")

    # L5 Cyrillic homoglyph, will be cancelled unless identity confirmed, malformed order number
    raw("lookalike", "nl", "fraud_prevention", True, None, "Cyrillische homogliefen in naam; bestelling WORDT geannuleerd tenzij identiteit bevestigd; fout bestelnummer",
        frm=("\u0410m\u0430z\u043en.nl", "no-reply@amzn-meldingen.com"), to=R_NL, layout="alt", cte="base64",
        received=("out.amzn-meldingen.com", "141.98.10.55"),
        subject="Laatste herinnering: bestelling #403-88120-55193 wordt geannuleerd",
        text="""Hallo,

Voor je bestelling #403-88120-55193 is een identiteitscontrole nodig.

Je bestelling wordt geannuleerd en je account wordt beperkt als je je gegevens niet binnen 24 uur bevestigt:
https://amzn-meldingen.com/nl/verificatie

Bedankt,
Het Amazon-team
""",
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;">
<div style="max-width:580px;margin:auto;border:1px solid #e3e3e3;">
<div style="background:#232f3e;color:#fff;padding:12px 18px;font-size:20px;">amazon<span style="color:#ff9900;">.nl</span></div>
<div style="padding:18px;line-height:21px;">
<p>Hallo,</p>
<p>Voor je bestelling <b>#403-88120-55193</b> is een <b>identiteitscontrole</b> nodig.</p>
<p style="border-left:4px solid #ff9900;padding:8px 10px;background:#fff7e6;">Je bestelling wordt geannuleerd en je account wordt beperkt als je je gegevens niet binnen 24 uur bevestigt.</p>
<p><a href="https://amzn-meldingen.com/nl/verificatie" style="background:#ff9900;color:#fff;padding:9px 20px;text-decoration:none;">Gegevens bevestigen</a></p>
<p>Bedankt,<br>Het Amazon-team</p>
</div></div></body></html>
""")

    # L6 outlook free-mail refund lure, no order number, no reason
    raw("lookalike", "nl", "unknown", False, None, "outlook.com-afzender; 'bestelling geannuleerd, terugbetaling staat klaar' -> inloggen bij bank; geen bestelnummer, geen reden",
        frm=("Amazon Terugbetaling", "amazon-terugbetaling@outlook.com"), to=R_NL, layout="html", cte="8bit",
        received=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.93"),
        auth="mx.mail.example.net;\n       dkim=pass header.i=@outlook.com header.d=outlook.com header.s=selector1;\n       spf=pass smtp.mailfrom=amazon-terugbetaling@outlook.com;\n       dmarc=pass (p=NONE) header.from=outlook.com",
        subject="Je bestelling is geannuleerd - terugbetaling € 89,95",
        html="""<html><body style="font-family:Verdana,sans-serif;font-size:13px;">
<p style="font-size:20px;"><b>amazon</b></p>
<p>Beste klant,</p>
<p>Je bestelling is geannuleerd. Je terugbetaling van <b>€ 89,95</b> staat klaar.</p>
<p>Klik <a href="https://terugbetaling-amazon.shop/nl/ideal">hier</a> en kies je bank om de terugbetaling te ontvangen via iDEAL.</p>
<p>Let op: de terugbetaling vervalt na 48 uur.</p>
<p>Met vriendelijke groet,<br>Amazon Nederland</p>
</body></html>
""")

    # L7 amaz0n domain, technical glitch, itsme lure, latin-9 QP
    raw("lookalike", "nl", "technical_issue", True, None, "amaz0n-be.com; 'technische storing, bestelling geannuleerd', bevestigen via itsme; geen bestelnummer",
        frm=("Amazon.com.be", "service@amaz0n-be.com"), to=R_BE, layout="alt", charset="iso-8859-15", cte="quoted-printable",
        hcharset="iso-8859-15", received=("mail.amaz0n-be.com", "194.26.29.113"), auth=phish_auth("amaz0n-be.com", dmarc="pass"),
        subject="Uw bestelling werd geannuleerd door een technische storing",
        text="""Beste Pieter Janssens,

Door een technische storing in ons betalingssysteem werd uw recente bestelling op Amazon.com.be geannuleerd.

Bevestig uw betaalgegevens opnieuw met itsme om uw bestelling te herstellen:
https://amaz0n-be.com/herstel/itsme

Onze excuses voor het ongemak.
Amazon.com.be Klantendienst
""",
        html="""<html><body style="font-family:Arial,sans-serif;">
<div style="max-width:600px;margin:auto;border-top:4px solid #ff9900;padding:18px;">
<p style="font-size:22px;"><b>amazon</b>.com.be</p>
<p>Beste Pieter Janssens,</p>
<p>Door een <b>technische storing</b> in ons betalingssysteem werd uw recente bestelling op Amazon.com.be geannuleerd.</p>
<p>Bevestig uw betaalgegevens opnieuw met itsme om uw bestelling te herstellen.</p>
<p><a href="https://amaz0n-be.com/herstel/itsme" style="background:#ff4612;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px;">Bevestigen met itsme</a></p>
<p>Onze excuses voor het ongemak.<br>Amazon.com.be Klantendienst</p>
</div></body></html>
""")

    # L8 Greek homoglyph, claims out of stock, refund needs bank confirmation
    o = "405-3318274-9902716"
    raw("lookalike", "nl", "inventory_shortage", True, None, "Griekse homogliefen; claimt 'niet op voorraad, geannuleerd', terugbetaling vereist bevestiging rekening",
        frm=("\u0391maz\u03bfn.nl Klantenservice", "service@amazon-bestelling-nl.com"), to=R_NL, layout="html",
        charset="windows-1252", cte="quoted-printable", received=("vps88.amazon-bestelling-nl.com", "45.95.147.201"),
        auth=phish_auth("amazon-bestelling-nl.com", dkim="none", spf="softfail", dmarc="fail"),
        subject="Artikel niet op voorraad – je bestelling #%s is geannuleerd" % o,
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;">
<table width="600" align="center" cellpadding="16" style="border:1px solid #ddd;">
<tr><td><b style="font-size:20px;">amazon</b>.nl <span style="float:right;font-size:12px;">Bestelling #%s</span></td></tr>
<tr><td>
<p>Hallo Sanne,</p>
<p>Het artikel in je bestelling <b>#%s</b> is helaas <b>niet meer op voorraad</b>. Je bestelling is daarom geannuleerd.</p>
<p>Sony PlayStation 5 Slim Digital Edition – € 449,00</p>
<p>Om je terugbetaling van <b>€ 449,00</b> te ontvangen, moeten we eerst je rekening bevestigen. <a href="https://amazon-bestelling-nl.com/terugbetaling/%s">Bevestig je rekening</a> binnen 3 dagen.</p>
<p>Met vriendelijke groet,<br>Amazon.nl</p>
</td></tr></table></body></html>
""" % (o, o, hexs(10)))


def nl_non_notices():
    # bol.com cancels an Amazon Kindle
    raw("non_notice", "nl", None, False, None, "bol.com annuleert bestelling van een 'Amazon Kindle' (partner kan niet leveren) - andere winkel",
        frm=("bol", "no-reply@bol.com"), to=R_NL, layout="alt", cte="quoted-printable",
        received=("mail-out3.bol.com", "185.14.168.33"),
        auth="mx.mail.example.net;\n       dkim=pass header.i=@bol.com header.d=bol.com header.s=bol1;\n       spf=pass smtp.mailfrom=no-reply@bol.com;\n       dmarc=pass (p=REJECT) header.from=bol.com",
        subject="Je bestelling %d is geannuleerd" % rng.randrange(10**9, 10**10),
        text="""bol

Hoi Sanne,

Helaas kan onze partner Gadgethuis het volgende artikel niet leveren. We hebben het daarom uit je bestelling geannuleerd:

  Amazon Kindle Paperwhite (2024) - 16 GB - Zwart - met advertenties    € 169,99

Je krijgt het bedrag binnen 3 werkdagen terug via iDEAL.

Op zoek naar een alternatief? Bekijk andere e-readers op bol.

Groetjes,
bol
""",
        html="""<html><body style="font-family:Arial,sans-serif;color:#0000a4;">
<table width="600" align="center"><tr><td style="padding:16px 0;font-size:30px;font-weight:bold;color:#0000a4;">bol</td></tr>
<tr><td style="color:#222;font-size:14px;line-height:21px;">
<p>Hoi Sanne,</p>
<p>Helaas kan onze partner <b>Gadgethuis</b> het volgende artikel niet leveren. We hebben het daarom uit je bestelling <b>geannuleerd</b>:</p>
<table width="100%" style="border:1px solid #e5e5e5;"><tr><td>Amazon Kindle Paperwhite (2024) - 16 GB - Zwart - met advertenties</td><td align="right">€ 169,99</td></tr></table>
<p>Je krijgt het bedrag binnen 3 werkdagen terug via iDEAL.</p>
<p>Op zoek naar een alternatief? <a href="https://www.bol.com/nl/nl/l/e-readers/">Bekijk andere e-readers</a> op bol.</p>
<p>Groetjes,<br>bol</p>
</td></tr></table></body></html>
""")

    # friend cancelled her Amazon order
    raw("non_notice", "nl", None, False, None, "vriendin schrijft dat ze haar Amazon-bestelling heeft geannuleerd",
        frm=("Lotte Bakker", "lotte.bakker93@hotmail.com"), to=R_NL, layout="text", cte="quoted-printable",
        received=("AM7EUR03-VE1-obe.outbound.protection.outlook.com", "40.107.105.80"),
        subject="Re: cadeau voor Emma",
        text="""Hoi Sanne,

Ik heb mijn Amazon-bestelling voor dat puzzelspel geannuleerd hoor, de levering werd steeds uitgesteld en nu stond er "niet op voorraad". Het geld stond gisteren alweer op mijn rekening.

Zullen we zaterdag samen naar de speelgoedwinkel in het centrum gaan? Dan kiezen we daar iets voor Emma.

Liefs,
Lotte

Op di 12 nov 2024 om 20:41 schreef Sanne de Vries <sanne.devries@example.nl>:
> Is dat spel al binnen? Anders kan ik nog iets anders regelen.
""")

    # newsletter about phishing
    raw("non_notice", "nl", None, False, None, "nieuwsbrief over nepmails, citeert onderwerp 'Je Amazon-bestelling is geannuleerd'",
        frm=("Fraudealert Nieuwsbrief", "nieuwsbrief@fraudealert.example.nl"), to=R_BE, layout="alt", cte="base64",
        received=("mta1.mailing.example.nl", "178.22.56.9"),
        extra=[("List-Unsubscribe", "<https://fraudealert.example.nl/afmelden?id=%s>" % hexs(16)), ("Precedence", "bulk")],
        subject="Fraudealert: nepmail 'Je Amazon-bestelling is geannuleerd' in omloop",
        text="""FRAUDEALERT - nieuwsbrief week 46

Nepmail uit naam van Amazon: "Je bestelling is geannuleerd"

Er gaat een valse e-mail rond met als onderwerp "Je Amazon.nl-bestelling #403-5518290-1184726 is geannuleerd". In de mail staat dat je bestelling is geannuleerd omdat je betaling "niet kon worden geverifieerd". Via een knop word je naar een nagemaakte inlogpagina gestuurd.

Tips:
- Controleer je bestellingen altijd zelf in de Amazon-app of via amazon.nl.
- Klik niet op links in de mail en geef nooit je kaartgegevens door.
- Stuur de mail door naar de echte afzender en verwijder hem daarna.

Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op fraudealert.example.nl.
Afmelden: https://fraudealert.example.nl/afmelden
""",
        html="""<html><body style="font-family:Arial,sans-serif;max-width:640px;margin:auto;color:#222;">
<h1 style="font-size:22px;color:#c0392b;">FRAUDEALERT <span style="font-size:13px;color:#777;">nieuwsbrief week 46</span></h1>
<h2 style="font-size:17px;">Nepmail uit naam van Amazon: &ldquo;Je bestelling is geannuleerd&rdquo;</h2>
<p>Er gaat een valse e-mail rond met als onderwerp <i>&ldquo;Je Amazon.nl-bestelling #403-5518290-1184726 is geannuleerd&rdquo;</i>. In de mail staat dat je bestelling is geannuleerd omdat je betaling &ldquo;niet kon worden geverifieerd&rdquo;. Via een knop word je naar een nagemaakte inlogpagina gestuurd.</p>
<ul><li>Controleer je bestellingen altijd zelf in de Amazon-app of via amazon.nl.</li>
<li>Klik niet op links in de mail en geef nooit je kaartgegevens door.</li>
<li>Stuur de mail door naar de echte afzender en verwijder hem daarna.</li></ul>
<p style="font-size:11px;color:#888;">Je ontvangt deze nieuwsbrief omdat je je hebt aangemeld op fraudealert.example.nl. <a href="https://fraudealert.example.nl/afmelden">Afmelden</a></p>
</body></html>
""")

    # delivery appointment cancelled (order stays)
    o = order_no("amazon.nl")
    amz("non_notice", "nl", "amazon.nl", None, False, "bezorgafspraak geannuleerd door vervoerder; bestelling blijft staan",
        "order-update", "Je bezorgafspraak voor bestelling #%s is geannuleerd" % o, "Bezorgafspraak geannuleerd", "Hallo Sanne,",
        ["De bezorgafspraak voor je bestelling op donderdag 5 december tussen 13:00 en 17:00 uur is door de vervoerder geannuleerd.",
         "Je bestelling zelf is niet geannuleerd. De vervoerder neemt binnen twee werkdagen contact met je op om een nieuwe afspraak te maken. Je kunt de status volgen via [Je bestellingen](gp/css/order-history)."],
        items=[dict(title="Samsung RB34C600ESA Koel-vriescombinatie, 344 L, RVS-look", qty=1, price="€ 699,00")],
        items_heading="Je zending", closing=["Excuses voor het ongemak."], to=R_NL, layout="alt", cte="8bit", order=o, label_mp=None)

    # Amazon Music Unlimited cancelled
    amz("non_notice", "nl", "amazon.nl", None, False, "Amazon Music Unlimited-abonnement opgezegd - geen bestelling",
        "digital-no-reply", "Je abonnement op Amazon Music Unlimited is opgezegd", "Abonnement opgezegd", "Hallo Sanne,",
        ["Zoals gevraagd hebben we je abonnement op Amazon Music Unlimited (individueel abonnement, € 10,99 per maand) opgezegd.",
         "Je kunt nog naar muziek luisteren tot het einde van je huidige abonnementsperiode op 2 februari 2025. Daarna worden er geen kosten meer in rekening gebracht.",
         "Wil je toch blijven luisteren? Je kunt je abonnement op elk moment opnieuw starten via [Je Amazon Music-instellingen](music/settings)."],
        items=[], closing=["Bedankt dat je Amazon Music hebt gebruikt."], to=R_NL, layout="html", cte="quoted-printable",
        auth=True, label_mp=None)

    # genuine payment reminder (Belgium) before cancellation
    o = order_no("amazon.com.be")
    amz("non_notice", "nl", "amazon.com.be", None, False, "echte betalingsherinnering: betaalmethode bijwerken, anders WORDT bestelling geannuleerd",
        "payments-messages", "Actie vereist: werk je betaalgegevens bij voor bestelling #%s" % o, "Betaling geweigerd", "Hallo Pieter,",
        ["Je bank heeft de betaling voor je bestelling #%s met je Mastercard eindigend op 7741 geweigerd." % o,
         "[Werk je betaalgegevens bij](cpe/yourpayments/wallet) vóór 22 oktober. Zodra je een geldige betaalmethode hebt gekozen, proberen we de betaling opnieuw.",
         "Als we tegen die datum geen geldige betaalmethode hebben ontvangen, wordt je bestelling geannuleerd."],
        items=[dict(title="Garmin Forerunner 265 GPS-hardloophorloge, Zwart", qty=1, price="€ 349,99")],
        items_heading="Je bestelling", closing=["Bedankt voor je bestelling bij Amazon.com.be."], to=R_BE, layout="alt",
        cte="base64", order=o, auth=True, label_mp=None)


def nl_notices():
    # N1 amazon.nl inventory, alt QP, auth
    o = order_no("amazon.nl")
    amz("notice", "nl", "amazon.nl", "inventory_shortage", True, "artikel niet meer op voorraad, item-annulering",
        "order-update", "1 artikel is geannuleerd uit je Amazon.nl-bestelling #%s" % o, "Artikel geannuleerd", "Hallo Sanne,",
        ["Helaas hebben we het volgende artikel uit je bestelling #%s moeten annuleren, omdat het niet meer op voorraad is en we niet verwachten het binnen afzienbare tijd opnieuw te ontvangen." % o,
         "Er is niets in rekening gebracht voor dit artikel. De overige artikelen in je bestelling worden zoals gepland verzonden.",
         "Je kunt je bestellingen bekijken in [Je bestellingen](gp/css/order-history)."],
        items=[dict(title="Tonies Toniebox Starterset Nijntje, Lichtblauw", qty=1, price="€ 89,95")],
        items_heading="Geannuleerde artikelen", closing=["We hopen je snel weer te zien."], to=R_NL, layout="alt",
        cte="quoted-printable", order=o, auth=True)

    # N2 amazon.nl payment, text base64, no auth
    o = order_no("amazon.nl")
    raw("notice", "nl", "payment_issue", True, "amazon.nl", "betaling geweigerd, geen nieuwe betaalmethode binnen termijn -> geannuleerd; tekst, base64",
        frm=("Amazon.nl", "payments-messages@amazon.nl"), reply_to="no-reply@amazon.nl", to=R_NL, layout="text", cte="base64",
        amazon_infra=True, msgid=ses_msgid("eu-west-1", a_date()), extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject="Je bestelling bij Amazon.nl is geannuleerd",
        text="""Amazon.nl
___________________________________________________________________________

Hallo Sanne de Vries,

We konden de betaling voor je bestelling #%s niet verwerken: je bank heeft de transactie met je Visa-kaart eindigend op 2291 geweigerd.

Op 14 januari hebben we je gevraagd je betaalgegevens bij te werken. Omdat we binnen de gestelde termijn geen geldige betaalmethode hebben ontvangen, hebben we je bestelling geannuleerd.

Geannuleerde artikelen:
  1 x Dyson V12 Detect Slim Absolute steelstofzuiger    € 599,00

Er is geen bedrag van je rekening afgeschreven. Wil je de artikelen toch bestellen? Plaats dan een nieuwe bestelling op https://www.amazon.nl

Met vriendelijke groet,
Amazon.nl
___________________________________________________________________________

Is het nummer of de vervaldatum van je kaart gewijzigd? Werk je betaalgegevens bij via Je account > Je betalingen: https://www.amazon.nl/cpe/yourpayments/wallet

Amazon.nl zal je nooit per e-mail om je wachtwoord, kaartnummer of bankgegevens vragen. Meld verdachte e-mails via https://www.amazon.nl/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet.

%s
""" % (o, LEGAL["amazon.nl"]))

    # N3 amazon.com.be technical issue, html only, latin-1 QP, auth
    o = order_no("amazon.com.be")
    amz("notice", "nl", "amazon.com.be", "technical_issue", True, "systeemfout -> verkeerde prijs, bestelling geannuleerd; 'Informatie van Amazon.com.be'; iso-8859-1",
        "cs-reply", "Informatie van Amazon.com.be", "Je bestelling is geannuleerd", "Hallo Pieter,",
        ["We schrijven je over je bestelling #%s." % o,
         "Door een systeemfout werd het onderstaande artikel korte tijd met een onjuiste prijs weergegeven (EUR 24,99 in plaats van EUR 249,99). Daarom hebben we je bestelling geannuleerd.",
         "Er werd niets aangerekend. Een eventuele reservering op je kaart wordt automatisch vrijgegeven.",
         "Onze excuses voor het ongemak. Het artikel is nog steeds beschikbaar aan de huidige prijs op de [productpagina](dp/B0CX23V2ZK)."],
        items=[dict(title="Bosch Serie 4 PUE611BB5E Inductiekookplaat, 60 cm", qty=1, price="EUR 24,99")],
        items_heading="Geannuleerde artikelen", closing=["Bedankt voor je begrip."], to=R_BE, layout="html",
        charset="iso-8859-1", cte="quoted-printable", order=o, auth=True, hcharset="iso-8859-1")

    # N4 amazon.nl fraud prevention, alt 8bit, no auth
    o = order_no("amazon.nl")
    amz("notice", "nl", "amazon.nl", "fraud_prevention", True, "ongebruikelijke activiteit, account tijdelijk in de wacht, bestelling geannuleerd",
        "order-update", "Je Amazon.nl-bestelling #%s is geannuleerd" % o, "Bestelling geannuleerd", "Hallo Sanne,",
        ["Bij een routinematige controle hebben we ongebruikelijke activiteit in je account opgemerkt. Om je te beschermen hebben we je account tijdelijk in de wacht gezet en je bestelling #%s geannuleerd." % o,
         "Er is niets in rekening gebracht voor deze bestelling.",
         "Log in zoals gewoonlijk op www.amazon.nl en volg de instructies op het scherm om je account te herstellen. Mogelijk vragen we je daar om je identiteit te bevestigen. Gebruik hiervoor geen links of telefoonnummers uit andere bronnen."],
        items=[dict(title="Nintendo Switch OLED-model, wit", qty=3, price="€ 1.049,97")],
        items_heading="Geannuleerde artikelen", closing=["Bedankt voor je begrip."], to=R_NL, layout="alt", cte="8bit", order=o)

    # N5 amazon.com.be customer request, text QP utf-8, auth
    o = order_no("amazon.com.be")
    t = a_date()
    raw("notice", "nl", "customer_request", True, "amazon.com.be", "door klant geannuleerd; 'Reden van annulering: Door klant geannuleerd'; tekst",
        frm=("Amazon.com.be", "auto-confirm@amazon.com.be"), reply_to="no-reply@amazon.com.be", to=R_BE, layout="text",
        cte="quoted-printable", amazon_infra=True, date=t, msgid=ses_msgid("eu-west-1", t), auth=auth_pass("amazon.com.be", t),
        extra=[("X-AMAZON-MAIL-RELAY-TYPE", "notification")],
        subject='Annulering van "Moulinex Easy Fry Precision+ Heteluchtfriteuse..." uit je Amazon.com.be-bestelling #%s geslaagd' % o,
        text="""Amazon.com.be Annuleringsbevestiging
Bestelling #%s
___________________________________________________________________________

Hallo Pieter,

Zoals gevraagd hebben we het volgende artikel uit je bestelling #%s geannuleerd:

  Moulinex Easy Fry Precision+ Heteluchtfriteuse, 4,2 L, Zwart
  Aantal: 1    € 79,99

Reden van annulering: Door klant geannuleerd

Dit bedrag wordt niet aangerekend. Je kunt je bestellingen bekijken in Je bestellingen: https://www.amazon.com.be/gp/css/order-history

We hopen je snel weer te zien.
Amazon.com.be
___________________________________________________________________________

Amazon.com.be zal je nooit via e-mail, sms of telefoon om je wachtwoord, kaartnummer of een eenmalige code vragen. Meld verdachte e-mails via https://www.amazon.com.be/gp/help/customer/display.html?nodeId=GQ2F9M47T4FU6N3W

Is je kaartnummer gewijzigd? Werk het bij in Je account > Je betalingen.

Beantwoord deze e-mail niet.

%s
""" % (o, o, LEGAL["amazon.com.be"]))

    # N6 amazon.nl unknown (cannot ship to address / shipping restriction), alt latin-9 base64, no auth
    o = order_no("amazon.nl")
    amz("notice", "nl", "amazon.nl", "unknown", True, "kan niet naar opgegeven adres verzonden worden (verzendbeperking) -> geannuleerd",
        "order-update", "Je Amazon.nl-bestelling #%s is geannuleerd" % o, "Bestelling geannuleerd", "Hallo Sanne,",
        ["Helaas kunnen we het onderstaande artikel niet naar het opgegeven verzendadres sturen. Vanwege verzendbeperkingen voor artikelen met lithiumbatterijen kunnen we niet bezorgen op een pakketautomaat.",
         "Daarom hebben we je bestelling #%s geannuleerd. Er is niets in rekening gebracht." % o,
         "Je kunt het artikel opnieuw bestellen met een ander bezorgadres via [Je adressen](a/addresses)."],
        items=[dict(title="Makita DHP482Z Accu-klopboorschroefmachine 18V + accu BL1850B", qty=1, price="EUR 189,00")],
        items_heading="Geannuleerde artikelen", closing=["We hopen je snel weer te zien."], to=R_NL, layout="alt",
        charset="iso-8859-15", cte="base64", order=o, hcharset="iso-8859-15")


nl_lookalikes()
nl_non_notices()
nl_notices()

# =====================================================================================
# write files
# =====================================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    rng.shuffle(order)          # interleave kinds/languages so file number reveals nothing
    labels = []
    for n, idx in enumerate(order, start=1):
        m = MAILS[idx]
        name = "v1%03d.eml" % n
        data = build(m)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        labels.append(dict(file=name, **m["label"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
