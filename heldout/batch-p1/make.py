#!/usr/bin/env python3
"""Blind held-out batch p1: Dutch (amazon.nl / amazon.com.be) and Brazilian
Portuguese (amazon.com.br) order-cancellation notices, non-notices and
phishing lookalikes.

Run:  python3 make.py      -> writes mail/p1001.eml ... and labels.json

All texts live in the data lists NL_MAILS and PT_MAILS below; the functions in
the first part only lay them out (plain text / three HTML layouts), encode them
(quoted-printable, base64, 8bit, 7bit; utf-8 or iso-8859-1) and add headers.
"""
import base64
import datetime
import html
import json
import os
import quopri
import random
import re
import string
import urllib.parse
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

SEED = 20250101
rng = random.Random(SEED)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "p1"

# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
LATIN_FIX = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
             "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ",
             "\u2022": "-", "\u2192": "->"}


def fit(text, charset, is_html=False):
    """Make text encodable in charset (legacy charsets lack the euro sign etc.)."""
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        pass
    text = text.replace("\u20ac", "&euro;" if is_html else "EUR")
    for k, v in LATIN_FIX.items():
        text = text.replace(k, v)
    if is_html:
        text = "".join(c if ord(c) < 256 else "&#%d;" % ord(c) for c in text)
    text.encode(charset)  # raise if still impossible
    return text


def text_part(text, subtype, charset, cte):
    text = fit(text, charset, subtype == "html")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(fit(value, charset), charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((fit(name, charset), address), charset=charset)


def rand_str(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rand_hex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_b64(n):
    return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


# --------------------------------------------------------------------------
# localisation of template chrome
# --------------------------------------------------------------------------
UI = {
    "nl": dict(orders="Je bestellingen", account="Je account", order="Bestelling",
               order_no="Bestelnummer", qty="Aantal", sold="Verkocht door",
               price="Prijs", view="Bestelling bekijken", help="Klantenservice",
               rest="Deze artikelen worden nog verzonden", alt_img="Productafbeelding",
               total="Totaal"),
    "nlbe": dict(orders="Uw bestellingen", account="Uw account", order="Bestelling",
                 order_no="Bestelnummer", qty="Aantal", sold="Verkocht door",
                 price="Prijs", view="Bestelling bekijken", help="Klantendienst",
                 rest="Deze artikelen worden nog verzonden", alt_img="Productafbeelding",
                 total="Totaal"),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order="Pedido",
               order_no="Pedido nº", qty="Quantidade", sold="Vendido por",
               price="Preço", view="Ver pedido", help="Atendimento ao cliente",
               rest="Estes itens continuam no pedido", alt_img="Imagem do produto",
               total="Total"),
}

FOOTERS = {
    "nl1": [
        "Deze e-mail is verzonden vanaf een adres dat alleen meldingen verstuurt en geen inkomende e-mail kan ontvangen. Beantwoord dit bericht dus niet.",
        "Amazon vraagt je nooit per e-mail om je wachtwoord, je pincode of je volledige betaalgegevens te bevestigen. Lijkt een bericht van Amazon te komen maar vertrouw je het niet, meld het dan via [[amazon.nl/meldphishing|https://www.amazon.nl/gp/help/customer/display.html?nodeId=GW6SYXCYSJXP9GCZ]].",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxembourg B 101818.",
    ],
    "nl2": [
        "Je betaalgegevens beheer je uitsluitend in Je account onder ‘Betalingsopties’. Klik nooit op links in e-mails waarin naar je wachtwoord wordt gevraagd, maar ga altijd zelf naar amazon.nl.",
        "Dit bericht is automatisch verstuurd. Antwoorden op dit bericht worden niet gelezen.",
        "© 1996-2025, Amazon.com, Inc. of gelieerde ondernemingen. Amazon, Amazon.nl en het Amazon.nl-logo zijn handelsmerken van Amazon.com, Inc. of gelieerde ondernemingen.",
    ],
    "nl3": [
        "Tip voor je veiligheid: schakel tweestapsverificatie in via Inloggen en beveiliging en gebruik voor Amazon een wachtwoord dat je nergens anders gebruikt. Amazon belt of mailt je nooit met het verzoek een betaling buiten de website om te doen of met een cadeaubon te betalen.",
        "Vragen over een betaling of terugbetaling? Kijk op [[Hulp en klantenservice|https://www.amazon.nl/gp/help/customer/display.html]].",
        "Deze e-mail is verzonden door Amazon EU S.à r.l. en Amazon EU SARL, Nederlandse vestiging.",
    ],
    "nlbe1": [
        "Deze e-mail werd verzonden vanaf een adres dat geen berichten kan ontvangen. Gelieve niet te antwoorden.",
        "Amazon zal u nooit vragen om uw wachtwoord, uw kaartcode of uw bankgegevens per e-mail door te geven. Twijfelt u aan de echtheid van een bericht, meld het dan via [[amazon.com.be/phishing|https://www.amazon.com.be/gp/help/customer/display.html?nodeId=GW6SYXCYSJXP9GCZ]].",
        "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. BTW BE0745.563.614.",
    ],
    "nlbe2": [
        "Uw betaalgegevens, wachtwoord en beveiligingsinstellingen wijzigt u uitsluitend via Uw account op www.amazon.com.be. Amazon.com.be stuurt nooit e-mails met bijlagen waarin om een betaling wordt gevraagd.",
        "Dit is een automatisch bericht. Antwoorden op dit adres worden niet behandeld.",
        "© 2025 Amazon.com, Inc. of gelieerde bedrijven. Alle rechten voorbehouden.",
    ],
    "pt1": [
        "Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem.",
        "A Amazon nunca pede, por e-mail, sua senha, o número completo do seu cartão ou códigos de verificação. Se receber uma mensagem suspeita em nome da Amazon, denuncie em [[amazon.com.br/phishing|https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GW6SYXCYSJXP9GCZ]].",
        "Amazon Serviços de Varejo do Brasil Ltda. – CNPJ 15.436.940/0001-03 – Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo – SP, 04543-011.",
    ],
    "pt2": [
        "Dicas de segurança: não compartilhe sua senha com ninguém, ative a verificação em duas etapas em Login e segurança e desconfie de mensagens que pedem pagamento por Pix ou boleto fora do site da Amazon.",
        "Para gerenciar suas formas de pagamento, acesse [[Sua conta > Suas formas de pagamento|https://www.amazon.com.br/cpe/yourpayments/wallet]].",
        "© 1996-2025, Amazon.com, Inc. ou suas afiliadas. Esta é uma mensagem automática.",
    ],
    "pt3": [
        "Mensagem gerada automaticamente, não é necessário respondê-la.",
        "Atenção: a Amazon não envia links para atualização de cadastro por SMS nem liga para solicitar dados do cartão. Em caso de dúvida, acesse o site digitando www.amazon.com.br no navegador.",
        "Amazon.com.br – Amazon Serviços de Varejo do Brasil Ltda.",
    ],
}

IMG_HOST = {"amazon.nl": "images-eu.ssl-images-amazon.com", "amazon.com.be": "images-eu.ssl-images-amazon.com",
            "amazon.com.br": "m.media-amazon.com"}

LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def plain_links(s):
    return LINK_RE.sub(lambda m: "%s (%s)" % (m.group(1), m.group(2)), s)


def html_links(s, style="color:#0066c0;text-decoration:none;"):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s" style="%s">%s</a>' % (html.escape(m.group(2)), style,
                                                       html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def track(mp, url):
    """Amazon-style click-tracking redirect."""
    if not mp:
        return url
    ref = "pe_%d_%d" % (rng.randint(1000000, 99999999), rng.randint(100000000, 999999999))
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (mp, rand_str(13), rand_str(13), "2025", rand_hex(36), rand_str(12),
               urllib.parse.quote(url + ("&" if "?" in url else "?") + "ref_=" + ref, safe=""),
               rand_str(28), ref))


# --------------------------------------------------------------------------
# plain text layout
# --------------------------------------------------------------------------
def item_lines_plain(items, ui):
    lines = []
    for it in items:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else None
        lines.append("    " + name)
        extra = "    %s: %s" % (ui["qty"], qty)
        if seller:
            extra += "   %s: %s" % (ui["sold"], seller)
        lines.append(extra)
        lines.append("    " + price)
        lines.append("")
    return lines


def render_plain(m):
    ui = UI[m["ui"]]
    mp = m.get("mp")
    rule = "_" * 68
    L = []
    if m.get("title"):
        L.append(m["title"])
    if mp:
        L.append("https://www.%s/ref=TE_simp_tex_h" % mp)
    L += [rule, "", ""]
    if m.get("greet"):
        L += [m["greet"], ""]
    for p in m.get("paras", []):
        L += [plain_links(p), ""]
    if m.get("items"):
        if m.get("order") and not m.get("no_order_line"):
            L.append("%s #%s" % (ui["order"], m["order"]))
        if m.get("items_head"):
            L.append(m["items_head"] + ":")
        L.append("")
        L += item_lines_plain(m["items"], ui)
    if m.get("rest"):
        L += [m.get("rest_head", ui["rest"]) + ":", ""]
        L += item_lines_plain(m["rest"], ui)
    for p in m.get("after", []):
        L += [plain_links(p), ""]
    for p in m.get("closing", []):
        L += [plain_links(p), ""]
    if m.get("sign"):
        L += [m["sign"], ""]
    if m.get("footer"):
        L += ["", rule, ""]
        for p in FOOTERS[m["footer"]]:
            L += [plain_links(p), ""]
    return "\n".join(L).rstrip() + "\n"


# --------------------------------------------------------------------------
# HTML layouts
# --------------------------------------------------------------------------
def _img(mp):
    return "https://%s/images/I/%s._SS%d_.jpg" % (IMG_HOST.get(mp, "m.media-amazon.com"),
                                                   rand_str(11, string.ascii_letters + string.digits),
                                                   rng.choice([75, 100, 115]))


def _href(m, url):
    return track(m.get("mp"), url) if m.get("track") else url


def _links(m, s, style="color:#0066c0;text-decoration:none;"):
    if m.get("track"):
        s = LINK_RE.sub(lambda x: "[[%s|%s]]" % (x.group(1), track(m.get("mp"), x.group(2))), s)
    return html_links(s, style)


def _home(m):
    return m.get("home") or "https://www.%s/" % (m.get("mp") or "amazon.nl")


def _order_url(m):
    return m.get("order_url") or "https://www.%s/gp/your-account/order-details?ie=UTF8&orderID=%s" % (
        m.get("mp") or "amazon.nl", m.get("order", ""))


def layout_a(m, cs):
    """Classic notification template (nested tables, nav header, #summary)."""
    ui = UI[m["ui"]]
    mp = m.get("mp") or "amazon.nl"
    brand = m.get("brand", "Amazon." + mp.split("amazon.")[-1])
    h = []
    h.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    h.append('<html xmlns="http://www.w3.org/1999/xhtml">\n <head>')
    h.append('  <meta http-equiv="Content-Type" content="text/html; charset=%s" />' % cs)
    h.append('  <title>%s</title>' % html.escape(m.get("title", brand)))
    h.append('''  <style type="text/css">
   body { width:100% !important; margin:0; padding:0; font:12px/16px Arial,sans-serif; color:#333333; }
   #container { width:640px; margin:0 auto; }
   #header td.navigation a { color:#004b91; font-size:12px; text-decoration:none; }
   h2 { font-size:20px; color:#cc6600; font-weight:normal; margin:12px 0 4px 0; }
   .heading { font-weight:bold; font-size:14px; }
   #itemDetails td { vertical-align:top; padding:8px 4px; border-bottom:1px solid #eaeaea; }
   .price { text-align:right; white-space:nowrap; }
   #legalCopy { font-size:10px; color:#666666; line-height:14px; }
  </style>
 </head>''')
    h.append(' <body>')
    if m.get("mp"):
        h.append('  <img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" />'
                 % (mp, rand_str(13), rand_hex(32), rand_str(12)))
    h.append('  <table id="container" cellpadding="0"><tbody><tr><td class="frame">')
    h.append('   <table id="main" cellpadding="0"><tbody>')
    h.append('    <tr><td><table id="header" cellpadding="0" width="100%"><tbody>')
    h.append('     <tr><td rowspan="2" class="logo"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/amazon-logo._CB485933612_.gif" alt="%s" width="120" border="0" /></a></td>'
             % (html.escape(_href(m, _home(m))), html.escape(brand)))
    h.append('      <td class="navigation" align="right"><a href="%s">%s</a> <span>&nbsp;|&nbsp;</span> <a href="%s">%s</a> <span>&nbsp;|&nbsp;</span> <a href="%s">%s</a></td></tr>'
             % (html.escape(_href(m, "https://www.%s/gp/css/order-history" % mp)), ui["orders"],
                html.escape(_href(m, "https://www.%s/gp/css/homepage.html" % mp)), ui["account"],
                html.escape(_href(m, _home(m))), html.escape(brand)))
    h.append('     <tr><td class="title"><h2>%s</h2>' % html.escape(m.get("title", "")))
    if m.get("order"):
        h.append('       %s #<a href="%s">%s</a>' % (ui["order"], html.escape(_href(m, _order_url(m))), m["order"]))
    h.append('     </td></tr>\n    </tbody></table></td></tr>')
    h.append('    <tr><td><table id="summary" cellpadding="0"><tbody><tr><td>')
    if m.get("greet"):
        h.append('     <span class="heading">%s</span>' % html.escape(m["greet"]))
    for p in m.get("paras", []):
        h.append('     <p>%s</p>' % _links(m, p))
    h.append('    </td></tr></tbody></table></td></tr>')
    for key, head in (("items", m.get("items_head")), ("rest", m.get("rest_head", ui["rest"]))):
        if not m.get(key):
            continue
        h.append('    <tr><td><table id="itemDetails" cellpadding="0" width="100%"><tbody>')
        if head:
            h.append('     <tr><td colspan="3"><span class="heading">%s</span></td></tr>' % html.escape(head))
        for it in m[key]:
            seller = it[3] if len(it) > 3 else None
            h.append('     <tr><td width="80"><img src="%s" width="75" alt="%s" /></td>' % (_img(mp), ui["alt_img"]))
            h.append('      <td><a href="%s">%s</a><br />%s: %s%s</td>' % (
                html.escape(_href(m, "https://www.%s/dp/%s" % (mp, "B0" + rand_str(8)))), html.escape(it[0]),
                ui["qty"], it[1], ("<br />%s: %s" % (ui["sold"], html.escape(seller))) if seller else ""))
            h.append('      <td class="price"><strong>%s</strong></td></tr>' % html.escape(it[2]))
        h.append('    </tbody></table></td></tr>')
    h.append('    <tr><td><table id="closing" cellpadding="0"><tbody><tr><td>')
    for p in m.get("after", []) + m.get("closing", []):
        h.append('     <p>%s</p>' % _links(m, p))
    if m.get("sign"):
        h.append('     <p>%s</p>' % html.escape(m["sign"]).replace("\n", "<br />"))
    h.append('    </td></tr></tbody></table></td></tr>')
    if m.get("footer"):
        h.append('    <tr><td><table id="legalCopy" cellpadding="0"><tbody><tr><td>')
        for p in FOOTERS[m["footer"]]:
            h.append('     <p>%s</p>' % _links(m, p, "color:#666666;"))
        h.append('    </td></tr></tbody></table></td></tr>')
    h.append('   </tbody></table>\n  </td></tr></tbody></table>\n </body>\n</html>')
    return "\n".join(h)


def layout_b(m, cs):
    """Card template (mobile first, inline styles, centred logo)."""
    ui = UI[m["ui"]]
    mp = m.get("mp") or "amazon.nl"
    base = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"
    td = base + "; font-family: Arial, sans-serif"
    h = ['<!DOCTYPE html>', '<html>', '<head>',
         '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
         '<title>%s</title>' % html.escape(m.get("title", "")), '</head>',
         '<body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%">',
         '<table id="OutlookWrapper" style="width: 100%%; %s"><tbody><tr><td align="center" style="%s">' % (base, td),
         '<table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %s"><tbody><tr>' % base,
         '<td class="emailBodyTD" style="width: 100%%; padding: 23px 18px 21px 17px; %s">' % td,
         '<a href="%s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; %s"><tbody><tr><td align="center" style="%s">'
         % (html.escape(_href(m, _home(m))), base, td),
         '<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" border="0" width="130" style="width: 130px" />',
         '</td></tr></tbody></table></a>',
         '<table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219); %s"><tbody><tr>' % base,
         '<td class="cardTD" align="left" style="padding: 30px 20px; %s">' % td]
    if m.get("greet"):
        h.append('<table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); width: 100%%; %s"><tbody><tr><td style="%s"><span>%s</span></td></tr></tbody></table>'
                 % (base, td, html.escape(m["greet"])))
    if m.get("title"):
        h.append('<table class="informationTable" style="font-size: 18px; line-height: 24px; color: rgb(0, 46, 54); width: 100%%; %s"><tbody><tr><td style="padding-bottom: 6px; %s"><span>%s</span></td></tr></tbody></table>'
                 % (base, td, html.escape(m["title"])))
    for p in m.get("paras", []):
        h.append('<p style="font-size: 15px; line-height: 21px; color: rgb(0, 46, 54); margin: 12px 0">%s</p>' % _links(m, p, "color: rgb(0, 113, 133); text-decoration: none"))
    if m.get("order"):
        h.append('<p style="font-size: 13px; color: rgb(86, 89, 89); margin: 8px 0">%s<br /><a href="%s" style="color: rgb(0, 113, 133); text-decoration: none">%s</a></p>'
                 % (ui["order_no"], html.escape(_href(m, _order_url(m))), m["order"]))
    h.append('</td></tr></tbody></table>')
    for key, head in (("items", m.get("items_head")), ("rest", m.get("rest_head", ui["rest"]))):
        if not m.get(key):
            continue
        h.append('<table class="card" style="background-color: rgb(255, 255, 255); width: 100%%; margin-top: 5px; %s"><tbody><tr><td style="padding: 20px; %s">' % (base, td))
        if head:
            h.append('<p style="font-size: 16px; font-weight: bold; color: rgb(0, 46, 54); margin: 0 0 10px 0">%s</p>' % html.escape(head))
        for it in m[key]:
            seller = it[3] if len(it) > 3 else None
            h.append('<table style="width: 100%%; %s"><tbody><tr><td style="width: 90px; %s"><img src="%s" width="80" alt="%s" /></td><td style="font-size: 14px; color: rgb(15, 17, 17); %s">%s<br /><span style="color: rgb(86, 89, 89)">%s: %s%s</span><br /><b>%s</b></td></tr></tbody></table>'
                     % (base, td, _img(mp), ui["alt_img"], td, html.escape(it[0]), ui["qty"], it[1],
                        (" &middot; %s: %s" % (ui["sold"], html.escape(seller))) if seller else "", html.escape(it[2])))
        h.append('</td></tr></tbody></table>')
    h.append('<table class="card" style="background-color: rgb(255, 255, 255); width: 100%%; margin-top: 5px; %s"><tbody><tr><td style="padding: 20px; %s">' % (base, td))
    for p in m.get("after", []) + m.get("closing", []):
        h.append('<p style="font-size: 14px; line-height: 20px; color: rgb(15, 17, 17); margin: 8px 0">%s</p>' % _links(m, p, "color: rgb(0, 113, 133); text-decoration: none"))
    if m.get("order"):
        h.append('<table class="buttonComponent" width="100%%" style="%s"><tbody><tr><td align="center" style="background-color: rgb(255, 216, 20); border-radius: 20px; padding: 10px; %s"><a href="%s" style="color: rgb(15, 17, 17); text-decoration: none; font-size: 14px">%s</a></td></tr></tbody></table>'
                 % (base, td, html.escape(_href(m, _order_url(m))), ui["view"]))
    if m.get("sign"):
        h.append('<p style="font-size: 14px; color: rgb(15, 17, 17)">%s</p>' % html.escape(m["sign"]).replace("\n", "<br />"))
    h.append('</td></tr></tbody></table>')
    if m.get("footer"):
        h.append('<table class="footer" style="width: 100%%; %s"><tbody><tr><td style="padding: 16px 4px; font-size: 11px; line-height: 15px; color: rgb(86, 89, 89); %s">' % (base, td))
        for p in FOOTERS[m["footer"]]:
            h.append('<p style="margin: 0 0 8px 0">%s</p>' % _links(m, p, "color: rgb(86, 89, 89)"))
        h.append('</td></tr></tbody></table>')
    h.append('</td></tr></tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>')
    return "\n".join(h)


def layout_c(m, cs):
    """Dark header bar, orange rule, 600px body."""
    ui = UI[m["ui"]]
    mp = m.get("mp") or "amazon.nl"
    brand = m.get("brand", "Amazon." + mp.split("amazon.")[-1])
    h = ['<html>', '<head>', '<meta charset="%s">' % cs, '<title>%s</title>' % html.escape(m.get("title", brand)),
         '</head>', '<body bgcolor="#eaeded" style="margin:0;padding:0;">',
         '<center>',
         '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:\'Amazon Ember\',Arial,Helvetica,sans-serif;">',
         '<tr><td bgcolor="#232f3e" style="padding:14px 20px;"><a href="%s"><img src="https://m.media-amazon.com/images/G/01/AUIClients/AmazonUI-amazon-logo-white._CB485932868_.png" alt="%s" width="103" border="0"></a></td>'
         % (html.escape(_href(m, _home(m))), html.escape(brand)),
         '</tr>', '<tr><td height="4" bgcolor="#ff9900" style="font-size:0;line-height:0;">&nbsp;</td></tr>',
         '<tr><td style="padding:24px 24px 8px 24px;">']
    if m.get("title"):
        h.append('<h1 style="font-size:22px;font-weight:normal;color:#0f1111;margin:0 0 14px 0;">%s</h1>' % html.escape(m["title"]))
    if m.get("greet"):
        h.append('<p style="font-size:14px;color:#0f1111;margin:0 0 10px 0;">%s</p>' % html.escape(m["greet"]))
    for p in m.get("paras", []):
        h.append('<p style="font-size:14px;line-height:20px;color:#0f1111;margin:0 0 12px 0;">%s</p>' % _links(m, p, "color:#007185;"))
    h.append('</td></tr>')
    if m.get("order"):
        h.append('<tr><td style="padding:0 24px 8px 24px;font-size:13px;color:#565959;">%s: <a href="%s" style="color:#007185;text-decoration:none;">%s</a></td></tr>'
                 % (ui["order_no"], html.escape(_href(m, _order_url(m))), m["order"]))
    for key, head in (("items", m.get("items_head")), ("rest", m.get("rest_head", ui["rest"]))):
        if not m.get(key):
            continue
        h.append('<tr><td style="padding:8px 24px;">')
        if head:
            h.append('<div style="font-size:16px;font-weight:bold;color:#0f1111;border-bottom:1px solid #d5d9d9;padding-bottom:6px;">%s</div>' % html.escape(head))
        h.append('<table width="100%" cellpadding="0" cellspacing="0" border="0">')
        for it in m[key]:
            seller = it[3] if len(it) > 3 else None
            h.append('<tr><td width="110" style="padding:10px 0;"><img src="%s" width="100" alt="%s"></td>' % (_img(mp), ui["alt_img"]))
            h.append('<td style="padding:10px 8px;font-size:14px;color:#0f1111;">%s<br><span style="font-size:12px;color:#565959;">%s: %s%s</span></td>'
                     % (html.escape(it[0]), ui["qty"], it[1], ("<br>%s: %s" % (ui["sold"], html.escape(seller))) if seller else ""))
            h.append('<td align="right" style="padding:10px 0;font-size:14px;color:#0f1111;white-space:nowrap;">%s</td></tr>' % html.escape(it[2]))
        h.append('</table></td></tr>')
    h.append('<tr><td style="padding:8px 24px 20px 24px;">')
    for p in m.get("after", []) + m.get("closing", []):
        h.append('<p style="font-size:14px;line-height:20px;color:#0f1111;margin:0 0 10px 0;">%s</p>' % _links(m, p, "color:#007185;"))
    if m.get("order"):
        h.append('<table cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#ffd814" style="border-radius:8px;padding:9px 18px;"><a href="%s" style="font-size:13px;color:#0f1111;text-decoration:none;">%s</a></td></tr></table>'
                 % (html.escape(_href(m, _order_url(m))), ui["view"]))
    if m.get("sign"):
        h.append('<p style="font-size:14px;color:#0f1111;margin:16px 0 0 0;">%s</p>' % html.escape(m["sign"]).replace("\n", "<br>"))
    h.append('</td></tr>')
    if m.get("footer"):
        h.append('<tr><td bgcolor="#f3f3f3" style="padding:16px 24px;font-size:11px;line-height:16px;color:#565959;">')
        for p in FOOTERS[m["footer"]]:
            h.append('<p style="margin:0 0 8px 0;">%s</p>' % _links(m, p, "color:#565959;"))
        h.append('</td></tr>')
    h.append('</table>\n</center>\n</body>\n</html>')
    return "\n".join(h)


LAYOUTS = {"A": layout_a, "B": layout_b, "C": layout_c}

# --------------------------------------------------------------------------
# transport headers
# --------------------------------------------------------------------------
MX = {"gmail.com": "mx.google.com", "ziggo.nl": "mx.ziggo.nl", "kpnmail.nl": "mail.kpnmail.nl",
      "telenet.be": "mx.telenet-ops.be", "outlook.com": "mx.outlook.office365.com",
      "hotmail.com": "mx.outlook.office365.com", "uol.com.br": "mx.uol.com.br",
      "xs4all.nl": "mx.xs4all.nl", "skynet.be": "mx.proximus.be", "bol.com.br": "mx.bol.com.br",
      "terra.com.br": "mx.terra.com.br", "yahoo.com.br": "mta7.am0.yahoodns.net"}


def ses_host(region):
    a, b = rng.randint(1, 254), rng.randint(1, 254)
    if region == "eu":
        return "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (a, b), "54.240.%d.%d" % (rng.choice([2, 3, 4, 5]), b)
    return "a%d-%d.smtp-out.amazonses.com" % (a, b), "54.240.%d.%d" % (rng.choice([8, 9, 10, 11]), b)


def ses_msgid(region, dt):
    ms = int(dt.timestamp() * 1000)
    dom = "eu-west-1.amazonses.com" if region == "eu" else "email.amazonses.com"
    return "<%s%s-%s-%s-%s-%s-%s-000000@%s>" % ("0102" if region == "eu" else "0100", format(ms, "x")[:12],
                                                rand_hex(8), rand_hex(4), rand_hex(4), rand_hex(4), rand_hex(12), dom)


def transport_headers(m, dt, from_addr, to_addr):
    """Return list of (name, value) for Return-Path, Received, Authentication-Results, DKIM."""
    hdrs = []
    to_dom = to_addr.split("@")[1]
    mx = MX.get(to_dom, "mx." + to_dom)
    from_dom = from_addr.split("@")[1]
    genuine = m.get("genuine", False)
    region = "us" if from_dom.endswith(".br") else "eu"
    stamp = format_datetime(dt)
    if genuine:
        host, ip = ses_host(region)
        bounce = "%s%s-%s@%s" % ("0102" if region == "eu" else "0100", rand_hex(12), rand_hex(8),
                                 "eu-west-1.amazonses.com" if region == "eu" else "amazonses.com")
        hdrs.append(("Return-Path", "<%s>" % bounce))
    else:
        host = m.get("relay_host") or "mail.%s" % from_dom
        ip = m.get("relay_ip") or "%d.%d.%d.%d" % (rng.choice([45, 89, 103, 185, 193]), rng.randint(1, 254),
                                                  rng.randint(1, 254), rng.randint(1, 254))
        bounce = from_addr
        hdrs.append(("Return-Path", "<%s>" % bounce))
    hdrs.append(("Delivered-To", to_addr))
    hdrs.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (host, host, ip, mx, rand_str(10, string.ascii_lowercase + string.digits), to_addr, stamp)))
    if m.get("auth") == "pass":
        hdrs.append(("Authentication-Results",
                     "%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s"
                     % (mx, from_dom, rand_str(32, string.ascii_lowercase + string.digits), rand_b64(8),
                        rand_str(32, string.ascii_lowercase + string.digits), rand_b64(8), mx, bounce, ip,
                        bounce.split("@")[1], from_dom)))
    elif m.get("auth"):  # custom (lookalikes)
        hdrs.append(("Authentication-Results", "%s;\n\t%s" % (mx, m["auth"])))
    if genuine and (m.get("auth") == "pass" or m.get("dkim_sig")):
        hdrs.append(("DKIM-Signature",
                     "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s\n\t%s"
                     % (rand_str(32, string.ascii_lowercase + string.digits), from_dom, int(dt.timestamp()),
                        rand_b64(43), rand_b64(64), rand_b64(60))))
    return hdrs, region


# --------------------------------------------------------------------------
# build one message
# --------------------------------------------------------------------------
def parse_dt(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=datetime.timezone.utc)


def build(m, msgids):
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    if fmt == "plain":
        body = m["raw_plain"] if "raw_plain" in m else render_plain(m)
        root = text_part(body, "plain", cs, cte)
    elif fmt == "html":
        body = m["raw_html"] if "raw_html" in m else LAYOUTS[m["layout"]](m, cs)
        root = text_part(body, "html", cs, cte)
    else:  # alt
        plain = m["raw_plain"] if "raw_plain" in m else render_plain(m)
        hbody = m["raw_html"] if "raw_html" in m else LAYOUTS[m["layout"]](m, cs)
        boundary = "----=_Part_%d_%d.%d" % (rng.randint(100000, 99999999), rng.randint(10 ** 8, 2 * 10 ** 9),
                                            int(parse_dt(m["date"]).timestamp() * 1000) + rng.randint(0, 999))
        root = MIMEMultipart("alternative", boundary=boundary)
        root.attach(text_part(plain, "plain", cs, m.get("cte_plain", cte)))
        root.attach(text_part(hbody, "html", cs, cte))
    dt = parse_dt(m["date"])
    fname, faddr = m["frm"]
    tname, taddr = m["to"]
    hcs = m.get("hcs", cs)
    th, region = transport_headers(m, dt, faddr, taddr)
    if m.get("genuine"):
        mid = ses_msgid(region, dt)
    else:
        mid = "<%s.%s@%s>" % (rand_hex(16), rand_hex(8), m.get("mid_dom", faddr.split("@")[1]))
    msgids[m["key"]] = mid
    hdrs = list(th)
    hdrs.append(("From", addr(fname, faddr, hcs)))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("To", addr(tname, taddr, hcs)))
    hdrs.append(("Subject", enc_header(m["subj"], hcs)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", mid))
    if m.get("ref"):
        hdrs.append(("In-Reply-To", msgids[m["ref"]]))
        hdrs.append(("References", msgids[m["ref"]]))
    if m.get("genuine"):
        hdrs.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        hdrs.append(("Bounces-to", "RTE-%s@bounces.amazon.com" % rand_str(20)))
        hdrs.append(("X-AMAZON-RTE-VERSION", "2.0"))
        hdrs.append(("Feedback-ID", "1.%s.%s:AmazonSES" % ("eu-west-1" if region == "eu" else "us-east-1",
                                                          rand_b64(43).replace("/", "x").replace("+", "y") + "=")))
    for k, v in m.get("extra_headers", []):
        hdrs.append((k, v))
    existing = list(root.items())
    for k in {k for k, _ in existing}:
        del root[k]
    mime_hdrs = [("MIME-Version", "1.0")] + [(k, v) for k, v in existing if k.lower() != "mime-version"]
    for k, v in hdrs + mime_hdrs:
        root[k] = v
    return root


def write(m, path, msgids):
    msg = build(m, msgids)
    with open(path, "wb") as fh:
        BytesGenerator(fh, mangle_from_=False, maxheaderlen=0).flatten(msg)


# ==========================================================================
# DATA: Dutch (amazon.nl, amazon.com.be)
# ==========================================================================
SANNE = ("Sanne de Jong", "sanne.dejong@ziggo.nl")
DAAN = ("Daan Visser", "daanvisser83@gmail.com")
FATIMA = ("Fatima El Amrani", "f.elamrani@kpnmail.nl")
PEETERS = ("Jan Peeters", "jan.peeters@telenet.be")
LOTTE = ("Lotte Janssens", "lotte.janssens@skynet.be")
MARIEKE = ("Marieke Bakker", "marieke.bakker@xs4all.nl")
THIJS = ("Thijs Mulder", "thijs.mulder@outlook.com")
EVA = ("Eva Claes", "eva.claes@telenet.be")

NL_MAILS = [
    # ---- inventory_shortage -------------------------------------------------
    dict(key="n_inv1", kind="notice", cause="inventory_shortage", sr=True, mp="amazon.nl",
         note="out of stock, no restock expected",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=SANNE, reply_to="no-reply@amazon.nl",
         subj="Je Amazon.nl-bestelling #402-3817265-9904317 is geannuleerd",
         date="2025-02-11 09:42:17", fmt="alt", layout="A", cte="quoted-printable", auth="pass", track=True,
         title="Bestelling geannuleerd", greet="Hallo Sanne,", order="402-3817265-9904317",
         paras=["Helaas moeten we je laten weten dat we je bestelling hebben geannuleerd. Het artikel hieronder is bij ons uitverkocht en we verwachten het ook niet meer binnen te krijgen.",
                "We begrijpen dat dit vervelend is, zeker als je al op de levering rekende. Misschien vind je een vergelijkbaar product op de productpagina."],
         items_head="Geannuleerd artikel",
         items=[("Philips Hue White Ambiance E27 slimme lamp, 2-pack", 1, "€ 49,99", "Amazon EU S.à r.l.")],
         after=["Er is niets van je rekening afgeschreven. Een eventuele reservering op je creditcard vervalt vanzelf binnen enkele werkdagen."],
         closing=["Bekijk de status van al je bestellingen in [[Je bestellingen|https://www.amazon.nl/gp/css/order-history]].",
                  "Nog vragen? Ga naar [[Klantenservice|https://www.amazon.nl/gp/help/customer/display.html]]."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl1"),
    dict(key="n_inv2", kind="notice", cause="inventory_shortage", sr=True, mp="amazon.com.be", ui="nlbe",
         note="marketplace seller out of stock, Belgian Dutch",
         frm=("Amazon.com.be Marketplace", "marketplace-messages@amazon.com.be"), to=PEETERS,
         subj="Annulering van uw bestelling 305-6624180-2291537 door de verkoper",
         date="2024-11-04 16:05:51", fmt="plain", cs="iso-8859-1", cte="quoted-printable", auth=None,
         greet="Beste heer Peeters,", order="305-6624180-2291537",
         paras=["De verkoper Fietsonderdelen Vlaanderen BV heeft ons laten weten dat het door u bestelde artikel niet langer in voorraad is. De verkoper kon de bestelling daardoor niet uitvoeren en heeft ze geannuleerd.",
                "Er werd voor deze bestelling geen bedrag aangerekend."],
         items_head="Geannuleerd",
         items=[("Shimano Deore XT kettingblad 32T, 12-speed", 1, "€ 38,50", "Fietsonderdelen Vlaanderen BV")],
         after=["Wenst u het artikel toch nog aan te kopen, dan kunt u op de productpagina nagaan of een andere verkoper het aanbiedt."],
         closing=["Heeft u vragen over deze bestelling? U kunt de verkoper rechtstreeks contacteren via Uw bestellingen > Verkoper contacteren."],
         sign="Met vriendelijke groeten,\nAmazon.com.be", footer="nlbe1"),
    dict(key="n_inv3", kind="notice", cause="inventory_shortage", sr=True, mp="amazon.nl",
         note="pre-order cannot be filled, reason first",
         frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=DAAN,
         subj="Je pre-order kan helaas niet worden geleverd",
         date="2024-09-20 06:31:02", fmt="html", layout="B", cte="base64", auth="pass",
         title="Pre-order geannuleerd", greet="Hoi Daan,", order="171-4409825-6612308",
         paras=["De uitgever levert ons minder exemplaren dan we hadden besteld, waardoor we niet alle pre-orders kunnen uitvoeren. Ook die van jou valt daar helaas onder, dus we hebben hem geannuleerd.",
                "We hadden je graag op de releasedag verrast. Houd de productpagina in de gaten: zodra er weer voorraad is, kun je het spel opnieuw bestellen."],
         items=[("The Legend of Zelda: Echoes of Wisdom (Nintendo Switch), Limited Edition", 1, "€ 69,99")],
         after=["Bij pre-orders belasten we je betaalmethode pas op het moment dat we verzenden. Je hebt dus niets betaald voor dit artikel."],
         closing=["Andere pre-orders beheer je via [[Je bestellingen|https://www.amazon.nl/gp/css/order-history]]."],
         sign="Tot ziens,\nAmazon.nl", footer="nl2"),
    dict(key="n_inv4", kind="notice", cause="inventory_shortage", sr=True, mp="amazon.nl",
         note="partial cancellation, labelled Reden line",
         frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=FATIMA,
         subj="1 artikel uit je bestelling #408-1190342-7745116 is geannuleerd",
         date="2025-03-27 13:18:44", fmt="plain", cte="8bit", auth=None, dkim_sig=True,
         title="Wijziging in je bestelling", greet="Hallo Fatima,", order="408-1190342-7745116",
         paras=["We hebben een wijziging in je bestelling doorgevoerd: één artikel is geannuleerd.",
                "Reden: het artikel is niet meer leverbaar bij onze leverancier."],
         items_head="Geannuleerd",
         items=[("Tefal Ingenio Expertise pannenset, 13-delig, inductie", 1, "€ 89,99", "Amazon EU S.à r.l.")],
         rest_head="Deze artikelen versturen we wel",
         rest=[("Brabantia Bo Touch Bin afvalemmer 2 x 30 l, Matt Black", 1, "€ 164,95"),
               ("OXO Good Grips siliconen spatel", 2, "€ 17,98")],
         after=["Je betaalt alleen voor wat we daadwerkelijk verzenden. Het bedrag van het geannuleerde artikel brengen we niet in rekening."],
         closing=["Wil je nog iets aan de rest van je bestelling veranderen? Dat kan zolang die niet verzonden is, via Je bestellingen: https://www.amazon.nl/gp/your-account/order-history"],
         sign="Amazon.nl", footer="nl3"),
    # ---- payment_issue ------------------------------------------------------
    dict(key="n_pay1", kind="notice", cause="payment_issue", sr=True, mp="amazon.nl",
         note="payment revision not made within 7 days",
         frm=("Amazon.nl", "payments-messages@amazon.nl"), to=MARIEKE,
         subj="Je bestelling #402-7781203-5530941 is geannuleerd",
         date="2025-03-22 08:02:39", fmt="alt", layout="C", cte="quoted-printable", auth="pass",
         title="We hebben je bestelling geannuleerd", greet="Beste Marieke,", order="402-7781203-5530941",
         paras=["Op 14 maart hebben we je gevraagd je betaalgegevens bij te werken, omdat we de betaling voor deze bestelling niet konden verwerken. Binnen de termijn van zeven dagen hebben we geen nieuwe betaalmethode van je ontvangen, en daarom is de bestelling nu geannuleerd.",
                "Wil je de artikelen nog steeds hebben? Plaats dan een nieuwe bestelling en controleer vooraf of je kaartgegevens kloppen."],
         items=[("Bosch Professional GSR 12V-35 accuboorschroefmachine, incl. 2 accu's", 1, "€ 179,00"),
                ("Makita E-07060 bitset, 37-delig", 1, "€ 21,49")],
         after=["Er is geen bedrag van je rekening afgeschreven."],
         closing=["Je betaalmethoden beheer je via [[Je account > Betalingsopties|https://www.amazon.nl/cpe/yourpayments/wallet]]."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl2"),
    dict(key="n_pay2", kind="notice", cause="payment_issue", sr=True, mp="amazon.com.be", ui="nlbe",
         note="card refused by issuing bank",
         frm=("Amazon.com.be", "payments-messages@amazon.com.be"), to=LOTTE,
         subj="Uw bestelling 407-2258816-0934752 werd geannuleerd",
         date="2024-12-09 19:47:05", fmt="plain", cs="iso-8859-1", cte="base64", auth="pass",
         greet="Beste Lotte Janssens,", order="407-2258816-0934752",
         paras=["Wij hebben uw bestelling moeten annuleren.",
                "Bij het verwerken van de betaling werd uw Visa-kaart eindigend op 4471 geweigerd door de uitgevende bank. Wij hebben de transactie nog tweemaal opnieuw geprobeerd, telkens zonder resultaat."],
         items=[("Het smelt - Lize Spit (paperback)", 1, "€ 22,99"),
                ("Moleskine Classic notitieboek A5, gelijnd, zwart", 1, "€ 19,95")],
         after=["Er werd niets aangerekend. Neem contact op met uw bank als u wilt weten waarom de betaling geweigerd werd, en plaats daarna eventueel een nieuwe bestelling."],
         sign="Met vriendelijke groeten,\nAmazon.com.be", footer="nlbe2"),
    # thread 1: payment request, then a cancellation without reason
    dict(key="n_thr1a", kind="non_notice", cause=None, sr=False, mp="amazon.nl",
         note="thread",
         frm=("Amazon.nl", "payments-messages@amazon.nl"), to=THIJS,
         subj="Actie vereist: werk je betaalgegevens bij voor bestelling #171-5530287-4418326",
         date="2024-10-15 10:12:33", fmt="alt", layout="A", cte="quoted-printable", auth="pass",
         title="Betaling niet gelukt", greet="Hallo Thijs,", order="171-5530287-4418326",
         paras=["We konden je Mastercard eindigend op 0932 niet belasten voor de onderstaande bestelling. Dat kan gebeuren als de kaart verlopen is, als het factuuradres niet overeenkomt of als je bank de betaling heeft tegengehouden.",
                "Werk je betaalgegevens vóór 22 oktober bij, dan verzenden we je bestelling zo snel mogelijk. Ontvangen we tot die datum geen geldige betaalmethode, dan kunnen we de bestelling niet verzenden."],
         items=[("Sony WH-1000XM5 draadloze noise-cancelling koptelefoon, zwart", 1, "€ 329,00")],
         closing=["Ga naar [[Je bestellingen|https://www.amazon.nl/gp/css/order-history]], kies de bestelling en klik op ‘Betaalmethode wijzigen’."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl1"),
    dict(key="n_thr1b", kind="notice", cause="payment_issue", sr=False, mp="amazon.nl", ref="n_thr1a",
         note="thread: cause from earlier mail",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=THIJS,
         subj="Je Amazon.nl-bestelling #171-5530287-4418326 is geannuleerd",
         date="2024-10-23 02:14:09", fmt="html", layout="B", cte="quoted-printable", auth=None,
         title="Bestelling geannuleerd", greet="Hallo Thijs,", order="171-5530287-4418326",
         paras=["Je bestelling is geannuleerd. Het onderstaande artikel wordt niet naar je verzonden."],
         items=[("Sony WH-1000XM5 draadloze noise-cancelling koptelefoon, zwart", 1, "€ 329,00")],
         after=["Voor deze bestelling brengen we niets in rekening."],
         closing=["Je kunt het artikel op elk moment opnieuw bestellen via de productpagina."],
         sign="Amazon.nl", footer="nl2"),
    dict(key="n_pay4", kind="notice", cause="payment_issue", sr=True, mp="amazon.nl",
         note="gift card balance insufficient and SEPA debit reversed",
         frm=("Amazon.nl", "payments-messages@amazon.nl"), to=DAAN,
         subj="Wijziging in je bestelling 402-6612947-3302158: geannuleerd",
         date="2025-01-08 15:26:50", fmt="plain", cte="quoted-printable", auth=None,
         greet="Hoi Daan,", order="402-6612947-3302158",
         paras=["Het tegoed op je Amazon.nl-cadeaubon was niet genoeg om deze bestelling volledig te betalen, en het restbedrag van € 31,45 konden we niet via je tweede betaalmethode innen: je bank heeft de SEPA-incasso gestorneerd.",
                "Zonder volledige betaling kunnen we niet verzenden, dus is je bestelling geannuleerd. Het tegoed dat al van je cadeaubon was gereserveerd, staat weer op je account."],
         items=[("Rituals The Ritual of Sakura geschenkset, Medium", 1, "€ 39,90"),
                ("Yankee Candle geurkaars Pink Sands, groot", 1, "€ 26,55")],
         closing=["Je saldo bekijk je op https://www.amazon.nl/gc/balance"],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl3"),
    # ---- technical_issue ----------------------------------------------------
    dict(key="n_tec1", kind="notice", cause="technical_issue", sr=True, mp="amazon.nl",
         note="pricing error, Amazon decided to cancel",
         frm=("Amazon.nl", "cs-reply@amazon.nl"), to=SANNE,
         subj="Belangrijke informatie over je bestelling #403-2981567-1187324",
         date="2024-11-29 11:55:13", fmt="html", layout="B", cte="quoted-printable", auth="pass", track=True,
         title="Je bestelling is geannuleerd", greet="Hallo Sanne,", order="403-2981567-1187324",
         paras=["Door een fout in onze prijsgegevens werd de Dyson V8 Absolute steelstofzuiger enkele uren voor € 39,99 aangeboden in plaats van € 399,00. Omdat die prijs overduidelijk onjuist was, heeft Amazon besloten alle bestellingen tegen deze prijs te annuleren, ook die van jou.",
                "Excuses voor de verwarring. Inmiddels staat de juiste prijs weer op de website."],
         items=[("Dyson V8 Absolute snoerloze steelstofzuiger", 1, "€ 39,99")],
         after=["Je betaalmethode is niet belast. Heeft je bank toch al een bedrag gereserveerd, dan wordt dat automatisch weer vrijgegeven."],
         sign="Met vriendelijke groet,\nKlantenservice Amazon.nl", footer="nl1"),
    dict(key="n_tec2", kind="notice", cause="technical_issue", sr=True, mp="amazon.com.be", ui="nlbe",
         note="system fault stored order incompletely, labelled reason line",
         frm=("Amazon.com.be", "order-update@amazon.com.be"), to=EVA,
         subj="Annulering van uw bestelling #405-3346771-8829160",
         date="2025-04-14 07:40:28", fmt="plain", cs="iso-8859-1", cte="quoted-printable", auth=None,
         greet="Beste Eva,", order="405-3346771-8829160",
         paras=["Reden van annulering: technische fout bij de verwerking van de bestelling.",
                "Door een storing in ons bestelsysteem werd uw bestelling onvolledig geregistreerd: het leveradres en de gekozen leveroptie werden niet correct opgeslagen. Om te vermijden dat het pakket verkeerd geleverd zou worden, hebben wij de bestelling geannuleerd.",
                "Onze excuses voor dit ongemak. U kunt dezelfde artikelen gewoon opnieuw bestellen."],
         items=[("Lavazza Qualità Oro koffiebonen, 1 kg", 2, "€ 34,98")],
         after=["Het bedrag werd niet van uw rekening gedebiteerd."],
         sign="Amazon.com.be", footer="nlbe1"),
    dict(key="n_tec3", kind="notice", cause="technical_issue", sr=True, mp="amazon.nl",
         note="seller cancelled because listing was wrong",
         frm=("Amazon.nl", "marketplace-messages@amazon.nl"), to=MARIEKE,
         subj="Je bestelling bij HomeStyle Benelux is geannuleerd (#406-9015532-2237961)",
         date="2025-05-02 17:09:57", fmt="plain", cte="quoted-printable", auth="pass",
         greet="Beste Marieke,", order="406-9015532-2237961",
         paras=["HomeStyle Benelux heeft je bestelling geannuleerd. Volgens de verkoper stond er een fout in de productvermelding: de foto's en maten hoorden bij een ander model dan de stoelen die in het magazijn staan. Om te voorkomen dat je iets anders zou krijgen dan je hebt besteld, heeft de verkoper de verkoop stopgezet."],
         items=[("Fluwelen eetkamerstoel met zwarte poten, set van 2, oudroze", 1, "€ 149,00", "HomeStyle Benelux")],
         after=["Het volledige bedrag wordt binnen 3 tot 5 werkdagen teruggestort op je oorspronkelijke betaalmethode."],
         closing=["Heb je vragen voor de verkoper? Gebruik ‘Verkoper contacteren’ bij de bestelling in Je bestellingen."],
         sign="Amazon.nl", footer="nl2"),
    # ---- fraud_prevention ---------------------------------------------------
    dict(key="n_thr2a", kind="non_notice", cause=None, sr=False, mp="amazon.nl",
         note="thread",
         frm=("Amazon.nl", "account-update@amazon.nl"), to=FATIMA,
         subj="Je Amazon-account is in de wacht gezet",
         date="2025-06-03 21:37:45", fmt="html", layout="C", cte="base64", auth="pass",
         title="Verificatie van je account nodig", greet="Hallo Fatima,", order="403-8812450-6691733",
         paras=["Bij een routinecontrole zagen we activiteit op je account die afwijkt van je gebruikelijke patroon. Om je te beschermen hebben we je account tijdelijk in de wacht gezet. Openstaande bestellingen, waaronder de bestelling hieronder, verwerken we voorlopig niet.",
                "Log in op amazon.nl (typ het adres zelf in de adresbalk van je browser) en volg de stappen om je identiteit te bevestigen. Houd een document bij de hand waarop je factuuradres staat."],
         items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 1, "€ 249,00")],
         after=["We vragen je nooit om je wachtwoord of kaartgegevens via e-mail te sturen."],
         sign="Met vriendelijke groet,\nAccountspecialisten Amazon.nl", footer="nl3"),
    dict(key="n_thr2b", kind="notice", cause="fraud_prevention", sr=False, mp="amazon.nl", ref="n_thr2a",
         note="thread: cause from earlier mail",
         frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=FATIMA,
         subj="Bestelling #403-8812450-6691733 geannuleerd",
         date="2025-06-06 04:03:18", fmt="plain", cte="base64", auth=None,
         greet="Hallo Fatima,", order="403-8812450-6691733",
         paras=["We hebben je bestelling geannuleerd. Het gaat om het volgende artikel:"],
         items=[("Apple AirPods Pro (2e generatie) met MagSafe-oplaadcase (USB-C)", 1, "€ 249,00")],
         after=["Je krijgt geen factuur voor deze bestelling."],
         sign="Amazon.nl", footer="nl1"),
    dict(key="n_fra2", kind="notice", cause="fraud_prevention", sr=True, mp="amazon.nl",
         note="unusual sign-ins, account locked",
         frm=("Amazon.nl", "no-reply@amazon.nl"), to=THIJS,
         subj="Je bestelling is geannuleerd en je account is vergrendeld",
         date="2025-01-26 23:51:06", fmt="alt", layout="C", cte="quoted-printable", cte_plain="8bit", auth="pass",
         title="Beveiligingsmelding", greet="Hallo Thijs,", order="407-6634019-8820574",
         paras=["We hebben ongebruikelijke aanmeldingen op je account opgemerkt, onder meer vanaf een apparaat en een locatie die we niet herkennen. Kort daarna werd er een bestelling geplaatst met een nieuw bezorgadres.",
                "Omdat we niet konden vaststellen dat jij die bestelling hebt geplaatst, hebben we haar uit voorzorg geannuleerd en je account tijdelijk vergrendeld.",
                "Om weer toegang te krijgen ga je zelf naar amazon.nl en kies je ‘Wachtwoord vergeten’. We raden je aan daarna tweestapsverificatie in te schakelen."],
         items=[("Samsung Galaxy Tab S9 FE, 128 GB, grijs", 1, "€ 449,00"),
                ("Samsung Galaxy Tab S9 FE Book Cover, zwart", 1, "€ 59,99")],
         after=["Er is niets afgeschreven."],
         sign="Amazon.nl", footer="nl1"),
    dict(key="n_fra3", kind="notice", cause="fraud_prevention", sr=True, mp="amazon.com.be", ui="nlbe",
         note="denies payment problem, account holder not verified",
         frm=("Amazon.com.be", "cs-reply@amazon.com.be"), to=PEETERS,
         subj="Informatie over uw bestelling 402-5529183-0046624",
         date="2025-02-19 12:22:40", fmt="plain", cs="iso-8859-1", cte="8bit", auth=None,
         greet="Geachte heer Peeters,", order="402-5529183-0046624",
         paras=["Uw bestelling werd nagekeken door ons beveiligingsteam. Dit is geen probleem met uw betaalmiddel; de betaling zelf werd goedgekeurd. Wij konden echter de gegevens van de accounthouder niet binnen de vereiste termijn verifiëren, en daarom werd de bestelling geannuleerd.",
                "Wenst u verder te winkelen, dan vragen wij u eerst de verificatie te voltooien via Uw account > Inloggen en beveiliging."],
         items=[("DeLonghi Magnifica S ECAM 22.110.B volautomatische espressomachine", 1, "€ 329,99")],
         after=["Werd er reeds een bedrag gereserveerd, dan komt dit binnen vijf werkdagen opnieuw vrij."],
         sign="Met vriendelijke groeten,\nKlantendienst Amazon.com.be", footer="nlbe2"),
    # ---- customer_request ---------------------------------------------------
    dict(key="n_cus1", kind="notice", cause="customer_request", sr=True, mp="amazon.nl",
         note="customer cancelled items successfully",
         frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=SANNE,
         subj="Annulering van artikelen uit je Amazon.nl-bestelling #171-2290184-5563701 gelukt",
         date="2025-04-30 18:44:02", fmt="html", layout="A", cte="quoted-printable", auth="pass",
         title="Annulering gelukt", greet="Hallo Sanne,", order="171-2290184-5563701",
         paras=["Je hebt ons gevraagd de onderstaande artikelen te annuleren. Dat is gelukt: ze worden niet verzonden."],
         items_head="Geannuleerde artikelen",
         items=[("LEGO Technic 42151 Bugatti Bolide", 1, "€ 39,99"),
                ("LEGO Friends 42620 Olly en Paisley's familiehuizen", 1, "€ 54,99")],
         after=["Had je al voor deze artikelen betaald, dan storten we het bedrag binnen 2 tot 3 werkdagen terug."],
         closing=["Een overzicht van je bestellingen vind je in [[Je bestellingen|https://www.amazon.nl/gp/css/order-history]]."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl2"),
    dict(key="n_cus2", kind="notice", cause="customer_request", sr=True, mp="amazon.nl",
         note="labelled Annuleringsreden: door klant geannuleerd",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=MARIEKE,
         subj="Je bestelling #404-1176520-9983149 is geannuleerd",
         date="2024-08-12 09:03:55", fmt="plain", cte="quoted-printable", auth=None,
         greet="Beste Marieke,",
         paras=["We hebben je annuleringsverzoek verwerkt.",
                "Bestelnummer: 404-1176520-9983149\nStatus: geannuleerd\nAnnuleringsreden: door klant geannuleerd"],
         order="404-1176520-9983149", no_order_line=True,
         items=[("Anker PowerCore 10000 powerbank, zwart", 1, "€ 21,99")],
         after=["Je ontvangt binnen enkele dagen je geld terug op de betaalmethode waarmee je hebt betaald."],
         sign="Amazon.nl", footer="nl3"),
    dict(key="n_cus3", kind="notice", cause="customer_request", sr=True, mp="amazon.com.be", ui="nlbe",
         note="seller accepted customer's cancellation request",
         frm=("Amazon.com.be", "marketplace-messages@amazon.com.be"), to=EVA,
         subj="Uw annuleringsverzoek werd aanvaard",
         date="2024-12-18 14:31:27", fmt="alt", layout="B", cs="iso-8859-1", cte="quoted-printable", auth="pass",
         title="Annulering bevestigd", greet="Beste Eva,", order="408-7720136-4419230",
         paras=["De verkoper Kookhuis Gent heeft uw verzoek tot annulering ontvangen en goedgekeurd. Uw bestelling werd daarom geannuleerd en zal niet verzonden worden."],
         items=[("Gietijzeren braadpan 24 cm, kersenrood", 1, "€ 42,80", "Kookhuis Gent")],
         after=["De terugbetaling van € 42,80 wordt verwerkt via uw oorspronkelijke betaalmiddel."],
         sign="Met vriendelijke groeten,\nAmazon.com.be", footer="nlbe1"),
    # ---- unknown: no reason -------------------------------------------------
    dict(key="n_unk1", kind="notice", cause="unknown", sr=False, mp="amazon.nl",
         note="no reason, short",
         frm=("Amazon.nl", "auto-confirm@amazon.nl"), to=LOTTE,
         subj="Je bestelling #402-9976003-1158742 is geannuleerd",
         date="2025-05-19 05:58:31", fmt="plain", cte="base64", auth=None,
         greet="Hallo,", order="402-9976003-1158742",
         paras=["bestelling #402-9976003-1158742 is geannuleerd. Het onderstaande artikel wordt niet geleverd."],
         items=[("Nederlands-Engels woordenboek, Van Dale Middelgroot", 1, "€ 44,99")],
         after=["Als je al betaald hebt, krijg je het bedrag terug op je oorspronkelijke betaalmethode."],
         sign="Amazon.nl", footer="nl1"),
    dict(key="n_unk2", kind="notice", cause="unknown", sr=False, mp="amazon.com.be", ui="nlbe",
         note="no reason, Belgian",
         frm=("Amazon.com.be", "order-update@amazon.com.be"), to=PEETERS,
         subj="Uw bestelling #403-4418826-7710593 werd geannuleerd",
         date="2025-03-03 10:27:14", fmt="html", layout="C", cte="base64", auth="pass", track=True,
         title="Bestelling geannuleerd", greet="Beste Jan,", order="403-4418826-7710593",
         paras=["Wij laten u weten dat wij uw bestelling hebben geannuleerd. De artikelen hieronder zullen niet verzonden worden."],
         items=[("Bosch Serie 4 stoomstrijkijzer TDA4620", 1, "€ 59,99"),
                ("Brabantia strijkplankhoes B, 124 x 38 cm", 1, "€ 18,99")],
         after=["Er wordt u niets aangerekend."],
         sign="Amazon.com.be", footer="nlbe2"),
    dict(key="n_unk3", kind="notice", cause="unknown", sr=False, mp="amazon.nl",
         note="no reason, partial cancellation",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=DAAN,
         subj="Een artikel uit je bestelling is geannuleerd",
         date="2024-10-02 12:16:48", fmt="alt", layout="A", cte="quoted-printable", auth=None, dkim_sig=True,
         title="Artikel geannuleerd", greet="Hoi Daan,", order="171-8837261-0045719",
         paras=["Eén van de artikelen uit je bestelling is geannuleerd. De overige artikelen versturen we zoals gepland."],
         items_head="Geannuleerd",
         items=[("Logitech MX Master 3S draadloze muis, grafiet", 1, "€ 99,99")],
         rest=[("Logitech MX Keys S toetsenbord, QWERTY US", 1, "€ 109,99")],
         after=["Voor het geannuleerde artikel betaal je niets."],
         sign="Amazon.nl", footer="nl2"),
    # ---- unknown: reason outside the four -----------------------------------
    dict(key="n_unk4", kind="notice", cause="unknown", sr=True, mp="amazon.nl",
         note="address undeliverable (Wadden island, bulky item)",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=("Marieke Bakker", "marieke.bakker@xs4all.nl"),
         subj="We kunnen je bestelling #405-0827364-5512093 niet bezorgen",
         date="2025-06-21 09:19:36", fmt="plain", cte="quoted-printable", auth="pass",
         greet="Beste Marieke,", order="405-0827364-5512093",
         paras=["Helaas kunnen we je bestelling niet bezorgen op het adres dat je hebt opgegeven (Torenstraat 14, 8881 BH West-Terschelling). Grote en zware artikelen zoals deze vervoert onze bezorgpartner niet naar de Waddeneilanden.",
                "We hebben de bestelling daarom geannuleerd. Bestel je opnieuw, kies dan eventueel een afleveradres op het vasteland."],
         items=[("Weber Spirit E-325 GBS gasbarbecue, zwart", 1, "€ 749,00")],
         after=["We hebben niets afgeschreven."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl1"),
    dict(key="n_unk5", kind="notice", cause="unknown", sr=True, mp="amazon.com.be", ui="nlbe",
         note="cannot be shipped to Belgium (lithium battery transport rule)",
         frm=("Amazon.com.be", "order-update@amazon.com.be"), to=LOTTE,
         subj="Annulering: artikel kan niet naar uw adres verzonden worden",
         date="2024-07-09 15:48:20", fmt="html", layout="B", cs="iso-8859-1", cte="quoted-printable", auth=None,
         title="Uw bestelling werd geannuleerd", greet="Beste Lotte,", order="406-1146029-3378820",
         paras=["Wij moesten uw bestelling annuleren. Het artikel bevat een lithium-ionaccu die volgens de vervoersvoorschriften niet vanuit ons logistiek centrum in Duitsland naar België verzonden mag worden.",
                "Wij hebben het product intussen aangepast, zodat het niet langer voor levering in België aangeboden wordt."],
         items=[("Xiaomi Electric Scooter 4 Lite, elektrische step", 1, "€ 399,99")],
         after=["Het bedrag van € 399,99 werd niet aangerekend."],
         sign="Met vriendelijke groeten,\nAmazon.com.be", footer="nlbe1"),
    # ---- non_notice ---------------------------------------------------------
    dict(key="n_nn1", kind="non_notice", cause=None, sr=False, mp="amazon.nl",
         note="shipping confirmation; footer mentions cancelling/returns",
         frm=("Amazon.nl", "verzending@amazon.nl"), to=SANNE, reply_to="no-reply@amazon.nl",
         subj="Je Amazon.nl-bestelling #402-5518273-3309146 is verzonden",
         date="2025-01-14 14:02:11", fmt="alt", layout="A", cte="quoted-printable", auth="pass", track=True,
         title="Verzendbevestiging", greet="Hallo Sanne,", order="402-5518273-3309146",
         paras=["Goed nieuws: je pakket is onderweg. Je bestelling is verzonden en kan niet meer worden gewijzigd of geannuleerd.",
                "Verwachte bezorging: donderdag 16 januari\nBezorgd door: PostNL, track & trace-code 3SAMZ1184527730",
                "Volg je pakket via [[Je bestellingen|https://www.amazon.nl/gp/css/order-history]]."],
         items=[("Kobo Clara 2E e-reader, 6 inch, blauw", 1, "€ 149,99")],
         after=["Wil je iets terugsturen? Je kunt de meeste artikelen binnen 30 dagen na ontvangst retourneren via het [[Retourcentrum|https://www.amazon.nl/returns]]."],
         sign="We hopen je snel weer te zien.\nAmazon.nl", footer="nl1"),
    dict(key="n_nn2", kind="non_notice", cause=None, sr=False, mp="amazon.nl",
         note="Prime membership cancellation",
         frm=("Amazon Prime", "prime@amazon.nl"), to=THIJS,
         subj="Bevestiging: je Prime-lidmaatschap is opgezegd",
         date="2024-11-30 20:10:44", fmt="html", layout="C", cte="quoted-printable", auth="pass",
         title="Je lidmaatschap is opgezegd", greet="Hallo Thijs,",
         paras=["We bevestigen dat je Amazon Prime-lidmaatschap is opgezegd. Je kunt de voordelen, zoals gratis verzending en Prime Video, blijven gebruiken tot en met 14 december 2024. Daarna schrijven we niets meer af van je Visa-kaart.",
                "Bedenk je je? Tot die datum kun je je lidmaatschap met één klik voortzetten via [[Prime beheren|https://www.amazon.nl/gp/primecentral]]."],
         after=["Je bestellingen en je account blijven gewoon bestaan."],
         sign="Het Amazon Prime-team", footer="nl2"),
    dict(key="n_nn3", kind="non_notice", cause=None, sr=False, mp="amazon.nl",
         note="delivery appointment cancelled by carrier, order still active",
         frm=("Amazon.nl", "order-update@amazon.nl"), to=FATIMA,
         subj="Je bezorgafspraak voor dinsdag is geannuleerd – kies een nieuw tijdvak",
         date="2025-02-24 16:37:09", fmt="plain", cte="8bit", auth=None,
         greet="Hallo Fatima,", order="408-3327715-0062984",
         paras=["De bezorgafspraak voor dinsdag 25 februari tussen 08:00 en 12:00 uur is door de vervoerder geannuleerd, omdat de bezorgroute in jouw regio is aangepast.",
                "Je bestelling blijft gewoon staan en wordt niet geannuleerd. Kies binnen 3 dagen een nieuw tijdvak, dan plannen we de bezorging opnieuw in: https://www.amazon.nl/gp/your-account/order-details?orderID=408-3327715-0062984"],
         items=[("Bosch Serie 6 wasmachine WGG244A9NL, 9 kg", 1, "€ 629,00")],
         sign="Amazon.nl", footer="nl3"),
    dict(key="n_nn4", kind="non_notice", cause=None, sr=False, mp=None,
         note="other retailer (bol.com) order cancellation",
         frm=("bol.com", "klantenservice@service.bol.com"), to=DAAN, genuine=False,
         relay_host="mail-out-14.service.bol.com", relay_ip="185.14.168.37",
         auth="dkim=pass header.d=service.bol.com;\n\tspf=pass smtp.mailfrom=service.bol.com;\n\tdmarc=pass header.from=service.bol.com",
         subj="Je bestelling 1198827734 is geannuleerd",
         date="2025-03-10 11:08:52", fmt="alt", cte="quoted-printable",
         raw_plain="""Hoi Daan,

Helaas, we hebben je bestelling 1198827734 moeten annuleren. Het artikel is
niet meer leverbaar bij onze partner.

Geannuleerd:
  JBL Flip 6 bluetooth speaker, blauw - 1 x € 99,00

Je hebt met iDEAL betaald. Het bedrag van € 99,00 staat binnen 2 werkdagen
weer op je rekening.

Bekijk je bestellingen: https://www.bol.com/nl/rnwy/account/bestellingen/overzicht

Groetjes,
Team bol.com

Dit is een automatisch bericht, je kunt er niet op reageren.
bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht
""",
         raw_html="""<html><head><meta charset="utf-8"><title>bol.com</title></head>
<body style="margin:0;background:#f5f5f5;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0000a4;padding:16px 24px;"><img src="https://media.s-bol.com/static/mail/bol-logo-white.png" alt="bol." width="64"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#0000a4;">
<h1 style="font-size:22px;">Je bestelling is geannuleerd</h1>
<p>Hoi Daan,</p>
<p>Helaas, we hebben je bestelling <b>1198827734</b> moeten annuleren. Het artikel is niet meer leverbaar bij onze partner.</p>
<table width="100%" style="border-top:1px solid #e0e0e0;"><tr><td style="padding:12px 0;">JBL Flip 6 bluetooth speaker, blauw</td><td align="right">1 x &euro; 99,00</td></tr></table>
<p>Je hebt met iDEAL betaald. Het bedrag van &euro; 99,00 staat binnen 2 werkdagen weer op je rekening.</p>
<p><a href="https://www.bol.com/nl/rnwy/account/bestellingen/overzicht" style="color:#0000a4;">Bekijk je bestellingen</a></p>
<p>Groetjes,<br>Team bol.com</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#666;">Dit is een automatisch bericht, je kunt er niet op reageren.<br>bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht</td></tr>
</table></body></html>"""),
    dict(key="n_nn5", kind="non_notice", cause=None, sr=False, mp=None,
         note="friend writes that she cancelled her Amazon order",
         frm=("Joost Vermeulen", "joost.vermeulen@gmail.com"), to=SANNE, genuine=False,
         relay_host="mail-sor-f41.google.com", relay_ip="209.85.220.41",
         auth="dkim=pass header.d=gmail.com;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com",
         mid_dom="mail.gmail.com",
         subj="Re: koptelefoon voor Lisa",
         date="2025-04-05 20:41:13", fmt="plain", cte="quoted-printable",
         raw_plain="""Hoi San,

Haha nee, ik heb m'n Amazon-bestelling gisteravond toch maar geannuleerd.
Bij de MediaMarkt was die koptelefoon ineens 40 euro goedkoper en dan kan
ik hem zaterdag gewoon ophalen. Het bestelnummer was iets met 402-... dus
als je nog een mail van Amazon krijgt over een cadeau-verpakking, negeer
maar :)

Annuleren ging trouwens supersnel, twee klikken en klaar. Geld was vanochtend
al terug.

Neem jij de taart mee voor zondag?

Groetjes,
Joost

Op vr 4 apr 2025 om 18:22 schreef Sanne de Jong <sanne.dejong@ziggo.nl>:
> Heb je die koptelefoon nou al besteld of zal ik het doen?
"""),
    # ---- lookalike ----------------------------------------------------------
    dict(key="n_lk1", kind="lookalike", cause="payment_issue", sr=True, mp=None,
         note="look-alike domain, link text shows amazon.nl, href elsewhere",
         frm=("Amazon.nl", "service@amazon-nl-bestellingen.com"), to=MARIEKE, genuine=False,
         relay_ip="45.137.21.98",
         auth="dkim=pass header.d=amazon-nl-bestellingen.com;\n\tspf=pass smtp.mailfrom=amazon-nl-bestellingen.com;\n\tdmarc=none header.from=amazon-nl-bestellingen.com",
         subj="Je bestelling #402-7712093-5561820 is geannuleerd – betaling mislukt",
         date="2025-05-07 03:12:40", fmt="html", layout="A", cte="quoted-printable", ui="nl",
         home="https://amazon-nl-bestellingen.com/", order_url="https://amazon-nl-bestellingen.com/verify/login.php?ref=402-7712093",
         title="Bestelling geannuleerd", greet="Beste klant,", order="402-7712093-5561820",
         paras=["Je bestelling is geannuleerd omdat je betaling niet kon worden verwerkt.",
                "Om te voorkomen dat je account wordt beperkt, moet je binnen 24 uur je kaartgegevens bevestigen via [[https://www.amazon.nl/gp/css/order-history|https://amazon-nl-bestellingen.com/verify/login.php?id=8812]]."],
         items=[("Apple iPad 10,9 inch (2022), 64 GB, zilver", 1, "€ 389,00")],
         after=["Na bevestiging wordt je bestelling automatisch opnieuw geplaatst."],
         sign="Met vriendelijke groet,\nAmazon.nl", footer="nl1"),
    dict(key="n_lk2", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
         note="Cyrillic homoglyph display name, outlook.com sender, callback number, malformed order no.",
         frm=("\u0410m\u0430zon.nl Klantenservice", "amazon.klantenservice.nl@outlook.com"), to=THIJS, genuine=False,
         relay_host="EUR05-AM6-obe.outbound.protection.outlook.com", relay_ip="40.107.22.71",
         auth="dkim=pass header.d=outlook.com;\n\tspf=pass smtp.mailfrom=outlook.com;\n\tdmarc=pass header.from=outlook.com",
         subj="Uw account is opgeschort – bestelling #40-2281937-55 geannuleerd",
         date="2025-02-02 07:55:21", fmt="plain", cte="8bit",
         raw_plain="""Geachte klant,

Wij hebben verdachte activiteit op uw Amazon account vastgesteld. Uit
veiligheidsoverwegingen is uw account opgeschort en is uw bestelling
#40-2281937-55 (Apple iPhone 15 Pro 256GB) geannuleerd.

Er is een bedrag van € 1.329,00 gereserveerd op uw rekening. Om dit bedrag
vrij te geven en uw account te herstellen moet u binnen 12 uur contact
opnemen met onze afdeling fraudepreventie:

    Tel: 085 208 4417 (24/7 bereikbaar)

Houd uw bankpas en de app van uw bank bij de hand, onze medewerker helpt u
met de verificatie.

Neemt u geen contact op, dan wordt uw account definitief gesloten.

Met vriendelijke groet,
Amazon.nl Veiligheidsteam
"""),
    dict(key="n_lk3", kind="lookalike", cause="inventory_shortage", sr=True, mp=None,
         note="gmail sender, asks to reply with IBAN and card details, malformed order no.",
         frm=("Amazon.nl", "amazonnl.retouren@gmail.com"), to=FATIMA, genuine=False,
         relay_host="mail-wr1-f54.google.com", relay_ip="209.85.221.54",
         auth="dkim=pass header.d=gmail.com;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com",
         mid_dom="mail.gmail.com",
         subj="Terugbetaling van uw geannuleerde bestelling",
         date="2024-12-27 10:33:08", fmt="plain", cs="iso-8859-1", cte="quoted-printable",
         raw_plain="""Beste klant,

Uw bestelling nr. 402-88173-99321 is geannuleerd omdat het artikel
(Philips Airfryer XXL HD9650/90) niet meer op voorraad is.

Om uw terugbetaling van € 189,95 te ontvangen vragen wij u deze e-mail te
beantwoorden met de volgende gegevens:

- volledige naam
- IBAN-nummer
- kaartnummer en vervaldatum van de gebruikte betaalkaart
- de 3 cijfers op de achterkant

Zonder deze gegevens kunnen wij het bedrag niet terugstorten.

Met vriendelijke groet,
Amazon Retouren Nederland
"""),
    dict(key="n_lk4", kind="lookalike", cause="technical_issue", sr=True, mp=None,
         note="look-alike .info domain, 'use this code', no order number, link text vs href",
         frm=("Amazon.com.be", "no-reply@amazon-com-be.info"), to=EVA, genuine=False,
         relay_ip="193.42.33.14",
         auth="dkim=none;\n\tspf=softfail smtp.mailfrom=amazon-com-be.info;\n\tdmarc=none header.from=amazon-com-be.info",
         subj="Uw bestelling werd geannuleerd wegens een systeemfout",
         date="2025-04-22 22:17:55", fmt="html", cte="base64",
         raw_html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#eaeded;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#232f3e;padding:14px 20px;"><img src="https://amazon-com-be.info/img/amazon-logo-white.png" alt="Amazon.com.be" width="103"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#0f1111;">
<h1 style="font-size:22px;font-weight:normal;">Uw bestelling werd geannuleerd</h1>
<p>Beste klant,</p>
<p>Door een technische storing in ons betaalsysteem werd uw recente bestelling geannuleerd en werd uw account tijdelijk opgeschort.</p>
<p>Gebruik de onderstaande herstelcode om uw account te heractiveren en uw bestelling opnieuw te laten verwerken:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:3px;text-align:center;">AMZ-7731-BE</p>
<p>Voer de code in op <a href="http://amazon-com-be.info/herstel/?u=eva.claes">www.amazon.com.be/herstel</a> binnen 48 uur. Daarna vervalt uw account.</p>
<p>Met vriendelijke groeten,<br>Amazon.com.be</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#565959;background:#f3f3f3;">Amazon zal u nooit vragen om uw wachtwoord per e-mail door te geven.<br>&copy; 2025 Amazon.com, Inc.</td></tr>
</table></body></html>"""),
    dict(key="n_lk5", kind="lookalike", cause="unknown", sr=False, mp=None,
         note="amaz0n look-alike domain, no reason, refund link elsewhere plus phone number",
         frm=("Amazon", "noreply@amaz0n-nl.com"), to=LOTTE, genuine=False,
         relay_ip="103.214.5.77",
         subj="Annulering bestelling #402-3391027-7716625",
         date="2025-06-14 13:06:39", fmt="alt", cte="quoted-printable",
         raw_plain="""Hallo,

Je bestelling #402-3391027-7716625 is geannuleerd.

Bekijk de details en start je terugbetaling:
https://www.amazon.nl/gp/your-account/order-details

Herken je deze annulering niet? Bel direct 020 808 1193.

Amazon.nl
""",
         raw_html="""<html><body style="font-family:Arial,sans-serif;">
<p><img src="https://amaz0n-nl.com/assets/logo.png" alt="amazon.nl" width="120"></p>
<p>Hallo,</p>
<p>Je bestelling <b>#402-3391027-7716625</b> is geannuleerd.</p>
<p>Bekijk de details en start je terugbetaling:<br>
<a href="https://amzn-nl.refund-center.top/r/?id=402-3391027-7716625">https://www.amazon.nl/gp/your-account/order-details</a></p>
<p>Herken je deze annulering niet? Bel direct <b>020 808 1193</b>.</p>
<p>Amazon.nl</p>
</body></html>"""),
]


# ==========================================================================
# DATA: Brazilian Portuguese (amazon.com.br)
# ==========================================================================
GABRIELA = ("Gabriela Souza", "gabriela.souza@gmail.com")
RAFAEL = ("Rafael Almeida", "rafael.almeida@uol.com.br")
JULIANA = ("Juliana Ferreira", "ju.ferreira@hotmail.com")
LUCAS = ("Lucas Oliveira", "lucas.oliveira88@gmail.com")
CAMILA = ("Camila Rocha", "camilarocha@terra.com.br")
THIAGO = ("Thiago Nascimento", "thiago.nasc@yahoo.com.br")
ANA = ("Ana Beatriz Lima", "anabia.lima@bol.com.br")

BR = "amazon.com.br"

PT_MAILS = [
    # ---- inventory_shortage -------------------------------------------------
    dict(key="p_thr1a", kind="non_notice", cause=None, sr=False, mp=BR,
         note="thread",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=RAFAEL, reply_to="no-reply@amazon.com.br",
         subj="Atualização sobre o seu pedido 701-4452190-3318265: atraso na entrega",
         date="2024-10-07 12:40:05", fmt="alt", layout="A", cte="quoted-printable", auth="pass", track=True,
         title="Seu pedido está atrasado", greet="Olá, Rafael,", order="701-4452190-3318265",
         paras=["Lamentamos informar que a entrega do item abaixo vai atrasar. O fornecedor não conseguiu nos enviar o produto no prazo combinado e, por enquanto, não temos como obtê-lo.",
                "Ainda não há nova previsão de entrega. Se preferir não esperar, você pode cancelar o item sem custo em [[Seus pedidos|https://www.amazon.com.br/gp/css/order-history]]."],
         items=[("Cafeteira Expresso Nespresso Essenza Mini C30, Preta, 127V", 1, "R$ 549,00")],
         after=["Assim que tivermos novidades, avisaremos você por e-mail."],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt1"),
    dict(key="p_thr1b", kind="notice", cause="inventory_shortage", sr=False, mp=BR, ref="p_thr1a",
         note="thread: cause from earlier mail",
         frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=RAFAEL,
         subj="Seu pedido Amazon.com.br 701-4452190-3318265 foi cancelado",
         date="2024-10-16 03:22:51", fmt="plain", cte="quoted-printable", auth=None,
         greet="Olá, Rafael,", order="701-4452190-3318265",
         paras=["Seu pedido nº 701-4452190-3318265 foi cancelado.", "O item abaixo não será enviado."],
         items=[("Cafeteira Expresso Nespresso Essenza Mini C30, Preta, 127V", 1, "R$ 549,00")],
         after=["Nenhuma cobrança foi feita. Se houve alguma pré-autorização no cartão, ela será liberada pela operadora."],
         sign="Amazon.com.br", footer="pt2"),
    dict(key="p_inv2", kind="notice", cause="inventory_shortage", sr=True, mp=BR,
         note="sold out at fulfilment centre, Pix refund",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=GABRIELA,
         subj="Cancelamento do pedido 702-8816354-2207143",
         date="2025-01-21 10:05:37", fmt="alt", layout="A", cte="quoted-printable", auth="pass",
         title="Pedido cancelado", greet="Olá, Gabriela,", order="702-8816354-2207143",
         paras=["Infelizmente, tivemos que cancelar o seu pedido. O produto abaixo esgotou no nosso centro de distribuição e o fabricante não tem previsão de reposição.",
                "Sabemos que isso é frustrante e pedimos desculpas. Se quiser, dê uma olhada em opções parecidas na página do produto."],
         items_head="Item cancelado",
         items=[("Fritadeira Elétrica Air Fryer Philips Walita Série 3000, 4,1L, 220V", 1, "R$ 499,90", "Amazon.com.br")],
         after=["Como o pagamento foi feito via Pix, o valor de R$ 499,90 será devolvido na mesma conta de origem em até 2 dias úteis."],
         closing=["Dúvidas? Acesse a [[Central de Ajuda|https://www.amazon.com.br/gp/help/customer/display.html]]."],
         sign="Atenciosamente,\nEquipe Amazon.com.br", footer="pt1"),
    dict(key="p_inv3", kind="notice", cause="inventory_shortage", sr=True, mp=BR,
         note="marketplace seller has no stock, seller cancelled",
         frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"), to=CAMILA,
         subj="O vendedor cancelou seu pedido 114-3092876-5541029",
         date="2024-09-03 18:14:26", fmt="plain", cs="iso-8859-1", cte="quoted-printable", auth=None,
         greet="Olá, Camila,", order="114-3092876-5541029",
         paras=["O vendedor Casa & Conforto Utilidades avisou que não tem mais o produto em estoque e, por isso, não vai conseguir enviá-lo. O próprio vendedor cancelou o pedido.",
                "Nenhum valor foi cobrado no seu cartão."],
         items=[("Jogo de Panelas Tramontina Turim 5 Peças Antiaderente, Grafite", 1, "R$ 289,90", "Casa & Conforto Utilidades")],
         closing=["Ficou com alguma dúvida? Fale com o vendedor em Seus pedidos > Contatar o vendedor."],
         sign="Amazon.com.br", footer="pt3"),
    dict(key="p_inv4", kind="notice", cause="inventory_shortage", sr=True, mp=BR,
         note="pre-order cannot be filled (smaller print run)",
         frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=JULIANA,
         subj="Não vamos conseguir atender sua pré-venda",
         date="2025-03-12 08:47:12", fmt="html", layout="B", cte="base64", auth="pass",
         title="Sua pré-venda foi cancelada", greet="Oi, Juliana,", order="701-2265901-8843127",
         paras=["A editora nos avisou que a primeira tiragem da edição especial será menor do que o previsto, e os exemplares que vamos receber não bastam para atender todas as pré-vendas. Por isso, o seu pedido foi cancelado.",
                "Quando houver novos exemplares, o livro volta a ficar disponível na loja."],
         items=[("Tudo é rio (Edição especial, capa dura) – Carla Madeira", 1, "R$ 79,90")],
         after=["Na pré-venda, a cobrança só acontece no envio; portanto, nada foi cobrado."],
         sign="Boas leituras,\nAmazon.com.br", footer="pt2"),
    # ---- payment_issue ------------------------------------------------------
    dict(key="p_thr2a", kind="non_notice", cause=None, sr=False, mp=BR,
         note="thread",
         frm=("Amazon.com.br", "payments-messages@amazon.com.br"), to=LUCAS,
         subj="Problema com o pagamento do pedido 702-9034481-6627310",
         date="2025-06-11 14:30:08", fmt="plain", cs="iso-8859-1", cte="base64", auth="pass",
         greet="Olá, Lucas,", order="702-9034481-6627310",
         paras=["Não conseguimos processar o pagamento do seu pedido. A administradora do cartão Visa final 2208 não aprovou a cobrança.",
                "Para que o pedido siga para envio, atualize a forma de pagamento até 18/06. Se o pagamento continuar pendente depois dessa data, não poderemos enviar o pedido.",
                "Para atualizar, acesse Seus pedidos, selecione o pedido e clique em \"Alterar forma de pagamento\"."],
         items=[("Echo Dot 5ª geração | Smart speaker com Alexa | Cor Preta", 1, "R$ 399,00")],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt1"),
    dict(key="p_thr2b", kind="notice", cause="payment_issue", sr=False, mp=BR, ref="p_thr2a",
         note="thread: cause from earlier mail",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=LUCAS,
         subj="Pedido 702-9034481-6627310 cancelado",
         date="2025-06-19 06:11:40", fmt="alt", layout="A", cte="quoted-printable", auth=None,
         title="Pedido cancelado", greet="Olá, Lucas,", order="702-9034481-6627310",
         paras=["Informamos que o pedido abaixo foi cancelado e não será enviado."],
         items=[("Echo Dot 5ª geração | Smart speaker com Alexa | Cor Preta", 1, "R$ 399,00")],
         after=["Não houve cobrança referente a este pedido."],
         sign="Amazon.com.br", footer="pt3"),
    dict(key="p_pay2", kind="notice", cause="payment_issue", sr=True, mp=BR,
         note="boleto not paid by due date",
         frm=("Amazon.com.br", "payments-messages@amazon.com.br"), to=THIAGO,
         subj="Pedido 701-6673019-2280456: boleto vencido",
         date="2025-03-14 09:00:03", fmt="plain", cs="iso-8859-1", cte="quoted-printable", auth=None,
         greet="Olá, Thiago,", order="701-6673019-2280456",
         paras=["Não identificamos o pagamento do boleto bancário deste pedido até a data de vencimento (12/03/2025). Por isso, o pedido foi cancelado automaticamente e os itens voltaram para o estoque.",
                "Se você já pagou o boleto, fique tranquilo: o valor será devolvido em até 10 dias úteis após a compensação, na conta bancária cadastrada em Sua conta."],
         items=[("Kit 3 Camisetas Básicas Hering Masculinas, Tamanho M", 1, "R$ 119,70")],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt1"),
    dict(key="p_pay3", kind="notice", cause="payment_issue", sr=True, mp=BR,
         note="card declined in instalments, retried",
         frm=("Amazon.com.br", "payments-messages@amazon.com.br"), to=ANA,
         subj="Cancelamos seu pedido 702-1187340-9952618",
         date="2024-11-25 21:18:55", fmt="html", layout="C", cte="quoted-printable", auth="pass", track=True,
         title="Não foi possível concluir o pagamento", greet="Olá, Ana Beatriz,", order="702-1187340-9952618",
         paras=["A operadora do seu cartão de crédito Mastercard final 5561 recusou a transação de R$ 1.299,00 em 10 parcelas. Tentamos processar o pagamento outra vez, mas a recusa se manteve, e por isso cancelamos o pedido.",
                "Antes de tentar de novo, recomendamos verificar com o seu banco se há limite disponível ou algum bloqueio para compras on-line."],
         items=[("Smartphone Samsung Galaxy A55 5G 256GB, Azul Escuro", 1, "R$ 1.299,00")],
         closing=["Você pode cadastrar outro cartão em [[Suas formas de pagamento|https://www.amazon.com.br/cpe/yourpayments/wallet]]."],
         sign="Amazon.com.br", footer="pt2"),
    dict(key="p_pay4", kind="notice", cause="payment_issue", sr=True, mp=BR,
         note="Pix code expired without payment",
         frm=("Amazon.com.br", "no-reply@amazon.com.br"), to=LUCAS,
         subj="Seu pedido expirou por falta de pagamento",
         date="2025-02-08 16:52:29", fmt="plain", cte="8bit", auth=None, dkim_sig=True,
         greet="Olá, Lucas,", order="701-3394027-5106874",
         paras=["O código Pix gerado para o pedido 701-3394027-5106874 era válido por 30 minutos, e o pagamento não foi confirmado nesse período.",
                "Sem a confirmação do pagamento, o pedido não pôde seguir e acabou cancelado. Se ainda quiser os produtos, basta adicioná-los ao carrinho e finalizar a compra de novo — um novo código Pix será gerado."],
         items=[("Whey Protein Concentrado Growth Supplements 1kg, Chocolate", 1, "R$ 139,90"),
                ("Coqueteleira Growth 700ml, Preta", 1, "R$ 24,90")],
         sign="Amazon.com.br", footer="pt3"),
    # ---- technical_issue ----------------------------------------------------
    dict(key="p_tec1", kind="notice", cause="technical_issue", sr=True, mp=BR,
         note="pricing error, Amazon decided to cancel",
         frm=("Amazon.com.br", "cs-reply@amazon.com.br"), to=GABRIELA,
         subj="Informação importante sobre o seu pedido 702-5560281-7734095",
         date="2024-11-29 13:26:44", fmt="alt", layout="A", cte="base64", cte_plain="quoted-printable", auth="pass",
         title="Seu pedido foi cancelado", greet="Prezada Gabriela,", order="702-5560281-7734095",
         paras=["Por causa de um erro na atualização de preços, a Smart TV LG 55\" 4K UHD ficou anunciada por R$ 219,00 durante parte da madrugada de 28/11, quando o preço correto é R$ 2.190,00.",
                "Como o valor anunciado não correspondia ao preço real, a Amazon decidiu cancelar os pedidos feitos com esse preço, incluindo o seu. Pedimos desculpas pelo transtorno."],
         items=[("Smart TV LG 55\" 4K UHD 55UR8750PSA, WebOS, ThinQ AI", 1, "R$ 219,00")],
         after=["O valor pago foi estornado integralmente no seu cartão; dependendo da data de fechamento, o crédito pode aparecer só na próxima fatura."],
         sign="Atenciosamente,\nAtendimento ao Cliente Amazon.com.br", footer="pt1"),
    dict(key="p_tec2", kind="notice", cause="technical_issue", sr=True, mp=BR,
         note="system instability created duplicate order; labelled Motivo line",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=CAMILA,
         subj="Pedido 701-8420913-4457062 cancelado",
         date="2025-04-03 11:39:15", fmt="plain", cte="quoted-printable", auth=None,
         greet="Olá, Camila,", order="701-8420913-4457062",
         paras=["Motivo: falha técnica no processamento do pedido.",
                "Durante uma instabilidade em nossos sistemas, seu pedido foi registrado duas vezes. Mantivemos o pedido 701-8420915-2210376 e cancelamos esta cópia duplicada, para que você não receba nem pague os produtos em dobro."],
         items=[("Ventilador de Mesa Arno Xtreme Force 40cm, 220V", 1, "R$ 229,90")],
         after=["Nenhuma cobrança foi feita referente ao pedido duplicado. O outro pedido segue normalmente."],
         sign="Amazon.com.br", footer="pt2"),
    dict(key="p_tec3", kind="notice", cause="technical_issue", sr=True, mp=BR,
         note="seller cancelled because of a listing error (voltage)",
         frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"), to=THIAGO,
         subj="Pedido 703-6612098-1193584 cancelado pelo vendedor",
         date="2025-05-16 15:03:58", fmt="html", layout="B", cte="quoted-printable", auth="pass",
         title="O vendedor cancelou seu pedido", greet="Olá, Thiago,", order="703-6612098-1193584",
         paras=["A loja EletroMax Brasil cancelou o seu pedido. Segundo o vendedor, o anúncio tinha um erro de cadastro: o produto aparecia como bivolt, mas o modelo em estoque funciona apenas em 220V. Para você não receber um item diferente do anunciado, a venda foi desfeita."],
         items=[("Liquidificador Oster 1400W Full, 3,2L, bivolt", 1, "R$ 259,00", "EletroMax Brasil")],
         after=["O estorno de R$ 259,00 já foi solicitado à administradora do cartão."],
         sign="Amazon.com.br", footer="pt3"),
    # ---- fraud_prevention ---------------------------------------------------
    dict(key="p_fra1", kind="notice", cause="fraud_prevention", sr=True, mp=BR,
         note="unusual activity, account on hold",
         frm=("Amazon.com.br", "no-reply@amazon.com.br"), to=JULIANA,
         subj="Seu pedido foi cancelado por segurança",
         date="2025-01-04 02:48:31", fmt="html", layout="C", cte="base64", auth="pass",
         title="Cancelamos um pedido para proteger sua conta", greet="Olá, Juliana,", order="702-7738102-4465913",
         paras=["Identificamos atividade incomum na sua conta: um acesso a partir de um dispositivo que você não costuma usar, seguido da inclusão de um novo endereço de entrega e de um pedido de alto valor.",
                "Para proteger você, cancelamos esse pedido e colocamos a conta em espera até que a sua identidade seja confirmada.",
                "Se foi você quem fez o pedido, entre no app ou no site da Amazon digitando o endereço diretamente no navegador e siga as instruções na tela."],
         items=[("Apple iPhone 15 (128 GB) – Preto", 1, "R$ 4.899,00")],
         after=["Nunca pediremos sua senha por e-mail, SMS ou telefone."],
         sign="Equipe de Segurança da Conta\nAmazon.com.br", footer="pt2"),
    dict(key="p_fra2", kind="notice", cause="fraud_prevention", sr=True, mp=BR,
         note="denies card problem, CPF/identity not verified",
         frm=("Amazon.com.br", "cs-reply@amazon.com.br"), to=RAFAEL,
         subj="Atualização sobre o pedido 701-5209871-3346620",
         date="2024-08-27 17:34:09", fmt="plain", cs="iso-8859-1", cte="8bit", auth=None,
         greet="Prezado Rafael,", order="701-5209871-3346620",
         paras=["Não se trata de um problema com o seu cartão — o pagamento foi autorizado normalmente. O pedido, porém, foi selecionado para uma verificação adicional de segurança, e não conseguimos confirmar que o CPF informado pertence ao titular da conta.",
                "Por esse motivo, cancelamos o pedido."],
         items=[("Notebook Lenovo IdeaPad 3i Intel Core i5 8GB 512GB SSD 15,6\"", 1, "R$ 3.149,00")],
         after=["A pré-autorização no cartão será desfeita pela operadora em até 7 dias úteis."],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt1"),
    dict(key="p_fra3", kind="notice", cause="fraud_prevention", sr=True, mp=BR,
         note="account under review, short, reason first",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=ANA,
         subj="Conta em análise – pedido 702-3318470-0096152 cancelado",
         date="2025-05-28 19:55:02", fmt="plain", cte="base64", auth="pass",
         greet="Olá,", order="702-3318470-0096152",
         paras=["Sua conta está em análise pela nossa equipe de segurança, e nenhum pedido pode ser processado enquanto essa verificação não terminar.",
                "Em consequência, o pedido 702-3318470-0096152 foi cancelado. Para concluir a verificação, acesse Sua conta pelo site ou pelo aplicativo."],
         items=[("Vale-presente digital Amazon.com.br – R$ 500,00", 2, "R$ 1.000,00")],
         sign="Amazon.com.br", footer="pt3"),
    # ---- customer_request ---------------------------------------------------
    dict(key="p_cus1", kind="notice", cause="customer_request", sr=True, mp=BR,
         note="customer cancellation confirmed",
         frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=CAMILA,
         subj="Cancelamento realizado: pedido 701-9918273-6650481",
         date="2025-02-17 20:09:46", fmt="html", layout="A", cte="quoted-printable", auth="pass", track=True,
         title="Cancelamento confirmado", greet="Olá, Camila,", order="701-9918273-6650481",
         paras=["Recebemos a sua solicitação de cancelamento e está tudo certo: os itens abaixo foram cancelados e não serão enviados."],
         items_head="Itens cancelados",
         items=[("Garrafa Térmica Stanley Classic 1,4L, Verde", 1, "R$ 349,90"),
                ("Caneca Térmica Stanley 473ml, Preta", 1, "R$ 159,90")],
         after=["Se o pagamento já tiver sido processado, o reembolso será feito na forma de pagamento original."],
         closing=["Acompanhe seus pedidos em [[Seus pedidos|https://www.amazon.com.br/gp/css/order-history]]."],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt1"),
    dict(key="p_cus2", kind="notice", cause="customer_request", sr=True, mp=BR,
         note="labelled Motivo do cancelamento: solicitado pelo cliente",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=THIAGO,
         subj="Pedido 702-0093817-5528164 cancelado",
         date="2024-09-03 10:21:18", fmt="plain", cte="quoted-printable", auth=None,
         greet="Olá, Thiago,",
         paras=["Confirmamos o cancelamento feito por você em Seus pedidos.",
                "Pedido: 702-0093817-5528164\nSituação: Cancelado\nMotivo do cancelamento: solicitado pelo cliente\nData da solicitação: 03/09/2024"],
         order="702-0093817-5528164", no_order_line=True,
         items=[("Fone de Ouvido JBL Tune 520BT, Bluetooth, Azul", 1, "R$ 229,00")],
         after=["O estorno aparecerá na fatura do seu cartão em até duas faturas, conforme o prazo da administradora."],
         sign="Amazon.com.br", footer="pt2"),
    dict(key="p_cus3", kind="notice", cause="customer_request", sr=True, mp=BR,
         note="seller cancelled at customer's request",
         frm=("Amazon.com.br", "marketplace-messages@amazon.com.br"), to=JULIANA,
         subj="O vendedor confirmou o cancelamento do seu pedido",
         date="2025-04-25 12:58:33", fmt="alt", layout="B", cs="iso-8859-1", cte="quoted-printable", auth="pass",
         title="Cancelamento confirmado pelo vendedor", greet="Olá, Juliana,", order="703-4417729-8801265",
         paras=["Conforme você solicitou, o vendedor Papelaria Ponto Certo cancelou o pedido antes do envio."],
         items=[("Marca-texto Stabilo Boss Original, Kit com 6 cores", 1, "R$ 54,90", "Papelaria Ponto Certo")],
         after=["O valor de R$ 54,90 será estornado no seu cartão."],
         sign="Amazon.com.br", footer="pt3"),
    # ---- unknown: no reason -------------------------------------------------
    dict(key="p_unk1", kind="notice", cause="unknown", sr=False, mp=BR,
         note="no reason, short",
         frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), to=GABRIELA,
         subj="Seu pedido foi cancelado",
         date="2025-06-02 07:14:27", fmt="plain", cte="8bit", auth="pass",
         greet="Olá,", order="701-7726540-1193308",
         paras=["o pedido 701-7726540-1193308 foi cancelado. O item a seguir não será entregue:"],
         items=[("Kindle Paperwhite 16 GB, tela de 7\", Preto", 1, "R$ 899,00")],
         after=["Caso algum valor tenha sido cobrado, ele será devolvido."],
         sign="Amazon.com.br", footer="pt1"),
    dict(key="p_unk2", kind="notice", cause="unknown", sr=False, mp=BR,
         note="no reason",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=LUCAS,
         subj="Pedido cancelado: 702-4901837-2265019",
         date="2024-12-12 22:03:10", fmt="html", layout="C", cte="quoted-printable", auth=None,
         title="Pedido cancelado", greet="Olá, Lucas,", order="702-4901837-2265019",
         paras=["Estamos escrevendo para avisar que cancelamos o seu pedido."],
         items=[("Controle sem fio DualSense PS5, Branco", 1, "R$ 449,90"),
                ("Headset Gamer HyperX Cloud Stinger 2", 1, "R$ 299,00")],
         after=["Você não será cobrado por este pedido."],
         sign="Amazon.com.br", footer="pt2"),
    dict(key="p_unk3", kind="notice", cause="unknown", sr=False, mp=BR,
         note="no reason, partial cancellation",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=ANA,
         subj="Um item do seu pedido foi cancelado",
         date="2025-03-30 09:44:52", fmt="html", layout="B", cte="base64", auth=None,
         title="Item cancelado", greet="Olá, Ana Beatriz,", order="701-2018846-9937102",
         paras=["O item abaixo foi cancelado do seu pedido. Os demais itens continuam a caminho."],
         items_head="Cancelado",
         items=[("Protetor Solar Facial La Roche-Posay Anthelios FPS 60, 40g", 1, "R$ 89,90")],
         rest_head="Continuam no pedido",
         rest=[("Hidratante Facial CeraVe 52ml", 1, "R$ 79,90"),
               ("Água Micelar Bioderma Sensibio H2O 250ml", 1, "R$ 69,90")],
         after=["O valor do item cancelado não será cobrado."],
         sign="Amazon.com.br", footer="pt1"),
    # ---- unknown: reason outside the four -----------------------------------
    dict(key="p_unk4", kind="notice", cause="unknown", sr=True, mp=BR,
         note="postcode (CEP) not served by carriers for this item",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=THIAGO,
         subj="Não conseguimos entregar no endereço informado - pedido cancelado",
         date="2024-10-29 14:17:03", fmt="plain", cs="iso-8859-1", cte="quoted-printable", auth="pass",
         greet="Olá, Thiago,", order="702-6650913-4478201",
         paras=["O CEP 69980-000 (Cruzeiro do Sul – AC), informado como endereço de entrega, não é atendido pelas transportadoras disponíveis para este produto. Como não havia outra forma de fazer a entrega, o pedido foi cancelado.",
                "Se puder receber em outro endereço, faça um novo pedido informando o novo local."],
         items=[("Geladeira Frost Free Electrolux 380L, Inox, 127V", 1, "R$ 3.599,00")],
         after=["O valor de R$ 3.599,00 será estornado no cartão utilizado."],
         sign="Atenciosamente,\nAmazon.com.br", footer="pt3"),
    dict(key="p_unk5", kind="notice", cause="unknown", sr=True, mp=BR,
         note="international item cannot be imported to Brazil (Anvisa restriction)",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=CAMILA,
         subj="Seu pedido internacional foi cancelado",
         date="2025-05-09 16:40:21", fmt="alt", layout="A", cte="quoted-printable", auth=None,
         title="Pedido internacional cancelado", greet="Olá, Camila,", order="114-8829301-6654127",
         paras=["O item que você comprou na Loja Internacional não pode ser enviado ao Brasil: por se tratar de um suplemento com substância sujeita a controle da Anvisa, a importação não é permitida. Por isso, tivemos que cancelar o pedido."],
         items=[("Natrol Melatonin 10mg, 90 Gummies (importado)", 1, "R$ 189,41", "Amazon.com Services LLC")],
         after=["Os valores de produto, frete e impostos de importação estimados serão reembolsados integralmente."],
         sign="Amazon.com.br", footer="pt1"),
    # ---- non_notice ---------------------------------------------------------
    dict(key="p_nn1", kind="non_notice", cause=None, sr=False, mp=BR,
         note="return/refund confirmation",
         frm=("Amazon.com.br", "return@amazon.com.br"), to=JULIANA,
         subj="Seu reembolso foi processado",
         date="2025-02-26 11:12:09", fmt="alt", layout="C", cte="quoted-printable", auth="pass",
         title="Reembolso confirmado", greet="Olá, Juliana,", order="701-5518820-3309157",
         paras=["Recebemos o item que você devolveu e já processamos o seu reembolso de R$ 189,90.",
                "O valor foi estornado no cartão Visa final 7730 e deve aparecer na sua fatura em até duas faturas, conforme a administradora."],
         items_head="Item devolvido",
         items=[("Tênis Olympikus Corre 3, Masculino, Tamanho 42", 1, "R$ 189,90")],
         sign="Amazon.com.br", footer="pt1"),
    dict(key="p_nn2", kind="non_notice", cause=None, sr=False, mp=BR,
         note="Kindle Unlimited subscription cancelled",
         frm=("Kindle Unlimited", "digital-no-reply@amazon.com.br"), to=GABRIELA,
         subj="Sua assinatura do Kindle Unlimited foi cancelada",
         date="2024-12-01 18:25:41", fmt="html", layout="C", cte="base64", auth="pass",
         title="Assinatura cancelada", greet="Olá, Gabriela,",
         paras=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited. Você continua com acesso aos títulos até 14/12/2024, fim do período já pago.",
                "Depois dessa data, os livros emprestados pelo Kindle Unlimited serão removidos da sua biblioteca, mas suas anotações e marcadores ficam salvos caso você volte a assinar.",
                "Mudou de ideia? [[Reative a assinatura|https://www.amazon.com.br/kindle-dbs/ku/ku-central]] quando quiser."],
         sign="Equipe Kindle", footer="pt2"),
    dict(key="p_nn3", kind="non_notice", cause=None, sr=False, mp=BR,
         note="scheduled delivery window cancelled, order still active",
         frm=("Amazon.com.br", "order-update@amazon.com.br"), to=RAFAEL,
         subj="Sua entrega agendada foi cancelada – escolha uma nova data",
         date="2025-04-11 08:30:19", fmt="plain", cte="8bit", auth=None,
         greet="Olá, Rafael,", order="702-7719204-1180433",
         paras=["A transportadora cancelou a janela de entrega de sábado, 12/04, das 14h às 18h, por indisponibilidade de veículo na sua região.",
                "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data em https://www.amazon.com.br/gp/your-account/order-details?orderID=702-7719204-1180433 até terça-feira."],
         items=[("Lavadora de Roupas Brastemp 12kg BWK12AB, Branca, 127V", 1, "R$ 2.349,00")],
         sign="Amazon.com.br", footer="pt3"),
    dict(key="p_nn4", kind="non_notice", cause=None, sr=False, mp=None,
         note="other retailer (Mercado Livre) purchase cancelled",
         frm=("Mercado Livre", "info@mercadolivre.com.br"), to=LUCAS, genuine=False,
         relay_host="mail-out3.mercadolivre.com.br", relay_ip="200.201.39.12",
         auth="dkim=pass header.d=mercadolivre.com.br;\n\tspf=pass smtp.mailfrom=mercadolivre.com.br;\n\tdmarc=pass header.from=mercadolivre.com.br",
         subj="Sua compra foi cancelada",
         date="2025-01-30 13:47:26", fmt="alt", cte="quoted-printable",
         raw_plain="""Oi, Lucas!

O vendedor cancelou a sua compra de "Mouse Gamer Logitech G203 Lightsync RGB"
porque não tinha mais o produto em estoque.

Fique tranquilo: o dinheiro volta para você.
Devolvemos R$ 119,90 na sua conta do Mercado Pago. Se você pagou com
cartão, o estorno aparece em até 2 faturas.

Compra #2000009817736452

Ver compra: https://www.mercadolivre.com.br/minhas-compras

Mercado Livre
Este e-mail foi enviado para lucas.oliveira88@gmail.com.
""",
         raw_html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ededed;font-family:'Proxima Nova',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#ffe600;padding:16px 24px;"><img src="https://http2.mlstatic.com/frontend-assets/ml-web-navigation/ui-navigation/5.21.22/mercadolibre/logo__large_plus.png" alt="Mercado Livre" width="134"></td></tr>
<tr><td style="padding:28px 24px;color:#333333;font-size:16px;">
<p style="font-size:22px;font-weight:600;">Oi, Lucas! Sua compra foi cancelada</p>
<p>O vendedor cancelou a sua compra de <b>Mouse Gamer Logitech G203 Lightsync RGB</b> porque não tinha mais o produto em estoque.</p>
<p><b>Fique tranquilo: o dinheiro volta para você.</b><br>Devolvemos R$ 119,90 na sua conta do Mercado Pago. Se você pagou com cartão, o estorno aparece em até 2 faturas.</p>
<p style="color:#999999;font-size:13px;">Compra #2000009817736452</p>
<p><a href="https://www.mercadolivre.com.br/minhas-compras" style="background:#3483fa;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;">Ver compra</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#999999;">Este e-mail foi enviado para lucas.oliveira88@gmail.com.</td></tr>
</table></body></html>"""),
    dict(key="p_nn5", kind="non_notice", cause=None, sr=False, mp=BR,
         note="marketing newsletter ('cancele quando quiser', free cancellation)",
         frm=("Amazon.com.br", "store-news@amazon.com.br"), to=CAMILA, auth="pass",
         subj="Prime Video, frete grátis e mais: teste o Prime por 30 dias",
         date="2025-03-05 15:00:00", fmt="html", cte="quoted-printable",
         extra_headers=[("List-Unsubscribe", "<https://www.amazon.com.br/gp/gss/o/1?ref_=pe_unsub>"),
                        ("Precedence", "bulk")],
         raw_html="""<html><head><meta charset="utf-8"><title>Amazon.com.br</title></head>
<body style="margin:0;background:#ffffff;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:12px 0;"><a href="https://www.amazon.com.br/?ref_=pe_nl_logo"><img src="https://m.media-amazon.com/images/G/32/gno/sprites/nav-sprite-global-1x-reorg-privacy._CB546805360_.png" alt="Amazon.com.br" width="120"></a></td></tr>
<tr><td style="background:#00a8e1;color:#ffffff;padding:28px;font-size:26px;font-weight:bold;">Tudo isso por R$ 19,90/mês</td></tr>
<tr><td style="padding:20px 0;font-size:15px;color:#111111;line-height:22px;">
<p>Olá, Camila! Com o Amazon Prime você tem frete GRÁTIS e rápido em milhões de produtos, Prime Video, Amazon Music e Prime Gaming.</p>
<p><b>Sem fidelidade:</b> cancele quando quiser, sem multa. E se mudar de ideia durante o teste, o cancelamento é gratuito.</p>
<p>Novidades da semana: ofertas em eletrônicos, livros com até 40% off e a nova temporada de <i>The Boys</i>.</p>
<p style="text-align:center;"><a href="https://www.amazon.com.br/amazonprime?ref_=pe_nl_cta" style="background:#ffd814;color:#0f1111;padding:12px 28px;border-radius:20px;text-decoration:none;">Teste grátis por 30 dias</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#767676;padding:12px 0;">Após o período de teste, a assinatura será renovada automaticamente por R$ 19,90/mês. Você pode cancelar a qualquer momento em Sua conta. <a href="https://www.amazon.com.br/gp/gss/o/1?ref_=pe_unsub" style="color:#767676;">Descadastrar</a>.<br>A Amazon nunca pede dados pessoais por e-mail.<br>&copy; 1996-2025, Amazon.com, Inc. ou suas afiliadas.</td></tr>
</table></body></html>"""),
    # ---- lookalike ----------------------------------------------------------
    dict(key="p_lk1", kind="lookalike", cause="payment_issue", sr=True, mp=None,
         note="look-alike domain, malformed order no., link text amazon.com.br, href elsewhere",
         frm=("Amazon.com.br", "pedidos@amazon-br-pedidos.com"), to=ANA, genuine=False,
         relay_ip="89.44.9.210",
         auth="dkim=pass header.d=amazon-br-pedidos.com;\n\tspf=pass smtp.mailfrom=amazon-br-pedidos.com;\n\tdmarc=none header.from=amazon-br-pedidos.com",
         subj="Seu pedido 702-4418203-9915 foi cancelado: pagamento não aprovado",
         date="2025-01-13 04:27:50", fmt="html", layout="C", cte="base64", ui="pt", mp_fake="amazon.com.br",
         home="https://amazon-br-pedidos.com/", order_url="https://amazon-br-pedidos.com/atualizar-cartao/?c=702-4418203",
         title="Pagamento não aprovado", greet="Prezado(a) cliente,", order="702-4418203-9915",
         paras=["Seu pedido foi cancelado porque o pagamento não foi aprovado pela operadora.",
                "Para evitar o bloqueio da sua conta, atualize os dados do seu cartão em até 24 horas pelo link [[https://www.amazon.com.br/minha-conta|https://amazon-br-pedidos.com/atualizar-cartao/?c=88120]]."],
         items=[("Air Fryer Mondial Family 4L, Preta, 127V", 1, "R$ 389,90")],
         after=["Após a atualização, o pedido será reprocessado automaticamente."],
         sign="Equipe Amazon", footer="pt1"),
    dict(key="p_lk2", kind="lookalike", cause="fraud_prevention", sr=True, mp=None,
         note="Cyrillic homoglyph display name, gmail sender, callback numbers, no order number",
         frm=("Amaz\u043en.com.br Atendimento", "atendimento.amazonbr@gmail.com"), to=RAFAEL, genuine=False,
         relay_host="mail-sor-f65.google.com", relay_ip="209.85.220.65",
         auth="dkim=pass header.d=gmail.com;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass header.from=gmail.com",
         mid_dom="mail.gmail.com",
         subj="URGENTE: sua conta foi suspensa e seu pedido cancelado",
         date="2024-11-18 06:02:35", fmt="plain", cte="quoted-printable",
         raw_plain="""Prezado cliente,

Detectamos uma tentativa de compra suspeita na sua conta Amazon. Por
segurança, sua conta foi SUSPENSA e o seu último pedido foi CANCELADO.

Para reativar a conta e liberar o valor bloqueado no seu cartão, ligue
imediatamente para a nossa Central de Segurança:

   0800 591 2240  ou  (11) 4003-8917

Tenha em mãos o cartão utilizado na compra. O atendente vai confirmar seus
dados e gerar um código de desbloqueio.

Se não entrarmos em contato em até 6 horas, a conta será encerrada
definitivamente.

Atenciosamente,
Central de Segurança Amazon Brasil
"""),
    dict(key="p_lk3", kind="lookalike", cause="inventory_shortage", sr=True, mp=None,
         note="out of stock claim, asks to reply with CPF, Pix key and card data, no order number",
         frm=("Amazon Brasil", "reembolso@amazon-brasil-reembolso.com"), to=JULIANA, genuine=False,
         relay_ip="185.221.67.40",
         auth="dkim=none;\n\tspf=neutral smtp.mailfrom=amazon-brasil-reembolso.com;\n\tdmarc=none header.from=amazon-brasil-reembolso.com",
         subj="Reembolso do seu pedido cancelado",
         date="2025-04-08 10:51:17", fmt="plain", cs="iso-8859-1", cte="quoted-printable",
         raw_plain="""Olá,

Informamos que o seu pedido foi cancelado porque o produto está em falta
no nosso estoque.

Para receber o reembolso de R$ 649,90 via Pix em até 24 horas, responda
este e-mail informando:

  - Nome completo
  - CPF
  - Chave Pix
  - Número do cartão usado na compra, validade e código de segurança

Sem essas informações o reembolso não poderá ser processado.

Atenciosamente,
Setor de Reembolsos - Amazon Brasil
"""),
    dict(key="p_lk4", kind="lookalike", cause="technical_issue", sr=True, mp=None,
         note="subdomain trick amazon.com.br.pedidos-online.site, new boleto and coupon code",
         frm=("Amazon.com.br", "no-reply@amazon.com.br.pedidos-online.site"), to=THIAGO, genuine=False,
         relay_ip="103.77.240.19",
         auth="dkim=none;\n\tspf=pass smtp.mailfrom=amazon.com.br.pedidos-online.site;\n\tdmarc=none header.from=pedidos-online.site",
         subj="Pedido 701-5582930-1147726 cancelado por erro no sistema",
         date="2025-06-09 23:40:04", fmt="html", cte="quoted-printable",
         raw_html="""<html><head><meta charset="utf-8"><title>Amazon.com.br</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333333;">
<table width="640" align="center" cellpadding="0"><tr><td>
<table width="100%"><tr><td><img src="http://amazon.com.br.pedidos-online.site/img/logo.gif" alt="Amazon.com.br" width="120"></td>
<td align="right"><a href="http://amazon.com.br.pedidos-online.site/pedidos">Seus pedidos</a> | <a href="http://amazon.com.br.pedidos-online.site/conta">Sua conta</a></td></tr></table>
<h2 style="color:#cc6600;font-weight:normal;">Pedido cancelado</h2>
<p>Pedido nº <a href="http://amazon.com.br.pedidos-online.site/pedidos">701-5582930-1147726</a></p>
<p>Olá,</p>
<p>Devido a um erro no nosso sistema de pagamentos, o boleto do seu pedido foi gerado com dados incorretos e o pedido foi cancelado.</p>
<p>Para garantir o preço promocional, gere um novo boleto em até 2 horas e use o cupom <b>RESGATE-BR-4471</b>:</p>
<p><a href="http://amazon.com.br.pedidos-online.site/boleto?p=701-5582930-1147726">https://www.amazon.com.br/gp/css/order-history</a></p>
<table width="100%" style="border-top:1px solid #eaeaea;"><tr><td>Smart TV Samsung 50" Crystal UHD 4K</td><td align="right"><b>R$ 1.899,00</b></td></tr></table>
<p>Atenciosamente,<br>Amazon.com.br</p>
<p style="font-size:10px;color:#666666;">A Amazon nunca pede sua senha por e-mail. &copy; 1996-2025, Amazon.com, Inc.</p>
</td></tr></table></body></html>"""),
    dict(key="p_lk5", kind="lookalike", cause="unknown", sr=False, mp=None,
         note="amazom typo domain, no reason, 'contest' link to elsewhere",
         frm=("Amazon", "noreply@amazom-br.com"), to=GABRIELA, genuine=False,
         relay_ip="45.95.147.201",
         subj="Pedido cancelado #702-3861105-4420913",
         date="2025-02-22 17:29:48", fmt="alt", cte="8bit",
         raw_plain="""Olá,

Seu pedido #702-3861105-4420913 foi cancelado.

Não reconhece este cancelamento? Conteste em até 24h:
https://www.amazon.com.br/contestar

Amazon.com.br
""",
         raw_html="""<html><body style="font-family:Arial,sans-serif;">
<p><img src="https://amazom-br.com/static/logo.png" alt="amazon.com.br" width="110"></p>
<p>Olá,</p>
<p>Seu pedido <b>#702-3861105-4420913</b> foi cancelado.</p>
<p>Não reconhece este cancelamento? Conteste em até 24h:<br>
<a href="https://amazom-br.com/contestar.php?id=702-3861105">https://www.amazon.com.br/contestar</a></p>
<p>Amazon.com.br</p>
</body></html>"""),
]


# ==========================================================================
# main
# ==========================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels, msgids = [], {}
    n = 1000
    for lang, mails in (("nl", NL_MAILS), ("pt", PT_MAILS)):
        for m in mails:
            n += 1
            m.setdefault("ui", "pt" if lang == "pt" else "nl")
            m.setdefault("genuine", m["kind"] != "lookalike" and m["frm"][1].split("@")[1] in
                         ("amazon.nl", "amazon.com.be", "amazon.com.br"))
            fname = "p%d.eml" % n  # batch p1 -> p1001, p1002, ...
            write(m, os.path.join(OUT, fname), msgids)
            labels.append({"file": fname, "kind": m["kind"], "language": lang,
                           "cause": m["cause"] if m["kind"] != "non_notice" else None,
                           "states_reason": bool(m["sr"]) if m["kind"] != "non_notice" else False,
                           "marketplace": m["mp"] if m["kind"] != "lookalike" else None,
                           "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
