#!/usr/bin/env python3
"""Regenerates blind batch g3 (it / pl / sv): mail/*.eml and labels.json.

Only the standard library is used. Fixed seed, so output is reproducible.
"""
import base64
import hashlib
import json
import os
import quopri
import random
import uuid
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "g3"
rng = random.Random(3003)

PYCODEC = {"utf-8": "utf-8", "iso-8859-2": "iso-8859-2", "iso-8859-1": "iso-8859-1",
           "iso-8859-15": "iso-8859-15", "windows-1250": "cp1250", "windows-1252": "cp1252",
           "us-ascii": "ascii"}


# ----------------------------------------------------------------- helpers
def order_no(prefix=None):
    p = prefix or rng.choice(["402", "403", "404", "405", "406", "171", "028"])
    return "%s-%07d-%07d" % (p, rng.randrange(10**7), rng.randrange(10**7))


def rand_date():
    start = datetime(2024, 1, 8, tzinfo=timezone.utc)
    d = start + timedelta(seconds=rng.randrange(0, 500 * 86400))
    return d


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


FALLBACK = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"', "\u201d": '"', "\u2019": "'",
            "\u00ab": '"', "\u00bb": '"', "\u00a9": "(c)", "\u2022": "-", "\u20ac": "EUR", "\u2122": "(TM)"}


def legacy_encode(text, codec):
    import unicodedata
    out = []
    for ch in text:
        try:
            out.append(ch.encode(codec))
        except UnicodeEncodeError:
            rep = FALLBACK.get(ch)
            if rep is None:
                rep = unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "?"
            out.append(rep.encode(codec))
    return b"".join(out)


def text_part(text, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    data = legacy_encode(text, PYCODEC[charset])
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    else:  # 8bit / 7bit: raw bytes, written back verbatim by BytesGenerator
        payload = data.decode("ascii", "surrogateescape")
        if not payload.endswith("\n"):
            payload += "\n"
    p.set_payload(payload)
    return p


def build_message(headers, text, html, structure, charset, cte):
    """headers: list of (name, value); value may be a Header object."""
    if structure == "alt":
        body = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            rng.randrange(10**6, 10**8), rng.randrange(10**8, 10**10), rng.randrange(10**12, 10**13)))
        body.attach(text_part(text, "plain", charset, cte))
        body.attach(text_part(html, "html", charset, cte))
    elif structure == "html":
        body = text_part(html, "html", charset, cte)
    else:
        body = text_part(text, "plain", charset, cte)
    mime_headers = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in set(body.keys()):
        del body[k]
    for k, v in headers:
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in mime_headers:
        body[k] = v
    return body


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(PYCODEC.get(charset, charset))
            return Header(s, charset)
        except (UnicodeEncodeError, LookupError):
            return Header(s, "utf-8")


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        try:
            name.encode(PYCODEC.get(charset, charset))
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        return formataddr((name, address), charset=charset)


# ------------------------------------------------------- Amazon-like template
LOC = {
    "it": dict(
        tld="it", site="Amazon.it", orders="I miei ordini", account="Il mio account",
        order_lbl="Ordine n.", qty="Quantità", price="Prezzo", sold="Venduto da",
        total="Totale ordine", items_hdr="Articoli annullati", help="Servizio Clienti",
        regards="Cordiali saluti,", sign="Il Servizio Clienti di Amazon.it",
        wallet="https://www.amazon.it/cpe/yourpayments/wallet",
        orders_url="https://www.amazon.it/gp/css/order-history?ref_=pe_ya_oh",
        help_url="https://www.amazon.it/gp/help/customer/display.html?nodeId=508510",
        phish_url="https://www.amazon.it/gp/help/customer/display.html?nodeId=GUB2NMVWDFR2ZYUL",
        security=[
            "Amazon.it non ti chiederà mai di comunicare o verificare la tua password, il numero della carta di credito o i dati del conto bancario tramite e-mail, SMS o telefono.",
            "Se il numero o la data di scadenza della tua carta sono cambiati, aggiornali in Il mio account > I tuoi pagamenti.",
            "Se ricevi un'e-mail sospetta che sembra provenire da Amazon, non aprire i link e segnalala seguendo le istruzioni nelle pagine di Aiuto.",
        ],
        notif="Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
        legal="© 2024 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon, Amazon.it e il logo Amazon.it sono marchi registrati di Amazon.com, Inc. o delle sue affiliate. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.",
        lnk_orders="Vai a I miei ordini", lnk_wallet="I tuoi pagamenti", lnk_help="Aiuto e Servizio Clienti",
        lnk_phish="Segnala un'e-mail sospetta",
    ),
    "pl": dict(
        tld="pl", site="Amazon.pl", orders="Twoje zamówienia", account="Twoje konto",
        order_lbl="Zamówienie nr", qty="Ilość", price="Cena", sold="Sprzedawca",
        total="Suma zamówienia", items_hdr="Anulowane produkty", help="Obsługa klienta",
        regards="Z poważaniem", sign="Obsługa Klienta Amazon.pl",
        wallet="https://www.amazon.pl/cpe/yourpayments/wallet",
        orders_url="https://www.amazon.pl/gp/css/order-history?ref_=pe_ya_oh",
        help_url="https://www.amazon.pl/gp/help/customer/display.html?nodeId=508510",
        phish_url="https://www.amazon.pl/gp/help/customer/display.html?nodeId=GUB2NMVWDFR2ZYUL",
        security=[
            "Amazon.pl nigdy nie poprosi Cię o podanie ani potwierdzenie hasła, numeru karty płatniczej lub danych konta bankowego w wiadomości e-mail, SMS-ie ani przez telefon.",
            "Jeśli numer lub data ważności Twojej karty uległy zmianie, zaktualizuj je w sekcji Twoje konto > Twoje płatności.",
            "Jeśli otrzymasz podejrzaną wiadomość, która wygląda na wysłaną przez Amazon, nie klikaj linków i zgłoś ją zgodnie z instrukcjami na stronach pomocy.",
        ],
        notif="Ta wiadomość została wysłana z adresu, który służy wyłącznie do wysyłania powiadomień i nie przyjmuje wiadomości przychodzących. Prosimy na nią nie odpowiadać.",
        legal="© 2024 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. Amazon, Amazon.pl i logo Amazon.pl są znakami towarowymi Amazon.com, Inc. lub podmiotów powiązanych. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.",
        lnk_orders="Przejdź do Twoich zamówień", lnk_wallet="Twoje płatności", lnk_help="Pomoc i obsługa klienta",
        lnk_phish="Zgłoś podejrzaną wiadomość",
    ),
    "sv": dict(
        tld="se", site="Amazon.se", orders="Dina beställningar", account="Ditt konto",
        order_lbl="Beställning nr", qty="Antal", price="Pris", sold="Säljs av",
        total="Totalt för beställningen", items_hdr="Avbrutna artiklar", help="Kundservice",
        regards="Vänliga hälsningar,", sign="Amazon.se Kundservice",
        wallet="https://www.amazon.se/cpe/yourpayments/wallet",
        orders_url="https://www.amazon.se/gp/css/order-history?ref_=pe_ya_oh",
        help_url="https://www.amazon.se/gp/help/customer/display.html?nodeId=508510",
        phish_url="https://www.amazon.se/gp/help/customer/display.html?nodeId=GUB2NMVWDFR2ZYUL",
        security=[
            "Amazon.se kommer aldrig att be dig uppge eller bekräfta ditt lösenord, kortnummer eller dina bankuppgifter via e-post, sms eller telefon.",
            "Om ditt kortnummer eller kortets utgångsdatum har ändrats kan du uppdatera uppgifterna under Ditt konto > Dina betalningar.",
            "Om du får ett misstänkt e-postmeddelande som ser ut att komma från Amazon ska du inte klicka på länkarna utan rapportera det enligt instruktionerna i hjälpavsnittet.",
        ],
        notif="Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet.",
        legal="© 2024 Amazon.com, Inc. eller dess dotterbolag. Med ensamrätt. Amazon, Amazon.se och Amazon.se-logotypen är varumärken som tillhör Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
        lnk_orders="Gå till Dina beställningar", lnk_wallet="Dina betalningar", lnk_help="Hjälp och kundservice",
        lnk_phish="Rapportera ett misstänkt meddelande",
    ),
}

HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(site)s</title>
  <style type="text/css">
body { width:100%% !important; margin:0; padding:0; font-family:Arial, sans-serif; }
table, table td { border-collapse:collapse !important; }
#container { width:100%%; background-color:#ffffff; }
#main { width:640px; }
#header .logo { width:220px; padding:10px 0 0 20px; }
#header .navigation { font:12px Arial,sans-serif; color:#999999; text-align:right; padding-right:20px; }
#header .title { font:12px Arial,sans-serif; color:#666666; padding:0 20px 10px 20px; }
#header h2 { font:normal 20px Arial,sans-serif; color:#CC6600; margin:0; }
#summary td { font:13px Arial,sans-serif; color:#333333; padding:0 20px; }
#summary .heading { font:bold 18px Arial,sans-serif; color:#CC6600; }
#orderDetails td { font:13px Arial,sans-serif; color:#333333; padding:5px 20px; vertical-align:top; }
#orderDetails .itemName { font-weight:bold; color:#0066c0; }
#orderDetails .price { text-align:right; white-space:nowrap; }
#division td { border-top:1px solid #CCCCCC; height:1px; }
#closing td { font:13px Arial,sans-serif; color:#333333; padding:10px 20px; }
#legal td { font:11px Arial,sans-serif; color:#666666; padding:10px 20px; }
a { color:#0066c0; text-decoration:none; }
  </style>
 </head>
"""


def amazon_html(lang, t, charset="utf-8", host=None, show_footer=True, logo_host=None):
    """Nested-table layout in the style of the real samples.  `host` overrides
    the href target (lookalikes); the link *text* still shows the Amazon URL."""
    L = LOC[lang]
    real = "https://www.amazon.%s" % L["tld"]
    base = host or real

    def href(path):
        if host:
            return "%s/%s" % (host.rstrip("/"), t.get("phish_path", "signin?session=" + hexid(24)))
        return real + path

    logo = logo_host or "https://images-eu.ssl-images-amazon.com"
    out = [HTML_HEAD % dict(charset=charset, site=L["site"])]
    out.append('<body><img width="1" height="1" src="%s" /> \n' % href("/gp/r.html?C=%s&amp;T=E&amp;U=%s" % (hexid(14).upper(), hexid(8))))
    out.append("""  <table id="container" cellpadding="0">
   <tbody><tr><td class="frame">
      <table id="main" cellpadding="0"><tbody>
        <tr><td>
          <table id="header" cellpadding="0"><tbody>
            <tr>
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(site)s" src="%(logo)s/images/G/29/x-locale/common/transparent-pixel._V192234675_.gif" width="115" height="30" border="0" /></a></td>
             <td class="navigation">
              <table align="right"><tbody><tr>
                 <td> <a href="%(h_orders)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(h_acc)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(site)s</a> </td>
              </tr></tbody></table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2>%(order_line)s</td>
            </tr>
          </tbody></table> </td></tr>
""" % dict(home=href("/ref=TE_tex_g"), site=L["site"], logo=logo, h_orders=href("/gp/css/order-history"),
           h_acc=href("/gp/css/homepage.html"), orders=L["orders"], account=L["account"],
           title=escape(t["title"]),
           order_line=(' %s <a href="%s">%s</a> ' % (L["order_lbl"], href("/gp/your-account/order-details?orderID=" + t["order"]), t["order"])) if t.get("order") else ""))
    paras = "".join("<p> %s </p> " % p if p.startswith("<") is False else p for p in
                    [x if x.startswith("<") else escape(x) for x in t["paras"]])
    out.append("""        <tr><td>
          <table id="summary" cellpadding="0"><tbody>
            <tr>
             <td><span class="heading">%s</span> %s</td>
            </tr>
          </tbody></table> </td></tr>
""" % (escape(t["greet"]), paras))
    if t.get("items"):
        rows = []
        for name, qty, price, seller in t["items"]:
            rows.append("""            <tr>
             <td><span class="itemName"><a href="%s">%s</a></span><br />%s: %s<br />%s: %s</td>
             <td class="price"><strong>%s</strong></td>
            </tr>
""" % (href("/dp/B0" + hexid(8).upper()), escape(name), L["qty"], qty, L["sold"], escape(seller), escape(price)))
        tot = ""
        if t.get("total"):
            tot = """            <tr><td style="text-align:right">%s:</td><td class="price"><strong>%s</strong></td></tr>
""" % (L["total"], escape(t["total"]))
        out.append("""        <tr><td>
          <table id="orderDetails" cellpadding="0"><tbody>
            <tr><td colspan="2"><h3 style="font:bold 15px Arial,sans-serif;color:#CC6600;margin:10px 0 0 0;">%s</h3></td></tr>
%s%s          </tbody></table> </td></tr>
""" % (escape(t.get("items_hdr", L["items_hdr"])), "".join(rows), tot))
    if t.get("button"):
        btxt, bshown = t["button"]
        out.append("""        <tr><td>
          <table class="buttonComponent" width="260" style="margin:10px 20px;"><tbody><tr>
            <td style="background-color:#f0c14b;border:1px solid #a88734;border-radius:3px;" align="center" height="40"> <a class="buttonComponentLink" style="color:#111111;font:14px Arial,sans-serif;" href="%s">%s</a> </td>
          </tr></tbody></table>
          %s
        </td></tr>
""" % (href("/gp/css/order-history"), escape(btxt),
       ('<p style="font:12px Arial,sans-serif;color:#666;padding:0 20px;">%s <a href="%s">%s</a></p>' % (escape(bshown[0]), href("/x"), escape(bshown[1]))) if bshown else ""))
    closing = "".join("<p> %s </p>" % (x if x.startswith("<") else escape(x)) for x in t.get("closing", []))
    out.append("""        <tr><td><table id="division"><tbody><tr><td></td></tr></tbody></table> </td></tr>
        <tr><td>
          <table id="closing" cellpadding="0"><tbody>
            <tr>
             <td> %s <p> <a href="%s">%s</a> &nbsp;|&nbsp; <a href="%s">%s</a> </p> <p> <br />%s<br /> <span class="signature"> <strong>%s</strong> </span> </p> </td>
            </tr>
          </tbody></table> </td></tr>
""" % (closing, href("/gp/css/order-history"), L["lnk_orders"], href("/gp/help/customer/display.html"),
       L["lnk_help"], escape(L["regards"]), escape(t.get("sign", L["sign"]))))
    if show_footer:
        sec = " ".join("<p>%s</p>" % escape(s) for s in t.get("security", L["security"]))
        out.append("""        <tr><td>
          <table id="legal" cellpadding="0"><tbody>
            <tr>
             <td> %s <p><a href="%s">%s</a> &nbsp;|&nbsp; <a href="%s">%s</a></p> <p>%s</p> <p>%s</p> </td>
            </tr>
          </tbody></table> </td></tr>
""" % (sec, href("/cpe/yourpayments/wallet"), L["lnk_wallet"], href("/gp/help/customer/display.html?nodeId=GUB2NMVWDFR2ZYUL"),
       L["lnk_phish"], escape(L["notif"]), escape(L["legal"])))
    out.append("""      </tbody></table>
   </td></tr></tbody>
  </table>
 </body>
</html>
""")
    return "".join(out)


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def amazon_text(lang, t, style="modern", host=None, show_footer=True):
    L = LOC[lang]
    real = "https://www.amazon.%s" % L["tld"]
    lines = []
    if style == "classic":
        lines += ["%s" % L["site"], t["title"]]
        if t.get("order"):
            lines.append("%s %s" % (L["order_lbl"], t["order"]))
        lines += ["=" * 60, ""]
    else:
        lines += [L["site"], "_" * 76, "", t["title"]]
        if t.get("order"):
            lines += ["%s %s" % (L["order_lbl"], t["order"]),
                      (host or real) + ("/gp/your-account/order-details?orderID=" + t["order"] if not host else "")]
        lines += ["_" * 76, ""]
    lines += [t["greet"], ""]
    for p in t["paras"]:
        lines += [strip_tags(p), ""]
    if t.get("items"):
        lines += [t.get("items_hdr", L["items_hdr"]), "-" * 40]
        for name, qty, price, seller in t["items"]:
            lines += [name, "  %s: %s   %s: %s" % (L["qty"], qty, L["price"], price), "  %s: %s" % (L["sold"], seller), ""]
        if t.get("total"):
            lines += ["%s: %s" % (L["total"], t["total"]), ""]
    if t.get("button"):
        lines += ["%s:" % t["button"][0], (host or real) + "/gp/css/order-history", ""]
    for c in t.get("closing", []):
        lines += [strip_tags(c), ""]
    lines += ["%s: %s" % (L["lnk_orders"], host or L["orders_url"]),
              "%s: %s" % (L["lnk_help"], host or L["help_url"]), "",
              L["regards"], t.get("sign", L["sign"]), ""]
    if show_footer:
        lines += ["_" * 76, ""]
        for s in t.get("security", L["security"]):
            lines += [s]
        lines += ["%s: %s" % (L["lnk_wallet"], host or L["wallet"]),
                  "%s: %s" % (L["lnk_phish"], host or L["phish_url"]), "", L["notif"], L["legal"]]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- headers
def amazon_headers(lang, from_name, from_local, to, subject, date, charset, auth, reply_to=True):
    tld = LOC[lang]["tld"]
    dom = "amazon." + tld
    ip = "54.240.%d.%d" % (rng.choice([3, 4, 7, 8]), rng.randrange(2, 250))
    bounce = "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexid(16), dom)
    sesid = "0102%s-%s-000000" % (hexid(12), str(uuid.UUID(int=rng.getrandbits(128))))
    h = [("Return-Path", "<%s>" % bounce)]
    ses = "a%s-%s.smtp-out.eu-west-1.amazonses.com" % tuple(ip.split(".")[2:])
    h.append(("Received", "from %s (%s [%s])\n"
              "\tby mx.mailbox-host.net with ESMTPS id %s\n\tfor <%s>; %s" % (
                  ses, ses, ip, hexid(10), to.split("<")[-1].rstrip(">"),
                  format_datetime(date + timedelta(seconds=3)))))
    if auth:
        style = rng.choice(["google", "ms", "generic"])
        if style == "google":
            ar = ("mx.google.com;\n       dkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s;\n"
                  "       dkim=pass header.i=@amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s;\n"
                  "       spf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                  "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
                      dom, dom, hexid(32), hexid(8), hexid(8), bounce, ip, bounce, dom))
        elif style == "ms":
            ar = ("spf=pass (sender IP is %s) smtp.mailfrom=bounces.%s; dkim=pass (signature was verified)\n"
                  " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (ip, dom, dom, dom))
        else:
            ar = ("mx.mailbox-host.net;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.b=\"%s\";\n"
                  "\tspf=pass smtp.mailfrom=bounces.%s;\n\tdmarc=pass (policy=quarantine) header.from=%s" % (
                      dom, dom, hexid(8), dom, dom))
        h.append(("Authentication-Results", ar))
        h.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
                  "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
                      hexid(32), dom, int(date.timestamp()), base64.b64encode(hashlib.sha256(subject.encode()).digest()).decode()[:43],
                      base64.b64encode(hashlib.sha512(to.encode() + subject.encode()).digest()).decode())))
    h += [("Date", format_datetime(date)),
          ("From", addr(from_name, "%s@%s" % (from_local, dom), charset)),
          ]
    if reply_to:
        h.append(("Reply-To", "no-reply@%s" % dom))
    h += [("To", to), ("Message-ID", "<%s@eu-west-1.amazonses.com>" % sesid),
          ("Subject", hdr(subject, charset)),
          ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
          ("Bounces-to", bounce),
          ("X-AMAZON-RTE-VERSION", "2.0"),
          ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % base64.b64encode(bytes(rng.getrandbits(8) for _ in range(30))).decode())]
    return h


def generic_headers(from_hdr, to, subject, date, charset, received_from, msgid_dom, extra=None):
    ip = "%d.%d.%d.%d" % (rng.randrange(5, 220), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
    h = [("Return-Path", "<%s>" % from_hdr.split("<")[-1].rstrip(">") if "<" in from_hdr else "<%s>" % from_hdr),
         ("Received", "from %s (%s [%s])\n\tby mx.mailbox-host.net with ESMTPS id %s\n\tfor <%s>; %s" % (
             received_from, received_from, ip, hexid(10), to.split("<")[-1].rstrip(">"), format_datetime(date + timedelta(seconds=2))))]
    h += extra or []
    h += [("Date", format_datetime(date)), ("From", from_hdr), ("To", to),
          ("Message-ID", "<%s.%s@%s>" % (hexid(16), hexid(8), msgid_dom)),
          ("Subject", hdr(subject, charset))]
    return h


EMAILS = []  # filled by the language sections below


def E(**kw):
    EMAILS.append(kw)


def text_to_html(text, charset="utf-8", links=None, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    """Simple HTML rendering of a free-form text.  links: {shown_text: real_href}."""
    links = links or {}
    paras = []
    for block in text.strip().split("\n\n"):
        b = escape(block).replace("\n", "<br />\n")
        for shown, real in links.items():
            b = b.replace(escape(shown), '<a href="%s">%s</a>' % (escape(real), escape(shown)))
        paras.append("<p>%s</p>" % b)
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body>\n<div style="%s">\n%s\n</div>\n</body>\n</html>\n' % (charset, style, "\n".join(paras)))


FREEMAIL_RECV = {
    "gmail.com": "mail-yw1-f177.google.com",
    "outlook.com": "EUR05-AM6-obe.outbound.protection.outlook.com",
    "hotmail.com": "EUR02-DB5-obe.outbound.protection.outlook.com",
    "yahoo.com": "sonic306-21.consmr.mail.ir2.yahoo.com",
}


def freemail_auth(domain):
    return [("Authentication-Results", "mx.mailbox-host.net;\n\tdkim=pass header.d=%s header.s=%s;\n\tspf=pass smtp.mailfrom=%s;\n"
             "\tdmarc=pass (p=NONE) header.from=%s" % (domain, "s2048" if "yahoo" in domain else "20230601", domain, domain))]


# =====================================================================
#                               ITALIANO  (amazon.it)
# =====================================================================
def italian():
    lang, mp = "it", "amazon.it"

    # ---------------------------------------------------------- notices
    o = order_no("402")
    E(kind="notice", lang=lang, cause="inventory_shortage", sr=True, mp=mp,
      note="supplier could not deliver, item unavailable; HTML table layout; DKIM/DMARC pass",
      amazon=("Amazon.it", "order-update", True, True), to="Andrea Bianchi <andrea.bianchi@libero.it>",
      subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Ordine annullato", order=o, greet="Gentile Andrea,", paras=[
          "Ci dispiace informarti che abbiamo dovuto annullare il tuo ordine n. %s." % o,
          "L'articolo indicato di seguito non è più disponibile: il fornitore non è stato in grado di consegnarci la quantità prevista e non riusciamo a procurarlo in tempi ragionevoli.",
          "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo metodo di pagamento è presente una preautorizzazione, verrà rilasciata automaticamente dalla tua banca entro alcuni giorni lavorativi."],
          items=[("Philips Hue White and Color Ambiance, lampadine LED E27 intelligenti, confezione da 3", 1, "EUR 119,99", "Amazon EU S.à r.l.")],
          total="EUR 119,99",
          closing=["Puoi controllare se l'articolo è offerto da altri venditori nella pagina del prodotto.", "Ci scusiamo per l'inconveniente."]))

    o = order_no("403")
    E(kind="notice", lang=lang, cause="payment_issue", sr=True, mp=mp,
      note="card declined, payment revision not made in time; plain text only, 8bit; no auth header",
      amazon=("Amazon.it", "payments-messages", False, True), to="Giulia Romano <giulia.romano84@gmail.com>",
      subject="Articoli annullati dal tuo ordine Amazon.it %s" % o, enc=("text", "utf-8", "8bit"), style="classic",
      tpl=dict(title="Articoli annullati dal tuo ordine", order=o, greet="Gentile Giulia Romano,", paras=[
          "di recente ti abbiamo inviato un'e-mail per chiederti di aggiornare le informazioni di pagamento del tuo ordine n. %s, perché la banca emittente non ha autorizzato l'addebito sulla carta Mastercard che termina con 4417." % o,
          "Poiché non abbiamo ricevuto una revisione del pagamento valida entro il termine indicato, abbiamo annullato gli articoli seguenti. Non ti è stato addebitato alcun importo.",
          "Se desideri ancora ricevere questi articoli, effettua un nuovo ordine su Amazon.it utilizzando un metodo di pagamento valido."],
          items=[("De'Longhi Dedica EC685.M, macchina da caffè espresso manuale, acciaio", 1, "EUR 159,90", "Amazon EU S.à r.l."),
                 ("Caffè Vergnano 1882 Espresso Casa, caffè in grani, 1 kg", 2, "EUR 17,49", "Amazon EU S.à r.l.")],
          total="EUR 194,88"))

    o = order_no("402")
    E(kind="notice", lang=lang, cause="technical_issue", sr=True, mp=mp,
      note="pricing error; HTML only, base64; DKIM/DMARC pass",
      amazon=("Amazon.it", "order-update", True, True), to="Marco Esposito <m.esposito@tiscali.it>",
      subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, enc=("html", "utf-8", "base64"),
      tpl=dict(title="Il tuo ordine è stato annullato", order=o, greet="Gentile Marco,", paras=[
          "ti scriviamo in merito al tuo recente ordine n. %s." % o,
          "A causa di un errore di prezzo, l'articolo elencato di seguito è stato messo in vendita sul nostro sito a un prezzo errato (EUR 24,90 invece di EUR 249,00). Come previsto dalle Condizioni generali d'uso e vendita, non possiamo dare seguito agli ordini effettuati a un prezzo errato e abbiamo quindi annullato il tuo ordine.",
          "Non ti è stato addebitato alcun importo. Il prezzo dell'articolo è stato corretto e, se sei ancora interessato, puoi effettuare un nuovo ordine."],
          items=[('Samsung Galaxy Tab A9+ Tablet 11" Wi-Fi 64 GB, Graphite', 1, "EUR 24,90", "Amazon EU S.à r.l.")],
          closing=["Ci scusiamo per l'inconveniente che questo errore può averti causato."]))

    o = order_no("171")
    E(kind="notice", lang=lang, cause="fraud_prevention", sr=True, mp=mp,
      note="unusual activity, account on hold, identity verification via site/app; no auth header",
      amazon=("Amazon.it", "account-update", False, True), to="Chiara Esposito <chiara.esposito@outlook.it>",
      subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Ordine annullato e account in attesa", order=o, greet="Gentile Chiara Esposito,", paras=[
          "durante un controllo di routine abbiamo rilevato attività insolite sul tuo account Amazon.it. Per proteggerti, abbiamo messo il tuo account in attesa e annullato l'ordine n. %s ed eventuali altri ordini in sospeso." % o,
          "Per riattivare l'account, accedi digitando direttamente www.amazon.it nel browser oppure apri l'app Amazon Shopping e segui le istruzioni per verificare la tua identità e il metodo di pagamento. Una volta completata la verifica potrai effettuare di nuovo l'ordine.",
          "Non ti è stato addebitato alcun importo per l'ordine annullato."],
          items=[("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)", 1, "EUR 229,00", "Amazon EU S.à r.l.")],
          total="EUR 229,00",
          closing=["Per motivi di sicurezza, ti consigliamo di non accedere al tuo account tramite link ricevuti via e-mail."]))

    o = order_no("405")
    E(kind="notice", lang=lang, cause="customer_request", sr=True, mp=mp,
      note="customer cancelled item, 'Motivo: annullato dal cliente'; 8bit; DKIM/DMARC pass",
      amazon=("Amazon.it", "auto-confirm", True, True), to="Francesca Ricci <francesca.ricci@virgilio.it>",
      subject='Annullamento completato dell\'articolo "Sony WH-1000XM5 Cuffie wireless..." dal tuo ordine Amazon.it',
      enc=("alt", "utf-8", "8bit"),
      tpl=dict(title="Annullamento completato", order=o, greet="Ciao Francesca,", paras=[
          "come da te richiesto, abbiamo annullato l'articolo seguente dal tuo ordine n. %s." % o,
          "Motivo dell'annullamento: annullato dal cliente",
          "Non ti verrà addebitato alcun importo per l'articolo annullato. Gli altri articoli del tuo ordine, se presenti, verranno spediti come previsto."],
          items=[("Sony WH-1000XM5 Cuffie wireless con cancellazione del rumore, nero", 1, "EUR 299,00", "Amazon EU S.à r.l.")],
          closing=["Puoi controllare lo stato dei tuoi ordini in qualsiasi momento in I miei ordini."]))

    o = order_no("404")
    E(kind="notice", lang=lang, cause="unknown", sr=True, mp=mp,
      note="shipping address unreachable/incomplete (none of the four causes); iso-8859-15 QP text only; no auth",
      amazon=("Amazon.it", "order-update", False, True), to="Paolo Greco <paolo.greco@alice.it>",
      subject="Il tuo ordine Amazon.it n. %s è stato annullato" % o, enc=("text", "iso-8859-15", "quoted-printable"),
      tpl=dict(title="Ordine annullato", order=o, greet="Gentile Paolo Greco,", paras=[
          "ti informiamo che il tuo ordine n. %s è stato annullato." % o,
          "Non è stato possibile spedire l'articolo all'indirizzo di consegna indicato (Contrada Sant'Elia snc, 87040 Castrolibero CS): il corriere ci ha segnalato che l'indirizzo è incompleto e non è raggiungibile.",
          "Non ti è stato addebitato alcun importo. Ti consigliamo di verificare l'indirizzo in Il mio account > I tuoi indirizzi prima di effettuare un nuovo ordine."],
          items=[("Bosch Professional GSR 12V-15 trapano avvitatore a batteria, 2 batterie, in valigetta", 1, "129,90 €", "Ferramenta Online Srl")],
          total="129,90 €"))

    # -------------------------------------------------------- lookalikes
    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="crude; callback phone number; gmail sender; malformed order number",
      gen=(addr("Amazon Servizio Clienti", "assistenza.amazon.it.clienti@gmail.com"), FREEMAIL_RECV["gmail.com"], "mail.gmail.com",
           freemail_auth("gmail.com")),
      to="undisclosed-recipients:;", subject="Ordine Amazon annullato - contattare subito l'assistenza",
      enc=("text", "utf-8", "8bit"), text="""Gentile Cliente,

il Suo ordine Amazon #402-8812-33217 (Apple iPhone 15 Pro Max 256GB Titanio Naturale - EUR 1.389,00) è stato ANNULLATO dal nostro sistema antifrode per attività sospetta sull'account.

L'importo di EUR 1.389,00 risulta comunque in fase di addebito sulla Sua carta.

Per bloccare l'addebito e ricevere il rimborso chiami SUBITO il nostro Servizio Clienti al numero:

    +39 02 9475 3318   (attivo 24 ore su 24)

Se non chiama entro 24 ore l'addebito diventerà definitivo e non sarà più possibile rimborsarLa.

Cordiali saluti
Amazon Servizio Clienti
Amazon.it
""")

    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="polished copy of the template; 'account suspended, order cancelled, use this code'; look-alike domain; links to it",
      gen=(addr("Amazon.it", "no-reply@amazon-it-sicurezza.com"), "vps-7f3a21.contaboserver.net", "amazon-it-sicurezza.com", None),
      to="Valentina Conti <valentina.conti@libero.it>",
      subject="Account sospeso: il tuo ordine n. 171-4827731-0092215 è stato annullato", enc=("alt", "utf-8", "quoted-printable"),
      host="https://amazon-it-sicurezza.com",
      tpl=dict(title="Account sospeso", order="171-4827731-0092215", greet="Gentile cliente,", phish_path="verifica/codice.php?ref=ord",
               paras=[
          "abbiamo rilevato un accesso non autorizzato al tuo account da un nuovo dispositivo (Windows 10, Bucarest, Romania). Per la tua sicurezza il tuo account è stato temporaneamente sospeso e l'ordine n. 171-4827731-0092215 è stato annullato.",
          "Per riattivare l'account e ripristinare l'ordine utilizza il seguente codice di verifica entro 12 ore:",
          '<p style="font:bold 24px Arial,sans-serif;letter-spacing:4px;color:#111;"> Codice: 784 213 </p>',
          "Inserisci il codice nella pagina di verifica e conferma i dati della tua carta di pagamento. Se non completi la verifica, l'account verrà chiuso definitivamente."],
          button=("Verifica ora", None),
          items=[("Dyson V15 Detect Absolute aspirapolvere senza filo", 1, "EUR 749,00", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="asks to reply with full card details; outlook.com sender",
      gen=(addr("Amazon Pagamenti", "amazon.pagamenti.it@outlook.com"), FREEMAIL_RECV["outlook.com"], "EUR05.prod.outlook.com",
           [("Reply-To", "amazon.pagamenti.it@outlook.com")]),
      to="clienti@studiolegaleferrari.it", subject="Pagamento rifiutato - ordine annullato",
      enc=("text", "utf-8", "quoted-printable"), text="""Gentile cliente Amazon,

Le comunichiamo che il pagamento relativo al Suo ordine n. 403-5518027-7741930 non è andato a buon fine e l'ordine è stato annullato automaticamente.

Per riattivare l'ordine e mantenere il prezzo promozionale, La preghiamo di rispondere a questa e-mail indicando i seguenti dati:

- Nome e cognome del titolare della carta
- Numero della carta (16 cifre)
- Data di scadenza
- Codice di sicurezza CVV (3 cifre sul retro)
- Data di nascita

I dati saranno verificati dal nostro reparto pagamenti entro 24 ore e l'ordine verrà rispedito senza costi aggiuntivi.

Grazie per la collaborazione.
Reparto Pagamenti Amazon
Amazon EU S.à r.l.
""")

    E(kind="lookalike", lang=lang, cause="inventory_shortage", sr=True, mp=None,
      note="polished template; link text shows amazon.it but href goes to amazon-orders.help; refund lure; HTML only",
      gen=(addr("Amazon.it", "order-update@amazon-orders.help"), "mail.amazon-orders.help", "amazon-orders.help", None),
      to="Stefano Moretti <stefano.moretti@fastwebnet.it>",
      subject="Il tuo ordine Amazon.it n. 402-7730184-5563317 è stato annullato", enc=("html", "utf-8", "quoted-printable"),
      host="https://amazon-orders.help/it",
      tpl=dict(title="Ordine annullato", order="402-7730184-5563317", greet="Gentile Stefano,", phish_path="rimborso.php?o=402-7730184-5563317",
               paras=[
          "Ci dispiace informarti che abbiamo dovuto annullare il tuo ordine n. 402-7730184-5563317: l'articolo non è più disponibile presso il venditore.",
          '<p> Per ricevere il rimborso di EUR 89,99 conferma il tuo metodo di pagamento entro 48 ore: <a href="https://amazon-orders.help/it/rimborso.php?o=402-7730184-5563317">https://www.amazon.it/gp/css/order-history</a> </p>',
          "Se non confermi entro questo termine, l'importo verrà trattenuto come credito sul tuo account."],
          items=[("Braun Series 7 rasoio elettrico 71-S4200cs", 1, "EUR 89,99", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="technical_issue", sr=True, mp=None,
      note="Cyrillic homoglyphs in display name 'Amazon.it'; claims system error; refund form",
      gen=(addr("\u0410maz\u043en.it", "notifiche@servizio-ordini24.it"), "smtp.servizio-ordini24.it", "servizio-ordini24.it", None),
      to="Roberta Galli <roberta.galli@gmail.com>", subject="Problema tecnico: il tuo ordine è stato annullato",
      enc=("alt", "utf-8", "base64"), links={"Richiedi il rimborso": "https://servizio-ordini24.it/amazon/rimborso"},
      text="""Gentile cliente,

a causa di un errore tecnico del nostro sistema di elaborazione degli ordini, il tuo ordine n. 403-2219045-8830162 è stato annullato e il pagamento di EUR 64,98 non è stato completato correttamente.

Per ricevere il rimborso dell'importo già addebitato devi confermare i tuoi dati entro 48 ore tramite il modulo sicuro:

Richiedi il rimborso

Ci scusiamo per il disagio.

Il team di Amazon.it
""")

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="amaz0n look-alike domain; malformed order number; HTML only, iso-8859-1 8bit",
      gen=(addr("Amazon.it", "info@amaz0n-it.com"), "mail.amaz0n-it.com", "amaz0n-it.com", None),
      to="Davide Lombardi <davide.lombardi@libero.it>", subject="Ordine #IT-77A1-93320 annullato - pagamento non riuscito",
      enc=("html", "iso-8859-1", "8bit"), html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;background:#eaeded;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto">
<tr><td style="background:#232f3e;padding:14px 20px;color:#fff;font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.it</span></td></tr>
<tr><td style="padding:24px 20px;font-size:14px;color:#111">
<h2 style="font-size:20px;color:#c45500;margin:0 0 12px 0">Ordine annullato</h2>
<p>Gentile cliente,</p>
<p>il tuo ordine <b>#IT-77A1-93320</b> è stato annullato perché la tua carta è stata rifiutata dalla banca.</p>
<p>Per evitare la chiusura del tuo account Amazon aggiorna il metodo di pagamento entro 24 ore.</p>
<p style="text-align:center;margin:26px 0"><a href="http://amaz0n-it.com/pagamento/aggiorna?id=77A193320" style="background:#ffd814;border:1px solid #fcd200;border-radius:8px;padding:10px 26px;color:#0f1111;text-decoration:none">Aggiorna pagamento</a></p>
<p>Grazie,<br>Il team Amazon</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#666">Amazon EU S.à r.l. - Questa e-mail è stata inviata automaticamente, non rispondere.</td></tr>
</table></body></html>
""")

    E(kind="lookalike", lang=lang, cause="unknown", sr=True, mp=None,
      note="'will be cancelled' unless shipping data confirmed in 24h; amazon.it.<evil>.xyz domain; no order number",
      gen=(addr("Amazon.it", "avvisi@amazon.it.conferma-spedizione.xyz"), "amazon.it.conferma-spedizione.xyz", "conferma-spedizione.xyz", None),
      to="Simona Barbieri <simona.barbieri@gmail.com>", subject="Azione richiesta: il tuo ordine verrà annullato",
      enc=("alt", "utf-8", "quoted-printable"),
      links={"https://amazon.it.conferma-spedizione.xyz/ordine": "https://amazon.it.conferma-spedizione.xyz/ordine?u=sb84"},
      text="""Gentile cliente,

non siamo riusciti a confermare l'indirizzo di spedizione del tuo ultimo ordine.

Se non confermi i tuoi dati entro 24 ore, l'ordine verrà annullato automaticamente e l'importo pagato non ti sarà rimborsato.

Conferma ora: https://amazon.it.conferma-spedizione.xyz/ordine

Grazie per aver scelto Amazon.
""")

    E(kind="lookalike", lang=lang, cause="unknown", sr=False, mp=None,
      note="crude; yahoo sender; no order number, no reason; shortened link",
      gen=(addr("amazon rimborsi", "rimborsi.amazon2024@yahoo.com"), FREEMAIL_RECV["yahoo.com"], "mail.yahoo.com", freemail_auth("yahoo.com")),
      to="undisclosed-recipients:;", subject="Ordine cancellato!!! Rimborso disponibile",
      enc=("text", "us-ascii", "7bit"), text="""Caro cliente

il tuo ordine amazon e stato cancellato. hai diritto a un rimborso di 49,90 euro

per ricevere il rimborso clicca qui sotto e inserisci i dati della carta dove vuoi ricevere i soldi

http://bit.ly/rimb-amzn-it

ATTENZIONE il link scade oggi

servizio clienti amazon
""")

    # ------------------------------------------------------- non-notices
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="other retailer (ePRICE) cancels its own order, refund via Amazon Pay",
      gen=(addr("ePRICE", "noreply@eprice.it"), "mta-out2.eprice.it", "eprice.it", None),
      to="Roberto Marino <roberto.marino@gmail.com>", subject="Annullamento ordine n. 30258841",
      enc=("alt", "utf-8", "quoted-printable"), text="""Gentile Roberto Marino,

ti informiamo che il tuo ordine n. 30258841 è stato annullato perché il prodotto non è più disponibile presso il nostro fornitore.

Prodotto: Lavatrice Samsung WW90T534DAW/S3, 9 kg, classe A
Prezzo: 449,00 €

Il pagamento effettuato con Amazon Pay non è stato addebitato: l'autorizzazione verrà rilasciata e lo storno sarà visibile nel tuo account Amazon entro 5-7 giorni lavorativi.

Per qualsiasi informazione puoi contattare il nostro Servizio Clienti all'indirizzo assistenza@eprice.it.

Il team ePRICE
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="colleague says he cancelled his Amazon order; reply with quote",
      gen=(addr("Luca Ferri", "luca.ferri82@gmail.com"), FREEMAIL_RECV["gmail.com"], "mail.gmail.com",
           [("In-Reply-To", "<CAF4x7Q2m1n8@mail.gmail.com>")]),
      to="Sara Conti <sara.conti@studioconti.it>", subject="Re: stampante per l'ufficio",
      enc=("text", "utf-8", "8bit"), text="""Ciao Sara,

alla fine ho annullato l'ordine su Amazon: la consegna era slittata al 28 e non possiamo restare senza stampante per tre settimane. Mi è già arrivata la conferma dell'annullamento, quindi non ci addebitano niente.

Passo domani da MediaWorld e prendo la stessa HP LaserJet, costa una decina di euro in più ma la porto via subito. Ti giro lo scontrino per la nota spese.

Ciao,
Luca

Il giorno mar 5 mar 2024 alle ore 09:12 Sara Conti <sara.conti@studioconti.it> ha scritto:
> Luca, hai novità sulla stampante? Su Amazon risulta ancora "in arrivo".
> Sara
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="security newsletter about phishing, quotes fake cancellation subjects",
      gen=(addr("Sicurezza in Rete", "newsletter@sicurezzainrete.info"), "mail.sicurezzainrete.info", "sicurezzainrete.info",
           [("List-Unsubscribe", "<https://sicurezzainrete.info/disiscriviti>")]),
      to="lettori@sicurezzainrete.info", subject="Newsletter n. 112 – Attenzione alle false e-mail di ordini Amazon annullati",
      enc=("alt", "utf-8", "quoted-printable"), text="""Newsletter n. 112

In questi giorni molti lettori ci hanno segnalato e-mail con oggetto «Il tuo ordine Amazon.it n. 402-XXXXXXX-XXXXXXX è stato annullato» oppure «Pagamento rifiutato - ordine annullato». Si tratta di phishing: i messaggi invitano a chiamare un numero di telefono o a inserire i dati della carta per ottenere un rimborso.

Come riconoscerle:
• il mittente non termina con @amazon.it, ma con indirizzi Gmail o domini simili (amaz0n, amazon-ordini...);
• Amazon non chiede mai i dati della carta o il codice CVV via e-mail;
• controllate sempre i vostri ordini accedendo direttamente al sito o all'app.

Se avete ricevuto uno di questi messaggi, non cliccate sui link e cancellatelo.

Alla prossima settimana,
la redazione di Sicurezza in Rete

Ricevi questa newsletter perché ti sei iscritto su sicurezzainrete.info. Per annullare l'iscrizione visita sicurezzainrete.info/disiscriviti
""")

    o = order_no("403")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine Amazon: delivery/assembly appointment cancelled, order itself not cancelled",
      amazon=("Amazon.it", "shipment-tracking", True, True), to="Giorgio Fontana <giorgio.fontana@libero.it>",
      subject="Il tuo appuntamento di consegna è stato annullato", enc=("alt", "utf-8", "8bit"),
      tpl=dict(title="Appuntamento di consegna annullato", order=o, greet="Gentile Giorgio,", items_hdr="Articoli in consegna", paras=[
          "l'appuntamento per la consegna al piano e il montaggio previsto per giovedì 14 marzo tra le 8:00 e le 13:00 è stato annullato dal corriere per indisponibilità del personale.",
          "Il tuo ordine n. %s non è stato annullato e l'articolo è pronto per la consegna. Scegli una nuova data e una nuova fascia oraria entro 5 giorni da I miei ordini." % o,
          "Se non selezioni un nuovo appuntamento, ti contatteremo noi per concordarne uno."],
          items=[("Samsung Frigorifero combinato RB38C7B6AS9/EF, 390 l, classe A", 1, "EUR 899,00", "Amazon EU S.à r.l.")]))

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="Audible subscription cancelled",
      gen=(addr("Audible.it", "no-reply@audible.it"), "a4-11.smtp-out.eu-west-1.amazonses.com", "eu-west-1.amazonses.com", None),
      to="Elena Colombo <elena.colombo@gmail.com>", subject="Conferma dell'annullamento del tuo abbonamento Audible",
      enc=("alt", "utf-8", "quoted-printable"), text="""Ciao Elena,

ti confermiamo che il tuo abbonamento Audible è stato annullato.

Potrai continuare ad ascoltare i titoli del catalogo incluso fino al 2 aprile 2024. I titoli che hai acquistato con i crediti restano nella tua libreria per sempre.

L'abbonamento era collegato al tuo account Amazon: da ora non riceverai ulteriori addebiti.

Se cambi idea, puoi riattivare l'abbonamento in qualsiasi momento da audible.it.

A presto,
Il team di Audible

Audible GmbH, Schumannstraße 6, 10117 Berlino, Germania
""")

    o = order_no("171")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine payment reminder before cancellation ('order will be cancelled if not updated')",
      amazon=("Amazon.it", "payments-messages", True, True), to="Alessandro Rizzo <a.rizzo@email.it>",
      subject="Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o, enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Revisione del pagamento richiesta", order=o, greet="Gentile Alessandro,", items_hdr="Articoli dell'ordine", paras=[
          "non siamo riusciti ad addebitare l'importo del tuo ordine n. %s sulla carta Visa che termina con 0392." % o,
          "Per evitare ritardi, aggiorna il metodo di pagamento in I miei ordini entro il 21 marzo 2024. Se non riceviamo una revisione del pagamento entro questa data, l'ordine verrà annullato.",
          "Per aggiornare il pagamento, vai su www.amazon.it, apri I miei ordini, individua l'ordine e seleziona \"Rivedi il pagamento\"."],
          button=("Rivedi il pagamento", None),
          items=[("Nintendo Switch – Modello OLED, bianco", 1, "EUR 319,99", "Amazon EU S.à r.l.")]))


# =====================================================================
#                                POLSKI  (amazon.pl)
# =====================================================================
def polish():
    lang, mp = "pl", "amazon.pl"

    # ---------------------------------------------------------- notices
    o = order_no("405")
    E(kind="notice", lang=lang, cause="inventory_shortage", sr=True, mp=mp,
      note="pre-order cannot be filled (distributor did not deliver); iso-8859-2 QP text only; DKIM/DMARC pass",
      amazon=("Amazon.pl", "order-update", True, True), to="Katarzyna Nowak <katarzyna.nowak@wp.pl>",
      subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, enc=("text", "iso-8859-2", "quoted-printable"),
      tpl=dict(title="Zamówienie anulowane", order=o, greet="Witaj Katarzyna,", paras=[
          "Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie przedpremierowe nr %s." % o,
          "Dystrybutor poinformował nas, że nie dostarczy zamówionego produktu w planowanym terminie premiery i nie jest w stanie podać nowej daty. W związku z tym nie możemy zrealizować Twojego zamówienia przedpremierowego.",
          "Za anulowany produkt nie została pobrana żadna opłata. Ewentualna wstępna autoryzacja na Twojej karcie zostanie automatycznie zwolniona przez bank w ciągu kilku dni roboczych."],
          items=[("The Legend of Zelda: Echoes of Wisdom (Nintendo Switch), edycja kolekcjonerska", 1, "349,00 zł", "Amazon EU S.à r.l.")],
          closing=["Przepraszamy za niedogodności."]))

    o = order_no("404")
    E(kind="notice", lang=lang, cause="payment_issue", sr=True, mp=mp,
      note="insufficient funds, payment method not updated in time; base64 multipart; DKIM/DMARC pass",
      amazon=("Amazon.pl", "payments-messages", True, True), to="Tomasz Wójcik <tomasz.wojcik@onet.pl>",
      subject="Produkty zostały anulowane z Twojego zamówienia Amazon.pl %s" % o, enc=("alt", "utf-8", "base64"),
      tpl=dict(title="Anulowane produkty", order=o, greet="Witaj Tomasz,", paras=[
          "Nie udało nam się autoryzować płatności za Twoje zamówienie nr %s. Bank wydawca odrzucił obciążenie karty Visa kończącej się na 2286 z powodu braku wystarczających środków." % o,
          "Ponieważ metoda płatności nie została zaktualizowana w wyznaczonym terminie, anulowaliśmy poniższe produkty. Nie pobraliśmy żadnej opłaty.",
          "Jeśli nadal chcesz otrzymać te produkty, złóż nowe zamówienie na Amazon.pl, korzystając z ważnej metody płatności."],
          items=[("Xiaomi Robot Vacuum S10+, robot sprzątający z funkcją mopowania", 1, "1 299,00 zł", "Amazon EU S.à r.l."),
                 ("Zestaw filtrów i szczotek do Xiaomi S10+, 12 szt.", 1, "79,99 zł", "HomeParts PL")],
          total="1 378,99 zł"))

    o = order_no("406")
    E(kind="notice", lang=lang, cause="technical_issue", sr=True, mp=mp,
      note="system error while processing the order; plain text 8bit classic layout; no auth",
      amazon=("Amazon.pl", "order-update", False, True), to="Michał Zieliński <michal.zielinski@interia.pl>",
      subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, enc=("text", "utf-8", "8bit"), style="classic",
      tpl=dict(title="Anulowanie zamówienia", order=o, greet="Witaj Michał,", paras=[
          "Kontaktujemy się w sprawie Twojego zamówienia nr %s." % o,
          "Podczas przetwarzania zamówienia wystąpił błąd systemu, przez który produkt został przypisany do niewłaściwej oferty i zamówienie nie mogło zostać prawidłowo obsłużone. Z tego powodu musieliśmy je anulować.",
          "Nie pobraliśmy żadnej opłaty. Błąd został już usunięty, więc możesz ponownie złożyć zamówienie na ten produkt."],
          items=[("LEGO Technic 42154 Ford GT 2022", 1, "489,99 zł", "Amazon EU S.à r.l.")]))

    o = order_no("405")
    E(kind="notice", lang=lang, cause="fraud_prevention", sr=True, mp=mp,
      note="order flagged for security review, account locked; HTML only QP; DKIM/DMARC pass",
      amazon=("Amazon.pl", "account-update", True, True), to="Agnieszka Lewandowska <a.lewandowska@gmail.com>",
      subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, enc=("html", "utf-8", "quoted-printable"),
      tpl=dict(title="Zamówienie anulowane ze względów bezpieczeństwa", order=o, greet="Witaj Agnieszka,", paras=[
          "Twoje zamówienie nr %s zostało skierowane do weryfikacji bezpieczeństwa. Nie byliśmy w stanie potwierdzić, że zostało złożone przez właściciela konta i karty, dlatego je anulowaliśmy, a Twoje konto zostało tymczasowo zablokowane." % o,
          "Aby odblokować konto, zaloguj się, wpisując adres www.amazon.pl bezpośrednio w przeglądarce lub korzystając z aplikacji Amazon Shopping, i postępuj zgodnie z instrukcjami weryfikacji tożsamości.",
          "Żadna opłata za to zamówienie nie została pobrana."],
          items=[("Apple iPhone 15 (128 GB), czarny", 1, "3 599,00 zł", "Amazon EU S.à r.l.")]))

    o = order_no("404")
    E(kind="notice", lang=lang, cause="customer_request", sr=True, mp=mp,
      note="successful cancellation at customer's request; iso-8859-2 base64 multipart; no auth",
      amazon=("Amazon.pl", "auto-confirm", False, True), to="Piotr Kamiński <piotr.kaminski@o2.pl>",
      subject='Pomyślne anulowanie produktu "Philips Airfryer XXL HD9285/96" z Twojego zamówienia Amazon.pl',
      enc=("alt", "iso-8859-2", "base64"),
      tpl=dict(title="Anulowanie zakończone pomyślnie", order=o, greet="Witaj Piotr,", paras=[
          "Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
          "Powód anulowania: anulowane przez klienta",
          "Za anulowany produkt nie zostanie pobrana żadna opłata. Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem."],
          items=[("Philips Airfryer XXL HD9285/96, frytkownica beztłuszczowa 7,2 l", 1, "899,00 zł", "Amazon EU S.à r.l.")]))

    o = order_no("403")
    E(kind="notice", lang=lang, cause="unknown", sr=False, mp=mp,
      note="cancellation without any reason given; no auth",
      amazon=("Amazon.pl", "order-update", False, True), to="Ewa Szymańska <ewa.szymanska@gazeta.pl>",
      subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Zamówienie anulowane", order=o, greet="Witaj Ewa,", paras=[
          "Informujemy, że Twoje zamówienie nr %s zostało anulowane." % o,
          "Jeśli za zamówienie została już pobrana płatność, zwrot środków nastąpi na pierwotną metodę płatności w ciągu 3–5 dni roboczych.",
          "Jeśli masz pytania dotyczące tego zamówienia, skontaktuj się z Obsługą Klienta."],
          items=[("Tefal Ingenio Emotion, zestaw garnków i patelni, 13 elementów", 1, "549,99 zł", "Amazon EU S.à r.l.")],
          total="549,99 zł"))

    # -------------------------------------------------------- lookalikes
    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="Greek Alpha homoglyph in display name; polished template; account suspended + verification code; look-alike domain",
      gen=(addr("\u0391mazon.pl", "powiadomienia@amazon-pl-zamowienia.com"), "mx1.amazon-pl-zamowienia.com", "amazon-pl-zamowienia.com", None),
      to="Marta Dąbrowska <marta.dabrowska@wp.pl>",
      subject="Konto zawieszone – zamówienie nr 404-3318290-6612047 anulowane", enc=("alt", "utf-8", "quoted-printable"),
      host="https://amazon-pl-zamowienia.com",
      tpl=dict(title="Konto zawieszone", order="404-3318290-6612047", greet="Szanowny Kliencie,", phish_path="weryfikacja/kod?ref=404",
               paras=[
          "Wykryliśmy nietypową aktywność na Twoim koncie (logowanie z nowego urządzenia: Android, Kijów). Ze względów bezpieczeństwa Twoje konto zostało zawieszone, a zamówienie nr 404-3318290-6612047 zostało anulowane.",
          "Aby przywrócić dostęp do konta i zamówienia, użyj poniższego kodu weryfikacyjnego w ciągu 24 godzin:",
          '<p style="font:bold 24px Arial,sans-serif;letter-spacing:4px;color:#111;"> Kod: 519 044 </p>',
          "Po wpisaniu kodu potwierdź dane karty płatniczej. Jeśli weryfikacja nie zostanie zakończona, konto zostanie trwale zamknięte."],
          button=("Zweryfikuj konto", None),
          items=[("Samsung Galaxy Watch6 Classic 47 mm, czarny", 1, "1 499,00 zł", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="callback phone number; gmail sender; malformed order number",
      gen=(addr("Amazon Polska", "amazon.polska.obsluga@gmail.com"), FREEMAIL_RECV["gmail.com"], "mail.gmail.com", freemail_auth("gmail.com")),
      to="undisclosed-recipients:;", subject="Zamowienie anulowane - odrzucona platnosc",
      enc=("text", "utf-8", "8bit"), text="""Szanowny Kliencie,

Twoje zamówienie nr 404-55318-22 na kwotę 2 849,00 zł (Samsung Galaxy S24 Ultra) zostało anulowane, ponieważ płatność została odrzucona przez bank.

Mimo anulowania kwota została zablokowana na Twoim rachunku. Aby odblokować środki, zadzwoń natychmiast do naszego działu płatności:

    +48 22 307 41 88  (pon.-niedz. 8:00-22:00)

Konsultant pomoże Ci zweryfikować płatność i odzyskać pieniądze.

Amazon Polska - Dział Obsługi Klienta
""")

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="asks to reply with card number and CVV; outlook.com sender; iso-8859-2 QP",
      gen=(addr("Dział Płatności Amazon", "platnosci-amazon@outlook.com", "iso-8859-2"), FREEMAIL_RECV["outlook.com"], "EUR05.prod.outlook.com", None),
      to="biuro@kancelaria-mazur.pl", subject="Twoje zamówienie zostało anulowane - wymagana odpowiedź",
      enc=("text", "iso-8859-2", "quoted-printable"), text="""Dzień dobry,

informujemy, że płatność za Twoje zamówienie nr 405-7712093-1184526 nie została zweryfikowana i zamówienie zostało anulowane.

Aby przywrócić zamówienie, odpowiedz na tę wiadomość i podaj:
1. Imię i nazwisko posiadacza karty
2. Pełny numer karty
3. Datę ważności
4. Kod CVV2/CVC2
5. Numer telefonu

Po weryfikacji zamówienie zostanie wysłane w ciągu 24 godzin.

Z poważaniem
Dział Płatności
Amazon.pl
""")

    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="'will be cancelled in 48h' unless identity verified; amazon.pl.<evil>.top domain; link text shows amazon.pl; no order number",
      gen=(addr("Amazon.pl", "no-reply@amazon.pl.weryfikacja-konta.top"), "srv1.weryfikacja-konta.top", "weryfikacja-konta.top", None),
      to="Krzysztof Mazur <k.mazur@interia.pl>", subject="Twoje zamówienie zostanie anulowane w ciągu 48 godzin",
      enc=("html", "utf-8", "base64"), html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon.pl</title></head>
<body style="margin:0;background:#f3f3f3;font-family:'Amazon Ember',Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="padding:18px 24px;border-bottom:3px solid #ff9900"><img src="https://weryfikacja-konta.top/img/amazon_logo.png" alt="amazon.pl" width="110"></td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px;color:#0f1111">
<p style="font-size:18px;font-weight:bold">Wymagana weryfikacja</p>
<p>Witaj,</p>
<p>Twoja ostatnia płatność wymaga dodatkowej weryfikacji tożsamości. Jeśli nie potwierdzisz swoich danych w ciągu 48 godzin, Twoje zamówienie zostanie anulowane, a konto zablokowane.</p>
<p>Zaloguj się, aby potwierdzić dane:<br><a href="https://amazon.pl.weryfikacja-konta.top/ap/signin?openid=pl" style="color:#007185">https://www.amazon.pl/ap/signin</a></p>
<p>Dziękujemy,<br>Zespół Amazon.pl</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#565959;background:#fafafa">Amazon.pl nigdy nie poprosi Cię o podanie hasła w wiadomości e-mail. © 2024 Amazon.com, Inc. lub podmioty powiązane.</td></tr>
</table></td></tr></table>
</body></html>
""")

    E(kind="lookalike", lang=lang, cause="inventory_shortage", sr=True, mp=None,
      note="amaz0n look-alike domain; polished copy of the template; valid-looking order number; refund lure",
      gen=(addr("Amazon.pl", "zamowienia@amaz0n-pl.com"), "mail.amaz0n-pl.com", "amaz0n-pl.com", None),
      to="Natalia Wróbel <natalia.wrobel@o2.pl>",
      subject="Twoje zamówienie Amazon.pl nr 405-2280413-9917342 zostało anulowane", enc=("alt", "utf-8", "quoted-printable"),
      host="https://amaz0n-pl.com", show_footer=True,
      tpl=dict(title="Zamówienie anulowane", order="405-2280413-9917342", greet="Witaj Natalia,", phish_path="zwrot/karta?o=405-2280413-9917342",
               paras=[
          "Z przykrością informujemy, że produkt z Twojego zamówienia nr 405-2280413-9917342 jest niedostępny u sprzedawcy i zamówienie zostało anulowane.",
          "Kwota 1 049,00 zł zostanie zwrócona po potwierdzeniu danych karty, na którą mamy przelać środki. Zrób to w ciągu 72 godzin, klikając przycisk poniżej."],
          button=("Odbierz zwrot", None),
          items=[("Dyson Supersonic HD07, suszarka do włosów", 1, "1 049,00 zł", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="technical_issue", sr=True, mp=None,
      note="crude, no diacritics; yahoo sender; system error; no order number",
      gen=(addr("Amazon", "amazon.zwroty.pl@yahoo.com"), FREEMAIL_RECV["yahoo.com"], "mail.yahoo.com", None),
      to="undisclosed-recipients:;", subject="BLAD SYSTEMU - zamowienie anulowane",
      enc=("text", "us-ascii", "7bit"), text="""Drogi kliencie,

z powodu bledu systemu Twoje zamowienie zostalo anulowane. Pieniadze nie zostaly zwrocone automatycznie.

Aby otrzymac zwrot wejdz na strone i podaj dane karty:
http://amzn-zwrot.pl.tc/formularz

Masz 24h!!

Zespol Amazon
""")

    E(kind="lookalike", lang=lang, cause="customer_request", sr=True, mp=None,
      note="fake 'cancelled at your request' confirmation with 'not me? stop cancellation' button; amazon-orders.help",
      gen=(addr("Amazon.pl", "potwierdzenia@amazon-orders.help"), "mail.amazon-orders.help", "amazon-orders.help", None),
      to="Paweł Jankowski <pawel.jankowski@gmail.com>",
      subject="Potwierdzenie anulowania zamówienia nr 402-9917720-3381054", enc=("alt", "utf-8", "quoted-printable"),
      host="https://amazon-orders.help/pl",
      tpl=dict(title="Anulowanie zamówienia", order="402-9917720-3381054", greet="Witaj Paweł,", phish_path="stop?o=402-9917720-3381054",
               paras=[
          "Zgodnie z Twoją prośbą anulowaliśmy zamówienie nr 402-9917720-3381054.",
          "Powód anulowania: anulowane przez klienta",
          "Jeśli to nie Ty złożyłeś prośbę o anulowanie, kliknij poniżej w ciągu 12 godzin, aby zatrzymać anulowanie i zabezpieczyć konto."],
          button=("To nie ja – zatrzymaj anulowanie", None),
          items=[("Garmin Forerunner 265, zegarek do biegania", 1, "1 899,00 zł", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="unknown", sr=True, mp=None,
      note="Cyrillic A in display name; 'order will be cancelled' unless a 2,99 zl shipping surcharge is paid; malformed order no; windows-1250 8bit HTML",
      gen=(addr("\u0410mazon Dostawy", "info@dostawa-paczki24.pl"), "host-91-203.dostawa-paczki24.pl", "dostawa-paczki24.pl", None),
      to="Zofia Pawlak <zofia.pawlak@wp.pl>", subject="Twoja przesyłka Amazon zostanie anulowana",
      enc=("html", "windows-1250", "8bit"), html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:20px">
<p style="font-size:20px;font-weight:bold;color:#232f3e">amazon<span style="color:#ff9900">.pl</span></p>
<p>Numer zamówienia: <b>#AMZ-PL-0042817</b></p>
<p>Twoje zamówienie nie mogło zostać doręczone z powodu nieopłaconej dopłaty do wysyłki (2,99 zł).</p>
<p>Jeśli nie uregulujesz dopłaty w ciągu 24 godzin, zamówienie zostanie <b>anulowane</b>, a paczka zwrócona do nadawcy.</p>
<p><a href="https://dostawa-paczki24.pl/oplata/?id=0042817" style="background:#ff9900;color:#fff;padding:10px 22px;text-decoration:none;border-radius:4px">Zapłać 2,99 zł</a></p>
<p style="font-size:11px;color:#888">Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.</p>
</div></body></html>
""")

    # ------------------------------------------------------- non-notices
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="small shop cancels its own order; its orders are shipped from an Amazon warehouse (Multi-Channel Fulfillment)",
      gen=(addr("Ziarno i Młynek", "sklep@ziarnoimlynek.pl", "iso-8859-2"), "smtp.ziarnoimlynek.pl", "ziarnoimlynek.pl", None),
      to="Magdalena Grabowska <m.grabowska@onet.pl>", subject="Anulowanie zamówienia #10482 w sklepie Ziarno i Młynek",
      enc=("alt", "iso-8859-2", "quoted-printable"), text="""Dzień dobry Pani Magdaleno,

z przykrością informujemy, że Pani zamówienie #10482 zostało anulowane.

Nasze zamówienia wysyła magazyn Amazon w ramach usługi Multi-Channel Fulfillment. Magazyn poinformował nas, że kawy Etiopia Yirgacheffe 1 kg nie ma już na stanie, a kolejna dostawa dotrze dopiero za 4 tygodnie.

Płatność w wysokości 189,00 zł zwróciliśmy przez Przelewy24 - środki powinny pojawić się na koncie w ciągu 2 dni roboczych.

W ramach przeprosin przesyłamy kod rabatowy PRZEPRASZAMY10 (-10% na kolejne zakupy).

Pozdrawiamy,
Zespół Ziarno i Młynek
ul. Kawowa 12, 30-001 Kraków
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="colleague writes that he cancelled the Amazon order for chairs",
      gen=(addr("Bartosz Wiśniewski", "b.wisniewski@firma-logistyka.pl"), "mail.firma-logistyka.pl", "firma-logistyka.pl", None),
      to="Anna Kowalczyk <a.kowalczyk@firma-logistyka.pl>", subject="Krzesła do sali konferencyjnej",
      enc=("text", "utf-8", "8bit"), text="""Cześć Aniu,

anulowałem zamówienie na Amazonie na te krzesła – okazało się, że dostawa do firmy byłaby dopiero pod koniec miesiąca, a dział administracji znalazł lepszą ofertę w IKEA Business. Amazon od razu potwierdził anulowanie, więc nic nie zostało pobrane z firmowej karty.

Możesz usunąć tę pozycję z arkusza zakupów? Nowe zamówienie wrzucę jutro.

Dzięki,
Bartek

--
Bartosz Wiśniewski
Specjalista ds. zakupów
Firma Logistyka Sp. z o.o.
tel. +48 61 555 20 31
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="bank security bulletin about phishing, quotes fake Amazon cancellation subjects",
      gen=(addr("Bezpieczny Bank – Alert", "alerty@bezpiecznybank.pl"), "mailout3.bezpiecznybank.pl", "bezpiecznybank.pl",
           [("List-Unsubscribe", "<mailto:wypisz@bezpiecznybank.pl>")]),
      to="Jan Kowalski <jan.kowalski@wp.pl>", subject="Ostrzeżenie: fałszywe e-maile o anulowaniu zamówień Amazon",
      enc=("alt", "iso-8859-2", "quoted-printable"), text="""Szanowni Klienci,

ostrzegamy przed falą fałszywych wiadomości e-mail podszywających się pod Amazon. Wiadomości mają tytuł "Twoje zamówienie Amazon.pl nr 404-XXXXXXX-XXXXXXX zostało anulowane" lub "Konto zawieszone - zamówienie anulowane" i nakłaniają do podania danych karty albo do zadzwonienia pod wskazany numer.

Pamiętaj:
- ani bank, ani Amazon nigdy nie proszą o podanie pełnego numeru karty ani kodu CVV w e-mailu;
- sprawdzaj adres nadawcy - prawdziwe wiadomości Amazon pochodzą z domeny amazon.pl;
- stan zamówień sprawdzaj wyłącznie po zalogowaniu się bezpośrednio w serwisie lub aplikacji.

Jeśli podałeś dane karty, natychmiast zastrzeż kartę w aplikacji mobilnej lub pod numerem 800 100 200.

Zespół Bezpieczeństwa
Bezpieczny Bank S.A.
""")

    o = order_no("406")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine Amazon: courier pickup appointment for a return cancelled; return still open",
      amazon=("Amazon.pl", "return", False, True), to="Łukasz Kaczmarek <lukasz.kaczmarek@gmail.com>",
      subject="Odbiór zwrotu przez kuriera został anulowany", enc=("alt", "utf-8", "base64"),
      tpl=dict(title="Odbiór kurierski anulowany", order=o, greet="Witaj Łukasz,", items_hdr="Zwracane produkty", paras=[
          "Zaplanowany na piątek 12 kwietnia odbiór paczki zwrotnej przez kuriera DPD został anulowany, ponieważ kurier nie zastał nikogo pod wskazanym adresem.",
          "Twój zwrot dotyczący zamówienia nr %s jest nadal otwarty. Możesz umówić nowy termin odbioru lub nadać paczkę w punkcie DPD Pickup – etykieta zwrotna pozostaje ważna do 26 kwietnia." % o,
          "Zwrot środków zostanie zlecony po otrzymaniu paczki."],
          items=[("ASICS Gel-Nimbus 26, buty do biegania męskie, rozm. 43,5", 1, "699,00 zł", "Amazon EU S.à r.l.")]))

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine Amazon Prime membership cancelled",
      amazon=("Amazon.pl", "digital-no-reply", True, False), to="Joanna Wojciechowska <joanna.w@onet.pl>",
      subject="Twoje członkostwo Amazon Prime zostało anulowane", enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Członkostwo Prime anulowane", greet="Witaj Joanna,", paras=[
          "potwierdzamy anulowanie Twojego członkostwa Amazon Prime.",
          "Możesz korzystać z korzyści Prime, w tym z bezpłatnej dostawy i Prime Video, do 18 maja 2024 r. Po tym dniu członkostwo nie zostanie odnowione i nie obciążymy Twojej karty.",
          "Jeśli zmienisz zdanie, możesz wznowić członkostwo w dowolnym momencie na stronie Zarządzaj członkostwem Prime."],
          sign="Amazon Prime"))

    o = order_no("402")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine payment reminder: update payment or the order will be cancelled; iso-8859-2 QP text only",
      amazon=("Amazon.pl", "payments-messages", True, True), to="Adam Mazurek <adam.mazurek@interia.pl>",
      subject="Wymagane działanie: zaktualizuj metodę płatności dla zamówienia %s" % o, enc=("text", "iso-8859-2", "quoted-printable"),
      style="classic",
      tpl=dict(title="Wymagana weryfikacja płatności", order=o, greet="Witaj Adam,", items_hdr="Produkty w zamówieniu", paras=[
          "Nie udało się obciążyć karty Mastercard kończącej się na 7731 kwotą za zamówienie nr %s." % o,
          "Zaktualizuj metodę płatności w sekcji Twoje zamówienia do 9 maja 2024 r. Jeśli do tego dnia nie otrzymamy aktualnych danych płatności, zamówienie zostanie anulowane.",
          "Aby to zrobić, wejdź na stronę www.amazon.pl, otwórz Twoje zamówienia i wybierz \"Zmień metodę płatności\" przy tym zamówieniu."],
          items=[("Kärcher K 5 Power Control, myjka wysokociśnieniowa", 1, "1 149,00 zł", "Amazon EU S.à r.l.")]))


# =====================================================================
#                               SVENSKA  (amazon.se)
# =====================================================================
def swedish():
    lang, mp = "sv", "amazon.se"

    # ---------------------------------------------------------- notices
    o = order_no("403")
    E(kind="notice", lang=lang, cause="inventory_shortage", sr=True, mp=mp,
      note="seller could not deliver, out of stock; HTML table layout QP; no auth",
      amazon=("Amazon.se", "order-update", False, True), to="Johanna Karlsson <johanna.karlsson@telia.com>",
      subject="Din beställning från Amazon.se nr %s har avbrutits" % o, enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Beställningen har avbrutits", order=o, greet="Hej Johanna,", paras=[
          "Tyvärr har vi varit tvungna att avbryta din beställning nr %s." % o,
          "Säljaren kunde inte leverera artikeln nedan eftersom den är slut i lager, och det är oklart när den kommer att finnas tillgänglig igen.",
          "Du har inte debiterats för den avbrutna artikeln. Om en reservation har gjorts på ditt kort släpps den automatiskt av banken inom några bankdagar."],
          items=[("Fjällräven Kånken ryggsäck, 16 l, Frost Green", 1, "849,00 kr", "Outdoorbutiken Norden AB")],
          total="849,00 kr", closing=["Vi ber om ursäkt för besväret."]))

    o = order_no("404")
    E(kind="notice", lang=lang, cause="payment_issue", sr=True, mp=mp,
      note="insufficient gift card balance, card not chargeable, no valid payment in time; iso-8859-1 QP text; DKIM/DMARC pass",
      amazon=("Amazon.se", "payments-messages", True, True), to="Erik Johansson <erik.johansson@bredband.net>",
      subject="Artiklar har avbrutits från din Amazon.se-beställning %s" % o, enc=("text", "iso-8859-1", "quoted-printable"),
      style="classic",
      tpl=dict(title="Avbrutna artiklar", order=o, greet="Hej Erik,", paras=[
          "Betalningen för din beställning nr %s kunde inte genomföras. Saldot på ditt presentkort räckte inte till hela beloppet, och det återstående beloppet på 412,00 kr kunde inte debiteras det kort som slutar på 5520." % o,
          "Eftersom vi inte har fått någon giltig betalningsinformation inom den angivna tiden har vi avbrutit artiklarna nedan. Inget belopp har dragits.",
          "Om du fortfarande vill ha artiklarna kan du lägga en ny beställning på Amazon.se med en giltig betalningsmetod."],
          items=[("Philips Sonicare ProtectiveClean 4300 eltandborste HX6800/44", 1, "612,00 kr", "Amazon EU S.à r.l.")]))

    o = order_no("402")
    E(kind="notice", lang=lang, cause="technical_issue", sr=True, mp=mp,
      note="technical error showed a wrong price; HTML only 8bit; no auth",
      amazon=("Amazon.se", "order-update", False, True), to="Oskar Nilsson <oskar.nilsson@gmail.com>",
      subject="Din beställning från Amazon.se nr %s har avbrutits" % o, enc=("html", "utf-8", "8bit"),
      tpl=dict(title="Beställningen har avbrutits", order=o, greet="Hej Oskar,", paras=[
          "Vi kontaktar dig angående din beställning nr %s." % o,
          "På grund av ett tekniskt fel visades ett felaktigt pris för artikeln nedan på vår webbplats (99,00 kr i stället för 2 990,00 kr). I enlighet med våra användar- och försäljningsvillkor har vi därför avbrutit beställningen.",
          "Du har inte debiterats. Priset har nu korrigerats och du är välkommen att beställa artikeln igen."],
          items=[("Bose QuietComfort Ultra Earbuds, svart", 1, "99,00 kr", "Amazon EU S.à r.l.")],
          closing=["Vi ber om ursäkt för eventuella olägenheter."]))

    o = order_no("171")
    E(kind="notice", lang=lang, cause="fraud_prevention", sr=True, mp=mp,
      note="flagged for security review, payment not verifiable, account locked; base64 multipart; DKIM/DMARC pass",
      amazon=("Amazon.se", "account-update", True, True), to="Sara Andersson <sara.andersson@hotmail.se>",
      subject="Din beställning från Amazon.se nr %s har avbrutits" % o, enc=("alt", "utf-8", "base64"),
      tpl=dict(title="Beställningen har avbrutits av säkerhetsskäl", order=o, greet="Hej Sara,", paras=[
          "Din beställning nr %s flaggades för en säkerhetsgranskning. Vi kunde inte verifiera betalningsuppgifterna som användes, och för att skydda ditt konto har vi avbrutit beställningen och tillfälligt spärrat kontot." % o,
          "För att återställa kontot loggar du in genom att skriva www.amazon.se direkt i webbläsaren eller via appen Amazon Shopping och följer instruktionerna för att verifiera din identitet.",
          "Inget belopp har debiterats för den avbrutna beställningen."],
          items=[("Apple iPad (10:e generationen) 10,9 tum, Wi-Fi, 64 GB, silver", 1, "5 290,00 kr", "Amazon EU S.à r.l.")]))

    o = order_no("405")
    E(kind="notice", lang=lang, cause="customer_request", sr=True, mp=mp,
      note="item cancelled by the customer, 'Anledning: avbruten av kunden'; text only base64; no auth",
      amazon=("Amazon.se", "auto-confirm", False, True), to="Linnea Persson <linnea.persson@gmail.com>",
      subject='Artikeln "Kindle Paperwhite (16 GB)" har avbrutits från din Amazon.se-beställning',
      enc=("text", "utf-8", "base64"),
      tpl=dict(title="Avbokningen har genomförts", order=o, greet="Hej Linnea,", paras=[
          "Som du begärt har vi avbrutit artikeln nedan från din beställning nr %s." % o,
          "Anledning till avbokning: avbruten av kunden",
          "Du debiteras inte för den avbrutna artikeln. Övriga artiklar i beställningen skickas som planerat."],
          items=[("Kindle Paperwhite (16 GB) – nu med en 7-tumsskärm, svart", 1, "1 799,00 kr", "Amazon EU S.à r.l.")]))

    o = order_no("406")
    E(kind="notice", lang=lang, cause="unknown", sr=True, mp=mp,
      note="cannot ship to address due to dangerous-goods rules (none of the four causes); iso-8859-1 8bit multipart; DKIM/DMARC pass",
      amazon=("Amazon.se", "order-update", True, True), to="Anders Lindberg <anders.lindberg@telia.com>",
      subject="Din beställning från Amazon.se nr %s har avbrutits" % o, enc=("alt", "iso-8859-1", "8bit"),
      tpl=dict(title="Beställningen har avbrutits", order=o, greet="Hej Anders,", paras=[
          "Vi har avbrutit din beställning nr %s." % o,
          "Artikeln nedan kan på grund av transportbestämmelserna för farligt gods (litiumbatterier) inte skickas till din leveransadress.",
          "Du har inte debiterats för beställningen."],
          items=[("Milwaukee M18 HB12 batteri, 12,0 Ah", 1, "2 149,00 kr", "Verktygsproffsen GmbH")],
          total="2 149,00 kr"))

    # -------------------------------------------------------- lookalikes
    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="callback phone number; outlook.com sender; malformed order number",
      gen=(addr("Amazon Kundtjänst", "amazon.kundtjanst.se@outlook.com"), FREEMAIL_RECV["outlook.com"], "EUR05.prod.outlook.com", None),
      to="undisclosed-recipients:;", subject="Din Amazon-beställning har avbrutits – ring oss",
      enc=("text", "utf-8", "8bit"), text="""Hej,

Din beställning #403-99120-4471 (Apple MacBook Air M3 13", 14 990 kr) har avbrutits av vårt säkerhetssystem på grund av misstänkt aktivitet på ditt konto.

Beloppet är fortfarande reserverat på ditt kort. För att häva reservationen och få tillbaka pengarna måste du ringa vår kundtjänst inom 24 timmar:

    08-446 891 20

Vi ber om ursäkt för besväret.

Amazon.se Kundtjänst
""")

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="spoofed From order address at amazon.se with dmarc=fail, Reply-To gmail, polished template, links to look-alike shop domain",
      gen=(addr("Amazon.se", "payments-messages@amazon.se"), "vps2194.hostinger-eu.net", "vps2194.hostinger-eu.net",
           [("Authentication-Results", "mx.mailbox-host.net;\n\tspf=softfail (domain of transitioning payments-messages@amazon.se does not designate 185.224.138.17 as permitted sender) smtp.mailfrom=payments-messages@amazon.se;\n\tdkim=none;\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.se"),
            ("Reply-To", "amazon.se.betalning@gmail.com")]),
      to="Karin Berg <karin.berg@telia.com>",
      subject="Din beställning från Amazon.se nr 403-7781203-2290457 har avbrutits", enc=("alt", "utf-8", "quoted-printable"),
      host="https://amazon-se-betalning.shop",
      tpl=dict(title="Beställningen har avbrutits", order="403-7781203-2290457", greet="Hej Karin,", phish_path="betalning/bekrafta?o=4037781203",
               paras=[
          "Vi kunde inte behandla betalningen för din beställning nr 403-7781203-2290457 och beställningen har därför avbrutits.",
          "För att återaktivera beställningen och undvika att ditt konto stängs måste du bekräfta dina kortuppgifter inom 24 timmar."],
          button=("Bekräfta betalning", None),
          items=[("Sony PlayStation 5 Slim, digital utgåva", 1, "5 490,00 kr", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="payment_issue", sr=True, mp=None,
      note="asks to reply with card details and personnummer; gmail sender; iso-8859-1 QP",
      gen=(addr("Amazon Betalningar", "amazonbetalning.se@gmail.com"), FREEMAIL_RECV["gmail.com"], "mail.gmail.com", freemail_auth("gmail.com")),
      to="info@bergstrom-bygg.se", subject="Betalning nekad - beställningen avbruten",
      enc=("text", "iso-8859-1", "quoted-printable"), text="""Hej kund,

Din betalning för beställning 404-6627190-3318802 kunde inte godkännas och beställningen har avbrutits.

Svara på detta mejl med följande uppgifter så återaktiverar vi beställningen:
 - Kortinnehavarens namn
 - Kortnummer
 - Giltighetstid (MM/ÅÅ)
 - CVC-kod
 - Personnummer

Vi behandlar ditt svar inom 24 timmar.

Med vänliga hälsningar
Betalningsavdelningen, Amazon.se
""")

    E(kind="lookalike", lang=lang, cause="technical_issue", sr=True, mp=None,
      note="Greek omicron homoglyph in display name; technical error; malformed order number; HTML only",
      gen=(addr("Amaz\u03bfn.se", "noreply@kundservice-ordrar.se"), "mail.kundservice-ordrar.se", "kundservice-ordrar.se", None),
      to="Henrik Ekström <henrik.ekstrom@gmail.com>", subject="Tekniskt fel – din beställning har avbrutits",
      enc=("html", "utf-8", "quoted-printable"), html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#ffffff">
<table width="600" cellpadding="0" cellspacing="0" align="center">
<tr><td style="padding:16px 0;border-bottom:1px solid #ddd"><span style="font-size:24px;font-weight:bold;color:#232f3e">amazon</span><span style="font-size:24px;color:#ff9900">.se</span></td></tr>
<tr><td style="padding:20px 0;font-size:14px;color:#111">
<p>Hej!</p>
<p>På grund av ett tekniskt fel i vårt ordersystem har din beställning avbrutits och betalningen på 1 249 kr har inte slutförts korrekt.</p>
<p>Beställningsnummer: 171-2290-118842</p>
<p>För att få återbetalning måste du bekräfta dina uppgifter inom 48 timmar.</p>
<p><a href="https://kundservice-ordrar.se/aterbetalning?id=1712290118842" style="display:inline-block;background:#ffd814;color:#111;padding:10px 24px;border-radius:20px;text-decoration:none">Begär återbetalning</a></p>
<p>Med vänliga hälsningar,<br>Amazon.se</p>
</td></tr></table></body></html>
""")

    E(kind="lookalike", lang=lang, cause="inventory_shortage", sr=True, mp=None,
      note="polished template; link text shows amazon.se but href goes to amazon-orders.help; out of stock refund lure; HTML only base64",
      gen=(addr("Amazon.se", "order-update@amazon-orders.help"), "mail.amazon-orders.help", "amazon-orders.help", None),
      to="Ida Holm <ida.holm@outlook.com>",
      subject="Din beställning från Amazon.se nr 403-1190274-6628013 har avbrutits", enc=("html", "utf-8", "base64"),
      host="https://amazon-orders.help/se",
      tpl=dict(title="Beställningen har avbrutits", order="403-1190274-6628013", greet="Hej Ida,", phish_path="refund?o=403-1190274-6628013",
               paras=[
          "Tyvärr har vi varit tvungna att avbryta din beställning nr 403-1190274-6628013 eftersom artikeln är slut i lager hos säljaren.",
          '<p> För att få återbetalningen på 749,00 kr måste du bekräfta ditt kort inom 48 timmar: <a href="https://amazon-orders.help/se/refund?o=403-1190274-6628013">https://www.amazon.se/gp/css/order-history</a> </p>'],
          items=[("JBL Charge 5 bärbar Bluetooth-högtalare, svart", 1, "749,00 kr", "Amazon EU S.à r.l.")]))

    E(kind="lookalike", lang=lang, cause="fraud_prevention", sr=True, mp=None,
      note="account locked and order cancelled, 'use this code'; amaz0n domain; malformed order number",
      gen=(addr("Amazon", "security@amaz0n-se.com"), "mail.amaz0n-se.com", "amaz0n-se.com", None),
      to="Mikael Sandberg <mikael.sandberg@gmail.com>", subject="Ditt konto har spärrats och beställning #SE-2291-AX har avbrutits",
      enc=("alt", "utf-8", "quoted-printable"), links={"http://amaz0n-se.com/verify": "http://amaz0n-se.com/verify?u=ms"},
      text="""Hej,

Vi har upptäckt en ovanlig inloggning på ditt konto och har därför spärrat kontot. Din beställning #SE-2291-AX har avbrutits.

Använd koden nedan för att låsa upp kontot:

Verifieringskod: 4471-9920

Ange koden på http://amaz0n-se.com/verify inom 12 timmar, annars raderas kontot permanent.

Amazon Säkerhet
""")

    E(kind="lookalike", lang=lang, cause="unknown", sr=True, mp=None,
      note="'will be cancelled' unless address confirmed in 24h; amazon.se.<evil>.info domain; no order number",
      gen=(addr("Amazon.se", "info@amazon.se.kund-verifiering.info"), "amazon.se.kund-verifiering.info", "kund-verifiering.info", None),
      to="Elin Gustafsson <elin.gustafsson@live.se>", subject="Åtgärd krävs: din beställning kommer att avbrytas",
      enc=("alt", "utf-8", "quoted-printable"),
      links={"https://amazon.se.kund-verifiering.info/adress": "https://amazon.se.kund-verifiering.info/adress?k=eg"},
      text="""Hej,

Vi kunde inte verifiera leveransadressen för din senaste beställning. Om du inte bekräftar din adress inom 24 timmar kommer beställningen att avbrytas automatiskt.

Bekräfta adress: https://amazon.se.kund-verifiering.info/adress

Tack för att du handlar hos Amazon.
""")

    E(kind="lookalike", lang=lang, cause="unknown", sr=False, mp=None,
      note="crude Swedish/English mix; yahoo sender; no order number, no reason",
      gen=(addr("Amazon Sverige", "amazon_sverige_retur@yahoo.com"), FREEMAIL_RECV["yahoo.com"], "mail.yahoo.com", freemail_auth("yahoo.com")),
      to="undisclosed-recipients:;", subject="Order cancelled / Beställning avbruten !!",
      enc=("text", "utf-8", "8bit"), text="""Kära kund

Din order har blivit avbruten. Your order has been cancelled.
Du kan få pengarna tillbaka (699 kr) genom att fylla i formuläret här:
http://amzn-retur-se.weebly.com

Gör det idag annars förlorar du pengarna.

Amazon
""")

    # ------------------------------------------------------- non-notices
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="other retailer (CDON) cancels its own order, refund via Amazon Pay",
      gen=(addr("CDON", "noreply@cdon.se"), "mta12.cdon.se", "cdon.se", None),
      to="Maria Olsson <maria.olsson@gmail.com>", subject="Din order 82014455 har makulerats",
      enc=("alt", "utf-8", "quoted-printable"), text="""Hej Maria,

Vi har tyvärr behövt makulera din order 82014455 eftersom säljaren inte längre har produkten i lager.

Produkt: Nintendo Switch OLED, vit – 3 490 kr

Betalningen som du gjorde med Amazon Pay återbetalas inom 3–5 bankdagar. Återbetalningen syns i ditt Amazon-konto under Amazon Pay.

Har du frågor? Kontakta vår kundtjänst via cdon.se/kundservice.

Vänliga hälsningar,
CDON
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="friend writes that she cancelled her Amazon order",
      gen=(addr("Emma Lindqvist", "emma.lindqvist@hotmail.com"), FREEMAIL_RECV["hotmail.com"], "EUR02.prod.outlook.com",
           [("In-Reply-To", "<AM9P192MB0871A3@AM9P192MB0871.EURP192.PROD.OUTLOOK.COM>")]),
      to="Jonas Lindqvist <jonas.lindqvist@gmail.com>", subject="Re: Present till pappa",
      enc=("text", "utf-8", "8bit"), text="""Hej Jonas!

Jag avbokade min Amazon-beställning på kaffebryggaren, leveransen hade flyttats till efter hans födelsedag. Fick ett mejl direkt om att den var avbruten och att inget dragits från kortet, så det är lugnt.

Jag köper den på Clas Ohlson i stället på lördag. Vill du gå halvsies som vi sa? 600 kr var.

Kram,
Emma

> Har du fått hem presenten än? /J
""")

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="consumer newsletter/blog on why Amazon cancels orders and how to spot fake ones; quotes subject",
      gen=(addr("Konsumentkollen", "nyhetsbrev@konsumentkollen.se"), "send.konsumentkollen.se", "konsumentkollen.se",
           [("List-Unsubscribe", "<https://konsumentkollen.se/avregistrera>")]),
      to="Peter Hansson <peter.hansson@telia.com>",
      subject="Veckans guide: Därför avbryter Amazon beställningar – och så känner du igen falska mejl",
      enc=("alt", "utf-8", "base64"), text="""Veckans guide

Många läsare har frågat oss varför Amazon ibland avbryter en beställning. De vanligaste skälen är att varan har tagit slut i lager, att kortbetalningen nekades eller att ett pris visades fel på sajten. Då får du ett mejl med ämnesraden "Din beställning från Amazon.se har avbrutits" från en adress som slutar på @amazon.se.

Samtidigt cirkulerar falska mejl med nästan samma ämnesrad. Kännetecken på bedrägerierna:
- avsändaren använder Gmail, Outlook eller en domän som liknar Amazons, till exempel amaz0n;
- du uppmanas att ringa ett telefonnummer eller svara med dina kortuppgifter;
- ordernumret har fel format eller saknas helt.

Logga alltid in direkt via appen eller amazon.se för att kontrollera dina beställningar.

Trevlig helg önskar redaktionen på Konsumentkollen

Du får det här nyhetsbrevet eftersom du prenumererar på Konsumentkollen. Avregistrera dig på konsumentkollen.se/avregistrera.
""")

    o = order_no("404")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine Amazon: booked delivery slot cancelled by the carrier, order not cancelled",
      amazon=("Amazon.se", "shipment-tracking", False, True), to="Niklas Åberg <niklas.aberg@gmail.com>",
      subject="Din leveranstid har avbokats", enc=("alt", "utf-8", "quoted-printable"),
      tpl=dict(title="Leveranstiden har avbokats", order=o, greet="Hej Niklas,", items_hdr="Artiklar i leveransen", paras=[
          "Den bokade leveranstiden för din beställning nr %s, tisdag 4 juni mellan 17:00 och 21:00, har avbokats av transportören på grund av fordonsproblem." % o,
          "Din beställning är inte avbruten. Välj en ny leveranstid under Dina beställningar så levererar vi så snart som möjligt."],
          items=[("Bosch Serie 4 diskmaskin SMS4HVI33E, 60 cm, rostfri", 1, "5 990,00 kr", "Amazon EU S.à r.l.")]))

    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=None,
      note="Prime Video channel subscription ended",
      gen=(addr("Prime Video", "no-reply@primevideo.com"), "a8-33.smtp-out.amazonses.com", "email.amazonses.com", None),
      to="Fredrik Lund <fredrik.lund@gmail.com>", subject="Din prenumeration på Paramount+ via Prime Video har avslutats",
      enc=("alt", "utf-8", "quoted-printable"), text="""Hej Fredrik,

Din prenumeration på kanalen Paramount+ via Prime Video har avslutats.

Du har tillgång till kanalen till och med den 30 juni 2024. Inga ytterligare debiteringar görs.

Du kan när som helst starta prenumerationen igen under Kanaler i Prime Video.

Vänliga hälsningar,
Prime Video
""")

    o = order_no("403")
    E(kind="non_notice", lang=lang, cause=None, sr=False, mp=mp,
      note="genuine payment reminder: update payment or the order will be cancelled; iso-8859-1 8bit text only",
      amazon=("Amazon.se", "payments-messages", True, True), to="Camilla Eriksson <camilla.eriksson@bahnhof.se>",
      subject="Åtgärd krävs: uppdatera betalningsmetoden för beställning %s" % o, enc=("text", "iso-8859-1", "8bit"),
      tpl=dict(title="Betalningsrevision krävs", order=o, greet="Hej Camilla,", items_hdr="Artiklar i beställningen", paras=[
          "Vi kunde inte debitera kortet som slutar på 8846 för din beställning nr %s." % o,
          "Uppdatera betalningsmetoden under Dina beställningar senast den 12 juni 2024. Om vi inte har fått giltiga betalningsuppgifter till dess kommer beställningen att avbrytas.",
          "Gå till www.amazon.se, öppna Dina beställningar och välj \"Revidera betalning\" vid beställningen."],
          items=[("Weber Spirit E-325 GBS gasolgrill, svart", 1, "8 995,00 kr", "Amazon EU S.à r.l.")]))


# =====================================================================
#                                    main
# =====================================================================
def render(e, date):
    structure, charset, cte = e["enc"]
    lang = e["lang"]
    host = e.get("host")
    if "tpl" in e:
        text = amazon_text(lang, e["tpl"], style=e.get("style", "modern"), host=host, show_footer=e.get("show_footer", True))
        html = amazon_html(lang, e["tpl"], charset=charset, host=host, show_footer=e.get("show_footer", True))
    else:
        text = e.get("text")
        html = e.get("html") or (text_to_html(text, charset, e.get("links")) if text else None)
        if text is None:
            text = ""
    if "amazon" in e:
        name, local, auth, reply_to = e["amazon"]
        headers = amazon_headers(lang, name, local, e["to"], e["subject"], date, charset, auth, reply_to)
    else:
        from_hdr, recv, msgid_dom, extra = e["gen"]
        headers = generic_headers(from_hdr, e["to"], e["subject"], date, charset, recv, msgid_dom, extra)
    return build_message(headers, text, html, structure, charset, cte)


def main():
    italian()
    polish()
    swedish()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(EMAILS)
    rng.shuffle(order)   # files are not grouped by kind
    labels = []
    for i, e in enumerate(order, 1):
        fname = "%s%03d.eml" % (PREFIX, i)
        msg = render(e, rand_date())
        with open(os.path.join(OUT, fname), "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels.append({"file": fname, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["sr"], "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
