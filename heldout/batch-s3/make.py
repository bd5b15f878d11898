#!/usr/bin/env python3
"""Regenerate blind batch s3: Italian, Polish and Swedish Amazon cancellation
notices, near-miss non-notices and phishing look-alikes.

Run:  python3 make.py      (writes mail/*.eml and labels.json next to this file)
"""
import base64
import datetime
import html
import json
import os
import random
import re

from email.charset import Charset, QP, BASE64
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
R = random.Random(30033)

# ---------------------------------------------------------------- helpers

def order_no(prefix=None):
    prefix = prefix or R.choice(["402", "403", "404", "405", "406", "407", "408", "171", "302", "305"])
    return "%s-%07d-%07d" % (prefix, R.randint(0, 9999999), R.randint(0, 9999999))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def when(y, mo, d, h=None, mi=None, tz=0):
    h = R.randint(6, 22) if h is None else h
    mi = R.randint(0, 59) if mi is None else mi
    tzinfo = datetime.timezone(datetime.timedelta(hours=tz))
    return datetime.datetime(y, mo, d, h, mi, R.randint(0, 59), tzinfo=tzinfo)


def ses_msgid():
    return "<%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "0102" + rhex(12), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (rhex(16), R.randint(100000, 999999), domain)


LEGACY_FIX = {"\u00a9": "(c)", "\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201d": '"',
              "\u201c": '"', "\u2019": "'", "\u2026": "...", "\u00e0": "a", "\u20ac": "EUR",
              "\u00a0": " ", "\u2022": "*", "\u203a": ">"}


def fit(text, charset):
    """Make text encodable in a legacy charset the way real senders do (ASCII stand-ins)."""
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            if ch in LEGACY_FIX:
                out.append(LEGACY_FIX[ch])
            else:
                raise ValueError("char %r not in %s" % (ch, charset))
    return "".join(out)


def textpart(body, subtype, charset, cte):
    body = fit(body, charset)
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    return MIMEText(body, subtype, cs)


# links inside texts: [[label|url]]
LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def looks_url(s):
    return s.startswith("http") or s.startswith("www.") or re.match(r"^[a-z0-9.-]+\.[a-z]{2,}(/|$)", s)


def to_text(s):
    def rep(m):
        label, url = m.group(1), m.group(2)
        if looks_url(label):
            return url
        return "%s: %s" % (label, url)
    return LINK.sub(rep, s)


def to_html(s, link_style="color:#0066c0;text-decoration:none"):
    parts, pos = [], 0
    for m in LINK.finditer(s):
        parts.append(html.escape(s[pos:m.start()], quote=False))
        parts.append('<a href="%s" style="%s">%s</a>' % (html.escape(m.group(2)), link_style,
                                                       html.escape(m.group(1), quote=False)))
        pos = m.end()
    parts.append(html.escape(s[pos:], quote=False))
    return "".join(parts).replace("\n", "<br />\n")


def plain_links(s):
    """for hand-written mails: show links as bare urls."""
    return LINK.sub(lambda m: m.group(2), s)


# ---------------------------------------------------------------- marketplace vocab

MKT = {
    "it": dict(dom="amazon.it", brand="Amazon.it", order="Ordine n.", cancelled="Articoli annullati",
               qty="Quantit\u00e0", sold="Venduto da", price="Prezzo", total="Totale dell'ordine",
               orders="I miei ordini", help="Aiuto", hi="Gentile %s,", regards="Cordiali saluti,\nServizio Clienti Amazon.it",
               details="Dettagli ordine", currency=lambda v: ("%.2f" % v).replace(".", ",") + " \u20ac"),
    "pl": dict(dom="amazon.pl", brand="Amazon.pl", order="Zam\u00f3wienie nr", cancelled="Anulowane produkty",
               qty="Ilo\u015b\u0107", sold="Sprzedawca", price="Cena", total="Suma zam\u00f3wienia",
               orders="Twoje zam\u00f3wienia", help="Pomoc", hi="Witaj %s,", regards="Pozdrawiamy,\nObs\u0142uga Klienta Amazon.pl",
               details="Szczeg\u00f3\u0142y zam\u00f3wienia", currency=lambda v: ("%.2f" % v).replace(".", ",") + " z\u0142"),
    "sv": dict(dom="amazon.se", brand="Amazon.se", order="Best\u00e4llning nr", cancelled="Avbrutna artiklar",
               qty="Antal", sold="S\u00e4ljs av", price="Pris", total="Ordersumma",
               orders="Dina best\u00e4llningar", help="Hj\u00e4lp", hi="Hej %s!", regards="V\u00e4nliga h\u00e4lsningar,\nAmazon.se Kundtj\u00e4nst",
               details="Orderinformation", currency=lambda v: ("%.2f" % v).replace(".", ",") + " kr"),
}

FOOTER = {
    "it": [
        "Amazon.it non ti chieder\u00e0 mai di comunicare la tua password, i dati della tua carta di credito o un codice di verifica tramite e-mail, SMS o telefono, e non ti chieder\u00e0 mai di effettuare pagamenti al di fuori del sito.",
        "Se il numero della tua carta \u00e8 cambiato o la carta \u00e8 scaduta, aggiornala direttamente in [[Il mio account|https://www.amazon.it/cpe/yourpayments/wallet?ref_=pe_it_cncl_wallet]].",
        "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? [[Segnalala qui|https://www.amazon.it/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B&ref_=pe_it_cncl_phish]]. Per saperne di pi\u00f9 sulle truffe: [[Riconosci le e-mail di phishing|https://www.amazon.it/gp/help/customer/display.html?nodeId=GN3PGAUZZA8N5BXH]].",
        "[[Aiuto e Servizio Clienti|https://www.amazon.it/gp/help/customer/display.html?ref_=pe_it_cncl_help]]",
        "Questa e-mail \u00e8 stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
        "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. Registro del Commercio e delle Imprese (RCS) Lussemburgo n. B 101818. \u00a9 2024 Amazon.com, Inc. o societ\u00e0 affiliate. Tutti i diritti riservati.",
    ],
    "pl": [
        "Amazon.pl nigdy nie poprosi Ci\u0119 o podanie has\u0142a, danych karty p\u0142atniczej ani kodu weryfikacyjnego w wiadomo\u015bci e-mail, SMS-ie ani przez telefon. Nie prosimy te\u017c o p\u0142atno\u015bci poza naszą stron\u0105.",
        "Je\u015bli numer Twojej karty si\u0119 zmieni\u0142 lub karta straci\u0142a wa\u017cno\u015b\u0107, zaktualizuj j\u0105 bezpo\u015brednio w sekcji [[Twoje konto|https://www.amazon.pl/cpe/yourpayments/wallet?ref_=pe_pl_cncl_wallet]].",
        "Otrzyma\u0142e\u015b podejrzan\u0105 wiadomo\u015b\u0107, kt\u00f3ra wygl\u0105da na wys\u0142an\u0105 przez Amazon? [[Zg\u0142o\u015b j\u0105|https://www.amazon.pl/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B&ref_=pe_pl_cncl_phish]]. Dowiedz si\u0119, jak [[rozpozna\u0107 phishing|https://www.amazon.pl/gp/help/customer/display.html?nodeId=GN3PGAUZZA8N5BXH]].",
        "[[Pomoc i Obs\u0142uga Klienta|https://www.amazon.pl/gp/help/customer/display.html?ref_=pe_pl_cncl_help]]",
        "Ta wiadomo\u015b\u0107 zosta\u0142a wys\u0142ana z adresu, kt\u00f3ry nie obs\u0142uguje poczty przychodz\u0105cej. Prosimy na ni\u0105 nie odpowiada\u0107.",
        "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Rejestr handlowy (RCS) Luksemburg nr B 101818. \u00a9 2024 Amazon.com, Inc. lub podmioty stowarzyszone. Wszelkie prawa zastrze\u017cone.",
    ],
    "sv": [
        "Amazon.se kommer aldrig att be dig uppge ditt l\u00f6senord, dina kortuppgifter eller en verifieringskod via e-post, sms eller telefon, och vi ber dig aldrig att betala utanf\u00f6r v\u00e5r webbplats.",
        "Om ditt kortnummer har \u00e4ndrats eller kortet har g\u00e5tt ut kan du uppdatera det direkt under [[Ditt konto|https://www.amazon.se/cpe/yourpayments/wallet?ref_=pe_se_cncl_wallet]].",
        "Har du f\u00e5tt ett misst\u00e4nkt e-postmeddelande som ser ut att komma fr\u00e5n Amazon? [[Rapportera det h\u00e4r|https://www.amazon.se/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B&ref_=pe_se_cncl_phish]]. L\u00e4s mer om hur du [[k\u00e4nner igen n\u00e4tfiske|https://www.amazon.se/gp/help/customer/display.html?nodeId=GN3PGAUZZA8N5BXH]].",
        "[[Hj\u00e4lp och kundtj\u00e4nst|https://www.amazon.se/gp/help/customer/display.html?ref_=pe_se_cncl_help]]",
        "Det h\u00e4r e-postmeddelandet skickades fr\u00e5n en adress som inte kan ta emot inkommande e-post. Svara inte p\u00e5 det h\u00e4r meddelandet.",
        "Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Handelsregister (RCS) Luxemburg nr B 101818. \u00a9 2024 Amazon.com, Inc. eller dess dotterbolag. Med ensamr\u00e4tt.",
    ],
}

LOGO = "https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif"
TD = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"
TB = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%"


def tracked(dom, url, tag):
    from urllib.parse import quote
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (dom, ralnum(13), ralnum(13), "2024" + rhex(34) + "p0eu", ralnum(13), quote(url, safe=""), ralnum(28), tag))


def amz_html(lang, title, greeting, paras, order=None, items=None, total=None, footer=None,
             dom=None, link_override=None, preheader=""):
    """Amazon-like nested-table HTML (as in the real samples)."""
    v = MKT[lang]
    dom = dom or v["dom"]
    footer = FOOTER[lang] if footer is None else footer
    home = link_override or tracked(dom, "https://www.%s?ref_=pe_cncl" % dom, "pe_cncl")
    rows = []
    rows.append('<table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%; %s"><tbody><tr><td style="%s"><span>%s</span></td></tr></tbody></table>'
                % (TB, TD, html.escape(greeting)))
    for p in paras:
        rows.append('<table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); width: 100%%; %s"><tbody><tr><td style="padding-bottom: 12px; %s"><span>%s</span></td></tr></tbody></table>'
                    % (TB, TD, to_html(p)))
    if order:
        ourl = link_override or tracked(dom, "https://www.%s/gp/your-account/order-details?orderID=%s" % (dom, order), "pe_cncl_od")
        rows.append('<hr style="color: #CFCFCF; border: 1px solid #CFCFCF; margin-top: 15px; margin-bottom: 15px" />')
        rows.append('<table style="width: 100%%; %s"><tbody><tr><td style="font-size: 14px; color: #868686; %s">%s <a class="orderIdLink" href="%s" style="text-decoration: none; color: #868686">%s</a></td></tr></tbody></table>'
                    % (TB, TD, html.escape(v["order"]), html.escape(ourl), order))
    if items:
        rows.append('<table style="width: 100%%; margin-top: 10px; %s"><tbody><tr><td style="font-size: 18px; font-weight: bold; color: #C45500; padding-bottom: 8px; %s">%s</td></tr>' % (TB, TD, html.escape(v["cancelled"])))
        for it in items:
            name, qty, price, seller, asin = it
            iurl = link_override or tracked(dom, "https://www.%s/dp/%s?ref_=pe_cncl_item" % (dom, asin), "pe_cncl_item")
            rows.append('<tr><td style="padding: 6px 0 10px 0; border-top: 1px solid #E7E7E7; %s">'
                        '<table style="%s"><tbody><tr><td valign="top" style="padding-right: 12px; %s"><img src="https://images-eu.ssl-images-amazon.com/images/I/%s._SS80_.jpg" width="80" height="80" alt="" /></td>'
                        '<td valign="top" style="font-size: 14px; line-height: 20px; color: #002E36; %s"><a href="%s" style="color: #0066c0; text-decoration: none">%s</a><br />%s: %d<br />%s: %s<br /><span style="color: #868686">%s: %s</span></td></tr></tbody></table></td></tr>'
                        % (TD, TB, TD, ralnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+"), TD,
                           html.escape(iurl), html.escape(name), html.escape(v["qty"]), qty, html.escape(v["price"]),
                           html.escape(v["currency"](price)), html.escape(v["sold"]), html.escape(seller)))
        if total is not None:
            rows.append('<tr><td style="padding-top: 8px; font-size: 14px; font-weight: bold; %s">%s: %s</td></tr>' % (TD, html.escape(v["total"]), html.escape(v["currency"](total))))
        rows.append('</tbody></table>')
    foot = "".join('<p style="margin: 0 0 10px 0">%s</p>' % to_html(f, "color:#0066c0;text-decoration:none") for f in footer)
    pre = ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>' % html.escape(preheader)) if preheader else ""
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <title>%(title)s</title>
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 600px; background-color: #fafafa; }
.orderIdLink { text-decoration: none; color: #868686; }
  </style>
 </head>
 <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0; -webkit-text-size-adjust: 100%%; -ms-text-size-adjust: 100%%">%(pre)s<img width="1" height="1" src="https://www.%(dom)s/gp/r.html?C=%(c)s&amp;T=O&amp;U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif&amp;ref_=pe_cncl_opens" />
  <table id="OutlookWrapper" style="width: 100%%; %(tb)s"><tbody><tr><td align="center" style="%(td)s">
   <table class="emailBody" style="width: 600px; background-color: rgb(250, 250, 250); %(tb)s"><tbody><tr>
    <td class="emailBodyTD" style="padding: 23px 18px 21px 17px; %(td)s">
     <a href="%(home)s"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; %(tb)s"><tbody><tr><td align="left" style="%(td)s"><img src="%(logo)s" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" /></td><td align="right" style="font-size: 13px; color: #868686; %(td)s">%(titleh)s</td></tr></tbody></table></a>
     <table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219); %(tb)s"><tbody><tr>
      <td class="cardTD" align="left" style="padding: 30px 20px 30px 20px; %(td)s">
%(rows)s
      </td></tr></tbody></table>
     <table id="legalCopy" style="width: 100%%; margin-top: 16px; %(tb)s"><tbody><tr><td class="appleFooter" style="font-size: 12px; line-height: 17px; color: #767676; %(td)s">%(foot)s</td></tr></tbody></table>
    </td></tr></tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % dict(title=html.escape(title), titleh=html.escape(title), pre=pre, dom=dom, c=ralnum(13), tb=TB, td=TD, home=html.escape(home),
           logo=LOGO, rows="\n".join(rows), foot=foot)


def amz_text(lang, title, greeting, paras, order=None, items=None, total=None, footer=None, dom=None):
    v = MKT[lang]
    dom = dom or v["dom"]
    footer = FOOTER[lang] if footer is None else footer
    sep = "_" * 70
    out = [title]
    if order:
        out.append("%s %s" % (v["order"], order))
        out.append("https://www.%s/gp/your-account/order-details?orderID=%s" % (dom, order))
    out += [sep, "", greeting, ""]
    for p in paras:
        out += [to_text(p), ""]
    if items:
        out.append(v["cancelled"] + ":")
        for name, qty, price, seller, asin in items:
            out.append("  %s" % name)
            out.append("  %s: %d   %s: %s" % (v["qty"], qty, v["price"], v["currency"](price)))
            out.append("  %s: %s" % (v["sold"], seller))
            out.append("")
        if total is not None:
            out.append("%s: %s" % (v["total"], v["currency"](total)))
            out.append("")
    out += [sep, ""]
    for f in footer:
        out += [to_text(f), ""]
    return "\n".join(out)


def simple_html(body, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222", head=""):
    paras = [p for p in body.split("\n\n")]
    inner = "\n".join("<p>%s</p>" % to_html(p, "color:#1a0dab") for p in paras)
    return "<html><head><meta charset=\"utf-8\">%s</head><body><div style=\"%s\">\n%s\n</div></body></html>\n" % (head, style, inner)


def auth_pass(dom, sel=None):
    sel = sel or R.choice(["yg4mwqurec7fkhzt76syd4j3uoqm6msn", "54ww7ohwzaj4oe3uhbb2sbnhqj4mhnwx", "ibgxnqbwtgyc3w3phbwx4qecyjvk6yjz"])
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 250))
    tok = "2024" + rhex(20)
    return ("mx.mailhost.example; dkim=pass (2048-bit key; unprotected) header.d=%s header.i=@%s header.s=%s header.b=%s;"
            " spf=pass (mailhost.example: domain of %s@bounces.%s designates %s as permitted sender) smtp.mailfrom=%s@bounces.%s;"
            " dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (dom, dom, sel, ralnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), tok, dom, ip,
               tok, dom, dom))



def asin():
    return "B0" + ralnum(8)


def M(**kw):
    """one mail spec; defaults filled in by build()."""
    return kw


# ================================================================ ITALIAN (amazon.it)

def italian():
    L = "it"
    v = MKT[L]
    out = []
    to = ("Giulia Ferraro", "giulia.ferraro82@libero.it")

    # ---------------- notices
    o = order_no("403")
    items = [("De'Longhi Magnifica S ECAM 22.110.B, Macchina da Caff\u00e8 Automatica con Macinacaff\u00e8", 1, 329.99, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "ti informiamo che abbiamo dovuto annullare il tuo ordine n. %s." % o,
        "Purtroppo l'articolo indicato di seguito non \u00e8 pi\u00f9 disponibile: il nostro fornitore non \u00e8 stato in grado di consegnarci la quantit\u00e0 prevista e al momento non sappiamo se e quando torner\u00e0 disponibile.",
        "Non ti \u00e8 stato addebitato alcun importo per questo articolo. Se sul tuo metodo di pagamento compare una preautorizzazione, verr\u00e0 rimossa automaticamente entro alcuni giorni lavorativi, a seconda della tua banca.",
        "Ci scusiamo per l'inconveniente. Puoi controllare lo stato dei tuoi ordini in [[I miei ordini|https://www.amazon.it/gp/css/order-history?ref_=pe_it_cncl_yo]].",
        v["regards"],
    ]
    t = "Annullamento dell'ordine"
    out.append(M(kind="notice", lang=L, cause="inventory_shortage", states_reason=True, marketplace="amazon.it",
                 note="item no longer available, supplier could not deliver; multipart QP; auth pass",
                 frm=("Amazon.it", "auto-confirm@amazon.it"), to=to, reply_to="no-reply@amazon.it",
                 subject="Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, date=when(2024, 3, 14, tz=0),
                 text=amz_text(L, t, "Gentile Giulia,", paras, o, items, 329.99),
                 html=amz_html(L, t, "Gentile Giulia,", paras, o, items, 329.99, preheader="Il tuo ordine \u00e8 stato annullato"),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    o = order_no("408")
    to2 = ("Marco Bianchi", "m.bianchi@fastwebnet.it")
    items = [("Bosch Serie 4 PSB 1800 LI-2 Trapano avvitatore a percussione a batteria, 2 batterie 18V", 1, 139.90, "Utensileria Rossi S.r.l.", asin())]
    paras = [
        "il 9 aprile ti abbiamo scritto perch\u00e9 non siamo riusciti ad addebitare l'importo del tuo ordine n. %s sulla carta Visa che termina con 4417: la banca emittente ha rifiutato l'autorizzazione." % o,
        "Poich\u00e9 le informazioni di pagamento non sono state aggiornate entro il termine indicato, abbiamo annullato l'ordine. Non \u00e8 stato effettuato alcun addebito.",
        "Se desideri ancora ricevere l'articolo, effettua un nuovo ordine su Amazon.it e scegli un metodo di pagamento valido. Per gestire le tue carte vai su Il mio account > I tuoi pagamenti.",
        "Cordiali saluti,\nAmazon.it",
    ]
    out.append(M(kind="notice", lang=L, cause="payment_issue", states_reason=True, marketplace="amazon.it",
                 note="card declined, payment not revised in time; text-only iso-8859-15 QP; no auth header",
                 frm=("Amazon.it", "payments-messages@amazon.it"), to=to2, reply_to=None,
                 subject="Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, date=when(2024, 4, 13, tz=0),
                 text=amz_text(L, "Amazon.it - Pagamenti", "Ciao Marco,", paras, o, items, 139.90),
                 charset="iso-8859-15", cte="qp", hcs="iso-8859-15", auth=False, amazon=True))

    o = order_no("171")
    to3 = ("Alessandro Conti", "aleconti@gmail.com")
    items = [("Samsung Galaxy Tab S9 FE, Tablet Android 10.9 pollici Wi-Fi, 128 GB, Gray", 2, 8.99, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "ti contattiamo in merito al tuo ordine n. %s." % o,
        "A causa di un errore tecnico, il prezzo visualizzato sulla pagina di dettaglio dell'articolo al momento dell'ordine non era corretto (8,99 \u20ac invece di 489,00 \u20ac). Per questo motivo l'ordine \u00e8 stato annullato e non verr\u00e0 spedito.",
        "Non ti \u00e8 stato addebitato nulla. Il prezzo \u00e8 stato corretto e puoi acquistare l'articolo al prezzo attuale, se lo desideri.",
        "Ci scusiamo per l'inconveniente e ti ringraziamo per la comprensione.",
        v["regards"],
    ]
    t = "Informazioni sul tuo ordine"
    out.append(M(kind="notice", lang=L, cause="technical_issue", states_reason=True, marketplace="amazon.it",
                 note="pricing error on detail page; HTML-only base64; auth pass",
                 frm=("Amazon.it", "order-update@amazon.it"), to=to3, reply_to="no-reply@amazon.it",
                 subject="Articoli annullati dal tuo ordine Amazon.it n. %s" % o, date=when(2024, 11, 29, tz=0),
                 html=amz_html(L, t, "Gentile Alessandro,", paras, o, items, 17.98),
                 charset="utf-8", cte="b64", auth=True, amazon=True))

    o = order_no("405")
    to4 = ("Francesca Russo", "francesca.russo@tiscali.it")
    items = [("Apple iPhone 15 (128 GB) - Nero", 1, 799.00, "Amazon EU S.\u00e0 r.l.", asin()),
             ("Apple AirPods Pro (2\u00aa generazione) con custodia MagSafe (USB-C)", 1, 229.00, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "abbiamo rilevato un'attivit\u00e0 insolita sul tuo account Amazon.it. Per proteggere te e il tuo account, abbiamo sospeso temporaneamente l'account e annullato l'ordine n. %s in attesa di una verifica di sicurezza." % o,
        "Per ripristinare l'accesso, apri il browser, digita www.amazon.it e accedi al tuo account: ti guideremo nella verifica della tua identit\u00e0. Non \u00e8 necessario rispondere a questa e-mail e non devi chiamare nessun numero.",
        "Eventuali preautorizzazioni sul tuo metodo di pagamento verranno annullate. Dopo la verifica potrai effettuare di nuovo l'ordine.",
        "Grazie per la collaborazione.\nIl team Sicurezza account di Amazon.it",
    ]
    t = "Sicurezza dell'account"
    out.append(M(kind="notice", lang=L, cause="fraud_prevention", states_reason=True, marketplace="amazon.it",
                 note="unusual activity, account on hold, order cancelled pending verification; multipart 8bit; no auth",
                 frm=("Amazon.it", "cs-reply@amazon.it"), to=to4, reply_to=None,
                 subject="Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, date=when(2025, 1, 8, tz=0),
                 text=amz_text(L, t, "Gentile Francesca,", paras, o, items, 1028.00),
                 html=amz_html(L, t, "Gentile Francesca,", paras, o, items, 1028.00),
                 charset="utf-8", cte="8bit", auth=False, amazon=True))

    o = order_no("402")
    to5 = ("Luca Moretti", "luca.moretti@outlook.it")
    nm = "LEGO Technic Ferrari Daytona SP3, Modellino di Auto da Costruire 42143"
    items = [(nm, 1, 399.99, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "come da tua richiesta, abbiamo annullato l'articolo seguente dal tuo ordine n. %s." % o,
        "Motivo dell'annullamento: annullato dal cliente",
        "Non ti verr\u00e0 addebitato alcun importo per l'articolo annullato. Gli altri articoli dell'ordine, se presenti, verranno spediti come previsto.",
        "Speriamo di rivederti presto.",
        v["regards"],
    ]
    t = "Annullamento completato"
    out.append(M(kind="notice", lang=L, cause="customer_request", states_reason=True, marketplace="amazon.it",
                 note="item cancelled at customer's request (Cancel Reason line); multipart QP; auth pass",
                 frm=("Amazon.it", "auto-confirm@amazon.it"), to=to5, reply_to="no-reply@amazon.it",
                 subject='Annullamento completato di "%s..." dal tuo ordine Amazon.it' % nm[:38], date=when(2024, 12, 2, tz=0),
                 text=amz_text(L, t, "Ciao Luca,", paras, o, items, None),
                 html=amz_html(L, t, "Ciao Luca,", paras, o, items, None),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    o = order_no("406")
    to6 = ("Sara Colombo", "sara.colombo@virgilio.it")
    items = [("Philips Serie 3000 Airfryer XL, 6,2 L, Friggitrice ad aria, HD9270/90", 1, 119.99, "Amazon EU S.\u00e0 r.l.", asin()),
             ("Carta forno per friggitrice ad aria, 100 pezzi", 1, 9.49, "CasaFacile Store", asin())]
    paras = [
        "ti informiamo che il tuo ordine n. %s \u00e8 stato annullato." % o,
        "Gli articoli elencati di seguito non verranno spediti. Se hai gi\u00e0 pagato, riceverai un rimborso completo sul metodo di pagamento utilizzato per l'ordine entro 3-5 giorni lavorativi.",
        "Per i dettagli visita [[I miei ordini|https://www.amazon.it/gp/css/order-history?ref_=pe_it_info_yo]].",
        "Grazie per aver scelto Amazon.it.",
    ]
    out.append(M(kind="notice", lang=L, cause="unknown", states_reason=False, marketplace="amazon.it",
                 note="generic 'Informazioni da Amazon.it' cancellation, no reason given; text-only windows-1252 base64; no auth",
                 frm=("Amazon.it", "order-update@amazon.it"), to=to6, reply_to="no-reply@amazon.it",
                 subject="Informazioni da Amazon.it", date=when(2025, 2, 19, tz=0),
                 text=amz_text(L, "Informazioni da Amazon.it", "Gentile Sara,", paras, o, items, 129.48),
                 charset="windows-1252", cte="b64", auth=False, amazon=True))

    # ---------------- non-notices
    body = """Gentile Giulia Ferraro,

ci dispiace informarti che il tuo ordine n. LF-2024-0558812 del 03/06/2024 \u00e8 stato annullato.

Il titolo "Il nome della rosa - Edizione illustrata" non \u00e8 pi\u00f9 disponibile presso il nostro distributore e non siamo in grado di evaderlo.

Metodo di pagamento: Amazon Pay
L'importo di 34,20 \u20ac non \u00e8 stato addebitato: l'autorizzazione sul tuo account Amazon Pay verr\u00e0 rilasciata entro 7 giorni. Per qualsiasi domanda sul pagamento puoi consultare anche lo storico delle transazioni su pay.amazon.it.

Ci scusiamo per il disagio. Ti ricordiamo che puoi attivare l'avviso di disponibilit\u00e0 dalla scheda del prodotto.

Il Servizio Clienti laFeltrinelli
[[www.lafeltrinelli.it/servizio-clienti|https://www.lafeltrinelli.it/servizio-clienti]]

Ricevi questa e-mail perch\u00e9 hai effettuato un ordine su lafeltrinelli.it. Feltrinelli non ti chieder\u00e0 mai i dati della carta via e-mail."""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="bookshop (laFeltrinelli) cancels its own order, paid with Amazon Pay",
                 frm=("laFeltrinelli", "noreply@ordini.lafeltrinelli.it"), to=to, subject="Annullamento ordine LF-2024-0558812",
                 date=when(2024, 6, 5, tz=2), text=plain_links(body), html=simple_html(body),
                 charset="iso-8859-15", cte="qp", hcs="iso-8859-15", msgdom="ordini.lafeltrinelli.it"))

    body = """Ciao Luca,

alla fine ho annullato l'ordine su Amazon della friggitrice ad aria: la consegna era slittata a fine mese e a quel punto non aveva senso. Mi hanno gi\u00e0 scritto che non mi addebitano niente.

La prendo sabato al MediaWorld, cos\u00ec la proviamo domenica quando venite a pranzo. Se vuoi ti giro il link di quella che avevo scelto su Amazon, magari a te va bene aspettare.

Un abbraccio,
Chiara

Inviato da iPhone"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="friend writes she cancelled her Amazon order",
                 frm=("Chiara Moretti", "chiara.moretti87@gmail.com"), to=to5, subject="Re: friggitrice per domenica",
                 date=when(2024, 10, 17, tz=2), text=body, charset="utf-8", cte="8bit", msgdom="mail.gmail.com",
                 extra=[("In-Reply-To", "<CAF%s@mail.gmail.com>" % rhex(20)), ("X-Mailer", "iPhone Mail (21G93)")]))

    body = """SicuriOnline - la newsletter settimanale sulla sicurezza digitale

TRUFFA DELLA SETTIMANA: il falso "ordine Amazon annullato"

In questi giorni molti lettori ci hanno segnalato e-mail con l'oggetto "Il tuo ordine Amazon.it n. 403-5527188-40 \u00e8 stato annullato - verifica il tuo account". Il messaggio sostiene che l'ordine \u00e8 stato annullato per un problema di pagamento e invita a cliccare su un pulsante per "aggiornare i dati della carta" entro 24 ore.

Come riconoscerla:
- il mittente non \u00e8 un indirizzo @amazon.it ma un dominio come amazon-ordini-it.com;
- il numero d'ordine ha un formato sbagliato (quelli veri sono del tipo 123-1234567-1234567);
- il link porta a una pagina che imita il login di Amazon.

Cosa fare: non cliccare, controlla i tuoi ordini digitando a mano amazon.it nel browser e segnala il messaggio ad Amazon.

Nelle altre notizie: aggiornamenti urgenti per Chrome e Firefox, e come attivare la verifica in due passaggi sul tuo account di posta.

Ricevi questa newsletter perch\u00e9 ti sei iscritto su sicurionline-news.it. [[Annulla l'iscrizione|https://sicurionline-news.it/unsubscribe?u=88123]]"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="security newsletter quoting a fake Amazon cancellation subject",
                 frm=("SicuriOnline", "newsletter@sicurionline-news.it"), to=to4,
                 subject="SicuriOnline n. 147: la truffa dell'ordine Amazon annullato",
                 date=when(2024, 9, 12, tz=2), text=plain_links(body), html=simple_html(body),
                 charset="utf-8", cte="b64", msgdom="sicurionline-news.it",
                 extra=[("List-Unsubscribe", "<https://sicurionline-news.it/unsubscribe?u=88123>"), ("Precedence", "bulk")]))

    o = order_no("404")
    paras = [
        "l'appuntamento per l'installazione della tua lavatrice previsto per gioved\u00ec 21 novembre, fascia oraria 14:00-18:00, \u00e8 stato annullato dal tecnico incaricato per indisponibilit\u00e0.",
        "Il tuo ordine n. %s non \u00e8 stato modificato: la lavatrice verr\u00e0 consegnata come previsto. Devi soltanto scegliere una nuova data per il servizio di installazione." % o,
        "[[Scegli una nuova fascia oraria|https://www.amazon.it/gp/your-account/order-details?orderID=%s&ref_=pe_it_hs_resched]]" % o,
        "Grazie,\nAmazon.it Servizi per la casa",
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Amazon installation appointment cancelled, order unchanged",
                 frm=("Amazon.it", "no-reply@amazon.it"), to=to6, reply_to=None,
                 subject="Il tuo appuntamento per l'installazione \u00e8 stato annullato",
                 date=when(2024, 11, 19, tz=0),
                 text=amz_text(L, "Servizi per la casa", "Gentile Sara,", paras),
                 html=amz_html(L, "Servizi per la casa", "Gentile Sara,", paras),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    paras = [
        "ti confermiamo che la tua iscrizione ad Audible \u00e8 stata annullata. Potrai continuare ad ascoltare i titoli della tua libreria e utilizzare i crediti residui fino al 15 maggio 2025.",
        "Dopo questa data non ti verr\u00e0 pi\u00f9 addebitata la quota mensile di 9,99 \u20ac.",
        "Cambiato idea? Puoi riattivare l'abbonamento in qualsiasi momento da [[Il mio account Audible|https://www.audible.it/account/overview]].",
        "Il team di Audible",
    ]
    footer = ["Audible non ti chieder\u00e0 mai la password via e-mail.",
              "Audible GmbH, Schumannstra\u00dfe 6, 10117 Berlino, Germania. Audible \u00e8 una societ\u00e0 del gruppo Amazon. Pagamenti elaborati tramite il tuo account Amazon.it."]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Audible subscription cancelled",
                 frm=("Audible.it", "noreply@audible.it"), to=to3, subject="Conferma dell'annullamento della tua iscrizione Audible",
                 date=when(2025, 4, 15, tz=0),
                 text=amz_text(L, "Audible", "Ciao Alessandro,", paras, footer=footer, dom="audible.it"),
                 html=amz_html(L, "Audible", "Ciao Alessandro,", paras, footer=footer, dom="audible.it"),
                 charset="utf-8", cte="b64", msgdom="audible.it"))

    o = order_no("407")
    items = [("Dyson V12 Detect Slim Absolute, Aspirapolvere senza filo", 1, 549.00, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "non siamo riusciti ad autorizzare il pagamento per il tuo ordine n. %s con la carta Mastercard che termina con 9021." % o,
        "Per evitare ritardi, aggiorna il metodo di pagamento entro il 24 ottobre 2024 accedendo a [[I miei ordini|https://www.amazon.it/gp/css/order-history?ref_=pe_it_pay_revise]] e selezionando \"Modifica metodo di pagamento\". Se le informazioni di pagamento non verranno aggiornate entro questa data, il tuo ordine verr\u00e0 annullato.",
        "Il tuo ordine al momento \u00e8 ancora attivo e non \u00e8 stato spedito.",
        "Grazie,\nAmazon.it",
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="genuine Amazon payment revision reminder, order still active (would be cancelled later)",
                 frm=("Amazon.it", "payments-messages@amazon.it"), to=to2, reply_to=None,
                 subject="Azione richiesta: aggiorna il metodo di pagamento per l'ordine n. %s" % o,
                 date=when(2024, 10, 21, tz=0),
                 text=amz_text(L, "Aggiorna il metodo di pagamento", "Ciao Marco,", paras, o, None),
                 html=amz_html(L, "Aggiorna il metodo di pagamento", "Ciao Marco,", paras, o, None),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    # ---------------- look-alikes
    body = """Gentile cliente Amazon,

il tuo ordine di Apple iPhone 15 Pro Max 256GB Titanio Naturale (1.489,00 EUR) e stato annullato su tua richiesta e il rimborso e in elaborazione.

Se NON hai richiesto tu l'annullamento, il tuo account potrebbe essere stato usato da terzi. Chiama SUBITO il nostro Servizio Clienti al numero:

     +39 02 9475 1183   (gratuito, attivo 24 ore su 24)

Un operatore ti aiutera a bloccare il rimborso e proteggere il tuo account.

Grazie,
Amazon Servizio Clienti"""
    out.append(M(kind="lookalike", lang=L, cause="customer_request", states_reason=True, marketplace=None,
                 note="callback-phone scam, gmail sender, no order number",
                 frm=("Amazon Servizio Clienti", "amazon.assistenza.ordini@gmail.com"), to=to,
                 subject="Ordine annullato - Rimborso in corso", date=when(2024, 7, 2, tz=2),
                 text=body, charset="us-ascii", cte="8bit", msgdom="mail.gmail.com",
                 authline="mx.mailhost.example; dkim=pass header.d=gmail.com header.s=20230601; spf=pass smtp.mailfrom=gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"))

    body = """<html><body style="font-family:Arial;background:#f3f3f3"><div style="max-width:560px;margin:20px auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon">
<h2 style="color:#c40000">Il tuo account &egrave; stato sospeso</h2>
<p>Gentile cliente,</p>
<p>a causa di attivit&agrave; sospette rilevate sul tuo account, il tuo account Amazon &egrave; stato <b>sospeso</b> e il tuo ordine n. <b>403-5527-18840</b> &egrave; stato <b>annullato</b>.</p>
<p>Per riattivare l'account e ripristinare l'ordine usa il seguente codice di sblocco:</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center;background:#fef8e7;padding:12px"><b>AMZ-77312</b></p>
<p>Inserisci il codice qui: <a href="https://amazon-orders.help/it/sblocco?c=AMZ-77312">https://amazon-orders.help/it/sblocco</a></p>
<p>Se non riattivi l'account entro 48 ore verr&agrave; chiuso definitivamente.</p>
<p>Team Sicurezza Amazon</p></div></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="fraud_prevention", states_reason=True, marketplace=None,
                 note="account suspended + order cancelled + unlock code; Cyrillic A in display name; amazon-orders.help; malformed order no",
                 frm=("\u0410mazon.it", "sicurezza@amazon-orders.help"), to=to3,
                 subject="Account sospeso: il tuo ordine \u00e8 stato annullato", date=when(2024, 8, 22, tz=2),
                 html=body, charset="utf-8", cte="qp", msgdom="amazon-orders.help",
                 authline="mx.mailhost.example; dkim=none; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=none header.from=amazon-orders.help"))

    body = """Salve caro cliente,

Il suo ordine amazon #40-2219-88812 e stato annullato perche il pagamento non e andato a buon fine, la sua carta risulta scaduta o bloccata.

Per evitare la chiusura del account e ricevere il suo ordine, RISPONDA a questa email con i seguenti dati:

Nome e cognome:
Numero carta:
Data scadenza:
CVV (3 cifre dietro la carta):
Data di nascita:

Appena riceviamo i dati, il suo ordine verra ri-spedito entro 24 ore.

Cordialmente
Ufficio Pagamenti Amazon Italia"""
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="crude: reply with card details; outlook.it sender; malformed order no",
                 frm=("Amazon Pagamenti", "amazon.pagamenti.it@outlook.it"), to=to2, reply_to="ufficio.pagamenti.amz@outlook.com",
                 subject="AVVISO: ordine annullato - pagamento non riuscito", date=when(2024, 5, 6, tz=2),
                 text=body, charset="iso-8859-1", cte="qp", hcs="iso-8859-1", msgdom="outlook.it",
                 authline="mx.mailhost.example; dkim=pass header.d=outlook.it; spf=pass smtp.mailfrom=outlook.it; dmarc=pass header.from=outlook.it"))

    o = order_no("405")
    evil = "https://amazon-it.ordine-verifica.com/ap/signin?openid=%s" % rhex(24)
    items = [("Sony PlayStation 5 Slim Digital Edition 1TB", 1, 449.99, "Amazon EU S.\u00e0 r.l.", asin())]
    paras = [
        "non siamo riusciti ad autorizzare il pagamento per il tuo ordine n. %s, che \u00e8 stato quindi annullato." % o,
        "Per riattivare l'ordine e mantenere il prezzo attuale, aggiorna il tuo metodo di pagamento entro 24 ore su [[https://www.amazon.it/gp/css/order-history|%s]]." % evil,
        "Se non aggiorni le informazioni, l'ordine non potr\u00e0 essere ripristinato e il tuo account potrebbe essere limitato.",
        v["regards"],
    ]
    t = "Pagamento non riuscito"
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="polished copy of the Amazon template; link text shows amazon.it, href goes to ordine-verifica.com; sender subdomain trick",
                 frm=("Amazon.it", "order-update@amazon.it.annullamenti-ordini.com"), to=to4,
                 subject="Il tuo ordine Amazon.it n. %s \u00e8 stato annullato" % o, date=when(2024, 12, 10, tz=1),
                 text=amz_text(L, t, "Gentile cliente,", paras, o, items, 449.99).replace("https://www.amazon.it/gp/your-account", "https://amazon-it.ordine-verifica.com/gp/your-account"),
                 html=amz_html(L, t, "Gentile cliente,", paras, o, items, 449.99, link_override=evil),
                 charset="utf-8", cte="qp", msgdom="annullamenti-ordini.com",
                 authline="mx.mailhost.example; dkim=pass header.d=annullamenti-ordini.com; spf=pass smtp.mailfrom=annullamenti-ordini.com; dmarc=pass header.from=annullamenti-ordini.com"))

    body = """Gentile cliente,

il tuo ordine VERR\u00c0 ANNULLATO entro 24 ore.

Il nostro sistema di sicurezza ha segnalato il tuo recente ordine (Samsung Galaxy S24 Ultra, 1.199,00 \u20ac) come potenzialmente fraudolento. Per evitare l'annullamento e la sospensione dell'account devi confermare la tua identit\u00e0.

[[CONFERMA IDENTIT\u00c0 ORA|http://amaz0n-it.com/verifica/identita.php?ref=%s]]

Se non completi la verifica, l'ordine sar\u00e0 annullato automaticamente e non potrai pi\u00f9 accedere al tuo account.

Cordiali saluti,
Amazon.it Sicurezza""" % rhex(10)
    out.append(M(kind="lookalike", lang=L, cause="fraud_prevention", states_reason=True, marketplace=None,
                 note="'will be cancelled' unless identity confirmed; Greek omicron in display name; amaz0n-it.com",
                 frm=("Amaz\u03bfn.it", "no-reply@amaz0n-it.com"), to=to5,
                 subject="Ultimo avviso: il tuo ordine verr\u00e0 annullato", date=when(2025, 1, 27, tz=1),
                 text=plain_links(body), html=simple_html(body, "font-family:Verdana;font-size:14px"),
                 charset="utf-8", cte="b64", msgdom="amaz0n-it.com"))

    body = """Gentile Cliente,

a causa di un errore tecnico del nostro sistema il tuo ordine \u00e8 stato annullato e l'importo di 249,90 \u20ac \u00e8 stato bloccato.

Per ricevere il rimborso \u00e8 necessario compilare il modulo di rimborso con i dati della carta su cui accreditare la somma:

[[Modulo rimborso Amazon|https://rimborso-amazon-it.web.app/form?id=%s]]

Il rimborso verr\u00e0 effettuato entro 2 giorni lavorativi.

Ci scusiamo per il disagio,
Amazon Rimborsi""" % rhex(8)
    out.append(M(kind="lookalike", lang=L, cause="technical_issue", states_reason=True, marketplace=None,
                 note="system-error refund scam; yahoo sender; no order number",
                 frm=("Amazon Rimborsi", "rimborsi_amazon@yahoo.com"), to=to6,
                 subject="Rimborso ordine annullato per errore tecnico", date=when(2024, 4, 29, tz=2),
                 text=plain_links(body), charset="iso-8859-15", cte="8bit", hcs="iso-8859-15", msgdom="yahoo.com"))

    o = order_no("403")
    evil = "https://amazon-rimborsi.shop/it/rimborso?ord=%s" % o
    body = """<html><head><meta charset="utf-8"></head><body style="margin:0;font-family:Arial,sans-serif;background:#eaeded">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff" cellpadding="20"><tr><td>
<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" width="130" alt="Amazon">
<h3 style="color:#002e36">Articolo non disponibile - ordine annullato</h3>
<p>Ciao,</p>
<p>purtroppo l'articolo del tuo ordine n. <b>%s</b> non &egrave; pi&ugrave; disponibile presso il venditore e l'ordine &egrave; stato annullato.</p>
<p>Per ricevere il rimborso di <b>87,40 &euro;</b> devi confermare la carta di pagamento entro 3 giorni:</p>
<p><a href="%s" style="background:#ffd814;padding:10px 22px;border-radius:8px;color:#0f1111;text-decoration:none">www.amazon.it/rimborsi</a></p>
<p style="font-size:12px;color:#666">Amazon.it non ti chieder&agrave; mai la password via e-mail. &copy; 2024 Amazon.com, Inc.</p>
</td></tr></table></td></tr></table></body></html>""" % (o, evil)
    out.append(M(kind="lookalike", lang=L, cause="inventory_shortage", states_reason=True, marketplace=None,
                 note="out-of-stock refund scam, HTML-only; button text shows amazon.it, href amazon-rimborsi.shop; well-formed order no",
                 frm=("Amazon.it", "rimborsi@amazon-rimborsi.shop"), to=to,
                 subject="Il tuo ordine n. %s \u00e8 stato annullato" % o, date=when(2024, 11, 4, tz=1),
                 html=body, charset="utf-8", cte="qp", msgdom="amazon-rimborsi.shop"))

    body = """Gentile cliente,

il tuo ordine \u00e8 stato annullato.

Trovi i dettagli dell'annullamento e le istruzioni per il rimborso nel documento allegato (Annullamento_Ordine.html). Apri l'allegato e accedi con le tue credenziali Amazon per visualizzarlo.

Amazon.it"""
    att = """<html><head><title>Amazon - Accedi</title></head><body style="font-family:Arial">
<form action="https://amazon.com.annullamento-ordine.net/it/login.php" method="post">
<h2>Accedi per visualizzare l'annullamento</h2>
E-mail o numero di cellulare<br><input name="email"><br>Password<br><input name="pass" type="password"><br>
<button type="submit">Continua</button></form></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="unknown", states_reason=False, marketplace=None,
                 note="no reason, credential-phish HTML attachment; amazon.com.annullamento-ordine.net",
                 frm=("Amazon.it", "conferma@amazon.com.annullamento-ordine.net"), to=to2,
                 subject="Annullamento ordine", date=when(2025, 3, 3, tz=1),
                 text=body, charset="utf-8", cte="qp", msgdom="amazon.com.annullamento-ordine.net",
                 attach=("Annullamento_Ordine.html", att)))
    return out


# ================================================================ POLISH (amazon.pl)

def polish():
    L = "pl"
    v = MKT[L]
    out = []
    to1 = ("Katarzyna Nowak", "katarzyna.nowak@wp.pl")
    to2 = ("Piotr Wiśniewski", "piotr.wisniewski@onet.pl")
    to3 = ("Tomasz Kowalczyk", "t.kowalczyk@gmail.com")
    to4 = ("Agnieszka Lewandowska", "a.lewandowska@interia.pl")
    to5 = ("Michał Zieliński", "michal.zielinski@o2.pl")
    to6 = ("Magdalena Wójcik", "magda.wojcik@gmail.com")

    # ---------------- notices
    o = order_no("405")
    items = [("Ghost of Yōtei – Edycja Standardowa (PS5)", 1, 329.00, "Amazon EU S.à r.l.", asin())]
    items[0] = ("Ghost of Yotei - Edycja Standardowa (PS5)", 1, 329.00, "Amazon EU S.a r.l.", items[0][4])
    paras = [
        "z przykrością informujemy, że musieliśmy anulować Twoje zamówienie przedpremierowe nr %s." % o,
        "Nie otrzymaliśmy od dostawcy wystarczającej liczby egzemplarzy, aby zrealizować wszystkie zamówienia w przedsprzedaży, dlatego nie możemy dostarczyć poniższego produktu.",
        "Za ten produkt nie pobrano żadnej opłaty. Jeśli na Twojej karcie widoczna jest blokada środków, zostanie ona zwolniona w ciągu kilku dni roboczych.",
        "Przepraszamy za niedogodności. Stan swoich zamówień możesz sprawdzić w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history",
        v["regards"],
    ]
    out.append(M(kind="notice", lang=L, cause="inventory_shortage", states_reason=True, marketplace="amazon.pl",
                 note="pre-order cannot be filled, supplier shortage; text-only iso-8859-2 QP; auth pass",
                 frm=("Amazon.pl", "auto-confirm@amazon.pl"), to=to1, reply_to="no-reply@amazon.pl",
                 subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, date=when(2024, 9, 30, tz=0),
                 text=amz_text(L, "Anulowanie zamówienia", "Witaj Katarzyno,", paras, o, items, 329.00),
                 charset="iso-8859-2", cte="qp", hcs="iso-8859-2", auth=True, amazon=True))

    o = order_no("407")
    items = [("Xiaomi Robot Vacuum S20+, robot sprzątający z funkcją mopowania, biały", 1, 1199.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "nie udało się zrealizować płatności za Twoje zamówienie nr %s kartą Mastercard kończącą się na 2291. Bank odrzucił transakcję z powodu niewystarczających środków." % o,
        "Ponieważ metoda płatności nie została zaktualizowana w wyznaczonym terminie, anulowaliśmy zamówienie. Nie pobraliśmy żadnej opłaty.",
        "Jeśli nadal chcesz otrzymać ten produkt, złóż nowe zamówienie i wybierz inną metodę płatności. Swoje karty możesz sprawdzić w sekcji [[Twoje płatności|https://www.amazon.pl/cpe/yourpayments/wallet?ref_=pe_pl_pay_cncl]].",
        v["regards"],
    ]
    t = "Problem z płatnością"
    out.append(M(kind="notice", lang=L, cause="payment_issue", states_reason=True, marketplace="amazon.pl",
                 note="card declined (insufficient funds), revision not made in time; multipart base64; no auth",
                 frm=("Amazon.pl", "payments-messages@amazon.pl"), to=to2, reply_to=None,
                 subject="Anulowaliśmy Twoje zamówienie Amazon.pl nr %s" % o, date=when(2024, 6, 18, tz=0),
                 text=amz_text(L, t, "Witaj Piotrze,", paras, o, items, 1199.00),
                 html=amz_html(L, t, "Witaj Piotrze,", paras, o, items, 1199.00),
                 charset="utf-8", cte="b64", auth=False, amazon=True))

    o = order_no("302")
    items = [("Filtry do oczyszczacza powietrza Philips FY2422/30, zestaw 10 sztuk", 1, 89.99, "Amazon EU S.à r.l.", asin())]
    paras = [
        "piszemy w sprawie Twojego zamówienia nr %s." % o,
        "Z powodu błędu w ofercie produkt został opisany nieprawidłowo: strona produktu podawała zestaw 10 filtrów, podczas gdy w rzeczywistości sprzedawany jest pojedynczy filtr. Z tego powodu anulowaliśmy zamówienie.",
        "Nie pobraliśmy żadnej opłaty. Opis oferty został już poprawiony, więc jeśli chcesz, możesz zamówić produkt ponownie.",
        "Przepraszamy za niedogodności.",
        v["regards"],
    ]
    t = "Informacja o zamówieniu"
    out.append(M(kind="notice", lang=L, cause="technical_issue", states_reason=True, marketplace="amazon.pl",
                 note="listing error (wrong pack size); HTML-only QP; auth pass",
                 frm=("Amazon.pl", "order-update@amazon.pl"), to=to3, reply_to="no-reply@amazon.pl",
                 subject="Produkt został anulowany z Twojego zamówienia Amazon.pl nr %s" % o, date=when(2025, 2, 4, tz=0),
                 html=amz_html(L, t, "Witaj Tomaszu,", paras, o, items, 89.99),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    o = order_no("406")
    items = [("Apple MacBook Air 13\" z czipem M3, 16 GB RAM, 512 GB SSD – Północ", 1, 6499.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "Twoje zamówienie nr %s zostało wstrzymane do weryfikacji bezpieczeństwa, a następnie anulowane, ponieważ nie udało nam się potwierdzić informacji o płatności powiązanych z Twoim kontem." % o,
        "W celu ochrony Twojego konta tymczasowo je zablokowaliśmy. Aby przywrócić dostęp, otwórz przeglądarkę, wpisz ręcznie adres www.amazon.pl, zaloguj się i postępuj zgodnie z instrukcjami weryfikacji.",
        "Za anulowane zamówienie nie pobrano żadnej opłaty. Nie odpowiadaj na tę wiadomość i nie podawaj nikomu danych karty.",
        "Zespół ds. bezpieczeństwa kont Amazon.pl",
    ]
    t = "Weryfikacja konta"
    out.append(M(kind="notice", lang=L, cause="fraud_prevention", states_reason=True, marketplace="amazon.pl",
                 note="security review, payment info could not be verified, account locked; multipart iso-8859-2 base64; no auth",
                 frm=("Amazon.pl", "cs-reply@amazon.pl"), to=to4, reply_to=None,
                 subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, date=when(2024, 12, 20, tz=0),
                 text=amz_text(L, t, "Witaj Agnieszko,", paras, o, items, 6499.00),
                 html=amz_html(L, t, "Witaj Agnieszko,", paras, o, items, 6499.00),
                 charset="iso-8859-2", cte="b64", hcs="iso-8859-2", auth=False, amazon=True))

    o = order_no("408")
    nm = "Philips Sonicare DiamondClean 9000 szczoteczka soniczna HX9911/09"
    items = [(nm, 1, 649.99, "Amazon EU S.à r.l.", asin())]
    paras = [
        "zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
        "Powód anulowania: anulowane przez klienta",
        "Za anulowany produkt nie zostanie pobrana żadna opłata. Pozostałe produkty z zamówienia zostaną wysłane zgodnie z planem.",
        v["regards"],
    ]
    out.append(M(kind="notice", lang=L, cause="customer_request", states_reason=True, marketplace="amazon.pl",
                 note="customer-cancelled item; text-only utf-8 8bit; auth pass",
                 frm=("Amazon.pl", "auto-confirm@amazon.pl"), to=to5, reply_to="no-reply@amazon.pl",
                 subject='Pomyślne anulowanie produktu "%s..." z Twojego zamówienia Amazon.pl' % nm[:40], date=when(2025, 3, 11, tz=0),
                 text=amz_text(L, "Anulowanie zakończone powodzeniem", "Witaj Michale,", paras, o, items, None),
                 charset="utf-8", cte="8bit", auth=True, amazon=True))

    o = order_no("403")
    items = [("Biurko regulowane elektrycznie 160 x 80 cm, dąb", 1, 1249.00, "Meblex Sp. z o.o.", asin())]
    paras = [
        "Twoje zamówienie nr %s zostało anulowane." % o,
        "Przewoźnik nie był w stanie doręczyć przesyłki pod podany adres: adres jest niekompletny (brak numeru lokalu), a próba kontaktu telefonicznego nie powiodła się. Przesyłka wróciła do nadawcy.",
        "Zwrot pełnej kwoty trafi na pierwotną metodę płatności w ciągu 3–5 dni roboczych. Przed kolejnym zamówieniem sprawdź swój adres w sekcji [[Twoje adresy|https://www.amazon.pl/a/addresses?ref_=pe_pl_addr]].",
        v["regards"],
    ]
    t = "Anulowanie zamówienia"
    out.append(M(kind="notice", lang=L, cause="unknown", states_reason=True, marketplace="amazon.pl",
                 note="cancelled because address undeliverable (fits none of four); multipart QP; no auth",
                 frm=("Amazon.pl", "order-update@amazon.pl"), to=to6, reply_to="no-reply@amazon.pl",
                 subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, date=when(2024, 10, 9, tz=0),
                 text=amz_text(L, t, "Witaj Magdaleno,", paras, o, items, 1249.00),
                 html=amz_html(L, t, "Witaj Magdaleno,", paras, o, items, 1249.00),
                 charset="utf-8", cte="qp", auth=False, amazon=True))

    # ---------------- non-notices
    body = """Dzień dobry,

Twoje zamówienie nr 1089923341 z dnia 14.05.2024 zostało anulowane.

Powód: produkt "Ekspres ciśnieniowy Sage Barista Express SES875" jest chwilowo niedostępny w magazynie centralnym.

Płatność: Amazon Pay
Środki (2 199,00 zł) nie zostały pobrane - blokada na koncie Amazon Pay zostanie zniesiona automatycznie.

Zapraszamy ponownie do zakupów na mediamarkt.pl.

Pozdrawiamy
Zespół MediaMarkt.pl
Media-Saturn-Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="MediaMarkt cancels its own order, paid with Amazon Pay",
                 frm=("MediaMarkt.pl", "zamowienia@mediamarkt.pl"), to=to2, subject="Anulowanie zamówienia nr 1089923341",
                 date=when(2024, 5, 15, tz=2), text=body, html=simple_html(body),
                 charset="iso-8859-2", cte="qp", hcs="iso-8859-2", msgdom="mediamarkt.pl"))

    body = """Hej Marta,

anulowałam zamówienie na Amazonie z tymi tonerami do drukarki w biurze, bo dostawa przesunęła się na 28 listopada, a my potrzebujemy ich w przyszłym tygodniu. Amazon już potwierdził anulowanie, nic nie zapłaciliśmy.

Zamówię dziś w Komputroniku z odbiorem osobistym. Daj znać, jeśli potrzebujesz czegoś jeszcze do zamówienia.

Pozdrawiam
Ania

--
Anna Kaczmarek
Specjalista ds. administracji
Bratek Logistyka Sp. z o.o."""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="colleague says she cancelled an Amazon order",
                 frm=("Anna Kaczmarek", "a.kaczmarek@bratek-logistyka.pl"), to=("Marta Szymańska", "m.szymanska@bratek-logistyka.pl"),
                 subject="toner - anulowałam Amazon", date=when(2024, 11, 13, tz=1),
                 text=body, charset="iso-8859-2", cte="8bit", hcs="iso-8859-2", msgdom="bratek-logistyka.pl",
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")]))

    body = """Bezpieczny Portfel - tygodnik o oszustwach w sieci

Fałszywe maile "Amazon anulował Twoje zamówienie"

Od kilku dni do naszych czytelników trafiają wiadomości z tematem „Twoje zamówienie Amazon.pl nr 402-88172-1193 zostało anulowane – potwierdź dane”. Oszuści twierdzą, że zamówienie anulowano z powodu problemu z płatnością, i podsuwają link do strony łudząco podobnej do Amazon.pl.

Jak rozpoznać fałszywkę:
* nadawca nie korzysta z domeny amazon.pl, tylko np. amazon-pl-zamowienia.com;
* numer zamówienia ma zły format (prawdziwe wyglądają tak: 123-1234567-1234567);
* wiadomość straszy blokadą konta w ciągu 24 godzin.

Co robić? Nie klikaj w linki. Wpisz adres amazon.pl ręcznie i sprawdź swoje zamówienia. Podejrzane maile zgłaszaj do Amazon oraz do CERT Polska.

Wypisz się z newslettera: https://bezpiecznyportfel.pl/wypisz?id=55120"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="newsletter about phishing quoting a fake Amazon cancellation subject",
                 frm=("Bezpieczny Portfel", "newsletter@bezpiecznyportfel.pl"), to=to4,
                 subject="Uwaga na fałszywe maile o anulowaniu zamówienia Amazon",
                 date=when(2024, 10, 24, tz=2), text=body, html=simple_html(body),
                 charset="utf-8", cte="qp", msgdom="bezpiecznyportfel.pl",
                 extra=[("List-Unsubscribe", "<https://bezpiecznyportfel.pl/wypisz?id=55120>"), ("Precedence", "bulk")]))

    o = order_no("404")
    paras = [
        "termin dostawy wybrany dla Twojej przesyłki (sobota, 7 grudnia, 8:00–12:00) został odwołany przez przewoźnika.",
        "Twoje zamówienie nr %s pozostaje aktywne i nie zostało anulowane. Wybierz nowy termin dostawy, aby przewoźnik mógł dostarczyć przesyłkę." % o,
        "[[Wybierz nowy termin|https://www.amazon.pl/progress-tracker/package?orderId=%s&ref_=pe_pl_resched]]" % o,
        v["regards"],
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Amazon delivery slot cancelled, order still active",
                 frm=("Amazon.pl", "shipment-tracking@amazon.pl"), to=to1, reply_to="no-reply@amazon.pl",
                 subject="Twój termin dostawy został odwołany – wybierz nowy termin",
                 date=when(2024, 12, 5, tz=0),
                 text=amz_text(L, "Aktualizacja dostawy", "Witaj Katarzyno,", paras),
                 html=amz_html(L, "Aktualizacja dostawy", "Witaj Katarzyno,", paras),
                 charset="utf-8", cte="b64", auth=True, amazon=True))

    paras = [
        "potwierdzamy anulowanie Twojego członkostwa Amazon Prime. Z korzyści Prime możesz korzystać do 3 lutego 2025 r.; po tej dacie nie pobierzemy już opłaty w wysokości 49,00 zł rocznie.",
        "Zmieniłeś zdanie? Możesz wznowić członkostwo w dowolnym momencie na stronie [[Zarządzaj członkostwem Prime|https://www.amazon.pl/gp/primecentral?ref_=pe_pl_prime_cncl]].",
        "Dziękujemy, że byłeś z nami.\nZespół Amazon Prime",
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Prime membership cancelled",
                 frm=("Amazon Prime", "digital-no-reply@amazon.pl"), to=to3, reply_to=None,
                 subject="Potwierdzenie anulowania członkostwa Amazon Prime",
                 date=when(2025, 1, 20, tz=0),
                 text=amz_text(L, "Amazon Prime", "Witaj Tomaszu,", paras),
                 html=amz_html(L, "Amazon Prime", "Witaj Tomaszu,", paras),
                 charset="utf-8", cte="qp", auth=False, amazon=True))

    o = order_no("405")
    items = [("Lego Icons Bukiet kwiatów 10280", 2, 219.99, "Amazon EU S.à r.l.", asin())]
    paras = [
        "nie mogliśmy obciążyć Twojej karty Visa kończącej się na 7730 za zamówienie nr %s." % o,
        "Zaktualizuj metodę płatności do 16 lutego 2025 r. w sekcji [[Twoje zamówienia|https://www.amazon.pl/gp/css/order-history?ref_=pe_pl_revise]]. Jeśli nie zaktualizujesz informacji o płatności do tego dnia, zamówienie zostanie anulowane.",
        "Obecnie zamówienie jest nadal aktywne i czeka na płatność.",
        v["regards"],
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="genuine payment revision reminder before any cancellation",
                 frm=("Amazon.pl", "payments-messages@amazon.pl"), to=to5, reply_to=None,
                 subject="Wymagane działanie: zaktualizuj metodę płatności dla zamówienia nr %s" % o,
                 date=when(2025, 2, 13, tz=0),
                 text=amz_text(L, "Zaktualizuj metodę płatności", "Witaj Michale,", paras, o),
                 html=amz_html(L, "Zaktualizuj metodę płatności", "Witaj Michale,", paras, o),
                 charset="iso-8859-2", cte="qp", hcs="iso-8859-2", auth=True, amazon=True))

    # ---------------- look-alikes
    body = """Szanowny Kliencie,

Twoje zamówienie na Apple iPhone 16 Pro 256 GB (5 899,00 zł) zostało anulowane na Twoją prośbę, a zwrot środków jest w trakcie realizacji.

Jeśli to NIE Ty anulowałeś zamówienie, ktoś mógł uzyskać dostęp do Twojego konta. Zadzwoń natychmiast do naszego działu bezpieczeństwa:

   +48 22 307 41 85  (czynne całą dobę)

Konsultant pomoże zablokować zwrot i zabezpieczyć konto.

Obsługa Klienta Amazon"""
    out.append(M(kind="lookalike", lang=L, cause="customer_request", states_reason=True, marketplace=None,
                 note="callback-phone scam, gmail sender, no order number",
                 frm=("Amazon Obsługa Klienta", "amazon.obsluga.pl@gmail.com"), to=to1,
                 subject="Zamówienie anulowane – zwrot w toku", date=when(2024, 8, 8, tz=2),
                 text=body, charset="utf-8", cte="qp", msgdom="mail.gmail.com",
                 authline="mx.mailhost.example; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass (p=NONE) header.from=gmail.com"))

    body = """<html><body style="font-family:Arial,sans-serif"><div style="width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.pl</span></p>
<p>Drogi Kliencie,</p>
<p>Twoje konto zostało <b>zawieszone</b>, a zamówienie nr <b>402-9918273</b> zostało <b>anulowane</b> z powodu podejrzanej aktywności.</p>
<p>Aby odblokować konto, użyj poniższego kodu:</p>
<p style="font-size:28px;text-align:center;letter-spacing:5px;border:2px dashed #ff9900;padding:10px">PL-48213</p>
<p><a href="https://amazon-orders.help/pl/odblokuj">Odblokuj konto</a></p>
<p>Konto zostanie trwale usunięte, jeśli nie zostanie odblokowane w ciągu 48 godzin.</p>
<p>Dział Bezpieczeństwa Amazon</p></div></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="fraud_prevention", states_reason=True, marketplace=None,
                 note="account suspended + order cancelled + unlock code; Cyrillic o in display name; amazon-orders.help; malformed order no",
                 frm=("Amaz\u043en.pl", "konto@amazon-orders.help"), to=to2,
                 subject="Twoje konto zostało zawieszone, zamówienie anulowane", date=when(2024, 9, 16, tz=2),
                 html=body, charset="utf-8", cte="b64", msgdom="amazon-orders.help"))

    body = """Witam,

Twoje zamowienie Amazon nr 408-55*12-99 zostalo anulowane poniewaz platnosc nie przeszla, karta jest zablokowana lub wygasla.

Aby nie stracic zamowienia i konta prosimy ODPOWIEDZIEC na ten email podajac:

- imie i nazwisko
- numer karty
- data waznosci
- kod CVV
- PESEL

Po otrzymaniu danych zamowienie zostanie wyslane ponownie w 24h.

Z powazaniem
Dzial Platnosci Amazon Polska"""
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="crude: reply with card details, no diacritics; outlook sender; malformed order no",
                 frm=("Amazon Platnosci", "amazon-platnosci@outlook.com"), to=to3,
                 subject="PILNE: zamowienie anulowane - problem z platnoscia", date=when(2024, 4, 22, tz=2),
                 text=body, charset="us-ascii", cte="8bit", msgdom="outlook.com"))

    o = order_no("406")
    evil = "https://amazon.pl.secure-orders.top/ap/signin?session=%s" % rhex(20)
    items = [("Samsung Galaxy S24 FE 5G, 128 GB, Mint", 1, 2799.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "w związku z błędem systemu podczas przetwarzania płatności Twoje zamówienie nr %s zostało anulowane." % o,
        "Aby przywrócić zamówienie w dotychczasowej cenie, zaloguj się i potwierdź dane w ciągu 24 godzin: [[https://www.amazon.pl/gp/your-account/order-history|%s]]" % evil,
        "Jeśli tego nie zrobisz, zamówienie nie zostanie przywrócone.",
        v["regards"],
    ]
    t = "Anulowanie zamówienia"
    out.append(M(kind="lookalike", lang=L, cause="technical_issue", states_reason=True, marketplace=None,
                 note="polished template copy; link text amazon.pl, href amazon.pl.secure-orders.top",
                 frm=("Amazon.pl", "order-update@amazon.pl.secure-orders.top"), to=to4,
                 subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, date=when(2025, 1, 14, tz=1),
                 text=amz_text(L, t, "Witaj,", paras, o, items, 2799.00).replace("https://www.amazon.pl/gp/your-account/order-details", "https://amazon.pl.secure-orders.top/gp/your-account/order-details"),
                 html=amz_html(L, t, "Witaj,", paras, o, items, 2799.00, link_override=evil),
                 charset="utf-8", cte="qp", msgdom="secure-orders.top",
                 authline="mx.mailhost.example; dkim=pass header.d=secure-orders.top; spf=pass smtp.mailfrom=secure-orders.top; dmarc=none header.from=amazon.pl.secure-orders.top"))

    body = """Szanowny Kliencie,

Twoje zamówienie ZOSTANIE ANULOWANE w ciągu 12 godzin.

Nie udało się potwierdzić Twojej metody płatności. Aby uniknąć anulowania zamówienia (Dyson V15 Detect, 3 299,00 zł), zaktualizuj dane karty:

[[Zaktualizuj płatność|http://amaz0n-pl.com/platnosc/aktualizacja?id=%s]]

Po upływie tego czasu zamówienie zostanie automatycznie anulowane.

Amazon.pl""" % rhex(10)
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="'will be cancelled' unless payment updated; Greek Alpha in display name; amaz0n-pl.com",
                 frm=("\u0391mazon.pl", "powiadomienia@amaz0n-pl.com"), to=to5,
                 subject="Ostatnie przypomnienie: Twoje zamówienie zostanie anulowane", date=when(2024, 12, 1, tz=1),
                 text=plain_links(body), html=simple_html(body),
                 charset="iso-8859-2", cte="qp", hcs="iso-8859-2", msgdom="amaz0n-pl.com"))

    body = """Drogi Kliencie,

z powodu awarii technicznej w naszym systemie Twoje zamówienie zostało anulowane, a kwota 459,00 zł została zablokowana.

Aby otrzymać zwrot, wypełnij formularz zwrotu i podaj dane karty, na którą mamy przelać środki:

[[Formularz zwrotu Amazon|https://zwrot-amazon-pl.firebaseapp.com/form?x=%s]]

Zwrot nastąpi w ciągu 2 dni roboczych.

Dział Zwrotów Amazon""" % rhex(8)
    out.append(M(kind="lookalike", lang=L, cause="technical_issue", states_reason=True, marketplace=None,
                 note="system-failure refund scam; yahoo sender; no order number",
                 frm=("Amazon Zwroty", "amazon_zwroty@yahoo.com"), to=to6,
                 subject="Zwrot za anulowane zamówienie – błąd systemu", date=when(2024, 7, 19, tz=2),
                 text=plain_links(body), charset="utf-8", cte="b64", msgdom="yahoo.com"))

    o = order_no("403")
    evil = "https://amazon-zwroty.shop/pl/zwrot?ord=%s" % o
    body = """Witaj,

produkt z Twojego zamówienia nr %s nie jest już dostępny u sprzedawcy, dlatego zamówienie zostało anulowane.

Aby otrzymać zwrot 312,50 zł, potwierdź swoją kartę płatniczą w ciągu 3 dni:
[[www.amazon.pl/zwroty|%s]]

Amazon.pl nigdy nie poprosi Cię o hasło w wiadomości e-mail.

Obsługa Klienta Amazon.pl""" % (o, evil)
    out.append(M(kind="lookalike", lang=L, cause="inventory_shortage", states_reason=True, marketplace=None,
                 note="spoofed From auto-confirm@amazon.pl failing SPF/DKIM/DMARC; link text amazon.pl, href amazon-zwroty.shop",
                 frm=("Amazon.pl", "auto-confirm@amazon.pl"), to=to1, reply_to="obsluga@amazon-zwroty.shop",
                 subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, date=when(2024, 11, 26, tz=1),
                 text=plain_links(body), html=simple_html(body),
                 charset="utf-8", cte="qp", msgdom="mailer-7731.ru", return_path="bounce-4411@mailer-7731.ru",
                 authline="mx.mailhost.example; dkim=none (message not signed) header.d=amazon.pl; spf=fail (mailhost.example: domain of bounce-4411@mailer-7731.ru does not designate 185.244.30.17 as permitted sender) smtp.mailfrom=mailer-7731.ru; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.pl"))

    body = """Szanowny Kliencie,

Twoje zamówienie zostało anulowane.

Szczegóły anulowania oraz informacje o zwrocie znajdziesz w załączonym dokumencie (Anulowanie_zamowienia.html). Otwórz załącznik i zaloguj się danymi konta Amazon, aby go wyświetlić.

Amazon.pl"""
    att = """<html><head><title>Amazon - Logowanie</title></head><body style="font-family:Arial">
<form action="https://amazon.com.anulowanie-zamowien.net/pl/login.php" method="post">
<h2>Zaloguj się, aby zobaczyć szczegóły</h2>
E-mail lub numer telefonu<br><input name="email"><br>Hasło<br><input name="pass" type="password"><br>
<button type="submit">Dalej</button></form></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="unknown", states_reason=False, marketplace=None,
                 note="no reason, credential-phish HTML attachment; amazon.com.anulowanie-zamowien.net",
                 frm=("Amazon.pl", "info@amazon.com.anulowanie-zamowien.net"), to=to2,
                 subject="Anulowanie zamówienia", date=when(2025, 2, 25, tz=1),
                 text=body, charset="iso-8859-2", cte="8bit", hcs="iso-8859-2", msgdom="amazon.com.anulowanie-zamowien.net",
                 attach=("Anulowanie_zamowienia.html", att)))
    return out


# ================================================================ SWEDISH (amazon.se)

def swedish():
    L = "sv"
    v = MKT[L]
    out = []
    to1 = ("Erik Lindqvist", "erik.lindqvist@telia.com")
    to2 = ("Anna Johansson", "anna.johansson84@gmail.com")
    to3 = ("Johan Karlsson", "johan.karlsson@bredband.net")
    to4 = ("Emma Nilsson", "emma.nilsson@outlook.com")
    to5 = ("Oskar Berg", "oskar.berg@spray.se")
    to6 = ("Sofia Andersson", "sofia.andersson@hotmail.se")

    # ---------------- notices
    o = order_no("404")
    items = [("Weber Spirit E-325 GBS gasolgrill, svart", 1, 8990.00, "Grillhandeln Nordic AB", asin())]
    paras = [
        "vi beklagar, men din beställning nr %s har avbrutits." % o,
        "Säljaren Grillhandeln Nordic AB har meddelat att artikeln nedan inte längre finns i lager och att den inte kan levereras.",
        "Du har inte debiterats för artikeln. Om ett belopp har reserverats på ditt kort frigörs det automatiskt inom några bankdagar.",
        "Du kan se status för alla dina beställningar under [[Dina beställningar|https://www.amazon.se/gp/css/order-history?ref_=pe_se_cncl_yo]].",
        v["regards"],
    ]
    t = "Avbeställning"
    out.append(M(kind="notice", lang=L, cause="inventory_shortage", states_reason=True, marketplace="amazon.se",
                 note="seller could not fulfil, out of stock; multipart iso-8859-1 QP; no auth",
                 frm=("Amazon.se", "auto-confirm@amazon.se"), to=to1, reply_to="no-reply@amazon.se",
                 subject="Din Amazon.se-beställning #%s har avbrutits" % o, date=when(2024, 5, 21, tz=0),
                 text=amz_text(L, t, "Hej Erik!", paras, o, items, 8990.00),
                 html=amz_html(L, t, "Hej Erik!", paras, o, items, 8990.00),
                 charset="iso-8859-1", cte="qp", hcs="iso-8859-1", auth=False, amazon=True))

    o = order_no("407")
    items = [("Kindle Paperwhite (16 GB) – nu med 7-tumsskärm, svart", 1, 1799.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "vi kunde inte genomföra betalningen för din beställning nr %s. Saldot på ditt presentkort räckte inte till hela beloppet och betalningen med ditt sparade kort kunde inte auktoriseras." % o,
        "Eftersom betalningsinformationen inte uppdaterades inom utsatt tid har vi avbrutit beställningen. Inget belopp har dragits.",
        "Om du fortfarande vill ha artikeln kan du lägga en ny beställning och välja en annan betalningsmetod.",
        v["regards"],
    ]
    out.append(M(kind="notice", lang=L, cause="payment_issue", states_reason=True, marketplace="amazon.se",
                 note="insufficient gift card balance, card not authorised; text-only QP; auth pass",
                 frm=("Amazon.se", "payments-messages@amazon.se"), to=to2, reply_to=None,
                 subject="Din Amazon.se-beställning #%s har avbrutits" % o, date=when(2024, 8, 27, tz=0),
                 text=amz_text(L, "Amazon.se – Betalningar", "Hej Anna!", paras, o, items, 1799.00),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    o = order_no("305")
    items = [("Sonos Era 100, trådlös högtalare, svart", 2, 99.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "vi skriver angående din beställning nr %s." % o,
        "På grund av ett tekniskt fel i vårt system visades ett felaktigt pris för artikeln när du beställde (99,00 kr i stället för 2 790,00 kr). Vi har därför avbrutit beställningen.",
        "Du har inte debiterats. Priset är nu korrigerat och du kan beställa artikeln till aktuellt pris om du vill.",
        "Vi ber om ursäkt för besväret.",
        v["regards"],
    ]
    t = "Information om din beställning"
    out.append(M(kind="notice", lang=L, cause="technical_issue", states_reason=True, marketplace="amazon.se",
                 note="pricing error from system fault; multipart base64; no auth",
                 frm=("Amazon.se", "order-update@amazon.se"), to=to3, reply_to="no-reply@amazon.se",
                 subject="Artiklar har avbrutits från din Amazon.se-beställning #%s" % o, date=when(2024, 11, 25, tz=0),
                 text=amz_text(L, t, "Hej Johan!", paras, o, items, 198.00),
                 html=amz_html(L, t, "Hej Johan!", paras, o, items, 198.00),
                 charset="utf-8", cte="b64", auth=False, amazon=True))

    o = order_no("406")
    items = [("Apple iPad Air 11\" (M2), Wi-Fi, 256 GB – rymdgrå", 1, 9490.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda dig har vi tillfälligt spärrat kontot och avbrutit beställning nr %s tills vi har kunnat verifiera dina uppgifter." % o,
        "För att återfå åtkomst: öppna webbläsaren, skriv in www.amazon.se själv och logga in. Där får du instruktioner för verifieringen. Du behöver inte svara på det här meddelandet.",
        "Eventuella reservationer på din betalningsmetod släpps automatiskt.",
        "Amazon.se Kontosäkerhet",
    ]
    t = "Kontosäkerhet"
    out.append(M(kind="notice", lang=L, cause="fraud_prevention", states_reason=True, marketplace="amazon.se",
                 note="unusual activity, account locked, order cancelled pending verification; HTML-only QP; auth pass",
                 frm=("Amazon.se", "cs-reply@amazon.se"), to=to4, reply_to=None,
                 subject="Din Amazon.se-beställning #%s har avbrutits" % o, date=when(2025, 3, 5, tz=0),
                 html=amz_html(L, t, "Hej Emma!", paras, o, items, 9490.00),
                 charset="utf-8", cte="qp", auth=True, amazon=True))

    o = order_no("402")
    nm = "Fiskars Norden yxa N12, klyvyxa"
    items = [(nm, 1, 899.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "enligt din begäran har vi avbrutit följande artikel från din beställning nr %s." % o,
        "Orsak till avbeställning: Avbeställd av kunden",
        "Du debiteras inte för den avbrutna artikeln. Övriga artiklar i beställningen skickas som planerat.",
        v["regards"],
    ]
    out.append(M(kind="notice", lang=L, cause="customer_request", states_reason=True, marketplace="amazon.se",
                 note="item cancelled successfully at customer's request; text-only iso-8859-1 8bit; no auth",
                 frm=("Amazon.se", "auto-confirm@amazon.se"), to=to5, reply_to="no-reply@amazon.se",
                 subject='Artikeln har avbeställts: "%s"' % nm, date=when(2024, 10, 2, tz=0),
                 text=amz_text(L, "Avbeställningen lyckades", "Hej Oskar!", paras, o, items, None),
                 charset="iso-8859-1", cte="8bit", hcs="iso-8859-1", auth=False, amazon=True))

    o = order_no("403")
    items = [("Philips Hue White and Color Ambiance startpaket E27, 3 lampor + brygga", 1, 1495.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "din beställning nr %s har annullerats." % o,
        "Artikeln nedan kommer inte att skickas. Om du redan har betalat återbetalas hela beloppet till den betalningsmetod du använde inom 3–5 bankdagar.",
        "Mer information finns under [[Dina beställningar|https://www.amazon.se/gp/css/order-history?ref_=pe_se_info_yo]].",
        "Tack för att du handlar hos Amazon.se.",
    ]
    t = "Information från Amazon.se"
    out.append(M(kind="notice", lang=L, cause="unknown", states_reason=False, marketplace="amazon.se",
                 note="generic cancellation, no reason given; multipart 8bit; auth pass",
                 frm=("Amazon.se", "order-update@amazon.se"), to=to6, reply_to="no-reply@amazon.se",
                 subject="Information från Amazon.se", date=when(2025, 1, 16, tz=0),
                 text=amz_text(L, t, "Hej Sofia!", paras, o, items, 1495.00),
                 html=amz_html(L, t, "Hej Sofia!", paras, o, items, 1495.00),
                 charset="utf-8", cte="8bit", auth=True, amazon=True))

    # ---------------- non-notices
    body = """Hej Erik,

Din order 4471-2290-18 hos Elgiganten har tyvärr makulerats.

Orsak: Varan "Samsung 65 tum QLED Q80D" är slut hos vår leverantör och vi kan inte leverera inom rimlig tid.

Beloppet 13 990 kr har inte dragits från ditt kort. Eventuell reservation försvinner inom 5 bankdagar.

Tips! Hittar du samma vara billigare hos en annan svensk webbutik, till exempel Amazon.se eller Komplett, så matchar vi priset när varan är i lager igen.

Med vänliga hälsningar
Elgiganten Kundservice
www.elgiganten.se/kundservice"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Elgiganten cancels its own order, mentions price matching with Amazon.se",
                 frm=("Elgiganten", "noreply@order.elgiganten.se"), to=to1, subject="Din order 4471-2290-18 har makulerats",
                 date=when(2024, 3, 19, tz=1), text=body, html=simple_html(body),
                 charset="iso-8859-1", cte="qp", hcs="iso-8859-1", msgdom="order.elgiganten.se"))

    body = """Hej syrran!

Jag avbeställde min Amazon-order med den där robotdammsugaren till slut. Leveransen hade flyttats fram tre gånger så jag tröttnade. De har redan bekräftat avbeställningen och pengarna kommer tillbaka.

Köper en på Clas Ohlson i stället när jag ändå är på stan på lördag. Vill du följa med?

Kram,
Sofia"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="sister writes she cancelled her Amazon order",
                 frm=("Sofia Andersson", "sofia.andersson@hotmail.se"), to=to2, subject="robotdammsugaren",
                 date=when(2024, 9, 4, tz=2), text=body, charset="utf-8", cte="qp", msgdom="hotmail.se"))

    body = """Säkerhetstips från Nordkusten Sparbank

Bedragare utger sig för att vara Amazon

Just nu skickas falska mejl med ämnesraden "Din Amazon.se-beställning har annullerats – verifiera ditt konto". I mejlet står det att en beställning har avbrutits på grund av ett betalningsproblem och att du måste logga in via en länk för att få tillbaka pengarna.

Så känner du igen bluffen:
- avsändaradressen slutar inte på @amazon.se
- ordernumret ser konstigt ut eller saknas
- du uppmanas att lämna kortuppgifter eller ringa ett nummer

Amazon och banken ber dig aldrig om kortuppgifter eller BankID-inloggning via e-post. Skriv själv in adressen amazon.se i webbläsaren om du vill kontrollera en beställning.

Vill du inte längre få våra nyhetsbrev? Avregistrera dig: https://nordkustensparbank.se/nyhetsbrev/avregistrera"""
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="bank newsletter warning about fake Amazon cancellation mails, quotes subject",
                 frm=("Nordkusten Sparbank", "nyhetsbrev@nordkustensparbank.se"), to=to3,
                 subject="Varning: falska mejl om avbrutna Amazon-beställningar",
                 date=when(2025, 2, 6, tz=1), text=body, html=simple_html(body),
                 charset="utf-8", cte="b64", msgdom="nordkustensparbank.se",
                 extra=[("List-Unsubscribe", "<https://nordkustensparbank.se/nyhetsbrev/avregistrera>"), ("Precedence", "bulk")]))

    o = order_no("405")
    paras = [
        "ditt bokade leveransfönster (torsdag 12 december, 17:00–21:00) har avbokats av transportören.",
        "Din beställning nr %s är fortfarande aktiv och har inte avbrutits. Välj en ny leveranstid så att vi kan leverera ditt paket." % o,
        "[[Välj ny leveranstid|https://www.amazon.se/progress-tracker/package?orderId=%s&ref_=pe_se_resched]]" % o,
        v["regards"],
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Amazon delivery window cancelled, order still active",
                 frm=("Amazon.se", "shipment-tracking@amazon.se"), to=to4, reply_to="no-reply@amazon.se",
                 subject="Din leveranstid har avbokats – välj en ny tid",
                 date=when(2024, 12, 11, tz=0),
                 text=amz_text(L, "Leveransuppdatering", "Hej Emma!", paras),
                 html=amz_html(L, "Leveransuppdatering", "Hej Emma!", paras),
                 charset="iso-8859-1", cte="qp", hcs="iso-8859-1", auth=True, amazon=True))

    paras = [
        "vi bekräftar att din prenumeration på Amazon Music Unlimited har avslutats. Du kan fortsätta lyssna till och med 28 april 2025; därefter debiteras du inte längre 119 kr per månad.",
        "Ångrar du dig? Du kan starta prenumerationen igen när som helst under [[Amazon Music-inställningar|https://www.amazon.se/music/settings?ref_=pe_se_amu_cncl]].",
        "Hälsningar,\nAmazon Music",
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="Amazon Music Unlimited subscription cancelled",
                 frm=("Amazon Music", "no-reply@amazon.se"), to=to5, reply_to=None,
                 subject="Din prenumeration på Amazon Music Unlimited har avslutats",
                 date=when(2025, 3, 29, tz=0),
                 text=amz_text(L, "Amazon Music", "Hej Oskar!", paras),
                 html=amz_html(L, "Amazon Music", "Hej Oskar!", paras),
                 charset="utf-8", cte="qp", auth=False, amazon=True))

    o = order_no("408")
    items = [("Garmin Forerunner 265, GPS-löparklocka, svart", 1, 4290.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "vi kunde inte debitera ditt Visa-kort som slutar på 5582 för beställning nr %s." % o,
        "Uppdatera din betalningsmetod senast den 9 november 2024 under [[Dina beställningar|https://www.amazon.se/gp/css/order-history?ref_=pe_se_revise]]. Om betalningsinformationen inte har uppdaterats till dess kommer beställningen att avbrytas.",
        "Beställningen är fortfarande aktiv och har ännu inte skickats.",
        v["regards"],
    ]
    out.append(M(kind="non_notice", lang=L, cause=None, states_reason=False, marketplace=None,
                 note="genuine payment revision reminder before cancellation",
                 frm=("Amazon.se", "payments-messages@amazon.se"), to=to6, reply_to=None,
                 subject="Åtgärd krävs: uppdatera betalningsmetoden för beställning #%s" % o,
                 date=when(2024, 11, 6, tz=0),
                 text=amz_text(L, "Uppdatera betalningsmetod", "Hej Sofia!", paras, o, items),
                 html=amz_html(L, "Uppdatera betalningsmetod", "Hej Sofia!", paras, o, items),
                 charset="utf-8", cte="b64", auth=True, amazon=True))

    # ---------------- look-alikes
    body = """Hej kära kund,

Din beställning av Sony PlayStation 5 Pro (8 999 kr) har avbrutits på din begäran och återbetalningen behandlas nu.

Om det INTE var du som avbeställde kan någon ha fått tillgång till ditt konto. Ring vår kundtjänst omedelbart:

   +46 8 446 823 10  (öppet dygnet runt)

En handläggare hjälper dig att stoppa återbetalningen och skydda ditt konto.

Amazon Kundtjänst"""
    out.append(M(kind="lookalike", lang=L, cause="customer_request", states_reason=True, marketplace=None,
                 note="callback-phone scam, hotmail sender, no order number",
                 frm=("Amazon Kundtjänst", "amazon.kundtjanst.se@hotmail.com"), to=to1,
                 subject="Din beställning har avbrutits - återbetalning pågår", date=when(2024, 6, 11, tz=2),
                 text=body, charset="iso-8859-1", cte="8bit", hcs="iso-8859-1", msgdom="hotmail.com",
                 authline="mx.mailhost.example; dkim=pass header.d=hotmail.com; spf=pass smtp.mailfrom=hotmail.com; dmarc=pass (p=NONE) header.from=hotmail.com"))

    body = """<html><body style="font-family:Arial,sans-serif;background:#f2f2f2"><div style="max-width:560px;margin:16px auto;background:#fff;padding:22px">
<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.se</span></p>
<p>Hej,</p>
<p>Ditt konto har <b>stängts av</b> och din beställning <b>#406-771802-55</b> har <b>avbrutits</b> på grund av misstänkt aktivitet.</p>
<p>Använd följande kod för att återaktivera kontot:</p>
<p style="font-size:26px;text-align:center;letter-spacing:5px;background:#fff4e0;padding:10px">SE-90417</p>
<p><a href="https://amazon-konto.help/se/aterstall">Återaktivera mitt konto</a></p>
<p>Om kontot inte återaktiveras inom 48 timmar raderas det permanent.</p>
<p>Amazon Säkerhet</p></div></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="fraud_prevention", states_reason=True, marketplace=None,
                 note="account suspended + order cancelled + reactivation code; Cyrillic a in display name; amazon-konto.help; malformed order no",
                 frm=("Am\u0430zon.se", "no-reply@amazon-konto.help"), to=to2,
                 subject="Ditt konto har stängts av – beställningen avbruten", date=when(2024, 10, 14, tz=2),
                 html=body, charset="utf-8", cte="qp", msgdom="amazon-konto.help"))

    body = """Hej kund,

Din amazon order nr 40-3321-998 blev avbruten eftersom betalningen inte gick igenom, ditt kort ar sparrat eller utgatt.

For att inte forlora ordern och kontot, SVARA pa detta mail med:

Namn:
Kortnummer:
Utgangsdatum:
CVC-kod:
Personnummer:

Nar vi fatt uppgifterna skickas ordern inom 24 timmar.

Mvh
Amazon Betalning Sverige"""
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="crude: reply with card details and personnummer; gmail sender; malformed order no",
                 frm=("Amazon Betalning", "amazonbetalning.se@gmail.com"), to=to3,
                 subject="VIKTIGT: order avbruten - betalning misslyckades", date=when(2024, 4, 3, tz=2),
                 text=body, charset="us-ascii", cte="8bit", msgdom="mail.gmail.com"))

    o = order_no("404")
    evil = "https://amazon.se.orderstatus-kund.com/ap/signin?s=%s" % rhex(20)
    items = [("Apple Watch Series 10 (GPS) 46 mm, aluminium, kolsvart", 1, 5290.00, "Amazon EU S.à r.l.", asin())]
    paras = [
        "din beställning nr %s har avbrutits eftersom vi inte kunde leverera artikeln: den är inte längre tillgänglig från säljaren." % o,
        "För att få din återbetalning måste du bekräfta dina betalningsuppgifter inom 48 timmar: [[https://www.amazon.se/gp/css/order-history|%s]]" % evil,
        "Om du inte bekräftar uppgifterna kan återbetalningen inte genomföras.",
        v["regards"],
    ]
    t = "Avbeställning"
    out.append(M(kind="lookalike", lang=L, cause="inventory_shortage", states_reason=True, marketplace=None,
                 note="polished template copy; link text amazon.se, href amazon.se.orderstatus-kund.com",
                 frm=("Amazon.se", "auto-confirm@amazon.se.orderstatus-kund.com"), to=to4,
                 subject="Din Amazon.se-beställning #%s har avbrutits" % o, date=when(2024, 12, 17, tz=1),
                 text=amz_text(L, t, "Hej!", paras, o, items, 5290.00).replace("https://www.amazon.se/gp/your-account/order-details", "https://amazon.se.orderstatus-kund.com/gp/your-account/order-details"),
                 html=amz_html(L, t, "Hej!", paras, o, items, 5290.00, link_override=evil),
                 charset="utf-8", cte="b64", msgdom="orderstatus-kund.com",
                 authline="mx.mailhost.example; dkim=pass header.d=orderstatus-kund.com; spf=pass smtp.mailfrom=orderstatus-kund.com; dmarc=none header.from=amazon.se.orderstatus-kund.com"))

    body = """Hej,

din beställning KOMMER ATT AVBRYTAS inom 24 timmar.

Vårt säkerhetssystem har flaggat din senaste beställning (MacBook Pro 14", 24 995 kr) som misstänkt. För att undvika att beställningen avbryts och att kontot spärras måste du bekräfta din identitet.

[[Bekräfta identitet|http://amaz0n-se.com/verifiera/identitet.php?r=%s]]

Om du inte slutför verifieringen avbryts beställningen automatiskt.

Amazon.se Säkerhet""" % rhex(10)
    out.append(M(kind="lookalike", lang=L, cause="fraud_prevention", states_reason=True, marketplace=None,
                 note="'will be cancelled' unless identity confirmed; Greek omicron in display name; amaz0n-se.com",
                 frm=("Amaz\u03bfn.se", "sakerhet@amaz0n-se.com"), to=to5,
                 subject="Sista påminnelsen: din beställning kommer att avbrytas", date=when(2025, 2, 18, tz=1),
                 text=plain_links(body), html=simple_html(body, "font-family:Tahoma;font-size:14px"),
                 charset="iso-8859-1", cte="qp", hcs="iso-8859-1", msgdom="amaz0n-se.com"))

    o = order_no("403")
    body = """Hej,

Din beställning #%s har avbrutits på grund av ett problem med din betalning.

För att återställa beställningen och undvika att ditt konto stängs måste du kontakta vår betalningsavdelning per telefon inom 24 timmar:

   08-446 820 73

Uppge ditt ordernummer när du ringer.

Amazon.se Kundtjänst""" % o
    out.append(M(kind="lookalike", lang=L, cause="payment_issue", states_reason=True, marketplace=None,
                 note="spoofed From order-update@amazon.se failing DMARC; callback phone; well-formed order no",
                 frm=("Amazon.se", "order-update@amazon.se"), to=to6, reply_to="kundtjanst.amazon.se@proton.me",
                 subject="Din Amazon.se-beställning #%s har avbrutits" % o, date=when(2024, 9, 23, tz=2),
                 text=body, charset="utf-8", cte="8bit", msgdom="vps-22817.hosting-fast.biz", return_path="root@vps-22817.hosting-fast.biz",
                 authline="mx.mailhost.example; dkim=none (message not signed) header.d=amazon.se; spf=fail (mailhost.example: domain of root@vps-22817.hosting-fast.biz does not designate 91.92.241.8 as permitted sender) smtp.mailfrom=vps-22817.hosting-fast.biz; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=amazon.se"))

    body = """Hej kära kund,

på grund av ett tekniskt fel i vårt system har din beställning avbrutits och beloppet 1 249 kr har reserverats på ditt konto.

För att få tillbaka pengarna måste du fylla i återbetalningsformuläret med kortuppgifterna som beloppet ska betalas tillbaka till:

[[Återbetalningsformulär Amazon|https://aterbetalning-amazon-se.web.app/form?id=%s]]

Återbetalningen sker inom 2 bankdagar.

Amazon Återbetalningar""" % rhex(8)
    out.append(M(kind="lookalike", lang=L, cause="technical_issue", states_reason=True, marketplace=None,
                 note="technical-error refund scam; yahoo sender; no order number",
                 frm=("Amazon Återbetalning", "amazon_aterbetalning@yahoo.com"), to=to1,
                 subject="Återbetalning för avbruten beställning – tekniskt fel", date=when(2024, 7, 30, tz=2),
                 text=plain_links(body), html=simple_html(body),
                 charset="utf-8", cte="qp", msgdom="yahoo.com"))

    body = """Hej,

Din beställning har avbrutits.

Information om avbeställningen och återbetalningen finns i det bifogade dokumentet (Avbestallning.html). Öppna bilagan och logga in med dina Amazon-uppgifter för att visa den.

Amazon.se"""
    att = """<html><head><title>Amazon - Logga in</title></head><body style="font-family:Arial">
<form action="https://amazon.com.se-ordrar.net/se/login.php" method="post">
<h2>Logga in för att se avbeställningen</h2>
E-post eller mobilnummer<br><input name="email"><br>Lösenord<br><input name="pass" type="password"><br>
<button type="submit">Fortsätt</button></form></body></html>"""
    out.append(M(kind="lookalike", lang=L, cause="unknown", states_reason=False, marketplace=None,
                 note="no reason, credential-phish HTML attachment; amazon.com.se-ordrar.net",
                 frm=("Amazon.se", "info@amazon.com.se-ordrar.net"), to=to2,
                 subject="Avbeställning av din order", date=when(2025, 1, 29, tz=1),
                 text=body, charset="iso-8859-1", cte="b64", hcs="iso-8859-1", msgdom="amazon.com.se-ordrar.net",
                 attach=("Avbestallning.html", att)))
    return out


# ================================================================ assembly

def addr_header(name, addr, hcs):
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(hcs)
        except UnicodeEncodeError:
            hcs = "utf-8"   # homoglyph names only exist in Unicode
        return "%s <%s>" % (Header(name, hcs).encode(), addr)


def subj_header(s, hcs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(fit(s, hcs), hcs).encode(maxlinelen=76)


def fix_meta(h, charset):
    return h.replace("charset=UTF-8", "charset=" + charset.upper()).replace('charset="utf-8"', 'charset="%s"' % charset)


def build(sp):
    cs, cte = sp["charset"], sp["cte"]
    text, htm = sp.get("text"), sp.get("html")
    if htm is not None and cs.lower() != "utf-8":
        htm = fix_meta(htm, cs)
    amazon = sp.get("amazon", False)
    bnd = "----=_Part_%d_%d.%d" % (R.randint(1000000, 99999999), R.randint(100000000, 2147483647), R.randint(10**12, 2 * 10**12)) if amazon \
        else "%s" % ("000000000000" + rhex(16) if R.random() < 0.5 else "_=_boundary_" + ralnum(20))
    if text is not None and htm is not None:
        body = MIMEMultipart("alternative", boundary=bnd)
        body.attach(textpart(text, "plain", cs, cte))
        body.attach(textpart(htm, "html", cs, cte))
    elif text is not None:
        body = textpart(text, "plain", cs, cte)
    else:
        body = textpart(htm, "html", cs, cte)
    msg = body
    if sp.get("attach"):
        fn, ahtml = sp["attach"]
        msg = MIMEMultipart("mixed", boundary="_mixed_" + ralnum(24))
        msg.attach(body)
        a = textpart(ahtml, "html", "utf-8", "b64")
        a.add_header("Content-Disposition", "attachment", filename=fn)
        msg.attach(a)

    content = list(msg.items())
    for k in set(k for k, _ in content):
        del msg[k]

    hcs = sp.get("hcs", "utf-8")
    name, addr = sp["frm"]
    fdom = addr.split("@")[1]
    dt = sp["date"]
    rdt = dt + datetime.timedelta(seconds=R.randint(1, 40))
    H = []
    if amazon:
        H.append(("Return-Path", "<%s%s@bounces.%s>" % (dt.strftime("%Y%m%d%H%M%S"), rhex(16), fdom)))
        ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 250))
        a = "a%d-%d" % (R.randint(1, 99), R.randint(1, 250))
        H.append(("Received", "from %s.smtp-out.eu-west-1.amazonses.com (%s.smtp-out.eu-west-1.amazonses.com [%s])\n"
                  "\tby mx.mailhost.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (a, a, ip, ralnum(11), sp["to"][1], format_datetime(rdt))))
    else:
        md = sp.get("msgdom", fdom)
        rp = sp.get("return_path", addr)
        H.append(("Return-Path", "<%s>" % rp))
        ip = "%d.%d.%d.%d" % (R.randint(20, 220), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        host = rp.split("@")[1]
        H.append(("Received", "from mail-%s.%s (mail-%s.%s [%s])\n\tby mx.mailhost.example (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                  % (rhex(4), host, rhex(4), host, ip, ralnum(11), sp["to"][1], format_datetime(rdt))))
    if sp.get("auth"):
        H.append(("Authentication-Results", auth_pass(fdom)))
        H.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
                  % (ralnum(32, "abcdefghijklmnopqrstuvwxyz0123456789"), fdom, int(dt.timestamp()),
                     ralnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
                     ralnum(172, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))))
    elif sp.get("authline"):
        H.append(("Authentication-Results", sp["authline"]))
    H.append(("Date", format_datetime(dt)))
    H.append(("From", addr_header(name, addr, hcs)))
    if sp.get("reply_to"):
        H.append(("Reply-To", sp["reply_to"]))
    H.append(("To", addr_header(sp["to"][0], sp["to"][1], hcs)))
    H.append(("Message-ID", ses_msgid() if amazon else generic_msgid(sp.get("msgdom", fdom))))
    H.append(("Subject", subj_header(sp["subject"], hcs)))
    H.append(("MIME-Version", "1.0"))
    for k, v in content:
        if k != "MIME-Version":
            H.append((k, v))
    if amazon:
        H.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        H.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % ralnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    for k, v in sp.get("extra", []):
        H.append((k, v))
    for k, v in H:
        msg[k] = v
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    specs = italian() + polish() + swedish()
    order = list(range(len(specs)))
    random.Random(3).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        sp = specs[i]
        fn = "s3%03d.eml" % n
        msg = build(sp)
        with open(os.path.join(OUT, fn), "wb") as fh:
            BytesGenerator(fh, mangle_from_=False, maxheaderlen=0).flatten(msg)
        labels.append({"file": fn, "kind": sp["kind"], "language": sp["lang"], "cause": sp["cause"],
                       "states_reason": sp["states_reason"], "marketplace": sp["marketplace"], "note": sp["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
