#!/usr/bin/env python3
"""Regenerate blind batch g1: 60 raw .eml files + labels.json.

Languages: en, de, nl.  Per language: 6 notices, 6 non-notices, 8 lookalikes.
Run:  python3 make.py   (writes ./mail/*.eml and ./labels.json next to this file)
Deterministic: fixed random seed, fixed dates.
"""
import base64
import json
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
import io
import html as htmlmod

SEED = 71001
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------------------
# marketplace facts
# ---------------------------------------------------------------------------
MP = {
    "amazon.com":    dict(brand="Amazon.com",    cur=lambda v: "$%.2f" % v,   pre=["111", "112", "113", "114"], lang="en"),
    "amazon.co.uk":  dict(brand="Amazon.co.uk",  cur=lambda v: "\u00a3%.2f" % v, pre=["202", "203", "204", "205", "206"], lang="en"),
    "amazon.ca":     dict(brand="Amazon.ca",     cur=lambda v: "CDN$ %.2f" % v, pre=["701", "702"], lang="en"),
    "amazon.com.au": dict(brand="Amazon.com.au", cur=lambda v: "$%.2f" % v,   pre=["250", "249"], lang="en"),
    "amazon.in":     dict(brand="Amazon.in",     cur=lambda v: "\u20b9%s.00" % format(int(v), ","), pre=["402", "403", "404", "405", "171"], lang="en"),
    "amazon.sg":     dict(brand="Amazon.sg",     cur=lambda v: "S$%.2f" % v,  pre=["503"], lang="en"),
    "amazon.ie":     dict(brand="Amazon.ie",     cur=lambda v: "\u20ac%.2f" % v, pre=["407"], lang="en"),
    "amazon.co.za":  dict(brand="Amazon.co.za",  cur=lambda v: "R%.2f" % v,   pre=["601"], lang="en"),
    "amazon.de":     dict(brand="Amazon.de",     cur=lambda v: ("%.2f \u20ac" % v).replace(".", ","), pre=["302", "303", "304", "305", "306", "028"], lang="de"),
    "amazon.nl":     dict(brand="Amazon.nl",     cur=lambda v: ("\u20ac %.2f" % v).replace(".", ","), pre=["402", "403", "405", "408"], lang="nl"),
    "amazon.com.be": dict(brand="Amazon.com.be", cur=lambda v: ("\u20ac %.2f" % v).replace(".", ","), pre=["406", "408"], lang="nl"),
}


def order_no(mp):
    return "%s-%07d-%07d" % (rng.choice(MP[mp]["pre"]), rng.randint(0, 9999999), rng.randint(0, 9999999))


def rand_token(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


BASE_DATE = datetime(2024, 2, 1, tzinfo=timezone.utc)


def rand_date(tz_hours=0):
    d = BASE_DATE + timedelta(days=rng.randint(0, 470), seconds=rng.randint(0, 86399))
    return d.astimezone(timezone(timedelta(hours=tz_hours)))


def redirect(mp, target, ref="pe_1"):
    """Amazon style tracking redirect (gp/r.html)."""
    from urllib.parse import quote
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0na&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, rand_token(13), rand_token(13), datetime(2024, 5, 1).strftime("%Y%m%d%H%M%S"), rhex(32),
               rand_token(12), quote(target, safe=""), rand_token(28), ref))


# ---------------------------------------------------------------------------
# MIME helpers
# ---------------------------------------------------------------------------
def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable"):
    raw = body.encode(charset)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset) if rng.random() < 0.5 else "text/%s; charset=%s" % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:  # 7bit / 8bit
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    p.set_payload(payload)
    return p


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def enc_addr(name, addr, charset="utf-8"):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)


def serialize(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=998)).flatten(m)
    return buf.getvalue()


def build(spec):
    parts = spec["parts"]
    bodies = [text_part(b, st, cs, cte) for (st, b, cs, cte) in parts]
    if len(bodies) == 1 and not spec.get("attach"):
        body = bodies[0]
    else:
        if len(bodies) > 1:
            alt = MIMEMultipart("alternative", boundary=spec.get("boundary"))
            del alt["MIME-Version"]
            for b in bodies:
                alt.attach(b)
        else:
            alt = bodies[0]
        if spec.get("attach"):
            body = MIMEMultipart("mixed", boundary=spec.get("boundary2"))
            del body["MIME-Version"]
            body.attach(alt)
            for fname, ctype, data in spec["attach"]:
                maintype, sub = ctype.split("/")
                a = MIMEApplication(data, sub) if maintype == "application" else text_part(data.decode("utf-8"), sub, "utf-8", "base64")
                if maintype != "application":
                    a.set_param("name", fname)
                else:
                    del a["MIME-Version"]
                    a.set_param("name", fname)
                a.add_header("Content-Disposition", "attachment", filename=fname)
                body.attach(a)
        else:
            body = alt
    hcs = spec.get("hcharset", "utf-8")
    h = []
    h += [t.replace("<user@example.net>", "<%s>" % spec["to"]) for t in spec.get("trace", [])]
    h.append("Date: " + format_datetime(spec["date"]))
    fname, faddr = spec["frm"]
    h.append("From: " + enc_addr(fname, faddr, hcs))
    if spec.get("reply_to"):
        h.append("Reply-To: " + spec["reply_to"])
    h.append("To: " + spec["to"])
    h.append("Message-ID: " + spec["msgid"])
    h.append("Subject: " + enc_header(spec["subject"], hcs))
    h.append("MIME-Version: 1.0")
    h += spec.get("extra", [])
    top = "\n".join(h).encode("utf-8") + b"\n"
    return top + serialize(body)


# ---------------------------------------------------------------------------
# trace/auth headers
# ---------------------------------------------------------------------------
def amazon_trace(mp, date, auth):
    ses_id = "0102%s-%s-%s-%s-%s-000000" % (rhex(12), rhex(8), rhex(4), rhex(4), rhex(12))
    bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), rand_token(8).lower(), mp)
    ip = "54.240.%d.%d" % (rng.randint(0, 15), rng.randint(1, 250))
    rcv = (rng.choice(["mx.google.com", "mx.gmx.net", "mx01.mail.example.net", "mail-in.web.de", "mx.ziggo.nl", "mx3.hotmail.com"]))
    tr = []
    tr.append("Return-Path: <%s>" % bounce)
    tr.append("Received: from %s (%s.smtp-out.eu-west-1.amazonses.com [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
              % ("a%s.smtp-out.eu-west-1.amazonses.com" % ip.replace(".", "-"), ip.replace(".", "-"), ip, rcv, rand_token(10).lower(), "user@example.net", format_datetime(date)))
    if auth:
        tr.append("Authentication-Results: %s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s;\n\tspf=pass (domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                  % (rcv, mp, rand_token(32).lower(), rand_token(8), rand_token(32).lower(), "bounces." + mp, ip, bounce, mp))
        tr.append("DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
                  % (rand_token(32).lower(), mp, int(date.timestamp()), base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()[:43],
                     base64.b64encode(bytes(rng.getrandbits(8) for _ in range(96))).decode()))
    return tr, "<%s@email.amazonses.com>" % ses_id


def generic_trace(from_domain, date, auth_line=None, ip=None, helo=None):
    ip = ip or "%d.%d.%d.%d" % (rng.randint(23, 212), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    helo = helo or "mail." + from_domain
    rcv = rng.choice(["mx.google.com", "mx.gmx.net", "mx01.mail.example.net", "mail-in.web.de", "mx.ziggo.nl"])
    tr = ["Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <user@example.net>; %s"
          % (helo, helo, ip, rcv, rand_token(10).lower(), format_datetime(date))]
    if auth_line:
        tr.append("Authentication-Results: %s;\n\t%s" % (rcv, auth_line))
    return tr


def boundary_java():
    return "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 8, 2 * 10 ** 9), rng.randint(1600000000000, 1750000000000))


def boundary_other(style):
    if style == "java":
        return boundary_java()
    if style == "gmail":
        return "000000000000" + rhex(16)
    if style == "php":
        return "b1_" + rand_token(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    if style == "outlook":
        return "_000_%s%s_" % (rand_token(20), "EURP195MB")
    return "===============%d==" % rng.randint(10 ** 17, 10 ** 18)


def to_addr(lang):
    names = {"en": ["sarah.miller", "j.patel", "tom.okafor", "lisa.nguyen", "mark.evans", "priya.r"],
             "de": ["k.hoffmann", "julia.schneider", "m.weber", "stefan.becker", "anna.wolf"],
             "nl": ["j.devries", "sanne.jansen", "p.vandenberg", "lotte.peeters", "bram.smit"]}[lang]
    doms = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "example.net"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "example.net"],
            "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "gmail.com", "example.net"]}[lang]
    return "%s@%s" % (rng.choice(names), rng.choice(doms))


def esc(s):
    return htmlmod.escape(s, quote=False)


# ---------------------------------------------------------------------------
# Amazon look & feel (shared by genuine notices, Amazon non-notices and the
# polished lookalikes, which copy the same layout)
# ---------------------------------------------------------------------------
LOC = {
    "en": dict(orders="Your Orders", account="Your Account", order="Order #", qty="Quantity", sold="Sold by",
               closing="We hope to see you again soon.", help="Customer Service",
               noreply="This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message."),
    "de": dict(orders="Meine Bestellungen", account="Mein Konto", order="Bestellnr. ", qty="Menge", sold="Verkauf durch",
               closing="Wir hoffen, Sie bald wieder bei uns begr\u00fc\u00dfen zu d\u00fcrfen.", help="Kundenservice",
               noreply="Diese E-Mail wurde von einer Adresse versendet, die keine eingehenden E-Mails empfangen kann. Bitte antworten Sie nicht auf diese Nachricht."),
    "nl": dict(orders="Je bestellingen", account="Je account", order="Bestelling #", qty="Aantal", sold="Verkocht door",
               closing="We hopen je snel weer te zien.", help="Klantenservice",
               noreply="Deze e-mail is verzonden vanaf een adres dat geen inkomende e-mail kan ontvangen. Beantwoord dit bericht niet."),
}


def security_footer(mp, lang):
    b = MP[mp]["brand"]
    if lang == "en":
        return [
            ("Amazon will never ask you to provide your password, card number or other sensitive personal information by email, phone call or text message. "
             "If you receive an email that asks for this information, do not click any link in it."),
            ("If your card number has changed or your card has expired, please update it in Your Account: https://www.%s/cpe/yourpayments/wallet" % mp),
            ("To report a suspicious email that claims to come from %s, visit https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B" % (b, mp)),
            ("Help: https://www.%s/gp/help/customer/display.html  |  Your Orders: https://www.%s/gp/css/order-history" % (mp, mp)),
        ]
    if lang == "de":
        return [
            ("Amazon wird Sie niemals per E-Mail, Telefon oder SMS auffordern, Ihr Passwort, Ihre Kreditkartennummer oder andere vertrauliche Daten preiszugeben. "
             "Wenn Sie eine solche Nachricht erhalten, klicken Sie auf keinen Link."),
            ("Wenn sich Ihre Kartennummer ge\u00e4ndert hat oder Ihre Karte abgelaufen ist, aktualisieren Sie diese bitte unter Mein Konto: https://www.%s/cpe/yourpayments/wallet" % mp),
            ("Verd\u00e4chtige E-Mails, die angeblich von Amazon stammen, k\u00f6nnen Sie hier melden: https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B" % mp),
            ("Hilfe: https://www.%s/hilfe  |  Meine Bestellungen: https://www.%s/gp/css/order-history" % (mp, mp)),
            "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister: R.C.S. Luxembourg B-101818.",
        ]
    return [
        ("Amazon zal je nooit via e-mail, telefoon of sms vragen om je wachtwoord, creditcardnummer of andere gevoelige persoonlijke gegevens. "
         "Klik niet op links in berichten die daarom vragen."),
        ("Als je kaartnummer is gewijzigd of je kaart is verlopen, werk deze dan bij in Je account: https://www.%s/cpe/yourpayments/wallet" % mp),
        ("Verdachte e-mails die van %s lijken te komen, kun je hier melden: https://www.%s/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B" % (b, mp)),
        ("Hulp: https://www.%s/gp/help/customer/display.html  |  Je bestellingen: https://www.%s/gp/css/order-history" % (mp, mp)),
        "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
    ]


def linkify(s, mp, link_host=None):
    """Escape text and turn bare URLs into anchors.  link_host: if set, every
    href is rewritten to that (phishing) host while the visible text stays."""
    import re
    out = []
    pos = 0
    for m in re.finditer(r"https?://[^\s<>\"]+", s):
        out.append(esc(s[pos:m.start()]))
        url = m.group(0)
        href = link_host if link_host else redirect(mp, url)
        out.append('<a href="%s">%s</a>' % (esc(href).replace('"', "&quot;"), esc(url)))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def amazon_text(mp, lang, title, order, greeting, paras, items_head, items, post, footer=None, sig=True):
    b = MP[mp]["brand"]
    L = LOC[lang]
    rule = "_" * 75
    t = ["%s %s" % (b, title)]
    if order:
        t.append("%s%s" % (L["order"], order))
    t.append("https://www.%s/ref=TE_tex_h" % mp)
    t += [rule, "", greeting, ""]
    for p in paras:
        t += [p, ""]
    if items:
        t.append(items_head)
        t.append("")
        for it in items:
            t.append("    " + it[0])
            t.append("    %s: %s    %s" % (L["qty"], it[1], MP[mp]["cur"](it[2])))
            if len(it) > 3:
                t.append("    %s: %s" % (L["sold"], it[3]))
            t.append("")
    t.append(rule)
    t.append("")
    for p in post:
        t += [p, ""]
    if sig:
        t += [L["closing"], b, ""]
    t.append(rule)
    for p in (footer if footer is not None else security_footer(mp, lang)):
        t += ["", p]
    t += ["", L["noreply"], ""]
    return "\n".join(t)


CLASSIC_CSS = """body{margin:0;padding:0;font:12px/16px Arial,sans-serif;color:#333}
#container{width:640px;margin:0 auto}
#header .logo img{width:139px}
#header .navigation{text-align:right;font-size:12px}
#header .title h2{color:#CC6600;font:20px Arial,sans-serif;margin:0 0 4px}
#summary .heading{color:#CC6600;font-size:18px}
#itemDetails td{padding:8px 0;vertical-align:top}
#itemDetails .name{font-weight:bold;color:#0066C0}
#closing td{padding-top:12px}
#legal p{color:#666;font-size:10px;line-height:14px}
a{color:#0066C0;text-decoration:none}"""

MODERN_CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:18px; line-height:24px; color:#002E36; }
.orderDetailsTable { font-size:15px; line-height:20px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.emailClosing { font-size:9px; line-height:15px; color:#868686; }"""


def amazon_html(mp, lang, title, order, greeting, paras, items_head, items, post, style="classic",
                footer=None, link_host=None, sig=True, button=None):
    """Build an Amazon-looking HTML body.  button=(label, url)."""
    b = MP[mp]["brand"]
    L = LOC[lang]
    lh = link_host

    def href(u):
        return esc(lh) if lh else esc(redirect(mp, u))
    footer = footer if footer is not None else security_footer(mp, lang)
    img = "https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png"
    item_rows = []
    for it in items:
        pic = "https://images-eu.ssl-images-amazon.com/images/I/%s._SCLZZZZZZZ_SX115_.jpg" % rand_token(11, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        sold = ('<br /><span style="color:#666">%s: %s</span>' % (L["sold"], esc(it[3]))) if len(it) > 3 else ""
        item_rows.append(
            '<tr> <td width="120"><a href="%s"><img src="%s" width="100" alt="" border="0" /></a></td> '
            '<td class="name"><a href="%s">%s</a>%s<br />%s: %s</td> <td class="price" align="right"><strong>%s</strong></td> </tr>'
            % (href("https://www.%s/dp/%s" % (mp, rand_token(10))), pic, href("https://www.%s/dp/%s" % (mp, rand_token(10))),
               esc(it[0]), sold, L["qty"], it[1], MP[mp]["cur"](it[2])))
    paras_h = "".join("<p>%s</p>" % linkify(p, mp, lh) for p in paras)
    post_h = "".join("<p>%s</p>" % linkify(p, mp, lh) for p in post)
    foot_h = "".join("<p>%s</p>" % linkify(p, mp, lh) for p in footer)
    btn = ""
    if button:
        btn = ('<table class="buttonComponent" width="222"><tbody><tr><td align="center" valign="middle" height="47" '
               'style="background:#FFD814;border-radius:8px"><a class="buttonComponentLink" href="%s" style="color:#111">%s</a></td></tr></tbody></table>'
               % (esc(button[1]) if lh else href(button[1]), esc(button[0])))
    if style == "classic":
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <title>%(brand)s %(title)s</title>
  <style type="text/css">
%(css)s
  </style>
 </head>
 <body><img width="1" height="1" src="https://www.%(mp)s/gp/r.html?C=%(tok)s&amp;T=E" />
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img src="%(img)s" alt="%(brand)s" border="0" /></a></td>
             <td class="navigation">
              <table align="right"><tbody><tr>
                 <td> <a href="%(ordersurl)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(accurl)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(brand)s</a> </td>
              </tr></tbody></table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(orderline)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(greeting)s</span> %(paras)s %(btn)s</td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        %(itemsblock)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> %(post)s %(sig)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legal" cellpadding="0">
           <tbody>
            <tr>
             <td> %(foot)s <p>%(noreply)s</p> </td>
            </tr>
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
""" % dict(brand=b, title=esc(title), css=CLASSIC_CSS, mp=mp, tok=rand_token(13), img=img,
           home=href("https://www.%s/" % mp), ordersurl=href("https://www.%s/gp/css/order-history" % mp),
           accurl=href("https://www.%s/gp/css/homepage.html" % mp), orders=L["orders"], account=L["account"],
           orderline=(('%s<a href="%s">%s</a>' % (L["order"], href("https://www.%s/gp/css/summary/edit.html?orderID=%s" % (mp, order)), order)) if order else ""),
           greeting=esc(greeting), paras=paras_h, btn=btn,
           itemsblock=(('<tr> <td> <table id="itemDetails" cellpadding="0" width="100%%"> <tbody> <tr><td colspan="3"><h3 style="color:#CC6600;font:16px Arial">%s</h3></td></tr> %s </tbody> </table> </td> </tr>'
                        % (esc(items_head), " ".join(item_rows))) if items else ""),
           post=post_h, sig=('<p><br />%s<br /> <span class="signature"><strong>%s</strong></span></p>' % (esc(L["closing"]), b) if sig else ""),
           foot=foot_h, noreply=esc(L["noreply"]))
    # modern (hedwig) layout
    return """    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
%(css)s
  </style>
 </head>
 <body>
  <table class="emailBody" align="center"><tr><td class="emailBodyTD">
   <table class="brandTable"><tr><td><a href="%(home)s"><img class="brandImage" src="%(img)s" alt="%(brand)s" /></a></td></tr></table>
   <table class="emailContainer" width="100%%"><tr><td class="emailContainerTD">
    <table class="greetingTable"><tr><td>%(greeting)s</td></tr></table>
    <table class="informationTable"><tr><td><b>%(title)s</b></td></tr><tr><td>%(paras)s</td></tr><tr><td>%(btn)s</td></tr></table>
    %(orderid)s
    %(itemsblock)s
    <table class="informationTable"><tr><td>%(post)s</td></tr></table>
   </td></tr></table>
   <table class="emailClosing"><tr><td>%(foot)s<p>%(noreply)s</p><p>&copy;2024 %(brand)s</p></td></tr></table>
  </td></tr></table>
 </body>
    </html>
""" % dict(css=MODERN_CSS, home=href("https://www.%s/" % mp), img=img, brand=b, greeting=esc(greeting), title=esc(title),
           paras=paras_h, btn=btn,
           orderid=(('<table class="orderIdTable"><tr><td>%s<a href="%s">%s</a></td></tr></table>'
                     % (L["order"], href("https://www.%s/gp/your-account/order-details?orderID=%s" % (mp, order)), order)) if order else ""),
           itemsblock=(('<table class="orderDetailsTable" width="100%%"><tr><td colspan="3"><b>%s</b></td></tr>%s</table>' % (esc(items_head), "".join(item_rows))) if items else ""),
           post=post_h, foot=foot_h, noreply=esc(L["noreply"]))


SPECS = []


def amazon_mail(kind, lang, cause, states_reason, mp, note, sender, subject, title, order, greeting, paras,
                items_head, items, post, fmt="multi", style="classic", auth=False, charset="utf-8",
                ctes=("quoted-printable", "quoted-printable"), footer=None, button=None, extra=None, reply_to=True,
                label_mp=None):
    """Genuine Amazon-sent mail (notice or Amazon non-notice)."""
    date = rand_date(0)
    tr, mid = amazon_trace(mp, date, auth)
    text = amazon_text(mp, lang, title, order, greeting, paras, items_head, items, post, footer)
    html = amazon_html(mp, lang, title, order, greeting, paras, items_head, items, post, style, footer, button=button)
    if charset != "utf-8":
        html = html.replace("charset=UTF-8", "charset=%s" % charset)
    parts = {"multi": [("plain", text, charset, ctes[0]), ("html", html, charset, ctes[1])],
             "html": [("html", html, charset, ctes[1])],
             "text": [("plain", text, charset, ctes[0])]}[fmt]
    SPECS.append(dict(
        label=dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                   marketplace=label_mp if label_mp is not None else mp, note=note),
        trace=tr, date=date, msgid=mid, frm=(MP[mp]["brand"], "%s@%s" % (sender, mp)),
        reply_to=("no-reply@%s" % mp) if reply_to else None, to=to_addr(lang), subject=subject,
        hcharset=charset, parts=parts, boundary=boundary_java(),
        extra=(["X-AMAZON-MAIL-RELAY-TYPE: notification", "Bounces-to: %s@bounces.%s" % (rand_token(20), mp),
                "X-AMAZON-RTE-VERSION: 2.0", "Feedback-ID: 1.eu-west-1.%s=:AmazonSES" % rand_token(43)] + (extra or []))))


# ===========================================================================
# NOTICES (genuine Amazon order cancellations): 6 per language
# ===========================================================================
def notices():
    # ---------------- English ----------------
    o = order_no("amazon.com")
    amazon_mail("notice", "en", "inventory_shortage", True, "amazon.com",
                "US, item out of stock / supplier could not provide; Canceled Items; auth pass", "order-update",
                "Your Amazon.com order #%s has been canceled" % o, "Order Cancellation", o, "Hello Sarah,",
                ["We're writing to let you know that the following item has been canceled from your order #%s. We're sorry, but this item is currently out of stock and we were unable to obtain it from our supplier within the time we promised." % o,
                 "You have not been charged for the canceled item. If a pending authorization appears on your card statement, your bank will release it within 3-5 business days."],
                "Canceled Items", [("Sony WH-1000XM5 Wireless Noise Canceling Headphones, Black", 1, 348.00, "Amazon.com Services LLC")],
                ["If you'd still like this item, you can sign up on the product page to be notified when it's back in stock: https://www.amazon.com/dp/B09XS7JWHH",
                 "Any other items in your order are not affected and will ship as scheduled."],
                fmt="multi", style="classic", auth=True)

    o = order_no("amazon.co.uk")
    amazon_mail("notice", "en", "payment_issue", True, "amazon.co.uk",
                "UK, card declined and payment revision period expired; text only; no auth", "payments-messages",
                "Your Amazon.co.uk order %s has been cancelled" % o, "Order cancelled", o, "Hello Mark,",
                ["We're sorry, but we weren't able to process your payment for order #%s. The bank that issued your card declined the charge, and because the payment method wasn't updated within the payment revision period, we've cancelled your order." % o,
                 "No payment has been taken for this order."],
                "Cancelled item(s):", [("Ninja Foodi MAX Dual Zone Air Fryer AF400UK, 9.5 L", 1, 199.99)],
                ["If you still want these items, please place a new order using a different payment method. You can review the cards saved to your account at any time in Your Account > Your Payments."],
                fmt="text", auth=False, ctes=("quoted-printable", None))

    o = order_no("amazon.ca")
    amazon_mail("notice", "en", "technical_issue", True, "amazon.ca",
                "CA, pricing error on website, item cancelled; modern layout; base64; auth pass", "order-update",
                "An item has been cancelled from your Amazon.ca order #%s" % o, "Item cancelled", o, "Hi Tom,",
                ["We're contacting you about your recent order #%s. Due to a pricing error on our website, the item below was displayed at an incorrect price. Because of this error, we have cancelled the item from your order." % o,
                 "We apologize for any inconvenience. You have not been charged for this item."],
                "Cancelled items", [("Dyson V15 Detect Absolute Cordless Vacuum Cleaner", 1, 129.99)],
                ["The item is still available at its correct price if you'd like to order it again: https://www.amazon.ca/dp/B0BXJ8XQ2M"],
                fmt="multi", style="modern", auth=True, ctes=("base64", "base64"))

    o = order_no("amazon.com.au")
    amazon_mail("notice", "en", "fraud_prevention", True, "amazon.com.au",
                "AU, unusual activity, account on hold, sign in to verify; 8bit; no auth", "cs-reply",
                "Your Amazon.com.au order %s has been cancelled" % o, "Order cancelled", o, "Hello Lisa,",
                ["We've cancelled your order #%s because we noticed unusual activity on your account during a routine security review. To protect you, we've also placed a temporary hold on your Amazon.com.au account." % o,
                 "To remove the hold, sign in to your account on the Amazon.com.au website or in the Amazon Shopping app and follow the on-screen instructions to verify your identity. We can't remove the hold by email, and we will never ask you to send your password or card details in a reply to this message."],
                "Cancelled items", [("Apple AirPods Pro (2nd generation) with MagSafe Case (USB-C)", 2, 399.00)],
                ["Any payment authorisation for this order will be released by your bank."],
                fmt="multi", style="classic", auth=False, ctes=("8bit", "8bit"), reply_to=False)

    o = order_no("amazon.in")
    amazon_mail("notice", "en", "customer_request", True, "amazon.in",
                "IN, 'Successful cancellation', Cancel Reason: Customer Canceled; html only; auth pass", "auto-confirm",
                "Successful cancellation of 1 item from your Amazon.in order %s" % o, "Cancellation Confirmation", o, "Hello Priya,",
                ["As you requested, we've cancelled the following item from your order #%s." % o,
                 "Cancel Reason: Customer Canceled",
                 "Refund: %s will be credited to your original payment method within 2-4 business days. If you chose Pay on Delivery, no further action is needed." % MP["amazon.in"]["cur"](1299)],
                "Cancelled Items", [("boAt Airdopes 141 Bluetooth TWS Earbuds, Bold Black", 1, 1299, "Appario Retail Private Ltd")],
                ["Your other items will be delivered as scheduled. Track them in Your Orders: https://www.amazon.in/gp/css/order-history"],
                fmt="html", style="classic", auth=True, ctes=(None, "8bit"))

    o = order_no("amazon.co.za")
    amazon_mail("notice", "en", "unknown", False, "amazon.co.za",
                "ZA, order cancelled, no reason given; modern; no auth", "order-update",
                "Your Amazon.co.za order #%s has been cancelled" % o, "Your order has been cancelled", o, "Hello Thabo,",
                ["Your order #%s has been cancelled. We're sorry for any inconvenience this may cause." % o,
                 "If you were charged for this order, a full refund will be issued to your original payment method. Refunds usually appear within 5-7 business days."],
                "Cancelled items", [("Philips Series 5000 Wet & Dry Electric Shaver S5588/30", 1, 1899.00)],
                ["You can view the status of your orders at any time in Your Orders: https://www.amazon.co.za/gp/css/order-history"],
                fmt="multi", style="modern", auth=False)

    # ---------------- German ----------------
    mp = "amazon.de"
    o = order_no(mp)
    amazon_mail("notice", "de", "payment_issue", True, mp,
                "Karte abgelaufen, Zahlung nicht autorisiert, Frist verstrichen; iso-8859-15 QP; auth pass", "payments-messages",
                "Ihre Amazon.de-Bestellung %s wurde storniert" % o, "Stornierung Ihrer Bestellung", o, "Guten Tag Katrin Hoffmann,",
                ["leider konnten wir die Zahlung f\u00fcr Ihre Bestellung %s nicht autorisieren: Die hinterlegte Kreditkarte ist abgelaufen. Da innerhalb der Frist von 7 Tagen keine g\u00fcltige Zahlungsart ausgew\u00e4hlt wurde, haben wir die Bestellung storniert." % o,
                 "Es wurde kein Betrag von Ihrem Konto abgebucht."],
                "Stornierte Artikel", [("Bosch Professional 18V System Akku-Schlagbohrschrauber GSB 18V-55", 1, 189.90)],
                ["Wenn Sie die Artikel weiterhin kaufen m\u00f6chten, geben Sie bitte eine neue Bestellung auf und w\u00e4hlen Sie eine g\u00fcltige Zahlungsart. Ihre gespeicherten Zahlungsarten verwalten Sie unter https://www.amazon.de/cpe/yourpayments/wallet"],
                fmt="multi", style="classic", auth=True, charset="iso-8859-15")

    o = order_no(mp)
    amazon_mail("notice", "de", "inventory_shortage", True, mp,
                "Vorbestellung kann nicht erfuellt werden, Hersteller liefert nicht; html only base64; no auth", "order-update",
                "Artikel aus Ihrer Amazon.de-Bestellung %s storniert" % o, "Artikel storniert", o, "Hallo Julia,",
                ["leider m\u00fcssen wir Ihnen mitteilen, dass wir Ihre Vorbestellung nicht erf\u00fcllen k\u00f6nnen. Der Hersteller hat uns mitgeteilt, dass er den folgenden Artikel nicht in der erwarteten Menge liefern kann. Wir haben den Artikel daher aus Ihrer Bestellung %s storniert." % o,
                 "Da der Artikel nicht versendet wurde, wird Ihnen nichts berechnet."],
                "Stornierte Artikel", [("The Legend of Zelda: Echoes of Wisdom \u2013 Limited Edition [Nintendo Switch]", 1, 69.99)],
                ["Wir bedauern, Ihnen keine bessere Nachricht geben zu k\u00f6nnen."],
                fmt="html", style="modern", auth=False, ctes=(None, "base64"))

    o = order_no(mp)
    amazon_mail("notice", "de", "customer_request", True, mp,
                "Erfolgreiche Stornierung, Stornierungsgrund: Vom Kunden storniert; base64; auth pass", "auto-confirm",
                "Erfolgreiche Stornierung von 1 Artikel aus Ihrer Amazon.de-Bestellung %s" % o, "Stornierungsbest\u00e4tigung", o, "Hallo Michael,",
                ["wie von Ihnen gew\u00fcnscht, haben wir den folgenden Artikel aus Ihrer Bestellung %s storniert." % o,
                 "Stornierungsgrund: Vom Kunden storniert",
                 "Falls Ihr Zahlungsmittel bereits belastet wurde, erhalten Sie die Erstattung innerhalb von 3 bis 5 Werktagen."],
                "Stornierte Artikel", [("Tchibo Barista Caff\u00e8 Crema, 1 kg ganze Bohnen, 4er Pack", 1, 59.96)],
                [], fmt="multi", style="classic", auth=True, ctes=("base64", "base64"))

    o = order_no(mp)
    amazon_mail("notice", "de", "fraud_prevention", True, mp,
                "ungewoehnliche Aktivitaeten, Konto voruebergehend gesperrt, Identitaet bestaetigen; text only 8bit; no auth", "cs-reply",
                "Ihre Bestellung %s bei Amazon.de wurde storniert" % o, "Bestellung storniert", o, "Guten Tag Stefan Becker,",
                ["bei einer routinem\u00e4\u00dfigen \u00dcberpr\u00fcfung haben wir ungew\u00f6hnliche Aktivit\u00e4ten in Ihrem Kundenkonto festgestellt. Zu Ihrem Schutz haben wir Ihre Bestellung %s storniert und Ihr Konto vor\u00fcbergehend gesperrt." % o,
                 "Um die Sperre aufzuheben, melden Sie sich bitte \u00fcber die Amazon-App oder direkt auf www.amazon.de an und folgen Sie den Anweisungen zur Best\u00e4tigung Ihrer Identit\u00e4t. Geben Sie Ihre Daten niemals \u00fcber Links in E-Mails oder am Telefon weiter."],
                "Stornierte Artikel", [("Apple iPad Air 11\" (M2), 256 GB, Space Grau", 1, 799.00), ("Apple Pencil Pro", 1, 149.00)],
                ["Eventuelle Vorautorisierungen auf Ihrer Karte werden automatisch freigegeben."],
                fmt="text", auth=False, ctes=("8bit", None), reply_to=False)

    o = order_no(mp)
    amazon_mail("notice", "de", "technical_issue", True, mp,
                "technischer Fehler, falscher Preis angezeigt; html only QP; auth pass", "order-update",
                "Information zu Ihrer Amazon.de-Bestellung %s" % o, "Ihre Bestellung wurde storniert", o, "Guten Tag Anna Wolf,",
                ["aufgrund eines technischen Fehlers wurde der folgende Artikel auf Amazon.de kurzzeitig mit einem fehlerhaften Preis angezeigt. Wir haben Ihre Bestellung %s deshalb storniert." % o,
                 "Wir entschuldigen uns f\u00fcr die Unannehmlichkeiten. Es wurde keine Zahlung von Ihnen eingezogen."],
                "Stornierte Artikel", [("Samsung Galaxy S24 Ultra, 512 GB, Titanium Black", 1, 89.00)],
                ["Der Artikel ist weiterhin zum korrekten Preis auf Amazon.de erh\u00e4ltlich."],
                fmt="html", style="classic", auth=True, ctes=(None, "quoted-printable"))

    o = order_no(mp)
    amazon_mail("notice", "de", "unknown", True, mp,
                "Lieferadresse (Packstation) nicht belieferbar, Ruecksendung, storniert; iso-8859-15 8bit; no auth", "order-update",
                "Ihre Bestellung %s wurde storniert" % o, "Bestellung storniert", o, "Hallo Katrin,",
                ["leider konnten wir Ihre Bestellung %s nicht zustellen. Die angegebene Lieferadresse (Packstation 117, 10115 Berlin) kann f\u00fcr diesen Artikel nicht beliefert werden, und der Versanddienstleister hat die Sendung an uns zur\u00fcckgeschickt. Die Bestellung wurde daher storniert." % o,
                 "Den vollen Kaufbetrag erstatten wir Ihnen auf die urspr\u00fcngliche Zahlungsart."],
                "Stornierte Artikel", [("Weber Spirit E-325 GBS Gasgrill, Schwarz", 1, 749.00)],
                ["Bitte \u00fcberpr\u00fcfen Sie Ihre Adressen unter Mein Konto, bevor Sie erneut bestellen: https://www.amazon.de/a/addresses"],
                fmt="multi", style="modern", auth=False, charset="iso-8859-15", ctes=("8bit", "8bit"))

    # ---------------- Dutch ----------------
    o = order_no("amazon.nl")
    amazon_mail("notice", "nl", "technical_issue", True, "amazon.nl",
                "systeemfout bij verwerking; QP; auth pass", "order-update",
                "Je Amazon.nl-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Jeroen,",
                ["Door een systeemfout bij het verwerken van je bestelling %s kon deze niet correct worden afgerond. We hebben de bestelling daarom geannuleerd." % o,
                 "Er is niets van je rekening afgeschreven. Eventuele reserveringen op je kaart vervallen automatisch."],
                "Geannuleerde artikelen", [("Philips Airfryer XXL HD9650/90, 7,3 l", 1, 199.99)],
                ["Je kunt het artikel opnieuw bestellen via https://www.amazon.nl/dp/B07MQ1LDRS"],
                fmt="multi", style="classic", auth=True)

    o = order_no("amazon.com.be")
    amazon_mail("notice", "nl", "inventory_shortage", True, "amazon.com.be",
                "BE, verkoper kan niet leveren, niet op voorraad; windows-1252 8bit text only; no auth", "order-update",
                "Artikel geannuleerd uit je Amazon.com.be-bestelling %s" % o, "Artikel geannuleerd", o, "Beste Lotte,",
                ["Helaas heeft de verkoper ons laten weten dat het volgende artikel niet meer op voorraad is en niet kan worden geleverd. We hebben het artikel daarom uit je bestelling %s geannuleerd." % o,
                 "Je betaalt niets voor dit artikel."],
                "Geannuleerde artikelen", [("LEGO Icons Orchidee 10311", 2, 49.99, "SpeelgoedDirect BV")],
                ["Andere artikelen in je bestelling worden zoals gepland geleverd."],
                fmt="text", auth=False, charset="windows-1252", ctes=("8bit", None))

    o = order_no("amazon.nl")
    amazon_mail("notice", "nl", "payment_issue", True, "amazon.nl",
                "onvoldoende cadeaubontegoed, betaaltermijn verstreken; html only base64; auth pass", "payments-messages",
                "Je bestelling %s bij Amazon.nl is geannuleerd" % o, "Betaling niet voltooid", o, "Hallo Sanne,",
                ["We konden de betaling voor je bestelling %s niet voltooien. Het saldo van je Amazon-cadeaubon was onvoldoende om het volledige bedrag te dekken en er is binnen de betaaltermijn geen andere betaalmethode toegevoegd. Daarom hebben we je bestelling geannuleerd." % o,
                 "Het tegoed van je cadeaubon is niet gebruikt en staat nog op je account."],
                "Geannuleerde artikelen", [("Samsonite Uplite Spinner Koffer 78 cm, Navy", 1, 229.00)],
                ["Wil je de artikelen toch bestellen? Plaats dan een nieuwe bestelling en kies een andere betaalmethode."],
                fmt="html", style="modern", auth=True, ctes=(None, "base64"))

    o = order_no("amazon.nl")
    amazon_mail("notice", "nl", "customer_request", True, "amazon.nl",
                "annulering gelukt, reden: geannuleerd door klant; 8bit; no auth", "auto-confirm",
                "Je annulering is gelukt: bestelling %s" % o, "Annulering bevestigd", o, "Hallo Bram,",
                ["Op jouw verzoek hebben we je bestelling %s geannuleerd." % o,
                 "Reden van annulering: geannuleerd door klant",
                 "Als er al een bedrag is afgeschreven, wordt het binnen 3 tot 5 werkdagen teruggestort op je oorspronkelijke betaalmethode."],
                "Geannuleerde artikelen", [("Tefal Ingenio Emotion pannenset, 10-delig", 1, 119.95)],
                [], fmt="multi", style="modern", auth=False, ctes=("8bit", "quoted-printable"))

    o = order_no("amazon.com.be")
    amazon_mail("notice", "nl", "fraud_prevention", True, "amazon.com.be",
                "BE, afwijkende activiteit, account tijdelijk geblokkeerd tot verificatie; QP; auth pass", "account-update",
                "Je Amazon.com.be-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Beste Pieter,",
                ["Bij een controle van je account hebben we een bestelling opgemerkt die niet overeenkomt met je gebruikelijke activiteit. Om je te beschermen hebben we bestelling %s geannuleerd en je account tijdelijk geblokkeerd totdat we je identiteit en betaalgegevens kunnen verifi\u00ebren." % o,
                 "Open de Amazon-app of typ zelf www.amazon.com.be in je browser, meld je aan en volg de instructies op het scherm. Stuur ons geen gegevens per e-mail."],
                "Geannuleerde artikelen", [("Garmin Forerunner 965 GPS-sporthorloge, zwart", 1, 599.99)],
                [], fmt="multi", style="classic", auth=True)

    o = order_no("amazon.nl")
    amazon_mail("notice", "nl", "unknown", False, "amazon.nl",
                "geannuleerd zonder reden; text only QP; no auth", "order-update",
                "Je Amazon.nl-bestelling %s is geannuleerd" % o, "Bestelling geannuleerd", o, "Hallo Femke,",
                ["Je bestelling %s is geannuleerd. Het spijt ons voor het ongemak." % o,
                 "Als er al een betaling is gedaan, ontvang je het volledige bedrag terug op je oorspronkelijke betaalmethode."],
                "Geannuleerde artikelen", [("Bosch Serie 4 Waterkoker TWK4P440, 1,7 l", 1, 54.99)],
                [], fmt="text", auth=False)


# ===========================================================================
# generic (non-Amazon-template) mail helper
# ===========================================================================
def mid_for(addr, style=None):
    dom = addr.split("@")[1]
    if style == "gmail" or dom in ("gmail.com", "googlemail.com"):
        return "<CA%s@mail.gmail.com>" % rand_token(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_")
    if dom.startswith(("outlook.", "hotmail.", "live.")):
        return "<%s@%s.eurprd0%d.prod.outlook.com>" % (rand_token(32), rand_token(14), rng.randint(1, 9))
    if dom.startswith("yahoo."):
        return "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    return "<%s.%s@%s>" % (rhex(16), rhex(8), dom)


def raw_mail(label, frm, subject, parts, auth_line=None, reply_to=None, extra=None, bstyle="default",
             hcharset="utf-8", attach=None, tz=0, to=None, trace=None, msgid=None, ip=None, helo=None):
    date = rand_date(tz)
    dom = frm[1].split("@")[1]
    if ip is None and auth_line and " does not designate " in auth_line:
        ip = auth_line.split(" does not designate ")[1].split(" ")[0]
    SPECS.append(dict(
        label=label, trace=trace if trace is not None else generic_trace(dom, date, auth_line, ip, helo), date=date,
        msgid=msgid or mid_for(frm[1], bstyle), frm=frm, reply_to=reply_to, to=to or to_addr(label["language"]),
        subject=subject, hcharset=hcharset, parts=parts, boundary=boundary_other(bstyle), boundary2=boundary_other(bstyle),
        attach=attach, extra=extra or []))


def L(kind, lang, cause, states_reason, note, marketplace=None):
    return dict(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=marketplace, note=note)


def simple_html(body_html, title=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">\n%s\n</body></html>\n' % (esc(title), body_html))


def amazon_logo_block(mp):
    return ('<div style="border-bottom:3px solid #FF9900;padding:10px 0"><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" '
            'width="110" alt="%s"></div>' % MP[mp]["brand"])


AUTH_FAIL = "dkim=none (message not signed);\n\tspf=softfail (domain of transitioning {m} does not designate {ip} as permitted sender) smtp.mailfrom={m};\n\tdmarc=none header.from={d}"


def auth_pass_for(dom, m):
    return ("dkim=pass header.d=%s header.s=default header.b=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=NONE dis=NONE) header.from=%s"
            % (dom, rand_token(8), m, dom))


def freemail_auth(addr):
    dom = addr.split("@")[1]
    return ("dkim=pass header.i=@%s header.s=s2048 header.b=%s;\n\tspf=pass (domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, rand_token(8), addr, "209.85.%d.%d" % (rng.randint(128, 220), rng.randint(1, 250)), addr, dom))


def phish_amazon(label, mp, lang, frm, subject, link_host, title, order, greeting, paras, items_head, items, post,
                 style="classic", fmt="multi", charset="utf-8", ctes=("quoted-printable", "quoted-printable"),
                 auth_line=None, reply_to=None, button=None, footer=None, tz=0):
    """Polished phishing: copies the Amazon layout, hrefs all go to link_host."""
    text = amazon_text(mp, lang, title, order, greeting, paras, items_head, items, post, footer)
    text = text.replace("https://www.%s/ref=TE_tex_h" % mp, link_host)
    if button:
        text = text.replace(greeting + "\n", greeting + "\n", 1)
        text += "\n%s: %s\n" % (button[0], link_host)
    html = amazon_html(mp, lang, title, order, greeting, paras, items_head, items, post, style, footer,
                       link_host=link_host, button=button)
    parts = {"multi": [("plain", text, charset, ctes[0]), ("html", html, charset, ctes[1])],
             "html": [("html", html, charset, ctes[1])]}[fmt]
    raw_mail(label, frm, subject, parts, auth_line=auth_line, reply_to=reply_to, bstyle="java", tz=tz,
             extra=["X-Mailer: PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"] if rng.random() < 0.5 else [])


# ===========================================================================
# LOOKALIKES (phishing imitating a cancellation): 8 per language
# ===========================================================================
def lookalikes():
    # ---------------- English ----------------
    a = "amzn.supportdesk.orders@gmail.com"
    raw_mail(L("lookalike", "en", "fraud_prevention", True, "crude; gmail sender; callback phone number; malformed order no"),
             ("Amazon Support Team", a), "Order Cancelled !! Refund Pending - Call Now",
             [("plain", """Dear Customer,

Your Amazon order #AMZ-88271-US has been CANCELLED due to suspicious login from unknown device (Location: Lagos, Nigeria).

Item : Apple iPhone 15 Pro Max 256GB - Natural Titanium
Amount : $1,299.00
Payment : Visa ending ****4471

If you did not place this order or want to stop the charge, please call our Toll Free Helpline immediately:

      +1 (888) 409-2271   (24x7)

Refund will be processed ONLY after verification over call.

Thanks & Regards
Amazon Order Department
(c) 2024 Amazon.com, Inc
""", "us-ascii", "7bit")], auth_line=freemail_auth(a), bstyle="gmail", tz=-5)

    o = order_no("amazon.com")
    host = "https://amazon-orders.help/ap/signin?openid.return_to=orders&id=%s" % rhex(24)
    phish_amazon(L("lookalike", "en", "payment_issue", True, "polished Amazon layout; amazon-orders.help with dkim/dmarc pass for own domain; link text amazon.com, href elsewhere; 'will be canceled' unless payment updated"),
                 "amazon.com", "en", ("Amazon.com", "order-update@amazon-orders.help"),
                 "Action required: your Amazon.com order #%s will be canceled" % o, host,
                 "Payment declined", o, "Hello,",
                 ["We were unable to authorize your payment method for order #%s. To avoid cancellation, please update your payment information within 24 hours." % o,
                  "If we don't receive a valid payment method, your order will be canceled automatically and the items released to other customers."],
                 "Order details", [("Apple MacBook Air 13-inch Laptop, M3 chip, 16GB RAM, 512GB SSD", 1, 1299.00)],
                 ["You can review this order in Your Orders: https://www.amazon.com/gp/css/order-history"],
                 button=("Update payment method", host),
                 auth_line=auth_pass_for("amazon-orders.help", "bounce@amazon-orders.help"), reply_to="no-reply@amazon-orders.help", tz=0)

    frm = ("\u0410m\u0430zon.co.uk", "no-reply@secure-mailer-uk.com")
    body = """Dear Customer,

We have temporarily suspended your account and cancelled your recent order 204-3381-22917 because we detected an unusual sign-in and a mismatch in your billing information.

To reactivate your account and restore your order, enter the following security code on our verification page:

    Security code: 7H4-K29

Verify now: http://uk-amazon-restore.com/verify?code=7H4K29

If you do not verify within 48 hours, your account will be permanently closed and any remaining balance forfeited.

Amazon.co.uk Account Security
"""
    html = simple_html(amazon_logo_block("amazon.co.uk") +
                       "<p>Dear Customer,</p><p>We have temporarily <b>suspended your account</b> and <b>cancelled your recent order 204-3381-22917</b> because we detected an unusual sign-in and a mismatch in your billing information.</p>"
                       "<p>To reactivate your account and restore your order, enter the following security code on our verification page:</p>"
                       "<p style=\"font-size:22px;letter-spacing:4px;background:#f3f3f3;padding:10px;text-align:center\"><b>7H4-K29</b></p>"
                       "<p style=\"text-align:center\"><a href=\"http://uk-amazon-restore.com/verify?code=7H4K29\" style=\"background:#FFD814;padding:10px 30px;color:#111;text-decoration:none;border-radius:8px\">Verify now</a></p>"
                       "<p>If you do not verify within 48 hours, your account will be permanently closed.</p><p>Amazon.co.uk Account Security</p>", "Account suspended")
    raw_mail(L("lookalike", "en", "fraud_prevention", True, "Cyrillic homoglyphs in display name; account suspended + order cancelled, use this code; malformed order no"),
             frm, "Account suspended \u2013 order cancelled (ref. 204-3381-22917)",
             [("plain", body, "utf-8", "base64"), ("html", html, "utf-8", "base64")],
             auth_line=AUTH_FAIL.format(m="no-reply@secure-mailer-uk.com", ip="185.222.58.14", d="secure-mailer-uk.com"), ip="185.222.58.14", tz=1)

    a = "payments-messages@amazon.com.billing-verify.net"
    raw_mail(L("lookalike", "en", "payment_issue", True, "amazon.com.<evil> domain; Reply-To yahoo; asks to reply with card number, expiry, CVV; malformed order no"),
             ("Amazon Payments", a), "Your Amazon.com order #111-5580394-0021 has been canceled - payment declined",
             [("plain", """Hello,

Your recent order #111-5580394-0021 (Bose QuietComfort Ultra Headphones, $429.00) was canceled because your card was declined by your bank.

To reinstate the order at the original price, simply reply to this email with the following information:

  - Full name as shown on card
  - Card number
  - Expiry date (MM/YY)
  - CVV / security code
  - Billing ZIP code

Our Payments Team will reprocess your order within 2 hours of receiving your reply.

Sincerely,
Amazon Payments Department

Amazon will never ask you for your password by email. Amazon.com, 410 Terry Ave N, Seattle, WA 98109
""", "utf-8", "quoted-printable")], reply_to="amazon.billing.dept@yahoo.com",
             auth_line=AUTH_FAIL.format(m=a, ip="45.88.97.201", d="amazon.com.billing-verify.net"), ip="45.88.97.201", tz=-7)

    host = "https://amaz0n.ca.refund-claims.top/claim?ref=%s" % rhex(16)
    phish_amazon(L("lookalike", "en", "inventory_shortage", True, "amaz0n.ca look-alike domain; out-of-stock claim, 'claim refund' link; malformed order no; html only"),
                 "amazon.ca", "en", ("Amazon.ca", "auto-confirm@amaz0n.ca"),
                 "Your Amazon.ca order #702-88213-991023 has been cancelled", host,
                 "Order cancelled", "702-88213-991023", "Hello,",
                 ["Unfortunately the item below is out of stock and your order #702-88213-991023 has been cancelled.",
                  "To receive your refund of CDN$ 249.99, please confirm your refund details within 72 hours. Unclaimed refunds are returned to the seller."],
                 "Cancelled items", [("Nintendo Switch OLED Model, White", 1, 249.99)],
                 [], style="modern", fmt="html", button=("Claim your refund", host), ctes=(None, "base64"),
                 auth_line=AUTH_FAIL.format(m="auto-confirm@amaz0n.ca", ip="103.151.122.9", d="amaz0n.ca"), tz=8)

    a = "amazon.cancellation.dept@outlook.com"
    txt = """Dear Valued Customer,

Due to a technical glitch in our pricing system, your Amazon.sg order #503-4490213-88710 for Samsung 65" QLED 4K Smart TV was cancelled.

As an apology we are offering you a S$100 Amazon Gift Card. To receive it, please confirm your account details using the secure form below:

https://forms.office.com/r/amzn-sg-compensation

Offer valid for 24 hours only.

Best regards,
Amazon Customer Service Team
"""
    html = simple_html("<p>Dear Valued Customer,</p><p>Due to a <b>technical glitch in our pricing system</b>, your Amazon.sg order #503-4490213-88710 for Samsung 65\" QLED 4K Smart TV was <b>cancelled</b>.</p>"
                       "<p>As an apology we are offering you a <b>S$100 Amazon Gift Card</b>. To receive it, please confirm your account details using the secure form below:</p>"
                       "<p><a href=\"https://forms.office.com/r/amzn-sg-compensation\">https://www.amazon.sg/gc/redeem</a></p><p>Offer valid for 24 hours only.</p>"
                       "<p>Best regards,<br>Amazon Customer Service Team</p>")
    raw_mail(L("lookalike", "en", "technical_issue", True, "outlook.com free-mail; pricing glitch, gift card compensation for account details; link text amazon.sg, href forms; malformed order"),
             ("Amazon Customer Service", a), "Important: Order Cancelled due to Pricing Error - Compensation Available",
             [("plain", txt, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")],
             auth_line=freemail_auth(a), bstyle="outlook", tz=8)

    a = "info@mail.amzn-service.co.za"
    form = ("<html><body><h2>Amazon.co.za - Cancellation details</h2><form action=\"http://amzn-service.co.za/c/submit.php\" method=\"post\">"
            "<p>Email: <input name=\"e\"></p><p>Password: <input name=\"p\" type=\"password\"></p><p>Card number: <input name=\"c\"></p>"
            "<p><input type=\"submit\" value=\"Confirm\"></p></form></body></html>\n")
    raw_mail(L("lookalike", "en", "unknown", False, "crude; no order number, no reason; HTML form attachment; amzn-service.co.za"),
             ("Amazon", a), "Your order has been cancelled",
             [("plain", """Hello,

Your order has been cancelled.

Please see the attached document for details and to confirm or dispute the cancellation.

Amazon.co.za
""", "utf-8", "7bit")], attach=[("Cancellation_Details.html", "text/html", form.encode())],
             auth_line=AUTH_FAIL.format(m=a, ip="196.251.70.33", d="mail.amzn-service.co.za"), tz=2)

    o = order_no("amazon.in")
    host = "https://amazon-in-support.com/stop-cancel?o=%s" % o
    phish_amazon(L("lookalike", "en", "customer_request", True, "Greek omicron in display name; claims customer cancellation request, 'will be processed' unless reader calls/clicks; callback number"),
                 "amazon.in", "en", ("Amaz\u03bfn.in", "noreply@amazon-in-support.com"),
                 "Cancellation request received for order %s" % o, host,
                 "Cancellation request", o, "Dear Customer,",
                 ["We have received a request to cancel your order #%s. The cancellation will be processed within 24 hours and your order will not be delivered." % o,
                  "If you did NOT request this cancellation, call our Cancellation Desk immediately at +91 80-4718-2290 or visit https://www.amazon.in/gp/css/order-history to stop it."],
                 "Items in this order", [("OnePlus 12R (Iron Gray, 16GB RAM, 256GB Storage)", 1, 39999)],
                 [], style="classic", fmt="multi", ctes=("8bit", "8bit"),
                 auth_line=auth_pass_for("amazon-in-support.com", "noreply@amazon-in-support.com"), tz=5.5)

    # ---------------- German ----------------
    a = "amazon.kundendienst.de24@gmail.com"
    raw_mail(L("lookalike", "de", "fraud_prevention", True, "grob; gmail; Rueckruf-Hotline; verdaechtige Anmeldung; kaputte Bestellnr."),
             ("Amazon Kundenservice", a), "Bestellung storniert \u2013 R\u00fcckerstattung ausstehend",
             [("plain", """Sehr geehrter Kunde,

Ihre Amazon Bestellung Nr. 302-7781-AMZ wurde wegen einer verd\u00e4chtigen Anmeldung von einem unbekannten Ger\u00e4t (Standort: Bukarest, Rum\u00e4nien) storniert.

Artikel: Apple iPhone 16 Pro 512 GB
Betrag: 1.449,00 \u20ac
Zahlung: Mastercard ****8820

Wenn Sie diese Bestellung nicht aufgegeben haben, rufen Sie SOFORT unsere kostenlose Hotline an:

      0800 181 4452  (Mo-So 0-24 Uhr)

Die R\u00fcckerstattung erfolgt erst nach telefonischer Best\u00e4tigung.

Mit freundlichen Gr\u00fc\u00dfen
Amazon Bestellabteilung
""", "utf-8", "8bit")], auth_line=freemail_auth(a), bstyle="gmail", tz=1)

    o = order_no("amazon.de")
    host = "https://amazon.de.konto-sicherheit.com/ap/signin?lang=de&sid=%s" % rhex(20)
    phish_amazon(L("lookalike", "de", "payment_issue", True, "poliert; amazon.de.<fremd>-Domain mit dkim/dmarc pass fuer eigene Domain; Linktext amazon.de, href fremd; 'wird storniert' falls keine Aktualisierung"),
                 "amazon.de", "de", ("Amazon.de", "bestellung@amazon.de.konto-sicherheit.com"),
                 "Handlungsbedarf: Ihre Bestellung %s wird storniert" % o, host,
                 "Zahlung fehlgeschlagen", o, "Guten Tag,",
                 ["wir konnten die Zahlung f\u00fcr Ihre Bestellung %s nicht best\u00e4tigen. Bitte aktualisieren Sie Ihre Zahlungsinformationen innerhalb von 48 Stunden, andernfalls wird Ihre Bestellung automatisch storniert." % o],
                 "Bestelldetails", [("Dyson Airwrap Multi-Styler Complete Long, Nickel/Kupfer", 1, 549.00)],
                 ["Ihre Bestellung finden Sie unter https://www.amazon.de/gp/css/order-history"],
                 button=("Zahlungsart aktualisieren", host), charset="utf-8",
                 auth_line=auth_pass_for("amazon.de.konto-sicherheit.com", "return@amazon.de.konto-sicherheit.com"), tz=1)

    frm = ("\u0410maz\u043en.de", "service@kundenkonto-hilfe.de")
    html = simple_html(amazon_logo_block("amazon.de") +
                       "<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>wir haben Ihr Konto vor\u00fcbergehend <b>gesperrt</b> und Ihre letzte Bestellung <b>storniert</b>, da wir ungew\u00f6hnliche Aktivit\u00e4ten festgestellt haben.</p>"
                       "<p>Verwenden Sie den folgenden Code, um Ihr Konto zu entsperren und die Bestellung wiederherzustellen:</p>"
                       "<p style=\"font-size:24px;text-align:center;letter-spacing:6px\"><b>938&nbsp;271</b></p>"
                       "<p>Code hier eingeben: <a href=\"http://kundenkonto-hilfe.de/entsperren/?c=938271\">https://www.amazon.de/konto/entsperren</a></p>"
                       "<p>Der Code ist 24 Stunden g\u00fcltig. Danach wird Ihr Konto endg\u00fcltig geschlossen.</p><p>Ihr Amazon.de Sicherheitsteam</p>", "Konto gesperrt")
    raw_mail(L("lookalike", "de", "fraud_prevention", True, "kyrillische Homoglyphen im Anzeigenamen; Konto gesperrt + Bestellung storniert, Code verwenden; keine Bestellnr.; html only"),
             frm, "Ihr Konto wurde gesperrt \u2013 Bestellung storniert",
             [("html", html, "utf-8", "base64")],
             auth_line=AUTH_FAIL.format(m="service@kundenkonto-hilfe.de", ip="91.92.246.17", d="kundenkonto-hilfe.de"), tz=1)

    a = "amazon_service_de@yahoo.de"
    raw_mail(L("lookalike", "de", "payment_issue", True, "grob, schlechtes Deutsch; yahoo.de; Antwort mit Kartendaten; keine Bestellnr.; iso-8859-1"),
             ("Amazon.de Service", a), "WICHTIG: Ihre Bestellung wurde storniert!!!",
             [("plain", """Sehr geehrte Kunde,

Ihre Bestellung wurde storniert weil Ihre Zahlung wurde abgelehnt von Ihre Bank.

Bitte antworten Sie auf diese E-Mail mit folgende Daten um Ihre Bestellung wiederherzustellen:

- Vollst\u00e4ndiger Name
- Kartennummer
- Ablaufdatum
- CVC (3 Zahlen auf der R\u00fcckseite)
- Geburtsdatum

Ohne Antwort innerhalb 24 Stunden wird Ihr Konto geschlossen.

Danke f\u00fcr Ihre Verst\u00e4ndnis
Amazon.de Kunden Service
""", "iso-8859-1", "quoted-printable")], auth_line=freemail_auth(a), hcharset="iso-8859-1", tz=2)

    host = "https://amaz0n.de.erstattung-service.top/r?id=%s" % rhex(12)
    phish_amazon(L("lookalike", "de", "inventory_shortage", True, "amaz0n.de Domain; Artikel nicht verfuegbar, Erstattung nur gegen Bankdaten; kaputte Bestellnr."),
                 "amazon.de", "de", ("Amazon.de", "bestellung@amaz0n.de"),
                 "Artikel nicht verf\u00fcgbar \u2013 Ihre Bestellung 302-1184736-55012 wurde storniert", host,
                 "Bestellung storniert", "302-1184736-55012", "Hallo,",
                 ["der folgende Artikel ist leider nicht mehr verf\u00fcgbar und Ihre Bestellung 302-1184736-55012 wurde storniert.",
                  "Um Ihre Erstattung \u00fcber 1.149,00 \u20ac zu erhalten, best\u00e4tigen Sie bitte Ihre Bankverbindung innerhalb von 72 Stunden."],
                 "Stornierte Artikel", [("Sony Alpha 7 IV Vollformat-Systemkamera, Geh\u00e4use", 1, 1149.00)],
                 [], style="modern", fmt="multi", button=("Erstattung anfordern", host), ctes=("base64", "base64"),
                 auth_line=AUTH_FAIL.format(m="bestellung@amaz0n.de", ip="194.26.29.140", d="amaz0n.de"), tz=1)

    a = "amazon-storno-abteilung@outlook.de"
    txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

aufgrund eines Systemfehlers wurde Ihre Bestellung 305-8812093-441 doppelt abgebucht und anschlie\u00dfend storniert.

Damit wir Ihnen den doppelt abgebuchten Betrag von 349,00 \u20ac zur\u00fcckerstatten k\u00f6nnen, best\u00e4tigen Sie bitte Ihre IBAN und Ihre Online-Banking-Zugangsdaten \u00fcber das folgende Formular:

https://forms.gle/Xp3amznStorno24

Mit freundlichen Gr\u00fc\u00dfen
Ihr Amazon Team
"""
    html = simple_html("<p>Sehr geehrte Kundin, sehr geehrter Kunde,</p><p>aufgrund eines <b>Systemfehlers</b> wurde Ihre Bestellung 305-8812093-441 doppelt abgebucht und anschlie\u00dfend <b>storniert</b>.</p>"
                       "<p>Damit wir Ihnen den doppelt abgebuchten Betrag von 349,00&nbsp;&euro; zur\u00fcckerstatten k\u00f6nnen, best\u00e4tigen Sie bitte Ihre IBAN und Ihre Online-Banking-Zugangsdaten:</p>"
                       "<p><a href=\"https://forms.gle/Xp3amznStorno24\">www.amazon.de/erstattung</a></p><p>Mit freundlichen Gr\u00fc\u00dfen<br>Ihr Amazon Team</p>")
    raw_mail(L("lookalike", "de", "technical_issue", True, "outlook.de; Systemfehler, doppelt abgebucht und storniert; fragt IBAN + Online-Banking; kaputte Bestellnr."),
             ("Amazon Stornierungsabteilung", a), "Systemfehler: Ihre Bestellung wurde doppelt belastet und storniert",
             [("plain", txt, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")],
             auth_line=freemail_auth(a), bstyle="outlook", tz=1)

    a = "noreply@amazon-de.bestellstatus.info"
    html = simple_html(amazon_logo_block("amazon.de") +
                       "<h2 style=\"color:#C45500\">Stornierungsbest\u00e4tigung</h2><p>Ihre Bestellung wurde storniert.</p>"
                       "<p><a href=\"http://amazon-de.bestellstatus.info/details.php?u=%s\">Details ansehen</a></p>"
                       "<p style=\"color:#888;font-size:11px\">&copy; Amazon.de</p>" % rhex(10))
    raw_mail(L("lookalike", "de", "unknown", False, "keine Bestellnr., kein Grund; Domain amazon-de.bestellstatus.info; html only 8bit"),
             ("Amazon.de", a), "Stornierungsbest\u00e4tigung",
             [("html", html, "utf-8", "8bit")], bstyle="php",
             auth_line=AUTH_FAIL.format(m=a, ip="80.94.95.181", d="amazon-de.bestellstatus.info"), tz=1)

    o = order_no("amazon.de")
    host = "https://amazon-orders.help/de/storno-abbrechen?o=%s" % o
    phish_amazon(L("lookalike", "de", "customer_request", True, "griechisches Omikron im Anzeigenamen; angebliche Stornierungsanfrage des Kunden, 'wird in 24 Std. wirksam'; Linktext amazon.de, href fremd"),
                 "amazon.de", "de", ("Amaz\u03bfn.de", "kundenservice@amazon-orders.help"),
                 "Ihre Stornierungsanfrage f\u00fcr Bestellung %s" % o, host,
                 "Stornierungsanfrage erhalten", o, "Guten Tag,",
                 ["wir haben Ihre Anfrage zur Stornierung der Bestellung %s erhalten. Die Stornierung wird in 24 Stunden wirksam." % o,
                  "Wenn Sie diese Anfrage nicht gestellt haben, klicken Sie hier, um sie abzubrechen: https://www.amazon.de/gp/css/order-history"],
                 "Artikel", [("De'Longhi Magnifica Evo ECAM290.61.B Kaffeevollautomat", 1, 429.99)],
                 [], style="classic", fmt="html", ctes=(None, "quoted-printable"),
                 auth_line=AUTH_FAIL.format(m="kundenservice@amazon-orders.help", ip="5.252.176.44", d="amazon-orders.help"), tz=1)

    # ---------------- Dutch ----------------
    a = "klantenservice.amazon.nl@gmail.com"
    raw_mail(L("lookalike", "nl", "fraud_prevention", True, "grof; gmail; terugbelnummer; verdachte inlogpoging; ongeldig bestelnummer"),
             ("Amazon Klantenservice", a), "Je bestelling is geannuleerd - bel ons direct",
             [("plain", """Beste klant,

Je Amazon-bestelling #403-55821-NL (Apple MacBook Air M3, \u20ac 1.399,00) is geannuleerd vanwege een verdachte inlogpoging vanaf een onbekend apparaat.

Heb je deze bestelling niet geplaatst? Bel dan direct onze gratis helpdesk:

   0800 022 4187 (NL)  of  +32 800 71 294 (BE)

Je terugbetaling wordt pas verwerkt na telefonische verificatie.

Met vriendelijke groet,
Amazon Klantenservice
""", "utf-8", "quoted-printable")], auth_line=freemail_auth(a), bstyle="gmail", tz=1)

    o = order_no("amazon.nl")
    host = "https://amazon.nl.orderstatus-check.com/signin?r=%s" % rhex(18)
    phish_amazon(L("lookalike", "nl", "payment_issue", True, "gepolijst; amazon.nl.<vreemd>-domein met dkim/dmarc pass voor eigen domein; linktekst amazon.nl, href elders; 'wordt geannuleerd' tenzij"),
                 "amazon.nl", "nl", ("Amazon.nl", "no-reply@amazon.nl.orderstatus-check.com"),
                 "Actie vereist: je bestelling %s wordt geannuleerd" % o, host,
                 "Betaling mislukt", o, "Hallo,",
                 ["We konden de betaling voor je bestelling %s niet verwerken. Werk je betaalgegevens binnen 24 uur bij, anders wordt je bestelling automatisch geannuleerd." % o],
                 "Bestelgegevens", [("Apple iPhone 16 128 GB, Ultramarijn", 1, 969.00)],
                 ["Je bestelling bekijken: https://www.amazon.nl/gp/css/order-history"],
                 button=("Betaalgegevens bijwerken", host),
                 auth_line=auth_pass_for("amazon.nl.orderstatus-check.com", "bounce@amazon.nl.orderstatus-check.com"), tz=1)

    frm = ("\u0410m\u0430zon.com.be", "no-reply@be-klantverificatie.com")
    html = simple_html(amazon_logo_block("amazon.com.be") +
                       "<p>Beste klant,</p><p>Je account is <b>opgeschort</b> en je laatste bestelling (408-7731-0092) is <b>geannuleerd</b> omdat we ongebruikelijke activiteit hebben vastgesteld.</p>"
                       "<p>Gebruik de onderstaande code om je account te heractiveren:</p>"
                       "<p style=\"font-size:24px;text-align:center;letter-spacing:6px\"><b>551&nbsp;903</b></p>"
                       "<p><a href=\"https://be-klantverificatie.com/activeer?c=551903\">https://www.amazon.com.be/account/heractiveren</a></p>"
                       "<p>Als je niet binnen 48 uur reageert, wordt je account definitief gesloten.</p><p>Amazon.com.be Accountbeveiliging</p>", "Account opgeschort")
    raw_mail(L("lookalike", "nl", "fraud_prevention", True, "Cyrillische homoglyphs in weergavenaam; account opgeschort + bestelling geannuleerd, code gebruiken; ongeldig bestelnummer"),
             frm, "Je account is opgeschort en je bestelling geannuleerd",
             [("html", html, "utf-8", "base64")],
             auth_line=AUTH_FAIL.format(m="no-reply@be-klantverificatie.com", ip="193.143.1.77", d="be-klantverificatie.com"), tz=1)

    a = "amazon.betalingen.nl@hotmail.com"
    raw_mail(L("lookalike", "nl", "payment_issue", True, "hotmail; antwoord met kaartgegevens; ongeldig bestelnummer; windows-1252"),
             ("Amazon.nl Betalingen", a), "Bestelling geannuleerd - betaling mislukt",
             [("plain", """Geachte klant,

Je bestelling 408-2291-77310 is geannuleerd omdat je betaling is mislukt.

Antwoord op deze e-mail met je kaartnummer, vervaldatum, CVC-code en je volledige naam, dan verwerken wij de betaling opnieuw en wordt je bestelling hersteld.

Reageer binnen 24 uur, anders vervalt je bestelling definitief.

Met vriendelijke groet,
Team Betalingen \u2013 Amazon.nl
""", "windows-1252", "quoted-printable")], auth_line=freemail_auth(a), hcharset="windows-1252", tz=1)

    host = "https://amaz0n.nl.terugbetaling.icu/claim?id=%s" % rhex(12)
    phish_amazon(L("lookalike", "nl", "inventory_shortage", True, "amaz0n.nl domein; niet op voorraad, terugbetaling claimen via link; ongeldig bestelnummer; html only"),
                 "amazon.nl", "nl", ("Amazon.nl", "auto-confirm@amaz0n.nl"),
                 "Je Amazon.nl-bestelling 403-9920-1182734 is geannuleerd", host,
                 "Bestelling geannuleerd", "403-9920-1182734", "Hallo,",
                 ["Het onderstaande artikel is helaas niet meer op voorraad. Je bestelling 403-9920-1182734 is daarom geannuleerd.",
                  "Bevestig binnen 72 uur je rekeninggegevens om je terugbetaling van \u20ac 319,00 te ontvangen."],
                 "Geannuleerde artikelen", [("Sonos Era 100 slimme speaker, zwart", 1, 319.00)],
                 [], style="modern", fmt="html", button=("Terugbetaling ontvangen", host), ctes=(None, "quoted-printable"),
                 auth_line=AUTH_FAIL.format(m="auto-confirm@amaz0n.nl", ip="147.45.47.90", d="amaz0n.nl"), tz=1)

    a = "amazon.nl.service@yahoo.com"
    txt = """Beste klant,

Door een prijsfout in ons systeem is je bestelling 405-3318-22 (Samsung Galaxy Tab S9, \u20ac 89,00) geannuleerd.

Als compensatie ontvang je een Amazon-cadeaubon van \u20ac 50. Vul daarvoor je gegevens in via: https://amazon-compensatie.nl/cadeaubon

Met vriendelijke groet,
Amazon Service
"""
    html = simple_html("<p>Beste klant,</p><p>Door een <b>prijsfout</b> in ons systeem is je bestelling 405-3318-22 (Samsung Galaxy Tab S9, &euro;&nbsp;89,00) <b>geannuleerd</b>.</p>"
                       "<p>Als compensatie ontvang je een Amazon-cadeaubon van &euro;&nbsp;50. Vul daarvoor je gegevens in via:</p>"
                       "<p><a href=\"https://amazon-compensatie.nl/cadeaubon\">https://www.amazon.nl/cadeaubon/inwisselen</a></p><p>Met vriendelijke groet,<br>Amazon Service</p>")
    raw_mail(L("lookalike", "nl", "technical_issue", True, "yahoo; prijsfout + cadeaubon-compensatie; linktekst amazon.nl, href elders; ongeldig bestelnummer"),
             ("Amazon Service", a), "Je bestelling is geannuleerd wegens een prijsfout - compensatie",
             [("plain", txt, "utf-8", "8bit"), ("html", html, "utf-8", "quoted-printable")],
             auth_line=freemail_auth(a), tz=1)

    a = "info@amazon-bestellingen.nl"
    raw_mail(L("lookalike", "nl", "unknown", False, "geen bestelnummer, geen reden; domein amazon-bestellingen.nl; pdf-achtige bijlage"),
             ("Amazon", a), "Annuleringsbevestiging",
             [("plain", """Hallo,

Je bestelling is geannuleerd.

De details vind je in de bijlage. Open het document om de annulering te bevestigen of bezwaar te maken.

Amazon
""", "utf-8", "7bit")],
             attach=[("Annulering_%d.pdf" % rng.randint(10000, 99999), "application/pdf",
                      b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R/OpenAction<</S/URI/URI(http://amazon-bestellingen.nl/bevestig)>>>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")],
             auth_line=AUTH_FAIL.format(m=a, ip="141.98.11.52", d="amazon-bestellingen.nl"), bstyle="php", tz=1)

    o = order_no("amazon.nl")
    host = "https://amazon-orders.help/nl/annulering-stoppen?o=%s" % o
    phish_amazon(L("lookalike", "nl", "customer_request", True, "Grieks omikron in weergavenaam; zogenaamd annuleringsverzoek klant, 'wordt binnen 24 uur geannuleerd'; terugbelnummer"),
                 "amazon.nl", "nl", ("Amaz\u03bfn.nl", "service@amazon-orders.help"),
                 "We hebben je annuleringsverzoek ontvangen (%s)" % o, host,
                 "Annuleringsverzoek ontvangen", o, "Hallo,",
                 ["We hebben je verzoek ontvangen om bestelling %s te annuleren. De bestelling wordt binnen 24 uur geannuleerd." % o,
                  "Heb je dit niet aangevraagd? Bel dan direct 020 808 4421 of ga naar https://www.amazon.nl/gp/css/order-history om de annulering te stoppen."],
                 "Artikelen", [("Apple Watch Series 10 GPS 46 mm, Gitzwart", 1, 479.00)],
                 [], style="classic", fmt="multi", ctes=("quoted-printable", "base64"),
                 auth_line=auth_pass_for("amazon-orders.help", "bounce@amazon-orders.help"), tz=1)


# ===========================================================================
# NON-NOTICES (near misses): 6 per language
# ===========================================================================
def non_notices():
    NN = lambda lang, note, mp=None: L("non_notice", lang, None, False, note, mp)

    # ---------------- English ----------------
    txt = """eBay

Hi Sarah,

Your order has been cancelled

The seller cancelled your order because the item is out of stock. We've issued a full refund to your original payment method.

  Anker 737 Power Bank (PowerCore 24K), 24,000mAh
  Order number: 12-11234-56789
  Item price: $89.99
  Seller: gadgetdeals_us

Message from the seller:
"So sorry - this unit was also listed on Amazon and it sold there a few minutes before your purchase. Refund sent."

Refund: $89.99 to PayPal. Refunds usually appear within 3-5 business days.

Find similar items: https://www.ebay.com/sch/i.html?_nkw=anker+737

Questions? Visit the eBay Help Center: https://www.ebay.com/help/home

eBay Inc., 2025 Hamilton Avenue, San Jose, CA 95125
Email reference id: [#%s#]
""" % rhex(32)
    html = simple_html(txt.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>"))
    raw_mail(NN("en", "eBay genuine seller cancellation; seller note says item sold on Amazon"),
             ("eBay", "ebay@ebay.com"), "Your order has been cancelled: Anker 737 Power Bank (PowerCore 24K)",
             [("plain", txt, "utf-8", "quoted-printable"), ("html", html, "utf-8", "quoted-printable")],
             auth_line=auth_pass_for("ebay.com", "bounce@ebay.com"), tz=-7, extra=["X-eBay-MailTracker: 11000.000.0.0.%s" % rhex(16)])

    raw_mail(NN("en", "friend says he cancelled his Amazon order; quoted thread"),
             ("Dave Collins", "dave.collins84@gmail.com"), "Re: present for Mum",
             [("plain", """Hey,

Quick heads up - I cancelled my Amazon order for the KitchenAid mixer. The delivery date slipped to the 28th, which is after her birthday, so there was no point. Amazon says the refund takes 3-5 days.

Could you pick one up at John Lewis on Saturday instead? I'll send you my half.

Cheers,
Dave

On Tue, 4 Jun 2024 at 19:02, Emma Collins <emma.collins@icloud.com> wrote:
> Did you order the mixer yet? Mum's birthday is the 22nd!
>
> E x
""", "utf-8", "7bit")], auth_line=freemail_auth("dave.collins84@gmail.com"), bstyle="gmail", tz=1, to="emma.collins@icloud.com")

    body = """<table width="600" align="center" style="font-family:Georgia,serif"><tr><td>
<h1 style="color:#1a4d8f">SafeShopper Weekly</h1>
<h2>Scam alert: fake "order cancelled" emails are doing the rounds</h2>
<p>This week several readers forwarded us emails with subjects such as <i>"Your Amazon.com order #113-4829301-556 has been canceled - call now"</i> and <i>"Action required: your Amazon order will be canceled"</i>.</p>
<p>They look convincing: the Amazon logo, an order summary, even the small print about never sharing your password. But the sender is a look-alike address, the order number is the wrong length, and the "customer service" phone number goes straight to a scam call centre.</p>
<h3>How to check</h3>
<ul><li>Don't click links or call numbers in the email. Open the Amazon app or type the address yourself and check Your Orders.</li>
<li>Hover over links: the visible text may say amazon.com while the real address is something else.</li>
<li>Real cancellation notices never ask for card details by reply.</li></ul>
<p>Also in this issue: why your bank will never ask you to move money to a "safe account", and a reader's story about a fake parcel fee.</p>
<p style="font-size:11px;color:#777">You are receiving this because you subscribed at safeshopperweekly.com. <a href="https://safeshopperweekly.com/unsubscribe?u=%s">Unsubscribe</a></p>
</td></tr></table>""" % rhex(12)
    raw_mail(NN("en", "consumer newsletter about fake Amazon cancellation emails, quotes phishing subjects"),
             ("SafeShopper Weekly", "newsletter@safeshopperweekly.com"), "Scam alert: fake \"Your Amazon order has been canceled\" emails",
             [("plain", "SafeShopper Weekly\n\nScam alert: fake \"order cancelled\" emails are doing the rounds.\n\nThis week several readers forwarded us emails with subjects such as \"Your Amazon.com order #113-4829301-556 has been canceled - call now\". Don't click links or call numbers in the email; open the Amazon app and check Your Orders.\n\nUnsubscribe: https://safeshopperweekly.com/unsubscribe\n", "utf-8", "quoted-printable"),
              ("html", simple_html(body), "utf-8", "quoted-printable")],
             auth_line=auth_pass_for("safeshopperweekly.com", "bounce@mail.safeshopperweekly.com"), tz=0,
             extra=["List-Unsubscribe: <https://safeshopperweekly.com/unsubscribe?u=%s>" % rhex(12), "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

    o = order_no("amazon.co.uk")
    amazon_mail("non_notice", "en", None, False, "amazon.co.uk", "Amazon Fresh delivery slot cancelled (weather), order still active, rebook slot",
                "order-update", "Your Amazon Fresh delivery slot has been cancelled", "Delivery slot cancelled", o, "Hello Mark,",
                ["We're sorry, but your Amazon Fresh delivery slot on Saturday 14 September, 10:00 - 12:00, has been cancelled because of severe weather in your area.",
                 "Your order has not been cancelled. Please choose a new delivery slot by 22:00 tomorrow so we can deliver your groceries: https://www.amazon.co.uk/afx/slotselection"],
                "Items in your order", [("Amazon Fresh Semi-Skimmed Milk 2.272L", 2, 1.65), ("Hovis Soft White Medium Bread 800g", 1, 1.45)],
                ["Substitutions and your delivery preferences stay the same."], fmt="multi", style="modern", auth=True)

    amazon_mail("non_notice", "en", None, False, "amazon.sg", "Prime membership cancelled (subscription, not an order)",
                "prime", "Your Amazon Prime membership has been cancelled", "Prime membership cancelled", None, "Hello Wei Ling,",
                ["As requested, we've cancelled your Amazon Prime membership. You can continue to use your Prime benefits until 18 October 2024, after which your membership will end and you won't be charged again.",
                 "Changed your mind? You can restart your membership at any time: https://www.amazon.sg/prime"],
                "", [], ["Thank you for being a Prime member."], fmt="multi", style="classic", auth=False)

    o = order_no("amazon.ie")
    amazon_mail("non_notice", "en", None, False, "amazon.ie", "payment declined reminder: update payment method or order WILL be cancelled (not yet cancelled)",
                "payments-messages", "Action needed: payment declined for your Amazon.ie order %s" % o, "Payment declined", o, "Hello Aoife,",
                ["We were unable to charge your card for order #%s. To keep your order, please update your payment method by 20 June 2024." % o,
                 "If we don't receive a valid payment method by then, your order will be cancelled.",
                 "Update your payment method here: https://www.amazon.ie/gp/css/order-history"],
                "Items in this order", [("Fitbit Charge 6 Activity Tracker, Obsidian", 1, 159.95)],
                [], fmt="multi", style="classic", auth=True, ctes=("quoted-printable", "base64"))

    # ---------------- German ----------------
    txt = """OTTO

Hallo Frau Schneider,

leider m\u00fcssen wir Ihnen mitteilen, dass wir den folgenden Artikel aus Ihrer Bestellung stornieren mussten, da er nicht mehr lieferbar ist:

  Bestellnummer: 65298731
  Artikel: Philips Hue White & Color Ambiance Starter-Set E27, 3 St\u00fcck
  Preis: 129,99 \u20ac

Sie haben mit Amazon Pay bezahlt. Der Betrag wird Ihrem Amazon Pay-Zahlungsmittel innerhalb von 3 Werktagen wieder gutgeschrieben. Bei Fragen zur Erstattung \u00fcber Amazon Pay wenden Sie sich gern an unseren Service.

Wir bitten um Ihr Verst\u00e4ndnis.

Ihr OTTO Kundenservice
Otto (GmbH & Co KG), Werner-Otto-Stra\u00dfe 1-7, 22179 Hamburg
"""
    html = simple_html(txt.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>"))
    raw_mail(NN("de", "OTTO-Stornierung (nicht lieferbar), bezahlt mit Amazon Pay"),
             ("OTTO", "service@otto.de"), "Stornierung Ihrer Bestellung 65298731",
             [("plain", txt, "iso-8859-15", "quoted-printable"), ("html", html.replace("utf-8", "iso-8859-15"), "iso-8859-15", "quoted-printable")],
             auth_line=auth_pass_for("otto.de", "bounce@mail.otto.de"), hcharset="iso-8859-15", tz=1)

    raw_mail(NN("de", "Kollege: hat seine Amazon-Bestellung storniert"),
             ("Jan Peters", "jan.peters@mueller-logistik.de"), "AW: Monitor f\u00fcrs B\u00fcro",
             [("plain", """Moin Stefan,

ich hab meine Amazon-Bestellung f\u00fcr den Dell-Monitor gerade storniert - Lieferung w\u00e4re erst in drei Wochen gewesen. Ich bestell jetzt bei Cyberport, die liefern bis Donnerstag.

Kannst du der Buchhaltung Bescheid geben, dass die Amazon-Rechnung nicht kommt?

Gru\u00df
Jan

-----Urspr\u00fcngliche Nachricht-----
Von: Stefan Becker
Gesendet: Montag, 3. Juni 2024 09:14
Betreff: Monitor f\u00fcrs B\u00fcro

Hast du den Monitor schon bestellt?
""", "iso-8859-1", "8bit")], bstyle="outlook", hcharset="iso-8859-1", tz=2, to="stefan.becker@mueller-logistik.de",
             auth_line=auth_pass_for("mueller-logistik.de", "jan.peters@mueller-logistik.de"))

    body = """<h1 style="color:#b00">Phishing-Radar</h1>
<h2>Aktuelle Warnung: \u201eIhre Amazon-Bestellung wurde storniert \u2013 Handlungsbedarf\u201c</h2>
<p>Zurzeit kursieren E-Mails mit dem Betreff <i>\u201eIhre Amazon-Bestellung 302-7781-AMZ wurde storniert\u201c</i>. Angeblich wurde eine Bestellung wegen einer verd\u00e4chtigen Anmeldung storniert; Empf\u00e4nger sollen eine Hotline anrufen oder ihre Zahlungsdaten \u00fcber einen Link best\u00e4tigen.</p>
<p><b>Unsere Einsch\u00e4tzung:</b> Phishing. Die Absenderadresse geh\u00f6rt nicht zu Amazon, die Bestellnummer hat das falsche Format. Verschieben Sie die E-Mail unbearbeitet in den Spam-Ordner.</p>
<p>Pr\u00fcfen Sie Bestellungen immer direkt in der App oder unter \u201eMeine Bestellungen\u201c auf der Website.</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://phishing-radar-info.de/abmelden">Abmelden</a></p>"""
    raw_mail(NN("de", "Newsletter-Warnung vor Phishing, zitiert gefaelschten Storno-Betreff"),
             ("Phishing-Radar", "newsletter@phishing-radar-info.de"), "Phishing-Radar: Gef\u00e4lschte Amazon-Stornierungsmails im Umlauf",
             [("html", simple_html(body), "utf-8", "base64")],
             auth_line=auth_pass_for("phishing-radar-info.de", "bounce@phishing-radar-info.de"), tz=1,
             extra=["List-Unsubscribe: <https://phishing-radar-info.de/abmelden>", "Precedence: bulk"])

    o = order_no("amazon.de")
    amazon_mail("non_notice", "de", None, False, "amazon.de", "Liefertermin (Lieferung mit Aufbau) abgesagt, Bestellung bleibt bestehen",
                "shipment-tracking", "Ihr Liefertermin f\u00fcr Bestellung %s wurde abgesagt" % o, "Liefertermin abgesagt", o, "Guten Tag Anna Wolf,",
                ["leider musste unser Lieferpartner den vereinbarten Liefertermin am Freitag, 19. Juli, zwischen 8 und 12 Uhr absagen.",
                 "Ihre Bestellung ist davon nicht betroffen und wurde nicht storniert. Bitte w\u00e4hlen Sie einen neuen Termin f\u00fcr Lieferung und Aufbau: https://www.amazon.de/gp/css/order-history"],
                "Artikel", [("Bosch Serie 6 Waschmaschine WGG244A40, 9 kg", 1, 649.00)],
                [], fmt="multi", style="modern", auth=False, ctes=("8bit", "quoted-printable"))

    amazon_mail("non_notice", "de", None, False, "amazon.de", "Kindle-Unlimited-Abo gekuendigt (Abo, keine Bestellung)",
                "digital-no-reply", "Ihre Kindle Unlimited-Mitgliedschaft wurde gek\u00fcndigt", "Mitgliedschaft gek\u00fcndigt", None, "Hallo Julia,",
                ["wie gew\u00fcnscht haben wir Ihre Kindle Unlimited-Mitgliedschaft gek\u00fcndigt. Sie k\u00f6nnen Kindle Unlimited noch bis zum 2. September 2024 nutzen; danach werden keine weiteren Geb\u00fchren berechnet.",
                 "Ausgeliehene Titel werden nach Ende der Mitgliedschaft von Ihren Ger\u00e4ten entfernt."],
                "", [], ["Sie k\u00f6nnen jederzeit wieder Mitglied werden: https://www.amazon.de/kindle-dbs/hz/subscribe/ku"], fmt="html", style="classic", auth=True,
                ctes=(None, "base64"))

    o = order_no("amazon.de")
    amazon_mail("non_notice", "de", None, False, "amazon.de", "Zahlungserinnerung: Zahlungsart aktualisieren, sonst WIRD storniert (noch nicht storniert)",
                "payments-update", "Zahlungsproblem mit Ihrer Bestellung %s" % o, "Bitte aktualisieren Sie Ihre Zahlungsart", o, "Guten Tag Michael Weber,",
                ["leider wurde die Zahlung f\u00fcr Ihre Bestellung %s von Ihrer Bank abgelehnt." % o,
                 "Bitte w\u00e4hlen Sie bis zum 12. M\u00e4rz 2025 eine neue Zahlungsart aus. Wenn wir bis dahin keine g\u00fcltige Zahlungsart erhalten, wird Ihre Bestellung storniert.",
                 "Zahlungsart \u00e4ndern: https://www.amazon.de/gp/css/order-history"],
                "Artikel in dieser Bestellung", [("Garmin Edge 540 Fahrradcomputer", 1, 299.99)],
                [], fmt="multi", style="classic", auth=False, charset="iso-8859-15", ctes=("quoted-printable", "quoted-printable"))

    # ---------------- Dutch ----------------
    txt = """bol.

Hoi Jeroen,

Je bestelling is geannuleerd

Helaas kan de partner het volgende artikel niet leveren. We hebben het daarom uit je bestelling gehaald.

  Bestelnummer: A000BK7Q2N
  Artikel: JBL Charge 5 Bluetooth-speaker, zwart
  Prijs: \u20ac 129,99
  Verkoper: AudioShop Benelux

De verkoper laat weten: "Excuses, dit was ons laatste exemplaar en het is via ons Amazon-kanaal al verkocht."

Je krijgt het bedrag binnen 3 werkdagen terug op je rekening.

Groetjes,
bol
"""
    html = simple_html(txt.replace("&", "&amp;").replace("\n\n", "</p><p>").replace("\n", "<br>"))
    raw_mail(NN("nl", "bol-annulering door partner; verkoper noemt verkoop via Amazon-kanaal"),
             ("bol", "no-reply@bol.com"), "Je bestelling is geannuleerd",
             [("plain", txt, "utf-8", "quoted-printable"), ("html", html, "utf-8", "base64")],
             auth_line=auth_pass_for("bol.com", "bounces@mail.bol.com"), tz=1)

    raw_mail(NN("nl", "vriendin schrijft dat ze haar Amazon-bestelling heeft geannuleerd"),
             ("Femke de Boer", "femke.deboer@kpnmail.nl"), "Re: weekend Ardennen",
             [("plain", """Hoi Sanne,

Ik heb mijn Amazon-bestelling voor die tent geannuleerd, hij zou pas na het weekend komen. Ik leen wel die van mijn broer.

Neem jij de gasbrander mee?

Liefs,
Femke

Op 6 jun 2024, om 20:41 heeft Sanne Jansen het volgende geschreven:
> Komt je tent nog op tijd?
""", "windows-1252", "8bit")], tz=2, to="sanne.jansen@ziggo.nl",
             auth_line=auth_pass_for("kpnmail.nl", "femke.deboer@kpnmail.nl"), hcharset="windows-1252")

    body = """<h1>Veilig Online \u2013 nieuwsbrief</h1>
<h2>Let op: nepmail \u201eJe Amazon.nl-bestelling is geannuleerd\u201c</h2>
<p>Bij het meldpunt komen veel meldingen binnen van e-mails met als onderwerp <i>\u201eActie vereist: je bestelling wordt geannuleerd\u201c</i> of <i>\u201eJe Amazon.nl-bestelling is geannuleerd \u2013 bel ons direct\u201c</i>. De afzender doet zich voor als Amazon en vraagt je een telefoonnummer te bellen of je betaalgegevens via een link bij te werken.</p>
<p>Dit is phishing. Klik niet op links, bel het nummer niet en verwijder de e-mail. Twijfel je? Controleer je bestellingen zelf in de Amazon-app.</p>
<p style="font-size:11px;color:#777"><a href="https://veiligonline-nieuws.nl/afmelden">Afmelden</a></p>"""
    raw_mail(NN("nl", "nieuwsbrief over phishing, citeert nep-annuleringsonderwerpen"),
             ("Veilig Online", "nieuwsbrief@veiligonline-nieuws.nl"), "Nieuwsbrief: let op nepmails over geannuleerde Amazon-bestellingen",
             [("plain", "Veilig Online - nieuwsbrief\n\nLet op: nepmail \"Je Amazon.nl-bestelling is geannuleerd\". Dit is phishing. Klik niet op links en bel het nummer niet.\n", "utf-8", "quoted-printable"),
              ("html", simple_html(body), "utf-8", "quoted-printable")],
             auth_line=auth_pass_for("veiligonline-nieuws.nl", "bounce@veiligonline-nieuws.nl"), tz=1,
             extra=["List-Unsubscribe: <https://veiligonline-nieuws.nl/afmelden>", "Precedence: bulk"])

    o = order_no("amazon.nl")
    amazon_mail("non_notice", "nl", None, False, "amazon.nl", "bezorgafspraak geannuleerd, bestelling blijft actief",
                "shipment-tracking", "Je bezorgafspraak voor bestelling %s is geannuleerd" % o, "Bezorgafspraak geannuleerd", o, "Hallo Pieter,",
                ["Onze bezorgpartner heeft je bezorgafspraak op dinsdag 9 juli tussen 13:00 en 17:00 uur helaas moeten annuleren.",
                 "Je bestelling zelf is niet geannuleerd. Kies een nieuwe bezorgafspraak: https://www.amazon.nl/gp/css/order-history"],
                "Artikelen", [("Samsung Koelvriescombinatie RB38C603DSA, 390 l", 1, 799.00)],
                [], fmt="multi", style="classic", auth=True)

    amazon_mail("non_notice", "nl", None, False, "amazon.nl", "Amazon Music Unlimited-abonnement opgezegd (abonnement, geen bestelling)",
                "digital-no-reply", "Je Amazon Music Unlimited-abonnement is opgezegd", "Abonnement opgezegd", None, "Hallo Lotte,",
                ["Zoals gevraagd hebben we je Amazon Music Unlimited-abonnement opgezegd. Je kunt Music Unlimited nog gebruiken tot 14 augustus 2024; daarna wordt er niets meer in rekening gebracht."],
                "", [], ["Wil je opnieuw abonneren? https://www.amazon.nl/music/unlimited"], fmt="text", auth=False, ctes=("base64", None))

    o = order_no("amazon.com.be")
    amazon_mail("non_notice", "nl", None, False, "amazon.com.be", "betaling geweigerd: werk betaalmethode bij, anders WORDT bestelling geannuleerd",
                "payments-messages", "Betaling geweigerd voor je Amazon.com.be-bestelling %s" % o, "Betaling geweigerd", o, "Beste Lotte,",
                ["Je bank heeft de betaling voor bestelling %s geweigerd." % o,
                 "Werk je betaalmethode bij v\u00f3\u00f3r 3 oktober 2024. Als we tegen die datum geen geldige betaalmethode hebben, wordt je bestelling geannuleerd.",
                 "Betaalmethode bijwerken: https://www.amazon.com.be/gp/css/order-history"],
                "Artikelen in deze bestelling", [("Nespresso Vertuo Pop koffiemachine, zwart", 1, 99.00)],
                [], fmt="html", style="modern", auth=True, charset="windows-1252", ctes=(None, "quoted-printable"))


# ===========================================================================
def main():
    notices()
    lookalikes()
    non_notices()
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, 1):
        spec = SPECS[idx]
        name = "g1%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(spec))
        lab = dict(file=name)
        lab.update(spec["label"])
        labels.append(lab)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d files" % len(labels))


if __name__ == "__main__":
    main()
