#!/usr/bin/env python3
"""Blind held-out batch r2: Polish (amazon.pl) and Swedish (amazon.se) mails.

Regenerate with:  python3 make.py
Writes mail/r2NNN.eml and labels.json next to this script.  Deterministic
(fixed random seed); only the standard library is used.
"""
import base64
import datetime
import html as htmlmod
import io
import json
import os
import quopri
import random
from urllib.parse import quote

from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

SEED = 2024_0602
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "r2"

# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
LEGACY_MAP = {"\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2013": "-", "\u2014": "-",
              "\u2026": "...", "\u2019": "'", "\u2018": "'", "\u00e0": "a", "\u2192": ">",
              "\u00a0": " ", "\u2022": "*"}


def fit(text, cs):
    """Make text encodable in a legacy charset (typographic quotes etc.)."""
    if cs.lower() == "utf-8":
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LEGACY_MAP[ch])
    return "".join(out)


def make_part(text, subtype, cs, cte):
    if subtype == "html" and cs.lower() != "utf-8":
        raw = text.encode(cs, "xmlcharrefreplace")  # e.g. &#8211; for a dash
        text = raw.decode(cs)
    else:
        text = fit(text, cs)
        raw = text.encode(cs)
    part = MIMENonMultipart("text", subtype, charset=cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        for line in raw.split(b"\n"):
            assert len(line) < 990, "line too long for %s" % cte
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    del part["MIME-Version"]  # only the top level carries it
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        hcs = cs if cs.lower() != "utf-8" else "utf-8"
        return Header(fit(value, hcs), hcs, header_name="Subject").encode(maxlinelen=76)


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        hcs = cs if cs.lower() != "utf-8" else "utf-8"
        try:
            name.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"  # homoglyph names outside the legacy charset
        return formataddr((name, address), charset=hcs)


def tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def hexs(n):
    return tok(n, "0123456789abcdef")


def esc(s):
    return htmlmod.escape(s, quote=False)


# --------------------------------------------------------------------------
# per-marketplace furniture
# --------------------------------------------------------------------------
UI = {
    "pl": dict(
        brand="Amazon.pl", dom="amazon.pl", host="www.amazon.pl", lang="pl",
        nav=["Twoje zamówienia", "Twoje konto", "Amazon.pl"],
        order_lbl="Zamówienie nr", qty="Ilość", price="Cena", sold_by="Sprzedawca",
        details_btn="Wyświetl szczegóły zamówienia", items_default="Anulowane produkty",
        total="Suma", placed="Data zamówienia",
        helps=[
            "Masz pytania dotyczące zamówienia? Odwiedź stronę Pomoc i obsługa klienta: https://www.amazon.pl/gp/help/customer/display.html",
            "Wszystkie swoje zamówienia znajdziesz w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history",
            "Jeśli potrzebujesz pomocy, skontaktuj się z nami przez Centrum pomocy Amazon.pl: https://www.amazon.pl/hz/contact-us",
        ],
        signs=["Pozdrawiamy,\nAmazon.pl", "Mamy nadzieję, że wkrótce znów nas odwiedzisz.\nZespół Amazon.pl",
               "Dziękujemy za zakupy w Amazon.pl.", "Z poważaniem,\nObsługa Klienta Amazon.pl"],
        footers=[
            ["Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail o podanie hasła, pełnego numeru karty płatniczej ani kodu BLIK. Jeśli otrzymasz podejrzaną wiadomość, nie klikaj w linki i zgłoś ją na stronie https://www.amazon.pl/phishing.",
             "Ta wiadomość została wysłana z adresu, który służy wyłącznie do wysyłania powiadomień i nie może przyjmować poczty przychodzącej. Prosimy na nią nie odpowiadać."],
            ["Dbamy o bezpieczeństwo Twoich płatności: dane karty są szyfrowane i nigdy nie przekazujemy ich sprzedawcom.",
             "Uważaj na fałszywe wiadomości podszywające się pod Amazon. Prawdziwe wiadomości od nas znajdziesz zawsze w Centrum wiadomości na swoim koncie. Pamiętaj o regularnej zmianie hasła i włącz weryfikację dwuetapową.",
             "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg, R.C.S. Luxembourg B-101818."],
            ["Produkty sprzedawane przez Amazon EU S.à r.l. są objęte podatkiem VAT zgodnie z obowiązującymi przepisami. Jeśli zamówienie zawiera produkty innych sprzedawców, warunki sprzedaży i płatności mogą się różnić.",
             "Nie podawaj nikomu swojego hasła ani kodów jednorazowych. Pracownicy Amazon nigdy nie zadzwonią do Ciebie z prośbą o zainstalowanie oprogramowania lub dokonanie płatności.",
             "Prosimy nie odpowiadać na tę wiadomość."],
            ["Ta wiadomość zawiera informacje o Twoim zamówieniu i została wysłana automatycznie.",
             "Fałszywe e-maile często zawierają błędy, naglące prośby o aktualizację danych płatności lub linki do stron łudząco podobnych do Amazon.pl. Jeśli masz wątpliwości, zaloguj się bezpośrednio na amazon.pl.",
             "Amazon EU S.à r.l. – Warunki użytkowania i sprzedaży | Informacja o prywatności"],
        ],
    ),
    "sv": dict(
        brand="Amazon.se", dom="amazon.se", host="www.amazon.se", lang="sv",
        nav=["Dina beställningar", "Ditt konto", "Amazon.se"],
        order_lbl="Beställningsnummer", qty="Antal", price="Pris", sold_by="Säljs av",
        details_btn="Visa beställningsdetaljer", items_default="Avbrutna artiklar",
        total="Totalt", placed="Beställd",
        helps=[
            "Har du frågor om din beställning? Besök Hjälp och kundservice: https://www.amazon.se/gp/help/customer/display.html",
            "Du hittar alla dina beställningar under Dina beställningar: https://www.amazon.se/gp/css/order-history",
            "Behöver du hjälp? Kontakta oss via kundservice på Amazon.se: https://www.amazon.se/hz/contact-us",
        ],
        signs=["Vänliga hälsningar,\nAmazon.se", "Vi hoppas att vi ses snart igen.\nAmazon.se",
               "Tack för att du handlar hos Amazon.se.", "Med vänlig hälsning,\nAmazon.se Kundservice"],
        footers=[
            ["Amazon.se ber dig aldrig om ditt lösenord, kortnummer eller BankID-uppgifter via e-post. Om du får ett misstänkt meddelande ska du inte klicka på några länkar. Rapportera det till stop-spoofing@amazon.com.",
             "Det här e-postmeddelandet skickades från en adress som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet."],
            ["Dina betalningsuppgifter är krypterade och delas aldrig med säljare.",
             "Se upp för falska e-postmeddelanden som utger sig för att komma från Amazon. Alla äkta meddelanden från oss hittar du i Meddelandecenter på ditt konto. Byt lösenord regelbundet och aktivera tvåstegsverifiering.",
             "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg B-101818."],
            ["Artiklar som säljs av Amazon EU S.à r.l. omfattas av svensk mervärdesskatt. Om din beställning innehåller artiklar från andra säljare kan andra villkor för försäljning och betalning gälla.",
             "Dela aldrig ditt lösenord eller dina engångskoder med någon. Amazon ringer dig aldrig och ber dig installera program eller göra en betalning.",
             "Svara inte på det här meddelandet."],
            ["Det här meddelandet skickades automatiskt och innehåller information om din beställning.",
             "Bedrägliga e-postmeddelanden innehåller ofta stavfel, brådskande uppmaningar att uppdatera betalningsuppgifter eller länkar till sidor som liknar Amazon.se. Är du osäker, logga in direkt på amazon.se.",
             "Amazon EU S.à r.l. – Användar- och försäljningsvillkor | Integritetsmeddelande"],
        ],
    ),
}


# --------------------------------------------------------------------------
# Amazon-style renderers (text, three HTML layouts)
# --------------------------------------------------------------------------
def trk(L, target, ref):
    return ("https://%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (L["host"], tok(13), tok(13), "2024", hexs(24), tok(12),
               quote("https://%s%s" % (L["host"], target), safe=""), tok(28), ref)).replace("&", "&amp;")


def para_text(p):
    if isinstance(p, tuple):
        return "%s: %s" % p
    return p


def para_html(p):
    if isinstance(p, tuple):
        return "<b>%s:</b> %s" % (esc(p[0]), esc(p[1]))
    return esc(p)


def render_text(L, m):
    out = [m.get("title") or L["brand"], "https://%s/ref=%s" % (L["host"], m["ref"]), "", "_" * 68, ""]
    out += [m["greeting"], ""]
    for p in m["paras"]:
        out += [para_text(p), ""]
    if m.get("order"):
        out.append("%s %s" % (L["order_lbl"], m["order"]))
        if m.get("placed"):
            out.append("%s: %s" % (L["placed"], m["placed"]))
        out.append("")
    if m.get("items"):
        out.append(m.get("items_heading") or L["items_default"])
        out.append("")
        for it in m["items"]:
            name, qty, price = it[:3]
            seller = it[3] if len(it) > 3 else "Amazon EU S.à r.l."
            out += ["  " + name, "  %s: %s   %s: %s" % (L["qty"], qty, L["price"], price),
                    "  %s: %s" % (L["sold_by"], seller), ""]
    for p in m.get("money", []):
        out += [p, ""]
    out += [L["helps"][m["help"]], "", m.get("sign") or L["signs"][m["signi"]], "", "_" * 68, ""]
    for f in L["footers"][m["footer"]]:
        out += [f, ""]
    return "\n".join(out).rstrip() + "\n"


CSS1 = """
body { width:100% !important; margin:0; padding:0; font:12px/18px Arial, sans-serif; color:#333; }
table, table td { border-collapse:collapse !important; }
#container { width:640px; margin:0 auto; }
#header .logo { width:160px; padding:10px 0; }
#header .navigation a { color:#006699; text-decoration:none; font-size:13px; }
#header .title { text-align:right; padding:0 20px 0 0; }
#header h2 { font-size:20px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#summary { border-top:3px solid #2a2a2a; width:100%; }
#summary td { padding:10px 0 0 0; }
#summary .heading { font-size:18px; color:#cc6600; }
#orderDetails { width:100%; border-top:1px solid #eaeaea; }
#orderDetails td { padding:8px 10px; vertical-align:top; border-bottom:1px solid #eaeaea; }
#orderDetails td.price { text-align:right; white-space:nowrap; }
#orderDetails .seller { color:#666; font-size:11px; }
#closing td { padding:14px 0 20px 0; border-bottom:1px solid #eaeaea; }
#closing .signature { font-size:16px; font-weight:bold; }
#legalCopy { font:11px/16px Arial, sans-serif; }
#legalCopy p { color:#666; margin:0 0 10px 0; }
#legalCopy a { color:#006699; text-decoration:none; }
"""


def items_rows_l1(L, m):
    rows = []
    for it in m.get("items", []):
        name, qty, price = it[:3]
        seller = it[3] if len(it) > 3 else "Amazon EU S.à r.l."
        rows.append(
            '<tr>\n<td class="name"><a href="%s">%s</a><br /><span class="seller">%s: %s</span></td>\n'
            '<td class="qty">%s: %s</td>\n<td class="price"><strong>%s</strong></td>\n</tr>'
            % (trk(L, "/dp/%s" % tok(10), "pe_item_l1"), esc(name), esc(L["sold_by"]), esc(seller),
               esc(L["qty"]), qty, esc(price)))
    return "\n".join(rows)


def render_l1(L, m, cs):
    o = []
    o.append('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
             '\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>%s</title>\n<style type="text/css">%s</style>\n</head>'
             % (L["lang"], cs, esc(m.get("title") or ""), CSS1))
    o.append('<body><img width="1" height="1" src="%s" />' % trk(L, "/images/G/01/nav/transp.gif", "pe_open_l1"))
    o.append('<table id="container" cellpadding="0"><tbody><tr><td class="frame">\n<table id="main" cellpadding="0"><tbody>')
    nav = " <span>&nbsp;|&nbsp;</span> ".join('<a href="%s">%s</a>' % (trk(L, "/gp/css/order-history", "pe_nav_%d" % i), esc(n))
                                              for i, n in enumerate(L["nav"]))
    title = '<h2>%s</h2>' % esc(m.get("title") or "")
    if m.get("order"):
        title += ' %s <a href="%s">%s</a>' % (esc(L["order_lbl"]), trk(L, "/gp/css/summary/edit.html?orderID=" + m["order"], "pe_ord"), m["order"])
    o.append('<tr><td>\n<table id="header" cellpadding="0"><tbody>\n<tr><td rowspan="2" class="logo"><a href="%s"><img alt="%s" src="https://m.media-amazon.com/images/G/%s/x-locale/common/logo._CB%s_.png" border="0" /></a></td>'
             '\n<td class="navigation">%s</td></tr>\n<tr><td class="title">%s</td></tr>\n</tbody></table>\n</td></tr>'
             % (trk(L, "/", "pe_logo"), L["brand"], RNG.choice(["08", "31", "29"]), tok(9, "0123456789"), nav, title))
    body = '<span class="heading">%s</span>\n' % esc(m["greeting"])
    body += "\n".join("<p>%s</p>" % para_html(p) for p in m["paras"])
    o.append('<tr><td>\n<table id="summary" cellpadding="0"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>' % body)
    if m.get("items"):
        o.append('<tr><td>\n<table id="orderDetails" cellpadding="0"><tbody>\n<tr><td colspan="3"><h3>%s</h3></td></tr>\n%s\n</tbody></table>\n</td></tr>'
                 % (esc(m.get("items_heading") or L["items_default"]), items_rows_l1(L, m)))
    if m.get("money"):
        o.append('<tr><td>\n<table id="costBreakdown" cellpadding="0"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>'
                 % "\n".join("<p>%s</p>" % esc(p) for p in m["money"]))
    helptxt = esc(L["helps"][m["help"]]).split(": http")[0]
    sign = esc(m.get("sign") or L["signs"][m["signi"]]).replace("\n", "<br />\n")
    o.append('<tr><td>\n<table id="closing" cellpadding="0"><tbody><tr><td>%s: <a href="%s">%s</a>.\n<p><br /><span class="signature">%s</span></p></td></tr></tbody></table>\n</td></tr>'
             % (helptxt, trk(L, "/gp/help/customer/display.html", "pe_help"), esc(L["host"]), sign))
    o.append('<tr><td>\n<table id="legalCopy" cellpadding="0"><tbody><tr><td>\n%s\n</td></tr></tbody></table>\n</td></tr>'
             % "\n".join("<p>%s</p>" % esc(f) for f in L["footers"][m["footer"]]))
    o.append("</tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n")
    return "\n".join(o)


RIO = "margin:0;padding:0;border:0;outline:0;font-size:100%;vertical-align:baseline"


def render_l2(L, m, cs):
    o = []
    o.append('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
             '<meta name="viewport" content="width=device-width">\n<title></title>\n</head>\n<body style="%s;background:#ffffff">'
             % (L["lang"], cs, RIO))
    o.append('<img width="1" height="1" src="%s">' % trk(L, "/images/G/01/nav/transp.gif", "pe_%s_opens" % tok(8, "0123456789")))
    o.append('<table id="rio_container" style="width:525px;margin:0 auto;%s;border-collapse:collapse;display:block"><tbody><tr><td>' % RIO)
    o.append('<table style="%s"><tbody><tr><td style="%s"><a href="%s" title="%s" style="text-decoration:none">'
             '<img alt="%s" src="https://m.media-amazon.com/images/G/%s/outbound/OutboundTemplates/Amazon_logo_%s_Light._BG255,255,255_.png" height="58" style="height:58px;width:auto;display:block;border:0"></a></td></tr></tbody></table>'
             % (RIO, RIO, trk(L, "/", "pe_logo_rio"), L["brand"], L["brand"], RNG.choice(["08", "31"]), L["dom"].split(".")[-1].upper()))
    o.append('<table class="rio_body" style="padding:8px;background-color:#d5d9d9;border-spacing:0;width:100%"><tbody><tr><td style="width:525px">')
    card = ('<table class="rio_card" style="background-color:#ffffff;border-radius:4px;padding:12px 8px 16px 8px;margin-bottom:8px;width:100%">'
            '<tbody><tr><td style="font-family:Ember,\'Amazon Ember\',Arial,sans-serif;font-size:15px;line-height:20px;color:#0f1111">\n')
    card += '<p style="font-size:22px;line-height:28px;font-weight:700;margin:0 0 12px 0">%s</p>\n' % esc(m.get("title") or "")
    card += '<p style="margin:0 0 10px 0">%s</p>\n' % esc(m["greeting"])
    for p in m["paras"]:
        card += '<p style="margin:0 0 10px 0">%s</p>\n' % para_html(p)
    if m.get("order"):
        card += ('<p style="margin:12px 0 4px 0;color:#565959;font-size:13px">%s</p><p style="margin:0 0 12px 0"><a href="%s" style="color:#007185;text-decoration:none">%s</a></p>\n'
                 % (esc(L["order_lbl"]), trk(L, "/gp/your-account/order-details?orderID=" + m["order"], "pe_rio_ord"), m["order"]))
    card += "</td></tr></tbody></table>\n"
    o.append(card)
    if m.get("items"):
        it_html = ('<table class="rio_card" style="background-color:#ffffff;border-radius:4px;padding:12px 8px;margin-bottom:8px;width:100%%"><tbody>'
                   '<tr><td colspan="2" style="font:700 17px Arial,sans-serif;color:#0f1111;padding:0 0 8px 0">%s</td></tr>\n' % esc(m.get("items_heading") or L["items_default"]))
        for it in m["items"]:
            name, qty, price = it[:3]
            it_html += ('<tr><td style="width:90px;padding:4px 8px 8px 0;vertical-align:top"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS142_.jpg" width="80" style="border:0" alt=""></a></td>'
                        '<td style="font:14px Arial,sans-serif;color:#0f1111;vertical-align:top"><a href="%s" style="color:#0f1111;text-decoration:none">%s</a><br>'
                        '<span style="color:#565959">%s: %s</span><br><b>%s</b></td></tr>\n'
                        % (trk(L, "/dp/" + tok(10), "pe_rio_img"), tok(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                           trk(L, "/dp/" + tok(10), "pe_rio_title"), esc(name), esc(L["qty"]), qty, esc(price)))
        it_html += "</tbody></table>\n"
        o.append(it_html)
    low = ('<table class="rio_card" style="background-color:#ffffff;border-radius:4px;padding:12px 8px;width:100%"><tbody><tr>'
           '<td style="font:14px Arial,sans-serif;color:#0f1111">\n')
    for p in m.get("money", []):
        low += '<p style="margin:0 0 10px 0">%s</p>\n' % esc(p)
    low += ('<table style="margin:8px 0 8px 0"><tbody><tr><td style="background:#ffd814;border-radius:20px;padding:8px 18px">'
            '<a href="%s" style="color:#0f1111;text-decoration:none;font-size:14px">%s</a></td></tr></tbody></table>\n'
            % (trk(L, "/gp/css/order-history", "pe_rio_btn"), esc(L["details_btn"])))
    low += '<p style="margin:10px 0 0 0">%s</p>\n' % esc(m.get("sign") or L["signs"][m["signi"]]).replace("\n", "<br>")
    low += "</td></tr></tbody></table>\n"
    o.append(low)
    o.append("</td></tr></tbody></table>")
    foot = '<table style="width:100%%;padding:16px 8px"><tbody><tr><td style="font:12px Arial,sans-serif;color:#565959;line-height:16px">\n'
    foot = foot % ()
    foot += '<p><a href="%s" style="color:#007185">%s</a></p>\n' % (trk(L, "/gp/help/customer/display.html", "pe_rio_help"), esc(L["helps"][m["help"]].split(": http")[0]))
    for f in L["footers"][m["footer"]]:
        foot += "<p>%s</p>\n" % esc(f)
    foot += "<p>&copy;2024 Amazon.com, Inc. lub podmioty powiązane.</p>\n" if L["lang"] == "pl" else "<p>&copy;2024 Amazon.com, Inc. eller dess dotterbolag.</p>\n"
    foot += "</td></tr></tbody></table>"
    o.append(foot)
    o.append("</td></tr></tbody></table>\n</body>\n</html>\n")
    return "\n".join(o)


def render_l3(L, m, cs):
    o = []
    o.append('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body bgcolor="#FFFFFF">' % cs)
    o.append('<table width="620" border="0" cellspacing="0" cellpadding="0" align="center">\n<tr>\n<td>')
    o.append('<a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/%s/x-locale/cs/te/logo.gif" alt="%s" width="139" height="40" border="0"></a>'
             % (trk(L, "/", "te_logo"), RNG.choice(["08", "31"]), L["brand"]))
    o.append('<font face="Verdana, Arial, Helvetica" size="2">')
    o.append('<br><font color="#CC6600" size="4"><b>%s</b></font>' % esc(m.get("title") or ""))
    if m.get("order"):
        o.append('<br>%s <a href="%s">%s</a>' % (esc(L["order_lbl"]), trk(L, "/gp/css/summary/edit.html?orderID=" + m["order"], "te_ord"), m["order"]))
    o.append('<hr size="1" noshade color="#999999">')
    o.append("<p>%s</p>" % esc(m["greeting"]))
    for p in m["paras"]:
        o.append("<p>%s</p>" % para_html(p))
    if m.get("items"):
        o.append('<p><font color="#CC6600"><b>%s</b></font></p>' % esc(m.get("items_heading") or L["items_default"]))
        o.append('<table width="100%" border="0" cellspacing="0" cellpadding="4">')
        o.append('<tr bgcolor="#EEEEEE"><td><font face="Verdana" size="1"><b>%s</b></font></td><td align="right"><font face="Verdana" size="1"><b>%s</b></font></td></tr>'
                 % (esc(L["qty"]), esc(L["price"])))
        for it in m["items"]:
            name, qty, price = it[:3]
            o.append('<tr><td valign="top"><font face="Verdana" size="2">%s x <b>%s</b></font></td><td align="right" valign="top"><font face="Verdana" size="2">%s</font></td></tr>'
                     % (qty, esc(name), esc(price)))
        o.append("</table>")
    o.append('<hr size="1" noshade color="#999999">')
    for p in m.get("money", []):
        o.append("<p>%s</p>" % esc(p))
    o.append('<p><a href="%s">%s</a></p>' % (trk(L, "/gp/css/order-history", "te_yo"), esc(L["nav"][0])))
    o.append("<p>%s</p>" % esc(m.get("sign") or L["signs"][m["signi"]]).replace("\n", "<br>"))
    o.append('</font>\n<hr size="1" noshade color="#CCCCCC">\n<font face="Verdana, Arial" size="1" color="#666666">')
    o.append('<p>%s: <a href="%s">%s</a></p>' % (esc(L["helps"][m["help"]].split(": http")[0]), trk(L, "/gp/help/customer/display.html", "te_help"), L["host"]))
    for f in L["footers"][m["footer"]]:
        o.append("<p>%s</p>" % esc(f))
    o.append("</font>\n</td>\n</tr>\n</table>\n</body>\n</html>\n")
    return "\n".join(o)


RENDER = {"L1": render_l1, "L2": render_l2, "L3": render_l3}


def amazon_bodies(m):
    """Return (text or None, html or None) for an Amazon-template mail."""
    L = UI[m["lang"]]
    m.setdefault("ref", "pe_%s_%s" % (tok(8, "0123456789"), tok(9, "0123456789")))
    m.setdefault("help", RNG.randrange(len(L["helps"])))
    m.setdefault("signi", RNG.randrange(len(L["signs"])))
    m.setdefault("footer", RNG.randrange(len(L["footers"])))
    text = render_text(L, m) if m["fmt"] in ("text", "alt") else None
    htmlb = RENDER[m.get("layout", "L1")](L, m, m.get("cs", "utf-8")) if m["fmt"] in ("html", "alt") else None
    return text, htmlb


# --------------------------------------------------------------------------
# mail data
# --------------------------------------------------------------------------
def A(lang, kind, cause, states_reason, note, **kw):
    """An Amazon-template mail (notice, thread mail or Amazon non-notice)."""
    L = UI[lang]
    m = dict(lang=lang, kind=kind, cause=cause, states_reason=states_reason, note=note,
             builder="amazon", marketplace=L["dom"])
    m.setdefault("sender", (L["brand"], "order-update@" + L["dom"]))
    m.setdefault("reply_to", "no-reply@" + L["dom"])
    m.update(kw)
    return m


def C(lang, kind, cause, states_reason, note, **kw):
    """A custom mail (lookalike, other retailer, personal mail...)."""
    m = dict(lang=lang, kind=kind, cause=cause, states_reason=states_reason, note=note,
             builder="custom", marketplace=None)
    m.update(kw)
    return m


def D(y, mo, d, h, mi):
    return datetime.datetime(y, mo, d, h, mi, RNG.randrange(60), tzinfo=datetime.timezone.utc)


PL_TO = [("Katarzyna Wiśniewska", "k.wisniewska@wp.pl"), ("Michał Nowak", "michal.nowak87@gmail.com"),
         ("Anna Zielińska", "anna.zielinska@onet.pl"), ("Piotr Kamiński", "pkaminski@interia.pl"),
         ("Paweł Lewandowski", "pawel.lewandowski@o2.pl"), ("Magdalena Wójcik", "magda.wojcik@gmail.com"),
         ("Agnieszka Dąbrowska", "a.dabrowska@outlook.com"), ("Ewa Kozłowska", "ewa.kozlowska@wp.pl"),
         ("Krzysztof Mazur", "k.mazur@poczta.fm"), ("Jakub Krawczyk", "jakub.krawczyk@gmail.com"),
         ("Oliwia Pawlak", "oliwia.pawlak@interia.eu"), ("Tomasz Grabowski", "t.grabowski@op.pl")]

PL = []

# ---------------- Polish notices: inventory_shortage ----------------
PL.append([A("pl", "notice", "inventory_shortage", True, "out of stock, partial, one item of order",
    to=PL_TO[0], subject="Anulowano 1 produkt z Twojego zamówienia Amazon.pl nr 405-3918274-5521960",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="405-3918274-5521960", title="Anulowanie produktu", greeting="Dzień dobry, Katarzyno,",
    paras=["Przykro nam, ale musieliśmy anulować jeden z produktów z Twojego zamówienia nr 405-3918274-5521960. Okazało się, że nie mamy go już w magazynie i nie wiemy, czy i kiedy będzie ponownie dostępny.",
           "Pozostałe produkty z tego zamówienia wyślemy zgodnie z planem. Informację o nadaniu przesyłki otrzymasz w osobnej wiadomości."],
    items_heading="Anulowany produkt",
    items=[("Philips Sonicare ProtectiveClean 4300 HX6807/24, szczoteczka soniczna, biała", 1, "129,99 zł")],
    money=["Za anulowany produkt nie pobraliśmy żadnej opłaty. Jeśli na wyciągu widzisz tymczasową blokadę środków, bank zwolni ją w ciągu kilku dni roboczych."])])

PL.append([A("pl", "notice", "inventory_shortage", True, "seller cancelled, labelled reason first, no stock",
    sender=("Amazon.pl", "marketplace-messages@amazon.pl"), reply_to=None,
    to=PL_TO[1], subject="Sprzedawca anulował Twoje zamówienie 171-2290417-8836512",
    fmt="text", cs="iso-8859-2", cte="quoted-printable", auth=False,
    order="171-2290417-8836512", placed="4 marca 2024", title="Wiadomość od sprzedawcy", greeting="Witaj,",
    paras=[("Powód anulowania podany przez sprzedawcę", "brak towaru – ostatnie sztuki zostały sprzedane, zanim Twoje zamówienie trafiło do realizacji."),
           "Sprzedawca DomTech Hurt Sp. z o.o. poinformował nas, że anulował Twoje zamówienie nr 171-2290417-8836512. Przepraszamy za kłopot.",
           "Jeśli chcesz zadać sprzedawcy pytanie, skorzystaj z opcji „Skontaktuj się ze sprzedawcą” w sekcji Twoje zamówienia."],
    items=[("Tefal Ingenio Easy On, zestaw patelni 3 szt. z odłączaną rączką", 1, "219,00 zł", "DomTech Hurt Sp. z o.o.")],
    money=["Kwota 219,00 zł nie zostanie pobrana z Twojej karty."], signi=3)])

PL.append([A("pl", "notice", "inventory_shortage", True, "pre-order cannot be filled, publisher allocation",
    to=PL_TO[1], subject="Informacja o Twoim zamówieniu przedpremierowym nr 403-7761520-0934418",
    fmt="html", layout="L2", cs="utf-8", cte="base64", auth=False,
    order="403-7761520-0934418", title="Zamówienie przedpremierowe anulowane", greeting="Witaj Michał,",
    paras=["Wydawca poinformował nas, że pierwszy nakład gry okazał się znacznie mniejszy, niż zapowiadano. Nie otrzymamy egzemplarzy dla wszystkich zamówień przedpremierowych, a Twoje zamówienie znalazło się wśród tych, których nie będziemy w stanie zrealizować.",
           "Dlatego je anulowaliśmy. Wiemy, że czekałeś na tę premierę – bardzo nam przykro.",
           "Jeśli gra wróci do sprzedaży, możesz włączyć powiadomienie o dostępności na stronie produktu."],
    items=[("Kingdom Come: Deliverance II – Edycja Kolekcjonerska (PS5)", 1, "1 049,00 zł")],
    money=["Przy zamówieniach przedpremierowych płatność pobieramy dopiero w chwili wysyłki, więc nic nie zapłaciłeś."])])

PL.append([A("pl", "notice", "inventory_shortage", True, "denies payment/account problem, supplier discontinued",
    to=PL_TO[3], subject="Twoje zamówienie Amazon.pl nr 402-5518830-6120347 zostało anulowane",
    fmt="text", cs="utf-8", cte="8bit", auth=True,
    order="402-5518830-6120347", greeting="Dzień dobry,",
    paras=["Twoje zamówienie nr 402-5518830-6120347 zostało anulowane.",
           "Chcemy od razu wyjaśnić: to nie jest problem z Twoją kartą ani z Twoim kontem. Producent wycofał ten model z rynku, a nasz dostawca nie jest w stanie przysłać nam kolejnych sztuk, więc nie mamy jak zrealizować zamówienia.",
           "Na stronie produktu znajdziesz jego następcę – Samsung 990 EVO Plus."],
    items=[("Samsung 990 PRO 2 TB, dysk SSD M.2 PCIe 4.0 NVMe", 1, "799,00 zł")],
    money=["Zwrot w wysokości 799,00 zł zleciliśmy na kartę Mastercard kończącą się cyframi 8812. Środki powinny pojawić się na koncie w ciągu 3–5 dni roboczych."])])

# ---------------- Polish notices: payment_issue ----------------
PL.append([A("pl", "notice", "payment_issue", True, "card declined by issuing bank",
    sender=("Amazon.pl", "payments-messages@amazon.pl"),
    to=PL_TO[2], subject="Anulowaliśmy Twoje zamówienie Amazon.pl",
    fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", auth=True,
    order="408-1124579-3390261", title="Problem z płatnością", greeting="Witaj Anno,",
    paras=["Próbowaliśmy obciążyć Twoją kartę Visa kończącą się cyframi 4417 kwotą 1 349,00 zł, ale bank wydający kartę odrzucił transakcję. Ponieważ nie udało nam się pobrać płatności, zamówienie nr 408-1124579-3390261 zostało anulowane.",
           "Przyczynę odrzucenia zna tylko Twój bank – najczęściej chodzi o limit transakcji internetowych albo zastrzeżoną kartę. Jeśli nadal chcesz kupić ten produkt, złóż nowe zamówienie i wybierz inną metodę płatności."],
    items=[("Sony WH-1000XM5, bezprzewodowe słuchawki z redukcją szumów, czarne", 1, "1 349,00 zł")],
    money=["Twoje konto nie zostało obciążone."])])

PL.append([A("pl", "notice", "payment_issue", True, "BLIK payment not confirmed in time, automatic cancellation",
    sender=("Amazon.pl", "payments-messages@amazon.pl"),
    to=PL_TO[11], subject="Płatność BLIK nie została potwierdzona – zamówienie 407-6603158-2219874 anulowane",
    fmt="text", cs="iso-8859-2", cte="base64", auth=False,
    order="407-6603158-2219874", greeting="Dzień dobry,",
    paras=["Nie otrzymaliśmy potwierdzenia płatności BLIK za Twoje zamówienie nr 407-6603158-2219874. Kod został wygenerowany, ale transakcji nie zatwierdzono w aplikacji bankowej w wymaganym czasie, dlatego system automatycznie anulował zamówienie.",
           "Aby kupić te produkty, dodaj je ponownie do koszyka i opłać zamówienie. Pamiętaj, że płatność BLIK trzeba zatwierdzić w aplikacji banku w ciągu 2 minut."],
    items=[("Brita Maxtra Pro All-in-1, wkłady filtrujące, 6 szt.", 1, "119,99 zł"),
           ("Contigo West Loop 2.0, kubek termiczny 470 ml, grafitowy", 2, "79,99 zł")],
    money=["Nie pobraliśmy od Ciebie żadnych pieniędzy."])])

PL.append([A("pl", "notice", "payment_issue", True, "gift card balance too low, no other payment method",
    to=PL_TO[3], subject="Twoje zamówienie Amazon.pl nr 304-8802736-5501249",
    fmt="html", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="304-8802736-5501249", title="Zamówienie anulowane", greeting="Witaj Piotrze,",
    paras=["Do zamówienia nr 304-8802736-5501249 nie była przypisana żadna karta, a saldo Twojej karty podarunkowej (36,40 zł) nie pokryło kwoty 89,00 zł. W tej sytuacji zamówienia nie dało się zrealizować i zostało ono anulowane.",
           "Kwota 36,40 zł wróciła na saldo karty podarunkowej – możesz ją wykorzystać przy kolejnych zakupach."],
    items=[("Faber-Castell Goldfaber, kredki ołówkowe, 48 kolorów w metalowym etui", 1, "89,00 zł")],
    money=["Aktualne saldo karty podarunkowej: 36,40 zł."])])

PL.append([
    A("pl", "non_notice", None, False, "thread",
      sender=("Amazon.pl", "payments-messages@amazon.pl"),
      to=PL_TO[4], subject="Zaktualizuj metodę płatności dla zamówienia 402-7719034-1185522",
      date=D(2024, 5, 14, 8, 12),
      fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
      order="402-7719034-1185522", title="Wymagane działanie: płatność", greeting="Witaj Pawle,",
      paras=["Nie udało nam się obciążyć Twojej karty Mastercard kończącej się cyframi 0932 za zamówienie nr 402-7719034-1185522 – bank nie autoryzował transakcji.",
             "Aby zamówienie zostało wysłane, zaktualizuj metodę płatności do 21 maja 2024 r. Wystarczy przejść do sekcji Twoje zamówienia, wybrać to zamówienie i kliknąć „Zmień metodę płatności”."],
      items_heading="Produkty w zamówieniu",
      items=[("Bosch Professional GSR 12V-15, wiertarko-wkrętarka z 2 akumulatorami i walizką", 1, "549,00 zł")],
      money=["Do czasu aktualizacji płatności zamówienie pozostaje wstrzymane."]),
    A("pl", "notice", "payment_issue", False, "thread: cause from earlier mail",
      to=PL_TO[4], subject="Zamówienie nr 402-7719034-1185522 zostało anulowane",
      date=D(2024, 5, 22, 6, 3),
      fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
      order="402-7719034-1185522", greeting="Witaj Pawle,",
      paras=["Informujemy, że Twoje zamówienie nr 402-7719034-1185522 zostało anulowane.",
             "Jeśli nadal potrzebujesz tego produktu, możesz zamówić go ponownie w dowolnym momencie."],
      items=[("Bosch Professional GSR 12V-15, wiertarko-wkrętarka z 2 akumulatorami i walizką", 1, "549,00 zł")],
      money=["Nie pobraliśmy opłaty za to zamówienie."], footer=0),
])

# ---------------- Polish notices: technical_issue ----------------
PL.append([A("pl", "notice", "technical_issue", True, "pricing error, Amazon decided to cancel",
    to=PL_TO[5], subject="Ważna informacja dotycząca zamówienia nr 406-3358190-7712035",
    fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", hcte="base64", auth=True,
    order="406-3358190-7712035", title="Zamówienie anulowane", greeting="Dzień dobry,",
    paras=["Amazon zdecydował się anulować Twoje zamówienie nr 406-3358190-7712035. Przez kilka godzin 9 kwietnia ekspres De'Longhi Magnifica S był wyświetlany w naszym sklepie w cenie 129,90 zł zamiast 1 299,00 zł. Była to pomyłka przy wprowadzaniu ceny, a nie promocja.",
           "Zgodnie z Warunkami użytkowania i sprzedaży nie realizujemy zamówień złożonych po cenie wynikającej z oczywistego błędu. Przepraszamy za zamieszanie.",
           "Aktualną cenę sprawdzisz na stronie produktu."],
    items=[("De'Longhi Magnifica S ECAM 22.110.B, automatyczny ekspres do kawy", 1, "129,90 zł")],
    money=["Kwota zamówienia nie została pobrana. Ewentualna blokada środków na karcie zniknie automatycznie."])])

PL.append([A("pl", "notice", "technical_issue", True, "system error while processing, present tense 'anulujemy'",
    to=PL_TO[9], subject="Anulowanie zamówienia 111-4470825-9036617 – Amazon.pl",
    fmt="text", cs="utf-8", cte="8bit", auth=False,
    order="111-4470825-9036617", greeting="Szanowny Kliencie,",
    paras=["podczas przetwarzania Twojego zamówienia nr 111-4470825-9036617 w naszym systemie wystąpił błąd, przez który zamówienie nie zostało prawidłowo przekazane do centrum logistycznego. Nie da się tego naprawić ręcznie, dlatego anulujemy to zamówienie w całości.",
           "Jeśli nadal chcesz otrzymać te produkty, złóż zamówienie jeszcze raz – ceny i dostępność widoczne w koszyku są aktualne. Przepraszamy za niedogodności."],
    items=[("Kingston FURY Beast 32 GB (2 x 16 GB) DDR5 5600 MT/s CL40", 1, "449,00 zł"),
           ("Arctic MX-6, pasta termoprzewodząca 4 g", 1, "29,90 zł")],
    money=["Nie obciążyliśmy Twojego rachunku."])])

PL.append([A("pl", "notice", "technical_issue", True, "listing error; denies payment and stock",
    to=PL_TO[6], subject="Twoje zamówienie Amazon.pl zostało anulowane",
    fmt="html", layout="L3", cs="iso-8859-2", cte="quoted-printable", auth=False,
    order="028-6619307-4452810", title="Anulowanie zamówienia", greeting="Witaj,",
    paras=["Na stronie produktu, który zamówiłeś, przez pewien czas widniały nieprawidłowe dane: opis i zdjęcia dotyczyły modelu z 4 TB pamięci, a w rzeczywistości sprzedawany był dysk 2 TB. Ponieważ nie możemy dostarczyć tego, co obiecywała oferta, zamówienie nr 028-6619307-4452810 zostało przez nas anulowane.",
           "Nie ma to nic wspólnego z Twoją płatnością ani z dostępnością towaru – błąd dotyczył wyłącznie opisu oferty, który już poprawiliśmy."],
    items=[("WD Elements Portable, zewnętrzny dysk twardy 4 TB, USB 3.0", 1, "389,00 zł")],
    money=["Pełną kwotę 389,00 zł zwróciliśmy na Twoją kartę. Zwrot może pojawić się na wyciągu po kilku dniach."])])

# ---------------- Polish notices: fraud_prevention ----------------
PL.append([A("pl", "notice", "fraud_prevention", True, "unusual account activity, routine check",
    sender=("Amazon.pl", "no-reply@amazon.pl"),
    to=PL_TO[5], subject="Twoje zamówienie nr 303-5592761-0047182 zostało anulowane",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="303-5592761-0047182", title="Anulowanie zamówienia", greeting="Dzień dobry, Magdaleno,",
    paras=["Podczas rutynowej kontroli zauważyliśmy na Twoim koncie aktywność, która odbiega od Twoich dotychczasowych zwyczajów zakupowych. Aby chronić Ciebie i Twoje pieniądze, anulowaliśmy zamówienie nr 303-5592761-0047182.",
           "Jeśli to Ty złożyłaś to zamówienie, zaloguj się na swoje konto, postępuj zgodnie z wyświetlonymi instrukcjami, a następnie złóż zamówienie ponownie. Ze względów bezpieczeństwa nie możemy podać szczegółów tej kontroli."],
    items=[("Xiaomi Redmi Note 13 Pro 5G, 8 GB / 256 GB, Midnight Black", 2, "1 199,00 zł")],
    money=["Za to zamówienie nie pobraliśmy żadnej płatności."])])

PL.append([A("pl", "notice", "fraud_prevention", True, "held for security review, owner not confirmed",
    to=PL_TO[11], subject="Zamówienie 405-0937716-8841230: anulowane ze względów bezpieczeństwa",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=False,
    order="405-0937716-8841230", greeting="Dzień dobry,",
    paras=["Twoje zamówienie zostało wstrzymane do sprawdzenia przez nasz zespół ds. bezpieczeństwa transakcji. W wyznaczonym czasie nie udało nam się potwierdzić, że złożył je właściciel konta, więc zamówienie anulowaliśmy.",
           "Jeśli zamówienie było prawidłowe, skontaktuj się z nami przez stronę Pomoc i obsługa klienta – po potwierdzeniu tożsamości będziesz mógł złożyć je ponownie."],
    items=[('Apple iPad Air 11" (M2), Wi-Fi, 128 GB, gwiezdna szarość', 1, "2 999,00 zł"),
           ("Apple Pencil Pro", 1, "579,00 zł")],
    money=["Twoja karta nie została obciążona."])])

PL.append([
    A("pl", "non_notice", None, False, "thread",
      sender=("Amazon.pl", "account-update@amazon.pl"),
      to=PL_TO[8], subject="Twoje konto Amazon.pl zostało tymczasowo zablokowane",
      date=D(2024, 9, 3, 17, 40),
      fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
      order="171-6648203-9917345", greeting="Witaj Krzysztofie,",
      paras=["W związku z nietypową aktywnością tymczasowo zablokowaliśmy Twoje konto Amazon.pl. Do czasu zakończenia weryfikacji wszystkie oczekujące zamówienia, w tym zamówienie nr 171-6648203-9917345, są wstrzymane.",
             "Aby odblokować konto, zaloguj się na amazon.pl i prześlij informacje, o które poprosimy na stronie. Nigdy nie prosimy o podanie hasła ani pełnego numeru karty w wiadomości e-mail."],
      items_heading="Wstrzymane produkty",
      items=[("Bose QuietComfort Ultra Headphones, słuchawki bezprzewodowe, czarne", 1, "1 699,00 zł")],
      money=[], footer=1),
    A("pl", "notice", "fraud_prevention", False, "thread: cause from earlier mail",
      to=PL_TO[8], subject="Anulowano zamówienie nr 171-6648203-9917345",
      date=D(2024, 9, 9, 10, 21),
      fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", hcte="quoted-printable", auth=False,
      order="171-6648203-9917345", title="Anulowane zamówienie", greeting="Witaj Krzysztofie,",
      paras=["Zamówienie nr 171-6648203-9917345 zostało anulowane. Poniżej znajdziesz listę anulowanych produktów."],
      items=[("Bose QuietComfort Ultra Headphones, słuchawki bezprzewodowe, czarne", 1, "1 699,00 zł")],
      money=["Jeśli płatność została już pobrana, zwrócimy ją w całości na pierwotną metodę płatności."]),
])

# ---------------- Polish notices: customer_request ----------------
PL.append([A("pl", "notice", "customer_request", True, "successful cancellation, 'Powód anulowania: Anulowane przez klienta'",
    to=PL_TO[6], subject="Anulowanie produktów z zamówienia Amazon.pl 402-2260914-7730158 zakończone pomyślnie",
    fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="402-2260914-7730158", title="Anulowanie zakończone powodzeniem", greeting="Witaj Agnieszko,",
    paras=["Zgodnie z Twoją prośbą anulowaliśmy poniższe produkty z zamówienia nr 402-2260914-7730158.",
           ("Powód anulowania", "Anulowane przez klienta")],
    items=[("Purina Felix Sensations, karma mokra dla kotów, mix smaków, 80 x 85 g", 1, "139,00 zł")],
    money=["Produkt nie został jeszcze wysłany, więc nie obciążymy Cię za niego."])])

PL.append([A("pl", "notice", "customer_request", True, "customer removed one item via Your Orders",
    to=PL_TO[0], subject="Produkt anulowany: „LEGO Technic 42151 Bugatti Bolide”",
    fmt="text", cs="utf-8", cte="8bit", auth=False,
    order="305-9914072-3368841", greeting="Dzień dobry,",
    paras=["Potwierdzamy, że produkt „LEGO Technic 42151 Bugatti Bolide” został usunięty z zamówienia nr 305-9914072-3368841. Anulowanie zleciłeś samodzielnie na stronie Twoje zamówienia 2 lutego 2024 r.",
           "Pozostałe produkty z zamówienia nie uległy zmianie i zostaną wysłane w pierwotnym terminie."],
    items=[("LEGO Technic 42151 Bugatti Bolide, zestaw dla dzieci od 9 lat", 1, "179,00 zł")],
    money=["Kwota za anulowany produkt nie zostanie pobrana z Twojej karty."])])

PL.append([A("pl", "notice", "customer_request", True, "customer service chat reply, agent cancelled at customer's request",
    sender=("Amazon.pl", "cs-reply@amazon.pl"), reply_to=None,
    to=PL_TO[7], subject="Twoje zapytanie do Amazon.pl (zamówienie 404-1857320-6624903)",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
    order="404-1857320-6624903", title="Obsługa Klienta Amazon.pl", greeting="Dzień dobry Pani Ewo,",
    paras=["dziękuję za rozmowę na czacie. Zgodnie z Pani prośbą anulowałem zamówienie nr 404-1857320-6624903 – nie zostało ono jeszcze przekazane do wysyłki, więc udało się je zatrzymać.",
           "Gdyby w przyszłości chciała Pani samodzielnie zrezygnować z zamówienia, wystarczy wejść w Twoje zamówienia i wybrać „Anuluj produkty”, dopóki status nie zmieni się na „Wysłano”.",
           "Czy moja odpowiedź była pomocna? Będę wdzięczny za ocenę naszej rozmowy."],
    items_heading="Anulowany produkt",
    items=[("iRobot Roomba Combo i5, robot sprzątający z funkcją mopowania", 1, "1 499,00 zł")],
    money=["Płatność nie została pobrana, więc nie musi się Pani martwić o zwrot."],
    sign="Pozdrawiam serdecznie,\nMarcin\nObsługa Klienta Amazon.pl", footer=2)])

# ---------------- Polish notices: unknown ----------------
PL.append([A("pl", "notice", "unknown", False, "no reason given",
    to=PL_TO[8], subject="Twoje zamówienie Amazon.pl nr 409-2284761-5093318 zostało anulowane",
    fmt="html", layout="L1", cs="utf-8", cte="base64", auth=True,
    order="409-2284761-5093318", title="Anulowane zamówienie", greeting="Witaj Krzysztofie,",
    paras=["Twoje zamówienie zostało anulowane. Szczegóły znajdziesz poniżej."],
    items=[("Petzl Actik Core, latarka czołowa 600 lm z akumulatorem", 1, "279,00 zł"),
           ("Petzl, opaska odblaskowa do latarki czołowej", 1, "39,90 zł")],
    money=["Jeśli płatność została już zaksięgowana, zwrot pojawi się na Twoim rachunku w ciągu kilku dni roboczych."])])

PL.append([A("pl", "notice", "unknown", False, "'Informacja od Amazon.pl', we had to cancel, no reason",
    to=PL_TO[9], subject="Informacja od Amazon.pl",
    fmt="text", cs="iso-8859-2", cte="8bit", auth=False,
    order="028-4716630-2158847", greeting="Dzień dobry,",
    paras=["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie nr 028-4716630-2158847.",
           "Przepraszamy za wszelkie niedogodności. Mamy nadzieję, że wkrótce znów zrobisz u nas zakupy."],
    items=[("Hantle regulowane 2 x 20 kg z gryfem łączącym", 1, "319,00 zł")],
    money=["Żadne środki nie zostały pobrane z Twojego konta."])])

PL.append([A("pl", "notice", "unknown", False, "partial cancellation, 'Anulowane produkty', no reason",
    to=PL_TO[10], subject="1 produkt z Twojego zamówienia Amazon.pl 406-9031247-6655702 został anulowany",
    fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", auth=False,
    order="406-9031247-6655702", title="Anulowane produkty", greeting="Witaj,",
    paras=["Następujący produkt z Twojego zamówienia nr 406-9031247-6655702 został anulowany. Pozostała część zamówienia zostanie zrealizowana bez zmian."],
    items=[("Melitta Aroma Elegance Therm, ekspres przelewowy, stal szlachetna", 1, "349,00 zł")],
    money=["Nie zapłacisz za anulowany produkt."])])

PL.append([A("pl", "notice", "unknown", True, "address undeliverable (missing flat number), parcel returned",
    to=PL_TO[9], subject="Zamówienie nr 304-6612985-1107724 anulowane – problem z adresem dostawy",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
    order="304-6612985-1107724", greeting="Dzień dobry, Jakubie,",
    paras=["Kurier dwukrotnie próbował doręczyć Twoją przesyłkę, ale pod wskazanym adresem nie dało się jej zostawić: w adresie brakuje numeru mieszkania, a budynek przy ul. Lipowej 14 ma kilka klatek. Paczka wróciła do naszego centrum logistycznego, więc anulowaliśmy zamówienie.",
           "Zanim złożysz zamówienie ponownie, sprawdź i uzupełnij adres w ustawieniach konta (Twoje konto > Twoje adresy)."],
    items=[("Anker 737 Power Bank, 24 000 mAh, 140 W", 1, "449,00 zł")],
    money=["Zwrot 449,00 zł zleciliśmy dzisiaj na kartę, którą zapłaciłeś."])])

PL.append([A("pl", "notice", "unknown", True, "lithium battery cannot be shipped to parcel locker",
    to=PL_TO[10], subject="Nie możemy wysłać Twojego zamówienia do wybranego punktu odbioru",
    fmt="html", layout="L2", cs="utf-8", cte="quoted-printable", auth=False,
    order="402-3390128-8874106", title="Zamówienie anulowane", greeting="Witaj Oliwio,",
    paras=["Produkt z Twojego zamówienia nr 402-3390128-8874106 zawiera akumulator litowo-jonowy o dużej pojemności. Przepisy przewozowe nie pozwalają nadać go do automatu paczkowego, a właśnie taki punkt odbioru wybrałaś przy składaniu zamówienia.",
           "W tej sytuacji zamówienie zostało anulowane. Możesz zamówić produkt ponownie, wybierając dostawę kurierem pod adres domowy."],
    items=[("Akumulator do hulajnogi elektrycznej 36 V 10,4 Ah, Li-ion", 1, "589,00 zł")],
    money=["Środki nie zostały pobrane."])])

# ---------------- Polish non-notices ----------------
PL.append([A("pl", "non_notice", None, False, "shipping confirmation; says order can no longer be cancelled",
    sender=("Amazon.pl", "shipment-tracking@amazon.pl"),
    to=PL_TO[0], subject="Twoje zamówienie Amazon.pl nr 405-8826014-3302917 zostało wysłane",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="405-8826014-3302917", title="Potwierdzenie wysyłki", greeting="Dzień dobry, Katarzyno,",
    paras=["Dobra wiadomość – Twoja przesyłka jest już w drodze!",
           "Przewidywany termin dostawy: czwartek, 14 marca. Przesyłkę doręczy InPost, numer przesyłki: 602345019873421077340891.",
           "Zamówienia nie można już anulować, ale jeśli produkt nie spełni Twoich oczekiwań, możesz go zwrócić w ciągu 30 dni od dostawy."],
    items_heading="Wysłane produkty",
    items=[("Olga Tokarczuk, Empuzjon. Horror przyrodoleczniczy, oprawa twarda", 1, "49,90 zł")],
    money=["Suma zamówienia: 49,90 zł (zapłacono kartą Visa)."])])

PL.append([A("pl", "non_notice", None, False, "Prime membership cancellation",
    sender=("Amazon.pl", "digital-no-reply@amazon.pl"),
    to=PL_TO[11], subject="Potwierdzenie anulowania członkostwa Amazon Prime",
    fmt="text", cs="iso-8859-2", cte="quoted-printable", auth=False,
    title="Amazon Prime", greeting="Witaj Tomaszu,",
    paras=["potwierdzamy, że Twoje członkostwo Amazon Prime zostało anulowane.",
           "Nadal możesz korzystać z korzyści Prime – darmowej dostawy, Prime Video i Prime Gaming – do końca bieżącego okresu rozliczeniowego, czyli do 30 czerwca 2024 r. Po tej dacie nie pobierzemy od Ciebie kolejnej opłaty za członkostwo (49,00 zł rocznie).",
           "Zmieniłeś zdanie? Członkostwo możesz wznowić jednym kliknięciem na stronie Zarządzaj członkostwem Prime."],
    items=[], money=[])])

PL.append([A("pl", "non_notice", None, False, "return received, refund issued",
    sender=("Amazon.pl", "return@amazon.pl"),
    to=PL_TO[7], subject="Zwrot pieniędzy za zamówienie 403-9958120-2276314",
    fmt="html", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="403-9958120-2276314", title="Zwrot środków zlecony", greeting="Dzień dobry, Ewo,",
    paras=["Otrzymaliśmy produkt, który do nas odesłałaś, i zleciliśmy zwrot pieniędzy.",
           ("Kwota zwrotu", "279,00 zł")],
    items_heading="Zwrócone produkty",
    items=[("Columbia Watertight II, damska kurtka przeciwdeszczowa, rozmiar M", 1, "279,00 zł")],
    money=["Środki pojawią się na karcie, którą płaciłaś, w ciągu 3–5 dni roboczych."])])

ALLEGRO_HTML = """<!DOCTYPE html>
<html lang="pl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Allegro</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#222">
<tr><td style="padding:24px 32px"><img src="https://a.allegroimg.com/original/12e8a0/allegro-logo.png" alt="Allegro" width="110"></td></tr>
<tr><td style="padding:0 32px">
<h1 style="font-size:22px;font-weight:normal">Sprzedający anulował zamówienie</h1>
<p>Cześć Katarzyna,</p>
<p>sprzedający <b>elektro_hurt24</b> anulował Twoje zamówienie z 12 marca 2024.</p>
<table width="100%" cellpadding="6" style="border:1px solid #e5e5e5;border-collapse:collapse">
<tr><td>Słuchawki Sony WH-1000XM5 czarne, nowe, gwarancja PL</td><td>1 szt.</td><td align="right"><b>1 299,00 zł</b></td></tr>
</table>
<p><b>Powód anulowania:</b> brak towaru</p>
<p>Pieniądze (1 299,00 zł) zwrócimy na Twoje konto w ciągu 2 dni roboczych.</p>
<p style="color:#656565">Numer zamówienia: 5f3c2a10-8e4b-11ee-9d1a-1b2c3d4e5f60</p>
<p><a href="https://allegro.pl/moje-allegro/zakupy/kupione" style="background:#ff5a00;color:#fff;padding:10px 18px;text-decoration:none">Przejdź do zakupów</a></p>
</td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#767676">Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail.<br>
Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań. Ta wiadomość została wygenerowana automatycznie.</td></tr>
</table>
</body></html>
"""
ALLEGRO_TEXT = """Sprzedający anulował zamówienie

Cześć Katarzyna,

sprzedający elektro_hurt24 anulował Twoje zamówienie z 12 marca 2024.

Słuchawki Sony WH-1000XM5 czarne, nowe, gwarancja PL - 1 szt. - 1 299,00 zł

Powód anulowania: brak towaru

Pieniądze (1 299,00 zł) zwrócimy na Twoje konto w ciągu 2 dni roboczych.

Numer zamówienia: 5f3c2a10-8e4b-11ee-9d1a-1b2c3d4e5f60
Twoje zakupy: https://allegro.pl/moje-allegro/zakupy/kupione

--
Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail.
Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań.
"""
PL.append([C("pl", "non_notice", None, False, "other retailer (Allegro) order cancellation",
    sender=("Allegro", "powiadomienia@allegro.pl"), to=PL_TO[0],
    subject="Sprzedający anulował Twoje zamówienie", fmt="alt", text=ALLEGRO_TEXT, html=ALLEGRO_HTML,
    cs="utf-8", cte="quoted-printable", hcte="base64", relay="allegro.pl",
    auth_line="dkim=pass header.d=allegro.pl header.s=mail; spf=pass smtp.mailfrom=allegro.pl; dmarc=pass header.from=allegro.pl")])

FRIEND_PL = """Hej Kaśka,

no i stało się – anulowałam w końcu to zamówienie na Amazonie (to z robotem, nr 403-5521874-0093316), bo w Media Expercie ten sam model był o 300 zł taniej i do tego z odbiorem od ręki. Amazon nic nie pobrał, więc nawet nie muszę czekać na zwrot :)

Sobota dalej aktualna? Przyniosę sernik.

Buziaki,
Ania

W dniu pt., 8 mar 2024 o 21:14 Katarzyna Wiśniewska <k.wisniewska@wp.pl> napisał(a):
> Ania, to co z tym robotem w końcu? Bierzesz z Amazona czy czekasz na promkę?
> K.
"""
PL.append([C("pl", "non_notice", None, False, "friend says she cancelled her Amazon order",
    sender=("Ania Kowalczyk", "ania.kowalczyk92@gmail.com"), to=PL_TO[0],
    subject="Re: robot sprzątający", fmt="text", text=FRIEND_PL, cs="utf-8", cte="8bit", relay="gmail.com",
    extra=[("In-Reply-To", "<CAH7x2kR0c9bQm1-Zs3nWq@mail.gmail.com>")])])

# ---------------- Polish lookalikes ----------------
LK_PL1 = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3">
<table width="600" align="center" cellpadding="20" style="background:#ffffff">
<tr><td><img src="https://amazon-pl-obsluga.com/img/amazon_logo.png" alt="amazon.pl" width="120"></td></tr>
<tr><td>
<h2 style="color:#c45500">Twoje zamówienie zostało anulowane</h2>
<p>Drogi Kliencie,</p>
<p>niestety nie mogliśmy zrealizować płatności za Twoje zamówienie <b>#402-7719034-118552</b>. Twoja karta została odrzucona przez bank, dlatego zamówienie zostało anulowane.</p>
<p>Aby uniknąć blokady konta i odzyskać środki, musisz <b>zweryfikować dane karty w ciągu 24 godzin</b>.</p>
<p style="text-align:center"><a href="http://amazon-pl-obsluga.com/weryfikacja/login.php?id=8831&amp;ref=pl" style="background:#ffd814;color:#111;padding:10px 24px;text-decoration:none;border-radius:8px">https://www.amazon.pl/twoje-zamowienia</a></p>
<p>Produkt: Apple iPhone 15 128 GB – 3 699,00 zł</p>
<p>Dziękujemy,<br>Zespół Amazon</p>
<p style="font-size:11px;color:#777">© 2024 Amazon.com Inc. Wszelkie prawa zastrzeżone. Amazon nigdy nie prosi o hasło.</p>
</td></tr></table>
</body></html>
"""
PL.append([C("pl", "lookalike", "payment_issue", True, "look-alike domain, href/text mismatch, malformed order no.",
    sender=("Amazon.pl", "zamowienia@amazon-pl-obsluga.com"), to=PL_TO[2],
    subject="Twoje zamówienie zostało anulowane – wymagana weryfikacja płatności",
    fmt="html", html=LK_PL1, cs="utf-8", cte="quoted-printable", relay="amazon-pl-obsluga.com",
    auth_line="spf=pass smtp.mailfrom=amazon-pl-obsluga.com; dkim=none; dmarc=none header.from=amazon-pl-obsluga.com")])

LK_PL2 = """Szanowny Kliencie Amazon,

Twoje konto zostało zawieszone, a ostatnie zamówienie anulowane z powodu podejrzanej aktywności wykrytej przez nasz system bezpieczeństwa.

Aby przywrócić dostęp do konta i odblokować środki, wejdź na stronę amazon-pl.konto-weryfikacja.com i wpisz kod weryfikacyjny:

    AMZ-PL-77412

Kod jest ważny 12 godzin. Po tym czasie konto zostanie trwale usunięte, a środki przepadną.

Zespół Bezpieczeństwa Amazon
"""
PL.append([C("pl", "lookalike", "fraud_prevention", True, "Cyrillic homoglyph display name, free-mail sender, 'use this code'",
    sender=("\u0410mazon.pl Obsługa Klienta", "konto.amazon.pl@onet.pl"), to=PL_TO[4],
    subject="Konto zawieszone – zamówienie anulowane", fmt="text", text=LK_PL2, cs="utf-8", cte="8bit",
    relay="onet.pl", auth_line="spf=pass smtp.mailfrom=onet.pl; dkim=pass header.d=onet.pl; dmarc=pass header.from=onet.pl")])

LK_PL3_TEXT = """Amazon - anulowanie zamówienia

Twoje zamówienie nr 40291-PL-883 na Apple iPhone 15 Pro Max 256 GB (6 499,00 zł) zostało anulowane.
Zwrot środków zostanie przetworzony w ciągu 24 godzin.

Jeśli nie składałeś tego zamówienia lub chcesz przyspieszyć zwrot, zadzwoń do naszego działu zwrotów:
+48 22 307 18 45 (czynne 24/7)

Amazon Polska
"""
LK_PL3_HTML = """<html><body style="font-family:Verdana,sans-serif">
<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:18px">
<p style="font-size:20px;color:#232f3e"><b>amazon</b>.pl</p>
<p>Twoje zamówienie nr <b>40291-PL-883</b> na <b>Apple iPhone 15 Pro Max 256 GB</b> (6 499,00 zł) zostało anulowane.</p>
<p>Zwrot środków zostanie przetworzony w ciągu 24 godzin.</p>
<p>Jeśli nie składałeś tego zamówienia lub chcesz przyspieszyć zwrot, zadzwoń do naszego działu zwrotów:<br>
<span style="font-size:22px;color:#b12704"><b>+48 22 307 18 45</b></span> (czynne 24/7)</p>
<p>Amazon Polska</p></div></body></html>
"""
PL.append([C("pl", "lookalike", "unknown", False, "callback phone number, malformed order number, no reason",
    sender=("Amazon Powiadomienia", "noreply@amazon-powiadomienia.pl"), to=PL_TO[6],
    subject="Anulowanie zamówienia #AMZ-40291-PL", fmt="alt", text=LK_PL3_TEXT, html=LK_PL3_HTML,
    cs="iso-8859-2", cte="quoted-printable", relay="amazon-powiadomienia.pl",
    auth_line="spf=softfail smtp.mailfrom=amazon-powiadomienia.pl; dkim=none; dmarc=fail header.from=amazon-powiadomienia.pl")])

LK_PL4 = """Dzień dobry,

informujemy, że Twoje zamówienie 171-2290417-88365 zostało anulowane, ponieważ produkt jest niedostępny w magazynie.

Aby otrzymać zwrot 1 849,00 zł, odpowiedz na tę wiadomość, podając:
- imię i nazwisko,
- numer karty płatniczej,
- datę ważności karty,
- kod CVV.

Zwrot zostanie zlecony w ciągu 2 godzin od otrzymania danych.

Z poważaniem,
Dział Zwrotów Amazon.pl
"""
PL.append([C("pl", "lookalike", "inventory_shortage", True, "free-mail sender, asks to reply with card details",
    sender=("Amazon.pl", "amazon.pl.zwroty@gmail.com"), reply_to="amazon.pl.zwroty@gmail.com", to=PL_TO[3],
    subject="Zwrot środków za anulowane zamówienie 171-2290417-88365", fmt="text", text=LK_PL4,
    cs="iso-8859-2", cte="quoted-printable", relay="gmail.com")])

LK_PL5 = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#eaeded;font-family:Arial,sans-serif">
<table align="center" width="560" style="background:#fff;padding:24px">
<tr><td><img src="http://amazn-pl.com/static/logo-amazon.png" width="110" alt="Amazon"></td></tr>
<tr><td>
<p style="font-size:18px"><b>Twoje zamówienie zostało anulowane</b></p>
<p>Z powodu błędu systemu Twoje ostatnie zamówienie zostało anulowane, a płatność zablokowana.</p>
<p>Zaloguj się, aby potwierdzić zwrot środków na swoje konto:</p>
<p><a href="http://amazn-pl.com/zwrot/?u=c3VwcG9ydA==" style="color:#007185">www.amazon.pl/zwrot-srodkow</a></p>
<p>Jeśli nie potwierdzisz zwrotu w ciągu 48 godzin, środki zostaną automatycznie przekazane na kartę podarunkową.</p>
<p>Z pozdrowieniami,<br>Amazon</p>
</td></tr></table></body></html>
"""
PL.append([C("pl", "lookalike", "technical_issue", True, "look-alike domain (amazn-pl.com) with passing DKIM/DMARC for itself, no order number",
    sender=("Amazon", "info@amazn-pl.com"), to=PL_TO[10],
    subject="Ważne: Twoje zamówienie zostało anulowane", fmt="html", html=LK_PL5, cs="utf-8", cte="base64",
    relay="amazn-pl.com",
    auth_line="dkim=pass header.d=amazn-pl.com header.s=default; spf=pass smtp.mailfrom=amazn-pl.com; dmarc=pass header.from=amazn-pl.com")])


SV_TO = [("Johan Lindqvist", "johan.lindqvist@telia.com"), ("Sara Berg", "sara.berg@gmail.com"),
         ("Erik Johansson", "erik.johansson@outlook.com"), ("Lina Nilsson", "lina.nilsson@hotmail.se"),
         ("Anders Karlsson", "anders.karlsson@bredband.net"), ("Emma Svensson", "emma.svensson@gmail.com"),
         ("Oskar Persson", "oskar.persson@spray.se"), ("Karin Gustafsson", "karin.gustafsson@telia.com"),
         ("Maja Olsson", "maja.olsson@icloud.com"), ("Mikael Andersson", "mikael.andersson@gmail.com"),
         ("Peter Larsson", "peter.larsson@comhem.se"), ("Ida Eriksson", "ida.eriksson@outlook.com"),
         ("Lars Jonsson", "lars.jonsson@online.no"), ("Ahmed Hassan", "ahmed.hassan@gmail.com")]

SV = []

# ---------------- Swedish notices: inventory_shortage ----------------
SV.append([A("sv", "notice", "inventory_shortage", True, "no longer in stock, unknown restock",
    to=SV_TO[0], subject="Din beställning hos Amazon.se har avbrutits (#403-2275819-6640317)",
    fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="403-2275819-6640317", title="Beställningen avbruten", greeting="Hej Johan,",
    paras=["Tyvärr har vi varit tvungna att avbryta din beställning 403-2275819-6640317. Artikeln finns inte längre i lager och vi vet i nuläget inte om eller när den kommer tillbaka.",
           "Vi ber om ursäkt för besväret. Letar du efter ett alternativ visar vi jämförbara artiklar på produktsidan."],
    items=[("Moccamaster KBG Select kaffebryggare 1,25 l, matt svart", 1, "2 790,00 kr")],
    money=["Du har inte debiterats för den här beställningen."])])

SV.append([A("sv", "notice", "inventory_shortage", True, "seller cannot deliver, labelled reason first",
    sender=("Amazon.se", "marketplace-messages@amazon.se"), reply_to=None,
    to=SV_TO[1], subject="Säljaren har avbrutit din beställning 171-5520934-7781206",
    fmt="text", cs="iso-8859-1", cte="quoted-printable", auth=False,
    order="171-5520934-7781206", placed="11 april 2024", title="Meddelande från säljaren", greeting="Hej,",
    paras=[("Orsak", "Säljaren kan inte leverera artikeln – lagret tog slut innan beställningen hann packas."),
           "Nordic Gadget AB har meddelat oss att de har avbrutit din beställning 171-5520934-7781206. Vi beklagar att det blev så.",
           "Har du frågor till säljaren kan du kontakta dem via Dina beställningar > Kontakta säljaren."],
    items=[("Anker Soundcore Liberty 4 NC trådlösa hörlurar, svart", 1, "849,00 kr", "Nordic Gadget AB")],
    money=["Beloppet 849,00 kr kommer inte att dras från ditt kort."], signi=0)])

SV.append([A("sv", "notice", "inventory_shortage", True, "denies payment/account, manufacturer discontinued",
    to=SV_TO[1], subject="Beställning 402-6617230-1049958: viktig information",
    fmt="html", layout="L1", cs="utf-8", cte="base64", auth=True,
    order="402-6617230-1049958", title="Din beställning har avbrutits", greeting="Hej Sara,",
    paras=["Först och främst: det här beror inte på din betalning eller på ditt konto. Tillverkaren har slutat producera modellen och vår leverantör har inte kunnat skicka fler exemplar till oss, så vi har tyvärr fått avbryta din beställning.",
           "Är du fortfarande intresserad finns efterföljaren Garmin Forerunner 965 på Amazon.se."],
    items=[("Garmin Forerunner 265 GPS-löparklocka, svart/pudergrå", 1, "4 290,00 kr")],
    money=["Vi har återbetalat 4 290,00 kr till ditt Visa-kort som slutar på 2290. Det kan ta 3–5 bankdagar innan pengarna syns på ditt konto."])])

SV.append([
    A("sv", "non_notice", None, False, "thread",
      to=SV_TO[3], subject="Försenad leverans: din beställning 404-8812097-3356021",
      date=D(2024, 10, 2, 7, 55),
      fmt="text", cs="iso-8859-1", cte="8bit", auth=True,
      order="404-8812097-3356021", title="Leveransuppdatering", greeting="Hej Lina,",
      paras=["Vi är ledsna, men artikeln i din beställning 404-8812097-3356021 är försenad. Vår leverantör har just nu svårt att få fram varan och vi kan inte ge dig ett nytt leveransdatum ännu.",
             "Du behöver inte göra något – vi hör av oss så snart vi vet mer. Vill du inte vänta kan du avbryta beställningen under Dina beställningar."],
      items_heading="Försenad artikel",
      items=[("Kindle Paperwhite (16 GB) – nu med 7-tums skärm, svart", 1, "1 790,00 kr")],
      money=[]),
    A("sv", "notice", "inventory_shortage", False, "thread: cause from earlier mail",
      to=SV_TO[3], subject="Din Amazon.se-beställning 404-8812097-3356021 har avbrutits",
      date=D(2024, 10, 16, 12, 40),
      fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", auth=False,
      order="404-8812097-3356021", title="Avbruten beställning", greeting="Hej Lina,",
      paras=["Beställningen nedan har avbrutits."],
      items=[("Kindle Paperwhite (16 GB) – nu med 7-tums skärm, svart", 1, "1 790,00 kr")],
      money=["Inget belopp har dragits från ditt konto."]),
])

# ---------------- Swedish notices: payment_issue ----------------
SV.append([A("sv", "notice", "payment_issue", True, "card expired",
    sender=("Amazon.se", "payments-messages@amazon.se"),
    to=SV_TO[2], subject="Ditt kort har gått ut – beställning 407-3309155-8822640 avbruten",
    fmt="html", layout="L3", cs="iso-8859-1", cte="quoted-printable", auth=True,
    order="407-3309155-8822640", title="Betalningen kunde inte genomföras", greeting="Hej Erik,",
    paras=["Mastercard-kortet som slutar på 5531 och som är kopplat till din beställning 407-3309155-8822640 gick ut i mars. Eftersom debiteringen inte kunde göras på ett utgånget kort har beställningen avbrutits.",
           "Lägg till ett giltigt kort under Ditt konto > Dina betalningar innan du gör en ny beställning."],
    items=[("Logitech MX Master 3S trådlös mus, grafit", 1, "1 090,00 kr"),
           ("Logitech MX Keys S tangentbord, nordisk layout", 1, "1 249,00 kr")],
    money=["Vi har inte dragit något belopp från ditt kort."])])

SV.append([A("sv", "notice", "payment_issue", True, "payment revision not made within 7 days",
    to=SV_TO[8], subject="Beställning 305-7714286-0196538 har annullerats",
    fmt="text", cs="utf-8", cte="8bit", auth=False,
    order="305-7714286-0196538", greeting="Hej,",
    paras=["Den 3 maj bad vi dig uppdatera betalningsinformationen för beställning 305-7714286-0196538, eftersom den ursprungliga debiteringen inte gick igenom. Vi har inte fått någon ny betalningsmetod inom den angivna tiden på sju dagar och därför har beställningen nu annullerats.",
           "Vill du fortfarande ha artikeln är du välkommen att beställa igen."],
    items=[("Fjällräven Kånken ryggsäck 16 l, Ox Red", 1, "1 095,00 kr")],
    money=["Ingen avgift har tagits ut."])])

SV.append([A("sv", "notice", "payment_issue", True, "denies stock problem, bank declined authorisation",
    sender=("Amazon.se", "payments-messages@amazon.se"),
    to=SV_TO[3], subject="Vi kunde inte slutföra din beställning 408-9126650-2285413",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="408-9126650-2285413", title="Beställning avbruten", greeting="Hej Lina,",
    paras=["Artikeln du beställde finns i lager – problemet ligger i betalningen. Din bank godkände inte auktoriseringen av köpet, så vi har avbrutit beställningen 408-9126650-2285413.",
           "Kontrollera gärna med din bank om kortet är spärrat för internetköp eller om beloppsgränsen har nåtts, och lägg sedan beställningen på nytt."],
    items=[("Apple AirPods Pro (2:a generationen) med MagSafe-laddningsfodral (USB-C)", 1, "2 590,00 kr")],
    money=["Du har inte blivit debiterad."])])

SV.append([
    A("sv", "non_notice", None, False, "thread",
      sender=("Amazon.se", "payments-messages@amazon.se"),
      to=SV_TO[9], subject="Åtgärd krävs: uppdatera betalningen för beställning 402-5503318-7724096",
      date=D(2024, 6, 7, 9, 30),
      fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", hcte="base64", auth=True,
      order="402-5503318-7724096", title="Vi kunde inte debitera ditt kort", greeting="Hej Mikael,",
      paras=["Vi försökte debitera ditt Visa-kort som slutar på 7710 för beställning 402-5503318-7724096, men betalningen avvisades.",
             "Uppdatera din betalningsmetod senast den 14 juni så att vi kan skicka dina artiklar. Gå till Dina beställningar, välj beställningen och klicka på ”Ändra betalningsmetod”."],
      items_heading="Artiklar i beställningen",
      items=[("LEGO Icons 10497 Galaxy Explorer", 1, "1 049,00 kr")],
      money=[]),
    A("sv", "notice", "payment_issue", False, "thread: cause from earlier mail",
      to=SV_TO[9], subject="Din beställning 402-5503318-7724096 har avbrutits",
      date=D(2024, 6, 15, 5, 12),
      fmt="text", cs="utf-8", cte="base64", auth=True,
      order="402-5503318-7724096", greeting="Hej Mikael,",
      paras=["Din beställning 402-5503318-7724096 har avbrutits.",
             "Du kan när som helst lägga en ny beställning på Amazon.se."],
      items=[("LEGO Icons 10497 Galaxy Explorer", 1, "1 049,00 kr")],
      money=["Ingen debitering har gjorts för den här beställningen."], footer=1),
])

# ---------------- Swedish notices: technical_issue ----------------
SV.append([A("sv", "notice", "technical_issue", True, "wrong price in system, 'vi avbryter' present tense",
    to=SV_TO[4], subject="Om din beställning 406-1183927-5570231",
    fmt="text", cs="iso-8859-1", cte="base64", auth=False,
    order="406-1183927-5570231", greeting="Hej Anders,",
    paras=["Vi avbryter din beställning 406-1183927-5570231. Dammsugaren Dyson V8 Absolute visades under en kort period för 399 kr i stället för 3 990 kr på grund av ett felaktigt pris i vårt system.",
           "Enligt våra användar- och försäljningsvillkor kan vi avbryta beställningar som lagts till ett uppenbart felaktigt pris. Vi beklagar förvirringen."],
    items=[("Dyson V8 Absolute sladdlös dammsugare", 1, "399,00 kr")],
    money=["Det reserverade beloppet på ditt kort släpps automatiskt av banken inom några dagar."])])

SV.append([A("sv", "notice", "technical_issue", True, "order system fault, order stuck",
    to=SV_TO[5], subject="Din beställning 111-6654021-9928370 har annullerats",
    fmt="html", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="111-6654021-9928370", title="Beställningen annullerad", greeting="Hej!",
    paras=["Ett tekniskt fel i vårt ordersystem gjorde att din beställning 111-6654021-9928370 inte kunde behandlas korrekt och fastnade innan den skickades vidare till lagret. Vi har därför annullerat den.",
           "Lägg gärna beställningen igen – artiklarna finns i lager och priserna i varukorgen är aktuella."],
    items=[("OBH Nordica Chrome vattenkokare 1,7 l", 1, "349,00 kr"),
           ("Bodum Chambo kaffepress 1 l, svart", 1, "299,00 kr")],
    money=["Inget belopp har debiterats."])])

SV.append([A("sv", "notice", "technical_issue", True, "product page error (wrong model shown), reason first",
    to=SV_TO[6], subject="Avbeställning: Sony DualSense Edge handkontroll",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=False,
    order="205-4418276-3390142", greeting="Hej,",
    paras=["På grund av ett fel på produktsidan visades fel modell: bilderna och beskrivningen gällde DualSense Edge, men artikeln som faktiskt såldes var en vanlig DualSense-kontroll. Eftersom vi inte kan leverera det som beskrevs har Amazon beslutat att avbryta din beställning 205-4418276-3390142.",
           "Produktsidan är nu rättad."],
    items=[("Sony PlayStation 5 DualSense Edge trådlös handkontroll", 1, "2 390,00 kr")],
    money=["Eftersom beställningen inte hade skickats har ingen debitering skett."])])

# ---------------- Swedish notices: fraud_prevention ----------------
SV.append([A("sv", "notice", "fraud_prevention", True, "unusual account activity, purchases paused",
    sender=("Amazon.se", "no-reply@amazon.se"),
    to=SV_TO[5], subject="Din beställning 303-8827134-6610245 har avbrutits",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="303-8827134-6610245", title="Beställning avbruten", greeting="Hej Emma,",
    paras=["Vi har upptäckt ovanlig aktivitet i samband med ditt Amazon.se-konto. För att skydda dig har vi avbrutit beställningen 303-8827134-6610245 och tillfälligt pausat ytterligare köp.",
           "Logga in på ditt konto via Amazon.se eller appen och följ anvisningarna för att bekräfta din identitet. Därefter kan du handla som vanligt igen."],
    items=[("Samsung Galaxy Tab S9 FE Wi-Fi 128 GB, grå", 2, "4 490,00 kr")],
    money=["Beställningen har inte debiterats."])])

SV.append([A("sv", "notice", "fraud_prevention", True, "account locked pending verification",
    sender=("Amazon.se", "account-update@amazon.se"),
    to=SV_TO[6], subject="Ditt Amazon.se-konto är spärrat – beställning avbruten",
    fmt="text", cs="iso-8859-1", cte="quoted-printable", auth=False,
    order="402-1937745-0086512", greeting="Hej Oskar,",
    paras=["Ditt konto har spärrats tillfälligt i väntan på verifiering, och i samband med det har vi avbrutit beställning 402-1937745-0086512. Det är en säkerhetsåtgärd som vi vidtar när vi inte kan bekräfta att det är kontots ägare som handlar.",
           "Du låser upp kontot genom att logga in på Amazon.se och ladda upp de dokument som efterfrågas där. Vi ber aldrig om dokument eller kortuppgifter via e-post."],
    items=[("Bosch IXO 7 sladdlös skruvdragare med vinkeladapter", 1, "549,00 kr"),
           ("Wera Kraftform Kompakt 60 bitssats", 1, "389,00 kr")],
    money=["Du har inte belastats för beställningen."])])

SV.append([A("sv", "notice", "fraud_prevention", True, "selected for security review, cancelled after review",
    to=SV_TO[7], subject="Information om beställning 404-2285930-7731864",
    fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", hcte="base64", auth=False,
    order="404-2285930-7731864", title="Avbruten efter säkerhetsgranskning", greeting="Hej Karin,",
    paras=["Din beställning 404-2285930-7731864 valdes ut för en säkerhetsgranskning, något vi ibland gör för att skydda våra kunder mot bedrägerier. Efter granskningen har vi beslutat att avbryta beställningen.",
           "Tror du att det här är ett misstag kan du kontakta vår kundservice via Hjälp på Amazon.se."],
    items=[("SanDisk Extreme Portable SSD 2 TB, USB-C", 3, "1 899,00 kr")],
    money=["Inga pengar har reserverats eller dragits från ditt kort."])])

# ---------------- Swedish notices: customer_request ----------------
SV.append([A("sv", "notice", "customer_request", True, "successful cancellation, 'Orsak till avbeställning: Avbeställd av kunden'",
    to=SV_TO[8], subject="Avbeställning av artiklar i din Amazon.se-beställning 402-7061249-5583317 har genomförts",
    fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="402-7061249-5583317", title="Avbeställningen är klar", greeting="Hej Maja,",
    paras=["Vi har avbeställt artiklarna nedan från beställning 402-7061249-5583317, precis som du bad om.",
           ("Orsak till avbeställning", "Avbeställd av kunden")],
    items=[("Royal Canin Indoor 27 torrfoder för katter, 10 kg", 1, "799,00 kr")],
    money=["Du debiteras inte för de avbeställda artiklarna."])])

SV.append([A("sv", "notice", "customer_request", True, "customer cancelled one book via Your Orders",
    to=SV_TO[11], subject='Artikeln avbeställd: "Astrid Lindgren – Bröderna Lejonhjärta"',
    fmt="text", cs="utf-8", cte="8bit", auth=False,
    order="305-2294817-6651029", greeting="Hej,",
    paras=["Du har avbeställt \"Bröderna Lejonhjärta\" (inbunden) från beställning 305-2294817-6651029 via Dina beställningar den 19 februari. Övriga artiklar i beställningen påverkas inte och skickas som planerat."],
    items=[("Astrid Lindgren – Bröderna Lejonhjärta, inbunden, Rabén & Sjögren", 1, "189,00 kr")],
    money=["Beloppet för den avbeställda boken dras inte från ditt kort."])])

SV.append([A("sv", "notice", "customer_request", True, "customer service phone call, agent cancelled on request",
    sender=("Amazon.se", "cs-reply@amazon.se"), reply_to=None,
    to=SV_TO[9], subject="Ditt ärende hos Amazon.se Kundservice",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
    order="406-5520178-8843392", title="Amazon.se Kundservice", greeting="Hej Mikael,",
    paras=["tack för att du ringde oss i dag. Som vi pratade om har jag nu avbrutit din beställning 406-5520178-8843392 på din begäran. Den hade inte hunnit lämna lagret, så avbokningen gick igenom direkt.",
           "Nästa gång kan du själv avbryta en beställning under Dina beställningar så länge den inte har skickats.",
           "Jag hoppas att jag kunde hjälpa dig. Ha en fin dag!"],
    items_heading="Avbruten artikel",
    items=[("Thule Chasm duffelväska 70 l, svart", 1, "1 599,00 kr")],
    money=["Beställningen var inte betald ännu, så det blir ingen återbetalning att vänta på."],
    sign="Med vänlig hälsning,\nSofia\nAmazon.se Kundservice", footer=2)])

# ---------------- Swedish notices: unknown ----------------
SV.append([A("sv", "notice", "unknown", False, "no reason given",
    to=SV_TO[10], subject="Din beställning hos Amazon.se (#407-6650913-2207451) har avbrutits",
    fmt="html", layout="L1", cs="iso-8859-1", cte="quoted-printable", auth=True,
    order="407-6650913-2207451", title="Avbruten beställning", greeting="Hej Peter,",
    paras=["Vi vill meddela att din beställning har avbrutits. Här är en sammanfattning."],
    items=[("Philips Hue White and Color Ambiance E27, 2-pack", 1, "899,00 kr"),
           ("Philips Hue Bridge", 1, "649,00 kr")],
    money=["Om betalningen redan hade dragits återbetalar vi hela beloppet till den ursprungliga betalningsmetoden."])])

SV.append([A("sv", "notice", "unknown", False, "'Information från Amazon.se', we had to cancel, no reason",
    to=SV_TO[2], subject="Information från Amazon.se",
    fmt="text", cs="utf-8", cte="base64", auth=False,
    order="028-3319472-6604815", greeting="Hej,",
    paras=["Vi har tyvärr behövt avbryta din beställning 028-3319472-6604815. Vi ber om ursäkt för eventuella olägenheter och hoppas att få se dig igen snart."],
    items=[("Bodum Bistro elektrisk kaffekvarn, svart", 1, "549,00 kr")],
    money=["Inga belopp har debiterats ditt konto."])])

SV.append([A("sv", "notice", "unknown", False, "partial, one item cancelled, no reason",
    to=SV_TO[11], subject="1 artikel har avbrutits från din beställning 406-7738102-1195564",
    fmt="alt", layout="L3", cs="utf-8", cte="quoted-printable", auth=False,
    order="406-7738102-1195564", title="Avbrutna artiklar", greeting="Hej Ida,",
    paras=["Följande artikel i din beställning 406-7738102-1195564 har avbrutits. Resten av beställningen levereras som vanligt."],
    items=[("Tefal Unlimited stekpanna 28 cm, titanförstärkt non-stick", 1, "459,00 kr")],
    money=["Du betalar ingenting för den avbrutna artikeln."])])

SV.append([A("sv", "notice", "unknown", True, "export restriction, cannot ship to Norway",
    to=SV_TO[12], subject="Vi kan tyvärr inte skicka din beställning 303-4471950-9937206 till Norge",
    fmt="text", cs="utf-8", cte="quoted-printable", auth=True,
    order="303-4471950-9937206", greeting="Hej Lars,",
    paras=["Artikeln i din beställning omfattas av exportrestriktioner och får inte skickas från vårt lager till leveransadresser utanför EU. Eftersom beställningen skulle levereras till Oslo har vi behövt avbryta den.",
           "Du kan fortfarande köpa artikeln om du anger en leveransadress i Sverige eller i ett annat EU-land."],
    items=[("Garmin inReach Mini 2 satellitkommunikator", 1, "3 990,00 kr")],
    money=["Ingen debitering har skett."])])

SV.append([A("sv", "notice", "unknown", True, "delivery address not found by carrier, parcel returned",
    to=SV_TO[13], subject="Din beställning 402-9902387-1164410 har avbrutits",
    fmt="html", layout="L2", cs="utf-8", cte="base64", auth=False,
    order="402-9902387-1164410", title="Beställningen kunde inte levereras", greeting="Hej Ahmed,",
    paras=["Budfirman kunde inte hitta leveransadressen du angav – gatunumret finns inte på Storgatan i Sundsvall enligt deras register – och paketet har skickats tillbaka till oss. Därför har beställningen 402-9902387-1164410 avbrutits.",
           "Kontrollera adressen under Ditt konto > Dina adresser innan du beställer på nytt."],
    items=[("Wilfa Svart Presisjon kaffekvarn CGWS-130B", 1, "1 995,00 kr")],
    money=["Vi har påbörjat en återbetalning på 1 995,00 kr till ditt kort. Pengarna brukar synas inom 5 bankdagar."])])

# ---------------- Swedish non-notices ----------------
SV.append([A("sv", "non_notice", None, False, "shipping confirmation; says order can no longer be cancelled",
    sender=("Amazon.se", "shipment-tracking@amazon.se"),
    to=SV_TO[7], subject="Din Amazon.se-beställning 405-1127306-4490128 har skickats",
    fmt="alt", layout="L1", cs="utf-8", cte="quoted-printable", auth=True,
    order="405-1127306-4490128", title="Leveransbekräftelse", greeting="Hej Karin,",
    paras=["Goda nyheter – ditt paket är på väg!",
           "Beräknad leverans: tisdag 16 april. Paketet levereras av PostNord med spårningsnummer 00373500299456012345.",
           "Beställningen kan inte längre avbrytas, men du kan returnera artikeln inom 30 dagar efter leveransen."],
    items_heading="Skickade artiklar",
    items=[("Jonas Hassen Khemiri – Systrarna, inbunden", 1, "249,00 kr")],
    money=["Totalt: 249,00 kr (betalt med Mastercard)."])])

SV.append([A("sv", "non_notice", None, False, "cancelled delivery window, re-attempt tomorrow",
    sender=("Amazon.se", "shipment-tracking@amazon.se"),
    to=SV_TO[0], subject="Dagens leverans av ditt paket har ställts in",
    fmt="text", cs="iso-8859-1", cte="quoted-printable", auth=False,
    order="405-6682310-9914473", title="Leveransuppdatering", greeting="Hej Johan,",
    paras=["Vi kunde tyvärr inte leverera ditt paket under det valda leveransfönstret i dag (17:00–21:00), så leveransen har ställts in.",
           "Din beställning påverkas inte. Vi gör ett nytt leveransförsök i morgon, torsdag 7 november, och du behöver inte göra något. Vill du välja en annan dag kan du ändra leveransen under Dina beställningar."],
    items_heading="Artiklar i paketet",
    items=[("Thule Subterra 2 ryggsäck 26 l, Dark Slate", 1, "1 299,00 kr")],
    money=[])])

PRIME_VIDEO_SV = """Hej Emma,

ditt Prime Video-medlemskap har sagts upp.

Du har fortfarande tillgång till filmer och serier på Prime Video fram till och med den 30 juni 2024. Därefter debiteras du inte längre 59 kr per månad.

Ångrar du dig? Du kan återaktivera medlemskapet när som helst under Konto och inställningar på primevideo.com.

Tack för att du har tittat med oss.
Prime Video

--
Det här meddelandet skickades från en adress som inte kan ta emot e-post.
Amazon ber dig aldrig om ditt lösenord eller dina kortuppgifter via e-post.
"""
SV.append([C("sv", "non_notice", None, False, "Prime Video membership cancellation",
    sender=("Prime Video", "no-reply@primevideo.com"), to=SV_TO[5],
    subject="Ditt Prime Video-medlemskap har sagts upp", fmt="text", text=PRIME_VIDEO_SV,
    cs="utf-8", cte="base64", relay="amazonses.com",
    auth_line="dkim=pass header.d=primevideo.com; spf=pass smtp.mailfrom=amazonses.com; dmarc=pass header.from=primevideo.com")])

SV.append([A("sv", "non_notice", None, False, "card expiring reminder: update or pre-order will be cancelled",
    sender=("Amazon.se", "payments-update@amazon.se"),
    to=SV_TO[4], subject="Ditt kort går snart ut – uppdatera din betalningsmetod",
    fmt="alt", layout="L2", cs="utf-8", cte="quoted-printable", auth=True,
    order="404-6120983-3318257", title="Ditt kort går snart ut", greeting="Hej Anders,",
    paras=["Visa-kortet som slutar på 3341 går ut i slutet av maj.",
           "Du har en förbeställning som debiteras först när den skickas i juni. Uppdatera kortet senast den 31 maj – annars kan vi inte genomföra betalningen och då kommer beställningen att avbrytas."],
    items_heading="Förbeställd artikel",
    items=[("Nintendo Switch-spel: Mario & Luigi: Brothership", 1, "599,00 kr")],
    money=[])])

CDON_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>CDON</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#000;padding:18px 28px"><img src="https://cdon.se/static/img/cdon-logo-white.png" alt="CDON" width="96"></td></tr>
<tr><td style="padding:28px">
<h1 style="font-size:22px;margin:0 0 16px 0">Din order har makulerats</h1>
<p>Hej Johan!</p>
<p>Tyvärr har handlaren <b>Nordic Toys AB</b> inte kunnat leverera din beställning, och ordern har därför makulerats.</p>
<table width="100%" cellpadding="6" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd">
<tr><td>Ordernummer</td><td align="right">58213374</td></tr>
<tr><td>LEGO Star Wars 75375 Millennium Falcon</td><td align="right">1 st &nbsp; 849 kr</td></tr>
</table>
<p>Pengarna återbetalas via Klarna inom 5 bankdagar.</p>
<p><a href="https://cdon.se/mina-sidor/ordrar" style="color:#0a66c2">Se dina ordrar under Mina sidor</a></p>
<p>Vänliga hälsningar,<br>CDON</p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#888">CDON AB, Box 385, 201 23 Malmö. Detta mejl går inte att svara på.</td></tr>
</table></body></html>
"""
CDON_TEXT = """Din order har makulerats

Hej Johan!

Tyvärr har handlaren Nordic Toys AB inte kunnat leverera din beställning, och ordern har därför makulerats.

Ordernummer: 58213374
LEGO Star Wars 75375 Millennium Falcon - 1 st - 849 kr

Pengarna återbetalas via Klarna inom 5 bankdagar.
Mina sidor: https://cdon.se/mina-sidor/ordrar

Vänliga hälsningar,
CDON

CDON AB, Box 385, 201 23 Malmö. Detta mejl går inte att svara på.
"""
SV.append([C("sv", "non_notice", None, False, "other retailer (CDON) order cancelled",
    sender=("CDON", "noreply@cdon.se"), to=SV_TO[0], subject="Din order 58213374 har makulerats",
    fmt="alt", text=CDON_TEXT, html=CDON_HTML, cs="utf-8", cte="quoted-printable", relay="cdon.se",
    auth_line="dkim=pass header.d=cdon.se; spf=pass smtp.mailfrom=cdon.se; dmarc=pass header.from=cdon.se")])

# ---------------- Swedish lookalikes ----------------
LK_SV1 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#eeeeee">
<div style="width:600px;margin:20px auto;background:#ffffff;padding:24px">
<img src="https://amazon-se-kundservice.com/assets/amazon-se.png" alt="amazon.se" width="130">
<h2 style="color:#232f3e">Beställningen avbröts</h2>
<p>Hej kund,</p>
<p>Din betalning för beställning <b>#403-22758196640317</b> kunde inte genomföras och beställningen har därför avbrutits.</p>
<p>För att undvika att ditt konto stängs måste du bekräfta dina kortuppgifter inom 24 timmar.</p>
<p><a href="https://amazon-se-kundservice.com/se/verify?session=9f2ab771" style="color:#0066c0">https://www.amazon.se/dina-bestallningar</a></p>
<p>Med vänliga hälsningar,<br>Amazon Kundtjänst</p>
<p style="font-size:10px;color:#999">© 1996-2024, Amazon.com, Inc. eller dess dotterbolag</p>
</div></body></html>
"""
SV.append([C("sv", "lookalike", "payment_issue", True, "look-alike domain, href/text mismatch, malformed order no.",
    sender=("Amazon.se", "order@amazon-se-kundservice.com"), to=SV_TO[2],
    subject="Problem med din betalning – beställningen har avbrutits", fmt="html", html=LK_SV1,
    cs="utf-8", cte="quoted-printable", relay="amazon-se-kundservice.com",
    auth_line="spf=neutral smtp.mailfrom=amazon-se-kundservice.com; dkim=none; dmarc=none header.from=amazon-se-kundservice.com")])

LK_SV2 = """Bästa kund,

Ditt konto har stängts av och din senaste beställning har avbrutits på grund av misstänkt obehörig inloggning.

Använd koden nedan på amazon-se.kontoaterstall.com för att återaktivera ditt konto:

    SE-88213-KX

Om du inte agerar inom 48 timmar raderas kontot permanent och alla beställningar går förlorade.

Amazon Säkerhetsteam
"""
SV.append([C("sv", "lookalike", "fraud_prevention", True, "Greek-omicron homoglyph display name, free-mail sender, 'use this code'",
    sender=("Amaz\u03bfn.se Kundtjänst", "amazon.kundtjanst.se@outlook.com"), to=SV_TO[10],
    subject="Ditt konto är avstängt – beställning avbruten", fmt="text", text=LK_SV2,
    cs="iso-8859-1", cte="quoted-printable", relay="outlook.com",
    auth_line="spf=pass smtp.mailfrom=outlook.com; dkim=pass header.d=outlook.com; dmarc=pass header.from=outlook.com")])

LK_SV3_TEXT = """Amazon - bekräftelse på avbokning

Din beställning #112-449-1182 av Apple iPhone 15 Pro 256 GB (14 990 kr) har avbokats och återbetalningen behandlas.

Känner du inte igen köpet? Ring vår supportavdelning omedelbart på 08-446 892 10 så hjälper vi dig att stoppa transaktionen.

Amazon Sverige
"""
LK_SV3_HTML = """<html><body style="font-family:Tahoma,sans-serif;color:#111">
<table width="560" align="center" style="border:1px solid #ccc"><tr><td style="padding:20px">
<p style="font-size:24px;margin:0"><b>amazon</b></p>
<p>Din beställning <b>#112-449-1182</b> av <b>Apple iPhone 15 Pro 256 GB</b> (14 990 kr) har avbokats och återbetalningen behandlas.</p>
<p>Känner du inte igen köpet? Ring vår supportavdelning omedelbart på<br>
<b style="font-size:22px;color:#c40000">08-446 892 10</b><br>så hjälper vi dig att stoppa transaktionen.</p>
<p>Amazon Sverige</p>
</td></tr></table></body></html>
"""
SV.append([C("sv", "lookalike", "unknown", False, "callback phone number, malformed order number, no reason",
    sender=("Amazon Sverige", "noreply@amazonse-order.net"), to=SV_TO[11],
    subject="Bekräftelse: avbokning av din beställning", fmt="alt", text=LK_SV3_TEXT, html=LK_SV3_HTML,
    cs="utf-8", cte="8bit", relay="amazonse-order.net")])

LK_SV4 = """Hej,

På grund av ett tekniskt fel i vårt betalningssystem avbröts din beställning 402-8813470-5516029.

För att vi ska kunna återbetala 2 349 kr behöver vi bekräfta ditt kort. Svara på det här mejlet med:

  * fullständigt kortnummer
  * utgångsdatum
  * CVC-kod
  * personnummer

Återbetalningen görs inom 24 timmar efter att vi har fått uppgifterna.

Vänliga hälsningar,
Amazon.se Återbetalningar
"""
SV.append([C("sv", "lookalike", "technical_issue", True, "look-alike domain, Reply-To free-mail, asks to reply with card details; valid-shaped order no.",
    sender=("Amazon.se Återbetalning", "refund@amazon-se-refund.com"), reply_to="amazon.se.refund@gmail.com",
    to=SV_TO[13], subject="Din beställning 402-8813470-5516029 har avbrutits – återbetalning väntar",
    fmt="text", text=LK_SV4, cs="utf-8", cte="quoted-printable", relay="amazon-se-refund.com",
    auth_line="spf=fail smtp.mailfrom=amazon-se-refund.com; dkim=none; dmarc=fail header.from=amazon-se-refund.com")])

LK_SV5 = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="background:#f2f2f2;font-family:Arial,sans-serif">
<table align="center" width="580" style="background:#ffffff;padding:22px">
<tr><td><img src="http://amazon.se.secure-login.co/img/logo.png" alt="Amazon.se" width="120"></td></tr>
<tr><td>
<h3>Din beställning har avbrutits</h3>
<p>Din beställning kunde inte skickas eftersom artikeln är slut i lager, och den har därför avbrutits.</p>
<p>Klicka nedan för att bekräfta din återbetalning:</p>
<p><a href="http://amazon.se.secure-login.co/refund/confirm.php?id=51177" style="background:#f0c14b;color:#111;padding:9px 20px;text-decoration:none;border:1px solid #a88734">https://www.amazon.se/aterbetalning</a></p>
<p>Tack för att du handlar hos oss.<br>Amazon.se</p>
</td></tr></table></body></html>
"""
SV.append([C("sv", "lookalike", "inventory_shortage", True, "subdomain trick (amazon.se.secure-login.co) with passing auth for it, no order number, href/text mismatch",
    sender=("Amazon", "no-reply@amazon.se.secure-login.co"), to=SV_TO[8],
    subject="Din beställning har avbrutits", fmt="html", html=LK_SV5, cs="iso-8859-1", cte="base64",
    relay="secure-login.co",
    auth_line="dkim=pass header.d=secure-login.co header.s=s1; spf=pass smtp.mailfrom=amazon.se.secure-login.co; dmarc=pass header.from=amazon.se.secure-login.co")])


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------
def mx_for(rcpt):
    dom = rcpt.split("@")[1]
    if dom == "gmail.com":
        return "mx.google.com"
    if dom in ("outlook.com", "hotmail.se"):
        return "BN8NAM11FT062.mail.protection.outlook.com"
    return "mx1." + dom


def random_date():
    start = datetime.datetime(2024, 1, 8, tzinfo=datetime.timezone.utc)
    return start + datetime.timedelta(days=RNG.randrange(0, 330), hours=RNG.randrange(5, 22),
                                      minutes=RNG.randrange(60), seconds=RNG.randrange(60))


def ses_msgid():
    return "<0102018%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        hexs(9), hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def build(m):
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    hcte = m.get("hcte", cte)
    if m["builder"] == "amazon":
        text, htmlb = amazon_bodies(m)
    else:
        text, htmlb = m.get("text"), m.get("html")
    if m["fmt"] == "text":
        msg = make_part(text, "plain", cs, cte)
    elif m["fmt"] == "html":
        msg = make_part(htmlb, "html", cs, hcte)
    else:
        bnd = "----=_Part_%d_%d.%d" % (RNG.randrange(10**6, 10**8), RNG.randrange(10**8, 10**10), RNG.randrange(10**12, 10**13))
        msg = MIMEMultipart("alternative", boundary=bnd)
        msg.attach(make_part(text, "plain", cs, cte))
        msg.attach(make_part(htmlb, "html", cs, hcte))

    date = m.get("date") or random_date()
    rcpt = m["to"][1]
    mx = mx_for(rcpt)
    top = [("Delivered-To", rcpt)]
    if m["builder"] == "amazon":
        dom = UI[m["lang"]]["dom"]
        a, b = RNG.randrange(1, 250), RNG.randrange(1, 250)
        top.append(("Received", "from a%d-%d.smtp-out.eu-west-1.amazonses.com\n\t(a%d-%d.smtp-out.eu-west-1.amazonses.com [54.240.%d.%d])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                    % (a, b, a, b, a, b, mx, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, format_datetime(date + datetime.timedelta(seconds=2)))))
        if m.get("auth"):
            top.append(("Authentication-Results", "%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn header.b=%s;\n\tspf=pass (%s: domain of 0102018%s@eu-west-1.amazonses.com\n\t designates 54.240.%d.%d as permitted sender)\n\t smtp.mailfrom=0102018%s@eu-west-1.amazonses.com;\n\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                        % (mx, dom, tok(32, "abcdefghijklmnopqrstuvwxyz234567"), tok(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
                           tok(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), mx.split(".", 1)[-1], hexs(9), a, b, hexs(9), dom)))
            top.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
                        % (tok(32, "abcdefghijklmnopqrstuvwxyz234567"), dom, int(date.timestamp()), tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                           "\n\t ".join(tok(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(3)))))
        msgid = ses_msgid()
    else:
        relay = m.get("relay", "example.net")
        top.append(("Received", "from mail.%s (mail.%s [%d.%d.%d.%d])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                    % (relay, relay, RNG.randrange(11, 223), RNG.randrange(256), RNG.randrange(256), RNG.randrange(1, 255),
                       mx, tok(12, "abcdefghijklmnopqrstuvwxyz0123456789"), rcpt, format_datetime(date + datetime.timedelta(seconds=3)))))
        if m.get("auth_line"):
            top.append(("Authentication-Results", "%s;\n\t%s" % (mx, m["auth_line"].replace("; ", ";\n\t"))))
        if relay == "gmail.com":
            msgid = "<CA%s@mail.gmail.com>" % tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
        else:
            msgid = "<%s.%s@%s>" % (hexs(16), int(date.timestamp()), relay)

    top.append(("From", addr(m["sender"][0], m["sender"][1], cs)))
    if m.get("reply_to"):
        top.append(("Reply-To", m["reply_to"]))
    top.append(("To", addr(m["to"][0], m["to"][1], cs)))
    top.append(("Subject", hdr(m["subject"], cs)))
    top.append(("MIME-Version", "1.0"))
    saved = list(msg.items())
    for k in {k for k, _ in saved}:
        del msg[k]
    for k, v in top:
        msg[k] = v
    for k, v in saved:
        if k != "MIME-Version":
            msg[k] = v
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msgid
    for k, v in m.get("extra", []):
        msg[k] = v
    if m["builder"] == "amazon":
        msg["X-AMAZON-MAIL-RELAY-TYPE"] = "notification"
        msg["Feedback-ID"] = "1.eu-west-1.%s=:AmazonSES" % tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(msg)  # headers are pre-folded
    return buf.getvalue()


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    units = PL + SV
    RNG.shuffle(units)
    labels = []
    n = 0
    for unit in units:
        for m in unit:
            n += 1
            name = "%s%03d.eml" % (PREFIX, n)
            data = build(m)
            with open(os.path.join(MAILDIR, name), "wb") as fh:
                fh.write(data)
            labels.append({"file": name, "kind": m["kind"], "language": m["lang"],
                           "cause": m["cause"], "states_reason": m["states_reason"],
                           "marketplace": m["marketplace"] if m["kind"] != "lookalike" else None,
                           "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % n)


if __name__ == "__main__":
    main()
