#!/usr/bin/env python3
"""Regenerate blind batch e3 (Italian + Japanese) of Amazon-cancellation test mails.

Writes mail/e3NNN.eml and labels.json next to this script.  Deterministic: fixed seed.
Uses only the standard library ``email`` package for MIME construction.
"""
import html as _html
import json
import os
import random
import datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, formataddr

SEED = 20250317
PREFIX = "e3"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

rng = random.Random(SEED)


# ---------------------------------------------------------------- helpers
def esc(s):
    return _html.escape(s, quote=True)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def charset_obj(name, cte):
    """Return a Charset whose body encoding matches the wanted transfer encoding."""
    cs = Charset(name)
    if name.lower() == "iso-2022-jp":
        return cs  # 7bit escape sequences
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "base64":
        cs.body_encoding = BASE64
    else:  # 8bit
        cs.body_encoding = None
    return cs


def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def enc_addr(name, addr, charset="utf-8"):
    if name is None:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        if charset.lower() == "iso-2022-jp":
            return "%s <%s>" % (Header(name, "iso-2022-jp").encode(), addr)
        return formataddr((name, addr), charset="utf-8")


def rand_date(tz_hours=0):
    start = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
    d = start + dt.timedelta(seconds=rng.randrange(0, 560 * 86400))
    tz = dt.timezone(dt.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def ses_msgid():
    return "<%s-%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "0102" + hexid(12), hexid(8), hexid(4), hexid(4), hexid(4), hexid(12))


def amz_received(dom, when, mx):
    ip = "54.240.%d.%d" % (rng.randrange(0, 64), rng.randrange(1, 250))
    host = "a%s.smtp-out.eu-west-1.amazonses.com" % ip.split(".", 2)[2].replace(".", "-")
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <{to}>; %s"
            % (host, host, ip, mx, hexid(10), format_datetime(when)))


def generic_received(helo, ip, mx, when):
    return ("from %s (%s [%s])\n\tby %s with ESMTPS id %s; %s"
            % (helo, helo, ip, mx, hexid(10), format_datetime(when)))


# ------------------------------------------------------- Amazon-like templates
L10N = {
    "it": dict(order="Ordine n.", qty="Quantità", sold="Venduto da", orders="I miei ordini",
               details="Visualizza o gestisci l'ordine", help="Aiuto",
               copy=("Questa e-mail è stata inviata da un indirizzo di sola notifica che non "
                     "accetta e-mail in arrivo. Non rispondere a questo messaggio. © {y} "
                     "Amazon.com, Inc. o le sue affiliate. Tutti i diritti riservati. Amazon EU "
                     "S.à r.l., 38 avenue John F. Kennedy, L-1855 Lussemburgo."),
               canc="Articoli annullati", total="Totale"),
    "ja": dict(order="注文番号", qty="数量", sold="販売", orders="注文履歴",
               details="注文内容を確認・変更する", help="ヘルプ",
               copy=("このメールは配信専用のアドレスで配信されています。このメールに返信されても、"
                     "返信内容の確認およびご返答ができませんのでご了承ください。© {y} "
                     "Amazon.com, Inc. or its affiliates. All rights reserved. "
                     "アマゾンジャパン合同会社 東京都目黒区下目黒1-8-1"),
               canc="キャンセルされた商品", total="合計"),
}

CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ExternalClass { width:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailBodyTD { width: 100%; padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; }
.brandTable { margin-bottom: 20px; width: 100%; min-width: 338px; }
.brandImage { width: 130px; }
.emailContainer { background-color: #ffffff; border: 1px solid #D6D6D6; border-top: 2px solid #CECECE; width: 100%; }
.emailContainerTD { padding: 25px 23px 33px 23px; }
.greetingTable { font-size: 18px; font-weight: bold; line-height: 24px; color: #002E36; margin-bottom: 4px; width: 100%; }
.informationTable { font-size: 15px; line-height: 22px; color: #002E36; width: 100%; }
.informationTable td { padding-bottom: 8px; }
.orderIdLink { text-decoration: none; color: #868686; }
.itemTable td { font-size: 14px; line-height: 19px; color: #0F1111; padding-bottom: 6px; }
.button { background-color: #FFD814; border-radius: 8px; padding: 12px 20px; color: #0F1111; text-decoration: none; display: inline-block; }
.footerTable { font-size: 12px; line-height: 16px; color: #879596; width: 100%; }
.footerTable a { color: #879596; }"""


def _link(url, text, href_map):
    href = href_map(url) if href_map else url
    return '<a href="%s" style="color:#0066c0; text-decoration:none">%s</a>' % (esc(href), text)


def amz_html(dom, lang, title, greeting, paras, items=None, order=None, footer=(),
             cta=None, href_map=None, year=2024, heading_items=None, logo_host="m.media-amazon.com"):
    """Nested-table HTML in the style of real Amazon notifications.

    paras: list of HTML fragments (already escaped / may contain links).
    href_map: optional function url->href (used by phishing mails to hide real targets).
    """
    t = L10N[lang]
    H = lambda u: esc(href_map(u) if href_map else u)
    out = ['<!DOCTYPE html>', '<html>', ' <head>',
           '  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
           '  <meta name="format-detection" content="telephone=no" />',
           '  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />',
           '  <title>%s</title>' % esc(title),
           '  <style>', CSS, '  </style>', ' </head>',
           ' <body class="emailBody" dir="ltr">',
           '  <table class="emailBody" cellpadding="0" cellspacing="0" border="0" align="center">',
           '   <tr><td class="emailBodyTD">',
           '    <table class="brandTable" cellpadding="0" cellspacing="0"><tr>',
           '     <td><a href="%s"><img class="brandImage" alt="%s" src="https://%s/images/G/%s/x-locale/common/logo_%s._CB%s_.png" /></a></td>'
           % (H("https://www.%s/ref=TE_tex_h" % dom), esc("Amazon." + dom.split(".", 1)[1]),
              logo_host, "29" if lang == "it" else "09", dom.replace(".", "_"), rng.randrange(10**8, 10**9)),
           '     <td align="right" style="font-size:12px"><a href="%s" style="color:#879596">%s</a></td>'
           % (H("https://www.%s/gp/css/order-history?ref_=pe_yo" % dom), esc(t["orders"])),
           '    </tr></table>',
           '    <table class="emailContainer" cellpadding="0" cellspacing="0"><tr><td class="emailContainerTD">',
           '     <table class="greetingTable"><tr><td>%s</td></tr></table>' % esc(greeting),
           '     <table class="informationTable">']
    for p in paras:
        out.append('      <tr><td>%s</td></tr>' % p)
    out.append('     </table>')
    if order:
        out.append('     <table class="informationTable"><tr><td><a class="orderIdLink" href="%s">%s %s</a></td></tr></table>'
                   % (H("https://www.%s/gp/css/order-details?orderID=%s&ref_=pe_cx" % (dom, order)),
                      esc(t["order"]), esc(order)))
    if items:
        out.append('     <hr />')
        out.append('     <table class="itemTable" width="100%%"><tr><td style="font-weight:bold; font-size:16px">%s</td></tr>'
                   % esc(heading_items or t["canc"]))
        for it in items:
            name, qty, price = it[0], it[1], it[2]
            seller = it[3] if len(it) > 3 else None
            img = "https://m.media-amazon.com/images/I/%s._SS142_.jpg" % "".join(
                rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
            out.append('      <tr><td><table><tr><td width="90"><img src="%s" width="84" alt="" /></td><td>'
                       '<a href="%s" style="color:#0F1111; text-decoration:none">%s</a><br />%s: %s<br />%s%s</td></tr></table></td></tr>'
                       % (img, H("https://www.%s/dp/B0%s" % (dom, hexid(8).upper())), esc(name), esc(t["qty"]), qty,
                          esc(price), ("<br />%s: %s" % (esc(t["sold"]), esc(seller))) if seller else ""))
        out.append('     </table>')
    if cta:
        url, label = cta
        out.append('     <table width="100%%"><tr><td align="center" style="padding:18px 0"><a class="button" href="%s">%s</a></td></tr></table>'
                   % (H(url), esc(label)))
    out.append('    </td></tr></table>')
    out.append('    <table class="footerTable" cellpadding="0" cellspacing="0">')
    for f in footer:
        out.append('     <tr><td style="padding-top:12px">%s</td></tr>' % f)
    out.append('     <tr><td style="padding-top:12px">%s</td></tr>' % esc(t["copy"].format(y=year)))
    out.append('    </table>')
    out += ['   </td></tr>', '  </table>',
            '  <img width="1" height="1" src="https://www.%s/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=%s" />'
            % (dom, hexid(14).upper(), hexid(24), hexid(10).upper(), "https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F01%2Fnav%2Ftransp.gif"),
            ' </body>', '</html>']
    return "\n".join(out) + "\n"


def amz_text(dom, lang, greeting, paras, items=None, order=None, footer=(), year=2024, brand="Amazon"):
    t = L10N[lang]
    rule = "-" * 72
    out = [brand, rule, "", greeting, ""]
    for p in paras:
        out.append(p)
        out.append("")
    if order:
        out.append("%s %s" % (t["order"], order))
        out.append("https://www.%s/gp/css/order-details?orderID=%s" % (dom, order))
        out.append("")
    if items:
        out.append(t["canc"] + ":")
        for it in items:
            line = "  %s\n  %s: %s   %s" % (it[0], t["qty"], it[1], it[2])
            if len(it) > 3:
                line += "\n  %s: %s" % (t["sold"], it[3])
            out.append(line)
            out.append("")
    out.append(rule)
    for f in footer:
        out.append(f)
        out.append("")
    out.append(t["copy"].format(y=year))
    return "\n".join(out) + "\n"


# ------------------------------------------------------------ message build
def build(spec):
    """spec keys: headers (ordered list of (name, value)), text, html, structure
    ('text'|'html'|'alt'), charset, cte."""
    cs_name = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    structure = spec["structure"]
    if structure == "text":
        root = MIMEText(spec["text"], "plain", charset_obj(cs_name, cte))
    elif structure == "html":
        root = MIMEText(spec["html"], "html", charset_obj(cs_name, cte))
    else:
        b = "----=_Part_%d_%d.%d" % (rng.randrange(10**6, 10**8), rng.randrange(10**8, 10**10),
                                     rng.randrange(10**12, 10**13))
        root = MIMEMultipart("alternative", boundary=spec.get("boundary", b))
        root.attach(MIMEText(spec["text"], "plain", charset_obj(cs_name, spec.get("text_cte", cte))))
        root.attach(MIMEText(spec["html"], "html", charset_obj(cs_name, cte)))
        for part in root.get_payload():
            del part["MIME-Version"]
    content = [(k, root[k]) for k in ("Content-Type", "Content-Transfer-Encoding") if root[k] is not None]
    for k in ("Content-Type", "MIME-Version", "Content-Transfer-Encoding"):
        del root[k]
    for k, v in spec["headers"]:
        root[k] = v
    root["MIME-Version"] = "1.0"
    for k, v in content:
        root[k] = v
    from email.policy import compat32
    return root.as_bytes(policy=compat32.clone(max_line_length=None))


def amz_headers(dom, from_name, from_local, to, subject, when, auth, mx, hdr_cs="utf-8",
                reply_to=True, extra=()):
    """Headers for a genuine mail sent by Amazon (marketplace dom)."""
    to_addr = to[1]
    bounce = "%s@bounces.%s" % ("2024" + hexid(6) + "-" + hexid(8), dom)
    h = [("Return-Path", "<%s>" % bounce),
         ("Received", amz_received(dom, when, mx).replace("{to}", to_addr))]
    if auth:
        h.append(("Authentication-Results",
                  "%s;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
                  "\tspf=pass (%s: domain of %s designates 54.240.0.0/18 as permitted sender) smtp.mailfrom=bounces.%s;\n"
                  "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                  % (mx, dom, dom, rng.choice(["rjt5zfpbtfx2rtnfesvpwuqtw", "4jypd4mhwwmaflu3nfj7yh5rohbmyiva", "yg4mwqurec7fkhzutopddd3ytuaqrvuz"]),
                     hexid(8), mx, bounce, dom, dom)))
    h += [("From", enc_addr(from_name, "%s@%s" % (from_local, dom), hdr_cs))]
    if reply_to:
        h.append(("Reply-To", "no-reply@%s" % dom))
    h += [("To", enc_addr(to[0], to[1], hdr_cs)),
          ("Subject", enc_header(subject, hdr_cs)),
          ("Date", format_datetime(when)),
          ("Message-ID", ses_msgid()),
          ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
          ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % hexid(20)),
          ("X-SES-Outgoing", when.strftime("%Y.%m.%d-") + "54.240.%d.%d" % (rng.randrange(0, 64), rng.randrange(1, 250)))]
    h += list(extra)
    return h


def plain_headers(from_name, from_addr, to, subject, when, mx, helo, ip, hdr_cs="utf-8",
                  reply_to=None, extra=(), msgid_domain=None, auth=None, mailer=None):
    h = [("Return-Path", "<%s>" % from_addr),
         ("Received", generic_received(helo, ip, mx, when))]
    if auth:
        h.append(("Authentication-Results", "%s;\n\t%s" % (mx, auth)))
    h.append(("From", enc_addr(from_name, from_addr, hdr_cs)))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("To", enc_addr(to[0], to[1], hdr_cs)),
          ("Subject", enc_header(subject, hdr_cs)),
          ("Date", format_datetime(when)),
          ("Message-ID", "<%s.%s@%s>" % (hexid(16), hexid(8), msgid_domain or from_addr.split("@")[1]))]
    if mailer:
        h.append(("X-Mailer", mailer))
    h += list(extra)
    return h


MAILS = []  # filled below: dicts with label fields + "spec" factory


def mail(kind, language, cause, states_reason, marketplace, note):
    """Decorator registering a factory that returns a build() spec."""
    def deco(fn):
        MAILS.append(dict(kind=kind, language=language, cause=cause, states_reason=states_reason,
                          marketplace=marketplace, note=note, factory=fn))
        return fn
    return deco


# =====================================================================
#                               ITALIAN
# =====================================================================
IT = "amazon.it"
IT_HELP = "https://www.amazon.it/gp/help/customer/display.html"
IT_FOOT_TXT = [
    "Amazon.it non ti chiederà mai di fornire o verificare la password, il numero della carta "
    "di credito o altri dati personali tramite e-mail, SMS o telefono.",
    "Se il numero della tua carta è cambiato o la data di scadenza è stata aggiornata, aggiorna "
    "le informazioni di pagamento in Il mio account: https://www.amazon.it/cpe/yourpayments/wallet",
    "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? Segnalala seguendo le "
    "istruzioni nella pagina: " + IT_HELP + "?nodeId=GPVJD2Q4T4UMEZ3E",
    "Per assistenza visita le pagine dell'Aiuto: " + IT_HELP + "?ref_=hp_gt_sp_rst",
]
IT_FOOT_HTML = [
    "Amazon.it non ti chiederà mai di fornire o verificare la password, il numero della carta di "
    "credito o altri dati personali tramite e-mail, SMS o telefono.",
    "Se il numero della tua carta è cambiato o la data di scadenza è stata aggiornata, aggiorna le "
    'informazioni di pagamento in <a href="https://www.amazon.it/cpe/yourpayments/wallet">Il mio account</a>.',
    "Hai ricevuto un'e-mail sospetta che sembra provenire da Amazon? "
    '<a href="' + IT_HELP + '?nodeId=GPVJD2Q4T4UMEZ3E">Scopri come segnalarla</a>.',
    'Per assistenza visita le <a href="' + IT_HELP + '?ref_=hp_gt_sp_rst">pagine dell\'Aiuto</a>.',
]


def it_wrap(paras, width=76):
    import textwrap
    return ["\n".join(textwrap.wrap(p, width)) if len(p) > width and "http" not in p else p for p in paras]


# ----------------------------------------------------------- IT notices
@mail("notice", "it", "inventory_shortage", True, IT,
      "seller could not fulfil, item no longer available; styled HTML + text, QP, auth pass")
def it_n_inventory():
    when = rand_date()
    order = "405-3817264-5521930"
    items = [("Bialetti Moka Express, caffettiera 6 tazze, alluminio", 1, "EUR 32,90", "CasaItalia Store")]
    g = "Gentile Chiara,"
    p = ["ti informiamo che abbiamo dovuto annullare l'articolo indicato di seguito dal tuo ordine. "
         "Purtroppo il venditore non è stato in grado di evadere l'ordine: l'articolo non è più "
         "disponibile e non sono previsti nuovi arrivi a breve.",
         "Non ti è stato addebitato alcun importo per questo articolo. Se sul tuo metodo di "
         "pagamento è presente una preautorizzazione, verrà rilasciata entro 3-5 giorni lavorativi.",
         "Ci scusiamo per l'inconveniente. Puoi trovare articoli simili su Amazon.it."]
    html = amz_html(IT, "it", "Il tuo ordine è stato annullato", g,
                    [esc(x) for x in p], items, order, IT_FOOT_HTML,
                    cta=("https://www.amazon.it/s?k=moka+express&ref_=pe_canc_sim", "Cerca articoli simili"))
    text = amz_text(IT, "it", g, it_wrap(p), items, order, IT_FOOT_TXT)
    hdr = amz_headers(IT, "Amazon.it", "order-update", ("Chiara Rossi", "chiara.rossi@libero.it"),
                      "Il tuo ordine Amazon.it #%s è stato annullato" % order, when, True, "smtp-in.libero.it")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("notice", "it", "payment_issue", True, IT,
      "payment revision not made in time after card declined; text only, 8bit, no auth header")
def it_n_payment():
    when = rand_date()
    order = "171-2094837-6619543"
    items = [("Samsung Galaxy Tab S9 FE, 10,9\", 128 GB, Wi-Fi, grigio", 1, "EUR 349,00")]
    g = "Gentile Marco Bianchi,"
    p = ["nei giorni scorsi ti abbiamo comunicato che la banca emittente della tua carta Visa che "
         "termina con 4821 ha rifiutato l'addebito relativo all'ordine indicato di seguito.",
         "Poiché non abbiamo ricevuto un metodo di pagamento valido entro il termine indicato, "
         "abbiamo annullato l'ordine. Non è stato effettuato alcun addebito.",
         "Se desideri ancora ricevere questo articolo, effettua un nuovo ordine su Amazon.it "
         "utilizzando un metodo di pagamento valido."]
    text = amz_text(IT, "it", g, it_wrap(p), items, order, it_wrap(IT_FOOT_TXT))
    hdr = amz_headers(IT, "Amazon.it", "payments-messages", ("Marco Bianchi", "m.bianchi78@gmail.com"),
                      "Annullamento del tuo ordine Amazon.it n. %s" % order, when, False, "mx.google.com")
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


@mail("notice", "it", "technical_issue", True, IT,
      "pricing error on listing; multipart base64, auth pass")
def it_n_technical():
    when = rand_date()
    order = "402-7741950-2286614"
    items = [("De'Longhi Dedica EC685.M, macchina da caffè espresso, argento", 1, "EUR 19,99")]
    g = "Buongiorno Luca,"
    p = ["ti scriviamo in merito al tuo recente ordine su Amazon.it.",
         "A causa di un errore tecnico, l'articolo indicato di seguito è stato messo in vendita a "
         "un prezzo errato (EUR 19,99 anziché EUR 199,99). Per questo motivo abbiamo annullato "
         "il tuo ordine.",
         "L'importo eventualmente autorizzato sul tuo metodo di pagamento non verrà addebitato. "
         "Ci scusiamo per l'errore e per il disagio causato."]
    html = amz_html(IT, "it", "Informazioni sul tuo ordine", g, [esc(x) for x in p], items, order,
                    IT_FOOT_HTML, year=2025)
    text = amz_text(IT, "it", g, it_wrap(p), items, order, IT_FOOT_TXT, year=2025)
    hdr = amz_headers(IT, "Amazon.it", "order-update", ("Luca Ferrari", "luca.ferrari@tiscali.it"),
                      "Informazioni sul tuo ordine Amazon.it %s" % order, when, True, "mx.tiscali.it")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="base64")


@mail("notice", "it", "fraud_prevention", True, IT,
      "unusual activity, account on hold, verify identity by signing in; HTML only QP, auth pass")
def it_n_fraud():
    when = rand_date()
    order = "408-5529013-8850247"
    items = [("Apple AirPods Pro (2ª generazione) con custodia MagSafe (USB-C)", 2, "EUR 269,00"),
             ("Buono regalo Amazon.it - E-mail - Compleanno", 1, "EUR 150,00")]
    g = "Gentile cliente,"
    p = ["durante un controllo di routine abbiamo rilevato un'attività insolita associata al tuo "
         "account Amazon.it. Per proteggere te e il tuo account, abbiamo annullato l'ordine indicato "
         "di seguito e messo temporaneamente in attesa il tuo account.",
         "Per ripristinare l'accesso, accedi al tuo account su "
         '<a href="https://www.amazon.it/ap/signin?ref_=pe_acc_hold">www.amazon.it</a> '
         "e segui le istruzioni per verificare la tua identità. Non ti chiederemo mai di "
         "comunicarci la password o i dati completi della carta via e-mail o telefono.",
         "Eventuali importi autorizzati per questo ordine verranno rilasciati."]
    p_html = [esc(p[0]), p[1].replace("'", "&#39;"), esc(p[2])]
    html = amz_html(IT, "it", "Il tuo ordine è stato annullato", g, p_html, items, order, IT_FOOT_HTML)
    hdr = amz_headers(IT, "Amazon.it", "cs-reply", ("Sara Colombo", "sara.colombo@outlook.it"),
                      "Il tuo ordine Amazon.it #%s è stato annullato" % order, when, True,
                      "mx-eu.mail.protection.outlook.com")
    return dict(headers=hdr, html=html, structure="html", cte="qp")


@mail("notice", "it", "customer_request", True, IT,
      "item cancelled at customer's request, 'Motivo: annullato dal cliente'; multipart QP, no auth")
def it_n_customer():
    when = rand_date()
    order = "406-1185320-9047736"
    item = "Logitech MX Master 3S, mouse wireless, Bluetooth, grafite"
    items = [(item, 1, "EUR 99,99", "Amazon.it")]
    g = "Ciao Francesca,"
    p = ["come da tua richiesta, abbiamo annullato l'articolo seguente dal tuo ordine %s." % order,
         "Motivo dell'annullamento: Annullato dal cliente",
         "Se hai già effettuato il pagamento, riceverai il rimborso sul metodo di pagamento "
         "originale. Gli altri articoli del tuo ordine, se presenti, non sono interessati da "
         "questa modifica.",
         "Grazie per aver fatto acquisti su Amazon.it."]
    html = amz_html(IT, "it", "Annullamento completato", g, [esc(x) for x in p], items, order, IT_FOOT_HTML,
                    cta=("https://www.amazon.it/gp/css/order-history?ref_=pe_canc_yo", "I miei ordini"))
    text = amz_text(IT, "it", g, it_wrap(p), items, order, IT_FOOT_TXT)
    hdr = amz_headers(IT, "Amazon.it", "auto-confirm", ("Francesca Greco", "francesca.greco@virgilio.it"),
                      "Annullamento dell'articolo completato: \"%s...\"" % item[:38], when, False,
                      "mx.virgilio.it")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("notice", "it", "unknown", True, IT,
      "cancelled because shipping address undeliverable; text only QP, no auth")
def it_n_unknown():
    when = rand_date()
    order = "403-6620418-3317590"
    items = [("Tefal Ingenio Preference, set 13 pezzi, padelle antiaderenti", 1, "EUR 119,90")]
    g = "Gentile Giorgio Conti,"
    p = ["il corriere non è riuscito a consegnare il pacco relativo all'ordine indicato di seguito "
         "perché l'indirizzo di spedizione risulta incompleto o inesistente (Via Garibaldi, "
         "Casalecchio - numero civico mancante).",
         "Il pacco è stato restituito al nostro centro logistico e l'ordine è stato annullato. "
         "Riceverai il rimborso completo sul metodo di pagamento originale entro 3-5 giorni "
         "lavorativi.",
         "Prima di effettuare un nuovo ordine, verifica i tuoi indirizzi in Il mio account: "
         "https://www.amazon.it/a/addresses"]
    text = amz_text(IT, "it", g, it_wrap(p), items, order, IT_FOOT_TXT, year=2025)
    hdr = amz_headers(IT, "Amazon.it", "order-update", ("Giorgio Conti", "giorgio.conti@alice.it"),
                      "Il tuo ordine Amazon.it #%s è stato annullato" % order, when, False, "smtp-in.alice.it")
    return dict(headers=hdr, text=text, structure="text", cte="qp")


# ------------------------------------------------------- IT non-notices
@mail("non_notice", "it", None, False, None,
      "Zalando's own cancellation (item unavailable), paid with Amazon Pay")
def it_nn_zalando():
    when = rand_date(1)
    g = "Ciao Valentina,"
    p = ["ci dispiace, ma non possiamo spedirti l'articolo che hai ordinato: nel frattempo è "
         "andato esaurito nel nostro magazzino. Abbiamo quindi annullato il tuo ordine n. "
         "10105823746.",
         "Articolo annullato: Adidas Samba OG, sneakers basse, bianco - taglia 39 - 120,00 €",
         "Hai pagato con Amazon Pay: l'importo verrà riaccreditato sul metodo di pagamento "
         "collegato al tuo account Amazon entro 5 giorni lavorativi. Non devi fare nulla.",
         "Il tuo team Zalando"]
    text = "\n\n".join(it_wrap(p)) + "\n\n--\nZalando SE, Valeska-Gert-Straße 5, 10243 Berlino, Germania\nhttps://www.zalando.it/faq/\n"
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
            '<img src="https://img01.ztat.net/mail/zalando_logo.png" alt="Zalando" width="140"/></td></tr>'
            '<tr><td style="padding:0 24px"><h2>Il tuo ordine è stato annullato</h2>'
            + "".join("<p>%s</p>" % esc(x) for x in [g] + p) +
            '</td></tr><tr><td style="padding:24px;font-size:11px;color:#666">Zalando SE, Valeska-Gert-Straße 5, '
            '10243 Berlino, Germania | <a href="https://www.zalando.it/faq/">Assistenza</a> | '
            '<a href="https://www.zalando.it/myaccount/">Il mio account</a></td></tr></table></body></html>\n')
    hdr = plain_headers("Zalando", "info@service-mail.zalando.it", ("Valentina Marino", "vale.marino@gmail.com"),
                        "Il tuo ordine 10105823746 è stato annullato", when, "mx.google.com",
                        "mail-out-17.service-mail.zalando.it", "185.211.42.17",
                        auth="dkim=pass header.d=service-mail.zalando.it; spf=pass smtp.mailfrom=service-mail.zalando.it; "
                             "dmarc=pass header.from=zalando.it")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("non_notice", "it", None, False, None,
      "friend writes she cancelled her own Amazon order")
def it_nn_friend():
    when = rand_date(1)
    text = ("Ciao Giulia,\n\n"
            "alla fine ho annullato l'ordine su Amazon della friggitrice ad aria, l'ho trovata\n"
            "a 30 euro in meno da MediaWorld e me la portano pure a casa sabato. Amazon mi ha\n"
            "già mandato la mail di conferma dell'annullamento, quindi tutto a posto.\n\n"
            "Se ti serve ancora il link di quella che mi avevi consigliato te lo rimando.\n"
            "Ci vediamo giovedì per la cena?\n\n"
            "Un abbraccio,\nElena\n\n"
            "Il giorno mar 9 apr 2024 alle ore 18:42 Giulia Ricci <giulia.ricci@libero.it> ha scritto:\n"
            "> E allora, l'hai presa poi la friggitrice? Io mi trovo benissimo con la mia.\n")
    hdr = plain_headers("Elena Fontana", "elena.fontana88@gmail.com", ("Giulia Ricci", "giulia.ricci@libero.it"),
                        "Re: friggitrice", when, "smtp-in.libero.it", "mail-wm1-f47.google.com", "209.85.128.47",
                        msgid_domain="mail.gmail.com",
                        extra=[("In-Reply-To", "<5f1c0a9e.41b2@libero.it>")])
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


@mail("non_notice", "it", None, False, None,
      "security newsletter about phishing quoting a fake Amazon cancellation subject")
def it_nn_newsletter():
    when = rand_date(1)
    p = ["SICUREZZA DIGITALE - Newsletter n. 112",
         "Attenzione alle false e-mail di \"ordine annullato\"",
         "Nelle ultime settimane molti lettori ci hanno segnalato messaggi con oggetto "
         "\"Il tuo ordine Amazon è stato annullato - verifica i tuoi dati entro 24 ore\". "
         "Il testo sostiene che un ordine è stato annullato per un problema di pagamento e invita "
         "a cliccare su un link o a chiamare un numero di assistenza.",
         "Come riconoscerle: il mittente non appartiene al dominio amazon.it, il numero d'ordine "
         "è spesso assente o non ha il formato corretto, e il link porta a un sito diverso. "
         "Amazon non chiede mai password o dati della carta via e-mail. Nel dubbio, aprite "
         "l'app o digitate voi l'indirizzo del sito e controllate la sezione I miei ordini.",
         "Nel prossimo numero: come proteggere lo SPID dai furti d'identità.",
         "Ricevi questa e-mail perché sei iscritto alla newsletter di SicurezzaDigitale. "
         "Per annullare l'iscrizione: https://www.sicurezzadigitale-news.it/unsubscribe?u=88213"]
    text = "\n\n".join(it_wrap(p)) + "\n"
    html = ('<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">'
            '<h1 style="color:#0b3d91">%s</h1><h2>%s</h2>' % (esc(p[0]), esc(p[1])) +
            "".join("<p>%s</p>" % esc(x) for x in p[2:5]) +
            '<hr/><p style="font-size:11px;color:#777">Ricevi questa e-mail perché sei iscritto alla newsletter di '
            'SicurezzaDigitale. <a href="https://www.sicurezzadigitale-news.it/unsubscribe?u=88213">Annulla l\'iscrizione</a></p>'
            '</body></html>\n')
    hdr = plain_headers("SicurezzaDigitale", "newsletter@sicurezzadigitale-news.it",
                        (None, "paolo.moretti@fastwebnet.it"),
                        "Newsletter n. 112: attenzione alle false e-mail di ordine annullato", when,
                        "mx.fastwebnet.it", "mta12.mailup-mx.it", "94.141.20.88",
                        extra=[("List-Unsubscribe", "<https://www.sicurezzadigitale-news.it/unsubscribe?u=88213>"),
                               ("Precedence", "bulk")])
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="base64")


@mail("non_notice", "it", None, False, IT,
      "Amazon Fresh delivery slot cancelled, order itself still active")
def it_nn_slot():
    when = rand_date()
    order = "404-8832017-4471209"
    g = "Ciao Roberta,"
    p = ["a causa di un imprevisto operativo non potremo effettuare la consegna nella fascia "
         "oraria che avevi scelto (sabato 18:00-20:00). La fascia oraria è stata annullata.",
         "Il tuo ordine Amazon Fresh %s resta attivo: scegli una nuova fascia oraria entro le "
         "22:00 di oggi in I miei ordini e ti consegneremo la spesa senza costi aggiuntivi." % order,
         "Come segno di scuse, abbiamo aggiunto un buono di 5,00 EUR al tuo account."]
    html = amz_html(IT, "it", "Aggiornamento sulla consegna Amazon Fresh", g, [esc(x) for x in p], None, order,
                    IT_FOOT_HTML, cta=("https://www.amazon.it/fresh/slots?orderId=%s" % order, "Scegli una nuova fascia oraria"))
    text = amz_text(IT, "it", g, it_wrap(p), None, order, IT_FOOT_TXT)
    hdr = amz_headers(IT, "Amazon Fresh", "order-update", ("Roberta Galli", "roberta.galli@gmail.com"),
                      "La tua fascia oraria di consegna Amazon Fresh è stata annullata", when, True, "mx.google.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("non_notice", "it", None, False, IT,
      "Amazon Prime membership cancellation confirmation")
def it_nn_prime():
    when = rand_date()
    g = "Ciao Andrea,"
    p = ["ti confermiamo che la tua iscrizione ad Amazon Prime è stata annullata e non verrà "
         "rinnovata. Potrai continuare a usufruire dei vantaggi Prime fino al 14 giugno.",
         "Dopo tale data non avrai più accesso a spedizioni Prime gratuite, Prime Video, Amazon "
         "Music Prime e Prime Reading. I tuoi ordini in corso non subiranno modifiche.",
         "Hai cambiato idea? Puoi riattivare Prime in qualsiasi momento dalla pagina Gestisci la "
         "tua iscrizione Prime: https://www.amazon.it/gp/primecentral"]
    text = amz_text(IT, "it", g, it_wrap(p), None, None, IT_FOOT_TXT, brand="Amazon Prime")
    hdr = amz_headers(IT, "Amazon Prime", "prime", ("Andrea Romano", "andrea.romano@libero.it"),
                      "Conferma di annullamento dell'iscrizione ad Amazon Prime", when, False, "smtp-in.libero.it")
    return dict(headers=hdr, text=text, structure="text", cte="base64")


@mail("non_notice", "it", None, False, IT,
      "genuine payment reminder: update payment method or order will be cancelled (nothing cancelled yet)")
def it_nn_reminder():
    when = rand_date()
    order = "407-2290561-7734118"
    items = [("Dyson V12 Detect Slim, aspirapolvere senza fili", 1, "EUR 549,00")]
    g = "Gentile Davide,"
    p = ["non siamo riusciti ad addebitare l'importo del tuo ordine sulla carta Mastercard che "
         "termina con 0937: la banca emittente ha rifiutato la transazione.",
         "Per evitare ritardi, aggiorna il metodo di pagamento entro il 14 maggio. Se non "
         "riceviamo un metodo di pagamento valido entro tale data, il tuo ordine verrà annullato.",
         "Per aggiornare il pagamento, vai su I miei ordini, seleziona l'ordine e scegli "
         "\"Modifica il metodo di pagamento\"."]
    html = amz_html(IT, "it", "Azione richiesta", g, [esc(x) for x in p], items, order, IT_FOOT_HTML,
                    cta=("https://www.amazon.it/gp/css/order-details?orderID=%s&ref_=pe_pay_rev" % order,
                         "Modifica il metodo di pagamento"), heading_items="Articoli in attesa di pagamento")
    text = amz_text(IT, "it", g, it_wrap(p), None, order, IT_FOOT_TXT)
    hdr = amz_headers(IT, "Amazon.it", "payments-messages", ("Davide Marchetti", "davide.marchetti@gmail.com"),
                      "Azione richiesta: aggiorna il metodo di pagamento per l'ordine %s" % order, when, True,
                      "mx.google.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


# -------------------------------------------------------- IT lookalikes
@mail("lookalike", "it", "fraud_prevention", True, None,
      "crude gmail sender, callback phone number, malformed order id, 'suspicious activity'")
def it_l_callback():
    when = rand_date(1)
    text = ("Gentile Cliente Amazon,\n\n"
            "il Suo ordine #AMZ-77821-IT per:\n\n"
            "   Apple iPhone 15 Pro Max 256GB Titanio Naturale   1.489,00 EUR\n\n"
            "e stato ANNULLATO dal nostro sistema per ATTIVITA SOSPETTA sul Suo account.\n"
            "L'importo di 1.489,00 EUR risulta comunque in addebito sulla Sua carta.\n\n"
            "Se NON ha effettuato Lei questo ordine chiami SUBITO il nostro Centro Assistenza\n"
            "al numero verde  +39 02 8736 4412  (attivo 24 ore su 24) per bloccare l'addebito\n"
            "e ricevere il rimborso. Un operatore Amazon la guidera nella procedura.\n\n"
            "ATTENZIONE: se non chiama entro 24 ore l'addebito diventera definitivo.\n\n"
            "Cordiali saluti\n"
            "Servizio Clienti Amazon Italia\n")
    hdr = plain_headers("Amazon Servizio Clienti", "amazon.assistenza.ordini@gmail.com",
                        (None, "f.deluca@libero.it"), "ORDINE ANNULLATO !!! Addebito 1.489,00 EUR - chiami subito",
                        when, "smtp-in.libero.it", "mail-ej1-f65.google.com", "209.85.218.65",
                        msgid_domain="mail.gmail.com",
                        auth="dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


@mail("lookalike", "it", "fraud_prevention", True, None,
      "Cyrillic homoglyph display name, lookalike domain, 'account suspended, order cancelled, use this code'")
def it_l_suspended_code():
    when = rand_date(1)
    order = "402-6618203-77"
    g = "Gentile cliente,"
    evil = "https://amazon-it-sicurezza.com/riattiva?c=884213&id=%s" % hexid(12)
    p = ["abbiamo rilevato un accesso non autorizzato al tuo account. Per la tua sicurezza il tuo "
         "account è stato SOSPESO e l'ordine n. %s è stato annullato." % order,
         "Per riattivare il tuo account e ripristinare l'ordine utilizza il seguente codice di "
         "verifica: <b>884 213</b>",
         'Inserisci il codice qui: <a href="%s">Riattiva il mio account</a>' % esc(evil),
         "Se non riattivi il tuo account entro 48 ore, verrà chiuso definitivamente."]
    html = amz_html(IT, "it", "Account sospeso", g, [p[0], p[1], p[2], esc(p[3])], None, None,
                    ["Amazon non ti chiederà mai la password via e-mail."], href_map=lambda u: evil)
    text = ("%s\n\n%s\n\n%s\n\nCodice: 884 213\nRiattiva: %s\n\n%s\n"
            % (g, p[0], "Per riattivare il tuo account utilizza il codice di verifica seguente.", evil, p[3]))
    hdr = plain_headers("\u0410mazon.it", "sicurezza@amazon-it-sicurezza.com", (None, "marta.barbieri@gmail.com"),
                        "Account sospeso: il tuo ordine è stato annullato", when, "mx.google.com",
                        "vps-7d21c3.contaboserver.net", "161.97.88.214",
                        auth="dkim=none; spf=softfail smtp.mailfrom=amazon-it-sicurezza.com; dmarc=none header.from=amazon-it-sicurezza.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("lookalike", "it", "payment_issue", True, None,
      "outlook.com sender asking to reply with full card details")
def it_l_reply_card():
    when = rand_date(1)
    text = ("Gentile Cliente,\n\n"
            "Le comunichiamo che il pagamento del Suo ordine Amazon n. 171-3391028-4418 non è\n"
            "andato a buon fine e per questo motivo l'ordine è stato annullato.\n\n"
            "Per ripristinare l'ordine e completare la spedizione, La preghiamo di rispondere a\n"
            "questa e-mail indicando i seguenti dati:\n\n"
            "  - Nome e cognome del titolare\n"
            "  - Numero della carta (16 cifre)\n"
            "  - Data di scadenza\n"
            "  - Codice di sicurezza CVV\n"
            "  - Data di nascita\n\n"
            "I dati saranno trattati in modo sicuro dal nostro reparto pagamenti.\n\n"
            "Distinti saluti,\n"
            "Ufficio Pagamenti Amazon.it\n")
    hdr = plain_headers("Amazon.it Pagamenti", "amazon-pagamenti@outlook.com", (None, "r.gentile@tin.it"),
                        "Pagamento non riuscito - ordine annullato", when, "mx.tin.it",
                        "EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.64.21",
                        msgid_domain="AM6P194MB0412.EURP194.PROD.OUTLOOK.COM",
                        reply_to="amazon-pagamenti@outlook.com")
    return dict(headers=hdr, text=text, structure="text", cte="qp")


@mail("lookalike", "it", "unknown", False, None,
      "polished copy of real template, valid-shaped order id, link text shows amazon.it but hrefs go to amazon-orders.help; no reason")
def it_l_polished_links():
    when = rand_date()
    order = "405-2281930-4471625"
    evil = "https://amazon-orders.help/it/signin?session=%s" % hexid(16)
    items = [("Sony WH-1000XM5 Cuffie wireless con cancellazione del rumore, nero", 1, "EUR 329,00")]
    g = "Gentile cliente,"
    shown = "https://www.amazon.it/gp/css/order-history"
    p = [esc("ti informiamo che il tuo ordine è stato annullato. L'importo di EUR 329,00 verrà "
             "rimborsato dopo la conferma dei tuoi dati."),
         'Per visualizzare i dettagli e confermare il rimborso visita: <a href="%s">%s</a>' % (esc(evil), shown),
         esc("Se non confermi entro 24 ore il rimborso non potrà essere elaborato.")]
    html = amz_html(IT, "it", "Il tuo ordine è stato annullato", g, p, items, order, IT_FOOT_HTML,
                    cta=(shown, "Visualizza i dettagli dell'ordine"), href_map=lambda u: evil)
    text = ("Gentile cliente,\n\nti informiamo che il tuo ordine %s è stato annullato.\n"
            "Per visualizzare i dettagli visita: %s\n\n" % (order, shown)) + "\n\n".join(it_wrap(IT_FOOT_TXT)) + "\n"
    hdr = plain_headers("Amazon.it", "order-update@amazon-orders.help", ("Simone Lombardi", "simone.lombardi@gmail.com"),
                        "Il tuo ordine Amazon.it #%s è stato annullato" % order, when, "mx.google.com",
                        "mail.amazon-orders.help", "45.95.169.12", reply_to="no-reply@amazon-orders.help",
                        auth="dkim=pass header.d=amazon-orders.help; spf=pass smtp.mailfrom=amazon-orders.help; dmarc=pass header.from=amazon-orders.help")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("lookalike", "it", "inventory_shortage", True, None,
      "amaz0n domain, malformed order id, item out of stock, 'enter card to get refund'; HTML only base64")
def it_l_amaz0n():
    when = rand_date(1)
    evil = "http://rimborso.amaz0n-it.com/form.php?ref=%s" % hexid(8)
    html = ("<html><body style=\"font-family:Arial\">"
            "<div style=\"background:#232f3e;padding:10px\"><span style=\"color:#fff;font-size:26px;font-weight:bold\">amazon</span>"
            "<span style=\"color:#ff9900\">.it</span></div>"
            "<p>Gentile Cliente,</p>"
            "<p>Siamo spiacenti di informarLa che l'articolo da Lei acquistato <b>Nintendo Switch OLED + Mario Kart 8</b> "
            "non è più disponibile in magazzino. Il Suo ordine n. <b>40-55182-991</b> è stato quindi annullato.</p>"
            "<p>Per ricevere il rimborso di <b>89,99 &euro;</b> compili il modulo di rimborso inserendo i dati della carta "
            "su cui desidera ricevere l'accredito:</p>"
            "<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#ff9900;color:#000;padding:10px 24px;"
            "text-decoration:none;border-radius:3px\">RICHIEDI RIMBORSO</a></p>"
            "<p>Il modulo resterà attivo per 72 ore.</p>"
            "<p>Grazie per aver scelto Amazon.<br>Il team Amazon</p>"
            "<p style=\"font-size:10px;color:#888\">&copy; 1996-2024, Amazon.com, Inc. o società affiliate</p>"
            "</body></html>\n" % esc(evil))
    hdr = plain_headers("Amazon", "rimborsi@amaz0n-it.com", (None, "ilaria.costa@hotmail.it"),
                        "Ordine annullato - rimborso disponibile", when, "mx-eu.mail.protection.outlook.com",
                        "srv1.amaz0n-it.com", "91.215.85.142")
    return dict(headers=hdr, html=html, structure="html", cte="base64")


@mail("lookalike", "it", "payment_issue", True, None,
      "amazon.it.<evil>.top subdomain trick; order WILL BE cancelled unless payment updated in 24h")
def it_l_will_cancel():
    when = rand_date()
    order = "171-5520937-3308814"
    evil = "https://amazon.it.account-verifica.top/pagamento/aggiorna?o=%s" % order
    g = "Gentile cliente,"
    p = ["non è stato possibile autorizzare il pagamento del tuo ordine %s. La tua carta "
         "potrebbe essere scaduta oppure i dati di fatturazione non corrispondono." % order,
         "Il tuo ordine verrà annullato automaticamente entro 24 ore se non aggiorni il metodo "
         "di pagamento.",
         "Aggiorna ora le tue informazioni di pagamento per evitare l'annullamento."]
    html = amz_html(IT, "it", "Problema con il pagamento", g, [esc(x) for x in p], None, order,
                    [esc(IT_FOOT_TXT[0])], cta=(evil, "Aggiorna il pagamento"), href_map=lambda u: evil)
    text = "%s\n\n%s\n\nAggiorna il pagamento: %s\n" % (g, "\n\n".join(it_wrap(p)), evil)
    hdr = plain_headers("Amazon.it", "no-reply@amazon.it.account-verifica.top", (None, "federico.rinaldi@gmail.com"),
                        "Azione necessaria: il tuo ordine verrà annullato", when, "mx.google.com",
                        "mail.account-verifica.top", "193.42.33.17",
                        auth="dkim=pass header.d=account-verifica.top; spf=pass smtp.mailfrom=account-verifica.top; dmarc=pass header.from=account-verifica.top")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("lookalike", "it", "technical_issue", True, None,
      "Greek homoglyph display name, yahoo sender, no order number, 'system error' refund lure")
def it_l_greek_yahoo():
    when = rand_date(1)
    text = ("Caro Cliente,\n\n"
            "a causa di un errore del nostro sistema il suo ultimo ordine e stato annullato\n"
            "e non e stato possibile completare il rimborso automatico.\n\n"
            "Per ricevere il rimborso di 64,90 EUR deve confermare i suoi dati al seguente link:\n"
            "http://bit.ly/amzn-rimborso-it\n\n"
            "Ci scusiamo per l'inconveniente.\n"
            "Team Amazon Rimborsi\n")
    hdr = plain_headers("\u0391maz\u03bfn Rimborsi", "amazon_supporto_it@yahoo.com", (None, "tommaso.leone@libero.it"),
                        "Errore di sistema: ordine annullato - rimborso in sospeso", when, "smtp-in.libero.it",
                        "sonic313-22.consmr.mail.ir2.yahoo.com", "77.238.177.146", msgid_domain="mail.yahoo.com",
                        mailer="WebService/1.1.22046 YMailNorrin",
                        auth="dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass header.from=yahoo.com")
    return dict(headers=hdr, text=text, structure="text", cte="base64")


@mail("lookalike", "it", "customer_request", True, None,
      "spoofed From amazon.it with spf/dkim/dmarc fail, 'cancelled at your request, click if it wasn't you'")
def it_l_spoof_customer():
    when = rand_date()
    order = "406-9913072-5180436"
    evil = "https://annulla-ordine-amz.com/it/contestazione?id=%s" % hexid(10)
    g = "Ciao,"
    p = ["come da tua richiesta, abbiamo annullato il tuo ordine %s (Samsung Galaxy S24 Ultra, "
         "EUR 1.199,00)." % order,
         "Se non hai richiesto tu l'annullamento, qualcuno potrebbe avere accesso al tuo account. "
         "Contesta l'annullamento entro 12 ore cliccando sul link qui sotto:",
         '<a href="%s">https://www.amazon.it/your-account/order-cancel/dispute</a>' % esc(evil)]
    html = amz_html(IT, "it", "Annullamento completato", g, [esc(p[0]), esc(p[1]), p[2]], None, order,
                    IT_FOOT_HTML, href_map=lambda u: evil)
    text = "%s\n\n%s\n\n%s\n\n%s\n" % (g, it_wrap([p[0]])[0], it_wrap([p[1]])[0], evil)
    hdr = plain_headers("Amazon.it", "auto-confirm@amazon.it", (None, "beatrice.ferri@gmail.com"),
                        "Annullamento dell'ordine completato: #%s" % order, when, "mx.google.com",
                        "host-5-181-80-23.ip-static.net", "5.181.80.23", reply_to="supporto@annulla-ordine-amz.com",
                        msgid_domain="host-5-181-80-23.ip-static.net",
                        auth="dkim=none (message not signed); spf=fail (domain of auto-confirm@amazon.it does not designate 5.181.80.23 as permitted sender) smtp.mailfrom=amazon.it; dmarc=fail (p=QUARANTINE) header.from=amazon.it")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="8bit")


# =====================================================================
#                               JAPANESE
# =====================================================================
JP = "amazon.co.jp"
JP_HELP = "https://www.amazon.co.jp/gp/help/customer/display.html"
JP_FOOT_TXT = [
    "Amazon.co.jpが、Eメール、SMS、電話でお客様のパスワードやクレジットカード番号などの"
    "個人情報の提供や確認をお願いすることはありません。",
    "クレジットカードの番号や有効期限が変更された場合は、アカウントサービスの"
    "「お支払い方法」から更新してください: https://www.amazon.co.jp/cpe/yourpayments/wallet",
    "Amazonを装った不審なEメールを受信した場合は、こちらの手順に従ってご報告ください: "
    + JP_HELP + "?nodeId=GPVJD2Q4T4UMEZ3E",
    "ヘルプ＆カスタマーサービス: " + JP_HELP + "?ref_=hp_gt_sp_rst",
]
JP_FOOT_HTML = [
    "Amazon.co.jpが、Eメール、SMS、電話でお客様のパスワードやクレジットカード番号などの"
    "個人情報の提供や確認をお願いすることはありません。",
    "クレジットカードの番号や有効期限が変更された場合は、"
    '<a href="https://www.amazon.co.jp/cpe/yourpayments/wallet">アカウントサービス</a>から更新してください。',
    'Amazonを装った不審なEメールを受信した場合は、<a href="' + JP_HELP
    + '?nodeId=GPVJD2Q4T4UMEZ3E">こちらの手順</a>に従ってご報告ください。',
    '<a href="' + JP_HELP + '?ref_=hp_gt_sp_rst">ヘルプ＆カスタマーサービス</a>',
]
THANKS = "Amazon.co.jpをご利用いただき、ありがとうございます。"


# ----------------------------------------------------------- JP notices
@mail("notice", "ja", "inventory_shortage", True, JP,
      "pre-order cannot be filled (maker shipped fewer units); text only ISO-2022-JP, no auth")
def ja_n_inventory():
    when = rand_date()
    order = "250-6638107-2914453"
    items = [("ゼルダの伝説 知恵のかりもの -Switch 【予約特典】オリジナルポーチ付", 1, "￥5,980", "Amazon.co.jp")]
    g = "山田 太郎 様"
    p = [THANKS,
         "誠に申し訳ございませんが、ご予約いただいた以下の商品につきまして、メーカーからの"
         "入荷数が予定を下回ったため、ご用意することができなくなりました。このため、"
         "ご注文をキャンセルさせていただきました。",
         "この商品の代金は請求されません。ご迷惑をおかけしましたことを深くお詫び申し上げます。"]
    text = amz_text(JP, "ja", g, p, items, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "order-update", ("山田 太郎", "taro.yamada@ocn.ne.jp"),
                      "Amazon.co.jp ご注文の商品のキャンセルのお知らせ", when, False, "mx.ocn.ne.jp",
                      hdr_cs="iso-2022-jp")
    return dict(headers=hdr, text=text, structure="text", charset="iso-2022-jp")


@mail("notice", "ja", "payment_issue", True, JP,
      "expired card, payment method not updated by deadline; multipart QP, auth pass")
def ja_n_payment():
    when = rand_date()
    order = "249-1182036-5570418"
    items = [("アイリスオーヤマ 電気圧力鍋 4.0L KPC-MA4-B ブラック", 1, "￥13,800")]
    g = "鈴木 花子 様"
    p = [THANKS,
         "ご注文のお支払いに使用されたクレジットカード（末尾 3356）の有効期限が切れているため、"
         "お支払いの手続きを完了できませんでした。",
         "先日お送りしたEメールでお支払い方法の変更をお願いしておりましたが、期日までに"
         "変更が確認できなかったため、以下のご注文をキャンセルいたしました。",
         "商品の購入をご希望の場合は、お手数ですが改めてご注文ください。"]
    html = amz_html(JP, "ja", "ご注文のキャンセル", g, [esc(x) for x in p], items, order, JP_FOOT_HTML)
    text = amz_text(JP, "ja", g, p, items, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "payments-messages", ("鈴木 花子", "hanako.suzuki@gmail.com"),
                      "Amazon.co.jp ご注文のキャンセル（注文番号 %s）" % order, when, True, "mx.google.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("notice", "ja", "technical_issue", True, JP,
      "system fault displayed wrong price; HTML only base64, no auth")
def ja_n_technical():
    when = rand_date()
    order = "503-2047719-6631580"
    items = [("シャープ 加湿空気清浄機 KI-RS50-W ホワイト", 1, "￥1,280")]
    g = "佐々木 健 様"
    p = [THANKS,
         "ご注文いただいた以下の商品について、システムの不具合により、商品ページに誤った価格"
         "（￥1,280）が表示されておりました。正しい価格は￥12,800です。",
         "誠に勝手ながら、本商品のご注文はキャンセルさせていただきました。この注文に対する"
         "ご請求は発生いたしません。",
         "ご迷惑をおかけしましたことを心よりお詫び申し上げます。"]
    html = amz_html(JP, "ja", "ご注文に関する重要なお知らせ", g, [esc(x) for x in p], items, order, JP_FOOT_HTML,
                    year=2025)
    hdr = amz_headers(JP, "Amazon.co.jp", "order-update", ("佐々木 健", "k.sasaki@nifty.com"),
                      "Amazon.co.jp ご注文に関する重要なお知らせ（注文番号 %s）" % order, when, False,
                      "mx.nifty.com")
    return dict(headers=hdr, html=html, structure="html", cte="base64")


@mail("notice", "ja", "fraud_prevention", True, JP,
      "unusual activity, account on hold, identity verification via sign-in; multipart 8bit, no auth")
def ja_n_fraud():
    when = rand_date()
    order = "250-9917342-0083621"
    items = [("Nintendo Switch（有機ELモデル） ホワイト", 3, "￥37,980"),
             ("Amazonギフトカード(Eメールタイプ)", 1, "￥50,000")]
    g = "高橋 美咲 様"
    p = [THANKS,
         "お客様のアカウントで通常とは異なるアクティビティが確認されたため、お客様の"
         "アカウントを一時的に保留にし、以下のご注文をキャンセルいたしました。",
         "アカウントを再度ご利用いただくには、Amazon.co.jpのウェブサイトまたはアプリから"
         "サインインし、画面の指示に従って本人確認を完了してください。",
         "このEメールに返信して個人情報をお送りいただく必要はありません。"]
    html = amz_html(JP, "ja", "ご注文のキャンセル", g, [esc(x) for x in p], items, order, JP_FOOT_HTML,
                    cta=("https://www.amazon.co.jp/ap/signin?ref_=pe_acc_hold", "Amazon.co.jpにサインイン"))
    text = amz_text(JP, "ja", g, p, items, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "cs-reply", ("高橋 美咲", "misaki.t@yahoo.co.jp"),
                      "Amazon.co.jp ご注文のキャンセルとアカウントの確認のお願い", when, False,
                      "mx.mail.yahoo.co.jp")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="8bit")


@mail("notice", "ja", "customer_request", True, JP,
      "cancellation done at customer's request ('キャンセル理由: お客様によるキャンセル'); multipart ISO-2022-JP, auth pass")
def ja_n_customer():
    when = rand_date()
    order = "249-5526871-3390214"
    item = "パナソニック ヘアドライヤー ナノケア EH-NA0J-A ディープネイビー"
    items = [(item, 1, "￥27,800", "Amazon.co.jp")]
    g = "伊藤 直樹 様"
    p = [THANKS,
         "お客様からのご依頼により、以下の商品のキャンセルを承りました。",
         "キャンセル理由: お客様によるキャンセル",
         "お支払いが完了している場合は、ご利用のお支払い方法に返金いたします。"]
    html = amz_html(JP, "ja", "キャンセル完了", g, [esc(x) for x in p], items, order, JP_FOOT_HTML)
    text = amz_text(JP, "ja", g, p, items, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "auto-confirm", ("伊藤 直樹", "naoki.ito@gmail.com"),
                      "Amazon.co.jp キャンセル完了:「パナソニック ヘアドライヤー ナノケア...」", when, True,
                      "mx.google.com", hdr_cs="iso-2022-jp")
    return dict(headers=hdr, text=text, html=html, structure="alt", charset="iso-2022-jp")


@mail("notice", "ja", "unknown", False, JP,
      "plain 'your order has been cancelled', no reason given; text only 8bit, auth pass")
def ja_n_unknown():
    when = rand_date()
    order = "250-3371820-4498716"
    items = [("無印良品 ポリプロピレン収納ケース 引出式 深型 2個セット", 2, "￥4,580")]
    g = "中村 由美 様"
    p = [THANKS,
         "以下のご注文はキャンセルされました。この注文に対するご請求は発生しません。",
         "ご不明な点がございましたら、カスタマーサービスまでお問い合わせください: "
         "https://www.amazon.co.jp/gp/help/customer/contact-us"]
    text = amz_text(JP, "ja", g, p, items, order, JP_FOOT_TXT, brand="Amazon.co.jp", year=2025)
    hdr = amz_headers(JP, "Amazon.co.jp", "order-update", ("中村 由美", "yumi.nakamura@docomo.ne.jp"),
                      "Amazon.co.jp ご注文がキャンセルされました（注文番号 %s）" % order, when, True,
                      "mx.docomo.ne.jp")
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


# ------------------------------------------------------- JP non-notices
@mail("non_notice", "ja", None, False, None,
      "independent web shop's own cancellation (out of stock), paid via Amazon Pay; ISO-2022-JP")
def ja_nn_shop():
    when = rand_date(9)
    text = ("小林 さくら 様\n\n"
            "このたびは「北欧雑貨の店 ヒナタ」をご利用いただき、誠にありがとうございます。\n\n"
            "大変申し訳ございませんが、ご注文いただいた下記商品が仕入先にて欠品となり、\n"
            "入荷の目処が立たないため、ご注文をキャンセルとさせていただきました。\n\n"
            "■ご注文番号：HN-240918-0032\n"
            "■商品：アラビア パラティッシ プレート 21cm ブラック ×2 ￥9,240\n"
            "■お支払い方法：Amazon Pay\n\n"
            "Amazon Payでのご請求は取り消しとなります。Amazonアカウントに表示される\n"
            "お支払い情報は数日以内に更新されますので、お客様のお手続きは不要です。\n\n"
            "ご迷惑をおかけし、心よりお詫び申し上げます。\n\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n"
            "北欧雑貨の店 ヒナタ\n"
            "https://www.hinata-zakka.jp/\n"
            "お問い合わせ：support@hinata-zakka.jp\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n")
    hdr = plain_headers("北欧雑貨の店 ヒナタ", "order@hinata-zakka.jp", ("小林 さくら", "sakura.k@gmail.com"),
                        "【北欧雑貨の店 ヒナタ】ご注文キャンセルのお知らせ（注文番号：HN-240918-0032）",
                        when, "mx.google.com", "sv1203.xserver.jp", "183.90.240.33", hdr_cs="iso-2022-jp",
                        auth="dkim=pass header.d=hinata-zakka.jp; spf=pass smtp.mailfrom=hinata-zakka.jp; dmarc=pass header.from=hinata-zakka.jp")
    return dict(headers=hdr, text=text, structure="text", charset="iso-2022-jp")


@mail("non_notice", "ja", None, False, None,
      "colleague says he cancelled his Amazon order for a projector")
def ja_nn_colleague():
    when = rand_date(9)
    text = ("渡辺さん\n\n"
            "お疲れさまです。佐藤です。\n\n"
            "来週の勉強会用に Amazon で注文していたプロジェクターですが、\n"
            "総務経由でまとめて購入することになったので、先ほど注文をキャンセルしました。\n"
            "Amazon からキャンセル完了のメールも届いています。\n\n"
            "会議室 3B の備品を借りられるか、総務の木村さんに確認中です。\n"
            "決まり次第また連絡します。\n\n"
            "よろしくお願いします。\n\n"
            "--\n佐藤 健一\n北村産業株式会社 情報システム部\n内線 4127\n")
    hdr = plain_headers("佐藤 健一", "k.sato@kitamura-sangyo.co.jp", ("渡辺 翔", "s.watanabe@kitamura-sangyo.co.jp"),
                        "Re: 来週の勉強会のプロジェクター", when, "mail.kitamura-sangyo.co.jp",
                        "pc-sato.kitamura-sangyo.local", "10.2.14.57", mailer="Microsoft Outlook 16.0",
                        extra=[("In-Reply-To", "<TYCPR01MB8812.%s@kitamura-sangyo.co.jp>" % hexid(8))])
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


@mail("non_notice", "ja", None, False, None,
      "security vendor newsletter warning about phishing; quotes a fake Amazon cancellation subject")
def ja_nn_newsletter():
    when = rand_date(9)
    quoted = "【Amazon】お支払い方法に問題があるため、ご注文はキャンセルされました"
    p = ["セキュリティ通信 2024年第38号",
         "【注意喚起】Amazonをかたる「ご注文がキャンセルされました」メールにご注意ください",
         "先週から、件名が「%s」というフィッシングメールの報告が急増しています。" % quoted,
         "メール本文では、支払いに問題があったため注文がキャンセルされたと説明し、"
         "「お支払い情報を更新する」というリンクから偽のログインページに誘導します。"
         "リンク先のドメインは amazon.co.jp ではなく、よく似た別のドメインです。",
         "対策：メール内のリンクは開かず、公式アプリやブックマークから注文履歴を確認してください。"
         "Amazonがメールでカード番号やパスワードの入力を求めることはありません。",
         "配信停止はこちら：https://news.secure-tsushin.jp/unsubscribe?id=55120"]
    text = "\n\n".join(p) + "\n"
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;max-width:640px;margin:auto">'
            '<p style="color:#666">%s</p><h2 style="color:#c00">%s</h2>' % (esc(p[0]), esc(p[1])) +
            "".join("<p>%s</p>" % esc(x) for x in p[2:5]) +
            '<hr><p style="font-size:11px"><a href="https://news.secure-tsushin.jp/unsubscribe?id=55120">配信停止</a></p>'
            '</body></html>\n')
    hdr = plain_headers("セキュリティ通信", "info@news.secure-tsushin.jp", (None, "m.kato@nifty.com"),
                        "【注意喚起】Amazonをかたる「ご注文がキャンセルされました」メールに注意", when,
                        "mx.nifty.com", "mta3.news.secure-tsushin.jp", "202.241.208.19",
                        extra=[("List-Unsubscribe", "<https://news.secure-tsushin.jp/unsubscribe?id=55120>"),
                               ("Precedence", "bulk")])
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="base64")


@mail("non_notice", "ja", None, False, JP,
      "Amazon installation-service visit appointment cancelled; delivery/order unaffected")
def ja_nn_appointment():
    when = rand_date()
    order = "503-7710394-2268105"
    g = "松本 大輔 様"
    p = [THANKS,
         "ご注文の商品（ドラム式洗濯乾燥機）に付帯する設置サービスについて、設置業者の都合により、"
         "ご予約いただいていた訪問日時（10月12日 午前）がキャンセルとなりました。",
         "商品の配送は予定どおり行われます。ご注文自体はキャンセルされていません。",
         "お手数ですが、以下のリンクから新しい訪問日時をお選びください。"]
    html = amz_html(JP, "ja", "設置サービスの訪問予約について", g, [esc(x) for x in p], None, order, JP_FOOT_HTML,
                    cta=("https://www.amazon.co.jp/hz/services/appointment?orderId=%s" % order, "訪問日時を選択する"))
    text = amz_text(JP, "ja", g, p, None, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "no-reply", ("松本 大輔", "d.matsumoto@gmail.com"),
                      "Amazon 設置サービスの訪問予約がキャンセルされました", when, False, "mx.google.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("non_notice", "ja", None, False, JP,
      "Kindle Unlimited subscription cancellation; ISO-2022-JP text")
def ja_nn_kindle():
    when = rand_date()
    g = "井上 真理 様"
    p = ["Kindle Unlimited 会員登録のキャンセル手続きが完了しました。",
         "現在の会員期間の終了日（2024年11月27日）まで、引き続き Kindle Unlimited を"
         "ご利用いただけます。終了日以降、次回の会費は請求されません。",
         "お客様がこれまでに購入された Kindle 本には影響はありません。",
         "会員登録の管理: https://www.amazon.co.jp/kindle-dbs/ku/ku-central"]
    text = amz_text(JP, "ja", g, p, None, None, JP_FOOT_TXT, brand="Amazon Kindle")
    hdr = amz_headers(JP, "Amazon.co.jp", "digital-no-reply", ("井上 真理", "mari.inoue@ezweb.ne.jp"),
                      "Kindle Unlimited 会員登録のキャンセル", when, False, "mx.ezweb.ne.jp",
                      hdr_cs="iso-2022-jp")
    return dict(headers=hdr, text=text, structure="text", charset="iso-2022-jp")


@mail("non_notice", "ja", None, False, JP,
      "genuine payment reminder: order will be cancelled if payment not updated by deadline")
def ja_nn_reminder():
    when = rand_date()
    order = "250-8804127-1157390"
    g = "木村 拓也 様"
    p = [THANKS,
         "ご注文のお支払いに使用されたクレジットカード（末尾 7742）の承認が得られませんでした。",
         "6月3日までにお支払い方法を更新してください。期日までにお支払い方法が更新されない場合、"
         "ご注文はキャンセルされます。",
         "お支払い方法の更新は、注文履歴から該当の注文を選び、「お支払い方法を変更」を選択してください。"]
    items = [("ソニー ワイヤレスノイズキャンセリングイヤホン WF-1000XM5 ブラック", 1, "￥41,800")]
    html = amz_html(JP, "ja", "お支払い方法の更新のお願い", g, [esc(x) for x in p], items, order, JP_FOOT_HTML,
                    cta=("https://www.amazon.co.jp/gp/css/order-details?orderID=%s&ref_=pe_pay_rev" % order,
                         "お支払い方法を変更"), heading_items="お支払い待ちの商品")
    text = amz_text(JP, "ja", g, p, None, order, JP_FOOT_TXT, brand="Amazon.co.jp")
    hdr = amz_headers(JP, "Amazon.co.jp", "payments-messages", ("木村 拓也", "takuya.kimura@gmail.com"),
                      "Amazon.co.jp お支払い方法の更新のお願い（注文番号 %s）" % order, when, True, "mx.google.com")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


# -------------------------------------------------------- JP lookalikes
@mail("lookalike", "ja", "fraud_prevention", True, None,
      "crude gmail sender, callback phone number, malformed order id, 'unauthorised login'")
def ja_l_callback():
    when = rand_date(9)
    text = ("Amazon.co.jp をご利用いただきありがとうございます。\n\n"
            "お客様のアカウントで不正なログインが検知されたため、以下の注文をキャンセルしました。\n\n"
            "注文番号：AMZ-JP-20240918\n"
            "商品：Apple Watch Ultra 2 (GPS + Cellularモデル)\n"
            "金額：￥128,800\n\n"
            "ご注文に心当たりがない場合は、至急下記カスタマーセンターまでお電話ください。\n\n"
            "　TEL：050-5806-2291（24時間受付）\n\n"
            "本日中にお電話いただけない場合、ご請求が確定いたしますのでご注意ください。\n\n"
            "Amazonカスタマーセンター\n")
    hdr = plain_headers("Amazonカスタマーセンター", "amazon.jp.support2024@gmail.com", (None, "y.tanaka@ocn.ne.jp"),
                        "【重要】不正利用の疑いにより注文をキャンセルしました", when, "mx.ocn.ne.jp",
                        "mail-pl1-f178.google.com", "209.85.214.178", msgid_domain="mail.gmail.com",
                        auth="dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com")
    return dict(headers=hdr, text=text, structure="text", cte="8bit")


@mail("lookalike", "ja", "fraud_prevention", True, None,
      "Cyrillic homoglyph display name (ISO-2022-JP), lookalike .cn domain, 'account suspended, order cancelled, use this code'")
def ja_l_suspended_code():
    when = rand_date(8)
    evil = "https://amazon-co-jp.account-lock.cn/restore?code=573901&u=%s" % hexid(10)
    g = "お客様"
    p = ["お客様のアカウントに第三者による不正アクセスの可能性が確認されました。安全のため、"
         "アカウントは一時停止され、進行中のご注文はすべてキャンセルされました。",
         "アカウントを復元するには、以下の認証コードを入力してください。",
         "認証コード： 573901",
         "48時間以内に手続きが完了しない場合、アカウントは永久に停止されます。"]
    html = amz_html(JP, "ja", "アカウント一時停止", g, [esc(x) for x in p], None, None,
                    [esc(JP_FOOT_TXT[0])], cta=(evil, "アカウントを復元する"), href_map=lambda u: evil)
    text = "%s\n\n%s\n\nアカウントを復元する: %s\n" % (g, "\n\n".join(p), evil)
    hdr = plain_headers("\u0410mazon.co.jp", "security@amazon-co-jp.account-lock.cn", (None, "ryo.hayashi@gmail.com"),
                        "アカウントが一時停止されました - ご注文はキャンセルされました", when, "mx.google.com",
                        "mail.account-lock.cn", "47.242.71.90", hdr_cs="iso-2022-jp",
                        auth="dkim=none; spf=neutral smtp.mailfrom=account-lock.cn; dmarc=none header.from=amazon-co-jp.account-lock.cn")
    return dict(headers=hdr, text=text, html=html, structure="alt", charset="iso-2022-jp")


@mail("lookalike", "ja", "payment_issue", True, None,
      "outlook.jp sender asking to reply with card number, expiry, CVV")
def ja_l_reply_card():
    when = rand_date(9)
    text = ("Amazon.co.jp をご利用いただき、誠にありがとうございます。\n\n"
            "ご注文（注文番号：250-7731-88201）のお支払いが承認されなかったため、\n"
            "ご注文はキャンセルされました。\n\n"
            "ご注文を再開するには、本メールにご返信のうえ、以下の情報をお知らせください。\n\n"
            "・カード名義（ローマ字）\n"
            "・カード番号\n"
            "・有効期限\n"
            "・セキュリティコード（裏面3桁）\n"
            "・生年月日\n\n"
            "ご返信を確認後、担当者が手続きを行います。\n\n"
            "Amazon お支払いセンター\n")
    hdr = plain_headers("Amazon お支払いセンター", "amazon-jp-billing@outlook.jp", (None, "emi.shimizu@yahoo.co.jp"),
                        "ご注文のキャンセルについて（お支払いエラー）", when, "mx.mail.yahoo.co.jp",
                        "JPN01-OS0-obe.outbound.protection.outlook.com", "40.92.98.51",
                        msgid_domain="TYWP286MB2107.JPNP286.PROD.OUTLOOK.COM", reply_to="amazon-jp-billing@outlook.jp")
    return dict(headers=hdr, text=text, structure="text", cte="qp")


@mail("lookalike", "ja", "technical_issue", True, None,
      "polished copy of template, valid-shaped order id, link text amazon.co.jp but href amazonjp-orders.help; 'system error'")
def ja_l_polished_links():
    when = rand_date()
    order = "250-4410928-7736102"
    evil = "https://amazonjp-orders.help/ap/signin?openid=%s" % hexid(16)
    shown = "https://www.amazon.co.jp/gp/css/order-history"
    items = [("Anker PowerCore 10000 モバイルバッテリー ブラック", 1, "￥3,590")]
    g = "お客様"
    p = [esc(THANKS),
         esc("システムエラーにより、お客様のご注文は正常に処理されず、キャンセルされました。"
             "返金手続きを行うには、以下のリンクからサインインし、お支払い情報をご確認ください。"),
         '<a href="%s">%s</a>' % (esc(evil), shown)]
    html = amz_html(JP, "ja", "ご注文のキャンセル", g, p, items, order, JP_FOOT_HTML,
                    cta=(shown, "注文履歴を確認する"), href_map=lambda u: evil)
    text = ("%s\n\n%s\nシステムエラーにより、お客様のご注文 %s はキャンセルされました。\n"
            "詳細はこちら: %s\n\n" % (g, THANKS, order, shown)) + "\n\n".join(JP_FOOT_TXT) + "\n"
    hdr = plain_headers("Amazon.co.jp", "order-update@amazonjp-orders.help", ("岡田 恵", "megumi.okada@gmail.com"),
                        "Amazon.co.jp ご注文のキャンセル（注文番号 %s）" % order, when, "mx.google.com",
                        "smtp.amazonjp-orders.help", "103.151.172.44", reply_to="no-reply@amazonjp-orders.help",
                        auth="dkim=pass header.d=amazonjp-orders.help; spf=pass smtp.mailfrom=amazonjp-orders.help; dmarc=pass header.from=amazonjp-orders.help")
    return dict(headers=hdr, text=text, html=html, structure="alt", cte="qp")


@mail("lookalike", "ja", "inventory_shortage", True, None,
      "amaz0n domain, malformed order id, out of stock, 'enter card for refund', odd machine-translated Japanese; HTML only base64")
def ja_l_amaz0n():
    when = rand_date(8)
    evil = "http://refund.amaz0n-jp.com/jp/index.php?id=%s" % hexid(8)
    html = ("<html><body style=\"font-family:'MS PGothic',sans-serif\">"
            "<div style=\"background:#131921;padding:8px\"><span style=\"color:#fff;font-size:24px\">amazon</span>"
            "<span style=\"color:#ff9900\">.co.jp</span></div>"
            "<p>尊敬するお客様：</p>"
            "<p>あなたの注文商品は在庫切れのため、注文番号：<b>503-88231-00</b> はキャンセルされました。</p>"
            "<p>返金を受け取るために、下記のボタンをクリックして、カード情報を入力してください。"
            "返金は24時間以内にお客様のカードに戻ります。</p>"
            "<p style=\"text-align:center\"><a href=\"%s\" style=\"background:#f0c14b;padding:8px 30px;color:#111;"
            "text-decoration:none\">返金を申請する</a></p>"
            "<p>72時間以内に申請しない場合、返金は無効となります。</p>"
            "<p>Amazon.co.jp</p>"
            "<p style=\"font-size:10px;color:#999\">&copy; 1996-2024, Amazon.com, Inc. or its affiliates</p>"
            "</body></html>\n" % esc(evil))
    hdr = plain_headers("Amazon", "support@amaz0n-jp.com", (None, "h.yoshida@i.softbank.jp"),
                        "ご注文キャンセルと返金のお知らせ", when, "mx.i.softbank.jp", "mail.amaz0n-jp.com",
                        "156.241.9.77")
    return dict(headers=hdr, html=html, structure="html", cte="base64")


@mail("lookalike", "ja", "payment_issue", True, None,
      "amazon.co.jp.<evil>.xyz subdomain trick; order WILL BE cancelled unless payment updated; ISO-2022-JP multipart")
def ja_l_will_cancel():
    when = rand_date(8)
    order = "249-6120385-7719204"
    evil = "https://amazon.co.jp.verify-pay.xyz/billing/update?o=%s" % order
    g = "お客様"
    p = [THANKS,
         "ご注文のお支払いに使用されたカード情報を確認できませんでした。カードの有効期限切れ、"
         "またはご請求先住所の不一致が原因と考えられます。",
         "24時間以内にお支払い情報を更新されない場合、ご注文は自動的にキャンセルされます。",
         "下記のボタンから、お支払い情報を更新してください。"]
    html = amz_html(JP, "ja", "お支払い情報の更新", g, [esc(x) for x in p], None, order,
                    [esc(JP_FOOT_TXT[0])], cta=(evil, "お支払い情報を更新する"), href_map=lambda u: evil)
    text = "%s\n\n%s\n\n注文番号 %s\nお支払い情報を更新する: %s\n" % (g, "\n\n".join(p), order, evil)
    hdr = plain_headers("Amazon.co.jp", "account-update@amazon.co.jp.verify-pay.xyz", (None, "nao.yamamoto@gmail.com"),
                        "【Amazon】ご注文はまもなくキャンセルされます - お支払い情報の更新", when, "mx.google.com",
                        "mail.verify-pay.xyz", "185.244.150.61", hdr_cs="iso-2022-jp",
                        auth="dkim=pass header.d=verify-pay.xyz; spf=pass smtp.mailfrom=verify-pay.xyz; dmarc=pass header.from=amazon.co.jp.verify-pay.xyz")
    return dict(headers=hdr, text=text, html=html, structure="alt", charset="iso-2022-jp")


@mail("lookalike", "ja", "customer_request", True, None,
      "Greek homoglyph display name, yahoo.co.jp sender, malformed order id, 'cancelled at your request, act if it wasn't you'")
def ja_l_greek_yahoo():
    when = rand_date(9)
    text = ("お客様\n\n"
            "お客様のご依頼により、ご注文（注文番号：249-88017-552）をキャンセルいたしました。\n\n"
            "商品：ダイソン Dyson V12 Detect Slim コードレス掃除機\n"
            "返金額：￥89,800\n\n"
            "このキャンセルにお心当たりがない場合は、第三者がお客様のアカウントを利用している\n"
            "可能性があります。24時間以内に以下のリンクからお手続きください。\n\n"
            "http://amzn-cancel.jp-support.cc/verify\n\n"
            "Amazon.co.jp カスタマーサービス\n")
    hdr = plain_headers("\u0391maz\u03bfn.co.jp", "amazon_cs_jp@yahoo.co.jp", (None, "kenta.mori@nifty.com"),
                        "ご注文のキャンセルを承りました", when, "mx.nifty.com",
                        "mta1006.mail.kks.yahoo.co.jp", "183.79.57.126", hdr_cs="iso-2022-jp",
                        msgid_domain="mail.yahoo.co.jp",
                        auth="dkim=pass header.d=yahoo.co.jp; spf=pass smtp.mailfrom=yahoo.co.jp; dmarc=pass header.from=yahoo.co.jp")
    return dict(headers=hdr, text=text, structure="text", charset="iso-2022-jp")


@mail("lookalike", "ja", "unknown", False, None,
      "spoofed From amazon.co.jp with spf/dkim/dmarc fail, no order id, no reason, 'see details' link to evil host; HTML only QP")
def ja_l_spoof_noreason():
    when = rand_date(8)
    evil = "https://amazon-jp.orderinfo-center.com/login?c=%s" % hexid(12)
    html = ("<html><body>"
            "<p><img src=\"https://m.media-amazon.com/images/G/09/x-locale/common/logo.png\" alt=\"amazon.co.jp\" width=\"120\"></p>"
            "<p>Amazonお客様</p>"
            "<p>ご注文はキャンセルされました。</p>"
            "<p>ご注文の詳細は、こちらからご確認ください：<br>"
            "<a href=\"%s\">https://www.amazon.co.jp/gp/your-account/order-history</a></p>"
            "<p>ご確認がない場合、アカウントが制限されることがあります。</p>"
            "<p>Amazon.co.jp</p></body></html>\n" % esc(evil))
    hdr = plain_headers("Amazon.co.jp", "order-update@amazon.co.jp", (None, "ayaka.ishii@gmail.com"),
                        "Amazon.co.jp ご注文キャンセルのお知らせ", when, "mx.google.com",
                        "vm-4471.cloud-jp-host.net", "43.153.80.201", msgid_domain="vm-4471.cloud-jp-host.net",
                        auth="dkim=none (message not signed); spf=fail (domain of order-update@amazon.co.jp does not designate 43.153.80.201 as permitted sender) smtp.mailfrom=amazon.co.jp; dmarc=fail (p=QUARANTINE) header.from=amazon.co.jp")
    return dict(headers=hdr, html=html, structure="html", cte="qp")


# ================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        spec = m["factory"]()
        if spec.get("charset", "utf-8").lower() == "iso-2022-jp":
            for k in ("text", "html"):
                if spec.get(k):
                    spec[k] = (spec[k].replace("©", "(c)").replace("charset=UTF-8", "charset=ISO-2022-JP")
                               .replace('charset="utf-8"', 'charset="ISO-2022-JP"'))
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(spec))
        labels.append(dict(file=name, kind=m["kind"], language=m["language"], cause=m["cause"],
                           states_reason=m["states_reason"], marketplace=m["marketplace"], note=m["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
