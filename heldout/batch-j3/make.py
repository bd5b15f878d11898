#!/usr/bin/env python3
"""Generate blind test batch j3 (Italian / Polish / Swedish).

Writes mail/j3NNN.eml and labels.json next to this script.
Deterministic: fixed random seed, all texts held in the data below.
"""
import base64
import datetime
import html as htmlmod
import io
import json
import os
import quopri
import random
import string
from urllib.parse import quote

from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime
from email import policy as _policy

SEED = 20250613
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "j3"

# ---------------------------------------------------------------- helpers


def rstr(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def order_no(prefix=None):
    p = prefix or R.choice(["028", "171", "302", "303", "304", "305", "306",
                            "402", "403", "404", "405", "406", "407", "408"])
    return "%s-%07d-%07d" % (p, R.randint(0, 9999999), R.randint(0, 9999999))


def rdate(tz_hours=0):
    start = datetime.datetime(2024, 2, 1, tzinfo=datetime.timezone.utc)
    d = start + datetime.timedelta(seconds=R.randint(0, 600 * 86400))
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def esc(s):
    return htmlmod.escape(s, quote=False)


def trk(L, url):
    """Amazon style click-tracking redirect."""
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%sp0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (L["tld"], rstr(13), rstr(13), datetime.date(2025, 1, 1).strftime("%Y%m%d"),
               rhex(24), rstr(12), quote(url, safe=""), rstr(28), R.randint(1000000, 9999999),
               R.randint(100000000, 999999999)))


def asin():
    return "B0" + rstr(8)


def text_part(body, subtype, cs, cte):
    raw = body.encode(cs)          # raises if the text does not fit the charset
    p = MIMENonMultipart("text", subtype)
    p.set_param("charset", cs)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    if name is None:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return "%s <%s>" % (Header(name, cs).encode(), a)


def boundary():
    return "----=_Part_%d_%d.%d" % (R.randint(1000000, 99999999), R.randint(100000000, 2000000000),
                                    R.randint(1600000000000, 1760000000000))


# ------------------------------------------------------------ Received etc.

RELAYS = {
    "amazon": lambda: ("a%d-%d.smtp-out.eu-west-1.amazonses.com" % (R.choice([7, 8, 9]), R.randint(10, 250)),
                       "54.240.%d.%d" % (R.choice([7, 8, 9]), R.randint(10, 250))),
    "gmail": lambda: ("mail-%s%d-f%d.google.com" % (R.choice(["wr", "wm", "ej", "lf"]), R.randint(1, 2), R.randint(40, 199)),
                      "209.85.%d.%d" % (R.choice([128, 167, 208, 221]), R.randint(1, 250))),
    "outlook": lambda: ("EUR%02d-%s-obe.outbound.protection.outlook.com" % (R.randint(1, 5), R.choice(["AM6", "DB8", "VI1", "HE1"])),
                        "40.107.%d.%d" % (R.randint(1, 250), R.randint(1, 250))),
    "yahoo": lambda: ("sonic%d-%d.consmr.mail.ir2.yahoo.com" % (R.randint(300, 330), R.randint(1, 40)),
                      "77.238.%d.%d" % (R.randint(176, 179), R.randint(1, 250))),
    "wp": lambda: ("smtpo%d.poczta.wp.pl" % R.randint(1, 12), "212.77.101.%d" % R.randint(1, 20)),
    "web": lambda: ("mail.%s" % R.choice(["sendserv", "mx-out", "relay"]) + ".net", "91.%d.%d.%d" % (R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
    "evil": lambda: ("vps%d.hosted-by-%s.com" % (R.randint(1000, 99999), R.choice(["nodecloud", "hostwind", "serverus"])),
                     "%d.%d.%d.%d" % (R.choice([45, 185, 193, 194]), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
}


def received(kind, rcpt_domain, date):
    host, ip = RELAYS[kind]()
    if kind == "evil":
        frm = "from %s (unknown [%s])" % (host.split(".")[0], ip)
    else:
        frm = "from %s (%s [%s])" % (host, host, ip)
    return ("%s\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
            % (frm, rcpt_domain, rstr(10, string.ascii_letters + string.digits), "{RCPT}",
               format_datetime(date + datetime.timedelta(seconds=R.randint(1, 9)))))


def amazon_auth(tld, rcpt_domain, date):
    bounce = "%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S") + rhex(16), tld)
    return ("mx.%s;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n"
            "\tdkim=pass header.d=amazonses.com header.s=%s header.b=%s;\n"
            "\tspf=pass (mx.%s: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (rcpt_domain, tld, rstr(32, string.ascii_lowercase + string.digits), rstr(8, string.ascii_letters),
               rstr(32, string.ascii_lowercase + string.digits), rstr(8, string.ascii_letters),
               rcpt_domain, bounce, R.choice([7, 8, 9]), R.randint(10, 250), bounce, tld))


def dkim_sig(domain, date):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n\ts=%s; d=%s; t=%d;\n"
            "\th=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type;\n\tbh=%s=;\n\tb=%s"
            % (rstr(32, string.ascii_lowercase + string.digits), domain, int(date.timestamp()),
               rstr(43, string.ascii_letters + string.digits + "+/"),
               rstr(172, string.ascii_letters + string.digits + "+/")))


def other_auth(rcpt_domain, dkim, spf, dmarc, dom):
    parts = ["mx.%s;" % rcpt_domain]
    parts.append("\tdkim=%s%s;" % (dkim, " header.d=%s header.s=s1 header.b=%s" % (dom, rstr(8, string.ascii_letters)) if dkim == "pass" else ""))
    parts.append("\tspf=%s smtp.mailfrom=%s;" % (spf, dom))
    parts.append("\tdmarc=%s header.from=%s" % (dmarc, dom))
    return "\n".join(parts)


# ------------------------------------------------------ Amazon-like layouts

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.appleBody a { color:#68440a; text-decoration: none; }
.appleFooter a { color:#999999; text-decoration: none; }
.emailBody { width: 640px; background-color: #ffffff; }
.brandImage { width: 110px; }
.orderIdLink { text-decoration: none; color: #0066c0; }
.itemTitle a { color:#0066c0; text-decoration:none; }
.footerText { font-size:11px; color:#767676; line-height:15px; }
hr { color:#CFCFCF; border-color:#CFCFCF; background-color:#CFCFCF; border:1px solid #CFCFCF; }"""

TD = 'style="border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"'


def amz_html(L, name, paras, order, items, heading, after=(), button=None, link=None,
             footer=None, preheader="", title=None):
    link = link or (lambda u: trk(L, u))
    footer = L["footer"] if footer is None else footer
    title = title or heading
    home = "https://www.%s" % L["tld"]
    P = []
    P.append('<!DOCTYPE html>\n<html>\n <head>\n  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
             '  <meta name="format-detection" content="telephone=no" />\n'
             '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />\n'
             '  <style>\n%s\n  </style>\n </head>\n' % CSS)
    P.append('<body style="width: 100% !important; height: 100% !important; margin: 0; padding: 0">')
    if preheader:
        P.append('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;">%s</div>' % esc(preheader))
    P.append('<img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&amp;T=O&amp;U=%s" />'
             % (L["tld"], rstr(13), quote("https://images-eu.ssl-images-amazon.com/images/G/01/nav/transp.gif", safe="")))
    P.append('\n <table id="OutlookWrapper" style="width: 100%%; border-collapse: collapse !important">\n  <tbody>\n   <tr>\n    <td align="center" %s>' % TD)
    P.append('\n     <table class="emailBody" style="width: 640px; background-color: rgb(255, 255, 255); border-collapse: collapse !important" dir="ltr">\n      <tbody>')
    # header row with logo
    P.append('\n       <tr>\n        <td %s>\n         <table style="width: 100%%; border-bottom: 1px solid #dddddd"><tbody><tr>'
             '\n          <td style="padding: 14px 0 10px 18px; width: 50%%"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/%s/gno/images/general/navAmazonLogoFooter.gif" alt="%s" title="%s" class="brandImage" border="0" width="110" style="width: 110px" /></a></td>'
             '\n          <td style="padding: 14px 18px 10px 0; text-align: right; font-size: 20px; color: #666666; font-family: Arial, sans-serif">%s</td>'
             '\n         </tr></tbody></table>\n        </td>\n       </tr>'
             % (TD, link(home + "/ref=TE_tex_h"), L["imgid"], esc(L["site"]), esc(L["site"]), esc(title)))
    P.append('\n       <tr>\n        <td style="padding: 20px 18px 6px 18px; font-family: Arial, sans-serif; font-size: 14px; color: #333333; line-height: 20px">')
    if name:
        P.append('\n         <p style="font-size: 16px; font-weight: bold; color: #c45500; margin: 0 0 12px 0">%s</p>' % esc(L["greet"].format(n=name)))
    for para in paras:
        P.append('\n         <p style="margin: 0 0 12px 0">%s</p>' % esc(para))
    P.append('\n        </td>\n       </tr>')
    if order:
        P.append('\n       <tr>\n        <td style="padding: 4px 18px 4px 18px; font-family: Arial, sans-serif; font-size: 14px">'
                 '\n         <table style="width: 100%%; border-top: 3px solid #e3e3e3; background-color: #f7f7f7"><tbody><tr>'
                 '\n          <td style="padding: 10px; font-family: Arial, sans-serif; font-size: 14px; color: #333333">%s<a class="orderIdLink" href="%s" style="color: #0066c0; text-decoration: none">%s</a></td>'
                 '\n         </tr></tbody></table>\n        </td>\n       </tr>'
                 % (esc(L["order_lbl"]), link(home + "/gp/your-account/order-details?orderID=" + order), order))
    if items:
        P.append('\n       <tr>\n        <td style="padding: 8px 18px 4px 18px; font-family: Arial, sans-serif">'
                 '\n         <h3 style="font-size: 18px; color: #cc6600; border-bottom: 1px solid #cccccc; margin: 0 0 6px 0; padding: 0 0 4px 0; font-weight: normal">%s</h3>'
                 '\n         <table style="width: 100%%"><tbody>' % esc(heading))
        for (t, q, price) in items:
            u = link(home + "/dp/" + asin() + "/ref=pe_" + str(R.randint(100000, 999999)))
            P.append('\n          <tr>\n           <td style="width: 100px; padding: 8px 0; vertical-align: top"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS100_.jpg" width="100" alt="" border="0" /></a></td>'
                     '\n           <td class="itemTitle" style="padding: 8px 0 8px 14px; vertical-align: top; font-family: Arial, sans-serif; font-size: 14px; color: #333333; line-height: 19px"><a href="%s" style="color: #0066c0; text-decoration: none">%s</a><br />'
                     '<span style="color: #666666">%s: %d</span><br /><span style="font-weight: bold; color: #333333">%s</span></td>\n          </tr>'
                     % (u, rstr(10, string.ascii_letters + string.digits), u, esc(t), esc(L["qty_lbl"]), q, esc(price)))
        P.append('\n         </tbody></table>\n        </td>\n       </tr>')
    if after or button:
        P.append('\n       <tr>\n        <td style="padding: 12px 18px 6px 18px; font-family: Arial, sans-serif; font-size: 14px; color: #333333; line-height: 20px">')
        for para in after:
            P.append('\n         <p style="margin: 0 0 12px 0">%s</p>' % esc(para))
        if button:
            label, href = button
            P.append('\n         <table style="margin: 8px 0 14px 0"><tbody><tr><td style="background-color: #f0c14b; border: 1px solid #a88734; border-radius: 3px; padding: 8px 18px; font-family: Arial, sans-serif; font-size: 14px">'
                     '<a href="%s" style="color: #111111; text-decoration: none">%s</a></td></tr></tbody></table>' % (href, esc(label)))
        P.append('\n        </td>\n       </tr>')
    P.append('\n       <tr>\n        <td style="padding: 10px 18px 4px 18px; font-family: Arial, sans-serif; font-size: 14px; color: #333333">%s<br /><span style="font-weight: bold">%s</span></td>\n       </tr>'
             % (esc(L["thanks"]), esc(L["sig"])))
    P.append('\n       <tr>\n        <td style="padding: 16px 18px 24px 18px; border-top: 1px solid #e3e3e3">\n         <table class="appleFooter"><tbody>')
    for (line, url) in footer:
        if url:
            P.append('\n          <tr><td class="footerText" style="font-family: Arial, sans-serif; font-size: 11px; color: #767676; line-height: 15px; padding-bottom: 6px">%s <a href="%s" style="color: #0066c0; text-decoration: none">%s</a></td></tr>'
                     % (esc(line), link(url), esc(url.replace("https://", ""))))
        else:
            P.append('\n          <tr><td class="footerText" style="font-family: Arial, sans-serif; font-size: 11px; color: #767676; line-height: 15px; padding-bottom: 6px">%s</td></tr>' % esc(line))
    P.append('\n         </tbody></table>\n        </td>\n       </tr>\n      </tbody>\n     </table>\n    </td>\n   </tr>\n  </tbody>\n </table>\n</body>\n</html>\n')
    return "".join(P)


def amz_text(L, name, paras, order, items, heading, after=(), link=None, footer=None, button=None):
    link = link or (lambda u: u)
    footer = L["footer"] if footer is None else footer
    out = [L["site"], "-" * 76, ""]
    if name:
        out += [L["greet"].format(n=name), ""]
    for p in paras:
        out += [p, ""]
    if order:
        out += ["%s%s" % (L["order_lbl"], order),
                link("https://www.%s/gp/your-account/order-details?orderID=%s" % (L["tld"], order)), ""]
    if items:
        out += [heading, "_" * 40, ""]
        for (t, q, price) in items:
            out += ["    " + t, "    %s: %d" % (L["qty_lbl"], q), "    " + price, ""]
    for p in after:
        out += [p, ""]
    if button:
        out += ["%s: %s" % button, ""]
    out += [L["thanks"], L["sig"], "", "-" * 76]
    for (line, url) in footer:
        out.append(line + (" " + link(url) if url else ""))
    out.append("")
    return "\n".join(out)


def simple_html(paras, head="", foot="", font="Arial, Helvetica, sans-serif"):
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family: %s; font-size: 14px; color: #222222">\n%s\n%s\n%s\n</body>\n</html>\n'
            % (font, head, body, foot))


ENTRIES = []


def add(**e):
    ENTRIES.append(e)


# =================================================================== ITALIAN

IT = dict(
    code="it", tld="amazon.it", site="Amazon.it", imgid="29", lang="it",
    greet="Gentile {n},", order_lbl="Ordine n. ", qty_lbl="Quantità",
    thanks="Grazie per aver acquistato su Amazon.it.", sig="Amazon.it",
    footer=[
        ("Amazon.it non ti chiederà mai di comunicare la tua password, i dati della tua carta di credito o altre informazioni personali tramite e-mail, SMS o telefono.", None),
        ("Se il numero della tua carta è cambiato o la carta è scaduta, aggiorna i dati in Il mio account > I miei pagamenti:", "https://www.amazon.it/cpe/yourpayments/wallet"),
        ("Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalala qui:", "https://www.amazon.it/gp/help/customer/display.html?nodeId=GQ8H7LA7AZA8K4BE"),
        ("Aiuto e servizio clienti:", "https://www.amazon.it/gp/help/customer/display.html"),
        ("Questa e-mail è stata inviata da un indirizzo di sola notifica che non accetta e-mail in arrivo. Non rispondere a questo messaggio.", None),
        ("© 2025 Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo.", None),
    ],
)
IT_R = [("Giulia", "Giulia Ferrari", "giulia.ferrari@libero.it"),
        ("Marco", "Marco Esposito", "m.esposito84@alice.it"),
        ("Francesca", "Francesca Romano", "francesca.romano@tiscali.it"),
        ("Luca", "Luca Colombo", "luca.colombo@virgilio.it"),
        ("Chiara", "Chiara Ricci", "chiara.ricci@outlook.it"),
        ("Alessandro", "Alessandro Marino", "a.marino77@gmail.com")]


def it_entries():
    L = IT
    # ---------------- notices
    o = order_no("403")
    items = [("De'Longhi Dedica Style EC685.M, Macchina da caffè espresso, acciaio inox", 1, "169,90 €")]
    paras = ["Ci dispiace informarti che abbiamo dovuto annullare l'articolo indicato di seguito dal tuo ordine #%s. L'articolo non è più disponibile presso il nostro fornitore e al momento non siamo in grado di procurarlo." % o,
             "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo estratto conto compare un'autorizzazione temporanea, verrà rimossa automaticamente dalla tua banca entro alcuni giorni lavorativi."]
    after = ["Gli altri articoli del tuo ordine non sono interessati da questo annullamento e verranno spediti come previsto. Puoi controllare lo stato dell'ordine in I miei ordini.",
             "Ci scusiamo per l'inconveniente."]
    add(kind="notice", cause="inventory_shortage", sr=True, mp="amazon.it", lang="it",
        note="item-level cancellation, no longer available from supplier; real-like HTML",
        frm=("Amazon.it", "order-update@amazon.it"), reply_to="no-reply@amazon.it", rcpt=IT_R[0],
        subject="Articolo annullato dal tuo ordine Amazon.it #%s" % o, fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Giulia", paras, o, items, "Articoli annullati", after),
        html=amz_html(L, "Giulia", paras, o, items, "Articoli annullati", after, title="Annullamento articolo",
                      preheader="Un articolo del tuo ordine è stato annullato"),
        sender="amazon", auth="amazon")

    o = order_no("171")
    items = [("Bosch Serie 4 PIF645BB5E Piano cottura a induzione, 60 cm, nero", 1, "329,00 €"),
             ("Tefal Ingenio Emotion Set di padelle antiaderenti, 3 pezzi", 1, "64,99 €")]
    paras = ["Il 4 marzo ti abbiamo inviato un'e-mail per informarti che non eravamo riusciti ad autorizzare il pagamento del tuo ordine #%s con la carta Visa che termina con 4417, e per chiederti di aggiornare le informazioni di pagamento." % o,
             "Poiché non abbiamo ricevuto una revisione del pagamento valida entro il termine indicato, abbiamo annullato l'ordine. Non ti è stato addebitato alcun importo.",
             "Se desideri ancora ricevere questi articoli, effettua un nuovo ordine su www.amazon.it utilizzando un metodo di pagamento valido."]
    add(kind="notice", cause="payment_issue", sr=True, mp="amazon.it", lang="it",
        note="payment revision not received in time, card declined; plain text latin-9",
        frm=("Amazon.it", "payments-messages@amazon.it"), reply_to=None, rcpt=IT_R[1],
        subject="Il tuo ordine Amazon.it #%s è stato annullato" % o, fmt="text", cs="iso-8859-15", cte="8bit",
        text=amz_text(L, "Marco", paras, o, items, "Articoli annullati"), sender="amazon", auth=None)

    o = order_no("405")
    items = [("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, Grigio", 1, "32,90 €")]
    paras = ["Ti scriviamo in merito al tuo ordine #%s. A causa di un errore nel nostro sistema di gestione dei prezzi, l'articolo indicato di seguito è stato messo in vendita a un prezzo errato. Per questo motivo abbiamo annullato l'ordine." % o,
             "Non ti è stato addebitato alcun importo. L'articolo è di nuovo disponibile al prezzo corretto: se lo desideri, puoi ordinarlo nuovamente dalla pagina del prodotto.",
             "Ci scusiamo per l'inconveniente e ti ringraziamo per la comprensione."]
    add(kind="notice", cause="technical_issue", sr=True, mp="amazon.it", lang="it",
        note="pricing error; HTML only",
        frm=("Amazon.it", "order-update@amazon.it"), reply_to="no-reply@amazon.it", rcpt=IT_R[2],
        subject="Il tuo ordine Amazon.it #%s è stato annullato" % o, fmt="html", cs="utf-8", cte="base64",
        html=amz_html(L, "Francesca", paras, o, items, "Articoli annullati", title="Ordine annullato"),
        sender="amazon", auth="amazon")

    o = order_no("402")
    items = [("Apple AirPods Pro (2ª generazione) con custodia di ricarica MagSafe (USB-C)", 2, "498,00 €")]
    paras = ["Durante un controllo di routine abbiamo rilevato un'attività insolita sul tuo account Amazon.it. Per proteggere te e il tuo account, abbiamo bloccato temporaneamente l'account e annullato l'ordine #%s, che era in attesa di spedizione." % o,
             "Per sbloccare l'account, accedi a www.amazon.it digitando l'indirizzo direttamente nel browser e segui le istruzioni visualizzate per verificare la tua identità e il metodo di pagamento. Non ti chiederemo mai di fornire queste informazioni via e-mail o telefono.",
             "Se l'ordine è stato effettuato da te, potrai ordinare nuovamente gli articoli dopo la verifica. Non ti è stato addebitato alcun importo."]
    add(kind="notice", cause="fraud_prevention", sr=True, mp="amazon.it", lang="it",
        note="unusual activity, account on hold, order cancelled; plain text",
        frm=("Amazon.it", "cs-reply@amazon.it"), reply_to=None, rcpt=IT_R[3],
        subject="Il tuo ordine Amazon.it #%s è stato annullato" % o, fmt="text", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Luca", paras, o, items, "Articoli annullati"), sender="amazon", auth=None)

    o = order_no("028")
    t = "LEGO Technic 42151 Bugatti Bolide, Kit di costruzione di auto sportiva"
    items = [(t, 1, "49,99 €")]
    paras = ["Come da tua richiesta, abbiamo annullato l'articolo indicato di seguito dal tuo ordine #%s." % o,
             "Motivo dell'annullamento: annullato dal cliente",
             "Se hai pagato con carta di credito o di debito, non ti verrà addebitato alcun importo per l'articolo annullato. Se hai utilizzato un buono regalo, l'importo è stato riaccreditato sul saldo del tuo account."]
    add(kind="notice", cause="customer_request", sr=True, mp="amazon.it", lang="it",
        note="successful cancellation requested by customer",
        frm=("Amazon.it", "auto-confirm@amazon.it"), reply_to="no-reply@amazon.it", rcpt=IT_R[4],
        subject='Annullamento riuscito di "%s..." dal tuo ordine Amazon.it #%s' % (t[:38], o), fmt="alt", cs="utf-8", cte="base64",
        text=amz_text(L, "Chiara", paras, o, items, "Articoli annullati"),
        html=amz_html(L, "Chiara", paras, o, items, "Articoli annullati", title="Annullamento riuscito"),
        sender="amazon", auth="amazon")

    o = order_no("406")
    items = [("Philips Series 3000 Rasoio elettrico S3243/12", 1, "59,99 €"),
             ("Oral-B Pro Cross Action Testine di ricambio, 8 pezzi", 1, "24,90 €")]
    paras = ["Ti informiamo che il tuo ordine #%s del 18 febbraio 2025 è stato annullato." % o,
             "Non ti è stato addebitato alcun importo per gli articoli annullati.",
             "Per maggiori informazioni sull'ordine visita I miei ordini. Se hai domande, puoi contattarci tramite la sezione Aiuto e servizio clienti del sito."]
    add(kind="notice", cause="unknown", sr=False, mp="amazon.it", lang="it",
        note="cancellation without any stated reason; plain text 8bit",
        frm=("Amazon.it", "order-update@amazon.it"), reply_to="no-reply@amazon.it", rcpt=IT_R[5],
        subject="Il tuo ordine Amazon.it #%s è stato annullato" % o, fmt="text", cs="utf-8", cte="8bit",
        text=amz_text(L, "Alessandro", paras, o, items, "Articoli annullati"), sender="amazon", auth=None)

    # ---------------- lookalikes
    add(kind="lookalike", cause="customer_request", sr=True, mp=None, lang="it",
        note="callback-number scam, gmail sender, claims you requested cancellation",
        frm=("Amazon Servizio Clienti", "assistenza.amazon.ordini@gmail.com"), rcpt=IT_R[0],
        subject="Conferma annullamento ordine #408-2291736-5518320", fmt="text", cs="utf-8", cte="8bit",
        text="""Gentile cliente,

abbiamo ricevuto la tua richiesta di annullamento per l'ordine #408-2291736-5518320.

Articolo: Apple iPhone 15 Pro Max 256 GB - Titanio naturale
Importo: 1.489,00 €
Metodo di pagamento: carta registrata sul tuo account

L'annullamento verrà elaborato entro 24 ore e l'importo resterà bloccato fino al completamento della procedura.

Se NON hai richiesto tu questo annullamento o non riconosci l'ordine, chiama immediatamente il nostro Centro Rimborsi al numero +39 02 9475 3318 (attivo 24 ore su 24, 7 giorni su 7). Un operatore ti guiderà nella procedura di blocco e rimborso.

Cordiali saluti,
Team Amazon Italia
""", sender="gmail", auth=("pass", "pass", "pass", "gmail.com"))

    add(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, lang="it",
        note="Cyrillic homoglyphs in display name; account suspended + order cancelled, enter verification code",
        frm=("Аmаzon.it", "no-reply@account-sicurezza-it.com"), rcpt=IT_R[1],
        subject="Account sospeso: il tuo ordine è stato annullato", fmt="html", cs="utf-8", cte="quoted-printable",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#eaeded;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#ffffff;border:1px solid #ddd"><tr><td style="padding:20px">
<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="110" alt="amazon.it">
<h2 style="color:#c45500">Il tuo account è stato temporaneamente sospeso</h2>
<p>Gentile Marco,</p>
<p>abbiamo rilevato un accesso non autorizzato al tuo account da un dispositivo sconosciuto (Windows 10, Bucarest, Romania). Per motivi di sicurezza il tuo ordine <b>#171-5520913-8841276</b> è stato annullato e il tuo account è stato sospeso.</p>
<p>Per riattivare l'account inserisci il seguente codice di verifica nella pagina di verifica entro 24 ore:</p>
<p style="font-size:26px;letter-spacing:4px;text-align:center;background:#f3f3f3;padding:10px"><b>AMZ-4471-IT</b></p>
<p style="text-align:center"><a href="https://account-sicurezza-it.com/verifica/?c=AMZ-4471-IT&amp;u=m.esposito84" style="background:#f0c14b;color:#111;padding:10px 24px;text-decoration:none;border:1px solid #a88734">Verifica ora</a></p>
<p>Se non completi la verifica, il tuo account sarà chiuso definitivamente e gli ordini in corso non verranno rimborsati.</p>
<p>Grazie,<br>Il team Sicurezza Account Amazon</p>
</td></tr></table></body></html>
""", sender="evil", auth=("none", "softfail", "none", "account-sicurezza-it.com"))

    add(kind="lookalike", cause="payment_issue", sr=True, mp=None, lang="it",
        note="asks to reply with card details; outlook.com sender; order will be cancelled",
        frm=("Amazon Pagamenti", "amazon.pagamenti.it@outlook.com"), reply_to="amazon.pagamenti.it@outlook.com", rcpt=IT_R[2],
        subject="Problema con il pagamento - ordine 402-6618239-1107345 in fase di annullamento", fmt="text", cs="utf-8", cte="base64",
        text="""Gentile cliente,

il pagamento per il tuo ordine n. 402-6618239-1107345 (Dyson V15 Detect Absolute, 699,00 €) non è stato autorizzato dalla tua banca.

Se non aggiorni i dati di pagamento entro 24 ore, l'ordine verrà annullato automaticamente e il tuo account potrebbe essere limitato.

Per completare la verifica rispondi direttamente a questa e-mail indicando:

- Nome e cognome del titolare
- Numero della carta (16 cifre)
- Data di scadenza
- Codice di sicurezza CVV
- Data di nascita

I tuoi dati saranno trattati in modo sicuro e riservato in conformità al GDPR.

Servizio Pagamenti Amazon.it
""", sender="outlook", auth=("pass", "pass", "pass", "outlook.com"))

    o = "404-3318872-6610934"
    evil = lambda u: "https://amazon-orders.help/it/r?u=" + quote(u, safe="") + "&sid=" + rhex(16)
    paras = ["Ci dispiace informarti che l'articolo indicato di seguito non è più disponibile presso il nostro fornitore ed è stato annullato dal tuo ordine #%s." % o,
             "Per ricevere il rimborso di 279,99 € è necessario confermare la carta su cui effettuare l'accredito entro 48 ore. Trascorso tale termine il rimborso verrà convertito in credito non trasferibile."]
    items = [("Garmin Venu 3 Smartwatch GPS, AMOLED, Nero", 1, "279,99 €")]
    btn = ("www.amazon.it/gp/css/order-history/rimborsi", "https://amazon-orders.help/it/rimborso?o=%s&t=%s" % (o, rhex(20)))
    add(kind="lookalike", cause="inventory_shortage", sr=True, mp=None, lang="it",
        note="polished copy of Amazon layout; link text shows amazon.it, hrefs go to amazon-orders.help; dkim/dmarc pass for the lookalike domain",
        frm=("Amazon.it", "order-update@amazon-orders.help"), reply_to="no-reply@amazon-orders.help", rcpt=IT_R[3],
        subject="Il tuo ordine Amazon.it #%s è stato annullato" % o, fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Luca", paras, o, items, "Articoli annullati", link=evil,
                      button=("Conferma il rimborso", btn[1])),
        html=amz_html(L, "Luca", paras, o, items, "Articoli annullati", link=evil, button=btn,
                      after=["Conferma il rimborso qui:"], title="Ordine annullato"),
        sender="evil", auth=("pass", "pass", "pass", "amazon-orders.help"))

    add(kind="lookalike", cause="technical_issue", sr=True, mp=None, lang="it",
        note="amazon.it.<evil>.top sender domain; order 'will be cancelled' unless data confirmed; latin-1",
        frm=("Amazon.it Ordini", "servizio@amazon.it.conferma-ordini.top"), rcpt=IT_R[4],
        subject="Ultimo avviso: il tuo ordine sarà annullato", fmt="alt", cs="iso-8859-1", cte="quoted-printable",
        text="""Gentile cliente,

a causa di un errore tecnico del nostro sistema di elaborazione, il tuo ordine n. 305-7713920-4471180 non è stato registrato correttamente.

Se non confermi i tuoi dati entro 48 ore, l'ordine sarà annullato e l'importo di EUR 89,90 non verrà rimborsato.

Conferma ora: http://amazon.it.conferma-ordini.top/ordine/conferma?id=3057713920

Servizio Clienti Amazon.it
""",
        html=simple_html(["Gentile cliente,",
                          "a causa di un <b>errore tecnico</b> del nostro sistema di elaborazione, il tuo ordine n. <b>305-7713920-4471180</b> non è stato registrato correttamente.",
                          "Se non confermi i tuoi dati entro <b>48 ore</b>, l'ordine sarà annullato e l'importo di EUR 89,90 non verrà rimborsato.",
                          '<a href="http://amazon.it.conferma-ordini.top/ordine/conferma?id=3057713920" style="background:#ff9900;color:#fff;padding:9px 20px;text-decoration:none">CONFERMA I TUOI DATI</a>',
                          "Servizio Clienti Amazon.it"], head='<h1 style="color:#232f3e">amazon.it</h1>'),
        sender="evil", auth=None)

    add(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, lang="it",
        note="Greek homoglyphs in display name, yahoo sender, malformed order number, URL shortener",
        frm=("Αmazοn Ιtalia", "amazon_it_notifiche@yahoo.com"), rcpt=IT_R[5],
        subject="Ordine #40-77812-22931 annullato per attività sospetta", fmt="text", cs="utf-8", cte="quoted-printable",
        text="""Caro utente Amazon,

il tuo ordine #40-77812-22931 è stato annullato perché abbiamo rilevato attività sospette sul tuo conto.

Per evitare il blocco definitivo dell'account accedi al link qui sotto e conferma la tua identità:

https://t.ly/Am4zIt-verifica

Il link scade tra 12 ore.

Amazon Italia Sicurezza
""", sender="yahoo", auth=("pass", "pass", "pass", "yahoo.com"))

    add(kind="lookalike", cause="unknown", sr=False, mp=None, lang="it",
        note="crude: amaz0n domain, no order number, shouting, no reason given",
        frm=("AMAZ0N", "info@amaz0n-it.com"), rcpt=IT_R[0],
        subject="IMPORTANTE!!! Il suo ordine e stato annullato", fmt="html", cs="utf-8", cte="8bit",
        html="""<html><body>
<h2>Gentile Cliente</h2>
<p><font color="red"><b>IL SUO ORDINE E STATO ANNULLATO!!!</b></font></p>
<p>Per avere piu informazione e ricevere il rimborso clicca sotto il bottone.</p>
<p><a href="http://amaz0n-it.com/rimborso.php?id=8812"><b>CLICCA QUI</b></a></p>
<p>Amazon Team 2025</p>
</body></html>
""", sender="evil", auth=("none", "fail", "none", "amaz0n-it.com"))

    add(kind="lookalike", cause="unknown", sr=True, mp=None, lang="it",
        note="claims undeliverable address; HTML form attachment to 'claim refund'",
        frm=("Amazon", "rimborsi@amazon-it-rimborsi.com"), rcpt=IT_R[2],
        subject="Ordine annullato: indirizzo di consegna non valido - rimborso in sospeso", fmt="text", cs="utf-8", cte="quoted-printable",
        text="""Gentile Francesca,

il corriere non è riuscito a consegnare il pacco relativo all'ordine 406-2219837-5513024 perché l'indirizzo indicato risulta incompleto.

L'ordine è stato quindi annullato. Per ricevere il rimborso di 134,50 € compila il modulo allegato (Modulo_Rimborso_Amazon.html) e invialo entro 3 giorni.

Grazie per la collaborazione,
Ufficio Rimborsi Amazon
""",
        attach=[("Modulo_Rimborso_Amazon.html", "text/html", """<html><head><meta charset="utf-8"><title>Amazon - Rimborso</title></head>
<body style="font-family:Arial"><h2>Modulo di rimborso Amazon</h2>
<form action="https://amazon-it-rimborsi.com/submit.php" method="post">
Nome e cognome: <input name="n"><br>Indirizzo: <input name="a"><br>
Numero carta: <input name="cc"><br>Scadenza: <input name="exp"><br>CVV: <input name="cvv"><br>
<input type="submit" value="Richiedi rimborso"></form></body></html>
""")],
        sender="evil", auth=("none", "pass", "none", "amazon-it-rimborsi.com"))

    # ---------------- non-notices
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="Zalando's own order cancellation (out of stock), paid with Amazon Pay",
        frm=("Zalando", "info@service-mail.zalando.it"), rcpt=IT_R[4],
        subject="Il tuo ordine 10203948571234 è stato annullato", fmt="alt", cs="utf-8", cte="quoted-printable",
        text="""Ciao Chiara,

purtroppo abbiamo dovuto annullare il tuo ordine n. 10203948571234 del 3 febbraio 2025, perché l'articolo non è più disponibile nel nostro magazzino:

Nike Sportswear AIR MAX 90 - Sneakers basse - white, taglia 39 - 149,95 €

Hai pagato con Amazon Pay: l'importo di 149,95 € verrà riaccreditato sul metodo di pagamento associato al tuo account Amazon entro 3-5 giorni lavorativi.

Ci scusiamo per l'inconveniente. Dai un'occhiata ai nuovi arrivi: https://www.zalando.it/novita/

Il tuo team Zalando

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania
""",
        html=simple_html(["Ciao Chiara,",
                          "purtroppo abbiamo dovuto annullare il tuo ordine n. <b>10203948571234</b> del 3 febbraio 2025, perché l'articolo non è più disponibile nel nostro magazzino:",
                          "<b>Nike Sportswear AIR MAX 90</b> - Sneakers basse - white, taglia 39 - 149,95 €",
                          "Hai pagato con <b>Amazon Pay</b>: l'importo di 149,95 € verrà riaccreditato sul metodo di pagamento associato al tuo account Amazon entro 3-5 giorni lavorativi.",
                          'Ci scusiamo per l\'inconveniente. <a href="https://www.zalando.it/novita/">Scopri i nuovi arrivi</a>',
                          "Il tuo team Zalando"],
                         head='<div style="background:#ff6900;color:#fff;font-size:22px;padding:12px"><b>zalando</b></div>',
                         foot='<p style="font-size:11px;color:#888">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania</p>'),
        sender="web", auth=("pass", "pass", "pass", "service-mail.zalando.it"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="friend says he cancelled his own Amazon order",
        frm=("Davide Greco", "davide.greco88@gmail.com"), rcpt=IT_R[3],
        subject="Re: friggitrice ad aria", fmt="text", cs="utf-8", cte="8bit",
        extra=[("In-Reply-To", "<CAF3x9Qp%s@mail.gmail.com>" % rhex(12))],
        text="""Ciao Luca,

alla fine ho annullato l'ordine su Amazon: la Ninja che ti dicevo a 179 euro l'ho trovata a 139 da MediaWorld con ritiro in negozio. Amazon mi ha mandato subito la mail di conferma dell'annullamento, quindi tutto a posto.

Se vuoi sabato te la faccio vedere, così decidi se prenderla anche tu.

Ciao,
Davide

Il giorno mar 11 mar 2025 alle ore 19:02 Luca Colombo <luca.colombo@virgilio.it> ha scritto:
> Allora, l'hai presa poi la friggitrice? Com'è?
""", sender="gmail", auth=("pass", "pass", "pass", "gmail.com"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="consumer newsletter about phishing, quotes fake cancellation subject",
        frm=("Salvagente Digitale", "newsletter@salvagentedigitale.it"), rcpt=IT_R[1],
        subject="Truffe online: occhio alla finta e-mail «Il tuo ordine Amazon è stato annullato»", fmt="alt", cs="utf-8", cte="base64",
        extra=[("List-Unsubscribe", "<https://salvagentedigitale.it/newsletter/disiscriviti?u=%s>" % rhex(10))],
        text="""SALVAGENTE DIGITALE - la newsletter settimanale

Truffe online: occhio alla finta e-mail "Il tuo ordine Amazon è stato annullato"

In queste settimane molti lettori ci hanno segnalato messaggi con oggetto "Il tuo ordine Amazon.it #408-... è stato annullato" oppure "Conferma annullamento ordine". Il testo avvisa che un acquisto costoso, di solito uno smartphone, è stato annullato e invita a chiamare un numero di telefono o a cliccare su un link "per bloccare il rimborso".

Come riconoscerle:
1. Controlla l'indirizzo del mittente: Amazon scrive solo da domini amazon.it, mai da Gmail o Outlook.
2. Amazon non chiede mai dati della carta o codici via e-mail o telefono.
3. Nel dubbio, apri l'app o digita amazon.it nel browser e controlla "I miei ordini".

Hai ricevuto un messaggio sospetto? Inoltralo alla nostra redazione: segnalazioni@salvagentedigitale.it

Per non ricevere più la newsletter: https://salvagentedigitale.it/newsletter/disiscriviti
""",
        html=simple_html(["<h2>Truffe online: occhio alla finta e-mail «Il tuo ordine Amazon è stato annullato»</h2>",
                          "In queste settimane molti lettori ci hanno segnalato messaggi con oggetto <i>\"Il tuo ordine Amazon.it #408-... è stato annullato\"</i> oppure <i>\"Conferma annullamento ordine\"</i>. Il testo avvisa che un acquisto costoso, di solito uno smartphone, è stato annullato e invita a chiamare un numero di telefono o a cliccare su un link \"per bloccare il rimborso\".",
                          "<b>Come riconoscerle:</b><br>1. Controlla l'indirizzo del mittente: Amazon scrive solo da domini amazon.it, mai da Gmail o Outlook.<br>2. Amazon non chiede mai dati della carta o codici via e-mail o telefono.<br>3. Nel dubbio, apri l'app o digita amazon.it nel browser e controlla \"I miei ordini\".",
                          'Hai ricevuto un messaggio sospetto? Inoltralo a <a href="mailto:segnalazioni@salvagentedigitale.it">segnalazioni@salvagentedigitale.it</a>'],
                         head='<div style="background:#0b4f6c;color:#fff;padding:14px;font-size:20px">SALVAGENTE DIGITALE</div>',
                         foot='<p style="font-size:11px"><a href="https://salvagentedigitale.it/newsletter/disiscriviti">Annulla iscrizione</a></p>'),
        sender="web", auth=("pass", "pass", "pass", "salvagentedigitale.it"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="genuine Amazon Prime membership cancellation (amazon.it)",
        frm=("Amazon.it", "digital-no-reply@amazon.it"), rcpt=IT_R[5],
        subject="Conferma dell'annullamento dell'iscrizione ad Amazon Prime", fmt="html", cs="utf-8", cte="quoted-printable",
        html=amz_html(L, "Alessandro",
                      ["Come richiesto, abbiamo annullato la tua iscrizione ad Amazon Prime.",
                       "Potrai continuare a usufruire dei vantaggi Prime, come le spedizioni veloci gratuite e Prime Video, fino al 14 aprile 2025. Dopo tale data non ti verrà più addebitata la quota di iscrizione di 4,99 € al mese.",
                       "Hai cambiato idea? Puoi riattivare la tua iscrizione in qualsiasi momento da Gestisci la tua iscrizione Prime."],
                      None, None, "", button=("Gestisci la tua iscrizione Prime", trk(L, "https://www.amazon.it/gp/primecentral")),
                      title="Amazon Prime"),
        sender="amazon", auth="amazon")

    o = order_no("404")
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="genuine Amazon delivery appointment cancelled by carrier; order itself not cancelled",
        frm=("Amazon.it", "shipment-tracking@amazon.it"), reply_to="no-reply@amazon.it", rcpt=IT_R[0],
        subject="Il tuo appuntamento di consegna è stato annullato - scegli una nuova data", fmt="text", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Giulia",
                      ["L'appuntamento di consegna previsto per giovedì 13 marzo (fascia oraria 14:00-18:00) per il tuo ordine #%s è stato annullato dal corriere." % o,
                       "Il tuo ordine non è stato annullato. Scegli una nuova data di consegna entro 5 giorni da I miei ordini, altrimenti il corriere ti contatterà telefonicamente per concordarla."],
                      o, [("Samsung WW90CGC04DAE Lavatrice 9 kg, classe A, 1400 giri", 1, "449,00 €")], "Articoli in consegna",
                      button=("Scegli una nuova data", "https://www.amazon.it/gp/css/shiptrack/view.html")),
        sender="amazon", auth=None)

    o = order_no("407")
    paras = ["Non siamo riusciti ad autorizzare il pagamento del tuo ordine #%s con la carta Mastercard che termina con 8830. Può succedere se la carta è scaduta o se i dati di fatturazione non sono aggiornati." % o,
             "Per evitare ritardi, aggiorna le informazioni di pagamento entro il 21 marzo 2025. Se non aggiorni il metodo di pagamento entro tale data, il tuo ordine verrà annullato.",
             "Non è necessario effettuare un nuovo ordine: una volta aggiornato il metodo di pagamento, l'ordine proseguirà normalmente."]
    items = [("Kindle Paperwhite (16 GB), schermo da 7\", senza pubblicità", 1, "169,99 €")]
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="it",
        note="genuine Amazon payment revision reminder: order WILL be cancelled if not updated (not yet cancelled)",
        frm=("Amazon.it", "payments-messages@amazon.it"), rcpt=IT_R[1],
        subject="Azione richiesta: aggiorna le informazioni di pagamento per l'ordine #%s" % o, fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Marco", paras, o, items, "Articoli ordinati",
                      button=("Aggiorna il metodo di pagamento", "https://www.amazon.it/gp/css/summary/edit.html?orderID=" + o)),
        html=amz_html(L, "Marco", paras, o, items, "Articoli ordinati",
                      button=("Aggiorna il metodo di pagamento", trk(L, "https://www.amazon.it/gp/css/summary/edit.html?orderID=" + o)),
                      title="Revisione del pagamento"),
        sender="amazon", auth="amazon")


# ==================================================================== POLISH

PL = dict(
    code="pl", tld="amazon.pl", site="Amazon.pl", imgid="01", lang="pl",
    greet="Dzień dobry {n},", order_lbl="Zamówienie nr ", qty_lbl="Ilość",
    thanks="Dziękujemy za zakupy w Amazon.pl.", sig="Amazon.pl",
    footer=[
        ("Amazon nigdy nie poprosi Cię o podanie hasła, danych karty płatniczej ani innych danych osobowych w wiadomości e-mail, SMS-ie ani przez telefon.", None),
        ("Jeśli numer Twojej karty uległ zmianie lub karta straciła ważność, zaktualizuj dane w sekcji Twoje konto > Twoje płatności:", "https://www.amazon.pl/cpe/yourpayments/wallet"),
        ("Otrzymałeś podejrzaną wiadomość, która wygląda na wysłaną przez Amazon? Zgłoś ją:", "https://www.amazon.pl/gp/help/customer/display.html?nodeId=GQ8H7LA7AZA8K4BE"),
        ("Pomoc i obsługa klienta:", "https://www.amazon.pl/gp/help/customer/display.html"),
        ("Ta wiadomość została wysłana z adresu, który nie odbiera poczty przychodzącej. Prosimy na nią nie odpowiadać.", None),
        ("© 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.", None),
    ],
)
# a variant of the footer that fits ISO-8859-2 (no "©", "à")
PL_FOOTER_L2 = PL["footer"][:5] + [("(c) 2025 Amazon.com, Inc. lub podmioty powiązane. Amazon EU S.a r.l., 38 avenue John F. Kennedy, L-1855 Luksemburg.", None)]
PL_R = [("Katarzyno", "Katarzyna Nowak", "katarzyna.nowak@wp.pl"),
        ("Tomaszu", "Tomasz Wiśniewski", "t.wisniewski@onet.pl"),
        ("Agnieszko", "Agnieszka Wójcik", "agnieszka.wojcik@interia.pl"),
        ("Piotrze", "Piotr Kowalczyk", "piotr.kowalczyk@o2.pl"),
        ("Magdaleno", "Magdalena Kamińska", "m.kaminska@gmail.com"),
        ("Michale", "Michał Lewandowski", "michal.lewandowski@poczta.fm")]


def pl_entries():
    L = PL
    o = order_no("405")
    items = [("Xiaomi Robot Vacuum S10+ Robot sprzątający z funkcją mopowania", 1, "1 299,00 zł")]
    paras = ["Niestety nie udało nam się autoryzować płatności za Twoje zamówienie nr %s. Bank wystawca odrzucił obciążenie karty Mastercard kończącej się na 2209." % o,
             "Wysłaliśmy Ci wcześniej prośbę o zaktualizowanie metody płatności, ale nie otrzymaliśmy nowych danych w wyznaczonym terminie, dlatego zamówienie zostało anulowane. Nie pobraliśmy od Ciebie żadnej kwoty.",
             "Jeśli nadal chcesz otrzymać te produkty, złóż nowe zamówienie w witrynie Amazon.pl, korzystając z ważnej metody płatności."]
    add(kind="notice", cause="payment_issue", sr=True, mp="amazon.pl", lang="pl",
        note="card declined, payment revision not made in time",
        frm=("Amazon.pl", "payments-messages@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[0],
        subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, fmt="alt", cs="utf-8", cte="base64",
        text=amz_text(L, "Katarzyno", paras, o, items, "Anulowane produkty"),
        html=amz_html(L, "Katarzyno", paras, o, items, "Anulowane produkty", title="Zamówienie anulowane"),
        sender="amazon", auth="amazon")

    o = order_no("403")
    items = [("Andrzej Sapkowski - Rozdroże kruków, wydanie kolekcjonerskie z autografem", 1, "149,90 zł")]
    paras = ["Z przykrością informujemy, że nie jesteśmy w stanie zrealizować Twojego zamówienia przedpremierowego nr %s. Nasz dostawca poinformował nas, że nie otrzymamy wystarczającej liczby egzemplarzy poniższego produktu, a nakład został wyczerpany." % o,
             "Zamówienie zostało anulowane. Za produkty w przedsprzedaży pobieramy płatność dopiero w momencie wysyłki, dlatego nie obciążyliśmy Twojej karty.",
             "Przepraszamy za niedogodności."]
    add(kind="notice", cause="inventory_shortage", sr=True, mp="amazon.pl", lang="pl",
        note="pre-order cannot be filled, supplier shortage; plain text ISO-8859-2",
        frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[1],
        subject="Twoje zamówienie przedpremierowe Amazon.pl nr %s zostało anulowane" % o, fmt="text", cs="iso-8859-2", cte="quoted-printable",
        text=amz_text(L, "Tomaszu", paras, o, items, "Anulowane produkty", footer=PL_FOOTER_L2), sender="amazon", auth=None)

    o = order_no("408")
    items = [("LG OLED evo 65C34LA Telewizor 65 cali, 4K UHD, Smart TV", 1, "419,00 zł")]
    paras = ["Kontaktujemy się w sprawie Twojego zamówienia nr %s. Z powodu błędu w ofercie produkt widoczny poniżej został wystawiony z nieprawidłową ceną. Z tego względu anulowaliśmy zamówienie." % o,
             "Nie pobraliśmy od Ciebie żadnej opłaty. Oferta została już poprawiona - jeśli nadal jesteś zainteresowany, możesz złożyć zamówienie ponownie po aktualnej cenie.",
             "Przepraszamy za zamieszanie."]
    add(kind="notice", cause="technical_issue", sr=True, mp="amazon.pl", lang="pl",
        note="listing/pricing error; plain text 8bit",
        frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[2],
        subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, fmt="text", cs="utf-8", cte="8bit",
        text=amz_text(L, "Agnieszko", paras, o, items, "Anulowane produkty"), sender="amazon", auth="amazon")

    o = order_no("302")
    items = [("Karta podarunkowa Amazon.pl - 500 zł - dostawa e-mailem", 2, "1 000,00 zł")]
    paras = ["Podczas rutynowej kontroli bezpieczeństwa zauważyliśmy nietypową aktywność na Twoim koncie Amazon.pl. Zamówienie nr %s zostało oznaczone do weryfikacji bezpieczeństwa i anulowane, a Twoje konto zostało tymczasowo zablokowane." % o,
             "Aby odblokować konto, zaloguj się w witrynie Amazon.pl, wpisując adres bezpośrednio w przeglądarce, i postępuj zgodnie z instrukcjami, aby potwierdzić swoją tożsamość. Po weryfikacji możesz ponownie złożyć zamówienie.",
             "Nie pobraliśmy żadnej kwoty za to zamówienie."]
    add(kind="notice", cause="fraud_prevention", sr=True, mp="amazon.pl", lang="pl",
        note="flagged for security review, account locked; HTML only ISO-8859-2",
        frm=("Amazon.pl", "cs-reply@amazon.pl"), reply_to=None, rcpt=PL_R[3],
        subject="Informacja dotycząca Twojego zamówienia Amazon.pl nr %s" % o, fmt="html", cs="iso-8859-2", cte="base64",
        html=amz_html(L, "Piotrze", paras, o, items, "Anulowane produkty", footer=PL_FOOTER_L2, title="Zamówienie anulowane"),
        sender="amazon", auth=None)

    o = order_no("171")
    t = "Philips Airfryer XXL HD9650/90 Frytkownica beztłuszczowa, 7,3 l"
    items = [(t, 1, "749,00 zł")]
    paras = ["Zgodnie z Twoją prośbą anulowaliśmy poniższy produkt z zamówienia nr %s." % o,
             "Powód anulowania: anulowane przez klienta",
             "Jeśli zapłaciłeś kartą, nie zostaniesz obciążony za anulowany produkt. Ewentualna blokada środków zostanie zwolniona przez Twój bank w ciągu kilku dni roboczych."]
    add(kind="notice", cause="customer_request", sr=True, mp="amazon.pl", lang="pl",
        note="customer cancelled item",
        frm=("Amazon.pl", "auto-confirm@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[4],
        subject="Pomyślnie anulowano „%s...” z Twojego zamówienia Amazon.pl nr %s" % (t[:32], o), fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Magdaleno", paras, o, items, "Anulowane produkty"),
        html=amz_html(L, "Magdaleno", paras, o, items, "Anulowane produkty", title="Anulowanie zakończone"),
        sender="amazon", auth="amazon")

    o = order_no("404")
    items = [("Bosch Professional Wiertarko-wkrętarka akumulatorowa GSR 12V-15", 1, "389,00 zł")]
    paras = ["Niestety nie możemy dostarczyć Twojego zamówienia nr %s. Podany adres dostawy okazał się niekompletny i przewoźnik nie był w stanie doręczyć przesyłki, która wróciła do naszego centrum logistycznego." % o,
             "Zamówienie zostało anulowane, a pełna kwota zostanie zwrócona na Twoją metodę płatności w ciągu 3-5 dni roboczych.",
             "Przed złożeniem kolejnego zamówienia sprawdź swój adres w sekcji Twoje konto > Twoje adresy."]
    add(kind="notice", cause="unknown", sr=True, mp="amazon.pl", lang="pl",
        note="cancelled because address undeliverable (fits none of the four specific causes)",
        frm=("Amazon.pl", "order-update@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[5],
        subject="Twoje zamówienie Amazon.pl nr %s zostało anulowane" % o, fmt="text", cs="iso-8859-2", cte="8bit",
        text=amz_text(L, "Michale", paras, o, items, "Anulowane produkty", footer=PL_FOOTER_L2), sender="amazon", auth=None)

    # ---------------- lookalikes
    add(kind="lookalike", cause="customer_request", sr=True, mp=None, lang="pl",
        note="callback-number scam from outlook.com, 'cancelled at your request, call if not you'",
        frm=("Amazon Polska - Obsługa Klienta", "amazon.pl.obsluga@outlook.com"), rcpt=PL_R[0],
        subject="Potwierdzenie anulowania zamówienia nr 405-8812736-1190234", fmt="text", cs="utf-8", cte="8bit",
        text="""Dzień dobry,

potwierdzamy anulowanie zamówienia nr 405-8812736-1190234 złożonego na Twoim koncie.

Produkt: Samsung Galaxy S24 Ultra 512 GB, Titanium Black
Kwota zwrotu: 5 499,00 zł

Zwrot zostanie przetworzony po potwierdzeniu telefonicznym.

Jeśli to nie Ty złożyłeś lub anulowałeś to zamówienie, natychmiast zadzwoń do działu bezpieczeństwa Amazon: +48 22 307 41 96 (czynne całą dobę). Konsultant pomoże zablokować transakcję.

Pozdrawiamy,
Zespół Amazon Polska
""", sender="outlook", auth=("pass", "pass", "pass", "outlook.com"))

    add(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, lang="pl",
        note="Cyrillic 'а' in display name; account suspended + order cancelled, enter BLIK code",
        frm=("Amаzon.pl", "bezpieczenstwo@amazon-konto-pl.com"), rcpt=PL_R[1],
        subject="Twoje konto zostało zawieszone, a zamówienie anulowane", fmt="html", cs="utf-8", cte="quoted-printable",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2">
<div style="max-width:580px;margin:0 auto;background:#fff;padding:24px;border-top:4px solid #ff9900">
<p style="font-size:22px;font-weight:bold;color:#232f3e">amazon<span style="color:#ff9900">.pl</span></p>
<p>Dzień dobry,</p>
<p>wykryliśmy nieautoryzowane logowanie na Twoje konto. W związku z tym <b>zawiesiliśmy Twoje konto</b> i anulowaliśmy zamówienie nr <b>403-1178265-9920417</b>.</p>
<p>Aby odblokować konto i przywrócić zamówienie, wygeneruj w aplikacji swojego banku <b>kod BLIK</b> i wpisz go na stronie weryfikacji w ciągu 30 minut.</p>
<p>Numer sprawy: <b>PL-88412</b></p>
<p style="text-align:center"><a href="https://amazon-konto-pl.com/weryfikacja/blik?sprawa=PL-88412" style="background:#ff9900;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Odblokuj konto</a></p>
<p style="font-size:12px;color:#888">Jeśli nie potwierdzisz tożsamości, konto zostanie trwale zamknięte. Zespół Bezpieczeństwa Amazon</p>
</div></body></html>
""", sender="evil", auth=("none", "neutral", "none", "amazon-konto-pl.com"))

    add(kind="lookalike", cause="payment_issue", sr=True, mp=None, lang="pl",
        note="reply with full card details, gmail sender, 'will be cancelled'; windows-1250",
        frm=("Amazon.pl Płatności", "platnosci.amazonpl@gmail.com"), reply_to="platnosci.amazonpl@gmail.com", rcpt=PL_R[2],
        subject="Płatność odrzucona - zamówienie zostanie anulowane", fmt="text", cs="windows-1250", cte="8bit",
        text="""Szanowny Kliencie,

Twoja płatność za zamówienie nr 404-2290183-7765120 (Apple MacBook Air 13" M3, 5 999,00 zł) została odrzucona przez bank.

Jeśli nie potwierdzisz danych karty w ciągu 24 godzin, zamówienie zostanie anulowane, a konto zablokowane.

Prosimy odpowiedzieć na tę wiadomość, podając:
- imię i nazwisko posiadacza karty
- pełny numer karty
- datę ważności
- kod CVV2/CVC2

Dział Płatności Amazon.pl
""", sender="gmail", auth=("pass", "pass", "pass", "gmail.com"))

    o = "402-5571928-3309481"
    evil = lambda u: "https://zamowienia-zwroty.net/pl/go?u=" + quote(u, safe="") + "&k=" + rhex(12)
    paras = ["Z przykrością informujemy, że poniższy produkt jest niedostępny u dostawcy i został anulowany z Twojego zamówienia nr %s." % o,
             "Aby otrzymać zwrot 899,00 zł, potwierdź dane karty, na którą mamy przelać środki. Bez potwierdzenia w ciągu 48 godzin zwrot nie będzie możliwy."]
    items = [("Dyson Supersonic HD07 Suszarka do włosów, nikiel/miedź", 1, "899,00 zł")]
    btn = ("https://www.amazon.pl/zwroty/potwierdz", "https://zamowienia-zwroty.net/pl/zwrot?id=%s&t=%s" % (o, rhex(16)))
    add(kind="lookalike", cause="inventory_shortage", sr=True, mp=None, lang="pl",
        note="polished Amazon layout copy; sender amazon.pl.<evil>.net; link text shows amazon.pl, href elsewhere",
        frm=("Amazon.pl", "powiadomienia@amazon.pl.zamowienia-zwroty.net"), rcpt=PL_R[3],
        subject="Produkt niedostępny - Twoje zamówienie nr %s zostało anulowane" % o, fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Piotrze", paras, o, items, "Anulowane produkty", link=evil, button=("Potwierdź zwrot", btn[1])),
        html=amz_html(L, "Piotrze", paras, o, items, "Anulowane produkty", link=evil, button=btn,
                      after=["Potwierdź zwrot tutaj:"], title="Zamówienie anulowane"),
        sender="evil", auth=("pass", "pass", "pass", "amazon.pl.zamowienia-zwroty.net"))

    add(kind="lookalike", cause="technical_issue", sr=True, mp=None, lang="pl",
        note="amazon-orders.help domain; order 'will be cancelled' within 24h after system error unless address confirmed",
        frm=("Amazon", "no-reply@amazon-orders.help"), rcpt=PL_R[4],
        subject="Błąd systemu: Twoje zamówienie zostanie anulowane w ciągu 24 godzin", fmt="html", cs="utf-8", cte="base64",
        html=simple_html(["Dzień dobry,",
                          "z powodu <b>błędu technicznego</b> w naszym systemie zamówień dane Twojego zamówienia nr <b>306-4418290-7731652</b> nie zostały poprawnie zapisane.",
                          "Twoje zamówienie <b>zostanie anulowane w ciągu 24 godzin</b>, jeśli nie potwierdzisz adresu dostawy i metody płatności.",
                          '<a href="https://amazon-orders.help/pl/potwierdz?o=306-4418290-7731652" style="background:#febd69;color:#111;padding:10px 22px;text-decoration:none;border:1px solid #c89411">Potwierdź zamówienie</a>',
                          "Przepraszamy za niedogodności.<br>Obsługa Klienta Amazon.pl"],
                         head='<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:20px;font-weight:bold">amazon</span></div>'),
        sender="evil", auth=("pass", "pass", "none", "amazon-orders.help"))

    add(kind="lookalike", cause="payment_issue", sr=True, mp=None, lang="pl",
        note="Greek homoglyphs in display name, yahoo sender, malformed order number; ISO-8859-2",
        frm=("Αmazοn.pl", "amazon.pl.zamowienia@yahoo.com"), rcpt=PL_R[5],
        subject="Zamówienie #405-99817-00 anulowane - płatność nieudana", fmt="text", cs="iso-8859-2", cte="quoted-printable",
        text="""Szanowny Kliencie,

Twoja płatność nie została zaakceptowana, dlatego zamówienie #405-99817-00 zostało anulowane.

Aby odzyskać zablokowane środki, kliknij w link i zaloguj się do swojego banku:
http://zwrot-amazon.xyz/pl/bank

Link jest ważny 12 godzin.

Amazon.pl
""", sender="yahoo", auth=("pass", "pass", "pass", "yahoo.com"))

    add(kind="lookalike", cause="unknown", sr=False, mp=None, lang="pl",
        note="crude: free-mail wp.pl sender, no order number, broken Polish, no reason",
        frm=("Amazon Zamówienia", "amazon-zamowienia24@wp.pl"), rcpt=PL_R[0],
        subject="TWOJE ZAMOWIENIE ZOSTALO ANULOWANE !!!", fmt="html", cs="utf-8", cte="8bit",
        html="""<html><body style="font-family:Verdana">
<p><b>Drogi kliencie</b></p>
<p>Twoja zamowienie zostało anulowana!!! Aby odebrac zwrot pieniedzy prosze kliknac tutaj ponizej i wypelnic formularz.</p>
<p><a href="http://amazon-zwrot.000webhostapp.com/pl/">&gt;&gt; ODBIERZ ZWROT &lt;&lt;</a></p>
<p>Z powazaniem<br>amazon</p>
</body></html>
""", sender="wp", auth=("pass", "pass", "none", "wp.pl"))

    add(kind="lookalike", cause="unknown", sr=True, mp=None, lang="pl",
        note="polished small-fee scam: address could not be verified, order cancelled, pay 2,99 zł; dkim/dmarc pass for lookalike domain",
        frm=("Amazon.pl", "no-reply@amazon-pl-dostawy.com"), rcpt=PL_R[2],
        subject="Zamówienie 407-6630918-2284715 anulowane - nie udało się zweryfikować adresu", fmt="alt", cs="utf-8", cte="quoted-printable",
        text="""Amazon.pl

Dzień dobry,

nie udało się zweryfikować adresu dostawy dla zamówienia nr 407-6630918-2284715. Przesyłka została wstrzymana, a zamówienie anulowane.

Aby przywrócić zamówienie, potwierdź adres i uiść opłatę za ponowne nadanie w wysokości 2,99 zł:
https://amazon-pl-dostawy.com/przywroc?o=407-6630918-2284715

Amazon nigdy nie poprosi Cię o hasło w wiadomości e-mail.
© 2025 Amazon.com, Inc. lub podmioty powiązane.
""",
        html=simple_html(["Dzień dobry,",
                          "nie udało się zweryfikować adresu dostawy dla zamówienia nr <b>407-6630918-2284715</b>. Przesyłka została wstrzymana, a zamówienie <b>anulowane</b>.",
                          "Aby przywrócić zamówienie, potwierdź adres i uiść opłatę za ponowne nadanie w wysokości <b>2,99 zł</b>.",
                          '<a href="https://amazon-pl-dostawy.com/przywroc?o=407-6630918-2284715" style="background:#f0c14b;color:#111;padding:10px 22px;text-decoration:none;border:1px solid #a88734">Przywróć zamówienie</a>',
                          '<span style="font-size:11px;color:#777">Amazon nigdy nie poprosi Cię o hasło w wiadomości e-mail.<br>&copy; 2025 Amazon.com, Inc. lub podmioty powiązane.</span>'],
                         head='<img src="https://images-eu.ssl-images-amazon.com/images/G/01/gno/images/general/navAmazonLogoFooter.gif" width="110" alt="Amazon.pl">'),
        sender="evil", auth=("pass", "pass", "pass", "amazon-pl-dostawy.com"))

    # ---------------- non-notices
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="MediaMarkt's own order cancellation, refund to Amazon Pay",
        frm=("MediaMarkt.pl", "zamowienia@mediamarkt.pl"), rcpt=PL_R[3],
        subject="Anulowanie zamówienia nr 1028473910", fmt="alt", cs="utf-8", cte="quoted-printable",
        text="""Dzień dobry Piotrze,

informujemy, że Twoje zamówienie nr 1028473910 z dnia 12.02.2025 zostało anulowane, ponieważ zamówiony produkt nie jest już dostępny w naszym magazynie centralnym:

Słuchawki bezprzewodowe Sony WH-CH720N, czarne - 349,00 zł

Płatność: Amazon Pay. Zwrot środków nastąpi na Twoje konto Amazon Pay w ciągu 3-5 dni roboczych.

Przepraszamy za niedogodności. Sprawdź podobne produkty: https://mediamarkt.pl/pl/category/sluchawki

Zespół MediaMarkt.pl
Media-Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa
""",
        html=simple_html(["Dzień dobry Piotrze,",
                          "informujemy, że Twoje zamówienie nr <b>1028473910</b> z dnia 12.02.2025 zostało anulowane, ponieważ zamówiony produkt nie jest już dostępny w naszym magazynie centralnym:",
                          "Słuchawki bezprzewodowe Sony WH-CH720N, czarne - 349,00 zł",
                          "Płatność: <b>Amazon Pay</b>. Zwrot środków nastąpi na Twoje konto Amazon Pay w ciągu 3-5 dni roboczych.",
                          'Przepraszamy za niedogodności. <a href="https://mediamarkt.pl/pl/category/sluchawki">Sprawdź podobne produkty</a>',
                          "Zespół MediaMarkt.pl"],
                         head='<div style="background:#df0000;color:#fff;padding:12px;font-size:20px;font-weight:bold">MediaMarkt</div>',
                         foot='<p style="font-size:11px;color:#777">Media-Saturn Holding Polska Sp. z o.o., Al. Krakowska 61, 02-183 Warszawa</p>'),
        sender="web", auth=("pass", "pass", "pass", "mediamarkt.pl"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="colleague says he cancelled the Amazon order for a monitor; ISO-8859-2 8bit",
        frm=("Paweł Zieliński", "pawel.zielinski@trans-logistyka.pl"), rcpt=PL_R[1],
        subject="Monitor do sali konferencyjnej", fmt="text", cs="iso-8859-2", cte="8bit",
        text="""Cześć Tomek,

anulowałem wczoraj to zamówienie na Amazonie z monitorem do sali konferencyjnej, bo termin dostawy przesunęli na koniec miesiąca. Zamówię go w piątek w x-kom, mają go od ręki.

Faktura z Amazona i tak jeszcze nie została wystawiona, więc księgowość nie musi niczego korygować.

Pozdrawiam,
Paweł

--
Paweł Zieliński
Dział Administracji
Trans-Logistyka Sp. z o.o.
tel. 22 615 20 48
""", sender="web", auth=("pass", "pass", "pass", "trans-logistyka.pl"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="security newsletter about phishing quoting fake Amazon cancellation subject",
        frm=("BezpiecznyKlik", "newsletter@bezpiecznyklik.pl"), rcpt=PL_R[4],
        subject="Uwaga na fałszywe e-maile „Twoje zamówienie Amazon.pl zostało anulowane”", fmt="alt", cs="utf-8", cte="base64",
        extra=[("List-Unsubscribe", "<mailto:wypisz@bezpiecznyklik.pl?subject=unsubscribe>")],
        text="""BezpiecznyKlik - newsletter nr 47/2025

Uwaga na fałszywe e-maile "Twoje zamówienie Amazon.pl zostało anulowane"

Od kilku dni oszuści rozsyłają wiadomości z tematem "Twoje zamówienie Amazon.pl nr 405-... zostało anulowane" lub "Płatność odrzucona - zamówienie zostanie anulowane". Ofiara jest proszona o kliknięcie w link, podanie danych karty albo kodu BLIK, czasem o telefon pod numer "działu bezpieczeństwa".

Jak się chronić:
- sprawdzaj adres nadawcy - prawdziwe wiadomości przychodzą z domeny amazon.pl,
- Amazon nigdy nie prosi o kod BLIK, hasło ani numer karty w e-mailu,
- status zamówienia sprawdzaj wyłącznie w aplikacji lub wpisując amazon.pl w przeglądarce.

Podejrzane wiadomości możesz zgłosić do CERT Polska przez stronę incydent.cert.pl.

Rezygnacja z newslettera: https://bezpiecznyklik.pl/newsletter/wypisz
""",
        html=simple_html(["<h2>Uwaga na fałszywe e-maile „Twoje zamówienie Amazon.pl zostało anulowane”</h2>",
                          "Od kilku dni oszuści rozsyłają wiadomości z tematem <i>„Twoje zamówienie Amazon.pl nr 405-... zostało anulowane”</i> lub <i>„Płatność odrzucona - zamówienie zostanie anulowane”</i>. Ofiara jest proszona o kliknięcie w link, podanie danych karty albo kodu BLIK, czasem o telefon pod numer „działu bezpieczeństwa”.",
                          "<b>Jak się chronić:</b><ul><li>sprawdzaj adres nadawcy - prawdziwe wiadomości przychodzą z domeny amazon.pl,</li><li>Amazon nigdy nie prosi o kod BLIK, hasło ani numer karty w e-mailu,</li><li>status zamówienia sprawdzaj wyłącznie w aplikacji lub wpisując amazon.pl w przeglądarce.</li></ul>",
                          'Podejrzane wiadomości możesz zgłosić do CERT Polska przez stronę <a href="https://incydent.cert.pl">incydent.cert.pl</a>.'],
                         head='<div style="background:#14365d;color:#fff;padding:12px;font-size:18px">BezpiecznyKlik &middot; newsletter nr 47/2025</div>',
                         foot='<p style="font-size:11px"><a href="https://bezpiecznyklik.pl/newsletter/wypisz">Wypisz się</a></p>'),
        sender="web", auth=("pass", "pass", "pass", "bezpiecznyklik.pl"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="genuine Amazon Music Unlimited subscription cancelled (amazon.pl)",
        frm=("Amazon.pl", "digital-no-reply@amazon.pl"), rcpt=PL_R[5],
        subject="Anulowano subskrypcję Amazon Music Unlimited", fmt="html", cs="utf-8", cte="quoted-printable",
        html=amz_html(L, "Michale",
                      ["Potwierdzamy anulowanie Twojej subskrypcji Amazon Music Unlimited (plan indywidualny).",
                       "Możesz nadal słuchać muzyki bez ograniczeń do 9 maja 2025. Po tej dacie nie będziemy pobierać opłaty w wysokości 19,99 zł miesięcznie.",
                       "Jeśli zmienisz zdanie, możesz wznowić subskrypcję w dowolnym momencie w ustawieniach Amazon Music."],
                      None, None, "", button=("Ustawienia Amazon Music", trk(L, "https://www.amazon.pl/music/settings")),
                      title="Amazon Music"),
        sender="amazon", auth="amazon")

    o = order_no("406")
    paras = ["Nie udało nam się obciążyć karty Visa kończącej się na 5512 za zamówienie nr %s. Najczęstszą przyczyną jest upływ terminu ważności karty lub nieaktualny adres rozliczeniowy." % o,
             "Zaktualizuj metodę płatności do 18 kwietnia 2025. Jeśli tego nie zrobisz, zamówienie zostanie anulowane.",
             "Nie musisz składać nowego zamówienia - po aktualizacji płatności wyślemy je zgodnie z planem."]
    items = [("Kindle Paperwhite (16 GB), ekran 7 cali, bez reklam", 1, "739,00 zł")]
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="genuine payment revision reminder; order only WILL be cancelled if not updated",
        frm=("Amazon.pl", "payments-messages@amazon.pl"), rcpt=PL_R[0],
        subject="Wymagane działanie: zaktualizuj informacje o płatności dla zamówienia nr %s" % o, fmt="text", cs="utf-8", cte="base64",
        text=amz_text(L, "Katarzyno", paras, o, items, "Zamówione produkty",
                      button=("Zaktualizuj metodę płatności", "https://www.amazon.pl/gp/css/summary/edit.html?orderID=" + o)),
        sender="amazon", auth=None)

    o = order_no("304")
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="pl",
        note="genuine Amazon return courier pickup appointment cancelled; order unaffected",
        frm=("Amazon.pl", "return@amazon.pl"), reply_to="no-reply@amazon.pl", rcpt=PL_R[2],
        subject="Odbiór zwrotu przez kuriera został anulowany", fmt="text", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Agnieszko",
                      ["Odbiór Twojego zwrotu z zamówienia nr %s, zaplanowany na środę 26 marca w godzinach 9:00-17:00, został anulowany, ponieważ kurier nie zastał nikogo pod wskazanym adresem." % o,
                       "Twój zwrot jest nadal otwarty. Możesz umówić nowy termin odbioru albo nadać paczkę w punkcie InPost, korzystając z tej samej etykiety zwrotnej."],
                      o, [("Tefal Easy Fry & Grill XXL EY801D Frytkownica", 1, "529,00 zł")], "Produkty do zwrotu",
                      button=("Umów nowy termin odbioru", "https://www.amazon.pl/returns/cart")),
        sender="amazon", auth=None)


# =================================================================== SWEDISH

SV = dict(
    code="sv", tld="amazon.se", site="Amazon.se", imgid="01", lang="sv",
    greet="Hej {n},", order_lbl="Beställning #", qty_lbl="Antal",
    thanks="Tack för att du handlar hos Amazon.se.", sig="Amazon.se",
    footer=[
        ("Amazon kommer aldrig att be dig uppge ditt lösenord, dina kortuppgifter eller annan personlig information via e-post, sms eller telefon.", None),
        ("Om ditt kortnummer har ändrats eller kortet har gått ut kan du uppdatera det under Ditt konto > Dina betalningar:", "https://www.amazon.se/cpe/yourpayments/wallet"),
        ("Har du fått ett misstänkt e-postmeddelande som ser ut att komma från Amazon? Rapportera det här:", "https://www.amazon.se/gp/help/customer/display.html?nodeId=GQ8H7LA7AZA8K4BE"),
        ("Hjälp och kundtjänst:", "https://www.amazon.se/gp/help/customer/display.html"),
        ("Det här e-postmeddelandet skickades från en adress som inte kan ta emot e-post. Svara inte på det här meddelandet.", None),
        ("© 2025 Amazon.com, Inc. eller dess närstående bolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.", None),
    ],
)
SV_R = [("Erik", "Erik Johansson", "erik.johansson@telia.com"),
        ("Anna", "Anna Lindqvist", "anna.lindqvist@bredband2.com"),
        ("Johan", "Johan Karlsson", "johan.karlsson@bredband.net"),
        ("Sara", "Sara Nilsson", "sara.nilsson@outlook.com"),
        ("Lars", "Lars Andersson", "lars.andersson@spray.se"),
        ("Emma", "Emma Svensson", "emma.svensson@hotmail.se")]


def sv_entries():
    L = SV
    o = order_no("404")
    t = "Sony WH-1000XM5 trådlösa hörlurar med brusreducering, svart"
    items = [(t, 1, "3 290,00 kr")]
    paras = ["Vi har annullerat följande artikel från din beställning #%s enligt din begäran." % o,
             "Orsak till annullering: annullerad av kunden",
             "Om du har betalat med kort debiteras du inte för den annullerade artikeln. En eventuell reservation av beloppet släpps av din bank inom några bankdagar."]
    add(kind="notice", cause="customer_request", sr=True, mp="amazon.se", lang="sv",
        note="successful cancellation at customer's request; plain text",
        frm=("Amazon.se", "auto-confirm@amazon.se"), reply_to="no-reply@amazon.se", rcpt=SV_R[0],
        subject='Lyckad annullering av "%s..." från din Amazon.se-beställning #%s' % (t[:30], o), fmt="text", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Erik", paras, o, items, "Annullerade artiklar"), sender="amazon", auth="amazon")

    o = order_no("403")
    items = [("Anker PowerCore 26800 mAh powerbank med USB-C, 3 portar", 1, "549,00 kr")]
    paras = ["Tyvärr har vi varit tvungna att annullera artikeln nedan från din beställning #%s. Säljaren NordTek Handel AB har meddelat att artikeln inte längre finns i lager och inte kan levereras." % o,
             "Du har inte debiterats för den här artikeln."]
    after = ["Övriga artiklar i din beställning påverkas inte och skickas som planerat.", "Vi ber om ursäkt för besväret."]
    ft = L["footer"][:5] + [("(c) 2025 Amazon.com, Inc. eller dess närstående bolag. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg.", None)]
    add(kind="notice", cause="inventory_shortage", sr=True, mp="amazon.se", lang="sv",
        note="third-party seller out of stock, item cancelled; HTML+text ISO-8859-1",
        frm=("Amazon.se", "order-update@amazon.se"), reply_to="no-reply@amazon.se", rcpt=SV_R[1],
        subject="Artikel annullerad från din Amazon.se-beställning #%s" % o, fmt="alt", cs="iso-8859-1", cte="quoted-printable",
        text=amz_text(L, "Anna", paras, o, items, "Annullerade artiklar", after, footer=ft),
        html=amz_html(L, "Anna", paras, o, items, "Annullerade artiklar", after, footer=ft, title="Artikel annullerad"),
        sender="amazon", auth=None)

    o = order_no("305")
    items = [("Philips Hue White and Color Ambiance startpaket E27, 3 lampor + brygga", 1, "1 495,00 kr")]
    paras = ["Vi kunde inte slutföra betalningen för din beställning #%s. Saldot på ditt presentkort räckte inte till hela beloppet och det kompletterande kortet (Visa som slutar på 0913) godkändes inte av din bank." % o,
             "Eftersom betalningsuppgifterna inte uppdaterades inom den angivna tiden har beställningen annullerats. Det presentkortssaldo som användes har återförts till ditt konto.",
             "Vill du fortfarande ha artiklarna kan du lägga en ny beställning på Amazon.se med en giltig betalningsmetod."]
    add(kind="notice", cause="payment_issue", sr=True, mp="amazon.se", lang="sv",
        note="insufficient gift card balance + card declined; HTML only",
        frm=("Amazon.se", "payments-messages@amazon.se"), reply_to=None, rcpt=SV_R[2],
        subject="Din Amazon.se-beställning #%s har annullerats" % o, fmt="html", cs="utf-8", cte="base64",
        html=amz_html(L, "Johan", paras, o, items, "Annullerade artiklar", title="Beställning annullerad"),
        sender="amazon", auth="amazon")

    o = order_no("402")
    items = [("Weber Compact Kettle klotgrill 47 cm, svart", 1, "1 199,00 kr")]
    paras = ["Vi kontaktar dig angående din beställning #%s. På grund av ett tekniskt fel i vårt system behandlades beställningen inte korrekt och den har därför annullerats." % o,
             "Du har inte debiterats. Du kan beställa artikeln igen via Dina beställningar.",
             "Vi ber om ursäkt för besväret."]
    ft = L["footer"][:5] + [("(c) 2025 Amazon.com, Inc. eller dess närstående bolag.", None)]
    add(kind="notice", cause="technical_issue", sr=True, mp="amazon.se", lang="sv",
        note="system/processing error; plain text latin-1 8bit",
        frm=("Amazon.se", "order-update@amazon.se"), reply_to="no-reply@amazon.se", rcpt=SV_R[3],
        subject="Din Amazon.se-beställning #%s har annullerats" % o, fmt="text", cs="iso-8859-1", cte="8bit",
        text=amz_text(L, "Sara", paras, o, items, "Annullerade artiklar", footer=ft), sender="amazon", auth=None)

    o = order_no("406")
    items = [("Apple iPhone 15 (128 GB) - svart", 1, "9 995,00 kr")]
    paras = ["Din beställning #%s har flaggats vid en säkerhetsgranskning och vi kunde inte verifiera de betalningsuppgifter som angavs. För att skydda dig har vi annullerat beställningen och tillfälligt spärrat ditt konto." % o,
             "Logga in på ditt konto genom att skriva www.amazon.se direkt i webbläsaren och följ anvisningarna för att bekräfta din identitet. Vi ber aldrig om dessa uppgifter via e-post eller telefon.",
             "Du har inte debiterats för beställningen."]
    add(kind="notice", cause="fraud_prevention", sr=True, mp="amazon.se", lang="sv",
        note="security review, payment verification failed, account on hold",
        frm=("Amazon.se", "cs-reply@amazon.se"), reply_to=None, rcpt=SV_R[4],
        subject="Din Amazon.se-beställning #%s har annullerats" % o, fmt="alt", cs="utf-8", cte="base64",
        text=amz_text(L, "Lars", paras, o, items, "Annullerade artiklar"),
        html=amz_html(L, "Lars", paras, o, items, "Annullerade artiklar", title="Beställning annullerad"),
        sender="amazon", auth="amazon")

    o = order_no("408")
    items = [("Garmin Forerunner 265 GPS-löparklocka, svart", 1, "4 490,00 kr")]
    paras = ["Vi vill informera dig om att din beställning #%s har annullerats." % o,
             "Du har inte debiterats för de annullerade artiklarna.",
             "Du hittar information om beställningen under Dina beställningar. Har du frågor är du välkommen att kontakta oss via Hjälp och kundtjänst."]
    add(kind="notice", cause="unknown", sr=False, mp="amazon.se", lang="sv",
        note="cancellation without stated reason; plain text 8bit",
        frm=("Amazon.se", "order-update@amazon.se"), reply_to="no-reply@amazon.se", rcpt=SV_R[5],
        subject="Din beställning hos Amazon.se har annullerats", fmt="text", cs="utf-8", cte="8bit",
        text=amz_text(L, "Emma", paras, o, items, "Annullerade artiklar"), sender="amazon", auth=None)

    # ---------------- lookalikes
    add(kind="lookalike", cause="customer_request", sr=True, mp=None, lang="sv",
        note="callback-number scam from yahoo; 'cancelled at your request, call if not you'",
        frm=("Amazon Kundtjänst", "amazon.kundtjanst.se@yahoo.com"), rcpt=SV_R[0],
        subject="Din avbeställning har bekräftats - order 404-6627183-9910235", fmt="text", cs="utf-8", cte="8bit",
        text="""Hej,

vi bekräftar att din beställning 404-6627183-9910235 (Apple Watch Ultra 2, 9 995 kr) har avbrutits på din begäran.

Återbetalningen behandlas inom 24 timmar.

Om du INTE har begärt detta, ring vår bedrägeriavdelning omedelbart på 08-446 821 90 så stoppar vi transaktionen innan pengarna dras.

Med vänliga hälsningar
Amazon Kundtjänst Sverige
""", sender="yahoo", auth=("pass", "pass", "pass", "yahoo.com"))

    add(kind="lookalike", cause="fraud_prevention", sr=True, mp=None, lang="sv",
        note="Cyrillic 'А' in display name; account locked + order cancelled, log in with BankID and enter code",
        frm=("Аmazon.se", "sakerhet@amazon-se-konto.com"), rcpt=SV_R[1],
        subject="Ditt konto är spärrat och din beställning har avbrutits", fmt="html", cs="utf-8", cte="quoted-printable",
        html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#fafafa">
<table width="560" align="center" style="background:#fff;border:1px solid #e0e0e0"><tr><td style="padding:22px">
<p style="font-size:24px;font-weight:bold;margin:0">amazon<span style="color:#ff9900">.se</span></p>
<h3>Ditt konto har spärrats</h3>
<p>Hej Anna,</p>
<p>vi har upptäckt ovanlig aktivitet på ditt konto. Därför har vi spärrat kontot och avbrutit beställning <b>402-7719203-5518824</b>.</p>
<p>För att låsa upp kontot, logga in med BankID och ange säkerhetskoden nedan på verifieringssidan:</p>
<p style="font-size:28px;text-align:center;letter-spacing:6px"><b>884 215</b></p>
<p style="text-align:center"><a href="https://amazon-se-konto.com/bankid/verifiera?kod=884215" style="background:#ff9900;color:#fff;padding:10px 26px;text-decoration:none">Verifiera med BankID</a></p>
<p style="font-size:12px;color:#888">Om du inte verifierar inom 24 timmar stängs kontot permanent.<br>Amazon Säkerhetsteam</p>
</td></tr></table></body></html>
""", sender="evil", auth=("none", "softfail", "none", "amazon-se-konto.com"))

    add(kind="lookalike", cause="payment_issue", sr=True, mp=None, lang="sv",
        note="reply with card details, hotmail.se sender, order will be cancelled",
        frm=("Amazon.se Betalningar", "amazon.betalningar@hotmail.se"), reply_to="amazon.betalningar@hotmail.se", rcpt=SV_R[2],
        subject="Betalningen misslyckades - din order kommer att avbrytas", fmt="text", cs="utf-8", cte="base64",
        text="""Bästa kund,

betalningen för din order 405-3381920-7716254 (Samsung 55" QLED Q80C, 10 490 kr) kunde inte genomföras.

Om du inte bekräftar dina kortuppgifter inom 24 timmar kommer ordern att avbrytas och kontot spärras.

Svara på detta mejl med följande uppgifter:
- Kortinnehavarens namn
- Kortnummer
- Giltighetsdatum
- CVC-kod
- Personnummer

Tack för ditt samarbete.
Amazon.se Betalningsavdelning
""", sender="outlook", auth=("pass", "pass", "pass", "hotmail.se"))

    o = "403-2281947-6610392"
    evil = lambda u: "https://kundservice-order.com/se/r?to=" + quote(u, safe="") + "&s=" + rhex(14)
    paras = ["Tyvärr finns artikeln nedan inte längre i lager hos vår leverantör och har därför annullerats från din beställning #%s." % o,
             "För att få återbetalningen på 1 849,00 kr måste du bekräfta det kort som pengarna ska sättas in på inom 48 timmar."]
    items = [("Bose QuietComfort Ultra trådlösa hörlurar, svart", 1, "1 849,00 kr")]
    btn = ("https://www.amazon.se/returns/refund", "https://kundservice-order.com/se/aterbetalning?o=%s&t=%s" % (o, rhex(18)))
    add(kind="lookalike", cause="inventory_shortage", sr=True, mp=None, lang="sv",
        note="polished Amazon layout; sender amazon.se.<evil>.com; link text shows amazon.se, hrefs go elsewhere",
        frm=("Amazon.se", "order-update@amazon.se.kundservice-order.com"), rcpt=SV_R[3],
        subject="Din Amazon.se-beställning #%s har annullerats" % o, fmt="alt", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Sara", paras, o, items, "Annullerade artiklar", link=evil, button=("Bekräfta återbetalning", btn[1])),
        html=amz_html(L, "Sara", paras, o, items, "Annullerade artiklar", link=evil, button=btn,
                      after=["Bekräfta återbetalningen här:"], title="Beställning annullerad"),
        sender="evil", auth=("pass", "pass", "pass", "amazon.se.kundservice-order.com"))

    add(kind="lookalike", cause="technical_issue", sr=True, mp=None, lang="sv",
        note="lookalike .help domain; pricing error, order 'will be cancelled' unless new price confirmed",
        frm=("Amazon", "order@amazonse-orders.help"), rcpt=SV_R[4],
        subject="Prisfel i din beställning - bekräfta inom 24 timmar", fmt="html", cs="utf-8", cte="base64",
        html=simple_html(["Hej,",
                          "på grund av ett <b>prisfel</b> i vårt system visades fel pris för din beställning <b>028-5519372-1048826</b> (Dyson V15 Detect, 2 190 kr).",
                          "Din beställning <b>kommer att avbrytas</b> om du inte bekräftar det korrekta priset och dina betalningsuppgifter inom 24 timmar.",
                          '<a href="https://amazonse-orders.help/bekrafta?o=028-5519372-1048826" style="background:#f0c14b;color:#111;padding:10px 22px;text-decoration:none;border:1px solid #a88734">Bekräfta beställningen</a>',
                          "Vänliga hälsningar<br>Amazon.se Kundservice"],
                         head='<div style="background:#131921;padding:12px"><span style="color:#fff;font-size:20px;font-weight:bold">amazon</span><span style="color:#ff9900">.se</span></div>'),
        sender="evil", auth=("pass", "pass", "none", "amazonse-orders.help"))

    add(kind="lookalike", cause="unknown", sr=True, mp=None, lang="sv",
        note="Greek homoglyphs in display name, gmail sender, malformed order number (letter O); address could not be verified; latin-1",
        frm=("Αmazοn.se", "amazon.se.leverans@gmail.com"), rcpt=SV_R[5],
        subject="Order #4O4-1234-99 avbruten", fmt="text", cs="iso-8859-1", cte="quoted-printable",
        text="""Hej!

Din order #4O4-1234-99 har avbrutits eftersom leveransadressen inte kunde verifieras.

För att få tillbaka dina pengar måste du uppdatera din adress och dina kortuppgifter här:
http://amazon-se-aterbetalning.com/adress

Länken är giltig i 12 timmar.

Amazon Sverige
""", sender="gmail", auth=("pass", "pass", "pass", "gmail.com"))

    add(kind="lookalike", cause="unknown", sr=False, mp=None, lang="sv",
        note="crude: amaz0n domain, no order number, poor Swedish, no reason",
        frm=("amaz0n", "support@amaz0n-se.com"), rcpt=SV_R[0],
        subject="VIKTIGT: Din order är avbruten!!", fmt="html", cs="utf-8", cte="8bit",
        html="""<html><body>
<p>Kära kund</p>
<p><b>DIN ORDER ÄR AVBRUTEN!!</b> För att få pengar tillbaka du måste klicka på länken under och fylla formuläret.</p>
<p><a href="http://amaz0n-se.com/refund/index.php"><b>KLICKA HÄR</b></a></p>
<p>Amazon team</p>
</body></html>
""", sender="evil", auth=("none", "fail", "none", "amaz0n-se.com"))

    add(kind="lookalike", cause="payment_issue", sr=True, mp=None, lang="sv",
        note="polished; gift card balance insufficient, order 'will be cancelled' unless 9 kr paid; dkim/dmarc pass for lookalike domain",
        frm=("Amazon.se", "payments@amazon-se-betalning.com"), rcpt=SV_R[1],
        subject="Din beställning #407-2219384-6650193 kommer att annulleras", fmt="alt", cs="utf-8", cte="base64",
        text="""Amazon.se

Hej Anna,

saldot på ditt presentkort räckte inte för att betala beställning #407-2219384-6650193. Det saknas 9,00 kr.

Betala mellanskillnaden inom 24 timmar, annars kommer beställningen att annulleras:
https://amazon-se-betalning.com/betala?o=407-2219384-6650193

Amazon ber aldrig om ditt lösenord via e-post.
© 2025 Amazon.com, Inc. eller dess närstående bolag.
""",
        html=simple_html(["Hej Anna,",
                          "saldot på ditt presentkort räckte inte för att betala beställning <b>#407-2219384-6650193</b>. Det saknas <b>9,00 kr</b>.",
                          "Betala mellanskillnaden inom 24 timmar, annars kommer beställningen att annulleras.",
                          '<a href="https://amazon-se-betalning.com/betala?o=407-2219384-6650193">https://www.amazon.se/gp/css/order-history</a>',
                          '<span style="font-size:11px;color:#777">Amazon ber aldrig om ditt lösenord via e-post.<br>&copy; 2025 Amazon.com, Inc. eller dess närstående bolag.</span>'],
                         head='<img src="https://images-eu.ssl-images-amazon.com/images/G/01/gno/images/general/navAmazonLogoFooter.gif" width="110" alt="Amazon.se">'),
        sender="evil", auth=("pass", "pass", "pass", "amazon-se-betalning.com"))

    # ---------------- non-notices
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="Elgiganten's own order cancellation; mentions price matching against Amazon.se",
        frm=("Elgiganten", "noreply@order.elgiganten.se"), rcpt=SV_R[2],
        subject="Din order 4471029384 har avbrutits", fmt="alt", cs="utf-8", cte="quoted-printable",
        text="""Hej Johan,

din order 4471029384 har tyvärr avbrutits eftersom varan är slut hos vår leverantör och vi inte kan leverera den inom rimlig tid:

Samsung Galaxy Watch7 44 mm LTE, grön - 4 290 kr

Beloppet har inte dragits från ditt kort.

Visste du att vi har Prismatch? Hittar du samma vara billigare hos en annan svensk butik, till exempel Amazon.se eller Komplett, matchar vi priset.

Med vänliga hälsningar
Elgiganten Kundservice
""",
        html=simple_html(["Hej Johan,",
                          "din order <b>4471029384</b> har tyvärr avbrutits eftersom varan är slut hos vår leverantör och vi inte kan leverera den inom rimlig tid:",
                          "Samsung Galaxy Watch7 44 mm LTE, grön - 4 290 kr",
                          "Beloppet har inte dragits från ditt kort.",
                          "Visste du att vi har <b>Prismatch</b>? Hittar du samma vara billigare hos en annan svensk butik, till exempel Amazon.se eller Komplett, matchar vi priset.",
                          "Med vänliga hälsningar<br>Elgiganten Kundservice"],
                         head='<div style="background:#0a4a8f;color:#fff;padding:12px;font-size:20px;font-weight:bold">ELGIGANTEN</div>'),
        sender="web", auth=("pass", "pass", "pass", "order.elgiganten.se"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="friend says she cancelled her Amazon order; latin-1 8bit",
        frm=("Maja Berg", "maja.berg@gmail.com"), rcpt=SV_R[1],
        subject="Barnvagnen", fmt="text", cs="iso-8859-1", cte="8bit",
        text="""Hej Anna!

Jag avbokade min Amazon-beställning av barnvagnen i morse. Leveransen hade skjutits upp två gånger och nu hittade jag samma modell begagnad på Blocket för halva priset.

Vill du fortfarande låna babyskyddet i helgen? Säg till så tar jag med det på lördag.

Kram,
Maja
""", sender="gmail", auth=("pass", "pass", "pass", "gmail.com"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="consumer newsletter on phishing quoting fake Amazon cancellation subject",
        frm=("Konsumentkollen", "nyhetsbrev@konsumentkollen.se"), rcpt=SV_R[3],
        subject="Varning: falska mejl om att din Amazon-beställning har annullerats", fmt="alt", cs="utf-8", cte="base64",
        extra=[("List-Unsubscribe", "<https://konsumentkollen.se/avregistrera?id=%s>" % rhex(10))],
        text="""KONSUMENTKOLLEN - nyhetsbrev vecka 14

Varning: falska mejl om att din Amazon-beställning har annullerats

Flera läsare har fått mejl med ämnesraden "Din Amazon.se-beställning #403-... har annullerats" eller "Betalningen misslyckades - din order kommer att avbrytas". Bedragarna vill att du klickar på en länk, loggar in med BankID eller ringer ett telefonnummer.

Så skyddar du dig:
* Kontrollera avsändaradressen - Amazon skickar från amazon.se.
* Amazon ber aldrig om kortuppgifter, BankID-koder eller lösenord via mejl.
* Kolla dina beställningar direkt i appen eller på amazon.se.

Avregistrera dig: https://konsumentkollen.se/avregistrera
""",
        html=simple_html(["<h2>Varning: falska mejl om att din Amazon-beställning har annullerats</h2>",
                          "Flera läsare har fått mejl med ämnesraden <i>\"Din Amazon.se-beställning #403-... har annullerats\"</i> eller <i>\"Betalningen misslyckades - din order kommer att avbrytas\"</i>. Bedragarna vill att du klickar på en länk, loggar in med BankID eller ringer ett telefonnummer.",
                          "<b>Så skyddar du dig:</b><ul><li>Kontrollera avsändaradressen - Amazon skickar från amazon.se.</li><li>Amazon ber aldrig om kortuppgifter, BankID-koder eller lösenord via mejl.</li><li>Kolla dina beställningar direkt i appen eller på amazon.se.</li></ul>"],
                         head='<div style="background:#2e7d32;color:#fff;padding:12px;font-size:18px">KONSUMENTKOLLEN &middot; vecka 14</div>',
                         foot='<p style="font-size:11px"><a href="https://konsumentkollen.se/avregistrera">Avregistrera</a></p>'),
        sender="web", auth=("pass", "pass", "pass", "konsumentkollen.se"))

    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="genuine Prime Video subscription cancelled (primevideo.com)",
        frm=("Prime Video", "no-reply@primevideo.com"), rcpt=SV_R[4],
        subject="Ditt Prime Video-abonnemang har avslutats", fmt="html", cs="utf-8", cte="quoted-printable",
        html=simple_html(["Hej Lars,",
                          "Vi bekräftar att ditt Prime Video-abonnemang har avslutats enligt din begäran.",
                          "Du kan fortsätta titta till och med den 30 april 2025. Därefter debiteras du inte längre 59 kr per månad.",
                          'Ångrar du dig? Du kan starta abonnemanget igen när som helst under <a href="https://www.primevideo.com/settings">Konto och inställningar</a>.',
                          '<span style="font-size:11px;color:#8197a4">Prime Video kommer aldrig att be dig om ditt lösenord via e-post. &copy; 2025 Amazon.com, Inc. eller dess närstående bolag.</span>'],
                         head='<div style="background:#0f171e;padding:14px"><span style="color:#00a8e1;font-size:22px;font-weight:bold">prime video</span></div>'),
        sender="amazon", auth=("pass", "pass", "pass", "primevideo.com"))

    o = order_no("303")
    paras = ["Vi kunde inte debitera ditt Mastercard som slutar på 7741 för beställning #%s. Det kan bero på att kortet har gått ut eller att faktureringsadressen inte stämmer." % o,
             "Uppdatera din betalningsmetod senast den 9 april 2025. Om du inte gör det kommer beställningen att annulleras.",
             "Du behöver inte lägga en ny beställning - när betalningen har uppdaterats skickar vi dina artiklar som vanligt."]
    items = [("Echo Dot (5:e generationen), antracit", 2, "1 098,00 kr")]
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="genuine payment revision reminder; order only WILL be cancelled",
        frm=("Amazon.se", "payments-messages@amazon.se"), rcpt=SV_R[5],
        subject="Åtgärd krävs: uppdatera betalningsinformationen för beställning #%s" % o, fmt="text", cs="utf-8", cte="quoted-printable",
        text=amz_text(L, "Emma", paras, o, items, "Beställda artiklar",
                      button=("Uppdatera betalningsmetod", "https://www.amazon.se/gp/css/summary/edit.html?orderID=" + o)),
        sender="amazon", auth=None)

    o = order_no("405")
    add(kind="non_notice", cause=None, sr=False, mp=None, lang="sv",
        note="genuine Amazon booked delivery time cancelled by carrier; order not cancelled",
        frm=("Amazon.se", "shipment-tracking@amazon.se"), reply_to="no-reply@amazon.se", rcpt=SV_R[0],
        subject="Din bokade leveranstid har ställts in - välj en ny tid", fmt="text", cs="utf-8", cte="8bit",
        text=amz_text(L, "Erik",
                      ["Din bokade leveranstid tisdag 18 mars kl. 08:00-12:00 för beställning #%s har ställts in av transportören." % o,
                       "Din beställning är inte annullerad. Välj en ny leveranstid under Dina beställningar, så levererar vi så snart som möjligt."],
                      o, [("Electrolux diskmaskin 600-serien SatelliteClean, 60 cm", 1, "6 990,00 kr")], "Artiklar i leveransen",
                      button=("Välj ny leveranstid", "https://www.amazon.se/gp/css/shiptrack/view.html")),
        sender="amazon", auth=None)


# ===================================================================== BUILD

def message_id(kind, dom):
    if kind == "amazon":
        return "<0102019%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
            rhex(9), rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    if kind == "gmail":
        return "<CA%s@mail.gmail.com>" % rstr(40, string.ascii_letters + string.digits + "+_")
    if kind == "outlook":
        return "<%s@%s.eurprd0%d.prod.outlook.com>" % (rstr(36, string.ascii_uppercase + string.digits),
                                                     rstr(12, string.ascii_uppercase + string.digits), R.randint(1, 9))
    if kind == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
    return "<%s.%s@%s>" % (rhex(16), rhex(8), dom)


def strip_mime_version(part):
    del part["MIME-Version"]
    return part


def fits(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def build(e):
    cs, cte = e["cs"], e["cte"]
    fmt = e["fmt"]
    if e.get("html"):
        e["html"] = e["html"].replace("charset=UTF-8", "charset=" + cs.upper()).replace("charset=utf-8", "charset=" + cs)
    if fmt == "text":
        body = text_part(e["text"], "plain", cs, cte)
    elif fmt == "html":
        body = text_part(e["html"], "html", cs, cte)
    else:
        body = MIMEMultipart("alternative", boundary=boundary())
        body.attach(strip_mime_version(text_part(e["text"], "plain", cs, cte)))
        body.attach(strip_mime_version(text_part(e["html"], "html", cs, cte)))
    if e.get("attach"):
        outer = MIMEMultipart("mixed", boundary=boundary())
        outer.attach(strip_mime_version(body))
        for (fname, ctype, content) in e["attach"]:
            maintype, subtype = ctype.split("/")
            a = MIMEBase(maintype, subtype, charset="utf-8", name=fname)
            a.set_payload(base64.encodebytes(content.encode("utf-8")).decode("ascii"))
            a["Content-Transfer-Encoding"] = "base64"
            a["Content-Disposition"] = 'attachment; filename="%s"' % fname
            outer.attach(strip_mime_version(a))
        body = outer

    content_headers = [(k, v) for (k, v) in body.items() if k.lower() != "mime-version"]
    for k, _ in content_headers:
        del body[k]
    del body["MIME-Version"]

    kind = e["sender"]
    fname, faddr = e["frm"]
    fdom = faddr.split("@")[1]
    _, rfull, raddr = e["rcpt"]
    rdom = raddr.split("@")[1]
    date = rdate(0 if kind == "amazon" else R.choice([1, 2]))
    H = []
    H.append(("Received", received(kind, rdom, date).replace("{RCPT}", raddr)))
    auth = e.get("auth")
    if auth == "amazon":
        H.append(("Authentication-Results", amazon_auth(fdom, rdom, date)))
        H.append(("DKIM-Signature", dkim_sig(fdom, date)))
    elif auth:
        H.append(("Authentication-Results", other_auth(rdom, *auth)))
        if auth[0] == "pass":
            H.append(("DKIM-Signature", dkim_sig(auth[3], date)))
    H.append(("Date", format_datetime(date)))
    H.append(("From", addr(fname, faddr)))
    if e.get("reply_to"):
        H.append(("Reply-To", e["reply_to"]))
    H.append(("To", addr(rfull, raddr) if R.random() < 0.6 else raddr))
    H.append(("Message-ID", message_id(kind, fdom)))
    subj_cs = cs if cs != "utf-8" and fits(e["subject"], cs) else "utf-8"
    H.append(("Subject", hdr(e["subject"], subj_cs)))
    for k, v in e.get("extra", []):
        H.append((k, v))
    if kind == "amazon":
        H.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
        H.append(("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rstr(43, string.ascii_letters + string.digits + "+/")))
    H.append(("MIME-Version", "1.0"))
    for k, v in H + content_headers:
        body[k] = v

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(body)
    return buf.getvalue()


def main():
    it_entries()
    pl_entries()
    sv_entries()
    entries = list(ENTRIES)
    R.shuffle(entries)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for i, e in enumerate(entries, 1):
        name = "%s%03d.eml" % (PREFIX, i)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(e))
        labels.append({"file": name, "kind": e["kind"], "language": e["lang"], "cause": e["cause"],
                       "states_reason": e["sr"], "marketplace": e["mp"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
