#!/usr/bin/env python3
"""Regenerate blind test batch u3 (it / pl / sv): 60 .eml files + labels.json.

Run:  python3 make.py      (writes ./mail/u3NNN.eml and ./labels.json)
Everything is deterministic (fixed random seed, fixed dates).
"""
import json
import os
import random
import hashlib
from email import charset as _cs
from email.charset import Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime
from datetime import datetime, timedelta, timezone

SEED = 20241203
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "u3"

# ----------------------------------------------------------------- helpers
def order_no(prefix=None):
    p = prefix or rnd.choice(["402", "403", "404", "405", "406", "171", "028", "302", "303", "305", "306"])
    return "%s-%07d-%07d" % (p, rnd.randrange(10**7), rnd.randrange(10**7))

def tok(n=13, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(rnd.choice(alphabet) for _ in range(n))

def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

BASE_DATE = datetime(2024, 9, 2, 7, 0, tzinfo=timezone.utc)
def mail_date(i):
    d = BASE_DATE + timedelta(days=rnd.randrange(0, 300), minutes=rnd.randrange(0, 1440), seconds=rnd.randrange(60))
    return d

def amz_redirect(domain, target, ref="pe_2640190_232586610"):
    from urllib.parse import quote
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s0p0eu&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (domain, tok(13), tok(13), "2024", hexs(40), tok(12), quote(target, safe=""), tok(28), ref))

def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

# ------------------------------------------------- Amazon-like HTML template
CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
table th { margin:0 !important; padding:0 !important; font-weight:normal; }
body, table, td, a {  -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.card { background-color: #ffffff; width: 100%; padding: 30px 21px 30px 20px; border: 0; margin-bottom: 5px; }
.cardTD { width: 100%; padding: 30px 20px 30px 20px; }
.grayTopBorder { border-top: 2px solid #D5DBDB; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 16px; line-height: 22px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 6px; }
.orderIdLink { text-decoration: none; color: #868686; }
.itemTable td { font-size: 14px; color: #0F1111; padding: 4px 0; }
.footerText { font-size: 11px; line-height: 15px; color: #767676; }
.footerText a { color: #767676; }
.buttonLink { background-color:#FFD814; border:1px solid #FCD200; border-radius:8px; color:#0F1111; padding:8px 16px; text-decoration:none; display:inline-block; }"""

TD = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'

def amazon_html(domain, lang, greeting, paras, order=None, order_label="", items=(), item_hdr="",
                button=None, footer=(), link_domain=None, title="Amazon", track=True, extra_rows=()):
    """HTML laid out like the real Amazon notification samples (nested tables, r.html redirects).
    link_domain: if given (phishing), all hrefs point there while visible text keeps the amazon look."""
    def href(path):
        target = "https://www.%s%s" % (domain, path)
        if link_domain:
            return "https://%s/%s?session=%s" % (link_domain, path.strip("/").split("?")[0].replace("/", "-") or "signin", tok(20).lower())
        return amz_redirect(domain, target)
    rows = []
    rows.append('<table class="greetingTable" style="font-size: 18px; font-weight: bold; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 4px; width: 100%%"><tbody><tr>\n<td %s><span>%s</span></td>\n</tr></tbody></table>' % (TD, esc(greeting)))
    for p in paras:
        rows.append('<table class="informationTable" style="font-size: 16px; line-height: 22px; color: rgb(0, 46, 54); width: 100%%"><tbody><tr>\n<td style="padding-bottom: 6px; font-family: Arial, sans-serif"><span>%s</span></td>\n</tr></tbody></table>' % p)
    if order:
        rows.append('<br />\n<table class="informationTable" style="width: 100%%"><tbody><tr>\n<td %s>%s <a class="orderIdLink" href="%s" style="text-decoration: none; color: rgb(134, 134, 134)">%s</a></td>\n</tr></tbody></table>'
                    % (TD, esc(order_label), href("/gp/your-account/order-details?orderID=" + order), order))
    if items:
        it = ['<table class="itemTable" style="width: 100%; margin-top: 10px"><tbody>']
        if item_hdr:
            it.append('<tr><td colspan="2" style="font-size: 16px; font-weight: bold; color: #CC0C39; padding-bottom: 6px">%s</td></tr>' % esc(item_hdr))
        for name, qty, price in items:
            it.append('<tr>\n<td style="width: 70%%; font-size: 14px"><a href="%s" style="color: #007185; text-decoration: none">%s</a><br /><span style="color:#565959">%s</span></td>\n<td align="right" style="font-size: 14px; font-weight: bold">%s</td>\n</tr>'
                      % (href("/dp/B0" + tok(8)), esc(name), esc(qty), esc(price)))
        it.append('</tbody></table>')
        rows.append("\n".join(it))
    for r in extra_rows:
        rows.append(r)
    if button:
        rows.append('<br />\n<table style="width: 100%%"><tbody><tr><td align="center" %s><a class="buttonLink" href="%s" style="background-color: #FFD814; border: 1px solid #FCD200; border-radius: 8px; color: #0F1111; padding: 8px 16px; text-decoration: none; display: inline-block">%s</a></td></tr></tbody></table>'
                    % (TD, href(button[1]), esc(button[0])))
    foot = "\n".join('<p class="footerText" style="font-size: 11px; line-height: 15px; color: rgb(118, 118, 118)">%s</p>' % f for f in footer)
    pix = ('<img width="1" height="1" src="%s" />' % amz_redirect(domain, "https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif")) if (track and not link_domain) else ""
    logo_href = href("/")
    return """<!DOCTYPE html>
<html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <title>%(title)s</title>
  <style>
%(css)s
  </style>
 </head>
<body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0">%(pix)s
<table id="OutlookWrapper" style="width: 100%%; border-collapse: collapse !important"><tbody><tr>
<td align="center" %(td)s>
<table id="EmailWrapper" style="width: 100%% !important; border-collapse: collapse !important" dir="ltr"><tbody><tr>
<td align="center" %(td)s>
<table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250)"><tbody><tr>
<td class="emailBodyTD" style="width: 100%%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px">
<a href="%(logo)s">
<table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px"><tbody><tr>
<td align="center" %(td)s>
<!--[if gte mso 9]><a href="%(logo)s"><![endif]-->
<img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width: 130px" />
<!--[if gte mso 9]></a><![endif]-->
</td></tr></tbody></table></a>
<table class="card grayTopBorder" style="background-color: rgb(255, 255, 255); width: 100%%; border-top: 2px solid rgb(213, 219, 219)"><tbody><tr>
<td class="cardTD grayTopBorderTD" align="left" style="width: 100%%; padding: 30px 20px 30px 20px; font-family: Arial, sans-serif">
%(rows)s
</td></tr></tbody></table>
<table style="width: 100%%"><tbody><tr><td style="padding-top: 12px; font-family: Arial, sans-serif">
%(foot)s
</td></tr></tbody></table>
</td></tr></tbody></table>
</td></tr></tbody></table>
</td></tr></tbody></table>
</body>
</html>
""" % dict(lang=lang, title=esc(title), css=CSS, pix=pix, td=TD, logo=logo_href, rows="\n".join(rows), foot=foot)

def plain_html(body_html, lang="it"):
    """Simple HTML wrapper for personal mails, newsletters, other retailers, crude phishing."""
    return ('<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family: Helvetica, Arial, sans-serif; font-size: 14px; color: #222">\n%s\n</body></html>\n'
            % (lang, body_html))

RULE = "_" * 75

# ----------------------------------------------------------- header helpers
MX = {"it": "mx.libero.it", "pl": "mx.poczta.onet.pl", "sv": "mx1.telia.com"}

def received_amazon(domain, rcpt_mx, d):
    ip = "54.240.%d.%d" % (rnd.choice([3, 4, 27, 48, 60]), rnd.randrange(2, 250))
    host = "a%d-%d.smtp-out.eu-west-1.amazonses.com" % (rnd.randrange(1, 99), rnd.randrange(1, 250))
    return [
        "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s" % (host, host, ip, rcpt_mx, tok(10).lower(), "{rcpt}", format_datetime(d + timedelta(seconds=3))),
    ], ip

def received_generic(host, ip, rcpt_mx, d):
    return ["from %s (%s [%s]) by %s with ESMTP id %s for <{rcpt}>; %s" % (host, host, ip, rcpt_mx, tok(10).lower(), format_datetime(d + timedelta(seconds=5)))]

def auth_pass(domain, ip, mx):
    return ("%s; dkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s; "
            "dkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.s=shh3fegwg5fppqsuzphvschd53n6ihuv header.b=%s; "
            "spf=pass (%s: domain of 0102%s@bounces.%s designates %s as permitted sender) smtp.mailfrom=bounces.%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, domain, domain, rnd.choice(["rjoqzd3dxcxc2ccacbbyjpfp3ssc2cb5", "2rzuo5tpcy3yh2ai6wy4cdlfkspcbl7z", "lbp7ulcopc5nmtkxnx7qoffzb3twk6wa"]),
               tok(8), tok(8), mx, hexs(16), domain, ip, domain, domain))

# ------------------------------------------------------- text/html builders
import re
URL_RE = re.compile(r"(https?://[^\s<>\"]+|www\.[a-z0-9.-]+\.[a-z]{2,}(?:/[^\s<>\"]*)?)")

def linkify(s, link_domain=None, color="#0066c0"):
    """Escape plain text and turn URLs into anchors. With link_domain (phishing) the visible
    text stays as written but the href points to link_domain."""
    out, pos = [], 0
    for m in URL_RE.finditer(s):
        out.append(esc(s[pos:m.start()]))
        u = m.group(0).rstrip(".,;:)")
        tail = m.group(0)[len(u):]
        href = u if u.startswith("http") else "https://" + u
        if link_domain:
            href = "https://%s/%s" % (link_domain, tok(10).lower())
        out.append('<a href="%s" style="color: %s; text-decoration: none">%s</a>%s' % (esc(href), color, esc(u), esc(tail)))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)

def amz_pair(L, greeting, paras, order=None, items=(), item_hdr="", button=None, footer=None,
             link_domain=None, head=None, totals=(), text_link_domain=None):
    """Return (plain_text, html) for an Amazon-style notification in language L."""
    footer = L["footer"] if footer is None else footer
    head = head or L["brand"]
    t = [head, RULE, ""]
    if order:
        t += ["%s %s" % (L["order_label"], order), ""]
    t += [greeting, ""]
    for p in paras:
        t += [p, ""]
    if items:
        if item_hdr:
            t += [item_hdr, "-" * len(item_hdr)]
        for name, qty, price in items:
            t += [name, "  %s   %s" % (qty, price)]
        t.append("")
    for a, b in totals:
        t.append("%s %s" % (a, b))
    if totals:
        t.append("")
    if button:
        u = ("https://%s/%s" % (text_link_domain, tok(8).lower())) if text_link_domain else "https://www.%s%s" % (L["domain"], button[1])
        t += ["%s:" % button[0], u, ""]
    t.append(RULE)
    t.append("")
    for f in footer:
        t += [f, ""]
    text = "\n".join(t)
    extra = []
    if totals:
        extra.append('<table class="informationTable" style="width: 100%; margin-top: 8px"><tbody>' +
                     "".join('<tr><td style="font-size: 14px">%s</td><td align="right" style="font-size: 14px">%s</td></tr>' % (esc(a), esc(b)) for a, b in totals) +
                     '</tbody></table>')
    html = amazon_html(L["domain"], L["lang"], greeting, [linkify(p, link_domain) for p in paras], order=order,
                       order_label=L["order_label"], items=items, item_hdr=item_hdr, button=button,
                       footer=[linkify(f, link_domain, "#767676") for f in footer], link_domain=link_domain,
                       title=head, extra_rows=extra)
    return text, html

ENTRIES = []
def E(kind, lang, cause, sr, note, frm, subj, text=None, html=None, fmt=None, cs="utf-8", cte="qp",
      mp=None, reply_to=None, auth=None, recv=None, extra=(), to=None, hcs=None):
    if fmt is None:
        fmt = "alt" if (text and html) else ("html" if html else "text")
    ENTRIES.append(dict(kind=kind, lang=lang, cause=cause, sr=sr, note=note, frm=frm, subj=subj, text=text,
                        html=html, fmt=fmt, cs=cs, cte=cte, mp=mp, reply_to=reply_to, auth=auth, recv=recv,
                        extra=list(extra), to=to, hcs=hcs))

# =================================================================== ITALIAN
IT = dict(lang="it", domain="amazon.it", brand="Amazon.it", order_label="Ordine n.",
          to=("Giulia Ferraro", "giulia.ferraro82@libero.it"))
IT["footer"] = [
    "Amazon.it non ti chiederà mai di comunicare la tua password, i dati completi della carta di credito o altre informazioni personali via e-mail, SMS o telefono. Non fornire mai questi dati in risposta a un messaggio.",
    "Se il numero della tua carta è cambiato o la carta è scaduta, aggiorna le informazioni di pagamento in Il mio account > I tuoi pagamenti: https://www.amazon.it/cpe/yourpayments/wallet",
    "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalala seguendo le istruzioni su https://www.amazon.it/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV e scopri come riconoscere le e-mail di phishing.",
    "Per qualsiasi domanda visita la pagina Aiuto: https://www.amazon.it/gp/help/customer/display.html",
    "Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.",
    "© 2024 Amazon.com, Inc. o società affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo. R.C.S. Lussemburgo: B-101818.",
]
G = "Gentile Giulia,"
AMZ_IT = ("Amazon.it", "order-update@amazon.it")

# ---------------- notices
o = order_no("403")
t, h = amz_pair(IT, G, [
    "Ci dispiace informarti che non siamo riusciti a procurarci l'articolo indicato di seguito. Il venditore ci ha comunicato che il prodotto non è più disponibile e che non potrà essere rifornito in tempi ragionevoli: per questo motivo lo abbiamo annullato dal tuo ordine.",
    "Non ti è stato addebitato alcun importo per questo articolo. Se il metodo di pagamento era già stato autorizzato, l'autorizzazione verrà rilasciata entro qualche giorno lavorativo. Gli altri articoli dell'ordine verranno spediti come previsto.",
    "Ci scusiamo per l'inconveniente. Puoi cercare prodotti simili su https://www.amazon.it",
], order=o, item_hdr="Articoli annullati", items=[("Bialetti Moka Express, caffettiera 6 tazze, alluminio", "Quantità: 1", "29,90 €")],
   button=("Visualizza o modifica l'ordine", "/gp/your-account/order-details?orderID=" + o))
E("notice", "it", "inventory_shortage", True, "item no longer available from seller, partial cancellation", AMZ_IT,
  "1 articolo è stato annullato dal tuo ordine Amazon.it #%s" % o, t, h, cte="qp", mp="amazon.it", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.it")

o = order_no("402")
text = """Amazon.it
%s

Gentile Giulia,

non siamo riusciti ad autorizzare il pagamento con la carta Mastercard che
termina con 4821 per il tuo ordine n. %s.

Nei giorni scorsi ti abbiamo chiesto di aggiornare le informazioni di
pagamento, ma non abbiamo ricevuto una revisione del pagamento entro il
termine indicato. Per questo motivo abbiamo annullato l'ordine.

Articoli annullati:
  1 x Lenovo IdeaPad Slim 3 15IAN8, 8 GB RAM, 512 GB SSD     549,00 €

Non ti è stato addebitato alcun importo. Se desideri ancora questi
articoli, puoi effettuare un nuovo ordine su www.amazon.it.

Prima di ordinare di nuovo, verifica che numero di carta, data di scadenza
e indirizzo di fatturazione siano aggiornati in Il mio account:
https://www.amazon.it/cpe/yourpayments/wallet

Grazie per aver scelto Amazon.it.
%s

%s
""" % (RULE, o, RULE, "\n\n".join(IT["footer"]).replace("©", "(c)"))
E("notice", "it", "payment_issue", True, "payment revision not received in time, plain text latin-9 8bit",
  ("Amazon.it", "payments-messages@amazon.it"), "Il tuo ordine Amazon.it #%s è stato annullato" % o, text,
  cs="iso-8859-15", cte="8bit", mp="amazon.it", recv="amazon", reply_to="no-reply@amazon.it")

o = order_no("171")
t, h = amz_pair(IT, G, [
    "Ti contattiamo in merito al tuo ordine recente. A causa di un errore nel nostro sistema di determinazione dei prezzi, il prezzo visualizzato per l'articolo sotto indicato al momento dell'ordine non era corretto.",
    "Per questo motivo abbiamo annullato l'ordine. Non ti è stato addebitato alcun importo e l'eventuale pre-autorizzazione sulla tua carta decadrà automaticamente.",
    "Se desideri ancora acquistare l'articolo al prezzo corretto, puoi effettuare un nuovo ordine dalla pagina del prodotto. Ci scusiamo per il disagio.",
], order=o, item_hdr="Articoli annullati", items=[("Dyson V15 Detect Absolute, aspirapolvere senza filo", "Quantità: 1", "69,99 €")],
   totals=[("Totale ordine:", "69,99 €"), ("Importo addebitato:", "0,00 €")])
E("notice", "it", "technical_issue", True, "pricing error, HTML-only base64", AMZ_IT,
  "Il tuo ordine Amazon.it #%s è stato annullato" % o, html=h, cte="b64", mp="amazon.it", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.it")

o = order_no("404")
t, h = amz_pair(IT, G, [
    "Durante un controllo di routine abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggerti, abbiamo messo temporaneamente in attesa l'account e annullato l'ordine riportato di seguito.",
    "Per sbloccare l'account accedi direttamente al sito www.amazon.it o all'app Amazon e segui le istruzioni visualizzate: ti chiederemo di verificare alcune informazioni relative al metodo di pagamento. Non è necessario rispondere a questa e-mail e non ti chiederemo mai di inviarci i dati della carta per e-mail.",
    "Non ti è stato addebitato alcun importo per l'ordine annullato. Una volta completata la verifica potrai effettuare nuovamente l'ordine.",
], order=o, item_hdr="Articoli annullati", items=[("Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)", "Quantità: 2", "558,00 €")],
   head="Informazioni da Amazon.it")
E("notice", "it", "fraud_prevention", True, "unusual activity, account on hold; bulk-style subject without order number",
  ("Amazon.it", "cs-reply@amazon.it"), "Informazioni da Amazon.it", t, h, cte="b64", mp="amazon.it", recv="amazon")

o = order_no("405")
item = "Lego Technic 42151 Bugatti Bolide"
t, h = amz_pair(IT, G, [
    "Come richiesto, abbiamo annullato l'articolo seguente dal tuo ordine n. %s." % o,
    "Motivo dell'annullamento: Annullato dal cliente",
    "Se l'importo ti è già stato addebitato, riceverai un rimborso sul metodo di pagamento originale. I rimborsi possono richiedere fino a 5 giorni lavorativi per essere visualizzati sull'estratto conto.",
    "Puoi controllare lo stato dei tuoi ordini in I miei ordini: https://www.amazon.it/gp/css/order-history",
], order=o, item_hdr="Articoli annullati", items=[(item, "Quantità: 1", "45,99 €")])
E("notice", "it", "customer_request", True, "customer cancelled, 'Annullato dal cliente'", ("Amazon.it", "auto-confirm@amazon.it"),
  'Annullamento effettuato con successo di "%s" dal tuo ordine Amazon.it #%s' % (item, o), t, h, cte="qp", mp="amazon.it",
  auth="pass", recv="amazon", reply_to="no-reply@amazon.it")

o = order_no("406")
text = """Amazon.it

Gentile Giulia,

ti informiamo che il tuo ordine n. %s è stato annullato.

Articoli annullati:
  Philips Series 3000 rasoio elettrico S3233/52      Quantità: 1
  Philips testine di ricambio SH30/50                Quantità: 1

Non ti sarà addebitato alcun importo per questi articoli. Eventuali
pre-autorizzazioni sul tuo metodo di pagamento verranno annullate
automaticamente.

Puoi visualizzare i dettagli dell'ordine in I miei ordini:
https://www.amazon.it/gp/css/order-history

Se hai domande, visita il Servizio Clienti:
https://www.amazon.it/gp/help/customer/contact-us

%s

%s
""" % (o, RULE, "\n\n".join(IT["footer"]))
E("notice", "it", "unknown", False, "no reason given, plain text", AMZ_IT,
  "Il tuo ordine Amazon.it #%s è stato annullato" % o, text, cte="qp", mp="amazon.it", recv="amazon", reply_to="no-reply@amazon.it")

# ---------------- non-notices
text = """Ciao Giulia,

ti confermiamo che il tuo ordine n. 2045718893 del 03/11 è stato annullato.

Purtroppo il prodotto "Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, Grigio" non è più
disponibile nel nostro magazzino e non possiamo garantire la consegna.

Rimborso
Hai pagato con Amazon Pay: l'importo di 399,00 € verrà riaccreditato sul metodo
di pagamento associato al tuo account Amazon entro 5-7 giorni lavorativi. Il
rimborso sarà visibile anche nella sezione Amazon Pay del tuo account Amazon.

Per qualsiasi domanda contatta il nostro Servizio Clienti al numero 800 88 22 88
o visita www.mediaworld.it/assistenza.

Il team MediaWorld

MediaWorld - MediaMarket S.p.A. con socio unico, Via Furlanelli 69, 20843 Verano
Brianza (MB) - P.IVA 02630120166
"""
html = plain_html("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#df0000;padding:16px"><img src="https://assets.mmsrg.com/is/166325/12975367df8e182e57044734f5165e190/c3/-/logo-mediaworld.png" alt="MediaWorld" width="160"></td></tr>
<tr><td style="padding:20px">
<p>Ciao Giulia,</p>
<p>ti confermiamo che il tuo ordine <b>n. 2045718893</b> del 03/11 &egrave; stato <b>annullato</b>.</p>
<p>Purtroppo il prodotto &quot;Samsung Galaxy Tab S9 FE 128 GB Wi-Fi, Grigio&quot; non &egrave; pi&ugrave; disponibile nel nostro magazzino e non possiamo garantire la consegna.</p>
<h3 style="margin-bottom:4px">Rimborso</h3>
<p>Hai pagato con <b>Amazon Pay</b>: l'importo di 399,00 &euro; verr&agrave; riaccreditato sul metodo di pagamento associato al tuo account Amazon entro 5-7 giorni lavorativi. Il rimborso sar&agrave; visibile anche nella sezione Amazon Pay del tuo account Amazon.</p>
<p>Per qualsiasi domanda contatta il nostro Servizio Clienti al numero 800 88 22 88 o visita <a href="https://www.mediaworld.it/it/content/assistenza">www.mediaworld.it/assistenza</a>.</p>
<p>Il team MediaWorld</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;padding:12px 20px">MediaWorld - MediaMarket S.p.A. con socio unico, Via Furlanelli 69, 20843 Verano Brianza (MB) - P.IVA 02630120166</td></tr>
</table>""")
E("non_notice", "it", None, False, "MediaWorld order cancellation, paid with Amazon Pay", ("MediaWorld", "noreply@info.mediaworld.it"),
  "Il tuo ordine n. 2045718893 è stato annullato", text, html, cte="qp", recv=("mta-12.info.mediaworld.it", "185.45.22.71"))

text = """Ciao Giulia!

Alla fine ho annullato l'ordine su Amazon della friggitrice ad aria per
Chiara: ieri sera mi è arrivata la mail "il tuo ordine è stato annullato"
quindi è tutto a posto, non mi hanno addebitato niente.

Ho visto che da Unieuro la stessa Ninja costa 20 euro in meno e sabato
passo comunque dal centro commerciale. Facciamo a metà come d'accordo?
Se vuoi vieni anche tu, così prendiamo anche il biglietto.

Un abbraccio,
Luca

--
Inviato da iPhone
"""
E("non_notice", "it", None, False, "friend says he cancelled his Amazon order", ("Luca Rinaldi", "luca.rinaldi77@gmail.com"),
  "Re: regalo per Chiara", text, cte="8bit", recv=("mail-ej1-f41.google.com", "209.85.218.41"),
  extra=[("In-Reply-To", "<CAF3k9x2mQ7@mail.gmail.com>"), ("References", "<CAF3k9x2mQ7@mail.gmail.com>")])

html = plain_html("""<div style="max-width:640px;margin:auto">
<h1 style="font-size:22px;color:#0b3d91">Sicurezza Digitale Oggi &ndash; Newsletter n. 142</h1>
<h2 style="font-size:18px">La truffa del finto annullamento Amazon: come riconoscerla</h2>
<p>Nelle ultime settimane molti lettori ci hanno segnalato e-mail con oggetto <i>&laquo;Il tuo ordine Amazon #113-4421-09 &egrave; stato annullato &ndash; verifica il pagamento&raquo;</i>. Il messaggio imita la grafica di Amazon, sostiene che l'ordine &egrave; stato annullato per un problema con la carta e invita a cliccare su un pulsante &laquo;Aggiorna pagamento&raquo;.</p>
<p>Il link porta a un sito clone che ruba credenziali e dati della carta. Ecco alcuni segnali d'allarme:</p>
<ul>
<li>il mittente non termina con <b>@amazon.it</b> (nell'esempio era <i>servizio@amazon-it-rimborsi.com</i>);</li>
<li>il numero d'ordine non ha il formato corretto 000-0000000-0000000;</li>
<li>si chiede di &laquo;rispondere con i dati della carta&raquo; o di chiamare un numero di telefono.</li>
</ul>
<p>Nel dubbio, non cliccare: apri l'app o digita tu l'indirizzo del sito e controlla la sezione I miei ordini. Le e-mail sospette si possono segnalare ad Amazon e alla Polizia Postale.</p>
<p style="font-size:12px;color:#666">Ricevi questa newsletter perch&eacute; ti sei iscritta su sicurezzadigitaleoggi.it. <a href="https://sicurezzadigitaleoggi.it/newsletter/disiscriviti?u=8f21a">Annulla l'iscrizione</a></p>
</div>""")
E("non_notice", "it", None, False, "security newsletter quoting a fake cancellation subject", ("Sicurezza Digitale Oggi", "newsletter@sicurezzadigitaleoggi.it"),
  "Newsletter n. 142 – La truffa del finto annullamento Amazon: come riconoscerla", html=html, cte="b64",
  recv=("mail176.sea31.mcsv.net", "198.2.176.9"), extra=[("List-Unsubscribe", "<https://sicurezzadigitaleoggi.it/newsletter/disiscriviti?u=8f21a>"), ("Precedence", "bulk")])

o = order_no("403")
t, h = amz_pair(IT, G, [
    "l'appuntamento di consegna che avevi fissato per martedì tra le 14:00 e le 18:00 è stato annullato perché il corriere non potrà effettuare la consegna al piano in quella fascia oraria.",
    "Il tuo ordine non è stato annullato e l'articolo è pronto per la spedizione. Scegli una nuova data di consegna entro 5 giorni da I miei ordini; se non scegli una nuova data, ti contatteremo noi per fissarla.",
], order=o, items=[("Samsung WW90T534DAW lavatrice 9 kg, classe A", "Quantità: 1", "")],
   button=("Scegli una nuova data", "/progress-tracker/package?orderId=" + o), head="Appuntamento di consegna annullato")
E("non_notice", "it", None, False, "Amazon delivery appointment cancelled, order still active",
  ("Amazon.it", "shipment-tracking@amazon.it"), "Appuntamento di consegna annullato per il tuo ordine #%s" % o, t, h, cte="qp",
  recv="amazon", reply_to="no-reply@amazon.it")

text = """Ciao Giulia,

ti confermiamo che il tuo abbonamento Audible Premium Plus è stato
annullato come da tua richiesta.

Potrai continuare ad ascoltare tutti i titoli acquistati nella tua
Libreria anche dopo la cancellazione. I 2 crediti ancora disponibili
scadranno alla fine del periodo di fatturazione in corso (14 dicembre).

Cambiato idea? Puoi riattivare l'abbonamento in qualsiasi momento su
https://www.audible.it/account/overview

Grazie per aver ascoltato con noi,
Il team Audible

Audible GmbH, Schumannstr. 6, 10117 Berlino, Germania. Audible è una
società del gruppo Amazon.
"""
E("non_notice", "it", None, False, "Audible membership cancelled", ("Audible.it", "noreply@audible.it"),
  "Conferma di annullamento del tuo abbonamento Audible", text, cte="b64", recv="amazon")

o = order_no("171")
t, h = amz_pair(IT, G, [
    "non siamo riusciti ad autorizzare il pagamento con la carta Visa che termina con 0937 per il tuo ordine n. %s. Può succedere se la carta è scaduta, se l'indirizzo di fatturazione non corrisponde o se la banca ha rifiutato la transazione." % o,
    "Per evitare ritardi, aggiorna il metodo di pagamento entro 7 giorni. Se non riceviamo una revisione del pagamento entro tale termine, l'ordine verrà annullato.",
    "Per aggiornare il pagamento, accedi a Il mio account e seleziona l'ordine in I miei ordini. Se hai già aggiornato il metodo di pagamento, ignora questo messaggio.",
], order=o, items=[("Kindle Paperwhite (16 GB), nero", "Quantità: 1", "169,99 €")],
   button=("Aggiorna il metodo di pagamento", "/gp/css/order-history"), head="Revisione del pagamento necessaria")
E("non_notice", "it", None, False, "genuine payment reminder, order not yet cancelled", ("Amazon.it", "payments-messages@amazon.it"),
  "Azione richiesta: aggiorna il metodo di pagamento per l'ordine #%s" % o, t, h, cte="qp", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.it")

# ---------------- lookalikes
text = """Gentile cliente Amazon,

Il tuo ordine n° 171-2938-44 (Apple iPhone 15 Pro Max 256GB - 1.489,00 EUR)
e stato ANNULLATO per motivi di sicurezza dal nostro sistema antifrode.

Se NON hai effettuato tu questo ordine o vuoi bloccare l'addebito sulla tua
carta chiama SUBITO il nostro numero verde gratuito:

      +39 02 9475 3318   (attivo 24 ore su 24)

Se non ci contatti entro 24 ore l'importo verra addebitato comunque.

Cordiali saluti
Servizio Clienti Amazon Italia
"""
E("lookalike", "it", "fraud_prevention", True, "callback phone scam, gmail sender, malformed order number, crude",
  ("Amazon Servizio Clienti", "assistenza.amazon.ordini@gmail.com"), "Ordine annullato - Contattaci subito", text, cte="8bit",
  recv=("mail-wr1-f67.google.com", "209.85.221.67"),
  auth="mx.libero.it; dkim=pass header.d=gmail.com header.i=@gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")

o = order_no("403")
html = plain_html("""<div style="max-width:560px;margin:auto;border:1px solid #ddd;padding:20px">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="120" alt="amazon">
<h2 style="color:#c40000">Il tuo account è stato sospeso</h2>
<p>Gentile cliente,</p>
<p>abbiamo rilevato un tentativo di accesso non autorizzato al tuo account. Per la tua sicurezza il tuo account è stato <b>sospeso</b> e il tuo ordine <b>#%s</b> è stato <b>annullato</b>.</p>
<p>Per riattivare il tuo account e ripristinare l'ordine utilizza il seguente codice di verifica:</p>
<p style="font-size:26px;font-weight:bold;letter-spacing:4px;background:#f3f3f3;padding:10px;text-align:center">AMZ-48213</p>
<p>Inserisci il codice nella pagina di verifica: <a href="https://amazon-ordini-it.com/riattiva/?c=AMZ-48213">https://amazon-ordini-it.com/riattiva</a></p>
<p>Il codice scade tra 12 ore. Dopo tale termine l'account verrà chiuso definitivamente.</p>
<p>Grazie,<br>Team Sicurezza Account Amazon</p>
</div>""" % o)
E("lookalike", "it", "fraud_prevention", True, "account suspended + order cancelled, 'use this code', lookalike domain",
  ("Amazon", "no-reply@amazon-ordini-it.com"), "Account sospeso: il tuo ordine è stato annullato", html=html, cte="b64",
  recv=("vps-7a1c2e.contaboserver.net", "62.171.142.19"),
  auth="mx.libero.it; dkim=none; spf=pass smtp.mailfrom=amazon-ordini-it.com; dmarc=none header.from=amazon-ordini-it.com")

o = order_no("405")
text = """Gentile Cliente,

La informiamo che il suo ordine #%s è stato annullato perché il
pagamento non è andato a buon fine (carta rifiutata dall'istituto emittente).

Per ricevere il rimborso dell'importo già trattenuto (234,50 €) oppure per
completare l'ordine, risponda a questa e-mail indicando:

- Nome e cognome dell'intestatario
- Numero della carta (16 cifre)
- Data di scadenza
- Codice di sicurezza CVV (3 cifre sul retro)
- Data di nascita

La pratica verrà gestita entro 48 ore dalla sua risposta.

Cordiali saluti,
Ufficio Rimborsi Amazon.it
""" % o
E("lookalike", "it", "payment_issue", True, "reply with card details, outlook free-mail sender", ("Amazon.it Rimborsi", "rimborsi.amazon.it@outlook.it"),
  "Rimborso ordine annullato #%s" % o, text, cte="qp", reply_to="rimborsi.amazon.it@outlook.it",
  recv=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.92.89.14"))

o = order_no("402")
t, h = amz_pair(IT, G, [
    "non siamo riusciti ad autorizzare il pagamento per il tuo ordine n. %s. La carta registrata risulta scaduta o non valida." % o,
    "Aggiorna il metodo di pagamento entro 24 ore, altrimenti l'ordine verrà annullato e gli articoli torneranno disponibili per altri clienti.",
    "Aggiorna ora su https://www.amazon.it/cpe/yourpayments/wallet",
], order=o, items=[("Sony WH-1000XM5 cuffie wireless con cancellazione del rumore", "Quantità: 1", "329,00 €")],
   button=("Aggiorna il metodo di pagamento", "/cpe/yourpayments/wallet"), link_domain="amazon-orders.help", text_link_domain="amazon-orders.help",
   head="Revisione del pagamento necessaria")
E("lookalike", "it", "payment_issue", True, "polished clone, 'will be cancelled unless', link text amazon.it but href amazon-orders.help",
  ("Amazon.it", "order-update@amazon-orders.help"), "Azione richiesta: il tuo ordine Amazon.it #%s verrà annullato" % o, t, h, cte="qp",
  recv=("mail.amazon-orders.help", "193.42.33.120"), reply_to="no-reply@amazon-orders.help")

o = order_no("402")
t, h = amz_pair(IT, G, [
    "Ci dispiace informarti che l'articolo seguente non è più disponibile presso il nostro fornitore e il tuo ordine è stato annullato.",
    "Per ricevere il rimborso di 89,90 € conferma i dati del tuo metodo di pagamento entro 48 ore tramite il Centro Rimborsi: https://www.amazon.it/rimborsi",
], order=o, item_hdr="Articoli annullati", items=[("De'Longhi Magnifica S ECAM22.110.B macchina da caffè", "Quantità: 1", "89,90 €")],
   button=("Richiedi il rimborso", "/rimborsi"), link_domain="notifiche-clienti.eu", text_link_domain="notifiche-clienti.eu")
E("lookalike", "it", "inventory_shortage", True, "Cyrillic homoglyph display name, refund-claim link to notifiche-clienti.eu",
  ("\u0410mazon.it", "servizio@notifiche-clienti.eu"), "Il tuo ordine Amazon.it #%s è stato annullato" % o, t, h, cte="b64",
  recv=("srv1.notifiche-clienti.eu", "45.95.147.22"))

html = plain_html("""<p><b>amazon.it</b></p>
<p>Caro cliente,</p>
<p>a causa di un errore di sistema il tuo ordine <b>#40-55120-7781</b> è stato annullato e l'importo di <b>79,99 €</b> non è stato restituito.</p>
<p>Per ricevere il rimborso accedi al tuo account entro oggi:</p>
<p><a href="http://amaz0n-it.com/signin?ref=refund" style="background:#f0c14b;padding:8px 14px;color:#111;text-decoration:none;border:1px solid #a88734">ACCEDI AL MIO ACCOUNT</a></p>
<p>Grazie per la comprensione.<br>Amazon</p>
<p style="font-size:10px;color:#999">© 1996-2024, Amazon.com, Inc. o società affiliate</p>""")
E("lookalike", "it", "technical_issue", True, "amaz0n domain, malformed order number, system error claim", ("Amazon.it", "ordini@amaz0n-it.com"),
  "Problema con il tuo ordine - rimborso in sospeso", html=html, cte="qp",
  recv=("amaz0n-it.com", "103.151.227.8"))

o = order_no("406")
t, h = amz_pair(IT, G, [
    "il tuo ordine n. %s è stato annullato." % o,
    "Se non hai richiesto tu l'annullamento, verifica subito l'attività del tuo account: https://www.amazon.it/gp/css/order-history",
], order=o, item_hdr="Articoli annullati", items=[("Samsung Galaxy S24 Ultra 512 GB, Titanium Black", "Quantità: 1", "1.279,00 €")],
   button=("Verifica il tuo account", "/ap/signin"), link_domain="amazon.it.account-verifica.com", text_link_domain="amazon.it.account-verifica.com")
E("lookalike", "it", "unknown", False, "spoofed From amazon.it failing SPF/DMARC, hrefs to amazon.it.account-verifica.com, no reason", AMZ_IT,
  "Il tuo ordine Amazon.it #%s è stato annullato" % o, t, h, cte="qp",
  recv=("host-91-215-85-43.customer.example-hosting.ru", "91.215.85.43"),
  auth="mx.libero.it; spf=fail (mx.libero.it: domain of order-update@amazon.it does not designate 91.215.85.43 as permitted sender) smtp.mailfrom=order-update@amazon.it; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.it")

text = """ULTIMO AVVISO !!!

Caro cliente Amazon Prime,

il tuo ordine verra ANNULLATO entro 24 ore perche non abbiamo potuto
verificare la tua identita. Il tuo account e stato limitato.

Per evitare l'annullamento e la chiusura del tuo account conferma i tuoi
dati cliccando qui:  http://bit.ly/amzn-verifica-it

Se non confermi, il tuo abbonamento Prime e tutti i tuoi ordini saranno
cancellati.

Amazon Prime Italia
"""
E("lookalike", "it", "fraud_prevention", True, "yahoo sender, no order number, 'will be cancelled' unless identity verified, crude",
  ("Amazon Prime", "amazonprime.it.supporto@yahoo.com"), "ULTIMO AVVISO: il tuo ordine verra annullato entro 24 ore", text, cs="us-ascii", cte="8bit",
  recv=("sonic310-21.consmr.mail.ir2.yahoo.com", "77.238.176.98"))

# ==================================================================== POLISH
PL = dict(lang="pl", domain="amazon.pl", brand="Amazon.pl", order_label="Zamówienie nr",
          to=("Katarzyna Nowak", "katarzyna.nowak84@wp.pl"))
PL["footer"] = [
    "Amazon.pl nigdy nie poprosi Cię o podanie hasła, pełnego numeru karty płatniczej ani innych danych osobowych w wiadomości e-mail, SMS-ie ani podczas rozmowy telefonicznej. Nie odpowiadaj na wiadomości z prośbą o takie dane.",
    "Jeśli numer Twojej karty uległ zmianie lub karta wygasła, zaktualizuj dane płatności w sekcji Twoje konto > Twoje płatności: https://www.amazon.pl/cpe/yourpayments/wallet",
    "Otrzymałeś podejrzaną wiadomość, która wygląda na wysłaną przez Amazon? Zgłoś ją zgodnie z instrukcjami na stronie https://www.amazon.pl/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV i dowiedz się, jak rozpoznać phishing.",
    "Pomoc i Obsługa Klienta: https://www.amazon.pl/gp/help/customer/display.html",
    "Ta wiadomość została wysłana z adresu, który służy wyłącznie do wysyłania powiadomień i nie przyjmuje wiadomości przychodzących. Prosimy nie odpowiadać na tę wiadomość.",
    "(c) 2024 Amazon.com, Inc. lub podmioty powiązane. Wszelkie prawa zastrzeżone. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg. Numer rejestru handlowego: B-101818.",
]
G = "Dzień dobry Katarzyna,"
AMZ_PL = ("Amazon.pl", "order-update@amazon.pl")

# ---------------- notices
o = order_no("405")
t, h = amz_pair(PL, G, [
    "Z przykrością informujemy, że nie możemy zrealizować Twojego zamówienia przedpremierowego na poniższy produkt. Nasz dostawca nie dostarczył nam wystarczającej liczby egzemplarzy, a produkt nie jest już dostępny, dlatego anulowaliśmy go z Twojego zamówienia.",
    "Nie obciążyliśmy Twojej karty za ten produkt. Jeśli płatność została wcześniej autoryzowana, blokada środków zostanie zwolniona w ciągu kilku dni roboczych.",
    "Przepraszamy za niedogodności. Szczegóły zamówienia znajdziesz w sekcji Twoje zamówienia: https://www.amazon.pl/gp/css/order-history",
], order=o, item_hdr="Anulowane produkty", items=[("EA SPORTS FC 25 - Edycja Ultimate (PS5) - przedsprzedaż", "Ilość: 1", "439,00 zł")])
E("notice", "pl", "inventory_shortage", True, "pre-order cannot be filled, supplier shortfall, iso-8859-2", AMZ_PL,
  "1 produkt został anulowany z Twojego zamówienia Amazon.pl nr %s" % o, t, h, cs="iso-8859-2", cte="qp", mp="amazon.pl",
  recv="amazon", reply_to="no-reply@amazon.pl")

o = order_no("406")
text = """Amazon.pl
%s

Dzień dobry Katarzyna,

nie udało nam się pobrać płatności za Twoje zamówienie nr %s.
Saldo Twojej karty podarunkowej Amazon.pl było niewystarczające, aby
pokryć całą kwotę zamówienia, a obciążenie pozostałej kwoty kartą Visa
kończącą się cyframi 5512 zostało odrzucone przez bank.

Prosiliśmy o zaktualizowanie metody płatności, ale nie otrzymaliśmy
aktualizacji w wyznaczonym terminie. W związku z tym anulowaliśmy
zamówienie.

Anulowane produkty:
  1 x Philips Airfryer XXL HD9650/90                 899,00 zł
  1 x Philips zestaw do pieczenia HD9925/00          119,00 zł

Środki z karty podarunkowej nie zostały wykorzystane i pozostają na
Twoim koncie. Jeśli nadal chcesz kupić te produkty, złóż nowe zamówienie
na stronie www.amazon.pl.

Jeśli numer Twojej karty uległ zmianie lub karta wygasła, zaktualizuj
dane w sekcji Twoje płatności:
https://www.amazon.pl/cpe/yourpayments/wallet

%s

%s
""" % (RULE, o, RULE, "\n\n".join(PL["footer"]))
E("notice", "pl", "payment_issue", True, "insufficient gift card balance + card declined, 8bit iso-8859-2 plain text",
  ("Amazon.pl", "payments-messages@amazon.pl"), "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, text,
  cs="iso-8859-2", cte="8bit", mp="amazon.pl", auth="pass", recv="amazon", reply_to="no-reply@amazon.pl")

o = order_no("402")
t, h = amz_pair(PL, G, [
    "Podczas przetwarzania Twojego zamówienia wystąpił błąd systemu, przez który nie mogliśmy go poprawnie zrealizować. W związku z tym zamówienie zostało anulowane.",
    "Twoja karta nie została obciążona. Jeśli widzisz tymczasową blokadę środków, zniknie ona automatycznie w ciągu kilku dni roboczych.",
    "Przepraszamy za utrudnienia. Jeśli nadal chcesz kupić te produkty, możesz złożyć zamówienie ponownie.",
], order=o, item_hdr="Anulowane produkty", items=[("Xiaomi Robot Vacuum S10+, robot sprzątający", "Ilość: 1", "1 599,00 zł"),
                                                    ("Xiaomi zestaw filtrów i szczotek do S10+", "Ilość: 1", "89,99 zł")],
   button=("Zobacz szczegóły zamówienia", "/gp/your-account/order-details?orderID=" + o))
E("notice", "pl", "technical_issue", True, "system processing error", AMZ_PL,
  "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, t, h, cte="b64", mp="amazon.pl", recv="amazon", reply_to="no-reply@amazon.pl")

o = order_no("403")
t, h = amz_pair(PL, G, [
    "Twoje zamówienie zostało wstrzymane do weryfikacji bezpieczeństwa, ponieważ zauważyliśmy nietypową aktywność na Twoim koncie. Nie udało nam się potwierdzić danych płatności, dlatego anulowaliśmy to zamówienie, a Twoje konto zostało tymczasowo zablokowane.",
    "Aby odblokować konto, zaloguj się samodzielnie na stronie www.amazon.pl lub w aplikacji Amazon Shopping i postępuj zgodnie z wyświetlanymi instrukcjami. Nie odpowiadaj na tę wiadomość i nie przesyłaj nam danych karty e-mailem.",
    "Twoja karta nie została obciążona za anulowane zamówienie.",
], order=o, item_hdr="Anulowane produkty", items=[("Apple iPad Air 11\" (M2) Wi-Fi 256 GB, gwiezdna szarość", "Ilość: 1", "3 799,00 zł")])
E("notice", "pl", "fraud_prevention", True, "order flagged for security review, account locked, HTML only",
  ("Amazon.pl", "cs-reply@amazon.pl"), "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, html=h, cte="qp", mp="amazon.pl",
  auth="pass", recv="amazon")

o = order_no("404")
item = "LEGO Creator 3 w 1 31134 Lśniący kabriolet"
text = """Amazon.pl
%s

Dzień dobry Katarzyna,

zgodnie z Twoją prośbą anulowaliśmy następujący produkt z Twojego
zamówienia nr %s:

  %s
  Ilość: 1      Cena: 79,99 zł

Powód anulowania: Anulowane przez klienta

Jeśli karta została już obciążona, zwrócimy pieniądze na pierwotną
metodę płatności. Zwrot może być widoczny na wyciągu po maksymalnie
5 dniach roboczych.

Status zamówień możesz sprawdzić w sekcji Twoje zamówienia:
https://www.amazon.pl/gp/css/order-history

%s

%s
""" % (RULE, o, item, RULE, "\n\n".join(PL["footer"]))
E("notice", "pl", "customer_request", True, "customer-cancelled item, plain text utf-8 8bit", ("Amazon.pl", "auto-confirm@amazon.pl"),
  "Anulowanie zakończone powodzeniem: „%s” z zamówienia Amazon.pl nr %s" % (item, o), text, cte="8bit", mp="amazon.pl",
  recv="amazon", reply_to="no-reply@amazon.pl")

o = order_no("171")
t, h = amz_pair(PL, G, [
    "Niestety nie mogliśmy dostarczyć Twojej przesyłki. Przewoźnik nie był w stanie zlokalizować adresu dostawy podanego w zamówieniu, a przesyłka została zwrócona do naszego centrum logistycznego.",
    "W związku z tym anulowaliśmy zamówienie. Zwrot pełnej kwoty, łącznie z kosztami wysyłki, otrzymasz na pierwotną metodę płatności w ciągu 3-5 dni roboczych.",
    "Przed złożeniem kolejnego zamówienia sprawdź swoje adresy w sekcji Twoje adresy: https://www.amazon.pl/a/addresses",
], order=o, item_hdr="Anulowane produkty", items=[("Tefal Ingenio Preference, zestaw garnków 13 el.", "Ilość: 1", "649,00 zł")])
E("notice", "pl", "unknown", True, "delivery address undeliverable -> order cancelled", AMZ_PL,
  "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, t, h, cte="qp", mp="amazon.pl", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.pl")

# ---------------- non-notices
text = """Cześć Katarzyna,

Twoje zamówienie nr 10203948576123 zostało anulowane.

Niestety jeden z partnerów Zalando nie mógł zrealizować Twojego zamówienia,
ponieważ produkt "Nike Air Max 90 - Sneakersy niskie, rozm. 39" został
wyprzedany.

Zwrot płatności
Zapłaciłaś za pomocą Amazon Pay. Kwota 599,00 zł zostanie zwrócona na metodę
płatności zapisaną na Twoim koncie Amazon w ciągu 5-7 dni roboczych.

Może spodobają Ci się podobne modele: https://www.zalando.pl/nike-air-max/

Pozdrawiamy
Twój zespół Zalando

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin, Niemcy
"""
html = plain_html("""<table width="600" align="center" style="font-family:Arial;font-size:14px">
<tr><td style="padding:16px 0"><img src="https://mosaic01.ztat.net/nvg/z-header-fragment/zalando-logo/logo_default.png" alt="Zalando" width="120"></td></tr>
<tr><td><p>Cze&#347;&#263; Katarzyna,</p>
<p><b>Twoje zam&oacute;wienie nr 10203948576123 zosta&#322;o anulowane.</b></p>
<p>Niestety jeden z partner&oacute;w Zalando nie m&oacute;g&#322; zrealizowa&#263; Twojego zam&oacute;wienia, poniewa&#380; produkt &bdquo;Nike Air Max 90 - Sneakersy niskie, rozm. 39&rdquo; zosta&#322; wyprzedany.</p>
<p><b>Zwrot p&#322;atno&#347;ci</b><br>Zap&#322;aci&#322;a&#347; za pomoc&#261; <b>Amazon Pay</b>. Kwota 599,00 z&#322; zostanie zwr&oacute;cona na metod&#281; p&#322;atno&#347;ci zapisan&#261; na Twoim koncie Amazon w ci&#261;gu 5-7 dni roboczych.</p>
<p><a href="https://www.zalando.pl/nike-air-max/">Zobacz podobne modele</a></p>
<p>Pozdrawiamy<br>Tw&oacute;j zesp&oacute;&#322; Zalando</p></td></tr>
<tr><td style="font-size:11px;color:#888">Zalando SE, Valeska-Gert-Stra&szlig;e 5, 10243 Berlin, Niemcy</td></tr></table>""", "pl")
E("non_notice", "pl", None, False, "Zalando order cancellation, paid with Amazon Pay", ("Zalando", "info@service-mail.zalando.pl"),
  "Twoje zamówienie zostało anulowane", text, html, cte="b64", recv=("mail-out-3.service-mail.zalando.pl", "185.118.112.33"))

text = """Cześć Kasia,

anulowałem w końcu to zamówienie na Amazonie na słuchawki Jabra do sali
konferencyjnej – przyszła już wiadomość, że zamówienie zostało anulowane,
więc nic nie zapłacimy. Okazało się, że dział IT ma jeszcze dwa komplety
w magazynie, Marek mi je jutro podrzuci.

Możesz wykreślić tę pozycję z budżetu na Q4. Fakturę za kamerę wrzucę
do obiegu jeszcze dziś.

Pozdrawiam,
Paweł

--
Paweł Zieliński
Office Manager | Softhouse Sp. z o.o.
tel. +48 600 123 874
"""
E("non_notice", "pl", None, False, "colleague says he cancelled an Amazon order, iso-8859-2 8bit",
  ("Paweł Zieliński", "p.zielinski@softhouse.com.pl"), "Słuchawki do sali konferencyjnej", text.replace("–", "-"), cs="iso-8859-2", cte="8bit",
  recv=("smtp.softhouse.com.pl", "91.239.204.18"), extra=[("User-Agent", "Mozilla Thunderbird")])

text = """BEZPIECZNY TYDZIEŃ #47

Uwaga na fałszywe maile „Twoje zamówienie Amazon zostało anulowane”

W tym tygodniu CERT Polska otrzymał kilkaset zgłoszeń wiadomości z tematem
„Twoje zamówienie Amazon nr 402-118-771 zostało anulowane – potwierdź
płatność”. Przestępcy podszywają się pod sklep, twierdzą, że płatność się
nie powiodła i kierują do fałszywej strony logowania (w zgłoszeniach
pojawiały się domeny typu amazon-pl-zwrot.com).

Jak się bronić?
* Sprawdź adres nadawcy - prawdziwe wiadomości przychodzą z domeny amazon.pl.
* Numer zamówienia Amazon ma format 000-0000000-0000000.
* Nie dzwoń pod numery podane w mailu i nie odpisuj z danymi karty.
* Status zamówienia zawsze sprawdzaj, logując się samodzielnie do sklepu.

Podejrzane wiadomości możesz zgłosić na incydent.cert.pl.

Dziękujemy, że jesteś z nami!
Redakcja Bezpiecznego Tygodnia

Otrzymujesz tego newslettera, ponieważ zapisałaś się na bezpiecznytydzien.pl.
Wypisz się: https://bezpiecznytydzien.pl/wypisz?id=77a1c
"""
html = plain_html("<pre style=\"font-family:Georgia,serif;white-space:pre-wrap\">%s</pre>" % esc(text), "pl")
E("non_notice", "pl", None, False, "security newsletter quoting fake Amazon cancellation subject", ("Bezpieczny Tydzień", "newsletter@bezpiecznytydzien.pl"),
  "Bezpieczny Tydzień #47: fałszywe maile o anulowaniu zamówień Amazon", text, html, cte="qp",
  recv=("o12.email.bezpiecznytydzien.pl", "167.89.41.12"), extra=[("List-Unsubscribe", "<https://bezpiecznytydzien.pl/wypisz?id=77a1c>"), ("Precedence", "bulk")])

o = order_no("405")
t, h = amz_pair(PL, G, [
    "wybrany przez Ciebie termin dostawy (sobota, 10:00-14:00) został odwołany, ponieważ kurier obsługujący duże przesyłki nie jest dostępny w tym przedziale czasowym.",
    "Twoje zamówienie nie zostało anulowane - produkt czeka na wysyłkę. Wybierz nowy termin dostawy w sekcji Twoje zamówienia.",
], order=o, items=[("Bosch Serie 4 zmywarka do zabudowy SMV4HVX00E", "Ilość: 1", "")],
   button=("Wybierz nowy termin", "/progress-tracker/package?orderId=" + o), head="Termin dostawy odwołany")
E("non_notice", "pl", None, False, "Amazon delivery slot cancelled, order still active", ("Amazon.pl", "shipment-tracking@amazon.pl"),
  "Odwołano termin dostawy zamówienia nr %s" % o, t, h, cte="qp", recv="amazon", reply_to="no-reply@amazon.pl")

t, h = amz_pair(PL, G, [
    "potwierdzamy anulowanie Twojego członkostwa Amazon Prime. Z korzyści Prime, takich jak darmowa dostawa i Prime Video, możesz korzystać do końca bieżącego okresu rozliczeniowego, czyli do 18 stycznia.",
    "Po tym dniu nie obciążymy Cię już opłatą członkowską w wysokości 49,00 zł rocznie. Zmieniłaś zdanie? Możesz wznowić członkostwo w dowolnym momencie: https://www.amazon.pl/prime",
], head="Członkostwo Amazon Prime anulowane")
E("non_notice", "pl", None, False, "Prime membership cancelled", ("Amazon Prime", "prime@amazon.pl"),
  "Potwierdzenie anulowania członkostwa Amazon Prime", html=h, cte="b64", recv="amazon")

o = order_no("402")
text = """Amazon.pl
%s

Dzień dobry Katarzyna,

nie udało nam się zautoryzować płatności kartą Mastercard kończącą się
cyframi 3307 za zamówienie nr %s.

Aby zamówienie zostało wysłane, zaktualizuj metodę płatności w ciągu
7 dni. Jeśli nie otrzymamy aktualizacji w tym terminie, zamówienie
zostanie anulowane.

  1 x Garmin Forerunner 265, czarny            1 849,00 zł

Aby zaktualizować płatność, zaloguj się na www.amazon.pl, przejdź do
sekcji Twoje zamówienia i wybierz "Zaktualizuj metodę płatności".
Jeśli już to zrobiłaś, zignoruj tę wiadomość.

%s

%s
""" % (RULE, o, RULE, "\n\n".join(PL["footer"]))
E("non_notice", "pl", None, False, "genuine payment reminder, order will be cancelled only if not updated",
  ("Amazon.pl", "payments-messages@amazon.pl"), "Zaktualizuj metodę płatności dla zamówienia nr %s" % o, text,
  cs="iso-8859-2", cte="qp", recv="amazon", reply_to="no-reply@amazon.pl")

# ---------------- lookalikes
text = """Szanowny Kliencie,

Twoje zamówienie Amazon nr 302-99812-553 na kwotę 2 349,00 zł zostało
anulowane z powodu nieudanej płatności. Środki zostały jednak
zablokowane na Twoim koncie bankowym.

Aby odzyskać pieniądze lub dokończyć płatność, pilnie zadzwoń do
działu płatności Amazon:

    +48 22 307 41 95  (pon.-niedz. 8:00-22:00)

Po 24 godzinach zwrot nie będzie możliwy.

Dział Płatności Amazon Polska
"""
E("lookalike", "pl", "payment_issue", True, "callback phone, outlook sender, malformed order number",
  ("Amazon Płatności", "amazon.platnosci.pl@outlook.com"), "Zamówienie anulowane - nieudana płatność", text, cs="windows-1250", cte="8bit",
  recv=("EUR02-AM0-obe.outbound.protection.outlook.com", "40.92.49.53"))

o = order_no("405")
html = plain_html("""<div style="max-width:560px;margin:auto;font-family:Arial">
<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:22px;font-weight:bold">amazon</span><span style="color:#ff9900">.pl</span></div>
<div style="padding:18px;border:1px solid #ddd">
<p>Drogi Kliencie,</p>
<p>Twoje konto Amazon zostało <b>zawieszone</b> z powodu podejrzanej aktywności, a zamówienie <b>%s</b> zostało <b>anulowane</b>.</p>
<p>Aby przywrócić dostęp do konta, wprowadź poniższy kod na stronie weryfikacji:</p>
<p style="font-size:28px;text-align:center;letter-spacing:6px"><b>739 104</b></p>
<p style="text-align:center"><a href="https://konto-weryfikacja.pl/amazon/kod" style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Zweryfikuj konto</a></p>
<p>Jeśli nie zweryfikujesz konta w ciągu 24 godzin, zostanie ono trwale zamknięte.</p>
<p>Zespół Bezpieczeństwa Amazon</p></div></div>""" % o, "pl")
E("lookalike", "pl", "fraud_prevention", True, "Greek Alpha homoglyph display name, account suspended + code", ("\u0391mazon.pl", "bezpieczenstwo@konto-weryfikacja.pl"),
  "Twoje konto zostało zawieszone - zamówienie anulowane", html=html, cte="b64",
  recv=("mail.konto-weryfikacja.pl", "5.252.178.40"),
  auth="poczta.onet.pl; dkim=pass header.d=konto-weryfikacja.pl; spf=pass smtp.mailfrom=konto-weryfikacja.pl; dmarc=pass header.from=konto-weryfikacja.pl")

text = """Drogi klient Amazon,

Informujemy ze Twoja zamówienie zostało anulowana ponieważ Twoja karta
kredytowa została odrzucona przez system płatności.

Aby przywrócić zamówienie prosimy odpowiedz na ten email z następującymi
informacja:

Imię i nazwisko na karcie:
Numer karty:
Data ważności:
Kod CVV:
Adres rozliczeniowy:

Twoje zamówienie zostanie wysłane w ciągu 24 godzin po weryfikacji.

Dziękujemy
Amazon Obsługa Klienta
"""
E("lookalike", "pl", "payment_issue", True, "reply with card details, gmail, machine-translated Polish, no order number",
  ("Amazon Obsluga", "amazonobsluga.pl@gmail.com"), "Twoja zamówienie zostało anulowana", text, cte="qp",
  reply_to="amazonobsluga.pl@gmail.com", recv=("mail-lj1-f194.google.com", "209.85.208.194"))

o = order_no("403")
t, h = amz_pair(PL, G, [
    "Twoje zamówienie zostało oznaczone do weryfikacji bezpieczeństwa i tymczasowo anulowane, ponieważ zauważyliśmy nietypową aktywność na Twoim koncie.",
    "Aby przywrócić zamówienie i odblokować konto, potwierdź swoją tożsamość na stronie https://www.amazon.pl/ap/signin w ciągu 48 godzin. Po tym czasie zamówienie zostanie trwale usunięte.",
], order=o, item_hdr="Anulowane produkty", items=[("Samsung Galaxy Z Flip6 12/256 GB, miętowy", "Ilość: 1", "4 999,00 zł")],
   button=("Potwierdź tożsamość", "/ap/signin"), link_domain="amazon.pl.zamowienia-anulowanie.com", text_link_domain="amazon.pl.zamowienia-anulowanie.com")
E("lookalike", "pl", "fraud_prevention", True, "polished clone, sender and hrefs at amazon.pl.zamowienia-anulowanie.com",
  ("Amazon.pl", "order-update@amazon.pl.zamowienia-anulowanie.com"), "Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, t, h, cte="qp",
  recv=("amazon.pl.zamowienia-anulowanie.com", "194.26.29.113"))

o = order_no("404")
t, h = amz_pair(PL, G, [
    "Niestety produkt z Twojego zamówienia jest niedostępny u dostawcy i zamówienie zostało anulowane.",
    "Aby otrzymać zwrot 1 249,00 zł, podaj dane karty, na którą mamy przelać środki, w Centrum Zwrotów: https://www.amazon.pl/zwroty",
], order=o, item_hdr="Anulowane produkty", items=[("Dyson Supersonic HD07 suszarka do włosów", "Ilość: 1", "1 249,00 zł")],
   button=("Odbierz zwrot", "/zwroty"), link_domain="amazon-zamowienia.help", footer=PL["footer"][:1] + PL["footer"][4:])
E("lookalike", "pl", "inventory_shortage", True, "out-of-stock claim, refund form, lookalike domain amazon-zamowienia.help, HTML only",
  ("Amazon.pl Zwroty", "zwroty@amazon-zamowienia.help"), "Zwrot środków za anulowane zamówienie %s" % o, html=h, cte="b64",
  recv=("mx1.amazon-zamowienia.help", "141.98.10.55"))

text = """Dzień dobry,

nie mogliśmy doręczyć Twojej przesyłki z Amazon, ponieważ adres dostawy
jest niepełny. Jeśli nie potwierdzisz adresu w ciągu 12 godzin, Twoje
zamówienie zostanie anulowane, a paczka zwrócona do nadawcy.

Potwierdź adres i uiść opłatę za ponowne doręczenie (2,99 zł):
http://amaz0n-pl.net/dostawa

Amazon Logistics Polska
"""
html = plain_html("""<p>Dzie&#324; dobry,</p>
<p>nie mogli&#347;my dor&#281;czy&#263; Twojej przesy&#322;ki z <b>Amazon</b>, poniewa&#380; adres dostawy jest niepe&#322;ny. Je&#347;li nie potwierdzisz adresu w ci&#261;gu 12 godzin, Twoje zam&oacute;wienie <b>zostanie anulowane</b>, a paczka zwr&oacute;cona do nadawcy.</p>
<p><a href="http://amaz0n-pl.net/dostawa">Potwierd&#378; adres i uiść opłatę (2,99 z&#322;)</a></p>
<p>Amazon Logistics Polska</p>""", "pl")
E("lookalike", "pl", "unknown", True, "amaz0n domain, no order number, address problem, 'will be cancelled' unless fee paid",
  ("Amazon Logistics", "dostawa@amaz0n-pl.net"), "Twoja przesyłka czeka - potwierdź adres", text, html, cte="qp",
  recv=("amaz0n-pl.net", "185.234.216.60"))

o = order_no("406")
t, h = amz_pair(PL, G, [
    "Anulowałaś zamówienie nr %s. Zwrot środków zostanie przetworzony w ciągu 24 godzin." % o,
    "Powód anulowania: Anulowane przez klienta",
    "Jeśli to nie Ty anulowałaś zamówienie, natychmiast zabezpiecz swoje konto: https://www.amazon.pl/gp/css/homepage.html",
], order=o, item_hdr="Anulowane produkty", items=[("Apple MacBook Air 13\" M3 8/256 GB, północ", "Ilość: 1", "5 499,00 zł")],
   button=("To nie ja - zabezpiecz konto", "/gp/css/homepage.html"), link_domain="amazon-pl-konto.com", text_link_domain="amazon-pl-konto.com")
E("lookalike", "pl", "customer_request", True, "fake 'you cancelled, if not you click', link text amazon.pl but href amazon-pl-konto.com",
  ("Amazon.pl", "powiadomienia@amazon-pl-konto.com"), "Anulowanie zakończone powodzeniem - zamówienie nr %s" % o, t, h, cte="qp",
  recv=("srv-mail.amazon-pl-konto.com", "77.91.124.71"),
  auth="poczta.onet.pl; dkim=pass header.d=amazon-pl-konto.com; spf=pass smtp.mailfrom=amazon-pl-konto.com; dmarc=pass header.from=amazon-pl-konto.com")

text = """GRATULACJE!

Z powodu błędu systemu Amazon Twoje ostatnie zamówienie zostało
anulowane. W ramach przeprosin przyznaliśmy Ci rekompensatę w wysokości
200 zł na karcie podarunkowej.

Odbierz rekompensatę tutaj: https://tinyurl.com/amazon-pl-rekompensata

Oferta ważna tylko dzisiaj!

Amazon Polska
"""
E("lookalike", "pl", "technical_issue", True, "yahoo sender, system-error compensation lure, no order number, crude",
  ("Amazon Polska", "amazon_rekompensata@yahoo.com"), "Twoje zamówienie zostało anulowane - odbierz 200 zł", text, cte="b64",
  recv=("sonic314-27.consmr.mail.ir2.yahoo.com", "77.238.176.147"))

# =================================================================== SWEDISH
SV = dict(lang="sv", domain="amazon.se", brand="Amazon.se", order_label="Beställning nr",
          to=("Erik Lindqvist", "erik.lindqvist@telia.com"))
SV["footer"] = [
    "Amazon.se ber dig aldrig att uppge ditt lösenord, fullständiga kortuppgifter eller andra personuppgifter via e-post, sms eller telefon. Svara aldrig på meddelanden som ber om sådana uppgifter.",
    "Om ditt kortnummer har ändrats eller om kortet har gått ut kan du uppdatera betalningsinformationen under Ditt konto > Dina betalningar: https://www.amazon.se/cpe/yourpayments/wallet",
    "Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? Rapportera det enligt instruktionerna på https://www.amazon.se/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV och läs mer om nätfiske.",
    "Hjälp och kundservice: https://www.amazon.se/gp/help/customer/display.html",
    "Det här e-postmeddelandet skickades från en adress som endast används för aviseringar och som inte kan ta emot inkommande e-post. Svara inte på det här meddelandet.",
    "© 2024 Amazon.com, Inc. eller dess dotterbolag. Med ensamrätt. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. RCS Luxemburg: B-101818.",
]
G = "Hej Erik,"
AMZ_SV = ("Amazon.se", "order-update@amazon.se")

# ---------------- notices
o = order_no("404")
t, h = amz_pair(SV, G, [
    "Tyvärr kunde vår leverantör inte leverera artikeln nedan, och den finns inte längre i lager. Vi har därför avbrutit artikeln från din beställning.",
    "Du har inte debiterats för artikeln. Om betalningen redan hade reserverats släpps reservationen inom några bankdagar. Övriga artiklar i beställningen skickas som planerat.",
    "Vi ber om ursäkt för besväret. Du kan söka efter liknande produkter på https://www.amazon.se",
], order=o, item_hdr="Avbrutna artiklar", items=[("Fiskars X27 klyvyxa, XXL", "Antal: 1", "899,00 kr")])
E("notice", "sv", "inventory_shortage", True, "supplier could not deliver, out of stock", AMZ_SV,
  "1 artikel har avbrutits från din Amazon.se-beställning #%s" % o, t, h, cte="qp", mp="amazon.se", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.se")

o = order_no("406")
text = """Amazon.se
%s

Hej Erik,

din betalning för beställning %s kunde inte genomföras
eftersom ditt Visa-kort som slutar på 7730 nekades av kortutgivaren.

Vi bad dig att uppdatera betalningsuppgifterna, men vi fick ingen
uppdatering inom den angivna tiden. Beställningen har därför avbrutits.

Avbrutna artiklar:
  1 x Bose QuietComfort Ultra Earbuds, svart          2 790,00 kr

Du har inte debiterats. Om du fortfarande vill ha artiklarna kan du
lägga en ny beställning på www.amazon.se.

Kontrollera att kortnummer, utgångsdatum och faktureringsadress är
aktuella under Ditt konto:
https://www.amazon.se/cpe/yourpayments/wallet

%s

%s
""" % (RULE, o, RULE, "\n\n".join(SV["footer"]))
E("notice", "sv", "payment_issue", True, "card declined, no update in time, plain latin-1 8bit",
  ("Amazon.se", "payments-messages@amazon.se"), "Din Amazon.se-beställning #%s har avbrutits" % o, text, cs="iso-8859-1", cte="8bit",
  mp="amazon.se", recv="amazon", reply_to="no-reply@amazon.se")

o = order_no("403")
t, h = amz_pair(SV, G, [
    "Vi kontaktar dig angående din senaste beställning. På grund av ett fel i produktannonsen visades felaktig information om artikeln nedan (pris och förpackningsstorlek) när du beställde.",
    "Vi har därför avbrutit beställningen. Du har inte debiterats och en eventuell reservation på ditt kort försvinner automatiskt.",
    "Om du fortfarande vill köpa artikeln kan du göra en ny beställning från produktsidan. Vi ber om ursäkt för besväret.",
], order=o, item_hdr="Avbrutna artiklar", items=[("Nespresso Vertuo kapslar, 100-pack", "Antal: 3", "147,00 kr")],
   totals=[("Summa:", "147,00 kr"), ("Debiterat belopp:", "0,00 kr")])
E("notice", "sv", "technical_issue", True, "listing error, HTML only base64", AMZ_SV,
  "Din Amazon.se-beställning #%s har avbrutits" % o, html=h, cte="b64", mp="amazon.se", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.se")

o = order_no("402")
t, h = amz_pair(SV, G, [
    "Vi har upptäckt ovanlig aktivitet på ditt Amazon.se-konto. För att skydda dig har vi tillfälligt spärrat kontot och avbrutit beställningen nedan.",
    "För att låsa upp kontot behöver vi verifiera din identitet och dina betalningsuppgifter. Logga in själv på www.amazon.se eller i Amazon-appen och följ instruktionerna. Du behöver inte svara på det här meddelandet, och vi ber dig aldrig skicka kortuppgifter via e-post.",
    "Du har inte debiterats för den avbrutna beställningen.",
], order=o, item_hdr="Avbrutna artiklar", items=[("Sony PlayStation 5 Slim, digital utgåva", "Antal: 2", "9 980,00 kr")],
   head="Information från Amazon.se")
E("notice", "sv", "fraud_prevention", True, "unusual activity, identity verification, account on hold",
  ("Amazon.se", "cs-reply@amazon.se"), "Information från Amazon.se", t, h, cte="b64", mp="amazon.se", recv="amazon")

o = order_no("405")
item = "Philips Hue White and Color Ambiance startpaket E27"
t, h = amz_pair(SV, G, [
    "Som du begärde har vi avbrutit följande artikel från din beställning %s." % o,
    "Orsak till avbeställning: Avbeställd av kunden",
    "Om du redan har debiterats får du en återbetalning till den ursprungliga betalningsmetoden. Det kan ta upp till 5 bankdagar innan återbetalningen syns på ditt kontoutdrag.",
    "Du kan se status för dina beställningar under Dina beställningar: https://www.amazon.se/gp/css/order-history",
], order=o, item_hdr="Avbrutna artiklar", items=[(item, "Antal: 1", "1 495,00 kr")])
E("notice", "sv", "customer_request", True, "customer cancelled", ("Amazon.se", "auto-confirm@amazon.se"),
  'Avbeställningen lyckades: "%s" från din Amazon.se-beställning #%s' % (item, o), t, h, cte="qp", mp="amazon.se", auth="pass",
  recv="amazon", reply_to="no-reply@amazon.se")

o = order_no("171")
text = """Amazon.se

Hej Erik,

vi vill informera dig om att din beställning %s har avbrutits.

Avbrutna artiklar:
  Weber Compact Kettle 57 cm, svart          Antal: 1
  Weber grillborste, 30 cm                   Antal: 1

Du debiteras inte för dessa artiklar. Eventuella reservationer på din
betalningsmetod tas bort automatiskt.

Du kan se information om beställningen under Dina beställningar:
https://www.amazon.se/gp/css/order-history

Har du frågor? Kontakta kundservice:
https://www.amazon.se/gp/help/customer/contact-us

%s

%s
""" % (o, RULE, "\n\n".join(SV["footer"]))
E("notice", "sv", "unknown", False, "no reason given, plain latin-1 QP", AMZ_SV,
  "Din Amazon.se-beställning #%s har avbrutits" % o, text, cs="iso-8859-1", cte="qp", mp="amazon.se", recv="amazon",
  reply_to="no-reply@amazon.se")

# ---------------- non-notices
text = """Hej Erik,

tyvärr har vi fått avbryta din order 7712094583.

Produkten "Samsung 55" QE55Q80D QLED 4K" har tagit slut hos vår leverantör
och vi kan inte leverera den inom rimlig tid. Du har inte debiterats -
reservationen på ditt kort släpps inom 3-5 bankdagar.

Visste du att vi prismatchar? Hittar du samma produkt billigare hos en
annan svensk webbutik, till exempel Amazon.se, matchar vi priset. Läs mer på
https://www.elgiganten.se/prismatchning

Med vänliga hälsningar
Elgiganten Kundservice

Elgiganten AB, Box 1285, 164 29 Kista
"""
html = plain_html("""<table width="600" align="center" style="font-family:Arial;font-size:14px"><tr><td style="background:#041752;padding:14px"><img src="https://www.elgiganten.se/logo.png" alt="Elgiganten" width="150"></td></tr>
<tr><td style="padding:18px"><p>Hej Erik,</p><p>tyv&auml;rr har vi f&aring;tt <b>avbryta din order 7712094583</b>.</p>
<p>Produkten &quot;Samsung 55&quot; QE55Q80D QLED 4K&quot; har tagit slut hos v&aring;r leverant&ouml;r och vi kan inte leverera den inom rimlig tid. Du har inte debiterats - reservationen p&aring; ditt kort sl&auml;pps inom 3-5 bankdagar.</p>
<p>Visste du att vi prismatchar? Hittar du samma produkt billigare hos en annan svensk webbutik, till exempel Amazon.se, matchar vi priset. <a href="https://www.elgiganten.se/prismatchning">L&auml;s mer</a></p>
<p>Med v&auml;nliga h&auml;lsningar<br>Elgiganten Kundservice</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:0 18px">Elgiganten AB, Box 1285, 164 29 Kista</td></tr></table>""", "sv")
E("non_notice", "sv", None, False, "Elgiganten order cancellation mentioning Amazon.se price match", ("Elgiganten", "noreply@order.elgiganten.se"),
  "Din order 7712094583 har avbrutits", text, html, cte="qp", recv=("mta2.order.elgiganten.se", "193.17.38.25"))

text = """Tjena Erik!

Jag avbeställde min Amazon-beställning på tältet i morse, fick ett mejl
direkt om att beställningen var avbruten. Det visade sig att Johan har ett
likadant som vi kan låna till fjällturen, så ingen idé att köpa ett nytt.

Kan du ta med gasköket? Jag fixar mat för tre dagar.

Hörs!
/Oskar
"""
E("non_notice", "sv", None, False, "friend says he cancelled his Amazon order, latin-1 8bit", ("Oskar Bergström", "oskar.bergstrom@hotmail.se"),
  "Re: Fjällturen i augusti", text, cs="iso-8859-1", cte="8bit", recv=("EUR03-VI1-obe.outbound.protection.outlook.com", "40.92.90.87"),
  extra=[("In-Reply-To", "<AM8PR10MB4723.eurprd10.prod.outlook.com>")])

html = plain_html("""<div style="max-width:620px;margin:auto">
<p style="color:#999;font-size:12px">Konsumentbloggen &middot; Veckobrev 38</p>
<h1 style="font-size:22px">Bedragare skickar falska mejl om avbrutna Amazon-beställningar</h1>
<p>Just nu cirkulerar mejl med ämnesraden <i>&rdquo;Din Amazon-beställning #408-22-1190 har avbrutits &ndash; bekräfta dina uppgifter&rdquo;</i>. Mejlen ser ut att komma från Amazon, påstår att en beställning har avbrutits på grund av ett betalningsproblem och uppmanar mottagaren att ringa ett telefonnummer eller klicka på en länk.</p>
<p>Så känner du igen bluffen:</p>
<ol><li>Avsändaren är en gratisadress eller en domän som bara liknar amazon.se.</li>
<li>Beställningsnumret har fel format.</li>
<li>Du ombeds lämna kortuppgifter eller ringa till &rdquo;kundtjänst&rdquo;.</li></ol>
<p>Logga alltid in själv på Amazon för att kontrollera dina beställningar. Misstänkta mejl kan du polisanmäla och rapportera till Amazon.</p>
<p style="font-size:11px;color:#888">Du får det här veckobrevet eftersom du prenumererar på Konsumentbloggen. <a href="https://konsumentbloggen.se/avsluta?id=4c2e">Avsluta prenumerationen</a></p></div>""", "sv")
E("non_notice", "sv", None, False, "consumer blog newsletter quoting a fake Amazon cancellation subject", ("Konsumentbloggen", "veckobrev@konsumentbloggen.se"),
  "Veckobrev 38: Falska mejl om avbrutna Amazon-beställningar", html=html, cte="b64",
  recv=("mail-out.konsumentbloggen.se", "176.9.120.14"), extra=[("List-Unsubscribe", "<https://konsumentbloggen.se/avsluta?id=4c2e>"), ("Precedence", "bulk")])

o = order_no("404")
t, h = amz_pair(SV, G, [
    "den leveranstid du hade bokat (torsdag 16:00-21:00) har ställts in eftersom transportören inte kan leverera skrymmande gods i ditt område den dagen.",
    "Din beställning är inte avbruten och artikeln är redo att skickas. Välj en ny leveranstid under Dina beställningar.",
], order=o, items=[("IKEA-kompatibel kontinentalsäng 160x200 (2 kollin)", "Antal: 1", "")],
   button=("Välj ny leveranstid", "/progress-tracker/package?orderId=" + o), head="Leveranstiden har ställts in")
E("non_notice", "sv", None, False, "Amazon delivery slot cancelled, order still active", ("Amazon.se", "shipment-tracking@amazon.se"),
  "Din leveranstid för beställning #%s har ställts in" % o, t, h, cte="qp", recv="amazon", reply_to="no-reply@amazon.se")

text = """Hej Erik,

Ditt Prime Video-abonnemang har avslutats enligt din begäran.

Du kan fortsätta titta på Prime Video till och med den 3 februari. Därefter
debiteras du inte längre 59 kr per månad.

Filmer och serier som du har köpt eller hyrt finns kvar i ditt bibliotek.

Ångrar du dig? Du kan starta om abonnemanget när som helst på
https://www.primevideo.com/settings

Vänliga hälsningar
Prime Video

Amazon Digital UK Limited, 1 Principal Place, Worship Street, London EC2A 2FA
"""
E("non_notice", "sv", None, False, "Prime Video subscription cancelled", ("Prime Video", "no-reply@primevideo.com"),
  "Ditt Prime Video-abonnemang har avslutats", text, cte="qp", recv="amazon")

o = order_no("403")
t, h = amz_pair(SV, G, [
    "vi kunde inte godkänna betalningen med ditt Mastercard som slutar på 2291 för beställning %s. Det kan bero på att kortet har gått ut eller att banken har nekat transaktionen." % o,
    "Uppdatera din betalningsmetod inom 7 dagar. Om vi inte får en uppdatering inom den tiden kommer beställningen att avbrytas.",
    "Logga in på Ditt konto och välj beställningen under Dina beställningar för att uppdatera betalningen. Om du redan har gjort det kan du bortse från det här meddelandet.",
], order=o, items=[("Apple Watch Series 10 GPS 42 mm", "Antal: 1", "4 995,00 kr")],
   button=("Uppdatera betalningsmetod", "/gp/css/order-history"), head="Betalningsrevision krävs")
E("non_notice", "sv", None, False, "genuine payment reminder before cancellation", ("Amazon.se", "payments-messages@amazon.se"),
  "Åtgärd krävs: uppdatera betalningsmetoden för beställning #%s" % o, t, h, cte="qp", auth="pass", recv="amazon",
  reply_to="no-reply@amazon.se")

# ---------------- lookalikes
text = """Hej,

Din Amazon-beställning nr 402-1183-66 (Apple iPhone 16 Pro, 15 990 kr) har
avbrutits eftersom vi har upptäckt ovanlig aktivitet på ditt konto.

Om du INTE har gjort denna beställning, ring vår säkerhetsavdelning
omedelbart på:

    +46 8 446 829 17

Annars kommer beloppet att dras från ditt kort inom 24 timmar.

Amazon Kundtjänst Sverige
"""
E("lookalike", "sv", "fraud_prevention", True, "callback phone, hotmail sender, malformed order number", ("Amazon Kundtjänst", "amazon.kundtjanst.se@hotmail.com"),
  "Beställning avbruten - ring oss", text, cte="8bit", recv=("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.58.19"))

o = order_no("405")
html = plain_html("""<div style="max-width:540px;margin:auto;border:1px solid #ccc;padding:18px">
<p style="font-size:20px"><b>amaz0n</b>.se</p>
<p>Hej,</p>
<p>Ditt konto har <b>stängts av</b> och din beställning <b>#%s</b> har <b>avbrutits</b> på grund av misstänkt inloggning.</p>
<p>Använd följande kod för att återaktivera kontot:</p>
<p style="font-size:26px;text-align:center;background:#eee;padding:8px"><b>SE-620 481</b></p>
<p><a href="https://amaz0n.se-konto.info/aterstall">Återaktivera kontot</a></p>
<p>Koden gäller i 6 timmar.</p><p>Amazon Säkerhet</p></div>""" % o, "sv")
E("lookalike", "sv", "fraud_prevention", True, "amaz0n domain, account suspended + order cancelled, use code", ("Amazon.se", "sakerhet@amaz0n.se-konto.info"),
  "Ditt konto är avstängt - beställning avbruten", html=html, cte="b64", recv=("amaz0n.se-konto.info", "45.141.215.90"))

o = order_no("403")
text = """Hej kund,

Din beställning %s har avbrutits eftersom betalningen inte kunde
godkännas.

För att slutföra beställningen eller få tillbaka det reserverade beloppet
(1 249 kr) ber vi dig svara på detta mejl med:

1. Kortinnehavarens namn
2. Kortnummer
3. Utgångsdatum
4. CVC-kod
5. Personnummer

Vi hanterar ärendet inom 24 timmar.

Med vänlig hälsning
Amazon.se Betalningar
""" % o
E("lookalike", "sv", "payment_issue", True, "reply with card details and personnummer, outlook sender", ("Amazon.se Betalningar", "amazon.se.betalning@outlook.com"),
  "Betalning misslyckades - beställning %s avbruten" % o, text, cs="iso-8859-1", cte="qp", reply_to="amazon.se.betalning@outlook.com",
  recv=("EUR04-DB3-obe.outbound.protection.outlook.com", "40.92.74.33"))

o = order_no("406")
t, h = amz_pair(SV, G, [
    "vi kunde inte godkänna betalningen för din beställning %s. Kortet som är kopplat till ditt konto verkar ha gått ut." % o,
    "Uppdatera din betalningsmetod inom 24 timmar, annars kommer beställningen att avbrytas.",
    "Uppdatera här: https://www.amazon.se/cpe/yourpayments/wallet",
], order=o, items=[("Garmin fēnix 8 AMOLED 47 mm", "Antal: 1", "11 499,00 kr")],
   button=("Uppdatera betalningsmetod", "/cpe/yourpayments/wallet"), link_domain="amazon-orders.help", text_link_domain="amazon-orders.help",
   head="Betalningsrevision krävs")
E("lookalike", "sv", "payment_issue", True, "polished clone, 'will be cancelled unless', visible amazon.se links point to amazon-orders.help",
  ("Amazon.se", "payments-update@amazon-orders.help"), "Åtgärd krävs: din Amazon.se-beställning #%s avbryts" % o, t, h, cte="qp",
  recv=("mail.amazon-orders.help", "193.42.33.121"))

o = order_no("404")
t, h = amz_pair(SV, G, [
    "Tyvärr är artikeln nedan slut i lager hos säljaren och din beställning har avbrutits.",
    "För att få din återbetalning på 3 299,00 kr behöver du bekräfta dina kortuppgifter inom 48 timmar: https://www.amazon.se/refund",
], order=o, item_hdr="Avbrutna artiklar", items=[("Dyson Airwrap Complete Long", "Antal: 1", "3 299,00 kr")],
   button=("Begär återbetalning", "/refund"), link_domain="kundservice-aterbetalning.com", text_link_domain="kundservice-aterbetalning.com")
E("lookalike", "sv", "inventory_shortage", True, "Cyrillic 'о' homoglyph display name, out-of-stock refund lure", ("Amaz\u043en.se", "info@kundservice-aterbetalning.com"),
  "Din Amazon.se-beställning #%s har avbrutits" % o, t, h, cte="b64", recv=("kundservice-aterbetalning.com", "31.41.244.9"))

text = """Amazon.se

Hej,

På grund av ett tekniskt fel i vårt system har din beställning
#40-7761-20934 avbrutits och betalningen på 849 kr har spärrats.

Logga in för att återfå beloppet:
https://amazon.se.kundservice-order.top/login

Kundservice Amazon.se
"""
E("lookalike", "sv", "technical_issue", True, "amazon.se.evil.top style domain, malformed order number, system error claim",
  ("Amazon.se Kundservice", "order@amazon.se.kundservice-order.top"), "Viktigt: din beställning har avbrutits", text, cte="8bit",
  recv=("amazon.se.kundservice-order.top", "103.176.111.52"))

o = order_no("402")
t, h = amz_pair(SV, G, [
    "din beställning %s har avbrutits." % o,
    "Om du inte har begärt detta, logga in och kontrollera ditt konto: https://www.amazon.se/gp/css/order-history",
], order=o, item_hdr="Avbrutna artiklar", items=[("Apple MacBook Pro 14\" M4, 16 GB, 512 GB", "Antal: 1", "21 990,00 kr")],
   button=("Kontrollera ditt konto", "/ap/signin"), link_domain="amazon.se.signin-check.net", text_link_domain="amazon.se.signin-check.net")
E("lookalike", "sv", "unknown", False, "spoofed From amazon.se with SPF/DMARC fail, hrefs to amazon.se.signin-check.net, no reason",
  AMZ_SV, "Din Amazon.se-beställning #%s har avbrutits" % o, t, h, cte="b64",
  recv=("vmi1622841.contaboserver.net", "185.209.161.77"),
  auth="mx1.telia.com; spf=fail (sender IP is 185.209.161.77) smtp.mailfrom=amazon.se; dkim=none (message not signed); dmarc=fail action=quarantine header.from=amazon.se")

text = """Hej!

Ditt Amazon paket kunde inte levereras eftersom adressen är ofullständig.
Din beställning kommer att AVBRYTAS om du inte bekräftar adressen och
betalar fraktavgiften 19 kr inom 12 timmar.

Bekräfta här: http://bit.ly/amzn-se-leverans

Amazon Leverans
"""
E("lookalike", "sv", "unknown", True, "gmail sender, no order number, address problem, will be cancelled unless fee paid, crude",
  ("Amazon Leverans", "amazonleverans.se@gmail.com"), "Ditt paket väntar - bekräfta adress", text, cte="qp",
  recv=("mail-lf1-f48.google.com", "209.85.167.48"))

# ==================================================================== BUILD
from email.generator import BytesGenerator
import io

LANGS = {"it": IT, "pl": PL, "sv": SV}
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
CTE = {"qp": _cs.QP, "b64": _cs.BASE64, "8bit": None}

def mk_charset(name, cte):
    c = Charset(name)
    c.body_encoding = CTE[cte]
    return c

def fits(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False

def hdr(s, cs, hcs=None):
    if fits(s, "ascii"):
        return s
    c = hcs or (cs if fits(s, cs) and cs != "us-ascii" else "utf-8")
    return Header(s, c)

def addr(pair, cs, hcs=None):
    name, a = pair
    if fits(name, "ascii"):
        return formataddr((name, a))
    c = hcs or (cs if fits(name, cs) and cs != "us-ascii" else "utf-8")
    return formataddr((name, a), charset=c)

def text_part(body, subtype, cs, cte):
    if subtype == "html":
        body = re.sub(r'charset=(UTF-8|utf-8)', 'charset=' + cs, body)
    body.encode(cs)  # fail loudly on un-encodable characters
    if cte == "8bit":
        assert max(len(l.encode(cs)) for l in body.split("\n")) < 990, "long line in 8bit part"
    return MIMEText(body, subtype, mk_charset(cs, cte))

def build(e, idx):
    L = LANGS[e["lang"]]
    cs, cte = e["cs"], e["cte"]
    if e["fmt"] == "alt":
        msg = MIMEMultipart("alternative")
        for body, sub in ((e["text"], "plain"), (e["html"], "html")):
            p = text_part(body, sub, cs, cte)
            del p["MIME-Version"]
            msg.attach(p)
        msg.set_boundary("----=_Part_%d_%d.%d" % (rnd.randrange(10**6, 10**8), rnd.randrange(10**8, 10**10), rnd.randrange(10**12, 10**13)))
    elif e["fmt"] == "html":
        msg = text_part(e["html"], "html", cs, cte)
    else:
        msg = text_part(e["text"], "plain", cs, cte)
    d = mail_date(idx)
    to_pair = e["to"] or L["to"]
    rcpt_mx = MX[e["lang"]]
    from_dom = e["frm"][1].split("@")[1]
    new = []
    if e["recv"] == "amazon":
        rec, ip = received_amazon(from_dom, rcpt_mx, d)
    else:
        host, ip = e["recv"]
        rec = received_generic(host, ip, rcpt_mx, d)
    rec.insert(0, "from %s (localhost [127.0.0.1]) by %s (Postfix) with ESMTP id %s; %s"
               % (rcpt_mx, rcpt_mx, tok(11), format_datetime(d + timedelta(seconds=6))))
    for r in rec:
        new.append(("Received", r.replace("{rcpt}", to_pair[1])))
    if e["auth"] == "pass":
        new.append(("Authentication-Results", auth_pass(from_dom, ip, rcpt_mx)))
    elif e["auth"]:
        new.append(("Authentication-Results", e["auth"]))
    genuine_amazon = e["recv"] == "amazon"
    if genuine_amazon:
        new.append(("DKIM-Signature", "v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; bh=%s=; b=%s"
                    % (tok(32).lower(), from_dom, int(d.timestamp()), tok(43, B64), tok(172, B64))))
    new += [("Date", format_datetime(d)),
            ("From", addr(e["frm"], cs, e["hcs"]))]
    if e["reply_to"]:
        new.append(("Reply-To", e["reply_to"]))
    new += [("To", addr(to_pair, cs)),
            ("Subject", hdr(e["subj"], cs, e["hcs"]))]
    if genuine_amazon:
        mid = "<0102%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (hexs(12), hexs(8), hexs(4), hexs(4), hexs(12))
    elif "gmail.com" in from_dom:
        mid = "<CA%s@mail.gmail.com>" % tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    else:
        mid = "<%s.%s@%s>" % (hexs(16), d.strftime("%Y%m%d%H%M%S"), from_dom)
    new.append(("Message-ID", mid))
    if genuine_amazon:
        new += [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                ("Bounces-to", "0102%s@bounces.%s" % (hexs(12), from_dom)),
                ("X-AMAZON-RTE-VERSION", "2.0"),
                ("X-SES-Outgoing", d.strftime("%Y.%m.%d-") + ip),
                ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))]
    new += e["extra"]
    saved = list(msg._headers)
    msg._headers = []
    for k, v in new:
        msg[k] = v
    mv = [h for h in saved if h[0] == "MIME-Version"]
    rest = [h for h in saved if h[0] != "MIME-Version"]
    msg._headers.extend(mv + rest)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return buf.getvalue().replace(b"\r\n", b"\n")

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    # deterministic shuffle so kinds are interleaved, not grouped
    order = list(range(len(ENTRIES)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        e = ENTRIES[i]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fp:
            fp.write(build(e, n))
        labels.append({"file": name, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": bool(e["sr"]) if e["kind"] != "non_notice" else False,
                       "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
    print("wrote %d files to %s" % (len(labels), OUT))

if __name__ == "__main__":
    main()
