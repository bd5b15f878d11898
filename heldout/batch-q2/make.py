#!/usr/bin/env python3
"""Regenerates blind batch q2 (Polish / amazon.pl and Swedish / amazon.se).

Run:  python3 make.py      -> writes mail/q2NNN.eml and labels.json
All randomness comes from one fixed seed, so the output is reproducible.
"""
import base64
import datetime
import html
import io
import json
import os
import quopri
import random
import re
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email.utils import formataddr, format_datetime
from email.generator import BytesGenerator

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "q2"
SEED = 4022602
R = random.Random(SEED)

# --------------------------------------------------------------------------
# helpers: ids, dates, money
# --------------------------------------------------------------------------
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def rid(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def order_no(prefix=None):
    p = prefix or R.choice(["402", "403", "404", "405", "406", "407", "408", "171", "305", "028"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


def rand_date():
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    return start + datetime.timedelta(seconds=R.randint(0, 480 * 86400))


def money(v, lang):
    s = "%.2f" % v
    whole, frac = s.split(".")
    grp = ""
    while len(whole) > 3:
        grp = " " + whole[-3:] + grp
        whole = whole[:-3]
    whole += grp
    return "%s,%s %s" % (whole, frac, "zł" if lang == "pl" else "kr")


# --------------------------------------------------------------------------
# charset helpers
# --------------------------------------------------------------------------
LEGACY_MAP = {
    "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2019": "'", "\u2018": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u00e0": "a",
    "\u20ac": "EUR", "\u2022": "*", "\u2192": "->",
}


def plain_for(text, cs):
    if cs.lower() in ("utf-8",):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in LEGACY_MAP:
                raise ValueError("cannot map %r to %s" % (ch, cs))
            out.append(LEGACY_MAP[ch])
    return "".join(out)


def leaf(text, subtype, cs, cte):
    """One text/* MIME leaf with an explicit charset and transfer encoding."""
    if subtype == "plain":
        raw = plain_for(text, cs).encode(cs)
    else:
        raw = text.encode(cs, "xmlcharrefreplace")
    m = Message()
    m["Content-Type"] = "text/%s; charset=%s" % (subtype, cs if cs != "utf-8" else R.choice(["utf-8", "UTF-8"]))
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        if not raw.endswith(b"\n"):
            raw += b"\n"
        m.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return m


def hdr(value, cs):
    """RFC 2047 header when needed."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        cs2 = cs
        try:
            value.encode(cs2)
        except UnicodeEncodeError:
            cs2 = "utf-8"
        return Header(value, cs2)


def addr(name, email_addr, cs="utf-8"):
    try:
        name.encode("ascii")
        return formataddr((name, email_addr))
    except UnicodeEncodeError:
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        return formataddr((name, email_addr), charset=cs)


# --------------------------------------------------------------------------
# per-language furniture
# --------------------------------------------------------------------------
LANG = {
    "pl": {
        "dom": "amazon.pl", "brand": "Amazon.pl",
        "nav": ["Twoje zamówienia", "Twoje konto", "Amazon.pl"],
        "order_label": "Zamówienie nr ", "qty": "Ilość", "sold_by": "Sprzedawca",
        "items_heading": "Anulowane produkty",
        "total_label": ["Wartość anulowanych produktów:", "Łączna kwota:", "Suma:"],
        "view_order": ["Wyświetl zamówienie", "Szczegóły zamówienia", "Przejdź do Twoich zamówień"],
        "amazon_seller": "Amazon EU S.à r.l.",
        "help": [
            "Jeśli potrzebujesz pomocy, odwiedź stronę Obsługi Klienta: {home}gp/help/customer/display.html?nodeId=508510",
            "Masz pytania dotyczące zamówienia? Skorzystaj z Centrum pomocy Amazon.pl: {home}kontakt",
            "Wszystkie swoje zamówienia znajdziesz w sekcji Twoje zamówienia: {home}gp/css/order-history",
            "Więcej informacji znajdziesz na stronach pomocy: {home}gp/help/customer/display.html",
            "Jeżeli chcesz sprawdzić status innych zamówień, zajrzyj do sekcji Twoje konto: {home}gp/css/homepage.html",
        ],
        "sig": [
            "Pozdrawiamy,\nAmazon.pl", "Dziękujemy za zakupy w Amazon.pl.", "Z poważaniem\nObsługa Klienta Amazon.pl",
            "Mamy nadzieję, że wkrótce znów nas odwiedzisz.\nAmazon.pl", "Zespół Amazon.pl",
        ],
        "footers": [
            "Ta wiadomość została wysłana z adresu, który służy wyłącznie do wysyłania powiadomień i nie obsługuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
            "Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail o podanie hasła, pełnego numeru karty płatniczej ani kodu jednorazowego. Jeśli otrzymasz podejrzaną wiadomość podszywającą się pod Amazon, nie klikaj zawartych w niej linków i zgłoś ją przez stronę {home}gp/help/customer/display.html?nodeId=GZCRVV5YSQM7BQVW.",
            "Informacje o płatnościach i zapisanych kartach możesz sprawdzić w dowolnym momencie w sekcji Twoje konto > Twoje płatności. Dla bezpieczeństwa nie udostępniaj nikomu swojego hasła do Amazon.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Kapitał zakładowy: 125 000 EUR. Zarejestrowana w Luksemburgu, RCS Luxembourg nr B 101818. Numer VAT: LU 20260743.",
            "Amazon EU SARL (spółka z ograniczoną odpowiedzialnością) Oddział w Polsce, ul. Powsińska 64a, 02-903 Warszawa, NIP 1080022582.",
            "Pamiętaj: pracownicy Amazon nie dzwonią z prośbą o instalację oprogramowania ani o dokonanie płatności poza naszą stroną. Swoje hasło możesz zmienić w sekcji Logowanie i bezpieczeństwo.",
            "Ten e-mail został wysłany na adres {rcpt}. Nie odpowiadaj na tę wiadomość – skrzynka nie jest monitorowana.",
        ],
        "copyright": "Amazon.com, Inc. lub podmioty stowarzyszone. Wszelkie prawa zastrzeżone.",
    },
    "sv": {
        "dom": "amazon.se", "brand": "Amazon.se",
        "copyright": "Amazon.com, Inc. eller dess närstående bolag. Alla rättigheter förbehållna.",
        "nav": ["Dina beställningar", "Ditt konto", "Amazon.se"],
        "order_label": "Beställning #", "qty": "Antal", "sold_by": "Säljs av",
        "items_heading": "Annullerade artiklar",
        "total_label": ["Värde på annullerade artiklar:", "Totalt:", "Summa:"],
        "view_order": ["Visa beställning", "Se beställningsinformation", "Gå till Dina beställningar"],
        "amazon_seller": "Amazon EU S.à r.l.",
        "help": [
            "Behöver du hjälp? Besök vår kundtjänst: {home}gp/help/customer/display.html?nodeId=508510",
            "Du hittar alla dina beställningar under Dina beställningar: {home}gp/css/order-history",
            "Har du frågor om beställningen? Kontakta oss via {home}kontakta-oss",
            "Mer information finns på våra hjälpsidor: {home}gp/help/customer/display.html",
            "Status för dina övriga beställningar ser du under Ditt konto: {home}gp/css/homepage.html",
        ],
        "sig": [
            "Vänliga hälsningar,\nAmazon.se", "Tack för att du handlar hos Amazon.se.", "Med vänlig hälsning\nAmazon.se Kundtjänst",
            "Vi hoppas att vi ses snart igen.\nAmazon.se", "Hälsningar från Amazon.se",
        ],
        "footers": [
            "Det här e-postmeddelandet skickades från en adress som endast används för aviseringar och som inte tar emot inkommande e-post. Svara inte på det här meddelandet.",
            "Amazon.se ber dig aldrig att via e-post uppge ditt lösenord, ditt fullständiga kortnummer eller engångskoder. Om du får ett misstänkt meddelande som ser ut att komma från Amazon ska du inte klicka på några länkar; rapportera det i stället via {home}gp/help/customer/display.html?nodeId=GZCRVV5YSQM7BQVW.",
            "Du kan när som helst se dina betalningsmetoder och sparade kort under Ditt konto > Din plånbok. Av säkerhetsskäl bör du aldrig dela ditt Amazon-lösenord med någon.",
            "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Aktiekapital: 125 000 EUR. Registrerat i Luxemburg, RCS Luxembourg nr B 101818. Momsregistreringsnummer: LU 20260743.",
            "Kom ihåg: Amazons medarbetare ringer aldrig för att be dig installera programvara eller betala utanför vår webbplats. Ditt lösenord ändrar du under Inloggning och säkerhet.",
            "Detta e-postmeddelande skickades till {rcpt}. Svara inte på meddelandet – brevlådan bevakas inte.",
        ],
    },
}

RCPT = {
    "pl": [("Katarzyna Nowak", "k.nowak84@wp.pl"), ("Piotr Wiśniewski", "piotr.wisniewski@gmail.com"),
           ("Agnieszka Wójcik", "agawojcik@onet.pl"), ("Tomasz Kamiński", "tkaminski@o2.pl"),
           ("Magdalena Lewandowska", "magda.lewandowska@interia.pl"), ("Marek Zieliński", "marek.zielinski.krk@gmail.com"),
           ("Joanna Szymańska", "joasia.szymanska@op.pl"), ("Paweł Dąbrowski", "pawel.dabrowski@outlook.com"),
           ("Ewa Kozłowska", "ewa.kozlowska@poczta.fm"), ("Michał Jankowski", "mjankowski@protonmail.com")],
    "sv": [("Erik Lindqvist", "erik.lindqvist@telia.com"), ("Anna Johansson", "anna.johansson82@gmail.com"),
           ("Karin Bergström", "karin.bergstrom@outlook.com"), ("Johan Nilsson", "johan.nilsson@bredband.net"),
           ("Maria Åberg", "maria.aberg@hotmail.se"), ("Oskar Holm", "oskar.holm@icloud.com"),
           ("Sara Öberg", "sara.oberg@comhem.se"), ("Lars Eriksson", "lars.eriksson@spray.se"),
           ("Elin Sjöberg", "elin.sjoberg@gmail.com"), ("Mikael Persson", "m.persson@tele2.se")],
}

MX = {
    "gmail.com": "mx.google.com", "wp.pl": "mx.wp.pl", "o2.pl": "mx.o2.pl", "onet.pl": "mx.poczta.onet.pl",
    "op.pl": "mx.poczta.onet.pl", "interia.pl": "mx.poczta.interia.pl", "outlook.com": "mx.microsoft.com",
    "poczta.fm": "mx.poczta.fm", "protonmail.com": "mail.protonmail.ch", "telia.com": "mx.telia.com",
    "bredband.net": "mx.bredband.net", "hotmail.se": "mx.microsoft.com", "icloud.com": "mx.icloud.com",
    "comhem.se": "mx.comhem.se", "spray.se": "mx.spray.se", "tele2.se": "mx.tele2.se",
}


def img_url():
    return "https://m.media-amazon.com/images/I/%s%s._SS%d_.jpg" % (R.choice("4567"), rid(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+"), R.choice([80, 100, 115]))


def track_url(dom, target):
    return "https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s" % (
        dom, rid(13), rid(13), hexid(40), rid(12), target.replace(":", "%3A").replace("/", "%2F").replace("?", "%3F").replace("=", "%3D").replace("&", "%26"), rid(28))


# --------------------------------------------------------------------------
# inline link markup:  [[visible text|href]]
# --------------------------------------------------------------------------
LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def to_plain(s):
    return LINK_RE.sub(lambda m: m.group(2) if m.group(1).startswith("http") else "%s: %s" % (m.group(1), m.group(2)), s)


def to_html(s):
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s">%s</a>' % (html.escape(m.group(2)), html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />")


def urls_to_links(s_html):
    return re.sub(r'(?<!["=>])(https?://[^\s<]+?)(?=[.,;:)]?(?:\s|<|$))', r'<a href="\1">\1</a>', s_html)


# --------------------------------------------------------------------------
# body renderers
# --------------------------------------------------------------------------
def ctx_for(s):
    L = LANG[s["lang"]]
    dom = L["dom"]
    home = "https://www.%s/" % dom
    c = dict(s)
    c["L"] = L
    c["dom"] = dom
    c["home"] = home
    c["brand"] = L["brand"]
    items = []
    for it in s.get("items", []):
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else L["amazon_seller"]
        items.append({"name": name, "qty": qty, "price": price, "seller": seller})
    c["items"] = items
    total = sum(i["qty"] * i["price"] for i in items)
    c["total"] = money(total, s["lang"]) if items else ""
    fmt = {"o": s.get("order") or "", "total": c["total"], "home": home, "rcpt": s["rcpt"][1],
           "date": s.get("date_text", ""), "item": items[0]["name"] if items else "",
           "deadline": s.get("deadline_text", ""), "first": s["rcpt"][0].split()[0], "full": s["rcpt"][0]}
    c["fmt"] = fmt
    c["paras"] = [p.format(**fmt) for p in s.get("paras", [])]
    c["subject"] = s["subject"].format(**fmt)
    c["greet"] = s["greet"].format(**fmt) if s.get("greet") else None
    c["title"] = s.get("title", "").format(**fmt)
    c["help"] = L["help"][s.get("help", 0)].format(home=home) if s.get("help", 0) is not None else ""
    c["sig"] = L["sig"][s.get("sig", 0)]
    c["footers"] = [L["footers"][i].format(home=home, rcpt=s["rcpt"][1]) for i in s.get("footers", [0])]
    c["items_heading"] = s.get("items_heading", L["items_heading"])
    c["total_label"] = L["total_label"][s.get("total_label", 0)]
    c["button"] = s.get("button", L["view_order"][s.get("view", 0)])
    c["order_url"] = s.get("order_url") or (home + "gp/css/order-details?orderID=%s&ref_=%s" % (s.get("order") or "", R.choice(["pe_2640190_232586610", "TE_OR_ci", "ppx_yo_dt_b_order_details_o00"])))
    c["link"] = s.get("link")  # phishing href override
    return c


def items_plain(c, style):
    L = c["L"]
    out = []
    for it in c["items"]:
        price = money(it["price"] * it["qty"], c["lang"])
        if style == "A":
            out.append("    %s\n    %s: %d\n    %s: %s\n    %s" % (it["name"], L["qty"], it["qty"], L["sold_by"], it["seller"], price))
        elif style == "B":
            out.append("- %s (%s: %d) – %s" % (it["name"], L["qty"].lower(), it["qty"], price))
        else:
            out.append("* %s\n  %s: %d\n  %s" % (it["name"], L["qty"], it["qty"], price))
    return "\n\n".join(out) if style != "B" else "\n".join(out)


def render_plain(c):
    st = c.get("plain_layout", "A")
    paras = "\n\n".join(to_plain(p) for p in c["paras"])
    greet = c.get("greet")
    foot = "\n\n".join(c["footers"])
    L = c["L"]
    if st == "A":
        parts = ["%s %s" % (c["brand"], c["title"]) if c["title"] else c["brand"]]
        if c.get("order"):
            parts.append(L["order_label"] + c["order"])
        parts.append(c["home"] + "ref=TE_tex_g")
        parts.append("\n" + "_" * 75 + "\n")
        if greet:
            parts.append(greet + "\n")
        parts.append(paras + "\n")
        if c["items"]:
            parts.append(c["items_heading"] + ":\n")
            parts.append(items_plain(c, "A") + "\n")
            parts.append("%s %s" % (c["total_label"], c["total"]))
        parts.append("_" * 75 + "\n")
        if c["help"]:
            parts.append(c["help"] + "\n")
        parts.append(c["sig"])
        parts.append("_" * 75 + "\n")
        parts.append(foot)
        return "\n".join(parts) + "\n"
    if st == "B":
        parts = []
        if greet:
            parts.append(greet)
        parts.append(paras)
        if c["items"]:
            parts.append(c["items_heading"] + ":\n" + items_plain(c, "B"))
        if c["help"]:
            parts.append(c["help"])
        parts.append(c["sig"])
        parts.append("--\n" + foot)
        return "\n\n".join(parts) + "\n"
    # C: newer "rio" text rendering
    parts = [c["brand"], "-" * 60]
    if c["title"]:
        parts.append(c["title"])
    if c.get("order"):
        parts.append(L["order_label"] + c["order"])
    parts.append("")
    if greet:
        parts.append(greet + "\n")
    parts.append(paras + "\n")
    if c["items"]:
        parts.append(c["items_heading"])
        parts.append(items_plain(c, "C") + "\n")
    parts.append("%s:\n%s\n" % (c["button"], c["link"] or c["order_url"]))
    if c["help"]:
        parts.append(c["help"] + "\n")
    parts.append(c["sig"])
    parts.append("-" * 60)
    parts.append(foot)
    return "\n".join(parts) + "\n"


def href(c, target):
    return c["link"] or track_url(c["dom"], target)


def p_html(c, style=""):
    return "\n".join('<p%s>%s</p>' % (style, urls_to_links(to_html(p))) for p in c["paras"])


def render_classic(c, cs):
    L = c["L"]
    rows = []
    for it in c["items"]:
        rows.append(
            '<tr> <td class="photo" width="90"><a href="%s"><img src="%s" width="80" height="80" alt="" /></a></td>'
            ' <td class="name"><a href="%s">%s</a><br /><span class="seller">%s: %s</span><br />%s: %d</td>'
            ' <td class="price"><strong>%s</strong></td> </tr>' % (
                href(c, c["home"] + "dp/B0" + rid(8)), img_url(), href(c, c["home"] + "dp/B0" + rid(8)),
                html.escape(it["name"]), L["sold_by"], html.escape(it["seller"]), L["qty"], it["qty"],
                money(it["price"] * it["qty"], c["lang"])))
    items_block = ""
    if c["items"]:
        items_block = """
        <tr>
         <td>
          <table id="orderDetails" cellpadding="0"><tbody><tr><td><h3 class="heading">%s</h3></td></tr></tbody></table>
          <table id="itemDetails" cellpadding="0">
           <tbody>
            %s
           </tbody>
          </table>
          <table id="costBreakdown" cellpadding="0"><tbody>
            <tr><td class="total">%s</td><td class="total price"><strong>%s</strong></td></tr>
          </tbody></table>
         </td>
        </tr>""" % (c["items_heading"], "\n            ".join(rows), c["total_label"], c["total"])
    order_line = ""
    if c.get("order"):
        order_line = ' %s<a href="%s">%s</a>' % (L["order_label"], href(c, c["order_url"]), c["order"])
    greet = '<span class="heading">%s</span>' % html.escape(c["greet"]) if c.get("greet") else ""
    help_html = urls_to_links(html.escape(c["help"])) if c["help"] else ""
    foot = "\n".join("<p>%s</p>" % urls_to_links(html.escape(f)) for f in c["footers"])
    return """<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <style type="text/css">
body {
	margin:0;
	font:13px/18px Arial, sans-serif;
}
a {
	text-decoration:none;
	color:#006699;
	font:13px/18px Arial, sans-serif;
}
a img { border:0; }
h2 { font-size:20px; line-height:24px; margin:0; padding:0; font-weight:normal; color:#000 !important; }
h3 { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
p { margin:4px 0 0 0; font:13px/18px Arial, sans-serif; }
table { border-collapse:collapse; }
td { vertical-align: top; font-size: 13px; line-height: 18px; font-family: Arial, sans-serif; }
.heading { font-size:18px; color:#cc6600; margin:15px 0 0 0; font-weight:normal; }
#container { width:655px; color:#333; margin:0 auto; }
#container .frame { padding:0 20px 20px 20px; }
#main, #header, #summary, #orderDetails, #itemDetails, #costBreakdown, #closing, #legalCopy { width:100%%; }
#header { margin:0 0 15px 0; }
#header .logo { width:115px; padding:18px 0 0 0; }
#header .navigation { text-align:right; padding:5px 0; border-bottom:1px solid #ccc; white-space:nowrap; }
#header .navigation span { text-decoration:none; color:#CCC; font:15px Arial, san-serif; }
#header .title { text-align:right; padding:7px 0 5px 0; }
#itemDetails td { padding:10px 10px 10px 0; border-bottom:1px solid #eaeaea; }
#itemDetails .seller { color:#666; font-size:12px; }
#itemDetails .price { text-align:right; white-space:nowrap; }
#costBreakdown td { padding:8px 0 0 0; }
#costBreakdown .price { text-align:right; }
#legalCopy p { font-size:11px; line-height:14px; color:#666; margin:8px 0 0 0; }
  </style>
 </head>
 <body><img width="1" height="1" src="%(pixel)s" />
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
             <td rowspan="2" class="logo"><a href="%(home_l)s"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/logo_%(lang)s._V1_.png" width="115" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(n1)s">%(nav0)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(n2)s">%(nav1)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home_l)s">%(nav2)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2>%(order_line)s </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td>%(greet)s
%(paras)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>%(items)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> %(help)s <p> <br />%(sig)s </p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy" cellpadding="0">
           <tbody>
            <tr>
             <td>
%(foot)s
             </td>
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
""" % dict(cs=cs.upper(), pixel=track_url(c["dom"], "https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif"),
           home_l=href(c, c["home"]), brand=c["brand"], lang=c["lang"], n1=href(c, c["home"] + "gp/css/order-history"),
           n2=href(c, c["home"] + "gp/css/homepage.html"), nav0=L["nav"][0], nav1=L["nav"][1], nav2=L["nav"][2],
           title=html.escape(c["title"]), order_line=order_line, greet=greet, paras=p_html(c), items=items_block,
           help=help_html, sig=html.escape(c["sig"]).replace("\n", "<br />"), foot=foot)


TD = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"
TB = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; text-align: left"


def render_mobile(c, cs):
    L = c["L"]
    info = "\n".join(
        '<tr> <td style="padding-bottom: 18px; %s"><span>%s</span> </td> </tr>' % (TD, urls_to_links(to_html(p)))
        for p in c["paras"])
    rows = []
    for it in c["items"]:
        rows.append(
            '<tr> <td style="width: 90px; padding: 8px 10px 8px 0; %s"><img src="%s" width="80" alt="" /></td>'
            ' <td style="padding: 8px 0; font-size: 15px; line-height: 20px; color: rgb(0, 46, 54); %s">%s<br />'
            '<span style="color: rgb(86, 86, 86); font-size: 13px;">%s: %d &middot; %s</span></td> </tr>' % (
                TD, img_url(), TD, html.escape(it["name"]), L["qty"], it["qty"], money(it["price"] * it["qty"], c["lang"])))
    items = ""
    if c["items"]:
        items = """
 <table class="itemsTable" style="width: 100%%; margin-top: 6px; %s">
 <tbody>
 <tr> <td colspan="2" style="font-size: 16px; font-weight: bold; padding-bottom: 6px; color: rgb(0, 46, 54); %s">%s</td> </tr>
 %s
 </tbody>
 </table>""" % (TB, TD, html.escape(c["items_heading"]), "\n ".join(rows))
    order = ""
    if c.get("order"):
        order = '<tr> <td style="padding-bottom: 12px; font-size: 14px; color: rgb(86, 86, 86); %s">%s%s</td> </tr>' % (TD, L["order_label"], c["order"])
    foot = "\n".join('<p style="margin: 0 0 10px 0;">%s</p>' % urls_to_links(html.escape(f)) for f in c["footers"])
    greet = html.escape(c["greet"]) if c.get("greet") else html.escape(c["title"])
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
.ExternalClass { width:100%%; }
td { font-family:Arial, sans-serif; }
.appleFooter a { color:#999999; text-decoration: none; }
@media only screen and (max-width: 480px) { .emailBody { width: 100%% !important; } }
  </style>
 </head>
 <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%"><img width="1" height="1" src="%(pixel)s" />
 <table id="OutlookWrapper" style="width: 100%%; %(TB)s">
 <tbody>
 <tr>
 <td align="center" style="%(TD)s">
 <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %(TB)s">
 <tbody>
 <tr>
 <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %(TD)s"> <a href="%(home_l)s">
 <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; %(TB)s">
 <tbody>
 <tr> <td align="center" style="%(TD)s"> <img src="https://images-eu.ssl-images-amazon.com/images/G/01/reading/images/amazon_%(lang)s.png" alt="%(brand)s" title="%(brand)s" class="brandImage" border="0" width="130" style="width: 130px" /> </td> </tr>
 </tbody>
 </table> </a>
 <table class="emailContainer" style="background-color: rgb(255, 255, 255); border-left: 1px solid rgb(214, 214, 214); border-right: 1px solid rgb(214, 214, 214); border-bottom: 1px solid rgb(214, 214, 214); border-top: 2px solid rgb(206, 206, 206); %(TB)s">
 <tbody>
 <tr>
 <td class="emailContainerTD" style="padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; %(TD)s">
 <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 18px; %(TB)s">
 <tbody>
 <tr> <td style="%(TD)s"><span>%(greet)s</span> </td> </tr>
 </tbody>
 </table>
 <table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); %(TB)s">
 <tbody>
 %(order)s
 %(info)s
 </tbody>
 </table>%(items)s
 <table class="buttonContainer" style="margin-top: 18px; %(TB)s">
 <tbody>
 <tr> <td align="center" valign="middle" bgcolor="#ffa723" style="border-radius: 3px; padding: 12px 40px; %(TD)s"> <a href="%(btn)s" style="color: rgb(17, 17, 17); font-size: 15px; text-decoration: none;">%(button)s</a> </td> </tr>
 </tbody>
 </table>
 </td>
 </tr>
 </tbody>
 </table>
 <table class="footerTable" style="margin-top: 18px; font-size: 12px; line-height: 16px; color: rgb(118, 118, 118); %(TB)s">
 <tbody>
 <tr> <td class="appleFooter" style="%(TD)s">
 <p style="margin: 0 0 10px 0;">%(help)s</p>
 <p style="margin: 0 0 10px 0;">%(sig)s</p>
%(foot)s
 </td> </tr>
 </tbody>
 </table>
 </td>
 </tr>
 </tbody>
 </table>
 </td>
 </tr>
 </tbody>
 </table>
 </body>
</html>
""" % dict(cs=cs.upper(), pixel=track_url(c["dom"], "https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif"),
           TB=TB, TD=TD, home_l=href(c, c["home"]), lang=c["lang"], brand=c["brand"], greet=greet, order=order,
           info=info, items=items, btn=href(c, c["order_url"]), button=html.escape(c["button"]),
           help=urls_to_links(html.escape(c["help"])), sig=html.escape(c["sig"]).replace("\n", "<br />"), foot=foot)


def render_rio(c, cs):
    L = c["L"]
    rows = []
    for it in c["items"]:
        rows.append(
            '<tr><td class="rio-item-img" style="padding:12px 12px 12px 0;width:96px;"><img src="%s" width="96" height="96" alt="%s" style="display:block;border-radius:4px;" /></td>'
            '<td class="rio-item-text" style="padding:12px 0;font-size:14px;line-height:20px;color:#0F1111;">'
            '<a href="%s" style="color:#0F1111;text-decoration:none;">%s</a>'
            '<div style="color:#565959;font-size:13px;">%s: %d</div>'
            '<div style="font-weight:bold;">%s</div></td></tr>' % (
                img_url(), html.escape(it["name"][:40]), href(c, c["home"] + "dp/B0" + rid(8)), html.escape(it["name"]),
                L["qty"], it["qty"], money(it["price"] * it["qty"], c["lang"])))
    items = ""
    if c["items"]:
        items = """
      <tr><td class="rio-card" style="padding:16px 20px;border-top:1px solid #D5D9D9;">
       <div style="font-size:18px;font-weight:bold;color:#0F1111;margin-bottom:4px;">%s</div>
       <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">
        %s
       </table>
       <table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr>
        <td style="font-size:14px;color:#0F1111;padding-top:8px;">%s</td>
        <td align="right" style="font-size:14px;font-weight:bold;color:#0F1111;padding-top:8px;">%s</td>
       </tr></table>
      </td></tr>""" % (html.escape(c["items_heading"]), "\n        ".join(rows), c["total_label"], c["total"])
    order = ""
    if c.get("order"):
        order = '<div style="font-size:14px;color:#565959;margin-top:4px;">%s<a href="%s" style="color:#007185;">%s</a></div>' % (
            L["order_label"], href(c, c["order_url"]), c["order"])
    greet = '<p style="margin:0 0 12px 0;font-size:15px;">%s</p>' % html.escape(c["greet"]) if c.get("greet") else ""
    foot = "\n".join('<p style="margin:0 0 8px 0;">%s</p>' % urls_to_links(html.escape(f)) for f in c["footers"])
    return """<!doctype html>
<html lang="%(lang)s" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="%(cs)s">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(title)s</title>
<style type="text/css">
  body, table, td, a { -webkit-text-size-adjust:100%%; -ms-text-size-adjust:100%%; }
  .rio-button a { display:inline-block; }
  @media screen and (max-width: 600px) { .rio-wrapper { width:100%% !important; } .rio-item-img img { width:72px !important; height:72px !important; } }
</style>
</head>
<body style="margin:0;padding:0;background-color:#F3F3F3;font-family:'Amazon Ember',Arial,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">%(preheader)s</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background-color:#F3F3F3;">
 <tr><td align="center" style="padding:16px 8px;">
  <table role="presentation" class="rio-wrapper" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#FFFFFF;border-radius:8px;">
   <tr><td class="rio-header" style="padding:20px 20px 12px 20px;border-bottom:1px solid #D5D9D9;">
    <a href="%(home_l)s"><img src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_%(LANG)s._BG255,255,255_.png" alt="%(brand)s" width="104" style="display:block;border:0;" /></a>
   </td></tr>
   <tr><td class="rio-card" style="padding:20px;">
    <h1 style="margin:0;font-size:22px;line-height:28px;font-weight:bold;color:#0F1111;">%(title)s</h1>
    %(order)s
   </td></tr>
   <tr><td class="rio-card" style="padding:0 20px 16px 20px;font-size:14px;line-height:20px;color:#0F1111;">
    %(greet)s
    %(paras)s
   </td></tr>%(items)s
   <tr><td class="rio-button" align="center" style="padding:8px 20px 20px 20px;">
    <a href="%(btn)s" style="background-color:#FFD814;border:1px solid #FCD200;border-radius:20px;color:#0F1111;font-size:14px;padding:10px 28px;text-decoration:none;">%(button)s</a>
   </td></tr>
   <tr><td style="padding:0 20px 16px 20px;font-size:14px;color:#0F1111;">%(help)s<br /><br />%(sig)s</td></tr>
  </table>
  <table role="presentation" class="rio-wrapper" width="600" cellpadding="0" cellspacing="0" border="0">
   <tr><td class="rio-footer" style="padding:16px 20px;font-size:12px;line-height:16px;color:#565959;">
%(foot)s
    <p style="margin:0;">&copy;%(year)s %(copy)s</p>
   </td></tr>
  </table>
 </td></tr>
</table>
<img width="1" height="1" src="%(pixel)s" alt="" />
</body>
</html>
""" % dict(lang=c["lang"], cs=cs, title=html.escape(c["title"] or c["subject"]), preheader=html.escape(to_plain(c["paras"][0])[:90]),
           home_l=href(c, c["home"]), LANG=c["lang"].upper(), brand=c["brand"], order=order, greet=greet,
           paras=p_html(c, ' style="margin:0 0 12px 0;"'), items=items, btn=href(c, c["order_url"]),
           button=html.escape(c["button"]), help=urls_to_links(html.escape(c["help"])),
           sig=html.escape(c["sig"]).replace("\n", "<br />"), foot=foot, year=c["date"].year, copy=L["copyright"],
           pixel=track_url(c["dom"], "https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif"))


RENDER_HTML = {"classic": render_classic, "mobile": render_mobile, "rio": render_rio}


# --------------------------------------------------------------------------
# dates in running text
# --------------------------------------------------------------------------
MONTHS = {
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
}


def date_text(d, lang):
    return "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
def amazon_headers(s, c, cs):
    dom = c["dom"]
    rname, raddr = s["rcpt"]
    mx = MX[raddr.split("@")[1]]
    d = s["date"]
    ses = "0102%s-%s-%s-%s-%s-000000" % (hexid(12), hexid(8), hexid(4), hexid(4), hexid(12))
    n1, n2 = R.randint(1, 60), R.randint(1, 250)
    ip = "54.240.%d.%d" % (R.choice([0, 4, 6, 7, 8, 9, 10, 11, 27, 48]), n2)
    rcv = d + datetime.timedelta(seconds=R.randint(1, 20))
    h = [("Return-Path", "<%s@eu-west-1.amazonses.com>" % ses)]
    h.append(("Received", "from a%d-%d.smtp-out.eu-west-1.amazonses.com (a%d-%d.smtp-out.eu-west-1.amazonses.com [%s])\n"
              "\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (n1, n2, n1, n2, ip, mx, rid(16).lower(), raddr,
                                                            format_datetime(rcv.astimezone(datetime.timezone(datetime.timedelta(hours=R.choice([1, 2]))))))))
    sel = R.choice(["54ecsf3zk7", "rte02", "zyd3i4hbohj6jhtpvwbmu4lhhhwwzlzk", "ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "ccyf6jg4xldowu7q"])
    if s.get("auth"):
        h.append(("Authentication-Results",
                  "%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n"
                  "\tspf=pass (%s: domain of %s@eu-west-1.amazonses.com designates %s as permitted sender) smtp.mailfrom=%s@eu-west-1.amazonses.com;\n"
                  "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
                      mx, dom, sel, rid(8), R.choice(["uku4taia5b5tsbglxyj6zym32efj7xqv", "shh3fegwg5fppqsuzphvschd53n6ihuv"]),
                      rid(8), mx.split(".", 1)[1], ses, ip, ses, dom)))
    h.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
              "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s" % (
                  sel, dom, int(d.timestamp()), rid(43, ALNUM + "abcdefghijklmnopqrstuvwxyz+/"),
                  rid(120, ALNUM + "abcdefghijklmnopqrstuvwxyz+/"))))
    h.append(("Date", format_datetime(d)))
    h.append(("From", addr(s.get("from_name", c["brand"]), "%s@%s" % (s["sender"], dom), cs)))
    if s.get("reply_to", "no-reply") is not None:
        h.append(("Reply-To", "%s@%s" % (s.get("reply_to", "no-reply"), dom)))
    h.append(("To", addr(rname, raddr, cs)))
    h.append(("Message-ID", "<%s@eu-west-1.amazonses.com>" % ses))
    h.append(("Subject", hdr(c["subject"], cs)))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Bounces-to", "%s@bounces.%s" % (rid(12).lower(), dom)))
    h.append(("X-AMAZON-RTE-VERSION", "2.0"))
    h.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rid(43, ALNUM + "abcdefghijklmnopqrstuvwxyz+/")))
    h.append(("X-SES-Outgoing", "%s-%s" % (d.strftime("%Y.%m.%d"), ip)))
    return h


def other_headers(s, c, cs):
    rname, raddr = s["rcpt"]
    mx = MX[raddr.split("@")[1]]
    d = s["date"]
    faddr = s["from_addr"]
    fdom = faddr.split("@")[1]
    ip = s.get("ip") or "%d.%d.%d.%d" % (R.choice([45, 91, 185, 193, 194, 212]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    helo = s.get("helo") or "mail.%s" % fdom
    rcv = d + datetime.timedelta(seconds=R.randint(1, 40))
    h = [("Return-Path", "<%s>" % s.get("return_path", faddr))]
    h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        helo, helo, ip, mx, rid(16).lower(), raddr,
        format_datetime(rcv.astimezone(datetime.timezone(datetime.timedelta(hours=R.choice([1, 2]))))))))
    if s.get("auth_other"):
        h.append(("Authentication-Results", "%s;\n\t%s" % (mx, s["auth_other"].replace("; ", ";\n\t"))))
    h.append(("Date", format_datetime(d.astimezone(datetime.timezone(datetime.timedelta(hours=s.get("tz", 2)))))))
    h.append(("From", addr(s["from_name"], faddr, cs)))
    if s.get("reply_to_addr"):
        h.append(("Reply-To", s["reply_to_addr"]))
    h.append(("To", addr(rname, raddr, cs)))
    h.append(("Message-ID", "<%s.%s@%s>" % (hexid(16), rid(6).lower(), s.get("msgid_dom", fdom))))
    h.append(("Subject", hdr(c["subject"], cs)))
    for k, v in s.get("extra_headers", []):
        h.append((k, v))
    return h


# --------------------------------------------------------------------------
# assemble one message
# --------------------------------------------------------------------------
def build(s):
    c = ctx_for(s)
    cs = s.get("cs", "utf-8")
    cte = s.get("cte", "quoted-printable")
    ctes = cte if isinstance(cte, tuple) else (cte, cte)
    fmt = s.get("fmt", "plain")
    text = s["text"].format(**c["fmt"]) if "text" in s else None
    htm = s["html"].format(**c["fmt"]) if "html" in s else None
    if fmt in ("plain", "alt") and text is None:
        text = render_plain(c)
    if fmt in ("html", "alt") and htm is None:
        htm = RENDER_HTML[s.get("layout", "classic")](c, cs)
    if fmt == "plain":
        body = leaf(text, "plain", cs, ctes[0])
    elif fmt == "html":
        body = leaf(htm, "html", cs, ctes[1])
    else:
        body = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            R.randint(10 ** 6, 10 ** 8), R.randint(10 ** 8, 2 * 10 ** 9), int(s["date"].timestamp() * 1000)))
        body.attach(leaf(text, "plain", cs, ctes[0]))
        body.attach(leaf(htm, "html", cs, ctes[1]))
    heads = amazon_headers(s, c, cs) if s.get("amazon", True) else other_headers(s, c, cs)
    content = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in list(body.keys()):
        del body[k]
    for k, v in heads:
        if isinstance(v, Header):
            v = v.encode(maxlinelen=76)
        body[k] = v
    body["MIME-Version"] = "1.0"
    for k, v in content:
        body[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    return buf.getvalue()


# ==========================================================================
# POLISH  (amazon.pl)
# ==========================================================================
PL = [
    # ---------------- notices: inventory_shortage ----------------
    dict(key="pl-inv-1", kind="notice", cause="inventory_shortage", sr=True, note="supplier cannot obtain item; html classic",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=True,
         sender="order-update", subject="Twoje zamówienie Amazon.pl nr {o} zostało anulowane",
         title="Anulowanie zamówienia", greet="Witaj {first},",
         paras=["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie nr {o}. Zamówiony produkt nie jest już dostępny u naszego dostawcy, a nie udało nam się pozyskać go z innego źródła.",
                "Nie pobraliśmy żadnej opłaty za anulowany produkt. Jeśli w historii rachunku widzisz tymczasową blokadę środków, bank zwolni ją w ciągu kilku dni roboczych.",
                "Podobne produkty znajdziesz w naszym sklepie – wystarczy wpisać nazwę w wyszukiwarce Amazon.pl."],
         items=[("Bosch TWK3A011 Czajnik elektryczny, 1,7 l, 2400 W, biały", 1, 149.99)],
         help=0, sig=0, footers=[1, 3]),
    dict(key="pl-inv-2", kind="notice", cause="inventory_shortage", sr=True, note="third-party seller sold out, seller cancelled; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-2", cte="quoted-printable", auth=False,
         sender="marketplace-messages", subject="Zamówienie nr {o}: sprzedawca anulował Twoje zamówienie",
         greet="Dzień dobry,",
         paras=["Sprzedawca TechPunkt24 anulował Twoje zamówienie nr {o}. Z informacji przekazanych przez sprzedawcę wynika, że towar wyprzedał się, zanim zamówienie zostało przygotowane do wysyłki, a hurtownia nie przewiduje kolejnej dostawy.",
                "Płatność za produkty sprzedawców zewnętrznych pobieramy dopiero w momencie wysyłki, dlatego Twoja karta nie została obciążona.",
                "Jeśli masz pytania, możesz napisać do sprzedawcy przez Centrum wiadomości w sekcji Twoje konto: {home}gp/message"],
         items=[("Kabel USB-C do USB-C, 2 m, 100 W, oplot nylonowy, szybkie ładowanie PD", 2, 39.90, "TechPunkt24")],
         help=None, sig=2, footers=[0, 2]),
    dict(key="pl-inv-3", kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled; html mobile",
         fmt="html", layout="mobile", cs="utf-8", cte="base64", auth=True,
         sender="auto-confirm", subject="Anulowanie przedsprzedaży – zamówienie nr {o}",
         title="Twoja przedsprzedaż", greet="Dzień dobry {full},",
         paras=["Dziękujemy za złożenie zamówienia w przedsprzedaży. Niestety wydawca poinformował nas, że otrzymamy znacznie mniej egzemplarzy niż pierwotnie zamówiliśmy, i nie będziemy w stanie zrealizować Twojej rezerwacji.",
                "Produkt „{item}” został w związku z tym usunięty z zamówienia nr {o}.",
                "Przy przedsprzedaży płatność pobieramy dopiero w dniu wysyłki, więc nic nie zostało pobrane z Twojej karty."],
         items=[("Figurka kolekcjonerska The Legend of Zelda: Tears of the Kingdom – Link, 25 cm (edycja limitowana)", 1, 429.00)],
         items_heading="Anulowana przedsprzedaż", help=3, sig=4, footers=[1, 4], view=1),
    dict(key="pl-inv-thread", kind="notice", cause="inventory_shortage", sr=False, note="thread: cause from earlier mail",
         thread="pl-A", fmt="plain", plain_layout="A", cs="utf-8", cte="8bit", auth=False,
         sender="order-update", subject="Anulowano produkt z Twojego zamówienia nr {o}",
         title="Anulowanie produktu", greet="Witaj,",
         paras=["Produkt wymieniony poniżej został anulowany z Twojego zamówienia.",
                "Kwota za ten produkt nie zostanie pobrana."],
         items=[("Ekspres ciśnieniowy De'Longhi Dedica Style EC685.M, srebrny", 1, 699.00)],
         help=2, sig=3, footers=[0]),
    # ---------------- notices: payment_issue ----------------
    dict(key="pl-pay-1", kind="notice", cause="payment_issue", sr=True, note="labelled reason: card issuer declined; html rio",
         fmt="html", layout="rio", cs="iso-8859-2", cte="8bit", auth=True,
         sender="payments-messages", subject="Zamówienie nr {o} zostało anulowane",
         title="Zamówienie anulowane", greet="Dzień dobry,",
         paras=["Twoje zamówienie nr {o} zostało anulowane.",
                "Powód: bank, który wydał Twoją kartę, odrzucił autoryzację płatności.",
                "Żadne środki nie zostały pobrane. Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie i wybierz inną metodę płatności albo najpierw skontaktuj się ze swoim bankiem."],
         items=[("Słuchawki bezprzewodowe Sony WH-1000XM5, czarne", 1, 1349.00),
                ("Twarde etui podróżne na słuchawki nauszne, szare", 1, 59.99, "AudioStore PL")],
         help=1, sig=0, footers=[2, 1, 3], view=0),
    dict(key="pl-pay-2", kind="notice", cause="payment_issue", sr=True, note="payment revision deadline passed; plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="quoted-printable", auth=True,
         sender="payments-messages", subject="Anulowanie zamówienia Amazon.pl nr {o}",
         title="Informacja o płatności", greet="Witaj {first},",
         paras=["Kilka dni temu prosiliśmy o zaktualizowanie informacji o płatności dla zamówienia nr {o}. Nowe dane nie zostały wprowadzone, a wyznaczony termin już minął – zamówienie zostało więc przez nas anulowane.",
                "Nie pobraliśmy od Ciebie żadnej kwoty.",
                "Aby uniknąć podobnej sytuacji w przyszłości, sprawdź, czy dane karty zapisane w sekcji Twoje płatności są aktualne: {home}cpe/yourpayments/wallet"],
         items=[("Pampers Premium Care pieluszki, rozmiar 4 (9–14 kg), 168 szt.", 1, 189.99),
                ("Chusteczki nawilżane Pampers Harmonie Aqua, 15 x 48 szt.", 1, 79.99)],
         help=0, sig=0, footers=[1, 0], view=2),
    dict(key="pl-pay-3", kind="notice", cause="payment_issue", sr=True, note="gift card balance insufficient; html classic",
         fmt="html", layout="classic", cs="utf-8", cte="base64", auth=False,
         sender="payments-messages", subject="Informacja dotycząca Twojego zamówienia na Amazon.pl",
         title="Zamówienie anulowane", greet="Dzień dobry {full},",
         paras=["Środki dostępne na Twojej karcie podarunkowej Amazon.pl okazały się niewystarczające do pokrycia pełnej wartości zamówienia nr {o}, a do konta nie była przypisana żadna dodatkowa metoda płatności. W tej sytuacji zamówienie zostało anulowane.",
                "Saldo karty podarunkowej pozostało bez zmian – nie pobraliśmy z niego ani złotówki.",
                "Aktualne saldo sprawdzisz tutaj: {home}gc/balance"],
         items=[("Olga Tokarczuk – Księgi Jakubowe, wydanie w twardej oprawie", 1, 89.90),
                ("Wisława Szymborska – Wiersze wszystkie", 1, 74.99)],
         help=4, sig=1, footers=[0, 2, 4]),
    dict(key="pl-pay-thread", kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail",
         thread="pl-B", fmt="alt", layout="mobile", plain_layout="B", cs="iso-8859-2", cte="quoted-printable", auth=True,
         sender="order-update", subject="Twoje zamówienie nr {o} zostało anulowane",
         title="Zamówienie anulowane", greet="Witaj,",
         paras=["Informujemy, że zamówienie nr {o} zostało anulowane. Szczegóły znajdziesz poniżej.",
                "Za anulowane produkty nie zostaną naliczone żadne opłaty."],
         items=[("Odkurzacz pionowy Dyson V12 Detect Slim Absolute", 1, 2799.00)],
         help=2, sig=0, footers=[1, 3]),
    # ---------------- notices: technical_issue ----------------
    dict(key="pl-tech-1", kind="notice", cause="technical_issue", sr=True, note="pricing error, reason first; plain",
         fmt="plain", plain_layout="A", cs="utf-8", cte="8bit", auth=False,
         sender="order-update", subject="Ważna informacja o Twoim zamówieniu nr {o}",
         title="Informacja o zamówieniu", greet="Dzień dobry,",
         paras=["Cena widoczna w chwili składania zamówienia była nieprawidłowa. W wyniku błędu przy wprowadzaniu danych produkt „{item}” był oferowany za 49,99 zł zamiast 1 149,00 zł.",
                "Zgodnie z Warunkami użytkowania i sprzedaży Amazon.pl w takich przypadkach anulujemy zamówienie – tak też postąpiliśmy z zamówieniem nr {o}. Przepraszamy za niedogodności.",
                "Twoja karta nie została obciążona."],
         items=[("Monitor gamingowy Samsung Odyssey G5 27\", 165 Hz, QHD", 1, 49.99)],
         help=3, sig=2, footers=[3, 0]),
    dict(key="pl-tech-2", kind="notice", cause="technical_issue", sr=True, note="system error, explicitly not payment; html rio",
         fmt="alt", layout="rio", plain_layout="C", cs="utf-8", cte=("quoted-printable", "quoted-printable"), auth=True,
         sender="no-reply", subject="Twoje zamówienie nr {o} zostało anulowane",
         title="Anulowaliśmy Twoje zamówienie", greet="Witaj {first},",
         paras=["To nie jest problem z Twoją płatnością ani z kontem. Podczas przetwarzania zamówienia nr {o} w naszym systemie wystąpił błąd, przez który nie mogliśmy go poprawnie zrealizować, dlatego zostało ono anulowane.",
                "Jeśli na wyciągu widzisz blokadę środków, zniknie ona automatycznie. Produkty możesz zamówić ponownie – pamiętaj tylko, że ceny i dostępność mogły się w międzyczasie zmienić."],
         items=[("Robot kuchenny Bosch MUM5 CreationLine, 1000 W", 1, 899.00),
                ("Zestaw pojemników na żywność Lock&Lock, 10 szt.", 1, 119.00)],
         help=1, sig=4, footers=[1, 5, 3], view=0),
    dict(key="pl-tech-3", kind="notice", cause="technical_issue", sr=True, note="listing error (wrong model on page), one item removed; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-2", cte="base64", auth=False,
         sender="order-update", subject="Anulowaliśmy produkt z Twojego zamówienia",
         greet="Dzień dobry {full},",
         paras=["Strona produktu „{item}” zawierała błędne informacje – opis i zdjęcia dotyczyły innego modelu niż ten, który faktycznie mamy w magazynie. Nie chcemy wysłać Ci czegoś innego niż to, co widniało w ofercie, dlatego usunęliśmy ten produkt z zamówienia nr {o}.",
                "Pozostałe produkty z tego zamówienia zostaną wysłane zgodnie z planem. Za anulowany produkt nie zapłacisz."],
         items=[("Plecak miejski Samsonite Securipak 15,6\", granatowy", 1, 349.00)],
         help=0, sig=1, footers=[6, 1]),
    # ---------------- notices: fraud_prevention ----------------
    dict(key="pl-fraud-1", kind="notice", cause="fraud_prevention", sr=True, note="security review, cardholder verification not received; html classic",
         fmt="html", layout="classic", cs="utf-8", cte="quoted-printable", auth=True,
         sender="no-reply", subject="Twoje zamówienie Amazon.pl zostało anulowane",
         title="Zamówienie anulowane", greet="Dzień dobry,",
         paras=["W ramach rutynowych kontroli bezpieczeństwa Twoje zamówienie nr {o} zostało skierowane do dodatkowej weryfikacji. Poprosiliśmy o potwierdzenie danych posiadacza karty, ale nie otrzymaliśmy ich w wymaganym czasie, w związku z czym zamówienie zostało anulowane.",
                "Nie obciążyliśmy Twojej karty. Jeśli uważasz, że to pomyłka, zaloguj się na swoje konto na Amazon.pl i skontaktuj się z Obsługą Klienta. Nigdy nie podawaj danych karty w odpowiedzi na wiadomość e-mail."],
         items=[("Apple iPad Air 11\" (M2), Wi-Fi, 128 GB, gwiezdna szarość", 1, 2999.00)],
         help=0, sig=2, footers=[1, 3]),
    dict(key="pl-fraud-2", kind="notice", cause="fraud_prevention", sr=True, note="unusual activity, account locked, pending order cancelled; plain",
         fmt="plain", plain_layout="A", cs="iso-8859-2", cte="quoted-printable", auth=True,
         sender="cs-reply", reply_to=None, subject="Twoje konto Amazon.pl i zamówienie nr {o}",
         title="Bezpieczeństwo konta", greet="Witaj {first},",
         paras=["Zauważyliśmy nietypową aktywność na Twoim koncie Amazon.pl. Aby chronić Ciebie i Twoje dane, tymczasowo zablokowaliśmy konto, a oczekujące zamówienie nr {o} anulowaliśmy.",
                "Aby odzyskać dostęp, otwórz aplikację Amazon albo wpisz ręcznie adres www.amazon.pl w przeglądarce i postępuj zgodnie ze wskazówkami wyświetlanymi po zalogowaniu. Nie klikaj linków w wiadomościach, co do których nie masz pewności.",
                "Za anulowane zamówienie nie pobrano opłaty."],
         items=[("Karta podarunkowa Google Play 200 zł (kod cyfrowy)", 2, 200.00),
                ("Konsola Nintendo Switch OLED, biała", 1, 1399.00)],
         help=None, sig=2, footers=[5, 1]),
    dict(key="pl-fraud-3", kind="notice", cause="fraud_prevention", sr=True, note="implied: could not confirm account owner, Amazon decided to cancel; html mobile",
         fmt="html", layout="mobile", cs="utf-8", cte="8bit", auth=False,
         sender="order-update", subject="Anulowanie zamówienia nr {o}",
         title="Anulowanie zamówienia", greet="Dzień dobry {full},",
         paras=["Dbamy o to, aby z każdego konta korzystał wyłącznie jego właściciel. W przypadku zamówienia nr {o} nie byliśmy w stanie tego potwierdzić, dlatego Amazon zdecydował się je anulować.",
                "Jeśli zamówienie pochodziło od Ciebie, przejrzyj ustawienia w sekcji Logowanie i bezpieczeństwo, a następnie złóż je ponownie. Środki nie zostały pobrane."],
         items=[("Smartfon Samsung Galaxy S24, 128 GB, Onyx Black", 1, 3299.00)],
         help=4, sig=0, footers=[2, 4], view=1),
    # ---------------- notices: customer_request ----------------
    dict(key="pl-cust-1", kind="notice", cause="customer_request", sr=True, note="successful cancellation at your request; html rio",
         fmt="html", layout="rio", cs="utf-8", cte="base64", auth=True,
         sender="auto-confirm", subject="Pomyślne anulowanie produktu „Kawa ziarnista Lavazza Qualità Oro…” z Twojego zamówienia",
         title="Produkt anulowany", greet="Witaj,",
         paras=["Zgodnie z Twoją prośbą anulowaliśmy następujący produkt z zamówienia nr {o}.",
                "Jeśli płatność została już pobrana, zwrot pojawi się na Twoim rachunku w ciągu 3–5 dni roboczych."],
         items=[("Kawa ziarnista Lavazza Qualità Oro, 1 kg", 3, 64.99)],
         help=2, sig=3, footers=[0, 1], view=2),
    dict(key="pl-cust-2", kind="notice", cause="customer_request", sr=True, note="labelled line 'Powód anulowania: Anulowane przez klienta'; plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="quoted-printable", auth=False,
         sender="order-update", subject="Anulowanie zamówienia nr {o}",
         title="Szczegóły anulowania", greet="Dzień dobry,",
         paras=["Twoje zamówienie zostało anulowane. Poniżej znajdziesz szczegóły.",
                "Status: Anulowane\nPowód anulowania: Anulowane przez klienta",
                "Nie obciążymy Cię kosztami anulowanych produktów."],
         items=[("Klocki LEGO Technic 42151 Bugatti Bolide", 1, 199.99),
                ("LEGO Classic 11717 Kreatywne klocki, 1500 elementów", 1, 249.99)],
         help=3, sig=1, footers=[3, 0], view=1),
    dict(key="pl-cust-3", kind="notice", cause="customer_request", sr=True, note="old-style 'you just cancelled' Status: ANULOWANE; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-2", cte="8bit", auth=True,
         sender="auto-confirm", subject="Amazon.pl – Twoje anulowanie ({o})",
         greet="Witaj {first},",
         paras=["Potwierdzamy, że anulowano Twoje zamówienie nr {o} złożone {date}.",
                "Status: ANULOWANE",
                "Jeśli anulowanie było pomyłką, możesz ponownie dodać produkty do koszyka i złożyć nowe zamówienie. Kwota za anulowane zamówienie nie zostanie pobrana."],
         items=[("Tefal Ingenio Easy Cook & Clean, zestaw patelni, 3 szt.", 1, 279.00)],
         help=2, sig=0, footers=[0, 2]),
    # ---------------- notices: unknown, no reason ----------------
    dict(key="pl-unk-nr-1", kind="notice", cause="unknown", sr=False, note="two items cancelled, no reason; html classic",
         fmt="alt", layout="classic", plain_layout="A", cs="iso-8859-2", cte=("quoted-printable", "quoted-printable"), auth=False,
         sender="order-update", subject="Anulowano 2 produkty z Twojego zamówienia Amazon.pl nr {o}",
         title="Anulowane produkty", greet="Witaj {full},",
         paras=["Przepraszamy, ale poniższe produkty z Twojego zamówienia nr {o} zostały anulowane.",
                "Nie pobierzemy za nie opłaty. Pozostałe produkty z zamówienia, o ile takie są, zostaną wysłane osobno."],
         items=[("Szczoteczka soniczna Philips Sonicare ProtectiveClean 4300, HX6800/35", 1, 249.00),
                ("Końcówki Philips Sonicare C3 Premium Plaque Defence, 4 szt.", 1, 119.99)],
         help=4, sig=4, footers=[1, 3]),
    dict(key="pl-unk-nr-2", kind="notice", cause="unknown", sr=False, note="very short, no reason; plain",
         fmt="plain", plain_layout="B", cs="utf-8", cte="8bit", auth=False,
         sender="no-reply", reply_to=None, subject="Zamówienie {o} anulowane",
         greet="Dzień dobry,",
         paras=["Twoje zamówienie {o} zostało anulowane. Kwota {total} nie zostanie pobrana z Twojej karty."],
         items=[("Karma dla kota Purina Gourmet Gold, mix smaków, 48 x 85 g", 1, 119.99)], help=None, sig=4, footers=[0]),
    dict(key="pl-unk-nr-3", kind="notice", cause="unknown", sr=False, note="'Informacja od Amazon.pl', we had to cancel, no reason; plain",
         fmt="plain", plain_layout="A", cs="utf-8", cte="base64", auth=False,
         sender="order-update", subject="Informacja od Amazon.pl",
         title="Informacja o zamówieniu", greet="Witaj,",
         paras=["Piszemy, aby poinformować, że jesteśmy zmuszeni anulować Twoje zamówienie nr {o}.",
                "Przepraszamy za wszelkie niedogodności. Jeżeli płatność została już zrealizowana, otrzymasz pełny zwrot na pierwotną metodę płatności."],
         items=[("Hulajnoga elektryczna Xiaomi Electric Scooter 4", 1, 1899.00)],
         help=0, sig=1, footers=[1, 4]),
    # ---------------- notices: unknown, other reason ----------------
    dict(key="pl-unk-r-1", kind="notice", cause="unknown", sr=True, note="shipping address unusable (postcode/city mismatch); html rio",
         fmt="html", layout="rio", cs="iso-8859-2", cte="base64", auth=False,
         sender="order-update", subject="Zamówienie nr {o} zostało anulowane",
         title="Nie możemy dostarczyć zamówienia", greet="Dzień dobry {full},",
         paras=["Nie jesteśmy w stanie wysłać zamówienia nr {o} na podany adres: kod pocztowy 00-950 nie odpowiada miejscowości Kraków, a próby potwierdzenia adresu nie przyniosły rezultatu. Z tego powodu zamówienie anulowaliśmy.",
                "Twoja karta nie została obciążona. Zanim złożysz zamówienie ponownie, sprawdź i popraw adres w książce adresowej: {home}a/addresses"],
         items=[("Fotel biurowy ergonomiczny Songmics, siatkowy, czarny", 1, 459.00)],
         help=None, sig=0, footers=[3, 1], view=2),
    dict(key="pl-unk-r-2", kind="notice", cause="unknown", sr=True, note="item cannot be shipped to Poland (lithium batteries); labelled; plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="base64", auth=True,
         sender="order-update", subject="Twoje zamówienie nr {o} zostało anulowane",
         title="Zamówienie anulowane", greet="Witaj {first},",
         paras=["Przyczyna: produkt nie może zostać wysłany do Polski.",
                "Produkt jest wysyłany z magazynu poza Polską i ze względu na przepisy dotyczące przewozu akumulatorów litowych nie może trafić pod adres w Polsce. Dlatego zamówienie nr {o} zostało anulowane.",
                "Pieniądze nie zostały pobrane z Twojego konta. Przepraszamy za kłopot."],
         items=[("Akumulatory litowo-jonowe 18650, 3500 mAh, 8 szt., z ładowarką", 1, 169.00, "PowerCell Direct DE")],
         help=1, sig=2, footers=[1, 3], view=0),
    # ---------------- thread first mails (non_notice) ----------------
    dict(key="pl-thread-A1", kind="non_notice", cause=None, sr=False, note="thread",
         thread="pl-A", thread_first=True, fmt="plain", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=True,
         sender="order-update", subject="Opóźnienie dostawy Twojego zamówienia nr {o}",
         title="Opóźnienie dostawy", greet="Witaj,",
         paras=["Niestety nie możemy jeszcze wysłać produktu „{item}” z Twojego zamówienia nr {o}. Nasz dostawca ma problem z dostarczeniem tego artykułu i na razie nie potrafimy określić, kiedy znów będzie dostępny.",
                "Nadal staramy się go pozyskać i damy Ci znać, gdy tylko poznamy nowy termin wysyłki. Jeśli nie chcesz dłużej czekać, możesz anulować ten produkt w sekcji Twoje zamówienia – nie zapłacisz za niego."],
         items=[("Ekspres ciśnieniowy De'Longhi Dedica Style EC685.M, srebrny", 1, 699.00)],
         items_heading="Opóźnione produkty", help=2, sig=0, footers=[0, 3]),
    dict(key="pl-thread-B1", kind="non_notice", cause=None, sr=False, note="thread",
         thread="pl-B", thread_first=True, fmt="alt", layout="mobile", plain_layout="B", cs="utf-8", cte="quoted-printable", auth=True,
         sender="payments-messages", subject="Działanie wymagane: zaktualizuj metodę płatności dla zamówienia nr {o}",
         title="Problem z płatnością", greet="Witaj,",
         paras=["Próbowaliśmy obciążyć Twoją kartę Mastercard zakończoną cyframi 4417 kwotą {total} za zamówienie nr {o}, ale płatność nie została zaakceptowana.",
                "Aby zamówienie mogło zostać wysłane, zaktualizuj informacje o płatności do {deadline}. Jeżeli do tego dnia nie otrzymamy nowych danych, zamówienie zostanie anulowane.",
                "Możesz to zrobić w sekcji Twoje zamówienia, wybierając opcję „Zmień metodę płatności” przy tym zamówieniu."],
         items=[("Odkurzacz pionowy Dyson V12 Detect Slim Absolute", 1, 2799.00)],
         items_heading="Produkty w zamówieniu", button="Zaktualizuj metodę płatności", help=None, sig=0, footers=[1, 2]),
    # ---------------- other non_notices ----------------
    dict(key="pl-nn-ship", kind="non_notice", cause=None, sr=False, note="shipping confirmation with 14-day withdrawal/cancel footer",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=True,
         sender="shipment-tracking", subject="Wysłano: „Philips Hue White and Color Ambiance…” i 1 inny produkt",
         title="Potwierdzenie wysyłki", greet="Witaj {first},",
         paras=["Informujemy, że Twoja przesyłka jest już w drodze. Zamówienia nie można już zmienić.",
                "Przewidywana dostawa: jutro, do godz. 21:00. Przesyłkę dostarczy InPost, numer przesyłki: 620944718835401127734219.",
                "Możesz odstąpić od umowy w ciągu 14 dni od dnia otrzymania produktu (z zastrzeżeniem pewnych wyjątków). Aby anulować zakup po dostawie, skorzystaj z Centrum zwrotów: {home}returns albo wypełnij formularz odstąpienia od umowy: {home}formularz-odstapienia"],
         items=[("Philips Hue White and Color Ambiance, żarówka E27, 2 szt.", 1, 279.99),
                ("Philips Hue Bridge, mostek sterujący", 1, 229.00)],
         items_heading="Wysłane produkty", total_label=2, help=3, sig=3, footers=[3, 0]),
    dict(key="pl-nn-prime", kind="non_notice", cause=None, sr=False, note="Prime membership cancelled at customer request",
         fmt="html", layout="rio", cs="utf-8", cte="base64", auth=False,
         sender="digital-no-reply", subject="Potwierdzenie anulowania członkostwa Amazon Prime",
         title="Anulowaliśmy Twoje członkostwo Prime", greet="Witaj {first},",
         paras=["Zgodnie z Twoją prośbą anulowaliśmy Twoje członkostwo Amazon Prime. Z korzyści Prime, takich jak bezpłatna dostawa i Prime Video, możesz korzystać do {deadline}. Po tym dniu nie pobierzemy kolejnej opłaty w wysokości 49,00 zł.",
                "Jeśli zmienisz zdanie, możesz wznowić członkostwo w dowolnym momencie: {home}prime"],
         items=[], deadline_days=17, button="Zarządzaj członkostwem", help=1, sig=0, footers=[2, 3]),
    dict(key="pl-nn-refund", kind="non_notice", cause=None, sr=False, note="return received, refund issued",
         fmt="html", layout="classic", cs="iso-8859-2", cte="quoted-printable", auth=False,
         sender="return", subject="Zwrot pieniędzy za zamówienie nr {o}",
         title="Potwierdzenie zwrotu pieniędzy", greet="Dzień dobry,",
         paras=["Otrzymaliśmy zwrócony produkt i zleciliśmy zwrot pieniędzy w wysokości {total} na kartę Visa użytą przy zakupie. Środki powinny pojawić się na Twoim rachunku w ciągu 3–5 dni roboczych.",
                "Dziękujemy za odesłanie produktu w oryginalnym opakowaniu."],
         items=[("Buty do biegania Adidas Runfalcon 3.0, rozmiar 43", 1, 219.00)],
         items_heading="Zwrócone produkty", total_label=1, help=1, sig=1, footers=[0, 3]),
    dict(key="pl-nn-allegro", kind="non_notice", cause=None, sr=False, note="another retailer (Allegro) order cancellation",
         amazon=False, from_name="Allegro", from_addr="powiadomienia@allegro.pl", msgid_dom="allegro.pl",
         helo="mta-out-12.allegro.pl", ip="91.207.14.63",
         auth_other="dkim=pass header.d=allegro.pl header.s=mail; spf=pass smtp.mailfrom=allegro.pl; dmarc=pass header.from=allegro.pl",
         fmt="alt", cs="utf-8", cte=("quoted-printable", "base64"),
         subject="Sprzedający anulował Twoje zamówienie",
         text="""Cześć {first},

sprzedający elektro_hurt_24 anulował Twoje zamówienie z {date}.

Przedmiot: Słuchawki JBL Tune 520BT, niebieskie
Kwota: 169,00 zł
Przyczyna podana przez sprzedającego: brak towaru na magazynie

Pieniądze wrócą na Twoje konto w ciągu kilku dni roboczych. Przy płatności przez Allegro Pay zwrot pojawi się w Twoim saldzie automatycznie.

Szczegóły znajdziesz w zakładce Moje Allegro > Zakupy:
https://allegro.pl/moje-allegro/zakupy/kupione

Pozdrawiamy
Zespół Allegro

Allegro.pl sp. z o.o., ul. Wierzbięcice 1B, 61-569 Poznań. Nie odpowiadaj na tę wiadomość.
""",
         html="""<html><head><meta charset="utf-8"><title>Allegro</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,Helvetica,sans-serif;color:#222;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #ff5a00;"><img src="https://a.allegroimg.com/original/12e5a4/logo-allegro.png" alt="Allegro" width="120"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-size:22px;font-weight:bold;">Sprzedający anulował Twoje zamówienie</td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;">Cześć {first},<br><br>sprzedający <b>elektro_hurt_24</b> anulował Twoje zamówienie z {date}.</td></tr>
<tr><td style="padding:8px 32px;"><table width="100%" style="border:1px solid #e5e5e5;font-size:14px;"><tr><td style="padding:12px;">Słuchawki JBL Tune 520BT, niebieskie</td><td align="right" style="padding:12px;font-weight:bold;">169,00 zł</td></tr>
<tr><td colspan="2" style="padding:0 12px 12px 12px;color:#666;">Przyczyna podana przez sprzedającego: brak towaru na magazynie</td></tr></table></td></tr>
<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;">Pieniądze wrócą na Twoje konto w ciągu kilku dni roboczych. Przy płatności przez Allegro Pay zwrot pojawi się w Twoim saldzie automatycznie.</td></tr>
<tr><td style="padding:16px 32px;"><a href="https://allegro.pl/moje-allegro/zakupy/kupione" style="background:#ff5a00;color:#fff;padding:12px 24px;text-decoration:none;font-weight:bold;">Przejdź do zakupów</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#888;">Allegro.pl sp. z o.o., ul. Wierzbięcice 1B, 61-569 Poznań. Nie odpowiadaj na tę wiadomość.</td></tr>
</table></td></tr></table></body></html>
"""),
    dict(key="pl-nn-friend", kind="non_notice", cause=None, sr=False, note="friend: I cancelled my Amazon order",
         amazon=False, from_name="Magda Kwiatkowska", from_addr="magda.kwiatkowska@wp.pl", msgid_dom="wp.pl",
         helo="smtpo104.poczta.onet.pl", ip="213.180.147.104",
         auth_other="dkim=pass header.d=wp.pl header.s=1024a; spf=pass smtp.mailfrom=wp.pl; dmarc=pass header.from=wp.pl",
         extra_headers=[("X-Mailer", "WP Poczta")],
         fmt="plain", cs="iso-8859-2", cte="8bit",
         subject="Re: odkurzacz",
         text="""Hej {first}!

Słuchaj, anulowałam w końcu to zamówienie na Amazonie z tym odkurzaczem, o którym Ci mówiłam. Przyszedł już mail, że zamówienie jest anulowane i pieniądze mają wrócić na kartę w ciągu paru dni. Uznałam, że nie będę czekać trzy tygodnie na dostawę, skoro w Media Expert mają ten sam model od ręki.

Może skoczymy razem w sobotę przed południem? Potem kawa u mnie :)

Buziaki,
Magda

> Dnia {date} {full} napisał(a):
> No i jak, przyszedł już ten odkurzacz z Amazona?
"""),
    # ---------------- lookalikes ----------------
    dict(key="pl-look-1", kind="lookalike", cause="payment_issue", sr=True, note="lookalike domain, reply with full card details, malformed order no.",
         amazon=False, from_name="Amazon.pl", from_addr="zamowienia@amazon-pl-obsluga.com", reply_to_addr="weryfikacja.platnosci@amazon-pl-obsluga.com",
         helo="vps-4471.hostingpro.eu", ip="185.234.72.19",
         auth_other="spf=pass smtp.mailfrom=amazon-pl-obsluga.com; dkim=none; dmarc=none header.from=amazon-pl-obsluga.com",
         fmt="plain", cs="utf-8", cte="quoted-printable",
         subject="Zamówienie anulowane – wymagane potwierdzenie karty",
         text="""Szanowny Kliencie,

Twoje zamówienie nr 403-88213-55410 zostało anulowane, ponieważ płatność nie przeszła weryfikacji.

Aby otrzymać zwrot środków w kwocie 1 879,00 zł, odpowiedz na tę wiadomość i podaj:
- pełny numer karty,
- datę ważności,
- kod CVV (3 cyfry z tyłu karty),
- imię i nazwisko posiadacza.

Jeśli nie otrzymamy odpowiedzi w ciągu 24 godzin, zwrot przepadnie, a Twoje konto zostanie zablokowane.

Dziękujemy,
Dział Płatności Amazon.pl

Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg
"""),
    dict(key="pl-look-2", kind="lookalike", cause="fraud_prevention", sr=True, note="homoglyph display name (Cyrillic A), gmail sender, suspended + unlock code",
         amazon=False, from_name="Аmazon.pl Bezpieczeństwo", from_addr="amazon.bezpieczenstwo.pl@gmail.com",
         helo="mail-sor-f41.google.com", ip="209.85.220.41",
         auth_other="dkim=pass header.d=gmail.com header.s=20230601; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
         fmt="html", cs="utf-8", cte="base64",
         subject="Twoje konto zostało zawieszone, a zamówienie anulowane",
         html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#111;">
<div style="max-width:560px;margin:0 auto;border:1px solid #ddd;padding:24px;">
<p style="font-size:26px;font-weight:bold;margin:0 0 16px 0;">amazon<span style="color:#ff9900;">.pl</span></p>
<p>Drogi Kliencie,</p>
<p>Twoje konto Amazon zostało <b>zawieszone</b> z powodu podejrzanej aktywności, a Twoje ostatnie zamówienie #402-7781934-220 zostało <b>anulowane</b>.</p>
<p>Aby odblokować konto i przywrócić zamówienie, użyj poniższego kodu na stronie weryfikacji w ciągu 24 godzin:</p>
<p style="font-size:22px;letter-spacing:3px;background:#f3f3f3;padding:12px;text-align:center;"><b>AMZ-PL-88412</b></p>
<p style="text-align:center;"><a href="https://amzn-weryfikacja.web.app/pl/konto" style="background:#ffd814;color:#111;padding:10px 26px;border-radius:18px;text-decoration:none;">Odblokuj konto</a></p>
<p>Jeśli nie zweryfikujesz konta, zostanie ono trwale usunięte, a środki z karty podarunkowej przepadną.</p>
<p style="font-size:11px;color:#777;">© Amazon.com, Inc. lub podmioty stowarzyszone. Amazon nigdy nie prosi o hasło w wiadomości e-mail.</p>
</div></body></html>
"""),
    dict(key="pl-look-3", kind="lookalike", cause="inventory_shortage", sr=True, note="Amazon classic layout copy, link text amazon.pl but href to phishing domain",
         amazon=False, from_name="Amazon.pl", from_addr="no-reply@amazon.pl-zwroty.info", msgid_dom="amazon.pl-zwroty.info",
         helo="smtp.amazon.pl-zwroty.info", ip="194.26.192.77",
         auth_other="spf=softfail smtp.mailfrom=amazon.pl-zwroty.info; dkim=none; dmarc=fail header.from=amazon.pl-zwroty.info",
         link="http://amazon-pl.zwrot-srodkow.top/login.php?ref=ord", order="405-2291847-6630192",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte=("quoted-printable", "quoted-printable"),
         subject="Twoje zamówienie Amazon.pl nr 405-2291847-6630192 zostało anulowane",
         title="Anulowanie zamówienia", greet="Witaj,",
         paras=["Produkt z Twojego zamówienia nr {o} jest niedostępny w magazynie, dlatego zamówienie zostało anulowane.",
                "Aby otrzymać zwrot kwoty {total}, musisz potwierdzić dane logowania i karty w ciągu 48 godzin: [[https://www.amazon.pl/gp/your-account/order-history|http://amazon-pl.zwrot-srodkow.top/login.php?ref=ord]]",
                "Po tym terminie zwrot nie będzie możliwy."],
         items=[("Laptop Lenovo IdeaPad Slim 5 14\", Ryzen 7, 16 GB RAM, 512 GB SSD", 1, 3249.00)],
         help=0, sig=0, footers=[1, 3]),
    dict(key="pl-look-4", kind="lookalike", cause="customer_request", sr=True, note="callback phone number, order no. with letter O",
         amazon=False, from_name="Amazon Obsługa Klienta", from_addr="potwierdzenie@mail-obsluga-amazon.net",
         helo="srv17.mail-obsluga-amazon.net", ip="45.138.16.201",
         auth_other="spf=pass smtp.mailfrom=mail-obsluga-amazon.net; dkim=pass header.d=mail-obsluga-amazon.net; dmarc=pass header.from=mail-obsluga-amazon.net",
         fmt="plain", cs="iso-8859-2", cte="quoted-printable",
         subject="Potwierdzenie anulowania zamówienia 4O6-1129384-552O1",
         text="""Dzień dobry,

Zgodnie z Twoją prośbą Twoje zamówienie nr 4O6-1129384-552O1 zostało anulowane.

Produkt: Apple iPhone 15 Pro 256 GB, tytan naturalny
Kwota: 5 899,00 zł
Status: anulowane na życzenie klienta

Jeśli NIE składałeś tej prośby, Twoje konto mogło zostać przejęte. Natychmiast zadzwoń do działu bezpieczeństwa Amazon pod numer +48 22 307 41 96 (czynny całą dobę). Konsultant pomoże Ci zablokować nieautoryzowaną transakcję.

Nie odpowiadaj na tę wiadomość.

Amazon.pl
"""),
    dict(key="pl-look-5", kind="lookalike", cause="technical_issue", sr=True, note="typo domain amaz0n, no order number, system failure + verify link",
         amazon=False, from_name="Amazon", from_addr="powiadomienia@amaz0n-pl.com",
         helo="mx1.amaz0n-pl.com", ip="193.233.20.14",
         auth_other="spf=neutral smtp.mailfrom=amaz0n-pl.com; dkim=none; dmarc=none header.from=amaz0n-pl.com",
         link="https://bit.ly/3amzPLweryf", order=None,
         fmt="html", layout="mobile", cs="utf-8", cte="quoted-printable",
         subject="Awaria systemu – Twoje zamówienie zostało anulowane",
         title="Twoje zamówienie", greet="Drogi Kliencie,",
         paras=["Z powodu awarii naszego systemu płatności Twoje ostatnie zamówienie zostało anulowane.",
                "Aby je przywrócić, zweryfikuj swoje konto w ciągu 12 godzin. W przeciwnym razie konto zostanie dezaktywowane."],
         items=[], button="Zweryfikuj konto", help=0, sig=0, footers=[1]),
]


# ==========================================================================
# SWEDISH  (amazon.se)
# ==========================================================================
SV = [
    # ---------------- notices: inventory_shortage ----------------
    dict(key="sv-inv-1", kind="notice", cause="inventory_shortage", sr=True, note="out of stock, supplier cannot deliver; html classic",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=True,
         sender="order-update", subject="Din beställning på Amazon.se #{o} har annullerats",
         title="Annullerad beställning", greet="Hej {first},",
         paras=["Tyvärr har vi varit tvungna att annullera din beställning. Artikeln nedan har tagit slut i lager, och vår leverantör kan inte längre leverera den till oss.",
                "Du har inte debiterats för den här beställningen.",
                "Liknande produkter hittar du enkelt genom att söka på Amazon.se."],
         items=[("Moccamaster KBG Select kaffebryggare, 1,25 l, matt svart", 1, 2495.00)],
         help=0, sig=0, footers=[1, 3]),
    dict(key="sv-inv-2", kind="notice", cause="inventory_shortage", sr=True, note="third-party seller sold last unit elsewhere, seller cancelled; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-1", cte="quoted-printable", auth=False,
         sender="marketplace-messages", subject="Säljaren har avbrutit din beställning {o}",
         greet="Hej,",
         paras=["Säljaren NordicGear AB har meddelat oss att de inte kan skicka din beställning #{o}. Enligt säljaren såldes det sista exemplaret via en annan försäljningskanal, och någon ny leverans är inte planerad.",
                "Betalningen för artiklar från andra säljare dras först när de skickas, så ditt kort har inte belastats.",
                "Vill du fråga säljaren något kan du göra det via Meddelandecenter under Ditt konto: {home}gp/message"],
         items=[("Fjällräven Kånken ryggsäck 16 l, Navy", 1, 949.00, "NordicGear AB")],
         help=None, sig=2, footers=[0, 2]),
    dict(key="sv-inv-3", kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled, publisher sends no copies; html mobile",
         fmt="html", layout="mobile", cs="utf-8", cte="base64", auth=True,
         sender="auto-confirm", subject="Uppdatering om din förhandsbeställning #{o}",
         title="Din förhandsbeställning", greet="Hej {full},",
         paras=["Skivbolaget har meddelat att utgåvan du förhandsbeställt trycks i en betydligt mindre upplaga än planerat, och vi kommer inte att få några exemplar. Därför kan vi inte leverera din förhandsbeställning, och artikeln har tagits bort från beställning #{o}.",
                "Ingen betalning har dragits – förhandsbeställningar debiteras först när artikeln skickas."],
         items=[("Robyn – Honey (Limited Edition, transparent rosa vinyl)", 1, 379.00)],
         items_heading="Annullerad förhandsbeställning", help=3, sig=4, footers=[1, 4], view=1),
    dict(key="sv-inv-4", kind="notice", cause="inventory_shortage", sr=True, note="terse reason-first 'Slutsåld.', one item removed; plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="8bit", auth=False,
         sender="order-update", subject="En slutsåld artikel har tagits bort från din beställning",
         title="Ändring i din beställning", greet="Hej {first},",
         paras=["Slutsåld. Artikeln nedan går inte längre att få tag på, så vi har strukit den från beställning {o}.",
                "Resten av din beställning påverkas inte, och beloppet för den borttagna artikeln dras aldrig."],
         items=[("Bosch Professional GSR 18V-55 borrskruvdragare, 2 x 2,0 Ah", 1, 2299.00)],
         help=2, sig=1, footers=[5, 0], view=2),
    # ---------------- notices: payment_issue ----------------
    dict(key="sv-pay-1", kind="notice", cause="payment_issue", sr=True, note="labelled 'Orsak:' expired card; html rio",
         fmt="html", layout="rio", cs="iso-8859-1", cte="8bit", auth=True,
         sender="payments-messages", subject="Din beställning #{o} har annullerats",
         title="Beställningen har annullerats", greet="Hej,",
         paras=["Vi har annullerat din beställning #{o}.",
                "Orsak: kortet som är kopplat till beställningen har passerat sitt giltighetsdatum (03/25), och ingen annan betalningsmetod fanns registrerad.",
                "Inga pengar har dragits från ditt konto. Lägg gärna till ett giltigt kort under Din plånbok och gör en ny beställning."],
         items=[("Oral-B iO Series 7 eltandborste, Sapphire Blue", 1, 1690.00),
                ("Oral-B iO Ultimate Clean refill, 4-pack", 1, 349.00)],
         help=1, sig=0, footers=[2, 1, 3], view=0),
    dict(key="sv-pay-2", kind="notice", cause="payment_issue", sr=True, note="bank refused authorisation after several attempts; plain",
         fmt="plain", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=True,
         sender="payments-update", subject="Betalningen kunde inte genomföras – beställning {o} avbruten",
         title="Betalningsinformation", greet="Hej {first},",
         paras=["Din bank godkände inte betalningen för beställning #{o}. Vi har försökt genomföra transaktionen flera gånger under de senaste dagarna utan att lyckas och har nu avbrutit beställningen.",
                "Om du undrar varför betalningen nekades bör du kontakta din bank direkt – Amazon har inte tillgång till bankens uppgifter om avslaget.",
                "Du har inte debiterats."],
         items=[("Libero Touch blöjor stl. 4 (7–11 kg), 2 x 42 st", 1, 299.00),
                ("Libero Baby Wipes våtservetter, 12-pack", 1, 179.00)],
         help=0, sig=2, footers=[1, 0]),
    dict(key="sv-pay-3", kind="notice", cause="payment_issue", sr=True, note="gift card balance too low, no other payment method; html classic",
         fmt="html", layout="classic", cs="iso-8859-1", cte="base64", auth=False,
         sender="payments-messages", subject="Angående din beställning på Amazon.se",
         title="Beställningen har annullerats", greet="Hej {full},",
         paras=["Saldot på ditt presentkort räckte inte till för hela beloppet i beställning #{o}, och mellanskillnaden kunde inte dras från någon annan betalningsmetod. Beställningen har därför annullerats.",
                "Ditt presentkortssaldo är orört – vi har inte dragit något från det.",
                "Du kan se ditt aktuella saldo här: {home}gc/balance"],
         items=[("Lars Kepler – Spindeln (inbunden)", 1, 229.00),
                ("Astrid Lindgren – Bröderna Lejonhjärta, jubileumsutgåva", 1, 189.00)],
         help=4, sig=1, footers=[0, 2, 5]),
    dict(key="sv-pay-thread", kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail",
         thread="sv-B", fmt="alt", layout="mobile", plain_layout="B", cs="utf-8", cte="quoted-printable", auth=True,
         sender="order-update", subject="Beställning #{o} har annullerats",
         title="Annullerad beställning", greet="Hej,",
         paras=["Den här beställningen har nu annullerats. Se detaljerna nedan.",
                "Inget belopp kommer att debiteras för de annullerade artiklarna."],
         items=[("Dyson Airwrap Multi-styler Complete Long, nickel/koppar", 1, 6290.00)],
         help=2, sig=0, footers=[1, 3]),
    # ---------------- notices: technical_issue ----------------
    dict(key="sv-tech-1", kind="notice", cause="technical_issue", sr=True, note="pricing error; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-1", cte="8bit", auth=False,
         sender="order-update", subject="Viktig information om din beställning {o}",
         greet="Hej,",
         paras=["Vi ber om ursäkt: priset som visades för ”{item}” när du lade din beställning var fel på grund av ett prissättningsfel – 89 kr i stället för 1 899 kr.",
                "Enligt våra Villkor för användning och försäljning annullerar vi beställningar med felaktigt pris. Beställning #{o} har därför avbrutits, och ditt kort har inte debiterats."],
         items=[("Philips Hue White and Color Ambiance startpaket E27, 3 lampor + brygga", 1, 89.00)],
         help=3, sig=2, footers=[3, 0]),
    dict(key="sv-tech-2", kind="notice", cause="technical_issue", sr=True, note="technical fault in systems, explicitly not payment; html rio",
         fmt="alt", layout="rio", plain_layout="C", cs="utf-8", cte=("base64", "base64"), auth=True,
         sender="no-reply", subject="Din beställning #{o} har avbrutits",
         title="Vi har avbrutit din beställning", greet="Hej {first},",
         paras=["Vi vill vara tydliga med att det här inte beror på din betalning eller ditt konto.",
                "När beställning #{o} behandlades uppstod ett tekniskt fel i våra system, och beställningen kunde inte slutföras. Vi har därför avbrutit den.",
                "En eventuell reservation på ditt kort släpps automatiskt inom några bankdagar. Du är välkommen att beställa igen – observera att pris och tillgänglighet kan ha ändrats."],
         items=[("KitchenAid Artisan köksmaskin 5KSM175, 4,8 l, Empire Red", 1, 6495.00)],
         help=1, sig=4, footers=[1, 4, 3], view=0),
    dict(key="sv-tech-3", kind="notice", cause="technical_issue", sr=True, note="listing error (wrong colour shown), item struck; plain",
         fmt="plain", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=False,
         sender="order-update", subject="En artikel har tagits bort från din beställning",
         title="Ändring i beställning", greet="Hej {full},",
         paras=["Det fanns ett fel på produktsidan för ”{item}”: färgen på bilderna stämde inte med den variant som faktiskt finns i lager. För att du inte ska få något annat än du räknat med har vi tagit bort artikeln från beställning #{o}.",
                "Övriga artiklar skickas som vanligt. Du betalar inget för den borttagna artikeln."],
         items=[("Stanley Quencher H2.0 termosmugg 1,18 l, Rose Quartz", 1, 449.00)],
         help=0, sig=1, footers=[5, 1]),
    # ---------------- notices: fraud_prevention ----------------
    dict(key="sv-fraud-1", kind="notice", cause="fraud_prevention", sr=True, note="unusual activity, account locked, unshipped order cancelled; html classic",
         fmt="html", layout="classic", cs="iso-8859-1", cte="quoted-printable", auth=True,
         sender="cs-reply", reply_to=None, subject="Din beställning på Amazon.se har annullerats",
         title="Kontosäkerhet", greet="Hej,",
         paras=["Vi upptäckte ovanlig aktivitet på ditt Amazon.se-konto och har därför spärrat kontot tillfälligt. Som en försiktighetsåtgärd har vi också annullerat beställning #{o}, som ännu inte hade skickats.",
                "Logga in via amazon.se eller Amazon-appen – inte via länkar i e-post – och följ anvisningarna för att återfå åtkomst. Du har inte debiterats för den annullerade beställningen."],
         items=[("Apple AirPods Pro (2:a generationen) med MagSafe-laddningsetui (USB-C)", 2, 2790.00)],
         help=None, sig=2, footers=[1, 3]),
    dict(key="sv-fraud-2", kind="notice", cause="fraud_prevention", sr=True, note="flagged for security review, identity not verified; plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="8bit", auth=False,
         sender="no-reply", subject="Beställning {o} – annullerad efter säkerhetsgranskning",
         title="Säkerhetsgranskning", greet="Hej {first},",
         paras=["Din beställning flaggades för en säkerhetsgranskning. Vi bad dig bekräfta din identitet, men eftersom uppgifterna inte kunde verifieras har beställning #{o} annullerats.",
                "Detta görs för att skydda både dig och våra säljare mot obehörig användning av betalkort. Beloppet har inte dragits."],
         items=[("Sony PlayStation 5 Slim Digital Edition", 1, 5490.00),
                ("PlayStation Store presentkort 1 000 kr (digital kod)", 1, 1000.00)],
         help=4, sig=0, footers=[4, 1], view=1),
    dict(key="sv-fraud-thread", kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail",
         thread="sv-A", fmt="plain", plain_layout="A", cs="iso-8859-1", cte="base64", auth=True,
         sender="order-update", subject="Din beställning #{o} har avbrutits",
         title="Avbruten beställning", greet="Hej,",
         paras=["Vi meddelar härmed att beställning #{o} har avbrutits och inte kommer att skickas.",
                "Om du redan har debiterats återbetalas hela beloppet till din ursprungliga betalningsmetod."],
         items=[("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, grå", 1, 4990.00)],
         help=2, sig=3, footers=[0, 3]),
    # ---------------- notices: customer_request ----------------
    dict(key="sv-cust-1", kind="notice", cause="customer_request", sr=True, note="successful cancellation as you asked; html rio",
         fmt="html", layout="rio", cs="utf-8", cte="quoted-printable", auth=True,
         sender="auto-confirm", subject="Lyckad avbeställning av ”Zoegas Skånerost bryggkaffe…” från din beställning på Amazon.se",
         title="Artikeln har avbeställts", greet="Hej,",
         paras=["Vi har tagit bort artikeln nedan från beställning #{o}, precis som du bad om.",
                "Har du redan betalat får du tillbaka pengarna inom 3–5 bankdagar."],
         items=[("Zoegas Skånerost bryggkaffe 450 g", 4, 64.90)],
         help=2, sig=3, footers=[0, 1], view=2),
    dict(key="sv-cust-2", kind="notice", cause="customer_request", sr=True, note="labelled 'Orsak till annullering: Avbruten av kunden'; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-1", cte="quoted-printable", auth=False,
         sender="order-update", subject="Annullering av beställning #{o}",
         greet="Hej {first},",
         paras=["Beställningen nedan är annullerad.",
                "Status: ANNULLERAD\nOrsak till annullering: Avbruten av kunden",
                "Du kommer inte att debiteras för de annullerade artiklarna."],
         items=[("LEGO Star Wars 75375 Millennium Falcon", 1, 899.00)],
         help=3, sig=1, footers=[3, 0]),
    dict(key="sv-cust-3", kind="notice", cause="customer_request", sr=True, note="cancelled per customer's chat with customer service; html mobile",
         fmt="html", layout="mobile", cs="utf-8", cte="base64", auth=False,
         sender="cs-reply", reply_to=None, subject="Din begäran om avbeställning",
         title="Din begäran om avbeställning", greet="Hej {full},",
         paras=["Tack för att du kontaktade Amazon.se kundtjänst. Som du önskade i chatten i dag har vi avbrutit beställning #{o} innan den hann lämna lagret.",
                "Ingen debitering kommer att ske. Vi hoppas att du hittar något annat som passar dig."],
         items=[("Nintendo Switch-spel: The Legend of Zelda: Tears of the Kingdom", 1, 629.00)],
         help=1, sig=2, footers=[4, 2]),
    # ---------------- notices: unknown, no reason ----------------
    dict(key="sv-unk-nr-1", kind="notice", cause="unknown", sr=False, note="two items cancelled, no reason; html classic",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte=("8bit", "8bit"), auth=False,
         sender="order-update", subject="2 artiklar har annullerats från din beställning på Amazon.se #{o}",
         title="Annullerade artiklar", greet="Hej {first},",
         paras=["Vi vill meddela att följande artiklar har annullerats från din beställning #{o}.",
                "Du debiteras inte för dessa artiklar."],
         items=[("BaByliss Pro hårtrimmer FX7870GE", 1, 1299.00),
                ("Wahl skäggolja 30 ml", 1, 129.00)],
         help=4, sig=4, footers=[1, 3]),
    dict(key="sv-unk-nr-2", kind="notice", cause="unknown", sr=False, note="very short, no reason; plain",
         fmt="plain", plain_layout="B", cs="iso-8859-1", cte="quoted-printable", auth=True,
         sender="no-reply", reply_to=None, subject="Annullerad: beställning {o}",
         greet="Hej {first},",
         paras=["Beställning {o} har annullerats. Beloppet {total} kommer inte att debiteras."],
         items=[("Royal Canin Indoor kattmat 10 kg", 1, 899.00)], help=None, sig=4, footers=[0]),
    dict(key="sv-unk-nr-3", kind="notice", cause="unknown", sr=False, note="'Information från Amazon.se', regret to cancel, no reason; plain",
         fmt="plain", plain_layout="A", cs="utf-8", cte="quoted-printable", auth=False,
         sender="order-update", subject="Information från Amazon.se",
         title="Information om din beställning", greet="Hej,",
         paras=["Vi beklagar att behöva meddela att din beställning #{o} har annullerats.",
                "Om du redan har betalat får du hela beloppet återbetalat till den betalningsmetod du använde. Vi ber om ursäkt för besväret."],
         items=[("Xiaomi Robot Vacuum S20+, vit", 1, 3490.00)],
         help=0, sig=1, footers=[1, 5]),
    # ---------------- notices: unknown, other reason ----------------
    dict(key="sv-unk-r-1", kind="notice", cause="unknown", sr=True, note="item cannot be shipped to Sweden (distribution restriction); html rio",
         fmt="html", layout="rio", cs="iso-8859-1", cte="base64", auth=False,
         sender="order-update", subject="Din beställning #{o} har annullerats",
         title="Artikeln kan inte levereras till Sverige", greet="Hej {full},",
         paras=["Artikeln i din beställning skickas av en säljare i Tyskland, och enligt tillverkarens distributionsvillkor får den endast levereras till adresser inom Tyskland. Den kan alltså inte skickas till din adress i Sverige, och beställning #{o} har därför annullerats.",
                "Ditt kort har inte debiterats."],
         items=[("Weber Spirit E-325 GBS gasolgrill, svart", 1, 8995.00, "GrillWelt Deutschland GmbH")],
         help=None, sig=0, footers=[3, 1], view=2),
    dict(key="sv-unk-r-2", kind="notice", cause="unknown", sr=True, note="parcel returned undeliverable (recipient unknown at address); plain",
         fmt="plain", plain_layout="C", cs="utf-8", cte="base64", auth=True,
         sender="order-update", subject="Beställning #{o} har annullerats",
         title="Paketet kunde inte levereras", greet="Hej {first},",
         paras=["Paketet med din beställning har skickats tillbaka till oss som obeställbart. Transportören kunde inte hitta mottagaren på den angivna adressen – namnet saknades både på dörren och i postlådan.",
                "Vi har därför annullerat beställning #{o} och återbetalar {total} till din ursprungliga betalningsmetod inom 3–5 bankdagar.",
                "Kontrollera gärna att din leveransadress är fullständig innan du beställer igen: {home}a/addresses"],
         items=[("Nespresso Vertuo Next kapselmaskin, Deluxe Krom", 1, 1490.00)],
         help=1, sig=2, footers=[1, 3], view=0),
    # ---------------- thread first mails (non_notice) ----------------
    dict(key="sv-thread-A1", kind="non_notice", cause=None, sr=False, note="thread",
         thread="sv-A", thread_first=True, fmt="plain", plain_layout="C", cs="utf-8", cte="quoted-printable", auth=True,
         sender="cs-reply", reply_to=None, subject="Ditt konto har spärrats tillfälligt – verifiering krävs",
         title="Verifiering av konto", greet="Hej,",
         paras=["Vi har tillfälligt spärrat ditt Amazon.se-konto och pausat beställning #{o} medan vi verifierar kontoinformationen.",
                "Logga in på amazon.se eller i Amazon-appen och följ anvisningarna för att bekräfta din identitet. Tills verifieringen är klar skickas inga beställningar."],
         items=[("Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, grå", 1, 4990.00)],
         items_heading="Pausade artiklar", button="Logga in på Amazon.se", order_url="https://www.amazon.se/ap/signin",
         help=None, sig=2, footers=[1, 3]),
    dict(key="sv-thread-B1", kind="non_notice", cause=None, sr=False, note="thread",
         thread="sv-B", thread_first=True, fmt="html", layout="rio", cs="utf-8", cte="quoted-printable", auth=True,
         sender="payments-messages", subject="Åtgärd krävs: vi kunde inte debitera ditt kort för beställning #{o}",
         title="Problem med betalningen", greet="Hej,",
         paras=["Vi försökte debitera ditt Visa-kort som slutar på 0932 med {total} för beställning #{o}, men betalningen avvisades.",
                "Uppdatera betalningsinformationen senast {deadline}. Om vi inte har fått en giltig betalningsmetod till dess kommer beställningen att annulleras.",
                "Gör så här: gå till Dina beställningar, välj beställningen och klicka på ”Ändra betalningsmetod”."],
         items=[("Dyson Airwrap Multi-styler Complete Long, nickel/koppar", 1, 6290.00)],
         items_heading="Artiklar i beställningen", button="Uppdatera betalningsmetod", help=None, sig=0, footers=[1, 2]),
    # ---------------- other non_notices ----------------
    dict(key="sv-nn-slot", kind="non_notice", cause=None, sr=False, note="delivery time slot cancelled by carrier, order not cancelled",
         fmt="alt", layout="mobile", plain_layout="B", cs="utf-8", cte=("quoted-printable", "base64"), auth=True,
         sender="shipment-tracking", subject="Din bokade leveranstid har avbokats",
         title="Leveransuppdatering", greet="Hej {first},",
         paras=["Leveranstiden du bokat för beställning #{o}, tisdag kl. 17–21, har tyvärr avbokats av transportören på grund av hög belastning i ditt område.",
                "Din beställning är inte annullerad, och paketet finns kvar hos transportören. Välj en ny leveranstid via knappen nedan så levererar vi så snart som möjligt."],
         items=[("Utemöbelgrupp Marstrand, 4 stolar + bord, grå", 1, 3499.00, "Möbelexpressen AB")],
         items_heading="Artiklar i leveransen", button="Välj ny leveranstid", help=1, sig=0, footers=[1]),
    dict(key="sv-nn-kindle", kind="non_notice", cause=None, sr=False, note="Kindle Unlimited membership cancelled",
         fmt="plain", plain_layout="B", cs="iso-8859-1", cte="quoted-printable", auth=False,
         sender="digital-no-reply", subject="Ditt Kindle Unlimited-medlemskap har avslutats",
         greet="Hej {first},",
         paras=["Vi bekräftar att ditt Kindle Unlimited-medlemskap har sagts upp. Du har tillgång till tjänsten till och med {deadline}; därefter debiteras du inte längre 119 kr per månad.",
                "Böcker som du lånat via Kindle Unlimited försvinner från dina enheter när medlemskapet upphör. Vill du fortsätta läsa kan du starta medlemskapet igen när som helst: {home}kindle-dbs/hz/subscribe/ku"],
         items=[], deadline_days=12, help=3, sig=0, footers=[0, 2]),
    dict(key="sv-nn-reminder", kind="non_notice", cause=None, sr=False, note="payment reminder before any cancellation",
         fmt="html", layout="classic", cs="iso-8859-1", cte="quoted-printable", auth=True,
         sender="payments-update", subject="Uppdatera din betalningsmetod för beställning #{o}",
         title="Betalningen behöver uppdateras", greet="Hej {full},",
         paras=["Vi kunde inte behandla betalningen för beställning #{o} eftersom kortet du angav har gått ut.",
                "Ange en ny betalningsmetod senast {deadline}. Annars kan vi tyvärr bli tvungna att annullera beställningen. Artiklarna är reserverade för dig fram till dess."],
         items=[("Garmin Forerunner 265 GPS-löparklocka, svart", 1, 4199.00)],
         items_heading="Artiklar som väntar på betalning", total_label=1, help=0, sig=2, footers=[2, 1]),
    dict(key="sv-nn-cdon", kind="non_notice", cause=None, sr=False, note="another retailer (CDON) order cancellation",
         amazon=False, from_name="CDON", from_addr="noreply@cdon.se", msgid_dom="mail.cdon.se",
         helo="o1.ptr4411.mail.cdon.se", ip="149.72.201.18",
         auth_other="dkim=pass header.d=cdon.se header.s=s1; spf=pass smtp.mailfrom=mail.cdon.se; dmarc=pass header.from=cdon.se",
         fmt="alt", cs="utf-8", cte=("quoted-printable", "quoted-printable"),
         subject="Din order 81734502 har makulerats",
         text="""Hej {first}!

Tyvärr har din order 81734502 hos CDON makulerats.

Artikel: Ninja Foodi MAX Dual Zone airfryer AF400EU, 9,5 l
Säljare: KökGiganten
Pris: 2 290 kr

Säljaren har meddelat att artikeln är slut hos leverantören. Har du betalat med kort släpps reservationen automatiskt; har du betalat med Klarna makuleras fakturan.

Du ser dina ordrar under Mina sidor: https://cdon.se/mina-sidor/ordrar

Vänliga hälsningar
CDON Kundservice

CDON AB, Box 385, 201 23 Malmö
""",
         html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>CDON</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#3a3a3a;padding:18px 28px;"><img src="https://cdon.se/static/mail/cdon-logo-white.png" alt="CDON" width="110"></td></tr>
<tr><td style="padding:28px 28px 10px 28px;font-size:22px;font-weight:bold;color:#222;">Din order har makulerats</td></tr>
<tr><td style="padding:6px 28px;font-size:15px;line-height:22px;color:#333;">Hej {first}!<br><br>Tyvärr har din order <b>81734502</b> hos CDON makulerats.</td></tr>
<tr><td style="padding:10px 28px;"><table width="100%" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;font-size:14px;">
<tr><td style="padding:12px 0;">Ninja Foodi MAX Dual Zone airfryer AF400EU, 9,5 l<br><span style="color:#777;">Säljare: KökGiganten</span></td><td align="right" style="padding:12px 0;font-weight:bold;">2 290 kr</td></tr></table></td></tr>
<tr><td style="padding:10px 28px;font-size:15px;line-height:22px;color:#333;">Säljaren har meddelat att artikeln är slut hos leverantören. Har du betalat med kort släpps reservationen automatiskt; har du betalat med Klarna makuleras fakturan.</td></tr>
<tr><td style="padding:16px 28px;"><a href="https://cdon.se/mina-sidor/ordrar" style="background:#00a651;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px;">Mina ordrar</a></td></tr>
<tr><td style="padding:24px 28px;font-size:11px;color:#999;">CDON AB, Box 385, 201 23 Malmö</td></tr>
</table></td></tr></table></body></html>
"""),
    dict(key="sv-nn-newsletter", kind="non_notice", cause=None, sr=False, note="consumer newsletter discussing Amazon cancellations",
         amazon=False, from_name="Konsumentbladet", from_addr="nyhetsbrev@konsumentbladet.se", msgid_dom="konsumentbladet.se",
         helo="mail193.sea41.mcsv.net", ip="198.2.180.193", return_path="bounce-mc.us21_4419733.2281-elin.sjoberg=gmail.com@mail193.sea41.mcsv.net", rcpt=8,
         auth_other="dkim=pass header.d=konsumentbladet.se header.s=k1; spf=pass smtp.mailfrom=mcsv.net; dmarc=pass header.from=konsumentbladet.se",
         extra_headers=[("List-Unsubscribe", "<https://konsumentbladet.us21.list-manage.com/unsubscribe?u=8a1f&id=44c0>"), ("Precedence", "bulk")],
         fmt="alt", cs="iso-8859-1", cte=("quoted-printable", "quoted-printable"),
         subject="Veckans nyhetsbrev: när näthandeln annullerar din order",
         text="""KONSUMENTBLADET – VECKANS NYHETSBREV

1. När näthandeln annullerar din order
Allt fler läsare hör av sig om att beställningar på Amazon.se, CDON och andra sajter plötsligt annulleras. Vanliga orsaker är att varan tagit slut, att betalningen inte gått igenom eller att priset visats fel. Vår jurist går igenom vad som gäller – och när du har rätt till ersättning.

2. Så känner du igen falska avbeställningsmejl
Bedragare skickar mejl som ser ut att komma från Amazon och påstår att din order avbrutits. Klicka aldrig på länkar i sådana mejl och ring aldrig upp nummer som anges i dem.

3. Test: tio dammsugarrobotar under 4 000 kr

Läs hela nyhetsbrevet på https://konsumentbladet.se/nyhetsbrev/2024-v21

Du får detta mejl eftersom du prenumererar på Konsumentbladet. Avsluta prenumerationen: https://konsumentbladet.us21.list-manage.com/unsubscribe
""",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#eeeeee;font-family:Georgia,serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="0" cellspacing="0" style="background:#fff;margin:16px 0;">
<tr><td style="padding:22px 30px;border-bottom:4px solid #c0392b;font-size:28px;font-weight:bold;">Konsumentbladet</td></tr>
<tr><td style="padding:20px 30px 4px 30px;font-size:20px;font-weight:bold;">När näthandeln annullerar din order</td></tr>
<tr><td style="padding:4px 30px 16px 30px;font-size:15px;line-height:23px;">Allt fler läsare hör av sig om att beställningar på Amazon.se, CDON och andra sajter plötsligt annulleras. Vanliga orsaker är att varan tagit slut, att betalningen inte gått igenom eller att priset visats fel. Vår jurist går igenom vad som gäller – och när du har rätt till ersättning. <a href="https://konsumentbladet.se/artikel/annullerad-order">Läs mer</a></td></tr>
<tr><td style="padding:4px 30px;font-size:20px;font-weight:bold;">Så känner du igen falska avbeställningsmejl</td></tr>
<tr><td style="padding:4px 30px 16px 30px;font-size:15px;line-height:23px;">Bedragare skickar mejl som ser ut att komma från Amazon och påstår att din order avbrutits. Klicka aldrig på länkar i sådana mejl och ring aldrig upp nummer som anges i dem.</td></tr>
<tr><td style="padding:4px 30px 20px 30px;font-size:20px;font-weight:bold;">Test: tio dammsugarrobotar under 4 000 kr</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#888;font-family:Arial,sans-serif;">Du får detta mejl eftersom du prenumererar på Konsumentbladet. <a href="https://konsumentbladet.us21.list-manage.com/unsubscribe">Avsluta prenumerationen</a></td></tr>
</table></td></tr></table></body></html>
"""),
    # ---------------- lookalikes ----------------
    dict(key="sv-look-1", kind="lookalike", cause="payment_issue", sr=True, note="homoglyph display name (Cyrillic e), hotmail sender, reply with card data, malformed order",
         amazon=False, from_name="Amazon.sе", from_addr="kundservice.amazon.se@hotmail.com",
         helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.92.89.17",
         auth_other="spf=pass smtp.mailfrom=hotmail.com; dkim=pass header.d=hotmail.com; dmarc=pass header.from=hotmail.com",
         fmt="plain", cs="iso-8859-1", cte="8bit",
         subject="Din beställning har annullerats – betalningen misslyckades",
         text="""Bästa kund,

Din beställning #171-4472-99310 har annullerats eftersom betalningen misslyckades.

För att återaktivera beställningen och undvika att ditt konto stängs måste du svara på detta mejl med:

  Kortnummer:
  Utgångsdatum:
  CVC-kod:
  Personnummer:

Vi behandlar uppgifterna säkert och återaktiverar beställningen inom 24 timmar.

Med vänliga hälsningar
Amazon.se Kundservice
"""),
    dict(key="sv-look-2", kind="lookalike", cause="fraud_prevention", sr=True, note="lookalike domain, account suspended + order cancelled, use code, link text amazon.se href elsewhere",
         amazon=False, from_name="Amazon Säkerhet", from_addr="sakerhet@amazon-se-konto.com",
         helo="mail.amazon-se-konto.com", ip="185.222.58.140",
         auth_other="spf=pass smtp.mailfrom=amazon-se-konto.com; dkim=none; dmarc=none header.from=amazon-se-konto.com",
         fmt="html", cs="utf-8", cte="quoted-printable",
         subject="Ditt konto är avstängt och din beställning har annullerats",
         html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0F1111;background:#f3f3f3;">
<table width="600" align="center" style="background:#fff;padding:24px;">
<tr><td><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" alt="amazon.se" width="110"></td></tr>
<tr><td style="padding-top:16px;font-size:20px;font-weight:bold;">Ditt konto har stängts av</td></tr>
<tr><td style="padding-top:12px;">Hej,<br><br>Vi har upptäckt misstänkt inloggning på ditt konto. Kontot är därför avstängt och din senaste beställning har annullerats.</td></tr>
<tr><td style="padding-top:12px;">För att återaktivera kontot anger du följande säkerhetskod på vår verifieringssida inom 24 timmar:</td></tr>
<tr><td style="padding:14px;text-align:center;font-size:24px;letter-spacing:4px;background:#f0f2f2;"><b>SE-77419-K</b></td></tr>
<tr><td style="padding-top:14px;">Verifiera här: <a href="https://amazon-se-konto.com/verifiera/index.php?id=77419">https://www.amazon.se/ap/signin</a></td></tr>
<tr><td style="padding-top:18px;font-size:11px;color:#565959;">Amazon ber dig aldrig om ditt lösenord via e-post. © Amazon.com, Inc. eller dess närstående bolag.</td></tr>
</table></body></html>
"""),
    dict(key="sv-look-3", kind="lookalike", cause="unknown", sr=False, note="callback phone number, no reason, malformed order number",
         amazon=False, from_name="Amazon.se Kundtjänst", from_addr="order@se-amazon-kundtjanst.net",
         helo="smtp.se-amazon-kundtjanst.net", ip="91.92.247.33",
         auth_other="spf=pass smtp.mailfrom=se-amazon-kundtjanst.net; dkim=none; dmarc=none header.from=se-amazon-kundtjanst.net",
         fmt="plain", cs="utf-8", cte="base64",
         subject="Din beställning av Apple iPhone 15 Pro Max har annullerats",
         text="""Hej,

Din beställning #112-55830-1194 har annullerats.

Artikel: Apple iPhone 15 Pro Max 512 GB, titan blå
Belopp: 17 990,00 kr
Betalning: Visa ****2281

Återbetalningen behandlas manuellt. Om du inte känner igen detta köp eller vill ha pengarna tillbaka snabbare, ring vår kundtjänst direkt på 08-559 21 430 (öppet dygnet runt). Ha ditt BankID redo när du ringer.

Amazon.se Kundtjänst
"""),
    dict(key="sv-look-4", kind="lookalike", cause="inventory_shortage", sr=True, note="Amazon classic layout copy, out of stock, link text amazon.se href to phishing",
         amazon=False, from_name="Amazon.se", from_addr="noreply@amazon-se.order-info.com", msgid_dom="amazon-se.order-info.com",
         helo="out3.order-info.com", ip="194.169.175.42",
         auth_other="spf=softfail smtp.mailfrom=amazon-se.order-info.com; dkim=none; dmarc=fail header.from=amazon-se.order-info.com",
         link="https://amazon.se.refund-portal.xyz/se/aterbetalning?o=403", order="403-6618204-9153317",
         fmt="alt", layout="classic", plain_layout="A", cs="utf-8", cte=("quoted-printable", "quoted-printable"),
         subject="Din beställning på Amazon.se #403-6618204-9153317 har annullerats",
         title="Annullerad beställning", greet="Hej,",
         paras=["Artikeln i din beställning #{o} är slut i lager och beställningen har annullerats.",
                "För att få tillbaka {total} måste du bekräfta dina kortuppgifter på vår återbetalningssida: [[https://www.amazon.se/retur-och-aterbetalning|https://amazon.se.refund-portal.xyz/se/aterbetalning?o=403]]",
                "Om uppgifterna inte bekräftas inom 48 timmar kan återbetalningen inte genomföras."],
         items=[("Samsung 55\" Neo QLED 4K QN90D smart-TV", 1, 12990.00)],
         help=0, sig=0, footers=[1, 3]),
    dict(key="sv-look-5", kind="lookalike", cause="customer_request", sr=True, note="typo domain amaz0n.se, no order number, 'stop the cancellation' link",
         amazon=False, from_name="Amazon", from_addr="no-reply@amaz0n.se",
         helo="mx.amaz0n.se", ip="45.95.169.12",
         auth_other="spf=neutral smtp.mailfrom=amaz0n.se; dkim=none; dmarc=none header.from=amaz0n.se",
         link="https://amaz0n.se/konto/stoppa-avbestallning", order=None,
         fmt="html", layout="mobile", cs="utf-8", cte="base64",
         subject="Din avbeställning är bekräftad",
         title="Avbeställning bekräftad", greet="Hej kund,",
         paras=["Du har avbrutit din senaste beställning. Pengarna återbetalas inom 10 bankdagar.",
                "Om du inte har begärt detta måste du logga in inom 24 timmar för att stoppa avbeställningen: [[https://www.amazon.se/dina-bestallningar|https://amaz0n.se/konto/stoppa-avbestallning]]"],
         items=[], button="Stoppa avbeställningen", help=0, sig=0, footers=[1]),
]


# ==========================================================================
# main
# ==========================================================================
def needs_order(s):
    texts = [s.get("subject", ""), s.get("text", ""), s.get("html", "")] + list(s.get("paras", []))
    return bool(s.get("items")) or any("{o}" in t for t in texts)


def prepare(specs, lang):
    threads = {}
    for s in specs:
        s["lang"] = lang
        s.setdefault("rcpt", R.randrange(len(RCPT[lang])))
    # thread partners share order number and recipient; the first mail comes 3-5 days earlier
    for s in specs:
        if s.get("thread") and not s.get("thread_first"):
            threads[s["thread"]] = s
    for s in specs:
        if s.get("thread") and s.get("thread_first"):
            later = threads[s["thread"]]
            s["rcpt"] = later["rcpt"]
            later["order"] = s["order"] = order_no()
            s["date"] = rand_date()
            s["deadline_days"] = 3
            later["date"] = s["date"] + datetime.timedelta(days=R.randint(4, 5), minutes=R.randint(10, 600))
    for s in specs:
        if "order" not in s:
            s["order"] = order_no() if needs_order(s) else None
        if "date" not in s:
            s["date"] = rand_date()
        s["rcpt"] = RCPT[lang][s["rcpt"]] if isinstance(s["rcpt"], int) else s["rcpt"]
        s["date_text"] = date_text(s["date"] - datetime.timedelta(days=R.randint(0, 3)), lang)
        s["deadline_text"] = date_text(s["date"] + datetime.timedelta(days=s.get("deadline_days", 3)), lang)
    return specs


def main():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    specs = prepare(PL, "pl") + prepare(SV, "sv")
    R.shuffle(specs)
    labels = []
    for i, s in enumerate(specs, 1):
        name = "%s%03d.eml" % (PREFIX, i)
        data = build(s)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
        labels.append({
            "file": name, "kind": s["kind"], "language": s["lang"],
            "cause": s["cause"] if s["kind"] != "non_notice" else None,
            "states_reason": bool(s["sr"]) if s["kind"] != "non_notice" else False,
            "marketplace": LANG[s["lang"]]["dom"] if s["kind"] == "notice" else None,
            "note": s["note"],
        })
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
