#!/usr/bin/env python3
"""Regenerate blind test batch g2 (fr / es / pt): 60 raw .eml files + labels.json.

Kinds per language: 6 genuine Amazon cancellation notices, 6 near-miss non-notices,
8 phishing lookalikes.  Everything is deterministic (fixed random seed).
"""
import datetime
import json
import os
import random
from email import charset as ecs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

SEED = 20022
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "g2"

# ---------------------------------------------------------------------------
# low level MIME helpers
# ---------------------------------------------------------------------------
LEGACY_FIX = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...",
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u2022": "*",
}


def fit(text, charset):
    """Make text encodable in a legacy charset (real legacy mailers do the same)."""
    if charset.lower() in ("utf-8", "us-ascii"):
        return text
    try:
        text.encode(charset)
        return text
    except UnicodeEncodeError:
        pass
    for a, b in LEGACY_FIX.items():
        text = text.replace(a, b)
    return text.encode(charset, "replace").decode(charset)


def text_part(body, subtype, charset, cte):
    cs = ecs.Charset(charset)
    cs.body_encoding = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None, "7bit": None}[cte]
    return MIMEText(fit(body, charset), subtype, cs)


def hdr(value, charset="utf-8", name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(fit(value, charset), charset, header_name=name).encode(maxlinelen=76)


def addr(name, address, charset="utf-8"):
    if name is None:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        return formataddr((name, address), charset=charset)


def fix_meta(html, cs):
    return html.replace("charset=UTF-8", "charset=" + cs).replace("charset=utf-8", "charset=" + cs)


def build(m):
    """m: dict with from/to/subject/date/... text/html/structure/charset/cte."""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    structure = m["structure"]
    if structure == "plain":
        msg = text_part(m["text"], "plain", cs, cte)
    elif structure == "html":
        msg = text_part(fix_meta(m["html"], cs), "html", cs, cte)
    else:
        msg = MIMEMultipart("alternative",
                            boundary=m.get("boundary") or "----=_Part_%d_%d.%d" % (
                                R.randint(1000000, 99999999), R.randint(100000000, 2147483647),
                                R.randint(1600000000000, 1760000000000)))
        msg.attach(text_part(m["text"], "plain", cs, m.get("text_cte", cte)))
        msg.attach(text_part(fix_meta(m["html"], cs), "html", cs, cte))
    content = list(msg._headers)
    msg._headers = []
    hcs = m.get("header_charset", "utf-8")
    for k, v in m.get("pre_headers", []):
        msg[k] = v
    msg["From"] = addr(m["from_name"], m["from_addr"], hcs)
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = m.get("to", "client@example.net")
    msg["Subject"] = hdr(m["subject"], hcs)
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m["message_id"]
    for k, v in m.get("post_headers", []):
        msg[k] = v
    if structure == "alt" or "MIME-Version" not in dict(content):
        msg["MIME-Version"] = "1.0"
    for k, v in content:
        if k == "MIME-Version":
            continue
        msg[k] = v
    return msg


def write(msg, path):
    with open(path, "wb") as fh:
        BytesGenerator(fh, mangle_from_=False, maxheaderlen=998).flatten(msg)


# ---------------------------------------------------------------------------
# realistic header material
# ---------------------------------------------------------------------------
def rdate(tz_hours):
    base = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(days=R.randint(0, 560), seconds=R.randint(0, 86399))
    return d.astimezone(datetime.timezone(datetime.timedelta(hours=tz_hours)))


def onum(first=None):
    first = first or R.choice(["402", "403", "405", "406", "407", "408", "171"])
    return "%s-%07d-%07d" % (first, R.randint(0, 9999999), R.randint(0, 9999999))


def ses_id(region):
    return "<0%d0%d01%012x-%08x-%04x-%04x-%04x-%012x-000000@%s.amazonses.com>" % (
        R.randint(1, 2), R.randint(1, 2), R.getrandbits(48), R.getrandbits(32), R.getrandbits(16),
        R.getrandbits(16), R.getrandbits(16), R.getrandbits(48), region)


def amazon_received(mp, region, date):
    ip = "54.240.%d.%d" % (R.randint(0, 60), R.randint(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (R.randint(1, 60), R.randint(1, 250), region)
    return ("Received", "from %s (%s [%s]) by mx.example.net with ESMTPS id %s; %s" % (
        host, host, ip, "%x" % R.getrandbits(40), format_datetime(date)))


def amazon_auth(mp, sender):
    sel = R.choice(["v2tw6hzn7fznvmiztxhtjytcwzcjv5xk", "ugwxrrd4dmbxjg3dvpyhmwwlt4sdtiqo",
                    "54ecsf3zk7z4mwxwwox7z7bg6e5gwjsz"])
    return ("Authentication-Results",
            "mx.example.net; dkim=pass header.d=%s header.s=%s header.b=%s; "
            "spf=pass (domain of bounces.%s designates permitted sender) smtp.mailfrom=bounces.%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mp, sel, "%x" % R.getrandbits(32), mp, mp, mp))


def amazon_headers(mp, sender, date, auth, region="eu-west-1"):
    pre = [("Return-Path", "<%s@bounces.%s>" % ("%d%x" % (date.year, R.getrandbits(40)), mp)),
           amazon_received(mp, region, date)]
    if auth:
        pre.append(amazon_auth(mp, sender))
    post = [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
            ("Bounces-to", "%s@bounces.%s" % ("%x" % R.getrandbits(48), mp)),
            ("X-AMAZON-RTE-VERSION", "2.0"),
            ("Feedback-ID", "1.%s.%s:AmazonSES" % (region, "%x" % R.getrandbits(64)))]
    return pre, post


def shady_received(date, host=None):
    host = host or R.choice(["vps-%x.contaboserver.net" % R.getrandbits(20),
                             "mail%d.hostinger-smtp.io" % R.randint(1, 40),
                             "srv%d.ovh-cloud-vm.eu" % R.randint(100, 999)])
    ip = "%d.%d.%d.%d" % (R.choice([45, 91, 185, 193, 203]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ("Received", "from %s (%s [%s]) by mx.example.net with ESMTP id %s; %s" % (
        host, host, ip, "%x" % R.getrandbits(40), format_datetime(date)))


def shady_auth(from_domain, dkim_domain=None, spf="softfail", dmarc="fail"):
    parts = ["mx.example.net"]
    if dkim_domain:
        parts.append("dkim=pass header.d=%s header.s=default header.b=%s" % (dkim_domain, "%x" % R.getrandbits(32)))
    else:
        parts.append("dkim=none (message not signed)")
    parts.append("spf=%s smtp.mailfrom=%s" % (spf, dkim_domain or from_domain))
    parts.append("dmarc=%s header.from=%s" % (dmarc, from_domain))
    return ("Authentication-Results", "; ".join(parts))


def msgid(domain):
    return "<%x.%x@%s>" % (R.getrandbits(56), R.getrandbits(24), domain)


# ---------------------------------------------------------------------------
# Amazon-style templates (structure modelled on real Amazon notification mails)
# ---------------------------------------------------------------------------
STYLE = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:640px; color:#333333; font:12px/18px Arial, sans-serif; }
#header .logo { width:180px; padding:14px 0 0 20px; }
#header .navigation { font-size:12px; padding:20px 20px 0 0; }
#header .title { padding:0 20px 4px 20px; text-align:right; }
#header .title h2 { font:normal 20px Arial, sans-serif; color:#CC6600; margin:0; }
#summary td { padding:10px 20px; font-size:14px; }
#summary .heading { font:bold 18px Arial, sans-serif; color:#CC6600; }
#orderDetails td { padding:6px 20px; border-top:1px solid #EAEAEA; }
#orderDetails .price { text-align:right; white-space:nowrap; }
#orderDetails h3 { font:bold 16px Arial, sans-serif; color:#CC6600; margin:8px 0; }
#closing td { padding:12px 20px; font-size:13px; }
#legalCopy td { padding:10px 20px; font-size:10px; line-height:14px; color:#666666; }
#legalCopy a, #closing a { color:#006699; text-decoration:none; }
"""

L10N = {
    "fr": {"orders": "Vos commandes", "account": "Votre compte", "order": "Commande n°",
           "items": "Article(s) annulé(s)", "qty": "Quantité", "seller": "Vendu par",
           "total_lbl": "Montant non débité", "help": "Service Client", "thanks": "Cordialement,",
           "team": "Le Service Client d'Amazon", "colon": " :", "noreply":
           "Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre."},
    "es": {"orders": "Mis pedidos", "account": "Mi cuenta", "order": "Pedido n.º",
           "items": "Productos cancelados", "qty": "Cantidad", "seller": "Vendido por",
           "total_lbl": "Importe no cobrado", "help": "Atención al Cliente", "thanks": "Atentamente,",
           "team": "Atención al Cliente de Amazon", "colon": ":", "noreply":
           "Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. No respondas a este mensaje."},
    "pt": {"orders": "Seus pedidos", "account": "Sua conta", "order": "Pedido nº",
           "items": "Itens cancelados", "qty": "Quantidade", "seller": "Vendido por",
           "total_lbl": "Valor não cobrado", "help": "Atendimento ao Cliente", "thanks": "Atenciosamente,",
           "team": "Atendimento ao Cliente da Amazon.com.br", "colon": ":", "noreply":
           "Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem."},
}

# Security / help footers, per marketplace
SECURITY = {
    "fr": [
        "Amazon ne vous demandera jamais de communiquer votre mot de passe, vos coordonnées bancaires ou un code de vérification par e-mail, SMS ou téléphone.",
        "Si le numéro de votre carte bancaire a changé ou si elle a expiré, mettez-la à jour dans Votre compte, rubrique Vos paiements.",
        "Vous avez reçu un e-mail suspect qui semble provenir d'Amazon ? Signalez-le-nous : {base}/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV",
        "Pour toute question, consultez nos pages d'aide : {base}/gp/help/customer/display.html?nodeId=508510",
    ],
    "es": [
        "Amazon nunca te pedirá tu contraseña, los datos de tu tarjeta ni un código de verificación por correo electrónico, SMS o teléfono.",
        "Si el número de tu tarjeta ha cambiado o ha caducado, actualízalo en Mi cuenta, en la sección Mis pagos.",
        "¿Has recibido un correo sospechoso que parece de Amazon? Infórmanos: {base}/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV",
        "Para más información, visita nuestras páginas de ayuda: {base}/gp/help/customer/display.html?nodeId=508510",
    ],
    "pt": [
        "A Amazon nunca pedirá sua senha, os dados do seu cartão ou um código de verificação por e-mail, SMS ou telefone.",
        "Se o número do seu cartão mudou ou ele expirou, atualize-o em Sua conta, na seção Seus pagamentos.",
        "Recebeu um e-mail suspeito que parece ser da Amazon? Denuncie: {base}/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV",
        "Para saber mais, visite nossas páginas de ajuda: {base}/gp/help/customer/display.html?nodeId=508510",
    ],
}

LEGAL = {
    "amazon.fr": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : 125 000 EUR. RCS Luxembourg : B 101818. N° TVA intracommunautaire : FR 12487773327.",
    "amazon.com.be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B 101818. Numéro de TVA : BE 0755.545.445.",
    "amazon.ca": "Amazon.com.ca ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2, Canada.",
    "amazon.es": "Amazon EU S.à r.l., Sucursal en España, Calle Ramírez de Prado 5, 28045 Madrid. NIF: W0184081H. Inscrita en el Registro Mercantil de Madrid.",
    "amazon.com.mx": "Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348 Ciudad de México.",
    "amazon.com.br": "Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, Vila Nova Conceição, São Paulo - SP, 04543-011.",
}

MP_NAME = {"amazon.fr": "Amazon.fr", "amazon.com.be": "Amazon.com.be", "amazon.ca": "Amazon.ca",
           "amazon.es": "Amazon.es", "amazon.com.mx": "Amazon.com.mx", "amazon.com.br": "Amazon.com.br"}


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def amz_link(base, path, ref):
    return "%s/gp/r.html?C=%s&K=%s&R=%s&T=C&U=%s%%2F%s%%3Fref_%%3D%s&A=%s" % (
        base, "%X" % R.getrandbits(48), "%X" % R.getrandbits(52), "%X" % R.getrandbits(40),
        base.replace(":", "%3A").replace("/", "%2F"), path.replace("/", "%2F"), ref, "%X" % R.getrandbits(60))


def amazon_html(lang, mp, title, order, hello, paras, items, total, closing, link_base=None,
                security=True, legal=True):
    """Heavy nested-table HTML like Amazon's order mails. link_base lets phishers swap hrefs."""
    L = L10N[lang]
    base = "https://www." + mp
    hb = link_base or base
    lk = (lambda p, r: amz_link(hb, p, r)) if link_base is None else (lambda p, r: "%s/%s?ref=%s" % (hb, p, r))
    rows = []
    for it in items:
        name, qty, price = it[0], it[1], it[2]
        seller = it[3] if len(it) > 3 else MP_NAME[mp]
        rows.append(
            '<tr> <td class="name"> <a href="%s">%s</a><br /> <span style="color:#666666">%s %s</span><br />'
            ' %s%s %d </td> <td class="price"> <strong>%s</strong> </td> </tr>'
            % (lk("dp/" + "B0%08X" % R.getrandbits(32), "pe_cncl_item"), esc(name), L["seller"], esc(seller),
               L["qty"], L["colon"], qty, esc(price)))
    paras_html = "\n".join("<p>%s</p>" % p for p in paras)
    closing_html = "\n".join("<p>%s</p>" % c for c in closing)
    sec = ""
    if security:
        sec = "\n".join("<p>%s</p>" % linkify(s.format(base=base)) for s in SECURITY[lang])
    leg = "<p>%s</p>" % esc(LEGAL[mp]) if legal else ""
    total_row = ""
    if total:
        total_row = '<tr> <td class="name" style="text-align:right"><b>%s%s</b></td> <td class="price"><b>%s</b></td> </tr>' % (L["total_lbl"], L["colon"], esc(total))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <style type="text/css">
%(style)s  </style>
  <title>%(mpname)s</title>
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(mpname)s" src="https://m.media-amazon.com/images/G/08/x-locale/common/transactional/amazon_logo.png" border="0" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(orders_l)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(account_l)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(mpname)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(order_lbl)s <a href="%(order_l)s">%(order)s</a> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(hello)s</span>
%(paras)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="orderDetails" cellpadding="0" width="100%%">
           <tbody>
            <tr> <td colspan="2"><h3>%(items_h)s</h3></td> </tr>
%(rows)s
%(total_row)s
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td>%(closing)s
              <p>%(thanks)s<br />%(team)s<br /><a href="%(help_l)s">%(help)s</a></p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy">
           <tbody>
            <tr>
             <td> <span> %(sec)s %(legal)s <p>%(noreply)s</p> </span> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 <img width="1" height="1" src="%(pixel)s" /></body>
</html>
""" % {"style": STYLE, "mpname": MP_NAME[mp], "pixel": lk("r.html", "pe_pixel"), "home": lk("", "pe_home"),
       "orders_l": lk("gp/css/order-history", "pe_yo"), "orders": L["orders"],
       "account_l": lk("gp/css/homepage.html", "pe_ya"), "account": L["account"], "title": esc(title),
       "order_lbl": L["order"], "order_l": lk("gp/css/summary/edit.html?orderID=" + (order or ""), "pe_ord"),
       "order": order or "", "hello": esc(hello), "paras": paras_html, "items_h": L["items"], "rows": "\n".join(rows),
       "total_row": total_row, "closing": closing_html, "thanks": L["thanks"], "team": L["team"],
       "help_l": lk("gp/help/customer/display.html", "pe_cs"), "help": L["help"], "sec": sec, "legal": leg,
       "noreply": L["noreply"]}


def linkify(s):
    out = []
    for w in s.split(" "):
        if w.startswith("http"):
            out.append('<a href="%s">%s</a>' % (w, w.split("?")[0].replace("https://", "")))
        else:
            out.append(esc(w))
    return " ".join(out)


def strip_tags(s):
    import re
    s = re.sub(r'<a href="([^"]+)">([^<]*)</a>', r"\2 (\1)", s)
    return re.sub(r"<[^>]+>", "", s)


def amazon_text(lang, mp, title, order, hello, paras, items, total, closing, security=True, legal=True,
                rule="_" * 75):
    L = L10N[lang]
    base = "https://www." + mp
    out = ["%s %s" % (MP_NAME[mp], title)]
    if order:
        out.append("%s %s" % (L["order"], order))
    out += [base + "/ref=TE_tex_g", "", rule, "", hello, ""]
    for p in paras:
        out += [strip_tags(p), ""]
    out += [rule, "", L["items"] + L["colon"], ""]
    for it in items:
        seller = it[3] if len(it) > 3 else MP_NAME[mp]
        out.append("    %s" % it[0])
        out.append("    %s %s - %s%s %d - %s" % (L["seller"], seller, L["qty"], L["colon"], it[1], it[2]))
        out.append("")
    if total:
        out += ["%s%s %s" % (L["total_lbl"], L["colon"], total), ""]
    out.append(rule)
    out.append("")
    for c in closing:
        out += [strip_tags(c), ""]
    out += [L["thanks"], L["team"], base + "/gp/help/customer/display.html", "", rule, ""]
    if security:
        for s in SECURITY[lang]:
            out.append(s.format(base=base))
            out.append("")
    if legal:
        out += [LEGAL[mp], ""]
    out.append(L["noreply"])
    return "\n".join(out) + "\n"


def notice(lang, mp, sender, subject, hello, title, paras, items, total, closing, structure, cte,
           auth, charset="utf-8", order=None, tz=1, region="eu-west-1", text_override=None, **label):
    date = rdate(tz)
    pre, post = amazon_headers(mp, sender, date, auth, region)
    m = {"pre_headers": pre, "post_headers": post, "from_name": MP_NAME[mp], "from_addr": "%s@%s" % (sender, mp),
         "reply_to": "no-reply@" + mp, "subject": subject, "date": date, "message_id": ses_id(region),
         "structure": structure, "cte": cte, "charset": charset, "header_charset": charset}
    if structure in ("plain", "alt"):
        m["text"] = text_override or amazon_text(lang, mp, title, order, hello, paras, items, total, closing)
    if structure in ("html", "alt"):
        m["html"] = amazon_html(lang, mp, title, order, hello, paras, items, total, closing)
    label.update(kind="notice", language=lang, marketplace=mp)
    return m, label


def mk(kind, lang, cause, states, mp, note, from_name, from_addr, subject, structure, cte,
       text=None, html=None, charset="utf-8", pre=None, post=None, reply_to=None, tz=1, to=None,
       date=None, message_id=None):
    date = date or rdate(tz)
    dom = from_addr.split("@")[1]
    m = {"pre_headers": pre or [shady_received(date)], "post_headers": post or [], "from_name": from_name,
         "from_addr": from_addr, "reply_to": reply_to, "subject": subject, "date": date,
         "message_id": message_id or msgid(dom), "structure": structure, "cte": cte, "charset": charset,
         "header_charset": charset, "text": text, "html": html}
    if to:
        m["to"] = to
    label = {"kind": kind, "language": lang, "cause": cause, "states_reason": states, "marketplace": mp,
             "note": note}
    return m, label


def simple_html(body_html, title="", width=600, font="Arial, Helvetica, sans-serif"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<title>%s</title></head>\n<body style=\"font-family:%s;font-size:14px;color:#222\">\n"
            "<div style=\"max-width:%dpx;margin:0 auto\">\n%s\n</div>\n</body></html>\n" % (title, font, width, body_html))


ITEMS = []  # (message dict, label dict)


def add(pair):
    ITEMS.append(pair)


# ===========================================================================
# FRENCH (amazon.fr, amazon.ca, amazon.com.be)
# ===========================================================================
def french():
    # ---------------- notices ----------------
    o = onum("402")
    add(notice("fr", "amazon.fr", "order-update", "Votre commande Amazon.fr n° %s a été annulée" % o,
               "Bonjour Camille,", "Annulation de commande", [
                   "Nous sommes désolés : l'article ci-dessous n'est plus disponible auprès de notre fournisseur et nous ne sommes pas en mesure de vous le faire parvenir.",
                   "Nous avons donc annulé votre commande n° %s. Aucun montant n'a été débité sur votre moyen de paiement." % o,
                   "Vous pouvez consulter d'autres offres pour ce produit sur la page de l'article ou dans <a href=\"https://www.amazon.fr/gp/css/order-history\">Vos commandes</a>."],
               [("LEGO 42151 Technic Bugatti Bolide, Kit de Construction de Voiture", 1, "49,99 €")], "49,99 €",
               ["Nous vous prions de nous excuser pour la gêne occasionnée et espérons vous revoir bientôt sur Amazon.fr."],
               "alt", "qp", True, order=o, cause="inventory_shortage", states_reason=True,
               note="supplier can no longer provide the item; full amazon.fr template"))

    o = onum("702")
    add(notice("fr", "amazon.ca", "payments-messages", "Article(s) annulé(s) de votre commande Amazon.ca %s" % o,
               "Bonjour Marc-André,", "Annulation d'article(s)", [
                   "Nous n'avons pas pu obtenir l'autorisation de paiement pour la carte Visa se terminant par 4417 associée à votre commande n° %s." % o,
                   "Nous vous avions invité à réviser votre mode de paiement, mais comme la révision de paiement n'a pas été effectuée dans le délai prévu, nous avons dû annuler le ou les articles ci-dessous.",
                   "Si vous souhaitez toujours ces articles, vous pouvez passer une nouvelle commande sur Amazon.ca avec un mode de paiement valide."],
               [("Keurig K-Mini cafetière à portion individuelle, noir", 1, "99,99 $ CA"),
                ("Dosettes K-Cup Van Houtte Original, paquet de 30", 2, "38,98 $ CA")], "138,97 $ CA",
               ["Pour vérifier vos modes de paiement, rendez-vous dans Votre compte."],
               "plain", "8bit", False, charset="iso-8859-1", order=o, tz=-5, region="us-east-1",
               cause="payment_issue", states_reason=True,
               note="payment authorisation failed, payment revision not made in time; latin-1 8bit plain"))

    o = onum("405")
    add(notice("fr", "amazon.fr", "order-update", "Information de la part d'Amazon.fr",
               "Bonjour Nathalie,", "Votre commande", [
                   "Nous vous contactons au sujet de votre commande n° %s." % o,
                   "En raison d'une erreur technique, le prix affiché sur notre site pour l'article ci-dessous était incorrect (12,90 € au lieu de 129,00 €). Conformément à nos Conditions générales de vente, nous avons annulé cette commande.",
                   "Aucun montant ne vous a été débité. Si vous le souhaitez, vous pouvez commander à nouveau cet article au prix correct."],
               [("Philips Series 3000 Tondeuse barbe et cheveux HC3530/15", 1, "12,90 €")], "12,90 €",
               ["Nous vous prions de nous excuser pour ce désagrément."],
               "html", "b64", True, order=o, cause="technical_issue", states_reason=True,
               note="pricing error, bulk-style subject, HTML only base64"))

    o = onum("406")
    add(notice("fr", "amazon.com.be", "cs-reply", "Votre commande Amazon.com.be n° %s a été annulée" % o,
               "Bonjour Pieter,", "Commande annulée", [
                   "Lors d'une vérification de routine, nous avons constaté une activité inhabituelle sur votre compte Amazon.com.be.",
                   "Afin de protéger votre compte, nous avons annulé la commande n° %s et placé temporairement votre compte en attente." % o,
                   "Pour rétablir l'accès, connectez-vous à votre compte sur Amazon.com.be (en saisissant vous-même l'adresse dans votre navigateur) et suivez les instructions pour vérifier votre identité. Nous ne vous demanderons jamais ces informations par e-mail."],
               [("Apple AirPods Pro (2e génération) avec boîtier MagSafe USB-C", 1, "279,00 €"),
                ("Carte cadeau Amazon.com.be - Montant libre", 2, "200,00 €")], "479,00 €",
               ["Nous vous remercions de votre compréhension."],
               "alt", "b64", False, order=o, cause="fraud_prevention", states_reason=True,
               note="unusual activity, account on hold, identity verification via own login"))

    o = onum("171")
    txt = """Amazon.fr - Votre annulation ({o})

Bonjour Thomas Lefèvre,

Nous vous confirmons l'annulation du ou des articles suivants de votre commande n° {o}, conformément à votre demande.

    Anker Câble USB-C vers USB-C 240 W, tressé nylon, 1,8 m (lot de 2)
    Vendu par : AnkerDirect FR
    Quantité : 1

Motif de l'annulation : Annulée par le client

Si vous avez payé par carte, aucun montant ne sera débité pour cet article. Si le paiement avait déjà été débité, le remboursement sera effectué sous 3 à 5 jours ouvrés.

Vous pouvez consulter l'état de vos commandes dans Vos commandes :
https://www.amazon.fr/gp/css/order-history

Nous espérons vous revoir bientôt.
Amazon.fr

--------------------------------------------------------------------
Amazon ne vous demandera jamais de communiquer votre mot de passe, vos coordonnées bancaires ou un code de vérification par e-mail, SMS ou téléphone.
Si le numéro de votre carte bancaire a changé, mettez-le à jour dans Votre compte :
https://www.amazon.fr/cpe/yourpayments/wallet
Pour signaler un e-mail suspect : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV
Aide : https://www.amazon.fr/gp/help/customer/display.html

Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.
""".format(o=o)
    add(notice("fr", "amazon.fr", "auto-confirm",
               "Annulation réussie de « Anker Câble USB-C vers USB-C 240 W... » de votre commande Amazon.fr %s" % o,
               "", "", [], [], None, [], "plain", "qp", True, order=o, text_override=txt,
               cause="customer_request", states_reason=True,
               note="customer cancelled, 'Annulée par le client' line, plain old-style"))

    o = onum("701")
    add(notice("fr", "amazon.ca", "auto-confirm", "Votre commande Amazon.ca n° %s a été annulée" % o,
               "Bonjour Geneviève,", "Commande annulée", [
                   "Nous vous informons que la commande n° %s ci-dessous a été annulée." % o,
                   "Si un montant a déjà été porté à votre carte, il sera remboursé dans un délai de 3 à 5 jours ouvrables."],
               [("Thermos bouteille isotherme en acier inoxydable, 470 ml", 1, "32,99 $ CA")], "32,99 $ CA",
               ["Vous trouverez le détail de vos commandes dans Vos commandes."],
               "alt", "qp", False, order=o, tz=-5, region="us-east-1", cause="unknown", states_reason=False,
               note="cancellation without any reason given"))

    # ---------------- non-notices ----------------
    d = rdate(1)
    add(mk("non_notice", "fr", None, False, None,
           "other retailer (Rakuten) genuine cancellation; refund via Amazon Pay",
           "Rakuten France", "ne-pas-repondre@fr.shopping.rakuten.com",
           "Votre commande n° 7729-44810 a été annulée", "alt", "qp",
           text="""Bonjour Sophie,

Nous sommes désolés : le vendeur pro « MultimediaCenter-Lyon » n'a pas pu confirmer la disponibilité de l'article et votre commande n° 7729-44810 a été annulée.

  Article : Nintendo Switch OLED - Blanche
  Prix : 299,90 €
  Vendeur : MultimediaCenter-Lyon

Le remboursement de 299,90 € sera effectué sur le moyen de paiement utilisé lors de l'achat (Amazon Pay) sous 3 à 5 jours ouvrés. Vos Rakuten Points crédités sur cet achat seront annulés.

Retrouvez d'autres offres pour ce produit : https://fr.shopping.rakuten.com/nav/switch-oled

L'équipe Rakuten France
Ne répondez pas à cet e-mail. Pour nous contacter : https://fr.shopping.rakuten.com/aide
""",
           html=simple_html("""<p><img src="https://fr.shopping.rakuten.com/visuels/logo-rakuten.png" alt="Rakuten"></p>
<p>Bonjour Sophie,</p>
<p>Nous sommes désolés : le vendeur pro « MultimediaCenter-Lyon » n'a pas pu confirmer la disponibilité de l'article et votre commande <b>n° 7729-44810</b> a été annulée.</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td>Nintendo Switch OLED - Blanche</td><td>299,90 €</td></tr><tr><td colspan="2">Vendeur : MultimediaCenter-Lyon</td></tr></table>
<p>Le remboursement de 299,90 € sera effectué sur le moyen de paiement utilisé lors de l'achat (<b>Amazon Pay</b>) sous 3 à 5 jours ouvrés. Vos Rakuten Points crédités sur cet achat seront annulés.</p>
<p><a href="https://fr.shopping.rakuten.com/nav/switch-oled">Voir d'autres offres</a></p>
<p style="color:#888;font-size:11px">L'équipe Rakuten France - Ne répondez pas à cet e-mail.</p>"""),
           pre=[("Received", "from mta-fr3.rakuten-mail.com (mta-fr3.rakuten-mail.com [185.59.37.12]) by mx.example.net; " + format_datetime(d)),
                shady_auth("fr.shopping.rakuten.com", "fr.shopping.rakuten.com", "pass", "pass")], date=d))

    add(mk("non_notice", "fr", None, False, None, "friend says she cancelled her own Amazon order",
           "Julie Moreau", "julie.moreau84@gmail.com", "Re: cadeau pour maman", "plain", "8bit",
           text="""Coucou Léa,

Bon, j'ai finalement annulé ma commande Amazon pour la machine à café : le délai de livraison était passé au 28, donc trop tard pour son anniversaire. J'ai reçu le mail « Annulation réussie » il y a 5 minutes, c'est bon.

Du coup je propose qu'on passe chez Boulanger samedi matin, ils l'ont en stock à Villeneuve. On partage toujours moitié-moitié ?

Bisous,
Julie

Le mer. 12 juin, Léa Moreau <lea.moreau@orange.fr> a écrit :
> Tu as vu que la Delonghi n'arrive pas avant la fin du mois ?
""", pre=[("Received", "by mail-lj1-f171.google.com with SMTP id 38308e7fff4ca-2ebe40673d8; Wed, 12 Jun 2024 19:41:07 +0200"),
          shady_auth("gmail.com", "gmail.com", "pass", "pass")], charset="utf-8", tz=2))

    add(mk("non_notice", "fr", None, False, None,
           "security newsletter about a phishing wave quoting a fake Amazon cancellation subject",
           "La Lettre Sécurité Numérique", "lettre@securite-numerique-info.fr",
           "Alerte : la fausse annulation de commande Amazon revient en force", "html", "qp",
           html=simple_html("""<h1 style="color:#1d3557">Alerte hameçonnage</h1>
<p>Depuis une dizaine de jours, de nombreux internautes reçoivent un courriel intitulé <i>« Votre commande Amazon n° 402-1187263-4471 a été annulée »</i>. Le message prétend qu'un paiement a été refusé et invite à « réactiver » la commande en saisissant ses coordonnées bancaires sur un site frauduleux.</p>
<h2>Comment reconnaître l'arnaque ?</h2>
<ul>
<li>l'expéditeur n'utilise pas un domaine amazon.fr (par exemple <code>amazon-suivi-commande.com</code>) ;</li>
<li>le lien « Réactiver ma commande » ne mène pas à amazon.fr ;</li>
<li>un numéro de téléphone « service client » à rappeler d'urgence est fourni.</li>
</ul>
<p>Notre conseil : ne cliquez pas, vérifiez vos commandes en tapant vous-même l'adresse du site, et signalez le message sur la plateforme officielle.</p>
<hr><p style="font-size:11px;color:#777">Vous recevez cette lettre car vous y êtes abonné. <a href="https://securite-numerique-info.fr/desinscription?u=88213">Se désinscrire</a></p>""", "Lettre Sécurité"),
           post=[("List-Unsubscribe", "<https://securite-numerique-info.fr/desinscription?u=88213>"),
                 ("Precedence", "bulk")]))

    o = onum("403")
    d = rdate(1)
    pre, post = amazon_headers("amazon.fr", "shipment-tracking", d, True)
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.fr", "from_addr": "shipment-tracking@amazon.fr",
          "reply_to": "no-reply@amazon.fr", "subject": "Votre rendez-vous de livraison a été annulé", "date": d,
          "message_id": ses_id("eu-west-1"), "structure": "alt", "cte": "qp", "charset": "utf-8",
          "text": """Amazon.fr

Bonjour Hélène,

Votre rendez-vous de livraison prévu le jeudi 14 mars entre 8 h et 13 h a été annulé par le transporteur en raison de conditions météorologiques défavorables.

Votre commande n'est pas annulée : votre article vous sera livré lors d'un nouveau créneau.
Choisissez un nouveau rendez-vous : https://www.amazon.fr/progress-tracker/package/appointment

Commande n° {o}
    Bosch Serie 4 Lave-linge hublot WAN28209FF, 8 kg

Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.
""".format(o=o),
          "html": simple_html("""<p><b>Amazon.fr</b></p><p>Bonjour Hélène,</p>
<p>Votre rendez-vous de livraison prévu le <b>jeudi 14 mars entre 8 h et 13 h</b> a été annulé par le transporteur en raison de conditions météorologiques défavorables.</p>
<p>Votre commande n'est pas annulée : votre article vous sera livré lors d'un nouveau créneau.</p>
<p><a href="https://www.amazon.fr/progress-tracker/package/appointment" style="background:#FFD814;padding:8px 16px;border-radius:8px;color:#111;text-decoration:none">Choisir un nouveau rendez-vous</a></p>
<p style="color:#666">Commande n° %s<br>Bosch Serie 4 Lave-linge hublot WAN28209FF, 8 kg</p>
<p style="font-size:11px;color:#888">Cet e-mail a été envoyé à partir d'une adresse ne pouvant recevoir d'e-mails.</p>""" % o)},
         {"kind": "non_notice", "language": "fr", "cause": None, "states_reason": False, "marketplace": "amazon.fr",
          "note": "delivery appointment cancelled, order itself stays active"}))

    d = rdate(-5)
    pre, post = amazon_headers("amazon.ca", "prime", d, True, "us-east-1")
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon Prime", "from_addr": "prime@amazon.ca",
          "reply_to": None, "subject": "Confirmation de l'annulation de votre abonnement Amazon Prime", "date": d,
          "message_id": ses_id("us-east-1"), "structure": "html", "cte": "b64", "charset": "utf-8",
          "html": simple_html("""<p><img alt="prime" src="https://m.media-amazon.com/images/G/15/prime/logo.png"></p>
<p>Bonjour Émilie,</p>
<p>Nous vous confirmons l'annulation de votre abonnement Amazon Prime. Vos avantages Prime resteront actifs jusqu'au <b>3 novembre</b>, date à laquelle votre abonnement prendra fin. Aucun autre paiement ne sera prélevé.</p>
<p>Vous avez changé d'avis ? <a href="https://www.amazon.ca/gp/primecentral">Poursuivre mon abonnement</a></p>
<p>Vos commandes en cours ne sont pas touchées par cette annulation.</p>
<p style="font-size:11px;color:#777">Amazon ne vous demandera jamais votre mot de passe par e-mail. Amazon.com.ca ULC, 40 King Street West, Toronto (Ontario) M5H 3Y2.</p>""")},
         {"kind": "non_notice", "language": "fr", "cause": None, "states_reason": False, "marketplace": "amazon.ca",
          "note": "Prime membership cancellation, not an order"}))

    o = onum("406")
    d = rdate(1)
    pre, post = amazon_headers("amazon.com.be", "payments-messages", d, False)
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.com.be", "from_addr": "payments-messages@amazon.com.be",
          "reply_to": "no-reply@amazon.com.be", "subject": "Action requise : révision de paiement pour votre commande %s" % o,
          "date": d, "message_id": ses_id("eu-west-1"), "structure": "alt", "cte": "8bit", "charset": "utf-8",
          "text": amazon_text("fr", "amazon.com.be", "Révision de paiement", o, "Bonjour Sarah,", [
              "Votre banque a refusé le paiement de votre commande n° %s avec la carte Mastercard se terminant par 2210." % o,
              "Pour éviter l'annulation de votre commande, veuillez mettre à jour votre mode de paiement avant le 21 octobre. Si nous ne recevons pas de mise à jour d'ici là, votre commande sera annulée.",
              "Mettre à jour le paiement : https://www.amazon.com.be/gp/css/summary/edit.html?orderID=%s" % o],
              [("Tefal Ingenio Poêles et casseroles, set de 13 pièces", 1, "119,99 €")], None,
              ["Votre commande sera expédiée dès que le paiement aura été confirmé."]),
          "html": amazon_html("fr", "amazon.com.be", "Révision de paiement", o, "Bonjour Sarah,", [
              "Votre banque a refusé le paiement de votre commande n° %s avec la carte Mastercard se terminant par 2210." % o,
              "Pour éviter l'annulation de votre commande, veuillez mettre à jour votre mode de paiement avant le <b>21 octobre</b>. Si nous ne recevons pas de mise à jour d'ici là, votre commande sera annulée."],
              [("Tefal Ingenio Poêles et casseroles, set de 13 pièces", 1, "119,99 €")], None,
              ["Votre commande sera expédiée dès que le paiement aura été confirmé."])},
         {"kind": "non_notice", "language": "fr", "cause": None, "states_reason": False, "marketplace": "amazon.com.be",
          "note": "genuine payment reminder, order not yet cancelled"}))

    # ---------------- lookalikes (phishing) ----------------
    d = rdate(1)
    add(mk("lookalike", "fr", "fraud_prevention", True, None,
           "gmail sender, callback phone number, crude",
           "Service Client Amazon", "service.client.amazon.fr2024@gmail.com",
           "URGENT !! Commande Annulée - Activité suspecte détectée sur votre compte", "plain", "8bit",
           text="""Cher(e) client(e),

Votre commande n° 402-8837461-3321 d'un montant de 1 229,00 EUR (Apple iPhone 15 Pro Max 256 Go) a été ANNULÉE suite à une activité suspecte détectée sur votre compte Amazon.

Si vous n'êtes PAS à l'origine de cet achat, appelez IMMÉDIATEMENT notre service sécurité au :

   >>> 09 70 73 21 48 <<<  (appel gratuit, 7j/7 24h/24)

Sans appel de votre part sous 24 heures, le montant sera prélevé définitivement et votre compte sera bloqué.

Cordialement,
Service Sécurité Amazon France
""", pre=[("Received", "by mail-wr1-f44.google.com with SMTP id ffacd0b85a97d-35f1c7a1b2c; " + format_datetime(d)),
          shady_auth("gmail.com", "gmail.com", "pass", "pass")], date=d))

    d = rdate(1)
    evil = "https://amazon-fr-compte.com/restore"
    add(mk("lookalike", "fr", "fraud_prevention", True, None,
           "Cyrillic homoglyph display name, account suspended + reactivation code, polished copied template",
           "\u0410mazon.fr", "securite@amazon-fr-compte.com",
           "Votre compte a été suspendu - commande annulée", "alt", "qp",
           text="""Amazon.fr

Bonjour,

Votre compte Amazon a été suspendu et votre commande n° 407-2291836-5520931 a été annulée suite à une tentative de connexion inhabituelle.

Pour réactiver votre compte et débloquer votre commande, utilisez le code de réactivation ci-dessous sur la page sécurisée :

    Code : AMZ-7731-QX

    https://amazon-fr-compte.com/restore

Sans réactivation sous 48 heures, votre compte sera définitivement fermé.

Amazon ne vous demandera jamais votre mot de passe par e-mail.
""",
           html=amazon_html("fr", "amazon.fr", "Compte suspendu", "407-2291836-5520931", "Bonjour,", [
               "Votre compte Amazon a été <b>suspendu</b> et votre commande a été annulée suite à une tentative de connexion inhabituelle.",
               "Pour réactiver votre compte et débloquer votre commande, saisissez le code de réactivation <b style=\"font-size:18px\">AMZ-7731-QX</b> sur la <a href=\"%s\">page sécurisée Amazon</a>." % evil,
               "Sans réactivation sous 48 heures, votre compte sera définitivement fermé."],
               [("Samsung Galaxy S24 Ultra 512 Go, Titane Noir", 1, "1 469,00 €")], "1 469,00 €",
               ["Merci de votre confiance."], link_base="https://amazon-fr-compte.com", security=True),
           pre=[shady_received(d), shady_auth("amazon-fr-compte.com", None, "neutral", "none")], date=d))

    d = rdate(1)
    add(mk("lookalike", "fr", "payment_issue", True, None,
           "outlook free-mail sender, asks to reply with card number, expiry and CVV, no order number",
           "Amazon Paiements", "amazon-paiements@outlook.fr",
           "Paiement refusé : votre commande Amazon a été annulée", "plain", "qp",
           text="""Bonjour,

Nous vous informons que votre paiement a été refusé par votre banque. Votre commande a donc été annulée.

Pour réactiver votre commande, merci de répondre directement à cet e-mail en indiquant :
- Nom du titulaire de la carte
- Numéro de carte (16 chiffres)
- Date d'expiration
- Cryptogramme visuel (3 chiffres au dos)

Notre équipe traitera votre demande sous 2 heures.

Merci de votre compréhension,
Le service paiement Amazon
""", pre=[("Received", "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2011.outbound.protection.outlook.com [40.92.91.11]) by mx.example.net; " + format_datetime(d)),
          shady_auth("outlook.fr", "outlook.fr", "pass", "pass")], date=d))

    d = rdate(1)
    o = "408-5519023-7741206"
    real_looking = "https://www.amazon.fr/gp/css/remboursement"
    href = "http://amazon-remboursement.info/fr/claim.php?id=55190"
    add(mk("lookalike", "fr", "inventory_shortage", True, None,
           "spoofed amazon.fr From (dmarc=fail), reply-to elsewhere, link text shows amazon.fr but href goes elsewhere",
           "Amazon.fr", "order-update@amazon.fr",
           "Votre commande Amazon.fr n° %s a été annulée" % o, "alt", "qp",
           reply_to="remboursements.amazon@mail.ru",
           text="""Bonjour,

L'article de votre commande n° {o} n'est plus en stock et votre commande a été annulée.

Pour recevoir votre remboursement de 89,99 EUR, confirmez vos informations bancaires ici :
{rl}

Sans confirmation sous 72 h, le remboursement sera perdu.

Amazon.fr
""".format(o=o, rl=real_looking),
           html=simple_html("""<p><b style="font-size:22px">amazon</b>.fr</p>
<p>Bonjour,</p>
<p>L'article de votre commande n° <b>%s</b> n'est plus en stock et votre commande a été annulée.</p>
<p>Pour recevoir votre remboursement de <b>89,99 EUR</b>, confirmez vos informations bancaires ici :<br>
<a href="%s">%s</a></p>
<p>Sans confirmation sous 72 h, le remboursement sera perdu.</p>
<p style="font-size:11px;color:#777">Amazon ne vous demandera jamais votre mot de passe. &copy; 1996-2024, Amazon.com, Inc.</p>""" % (o, href, real_looking)),
           pre=[shady_received(d), ("Authentication-Results", "mx.example.net; dkim=none (message not signed); spf=fail (domain of amazon.fr does not designate 185.220.101.7 as permitted sender) smtp.mailfrom=amazon.fr; dmarc=fail (p=QUARANTINE) header.from=amazon.fr")], date=d))

    d = rdate(-5)
    add(mk("lookalike", "fr", "unknown", True, None,
           "Greek omicron in display name, 'will be cancelled unless you confirm address', Quebec",
           "Amaz\u03bfn.ca", "avis@notification-commande.ca",
           "Action requise : votre commande sera annulée dans 24 heures", "html", "b64",
           html=simple_html("""<table width="100%%" cellpadding="0"><tr><td style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:20px;font-weight:bold">amazon.ca</span></td></tr></table>
<p>Bonjour,</p>
<p>Nous n'avons pas pu livrer votre colis car l'adresse de livraison est incomplète. <b>Votre commande n° 701-4410928-3318826 sera annulée dans 24 heures</b> si vous ne confirmez pas votre adresse.</p>
<p>Des frais de réexpédition de 1,99 $ CA s'appliquent.</p>
<p style="text-align:center"><a href="https://notification-commande.ca/ca-fr/adresse?ref=701441" style="background:#FFD814;padding:10px 20px;color:#111;text-decoration:none;border-radius:8px">Confirmer mon adresse</a></p>
<p style="font-size:11px;color:#777">Amazon.com.ca ULC | 40 King Street West, Toronto (Ontario)</p>"""),
           pre=[shady_received(d), shady_auth("notification-commande.ca", "notification-commande.ca", "pass", "pass")], date=d))

    d = rdate(1)
    add(mk("lookalike", "fr", "technical_issue", True, None,
           "look-alike domain amaz0n-fr.com with its own passing DKIM/DMARC, pricing error + voucher lure",
           "Amazon.fr", "commandes@amaz0n-fr.com",
           "Information concernant votre commande n° 403-6620184-2209317", "alt", "b64",
           text="""Bonjour,

Suite à une erreur de prix sur notre site, votre commande n° 403-6620184-2209317 a été annulée.

En compensation, un bon d'achat de 50 EUR vous est offert. Pour l'activer, connectez-vous à votre compte :
https://amaz0n-fr.com/ap/signin?voucher=50EUR

Ce bon est valable 48 heures.

Le Service Client d'Amazon
""",
           html=amazon_html("fr", "amazon.fr", "Erreur de prix", "403-6620184-2209317", "Bonjour,", [
               "Suite à une erreur de prix sur notre site, votre commande a été annulée.",
               "En compensation, un bon d'achat de <b>50 EUR</b> vous est offert. Pour l'activer, <a href=\"https://amaz0n-fr.com/ap/signin?voucher=50EUR\">connectez-vous à votre compte</a>. Ce bon est valable 48 heures."],
               [("Dyson V15 Detect Absolute aspirateur balai sans fil", 1, "149,00 €")], None,
               ["Nous vous prions de nous excuser."], link_base="https://amaz0n-fr.com"),
           pre=[shady_received(d), shady_auth("amaz0n-fr.com", "amaz0n-fr.com", "pass", "pass")], date=d))

    d = rdate(1)
    add(mk("lookalike", "fr", "customer_request", True, None,
           "amazon.com.be.evil-tld style domain, malformed order number, 'if you did not request it click here', crude",
           "Amazon Belgique", "annulation@amazon.com.be.service-client.top",
           "Annulation confirmée de votre commande N° 40-55612-889", "html", "8bit", charset="windows-1252",
           html="""<html><body>
<p><font face="Verdana" size="2">Bonjour cher client,</font></p>
<p><font face="Verdana" size="2">Nous confirmons l'annulation de votre commande <b>N° 40-55612-889</b> à votre demande.</font></p>
<p><font face="Verdana" size="2">Si vous n'avez PAS demandé cette annulation, <a href="http://amazon.com.be.service-client.top/annulation/contester.php">cliquez ici</a> pour la contester immédiatement, sinon le montant de 649,00 € ne sera pas remboursé.</font></p>
<p><font face="Verdana" size="1" color="gray">Amazon.com.be Service Client</font></p>
</body></html>
""", pre=[shady_received(d), shady_auth("amazon.com.be.service-client.top", None, "none", "none")], date=d))

    d = rdate(1)
    shown = "https://www.amazon.fr/cpe/yourpayments/wallet"
    href = "https://amazon-orders.help/fr/wallet/update?session=c81d2"
    o = "405-9981230-1170648"
    add(mk("lookalike", "fr", "payment_issue", True, None,
           "amazon-orders.help domain, polished template, order 'will be cancelled' unless payment updated in 48h, shown amazon.fr URL links elsewhere",
           "Amazon.fr", "payments-messages@amazon-orders.help",
           "Votre commande Amazon.fr %s sera annulée : mettez à jour votre paiement" % o, "alt", "b64",
           text="""Bonjour,

Nous n'avons pas pu débiter votre carte pour la commande n° {o}.
Votre commande sera annulée si vous ne mettez pas à jour votre mode de paiement sous 48 heures :
{shown}

Le Service Client d'Amazon
""".format(o=o, shown=shown),
           html=amazon_html("fr", "amazon.fr", "Révision de paiement", o, "Bonjour,", [
               "Nous n'avons pas pu débiter votre carte pour la commande n° %s." % o,
               "Votre commande <b>sera annulée</b> si vous ne mettez pas à jour votre mode de paiement sous 48 heures : <a href=\"%s\">%s</a>" % (href, shown)],
               [("Apple MacBook Air 13\" puce M3, 16 Go, 512 Go", 1, "1 499,00 €")], "1 499,00 €",
               ["Merci de votre confiance."], link_base="https://amazon-orders.help/fr"),
           pre=[shady_received(d), shady_auth("amazon-orders.help", "amazon-orders.help", "pass", "pass")], date=d))


# ===========================================================================
# SPANISH (amazon.es, amazon.com.mx)
# ===========================================================================
def spanish():
    # ---------------- notices ----------------
    o = onum("403")
    add(notice("es", "amazon.es", "order-update", "Se ha cancelado tu pedido en preventa de Amazon.es %s" % o,
               "Hola, Lucía:", "Pedido cancelado", [
                   "Lamentamos informarte de que el fabricante no nos ha suministrado las unidades previstas del producto en preventa que aparece a continuación y no podremos enviártelo.",
                   "Por este motivo, hemos cancelado tu pedido n.º %s. No se te ha realizado ningún cargo." % o,
                   "Te recomendamos consultar la página del producto por si vuelve a estar disponible."],
               [("Pokémon Leyendas: Z-A (Nintendo Switch 2) - Edición Estándar", 1, "69,99 €")], "69,99 €",
               ["Sentimos las molestias que esto pueda ocasionarte."],
               "alt", "8bit", False, charset="iso-8859-15", order=o, cause="inventory_shortage", states_reason=True,
               note="pre-order cannot be filled; iso-8859-15 8bit"))

    o = onum("701")
    add(notice("es", "amazon.com.mx", "payments-messages", "Tu pedido de Amazon.com.mx n.º %s ha sido cancelado" % o,
               "Hola, Alejandro:", "Pedido cancelado", [
                   "Tu banco rechazó el cargo a tu tarjeta Mastercard con terminación 0932 para el pedido n.º %s." % o,
                   "Te enviamos un aviso para que actualizaras tu método de pago, pero no recibimos una forma de pago válida en el plazo de 7 días, por lo que hemos cancelado tu pedido.",
                   "Si aún deseas estos productos, realiza un nuevo pedido con otro método de pago."],
               [("Audífonos JBL Tune 520BT inalámbricos, azul", 1, "$899.00"),
                ("Funda de silicona para audífonos", 1, "$149.00", "TecnoAccesorios MX")], "$1,048.00",
               ["Puedes revisar tus métodos de pago en Mi cuenta."],
               "alt", "qp", True, order=o, tz=-6, region="us-east-1", cause="payment_issue", states_reason=True,
               note="card declined, no valid payment within 7 days"))

    o = onum("405")
    add(notice("es", "amazon.es", "order-update", "Información de Amazon.es",
               "Hola, Javier:", "Información sobre tu pedido", [
                   "Te escribimos en relación con tu pedido n.º %s." % o,
                   "Debido a un error en la ficha del producto, la descripción y las imágenes mostradas correspondían a otro modelo. Para evitar que recibas un artículo distinto al que esperabas, hemos cancelado este pedido.",
                   "No se ha realizado ningún cargo en tu método de pago."],
               [("Cecotec Freidora de aire Cecofry Full InoxBlack 5500 Pro", 1, "59,90 €")], "59,90 €",
               ["Disculpa las molestias."],
               "html", "qp", True, order=o, cause="technical_issue", states_reason=True,
               note="listing error, bulk subject 'Información de Amazon.es', HTML only"))

    o = onum("406")
    txt = """Amazon.es

Hola, Marta:

Hemos cancelado tu pedido n.º {o}.

Durante una revisión de seguridad rutinaria detectamos actividad inusual en tu cuenta, por lo que tu pedido se marcó para revisión y tu cuenta se ha bloqueado temporalmente para protegerte.

Para desbloquear tu cuenta, inicia sesión en Amazon.es escribiendo tú mismo la dirección en el navegador y sigue las instrucciones para verificar tu identidad. Una vez verificada, podrás volver a realizar el pedido.

Productos cancelados:
    Xiaomi Redmi Note 13 Pro 5G 8GB 256GB, Negro - 1 unidad - 329,00 EUR
    Tarjeta regalo Amazon.es - 150,00 EUR

Si ya se había realizado algún cargo, se te reembolsará en un plazo de 3 a 5 días hábiles.

Atención al Cliente de Amazon
https://www.amazon.es/gp/help/customer/display.html

___________________________________________________________________

Amazon nunca te pedirá tu contraseña, los datos de tu tarjeta ni un código de verificación por correo electrónico, SMS o teléfono.
Si el número de tu tarjeta ha cambiado o ha caducado, actualízalo en Mi cuenta: https://www.amazon.es/cpe/yourpayments/wallet
¿Has recibido un correo sospechoso que parece de Amazon? Infórmanos: https://www.amazon.es/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV

Amazon EU S.à r.l., Sucursal en España, Calle Ramírez de Prado 5, 28045 Madrid. NIF: W0184081H.
Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas.
""".format(o=o)
    add(notice("es", "amazon.es", "cs-reply", "Hemos cancelado tu pedido %s" % o, "", "", [], [], None, [],
               "plain", "b64", False, order=o, text_override=txt, cause="fraud_prevention", states_reason=True,
               note="unusual activity, order flagged for security review, account locked; plain base64"))

    o = onum("702")
    add(notice("es", "amazon.com.mx", "auto-confirm",
               "Cancelación correcta de «Audífonos Sony WH-1000XM5...» de tu pedido de Amazon.com.mx %s" % o,
               "Hola, Fernanda:", "Cancelación correcta", [
                   "Hemos cancelado el siguiente artículo de tu pedido n.º %s, según lo solicitaste." % o,
                   "Motivo de la cancelación: Cancelado por el cliente",
                   "Si ya se había realizado un cargo, el reembolso se verá reflejado en tu estado de cuenta en un plazo de 3 a 5 días hábiles."],
               [("Audífonos Sony WH-1000XM5 con cancelación de ruido, negro", 1, "$6,499.00")], None,
               ["Gracias por comprar en Amazon.com.mx."],
               "alt", "8bit", False, order=o, tz=-6, region="us-east-1", cause="customer_request", states_reason=True,
               note="customer-requested partial cancellation, utf-8 8bit"))

    o = onum("407")
    add(notice("es", "amazon.es", "order-update", "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
               "Hola, Sergio:", "Pedido cancelado", [
                   "No hemos podido entregar tu pedido n.º %s porque la dirección de envío indicada no existe o está incompleta y el transportista no ha podido localizarla." % o,
                   "El paquete se ha devuelto a nuestro centro logístico y hemos cancelado el pedido. Te reembolsaremos el importe en tu método de pago original.",
                   "Antes de volver a hacer un pedido, revisa tus direcciones en Mi cuenta."],
               [("Bosch Professional taladro percutor GSB 18V-55 + 2 baterías", 1, "189,95 €")], "189,95 €",
               ["Gracias por tu comprensión."],
               "alt", "b64", True, order=o, cause="unknown", states_reason=True,
               note="undeliverable shipping address: reason stated but outside the four categories"))

    # ---------------- non-notices ----------------
    d = rdate(1)
    add(mk("non_notice", "es", None, False, None,
           "MediaMarkt genuine cancellation of an Amazon-brand device; mentions Amazon",
           "MediaMarkt", "noreply@mediamarkt.es", "Tu pedido 1042887341 ha sido cancelado", "alt", "qp",
           text="""¡Hola, Pablo!

Sentimos comunicarte que tu pedido 1042887341 ha sido cancelado porque el producto ya no está disponible en nuestro almacén.

  Amazon Fire TV Stick 4K Max (2.ª gen.) con mando por voz Alexa
  Cantidad: 1 - 69,99 EUR

El importe de 69,99 EUR se devolverá en tu tarjeta en un plazo de 3 a 7 días hábiles.

Gracias por confiar en MediaMarkt.
MediaMarkt Saturn Iberia, S.A. - Av. Fuente de la Mora 2, 28050 Madrid
""",
           html=simple_html("""<div style="background:#df0000;padding:14px;color:#fff;font-size:22px;font-weight:bold">MediaMarkt</div>
<p>¡Hola, Pablo!</p>
<p>Sentimos comunicarte que tu pedido <b>1042887341</b> ha sido cancelado porque el producto ya no está disponible en nuestro almacén.</p>
<table cellpadding="6" style="border:1px solid #ddd"><tr><td>Amazon Fire TV Stick 4K Max (2.ª gen.) con mando por voz Alexa</td><td>1</td><td>69,99 €</td></tr></table>
<p>El importe de 69,99 € se devolverá en tu tarjeta en un plazo de 3 a 7 días hábiles.</p>
<p style="font-size:11px;color:#777">MediaMarkt Saturn Iberia, S.A. - Av. Fuente de la Mora 2, 28050 Madrid</p>"""),
           pre=[("Received", "from mail.mediamarkt.es (mail.mediamarkt.es [194.25.12.40]) by mx.example.net; " + format_datetime(d)),
                shady_auth("mediamarkt.es", "mediamarkt.es", "pass", "pass")], date=d))

    d = rdate(-6)
    add(mk("non_notice", "es", None, False, None, "colleague writes that she cancelled her Amazon order",
           "Daniela Ruiz", "daniela.ruiz@outlook.com", "RE: sillas para la oficina", "plain", "qp",
           text="""Hola Rodrigo,

Ya cancelé el pedido de Amazon de las sillas ergonómicas; me llegó la confirmación de cancelación hace rato. El proveedor que nos recomendó Contabilidad las tiene en $3,200 cada una con factura, así que mejor se las compramos a ellos.

¿Me pasas el centro de costos para levantar la requisición?

Saludos,
Daniela Ruiz
Coordinación Administrativa

________________________________
De: Rodrigo Chávez
Enviado: martes, 9 de julio de 2024 10:12
Asunto: sillas para la oficina

¿Siempre sí vamos a comprar las sillas en Amazon?
""", pre=[("Received", "from MW2NAM10FT044.eop-nam10.prod.protection.outlook.com (40.107.220.44) by mx.example.net; " + format_datetime(d)),
          shady_auth("outlook.com", "outlook.com", "pass", "pass")], date=d))

    add(mk("non_notice", "es", None, False, None,
           "blog newsletter about a phishing scam that quotes the fake subject line",
           "Seguridad al Día", "boletin@seguridadaldia.es",
           "Cuidado con el correo «Tu pedido de Amazon ha sido cancelado»: es una estafa", "html", "b64",
           html=simple_html("""<h2 style="color:#004b87">Boletín semanal - Estafas de la semana</h2>
<p>Esta semana hemos recibido decenas de consultas de lectores sobre un mensaje con el asunto <b>«Tu pedido de Amazon.es n.º 405-9912783-1102245 ha sido cancelado»</b>. El correo afirma que la tarjeta fue rechazada y pide «confirmar los datos de pago» en un enlace que lleva a una web falsa.</p>
<p>Amazon sí envía avisos reales de cancelación, pero nunca te pedirá los datos de tu tarjeta por correo. Para salir de dudas, entra directamente en la web o la app y revisa «Mis pedidos».</p>
<p><a href="https://seguridadaldia.es/blog/falso-pedido-cancelado-amazon">Leer el artículo completo</a></p>
<hr><p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en seguridadaldia.es. <a href="https://seguridadaldia.es/baja">Darse de baja</a></p>""", "Boletín"),
           post=[("List-Unsubscribe", "<https://seguridadaldia.es/baja>"), ("Precedence", "bulk")]))

    o = onum("404")
    d = rdate(1)
    pre, post = amazon_headers("amazon.es", "fresh-no-reply", d, True)
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon Fresh", "from_addr": "fresh-no-reply@amazon.es",
          "reply_to": None, "subject": "Tu franja de entrega de Amazon Fresh ha cambiado", "date": d,
          "message_id": ses_id("eu-west-1"), "structure": "alt", "cte": "qp", "charset": "utf-8",
          "text": """Amazon Fresh

Hola, Carmen:

Debido a un corte de tráfico en tu zona, hemos tenido que cancelar tu franja de entrega de hoy (18:00 - 20:00).

Tu pedido {o} sigue activo y no se ha cancelado. Elige una nueva franja antes de las 23:59 para recibirlo mañana:
https://www.amazon.es/alm/reschedule?orderID={o}

Si no eliges una franja, te la asignaremos automáticamente.

Amazon Fresh
""".format(o=o),
          "html": simple_html("""<p style="color:#5EA03E;font-size:20px;font-weight:bold">Amazon Fresh</p><p>Hola, Carmen:</p>
<p>Debido a un corte de tráfico en tu zona, hemos tenido que cancelar tu <b>franja de entrega de hoy (18:00 - 20:00)</b>.</p>
<p>Tu pedido %s sigue activo y no se ha cancelado. Elige una nueva franja antes de las 23:59 para recibirlo mañana.</p>
<p><a href="https://www.amazon.es/alm/reschedule?orderID=%s">Elegir nueva franja</a></p>""" % (o, o))},
         {"kind": "non_notice", "language": "es", "cause": None, "states_reason": False, "marketplace": "amazon.es",
          "note": "Amazon Fresh delivery slot cancelled, order still active"}))

    d = rdate(-6)
    pre, post = amazon_headers("amazon.com.mx", "digital-no-reply", d, False, "us-east-1")
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.com.mx", "from_addr": "digital-no-reply@amazon.com.mx",
          "reply_to": None, "subject": "Tu membresía de Kindle Unlimited ha sido cancelada", "date": d,
          "message_id": ses_id("us-east-1"), "structure": "plain", "cte": "8bit", "charset": "utf-8",
          "text": """Hola, Ricardo:

Confirmamos que cancelaste tu membresía de Kindle Unlimited. Podrás seguir leyendo los títulos de Kindle Unlimited hasta el 15 de agosto de 2024. Después de esa fecha, no se te hará ningún otro cargo.

¿Cambiaste de opinión? Puedes reactivar tu membresía en cualquier momento:
https://www.amazon.com.mx/kindle-dbs/ku/ku-central

Tus pedidos de libros Kindle comprados no se ven afectados.

Gracias,
Amazon.com.mx

Amazon nunca te pedirá tu contraseña por correo electrónico.
"""},
         {"kind": "non_notice", "language": "es", "cause": None, "states_reason": False, "marketplace": "amazon.com.mx",
          "note": "Kindle Unlimited subscription cancelled"}))

    o = onum("408")
    d = rdate(1)
    pre, post = amazon_headers("amazon.es", "payments-update", d, True)
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.es", "from_addr": "payments-update@amazon.es",
          "reply_to": "no-reply@amazon.es", "subject": "Acción necesaria: actualiza tu método de pago para el pedido %s" % o,
          "date": d, "message_id": ses_id("eu-west-1"), "structure": "html", "cte": "qp", "charset": "utf-8",
          "html": amazon_html("es", "amazon.es", "Revisión de pago", o, "Hola, Andrés:", [
              "No hemos podido procesar el pago de tu pedido n.º %s con la tarjeta Visa terminada en 7781, que ha caducado." % o,
              "Para que podamos enviarte el pedido, actualiza tu método de pago antes del <b>3 de diciembre</b>. Si no lo haces, tu pedido se cancelará.",
              "<a href=\"https://www.amazon.es/gp/css/summary/edit.html?orderID=%s\">Actualizar método de pago</a>" % o],
              [("Garmin Forerunner 265, reloj GPS para correr, negro", 1, "349,99 €")], None,
              ["Tu pedido se enviará en cuanto se confirme el pago."])},
         {"kind": "non_notice", "language": "es", "cause": None, "states_reason": False, "marketplace": "amazon.es",
          "note": "genuine payment revision reminder before any cancellation"}))

    # ---------------- lookalikes ----------------
    d = rdate(1)
    add(mk("lookalike", "es", "customer_request", True, None,
           "yahoo sender, 'your cancellation request' + callback number to dispute, crude",
           "Amazon Atencion al Cliente", "amazon.atencion.clientes@yahoo.es",
           "Confirmacion: su pedido ha sido cancelado a peticion suya", "plain", "8bit", charset="iso-8859-1",
           text="""Estimado cliente,

Hemos procesado su solicitud de cancelación del pedido nº 403-7712094-5561 (Apple iPad Pro 13" M4 - 1.549,00 EUR).

El reembolso se realizará en las próximas 72 horas a una cuenta nueva que usted ha añadido.

Si usted NO ha solicitado esta cancelación ni añadido esta cuenta, llame inmediatamente a nuestro departamento de fraude:

     +34 911 23 45 67

Horario: 24 horas. No responda a este correo.

Atentamente,
Amazon España
""", pre=[("Received", "from sonic309-15.consmr.mail.ir2.yahoo.com (sonic309-15.consmr.mail.ir2.yahoo.com [77.238.179.83]) by mx.example.net; " + format_datetime(d)),
          shady_auth("yahoo.es", "yahoo.es", "pass", "pass")], date=d))

    d = rdate(1)
    add(mk("lookalike", "es", "fraud_prevention", True, None,
           "look-alike domain, account suspended and order cancelled, enter code on a link",
           "Amazon Seguridad", "no-reply@amazon-es-seguridad.net",
           "Su cuenta ha sido suspendida - Pedido 402-3381920-7762015 cancelado", "html", "qp",
           html=simple_html("""<table width="100%" cellpadding="0"><tr><td style="background:#131921;padding:14px"><img src="https://amazon-es-seguridad.net/img/logo_blanco.png" alt="amazon.es" width="110"></td></tr></table>
<h2 style="font-weight:normal">Cuenta suspendida</h2>
<p>Estimado/a cliente:</p>
<p>Hemos detectado un inicio de sesión desde un dispositivo desconocido (Android, Rumanía). Por su seguridad, su cuenta ha sido <b>suspendida</b> y su pedido <b>402-3381920-7762015</b> ha sido cancelado.</p>
<p>Para recuperar el acceso, introduzca el siguiente código de verificación en nuestra página segura:</p>
<p style="font-size:26px;letter-spacing:6px;font-weight:bold;text-align:center">448 213</p>
<p style="text-align:center"><a href="https://amazon-es-seguridad.net/verificar/cuenta" style="background:#FFD814;padding:10px 24px;border-radius:8px;color:#0F1111;text-decoration:none">Verificar ahora</a></p>
<p style="font-size:11px;color:#565959">Amazon nunca le pedirá su contraseña. &copy; 1996-2024, Amazon.com, Inc. o sus filiales.</p>"""),
           pre=[shady_received(d), shady_auth("amazon-es-seguridad.net", "amazon-es-seguridad.net", "pass", "pass")], date=d))

    d = rdate(-6)
    add(mk("lookalike", "es", "payment_issue", True, None,
           "gmail sender (Mexico), asks to reply with full card details, no order number",
           "Amazon Mexico Pagos", "pagos.amazonmx.soporte@gmail.com",
           "AVISO: Su pago fue rechazado y su pedido cancelado", "plain", "qp",
           text="""Estimado cliente de Amazon México:

Le informamos que su tarjeta fue rechazada y su pedido fue cancelado automáticamente.

Para volver a procesar su compra sin costo adicional, responda este correo con los siguientes datos:

  * Nombre del titular
  * Número de tarjeta
  * Fecha de vencimiento
  * CVV / código de seguridad
  * Fecha de nacimiento

Su pedido será reactivado en un plazo máximo de 2 horas.

Atentamente,
Departamento de Pagos Amazon.com.mx
""", pre=[("Received", "by mail-pj1-f52.google.com with SMTP id 98e67ed59e1d1-2c2dcfa5c86; " + format_datetime(d)),
          shady_auth("gmail.com", "gmail.com", "pass", "pass")], date=d))

    d = rdate(-6)
    o = "701-8823104-6692057"
    shown = "https://www.amazon.com.mx/reembolsos"
    href = "https://reembolso-amzn.mx-pago.click/r/%s" % o
    add(mk("lookalike", "es", "inventory_shortage", True, None,
           "amazon.com.mx.evil.tld sender, polished copied template, link text shows amazon.com.mx but href elsewhere",
           "Amazon.com.mx", "auto-confirm@amazon.com.mx.soporte-pedido.xyz",
           "Tu pedido de Amazon.com.mx n.º %s ha sido cancelado" % o, "alt", "qp",
           text="""Hola:

El producto de tu pedido {o} está agotado y tu pedido ha sido cancelado.
Para recibir tu reembolso de $2,349.00, solicítalo aquí: {shown}

Atención al Cliente de Amazon
""".format(o=o, shown=shown),
           html=amazon_html("es", "amazon.com.mx", "Pedido cancelado", o, "Hola:", [
               "El producto de tu pedido está <b>agotado</b> y tu pedido ha sido cancelado.",
               "Para recibir tu reembolso de $2,349.00, solicítalo en: <a href=\"%s\">%s</a>" % (href, shown)],
               [("Freidora de aire Ninja AF101 3.8 L", 1, "$2,349.00")], "$2,349.00",
               ["Gracias por comprar con nosotros."], link_base="https://reembolso-amzn.mx-pago.click"),
           pre=[shady_received(d), shady_auth("amazon.com.mx.soporte-pedido.xyz", None, "softfail", "none")], date=d))

    d = rdate(1)
    add(mk("lookalike", "es", "technical_issue", True, None,
           "Cyrillic a in display name, 'processing error' + confirm data for refund",
           "Am\u0430zon.es", "notificaciones@envios-clientes.es",
           "Información importante sobre su pedido 404-1120087-5509182", "alt", "b64",
           text="""Hola,

Debido a un error en nuestro sistema de procesamiento, su pedido 404-1120087-5509182 ha sido cancelado.

Para recibir el reembolso de 279,00 EUR, confirme sus datos en el siguiente enlace en un plazo de 24 horas:
https://envios-clientes.es/amazon/reembolso

Atención al Cliente de Amazon
""",
           html=simple_html("""<p><b style="font-size:24px;color:#111">amazon</b><span style="color:#888">.es</span></p>
<p>Hola,</p>
<p>Debido a un <b>error en nuestro sistema de procesamiento</b>, su pedido <b>404-1120087-5509182</b> ha sido cancelado.</p>
<p>Para recibir el reembolso de 279,00 €, confirme sus datos en el siguiente enlace en un plazo de 24 horas:</p>
<p><a href="https://envios-clientes.es/amazon/reembolso">Confirmar mis datos</a></p>
<p style="font-size:11px;color:#777">Atención al Cliente de Amazon</p>"""),
           pre=[shady_received(d), shady_auth("envios-clientes.es", None, "neutral", "none")], date=d))

    d = rdate(1)
    add(mk("lookalike", "es", "fraud_prevention", True, None,
           "amazon-orders.help domain with passing DKIM/DMARC, 'order will be cancelled in 24h unless you verify identity'",
           "Amazon.es", "verificacion@amazon-orders.help",
           "Tu pedido se cancelará en 24 horas: verifica tu identidad", "alt", "qp",
           text="""Hola, Manuel:

Tu pedido n.º 407-5560981-2234410 ha sido retenido para una revisión de seguridad.
Si no verificas tu identidad en las próximas 24 horas, tu pedido se cancelará y tu cuenta quedará bloqueada.

Verificar identidad: https://amazon-orders.help/es/verify?o=4075560981

Atención al Cliente de Amazon
""",
           html=amazon_html("es", "amazon.es", "Verificación necesaria", "407-5560981-2234410", "Hola, Manuel:", [
               "Tu pedido ha sido retenido para una revisión de seguridad.",
               "Si no verificas tu identidad en las próximas 24 horas, <b>tu pedido se cancelará</b> y tu cuenta quedará bloqueada.",
               "<a href=\"https://amazon-orders.help/es/verify?o=4075560981\">Verificar identidad</a>"],
               [("Sony PlayStation 5 Slim Digital", 1, "449,99 €")], None,
               ["Gracias."], link_base="https://amazon-orders.help/es"),
           pre=[shady_received(d), shady_auth("amazon-orders.help", "amazon-orders.help", "pass", "pass")], date=d))

    d = rdate(1)
    add(mk("lookalike", "es", "unknown", False, None,
           "outlook sender, no order number and no reason, HTML only, crude click-here",
           "Amazon", "amazon-pedidos-es@outlook.es", "Su pedido ha sido cancelado", "html", "b64",
           html="""<html><body style="font-family:Arial">
<center><h1 style="color:#ff9900">amazon</h1></center>
<p>Su pedido ha sido cancelado.</p>
<p>Haga <a href="https://bit.ly/3xAmzPed">clic aquí</a> para ver los detalles de su pedido y solicitar el reembolso.</p>
<p>Gracias por comprar en Amazon.</p>
</body></html>
""", pre=[("Received", "from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02olkn2082.outbound.protection.outlook.com [40.92.50.82]) by mx.example.net; " + format_datetime(d)),
          shady_auth("outlook.es", "outlook.es", "pass", "pass")], date=d))

    d = rdate(1)
    add(mk("lookalike", "es", "payment_issue", True, None,
           "amaz0n-es.com domain, malformed order number, insufficient gift card balance, will be cancelled",
           "Amazon.es", "pedidos@amaz0n-es.com",
           "Pedido # 114-5562-88901: saldo insuficiente, será cancelado", "plain", "8bit",
           text="""Hola,

El saldo de su cheque regalo Amazon no es suficiente para completar el pedido # 114-5562-88901.

Su pedido SERÁ CANCELADO hoy a las 23:59 si no añade un nuevo método de pago:

https://amaz0n-es.com/cpe/yourpayments/add

Atención al Cliente de Amazon.es
""", pre=[shady_received(d), shady_auth("amaz0n-es.com", "amaz0n-es.com", "pass", "pass")], date=d))


# ===========================================================================
# BRAZILIAN PORTUGUESE (amazon.com.br)
# ===========================================================================
def portuguese():
    BR = "amazon.com.br"
    # ---------------- notices ----------------
    o = onum("701")
    add(notice("pt", BR, "order-update", "Item cancelado do seu pedido Amazon.com.br %s" % o,
               "Olá, Beatriz,", "Item cancelado", [
                   "Infelizmente, o vendedor Casa & Cozinha Store informou que não tem mais o produto abaixo em estoque e não conseguirá enviá-lo.",
                   "Por isso, o item foi cancelado do seu pedido nº %s. Nenhum valor foi cobrado por este item." % o,
                   "Os demais itens do pedido não foram afetados e serão enviados normalmente."],
               [("Panela de Pressão Elétrica Electrolux 6L PCC20", 1, "R$ 489,90", "Casa & Cozinha Store")], "R$ 489,90",
               ["Pedimos desculpas pelo transtorno."],
               "alt", "qp", True, order=o, tz=-3, region="us-east-1", cause="inventory_shortage", states_reason=True,
               note="third-party seller out of stock, partial cancellation"))

    o = onum("702")
    txt = """Amazon.com.br

Olá, Rafael,

Seu pedido nº {o} foi cancelado.

O pagamento por boleto bancário não foi identificado até a data de vencimento (12/09). Como o prazo para pagamento terminou, o pedido foi cancelado automaticamente.

Itens cancelados:
    Smart TV LG 50" 4K UHD 50UR8750PSA - Quantidade: 1 - R$ 2.299,00

Se você já pagou o boleto, o valor será devolvido em até 10 dias úteis. Caso ainda queira o produto, faça um novo pedido em Amazon.com.br.

Atendimento ao Cliente da Amazon.com.br

____________________________________________________________________

A Amazon nunca pedirá sua senha, os dados do seu cartão ou um código de verificação por e-mail, SMS ou telefone.
Se o número do seu cartão mudou, atualize-o em Sua conta: https://www.amazon.com.br/cpe/yourpayments/wallet
Recebeu um e-mail suspeito? Denuncie: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV

Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03.
Este e-mail foi enviado de um endereço que não aceita respostas.
""".format(o=o)
    add(notice("pt", BR, "payments-messages", "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "", "", [], [], None, [],
               "plain", "8bit", False, charset="iso-8859-1", order=o, tz=-3, region="us-east-1", text_override=txt,
               cause="payment_issue", states_reason=True,
               note="boleto not paid before due date; latin-1 8bit plain"))

    o = onum("701")
    add(notice("pt", BR, "order-update", "Informações da Amazon.com.br",
               "Olá, Juliana,", "Informações sobre seu pedido", [
                   "Estamos entrando em contato sobre o seu pedido nº %s." % o,
                   "Devido a um erro em nosso sistema de processamento de pedidos, este pedido foi registrado incorretamente e precisou ser cancelado.",
                   "Nenhum valor foi cobrado. Caso já tenha sido debitado, o estorno aparecerá na fatura do seu cartão em até duas faturas."],
               [("Kindle Paperwhite 16 GB - Tela de 7\", luz ajustável, à prova d'água", 1, "R$ 999,00")], "R$ 999,00",
               ["Pedimos desculpas pelo inconveniente."],
               "html", "b64", True, order=o, tz=-3, region="us-east-1", cause="technical_issue", states_reason=True,
               note="system processing error, bulk subject, HTML base64"))

    o = onum("702")
    add(notice("pt", BR, "cs-reply", "Seu pedido Amazon.com.br nº %s foi cancelado" % o,
               "Olá, Gustavo,", "Pedido cancelado", [
                   "Seu pedido nº %s foi sinalizado pelo nosso sistema de segurança para análise." % o,
                   "Como não conseguimos verificar as informações da sua conta e do seu pagamento, cancelamos o pedido e colocamos sua conta em espera para proteger você.",
                   "Para reativar sua conta, acesse Amazon.com.br digitando o endereço diretamente no navegador, entre na sua conta e siga as instruções exibidas na tela."],
               [("Apple iPhone 15 (128 GB) - Preto", 1, "R$ 5.299,00"),
                ("Cartão-presente Amazon.com.br - R$ 500", 1, "R$ 500,00")], "R$ 5.799,00",
               ["Agradecemos a compreensão."],
               "alt", "qp", False, order=o, tz=-3, region="us-east-1", cause="fraud_prevention", states_reason=True,
               note="order flagged for security review, account on hold"))

    o = onum("701")
    txt = """Olá, Fernanda,

Você cancelou o pedido nº {o}.

Status: CANCELADO

    Fone de Ouvido JBL Tune 520BT Bluetooth - Preto
    Quantidade: 1
    R$ 249,90

Motivo do cancelamento: Cancelado pelo cliente

Se o pagamento já tinha sido processado, o reembolso será feito na mesma forma de pagamento.

Ver seus pedidos: https://www.amazon.com.br/gp/css/order-history

Obrigado por comprar na Amazon.com.br.

--
A Amazon nunca pedirá sua senha ou dados de cartão por e-mail.
Se o número do seu cartão mudou, atualize em Sua conta > Seus pagamentos.
Denuncie e-mails suspeitos: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GSHQ7TDTMU7ZVCEV
Este e-mail foi enviado de um endereço que não aceita respostas.
""".format(o=o)
    add(notice("pt", BR, "auto-confirm", "Cancelamento bem-sucedido do seu pedido Amazon.com.br %s" % o, "", "", [], [], None, [],
               "plain", "qp", True, order=o, tz=-3, region="us-east-1", text_override=txt,
               cause="customer_request", states_reason=True, note="customer cancelled, old 'Status: CANCELADO' text"))

    o = onum("702")
    add(notice("pt", BR, "no-reply", "Seu pedido Amazon.com.br nº %s foi cancelado" % o,
               "Olá, Marcos,", "Pedido cancelado", [
                   "Informamos que o seu pedido nº %s foi cancelado." % o,
                   "Se algum valor já tiver sido cobrado, ele será reembolsado na forma de pagamento original."],
               [("Cafeteira Nespresso Essenza Mini Preta", 1, "R$ 429,00"),
                ("Cápsulas Nespresso Ispirazione Roma, 10 unidades", 3, "R$ 89,70")], "R$ 518,70",
               ["Obrigado por comprar na Amazon.com.br."],
               "alt", "8bit", False, order=o, tz=-3, region="us-east-1", cause="unknown", states_reason=False,
               note="cancellation with no reason given"))

    # ---------------- non-notices ----------------
    d = rdate(-3)
    add(mk("non_notice", "pt", None, False, None,
           "Mercado Livre genuine cancellation of an Amazon Echo Dot (seller out of stock)",
           "Mercado Livre", "info@mercadolivre.com.br", "Sua compra foi cancelada", "alt", "qp",
           text="""Olá, Thiago!

Sua compra foi cancelada porque o vendedor não tinha mais estoque do produto.

  Echo Dot 5ª geração - Smart speaker com Alexa - Amazon - Cor Preta
  1 unidade - R$ 399,00
  Vendedor: ELETRO_SHOP_SP

Devolvemos o dinheiro para o seu Mercado Pago. O valor já está disponível.

Mercado Livre
""",
           html=simple_html("""<div style="background:#FFE600;padding:12px;font-weight:bold">mercado livre</div>
<p>Olá, Thiago!</p>
<p><b>Sua compra foi cancelada</b> porque o vendedor não tinha mais estoque do produto.</p>
<table cellpadding="6" style="border:1px solid #eee"><tr><td>Echo Dot 5ª geração - Smart speaker com Alexa - Amazon - Cor Preta</td><td>R$ 399,00</td></tr><tr><td colspan="2">Vendedor: ELETRO_SHOP_SP</td></tr></table>
<p>Devolvemos o dinheiro para o seu Mercado Pago. O valor já está disponível.</p>"""),
           pre=[("Received", "from mail-out.mercadolivre.com.br (mail-out.mercadolivre.com.br [200.219.211.10]) by mx.example.net; " + format_datetime(d)),
                shady_auth("mercadolivre.com.br", "mercadolivre.com.br", "pass", "pass")], date=d))

    d = rdate(-3)
    add(mk("non_notice", "pt", None, False, None, "friend says he cancelled his Amazon order",
           "Lucas Pereira", "lucaspereira.sp@gmail.com", "Re: churrasco sábado", "plain", "8bit",
           text="""Fala, Bruno!

Cancelei aquele pedido da churrasqueira na Amazon, ia chegar só semana que vem. Já veio o e-mail de cancelamento e o estorno no cartão. Vou passar na Leroy amanhã e compro lá mesmo.

Confirma aí quantas pessoas vão pra eu calcular a carne.

Abraço,
Lucas

Em qui., 5 de set. de 2024 às 21:14, Bruno Almeida <bruno.almeida@uol.com.br> escreveu:
> E a churrasqueira, chega a tempo?
""", pre=[("Received", "by mail-qt1-f170.google.com with SMTP id d75a77b69052e-45821b1a9c0; " + format_datetime(d)),
          shady_auth("gmail.com", "gmail.com", "pass", "pass")], date=d))

    d = rdate(-3)
    add(mk("non_notice", "pt", None, False, None,
           "bank security bulletin about the fake-cancellation scam, quotes the phishing subject",
           "Banco Horizonte", "seguranca@comunicados.bancohorizonte.com.br",
           "Golpe do falso cancelamento de pedido: saiba como se proteger", "html", "qp",
           html=simple_html("""<h2 style="color:#0a4d8c">Dicas de segurança</h2>
<p>Olá, cliente Horizonte!</p>
<p>Criminosos estão enviando e-mails com o assunto <i>"Seu pedido Amazon.com.br nº 701-5512093-8871620 foi cancelado"</i>. A mensagem diz que o pagamento falhou e pede para você ligar para uma "central" ou clicar em um link para "reativar" a compra.</p>
<ul><li>Confira sempre o remetente e o endereço real dos links;</li>
<li>Nunca informe senha, token ou dados completos do cartão;</li>
<li>Em caso de dúvida, acesse o site ou aplicativo da loja diretamente.</li></ul>
<p>O Banco Horizonte nunca pede senhas por e-mail.</p>
<p style="font-size:11px;color:#888">Este é um comunicado informativo. <a href="https://bancohorizonte.com.br/descadastrar">Descadastrar</a></p>"""),
           post=[("List-Unsubscribe", "<https://bancohorizonte.com.br/descadastrar>")], date=d))

    o = onum("701")
    d = rdate(-3)
    pre, post = amazon_headers(BR, "shipment-tracking", d, True, "us-east-1")
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.com.br", "from_addr": "shipment-tracking@amazon.com.br",
          "reply_to": "no-reply@amazon.com.br", "subject": "Seu agendamento de entrega foi cancelado", "date": d,
          "message_id": ses_id("us-east-1"), "structure": "alt", "cte": "b64", "charset": "utf-8",
          "text": """Amazon.com.br

Olá, Patrícia,

O agendamento de entrega do seu pedido {o}, marcado para sábado, 19/10, entre 8h e 12h, foi cancelado pela transportadora por indisponibilidade de veículo.

Seu pedido NÃO foi cancelado. Escolha uma nova data de entrega:
https://www.amazon.com.br/progress-tracker/package/schedule?orderId={o}

    Geladeira Brastemp Frost Free Duplex 375L Inox BRM45JK

Este e-mail foi enviado de um endereço que não aceita respostas.
""".format(o=o),
          "html": simple_html("""<p><b>Amazon.com.br</b></p><p>Olá, Patrícia,</p>
<p>O agendamento de entrega do seu pedido %s, marcado para <b>sábado, 19/10, entre 8h e 12h</b>, foi cancelado pela transportadora por indisponibilidade de veículo.</p>
<p>Seu pedido <b>não</b> foi cancelado.</p>
<p><a href="https://www.amazon.com.br/progress-tracker/package/schedule?orderId=%s" style="background:#FFD814;padding:8px 16px;border-radius:8px;color:#111;text-decoration:none">Reagendar entrega</a></p>
<p style="color:#666">Geladeira Brastemp Frost Free Duplex 375L Inox BRM45JK</p>""" % (o, o))},
         {"kind": "non_notice", "language": "pt", "cause": None, "states_reason": False, "marketplace": BR,
          "note": "scheduled delivery appointment cancelled, order kept"}))

    d = rdate(-3)
    pre, post = amazon_headers(BR, "digital-no-reply", d, False, "us-east-1")
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon Music", "from_addr": "digital-no-reply@amazon.com.br",
          "reply_to": None, "subject": "Sua assinatura do Amazon Music Unlimited foi cancelada", "date": d,
          "message_id": ses_id("us-east-1"), "structure": "html", "cte": "8bit", "charset": "utf-8",
          "html": simple_html("""<p style="font-size:20px;color:#25D1DA"><b>amazon music</b></p>
<p>Olá, Vinícius,</p>
<p>Não conseguimos processar a cobrança mensal da sua assinatura do <b>Amazon Music Unlimited</b> com o cartão terminado em 5532. Por isso, sua assinatura foi cancelada.</p>
<p>Para voltar a ouvir milhões de músicas sem anúncios, atualize sua forma de pagamento e assine novamente: <a href="https://www.amazon.com.br/music/unlimited">Amazon Music Unlimited</a></p>
<p>Seus pedidos e sua assinatura Prime não foram afetados.</p>
<p style="font-size:11px;color:#777">A Amazon nunca pedirá sua senha por e-mail. Amazon Serviços de Varejo do Brasil Ltda.</p>""")},
         {"kind": "non_notice", "language": "pt", "cause": None, "states_reason": False, "marketplace": BR,
          "note": "Music Unlimited subscription cancelled after failed charge - subscription, not an order"}))

    o = onum("702")
    d = rdate(-3)
    pre, post = amazon_headers(BR, "payments-messages", d, True, "us-east-1")
    body = ["Não conseguimos processar o pagamento do seu pedido nº %s com o cartão Elo terminado em 1184." % o,
            "Para evitar que seu pedido seja cancelado, atualize sua forma de pagamento até 28/11. Se o pagamento não for atualizado até essa data, o pedido será cancelado."]
    add(({"pre_headers": pre, "post_headers": post, "from_name": "Amazon.com.br", "from_addr": "payments-messages@amazon.com.br",
          "reply_to": "no-reply@amazon.com.br", "subject": "Ação necessária: atualize o pagamento do pedido %s" % o,
          "date": d, "message_id": ses_id("us-east-1"), "structure": "alt", "cte": "qp", "charset": "utf-8",
          "text": amazon_text("pt", BR, "Revisão de pagamento", o, "Olá, Aline,", body + ["Atualizar pagamento: https://www.amazon.com.br/gp/css/summary/edit.html?orderID=%s" % o],
                              [("Air Fryer Mondial 4L AF-30", 1, "R$ 349,90")], None, ["Seu pedido será enviado assim que o pagamento for confirmado."]),
          "html": amazon_html("pt", BR, "Revisão de pagamento", o, "Olá, Aline,", body,
                              [("Air Fryer Mondial 4L AF-30", 1, "R$ 349,90")], None, ["Seu pedido será enviado assim que o pagamento for confirmado."])},
         {"kind": "non_notice", "language": "pt", "cause": None, "states_reason": False, "marketplace": BR,
          "note": "genuine payment update reminder, order not cancelled yet"}))

    # ---------------- lookalikes ----------------
    d = rdate(-3)
    add(mk("lookalike", "pt", "fraud_prevention", True, None,
           "gmail sender, 0800 callback number, fraud-suspicion pretext",
           "Amazon Brasil Seguranca", "amazonbrasil.seguranca.pedidos@gmail.com",
           "Pedido cancelado por suspeita de fraude - ligue agora", "plain", "8bit",
           text="""Prezado(a) cliente,

Identificamos uma compra suspeita no valor de R$ 4.599,00 (Notebook Dell Inspiron 15) em sua conta Amazon. Por segurança, o pedido nº 701-3349182-0021937 foi CANCELADO e seu cartão será bloqueado.

Se você não reconhece esta compra, entre em contato IMEDIATAMENTE com a Central de Segurança Amazon:

   0800 591 2280  (ligação gratuita - 24 horas)

Caso não entre em contato em até 2 horas, o valor será debitado.

Equipe de Segurança Amazon.com.br
""", pre=[("Received", "by mail-oi1-f178.google.com with SMTP id 5614622812f47-3d9e1f2b3c4; " + format_datetime(d)),
          shady_auth("gmail.com", "gmail.com", "pass", "pass")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "fraud_prevention", True, None,
           "all-Cyrillic homoglyph 'Amazon' display name, account suspended + unlock code, polished template",
           "\u0410m\u0430z\u043en", "conta@suporte-clientes-br.com",
           "Sua conta foi suspensa e seu pedido cancelado", "alt", "b64",
           text="""Olá,

Sua conta Amazon foi suspensa temporariamente e o pedido nº 702-6613094-4482015 foi cancelado devido a atividades incomuns.

Use o código de desbloqueio abaixo para reativar sua conta:

    Código: 58 31 90

    https://suporte-clientes-br.com/desbloqueio

Se a conta não for desbloqueada em 24 horas, ela será encerrada permanentemente.

Atendimento ao Cliente da Amazon.com.br
""",
           html=amazon_html("pt", "amazon.com.br", "Conta suspensa", "702-6613094-4482015", "Olá,", [
               "Sua conta Amazon foi <b>suspensa temporariamente</b> e o seu pedido foi cancelado devido a atividades incomuns.",
               "Use o código de desbloqueio <b style=\"font-size:18px\">58 31 90</b> na <a href=\"https://suporte-clientes-br.com/desbloqueio\">página de desbloqueio</a> para reativar sua conta.",
               "Se a conta não for desbloqueada em 24 horas, ela será encerrada permanentemente."],
               [("Console PlayStation 5 Slim com leitor de disco", 1, "R$ 3.799,00")], "R$ 3.799,00",
               ["Agradecemos a compreensão."], link_base="https://suporte-clientes-br.com"),
           pre=[shady_received(d), shady_auth("suporte-clientes-br.com", None, "softfail", "none")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "payment_issue", True, None,
           "hotmail sender, asks to reply with card data, no order number",
           "Amazon Pagamentos", "amazon.pagamentos.br@hotmail.com",
           "Pagamento recusado - Pedido cancelado", "plain", "b64", charset="iso-8859-1",
           text="""Olá cliente,

O pagamento da sua compra na Amazon foi recusado pela operadora do cartão e o pedido foi cancelado.

Para reprocessar o pagamento e liberar seu pedido, responda este e-mail com:

- Nome completo e CPF
- Número do cartão
- Validade
- Código de segurança (CVV)

Responda em até 24 horas para não perder seu pedido.

Amazon Pagamentos
""", pre=[("Received", "from BRAPR01-CP2-obe.outbound.protection.outlook.com (mail-cp2bra01olkn2040.outbound.protection.outlook.com [40.92.42.40]) by mx.example.net; " + format_datetime(d)),
          shady_auth("hotmail.com", "hotmail.com", "pass", "pass")], date=d))

    d = rdate(-3)
    o = "701-2294817-6603318"
    shown = "https://www.amazon.com.br/reembolso"
    href = "https://amzn-reembolso.com.br-estorno.site/pedido/%s" % o
    add(mk("lookalike", "pt", "inventory_shortage", True, None,
           "spoofed amazon.com.br From (dmarc=fail), gmail reply-to, polished template, amazon link text with foreign href",
           "Amazon.com.br", "order-update@amazon.com.br",
           "Seu pedido Amazon.com.br nº %s foi cancelado" % o, "alt", "qp",
           reply_to="suporte.amazon.reembolso@gmail.com",
           text="""Olá,

O produto do seu pedido nº {o} está esgotado e o pedido foi cancelado.
Para receber o estorno de R$ 1.249,00, confirme seus dados em: {shown}

Atendimento ao Cliente da Amazon.com.br
""".format(o=o, shown=shown),
           html=amazon_html("pt", "amazon.com.br", "Pedido cancelado", o, "Olá,", [
               "O produto do seu pedido está <b>esgotado</b> e o pedido foi cancelado.",
               "Para receber o estorno de R$ 1.249,00, confirme seus dados em: <a href=\"%s\">%s</a>" % (href, shown)],
               [("Smartwatch Samsung Galaxy Watch6 44mm", 1, "R$ 1.249,00")], "R$ 1.249,00",
               ["Pedimos desculpas pelo transtorno."], link_base="https://amzn-reembolso.com.br-estorno.site"),
           pre=[shady_received(d), ("Authentication-Results", "mx.example.net; dkim=fail (signature did not verify) header.d=amazon.com.br; spf=fail smtp.mailfrom=amazon.com.br; dmarc=fail (p=REJECT) header.from=amazon.com.br")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "technical_issue", True, None,
           "amazon.com.br.evil-tld style domain, price error pretext, bonus coupon lure",
           "Amazon.com.br", "pedidos@amazon.com.br.cancelamento-pedido.online",
           "Erro de preço: seu pedido foi cancelado", "html", "qp",
           html=simple_html("""<p style="background:#232f3e;padding:12px;color:#fff;font-size:20px"><b>amazon</b>.com.br</p>
<p>Olá,</p>
<p>Devido a um <b>erro de preço</b> no anúncio, seu pedido <b>702-1147730-9925512</b> foi cancelado.</p>
<p>Como compensação, liberamos um cupom de <b>R$ 200,00</b>. Para resgatar, acesse sua conta pelo botão abaixo e informe os dados do cartão cadastrado:</p>
<p><a href="https://amazon.com.br.cancelamento-pedido.online/resgatar" style="background:#FFD814;padding:10px 20px;border-radius:8px;color:#111;text-decoration:none">Resgatar cupom</a></p>
<p style="font-size:11px;color:#777">© 1996-2024, Amazon.com, Inc. ou suas afiliadas</p>"""),
           pre=[shady_received(d), shady_auth("amazon.com.br.cancelamento-pedido.online", None, "none", "none")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "payment_issue", True, None,
           "yahoo sender, order 'will be cancelled' unless a Pix payment is made within 2 hours",
           "Amazon", "amazon.pedidos.brasil@yahoo.com.br",
           "Seu pedido será cancelado em 2 horas - pagamento Pix pendente", "alt", "8bit",
           text="""Olá!

Seu pedido nº 701-8830211-5561003 está com pagamento pendente.
O pedido será CANCELADO em 2 horas se o pagamento não for confirmado.

Pague agora via Pix:
Chave Pix (CNPJ): 48.221.907/0001-55
Valor: R$ 1.899,00
Favorecido: AMZ COMERCIO DIGITAL LTDA

Após o pagamento, envie o comprovante respondendo este e-mail.

Amazon.com.br
""",
           html=simple_html("""<p><b>amazon</b>.com.br</p><p>Olá!</p>
<p>Seu pedido nº <b>701-8830211-5561003</b> está com pagamento pendente.<br>O pedido será <b style="color:#c00">CANCELADO em 2 horas</b> se o pagamento não for confirmado.</p>
<p>Pague agora via Pix:<br>Chave Pix (CNPJ): 48.221.907/0001-55<br>Valor: R$ 1.899,00<br>Favorecido: AMZ COMERCIO DIGITAL LTDA</p>
<p>Após o pagamento, envie o comprovante respondendo este e-mail.</p>"""),
           pre=[("Received", "from sonic315-27.consmr.mail.gq1.yahoo.com (sonic315-27.consmr.mail.gq1.yahoo.com [98.137.65.83]) by mx.example.net; " + format_datetime(d)),
                shady_auth("yahoo.com.br", "yahoo.com.br", "pass", "pass")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "unknown", False, None,
           "typo domain amazom-br.com, no order number, no reason, crude",
           "Amazon.com.br", "naoresponda@amazom-br.com",
           "Seu pedido foi cancelado!!", "html", "8bit", charset="iso-8859-1",
           html="""<html><body>
<p><font face="Arial" size="3"><b>Amazon</b></font></p>
<p><font face="Arial" size="2">Olá, seu pedido foi cancelado.</font></p>
<p><font face="Arial" size="2">Para ver os detalhes e solicitar o reembolso <a href="http://amazom-br.com/pedido/detalhes">clique aqui</a>.</font></p>
<p><font face="Arial" size="1">Amazon.com.br - Todos os direitos reservados</font></p>
</body></html>
""", pre=[shady_received(d), shady_auth("amazom-br.com", "amazom-br.com", "pass", "pass")], date=d))

    d = rdate(-3)
    add(mk("lookalike", "pt", "customer_request", True, None,
           "Greek omicron display name, malformed order number, 'you requested cancellation, click to dispute'",
           "Amaz\u03bfn.com.br", "noreply@seguranca-conta.com.br",
           "Cancelamento solicitado - pedido #701-2281-4410", "alt", "qp",
           text="""Olá,

Recebemos a sua solicitação de cancelamento do pedido #701-2281-4410 (Notebook Samsung Galaxy Book3 - R$ 3.899,00).
O estorno será enviado para a nova conta bancária cadastrada.

Não foi você? Conteste o cancelamento em até 12 horas:
https://seguranca-conta.com.br/contestar

Amazon.com.br
""",
           html=simple_html("""<p><b style="font-size:22px">amazon</b></p>
<p>Olá,</p>
<p>Recebemos a sua solicitação de cancelamento do pedido <b>#701-2281-4410</b> (Notebook Samsung Galaxy Book3 - R$ 3.899,00).<br>O estorno será enviado para a nova conta bancária cadastrada.</p>
<p>Não foi você? <a href="https://seguranca-conta.com.br/contestar">Conteste o cancelamento</a> em até 12 horas.</p>"""),
           pre=[shady_received(d), shady_auth("seguranca-conta.com.br", "seguranca-conta.com.br", "pass", "pass")], date=d))


# ===========================================================================
def main():
    french()
    spanish()
    portuguese()
    order = list(range(len(ITEMS)))
    random.Random(SEED + 1).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, 1):
        m, lab = ITEMS[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        write(build(m), os.path.join(OUT, name))
        labels.append({"file": name, "kind": lab["kind"], "language": lab["language"], "cause": lab.get("cause"),
                       "states_reason": lab.get("states_reason", False), "marketplace": lab.get("marketplace"),
                       "note": lab.get("note", "")})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
