#!/usr/bin/env python3
"""Regenerates blind batch l3 (Italian / Polish / Swedish) -- .eml files plus labels.json.

Run:  python3 make.py        (writes ./mail/l3NNN.eml and ./labels.json next to this file)
Everything is deterministic (fixed random seed).
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import random
import urllib.parse
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
R = random.Random(31337003)

# --------------------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------------------

def order_no(prefix=None):
    p = prefix or R.choice(["402", "403", "404", "405", "406", "407", "408", "171"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


def rand_date():
    base = datetime(2024, 9, 2, tzinfo=timezone.utc)
    d = base + timedelta(days=R.randint(0, 290), seconds=R.randint(0, 86399))
    return d


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, up=True):
    a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if up else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(a) for _ in range(n))


def ses_msgid(d):
    return "<0102%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "%012x" % int(d.timestamp() * 1000), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (alnum(12, False), R.randint(100000, 999999), domain)


def fake_b64(n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------------------
# header blocks
# --------------------------------------------------------------------------------------

def amazon_received(d, tld, rcpt_mx):
    ip = "54.240.%d.%d" % (R.choice([3, 4, 6, 7, 27, 48]), R.randint(2, 250))
    host = "a%s.smtp-out.eu-west-1.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    t1 = format_datetime(d + timedelta(seconds=2))
    return [
        ("Received", "from %s (%s [%s]) by %s with ESMTPS id %s for <rcpt>; %s"
         % (host, host, ip, rcpt_mx, alnum(14, False), t1)),
    ], ip, host


def auth_results_pass(tld, mx_style, ip, d):
    bounce = "%s%s@bounces.amazon.%s" % (d.strftime("%Y%m%d%H%M%S"), alnum(10, False), tld)
    if mx_style == "google":
        v = ("mx.google.com; dkim=pass header.d=amazon.%s header.i=@amazon.%s header.s=%s header.b=%s; "
             "dkim=pass header.i=@amazonses.com header.s=%s header.b=%s; "
             "spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s; "
             "dmarc=pass header.from=amazon.%s (p=QUARANTINE sp=QUARANTINE dis=NONE)"
             % (tld, tld, alnum(16, False), fake_b64(6)[:8], alnum(16, False), fake_b64(6)[:8],
                bounce, ip, bounce, tld))
    elif mx_style == "outlook":
        v = ("spf=pass (sender IP is %s) smtp.mailfrom=bounces.amazon.%s; "
             "dkim=pass header.d=amazon.%s; dmarc=pass header.from=amazon.%s action=none; "
             "compauth=pass reason=100" % (ip, tld, tld, tld))
    else:  # generic MTA (wp.pl, libero, bahnhof ...)
        v = ("%s; spf=pass smtp.mailfrom=%s; dkim=pass header.d=amazon.%s header.s=%s; "
             "dmarc=pass header.from=amazon.%s" % (mx_style, bounce, tld, alnum(12, False), tld))
    return ("Authentication-Results", v), bounce


def dkim_sig(domain, d):
    return ("DKIM-Signature",
            "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
            "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; "
            "bh=%s; b=%s" % (alnum(20, False), domain, int(d.timestamp()), fake_b64(32), fake_b64(96)))


# --------------------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------------------

def _cs(charset, cte):
    c = Charset(charset)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return c


def text_part(body, subtype, charset, cte):
    return MIMEText(body, subtype, _cs(charset, cte))


def hdr(value, charset, name="Subject"):
    """RFC 2047 encode a header value in a chosen charset when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return fold(name, value)
    except UnicodeEncodeError:
        return Header(value, charset, header_name=name).encode(maxlinelen=76)


def fold(name, value, width=78):
    """Fold a plain ASCII header at spaces (RFC 5322 section 2.2.3)."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return value
    lines, cur = [], ""
    first = True
    for w in value.split(" "):
        lim = width - (len(name) + 2 if first else 1)
        if cur and len(cur) + 1 + len(w) > lim:
            lines.append(cur)
            cur, first = w, False
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return "\n ".join(lines)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def build(m):
    """m: dict with from/to/subject/date/headers/text/html/charset/cte..."""
    cset = m.get("charset", "utf-8")
    hcs = m.get("hcharset", cset if cset not in ("us-ascii",) else "utf-8")
    text, html = m.get("text"), m.get("html")
    if html is not None and cset.lower() != "utf-8":
        html = html.replace("charset=UTF-8", "charset=%s" % cset).replace('<meta charset="utf-8">', '<meta charset="%s">' % cset)
    if text is not None and html is not None:
        msg = MIMEMultipart("alternative", boundary=m.get("boundary"))
        msg.attach(text_part(text, "plain", cset, m.get("cte_text", m.get("cte", "qp"))))
        msg.attach(text_part(html, "html", cset, m.get("cte_html", m.get("cte", "qp"))))
    elif html is not None:
        msg = text_part(html, "html", cset, m.get("cte", "qp"))
    else:
        msg = text_part(text, "plain", cset, m.get("cte", "qp"))
    existing = list(msg.items())
    for k in {k for k, _ in existing}:
        del msg[k]
    for k, v in m.get("trace", []):
        msg[k] = fold(k, v)
    msg["From"] = addr(m["from"][0], m["from"][1], hcs)
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = addr(m["to"][0], m["to"][1], hcs)
    msg["Subject"] = hdr(m["subject"], hcs)
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m["msgid"]
    for k, v in m.get("headers", []):
        msg[k] = fold(k, v)
    for k, v in existing:
        if k.lower() == "mime-version":
            msg[k] = v
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def write(msg, path):
    with open(path, "wb") as f:
        BytesGenerator(f, mangle_from_=False, maxheaderlen=0).flatten(msg)


# --------------------------------------------------------------------------------------
# Amazon-style templates (structure modelled on real order-update mails)
# --------------------------------------------------------------------------------------

STYLE = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding: 23px 18px 21px 17px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; width:100%; }
.emailContainerTD { padding-top: 25px; padding-bottom: 33px; padding-left: 20px; padding-right: 20px; }
.headline { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.orderDetailsTableLink { color:#0066C0; text-decoration:none; }
.itemTitle { font-size:14px; line-height:18px; color:#0F1111; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.buttonTD { background-color:#FFD814; border-radius:8px; padding:12px 20px; text-align:center; }
.legalCopy { font-size:11px; line-height:15px; color:#767676; padding-top:18px; }
.legalCopy a { color:#0066C0; }
"""


def track_url(tld, url, urn, ref="pe_2640190_232586610"):
    q = urllib.parse.quote(url, safe="")
    return ("https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (tld, alnum(13), alnum(13), urn, alnum(13), q, alnum(28), ref))


def amazon_html(tld, brand, lang, greeting, headline, paras, items, order, order_label,
                button=None, legal=(), link=None, items_heading=None, img_host="images-eu.ssl-images-amazon.com"):
    """Heavy nested-table HTML like the genuine notification mails.
    link(url) -> href (defaults to an amazon gp/r.html redirect); phishing variants pass their own."""
    urn = "urn:rtn:msg:%s%s" % (datetime(2025, 1, 1).strftime("%Y%m%d"), hexs(32))
    if link is None:
        link = lambda u: track_url(tld, u, urn)
    e = htmlmod.escape
    order_url = "https://www.amazon.%s/gp/your-account/order-details?orderID=%s" % (tld, order)
    rows = []
    for it in items:
        title, qty, price = it[0], it[1], it[2]
        short = title if len(title) < 48 else title[:45].rstrip() + "..."
        rows.append(
            '<tr><td class="itemImage" style="width:90px;padding-right:12px" valign="top">'
            '<a class="orderDetailsTableLink" href="%s" title="%s" target="_blank">'
            '<img src="https://%s/images/I/%s._AC_SR115,115_.jpg" alt="" border="0" width="84" /></a></td>\n'
            '<td class="itemTitle" valign="top"><a class="orderDetailsTableLink" href="%s" title="%s" target="_blank">%s</a>'
            '<br /><span style="color:#565959">%s</span><br /><span style="color:#B12704">%s</span></td></tr>\n'
            % (link("https://www.amazon.%s/dp/%s" % (tld, alnum(10))), e(title), img_host, alnum(11, False),
               link("https://www.amazon.%s/dp/%s" % (tld, alnum(10))), e(title), e(short), e(qty), e(price)))
    parts = [
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
        '<meta name="format-detection" content="telephone=no" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />\n<style>%s</style>\n'
        '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->\n'
        '</head>\n<body>\n' % (lang, STYLE),
        '<img width="1" height="1" src="https://www.amazon.%s/gp/r.html?C=%s&M=%s&T=O&U=https%%3A%%2F%%2F%s%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&ref_=pe_2640190_232586610_opens" />\n'
        % (tld, alnum(13), urn, img_host),
        '<table id="OutlookWrapper" width="100%%" cellpadding="0" cellspacing="0"><tbody><tr><td align="center">\n'
        '<table id="EmailWrapper" dir="ltr"><tbody><tr><td align="center">\n'
        '<table class="emailBody"><tbody><tr><td class="emailBodyTD">\n'
        '<a href="%s"><table class="brandTable"><tbody><tr><td align="center">'
        '<img src="https://%s/images/G/01/x-locale/common/logo/amazon_%s.png" alt="%s" title="%s" class="brandImage" border="0" width="130" />'
        '</td></tr></tbody></table></a>\n' % (link("https://www.amazon.%s" % tld), img_host, tld.replace(".", "_"), brand, brand),
        '<table class="emailContainer"><tbody><tr><td class="emailContainerTD">\n',
        '<table class="greetingTable"><tbody><tr><td><span>%s</span></td></tr></tbody></table>\n' % e(greeting),
    ]
    if headline:
        parts.append('<table class="headlineTable"><tbody><tr><td class="headline"><span>%s</span></td></tr></tbody></table>\n' % e(headline))
    parts.append('<table class="informationTable"><tbody>\n')
    for p in paras:
        parts.append('<tr><td style="padding-bottom:12px;font-size:14px;line-height:20px;color:#0F1111"><span>%s</span></td></tr>\n' % p)
    parts.append('</tbody></table>\n')
    if items:
        if items_heading:
            parts.append('<table class="grayTopBorder" width="100%%"><tbody><tr><td style="padding-top:14px;font-weight:bold;font-size:15px">%s</td></tr></tbody></table>\n' % e(items_heading))
        parts.append('<table class="orderDetailsTable"><tbody>\n%s</tbody></table>\n' % "".join(rows))
    if order:
        parts.append('<table class="orderIdTable"><tbody><tr><td><a class="orderDetailsTableLink inline-block" href="%s">%s</a></td></tr></tbody></table>\n'
                     % (link(order_url), e(order_label)))
    if button:
        btxt, burl = button
        parts.append('<table class="buttonContainer" style="margin-top:18px"><tbody><tr><td class="buttonTD" width="397" height="45" bgcolor="FFD814">'
                     '<a href="%s" style="color:#0F1111;text-decoration:none">%s</a></td></tr></tbody></table>\n' % (link(burl), e(btxt)))
    parts.append('</td></tr></tbody></table>\n')
    if legal:
        parts.append('<table id="legalCopy"><tbody><tr><td class="legalCopy">\n')
        for l in legal:
            parts.append('<p>%s</p>\n' % l)
        parts.append('</td></tr></tbody></table>\n')
    parts.append('</td></tr></tbody></table>\n</td></tr></tbody></table>\n</td></tr></tbody></table>\n'
                 '<img width="1" height="1" src="https://www.amazon.%s/gp/r.html?C=%s&M=%s&T=E&ref_=pe_2640190_232586610_open" />\n'
                 '</body>\n</html>\n' % (tld, alnum(13), urn))
    return "".join(parts)


def a(href, text=None):
    return '<a href="%s">%s</a>' % (htmlmod.escape(href), htmlmod.escape(text or href))


def amazon_text(brand, title, order_label, greeting, paras, items, item_heading, footer, width=74):
    sep = "-" * width
    out = [brand, title, order_label, "", sep, "", greeting, ""]
    for p in paras:
        out += [p, ""]
    if items:
        if item_heading:
            out += [item_heading, ""]
        for it in items:
            out += [it[0], "  " + it[1], "  " + it[2], ""]
    out += ["=" * width, ""]
    for f in footer:
        out += [f, ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------
# per-language Amazon wording
# --------------------------------------------------------------------------------------

LP = {
    "it": dict(
        tld="it", brand="Amazon.it", lang="it",
        greet="Ciao {n},", order_label="Ordine n. {o}", items_heading="Articoli annullati",
        qty="Quantità: {q}", button=("Visualizza i tuoi ordini", "https://www.amazon.it/gp/css/order-history"),
        sec=[
            "Amazon.it non ti chiederà mai di comunicare la password, i dati della carta di credito o altre informazioni personali tramite e-mail, SMS o telefono.",
            "Se il numero della tua carta è cambiato o la carta è scaduta, aggiornalo in Il mio account: https://www.amazon.it/cpe/yourpayments/wallet",
            "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalala qui: https://www.amazon.it/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU",
            "Per assistenza visita il Servizio Clienti: https://www.amazon.it/gp/help/customer/display.html",
        ],
        closing="Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
        copyright="© 2025 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.",
    ),
    "pl": dict(
        tld="pl", brand="Amazon.pl", lang="pl",
        greet="Witaj {n},", order_label="Zamówienie nr {o}", items_heading="Anulowane produkty",
        qty="Ilość: {q}", button=("Wyświetl swoje zamówienia", "https://www.amazon.pl/gp/css/order-history"),
        sec=[
            "Amazon.pl nigdy nie poprosi Cię o podanie hasła, numeru karty płatniczej ani innych danych osobowych w wiadomości e-mail, SMS-ie ani podczas rozmowy telefonicznej.",
            "Jeśli numer Twojej karty uległ zmianie lub karta wygasła, zaktualizuj dane w sekcji Twoje konto: https://www.amazon.pl/cpe/yourpayments/wallet",
            "Otrzymałeś podejrzaną wiadomość, która wygląda na wysłaną przez Amazon? Zgłoś ją tutaj: https://www.amazon.pl/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU",
            "Pomoc i obsługa klienta: https://www.amazon.pl/gp/help/customer/display.html",
        ],
        closing="Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
        copyright="(c) 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.",
    ),
    "sv": dict(
        tld="se", brand="Amazon.se", lang="sv",
        greet="Hej {n},", order_label="Beställning nr {o}", items_heading="Avbrutna artiklar",
        qty="Antal: {q}", button=("Visa dina beställningar", "https://www.amazon.se/gp/css/order-history"),
        sec=[
            "Amazon.se kommer aldrig att be dig om ditt lösenord, dina kortuppgifter eller andra personuppgifter via e-post, sms eller telefon.",
            "Om ditt kortnummer har ändrats eller om kortet har gått ut kan du uppdatera det under Ditt konto: https://www.amazon.se/cpe/yourpayments/wallet",
            "Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? Rapportera det här: https://www.amazon.se/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU",
            "Kundservice: https://www.amazon.se/gp/help/customer/display.html",
        ],
        closing="Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på meddelandet.",
        copyright="© 2025 Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
    ),
}

import re
URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:)]")


def linkify(text, link=None, raw_html=False):
    t = text if raw_html else htmlmod.escape(text, quote=False)
    def rep(mo):
        u = htmlmod.unescape(mo.group(0))
        href = link(u) if link else u
        return '<a href="%s">%s</a>' % (htmlmod.escape(href), htmlmod.escape(u, quote=False))
    return URL_RE.sub(rep, t)


def amazon_trace(d, tld, to_addr, mx, auth_style=None, dkim=True):
    rec, ip, host = amazon_received(d, tld, mx)
    rec = [(k, v.replace("<rcpt>", "<%s>" % to_addr)) for k, v in rec]
    bounce = "%s%s@bounces.amazon.%s" % (d.strftime("%Y%m%d%H%M%S"), alnum(10, False), tld)
    trace = [("Return-Path", "<%s>" % bounce), ("Delivered-To", to_addr)] + rec
    if auth_style:
        ar, _ = auth_results_pass(tld, auth_style, ip, d)
        trace.append(ar)
    if dkim:
        trace.append(dkim_sig("amazon.%s" % tld, d))
        trace.append(dkim_sig("amazonses.com", d))
    extra = [
        ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
        ("Bounces-to", bounce),
        ("X-AMAZON-RTE-VERSION", "2.0"),
        ("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (alnum(13), alnum(13))),
        ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % fake_b64(30)[:43]),
        ("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip)),
    ]
    return trace, extra


def amazon_mail(lang, sender, subject, name, to_addr, headline, paras, items, order,
                structure="alt", charset="utf-8", cte="qp", auth=None, mx="mx.google.com",
                extra_legal=(), button=True, items_heading=True, plain_title=None, link=None,
                legal=True, trace=None, extra_headers=None, reply_to=None, date=None, greeting=None):
    L = LP[lang]
    tld = L["tld"]
    d = date or rand_date()
    greet = greeting or L["greet"].format(n=name.split()[0])
    olabel = L["order_label"].format(o=order) if order else ""
    its = [(t, L["qty"].format(q=q), p) for (t, q, p) in items]
    sec = list(L["sec"]) + list(extra_legal) + [L["closing"], L["copyright"]] if legal else list(extra_legal)
    text = html = None
    if structure in ("alt", "text"):
        text = amazon_text(L["brand"], plain_title or headline or "", olabel, greet, paras, its,
                           L["items_heading"] if items_heading else None, sec)
    if structure in ("alt", "html"):
        html = amazon_html(tld, L["brand"], L["lang"], greet, headline, [linkify(p, link) for p in paras], its,
                           order, olabel, button=L["button"] if button is True else (button or None),
                           legal=[linkify(s, link) for s in sec], link=link,
                           items_heading=L["items_heading"] if items_heading else None)
    if trace is None:
        tr, ex = amazon_trace(d, tld, to_addr, mx, auth)
    else:
        tr, ex = trace
    m = dict(trace=tr, headers=ex + (extra_headers or []), text=text, html=html, charset=charset, cte=cte,
             subject=subject, date=d, to=(name, to_addr), reply_to=reply_to,
             msgid=ses_msgid(d) if trace is None else generic_msgid(sender[1].split("@")[1]),
             boundary="----=_Part_%d_%d.%d" % (R.randint(10**6, 10**8), R.randint(10**8, 2 * 10**9), int(d.timestamp() * 1000)))
    m["from"] = sender
    return m


def plain_trace(d, to_addr, from_host, from_ip, mx, auth=None, return_path=None):
    tr = []
    if return_path:
        tr.append(("Return-Path", "<%s>" % return_path))
    tr.append(("Delivered-To", to_addr))
    tr.append(("Received", "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s"
               % (from_host, from_host, from_ip, mx, alnum(12, False), to_addr, format_datetime(d + timedelta(seconds=3)))))
    if auth:
        tr.append(("Authentication-Results", auth))
    return tr


def other_mail(sender, to, subject, text=None, html=None, charset="utf-8", cte="qp", trace=(),
               headers=(), reply_to=None, date=None, msgid_domain=None, hcharset=None, cte_text=None, cte_html=None):
    d = date or rand_date()
    m = dict(trace=list(trace), headers=list(headers), text=text, html=html, charset=charset, cte=cte,
             subject=subject, date=d, to=to, reply_to=reply_to,
             msgid=generic_msgid(msgid_domain or sender[1].split("@")[1]),
             boundary="=_%s" % hexs(24))
    m["from"] = sender
    if hcharset:
        m["hcharset"] = hcharset
    if cte_text:
        m["cte_text"] = cte_text
    if cte_html:
        m["cte_html"] = cte_html
    return m


def simple_html(paras, lang="it", foot=None, link=None, title=None, raw=False):
    body = "".join('<p style="margin:0 0 14px 0">%s</p>\n' % (p if raw else linkify(p, link)) for p in paras)
    if foot:
        body += '<hr style="border:none;border-top:1px solid #ddd" />\n<p style="font-size:11px;color:#888">%s</p>\n' % linkify(foot, link)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\n'
            '<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
            '<div style="max-width:600px;margin:0 auto;padding:20px">\n%s</div>\n</body></html>\n'
            % (lang, htmlmod.escape(title or ""), body))


MAILS = []   # list of (label_dict, message_spec)


def add(kind, lang, cause, states_reason, marketplace, note, spec):
    MAILS.append((dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                       marketplace=marketplace, note=note), spec))


# ======================================================================================
# ITALIAN  (amazon.it)
# ======================================================================================

def italian():
    # ---------------- genuine notices ----------------
    o = order_no("403")
    add("notice", "it", "inventory_shortage", True, "amazon.it", "supplier cannot deliver, item unavailable; HTML+text, auth pass",
        amazon_mail("it", ("Amazon.it", "order-update@amazon.it"),
                    "Il tuo ordine Amazon.it n. %s è stato annullato" % o, "Giulia Ferrara", "giulia.ferrara@gmail.com",
                    "Il tuo ordine è stato annullato",
                    ["Ci dispiace comunicarti che abbiamo dovuto annullare il tuo ordine n. %s: l'articolo indicato di seguito non è più disponibile e il nostro fornitore ci ha informato che non potrà consegnarcelo." % o,
                     "Non ti è stato addebitato alcun importo per questo articolo. Se sull'estratto conto compare un'autorizzazione temporanea, verrà rimossa automaticamente entro pochi giorni lavorativi.",
                     "Ci scusiamo per l'inconveniente. Puoi cercare un articolo simile su https://www.amazon.it"],
                    [("De'Longhi Dedica Style EC685.M Macchina da caffè espresso manuale, 1300 W, argento", 1, "169,99 €")],
                    o, structure="alt", cte="qp", auth="google", mx="mx.google.com", reply_to="no-reply@amazon.it"))

    o = order_no("402")
    txt = """Amazon.it
Ordine n. %(o)s
________________________________________________________________________

Gentile Luca Galli,

il 3 marzo ti abbiamo informato che non eravamo riusciti ad addebitare
l'importo del tuo ordine n. %(o)s sulla carta Mastercard che
termina con 4417. La banca emittente non ha autorizzato la transazione.

Poiché non abbiamo ricevuto un metodo di pagamento valido entro il
termine indicato, il tuo ordine è stato annullato.

Articoli annullati:

  1 x Bosch Professional GSR 18V-55 Trapano avvitatore a batteria
      EUR 139,90
  1 x Bosch Professional Batteria GBA 18V 4.0Ah
      EUR 64,50

Se desideri ancora questi articoli puoi effettuare un nuovo ordine su
Amazon.it. Prima di farlo, verifica che i dati della carta siano
aggiornati in Il mio account > I tuoi pagamenti:
https://www.amazon.it/cpe/yourpayments/wallet

Non ti è stato addebitato alcun importo per questo ordine.

========================================================================
Se il numero della tua carta è cambiato o la carta è scaduta, aggiornalo
in Il mio account. Amazon.it non ti chiederà mai di comunicare la
password o i dati completi della carta per e-mail o per telefono.

Hai ricevuto un'e-mail sospetta? Scopri come riconoscerla e segnalarla:
https://www.amazon.it/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU

Cordiali saluti,
Servizio Clienti Amazon.it
https://www.amazon.it/gp/help/customer/display.html

Questa e-mail è stata inviata da un indirizzo di sola notifica che non
accetta e-mail in arrivo. Non rispondere a questo messaggio.
""" % dict(o=o)
    m = amazon_mail("it", ("Amazon.it", "payments-messages@amazon.it"),
                    "Il tuo ordine Amazon.it %s è stato annullato" % o, "Luca Galli", "luca.galli@libero.it",
                    None, [], [], o, structure="text", charset="iso-8859-15", cte="qp", auth=None, mx="smtp-in.libero.it",
                    reply_to="payments-messages@amazon.it")
    m["text"] = txt
    add("notice", "it", "payment_issue", True, "amazon.it", "card not authorised, payment revision deadline missed; text-only latin-9, no auth", m)

    o = order_no("404")
    add("notice", "it", "technical_issue", True, "amazon.it", "pricing error on product page; HTML-only base64, auth pass",
        amazon_mail("it", ("Amazon.it", "order-update@amazon.it"),
                    "Un articolo è stato annullato dal tuo ordine Amazon.it n. %s" % o, "Francesca Romano", "f.romano@libero.it",
                    "Abbiamo annullato un articolo del tuo ordine",
                    ["Abbiamo annullato l'articolo indicato di seguito dal tuo ordine n. %s perché nella pagina di dettaglio del prodotto era riportato un prezzo errato, dovuto a un errore nell'inserimento dell'offerta." % o,
                     "Il prezzo corretto dell'articolo è 549,00 €. Non ti è stato addebitato alcun importo. Se desideri ancora acquistarlo puoi effettuare un nuovo ordine al prezzo corretto.",
                     "Gli altri articoli del tuo ordine non sono interessati e verranno spediti come previsto."],
                    [("Samsung Galaxy Tab S9 FE, 128 GB, 6 GB RAM, Wi-Fi, Grigio (Versione Italiana)", 1, "54,90 €")],
                    o, structure="html", cte="b64", auth="mx.libero.it", mx="smtp-in.libero.it", reply_to="no-reply@amazon.it"))

    o = order_no("171")
    add("notice", "it", "fraud_prevention", True, "amazon.it", "unusual activity, account locked, identity verification; HTML+text 8bit, no auth",
        amazon_mail("it", ("Amazon.it", "cs-reply@amazon.it"),
                    "Il tuo ordine Amazon.it n. %s è stato annullato" % o, "Davide Conti", "davide.conti@outlook.it",
                    "Il tuo account è temporaneamente bloccato",
                    ["Durante un controllo di routine abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggerti abbiamo temporaneamente bloccato l'account e annullato l'ordine n. %s." % o,
                     "Per sbloccare l'account accedi direttamente al sito Amazon.it o all'app Amazon, senza usare link ricevuti per e-mail, e segui le istruzioni per verificare la tua identità e il metodo di pagamento. Potremmo chiederti di caricare un documento di fatturazione.",
                     "Eventuali autorizzazioni di pagamento legate a questo ordine verranno rilasciate. Una volta completata la verifica potrai effettuare nuovamente l'ordine."],
                    [("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)", 2, "279,00 €")],
                    o, structure="alt", cte="8bit", auth=None, mx="mail-it.outlook.com", button=("Vai a Il mio account", "https://www.amazon.it/gp/css/homepage.html")))

    o = order_no("408")
    add("notice", "it", "customer_request", True, "amazon.it", "customer cancelled one item; HTML+text, auth pass (outlook style)",
        amazon_mail("it", ("Amazon.it", "auto-confirm@amazon.it"),
                    'Annullamento riuscito di "LEGO Technic Ferrari Daytona SP3..." dal tuo ordine Amazon.it', "Sara Marino", "sara.marino@hotmail.it",
                    "Annullamento effettuato",
                    ["Come richiesto, abbiamo annullato l'articolo seguente dal tuo ordine n. %s." % o,
                     "Motivo dell'annullamento: richiesta del cliente",
                     "Se l'articolo era già stato pagato, riceverai il rimborso sul metodo di pagamento utilizzato entro 3-5 giorni lavorativi. Gli altri articoli dell'ordine, se presenti, non sono interessati."],
                    [("LEGO 42143 Technic Ferrari Daytona SP3, Modellino di Auto da Costruire per Adulti", 1, "349,99 €")],
                    o, structure="alt", cte="8bit", auth="outlook", mx="EUR05-AM6-obe.outbound.protection.outlook.com",
                    plain_title="Conferma di annullamento", reply_to="no-reply@amazon.it"))

    o = order_no("405")
    m = amazon_mail("it", ("Amazon.it", "order-update@amazon.it"),
                    "Informazioni sul tuo ordine Amazon.it n. %s" % o, "Alessandro Greco", "ale.greco@tiscali.it",
                    "Il tuo ordine è stato annullato",
                    ["Ti informiamo che il tuo ordine n. %s effettuato il 14 gennaio 2025 è stato annullato." % o,
                     "Non ti è stato addebitato alcun importo. Puoi consultare lo stato dei tuoi ordini in I miei ordini: https://www.amazon.it/gp/css/order-history"],
                    [("Tefal Ingenio Emotion Set di padelle 13 pezzi, manico rimovibile", 1, "119,00 €"),
                     ("Brita Caraffa filtrante Marella XL, 3,5 l, bianca", 1, "24,99 €")],
                    o, structure="text", cte="8bit", auth=None, mx="mx.tiscali.it", plain_title="Annullamento dell'ordine",
                    reply_to="no-reply@amazon.it")
    add("notice", "it", "unknown", False, "amazon.it", "cancelled without any reason given; text-only 8bit", m)

    # ---------------- lookalikes ----------------
    d = rand_date()
    add("lookalike", "it", "fraud_prevention", True, None, "gmail sender, callback toll-free number, malformed order no., crude",
        other_mail(("Amazon Assistenza Clienti", "amazon.assistenza.ordini@gmail.com"), ("", "marco.bellini@alice.it"),
                   "AVVISO: il Suo ordine #402-88127-7190 è stato ANNULLATO",
                   text="""Gentile Cliente,

il Suo ordine #402-88127-7190 del valore di 1.489,00 EUR
(Apple iPhone 15 Pro Max 256GB Titanio naturale) è stato ANNULLATO dal
nostro sistema di sicurezza a causa di attività sospette rilevate sul Suo
account Amazon.

Se NON ha effettuato Lei questo ordine, contatti IMMEDIATAMENTE il nostro
Centro Sicurezza al numero verde gratuito:

        800 93 41 27   (attivo 24 ore su 24)

ATTENZIONE: se non chiama entro 24 ore l'importo di 1.489,00 EUR verrà
addebitato definitivamente sulla Sua carta e non sarà più rimborsabile.

Cordiali saluti,
Team Sicurezza Amazon
Amazon.it Servizio Clienti
""", charset="utf-8", cte="8bit", date=d,
                   trace=plain_trace(d, "marco.bellini@alice.it", "mail-sor-f41.google.com", "209.85.220.41", "smtp-in.alice.it",
                                     auth="smtp-in.alice.it; spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass header.from=gmail.com",
                                     return_path="amazon.assistenza.ordini@gmail.com"),
                   headers=[("X-Mailer", "Microsoft Outlook 16.0")]))

    o = order_no("171")
    evil = lambda u: "https://amazon-orders.help/it/sblocco/?sid=%s&r=%s" % (alnum(20, False), urllib.parse.quote(u, safe=""))
    m = amazon_mail("it", ("Amazon.it", "avvisi@amazon-orders.help"),
                    "Account sospeso: il tuo ordine n. %s è stato annullato" % o, "Chiara Esposito", "chiara.esposito87@gmail.com",
                    "Il tuo account è stato sospeso",
                    ["Abbiamo rilevato un accesso al tuo account da un dispositivo non riconosciuto (Windows 10, Bucarest, Romania). Per la tua sicurezza il tuo account è stato sospeso e l'ordine n. %s è stato annullato." % o,
                     "Per riattivare l'account e ripristinare l'ordine utilizza il seguente codice di verifica personale: AMZ-7741-QX",
                     "Inserisci il codice nella pagina di verifica entro 48 ore: https://www.amazon.it/ap/verify . Trascorso questo termine l'account verrà chiuso definitivamente e gli ordini in corso non potranno essere recuperati."],
                    [("Dyson Airwrap Complete Long, Nichel/Rame", 1, "549,00 €")], o, structure="alt", cte="qp",
                    link=evil, button=("Riattiva il tuo account", "https://www.amazon.it/ap/verify"),
                    trace=(plain_trace(rand_date(), "chiara.esposito87@gmail.com", "mail.amazon-orders.help", "185.225.74.19", "mx.google.com",
                                       auth="mx.google.com; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help",
                                       return_path="bounce@amazon-orders.help"), []))
    add("lookalike", "it", "fraud_prevention", True, None, "look-alike domain amazon-orders.help, 'account suspended + order cancelled, use this code', copied template", m)

    d = rand_date()
    add("lookalike", "it", "payment_issue", True, None, "outlook.it sender asks to reply with full card data; order 'will be cancelled' in 24h",
        other_mail(("Amazon Pagamenti", "amazon.pagamenti-it@outlook.it"), ("", "paolo.ricci@virgilio.it"),
                   "Problema con il pagamento - ordine 404-2231954-8873310 in sospeso",
                   text="""Gentile cliente,

non siamo riusciti ad autorizzare il pagamento per il suo ordine
404-2231954-8873310 (Dyson V15 Detect Absolute - 699,00 €).
La sua banca ha rifiutato la transazione.

Il suo ordine verrà annullato entro 24 ore se non aggiorna i dati di
pagamento.

Per aggiornarli in modo rapido e sicuro risponda semplicemente a questa
e-mail indicando:

 - nome e cognome dell'intestatario
 - numero della carta (16 cifre)
 - data di scadenza
 - codice di sicurezza CVV (3 cifre sul retro)
 - data di nascita

Un nostro operatore aggiornerà il suo ordine manualmente e riceverà una
conferma entro poche ore.

Grazie per aver scelto Amazon.
Servizio Pagamenti Amazon.it
""", charset="windows-1252", cte="qp", date=d,
                   trace=plain_trace(d, "paolo.ricci@virgilio.it", "EUR02-VI1-obe.outbound.protection.outlook.com", "40.92.66.17", "mx.virgilio.it",
                                     return_path="amazon.pagamenti-it@outlook.it")))

    o = order_no("403")
    evil = lambda u: "http://amazon.it.ordini-verifica.top/signin/login.php?tk=%s" % alnum(24, False)
    m = amazon_mail("it", ("Amazon.it", "order-update@amazon.it.ordini-verifica.top"),
                    "Il tuo ordine Amazon.it n. %s è stato annullato" % o, "Elena Fontana", "elena.fontana@gmail.com",
                    "Il tuo ordine è stato annullato",
                    ["Non è stato possibile elaborare il pagamento del tuo ordine: la carta associata al tuo account risulta scaduta. Per questo motivo l'ordine è stato annullato.",
                     "Per ripristinare l'ordine e aggiornare il metodo di pagamento accedi a https://www.amazon.it/gp/css/order-history",
                     "Se non aggiorni i dati entro 72 ore il tuo account verrà limitato."],
                    [("Apple iPad Air 11\" (M2): display Liquid Retina, 128 GB, Wi-Fi 6E, Blu", 1, "699,00 €")], o,
                    structure="html", cte="qp", link=evil,
                    trace=(plain_trace(rand_date(), "elena.fontana@gmail.com", "srv1.ordini-verifica.top", "91.215.85.102", "mx.google.com",
                                       return_path="www-data@srv1.ordini-verifica.top"), [("X-PHP-Originating-Script", "33:mailer.php")]))
    add("lookalike", "it", "payment_issue", True, None, "subdomain trick amazon.it.ordini-verifica.top; links show amazon.it URLs but href goes elsewhere; copied template", m)

    o = order_no("408")
    d = rand_date()
    href = "http://rimborsi-amazon.notifiche-clienti.net/it/rimborso?id=%s" % alnum(16, False)
    body_t = """Ciao,

purtroppo l'articolo che hai ordinato (Echo Dot (5ª generazione), Antracite)
non è più disponibile presso il venditore e il tuo ordine n. %s è
stato annullato.

Hai diritto a un rimborso di 64,99 €. A causa di un problema con il tuo
istituto bancario il rimborso non può essere accreditato automaticamente.

Per ricevere il rimborso conferma i dati della carta su cui desideri
l'accredito:

%s

Il link scade tra 24 ore.

Il team di Amazon.it
""" % (o, href)
    body_h = simple_html(["Ciao,",
                          "purtroppo l'articolo che hai ordinato (<b>Echo Dot (5ª generazione), Antracite</b>) non è più disponibile presso il venditore e il tuo ordine n. %s è stato annullato." % o,
                          "Hai diritto a un rimborso di <b>64,99 €</b>. A causa di un problema con il tuo istituto bancario il rimborso non può essere accreditato automaticamente.",
                          '<a href="%s" style="background:#FFD814;padding:10px 18px;color:#111;text-decoration:none;border-radius:6px">Richiedi il rimborso</a>' % href,
                          "Il link scade tra 24 ore.", "Il team di Amazon.it"], "it", raw=True)
    add("lookalike", "it", "inventory_shortage", True, None, "Cyrillic A in display name 'Аmazon.it', refund-phish for unavailable item",
        other_mail(("\u0410mazon.it", "servizio@notifiche-clienti.net"), ("", "valentina.rizzo@libero.it"),
                   "Rimborso disponibile: ordine %s annullato" % o, text=body_t, html=body_h, charset="utf-8", cte="qp", date=d,
                   trace=plain_trace(d, "valentina.rizzo@libero.it", "mta4.notifiche-clienti.net", "45.137.21.88", "smtp-in.libero.it",
                                     auth="smtp-in.libero.it; spf=pass smtp.mailfrom=notifiche-clienti.net; dkim=none; dmarc=none header.from=notifiche-clienti.net",
                                     return_path="servizio@notifiche-clienti.net")))

    d = rand_date()
    add("lookalike", "it", "unknown", False, None, "yahoo sender, no order number, URL shortener, crude",
        other_mail(("Amazon", "amazon_it_servizio@yahoo.com"), (None, "undisclosed-recipients:;"),
                   "Ordine annullato !!!",
                   text="""Il tuo ordine su Amazon e stato annullato.
Per maggiori informazioni e per evitare la chiusura del tuo account clicca qui sotto :

http://bit.ly/3amzn-it-ordine

Grazie
Amazon Italia servizio clienti
""", charset="iso-8859-1", cte="8bit", date=d,
                   trace=plain_trace(d, "stefano.moretti@alice.it", "sonic315-20.consmr.mail.ir2.yahoo.com", "77.238.176.145", "smtp-in.alice.it",
                                     return_path="amazon_it_servizio@yahoo.com")))

    o = order_no("402")
    evil = lambda u: "https://amaz0n.it/ripristina-ordine?o=%s&u=%s" % (o, alnum(10, False))
    m = amazon_mail("it", ("Amazon.it", "auto-confirm@amaz0n.it"),
                    "Errore di elaborazione del tuo ordine n. %s" % o, "Roberto Costa", "roberto.costa@fastwebnet.it",
                    "Si è verificato un errore di sistema",
                    ["A causa di un errore di sistema durante l'elaborazione il tuo ordine n. %s è stato annullato." % o,
                     "Per ripristinarlo senza costi aggiuntivi verifica i tuoi dati entro 48 ore: https://amaz0n.it/ripristina-ordine",
                     "Dopo questo termine l'ordine non potrà più essere recuperato e l'importo resterà bloccato fino a 30 giorni."],
                    [("Xiaomi Robot Vacuum X10+, aspirapolvere robot con stazione di svuotamento", 1, "459,99 €")], o,
                    structure="alt", cte="b64", link=evil, legal=False,
                    trace=(plain_trace(rand_date(), "roberto.costa@fastwebnet.it", "mail.amaz0n.it", "194.26.192.64", "mx.fastwebnet.it",
                                       return_path="auto-confirm@amaz0n.it"), []))
    add("lookalike", "it", "technical_issue", True, None, "look-alike domain amaz0n.it, 'system error' restore link", m)

    o = order_no("171")
    d = rand_date()
    txt = """Amazon.it

Richiesta di annullamento ricevuta
Ordine n. %s

Ciao,

abbiamo ricevuto la tua richiesta di annullamento per l'ordine n. %s:

  Apple MacBook Air 13" chip M3, 16 GB, 512 GB SSD - Mezzanotte
  Totale: 1.299,00 €

L'annullamento verrà completato entro 2 ore e l'importo sarà rimborsato
su una carta regalo Amazon.

Se NON hai richiesto tu l'annullamento, chiama subito il nostro reparto
annullamenti al numero +39 02 9475 1183 per bloccarlo.

Grazie,
Servizio Clienti Amazon.it
""" % (o, o)
    add("lookalike", "it", "customer_request", True, None, "spoofed From amazon.it (spf fail, dmarc=fail), gmail Reply-To, callback number; 'will be cancelled'",
        other_mail(("Amazon.it", "auto-confirm@amazon.it"), ("Federica Gallo", "federica.gallo@gmail.com"),
                   "Richiesta di annullamento ricevuta - ordine n. %s" % o, text=txt,
                   html=simple_html(txt.split("\n\n"), "it"), charset="utf-8", cte="qp", date=d,
                   reply_to="amazon.it.rimborsi@gmail.com",
                   trace=plain_trace(d, "federica.gallo@gmail.com", "vps-4471.hostingserver.ru", "80.66.88.203", "mx.google.com",
                                     auth="mx.google.com; spf=fail (google.com: domain of www-data@vps-4471.hostingserver.ru does not designate 80.66.88.203 as permitted sender) smtp.mailfrom=www-data@vps-4471.hostingserver.ru; dkim=none; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.it",
                                     return_path="www-data@vps-4471.hostingserver.ru")))

    # ---------------- non-notices ----------------
    d = rand_date()
    t = """Gentile Sara,

ti informiamo che il tuo ordine n. 7104418823 del 2 febbraio 2025 è stato
annullato: il titolo "Le mappe del tempo - Atlante illustrato" non è più
disponibile presso l'editore e non siamo in grado di spedirlo.

L'importo di 24,70 € pagato con Amazon Pay verrà riaccreditato sul metodo
di pagamento associato al tuo account Amazon entro 5-7 giorni lavorativi.

Ci scusiamo per il disagio.
Il Servizio Clienti IBS.it
https://www.ibs.it/aiuto
"""
    add("non_notice", "it", None, False, None, "IBS.it (other retailer) cancels its own order, refund via Amazon Pay",
        other_mail(("IBS.it", "noreply@ibs.it"), ("Sara Marino", "sara.marino@hotmail.it"),
                   "Il tuo ordine n. 7104418823 è stato annullato", text=t, html=simple_html(t.split("\n\n"), "it", title="IBS.it"),
                   charset="utf-8", cte="qp", date=d,
                   trace=plain_trace(d, "sara.marino@hotmail.it", "mta-out12.ibs.it", "151.1.210.44", "mx.hotmail.com", return_path="bounce@ibs.it")))

    d = rand_date()
    add("non_notice", "it", None, False, None, "friend says she cancelled her Amazon order",
        other_mail(("Chiara Esposito", "chiara.esposito87@gmail.com"), ("Marco Bellini", "marco.bellini@alice.it"),
                   "Re: regalo per la Giulia",
                   text="""Ciao Marco,

alla fine ho annullato l'ordine su Amazon: la lampada arrivava il 20, cioè
dopo il compleanno, e non aveva senso. Amazon mi ha già mandato la mail con
la conferma dell'annullamento, il rimborso arriva in qualche giorno.

Che ne dici se prendiamo un buono Feltrinelli e lo stampiamo? Sabato ci
vediamo da lei alle 8, porto io il vino.

Chiara

Il giorno mar 11 feb 2025 alle 18:42 Marco Bellini <marco.bellini@alice.it> ha scritto:
> Hai visto che la consegna della lampada slitta? Forse conviene annullare.
> M.
""", charset="utf-8", cte="8bit", date=d,
                   headers=[("In-Reply-To", generic_msgid("alice.it")), ("X-Mailer", "iPhone Mail (21D61)")],
                   trace=plain_trace(d, "marco.bellini@alice.it", "mail-ej1-f52.google.com", "209.85.218.52", "smtp-in.alice.it")))

    d = rand_date()
    news = ["Truffe della settimana - numero 112",
            "Questa settimana è tornata in circolazione una campagna di phishing che imita Amazon. L'oggetto più diffuso è: \"Il tuo ordine Amazon.it n. 403-5518230-1192837 è stato annullato - verifica il pagamento\". Il messaggio invita a cliccare su un pulsante per \"ripristinare l'ordine\" e porta a una pagina che chiede i dati della carta.",
            "Come riconoscerla: il mittente non usa un dominio amazon.it, il link punta a un sito diverso e si chiede di agire entro poche ore. Amazon non chiede mai la password o il CVV per e-mail.",
            "Cosa fare: non cliccare, controlla i tuoi ordini aprendo direttamente l'app o il sito e inoltra la mail a stop-spoofing@amazon.it.",
            "Nel prossimo numero: i falsi SMS dei corrieri."]
    add("non_notice", "it", None, False, None, "security newsletter quoting a fake cancellation subject",
        other_mail(("SicuriOnline - Newsletter", "newsletter@sicurionline.it"), ("", "luca.galli@libero.it"),
                   "Truffe della settimana: il falso \"Il tuo ordine Amazon è stato annullato\"",
                   text="\n\n".join(news) + "\n\n--\nRicevi questa e-mail perché sei iscritto alla newsletter di SicuriOnline.\nDisiscriviti: https://sicurionline.it/newsletter/unsubscribe\n",
                   html=simple_html(news, "it", foot="Ricevi questa e-mail perché sei iscritto alla newsletter di SicuriOnline. Disiscriviti: https://sicurionline.it/newsletter/unsubscribe"),
                   charset="utf-8", cte="qp", date=d,
                   headers=[("List-Unsubscribe", "<https://sicurionline.it/newsletter/unsubscribe>"), ("Precedence", "bulk")],
                   trace=plain_trace(d, "luca.galli@libero.it", "mail.sicurionline.it", "93.186.254.21", "smtp-in.libero.it", return_path="bounces@sicurionline.it")))

    o = order_no("404")
    add("non_notice", "it", None, False, "amazon.it", "Amazon delivery appointment cancelled by carrier; order itself stays active",
        amazon_mail("it", ("Amazon.it", "shipment-tracking@amazon.it"),
                    "Appuntamento di consegna annullato - ordine n. %s" % o, "Giorgio Villa", "giorgio.villa@gmail.com",
                    "Scegli un nuovo appuntamento di consegna",
                    ["L'appuntamento per la consegna al piano previsto per giovedì 13 marzo (8:00 - 12:00) è stato annullato dal corriere per indisponibilità del mezzo.",
                     "Il tuo ordine non è stato annullato: l'articolo è pronto per la consegna. Scegli un nuovo appuntamento tra quelli disponibili.",
                     "Se non scegli una nuova data entro 5 giorni, ti proporremo automaticamente il primo appuntamento disponibile."],
                    [("Samsung RB34C600ESA/EF Frigorifero combinato, 344 l, Inox", 1, "599,00 €")], o,
                    structure="alt", cte="qp", auth="google", items_heading=False,
                    button=("Scegli un nuovo appuntamento", "https://www.amazon.it/gp/your-account/ship-track?orderId=%s" % o)))

    d = rand_date()
    t = ["Ciao Davide,",
         "ti confermiamo che il tuo abbonamento Audible Premium Plus è stato annullato. Non riceverai più addebiti mensili.",
         "Potrai continuare ad ascoltare il catalogo Plus fino al 28 febbraio 2025. Gli audiolibri acquistati con i crediti restano per sempre nella tua Libreria, anche dopo l'annullamento.",
         "Hai cambiato idea? Puoi riattivare l'abbonamento in qualsiasi momento da https://www.audible.it/account",
         "Grazie per aver ascoltato con noi,\nIl team di Audible"]
    add("non_notice", "it", None, False, None, "Audible subscription cancellation confirmation",
        other_mail(("Audible", "no-reply@audible.it"), ("Davide Conti", "davide.conti@outlook.it"),
                   "Conferma di annullamento del tuo abbonamento Audible", text="\n\n".join(t) + "\n",
                   html=simple_html(t, "it", foot="Audible GmbH, Schumannstraße 6, 10117 Berlino. Hai ricevuto questa e-mail in relazione al tuo account Audible."),
                   charset="utf-8", cte="b64", date=d,
                   trace=plain_trace(d, "davide.conti@outlook.it", "a7-18.smtp-out.eu-west-1.amazonses.com", "54.240.7.18", "mail-it.outlook.com",
                                     return_path="0102abc@bounces.audible.it")))

    o = order_no("402")
    add("non_notice", "it", None, False, "amazon.it", "genuine payment reminder: update payment or order WILL be cancelled (not yet)",
        amazon_mail("it", ("Amazon.it", "payments-messages@amazon.it"),
                    "Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o, "Francesca Romano", "f.romano@libero.it",
                    "Il pagamento non è andato a buon fine",
                    ["Non siamo riusciti ad addebitare l'importo dell'ordine n. %s sulla carta Visa che termina con 0921. L'ordine è in attesa e non è stato spedito." % o,
                     "Per evitare che l'ordine venga annullato, aggiorna il metodo di pagamento entro il 21 marzo 2025 da I miei ordini: https://www.amazon.it/gp/css/order-history",
                     "Se hai già aggiornato i dati di pagamento, ignora questo messaggio."],
                    [("Philips Series 5000 Spazzolino elettrico Sonicare HX6857/17", 1, "89,99 €")], o,
                    structure="alt", cte="qp", auth=None, items_heading=False,
                    button=("Aggiorna il metodo di pagamento", "https://www.amazon.it/gp/css/order-history")))


# ======================================================================================
# POLISH  (amazon.pl)
# ======================================================================================

def polish():
    # ---------------- genuine notices ----------------
    o = order_no("405")
    add("notice", "pl", "inventory_shortage", True, "amazon.pl", "seller cannot fulfil, item unavailable; HTML+text iso-8859-2 QP, no auth",
        amazon_mail("pl", ("Amazon.pl", "order-update@amazon.pl"),
                    "Twoje zamówienie w Amazon.pl nr %s zostało anulowane" % o, "Tomasz Kowalczyk", "tomasz.kowalczyk@wp.pl",
                    "Twoje zamówienie zostało anulowane",
                    ["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie nr %s. Sprzedawca poinformował nas, że poniższy produkt jest niedostępny i nie może zrealizować zamówienia." % o,
                     "Nie obciążyliśmy Twojej karty za ten produkt. Jeśli na wyciągu widnieje tymczasowa blokada środków, zostanie ona automatycznie zwolniona w ciągu kilku dni roboczych.",
                     "Przepraszamy za niedogodności. Podobne produkty znajdziesz na https://www.amazon.pl"],
                    [("Philips Seria 3000 Airfryer XXL, frytkownica beztłuszczowa 7,2 l, HD9285/96", 1, "549,00 zł")],
                    o, structure="alt", charset="iso-8859-2", cte="qp", auth=None, mx="mx.wp.pl", reply_to="no-reply@amazon.pl"))

    o = order_no("407")
    txt = """Amazon.pl
Zamówienie nr %(o)s
------------------------------------------------------------------------

Witaj Katarzyna,

nie udało się zrealizować płatności za Twoje zamówienie nr %(o)s,
ponieważ karta Visa kończąca się cyframi 7730 wygasła.

5 marca poprosiliśmy o zaktualizowanie metody płatności. Ponieważ nie
otrzymaliśmy nowych danych w wyznaczonym terminie, zamówienie zostało
anulowane.

Anulowane produkty:

  1 x Xiaomi Redmi Note 13 Pro 5G, 8 GB/256 GB, Midnight Black
      1 199,00 zł

Jeśli nadal chcesz kupić ten produkt, złóż nowe zamówienie. Wcześniej
sprawdź, czy dane karty w sekcji Twoje płatności są aktualne:
https://www.amazon.pl/cpe/yourpayments/wallet

========================================================================
Amazon.pl nigdy nie poprosi Cię o podanie hasła ani pełnego numeru karty
w wiadomości e-mail lub przez telefon. Jeśli numer Twojej karty uległ
zmianie, zaktualizuj go w sekcji Twoje konto.

Podejrzana wiadomość? Dowiedz się, jak rozpoznać i zgłosić phishing:
https://www.amazon.pl/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU

Ta wiadomość została wysłana z adresu, który nie obsługuje poczty
przychodzącej. Prosimy na nią nie odpowiadać.
""" % dict(o=o)
    m = amazon_mail("pl", ("Amazon.pl", "payments-messages@amazon.pl"),
                    "Zamówienie Amazon.pl nr %s zostało anulowane" % o, "Katarzyna Nowak", "k.nowak@wp.pl",
                    None, [], [], o, structure="text", charset="utf-8", cte="b64", auth="mx.wp.pl", mx="mx.wp.pl")
    m["text"] = txt
    add("notice", "pl", "payment_issue", True, "amazon.pl", "expired card, payment update not made in time; text-only base64, auth pass", m)

    o = order_no("406")
    add("notice", "pl", "technical_issue", True, "amazon.pl", "wrong price shown due to technical error; HTML-only QP, no auth",
        amazon_mail("pl", ("Amazon.pl", "order-update@amazon.pl"),
                    "Produkt został anulowany z Twojego zamówienia Amazon.pl nr %s" % o, "Piotr Wiśniewski", "piotr.wisniewski@onet.pl",
                    "Anulowaliśmy produkt z Twojego zamówienia",
                    ["Anulowaliśmy poniższy produkt z Twojego zamówienia nr %s, ponieważ z powodu błędu technicznego na stronie produktu wyświetlana była nieprawidłowa cena." % o,
                     "Prawidłowa cena tego produktu wynosi 2 199,00 zł. Nie pobraliśmy za niego żadnej opłaty. Jeśli nadal chcesz go kupić, możesz złożyć nowe zamówienie w prawidłowej cenie.",
                     "Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem."],
                    [("Lenovo IdeaPad Slim 5 16\" laptop, Ryzen 7 8845HS, 16 GB RAM, 1 TB SSD, Windows 11", 1, "219,90 zł")],
                    o, structure="html", cte="qp", auth=None, mx="mx.poczta.onet.pl", reply_to="no-reply@amazon.pl"))

    o = order_no("403")
    add("notice", "pl", "fraud_prevention", True, "amazon.pl", "unusual activity, account temporarily locked, identity verification; HTML-only base64, auth pass",
        amazon_mail("pl", ("Amazon.pl", "account-update@amazon.pl"),
                    "Twoje zamówienie nr %s zostało anulowane" % o, "Agnieszka Zielińska", "agnieszka.zielinska@gmail.com",
                    "Twoje konto zostało tymczasowo zablokowane",
                    ["Zauważyliśmy nietypową aktywność na Twoim koncie Amazon.pl. Aby chronić Ciebie i Twoje dane, tymczasowo zablokowaliśmy konto i anulowaliśmy zamówienie nr %s." % o,
                     "Aby odblokować konto, zaloguj się bezpośrednio na stronie Amazon.pl lub w aplikacji Amazon i postępuj zgodnie z instrukcjami weryfikacji tożsamości. Nie klikaj linków w wiadomościach, których się nie spodziewasz.",
                     "Ewentualne blokady środków związane z tym zamówieniem zostaną zwolnione."],
                    [("Sony PlayStation 5 Slim, wersja z napędem, 1 TB", 1, "2 399,00 zł"),
                     ("Sony DualSense kontroler bezprzewodowy, Midnight Black", 2, "299,00 zł")],
                    o, structure="html", cte="b64", auth="google", mx="mx.google.com",
                    button=("Przejdź do Twojego konta", "https://www.amazon.pl/gp/css/homepage.html")))

    o = order_no("408")
    add("notice", "pl", "customer_request", True, "amazon.pl", "cancelled at customer's request; HTML+text 8bit, no auth",
        amazon_mail("pl", ("Amazon.pl", "auto-confirm@amazon.pl"),
                    "Pomyślnie anulowano „Kindle Paperwhite (16 GB)...” z Twojego zamówienia Amazon.pl", "Michał Lewandowski", "michal.lewandowski@interia.pl",
                    "Anulowanie zakończone pomyślnie",
                    ["Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
                     "Powód anulowania: anulowane przez klienta",
                     "Jeśli produkt został już opłacony, zwrot środków pojawi się na Twoim koncie w ciągu 3-5 dni roboczych. Pozostałe produkty z zamówienia nie są objęte anulowaniem."],
                    [("Kindle Paperwhite (16 GB) - teraz z 7-calowym ekranem bez odblasków, z reklamami, czarny", 1, "679,99 zł")],
                    o, structure="alt", cte="8bit", auth=None, mx="mx.poczta.interia.pl", plain_title="Potwierdzenie anulowania",
                    reply_to="no-reply@amazon.pl"))

    o = order_no("405")
    txt = """Amazon.pl - Informacja o zamówieniu nr %(o)s

Dzień dobry, Marta Kamińska,

Twoje zamówienie nr %(o)s zostało anulowane.

Przewoźnik nie był w stanie doręczyć przesyłki, ponieważ podany adres
dostawy okazał się niepełny (brak numeru mieszkania), a paczka została
zwrócona do naszego centrum logistycznego.

  1 x Tefal Ingenio Easy Cook & Clean zestaw garnków, 13 elementów
      329,99 zł

Kwota 329,99 zł zostanie zwrócona na metodę płatności użytą przy
zamówieniu w ciągu 3-5 dni roboczych. Przed kolejnym zamówieniem
sprawdź adres w sekcji Twoje adresy:
https://www.amazon.pl/a/addresses

------------------------------------------------------------------------
Amazon.pl nigdy nie poprosi o hasło ani dane karty w wiadomości e-mail.
Jeśli numer Twojej karty się zmienił, zaktualizuj go w sekcji Twoje
konto: https://www.amazon.pl/cpe/yourpayments/wallet
Zgłoś podejrzaną wiadomość:
https://www.amazon.pl/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU

Ta wiadomość została wysłana z adresu, który nie obsługuje poczty
przychodzącej.
""" % dict(o=o)
    m = amazon_mail("pl", ("Amazon.pl", "order-update@amazon.pl"),
                    "Informacja dotycząca zamówienia Amazon.pl nr %s" % o, "Marta Kamińska", "marta.kaminska@onet.pl",
                    None, [], [], o, structure="text", charset="iso-8859-2", cte="8bit", auth="mx.poczta.onet.pl", mx="mx.poczta.onet.pl")
    m["text"] = txt
    add("notice", "pl", "unknown", True, "amazon.pl", "cancelled because delivery address incomplete/undeliverable; text-only iso-8859-2 8bit, auth pass", m)

    # ---------------- lookalikes ----------------
    o = order_no("403")
    evil = lambda u: "https://sklep-serwis24.pl/amz/weryfikacja/?k=%s" % alnum(18, False)
    m = amazon_mail("pl", ("Amaz\u03bfn.pl", "powiadomienia@sklep-serwis24.pl"),
                    "Twoje konto zostało zablokowane - zamówienie nr %s anulowane" % o, "Paweł Wójcik", "pawel.wojcik@gmail.com",
                    "Wymagana weryfikacja tożsamości",
                    ["Wykryliśmy nietypowe logowanie na Twoje konto. Ze względów bezpieczeństwa konto zostało zablokowane, a zamówienie nr %s zostało anulowane." % o,
                     "Aby odzyskać dostęp, potwierdź swoją tożsamość oraz dane karty płatniczej w ciągu 24 godzin: https://www.amazon.pl/ap/signin",
                     "Brak weryfikacji spowoduje trwałe usunięcie konta."],
                    [("Apple iPhone 15 128 GB, czarny", 1, "3 599,00 zł")], o, structure="alt", cte="qp", link=evil,
                    button=("Zweryfikuj teraz", "https://www.amazon.pl/ap/signin"),
                    trace=(plain_trace(rand_date(), "pawel.wojcik@gmail.com", "s12.sklep-serwis24.pl", "31.186.82.77", "mx.google.com",
                                       auth="mx.google.com; spf=pass smtp.mailfrom=sklep-serwis24.pl; dkim=none; dmarc=none header.from=sklep-serwis24.pl",
                                       return_path="powiadomienia@sklep-serwis24.pl"), []))
    add("lookalike", "pl", "fraud_prevention", True, None, "Greek omicron in display name 'Amazοn.pl', compromised shop domain, verify card", m)

    d = rand_date()
    add("lookalike", "pl", "customer_request", True, None, "outlook.com sender, callback number, malformed order no., 'will be cancelled in 24h'",
        other_mail(("Amazon Obsługa Klienta", "amazon.obsluga.pl@outlook.com"), ("", "jan.szymanski@o2.pl"),
                   "Potwierdzenie prośby o anulowanie zamówienia nr 405-9912-004",
                   text="""Szanowny Kliencie,

otrzymaliśmy Twoją prośbę o anulowanie zamówienia nr 405-9912-004
(Samsung Galaxy S24 Ultra 512 GB, 5 299,00 zł).

Zamówienie zostanie anulowane w ciągu 24 godzin, a środki zostaną
przelane na kartę podarunkową Amazon.

Jeśli to NIE Ty złożyłeś tę prośbę, natychmiast zadzwoń do naszego
działu bezpieczeństwa:

    +48 22 307 41 96  (pon.-niedz. 0-24)

Przygotuj numer zamówienia oraz dane karty, którą opłacono zakup.

Z poważaniem,
Dział Obsługi Klienta Amazon.pl
""", charset="iso-8859-2", cte="qp", date=d,
                   trace=plain_trace(d, "jan.szymanski@o2.pl", "EUR03-DBA-obe.outbound.protection.outlook.com", "40.92.58.101", "mx.o2.pl",
                                     return_path="amazon.obsluga.pl@outlook.com")))

    d = rand_date()
    add("lookalike", "pl", "payment_issue", True, None, "wp.pl free-mail sender asks reply with card number/CVV, crude",
        other_mail(("Amazon Polska", "obsluga.amazon.pl@wp.pl"), ("", "ewa.dabrowska@interia.pl"),
                   "Płatność odrzucona - Twoje zamówienie zostało anulowane",
                   text="""Dzień dobry,

płatność za Twoje zamówienie Amazon nr 407-1183924-5520017 została
odrzucona przez bank, dlatego zamówienie zostało anulowane.

Aby przywrócić zamówienie prosimy odpowiedzieć na tę wiadomość i podać:
- imię i nazwisko posiadacza karty
- numer karty
- datę ważności
- kod CVV2/CVC2

Po otrzymaniu danych ponowimy płatność i wyślemy zamówienie.

Pozdrawiamy
Zespół Amazon Polska
""", charset="utf-8", cte="8bit", date=d,
                   trace=plain_trace(d, "ewa.dabrowska@interia.pl", "smtpo93.poczta.onet.pl", "213.180.149.146", "mx.poczta.interia.pl",
                                     return_path="obsluga.amazon.pl@wp.pl")))

    o = order_no("406")
    evil = lambda u: "https://amazon.pl.zamowienia-weryfikacja.com/zwrot/%s" % alnum(12, False)
    m = amazon_mail("pl", ("Amazon.pl", "zwroty@amazon.pl.zamowienia-weryfikacja.com"),
                    "Zwrot środków za anulowane zamówienie nr %s" % o, "Dorota Mazur", "dorota.mazur@gazeta.pl",
                    "Twoje zamówienie zostało anulowane",
                    ["Niestety zamówiony produkt jest niedostępny w magazynie i Twoje zamówienie nr %s zostało anulowane." % o,
                     "Przysługuje Ci zwrot 349,00 zł. Aby go odebrać, potwierdź dane karty na stronie: https://www.amazon.pl/zwroty",
                     "Zwrot należy odebrać w ciągu 48 godzin."],
                    [("JBL Charge 5 głośnik Bluetooth, wodoodporny, niebieski", 1, "349,00 zł")], o,
                    structure="html", charset="utf-8", cte="qp", link=evil,
                    button=("Odbierz zwrot", "https://www.amazon.pl/zwroty"),
                    trace=(plain_trace(rand_date(), "dorota.mazur@gazeta.pl", "mail.zamowienia-weryfikacja.com", "193.142.146.35", "mx.gazeta.pl",
                                       return_path="zwroty@amazon.pl.zamowienia-weryfikacja.com"), []))
    add("lookalike", "pl", "inventory_shortage", True, None, "subdomain trick amazon.pl.<evil>.com, link text shows amazon.pl, refund phish", m)

    o = order_no("171")
    h = simple_html([
        '<img src="https://amazon-konto-pomoc.info/img/logo.png" alt="amazon" width="120" />',
        "<b>Twoje konto Amazon zostało zawieszone</b>",
        "Z powodu naruszenia zasad bezpieczeństwa Twoje konto zostało zawieszone, a zamówienie nr <b>%s</b> anulowane." % o,
        "Twój jednorazowy kod odblokowujący: <span style=\"font-size:22px;letter-spacing:3px\"><b>448 921</b></span>",
        "Podaj ten kod konsultantowi pod numerem <b>+48 58 881 20 47</b> lub wpisz go na stronie <a href=\"https://amazon-konto-pomoc.info/odblokuj\">amazon-konto-pomoc.info/odblokuj</a>.",
        "Kod jest ważny przez 12 godzin.",
        "Zespół bezpieczeństwa Amazon"], "pl", raw=True, title="Amazon")
    d = rand_date()
    add("lookalike", "pl", "fraud_prevention", True, None, "amazon-konto-pomoc.info: account suspended + order cancelled, use this code / call; HTML-only base64",
        other_mail(("Amazon", "bezpieczenstwo@amazon-konto-pomoc.info"), ("", "lukasz.krawczyk@gmail.com"),
                   "Konto zawieszone - zamówienie anulowane", html=h, charset="utf-8", cte="b64", date=d,
                   trace=plain_trace(d, "lukasz.krawczyk@gmail.com", "vps23817.amazon-konto-pomoc.info", "5.181.156.12", "mx.google.com",
                                     return_path="bezpieczenstwo@amazon-konto-pomoc.info")))

    o = order_no("402")
    evil = lambda u: "https://arnazon.pl/przywroc?o=%s" % o
    m = amazon_mail("pl", ("Amazon.pl", "order-update@arnazon.pl"),
                    "Błąd przetwarzania zamówienia nr %s" % o, "Grzegorz Pawlak", "grzegorz.pawlak@wp.pl",
                    "Wystąpił błąd systemu",
                    ["Z powodu błędu systemu podczas przetwarzania płatności Twoje zamówienie nr %s zostało anulowane." % o,
                     "Aby je przywrócić bez dodatkowych kosztów, potwierdź swoje dane w ciągu 48 godzin: https://arnazon.pl/przywroc",
                     "Po upływie tego terminu zamówienia nie będzie można odzyskać."],
                    [("Dyson V12 Detect Slim Absolute odkurzacz bezprzewodowy", 1, "2 749,00 zł")], o,
                    structure="alt", cte="qp", link=evil,
                    trace=(plain_trace(rand_date(), "grzegorz.pawlak@wp.pl", "mail.arnazon.pl", "185.246.220.18", "mx.wp.pl",
                                       auth="mx.wp.pl; spf=pass smtp.mailfrom=arnazon.pl; dkim=pass header.d=arnazon.pl; dmarc=pass header.from=arnazon.pl",
                                       return_path="order-update@arnazon.pl"), []))
    add("lookalike", "pl", "technical_issue", True, None, "look-alike domain arnazon.pl (rn), 'system error', polished template incl. copied footer", m)

    d = rand_date()
    add("lookalike", "pl", "unknown", False, None, "gmail sender, no order number, no reason, crude",
        other_mail(("Amazon.pl", "amazonpl.zamowienia@gmail.com"), ("", "klient@o2.pl"),
                   "Twoje zamowienie zostalo anulowane",
                   text="""Witaj

Twoje zamowienie zostalo anulowane.

Kliknij ponizej aby zobaczyc szczegoly i odzyskac pieniadze:
https://tinyurl.com/amz-pl-zwrot

Amazon
""", charset="us-ascii", cte="8bit", date=d,
                   trace=plain_trace(d, "klient@o2.pl", "mail-wm1-f66.google.com", "209.85.128.66", "mx.o2.pl",
                                     return_path="amazonpl.zamowienia@gmail.com")))

    d = rand_date()
    evil = "https://amazon.pl-secure-payments.com/aktualizacja?id=PL55821A"
    t = """Amazon.pl

Szanowny Kliencie,

nie mogliśmy obciążyć Twojej karty za zamówienie #PL-55821-A.

Twoje zamówienie zostanie anulowane w ciągu 24 godzin, jeśli nie
zaktualizujesz metody płatności:

%s

Dziękujemy,
Płatności Amazon.pl
""" % evil
    h = simple_html(["<b>Amazon.pl</b>", "Szanowny Kliencie,",
                     "nie mogliśmy obciążyć Twojej karty za zamówienie <b>#PL-55821-A</b>.",
                     "Twoje zamówienie zostanie anulowane w ciągu 24 godzin, jeśli nie zaktualizujesz metody płatności.",
                     '<a href="%s" style="background:#f0c14b;padding:8px 14px;color:#111;text-decoration:none">Zaktualizuj płatność</a>' % evil,
                     "Dziękujemy,<br>Płatności Amazon.pl"], "pl", raw=True)
    add("lookalike", "pl", "payment_issue", True, None, "amazon.pl-secure-payments.com, malformed order '#PL-55821-A', will be cancelled unless payment updated; windows-1250",
        other_mail(("Amazon.pl Płatności", "platnosci@amazon.pl-secure-payments.com"), ("", "anna.pietrzak@interia.pl"),
                   "Pilne: zamówienie zostanie anulowane", text=t, html=h, charset="windows-1250", cte="qp", date=d,
                   trace=plain_trace(d, "anna.pietrzak@interia.pl", "mx1.amazon.pl-secure-payments.com", "45.95.169.210", "mx.poczta.interia.pl",
                                     return_path="platnosci@amazon.pl-secure-payments.com")))

    # ---------------- non-notices ----------------
    d = rand_date()
    t = """Cześć Tomasz,

sprzedawca techzone_pl anulował Twoje zamówienie:

  Uchwyt ścienny do Amazon Echo Dot 5. generacji, biały
  Numer zamówienia: 24-11983-55201
  Kwota: 39,99 zł

Powód: brak towaru u sprzedawcy.

Zwrot pełnej kwoty otrzymasz w ciągu 3 dni roboczych na metodę płatności
użytą przy zakupie.

Pozdrawiamy,
eBay
"""
    add("non_notice", "pl", None, False, None, "eBay seller cancellation of an item that merely mentions Amazon Echo",
        other_mail(("eBay", "ebay@ebay.com"), ("Tomasz Kowalczyk", "tomasz.kowalczyk@wp.pl"),
                   "Zamówienie zostało anulowane: Uchwyt ścienny do Amazon Echo Dot 5", text=t,
                   html=simple_html(t.split("\n\n"), "pl", title="eBay"), charset="utf-8", cte="qp", date=d,
                   trace=plain_trace(d, "tomasz.kowalczyk@wp.pl", "mxphxpool2007.ebay.com", "66.135.215.232", "mx.wp.pl",
                                     auth="mx.wp.pl; spf=pass smtp.mailfrom=ebay.com; dkim=pass header.d=ebay.com; dmarc=pass header.from=ebay.com",
                                     return_path="ebay@ebay.com")))

    d = rand_date()
    add("non_notice", "pl", None, False, None, "colleague: 'I cancelled the monitor order on Amazon'",
        other_mail(("Bartosz Jankowski", "b.jankowski@softline-it.pl"), ("Piotr Wiśniewski", "p.wisniewski@softline-it.pl"),
                   "RE: monitory do sali konferencyjnej",
                   text="""Hej Piotrek,

anulowałem to zamówienie na Amazonie - ten 32-calowy Dell miał dostawę
dopiero za 3 tygodnie. Zamówię w x-komie, mają na stanie i wystawią
fakturę na firmę od ręki.

Daj znać, czy bierzemy też uchwyty.

Bartek

-----Original Message-----
From: Piotr Wiśniewski
Sent: Tuesday, February 18, 2025 9:12 AM
Subject: monitory do sali konferencyjnej

Zamówiłeś już te monitory? Szef pyta.
""", charset="iso-8859-2", cte="qp", date=d,
                   headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "monitory do sali konferencyjnej")],
                   trace=plain_trace(d, "p.wisniewski@softline-it.pl", "mail.softline-it.pl", "91.239.43.6", "mail.softline-it.pl")))

    d = rand_date()
    n = ["BezpiecznyKlik - przegląd tygodnia",
         "Oszuści znów podszywają się pod Amazon. W ostatnich dniach wiele osób zgłosiło nam wiadomości z tematem \"Twoje zamówienie Amazon.pl zostało anulowane\" lub \"Problem z płatnością - zamówienie anulowane\". W treści znajduje się przycisk \"Przywróć zamówienie\", który prowadzi do fałszywej strony logowania.",
         "Jak się bronić: sprawdzaj adres nadawcy (prawdziwe wiadomości przychodzą z domeny amazon.pl), nie podawaj danych karty przez e-mail ani telefon, a status zamówień sprawdzaj, logując się samodzielnie w aplikacji.",
         "Podejrzane wiadomości możesz zgłaszać do CERT Polska przez formularz incydent.cert.pl.",
         "W kolejnym wydaniu: fałszywe SMS-y o dopłacie do przesyłki."]
    add("non_notice", "pl", None, False, None, "security newsletter quoting fake 'order cancelled' subjects",
        other_mail(("BezpiecznyKlik", "newsletter@bezpiecznyklik.pl"), ("", "marta.kaminska@onet.pl"),
                   "Uwaga na fałszywe maile \"Twoje zamówienie Amazon zostało anulowane\"",
                   text="\n\n".join(n) + "\n\n--\nWypisz się: https://bezpiecznyklik.pl/wypisz\n",
                   html=simple_html(n, "pl", foot="Otrzymujesz tę wiadomość, ponieważ zapisałeś się na newsletter BezpiecznyKlik. Wypisz się: https://bezpiecznyklik.pl/wypisz"),
                   charset="utf-8", cte="b64", date=d,
                   headers=[("List-Unsubscribe", "<https://bezpiecznyklik.pl/wypisz>"), ("Precedence", "bulk")],
                   trace=plain_trace(d, "marta.kaminska@onet.pl", "out.mailerlite.com", "185.136.202.10", "mx.poczta.onet.pl")))

    o = order_no("404")
    add("non_notice", "pl", None, False, "amazon.pl", "Amazon return pickup appointment cancelled (courier), nothing about order cancellation",
        amazon_mail("pl", ("Amazon.pl", "return@amazon.pl"),
                    "Odbiór zwrotu przez kuriera został anulowany", "Agnieszka Zielińska", "agnieszka.zielinska@gmail.com",
                    "Termin odbioru został anulowany",
                    ["Kurier nie może odebrać Twojego zwrotu w wybranym terminie (piątek, 14 marca, 9:00-17:00), dlatego odbiór został anulowany.",
                     "Twój zwrot jest nadal aktywny. Wybierz nowy termin odbioru lub nadaj paczkę w dowolnym punkcie InPost, korzystając z tej samej etykiety.",
                     "Szczegóły zwrotu znajdziesz w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history"],
                    [("Buty do biegania adidas Runfalcon 3.0, rozmiar 42", 1, "219,00 zł")], o,
                    structure="alt", cte="qp", auth=None, items_heading=False,
                    button=("Wybierz nowy termin", "https://www.amazon.pl/returns/cart")))

    d = rand_date()
    t = ["Witaj Michał,",
         "potwierdzamy anulowanie Twojego członkostwa Amazon Prime. Nie pobierzemy już kolejnych opłat.",
         "Z korzyści Prime, w tym darmowej dostawy i Prime Video, możesz korzystać do 3 kwietnia 2025 r.",
         "Zmieniłeś zdanie? Możesz wznowić członkostwo w dowolnym momencie: https://www.amazon.pl/prime",
         "Dziękujemy,\nZespół Amazon Prime"]
    add("non_notice", "pl", None, False, "amazon.pl", "Amazon Prime membership cancellation confirmation",
        other_mail(("Amazon Prime", "prime@amazon.pl"), ("Michał Lewandowski", "michal.lewandowski@interia.pl"),
                   "Potwierdzenie anulowania członkostwa Amazon Prime", text="\n\n".join(t) + "\n",
                   html=simple_html(t, "pl", foot="(c) 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon.pl nigdy nie poprosi o hasło w wiadomości e-mail."),
                   charset="iso-8859-2", cte="qp", date=d, msgid_domain="email.amazonses.com",
                   trace=plain_trace(d, "michal.lewandowski@interia.pl", "a4-3.smtp-out.eu-west-1.amazonses.com", "54.240.4.3", "mx.poczta.interia.pl",
                                     return_path="0102018f@bounces.amazon.pl")))

    o = order_no("407")
    add("non_notice", "pl", None, False, "amazon.pl", "genuine payment reminder before cancellation (order on hold)",
        amazon_mail("pl", ("Amazon.pl", "payments-messages@amazon.pl"),
                    "Zaktualizuj metodę płatności, aby uniknąć anulowania zamówienia nr %s" % o, "Dorota Mazur", "dorota.mazur@gazeta.pl",
                    "Płatność nie powiodła się",
                    ["Nie udało nam się obciążyć karty Mastercard kończącej się cyframi 5512 kwotą za zamówienie nr %s. Zamówienie jest wstrzymane." % o,
                     "Aby zamówienie nie zostało anulowane, zaktualizuj metodę płatności do 19 marca 2025 r. w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history",
                     "Jeśli już zaktualizowałeś dane płatności, zignoruj tę wiadomość."],
                    [("Bosch Serie 4 czajnik elektryczny TWK4P440, 1,7 l", 1, "189,00 zł")], o,
                    structure="alt", cte="b64", auth="google", mx="mx.google.com", items_heading=False,
                    button=("Zaktualizuj płatność", "https://www.amazon.pl/gp/css/order-history")))


# ======================================================================================
# SWEDISH  (amazon.se)
# ======================================================================================

def swedish():
    # ---------------- genuine notices ----------------
    o = order_no("403")
    add("notice", "sv", "inventory_shortage", True, "amazon.se", "item sold out, seller cannot deliver; HTML+text QP, auth pass (outlook style)",
        amazon_mail("sv", ("Amazon.se", "order-update@amazon.se"),
                    "Din beställning hos Amazon.se nr %s har avbrutits" % o, "Erik Lindqvist", "erik.lindqvist@outlook.com",
                    "Din beställning har avbrutits",
                    ["Vi beklagar att vi har varit tvungna att avbryta din beställning nr %s. Artikeln nedan är slutsåld och säljaren kan inte längre leverera den." % o,
                     "Du har inte debiterats för artikeln. Om en tillfällig reservation syns på ditt kontoutdrag försvinner den automatiskt inom några bankdagar.",
                     "Vi ber om ursäkt för besväret. Liknande artiklar hittar du på https://www.amazon.se"],
                    [("Fiskars Hard Edge kockkniv, 21 cm, rostfritt stål", 1, "449,00 kr"),
                     ("Fiskars Functional Form skärbräda, stor", 1, "229,00 kr")],
                    o, structure="alt", cte="qp", auth="outlook", mx="SE2P279MB0412.outbound.protection.outlook.com", reply_to="no-reply@amazon.se"))

    o = order_no("406")
    txt = """Amazon.se
Beställning nr %(o)s
________________________________________________________________________

Hej Anna Johansson,

den 4 mars meddelade vi att vi inte kunde debitera Mastercard-kortet som
slutar på 2208 för din beställning nr %(o)s. Kortutgivaren
godkände inte betalningen.

Eftersom betalningsuppgifterna inte uppdaterades inom den angivna tiden
har beställningen nu avbrutits.

Avbrutna artiklar:

  1 x Philips Sonicare DiamondClean 9000 eltandborste, svart
      1 490,00 kr

Om du fortfarande vill ha artikeln kan du lägga en ny beställning. Se
först till att dina kortuppgifter är aktuella under Ditt konto > Dina
betalningar: https://www.amazon.se/cpe/yourpayments/wallet

Du har inte debiterats för den här beställningen.

========================================================================
Om ditt kortnummer har ändrats kan du uppdatera det under Ditt konto.
Amazon.se ber dig aldrig om ditt lösenord eller fullständiga kortnummer
via e-post eller telefon.

Har du fått ett misstänkt meddelande? Så här rapporterar du det:
https://www.amazon.se/gp/help/customer/display.html?nodeId=GSZ2XM5PTB7QVDSU

Det här e-postmeddelandet skickades från en adress som inte kan ta emot
e-post. Svara inte på meddelandet.
""" % dict(o=o)
    m = amazon_mail("sv", ("Amazon.se", "payments-messages@amazon.se"),
                    "Din Amazon.se-beställning %s har avbrutits" % o, "Anna Johansson", "anna.johansson@telia.com",
                    None, [], [], o, structure="text", charset="iso-8859-1", cte="qp", auth=None, mx="mx.telia.com")
    m["text"] = txt
    add("notice", "sv", "payment_issue", True, "amazon.se", "card declined, payment not updated in time; text-only iso-8859-1 QP, no auth", m)

    o = order_no("404")
    add("notice", "sv", "technical_issue", True, "amazon.se", "wrong price due to system error; HTML-only 8bit, no auth",
        amazon_mail("sv", ("Amazon.se", "order-update@amazon.se"),
                    "En artikel har avbrutits från din Amazon.se-beställning nr %s" % o, "Johan Karlsson", "johan.karlsson@bredband.net",
                    "Vi har avbrutit en artikel i din beställning",
                    ["Vi har avbrutit artikeln nedan från din beställning nr %s eftersom ett fel i vårt system gjorde att fel pris visades på produktsidan." % o,
                     "Det korrekta priset för artikeln är 4 995,00 kr. Du har inte debiterats. Om du fortfarande vill köpa den kan du lägga en ny beställning till rätt pris.",
                     "Övriga artiklar i din beställning påverkas inte och skickas som planerat."],
                    [("Garmin Forerunner 265 GPS-löparklocka, AMOLED, svart", 1, "499,50 kr")],
                    o, structure="html", cte="8bit", auth=None, mx="mx.bredband.net", reply_to="no-reply@amazon.se"))

    o = order_no("171")
    add("notice", "sv", "fraud_prevention", True, "amazon.se", "unusual activity, account on hold, verify identity; HTML+text base64, auth pass",
        amazon_mail("sv", ("Amazon.se", "account-update@amazon.se"),
                    "Din beställning nr %s har annullerats" % o, "Sofia Andersson", "sofia.andersson@gmail.com",
                    "Ditt konto har tillfälligt spärrats",
                    ["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda dig har vi tillfälligt spärrat kontot och annullerat beställning nr %s." % o,
                     "Logga in direkt på Amazon.se eller i Amazon-appen, inte via länkar i e-postmeddelanden, och följ instruktionerna för att verifiera din identitet och din betalningsmetod.",
                     "Eventuella reservationer på ditt kort kopplade till beställningen släpps automatiskt."],
                    [("Apple iPhone 16, 128 GB, svart", 1, "10 995,00 kr")],
                    o, structure="alt", cte="b64", auth="google", mx="mx.google.com",
                    button=("Gå till Ditt konto", "https://www.amazon.se/gp/css/homepage.html")))

    o = order_no("408")
    add("notice", "sv", "customer_request", True, "amazon.se", "customer cancelled ('Avbeställd av kunden'); HTML+text QP, auth pass",
        amazon_mail("sv", ("Amazon.se", "auto-confirm@amazon.se"),
                    'Avbokning genomförd: "Bamse Ultimata samlingen..." från din Amazon.se-beställning', "Karin Nilsson", "karin.nilsson@bahnhof.se",
                    "Avbokningen är genomförd",
                    ["Vi har avbokat följande artikel från din beställning nr %s enligt din begäran." % o,
                     "Anledning: Avbeställd av kunden",
                     "Om du redan har betalat för artikeln återbetalas beloppet till din betalningsmetod inom 3-5 bankdagar."],
                    [("Bamse - Ultimata samlingen, DVD-box (12 skivor)", 1, "399,00 kr")],
                    o, structure="alt", cte="qp", auth="mx.bahnhof.se", mx="mx.bahnhof.se", plain_title="Bekräftelse på avbokning",
                    reply_to="no-reply@amazon.se"))

    o = order_no("405")
    m = amazon_mail("sv", ("Amazon.se", "order-update@amazon.se"),
                    "Information om din Amazon.se-beställning nr %s" % o, "Lars Eriksson", "lars.eriksson@spray.se",
                    "Din beställning har annullerats",
                    ["Din beställning nr %s som lades den 9 januari 2025 har annullerats." % o,
                     "Du har inte debiterats. Du kan se status för dina beställningar under Dina beställningar: https://www.amazon.se/gp/css/order-history"],
                    [("Kärcher WV 6 Plus fönstertvätt, batteridriven", 1, "1 199,00 kr")],
                    o, structure="text", charset="iso-8859-1", cte="8bit", auth=None, mx="mx.spray.se", plain_title="Annullerad beställning",
                    reply_to="no-reply@amazon.se")
    add("notice", "sv", "unknown", False, "amazon.se", "cancellation without a reason; text-only iso-8859-1 8bit, no auth", m)

    # ---------------- lookalikes ----------------
    d = rand_date()
    add("lookalike", "sv", "fraud_prevention", True, None, "hotmail sender, callback number, malformed order no.",
        other_mail(("Amazon Kundtjänst", "amazon.kundtjanst.se@hotmail.com"), ("", "peter.olsson@telia.com"),
                   "Din beställning #403-55812-9 har annullerats",
                   text="""Hej kund,

Din beställning #403-55812-9 (Samsung 65" QLED TV, 12 990 kr) har
annullerats av vårt säkerhetssystem på grund av misstänkt aktivitet på
ditt konto.

Om det inte var du som gjorde beställningen måste du OMEDELBART ringa
vår säkerhetsavdelning:

     08-446 893 12   (öppet dygnet runt)

Om du inte ringer inom 24 timmar kommer beloppet att dras från ditt kort.

Med vänliga hälsningar
Amazon Säkerhet
""", charset="utf-8", cte="qp", date=d,
                   trace=plain_trace(d, "peter.olsson@telia.com", "DB8EUR05-VI1-obe.outbound.protection.outlook.com", "40.92.89.52", "mx.telia.com",
                                     return_path="amazon.kundtjanst.se@hotmail.com")))

    o = order_no("171")
    evil = lambda u: "https://amazon-se-kundservice.com/aterstall?c=%s" % alnum(14, False)
    m = amazon_mail("sv", ("\u0410m\u0430zon.se", "kundtjanst@amazon-se-kundservice.com"),
                    "Ditt konto är avstängt och beställning %s har avbrutits" % o, "Emma Persson", "emma.persson@gmail.com",
                    "Ditt konto är avstängt",
                    ["Vi har upptäckt en inloggning från en okänd enhet (Android, Lagos, Nigeria). Ditt konto har därför stängts av och beställning nr %s har avbrutits." % o,
                     "För att återaktivera kontot och återställa beställningen, använd din personliga kod: SE-40 77 19",
                     "Ange koden på https://www.amazon.se/ap/verify inom 24 timmar, annars raderas kontot permanent."],
                    [("Sony WH-1000XM5 trådlösa hörlurar med brusreducering, svart", 1, "3 490,00 kr")], o,
                    structure="alt", cte="qp", link=evil, button=("Återaktivera kontot", "https://www.amazon.se/ap/verify"),
                    trace=(plain_trace(rand_date(), "emma.persson@gmail.com", "smtp.amazon-se-kundservice.com", "194.87.31.140", "mx.google.com",
                                       auth="mx.google.com; spf=pass smtp.mailfrom=amazon-se-kundservice.com; dkim=pass header.d=amazon-se-kundservice.com; dmarc=pass header.from=amazon-se-kundservice.com",
                                       return_path="kundtjanst@amazon-se-kundservice.com"), []))
    add("lookalike", "sv", "fraud_prevention", True, None, "Cyrillic А/а in display name 'Аmаzon.se', look-alike domain, 'account suspended, use this code', copied template", m)

    d = rand_date()
    add("lookalike", "sv", "payment_issue", True, None, "gmail sender asks to reply with card number and CVC, crude, latin-1",
        other_mail(("Amazon Sverige", "amazon.sverige.betalning@gmail.com"), ("", "maria.svensson@live.se"),
                   "Betalning nekad - beställning avbruten",
                   text="""Hej!

Betalningen för din beställning på Amazon nr 406-2290158-3371902 nekades
av banken och beställningen har därför avbrutits.

För att återuppta beställningen, svara på detta mejl med:
- namn på kortinnehavaren
- kortnummer
- giltighetsdatum
- CVC-kod (3 siffror på baksidan)

Vi genomför sedan betalningen manuellt och skickar paketet.

Mvh
Amazon Sverige Kundtjänst
""", charset="iso-8859-1", cte="8bit", date=d,
                   trace=plain_trace(d, "maria.svensson@live.se", "mail-lf1-f54.google.com", "209.85.167.54", "mx.live.se",
                                     return_path="amazon.sverige.betalning@gmail.com")))

    o = order_no("402")
    evil = lambda u: "https://amazon.se.order-status.click/konto/%s" % alnum(16, False)
    m = amazon_mail("sv", ("Amazon.se", "auto-confirm@amazon.se.order-status.click"),
                    "Avbokning bekräftad för beställning nr %s" % o, "Oskar Berg", "oskar.berg@gmail.com",
                    "Din avbokning har registrerats",
                    ["Vi har tagit emot din begäran om avbokning av beställning nr %s. Beställningen kommer att avbrytas inom 24 timmar." % o,
                     "Om det inte var du som begärde avbokningen, logga in och stoppa den här: https://www.amazon.se/gp/your-account/order-history",
                     "Beloppet återbetalas som presentkort till ditt Amazon-konto."],
                    [("Apple MacBook Air 13\" M3, 8 GB, 256 GB SSD, midnatt", 1, "13 490,00 kr")], o,
                    structure="html", cte="b64", link=evil,
                    trace=(plain_trace(rand_date(), "oskar.berg@gmail.com", "mx.order-status.click", "91.92.245.77", "mx.google.com",
                                       return_path="bounce@order-status.click"), []))
    add("lookalike", "sv", "customer_request", True, None, "subdomain amazon.se.order-status.click; link text amazon.se, href elsewhere; claims cancel 'will' happen", m)

    o = order_no("405")
    evil = lambda u: "https://amazon-orders.help/se/refund?id=%s" % alnum(12, False)
    m = amazon_mail("sv", ("Amazon.se", "refunds@amazon-orders.help"),
                    "Återbetalning väntar: beställning %s avbruten" % o, "Linnea Holm", "linnea.holm@yahoo.se",
                    "Din beställning har avbrutits",
                    ["Tyvärr är artikeln du beställde slut i lager hos leverantören och din beställning nr %s har avbrutits." % o,
                     "Du har rätt till en återbetalning på 1 249,00 kr. Bekräfta dina kortuppgifter för att ta emot beloppet: https://www.amazon.se/refund",
                     "Länken är giltig i 48 timmar."],
                    [("Lego Star Wars 75367 Venator-klass republikansk attackkryssare", 1, "1 249,00 kr")], o,
                    structure="alt", cte="8bit", link=evil, button=("Ta emot återbetalning", "https://www.amazon.se/refund"),
                    trace=(plain_trace(rand_date(), "linnea.holm@yahoo.se", "mail.amazon-orders.help", "185.225.74.19", "mta7.am0.yahoodns.net",
                                       return_path="refunds@amazon-orders.help"), []))
    add("lookalike", "sv", "inventory_shortage", True, None, "amazon-orders.help domain, out-of-stock refund phish, copied template", m)

    o = order_no("404")
    d = rand_date()
    t = """Amazon.se

Hej,

på grund av ett tekniskt fel i vårt betalningssystem har din beställning
nr %s avbrutits.

Du kan återställa beställningen utan extra kostnad genom att svara på
detta meddelande eller ringa vår support på 010-888 74 21 inom 48 timmar.

Vänliga hälsningar
Amazon.se Kundservice
""" % o
    add("lookalike", "sv", "technical_issue", True, None, "spoofed From amazon.se with dmarc=fail, gmail Reply-To, phone number",
        other_mail(("Amazon.se", "order-update@amazon.se"), ("Henrik Lund", "henrik.lund@gmail.com"),
                   "Din beställning nr %s har avbrutits" % o, text=t, html=simple_html(t.split("\n\n"), "sv"),
                   charset="utf-8", cte="qp", date=d, reply_to="amazon.se.support.team@gmail.com",
                   trace=plain_trace(d, "henrik.lund@gmail.com", "host-77-91-124-5.hosted-by-vdsina.com", "77.91.124.5", "mx.google.com",
                                     auth="mx.google.com; spf=softfail (google.com: domain of transitioning order-update@amazon.se does not designate 77.91.124.5 as permitted sender) smtp.mailfrom=order-update@amazon.se; dkim=none; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.se",
                                     return_path="order-update@amazon.se")))

    d = rand_date()
    add("lookalike", "sv", "unknown", False, None, "yahoo sender, no order number, no reason, 'will be cancelled' unless confirm",
        other_mail(("Amazon", "amazon.se.order@yahoo.com"), ("", "info@hemmafint.se"),
                   "Din Amazon-beställning kommer att avbrytas",
                   text="""Hej,

Din Amazon-beställning kommer att avbrytas om du inte bekräftar den inom 12 timmar.

Bekräfta här: http://amzn-se-bekrafta.webflow.io

Tack
Amazon
""", html=simple_html(["Hej,", "Din Amazon-beställning kommer att avbrytas om du inte bekräftar den inom 12 timmar.",
                        '<a href="http://amzn-se-bekrafta.webflow.io">Bekräfta beställning</a>', "Tack<br>Amazon"], "sv", raw=True),
                   charset="utf-8", cte="8bit", date=d,
                   trace=plain_trace(d, "info@hemmafint.se", "sonic309-21.consmr.mail.ir2.yahoo.com", "77.238.177.147", "mx.one.com",
                                     return_path="amazon.se.order@yahoo.com")))

    d = rand_date()
    evil = lambda u: "https://amaz0n.se/betalning?ref=SE110048"
    m = amazon_mail("sv", ("Amazon.se", "payments@amaz0n.se"),
                    "Ditt kort nekades - beställning #SE-11-0048 avbruten", "Nils Gustafsson", "nils.gustafsson@comhem.se",
                    "Betalningen nekades",
                    ["Ditt kort nekades och din beställning #SE-11-0048 har avbrutits.",
                     "Uppdatera din betalningsmetod för att undvika att ditt konto stängs: https://www.amazon.se/cpe/yourpayments/wallet"],
                    [], None, structure="alt", cte="qp", link=evil, legal=False, button=("Uppdatera betalning", "https://www.amazon.se/cpe/yourpayments/wallet"),
                    trace=(plain_trace(d, "nils.gustafsson@comhem.se", "mail.amaz0n.se", "185.234.216.88", "mx.comhem.se",
                                       return_path="payments@amaz0n.se"), []), date=d)
    add("lookalike", "sv", "payment_issue", True, None, "look-alike domain amaz0n.se, malformed order '#SE-11-0048', card declined", m)

    # ---------------- non-notices ----------------
    d = rand_date()
    t = """Hej Sofia,

Din order 10284471923 hos Zalando har tyvärr avbrutits eftersom artikeln
"Nike Air Max 90 - sneakers, storlek 39" inte längre finns i lager.

Betalningen på 1 495 kr som du gjorde med Amazon Pay kommer att
återbetalas till det betalkort som är kopplat till ditt Amazon-konto
inom 3-5 bankdagar.

Vi ber om ursäkt för besväret.
Zalando Kundservice
"""
    add("non_notice", "sv", None, False, None, "Zalando cancels its own order, paid with Amazon Pay",
        other_mail(("Zalando", "info@service-mail.zalando.se"), ("Sofia Andersson", "sofia.andersson@gmail.com"),
                   "Din order har avbrutits", text=t, html=simple_html(t.split("\n\n"), "sv", title="Zalando"),
                   charset="utf-8", cte="qp", date=d,
                   trace=plain_trace(d, "sofia.andersson@gmail.com", "mta-12.service-mail.zalando.se", "185.17.7.62", "mx.google.com",
                                     auth="mx.google.com; dkim=pass header.d=service-mail.zalando.se; spf=pass smtp.mailfrom=service-mail.zalando.se; dmarc=pass header.from=zalando.se",
                                     return_path="bounce@service-mail.zalando.se")))

    d = rand_date()
    add("non_notice", "sv", None, False, None, "friend writes that he cancelled his Amazon order",
        other_mail(("Johan Karlsson", "johan.karlsson@bredband.net"), ("Erik Lindqvist", "erik.lindqvist@outlook.com"),
                   "Sv: tältet till fjällturen",
                   text="""Tja Erik,

jag avbokade min Amazon-beställning på tältet, leveransen hade flyttats
till efter midsommar. Köper ett på Naturkompaniet i stället, de har det
i lager i Uppsala.

Du tar med stormköket som vi sa?

/Johan

> Har du fått tältet än? Vi åker ju den 18:e.
> Erik
""", charset="iso-8859-1", cte="8bit", date=d,
                   headers=[("In-Reply-To", generic_msgid("outlook.com")), ("User-Agent", "Mozilla Thunderbird")],
                   trace=plain_trace(d, "erik.lindqvist@outlook.com", "smtp.bredband.net", "195.54.101.73", "mx.outlook.com")))

    d = rand_date()
    n = ["Veckans bedrägerivarning",
         "Just nu sprids e-post med ämnesraden \"Din Amazon.se-beställning har avbrutits - bekräfta din betalning\". Mejlen innehåller en knapp som leder till en falsk inloggningssida där du uppmanas att ange kortuppgifter.",
         "Så känner du igen bedrägeriet: avsändaren använder inte domänen amazon.se, länken leder någon annanstans och du pressas att agera inom några timmar.",
         "Vad du ska göra: klicka inte, logga in direkt i appen för att kontrollera dina beställningar och rapportera mejlet till Amazon.",
         "Nästa vecka: falska sms från PostNord."]
    add("non_notice", "sv", None, False, None, "consumer newsletter quoting a fake cancellation subject line",
        other_mail(("Tryggt på nätet", "nyhetsbrev@tryggtpanatet.se"), ("", "karin.nilsson@bahnhof.se"),
                   "Varning: falska mejl om \"avbruten Amazon-beställning\"",
                   text="\n\n".join(n) + "\n\n--\nAvsluta prenumeration: https://tryggtpanatet.se/avsluta\n",
                   html=simple_html(n, "sv", foot="Du får det här nyhetsbrevet eftersom du prenumererar på Tryggt på nätet. Avsluta prenumeration: https://tryggtpanatet.se/avsluta"),
                   charset="iso-8859-1", cte="qp", date=d,
                   headers=[("List-Unsubscribe", "<https://tryggtpanatet.se/avsluta>"), ("Precedence", "bulk")],
                   trace=plain_trace(d, "karin.nilsson@bahnhof.se", "mail.tryggtpanatet.se", "185.20.137.9", "mx.bahnhof.se")))

    o = order_no("403")
    add("non_notice", "sv", None, False, "amazon.se", "Amazon delivery time slot cancelled by carrier; order still active",
        amazon_mail("sv", ("Amazon.se", "shipment-tracking@amazon.se"),
                    "Din leveranstid har ställts in - beställning nr %s" % o, "Lars Eriksson", "lars.eriksson@spray.se",
                    "Välj en ny leveranstid",
                    ["Den bokade leveranstiden tisdag 11 mars kl. 17-21 har ställts in av transportören.",
                     "Din beställning är inte avbruten: paketet finns kvar på terminalen. Välj en ny leveranstid eller ett utlämningsställe.",
                     "Spåra din leverans: https://www.amazon.se/gp/css/shiptrack/view.html"],
                    [("Weber Spirit E-325 GBS gasolgrill, svart", 1, "8 990,00 kr")], o,
                    structure="alt", cte="qp", auth="google", items_heading=False,
                    button=("Välj ny leveranstid", "https://www.amazon.se/gp/your-account/ship-track?orderId=%s" % o)))

    d = rand_date()
    t = ["Hej Emma,",
         "Vi bekräftar att din prenumeration på Amazon Music Unlimited har sagts upp. Du kommer inte att debiteras igen.",
         "Du kan fortsätta att lyssna på Music Unlimited till och med den 30 april 2025. Därefter övergår ditt konto till den kostnadsfria versionen.",
         "Vill du starta prenumerationen igen? Gå till https://www.amazon.se/music/settings",
         "Hälsningar,\nAmazon Music"]
    add("non_notice", "sv", None, False, "amazon.se", "Amazon Music Unlimited subscription cancelled",
        other_mail(("Amazon Music", "no-reply@amazon.se"), ("Emma Persson", "emma.persson@gmail.com"),
                   "Din prenumeration på Amazon Music Unlimited har sagts upp", text="\n\n".join(t) + "\n",
                   html=simple_html(t, "sv", foot="© 2025 Amazon.com, Inc. eller dess dotterbolag. Amazon ber dig aldrig om ditt lösenord via e-post."),
                   charset="utf-8", cte="b64", date=d, msgid_domain="email.amazonses.com",
                   trace=plain_trace(d, "emma.persson@gmail.com", "a6-44.smtp-out.eu-west-1.amazonses.com", "54.240.6.44", "mx.google.com",
                                     auth="mx.google.com; dkim=pass header.d=amazon.se header.s=ayzsnrn3tlkxhspwvhbh; spf=pass smtp.mailfrom=bounces.amazon.se; dmarc=pass header.from=amazon.se",
                                     return_path="0102018f@bounces.amazon.se")))

    o = order_no("407")
    add("non_notice", "sv", None, False, "amazon.se", "genuine payment reminder; order will be cancelled only if not updated",
        amazon_mail("sv", ("Amazon.se", "payments-messages@amazon.se"),
                    "Åtgärd krävs: uppdatera betalningsmetoden för beställning nr %s" % o, "Maria Svensson", "maria.svensson@live.se",
                    "Betalningen gick inte igenom",
                    ["Vi kunde inte debitera Visa-kortet som slutar på 6603 för beställning nr %s. Beställningen är pausad och har inte skickats." % o,
                     "För att beställningen inte ska avbrytas behöver du uppdatera betalningsmetoden senast den 24 mars 2025 under Dina beställningar: https://www.amazon.se/gp/css/order-history",
                     "Om du redan har uppdaterat dina betalningsuppgifter kan du bortse från det här meddelandet."],
                    [("Rituals The Ritual of Sakura presentset", 1, "459,00 kr")], o,
                    structure="alt", cte="8bit", auth=None, items_heading=False,
                    button=("Uppdatera betalningsmetod", "https://www.amazon.se/gp/css/order-history")))


# ======================================================================================

def main():
    italian()
    polish()
    swedish()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # interleave so that file order does not reveal kind/language
    order = list(range(len(MAILS)))
    random.Random(4242).shuffle(order)
    labels = []
    for i, idx in enumerate(order, 1):
        lab, spec = MAILS[idx]
        name = "l3%03d.eml" % i
        write(build(spec), os.path.join(OUT, name))
        lab = dict(file=name, **lab)
        labels.append(dict(file=name, kind=lab["kind"], language=lab["language"], cause=lab["cause"],
                           states_reason=lab["states_reason"], marketplace=lab["marketplace"], note=lab["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    print("wrote %d files" % len(labels))


if __name__ == "__main__":
    main()
