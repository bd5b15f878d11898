#!/usr/bin/env python3
"""Regenerate blind held-out batch h3: Italian (amazon.it), Polish (amazon.pl) and
Swedish (amazon.se) mails -- genuine Amazon order-cancellation notices, phishing
lookalikes and near-miss non-notices.  Deterministic (fixed seed).

    python3 make.py      -> writes mail/h3001.eml ... and labels.json
"""
import datetime
import io
import json
import os
import random
import string
import urllib.parse
from email import charset as ecs
from email import policy as epolicy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 20250613
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "h3"

# ---------------------------------------------------------------- small helpers

def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n):
    return "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(n))


def order_no(first=None):
    first = first or R.choice(["402", "403", "404", "405", "406", "407", "408", "171", "028", "302", "303", "305", "306"])
    return "%s-%07d-%07d" % (first, R.randint(0, 9999999), R.randint(0, 9999999))


def rdate(tz_hours=0):
    start = datetime.datetime(2024, 2, 1, 6, 0, 0, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(seconds=R.randint(0, 600 * 86400))
    return dt.astimezone(datetime.timezone(datetime.timedelta(hours=tz_hours)))


def dt(y, mo, d, h, mi, tz=0):
    return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def trk(tld, url):
    """Amazon-style click-tracking redirect around a real amazon.<tld> URL."""
    return ("https://www.amazon.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:2024%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (tld, ralnum(13), ralnum(13), "%010d" % R.randint(0, 9999999999), rhex(32), ralnum(13),
               urllib.parse.quote(url, safe=""), ralnum(28), R.randint(1000000, 9999999), R.randint(100000000, 999999999)))


def help_url(tld, node):
    return "https://www.amazon.%s/gp/help/customer/display.html?nodeId=%s" % (tld, node)


# ---------------------------------------------------------------- localisation for the Amazon template

L = {
    "it": dict(
        brand="Amazon.it", orders="I miei ordini", account="Il mio account", order_label="Ordine n.",
        items="Articoli annullati", qty="Quantit\u00e0", price="Prezzo", sold_by="Venduto da",
        manage="Visualizza o gestisci l'ordine", closing="Speriamo di rivederti presto.",
        rights="\u00a9 %d Amazon.com, Inc. o societ\u00e0 affiliate. Tutti i diritti riservati. Amazon, Amazon.it e il logo Amazon.it sono marchi registrati di Amazon.com, Inc. o delle sue affiliate. Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.",
        foot=[
            ("Ricorda: Amazon.it non ti chieder\u00e0 mai di fornire la tua password, i dati della tua carta di credito o altre informazioni personali via e-mail, SMS o telefono.", None, None),
            ("Se il numero della tua carta \u00e8 cambiato o la data di scadenza \u00e8 stata aggiornata, puoi modificare i dati in Il mio account:", "Gestisci i metodi di pagamento", "https://www.amazon.it/cpe/yourpayments/wallet"),
            ("Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalala e scopri come riconoscere le e-mail di phishing:", "Segnala un messaggio sospetto", None),
            ("Per ulteriori informazioni sugli ordini annullati visita l'Aiuto:", "Aiuto e Servizio Clienti", None),
            ("Questa e-mail \u00e8 stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.", None, None),
        ],
    ),
    "pl": dict(
        brand="Amazon.pl", orders="Twoje zam\u00f3wienia", account="Twoje konto", order_label="Zam\u00f3wienie nr",
        items="Anulowane produkty", qty="Ilo\u015b\u0107", price="Cena", sold_by="Sprzedawca",
        manage="Wy\u015bwietl lub zarz\u0105dzaj zam\u00f3wieniem", closing="Mamy nadziej\u0119, \u017ce wkr\u00f3tce znowu nas odwiedzisz.",
        rights="\u00a9 %d Amazon.com, Inc. lub podmioty stowarzyszone. Wszelkie prawa zastrze\u017cone. Amazon EU S.a.r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.",
        foot=[
            ("Pami\u0119taj: Amazon.pl nigdy nie poprosi Ci\u0119 o podanie has\u0142a, danych karty p\u0142atniczej ani innych danych osobowych w wiadomo\u015bci e-mail, SMS-ie ani telefonicznie.", None, None),
            ("Je\u015bli numer Twojej karty si\u0119 zmieni\u0142 lub zaktualizowano dat\u0119 wa\u017cno\u015bci, mo\u017cesz zmieni\u0107 dane w sekcji Twoje konto:", "Zarz\u0105dzaj metodami p\u0142atno\u015bci", "https://www.amazon.pl/cpe/yourpayments/wallet"),
            ("Otrzyma\u0142e\u015b podejrzan\u0105 wiadomo\u015b\u0107, kt\u00f3ra wygl\u0105da na wys\u0142an\u0105 przez Amazon? Zg\u0142o\u015b j\u0105 i dowiedz si\u0119, jak rozpozna\u0107 phishing:", "Zg\u0142o\u015b podejrzan\u0105 wiadomo\u015b\u0107", None),
            ("Wi\u0119cej informacji o anulowanych zam\u00f3wieniach znajdziesz w Pomocy:", "Pomoc i Obs\u0142uga Klienta", None),
            ("Ta wiadomo\u015b\u0107 zosta\u0142a wys\u0142ana z adresu, kt\u00f3ry nie obs\u0142uguje poczty przychodz\u0105cej. Prosimy na ni\u0105 nie odpowiada\u0107.", None, None),
        ],
    ),
    "sv": dict(
        brand="Amazon.se", orders="Dina best\u00e4llningar", account="Ditt konto", order_label="Best\u00e4llning nr",
        items="Avbrutna artiklar", qty="Antal", price="Pris", sold_by="S\u00e5ld av",
        manage="Visa eller hantera best\u00e4llning", closing="Vi hoppas att vi ses snart igen.",
        rights="\u00a9 %d Amazon.com, Inc. eller dess dotterbolag. Med ensamr\u00e4tt. Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.",
        foot=[
            ("Kom ih\u00e5g: Amazon.se ber dig aldrig att uppge ditt l\u00f6senord, dina kortuppgifter eller andra personuppgifter via e-post, sms eller telefon.", None, None),
            ("Om ditt kortnummer har \u00e4ndrats eller utg\u00e5ngsdatumet har uppdaterats kan du \u00e4ndra uppgifterna under Ditt konto:", "Hantera betalningsmetoder", "https://www.amazon.se/cpe/yourpayments/wallet"),
            ("Har du f\u00e5tt ett misst\u00e4nkt e-postmeddelande som ser ut att komma fr\u00e5n Amazon? Rapportera det och l\u00e4s hur du k\u00e4nner igen n\u00e4tfiske:", "Rapportera misst\u00e4nkt e-post", None),
            ("Mer information om avbrutna best\u00e4llningar finns i Hj\u00e4lp:", "Hj\u00e4lp och kundtj\u00e4nst", None),
            ("Det h\u00e4r e-postmeddelandet skickades fr\u00e5n en adress som inte kan ta emot e-post. Svara inte p\u00e5 det h\u00e4r meddelandet.", None, None),
        ],
    ),
}
NODES = [None, None, "GQ4G5SLGBF6VCGXS", "G3PWZPU52FKN7PW4", None]


def _foot_url(lang, tld, i, url):
    if url:
        return url
    if NODES[i]:
        return help_url(tld, NODES[i])
    return "https://www.amazon.%s/gp/help/customer/display.html?nodeId=%s" % (tld, "GGE5X8EV7VNVTK6R")


def amz_text(lang, tld, greeting, paras, order, items, heading, reason_line=None, buttons=(),
             footer=True, year=2024, brand=None, extra_after=(), items_label=None):
    S = L[lang]
    sep = "-" * 72
    out = [brand or S["brand"], sep, heading]
    if order:
        out.append("%s %s" % (S["order_label"], order))
    out += ["", greeting, ""]
    for p in paras:
        out += [p, ""]
    if reason_line:
        out += [reason_line, ""]
    if items:
        out.append((items_label or S["items"]) + ":")
        for it in items:
            out.append("    " + it[0])
            out.append("    %s: %s" % (S["qty"], it[1]))
            if len(it) > 2 and it[2]:
                out.append("    %s: %s" % (S["price"], it[2]))
            if len(it) > 3 and it[3]:
                out.append("    %s: %s" % (S["sold_by"], it[3]))
            out.append("")
    for label, url in buttons:
        out += [label + ":", url, ""]
    for p in extra_after:
        out += [p, ""]
    out += [S["closing"], S["brand"], "", sep]
    if footer:
        for i, (txt, label, url) in enumerate(S["foot"]):
            if label:
                out.append(txt + " " + _foot_url(lang, tld, i, url))
            else:
                out.append(txt)
            out.append("")
        out.append(S["rights"] % year)
    return "\n".join(out) + "\n"


AMZ_CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.card { background-color: #ffffff; width: 100%; padding: 30px 21px 30px 20px; border: 0; margin-bottom: 5px; }
.cardTD { width: 100%; padding: 30px 20px 30px 20px; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 6px; }
.orderIdTable { font-size: 18px; line-height: 18px; color: #879596; margin-bottom: 18px; }
.orderIdTable a { text-decoration: none; color: #879596; }
.orderDetailsTable { font-size: 18px; line-height: 20px; margin: 0 auto; }
.itemImage img { max-height: 84px; max-width: 84px; }
.itemTitle { padding-left: 26px; padding-right: 22px; }
.buttonComponentLink { color:#0F1111; background-color:#FFD814; border-radius:8px; padding:10px 18px; text-decoration:none; display:inline-block; }
.emailClosing { font-size: 11px; line-height: 15px; color: #868686; }
@media screen and (min-width: 651px) {
 .emailBody { width: 640px !important; }
 .greetingTable { font-size: 16px !important; line-height: 18px !important; }
 .informationTable { font-size: 16px !important; line-height: 20px !important; }
}
"""


def amz_html(lang, tld, greeting, paras, order, items, heading, reason_line=None, buttons=(),
             footer=True, year=2024, link=None, brand=None, extra_after=(), logo=True, pixel=True, items_label=None):
    """HTML laid out like the real Amazon 'card' templates.  `link` maps every
    displayed amazon URL to the href actually used (tracking redirect for the
    genuine mails, attacker URLs for the lookalikes)."""
    S = L[lang]
    link = link or (lambda u: trk(tld, u))
    TD = 'style="border-collapse: collapse !important; font-family: Arial, sans-serif"'
    h = []
    h.append('<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
             '  <meta name="format-detection" content="telephone=no" />\n'
             '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
             '  <style>' + AMZ_CSS + '</style>\n </head>\n')
    h.append('<body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0">\n')
    if pixel:
        h.append('<img width="1" height="1" src="%s" />\n' % esc(link("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif")))
    h.append('<table id="OutlookWrapper" style="width: 100%"><tbody><tr><td align="center" ' + TD + '>\n'
             '<table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250)"><tbody><tr>\n'
             '<td class="emailBodyTD" ' + TD + '>\n')
    # brand + nav
    h.append('<table class="brandTable" style="margin-bottom: 20px; width: 100%"><tbody><tr>\n<td align="left" ' + TD + '>')
    h.append('<a href="%s">' % esc(link("https://www.amazon.%s/?ref_=pe_email_logo" % tld)))
    if logo:
        h.append('<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="%s" title="%s" class="brandImage" border="0" width="130" style="width: 130px" />' % (esc(brand or S["brand"]), esc(brand or S["brand"])))
    else:
        h.append('<span style="font-size:26px;font-weight:bold;color:#232F3E">%s</span>' % esc(brand or S["brand"]))
    h.append('</a></td>\n<td align="right" style="font-size:13px; font-family: Arial, sans-serif">'
             '<a href="%s" style="color:#0066c0;text-decoration:none">%s</a>&nbsp;&nbsp;|&nbsp;&nbsp;'
             '<a href="%s" style="color:#0066c0;text-decoration:none">%s</a></td>\n</tr></tbody></table>\n'
             % (esc(link("https://www.amazon.%s/gp/css/order-history" % tld)), esc(S["orders"]),
                esc(link("https://www.amazon.%s/gp/css/homepage.html" % tld)), esc(S["account"])))
    # card
    h.append('<table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%; border-top: 2px solid rgb(213, 219, 219)"><tbody><tr>\n'
             '<td class="cardTD grayTopBorderTD" align="left" ' + TD + '>\n')
    h.append('<h2 style="font-size:20px;color:#C45500;font-weight:normal;margin:0 0 8px 0">%s</h2>\n' % esc(heading))
    if order:
        h.append('<table class="orderIdTable"><tbody><tr><td ' + TD + '>%s <a class="orderIdLink" href="%s">%s</a></td></tr></tbody></table>\n'
                 % (esc(S["order_label"]), esc(link("https://www.amazon.%s/gp/your-account/order-details?orderID=%s" % (tld, order))), esc(order)))
    h.append('<table class="greetingTable"><tbody><tr><td ' + TD + '><span>%s</span></td></tr></tbody></table>\n' % esc(greeting))
    h.append('<table class="informationTable"><tbody>\n')
    for p in paras:
        h.append('<tr><td style="padding-bottom: 6px; font-family: Arial, sans-serif"><span>%s</span></td></tr>\n' % esc(p))
    if reason_line:
        h.append('<tr><td style="padding-bottom: 6px; font-family: Arial, sans-serif"><b>%s</b></td></tr>\n' % esc(reason_line))
    h.append('</tbody></table>\n')
    if items:
        h.append('<hr style="border: 1px solid #CFCFCF; margin: 15px 0" />\n<table class="greetingTable"><tbody><tr><td ' + TD + '>%s</td></tr></tbody></table>\n' % esc(items_label or S["items"]))
        h.append('<table class="orderDetailsTable"><tbody>\n')
        for it in items:
            img = "https://m.media-amazon.com/images/I/%s._SS84_.jpg" % ("".join(R.choice(string.ascii_letters + string.digits) for _ in range(11)))
            h.append('<tr><td class="itemImage" style="vertical-align:top"><a href="%s"><img src="%s" alt="%s" /></a></td>\n'
                     % (esc(link("https://www.amazon.%s/dp/B0%s" % (tld, ralnum(8)))), img, esc(it[0][:40])))
            h.append('<td class="itemTitle" style="font-family: Arial, sans-serif; font-size:15px; color:#002E36">%s<br />'
                     '<span style="color:#879596">%s: %s</span>' % (esc(it[0]), esc(S["qty"]), esc(str(it[1]))))
            if len(it) > 2 and it[2]:
                h.append('<br /><span style="color:#879596">%s: %s</span>' % (esc(S["price"]), esc(it[2])))
            if len(it) > 3 and it[3]:
                h.append('<br /><span style="color:#879596">%s: %s</span>' % (esc(S["sold_by"]), esc(it[3])))
            h.append('</td></tr>\n')
        h.append('</tbody></table>\n')
    for label, url in buttons:
        h.append('<table class="buttonComponent" style="margin-top:14px"><tbody><tr><td align="center" ' + TD + '>'
                 '<a class="buttonComponentLink" href="%s" style="color:#0F1111;background-color:#FFD814;border-radius:8px;padding:10px 18px;text-decoration:none;display:inline-block">%s</a>'
                 '</td></tr></tbody></table>\n' % (esc(link(url)), esc(label)))
    for p in extra_after:
        h.append('<p style="font-size:15px;color:#002E36;font-family: Arial, sans-serif">%s</p>\n' % esc(p))
    h.append('<p style="font-size:15px;color:#002E36;font-family: Arial, sans-serif">%s<br /><strong>%s</strong></p>\n'
             % (esc(S["closing"]), esc(S["brand"])))
    h.append('</td></tr></tbody></table>\n')
    if footer:
        h.append('<table class="emailClosing" style="font-size: 11px; line-height: 15px; color: #868686; margin-top: 12px"><tbody>\n')
        for i, (txt, label, url) in enumerate(S["foot"]):
            cell = esc(txt)
            if label:
                cell += ' <a href="%s" style="color:#0066c0">%s</a>' % (esc(link(_foot_url(lang, tld, i, url))), esc(label))
            h.append('<tr><td style="padding-bottom:8px; font-family: Arial, sans-serif">%s</td></tr>\n' % cell)
        h.append('<tr><td style="padding-bottom:8px; font-family: Arial, sans-serif">%s</td></tr>\n' % esc(S["rights"] % year))
        h.append('</tbody></table>\n')
    h.append('</td></tr></tbody></table>\n</td></tr></tbody></table>\n</body>\n</html>\n')
    return "".join(h)


def simple_html(text, title=None, brand=None, color="#333333", links=None, bgcolor="#ffffff"):
    """Plain text paragraphs -> modest HTML (used for non-Amazon or crude mails).
    links: list of (visible text, href) substituted where the visible text occurs."""
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>\n'
         % esc(title or ""), '<body style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: %s; background:%s">\n' % (color, bgcolor)]
    if brand:
        h.append('<div style="padding:14px 0;border-bottom:3px solid %s;font-size:22px;font-weight:bold">%s</div>\n' % (color, esc(brand)))
    for para in text.strip().split("\n\n"):
        p = "<br>\n".join(esc(x) for x in para.split("\n"))
        for vis, href in (links or []):
            p = p.replace(esc(vis), '<a href="%s">%s</a>' % (esc(href), esc(vis)))
        h.append("<p>%s</p>\n" % p)
    h.append("</body></html>\n")
    return "".join(h)


# ---------------------------------------------------------------- message assembly

def mk_charset(name, enc, hdr="q"):
    cs = ecs.Charset(name)
    cs.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None}[enc]
    cs.header_encoding = {"q": ecs.QP, "b": ecs.BASE64}[hdr]
    return cs


def text_part(body, subtype, charset, enc):
    try:
        body.encode(charset)
    except UnicodeEncodeError:
        # what a legacy-charset template does with the copyright sign
        body = body.replace("\u00a9", "&copy;" if subtype == "html" else "(c)")
        body.encode(charset)  # anything else must fit the legacy charset
    p = MIMEText(body, subtype, mk_charset(charset, enc))
    return p


def b64chunks(nbytes):
    raw = bytes(R.randint(0, 255) for _ in range(nbytes))
    import base64
    s = base64.b64encode(raw).decode()
    return "\n\t ".join(s[i:i + 70] for i in range(0, len(s), 70))


RCPT_MX = {"libero.it": "smtp-in.libero.it", "gmail.com": "mx.google.com", "tiscali.it": "mx.tiscali.it",
           "wp.pl": "mx.wp.pl", "onet.pl": "mx.poczta.onet.pl", "interia.pl": "mx.interia.pl",
           "telia.com": "mx.telia.com", "outlook.com": "mx.microsoft", "bredband2.com": "mx.bredband2.com",
           "fastmail.se": "mx.messagingengine.com", "o2.pl": "mx.o2.pl", "alice.it": "mx.alice.it"}


def mx_for(addr):
    dom = addr.split("@")[1]
    return RCPT_MX.get(dom, "mx." + dom)


def amazon_headers(tld, sender, rcpt, date, auth):
    """Headers a genuine amazon.<tld> notification carries (SES relay, bounce address...)."""
    ip = "54.240.%d.%d" % (R.choice([3, 4, 7, 8, 48]), R.randint(2, 250))
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (R.randint(1, 9), R.randint(1, 99))
    bounce = "%s%s%sp0eu@bounces.amazon.%s" % (date.strftime("%Y%m%d%H%M%S"), rhex(24), rhex(16), tld)
    mx = mx_for(rcpt)
    h = {}
    h["return_path"] = "<%s>" % bounce
    h["received"] = [
        "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
        % (host, host, ip, mx, ralnum(12).lower(), rcpt, format_datetime(date)),
    ]
    sel = R.choice(["sd6oyaz2a7ekw3mh", "2obavtqy7cuhnazdeqjxqbsvbqajxxcm", "amazoncom", "dkim1"])
    bval = b64chunks(96)
    if auth:
        h["auth"] = ("%s;\n\tdkim=pass header.d=amazon.%s header.s=%s header.b=%s;\n"
                     "\tdkim=pass header.d=amazonses.com header.s=uku4taia5b5tsbglxyj6zym32efj7xqv header.b=%s;\n"
                     "\tspf=pass (%s: domain of %s designates %s as permitted sender)\n\t smtp.mailfrom=%s;\n"
                     "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=amazon.%s"
                     % (mx, tld, sel, bval[:8], ralnum(8), mx, bounce, ip, bounce, tld))
    h["dkim"] = ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=amazon.%s; t=%d;\n"
                 "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n"
                 "\tbh=%s=;\n\tb=%s" % (sel, tld, int(date.timestamp()), b64chunks(30)[:43], bval))
    h["msgid"] = "<0102019%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (rhex(9), rhex(8), rhex(4), rhex(4), rhex(12))
    h["extra"] = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                  ("Bounces-to", bounce),
                  ("X-AMAZON-RTE-VERSION", "2.0"),
                  ("X-SES-Outgoing", "%s-%s" % (date.strftime("%Y.%m.%d"), ip)),
                  ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % ralnum(43).replace("0", "a"))]
    return h


def phish_headers(sender_addr, rcpt, date, ip=None, helo=None, auth=None, mailer=None):
    ip = ip or "%d.%d.%d.%d" % (R.choice([45, 91, 103, 141, 176, 185, 193, 194]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    helo = helo or sender_addr.split("@")[1]
    mx = mx_for(rcpt)
    h = {"return_path": "<%s>" % sender_addr,
         "received": ["from %s (unknown [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s"
                      % (helo, ip, mx, ralnum(12).lower(), rcpt, format_datetime(date))],
         "msgid": "<%s.%s@%s>" % (rhex(16), rhex(8), helo),
         "extra": []}
    if auth:
        h["auth"] = mx + ";\n\t" + auth
    if mailer:
        h["extra"].append(("X-Mailer", mailer))
    return h


def freemail_headers(sender_addr, rcpt, date, provider):
    mx = mx_for(rcpt)
    if provider == "gmail":
        ip = "209.85.%d.%d" % (R.randint(128, 221), R.randint(2, 250))
        host = "mail-%s.google.com" % R.choice(["wr1-f%d" % R.randint(40, 80), "ej1-f%d" % R.randint(40, 80)])
        msgid = "<CA+%s@mail.gmail.com>" % ralnum(44)
        boundary = "0000000000%s" % rhex(16)
    elif provider == "outlook":
        ip = "40.92.%d.%d" % (R.randint(1, 120), R.randint(2, 250))
        host = "EUR%02d-%s-obe.outbound.protection.outlook.com" % (R.randint(1, 5), R.choice(["AM6", "DB8", "VI1", "HE1"]))
        msgid = "<%s%s@%s.eurprd0%d.prod.outlook.com>" % (R.choice(["AM", "DB", "VI"]), ralnum(40), "PR" + ralnum(6), R.randint(1, 9))
        boundary = "_000_%s_" % ralnum(40)
    else:
        ip = "77.238.%d.%d" % (R.randint(176, 190), R.randint(2, 250))
        host = "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (R.randint(300, 330), R.randint(10, 40))
        msgid = "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10**8, 10**9), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
        boundary = "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 10**9), R.randint(10**12, 10**13))
    return {"return_path": "<%s>" % sender_addr,
            "received": ["from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                         % (host, host, ip, mx, ralnum(12).lower(), rcpt, format_datetime(date))],
            "msgid": msgid, "boundary": boundary, "extra": []}


def plain_headers(sender_addr, rcpt, date, relay):
    mx = mx_for(rcpt)
    ip = "%d.%d.%d.%d" % (R.choice([5, 31, 80, 88, 149, 151, 193, 212, 217]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    return {"return_path": "<%s>" % sender_addr,
            "received": ["from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
                         % (relay, relay, ip, mx, ralnum(12).lower(), rcpt, format_datetime(date))],
            "msgid": "<%s.%s@%s>" % (rhex(20), R.randint(1000, 99999), relay.split(".", 1)[1] if relay.count(".") > 1 else relay),
            "extra": []}


def addr(pair, cs):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)


def build(s):
    cs = s.get("charset", "utf-8")
    enc = s.get("enc", "qp")
    hcs = mk_charset(s.get("hdr_charset", cs), "qp", s.get("hdr_enc", "q" if cs != "utf-8" else "b"))
    struct = s.get("struct", "alt")
    if struct == "text":
        msg = text_part(s["text"], "plain", cs, enc)
    elif struct == "html":
        msg = text_part(s["html"], "html", cs, enc)
    else:
        b = s.get("boundary") or "----=_Part_%d_%d.%d" % (R.randint(10**6, 10**7), R.randint(10**8, 2 * 10**9), R.randint(10**12, 2 * 10**12))
        msg = MIMEMultipart("alternative", boundary=b)
        for body, sub, e in ((s["text"], "plain", s.get("enc_text", enc)), (s["html"], "html", s.get("enc_html", enc))):
            p = text_part(body, sub, cs, e)
            del p["MIME-Version"]
            msg.attach(p)
    saved = list(msg.items())
    for k in set(msg.keys()):
        del msg[k]
    h = s["hdrs"]
    if h.get("return_path"):
        msg["Return-Path"] = h["return_path"]
    msg["Delivered-To"] = s["to"][1]
    for rcv in h.get("received", []):
        msg["Received"] = rcv
    if h.get("auth"):
        msg["Authentication-Results"] = h["auth"]
    if h.get("dkim"):
        msg["DKIM-Signature"] = h["dkim"]
    msg["Date"] = format_datetime(s["date"])
    msg["From"] = addr(s["from"], hcs)
    if s.get("reply_to"):
        msg["Reply-To"] = s["reply_to"]
    msg["To"] = addr(s["to"], hcs)
    if s.get("cc"):
        msg["Cc"] = s["cc"]
    subj = s["subject"]
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, hcs, header_name="Subject")
    msg["Message-ID"] = h["msgid"]
    for k, v in s.get("pre_extra", []):
        msg[k] = v
    for k, v in saved:
        msg[k] = v
    for k, v in h.get("extra", []) + s.get("extra", []):
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=epolicy.compat32.clone(linesep="\n")).flatten(msg)
    return buf.getvalue()


MAILS = []


def add(**kw):
    MAILS.append(kw)


# ---------------------------------------------------------------- convenience constructors

RCPT = {
    "it": [("Marco Rinaldi", "m.rinaldi.84@libero.it"), ("Giulia Ferraro", "giulia.ferraro@alice.it"),
           ("Francesca Conti", "fra.conti.mi@gmail.com"), ("Luca Bianchi", "lbianchi71@tiscali.it")],
    "pl": [("Tomasz Wi\u015bniewski", "t.wisniewski@onet.pl"), ("Agnieszka Kowalczyk", "agn.kowalczyk@interia.pl"),
           ("Katarzyna Nowak", "k.nowak.1990@wp.pl"), ("Micha\u0142 Lewandowski", "m.lewandowski@o2.pl")],
    "sv": [("Anna Lindqvist", "anna.lindqvist@telia.com"), ("Erik Johansson", "erik.j@bredband2.com"),
           ("Sara Nystr\u00f6m", "sara.nystrom@fastmail.se"), ("Johan Berg", "johan.berg77@outlook.com")],
}


def rcpt(lang, i=None):
    return RCPT[lang][i] if i is not None else R.choice(RCPT[lang])


def order_url(tld, order):
    return "https://www.amazon.%s/gp/your-account/order-details?orderID=%s" % (tld, order)


def genuine(lang, local, subject, heading, greeting, paras, order, items, to, *, struct, charset, enc, auth,
            kind="notice", cause=None, states=False, note="", reason_line=None, buttons=None, items_label=None,
            extra_after=(), name=None, reply_to=True, enc_text=None, enc_html=None, date=None):
    tld = {"it": "it", "pl": "pl", "sv": "se"}[lang]
    date = date or rdate(0)
    if buttons is None:
        buttons = [(L[lang]["manage"], order_url(tld, order))] if order else []
    common = dict(greeting=greeting, paras=paras, order=order, items=items, heading=heading, reason_line=reason_line,
                  buttons=buttons, year=date.year, items_label=items_label, extra_after=extra_after)
    text = amz_text(lang, tld, **common)
    html = amz_html(lang, tld, **common)
    s = dict(kind=kind, lang=lang, cause=cause, states_reason=states, marketplace="amazon." + tld, note=note,
             frm=(name or L[lang]["brand"], "%s@amazon.%s" % (local, tld)), to=to, subject=subject, date=date,
             hdrs=amazon_headers(tld, local, to[1], date, auth), struct=struct, charset=charset, enc=enc,
             text=text, html=html)
    if reply_to:
        s["reply_to"] = "no-reply@amazon.%s" % tld
    if enc_text:
        s["enc_text"] = enc_text
    if enc_html:
        s["enc_html"] = enc_html
    add(**s)


def phish_tpl(lang, evil, greeting, paras, order, items, heading, *, text_buttons=(), html_buttons=(),
              reason_line=None, items_label=None, keep_footer_links=False, logo=True, brand=None):
    """Polished lookalike: copies the Amazon card template and footer, but every
    link (or only the call-to-action, when keep_footer_links) goes to `evil`."""
    tld = {"it": "it", "pl": "pl", "sv": "se"}[lang]
    year = 2024
    text = amz_text(lang, tld, greeting, paras, order, items, heading, reason_line=reason_line,
                    buttons=text_buttons, year=year, items_label=items_label, brand=brand)
    if keep_footer_links:
        link = lambda u: evil if ("signin" in u or "verify" in u or "refund" in u or "wallet" in u or "order-history" in u) else u
    else:
        link = lambda u: evil
    html = amz_html(lang, tld, greeting, paras, order, items, heading, reason_line=reason_line,
                    buttons=html_buttons, year=year, link=link, items_label=items_label, logo=logo, brand=brand)
    return text, html


def lookalike(lang, frm, subject, to, hdrs, date, *, cause, states, note, struct, charset, enc, text=None, html=None,
              reply_to=None, extra=()):
    add(kind="lookalike", lang=lang, cause=cause, states_reason=states, marketplace=None, note=note, frm=frm, to=to,
        subject=subject, date=date, hdrs=hdrs, struct=struct, charset=charset, enc=enc, text=text, html=html,
        reply_to=reply_to, extra=list(extra), boundary=hdrs.get("boundary"))


def other(lang, frm, subject, to, hdrs, date, *, note, struct, charset, enc, text=None, html=None,
          marketplace=None, reply_to=None, extra=(), cc=None):
    add(kind="non_notice", lang=lang, cause=None, states_reason=False, marketplace=marketplace, note=note, frm=frm,
        to=to, subject=subject, date=date, hdrs=hdrs, struct=struct, charset=charset, enc=enc, text=text, html=html,
        reply_to=reply_to, extra=list(extra), boundary=hdrs.get("boundary"), cc=cc)


# ================================================================ ITALIAN (amazon.it)

def italian():
    lang = "it"
    # ---------------- genuine notices
    o = order_no("402")
    genuine(lang, "order-update", "Articolo annullato dal tuo ordine Amazon.it n. %s" % o, "Articolo annullato",
            "Gentile Marco,",
            ["Ci dispiace informarti che l'articolo indicato di seguito non \u00e8 pi\u00f9 disponibile: il fornitore non \u00e8 in grado di consegnarci la merce e non sappiamo se e quando torner\u00e0 disponibile.",
             "Per questo motivo abbiamo annullato l'articolo dal tuo ordine. Non ti \u00e8 stato addebitato alcun importo per questo articolo; l'eventuale preautorizzazione sulla tua carta verr\u00e0 rilasciata automaticamente entro alcuni giorni lavorativi.",
             "Ci scusiamo per l'inconveniente. Puoi cercare un articolo simile su Amazon.it."],
            o, [("De'Longhi Dedica Style EC685.M, Macchina da caff\u00e8 espresso manuale, argento", 1, "EUR 169,90", "Amazon EU S.\u00e0 r.l.")],
            rcpt(lang, 0), struct="alt", charset="utf-8", enc="qp", auth=True,
            cause="inventory_shortage", states=True, note="item unavailable, supplier cannot deliver; HTML card template")
    o = order_no("403")
    genuine(lang, "payments-messages", "Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, "Ordine annullato",
            "Gentile Luca,",
            ["Alcuni giorni fa ti abbiamo chiesto di aggiornare le informazioni di pagamento per il tuo ordine, perch\u00e9 l'emittente della tua carta Visa che termina con 4821 non ha autorizzato l'addebito di 419,00 \u20ac.",
             "Poich\u00e9 non abbiamo ricevuto un metodo di pagamento valido entro il termine indicato, l'ordine \u00e8 stato annullato. Non \u00e8 stato effettuato alcun addebito.",
             "Se desideri ancora acquistare questi articoli, puoi effettuare un nuovo ordine su Amazon.it. Ti consigliamo di verificare prima i tuoi metodi di pagamento in Il mio account."],
            o, [("Bosch Serie 4 PUE611BB5E, Piano cottura a induzione, 60 cm", 1, "329,00 \u20ac"),
                ("Tefal Ingenio Emotion Set di padelle, 10 pezzi", 1, "90,00 \u20ac")],
            rcpt(lang, 3), struct="text", charset="iso-8859-15", enc="8bit", auth=False,
            cause="payment_issue", states=True, note="payment revision not made in time, card not authorised; plain text latin-9")
    o = order_no("405")
    genuine(lang, "order-update", "Articoli annullati dal tuo ordine Amazon.it n. %s" % o, "Articolo annullato",
            "Gentile Francesca,",
            ["Ti scriviamo in merito al tuo recente ordine. A causa di un errore tecnico, il prezzo dell'articolo seguente era indicato in modo errato sulla pagina di dettaglio del prodotto (EUR 24,99 anzich\u00e9 EUR 249,90).",
             "Come previsto dalle Condizioni generali d'uso e vendita, in caso di errore di prezzo non siamo tenuti a evadere l'ordine: abbiamo quindi annullato l'articolo. Non ti \u00e8 stato addebitato alcun importo.",
             "Ci scusiamo per il disagio causato."],
            o, [("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio", 1, "EUR 24,99", "Amazon EU S.\u00e0 r.l.")],
            rcpt(lang, 2), struct="html", charset="utf-8", enc="b64", auth=True,
            cause="technical_issue", states=True, note="pricing error on detail page; HTML only base64")
    o = order_no("171")
    genuine(lang, "cs-reply", "Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, "Ordine annullato",
            "Gentile Giulia,",
            ["Abbiamo rilevato attivit\u00e0 insolite relative al tuo account Amazon.it. Per proteggerti, abbiamo sospeso temporaneamente l'account e annullato l'ordine indicato di seguito, che era in attesa di verifica.",
             "Per riattivare l'account, accedi ad Amazon.it dal tuo browser o dall'app Amazon Shopping e segui le istruzioni visualizzate: potremmo chiederti di confermare alcuni dati per verificare la tua identit\u00e0. Non \u00e8 necessario rispondere a questa e-mail.",
             "Non ti \u00e8 stato addebitato alcun importo per l'ordine annullato."],
            o, [("Apple AirPods Pro (2\u00aa generazione) con custodia MagSafe (USB-C)", 2, "EUR 279,00")],
            rcpt(lang, 1), struct="alt", charset="utf-8", enc="qp", auth=False, reply_to=False,
            cause="fraud_prevention", states=True, note="unusual activity, account on hold, identity check in Your Account")
    o = order_no("404")
    genuine(lang, "auto-confirm", 'Annullamento riuscito di "LEGO Technic Bugatti Bolide..." dal tuo ordine Amazon.it n. %s' % o,
            "Annullamento confermato", "Gentile Marco,",
            ["Come da tua richiesta, abbiamo annullato l'articolo indicato di seguito dal tuo ordine n. %s." % o,
             "L'importo non ti sar\u00e0 addebitato; l'eventuale preautorizzazione sulla carta verr\u00e0 rilasciata.",
             "Gli altri articoli dell'ordine, se presenti, verranno spediti come previsto."],
            o, [("LEGO Technic Bugatti Bolide, Set Modellino Auto da Costruire, 42151", 1, "EUR 44,99")],
            rcpt(lang, 0), struct="alt", charset="utf-8", enc="b64", auth=True,
            reason_line="Motivo dell'annullamento: Annullato dal cliente",
            cause="customer_request", states=True, note="customer cancelled, Cancel Reason line")
    o = order_no("408")
    genuine(lang, "order-update", "Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, "Ordine annullato",
            "Gentile Luca,",
            ["Ti informiamo che non siamo riusciti a spedire il tuo ordine all'indirizzo di consegna indicato: l'indirizzo risulta incompleto e il corriere non \u00e8 in grado di raggiungerlo. Non \u00e8 stato possibile correggerlo in tempo.",
             "Abbiamo quindi annullato l'ordine. Se \u00e8 stato effettuato un addebito, riceverai un rimborso completo sul metodo di pagamento originale entro 3-5 giorni lavorativi.",
             "Ti consigliamo di verificare i tuoi indirizzi in Il mio account prima di effettuare un nuovo ordine."],
            o, [("Weber Spirit E-325 GBS Barbecue a gas, nero", 1, "EUR 699,00")],
            rcpt(lang, 3), struct="text", charset="utf-8", enc="qp", auth=False,
            cause="unknown", states=True, note="shipping address undeliverable; plain text")

    # ---------------- lookalikes
    to = rcpt(lang, 1); d = rdate(1)
    lookalike(lang, ("Amazon Assistenza", "noreply@assistenza-ordini24.com"),
              "Ordine #402-7781203-99512 annullato - azione richiesta", to,
              phish_headers("noreply@assistenza-ordini24.com", to[1], d, mailer="PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)"), d,
              cause="customer_request", states=True, struct="text", charset="utf-8", enc="8bit",
              note="callback phone number, malformed order number, crude",
              text="""Gentile Cliente,

Il tuo ordine #402-7781203-99512 di Apple iPhone 15 Pro Max 256GB - Titanio naturale (1.489,00 \u20ac) e stato annullato su tua richiesta.

Data richiesta: oggi
Metodo di pagamento: carta registrata
Stato rimborso: IN SOSPESO

Se NON hai richiesto tu l'annullamento il tuo account potrebbe essere stato compromesso. Chiama IMMEDIATAMENTE il nostro Servizio Clienti al numero verde +39 02 8088 4417 (attivo 24 ore su 24) per bloccare l'operazione e ricevere il rimborso.

Non rispondere a questa email.

Cordiali saluti
Servizio Clienti Amazon
Amazon.it
""")
    to = rcpt(lang, 0); d = rdate(2); o = order_no("171")
    evil = "https://amazon-it-verifica.com/riattiva?id=%s" % rhex(24)
    t, h = phish_tpl(lang, evil, "Gentile cliente,",
                     ["Abbiamo rilevato un tentativo di accesso insolito al tuo account da un nuovo dispositivo (Windows 10, Bucarest, Romania).",
                      "Per la tua sicurezza il tuo account \u00e8 stato sospeso e il tuo ordine pi\u00f9 recente \u00e8 stato annullato.",
                      "Per riattivare l'account e ripristinare l'ordine, inserisci il seguente codice di verifica nella pagina di riattivazione entro 24 ore:",
                      "Codice di verifica: 748 215",
                      "Se non completi la verifica entro 24 ore, il tuo account verr\u00e0 chiuso definitivamente e gli eventuali importi in sospeso non saranno rimborsati."],
                     o, None, "Account sospeso", text_buttons=[("Riattiva il tuo account", evil)],
                     html_buttons=[("Riattiva il tuo account", "x")])
    lookalike(lang, ("Amazon.it", "sicurezza@amazon-it-verifica.com"),
              "Account sospeso: il tuo ordine n. %s \u00e8 stato annullato" % o, to,
              phish_headers("sicurezza@amazon-it-verifica.com", to[1], d,
                            auth="spf=pass smtp.mailfrom=amazon-it-verifica.com;\n\tdkim=none (message not signed);\n\tdmarc=none header.from=amazon-it-verifica.com"), d,
              cause="fraud_prevention", states=True, struct="alt", charset="utf-8", enc="qp", text=t, html=h,
              note="account suspended + order cancelled, enter verification code; polished copy of template")
    to = rcpt(lang, 3); d = rdate(1)
    lookalike(lang, ("Amazon Pagamenti", "billing@amzn-pagamenti.net"), "Problema con il pagamento - Ordine annullato", to,
              phish_headers("billing@amzn-pagamenti.net", to[1], d), d, reply_to="amazon.rimborsi@gmx.com",
              cause="payment_issue", states=True, struct="text", charset="iso-8859-15", enc="qp",
              note="asks to reply with card details, no order number, Reply-To gmx",
              text="""Gentile cliente Amazon,

il pagamento relativo al tuo ultimo ordine non \u00e8 stato autorizzato dalla tua banca e per questo l'ordine \u00e8 stato annullato.

Per riattivare l'ordine ed evitare la sospensione del tuo account ti chiediamo di rispondere a questa e-mail indicando i seguenti dati:

- Nome e cognome del titolare della carta
- Numero della carta (16 cifre)
- Data di scadenza
- Codice di sicurezza CVV (3 cifre sul retro)
- Data di nascita
- Codice fiscale

I dati saranno verificati dal nostro reparto pagamenti entro 24 ore. Dopo la verifica l'ordine verr\u00e0 spedito regolarmente.

Grazie per la collaborazione,
Reparto Pagamenti
Amazon EU S.\u00e0 r.l.
""")
    to = rcpt(lang, 2); d = rdate(0); o = order_no("403")
    evil = "https://amazon.it.account-update.cc/wallet/signin.php?ord=%s" % o.replace("-", "")
    t, h = phish_tpl(lang, evil, "Gentile Francesca,",
                     ["Non \u00e8 stato possibile addebitare l'importo del tuo ordine sulla carta registrata: la carta risulta scaduta o i dati non sono aggiornati.",
                      "L'ordine \u00e8 stato annullato. Per ripristinarlo, aggiorna le informazioni di pagamento entro 48 ore all'indirizzo indicato di seguito:"],
                     o, [("Nintendo Switch OLED, Bianco + Mario Kart 8 Deluxe", 1, "EUR 349,99")], "Ordine annullato",
                     html_buttons=[("https://www.amazon.it/cpe/yourpayments/wallet", "x")])
    lookalike(lang, ("Amazon.it", "no-reply@amazon.it.account-update.cc"),
              "Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, to,
              phish_headers("no-reply@amazon.it.account-update.cc", to[1], d, helo="mail.account-update.cc"), d,
              cause="payment_issue", states=True, struct="html", charset="utf-8", enc="b64", html=h,
              note="link text shows www.amazon.it, href to amazon.it.account-update.cc; subdomain lookalike")
    to = rcpt(lang, 0); d = rdate(2); o = order_no("406")
    evil = "https://rimborsi-clienti.eu/it/amz/refund?case=%s" % ralnum(10)
    t, h = phish_tpl(lang, evil, "Gentile cliente,",
                     ["Siamo spiacenti: l'articolo che hai ordinato non \u00e8 pi\u00f9 disponibile presso il venditore e il tuo ordine \u00e8 stato annullato.",
                      "Per ricevere il rimborso di 249,90 \u20ac devi confermare i dati della carta su cui effettuare l'accredito entro 48 ore. Dopo tale termine il rimborso verr\u00e0 convertito in un buono regalo."],
                     o, [("Dyson V12 Detect Slim Absolute, Aspirapolvere senza filo", 1, "EUR 249,90")], "Articolo non disponibile",
                     html_buttons=[("Richiedi il rimborso", "x")], keep_footer_links=True)
    lookalike(lang, ("\u0410mazon.it", "ordini@notifiche-spedizioni.eu"),
              "Aggiornamento sul tuo ordine: articolo non disponibile", to,
              phish_headers("ordini@notifiche-spedizioni.eu", to[1], d), d,
              cause="inventory_shortage", states=True, struct="html", charset="utf-8", enc="qp", html=h,
              note="Cyrillic A homoglyph in display name; refund lure asking card data; footer links left real")
    to = rcpt(lang, 3); d = rdate(1)
    fh = freemail_headers("amazon.servizioclienti.it@gmail.com", to[1], d, "gmail")
    lookalike(lang, ("Amazon Servizio Clienti", "amazon.servizioclienti.it@gmail.com"),
              "URGENTE!! il tuo ordine Amazon e stato annullato", to, fh, d,
              cause="technical_issue", states=True, struct="text", charset="utf-8", enc="8bit",
              note="gmail sender, crude, 'system error' lure, no order number",
              text="""Salve,

a causa di un errore di sistema sul nostro sito il suo ordine e stato annullato e il pagamento di 79,99 euro risulta BLOCCATO.

Per sbloccare il rimborso deve accedere al suo account tramite il link qui sotto e confermare i suoi dati entro oggi:

http://amazon-rimborso.web.app/it/login

Se non conferma i dati il rimborso andra perso.

Distinti saluti
Team Amazon Italia
""")
    to = rcpt(lang, 1); d = rdate(0); o = order_no("402")
    evil = "https://amaz0n.it/ap/signin?openid.return_to=%s" % rhex(20)
    t, h = phish_tpl(lang, evil, "Gentile Giulia,",
                     ["Il tuo ordine \u00e8 stato annullato.",
                      "Se non riconosci questa operazione o desideri ripristinare l'ordine, verifica il tuo account entro 24 ore."],
                     o, [('Apple MacBook Air 13" chip M3, 8GB RAM, 256GB SSD - Mezzanotte', 1, "EUR 1.149,00")], "Ordine annullato",
                     text_buttons=[("Verifica il mio account", evil)], html_buttons=[("Verifica il mio account", "x")])
    ph = phish_headers("order-update@amaz0n.it", to[1], d, helo="mail.amaz0n.it",
                       auth="dkim=pass header.d=amaz0n.it header.s=default header.b=Yx3kP0aQ;\n\tspf=pass smtp.mailfrom=amaz0n.it;\n\tdmarc=pass (p=NONE) header.from=amaz0n.it")
    lookalike(lang, ("Amazon.it", "order-update@amaz0n.it"), "Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, to, ph, d,
              cause="unknown", states=False, struct="alt", charset="utf-8", enc="qp", text=t, html=h, reply_to="no-reply@amaz0n.it",
              note="amaz0n.it lookalike domain with its own dkim/dmarc pass; polished; no reason given")
    to = rcpt(lang, 2); d = rdate(2)
    txt = """Gentile cliente,

non siamo riusciti a verificare il metodo di pagamento associato al tuo ordine in attesa.

Se non confermi le informazioni di pagamento entro 24 ore, il tuo ordine verr\u00e0 annullato automaticamente e il tuo account Amazon sar\u00e0 limitato.

Conferma ora: https://amazon-orders.help/it/conferma

Grazie,
Il team di Amazon.it
"""
    lookalike(lang, ("Amazon", "avvisi@amazon-orders.help"), "Ultimo avviso: il tuo ordine sar\u00e0 annullato entro 24 ore", to,
              phish_headers("avvisi@amazon-orders.help", to[1], d), d,
              cause="payment_issue", states=True, struct="alt", charset="utf-8", enc="qp", text=txt,
              html=simple_html(txt, "Amazon.it", "amazon.it", color="#232F3E",
                               links=[("https://amazon-orders.help/it/conferma", "https://amazon-orders.help/it/conferma?u=%s" % rhex(12))]),
              note="order WILL be cancelled unless you act; amazon-orders.help; no order number")

    # ---------------- non-notices
    to = rcpt(lang, 2); d = rdate(2)
    txt = """Ciao Francesca,

ci dispiace: purtroppo non abbiamo potuto spedire il tuo ordine 10102948817734 e lo abbiamo annullato, perch\u00e9 l'articolo non \u00e8 pi\u00f9 disponibile nel nostro magazzino.

Articolo annullato:
Nike Air Max 90 - Sneakers basse - white/black, Taglia 39
Prezzo: 149,95 \u20ac

Hai pagato con Amazon Pay. L'importo di 149,95 \u20ac verr\u00e0 riaccreditato sul metodo di pagamento collegato al tuo account Amazon entro 5-7 giorni lavorativi; nel tuo account Amazon vedrai il rimborso alla voce "Transazioni Amazon Pay".

Ci scusiamo per l'inconveniente. Dai un'occhiata ai nuovi arrivi!

A presto,
il tuo Servizio Clienti Zalando

Zalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlino, Germania
"""
    other(lang, ("Zalando", "info@service-mail.zalando.it"), "Il tuo ordine 10102948817734 \u00e8 stato annullato", to,
          plain_headers("info@service-mail.zalando.it", to[1], d, "mail-out3.service-mail.zalando.it"), d,
          struct="alt", charset="utf-8", enc="qp", text=txt, html=simple_html(txt, "Zalando", "ZALANDO", color="#FF6900"),
          note="Zalando genuine cancellation, paid with Amazon Pay")
    to = rcpt(lang, 1); d = dt(2024, 3, 6, 8, 37, 1)
    other(lang, ("Luca Ferri", "luca.ferri88@gmail.com"), "Re: regalo per Paolo", to,
          freemail_headers("luca.ferri88@gmail.com", to[1], d, "gmail"), d,
          struct="text", charset="utf-8", enc="8bit",
          note="friend says he cancelled his Amazon order",
          text="""Ciao Giulia,

alla fine ho annullato l'ordine su Amazon del drone: la consegna era prevista per il 28 e la festa \u00e8 il 20, non ci stavamo dentro. Mi hanno gi\u00e0 confermato l'annullamento, nessun addebito.

Ripieghiamo sulla cassa Bluetooth che dicevi tu? La trovo da MediaWorld a 89 euro, la ritiro io sabato. Fammi sapere entro stasera cos\u00ec la prenoto.

Ciao,
Luca

Il giorno mar 5 mar 2024 alle ore 21:14 Giulia Ferraro <giulia.ferraro@alice.it> ha scritto:
> Hai visto quando arriva il drone? Temo che non faccia in tempo...
""")
    to = rcpt(lang, 3); d = rdate(1)
    txt = """Newsletter n. 112 - Sicurezza Digitale

TRUFFA DEL MESE: LE FALSE E-MAIL DI ANNULLAMENTO ORDINE

In queste settimane molti lettori ci hanno segnalato messaggi con oggetto "Il tuo ordine Amazon.it n. 402-XXXXXXX-XXXXXXX \u00e8 stato annullato" oppure "Problema con il pagamento - Ordine annullato". Il testo invita a chiamare un numero di assistenza o a "riattivare l'account" inserendo un codice su un sito esterno.

Come riconoscerle:
- il mittente non appartiene al dominio amazon.it (ad esempio amaz0n-it.com o indirizzi Gmail);
- il link mostra un indirizzo Amazon ma porta altrove: passa il mouse sopra prima di cliccare;
- Amazon non chiede mai dati della carta o password via e-mail.

Il consiglio: non cliccare, apri l'app o digita amazon.it nel browser e controlla la sezione I miei ordini. Se l'ordine non risulta annullato, il messaggio \u00e8 falso.

Alla prossima settimana,
la redazione

Ricevi questa newsletter perch\u00e9 ti sei iscritto su sicurezzadigitale-news.it. Per disiscriverti clicca qui.
"""
    other(lang, ("Sicurezza Digitale", "newsletter@sicurezzadigitale-news.it"),
          'Truffa del mese: le false e-mail "Il tuo ordine Amazon \u00e8 stato annullato"', to,
          plain_headers("bounce@sicurezzadigitale-news.it", to[1], d, "mta7.sicurezzadigitale-news.it"), d,
          struct="alt", charset="utf-8", enc="b64", text=txt,
          html=simple_html(txt, "Sicurezza Digitale", "Sicurezza Digitale", color="#0B4F6C",
                           links=[("clicca qui", "https://sicurezzadigitale-news.it/unsubscribe?u=%s" % rhex(10))]),
          extra=[("List-Unsubscribe", "<https://sicurezzadigitale-news.it/unsubscribe?u=%s>" % rhex(10)), ("Precedence", "bulk")],
          note="security newsletter quoting a fake cancellation subject")
    o = order_no("404")
    genuine(lang, "no-reply", "La tua fascia oraria di consegna Amazon Fresh \u00e8 stata annullata", "Fascia di consegna annullata",
            "Gentile Marco,",
            ["A causa di un'interruzione temporanea del servizio nella tua zona, la fascia oraria di consegna di gioved\u00ec 18:00-20:00 che avevi prenotato per il tuo ordine Amazon Fresh \u00e8 stata annullata.",
             "Il tuo ordine non \u00e8 stato annullato: \u00e8 ancora attivo e i prodotti restano riservati per te. Scegli una nuova fascia oraria entro le 23:59 di oggi per ricevere la spesa domani.",
             "Se non scegli una nuova fascia, ti contatteremo per trovare una soluzione."],
            o, None, rcpt(lang, 0), struct="alt", charset="utf-8", enc="qp", auth=True, kind="non_notice",
            buttons=[("Scegli una nuova fascia oraria", "https://www.amazon.it/alm/storefront?almBrandId=QW1hem9uIEZyZXNo")],
            note="Amazon Fresh delivery slot cancelled, order still active")
    genuine(lang, "prime", "Conferma: la tua iscrizione ad Amazon Prime \u00e8 stata annullata", "Iscrizione Prime annullata",
            "Gentile Luca,",
            ["Ti confermiamo che, come da tua richiesta, la tua iscrizione ad Amazon Prime \u00e8 stata annullata. Potrai continuare a usufruire dei vantaggi Prime fino al 14 luglio 2024; dopo tale data non ti verr\u00e0 pi\u00f9 addebitata la quota mensile di 4,99 \u20ac.",
             "Puoi riattivare Prime in qualsiasi momento dalla pagina Gestisci la tua iscrizione Prime."],
            None, None, rcpt(lang, 3), struct="html", charset="utf-8", enc="qp", auth=False, kind="non_notice",
            name="Amazon Prime", date=dt(2024, 6, 14, 9, 12), buttons=[("Gestisci la tua iscrizione Prime", "https://www.amazon.it/gp/primecentral")],
            note="Prime membership cancelled at customer's request")
    o = order_no("407")
    genuine(lang, "payments-messages", "Azione richiesta: aggiorna il metodo di pagamento per l'ordine Amazon.it n. %s" % o,
            "Revisione del pagamento necessaria", "Gentile Giulia,",
            ["Non siamo riusciti ad addebitare l'importo del tuo ordine sulla carta Mastercard che termina con 0937: l'emittente della carta non ha autorizzato la transazione.",
             "Per evitare che l'ordine venga annullato, aggiorna le informazioni di pagamento entro il 23 settembre 2024. Accedi ad Amazon.it, vai a I miei ordini e seleziona Rivedi il pagamento accanto a questo ordine.",
             "Se hai gi\u00e0 aggiornato il metodo di pagamento, non \u00e8 necessaria alcuna azione. Il tuo ordine non verr\u00e0 spedito finch\u00e9 il pagamento non sar\u00e0 confermato."],
            o, [("Rowenta X-Force Flex 9.60 Aspirapolvere senza filo", 1, "EUR 299,99")], rcpt(lang, 1),
            struct="alt", charset="utf-8", enc="qp", enc_html="b64", auth=True, kind="non_notice",
            items_label="Articoli nell'ordine", date=dt(2024, 9, 20, 7, 41), buttons=[("Rivedi il pagamento", "https://www.amazon.it/gp/css/order-history")],
            note="payment reminder before cancellation (order will be cancelled if not updated)")


# ================================================================ POLISH (amazon.pl)

def polish():
    lang = "pl"
    # ---------------- genuine notices
    o = order_no("405")
    genuine(lang, "order-update", "Anulowano produkt z Twojego zam\u00f3wienia Amazon.pl nr %s" % o,
            "Anulowanie zam\u00f3wienia przedpremierowego", "Witaj Tomasz,",
            ["Z przykro\u015bci\u0105 informujemy, \u017ce nie jeste\u015bmy w stanie zrealizowa\u0107 Twojego zam\u00f3wienia przedpremierowego na poni\u017cszy produkt. Dostawca nie dostarczy\u0142 nam wystarczaj\u0105cej liczby egzemplarzy i nie spodziewamy si\u0119 kolejnych dostaw.",
             "W zwi\u0105zku z tym anulowali\u015bmy ten produkt z Twojego zam\u00f3wienia. Nie pobrali\u015bmy za niego \u017cadnej op\u0142aty.",
             "Przepraszamy za niedogodno\u015bci."],
            o, [("Mario Kart World (Nintendo Switch 2) - edycja standardowa, przedsprzeda\u017c", 1, "299,00 z\u0142", "Amazon EU S.a.r.l.")],
            rcpt(lang, 0), struct="alt", charset="iso-8859-2", enc="qp", auth=False,
            cause="inventory_shortage", states=True, note="pre-order cannot be filled, supplier shortfall; latin-2 QP")
    o = order_no("406")
    genuine(lang, "payments-messages", "Twoje zam\u00f3wienie Amazon.pl nr %s zosta\u0142o anulowane" % o, "Zam\u00f3wienie anulowane",
            "Witaj Katarzyna,",
            ["Kilka dni temu poprosili\u015bmy Ci\u0119 o zaktualizowanie informacji o p\u0142atno\u015bci, poniewa\u017c bank wystawca Twojej karty Mastercard ko\u0144cz\u0105cej si\u0119 na 5512 odrzuci\u0142 obci\u0105\u017cenie.",
             "Poniewa\u017c nie otrzymali\u015bmy nowej metody p\u0142atno\u015bci w wyznaczonym terminie, anulowali\u015bmy zam\u00f3wienie. Nie pobrano \u017cadnej op\u0142aty.",
             "Je\u015bli nadal chcesz kupi\u0107 te produkty, z\u0142\u00f3\u017c nowe zam\u00f3wienie. Wcze\u015bniej sprawd\u017a metody p\u0142atno\u015bci w sekcji Twoje konto."],
            o, [("Philips Series 3000 Golarka elektryczna S3242/12", 1, "249,99 z\u0142"),
                ("Oral-B iO Series 6 Szczoteczka elektryczna, r\u00f3\u017cowa", 1, "449,00 z\u0142")],
            rcpt(lang, 2), struct="text", charset="iso-8859-2", enc="8bit", auth=True,
            cause="payment_issue", states=True, note="card declined, payment revision not made in time; latin-2 8bit plain")
    o = order_no("403")
    genuine(lang, "order-update", "Informacja dotycz\u0105ca Twojego zam\u00f3wienia Amazon.pl nr %s" % o, "Produkt anulowany",
            "Witaj Agnieszka,",
            ["Kontaktujemy si\u0119 w sprawie Twojego ostatniego zam\u00f3wienia. Z powodu b\u0142\u0119du systemu produkt wymieniony poni\u017cej zosta\u0142 wystawiony z nieprawid\u0142owym opisem i cen\u0105.",
             "Z tego powodu musieli\u015bmy anulowa\u0107 ten produkt. Je\u015bli Twoja karta zosta\u0142a obci\u0105\u017cona, zwrot \u015brodk\u00f3w pojawi si\u0119 na Twoim koncie w ci\u0105gu kilku dni roboczych.",
             "Przepraszamy za wszelkie niedogodno\u015bci."],
            o, [('Lenovo IdeaPad Slim 5 14" OLED, Ryzen 7, 16 GB RAM, 1 TB SSD', 1, "1 499,00 z\u0142")],
            rcpt(lang, 1), struct="html", charset="utf-8", enc="b64", auth=False,
            cause="technical_issue", states=True, note="listing/system error; HTML only base64")
    o = order_no("402")
    genuine(lang, "cs-reply", "Twoje zam\u00f3wienie Amazon.pl nr %s zosta\u0142o anulowane" % o, "Zam\u00f3wienie anulowane",
            "Witaj Micha\u0142,",
            ["Podczas rutynowej kontroli bezpiecze\u0144stwa oznaczyli\u015bmy Twoje zam\u00f3wienie do weryfikacji, poniewa\u017c wykryli\u015bmy nietypow\u0105 aktywno\u015b\u0107 na Twoim koncie.",
             "Aby chroni\u0107 Ciebie i nasz sklep, anulowali\u015bmy to zam\u00f3wienie i tymczasowo wstrzymali\u015bmy mo\u017cliwo\u015b\u0107 sk\u0142adania nowych zam\u00f3wie\u0144. Nie pobrano \u017cadnych op\u0142at.",
             "Aby przywr\u00f3ci\u0107 pe\u0142ny dost\u0119p do konta, zaloguj si\u0119 na Amazon.pl lub w aplikacji Amazon Shopping i post\u0119puj zgodnie z instrukcjami na ekranie. Mo\u017cemy poprosi\u0107 Ci\u0119 o potwierdzenie to\u017csamo\u015bci. Nie odpowiadaj na t\u0119 wiadomo\u015b\u0107 i nie podawaj danych karty w e-mailu."],
            o, [("Apple iPhone 15 128 GB - czarny", 1, "3 599,00 z\u0142")],
            rcpt(lang, 3), struct="alt", charset="utf-8", enc="qp", auth=True, reply_to=False,
            cause="fraud_prevention", states=True, note="flagged for security review, account on hold")
    o = order_no("408")
    genuine(lang, "auto-confirm", 'Pomy\u015blne anulowanie produktu "Tefal Optigrill+ GC712D..." z Twojego zam\u00f3wienia Amazon.pl',
            "Anulowanie zako\u0144czone powodzeniem", "Witaj Tomasz,",
            ["Zgodnie z Twoj\u0105 pro\u015bb\u0105 anulowali\u015bmy poni\u017cszy produkt z zam\u00f3wienia nr %s." % o,
             "Nie obci\u0105\u017cymy Ci\u0119 za anulowany produkt. Pozosta\u0142e produkty z tego zam\u00f3wienia (je\u015bli s\u0105) zostan\u0105 wys\u0142ane zgodnie z planem."],
            o, [("Tefal Optigrill+ GC712D Grill elektryczny, 2000 W", 1, "429,00 z\u0142")],
            rcpt(lang, 0), struct="text", charset="utf-8", enc="qp", auth=False,
            reason_line="Pow\u00f3d anulowania: Anulowane przez klienta",
            cause="customer_request", states=True, note="customer cancelled one item; plain text")
    o = order_no("404")
    genuine(lang, "order-update", "Twoje zam\u00f3wienie Amazon.pl nr %s zosta\u0142o anulowane" % o, "Zam\u00f3wienie anulowane",
            "Witaj Agnieszka,",
            ["Informujemy, \u017ce Twoje zam\u00f3wienie zosta\u0142o anulowane.",
             "Nie pobrali\u015bmy \u017cadnej op\u0142aty za anulowane produkty. Je\u015bli na Twojej karcie widoczna jest wst\u0119pna autoryzacja, zostanie ona automatycznie zwolniona przez bank.",
             "Je\u015bli masz pytania dotycz\u0105ce tego zam\u00f3wienia, skontaktuj si\u0119 z Obs\u0142ug\u0105 Klienta."],
            o, [("K\u00e4rcher K 4 Power Control My\u0107ka ci\u015bnieniowa", 1, "899,00 z\u0142"),
                ("K\u00e4rcher Szczotka do mycia taras\u00f3w T 5", 1, "169,00 z\u0142")],
            rcpt(lang, 1), struct="alt", charset="iso-8859-2", enc="b64", auth=True,
            cause="unknown", states=False, note="cancellation without any stated reason; latin-2 base64")

    # ---------------- lookalikes
    to = rcpt(lang, 2); d = rdate(2)
    lookalike(lang, ("Amazon.pl Obs\u0142uga Klienta", "powiadomienia@amazon-pl-pomoc.com"),
              "Zam\u00f3wienie #406-3318-2207711 anulowane - zwrot 4 899 z\u0142", to,
              phish_headers("powiadomienia@amazon-pl-pomoc.com", to[1], d), d,
              cause="inventory_shortage", states=True, struct="text", charset="iso-8859-2", enc="8bit",
              note="callback phone number for refund, malformed order number",
              text="""Szanowny Kliencie,

Twoje zam\u00f3wienie #406-3318-2207711 (Apple iPhone 16 Pro 256 GB) zosta\u0142o ANULOWANE, poniewa\u017c produkt jest niedost\u0119pny w magazynie.

Kwota 4 899,00 z\u0142 zostanie zwr\u00f3cona na Twoje konto bankowe. Aby przyspieszy\u0107 zwrot i potwierdzi\u0107 numer rachunku, zadzwo\u0144 do dzia\u0142u zwrot\u00f3w:

+48 22 307 41 88 (pon.-niedz. 8:00-22:00)

Je\u015bli nie zadzwonisz w ci\u0105gu 48 godzin, zwrot zostanie wstrzymany.

Z powa\u017caniem
Dzia\u0142 Obs\u0142ugi Klienta Amazon
""")
    to = rcpt(lang, 0); d = rdate(1); o = order_no("405")
    evil = "https://amazon.pl.bezpieczenstwo-konta.xyz/weryfikacja?sid=%s" % rhex(24)
    t, h = phish_tpl(lang, evil, "Drogi Kliencie,",
                     ["Wykryli\u015bmy nietypow\u0105 aktywno\u015b\u0107 na Twoim koncie: logowanie z nieznanego urz\u0105dzenia (Android, Lagos, Nigeria).",
                      "W celu ochrony Twoich danych Twoje konto zosta\u0142o zawieszone, a ostatnie zam\u00f3wienie anulowane.",
                      "Aby odblokowa\u0107 konto i przywr\u00f3ci\u0107 zam\u00f3wienie, wprowad\u017a poni\u017cszy kod weryfikacyjny na stronie weryfikacji:",
                      "Kod: 553-912",
                      "Brak weryfikacji w ci\u0105gu 12 godzin spowoduje trwa\u0142e zamkni\u0119cie konta."],
                     o, None, "Konto zawieszone", text_buttons=[("Zweryfikuj konto", evil)], html_buttons=[("Zweryfikuj konto", "x")])
    lookalike(lang, ("Amazon.pl", "konto@amazon.pl.bezpieczenstwo-konta.xyz"),
              "Twoje konto zosta\u0142o zawieszone - zam\u00f3wienie nr %s anulowane" % o, to,
              phish_headers("konto@amazon.pl.bezpieczenstwo-konta.xyz", to[1], d, helo="srv1.bezpieczenstwo-konta.xyz",
                            auth="spf=pass smtp.mailfrom=amazon.pl.bezpieczenstwo-konta.xyz;\n\tdkim=none (no signature);\n\tdmarc=none header.from=amazon.pl.bezpieczenstwo-konta.xyz"), d,
              cause="fraud_prevention", states=True, struct="alt", charset="utf-8", enc="qp", text=t, html=h,
              note="account suspended + order cancelled, verification code; amazon.pl.<evil> subdomain")
    to = rcpt(lang, 3); d = rdate(1)
    lookalike(lang, ("Amazon P\u0142atno\u015bci", "amazon.platnosci@outlook.com"), "P\u0142atno\u015b\u0107 odrzucona - zam\u00f3wienie anulowane", to,
              freemail_headers("amazon.platnosci@outlook.com", to[1], d, "outlook"), d,
              cause="payment_issue", states=True, struct="text", charset="iso-8859-2", enc="qp",
              note="outlook.com free-mail, asks reply with card details and PESEL",
              text="""Drogi Kliencie,

Twoja p\u0142atno\u015b\u0107 za ostatnie zam\u00f3wienie zosta\u0142a odrzucona przez bank, dlatego zam\u00f3wienie zosta\u0142o anulowane.

Aby ponownie aktywowa\u0107 zam\u00f3wienie prosimy odpowiedzie\u0107 na t\u0119 wiadomo\u015b\u0107 i poda\u0107:

1. Imi\u0119 i nazwisko posiadacza karty
2. Numer karty
3. Dat\u0119 wa\u017cno\u015bci (MM/RR)
4. Kod CVV2/CVC2
5. Numer PESEL

Po weryfikacji danych zam\u00f3wienie zostanie wys\u0142ane w ci\u0105gu 24 godzin.

Dzi\u0119kujemy,
Zesp\u00f3\u0142 P\u0142atno\u015bci Amazon.pl
""")
    to = rcpt(lang, 1); d = rdate(2); o = order_no("407")
    evil = "https://amazon-pl.shop/logowanie/?ref=order&o=%s" % o.replace("-", "")
    t, h = phish_tpl(lang, evil, "Witaj,",
                     ["Z powodu b\u0142\u0119du systemu podczas przetwarzania p\u0142atno\u015bci Twoje zam\u00f3wienie zosta\u0142o anulowane.",
                      "Aby przywr\u00f3ci\u0107 zam\u00f3wienie w pierwotnej cenie, zaloguj si\u0119 ponownie na swoje konto pod adresem:"],
                     o, [("Dyson Airwrap Complete Long, lok\u00f3wko-suszarka", 1, "2 399,00 z\u0142")], "Zam\u00f3wienie anulowane",
                     html_buttons=[("https://www.amazon.pl/gp/css/order-history", "x")])
    lookalike(lang, ("Amazon.pl", "zamowienia@amazon-pl.shop"), "Twoje zam\u00f3wienie Amazon.pl nr %s zosta\u0142o anulowane" % o, to,
              phish_headers("zamowienia@amazon-pl.shop", to[1], d,
                            auth="spf=pass smtp.mailfrom=amazon-pl.shop;\n\tdkim=pass header.d=amazon-pl.shop header.s=s1;\n\tdmarc=pass (p=NONE) header.from=amazon-pl.shop"), d,
              cause="technical_issue", states=True, struct="html", charset="utf-8", enc="b64", html=h,
              note="link text shows www.amazon.pl, href to amazon-pl.shop; lookalike domain passes its own DMARC")
    to = rcpt(lang, 2); d = rdate(1); o = order_no("403")
    evil = "https://powiadomienia-klienta.net/pl/anuluj-blokade?t=%s" % rhex(16)
    t, h = phish_tpl(lang, evil, "Witaj,",
                     ["Zgodnie z Twoj\u0105 pro\u015bb\u0105 anulowali\u015bmy zam\u00f3wienie wymienione poni\u017cej.",
                      "Je\u015bli to nie Ty z\u0142o\u017cy\u0142e\u015b pro\u015bb\u0119 o anulowanie, kto\u015b m\u00f3g\u0142 uzyska\u0107 dost\u0119p do Twojego konta. Kliknij przycisk poni\u017cej w ci\u0105gu 24 godzin, aby zablokowa\u0107 dost\u0119p i odzyska\u0107 \u015brodki."],
                     o, [("Samsung Galaxy Watch7 44 mm LTE, zielony", 1, "1 399,00 z\u0142")], "Anulowanie potwierdzone",
                     reason_line="Pow\u00f3d anulowania: Anulowane przez klienta",
                     html_buttons=[("Nie anulowa\u0142em tego zam\u00f3wienia", "x")], keep_footer_links=True)
    lookalike(lang, ("\u0410m\u0430z\u043en.pl", "no-reply@powiadomienia-klienta.net"),
              "Potwierdzenie anulowania zam\u00f3wienia nr %s" % o, to,
              phish_headers("no-reply@powiadomienia-klienta.net", to[1], d), d,
              cause="customer_request", states=True, struct="html", charset="utf-8", enc="qp", html=h,
              note="Cyrillic a/o homoglyphs in display name; 'I did not cancel' button; real footer links kept")
    to = rcpt(lang, 3); d = rdate(2)
    txt = """Witaj,

Twoje zam\u00f3wienie #40-55102-881 oczekuje na potwierdzenie p\u0142atno\u015bci.

Nie uda\u0142o nam si\u0119 zweryfikowa\u0107 Twojej metody p\u0142atno\u015bci. Je\u015bli nie potwierdzisz danych p\u0142atno\u015bci w ci\u0105gu 24 godzin, zam\u00f3wienie zostanie automatycznie anulowane, a Twoje konto ograniczone.

Potwierd\u017a p\u0142atno\u015b\u0107: https://amazon-orders.help/pl/platnosc

Dzi\u0119kujemy za zakupy w Amazon.pl
"""
    lookalike(lang, ("Amazon", "powiadomienia@amazon-orders.help"), "Twoje zam\u00f3wienie #40-55102-881 zostanie anulowane", to,
              phish_headers("powiadomienia@amazon-orders.help", to[1], d), d,
              cause="payment_issue", states=True, struct="alt", charset="utf-8", enc="qp", text=txt,
              html=simple_html(txt, "Amazon.pl", "amazon.pl", color="#232F3E"),
              note="order WILL be cancelled unless payment confirmed; malformed order number; amazon-orders.help")
    to = rcpt(lang, 0); d = rdate(1)
    lookalike(lang, ("Amazon", "amazon.pl.zwroty@yahoo.com"), "Zamowienie anulowane - odbierz zwrot pieniedzy", to,
              freemail_headers("amazon.pl.zwroty@yahoo.com", to[1], d, "yahoo"), d,
              cause="unknown", states=False, struct="text", charset="utf-8", enc="8bit",
              note="yahoo free-mail, crude, no diacritics, no reason, bank-login refund lure",
              text="""Dzien dobry

Panstwa zamowienie w sklepie Amazon zostalo anulowane.
Zwrot pieniedzy 1.249,00 PLN czeka na odbior.

Prosze kliknac w link ponizej i zalogowac sie do banku aby odebrac zwrot:
https://zwrot-amazon.pl-odbior.site/bank

Pozdrawiamy
Amazon Polska
""")
    to = rcpt(lang, 1); d = rdate(2); o = order_no("402")
    evil = "https://amazon.com.pl-zamowienie.info/verify/id?o=%s" % o
    t, h = phish_tpl(lang, evil, "Witaj Agnieszka,",
                     ["Twoje zam\u00f3wienie zosta\u0142o oznaczone przez nasz system bezpiecze\u0144stwa do weryfikacji.",
                      "Aby zapobiec anulowaniu zam\u00f3wienia, potwierd\u017a swoj\u0105 to\u017csamo\u015b\u0107, przesy\u0142aj\u0105c zdj\u0119cie dowodu osobistego oraz dane karty u\u017cytej do p\u0142atno\u015bci.",
                      "Je\u015bli nie zweryfikujesz to\u017csamo\u015bci w ci\u0105gu 48 godzin, zam\u00f3wienie zostanie anulowane, a konto zablokowane."],
                     o, [("Garmin Fenix 8 AMOLED 47 mm, szary", 1, "4 299,00 z\u0142")], "Wymagana weryfikacja",
                     items_label="Produkty w zam\u00f3wieniu",
                     text_buttons=[("Zweryfikuj to\u017csamo\u015b\u0107", evil)], html_buttons=[("Zweryfikuj to\u017csamo\u015b\u0107", "x")])
    lookalike(lang, ("Amazon.pl", "order-update@amazon.com.pl-zamowienie.info"),
              "Wymagana weryfikacja to\u017csamo\u015bci - zam\u00f3wienie nr %s zostanie anulowane" % o, to,
              phish_headers("order-update@amazon.com.pl-zamowienie.info", to[1], d, helo="mx.pl-zamowienie.info",
                            auth="spf=pass smtp.mailfrom=pl-zamowienie.info;\n\tdkim=none (no signatures found);\n\tdmarc=none header.from=amazon.com.pl-zamowienie.info"), d,
              cause="fraud_prevention", states=True, struct="alt", charset="utf-8", enc="b64", text=t, html=h,
              note="amazon.com.<evil> domain; order WILL be cancelled unless ID + card data sent")

    # ---------------- non-notices
    to = rcpt(lang, 1); d = rdate(2)
    txt = """Dzie\u0144 dobry Pani Agnieszko,

informujemy, \u017ce Pani zam\u00f3wienie nr 1204478831 zosta\u0142o anulowane, poniewa\u017c wybrany produkt nie jest ju\u017c dost\u0119pny w magazynie centralnym.

Anulowany produkt:
SAMSUNG Pralka WW90T534DAW/S6, 9 kg - 1 szt. - 1 899,00 z\u0142

P\u0142atno\u015b\u0107 BLIK zostanie zwr\u00f3cona w ci\u0105gu 3 dni roboczych.

Znalaz\u0142a Pani ten sam produkt taniej, np. na Amazon lub w innym sklepie internetowym? Skorzystaj z naszej gwarancji najni\u017cszej ceny - szczeg\u00f3\u0142y na mediamarkt.pl/gwarancja-ceny.

Pozdrawiamy,
Zesp\u00f3\u0142 MediaMarkt

Media Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa
"""
    other(lang, ("MediaMarkt", "noreply@mediamarkt.pl"), "Twoje zam\u00f3wienie nr 1204478831 zosta\u0142o anulowane", to,
          plain_headers("noreply@mediamarkt.pl", to[1], d, "mailout2.mediamarkt.pl"), d,
          struct="alt", charset="utf-8", enc="qp", text=txt, html=simple_html(txt, "MediaMarkt", "MediaMarkt", color="#DF0000"),
          note="MediaMarkt genuine cancellation mentioning Amazon (price guarantee)")
    to = rcpt(lang, 1); d = rdate(2)
    other(lang, ("Pawe\u0142 Zieli\u0144ski", "pawel.zielinski@kreatywnia-studio.pl"), "Re: monitory do dzia\u0142u grafiki",
          (to[0], "agnieszka.kowalczyk@kreatywnia-studio.pl"),
          plain_headers("pawel.zielinski@kreatywnia-studio.pl", "agnieszka.kowalczyk@kreatywnia-studio.pl", d, "mail.kreatywnia-studio.pl"), d,
          struct="text", charset="iso-8859-2", enc="qp", extra=[("X-Mailer", "Microsoft Outlook 16.0")],
          note="colleague says he cancelled the Amazon order",
          text="""Cze\u015b\u0107 Agnieszka,

anulowa\u0142em zam\u00f3wienie na Amazonie z tymi dwoma monitorami Dell, bo termin dostawy przesun\u0105\u0142 si\u0119 na koniec czerwca. Amazon ju\u017c potwierdzi\u0142 anulowanie, pieni\u0105dze wr\u00f3c\u0105 na firmow\u0105 kart\u0119.

Zam\u00f3wi\u0119 je jutro w x-kom, maj\u0105 na stanie i dostarcz\u0105 do biura w czwartek. Faktura p\u00f3jdzie na firm\u0119 jak zwykle.

Daj zna\u0107, czy drugi stojak te\u017c bierzemy.

Pozdrawiam,
Pawe\u0142

--
Pawe\u0142 Zieli\u0144ski
Kierownik administracji
Kreatywnia Studio Sp. z o.o.
tel. 512 408 337
""")
    to = rcpt(lang, 3); d = rdate(1)
    txt = """Nowy wpis na blogu

Fa\u0142szywe maile \u201eTwoje zam\u00f3wienie Amazon.pl zosta\u0142o anulowane\u201d - jak je rozpozna\u0107

Od kilku dni dostajemy zg\u0142oszenia o wiadomo\u015bciach, kt\u00f3re udaj\u0105 powiadomienia Amazon. Najcz\u0119stszy temat to \u201eTwoje zam\u00f3wienie Amazon.pl nr 405-XXXXXXX-XXXXXXX zosta\u0142o anulowane\u201d albo \u201eP\u0142atno\u015b\u0107 odrzucona - zam\u00f3wienie anulowane\u201d. Przest\u0119pcy licz\u0105, \u017ce w po\u015bpiechu klikniesz w link i podasz dane do logowania w banku lub numer karty.

Na co zwr\u00f3ci\u0107 uwag\u0119:
- adres nadawcy: prawdziwe wiadomo\u015bci przychodz\u0105 z domeny amazon.pl, a nie z podobnie wygl\u0105daj\u0105cych domen czy skrzynek na Yahoo;
- numer zam\u00f3wienia: Amazon u\u017cywa formatu 3-7-7 cyfr;
- nikt z Amazon nie poprosi Ci\u0119 o PESEL, kod CVV ani zdj\u0119cie dowodu.

Czytaj ca\u0142y wpis na blogu.

Otrzymujesz t\u0119 wiadomo\u015b\u0107, poniewa\u017c subskrybujesz powiadomienia o nowych wpisach. Wypisz si\u0119.
"""
    other(lang, ("Bezpieczny Internet - blog", "blog@bezpiecznyinternet-blog.pl"),
          "Nowy wpis: Fa\u0142szywe maile \u201eTwoje zam\u00f3wienie Amazon zosta\u0142o anulowane\u201d", to,
          plain_headers("bounces@bezpiecznyinternet-blog.pl", to[1], d, "out.mailerlite-relay.bezpiecznyinternet-blog.pl"), d,
          struct="html", charset="utf-8", enc="b64",
          html=simple_html(txt, "Bezpieczny Internet", "Bezpieczny Internet", color="#1D3557",
                           links=[("Czytaj ca\u0142y wpis na blogu.", "https://bezpiecznyinternet-blog.pl/2024/falszywe-maile-amazon"),
                                  ("Wypisz si\u0119.", "https://bezpiecznyinternet-blog.pl/unsub?u=%s" % rhex(10))]),
          extra=[("List-Unsubscribe", "<https://bezpiecznyinternet-blog.pl/unsub?u=%s>" % rhex(10)), ("Precedence", "bulk")],
          note="security blog post notification quoting fake cancellation subjects")
    o = order_no("406")
    genuine(lang, "shipment-tracking", "Termin dostawy Twojej przesy\u0142ki zosta\u0142 odwo\u0142any", "Zmiana terminu dostawy",
            "Witaj Katarzyna,",
            ["Um\u00f3wiony termin dostawy z wniesieniem dla Twojego zam\u00f3wienia (\u015broda, 10:00-14:00) zosta\u0142 odwo\u0142any przez przewo\u017anika z powodu niedost\u0119pno\u015bci ekipy.",
             "Twoje zam\u00f3wienie nie zosta\u0142o anulowane i pozostaje aktywne. Wybierz nowy, dogodny termin dostawy - bez dodatkowych op\u0142at.",
             "Je\u015bli \u017caden z dost\u0119pnych termin\u00f3w Ci nie odpowiada, skontaktuj si\u0119 z Obs\u0142ug\u0105 Klienta."],
            o, [("Bosch Serie 6 Zmywarka do zabudowy SMV6ZCX00E", 1, None)], rcpt(lang, 2),
            struct="alt", charset="iso-8859-2", enc="qp", auth=False, kind="non_notice", items_label="Produkty w przesy\u0142ce",
            buttons=[("Wybierz nowy termin", "https://www.amazon.pl/progress-tracker/package/reschedule")],
            note="delivery appointment cancelled by carrier, order stays active")
    genuine(lang, "digital-no-reply", "Anulowano Twoj\u0105 subskrypcj\u0119 Kindle Unlimited", "Subskrypcja Kindle Unlimited anulowana",
            "Witaj Tomasz,",
            ["Potwierdzamy anulowanie Twojej subskrypcji Kindle Unlimited. Cz\u0142onkostwo pozostanie aktywne do 3 pa\u017adziernika 2024 r. - do tego dnia mo\u017cesz nadal czyta\u0107 wypo\u017cyczone tytu\u0142y.",
             "Po tej dacie nie pobierzemy kolejnej op\u0142aty miesi\u0119cznej w wysoko\u015bci 37,99 z\u0142. Mo\u017cesz wznowi\u0107 subskrypcj\u0119 w dowolnym momencie."],
            None, None, rcpt(lang, 0), struct="alt", charset="utf-8", enc="b64", auth=True, kind="non_notice", date=dt(2024, 9, 5, 16, 3),
            buttons=[("Zarz\u0105dzaj subskrypcj\u0105", "https://www.amazon.pl/kindle-dbs/ku/ku-central")],
            note="Kindle Unlimited subscription cancelled")
    o = order_no("405")
    genuine(lang, "payments-messages", "Zaktualizuj metod\u0119 p\u0142atno\u015bci dla zam\u00f3wienia Amazon.pl nr %s" % o,
            "Wymagana aktualizacja p\u0142atno\u015bci", "Witaj Micha\u0142,",
            ["Nie mogli\u015bmy obci\u0105\u017cy\u0107 Twojej karty Visa ko\u0144cz\u0105cej si\u0119 na 2290 za poni\u017csze zam\u00f3wienie. Mog\u0142o to by\u0107 spowodowane up\u0142ywem terminu wa\u017cno\u015bci karty lub odmow\u0105 autoryzacji przez bank.",
             "Zaktualizuj informacje o p\u0142atno\u015bci do 17 listopada 2024 r., aby unikn\u0105\u0107 anulowania zam\u00f3wienia. W tym celu przejd\u017a do sekcji Twoje zam\u00f3wienia i wybierz opcj\u0119 Zmie\u0144 metod\u0119 p\u0142atno\u015bci przy tym zam\u00f3wieniu.",
             "Zam\u00f3wienie zostanie wys\u0142ane po pomy\u015blnej autoryzacji p\u0142atno\u015bci."],
            o, [("De'Longhi Magnifica S ECAM22.110.B Ekspres do kawy", 1, "1 299,00 z\u0142")], rcpt(lang, 3),
            struct="text", charset="iso-8859-2", enc="8bit", auth=True, kind="non_notice", items_label="Produkty w zam\u00f3wieniu", date=dt(2024, 11, 14, 5, 22),
            buttons=[("Zmie\u0144 metod\u0119 p\u0142atno\u015bci", "https://www.amazon.pl/gp/css/order-history")],
            note="payment reminder before cancellation (avoid cancellation by updating)")


# ================================================================ SWEDISH (amazon.se)

def swedish():
    lang = "sv"
    # ---------------- genuine notices
    o = order_no("404")
    genuine(lang, "order-update", "En artikel har avbrutits i din Amazon.se-best\u00e4llning #%s" % o, "Artikel avbruten",
            "Hej Anna,",
            ["Tyv\u00e4rr kunde s\u00e4ljaren inte leverera artikeln nedan eftersom den inte l\u00e4ngre finns i lager. Vi har d\u00e4rf\u00f6r avbrutit artikeln fr\u00e5n din best\u00e4llning.",
             "Du har inte debiterats f\u00f6r den avbrutna artikeln. Om ett belopp har reserverats p\u00e5 ditt kort frig\u00f6rs det automatiskt inom n\u00e5gra bankdagar.",
             "Vi ber om urs\u00e4kt f\u00f6r besv\u00e4ret."],
            o, [("Fj\u00e4llr\u00e4ven K\u00e5nken Classic ryggs\u00e4ck, 16 l, Frost Green", 1, "1 095,00 kr", "Nordic Outdoor Supply AB")],
            rcpt(lang, 0), struct="alt", charset="utf-8", enc="qp", auth=True,
            cause="inventory_shortage", states=True, note="third-party seller could not fulfil, out of stock")
    o = order_no("171")
    genuine(lang, "payments-messages", "Din Amazon.se-best\u00e4llning %s har avbrutits" % o, "Best\u00e4llningen har avbrutits",
            "Hej Erik,",
            ["Vi kunde inte debitera betalningen f\u00f6r din best\u00e4llning eftersom ditt presentkortssaldo inte r\u00e4ckte och det registrerade betalkortet (Visa som slutar p\u00e5 7734) har g\u00e5tt ut.",
             "Eftersom betalningsinformationen inte uppdaterades inom angiven tid har vi avbrutit best\u00e4llningen. Inget belopp har debiterats.",
             "Om du fortfarande vill k\u00f6pa artiklarna kan du l\u00e4gga en ny best\u00e4llning. Kontrollera f\u00f6rst dina betalningsmetoder under Ditt konto."],
            o, [("Philips Airfryer XXL HD9650/90, 7,3 l", 1, "2 190,00 kr")],
            rcpt(lang, 1), struct="text", charset="iso-8859-1", enc="8bit", auth=False,
            cause="payment_issue", states=True, note="insufficient gift card balance + expired card; latin-1 8bit plain")
    o = order_no("406")
    genuine(lang, "order-update", "Information om din Amazon.se-best\u00e4llning %s" % o, "Artikel avbruten",
            "Hej Sara,",
            ["Vi kontaktar dig ang\u00e5ende din senaste best\u00e4llning. P\u00e5 grund av ett systemfel visades ett felaktigt pris f\u00f6r artikeln nedan (99,00 kr i st\u00e4llet f\u00f6r 999,00 kr).",
             "Enligt v\u00e5ra villkor f\u00f6r anv\u00e4ndning och f\u00f6rs\u00e4ljning har vi d\u00e4rf\u00f6r avbrutit artikeln. Du har inte debiterats f\u00f6r den.",
             "Vi ber om urs\u00e4kt f\u00f6r eventuella ol\u00e4genheter."],
            o, [("Sony WH-1000XM5 tr\u00e5dl\u00f6sa brusreducerande h\u00f6rlurar, svart", 1, "99,00 kr")],
            rcpt(lang, 2), struct="html", charset="utf-8", enc="b64", auth=True,
            cause="technical_issue", states=True, note="system error showed wrong price; HTML only base64")
    o = order_no("403")
    genuine(lang, "cs-reply", "Din Amazon.se-best\u00e4llning %s har avbrutits" % o, "Best\u00e4llningen har avbrutits",
            "Hej Johan,",
            ["Din best\u00e4llning har flaggats f\u00f6r en s\u00e4kerhetsgranskning och vi beh\u00f6ver verifiera din identitet och betalningsinformation innan vi kan ta emot fler best\u00e4llningar fr\u00e5n ditt konto.",
             "D\u00e4rf\u00f6r har vi avbrutit best\u00e4llningen nedan och tillf\u00e4lligt sp\u00e4rrat kontot. Inga belopp har debiterats.",
             "Logga in p\u00e5 Amazon.se eller i Amazon Shopping-appen och f\u00f6lj instruktionerna p\u00e5 sk\u00e4rmen f\u00f6r att slutf\u00f6ra verifieringen. Svara inte p\u00e5 detta e-postmeddelande och skicka aldrig kortuppgifter via e-post."],
            o, [('Apple iPad Air 11" (M2), Wi-Fi, 128 GB, rymdgr\u00e5', 1, "7 490,00 kr")],
            rcpt(lang, 3), struct="alt", charset="iso-8859-1", enc="qp", auth=False, reply_to=False,
            cause="fraud_prevention", states=True, note="flagged for security review, identity + payment verification; latin-1")
    o = order_no("408")
    genuine(lang, "auto-confirm", 'Avbest\u00e4llningen lyckades: "Bosch Professional GSR 12V-15..." fr\u00e5n din Amazon.se-best\u00e4llning',
            "Avbest\u00e4llning bekr\u00e4ftad", "Hej Anna,",
            ["Vi har avbrutit artikeln nedan fr\u00e5n din best\u00e4llning %s enligt din beg\u00e4ran." % o,
             "Du debiteras inte f\u00f6r den avbrutna artikeln. \u00d6vriga artiklar i best\u00e4llningen skickas som planerat."],
            o, [("Bosch Professional GSR 12V-15 sladdl\u00f6s borrskruvdragare, 2 x 2,0 Ah", 1, "1 349,00 kr")],
            rcpt(lang, 0), struct="text", charset="utf-8", enc="b64", auth=True,
            reason_line="Orsak till avbest\u00e4llning: Avbruten av kunden",
            cause="customer_request", states=True, note="customer cancelled; plain text base64")
    o = order_no("402")
    genuine(lang, "order-update", "Information fr\u00e5n Amazon.se", "Best\u00e4llningen har avbrutits",
            "Hej Erik,",
            ["Vi vill informera dig om att din best\u00e4llning %s har avbrutits." % o,
             "Inget belopp har debiterats f\u00f6r de avbrutna artiklarna. Om en reservation syns p\u00e5 ditt konto f\u00f6rsvinner den automatiskt.",
             "Kontakta kundtj\u00e4nst om du har fr\u00e5gor om best\u00e4llningen."],
            o, [("Philips Hue White and Color Ambiance startpaket E27, 3 lampor + brygga", 1, "1 599,00 kr")],
            rcpt(lang, 1), struct="alt", charset="utf-8", enc="qp", auth=False,
            cause="unknown", states=False, note="generic 'Information from' subject, no reason given")

    # ---------------- lookalikes
    to = rcpt(lang, 2); d = rdate(2)
    ph = phish_headers("order-update@amazon.se", to[1], d, helo="mail.vps-118.example-hosting.ru", ip="185.212.47.118",
                       auth="spf=fail (domain of order-update@amazon.se does not designate 185.212.47.118 as permitted sender) smtp.mailfrom=amazon.se;\n\tdkim=none (message not signed);\n\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.se")
    lookalike(lang, ("Amazon.se", "order-update@amazon.se"), "Din best\u00e4llning #405-8831207-6612049 har avbrutits", to, ph, d,
              reply_to="amazon.se.support@gmail.com",
              cause="customer_request", states=True, struct="text", charset="utf-8", enc="qp",
              note="spoofed amazon.se From with spf/dmarc fail, Reply-To gmail, callback phone number",
              text="""Hej,

Din best\u00e4llning #405-8831207-6612049 av Samsung Galaxy S24 Ultra 512 GB (13 990,00 kr) har avbrutits p\u00e5 din beg\u00e4ran.

Om du inte har beg\u00e4rt denna avbest\u00e4llning kan n\u00e5gon ha f\u00e5tt tillg\u00e5ng till ditt konto. Ring v\u00e5r kundtj\u00e4nst omedelbart p\u00e5 08-446 821 90 (\u00f6ppet dygnet runt) s\u00e5 hj\u00e4lper vi dig att stoppa debiteringen.

Med v\u00e4nliga h\u00e4lsningar
Amazon.se Kundtj\u00e4nst
""")
    to = rcpt(lang, 0); d = rdate(2); o = order_no("404")
    evil = "https://kontoskydd-se.com/amazon/unlock?sid=%s" % rhex(24)
    t, h = phish_tpl(lang, evil, "Hej,",
                     ["Vi har uppt\u00e4ckt ovanlig aktivitet p\u00e5 ditt konto: en inloggning fr\u00e5n en ny enhet (iPhone, Kyiv, Ukraina).",
                      "Av s\u00e4kerhetssk\u00e4l har ditt konto sp\u00e4rrats och din senaste best\u00e4llning avbrutits.",
                      "F\u00f6r att l\u00e5sa upp kontot och \u00e5terst\u00e4lla best\u00e4llningen anger du f\u00f6ljande kod p\u00e5 verifieringssidan:",
                      "Verifieringskod: 290 417",
                      "Om du inte verifierar kontot inom 24 timmar st\u00e4ngs det permanent."],
                     o, None, "Kontot sp\u00e4rrat", text_buttons=[("L\u00e5s upp mitt konto", evil)], html_buttons=[("L\u00e5s upp mitt konto", "x")])
    lookalike(lang, ("Amaz\u03bfn.se", "security@kontoskydd-se.com"), "Ditt konto har sp\u00e4rrats och din best\u00e4llning har avbrutits", to,
              phish_headers("security@kontoskydd-se.com", to[1], d), d,
              cause="fraud_prevention", states=True, struct="alt", charset="utf-8", enc="qp", text=t, html=h,
              note="Greek omicron homoglyph in display name; account locked + order cancelled, enter code")
    to = rcpt(lang, 3); d = rdate(1)
    lookalike(lang, ("Amazon Kundtj\u00e4nst", "kundtjanst@amazon-se-support.net"), "Betalning misslyckades - best\u00e4llningen avbruten", to,
              phish_headers("kundtjanst@amazon-se-support.net", to[1], d), d,
              cause="payment_issue", states=True, struct="text", charset="iso-8859-1", enc="qp",
              note="asks to reply with card details and personnummer; no order number; crude",
              text="""Hej kund,

Betalningen f\u00f6r din senaste best\u00e4llning gick inte igenom och best\u00e4llningen har d\u00e4rf\u00f6r avbrutits.

F\u00f6r att aktivera best\u00e4llningen igen ber vi dig svara p\u00e5 detta mejl med f\u00f6ljande uppgifter:

Kortinnehavarens namn:
Kortnummer:
Giltigt till (MM/\u00c5\u00c5):
CVC-kod:
Personnummer:

N\u00e4r uppgifterna \u00e4r verifierade skickas din best\u00e4llning inom 24 timmar.

Tack f\u00f6r att du handlar hos Amazon!
Amazon Betalningar
""")
    to = rcpt(lang, 1); d = rdate(1); o = order_no("407")
    evil = "https://amazon-se.refund-center.com/return/confirm?o=%s" % o.replace("-", "")
    t, h = phish_tpl(lang, evil, "Hej Erik,",
                     ["Artikeln i din best\u00e4llning \u00e4r tyv\u00e4rr slut i lager och best\u00e4llningen har avbrutits.",
                      "F\u00f6r att f\u00e5 tillbaka 2 490,00 kr m\u00e5ste du bekr\u00e4fta din \u00e5terbetalning via l\u00e4nken nedan inom 48 timmar:"],
                     o, [("JBL Charge 5 b\u00e4rbar Bluetooth-h\u00f6gtalare, svart", 1, "2 490,00 kr")], "Best\u00e4llningen har avbrutits",
                     html_buttons=[("https://www.amazon.se/gp/css/returns/homepage", "x")])
    lookalike(lang, ("Amazon.se", "no-reply@amazon-se.refund-center.com"),
              "Din Amazon.se-best\u00e4llning %s har avbrutits - \u00e5terbetalning v\u00e4ntar" % o, to,
              phish_headers("no-reply@amazon-se.refund-center.com", to[1], d), d,
              cause="inventory_shortage", states=True, struct="html", charset="utf-8", enc="b64", html=h,
              note="link text shows www.amazon.se, href to refund-center.com; polished")
    to = rcpt(lang, 2); d = rdate(2)
    lookalike(lang, ("Amazon Sverige", "amazon.se.kundservice@yahoo.com"),
              "Viktigt: din best\u00e4llning har avbrutits p\u00e5 grund av ett tekniskt fel", to,
              freemail_headers("amazon.se.kundservice@yahoo.com", to[1], d, "yahoo"), d,
              cause="technical_issue", states=True, struct="text", charset="utf-8", enc="8bit",
              note="yahoo free-mail, technical-error lure, BankID login link, no order number",
              text="""Hej!

P\u00e5 grund av ett tekniskt fel i v\u00e5rt system har din best\u00e4llning avbrutits och betalningen \u00e4r pausad.

F\u00f6r att f\u00e5 tillbaka pengarna m\u00e5ste du logga in och bekr\u00e4fta dina uppgifter med BankID idag:
https://amazon-se-retur.firebaseapp.com/login

Annars f\u00f6rlorar du \u00e5terbetalningen.

Mvh
Amazon Sverige
""")
    to = rcpt(lang, 0); d = rdate(1); o = order_no("405")
    evil = "https://amaz0n-se.com/ap/signin?ret=%s" % rhex(16)
    t, h = phish_tpl(lang, evil, "Hej Anna,",
                     ["Din best\u00e4llning har avbrutits.",
                      "Om du inte k\u00e4nner igen detta eller vill \u00e5terst\u00e4lla best\u00e4llningen, logga in och granska din best\u00e4llning inom 24 timmar."],
                     o, [("Apple Watch Series 10 GPS 46 mm, aluminium", 1, "5 295,00 kr")], "Best\u00e4llningen har avbrutits",
                     text_buttons=[("Granska best\u00e4llning", evil)], html_buttons=[("Granska best\u00e4llning", "x")])
    lookalike(lang, ("Amazon.se", "order-update@amaz0n-se.com"), "Din Amazon.se-best\u00e4llning %s har avbrutits" % o, to,
              phish_headers("order-update@amaz0n-se.com", to[1], d, helo="mail.amaz0n-se.com",
                            auth="dkim=pass header.d=amaz0n-se.com header.s=mail header.b=Qm8TzW1c;\n\tspf=pass smtp.mailfrom=amaz0n-se.com;\n\tdmarc=pass (p=NONE) header.from=amaz0n-se.com"), d,
              cause="unknown", states=False, struct="alt", charset="utf-8", enc="qp", text=t, html=h,
              note="amaz0n-se.com lookalike with own dkim/dmarc pass; polished; no reason")
    to = rcpt(lang, 3); d = rdate(2)
    txt = """Hej,

Vi kunde inte bekr\u00e4fta betalningen f\u00f6r din senaste best\u00e4llning.

Din best\u00e4llning kommer att avbrytas inom 24 timmar om du inte uppdaterar din betalningsinformation.

Uppdatera betalningsinformation: https://www.amazon.se/cpe/yourpayments

Tack f\u00f6r att du handlar hos Amazon.se.
"""
    lookalike(lang, ("Amazon.se", "noreply@amazon.se.orderstatus-check.com"),
              "\u00c5tg\u00e4rd kr\u00e4vs: din best\u00e4llning kommer att avbrytas", to,
              phish_headers("noreply@amazon.se.orderstatus-check.com", to[1], d), d,
              cause="payment_issue", states=True, struct="alt", charset="utf-8", enc="qp", text=txt,
              html=simple_html(txt, "Amazon.se", "amazon.se", color="#232F3E",
                               links=[("https://www.amazon.se/cpe/yourpayments", "https://amazon.se.orderstatus-check.com/pay/update?id=%s" % rhex(10))]),
              note="order WILL be cancelled unless you act; HTML link text amazon.se, href elsewhere; no order number")
    to = rcpt(lang, 1); d = rdate(1); o = order_no("303")
    evil = "https://amazon.com.se-kundservice.top/bankid/verify?o=%s" % o
    t, h = phish_tpl(lang, evil, "Hej,",
                     ["Din best\u00e4llning har flaggats av v\u00e5rt s\u00e4kerhetssystem och har avbrutits.",
                      "F\u00f6r att h\u00e4va sp\u00e4rren p\u00e5 ditt konto och \u00e5terst\u00e4lla best\u00e4llningen m\u00e5ste du verifiera din identitet med BankID.",
                      "Verifieringen tar mindre \u00e4n en minut."],
                     o, None, "S\u00e4kerhetskontroll", html_buttons=[("Verifiera med BankID", "x")], logo=False)
    lookalike(lang, ("Amazon", "info@amazon.com.se-kundservice.top"), "Din best\u00e4llning %s har flaggats och avbrutits" % o, to,
              phish_headers("info@amazon.com.se-kundservice.top", to[1], d), d,
              cause="fraud_prevention", states=True, struct="html", charset="utf-8", enc="qp", html=h,
              note="amazon.com.<evil>.top domain, BankID identity lure")

    # ---------------- non-notices
    to = rcpt(lang, 1); d = rdate(2)
    txt = """Hej Erik,

Tyv\u00e4rr har s\u00e4ljaren inte kunnat leverera din order 88412093 och den har d\u00e4rf\u00f6r avbrutits.

Avbruten produkt:
Garmin Forerunner 265, svart - 1 st - 3 999 kr

Pengarna \u00e5terbetalas till ditt Klarna-konto inom 3-5 bankdagar.

Hittade du produkten billigare hos Amazon.se eller i n\u00e5gon annan butik? Med v\u00e5r prisgaranti matchar vi priset - l\u00e4s mer p\u00e5 cdon.se/prisgaranti.

V\u00e4nliga h\u00e4lsningar
CDON Kundservice
"""
    other(lang, ("CDON", "kundservice@info.cdon.se"), "Din order 88412093 har avbrutits", to,
          plain_headers("kundservice@info.cdon.se", to[1], d, "mta2.info.cdon.se"), d,
          struct="alt", charset="utf-8", enc="qp", text=txt, html=simple_html(txt, "CDON", "CDON", color="#1B1B1B"),
          note="CDON genuine cancellation, compares with Amazon.se (price guarantee)")
    to = rcpt(lang, 2); d = rdate(2)
    fh = freemail_headers("johan.berg77@hotmail.com", to[1], d, "outlook")
    other(lang, ("Johan Berg", "johan.berg77@hotmail.com"), "T\u00e4ltet", to, fh, d,
          struct="text", charset="iso-8859-1", enc="8bit",
          note="friend says he cancelled his Amazon order",
          text="""Hej Sara!

Jag avbest\u00e4llde min Amazon-best\u00e4llning av t\u00e4ltet i g\u00e5r, leveransen hade flyttats till mitten av juli och d\u00e5 \u00e4r vi ju redan i fj\u00e4llen. Amazon har redan bekr\u00e4ftat avbest\u00e4llningen s\u00e5 pengarna kommer tillbaka.

Jag l\u00e5nar min brors Hilleberg i st\u00e4llet, s\u00e5 vi beh\u00f6ver inte k\u00f6pa n\u00e5got nytt. Kan du fixa kokk\u00e4rlet och gasolen?

H\u00f6rs!
Johan
""")
    to = rcpt(lang, 0); d = dt(2024, 9, 19, 6, 0, 2)
    txt = """Konsumentbladet - nyhetsbrev vecka 38

VECKANS VARNING

M\u00e5nga l\u00e4sare har f\u00e5tt mejl med \u00e4mnesraden "Din Amazon.se-best\u00e4llning #404-XXXXXXX-XXXXXXX har avbrutits" eller "\u00c5tg\u00e4rd kr\u00e4vs: din best\u00e4llning kommer att avbrytas". Mejlen uppmanar dig att ringa ett nummer, svara med kortuppgifter eller logga in med BankID via en l\u00e4nk.

S\u00e5 k\u00e4nner du igen bedr\u00e4geriet:
- avs\u00e4ndaradressen slutar inte p\u00e5 amazon.se;
- l\u00e4nken visar en Amazon-adress men leder n\u00e5gon annanstans;
- Amazon ber aldrig om kortuppgifter, personnummer eller BankID via e-post.

G\u00e5 alltid in p\u00e5 amazon.se sj\u00e4lv och kontrollera under Dina best\u00e4llningar.

\u00d6VRIGT I VECKAN
- S\u00e5 fungerar \u00e5ngerr\u00e4tten vid k\u00f6p p\u00e5 n\u00e4tet
- Test: tio robotdammsugare under 3 000 kr

Du f\u00e5r detta nyhetsbrev eftersom du prenumererar p\u00e5 Konsumentbladet. Avsluta prenumerationen h\u00e4r.
"""
    other(lang, ("Konsumentbladet", "nyhetsbrev@konsumentbladet-nyheter.se"),
          "Veckans varning: falska mejl om avbrutna Amazon-best\u00e4llningar", to,
          plain_headers("bounce@konsumentbladet-nyheter.se", to[1], d, "smtp3.konsumentbladet-nyheter.se"), d,
          struct="alt", charset="utf-8", enc="b64", text=txt,
          html=simple_html(txt, "Konsumentbladet", "Konsumentbladet", color="#2A6F3E",
                           links=[("Avsluta prenumerationen h\u00e4r.", "https://konsumentbladet-nyheter.se/avregistrera?u=%s" % rhex(10))]),
          extra=[("List-Unsubscribe", "<https://konsumentbladet-nyheter.se/avregistrera?u=%s>" % rhex(10)), ("Precedence", "bulk")],
          note="consumer newsletter quoting fake cancellation subjects")
    o = order_no("302")
    genuine(lang, "return", "Din bokade upph\u00e4mtning har st\u00e4llts in", "Upph\u00e4mtning inst\u00e4lld", "Hej Johan,",
            ["Den bokade upph\u00e4mtningen av din retur (tisdag 08:00-16:00) har st\u00e4llts in av transport\u00f6ren.",
             "Din retur och din best\u00e4llning p\u00e5verkas inte. Du kan boka en ny upph\u00e4mtning eller l\u00e4mna paketet hos ett ombud - returetiketten g\u00e4ller fortfarande.",
             "\u00c5terbetalningen behandlas n\u00e4r vi har tagit emot artikeln."],
            o, [("Nike Pegasus 41 l\u00f6parskor herr, storlek 44", 1, None)], rcpt(lang, 3),
            struct="alt", charset="utf-8", enc="qp", auth=True, kind="non_notice", items_label="Artiklar i returen",
            buttons=[("Boka ny upph\u00e4mtning", "https://www.amazon.se/spr/returns/cart")],
            note="return pickup appointment cancelled by carrier; order unaffected")
    genuine(lang, "digital-no-reply", "Din Amazon Music Unlimited-prenumeration har avslutats", "Prenumerationen har avslutats",
            "Hej Sara,",
            ["Vi bekr\u00e4ftar att din prenumeration p\u00e5 Amazon Music Unlimited har avslutats enligt din beg\u00e4ran.",
             "Du har fortsatt tillg\u00e5ng till Amazon Music Unlimited till och med 2 december 2024. D\u00e4refter debiteras du inte l\u00e4ngre 119 kr per m\u00e5nad.",
             "Du kan n\u00e4r som helst starta en ny prenumeration."],
            None, None, rcpt(lang, 2), struct="html", charset="utf-8", enc="qp", auth=False, kind="non_notice",
            name="Amazon Music", date=dt(2024, 11, 8, 13, 47), buttons=[("Hantera din prenumeration", "https://www.amazon.se/music/settings")],
            note="Amazon Music Unlimited subscription cancelled")
    o = order_no("404")
    genuine(lang, "payments-messages", "\u00c5tg\u00e4rd kr\u00e4vs: uppdatera betalningsmetoden f\u00f6r din Amazon.se-best\u00e4llning %s" % o,
            "Betalningen beh\u00f6ver ses \u00f6ver", "Hej Anna,",
            ["Vi kunde inte debitera ditt Mastercard som slutar p\u00e5 4410 f\u00f6r best\u00e4llningen nedan. Kortutgivaren godk\u00e4nde inte transaktionen.",
             "Uppdatera betalningsinformationen senast den 9 oktober 2024 f\u00f6r att undvika att best\u00e4llningen avbryts. G\u00e5 till Dina best\u00e4llningar och v\u00e4lj \u00c4ndra betalningsmetod f\u00f6r den h\u00e4r best\u00e4llningen.",
             "Best\u00e4llningen skickas s\u00e5 snart betalningen har godk\u00e4nts."],
            o, [("iRobot Roomba Combo i5+ robotdammsugare", 1, "4 490,00 kr")], rcpt(lang, 0),
            struct="text", charset="iso-8859-1", enc="qp", auth=False, kind="non_notice", items_label="Artiklar i best\u00e4llningen", date=dt(2024, 10, 6, 4, 58),
            buttons=[("\u00c4ndra betalningsmetod", "https://www.amazon.se/gp/css/order-history")],
            note="payment reminder before cancellation")


# ================================================================ main

def main():
    italian()
    polish()
    swedish()
    order = list(range(len(MAILS)))
    R.shuffle(order)
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    for n, idx in enumerate(order, 1):
        s = MAILS[idx]
        s["from"] = s.pop("frm")
        fn = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(MAILDIR, fn), "wb") as fh:
            fh.write(build(s))
        labels.append({"file": fn, "kind": s["kind"], "language": s["lang"], "cause": s["cause"],
                       "states_reason": s["states_reason"], "marketplace": s["marketplace"], "note": s["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
