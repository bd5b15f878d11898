#!/usr/bin/env python3
"""Generate blind test batch y1: Amazon order-cancellation notices, lookalikes
(phishing) and near-miss non-notices in English, German and Dutch.

Run: python3 make.py   (rewrites mail/*.eml and labels.json deterministically)
"""
import base64
import json
import os
import quopri
import random
from email.header import Header
from email.message import Message
from email.generator import BytesGenerator
from email.utils import formataddr
from email import policy as _policy

SEED = 20250611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def _is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not plain ASCII."""
    if _is_ascii(value):
        return value
    return Header(value, charset, header_name="Subject")


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    if _is_ascii(name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def boundary():
    style = rng.randint(0, 2)
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randint(10**6, 10**8), rng.randint(10**8, 2 * 10**9),
                                        rng.randint(1600000000000, 1750000000000))
    if style == 1:
        return "%024x" % rng.getrandbits(96)
    return "=_%s" % "".join(rng.choice("abcdef0123456789") for _ in range(28))


def make_part(subtype, body, charset, cte):
    """A text/* leaf.  cte in {'quoted-printable','base64','8bit','7bit'}."""
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset) if rng.random() < 0.5 \
        else "text/%s; charset=%s" % (subtype, charset)
    if subtype == "html" and charset.lower() != "utf-8":
        body = body.replace("charset=UTF-8", "charset=%s" % charset).replace("charset=utf-8", "charset=%s" % charset)
    data = body.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")  # must really be 7bit
        payload = data.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def build(headers, parts):
    """headers: list of (name, value) already encoded.  parts: list of
    (subtype, body, charset, cte).  One part -> single text part, two ->
    multipart/alternative."""
    root = Message()
    for k, v in headers:
        root[k] = v
    root["MIME-Version"] = "1.0"
    if len(parts) == 1:
        leaf = make_part(*parts[0])
        for k, v in leaf.items():
            root[k] = v
        root.set_payload(leaf._payload)  # raw payload (keeps 8bit bytes as surrogates)
    else:
        b = boundary()
        root["Content-Type"] = 'multipart/alternative; boundary="%s"' % b
        for spec in parts:
            root.attach(make_part(*spec))
    return root


def write_eml(path, msg):
    with open(path, "wb") as fh:
        g = BytesGenerator(fh, mangle_from_=False, maxheaderlen=78,
                           policy=_policy.compat32.clone(linesep="\r\n"))
        g.flatten(msg)


# --------------------------------------------------------------------------
# Header helpers
# --------------------------------------------------------------------------

def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, up=True):
    alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(alpha) for _ in range(n))


SES_REGION = {
    "amazon.com": ("us-west-2", "54.240.27.%d", "0101"),
    "amazon.ca": ("us-west-2", "54.240.27.%d", "0101"),
    "amazon.in": ("us-west-2", "54.240.27.%d", "0101"),
    "amazon.com.au": ("us-west-2", "54.240.27.%d", "0101"),
    "amazon.sg": ("us-west-2", "54.240.27.%d", "0101"),
    "amazon.co.uk": ("eu-west-1", "54.240.4.%d", "0102"),
    "amazon.de": ("eu-west-1", "54.240.4.%d", "0102"),
    "amazon.nl": ("eu-west-1", "54.240.4.%d", "0102"),
    "amazon.com.be": ("eu-west-1", "54.240.4.%d", "0102"),
    "amazon.ie": ("eu-west-1", "54.240.4.%d", "0102"),
}


def amazon_headers(dom, brand, sender, to, subject, date, auth, subj_cs="utf-8",
                   reply_to=True, mx="mx.mailbox.example"):
    region, ipfmt, pfx = SES_REGION[dom]
    ip = ipfmt % rng.randint(2, 250)
    host = "a%s-%d.smtp-out.%s.amazonses.com" % (ip.split(".")[2], int(ip.split(".")[3]), region)
    ts = "%s%s" % (rng.randint(2023, 2025), "".join(str(rng.randint(0, 9)) for _ in range(10)))
    h = []
    h.append(("Return-Path", "<%s%s@bounces.%s>" % (ts, ralnum(10, False), dom)))
    h.append(("Received", "from %s (%s [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s"
              % (host, host, ip, mx, ralnum(12, False), to[1], date)))
    if auth:
        h.append(("Authentication-Results", "%s;\r\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\r\n"
                  "\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\r\n"
                  "\tspf=pass (%s: domain of %s@bounces.%s designates %s as permitted sender) "
                  "smtp.mailfrom=%s@bounces.%s;\r\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                  % (mx, dom, ralnum(32, False), ralnum(8), ralnum(32, False), ralnum(8), mx, ts, dom, ip,
                     ts, dom, dom)))
        h.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\r\n"
                  "\ts=%s; d=%s; t=%d;\r\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\r\n"
                  "\tbh=%s=;\r\n\tb=%s"
                  % (ralnum(32, False), dom, rng.randint(1690000000, 1750000000),
                     base64.b64encode(rng.randbytes(31)).decode()[:43],
                     base64.b64encode(rng.randbytes(96)).decode())))
    h.append(("Date", date))
    h.append(("From", addr(brand, sender)))
    if reply_to:
        h.append(("Reply-To", "no-reply@%s" % dom))
    h.append(("To", addr(*to)))
    h.append(("Message-ID", "<%s%s-%s-%s-%s-%s-000000@%s.amazonses.com>"
              % (pfx, rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), region)))
    h.append(("Subject", enc_header(subject, subj_cs)))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Bounces-to", "%s%s@bounces.%s" % (ts, ralnum(10, False), dom)))
    h.append(("X-AMAZON-RTE-VERSION", "2.0"))
    h.append(("Feedback-ID", "1.%s.%s=:AmazonSES" % (region, base64.b64encode(rng.randbytes(33)).decode())))
    return h


def plain_headers(frm, to, subject, date, extra_before=(), extra_after=(), subj_cs="utf-8",
                  received=None, msgid_dom="mail.example"):
    h = list(extra_before)
    if received:
        for r in received:
            h.append(("Received", r))
    h.append(("Date", date))
    h.append(("From", frm))
    h.append(("To", to))
    h.append(("Subject", enc_header(subject, subj_cs)))
    h.append(("Message-ID", "<%s.%s@%s>" % (rhex(16), ralnum(6), msgid_dom)))
    h.extend(extra_after)
    return h


def rcv(helo, ip, by="mx.mailbox.example", date="", to=""):
    return "from %s (unknown [%s])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s" % (
        helo, ip, by, ralnum(12, False), to, date)


# --------------------------------------------------------------------------
# Genuine Amazon template (HTML laid out like the real notification mails,
# and the matching text/plain rendering).  Paragraph mini-markup:
# [[link text|url]] -> anchor in HTML, "link text: url" / "link text (url)" in text.
# --------------------------------------------------------------------------
import html as _html
import re as _re

LINK_RE = _re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")


def md_html(s):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(_html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (_html.escape(m.group(2)), _html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(_html.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def md_text(s):
    return LINK_RE.sub(lambda m: "%s: %s" % (m.group(1), m.group(2)), s)


LANG = {
    "en": dict(your_orders="Your Orders", your_account="Your Account", order="Order #", qty="Quantity",
               sold_by="Sold by", closing="We hope to see you again soon.",
               cs="If you need further assistance with your order, please visit [[Customer Service|https://www.{dom}/gp/help/customer/display.html?ref_=TE_cs]].",
               notif="Please note: This email was sent from a notification-only address that can't accept incoming email. Please do not reply to this message."),
    "de": dict(your_orders="Meine Bestellungen", your_account="Mein Konto", order="Bestellung #", qty="Menge",
               sold_by="Verkauf durch", closing="Wir hoffen, Sie bald wieder bei uns begrüßen zu dürfen.",
               cs="Falls Sie weitere Hilfe zu Ihrer Bestellung benötigen, besuchen Sie bitte unseren [[Kundenservice|https://www.amazon.de/gp/help/customer/display.html?ref_=TE_cs]].",
               notif="Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."),
    "nl": dict(your_orders="Mijn bestellingen", your_account="Mijn account", order="Bestelling #", qty="Aantal",
               sold_by="Verkocht door", closing="We hopen je snel weer te zien.",
               cs="Heb je meer hulp nodig bij je bestelling? Ga dan naar [[Klantenservice|https://www.{dom}/gp/help/customer/display.html?ref_=TE_cs]].",
               notif="Let op: deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen. Beantwoord dit bericht niet."),
}


def security_footer(lang, dom):
    if lang == "en":
        return [
            "Security reminder: Amazon will never ask you for your password, your full card number or a one-time passcode by email, text message or phone call, and we will never ask you to make a payment outside of our website.",
            "If your card number or expiry date has changed, you can update it at any time in [[Your Account|https://www.%s/cpe/yourpayments/wallet?ref_=TE_sec]]. Always sign in by typing %s into your browser rather than following a link in an email you weren't expecting." % (dom, dom),
            "Received an email that looks suspicious? Learn how to [[identify and report suspicious emails|https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]] or forward it to stop-spoofing@amazon.com." % dom,
        ]
    if lang == "de":
        return [
            "Sicherheitshinweis: Amazon wird Sie niemals per E-Mail, SMS oder Telefon nach Ihrem Passwort, Ihrer vollständigen Kreditkartennummer, Ihrer PIN oder einem Einmal-Passwort fragen und Sie niemals zu einer Zahlung außerhalb unserer Website auffordern.",
            "Wenn sich Ihre Kartennummer oder das Ablaufdatum Ihrer Karte geändert hat, können Sie diese jederzeit unter [[Mein Konto|https://www.amazon.de/cpe/yourpayments/wallet?ref_=TE_sec]] aktualisieren. Geben Sie amazon.de immer selbst in Ihren Browser ein, anstatt Links in unerwarteten E-Mails zu folgen.",
            "Sie haben eine verdächtige E-Mail erhalten? Hier erfahren Sie, wie Sie [[gefälschte E-Mails erkennen und melden|https://www.amazon.de/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]]. Sie können verdächtige Nachrichten auch an stop-spoofing@amazon.com weiterleiten.",
        ]
    return [
        "Veiligheidstip: Amazon vraagt je nooit per e-mail, sms of telefoon om je wachtwoord, je volledige kaartnummer, je pincode of een eenmalige code, en we vragen je nooit om buiten onze website te betalen.",
        "Is je kaartnummer of de vervaldatum van je kaart gewijzigd? Werk deze dan bij via [[Mijn account|https://www.%s/cpe/yourpayments/wallet?ref_=TE_sec]]. Typ altijd zelf %s in je browser in plaats van op links in onverwachte e-mails te klikken." % (dom, dom),
        "Heb je een verdachte e-mail ontvangen? Lees hoe je [[verdachte e-mails herkent en meldt|https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B]] of stuur het bericht door naar stop-spoofing@amazon.com." % dom,
    ]


LEGAL = {
    "amazon.com": "This email was sent from Amazon.com, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.",
    "amazon.co.uk": "Amazon EU S.à r.l., UK Branch, 1 Principal Place, Worship Street, London EC2A 2FA. Registered in England and Wales, company number FC031183. VAT number GB 727255821.",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto, Ontario, M5H 3Y2, Canada.",
    "amazon.com.au": "Amazon Commercial Services Pty Ltd, ABN 30 616 935 623, Level 37, 2-26 Park Street, Sydney NSW 2000, Australia.",
    "amazon.in": "Amazon Seller Services Private Limited, Brigade Gateway, 8th floor, 26/1 Dr. Rajkumar Road, Malleshwaram (W), Bangalore 560055, Karnataka, India.",
    "amazon.sg": "Amazon Asia-Pacific Resources Private Limited, 23 Church Street, #10-01 Capital Square, Singapore 049481. UEN 201530390C.",
    "amazon.de": "Amazon Europe Core S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg: B186284. Amazon EU S.à r.l., Niederlassung Deutschland, Marcel-Breuer-Str. 12, 80807 München, Deutschland. USt-ID: DE814584193.",
    "amazon.nl": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg: B101818. Btw-nummer: LU 20260743.",
    "amazon.com.be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister Luxemburg: B101818. Btw-nummer: LU 20260743. Amazon EU SARL, Belgisch bijkantoor, BE 0778.534.329.",
}


ORDER_BLOCK = """     <tr><td>
      <table id="orderDetails" cellpadding="0"><tbody><tr><td>
       <h3>%(items_heading)s</h3>
       <table id="itemDetails" cellpadding="0"><tbody>%(items)s
       </tbody></table>
       <table id="costBreakdown" cellpadding="0"><tbody>%(totals)s</tbody></table>
      </td></tr></tbody></table>
     </td></tr>
"""


def genuine_html(n):
    """n: dict with dom, brand, lang, title, order, greeting, paras, items_heading,
    items [(name, seller, qty, price)], totals [(label, value)], after (paras),
    extra_legal (paras)."""
    L = LANG[n["lang"]]
    dom = n["dom"]
    u = lambda p: "https://www.%s%s" % (dom, p)
    refid = ralnum(16)
    items_html = []
    for (name, seller, qty, price) in n.get("items", []):
        items_html.append("""
        <tr>
         <td class="photo"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ_SX115_SY115_.jpg" width="115" height="115" alt="" border="0" /></a></td>
         <td class="name"><a href="%s">%s</a><br /><span>%s %s</span><br /><span>%s: %s</span></td>
         <td class="price"><strong>%s</strong></td>
        </tr>""" % (u("/gp/r.html?C=%s&R=%s" % (refid, ralnum(12))), ralnum(11, False) + "L", u("/dp/B0%s?ref_=TE_ittl" % ralnum(8)),
                    _html.escape(name), L["sold_by"], _html.escape(seller), L["qty"], qty, _html.escape(price)))
    totals_html = "".join('<tr><td class="%s">%s</td><td class="%s price">%s</td></tr>'
                          % ("total" if i == 0 else "", _html.escape(a), "total" if i == 0 else "", _html.escape(b))
                          for i, (a, b) in enumerate(n.get("totals", [])))
    paras = "\n".join("<p>%s</p>" % md_html(p) for p in n["paras"])
    after = "\n".join("<p>%s</p>" % md_html(p) for p in n.get("after", []))
    sec = "\n".join("<p>%s</p>" % md_html(p) for p in security_footer(n["lang"], dom))
    legal = "\n".join("<p>%s</p>" % md_html(p) for p in n.get("extra_legal", [])) + \
        "<p>%s</p>\n<p>%s</p>" % (_html.escape(LEGAL[dom]), _html.escape(L["notif"]))
    order_block = ""
    if n.get("items") or n.get("totals"):
        order_block = ORDER_BLOCK % dict(items_heading=_html.escape(n.get("items_heading", "")),
                                         items="".join(items_html), totals=totals_html)
    order_line = ""
    if n.get("order"):
        order_line = '%s<a href="%s">%s</a>' % (L["order"], u("/gp/css/summary/edit.html?orderID=%s&ref_=TE_hdr" % n["order"]), n["order"])
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <style type="text/css">
body { margin:0; font:13px/18px Arial, sans-serif; }
a { text-decoration:none; color:#006699; font:13px/18px Arial, sans-serif; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%%; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#itemDetails .photo { width:150px; height:115px; text-align:center; padding:0 0 30px 0; }
#itemDetails .name { vertical-align:top; color:#666; padding:10px 10px 30px 10px; }
#itemDetails .price { text-align:right; font-size:14px; padding:10px 0 30px 0; }
#costBreakdown td { text-align:right; line-height:18px; padding:0 0 10px 10px; }
.total { font-size:14px; font-weight:bold; }
#closing p { padding:0 0 20px 0; border-bottom:1px solid #eaeaea; margin:0; }
#closing .signature { font-size:16px; line-height:24px; font-weight:bold; }
#security p { color:#333; font-size:12px; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
  </style>
  <title></title>
 </head>
 <body><img width="1" height="1" src="%(track)s" />
  <table id="container" cellpadding="0">
   <tbody><tr><td class="frame">
    <table id="main" cellpadding="0"><tbody>
     <tr><td>
      <table id="header" cellpadding="0"><tbody>
       <tr>
        <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/x-locale/common/transparent-pixel._CB485935036_.gif" width="115" height="30" border="0" /></a></td>
        <td class="navigation"><table align="right"><tbody><tr>
         <td><a href="%(orders)s">%(your_orders)s</a></td>
         <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td><a href="%(account)s">%(your_account)s</a></td>
         <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td><a class="last" href="%(home)s">%(brand)s</a></td>
        </tr></tbody></table></td>
       </tr>
       <tr><td class="title"><h2>%(title)s</h2> %(order_line)s</td></tr>
      </tbody></table>
     </td></tr>
     <tr><td>
      <table id="summary" cellpadding="0"><tbody><tr><td>
       <span class="heading">%(greeting)s</span>
%(paras)s
      </td></tr></tbody></table>
     </td></tr>
%(order_block)s     <tr><td>
      <table id="closing" cellpadding="0"><tbody><tr><td>
%(after)s
       <p>%(cs)s<br /><br />%(closing)s<br /><span class="signature"><strong>%(brand)s</strong></span></p>
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="security" cellpadding="0"><tbody><tr><td>
%(sec)s
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="legalCopy"><tbody><tr><td><span>
%(legal)s
      </span></td></tr></tbody></table>
     </td></tr>
    </tbody></table>
   </td></tr></tbody>
  </table>
 <img width="1" height="1" src="%(track2)s" /></body>
</html>
""" % dict(lang=n["lang"], brand=n["brand"], title=_html.escape(n["title"]), order_line=order_line,
           greeting=_html.escape(n["greeting"]), paras=paras, order_block=order_block, after=after, cs=md_html(L["cs"].format(dom=dom)),
           closing=_html.escape(L["closing"]), sec=sec, legal=legal,
           home=u("/ref=TE_hdr_home"), orders=u("/gp/css/order-history?ref_=TE_hdr_yo"),
           account=u("/gp/css/homepage.html?ref_=TE_hdr_ya"),
           track=u("/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" % (refid, rhex(40), ralnum(13))),
           track2=u("/gp/r.html?C=%s&T=E&U=%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" % refid),
           your_orders=L["your_orders"], your_account=L["your_account"])


RULE = "_" * 75


def genuine_text(n):
    L = LANG[n["lang"]]
    dom = n["dom"]
    out = ["%s %s" % (n["brand"], n["title"])]
    if n.get("order"):
        out.append("%s%s" % (L["order"], n["order"]))
    out.append("https://www.%s/ref=TE_tex_g" % dom)
    out.append(RULE)
    out.append("")
    out.append(n["greeting"])
    out.append("")
    for p in n["paras"]:
        out.append(md_text(p))
        out.append("")
    if n.get("items"):
        out.append(n.get("items_heading", ""))
        out.append("-" * len(n.get("items_heading", "")))
        for (name, seller, qty, price) in n["items"]:
            out.append(name)
            out.append("  %s %s" % (L["sold_by"], seller))
            out.append("  %s: %s    %s" % (L["qty"], qty, price))
            out.append("")
    for (a, b) in n.get("totals", []):
        out.append("%s %s" % (a, b))
    if n.get("totals"):
        out.append("")
    out.append("=" * 75)
    out.append("")
    for p in n.get("after", []):
        out.append(md_text(p))
        out.append("")
    out.append(md_text(L["cs"].format(dom=dom)))
    out.append("")
    out.append(L["closing"])
    out.append(n["brand"])
    out.append(RULE)
    out.append("")
    for p in security_footer(n["lang"], dom):
        out.append(md_text(p))
        out.append("")
    for p in n.get("extra_legal", []):
        out.append(md_text(p))
        out.append("")
    out.append(LEGAL[dom])
    out.append("")
    out.append(L["notif"])
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Entry constructors
# --------------------------------------------------------------------------
ENTRIES = []


def label(kind, lang, cause, states, market, note):
    return dict(kind=kind, language=lang, cause=cause, states_reason=states, marketplace=market, note=note)


def notice(lang, dom, brand, sender, to, subject, date, auth, n, fmt, cs, cte, lab, subj_cs="utf-8"):
    n = dict(n, lang=lang, dom=dom, brand=brand)
    hdr = amazon_headers(dom, brand, sender, to, subject, date, auth, subj_cs=subj_cs)
    if fmt == "alt":
        parts = [("plain", genuine_text(n), cs, cte), ("html", genuine_html(n), cs, cte)]
    elif fmt == "html":
        parts = [("html", genuine_html(n), cs, cte)]
    else:
        parts = [("plain", genuine_text(n), cs, cte)]
    ENTRIES.append((lab, hdr, parts))


def raw(lab, hdr, parts):
    ENTRIES.append((lab, hdr, parts))


def phish_rcv(helo, ip, to, date, mx="mx.mailbox.example"):
    return [("Received", rcv(helo, ip, mx, date, to))]


def auth_line(dkim_dom, from_dom, spf="pass", dkim="pass", dmarc="pass", mailfrom=None, mx="mx.mailbox.example"):
    mailfrom = mailfrom or from_dom
    parts = [mx]
    if dkim:
        parts.append("dkim=%s header.d=%s header.s=%s" % (dkim, dkim_dom, rng.choice(["s1", "default", "mail", "k1", "20230601"])))
    parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    parts.append("dmarc=%s header.from=%s" % (dmarc, from_dom))
    return ("Authentication-Results", ";\r\n\t".join(parts))


# ==========================================================================
# ENGLISH
# ==========================================================================

# ---- notices -------------------------------------------------------------
notice("en", "amazon.com", "Amazon.com", "order-update@amazon.com", ("Jordan Ellis", "jordan.ellis@gmail.com"),
       "1 item has been canceled from your Amazon.com order #113-4829174-0394752",
       "Tue, 04 Mar 2025 17:42:19 +0000", True, dict(
           title="Cancellation Notice", order="113-4829174-0394752", greeting="Hello Jordan,",
           paras=["We're writing to let you know that we had to cancel an item from your order #113-4829174-0394752. "
                  "The seller, Voltcraft Direct, has told us that the item below is out of stock and they are unable to fulfill it. "
                  "We're sorry for any inconvenience this may cause.",
                  "You have not been charged for the canceled item. If you see a pending authorization for this amount on your statement, "
                  "it will drop off automatically within 3-5 business days, depending on your bank.",
                  "The remaining items in your order are not affected and will ship as originally scheduled. You can review your order at any time in "
                  "[[Your Orders|https://www.amazon.com/gp/css/order-history?ref_=TE_cx_yo]]. If you'd still like this product, you can check for other offers on the "
                  "[[product detail page|https://www.amazon.com/dp/B09VPHVT2Z?ref_=TE_cx_dp]]."],
           items_heading="Canceled Items",
           items=[("Anker 737 Power Bank (PowerCore 24K), 24,000mAh 3-Port Portable Charger with 140W Output", "Voltcraft Direct", 1, "$109.99")],
           totals=[("Canceled item subtotal:", "$109.99")]),
       "alt", "utf-8", "quoted-printable",
       label("notice", "en", "inventory_shortage", True, "amazon.com", "imposed item cancellation, third-party seller out of stock; DKIM/DMARC pass"))

notice("en", "amazon.co.uk", "Amazon.co.uk", "auto-confirm@amazon.co.uk", ("Priya Raman", "priya.raman@outlook.com"),
       'Item cancelled successfully: "Philips Sonicare ProtectiveClean 4300 Electric..."',
       "Sat, 18 Jan 2025 09:13:52 +0000", False, dict(
           title="Cancellation Confirmation", order="204-7719382-5518330", greeting="Hello Priya,",
           paras=["Your cancellation request for the item below from order #204-7719382-5518330 has been processed successfully.",
                  "Cancel Reason: Customer Cancelled",
                  "As the item had not yet been dispatched, you won't be charged for it. If you paid using a gift card or promotional balance, "
                  "the amount will be returned to your Amazon account balance."],
           items_heading="Cancelled Items",
           items=[("Philips Sonicare ProtectiveClean 4300 Electric Toothbrush with Pressure Sensor, Black", "Amazon.co.uk", 1, "£44.99")],
           totals=[("Cancelled item total:", "£44.99")],
           after=["Any other items in this order have not been affected. You can view the updated order in "
                  "[[Your Orders|https://www.amazon.co.uk/gp/css/order-history?ref_=TE_cx_yo]]."]),
       "text", "utf-8", "8bit",
       label("notice", "en", "customer_request", True, "amazon.co.uk", "customer-initiated item cancellation, text only, no auth header"))

notice("en", "amazon.ca", "Amazon.ca", "payments-messages@amazon.ca", ("Marc-Antoine Roy", "marc.roy@videotron.ca"),
       "Your Amazon.ca order #702-3381920-6627140 has been cancelled",
       "Thu, 08 May 2025 14:05:37 +0000", True, dict(
           title="Order Cancelled", order="702-3381920-6627140", greeting="Hello Marc-Antoine,",
           paras=["We're sorry, but we've cancelled your order #702-3381920-6627140 because we weren't able to complete the payment.",
                  "On May 3 we let you know that the Visa card ending in 4417 had been declined by the card issuer and asked you to revise the payment "
                  "method for this order. As we didn't receive a payment revision within the time allowed, the order has been cancelled and the items have been released.",
                  "You have not been charged. If you'd still like these items, please place a new order and choose a valid payment method at checkout."],
           items_heading="Cancelled Items",
           items=[("Instant Pot Duo 7-in-1 Electric Pressure Cooker, 6 Quart", "Amazon.com.ca ULC", 1, "CDN$ 129.99"),
                  ("Instant Pot Official Silicone Sealing Ring, 2-Pack, Red/Blue", "Amazon.com.ca ULC", 1, "CDN$ 19.99")],
           totals=[("Order Total:", "CDN$ 169.48")]),
       "alt", "utf-8", "base64",
       label("notice", "en", "payment_issue", True, "amazon.ca", "payment revision not made in time; DKIM/DMARC pass; base64"))

notice("en", "amazon.com.au", "Amazon.com.au", "order-update@amazon.com.au", ("Hannah Nguyen", "hannah.nguyen@bigpond.com"),
       "Your Amazon.com.au order #250-6619043-2281967 has been cancelled",
       "Mon, 11 Nov 2024 22:31:08 +0000", False, dict(
           title="Order Cancellation", order="250-6619043-2281967", greeting="Hello Hannah,",
           paras=["We're writing about your recent order #250-6619043-2281967.",
                  "Due to a pricing error on our website, the item below was listed at an incorrect price of $14.90 instead of $149.00. "
                  "Because of this error, we have cancelled your order. We apologise for any inconvenience this may cause.",
                  "You have not been charged for this order. Any pending authorisation on your card will be released by your bank, usually within 5 business days. "
                  "The item is available again at its correct price if you would still like to purchase it."],
           items_heading="Cancelled Items",
           items=[("Sennheiser HD 450SE Wireless Noise Cancelling Headphones, Black", "Amazon Commercial Services Pty Ltd", 1, "$14.90")],
           totals=[("Order Total:", "$14.90")]),
       "html", "utf-8", "quoted-printable",
       label("notice", "en", "technical_issue", True, "amazon.com.au", "pricing error, HTML only"))

notice("en", "amazon.in", "Amazon.in", "cs-reply@amazon.in", ("Rahul Mehta", "rahul.mehta87@gmail.com"),
       "Your Amazon.in order #404-9913827-5561902 has been cancelled",
       "Fri, 20 Sep 2024 06:48:11 +0000", True, dict(
           title="Order Cancelled", order="404-9913827-5561902", greeting="Hello Rahul,",
           paras=["During a routine review we noticed unusual activity associated with your Amazon.in account and placed a temporary hold on it. "
                  "As a precaution, we have cancelled order #404-9913827-5561902.",
                  "To remove the hold, sign in to your account at www.amazon.in and follow the on-screen instructions to verify your identity and confirm your "
                  "payment information. We do not ask for this information by email, and you should not reply to this message with any personal details.",
                  "If you paid for this order, the amount will be refunded to the original payment method within 5-7 business days. "
                  "Once the verification is complete, you can place the order again."],
           items_heading="Cancelled Items",
           items=[("Apple iPhone 15 (128 GB) - Black", "Appario Retail Private Ltd", 1, "₹69,900.00")],
           totals=[("Order Total:", "₹69,900.00")]),
       "alt", "utf-8", "quoted-printable",
       label("notice", "en", "fraud_prevention", True, "amazon.in", "account hold after unusual activity, order cancelled as precaution; DKIM/DMARC pass"))

notice("en", "amazon.sg", "Amazon.sg", "order-update@amazon.sg", ("Wei Ling Tan", "weiling.tan@singnet.com.sg"),
       "Your Amazon.sg order #503-2240917-8836015 has been cancelled",
       "Wed, 26 Feb 2025 03:17:45 +0000", False, dict(
           title="Order Cancellation", order="503-2240917-8836015", greeting="Hello Wei Ling,",
           paras=["Your order #503-2240917-8836015 has been cancelled.",
                  "If you were charged for this order, a refund of S$86.40 will be issued to your original payment method. "
                  "Refunds usually appear within 3-5 business days, depending on your bank.",
                  "You can view the details of this order in [[Your Orders|https://www.amazon.sg/gp/css/order-history?ref_=TE_cx_yo]]."],
           items_heading="Cancelled Items",
           items=[("Tiger Balm Red Ointment 30g (Pack of 3)", "Amazon.sg", 2, "S$51.60"),
                  ("Nespresso Vertuo Variety Pack, 30 Capsules", "Amazon.sg", 1, "S$34.80")],
           totals=[("Order Total:", "S$86.40")]),
       "text", "utf-8", "base64",
       label("notice", "en", "unknown", False, "amazon.sg", "cancellation without any stated reason; text only, base64"))

# ---- lookalikes (phishing) -----------------------------------------------
_to = "jordan.ellis@gmail.com"
_d = "Sun, 09 Mar 2025 02:14:51 -0800"
raw(label("lookalike", "en", "fraud_prevention", True, None, "crude; gmail sender; callback phone number; malformed order number"),
    [("Return-Path", "<amazon.support.alerts24@gmail.com>")] + phish_rcv("mail-sor-f41.google.com", "209.85.220.41", _to, _d) +
    [auth_line("gmail.com", "gmail.com", mailfrom="gmail.com")] +
    plain_headers(addr("Amazon Support Team", "amazon.support.alerts24@gmail.com"), _to,
                  "Order Cancelled !! Suspicious Activity Detected on Your Account", _d, msgid_dom="mail.gmail.com"),
    [("plain", """Dear Customer,

We have CANCELLED your recent order due to suspicious activity detected on your Amazon account.

Order Number : #AMZ-88213-US
Item         : Apple iPhone 15 Pro Max (256GB) - Natural Titanium
Amount       : $1,299.00
Payment      : Visa ****4471
Ship to      : 1187 Westbrook Ave, Dallas TX

If you did NOT place this order or want to get your refund, please call our Amazon Fraud Department immediately on our toll free number:

      +1 (844) 555-0199   (24/7 Helpline)

If we do not hear from you within 24 hours the amount will be charged to your card and the order will be reinstated.

Thanks & Regards,
Amazon Customer Care
Amazon.com Inc.
""", "us-ascii", "7bit")])

_to = "anna.kowalczyk@btinternet.com"
_d = "Tue, 15 Apr 2025 11:02:33 +0000"
raw(label("lookalike", "en", "fraud_prevention", True, None, "polished; look-alike domain amazon-orders.help; account suspended + security code; malformed order number"),
    [("Return-Path", "<bounce-7731@amazon-orders.help>")] + phish_rcv("vps-4471.contaboserver.net", "185.220.101.47", _to, _d) +
    [auth_line("amazon-orders.help", "amazon-orders.help", spf="pass", dmarc="none")] +
    plain_headers(addr("Amazon", "account-update@amazon-orders.help"), _to,
                  "Action required: your account has been suspended and order #112-5520918-77340 cancelled", _d,
                  msgid_dom="amazon-orders.help"),
    [("html", """<html><head><meta charset="utf-8"><title>Amazon</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0;border-top:4px solid #ff9900">
<tr><td style="padding:18px 24px;border-bottom:1px solid #ddd"><img src="https://amazon-orders.help/static/amazon_logo.png" alt="amazon" width="110"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#111;line-height:20px">
<h2 style="font-weight:normal;font-size:20px;margin:0 0 12px 0">Your account has been temporarily suspended</h2>
<p>Hello,</p>
<p>We detected an unusual sign-in attempt on your Amazon account from a new device (Chrome on Windows, Moscow, RU).
To protect you, we have <b>suspended your account</b> and <b>cancelled your pending order #112-5520918-77340</b>.</p>
<p>To restore access and reinstate your order, sign in and enter the security code below:</p>
<p style="text-align:center;font-size:28px;letter-spacing:6px;font-weight:bold;margin:20px 0">784&nbsp;219</p>
<p style="text-align:center"><a href="https://amazon-orders.help/ap/signin?openid.return_to=restore&amp;code=784219&amp;uid=7a0c11" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Restore my account</a></p>
<p>This code expires in 30 minutes. If the account is not verified in time, it will be permanently closed and any gift card balance will be forfeited.</p>
<p style="color:#555;font-size:12px">Amazon will never ask for your password by email. Thank you for helping us keep your account safe.</p>
<p>Sincerely,<br>Amazon Account Services</p>
</td></tr>
<tr><td style="padding:14px 24px;background:#fafafa;font-size:11px;color:#777">&copy; 1996-2025, Amazon.com, Inc. or its affiliates. 410 Terry Avenue North, Seattle, WA 98109.</td></tr>
</table></td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "tom.hargreaves@sky.com"
_d = "Wed, 22 Jan 2025 16:45:10 +0000"
raw(label("lookalike", "en", "payment_issue", True, None, "asks to reply with card details; reply-to outlook; look-alike domain; malformed order number"),
    [("Return-Path", "<payments@amazon-uk-billing.co>")] + phish_rcv("mail.amazon-uk-billing.co", "45.141.215.88", _to, _d) +
    plain_headers(addr("Amazon.co.uk Payments", "payments@amazon-uk-billing.co"), _to,
                  "Your Amazon.co.uk order has been cancelled - payment declined", _d,
                  extra_after=[("Reply-To", "amazonuk.billingdept@outlook.com"), ("X-Mailer", "Microsoft Outlook 16.0")],
                  msgid_dom="amazon-uk-billing.co"),
    [("plain", """Dear Valued Customer,

Unfortunately your payment for order 205-88123-11 could not be authorised by your bank and your order has been cancelled.

To reinstate the order and avoid a cancellation fee of £35.00, simply reply to this email with the following details:

  - Full name (as on card)
  - Card number
  - Expiry date
  - CVV (3 digits on the back)
  - Date of birth
  - Billing address and postcode

Once we receive your details our billing team will process the payment manually within 2 hours and your order will be dispatched the same day.

Please do not ignore this message. Orders that are not reinstated within 48 hours are closed and the fee is charged automatically.

Kind regards,
Amazon.co.uk Billing Department
Customer Service Team
""", "utf-8", "quoted-printable")])

_to = "marc.roy@videotron.ca"
_d = "Thu, 29 May 2025 08:20:44 -0400"
_bad = "http://amazon-ca-secure.com.verify-billing.ru/ca/ap/signin.php?session=a91f0c2e&amp;redirect=payment"
raw(label("lookalike", "en", "payment_issue", True, None, "polished; link text shows amazon.ca URL, href to .ru; order 'will be cancelled' unless reader acts"),
    [("Return-Path", "<no-reply@amazon-ca-secure.com>")] + phish_rcv("smtp.amazon-ca-secure.com", "91.92.241.17", _to, _d) +
    [auth_line("amazon-ca-secure.com", "amazon-ca-secure.com", spf="softfail", dkim="none", dmarc="none")] +
    plain_headers(addr("Amazon.ca", "no-reply@amazon-ca-secure.com"), _to,
                  "Action needed: your Amazon.ca order #702-8812934-1102938 will be cancelled", _d,
                  msgid_dom="amazon-ca-secure.com"),
    [("plain", """Amazon.ca

Payment Problem - Order #702-8812934-1102938

Hello,

We were unable to charge your payment method for order #702-8812934-1102938 (Bose QuietComfort Ultra Headphones, CDN$ 449.00).

If you do not update your payment information within 24 hours, your order will be cancelled and your account may be limited.

Update your payment information here:
https://www.amazon.ca/gp/css/account/payment

Thank you for shopping with us.
Amazon.ca
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font:13px/18px Arial,sans-serif;color:#333">
<table id="container" cellpadding="0" style="width:655px;margin:0 auto"><tr><td>
<table width="100%%"><tr><td><img src="https://i.imgur.com/x8Zq1Ab.png" alt="Amazon.ca" width="115"></td>
<td style="text-align:right;border-bottom:1px solid #ccc"><a href="%(b)s" style="color:#006699">Your Orders</a> | <a href="%(b)s" style="color:#006699">Your Account</a> | <a href="%(b)s" style="color:#006699">Amazon.ca</a></td></tr>
<tr><td></td><td style="text-align:right"><h2 style="font-weight:normal;margin:0">Payment Problem</h2>Order #<a href="%(b)s">702-8812934-1102938</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Hello,</span></p>
<p>We were unable to charge your payment method for order #702-8812934-1102938 (Bose QuietComfort Ultra Headphones, CDN$&nbsp;449.00).</p>
<p><b>If you do not update your payment information within 24 hours, your order will be cancelled</b> and your account may be limited.</p>
<p>Update your payment information here:<br><a href="%(b)s" style="color:#006699">https://www.amazon.ca/gp/css/account/payment</a></p>
<p>Thank you for shopping with us.<br><strong>Amazon.ca</strong></p>
<p style="font-size:11px;color:#666">Amazon.com.ca ULC, 40 King Street West, Toronto, Ontario. This email was sent from a notification-only address.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "hannah.nguyen@bigpond.com"
_d = "Fri, 06 Dec 2024 19:33:02 +1100"
raw(label("lookalike", "en", "inventory_shortage", True, None, "Cyrillic homoglyphs in display name and subject; refund-claim link; malformed order number"),
    [("Return-Path", "<mailer@au-shopnotify.com>")] + phish_rcv("mta3.au-shopnotify.com", "103.224.182.250", _to, _d) +
    [auth_line("au-shopnotify.com", "au-shopnotify.com")] +
    plain_headers(addr("\u0410maz\u043en.com.au", "auto-confirm@au-shopnotify.com"), _to,
                  "Your Amaz\u043en.com.au order #407-2281937-44815 has been cancelled", _d,
                  msgid_dom="au-shopnotify.com"),
    [("plain", """Hello,

We're sorry - the item in your order #407-2281937-44815 is out of stock and the seller was unable to fulfil it, so your order has been cancelled.

Cancelled item: Dyson V15 Detect Absolute Cordless Vacuum
Refund amount: AU$249.00

Your refund is waiting. To receive it, please confirm your bank details within 48 hours:
https://au-shopnotify.com/refund/claim?o=407228193744815

Refunds that are not claimed in time are returned to the seller.

Amazon.com.au Customer Service
""", "utf-8", "base64"),
     ("html", """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:auto;border:1px solid #e3e3e3;padding:20px">
<div style="border-bottom:3px solid #ff9900;padding-bottom:8px;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.com.au</span></div>
<h3 style="color:#c45500;font-weight:normal">Order Cancelled</h3>
<p>Hello,</p>
<p>We're sorry &ndash; the item in your order <b>#407-2281937-44815</b> is out of stock and the seller was unable to fulfil it, so your order has been cancelled.</p>
<table style="background:#f3f3f3;width:100%;padding:10px"><tr><td>Cancelled item:</td><td>Dyson V15 Detect Absolute Cordless Vacuum</td></tr>
<tr><td>Refund amount:</td><td><b>AU$249.00</b></td></tr></table>
<p>Your refund is waiting. To receive it, please confirm your bank details within <b>48 hours</b>.</p>
<p style="text-align:center"><a href="https://au-shopnotify.com/refund/claim?o=407228193744815" style="background:#ffa41c;color:#000;padding:10px 24px;text-decoration:none;border-radius:4px">Claim my refund</a></p>
<p style="font-size:12px;color:#666">Refunds that are not claimed in time are returned to the seller.</p>
<p>Amazon.com.au Customer Service</p></div></body></html>
""", "utf-8", "base64")])

_to = "rahul.mehta87@gmail.com"
_d = "Mon, 14 Oct 2024 10:27:39 +0530"
raw(label("lookalike", "en", "customer_request", True, None, "yahoo free-mail sender; claims cancellation at customer's request; remote-access app + OTP + callback number"),
    [("Return-Path", "<amazon.in.refunddesk@yahoo.com>")] + phish_rcv("sonic310-21.consmr.mail.sg3.yahoo.com", "106.10.242.139", _to, _d) +
    [auth_line("yahoo.com", "yahoo.com")] +
    plain_headers(addr("Amazon.in Refunds", "amazon.in.refunddesk@yahoo.com"), _to,
                  "Cancellation Successful - Refund Pending for Order 408-7732190-2219983", _d,
                  msgid_dom="mail.yahoo.com", extra_after=[("X-Mailer", "WebService/1.1.22645 YMailNorrin")]),
    [("plain", """Hi Customer,

As requested by you, your order 408-7732190-2219983 (Samsung Galaxy S24 Ultra 5G, 256GB) has been cancelled.

Refund of Rs. 1,29,999 will be processed after verification. To receive refund directly in your bank account kindly fill the refund form at bit.ly/amzn-refund-in and share the OTP received on your mobile with our refund executive.

If you did not request this cancellation please call our refund helpdesk immediately: +91 70654 21983

Note: Refund will be processed only through AnyDesk verification for your security.

Regards
Amazon.in Refund Team
""", "utf-8", "8bit"),
     ("html", """<div dir="ltr"><p>Hi Customer,</p>
<p>As requested by you, your order <b>408-7732190-2219983</b> (Samsung Galaxy S24 Ultra 5G, 256GB) has been <b>cancelled</b>.</p>
<p>Refund of Rs. 1,29,999 will be processed after verification. To receive refund directly in your bank account kindly fill the refund form at <a href="https://bit.ly/amzn-refund-in">bit.ly/amzn-refund-in</a> and share the OTP received on your mobile with our refund executive.</p>
<p>If you did not request this cancellation please call our refund helpdesk immediately: <b>+91 70654 21983</b></p>
<p>Note: Refund will be processed only through AnyDesk verification for your security.</p>
<p>Regards<br>Amazon.in Refund Team</p></div>
""", "utf-8", "8bit")])

_to = "thabo.nkosi@mweb.co.za"
_d = "Tue, 03 Jun 2025 13:58:21 +0200"
_bad = "https://amazon.co.za.orders-secure.top/refunds/confirm?ref=601339027155281048&amp;t=3d"
raw(label("lookalike", "en", "technical_issue", True, None, "amazon.co.za.orders-secure.top subdomain trick with passing DKIM for the evil domain; claims system error + duplicate charge"),
    [("Return-Path", "<bounce@orders-secure.top>")] + phish_rcv("mail.orders-secure.top", "193.233.20.64", _to, _d) +
    [auth_line("orders-secure.top", "amazon.co.za.orders-secure.top", mailfrom="orders-secure.top")] +
    plain_headers(addr("Amazon.co.za", "order-update@amazon.co.za.orders-secure.top"), _to,
                  "Your Amazon.co.za order #601-3390271-5528104 has been cancelled", _d,
                  msgid_dom="amazon.co.za.orders-secure.top"),
    [("plain", """Amazon.co.za Order Cancellation
Order #601-3390271-5528104

Hello Thabo,

Due to a system error during checkout, your order #601-3390271-5528104 was processed incorrectly and has been cancelled. Our records show that your card was charged R 4,299.00 twice.

To receive a refund for the duplicate charge, please confirm your card details on our secure refund page within 3 days:
https://www.amazon.co.za/refunds

We apologise for the inconvenience.

Amazon.co.za
Amazon will never ask for your password by email.
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="margin:0;font:13px/18px Arial, sans-serif">
<table id="container" cellpadding="0" style="width:655px;color:#333;margin:0 auto"><tr><td style="padding:0 20px 20px 20px">
<table id="header" width="100%%"><tr><td class="logo" style="width:115px;padding:18px 0 0 0"><b style="font-size:22px">amazon</b><span style="color:#999">.co.za</span></td>
<td style="text-align:right;padding:7px 0 5px 0"><h2 style="font-size:20px;font-weight:normal;margin:0">Order Cancellation</h2>Order #<a href="%(b)s" style="color:#006699">601-3390271-5528104</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Hello Thabo,</span></p>
<p>Due to a system error during checkout, your order #601-3390271-5528104 was processed incorrectly and has been cancelled. Our records show that your card was charged <b>R&nbsp;4,299.00 twice</b>.</p>
<p>To receive a refund for the duplicate charge, please confirm your card details on our secure refund page within 3 days:</p>
<p><a href="%(b)s" style="color:#006699">https://www.amazon.co.za/refunds</a></p>
<h3 style="font-size:18px;color:#cc6600;font-weight:normal">Cancelled Items</h3>
<table width="100%%"><tr><td style="color:#666">Samsung 55&quot; Crystal UHD 4K Smart TV (UA55DU7000)<br>Sold by: Amazon.co.za</td><td style="text-align:right">R 4,299.00</td></tr></table>
<p>We apologise for the inconvenience.<br><strong>Amazon.co.za</strong></p>
<p style="font-size:11px;color:#666">Amazon will never ask for your password by email. Amazon Retail South Africa (Pty) Ltd.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "ciara.obrien@eircom.net"
_d = "Sat, 22 Feb 2025 04:11:09 +0000"
raw(label("lookalike", "en", "unknown", False, None, "crude; amaz0n-ie.com; no order number; threatens future cancellation, no reason"),
    [("Return-Path", "<noreply@amaz0n-ie.com>")] + phish_rcv("localhost", "77.83.36.12", _to, _d) +
    plain_headers(addr("Amazon.ie", "noreply@amaz0n-ie.com"), _to, "Your order will be cancelled", _d,
                  msgid_dom="amaz0n-ie.com"),
    [("html", """<html><body>
<p><font face="Arial" size="5" color="#FF9900"><b>amazon</b></font></p>
<p>Dear customer,</p>
<p><font color="red"><b>Your order will be cancelled!!!</b></font></p>
<p>Please confirm you details within 12 hours to avoid cancellation of your order. After this time the order can not be restored.</p>
<p><a href="http://amaz0n-ie.com/confirm/index.php"><b>CONFIRM NOW</b></a></p>
<p>Thank you,<br>Amazon.ie Team</p>
</body></html>
""", "us-ascii", "7bit")])

# ---- non-notices -----------------------------------------------------------
_to = "tom.hargreaves@sky.com"
_d = "Thu, 13 Mar 2025 10:41:27 +0000"
raw(label("non_notice", "en", None, False, None, "independent UK shop (Shopify) cancels its own order; refund to Amazon Pay"),
    [("Return-Path", "<bounces+1187@shops.shopifyemail.com>")] +
    phish_rcv("mail.shopifyemail.com", "23.227.38.65", _to, _d) +
    [auth_line("harlowandfinch.co.uk", "harlowandfinch.co.uk", mailfrom="shops.shopifyemail.com")] +
    plain_headers(addr("Harlow & Finch", "orders@harlowandfinch.co.uk"), _to, "Order #HF10472 has been cancelled", _d,
                  msgid_dom="harlowandfinch.co.uk"),
    [("plain", """Harlow & Finch

Order #HF10472 has been cancelled

Hi Tom,

Your order #HF10472 has been cancelled because our weaver in Yorkshire is no longer able to make the Linen Throw in Sage, and we didn't want to keep you waiting for something we can't send.

A refund of £68.00 has been issued to your Amazon Pay account. Depending on your card provider it may take up to 5 working days to appear on your statement.

Order summary
Linen Throw - Sage x 1    £62.00
Shipping                  £6.00
Total refunded            £68.00

Payment method: Amazon Pay (Visa ending in 2231)

If you have any questions, reply to this email or contact us at hello@harlowandfinch.co.uk.

Harlow & Finch, Unit 4, Calder Mill, Hebden Bridge HX7 8AD
""", "utf-8", "quoted-printable"),
     ("html", """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#333">
<table width="560" align="center"><tr><td>
<h1 style="font-weight:normal;font-size:22px">Harlow &amp; Finch</h1>
<h2 style="font-weight:normal;font-size:20px">Order #HF10472 has been cancelled</h2>
<p>Hi Tom,</p>
<p>Your order #HF10472 has been cancelled because our weaver in Yorkshire is no longer able to make the Linen Throw in Sage, and we didn't want to keep you waiting for something we can't send.</p>
<p>A refund of <b>&pound;68.00</b> has been issued to your <b>Amazon Pay</b> account. Depending on your card provider it may take up to 5 working days to appear on your statement.</p>
<table width="100%" style="border-top:1px solid #e5e5e5;padding-top:10px">
<tr><td>Linen Throw &ndash; Sage &times; 1</td><td align="right">&pound;62.00</td></tr>
<tr><td>Shipping</td><td align="right">&pound;6.00</td></tr>
<tr><td><b>Total refunded</b></td><td align="right"><b>&pound;68.00</b></td></tr></table>
<p style="color:#777">Payment method: Amazon Pay (Visa ending in 2231)</p>
<p>If you have any questions, reply to this email or contact us at <a href="mailto:hello@harlowandfinch.co.uk">hello@harlowandfinch.co.uk</a>.</p>
<p style="font-size:12px;color:#999">Harlow &amp; Finch, Unit 4, Calder Mill, Hebden Bridge HX7 8AD</p>
</td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "Anna Kowalczyk <anna.kowalczyk@brightline-consulting.com>"
_d = "Wed, 07 May 2025 09:12:48 +0100"
raw(label("non_notice", "en", None, False, None, "colleague says he cancelled his Amazon order himself"),
    [("Received", "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2101.outbound.protection.outlook.com [40.107.22.101])\r\n\tby mx.brightline-consulting.com; %s" % _d)] +
    plain_headers(addr("Sam Whitaker", "sam.whitaker@brightline-consulting.com"), _to,
                  "RE: monitors for the new starters", _d, msgid_dom="AM6PR08MB4423.eurprd08.prod.outlook.com",
                  extra_after=[("In-Reply-To", "<AM6PR08MB44231C0D2F1@AM6PR08MB4423.eurprd08.prod.outlook.com>"),
                               ("Content-Language", "en-GB")]),
    [("plain", """Hi Anna,

Quick update - I cancelled my Amazon order for the two Dell monitors this morning. IT would rather we go through the Dell business portal so they're covered by the support contract. Amazon refunded it straight away, so there's no expense claim to sort out.

Could you raise the PO with Dell instead? Same model (U2724D), delivery to the Leeds office please.

Cheers,
Sam

-----Original Message-----
From: Anna Kowalczyk <anna.kowalczyk@brightline-consulting.com>
Sent: Tuesday, May 6, 2025 4:55 PM
To: Sam Whitaker <sam.whitaker@brightline-consulting.com>
Subject: monitors for the new starters

Hi Sam, did the monitors for Priya and Luke get ordered? They start on the 19th.

Thanks, Anna
""", "us-ascii", "7bit")])

_to = "jordan.ellis@gmail.com"
_d = "Fri, 14 Feb 2025 07:00:03 -0500"
raw(label("non_notice", "en", None, False, None, "consumer newsletter about phishing, quotes fake cancellation subject lines"),
    [("Return-Path", "<bounce-mc.us21_8812.3309@mail214.suw11.mcsv.net>")] +
    phish_rcv("mail214.suw11.mcsv.net", "198.2.180.214", _to, _d) +
    plain_headers(addr("The Safe Shopper", "newsletter@safeshopper-weekly.com"), _to,
                  "Scam alert: fake \"Your Amazon order has been canceled\" emails are back", _d,
                  msgid_dom="mail214.suw11.mcsv.net",
                  extra_after=[("List-Unsubscribe", "<https://safeshopper-weekly.us21.list-manage.com/unsubscribe?u=8812&id=3309>"),
                               ("List-Id", "The Safe Shopper <8812.list-id.mcsv.net>"), ("Precedence", "bulk")]),
    [("plain", """THE SAFE SHOPPER - Issue #147

Scam alert: fake "Your Amazon order has been canceled" emails are back

Over the past two weeks, several readers forwarded us emails with subject lines like:

  "Your Amazon.com order #112-4470291-66301 has been canceled"
  "Order Cancelled !! Suspicious Activity Detected"

The messages claim that an expensive order (usually an iPhone or a gaming laptop) was cancelled because of "suspicious activity" and urge you to call a toll-free number. The people on the other end will try to get remote access to your computer or ask for gift card codes.

How to tell the difference:
1. Real Amazon order numbers have the form 3-7-7 digits. The fake ones above have a five-digit last block.
2. Check the order in your account by typing amazon.com into your browser yourself.
3. Amazon will not ask you to call a phone number listed in an email.

If you received one of these, forward it to stop-spoofing@amazon.com and delete it.

Also in this issue: why "buy now, pay later" fees are going up, and our favourite price trackers.

You are receiving this because you subscribed at safeshopper-weekly.com.
Unsubscribe: https://safeshopper-weekly.us21.list-manage.com/unsubscribe?u=8812&id=3309
""", "utf-8", "quoted-printable"),
     ("html", """<html><body style="font-family:Georgia,serif;color:#222;max-width:620px;margin:auto">
<p style="font-family:Arial;font-size:11px;color:#888">THE SAFE SHOPPER &middot; Issue #147</p>
<h1 style="font-size:26px">Scam alert: fake &ldquo;Your Amazon order has been canceled&rdquo; emails are back</h1>
<p>Over the past two weeks, several readers forwarded us emails with subject lines like:</p>
<blockquote style="border-left:3px solid #c00;padding-left:12px;color:#555">&ldquo;Your Amazon.com order #112-4470291-66301 has been canceled&rdquo;<br>&ldquo;Order Cancelled !! Suspicious Activity Detected&rdquo;</blockquote>
<p>The messages claim that an expensive order (usually an iPhone or a gaming laptop) was cancelled because of &ldquo;suspicious activity&rdquo; and urge you to call a toll-free number. The people on the other end will try to get remote access to your computer or ask for gift card codes.</p>
<h2 style="font-size:18px">How to tell the difference</h2>
<ol><li>Real Amazon order numbers have the form 3-7-7 digits. The fake ones above have a five-digit last block.</li>
<li>Check the order in your account by typing amazon.com into your browser yourself.</li>
<li>Amazon will not ask you to call a phone number listed in an email.</li></ol>
<p>If you received one of these, forward it to stop-spoofing@amazon.com and delete it.</p>
<p><i>Also in this issue: why &ldquo;buy now, pay later&rdquo; fees are going up, and our favourite price trackers.</i></p>
<p style="font-family:Arial;font-size:11px;color:#888">You are receiving this because you subscribed at safeshopper-weekly.com. <a href="https://safeshopper-weekly.us21.list-manage.com/unsubscribe?u=8812&amp;id=3309">Unsubscribe</a></p>
</body></html>
""", "utf-8", "quoted-printable")])

_n = dict(lang="en", dom="amazon.co.uk", brand="Amazon.co.uk", title="Delivery slot cancelled", order="206-3318472-9910246",
          greeting="Hello Priya,",
          paras=["Your Amazon Fresh delivery slot on Saturday 14 June, 10:00 - 12:00 has been cancelled because our driver is unable to reach your area "
                 "during that window due to a road closure.",
                 "Your order #206-3318472-9910246 is still active and nothing has been removed from it. Please choose a new delivery slot by 20:00 tomorrow in "
                 "[[Your Orders|https://www.amazon.co.uk/gp/css/order-history?ref_=TE_fresh_slot]]. If you don't choose a slot, we'll book the next available one for you "
                 "and let you know by email.",
                 "You won't be charged a delivery fee for the rebooked slot."],
          items_heading="Items in your order",
          items=[("Amazon Fresh Semi Skimmed Milk 2.272L", "Amazon Fresh", 2, "£3.30"),
                 ("Hovis Soft White Medium Bread 800g", "Amazon Fresh", 1, "£1.45"),
                 ("Tenderstem Broccoli 200g", "Amazon Fresh", 1, "£1.85")],
          totals=[("Order Total:", "£41.27")])
ENTRIES.append((label("non_notice", "en", None, False, "amazon.co.uk", "Amazon Fresh delivery slot cancelled, order stays active"),
                amazon_headers("amazon.co.uk", "Amazon.co.uk", "fresh-no-reply@amazon.co.uk", ("Priya Raman", "priya.raman@outlook.com"),
                               "Your Amazon Fresh delivery slot has been cancelled - please choose a new slot",
                               "Fri, 13 Jun 2025 15:22:10 +0000", True),
                [("plain", genuine_text(_n), "utf-8", "quoted-printable"), ("html", genuine_html(_n), "utf-8", "quoted-printable")]))

_to = "ciara.obrien@eircom.net"
_d = "Mon, 02 Dec 2024 12:06:55 +0000"
raw(label("non_notice", "en", None, False, None, "Audible membership cancelled"),
    [("Return-Path", "<0102019385ab12cd-bounce@bounces.audible.co.uk>")] +
    phish_rcv("a4-22.smtp-out.eu-west-1.amazonses.com", "54.240.4.22", _to, _d) +
    [auth_line("audible.co.uk", "audible.co.uk", mailfrom="bounces.audible.co.uk")] +
    plain_headers(addr("Audible", "donotreply@audible.co.uk"), _to, "Your Audible membership has been cancelled", _d,
                  msgid_dom="eu-west-1.amazonses.com"),
    [("html", """<html><body style="font-family:Arial,sans-serif;color:#111;background:#fff">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:20px 0;border-bottom:2px solid #f7991c"><b style="font-size:24px">audible</b> <span style="font-size:11px;color:#666">an Amazon company</span></td></tr>
<tr><td style="padding:20px 0;font-size:15px;line-height:22px">
<p>Hi Ciara,</p>
<p>We're sorry to see you go. As requested, your <b>Audible Premium Plus</b> membership has been cancelled. You won't be charged again.</p>
<p>Your membership benefits remain active until <b>31 December 2024</b>. Please use your 2 remaining credits before then - unused credits expire when your membership ends.</p>
<p>The titles you've purchased are yours to keep and stay in your Library, and you can keep listening in the Audible app.</p>
<p>Changed your mind? You can <a href="https://www.audible.co.uk/account/overview">restart your membership</a> at any time.</p>
<p>Happy listening,<br>The Audible Team</p></td></tr>
<tr><td style="font-size:11px;color:#777;border-top:1px solid #ddd;padding-top:10px">Audible Ltd, 1 Principal Place, Worship Street, London EC2A 2FA. Audible and Amazon will never ask for your password by email.</td></tr></table>
</body></html>
""", "utf-8", "base64")])

_n = dict(lang="en", dom="amazon.com", brand="Amazon.com", title="Payment Declined", order="114-3308192-7746621",
          greeting="Hello Jordan,",
          paras=["We tried to charge your Mastercard ending in 8830 for order #114-3308192-7746621, but the card issuer declined the charge.",
                 "To keep your order, please update your payment method by June 20, 2025. Go to [[Your Orders|https://www.amazon.com/gp/css/order-history?ref_=pe_pay_rev]], "
                 "select this order and click \"Revise payment\". If we can't complete payment by then, your order will be cancelled.",
                 "Your items are reserved for you until that date. If you have already updated your payment information, you don't need to do anything."],
          items_heading="Items in this order",
          items=[("LEGO Icons Botanical Collection Orchid 10311 Building Set", "Amazon.com", 1, "$49.99"),
                 ("Fellow Stagg EKG Electric Pour-Over Kettle, Matte Black", "Amazon.com", 1, "$165.00")],
          totals=[("Order Total:", "$229.03")])
ENTRIES.append((label("non_notice", "en", None, False, "amazon.com", "genuine payment-declined reminder before any cancellation ('will be cancelled' if not revised)"),
                amazon_headers("amazon.com", "Amazon.com", "payments-messages@amazon.com", ("Jordan Ellis", "jordan.ellis@gmail.com"),
                               "Payment declined: Your Amazon.com order #114-3308192-7746621",
                               "Mon, 16 Jun 2025 18:04:33 +0000", False),
                [("plain", genuine_text(_n), "utf-8", "quoted-printable"), ("html", genuine_html(_n), "utf-8", "base64")]))


# ==========================================================================
# GERMAN (amazon.de)
# ==========================================================================
# ---- notices -------------------------------------------------------------
notice("de", "amazon.de", "Amazon.de", "order-update@amazon.de", ("Markus Weber", "m.weber@web.de"),
       "Stornierung eines Artikels aus Ihrer Amazon.de-Bestellung 302-5517742-8830129",
       "Mon, 16 Jun 2025 07:31:04 +0000", True, dict(
           title="Artikel storniert", order="302-5517742-8830129", greeting="Guten Tag Markus Weber,",
           paras=["leider müssen wir Ihnen mitteilen, dass wir den unten aufgeführten vorbestellten Artikel aus Ihrer Bestellung 302-5517742-8830129 nicht liefern können. "
                  "Unser Lieferant hat uns informiert, dass er die bestellte Menge nicht bereitstellen kann und der Artikel auf absehbare Zeit nicht verfügbar sein wird. "
                  "Wir haben den Artikel daher storniert.",
                  "Dieser Artikel wird Ihnen nicht berechnet. Falls eine Vorautorisierung auf Ihrer Kreditkartenabrechnung angezeigt wird, wird diese in den nächsten Tagen automatisch aufgehoben.",
                  "Wir bedauern, dass wir Ihre Bestellung nicht wie erwartet ausführen konnten. Alle übrigen Artikel Ihrer Bestellung sind davon nicht betroffen. "
                  "Den aktuellen Stand finden Sie unter [[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=TE_cx_yo]]."],
           items_heading="Stornierte Artikel",
           items=[("Nintendo Switch 2 – Mario Kart World Bundle", "Amazon EU S.à r.l.", 1, "509,99 €")],
           totals=[("Summe stornierter Artikel:", "509,99 €")]),
       "alt", "utf-8", "quoted-printable",
       label("notice", "de", "inventory_shortage", True, "amazon.de", "pre-order cannot be filled, supplier short; DKIM/DMARC pass"))

notice("de", "amazon.de", "Amazon.de", "payments-messages@amazon.de", ("Sabine Krüger", "sabine.krueger@t-online.de"),
       "Ihre Amazon.de-Bestellung 028-7741093-5526317 wurde storniert",
       "Tue, 18 Mar 2025 12:09:51 +0000", False, dict(
           title="Bestellung storniert", order="028-7741093-5526317", greeting="Guten Tag Sabine Krüger,",
           paras=["wir konnten die Zahlung für Ihre Bestellung 028-7741093-5526317 leider nicht abschließen.",
                  "Die Lastschrift von Ihrem Konto (IBAN endet auf 4410) wurde von Ihrer Bank zurückgewiesen. Wir hatten Sie am 12. März per E-Mail gebeten, "
                  "Ihre Zahlungsinformationen zu aktualisieren. Da wir innerhalb der vorgegebenen Frist keine Aktualisierung erhalten haben, wurde die Bestellung storniert.",
                  "Es wurde kein Betrag von Ihrem Konto abgebucht. Wenn Sie die Artikel weiterhin kaufen möchten, geben Sie bitte eine neue Bestellung mit einer gültigen Zahlungsart auf."],
           items_heading="Stornierte Artikel",
           items=[("Bosch Professional Akku-Bohrschrauber GSR 18V-55 (ohne Akku, im Karton)", "Amazon EU S.à r.l.", 1, "EUR 119,00"),
                  ("Bosch Professional 18V System Akku GBA 18V 4.0Ah", "Amazon EU S.à r.l.", 1, "EUR 64,90")],
           totals=[("Gesamtbetrag:", "EUR 183,90")]),
       "text", "iso-8859-1", "quoted-printable",
       label("notice", "de", "payment_issue", True, "amazon.de", "direct debit returned, payment revision not made in time; text only iso-8859-1"),
       subj_cs="iso-8859-1")

notice("de", "amazon.de", "Amazon.de", "order-update@amazon.de", ("Jonas Becker", "jonas.becker@gmx.de"),
       "Ihre Amazon.de-Bestellung 303-1189274-6650731 wurde storniert",
       "Fri, 29 Nov 2024 10:44:17 +0000", True, dict(
           title="Bestellung storniert", order="303-1189274-6650731", greeting="Guten Tag Jonas Becker,",
           paras=["aufgrund eines technischen Fehlers wurde der unten aufgeführte Artikel auf unserer Website mit einem falschen Preis angezeigt (19,99 € statt 199,99 €). "
                  "Wir haben Ihre Bestellung 303-1189274-6650731 daher storniert.",
                  "Wir entschuldigen uns für die Unannehmlichkeiten. Ihnen wurde nichts berechnet; eine eventuell angezeigte Vorautorisierung wird von Ihrer Bank innerhalb weniger Werktage freigegeben.",
                  "Der Artikel ist wieder zum korrekten Preis erhältlich, falls Sie ihn weiterhin kaufen möchten."],
           items_heading="Stornierte Artikel",
           items=[("De'Longhi Dedica Style EC 685.M Espresso-Siebträgermaschine, Edelstahl", "Amazon EU S.à r.l.", 1, "19,99 €")],
           totals=[("Gesamtbetrag:", "19,99 €")]),
       "html", "utf-8", "base64",
       label("notice", "de", "technical_issue", True, "amazon.de", "pricing error on Black Friday, HTML only base64; DKIM/DMARC pass"))

notice("de", "amazon.de", "Amazon.de", "cs-reply@amazon.de", ("Elif Yılmaz", "elif.yilmaz@gmail.com"),
       "Ihre Amazon.de-Bestellung 305-6672918-1034452 wurde storniert",
       "Wed, 12 Feb 2025 21:15:29 +0000", False, dict(
           title="Bestellung storniert", order="305-6672918-1034452", greeting="Guten Tag Elif Yılmaz,",
           paras=["bei einer routinemäßigen Überprüfung haben wir ungewöhnliche Aktivitäten in Ihrem Amazon.de-Kundenkonto festgestellt. "
                  "Zu Ihrem Schutz haben wir Ihr Konto vorübergehend gesperrt und die Bestellung 305-6672918-1034452 vorsorglich storniert.",
                  "Um die Sperre aufzuheben, melden Sie sich bitte direkt über www.amazon.de in Ihrem Kundenkonto an und folgen Sie den Anweisungen auf dem Bildschirm, "
                  "um Ihre Identität zu bestätigen. Bitte antworten Sie nicht auf diese E-Mail und senden Sie uns keine persönlichen Daten per E-Mail.",
                  "Falls Ihnen bereits ein Betrag belastet wurde, erstatten wir diesen innerhalb von 3 bis 5 Werktagen auf das ursprüngliche Zahlungsmittel."],
           items_heading="Stornierte Artikel",
           items=[("Apple AirPods Pro 2 mit MagSafe Ladecase (USB-C)", "Amazon EU S.à r.l.", 2, "498,00 €")],
           totals=[("Gesamtbetrag:", "498,00 €")]),
       "alt", "utf-8", "8bit",
       label("notice", "de", "fraud_prevention", True, "amazon.de", "account locked after unusual activity, order cancelled as precaution; 8bit"))

notice("de", "amazon.de", "Amazon.de", "auto-confirm@amazon.de", ("Thomas Schäfer", "thomas.schaefer@posteo.de"),
       "Erfolgreiche Stornierung von \"Kärcher Fenstersauger WV 6 Plus...\" aus Ihrer Amazon.de-Bestellung 306-4408127-9917354",
       "Sun, 06 Apr 2025 16:52:40 +0000", True, dict(
           title="Stornierungsbestätigung", order="306-4408127-9917354", greeting="Guten Tag Thomas Schäfer,",
           paras=["wir haben Ihre Stornierungsanfrage erhalten und den folgenden Artikel aus Ihrer Bestellung 306-4408127-9917354 storniert.",
                  "Stornierungsgrund: Vom Kunden storniert",
                  "Der Artikel wurde noch nicht versandt, daher wird er Ihnen nicht berechnet. Wenn Sie mit einem Geschenkgutschein bezahlt haben, "
                  "wird der Betrag Ihrem Gutscheinkonto wieder gutgeschrieben."],
           items_heading="Stornierte Artikel",
           items=[("Kärcher Fenstersauger WV 6 Plus, Akkulaufzeit 100 min, inkl. Sprühflasche", "Amazon EU S.à r.l.", 1, "79,99 €")],
           totals=[("Summe stornierter Artikel:", "79,99 €")]),
       "alt", "utf-8", "quoted-printable",
       label("notice", "de", "customer_request", True, "amazon.de", "customer cancellation confirmation; DKIM/DMARC pass"))

notice("de", "amazon.de", "Amazon.de", "order-update@amazon.de", ("Lena Hoffmann", "lena.hoffmann@freenet.de"),
       "Ihre Amazon.de-Bestellung 304-9920184-3357106 wurde storniert",
       "Thu, 23 Jan 2025 08:27:13 +0000", False, dict(
           title="Bestellung storniert", order="304-9920184-3357106", greeting="Guten Tag Lena Hoffmann,",
           paras=["wir konnten Ihre Bestellung 304-9920184-3357106 leider nicht an die angegebene Lieferadresse senden. Die Adresse „Packstation 114, 04109 Leipzig“ "
                  "konnte von unserem Versanddienstleister nicht bestätigt werden, da die Postnummer fehlt. Wir haben die Bestellung deshalb storniert.",
                  "Ihnen wurde nichts berechnet. Bitte überprüfen Sie Ihre gespeicherten Adressen unter [[Mein Konto|https://www.amazon.de/a/addresses?ref_=TE_cx_addr]] "
                  "und geben Sie die Bestellung bei Bedarf erneut auf."],
           items_heading="Stornierte Artikel",
           items=[("Rituals The Ritual of Sakura Geschenkset, 4-teilig", "Amazon EU S.à r.l.", 1, "34,90 €")],
           totals=[("Gesamtbetrag:", "34,90 €")]),
       "text", "windows-1252", "8bit",
       label("notice", "de", "unknown", True, "amazon.de", "undeliverable address (Packstation without Postnummer); reason stated but fits none of the four; windows-1252 8bit"),
       subj_cs="iso-8859-1")

# ---- lookalikes ----------------------------------------------------------
_to = "m.weber@web.de"
_d = "Sat, 19 Apr 2025 03:48:12 +0200"
raw(label("lookalike", "de", "fraud_prevention", True, None, "crude; gmail sender; callback hotline; malformed order number"),
    [("Return-Path", "<kundenservice.amazonde@gmail.com>")] + phish_rcv("mail-wm1-f54.google.com", "209.85.128.54", _to, _d) +
    [auth_line("gmail.com", "gmail.com", mailfrom="gmail.com")] +
    plain_headers(addr("Amazon Kundenservice", "kundenservice.amazonde@gmail.com"), _to,
                  "WICHTIG: Ihre Bestellung wurde storniert – verdächtige Aktivität", _d, msgid_dom="mail.gmail.com"),
    [("plain", """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Bestellung wurde aufgrund verdächtiger Aktivitäten in Ihrem Konto STORNIERT.

Bestellnummer : DE-4471-AMZ
Artikel       : Apple iPhone 16 Pro Max 512GB Wüstentitan
Betrag        : 1.449,00 €
Zahlungsart   : Kreditkarte ****8812

Wenn Sie diese Bestellung nicht aufgegeben haben, rufen Sie bitte SOFORT unsere kostenlose Hotline an:

      +49 30 555 019 77  (Mo-So, 24 Std.)

Wenn wir innerhalb von 24 Stunden nichts von Ihnen hören, wird der Betrag Ihrem Konto belastet.

Mit freundlichen Grüßen
Ihr Amazon Sicherheitsteam
Amazon.de
""", "utf-8", "8bit")])

_to = "sabine.krueger@t-online.de"
_d = "Tue, 10 Jun 2025 14:22:06 +0000"
raw(label("lookalike", "de", "fraud_prevention", True, None, "polished; look-alike domain amazon-de-konto.com; account locked + unlock code; malformed order number"),
    [("Return-Path", "<bounce@amazon-de-konto.com>")] + phish_rcv("srv1.amazon-de-konto.com", "194.26.192.77", _to, _d) +
    [auth_line("amazon-de-konto.com", "amazon-de-konto.com")] +
    plain_headers(addr("Amazon.de", "sicherheit@amazon-de-konto.com"), _to,
                  "Ihr Amazon-Konto wurde gesperrt – Bestellung 302-6619203-4410 storniert", _d,
                  msgid_dom="amazon-de-konto.com"),
    [("html", """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0">
<tr><td style="background:#232f3e;padding:14px 24px"><span style="color:#fff;font-size:24px;font-weight:bold">amazon</span><span style="color:#ff9900;font-size:14px">.de</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#0f1111">
<h2 style="font-weight:normal;margin-top:0">Ihr Konto wurde vorübergehend gesperrt</h2>
<p>Guten Tag,</p>
<p>wir haben einen ungewöhnlichen Anmeldeversuch in Ihrem Amazon-Konto festgestellt (Gerät: iPhone, Standort: Kiew, Ukraine). Zu Ihrer Sicherheit haben wir <b>Ihr Konto gesperrt</b> und Ihre offene <b>Bestellung 302-6619203-4410 storniert</b>.</p>
<p>Um Ihr Konto wieder freizuschalten und die Bestellung wiederherzustellen, melden Sie sich an und geben Sie den folgenden Freischaltcode ein:</p>
<p style="text-align:center;font-size:26px;font-weight:bold;letter-spacing:4px">5193-2284</p>
<p style="text-align:center"><a href="https://amazon-de-konto.com/ap/signin?ref=unlock&amp;code=51932284" style="display:inline-block;background:#ffd814;border-radius:20px;padding:10px 30px;color:#0f1111;text-decoration:none">Konto freischalten</a></p>
<p>Der Code ist 60 Minuten gültig. Wird das Konto nicht rechtzeitig bestätigt, wird es endgültig geschlossen.</p>
<p style="font-size:12px;color:#565959">Amazon wird Sie niemals nach Ihrem Passwort fragen. Vielen Dank, dass Sie uns helfen, Ihr Konto zu schützen.</p>
<p>Ihr Amazon.de Sicherheitsteam</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f7f7f7">Amazon Europe Core S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg</td></tr>
</table></td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "jonas.becker@gmx.de"
_d = "Mon, 27 Jan 2025 09:03:44 +0100"
raw(label("lookalike", "de", "payment_issue", True, None, "asks to reply with card data; reply-to outlook.de; look-alike domain; iso-8859-15; malformed order number"),
    [("Return-Path", "<zahlungen@amazon-zahlung.de>")] + phish_rcv("mx01.amazon-zahlung.de", "80.66.88.204", _to, _d) +
    plain_headers(addr("Amazon Zahlungen", "zahlungen@amazon-zahlung.de"), _to,
                  "Zahlung fehlgeschlagen: Ihre Bestellung wurde storniert", _d,
                  extra_after=[("Reply-To", "amazon.rechnungsabteilung@outlook.de")], subj_cs="iso-8859-15",
                  msgid_dom="amazon-zahlung.de"),
    [("plain", """Sehr geehrter Kunde,

leider konnte Ihre Zahlung für die Bestellung Nr. 028-44719-2209 nicht autorisiert werden und Ihre Bestellung wurde storniert.

Um die Bestellung wiederherzustellen und eine Stornogebühr von 29,95 € zu vermeiden, antworten Sie bitte einfach auf diese E-Mail mit folgende Angaben:

  - Vollständiger Name (wie auf der Karte)
  - Kartennummer
  - Ablaufdatum
  - Prüfnummer (CVC, 3 Ziffern auf der Rückseite)
  - Geburtsdatum
  - Rechnungsadresse

Nach Erhalt Ihrer Daten wird unsere Buchhaltung die Zahlung manuell innerhalb 2 Stunden durchführen und Ihre Bestellung noch heute versendet.

Bitte ignorieren Sie diese Nachricht nicht. Nicht wiederhergestellte Bestellungen werden nach 48 Stunden geschlossen und die Gebühr automatisch belastet.

Mit freundlichen Grüßen
Amazon.de Buchhaltung
Kundenservice
""", "iso-8859-15", "quoted-printable")])

_to = "elif.yilmaz@gmail.com"
_d = "Thu, 08 May 2025 18:37:55 +0200"
_bad = "https://amazon-de.kundencenter-info.com/de/ap/signin?session=6c1e0fa2&amp;return=zahlungsmethode"
raw(label("lookalike", "de", "payment_issue", True, None, "polished; link text shows amazon.de URL, href elsewhere; order 'wird storniert' unless reader acts"),
    [("Return-Path", "<service@amazon-de.kundencenter-info.com>")] + phish_rcv("mail.kundencenter-info.com", "176.111.174.26", _to, _d) +
    [auth_line("kundencenter-info.com", "amazon-de.kundencenter-info.com", spf="neutral", dkim="none", dmarc="none")] +
    plain_headers(addr("Amazon.de", "service@amazon-de.kundencenter-info.com"), _to,
                  "Ihre Bestellung 305-8812736-2290147 wird storniert – Zahlungsmethode bestätigen", _d,
                  msgid_dom="kundencenter-info.com"),
    [("plain", """Amazon.de

Zahlungsproblem - Bestellung 305-8812736-2290147

Guten Tag,

die Zahlung für Ihre Bestellung 305-8812736-2290147 (Dyson V15 Detect Absolute, 649,00 €) konnte nicht verifiziert werden.

Wenn Sie Ihre Zahlungsmethode nicht innerhalb von 24 Stunden bestätigen, wird Ihre Bestellung storniert und Ihr Kundenkonto eingeschränkt.

Zahlungsmethode jetzt bestätigen:
https://www.amazon.de/gp/css/account/payment

Vielen Dank für Ihren Einkauf bei Amazon.de.
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font:13px/18px Arial,sans-serif;color:#333">
<table id="container" style="width:655px;margin:0 auto"><tr><td>
<table width="100%%"><tr><td><b style="font-size:22px">amazon</b>.de</td>
<td style="text-align:right;border-bottom:1px solid #ccc"><a href="%(b)s" style="color:#006699">Meine Bestellungen</a> | <a href="%(b)s" style="color:#006699">Mein Konto</a> | <a href="%(b)s" style="color:#006699">Amazon.de</a></td></tr>
<tr><td></td><td style="text-align:right"><h2 style="font-weight:normal;margin:0">Zahlungsproblem</h2>Bestellung #<a href="%(b)s">305-8812736-2290147</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Guten Tag,</span></p>
<p>die Zahlung für Ihre Bestellung 305-8812736-2290147 (Dyson V15 Detect Absolute, 649,00&nbsp;&euro;) konnte nicht verifiziert werden.</p>
<p><b>Wenn Sie Ihre Zahlungsmethode nicht innerhalb von 24 Stunden bestätigen, wird Ihre Bestellung storniert</b> und Ihr Kundenkonto eingeschränkt.</p>
<p>Zahlungsmethode jetzt bestätigen:<br><a href="%(b)s" style="color:#006699">https://www.amazon.de/gp/css/account/payment</a></p>
<p>Vielen Dank für Ihren Einkauf bei Amazon.de.</p>
<p style="font-size:11px;color:#666">Bitte beachten Sie: Diese E-Mail wurde von einer Adresse verschickt, die keine eingehenden E-Mails empfangen kann.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "thomas.schaefer@posteo.de"
_d = "Wed, 04 Dec 2024 11:19:32 +0100"
raw(label("lookalike", "de", "inventory_shortage", True, None, "Greek homoglyphs (Alpha, omicron) in display name and subject; refund link asks for bank details; malformed order number"),
    [("Return-Path", "<versand@mail-service-amzn.info>")] + phish_rcv("out.mail-service-amzn.info", "185.234.216.91", _to, _d) +
    [auth_line("mail-service-amzn.info", "mail-service-amzn.info")] +
    plain_headers(addr("\u0391maz\u03bfn.de", "versand@mail-service-amzn.info"), _to,
                  "\u0391maz\u03bfn.de: Artikel nicht lieferbar – Ihre Bestellung wurde storniert", _d,
                  msgid_dom="mail-service-amzn.info"),
    [("plain", """Guten Tag,

leider ist der Artikel aus Ihrer Bestellung #303-77192-88310 nicht mehr vorrätig. Der Verkäufer kann die Bestellung nicht ausführen, daher wurde sie storniert.

Stornierter Artikel: Samsung Galaxy Watch7 44mm LTE
Erstattungsbetrag: 389,00 €

Um die Rückerstattung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung innerhalb von 48 Stunden:
https://mail-service-amzn.info/erstattung/?id=3037719288310

Nicht abgerufene Erstattungen verfallen.

Ihr Amazon.de Kundenservice
""", "utf-8", "base64"),
     ("html", """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:20px">
<div style="font-size:22px;font-weight:bold;border-bottom:3px solid #ff9900;padding-bottom:6px">amazon<span style="color:#ff9900">.de</span></div>
<h3 style="color:#c45500;font-weight:normal">Bestellung storniert</h3>
<p>Guten Tag,</p>
<p>leider ist der Artikel aus Ihrer Bestellung <b>#303-77192-88310</b> nicht mehr vorrätig. Der Verkäufer kann die Bestellung nicht ausführen, daher wurde sie storniert.</p>
<table style="background:#f3f3f3;width:100%;padding:10px"><tr><td>Stornierter Artikel:</td><td>Samsung Galaxy Watch7 44mm LTE</td></tr>
<tr><td>Erstattungsbetrag:</td><td><b>389,00 €</b></td></tr></table>
<p>Um die Rückerstattung zu erhalten, bestätigen Sie bitte Ihre Bankverbindung innerhalb von <b>48 Stunden</b>.</p>
<p style="text-align:center"><a href="https://mail-service-amzn.info/erstattung/?id=3037719288310" style="background:#ffa41c;color:#000;padding:10px 24px;text-decoration:none;border-radius:4px">Erstattung anfordern</a></p>
<p style="font-size:12px;color:#666">Nicht abgerufene Erstattungen verfallen.</p>
<p>Ihr Amazon.de Kundenservice</p></div></body></html>
""", "utf-8", "base64")])

_to = "lena.hoffmann@freenet.de"
_d = "Fri, 21 Mar 2025 20:44:18 +0100"
raw(label("lookalike", "de", "customer_request", True, None, "GMX free-mail sender; claims cancellation at customer's request, 'undo' link to foreign host; iso-8859-1"),
    [("Return-Path", "<amazon.de-service@gmx.de>")] + phish_rcv("mout.gmx.net", "212.227.17.21", _to, _d) +
    [auth_line("gmx.de", "gmx.de")] +
    plain_headers(addr("Amazon.de Service", "amazon.de-service@gmx.de"), _to,
                  "Stornierung bestätigt: Bestellung 306-1182736-4457201", _d, msgid_dom="gmx.de",
                  extra_after=[("X-Mailer", "GMX Freemail")]),
    [("plain", """Guten Tag,

Ihre Stornierungsanfrage wurde bearbeitet. Die Bestellung 306-1182736-4457201 (Samsung Galaxy S25 Ultra 512 GB, 1.299,00 EUR) wurde auf Ihren Wunsch storniert.

Falls Sie diese Stornierung NICHT veranlasst haben, klicken Sie bitte hier, um sie rückgängig zu machen:
http://amzn-storno-widerruf.de.tl/rueckgaengig

Andernfalls wird eine Stornogebühr von 49,00 EUR von Ihrem Konto abgebucht.

Mit freundlichen Grüßen
Amazon.de Kundenservice
""", "iso-8859-1", "quoted-printable")])

_to = "m.weber@web.de"
_d = "Thu, 17 Oct 2024 07:55:40 +0200"
_bad = "https://amazon.de.kundenkonto-pruefung.top/rueckerstattung/?ref=304228173499103"
raw(label("lookalike", "de", "technical_issue", True, None, "amazon.de.kundenkonto-pruefung.top subdomain trick, DKIM pass for evil domain; claims system error + double charge"),
    [("Return-Path", "<bounce@kundenkonto-pruefung.top>")] + phish_rcv("mail.kundenkonto-pruefung.top", "45.88.90.112", _to, _d) +
    [auth_line("kundenkonto-pruefung.top", "amazon.de.kundenkonto-pruefung.top", mailfrom="kundenkonto-pruefung.top")] +
    plain_headers(addr("Amazon.de", "bestellung@amazon.de.kundenkonto-pruefung.top"), _to,
                  "Ihre Amazon.de-Bestellung 304-2281734-9910385 wurde storniert", _d,
                  msgid_dom="amazon.de.kundenkonto-pruefung.top"),
    [("plain", """Amazon.de Bestellung storniert
Bestellung #304-2281734-9910385

Guten Tag Markus Weber,

aufgrund eines Systemfehlers bei der Zahlungsabwicklung wurde Ihre Bestellung 304-2281734-9910385 storniert. Der Betrag von 849,00 € wurde Ihrem Konto jedoch doppelt belastet.

Bitte bestätigen Sie Ihre Daten innerhalb von 3 Tagen, damit wir Ihnen den doppelt belasteten Betrag erstatten können:
https://www.amazon.de/rueckerstattung

Wir entschuldigen uns für die Unannehmlichkeiten.
Amazon.de
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="margin:0;font:13px/18px Arial, sans-serif">
<table id="container" cellpadding="0" style="width:655px;color:#333;margin:0 auto"><tr><td style="padding:0 20px 20px 20px">
<table id="header" width="100%%"><tr><td style="width:115px;padding:18px 0 0 0"><b style="font-size:22px">amazon</b><span style="color:#999">.de</span></td>
<td style="text-align:right;padding:7px 0 5px 0"><h2 style="font-size:20px;font-weight:normal;margin:0">Bestellung storniert</h2>Bestellung #<a href="%(b)s" style="color:#006699">304-2281734-9910385</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Guten Tag Markus Weber,</span></p>
<p>aufgrund eines Systemfehlers bei der Zahlungsabwicklung wurde Ihre Bestellung 304-2281734-9910385 storniert. Der Betrag von <b>849,00&nbsp;&euro;</b> wurde Ihrem Konto jedoch doppelt belastet.</p>
<p>Bitte bestätigen Sie Ihre Daten innerhalb von 3 Tagen, damit wir Ihnen den doppelt belasteten Betrag erstatten können:</p>
<p><a href="%(b)s" style="color:#006699">https://www.amazon.de/rueckerstattung</a></p>
<h3 style="font-size:18px;color:#cc6600;font-weight:normal">Stornierte Artikel</h3>
<table width="100%%"><tr><td style="color:#666">LG OLED55B49LA 55 Zoll 4K OLED TV<br>Verkauf durch: Amazon EU S.à r.l.</td><td style="text-align:right">849,00 &euro;</td></tr></table>
<p>Wir entschuldigen uns für die Unannehmlichkeiten.<br><strong>Amazon.de</strong></p>
<p style="font-size:11px;color:#666">Amazon wird Sie niemals per E-Mail nach Ihrem Passwort fragen.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "jonas.becker@gmx.de"
_d = "Sun, 02 Mar 2025 05:06:27 +0000"
raw(label("lookalike", "de", "unknown", False, None, "crude; amaz0n-de.com; no order number; future cancellation threat, no reason"),
    [("Return-Path", "<noreply@amaz0n-de.com>")] + phish_rcv("localhost", "103.151.125.9", _to, _d) +
    plain_headers(addr("Amazon", "noreply@amaz0n-de.com"), _to, "Ihre Bestellung wird storniert!!", _d,
                  msgid_dom="amaz0n-de.com"),
    [("html", """<html><body>
<p><font face="Arial" size="5" color="#FF9900"><b>amazon</b></font></p>
<p>Lieber Kunde,</p>
<p><font color="red"><b>Ihre Bestellung wird storniert!!!</b></font></p>
<p>Bitte best&auml;tigen Sie ihre Daten in 12 Stunden um die Stornierung zu vermeiden. Danach kann die Bestellung nicht mehr wiederhergestellt werden.</p>
<p><a href="http://amaz0n-de.com/bestaetigen/index.php"><b>JETZT BEST&Auml;TIGEN</b></a></p>
<p>Danke,<br>Ihr Amazon Team</p>
</body></html>
""", "us-ascii", "7bit")])

# ---- non-notices -----------------------------------------------------------
_to = "m.weber@web.de"
_d = "Wed, 14 May 2025 13:27:09 -0700"
raw(label("non_notice", "de", None, False, None, "eBay seller cancels eBay order; seller message says item sold via their Amazon shop"),
    [("Return-Path", "<ebay@ebay.com>")] + phish_rcv("mxphxpool2070.ebay.com", "66.135.215.120", _to, _d) +
    [auth_line("ebay.com", "ebay.com", mailfrom="ebay.com")] +
    plain_headers(addr("eBay", "ebay@ebay.com"), _to,
                  "Ihre Bestellung wurde storniert: Bosch Akku-Rasentrimmer EasyGrassCut 18V-230", _d,
                  msgid_dom="starship.ebay.com"),
    [("plain", """Hallo markus_w84,

der Verkäufer gartenprofi-24 hat Ihre Bestellung storniert.

Artikel: Bosch Akku-Rasentrimmer EasyGrassCut 18V-230 inkl. Akku
Bestellnummer: 14-11927-38814
Grund: Artikel nicht mehr verfügbar

Nachricht des Verkäufers:
"Hallo, es tut uns leid - der Trimmer wurde zeitgleich über unseren Amazon-Shop verkauft und war das letzte Gerät auf Lager. Wir haben die Bestellung deshalb storniert. Viele Grüße, Ihr Gartenprofi-Team"

Ihre Rückerstattung über 89,90 EUR wurde veranlasst und wird innerhalb von 3 bis 5 Werktagen auf Ihr ursprüngliches Zahlungsmittel (PayPal) gutgeschrieben.

Bestelldetails ansehen: https://order.ebay.de/ord/show?orderId=14-11927-38814

eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow
""", "utf-8", "quoted-printable"),
     ("html", """<html><body style="font-family:'Market Sans',Arial,sans-serif;color:#191919">
<table width="600" align="center"><tr><td style="padding:16px 0"><span style="font-size:28px;font-weight:bold"><span style="color:#e53238">e</span><span style="color:#0064d2">b</span><span style="color:#f5af02">a</span><span style="color:#86b817">y</span></span></td></tr>
<tr><td><h2 style="font-weight:bold;font-size:22px">Der Verkäufer hat Ihre Bestellung storniert</h2>
<p>Hallo markus_w84,</p>
<p>der Verkäufer <b>gartenprofi-24</b> hat Ihre Bestellung storniert.</p>
<table style="border:1px solid #e5e5e5;width:100%;padding:12px"><tr><td>Bosch Akku-Rasentrimmer EasyGrassCut 18V-230 inkl. Akku<br><span style="color:#707070">Bestellnummer: 14-11927-38814</span><br><span style="color:#707070">Grund: Artikel nicht mehr verfügbar</span></td><td align="right">89,90 EUR</td></tr></table>
<p><b>Nachricht des Verkäufers:</b><br><i>&bdquo;Hallo, es tut uns leid &ndash; der Trimmer wurde zeitgleich über unseren Amazon-Shop verkauft und war das letzte Gerät auf Lager. Wir haben die Bestellung deshalb storniert. Viele Grüße, Ihr Gartenprofi-Team&ldquo;</i></p>
<p>Ihre Rückerstattung über <b>89,90 EUR</b> wurde veranlasst und wird innerhalb von 3 bis 5 Werktagen auf Ihr ursprüngliches Zahlungsmittel (PayPal) gutgeschrieben.</p>
<p><a href="https://order.ebay.de/ord/show?orderId=14-11927-38814" style="background:#3665f3;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Bestelldetails ansehen</a></p>
<p style="font-size:11px;color:#707070">eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow</p></td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "Lena Hoffmann <lena.hoffmann@freenet.de>"
_d = "Sun, 25 May 2025 19:48:31 +0200"
raw(label("non_notice", "de", None, False, None, "brother writes that he cancelled his Amazon order himself"),
    [("Return-Path", "<jan.hoffmann@gmx.net>")] + phish_rcv("mout.gmx.net", "212.227.17.20", "lena.hoffmann@freenet.de", _d) +
    plain_headers(addr("Jan Hoffmann", "jan.hoffmann@gmx.net"), _to, "Re: Geschenk für Papa", _d, msgid_dom="gmx.net",
                  extra_after=[("In-Reply-To", "<trinity-2c1a7e90-44b1@3c-app-gmx-bs12>"), ("X-Mailer", "GMX Mail")]),
    [("plain", """Hey Lena,

ich hab die Amazon-Bestellung für die Kaffeemühle storniert - die kam erst in drei Wochen und Papas Geburtstag ist ja schon am 8. Hab die gleiche jetzt bei Manufactum bestellt, die liefern Mittwoch.

Kannst du die Karte besorgen? Dann teilen wir uns das wie immer.

LG Jan

Am 25.05.2025 um 18:02 schrieb Lena Hoffmann:
> Hast du die Mühle schon bestellt? Sonst mach ich das.
""", "utf-8", "8bit")])

_to = "sabine.krueger@t-online.de"
_d = "Thu, 06 Feb 2025 06:30:00 +0100"
raw(label("non_notice", "de", None, False, None, "consumer newsletter 'Phishing-Radar' quoting fake Amazon cancellation subjects"),
    [("Return-Path", "<newsletter-bounce@verbraucherfenster.de>")] +
    phish_rcv("mailout3.verbraucherfenster.de", "85.13.163.44", _to, _d) +
    plain_headers(addr("Verbraucherfenster Phishing-Radar", "newsletter@verbraucherfenster.de"), _to,
                  "Phishing-Radar: Gefälschte Amazon-Stornierungen im Umlauf", _d, msgid_dom="verbraucherfenster.de",
                  extra_after=[("List-Unsubscribe", "<https://www.verbraucherfenster.de/newsletter/abmelden?id=7712>"),
                               ("Precedence", "bulk")]),
    [("plain", """PHISHING-RADAR - Ausgabe 6/2025

Gefälschte Amazon-Stornierungen im Umlauf

Derzeit erreichen uns viele Meldungen zu E-Mails mit Betreffzeilen wie:

  "Ihre Amazon.de-Bestellung wurde storniert"
  "Ihr Amazon-Konto wurde gesperrt - Bestellung storniert"

Die Nachrichten behaupten, eine Bestellung sei wegen eines Zahlungsproblems oder verdächtiger Aktivitäten storniert worden. Über einen Link sollen Empfänger ihre Zahlungsdaten "bestätigen" oder einen Freischaltcode eingeben. Die Links führen auf gefälschte Anmeldeseiten.

So schützen Sie sich:
- Prüfen Sie Bestellungen ausschließlich direkt in Ihrem Kundenkonto, indem Sie amazon.de selbst im Browser eingeben.
- Achten Sie auf die Absenderadresse. Domains wie "amazon-de-konto.com" gehören nicht zu Amazon.
- Geben Sie niemals Kartendaten per E-Mail weiter.

Verdächtige E-Mails können Sie an stop-spoofing@amazon.com weiterleiten.

Weitere Themen dieser Ausgabe: Falsche Paketbenachrichtigungen per SMS, Betrug mit Kleinanzeigen.

Sie erhalten diesen Newsletter, weil Sie ihn auf verbraucherfenster.de abonniert haben.
Abmelden: https://www.verbraucherfenster.de/newsletter/abmelden?id=7712
""", "utf-8", "quoted-printable"),
     ("html", """<html><body style="font-family:Verdana,sans-serif;font-size:14px;color:#222;max-width:640px;margin:auto">
<p style="background:#003366;color:#fff;padding:8px 12px;font-weight:bold">PHISHING-RADAR &middot; Ausgabe 6/2025</p>
<h1 style="font-size:22px">Gefälschte Amazon-Stornierungen im Umlauf</h1>
<p>Derzeit erreichen uns viele Meldungen zu E-Mails mit Betreffzeilen wie:</p>
<ul style="color:#a00"><li>&bdquo;Ihre Amazon.de-Bestellung wurde storniert&ldquo;</li><li>&bdquo;Ihr Amazon-Konto wurde gesperrt &ndash; Bestellung storniert&ldquo;</li></ul>
<p>Die Nachrichten behaupten, eine Bestellung sei wegen eines Zahlungsproblems oder verdächtiger Aktivitäten storniert worden. Über einen Link sollen Empfänger ihre Zahlungsdaten &bdquo;bestätigen&ldquo; oder einen Freischaltcode eingeben. Die Links führen auf gefälschte Anmeldeseiten.</p>
<h2 style="font-size:17px">So schützen Sie sich</h2>
<ul><li>Prüfen Sie Bestellungen ausschließlich direkt in Ihrem Kundenkonto, indem Sie amazon.de selbst im Browser eingeben.</li>
<li>Achten Sie auf die Absenderadresse. Domains wie &bdquo;amazon-de-konto.com&ldquo; gehören nicht zu Amazon.</li>
<li>Geben Sie niemals Kartendaten per E-Mail weiter.</li></ul>
<p>Verdächtige E-Mails können Sie an stop-spoofing@amazon.com weiterleiten.</p>
<p><i>Weitere Themen dieser Ausgabe: Falsche Paketbenachrichtigungen per SMS, Betrug mit Kleinanzeigen.</i></p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn auf verbraucherfenster.de abonniert haben. <a href="https://www.verbraucherfenster.de/newsletter/abmelden?id=7712">Abmelden</a></p>
</body></html>
""", "utf-8", "base64")])

_n = dict(lang="de", dom="amazon.de", brand="Amazon.de", title="Liefertermin storniert", order="303-5561928-7720413",
          greeting="Guten Tag Jonas Becker,",
          paras=["der vereinbarte Liefertermin für Ihre Großgerät-Lieferung am Dienstag, 17. Juni, zwischen 8:00 und 12:00 Uhr wurde storniert, "
                 "da unser Speditionspartner an diesem Tag in Ihrer Region keine Zustellung durchführen kann.",
                 "Ihre Bestellung 303-5561928-7720413 bleibt selbstverständlich bestehen. Bitte wählen Sie unter "
                 "[[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=TE_appt_resched]] einen neuen Liefertermin aus. "
                 "Die Lieferung inklusive Aufstellung und Altgerätemitnahme ist weiterhin kostenlos."],
          items_heading="Artikel in Ihrer Bestellung",
          items=[("Bosch WGG14403 Serie 6 Waschmaschine, 9 kg, 1400 U/min", "Amazon EU S.à r.l.", 1, "549,00 €")],
          totals=[("Gesamtbetrag:", "549,00 €")])
ENTRIES.append((label("non_notice", "de", None, False, "amazon.de", "large-appliance delivery appointment cancelled, order stays active"),
                amazon_headers("amazon.de", "Amazon.de", "versandbestaetigung@amazon.de", ("Jonas Becker", "jonas.becker@gmx.de"),
                               "Ihr Liefertermin wurde storniert – bitte wählen Sie einen neuen Termin",
                               "Fri, 13 Jun 2025 16:03:48 +0000", False),
                [("plain", genuine_text(_n), "utf-8", "quoted-printable"), ("html", genuine_html(_n), "utf-8", "quoted-printable")]))

_n = dict(lang="de", dom="amazon.de", brand="Amazon.de", title="Prime-Mitgliedschaft beendet", order=None,
          greeting="Guten Tag Thomas Schäfer,",
          paras=["wie gewünscht haben wir Ihre Amazon Prime-Mitgliedschaft gekündigt. Es werden Ihnen keine weiteren Mitgliedsgebühren berechnet.",
                 "Ihre Prime-Vorteile wie kostenloser Premiumversand, Prime Video und Prime Music stehen Ihnen noch bis zum 30. April 2025 zur Verfügung.",
                 "Sie möchten doch Mitglied bleiben? Unter [[Prime verwalten|https://www.amazon.de/gp/primecentral?ref_=TE_prime_cncl]] können Sie Ihre Mitgliedschaft jederzeit fortsetzen."])
ENTRIES.append((label("non_notice", "de", None, False, "amazon.de", "Prime membership cancelled at member's request"),
                amazon_headers("amazon.de", "Amazon.de", "prime@amazon.de", ("Thomas Schäfer", "thomas.schaefer@posteo.de"),
                               "Bestätigung: Ihre Amazon Prime-Mitgliedschaft wurde gekündigt",
                               "Tue, 08 Apr 2025 09:41:12 +0000", True),
                [("html", genuine_html(_n), "utf-8", "base64")]))

_n = dict(lang="de", dom="amazon.de", brand="Amazon.de", title="Zahlung abgelehnt", order="302-9917265-4418830",
          greeting="Guten Tag Sabine Krüger,",
          paras=["leider wurde die Zahlung für Ihre Bestellung 302-9917265-4418830 von Ihrem Kreditkarteninstitut abgelehnt (Visa mit Endziffern 2207).",
                 "Bitte aktualisieren Sie Ihre Zahlungsinformationen bis zum 24. Juni 2025. Gehen Sie dazu zu "
                 "[[Meine Bestellungen|https://www.amazon.de/gp/css/order-history?ref_=pe_pay_rev]], wählen Sie die Bestellung aus und klicken Sie auf "
                 "\"Zahlungsart ändern\". Wenn wir die Zahlung bis dahin nicht abschließen können, wird Ihre Bestellung storniert.",
                 "Die Artikel bleiben bis zu diesem Datum für Sie reserviert. Falls Sie Ihre Zahlungsinformationen bereits aktualisiert haben, müssen Sie nichts weiter tun."],
          items_heading="Artikel in dieser Bestellung",
          items=[("WMF Lono Raclette für 8 Personen, 1500 W", "Amazon EU S.à r.l.", 1, "EUR 99,99"),
                 ("Fissler Original-Profi Collection Bratpfanne 28 cm", "Amazon EU S.à r.l.", 1, "EUR 89,00")],
          totals=[("Gesamtbetrag:", "EUR 188,99")])
ENTRIES.append((label("non_notice", "de", None, False, "amazon.de", "genuine payment-declined reminder before any cancellation; iso-8859-1"),
                amazon_headers("amazon.de", "Amazon.de", "payments-messages@amazon.de", ("Sabine Krüger", "sabine.krueger@t-online.de"),
                               "Zahlung abgelehnt: Bitte aktualisieren Sie die Zahlungsinformationen für Ihre Bestellung 302-9917265-4418830",
                               "Wed, 18 Jun 2025 11:15:27 +0000", True, subj_cs="iso-8859-1"),
                [("plain", genuine_text(_n), "iso-8859-1", "quoted-printable"), ("html", genuine_html(_n), "iso-8859-1", "quoted-printable")]))


# ==========================================================================
# DUTCH (amazon.nl, amazon.com.be)
# ==========================================================================
# ---- notices -------------------------------------------------------------
notice("nl", "amazon.nl", "Amazon.nl", "order-update@amazon.nl", ("Daan de Vries", "daan.devries@ziggo.nl"),
       "Artikel geannuleerd uit je Amazon.nl-bestelling 405-1128734-6620918",
       "Tue, 10 Jun 2025 08:12:36 +0000", True, dict(
           title="Artikel geannuleerd", order="405-1128734-6620918", greeting="Hallo Daan,",
           paras=["Helaas moeten we je laten weten dat we het onderstaande artikel uit je bestelling 405-1128734-6620918 hebben geannuleerd. "
                  "Het artikel is niet meer op voorraad en onze leverancier kan het niet meer leveren.",
                  "Voor het geannuleerde artikel worden geen kosten in rekening gebracht. Zie je een voorlopige reservering op je rekening, "
                  "dan verdwijnt deze binnen een paar werkdagen automatisch.",
                  "De andere artikelen in je bestelling worden gewoon verzonden. Je kunt je bestelling bekijken in "
                  "[[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=TE_cx_yo]]."],
           items_heading="Geannuleerde artikelen",
           items=[("Philips Airfryer XXL HD9650/90, 7,3 liter, zwart", "Amazon EU S.à r.l.", 1, "€ 229,99")],
           totals=[("Totaal geannuleerde artikelen:", "€ 229,99")]),
       "alt", "utf-8", "quoted-printable",
       label("notice", "nl", "inventory_shortage", True, "amazon.nl", "item out of stock, supplier cannot deliver; DKIM/DMARC pass"))

notice("nl", "amazon.com.be", "Amazon.com.be", "payments-messages@amazon.com.be", ("Lotte Peeters", "lotte.peeters@telenet.be"),
       "Je Amazon.com.be-bestelling 407-3391827-1109283 is geannuleerd",
       "Thu, 10 Apr 2025 13:48:02 +0000", False, dict(
           title="Bestelling geannuleerd", order="407-3391827-1109283", greeting="Hallo Lotte,",
           paras=["We hebben de betaling voor je bestelling 407-3391827-1109283 helaas niet kunnen verwerken.",
                  "Je Mastercard eindigend op 6621 werd geweigerd door de uitgever van de kaart. Op 4 april hebben we je per e-mail gevraagd om je betaalgegevens bij te werken. "
                  "Omdat we binnen de gestelde termijn geen nieuwe betaalgegevens hebben ontvangen, is je bestelling geannuleerd.",
                  "Er is niets in rekening gebracht. Wil je de artikelen toch nog kopen? Plaats dan een nieuwe bestelling met een geldige betaalmethode."],
           items_heading="Geannuleerde artikelen",
           items=[("LEGO Technic Ferrari Daytona SP3 42143", "Amazon EU S.à r.l.", 1, "EUR 399,99")],
           totals=[("Totaal:", "EUR 399,99")]),
       "text", "iso-8859-1", "quoted-printable",
       label("notice", "nl", "payment_issue", True, "amazon.com.be", "card declined, payment not revised in time; text only iso-8859-1"),
       subj_cs="iso-8859-1")

notice("nl", "amazon.nl", "Amazon.nl", "order-update@amazon.nl", ("Sanne Jansen", "sanne.jansen@kpnmail.nl"),
       "Je Amazon.nl-bestelling 405-8827163-3390142 is geannuleerd",
       "Fri, 29 Nov 2024 15:26:44 +0000", True, dict(
           title="Bestelling geannuleerd", order="405-8827163-3390142", greeting="Hallo Sanne,",
           paras=["Door een fout in de productinformatie op onze website werd het onderstaande artikel met een onjuiste prijs weergegeven (€ 8,99 in plaats van € 89,99). "
                  "Daarom hebben we je bestelling 405-8827163-3390142 geannuleerd.",
                  "Onze excuses voor het ongemak. Er is niets afgeschreven; een eventuele voorlopige reservering op je kaart wordt binnen enkele werkdagen door je bank vrijgegeven.",
                  "Het artikel is weer beschikbaar tegen de juiste prijs, mocht je het nog willen kopen."],
           items_heading="Geannuleerde artikelen",
           items=[("Tefal Ingenio Emotion pannenset 13-delig, inductie", "Amazon EU S.à r.l.", 1, "€ 8,99")],
           totals=[("Totaal:", "€ 8,99")]),
       "html", "utf-8", "base64",
       label("notice", "nl", "technical_issue", True, "amazon.nl", "listing/pricing error; HTML only base64; DKIM/DMARC pass"))

notice("nl", "amazon.nl", "Amazon.nl", "cs-reply@amazon.nl", ("Mohamed El Amrani", "m.elamrani@hotmail.com"),
       "Je Amazon.nl-bestelling 405-2290817-7741256 is geannuleerd",
       "Mon, 03 Mar 2025 19:05:58 +0000", False, dict(
           title="Bestelling geannuleerd", order="405-2290817-7741256", greeting="Hallo Mohamed,",
           paras=["Bij een routinecontrole hebben we ongebruikelijke activiteit op je Amazon.nl-account opgemerkt. "
                  "Ter bescherming hebben we je account tijdelijk geblokkeerd en bestelling 405-2290817-7741256 uit voorzorg geannuleerd.",
                  "Om de blokkering op te heffen, log je in via www.amazon.nl en volg je de instructies op het scherm om je identiteit te bevestigen. "
                  "Beantwoord deze e-mail niet en stuur ons nooit persoonlijke gegevens per e-mail.",
                  "Als er al een bedrag is afgeschreven, storten we dit binnen 3 tot 5 werkdagen terug op je oorspronkelijke betaalmethode."],
           items_heading="Geannuleerde artikelen",
           items=[("Samsung Galaxy Tab S9 FE 128 GB wifi, grijs", "Amazon EU S.à r.l.", 1, "€ 379,00")],
           totals=[("Totaal:", "€ 379,00")]),
       "alt", "utf-8", "8bit",
       label("notice", "nl", "fraud_prevention", True, "amazon.nl", "account blocked after unusual activity, order cancelled as precaution; 8bit"))

notice("nl", "amazon.com.be", "Amazon.com.be", "auto-confirm@amazon.com.be", ("Pieter Claes", "pieter.claes@skynet.be"),
       "Annulering gelukt: \"Bosch Serie 4 steelstofzuiger...\" uit je Amazon.com.be-bestelling 407-6618293-2204817",
       "Sat, 15 Feb 2025 10:33:21 +0000", True, dict(
           title="Bevestiging van annulering", order="407-6618293-2204817", greeting="Hallo Pieter,",
           paras=["Je annuleringsverzoek is verwerkt. Het onderstaande artikel is uit je bestelling 407-6618293-2204817 geannuleerd.",
                  "Reden van annulering: geannuleerd door klant",
                  "Het artikel was nog niet verzonden, dus er worden geen kosten in rekening gebracht. Heb je met een cadeaubon betaald, "
                  "dan wordt het bedrag teruggezet op je cadeaubonsaldo."],
           items_heading="Geannuleerde artikelen",
           items=[("Bosch Serie 4 steelstofzuiger BBH3ZOO28, 28 V, Unlimited", "Amazon EU S.à r.l.", 1, "€ 199,99")],
           totals=[("Totaal geannuleerde artikelen:", "€ 199,99")]),
       "alt", "windows-1252", "quoted-printable",
       label("notice", "nl", "customer_request", True, "amazon.com.be", "customer cancellation confirmation; windows-1252; DKIM/DMARC pass"),
       subj_cs="iso-8859-1")

notice("nl", "amazon.nl", "Amazon.nl", "order-update@amazon.nl", ("Emma Bakker", "emma.bakker@xs4all.nl"),
       "Je bestelling 405-7719024-5531870 bij Amazon.nl is geannuleerd",
       "Wed, 22 Jan 2025 06:40:09 +0000", False, dict(
           title="Bestelling geannuleerd", order="405-7719024-5531870", greeting="Hallo Emma,",
           paras=["Je bestelling 405-7719024-5531870 is geannuleerd.",
                  "Als er al een bedrag in rekening is gebracht, ontvang je binnen 3 tot 5 werkdagen een terugbetaling van € 42,97 op je oorspronkelijke betaalmethode.",
                  "Bekijk de details van deze bestelling in [[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=TE_cx_yo]]."],
           items_heading="Geannuleerde artikelen",
           items=[("Oral-B iO Opzetborstels Ultimate Clean, 4 stuks", "Amazon EU S.à r.l.", 1, "€ 27,99"),
                  ("Nivea Sun Protect & Moisture Zonnemelk SPF 30, 200 ml", "Amazon EU S.à r.l.", 2, "€ 14,98")],
           totals=[("Totaal:", "€ 42,97")]),
       "text", "utf-8", "base64",
       label("notice", "nl", "unknown", False, "amazon.nl", "cancellation without any stated reason; text only base64"))

# ---- lookalikes ----------------------------------------------------------
_to = "daan.devries@ziggo.nl"
_d = "Sat, 12 Apr 2025 01:37:20 +0200"
raw(label("lookalike", "nl", "fraud_prevention", True, None, "crude; outlook.com free-mail sender; callback number; malformed order number"),
    [("Return-Path", "<amazon.klantenservice.nl@outlook.com>")] +
    phish_rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.92.58.17", _to, _d) +
    [auth_line("outlook.com", "outlook.com", mailfrom="outlook.com")] +
    plain_headers(addr("Amazon Klantenservice", "amazon.klantenservice.nl@outlook.com"), _to,
                  "Uw bestelling is geannuleerd - verdachte activiteit", _d,
                  msgid_dom="DB9PR02MB7213.eurprd02.prod.outlook.com"),
    [("plain", """Beste klant,

Uw bestelling is GEANNULEERD vanwege verdachte activiteit op uw account.

Bestelnummer : NL-99812
Artikel      : Sony PlayStation 5 Pro 2TB
Bedrag       : € 799,99
Betaald met  : iDEAL / ING

Heeft u deze bestelling niet geplaatst? Bel dan direct onze fraudeafdeling:

      085 208 1947  (7 dagen per week, 24 uur)

Als wij binnen 24 uur niets van u horen, wordt het bedrag definitief afgeschreven.

Met vriendelijke groet,
Amazon Fraudeafdeling
Amazon.nl
""", "utf-8", "quoted-printable")])

_to = "sanne.jansen@kpnmail.nl"
_d = "Wed, 21 May 2025 10:58:47 +0000"
raw(label("lookalike", "nl", "fraud_prevention", True, None, "polished; Cyrillic A in display name; look-alike domain; account suspended + verification code; malformed order number"),
    [("Return-Path", "<bounce@amazon-nl-beveiliging.com>")] + phish_rcv("mta1.amazon-nl-beveiliging.com", "195.133.40.71", _to, _d) +
    [auth_line("amazon-nl-beveiliging.com", "amazon-nl-beveiliging.com")] +
    plain_headers(addr("\u0410mazon.nl", "beveiliging@amazon-nl-beveiliging.com"), _to,
                  "Je account is opgeschort en je bestelling #405-33812-90 is geannuleerd", _d,
                  msgid_dom="amazon-nl-beveiliging.com"),
    [("html", """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f2f2;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0;border-top:4px solid #ff9900">
<tr><td style="padding:16px 24px;border-bottom:1px solid #ddd"><span style="font-size:24px;font-weight:bold">amazon</span><span style="color:#ff9900">.nl</span></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:21px;color:#0f1111">
<h2 style="font-weight:normal;margin-top:0">Je account is tijdelijk opgeschort</h2>
<p>Hallo,</p>
<p>We hebben een ongebruikelijke inlogpoging op je Amazon-account gezien vanaf een nieuw apparaat (Android, Lagos, Nigeria). Ter bescherming hebben we <b>je account opgeschort</b> en je openstaande <b>bestelling #405-33812-90 geannuleerd</b>.</p>
<p>Voer de onderstaande verificatiecode in om je account te herstellen en je bestelling opnieuw te activeren:</p>
<p style="text-align:center;font-size:26px;font-weight:bold;letter-spacing:5px">318 064</p>
<p style="text-align:center"><a href="https://amazon-nl-beveiliging.com/ap/verify?code=318064&amp;lang=nl_NL" style="display:inline-block;background:#ffd814;border-radius:8px;padding:10px 28px;color:#0f1111;text-decoration:none">Account herstellen</a></p>
<p>De code is 30 minuten geldig. Als je account niet op tijd wordt geverifieerd, wordt het permanent gesloten.</p>
<p style="font-size:12px;color:#565959">Amazon vraagt je nooit per e-mail om je wachtwoord.</p>
<p>Met vriendelijke groet,<br>Amazon Accountbeveiliging</p></td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f7f7f7">Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg</td></tr>
</table></td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "lotte.peeters@telenet.be"
_d = "Tue, 28 Jan 2025 17:14:03 +0100"
raw(label("lookalike", "nl", "payment_issue", True, None, "yahoo free-mail sender; asks to reply with card data; windows-1252; malformed order number"),
    [("Return-Path", "<amazon.betalingen@yahoo.com>")] + phish_rcv("sonic302-3.consmr.mail.ir2.yahoo.com", "77.238.176.99", _to, _d) +
    [auth_line("yahoo.com", "yahoo.com")] +
    plain_headers(addr("Amazon Betalingen", "amazon.betalingen@yahoo.com"), _to,
                  "Betaling mislukt - bestelling geannuleerd", _d, msgid_dom="mail.yahoo.com"),
    [("plain", """Beste klant,

Je betaling voor bestelling 405-2281-77193 kon niet worden verwerkt en je bestelling is daarom geannuleerd.

Om je bestelling te herstellen en annuleringskosten van € 24,95 te voorkomen, stuur ons dan per antwoord op deze e-mail de volgende gegevens:

  - Naam zoals vermeld op de kaart
  - Kaartnummer
  - Vervaldatum
  - CVC-code (3 cijfers op de achterkant)
  - Geboortedatum
  - Factuuradres

Onze betalingsafdeling verwerkt de betaling dan handmatig binnen 2 uur.

Reageer binnen 24 uur, anders worden de kosten automatisch in rekening gebracht.

Met vriendelijke groet,
Amazon Betalingsafdeling
""", "windows-1252", "quoted-printable")])

_to = "pieter.claes@skynet.be"
_d = "Mon, 17 Mar 2025 12:40:55 +0100"
_bad = "https://nl-refund-amazon.web.app/terugbetaling?o=405662738111902&amp;s=bd81"
raw(label("lookalike", "nl", "inventory_shortage", True, None, "polished; link text shows amazon.nl URL, href to web.app; refund-confirmation lure"),
    [("Return-Path", "<bestellingen@amazon-nl.service-center.info>")] + phish_rcv("smtp.service-center.info", "146.70.41.203", _to, _d) +
    [auth_line("service-center.info", "amazon-nl.service-center.info", spf="pass", dkim="pass", dmarc="pass")] +
    plain_headers(addr("Amazon.nl", "bestellingen@amazon-nl.service-center.info"), _to,
                  "Je Amazon.nl-bestelling 405-6627381-1190264 is geannuleerd", _d,
                  msgid_dom="service-center.info"),
    [("plain", """Amazon.nl

Bestelling geannuleerd - 405-6627381-1190264

Hallo,

Het artikel in je bestelling 405-6627381-1190264 (Apple iPad Air 11 inch M2, 128 GB) is helaas niet meer op voorraad. Daarom hebben we je bestelling geannuleerd.

Om je terugbetaling van € 699,00 te ontvangen, bevestig je je gegevens via:
https://www.amazon.nl/terugbetaling

Met vriendelijke groet,
Amazon.nl
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font:13px/18px Arial,sans-serif;color:#333">
<table id="container" style="width:655px;margin:0 auto"><tr><td>
<table width="100%%"><tr><td><b style="font-size:22px">amazon</b>.nl</td>
<td style="text-align:right;border-bottom:1px solid #ccc"><a href="%(b)s" style="color:#006699">Mijn bestellingen</a> | <a href="%(b)s" style="color:#006699">Mijn account</a> | <a href="%(b)s" style="color:#006699">Amazon.nl</a></td></tr>
<tr><td></td><td style="text-align:right"><h2 style="font-weight:normal;margin:0">Bestelling geannuleerd</h2>Bestelling #<a href="%(b)s">405-6627381-1190264</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Hallo,</span></p>
<p>Het artikel in je bestelling 405-6627381-1190264 (Apple iPad Air 11 inch M2, 128 GB) is helaas niet meer op voorraad. Daarom hebben we je bestelling geannuleerd.</p>
<p>Om je terugbetaling van <b>&euro;&nbsp;699,00</b> te ontvangen, bevestig je je gegevens via:<br>
<a href="%(b)s" style="color:#006699">https://www.amazon.nl/terugbetaling</a></p>
<p>Met vriendelijke groet,<br><strong>Amazon.nl</strong></p>
<p style="font-size:11px;color:#666">Let op: deze e-mail is verzonden vanaf een adres dat geen inkomende e-mails kan ontvangen.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "lotte.peeters@telenet.be"
_d = "Thu, 05 Jun 2025 09:21:30 +0200"
_bad = "https://amazon.com.be.refund-center.icu/nl/terugbetaling?ref=407118293055288"
raw(label("lookalike", "nl", "technical_issue", True, None, "amazon.com.be.refund-center.icu subdomain trick, DKIM pass for evil domain; claims technical fault + double debit"),
    [("Return-Path", "<bounce@refund-center.icu>")] + phish_rcv("mail.refund-center.icu", "5.42.199.36", _to, _d) +
    [auth_line("refund-center.icu", "amazon.com.be.refund-center.icu", mailfrom="refund-center.icu")] +
    plain_headers(addr("Amazon.com.be", "klantenservice@amazon.com.be.refund-center.icu"), _to,
                  "Je Amazon.com.be-bestelling 407-1182930-5528813 is geannuleerd door een systeemfout", _d,
                  msgid_dom="amazon.com.be.refund-center.icu"),
    [("plain", """Amazon.com.be - Bestelling geannuleerd
Bestelling #407-1182930-5528813

Hallo Lotte,

Door een technische storing in ons betalingssysteem is je bestelling 407-1182930-5528813 geannuleerd. Het bedrag van € 1.149,00 is echter twee keer van je rekening afgeschreven.

Bevestig binnen 3 dagen je gegevens zodat we het dubbel afgeschreven bedrag kunnen terugstorten:
https://www.amazon.com.be/terugbetaling

Onze excuses voor het ongemak.
Amazon.com.be
""", "utf-8", "quoted-printable"),
     ("html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style="margin:0;font:13px/18px Arial, sans-serif">
<table id="container" cellpadding="0" style="width:655px;color:#333;margin:0 auto"><tr><td style="padding:0 20px 20px 20px">
<table id="header" width="100%%"><tr><td style="width:115px;padding:18px 0 0 0"><b style="font-size:22px">amazon</b><span style="color:#999">.com.be</span></td>
<td style="text-align:right;padding:7px 0 5px 0"><h2 style="font-size:20px;font-weight:normal;margin:0">Bestelling geannuleerd</h2>Bestelling #<a href="%(b)s" style="color:#006699">407-1182930-5528813</a></td></tr></table>
<p><span style="font-size:18px;color:#cc6600">Hallo Lotte,</span></p>
<p>Door een technische storing in ons betalingssysteem is je bestelling 407-1182930-5528813 geannuleerd. Het bedrag van <b>&euro;&nbsp;1.149,00</b> is echter twee keer van je rekening afgeschreven.</p>
<p>Bevestig binnen 3 dagen je gegevens zodat we het dubbel afgeschreven bedrag kunnen terugstorten:</p>
<p><a href="%(b)s" style="color:#006699">https://www.amazon.com.be/terugbetaling</a></p>
<h3 style="font-size:18px;color:#cc6600;font-weight:normal">Geannuleerde artikelen</h3>
<table width="100%%"><tr><td style="color:#666">Samsung Bespoke AI Jet steelstofzuiger VS20C9554TB<br>Verkocht door: Amazon EU S.à r.l.</td><td style="text-align:right">&euro; 1.149,00</td></tr></table>
<p>Onze excuses voor het ongemak.<br><strong>Amazon.com.be</strong></p>
<p style="font-size:11px;color:#666">Amazon vraagt je nooit per e-mail om je wachtwoord.</p>
</td></tr></table></body></html>
""" % {"b": _bad}, "utf-8", "quoted-printable")])

_to = "emma.bakker@xs4all.nl"
_d = "Fri, 31 Jan 2025 22:03:16 +0100"
raw(label("lookalike", "nl", "payment_issue", True, None, "amaz0n look-alike domain; order 'wordt geannuleerd' unless reader acts; malformed order number; HTML only base64"),
    [("Return-Path", "<no-reply@amaz0n.nl-klant.com>")] + phish_rcv("nl-klant.com", "89.185.85.140", _to, _d) +
    [auth_line("nl-klant.com", "amaz0n.nl-klant.com", spf="pass", dkim="none", dmarc="none", mailfrom="amaz0n.nl-klant.com")] +
    plain_headers(addr("Amazon", "no-reply@amaz0n.nl-klant.com"), _to,
                  "Laatste herinnering: je bestelling wordt binnen 24 uur geannuleerd", _d,
                  msgid_dom="amaz0n.nl-klant.com"),
    [("html", """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#111">
<div style="max-width:580px;margin:auto;padding:20px;border:1px solid #ddd">
<div style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.nl</span></div>
<h3 style="color:#b12704">Laatste herinnering</h3>
<p>Beste klant,</p>
<p>We hebben nog steeds geen geldige betaling ontvangen voor je bestelling <b>405-1928374-882</b>. Je betaalmethode is verlopen.</p>
<p><b>Als je je betaalgegevens niet binnen 24 uur bijwerkt, wordt je bestelling geannuleerd</b> en kan je account worden beperkt.</p>
<p style="text-align:center"><a href="https://amaz0n.nl-klant.com/betaling/bijwerken?id=4051928374882" style="background:#ffd814;padding:10px 26px;border-radius:6px;color:#111;text-decoration:none">Betaalgegevens bijwerken</a></p>
<p>Bedankt dat je bij Amazon winkelt.</p>
<p style="font-size:11px;color:#777">&copy; 2025 Amazon.nl. Alle rechten voorbehouden.</p>
</div></body></html>
""", "utf-8", "base64")])

_n_fake = dict(lang="nl", dom="amazon.nl", brand="Amazon.nl", title="Bevestiging van annulering", order="405-5591827-3302714",
               greeting="Hallo Daan,",
               paras=["Je annuleringsverzoek is verwerkt. Bestelling 405-5591827-3302714 is op jouw verzoek geannuleerd.",
                      "Heb je deze annulering niet zelf aangevraagd? [[Klik hier om de annulering ongedaan te maken|https://amazon-bestellingen.help/nl/annulering/herstellen?o=405559182733027]] "
                      "en bevestig je betaalgegevens. Doe dit binnen 24 uur, anders kan de bestelling niet worden hersteld."],
               items_heading="Geannuleerde artikelen",
               items=[("Apple MacBook Air 13 inch M3, 16 GB, 512 GB, middernacht", "Amazon EU S.à r.l.", 1, "€ 1.499,00")],
               totals=[("Totaal:", "€ 1.499,00")])
_to = "daan.devries@ziggo.nl"
_d = "Sun, 18 May 2025 07:44:02 +0000"
_ht = genuine_html(_n_fake).replace("https://www.amazon.nl", "https://amazon-bestellingen.help/nl")
_tx = genuine_text(_n_fake)
raw(label("lookalike", "nl", "customer_request", True, None, "polished copy of genuine template (incl. security footer) on amazon-bestellingen.help; claims customer cancellation, 'undo' link asks for payment data"),
    [("Return-Path", "<bounce@amazon-bestellingen.help>")] + phish_rcv("out2.amazon-bestellingen.help", "45.95.147.210", _to, _d) +
    [auth_line("amazon-bestellingen.help", "amazon-bestellingen.help")] +
    plain_headers(addr("Amazon.nl", "auto-confirm@amazon-bestellingen.help"), _to,
                  "Annulering gelukt: je Amazon.nl-bestelling 405-5591827-3302714", _d,
                  msgid_dom="amazon-bestellingen.help"),
    [("plain", _tx, "utf-8", "quoted-printable"), ("html", _ht, "utf-8", "quoted-printable")])

_to = "m.elamrani@hotmail.com"
_d = "Mon, 24 Feb 2025 03:29:51 +0000"
raw(label("lookalike", "nl", "unknown", False, None, "crude; mixed Dutch/English; amazn-nl.xyz; no order number; no reason"),
    [("Return-Path", "<info@amazn-nl.xyz>")] + phish_rcv("ip-172-31-8-4.ec2.internal", "3.91.40.17", _to, _d) +
    plain_headers(addr("Amazon", "info@amazn-nl.xyz"), _to, "Je order wordt geannuleerd / Your order will be cancelled", _d,
                  msgid_dom="amazn-nl.xyz"),
    [("plain", """Beste klant / Dear customer,

Je order wordt geannuleerd. Your order will be cancelled.

Bevestig je gegevens binnen 12 uur via de link hieronder om annulering te voorkomen.
Please confirm your details within 12 hours.

http://amazn-nl.xyz/nl/bevestig

Bedankt / Thank you
Amazon
""", "us-ascii", "7bit")])

# ---- non-notices -----------------------------------------------------------
_to = "sanne.jansen@kpnmail.nl"
_d = "Tue, 08 Apr 2025 14:55:19 +0200"
raw(label("non_notice", "nl", None, False, None, "Dutch webshop cancels its own order; refund via Amazon Pay"),
    [("Return-Path", "<noreply@lichtpunt-utrecht.nl>")] + phish_rcv("mail.lichtpunt-utrecht.nl", "185.182.57.33", _to, _d) +
    [auth_line("lichtpunt-utrecht.nl", "lichtpunt-utrecht.nl")] +
    plain_headers(addr("Lichtpunt Utrecht", "bestellingen@lichtpunt-utrecht.nl"), _to,
                  "Je bestelling LP-20931 is geannuleerd", _d, msgid_dom="lichtpunt-utrecht.nl"),
    [("plain", """Hoi Sanne,

Helaas moeten we je bestelling LP-20931 annuleren. De hanglamp Noor (rookglas, 40 cm) is bij onze leverancier uitverkocht en wordt niet meer gemaakt.

Je betaling van € 134,50 storten we terug via Amazon Pay, de betaalmethode die je bij het afrekenen hebt gekozen. Het bedrag staat binnen 5 werkdagen weer op je rekening.

Overzicht
Hanglamp Noor rookglas 40 cm  1x  € 129,50
Verzendkosten                     € 5,00
Terugbetaald                      € 134,50

Misschien vind je iets moois in onze nieuwe collectie: https://www.lichtpunt-utrecht.nl/nieuw

Hartelijke groet,
Team Lichtpunt
Oudegracht 214, 3511 NR Utrecht - KvK 61284930
""", "utf-8", "quoted-printable"),
     ("html", """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<table width="580" align="center"><tr><td style="padding:20px 0;font-size:22px;letter-spacing:2px">LICHTPUNT</td></tr>
<tr><td><p>Hoi Sanne,</p>
<p>Helaas moeten we je bestelling <b>LP-20931</b> annuleren. De hanglamp Noor (rookglas, 40 cm) is bij onze leverancier uitverkocht en wordt niet meer gemaakt.</p>
<p>Je betaling van <b>&euro; 134,50</b> storten we terug via <b>Amazon Pay</b>, de betaalmethode die je bij het afrekenen hebt gekozen. Het bedrag staat binnen 5 werkdagen weer op je rekening.</p>
<table width="100%" style="border-top:1px solid #ddd"><tr><td>Hanglamp Noor rookglas 40 cm &times; 1</td><td align="right">&euro; 129,50</td></tr>
<tr><td>Verzendkosten</td><td align="right">&euro; 5,00</td></tr><tr><td><b>Terugbetaald</b></td><td align="right"><b>&euro; 134,50</b></td></tr></table>
<p>Misschien vind je iets moois in onze <a href="https://www.lichtpunt-utrecht.nl/nieuw">nieuwe collectie</a>.</p>
<p>Hartelijke groet,<br>Team Lichtpunt</p>
<p style="font-size:11px;color:#999">Oudegracht 214, 3511 NR Utrecht &middot; KvK 61284930</p></td></tr></table></body></html>
""", "utf-8", "quoted-printable")])

_to = "Emma Bakker <emma.bakker@xs4all.nl>"
_d = "Thu, 22 May 2025 21:16:40 +0200"
raw(label("non_notice", "nl", None, False, None, "friend writes she cancelled her own Amazon order"),
    [("Return-Path", "<fleur.visser89@gmail.com>")] + phish_rcv("mail-ej1-f45.google.com", "209.85.218.45", "emma.bakker@xs4all.nl", _d) +
    [auth_line("gmail.com", "gmail.com")] +
    plain_headers(addr("Fleur Visser", "fleur.visser89@gmail.com"), _to, "Re: tent voor Lowlands", _d,
                  msgid_dom="mail.gmail.com", extra_after=[("In-Reply-To", "<CAF8x2kP9Vd1mQ@mail.gmail.com>")]),
    [("plain", """Hey Em!

Ik heb mijn Amazon-bestelling voor die tent toch maar geannuleerd, hij zou pas 25 augustus komen en dan is Lowlands al voorbij haha. Het geld stond gisteren alweer op mijn rekening.

Mijn broer heeft nog een vierpersoonstent die we mogen lenen, dus dat is ook opgelost. Neem jij de luchtbedden mee?

Kusjes,
Fleur

Op do 22 mei 2025 om 19:40 schreef Emma Bakker <emma.bakker@xs4all.nl>:
> Heb je de tent al binnen? Ik wil hem wel even opzetten in de tuin om te testen.
""", "utf-8", "8bit")])

_to = "pieter.claes@skynet.be"
_d = "Tue, 04 Mar 2025 07:00:00 +0100"
raw(label("non_notice", "nl", None, False, None, "online-safety newsletter quoting fake Amazon cancellation subjects"),
    [("Return-Path", "<nieuwsbrief-bounce@veiligonlinewinkelen.be>")] +
    phish_rcv("mail.veiligonlinewinkelen.be", "91.121.88.32", _to, _d) +
    plain_headers(addr("Veilig Online Winkelen", "nieuwsbrief@veiligonlinewinkelen.be"), _to,
                  "Waarschuwing: valse mails over geannuleerde Amazon-bestellingen", _d, msgid_dom="veiligonlinewinkelen.be",
                  extra_after=[("List-Unsubscribe", "<https://veiligonlinewinkelen.be/afmelden?id=55120>"), ("Precedence", "bulk")]),
    [("html", """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:620px;margin:auto">
<p style="background:#0b5d3b;color:#fff;padding:8px 12px">Veilig Online Winkelen &middot; Nieuwsbrief maart 2025</p>
<h1 style="font-size:22px">Waarschuwing: valse mails over geannuleerde Amazon-bestellingen</h1>
<p>Bij ons meldpunt komen de laatste weken veel berichten binnen over e-mails met onderwerpen als:</p>
<ul style="color:#a00"><li>&ldquo;Uw bestelling is geannuleerd &ndash; verdachte activiteit&rdquo;</li>
<li>&ldquo;Je Amazon.com.be-bestelling is geannuleerd door een systeemfout&rdquo;</li></ul>
<p>Oplichters beweren dat een dure bestelling is geannuleerd en vragen je een telefoonnummer te bellen of je betaalgegevens te &ldquo;bevestigen&rdquo; om een terugbetaling te krijgen. Soms staat er zelfs een echt ogend bestelnummer in.</p>
<h2 style="font-size:17px">Zo herken je ze</h2>
<ul><li>Kijk naar het echte afzenderadres, niet alleen naar de naam. Adressen zoals <i>amazon.com.be.refund-center.icu</i> zijn vals.</li>
<li>Controleer je bestellingen altijd zelf door amazon.nl of amazon.com.be in je browser te typen.</li>
<li>Geef nooit je kaartgegevens of codes door per mail of telefoon.</li></ul>
<p>Twijfel je? Stuur de mail door naar stop-spoofing@amazon.com en verwijder hem.</p>
<p style="font-size:11px;color:#777">Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven op veiligonlinewinkelen.be. <a href="https://veiligonlinewinkelen.be/afmelden?id=55120">Afmelden</a></p>
</body></html>
""", "utf-8", "base64")])

_n = dict(lang="nl", dom="amazon.nl", brand="Amazon.nl", title="Bezorgafspraak geannuleerd", order="405-3318264-7719025",
          greeting="Hallo Mohamed,",
          paras=["Je bezorgafspraak op woensdag 18 juni tussen 13:00 en 17:00 uur is geannuleerd, omdat onze bezorgpartner voor grote artikelen die dag niet in jouw regio kan leveren.",
                 "Je bestelling 405-3318264-7719025 blijft gewoon staan. Kies een nieuw tijdvak via [[Mijn bestellingen|https://www.amazon.nl/gp/css/order-history?ref_=TE_appt_resched]]. "
                 "Bezorging en het meenemen van je oude apparaat blijven gratis."],
          items_heading="Artikelen in je bestelling",
          items=[("Samsung RB38C775CS9/EF koel-vriescombinatie, 390 liter, No Frost", "Amazon EU S.à r.l.", 1, "€ 899,00")],
          totals=[("Totaal:", "€ 899,00")])
ENTRIES.append((label("non_notice", "nl", None, False, "amazon.nl", "large-item delivery appointment cancelled, order stays active"),
                amazon_headers("amazon.nl", "Amazon.nl", "shipment-tracking@amazon.nl", ("Mohamed El Amrani", "m.elamrani@hotmail.com"),
                               "Je bezorgafspraak is geannuleerd - kies een nieuw tijdvak",
                               "Mon, 16 Jun 2025 12:31:07 +0000", True),
                [("plain", genuine_text(_n), "utf-8", "base64"), ("html", genuine_html(_n), "utf-8", "base64")]))

_n = dict(lang="nl", dom="amazon.nl", brand="Amazon.nl", title="Kindle Unlimited opgezegd", order=None,
          greeting="Hallo Daan,",
          paras=["Je Kindle Unlimited-lidmaatschap is opgezegd, zoals je hebt gevraagd. Er worden geen maandelijkse kosten meer in rekening gebracht.",
                 "Je kunt Kindle Unlimited nog gebruiken tot en met 12 juli 2025. Daarna worden de geleende titels automatisch uit je bibliotheek verwijderd. "
                 "Gekochte e-books blijven gewoon van jou.",
                 "Bedenk je je? Via [[Je lidmaatschappen en abonnementen|https://www.amazon.nl/hz/mycd/myx#/home/settings/kindleunlimited]] kun je op elk moment opnieuw beginnen."])
ENTRIES.append((label("non_notice", "nl", None, False, "amazon.nl", "Kindle Unlimited subscription cancelled at member's request"),
                amazon_headers("amazon.nl", "Amazon.nl", "digital-no-reply@amazon.nl", ("Daan de Vries", "daan.devries@ziggo.nl"),
                               "Je Kindle Unlimited-lidmaatschap is opgezegd",
                               "Sat, 14 Jun 2025 18:20:45 +0000", False),
                [("plain", genuine_text(_n), "utf-8", "8bit"), ("html", genuine_html(_n), "utf-8", "8bit")]))

_n = dict(lang="nl", dom="amazon.com.be", brand="Amazon.com.be", title="Betaling geweigerd", order="407-8812093-6654128",
          greeting="Hallo Lotte,",
          paras=["De betaling voor je bestelling 407-8812093-6654128 is geweigerd door de uitgever van je kaart (Visa eindigend op 3318).",
                 "Werk je betaalgegevens bij vóór 28 mei 2025. Ga naar [[Mijn bestellingen|https://www.amazon.com.be/gp/css/order-history?ref_=pe_pay_rev]], "
                 "selecteer de bestelling en klik op \"Betaalmethode wijzigen\". Als we de betaling niet voor die datum kunnen afronden, wordt je bestelling geannuleerd.",
                 "Tot die datum houden we de artikelen voor je apart. Heb je je betaalgegevens al bijgewerkt? Dan hoef je niets meer te doen."],
          items_heading="Artikelen in deze bestelling",
          items=[("Garmin Forerunner 265 GPS-hardloophorloge, zwart", "Amazon EU S.à r.l.", 1, "EUR 349,99")],
          totals=[("Totaal:", "EUR 349,99")])
ENTRIES.append((label("non_notice", "nl", None, False, "amazon.com.be", "genuine payment-declined reminder before any cancellation; text only iso-8859-1"),
                amazon_headers("amazon.com.be", "Amazon.com.be", "payments-messages@amazon.com.be", ("Lotte Peeters", "lotte.peeters@telenet.be"),
                               "Betaling geweigerd: werk je betaalgegevens bij voor bestelling 407-8812093-6654128",
                               "Wed, 21 May 2025 07:58:33 +0000", False, subj_cs="iso-8859-1"),
                [("plain", genuine_text(_n), "iso-8859-1", "quoted-printable")]))


# --------------------------------------------------------------------------
# Write everything
# --------------------------------------------------------------------------
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(ENTRIES)))
    random.Random(SEED + 1).shuffle(order)  # interleave kinds/languages in file numbering
    labels = []
    for i, idx in enumerate(order):
        lab, hdr, parts = ENTRIES[idx]
        name = "y1%03d.eml" % (i + 1)
        write_eml(os.path.join(OUT, name), build(hdr, parts))
        labels.append(dict(file=name, **lab))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
