#!/usr/bin/env python3
"""Regenerate blind test batch p2 (Polish amazon.pl, Swedish amazon.se).

Writes mail/p2NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, no clock or host dependent values.
"""
import base64
import html
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone
from email import charset as ecs
from email.charset import Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
RNG = random.Random(20250602)

# ---------------------------------------------------------------- helpers

LEGACY_MAP = {
    "\u201e": '"', "\u201d": '"', "\u201c": '"', "\u2019": "'", "\u2018": "'",
    "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00e0": "a", "\u2022": "*",
    "\u2192": "->", "\u00ae": "(R)", "\u2122": "(TM)", "\u00a9": "(c)",
}


def fit(text, cs):
    """Make text encodable in a legacy charset (typographic marks -> ASCII)."""
    if cs.lower() in ("utf-8", "utf8"):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(LEGACY_MAP[ch])  # KeyError = fix the text
    return "".join(out)


def rid(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def rhex(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def order_no(prefix=None):
    p = prefix or RNG.choice(["302", "303", "304", "305", "028", "171", "402", "403", "404", "405", "406", "407", "408"])
    return f"{p}-{RNG.randint(0, 9999999):07d}-{RNG.randint(0, 9999999):07d}"


def track(dom, path, tag="TE_dp"):
    """An Amazon style tracking redirect."""
    u = ("https%3A%2F%2Fwww." + dom + "%2F" + path.replace("/", "%2F").replace("?", "%3F")
         .replace("=", "%3D").replace("&", "%26"))
    n1, n2 = RNG.randint(100000, 999999), RNG.randint(100000000, 999999999)
    return (f"https://www.{dom}/gp/r.html?C={rid(13)}&K={rid(13)}&M=urn:rtn:msg:"
            f"{RNG.randint(10**19, 10**20 - 1)}{rhex(20)}p0eu&R={rid(13)}&T=C&U={u}"
            f"&H={rid(28)}&ref_=pe_{n1}_{n2}_{tag}")


def img():
    return f"https://images-eu.ssl-images-amazon.com/images/I/{rid(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}._AC_SR115,115_.jpg"


def to_plain(fragment):
    """HTML fragment -> plain text the way Amazon's text parts show links."""
    s = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', lambda m: f"{m.group(2)} \x01{m.group(1)}\x02" if m.group(2) != m.group(1) else m.group(1), fragment, flags=re.S)
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).replace("\x01", "<").replace("\x02", ">")


BASE = datetime(2024, 2, 1, 6, 0, tzinfo=timezone.utc)


def rdate():
    return BASE + timedelta(days=RNG.randint(0, 560), seconds=RNG.randint(0, 16 * 3600))


def msgid(dom):
    if "amazon" in dom and dom.startswith("amazon."):
        return f"<0102{rhex(12)}-{rhex(8)}-{rhex(4)}-{rhex(4)}-{rhex(4)}-{rhex(12)}-000000@eu-west-1.amazonses.com>"
    return f"<{rhex(16)}.{RNG.randint(1000, 99999)}@{dom}>"


def auth_header(host, dom, extra_dkim=True):
    s = rid(8, "abcdefghijklmnopqrstuvwxyz0123456789")
    b = rid(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    parts = [host, f"dkim=pass header.d={dom} header.s={s} header.b={b}"]
    if extra_dkim:
        parts.append(f"dkim=pass header.d=amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn header.b={rid(8)}")
    parts.append(f"spf=pass (domain of {rhex(16)}@eu-west-1.amazonses.com designates 54.240.{RNG.randint(1, 9)}.{RNG.randint(1, 254)} as permitted sender) smtp.mailfrom={rhex(16)}@eu-west-1.amazonses.com")
    parts.append(f"dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return ";\n       ".join(parts)


def textpart(text, subtype, cs, cte):
    text = fit(text, cs)
    c = Charset(cs)
    c.body_encoding = {"quoted-printable": ecs.QP, "base64": ecs.BASE64, "8bit": None, "7bit": None}[cte]
    if cte == "7bit":
        text.encode("ascii")
    p = MIMENonMultipart("text", subtype)
    del p["MIME-Version"]
    p.set_payload(text, c)
    del p["MIME-Version"]
    return p


def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(fit(value, cs), Charset(cs))


def build(m, plain, htm):
    """m: dict with from_name, from_addr, to, subject, date, fmt, cs, cte(s), extra headers."""
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    cte_t, cte_h = (cte, cte) if isinstance(cte, str) else cte
    fmt = m["fmt"]
    if fmt == "text":
        msg = textpart(plain, "plain", cs, cte_t)
    elif fmt == "html":
        msg = textpart(htm, "html", cs, cte_h)
    else:
        bnd = m.get("boundary") or f"----=_Part_{RNG.randint(10**6, 10**8)}_{RNG.randint(10**8, 10**10)}.{RNG.randint(10**12, 10**13)}"
        msg = MIMEMultipart("alternative", boundary=bnd)
        del msg["MIME-Version"]
        msg.attach(textpart(plain, "plain", cs, cte_t))
        msg.attach(textpart(htm, "html", cs, cte_h))
    hs = []
    for k, v in m.get("pre", []):
        hs.append((k, v))
    name = m["from_name"]
    try:
        name.encode("ascii")
        fr = formataddr((name, m["from_addr"]))
    except UnicodeEncodeError:
        fr = formataddr((name, m["from_addr"]), charset="utf-8" if m.get("name_utf8", True) else cs)
    hs.append(("From", fr))
    if m.get("reply_to"):
        hs.append(("Reply-To", m["reply_to"]))
    hs.append(("To", m["to"]))
    hs.append(("Subject", hdr(m["subject"], m.get("subject_cs", cs if cs != "utf-8" else "utf-8"))))
    hs.append(("MIME-Version", "1.0"))
    hs.append(("Date", format_datetime(m["date"])))
    hs.append(("Message-ID", m.get("message_id") or msgid(m["from_addr"].split("@")[1])))
    for k, v in m.get("post", []):
        hs.append((k, v))
    # put our headers in front of the content headers produced by the MIME classes
    content = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hs + content:
        msg[k] = v
    return msg


def write(msg, path):
    with open(path, "wb") as fp:
        BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)

# ---------------------------------------------------------------- locale

LOC = {
    "pl": {
        "dom": "amazon.pl", "brand": "Amazon.pl",
        "nav": ("Twoje zamówienia", "Twoje konto", "Amazon.pl"),
        "order": "Zamówienie nr", "qty": "Ilość", "price": "Cena", "sold": "Sprzedawca",
        "help": [
            'Jeśli masz pytania, odwiedź <a href="{L:gp/help/customer/display.html}">Obsługę klienta</a>.',
            'Szczegóły zamówienia znajdziesz w sekcji <a href="{L:gp/css/order-history}">Twoje zamówienia</a>.',
            'Potrzebujesz pomocy? Skontaktuj się z nami przez <a href="{L:gp/help/customer/contact-us}">Centrum pomocy</a> – jesteśmy dostępni całą dobę.',
            'Status pozostałych zamówień sprawdzisz w każdej chwili w aplikacji Amazon Shopping lub na stronie <a href="{L:gp/css/order-history}">Twoje zamówienia</a>.',
        ],
        "sign": ["Do zobaczenia wkrótce!<br>Amazon.pl", "Pozdrawiamy<br>Zespół Amazon.pl",
                 "Dziękujemy za zakupy w Amazon.pl.", "Z poważaniem<br>Obsługa Klienta Amazon.pl"],
        "foot": [
            "Ta wiadomość została wysłana z adresu, który służy wyłącznie do powiadomień i nie przyjmuje poczty przychodzącej. Prosimy nie odpowiadać na tę wiadomość.",
            'Amazon.pl nigdy nie poprosi Cię w wiadomości e-mail o podanie hasła, pełnego numeru karty płatniczej ani kodu weryfikacyjnego. Jeśli otrzymasz podejrzaną wiadomość podszywającą się pod Amazon, <a href="{L:gp/help/customer/display.html?nodeId=GSD587FH7GQFS4SE}">zgłoś próbę phishingu</a>.',
            "Ze względów bezpieczeństwa nie przesyłamy pełnych danych karty w wiadomościach e-mail. Metody płatności możesz sprawdzić i zmienić w sekcji Twoje konto &gt; Twoje płatności.",
            "Dbaj o bezpieczeństwo konta: używaj silnego, unikalnego hasła i włącz weryfikację dwuetapową w ustawieniach Logowanie i bezpieczeństwo.",
            "© 1996-2025 Amazon.com, Inc. lub jej podmioty stowarzyszone. Amazon, Amazon.pl i logo Amazon.pl są znakami towarowymi Amazon.com, Inc. lub jej podmiotów stowarzyszonych. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.",
            'Otrzymujesz tę wiadomość, ponieważ złożono zamówienie z Twojego konta na Amazon.pl. Informacje o tym, jak przetwarzamy dane osobowe, znajdziesz w <a href="{L:gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ}">Informacji o prywatności</a>.',
            "Uwaga na oszustów: pracownicy Amazon nie dzwonią z prośbą o instalację oprogramowania ani o zapłatę kartami podarunkowymi. Stan zamówień sprawdzaj zawsze bezpośrednio w aplikacji lub na stronie Amazon.pl.",
        ],
        "to": ["katarzyna.nowak@wp.pl", "t.wisniewski@gmail.com", "magda.lewandowska@onet.pl", "pawel.kaminski84@interia.pl",
               "joanna.zielinska@o2.pl", "michal.wojcik@gmail.com", "agnieszka.k@outlook.com", "robert.mazur@poczta.fm",
               "marcin.krawczyk@gmail.com", "ewa.jablonska@wp.pl", "ola.pietrzak@gmail.com", "kamil.dudek@onet.pl"],
        "hosts": ["mx.google.com", "mx.wp.pl", "mx.poczta.onet.pl", "mx1.interia.pl", "mx.o2.pl"],
    },
    "sv": {
        "dom": "amazon.se", "brand": "Amazon.se",
        "nav": ("Dina beställningar", "Ditt konto", "Amazon.se"),
        "order": "Beställning nr", "qty": "Antal", "price": "Pris", "sold": "Säljs av",
        "help": [
            'Har du frågor? Besök <a href="{L:gp/help/customer/display.html}">Kundtjänst</a>.',
            'Du hittar all information om beställningen under <a href="{L:gp/css/order-history}">Dina beställningar</a>.',
            'Behöver du hjälp? Kontakta oss via <a href="{L:gp/help/customer/contact-us}">Hjälpcenter</a> – vi finns här dygnet runt.',
            'Status för dina övriga beställningar ser du när som helst i Amazon Shopping-appen eller under <a href="{L:gp/css/order-history}">Dina beställningar</a>.',
        ],
        "sign": ["Vi hoppas att vi ses snart igen!<br>Amazon.se", "Vänliga hälsningar<br>Amazon.se",
                 "Tack för att du handlar hos Amazon.se.", "Med vänliga hälsningar<br>Amazon.se Kundtjänst"],
        "foot": [
            "Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.",
            'Amazon.se ber dig aldrig att via e-post uppge ditt lösenord, ditt fullständiga kortnummer eller en engångskod. Har du fått ett misstänkt meddelande som utger sig för att komma från oss? <a href="{L:gp/help/customer/display.html?nodeId=GSD587FH7GQFS4SE}">Rapportera nätfiske</a>.',
            "Av säkerhetsskäl skickar vi aldrig fullständiga kortuppgifter via e-post. Du kan se och ändra dina betalningssätt under Ditt konto &gt; Dina betalningar.",
            "Skydda ditt konto: använd ett starkt, unikt lösenord och aktivera tvåstegsverifiering under Inloggning och säkerhet.",
            "© 1996-2025 Amazon.com, Inc. eller dess dotterbolag. Amazon, Amazon.se och Amazon.se-logotypen är varumärken som tillhör Amazon.com, Inc. eller dess dotterbolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
            'Du får det här meddelandet eftersom en beställning har lagts från ditt konto på Amazon.se. Läs mer om hur vi behandlar personuppgifter i vårt <a href="{L:gp/help/customer/display.html?nodeId=GX7NJQ4ZB8MHFRNJ}">Sekretessmeddelande</a>.',
            "Se upp för bedragare: Amazon ringer aldrig och ber dig installera program eller betala med presentkort. Kontrollera alltid dina beställningar direkt i appen eller på Amazon.se.",
        ],
        "to": ["johanna.lindqvist@gmail.com", "erik.johansson@telia.com", "anna.karlsson@outlook.com", "m.andersson@bahnhof.se",
               "sara.nilsson@hotmail.com", "lars.persson@gmail.com", "emma.svensson@icloud.com", "oskar.berg@spray.se",
               "linnea.holm@gmail.com", "fredrik.sandberg@live.se", "karin.eklund@gmail.com", "jonas.wikstrom@comhem.se"],
        "hosts": ["mx.google.com", "mx.telia.com", "mx1.bahnhof.se", "mx.one.com", "mx.outlook.com"],
    },
}


def fill_links(s, dom):
    return re.sub(r"\{L:([^}]*)\}", lambda m: track(dom, m.group(1)), s)


# ---------------------------------------------------------------- layouts

STYLE_A = """
body { margin:0; padding:0; background:#ffffff; }
table { border-collapse:collapse; }
#container { width:640px; font:12px Arial, sans-serif; color:#333333; }
#header .logo { width:200px; }
#header .navigation a { color:#006699; font-size:12px; text-decoration:none; }
#header .title h2 { font-size:20px; color:#cc6600; font-weight:normal; margin:0 0 4px 0; }
#summary p, #closing p { font-size:13px; line-height:18px; }
.heading { font-size:15px; color:#333333; font-weight:bold; }
#criticalInfo td { vertical-align:top; padding:8px 10px; background:#efefef; }
#orderDetails td { padding:6px 4px; border-bottom:1px solid #dddddd; font-size:13px; }
#orderDetails th { text-align:left; color:#666666; font-size:12px; border-bottom:2px solid #cccccc; }
.price { text-align:right; white-space:nowrap; }
#legal td { font-size:10px; color:#666666; line-height:14px; padding-top:6px; }
"""

STYLE_B = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width:375px; background-color:#fafafa; }
.emailBodyTD { padding:23px 18px 21px 17px; }
.brandTable { margin-bottom:20px; width:100%; min-width:338px; }
.brandImage { width:130px; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.emailContainerTD { padding:25px 23px 33px 23px; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.informationTable td { padding-bottom:16px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.orderDetailsTable { font-size:15px; line-height:20px; }
.orderDetailsTable td { padding-bottom:20px; }
.itemImage img { max-height:84px; max-width:84px; }
.itemTitle { padding-left:26px; padding-right:22px; }
.orderDetailsTableLink { text-decoration:none; color:#008296; }
.emailClosing { font-size:9px; line-height:15px; color:#868686; }
"""


def layout_a(L, c):
    dom = L["dom"]
    nav = L["nav"]
    rows = "".join(
        f'<tr><td><a href="{track(dom, "dp/" + rid(10))}">{n}</a>'
        + (f'<br><span style="color:#666666;">{L["sold"]}: {s}</span>' if s else "")
        + f'</td><td style="text-align:center;">{q}</td><td class="price">{p}</td></tr>\n'
        for n, q, p, s in c["items"])
    kv = "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in c.get("kv", []))
    body = "".join(f"<p>{p}</p>\n" for p in c["body"])
    after = "".join(f"<p>{p}</p>\n" for p in c["after"])
    legal = "".join(f"<tr><td>{f}</td></tr>\n" for f in c["foot"])
    crit = f'<table id="criticalInfo" cellpadding="0" width="100%"><tbody><tr><td>{kv}</td></tr></tbody></table>' if kv else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={c['cs']}" />
<title>{c['title']}</title>
<style type="text/css">{STYLE_A}</style>
</head>
<body><img width="1" height="1" src="https://www.{dom}/gp/r.html?C={rid(13)}&amp;M=urn:rtn:msg:{rhex(24)}&amp;R={rid(12)}&amp;T=O&amp;U=https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif" />
<table id="container" cellpadding="0"><tbody><tr><td class="frame">
<table id="main" cellpadding="0"><tbody>
<tr><td>
 <table id="header" cellpadding="0" width="100%"><tbody>
  <tr><td rowspan="2" class="logo"><a href="{track(dom, '')}"><img alt="{L['brand']}" src="https://images-eu.ssl-images-amazon.com/images/G/01/x-locale/common/transactional/self-service/{dom.replace('.', '_')}_logo.png" border="0" /></a></td>
  <td class="navigation"><table align="right"><tbody><tr>
   <td><a href="{track(dom, 'gp/css/order-history')}">{nav[0]}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
   <td><a href="{track(dom, 'gp/css/homepage.html')}">{nav[1]}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
   <td><a class="last" href="{track(dom, '')}">{nav[2]}</a></td>
  </tr></tbody></table></td></tr>
  <tr><td class="title"><h2>{c['title']}</h2> {L['order']} <a href="{track(dom, 'gp/css/order-details?orderID=' + c['order'])}">{c['order']}</a></td></tr>
 </tbody></table>
</td></tr>
<tr><td>
 <table id="summary" cellpadding="0"><tbody><tr><td><span class="heading">{c['hello']}</span>
 {body}</td></tr></tbody></table>
</td></tr>
<tr><td>{crit}</td></tr>
<tr><td>
 <table id="orderDetails" cellpadding="0" width="100%"><tbody>
  <tr><th colspan="3"><span class="heading">{c['heading']}</span></th></tr>
  <tr><th>&nbsp;</th><th style="text-align:center;">{L['qty']}</th><th class="price">{L['price']}</th></tr>
  {rows}
 </tbody></table>
</td></tr>
<tr><td>
 <table id="closing" cellpadding="0"><tbody><tr><td>{after}<p>{c['help']}</p>
 <p><br />{c['sign']}</p></td></tr></tbody></table>
</td></tr>
<tr><td><table id="legal" cellpadding="0"><tbody>{legal}</tbody></table></td></tr>
</tbody></table>
</td></tr></tbody></table>
</body>
</html>
"""


def layout_b(L, c):
    dom = L["dom"]
    items = "".join(
        f"""<tr><td class="itemImage"><a href="{track(dom, 'dp/' + rid(10))}"><img src="{img()}" alt="" /></a></td>
<td class="itemTitle"><a class="orderDetailsTableLink" href="{track(dom, 'dp/' + rid(10))}">{n}</a><br /><span style="color:#565959;">{L['qty']}: {q}</span>""" + (f'<br /><span style="color:#565959;">{L["sold"]}: {s}</span>' if s else "") + f"""</td>
<td style="white-space:nowrap; font-weight:bold;">{p}</td></tr>
""" for n, q, p, s in c["items"])
    info = "".join(f"<tr><td>{p}</td></tr>\n" for p in c["body"])
    info += "".join(f"<tr><td><b>{k}:</b> {v}</td></tr>\n" for k, v in c.get("kv", []))
    after = "".join(f"<tr><td>{p}</td></tr>\n" for p in c["after"])
    legal = "<br /><br />".join(c["foot"])
    return f"""    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={c['cs'].upper()}" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <style>{STYLE_B}</style>
 </head>
 <body>
 <table class="emailBody" align="center"><tr><td class="emailBodyTD">
  <table class="brandTable"><tr><td><a href="{track(dom, '', 'TE_lg')}"><img class="brandImage" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/{dom.split('.')[1]}/{rid(10)}_logo.png" alt="{L['brand']}" /></a></td></tr></table>
  <table class="emailContainer" width="100%"><tr><td class="emailContainerTD">
   <table class="greetingTable"><tr><td>{c['hello']}</td></tr></table>
   <table class="informationTable">{info}</table>
   <table class="orderIdTable"><tr><td>{L['order']} <a href="{track(dom, 'gp/css/order-details?orderID=' + c['order'])}">{c['order']}</a></td></tr></table>
   <table class="orderDetailsTable" width="100%">
    <tr><td colspan="3" style="font-size:17px; color:#002E36; font-weight:bold;">{c['heading']}</td></tr>
    {items}
   </table>
   <table class="informationTable">{after}<tr><td>{c['help']}</td></tr><tr><td>{c['sign']}</td></tr></table>
  </td></tr></table>
  <table width="100%"><tr><td class="emailClosing"><br />{legal}</td></tr></table>
 </td></tr></table>
 </body>
    </html>
"""


def layout_c(L, c):
    dom = L["dom"]
    items = "".join(
        f"""<tr>
<td width="90" style="padding:10px 0; border-top:1px solid #e7e7e7;"><img src="{img()}" width="80" height="80" alt="" style="display:block;" /></td>
<td style="padding:10px 12px; border-top:1px solid #e7e7e7; font:14px Arial,sans-serif; color:#0F1111;"><a href="{track(dom, 'dp/' + rid(10))}" style="color:#007185; text-decoration:none;">{n}</a>"""
        + (f'<div style="color:#565959; font-size:12px;">{L["sold"]}: {s}</div>' if s else "")
        + f"""<div style="color:#565959; font-size:12px;">{L['qty']}: {q}</div></td>
<td align="right" style="padding:10px 0; border-top:1px solid #e7e7e7; font:bold 14px Arial,sans-serif; color:#0F1111; white-space:nowrap;">{p}</td>
</tr>
""" for n, q, p, s in c["items"])
    body = "".join(f'<p style="margin:0 0 14px 0;">{p}</p>\n' for p in c["body"])
    kv = "".join(f'<tr><td style="padding:4px 8px; color:#565959; white-space:nowrap;">{k}</td><td style="padding:4px 8px; color:#0F1111;">{v}</td></tr>' for k, v in c.get("kv", []))
    kvt = f'<table cellpadding="0" cellspacing="0" style="background:#F0F2F2; margin:0 0 16px 0; font:13px Arial,sans-serif; width:100%;">{kv}</table>' if kv else ""
    after = "".join(f'<p style="margin:0 0 12px 0;">{p}</p>\n' for p in c["after"])
    legal = "".join(f'<p style="margin:0 0 8px 0;">{f}</p>' for f in c["foot"])
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={c['cs']}">
<meta name="viewport" content="width=device-width">
</head>
<body style="margin:0; padding:0; background-color:#EAEDED;">
<div style="display:none; max-height:0; overflow:hidden;">{c['title']} – {c['order']}</div>
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#EAEDED"><tr><td align="center" style="padding:16px 0;">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" style="border-radius:4px;">
<tr><td style="background:#232F3E; padding:12px 20px;"><a href="{track(dom, '', 'TE_hdr')}"><img src="https://m.media-amazon.com/images/G/01/gno/sprites/nav-sprite-global-1x-hm-dsk-reorg._CB405936311_.png" alt="{L['brand']}" width="96" style="border:0;"></a>
<span style="float:right; font:13px Arial,sans-serif;"><a href="{track(dom, 'gp/css/order-history', 'TE_hdr')}" style="color:#FFFFFF; text-decoration:none;">{L['nav'][0]}</a></span></td></tr>
<tr><td style="padding:24px 20px 4px 20px; font:bold 22px Arial,sans-serif; color:#0F1111;">{c['title']}</td></tr>
<tr><td style="padding:0 20px 16px 20px; font:13px Arial,sans-serif; color:#565959;">{L['order']} <a href="{track(dom, 'gp/css/order-details?orderID=' + c['order'])}" style="color:#007185;">{c['order']}</a></td></tr>
<tr><td style="padding:0 20px; font:15px/21px Arial,sans-serif; color:#0F1111;">
<p style="margin:0 0 14px 0;">{c['hello']}</p>
{body}{kvt}</td></tr>
<tr><td style="padding:8px 20px 0 20px; font:bold 16px Arial,sans-serif; color:#C45500;">{c['heading']}</td></tr>
<tr><td style="padding:4px 20px 12px 20px;"><table width="100%" cellpadding="0" cellspacing="0">
{items}</table></td></tr>
<tr><td style="padding:0 20px 20px 20px; font:14px/20px Arial,sans-serif; color:#0F1111;">{after}<p style="margin:0 0 12px 0;">{c['help']}</p><p style="margin:16px 0 0 0;">{c['sign']}</p></td></tr>
<tr><td style="padding:16px 20px; background:#F7F7F7; font:11px/15px Arial,sans-serif; color:#767676;">{legal}</td></tr>
</table>
</td></tr></table>
</body>
</html>
"""


def plain_1(L, c):
    sep = "-" * 96
    out = [L["brand"], sep, "", c["hello"], ""]
    for p in c["body"]:
        out += [to_plain(p), ""]
    for k, v in c.get("kv", []):
        out.append(f"{k}: {to_plain(v)}")
    if c.get("kv"):
        out.append("")
    out += [f"{L['order']} {c['order']}", "", c["heading"], ""]
    for n, q, p, s in c["items"]:
        out.append(f"    {to_plain(n)}")
        if s:
            out.append(f"    {L['sold']}: {s}")
        out.append(f"    {L['qty']}: {q}")
        out.append(f"    {p}")
        out.append("")
    for p in c["after"]:
        out += [to_plain(p), ""]
    out += [to_plain(c["help"]), "", to_plain(c["sign"]), "", sep]
    out += [to_plain(f) for f in c["foot"]]
    return "\n".join(out) + "\n"


def plain_2(L, c):
    out = [f"{L['brand']} {c['title']}", f"{L['order']} {c['order']}", f"https://www.{L['dom']}/ref=TE_tex_g",
           "_" * 75, "", c["hello"], ""]
    for p in c["body"]:
        out += [to_plain(p), ""]
    for k, v in c.get("kv", []):
        out.append(f"  {k}: {to_plain(v)}")
    if c.get("kv"):
        out.append("")
    out += ["=" * 75, "", c["heading"].upper(), ""]
    for n, q, p, s in c["items"]:
        out.append(f"{q} x {to_plain(n)}")
        if s:
            out.append(f"  {L['sold']}: {s}")
        out.append(f"  {p}")
    out += ["", "=" * 75, ""]
    for p in c["after"]:
        out += [to_plain(p), ""]
    out += [to_plain(c["help"]), "", to_plain(c["sign"]), "", "_" * 75, ""]
    for f in c["foot"]:
        out += [to_plain(f), ""]
    return "\n".join(out)


LAYOUTS = {"A": layout_a, "B": layout_b, "C": layout_c}
PLAINS = {"1": plain_1, "2": plain_2}

# ---------------------------------------------------------------- Polish (amazon.pl)
# items: (name, qty, price, seller-or-None)

PL = []

# ---- notices: inventory_shortage (4)
PL.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="out of stock, supplier cannot deliver",
    frm="order-update", sub="Twoje zamówienie Amazon.pl nr {o} zostało anulowane",
    title="Anulowanie zamówienia", hello="Witaj Katarzyno,",
    body=["Z przykrością informujemy, że musieliśmy anulować Twoje zamówienie. Produkt, który wybrałaś, wyprzedał się w naszym magazynie, a dostawca nie jest w stanie przekazać nam kolejnej partii."],
    heading="Anulowane produkty",
    items=[("Philips Sonicare ProtectiveClean 4300 HX6800/63 – elektryczna szczoteczka soniczna, czarna", 1, "249,99 zł", None)],
    after=["Twoja karta nie została obciążona. Jeśli na rachunku widzisz blokadę środków, zniknie ona automatycznie w ciągu kilku dni roboczych – zależy to od Twojego banku.",
           'Podobne produkty znajdziesz w kategorii <a href="{L:b?node=20788246031}">Higiena jamy ustnej</a>.'],
    help=0, sign=0, foot=[0, 1, 4], fmt="alt", lay="A", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="partial, third-party seller ran out",
    frm="order-update", sub="Produkt z Twojego zamówienia Amazon.pl {o} został anulowany",
    title="Anulowanie produktu", hello="Dzień dobry,",
    body=["Sprzedawca Dom-Elektro24, od którego kupiono poniższy produkt, poinformował nas, że nie może go dostarczyć – ostatnie sztuki rozeszły się, zanim Twoje zamówienie trafiło do pakowania. Dlatego ten produkt został anulowany.",
          "Pozostałe pozycje z zamówienia nr {o} nie są objęte tą zmianą i zostaną wysłane w pierwotnym terminie."],
    heading="Anulowano:",
    items=[("De'Longhi Magnifica S ECAM 22.110.B ekspres ciśnieniowy do kawy ziarnistej", 1, "1 349,00 zł", "Dom-Elektro24")],
    after=["Kwota za anulowany produkt nie zostanie pobrana. Jeśli płatność została już zrealizowana, zwrot pojawi się na Twoim rachunku w ciągu 3–5 dni roboczych."],
    help=1, sign=1, foot=[0, 2, 4], fmt="text", pl="2", cs="iso-8859-2", cte="quoted-printable", auth=False))

PL.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled",
    frm="auto-confirm", sub="Informacja o Twoim zamówieniu przedpremierowym {o}",
    title="Zamówienie przedpremierowe anulowane", hello="Witaj Tomaszu,",
    body=["Dziękujemy za złożenie zamówienia w przedsprzedaży. Niestety wydawca przekazał nam znacznie mniej egzemplarzy, niż zakładaliśmy, i nie zrealizujemy wszystkich zamówień przedpremierowych.",
          "Twoje zamówienie znalazło się wśród tych, których nie jesteśmy w stanie obsłużyć, więc zostało przez nas anulowane."],
    heading="Produkt",
    items=[("EA SPORTS FC 26 (PS5) – edycja standardowa", 1, "299,00 zł", None)],
    after=["Za zamówienia w przedsprzedaży pobieramy płatność dopiero w dniu wysyłki, więc nie obciążyliśmy Cię żadną kwotą.",
           "Jeśli chcesz dostać powiadomienie, gdy produkt znów będzie dostępny, kliknij przycisk „Powiadom mnie” na jego stronie."],
    help=2, sign=0, foot=[3, 1, 5, 4], fmt="html", lay="B", cs="utf-8", cte="base64", auth=True))

PL.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="labelled reason line first",
    frm="no-reply", sub="Anulowanie zamówienia {o}",
    title="Anulowanie zamówienia", hello="Witaj,",
    body=["Powód anulowania: towar niedostępny. Magazyn, z którego miała zostać zrealizowana wysyłka, nie ma już tego produktu, a kolejna dostawa nie jest planowana.",
          "W związku z tym zamówienie nr {o} zostało anulowane w całości i nie zostanie wysłane."],
    heading="Szczegóły zamówienia",
    items=[("Kärcher WD 3 P odkurzacz wielofunkcyjny, zbiornik 17 l, z gniazdem do elektronarzędzi", 1, "399,99 zł", None)],
    after=["Nie pobraliśmy od Ciebie płatności za to zamówienie."],
    help=3, sign=3, foot=[0, 6, 4], fmt="text", pl="1", cs="utf-8", cte="8bit", auth=False))

# ---- notices: payment_issue (4, one is a thread)
PL.append(dict(kind="notice", cause="payment_issue", sr=True, note="card authorisation failed, no update in time",
    frm="payments-messages", sub="Zamówienie {o} zostało anulowane – problem z płatnością",
    title="Zamówienie anulowane", hello="Witaj Pawle,",
    body=["Kilka dni temu prosiliśmy Cię o zaktualizowanie danych płatności, ponieważ nie udało nam się autoryzować obciążenia karty Visa zakończonej cyframi 4417.",
          "Nowe dane nie dotarły do nas w wyznaczonym terminie, w związku z czym Twoje zamówienie zostało anulowane."],
    heading="Produkty w anulowanym zamówieniu",
    items=[("LEGO Technic 42141 McLaren Formula 1, model samochodu wyścigowego", 1, "699,00 zł", None)],
    after=["Za anulowane zamówienie nie zostaniesz obciążony(-a).",
           'Aby uniknąć podobnej sytuacji w przyszłości, sprawdź zapisane karty w sekcji <a href="{L:cpe/yourpayments/wallet}">Twoje płatności</a>.'],
    help=0, sign=1, foot=[2, 1, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="payment_issue", sr=True, note="gift card balance insufficient",
    frm="payments-messages", sub="Nie mogliśmy zrealizować Twojego zamówienia {o}",
    title="Zamówienie nie zostało zrealizowane", hello="Dzień dobry,",
    body=["Twoje zamówienie zostało anulowane, ponieważ saldo karty podarunkowej Amazon przypisanej do konta nie wystarczyło na pokrycie całej kwoty, a do zamówienia nie dodano drugiej metody płatności, z której moglibyśmy pobrać brakującą różnicę."],
    kv=[("Brakująca kwota", "87,40 zł")],
    heading="Zamówione produkty",
    items=[("Tefal Ingenio Emotion L8979 zestaw garnków i patelni, 10 elementów, odłączany uchwyt", 1, "459,00 zł", None)],
    after=["Środki z karty podarunkowej nie zostały wykorzystane i nadal są dostępne na Twoim koncie."],
    help=1, sign=2, foot=[0, 3, 4], fmt="text", pl="1", cs="iso-8859-2", cte="base64", auth=False))

PL.append(dict(kind="notice", cause="payment_issue", sr=True, note="implied: bank refused the transaction",
    frm="payments-messages", sub="Twoje zamówienie Amazon.pl zostało anulowane",
    title="Anulowaliśmy Twoje zamówienie", hello="Witaj Joanno,",
    body=["Bank, który wydał Twoją kartę Mastercard (****0932), odrzucił transakcję za poniższe zamówienie – również przy ponownej próbie, którą wykonaliśmy następnego dnia.",
          "W takiej sytuacji nie możemy wysłać produktów, dlatego zamówienie {o} zostało anulowane."],
    heading="Anulowane produkty",
    items=[("Brita Marella XL dzbanek filtrujący 3,5 l, biały + 3 wkłady MAXTRA PRO", 1, "119,99 zł", None),
           ("Tchibo Barista Espresso kawa ziarnista 1 kg", 2, "159,80 zł", None)],
    after=["Nie pobrano żadnych środków. Jeśli chcesz złożyć zamówienie ponownie, przed jego finalizacją wybierz inną kartę lub płatność BLIK."],
    help=2, sign=0, foot=[2, 6, 0], fmt="html", lay="C", cs="iso-8859-2", cte="quoted-printable", auth=True))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="thread", thread="pT1", seq=0,
    frm="payments-messages", sub="Działanie wymagane: zaktualizuj metodę płatności dla zamówienia {o}",
    title="Problem z płatnością", hello="Witaj Michale,",
    body=["Próba obciążenia Twojej karty Visa zakończonej cyframi 2281 za zamówienie {o} nie powiodła się. Może to wynikać z wygaśnięcia karty, zmiany adresu rozliczeniowego lub limitu ustawionego przez bank.",
          'Aby nie opóźniać wysyłki, <a href="{L:gp/css/order/edit.html?orderID={o}}">zaktualizuj metodę płatności</a> w ciągu 3 dni. Do tego czasu zamówienie pozostaje wstrzymane. Jeśli nie otrzymamy nowych danych, może ono zostać anulowane.'],
    heading="Produkty oczekujące na płatność",
    items=[("Samsung Galaxy Buds2 Pro, słuchawki bezprzewodowe z ANC, grafitowe", 1, "599,00 zł", None)],
    after=["Jeśli dane karty są aktualne, skontaktuj się ze swoim bankiem, aby upewnić się, że płatność nie jest blokowana."],
    help=0, sign=1, foot=[2, 1, 4], fmt="alt", lay="B", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="payment_issue", sr=False, note="thread: cause from earlier mail", thread="pT1", seq=1,
    frm="order-update", sub="Anulowano zamówienie {o}",
    title="Zamówienie anulowane", hello="Witaj Michale,",
    body=["Twoje zamówienie nr {o} zostało anulowane. Produkty wymienione poniżej nie zostaną wysłane."],
    heading="Anulowane produkty",
    items=[("Samsung Galaxy Buds2 Pro, słuchawki bezprzewodowe z ANC, grafitowe", 1, "599,00 zł", None)],
    after=["Nie pobraliśmy opłaty za to zamówienie. Jeśli nadal chcesz kupić ten produkt, możesz złożyć nowe zamówienie w dowolnym momencie."],
    help=1, sign=0, foot=[0, 4], fmt="text", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

# ---- notices: technical_issue (3)
PL.append(dict(kind="notice", cause="technical_issue", sr=True, note="pricing error, Amazon decided",
    frm="order-update", sub="Ważna informacja dotycząca zamówienia {o}",
    title="Informacja o zamówieniu", hello="Witaj Agnieszko,",
    body=["Amazon zdecydował się anulować Twoje zamówienie na poniższy produkt. Przez krótki czas był on wyświetlany w naszym sklepie w cenie 59,99 zł zamiast 1 599,99 zł – była to pomyłka przy wprowadzaniu ceny, a nie promocja.",
          "Przepraszamy za zamieszanie i rozczarowanie."],
    heading="Anulowany produkt",
    items=[("Xiaomi Redmi Note 13 Pro 5G 8/256 GB, Midnight Black", 1, "59,99 zł", None)],
    after=["Płatność nie została pobrana, a ewentualna tymczasowa blokada środków na karcie zostanie zwolniona przez Twój bank."],
    help=0, sign=3, foot=[1, 5, 4], fmt="html", lay="B", cs="utf-8", cte="quoted-printable", auth=False))

PL.append(dict(kind="notice", cause="technical_issue", sr=True, note="denies payment problem, system error",
    frm="no-reply", sub="Twoje zamówienie {o} zostało anulowane",
    title="Zamówienie anulowane", hello="Dzień dobry,",
    body=["Zamówienie nr {o} zostało anulowane. Chcemy podkreślić, że nie jest to problem z Twoją kartą ani z Twoim kontem: podczas przetwarzania zamówienia w naszym systemie wystąpił błąd, przez który nie dało się go prawidłowo przekazać do magazynu.",
          "Bardzo przepraszamy za utrudnienia."],
    heading="Produkty",
    items=[("Logitech MX Master 3S mysz bezprzewodowa, cicha, 8000 DPI, grafitowa", 1, "389,00 zł", None)],
    after=["Nie obciążyliśmy Twojej karty. Możesz złożyć zamówienie ponownie – produkt jest nadal dostępny."],
    help=2, sign=1, foot=[0, 1, 3, 4], fmt="text", pl="1", cs="utf-8", cte="base64", auth=True))

PL.append(dict(kind="notice", cause="technical_issue", sr=True, note="listing error, labelled Przyczyna",
    frm="order-update", sub="Anulowanie produktu z zamówienia {o}",
    title="Produkt anulowany", hello="Witaj Robercie,",
    body=["Informujemy, że anulowaliśmy jeden produkt z Twojego zamówienia."],
    kv=[("Przyczyna", "błąd w ofercie – strona produktu podawała rozmiar 42, a sprzedawany wariant to rozmiar 40")],
    heading="Anulowane produkty",
    items=[("adidas Runfalcon 3.0 męskie buty do biegania, Core Black", 1, "229,00 zł", None)],
    after=["Za ten produkt nie zostaniesz obciążony. Pozostałe produkty z zamówienia wyślemy bez zmian."],
    help=3, sign=0, foot=[6, 2, 4], fmt="alt", lay="C", pl="2", cs="iso-8859-2", cte="quoted-printable", auth=False))

# ---- notices: fraud_prevention (3, one is a thread)
PL.append(dict(kind="notice", cause="fraud_prevention", sr=True, note="unusual activity, ordering blocked",
    frm="cs-reply", sub="Zamówienie {o} zostało anulowane",
    title="Anulowanie zamówienia", hello="Witaj Marcinie,",
    body=["Podczas rutynowej kontroli zauważyliśmy nietypową aktywność związaną z Twoim kontem Amazon.pl. Aby chronić Ciebie i Twoje dane, anulowaliśmy zamówienie {o} i tymczasowo wstrzymaliśmy możliwość składania nowych zamówień.",
          "Aby odblokować konto, zaloguj się na stronie Amazon.pl i postępuj zgodnie z instrukcjami wyświetlanymi na ekranie."],
    heading="Anulowane produkty",
    items=[("Apple iPhone 15 (128 GB) – czarny", 1, "3 499,00 zł", None)],
    after=["Nie pobraliśmy płatności za anulowane zamówienie."],
    help=0, sign=3, foot=[1, 3, 0], fmt="alt", lay="A", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="fraud_prevention", sr=True, note="identity documents not received",
    frm="cs-reply", sub="Informacja dotycząca Twojego konta i zamówienia {o}",
    title="Zamówienie anulowane", hello="Dzień dobry,",
    body=["W zeszłym tygodniu poprosiliśmy o przesłanie informacji potwierdzających tożsamość właściciela konta. Do dziś ich nie otrzymaliśmy, dlatego ze względów bezpieczeństwa zamówienie nr {o} zostało anulowane."],
    heading="Produkty",
    items=[("Nintendo Switch – model OLED, biały", 1, "1 399,00 zł", None),
           ("Karta podarunkowa Amazon.pl – e-mail, 500 zł", 2, "1 000,00 zł", None)],
    after=["Żadne środki nie zostały pobrane z Twojej metody płatności."],
    help=2, sign=2, foot=[1, 0], fmt="text", pl="2", cs="iso-8859-2", cte="8bit", auth=False))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="thread", thread="pT2", seq=0,
    frm="cs-reply", sub="Twoje konto Amazon.pl zostało tymczasowo wstrzymane",
    title="Konto wstrzymane", hello="Witaj Ewo,",
    body=["Zauważyliśmy logowanie na Twoje konto z nowego urządzenia, po którym złożono zamówienie {o}. Dla Twojego bezpieczeństwa konto zostało tymczasowo wstrzymane do czasu weryfikacji, a zamówienie czeka na wysyłkę.",
          "Aby przywrócić pełny dostęp, zaloguj się na Amazon.pl i potwierdź swoje dane. Weryfikacja zajmuje zwykle do 24 godzin."],
    heading="Wstrzymane zamówienie",
    items=[("JBL Flip 6 przenośny głośnik Bluetooth, wodoodporny IP67, niebieski", 1, "499,00 zł", None),
           ("Bosch Professional GSR 12V-15 wiertarko-wkrętarka akumulatorowa + 2 akumulatory", 1, "459,00 zł", None)],
    after=["Nigdy nie prosimy o podanie hasła w wiadomości e-mail ani przez telefon."],
    help=0, sign=3, foot=[1, 3, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="base64", auth=True))

PL.append(dict(kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", thread="pT2", seq=1,
    frm="order-update", sub="Twoje zamówienie Amazon.pl nr {o} zostało anulowane",
    title="Zamówienie anulowane", hello="Witaj Ewo,",
    body=["Anulowaliśmy zamówienie {o}. Produkty z tego zamówienia nie zostaną wysłane."],
    heading="Anulowane produkty",
    items=[("JBL Flip 6 przenośny głośnik Bluetooth, wodoodporny IP67, niebieski", 1, "499,00 zł", None),
           ("Bosch Professional GSR 12V-15 wiertarko-wkrętarka akumulatorowa + 2 akumulatory", 1, "459,00 zł", None)],
    after=["Nie zostaniesz obciążona za anulowane produkty."],
    help=1, sign=0, foot=[0, 5, 4], fmt="html", lay="B", cs="utf-8", cte="base64", auth=True))

# ---- notices: customer_request (3)
PL.append(dict(kind="notice", cause="customer_request", sr=True, note="successful cancellation at your request",
    frm="auto-confirm", sub="Pomyślne anulowanie produktu z zamówienia Amazon.pl {o}",
    title="Anulowanie potwierdzone", hello="Witaj Aleksandro,",
    body=["Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia {o}."],
    heading="Anulowane produkty",
    items=[("Pampers Premium Care pieluszki, rozmiar 4 (9–14 kg), 168 szt.", 1, "169,99 zł", None)],
    after=["Jeśli płatność za ten produkt została już pobrana, zwrócimy ją na pierwotną metodę płatności w ciągu kilku dni.",
           "Pozostałe produkty z zamówienia zostaną wysłane zgodnie z harmonogramem – poinformujemy Cię o tym w osobnej wiadomości."],
    help=1, sign=0, foot=[0, 2, 4], fmt="alt", lay="C", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="customer_request", sr=True, note="old style, Powód anulowania: Anulowane przez klienta",
    frm="no-reply", sub="Amazon.pl – anulowanie zamówienia ({o})",
    title="Twoje anulowanie", hello="Witaj,",
    body=["Właśnie anulowałeś(-aś) zamówienie nr {o}.", "Status: ANULOWANE"],
    kv=[("Powód anulowania", "Anulowane przez klienta")],
    heading="Anulowane pozycje",
    items=[("Ravensburger puzzle 1000 elementów – Kraków nocą", 1, "49,99 zł", None)],
    after=["Nie naliczyliśmy żadnej opłaty."],
    help=3, sign=2, foot=[0, 4], fmt="text", pl="2", cs="utf-8", cte="quoted-printable", auth=False))

PL.append(dict(kind="notice", cause="customer_request", sr=True, note="seller message: cancelled as the buyer asked",
    frm="marketplace-messages", sub="Wiadomość od sprzedawcy Księgarnia Pod Lipą – zamówienie {o}",
    title="Wiadomość od sprzedawcy", hello="Dzień dobry Pani Zofio,",
    body=["Zgodnie z Pani wiadomością z 14 marca anulowaliśmy zamówienie nr {o} – książka nie zostanie wysłana. Środki wrócą na Pani konto w ciągu kilku dni roboczych.",
          "Pozdrawiamy serdecznie<br>zespół Księgarni Pod Lipą",
          "<i>Ta wiadomość została wysłana przez sprzedawcę za pośrednictwem systemu wiadomości Amazon.pl.</i>"],
    heading="Zamówienie",
    items=[("Olga Tokarczuk – Księgi Jakubowe (oprawa twarda)", 1, "89,90 zł", "Księgarnia Pod Lipą")],
    after=["Ze względów bezpieczeństwa wiadomości między kupującymi a sprzedawcami są przesyłane przez Amazon. Nigdy nie płać za zamówienia poza Amazon.pl."],
    help=0, sign=1, foot=[1, 0, 4], fmt="alt", lay="A", pl="1", cs="iso-8859-2", cte="quoted-printable", auth=False))

# ---- notices: unknown, no reason (3)
PL.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given",
    frm="order-update", sub="Anulowano Twoje zamówienie Amazon.pl {o}",
    title="Zamówienie anulowane", hello="Dzień dobry Kamil,",
    body=["Zamówienie nr {o} zostało anulowane."],
    heading="Anulowane produkty",
    items=[("Anker kabel USB-C do USB-C 100 W, 1,8 m, 3 sztuki", 1, "59,99 zł", None)],
    after=["Za anulowane produkty nie zostaniesz obciążony(-a). Jeśli płatność została już pobrana, zwrot zlecimy automatycznie."],
    help=1, sign=0, foot=[2, 0, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given, partial",
    frm="order-update", sub="Zmiana w zamówieniu {o}",
    title="Zmiana w zamówieniu", hello="Dzień dobry,",
    body=["Informujemy, że z Twojego zamówienia anulowano następujące produkty:"],
    heading="Anulowane",
    items=[("Zwilling Four Star zestaw noży kuchennych, 4 elementy, w bloku", 1, "549,00 zł", None)],
    after=["Pozostała część zamówienia zostanie zrealizowana. Nie poniesiesz kosztów za anulowane produkty."],
    help=3, sign=2, foot=[0, 3], fmt="text", pl="1", cs="iso-8859-2", cte="quoted-printable", auth=False))

PL.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given",
    frm="no-reply", sub="Produkt z Twojego zamówienia został anulowany",
    title="Produkt anulowany", hello="Witaj,",
    body=["Piszemy, aby poinformować, że poniższy produkt z zamówienia {o} został anulowany i nie zostanie do Ciebie wysłany."],
    heading="Anulowany produkt",
    items=[("Kindle Paperwhite (16 GB) – 6,8-calowy ekran i regulowana barwa podświetlenia, bez reklam", 1, "679,00 zł", None)],
    after=["Jeśli zapłaciłeś(-aś) już za ten produkt, otrzymasz zwrot pełnej kwoty na pierwotną metodę płatności."],
    help=1, sign=1, foot=[1, 6, 4], fmt="html", lay="C", cs="utf-8", cte="base64", auth=False))

# ---- notices: unknown, a reason outside the four (2)
PL.append(dict(kind="notice", cause="unknown", sr=True, note="cannot ship lithium battery to parcel locker",
    frm="order-update", sub="Anulowaliśmy Twoje zamówienie {o}",
    title="Zamówienie anulowane", hello="Witaj Piotrze,",
    body=["Nie możemy dostarczyć tego produktu do wybranego punktu odbioru. Powerbanki i inne urządzenia z akumulatorami litowo-jonowymi o tej pojemności nie mogą trafiać do automatów paczkowych, a w zamówieniu nie wskazano innego adresu dostawy.",
          "Zamówienie zostało więc anulowane."],
    heading="Anulowane produkty",
    items=[("Baseus powerbank 20000 mAh, 65 W, USB-C PD, z wyświetlaczem", 1, "149,00 zł", None)],
    after=["Nie zostałeś obciążony. Jeśli nadal chcesz kupić ten produkt, złóż nowe zamówienie z dostawą kurierską na adres domowy."],
    help=2, sign=0, foot=[0, 1, 4], fmt="alt", lay="B", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="notice", cause="unknown", sr=True, note="export restriction, cannot ship to Norway",
    frm="order-update", sub="Twoje zamówienie {o} zostało anulowane",
    title="Zamówienie anulowane", hello="Dzień dobry,",
    body=["Ze względu na ograniczenia eksportowe poniższy produkt nie może zostać wysłany na adres w Norwegii podany w zamówieniu {o}. Z tego powodu anulowaliśmy zamówienie."],
    heading="Anulowane produkty",
    items=[("DJI Mini 4 Pro dron z kontrolerem DJI RC 2", 1, "3 999,00 zł", None)],
    after=["Płatność nie została pobrana.", "Informacje o tym, do jakich krajów wysyłamy poszczególne produkty, znajdziesz na stronach pomocy."],
    help=0, sign=3, foot=[0, 2, 4], fmt="text", pl="2", cs="utf-8", cte="quoted-printable", auth=False))

# ---- non-notices (5)
PL.append(dict(kind="non_notice", cause=None, sr=False, note="shipping confirmation, says it can no longer be cancelled",
    frm="shipment-tracking", sub="Twoje zamówienie Amazon.pl {o} zostało wysłane",
    title="Potwierdzenie wysyłki", hello="Witaj Ola,",
    body=["Dobra wiadomość – Twoja paczka jest już w drodze. Zamówienie zostało wysłane, więc nie można go już anulować ani zmienić.",
          "<b>Przewidywana dostawa:</b> czwartek, 12 czerwca",
          'Przesyłkę doręczy InPost do Paczkomatu KRA12M. <a href="{L:gp/css/shiptrack/view.html}">Śledź przesyłkę</a>'],
    heading="Wysłane produkty",
    items=[("Garmin Forerunner 265 zegarek do biegania z GPS i ekranem AMOLED, czarny", 1, "1 599,00 zł", None)],
    after=["Jeśli produkt nie spełni Twoich oczekiwań, możesz go zwrócić w ciągu 30 dni. Zamówienia, które nie zostały jeszcze wysłane, możesz anulować w sekcji Twoje zamówienia."],
    help=1, sign=0, foot=[0, 1, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="refund confirmation for a return",
    frm="return@amazon.pl", sub="Zwrot środków za zamówienie {o}",
    title="Zwrot pieniędzy", hello="Dzień dobry,",
    body=["Otrzymaliśmy zwrócony produkt i zleciliśmy zwrot pieniędzy.",
          "Środki wpłyną na kartę Visa zakończoną cyframi 5512 w ciągu 3–5 dni roboczych, w zależności od banku."],
    kv=[("Zwrócona kwota", "249,00 zł"), ("Powód zwrotu", "produkt niepotrzebny")],
    heading="Zwrócone produkty",
    items=[("Braun Series 5 51-B1000s golarka elektryczna, Wet &amp; Dry", 1, "249,00 zł", None)],
    after=["Zwrot nie wpływa na inne produkty z tego zamówienia."],
    help=1, sign=1, foot=[0, 2, 4], fmt="text", pl="1", cs="iso-8859-2", cte="quoted-printable", auth=False))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="Prime membership cancellation", raw=True,
    from_name="Amazon Prime", from_addr="digital-no-reply@amazon.pl", sub="Potwierdzenie anulowania członkostwa Amazon Prime",
    fmt="alt", cs="utf-8", cte=("quoted-printable", "base64"), auth=True,
    text="""Amazon Prime

Witaj Kamil,

potwierdzamy, że Twoje członkostwo Amazon Prime zostało anulowane.

Z korzyści Prime – darmowej dostawy, Prime Video i Prime Gaming – możesz korzystać do 14 lipca 2025 r. Po tym dniu nie pobierzemy kolejnej rocznej opłaty w wysokości 49 zł.

Zmieniłeś zdanie? Możesz wznowić członkostwo w każdej chwili:
https://www.amazon.pl/prime

Pozdrawiamy
Zespół Amazon Prime

Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Amazon nigdy nie prosi o podanie hasła w wiadomości e-mail.
""",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif; background:#f3f3f3; margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00a8e1; padding:14px 24px; color:#ffffff; font-size:20px; font-weight:bold;">prime</td></tr>
<tr><td style="padding:24px; font-size:15px; line-height:22px; color:#111111;">
<p>Witaj Kamil,</p>
<p>potwierdzamy, że Twoje członkostwo <b>Amazon Prime</b> zostało anulowane.</p>
<p>Z korzyści Prime – darmowej dostawy, Prime Video i Prime Gaming – możesz korzystać do <b>14 lipca 2025 r.</b> Po tym dniu nie pobierzemy kolejnej rocznej opłaty w wysokości 49 zł.</p>
<p style="text-align:center; margin:28px 0;"><a href="https://www.amazon.pl/prime" style="background:#FFD814; color:#0F1111; padding:10px 26px; border-radius:20px; text-decoration:none;">Wznów członkostwo</a></p>
<p>Pozdrawiamy<br>Zespół Amazon Prime</p>
</td></tr>
<tr><td style="padding:16px 24px; font-size:11px; color:#767676; background:#fafafa;">Ta wiadomość została wysłana z adresu, który nie obsługuje poczty przychodzącej. Amazon nigdy nie prosi o podanie hasła w wiadomości e-mail. © 2025 Amazon.com, Inc. lub jej podmioty stowarzyszone.</td></tr>
</table></body></html>
"""))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="another retailer (Allegro) cancelled an order", raw=True, marketplace=None,
    from_name="Allegro", from_addr="powiadomienia@allegro.pl", sub="Sprzedający anulował Twoje zamówienie",
    fmt="html", cs="utf-8", cte="quoted-printable",
    pre=[("Authentication-Results", "mx.google.com;\n       dkim=pass header.d=allegro.pl header.s=s1 header.b=Qk3pX0aa;\n       spf=pass smtp.mailfrom=bounce.allegro.pl;\n       dmarc=pass (p=REJECT) header.from=allegro.pl")],
    html="""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Allegro</title></head>
<body style="margin:0; background:#f2f2f2; font-family:'Open Sans',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 32px; border-bottom:3px solid #ff5a00;"><img src="https://assets.allegrostatic.com/mailing/logo-allegro.png" alt="Allegro" width="110"></td></tr>
<tr><td style="padding:28px 32px; font-size:15px; line-height:23px; color:#222222;">
<h1 style="font-size:22px; font-weight:600; margin:0 0 18px 0;">Zamówienie zostało anulowane</h1>
<p>Cześć,</p>
<p>sprzedający <b>elektro-hurt_pl</b> anulował Twoje zamówienie z 3 czerwca. Jako powód podał brak towaru w magazynie.</p>
<table cellpadding="6" style="background:#f7f7f7; width:100%; font-size:14px;">
<tr><td>Numer zamówienia</td><td><b>7e2b0c40-4a1f-11ef-9d3b-5f0a1c2e7b91</b></td></tr>
<tr><td>Przedmiot</td><td>Słuchawki bezprzewodowe Sony WH-CH720N czarne</td></tr>
<tr><td>Kwota</td><td>349,00 zł</td></tr>
</table>
<p>Pieniądze zwrócimy w ciągu 2 dni roboczych tą samą metodą, którą zapłaciłeś. Jeśli płaciłeś przez Allegro Pay, kwota zniknie z Twojego rozliczenia.</p>
<p><a href="https://allegro.pl/moje-allegro/zakupy/kupione" style="color:#ff5a00;">Przejdź do zakupów</a></p>
</td></tr>
<tr><td style="padding:18px 32px; font-size:11px; color:#8a8a8a;">Allegro nigdy nie prosi o podanie hasła ani danych karty w wiadomości e-mail. Allegro.pl sp. z o.o., ul. Grunwaldzka 182, 60-166 Poznań.</td></tr>
</table></td></tr></table></body></html>
"""))

PL.append(dict(kind="non_notice", cause=None, sr=False, note="friend: I cancelled my Amazon order", raw=True, marketplace=None,
    from_name="Ania Kowalska", from_addr="ania.kowalska88@gmail.com", to="Marek Kowalski <marek.kowalski@gmail.com>",
    sub="Re: ekspres do kawy", fmt="text", cs="utf-8", cte="8bit",
    post=[("In-Reply-To", "<CAF3x9kM2pLqv7o1y-Zr8Q0dE@mail.gmail.com>")],
    text="""Hej Marek,

anulowałam w końcu to zamówienie na Amazonie z tym ekspresem De'Longhi, bo w Media Expert był o 200 zł taniej i mają go od ręki. Amazon od razu przysłał maila, że zamówienie anulowane i kasa wróci w kilka dni, więc luz.

To co, jedziemy w sobotę po ten ekspres? Mogę być u Ciebie koło 11.

Buziaki,
Ania

pt., 6 cze 2025 o 19:42 Marek Kowalski <marek.kowalski@gmail.com> napisał(a):
> Aniu, a zamówiłaś już ten ekspres na prezent dla mamy? Bo widziałem,
> że w Media Expert jest promocja.
>
> M.
"""))

# ---- lookalikes (5)
PL.append(dict(kind="lookalike", cause="payment_issue", sr=True, note="look-alike domain, asks to reply with card data, malformed order no.",
    frm="powiadomienia@amazon-pl-zamowienia.com", fakedom="amazon-pl-zamowienia.com", order="403-5592104-77",
    sub="Twoje zamówienie zostało anulowane – wymagana weryfikacja karty",
    title="Anulowanie zamówienia", hello="Szanowny Kliencie,",
    body=["Twoje zamówienie nr 403-5592104-77 zostało anulowane, ponieważ płatność kartą została odrzucona przez system.",
          "Aby otrzymać zwrot środków i odblokować konto, <b>odpowiedz na tę wiadomość</b>, podając pełny numer karty, datę ważności oraz kod CVV. Dane zostaną zweryfikowane w ciągu 2 godzin."],
    heading="Anulowane produkty",
    items=[("Apple AirPods Pro (2. generacji) z etui MagSafe (USB-C)", 1, "1 049,00 zł", None)],
    after=["Brak odpowiedzi w ciągu 24 godzin spowoduje trwałą blokadę konta."],
    help=0, sign=1, foot=[0, 4], fmt="alt", lay="A", pl="1", cs="utf-8", cte="quoted-printable",
    pre=[("Authentication-Results", "mx.wp.pl;\n       dkim=pass header.d=amazon-pl-zamowienia.com header.s=default;\n       spf=pass smtp.mailfrom=amazon-pl-zamowienia.com;\n       dmarc=none header.from=amazon-pl-zamowienia.com")]))

PL.append(dict(kind="lookalike", cause="fraud_prevention", sr=True, note="Cyrillic homoglyph display name, free-mail sender, account suspended + code", raw=True,
    from_name="\u0410mazon.pl", from_addr="obsluga.klienta.amzn@gmail.com",
    sub="Konto zawieszone – zamówienie 171-3390481-2290155 anulowane", fmt="html", cs="utf-8", cte="base64",
    html="""<html><body style="font-family:Arial; font-size:14px;">
<div style="background:#232f3e; padding:10px;"><span style="color:#ff9900; font-size:22px; font-weight:bold;">amazon</span><span style="color:#fff;">.pl</span></div>
<p>Drogi Kliencie,</p>
<p>Twoje konto Amazon zostało <b>zawieszone</b> z powodu podejrzanej aktywności, a Twoje ostatnie zamówienie 171-3390481-2290155 zostało anulowane.</p>
<p>Aby odblokować konto i przywrócić zamówienie, wprowadź kod weryfikacyjny <b style="font-size:18px;">AMZ-7731-PL</b> na stronie:<br>
<a href="http://amazon-pl-weryfikacja.xyz/konto/odblokuj">http://amazon-pl-weryfikacja.xyz/konto/odblokuj</a></p>
<p>Masz na to 24 godziny. Po tym czasie konto i wszystkie zamówienia zostaną trwale usunięte.</p>
<p>Dziękujemy,<br>Dział Bezpieczeństwa Amazon</p>
<p style="font-size:10px; color:#888;">© 2025 Amazon.com Inc. Wszelkie prawa zastrzeżone.</p>
</body></html>
"""))

PL.append(dict(kind="lookalike", cause="unknown", sr=False, note="callback phone number, fake order id format", raw=True,
    from_name="Amazon", from_addr="no-reply@amazon-pl.support-center.com",
    sub="Anulowanie zamówienia #AMZ-2025-88124", fmt="text", cs="iso-8859-2", cte="quoted-printable",
    text="""Amazon.pl - potwierdzenie anulowania

Zamówienie: #AMZ-2025-88124
Produkt: Apple iPhone 16 Pro Max 256 GB, tytan pustynny
Kwota: 6 299,00 zł
Status: ANULOWANE

Twoje zamówienie zostało anulowane. Jeśli nie składałeś(-aś) tego zamówienia lub chcesz otrzymać zwrot pieniędzy, zadzwoń natychmiast do naszego działu zwrotów:

    +48 22 307 41 95  (czynne 24/7)

Konsultant pomoże Ci zablokować nieautoryzowane transakcje. Nie odpowiadaj na tę wiadomość - zgłoszenia e-mail nie są obsługiwane.

Zespół Amazon Polska
"""))

PL.append(dict(kind="lookalike", cause="inventory_shortage", sr=True, note="link text shows amazon.pl, href goes elsewhere; malformed order no.",
    frm="order-update@amazon.pl.order-status.info", fakedom="amazon.pl.order-status.info", order="408-2291-5571204",
    sub="Anulowanie zamówienia 408-2291-5571204 – potwierdź zwrot",
    title="Zamówienie anulowane", hello="Witaj,",
    body=["Produkt nie jest już dostępny u sprzedawcy, dlatego Twoje zamówienie zostało anulowane.",
          'Aby otrzymać zwrot kwoty 1 249,00 zł, potwierdź dane do zwrotu w ciągu 24 godzin:<br><a href="https://amzn-zwroty.top/pl/login?ref=408229155">https://www.amazon.pl/zwroty/potwierdz</a>'],
    heading="Anulowane produkty",
    items=[("Dyson V8 Absolute odkurzacz bezprzewodowy", 1, "1 249,00 zł", None)],
    after=["Jeśli nie potwierdzisz danych, środki przepadną."],
    help=0, sign=0, foot=[1, 4], fmt="html", lay="C", cs="utf-8", cte="quoted-printable"))

PL.append(dict(kind="lookalike", cause="technical_issue", sr=True, note="free-mail sender, no order number, login link", raw=True,
    from_name="Amazon Polska", from_addr="amazonpolska.serwis@outlook.com",
    sub="Twoje zamówienie zostało anulowane", fmt="alt", cs="utf-8", cte="quoted-printable",
    pre=[("Authentication-Results", "mx.poczta.onet.pl;\n       dkim=pass header.d=outlook.com;\n       spf=pass smtp.mailfrom=outlook.com;\n       dmarc=pass header.from=outlook.com")],
    text="""Witaj,

z powodu błędu technicznego na naszych serwerach Twoje ostatnie zamówienie zostało anulowane.

Aby je przywrócić, zaloguj się ponownie do swojego konta przez poniższy link i potwierdź dane logowania:
https://amazon.pl-przywracanie.com/signin

Link jest ważny 12 godzin.

Obsługa Klienta Amazon
""",
    html="""<html><body style="font-family:Arial,sans-serif;">
<p>Witaj,</p>
<p>z powodu błędu technicznego na naszych serwerach Twoje ostatnie zamówienie zostało anulowane.</p>
<p>Aby je przywrócić, zaloguj się ponownie do swojego konta przez poniższy link i potwierdź dane logowania:</p>
<p><a href="https://amazon.pl-przywracanie.com/signin" style="background:#f0c14b; padding:8px 18px; color:#111; text-decoration:none; border:1px solid #a88734;">Zaloguj się na Amazon.pl</a></p>
<p>Link jest ważny 12 godzin.</p>
<p>Obsługa Klienta Amazon</p>
</body></html>
"""))

# ---------------------------------------------------------------- Swedish (amazon.se)

SV = []

# ---- notices: inventory_shortage (4, one is a thread)
SV.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="out of stock, supplier cannot deliver",
    frm="order-update", sub="Din beställning {o} på Amazon.se har avbrutits",
    title="Beställningen har avbrutits", hello="Hej Johanna,",
    body=["Tyvärr har vi varit tvungna att avbryta din beställning. Artikeln har tagit slut i vårt lager och vår leverantör kan inte längre leverera den till oss."],
    heading="Avbrutna artiklar",
    items=[("Moccamaster KBG Select kaffebryggare 1,25 l, matt svart", 1, "2 895,00 kr", None)],
    after=["Ditt kort har inte debiterats för den här beställningen. En eventuell reservation av beloppet försvinner automatiskt inom några bankdagar.",
           'Letar du efter ett alternativ? Se <a href="{L:b?node=20648437031}">fler kaffebryggare</a> på Amazon.se.'],
    help=0, sign=0, foot=[0, 1, 4], fmt="alt", lay="A", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="partial, third-party seller stock wrong",
    frm="order-update", sub="En artikel i din beställning {o} har annullerats",
    title="Artikel annullerad", hello="Hej,",
    body=["Säljaren NordicGear AB har meddelat oss att de inte kan skicka artikeln nedan. Lagersaldot stämde inte, och de sista exemplaren var redan sålda när din beställning kom in – därför har artikeln annullerats.",
          "Övriga artiklar i beställning {o} påverkas inte och skickas som planerat."],
    heading="Annullerad artikel",
    items=[("Osprey Talon 22 vandringsryggsäck, herr, Eclipse Grey, S/M", 1, "1 249,00 kr", "NordicGear AB")],
    after=["Du debiteras inte för den annullerade artikeln."],
    help=1, sign=1, foot=[0, 2, 4], fmt="text", pl="2", cs="iso-8859-1", cte="quoted-printable", auth=False))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="thread", thread="sT1", seq=0,
    frm="order-update", sub="Försenad leverans: LEGO Star Wars 75367 Venator-klass republikansk attackkryssare",
    title="Leveransuppdatering", hello="Hej Lars,",
    body=["Vi beklagar, men leveransen av artikeln i din beställning {o} blir försenad. Vi har för närvarande svårt att få fram den från vår leverantör och kan ännu inte ange något nytt leveransdatum.",
          "Vi hör av oss så snart vi vet mer. Vill du inte vänta kan du avbeställa artikeln kostnadsfritt under Dina beställningar."],
    heading="Försenad artikel",
    items=[("LEGO Star Wars 75367 Venator-klass republikansk attackkryssare", 1, "6 299,00 kr", None)],
    after=["Du debiteras inte förrän artikeln skickas."],
    help=1, sign=0, foot=[0, 3, 4], fmt="alt", lay="B", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="inventory_shortage", sr=False, note="thread: cause from earlier mail", thread="sT1", seq=1,
    frm="order-update", sub="Din beställning {o} har avbrutits",
    title="Beställning avbruten", hello="Hej Lars,",
    body=["Vi har avbrutit beställning {o}. Artikeln nedan kommer inte att skickas."],
    heading="Avbruten artikel",
    items=[("LEGO Star Wars 75367 Venator-klass republikansk attackkryssare", 1, "6 299,00 kr", None)],
    after=["Du har inte debiterats för beställningen."],
    help=0, sign=1, foot=[1, 0, 4], fmt="html", lay="A", cs="utf-8", cte="base64", auth=True))

SV.append(dict(kind="notice", cause="inventory_shortage", sr=True, note="pre-order cannot be filled, labelled Orsak",
    frm="no-reply", sub="Uppdatering om din förbeställning {o}",
    title="Förbeställning annullerad", hello="Hej Oskar,",
    body=["Orsak: förbeställningen kan inte levereras. Utgivaren har dragit in samlarutgåvan och vi kommer inte att få några exemplar.",
          "Därför har vi annullerat din förbeställning av artikeln nedan."],
    heading="Artikel",
    items=[("Assassin's Creed Shadows – Collector's Edition (PS5)", 1, "2 499,00 kr", None)],
    after=["Förbeställningar debiteras först när de skickas, så inget belopp har dragits från ditt konto."],
    help=3, sign=2, foot=[0, 6, 4], fmt="text", pl="1", cs="utf-8", cte="8bit", auth=False))

# ---- notices: payment_issue (4)
SV.append(dict(kind="notice", cause="payment_issue", sr=True, note="expired card",
    frm="payments-messages", sub="Din beställning {o} har avbrutits – betalningen gick inte igenom",
    title="Beställning avbruten", hello="Hej Erik,",
    body=["Vi kunde inte genomföra betalningen med ditt Visa-kort som slutar på 7730, eftersom kortet har gått ut (giltigt t.o.m. 02/25).",
          "Eftersom vi inte kan debitera ett ogiltigt kort har vi avbrutit beställningen."],
    heading="Artiklar i beställningen",
    items=[("Sony WH-1000XM5 trådlösa brusreducerande hörlurar, svart", 1, "3 990,00 kr", None)],
    after=["Inget belopp har dragits från ditt konto.",
           'Du kan uppdatera dina kortuppgifter under <a href="{L:cpe/yourpayments/wallet}">Dina betalningar</a>.'],
    help=0, sign=1, foot=[2, 1, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="payment_issue", sr=True, note="insufficient funds after retry",
    frm="payments-messages", sub="Vi kunde inte behandla din beställning {o}",
    title="Betalningen nekades", hello="Hej,",
    body=["Din bank nekade debiteringen på grund av otillräckligt saldo, och även ett nytt försök 48 timmar senare misslyckades. Beställningen har därför annullerats."],
    heading="Artiklar",
    items=[("Ninja Air Fryer AF100EU, 3,8 l, svart", 1, "1 190,00 kr", None)],
    after=["Du har inte debiterats. Om du fortfarande vill ha artikeln kan du lägga en ny beställning med ett annat betalningssätt."],
    help=1, sign=2, foot=[0, 3, 4], fmt="text", pl="1", cs="iso-8859-1", cte="base64", auth=False))

SV.append(dict(kind="notice", cause="payment_issue", sr=True, note="implied: payment details not updated before deadline",
    frm="payments-messages", sub="Information om din Amazon.se-beställning",
    title="Beställningen har avbrutits", hello="Hej Anna,",
    body=["Eftersom betalningsuppgifterna inte uppdaterades före den angivna tidsfristen kan vi inte längre hålla kvar din beställning {o}, och den har nu avbrutits."],
    heading="Avbrutna artiklar",
    items=[("Dyson V8 Absolute sladdlös dammsugare", 1, "3 490,00 kr", None)],
    after=["Inga pengar har dragits. Vill du fortfarande ha artikeln? Lägg en ny beställning och kontrollera att ditt betalningssätt är giltigt."],
    help=2, sign=0, foot=[2, 6, 0], fmt="html", lay="C", cs="iso-8859-1", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="payment_issue", sr=True, note="denies security measure, card authorisation failed",
    frm="payments-messages", sub="Beställning {o}: betalningen kunde inte auktoriseras",
    title="Beställningen har avbrutits", hello="Hej Sara,",
    body=["Vi har tyvärr fått avbryta din beställning eftersom din kortutgivare inte godkände betalningen.",
          "Det här är alltså ingen säkerhetsåtgärd från vår sida och ditt konto fungerar som vanligt – det var auktoriseringen av kortbetalningen som misslyckades."],
    heading="Avbrutna artiklar",
    items=[("Philips Hue White and Color Ambiance E27-lampa, 2-pack", 1, "1 099,00 kr", None),
           ("Philips Hue Bridge", 1, "649,00 kr", None)],
    after=["Inget belopp har reserverats. Kontakta gärna din bank om du vill veta varför betalningen nekades."],
    help=0, sign=3, foot=[1, 2, 4], fmt="html", lay="B", cs="utf-8", cte="base64", auth=True))

# ---- notices: technical_issue (3)
SV.append(dict(kind="notice", cause="technical_issue", sr=True, note="pricing error, Amazon decided",
    frm="order-update", sub="Viktig information om din beställning {o}",
    title="Information om din beställning", hello="Hej Emma,",
    body=["Amazon har beslutat att avbryta din beställning av artikeln nedan. På grund av ett fel i vårt prissättningssystem visades den under en kort period för 99 kr i stället för det korrekta priset 999 kr.",
          "Vi ber om ursäkt för besväret."],
    heading="Avbruten artikel",
    items=[("Samsung 980 PRO 1 TB PCIe 4.0 NVMe M.2 SSD", 1, "99,00 kr", None)],
    after=["Beloppet har inte dragits från ditt kort."],
    help=0, sign=3, foot=[1, 5, 4], fmt="html", lay="B", cs="utf-8", cte="quoted-printable", auth=False))

SV.append(dict(kind="notice", cause="technical_issue", sr=True, note="denies payment problem, system glitch",
    frm="no-reply", sub="Din beställning {o} har annullerats",
    title="Beställningen har annullerats", hello="Hej,",
    body=["Det här beror inte på ditt betalningssätt eller ditt konto. En teknisk störning i vårt system för orderhantering gjorde att beställningen inte kunde behandlas korrekt, så vi har varit tvungna att annullera den."],
    heading="Artiklar",
    items=[("Kindle Paperwhite (16 GB), 6,8-tumsskärm, utan reklam, svart", 1, "1 799,00 kr", None)],
    after=["Du har inte debiterats. Du är välkommen att lägga beställningen igen – artikeln finns i lager."],
    help=2, sign=1, foot=[0, 1, 3, 4], fmt="text", pl="2", cs="utf-8", cte="base64", auth=True))

SV.append(dict(kind="notice", cause="technical_issue", sr=True, note="listing error, labelled Anledning",
    frm="order-update", sub="Artikel annullerad från din beställning {o}",
    title="Artikel annullerad", hello="Hej Fredrik,",
    body=["Vi har tagit bort en artikel från din beställning och annullerat den."],
    kv=[("Anledning", "felaktig produktinformation – bilden och beskrivningen visade ett 4-pack, men erbjudandet gällde en enstaka tallrik")],
    heading="Annullerade artiklar",
    items=[("Rörstrand Swedish Grace tallrik 27 cm, snö, 4-pack", 1, "599,00 kr", None)],
    after=["Du debiteras inte för artikeln. Resten av beställningen skickas som vanligt."],
    help=3, sign=0, foot=[6, 2, 4], fmt="alt", lay="C", pl="1", cs="iso-8859-1", cte="quoted-printable", auth=False))

# ---- notices: fraud_prevention (3, one is a thread)
SV.append(dict(kind="notice", cause="fraud_prevention", sr=True, note="unusual activity, account locked",
    frm="cs-reply", sub="Din beställning {o} har avbrutits",
    title="Beställningen har avbrutits", hello="Hej Jonas,",
    body=["Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. Som en säkerhetsåtgärd har vi tillfälligt låst kontot och avbrutit beställning {o}.",
          "För att låsa upp kontot loggar du in på Amazon.se och följer anvisningarna på skärmen."],
    heading="Avbrutna artiklar",
    items=[("Apple iPad Air 11 tum (M2), Wi-Fi, 128 GB, rymdgrå", 1, "7 490,00 kr", None)],
    after=["Inga pengar har dragits för den avbrutna beställningen."],
    help=0, sign=3, foot=[1, 3, 0], fmt="alt", lay="A", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="fraud_prevention", sr=True, note="flagged in security review",
    frm="cs-reply", sub="Angående din beställning {o}",
    title="Beställningen har annullerats", hello="Hej,",
    body=["Din beställning granskades av vårt säkerhetsteam och flaggades vid den rutinmässiga kontroll vi gör för att förhindra obehörig användning av kundkonton. Vi har därför valt att inte genomföra den, och beställningen är nu annullerad."],
    heading="Artiklar",
    items=[("Nintendo Switch OLED-modell, vit", 1, "3 690,00 kr", None),
           ("Amazon.se presentkort – e-post, 1 000 kr", 2, "2 000,00 kr", None)],
    after=["Ingenting har debiterats."],
    help=2, sign=2, foot=[1, 0], fmt="text", pl="2", cs="iso-8859-1", cte="8bit", auth=False))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="thread", thread="sT2", seq=0,
    frm="cs-reply", sub="Din beställning {o} är pausad – vi behöver verifiera ditt konto",
    title="Verifiering krävs", hello="Hej Karin,",
    body=["Vi har pausat din beställning {o} medan vi verifierar kontot som den lades från. Det gör vi ibland för att skydda våra kunder mot obehöriga köp.",
          "Logga in på Amazon.se och följ anvisningarna för att bekräfta dina uppgifter. Tills verifieringen är klar skickas inga artiklar."],
    heading="Pausade artiklar",
    items=[("Oral-B iO Series 6 eltandborste, grå opal", 1, "1 690,00 kr", None)],
    after=["Vi ber dig aldrig att uppge ditt lösenord via e-post eller telefon."],
    help=0, sign=3, foot=[1, 3, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="base64", auth=True))

SV.append(dict(kind="notice", cause="fraud_prevention", sr=False, note="thread: cause from earlier mail", thread="sT2", seq=1,
    frm="order-update", sub="Vi har avbrutit din beställning {o}",
    title="Beställning avbruten", hello="Hej Karin,",
    body=["Din beställning {o} har avbrutits och kommer inte att skickas."],
    heading="Avbrutna artiklar",
    items=[("Oral-B iO Series 6 eltandborste, grå opal", 1, "1 690,00 kr", None)],
    after=["Du har inte debiterats."],
    help=1, sign=0, foot=[0, 5, 4], fmt="html", lay="B", cs="utf-8", cte="base64", auth=True))

# ---- notices: customer_request (3)
SV.append(dict(kind="notice", cause="customer_request", sr=True, note="cancelled at your request",
    frm="auto-confirm", sub="Annullering av artikel i din beställning {o} har genomförts",
    title="Annulleringen är klar", hello="Hej Linnea,",
    body=["Vi har annullerat följande artikel i enlighet med din begäran."],
    heading="Annullerade artiklar",
    items=[("Libero Touch blöjor storlek 4 (7–14 kg), 68 st", 1, "299,00 kr", None)],
    after=["Om du redan har betalat för artikeln återbetalas beloppet till ditt ursprungliga betalningssätt inom några dagar.",
           "Övriga artiklar skickas enligt plan, och vi meddelar dig när de är på väg."],
    help=1, sign=0, foot=[0, 2, 4], fmt="alt", lay="C", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="customer_request", sr=True, note="old style, Anledning: Avbeställd av kunden",
    frm="no-reply", sub="Amazon.se – din avbeställning ({o})",
    title="Din avbeställning", hello="Hej,",
    body=["Du har precis avbeställt beställning nr {o}.", "Status: AVBESTÄLLD"],
    kv=[("Anledning till avbeställning", "Avbeställd av kunden")],
    heading="Avbeställda artiklar",
    items=[("Fiskars Functional Form kockkniv 20 cm", 1, "349,00 kr", None)],
    after=["Du har inte debiterats."],
    help=3, sign=2, foot=[0, 4], fmt="text", pl="2", cs="utf-8", cte="8bit", auth=False))

SV.append(dict(kind="notice", cause="customer_request", sr=True, note="seller message: cancelled as the buyer asked",
    frm="marketplace-messages", sub="Meddelande från säljaren Bokhörnan Göteborg – beställning {o}",
    title="Meddelande från säljaren", hello="Hej Maria!",
    body=["Som du bad om i ditt meddelande i går har vi nu avbrutit order {o}. Boken skickas alltså inte, och pengarna kommer tillbaka till dig inom några dagar.",
          "Vänliga hälsningar<br>Bokhörnan Göteborg",
          "<i>Det här meddelandet har skickats av säljaren via Amazon.se:s meddelandetjänst.</i>"],
    heading="Beställning",
    items=[("Stina Jackson – Silvervägen (pocket)", 1, "129,00 kr", "Bokhörnan Göteborg")],
    after=["Av säkerhetsskäl förmedlas alla meddelanden mellan köpare och säljare via Amazon. Betala aldrig för en beställning utanför Amazon.se."],
    help=0, sign=1, foot=[1, 0, 4], fmt="alt", lay="A", pl="1", cs="iso-8859-1", cte="quoted-printable", auth=False))

# ---- notices: unknown, no reason (3)
SV.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given",
    frm="order-update", sub="Beställning {o} har avbrutits",
    title="Beställningen är avbruten", hello="Hej Petra,",
    body=["Din beställning {o} är nu avbruten."],
    heading="Avbrutna artiklar",
    items=[("Weber Compact kolgrill 47 cm, svart", 1, "1 595,00 kr", None)],
    after=["Du debiteras inte för avbrutna artiklar. Har betalningen redan dragits återbetalar vi den automatiskt."],
    help=1, sign=0, foot=[2, 0, 4], fmt="alt", lay="A", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given, partial",
    frm="order-update", sub="Ändring i din beställning {o}",
    title="Ändring i beställningen", hello="Hej,",
    body=["Följande artiklar i din beställning har annullerats:"],
    heading="Annullerade",
    items=[("Tretorn Aktiv gummistövlar, storlek 38, marinblå", 1, "599,00 kr", None),
           ("Bosch Serie 4 stavmixer MSM4W210, 600 W, vit", 1, "399,00 kr", None)],
    after=["Resten av beställningen levereras som vanligt. Du betalar inte för de annullerade artiklarna."],
    help=3, sign=2, foot=[0, 3], fmt="text", pl="1", cs="iso-8859-1", cte="quoted-printable", auth=False))

SV.append(dict(kind="notice", cause="unknown", sr=False, note="no reason given",
    frm="no-reply", sub="En artikel i din beställning har avbrutits",
    title="Artikel avbruten", hello="Hej,",
    body=["Vi vill meddela att artikeln nedan i beställning {o} har avbrutits och inte kommer att skickas till dig."],
    heading="Avbruten artikel",
    items=[("Garmin Venu 3 smartklocka med AMOLED-skärm, 45 mm, svart", 1, "4 490,00 kr", None)],
    after=["Om du redan har betalat för artikeln får du tillbaka hela beloppet till ditt ursprungliga betalningssätt."],
    help=1, sign=1, foot=[1, 6, 4], fmt="html", lay="C", cs="utf-8", cte="base64", auth=False))

# ---- notices: unknown, a reason outside the four (2)
SV.append(dict(kind="notice", cause="unknown", sr=True, note="delivery address incomplete, carrier cannot deliver",
    frm="order-update", sub="Vi har annullerat din beställning {o}",
    title="Beställningen har annullerats", hello="Hej Mikael,",
    body=["Leveransadressen i beställningen saknar gatunummer, och vår transportör kan inte leverera paketet dit. Vi försökte nå dig för att få en korrigerad adress men fick inget svar, så beställningen har annullerats."],
    heading="Annullerade artiklar",
    items=[("ASICS Gel-Nimbus 26 löparskor herr, storlek 44", 1, "1 899,00 kr", None)],
    after=["Du har inte debiterats. Kontrollera adressen i din adressbok innan du beställer igen."],
    help=2, sign=0, foot=[0, 1, 4], fmt="alt", lay="B", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="notice", cause="unknown", sr=True, note="cannot ship to Åland (outside EU VAT area)",
    frm="order-update", sub="Din beställning {o} har annullerats",
    title="Beställningen har annullerats", hello="Hej,",
    body=["Den här artikeln kan tyvärr inte levereras till Åland, eftersom säljaren inte skickar till adresser utanför EU:s momsområde. Din beställning har därför annullerats."],
    heading="Annullerade artiklar",
    items=[("Anker PowerCore 10000 powerbank, USB-C, svart", 1, "299,00 kr", None)],
    after=["Inget belopp har dragits.", "På våra hjälpsidor kan du läsa mer om vilka artiklar som kan skickas till Åland."],
    help=0, sign=3, foot=[0, 2, 4], fmt="text", pl="2", cs="utf-8", cte="quoted-printable", auth=False))

# ---- non-notices (5)
SV.append(dict(kind="non_notice", cause=None, sr=False, note="cancelled delivery window, order unaffected",
    frm="shipment-tracking", sub="Ditt leveransfönster har ställts in – ny leveransdag",
    title="Leveransuppdatering", hello="Hej Emma,",
    body=["Leveransfönstret kl. 17–21 i dag har tyvärr ställts in på grund av kraftigt snöfall i ditt område.",
          "<b>Ny leveransdag:</b> i morgon, tisdag 4 februari, kl. 17–21",
          'Du behöver inte göra något – beställningen påverkas inte och levereras automatiskt vid den nya tiden. <a href="{L:gp/css/shiptrack/view.html}">Spåra paketet</a>'],
    heading="Artiklar i leveransen",
    items=[("Nespresso Vertuo Pop kaffemaskin, Aqua Mint", 1, "899,00 kr", None)],
    after=["Vi ber om ursäkt för förseningen."],
    help=1, sign=0, foot=[0, 1, 4], fmt="alt", lay="B", pl="1", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="payment reminder before any cancellation",
    frm="payments-messages", sub="Åtgärd krävs: betalningen för beställning {o} kunde inte genomföras",
    title="Uppdatera din betalning", hello="Hej Jonas,",
    body=["Vi försökte debitera ditt Mastercard som slutar på 6021 för beställningen nedan, men betalningen gick inte igenom.",
          'Uppdatera ditt betalningssätt inom 5 dagar via <a href="{L:gp/css/order/edit.html}">Dina beställningar</a>. Om vi inte får en giltig betalning inom den tiden kommer beställningen att avbrytas.'],
    heading="Väntar på betalning",
    items=[("Bose QuietComfort Ultra Earbuds, svart", 1, "3 290,00 kr", None)],
    after=["Beställningen är fortfarande aktiv och skickas så snart betalningen har godkänts."],
    help=0, sign=1, foot=[2, 1, 4], fmt="text", pl="2", cs="utf-8", cte="quoted-printable", auth=True))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="Prime free trial cancelled", raw=True,
    from_name="Amazon Prime", from_addr="digital-no-reply@amazon.se", sub="Din kostnadsfria provperiod för Amazon Prime har avslutats",
    fmt="html", cs="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0; font-family:Arial,sans-serif; background:#f3f3f3;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00a8e1; color:#ffffff; padding:14px 24px; font-size:20px; font-weight:bold;">prime</td></tr>
<tr><td style="padding:24px; font-size:15px; line-height:22px; color:#111111;">
<p>Hej Fredrik,</p>
<p>Som du begärde har vi avbrutit din kostnadsfria provperiod för Amazon Prime. Du kommer inte att debiteras 49 kr per månad när provperioden tar slut.</p>
<p>Du har fortfarande tillgång till fri frakt och Prime Video till och med <b>22 mars 2025</b>.</p>
<p>Ändrat dig? <a href="https://www.amazon.se/prime">Fortsätt med Prime</a></p>
<p>Vänliga hälsningar<br>Amazon Prime</p>
</td></tr>
<tr><td style="padding:16px 24px; font-size:11px; color:#767676; background:#fafafa;">Det här meddelandet skickades från en adress som inte kan ta emot e-post. Amazon ber dig aldrig om ditt lösenord via e-post. &copy; 2025 Amazon.com, Inc. eller dess dotterbolag.</td></tr>
</table></body></html>
"""))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="another retailer (CDON) cancelled an order", raw=True, marketplace=None,
    from_name="CDON", from_addr="noreply@cdon.se", sub="Din order 48120937 har makulerats",
    fmt="alt", cs="utf-8", cte=("8bit", "quoted-printable"),
    pre=[("Authentication-Results", "mx.google.com;\n       dkim=pass header.d=cdon.se header.s=k1;\n       spf=pass smtp.mailfrom=mail.cdon.se;\n       dmarc=pass (p=NONE) header.from=cdon.se")],
    text="""CDON

Hej Sara,

Vi har tyvärr fått makulera din order 48120937. Säljaren Elektronikvaruhuset kunde inte leverera varan inom utlovad tid.

Vara: JBL Tune 770NC trådlösa hörlurar, blå
Belopp: 899 kr

Pengarna betalas tillbaka till ditt kort inom 3–5 bankdagar. Har du betalat med faktura behöver du inte göra något – fakturan krediteras automatiskt.

Mvh
CDON Kundservice
""",
    html="""<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head>
<body style="margin:0; background:#f5f5f5; font-family:Helvetica,Arial,sans-serif;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 28px; background:#000000;"><img src="https://cdon.se/static/mail/logo-white.png" alt="CDON" width="90"></td></tr>
<tr><td style="padding:28px; font-size:15px; line-height:22px; color:#222;">
<h2 style="margin:0 0 16px 0;">Din order har makulerats</h2>
<p>Hej Sara,</p>
<p>Vi har tyvärr fått makulera din order <b>48120937</b>. Säljaren Elektronikvaruhuset kunde inte leverera varan inom utlovad tid.</p>
<p>Vara: JBL Tune 770NC trådlösa hörlurar, blå<br>Belopp: 899 kr</p>
<p>Pengarna betalas tillbaka till ditt kort inom 3–5 bankdagar. Har du betalat med faktura behöver du inte göra något – fakturan krediteras automatiskt.</p>
<p>Mvh<br>CDON Kundservice</p>
</td></tr></table></body></html>
"""))

SV.append(dict(kind="non_notice", cause=None, sr=False, note="newsletter with a tip on how to cancel orders", raw=True,
    from_name="Amazon.se", from_addr="store-news@amazon.se", sub="Veckans erbjudanden: upp till 40 % på hem och kök",
    fmt="html", cs="utf-8", cte="base64",
    post=[("List-Unsubscribe", "<https://www.amazon.se/gp/communication-preferences/unsubscribe?token=8HF2KQ0>")],
    html="""<html><head><meta charset="utf-8"></head>
<body style="margin:0; background:#eaeded; font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#232f3e; padding:14px 20px; color:#ffffff; font-size:18px;">amazon.se</td></tr>
<tr><td style="padding:22px 20px; font-size:15px; color:#0f1111;">
<h1 style="font-size:24px; margin:0 0 12px 0;">Veckans erbjudanden</h1>
<p>Upp till 40 % rabatt på utvalda produkter för hem och kök – bara till och med söndag.</p>
<table width="100%" cellpadding="8"><tr>
<td width="50%" style="border:1px solid #ddd;"><b>Tefal Easy Fry XXL</b><br><span style="color:#b12704;">1 190 kr</span> <s>1 790 kr</s></td>
<td width="50%" style="border:1px solid #ddd;"><b>Rörstrand Swedish Grace skål 4-pack</b><br><span style="color:#b12704;">449 kr</span> <s>599 kr</s></td>
</tr></table>
<h2 style="font-size:18px; margin:26px 0 8px 0;">Ändrade planer? Så avbeställer du</h2>
<p>Visste du att du kan avbryta en beställning som ännu inte har skickats direkt under Dina beställningar? Välj beställningen, klicka på ”Avbryt artiklar” och klart. Redan skickade paket kan du returnera kostnadsfritt inom 30 dagar.</p>
<p><a href="https://www.amazon.se/gp/css/order-history" style="color:#007185;">Gå till Dina beställningar</a></p>
</td></tr>
<tr><td style="padding:14px 20px; font-size:11px; color:#767676; background:#f7f7f7;">Du får det här meddelandet eftersom du har valt att ta emot erbjudanden från Amazon.se. <a href="https://www.amazon.se/gp/communication-preferences">Avsluta prenumerationen</a>. Amazon ber dig aldrig om lösenord eller kortuppgifter via e-post.</td></tr>
</table></body></html>
"""))

# ---- lookalikes (5)
SV.append(dict(kind="lookalike", cause="payment_issue", sr=True, note="look-alike domain, asks to reply with card data, malformed order no.",
    frm="kundtjanst@amazon-se-order.com", fakedom="amazon-se-order.com", order="402-88120-5531",
    sub="Din beställning har avbrutits – bekräfta dina kortuppgifter",
    title="Beställningen avbruten", hello="Bästa kund,",
    body=["Din beställning 402-88120-5531 har avbrutits eftersom betalningen avvisades.",
          "För att få pengarna tillbaka måste du <b>svara på det här mejlet</b> med ditt fullständiga kortnummer, utgångsdatum och CVC-kod. Vi behandlar uppgifterna inom 2 timmar."],
    heading="Avbrutna artiklar",
    items=[("Apple Watch Series 10 GPS 46 mm", 1, "5 495,00 kr", None)],
    after=["Om du inte svarar inom 24 timmar stängs ditt konto permanent."],
    help=0, sign=1, foot=[0, 4], fmt="alt", lay="A", pl="1", cs="iso-8859-1", cte="quoted-printable",
    pre=[("Authentication-Results", "mx.telia.com;\n       dkim=pass header.d=amazon-se-order.com;\n       spf=pass smtp.mailfrom=amazon-se-order.com;\n       dmarc=none header.from=amazon-se-order.com")]))

SV.append(dict(kind="lookalike", cause="fraud_prevention", sr=True, note="Cyrillic homoglyph display name, free-mail sender, suspended + code", raw=True,
    from_name="Amazon.s\u0435", from_addr="amazon.sverige.support@hotmail.com",
    sub="Ditt konto är avstängt – beställning 305-4410928-3317260 avbruten", fmt="html", cs="utf-8", cte="quoted-printable",
    html="""<html><body style="font-family:Arial; font-size:14px;">
<div style="background:#131921; padding:10px;"><span style="color:#ff9900; font-size:22px; font-weight:bold;">amazon</span><span style="color:#fff;">.se</span></div>
<p>Hej kund,</p>
<p>På grund av misstänkt aktivitet har ditt Amazon-konto <b>stängts av</b> och din senaste beställning 305-4410928-3317260 har avbrutits.</p>
<p>För att återaktivera kontot och återställa beställningen anger du säkerhetskoden <b style="font-size:18px;">SE-48213</b> på:<br>
<a href="http://amazon-se-verifiering.icu/konto">http://amazon-se-verifiering.icu/konto</a></p>
<p>Gör detta inom 24 timmar, annars raderas kontot och alla beställningar permanent.</p>
<p>Med vänlig hälsning<br>Amazon Säkerhetsavdelning</p>
</body></html>
"""))

SV.append(dict(kind="lookalike", cause="unknown", sr=False, note="callback phone number, fake order id format", raw=True,
    from_name="Amazon Kundservice", from_addr="info@amazon-se.help-desk.net",
    sub="Avbeställning bekräftad – order #SE-77812", fmt="text", cs="iso-8859-1", cte="8bit",
    text="""Amazon.se - bekräftelse på avbeställning

Order: #SE-77812
Artikel: Samsung Galaxy S25 Ultra 512 GB, titansvart
Belopp: 16 990,00 kr
Status: AVBESTÄLLD

Din beställning har avbrutits. Om du inte har gjort den här beställningen, eller om du vill ha pengarna tillbaka, ring vår återbetalningsavdelning omedelbart:

    08-517 983 40  (öppet dygnet runt)

Vår handläggare hjälper dig att stoppa obehöriga debiteringar. Svara inte på det här mejlet - ärenden via e-post hanteras inte.

Amazon Sverige
"""))

SV.append(dict(kind="lookalike", cause="technical_issue", sr=True, note="link text shows amazon.se, href goes elsewhere",
    frm="order-update@amazon.se.kundservice-retur.net", fakedom="amazon.se.kundservice-retur.net",
    sub="Viktigt: din beställning {o} har avbrutits",
    title="Beställningen har avbrutits", hello="Hej,",
    body=["På grund av ett prisfel i vårt system har din beställning avbrutits.",
          'För att få tillbaka 2 199,00 kr måste du bekräfta ditt kort inom 12 timmar:<br><a href="http://kundservice-retur.net/se/verify?o=71">https://www.amazon.se/gp/css/order-history</a>'],
    heading="Avbrutna artiklar",
    items=[("Bose SoundLink Max bärbar högtalare", 1, "2 199,00 kr", None)],
    after=["Obekräftade återbetalningar makuleras automatiskt."],
    help=0, sign=0, foot=[1, 4], fmt="html", lay="B", cs="utf-8", cte="base64"))

SV.append(dict(kind="lookalike", cause="inventory_shortage", sr=True, note="look-alike domain (zero), no order number", raw=True,
    from_name="Amazon", from_addr="noreply@amaz0n-se.com",
    sub="Din beställning kunde inte levereras", fmt="alt", cs="utf-8", cte="quoted-printable",
    text="""Hej!

Artikeln du beställde är slut i lager och din beställning har därför avbrutits.

För att få din återbetalning på 1 249 kr, klicka på länken nedan och logga in:
http://amaz0n-se.com/aterbetalning

Länken är giltig i 48 timmar.

Amazon
""",
    html="""<html><body style="font-family:Arial,sans-serif;">
<p>Hej!</p>
<p>Artikeln du beställde är slut i lager och din beställning har därför avbrutits.</p>
<p>För att få din återbetalning på <b>1 249 kr</b>, klicka på knappen nedan och logga in:</p>
<p><a href="http://amaz0n-se.com/aterbetalning" style="background:#ffd814; padding:9px 20px; color:#111; text-decoration:none; border-radius:8px;">Få återbetalning</a></p>
<p>Länken är giltig i 48 timmar.</p>
<p>Amazon</p>
</body></html>
"""))

# ---------------------------------------------------------------- assembly

RELAYS = ["a7-12.smtp-out.eu-west-1.amazonses.com", "a7-31.smtp-out.eu-west-1.amazonses.com",
          "a7-19.smtp-out.eu-west-1.amazonses.com", "a4-5.smtp-out.eu-west-1.amazonses.com"]


def amazon_headers(spec, L, date, to_addr):
    dom = L["dom"]
    host = RNG.choice(L["hosts"])
    relay = RNG.choice(RELAYS)
    ret = f"{RNG.randint(10**15, 10**16 - 1):x}-{rhex(8)}@eu-west-1.amazonses.com"
    pre = []
    if spec.get("auth"):
        pre.append(("Authentication-Results", auth_header(host, dom, extra_dkim=RNG.random() < 0.6)))
    pre.append(("Return-Path", f"<{ret}>"))
    rcv = (f"from {relay} ({relay} [54.240.7.{RNG.randint(2, 250)}])\n        by {host} with ESMTPS id {rid(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n"
           f"        for <{to_addr}>; {format_datetime(date + timedelta(seconds=RNG.randint(1, 9)))}")
    pre.append(("Received", rcv))
    post = []
    if RNG.random() < 0.6:
        post.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    if RNG.random() < 0.5:
        post.append(("X-AMAZON-RTE-VERSION", "2.0"))
    post.append(("Feedback-ID", f"1.eu-west-1.{rid(43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}=:AmazonSES"))
    post.append(("X-SES-Outgoing", f"{date:%Y.%m.%d}-54.240.7.{RNG.randint(2, 250)}"))
    return pre, post


def foreign_headers(spec, date, to_addr):
    dom = spec_from(spec).split("@")[1]
    rcv = (f"from mail-{rid(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}.{dom} ([{RNG.randint(23, 212)}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}])\n"
           f"        by mx.example.net with ESMTPS id {rid(10, 'abcdefghijklmnopqrstuvwxyz0123456789')}\n"
           f"        for <{to_addr}>; {format_datetime(date + timedelta(seconds=RNG.randint(1, 30)))}")
    return [("Received", rcv)]


def spec_from(spec, L=None):
    if spec.get("raw"):
        return spec["from_addr"]
    f = spec["frm"]
    return f if "@" in f else f"{f}@{L['dom']}"


def render(spec, lang, order, date, to_addr):
    L = LOC[lang]
    cs = spec.get("cs", "utf-8")
    fmt = spec["fmt"]
    if spec.get("raw"):
        plain, htm = spec.get("text"), spec.get("html")
        subject = spec["sub"].replace("{o}", order)
        from_addr, from_name = spec["from_addr"], spec["from_name"]
    else:
        Ld = dict(L)
        if spec.get("fakedom"):
            Ld["dom"] = spec["fakedom"]

        def fx(s):
            return fill_links(s.replace("{o}", order), Ld["dom"])
        c = dict(title=spec["title"], hello=spec["hello"], body=[fx(b) for b in spec["body"]],
                 kv=[(k, fx(v)) for k, v in spec.get("kv", [])], heading=spec["heading"],
                 items=[(fx(n), q, p, s) for n, q, p, s in spec["items"]], after=[fx(a) for a in spec["after"]],
                 order=order, cs=cs, help=fx(L["help"][spec["help"]]), sign=L["sign"][spec["sign"]],
                 foot=[fx(L["foot"][i]) for i in spec["foot"]])
        htm = LAYOUTS[spec["lay"]](Ld, c) if fmt in ("html", "alt") else None
        plain = PLAINS[spec["pl"]](Ld, c) if fmt in ("text", "alt") else None
        subject = spec["sub"].replace("{o}", order)
        from_addr = spec_from(spec, L)
        from_name = spec.get("from_name", L["brand"])
    amazon = from_addr.split("@")[1] == L["dom"]
    if amazon:
        pre, post = amazon_headers(spec, L, date, to_addr)
    else:
        pre, post = foreign_headers(spec, date, to_addr), []
    pre = list(spec.get("pre", [])) + pre
    post = post + list(spec.get("post", []))
    m = dict(from_name=from_name, from_addr=from_addr, to=spec.get("to", to_addr), subject=subject, date=date,
             fmt=fmt, cs=cs, cte=spec.get("cte", "quoted-printable"), pre=pre, post=post,
             reply_to=(f"no-reply@{L['dom']}" if amazon and RNG.random() < 0.5 and "marketplace" not in spec["note"] else None))
    if not amazon and spec.get("raw") and "friend" in spec["note"]:
        m["boundary"] = None
    msg = build(m, plain, htm)
    if "marketplace" in spec:
        mk = spec["marketplace"]
    elif spec["kind"] == "lookalike" or not amazon:
        mk = None
    else:
        mk = L["dom"]
    return msg, mk


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    units = []
    for lang, specs in (("pl", PL), ("sv", SV)):
        threads = {}
        for s in specs:
            if s.get("thread"):
                threads.setdefault(s["thread"], []).append(s)
            else:
                units.append((lang, [s]))
        for k in sorted(threads):
            units.append((lang, sorted(threads[k], key=lambda s: s["seq"])))
    RNG.shuffle(units)
    labels = []
    n = 1
    for lang, group in units:
        order = None
        to_addr = RNG.choice(LOC[lang]["to"])
        date = rdate()
        dates = [date - timedelta(days=RNG.randint(2, 6), hours=RNG.randint(0, 9)), date] if len(group) == 2 else [date]
        for s, d in zip(group, dates):
            if order is None:
                order = s.get("order") or order_no()
            o = s.get("order") or order
            msg, mk = render(s, lang, o, d, to_addr)
            fn = f"p2{n:03d}.eml"
            write(msg, os.path.join(OUT, fn))
            labels.append({"file": fn, "kind": s["kind"], "language": lang, "cause": s["cause"],
                           "states_reason": s["sr"], "marketplace": mk, "note": s["note"]})
            n += 1
            if len(group) == 1:
                order = None
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    print(f"wrote {len(labels)} mails")


if __name__ == "__main__":
    main()
