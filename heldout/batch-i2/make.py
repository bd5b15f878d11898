#!/usr/bin/env python3
"""Regenerate blind batch i2 (fr / es / pt): 60 raw .eml files + labels.json.

Run:  python3 make.py      (writes ./mail/*.eml and ./labels.json next to this file)
Deterministic: fixed random seed, explicit MIME boundaries.
"""
import base64
import json
import os
import quopri
import random
import datetime as dt
from email.header import Header
from email.utils import formataddr, format_datetime
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.generator import BytesGenerator
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
SEED = 20250402
rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# low level helpers
# ---------------------------------------------------------------------------

def rand_date(tz_hours):
    start = dt.datetime(2024, 2, 1, tzinfo=dt.timezone.utc)
    d = start + dt.timedelta(seconds=rng.randint(0, 570 * 86400))
    tz = dt.timezone(dt.timedelta(hours=tz_hours))
    return d.astimezone(tz)


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rng.choice(chars) for _ in range(n))


def amazon_boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(1_000_000, 99_999_999),
                                    rng.randint(100_000_000, 2_147_483_647),
                                    rng.randint(1_600_000_000_000, 1_760_000_000_000))


def other_boundary(style):
    if style == "gmail":
        return "000000000000" + hexid(12)
    if style == "outlook":
        return "_000_" + alnum(28) + "_"
    if style == "apple":
        return "Apple-Mail=_" + "-".join([alnum(8), alnum(4), alnum(4), alnum(4), alnum(12)])
    return "=_" + hexid(24)


def text_part(text, subtype, charset, cte):
    """One text/* leaf with an explicit transfer encoding."""
    raw = text.encode(charset)  # strict: fails loudly if the charset cannot hold the text
    p = MIMENonMultipart("text", subtype, charset=charset)
    del p["MIME-Version"]
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset="utf-8"):
    """RFC 2047-encode a header value only when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if name is None:
        return email
    return formataddr((name, email), charset)


# ---------------------------------------------------------------------------
# Amazon-like templates (genuine notices and genuine non-notices)
# ---------------------------------------------------------------------------

LOC = {
    "fr": dict(orders="Vos commandes", account="Votre compte", order="Commande n°",
               qty="Quantité", sold="Vendu par", hello="Bonjour",
               sig="Cordialement,", helpline="Besoin d'aide ? Consultez notre Service Client :",
               noreply="Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.",
               security=[
                   "Amazon ne vous demandera jamais de communiquer votre mot de passe, vos coordonnées bancaires ou d'autres informations personnelles par e-mail, SMS ou téléphone.",
                   "Si le numéro ou la date d'expiration de votre carte ont changé, mettez à jour vos informations de paiement dans Votre compte, rubrique Vos paiements.",
                   "Si vous recevez un e-mail suspect qui semble provenir d'Amazon, signalez-le : {base}/gp/help/customer/display.html?nodeId=GZQ4MRAR6FCCM8LP",
                   "Pour en savoir plus sur l'annulation des commandes, consultez {base}/gp/help/customer/display.html?nodeId=GQNGTAT4UXZRTDQH",
               ]),
    "es": dict(orders="Mis pedidos", account="Mi cuenta", order="Pedido n.º",
               qty="Cantidad", sold="Vendido por", hello="Hola",
               sig="Atentamente,", helpline="¿Necesitas ayuda? Visita nuestro Servicio de Atención al Cliente:",
               noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas.",
               security=[
                   "Amazon nunca te pedirá que le facilites tu contraseña, los datos de tu tarjeta ni otra información personal por correo electrónico, SMS o teléfono.",
                   "Si el número de tu tarjeta ha cambiado o ha caducado, actualiza tu método de pago en Mi cuenta > Tus pagos.",
                   "Si recibes un correo electrónico sospechoso que parece proceder de Amazon, infórmanos: {base}/gp/help/customer/display.html?nodeId=GZQ4MRAR6FCCM8LP",
                   "Más información sobre la cancelación de pedidos: {base}/gp/help/customer/display.html?nodeId=GQNGTAT4UXZRTDQH",
               ]),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order="Pedido nº",
               qty="Quantidade", sold="Vendido por", hello="Olá",
               sig="Atenciosamente,", helpline="Precisa de ajuda? Acesse o Atendimento ao Cliente:",
               noreply="Este e-mail foi enviado de um endereço que não aceita mensagens. Por favor, não responda.",
               security=[
                   "A Amazon nunca solicitará sua senha, os dados do seu cartão ou outras informações pessoais por e-mail, SMS ou telefone.",
                   "Se o número ou a validade do seu cartão mudaram, atualize sua forma de pagamento em Sua conta > Suas formas de pagamento.",
                   "Se você receber um e-mail suspeito que pareça ser da Amazon, denuncie: {base}/gp/help/customer/display.html?nodeId=GZQ4MRAR6FCCM8LP",
                   "Saiba mais sobre cancelamento de pedidos: {base}/gp/help/customer/display.html?nodeId=GQNGTAT4UXZRTDQH",
               ]),
}

BRAND = {"amazon.fr": "Amazon.fr", "amazon.ca": "Amazon.ca", "amazon.com.be": "Amazon.com.be",
         "amazon.es": "Amazon.es", "amazon.com.mx": "Amazon.com.mx", "amazon.com.br": "Amazon.com.br"}


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def amz_text(mp, lang, c):
    """Plain-text body in Amazon's style.  c: dict(title, name, paras, items, after, order)."""
    L = LOC[lang]
    base = "https://www." + mp
    bar = "-" * 74
    out = [BRAND[mp] + (" " + c["title"] if c.get("title") else ""), bar, ""]
    if c.get("order"):
        out += ["%s %s" % (L["order"], c["order"]), ""]
    out += ["%s %s," % (L["hello"], c["name"]) if c.get("name") else L["hello"] + ",", ""]
    for p in c["paras"]:
        out += [p, ""]
    if c.get("items"):
        out += [c.get("items_heading", ""), ""]
        for it in c["items"]:
            out.append("    " + it[0])
            out.append("    %s : %s" % (L["qty"], it[1]) if lang == "fr" else "    %s: %s" % (L["qty"], it[1]))
            if len(it) > 2 and it[2]:
                out.append("    " + it[2])
            if len(it) > 3 and it[3]:
                out.append("    %s %s" % (L["sold"], it[3]))
            out.append("")
    for p in c.get("after", []):
        out += [p, ""]
    out += ["%s %s/gp/css/order-history" % (L["orders"] + ":", base), ""]
    out += [L["sig"], BRAND[mp], "", bar, ""]
    for s in L["security"]:
        out += [s.format(base=base), ""]
    out += [L["helpline"] + " " + base + "/gp/help/customer/display.html", "", L["noreply"], ""]
    return "\n".join(out)


CLASSIC_CSS = """body{margin:0;padding:0;font:13px Arial,sans-serif;color:#333333}
#container{width:640px;margin:0 auto}
#header .logo{width:180px}
#header .navigation a{color:#0066c0;text-decoration:none;font-size:12px}
#header .title h2{font:normal 20px Arial,sans-serif;color:#cc6600;margin:0}
#summary .heading{font-weight:bold;color:#cc6600}
.itemTable td{padding:6px 4px;vertical-align:top;border-bottom:1px solid #eaeaea}
.price{text-align:right;white-space:nowrap}
#legal{font-size:10px;color:#666666;line-height:14px}
#legal a{color:#0066c0}"""

HEDWIG_CSS = """body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.orderIdTable a { text-decoration:none; color:#879596; }
.itemTitle { padding-left:20px; font-size:15px; }
.emailClosing { font-size:9px; line-height:15px; color:#868686; }"""


def amz_html(mp, lang, c, style="classic"):
    L = LOC[lang]
    base = "https://www." + mp
    ref = "pe_%d_%d" % (rng.randint(100000, 999999), rng.randint(100000000, 999999999))
    r = lambda path: "%s/gp/r.html?C=%s&amp;R=%s&amp;T=C&amp;U=%s&amp;ref_=%s" % (
        base, alnum(13), alnum(12), (base + path).replace(":", "%3A").replace("/", "%2F"), ref)
    greet = "%s %s," % (L["hello"], esc(c["name"])) if c.get("name") else L["hello"] + ","
    paras = "\n".join("<p>%s</p>" % p for p in c["paras"])
    after = "\n".join("<p>%s</p>" % p for p in c.get("after", []))
    legal = "<br />\n".join(esc(s.format(base=base)) for s in L["security"])
    if style == "classic":
        rows = []
        for it in c.get("items", []):
            rows.append('<tr><td><img src="https://images-eu.ssl-images-amazon.com/images/I/%s._SCLZZZZZZZ_SX90_.jpg" width="90" alt="" /></td>'
                        '<td><a href="%s">%s</a><br />%s%s</td><td>%s %s</td><td class="price"><b>%s</b></td></tr>'
                        % (alnum(11, upper=False), r("/dp/" + alnum(10)), esc(it[0]),
                           ("%s %s" % (L["sold"], esc(it[3]))) if len(it) > 3 and it[3] else "",
                           "", L["qty"] + (" :" if lang == "fr" else ":"), it[1], esc(it[2]) if len(it) > 2 and it[2] else ""))
        items = ""
        if rows:
            items = ('<tr><td><table id="orderDetails" class="itemTable" cellpadding="0" width="100%%">\n'
                     '<tr><td colspan="4"><h3 style="color:#cc6600;font-size:16px">%s</h3></td></tr>\n%s\n</table></td></tr>'
                     % (esc(c.get("items_heading", "")), "\n".join(rows)))
        order_line = ('%s <a href="%s">%s</a>' % (L["order"], r("/gp/your-account/order-details?orderID=" + c["order"]), c["order"])
                      if c.get("order") else "")
        return """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <style type="text/css">
%(css)s
  </style>
  <title></title>
 </head>
 <body><img width="1" height="1" src="%(base)s/gp/r.html?C=%(px)s&amp;T=E" />
  <table id="container" cellpadding="0"><tbody>
   <tr><td class="frame">
    <table id="main" cellpadding="0"><tbody>
     <tr><td>
      <table id="header" cellpadding="0"><tbody>
       <tr>
        <td rowspan="2" class="logo"><a href="%(home)s"><img alt="%(brand)s" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/amazon-logo-TE.png" width="120" /></a></td>
        <td class="navigation"><table align="right"><tbody><tr>
         <td><a href="%(ord)s">%(orders)s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td><a href="%(acc)s">%(account)s</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
         <td><a class="last" href="%(home)s">%(brand)s</a></td>
        </tr></tbody></table></td>
       </tr>
       <tr><td class="title"><h2>%(title)s</h2> %(order_line)s</td></tr>
      </tbody></table>
     </td></tr>
     <tr><td>
      <table id="summary" cellpadding="0"><tbody><tr><td>
       <span class="heading">%(greet)s</span>
%(paras)s
      </td></tr></tbody></table>
     </td></tr>
%(items)s
     <tr><td>
      <table id="closing" cellpadding="0"><tbody><tr><td>
%(after)s
       <p><br />%(sig)s<br /><span class="signature"><strong>%(brand)s</strong></span></p>
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="legal" cellpadding="0"><tbody><tr><td>
       %(legal)s<br />
       %(noreply)s
      </td></tr></tbody></table>
     </td></tr>
    </tbody></table>
   </td></tr>
  </tbody></table>
  <img width="1" height="1" src="https://www.%(mp)s/gp/r.html?C=%(px2)s&amp;M=urn:rtn:msg:%(msg)s&amp;T=O" />
 </body>
</html>
""" % dict(cs=c.get("charset", "UTF-8").upper(), css=CLASSIC_CSS, base=base, px=alnum(13), px2=alnum(13),
           msg=hexid(40), home=r("/"), ord=r("/gp/css/order-history"), acc=r("/gp/css/homepage.html"),
           orders=L["orders"], account=L["account"], brand=BRAND[mp], title=esc(c.get("title", "")),
           order_line=order_line, greet=greet, paras=paras, items=items, after=after, sig=L["sig"],
           legal=legal, noreply=esc(L["noreply"]), mp=mp)
    # "hedwig" style (narrow card layout of the newer notification mails)
    rows = []
    for it in c.get("items", []):
        rows.append('<tr><td class="itemImage"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" width="84" /></a></td>'
                    '<td class="itemTitle">%s<br /><span style="color:#879596">%s %s%s</span></td></tr>'
                    % (r("/dp/" + alnum(10)), alnum(11, upper=False), esc(it[0]), L["qty"] + (" :" if lang == "fr" else ":"), it[1],
                       (" &middot; " + esc(it[2])) if len(it) > 2 and it[2] else ""))
    return """    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
%(css)s
  </style>
 </head>
 <body>
  <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:23px 18px 21px 17px">
   <table class="brandTable" width="100%%"><tr><td><a href="%(home)s"><img class="brandImage" alt="%(brand)s" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="130" /></a></td></tr></table>
   <table class="emailContainer" width="100%%"><tr><td style="padding:25px 23px 33px 23px">
    <table class="greetingTable"><tr><td>%(greet)s</td></tr></table>
    <table class="informationTable"><tr><td>
%(paras)s
    </td></tr></table>
    <table class="orderIdTable"><tr><td>%(order_line)s</td></tr></table>
    <table class="orderDetailsTable">
%(rows)s
    </table>
    <table class="informationTable"><tr><td>
%(after)s
    <p><a class="textWithUnderlinedLink" href="%(ord)s">%(orders)s</a></p>
    </td></tr></table>
   </td></tr></table>
   <table width="100%%"><tr><td class="emailClosing">
    %(legal)s<br /><br />%(noreply)s<br />&copy;%(year)s %(brand)s
   </td></tr></table>
  </td></tr></table>
  <img width="1" height="1" src="https://www.%(mp)s/gp/r.html?C=%(px)s&amp;T=O" />
 </body>
</html>
""" % dict(cs=c.get("charset", "UTF-8").upper(), css=HEDWIG_CSS, home=r("/"), brand=BRAND[mp], greet=greet,
           paras=paras, rows="\n".join(rows), after=after, ord=r("/gp/css/order-history"),
           orders=L["orders"], legal=legal, noreply=esc(L["noreply"]), year=c.get("year", "2025"),
           order_line=("%s %s" % (L["order"], c["order"])) if c.get("order") else "", px=alnum(13), mp=mp)


# ---------------------------------------------------------------------------
# header blocks
# ---------------------------------------------------------------------------

RECEIVERS = {
    "orange.fr": "opmta1mto05nd1.mail.orange.fr", "free.fr": "mx1.free.fr", "gmail.com": "mx.google.com",
    "videotron.ca": "mx.videotron.ca", "skynet.be": "mx.skynet.be", "hotmail.com": "mx.outlook.com",
    "outlook.com": "mx.outlook.com", "telefonica.net": "mx.telefonica.net", "yahoo.com.mx": "mta7.am0.yahoodns.net",
    "uol.com.br": "mx.uol.com.br", "terra.com.br": "mx.terra.com.br", "bol.com.br": "mx.bol.com.br",
    "laposte.net": "mx.laposte.net", "gmx.es": "mx.gmx.net", "prodigy.net.mx": "mx.prodigy.net.mx",
    "sfr.fr": "mx.sfr.fr", "proximus.be": "mx.proximus.be", "globo.com": "mx.globo.com",
}


def receiver_for(to_addr):
    dom = to_addr.rsplit("@", 1)[1].rstrip(">")
    return RECEIVERS.get(dom, "mx." + dom)


def amazon_headers(mp, sender, date, to_addr, auth):
    region = "eu-west-1" if mp in ("amazon.fr", "amazon.com.be", "amazon.es") else "us-east-1"
    ip = "54.240.%d.%d" % (rng.randint(0, 60), rng.randint(1, 250))
    rcv = receiver_for(to_addr)
    h = []
    h.append(("Return-Path", "<%s%s-%s@bounces.%s>" % (date.strftime("%Y%m%d%H%M"), hexid(32), hexid(4), mp)))
    h.append(("Received", "from a%s.smtp-out.%s.amazonses.com (a%s.smtp-out.%s.amazonses.com [%s])\n"
              "\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
                  ip.split(".", 2)[2].replace(".", "-"), region, ip.split(".", 2)[2].replace(".", "-"), region, ip,
                  rcv, alnum(12, upper=False), to_addr, format_datetime(date))))
    if auth:
        sel = rng.choice(["2obtemzt5kqp5nqhxdgaoqvnjoyarvnu", "ugnyxmyjqqnrcjk4g6y2pc2bhx5ewj5u", "qacbjlb4hwkfcd5dhyzeb7dcfgcrd7b4"])
        h.append(("Authentication-Results", "%s;\n\tdkim=pass header.i=@%s header.d=%s header.s=%s header.b=%s;\n"
                  "\tdkim=pass header.i=@amazonses.com header.s=%s header.b=%s;\n"
                  "\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=bounces.%s;\n"
                  "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (
                      rcv, mp, mp, sel, alnum(8, upper=False), rng.choice(["ihchhvubuqgjsxyuhssfvqohv7z3u4hn", "224i4yxa5dv7c2xz3womw6peuasteono"]),
                      alnum(8, upper=False), rcv, "bounces." + mp, ip, mp, mp)))
    h.append(("Message-ID", "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexid(12), hexid(8), hexid(4), hexid(4), hexid(12), region)))
    h.append(("Feedback-ID", "1.%s.%s=:amazonses" % (region, alnum(43))))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Bounces-to", "%s%s@bounces.%s" % (date.strftime("%Y%m%d%H%M%S"), hexid(20), mp)))
    return h


def foreign_headers(from_addr, date, to_addr, relay, ip, auth_results=None, msgid_host=None, mailer=None):
    rcv = receiver_for(to_addr)
    dom = from_addr.rsplit("@", 1)[1]
    h = [("Return-Path", "<%s>" % from_addr)]
    h.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
        relay, relay, ip, rcv, alnum(12, upper=False), to_addr, format_datetime(date))))
    if auth_results:
        h.append(("Authentication-Results", rcv + ";\n\t" + auth_results))
    h.append(("Message-ID", "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), alnum(14, upper=False), msgid_host or dom)))
    if mailer:
        h.append(("X-Mailer", mailer))
    return h


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------

def build(m):
    """m: dict with from/to/subject/date/headers/text/html/structure/charset/cte/... -> bytes"""
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "quoted-printable")
    st = m["structure"]
    if st == "text":
        msg = text_part(m["text"], "plain", cs, cte)
    elif st == "html":
        msg = text_part(m["html"], "html", cs, cte)
    else:
        msg = MIMEMultipart("alternative", boundary=m.get("boundary") or amazon_boundary())
        msg.attach(text_part(m["text"], "plain", cs, m.get("text_cte", cte)))
        msg.attach(text_part(m["html"], "html", cs, cte))
    # headers: put the transport/trace headers first, then the usual ones
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in m.get("headers", []):
        msg[k] = v
    hcs = m.get("header_charset", "utf-8")
    msg["From"] = m["from"] if isinstance(m["from"], str) else addr(m["from"][0], m["from"][1], hcs)
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    msg["To"] = m["to"]
    msg["Subject"] = hdr(m["subject"], hcs)
    msg["Date"] = format_datetime(m["date"])
    for k, v in m.get("extra", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(max_line_length=998)).flatten(msg)
    return buf.getvalue()


MESSAGES = []   # filled by the language sections below


def add(**m):
    MESSAGES.append(m)


def amazon_msg(mp, lang, kind, cause, states_reason, note, sender, to, subject, content,
               structure="alt", style="classic", charset="utf-8", cte="quoted-printable",
               text_cte=None, auth=False, tz=1, display=None):
    date = rand_date(tz)
    content = dict(content)
    content["charset"] = charset
    content["year"] = str(date.year)
    to_addr = to[1]
    m = dict(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=mp, note=note,
             **{"from": (display or BRAND[mp], sender + "@" + mp)},
             reply_to="no-reply@" + mp if sender != "cs-reply" else None,
             to=addr(to[0], to[1], charset if charset != "utf-8" else "utf-8"),
             subject=subject, date=date, structure=structure, charset=charset, cte=cte,
             header_charset=charset if charset.startswith("iso-8859") or charset.startswith("windows") else "utf-8",
             headers=amazon_headers(mp, sender, date, to_addr, auth),
             text=amz_text(mp, lang, content) if structure in ("text", "alt") else None,
             html=amz_html(mp, lang, content, style) if structure in ("html", "alt") else None)
    if text_cte:
        m["text_cte"] = text_cte
    add(**m)


# ===========================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# ===========================================================================

def french():
    # ---------------- genuine notices ----------------
    amazon_msg("amazon.fr", "fr", "notice", "inventory_shortage", True,
               "supplier cannot source item, classic HTML, auth pass",
               "order-update", ("Claire Fontaine", "claire.fontaine@orange.fr"),
               "Votre commande Amazon.fr n°402-3918274-5512938 a été annulée",
               dict(title="Annulation de commande", order="402-3918274-5512938", name="Claire",
                    paras=["Nous sommes désolés de vous informer que l'article ci-dessous de votre commande n'est plus disponible auprès de notre fournisseur. "
                           "Nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable et nous avons donc dû l'annuler.",
                           "Le montant correspondant ne vous sera pas débité. Si une autorisation provisoire apparaît sur votre relevé bancaire, elle disparaîtra d'elle-même sous quelques jours ouvrés."],
                    items_heading="Articles annulés",
                    items=[("Moulinex Cookeo+ Multicuiseur intelligent 6 L, 180 recettes préprogrammées, Noir", "1", "179,99 €", "Amazon EU S.à r.l.")],
                    after=["Nous vous prions de nous excuser pour la gêne occasionnée. D'autres vendeurs proposent peut-être encore ce produit : consultez la page du produit sur Amazon.fr."]),
               style="classic", cte="quoted-printable", auth=True, tz=1)

    amazon_msg("amazon.ca", "fr", "notice", "payment_issue", True,
               "payment authorisation failed, no revision in time; text-only latin-1",
               "payments-messages", ("Mathieu Gagnon", "mgagnon@videotron.ca"),
               "Votre commande Amazon.ca 702-5518203-9940117 a été annulée",
               dict(order="702-5518203-9940117", name="Mathieu",
                    paras=["Nous vous avons écrit récemment pour vous informer que nous n'avions pas pu obtenir l'autorisation de la société émettrice de votre carte de crédit "
                           "pour le paiement de la commande ci-dessous.",
                           "Comme nous n'avons reçu aucune mise à jour de vos informations de paiement dans le délai indiqué, nous avons annulé votre commande. Aucun montant n'a été porté à votre compte."],
                    items_heading="Articles annulés :",
                    items=[("Keurig K-Mini cafetière à portion individuelle, noir mat", "1", "99,99 $", "Amazon.com.ca ULC"),
                           ("Van Houtte café mélange maison, capsules K-Cup, 30 unités", "2", "21,97 $", "Amazon.com.ca ULC")],
                    after=["Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une nouvelle commande. Avant de le faire, vérifiez que le numéro de carte, "
                           "la date d'expiration et l'adresse de facturation enregistrés dans Votre compte sont exacts."]),
               structure="text", charset="iso-8859-1", cte="quoted-printable", auth=False, tz=-5)

    amazon_msg("amazon.com.be", "fr", "notice", "technical_issue", True,
               "pricing error on listing; HTML-only base64, auth pass",
               "order-update", ("Nathalie Dubois", "nathalie.dubois@skynet.be"),
               "Information importante concernant votre commande Amazon.com.be 405-7712093-3381526",
               dict(title="Information sur votre commande", order="405-7712093-3381526", name="Nathalie",
                    paras=["En raison d'une erreur technique, l'article ci-dessous a été affiché sur notre site à un prix incorrect au moment de votre commande.",
                           "Nous avons donc annulé cet article de votre commande. Vous n'avez pas été débitée pour cet article."],
                    items_heading="Article annulé",
                    items=[("Samsung Galaxy Tab S9 FE, 10,9 pouces, 128 Go, Wi-Fi, Gris", "1", "39,99 €", "Amazon EU S.à r.l.")],
                    after=["Nous sommes sincèrement désolés pour ce désagrément. Le reste de votre commande, le cas échéant, n'est pas concerné et sera expédié comme prévu."]),
               structure="html", style="hedwig", cte="base64", auth=True, tz=1)

    amazon_msg("amazon.fr", "fr", "notice", "fraud_prevention", True,
               "unusual activity, account on hold, verify identity by signing in; 8bit iso-8859-15",
               "cs-reply", ("Karim Benali", "k.benali@free.fr"),
               "Votre commande Amazon.fr 171-4402917-6630745 a été annulée",
               dict(title="Commande annulée", order="171-4402917-6630745", name="Karim",
                    paras=["Dans le cadre de nos contrôles de sécurité habituels, nous avons remarqué une activité inhabituelle sur votre compte Amazon.fr. "
                           "Par mesure de précaution, nous avons annulé votre commande et placé temporairement votre compte en attente.",
                           "Pour rétablir l'accès à votre compte, rendez-vous sur Amazon.fr, connectez-vous et suivez les instructions affichées pour vérifier votre identité. "
                           "Nous ne vous demanderons jamais de transmettre ces informations par e-mail ou par téléphone."],
                    items_heading="Articles annulés",
                    items=[("Apple AirPods Pro (2e génération) avec boîtier de charge MagSafe (USB-C)", "1", "249,00 €", "Amazon EU S.à r.l.")],
                    after=["Aucun montant ne vous a été facturé pour cette commande."]),
               style="hedwig", charset="iso-8859-15", cte="8bit", auth=False, tz=2)

    amazon_msg("amazon.fr", "fr", "notice", "customer_request", True,
               "customer cancelled item; 'Motif : Annulé par le client'; windows-1252 8bit text, auth pass",
               "auto-confirm", ("Élodie Marchand", "elodie.marchand@laposte.net"),
               "Annulation réussie de « Lot de 3 poêles Tefal Ingenio » de votre commande Amazon.fr n°407-6630918-2207451",
               dict(order="407-6630918-2207451", name="Élodie",
                    paras=["Conformément à votre demande, nous avons annulé l’article ci-dessous de votre commande.",
                           "Motif d’annulation : Annulé par le client",
                           "Si vous avez réglé cet article, le remboursement sera effectué sur votre moyen de paiement d’origine. Les autres articles de la commande ne sont pas concernés."],
                    items_heading="Articles annulés",
                    items=[("Tefal Ingenio Emotion Lot de 3 poêles 22/24/28 cm, poignée amovible", "1", "89,90 €", "Amazon EU S.à r.l.")],
                    after=["Vous pouvez consulter l’état de vos autres commandes à tout moment dans Vos commandes."]),
               structure="text", charset="windows-1252", cte="8bit", auth=True, tz=2)

    amazon_msg("amazon.ca", "fr", "notice", "unknown", True,
               "item cannot be shipped to the address (Nunavut PO box) -> cancelled; reason outside the four",
               "order-update", ("Sophie Tremblay", "sophie.tremblay@videotron.ca"),
               "Articles annulés de votre commande Amazon.ca 701-2283746-1190358",
               dict(title="Articles annulés", order="701-2283746-1190358", name="Sophie",
                    paras=["Nous vous informons que nous ne pouvons pas livrer l'article ci-dessous à l'adresse indiquée dans votre commande : "
                           "ce produit ne peut pas être expédié vers une case postale à Iqaluit (Nunavut).",
                           "Nous avons donc annulé cet article. Aucun montant ne vous sera facturé pour celui-ci."],
                    items_heading="Articles annulés",
                    items=[("Bissell CleanView Swivel aspirateur vertical sans sac 2252C", "1", "229,99 $", "Amazon.com.ca ULC")],
                    after=["Si vous disposez d'une autre adresse de livraison, vous pouvez ajouter cette adresse dans Votre compte puis passer une nouvelle commande."]),
               style="hedwig", cte="quoted-printable", text_cte="8bit", auth=False, tz=-5)

    # ---------------- lookalikes ----------------
    d = rand_date(1)
    add(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="callback phone number, outlook.fr sender, plausible order number",
        **{"from": ("Amazon Service Client", "serviceclient.amazonfr@outlook.fr")},
        to="brigitte.leroy@orange.fr", subject="Annulation de votre commande N° 408-1129384-7710293",
        date=d, structure="text", charset="utf-8", cte="8bit",
        headers=foreign_headers("serviceclient.amazonfr@outlook.fr", d, "brigitte.leroy@orange.fr",
                                "EUR05-VI1-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 90), rng.randint(1, 250)),
                                "dkim=pass header.d=outlook.fr; spf=pass smtp.mailfrom=outlook.fr; dmarc=pass header.from=outlook.fr",
                                msgid_host="VI1P190MB0712.EURP190.PROD.OUTLOOK.COM"),
        text="""Bonjour,

Votre commande N° 408-1129384-7710293 d'un montant de 849,00 EUR (Apple iPad Air 11" M2, 256 Go, Wi-Fi) a été annulée suite à une tentative de paiement jugée suspecte par notre service de sécurité.

Le montant de 849,00 EUR a toutefois été bloqué sur votre carte bancaire.

Si vous n'êtes pas à l'origine de cette commande, contactez IMMÉDIATEMENT notre service sécurité au :

    01 84 88 42 17  (appel gratuit, 7j/7, 24h/24)

Un conseiller procédera au déblocage des fonds et à la sécurisation de votre compte. Sans appel de votre part sous 24 heures, le montant sera définitivement prélevé.

Merci de votre confiance,
Service Client Amazon France
""")

    d = rand_date(1)
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #ddd">
<tr><td style="background:#232f3e;padding:14px 20px"><img src="https://i.ibb.co/7QpKsCh/amazon-logo-white.png" alt="amazon" width="110"></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;color:#111">
<h2 style="color:#c40000;font-weight:normal">Votre compte a été suspendu</h2>
<p>Cher(e) client(e),</p>
<p>Suite à plusieurs tentatives de connexion non autorisées, nous avons <b>suspendu votre compte</b> et <b>annulé votre dernière commande</b> par mesure de sécurité.</p>
<p>Pour réactiver votre compte et récupérer votre commande, saisissez le code de vérification ci-dessous sur notre page sécurisée :</p>
<p style="text-align:center;font-size:26px;letter-spacing:4px;background:#f7f7f7;padding:12px;border:1px dashed #999"><b>AMZ-4471-KQ</b></p>
<p style="text-align:center"><a href="https://amazon-orders.help/fr/reactivation?c=AMZ-4471-KQ" style="background:#ffd814;color:#111;padding:10px 28px;border-radius:8px;text-decoration:none">Réactiver mon compte</a></p>
<p>Ce code expire dans 12 heures. Passé ce délai, votre compte sera définitivement fermé.</p>
<p>L'équipe Amazon</p>
</td></tr>
<tr><td style="padding:12px 28px;font-size:11px;color:#777">© 1996-2025, Amazon.com, Inc. ou ses filiales. Tous droits réservés.</td></tr>
</table></body></html>
"""
    add(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="'account suspended, order cancelled, use this code'; lookalike domain amazon-orders.help",
        **{"from": ("Amazon", "securite@amazon-orders.help")}, to="paul.girard@sfr.fr",
        subject="[Important] Compte suspendu - commande annulée", date=d, structure="alt",
        charset="utf-8", cte="base64", boundary=other_boundary("x"),
        headers=foreign_headers("securite@amazon-orders.help", d, "paul.girard@sfr.fr",
                                "vps-5c21a7e3.vps.ovh.net", "51.75.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=amazon-orders.help; dkim=none; dmarc=none header.from=amazon-orders.help",
                                mailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
        text="Votre compte a été suspendu.\n\nSuite à plusieurs tentatives de connexion non autorisées, nous avons suspendu votre compte et annulé votre dernière commande.\n\n"
             "Code de vérification : AMZ-4471-KQ\n\nRéactivez votre compte : https://amazon-orders.help/fr/reactivation?c=AMZ-4471-KQ\n\nCe code expire dans 12 heures.\n\nL'équipe Amazon\n",
        html=html)

    d = rand_date(1)
    add(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
        note="reply with card details; gmail sender; 'will be cancelled in 24h'",
        **{"from": ("Amazon.fr Facturation", "amazon.facturation.fr@gmail.com")}, to="jeanne.perrin@laposte.net",
        subject="Votre paiement a été refusé - commande en attente d'annulation", date=d, structure="text",
        charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
        headers=foreign_headers("amazon.facturation.fr@gmail.com", d, "jeanne.perrin@laposte.net",
                                "mail-wm1-f54.google.com", "209.85.128.54",
                                "dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
                                msgid_host="mail.gmail.com"),
        text="""Madame, Monsieur,

Nous n'avons pas pu débiter votre carte pour votre commande n° 403-5521-88710 (Dyson V15 Detect - 699,00 EUR).

Votre commande sera annulée dans les 24 heures si vous ne mettez pas a jour vos informations de paiement.

Pour eviter l'annulation, répondez simplement à ce message en indiquant :

 - Nom et prénom du titulaire :
 - Numéro de carte (16 chiffres) :
 - Date d'expiration :
 - Cryptogramme visuel (3 chiffres au dos de la carte) :
 - Date de naissance :

Vos informations seront traitées de façon sécurisée par notre service facturation.

Cordialement,
Service Facturation Amazon.fr
""")

    d = rand_date(2)
    target = "https://amzn-fr-paiement.top/fr/ap/cards?session=" + alnum(24, upper=False)
    shown = "https://www.amazon.fr/gp/css/account/cards/view.html"
    html = """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml">
 <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <style type="text/css">%s</style><title></title></head>
 <body>
  <table id="container" cellpadding="0"><tbody><tr><td class="frame">
   <table id="header" cellpadding="0"><tbody>
    <tr><td rowspan="2" class="logo"><a href="%s"><img alt="Amazon.fr" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/amazon-logo-TE.png" width="120" /></a></td>
    <td class="navigation"><table align="right"><tbody><tr><td><a href="%s">Vos commandes</a></td><td>&nbsp;|&nbsp;</td><td><a href="%s">Votre compte</a></td><td>&nbsp;|&nbsp;</td><td><a href="%s">Amazon.fr</a></td></tr></tbody></table></td></tr>
    <tr><td class="title"><h2>Annulation de commande</h2> Commande n° <a href="%s">402-8816230-1274419</a></td></tr>
   </tbody></table>
   <table id="summary" cellpadding="0"><tbody><tr><td>
    <span class="heading">Bonjour,</span>
    <p>Nous n'avons pas pu obtenir l'autorisation de paiement pour votre commande n° 402-8816230-1274419. En conséquence, votre commande a été annulée.</p>
    <p>Afin de recevoir le remboursement de l'acompte prélevé et de rétablir votre commande, veuillez mettre à jour vos informations de paiement à l'adresse suivante :</p>
    <p><a href="%s">%s</a></p>
    <p>Si vos informations ne sont pas mises à jour sous 48 heures, l'accès à votre compte sera restreint.</p>
   </td></tr></tbody></table>
   <table id="orderDetails" class="itemTable" cellpadding="0" width="100%%"><tbody>
    <tr><td><h3 style="color:#cc6600;font-size:16px">Articles annulés</h3></td></tr>
    <tr><td>Nintendo Switch OLED Édition Zelda Tears of the Kingdom</td><td>Quantité : 1</td><td class="price"><b>359,99 €</b></td></tr>
   </tbody></table>
   <table id="legal" cellpadding="0"><tbody><tr><td>
    Amazon ne vous demandera jamais votre mot de passe par e-mail.<br />
    Cet e-mail a été envoyé depuis une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y répondre.<br />
    © 1996-2025, Amazon.com, Inc. ou ses affiliés
   </td></tr></tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % (CLASSIC_CSS, target, target, target, target, target, target, shown)
    add(kind="lookalike", language="fr", cause="payment_issue", states_reason=True, marketplace=None,
        note="polished copy of classic template; link text shows amazon.fr, href to amzn-fr-paiement.top; sender amazon-fr-commandes.com with its own DKIM pass",
        **{"from": ("Amazon.fr", "order-update@amazon-fr-commandes.com")}, reply_to="no-reply@amazon-fr-commandes.com",
        to="vincent.roux@gmail.com", subject="Votre commande Amazon.fr n°402-8816230-1274419 a été annulée",
        date=d, structure="alt", charset="utf-8", cte="quoted-printable", boundary=amazon_boundary(),
        headers=foreign_headers("order-update@amazon-fr-commandes.com", d, "vincent.roux@gmail.com",
                                "mail.amazon-fr-commandes.com", "185.234.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.i=@amazon-fr-commandes.com header.d=amazon-fr-commandes.com header.s=mail;\n\tspf=pass smtp.mailfrom=amazon-fr-commandes.com;\n\tdmarc=pass (p=NONE) header.from=amazon-fr-commandes.com"),
        text="Amazon.fr Annulation de commande\n" + "-" * 74 + "\n\nBonjour,\n\nNous n'avons pas pu obtenir l'autorisation de paiement pour votre commande n° 402-8816230-1274419. "
             "En conséquence, votre commande a été annulée.\n\nAfin de recevoir le remboursement et de rétablir votre commande, mettez à jour vos informations de paiement :\n"
             + shown + "\n\nArticles annulés\n    Nintendo Switch OLED Édition Zelda Tears of the Kingdom\n    Quantité : 1\n    359,99 €\n\n"
             "Amazon ne vous demandera jamais votre mot de passe par e-mail.\n",
        html=html)

    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eaeded;font-family:'Amazon Ember',Arial,sans-serif">
<div style="max-width:560px;margin:20px auto;background:#ffffff;padding:28px;border-radius:6px">
<img src="https://cdn-icons-png.flaticon.com/512/5968/5968217.png" width="48" alt="">
<h1 style="font-size:21px;color:#0f1111">Remboursement disponible pour votre commande annulée</h1>
<p>Bonjour,</p>
<p>Nous sommes désolés : l'article de votre commande <b>403-2291847-5561028</b> est en <b>rupture de stock</b> chez notre fournisseur et votre commande a été annulée.</p>
<p>Un remboursement de <b>134,90 €</b> est en attente. Pour le recevoir sous 24 h, confirmez la carte sur laquelle le remboursement doit être versé :</p>
<p style="margin:26px 0"><a href="https://remboursement-client.service-client-fr.net/amazon/refund.php?id=403-2291847-5561028" style="background:#ffa41c;color:#0f1111;padding:12px 30px;border-radius:20px;text-decoration:none;font-weight:bold">Recevoir mon remboursement</a></p>
<p style="color:#565959;font-size:12px">Article : Philips Sonicare DiamondClean 9000 — Quantité : 1</p>
<p style="color:#565959;font-size:12px">Sans confirmation de votre part sous 72 heures, le remboursement sera annulé.</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="color:#565959;font-size:11px">Amazon.fr, 38 avenue John F. Kennedy, L-1855 Luxembourg. Cet e-mail a été envoyé automatiquement.</p>
</div></body></html>
"""
    add(kind="lookalike", language="fr", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="Cyrillic homoglyph display name; refund-bait with card confirmation; HTML-only",
        **{"from": ("Аmаzоn.fr", "notification@service-client-fr.net")}, to="helene.bernard@free.fr",
        subject="Remboursement de votre commande annulée (rupture de stock)", date=d, structure="html",
        charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("notification@service-client-fr.net", d, "helene.bernard@free.fr",
                                "smtp.service-client-fr.net", "194.87.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=softfail smtp.mailfrom=service-client-fr.net; dkim=none; dmarc=fail header.from=service-client-fr.net"),
        html=html)

    d = rand_date(1)
    add(kind="lookalike", language="fr", cause="technical_issue", states_reason=True, marketplace=None,
        note="crude, amaz0n domain, malformed order number, no accents",
        **{"from": ("Amaz0n", "service@amaz0n-fr.com")}, to="michel.petit@orange.fr",
        subject="VOTRE COMMANDE A ETE ANNULER !!!", date=d, structure="text", charset="us-ascii", cte="7bit",
        headers=foreign_headers("service@amaz0n-fr.com", d, "michel.petit@orange.fr",
                                "host-103-152-%d-%d.example-hosting.id" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "103.152.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), None),
        text="""Cher client

Votre commande N: 405-99812-77 a ete annuler suite a une erreur technique de notre systeme !!!

pour reactiver votre commande et eviter la perte de vos donnees veuiller cliquer sur le lien suivant:

http://amaz0n-fr.com/reactivation.php?client=8812

Si vous ne faites rien votre compte sera fermer dans 24H.

Amazon service
""")

    d = rand_date(-5)
    target = "https://amazon.ca.verification-compte.ru/fr-ca/signin?ref=" + alnum(10, upper=False)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;color:#111">
<table width="100%%" style="max-width:600px" align="center"><tr><td>
<p style="border-bottom:3px solid #ff9900;padding-bottom:8px"><b style="font-size:22px">amazon</b><span style="color:#888">.ca</span></p>
<p>Bonjour,</p>
<p>Nous avons détecté une connexion inhabituelle à votre compte depuis un nouvel appareil (Windows 10, Lagos, Nigeria).</p>
<p>Par mesure de sécurité, votre commande <b>702-4418027-3366109</b> sera annulée et votre compte sera bloqué dans <b>48 heures</b> si vous ne confirmez pas votre identité.</p>
<p><a href="%s" style="display:inline-block;background:#f0c14b;border:1px solid #a88734;padding:8px 22px;color:#111;text-decoration:none">Confirmer mon identité</a></p>
<p>Si vous avez déjà confirmé votre identité, vous pouvez ignorer ce message.</p>
<p>Merci,<br>Le service à la clientèle d'Amazon.ca</p>
</td></tr></table></body></html>
""" % target
    add(kind="lookalike", language="fr", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="'will be cancelled in 48h unless you verify'; amazon.ca.<evil>.ru sender domain; Canadian French",
        **{"from": ("Amazon.ca", "alerte@amazon.ca.verification-compte.ru")}, to="genevieve.roy@videotron.ca",
        subject="Action requise : votre commande sera annulée dans 48 heures", date=d, structure="alt",
        charset="utf-8", cte="quoted-printable", text_cte="8bit", boundary=other_boundary("x"),
        headers=foreign_headers("alerte@amazon.ca.verification-compte.ru", d, "genevieve.roy@videotron.ca",
                                "mx.verification-compte.ru", "91.215.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=verification-compte.ru; dkim=none; dmarc=none header.from=amazon.ca.verification-compte.ru"),
        text="Bonjour,\n\nNous avons détecté une connexion inhabituelle à votre compte depuis un nouvel appareil (Windows 10, Lagos, Nigeria).\n\n"
             "Par mesure de sécurité, votre commande 702-4418027-3366109 sera annulée et votre compte sera bloqué dans 48 heures si vous ne confirmez pas votre identité :\n"
             + target + "\n\nMerci,\nLe service à la clientèle d'Amazon.ca\n",
        html=html)

    d = rand_date(1)
    add(kind="lookalike", language="fr", cause="customer_request", states_reason=True, marketplace=None,
        note="Greek omicron in display name, yahoo sender, no order number, callback number, claims customer-requested cancellation",
        **{"from": ("Amazοn.com.be", "amazon.be.annulation@yahoo.com")}, to="luc.janssens@proximus.be",
        subject="Confirmation d'annulation de votre commande", date=d, structure="text",
        charset="utf-8", cte="base64",
        headers=foreign_headers("amazon.be.annulation@yahoo.com", d, "luc.janssens@proximus.be",
                                "sonic311-21.consmr.mail.ir2.yahoo.com", "77.238.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=yahoo.com; spf=pass smtp.mailfrom=yahoo.com; dmarc=pass header.from=yahoo.com",
                                msgid_host="mail.yahoo.com"),
        text="""Cher client Amazon,

Nous confirmons l'annulation de votre commande, effectuée à votre demande le {date}.

Article : Samsung Galaxy S24 Ultra 512 Go - Titanium Black
Montant remboursé : 1 249,00 €
Mode de remboursement : virement bancaire (traitement manuel)

Si vous n'avez PAS demandé cette annulation, votre compte a peut-être été compromis.
Appelez sans attendre notre service remboursements au +32 2 808 41 96 afin qu'un agent
annule la demande et sécurise votre compte.

Service Clients Amazon Belgique
""".format(date=d.strftime("%d/%m/%Y")))

    # ---------------- non-notices ----------------
    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;background:#faf7f2;color:#3b2f2f">
<table width="580" align="center" style="background:#fff;padding:26px"><tr><td>
<h2 style="font-weight:normal">Maison Verdier &middot; Thés &amp; Cafés</h2>
<p>Bonjour Madame Lefèvre,</p>
<p>Nous sommes au regret de vous informer que votre commande <b>n° MV-20417</b> a été annulée : le coffret « Grands Crus d'Éthiopie » n'est plus disponible chez notre torréfacteur partenaire.</p>
<table cellpadding="4" style="border-top:1px solid #ddd;border-bottom:1px solid #ddd;width:100%%">
<tr><td>Coffret Grands Crus d'Éthiopie 3 x 250 g</td><td align="right">1</td><td align="right">54,00 €</td></tr>
<tr><td colspan="2">Livraison Colissimo</td><td align="right">4,90 €</td></tr>
<tr><td colspan="2"><b>Total remboursé</b></td><td align="right"><b>58,90 €</b></td></tr>
</table>
<p>Moyen de paiement : <b>Amazon Pay</b>. Le remboursement sera versé sur le moyen de paiement associé à votre compte Amazon sous 3 à 5 jours ouvrés. Vous recevrez également une confirmation de la part d'Amazon Pay.</p>
<p>Toutes nos excuses pour ce contretemps. En compensation, voici un code de 10 %% valable sur votre prochaine commande : <b>DESOLE10</b>.</p>
<p>Chaleureusement,<br>L'équipe Maison Verdier<br>12 rue des Halles, 69002 Lyon</p>
</td></tr></table></body></html>
"""
    add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
        note="other retailer's genuine order cancellation (out of stock), paid with Amazon Pay",
        **{"from": ("Maison Verdier", "commandes@maison-verdier.fr")}, to="anne.lefevre@orange.fr",
        subject="Annulation de votre commande n° MV-20417", date=d, structure="alt",
        charset="utf-8", cte="quoted-printable", boundary=other_boundary("x"),
        headers=foreign_headers("commandes@maison-verdier.fr", d, "anne.lefevre@orange.fr",
                                "smtp-out.sendinblue.com", "185.107.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=maison-verdier.fr; spf=pass smtp.mailfrom=maison-verdier.fr; dmarc=pass header.from=maison-verdier.fr"),
        text="Bonjour Madame Lefèvre,\n\nNous sommes au regret de vous informer que votre commande n° MV-20417 a été annulée : le coffret « Grands Crus d'Éthiopie » "
             "n'est plus disponible chez notre torréfacteur partenaire.\n\nTotal remboursé : 58,90 €\nMoyen de paiement : Amazon Pay. Le remboursement sera versé sur le moyen de paiement "
             "associé à votre compte Amazon sous 3 à 5 jours ouvrés.\n\nCode de 10 % : DESOLE10\n\nL'équipe Maison Verdier\n",
        html=html)

    d = rand_date(1)
    add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
        note="friend says she cancelled her own Amazon order (mentions the confirmation mail and order number)",
        **{"from": ("Julie Morel", "julie.morel@free.fr")}, to="Thomas Vidal <thomas.vidal@gmail.com>",
        subject="Re: cadeau pour les 40 ans de Sophie", date=d, structure="text", charset="utf-8", cte="8bit",
        headers=foreign_headers("julie.morel@free.fr", d, "thomas.vidal@gmail.com", "smtp4-g21.free.fr", "212.27.42.4",
                                "spf=pass smtp.mailfrom=free.fr", mailer="Zimbra 8.8.15_GA (ZimbraWebClient - FF128)")
        + [("In-Reply-To", "<CAF3x9k2Qm@mail.gmail.com>")],
        text="""Salut Thomas,

Bon, j'ai annulé ma commande Amazon hier soir (le Lego Orchidée, commande 171-8823094-5531207), Amazon m'a renvoyé le mail "Annulation réussie" dans la foulée donc c'est réglé, rien n'a été débité.

Du coup c'est toi qui commandes le coffret à la Fnac comme on a dit ? On partage en trois avec Marc, ça fait 31 € chacun.

Bises,
Julie

> Le 12 mars, Thomas Vidal a écrit :
> Annule le Lego, Marc a trouvé mieux, on part sur le coffret dégustation.
""")

    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;background:#f0f4f8">
<table width="620" align="center" style="background:#fff"><tr><td style="padding:0">
<div style="background:#0b3d91;color:#fff;padding:18px 24px;font-size:20px">Cybervigilance Hebdo &mdash; n° 142</div>
<div style="padding:20px 24px;font-size:15px;line-height:1.5">
<h2>Hameçonnage : les faux « Votre commande Amazon a été annulée » se multiplient</h2>
<p>Depuis début mars, nos lecteurs nous signalent une vague de courriels frauduleux dont l'objet est <i>« Votre commande Amazon.fr n°402-XXXXXXX-XXXXXXX a été annulée »</i> ou <i>« Action requise : votre commande sera annulée dans 48 heures »</i>.</p>
<p>Le message prétend qu'un paiement a échoué et invite à « mettre à jour vos informations de paiement » via un lien qui ressemble à une adresse amazon.fr, mais mène en réalité vers un site tiers.</p>
<h3>Nos conseils</h3>
<ul>
<li>Survolez les liens avant de cliquer : l'adresse affichée n'est pas forcément celle de destination.</li>
<li>Vérifiez l'état de vos commandes directement dans l'application ou en tapant l'adresse du site vous-même.</li>
<li>Ne communiquez jamais votre numéro de carte par e-mail ou par téléphone.</li>
<li>Signalez le message sur signal-spam.fr et à l'adresse de signalement du commerçant.</li>
</ul>
<p>Également cette semaine : les faux SMS de l'Assurance maladie, et notre dossier sur les gestionnaires de mots de passe.</p>
</div>
<div style="padding:12px 24px;font-size:11px;color:#777">Vous recevez cette lettre car vous y êtes abonné. <a href="https://cybervigilance-hebdo.fr/desinscription?u=%s">Se désinscrire</a></div>
</td></tr></table></body></html>
""" % alnum(16, upper=False)
    add(kind="non_notice", language="fr", cause=None, states_reason=False, marketplace=None,
        note="security newsletter quoting fake Amazon cancellation subjects",
        **{"from": ("Cybervigilance Hebdo", "lettre@cybervigilance-hebdo.fr")}, to="k.benali@free.fr",
        subject="Hameçonnage : les faux mails « commande Amazon annulée » se multiplient", date=d, structure="alt",
        charset="utf-8", cte="base64", boundary=other_boundary("x"),
        headers=foreign_headers("lettre@cybervigilance-hebdo.fr", d, "k.benali@free.fr", "mail-out.mailjet.com",
                                "87.253.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=cybervigilance-hebdo.fr; spf=pass; dmarc=pass header.from=cybervigilance-hebdo.fr"),
        extra=[("List-Unsubscribe", "<https://cybervigilance-hebdo.fr/desinscription>"), ("Precedence", "bulk")],
        text="Cybervigilance Hebdo - n° 142\n\nHameçonnage : les faux « Votre commande Amazon a été annulée » se multiplient\n\n"
             "Depuis début mars, nos lecteurs nous signalent une vague de courriels frauduleux dont l'objet est « Votre commande Amazon.fr n°402-XXXXXXX-XXXXXXX a été annulée » "
             "ou « Action requise : votre commande sera annulée dans 48 heures ».\n\nNos conseils : survolez les liens, vérifiez vos commandes directement sur le site, "
             "ne communiquez jamais votre numéro de carte.\n\nSe désinscrire : https://cybervigilance-hebdo.fr/desinscription\n",
        html=html)

    amazon_msg("amazon.fr", "fr", "non_notice", None, False,
               "delivery appointment for large item cancelled by carrier, order itself kept; choose new slot",
               "order-update", ("Anne Lefèvre", "anne.lefevre@orange.fr"),
               "Votre rendez-vous de livraison a été annulé – choisissez un nouveau créneau",
               dict(title="Rendez-vous de livraison", order="404-1937461-8820355", name="Anne",
                    paras=["Le transporteur chargé de la livraison de votre gros électroménager n'est pas en mesure d'honorer le rendez-vous prévu le jeudi entre 8 h et 13 h. Ce rendez-vous a donc été annulé.",
                           "Votre commande n'est pas annulée : choisissez simplement un nouveau créneau de livraison dans Vos commandes. Le transporteur vous appellera la veille pour confirmer."],
                    items_heading="Article concerné",
                    items=[("Bosch Série 6 Lave-linge hublot WGG244A0FR, 9 kg, 1400 tr/min", "1", "", "Amazon EU S.à r.l.")],
                    after=["Nous vous prions de nous excuser pour ce contretemps."]),
               style="classic", cte="quoted-printable", auth=True, tz=1)

    amazon_msg("amazon.ca", "fr", "non_notice", None, False,
               "Prime membership cancelled at member's request (subscription, not an order)",
               "prime", ("Mathieu Gagnon", "mgagnon@videotron.ca"),
               "Confirmation de l'annulation de votre abonnement Amazon Prime",
               dict(name="Mathieu",
                    paras=["Nous vous confirmons l'annulation de votre abonnement Amazon Prime, comme vous l'avez demandé.",
                           "Vos avantages Prime (livraison gratuite en un jour, Prime Video, Prime Gaming) restent disponibles jusqu'à la fin de la période en cours, soit le 14 du mois prochain. Aucun renouvellement ne vous sera facturé.",
                           "Vous pouvez vous réabonner à tout moment depuis la page Gérer mon abonnement Prime."]),
               structure="text", charset="iso-8859-1", cte="quoted-printable", auth=False, tz=-5,
               display="Amazon Prime")

    amazon_msg("amazon.com.be", "fr", "non_notice", None, False,
               "genuine payment reminder before any cancellation ('update payment or order will be cancelled')",
               "payments-messages", ("Luc Janssens", "luc.janssens@proximus.be"),
               "Action requise : mettez à jour votre mode de paiement pour la commande 405-6619230-4471826",
               dict(title="Problème de paiement", order="405-6619230-4471826", name="Luc",
                    paras=["Votre banque a refusé le paiement de la commande ci-dessous. Votre commande est en attente : elle n'a pas été annulée.",
                           "Pour conserver votre commande, mettez à jour votre mode de paiement dans Vos commandes avant le 21 du mois. "
                           "Si vous ne le faites pas avant cette date, votre commande sera annulée."],
                    items_heading="Articles en attente de paiement",
                    items=[("Philips Airfryer XXL Série 7000, 8,3 L, HD9875/90", "1", "229,99 €", "Amazon EU S.à r.l.")],
                    after=["Pour mettre à jour votre mode de paiement, rendez-vous dans Vos commandes, sélectionnez la commande puis « Modifier le mode de paiement »."]),
               style="hedwig", cte="base64", auth=True, tz=1)


french()


# ===========================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# ===========================================================================

def spanish():
    # ---------------- genuine notices ----------------
    amazon_msg("amazon.es", "es", "notice", "inventory_shortage", True,
               "pre-order cannot be filled, supplier did not deliver; classic HTML, auth pass",
               "order-update", ("Lucía Martín", "lucia.martin@telefonica.net"),
               "Tu pedido de Amazon.es 404-6618230-7782914 ha sido cancelado",
               dict(title="Cancelación de pedido", order="404-6618230-7782914", name="Lucía",
                    paras=["Lamentamos informarte de que no podremos servir el artículo que reservaste, ya que nuestro proveedor no nos ha suministrado las unidades previstas para la fecha de lanzamiento.",
                           "Por este motivo hemos cancelado la reserva. No se ha realizado ningún cargo en tu método de pago."],
                    items_heading="Artículos cancelados",
                    items=[("Edición Coleccionista - The Legend of Zelda: Echoes of Wisdom (Nintendo Switch)", "1", "99,99 €", "Amazon EU S.à r.l., Sucursal en España")],
                    after=["Sentimos las molestias. Si el artículo vuelve a estar disponible, podrás encontrarlo en su página de producto de Amazon.es."]),
               style="classic", charset="iso-8859-15", cte="quoted-printable", auth=True, tz=1)

    amazon_msg("amazon.com.mx", "es", "notice", "payment_issue", True,
               "card ending 4821 declined, order cancelled; text-only base64, no auth",
               "payments-messages", ("Alejandro Ramírez", "a.ramirez@prodigy.net.mx"),
               "Tu pedido de Amazon.com.mx 701-3392847-6610294 ha sido cancelado",
               dict(order="701-3392847-6610294", name="Alejandro",
                    paras=["No pudimos procesar el pago de tu pedido con la tarjeta de crédito terminación 4821: el banco emisor rechazó el cargo.",
                           "Como no se actualizó el método de pago en el plazo indicado, tu pedido ha sido cancelado. No se realizó ningún cargo."],
                    items_heading="Artículos cancelados:",
                    items=[("Xiaomi Redmi Note 13 Pro 256 GB, 8 GB RAM, Negro", "1", "$5,499.00", "Amazon México"),
                           ("Funda protectora de silicón para Redmi Note 13 Pro", "1", "$189.00", "TechStore MX")],
                    after=["Si aún deseas estos artículos, realiza un nuevo pedido y asegúrate de que los datos de tu tarjeta (número, fecha de vencimiento y dirección de facturación) estén actualizados en Mi cuenta."]),
               structure="text", cte="base64", auth=False, tz=-6)

    amazon_msg("amazon.es", "es", "notice", "technical_issue", True,
               "system error while processing the order; text-only 8bit iso-8859-1",
               "order-update", ("Javier Sánchez", "javier.sanchez@gmx.es"),
               "Información sobre tu pedido de Amazon.es 171-2049375-8823016",
               dict(order="171-2049375-8823016", name="Javier",
                    paras=["Debido a un error del sistema al procesar tu pedido, no hemos podido completarlo correctamente y lo hemos cancelado.",
                           "No se ha efectuado ningún cargo. Si ves una autorización pendiente en tu cuenta bancaria, desaparecerá en unos días."],
                    items_heading="Artículos cancelados",
                    items=[("Cecotec Robot aspirador Conga 8290 Immortal Ultra Power Home X-Treme", "1", "249,00 EUR", "Amazon EU S.à r.l., Sucursal en España")],
                    after=["Lamentamos las molestias. Puedes volver a realizar el pedido en cualquier momento desde la página del producto."]),
               structure="text", charset="iso-8859-1", cte="8bit", auth=False, tz=1)

    amazon_msg("amazon.com.mx", "es", "notice", "fraud_prevention", True,
               "account on hold, order cancelled for security review; HTML-only QP, auth pass",
               "cs-reply", ("Fernanda López", "fer.lopez@hotmail.com"),
               "Tu pedido de Amazon.com.mx ha sido cancelado",
               dict(title="Pedido cancelado", order="702-8841029-3357106", name="Fernanda",
                    paras=["Como parte de nuestras revisiones de seguridad, detectamos actividad inusual en tu cuenta y la hemos puesto en espera. Por tu protección, cancelamos el pedido que aparece a continuación.",
                           "Para reactivar tu cuenta, inicia sesión en Amazon.com.mx y sigue las indicaciones para verificar tu identidad y tu método de pago. Nunca te pediremos estos datos por correo electrónico."],
                    items_heading="Artículos cancelados",
                    items=[("Apple iPhone 15 128 GB, Negro", "1", "$16,999.00", "Amazon México")],
                    after=["No se realizó ningún cargo por este pedido."]),
               structure="html", style="hedwig", cte="quoted-printable", auth=True, tz=-6)

    amazon_msg("amazon.es", "es", "notice", "customer_request", True,
               "successful cancellation requested by customer, 'Motivo: Cancelado por el cliente'; alt base64, auth pass",
               "auto-confirm", ("Marta Gil", "marta.gil@gmail.com"),
               "Cancelación correcta de \"Funda nórdica 150 cm...\" de tu pedido de Amazon.es",
               dict(title="Cancelación de artículo", order="403-5520193-1148726", name="Marta",
                    paras=["Tal como solicitaste, hemos cancelado el siguiente artículo de tu pedido.",
                           "Motivo de la cancelación: Cancelado por el cliente",
                           "Si ya se había realizado el cargo, te reembolsaremos el importe en el método de pago original."],
                    items_heading="Artículos cancelados",
                    items=[("Funda nórdica 150 cm de algodón lavado, color arena, con 2 fundas de almohada", "1", "39,95 €", "Casa Lino Textil")],
                    after=["El resto de artículos de tu pedido no se ven afectados."]),
               style="hedwig", cte="base64", auth=True, tz=1)

    amazon_msg("amazon.com.mx", "es", "notice", "unknown", False,
               "items cancelled from order, no reason given; alt 8bit",
               "order-update", ("Diego Hernández", "diego.hdz@gmail.com"),
               "Se cancelaron artículos de tu pedido de Amazon.com.mx 701-9920384-2256173",
               dict(title="Artículos cancelados", order="701-9920384-2256173", name="Diego",
                    paras=["Te informamos que se cancelaron los siguientes artículos de tu pedido.",
                           "No se realizará ningún cargo por estos artículos. Si ya se había realizado, recibirás el reembolso en tu método de pago original en un plazo de 3 a 5 días hábiles."],
                    items_heading="Artículos cancelados",
                    items=[("Bocina JBL Flip 6 portátil Bluetooth, resistente al agua, Azul", "1", "$2,199.00", "Amazon México")],
                    after=["Puedes consultar el estado de tus otros pedidos en Mis pedidos."]),
               style="classic", cte="8bit", auth=False, tz=-6)

    # ---------------- lookalikes ----------------
    d = rand_date(1)
    add(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="callback phone number, gmail sender, 'suspicious charge'",
        **{"from": ("Amazon Atención al Cliente", "atencion.amazon.es@gmail.com")}, to="carmen.ortega@telefonica.net",
        subject="Pedido #402-7712098-3340918 cancelado - cargo sospechoso", date=d, structure="text",
        charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("atencion.amazon.es@gmail.com", d, "carmen.ortega@telefonica.net",
                                "mail-ej1-f43.google.com", "209.85.218.43",
                                "dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
                                msgid_host="mail.gmail.com"),
        text="""Estimado/a cliente:

Su pedido #402-7712098-3340918 (PlayStation 5 Slim Edición Digital + 2 mandos DualSense) por importe de 579,98 € ha sido CANCELADO porque nuestro sistema ha detectado un cargo sospechoso en su tarjeta.

Para evitar que el importe quede retenido y proteger su cuenta, llame hoy mismo a nuestro departamento antifraude:

    +34 911 23 45 67   (lunes a domingo, 8:00 - 23:00)

Tenga a mano su tarjeta bancaria. Un agente verificará su identidad y desbloqueará el importe.

Atentamente,
Departamento de Seguridad de Amazon España
""")

    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff;border-top:4px solid #ff9900"><tr><td style="padding:26px">
<p style="font-size:22px;margin:0 0 16px 0"><b>amazon</b>.es</p>
<p>Hola,</p>
<p>Tu cuenta de Amazon ha sido <b>suspendida temporalmente</b> y tu pedido más reciente ha sido <b>cancelado</b> porque no pudimos verificar la información de facturación.</p>
<p>Para restablecer tu cuenta introduce este código de seguridad en el formulario de verificación:</p>
<p style="font-size:28px;text-align:center;letter-spacing:6px;color:#c45500"><b>739 104</b></p>
<p style="text-align:center"><a href="https://amazon-es-verificacion.com/cuenta/restablecer" style="background:#ffd814;padding:10px 30px;color:#0f1111;border-radius:8px;text-decoration:none">Verificar ahora</a></p>
<p>Si no completas la verificación en 24 horas, tu cuenta se cerrará de forma permanente.</p>
<p>Gracias,<br>Equipo de Cuentas de Amazon</p>
</td></tr></table></body></html>
"""
    add(kind="lookalike", language="es", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="account suspended + order cancelled, enter this code; lookalike domain amazon-es-verificacion.com",
        **{"from": ("Amazon.es", "seguridad@amazon-es-verificacion.com")}, to="pablo.moreno@gmail.com",
        subject="Tu cuenta ha sido suspendida y tu pedido cancelado", date=d, structure="html",
        charset="utf-8", cte="base64",
        headers=foreign_headers("seguridad@amazon-es-verificacion.com", d, "pablo.moreno@gmail.com",
                                "mail.amazon-es-verificacion.com", "45.153.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=amazon-es-verificacion.com; dkim=pass header.d=amazon-es-verificacion.com; dmarc=pass header.from=amazon-es-verificacion.com"),
        html=html)

    d = rand_date(-6)
    add(kind="lookalike", language="es", cause="payment_issue", states_reason=True, marketplace=None,
        note="reply with card details; outlook.com sender; order 'will be cancelled'; Mexican Spanish",
        **{"from": ("Amazon México Pagos", "pagos.amazonmx@outlook.com")}, to="rosa.jimenez@yahoo.com.mx",
        subject="Su pago fue rechazado - su pedido sera cancelado", date=d, structure="text",
        charset="iso-8859-1", cte="8bit", header_charset="iso-8859-1",
        headers=foreign_headers("pagos.amazonmx@outlook.com", d, "rosa.jimenez@yahoo.com.mx",
                                "NAM12-DM6-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 90), rng.randint(1, 250)),
                                "dkim=pass header.d=outlook.com; spf=pass smtp.mailfrom=outlook.com; dmarc=pass header.from=outlook.com",
                                msgid_host="DM6PR12MB4401.namprd12.prod.outlook.com"),
        text="""Estimado cliente:

Le informamos que el pago de su pedido no pudo ser procesado porque su tarjeta fue rechazada por el banco.

Su pedido sera cancelado en las proximas 12 horas si no confirma sus datos de pago.

Para evitar la cancelación, responda a este correo con la siguiente información:

Nombre completo como aparece en la tarjeta:
Número de tarjeta:
Fecha de vencimiento (MM/AA):
Código de seguridad (CVV):
Teléfono celular:

Una vez recibidos sus datos, su pedido sera enviado de inmediato.

Atentamente,
Departamento de Pagos Amazon México
""")

    d = rand_date(1)
    target = "https://reembolsos-amzn.click/es/devolucion?pedido=" + alnum(12, upper=False)
    shown = "https://www.amazon.es/gp/css/order-history"
    html = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<style>%s</style></head>
<body>
 <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tr><td style="padding:23px 18px 21px 17px">
  <table class="brandTable" width="100%%"><tr><td><img class="brandImage" alt="Amazon.es" src="https://m.media-amazon.com/images/G/01/outbound/OutboundTemplates/Amazon_logo_US._BG255,255,255_.png" width="130" /></td></tr></table>
  <table class="emailContainer" width="100%%"><tr><td style="padding:25px 23px 33px 23px">
   <table class="greetingTable"><tr><td>Hola,</td></tr></table>
   <table class="informationTable"><tr><td>
    <p>Lamentamos informarte de que tu pedido <b>405-3310928-6674120</b> ha sido cancelado porque el artículo está agotado y el vendedor no podrá reponerlo.</p>
    <p>Para recibir el reembolso de 329,00 € en tu tarjeta, confirma tus datos en el centro de reembolsos:</p>
    <p><a class="textWithUnderlinedLink" href="%s">%s</a></p>
    <p>El reembolso se anulará automáticamente si no lo solicitas en un plazo de 48 horas.</p>
   </td></tr></table>
   <table class="orderIdTable"><tr><td>Pedido n.º 405-3310928-6674120</td></tr></table>
   <table class="orderDetailsTable"><tr><td class="itemTitle">Garmin Forerunner 265, reloj inteligente GPS, Negro<br /><span style="color:#879596">Cantidad: 1</span></td></tr></table>
  </td></tr></table>
  <table width="100%%"><tr><td class="emailClosing">Amazon nunca te pedirá tu contraseña por correo electrónico.<br />&copy;2025 Amazon.es</td></tr></table>
 </td></tr></table>
</body></html>
""" % (HEDWIG_CSS, target, shown)
    add(kind="lookalike", language="es", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="polished copy of hedwig template; link text shows amazon.es, href reembolsos-amzn.click; sender amazon-orders.help",
        **{"from": ("Amazon.es", "pedidos@amazon-orders.help")}, to="lucia.martin@telefonica.net",
        subject="Tu pedido de Amazon.es 405-3310928-6674120 ha sido cancelado", date=d, structure="alt",
        charset="utf-8", cte="quoted-printable", boundary=amazon_boundary(),
        headers=foreign_headers("pedidos@amazon-orders.help", d, "lucia.martin@telefonica.net",
                                "smtp.amazon-orders.help", "193.42.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=amazon-orders.help; dkim=none; dmarc=none header.from=amazon-orders.help"),
        text="Hola,\n\nLamentamos informarte de que tu pedido 405-3310928-6674120 ha sido cancelado porque el artículo está agotado.\n\n"
             "Para recibir el reembolso de 329,00 € confirma tus datos en el centro de reembolsos:\n" + shown + "\n\n"
             "El reembolso se anulará si no lo solicitas en 48 horas.\n\n©2025 Amazon.es\n",
        html=html)

    d = rand_date(-6)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:14px">
<p><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="120" alt="Amazon"></p>
<p>Estimado(a) cliente,</p>
<p>Debido a un <b>error en nuestro sistema de procesamiento</b>, su pedido No. <b>702-1183-9920471</b> fue cancelado automáticamente.</p>
<p>Para volver a activar su pedido y conservar el precio promocional, es necesario que confirme nuevamente sus datos de envío y de pago:</p>
<p><a href="http://mx-envios.com/amazon/confirmar.html?id=7021183">Confirmar mis datos</a></p>
<p>Gracias por su preferencia.<br>Servicio al Cliente Amazon.com.mx</p>
</body></html>
"""
    add(kind="lookalike", language="es", cause="technical_issue", states_reason=True, marketplace=None,
        note="Greek Alpha in display name; 'system error' cancellation; malformed order number",
        **{"from": ("Αmazon.com.mx", "notificaciones@mx-envios.com")}, to="diego.hdz@gmail.com",
        subject="Aviso: su pedido fue cancelado por un error del sistema", date=d, structure="alt",
        charset="utf-8", cte="8bit", boundary=other_boundary("x"),
        headers=foreign_headers("notificaciones@mx-envios.com", d, "diego.hdz@gmail.com",
                                "server1.mx-envios.com", "162.241.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=neutral smtp.mailfrom=mx-envios.com; dkim=none; dmarc=none header.from=mx-envios.com"),
        text="Estimado(a) cliente,\n\nDebido a un error en nuestro sistema de procesamiento, su pedido No. 702-1183-9920471 fue cancelado automáticamente.\n\n"
             "Para volver a activar su pedido confirme sus datos de envío y de pago:\nhttp://mx-envios.com/amazon/confirmar.html?id=7021183\n\n"
             "Servicio al Cliente Amazon.com.mx\n",
        html=html)

    d = rand_date(-6)
    add(kind="lookalike", language="es", cause="unknown", states_reason=False, marketplace=None,
        note="crude amaz0n domain, no order number, no reason",
        **{"from": ("AMAZ0N MEXICO", "servicio@amaz0n.com.mx")}, to="a.ramirez@prodigy.net.mx",
        subject="su pedido fue cancelado", date=d, structure="text", charset="utf-8", cte="8bit",
        headers=foreign_headers("servicio@amaz0n.com.mx", d, "a.ramirez@prodigy.net.mx",
                                "unknown.hostinger.cloud", "31.220.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), None),
        text="""hola cliente

su pedido de amazon fue cancelado.

para mas informacion y para recibir su reembolso haga click aqui  http://amaz0n.com.mx.reembolso-cliente.xyz/

amazon mexico servicio cliente
""")

    d = rand_date(1)
    target = "https://amazon.es.cuenta-verificacion.co/ap/signin?openid=" + alnum(16, upper=False)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center"><tr><td>
<p style="font-size:20px;border-bottom:1px solid #ddd;padding-bottom:8px">Amazon.es &middot; <span style="color:#c45500">Aviso de pago</span></p>
<p>Hola,</p>
<p>No hemos podido verificar el método de pago asociado a tu pedido <b>#171-55321-9981A</b>.</p>
<p><b>Tu pedido será cancelado en 24 horas</b> a menos que verifiques tu método de pago.</p>
<p><a href="%s" style="background:#f7ca00;padding:9px 24px;color:#111;text-decoration:none;border:1px solid #c89411">Verificar método de pago</a></p>
<p>Importe del pedido: 1.149,00 &euro;</p>
<p>Un saludo,<br>Amazon.es</p>
</td></tr></table></body></html>
""" % target
    add(kind="lookalike", language="es", cause="payment_issue", states_reason=True, marketplace=None,
        note="amazon.es.<evil>.co sender domain; 'will be cancelled in 24h unless'; malformed order number",
        **{"from": ("Amazon.es", "no-reply@amazon.es.cuenta-verificacion.co")}, to="javier.sanchez@gmx.es",
        subject="Tu pedido será cancelado: verifica tu método de pago", date=d, structure="alt",
        charset="iso-8859-15", cte="quoted-printable", header_charset="iso-8859-15", boundary=other_boundary("x"),
        headers=foreign_headers("no-reply@amazon.es.cuenta-verificacion.co", d, "javier.sanchez@gmx.es",
                                "mail.cuenta-verificacion.co", "89.44.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=cuenta-verificacion.co; dkim=none; dmarc=none header.from=amazon.es.cuenta-verificacion.co"),
        text="Hola,\n\nNo hemos podido verificar el método de pago asociado a tu pedido #171-55321-9981A.\n\nTu pedido será cancelado en 24 horas a menos que verifiques tu método de pago:\n"
             + target + "\n\nImporte del pedido: 1.149,00 €\n\nAmazon.es\n",
        html=html)

    d = rand_date(-6)
    add(kind="lookalike", language="es", cause="customer_request", states_reason=True, marketplace=None,
        note="Cyrillic o in display name, yahoo sender, claims customer-requested cancellation, callback 800 number",
        **{"from": ("Amazоn", "cancelaciones.amazon@yahoo.com.mx")}, to="fer.lopez@hotmail.com",
        subject="Confirmamos la cancelación de tu pedido 701-4450182-9937265", date=d, structure="text",
        charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("cancelaciones.amazon@yahoo.com.mx", d, "fer.lopez@hotmail.com",
                                "sonic305-3.consmr.mail.bf2.yahoo.com", "74.6.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=yahoo.com.mx; spf=pass smtp.mailfrom=yahoo.com.mx; dmarc=pass header.from=yahoo.com.mx",
                                msgid_host="mail.yahoo.com"),
        text="""Hola,

Confirmamos la cancelación que solicitaste de tu pedido 701-4450182-9937265:

  Laptop Lenovo IdeaPad Slim 5 16" Ryzen 7, 16 GB, 1 TB SSD
  Total: $18,499.00 MXN

El reembolso se procesará en un plazo de 10 días hábiles.

¿No solicitaste esta cancelación? Llama de inmediato al 800 953 2217 (sin costo) para detenerla antes de que el reembolso se envíe a otra cuenta.

Atentamente,
Amazon.com.mx
""")

    # ---------------- non-notices ----------------
    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#f5f5f5">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#df0000;padding:16px 24px;color:#fff;font-size:22px"><b>MediaMarkt</b></td></tr>
<tr><td style="padding:24px">
<p>Hola Pablo,</p>
<p>Lamentamos comunicarte que tu pedido <b>1184402917</b> ha sido <b>cancelado</b>: el producto ya no está disponible en nuestro almacén central.</p>
<table width="100%%" cellpadding="6" style="border:1px solid #e0e0e0">
<tr><td>Sony WH-1000XM5 Auriculares inalámbricos, Negro</td><td align="right">1</td><td align="right">329,00 €</td></tr>
</table>
<p>El importe se devolverá a tu tarjeta en un plazo de 5 a 7 días hábiles.</p>
<p style="background:#fff4e5;padding:10px">¿Lo has visto más barato en Amazon, El Corte Inglés o PcComponentes? Con nuestra garantía de precio te igualamos el precio en tienda.</p>
<p>Un saludo,<br>Tu equipo de MediaMarkt</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">Media Markt Saturn Administración España, S.A.U. &middot; Av. Diagonal, Barcelona</td></tr>
</table></body></html>
"""
    add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
        note="MediaMarkt genuine order cancellation (out of stock) mentioning Amazon in price-match box",
        **{"from": ("MediaMarkt", "noreply@mediamarkt.es")}, to="pablo.moreno@gmail.com",
        subject="Tu pedido 1184402917 ha sido cancelado", date=d, structure="alt", charset="utf-8",
        cte="quoted-printable", boundary=other_boundary("x"),
        headers=foreign_headers("noreply@mediamarkt.es", d, "pablo.moreno@gmail.com", "mta-out.mediamarkt.es",
                                "151.101.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=mediamarkt.es; spf=pass smtp.mailfrom=mediamarkt.es; dmarc=pass header.from=mediamarkt.es"),
        text="Hola Pablo,\n\nLamentamos comunicarte que tu pedido 1184402917 ha sido cancelado: el producto ya no está disponible en nuestro almacén central.\n\n"
             "Sony WH-1000XM5 Auriculares inalámbricos, Negro - 329,00 €\n\nEl importe se devolverá a tu tarjeta en 5 a 7 días hábiles.\n\n"
             "¿Lo has visto más barato en Amazon, El Corte Inglés o PcComponentes? Te igualamos el precio en tienda.\n\nTu equipo de MediaMarkt\n",
        html=html)

    d = rand_date(-6)
    add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
        note="colleague says they cancelled the office Amazon order themselves",
        **{"from": ("Ricardo Salinas", "ricardo.salinas@grupo-alvear.com.mx")}, to="Fernanda López <fer.lopez@hotmail.com>",
        subject="RE: sillas para la sala de juntas", date=d, structure="text", charset="windows-1252", cte="quoted-printable",
        header_charset="utf-8", boundary=None,
        headers=foreign_headers("ricardo.salinas@grupo-alvear.com.mx", d, "fer.lopez@hotmail.com",
                                "mail.grupo-alvear.com.mx", "201.131.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=grupo-alvear.com.mx", mailer="Microsoft Outlook 16.0"),
        text="""Hola Fer,

Ya cancelé el pedido de Amazon de las seis sillas ergonómicas; me llegó el correo de confirmación de la cancelación hace rato. Al final las vamos a comprar en Office Depot porque nos dan factura con crédito a 30 días.

¿Me ayudas a avisarle a Contabilidad para que no esperen el cargo en la tarjeta corporativa?

Saludos,
Ricardo Salinas
Compras – Grupo Alvear
Tel. 55 5280 1190
""")

    d = rand_date(1)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto;color:#222;line-height:1.6">
<p style="color:#888;font-size:12px">El Rincón del Comprador &middot; Newsletter semanal</p>
<h1 style="font-size:26px">¿Por qué Amazon cancela pedidos? Cinco motivos y qué hacer en cada caso</h1>
<p>Cada semana recibimos preguntas de lectores que han encontrado en su bandeja un correo con el asunto <i>«Tu pedido de Amazon.es ha sido cancelado»</i> y no entienden por qué. Estos son los motivos más habituales:</p>
<ol>
<li><b>Falta de stock</b>: el vendedor o el proveedor no puede servir el artículo.</li>
<li><b>Problemas con el pago</b>: tarjeta caducada o rechazada.</li>
<li><b>Errores de precio</b>: el artículo se anunció con un precio incorrecto.</li>
<li><b>Revisiones de seguridad</b> de la cuenta.</li>
<li><b>Dirección no válida</b> o zona sin envío.</li>
</ol>
<p>Ojo: los estafadores copian estos asuntos. Si el correo te pide llamar a un teléfono o escribir los datos de tu tarjeta, es falso. Comprueba siempre el estado en la app.</p>
<p>Hasta la semana que viene,<br>Irene</p>
<p style="font-size:11px;color:#888"><a href="https://elrincondelcomprador.substack.com/action/disable_email">Darse de baja</a></p>
</body></html>
"""
    add(kind="non_notice", language="es", cause=None, states_reason=False, marketplace=None,
        note="blog newsletter explaining why Amazon cancels orders, quotes the subject line",
        **{"from": ("El Rincón del Comprador", "elrincondelcomprador@substack.com")}, to="marta.gil@gmail.com",
        subject="¿Por qué Amazon cancela pedidos? Cinco motivos", date=d, structure="alt", charset="utf-8",
        cte="base64", text_cte="quoted-printable", boundary=other_boundary("x"),
        headers=foreign_headers("elrincondelcomprador@substack.com", d, "marta.gil@gmail.com", "mail-out.substack.com",
                                "167.89.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=substack.com; spf=pass smtp.mailfrom=substack.com; dmarc=pass header.from=substack.com"),
        extra=[("List-Unsubscribe", "<https://elrincondelcomprador.substack.com/action/disable_email>"), ("Precedence", "bulk")],
        text="El Rincón del Comprador\n\n¿Por qué Amazon cancela pedidos? Cinco motivos y qué hacer en cada caso\n\n"
             "Cada semana recibimos preguntas de lectores que han encontrado un correo con el asunto «Tu pedido de Amazon.es ha sido cancelado». Motivos: "
             "falta de stock, problemas con el pago, errores de precio, revisiones de seguridad, dirección no válida.\n\n"
             "Ojo: los estafadores copian estos asuntos.\n\nIrene\n",
        html=html)

    amazon_msg("amazon.es", "es", "non_notice", None, False,
               "return pickup appointment cancelled (not an order cancellation)",
               "return", ("Carmen Ortega", "carmen.ortega@telefonica.net"),
               "Se ha cancelado la recogida de tu devolución",
               dict(title="Recogida cancelada", order="402-2281937-6620148", name="Carmen",
                    paras=["La recogida programada de tu devolución para mañana entre las 9:00 y las 14:00 se ha cancelado porque el transportista no tiene disponibilidad en tu zona.",
                           "Tu devolución sigue abierta. Puedes programar una nueva recogida o llevar el paquete a un punto de entrega desde Mis pedidos > Devoluciones."],
                    items_heading="Artículo en devolución",
                    items=[("Levi's 501 Original Fit vaqueros hombre, W32 L32", "1", "", "Amazon EU S.à r.l., Sucursal en España")],
                    after=["Recuerda entregar el artículo antes de que finalice el plazo de devolución."]),
               style="hedwig", cte="quoted-printable", auth=False, tz=1)

    amazon_msg("amazon.es", "es", "non_notice", None, False,
               "Amazon Music Unlimited subscription cancelled (not an order)",
               "digital-no-reply", ("Javier Sánchez", "javier.sanchez@gmx.es"),
               "Tu suscripción a Amazon Music Unlimited se ha cancelado",
               dict(name="Javier",
                    paras=["Te confirmamos que has cancelado tu suscripción a Amazon Music Unlimited (plan individual).",
                           "Podrás seguir escuchando toda la música del catálogo hasta el final del periodo de facturación actual. Después, tu cuenta pasará a Amazon Music Prime.",
                           "Si cambias de opinión, puedes volver a suscribirte en cualquier momento desde la configuración de Amazon Music."]),
               structure="alt", style="classic", charset="iso-8859-15", cte="quoted-printable", auth=True, tz=1,
               display="Amazon Music")

    amazon_msg("amazon.com.mx", "es", "non_notice", None, False,
               "genuine payment reminder: update card or the order will be cancelled",
               "payments-messages", ("Rosa Jiménez", "rosa.jimenez@yahoo.com.mx"),
               "Acción necesaria: actualiza el método de pago de tu pedido 702-5537120-8841903",
               dict(title="Problema con el pago", order="702-5537120-8841903", name="Rosa",
                    paras=["No pudimos procesar el pago de tu pedido con la tarjeta terminación 0932. Tu pedido está en espera; todavía no se ha cancelado.",
                           "Actualiza tu método de pago en Mis pedidos antes del día 18. Si no recibimos un método de pago válido antes de esa fecha, tu pedido será cancelado."],
                    items_heading="Artículos pendientes de pago",
                    items=[("Freidora de aire Ninja AF101, 3.8 L, Gris", "1", "$1,899.00", "Amazon México")],
                    after=["Para actualizarlo, ve a Mis pedidos, selecciona el pedido y elige \"Cambiar método de pago\"."]),
               structure="text", cte="8bit", auth=True, tz=-6)


spanish()


# ===========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ===========================================================================

def portuguese():
    MP = "amazon.com.br"
    # ---------------- genuine notices ----------------
    amazon_msg(MP, "pt", "notice", "inventory_shortage", True,
               "third-party seller could not fulfil the item; classic HTML QP, auth pass",
               "order-update", ("Ana Paula Souza", "anapaula.souza@uol.com.br"),
               "Seu pedido Amazon.com.br 701-4829301-5573628 foi cancelado",
               dict(title="Pedido cancelado", order="701-4829301-5573628", name="Ana Paula",
                    paras=["Infelizmente o vendedor não conseguiu atender o item abaixo por falta de estoque, e por isso ele foi cancelado.",
                           "Nenhum valor será cobrado por este item. Caso apareça uma pré-autorização na fatura do seu cartão, ela será estornada automaticamente."],
                    items_heading="Itens cancelados",
                    items=[("Air Fryer Mondial Family AFN-40-BI 4L, Preta/Inox, 110V", "1", "R$ 329,90", "Loja Casa Fácil"),],
                    after=["Pedimos desculpas pelo transtorno. Outros vendedores podem oferecer este produto na página do item na Amazon.com.br."]),
               style="classic", cte="quoted-printable", auth=True, tz=-3)

    amazon_msg(MP, "pt", "notice", "payment_issue", True,
               "boleto not paid by due date -> order cancelled; text-only 8bit latin-1",
               "payments-messages", ("Rafael Oliveira", "rafael.oliveira@terra.com.br"),
               "Seu pedido Amazon.com.br 702-1190374-6628105 foi cancelado",
               dict(order="702-1190374-6628105", name="Rafael",
                    paras=["Não identificamos o pagamento do boleto bancário referente ao pedido abaixo até a data de vencimento.",
                           "Por isso, o pedido foi cancelado. Se você já pagou o boleto após o vencimento, o valor será devolvido em até 10 dias úteis."],
                    items_heading="Itens cancelados:",
                    items=[("Kindle Paperwhite 16 GB, tela de 6,8\", à prova d'água, Preto", "1", "R$ 949,05", "Amazon.com.br")],
                    after=["Se ainda quiser estes itens, faça um novo pedido e escolha uma forma de pagamento válida (cartão de crédito, Pix ou boleto)."]),
               structure="text", charset="iso-8859-1", cte="8bit", auth=False, tz=-3)

    amazon_msg(MP, "pt", "notice", "technical_issue", True,
               "pricing error; HTML-only base64",
               "order-update", ("Camila Ferreira", "camila.ferreira@gmail.com"),
               "Informação importante sobre o seu pedido Amazon.com.br",
               dict(title="Informação sobre o pedido", order="701-8830291-4417756", name="Camila",
                    paras=["Identificamos que o item abaixo foi exibido com um preço incorreto no site devido a um erro técnico no momento da sua compra.",
                           "Por esse motivo, cancelamos o item. Nenhuma cobrança foi realizada."],
                    items_heading="Item cancelado",
                    items=[("Smart TV LG 55\" 4K UHD ThinQ AI 55UR8750PSA", "1", "R$ 219,00", "Amazon.com.br")],
                    after=["Lamentamos o inconveniente."]),
               structure="html", style="hedwig", cte="base64", auth=False, tz=-3)

    amazon_msg(MP, "pt", "notice", "fraud_prevention", True,
               "order flagged in security review, account temporarily locked; alt base64, auth pass",
               "cs-reply", ("Bruno Almeida", "bruno.almeida@bol.com.br"),
               "Seu pedido Amazon.com.br 702-6638201-9981430 foi cancelado",
               dict(title="Pedido cancelado", order="702-6638201-9981430", name="Bruno",
                    paras=["Durante uma verificação de segurança, identificamos atividade incomum relacionada ao seu pedido e o cancelamos para proteger sua conta. Sua conta foi bloqueada temporariamente.",
                           "Para desbloqueá-la, acesse a Amazon.com.br, faça login e siga as instruções para confirmar sua identidade e sua forma de pagamento. Nunca pediremos essas informações por e-mail."],
                    items_heading="Itens cancelados",
                    items=[("Console PlayStation 5 Slim com leitor de disco", "1", "R$ 3.799,00", "Amazon.com.br"),
                           ("Controle DualSense Midnight Black", "1", "R$ 429,00", "Amazon.com.br")],
                    after=["Nenhum valor foi cobrado por este pedido."]),
               style="classic", cte="base64", text_cte="base64", auth=True, tz=-3)

    amazon_msg(MP, "pt", "notice", "customer_request", True,
               "customer cancelled an item, 'Motivo: Cancelado pelo cliente'; text-only QP latin-1, auth pass",
               "auto-confirm", ("Juliana Costa", "juliana.costa@globo.com"),
               "Cancelamento do item \"Jogo de Panelas Tramontina...\" do seu pedido Amazon.com.br realizado com sucesso",
               dict(order="701-2037719-8845523", name="Juliana",
                    paras=["Conforme solicitado, cancelamos o item abaixo do seu pedido.",
                           "Motivo do cancelamento: Cancelado pelo cliente",
                           "Se o pagamento já tiver sido processado, o reembolso será feito na forma de pagamento original."],
                    items_heading="Itens cancelados",
                    items=[("Jogo de Panelas Tramontina Turim Antiaderente 10 peças, Grafite", "1", "R$ 399,90", "Amazon.com.br")],
                    after=["Os demais itens do pedido não foram afetados."]),
               structure="text", charset="iso-8859-1", cte="quoted-printable", auth=True, tz=-3)

    amazon_msg(MP, "pt", "notice", "unknown", True,
               "CEP outside delivery area -> item cancelled; reason outside the four; alt 8bit",
               "order-update", ("Lucas Pereira", "lucas.pereira@gmail.com"),
               "Itens cancelados do seu pedido Amazon.com.br 702-4401928-1136654",
               dict(title="Itens cancelados", order="702-4401928-1136654", name="Lucas",
                    paras=["Não foi possível entregar o item abaixo no endereço informado: o CEP 69915-000 está fora da área de entrega deste produto.",
                           "Por isso, cancelamos o item. Nenhum valor será cobrado."],
                    items_heading="Itens cancelados",
                    items=[("Geladeira Electrolux Frost Free 431L Inverse IB54S, Inox Look, 220V", "1", "R$ 3.599,00", "Amazon.com.br")],
                    after=["Se tiver outro endereço de entrega, cadastre-o em Sua conta e faça um novo pedido."]),
               style="hedwig", cte="8bit", auth=False, tz=-3)

    # ---------------- lookalikes ----------------
    d = rand_date(-3)
    add(kind="lookalike", language="pt", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="callback 0800 number, hotmail sender",
        **{"from": ("Amazon Brasil Suporte", "suporte.amazonbrasil@hotmail.com")}, to="rafael.oliveira@terra.com.br",
        subject="Compra cancelada - tentativa de fraude detectada", date=d, structure="text",
        charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("suporte.amazonbrasil@hotmail.com", d, "rafael.oliveira@terra.com.br",
                                "BRAPR01-CP2-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rng.randint(1, 90), rng.randint(1, 250)),
                                "dkim=pass header.d=hotmail.com; spf=pass smtp.mailfrom=hotmail.com; dmarc=pass header.from=hotmail.com",
                                msgid_host="CP2P152MB1980.LAMP152.PROD.OUTLOOK.COM"),
        text="""Prezado(a) cliente,

Sua compra no valor de R$ 4.899,00 (iPhone 15 128GB) foi CANCELADA após nosso sistema detectar uma tentativa de fraude no seu cartão.

O valor ainda pode aparecer como pendente na sua fatura.

Para estornar o valor e proteger sua conta, ligue AGORA para a Central de Segurança:

    0800 591 4472  (ligação gratuita, 24 horas)

Tenha em mãos o cartão utilizado na compra.

Equipe de Segurança Amazon Brasil
""")

    d = rand_date(-3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="background:#f3f3f3;font-family:Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#131921;padding:14px 22px;color:#fff;font-size:22px"><b>amazon</b><span style="color:#ff9900">.com.br</span></td></tr>
<tr><td style="padding:24px 26px;font-size:14px">
<p>Olá,</p>
<p>Sua conta foi <b>suspensa</b> e seu último pedido foi <b>cancelado</b> porque identificamos acessos não reconhecidos.</p>
<p>Use o código abaixo para reativar sua conta:</p>
<p style="text-align:center;font-size:30px;letter-spacing:8px;color:#007185"><b>482 915</b></p>
<p style="text-align:center"><a href="https://amazon-br-suporte.com/conta/reativar" style="background:#ffd814;color:#0f1111;padding:11px 34px;border-radius:8px;text-decoration:none">Reativar conta</a></p>
<p>O código é válido por 6 horas. Após esse prazo sua conta será encerrada.</p>
<p>Obrigado,<br>Amazon.com.br</p>
</td></tr></table></body></html>
"""
    add(kind="lookalike", language="pt", cause="fraud_prevention", states_reason=True, marketplace=None,
        note="account suspended + order cancelled, use this code; lookalike domain amazon-br-suporte.com",
        **{"from": ("Amazon.com.br", "conta@amazon-br-suporte.com")}, to="camila.ferreira@gmail.com",
        subject="Conta suspensa: seu pedido foi cancelado", date=d, structure="alt",
        charset="utf-8", cte="quoted-printable", text_cte="8bit", boundary=other_boundary("x"),
        headers=foreign_headers("conta@amazon-br-suporte.com", d, "camila.ferreira@gmail.com",
                                "mail.amazon-br-suporte.com", "179.61.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=amazon-br-suporte.com; dkim=pass header.d=amazon-br-suporte.com; dmarc=pass header.from=amazon-br-suporte.com"),
        text="Olá,\n\nSua conta foi suspensa e seu último pedido foi cancelado porque identificamos acessos não reconhecidos.\n\n"
             "Código para reativar sua conta: 482 915\n\nhttps://amazon-br-suporte.com/conta/reativar\n\nO código é válido por 6 horas.\n\nAmazon.com.br\n",
        html=html)

    d = rand_date(-3)
    add(kind="lookalike", language="pt", cause="payment_issue", states_reason=True, marketplace=None,
        note="reply with card details; gmail sender; 'order will be cancelled'",
        **{"from": ("Amazon Pagamentos", "amazon.pagamentos.br@gmail.com")}, to="juliana.costa@globo.com",
        subject="Pagamento recusado - seu pedido será cancelado", date=d, structure="text",
        charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
        headers=foreign_headers("amazon.pagamentos.br@gmail.com", d, "juliana.costa@globo.com",
                                "mail-pj1-f66.google.com", "209.85.216.66",
                                "dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com",
                                msgid_host="mail.gmail.com"),
        text="""Olá cliente,

O pagamento do seu pedido não foi aprovado pela operadora do cartão.

Seu pedido será cancelado automaticamente hoje às 23h59 caso os dados não sejam confirmados.

Para manter seu pedido, responda este e-mail com:

- Nome completo:
- CPF:
- Número do cartão:
- Validade:
- Código de segurança (CVV):

Assim que recebermos, liberamos o envio.

Att,
Setor de Pagamentos Amazon
""")

    d = rand_date(-3)
    target = "https://amazon.com.br.reembolso-pix.site/pix/resgatar?p=" + alnum(14, upper=False)
    shown = "https://www.amazon.com.br/gp/css/order-history"
    html = """<!DOCTYPE html>
<html xmlns="https://www.w3.org/1999/xhtml">
 <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><style type="text/css">%s</style></head>
 <body>
  <table id="container" cellpadding="0"><tbody><tr><td class="frame">
   <table id="header" cellpadding="0"><tbody>
    <tr><td class="logo"><img alt="Amazon.com.br" src="https://images-na.ssl-images-amazon.com/images/G/32/x-locale/common/amazon-logo-TE.png" width="120" /></td>
    <td class="navigation"><a href="%s">Seus pedidos</a> | <a href="%s">Sua conta</a> | <a href="%s">Amazon.com.br</a></td></tr>
    <tr><td class="title" colspan="2"><h2>Pedido cancelado</h2> Pedido nº <a href="%s">701-5528193-2204817</a></td></tr>
   </tbody></table>
   <table id="summary" cellpadding="0"><tbody><tr><td>
    <span class="heading">Olá,</span>
    <p>Informamos que o seu pedido foi cancelado porque o produto está <b>sem estoque</b> no momento.</p>
    <p>O valor de <b>R$ 1.299,00</b> será devolvido via <b>Pix</b>. Para resgatar o reembolso, confirme seus dados em:</p>
    <p><a href="%s">%s</a></p>
    <p>O reembolso fica disponível por 24 horas.</p>
   </td></tr></tbody></table>
   <table id="orderDetails" class="itemTable" cellpadding="0" width="100%%"><tbody>
    <tr><td>Fone de Ouvido Apple AirPods (3ª geração)</td><td>Quantidade: 1</td><td class="price">R$ 1.299,00</td></tr>
   </tbody></table>
   <table id="legal" cellpadding="0"><tbody><tr><td>
    A Amazon nunca solicitará sua senha por e-mail.<br />
    Este e-mail foi enviado de um endereço que não aceita mensagens. Por favor, não responda.
   </td></tr></tbody></table>
  </td></tr></tbody></table>
 </body>
</html>
""" % (CLASSIC_CSS, target, target, target, target, target, shown)
    add(kind="lookalike", language="pt", cause="inventory_shortage", states_reason=True, marketplace=None,
        note="polished classic template; link text shows amazon.com.br, href amazon.com.br.<evil>.site; Pix refund bait",
        **{"from": ("Amazon.com.br", "pedidos@amazon.com.br.reembolso-pix.site")}, reply_to="no-reply@reembolso-pix.site",
        to="anapaula.souza@uol.com.br", subject="Seu pedido Amazon.com.br 701-5528193-2204817 foi cancelado",
        date=d, structure="html", charset="utf-8", cte="base64",
        headers=foreign_headers("pedidos@amazon.com.br.reembolso-pix.site", d, "anapaula.souza@uol.com.br",
                                "mail.reembolso-pix.site", "45.95.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=reembolso-pix.site; dkim=pass header.d=reembolso-pix.site; dmarc=none header.from=amazon.com.br.reembolso-pix.site"),
        html=html)

    d = rand_date(-3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Tahoma,Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:580px;margin:auto;border:1px solid #ddd;padding:24px">
<h2 style="color:#232f3e">Falha no processamento do seu pedido</h2>
<p>Olá,</p>
<p>Devido a uma <b>falha técnica</b> em nosso sistema de pagamentos, seu pedido <b>702-9918273-5501846</b> foi cancelado.</p>
<p>Para reprocessar o pedido com o mesmo preço, clique abaixo e confirme seus dados:</p>
<p><a href="https://amzn-br-notificacao.net/reprocessar?pedido=702-9918273-5501846" style="background:#ff9900;color:#fff;padding:10px 26px;text-decoration:none">Reprocessar pedido</a></p>
<p>Atenciosamente,<br>Amazon.com.br</p>
</div></body></html>
"""
    add(kind="lookalike", language="pt", cause="technical_issue", states_reason=True, marketplace=None,
        note="Cyrillic A in display name, 'technical failure' cancellation, amzn-br-notificacao.net",
        **{"from": ("Аmazon.com.br", "no-reply@amzn-br-notificacao.net")}, to="lucas.pereira@gmail.com",
        subject="Seu pedido foi cancelado devido a uma falha técnica", date=d, structure="html",
        charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("no-reply@amzn-br-notificacao.net", d, "lucas.pereira@gmail.com",
                                "smtp.amzn-br-notificacao.net", "186.227.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=pass smtp.mailfrom=amzn-br-notificacao.net; dkim=none; dmarc=none header.from=amzn-br-notificacao.net"),
        html=html)

    d = rand_date(-3)
    add(kind="lookalike", language="pt", cause="unknown", states_reason=False, marketplace=None,
        note="crude, amaz0n-brasil.com, no order number, no reason",
        **{"from": ("amaz0n brasil", "atendimento@amaz0n-brasil.com")}, to="bruno.almeida@bol.com.br",
        subject="PEDIDO CANCELADO", date=d, structure="text", charset="utf-8", cte="8bit",
        headers=foreign_headers("atendimento@amaz0n-brasil.com", d, "bruno.almeida@bol.com.br",
                                "vps2841.hostgator-br.cloud", "162.214.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)), None),
        text="""ola

seu pedido foi cancelado

clique no link para ver detalhes e receber seu dinheiro de volta:
http://amaz0n-brasil.com/pedido/detalhes

amazon
""")

    d = rand_date(-3)
    target = "https://amazon.com.br.seguranca-conta.top/pagamento/atualizar?id=" + alnum(10, upper=False)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" align="center"><tr><td>
<p style="font-size:20px"><b>amazon</b>.com.br</p>
<p>Olá,</p>
<p>O cartão cadastrado para o pedido <b>#701-6623-88127</b> está <b>vencido</b>.</p>
<p>Seu pedido será cancelado em 12 horas se a forma de pagamento não for atualizada.</p>
<p><a href="%s">Atualizar forma de pagamento</a></p>
<p>Valor: R$ 2.459,00</p>
<p>Obrigado por comprar conosco.<br>Amazon.com.br</p>
</td></tr></table></body></html>
""" % target
    add(kind="lookalike", language="pt", cause="payment_issue", states_reason=True, marketplace=None,
        note="expired card, 'will be cancelled in 12h'; amazon.com.br.<evil>.top; malformed order number",
        **{"from": ("Amazon.com.br", "pagamentos@amazon.com.br.seguranca-conta.top")}, to="rafael.oliveira@terra.com.br",
        subject="Atualize seu cartão: pedido será cancelado", date=d, structure="alt",
        charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1", boundary=other_boundary("x"),
        headers=foreign_headers("pagamentos@amazon.com.br.seguranca-conta.top", d, "rafael.oliveira@terra.com.br",
                                "mail.seguranca-conta.top", "103.75.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "spf=softfail smtp.mailfrom=seguranca-conta.top; dkim=none; dmarc=none header.from=amazon.com.br.seguranca-conta.top"),
        text="Olá,\n\nO cartão cadastrado para o pedido #701-6623-88127 está vencido.\n\nSeu pedido será cancelado em 12 horas se a forma de pagamento não for atualizada:\n"
             + target + "\n\nValor: R$ 2.459,00\n\nAmazon.com.br\n",
        html=html)

    d = rand_date(-3)
    add(kind="lookalike", language="pt", cause="customer_request", states_reason=True, marketplace=None,
        note="Greek omicron in display name, yahoo sender, claims customer-requested cancellation, callback number, no order number",
        **{"from": ("Amazοn Brasil", "cancelamentos.amazon@yahoo.com.br")}, to="anapaula.souza@uol.com.br",
        subject="Cancelamento solicitado com sucesso", date=d, structure="text", charset="utf-8", cte="base64",
        headers=foreign_headers("cancelamentos.amazon@yahoo.com.br", d, "anapaula.souza@uol.com.br",
                                "sonic317-22.consmr.mail.gq1.yahoo.com", "98.137.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=yahoo.com.br; spf=pass smtp.mailfrom=yahoo.com.br; dmarc=pass header.from=yahoo.com.br",
                                msgid_host="mail.yahoo.com"),
        text="""Olá,

Recebemos sua solicitação e o cancelamento da sua compra foi realizado com sucesso.

Produto: Notebook Samsung Galaxy Book3 i7 16GB 512GB SSD
Valor a ser estornado: R$ 5.699,00

Não foi você que solicitou? Entre em contato imediatamente pelo (11) 4003-8190 ou pelo WhatsApp (11) 97821-3304 para bloquear o estorno para terceiros.

Amazon Brasil
""")

    # ---------------- non-notices ----------------
    d = rand_date(-3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f2f2f2">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#0086ff;color:#fff;padding:16px 24px;font-size:22px"><b>Magalu</b></td></tr>
<tr><td style="padding:24px">
<p>Oi, Lucas!</p>
<p>Seu pedido <b>nº 1298374650213</b> foi <b>cancelado</b> porque o parceiro não tinha o produto em estoque.</p>
<p>Cafeteira Expresso Oster PrimaLatte Touch &mdash; R$ 849,00</p>
<p>O estorno será feito no cartão de crédito em até 2 faturas.</p>
<p style="font-size:12px;color:#555">Encontrou mais barato na Amazon, no Mercado Livre ou em outra loja? Fale com a gente pelo app, a gente cobre a oferta em produtos selecionados.</p>
<p>Um abraço,<br>Time Magalu</p>
</td></tr></table></body></html>
"""
    add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
        note="Magalu genuine order cancellation (partner out of stock), mentions Amazon price comparison",
        **{"from": ("Magalu", "pedidos@magazineluiza.com.br")}, to="lucas.pereira@gmail.com",
        subject="Seu pedido foi cancelado", date=d, structure="html", charset="utf-8", cte="quoted-printable",
        headers=foreign_headers("pedidos@magazineluiza.com.br", d, "lucas.pereira@gmail.com", "mta.magazineluiza.com.br",
                                "200.185.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=magazineluiza.com.br; spf=pass smtp.mailfrom=magazineluiza.com.br; dmarc=pass header.from=magazineluiza.com.br"),
        html=html)

    d = rand_date(-3)
    add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
        note="friend says she cancelled her own Amazon order",
        **{"from": ("Patrícia Lima", "patricia.lima@gmail.com")}, to="Juliana Costa <juliana.costa@globo.com>",
        subject="Re: presente da Bia", date=d, structure="alt", charset="utf-8", cte="quoted-printable",
        boundary=other_boundary("gmail"),
        headers=foreign_headers("patricia.lima@gmail.com", d, "juliana.costa@globo.com", "mail-qt1-f171.google.com",
                                "209.85.160.171", "dkim=pass header.d=gmail.com; spf=pass; dmarc=pass header.from=gmail.com",
                                msgid_host="mail.gmail.com"),
        text="""Ju, cancelei meu pedido na Amazon da bicicleta infantil, a Amazon já mandou o e-mail confirmando o cancelamento. Vou comprar aquela da Decathlon que você indicou, tem rodinha e é mais leve.

Depois me passa o Pix pra gente dividir?

Beijo,
Pati

Em qui., Juliana Costa escreveu:
> Cancela a da Amazon, a da Decathlon é bem melhor!
""",
        html="""<div dir="ltr">Ju, cancelei meu pedido na Amazon da bicicleta infantil, a Amazon já mandou o e-mail confirmando o cancelamento. Vou comprar aquela da Decathlon que você indicou, tem rodinha e é mais leve.<div><br></div><div>Depois me passa o Pix pra gente dividir?</div><div><br></div><div>Beijo,</div><div>Pati</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Em qui., Juliana Costa escreveu:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Cancela a da Amazon, a da Decathlon é bem melhor!</blockquote></div>
""")

    d = rand_date(-3)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px;font-size:14px;line-height:1.5">
<p style="color:#5a2d82;font-size:18px"><b>Banco Aurora</b> &middot; Dicas de segurança</p>
<h2>Golpe do "pedido cancelado": saiba reconhecer</h2>
<p>Criminosos estão enviando e-mails com o assunto <i>"Seu pedido Amazon.com.br foi cancelado"</i> ou <i>"Compra cancelada - tentativa de fraude detectada"</i>. A mensagem pede que você ligue para uma "central de segurança" ou informe os dados do cartão para receber um estorno.</p>
<ul><li>O Banco Aurora e as lojas nunca pedem senha, CVV ou código por e-mail ou telefone.</li>
<li>Confira o remetente e desconfie de urgência.</li>
<li>Na dúvida, acesse o app da loja digitando o endereço você mesmo.</li></ul>
<p>Se você forneceu dados do cartão, bloqueie-o pelo app do Banco Aurora.</p>
<p style="font-size:11px;color:#888">Você recebe este e-mail por ser cliente Banco Aurora. Para não receber mais, <a href="https://bancoaurora.com.br/preferencias">altere suas preferências</a>.</p>
</td></tr></table></body></html>
"""
    add(kind="non_notice", language="pt", cause=None, states_reason=False, marketplace=None,
        note="bank security newsletter quoting fake Amazon cancellation subjects",
        **{"from": ("Banco Aurora", "seguranca@comunicados.bancoaurora.com.br")}, to="bruno.almeida@bol.com.br",
        subject="Golpe do \"pedido cancelado\": saiba reconhecer", date=d, structure="alt", charset="utf-8",
        cte="base64", text_cte="quoted-printable", boundary=other_boundary("x"),
        headers=foreign_headers("seguranca@comunicados.bancoaurora.com.br", d, "bruno.almeida@bol.com.br",
                                "mta2.comunicados.bancoaurora.com.br", "177.70.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                "dkim=pass header.d=bancoaurora.com.br; spf=pass; dmarc=pass header.from=comunicados.bancoaurora.com.br"),
        extra=[("List-Unsubscribe", "<https://bancoaurora.com.br/preferencias>"), ("Precedence", "bulk")],
        text="Banco Aurora - Dicas de segurança\n\nGolpe do \"pedido cancelado\": saiba reconhecer\n\nCriminosos estão enviando e-mails com o assunto "
             "\"Seu pedido Amazon.com.br foi cancelado\" ou \"Compra cancelada - tentativa de fraude detectada\". A mensagem pede que você ligue para uma "
             "\"central de segurança\" ou informe os dados do cartão.\n\nNunca pedimos senha, CVV ou código por e-mail ou telefone.\n",
        html=html)

    amazon_msg(MP, "pt", "non_notice", None, False,
               "scheduled delivery appointment cancelled by carrier, order still active",
               "shipment-tracking", ("Camila Ferreira", "camila.ferreira@gmail.com"),
               "Sua entrega agendada foi cancelada - escolha uma nova data",
               dict(title="Entrega agendada", order="701-3382910-7749216", name="Camila",
                    paras=["A transportadora não poderá realizar a entrega agendada para sábado, no período da manhã, e o agendamento foi cancelado.",
                           "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega em Seus pedidos."],
                    items_heading="Item do pedido",
                    items=[("Sofá retrátil e reclinável 3 lugares, suede cinza", "1", "", "Amazon.com.br")],
                    after=["Pedimos desculpas pelo transtorno."]),
               style="hedwig", cte="quoted-printable", auth=True, tz=-3)

    amazon_msg(MP, "pt", "non_notice", None, False,
               "Kindle Unlimited subscription cancelled (not an order)",
               "digital-no-reply", ("Rafael Oliveira", "rafael.oliveira@terra.com.br"),
               "Sua assinatura do Kindle Unlimited foi cancelada",
               dict(name="Rafael",
                    paras=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.",
                           "Você pode continuar lendo os títulos emprestados até o fim do período atual de cobrança. Depois disso, eles serão removidos dos seus dispositivos.",
                           "Para assinar novamente, acesse Gerenciar assinatura do Kindle Unlimited na Amazon.com.br."]),
               structure="text", charset="iso-8859-1", cte="quoted-printable", auth=False, tz=-3,
               display="Amazon Kindle")

    amazon_msg(MP, "pt", "non_notice", None, False,
               "genuine boleto payment reminder before cancellation",
               "payments-messages", ("Lucas Pereira", "lucas.pereira@gmail.com"),
               "Lembrete: o boleto do seu pedido 702-8819302-4410275 vence amanhã",
               dict(title="Pagamento pendente", order="702-8819302-4410275", name="Lucas",
                    paras=["Ainda não identificamos o pagamento do boleto do seu pedido. O boleto vence amanhã.",
                           "Se o pagamento não for identificado até a data de vencimento, o pedido será cancelado. Pagamentos podem levar até 3 dias úteis para serem compensados."],
                    items_heading="Itens aguardando pagamento",
                    items=[("Echo Dot (5ª geração) com relógio, Smart speaker com Alexa, Azul", "1", "R$ 474,05", "Amazon.com.br")],
                    after=["Você pode ver a linha digitável e a segunda via do boleto em Seus pedidos."]),
               style="classic", cte="base64", auth=False, tz=-3)


portuguese()


# ===========================================================================
# write everything
# ===========================================================================

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MESSAGES)))
    random.Random(SEED + 1).shuffle(order)
    labels = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        name = "i2%03d.eml" % n
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        labels.append({"file": name, "kind": m["kind"], "language": m["language"], "cause": m["cause"],
                       "states_reason": m["states_reason"], "marketplace": m["marketplace"], "note": m["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
