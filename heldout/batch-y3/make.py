#!/usr/bin/env python3
"""Regenerate blind batch y3: Italian (amazon.it), Polish (amazon.pl), Swedish (amazon.se).

Writes mail/y3NNN.eml and labels.json next to this script.  Deterministic (fixed seed).
"""
import json
import os
import random
import datetime as _dt
from io import BytesIO
from email import charset as _cs
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.mime.application import MIMEApplication
from email.generator import BytesGenerator
from email.utils import formataddr, format_datetime
from email import encoders

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "y3"
RNG = random.Random(3303)

# ---------------------------------------------------------------- helpers

def order_no(prefixes=("402", "403", "404", "405", "406", "407", "408", "028", "302", "303", "304", "305", "171")):
    return "%s-%07d-%07d" % (RNG.choice(prefixes), RNG.randrange(10**7), RNG.randrange(10**7))


def when(year=2024):
    base = _dt.datetime(year, 1, 1, tzinfo=_dt.timezone.utc)
    d = base + _dt.timedelta(days=RNG.randrange(0, 360), seconds=RNG.randrange(0, 86400))
    return d


def fmt_date(d, tz_hours=0):
    tz = _dt.timezone(_dt.timedelta(hours=tz_hours))
    return format_datetime(d.astimezone(tz))


def hexid(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ses_msgid(region="eu-west-1"):
    return "<0102%s-%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12), region)


def plain_msgid(domain):
    return "<%s.%s@%s>" % (hexid(16), RNG.randrange(10**9, 10**10), domain)


def part_boundary():
    return "----=_Part_%d_%d.%d" % (RNG.randrange(10**6, 10**8), RNG.randrange(10**8, 10**10),
                                   RNG.randrange(1600000000000, 1740000000000))


LEGACY_FALLBACK = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2019": "'",
                   "\u2022": "-", "\u00a9": "(c)", "\u00e0": "a", "\u2026": "...", "\u20ac": "EUR", "\u00a0": " "}


def fit_charset(body, charset):
    """Legacy charsets cannot carry every character: replace the few typographic ones
    the way a legacy mail client would."""
    if charset.lower() in ("utf-8", "us-ascii"):
        return body
    out = []
    for ch in body:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LEGACY_FALLBACK.get(ch, "?"))
    return "".join(out)


def textpart(body, subtype, charset, cte):
    body = fit_charset(body, charset)
    cs = Charset(charset)
    cs.header_encoding = QP if charset.lower() != "iso-2022-jp" else BASE64
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    if charset.lower() == "iso-2022-jp":
        cs.body_encoding = None
    return MIMEText(body, subtype, cs)


def hdr(value, charset):
    """Encode a header value only if it needs it."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        value = fit_charset(value, charset)
        return Header(value, charset, header_name="Subject")


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def build(m):
    """m: dict with headers and bodies -> bytes."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    text, html = m.get("text"), m.get("html")
    atts = m.get("attachments") or []
    if text is not None and html is not None:
        body = MIMEMultipart("alternative", boundary=part_boundary())
        body.attach(textpart(text, "plain", cs, m.get("text_cte", cte)))
        body.attach(textpart(html, "html", cs, cte))
    elif html is not None:
        body = textpart(html, "html", cs, cte)
    else:
        body = textpart(text, "plain", cs, cte)
    if atts:
        outer = MIMEMultipart("mixed", boundary=part_boundary())
        outer.attach(body)
        for fname, ctype, data in atts:
            maintype, subtype = ctype.split("/")
            if maintype == "text":
                p = textpart(data, subtype, "utf-8", "b64")
            else:
                p = MIMEBase(maintype, subtype)
                p.set_payload(data)
                encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(p)
        body = outer
    # re-order: trace headers, then the visible ones, then MIME
    mime_hdrs = [(k, v) for k, v in body._headers]
    body._headers = []
    for k, v in m.get("trace", []):
        body[k] = v.replace("__DATE__", m["date"])
    body["From"] = m["from"]
    if m.get("reply_to"):
        body["Reply-To"] = m["reply_to"]
    body["To"] = m["to"]
    body["Subject"] = hdr(m["subject"], m.get("subject_charset", cs if cs != "us-ascii" else "utf-8"))
    for k, v in mime_hdrs:
        if k.lower() == "mime-version":
            continue
        body._headers.append((k, v))
    body["MIME-Version"] = "1.0"
    body["Date"] = m["date"]
    body["Message-ID"] = m["msgid"]
    for k, v in m.get("extra", []):
        body[k] = v
    bio = BytesIO()
    BytesGenerator(bio, mangle_from_=False, maxheaderlen=78).flatten(body)
    return bio.getvalue()


# ---------------------------------------------------------------- trace headers

MX = {"it": "mx.libero-mail.example.it", "pl": "mx1.poczta-example.pl", "sv": "mx.bredband-example.se"}


def amazon_trace(lang, tld, d, auth, rcpt_addr="undisclosed"):
    ip = "54.240.%d.%d" % (RNG.choice([3, 4, 6, 7, 27, 48]), RNG.randrange(2, 250))
    host = "a%s-%s.smtp-out.eu-west-1.amazonses.com" % tuple(ip.split(".")[2:])
    rp = "<%s%s@bounces.amazon.%s>" % (d.strftime("%Y%m%d%H%M%S"), hexid(12), tld)
    tr = [("Return-Path", rp),
          ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
              host, host, ip, MX[lang], hexid(10).upper(), rcpt_addr, fmt_date(d, 1)))]
    if auth:
        tr.append(("Authentication-Results",
                   "%s;\n\tdkim=pass header.d=amazon.%s header.s=%s header.b=%s;\n"
                   "\tdkim=pass header.d=amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s;\n"
                   "\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
                   "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s" % (
                       MX[lang], tld, RNG.choice(["rjhhbbdxgtxzgy6cfahw3iou2ac2hvoj", "2rzbvqpj4dsj6zamvgm6ozigpdxjbhnd", "uy3m6t3npk2oo6ey5qrqqf6ag7qdcdta"]),
                       hexid(8), hexid(8), MX[lang], rp.strip("<>").split("@")[1], ip, rp.strip("<>"), tld)))
        tr.append(("DKIM-Signature",
                   "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=rjhhbbdxgtxzgy6cfahw3iou2ac2hvoj; d=amazon.%s; t=%d;\n"
                   "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n"
                   "\tbh=%s=;\n\tb=%s" % (tld, int(d.timestamp()), hexid(42), hexid(60))))
    return tr


def foreign_trace(lang, d, helo, ip, auth_line=None):
    tr = [("Received", "from %s ([%s])\n\tby %s with ESMTP id %s; %s" % (
        helo, ip, MX[lang], hexid(10).upper(), "__DATE__"))]
    if auth_line:
        tr.insert(0, ("Authentication-Results", "%s;\n\t%s" % (MX[lang], auth_line)))
    return tr


# ---------------------------------------------------------------- Amazon-like HTML

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border-left: 1px solid #D6D6D6; border-right: 1px solid #D6D6D6;
    border-bottom: 1px solid #D6D6D6; border-top: 2px solid #CECECE; width: 100%; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 6px; }
.orderIdLink { text-decoration: none; color: #868686; }
.itemName { font-size: 14px; color: #0066c0; text-decoration: none; }
.price { font-size: 14px; color: #868686; }
.button { background-color: #FFD814; border: 1px solid #FCD200; border-radius: 8px; padding: 10px 18px; color: #0F1111; text-decoration: none; }
.footerTable { font-size: 11px; line-height: 15px; color: #868686; }
.footerTable a { color: #0066c0; text-decoration: none; }
.legal { font-size: 10px; color: #999999; }
"""


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def amazon_html(tld, lang_attr, title, greeting, paras, order, items, order_label, button, footer_paras,
                legal, hrefs=None, heading=None):
    """Nested-table layout modelled on the real order-update template.
    paras: list of strings (may contain inline HTML already).
    items: list of (name, qty_text, price_text).
    button: (text, href) or None. footer_paras: list of strings (HTML allowed).
    hrefs: dict overriding link targets (used by clones)."""
    h = {"home": "https://www.amazon.%s/gp/r.html?C=%s&R=%s&T=C&U=https%%3A%%2F%%2Fwww.amazon.%s%%2F%%3Fref_%%3Dpe_ord_cancel_logo&A=%s&H=%s&ref_=pe_ord_cancel_logo" % (tld, hexid(14).upper(), hexid(12).upper(), tld, hexid(20).upper(), hexid(20).upper()),
         "order": "https://www.amazon.%s/gp/r.html?C=%s&R=%s&T=C&U=https%%3A%%2F%%2Fwww.amazon.%s%%2Fgp%%2Fyour-account%%2Forder-details%%3ForderID%%3D%s&ref_=pe_ord_cancel_oid" % (tld, hexid(14).upper(), hexid(12).upper(), tld, order or ""),
         "item": "https://www.amazon.%s/gp/r.html?C=%s&U=https%%3A%%2F%%2Fwww.amazon.%s%%2Fdp%%2FB0%s&ref_=pe_ord_cancel_item" % (tld, hexid(14).upper(), tld, hexid(8).upper()),
         "pixel": "https://www.amazon.%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" % (tld, hexid(14).upper(), hexid(20), hexid(12).upper()),
         "logo": "https://m.media-amazon.com/images/G/29/x-locale/common/transparent-pixel._CB485935036_.gif" if tld != "it" else "https://m.media-amazon.com/images/G/29/email/logo/amazon_logo_it._CB1198675309_.png"}
    if hrefs:
        h.update(hrefs)
    rows = []
    for name, qty, price in items:
        img = "https://m.media-amazon.com/images/I/%s%s._SS115_.jpg" % (RNG.choice("567"), hexid(9).upper())
        rows.append("""               <tr>
                <td style="width:95px; padding-right:12px; vertical-align:top"> <a href="%s"><img src="%s" width="84" height="84" style="border:0; max-width:84px" alt="" /></a> </td>
                <td style="vertical-align:top"> <a class="itemName" href="%s">%s</a><br />
                 <span class="price">%s</span><br />
                 <span class="price" style="color:#0F1111">%s</span> </td>
               </tr>""" % (h["item"], img, h["item"], esc(name), esc(qty), esc(price)))
    items_html = "\n".join(rows)
    ptxt = "\n".join("               <tr><td>%s</td></tr>" % p for p in paras)
    btn = ""
    if button:
        btn = """           <tr>
            <td style="padding-top:16px; padding-bottom:16px"> <a class="button" href="%s" style="background-color:#FFD814; border:1px solid #FCD200; border-radius:8px; padding:10px 18px; color:#0F1111; text-decoration:none; font-size:15px">%s</a> </td>
           </tr>""" % (button[1], esc(button[0]))
    order_html = ""
    if order:
        order_html = """           <tr>
            <td style="padding-top:10px; padding-bottom:10px; font-size:13px; color:#868686"> <a class="orderIdLink" href="%s">%s %s</a> </td>
           </tr>""" % (h["order"], order_label, order)
    foot = "\n".join("              <p style=\"margin:0 0 8px 0\">%s</p>" % f for f in footer_paras)
    heading_html = ""
    if heading:
        heading_html = """           <tr>
            <td style="font-size:15px; font-weight:bold; color:#C40000; padding-top:14px; padding-bottom:6px; border-top:2px solid #D5DBDB">%s</td>
           </tr>""" % esc(heading)
    return """<!DOCTYPE html>
<html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <title>%(title)s</title>
  <style>
%(css)s  </style>
 </head>
 <body style="margin:0; padding:0; background-color:#fafafa">
  <table class="emailBody" cellpadding="0" cellspacing="0" align="center" style="width:375px; background-color:#fafafa">
   <tbody>
    <tr>
     <td class="emailBodyTD" style="padding:23px 18px 21px 17px">
      <table class="brandTable" cellpadding="0" cellspacing="0">
       <tbody>
        <tr>
         <td> <a href="%(home)s"><img class="brandImage" src="%(logo)s" alt="Amazon.%(tld)s" width="130" style="width:130px; border:0" /></a> </td>
        </tr>
       </tbody>
      </table>
      <table class="emailContainer" cellpadding="0" cellspacing="0">
       <tbody>
        <tr>
         <td style="padding:25px 23px 33px 23px">
          <table class="greetingTable" cellpadding="0" cellspacing="0">
           <tbody>
            <tr><td>%(greeting)s</td></tr>
           </tbody>
          </table>
          <table class="informationTable" cellpadding="0" cellspacing="0">
           <tbody>
%(paras)s
           </tbody>
          </table>
          <table cellpadding="0" cellspacing="0" style="width:100%%">
           <tbody>
%(order)s
%(heading)s
           </tbody>
          </table>
          <table cellpadding="0" cellspacing="0" style="width:100%%; margin-top:6px">
           <tbody>
%(items)s
           </tbody>
          </table>
          <table cellpadding="0" cellspacing="0" style="width:100%%">
           <tbody>
%(btn)s
           </tbody>
          </table>
         </td>
        </tr>
       </tbody>
      </table>
      <table class="footerTable" cellpadding="0" cellspacing="0" style="width:100%%; margin-top:18px">
       <tbody>
        <tr>
         <td style="padding:0 6px">
%(foot)s
              <p class="legal" style="margin:10px 0 0 0">%(legal)s</p>
         </td>
        </tr>
       </tbody>
      </table>
     </td>
    </tr>
   </tbody>
  </table>
  <img width="1" height="1" src="%(pixel)s" />
 </body>
</html>
""" % {"lang": lang_attr, "title": esc(title), "css": CSS, "home": h["home"], "logo": h["logo"], "tld": tld,
       "greeting": greeting, "paras": ptxt, "order": order_html, "heading": heading_html, "items": items_html,
       "btn": btn, "foot": foot, "legal": legal, "pixel": h["pixel"]}


def rule():
    return "-" * 74


# ---------------------------------------------------------------- language configs

LANG = {
    "it": {
        "tld": "it", "brand": "Amazon.it", "order_label": "Ordine n.", "tz": 1,
        "footer": [
            ("Amazon.it non ti chiederà mai di fornire o verificare la tua password, i dati completi della carta di credito "
             "o le coordinate bancarie tramite e-mail, SMS o telefono.", None),
            ("Se ricevi un'e-mail sospetta che sembra provenire da Amazon, non cliccare sui link e segnalala:",
             ("Segnala un messaggio sospetto", "https://www.amazon.it/gp/help/customer/display.html?nodeId=GQ5RHSAG8SHGMW6G")),
            ("Se il numero della tua carta è cambiato o la data di scadenza è stata aggiornata, modifica il metodo di pagamento in Il mio account:",
             ("I miei pagamenti", "https://www.amazon.it/cpe/yourpayments/wallet")),
            ("Per ulteriori informazioni sugli annullamenti e sui rimborsi visita le pagine Aiuto:",
             ("Aiuto e Servizio Clienti", "https://www.amazon.it/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7")),
        ],
        "legal": ("Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. "
                  "Non rispondere a questo messaggio. © 2024 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati. "
                  "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. "
                  "Amazon Italia Logistica S.r.l., Via Rita Levi Montalcini 2, 29010 Castel San Giovanni (PC)."),
        "names": [("Chiara Bellini", "chiara.bellini@libero.example.it"), ("Marco Ferri", "m.ferri@fastwebnet.example.it"),
                  ("Giulia Russo", "giulia.russo84@gmail.example.com"), ("Davide Conti", "davide.conti@tiscali.example.it"),
                  ("Francesca Gallo", "fra.gallo@alice.example.it"), ("Luca Marino", "luca.marino@virgilio.example.it")],
    },
    "pl": {
        "tld": "pl", "brand": "Amazon.pl", "order_label": "Zamówienie nr", "tz": 1,
        "footer": [
            ("Amazon.pl nigdy nie poprosi Cię o podanie lub potwierdzenie hasła, pełnego numeru karty ani danych bankowych "
             "w wiadomości e-mail, SMS-ie ani przez telefon.", None),
            ("Jeśli otrzymasz podejrzaną wiadomość, która wygląda na wysłaną przez Amazon, nie klikaj w linki i zgłoś ją:",
             ("Zgłoś podejrzaną wiadomość", "https://www.amazon.pl/gp/help/customer/display.html?nodeId=GQ5RHSAG8SHGMW6G")),
            ("Jeśli numer Twojej karty lub data ważności uległy zmianie, zaktualizuj metodę płatności w sekcji Twoje konto:",
             ("Twoje płatności", "https://www.amazon.pl/cpe/yourpayments/wallet")),
            ("Więcej informacji o anulowaniu zamówień i zwrotach środków znajdziesz w Pomocy:",
             ("Pomoc i Obsługa Klienta", "https://www.amazon.pl/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7")),
        ],
        "legal": ("Ta wiadomość została wysłana z adresu służącego wyłącznie do powiadomień, który nie przyjmuje poczty przychodzącej. "
                  "Prosimy na nią nie odpowiadać. © 2024 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. "
                  "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg."),
        "names": [("Katarzyna Nowak", "k.nowak@onet.example.pl"), ("Piotr Wiśniewski", "piotr.wisniewski@wp.example.pl"),
                  ("Agnieszka Kowalczyk", "aga.kowalczyk@gmail.example.com"), ("Tomasz Zieliński", "tomek.zielinski@o2.example.pl"),
                  ("Magdalena Lewandowska", "m.lewandowska@interia.example.pl"), ("Paweł Kamiński", "pawel.kaminski@poczta.example.pl")],
    },
    "sv": {
        "tld": "se", "brand": "Amazon.se", "order_label": "Beställning nr", "tz": 1,
        "footer": [
            ("Amazon.se kommer aldrig att be dig uppge eller bekräfta ditt lösenord, fullständiga kortnummer eller bankuppgifter "
             "via e-post, sms eller telefon.", None),
            ("Om du får ett misstänkt e-postmeddelande som ser ut att komma från Amazon ska du inte klicka på länkarna. Rapportera det här:",
             ("Rapportera misstänkt e-post", "https://www.amazon.se/gp/help/customer/display.html?nodeId=GQ5RHSAG8SHGMW6G")),
            ("Om ditt kortnummer eller utgångsdatum har ändrats kan du uppdatera betalningsmetoden under Ditt konto:",
             ("Dina betalningar", "https://www.amazon.se/cpe/yourpayments/wallet")),
            ("Läs mer om avbokningar och återbetalningar i Hjälp:",
             ("Hjälp och kundservice", "https://www.amazon.se/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7")),
        ],
        "legal": ("Detta e-postmeddelande skickades från en adress som endast används för aviseringar och som inte kan ta emot e-post. "
                  "Svara inte på detta meddelande. © 2024 Amazon.com, Inc. eller dess dotterbolag. Med ensamrätt. "
                  "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg."),
        "names": [("Anna Lindqvist", "anna.lindqvist@telia.example.se"), ("Erik Johansson", "erik.j@bredband.example.se"),
                  ("Sara Bergström", "sara.bergstrom@gmail.example.com"), ("Johan Nilsson", "johan.nilsson@comhem.example.se"),
                  ("Elin Karlsson", "elin.karlsson@hotmail.example.se"), ("Oskar Andersson", "oskar.andersson@outlook.example.com")],
    },
}

CUR = {"it": lambda v: ("EUR %.2f" % v).replace(".", ","),
       "pl": lambda v: ("%.2f zł" % v).replace(".", ","),
       "sv": lambda v: ("%.2f kr" % v).replace(".", ",")}


def recipient(lang, i):
    n, a = LANG[lang]["names"][i % len(LANG[lang]["names"])]
    return n, a


def make_amazon(lang, style, auth, local, subject, greeting, paras, order=None, items=(), heading=None,
                button=None, charset="utf-8", cte="qp", text_cte=None, display=None, sender_domain=None,
                hrefs=None, footer=None, legal=None, trace=None, reply_to="default", rcpt=0, extra_text="",
                extra_headers=None, plain_links=None, year=2024):
    """Build a message dict in the layout of Amazon's transactional mails.
    style: 'alt' (multipart/alternative), 'html' (HTML only), 'plain' (text only)."""
    L = LANG[lang]
    tld = L["tld"]
    dom = sender_domain or ("amazon." + tld)
    d = when(year)
    name, rcpt_addr = recipient(lang, rcpt)
    footer = L["footer"] if footer is None else footer
    legal = L["legal"] if legal is None else legal
    # plain text
    t = ["Amazon." + tld, rule(), "", greeting, ""]
    for p in paras:
        t.append(p)
        t.append("")
    if order:
        t.append("%s %s" % (L["order_label"], order))
        t.append((plain_links or {}).get("order", "https://www.amazon.%s/gp/your-account/order-details?orderID=%s" % (tld, order)))
        t.append("")
    if heading:
        t.append(heading)
        t.append("=" * len(heading))
    for nm, q, pr in items:
        t.append("%s" % nm)
        t.append("  %s" % q)
        t.append("  %s" % pr)
        t.append("")
    if button:
        t.append("%s: %s" % (button[0], (plain_links or {}).get("button", button[1])))
        t.append("")
    if extra_text:
        t.append(extra_text)
        t.append("")
    t.append(rule())
    for ftxt, link in footer:
        t.append(ftxt if not link else "%s %s: %s" % (ftxt, link[0], link[1]))
        t.append("")
    t.append(legal)
    text = "\n".join(t) + "\n"
    fhtml = []
    for ftxt, link in footer:
        if link:
            fhtml.append("%s <a href=\"%s\">%s</a>" % (esc(ftxt), link[1], esc(link[0])))
        else:
            fhtml.append(esc(ftxt))
    html = amazon_html(tld, lang, subject, esc(greeting), [esc(p) for p in paras], order, items, L["order_label"],
                       button, fhtml, esc(legal), hrefs=hrefs, heading=heading)
    m = {"from": addr(display or L["brand"], "%s@%s" % (local, dom), charset),
         "to": addr(name, rcpt_addr, charset),
         "subject": subject, "date": fmt_date(d, 0), "msgid": ses_msgid(),
         "charset": charset, "cte": cte, "text_cte": text_cte or cte,
         "trace": trace if trace is not None else amazon_trace(lang, tld, d, auth, rcpt_addr),
         "extra": [("X-AMAZON-MAIL-RELAY-TYPE", "notification"), ("Bounces-to", "%s@bounces.amazon.%s" % (d.strftime("%Y%m%d%H%M%S") + hexid(10), tld)),
                   ("X-AMAZON-METADATA", "CA=C%s-CU=A%s" % (hexid(12).upper(), hexid(12).upper())),
                   ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % hexid(40))] + (extra_headers or [])}
    if reply_to == "default":
        m["reply_to"] = "no-reply@amazon." + tld
    elif reply_to:
        m["reply_to"] = reply_to
    if style == "alt":
        m["text"], m["html"] = text, html
    elif style == "html":
        m["html"] = html
    else:
        m["text"] = text
    return m


def simple(lang, from_, subject, text=None, html=None, charset="utf-8", cte="8bit", trace=None, reply_to=None,
           rcpt=0, msgid_domain="mail.example.com", extra=None, attachments=None, year=2024, to=None, subject_charset=None):
    d = when(year)
    name, rcpt_addr = recipient(lang, rcpt)
    m = {"from": from_, "to": to or addr(name, rcpt_addr, charset if charset != "us-ascii" else "utf-8"), "subject": subject,
         "date": fmt_date(d, LANG[lang]["tz"]), "msgid": plain_msgid(msgid_domain), "charset": charset, "cte": cte,
         "text": text, "html": html, "trace": trace or [], "extra": extra or [], "attachments": attachments}
    if subject_charset:
        m["subject_charset"] = subject_charset
    if reply_to:
        m["reply_to"] = reply_to
    return m, d


def lab(kind, lang, cause, states_reason, market, note):
    return {"kind": kind, "language": lang, "cause": cause, "states_reason": states_reason,
            "marketplace": market, "note": note}


# ================================================================ ITALIAN (amazon.it)

def it_mails():
    out = []
    L = "it"
    # ---------------- genuine notices
    o = order_no(("402", "403", "405"))
    out.append((lab("notice", L, "inventory_shortage", True, "amazon.it", "item no longer available from supplier; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "order-update", "Il tuo ordine Amazon.it #%s è stato annullato" % o,
            "Gentile Chiara Bellini,",
            ["ci dispiace informarti che abbiamo dovuto annullare il tuo ordine #%s perché l'articolo indicato di seguito "
             "non è più disponibile presso il nostro fornitore e non siamo in grado di procurarlo entro un tempo ragionevole." % o,
             "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo estratto conto compare una "
             "pre-autorizzazione, verrà rimossa automaticamente entro pochi giorni lavorativi, secondo i tempi della tua banca.",
             "Puoi controllare se l'articolo torna disponibile dalla pagina del prodotto oppure cercare offerte di altri venditori."],
            order=o, items=[("De'Longhi Dedica Style EC685.M Macchina da caffè espresso, Metallo", "Quantità: 1", "EUR 169,90")],
            heading="Articoli annullati", button=("Cerca articoli simili", "https://www.amazon.it/s?k=macchina+caffe+espresso&ref_=pe_ord_cancel_sim"),
            rcpt=0)))
    o = order_no(("402", "404", "408"))
    out.append((lab("notice", L, "payment_issue", True, "amazon.it", "payment revision not made in time, card declined; plain text; no auth header"),
        make_amazon(L, "plain", False, "payments-messages", "Il tuo ordine Amazon.it #%s è stato annullato" % o,
            "Gentile Marco Ferri,",
            ["ti abbiamo scritto il 12 novembre per informarti che non è stato possibile autorizzare il pagamento con la "
             "carta Visa che termina con 4417 per il tuo ordine #%s." % o,
             "Poiché non abbiamo ricevuto una revisione del metodo di pagamento entro il termine indicato, l'ordine è stato "
             "annullato. Non ti è stato addebitato alcun importo.",
             "Se desideri ancora ricevere questi articoli, effettua un nuovo ordine su Amazon.it. Prima di farlo, verifica "
             "che i dati della carta (numero, data di scadenza e indirizzo di fatturazione) siano aggiornati in Il mio account."],
            order=o, heading="Articoli annullati",
            items=[("Lavazza Caffè in Grani Qualità Rossa, 1 kg (confezione da 2)", "Quantità: 1", "EUR 27,48"),
                   ("Brita Caraffa filtrante Marella XL 3,5 L, bianca", "Quantità: 1", "EUR 24,90")],
            rcpt=1)))
    o = order_no(("403", "405", "171"))
    out.append((lab("notice", L, "technical_issue", True, "amazon.it", "pricing error on product page; HTML only base64; auth pass"),
        make_amazon(L, "html", True, "order-update", "Articolo annullato dal tuo ordine Amazon.it #%s" % o,
            "Gentile Davide Conti,",
            ["ti scriviamo in merito al tuo ordine #%s. L'articolo indicato di seguito era in vendita a un prezzo errato "
             "a causa di un errore nella pagina del prodotto." % o,
             "Per questo motivo abbiamo annullato l'articolo. Gli altri articoli dell'ordine, se presenti, non sono "
             "interessati e verranno spediti come previsto.",
             "Per l'articolo annullato non ti è stato addebitato alcun importo. Ci scusiamo per l'inconveniente."],
            order=o, heading="Articoli annullati",
            items=[("Samsung Galaxy Tab S9 FE 10,9\" 128 GB Wi-Fi, Grigio", "Quantità: 1", "EUR 39,99")],
            cte="b64", rcpt=3)))
    o = order_no(("402", "406"))
    out.append((lab("notice", L, "fraud_prevention", True, "amazon.it", "unusual activity, account on hold, order cancelled; plain iso-8859-15 QP; no auth"),
        make_amazon(L, "plain", False, "cs-reply", "Informazioni da Amazon.it",
            "Salve,",
            ["durante un controllo di routine abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per "
             "proteggere il tuo account abbiamo annullato l'ordine #%s e sospeso temporaneamente gli altri ordini in attesa." % o,
             "Per ripristinare l'account, accedi direttamente al sito digitando www.amazon.it nel browser e segui le "
             "istruzioni visualizzate in Il mio account. Potrebbe esserti chiesto di confermare il metodo di pagamento "
             "o di caricare un documento tramite il sito. Non inviare dati personali rispondendo a questa e-mail.",
             "Per l'ordine annullato non è stato effettuato alcun addebito."],
            order=o, items=[("Apple iPhone 15 (128 GB) - Nero", "Quantità: 2", "EUR 1.578,00")],
            charset="iso-8859-15", cte="qp", rcpt=4, reply_to=None)))
    o = order_no(("402", "403", "407"))
    title = "Apple AirTag, confezione da 4"
    out.append((lab("notice", L, "customer_request", True, "amazon.it", "cancelled at customer's request, Motivo: annullato dal cliente; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "auto-confirm", "Annullamento riuscito di \"%s\" dal tuo ordine Amazon.it #%s" % (title, o),
            "Ciao Giulia,",
            ["come da tua richiesta, abbiamo annullato l'articolo indicato di seguito dal tuo ordine #%s." % o,
             "Motivo dell'annullamento: annullato dal cliente.",
             "Se l'importo era già stato autorizzato sulla tua carta, verrà svincolato; se era già stato addebitato, "
             "riceverai un rimborso sul metodo di pagamento originale.",
             "Speriamo di rivederti presto su Amazon.it."],
            order=o, heading="Articoli annullati", items=[(title, "Quantità: 1", "EUR 109,00")],
            button=("Visualizza o gestisci gli ordini", "https://www.amazon.it/gp/css/order-history?ref_=pe_ord_cancel_yo"),
            rcpt=2)))
    o = order_no(("404", "405"))
    out.append((lab("notice", L, "unknown", False, "amazon.it", "cancellation with no reason given; plain 8bit; no auth"),
        make_amazon(L, "plain", False, "order-update", "Il tuo ordine Amazon.it #%s è stato annullato" % o,
            "Gentile Luca Marino,",
            ["ti informiamo che il tuo ordine #%s è stato annullato." % o,
             "Se ti è già stato addebitato un importo, riceverai il rimborso sul metodo di pagamento originale entro "
             "3-5 giorni lavorativi. Puoi controllare lo stato del rimborso in I miei ordini.",
             "Ci scusiamo per l'inconveniente."],
            order=o, heading="Articoli annullati",
            items=[("Bosch Professional Trapano avvitatore a batteria GSR 18V-55, 2 batterie", "Quantità: 1", "EUR 189,00")],
            cte="8bit", rcpt=5)))

    # ---------------- non-notices
    zo = "1010%010d" % RNG.randrange(10**10)
    ztext = """Ciao Marco,

ci dispiace, ma abbiamo dovuto annullare il tuo ordine n. %s.

L'articolo che hai ordinato non è più disponibile nel nostro magazzino:
  Nike Sportswear Club Fleece - Felpa con cappuccio, taglia M, grigio
  89,95 €

Hai pagato con Amazon Pay: l'importo di 89,95 € verrà riaccreditato sul metodo di
pagamento collegato al tuo account Amazon entro 5 giorni lavorativi. Puoi controllare
lo stato del rimborso anche nel tuo account Amazon, alla voce "Amazon Pay".

Non ti preoccupare: non devi fare nulla.

Il tuo Servizio Clienti Zalando
https://www.zalando.it/faq/

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania
Zalando non ti chiederà mai la password via e-mail.
""" % zo
    zhtml = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://img01.ztat.net/mail/logo/zalando_logo.png" width="140" alt="Zalando"/>
<h2 style="font-size:22px">Il tuo ordine è stato annullato</h2>
<p>Ciao Marco,</p>
<p>ci dispiace, ma abbiamo dovuto annullare il tuo ordine n. <b>%s</b>. L'articolo che hai ordinato non è più disponibile nel nostro magazzino.</p>
<table cellpadding="6"><tr><td>Nike Sportswear Club Fleece - Felpa con cappuccio<br/>Taglia M, grigio</td><td align="right">89,95&nbsp;€</td></tr></table>
<p>Hai pagato con <b>Amazon Pay</b>: l'importo di 89,95&nbsp;€ verrà riaccreditato sul metodo di pagamento collegato al tuo account Amazon entro 5 giorni lavorativi. Puoi controllare lo stato del rimborso anche nel tuo account Amazon, alla voce "Amazon Pay".</p>
<p>Non ti preoccupare: non devi fare nulla.</p>
<p>Il tuo Servizio Clienti Zalando<br/><a href="https://www.zalando.it/faq/">zalando.it/faq</a></p>
<p style="font-size:11px;color:#666">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania. Zalando non ti chiederà mai la password via e-mail.</p>
</td></tr></table></body></html>""" % zo
    m, d = simple(L, addr("Zalando", "info@service-mail.zalando.it"), "Il tuo ordine %s è stato annullato" % zo,
                  text=ztext, html=zhtml, cte="qp", rcpt=1, msgid_domain="service-mail.zalando.it",
                  trace=foreign_trace(L, when(), "mta-17.service-mail.zalando.it", "185.74.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=service-mail.zalando.it; spf=pass smtp.mailfrom=bounce.service-mail.zalando.it; dmarc=pass header.from=service-mail.zalando.it"))
    out.append((lab("non_notice", L, None, False, None, "Zalando order cancellation, paid with Amazon Pay"), m))

    o = order_no(("402",))
    m, d = simple(L, addr("Sara Colombo", "sara.colombo91@gmail.example.com"), "Re: regalo per Paolo",
                  text="""Ciao Fra!

alla fine ho annullato l'ordine su Amazon della bici per Paolo, la consegna era prevista
tra tre settimane e il compleanno è sabato... Mi è già arrivata la mail "annullamento
riuscito", ordine %s se ti serve per il rimborso della tua metà (dovrebbe tornare sulla
carta in qualche giorno).

La prendiamo da Decathlon in via Torino domani pomeriggio? Se ci sei passo a prenderti alle 17.

Un abbraccio,
Sara

Il giorno mar 5 mar 2024 alle ore 21:14 Francesca Gallo <fra.gallo@alice.example.it> ha scritto:
> Allora, la bici è ordinata? Dimmi quanto ti devo!
> Fra
""" % o, cte="8bit", rcpt=4, msgid_domain="mail.gmail.com")
    m["msgid"] = "<CA+%s%s@mail.gmail.com>" % (hexid(20), hexid(12))
    out.append((lab("non_notice", L, None, False, None, "friend says she cancelled her Amazon order (quotes an order number)"), m))

    ntext = """SICUREZZA DIGITALE - Newsletter n. 47

Truffa del mese: il finto annullamento dell'ordine Amazon

In queste settimane molti lettori ci hanno segnalato e-mail con oggetto
"Il tuo ordine Amazon.it #402-8810293-1182735 è stato annullato - verifica il pagamento".
Il messaggio sostiene che il pagamento non è andato a buon fine e invita a "confermare i
dati della carta" tramite un link. Il link non porta ad amazon.it ma a un dominio come
amazon-it-ordini.com.

Come riconoscerla:
- Amazon non chiede mai la password o il numero completo della carta via e-mail.
- Controlla il mittente reale e passa il mouse sui link prima di cliccare.
- In caso di dubbio apri l'app o digita amazon.it nel browser e controlla "I miei ordini".
- Le e-mail sospette si possono inoltrare a stop-spoofing@amazon.com.

Anche gli ordini annullati davvero compaiono sempre nella cronologia ordini del tuo account.

Alla prossima settimana,
la redazione di Sicurezza Digitale

Ricevi questa newsletter perché ti sei iscritto su sicurezzadigitale.example.it.
Disiscriviti: https://sicurezzadigitale.example.it/unsubscribe?u=%s
""" % hexid(16)
    nhtml = "<html><body style=\"font-family:Georgia,serif;max-width:640px;margin:auto\">" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br/>\n") for p in ntext.split("\n\n")) + "</body></html>"
    m, d = simple(L, addr("Sicurezza Digitale", "newsletter@sicurezzadigitale.example.it"),
                  "Newsletter n. 47 – Truffa del mese: \"Il tuo ordine Amazon.it è stato annullato\"",
                  text=ntext, html=nhtml, cte="qp", rcpt=3, msgid_domain="sicurezzadigitale.example.it",
                  extra=[("List-Unsubscribe", "<https://sicurezzadigitale.example.it/unsubscribe>"), ("Precedence", "bulk")])
    out.append((lab("non_notice", L, None, False, None, "security newsletter quoting a fake cancellation subject"), m))

    o = order_no(("402", "405"))
    out.append((lab("non_notice", L, None, False, None, "delivery time slot cancelled, order itself still active; auth pass"),
        make_amazon(L, "alt", True, "shipment-tracking", "La fascia oraria di consegna per il tuo ordine #%s è stata annullata" % o,
            "Gentile Chiara Bellini,",
            ["la fascia oraria di consegna che avevi scelto (giovedì 14 marzo, 14:00–18:00) è stata annullata perché il "
             "corriere per i prodotti voluminosi non può garantire l'appuntamento in quella data.",
             "Il tuo ordine #%s non è stato annullato: l'articolo è pronto per la spedizione. Scegli una nuova fascia "
             "oraria entro 5 giorni usando il pulsante qui sotto." % o],
            order=o, items=[("Samsung WW90T534DAW Lavatrice 9 kg, Classe A", "Quantità: 1", "EUR 449,00")],
            button=("Scegli una nuova fascia oraria", "https://www.amazon.it/gp/your-account/ship-track?orderId=%s&ref_=pe_slot_resched" % o),
            rcpt=0)))

    atext = """Ciao Davide,

ti confermiamo che il tuo abbonamento Audible Premium Plus è stato annullato come
richiesto. Il piano resterà attivo fino al 28 aprile 2024; dopo questa data non ti
verrà più addebitata la quota mensile di 9,99 € sul metodo di pagamento del tuo account Amazon.

Tutti gli audiolibri che hai acquistato con i crediti restano nella tua libreria e
potrai ascoltarli quando vuoi. I crediti non utilizzati scadranno alla chiusura
dell'abbonamento: usali prima del 28 aprile.

Se cambi idea, puoi riattivare l'abbonamento in qualsiasi momento da
https://www.audible.it/account/overview

Il team Audible

Audible GmbH, Schumannstraße 6, 10117 Berlino. Un'azienda del gruppo Amazon.
"""
    m, d = simple(L, addr("Audible", "donotreply@audible.it"), "Conferma di annullamento del tuo abbonamento Audible",
                  text=atext, cte="b64", rcpt=3, msgid_domain="audible.it",
                  trace=foreign_trace(L, when(), "a7-22.smtp-out.eu-west-1.amazonses.com", "54.240.7.22",
                                      "dkim=pass header.d=audible.it; spf=pass smtp.mailfrom=audible.it; dmarc=pass header.from=audible.it"))
    out.append((lab("non_notice", L, None, False, None, "Audible subscription cancelled"), m))

    o = order_no(("403", "406"))
    out.append((lab("non_notice", L, None, False, None, "genuine payment reminder: update payment or order will be cancelled (not yet cancelled); auth pass"),
        make_amazon(L, "alt", True, "payments-messages", "Azione richiesta: aggiorna il metodo di pagamento per il tuo ordine Amazon.it #%s" % o,
            "Gentile Marco Ferri,",
            ["non è stato possibile autorizzare la carta Mastercard che termina con 0932 per il tuo ordine #%s." % o,
             "Per evitare ritardi, aggiorna il metodo di pagamento entro il 22 maggio 2024 dalla pagina I miei ordini. "
             "Se non riceviamo una revisione del pagamento entro tale data, l'ordine verrà annullato.",
             "Il tuo ordine è ancora valido e gli articoli restano riservati fino a quella data."],
            order=o, items=[("Kindle Paperwhite (16 GB) | Ora con schermo da 6,8\"", "Quantità: 1", "EUR 169,99")],
            button=("Aggiorna il metodo di pagamento", "https://www.amazon.it/gp/buy/payselect/handlers/display.html?orderId=%s" % o),
            rcpt=1)))

    # ---------------- lookalikes
    o = order_no(("402",))
    m, d = simple(L, addr("Amazon.it Assistenza", "assistenza.amazonit.ordini@gmail.com"), "Conferma annullamento ordine #%s" % o,
                  text="""Gentile cliente,

Il tuo ordine n. %s (Apple iPhone 15 Pro Max 256GB Titanio Naturale - 1.289,00 €)
è stato annullato su tua richiesta.

Il rimborso di 1.289,00 € verrà elaborato entro 24 ore sul metodo di pagamento registrato.

Se NON hai richiesto tu questo annullamento o non riconosci questo ordine, chiama SUBITO
il nostro Servizio Clienti al numero verde +39 02 8295 1147 (attivo 24 ore su 24)
per bloccare l'operazione e proteggere il tuo conto.

Grazie,
Team Amazon.it
""" % o, cte="8bit", rcpt=2, msgid_domain="mail.gmail.com",
                  trace=foreign_trace(L, when(), "mail-sor-f41.google.com", "209.85.220.41",
                                      "dkim=pass header.i=@gmail.com header.s=20230601; spf=pass smtp.mailfrom=gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"))
    out.append((lab("lookalike", L, "customer_request", True, None, "callback phone number, gmail sender"), m))

    o = order_no(("405",))
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<div style="max-width:560px;margin:20px auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<img src="https://amazon-orders.help/static/img/amazon_logo.png" width="120" alt="amazon.it"/>
<h3 style="color:#c40000">Il tuo account è stato sospeso</h3>
<p>Gentile cliente,</p>
<p>abbiamo rilevato un accesso non autorizzato al tuo account da un nuovo dispositivo (Windows 10, Bucarest, Romania).
Per la tua sicurezza il tuo account è stato <b>sospeso</b> e il tuo ordine in corso <b>#%s</b> è stato <b>annullato</b>.</p>
<p>Per riattivare l'account e ripristinare l'ordine utilizza il seguente codice di verifica:</p>
<p style="font-size:26px;letter-spacing:6px;font-weight:bold;text-align:center">884 219</p>
<p style="text-align:center"><a href="https://amazon-orders.help/it/account/reactivate?c=884219&amp;id=%s" style="background:#ffd814;padding:10px 22px;border-radius:8px;color:#111;text-decoration:none">Riattiva il tuo account</a></p>
<p>Se non riattivi l'account entro <b>48 ore</b>, verrà chiuso definitivamente e il saldo del buono regalo andrà perso.</p>
<p>Grazie,<br/>Il team Sicurezza Account di Amazon</p>
<p style="font-size:11px;color:#888">© 1996-2024, Amazon.com, Inc. o società affiliate.</p>
</div></body></html>""" % (o, hexid(24))
    m, d = simple(L, addr("\u0410mazon.it", "no-reply@amazon-orders.help"), "Il tuo account è stato sospeso – ordine #%s annullato" % o,
                  html=html, cte="b64", rcpt=5, msgid_domain="amazon-orders.help",
                  trace=foreign_trace(L, when(), "vps-2281.contabo-host.example", "45.88.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=none; spf=softfail smtp.mailfrom=amazon-orders.help; dmarc=none header.from=amazon-orders.help"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "account suspended + order cancelled, use code; Cyrillic A in display name; look-alike domain"), m))

    m, d = simple(L, addr("Servizio Clienti Amazon", "amazon.rimborsi2024@outlook.it"), "Ordine annullato - pagamento non riuscito",
                  text="""Salve cliente amazon,

il pagamento del suo ordine non è andato a buon fine e l ordine è stato annullato
automaticamente dal sistema.
Per ricevere il rimborso e riattivare l ordine risponda a questa email con i seguenti dati:

Nome e cognome:
Numero carta:
Scadenza:
CVV:
Data di nascita:

Entro 24 ore altrimenti il rimborso verrà perso.

Cordiali Saluti
Amazon Servizio Clienti Italia
""", charset="iso-8859-1", cte="qp", rcpt=1, msgid_domain="outlook.com",
                  trace=foreign_trace(L, when(), "EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=outlook.it; spf=pass smtp.mailfrom=outlook.it; dmarc=pass header.from=outlook.it"))
    out.append((lab("lookalike", L, "payment_issue", True, None, "crude: reply with card details, outlook sender, no order number"), m))

    o = order_no(("403",))
    evil = "http://amazon.it.ordini-verifica.top/ap/signin?openid.return_to=%s&session=%s" % (o, hexid(20))
    m = make_amazon(L, "alt", False, "order-update", "Azione richiesta: il tuo ordine Amazon.it #%s verrà annullato" % o,
            "Gentile cliente,",
            ["non siamo riusciti ad autorizzare il pagamento per il tuo ordine #%s: la tua banca ha rifiutato la transazione." % o,
             "Per evitare l'annullamento dell'ordine, aggiorna le informazioni di pagamento entro 24 ore. Trascorso questo "
             "termine l'ordine verrà annullato automaticamente e gli articoli non saranno più riservati.",
             "Accedi al tuo account dal link seguente e conferma i dati della carta:"],
            order=o, items=[("Dyson V15 Detect Absolute Aspirapolvere senza filo", "Quantità: 1", "EUR 699,00")],
            button=("https://www.amazon.it/gp/css/order-history", evil), sender_domain="amazon.it.ordini-verifica.top",
            hrefs={"home": evil, "order": evil, "item": evil}, plain_links={"order": evil, "button": evil}, rcpt=0,
            reply_to="support@ordini-verifica.top",
            trace=foreign_trace(L, when(), "mail.ordini-verifica.top", "193.42.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                "dkim=pass header.d=amazon.it.ordini-verifica.top; spf=pass smtp.mailfrom=amazon.it.ordini-verifica.top; dmarc=pass header.from=amazon.it.ordini-verifica.top"))
    m["msgid"] = plain_msgid("ordini-verifica.top")
    m["extra"] = []
    out.append((lab("lookalike", L, "payment_issue", True, None, "polished clone; link text shows amazon.it, href to amazon.it.ordini-verifica.top; 'will be cancelled' within 24h"), m))

    text = """Gentile cliente Amazon,

purtroppo l'articolo del tuo ordine #40-2771-99814 risulta ESAURITO presso il venditore
e il tuo ordine è stato annullato.

Per ricevere il rimborso di 249,99 EUR compila il modulo di rimborso entro 3 giorni:
https://rimborso-amazon-it.web.app/modulo?ref=%s

Ci scusiamo per il disagio.
Servizio Rimborsi Amazon
""" % hexid(10)
    html = "<html><body><p>Gentile cliente Amazon,</p><p>purtroppo l'articolo del tuo ordine <b>#40-2771-99814</b> risulta <b>ESAURITO</b> presso il venditore e il tuo ordine è stato annullato.</p><p>Per ricevere il rimborso di <b>249,99 EUR</b> compila il modulo di rimborso entro 3 giorni:</p><p><a href=\"https://rimborso-amazon-it.web.app/modulo?ref=%s\">Richiedi il rimborso</a></p><p>Ci scusiamo per il disagio.<br>Servizio Rimborsi Amazon</p></body></html>" % hexid(10)
    m, d = simple(L, addr("Amaz\u03bfn.it Rimborsi", "amazon.servizio.rimborsi@yahoo.com"), "Articolo esaurito: ordine annullato e rimborso in attesa",
                  text=text, html=html, cte="b64", rcpt=3, msgid_domain="mail.yahoo.com",
                  trace=foreign_trace(L, when(), "sonic309-21.consmr.mail.ir2.yahoo.com", "77.238.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass (p=REJECT) header.from=yahoo.com"))
    out.append((lab("lookalike", L, "inventory_shortage", True, None, "Greek omicron in display name, yahoo sender, malformed order number, refund form"), m))

    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="100%%" style="background:#232f3e"><tr><td style="padding:10px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.it</span></td></tr></table>
<p>Gentile Cliente,</p>
<p>a causa di un <b>errore tecnico</b> nel nostro sistema di elaborazione degli ordini, il tuo ordine n. <b>171-88213-0092</b> è stato annullato.</p>
<p>Per ripristinare l'ordine al prezzo originale e mantenere la data di consegna prevista, conferma i tuoi dati di accesso e di pagamento:</p>
<p><a href="http://amaz0n-it.com/ripristina-ordine?id=%s">Ripristina il mio ordine</a></p>
<p>Se non confermi entro 12 ore l'ordine non potrà essere recuperato.</p>
<p>Cordiali saluti,<br/>Servizio Clienti Amazon.it</p>
<p style="font-size:10px;color:#777">Questa e-mail è stata inviata da un indirizzo di sola notifica. Amazon non ti chiederà mai la password.</p>
</body></html>""" % hexid(16)
    m, d = simple(L, addr("Amazon", "ordini@amaz0n-it.com"), "Errore di sistema: il tuo ordine è stato annullato",
                  html=html, cte="qp", rcpt=4, msgid_domain="amaz0n-it.com",
                  trace=foreign_trace(L, when(), "amaz0n-it.com", "91.215.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=amaz0n-it.com; spf=pass smtp.mailfrom=amaz0n-it.com; dmarc=pass header.from=amaz0n-it.com"))
    out.append((lab("lookalike", L, "technical_issue", True, None, "amaz0n look-alike domain, system error, malformed order number, HTML only"), m))

    m, d = simple(L, addr("AMAZON", "info@promo-shop24.eu"), "ORDINE ANNULLATO !!!",
                  text="""Gentile Cliente,

Il tuo ordine è stato cancellato.

Clicca qui per maggiori informazioni: http://bit.ly/3xAmzIt

Amazon
""", cte="8bit", rcpt=5, msgid_domain="promo-shop24.eu")
    out.append((lab("lookalike", L, "unknown", False, None, "crude, no order number, no reason, shortened link"), m))

    o = order_no(("402",))
    form = """<html><body><h2>Amazon.it - Verifica dell'account</h2>
<form action="https://verifica-cliente.example-host.ru/it/post.php" method="post">
Nome: <input name="n"><br>E-mail: <input name="e"><br>Password: <input name="p" type="password"><br>
Numero carta: <input name="cc"><br>Scadenza: <input name="ex"><br>CVV: <input name="cv"><br>
<input type="submit" value="Verifica"></form></body></html>"""
    m, d = simple(L, addr("Amazon.it", "order-update@amazon.it"), "Il tuo ordine #%s è stato sospeso per verifica dell'identità" % o,
                  text="""Gentile cliente,

il tuo ordine #%s è stato sospeso dal nostro sistema antifrode per una verifica
dell'identità del titolare della carta.

L'ordine verrà annullato se non completi la verifica entro 48 ore. Apri il modulo
allegato (Verifica_Account_Amazon.html), compila i dati richiesti e premi "Verifica".

Grazie per la collaborazione.
Amazon.it
""" % o, cte="qp", rcpt=2, reply_to="amazon.verifica.it@gmail.com", msgid_domain="hostkey-mail.example",
                  attachments=[("Verifica_Account_Amazon.html", "text/html", form)],
                  trace=foreign_trace(L, when(), "smtp.hostkey-mail.example", "5.182.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=none (message not signed); spf=fail (domain of amazon.it does not designate 5.182.0.0 as permitted sender) smtp.mailfrom=amazon.it; dmarc=fail (p=QUARANTINE) header.from=amazon.it"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "spoofed amazon.it From with spf/dmarc fail, gmail Reply-To, HTML form attachment, 'will be cancelled' in 48h"), m))
    return out


# ================================================================ POLISH (amazon.pl)

def pl_mails():
    out = []
    L = "pl"
    # ---------------- genuine notices
    o = order_no(("402", "403", "406"))
    out.append((lab("notice", L, "inventory_shortage", True, "amazon.pl", "pre-order cannot be filled, publisher supply; plain QP; auth pass"),
        make_amazon(L, "plain", True, "order-update", "Twoje zamówienie w Amazon.pl nr %s zostało anulowane" % o,
            "Dzień dobry,",
            ["z przykrością informujemy, że musieliśmy anulować Twoje zamówienie przedpremierowe nr %s. Wydawca "
             "poinformował nas, że nie dostarczy wystarczającej liczby egzemplarzy, dlatego nie możemy zrealizować "
             "Twojej przedsprzedaży." % o,
             "Za anulowany produkt nie pobrano żadnej opłaty. Jeśli na wyciągu widnieje blokada środków, zostanie ona "
             "automatycznie zdjęta w ciągu kilku dni roboczych.",
             "Przepraszamy za niedogodności."],
            order=o, heading="Anulowane produkty",
            items=[("Andrzej Sapkowski – Rozdroże kruków. Wydanie kolekcjonerskie (twarda oprawa)", "Ilość: 1", "79,90 zł")],
            rcpt=0)))
    o = order_no(("403", "405", "408"))
    out.append((lab("notice", L, "payment_issue", True, "amazon.pl", "expired card + insufficient gift card balance, not updated in time; HTML+text; no auth"),
        make_amazon(L, "alt", False, "payments-update", "Twoje zamówienie w Amazon.pl nr %s zostało anulowane" % o,
            "Dzień dobry Piotr,",
            ["nie mogliśmy obciążyć Twojej karty Mastercard kończącej się cyframi 2209, ponieważ straciła ona ważność, "
             "a saldo karty podarunkowej Amazon.pl nie wystarczyło na pokrycie całej kwoty zamówienia nr %s." % o,
             "Ponieważ w ciągu 7 dni nie zaktualizowano metody płatności, zamówienie zostało anulowane. Nie pobraliśmy "
             "żadnej opłaty, a saldo karty podarunkowej pozostało bez zmian.",
             "Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie. Wcześniej sprawdź, czy dane karty są aktualne "
             "w sekcji Twoje konto."],
            order=o, heading="Anulowane produkty",
            items=[("LEGO Technic 42141 McLaren Formula 1", "Ilość: 1", "649,99 zł"),
                   ("Philips Sonicare ProtectiveClean 4300 HX6800/35", "Ilość: 1", "229,00 zł")],
            rcpt=1)))
    o = order_no(("402", "404"))
    out.append((lab("notice", L, "technical_issue", True, "amazon.pl", "system processing error; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "order-update", "Produkt został anulowany z Twojego zamówienia w Amazon.pl nr %s" % o,
            "Dzień dobry Tomasz,",
            ["z powodu błędu technicznego w naszym systemie przetwarzania zamówień Twoje zamówienie nr %s nie mogło "
             "zostać prawidłowo zrealizowane, dlatego anulowaliśmy poniższy produkt." % o,
             "Nie pobraliśmy opłaty za anulowany produkt. Pozostałe produkty z zamówienia zostaną wysłane zgodnie "
             "z planem.",
             "Produkt jest nadal dostępny w sklepie – jeśli chcesz, możesz złożyć nowe zamówienie. Przepraszamy za kłopot."],
            order=o, heading="Anulowane produkty",
            items=[("Xiaomi Redmi Note 13 Pro 5G 8/256 GB, czarny", "Ilość: 1", "1 299,00 zł")],
            button=("Zobacz produkt", "https://www.amazon.pl/dp/B0CQ%s?ref_=pe_ord_cancel_pdp" % hexid(6).upper()),
            rcpt=3)))
    o = order_no(("405", "407"))
    out.append((lab("notice", L, "fraud_prevention", True, "amazon.pl", "order held for security review, payment verification failed; HTML only base64; no auth"),
        make_amazon(L, "html", False, "cs-reply", "Twoje zamówienie w Amazon.pl nr %s zostało anulowane" % o,
            "Dzień dobry,",
            ["w ramach naszych standardowych procedur bezpieczeństwa Twoje zamówienie nr %s zostało wstrzymane do "
             "weryfikacji. Ponieważ nie udało nam się potwierdzić danych płatności posiadacza konta, anulowaliśmy to "
             "zamówienie, a konto zostało tymczasowo zablokowane." % o,
             "Aby odblokować konto, zaloguj się bezpośrednio na stronie www.amazon.pl (wpisując adres w przeglądarce) "
             "i postępuj zgodnie z instrukcjami. Nie wysyłaj danych karty w odpowiedzi na tę wiadomość.",
             "Za anulowane zamówienie nie pobrano żadnej opłaty."],
            order=o, items=[("Karta podarunkowa Amazon.pl – e-mail – 500 zł", "Ilość: 4", "2 000,00 zł")],
            cte="b64", rcpt=4, reply_to=None)))
    o = order_no(("402", "403"))
    title = "JBL Tune 520BT Słuchawki bezprzewodowe, niebieskie"
    out.append((lab("notice", L, "customer_request", True, "amazon.pl", "customer cancelled; Powód: anulowane przez klienta; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "auto-confirm", "Pomyślnie anulowano \"%s\" z Twojego zamówienia w Amazon.pl nr %s" % (title[:40] + "...", o),
            "Dzień dobry Agnieszka,",
            ["zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
             "Powód anulowania: anulowane przez klienta.",
             "Jeśli kwota została już pobrana, zwrot trafi na pierwotną metodę płatności. Blokady środków na karcie "
             "zostaną zwolnione automatycznie."],
            order=o, heading="Anulowane produkty", items=[(title, "Ilość: 1", "159,00 zł")],
            button=("Twoje zamówienia", "https://www.amazon.pl/gp/css/order-history?ref_=pe_ord_cancel_yo"),
            rcpt=2)))
    o = order_no(("404", "406"))
    out.append((lab("notice", L, "unknown", True, "amazon.pl", "address undeliverable, parcel returned; plain iso-8859-2 8bit; no auth"),
        make_amazon(L, "plain", False, "order-update", "Twoje zamówienie w Amazon.pl nr %s zostało anulowane" % o,
            "Dzień dobry Magdalena,",
            ["nie udało nam się dostarczyć przesyłki z zamówienia nr %s, ponieważ podany adres jest niepełny (brak "
             "numeru mieszkania), a przewoźnik zwrócił paczkę do nadawcy. W związku z tym zamówienie zostało anulowane." % o,
             "Zwrot środków zostanie zlecony na pierwotną metodę płatności w ciągu 3–5 dni roboczych od przyjęcia "
             "zwrotu w naszym centrum logistycznym.",
             "Prosimy o sprawdzenie adresu dostawy w sekcji Twoje konto przed złożeniem kolejnego zamówienia."],
            order=o, heading="Anulowane produkty",
            items=[("Tefal Ingenio Easy On Zestaw garnków 10 el.", "Ilość: 1", "349,99 zł")],
            charset="iso-8859-2", cte="8bit", rcpt=4)))

    # ---------------- non-notices
    eo = "%02d-%05d-%05d" % (RNG.randrange(10, 27), RNG.randrange(10**5), RNG.randrange(10**5))
    etext = """Cześć Paweł,

sprzedawca anulował Twoje zamówienie.

Przedmiot: Filtr do oczyszczacza powietrza Xiaomi Mi Air Purifier 3H (HEPA), 2 szt.
Numer zamówienia: %s
Sprzedawca: techczesci_pl
Powód: brak towaru

Wiadomość od sprzedawcy:
"Przepraszamy, towar sprzedał nam się równocześnie na Amazonie i Allegro, magazyn
nie zdążył się zaktualizować. Nowa dostawa za ok. 3 tygodnie."

Zwrot 119,98 zł zostanie przekazany na Twoją metodę płatności w ciągu 3 dni roboczych.
Szczegóły znajdziesz w zakładce Historia zakupów.

eBay nigdy nie poprosi Cię o hasło w wiadomości e-mail.
eBay GmbH, Albert-Einstein-Ring 2-6, 14532 Kleinmachnow, Niemcy
""" % eo
    m, d = simple(L, addr("eBay", "ebay@ebay.com"), "Sprzedawca anulował Twoje zamówienie: Filtr do oczyszczacza Xiaomi Mi Air Purifier 3H",
                  text=etext, html="<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in etext.split("\n\n")) + "</body></html>",
                  cte="qp", rcpt=5, msgid_domain="ebay.com",
                  trace=foreign_trace(L, when(), "mxphxpool2010.ebay.com", "66.211.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=ebay.com; spf=pass smtp.mailfrom=ebay.com; dmarc=pass (p=REJECT) header.from=ebay.com"))
    out.append((lab("non_notice", L, None, False, None, "eBay seller cancellation, seller's note mentions Amazon"), m))

    m, d = simple(L, addr("Marek Wójcik", "marek.wojcik@biuro-rachunkowe.example.pl"), "Tonery - zmiana planu",
                  text="""Cześć Kasia,

anulowałem to zamówienie tonerów na Amazonie (HP 59A x4), bo dostawa miała być
dopiero 28.03, a my potrzebujemy ich na zamknięcie kwartału. Dostałem już
potwierdzenie anulowania, pieniądze wrócą na kartę firmową.

Zamówię je dziś w Komputroniku z odbiorem osobistym. Faktura na firmę jak zwykle.

Pozdrawiam,
Marek

--
Marek Wójcik
Biuro Rachunkowe Wójcik i Wspólnicy
tel. 22 615 48 02
""", charset="iso-8859-2", cte="8bit", rcpt=0, msgid_domain="biuro-rachunkowe.example.pl",
                  extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0")])
    out.append((lab("non_notice", L, None, False, None, "colleague says he cancelled the Amazon toner order; iso-8859-2"), m))

    btext = """Bank Przykładowy – Bezpieczeństwo w sieci, marzec 2024

Uwaga na fałszywe e-maile „Twoje zamówienie w Amazon.pl zostało anulowane”

Przestępcy rozsyłają wiadomości z tematem:
  „Twoje zamówienie w Amazon.pl nr 403-5512873-0018824 zostało anulowane – potwierdź płatność”
W treści informują, że płatność kartą nie powiodła się, i proszą o „ponowne
potwierdzenie danych karty” na stronie podobnej do Amazon. Adres strony tylko
przypomina amazon.pl (np. amazon-pl-zamowienia.com).

Jak się chronić:
• Nie klikaj w linki w nieoczekiwanych wiadomościach – wejdź na stronę sklepu samodzielnie.
• Nigdy nie podawaj kodu BLIK, CVV ani hasła do bankowości w odpowiedzi na e-mail.
• Jeśli podałeś dane karty, zastrzeż ją natychmiast w aplikacji lub pod numerem 801 123 456.

Zespół Bezpieczeństwa
Bank Przykładowy S.A.

Otrzymujesz tę wiadomość, ponieważ wyraziłeś zgodę na komunikację elektroniczną.
Wypisz się: https://bankprzykladowy.example.pl/newsletter/wypisz
"""
    m, d = simple(L, addr("Bank Przykładowy", "bezpieczenstwo@bankprzykladowy.example.pl", "iso-8859-2"),
                  "Uwaga na fałszywe wiadomości o anulowaniu zamówień Amazon",
                  text=btext, charset="iso-8859-2", cte="qp", rcpt=1, msgid_domain="bankprzykladowy.example.pl",
                  extra=[("List-Unsubscribe", "<https://bankprzykladowy.example.pl/newsletter/wypisz>"), ("Precedence", "bulk")])
    out.append((lab("non_notice", L, None, False, None, "bank newsletter warning about fake cancellation mails; iso-8859-2 QP"), m))

    o = order_no(("402", "405"))
    out.append((lab("non_notice", L, None, False, None, "delivery appointment (with carry-in) cancelled by carrier, order still active; plain"),
        make_amazon(L, "plain", False, "shipment-tracking", "Termin dostawy Twojego zamówienia nr %s został odwołany" % o,
            "Dzień dobry Katarzyna,",
            ["przewoźnik odwołał umówiony termin dostawy z wniesieniem (wtorek, 9 kwietnia, 8:00–12:00) z powodu "
             "awarii pojazdu.",
             "Twoje zamówienie nr %s nie zostało anulowane. Wybierz nowy termin dostawy – przewoźnik skontaktuje się "
             "z Tobą telefonicznie dzień wcześniej." % o],
            order=o, items=[("Bosch Serie 4 KGN39VWEQ Lodówko-zamrażarka, 203 cm", "Ilość: 1", "2 349,00 zł")],
            button=("Wybierz nowy termin", "https://www.amazon.pl/gp/your-account/ship-track?orderId=%s&ref_=pe_appt_resched" % o),
            rcpt=0)))

    ptext_paras = ["zgodnie z Twoją prośbą anulowaliśmy Twoje członkostwo Amazon Prime. Możesz korzystać z korzyści "
                   "Prime do 17 maja 2024 r. Po tej dacie nie pobierzemy już opłaty 49,00 zł za rok.",
                   "Twoje zamówienia nie są objęte tą zmianą – zamówienia złożone przed 17 maja zostaną dostarczone "
                   "z darmową dostawą Prime.",
                   "Jeśli zmienisz zdanie, możesz wznowić członkostwo jednym kliknięciem."]
    out.append((lab("non_notice", L, None, False, None, "Amazon Prime membership cancelled; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "prime", "Potwierdzenie anulowania członkostwa Amazon Prime", "Dzień dobry Tomasz,",
                    ptext_paras, button=("Wznów członkostwo Prime", "https://www.amazon.pl/gp/primecentral?ref_=pe_prime_cancel_resume"),
                    display="Amazon Prime", rcpt=3)))

    o = order_no(("403", "407"))
    out.append((lab("non_notice", L, None, False, None, "genuine payment reminder, order will be cancelled if not updated; plain; no auth"),
        make_amazon(L, "plain", False, "payments-update", "Wymagane działanie: zaktualizuj metodę płatności dla zamówienia nr %s" % o,
            "Dzień dobry Paweł,",
            ["bank wydający Twoją kartę Visa kończącą się cyframi 7731 odrzucił płatność za zamówienie nr %s." % o,
             "Zaktualizuj metodę płatności do 14 czerwca 2024 r. Jeśli nie otrzymamy aktualnych danych płatności do tego "
             "dnia, zamówienie zostanie anulowane.",
             "Do tego czasu zamówienie pozostaje aktywne, a produkty są dla Ciebie zarezerwowane."],
            order=o, items=[("Kindle Paperwhite (16 GB) – teraz z 6,8-calowym wyświetlaczem", "Ilość: 1", "699,99 zł")],
            button=("Zaktualizuj metodę płatności", "https://www.amazon.pl/gp/buy/payselect/handlers/display.html?orderId=%s" % o),
            rcpt=5)))

    # ---------------- lookalikes
    o = order_no(("402",))
    m, d = simple(L, addr("Amazon.pl Bezpieczeństwo", "amazon.pl.bezpieczenstwo@wp.pl", "iso-8859-2"),
                  "Zamówienie anulowane – podejrzana aktywność na koncie",
                  text="""Szanowny Kliencie,

wykryliśmy podejrzane logowanie do Twojego konta Amazon.pl z urządzenia w Lagos (Nigeria).
Ze względów bezpieczeństwa zamówienie nr %s na kwotę 4 899,00 zł
(Apple MacBook Air 15" M3) zostało anulowane, a konto zablokowane.

Jeśli to nie Ty składałeś zamówienie, NATYCHMIAST zadzwoń do naszego działu
bezpieczeństwa: +48 22 307 41 19 (czynne całą dobę). Konsultant pomoże odblokować
konto i zabezpieczyć Twoje środki.

Zespół Bezpieczeństwa Amazon.pl
""" % o, charset="iso-8859-2", cte="qp", rcpt=2, msgid_domain="wp.pl",
                  trace=foreign_trace(L, when(), "smtpo.poczta.wp.pl", "212.77.101.%d" % RNG.randrange(1, 20),
                                      "dkim=pass header.d=wp.pl; spf=pass smtp.mailfrom=wp.pl; dmarc=pass header.from=wp.pl"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "callback phone number, wp.pl free-mail sender, iso-8859-2"), m))

    o = order_no(("304",))
    html = """<html><body style="font-family:Arial;background:#eaeded">
<table width="580" align="center" style="background:#fff;border:1px solid #ddd"><tr><td style="padding:22px">
<img src="https://amazon-pl.konto-weryfikacja.com/img/logo.png" width="110" alt="amazon.pl"/>
<h2 style="font-weight:normal">Konto zawieszone</h2>
<p>Drogi Kliencie,</p>
<p>Twoje konto Amazon zostało <b>zawieszone</b> z powodu niezgodności danych rozliczeniowych. W związku z tym Twoje zamówienie nr <b>%s</b> zostało <b>anulowane</b>.</p>
<p>Aby przywrócić dostęp do konta, użyj poniższego kodu odblokowania:</p>
<div style="font-size:24px;font-weight:bold;border:2px dashed #ff9900;padding:10px;text-align:center">PL-4471-KX</div>
<p style="text-align:center"><a href="https://amazon-pl.konto-weryfikacja.com/odblokuj?k=PL4471KX">Wprowadź kod</a></p>
<p>Jeżeli nie zrobisz tego w ciągu 24 godzin, konto zostanie trwale usunięte.</p>
<p>Dziękujemy,<br/>Amazon.pl</p>
</td></tr></table></body></html>""" % o
    m, d = simple(L, addr("\u0391mazon.pl", "konto@amazon-pl.konto-weryfikacja.com"), "Twoje konto zostało zawieszone, a zamówienie anulowane",
                  html=html, cte="b64", rcpt=3, msgid_domain="konto-weryfikacja.com",
                  trace=foreign_trace(L, when(), "mail.konto-weryfikacja.com", "185.234.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=konto-weryfikacja.com; spf=pass smtp.mailfrom=konto-weryfikacja.com; dmarc=none header.from=amazon-pl.konto-weryfikacja.com"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "account suspended + order cancelled, unlock code; Greek Alpha in display name; look-alike domain"), m))

    m, d = simple(L, addr("Amazon Polska", "amazon.pl.zwroty@gmail.com"), "ANULOWANIE ZAMOWIENIA",
                  text="""Dzien dobry,

Twoja platnosc zostala odrzucona przez bank i zamowienie zostalo anulowane.
Aby odzyskac pieniadze prosimy odpisac na tego maila i podac:

- imie i nazwisko
- numer karty
- data waznosci
- kod CVV
- numer telefonu

Zwrot zostanie zrobiony w ciagu 24h.

Pozdrawiamy
Obsluga klienta Amazon
""", cte="8bit", rcpt=1, msgid_domain="mail.gmail.com",
                  trace=foreign_trace(L, when(), "mail-wm1-f52.google.com", "209.85.128.52",
                                      "dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com"))
    out.append((lab("lookalike", L, "payment_issue", True, None, "crude, reply with card details, gmail sender, no order number, no diacritics"), m))

    o = order_no(("402",))
    evil = "https://amazon-pl-orders.help/pl/signin?return=order&id=%s&s=%s" % (o, hexid(16))
    m = make_amazon(L, "alt", False, "zamowienia", "Produkt został anulowany z Twojego zamówienia w Amazon.pl nr %s" % o,
            "Dzień dobry,",
            ["z powodu błędu systemu płatności Twoje zamówienie nr %s zostało anulowane." % o,
             "Aby przywrócić zamówienie w pierwotnej cenie, zaloguj się na swoje konto i potwierdź dane karty. Jeżeli "
             "nie zrobisz tego w ciągu 12 godzin, rezerwacja produktu wygaśnie.",
             "Przejdź do swojego zamówienia:"],
            order=o, heading="Anulowane produkty",
            items=[("Samsung Galaxy S24 Ultra 512 GB, Titanium Black", "Ilość: 1", "5 299,00 zł")],
            button=("https://www.amazon.pl/gp/your-account/order-history", evil),
            sender_domain="amazon-pl-orders.help", hrefs={"home": evil, "order": evil, "item": evil},
            plain_links={"order": evil, "button": evil}, rcpt=4, reply_to=None, cte="qp",
            trace=foreign_trace(L, when(), "srv1.amazon-pl-orders.help", "194.26.%d.%d" % (RNG.randrange(256), RNG.randrange(256))))
    m["msgid"] = plain_msgid("amazon-pl-orders.help")
    m["extra"] = []
    out.append((lab("lookalike", L, "technical_issue", True, None, "polished clone of genuine template; link text shows amazon.pl, href to amazon-pl-orders.help; no auth header"), m))

    text = """Szanowny Kliencie,

Niestety produkt z zamówienia nr 304-2231-77812 jest niedostępny u dostawcy,
dlatego Twoje zamówienie zostało anulowane.

Aby otrzymać zwrot 1 249,00 zł, potwierdź swoje dane w formularzu zwrotu:
https://zwrot-amazon.netlify.app/pl/?id=%s

Zespół Amazon
""" % hexid(8)
    html = "<html><body style=\"font-family:Tahoma\"><p>Szanowny Kliencie,</p><p>Niestety produkt z zamówienia nr <b>304-2231-77812</b> jest niedostępny u dostawcy, dlatego Twoje zamówienie zostało anulowane.</p><p>Aby otrzymać zwrot <b>1 249,00 zł</b>, potwierdź swoje dane w formularzu zwrotu:</p><p><a href=\"https://zwrot-amazon.netlify.app/pl/?id=%s\">Formularz zwrotu</a></p><p>Zespół Amazon</p></body></html>" % hexid(8)
    m, d = simple(L, addr("Amaz\u043en.pl", "amazonpl.zwroty@outlook.com"), "Twoje zamówienie zostało anulowane – zwrot środków",
                  text=text, html=html, cte="qp", rcpt=5, msgid_domain="outlook.com",
                  trace=foreign_trace(L, when(), "EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com"))
    out.append((lab("lookalike", L, "inventory_shortage", True, None, "Cyrillic o in display name, outlook sender, malformed order number, refund form"), m))

    html = """<html><body style="font-family:Arial,sans-serif">
<p style="font-size:20px"><b>amazon</b>.pl</p>
<p>Witaj,</p>
<p>Potwierdzamy anulowanie Twojego zamówienia <b>PL-304-88A1-21</b> na Twoją prośbę.</p>
<p>Jeśli to nie Ty anulowałeś zamówienie, kliknij poniższy przycisk, aby je przywrócić i zabezpieczyć konto:</p>
<p><a href="http://amaz0n-pl.com/przywroc?z=%s" style="background:#f0c14b;padding:8px 16px;color:#111;text-decoration:none;border:1px solid #a88734">Nie anulowałem tego zamówienia</a></p>
<p>Pozdrawiamy,<br>Obsługa Klienta Amazon.pl</p>
<p style="font-size:10px;color:#999">Amazon nigdy nie poprosi Cię o hasło. © 2024 Amazon.com, Inc.</p>
</body></html>""" % hexid(12)
    m, d = simple(L, addr("Amazon.pl", "powiadomienia@amaz0n-pl.com"), "Potwierdzenie anulowania zamówienia",
                  html=html, cte="qp", rcpt=0, msgid_domain="amaz0n-pl.com",
                  trace=foreign_trace(L, when(), "amaz0n-pl.com", "89.40.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=none; spf=pass smtp.mailfrom=amaz0n-pl.com; dmarc=none header.from=amaz0n-pl.com"))
    out.append((lab("lookalike", L, "customer_request", True, None, "amaz0n look-alike domain, 'cancelled at your request, not you? click', malformed order number"), m))

    m, d = simple(L, addr("Amazon", "amazon24h@interia.pl"), "Twoje zamowienie zostalo anulowane",
                  text="""Twoje zamówienie zostało anulowane.

Szczegóły w linku: http://tiny.cc/amzpl-info

Amazon
""", charset="iso-8859-2", cte="8bit", rcpt=3, msgid_domain="interia.pl")
    out.append((lab("lookalike", L, "unknown", False, None, "crude, no order number, no reason, interia free-mail, iso-8859-2 8bit"), m))

    o = order_no(("403",))
    evil = "https://amazon.pl.secure-payments.icu/wallet/update?o=%s" % o
    text = """Amazon.pl

Ostatnie przypomnienie

Dzień dobry,

płatność za Twoje zamówienie nr %s nie została autoryzowana.
Twoje zamówienie zostanie anulowane w ciągu 24 godzin, jeśli nie zaktualizujesz
danych karty.

Zaktualizuj płatność: %s

Dziękujemy za zakupy w Amazon.pl.
""" % (o, evil)
    html = """<html><body style="font-family:Arial,Helvetica,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:20px">amazon</span><span style="color:#fff">.pl</span></td></tr>
<tr><td style="padding:20px"><h3>Ostatnie przypomnienie</h3><p>Dzień dobry,</p>
<p>płatność za Twoje zamówienie nr <a href="%s">%s</a> nie została autoryzowana.</p>
<p><b>Twoje zamówienie zostanie anulowane w ciągu 24 godzin</b>, jeśli nie zaktualizujesz danych karty.</p>
<p><a href="%s" style="background:#ffd814;padding:10px 20px;border-radius:6px;color:#111;text-decoration:none">Zaktualizuj płatność</a></p>
<p>Dziękujemy za zakupy w Amazon.pl.</p>
<p style="font-size:11px;color:#777">Amazon.pl nigdy nie poprosi Cię o hasło w wiadomości e-mail. Zgłoś podejrzaną wiadomość.</p></td></tr></table></body></html>""" % (evil, o, evil)
    m, d = simple(L, addr("Amazon.pl", "payments-update@amazon.pl.secure-payments.icu"), "Ostatnie przypomnienie: Twoje zamówienie nr %s zostanie anulowane" % o,
                  text=text, html=html, cte="b64", rcpt=4, msgid_domain="secure-payments.icu",
                  trace=foreign_trace(L, when(), "mx.secure-payments.icu", "147.45.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=secure-payments.icu; spf=pass smtp.mailfrom=secure-payments.icu; dmarc=pass header.from=amazon.pl.secure-payments.icu"))
    out.append((lab("lookalike", L, "payment_issue", True, None, "amazon.pl.secure-payments.icu sender, 'will be cancelled in 24h' unless card updated"), m))
    return out


# ================================================================ SWEDISH (amazon.se)

def sv_mails():
    out = []
    L = "sv"
    # ---------------- genuine notices
    o = order_no(("402", "403", "408"))
    out.append((lab("notice", L, "inventory_shortage", True, "amazon.se", "third-party seller could not fulfil, out of stock; HTML only QP; no auth"),
        make_amazon(L, "html", False, "order-update", "Din beställning på Amazon.se #%s har avbrutits" % o,
            "Hej Anna,",
            ["vi beklagar att behöva meddela att din beställning #%s har avbrutits eftersom säljaren NordicGadgets AB "
             "inte kunde leverera varan. Varan finns inte längre i lager hos säljaren." % o,
             "Du har inte debiterats för den här varan. Eventuella reserverade belopp på ditt kort frigörs automatiskt "
             "inom några bankdagar.",
             "Du kan se om varan finns hos andra säljare på produktsidan."],
            order=o, heading="Avbrutna varor",
            items=[("Anker PowerCore 26800 mAh Powerbank med PowerIQ, svart", "Antal: 1", "449,00 kr")],
            rcpt=0)))
    o = order_no(("403", "404"))
    out.append((lab("notice", L, "payment_issue", True, "amazon.se", "card declined by bank, payment not authorised; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "payments-messages", "Din beställning på Amazon.se #%s har avbrutits" % o,
            "Hej Erik,",
            ["vi kunde inte godkänna betalningen för din beställning #%s. Kortet som slutar på 5521 avvisades av din bank." % o,
             "Eftersom betalningen inte kunde godkännas inom den angivna tiden har vi avbrutit beställningen. Ingen "
             "debitering har gjorts.",
             "Om du fortfarande vill ha varorna kan du lägga en ny beställning. Kontrollera först att kortuppgifterna "
             "(kortnummer, utgångsdatum och faktureringsadress) är aktuella under Ditt konto."],
            order=o, heading="Avbrutna varor",
            items=[("Sonos Era 100 Smart högtalare, svart", "Antal: 1", "2 990,00 kr")],
            rcpt=1)))
    o = order_no(("402", "405"))
    out.append((lab("notice", L, "technical_issue", True, "amazon.se", "listing error (wrong product information); plain iso-8859-1 QP; no auth"),
        make_amazon(L, "plain", False, "order-update", "En vara har avbrutits i din beställning på Amazon.se #%s" % o,
            "Hej Johan,",
            ["vi skriver angående din beställning #%s. På grund av ett fel i produktannonsen visades felaktig "
             "produktinformation och ett felaktigt pris för varan nedan. Vi har därför avbrutit varan." % o,
             "Du har inte debiterats för den avbrutna varan. Övriga varor i beställningen påverkas inte och skickas "
             "som planerat.",
             "Vi ber om ursäkt för besväret."],
            order=o, heading="Avbrutna varor",
            items=[("Garmin Forerunner 265 GPS-löparklocka, svart", "Antal: 1", "399,00 kr")],
            charset="iso-8859-1", cte="qp", rcpt=3)))
    o = order_no(("406", "407"))
    out.append((lab("notice", L, "fraud_prevention", True, "amazon.se", "order flagged for security review, identity verification not completed; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "cs-reply", "Din beställning på Amazon.se #%s har avbrutits" % o,
            "Hej,",
            ["din beställning #%s flaggades vid en säkerhetsgranskning. Vi bad dig verifiera din identitet och "
             "betalningsmetod, men eftersom verifieringen inte slutfördes har vi avbrutit beställningen och tillfälligt "
             "spärrat ditt konto." % o,
             "Du kan häva spärren genom att logga in direkt på www.amazon.se (skriv adressen i webbläsaren) och följa "
             "anvisningarna under Ditt konto. Svara inte på detta e-postmeddelande med personuppgifter eller kortuppgifter.",
             "Ingen debitering har gjorts för den avbrutna beställningen."],
            order=o, items=[("Apple AirPods Pro (2:a generationen) med MagSafe-laddningsetui (USB-C)", "Antal: 3", "8 370,00 kr")],
            rcpt=4, reply_to=None)))
    o = order_no(("402", "403"))
    title = "LEGO Icons 10311 Orkidé"
    out.append((lab("notice", L, "customer_request", True, "amazon.se", "item cancelled successfully at customer's request; plain 8bit; no auth"),
        make_amazon(L, "plain", False, "auto-confirm", "Varan har avbokats: \"%s\"" % title,
            "Hej Sara,",
            ["enligt din begäran har vi avbokat följande vara från din beställning #%s." % o,
             "Orsak till avbokning: avbokad av kunden.",
             "Om beloppet redan har dragits återbetalas det till den ursprungliga betalningsmetoden. Reserverade belopp "
             "frigörs automatiskt."],
            order=o, heading="Avbokade varor", items=[(title, "Antal: 1", "449,00 kr")],
            cte="8bit", rcpt=2)))
    o = order_no(("404", "408"))
    out.append((lab("notice", L, "unknown", False, "amazon.se", "bulk 'Information från Amazon.se', items cancelled, no reason; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "no-reply", "Information från Amazon.se",
            "Hej Oskar,",
            ["vi vill informera dig om att följande varor i din beställning #%s har avbrutits." % o,
             "Om du redan har debiterats återbetalas beloppet till den ursprungliga betalningsmetoden inom 3–5 bankdagar. "
             "Du kan följa återbetalningen under Dina beställningar.",
             "Vi ber om ursäkt för eventuella olägenheter."],
            order=o, heading="Avbrutna varor",
            items=[("Philips Hue White and Color Ambiance E27 startpaket, 3 lampor", "Antal: 1", "1 495,00 kr"),
                   ("Philips Hue Dimmer Switch V2", "Antal: 2", "398,00 kr")],
            cte="b64", text_cte="qp", rcpt=5)))

    # ---------------- non-notices
    co = "%d" % RNG.randrange(10**8, 10**9)
    ctext = """Hej Elin,

Tyvärr har vi behövt makulera din order %s.

Varan är slut hos leverantören och vi kan inte leverera den:
  Ninja Foodi MAX Dual Zone AF400EU airfryer, 9,5 l   1 790 kr

Du har betalat med Amazon Pay. Pengarna återförs till ditt Amazon-konto inom
3-5 bankdagar - du behöver inte göra något.

Med vänliga hälsningar
CDON Kundservice
https://cdon.se/kundservice

CDON AB, Box 385, 201 23 Malmö
""" % co
    chtml = "<html><body style=\"font-family:Arial;color:#222\"><img src=\"https://cdon.se/mail/logo.png\" alt=\"CDON\" width=\"110\">" + "".join(
        "<p>%s</p>" % esc(p).replace("\n", "<br>") for p in ctext.split("\n\n")) + "</body></html>"
    m, d = simple(L, addr("CDON", "kundservice@info.cdon.se"), "Din order %s har makulerats" % co,
                  text=ctext, html=chtml, charset="iso-8859-1", cte="qp", rcpt=4, msgid_domain="info.cdon.se",
                  trace=foreign_trace(L, when(), "mta5.info.cdon.se", "193.105.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=info.cdon.se; spf=pass smtp.mailfrom=info.cdon.se; dmarc=pass header.from=cdon.se"))
    out.append((lab("non_notice", L, None, False, None, "CDON order cancelled (out of stock), paid with Amazon Pay; iso-8859-1"), m))

    m, d = simple(L, addr("Lina Holm", "lina.holm88@gmail.example.com"), "Sv: julklappen till mamma",
                  text="""Hej!

Jag avbokade min Amazon-beställning av kaffemaskinen igår, leveransen sköts hela tiden
upp och nu stod det "beräknad leverans 3 jan". Fick bekräftelsen direkt att den var
avbokad, så pengarna kommer tillbaka.

Vi köper den på Elgiganten i stan istället, de har den i lager. Ses vid Åhléns kl 12?

Kram
Lina

Den tors 12 dec. 2024 kl 19:02 skrev Anna Lindqvist <anna.lindqvist@telia.example.se>:
> Har paketet från Amazon kommit än? Annars får vi fixa något annat.
""", cte="8bit", rcpt=0, msgid_domain="mail.gmail.com")
    m["msgid"] = "<CAE%s%s@mail.gmail.com>" % (hexid(20), hexid(10))
    out.append((lab("non_notice", L, None, False, None, "friend says she cancelled her Amazon order"), m))

    ntext = """IT-Tryggt - Säkerhetsbrevet vecka 9

Bluffmejl: "Din beställning på Amazon.se har avbrutits"

Just nu cirkulerar falska mejl med ämnesraden "Din beställning på Amazon.se #403-1190274-5530118
har avbrutits - bekräfta din betalning". Mejlet påstår att kortbetalningen nekats och
att beställningen "återaktiveras" om du fyller i kortuppgifter via en länk. Länken går
till en sida som bara liknar amazon.se.

Så skyddar du dig:
- Kontrollera avsändaradressen och håll muspekaren över länkar innan du klickar.
- Logga hellre in direkt på amazon.se och titta under Dina beställningar.
- Amazon ber aldrig om lösenord eller fullständiga kortuppgifter via e-post.
- Har du lämnat ut kortuppgifter - spärra kortet direkt hos din bank.

Vänliga hälsningar
Redaktionen, IT-Tryggt

Avsluta prenumerationen: https://it-tryggt.example.se/avregistrera
"""
    m, d = simple(L, addr("IT-Tryggt", "nyhetsbrev@it-tryggt.example.se"), "Säkerhetsbrevet v.9: Bluffmejl om avbrutna Amazon-beställningar",
                  text=ntext, html="<html><body>" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>\n") for p in ntext.split("\n\n")) + "</body></html>",
                  charset="iso-8859-1", cte="qp", rcpt=1, msgid_domain="it-tryggt.example.se",
                  extra=[("List-Unsubscribe", "<https://it-tryggt.example.se/avregistrera>"), ("Precedence", "bulk")])
    out.append((lab("non_notice", L, None, False, None, "security newsletter quoting a fake cancellation subject"), m))

    out.append((lab("non_notice", L, None, False, None, "Kindle Unlimited membership cancelled; HTML+text; auth pass"),
        make_amazon(L, "alt", True, "digital-no-reply", "Ditt Kindle Unlimited-medlemskap har avslutats",
            "Hej Johan,",
            ["som du begärde har vi avslutat ditt Kindle Unlimited-medlemskap. Du kan fortsätta läsa till och med "
             "30 juni 2024. Därefter dras inte längre avgiften på 119,00 kr per månad.",
             "Böcker som du har köpt finns kvar i ditt bibliotek. Lånade Kindle Unlimited-titlar tas bort från dina "
             "enheter när medlemskapet upphör.",
             "Du kan när som helst starta medlemskapet igen."],
            button=("Hantera ditt medlemskap", "https://www.amazon.se/kindle-dbs/ku/ku-central?ref_=pe_ku_cancel"),
            rcpt=3)))

    o = order_no(("402", "406"))
    out.append((lab("non_notice", L, None, False, None, "scheduled delivery slot cancelled, order still active; plain; no auth"),
        make_amazon(L, "plain", False, "shipment-tracking", "Din leveranstid för beställning #%s har avbokats" % o,
            "Hej Elin,",
            ["din bokade leveranstid (fredag 15 november, 17:00–21:00) har avbokats eftersom transportören inte kan "
             "leverera skrymmande varor i ditt område den dagen.",
             "Din beställning #%s är inte avbruten. Välj en ny leveranstid så levererar vi så snart som möjligt." % o],
            order=o, items=[("IKEA-kompatibel Bosch Serie 6 diskmaskin SMV6ZCX10E, 60 cm", "Antal: 1", "8 990,00 kr")],
            button=("Välj ny leveranstid", "https://www.amazon.se/gp/your-account/ship-track?orderId=%s&ref_=pe_slot_resched" % o),
            rcpt=4)))

    o = order_no(("403", "405"))
    out.append((lab("non_notice", L, None, False, None, "genuine payment reminder, order will be cancelled unless payment updated; HTML only base64; no auth"),
        make_amazon(L, "html", False, "payments-messages", "Åtgärd krävs: uppdatera betalningsmetoden för beställning #%s" % o,
            "Hej Sara,",
            ["vi kunde inte debitera Visa-kortet som slutar på 0184 för din beställning #%s." % o,
             "Uppdatera betalningsmetoden senast den 8 oktober 2024. Om vi inte har fått en giltig betalningsmetod till "
             "dess kommer beställningen att avbrytas.",
             "Fram till dess är beställningen aktiv och varorna reserverade för dig."],
            order=o, items=[("Fjällräven Kånken Laptop 15\", Navy", "Antal: 1", "1 199,00 kr")],
            button=("Uppdatera betalningsmetod", "https://www.amazon.se/gp/buy/payselect/handlers/display.html?orderId=%s" % o),
            cte="b64", rcpt=2)))

    # ---------------- lookalikes
    o = order_no(("402",))
    m, d = simple(L, addr("Amazon Kundtjänst", "amazon.se.kundtjanst@hotmail.se"), "Betalning misslyckades - order #%s avbruten" % o,
                  text="""Hej,

Betalningen för din order #%s (Samsung 65" QLED Q80C, 12 990 kr) misslyckades
och ordern har därför avbrutits.

Om du inte känner igen detta köp eller vill återaktivera ordern måste du ringa
vår support inom 24 timmar på 08-446 892 10 (öppet dygnet runt).

Med vänlig hälsning
Amazon.se Kundtjänst
""" % o, cte="8bit", rcpt=5, msgid_domain="hotmail.com",
                  trace=foreign_trace(L, when(), "EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=hotmail.se; spf=pass smtp.mailfrom=hotmail.se; dmarc=pass header.from=hotmail.se"))
    out.append((lab("lookalike", L, "payment_issue", True, None, "callback phone number, hotmail sender"), m))

    o = order_no(("403",))
    html = """<html><body style="font-family:Arial,sans-serif;background:#f6f6f6">
<div style="width:560px;margin:auto;background:#fff;padding:22px">
<p style="font-size:22px;margin:0"><b>amazon</b><span style="color:#ff9900">.se</span></p>
<h3>Ditt konto har stängts av tillfälligt</h3>
<p>Hej,</p>
<p>Vi har upptäckt ovanlig aktivitet på ditt Amazon-konto. Av säkerhetsskäl har kontot stängts av och din beställning <b>#%s</b> har avbrutits.</p>
<p>Använd din personliga återaktiveringskod:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:4px;text-align:center">SE-55 81 27</p>
<p style="text-align:center"><a href="https://arnazon.se/konto/aterstall?kod=SE558127">Återaktivera kontot</a></p>
<p>Om kontot inte återaktiveras inom 24 timmar raderas det permanent.</p>
<p>Amazon Säkerhet</p></div></body></html>""" % o
    m, d = simple(L, addr("\u0410m\u0430z\u043en.se", "sakerhet@arnazon.se"), "Ditt konto har stängts av – beställning avbruten",
                  html=html, cte="b64", rcpt=1, msgid_domain="arnazon.se",
                  trace=foreign_trace(L, when(), "mail.arnazon.se", "185.196.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=arnazon.se; spf=pass smtp.mailfrom=arnazon.se; dmarc=pass header.from=arnazon.se"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "account suspended + order cancelled, reactivation code; Cyrillic letters in display name; arnazon.se (rn) domain"), m))

    m, d = simple(L, addr("Amazon Support", "amazon_support_se@yahoo.com"), "Din order är avbruten, betalning nekad",
                  text="""Kära kund,

Din betalning har nekats och din order har blivit avbruten av vårt system.
För att få tillbaka din order och pengar, vänligen svara på detta mejl med:

Fullständigt namn:
Kortnummer:
Utgångsdatum:
CVC-kod:
Personnummer:

Om vi inte får svar inom 24 timmar kommer ditt konto att stängas.

Tack för att du handlar med Amazon
Amazon kundservice team
""", charset="windows-1252", cte="qp", rcpt=3, msgid_domain="mail.yahoo.com",
                  trace=foreign_trace(L, when(), "sonic317-27.consmr.mail.bf2.yahoo.com", "74.6.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass (p=REJECT) header.from=yahoo.com"))
    out.append((lab("lookalike", L, "payment_issue", True, None, "crude machine-like Swedish, reply with card details + personnummer, yahoo, windows-1252"), m))

    o = order_no(("404",))
    evil = "https://amazon.se.kundservice-retur.net/refund/confirm?o=%s&t=%s" % (o, hexid(18))
    m = make_amazon(L, "alt", False, "order-update", "Din beställning på Amazon.se #%s har avbrutits" % o,
            "Hej,",
            ["vi beklagar att meddela att varan i din beställning #%s är slut i lager och att beställningen har avbrutits." % o,
             "För att få tillbaka beloppet på 3 495,00 kr måste du bekräfta återbetalningen och ange kortet som pengarna ska "
             "sättas in på. Bekräfta inom 48 timmar, annars förfaller återbetalningen.",
             "Bekräfta återbetalningen här:"],
            order=o, heading="Avbrutna varor",
            items=[("Apple Watch Series 9 GPS 45 mm, midnatt", "Antal: 1", "3 495,00 kr")],
            button=("https://www.amazon.se/gp/css/returns/homepage.html", evil),
            sender_domain="amazon.se.kundservice-retur.net", hrefs={"home": evil, "order": evil, "item": evil},
            plain_links={"order": evil, "button": evil}, rcpt=0, reply_to=None, cte="qp",
            trace=foreign_trace(L, when(), "smtp.kundservice-retur.net", "62.60.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                "dkim=pass header.d=kundservice-retur.net; spf=pass smtp.mailfrom=kundservice-retur.net; dmarc=pass header.from=amazon.se.kundservice-retur.net"))
    m["msgid"] = plain_msgid("kundservice-retur.net")
    m["extra"] = []
    out.append((lab("lookalike", L, "inventory_shortage", True, None, "polished clone; link text shows amazon.se, href to amazon.se.kundservice-retur.net; refund needs card"), m))

    o = order_no(("402",))
    text = """Hej,

På grund av ett prisfel i vårt system har din beställning #%s (iPad Air 11" M2,
rätt pris 8 995 kr) markerats för avbokning.

Din beställning kommer att avbrytas inom 24 timmar om du inte bekräftar det korrekta
priset och dina kortuppgifter:
https://amazon-bekrafta.firebaseapp.com/se/?o=%s

Tack,
Amazon.se
""" % (o, o)
    html = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")).replace(
        "https://amazon-bekrafta.firebaseapp.com/se/?o=%s" % o,
        "<a href=\"https://amazon-bekrafta.firebaseapp.com/se/?o=%s\">https://www.amazon.se/your-orders</a>" % o) + "</body></html>"
    m, d = simple(L, addr("Amaz\u03bfn.se", "amazon.se.order.info@gmail.com"), "Viktigt: din beställning #%s kommer att avbrytas" % o,
                  text=text, html=html, cte="b64", rcpt=2, msgid_domain="mail.gmail.com",
                  trace=foreign_trace(L, when(), "mail-ej1-f45.google.com", "209.85.218.45",
                                      "dkim=pass header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com"))
    out.append((lab("lookalike", L, "technical_issue", True, None, "Greek omicron in display name, gmail, pricing error, 'will be cancelled' unless confirmed"), m))

    html = """<html><body style="font-family:Calibri,Arial">
<table style="width:100%%;background:#131921"><tr><td style="padding:8px;color:#fff;font-size:20px">amazon.se</td></tr></table>
<p>Bästa kund,</p>
<p>Ditt konto är <b>låst</b> på grund av misstänkt aktivitet och din beställning <b>#4O3-1234-567</b> har avbrutits.</p>
<p>Verifiera din identitet med BankID och kortuppgifter för att låsa upp kontot:</p>
<p><a href="http://amazon-se-order.com/verifiera?u=%s">Verifiera nu</a></p>
<p>Amazon.se Kundservice</p>
</body></html>""" % hexid(14)
    m, d = simple(L, addr("Amazon.se", "kundservice@amazon-se-order.com"), "Kontot låst – beställning #4O3-1234-567 avbruten",
                  html=html, charset="iso-8859-1", cte="qp", rcpt=4, msgid_domain="amazon-se-order.com",
                  trace=foreign_trace(L, when(), "amazon-se-order.com", "45.141.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=none; spf=neutral smtp.mailfrom=amazon-se-order.com; dmarc=none header.from=amazon-se-order.com"))
    out.append((lab("lookalike", L, "fraud_prevention", True, None, "look-alike domain amazon-se-order.com, malformed order number with letter O"), m))

    m, d = simple(L, addr("Amazon", "service@kampanj-se.biz"), "Din order har avbrutits",
                  text="""Hej!

Din order har avbrutits.

Klicka här för mer info: http://kampanj-se.biz/a/?r=%s

/Amazon
""" % hexid(6), charset="iso-8859-1", cte="8bit", rcpt=5, msgid_domain="kampanj-se.biz")
    out.append((lab("lookalike", L, "unknown", False, None, "crude, no order number, no reason, iso-8859-1 8bit"), m))

    o = order_no(("402",))
    evil = "https://amazon-se.dispute-center.info/se/tvist?o=%s" % o
    text = """Hej,

Din avbokning har bekräftats. Beställning #%s har avbokats på din begäran.

Belopp: 6 249,00 kr (Dyson Airwrap Complete Long)

Om du INTE har gjort denna avbokning kan ditt konto vara utsatt för obehörig åtkomst.
Bestrid avbokningen och säkra ditt konto inom 24 timmar här: https://www.amazon.se/gp/help/dispute

Amazon.se
""" % o
    html = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.split("\n\n")).replace(
        "https://www.amazon.se/gp/help/dispute", "<a href=\"%s\">https://www.amazon.se/gp/help/dispute</a>" % evil) + "</body></html>"
    m, d = simple(L, addr("Amazon.se", "no-reply@amazon.se"), "Din avbokning har bekräftats: beställning #%s" % o,
                  text=text.replace("https://www.amazon.se/gp/help/dispute", evil), html=html, cte="qp", rcpt=1,
                  reply_to="amazon.se.tvist@outlook.com", msgid_domain="vps-mail.example.net",
                  trace=foreign_trace(L, when(), "vps-mail.example.net", "103.151.%d.%d" % (RNG.randrange(256), RNG.randrange(256)),
                                      "dkim=none; spf=fail smtp.mailfrom=amazon.se; dmarc=fail (p=QUARANTINE dis=QUARANTINE) header.from=amazon.se"))
    out.append((lab("lookalike", L, "customer_request", True, None, "spoofed amazon.se From with spf/dmarc fail, outlook Reply-To, link text amazon.se href elsewhere"), m))
    return out


# ================================================================ main

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    allm = it_mails() + pl_mails() + sv_mails()
    order = list(range(len(allm)))
    RNG.shuffle(order)          # interleave kinds and languages in the numbering
    labels = []
    for n, idx in enumerate(order, 1):
        lb, m = allm[idx]
        fname = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(build(m))
        labels.append(dict(file=fname, **lb))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
