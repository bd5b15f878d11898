#!/usr/bin/env python3
"""Regenerate blind test batch f3 (Italian / Polish / Swedish).

Writes mail/f3NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, no network, standard library only.
"""
import base64
import datetime
import io
import json
import os
import quopri
import random
from urllib.parse import quote

from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import formataddr, format_datetime

SEED = 3_0303_2024
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"


def rcode(n=13, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def order_no(prefix=None):
    p = prefix or rng.choice(["171", "402", "403", "404", "405", "406", "408", "028", "302", "306"])
    return "%s-%07d-%07d" % (p, rng.randrange(10 ** 7), rng.randrange(10 ** 7))


def rdate(tz_hours=0):
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=rng.randrange(480 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def ses_msgid():
    return "<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        rcode(12, HEX), rcode(8, HEX), rcode(4, HEX), rcode(4, HEX), rcode(12, HEX))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (rcode(16, HEX), rcode(6, "0123456789"), domain)


# --------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------

def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable"):
    raw = text.encode(charset)  # strict: fails loudly if a text does not fit its charset
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(payload)
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\n", maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def boundary():
    style = rng.randrange(3)
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 7), rng.randrange(10 ** 9), rng.randrange(10 ** 12, 10 ** 13))
    if style == 1:
        return "000000000000%s" % rcode(16, HEX)
    return "_%s_" % rcode(24, ALNUM + "abcdefghijklmnopqrstuvwxyz")


def build(m):
    """m: dict describing one mail -> bytes."""
    cs = m.get("charset", "utf-8")
    hcs = m.get("header_charset", cs if cs not in ("windows-1256",) else "utf-8")
    msg = Message()
    for k, v in m.get("pre_headers", []):
        msg[k] = v
    if m.get("auth"):
        msg["Authentication-Results"] = m["auth"]
    fname, faddr = m["from"]
    msg["From"] = addr(fname, faddr, m.get("from_charset", "utf-8"))
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    tname, taddr = m["to"]
    msg["To"] = addr(tname, taddr, hcs)
    msg["Subject"] = hdr(m["subject"], hcs)
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m["msgid"]
    for k, v in m.get("headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    parts = []
    if m.get("text") is not None:
        parts.append(text_part(m["text"], "plain", cs, m.get("text_cte", "quoted-printable")))
    if m.get("html") is not None:
        parts.append(text_part(m["html"], "html", m.get("html_charset", cs), m.get("html_cte", "quoted-printable")))
    if len(parts) == 1:
        p = parts[0]
        msg["Content-Type"] = p["Content-Type"]
        msg["Content-Transfer-Encoding"] = p["Content-Transfer-Encoding"]
        msg.set_payload(p._payload)  # raw (may carry surrogate-escaped 8bit bytes)
    else:
        msg["Content-Type"] = 'multipart/alternative; boundary="%s"' % boundary()
        for p in parts:
            msg.attach(p)
    fp = io.BytesIO()
    BytesGenerator(fp, mangle_from_=False, maxheaderlen=0).flatten(msg, linesep="\n")
    return fp.getvalue()


# --------------------------------------------------------------------------
# Authentication-Results helpers
# --------------------------------------------------------------------------

def auth_amazon(tld, mx="mx.google.com"):
    sel = rng.choice(["rjt5mhx7hsc4kfzwdsbc6s2oxoaqbyse", "4vu3yj2kl5mpyzvzqemvkvsubhc3kz2b",
                      "shh3fegwg5fppqsuzphvschd53n6ihuv"])
    bounce = "20%s%s@bounces.amazon.%s" % (rcode(12, "0123456789"), rcode(20, HEX), tld)
    return ("%s;\n\tdkim=pass header.i=@amazon.%s header.s=%s header.b=%s;\n"
            "\tdkim=pass header.i=@amazonses.com header.s=uku4taia5b5tsbglxyj6zym32efj7xqv header.b=%s;\n"
            "\tspf=pass (%s: domain of %s designates 54.240.%d.%d as permitted sender)"
            " smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s") % (
        mx, tld, sel, rcode(8, ALNUM + "abcdefghijklmnop"), rcode(8, ALNUM + "qrstuvwxyz"),
        mx, bounce, rng.randrange(1, 30), rng.randrange(1, 250), bounce, tld), bounce


def auth_other(domain, dkim="pass", spf="pass", dmarc="none", mx="mx.example.net"):
    return ("%s;\n\tdkim=%s header.d=%s header.s=default;\n\tspf=%s smtp.mailfrom=%s;\n"
            "\tdmarc=%s header.from=%s") % (mx, dkim, domain, spf, domain, dmarc, domain)


def ses_received(tld):
    ip = "54.240.%d.%d" % (rng.randrange(1, 30), rng.randrange(1, 250))
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (rng.randrange(1, 99), rng.randrange(1, 250))
    return "from %s (%s [%s])\n\tby mx.example.net with ESMTPS id %s" % (host, host, ip, rcode(10))


# --------------------------------------------------------------------------
# Amazon-like templates (structure modelled on genuine Amazon notification mails)
# --------------------------------------------------------------------------

STY = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"
TDSTY = STY + "; font-family: Arial, sans-serif"

HEAD = """    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(charset)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%%; -ms-text-size-adjust:100%%; }
.ReadMsgBody { width:100%%; } .ExternalClass { width:100%%; }
td { font-family:Arial, sans-serif; }
.appleBody a { color:#68440a; text-decoration: none; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 375px; background-color: #fafafa; }
.brandImage { width: 130px; }
.orderIdLink { text-decoration: none; color: #868686; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; width: 100%%; }
.footerText { font-size: 12px; line-height: 16px; color: #666666; }
  </style>
  <title>%(title)s</title>
 </head>
"""


def amz_tracker(tld, target, ref, msg):
    return ("https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s" % (
        tld, msg[0], msg[1], msg[2], rcode(12), quote(target, safe=""), rcode(28), ref)).replace("&", "&amp;")


def amz_html(tld, charset, title, greeting, paras, order=None, order_label="", items=(),
             items_label="", button=None, footer=(), link=None, logo_alt="Amazon", extra_rows=""):
    """Nested-table layout like the genuine notification mails.

    paras: list of HTML fragments; items: list of (name, qty_text, price_text);
    button: (label, url); footer: list of HTML fragments; link(url, ref) -> href.
    """
    msg = (rcode(13), rcode(13), "20%s%s%sp0eu" % (rcode(12, "0123456789"), rcode(30, HEX), rcode(2, "0123456789")))
    if link is None:
        def link(url, ref):
            return amz_tracker(tld, url, ref, msg)
    ref = "pe_%d_%d" % (rng.randrange(10 ** 6, 10 ** 7), rng.randrange(10 ** 8, 10 ** 9))
    out = [HEAD % {"charset": charset.upper(), "title": title}]
    out.append('<body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; '
               '-webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%"><img width="1" height="1" src="%s" /> \n'
               % link("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", ref + "_opens"))
    out.append('  <table id="OutlookWrapper" style="width: 100%%; %s">\n   <tbody>\n    <tr>\n'
               '     <td align="center" style="%s"> \n' % (STY, TDSTY))
    out.append('      <table id="EmailWrapper" style="width: 100%% !important; %s" dir="ltr"> \n       <tbody>\n'
               '        <tr> \n         <td align="center" style="%s"> \n' % (STY, TDSTY))
    out.append('          <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %s"> \n'
               '           <tbody>\n            <tr> \n             <td class="emailBodyTD" style="width: 100%%; '
               'padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %s"> ' % (STY, TDSTY))
    out.append('<a href="%s" style="-webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%"> \n'
               '               <table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; %s"> \n'
               '                <tbody>\n                 <tr> \n                  <td align="center" style="%s"> '
               '<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" '
               'alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" /> </td> \n'
               '                 </tr> \n                </tbody>\n               </table> </a> \n'
               % (link("https://www.amazon.%s" % tld, ref), STY, TDSTY, logo_alt, logo_alt))
    out.append('              <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; '
               'padding-left: 20px; padding-right: 21px; padding-top: 30px; padding-bottom: 30px; border: 0; '
               'margin-bottom: 5px; border-top: 2px solid rgb(213, 219, 219); %s"> \n               <tbody>\n'
               '                <tr> \n                 <td class="cardTD grayTopBorderTD" align="left" style="width: 100%%; '
               'padding-left: 20px; padding-right: 20px; padding-top: 30px; padding-bottom: 30px; %s"> \n' % (STY, TDSTY))
    out.append('                  <table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; '
               'color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%; %s"> \n                   <tbody>\n'
               '                    <tr> \n                     <td style="%s"><span>%s</span> </td> \n'
               '                    </tr> \n                   </tbody>\n                  </table> \n' % (STY, TDSTY, greeting))
    for p in paras:
        out.append('                  <table class="informationTable" style="font-size: 18px; line-height: 24px; '
                   'color: rgb(0, 46, 54); width: 100%%; %s"> \n                   <tbody>\n                    <tr> \n'
                   '                     <td style="padding-bottom: 6px; %s"><span>%s</span> </td> \n'
                   '                    </tr> \n                   </tbody>\n                  </table> \n' % (STY, TDSTY, p))
    if order:
        out.append('                  <br /> \n                  <table style="width: 100%%; %s"><tbody><tr><td style="font-size: 14px; '
                   'color: rgb(134, 134, 134); %s">%s <a class="orderIdLink" href="%s" style="text-decoration: none; '
                   'color: rgb(134, 134, 134)">%s</a></td></tr></tbody></table> \n' % (
                       STY, TDSTY, order_label,
                       link("https://www.amazon.%s/gp/your-account/order-details?orderID=%s" % (tld, order), ref + "_od"), order))
    if items:
        out.append('                  <table class="itemsTable" style="width: 100%%; margin-top: 12px; %s"><tbody>\n' % STY)
        if items_label:
            out.append('                   <tr><td colspan="2" style="font-size: 16px; font-weight: bold; color: rgb(0, 46, 54); '
                       'padding-bottom: 8px; %s">%s</td></tr>\n' % (TDSTY, items_label))
        for name, qty, price in items:
            out.append('                   <tr><td style="font-size: 14px; line-height: 20px; color: rgb(0, 46, 54); padding-bottom: 8px; %s">'
                       '%s<br /><span style="color: rgb(134, 134, 134)">%s</span></td><td align="right" style="font-size: 14px; '
                       'font-weight: bold; color: rgb(0, 46, 54); %s">%s</td></tr>\n' % (TDSTY, name, qty, TDSTY, price))
        out.append('                  </tbody></table> \n')
    out.append(extra_rows)
    if button:
        out.append('                  <table style="width: 100%%; margin-top: 20px; %s"><tbody><tr><td align="center" style="%s">'
                   '<a href="%s" style="display: inline-block; background: rgb(255, 216, 20); border-radius: 20px; '
                   'padding: 10px 24px; color: rgb(15, 17, 17); font-size: 15px; text-decoration: none">%s</a></td></tr>'
                   '</tbody></table> \n' % (STY, TDSTY, link(button[1], ref + "_btn") if not button[1].startswith("!") else button[1][1:], button[0]))
    out.append('                 </td> \n                </tr> \n               </tbody>\n              </table> \n')
    if footer:
        out.append('              <table class="appleFooter" style="width: 100%%; margin-top: 16px; %s"><tbody>\n' % STY)
        for f in footer:
            out.append('               <tr><td class="footerText" style="font-size: 12px; line-height: 16px; color: rgb(102, 102, 102); '
                       'padding-bottom: 10px; %s">%s</td></tr>\n' % (TDSTY, f))
        out.append('              </tbody></table> \n')
    out.append('             </td> \n            </tr> \n           </tbody>\n          </table> </td> \n        </tr> \n'
               '       </tbody>\n      </table> </td> \n    </tr> \n   </tbody>\n  </table>  \n</body>\n</html>\n')
    return "".join(out)


RULE = "-" * 74


def amz_text(brand, greeting, paras, order=None, order_label="", items=(), items_label="", links=(), footer=()):
    out = [brand, RULE, "", greeting, ""]
    for p in paras:
        out.append(p)
        out.append("")
    if order:
        out.append("%s %s" % (order_label, order))
        out.append("")
    if items:
        if items_label:
            out.append(items_label)
        for name, qty, price in items:
            out.append("    %s" % name)
            out.append("    %s   %s" % (qty, price))
        out.append("")
    for label, url in links:
        out.append("%s:" % label)
        out.append(url)
        out.append("")
    out.append(RULE)
    out.extend(footer)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# Locale data for genuine Amazon mails
# --------------------------------------------------------------------------
from html import escape as esc

LOC = {
    "it": dict(
        tld="it", brand="Amazon.it", order_label="Ordine n.", greet="Gentile %s,",
        orders=("Visualizza o gestisci i tuoi ordini", "https://www.amazon.it/gp/css/order-history?ie=UTF8&ref_=pe_yo"),
        footer=[
            "Amazon.it non ti chiederà mai di comunicare la tua password, i dati della tua carta di credito o altre "
            "informazioni personali tramite e-mail, SMS o telefono.",
            "Se il numero della tua carta è cambiato o la carta è scaduta, puoi aggiornare i dati in Il mio account: "
            "https://www.amazon.it/cpe/yourpayments/wallet",
            "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalacela: "
            "https://www.amazon.it/gp/help/customer/display.html?nodeId=GR3SMCVH6DBRQUVX",
            "Per ulteriore assistenza visita le pagine Aiuto: https://www.amazon.it/gp/help/customer/display.html",
            "Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. "
            "Non rispondere a questo messaggio.",
            "© %d Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., "
            "38 avenue John F. Kennedy, L-1855 Lussemburgo.",
        ],
    ),
    "pl": dict(
        tld="pl", brand="Amazon.pl", order_label="Zamówienie nr", greet="Dzień dobry %s,",
        orders=("Wyświetl swoje zamówienia", "https://www.amazon.pl/gp/css/order-history?ie=UTF8&ref_=pe_yo"),
        footer=[
            "Amazon nigdy nie poprosi Cię o podanie hasła, numeru karty płatniczej ani innych danych osobowych "
            "w wiadomości e-mail, SMS-ie ani przez telefon.",
            "Jeżeli numer Twojej karty uległ zmianie lub karta straciła ważność, zaktualizuj dane w sekcji Twoje konto: "
            "https://www.amazon.pl/cpe/yourpayments/wallet",
            "Otrzymałeś podejrzaną wiadomość, która wygląda na wysłaną przez Amazon? Zgłoś ją: "
            "https://www.amazon.pl/gp/help/customer/display.html?nodeId=GR3SMCVH6DBRQUVX",
            "Pomoc i obsługa klienta: https://www.amazon.pl/gp/help/customer/display.html",
            "Ta wiadomość została wysłana z adresu, który nie przyjmuje poczty przychodzącej. Prosimy na nią nie odpowiadać.",
            "© %d Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. Amazon EU S.a r.l., "
            "38 avenue John F. Kennedy, L-1855 Luksemburg.",
        ],
    ),
    "sv": dict(
        tld="se", brand="Amazon.se", order_label="Beställning #", greet="Hej %s,",
        orders=("Visa dina beställningar", "https://www.amazon.se/gp/css/order-history?ie=UTF8&ref_=pe_yo"),
        footer=[
            "Amazon kommer aldrig att be dig lämna ditt lösenord, dina kortuppgifter eller andra personuppgifter "
            "via e-post, sms eller telefon.",
            "Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera uppgifterna under Ditt konto: "
            "https://www.amazon.se/cpe/yourpayments/wallet",
            "Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? Rapportera det här: "
            "https://www.amazon.se/gp/help/customer/display.html?nodeId=GR3SMCVH6DBRQUVX",
            "Hjälp och kundservice: https://www.amazon.se/gp/help/customer/display.html",
            "Det här meddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.",
            "© %d Amazon.com, Inc. eller dess närstående bolag. Alla rättigheter förbehållna. Amazon EU S.à r.l., "
            "38 avenue John F. Kennedy, L-1855 Luxemburg.",
        ],
    ),
}


def linkify(s):
    """Escape a plain sentence for HTML and turn bare https URLs into anchors."""
    out = []
    for w in s.split(" "):
        if w.startswith("https://"):
            out.append('<a href="%s" style="color: rgb(0, 102, 192)">%s</a>' % (esc(w), esc(w)))
        else:
            out.append(esc(w, quote=False))
    return " ".join(out)


def genuine(lang, *, local, subject, name, to, paras, order=None, items=(), items_label="", layout="multi",
            charset="utf-8", text_cte="quoted-printable", html_cte="quoted-printable", auth=False,
            display=None, footer=None, title=None, extra_links=(), button=None, extra_headers=()):
    L = LOC[lang]
    tld = L["tld"]
    date = rdate(0)
    foot = [f % date.year if "%d" in f else f for f in (footer if footer is not None else L["footer"])]
    if charset == "iso-8859-2":  # latin-2 has no copyright sign
        foot = [f.replace("\u00a9", "(c)") for f in foot]
    greeting = L["greet"] % name if name else L["greet"].replace(" %s", "")
    btn = button or L["orders"]
    if auth:
        auth_value, bounce = auth_amazon(tld)
    else:
        auth_value, bounce = None, "20%s%s@bounces.amazon.%s" % (rcode(12, "0123456789"), rcode(20, HEX), tld)
    m = dict(
        charset=charset, text_cte=text_cte, html_cte=html_cte,
        **{"from": (display or L["brand"], "%s@amazon.%s" % (local, tld))},
        reply_to="no-reply@amazon.%s" % tld if rng.random() < 0.5 else None,
        to=(name if rng.random() < 0.5 else "", to), subject=subject, date=date, msgid=ses_msgid(),
        pre_headers=[("Return-Path", "<%s>" % bounce),
                     ("Received", ses_received(tld))],
        headers=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                 ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rcode(43, ALNUM + "abcdefghijklmnopqrstuvwxyz"))] + list(extra_headers),
        auth=auth_value,
    )
    if layout in ("multi", "text"):
        m["text"] = amz_text(L["brand"], greeting, paras, order, L["order_label"], items, items_label,
                             list(extra_links) + [btn], foot)
    if layout in ("multi", "html"):
        m["html"] = amz_html(tld, charset, title or esc(subject), esc(greeting), [linkify(p) for p in paras], order,
                             L["order_label"], [(esc(a), esc(b), esc(c)) for a, b, c in items], esc(items_label),
                             btn, [linkify(f) for f in foot])
    return m


MAILS = []


def add(kind, lang, cause, states_reason, marketplace, note, m):
    MAILS.append((dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                       marketplace=marketplace, note=note), m))


def mail(frm, to, subject, *, text=None, html=None, charset="utf-8", text_cte="quoted-printable",
         html_cte="quoted-printable", tz=1, auth=None, msgid_domain=None, reply_to=None, headers=(),
         from_charset="utf-8", header_charset=None, pre_headers=()):
    m = {"from": frm, "to": to, "subject": subject, "text": text, "html": html, "charset": charset,
         "text_cte": text_cte, "html_cte": html_cte, "date": rdate(tz), "auth": auth, "reply_to": reply_to,
         "msgid": generic_msgid(msgid_domain or frm[1].split("@")[1]), "headers": list(headers),
         "from_charset": from_charset, "pre_headers": list(pre_headers)}
    if header_charset:
        m["header_charset"] = header_charset
    return m


def crude_html(body_html, charset="utf-8", title=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><title>%s</title></head>\n'
            '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #111">\n%s\n</body></html>\n'
            % (charset, title, body_html))


# ==========================================================================
# ITALIAN  (amazon.it)
# ==========================================================================
def italian():
    L = LOC["it"]
    # ---------------- notices ----------------
    o = order_no("405")
    add("notice", "it", "inventory_shortage", True, "amazon.it",
        "item cancelled, seller cannot supply / out of stock; multipart qp; auth",
        genuine("it", local="order-update", name="Giulia", to="giulia.rossi@example.com",
                subject="Articolo annullato dal tuo ordine Amazon.it n. %s" % o,
                paras=["ci dispiace informarti che abbiamo dovuto annullare il seguente articolo del tuo ordine: "
                       "il venditore non è più in grado di fornirlo perché l'articolo è esaurito e non sappiamo "
                       "se e quando tornerà disponibile.",
                       "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo metodo di pagamento "
                       "era presente una pre-autorizzazione, verrà rilasciata entro alcuni giorni lavorativi.",
                       "Ci scusiamo per l'inconveniente. Puoi cercare articoli simili su https://www.amazon.it"],
                order=o, items=[("De'Longhi Dedica EC685.M Macchina da caffè espresso, acciaio inox", "Quantità: 1", "EUR 169,90")],
                items_label="Articoli annullati", layout="multi", auth=True))

    o = order_no("171")
    add("notice", "it", "payment_issue", True, "amazon.it",
        "card declined, no valid payment method in time; text-only iso-8859-15 qp; payments-messages",
        genuine("it", local="payments-messages", name="Marco Bianchi", to="m.bianchi@example.net",
                subject="Il tuo ordine Amazon.it %s è stato annullato" % o,
                paras=["alcuni giorni fa ti abbiamo informato che non è stato possibile addebitare l'importo del tuo "
                       "ordine sulla carta di credito Visa che termina con 4417: la banca emittente ha rifiutato la transazione.",
                       "Poiché non abbiamo ricevuto un metodo di pagamento valido entro il termine indicato, "
                       "l'ordine è stato annullato.",
                       "Se desideri ancora acquistare questi articoli, effettua un nuovo ordine su www.amazon.it. "
                       "Per evitare problemi in futuro, verifica che i dati della tua carta siano aggiornati in "
                       "Il mio account > I tuoi pagamenti."],
                order=o, items=[("Bosch Professional trapano avvitatore a batteria GSR 12V-15", "Quantità: 1", "119,99 €"),
                                ("Set di punte per legno e metallo, 35 pezzi", "Quantità: 1", "18,50 €")],
                items_label="Articoli annullati:", layout="text", charset="iso-8859-15", text_cte="quoted-printable",
                auth=False, extra_links=[("I tuoi pagamenti", "https://www.amazon.it/cpe/yourpayments/wallet")]))

    o = order_no("402")
    add("notice", "it", "technical_issue", True, "amazon.it",
        "pricing error on product page; multipart base64; auth",
        genuine("it", local="order-update", name="Francesca", to="francesca.greco@example.org",
                subject="Informazioni sul tuo ordine Amazon.it %s" % o,
                paras=["ti scriviamo in merito al tuo recente ordine.",
                       "A causa di un errore nel prezzo, l'articolo era indicato sul nostro sito a un prezzo non "
                       "corretto (39,99 € anziché 399,00 €). Per questo motivo abbiamo annullato l'ordine. Il prezzo "
                       "corretto è stato ripristinato sulla pagina del prodotto.",
                       "Non ti è stato addebitato alcun importo. Se desideri ancora acquistare l'articolo, puoi "
                       "effettuare un nuovo ordine al prezzo attuale. Ci scusiamo per l'inconveniente e ti "
                       "ringraziamo per la comprensione."],
                order=o, items=[("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio", "Quantità: 1", "39,99 €")],
                items_label="Articoli annullati", layout="multi", text_cte="base64", html_cte="base64", auth=True))

    o = order_no("408")
    add("notice", "it", "fraud_prevention", True, "amazon.it",
        "unusual activity, account on hold, order cancelled; text-only 8bit; cs-reply",
        genuine("it", local="cs-reply", display="Amazon.it Servizio Clienti", name="", to="a.moretti@example.com",
                subject="Il tuo ordine Amazon.it %s è stato annullato" % o,
                paras=["durante una verifica di routine abbiamo rilevato attività insolite sul tuo account Amazon.it. "
                       "Per proteggerti, abbiamo sospeso temporaneamente l'account e annullato l'ordine indicato di seguito.",
                       "Per ripristinare l'accesso, vai su www.amazon.it, accedi al tuo account e segui le istruzioni "
                       "visualizzate per verificare la tua identità. Per motivi di sicurezza questa e-mail non contiene "
                       "link di accesso.",
                       "Non ti è stato addebitato alcun importo per l'ordine annullato.",
                       "Ti ringraziamo per la collaborazione.\nServizio Clienti Amazon.it"],
                order=o, items=[("Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)", "Quantità: 2", "498,00 €")],
                items_label="Ordine annullato:", layout="text", text_cte="8bit", auth=False))

    o = order_no("171")
    add("notice", "it", "customer_request", True, "amazon.it",
        "cancelled at customer's request, 'Motivo: annullato dal cliente'; html-only qp; auth",
        genuine("it", local="auto-confirm", name="Luca", to="luca.ferri@example.com",
                subject="Annullamento completato di 1 articolo dal tuo ordine Amazon.it n. %s" % o,
                paras=["come da tua richiesta, abbiamo annullato l'articolo indicato di seguito.",
                       "Motivo dell'annullamento: annullato dal cliente",
                       "Se l'importo era già stato addebitato, riceverai il rimborso sul metodo di pagamento "
                       "originale entro 3-5 giorni lavorativi. Gli altri articoli dell'ordine non sono interessati."],
                order=o, items=[("LEGO Technic 42151 Bugatti Bolide, set da costruzione", "Quantità: 1", "EUR 49,99")],
                items_label="Articoli annullati", layout="html", auth=True))

    o = order_no("404")
    add("notice", "it", "unknown", False, "amazon.it",
        "item cancelled, no reason given; multipart windows-1252 text 8bit / html qp",
        genuine("it", local="order-update", name="Chiara", to="chiara.conti@example.net",
                subject="Articolo annullato: il tuo ordine Amazon.it #%s" % o,
                paras=["ti informiamo che il seguente articolo è stato annullato dal tuo ordine.",
                       "Il resto dell'ordine non è cambiato e verrà spedito come previsto. Non ti verrà addebitato "
                       "alcun importo per l'articolo annullato.",
                       "Puoi controllare lo stato dell'ordine in qualsiasi momento in I miei ordini."],
                order=o, items=[("Philips Sonicare ProtectiveClean 4300 spazzolino elettrico", "Quantità: 1", "€ 54,99")],
                items_label="Articolo annullato", layout="multi", charset="windows-1252", text_cte="8bit",
                html_cte="quoted-printable", auth=False))

    # ---------------- non-notices ----------------
    t = ("Ciao Sara,\n\n"
         "grazie per il messaggio! Sì, alla fine ho annullato l'ordine su Amazon della friggitrice ad aria: "
         "arrivava dopo il 20 e a quel punto la compro al negozio qui sotto, costa uguale.\n"
         "Amazon mi ha già mandato la conferma dell'annullamento, quindi nessun problema. Se la vuoi provare, "
         "sabato te la faccio vedere.\n\n"
         "Un abbraccio,\nElena\n\n"
         "Il giorno mar 9 apr, Sara <sara.lombardi@example.com> ha scritto:\n"
         "> Alla fine l'hai presa la friggitrice? Io sono indecisa tra due modelli.\n")
    add("non_notice", "it", None, False, None, "friend says she cancelled her Amazon order",
        mail(("Elena Marchetti", "elena.marchetti@example.com"), ("Sara Lombardi", "sara.lombardi@example.com"),
             "Re: friggitrice", text=t, text_cte="8bit",
             headers=[("In-Reply-To", generic_msgid("example.com"))]))

    o2 = "MW%d" % rng.randrange(10 ** 9, 10 ** 10)
    t = ("Gentile Davide Colombo,\n\n"
         "ti confermiamo che il tuo ordine n. %s del 14/03 è stato annullato, perché il prodotto non è più "
         "disponibile nel magazzino del punto vendita selezionato per il ritiro.\n\n"
         "Prodotto: Sony WH-1000XM5 cuffie wireless, nero - 329,00 €\n\n"
         "Il rimborso dell'intero importo verrà effettuato con lo stesso metodo di pagamento utilizzato "
         "(Amazon Pay) entro 5-7 giorni lavorativi. Riceverai una notifica da Amazon Pay quando il rimborso "
         "sarà stato elaborato.\n\n"
         "Ci scusiamo per il disagio.\nIl Servizio Clienti MediaWorld\n"
         "https://www.mediaworld.it/it/assistenza\n" % o2)
    h = crude_html("<p>Gentile Davide Colombo,</p><p>ti confermiamo che il tuo ordine n. <b>%s</b> del 14/03 è "
                   "stato <b>annullato</b>, perché il prodotto non è più disponibile nel magazzino del punto vendita "
                   "selezionato per il ritiro.</p><table border=\"0\" cellpadding=\"6\"><tr><td>Sony WH-1000XM5 cuffie "
                   "wireless, nero</td><td>329,00 €</td></tr></table><p>Il rimborso dell'intero importo verrà "
                   "effettuato con lo stesso metodo di pagamento utilizzato (<b>Amazon Pay</b>) entro 5-7 giorni "
                   "lavorativi. Riceverai una notifica da Amazon Pay quando il rimborso sarà stato elaborato.</p>"
                   "<p>Ci scusiamo per il disagio.<br>Il Servizio Clienti MediaWorld</p>" % o2, title="MediaWorld")
    add("non_notice", "it", None, False, None, "MediaWorld order cancellation, paid with Amazon Pay",
        mail(("MediaWorld", "noreply@comunicazioni.mediaworld.it"), ("", "davide.colombo@example.org"),
             "Il tuo ordine MediaWorld %s è stato annullato" % o2, text=t, html=h, text_cte="quoted-printable",
             html_cte="base64", auth=auth_other("comunicazioni.mediaworld.it", dmarc="pass")))

    t = ("SICUREZZA DIGITALE - la newsletter settimanale\n"
         "Numero 112\n\n"
         "ATTENZIONE ALLE FALSE E-MAIL \"ORDINE ANNULLATO\"\n\n"
         "In queste settimane circolano e-mail con oggetto \"Il tuo ordine Amazon è stato annullato - verifica "
         "il pagamento\" oppure \"Ordine n. 408-xxxx annullato: azione richiesta\". Non provengono da Amazon: "
         "il link porta a una pagina che imita quella di accesso e ruba password e dati della carta.\n\n"
         "Come riconoscerle:\n"
         "- il mittente non termina con @amazon.it, anche se il nome visualizzato è \"Amazon\";\n"
         "- vi chiedono di chiamare un numero di telefono o di rispondere con i dati della carta;\n"
         "- mettono fretta (\"entro 24 ore\").\n\n"
         "Nel dubbio, aprite l'app o digitate amazon.it nel browser e controllate I miei ordini.\n\n"
         "Per non ricevere più questa newsletter: https://newsletter.example.it/unsub?u=%s\n" % rcode(10))
    add("non_notice", "it", None, False, None, "security newsletter quoting fake cancellation subjects",
        mail(("Sicurezza Digitale", "newsletter@sicurezzadigitale.example.it"), ("", "lettori@example.com"),
             "Newsletter n. 112: le false e-mail \"ordine annullato\"", text=t, charset="iso-8859-15",
             text_cte="quoted-printable", headers=[("List-Unsubscribe", "<https://newsletter.example.it/unsub>"),
                                                   ("Precedence", "bulk")]))

    add("non_notice", "it", None, False, None, "Amazon Prime membership cancelled (subscription)",
        genuine("it", local="digital-no-reply", display="Amazon Prime", name="Roberto", to="roberto.gallo@example.com",
                subject="Conferma di annullamento dell'iscrizione ad Amazon Prime",
                paras=["confermiamo che la tua iscrizione ad Amazon Prime è stata annullata come richiesto.",
                       "Potrai continuare a usufruire dei vantaggi Prime fino al 12 giugno. Dopo tale data non ti "
                       "verrà addebitata alcuna quota di iscrizione.",
                       "Ci dispiace vederti andare via. Puoi iscriverti di nuovo in qualsiasi momento su "
                       "https://www.amazon.it/prime"],
                layout="multi", text_cte="quoted-printable", html_cte="quoted-printable",
                button=("Gestisci la tua iscrizione Prime", "https://www.amazon.it/gp/primecentral"), auth=True))

    o = order_no("028")
    add("non_notice", "it", None, False, None, "Amazon delivery slot/appointment cancelled, order remains valid",
        genuine("it", local="shipment-tracking", name="Paola", to="paola.ricci@example.org",
                subject="La fascia oraria di consegna per il tuo ordine %s è stata annullata" % o,
                paras=["il corriere non potrà effettuare la consegna nella fascia oraria che avevi scelto "
                       "(giovedì, 18:00 - 20:00), che è stata quindi annullata.",
                       "Il tuo ordine non è stato annullato: scegli una nuova fascia oraria per la consegna dalla "
                       "pagina di tracciamento. Se non selezioni una nuova fascia, proveremo a consegnare il giorno "
                       "lavorativo successivo."],
                order=o, items=[("Samsung lavatrice WW90T534DAE 9 kg, classe A", "Quantità: 1", "")],
                layout="html", html_cte="base64",
                button=("Scegli una nuova fascia oraria", "https://www.amazon.it/gp/css/shiptrack/view.html"),
                auth=False))

    o = order_no("403")
    add("non_notice", "it", None, False, None, "payment reminder: update payment method or order will be cancelled",
        genuine("it", local="payments-messages", name="Stefano", to="stefano.rinaldi@example.net",
                subject="Aggiorna il metodo di pagamento per il tuo ordine Amazon.it %s" % o,
                paras=["la banca ha rifiutato l'addebito per il tuo ordine. Non preoccuparti: l'ordine è ancora "
                       "valido e lo conserveremo per altri 5 giorni.",
                       "Per evitare che l'ordine venga annullato, aggiorna il metodo di pagamento entro il 22 maggio "
                       "da I miei ordini > Modifica metodo di pagamento. Se non riceviamo un metodo di pagamento valido "
                       "entro tale data, l'ordine sarà annullato.",
                       "Se hai già aggiornato i dati di pagamento, ignora questo messaggio."],
                order=o, items=[("Kindle Paperwhite (16 GB), schermo da 6,8\"", "Quantità: 1", "EUR 169,99")],
                items_label="Articoli in attesa di pagamento", layout="multi", charset="iso-8859-15",
                text_cte="quoted-printable", html_cte="quoted-printable",
                button=("Aggiorna il metodo di pagamento", "https://www.amazon.it/gp/css/order-history"), auth=True))

    # ---------------- lookalikes ----------------
    t = ("Gentile cliente,\n\n"
         "Il suo ordine n. 408-99231-77 (Apple iPhone 15 Pro Max 256GB - 1.489,00 EUR) e stato ANNULLATO "
         "per attivita sospetta sul suo conto.\n\n"
         "Se NON ha effettuato lei questo ordine chiami SUBITO il nostro centro assistenza al numero\n\n"
         "   +39 02 9475 8821  (attivo 24 ore su 24)\n\n"
         "per bloccare l'addebito sulla sua carta. Non rispondere a questa email.\n\n"
         "Grazie,\nServizio Clienti Amazon\n")
    add("lookalike", "it", "fraud_prevention", True, None,
        "callback phone number, gmail sender, malformed order number, crude",
        mail(("Amazon Servizio Clienti", "assistenza.amazon.ordini24@gmail.com"), ("", "giorgio.fontana@example.com"),
             "Ordine annullato - attività sospetta", text=t, text_cte="7bit",
             auth=auth_other("gmail.com", mx="mx.example.net", dmarc="pass")))

    evil = "https://amazon-it-sicurezza.com/verifica/?sid=%s" % rcode(20, HEX)
    o = order_no("171")
    h = amz_html("it", "utf-8", "Account sospeso",
                 "Gentile cliente,",
                 ["Il tuo account Amazon.it è stato <b>sospeso</b> e il tuo ordine <b>%s</b> è stato annullato "
                  "perché non siamo riusciti a verificare le informazioni del tuo account." % o,
                  "Per riattivare l'account e ripristinare l'ordine, inserisci il codice di verifica qui sotto "
                  "nella pagina di sblocco entro 24 ore:",
                  '<span style="font-size: 28px; letter-spacing: 6px; font-weight: bold">847 219</span>',
                  "Trascorso questo termine l'account verrà chiuso definitivamente."],
                 button=("Sblocca il tuo account", "!" + evil), link=lambda u, r: evil,
                 footer=["© 2024 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati."])
    add("lookalike", "it", "fraud_prevention", True, None,
        "account suspended + order cancelled, 'use this code'; lookalike domain; polished template copy",
        mail(("Amazon.it", "no-reply@amazon-it-sicurezza.com"), ("", "valentina.costa@example.org"),
             "Il tuo account è stato sospeso - ordine annullato", html=h, html_cte="quoted-printable",
             auth=auth_other("amazon-it-sicurezza.com", dkim="pass", dmarc="none")))

    t = ("Salve,\n\n"
         "il pagamento del suo ordine Amazon non e andato a buon fine e l'ordine e stato annullato.\n\n"
         "Per riattivare l'ordine e ricevere la spedizione rispondi a questa email indicando:\n\n"
         "- Nome e cognome sulla carta\n- Numero della carta (16 cifre)\n- Data di scadenza\n- Codice CVV\n\n"
         "I dati saranno trattati in modo sicuro dal nostro reparto pagamenti.\n\n"
         "Cordiali saluti\nAmazon Pagamenti\n")
    add("lookalike", "it", "payment_issue", True, None,
        "'reply with your card details'; outlook sender; no order number",
        mail(("Amazon Pagamenti", "amazon.pagamenti.it@outlook.it"), ("", "franco.deluca@example.com"),
             "Pagamento non riuscito: ordine annullato", text=t, text_cte="quoted-printable", tz=2,
             reply_to="rimborsi.amazon@outlook.it"))

    evil = "http://amazon.it.ordine-annullato.top/rimborso/login.php?id=%s" % rcode(12, HEX)
    o = order_no("405")
    shown = "https://www.amazon.it/gp/css/order-history"
    h = amz_html("it", "utf-8", "Ordine annullato", "Gentile cliente,",
                 ["Ci dispiace informarti che il tuo ordine <b>%s</b> è stato annullato perché l'articolo non è più "
                  "disponibile presso il venditore." % o,
                  "Per ricevere il rimborso di <b>89,99 €</b> devi confermare i dati della carta su cui effettuare "
                  "l'accredito. Accedi a I miei ordini: <a href=\"%s\">%s</a>" % (evil, shown),
                  "Se non confermi entro 48 ore il rimborso non potrà essere elaborato."],
                 order=o, order_label="Ordine n.",
                 items=[("Dyson V8 Absolute aspirapolvere senza filo", "Quantità: 1", "89,99 €")],
                 items_label="Articoli annullati", button=("Richiedi il rimborso", "!" + evil),
                 link=lambda u, r: evil,
                 footer=["Amazon.it non ti chiederà mai la password via e-mail.",
                         "© 2024 Amazon.com, Inc. o le sue affiliate."])
    t = ("Gentile cliente,\n\nil tuo ordine %s è stato annullato perché l'articolo non è più disponibile presso "
         "il venditore.\nPer ricevere il rimborso di 89,99 € conferma i dati della carta: %s\n" % (o, shown))
    add("lookalike", "it", "inventory_shortage", True, None,
        "amazon.it.evil.tld sender; link text shows amazon.it, href elsewhere; refund bait",
        mail(("Amazon.it", "order-update@amazon.it.ordine-annullato.top"), ("", "simona.bruno@example.net"),
             "Il tuo ordine Amazon.it %s è stato annullato" % o, text=t, html=h, text_cte="8bit",
             html_cte="base64"))

    evil = "https://amazon-orders.help/it/restore?t=%s" % rcode(16, HEX)
    t = ("Gentile cliente,\n\n"
         "a causa di un errore tecnico nel nostro sistema di elaborazione degli ordini il tuo ordine "
         "n. 402-1188230-4471095 è stato annullato automaticamente.\n\n"
         "Per ripristinarlo senza costi aggiuntivi accedi e conferma i tuoi dati entro 24 ore:\n%s\n\n"
         "Ci scusiamo per il disagio.\nIl team Amazon\n" % evil)
    h = crude_html("<p><img src=\"https://upload.example.net/amzlogo.png\" alt=\"amazon\" width=\"120\"></p>"
                   "<p>Gentile cliente,</p><p>a causa di un <b>errore tecnico</b> nel nostro sistema di elaborazione "
                   "degli ordini il tuo ordine n. 402-1188230-4471095 è stato annullato automaticamente.</p>"
                   "<p>Per ripristinarlo senza costi aggiuntivi accedi e conferma i tuoi dati entro 24 ore:</p>"
                   "<p><a href=\"%s\" style=\"background:#ff9900;color:#000;padding:10px 20px;text-decoration:none\">"
                   "Ripristina ordine</a></p><p>Ci scusiamo per il disagio.<br>Il team Amazon</p>" % evil)
    add("lookalike", "it", "technical_issue", True, None,
        "homoglyph display name (Cyrillic A, Greek omicron); amazon-orders.help; system error claim",
        mail(("\u0410maz\u03bfn.it", "servizio@amazon-orders.help"), ("", "matteo.villa@example.com"),
             "Errore di sistema: il tuo ordine è stato annullato", text=t, html=h, text_cte="quoted-printable",
             html_cte="quoted-printable"))

    evil = "https://amaz0n-it.com/ap/signin?openid=%s" % rcode(18, HEX)
    o = order_no("403")
    h = amz_html("it", "utf-8", "Azione richiesta", "Gentile Alessia,",
                 ["Non siamo riusciti ad autorizzare il pagamento per il tuo ordine <b>%s</b>." % o,
                  "<b>Il tuo ordine verrà annullato entro 24 ore</b> se non aggiorni il metodo di pagamento.",
                  "Fai clic sul pulsante qui sotto per aggiornare i tuoi dati di pagamento e completare l'ordine."],
                 order=o, order_label="Ordine n.",
                 items=[("Apple Watch Series 9 GPS 45 mm", "Quantità: 1", "449,00 €")],
                 button=("Aggiorna pagamento", "!" + evil), link=lambda u, r: evil,
                 footer=["Questa e-mail è stata inviata da un indirizzo di sola notifica.",
                         "© 2024 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati."])
    t = ("Gentile Alessia,\n\nNon siamo riusciti ad autorizzare il pagamento per il tuo ordine %s.\n"
         "Il tuo ordine verrà annullato entro 24 ore se non aggiorni il metodo di pagamento:\n%s\n" % (o, evil))
    add("lookalike", "it", "payment_issue", True, None,
        "amaz0n lookalike domain; 'will be cancelled within 24h unless you update payment'",
        mail(("Amazon.it", "avviso@amaz0n-it.com"), ("Alessia Marino", "alessia.marino@example.org"),
             "Azione richiesta: il tuo ordine Amazon.it verrà annullato", text=t, html=h, text_cte="base64",
             html_cte="base64", auth=auth_other("amaz0n-it.com", dkim="pass", spf="pass", dmarc="none")))

    t = ("ORDINE ANNULLATO!!!\n\n"
         "Gentile utente, il tuo ordine Amazon e stato annullato.\n"
         "Clicca qui per vedere i dettagli e ricevere il rimborso:\n"
         "http://bit.ly/3amzIT-ordine\n\n"
         "Amazon\n")
    add("lookalike", "it", "unknown", False, None,
        "crude, yahoo sender, no order number, no reason, shortened link",
        mail(("Amazon", "info.amazon.ordini@yahoo.com"), ("", "undisclosed-recipients:;"),
             "ORDINE ANNULLATO - Amazon", text=t, text_cte="7bit", tz=-5))

    evil = "https://amazon-orders.help/it/disputa?case=%s" % rcode(10)
    o = order_no("171")
    h = amz_html("it", "utf-8", "Richiesta di annullamento", "Gentile cliente,",
                 ["Abbiamo ricevuto la tua richiesta di annullamento per l'ordine <b>%s</b>. L'ordine è stato "
                  "annullato e il rimborso di <b>1.249,00 €</b> verrà elaborato entro 3 giorni." % o,
                  "<b>Non hai richiesto tu l'annullamento?</b> Potrebbe trattarsi di un accesso non autorizzato. "
                  "Contesta subito l'annullamento su <a href=\"%s\">https://www.amazon.it/contesta</a>." % evil],
                 order=o, order_label="Ordine n.",
                 items=[("Lenovo Legion 5 notebook gaming 16\", RTX 4060", "Quantità: 1", "1.249,00 €")],
                 items_label="Articoli annullati", button=("Non ho richiesto l'annullamento", "!" + evil),
                 link=lambda u, r: evil, footer=LOC["it"]["footer"][:1] + ["© 2024 Amazon.com, Inc."])
    add("lookalike", "it", "customer_request", True, None,
        "claims customer-requested cancellation, 'not you? dispute' link; amazon-orders.help; polished html-only",
        mail(("Amazon.it", "conferma@amazon-orders.help"), ("", "paolo.serra@example.com"),
             "Conferma di annullamento del tuo ordine %s" % o, html=h, html_cte="quoted-printable",
             auth=auth_other("amazon-orders.help", dkim="pass", spf="softfail", dmarc="none")))


# ==========================================================================
# POLISH  (amazon.pl)
# ==========================================================================
def polish():
    # ---------------- notices ----------------
    o = order_no("406")
    add("notice", "pl", "inventory_shortage", True, "amazon.pl",
        "pre-order cannot be fulfilled, supplier did not deliver; text-only iso-8859-2 qp",
        genuine("pl", local="order-update", name="Tomasz", to="tomasz.nowak@example.com",
                subject="Anulowano produkt z Twojego zamówienia Amazon.pl nr %s" % o,
                paras=["niestety nie możemy zrealizować Twojego zamówienia w przedsprzedaży. Dostawca poinformował "
                       "nas, że nie dostarczy zamówionej liczby egzemplarzy, dlatego musieliśmy anulować poniższy produkt.",
                       "Nie obciążyliśmy Twojej karty za ten produkt. Jeżeli na Twoim rachunku została założona blokada "
                       "środków, zostanie ona zwolniona w ciągu kilku dni roboczych.",
                       "Przepraszamy za niedogodności."],
                order=o, items=[("The Legend of Zelda: Tears of the Kingdom - Edycja Kolekcjonerska (Nintendo Switch)",
                                 "Ilość: 1", "549,00 zł")],
                items_label="Anulowane produkty:", layout="text", charset="iso-8859-2", text_cte="quoted-printable",
                auth=False))

    o = order_no("402")
    add("notice", "pl", "payment_issue", True, "amazon.pl",
        "card expired, payment method not updated in time; html-only qp; payments-messages; auth",
        genuine("pl", local="payments-messages", name="Katarzyna", to="katarzyna.wisniewska@example.net",
                subject="Twoje zamówienie Amazon.pl %s zostało anulowane" % o,
                paras=["nie mogliśmy pobrać płatności za Twoje zamówienie, ponieważ karta Mastercard kończąca się "
                       "cyframi 2291 straciła ważność.",
                       "Prosiliśmy o zaktualizowanie metody płatności, jednak nie otrzymaliśmy nowych danych "
                       "w wyznaczonym terminie. W związku z tym zamówienie zostało anulowane.",
                       "Jeżeli nadal chcesz kupić te produkty, złóż nowe zamówienie na www.amazon.pl."],
                order=o, items=[("Philips Airfryer XXL HD9650/90, frytkownica beztłuszczowa", "Ilość: 1", "799,99 zł"),
                                ("Philips akcesoria do pieczenia HD9925/00", "Ilość: 1", "129,00 zł")],
                items_label="Anulowane produkty", layout="html", html_cte="quoted-printable", auth=True))

    o = order_no("403")
    add("notice", "pl", "technical_issue", True, "amazon.pl",
        "system error while processing the order; multipart base64",
        genuine("pl", local="order-update", name="Piotr", to="piotr.kaminski@example.org",
                subject="Informacja dotycząca Twojego zamówienia Amazon.pl %s" % o,
                paras=["z powodu błędu systemu podczas przetwarzania Twojego zamówienia nie mogliśmy go poprawnie "
                       "zarejestrować i musieliśmy je anulować.",
                       "Nie zostaniesz obciążony żadną kwotą, a ewentualna blokada środków zostanie zwolniona "
                       "w ciągu kilku dni roboczych.",
                       "Przepraszamy za ten problem. Jeżeli nadal jesteś zainteresowany produktem, złóż zamówienie ponownie."],
                order=o, items=[("Logitech MX Master 3S, mysz bezprzewodowa, grafitowa", "Ilość: 1", "449,00 zł")],
                items_label="Anulowane produkty", layout="multi", text_cte="base64", html_cte="base64", auth=False))

    o = order_no("408")
    add("notice", "pl", "fraud_prevention", True, "amazon.pl",
        "order held for security review, verification failed, account locked; text-only iso-8859-2 8bit; auth",
        genuine("pl", local="cs-reply", display="Obsługa Klienta Amazon.pl", name="", to="m.zielinski@example.com",
                subject="Twoje zamówienie Amazon.pl %s zostało anulowane" % o,
                paras=["Twoje zamówienie zostało wstrzymane do weryfikacji bezpieczeństwa, ponieważ zauważyliśmy "
                       "nietypową aktywność na Twoim koncie. Nie udało nam się zweryfikować danych dotyczących "
                       "płatności, dlatego anulowaliśmy zamówienie i tymczasowo zablokowaliśmy konto.",
                       "Aby odblokować konto, zaloguj się na stronie www.amazon.pl i postępuj zgodnie z wyświetlanymi "
                       "instrukcjami. Ze względów bezpieczeństwa ta wiadomość nie zawiera linku do logowania.",
                       "Za anulowane zamówienie nie pobrano żadnej opłaty.",
                       "Dziękujemy za zrozumienie.\nZespół Amazon.pl"],
                order=o, items=[("Apple iPhone 15, 128 GB, czarny", "Ilość: 1", "3 699,00 zł")],
                items_label="Anulowane zamówienie:", layout="text", charset="iso-8859-2", text_cte="8bit",
                auth=True))

    o = order_no("171")
    add("notice", "pl", "customer_request", True, "amazon.pl",
        "customer cancelled, 'Powód: anulowane przez klienta'; multipart text 8bit / html qp",
        genuine("pl", local="auto-confirm", name="Agnieszka", to="agnieszka.lewandowska@example.net",
                subject="Pomyślnie anulowano zamówienie Amazon.pl nr %s" % o,
                paras=["potwierdzamy anulowanie zamówienia zgodnie z Twoją prośbą.",
                       "Powód anulowania: anulowane przez klienta",
                       "Jeżeli płatność została już pobrana, zwrot pojawi się na Twoim koncie w ciągu 3-5 dni roboczych."],
                order=o, items=[("Tefal Ingenio Emotion, zestaw garnków 13 elementów", "Ilość: 1", "499,00 zł")],
                items_label="Anulowane produkty", layout="multi", text_cte="8bit", html_cte="quoted-printable",
                auth=False))

    o = order_no("405")
    add("notice", "pl", "unknown", True, "amazon.pl",
        "cancelled because address undeliverable (reason outside four classes); html-only iso-8859-2 base64; auth",
        genuine("pl", local="order-update", name="Michał", to="michal.wojcik@example.com",
                subject="Twoje zamówienie Amazon.pl %s zostało anulowane" % o,
                paras=["niestety nie jesteśmy w stanie dostarczyć przesyłki na podany adres. Przewoźnik zgłosił, "
                       "że adres jest niepełny, a nie udało nam się go potwierdzić. W związku z tym zamówienie "
                       "zostało anulowane.",
                       "Pełna kwota zostanie zwrócona na pierwotną metodę płatności. Przed złożeniem kolejnego "
                       "zamówienia sprawdź adres w sekcji Twoje konto > Twoje adresy."],
                order=o, items=[("Bosch Serie 4 zmywarka do zabudowy SMV4HVX31E", "Ilość: 1", "2 199,00 zł")],
                items_label="Anulowane produkty", layout="html", charset="iso-8859-2", html_cte="base64",
                auth=True))

    # ---------------- non-notices ----------------
    nr = "%d" % rng.randrange(10 ** 11, 10 ** 12)
    t = ("Cześć Joanna,\n\n"
         "sprzedający anulował Twoje zamówienie nr %s.\n\n"
         "Przedmiot: Aparat Fujifilm X-T30 II body, srebrny\n"
         "Kwota: 3 150,00 zł\n"
         "Powód anulowania: przedmiot niedostępny\n\n"
         "Wiadomość od sprzedającego:\n"
         "\"Przepraszam, ostatnia sztuka sprzedała się na Amazonie, zanim zdążyłem zaktualizować stan magazynu.\"\n\n"
         "Pełny zwrot pieniędzy został zainicjowany i pojawi się na Twoim koncie w ciągu 3-5 dni roboczych.\n\n"
         "Pozdrawiamy\neBay\n" % nr)
    h = crude_html("<p>Cześć Joanna,</p><p><b>Sprzedający anulował Twoje zamówienie nr %s.</b></p>"
                   "<table cellpadding=\"4\"><tr><td>Przedmiot:</td><td>Aparat Fujifilm X-T30 II body, srebrny</td></tr>"
                   "<tr><td>Kwota:</td><td>3 150,00 zł</td></tr><tr><td>Powód anulowania:</td><td>przedmiot niedostępny"
                   "</td></tr></table><p>Wiadomość od sprzedającego:<br><i>\"Przepraszam, ostatnia sztuka sprzedała się "
                   "na Amazonie, zanim zdążyłem zaktualizować stan magazynu.\"</i></p><p>Pełny zwrot pieniędzy został "
                   "zainicjowany.</p><p>Pozdrawiamy<br>eBay</p>" % nr, charset="iso-8859-2", title="eBay")
    add("non_notice", "pl", None, False, None, "eBay order cancelled by seller; seller's note mentions Amazon",
        mail(("eBay", "ebay@ebay.pl"), ("Joanna Kowalczyk", "joanna.kowalczyk@example.org"),
             "Sprzedający anulował Twoje zamówienie", text=t, html=h, charset="iso-8859-2",
             text_cte="quoted-printable", html_cte="quoted-printable",
             auth=auth_other("ebay.pl", dmarc="pass"), header_charset="iso-8859-2"))

    t = ("Hej Kuba,\n\n"
         "anulowałem to zamówienie na Amazonie na monitor do sali konferencyjnej - dział IT ma jeszcze dwa "
         "na stanie, więc nie ma sensu kupować nowego. Potwierdzenie anulowania przyszło od razu, faktury nie będzie.\n\n"
         "Jakbyś potrzebował kabla HDMI, to jest w szafce przy recepcji.\n\n"
         "Pozdro,\nBartek\n\n"
         "--\nBartosz Mazur | Administracja biura\n")
    add("non_notice", "pl", None, False, None, "colleague says he cancelled the Amazon order",
        mail(("Bartosz Mazur", "b.mazur@firma.example.com"), ("Jakub Krawczyk", "j.krawczyk@firma.example.com"),
             "monitor - anulowane", text=t, text_cte="8bit"))

    h = crude_html("<h2>Uwaga na fałszywe maile „Twoje zamówienie Amazon zostało anulowane”</h2>"
                   "<p><i>Wpis na blogu, kategoria: Phishing</i></p>"
                   "<p>Od kilku dni nasi czytelnicy przysyłają nam wiadomości z tematem "
                   "<b>„Twoje zamówienie Amazon zostało anulowane – potwierdź płatność”</b>. Nadawca podpisuje się "
                   "jako „Amazon.pl”, ale adres to zwykle coś w stylu <code>amazon-pl.zamowienia-info.com</code>, "
                   "a w nazwie nadawcy zamiast łacińskiego „o” jest cyrylica.</p>"
                   "<p>Link prowadzi do strony łudząco podobnej do logowania Amazon, która wyłudza hasło, a potem "
                   "dane karty. Inna wersja każe zadzwonić pod „infolinię”.</p>"
                   "<p><b>Co robić?</b> Nie klikać, zgłosić wiadomość do CERT Polska, a stan zamówień sprawdzać "
                   "bezpośrednio w aplikacji lub wpisując adres sklepu ręcznie.</p>"
                   "<p><a href=\"https://blog.example.pl/2024/phishing-amazon-anulowane\">Czytaj dalej na blogu</a></p>"
                   "<hr><p style=\"font-size:11px\">Otrzymujesz tę wiadomość, bo zapisałeś się na powiadomienia "
                   "o nowych wpisach. <a href=\"https://blog.example.pl/wypisz\">Wypisz się</a></p>",
                   title="Nowy wpis")
    add("non_notice", "pl", None, False, None, "security blog post (email digest) quoting fake Amazon cancellation subject",
        mail(("Bezpieczny Blog", "powiadomienia@blog.example.pl"), ("", "czytelnik@example.com"),
             "Nowy wpis: Uwaga na fałszywe maile o anulowanym zamówieniu Amazon", html=h, html_cte="base64",
             headers=[("List-Unsubscribe", "<https://blog.example.pl/wypisz>"), ("Precedence", "bulk")]))

    add("non_notice", "pl", None, False, None, "Kindle Unlimited subscription cancelled",
        genuine("pl", local="digital-no-reply", display="Amazon Kindle", name="Ewa", to="ewa.dabrowska@example.org",
                subject="Twoja subskrypcja Kindle Unlimited została anulowana",
                paras=["potwierdzamy anulowanie Twojej subskrypcji Kindle Unlimited.",
                       "Dostęp do wypożyczonych tytułów zachowasz do końca bieżącego okresu rozliczeniowego, "
                       "czyli do 3 lipca. Po tym terminie nie pobierzemy kolejnej opłaty.",
                       "Możesz ponownie dołączyć w dowolnym momencie: https://www.amazon.pl/kindle-dbs/hz/subscribe/ku"],
                layout="multi", charset="iso-8859-2", text_cte="quoted-printable", html_cte="quoted-printable",
                button=("Zarządzaj subskrypcją", "https://www.amazon.pl/kindle-dbs/ku/ku-central"), auth=True))

    o = order_no("028")
    add("non_notice", "pl", None, False, None, "scheduled delivery appointment cancelled, order stays active",
        genuine("pl", local="shipment-tracking", name="Marcin", to="marcin.pawlak@example.com",
                subject="Wybrany termin dostawy został odwołany – wybierz nowy termin",
                paras=["przewoźnik nie może dostarczyć przesyłki w wybranym przez Ciebie terminie "
                       "(piątek, 8:00–12:00), dlatego termin dostawy został odwołany.",
                       "Twoje zamówienie pozostaje aktywne. Wybierz nowy termin dostawy na stronie śledzenia przesyłki."],
                order=o, items=[("Samsung lodówka RB34T600ESA, 344 l", "Ilość: 1", "")],
                layout="multi", text_cte="quoted-printable", html_cte="base64",
                button=("Wybierz nowy termin", "https://www.amazon.pl/gp/css/shiptrack/view.html"), auth=False))

    o = order_no("404")
    add("non_notice", "pl", None, False, None, "payment reminder before cancellation ('or the order will be cancelled')",
        genuine("pl", local="payments-update", name="Anna", to="anna.szymanska@example.net",
                subject="Działanie wymagane: zaktualizuj metodę płatności dla zamówienia %s" % o,
                paras=["Twój bank odrzucił płatność za poniższe zamówienie. Zamówienie jest nadal aktywne "
                       "i wstrzymamy je przez 7 dni.",
                       "Aby uniknąć anulowania zamówienia, zaktualizuj metodę płatności do 18 października "
                       "w sekcji Twoje zamówienia > Zmień metodę płatności. Jeżeli nie otrzymamy ważnej metody "
                       "płatności w tym terminie, zamówienie zostanie anulowane.",
                       "Jeżeli już zaktualizowałeś dane płatności, zignoruj tę wiadomość."],
                order=o, items=[("LEGO Star Wars 75331 Brzeszczot", "Ilość: 1", "2 499,00 zł")],
                items_label="Produkty oczekujące na płatność", layout="text", text_cte="8bit",
                button=("Zmień metodę płatności", "https://www.amazon.pl/gp/css/order-history"), auth=False))

    # ---------------- lookalikes ----------------
    evil = "http://orders-amazon-pl.com/konto/platnosc?u=%s" % rcode(14, HEX)
    o = order_no("171")
    shown = "https://www.amazon.pl/gp/css/order-history"
    h = amz_html("pl", "utf-8", "Zamówienie anulowane", "Dzień dobry,",
                 ["Twoje zamówienie <b>%s</b> zostało anulowane, ponieważ płatność nie została autoryzowana przez bank." % o,
                  "Aby przywrócić zamówienie, zaktualizuj dane karty w ciągu 48 godzin w sekcji Twoje konto: "
                  "<a href=\"%s\">%s</a>" % (evil, shown)],
                 order=o, order_label="Zamówienie nr",
                 items=[("Sony PlayStation 5 Slim, konsola z napędem", "Ilość: 1", "2 299,00 zł")],
                 items_label="Anulowane produkty", button=("Zaktualizuj płatność", "!" + evil),
                 link=lambda u, r: evil,
                 footer=["Ta wiadomość została wysłana z adresu, który nie przyjmuje poczty przychodzącej.",
                         "© 2024 Amazon.com, Inc. lub podmioty powiązane."])
    t = ("Dzień dobry,\n\nTwoje zamówienie %s zostało anulowane, ponieważ płatność nie została autoryzowana.\n"
         "Zaktualizuj dane karty w ciągu 48 godzin: %s\n" % (o, shown))
    add("lookalike", "pl", "payment_issue", True, None,
        "homoglyph display name (Cyrillic o); link text shows amazon.pl, href elsewhere; polished",
        mail(("Amaz\u043en.pl", "powiadomienia@orders-amazon-pl.com"), ("", "karolina.jankowska@example.com"),
             "Twoje zamówienie Amazon.pl zostało anulowane", text=t, html=h, text_cte="quoted-printable",
             html_cte="quoted-printable", auth=auth_other("orders-amazon-pl.com", dkim="none", spf="pass", dmarc="none")))

    t = ("Szanowny Kliencie,\n\n"
         "Twoje zamówienie nr 403-5582913-2209174 zostało anulowane na Twoją prośbę.\n"
         "Zwrot 2 399,00 zł zostanie przelany w ciągu 24 godzin.\n\n"
         "Jeśli to NIE Ty anulowałeś zamówienie, Twoje konto mogło zostać przejęte. Zadzwoń natychmiast "
         "do Działu Bezpieczeństwa Amazon:\n\n"
         "    +48 22 307 41 88  (pon.-niedz. 24h)\n\n"
         "Nie odpowiadaj na tę wiadomość.\nAmazon.pl\n")
    add("lookalike", "pl", "customer_request", True, None,
        "claims customer-requested cancellation + callback phone number; outlook sender",
        mail(("Amazon.pl Obsługa", "amazon.pl.obsluga@outlook.com"), ("", "grzegorz.wrobel@example.net"),
             "Potwierdzenie anulowania zamówienia 403-5582913-2209174", text=t, charset="iso-8859-2",
             text_cte="quoted-printable", header_charset="iso-8859-2", from_charset="iso-8859-2",
             auth=auth_other("outlook.com", dmarc="pass", mx="mx.example.net")))

    evil = "https://amazon.pl-weryfikacja.net/odblokuj?case=%s" % rcode(9)
    h = crude_html("<div style=\"max-width:520px;margin:auto;border:1px solid #ddd;padding:20px\">"
                   "<img src=\"https://i.imgur.example/amzn.png\" width=\"110\" alt=\"amazon\">"
                   "<h3 style=\"color:#c40000\">Konto zawieszone</h3>"
                   "<p>Twoje konto Amazon zostało zawieszone z powodu podejrzanej aktywności, a wszystkie otwarte "
                   "zamówienia zostały anulowane.</p><p>Aby przywrócić konto, użyj poniższego kodu na stronie "
                   "weryfikacji:</p><p style=\"font-size:26px;font-weight:bold;letter-spacing:4px\">AMZ-7731-PL</p>"
                   "<p><a href=\"%s\" style=\"background:#f0c14b;padding:8px 18px;color:#111;text-decoration:none\">"
                   "Zweryfikuj konto</a></p><p style=\"font-size:11px;color:#777\">Amazon.pl | Dział Bezpieczeństwa</p>"
                   "</div>" % evil)
    add("lookalike", "pl", "fraud_prevention", True, None,
        "account suspended, all orders cancelled, 'use this code'; amazon.pl-weryfikacja.net; no order number",
        mail(("Amazon", "bezpieczenstwo@amazon.pl-weryfikacja.net"), ("", "natalia.kozlowska@example.org"),
             "Twoje konto zostało zawieszone - zamówienia anulowane", html=h, html_cte="base64"))

    t = ("Witam\n\n"
         "Twoje zamowienie w Amazon zostało anulowane z powodu nieudanej płatnosci. Aby zamowienie zostało "
         "wysłane prosimy odpowiedz na tego maila i podaj:\n"
         "numer karty\ndata waznosci\nkod CVV\nimie i nazwisko\n\n"
         "Bez tych danych zamowienie nie zostanie zrealizowane.\n\n"
         "Dziekujemy\nAmazon Obsługa Klienta\n")
    add("lookalike", "pl", "payment_issue", True, None,
        "crude, broken Polish, 'reply with card details', gmail sender, no order number",
        mail(("Amazon Obsluga Klienta", "amazon.obsluga.klienta.pl@gmail.com"), ("", "robert.majewski@example.com"),
             "Zamowienie anulowane - wymagana akcja", text=t, text_cte="8bit", tz=3))

    evil = "http://order-update.amazon.pl.zamowienia-status.xyz/zwrot?o=%s" % rcode(10, HEX)
    o = order_no("405")
    h = amz_html("pl", "utf-8", "Produkt niedostępny", "Dzień dobry,",
                 ["Niestety produkt z Twojego zamówienia <b>%s</b> jest niedostępny i zamówienie zostało anulowane." % o,
                  "Aby otrzymać zwrot <b>349,00 zł</b>, podaj dane karty, na którą mamy przelać środki. "
                  "Formularz zwrotu: <a href=\"%s\">https://www.amazon.pl/zwroty</a>" % evil],
                 order=o, order_label="Zamówienie nr",
                 items=[("JBL Charge 5, głośnik Bluetooth, niebieski", "Ilość: 1", "349,00 zł")],
                 items_label="Anulowane produkty", button=("Odbierz zwrot", "!" + evil), link=lambda u, r: evil,
                 footer=["© 2024 Amazon.com, Inc. lub podmioty powiązane."])
    add("lookalike", "pl", "inventory_shortage", True, None,
        "amazon.pl.<evil>.xyz sender; out-of-stock + refund bait asking for card; html-only",
        mail(("Amazon.pl", "order-update@amazon.pl.zamowienia-status.xyz"), ("", "dorota.jablonska@example.net"),
             "Produkt niedostępny - zamówienie %s anulowane" % o, html=h, html_cte="quoted-printable",
             auth=auth_other("amazon.pl.zamowienia-status.xyz", dkim="pass", dmarc="none")))

    evil = "https://amaz0n.pl-konto.com/ap/verify?id=%s" % rcode(16, HEX)
    o = order_no("402")
    t = ("Dzień dobry,\n\n"
         "w ramach rutynowej kontroli bezpieczeństwa Twoje zamówienie %s zostało wstrzymane.\n\n"
         "Twoje zamówienie zostanie anulowane, a konto zablokowane, jeśli nie potwierdzisz swojej tożsamości "
         "w ciągu 24 godzin:\n%s\n\n"
         "Zespół Bezpieczeństwa Amazon\n" % (o, evil))
    h = crude_html("<p>Dzień dobry,</p><p>w ramach rutynowej kontroli bezpieczeństwa Twoje zamówienie <b>%s</b> "
                   "zostało wstrzymane.</p><p style=\"color:#b12704\"><b>Twoje zamówienie zostanie anulowane</b>, "
                   "a konto zablokowane, jeśli nie potwierdzisz swojej tożsamości w ciągu 24 godzin.</p>"
                   "<p><a href=\"%s\">Potwierdź tożsamość</a></p><p>Zespół Bezpieczeństwa Amazon</p>" % (o, evil))
    add("lookalike", "pl", "fraud_prevention", True, None,
        "amaz0n domain; 'order will be cancelled unless you verify identity in 24h'",
        mail(("Amazon", "security@amaz0n.pl-konto.com"), ("", "lukasz.olszewski@example.org"),
             "Zamówienie wstrzymane: potwierdź tożsamość", text=t, html=h, text_cte="base64", html_cte="base64"))

    t = ("Drogi kliencie Amazon,\n\n"
         "z powodu błędu systemu Twoje zamówienie Nr: 40-2281-993812-PL zostało anulowane.\n"
         "W ramach przeprosin przygotowaliśmy dla Ciebie kupon rekompensaty o wartości 50 zł.\n\n"
         "Odbierz kupon tutaj: http://amzn-kupon.example-short.link/pl50\n\n"
         "Kupon ważny 12 godzin.\n\nPozdrawiamy, Amazon\n")
    add("lookalike", "pl", "technical_issue", True, None,
        "system-error claim with compensation coupon; malformed order number; yahoo sender",
        mail(("Amazon", "amazon_promocje_pl@yahoo.com"), ("", "iwona.grabowska@example.com"),
             "Błąd systemu - Twoje zamówienie zostało anulowane", text=t, text_cte="quoted-printable", tz=-4))

    h = crude_html("<p><b>Amazon</b></p><p>Anulowanie zamówienia.</p><p>Twoje zamówienie zostało anulowane. "
                   "Szczegóły znajdziesz w panelu klienta.</p><p><a href=\"http://amzn-pl-support.com/panel\">"
                   "Zobacz szczegóły</a></p>", charset="iso-8859-2")
    add("lookalike", "pl", "unknown", False, None,
        "crude, lookalike domain, no order number, no reason; html-only iso-8859-2",
        mail(("Amazon Polska", "noreply@amzn-pl-support.com"), ("", "adam.pietrzak@example.net"),
             "Anulowanie zamówienia", html=h, charset="iso-8859-2", html_cte="quoted-printable",
             header_charset="iso-8859-2"))


# ==========================================================================
# SWEDISH  (amazon.se)
# ==========================================================================
def swedish():
    # ---------------- notices ----------------
    o = order_no("404")
    add("notice", "sv", "inventory_shortage", True, "amazon.se",
        "item out of stock, supplier cannot deliver; multipart qp; auth",
        genuine("sv", local="order-update", name="Emma", to="emma.lindqvist@example.com",
                subject="Artikel har avbrutits från din Amazon.se-beställning %s" % o,
                paras=["tyvärr har vi varit tvungna att avbryta följande artikel i din beställning, eftersom den "
                       "inte längre finns i lager och vår leverantör inte kan leverera den.",
                       "Du har inte debiterats för artikeln. Om ett belopp har reserverats på ditt kort frigörs det "
                       "inom några bankdagar.",
                       "Vi ber om ursäkt för besväret. Du hittar liknande produkter på https://www.amazon.se"],
                order=o, items=[("Moccamaster KBG Select kaffebryggare, polerad silver", "Antal: 1", "2 495,00 kr")],
                items_label="Avbrutna artiklar", layout="multi", auth=True))

    o = order_no("171")
    add("notice", "sv", "payment_issue", True, "amazon.se",
        "payment could not be authorised, not updated in time; text-only iso-8859-1 qp; payments-messages",
        genuine("sv", local="payments-messages", name="Johan Berg", to="johan.berg@example.net",
                subject="Din Amazon.se-beställning %s har avbrutits" % o,
                paras=["vi kunde inte auktorisera betalningen för din beställning med Visa-kortet som slutar på 8812.",
                       "Vi bad dig uppdatera dina betalningsuppgifter, men eftersom vi inte fick någon giltig "
                       "betalningsmetod inom den angivna tiden har beställningen avbrutits.",
                       "Om du fortfarande vill köpa artiklarna kan du lägga en ny beställning på www.amazon.se."],
                order=o, items=[("Fjällräven Kånken ryggsäck, 16 l, Navy", "Antal: 1", "849,00 kr"),
                                ("Stanley Classic termos 1 l, grön", "Antal: 1", "429,00 kr")],
                items_label="Avbrutna artiklar:", layout="text", charset="iso-8859-1", text_cte="quoted-printable",
                auth=False, extra_links=[("Dina betalningar", "https://www.amazon.se/cpe/yourpayments/wallet")]))

    o = order_no("406")
    add("notice", "sv", "technical_issue", True, "amazon.se",
        "listing error (wrong product information on the product page); multipart utf-8 8bit",
        genuine("sv", local="order-update", name="Oskar", to="oskar.nystrom@example.org",
                subject="Information om din Amazon.se-beställning %s" % o,
                paras=["vi skriver angående din senaste beställning.",
                       "På grund av ett fel i produktinformationen på produktsidan (fel förpackningsstorlek angavs) "
                       "har vi avbrutit din beställning. Felet har nu rättats.",
                       "Du har inte debiterats. Vi ber om ursäkt för besväret."],
                order=o, items=[("Ariel Allin1 Pods tvättkapslar, 4 x 36 st", "Antal: 1", "189,00 kr")],
                items_label="Avbrutna artiklar", layout="multi", text_cte="8bit", html_cte="8bit", auth=False))

    o = order_no("408")
    add("notice", "sv", "fraud_prevention", True, "amazon.se",
        "unusual activity, account temporarily locked, order cancelled; html-only base64; cs-reply; auth",
        genuine("sv", local="cs-reply", display="Amazon.se Kundservice", name="", to="sara.holm@example.com",
                subject="Din Amazon.se-beställning %s har avbrutits" % o,
                paras=["vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. Som en säkerhetsåtgärd har vi "
                       "tillfälligt spärrat kontot och avbrutit beställningen nedan.",
                       "Logga in på www.amazon.se och följ instruktionerna på skärmen för att verifiera din identitet. "
                       "Av säkerhetsskäl innehåller det här meddelandet ingen inloggningslänk.",
                       "Du har inte debiterats för den avbrutna beställningen."],
                order=o, items=[("Samsung Galaxy S24, 256 GB, Onyx Black", "Antal: 1", "10 990,00 kr")],
                items_label="Avbruten beställning", layout="html", html_cte="base64", auth=True))

    o = order_no("171")
    add("notice", "sv", "customer_request", True, "amazon.se",
        "customer cancelled, 'Orsak: Avbeställd av kunden'; text-only qp; auth",
        genuine("sv", local="auto-confirm", name="Elin", to="elin.sandberg@example.net",
                subject="Lyckad avbeställning av \"Rituals The Ritual of Sakura presentset\" från din Amazon.se-beställning",
                paras=["vi har avbrutit artikeln nedan enligt din begäran.",
                       "Orsak till avbeställning: Avbeställd av kunden",
                       "Om du redan har debiterats återbetalas beloppet till din ursprungliga betalningsmetod "
                       "inom 3-5 bankdagar."],
                order=o, items=[("Rituals The Ritual of Sakura presentset", "Antal: 1", "399,00 kr")],
                items_label="Avbeställda artiklar", layout="text", text_cte="quoted-printable", auth=True))

    o = order_no("405")
    add("notice", "sv", "unknown", True, "amazon.se",
        "cancelled: item cannot be shipped to the address due to shipping restrictions (fits none); multipart iso-8859-1",
        genuine("sv", local="order-update", name="Lars", to="lars.eklund@example.com",
                subject="Artikel har avbrutits från din Amazon.se-beställning %s" % o,
                paras=["den här artikeln kan tyvärr inte skickas till din leveransadress på grund av "
                       "leveransbegränsningar för produkten, och har därför avbrutits.",
                       "Du debiteras inte för artikeln. Övriga artiklar i beställningen skickas som vanligt."],
                order=o, items=[("Gardena litiumbatteri 36 V, 5,0 Ah", "Antal: 1", "1 299,00 kr")],
                items_label="Avbrutna artiklar", layout="multi", charset="iso-8859-1", text_cte="quoted-printable",
                html_cte="base64", auth=False))

    # ---------------- non-notices ----------------
    nr = "%d" % rng.randrange(10 ** 8, 10 ** 9)
    t = ("Hej Anna!\n\n"
         "Vi har tyvärr behövt avbryta din order %s, eftersom produkten har utgått hos tillverkaren.\n\n"
         "Produkt: ASUS ROG Strix B650-A Gaming WiFi moderkort\n"
         "Belopp: 2 790 kr\n\n"
         "Ingen betalning har dragits. Har du frågor är du välkommen att kontakta vår kundtjänst.\n\n"
         "Vänliga hälsningar\nKomplett.se\n\n"
         "Prisgaranti: hittar du samma produkt billigare hos t.ex. Amazon.se eller andra svenska butiker "
         "matchar vi priset.\n" % nr)
    h = crude_html("<p>Hej Anna!</p><p>Vi har tyvärr behövt <b>avbryta din order %s</b>, eftersom produkten har "
                   "utgått hos tillverkaren.</p><p>ASUS ROG Strix B650-A Gaming WiFi moderkort &ndash; 2 790 kr</p>"
                   "<p>Ingen betalning har dragits.</p><p>Vänliga hälsningar<br>Komplett.se</p>"
                   "<p style=\"font-size:11px;color:#666\">Prisgaranti: hittar du samma produkt billigare hos t.ex. "
                   "Amazon.se eller andra svenska butiker matchar vi priset.</p>" % nr, title="Komplett")
    add("non_notice", "sv", None, False, None, "Komplett order cancellation; price-match footer mentions Amazon.se",
        mail(("Komplett.se", "kundservice@komplett.se"), ("Anna Lund", "anna.lund@example.org"),
             "Din order %s har avbrutits" % nr, text=t, html=h, text_cte="quoted-printable", html_cte="quoted-printable",
             auth=auth_other("komplett.se", dmarc="pass")))

    t = ("Hej älskling,\n\n"
         "jag avbeställde Amazon-ordern med kaffebryggaren, din mamma har ju lovat oss sin gamla. "
         "Pengarna kommer tillbaka på kortet om några dagar.\n\n"
         "Handlar du mjölk på vägen hem?\n\n"
         "Puss /Henrik\n\nSkickat från min iPhone\n")
    add("non_notice", "sv", None, False, None, "partner writes he cancelled the Amazon order",
        mail(("Henrik Ström", "henrik.strom@example.com"), ("Maria Ström", "maria.strom@example.com"),
             "kaffebryggaren", text=t, charset="iso-8859-1", text_cte="8bit", header_charset="iso-8859-1",
             from_charset="iso-8859-1"))

    t = ("SÄKERHETSTIPS FRÅN DIN BANK - maj\n\n"
         "Falska mejl om avbrutna beställningar\n\n"
         "Just nu skickas många mejl med ämnesraden \"Din Amazon-beställning har avbrutits\" eller "
         "\"Betalningen misslyckades - din order avbryts inom 24 timmar\". Mejlen är inte från Amazon. "
         "Länken leder till en falsk inloggningssida som samlar in kortuppgifter och BankID-information.\n\n"
         "Så känner du igen bluffen:\n"
         "* avsändaradressen slutar inte på @amazon.se\n"
         "* du uppmanas ringa ett nummer eller svara med dina kortuppgifter\n"
         "* mejlet skapar stress med korta tidsgränser\n\n"
         "Logga aldrig in via länkar i mejl. Kontrollera dina beställningar direkt i appen.\n\n"
         "Vill du inte längre få våra säkerhetstips? Avregistrera dig: https://bank.example.se/nyhetsbrev\n")
    add("non_notice", "sv", None, False, None, "bank security newsletter quoting fake Amazon cancellation subjects",
        mail(("Banken Säkerhet", "nyhetsbrev@bank.example.se"), ("", "kund@example.net"),
             "Säkerhetstips: falska mejl om avbrutna beställningar", text=t, charset="iso-8859-1",
             text_cte="quoted-printable", header_charset="iso-8859-1", from_charset="iso-8859-1",
             headers=[("List-Unsubscribe", "<https://bank.example.se/nyhetsbrev>"), ("Precedence", "bulk")]))

    add("non_notice", "sv", None, False, None, "Amazon Music Unlimited subscription cancelled",
        genuine("sv", local="digital-no-reply", display="Amazon Music", name="Nils", to="nils.bjork@example.org",
                subject="Din prenumeration på Amazon Music Unlimited har sagts upp",
                paras=["vi bekräftar att din prenumeration på Amazon Music Unlimited har sagts upp.",
                       "Du kan fortsätta lyssna till och med den 14 augusti. Därefter debiteras du inte längre.",
                       "Du kan när som helst starta prenumerationen igen på https://www.amazon.se/music/unlimited"],
                layout="multi", text_cte="base64", html_cte="base64",
                button=("Hantera prenumeration", "https://www.amazon.se/music/settings"), auth=True))

    o = order_no("028")
    add("non_notice", "sv", None, False, None, "scheduled delivery time cancelled, order still active",
        genuine("sv", local="shipment-tracking", name="Karin", to="karin.wallin@example.com",
                subject="Din bokade leveranstid har ställts in - välj en ny tid",
                paras=["transportören kan tyvärr inte leverera under den tid du valde (tisdag 17:00-21:00), "
                       "så den bokade leveranstiden har ställts in.",
                       "Din beställning är inte avbruten. Välj en ny leveranstid på spårningssidan."],
                order=o, items=[("Electrolux diskmaskin EEM48321L, helintegrerad", "Antal: 1", "")],
                layout="html", charset="iso-8859-1", html_cte="quoted-printable",
                button=("Välj ny leveranstid", "https://www.amazon.se/gp/css/shiptrack/view.html"), auth=False))

    o = order_no("403")
    add("non_notice", "sv", None, False, None, "payment reminder: update payment or order will be cancelled",
        genuine("sv", local="payments-messages", name="Sofia", to="sofia.axelsson@example.net",
                subject="Åtgärd krävs: uppdatera betalningsmetoden för din beställning %s" % o,
                paras=["din bank avvisade betalningen för beställningen nedan. Beställningen är fortfarande aktiv "
                       "och vi håller den i 5 dagar.",
                       "Uppdatera betalningsmetoden senast den 9 mars under Dina beställningar > Ändra betalningsmetod "
                       "för att undvika att beställningen avbryts. Om vi inte får en giltig betalningsmetod före "
                       "detta datum kommer beställningen att avbrytas.",
                       "Om du redan har uppdaterat dina betalningsuppgifter kan du bortse från det här meddelandet."],
                order=o, items=[("Garmin Forerunner 265, GPS-löparklocka", "Antal: 1", "4 490,00 kr")],
                items_label="Artiklar som väntar på betalning", layout="multi", text_cte="quoted-printable",
                html_cte="quoted-printable",
                button=("Ändra betalningsmetod", "https://www.amazon.se/gp/css/order-history"), auth=True))

    # ---------------- lookalikes ----------------
    t = ("Hej,\n\n"
         "Betalningen för din Amazon-beställning kunde inte genomföras och beställningen har därför avbrutits.\n\n"
         "För att återaktivera beställningen, svara på detta mejl med följande uppgifter:\n"
         "Kortnummer:\nUtgångsdatum:\nCVC-kod:\nNamn på kortet:\n\n"
         "Dina uppgifter behandlas säkert.\n\nMed vänliga hälsningar\nAmazon Kundtjänst\n")
    add("lookalike", "sv", "payment_issue", True, None,
        "'reply with card details'; outlook sender; no order number",
        mail(("Amazon Kundtjänst", "amazon.kundtjanst.se@outlook.com"), ("", "peter.lindgren@example.com"),
             "Betalning misslyckades - beställning avbruten", text=t, text_cte="quoted-printable"))

    evil = "https://order-update.amazon.se.kundservice-avbokning.com/case/%s" % rcode(8)
    o = order_no("171")
    h = amz_html("se", "utf-8", "Beställning avbruten", "Hej,",
                 ["Din beställning <b>%s</b> har avbrutits på grund av misstänkt aktivitet på ditt konto." % o,
                  "Om du inte känner igen detta köp måste du <b>ringa vår säkerhetsavdelning omedelbart</b> "
                  "så att vi kan stoppa debiteringen:",
                  '<span style="font-size: 24px; font-weight: bold">08-446 812 30</span>',
                  "Öppet dygnet runt. Svara inte på detta mejl."],
                 order=o, order_label="Beställning #",
                 items=[("Apple MacBook Air 13\" M3, 256 GB", "Antal: 1", "13 990,00 kr")],
                 items_label="Avbrutna artiklar", link=lambda u, r: evil,
                 footer=LOC["sv"]["footer"][:1] + ["© 2024 Amazon.com, Inc. eller dess närstående bolag."])
    add("lookalike", "sv", "fraud_prevention", True, None,
        "callback phone number; amazon.se.<evil>.com sender; polished template, security footer copied",
        mail(("Amazon.se", "order-update@amazon.se.kundservice-avbokning.com"), ("", "camilla.fors@example.org"),
             "Din Amazon.se-beställning %s har avbrutits" % o, html=h, html_cte="quoted-printable",
             auth=auth_other("kundservice-avbokning.com", dkim="pass", spf="pass", dmarc="none")))

    evil = "https://amazon-orders.help/se/unlock?k=%s" % rcode(12, HEX)
    t = ("Hej!\n\nDitt Amazon-konto har låsts och din senaste beställning har avbrutits eftersom vi upptäckt "
         "obehöriga inloggningsförsök.\n\nAnvänd följande kod för att låsa upp kontot: 552 901\n"
         "Ange koden här: %s\n\nKoden är giltig i 30 minuter.\n\nAmazon Säkerhet\n" % evil)
    h = crude_html("<p>Hej!</p><p>Ditt Amazon-konto har <b>låsts</b> och din senaste beställning har avbrutits "
                   "eftersom vi upptäckt obehöriga inloggningsförsök.</p><p>Använd följande kod för att låsa upp "
                   "kontot:</p><p style=\"font-size:26px;font-weight:bold\">552 901</p><p><a href=\"%s\">Lås upp "
                   "kontot</a></p><p>Amazon Säkerhet</p>" % evil)
    add("lookalike", "sv", "fraud_prevention", True, None,
        "homoglyph display name (Greek Alpha, omicron); account locked + order cancelled, 'use this code'",
        mail(("\u0391maz\u03bfn.se", "support@amazon-orders.help"), ("", "viktor.hedlund@example.net"),
             "Ditt konto är låst - beställning avbruten", text=t, html=h, text_cte="8bit", html_cte="base64"))

    evil = "http://amazon-se-kompensation.com/login?ret=%s" % rcode(10, HEX)
    o = order_no("402")
    shown = "https://www.amazon.se/gp/your-account/order-history"
    h = amz_html("se", "utf-8", "Beställning avbruten", "Hej,",
                 ["På grund av ett tekniskt fel i vårt betalningssystem har din beställning <b>%s</b> avbrutits." % o,
                  "Som kompensation har du rätt till ett presentkort på <b>500 kr</b>. Logga in via "
                  "<a href=\"%s\">%s</a> för att aktivera det inom 48 timmar." % (evil, shown)],
                 order=o, order_label="Beställning #",
                 items=[("Bose QuietComfort Ultra hörlurar", "Antal: 1", "4 290,00 kr")],
                 button=("Aktivera presentkort", "!" + evil), link=lambda u, r: evil,
                 footer=["Det här meddelandet skickades från en adress som inte kan ta emot e-post.",
                         "© 2024 Amazon.com, Inc. eller dess närstående bolag."])
    t = ("Hej,\n\nPå grund av ett tekniskt fel har din beställning %s avbrutits.\nSom kompensation får du ett "
         "presentkort på 500 kr. Logga in via %s\n" % (o, shown))
    add("lookalike", "sv", "technical_issue", True, None,
        "technical-error claim + compensation bait; link text shows amazon.se, href elsewhere",
        mail(("Amazon.se", "kundservice@amazon-se-kompensation.com"), ("", "linnea.bergstrom@example.com"),
             "Din beställning har avbrutits - kompensation", text=t, html=h, text_cte="quoted-printable",
             html_cte="quoted-printable"))

    evil = "https://amaz0n-se.com/betalning/uppdatera?o=%s" % rcode(10, HEX)
    o = order_no("404")
    t = ("Hej Anders,\n\n"
         "Vi kunde inte verifiera betalningen för din beställning %s (Dyson V15 Detect, 7 990,00 kr).\n\n"
         "Din beställning kommer att avbrytas om du inte uppdaterar dina betalningsuppgifter inom 12 timmar:\n"
         "%s\n\n"
         "Tack för att du handlar hos Amazon.se\n" % (o, evil))
    add("lookalike", "sv", "payment_issue", True, None,
        "amaz0n domain; 'will be cancelled in 12h unless you update payment'; text-only base64",
        mail(("Amazon.se", "betalning@amaz0n-se.com"), ("Anders Sjöberg", "anders.sjoberg@example.org"),
             "Din beställning kommer att avbrytas", text=t, text_cte="base64",
             auth=auth_other("amaz0n-se.com", dkim="pass", spf="pass", dmarc="none")))

    t = ("Hej\n\nDu har begärt avbokning av din order 171-3392281-1128834. Återbetalning av 3 249 kr "
         "sker inom 2-3 dagar.\n\nOm det INTE var du som avbokade, klicka här för att stoppa avbokningen och "
         "säkra ditt konto:\nhttp://amzn-se-hjalp.example-host.ru/stop\n\nAmazon\n")
    add("lookalike", "sv", "customer_request", True, None,
        "crude; claims customer-requested cancellation, 'not you? click'; gmail sender",
        mail(("Amazon Sverige", "amazon.sverige.order@gmail.com"), ("", "ida.nyberg@example.net"),
             "Avbokning bekräftad", text=t, text_cte="8bit", tz=3,
             auth=auth_other("gmail.com", dmarc="pass")))

    h = crude_html("<p>Hej kund,</p><p>Vi beklagar men varan i din order <b>#AMZ-SE-77120</b> är slut i lager "
                   "och ordern har avbrutits.</p><p>För att få din återbetalning på 1 149 kr, fyll i dina kortuppgifter "
                   "i formuläret nedan.</p><p><a href=\"http://refund-amazon-se.example-host.cc/form\">Få återbetalning"
                   "</a></p><p>Amazon.se Kundtjänst</p>", charset="iso-8859-1")
    add("lookalike", "sv", "inventory_shortage", True, None,
        "out-of-stock claim + refund form; malformed order number; yahoo sender; html-only iso-8859-1",
        mail(("Amazon.se Kundtjänst", "amazon.se.kundtjanst@yahoo.com"), ("", "emil.lundberg@example.com"),
             "Din order har avbrutits - återbetalning", html=h, charset="iso-8859-1", html_cte="quoted-printable",
             header_charset="iso-8859-1", from_charset="iso-8859-1", tz=-7))

    evil = "https://amazon.com.se-orderinfo.net/faktura/%s" % rcode(10, HEX)
    h = amz_html("se", "utf-8", "Beställning avbruten", "Hej,",
                 ["Din beställning <b>#112-558-2291</b> har avbrutits.",
                  "Se fakturan och detaljerna för avbokningen här: <a href=\"%s\">Visa faktura</a>" % evil],
                 button=("Visa beställning", "!" + evil), link=lambda u, r: evil,
                 footer=["© 2024 Amazon.com, Inc."])
    add("lookalike", "sv", "unknown", False, None,
        "amazon.com.<evil>.net sender; malformed order number; no reason; polished html-only",
        mail(("Amazon", "no-reply@amazon.com.se-orderinfo.net"), ("", "frida.engstrom@example.org"),
             "Beställning avbruten", html=h, html_cte="base64"))


# ==========================================================================
def main():
    italian()
    polish()
    swedish()
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, start=1):
        label, m = MAILS[idx]
        name = "f3%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels.append(dict(file=name, **label))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
