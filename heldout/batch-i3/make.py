#!/usr/bin/env python3
"""Blind held-out batch i3: Amazon order-cancellation notices, near-miss
non-notices and phishing look-alikes in Italian, Polish and Swedish.

Regenerate with:  python3 make.py   (writes mail/*.eml and labels.json)
Everything random is drawn from one seeded generator, so output is stable.
"""
import base64
import datetime as dt
import json
import os
import random
import urllib.parse
from email import charset as CS
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "i3"
rng = random.Random(0x1_3_2025)

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"


def tok(n, alpha=UP + DIG):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def order_no():
    return "%s-%07d-%07d" % (rng.choice(["028", "302", "303", "304", "305", "402", "403", "404", "405", "171"]),
                             rng.randint(0, 9999999), rng.randint(0, 9999999))


def asin():
    return "B0" + tok(8)


# ---------------------------------------------------------------- charsets
TRANSLIT = {"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2019": "'",
            "\u2018": "'", "\u00a9": "(c)", "\u2026": "...", "\u20ac": "EUR", "\u00a0": " ", "\u00ab": '"',
            "\u00bb": '"', "\u2022": "*", "\u00e0": "a"}


def fit(s, charset, html=False):
    """Make text encodable in a legacy charset (entities in HTML, ASCII stand-ins in text)."""
    if s is None:
        return None
    cs = charset.lower()
    if cs in ("utf-8", "us-ascii"):
        return s
    try:
        s.encode(cs)
        return s
    except UnicodeEncodeError:
        pass
    out = []
    for ch in s:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if html:
                out.append("&#%d;" % ord(ch))
            else:
                out.append(TRANSLIT[ch])
    return "".join(out)


def text_part(s, subtype, charset, cte):
    cs = CS.Charset(charset)
    cs.body_encoding = {"qp": CS.QP, "b64": CS.BASE64, "8bit": None}[cte]
    if subtype == "html" and charset.lower() != "utf-8":
        s = s.replace("charset=UTF-8", "charset=" + charset.upper()).replace('charset="utf-8"', 'charset="%s"' % charset)
    return MIMEText(fit(s, charset, subtype == "html"), subtype, cs)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fit(s, charset), charset)


def addr(name, email_, charset="utf-8"):
    if name is None:
        return email_
    try:
        name.encode("ascii")
        return formataddr((name, email_))
    except UnicodeEncodeError:
        return formataddr((fit(name, charset), email_), charset=charset)


def money(lang, x):
    s = "{:,.2f}".format(x)
    if lang == "it":
        return s.replace(",", "#").replace(".", ",").replace("#", ".") + " \u20ac"
    s = s.replace(",", " ").replace(".", ",")
    return s + (" z\u0142" if lang == "pl" else " kr")


# ---------------------------------------------------------------- languages
L = {
    "it": dict(
        dom="amazon.it", brand="Amazon.it",
        names=[("Giulia Rinaldi", "giulia.rinaldi84@libero.it"), ("Marco Ferri", "m.ferri@alice.it"),
               ("Andrea Conti", "andrea.conti@gmail.com"), ("Francesca Moretti", "fra.moretti@tiscali.it")],
        mx={"libero.it": "mx.libero.it", "alice.it": "mx.alice.it", "gmail.com": "mx.google.com",
            "tiscali.it": "mx.tiscali.it"},
        hello="Gentile {n},", order_label="Ordine n.", items_cancelled="Articoli annullati",
        qty="Quantit\u00e0", total="Totale ordine", your_orders="I miei ordini", your_account="Il mio account",
        help="Aiuto e Servizio Clienti", closing="Speriamo di rivederti presto.",
        security=[
            ("Amazon.it non ti chieder\u00e0 mai di comunicare la tua password, i dati della tua carta o codici di "
             "verifica tramite e-mail, SMS o telefono.", None),
            ("Se il numero della tua carta \u00e8 cambiato o la carta \u00e8 scaduta, aggiorna i dati in Il mio account "
             "> I tuoi pagamenti.", "/cpe/yourpayments/wallet"),
            ("Hai ricevuto un'e-mail sospetta che sembra inviata da Amazon? Non aprire link o allegati e segnalala "
             "seguendo le istruzioni nelle pagine di Aiuto.", "/gp/help/customer/display.html?nodeId=201909130"),
        ],
        legal=["Questa e-mail \u00e8 stata inviata da un indirizzo di sola notifica che non accetta e-mail in "
               "arrivo. Non rispondere a questo messaggio.",
               "\u00a9 {y} Amazon.com, Inc. o societ\u00e0 affiliate. Tutti i diritti riservati. Amazon EU S.\u00e0 r.l., "
               "38 avenue John F. Kennedy, L-1855 Lussemburgo."],
    ),
    "pl": dict(
        dom="amazon.pl", brand="Amazon.pl",
        names=[("Katarzyna Nowak", "k.nowak@wp.pl"), ("Piotr Zieli\u0144ski", "piotr.zielinski@onet.pl"),
               ("Anna Lewandowska", "anna.lewandowska@interia.pl"), ("Micha\u0142 W\u00f3jcik", "mwojcik@o2.pl")],
        mx={"wp.pl": "mx.wp.pl", "onet.pl": "mx.poczta.onet.pl", "interia.pl": "mx.interia.pl", "o2.pl": "mx.o2.pl"},
        hello="Witaj {n},", order_label="Zam\u00f3wienie nr", items_cancelled="Anulowane produkty",
        qty="Ilo\u015b\u0107", total="Suma zam\u00f3wienia", your_orders="Twoje zam\u00f3wienia", your_account="Twoje konto",
        help="Pomoc i obs\u0142uga klienta", closing="Mamy nadziej\u0119, \u017ce wkr\u00f3tce znowu nas odwiedzisz.",
        security=[
            ("Amazon.pl nigdy nie poprosi Ci\u0119 o podanie has\u0142a, numeru karty ani kod\u00f3w weryfikacyjnych "
             "w wiadomo\u015bci e-mail, SMS-ie ani przez telefon.", None),
            ("Je\u015bli numer Twojej karty si\u0119 zmieni\u0142 lub karta straci\u0142a wa\u017cno\u015b\u0107, zaktualizuj dane "
             "w sekcji Twoje konto > Twoje p\u0142atno\u015bci.", "/cpe/yourpayments/wallet"),
            ("Je\u015bli otrzymasz podejrzan\u0105 wiadomo\u015b\u0107 podszywaj\u0105c\u0105 si\u0119 pod Amazon, nie klikaj link\u00f3w "
             "i zg\u0142o\u015b j\u0105 zgodnie z instrukcj\u0105 na stronie pomocy.",
             "/gp/help/customer/display.html?nodeId=GBZFMFB8Q5DWSVWS"),
        ],
        legal=["Ta wiadomo\u015b\u0107 zosta\u0142a wys\u0142ana z adresu, kt\u00f3ry nie obs\u0142uguje poczty przychodz\u0105cej. "
               "Prosimy na ni\u0105 nie odpowiada\u0107.",
               "\u00a9 {y} Amazon.com, Inc. lub podmioty powi\u0105zane. Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, "
               "L-1855 Luksemburg."],
    ),
    "sv": dict(
        dom="amazon.se", brand="Amazon.se",
        names=[("Erik Lindqvist", "erik.lindqvist@telia.com"), ("Sara Johansson", "sara.johansson@bredband.net"),
               ("Johan Berg", "johan.berg@gmail.com"), ("Elin Nystr\u00f6m", "elin.nystrom@outlook.com")],
        mx={"telia.com": "mx.telia.com", "bredband.net": "mx.bredband.net", "gmail.com": "mx.google.com",
            "outlook.com": "mx.outlook.com"},
        hello="Hej {n},", order_label="Order nr", items_cancelled="Annullerade artiklar",
        qty="Antal", total="Ordersumma", your_orders="Dina best\u00e4llningar", your_account="Ditt konto",
        help="Hj\u00e4lp och kundservice", closing="Vi hoppas att vi ses snart igen.",
        security=[
            ("Amazon.se ber dig aldrig att uppge ditt l\u00f6senord, dina kortuppgifter eller eng\u00e5ngskoder via "
             "e-post, sms eller telefon.", None),
            ("Om ditt kortnummer har \u00e4ndrats eller kortet har g\u00e5tt ut kan du uppdatera uppgifterna under "
             "Ditt konto > Dina betalningar.", "/cpe/yourpayments/wallet"),
            ("Har du f\u00e5tt ett misst\u00e4nkt e-postmeddelande som ser ut att komma fr\u00e5n Amazon? Klicka inte p\u00e5 "
             "l\u00e4nkar och rapportera det enligt anvisningarna p\u00e5 v\u00e5r hj\u00e4lpsida.",
             "/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B"),
        ],
        legal=["Det h\u00e4r meddelandet skickades fr\u00e5n en adress som inte tar emot inkommande e-post. "
               "Svara inte p\u00e5 det h\u00e4r meddelandet.",
               "\u00a9 {y} Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, "
               "L-1855 Luxemburg."],
    ),
}


def redirect(dom, path):
    """Amazon click-tracking redirect, as in the real templates."""
    u = urllib.parse.quote("https://www.%s%s" % (dom, path), safe="")
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (dom, tok(13), tok(13), dt.date(2024, 1, 1).strftime("%Y%m%d"), hexs(32), tok(13), u, tok(28),
               rng.randint(100000, 999999), rng.randint(100000000, 999999999)))


CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
td { font-family:Arial, sans-serif; }
#container { width:640px; color:#333333; font:12px/18px Arial,sans-serif; }
#header .logo { width:180px; padding:10px 0; }
#header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header .title { text-align:right; padding:0 20px 10px 0; }
#header .title h2 { font-size:20px; color:#cc6600; margin:0; font-weight:normal; }
.heading { font-size:18px; color:#cc6600; }
#orderDetails td { padding:6px 10px; vertical-align:top; }
#orderDetails .price { text-align:right; white-space:nowrap; }
.reason { color:#b12704; font-weight:bold; }
.buttonComponentLink { background:#f0c14b; border:1px solid #a88734; color:#111111; padding:10px 18px; text-decoration:none; }
#legalese { color:#666666; font-size:11px; line-height:15px; }
#legalese a { color:#0066c0; }
"""


def amazon_html(lang, *, heading, name, paras, order=None, items=None, items_heading=None, reason_line=None,
                button=None, total=None, href=None, security=None, legal=True, year=2024, link_text=None):
    """HTML laid out like the real Amazon transactional templates.  `href(path)` gives the link target
    (defaults to Amazon's own redirector); `link_text(path)` lets a fake show an amazon address."""
    c = L[lang]
    dom = c["dom"]
    H = href or (lambda p: redirect(dom, p))
    sec = c["security"] if security is None else security
    rows = []
    for (title, qty, price) in (items or []):
        a = asin()
        rows.append(
            '<tr> <td style="width:120px;"> <a href="%s"> <img src="https://m.media-amazon.com/images/I/%s._SCLZZZZZZZ_SX115_SY115_.jpg" '
            'width="115" height="115" alt="%s" border="0" /> </a> </td> <td> <a href="%s" style="color:#0066c0;text-decoration:none;">%s</a>'
            '<br /> <span style="color:#666666;">%s: %d</span> </td> <td class="price"> <strong>%s</strong> </td> </tr>'
            % (H("/dp/%s" % a), tok(11, UP + DIG + "abcdefghijklmnopqrstuvwxyz"), title.replace('"', "&quot;"),
               H("/dp/%s" % a), title, c["qty"], qty, money(lang, price * qty)))
    o = []
    o.append('<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
             '  <meta name="format-detection" content="telephone=no" />\n'
             '  <meta name="viewport" content="width=device-width, initial-scale=1.0;" />\n  <style>' + CSS + '</style>\n'
             ' </head>\n <body><img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&H=%s" /> \n'
             % (dom, tok(13), hexs(40), tok(12), tok(26)))
    o.append('  <table id="container" cellpadding="0" cellspacing="0" align="center"> <tbody><tr> <td class="frame"> \n'
             '   <table id="main" cellpadding="0" width="100%"> <tbody>\n')
    order_html = ""
    if order:
        order_html = ' %s <a href="%s" style="color:#0066c0;text-decoration:none;">%s</a>' % (
            c["order_label"], H("/gp/css/order-details?orderID=%s" % order), order)
    lt = link_text or (lambda p, t: t)
    o.append('    <tr> <td> <table id="header" cellpadding="0" width="100%%"> <tbody> <tr> '
             '<td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/29/x-locale/common/navbar/logo._CB%d_.png" width="103" height="30" border="0" /></a></td> '
             '<td class="navigation" align="right"> <a href="%s">%s</a> <span>&nbsp;|&nbsp;</span> <a href="%s">%s</a> '
             '<span>&nbsp;|&nbsp;</span> <a href="%s">%s</a> </td> </tr> <tr> <td class="title"> <h2>%s</h2>%s </td> </tr> '
             '</tbody></table> </td> </tr>\n'
             % (H("/ref=TE_tex_g"), c["brand"], rng.randint(100000000, 999999999),
                H("/gp/css/order-history"), lt("/gp/css/order-history", c["your_orders"]),
                H("/gp/css/homepage.html"), lt("/gp/css/homepage.html", c["your_account"]),
                H("/"), c["brand"], heading, order_html))
    body = "".join("<p>%s</p> " % p for p in paras[1:]) if len(paras) > 1 else ""
    o.append('    <tr> <td> <table id="summary" cellpadding="0" width="100%%"> <tbody><tr> <td style="padding:10px 20px;"> '
             '<span class="heading">%s</span> <p>%s</p> %s</td> </tr></tbody></table> </td> </tr>\n'
             % (c["hello"].format(n=name), paras[0], body))
    if button:
        btext, bpath = button
        o.append('    <tr> <td style="padding:6px 20px 16px 20px;"> <table class="buttonComponent" width="260"> <tbody><tr> '
                 '<td align="center" valign="middle" height="40"> <a class="buttonComponentLink" href="%s">%s</a> </td> '
                 '</tr></tbody></table> </td> </tr>\n' % (H(bpath), btext))
    if rows:
        o.append('    <tr> <td> <table id="orderDetails" cellpadding="0" width="100%%"> <tbody> '
                 '<tr> <td colspan="3" style="border-bottom:1px solid #cccccc;"> <span class="heading">%s</span> </td> </tr> '
                 '%s %s %s</tbody></table> </td> </tr>\n'
                 % (items_heading or c["items_cancelled"], " ".join(rows),
                    ('<tr> <td colspan="3" class="reason">%s</td> </tr>' % reason_line) if reason_line else "",
                    ('<tr> <td colspan="2" align="right">%s:</td> <td class="price"><strong>%s</strong></td> </tr>'
                     % (c["total"], total)) if total else ""))
    o.append('    <tr> <td> <table id="closing" cellpadding="0"> <tbody><tr> <td style="padding:16px 20px;"> '
             '<a href="%s">%s</a> <p><br />%s<br /> <span class="signature"><strong>%s</strong></span> </p> </td> '
             '</tr></tbody></table> </td> </tr>\n'
             % (H("/gp/help/customer/display.html"), c["help"], c["closing"], c["brand"]))
    if sec or legal:
        lp = []
        for t, p in sec:
            lp.append("<p>%s%s</p>" % (t, (' <a href="%s">%s</a>' % (H(p), lt(p, "www.%s%s" % (dom, p.split("?")[0]))))
                                         if p else ""))
        if legal:
            for t in c["legal"]:
                lp.append("<p>%s</p>" % t.format(y=year).replace("\u00a9", "&copy;"))
        o.append('    <tr> <td> <table id="legalese" cellpadding="0"> <tbody><tr> <td style="padding:12px 20px;border-top:1px solid #dddddd;"> '
                 '%s </td> </tr></tbody></table> </td> </tr>\n' % " ".join(lp))
    o.append('   </tbody></table> </td> </tr></tbody> </table>\n </body>\n</html>\n')
    return "".join(o)


def amazon_text(lang, *, heading, name, paras, order=None, items=None, items_heading=None, reason_line=None,
                total=None, security=None, legal=True, year=2024, links=True, button=None):
    c = L[lang]
    dom = c["dom"]
    sep = "_" * 75
    out = ["%s %s" % (c["brand"], heading)]
    if order:
        out.append("%s %s" % (c["order_label"], order))
    out.append("https://www.%s/ref=TE_tex_g" % dom)
    out += [sep, "", c["hello"].format(n=name), ""]
    for p in paras:
        out += [p, ""]
    if button:
        out += ["%s: https://www.%s%s" % (button[0], dom, button[1]), ""]
    if items:
        out += [(items_heading or c["items_cancelled"]) + ":", ""]
        for (title, qty, price) in items:
            out += [title, "%s: %d" % (c["qty"], qty), money(lang, price * qty), ""]
    if reason_line:
        out += [reason_line, ""]
    if total:
        out += ["%s: %s" % (c["total"], total), ""]
    if links:
        out += ["%s: https://www.%s/gp/css/order-history" % (c["your_orders"], dom),
                "%s: https://www.%s/gp/help/customer/display.html" % (c["help"], dom), ""]
    out += [c["closing"], c["brand"], sep, ""]
    for t, p in (c["security"] if security is None else security):
        out.append(t + ((" https://www.%s%s" % (dom, p)) if p else ""))
        out.append("")
    if legal:
        for t in c["legal"]:
            out += [t.format(y=year), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- spec builders
def recipient(lang):
    return rng.choice(L[lang]["names"])


def rand_date():
    start = dt.datetime(2024, 1, 8, tzinfo=dt.timezone.utc)
    d = start + dt.timedelta(seconds=rng.randint(0, 480 * 86400))
    return d


def genuine(lang, *, kind, cause, states_reason, local, subject, heading, paras, items=None, items_heading=None,
            reason_line=None, fmt="alt", auth=False, charset="utf-8", cte="qp", html_cte=None, note="",
            button=None, order=None, date=None, show_total=True, sender_name=None):
    """A mail really sent by the marketplace (notice or Amazon-sent non-notice)."""
    c = L[lang]
    name, rcpt = recipient(lang)
    first = name.split()[0]
    order = order or order_no()
    date = date or rand_date()
    f = lambda s: s.format(order=order, d=date.strftime("%d.%m.%Y"))
    subject, paras = f(subject), [f(p) for p in paras]
    total = money(lang, sum(q * p for _, q, p in items)) if (items and show_total) else None
    kw = dict(heading=heading, name=first, paras=paras, order=order, items=items, items_heading=items_heading,
              reason_line=reason_line, total=total, year=date.year, button=button)
    return dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason,
                marketplace=c["dom"] if kind == "notice" else None, note=note,
                sender=(sender_name or c["brand"], "%s@%s" % (local, c["dom"])), to=(name, rcpt),
                reply_to="no-reply@%s" % c["dom"], subject=subject, date=date, genuine=True, auth=auth,
                plain=amazon_text(lang, **kw) if fmt in ("alt", "plain") else None,
                html=amazon_html(lang, **kw) if fmt in ("alt", "html") else None,
                charset=charset, cte=cte, html_cte=html_cte or cte, order=order)


def mail(lang, *, kind, cause=None, states_reason=False, sender, subject, plain=None, html=None, charset="utf-8",
         cte="qp", html_cte=None, note="", to=None, reply_to=None, auth=None, relay=None, date=None,
         attachments=None, extra_headers=None, sender_charset="utf-8", mailer=None):
    """Any other mail: phishing look-alikes and third-party / personal near-misses."""
    name, rcpt = to or recipient(lang)
    first = name.split()[0]
    plain = plain.replace("{first}", first) if plain else plain
    html = html.replace("{first}", first) if html else html
    return dict(kind=kind, lang=lang, cause=cause, states_reason=states_reason, marketplace=None, note=note,
                sender=sender, to=(name, rcpt), reply_to=reply_to, subject=subject, date=date or rand_date(),
                genuine=False, auth=auth, relay=relay, plain=plain, html=html, charset=charset, cte=cte,
                html_cte=html_cte or cte, attachments=attachments or [], extra_headers=extra_headers or [],
                sender_charset=sender_charset, mailer=mailer, first=name.split()[0])


# ---------------------------------------------------------------- writer
def set_boundaries(m):
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 8, 10 ** 10),
                                                       rng.randint(1700000000000, 1750000000000)))


def build(spec):
    cs = spec["charset"]
    parts = []
    if spec["plain"] is not None:
        parts.append(text_part(spec["plain"], "plain", cs, spec["cte"]))
    if spec["html"] is not None:
        parts.append(text_part(spec["html"], "html", cs, spec["html_cte"]))
    body = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", _subparts=parts)
    atts = spec.get("attachments") or []
    if atts:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        for fname, ctype, data in atts:
            maj, sub = ctype.split("/")
            a = MIMEBase(maj, sub, name=fname)
            a.set_payload(base64.encodebytes(data).decode("ascii"))
            a["Content-Transfer-Encoding"] = "base64"
            a.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(a)
        body = outer
    set_boundaries(body)
    for part in body.walk():
        if part is not body:
            del part["MIME-Version"]
    saved = list(body.items())
    for k in {k for k, _ in saved}:
        del body[k]

    c = L[spec["lang"]]
    date = spec["date"]
    rdom = spec["to"][1].split("@")[1]
    mx = c["mx"].get(rdom, "mx." + rdom)
    stamp = format_datetime(date)
    sdom = spec["sender"][1].split("@")[1]
    if spec["genuine"]:
        dom = c["dom"]
        a, b = rng.randint(1, 250), rng.randint(1, 250)
        bounce = "%s%s%sp0eu@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexs(24), hexs(8), dom)
        body["Return-Path"] = "<%s>" % bounce
        body["Received"] = ("from a%d-%d.smtp-out.eu-west-1.amazonses.com (a%d-%d.smtp-out.eu-west-1.amazonses.com "
                            "[54.240.%d.%d]) by %s with ESMTPS id %s for <%s>; %s"
                            % (a, b, a, b, a, b, mx, tok(12), spec["to"][1], stamp))
        if spec["auth"]:
            body["Authentication-Results"] = (
                "%s; dkim=pass header.d=%s header.s=%s header.b=%s; dkim=pass header.d=amazonses.com "
                "header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s; spf=pass (%s: domain of %s designates "
                "54.240.%d.%d as permitted sender) smtp.mailfrom=bounces.%s; dmarc=pass (p=QUARANTINE "
                "sp=QUARANTINE dis=NONE) header.from=%s"
                % (mx, dom, hexs(32), tok(8, UP + DIG + "abcdefghijklmnopqrstuvwxyz"),
                   tok(8, UP + "abcdefghijklmnopqrstuvwxyz"), mx, bounce, a, b, dom, dom))
        msgid = "<%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            "0102018" + hexs(9), hexs(8), hexs(4), hexs(4), hexs(12))
    else:
        host, ip = spec["relay"] or ("mail.%s" % sdom, "185.%d.%d.%d" % (rng.randint(2, 250), rng.randint(2, 250),
                                                                          rng.randint(2, 250)))
        body["Return-Path"] = "<%s>" % spec["sender"][1]
        body["Received"] = "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s" % (
            host, host, ip, mx, tok(12), spec["to"][1], stamp)
        for ar in ([spec["auth"]] if isinstance(spec["auth"], str) else (spec["auth"] or [])):
            body["Authentication-Results"] = ar.replace("{mx}", mx)
        if sdom in ("gmail.com",):
            msgid = "<CA%s%s@mail.gmail.com>" % (tok(20, UP + "abcdefghijklmnopqrstuvwxyz" + DIG + "+_"), tok(16))
        else:
            msgid = "<%s.%s@%s>" % (hexs(16), rng.randint(10 ** 9, 10 ** 10), sdom)
    body["Date"] = stamp
    body["From"] = addr(spec["sender"][0], spec["sender"][1], spec.get("sender_charset", "utf-8"))
    if spec.get("reply_to"):
        body["Reply-To"] = spec["reply_to"]
    body["To"] = addr(spec["to"][0], spec["to"][1], "utf-8")
    body["Message-ID"] = msgid
    body["Subject"] = hdr(spec["subject"], cs if cs != "us-ascii" else "utf-8")
    if spec.get("mailer"):
        body["X-Mailer"] = spec["mailer"]
    body["MIME-Version"] = "1.0"
    for k, v in saved:
        if k.lower() != "mime-version":
            body[k] = v
    if spec["genuine"]:
        body["X-AMAZON-MAIL-RELAY-TYPE"] = "notification"
        body["Bounces-to"] = body["Return-Path"].strip("<>")
        body["X-AMAZON-RTE-VERSION"] = "2.0"
        body["X-SES-Outgoing"] = "%s-54.240.%d.%d" % (date.strftime("%Y.%m.%d"), a, b)
        body["Feedback-ID"] = "1.eu-west-1.%s=:AmazonSES" % tok(43, UP + DIG + "abcdefghijklmnopqrstuvwxyz")
    for k, v in spec.get("extra_headers") or []:
        body[k] = v
    return body


SPECS = []


# ================================================================ ITALIAN (amazon.it)
IT = "it"
# ---- genuine notices
SPECS += [
    genuine(IT, kind="notice", cause="inventory_shortage", states_reason=True, local="order-update",
            subject="Articolo annullato dal tuo ordine Amazon.it #{order}", heading="Annullamento articolo",
            paras=["Ci dispiace informarti che abbiamo dovuto annullare l'articolo indicato di seguito dal tuo ordine "
                   "#{order}. Il fornitore ci ha comunicato che il prodotto non \u00e8 pi\u00f9 disponibile e non siamo in "
                   "grado di procurarlo in tempi ragionevoli.",
                   "Gli altri articoli del tuo ordine non sono interessati e verranno spediti come previsto. Non ti "
                   "verr\u00e0 addebitato alcun importo per l'articolo annullato.",
                   "Se desideri ancora acquistare questo prodotto, controlla la pagina del prodotto su Amazon.it: "
                   "potrebbe essere disponibile presso altri venditori."],
            items=[("Bialetti Moka Express 6 tazze, alluminio", 1, 34.90)], fmt="alt", auth=True, cte="qp",
            show_total=False, note="partial cancellation, supplier cannot supply, HTML+text"),
    genuine(IT, kind="notice", cause="payment_issue", states_reason=True, local="payments-messages",
            subject="Il tuo ordine Amazon.it {order} \u00e8 stato annullato", heading="Ordine annullato",
            paras=["Il tuo ordine n. {order} \u00e8 stato annullato perch\u00e9 non siamo riusciti ad addebitare l'importo "
                   "sulla carta Mastercard che termina con 4417. La banca emittente ha rifiutato l'autorizzazione e non "
                   "abbiamo ricevuto un metodo di pagamento aggiornato entro il termine indicato nella nostra e-mail "
                   "precedente.",
                   "Nessun importo \u00e8 stato addebitato. Se desideri ancora questi articoli, effettua un nuovo ordine "
                   "su Amazon.it dopo aver aggiornato i dati di pagamento in Il mio account.",
                   "Per aggiornare la carta accedi al tuo account direttamente da www.amazon.it o dall'app Amazon. "
                   "Non inviarci mai i dati della carta via e-mail."],
            items=[("Philips Serie 3000 Rasoio elettrico S3233/52", 1, 69.99)], fmt="plain", auth=False, cte="qp",
            note="payment revision not made in time, plain text"),
    genuine(IT, kind="notice", cause="technical_issue", states_reason=True, local="order-update",
            subject="Informazioni sul tuo ordine Amazon.it {order}", heading="Informazioni sul tuo ordine",
            paras=["Ti contattiamo in merito al tuo ordine {order}. A causa di un errore tecnico, il prezzo "
                   "dell'articolo riportato di seguito era indicato in modo errato sulla pagina del prodotto al momento "
                   "dell'acquisto (4,99 \u20ac invece di 249,00 \u20ac).",
                   "Come previsto dalle Condizioni generali d'uso e vendita, abbiamo annullato l'ordine. L'autorizzazione "
                   "di pagamento temporanea verr\u00e0 rilasciata dalla tua banca entro alcuni giorni lavorativi.",
                   "Ci scusiamo per l'inconveniente."],
            items=[("Samsung Galaxy Tab S6 Lite 10,4\" 64 GB Wi-Fi, Grigio", 1, 4.99)], fmt="alt", auth=True,
            cte="b64", note="pricing error, generic 'Informazioni' subject, base64"),
    genuine(IT, kind="notice", cause="fraud_prevention", states_reason=True, local="cs-reply",
            subject="Il tuo ordine Amazon.it {order} \u00e8 stato annullato", heading="Ordine annullato",
            paras=["Durante una verifica di routine abbiamo notato un'attivit\u00e0 insolita associata al tuo account "
                   "Amazon.it. Per proteggerti, abbiamo annullato l'ordine {order} e messo temporaneamente in attesa "
                   "il tuo account.",
                   "Per ripristinare l'account, accedi direttamente a www.amazon.it (senza usare link contenuti in "
                   "e-mail) e segui le istruzioni visualizzate per verificare la tua identit\u00e0. Potrebbe esserti "
                   "chiesto di confermare l'ultimo metodo di pagamento utilizzato.",
                   "Eventuali autorizzazioni di pagamento relative a questo ordine verranno annullate."],
            items=[("Apple AirPods Pro (2\u00aa generazione) con custodia MagSafe (USB-C)", 2, 279.00)], fmt="plain",
            auth=True, cte="8bit", note="unusual activity, account on hold, plain 8bit"),
    genuine(IT, kind="notice", cause="customer_request", states_reason=True, local="auto-confirm",
            subject="Annullamento completato per il tuo ordine Amazon.it {order}", heading="Annullamento completato",
            paras=["Abbiamo annullato il tuo ordine {order} come da tua richiesta.",
                   "Se per questo ordine \u00e8 gi\u00e0 stato effettuato un addebito, il rimborso verr\u00e0 elaborato entro "
                   "3-5 giorni lavorativi sul metodo di pagamento originale.",
                   "Puoi visualizzare i dettagli dell'ordine in I miei ordini."],
            reason_line="Motivo dell'annullamento: Annullato dal cliente",
            items=[("LEGO Technic 42151 Bugatti Bolide", 1, 44.99), ("Duracell Plus AA, confezione da 12", 1, 9.49)],
            fmt="alt", auth=False, cte="qp", note="customer cancelled, 'Cancel reason' line"),
    genuine(IT, kind="notice", cause="unknown", states_reason=False, local="order-update",
            subject="Il tuo ordine Amazon.it #{order} \u00e8 stato annullato", heading="Ordine annullato",
            paras=["Ti informiamo che il tuo ordine {order} \u00e8 stato annullato. Gli articoli elencati di seguito "
                   "non verranno spediti.",
                   "Se il pagamento \u00e8 gi\u00e0 stato addebitato, riceverai un rimborso completo sul metodo di pagamento "
                   "utilizzato per l'ordine. Di solito il rimborso \u00e8 visibile entro 3-5 giorni lavorativi."],
            items=[("Tefal Ingenio Set di padelle 3 pezzi, antiaderenti", 1, 59.90)], fmt="plain", auth=False,
            cte="b64", note="no reason given, plain base64"),
]

# ---- near-miss non-notices
_it_friend = """Ciao Fede,

alla fine ho annullato l'ordine su Amazon della macchina per il pane: la consegna era slittata al 23 e il compleanno della mamma \u00e8 domenica. Mi \u00e8 gi\u00e0 arrivata la mail di conferma dell'annullamento, quindi nessun addebito.

Proposta: sabato mattina passiamo da Unieuro e la prendiamo l\u00ec? Altrimenti le regaliamo il buono per la spa come dicevi tu.

Fammi sapere,
Chiara

Il giorno mar 9 apr 2024 alle ore 18:22 Federico Benedetti <fede.benedetti@gmail.com> ha scritto:
> Allora, l'ordine Amazon \u00e8 partito o no? Se non arriva in tempo pensiamo a un piano B.
> F.
"""

_it_news_html = """<html><head><meta charset="utf-8"><title>Sicurezza Digitale News</title></head>
<body style="font-family:Georgia,serif;background:#f4f4f4;margin:0;padding:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1d3557;color:#ffffff;padding:18px 24px;font:bold 22px Arial,sans-serif">Sicurezza Digitale News &middot; n. 147</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:24px;color:#1d3557">Truffe online: attenzione alla finta e-mail &laquo;Il tuo ordine Amazon &egrave; stato annullato&raquo;</h1>
<p>Negli ultimi giorni molti lettori ci hanno segnalato messaggi che imitano le notifiche di Amazon. L'oggetto pi&ugrave; diffuso &egrave;
<em>&laquo;Il tuo ordine Amazon.it #402-XXXXXXX-XXXXXXX &egrave; stato annullato &ndash; azione richiesta&raquo;</em>, ma circolano anche varianti come
<em>&laquo;Ordine annullato: problema con il pagamento&raquo;</em>.</p>
<p>Il testo spiega che l'ordine &egrave; stato cancellato per un &laquo;problema di sicurezza&raquo; e invita a chiamare un numero di assistenza o a cliccare su un link
per &laquo;ottenere il rimborso&raquo;. Chi chiama viene convinto a installare un programma di controllo remoto o a comunicare i dati della carta.</p>
<h2 style="font-size:18px;color:#1d3557">Come riconoscerle</h2>
<ul>
<li>Controllate l'indirizzo del mittente: domini come <code>amazon-ordini-it.com</code> o caselle Gmail non appartengono ad Amazon.</li>
<li>Passate il mouse sui link prima di cliccare: il testo pu&ograve; mostrare &laquo;amazon.it&raquo; mentre il collegamento porta altrove.</li>
<li>Nel dubbio, aprite l'app o digitate voi l'indirizzo e controllate la sezione &laquo;I miei ordini&raquo;.</li>
</ul>
<p>Amazon ricorda che non chiede mai password o dati della carta via e-mail o telefono.</p>
<p style="margin-top:28px"><a href="https://www.sicurezzadigitale-news.it/articoli/finto-ordine-amazon-annullato" style="color:#e63946">Leggi l'articolo completo sul sito</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font:11px Arial,sans-serif;color:#888888;border-top:1px solid #eeeeee">
Ricevi questa newsletter perch&eacute; ti sei iscritto su sicurezzadigitale-news.it. <a href="https://www.sicurezzadigitale-news.it/newsletter/disiscrizione?u=8841273" style="color:#888888">Annulla l'iscrizione</a>.
</td></tr></table></body></html>
"""

_it_ebay_text = """Ciao {first},

il venditore tecnoshop_outlet ha annullato il tuo ordine.

Sony WH-1000XM4 Cuffie wireless con cancellazione del rumore, nero
Numero ordine: 14-10823-55391
Totale: EUR 219,00

Motivo indicato dal venditore:
"L'articolo era in vendita anche sul nostro negozio Amazon ed \u00e8 andato esaurito prima che potessimo aggiornare l'inserzione. Ci scusiamo per il disagio."

Il rimborso di EUR 219,00 verr\u00e0 emesso sul metodo di pagamento utilizzato (PayPal) entro 3 giorni lavorativi. L'annullamento non avr\u00e0 conseguenze sul tuo profilo.

Visualizza i dettagli dell'ordine: https://www.ebay.it/mye/myebay/purchase?orderid=14-10823-55391

eBay non ti chieder\u00e0 mai di fornire la password o dati finanziari via e-mail.
Hai domande? Visita il Centro assistenza: https://www.ebay.it/help/home

Copyright \u00a9 1995-2024 eBay Inc. Tutti i diritti riservati.
eBay GmbH, Helvetiastrasse 15/17, 3005 Berna, Svizzera
"""

SPECS += [
    mail(IT, kind="non_notice", sender=("eBay", "ebay@ebay.it"), relay=("mxphxpool1180.ebay.com", "66.211.185.55"),
         subject="Il venditore ha annullato il tuo ordine: Sony WH-1000XM4 Cuffie wireless",
         plain=_it_ebay_text, cte="qp",
         auth="{mx}; dkim=pass header.d=ebay.it; spf=pass smtp.mailfrom=ebay.it; dmarc=pass header.from=ebay.it",
         note="eBay seller cancellation; seller mentions its Amazon shop"),
    mail(IT, kind="non_notice", sender=("Chiara Benedetti", "chiara.benedetti87@gmail.com"),
         to=("Federico Benedetti", "fede.benedetti@gmail.com"),
         relay=("mail-wm1-f41.google.com", "209.85.128.41"), subject="Re: regalo per la mamma", plain=_it_friend,
         cte="8bit", note="sister says she cancelled her Amazon order"),
    mail(IT, kind="non_notice", sender=("Sicurezza Digitale News", "newsletter@sicurezzadigitale-news.it"),
         subject="Truffe online: attenzione alla finta e-mail \"Il tuo ordine Amazon \u00e8 stato annullato\"",
         html=_it_news_html, cte="b64",
         extra_headers=[("List-Unsubscribe", "<https://www.sicurezzadigitale-news.it/newsletter/disiscrizione?u=8841273>")],
         note="newsletter about phishing quoting fake cancellation subject, HTML only"),
]

_d = dt.datetime(2024, 4, 15, 16, 42, 7, tzinfo=dt.timezone(dt.timedelta(hours=2)))
SPECS += [
    genuine(IT, kind="non_notice", cause=None, states_reason=False, local="shipment-tracking",
            subject="Il tuo appuntamento di consegna \u00e8 stato annullato: scegli una nuova data",
            heading="Appuntamento di consegna annullato",
            paras=["L'appuntamento di consegna previsto per gioved\u00ec 18 aprile tra le 8:00 e le 12:00 per il tuo "
                   "ordine {order} \u00e8 stato annullato dal corriere per motivi organizzativi.",
                   "Il tuo ordine non \u00e8 stato annullato: l'articolo \u00e8 pronto per la consegna. Scegli una nuova "
                   "fascia oraria entro 5 giorni; in caso contrario ti contatteremo per fissare un nuovo appuntamento.",
                   "La consegna al piano e il ritiro dell'usato restano inclusi come indicato al momento dell'ordine."],
            items=[("Samsung WW90T534DAW Lavatrice 9 kg, classe A", 1, 429.00)], items_heading="Articolo in consegna",
            button=("Scegli una nuova data", "/gp/your-account/ship-track/reschedule"), fmt="alt", auth=True,
            cte="qp", date=_d, show_total=False, note="delivery appointment cancelled, order still active"),
    genuine(IT, kind="non_notice", cause=None, states_reason=False, local="digital-no-reply",
            subject="Conferma di annullamento dell'iscrizione ad Amazon Prime", heading="Iscrizione Prime annullata",
            paras=["Come da tua richiesta, abbiamo annullato la tua iscrizione ad Amazon Prime. Potrai continuare a "
                   "usufruire dei vantaggi Prime fino al 23 maggio 2024.",
                   "Dopo tale data non ti verr\u00e0 addebitata la quota annuale di 49,90 \u20ac. Gli ordini gi\u00e0 effettuati "
                   "non sono interessati e verranno spediti normalmente.",
                   "Hai cambiato idea? Puoi riattivare Prime in qualsiasi momento da Il mio account > Iscrizione Prime."],
            fmt="plain", auth=False, cte="qp", sender_name="Amazon Prime",
            note="Prime membership cancelled"),
    genuine(IT, kind="non_notice", cause=None, states_reason=False, local="payments-messages",
            subject="Azione richiesta: aggiorna il metodo di pagamento per l'ordine Amazon.it {order}",
            heading="Problema con il pagamento",
            paras=["Non siamo riusciti ad autorizzare il pagamento con la carta Visa che termina con 0193 per il tuo "
                   "ordine {order}.",
                   "Per evitare l'annullamento, aggiorna il metodo di pagamento entro il 12 marzo 2024 da I miei ordini "
                   "> Rivedi o modifica il pagamento. Se il pagamento non viene aggiornato entro tale data, l'ordine "
                   "verr\u00e0 annullato.",
                   "Fino ad allora i tuoi articoli restano riservati e l'ordine verr\u00e0 spedito non appena il pagamento "
                   "sar\u00e0 stato autorizzato."],
            items=[("De'Longhi Magnifica S ECAM 22.110.B macchina da caff\u00e8 automatica", 1, 299.99)],
            items_heading="Articoli del tuo ordine",
            button=("Aggiorna il metodo di pagamento", "/gp/css/order-details?ref_=pay_revise"), fmt="alt", auth=True,
            cte="8bit", date=dt.datetime(2024, 3, 8, 9, 5, 51, tzinfo=dt.timezone.utc),
            note="payment revision reminder before cancellation"),
]

# ---- phishing look-alikes
_it_l1 = """Gentile Cliente,

il tuo ordine #402-7718204-9931145 (Apple iPhone 15 Pro Max 256GB Titanio naturale - 1.489,00 \u20ac) \u00e8 stato ANNULLATO dal nostro sistema di sicurezza perch\u00e8 abbiamo rilevato un accesso sospetto al tuo account da un dispositivo sconosciuto (Bucarest, Romania).

L'importo di 1.489,00 \u20ac risulta ancora BLOCCATO sulla tua carta. Per sbloccare il rimborso chiama immediatamente il nostro Servizio Clienti dedicato:

      +39 02 9475 3321   (attivo 24 ore su 24)

Se non ci contatti entro 24 ore l'importo verr\u00e0 addebitato definitivamente e non sar\u00e0 pi\u00f9 possibile recuperarlo.

Grazie per la collaborazione,
Team Sicurezza Amazon
"""

_it_l2 = """<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:24px">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="120" alt="amazon">
<h2 style="color:#c45500">Il tuo account &egrave; stato sospeso</h2>
<p>Gentile cliente,</p>
<p>a seguito di una verifica automatica il tuo account Amazon &egrave; stato temporaneamente <b>sospeso</b> e l'ordine n. <b>171-4402918-66</b> &egrave; stato annullato.</p>
<p>Per riattivare l'account e ripristinare l'ordine utilizza il seguente <b>codice di sblocco</b> nella pagina di verifica entro 12 ore:</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center;background:#f3f3f3;padding:12px"><b>AMZ-7731-XQ</b></p>
<p style="text-align:center"><a href="https://account-amazon-it.com/verifica?c=AMZ-7731-XQ&amp;l=it" style="background:#ffd814;color:#111;padding:10px 22px;border-radius:8px;text-decoration:none">Verifica ora</a></p>
<p>Se non completi la verifica, l'account verr&agrave; chiuso definitivamente e gli ordini in corso saranno annullati.</p>
<p style="color:#777;font-size:12px">&copy; 2024 Amazon.com, Inc. o societ&agrave; affiliate. Tutti i diritti riservati.</p>
</div></body></html>
"""

_it_l3 = """Gentile cliente Amazon,

la informiamo che il suo ordine n\u00b0 305-22819-1120 \u00e8 stato cancellato perch\u00e8 il pagamento con la sua carta \u00e8 stato rifiutato dalla banca!!

Per riattivare l'ordine e non perdere la merce risponda a questa email indicando i seguenti dati:

- Nome e cognome del titolare
- Numero carta (16 cifre)
- Data di scadenza
- Codice CVV (3 cifre sul retro)
- Data di nascita

Ricever\u00e0 conferma entro 2 ore lavorative.

Cordiali Saluti
Ufficio Pagamenti Amazon Italia
"""

_it_l5_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff;margin-top:20px" cellpadding="18"><tr><td>
<img src="http://amaz0n-it.com/img/logo.png" width="110" alt="Amazon.it">
<h2 style="font-weight:normal;color:#c60">Ordine #402-83917-22035 annullato</h2>
<p>Gentile {first},</p>
<p>a causa di un <b>errore di sistema</b> durante l'elaborazione del pagamento, il tuo ordine #402-83917-22035 &egrave; stato annullato, ma l'importo di <b>89,99 &euro;</b> non &egrave; stato riaccreditato automaticamente sul tuo conto.</p>
<p>Per completare la procedura di rimborso accedi al modulo sicuro e reinserisci i dati della carta su cui desideri ricevere l'accredito.</p>
<p><a href="http://amaz0n-it.com/rimborso/?id=40283917" style="background:#ff9900;color:#fff;padding:10px 20px;text-decoration:none">Richiedi il rimborso</a></p>
<p>Il modulo resta attivo per 72 ore.</p>
<p>Grazie,<br>Amazon.it</p>
</td></tr></table></body></html>
"""

_it_l5_text = """Gentile {first},

a causa di un errore di sistema durante l'elaborazione del pagamento, il tuo ordine #402-83917-22035 e' stato annullato, ma l'importo di 89,99 EUR non e' stato riaccreditato automaticamente.

Per completare la procedura di rimborso reinserisci i dati della carta: http://amaz0n-it.com/rimborso/?id=40283917

Grazie,
Amazon.it
"""

_it_l6 = """Cliente Amazon,

il tuo ordine verra ANNULLATO tra 48 ore!!

per evitare l'annullamento conferma subito il tuo ordine qui:
http://bit.ly/3amzn-conferma-it

dopo la scadenza non sara piu possibile recuperare l'ordine.

Amazon Italia
"""

_it_l8 = """Gentile cliente,

abbiamo ricevuto la tua richiesta di annullamento dell'ordine effettuato sul tuo account Amazon.

Se NON hai richiesto tu l'annullamento, apri il modulo allegato (Modulo_Annullamento_Amazon.html) e compila i dati richiesti per bloccare l'operazione entro 24 ore.

Servizio Clienti Amazon
"""

_it_l8_att = """<html><head><title>Amazon.it - Blocca annullamento</title></head>
<body style="font-family:Arial"><h3>Amazon.it &ndash; Blocca la richiesta di annullamento</h3>
<form action="http://185.212.44.31/it/annull.php" method="post">
Nome e cognome <input name="n"><br>E-mail <input name="e"><br>Password Amazon <input name="p" type="password"><br>
Numero carta <input name="c"><br>Scadenza <input name="s"> CVV <input name="v"><br>
<button type="submit">Blocca annullamento</button></form></body></html>
"""

_it_phish_href = lambda p: "https://amazon-it-rimborsi.top/r/%s?p=%s" % (tok(10, DIG + "abcdef"), urllib.parse.quote(p, safe=""))
_it_phish_text = lambda p, t: "https://www.amazon.it%s" % p.split("?")[0] if p.startswith("/gp/css/order") else t

_it_l7_href = lambda p: "https://amazon-orders.help/it/%s" % rng.choice(["pagamento", "account", "ordine"])

SPECS += [
    mail(IT, kind="lookalike", cause="fraud_prevention", states_reason=True,
         sender=("Amazon Servizio Clienti", "amazon.assistenza.ordini@gmail.com"),
         relay=("mail-ej1-f66.google.com", "209.85.218.66"),
         subject="Ordine #402-7718204-9931145 annullato - attivita sospetta rilevata", plain=_it_l1, cte="8bit",
         auth="{mx}; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
         note="gmail sender, callback phone number"),
    mail(IT, kind="lookalike", cause="fraud_prevention", states_reason=True,
         sender=("\u0410mazon.\u0456t", "no-reply@account-amazon-it.com"),
         subject="Account sospeso: il tuo ordine \u00e8 stato annullato", html=_it_l2, cte="qp",
         note="Cyrillic homoglyph display name, account suspended + unlock code, malformed order number"),
    mail(IT, kind="lookalike", cause="payment_issue", states_reason=True,
         sender=("Amazon Pagamenti", "amazon-pagamenti-it@outlook.com"), relay=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.94"),
         subject="Il suo ordine \u00e8 stato cancellato!! Pagamento rifiutato", plain=_it_l3, cte="qp",
         note="outlook sender, asks to reply with card details, malformed order number, crude"),
]

_it_l4 = genuine(IT, kind="lookalike", cause="inventory_shortage", states_reason=True, local="auto-confirm",
                 subject="Il tuo ordine Amazon.it #{order} \u00e8 stato annullato: articolo non disponibile",
                 heading="Ordine annullato", paras=[
                     "il tuo ordine #{order} \u00e8 stato annullato perch\u00e9 l'articolo non \u00e8 pi\u00f9 disponibile presso il "
                     "venditore.",
                     "Per ricevere il rimborso di 129,99 \u20ac devi confermare i dati di pagamento entro 48 ore dalla "
                     "pagina del tuo ordine: https://www.amazon.it/gp/css/order-details",
                     "Trascorso questo termine il rimborso verr\u00e0 trattenuto fino a verifica manuale (fino a 60 giorni)."],
                 items=[("Garmin Forerunner 55 smartwatch GPS, nero", 1, 129.99)], fmt="alt", cte="qp")
# keep the genuine layout but send every link to the phishing host and show amazon.it addresses as link text
_it_l4["html"] = amazon_html(IT, heading="Ordine annullato", name=_it_l4["to"][0].split()[0], order=_it_l4["order"],
                             paras=[p.replace("https://www.amazon.it/gp/css/order-details",
                                              '<a href="https://amazon-it-rimborsi.top/r/conferma?o=%s">https://www.amazon.it/gp/css/order-details</a>'
                                              % _it_l4["order"]) for p in [
                                 "il tuo ordine #%s \u00e8 stato annullato perch\u00e9 l'articolo non \u00e8 pi\u00f9 disponibile presso il venditore." % _it_l4["order"],
                                 "Per ricevere il rimborso di 129,99 \u20ac devi confermare i dati di pagamento entro 48 ore dalla pagina del tuo ordine: https://www.amazon.it/gp/css/order-details",
                                 "Trascorso questo termine il rimborso verr\u00e0 trattenuto fino a verifica manuale (fino a 60 giorni)."]],
                             items=[("Garmin Forerunner 55 smartwatch GPS, nero", 1, 129.99)],
                             href=_it_phish_href, link_text=_it_phish_text,
                             button=("Conferma e ricevi il rimborso", "/gp/css/order-details"))
_it_l4.update(genuine=False, marketplace=None, sender=("Amazon.it", "auto-confirm@amazon.it.ordini-rimborso.com"),
              reply_to="no-reply@amazon.it.ordini-rimborso.com", relay=("mail.ordini-rimborso.com", "185.212.44.31"),
              auth="{mx}; dkim=pass header.d=amazon.it.ordini-rimborso.com; spf=pass smtp.mailfrom=amazon.it.ordini-rimborso.com; "
                   "dmarc=pass header.from=amazon.it.ordini-rimborso.com",
              attachments=[], extra_headers=[], note="polished copy of real template, amazon.it.<evil> domain, link text shows amazon.it but href elsewhere")
SPECS.append(_it_l4)

_it_l7 = genuine(IT, kind="lookalike", cause="payment_issue", states_reason=True, local="payments-messages",
                 subject="Azione richiesta: aggiorna il pagamento o l'ordine 171-9284-33812 verr\u00e0 annullato",
                 heading="Problema con il pagamento", order="171-9284-33812", paras=[
                     "non siamo riusciti ad autorizzare il pagamento per il tuo ordine 171-9284-33812.",
                     "Se non aggiorni il metodo di pagamento entro 24 ore, l'ordine verr\u00e0 annullato e il tuo account "
                     "potrebbe essere limitato.",
                     "Per aggiornare i dati utilizza il pulsante qui sotto."],
                 items=[("Dyson V12 Detect Slim Absolute", 1, 549.00)], items_heading="Articoli del tuo ordine",
                 button=("Aggiorna il metodo di pagamento", "/gp/css/order-details"), fmt="alt", cte="b64")
_it_l7["html"] = amazon_html(IT, heading="Problema con il pagamento", name=_it_l7["to"][0].split()[0],
                             order="171-9284-33812", paras=[
                                 "non siamo riusciti ad autorizzare il pagamento per il tuo ordine 171-9284-33812.",
                                 "Se non aggiorni il metodo di pagamento entro 24 ore, l'ordine verr\u00e0 annullato e il tuo account potrebbe essere limitato.",
                                 "Per aggiornare i dati utilizza il pulsante qui sotto."],
                             items=[("Dyson V12 Detect Slim Absolute", 1, 549.00)], items_heading="Articoli del tuo ordine",
                             button=("Aggiorna il metodo di pagamento", "/gp/css/order-details"), href=_it_l7_href)
_it_l7["plain"] = _it_l7["plain"].replace("https://www.amazon.it/gp/css/order-details", "https://amazon-orders.help/it/pagamento")
_it_l7.update(genuine=False, marketplace=None, sender=("Amazon.it", "payments-messages@amazon-orders.help"),
              reply_to=None, relay=("smtp.amazon-orders.help", "91.215.85.17"), auth=None, attachments=[],
              extra_headers=[], note="amazon-orders.help domain, polished template with security footer, 'will be cancelled unless', malformed order number")
SPECS.append(_it_l7)

SPECS += [
    mail(IT, kind="lookalike", cause="technical_issue", states_reason=True,
         sender=("Amaz\u03bfn Italia", "servizio@amaz0n-it.com"), subject="Errore di sistema: ordine #402-83917-22035 annullato",
         plain=_it_l5_text, html=_it_l5_html, cte="b64",
         auth="{mx}; dkim=pass header.d=amaz0n-it.com; spf=pass smtp.mailfrom=amaz0n-it.com; dmarc=pass header.from=amaz0n-it.com",
         note="amaz0n domain, Greek omicron in display name, malformed order number"),
    mail(IT, kind="lookalike", cause="unknown", states_reason=False,
         sender=("AMAZON", "info.amazon.consegne@yahoo.com"), relay=("sonic313-21.consmr.mail.ir2.yahoo.com", "77.238.176.206"),
         subject="ULTIMO AVVISO: il tuo ordine verra annullato", plain=_it_l6, charset="us-ascii", cte="8bit",
         note="yahoo sender, crude, no order number, will be cancelled unless"),
    mail(IT, kind="lookalike", cause="customer_request", states_reason=True,
         sender=("Amazon", "notifiche@servizio-clienti-amzn.eu"), reply_to="amzn.supporto.it@gmail.com",
         subject="Conferma richiesta di annullamento ordine", plain=_it_l8, cte="qp",
         attachments=[("Modulo_Annullamento_Amazon.html", "text/html", _it_l8_att.encode("utf-8"))],
         note="claims customer-requested cancellation, no order number, credential-harvesting HTML attachment"),
]


# ================================================================ POLISH (amazon.pl)
PL = "pl"
SPECS += [
    genuine(PL, kind="notice", cause="inventory_shortage", states_reason=True, local="order-update",
            subject="Twoje zam\u00f3wienie przedpremierowe Amazon.pl {order} zosta\u0142o anulowane",
            heading="Anulowanie zam\u00f3wienia",
            paras=["Z przykro\u015bci\u0105 informujemy, \u017ce musieli\u015bmy anulowa\u0107 Twoje zam\u00f3wienie przedpremierowe nr "
                   "{order}. Wydawca poinformowa\u0142 nas, \u017ce nie dostarczy zam\u00f3wionej liczby egzemplarzy, dlatego "
                   "nie jeste\u015bmy w stanie zrealizowa\u0107 zam\u00f3wienia.",
                   "Nie obci\u0105\u017cyli\u015bmy Twojej karty - w przypadku zam\u00f3wie\u0144 przedpremierowych p\u0142atno\u015b\u0107 "
                   "pobieramy dopiero w chwili wysy\u0142ki.",
                   "Przepraszamy za niedogodno\u015bci."],
            items=[("The Legend of Zelda: Echoes of Wisdom - Edycja Kolekcjonerska (Nintendo Switch)", 1, 449.00)],
            fmt="alt", auth=False, charset="iso-8859-2", cte="qp", note="pre-order cannot be filled, iso-8859-2"),
    genuine(PL, kind="notice", cause="payment_issue", states_reason=True, local="payments-messages",
            subject="Zam\u00f3wienie Amazon.pl {order} zosta\u0142o anulowane", heading="Zam\u00f3wienie anulowane",
            paras=["Twoje zam\u00f3wienie nr {order} zosta\u0142o anulowane, poniewa\u017c nie uda\u0142o nam si\u0119 pobra\u0107 "
                   "p\u0142atno\u015bci. Bank wydaj\u0105cy kart\u0119 Visa ko\u0144cz\u0105c\u0105 si\u0119 na 2280 odrzuci\u0142 transakcj\u0119, a w "
                   "wyznaczonym terminie nie otrzymali\u015bmy aktualizacji metody p\u0142atno\u015bci.",
                   "Nie pobrali\u015bmy \u017cadnej op\u0142aty za to zam\u00f3wienie. Je\u015bli nadal chcesz kupi\u0107 te produkty, "
                   "zaktualizuj metod\u0119 p\u0142atno\u015bci w sekcji Twoje konto na stronie www.amazon.pl i z\u0142\u00f3\u017c nowe "
                   "zam\u00f3wienie."],
            items=[("Tefal Optigrill+ GC712D grill elektryczny", 1, 549.99)], fmt="plain", auth=True, cte="8bit",
            note="card declined, no payment update in time, plain 8bit"),
    genuine(PL, kind="notice", cause="technical_issue", states_reason=True, local="order-update",
            subject="Informacja dotycz\u0105ca Twojego zam\u00f3wienia Amazon.pl {order}", heading="Informacja o zam\u00f3wieniu",
            paras=["Podczas przetwarzania Twojego zam\u00f3wienia nr {order} wyst\u0105pi\u0142 b\u0142\u0105d systemu, w wyniku kt\u00f3rego "
                   "zam\u00f3wienie nie mog\u0142o zosta\u0107 prawid\u0142owo przekazane do naszego centrum logistycznego. W zwi\u0105zku "
                   "z tym anulowali\u015bmy zam\u00f3wienie.",
                   "Je\u015bli na Twoim rachunku widoczna jest blokada \u015brodk\u00f3w, zostanie ona automatycznie zwolniona "
                   "w ci\u0105gu kilku dni roboczych. Przepraszamy za niedogodno\u015bci.",
                   "Produkt jest nadal dost\u0119pny - mo\u017cesz go zam\u00f3wi\u0107 ponownie w dotychczasowej cenie."],
            items=[("Xiaomi Redmi Note 13 Pro 8/256 GB, czarny", 1, 1199.00)], fmt="alt", auth=False, cte="b64",
            note="system processing error, base64"),
    genuine(PL, kind="notice", cause="fraud_prevention", states_reason=True, local="cs-reply",
            subject="Twoje zam\u00f3wienie Amazon.pl zosta\u0142o anulowane", heading="Zam\u00f3wienie anulowane",
            paras=["Nasz system wykry\u0142 nietypow\u0105 aktywno\u015b\u0107 na Twoim koncie Amazon.pl. Ze wzgl\u0119d\u00f3w "
                   "bezpiecze\u0144stwa anulowali\u015bmy zam\u00f3wienie nr {order} i tymczasowo zablokowali\u015bmy konto.",
                   "Aby odblokowa\u0107 konto, zaloguj si\u0119 bezpo\u015brednio na stronie www.amazon.pl (nie korzystaj z link\u00f3w "
                   "w wiadomo\u015bciach e-mail) i post\u0119puj zgodnie z wy\u015bwietlonymi instrukcjami, aby potwierdzi\u0107 "
                   "swoj\u0105 to\u017csamo\u015b\u0107.",
                   "Do czasu weryfikacji nie b\u0119dziesz m\u00f3g\u0142 sk\u0142ada\u0107 nowych zam\u00f3wie\u0144."],
            items=[("Karta podarunkowa Amazon.pl - 500 z\u0142 (e-mail)", 2, 500.00)], fmt="plain", auth=True,
            charset="iso-8859-2", cte="qp", note="unusual activity, account locked, iso-8859-2 plain"),
    genuine(PL, kind="notice", cause="customer_request", states_reason=True, local="auto-confirm",
            subject="Pomy\u015blnie anulowano produkty z Twojego zam\u00f3wienia Amazon.pl {order}",
            heading="Anulowanie zako\u0144czone",
            paras=["Zgodnie z Twoj\u0105 pro\u015bb\u0105 anulowali\u015bmy nast\u0119puj\u0105ce produkty z zam\u00f3wienia nr {order}.",
                   "Je\u015bli p\u0142atno\u015b\u0107 zosta\u0142a ju\u017c pobrana, zwrot \u015brodk\u00f3w nast\u0105pi w ci\u0105gu 3-5 dni roboczych."],
            reason_line="Pow\u00f3d anulowania: Anulowane przez klienta",
            items=[("Philips Hue White and Color Ambiance E27, 2 szt.", 1, 329.00)], fmt="html", auth=True, cte="qp",
            note="customer cancelled, HTML only"),
    genuine(PL, kind="notice", cause="unknown", states_reason=True, local="order-update",
            subject="Twoje zam\u00f3wienie Amazon.pl {order} zosta\u0142o anulowane", heading="Zam\u00f3wienie anulowane",
            paras=["Niestety nie mo\u017cemy dostarczy\u0107 Twojego zam\u00f3wienia nr {order} pod wskazany adres. Przewo\u017anik "
                   "zg\u0142osi\u0142, \u017ce adres dostawy jest niekompletny (brak numeru lokalu), a pr\u00f3by kontaktu nie "
                   "powiod\u0142y si\u0119. Przesy\u0142ka wr\u00f3ci\u0142a do naszego centrum logistycznego, a zam\u00f3wienie zosta\u0142o "
                   "anulowane.",
                   "Zwrot pe\u0142nej kwoty, \u0142\u0105cznie z kosztami wysy\u0142ki, otrzymasz na pierwotn\u0105 metod\u0119 p\u0142atno\u015bci "
                   "w ci\u0105gu 3-5 dni roboczych. Przed z\u0142o\u017ceniem kolejnego zam\u00f3wienia sprawd\u017a adres w sekcji "
                   "Twoje konto > Twoje adresy."],
            items=[("Bosch Serie 4 odkurzacz bezprzewodowy BBS611LAG", 1, 899.00)], fmt="alt", auth=False, cte="8bit",
            note="undeliverable address (fits none of four), 8bit"),
]

_pl_mm_text = """Dzie\u0144 dobry,

z przykro\u015bci\u0105 informujemy, \u017ce Twoje zam\u00f3wienie nr 1187340562 z dnia 14.05.2024 zosta\u0142o anulowane, poniewa\u017c produkt nie jest ju\u017c dost\u0119pny w naszym magazynie centralnym.

Samsung Galaxy Buds2 Pro, grafitowe
Ilo\u015b\u0107: 1
Cena: 549,00 z\u0142

P\u0142atno\u015bci dokonano za pomoc\u0105 Amazon Pay. Kwota 549,00 z\u0142 zostanie zwr\u00f3cona na to samo konto w ci\u0105gu 5 dni roboczych i b\u0119dzie widoczna w historii transakcji Amazon Pay.

Masz pytania? Skontaktuj si\u0119 z nami: https://mediamarkt.pl/pomoc

Pozdrawiamy
Zesp\u00f3\u0142 MediaMarkt.pl

Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa
"""
_pl_mm_html = ("<html><body style=\"font-family:Arial,sans-serif;color:#333\"><table width=\"600\" align=\"center\">"
               "<tr><td style=\"background:#df0000;padding:14px\"><img src=\"https://assets.mmsrg.com/is/166325/12975367df8e182e57044734f5165e190/c3/-/logo-mm.png\" alt=\"MediaMarkt\" height=\"32\"></td></tr>"
               "<tr><td style=\"padding:20px\">" +
               "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _pl_mm_text.strip().split("\n\n")) +
               "</td></tr></table></body></html>")

_pl_colleague = """Cze\u015b\u0107 Aniu,

anulowa\u0142em zam\u00f3wienie na Amazonie (te s\u0142uchawki Jabra Evolve2 do sali konferencyjnej), bo termin dostawy przesun\u0119li na koniec miesi\u0105ca. Dosta\u0142em ju\u017c potwierdzenie anulowania, pieni\u0105dze maj\u0105 wr\u00f3ci\u0107 na firmow\u0105 kart\u0119 w ci\u0105gu kilku dni.

Zam\u00f3wi\u0119 u naszego dostawcy w Krakowie, b\u0119d\u0105 w pi\u0105tek. Daj zna\u0107, je\u015bli wolisz inny model.

Pozdrawiam
Tomek

--
Tomasz Wr\u00f3blewski
Kancelaria Wr\u00f3blewski i Wsp\u00f3lnicy
tel. 22 654 19 80

> Tomku, co z tymi s\u0142uchawkami? Jutro mamy wideokonferencj\u0119 z klientem.
> Anna
"""

_pl_bank_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px;color:#222;background:#f2f2f2">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#004b87;color:#fff;padding:16px 24px;font-size:18px"><b>Bank Nadwi&#347;la&#324;ski</b> &middot; Komunikat bezpiecze&#324;stwa</td></tr>
<tr><td style="padding:24px">
<h2 style="color:#004b87">Uwaga na fa&#322;szywe e-maile &bdquo;Twoje zam&oacute;wienie Amazon zosta&#322;o anulowane&rdquo;</h2>
<p>Szanowni Pa&#324;stwo,</p>
<p>ostrzegamy przed wiadomo&#347;ciami podszywaj&#261;cymi si&#281; pod sklep Amazon. Oszu&#347;ci rozsy&#322;aj&#261; e-maile z tematem
<i>&bdquo;Twoje zam&oacute;wienie Amazon.pl nr 403-XXXXXXX-XXXXXXX zosta&#322;o anulowane &ndash; wymagana weryfikacja p&#322;atno&#347;ci&rdquo;</i>.
W tre&#347;ci informuj&#261;, &#380;e zam&oacute;wienie anulowano z powodu problemu z p&#322;atno&#347;ci&#261;, i kieruj&#261; do strony, na kt&oacute;rej trzeba poda&#263; dane karty lub kod BLIK.</p>
<p><b>Jak si&#281; chroni&#263;?</b></p>
<ul><li>Sprawdzaj adres nadawcy &ndash; prawdziwe wiadomo&#347;ci Amazon pochodz&#261; z domeny amazon.pl.</li>
<li>Nie klikaj w linki &ndash; status zam&oacute;wienia sprawd&#378; samodzielnie w aplikacji lub na stronie sklepu.</li>
<li>Nigdy nie podawaj kodu BLIK ani danych karty w odpowiedzi na e-mail.</li></ul>
<p>Je&#347;li poda&#322;e&#347; dane karty, natychmiast zastrze&#380; j&#261; w aplikacji mobilnej lub pod numerem 800 120 120.</p>
<p>Z wyrazami szacunku<br>Departament Bezpiecze&#324;stwa Bank Nadwi&#347;la&#324;ski S.A.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">Wiadomo&#347;&#263; zosta&#322;a wys&#322;ana do klient&oacute;w bankowo&#347;ci elektronicznej. Nie odpowiadaj na ni&#261;.</td></tr>
</table></body></html>
"""
_pl_bank_text = """Bank Nadwi\u015bla\u0144ski - Komunikat bezpiecze\u0144stwa

Uwaga na fa\u0142szywe e-maile \u201eTwoje zam\u00f3wienie Amazon zosta\u0142o anulowane\u201d

Szanowni Pa\u0144stwo,

ostrzegamy przed wiadomo\u015bciami podszywaj\u0105cymi si\u0119 pod sklep Amazon. Oszu\u015bci rozsy\u0142aj\u0105 e-maile z tematem \u201eTwoje zam\u00f3wienie Amazon.pl nr 403-XXXXXXX-XXXXXXX zosta\u0142o anulowane \u2013 wymagana weryfikacja p\u0142atno\u015bci\u201d. W tre\u015bci informuj\u0105, \u017ce zam\u00f3wienie anulowano z powodu problemu z p\u0142atno\u015bci\u0105, i kieruj\u0105 do strony, na kt\u00f3rej trzeba poda\u0107 dane karty lub kod BLIK.

Jak si\u0119 chroni\u0107?
- Sprawdzaj adres nadawcy - prawdziwe wiadomo\u015bci Amazon pochodz\u0105 z domeny amazon.pl.
- Nie klikaj w linki - status zam\u00f3wienia sprawd\u017a samodzielnie w aplikacji lub na stronie sklepu.
- Nigdy nie podawaj kodu BLIK ani danych karty w odpowiedzi na e-mail.

Je\u015bli poda\u0142e\u015b dane karty, natychmiast zastrze\u017c j\u0105 w aplikacji mobilnej lub pod numerem 800 120 120.

Z wyrazami szacunku
Departament Bezpiecze\u0144stwa Bank Nadwi\u015bla\u0144ski S.A.
"""

SPECS += [
    mail(PL, kind="non_notice", sender=("MediaMarkt.pl", "noreply@mediamarkt.pl"),
         subject="Twoje zam\u00f3wienie nr 1187340562 zosta\u0142o anulowane", plain=_pl_mm_text, html=_pl_mm_html,
         cte="qp", auth="{mx}; dkim=pass header.d=mediamarkt.pl; spf=pass smtp.mailfrom=mediamarkt.pl; dmarc=pass header.from=mediamarkt.pl",
         note="MediaMarkt cancellation paid with Amazon Pay"),
    mail(PL, kind="non_notice", sender=("Tomasz Wr\u00f3blewski", "t.wroblewski@kancelaria-wroblewski.pl"),
         to=("Anna Lewandowska", "a.lewandowska@kancelaria-wroblewski.pl"), sender_charset="iso-8859-2",
         subject="Re: S\u0142uchawki do sali konferencyjnej", plain=_pl_colleague, charset="iso-8859-2", cte="8bit",
         mailer="Microsoft Outlook 16.0", note="colleague says he cancelled Amazon order, iso-8859-2 8bit"),
    mail(PL, kind="non_notice", sender=("Bank Nadwi\u015bla\u0144ski", "komunikaty@banknadwislanski.pl"),
         subject="Uwaga na fa\u0142szywe e-maile \u201eTwoje zam\u00f3wienie Amazon zosta\u0142o anulowane\u201d",
         plain=_pl_bank_text, html=_pl_bank_html, cte="qp", note="bank security bulletin quoting fake cancellation subject"),
    genuine(PL, kind="non_notice", cause=None, states_reason=False, local="digital-no-reply",
            subject="Twoja subskrypcja Kindle Unlimited zosta\u0142a anulowana", heading="Subskrypcja anulowana",
            paras=["Potwierdzamy anulowanie Twojej subskrypcji Kindle Unlimited. Mo\u017cesz nadal z niej korzysta\u0107 do "
                   "14 czerwca 2024 r.",
                   "Po tej dacie wypo\u017cyczone tytu\u0142y zostan\u0105 automatycznie zwr\u00f3cone, a Twoja karta nie zostanie "
                   "obci\u0105\u017cona kolejn\u0105 miesi\u0119czn\u0105 op\u0142at\u0105 w wysoko\u015bci 29,99 z\u0142.",
                   "Zmieni\u0142e\u015b zdanie? Subskrypcj\u0119 mo\u017cesz wznowi\u0107 w dowolnym momencie w sekcji Zarz\u0105dzaj "
                   "subskrypcj\u0105 Kindle Unlimited."],
            fmt="plain", auth=False, cte="b64", sender_name="Amazon Kindle",
            date=dt.datetime(2024, 5, 20, 7, 13, 44, tzinfo=dt.timezone.utc), note="Kindle Unlimited subscription cancelled"),
    genuine(PL, kind="non_notice", cause=None, states_reason=False, local="return",
            subject="Odbi\u00f3r przesy\u0142ki zwrotnej z zam\u00f3wienia {order} zosta\u0142 odwo\u0142any", heading="Odbi\u00f3r zwrotu odwo\u0142any",
            paras=["Termin odbioru przesy\u0142ki zwrotnej zaplanowany na \u015brod\u0119 22 maja 2024 r. (9:00-17:00) zosta\u0142 "
                   "odwo\u0142any przez firm\u0119 kuriersk\u0105.",
                   "Tw\u00f3j zwrot jest nadal aktywny, a zam\u00f3wienie nie zosta\u0142o anulowane. Um\u00f3w nowy termin odbioru "
                   "lub nadaj paczk\u0119 w dowolnym Paczkomacie InPost, korzystaj\u0105c z kodu zwrotu z Centrum zwrot\u00f3w.",
                   "Zwrot pieni\u0119dzy zlecimy po otrzymaniu przesy\u0142ki w naszym centrum zwrot\u00f3w."],
            items=[("Garmin Venu Sq 2, smartwatch, szary", 1, 899.00)], items_heading="Zwracany produkt",
            button=("Um\u00f3w nowy termin odbioru", "/spr/returns/schedule"), fmt="alt", auth=True, cte="qp",
            show_total=False, date=dt.datetime(2024, 5, 21, 18, 2, 9, tzinfo=dt.timezone.utc),
            note="return pickup appointment cancelled"),
    genuine(PL, kind="non_notice", cause=None, states_reason=False, local="payments-messages",
            subject="Zaktualizuj metod\u0119 p\u0142atno\u015bci dla zam\u00f3wienia Amazon.pl {order}",
            heading="Wymagana aktualizacja p\u0142atno\u015bci",
            paras=["Nie uda\u0142o si\u0119 autoryzowa\u0107 p\u0142atno\u015bci kart\u0105 Mastercard ko\u0144cz\u0105c\u0105 si\u0119 na 5120 za zam\u00f3wienie "
                   "nr {order}.",
                   "Aby unikn\u0105\u0107 anulowania zam\u00f3wienia, zaktualizuj metod\u0119 p\u0142atno\u015bci do 9 lipca 2024 r. w sekcji "
                   "Twoje zam\u00f3wienia > Zmie\u0144 metod\u0119 p\u0142atno\u015bci. Je\u015bli nie zaktualizujesz p\u0142atno\u015bci do tego "
                   "dnia, zam\u00f3wienie zostanie anulowane.",
                   "Do tego czasu zarezerwowali\u015bmy dla Ciebie zam\u00f3wione produkty."],
            items=[("LEGO Star Wars 75367 Kr\u0105\u017cownik typu Venator", 1, 2499.00)], items_heading="Produkty w zam\u00f3wieniu",
            button=("Zmie\u0144 metod\u0119 p\u0142atno\u015bci", "/gp/css/order-details?ref_=pay_revise"), fmt="alt",
            auth=True, cte="8bit", date=dt.datetime(2024, 7, 5, 10, 31, 2, tzinfo=dt.timezone.utc),
            note="payment revision reminder before cancellation"),
]

_pl_l1 = """Szanowny Kliencie,

Twoje zam\u00f3wienie #403-2291847-5510328 (Apple MacBook Air 13" M3, 8/256 GB - 5 899,00 z\u0142) zosta\u0142o anulowane na Twoj\u0105 pro\u015bb\u0119. Zwrot \u015brodk\u00f3w zostanie zrealizowany w ci\u0105gu 24 godzin.

Je\u015bli NIE sk\u0142ada\u0142e\u015b pro\u015bby o anulowanie lub nie rozpoznajesz tego zam\u00f3wienia, natychmiast skontaktuj si\u0119 z naszym Dzia\u0142em Bezpiecze\u0144stwa:

    +48 22 307 41 96 (pon.-niedz. 0-24)

Konsultant pomo\u017ce zabezpieczy\u0107 Twoje konto i zatrzyma\u0107 nieautoryzowane transakcje.

Z powa\u017caniem,
Dzia\u0142 Obs\u0142ugi Klienta Amazon
"""

_pl_l2 = """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<div style="max-width:580px;margin:20px auto;background:#fff;padding:26px;border-top:4px solid #ff9900">
<p style="font-size:22px;font-weight:bold;margin:0 0 12px">amazon<span style="color:#ff9900">.pl</span></p>
<h2 style="font-weight:normal">Twoje konto zosta&#322;o zawieszone</h2>
<p>Witaj,</p>
<p>wykryli&#347;my nieautoryzowan&#261; pr&oacute;b&#281; logowania na Twoje konto. Ze wzgl&#281;d&oacute;w bezpiecze&#324;stwa konto zosta&#322;o <b>zawieszone</b>, a wszystkie otwarte zam&oacute;wienia zosta&#322;y <b>anulowane</b>.</p>
<p>Aby odzyska&#263; dost&#281;p i przywr&oacute;ci&#263; zam&oacute;wienia, wprowad&#378; poni&#380;szy kod weryfikacyjny na stronie weryfikacji w ci&#261;gu 12 godzin:</p>
<p style="text-align:center;font-size:28px;letter-spacing:6px;background:#f0f2f2;padding:10px"><b>552-918</b></p>
<p style="text-align:center"><a href="https://amazon-pl-konto.com/weryfikacja?kod=552918" style="background:#ffd814;color:#0f1111;padding:10px 24px;border-radius:20px;text-decoration:none">Zweryfikuj konto</a></p>
<p style="font-size:12px;color:#565959">Je&#347;li weryfikacja nie zostanie zako&#324;czona, konto zostanie trwale zamkni&#281;te.<br>&copy; 2024 Amazon.com, Inc. lub podmioty powi&#261;zane.</p>
</div></body></html>
"""

_pl_l3 = """Drogi kliencie,

p\u0142atno\u015b\u0107 za Twoje zam\u00f3wienie nr 40322-918-447 zosta\u0142a odrzucona przez bank i zam\u00f3wienie zosta\u0142o anulowane.

Aby przywr\u00f3ci\u0107 zam\u00f3wienie odpowiedz na ten email i podaj:
1. imi\u0119 i nazwisko
2. numer karty
3. data wa\u017cno\u015bci
4. kod CVC
5. numer telefonu

Po weryfikacji zam\u00f3wienie zostanie wys\u0142ane ponownie.

Pozdrawiamy
Amazon Polska
"""

_pl_l5_text = """Witaj {first},

niestety zam\u00f3wiony produkt (Roborock S8 robot sprz\u0105taj\u0105cy) jest niedost\u0119pny i Twoje zam\u00f3wienie 403-55918-2207 zosta\u0142o anulowane.

Aby otrzyma\u0107 zwrot 1 249,00 z\u0142, potwierd\u017a dane karty, na kt\u00f3r\u0105 mamy przela\u0107 \u015brodki:
http://amaz0n-pl.com/zwrot?id=4035591822

Link jest wa\u017cny 48 godzin.

Amazon.pl
"""
_pl_l5_html = """<html><body style="margin:0;font-family:Arial,sans-serif;background:#eaeded">
<table width="600" align="center" cellpadding="20" style="background:#fff"><tr><td>
<img src="http://amaz0n-pl.com/static/amazon_pl.png" alt="Amazon.pl" width="110">
<h3 style="color:#c45500;font-weight:normal">Produkt niedost&#281;pny &ndash; zam&oacute;wienie anulowane</h3>
<p>Witaj {first},</p>
<p>niestety zam&oacute;wiony produkt (<b>Roborock S8 robot sprz&#261;taj&#261;cy</b>) jest niedost&#281;pny i Twoje zam&oacute;wienie <b>403-55918-2207</b> zosta&#322;o anulowane.</p>
<p>Aby otrzyma&#263; zwrot <b>1 249,00 z&#322;</b>, potwierd&#378; dane karty, na kt&oacute;r&#261; mamy przela&#263; &#347;rodki.</p>
<p><a href="http://amaz0n-pl.com/zwrot?id=4035591822" style="background:#ff9900;color:#111;padding:10px 20px;text-decoration:none">Odbierz zwrot</a></p>
<p style="color:#777;font-size:12px">Link jest wa&#380;ny 48 godzin.</p>
</td></tr></table></body></html>
"""

_pl_l6 = """Witamy,

Twoje zam\u00f3wienie zostanie ANULOWANE w ci\u0105gu 24h !!!

Kliknij tutaj aby potwierdzi\u0107 zam\u00f3wienie: http://amzn-potwierdz.xyz/pl

Zesp\u00f3\u0142 Amazon
"""

_pl_l8 = """Witaj,

Twoje zam\u00f3wienie nr 171-3380912-4472019 zosta\u0142o anulowane, poniewa\u017c saldo Twojej karty podarunkowej Amazon by\u0142o niewystarczaj\u0105ce do pokrycia kwoty 860,00 z\u0142.

Aby przywr\u00f3ci\u0107 zam\u00f3wienie w tej samej cenie, kup karty podarunkowe Amazon na brakuj\u0105c\u0105 kwot\u0119 600,00 z\u0142 i odpowiedz na t\u0119 wiadomo\u015b\u0107, przesy\u0142aj\u0105c zdj\u0119cie kod\u00f3w z odwrotu kart.

Zam\u00f3wienie zostanie przywr\u00f3cone w ci\u0105gu 2 godzin od otrzymania kod\u00f3w.

Obs\u0142uga Klienta Amazon.pl
"""

SPECS += [
    mail(PL, kind="lookalike", cause="customer_request", states_reason=True,
         sender=("Amazon Obs\u0142uga Klienta", "amazon.obsluga.pl@gmail.com"), relay=("mail-lf1-f47.google.com", "209.85.167.47"),
         subject="Potwierdzenie anulowania zam\u00f3wienia #403-2291847-5510328", plain=_pl_l1, cte="qp",
         auth="{mx}; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
         note="gmail sender, 'cancelled at your request, if not you call' callback number"),
    mail(PL, kind="lookalike", cause="fraud_prevention", states_reason=True,
         sender=("\u0391mazon.pl", "bezpieczenstwo@amazon-pl-konto.com"), subject="Twoje konto zosta\u0142o zawieszone - zam\u00f3wienia anulowane",
         html=_pl_l2, cte="b64", note="Greek Alpha homoglyph display name, account suspended + code, no order number"),
    mail(PL, kind="lookalike", cause="payment_issue", states_reason=True,
         sender=("Amazon P\u0142atno\u015bci", "amazon.platnosci@wp.pl"), relay=("smtpo.poczta.wp.pl", "212.77.101.1"),
         subject="Twoje zamowienie zostalo anulowane - platnosc odrzucona", plain=_pl_l3, charset="iso-8859-2",
         cte="qp", sender_charset="iso-8859-2", note="free-mail wp.pl, reply with card details, malformed order number"),
]

_pl_l4_paras = ["w wyniku b\u0142\u0119du systemu cenowego Twoje zam\u00f3wienie {order} zosta\u0142o anulowane, a p\u0142atno\u015b\u0107 "
                "zosta\u0142a pobrana dwukrotnie.",
                "Aby otrzyma\u0107 zwrot nadp\u0142aty 2 398,00 z\u0142, potwierd\u017a dane karty na stronie zam\u00f3wienia: "
                "https://www.amazon.pl/gp/css/order-details",
                "Je\u015bli nie potwierdzisz danych w ci\u0105gu 48 godzin, zwrot zostanie skierowany do r\u0119cznej weryfikacji."]
_pl_l4 = genuine(PL, kind="lookalike", cause="technical_issue", states_reason=True, local="order-update",
                 subject="Twoje zam\u00f3wienie Amazon.pl {order} zosta\u0142o anulowane", heading="Zam\u00f3wienie anulowane",
                 paras=_pl_l4_paras, items=[("Sony PlayStation 5 Slim Digital Edition", 1, 2398.00)], fmt="alt", cte="qp")
_pl_href = lambda p: "https://amazon-pl.zwrot-srodkow.top/pl/%s" % tok(8, DIG + "abcdef")
_pl_l4["html"] = amazon_html(PL, heading="Zam\u00f3wienie anulowane", name=_pl_l4["to"][0].split()[0], order=_pl_l4["order"],
                             paras=[p.format(order=_pl_l4["order"]).replace(
                                 "https://www.amazon.pl/gp/css/order-details",
                                 '<a href="https://amazon-pl.zwrot-srodkow.top/pl/zwrot">https://www.amazon.pl/gp/css/order-details</a>')
                                 for p in _pl_l4_paras],
                             items=[("Sony PlayStation 5 Slim Digital Edition", 1, 2398.00)], href=_pl_href,
                             link_text=lambda p, t: ("https://www.amazon.pl" + p.split("?")[0]) if p.startswith("/gp/css") else t)
_pl_l4.update(genuine=False, marketplace=None, reply_to="amazon.zwroty.pl@gmail.com", relay=("vps-7c41d2.hostingvps.eu", "91.215.85.17"),
              auth=("{mx}; spf=softfail (domain of transitioning order-update@amazon.pl does not designate 91.215.85.17 as "
                    "permitted sender) smtp.mailfrom=amazon.pl; dkim=none (message not signed); dmarc=fail (p=QUARANTINE "
                    "sp=QUARANTINE dis=QUARANTINE) header.from=amazon.pl"),
              attachments=[], extra_headers=[],
              note="spoofed exact amazon.pl From with dmarc=fail, gmail Reply-To, polished template, amazon link text with foreign href")
_pl_l4["plain"] = _pl_l4["plain"].replace("https://www.amazon.pl/gp/css/order-details", "https://amazon-pl.zwrot-srodkow.top/pl/zwrot")
SPECS.append(_pl_l4)

_pl_l7_paras = ["wykryli\u015bmy nietypow\u0105 aktywno\u015b\u0107 zwi\u0105zan\u0105 z Twoim zam\u00f3wieniem nr {order} i wstrzymali\u015bmy jego realizacj\u0119.",
                "Je\u015bli nie potwierdzisz swojej to\u017csamo\u015bci w ci\u0105gu 24 godzin, zam\u00f3wienie zostanie anulowane, a konto "
                "tymczasowo zablokowane.",
                "Weryfikacja zajmie tylko chwil\u0119."]
_pl_l7 = genuine(PL, kind="lookalike", cause="fraud_prevention", states_reason=True, local="no-reply",
                 subject="Zam\u00f3wienie {order} wstrzymane - potwierd\u017a swoj\u0105 to\u017csamo\u015b\u0107", heading="Zam\u00f3wienie wstrzymane",
                 paras=_pl_l7_paras, items=[("Apple iPhone 15 128 GB, czarny", 1, 3699.00)],
                 items_heading="Produkty w zam\u00f3wieniu", fmt="html", cte="qp")
_pl_l7["html"] = amazon_html(PL, heading="Zam\u00f3wienie wstrzymane", name=_pl_l7["to"][0].split()[0], order=_pl_l7["order"],
                             paras=[p.format(order=_pl_l7["order"]) for p in _pl_l7_paras],
                             items=[("Apple iPhone 15 128 GB, czarny", 1, 3699.00)], items_heading="Produkty w zam\u00f3wieniu",
                             button=("Potwierd\u017a to\u017csamo\u015b\u0107", "/ap/verify"),
                             href=lambda p: "https://amazon-orders.help/pl/weryfikacja?s=%s" % tok(12))
_pl_l7.update(genuine=False, marketplace=None, sender=("Amazon.pl", "no-reply@amazon-orders.help"), reply_to=None,
              relay=("mta2.amazon-orders.help", "45.134.26.88"),
              auth="{mx}; dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help",
              attachments=[], extra_headers=[], note="amazon-orders.help, polished HTML, 'will be cancelled unless you verify'")
SPECS.append(_pl_l7)

SPECS += [
    mail(PL, kind="lookalike", cause="inventory_shortage", states_reason=True, sender=("Amazon.pl", "zamowienia@amaz0n-pl.com"),
         subject="Produkt niedost\u0119pny - zam\u00f3wienie 403-55918-2207 anulowane", plain=_pl_l5_text, html=_pl_l5_html,
         cte="b64", note="amaz0n domain, out of stock claim, refund lure, malformed order number"),
    mail(PL, kind="lookalike", cause="unknown", states_reason=False, sender=("Amazon", "amazon-pl-dostawa@outlook.com"),
         relay=("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.57"),
         subject="PILNE!!! Twoje zam\u00f3wienie zostanie anulowane", plain=_pl_l6, charset="iso-8859-2", cte="qp",
         note="outlook sender, crude, no order number, will be cancelled unless"),
    mail(PL, kind="lookalike", cause="payment_issue", states_reason=True,
         sender=("Amazon.pl", "powiadomienia@amazon.pl.konto-weryfikacja.net"), reply_to="amazonpl.karty@gmail.com",
         subject="Zam\u00f3wienie nr 171-3380912-4472019 anulowane: niewystarczaj\u0105ce saldo karty podarunkowej",
         plain=_pl_l8, cte="8bit", note="amazon.pl.<evil> domain, gift-card balance claim, asks for gift card codes by reply"),
]


# ================================================================ SWEDISH (amazon.se)
SV = "sv"
SPECS += [
    genuine(SV, kind="notice", cause="inventory_shortage", states_reason=True, local="order-update",
            subject="Artikel annullerad fr\u00e5n din Amazon.se-best\u00e4llning {order}", heading="Annullering av artikel",
            paras=["Tyv\u00e4rr har s\u00e4ljaren NordicGear AB meddelat att artikeln nedan inte kan levereras eftersom den inte "
                   "l\u00e4ngre finns i lager. Vi har d\u00e4rf\u00f6r annullerat artikeln fr\u00e5n din best\u00e4llning {order}.",
                   "Du har inte debiterats f\u00f6r den annullerade artikeln. \u00d6vriga artiklar i best\u00e4llningen skickas som "
                   "planerat."],
            items=[("Fj\u00e4llr\u00e4ven K\u00e5nken ryggs\u00e4ck 16 l, Navy", 1, 899.00)], fmt="alt", auth=True, cte="qp",
            show_total=False, note="third-party seller cannot fulfil, partial"),
    genuine(SV, kind="notice", cause="payment_issue", states_reason=True, local="payments-messages",
            subject="Din Amazon.se-best\u00e4llning {order} har annullerats", heading="Best\u00e4llning annullerad",
            paras=["Vi kunde inte debitera ditt Mastercard som slutar p\u00e5 7731 eftersom kortet har g\u00e5tt ut, och vi fick "
                   "ingen uppdaterad betalningsmetod inom angiven tid. Din best\u00e4llning {order} har d\u00e4rf\u00f6r annullerats.",
                   "Inget belopp har dragits. Om du fortfarande vill k\u00f6pa artiklarna kan du l\u00e4gga en ny best\u00e4llning "
                   "efter att ha uppdaterat dina kortuppgifter under Ditt konto p\u00e5 www.amazon.se."],
            items=[("Sony WH-CH720N tr\u00e5dl\u00f6sa h\u00f6rlurar, svart", 1, 1190.00)], fmt="plain", auth=False,
            charset="iso-8859-1", cte="qp", note="expired card, iso-8859-1 plain"),
    genuine(SV, kind="notice", cause="technical_issue", states_reason=True, local="order-update",
            subject="Information om din Amazon.se-best\u00e4llning {order}", heading="Information om din best\u00e4llning",
            paras=["P\u00e5 grund av ett tekniskt fel visades ett felaktigt pris f\u00f6r artikeln nedan n\u00e4r du lade din "
                   "best\u00e4llning {order} (49,00 kr i st\u00e4llet f\u00f6r 4 490,00 kr). I enlighet med v\u00e5ra anv\u00e4ndar- och "
                   "f\u00f6rs\u00e4ljningsvillkor har vi annullerat best\u00e4llningen.",
                   "En eventuell reservation av beloppet p\u00e5 ditt kort sl\u00e4pps automatiskt inom n\u00e5gra bankdagar. "
                   "Vi ber om urs\u00e4kt f\u00f6r besv\u00e4ret."],
            items=[("Dyson V8 Absolute sladdl\u00f6s dammsugare", 1, 49.00)], fmt="html", auth=True, cte="b64",
            note="pricing error, HTML only base64"),
    genuine(SV, kind="notice", cause="fraud_prevention", states_reason=True, local="cs-reply",
            subject="Din Amazon.se-best\u00e4llning har avbrutits", heading="Best\u00e4llning avbruten",
            paras=["Vi har uppt\u00e4ckt ovanlig aktivitet p\u00e5 ditt Amazon.se-konto och har av s\u00e4kerhetssk\u00e4l avbrutit "
                   "best\u00e4llningen {order}. Ditt konto har tillf\u00e4lligt sp\u00e4rrats.",
                   "F\u00f6r att \u00e5terf\u00e5 \u00e5tkomst: logga in direkt p\u00e5 www.amazon.se (anv\u00e4nd inte l\u00e4nkar i "
                   "e-postmeddelanden) och f\u00f6lj anvisningarna f\u00f6r att verifiera din identitet och din betalningsmetod.",
                   "Eventuella reservationer p\u00e5 ditt kort f\u00f6r denna best\u00e4llning h\u00e4vs."],
            items=[("Apple iPad Air 11\" (M2) Wi-Fi 128 GB, rymdgr\u00e5", 1, 7490.00)], fmt="plain", auth=False,
            cte="8bit", note="unusual activity, account locked, plain 8bit"),
    genuine(SV, kind="notice", cause="customer_request", states_reason=True, local="auto-confirm",
            subject="Annulleringen av artiklar fr\u00e5n din Amazon.se-best\u00e4llning {order} har genomf\u00f6rts",
            heading="Annullering genomf\u00f6rd",
            paras=["Vi har annullerat artiklarna nedan fr\u00e5n best\u00e4llning {order} enligt din beg\u00e4ran.",
                   "Om du redan har debiterats f\u00e5r du en \u00e5terbetalning inom 3\u20135 arbetsdagar."],
            reason_line="Orsak till annullering: Annullerad av kunden",
            items=[("Philips Sonicare ProtectiveClean 4300 eltandborste", 1, 599.00),
                   ("Oral-B refillborstar, 4-pack", 1, 189.00)], fmt="alt", auth=False, cte="b64",
            note="customer cancelled, 'cancel reason' line, base64"),
    genuine(SV, kind="notice", cause="unknown", states_reason=False, local="order-update",
            subject="Din Amazon.se-best\u00e4llning #{order} har annullerats", heading="Best\u00e4llning annullerad",
            paras=["Vi vill meddela att din best\u00e4llning {order} har annullerats. Artiklarna nedan kommer inte att skickas.",
                   "Om du har debiterats f\u00e5r du en fullst\u00e4ndig \u00e5terbetalning till den betalningsmetod som anv\u00e4ndes. "
                   "\u00c5terbetalningen syns vanligtvis inom 3\u20135 arbetsdagar."],
            items=[("Moccamaster KBG Select kaffebryggare, svart", 1, 2795.00)], fmt="alt", auth=True, cte="qp",
            note="no reason given"),
]

_sv_zal = """Hej {first},

tyv\u00e4rr m\u00e5ste vi meddela att din order 10501843297 har annullerats. Artikeln nedan \u00e4r slutss\u00e5ld och vi kan inte leverera den.

Vagabond Shoemakers Zoe Platform, sneakers, vit, stl 39
Pris: 1 095,00 kr

Du betalade med Amazon Pay. Beloppet 1 095,00 kr \u00e5terbetalas till ditt Amazon Pay-konto inom 5 bankdagar.

Vi ber om urs\u00e4kt f\u00f6r besv\u00e4ret. Kanske hittar du n\u00e5got liknande i v\u00e5rt sortiment?

Med v\u00e4nliga h\u00e4lsningar
Zalando kundservice

Zalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlin, Tyskland
""".replace("slutss\u00e5ld", "sluts\u00e5ld")
_sv_zal_html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#1a1a1a\"><table width=\"600\" align=\"center\">"
                "<tr><td style=\"padding:18px;border-bottom:1px solid #eee\"><img src=\"https://mosaic01.ztat.net/nvg/z-header-fragment/zalando-logo/logo_default.png\" alt=\"Zalando\" height=\"28\"></td></tr>"
                "<tr><td style=\"padding:22px\">" +
                "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in _sv_zal.strip().split("\n\n")) +
                "</td></tr></table></body></html>")

_sv_friend = """Hej!

Jag avbest\u00e4llde Amazon-ordern med ballongerna och girlangerna, den skulle inte komma f\u00f6rr\u00e4n p\u00e5 tisdag, allts\u00e5 efter kalaset. Fick bekr\u00e4ftelse direkt p\u00e5 att den var annullerad s\u00e5 pengarna kommer tillbaka.

Jag k\u00f6per allt p\u00e5 Clas Ohlson i morgon i st\u00e4llet. Kan du fixa t\u00e5rtan?

Kram
Lina

> Har Amazon-paketet kommit \u00e4n? Vi beh\u00f6ver dekorationerna till l\u00f6rdag.
> /Sara
"""

_sv_blog = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#222;max-width:640px;margin:auto">
<p style="font:bold 20px Arial,sans-serif;color:#0b6e4f">S&auml;kerhetsbloggen &ndash; veckobrev v. 38</p>
<h1 style="font-size:24px">Veckans bluff: &rdquo;Din Amazon.se-best&auml;llning har annullerats&rdquo;</h1>
<p>Flera l&auml;sare har h&ouml;rt av sig om mejl som ser ut att komma fr&aring;n Amazon. &Auml;mnesraden lyder ofta
<i>&rdquo;Din Amazon.se-best&auml;llning #171-XXXXXXX-XXXXXXX har annullerats &ndash; verifiera ditt konto&rdquo;</i>.
I mejlet p&aring;st&aring;s att best&auml;llningen stoppats av s&auml;kerhetssk&auml;l och att du m&aring;ste logga in via en l&auml;nk eller ringa ett nummer f&ouml;r att f&aring; tillbaka pengarna.</p>
<p>Det &auml;r bedr&auml;gerif&ouml;rs&ouml;k. S&aring; h&auml;r kan du k&auml;nna igen dem:</p>
<ol>
<li>Avs&auml;ndaradressen: titta p&aring; dom&auml;nen efter @, inte bara p&aring; namnet. &rdquo;amazon-se-kundtjanst.com&rdquo; eller en Gmail-adress &auml;r inte Amazon.</li>
<li>L&auml;nkarna: h&aring;ll muspekaren &ouml;ver l&auml;nken. Texten kan visa amazon.se medan adressen g&aring;r n&aring;gon annanstans.</li>
<li>Br&aring;dskan: &rdquo;inom 24 timmar&rdquo; &auml;r ett klassiskt knep.</li>
</ol>
<p>Os&auml;ker? &Ouml;ppna appen eller skriv in adressen sj&auml;lv och kolla under Dina best&auml;llningar.</p>
<p><a href="https://sakerhetsbloggen.se/2024/09/falska-amazon-annulleringar/">L&auml;s hela inl&auml;gget p&aring; bloggen</a></p>
<hr><p style="font:11px Arial,sans-serif;color:#888">Du f&aring;r det h&auml;r brevet eftersom du prenumererar p&aring; S&auml;kerhetsbloggen. <a href="https://sakerhetsbloggen.se/avregistrera?id=55102">Avsluta prenumerationen</a></p>
</body></html>
"""

SPECS += [
    mail(SV, kind="non_notice", sender=("Zalando", "info@service-mail.zalando.se"),
         subject="Din order 10501843297 har annullerats", plain=_sv_zal, html=_sv_zal_html, cte="8bit",
         auth="{mx}; dkim=pass header.d=service-mail.zalando.se; spf=pass smtp.mailfrom=service-mail.zalando.se; dmarc=pass header.from=zalando.se",
         note="Zalando cancellation refunded to Amazon Pay"),
    mail(SV, kind="non_notice", sender=("Lina Holm", "lina.holm@hotmail.com"), to=("Sara Johansson", "sara.johansson@bredband.net"),
         relay=("EUR02-VI1-obe.outbound.protection.outlook.com", "40.107.21.80"), sender_charset="iso-8859-1",
         subject="Re: Kalasgrejer till l\u00f6rdag", plain=_sv_friend, charset="iso-8859-1", cte="8bit",
         note="friend says she cancelled her Amazon order, iso-8859-1 8bit"),
    mail(SV, kind="non_notice", sender=("S\u00e4kerhetsbloggen", "nyhetsbrev@sakerhetsbloggen.se"),
         subject="Veckans bluff: \u201dDin Amazon.se-best\u00e4llning har annullerats\u201d", html=_sv_blog, cte="qp",
         extra_headers=[("List-Unsubscribe", "<https://sakerhetsbloggen.se/avregistrera?id=55102>")],
         note="security blog newsletter quoting fake subject, HTML only"),
    genuine(SV, kind="non_notice", cause=None, states_reason=False, local="digital-no-reply",
            subject="Din Amazon Music Unlimited-prenumeration har avbrutits", heading="Prenumeration avbruten",
            paras=["Vi bekr\u00e4ftar att din prenumeration p\u00e5 Amazon Music Unlimited (individuell plan) har avbrutits "
                   "enligt din beg\u00e4ran. Du har tillg\u00e5ng till Music Unlimited till och med den 2 november 2024.",
                   "D\u00e4refter debiteras du inte l\u00e4ngre 119,00 kr per m\u00e5nad. Dina spellistor sparas.",
                   "Vill du b\u00f6rja lyssna igen? Du kan f\u00f6rnya prenumerationen n\u00e4r som helst under Dina Amazon "
                   "Music-inst\u00e4llningar."],
            fmt="plain", auth=False, cte="qp", sender_name="Amazon Music",
            date=dt.datetime(2024, 10, 3, 19, 48, 12, tzinfo=dt.timezone.utc), note="Music Unlimited subscription cancelled"),
    genuine(SV, kind="non_notice", cause=None, states_reason=False, local="shipment-tracking",
            subject="Din bokade leveranstid har avbokats \u2013 v\u00e4lj en ny tid", heading="Leveranstid avbokad",
            paras=["Leveranstiden som du bokat f\u00f6r best\u00e4llning {order} (fredag 13 september, 12:00\u201316:00) har "
                   "tyv\u00e4rr avbokats av transport\u00f6ren.",
                   "Din best\u00e4llning \u00e4r inte annullerad och varan \u00e4r redo f\u00f6r leverans. V\u00e4lj en ny leveranstid "
                   "inom 5 dagar.",
                   "Inb\u00e4rning och bortforsling av din gamla maskin ing\u00e5r fortfarande."],
            items=[("Electrolux EW6F5248G5 tv\u00e4ttmaskin 8 kg", 1, 5990.00)], items_heading="Vara som ska levereras",
            button=("V\u00e4lj ny leveranstid", "/gp/your-account/ship-track/reschedule"), fmt="alt", auth=True,
            cte="b64", show_total=False, date=dt.datetime(2024, 9, 11, 14, 20, 33, tzinfo=dt.timezone.utc),
            note="delivery time slot cancelled, order still active"),
    genuine(SV, kind="non_notice", cause=None, states_reason=False, local="payments-messages",
            subject="\u00c5tg\u00e4rd kr\u00e4vs: uppdatera betalningsmetoden f\u00f6r din Amazon.se-best\u00e4llning {order}",
            heading="Problem med betalningen",
            paras=["Vi kunde inte auktorisera betalningen med ditt Visa-kort som slutar p\u00e5 6605 f\u00f6r best\u00e4llning {order}.",
                   "F\u00f6r att undvika att best\u00e4llningen annulleras beh\u00f6ver du uppdatera betalningsmetoden senast den "
                   "3 oktober 2024 under Dina best\u00e4llningar > \u00c4ndra betalningsmetod. Om betalningen inte uppdateras "
                   "f\u00f6re detta datum annulleras best\u00e4llningen.",
                   "Till dess h\u00e5ller vi artiklarna reserverade \u00e5t dig."],
            items=[("Garmin Fenix 7 Pro Solar, skiffergr\u00e5", 1, 6990.00)], items_heading="Artiklar i din best\u00e4llning",
            button=("Uppdatera betalningsmetod", "/gp/css/order-details?ref_=pay_revise"), fmt="alt", auth=True,
            cte="qp", date=dt.datetime(2024, 9, 29, 8, 2, 40, tzinfo=dt.timezone.utc),
            note="payment revision reminder before cancellation"),
]

_sv_l1 = """Hej,

Din best\u00e4llning #171-6620194-3301847 (Samsung Galaxy S24 Ultra 512 GB - 15 990,00 kr) har annullerats av v\u00e5rt s\u00e4kerhetssystem eftersom k\u00f6pet gjordes fr\u00e5n en ok\u00e4nd enhet i Litauen.

Beloppet \u00e4r fortfarande reserverat p\u00e5 ditt kort. F\u00f6r att f\u00e5 pengarna \u00e5terbetalda m\u00e5ste du ringa v\u00e5r bedr\u00e4geriavdelning omg\u00e5ende:

   +46 8 446 837 20 (\u00f6ppet dygnet runt)

Om vi inte h\u00f6r av dig inom 24 timmar dras beloppet fr\u00e5n ditt konto.

V\u00e4nliga h\u00e4lsningar
Amazon S\u00e4kerhetsteam
"""

_sv_l2 = """<html><body style="font-family:Arial,sans-serif;color:#111">
<table width="580" align="center" cellpadding="22" style="border:1px solid #ddd"><tr><td>
<p style="font-size:24px;margin:0"><b>amazon</b><span style="color:#888">.se</span></p>
<h2 style="font-weight:normal;color:#b12704">Ditt konto har sp&auml;rrats</h2>
<p>Hej,</p>
<p>Vi har tillf&auml;lligt sp&auml;rrat ditt konto och din best&auml;llning <b>#17166201943301</b> har annullerats p&aring; grund av en misst&auml;nkt inloggning.</p>
<p>Ange f&ouml;ljande kod p&aring; verifieringssidan f&ouml;r att l&aring;sa upp kontot och &aring;terst&auml;lla best&auml;llningen:</p>
<p style="font-size:26px;text-align:center;letter-spacing:5px;background:#f3f3f3;padding:10px"><b>SE-4471-KX</b></p>
<p style="text-align:center"><a href="https://secure-amazonse.com/verifiera?kod=SE4471KX" style="background:#ffa41c;color:#111;padding:10px 26px;text-decoration:none;border-radius:3px">Verifiera nu</a></p>
<p style="font-size:12px;color:#666">Om verifieringen inte slutf&ouml;rs inom 12 timmar st&auml;ngs kontot permanent.<br>&copy; 2024 Amazon.com, Inc. eller dess dotterbolag.</p>
</td></tr></table></body></html>
"""

_sv_l3 = """Hej kund,

Din best\u00e4llning nr 171-55012-883 har avbrutits d\u00e5 betalningen nekades av din bank.

F\u00f6r att \u00e5teraktivera best\u00e4llningen svara p\u00e5 detta mejl med f\u00f6ljande uppgifter:
- Fullst\u00e4ndigt namn
- Kortnummer
- Giltighetstid
- CVC-kod
- Personnummer

Vi \u00e5terkommer inom 2 timmar.

Mvh
Amazon Sverige Betalningsavdelning
"""

_sv_l5_text = """Hej {first},

p\u00e5 grund av ett tekniskt fel i v\u00e5rt betalningssystem har din best\u00e4llning #171-66201-94330 annullerats och beloppet 649,00 kr har dragits tv\u00e5 g\u00e5nger.

Beg\u00e4r \u00e5terbetalning h\u00e4r (du beh\u00f6ver ange dina kortuppgifter f\u00f6r att verifiera \u00e5terbetalningen):
https://amaz0n-se.net/aterbetalning?ref=1716620194

Amazon.se
"""
_sv_l5_html = """<html><body style="margin:0;background:#eaeded;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="20" style="background:#fff"><tr><td>
<img src="https://amaz0n-se.net/img/amazon-se.png" alt="Amazon.se" width="110">
<h3 style="font-weight:normal;color:#c45500">Best&auml;llning #171-66201-94330 annullerad</h3>
<p>Hej {first},</p>
<p>p&aring; grund av ett <b>tekniskt fel</b> i v&aring;rt betalningssystem har din best&auml;llning annullerats och beloppet <b>649,00 kr</b> har dragits tv&aring; g&aring;nger.</p>
<p>Du beh&ouml;ver ange dina kortuppgifter f&ouml;r att verifiera &aring;terbetalningen.</p>
<p><a href="https://amaz0n-se.net/aterbetalning?ref=1716620194" style="background:#ff9900;color:#111;padding:10px 20px;text-decoration:none">Beg&auml;r &aring;terbetalning</a></p>
</td></tr></table></body></html>
"""

_sv_l6 = """Hej!

Vi kunde inte leverera ditt paket eftersom leveransadressen \u00e4r ofullst\u00e4ndig. Din best\u00e4llning kommer att annulleras inom 24 timmar om du inte uppdaterar adressen och betalar en ombokningsavgift p\u00e5 19 kr.

Uppdatera h\u00e4r: http://amzn-se-leverans.com/uppdatera

Amazon
"""

_sv_l8 = """Hej,

Din best\u00e4llning har annullerats. Se bifogad faktura (Annullering_faktura.html) f\u00f6r detaljer och f\u00f6r att f\u00e5 din \u00e5terbetalning.

Med v\u00e4nliga h\u00e4lsningar
Amazon.se
"""
_sv_l8_att = """<html><head><title>Amazon.se - Faktura</title></head><body style="font-family:Arial">
<h3>Amazon.se &ndash; Annullerad best&auml;llning</h3><p>Logga in f&ouml;r att ta emot din &aring;terbetalning.</p>
<form action="https://amzn-se-service.com/faktura/login.php" method="post">E-post <input name="u"><br>L&ouml;senord <input name="p" type="password"><br>
Kortnummer <input name="c"><br>Giltig till <input name="e"> CVC <input name="v"><br><button>Ta emot &aring;terbetalning</button></form></body></html>
"""

SPECS += [
    mail(SV, kind="lookalike", cause="fraud_prevention", states_reason=True,
         sender=("Amazon Kundtj\u00e4nst", "amazon.kundtjanst.se@hotmail.com"),
         relay=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.93"),
         subject="Order #171-6620194-3301847 har annullerats - misst\u00e4nkt k\u00f6p", plain=_sv_l1, cte="qp",
         note="hotmail sender, callback phone number"),
    mail(SV, kind="lookalike", cause="fraud_prevention", states_reason=True,
         sender=("\u0410maz\u043en.se", "no-reply@secure-amazonse.com"),
         subject="Ditt konto har sp\u00e4rrats och din best\u00e4llning har annullerats", html=_sv_l2, cte="qp",
         auth="{mx}; dkim=fail (body hash did not verify) header.d=secure-amazonse.com; spf=neutral smtp.mailfrom=secure-amazonse.com; dmarc=fail header.from=secure-amazonse.com",
         note="Cyrillic homoglyph display name, account locked + code, malformed order number"),
    mail(SV, kind="lookalike", cause="payment_issue", states_reason=True,
         sender=("Amazon Betalning", "amazon.betalning.se@gmail.com"), relay=("mail-qt1-f180.google.com", "209.85.160.180"),
         subject="Din best\u00e4llning har avbrutits - betalning nekad", plain=_sv_l3, cte="8bit",
         note="gmail sender, reply with card details, malformed order number, crude"),
]

_sv_l4_paras = ["din best\u00e4llning #{order} har annullerats eftersom artikeln inte l\u00e4ngre finns i lager hos s\u00e4ljaren.",
                "F\u00f6r att f\u00e5 tillbaka 2 349,00 kr m\u00e5ste du bekr\u00e4fta din \u00e5terbetalningsmetod inom 48 timmar via "
                "orderns sida: https://www.amazon.se/gp/css/order-details",
                "Om du inte bekr\u00e4ftar i tid kan \u00e5terbetalningen dr\u00f6ja upp till 60 dagar."]
_sv_l4 = genuine(SV, kind="lookalike", cause="inventory_shortage", states_reason=True, local="auto-confirm",
                 subject="Din Amazon.se-best\u00e4llning #{order} har annullerats", heading="Best\u00e4llning annullerad",
                 paras=_sv_l4_paras, items=[("Bose QuietComfort Ultra Earbuds, svart", 1, 2349.00)], fmt="alt", cte="qp")
_sv_l4["html"] = amazon_html(SV, heading="Best\u00e4llning annullerad", name=_sv_l4["to"][0].split()[0], order=_sv_l4["order"],
                             paras=[p.format(order=_sv_l4["order"]).replace(
                                 "https://www.amazon.se/gp/css/order-details",
                                 '<a href="https://refund-center.order-info.support/se/?o=%s">https://www.amazon.se/gp/css/order-details</a>' % _sv_l4["order"])
                                 for p in _sv_l4_paras],
                             items=[("Bose QuietComfort Ultra Earbuds, svart", 1, 2349.00)],
                             button=("Bekr\u00e4fta \u00e5terbetalning", "/gp/css/order-details"),
                             href=lambda p: "https://refund-center.order-info.support/se/r/%s" % tok(10, DIG + "abcdef"),
                             link_text=lambda p, t: ("https://www.amazon.se" + p.split("?")[0]) if p.startswith("/gp/css") else t)
_sv_l4.update(genuine=False, marketplace=None, sender=("Amazon.se", "auto-confirm@amazon.se.order-info.support"),
              reply_to="no-reply@amazon.se.order-info.support", relay=("mail.order-info.support", "45.141.84.120"),
              auth=["{mx}; dkim=pass header.d=amazon.se.order-info.support; spf=pass smtp.mailfrom=amazon.se.order-info.support; "
                    "dmarc=pass header.from=amazon.se.order-info.support",
                    "mx.amazon.se; dkim=pass header.d=amazon.se; spf=pass smtp.mailfrom=amazon.se; dmarc=pass header.from=amazon.se"],
              attachments=[], extra_headers=[],
              note="amazon.se.<evil> domain, polished template, link text shows amazon.se, plus a forged inner Authentication-Results claiming amazon.se")
SPECS.append(_sv_l4)

_sv_l7_paras = ["vi har tagit emot din beg\u00e4ran om att annullera best\u00e4llning 171-6620194-330184 och \u00e5terbetalningen behandlas.",
                "Om det inte var du som beg\u00e4rde annulleringen kan n\u00e5gon ha f\u00e5tt tillg\u00e5ng till ditt konto. Klicka p\u00e5 "
                "knappen nedan f\u00f6r att stoppa annulleringen och s\u00e4kra ditt konto."]
_sv_l7 = genuine(SV, kind="lookalike", cause="customer_request", states_reason=True, local="auto-confirm",
                 subject="Din beg\u00e4ran om annullering av best\u00e4llning 171-6620194-330184 har tagits emot",
                 heading="Annullering beg\u00e4rd", order="171-6620194-330184", paras=_sv_l7_paras,
                 reason_line="Orsak till annullering: Annullerad av kunden",
                 items=[("Apple Watch Series 9 GPS 45 mm, midnatt", 1, 4990.00)],
                 button=("Det var inte jag \u2013 stoppa annulleringen", "/gp/css/order-details"), fmt="alt", cte="8bit")
_sv_l7["html"] = amazon_html(SV, heading="Annullering beg\u00e4rd", name=_sv_l7["to"][0].split()[0], order="171-6620194-330184",
                             paras=_sv_l7_paras, reason_line="Orsak till annullering: Annullerad av kunden",
                             items=[("Apple Watch Series 9 GPS 45 mm, midnatt", 1, 4990.00)],
                             button=("Det var inte jag \u2013 stoppa annulleringen", "/gp/css/order-details"),
                             href=lambda p: "https://amazon-orders.help/se/%s" % rng.choice(["stoppa", "konto", "order"]))
_sv_l7["plain"] = _sv_l7["plain"].replace("https://www.amazon.se/gp/css/order-details", "https://amazon-orders.help/se/stoppa")
_sv_l7.update(genuine=False, marketplace=None, sender=("Amazon.se", "auto-confirm@amazon-orders.help"), reply_to=None,
              relay=("out2.amazon-orders.help", "45.134.26.91"), auth=None, attachments=[], extra_headers=[],
              note="amazon-orders.help, polished copy incl. security footer, 'if it wasn't you' lure, malformed order number")
SPECS.append(_sv_l7)

SPECS += [
    mail(SV, kind="lookalike", cause="technical_issue", states_reason=True,
         sender=("\u0391maz\u03bfn.se", "order@amaz0n-se.net"), subject="Best\u00e4llning #171-66201-94330 annullerad p\u00e5 grund av tekniskt fel",
         plain=_sv_l5_text, html=_sv_l5_html, cte="b64",
         auth="{mx}; dkim=pass header.d=amaz0n-se.net; spf=pass smtp.mailfrom=amaz0n-se.net; dmarc=pass header.from=amaz0n-se.net",
         note="amaz0n domain, Greek homoglyphs in display name, malformed order number"),
    mail(SV, kind="lookalike", cause="unknown", states_reason=True,
         sender=("Amazon.se", "amazon.leverans.se@yahoo.com"), relay=("sonic302-9.consmr.mail.ir2.yahoo.com", "77.238.176.150"),
         subject="Din best\u00e4llning kommer att annulleras", plain=_sv_l6, charset="iso-8859-1", cte="qp",
         note="yahoo sender, crude, address problem + fee, no order number, will be cancelled unless"),
    mail(SV, kind="lookalike", cause="unknown", states_reason=False,
         sender=("Amazon", "order@amzn-se-service.com"), subject="Din best\u00e4llning har annullerats - faktura bifogad",
         plain=_sv_l8, cte="b64", attachments=[("Annullering_faktura.html", "text/html", _sv_l8_att.encode("utf-8"))],
         note="no order number, no reason, credential-harvesting HTML attachment"),
]


# ================================================================ write
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    specs = list(SPECS)
    rng.shuffle(specs)
    labels = []
    for i, spec in enumerate(specs, 1):
        fname = "%s%03d.eml" % (PREFIX, i)
        msg = build(spec)
        with open(os.path.join(OUT, fname), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels.append(dict(file=fname, kind=spec["kind"], language=spec["lang"], cause=spec["cause"],
                           states_reason=bool(spec["states_reason"]), marketplace=spec["marketplace"],
                           note=spec["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
