#!/usr/bin/env python3
"""Regenerate blind test batch v2 (fr / es / pt) of Amazon cancellation notices,
near-miss non-notices and phishing look-alikes.  Deterministic (fixed seed)."""
import json, os, random, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from email.generator import BytesGenerator
from email import encoders
import io

SEED = 20250602
rnd = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")

# ---------------------------------------------------------------- helpers
def hexs(n):
    return "".join(rnd.choice("0123456789abcdef") for _ in range(n))

def alnum(n):
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))

PREFIX = {
    "amazon.fr": ["171", "402", "403", "404", "405", "407"],
    "amazon.com.be": ["402", "405", "408"],
    "amazon.ca": ["701", "702"],
    "amazon.es": ["171", "402", "403", "404", "406", "408"],
    "amazon.com.mx": ["701", "702"],
    "amazon.com.br": ["701", "702"],
}

def order_no(tld):
    return "%s-%07d-%07d" % (rnd.choice(PREFIX[tld]), rnd.randrange(10**6, 10**7), rnd.randrange(10**6, 10**7))

TZ = {"fr": 1, "es": 1, "mx": -6, "br": -3, "ca": -5, "utc": 0}

def mkdate(tzkey="utc"):
    base = datetime(2025, 1, 8, tzinfo=timezone.utc) + timedelta(
        days=rnd.randrange(0, 300), seconds=rnd.randrange(0, 86400))
    off = TZ[tzkey]
    if tzkey in ("fr", "es") and 90 <= (base - datetime(2025, 1, 1, tzinfo=timezone.utc)).days <= 300:
        off = 2
    return format_datetime(base.astimezone(timezone(timedelta(hours=off))))

def ses_msgid(region="eu-west-1"):
    return "<0102%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (
        hexs(12), hexs(8), hexs(4), hexs(4), hexs(12), region)

def plain_msgid(domain):
    return "<%s.%s@%s>" % (hexs(16), hexs(8), domain)

def ses_received(tld, region="eu-west-1"):
    ip = "54.240.%d.%d" % (rnd.choice([3, 4, 7, 27, 48]), rnd.randrange(2, 250))
    host = "a%s.smtp-out.%s.amazonses.com" % (ip.replace("54.240.", "").replace(".", "-"), region)
    return ("from %s (%s [%s]) by mx%d.mail-in.example.net with ESMTPS id %s; %%DATE%%"
            % (host, host, ip, rnd.randrange(1, 9), alnum(14)), ip)

def auth_pass(tld, ip):
    return ("mx.mail-in.example.net; dkim=pass (2048-bit key) header.d=%s header.i=@%s "
            "header.s=%s header.b=%s; dkim=pass (1024-bit key) header.d=amazonses.com "
            "header.b=%s; spf=pass (mail-in.example.net: domain of "
            "%s@bounces.%s designates %s as permitted sender) smtp.mailfrom=bounces.%s; "
            "dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (tld, tld, alnum(32).lower(), alnum(8), alnum(8), "2025" + hexs(20), tld, ip, tld, tld))

def dkim_sig(tld):
    return ("v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple; s=%s; d=%s; t=%d; "
            "h=Date:From:Reply-To:To:Message-ID:Subject:MIME-Version:Content-Type; "
            "bh=%s=; b=%s" % (alnum(32).lower(), tld, 1740000000 + rnd.randrange(10**7),
                              alnum(43), alnum(120)))

def part(body, subtype, charset, cte):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    p = MIMEText(body, subtype, cs)
    if cte == "8bit":
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    return p

def build_message(m):
    """m: dict with from, to, subject, date, text/html tuples, struct, headers."""
    parts = []
    if m.get("text"):
        parts.append(part(m["text"][0], "plain", m["text"][1], m["text"][2]))
    if m.get("html"):
        parts.append(part(m["html"][0], "html", m["html"][1], m["html"][2]))
    if len(parts) == 2:
        body = MIMEMultipart("alternative", boundary="----=_Part_%d_%d.%d" % (
            rnd.randrange(10**6, 10**8), rnd.randrange(10**8, 10**10), 1700000000000 + rnd.randrange(10**10)))
        for p in parts:
            body.attach(p)
    else:
        body = parts[0]
    if m.get("attach"):
        outer = MIMEMultipart("mixed", boundary="=_mixed_" + hexs(24))
        outer.attach(body)
        for fname, ctype, data in m["attach"]:
            maintype, sub = ctype.split("/")
            a = MIMEBase(maintype, sub, name=fname, **({"charset": "utf-8"} if maintype == "text" else {}))
            a.set_payload(data.encode("utf-8") if isinstance(data, str) else data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            outer.attach(a)
        body = outer
    for sub in body.walk():
        if sub is not body and "MIME-Version" in sub:
            del sub["MIME-Version"]
    msg = body
    # headers are prepended in the order given (trace headers first)
    recv_dt = parsedate_to_datetime(m["date"]).astimezone(timezone.utc) + timedelta(seconds=rnd.randrange(1, 40))
    hdrs = [(k, v.replace("%DATE%", format_datetime(recv_dt)) if isinstance(v, str) else v) for k, v in m.get("pre", [])]
    frm = m["from"]
    hdrs.append(("From", formataddr(frm, charset=m.get("hcs", "utf-8")) if any(ord(c) > 127 for c in frm[0])
                 else formataddr(frm)))
    if m.get("reply_to"):
        hdrs.append(("Reply-To", m["reply_to"]))
    hdrs.append(("To", m["to"]))
    subj = m["subject"]
    if any(ord(c) > 127 for c in subj):
        subj = Header(subj, m.get("hcs", "utf-8"))
    hdrs.append(("Subject", subj))
    hdrs.append(("Date", m["date"]))
    hdrs.append(("Message-ID", m["msgid"]))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(m.get("post", []))
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in existing:
        if k == "MIME-Version":
            continue
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=76).flatten(msg)
    return buf.getvalue()

# ------------------------------------------------------- Amazon templates
LOC = {
    "fr": dict(orders="Vos commandes", account="Votre compte", hello="Bonjour {name},",
               order="Commande n°", items="Articles annulés", sold="Vendu par", qty="Qté",
               closing="Si vous avez besoin d'aide supplémentaire concernant votre commande, rendez-vous sur la page Service Client : https://www.{tld}/gp/help/customer/display.html",
               closing_html='Si vous avez besoin d\'aide supplémentaire concernant votre commande, rendez-vous sur notre page <a href="https://www.{tld}/gp/help/customer/display.html?ref_=ce_cs">Service Client</a>.',
               signoff="Nous espérons vous revoir bientôt.",
               security=["Amazon ne vous demandera jamais votre mot de passe, un code de vérification ou vos coordonnées bancaires par e-mail, SMS ou téléphone. Ne communiquez jamais ces informations.",
                         "Si le numéro de votre carte a changé ou si elle a expiré, mettez-la à jour dans Votre compte > Vos paiements : https://www.{tld}/cpe/yourpayments/wallet",
                         "Vous avez reçu un e-mail suspect se réclamant d'Amazon ? Signalez-le : https://www.{tld}/gp/help/customer/display.html?nodeId=GZ8ZMZV5JAEPW4F2"],
               notif="Cet e-mail a été envoyé depuis une adresse de notification qui ne peut pas recevoir d'e-mails. Merci de ne pas y répondre.",
               total="Montant remboursé"),
    "es": dict(orders="Mis pedidos", account="Mi cuenta", hello="Hola, {name}:",
               order="Pedido n.º ", items="Productos cancelados", sold="Vendido por", qty="Cant.",
               closing="Si necesitas más ayuda con tu pedido, visita la página de Atención al Cliente: https://www.{tld}/gp/help/customer/display.html",
               closing_html='Si necesitas más ayuda con tu pedido, visita la página de <a href="https://www.{tld}/gp/help/customer/display.html?ref_=ce_cs">Atención al Cliente</a>.',
               signoff="Esperamos volver a verte pronto.",
               security=["Amazon nunca te pedirá tu contraseña, códigos de verificación ni los datos de tu tarjeta por correo electrónico, SMS o teléfono. No compartas esa información con nadie.",
                         "Si el número de tu tarjeta ha cambiado o ha caducado, actualízalo en Mi cuenta > Tus pagos: https://www.{tld}/cpe/yourpayments/wallet",
                         "¿Has recibido un correo sospechoso que dice ser de Amazon? Infórmanos: https://www.{tld}/gp/help/customer/display.html?nodeId=GZ8ZMZV5JAEPW4F2"],
               notif="Este correo electrónico se ha enviado desde una dirección que no admite respuestas. Por favor, no respondas a este mensaje.",
               total="Importe reembolsado"),
    "mx": dict(orders="Tus pedidos", account="Tu cuenta", hello="Hola {name}:",
               order="Pedido #", items="Productos cancelados", sold="Vendido por", qty="Cant.",
               closing="Si necesitas más ayuda con tu pedido, visita Servicio al Cliente: https://www.{tld}/gp/help/customer/display.html",
               closing_html='Si necesitas más ayuda con tu pedido, visita <a href="https://www.{tld}/gp/help/customer/display.html?ref_=ce_cs">Servicio al Cliente</a>.',
               signoff="Esperamos verte pronto de nuevo.",
               security=["Amazon nunca te pedirá tu contraseña, códigos de verificación ni los datos de tu tarjeta por correo electrónico, mensaje de texto o teléfono.",
                         "Si el número de tu tarjeta cambió o tu tarjeta está vencida, actualízala en Tu cuenta > Tus pagos: https://www.{tld}/cpe/yourpayments/wallet",
                         "¿Recibiste un correo sospechoso a nombre de Amazon? Repórtalo: https://www.{tld}/gp/help/customer/display.html?nodeId=GZ8ZMZV5JAEPW4F2"],
               notif="Este correo fue enviado desde una dirección que no puede recibir mensajes. Por favor no respondas a este correo.",
               total="Monto reembolsado"),
    "pt": dict(orders="Seus pedidos", account="Sua conta", hello="Olá, {name},",
               order="Pedido nº ", items="Itens cancelados", sold="Vendido por", qty="Qtd.",
               closing="Se precisar de mais ajuda com o seu pedido, acesse o Atendimento ao Cliente: https://www.{tld}/gp/help/customer/display.html",
               closing_html='Se precisar de mais ajuda com o seu pedido, acesse o <a href="https://www.{tld}/gp/help/customer/display.html?ref_=ce_cs">Atendimento ao Cliente</a>.',
               signoff="Esperamos vê-lo novamente em breve.",
               security=["A Amazon nunca solicitará sua senha, códigos de verificação ou dados do seu cartão por e-mail, SMS, WhatsApp ou telefone. Não compartilhe essas informações.",
                         "Se o número do seu cartão mudou ou se ele venceu, atualize-o em Sua conta > Seus pagamentos: https://www.{tld}/cpe/yourpayments/wallet",
                         "Recebeu um e-mail suspeito em nome da Amazon? Denuncie: https://www.{tld}/gp/help/customer/display.html?nodeId=GZ8ZMZV5JAEPW4F2"],
               notif="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem.",
               total="Valor estornado"),
}

LEGAL = {
    "amazon.fr": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : 125 000 EUR. RCS Luxembourg : B 101818. Numéro de TVA luxembourgeois : LU 20260743.",
    "amazon.com.be": "Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg : B 101818. Numéro de TVA : LU 20260743.",
    "amazon.ca": "Amazon.com.ca, ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2, Canada.",
    "amazon.es": "Amazon EU S.à r.l., Sucursal en España, NIF W0184081H. Domicilio social: 38 avenue John F. Kennedy, L-1855 Luxemburgo.",
    "amazon.com.mx": "Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348, Ciudad de México.",
    "amazon.com.br": "Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, 04543-011.",
}
BRAND = {"amazon.fr": "Amazon.fr", "amazon.com.be": "Amazon.com.be", "amazon.ca": "Amazon.ca",
         "amazon.es": "Amazon.es", "amazon.com.mx": "Amazon.com.mx", "amazon.com.br": "Amazon.com.br"}

def track(tld):
    return "https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s&R=%s&T=C&U=" % (
        tld, alnum(13), alnum(14), "2025" + hexs(18), alnum(13))

CSS_TABLE = """body{margin:0;padding:0;font-family:Arial,sans-serif;font-size:13px;color:#333}
#container{width:100%;background:#f2f2f2}#main{width:640px;background:#fff}
#header .title h2{font-size:20px;color:#c60;font-weight:normal;margin:0}
#summary .heading{font-size:18px;color:#c60}#orderDetails td{padding:6px 0;vertical-align:top}
#orderDetails .price{text-align:right;white-space:nowrap}#closing{padding-top:12px}
#legalCopy{font-size:10px;color:#666;line-height:14px}a{color:#0066c0;text-decoration:none}"""

CSS_MODERN = """body { width:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
td { font-family:Arial, sans-serif; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color:#ffffff; border:1px solid #D6D6D6; border-top:2px solid #CECECE; }
.greetingTable { font-size:20px; line-height:24px; color:#002E36; margin-bottom:18px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.orderDetailsTable { font-size:15px; line-height:20px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.emailClosing { font-size:9px; line-height:15px; color:#868686; }"""

def amazon_html(loc, tld, title, name, order, paras, items, extra, layout, charset, heading=None):
    L = dict(LOC[loc]); L['items'] = heading or L['items']; B = BRAND[tld]; e = htmlmod.escape
    sec = "".join("<p>%s</p>" % e(s.format(tld=tld)) for s in L["security"])
    if layout == "table":
        rows = "".join(
            '<tr><td class="name"><a href="%s">%s</a><br /><span style="color:#666">%s %s</span></td>'
            '<td class="price">%s %d<br /><b>%s</b></td></tr>\n' % (track(tld), e(n), L["sold"], e(s), L["qty"], q, e(p))
            for n, s, q, p in items)
        ext = "".join('<tr><td><b>%s</b></td><td class="price">%s</td></tr>\n' % (e(k), e(v)) for k, v in extra)
        body = "".join("<p>%s</p>\n" % p for p in paras)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset}" />
  <style type="text/css">{CSS_TABLE}</style>
 </head>
 <body><img width="1" height="1" src="https://www.{tld}/gp/r.html?C={alnum(13)}&amp;T=O&amp;U=https%3A%2F%2Fimages-eu.ssl-images-amazon.com%2Fimages%2FG%2F08%2Fspacer._CB{rnd.randrange(10**8,10**9)}_.gif" />
  <table id="container" cellpadding="0">
   <tbody><tr><td class="frame">
    <table id="main" cellpadding="0"><tbody>
     <tr><td>
      <table id="header" cellpadding="0"><tbody>
       <tr>
        <td rowspan="2" class="logo"><a href="{track(tld)}"><img alt="{B}" src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/cs/te/logo._CB{rnd.randrange(10**8,10**9)}_.png" border="0" /></a></td>
        <td class="navigation"><table align="right"><tbody><tr>
          <td><a href="{track(tld)}">{L['orders']}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
          <td><a href="{track(tld)}">{L['account']}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
          <td><a class="last" href="{track(tld)}">{B}</a></td>
        </tr></tbody></table></td>
       </tr>
       <tr><td class="title"><h2>{e(title)}</h2> {L['order']}<a href="https://www.{tld}/gp/css/summary/edit.html?orderID={order}">{order}</a></td></tr>
      </tbody></table>
     </td></tr>
     <tr><td>
      <table id="summary" cellpadding="0"><tbody><tr><td>
       <span class="heading">{e(L['hello'].format(name=name))}</span>
       {body}
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="orderDetails" cellpadding="0" width="100%"><tbody>
       <tr><td colspan="2"><h3 style="color:#c60;font-weight:normal">{L['items']}</h3></td></tr>
{rows}{ext}      </tbody></table>
     </td></tr>
     <tr><td>
      <table id="closing" cellpadding="0"><tbody><tr><td>
       {L['closing_html'].format(tld=tld)}
       <p><br />{L['signoff']}<br /><span class="signature"><strong>{B}</strong></span></p>
      </td></tr></tbody></table>
     </td></tr>
     <tr><td>
      <table id="legalCopy" cellpadding="0"><tbody><tr><td>
       {sec}
       <p>{e(LEGAL[tld])}</p>
       <p>{e(L['notif'])}</p>
      </td></tr></tbody></table>
     </td></tr>
    </tbody></table>
   </td></tr></tbody>
  </table>
 </body>
</html>
"""
    # modern narrow card layout
    rows = "".join(
        '<tr><td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" /></td>'
        '<td class="itemTitle"><a class="orderDetailsTableLink" href="%s">%s</a><br />%s %s &middot; %s %d &middot; %s</td></tr>\n'
        % (alnum(11), track(tld), e(n), L["sold"], e(s), L["qty"], q, e(p)) for n, s, q, p in items)
    ext = "".join('<tr><td colspan="2"><b>%s:</b> %s</td></tr>\n' % (e(k), e(v)) for k, v in extra)
    body = "".join("<tr><td>%s</td></tr>\n" % p for p in paras)
    return f"""    <!DOCTYPE html>
    <html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={charset}" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
{CSS_MODERN}
  </style>
 </head>
 <body>
  <table class="emailBody" align="center" cellpadding="0" cellspacing="0"><tr><td class="emailBodyTD">
   <table class="brandTable"><tr><td><a href="{track(tld)}"><img class="brandImage" alt="{B}" src="https://m.media-amazon.com/images/G/08/SmileText/brand/amazon_logo._CB{rnd.randrange(10**8,10**9)}_.png" /></a></td></tr></table>
   <table class="emailContainer" width="100%"><tr><td class="emailContainerTD">
    <table class="greetingTable"><tr><td>{e(L['hello'].format(name=name))}</td></tr></table>
    <table class="informationTable"><tr><td><b>{e(title)}</b></td></tr>
{body}    </table>
    <table class="orderDetailsTable" width="100%">
     <tr><td colspan="2" style="color:#CC6600">{L['items']}</td></tr>
{rows}{ext}    </table>
    <table class="orderIdTable"><tr><td>{L['order']}<a href="https://www.{tld}/gp/your-account/order-details?orderID={order}">{order}</a></td></tr></table>
    <table class="informationTable"><tr><td>{L['closing_html'].format(tld=tld)}</td></tr></table>
   </td></tr></table>
   <table class="emailClosing"><tr><td>
    {sec}
    <p>{e(LEGAL[tld])}</p>
    <p>{e(L['notif'])}</p>
   </td></tr></table>
  </td></tr></table>
 </body>
</html>
"""

def strip_tags(s):
    import re
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", s))

def amazon_text(loc, tld, title, name, order, paras, items, extra, heading=None):
    L = dict(LOC[loc]); L['items'] = heading or L['items']; B = BRAND[tld]
    line = "_" * 75
    out = ["%s %s" % (B, title), "%s%s" % (L["order"], order), "https://www.%s/ref=TE_tex_g" % tld, line, "",
           L["hello"].format(name=name), ""]
    for p in paras:
        out += [strip_tags(p), ""]
    out.append(L["items"] + ":")
    for n, s, q, p in items:
        out.append("    %s" % n)
        out.append("    %s %s - %s %d - %s" % (L["sold"], s, L["qty"], q, p))
        out.append("")
    for k, v in extra:
        out.append("%s: %s" % (k, v))
    out += ["", "=" * 75, "", L["closing"].format(tld=tld), "", L["signoff"], B, line, ""]
    out += [s.format(tld=tld) for s in L["security"]]
    out += ["", LEGAL[tld], "", L["notif"], ""]
    return "\n".join(out)

def amazon_mail(loc, tld, sender, subject, title, name, to, paras, items, extra=(), layout="table",
                struct="alt", charset="utf-8", cte="qp", auth=False, region="eu-west-1", text_cte=None,
                order=None, heading=None):
    order = order or order_no(tld)
    ip = None
    pre = []
    rec, ip = ses_received(tld, region)
    if auth:
        pre.append(("Received", rec))
        pre.append(("Authentication-Results", auth_pass(tld, ip)))
        pre.append(("DKIM-Signature", dkim_sig(tld)))
    paras = [p.format(order=order) for p in paras]
    subject = subject.format(order=order)
    m = dict(pre=pre, **{"from": (BRAND[tld], "%s@%s" % (sender, tld))}, reply_to="no-reply@%s" % tld,
             to=to, subject=subject, date=mkdate("utc"), msgid=ses_msgid(region), hcs=charset,
             post=[("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                   ("Feedback-ID", "1.%s.%s=:amazonses" % (region, alnum(43)))])
    if struct in ("alt", "text"):
        m["text"] = (amazon_text(loc, tld, title, name, order, paras, items, extra, heading), charset, text_cte or cte)
    if struct in ("alt", "html"):
        m["html"] = (amazon_html(loc, tld, title, name, order, paras, items, extra, layout, charset, heading), charset, cte)
    m["order"] = order
    return m

def simple(frm, to, subject, date, text=None, html=None, reply_to=None, pre=(), post=(), msgid=None,
           hcs="utf-8", attach=None):
    dom = frm[1].split("@")[1]
    return {"from": frm, "to": to, "subject": subject, "date": date, "text": text, "html": html,
            "reply_to": reply_to, "pre": list(pre), "post": list(post), "msgid": msgid or plain_msgid(dom),
            "hcs": hcs, "attach": attach}

def phish_received(helo, ip):
    return ("from %s (unknown [%s]) by mx%d.mail-in.example.net with ESMTP id %s; %%DATE%%"
            % (helo, ip, rnd.randrange(1, 9), alnum(14)))

def phish_auth(spf, dkim, dmarc, mailfrom, hfrom, ip, dkim_d=None):
    s = "mx.mail-in.example.net; "
    if dkim == "pass":
        s += "dkim=pass (2048-bit key) header.d=%s header.b=%s; " % (dkim_d or hfrom, alnum(8))
    else:
        s += "dkim=%s; " % dkim
    s += "spf=%s (mail-in.example.net: domain of %s designates %s as %s sender) smtp.mailfrom=%s; " % (
        spf, mailfrom, ip, "permitted" if spf == "pass" else "not permitted", mailfrom.split("@")[-1])
    s += "dmarc=%s header.from=%s" % (dmarc, hfrom)
    return s

ENTRIES = []   # (meta dict, message dict)

def add(kind, lang, cause, states_reason, marketplace, note, m):
    ENTRIES.append((dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                         marketplace=marketplace, note=note), m))

# ------------------------------------------------------- phishing HTML helper
def fake_card(brand, heading, paras, button=None, footer="", charset="utf-8", logo_alt=None, link_color="#0066c0"):
    btn = ""
    if button:
        btn = ('<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr><td style="background:#FFD814;'
               'border:1px solid #FCD200;border-radius:8px;padding:10px 22px"><a href="%s" style="color:#0F1111;'
               'text-decoration:none;font-size:15px">%s</a></td></tr></table>' % (button[1], button[0]))
    ps = "".join('<p style="margin:0 0 14px 0">%s</p>\n' % p for p in paras)
    return f"""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{brand}</title></head>
<body style="margin:0;padding:0;background:#EAEDED;font-family:Arial,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" bgcolor="#EAEDED"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF" style="border:1px solid #DDD">
<tr><td style="background:#232F3E;padding:14px 20px"><span style="color:#FFFFFF;font-size:26px;font-weight:bold">{logo_alt or brand}</span></td></tr>
<tr><td style="padding:24px 28px;font-size:14px;color:#0F1111;line-height:20px">
<h2 style="font-weight:normal;color:#C45500;font-size:20px;margin:0 0 16px 0">{heading}</h2>
{ps}{btn}
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#767676;border-top:1px solid #DDD">{footer}</td></tr>
</table></td></tr></table>
</body></html>
"""

# ======================================================================
#                               FRENCH
# ======================================================================
def build_fr():
    # ---------------- notices
    m = amazon_mail("fr", "amazon.fr", "order-update", "Votre commande Amazon.fr n°{order} a été annulée",
        "Annulation d'un article", "Claire", "Claire Martin <claire.martin@orange.fr>",
        ["Nous sommes désolés de vous informer que nous avons dû annuler l'article ci-dessous de votre commande n°{order}. "
         "Notre fournisseur nous a informés que cet article n'est plus disponible et nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable.",
         "Votre moyen de paiement n'a pas été débité pour cet article. Si un montant a été pré-autorisé, cette autorisation sera levée automatiquement sous quelques jours ouvrés, selon votre banque.",
         'Les autres articles de votre commande seront expédiés comme prévu. Vous pouvez suivre leur état dans <a href="https://www.amazon.fr/gp/css/order-history?ref_=pe_cxl">Vos commandes</a>.'],
        [("Philips Hue White Ambiance, ampoule connectée E27, lot de 2", "Amazon EU S.à r.l.", 1, "49,99 €")],
        layout="table", struct="alt", charset="utf-8", cte="qp", auth=True)
    add("notice", "fr", "inventory_shortage", True, "amazon.fr", "supplier can no longer supply item; table HTML+text; auth pass", m)

    m = amazon_mail("fr", "amazon.fr", "payments-messages", "Votre commande Amazon.fr n°{order} a été annulée",
        "Annulation de commande", "Bernard", "bernard.lefevre@wanadoo.fr",
        ["Nous n'avons pas pu finaliser votre commande n°{order} : le paiement a été refusé par l'émetteur de votre carte "
         "et aucune révision du paiement n'a été effectuée dans le délai de 7 jours indiqué dans notre précédent message. Votre commande a donc été annulée.",
         "Aucun montant n'a été prélevé. Si vous souhaitez toujours recevoir ces articles, vérifiez votre moyen de paiement dans Votre compte puis passez une nouvelle commande sur Amazon.fr."],
        [("Tefal Ingenio Emotion batterie de cuisine 13 pièces, induction", "Amazon EU S.à r.l.", 1, "119,90 €"),
         ("Bosch Professional perceuse-visseuse sans fil GSR 12V-15", "Amazon EU S.à r.l.", 1, "89,00 €")],
        struct="text", charset="iso-8859-15", cte="8bit", auth=False)
    add("notice", "fr", "payment_issue", True, "amazon.fr", "card declined, payment revision not made in time; text-only iso-8859-15 8bit", m)

    m = amazon_mail("fr", "amazon.ca", "order-update", "Un article a été annulé de votre commande Amazon.ca n° {order}",
        "Article annulé", "Geneviève", "genevieve.tremblay@videotron.ca",
        ["Nous avons annulé l'article ci-dessous de votre commande n° {order}, car il était affiché à un prix erroné en raison d'une erreur dans la fiche produit sur notre site. Nous sommes désolés pour cet inconvénient.",
         "Aucun montant n'a été porté à votre carte de crédit pour cet article. Vous pouvez consulter le prix actuel et commander de nouveau à partir de la page du produit."],
        [("Cuisinart Cafetière programmable 14 tasses, acier inoxydable", "Amazon.com.ca, ULC", 1, "CDN$ 24,99")],
        extra=[("Motif de l'annulation", "Erreur de prix")],
        layout="modern", struct="html", charset="utf-8", cte="b64", auth=True, region="us-east-1")
    add("notice", "fr", "technical_issue", True, "amazon.ca", "pricing/listing error; fr-CA; HTML-only base64; auth pass", m)

    m = amazon_mail("fr", "amazon.com.be", "cs-reply", "Votre commande Amazon.com.be n° {order} a été annulée",
        "Commande annulée", "Nathalie", "Nathalie Dubois <nathalie.dubois@skynet.be>",
        ["Nous avons constaté une activité inhabituelle liée à votre compte Amazon.com.be. Par mesure de précaution, nous avons placé votre compte en attente et annulé votre commande n° {order}.",
         "Pour réactiver votre compte, connectez-vous à Amazon.com.be en saisissant vous-même l'adresse dans votre navigateur, puis suivez les instructions affichées. Il pourra vous être demandé de confirmer vos informations de paiement.",
         "Tant que cette vérification n'est pas terminée, vos autres commandes en cours peuvent également être suspendues."],
        [("Apple AirPods Pro (2e génération) avec boîtier de charge MagSafe (USB-C)", "Amazon EU S.à r.l.", 1, "249,00 €")],
        layout="table", struct="alt", charset="utf-8", cte="b64", auth=False)
    add("notice", "fr", "fraud_prevention", True, "amazon.com.be", "unusual activity, account on hold; HTML+text base64; no auth header", m)

    m = amazon_mail("fr", "amazon.fr", "auto-confirm",
        "Annulation réussie de « LEGO Technic 42151 La Bugatti Bolide » de votre commande Amazon.fr n°{order}",
        "Confirmation d'annulation", "Hugo", "hugo.bernard@free.fr",
        ["Comme vous l'avez demandé, nous avons annulé l'article suivant de votre commande n°{order}.",
         "Si vous avez payé par carte, aucun montant ne sera débité pour cet article. Si vous avez utilisé un chèque-cadeau, le montant correspondant sera recrédité sur votre compte."],
        [("LEGO Technic 42151 La Bugatti Bolide, maquette de voiture", "Amazon EU S.à r.l.", 1, "44,99 €")],
        extra=[("Motif d'annulation", "Annulée par le client")],
        struct="text", charset="utf-8", cte="qp", auth=True)
    add("notice", "fr", "customer_request", True, "amazon.fr", "customer cancelled; 'Annulée par le client'; text-only QP; auth pass", m)

    m = amazon_mail("fr", "amazon.ca", "order-update", "Votre commande Amazon.ca n° {order} a été annulée",
        "Commande annulée", "Marc-André", "ma.gagnon@bell.net",
        ["Nous vous informons que votre commande n° {order} a été annulée. Les articles concernés figurent ci-dessous.",
         "Si un montant a déjà été porté à votre compte, il sera remboursé sur votre mode de paiement d'origine dans un délai de 3 à 5 jours ouvrables. Pour toute question, consultez Vos commandes."],
        [("Hamilton Beach mélangeur 700 W avec pot en verre", "Amazon.com.ca, ULC", 1, "CDN$ 59,97"),
         ("Brita pichet filtrant 10 tasses, blanc", "Amazon.com.ca, ULC", 2, "CDN$ 32,98")],
        layout="modern", struct="alt", charset="windows-1252", cte="qp", auth=False, region="us-east-1")
    add("notice", "fr", "unknown", False, "amazon.ca", "cancelled with no reason given; windows-1252 QP; no auth", m)

    # ---------------- non-notices
    txt = """Bonjour Julien,

Nous sommes au regret de vous informer que votre commande n° 7HG2K4QPLM3XS du 3 mars a été annulée : l'article « Casque sans fil Sony WH-1000XM5 Noir » est en rupture de stock chez notre fournisseur et ne sera pas réapprovisionné.

Le montant de 329,99 € réglé via Amazon Pay vous sera intégralement remboursé sur le moyen de paiement associé à votre compte Amazon, sous 3 à 5 jours ouvrés.

Vous pouvez retrouver des produits similaires sur fnac.com ou en magasin.

Rappel sécurité : la Fnac ne vous demandera jamais vos coordonnées bancaires ni votre mot de passe par e-mail.

L'équipe Fnac.com
Fnac Darty Participations et Services - 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine
"""
    html = "<html><body style=\"font-family:Arial\"><div style=\"background:#E1A925;padding:12px;font-size:22px;font-weight:bold\">fnac</div>" + "".join(
        "<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    m = simple(("Fnac.com", "serviceclient@fnac.com"), "julien.petit@gmail.com",
               "Annulation de votre commande n° 7HG2K4QPLM3XS", mkdate("fr"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"))
    add("non_notice", "fr", None, False, None, "Fnac cancellation (out of stock) paid with Amazon Pay", m)

    txt = """Salut Thomas,

Bon, finalement j'ai annulé ma commande Amazon pour la bouilloire de maman, j'ai eu le mail de confirmation « Annulation réussie » ce matin. Je l'ai trouvée 15 € moins chère chez Boulanger et en plus ils la livrent samedi.

Du coup tu peux oublier ce que je t'ai dit hier, on se partage juste le bouquet de fleurs ?

Bisous,
Camille

Le mar. 11 mars 2025 à 21:14, Thomas Roux <thomas.roux@hotmail.fr> a écrit :
> Tu as commandé quoi finalement pour l'anniversaire ?
> Si c'est sur Amazon dis-moi combien je te dois.
"""
    m = simple(("Camille Roux", "camille.roux@laposte.net"), "Thomas Roux <thomas.roux@hotmail.fr>",
               "Re: cadeau pour maman", mkdate("fr"), text=(txt, "utf-8", "8bit"),
               post=[("In-Reply-To", plain_msgid("hotmail.fr")), ("User-Agent", "Mozilla Thunderbird")])
    add("non_notice", "fr", None, False, None, "sister says she cancelled her own Amazon order", m)

    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px;margin:auto">
<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné(e) à La Lettre Conso. <a href="https://lettre-conso.fr/n/v?id=88123">Voir en ligne</a></p>
<h1 style="font-size:24px">Arnaque : de faux e-mails « commande Amazon annulée » circulent</h1>
<p>Depuis quelques semaines, de nombreux lecteurs nous signalent un e-mail dont l'objet est <b>« Votre commande Amazon.fr n°402-8812734-9981 a été annulée – action requise »</b>. Le message affirme que votre paiement a été refusé et vous invite à « confirmer vos informations bancaires » via un lien.</p>
<p>Il s'agit d'une tentative d'hameçonnage (phishing). Quelques réflexes :</p>
<ul>
<li>Vérifiez l'adresse de l'expéditeur : les messages légitimes proviennent d'une adresse se terminant par @amazon.fr.</li>
<li>Ne cliquez pas sur les liens : ouvrez vous-même l'application ou le site et consultez « Vos commandes ».</li>
<li>Amazon ne vous demandera jamais votre mot de passe ou votre numéro de carte par e-mail.</li>
<li>Signalez le message sur la plateforme officielle et supprimez-le.</li>
</ul>
<p>Dans notre prochain numéro : comment obtenir le remboursement d'une commande annulée par un vendeur en ligne.</p>
<hr><p style="font-size:11px;color:#888">La Lettre Conso – 12 rue de la Roquette, 75011 Paris. <a href="https://lettre-conso.fr/desabonnement?u=5fa2c">Se désabonner</a></p>
</body></html>"""
    m = simple(("La Lettre Conso", "newsletter@lettre-conso.fr"), "abonne.8812@sfr.fr",
               "Arnaque : les faux mails « Votre commande Amazon a été annulée »", mkdate("fr"),
               html=(html, "utf-8", "qp"),
               post=[("List-Unsubscribe", "<https://lettre-conso.fr/desabonnement?u=5fa2c>"), ("Precedence", "bulk")])
    add("non_notice", "fr", None, False, None, "consumer newsletter about phishing quoting a fake cancellation subject", m)

    m = amazon_mail("fr", "amazon.fr", "shipment-tracking",
        "Votre rendez-vous de livraison du jeudi 13 mars a été annulé",
        "Rendez-vous de livraison annulé", "Isabelle", "isabelle.moreau@orange.fr",
        ["Le transporteur chargé de la livraison de votre commande n°{order} n'est pas en mesure d'honorer le créneau de livraison du jeudi 13 mars (8h-13h). Ce rendez-vous a été annulé.",
         "<b>Votre commande n'est pas annulée.</b> Veuillez choisir un nouveau créneau de livraison dans Vos commandes, en cliquant sur « Planifier la livraison ». Le transporteur vous contactera ensuite par SMS.",
         "Nous vous prions de nous excuser pour ce contretemps."],
        [("Samsung Lave-linge hublot WW90T534DAW, 9 kg, 1400 tr/min", "Amazon EU S.à r.l.", 1, "479,00 €")],
        heading="Articles de la livraison", layout="table", struct="alt", charset="utf-8", cte="qp", auth=True)
    add("non_notice", "fr", None, False, "amazon.fr", "delivery appointment cancelled, order kept", m)

    html = """<html><body style="font-family:Arial,sans-serif;color:#111">
<table width="600" align="center"><tr><td style="background:#232F3E;padding:12px"><img alt="Amazon.ca Prime" src="https://m.media-amazon.com/images/G/15/prime/logo._CB423.png"></td></tr>
<tr><td style="padding:20px;font-size:14px">
<p>Bonjour Sophie,</p>
<p>Conformément à votre demande, nous avons annulé votre abonnement Amazon Prime. Vous continuerez à profiter de vos avantages Prime jusqu'au <b>12 avril 2025</b>, date à laquelle votre abonnement prendra fin. Aucun autre montant ne vous sera facturé.</p>
<p>Vos commandes en cours ne sont pas touchées par cette annulation.</p>
<p>Vous changez d'avis ? Vous pouvez reprendre votre abonnement à tout moment depuis <a href="https://www.amazon.ca/gp/primecentral">Gérer mon abonnement Prime</a>.</p>
<p>Merci,<br>L'équipe Amazon Prime</p>
<p style="font-size:11px;color:#666">Amazon ne vous demandera jamais votre mot de passe par courriel. Cet e-mail a été envoyé par Amazon.com.ca, ULC. Veuillez ne pas répondre à ce message.</p>
</td></tr></table></body></html>"""
    rec, ip = ses_received("amazon.ca", "us-east-1")
    m = simple(("Amazon.ca", "prime@amazon.ca"), "sophie.lavoie@hotmail.com",
               "Votre abonnement Amazon Prime a été annulé", mkdate("ca"), html=(html, "utf-8", "b64"),
               pre=[("Received", rec), ("Authentication-Results", auth_pass("amazon.ca", ip))],
               msgid=ses_msgid("us-east-1"))
    add("non_notice", "fr", None, False, "amazon.ca", "Prime membership cancelled at customer's request", m)

    m = amazon_mail("fr", "amazon.com.be", "payments-messages",
        "Action requise : mettez à jour votre moyen de paiement pour la commande n° {order}",
        "Révision du paiement requise", "Pieter", "pieter.janssens@telenet.be",
        ["Nous n'avons pas pu débiter la carte Visa se terminant par 4417 pour votre commande n° {order}.",
         "Pour éviter l'annulation de votre commande, veuillez mettre à jour vos informations de paiement d'ici le <b>21 mai 2025</b> : rendez-vous dans Vos commandes, sélectionnez la commande puis cliquez sur « Réviser le paiement ».",
         "Si vous ne mettez pas à jour votre moyen de paiement avant cette date, votre commande sera annulée. Vos articles seront expédiés dès que le paiement aura été confirmé."],
        [("Garmin Forerunner 265, montre GPS de course, noir", "Amazon EU S.à r.l.", 1, "399,99 €")],
        heading="Articles en attente de paiement", layout="modern", struct="alt", charset="utf-8", cte="qp", auth=True)
    add("non_notice", "fr", None, False, "amazon.com.be", "genuine payment reminder before any cancellation", m)

    # ---------------- lookalikes
    txt = """Bonjour cher client,

Votre commande #AMZ-7741-FR d'un montant de 849,99 EUR (Apple iPhone 15 Pro 256 Go - Titane naturel) a été annulée.

Si vous n'êtes pas à l'origine de cette commande ou pour obtenir le remboursement, contactez immédiatement notre service d'assistance au :

    +33 9 70 19 42 88  (7j/7 - 24h/24)

Sans appel de votre part sous 24 heures, le montant sera débité définitivement.

Ne répondez pas à ce mail.
Service Client Amazon
"""
    ip = "185.234.72.%d" % rnd.randrange(2, 250)
    m = simple(("Amazon Service Client", "service.client.amazonfr2025@gmail.com"), "undisclosed-recipients:;",
               "Votre commande Amazon a été annulée - Remboursement en attente", mkdate("fr"),
               text=(txt, "utf-8", "8bit"),
               pre=[("Received", phish_received("mail-sor-f41.google.com", "209.85.220.%d" % rnd.randrange(2, 250)))],
               msgid=plain_msgid("mail.gmail.com"))
    add("lookalike", "fr", "unknown", False, None, "gmail sender, callback phone number, malformed order number", m)

    html = fake_card("Amazon.fr", "Votre compte a été suspendu",
        ["Bonjour,",
         "Nous avons détecté une activité inhabituelle sur votre compte. Par mesure de sécurité, votre compte a été temporairement suspendu et votre commande n°405-8812734-99812 a été annulée.",
         "Pour réactiver votre compte et débloquer vos commandes, rendez-vous sur la page de vérification et saisissez le code suivant :",
         '<span style="font-size:24px;letter-spacing:4px;font-weight:bold">884 213</span>',
         "Ce code expire dans 48 heures. Passé ce délai, votre compte sera définitivement fermé."],
        button=("Vérifier mon compte", "https://amazon-orders.help/fr/verify?c=884213&id=" + hexs(12)),
        footer="Amazon ne vous demandera jamais votre mot de passe. © 1996-2025, Amazon.com, Inc. ou ses filiales.")
    m = simple(("Amazon.fr", "securite@amazon-orders.help"), "l.girard@orange.fr",
               "Compte suspendu : votre commande a été annulée", mkdate("fr"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("mail.amazon-orders.help", "45.137.21.%d" % rnd.randrange(2, 250))),
                    ("Authentication-Results", phish_auth("pass", "pass", "pass", "bounce@amazon-orders.help", "amazon-orders.help", "45.137.21.9"))])
    add("lookalike", "fr", "fraud_prevention", True, None, "look-alike domain, account suspended + code, malformed order number", m)

    txt = """Cher(e) client(e),

Nous n'avons pas pu traiter le paiement de votre derniere commande car votre carte a été refuser par votre banque. Votre commande a donc été annulé.

Pour réactiver votre commande, veuillez répondre a ce message en indiquant les informations suivantes :

- Nom du titulaire de la carte :
- Numéro de carte :
- Date d'expiration :
- Cryptogramme (3 chiffres au dos) :
- Date de naissance :

Votre commande sera réexpédié sous 24h après vérification.

Cordialement,
Département Paiements Amazon
"""
    m = simple(("Amazon Paiements", "amazon.paiements@outlook.fr"), "client@free.fr",
               "Re: Paiement refusé - commande annulée", mkdate("fr"), text=(txt, "iso-8859-1", "qp"),
               pre=[("Received", phish_received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rnd.randrange(1, 99), rnd.randrange(2, 250))))],
               msgid=plain_msgid("EUR05.prod.outlook.com"), hcs="iso-8859-1")
    add("lookalike", "fr", "payment_issue", True, None, "outlook sender asks to reply with card details; no order number; crude", m)

    oid = order_no("amazon.fr")
    phish_href = "http://refund-amzn.sbs/fr/remb/?o=%s&t=%s" % (oid, hexs(16))
    html = fake_card("Amazon.fr", "Votre commande a été annulée",
        ["Bonjour,",
         "Nous sommes désolés : l'article « Dyson V15 Detect Absolute » de votre commande n°%s n'est plus disponible chez notre fournisseur. Votre commande a donc été annulée." % oid,
         "Un remboursement de <b>649,00 €</b> est en attente. Afin de le recevoir, veuillez confirmer vos coordonnées bancaires sur notre page sécurisée :",
         '<a href="%s">https://www.amazon.fr/gp/remboursement/confirmer</a>' % phish_href,
         "Sans confirmation sous 72 heures, le remboursement sera annulé."],
        button=("Confirmer mon remboursement", phish_href),
        footer='Amazon ne vous demandera jamais votre mot de passe par e-mail. <a href="%s">Aide</a> | <a href="%s">Conditions générales</a><br>Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.' % (phish_href, phish_href))
    txt = ("Bonjour,\n\nNous sommes désolés : l'article « Dyson V15 Detect Absolute » de votre commande n°%s n'est plus disponible chez notre fournisseur. "
           "Votre commande a donc été annulée.\n\nUn remboursement de 649,00 € est en attente. Confirmez vos coordonnées bancaires : %s\n\n"
           "Sans confirmation sous 72 heures, le remboursement sera annulé.\n\nAmazon.fr\n" % (oid, phish_href))
    m = simple(("Amazon.fr", "auto-confirm@amazon.fr.commande-annulation.com"), "e.fontaine@sfr.fr",
               "Votre commande Amazon.fr n°%s a été annulée" % oid, mkdate("fr"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("mail.commande-annulation.com", "91.215.85.%d" % rnd.randrange(2, 250))),
                    ("Authentication-Results", phish_auth("pass", "none", "none", "auto-confirm@amazon.fr.commande-annulation.com", "amazon.fr.commande-annulation.com", "91.215.85.14"))])
    add("lookalike", "fr", "inventory_shortage", True, None, "polished; amazon.fr.evil-style domain; link text shows amazon.fr, href elsewhere; well-formed order number", m)

    html = fake_card("Аmаzon.fr", "Erreur technique : commande annulée",
        ["Cher client,",
         "En raison d'une erreur technique de tarification survenue sur notre plateforme, votre commande récente a été annulée automatiquement.",
         "Pour nous excuser de ce désagrément, un bon d'achat de <b>50 €</b> vous attend. Connectez-vous pour l'activer et recommander votre article au prix affiché :",
         ],
        button=("Activer mon bon d'achat", "https://service-amazfr.com/bon/activer?u=" + hexs(10)),
        footer="Vous recevez cet e-mail car vous êtes client Amazon.fr. © Amazon")
    m = simple(("Аmаzon.fr", "commandes@service-amazfr.com"), "d.lambert@gmail.com",
               "Votre commande a été annulée suite à une erreur technique", mkdate("fr"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("vps-48213.service-amazfr.com", "5.188.62.%d" % rnd.randrange(2, 250)))])
    add("lookalike", "fr", "technical_issue", True, None, "Cyrillic homoglyphs in display name; no order number; voucher lure; HTML-only base64", m)

    oid = "701-55%05d-%07d" % (rnd.randrange(10**5), rnd.randrange(10**7))
    txt = ("Bonjour,\n\nLe paiement de votre commande Amazon.ca n° %s n'a pas pu être autorisé.\n\n"
           "Votre commande sera annulée si vous ne mettez pas à jour votre mode de paiement dans les 24 heures.\n\n"
           "Mettre à jour mon paiement : https://amaz0n-ca.com/fr/paiement/maj?ref=%s\n\n"
           "Merci de magasiner avec nous.\nAmazon.ca\n" % (oid, hexs(12)))
    html = fake_card("Amazon.ca", "Votre commande sera annulée",
        ["Bonjour,", "Le paiement de votre commande Amazon.ca n° %s n'a pas pu être autorisé." % oid,
         "<b>Votre commande sera annulée si vous ne mettez pas à jour votre mode de paiement dans les 24 heures.</b>"],
        button=("Mettre à jour mon paiement", "https://amaz0n-ca.com/fr/paiement/maj?ref=" + hexs(12)),
        footer="Merci de magasiner avec nous. Amazon.com.ca, ULC")
    m = simple(("Amazon.ca", "avis@amaz0n-ca.com"), "r.cote@videotron.ca",
               "Action requise : votre commande sera annulée", mkdate("ca"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("smtp.amaz0n-ca.com", "193.42.33.%d" % rnd.randrange(2, 250))),
                    ("Authentication-Results", phish_auth("pass", "none", "none", "avis@amaz0n-ca.com", "amaz0n-ca.com", "193.42.33.7"))])
    add("lookalike", "fr", "payment_issue", True, None, "amaz0n typo domain; threatens cancellation unless payment updated in 24h", m)

    txt = """ANNULATION DE COMMANDE !!!

Bonjour

Votre commande a ete annuler car le produit est en rupture de stock.
Vous devez remplir le formulaire de remboursement pour recevoir votre argent sinon il sera perdu.

Cliquer ici pour obtenir votre remboursement : http://bit.ly/3amzRmb-fr

Merci
amazon
"""
    m = simple(("amazon", "amz.remboursement@yahoo.com"), "contact@laposte.net",
               "ANNULATION DE COMMANDE !!!", mkdate("fr"), text=(txt, "windows-1252", "8bit"),
               pre=[("Received", phish_received("sonic301-21.consmr.mail.ir2.yahoo.com", "77.238.%d.%d" % (rnd.randrange(170, 180), rnd.randrange(2, 250))))],
               msgid=plain_msgid("mail.yahoo.com"), hcs="windows-1252")
    add("lookalike", "fr", "inventory_shortage", True, None, "crude; yahoo sender; no order number; shortened link", m)

    oid = order_no("amazon.com.be")
    href = "https://amazon-be.support/ap/signin?openid.return_to=%s" % hexs(20)
    html = amazon_html("fr", "amazon.com.be", "Commande annulée", "client", oid,
        ["Votre commande n° %s a été annulée." % oid,
         'Pour consulter les détails et demander votre remboursement, <a href="%s">connectez-vous à Votre compte</a>.' % href],
        [("Nintendo Switch OLED, modèle blanc", "Amazon EU S.à r.l.", 1, "349,99 €")], [], "table", "utf-8")
    html = html.replace("https://www.amazon.com.be/gp/r.html", "https://amazon-be.support/r").replace(
        "https://www.amazon.com.be/gp/css/summary/edit.html", "https://amazon-be.support/orders")
    m = simple(("Amazοn.com.be", "no-reply@amazon-be.support"), "f.renard@skynet.be",
               "Votre commande Amazon.com.be n° %s a été annulée" % oid, mkdate("fr"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("out-3.amazon-be.support", "141.98.10.%d" % rnd.randrange(2, 250))),
                    ("Authentication-Results", phish_auth("pass", "pass", "pass", "no-reply@amazon-be.support", "amazon-be.support", "141.98.10.77"))])
    add("lookalike", "fr", "unknown", False, None, "polished replica of genuine template; Greek omicron in display name; look-alike domain with passing DKIM for itself", m)

# ======================================================================
#                               SPANISH
# ======================================================================
def build_es():
    # ---------------- notices
    m = amazon_mail("mx", "amazon.com.mx", "order-update", "Se canceló un producto de tu pedido de Amazon.com.mx #{order}",
        "Producto cancelado", "Alejandra", "alejandra.ramirez@gmail.com",
        ["Lamentamos informarte que tuvimos que cancelar el siguiente producto de tu pedido #{order}. El vendedor nos notificó que no pudo surtir el artículo porque ya no cuenta con existencias.",
         "No se realizó ningún cargo a tu método de pago por este producto. Si se generó una preautorización, se liberará automáticamente en los próximos días hábiles, según tu banco."],
        [("Audífonos inalámbricos JBL Tune 520BT, azul", "TecnoShop MX", 1, "$749.00 MXN")],
        extra=[("Motivo de la cancelación", "Producto sin existencias")],
        layout="table", struct="alt", charset="utf-8", cte="qp", auth=False, region="us-east-1")
    add("notice", "es", "inventory_shortage", True, "amazon.com.mx", "seller could not fulfil, out of stock; no auth header", m)

    m = amazon_mail("es", "amazon.es", "payments-messages", "Tu pedido de Amazon.es n.º {order} ha sido cancelado",
        "Pedido cancelado", "Lucía", "Lucía Fernández <lucia.fdez@telefonica.net>",
        ["No hemos podido procesar el pago de tu pedido n.º {order} porque la tarjeta asociada ha caducado. Como el método de pago no se actualizó en el plazo indicado, hemos cancelado el pedido.",
         "No se ha realizado ningún cargo. Si todavía deseas estos productos, añade una tarjeta válida en Mi cuenta y vuelve a realizar el pedido."],
        [("Cecotec Freidora de aire Cecofry Full InoxBlack Pro 5500", "Amazon EU S.à r.l.", 1, "69,90 €")],
        layout="modern", struct="alt", charset="utf-8", cte="b64", auth=True)
    add("notice", "es", "payment_issue", True, "amazon.es", "expired card, payment not updated in time; modern layout base64; auth pass", m)

    m = amazon_mail("es", "amazon.es", "order-update", "Se ha cancelado un producto de tu pedido de Amazon.es n.º {order}",
        "Producto cancelado", "Jorge", "jorge.navarro@hotmail.es",
        ["Te informamos de que hemos cancelado el producto que aparece a continuación de tu pedido n.º {order}. Debido a un error del sistema, el producto se mostró con un precio incorrecto en el momento de tu compra.",
         "No se te ha cobrado nada por este producto. Si lo deseas, puedes volver a comprarlo al precio actual desde la página del producto. Sentimos las molestias."],
        [("Samsung Galaxy Tab S9 FE, 128 GB, Wi-Fi, gris", "Amazon EU S.à r.l.", 1, "34,90 €")],
        struct="text", charset="iso-8859-15", cte="8bit", auth=False)
    add("notice", "es", "technical_issue", True, "amazon.es", "system error showed wrong price; text-only iso-8859-15 8bit", m)

    m = amazon_mail("mx", "amazon.com.mx", "cs-reply", "Tu pedido de Amazon.com.mx #{order} fue cancelado",
        "Pedido cancelado", "Ricardo", "ricardo.mtz@outlook.com",
        ["Nuestro sistema detectó actividad inusual en tu cuenta y, para proteger tu información, la pusimos en espera de manera temporal. Como consecuencia, cancelamos tu pedido #{order}.",
         "Para restablecer el acceso, inicia sesión en Amazon.com.mx escribiendo la dirección directamente en tu navegador y sigue las indicaciones para verificar tu identidad y tu método de pago.",
         "Si ya completaste la verificación, no es necesario que hagas nada más."],
        [("Consola PlayStation 5 Slim, edición digital", "Amazon México", 1, "$8,999.00 MXN")],
        layout="modern", struct="html", charset="utf-8", cte="qp", auth=True, region="us-east-1")
    add("notice", "es", "fraud_prevention", True, "amazon.com.mx", "unusual activity, account on hold; HTML-only QP; auth pass", m)

    m = amazon_mail("es", "amazon.es", "auto-confirm",
        "Cancelación correcta de «Kindle Paperwhite (16 GB)» de tu pedido de Amazon.es n.º {order}",
        "Confirmación de cancelación", "Pablo", "pablo.ruiz@yahoo.es",
        ["Tal como solicitaste, hemos cancelado los siguientes productos de tu pedido n.º {order}.",
         "No se realizará ningún cargo por los productos cancelados. Si pagaste con un cheque regalo, el importe volverá a tu saldo."],
        [("Kindle Paperwhite (16 GB), pantalla de 7\", negro", "Amazon EU S.à r.l.", 1, "169,99 €")],
        extra=[("Motivo de la cancelación", "Cancelado por el cliente")],
        struct="text", charset="utf-8", cte="b64", auth=False)
    add("notice", "es", "customer_request", True, "amazon.es", "customer-requested cancellation; text-only base64; no auth", m)

    m = amazon_mail("es", "amazon.es", "order-update", "Tu pedido de Amazon.es n.º {order} ha sido cancelado",
        "Pedido cancelado", "Marta", "marta.gil@movistar.es",
        ["Hemos cancelado tu pedido n.º {order} porque no ha sido posible entregarlo en la dirección de envío indicada: el transportista nos ha informado de que la dirección está incompleta y el paquete nos ha sido devuelto.",
         "Recibirás el reembolso en tu método de pago original en un plazo de 3 a 5 días hábiles desde que el paquete llegue a nuestro centro logístico. Revisa tus direcciones en Mi cuenta antes de volver a realizar el pedido."],
        [("Rowenta Plancha de vapor Focus Excel DW5320", "Amazon EU S.à r.l.", 1, "54,99 €"),
         ("Tefal Tabla de planchar Easy Compact", "Amazon EU S.à r.l.", 1, "39,90 €")],
        layout="table", struct="alt", charset="utf-8", cte="8bit", auth=True)
    add("notice", "es", "unknown", True, "amazon.es", "cancelled because shipping address undeliverable; 8bit; auth pass", m)

    # ---------------- non-notices
    txt = """Hola Elena:

Lamentamos comunicarte que tu pedido 10105738892201 ha sido cancelado. No hemos podido reservar el artículo «Zapatillas adidas Samba OG, talla 39» en nuestro almacén, ya que se agotó justo después de tu compra.

El importe de 89,95 € que abonaste con Amazon Pay se te devolverá en la cuenta de Amazon asociada en un plazo de 3 a 5 días laborables. No tienes que hacer nada.

Esperamos verte pronto de nuevo en Zalando.

Tu equipo de Zalando
Zalando SE · Valeska-Gert-Straße 5 · 10243 Berlín
Zalando nunca te pedirá tus contraseñas ni los datos de tu tarjeta por correo electrónico.
"""
    html = "<html><body style=\"font-family:Helvetica,Arial\"><div style=\"padding:14px;font-size:24px;color:#ff6900;font-weight:bold\">zalando</div>" + "".join(
        "<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    m = simple(("Zalando", "info@service-mail.zalando.es"), "elena.sanz@gmail.com",
               "Tu pedido 10105738892201 ha sido cancelado", mkdate("es"),
               text=(txt, "utf-8", "b64"), html=(html, "utf-8", "b64"))
    add("non_notice", "es", None, False, None, "Zalando order cancelled, paid with Amazon Pay", m)

    txt = """Hola a todos,

Os confirmo que he cancelado el pedido de Amazon de los dos monitores LG de 27" para la sala de reuniones. Compras nos ha recordado que el material informático hay que pedirlo a través del proveedor homologado, así que lo tramito por ahí esta semana.

Si alguien ve un cargo en la tarjeta de empresa, es la preautorización y desaparecerá sola.

Un saludo,
Javier Ortega
Responsable de Sistemas - Grupo Indal
"""
    m = simple(("Javier Ortega", "javier.ortega@grupoindal.es"), "equipo-oficina@grupoindal.es",
               "Pedido monitores sala de reuniones", mkdate("es"), text=(txt, "iso-8859-1", "qp"), hcs="iso-8859-1",
               post=[("X-Mailer", "Microsoft Outlook 16.0")])
    add("non_notice", "es", None, False, None, "colleague says he cancelled the team's Amazon order", m)

    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;max-width:620px;margin:auto;color:#222">
<p style="font-size:11px;color:#777">Boletín semanal · Seguridad al Día · nº 142</p>
<h2>Vuelve el timo del «pedido cancelado» de Amazon</h2>
<p>Esta semana hemos recibido decenas de avisos de lectores sobre un correo con el asunto <i>«Su pedido de Amazon ha sido cancelado – llame para su reembolso»</i>. El mensaje incluye un número de teléfono supuestamente de atención al cliente; al llamar, un falso agente pide instalar un programa de acceso remoto o facilitar los datos de la tarjeta.</p>
<p><b>Cómo protegerte:</b></p>
<ol>
<li>Comprueba el estado real de tus pedidos entrando tú mismo en la web o la app oficial.</li>
<li>Desconfía de remitentes como «amazon-soporte» en Gmail u Outlook y de dominios parecidos.</li>
<li>Amazon no te pedirá nunca contraseñas ni códigos por teléfono.</li>
<li>Reenvía el correo a la plataforma de denuncias y bórralo.</li>
</ol>
<p>En el próximo boletín: cómo reclamar un reembolso cuando una tienda online cancela tu pedido.</p>
<hr><p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en seguridad-al-dia.es. <a href="https://seguridad-al-dia.es/baja?u=ff31a">Darse de baja</a></p>
</body></html>"""
    m = simple(("Seguridad al Día", "boletin@seguridad-al-dia.es"), "suscriptor4471@gmail.com",
               "Boletín 142: el timo del «pedido cancelado» de Amazon", mkdate("es"), html=(html, "utf-8", "8bit"),
               post=[("List-Unsubscribe", "<https://seguridad-al-dia.es/baja?u=ff31a>"), ("Precedence", "bulk")])
    add("non_notice", "es", None, False, None, "security newsletter quoting a fake cancellation subject", m)

    txt = """Hola Daniela:

Cancelamos tu membresía de Kindle Unlimited, tal como lo solicitaste. Podrás seguir leyendo los títulos que tienes en préstamo hasta el 28 de abril de 2025, fecha en que termina tu periodo de facturación actual. No se te harán más cargos.

Tus compras de libros Kindle no se ven afectadas y seguirán disponibles en tu biblioteca.

¿Cambiaste de opinión? Puedes volver a suscribirte en cualquier momento: https://www.amazon.com.mx/kindle-dbs/hz/subscribe/ku

Gracias,
El equipo de Kindle

Amazon nunca te pedirá tu contraseña por correo electrónico. Este mensaje fue enviado desde una dirección que no acepta respuestas.
"""
    rec, ip = ses_received("amazon.com.mx", "us-east-1")
    m = simple(("Amazon.com.mx", "digital-no-reply@amazon.com.mx"), "daniela.hdz@hotmail.com",
               "Tu membresía de Kindle Unlimited ha sido cancelada", mkdate("mx"), text=(txt, "utf-8", "qp"),
               pre=[("Received", rec)], msgid=ses_msgid("us-east-1"))
    add("non_notice", "es", None, False, "amazon.com.mx", "Kindle Unlimited subscription cancelled at customer's request", m)

    m = amazon_mail("es", "amazon.es", "no-reply",
        "Se ha cancelado tu franja de entrega de Amazon Fresh del sábado",
        "Franja de entrega cancelada", "Carmen", "carmen.lopez@gmail.com",
        ["Por una incidencia en nuestra ruta de reparto, no podremos entregar tu pedido n.º {order} en la franja del sábado de 10:00 a 12:00, que ha quedado cancelada.",
         "<b>Tu pedido sigue activo.</b> Elige una nueva franja de entrega en Mis pedidos antes de las 22:00 de hoy; si no eliges ninguna, te asignaremos la primera disponible.",
         "Te pedimos disculpas por las molestias."],
        [("Leche semidesnatada Pascual, pack 6 x 1 L", "Amazon Fresh", 1, "6,54 €"),
         ("Aceite de oliva virgen extra Carbonell, 1 L", "Amazon Fresh", 2, "17,90 €")],
        heading="Productos de tu pedido", layout="modern", struct="alt", charset="utf-8", cte="qp", auth=False)
    add("non_notice", "es", None, False, "amazon.es", "Amazon Fresh delivery slot cancelled; order stays active", m)

    m = amazon_mail("mx", "amazon.com.mx", "payments-messages",
        "Revisa tu método de pago para el pedido de Amazon.com.mx #{order}",
        "Se requiere revisar el pago", "Fernando", "fer.castillo@gmail.com",
        ["No pudimos procesar el pago con la tarjeta Mastercard con terminación 2291 para tu pedido #{order}.",
         "Para evitar que tu pedido sea cancelado, actualiza tu información de pago antes del <b>14 de junio de 2025</b> en Tus pedidos &gt; Revisar pago.",
         "Si no actualizas tu método de pago antes de esa fecha, tu pedido será cancelado. Enviaremos tus productos en cuanto se confirme el pago."],
        [("Licuadora Oster Pro 1200 con vaso de vidrio", "Amazon México", 1, "$1,499.00 MXN")],
        heading="Productos pendientes de pago", layout="table", struct="alt", charset="utf-8", cte="qp", auth=True, region="us-east-1")
    add("non_notice", "es", None, False, "amazon.com.mx", "genuine payment revision reminder, not yet cancelled", m)

    # ---------------- lookalikes
    oid = order_no("amazon.es")
    txt = ("Estimado cliente:\n\nSu pedido n.º %s por importe de 1.249,00 € (Apple MacBook Air 13\" M3) ha sido cancelado a petición del titular de la cuenta.\n\n"
           "Si usted NO ha solicitado esta cancelación o no reconoce este pedido, llame de inmediato a nuestro departamento de reembolsos:\n\n"
           "    Tel. 910 47 83 22 (lunes a domingo, 8:00-22:00)\n\n"
           "Tenga a mano el número de pedido. Por su seguridad, no comparta este correo.\n\nAtentamente,\nAtención al Cliente de Amazon.es\n" % oid)
    ip = "103.151.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250))
    m = simple(("Amazon.es", "auto-confirm@amazon.es"), "m.torres@gmail.com",
               "Su pedido de Amazon.es n.º %s ha sido cancelado" % oid, mkdate("es"),
               text=(txt, "iso-8859-15", "qp"), reply_to="reembolsos.amazon.es@gmail.com", hcs="iso-8859-15",
               pre=[("Received", phish_received("vps2281.hostnet-cloud.xyz", ip)),
                    ("Authentication-Results", phish_auth("fail", "none", "fail", "root@vps2281.hostnet-cloud.xyz", "amazon.es", ip))],
               msgid=plain_msgid("vps2281.hostnet-cloud.xyz"))
    add("lookalike", "es", "customer_request", True, None, "spoofed amazon.es From with dmarc=fail, gmail Reply-To, callback phone number", m)

    txt = ("Hola,\n\nTu cuenta de Amazon fue suspendida por actividad sospechosa y tu pedido #702-3349-88120 fue cancelado.\n\n"
           "Para reactivar tu cuenta usa el siguiente código de verificación en https://amazon-mx-verificacion.com/activar\n\n"
           "    Código: AMZ-55821\n\nSi no verificas en 24 horas tu cuenta será eliminada de forma permanente.\n\nAmazon México\n")
    html = fake_card("Amazon.com.mx", "Tu cuenta fue suspendida",
        ["Hola,", "Detectamos actividad sospechosa en tu cuenta. Por tu seguridad la suspendimos y tu pedido <b>#702-3349-88120</b> fue cancelado.",
         "Para reactivar tu cuenta, ingresa el siguiente código de verificación:",
         '<span style="font-size:22px;font-weight:bold;letter-spacing:3px">AMZ-55821</span>',
         "Si no verificas en 24 horas tu cuenta será eliminada de forma permanente."],
        button=("Reactivar mi cuenta", "https://amazon-mx-verificacion.com/activar?c=AMZ-55821"),
        footer="© 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.")
    m = simple(("Amazon México", "seguridad@amazon-mx-verificacion.com"), "karla.reyes@yahoo.com.mx",
               "Tu cuenta fue suspendida y tu pedido cancelado", mkdate("mx"),
               text=(txt, "utf-8", "b64"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("mail.amazon-mx-verificacion.com", "172.86.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250))))])
    add("lookalike", "es", "fraud_prevention", True, None, "look-alike domain, account suspended + code, malformed order number", m)

    txt = """Estimado cliente de amazon,

Le informamos que su pedido ha sido cancelado porque no se ha podido realizar el cobro en su tarjeta.

Para volver activar su pedido responda a este correo con los siguientes datos:

Nombre y apellidos:
Numero de tarjeta:
Fecha de caducidad:
CVV:
DNI:

Una vez verificados los datos su pedido sera enviado en 24/48h.

Un saludo
Departamento de facturacion Amazon España
"""
    m = simple(("Amazon España", "atencionalcliente.amazon.es@gmail.com"), "info@jardineriasol.es",
               "Pedido cancelado - Error en el cobro", mkdate("es"), text=(txt, "iso-8859-15", "8bit"),
               pre=[("Received", phish_received("mail-sor-f69.google.com", "209.85.220.%d" % rnd.randrange(2, 250)))],
               msgid=plain_msgid("mail.gmail.com"))
    add("lookalike", "es", "payment_issue", True, None, "crude; gmail sender asks to reply with card data and DNI; no order number", m)

    oid = order_no("amazon.com.mx")
    href = "https://mx-reembolsos.top/a/%s?o=%s" % (hexs(10), oid)
    html = fake_card("Amazon.com.mx", "Producto cancelado de tu pedido",
        ["Hola,",
         "El vendedor no pudo surtir el producto <b>Smart TV Samsung 55\" Crystal UHD 4K</b> de tu pedido #%s, por lo que fue cancelado." % oid,
         "Para recibir el reembolso de <b>$9,499.00 MXN</b>, confirma la tarjeta a la que debemos depositarlo en el siguiente enlace:",
         '<a href="%s" style="color:#007185">https://www.amazon.com.mx/gp/css/reembolsos</a>' % href,
         "El enlace es válido durante 48 horas."],
        footer='Amazon nunca te pedirá tu contraseña. <a href="%s">Tus pedidos</a> · <a href="%s">Ayuda</a>' % (href, href))
    m = simple(("Amazon.com.mx", "pedidos@amazon.com.mx.envios-mx.top"), "luis.vargas@gmail.com",
               "Se canceló un producto de tu pedido #%s" % oid, mkdate("mx"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("srv1.envios-mx.top", "45.95.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250)))),
                    ("Authentication-Results", phish_auth("pass", "none", "none", "pedidos@amazon.com.mx.envios-mx.top", "amazon.com.mx.envios-mx.top", "45.95.11.3"))])
    add("lookalike", "es", "inventory_shortage", True, None, "polished; amazon.com.mx.evil.tld sender; link text shows amazon.com.mx but href elsewhere", m)

    txt = ("Hola:\n\nDebido a un error del sistema al procesar los precios, tu último pedido ha sido cancelado automáticamente.\n\n"
           "Como compensación te ofrecemos un cupón de 30 €. Para canjearlo, inicia sesión aquí: https://cupon-amzes.net/canjear\n\n"
           "Gracias por comprar en Amazon.\n")
    html = fake_card("Amazon.es", "Tu pedido ha sido cancelado",
        ["Hola:", "Debido a un error del sistema al procesar los precios, tu último pedido ha sido cancelado automáticamente.",
         "Como compensación te ofrecemos un cupón de <b>30 €</b>."],
        button=("Canjear mi cupón", "https://cupon-amzes.net/canjear?id=" + hexs(10)),
        footer="Gracias por comprar en Amazon.", charset="windows-1252")
    m = simple(("Amazоn.es", "amazon.pedidos.es@outlook.es"), "nuria.prats@gmail.com",
               "Tu pedido ha sido cancelado por un error del sistema", mkdate("es"),
               text=(txt, "windows-1252", "qp"), html=(html, "windows-1252", "qp"),
               pre=[("Received", phish_received("EUR02-DB5-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rnd.randrange(1, 99), rnd.randrange(2, 250))))],
               msgid=plain_msgid("EUR02.prod.outlook.com"))
    add("lookalike", "es", "technical_issue", True, None, "Cyrillic o in display name; outlook sender; coupon lure; no order number", m)

    oid = order_no("amazon.es")
    html = fake_card("Amazon.es", "Verificación de identidad necesaria",
        ["Hola,",
         "Hemos detectado un inicio de sesión inusual desde un dispositivo desconocido (Lagos, Nigeria). Por seguridad, tu pedido n.º %s ha quedado retenido." % oid,
         "<b>Tu pedido será cancelado en 12 horas si no verificas tu identidad.</b>",
         "La verificación solo lleva un par de minutos."],
        button=("Verificar ahora", "https://amaz0n-es.com/ap/verify?session=" + hexs(16)),
        footer="Amazon nunca te pedirá tu contraseña por correo electrónico. © 1996-2025, Amazon.com, Inc.")
    txt = ("Hola,\n\nHemos detectado un inicio de sesión inusual. Tu pedido n.º %s ha quedado retenido.\n"
           "Tu pedido será cancelado en 12 horas si no verificas tu identidad: https://amaz0n-es.com/ap/verify\n\nAmazon.es\n" % oid)
    m = simple(("Amazon.es", "notificaciones@amaz0n-es.com"), "sergio.molina@gmail.com",
               "Aviso: tu pedido será cancelado", mkdate("es"), text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("mx.amaz0n-es.com", "194.26.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250))))])
    add("lookalike", "es", "fraud_prevention", True, None, "amaz0n typo domain; 'will be cancelled in 12h unless you verify'", m)

    txt = """SU PEDIDO FUE CANCELADO

estimado usuario su pedido de amazon fue cancelado.
para mas informacion y para solicitar su reembolso descargue y abra el archivo adjunto.

amazon
"""
    att = ("<html><body><h3>Amazon - Reembolso</h3><form action=\"http://185.244.%d.%d/amz/post.php\" method=\"post\">"
           "Correo: <input name=\"e\"><br>Contraseña: <input type=\"password\" name=\"p\"><br>"
           "Tarjeta: <input name=\"c\"><br>CVV: <input name=\"v\"><br><input type=\"submit\" value=\"Solicitar reembolso\">"
           "</form></body></html>" % (rnd.randrange(1, 250), rnd.randrange(2, 250)))
    m = simple(("Amazon", "reembolsos_amazon@yahoo.com.mx"), "ventas@ferreteria-lopez.com.mx",
               "SU PEDIDO FUE CANCELADO", mkdate("mx"), text=(txt, "utf-8", "8bit"),
               attach=[("Detalles_Pedido.html", "text/html", att)],
               pre=[("Received", phish_received("sonic313-13.consmr.mail.bf2.yahoo.com", "74.6.%d.%d" % (rnd.randrange(128, 140), rnd.randrange(2, 250))))],
               msgid=plain_msgid("mail.yahoo.com"))
    add("lookalike", "es", "unknown", False, None, "crude; yahoo sender; no order number; credential-harvesting HTML attachment", m)

    oid = order_no("amazon.es")
    href = "https://amazon-es.orders-help.net/ap/signin?ref=%s" % hexs(14)
    html = amazon_html("es", "amazon.es", "Pedido cancelado", "cliente", oid,
        ["No hemos podido autorizar el pago de tu pedido n.º %s, por lo que ha sido cancelado." % oid,
         'Para recuperar el pedido, <a href="%s">actualiza tu método de pago</a> en las próximas 24 horas.' % href],
        [("Apple iPad Air 11\" (M2), Wi-Fi, 128 GB, azul", "Amazon EU S.à r.l.", 1, "699,00 €")], [], "modern", "utf-8")
    html = html.replace("https://www.amazon.es/gp/r.html", href)
    m = simple(("Αmazon.es", "auto-confirm@amazon-es.orders-help.net"), "raquel.iglesias@gmail.com",
               "Tu pedido de Amazon.es n.º %s ha sido cancelado" % oid, mkdate("es"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("mta2.orders-help.net", "89.248.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250)))),
                    ("Authentication-Results", phish_auth("pass", "pass", "pass", "bounce@orders-help.net", "amazon-es.orders-help.net", "89.248.163.5", dkim_d="orders-help.net"))])
    add("lookalike", "es", "payment_issue", True, None, "polished replica of genuine template; Greek Alpha in display name; look-alike domain passes its own DKIM/DMARC", m)

# ======================================================================
#                         BRAZILIAN PORTUGUESE
# ======================================================================
def build_pt():
    T = "amazon.com.br"
    # ---------------- notices
    m = amazon_mail("pt", T, "order-update", "Um item foi cancelado do seu pedido Amazon.com.br nº {order}",
        "Item cancelado", "Beatriz", "Beatriz Almeida <bia.almeida@gmail.com>",
        ["Lamentamos informar que não conseguiremos atender à sua pré-venda do item abaixo, referente ao pedido nº {order}. O fornecedor comunicou que não receberemos unidades suficientes para atender a todas as reservas e, por isso, o item foi cancelado.",
         "Nenhum valor foi cobrado por este item. Caso o pagamento tenha sido feito via Pix ou boleto, o estorno será realizado em até 5 dias úteis."],
        [("The Legend of Zelda: Tears of the Kingdom - Edição de Colecionador - Nintendo Switch", "Amazon.com.br", 1, "R$ 899,90")],
        extra=[("Motivo do cancelamento", "Item indisponível")],
        layout="table", struct="alt", charset="utf-8", cte="qp", auth=True, region="us-east-1")
    add("notice", "pt", "inventory_shortage", True, T, "pre-order cannot be filled, supplier shortfall; auth pass", m)

    m = amazon_mail("pt", T, "payments-messages", "Seu pedido Amazon.com.br nº {order} foi cancelado",
        "Pedido cancelado", "Rodrigo", "rodrigo.santos@uol.com.br",
        ["Não recebemos a confirmação do pagamento do boleto referente ao seu pedido nº {order} até a data de vencimento. Por isso, o pedido foi cancelado.",
         "Se você pagou o boleto após o vencimento, o valor será devolvido. Caso ainda queira os produtos, faça um novo pedido e, se preferir, escolha outra forma de pagamento."],
        [("Fritadeira Elétrica Air Fryer Mondial AFN-40-BI, 4 L, 1500 W", "Amazon.com.br", 1, "R$ 349,90")],
        layout="modern", struct="html", charset="utf-8", cte="b64", auth=False, region="us-east-1")
    add("notice", "pt", "payment_issue", True, T, "boleto not paid by due date; HTML-only base64; no auth", m)

    m = amazon_mail("pt", T, "order-update", "Um item foi cancelado do seu pedido Amazon.com.br nº {order}",
        "Item cancelado", "Fernanda", "fernanda.oliveira@bol.com.br",
        ["Informamos que o item abaixo foi cancelado do seu pedido nº {order} devido a um erro de preço no anúncio: por uma falha em nosso sistema, o produto foi exibido com um valor incorreto.",
         "Nenhum valor será cobrado por este item. Você pode comprá-lo novamente pelo preço atual na página do produto. Pedimos desculpas pelo transtorno."],
        [("Geladeira Brastemp Frost Free Duplex 375 L Inox BRM45JK", "Amazon.com.br", 1, "R$ 289,00")],
        struct="text", charset="iso-8859-1", cte="8bit", auth=True, region="us-east-1")
    add("notice", "pt", "technical_issue", True, T, "pricing error / system failure; text-only iso-8859-1 8bit; auth pass", m)

    m = amazon_mail("pt", T, "cs-reply", "Seu pedido Amazon.com.br nº {order} foi cancelado",
        "Pedido cancelado", "Thiago", "thiago.lima@hotmail.com",
        ["Seu pedido nº {order} foi sinalizado pelo nosso sistema para uma revisão de segurança e, como não foi possível verificar as informações de pagamento, ele foi cancelado.",
         "Para proteger sua conta, ela foi temporariamente bloqueada. Para desbloqueá-la, acesse o site ou o aplicativo da Amazon digitando o endereço diretamente no navegador, faça login e siga as instruções para confirmar sua identidade.",
         "Nenhum valor foi cobrado por este pedido."],
        [("Apple iPhone 15 (128 GB) - Preto", "Amazon.com.br", 1, "R$ 5.299,00")],
        layout="table", struct="alt", charset="utf-8", cte="b64", auth=False, region="us-east-1")
    add("notice", "pt", "fraud_prevention", True, T, "order flagged for security review, account locked; base64; no auth", m)

    m = amazon_mail("pt", T, "auto-confirm",
        "Cancelamento concluído de \"Echo Dot (5ª geração)\" do seu pedido Amazon.com.br nº {order}",
        "Confirmação de cancelamento", "Juliana", "ju.pereira@gmail.com",
        ["Conforme sua solicitação, cancelamos os itens abaixo do seu pedido nº {order}.",
         "Nenhum valor será cobrado pelos itens cancelados. Se o pagamento foi feito via Pix, o estorno será processado em até 2 dias úteis."],
        [("Echo Dot (5ª geração) | Smart speaker com Alexa | Cor Preta", "Amazon.com.br", 1, "R$ 429,00")],
        extra=[("Motivo do cancelamento", "Cancelado pelo cliente")],
        layout="modern", struct="alt", charset="utf-8", cte="qp", auth=True, region="us-east-1")
    add("notice", "pt", "customer_request", True, T, "customer cancelled; modern layout; auth pass", m)

    m = amazon_mail("pt", T, "order-update", "Seu pedido Amazon.com.br nº {order} foi cancelado",
        "Pedido cancelado", "Carlos", "carlos.eduardo@terra.com.br",
        ["Informamos que o seu pedido nº {order} foi cancelado.",
         "Se houve cobrança, o valor será estornado na forma de pagamento original. Consulte Seus pedidos para mais detalhes."],
        [("Furadeira de Impacto Bosch GSB 550 RE, 550 W, 127 V", "Amazon.com.br", 1, "R$ 279,90"),
         ("Jogo de Brocas Bosch X-Line com 34 peças", "Amazon.com.br", 1, "R$ 89,90")],
        struct="text", charset="utf-8", cte="qp", auth=False, region="us-east-1")
    add("notice", "pt", "unknown", False, T, "cancelled, no reason given; text-only QP; no auth", m)

    # ---------------- non-notices
    txt = """Olá, Gustavo!

Infelizmente precisamos cancelar o seu pedido nº 889021734. O produto "Tênis Nike Revolution 7 Masculino - Preto/Branco - 42" ficou sem estoque no nosso centro de distribuição.

O valor de R$ 379,99 será estornado no seu cartão de crédito em até 2 faturas, conforme as regras da sua operadora.

Comparou preços com a Amazon ou outras lojas? Na Netshoes você tem frete grátis nas compras acima de R$ 199 e troca fácil em até 30 dias.

Equipe Netshoes
A Netshoes nunca pede sua senha ou dados do cartão por e-mail, SMS ou WhatsApp.
"""
    html = "<html><body style=\"font-family:Arial\"><div style=\"background:#3a1f5d;color:#fff;padding:12px;font-size:22px\">netshoes</div>" + "".join(
        "<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>") for p in txt.split("\n\n")) + "</body></html>"
    m = simple(("Netshoes", "pedidos@mail.netshoes.com.br"), "gustavo.rocha@gmail.com",
               "Seu pedido 889021734 foi cancelado", mkdate("br"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"))
    add("non_notice", "pt", None, False, None, "Netshoes order cancelled (out of stock); marketing line compares with Amazon", m)

    txt = """E aí Rafa, beleza?

Só pra te avisar: cancelei aquele pedido da cadeira gamer na Amazon. Chegou o e-mail de "Cancelamento concluído" agora há pouco, o estorno cai no Pix em uns dois dias. Achei uma melhor no Mercado Livre, depois te mando o link.

Sábado tá de pé o churrasco?

Abraço,
Léo
"""
    m = simple(("Leonardo Costa", "leo.costa88@gmail.com"), "rafael.mendes@outlook.com",
               "cadeira", mkdate("br"), text=(txt, "utf-8", "8bit"))
    add("non_notice", "pt", None, False, None, "friend says he cancelled his Amazon order", m)

    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;max-width:600px;margin:auto">
<p style="color:#888;font-size:11px">Radar do Golpe · edição 87</p>
<h2>Golpe do "pedido cancelado" usa nome da Amazon e pede Pix</h2>
<p>Leitores relataram nesta semana mensagens com o assunto <b>"Seu pedido Amazon.com.br foi cancelado - confirme seus dados para o estorno"</b>. O texto diz que o pagamento não foi aprovado e direciona para uma página falsa que pede CPF, dados do cartão e até um Pix de "taxa de reativação".</p>
<p>Como identificar:</p>
<ul>
<li>O remetente usa domínios parecidos, como "amaz0n" ou "amazon-pedidos", ou contas de Gmail e Hotmail;</li>
<li>A empresa não pede senha, CPF ou dados do cartão por e-mail ou WhatsApp;</li>
<li>Na dúvida, abra o aplicativo oficial e confira em "Seus pedidos".</li>
</ul>
<p>Recebeu algo parecido? Responda a esta newsletter e conte pra gente.</p>
<p style="color:#888;font-size:11px">Você recebeu este e-mail porque se inscreveu no Radar do Golpe. <a href="https://radardogolpe.com.br/sair?id=a81c">Cancelar inscrição</a></p>
</body></html>"""
    txt = ("Radar do Golpe - edição 87\n\nGolpe do \"pedido cancelado\" usa nome da Amazon e pede Pix\n\n"
           "Leitores relataram mensagens com o assunto \"Seu pedido Amazon.com.br foi cancelado - confirme seus dados para o estorno\". "
           "O texto direciona para uma página falsa que pede CPF, dados do cartão e um Pix de \"taxa de reativação\".\n\n"
           "Na dúvida, abra o aplicativo oficial e confira em \"Seus pedidos\".\n\nCancelar inscrição: https://radardogolpe.com.br/sair?id=a81c\n")
    m = simple(("Radar do Golpe", "newsletter@radardogolpe.com.br"), "assinante.3321@gmail.com",
               "Golpe do \"pedido cancelado\" da Amazon: como se proteger", mkdate("br"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"),
               post=[("List-Unsubscribe", "<https://radardogolpe.com.br/sair?id=a81c>"), ("Precedence", "bulk")])
    add("non_notice", "pt", None, False, None, "newsletter about phishing quoting a fake cancellation subject", m)

    html = """<html><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" bgcolor="#ffffff" style="border:1px solid #ddd"><tr><td style="background:#25D1DA;padding:14px;font-size:20px;color:#0f1111"><b>amazon music</b></td></tr>
<tr><td style="padding:22px;font-size:14px;color:#0f1111">
<p>Olá, Patrícia,</p>
<p>Confirmamos o cancelamento da sua assinatura do <b>Amazon Music Unlimited (plano individual)</b>, conforme solicitado. Você poderá continuar ouvindo até <b>3 de julho de 2025</b>, quando termina o período já pago. Não haverá novas cobranças.</p>
<p>Suas playlists continuam salvas e você ainda pode ouvir as músicas incluídas no Prime.</p>
<p>Quer voltar? <a href="https://www.amazon.com.br/music/unlimited">Assine novamente</a> quando quiser.</p>
<p style="font-size:11px;color:#666">A Amazon nunca pede sua senha por e-mail. Este e-mail foi enviado por Amazon Serviços de Varejo do Brasil Ltda. Por favor, não responda.</p>
</td></tr></table></body></html>"""
    rec, ip = ses_received(T, "us-east-1")
    m = simple(("Amazon Music", "digital-no-reply@amazon.com.br"), "patricia.nunes@gmail.com",
               "Sua assinatura do Amazon Music Unlimited foi cancelada", mkdate("br"), html=(html, "utf-8", "qp"),
               pre=[("Received", rec), ("Authentication-Results", auth_pass(T, ip))], msgid=ses_msgid("us-east-1"))
    add("non_notice", "pt", None, False, T, "Amazon Music Unlimited subscription cancelled", m)

    m = amazon_mail("pt", T, "shipment-tracking", "Sua entrega agendada foi cancelada: escolha uma nova data",
        "Agendamento de entrega cancelado", "Marcelo", "marcelo.araujo@gmail.com",
        ["A transportadora não poderá realizar a entrega agendada do seu pedido nº {order} na sexta-feira, 16 de maio, período da tarde. Por isso, o agendamento foi cancelado.",
         "<b>Seu pedido continua ativo.</b> Escolha uma nova data em Seus pedidos &gt; Reagendar entrega. Se você não escolher, a transportadora entrará em contato para combinar.",
         "Pedimos desculpas pelo inconveniente."],
        [("Smart TV LG 55\" 4K UHD 55UR8750PSA ThinQ AI", "Amazon.com.br", 1, "R$ 2.799,00")],
        heading="Itens da entrega", layout="table", struct="alt", charset="utf-8", cte="b64", auth=True, region="us-east-1")
    add("non_notice", "pt", None, False, T, "scheduled delivery appointment cancelled, order kept", m)

    m = amazon_mail("pt", T, "payments-messages",
        "Lembrete: o boleto do seu pedido Amazon.com.br nº {order} vence amanhã",
        "Pagamento pendente", "Aline", "aline.ferreira@yahoo.com.br",
        ["Ainda não identificamos o pagamento do boleto do seu pedido nº {order}. O boleto vence amanhã, 22 de abril.",
         "Você pode pagar pelo aplicativo do seu banco usando o código de barras disponível em Seus pedidos. Se preferir, altere a forma de pagamento para cartão ou Pix.",
         "Caso o pagamento não seja identificado até o vencimento, o pedido será cancelado automaticamente."],
        [("Kit 3 Panelas Tramontina Turim Antiaderente", "Amazon.com.br", 1, "R$ 219,90")],
        heading="Itens aguardando pagamento", struct="text", charset="iso-8859-1", cte="qp", auth=False, region="us-east-1")
    add("non_notice", "pt", None, False, T, "genuine boleto payment reminder before cancellation", m)

    # ---------------- lookalikes
    txt = """Prezado(a) cliente,

Seu pedido AMZ-BR-559120 no valor de R$ 4.899,00 (Samsung Galaxy S24 256GB) foi CANCELADO.

Para solicitar o estorno ou caso não reconheça esta compra, entre em contato IMEDIATAMENTE com nossa central:

   0800 591 2286
   WhatsApp: (11) 9 4821-3307

Atendimento 24 horas. Não responda este e-mail.

Central de Atendimento Amazon Brasil
"""
    m = simple(("Amazon Brasil", "amazon.atendimento.br@gmail.com"), "undisclosed-recipients:;",
               "Pedido cancelado - estorno pendente", mkdate("br"), text=(txt, "utf-8", "qp"),
               pre=[("Received", phish_received("mail-sor-f73.google.com", "209.85.220.%d" % rnd.randrange(2, 250)))],
               msgid=plain_msgid("mail.gmail.com"))
    add("lookalike", "pt", "unknown", False, None, "gmail sender; callback phone + WhatsApp; malformed order number", m)

    html = fake_card("Amazon.com.br", "Sua conta foi suspensa",
        ["Olá,",
         "Identificamos uma tentativa de acesso não autorizada à sua conta. Por segurança, sua conta foi suspensa e o pedido <b>#113-00987-554</b> foi cancelado.",
         "Para reativar sua conta, acesse a página de verificação e informe o código abaixo:",
         '<span style="font-size:24px;font-weight:bold;letter-spacing:4px">731 094</span>',
         "Se a verificação não for concluída em 24 horas, sua conta será encerrada."],
        button=("Reativar minha conta", "https://amazon-orders.help/br/reativar?c=731094"),
        footer="© 1996-2025, Amazon.com, Inc. ou suas afiliadas.")
    txt = ("Olá,\n\nSua conta foi suspensa e o pedido #113-00987-554 foi cancelado.\nCódigo de reativação: 731 094\n"
           "Acesse: https://amazon-orders.help/br/reativar\n\nAmazon.com.br\n")
    m = simple(("Amazon.com.br", "seguranca@amazon-orders.help"), "vanessa.cardoso@gmail.com",
               "Conta suspensa: pedido cancelado", mkdate("br"), text=(txt, "utf-8", "b64"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("mail.amazon-orders.help", "45.137.21.%d" % rnd.randrange(2, 250))),
                    ("Authentication-Results", phish_auth("pass", "pass", "pass", "bounce@amazon-orders.help", "amazon-orders.help", "45.137.21.9"))])
    add("lookalike", "pt", "fraud_prevention", True, None, "look-alike domain; account suspended + code; malformed order number", m)

    txt = """Prezado cliente Amazon,

Seu pedido foi cancelado pois o pagamento nao foi aprovado pela operadora do cartao.

Para reativar o pedido responda este e-mail informando:

Nome completo:
CPF:
Numero do cartao:
Validade:
Codigo de seguranca (CVV):

Apos a confirmaçao o pedido sera reenviado em ate 24 horas.

Att,
Setor Financeiro Amazon
"""
    m = simple(("Amazon Pagamentos", "pagamentos.amazon@hotmail.com"), "contato@padariasaojose.com.br",
               "Pagamento recusado - Pedido Cancelado", mkdate("br"), text=(txt, "iso-8859-1", "8bit"),
               pre=[("Received", phish_received("BRAPR01-obe.outbound.protection.outlook.com", "40.92.%d.%d" % (rnd.randrange(1, 99), rnd.randrange(2, 250))))],
               msgid=plain_msgid("BRAPR01.prod.outlook.com"))
    add("lookalike", "pt", "payment_issue", True, None, "crude; hotmail sender asks to reply with card data and CPF; no order number", m)

    oid = order_no(T)
    href = "https://estorno-pix.com/br/solicitar?p=%s&k=%s" % (oid, hexs(12))
    html = fake_card("Amazon.com.br", "Item cancelado do seu pedido",
        ["Olá,",
         "Infelizmente a pré-venda do item <b>Console PlayStation 5 Pro</b> do seu pedido nº %s não pôde ser atendida por falta de estoque do fornecedor, e o item foi cancelado." % oid,
         "O estorno de <b>R$ 6.999,00</b> será feito via Pix. Cadastre sua chave Pix para receber:",
         '<a href="%s" style="color:#007185">https://www.amazon.com.br/gp/css/estornos</a>' % href],
        button=("Receber estorno", href),
        footer='A Amazon nunca pede sua senha. <a href="%s">Seus pedidos</a> | <a href="%s">Ajuda</a><br>Amazon Serviços de Varejo do Brasil Ltda.' % (href, href))
    txt = ("Olá,\n\nA pré-venda do item Console PlayStation 5 Pro do seu pedido nº %s não pôde ser atendida por falta de estoque e o item foi cancelado.\n\n"
           "Receba o estorno de R$ 6.999,00 via Pix: %s\n\nAmazon.com.br\n" % (oid, href))
    m = simple(("Amazon.com.br", "pedidos@amazon.com.br.estorno-pix.com"), "andre.moura@gmail.com",
               "Um item foi cancelado do seu pedido Amazon.com.br nº %s" % oid, mkdate("br"),
               text=(txt, "utf-8", "qp"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("mail.estorno-pix.com", "179.43.%d.%d" % (rnd.randrange(128, 190), rnd.randrange(2, 250)))),
                    ("Authentication-Results", phish_auth("pass", "none", "none", "pedidos@amazon.com.br.estorno-pix.com", "amazon.com.br.estorno-pix.com", "179.43.150.2"))])
    add("lookalike", "pt", "inventory_shortage", True, None, "polished; amazon.com.br.evil sender; link text shows amazon.com.br but href elsewhere; well-formed order number", m)

    html = fake_card("Аmazon.com.br", "Pedido cancelado por erro de preço",
        ["Olá, cliente!",
         "Devido a um erro no sistema de preços, seu pedido recente foi cancelado automaticamente.",
         "Como pedido de desculpas, liberamos um <b>cupom de R$ 200,00</b> para sua próxima compra. Faça login para ativar:"],
        button=("Ativar cupom", "https://amazom-br.com/cupom/ativar?u=" + hexs(10)),
        footer="Amazon.com.br - Todos os direitos reservados.")
    m = simple(("Аmazon.com.br", "nao-responda@amazom-br.com"), "priscila.lopes@hotmail.com",
               "Seu pedido foi cancelado - cupom de desculpas", mkdate("br"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("vps.amazom-br.com", "177.136.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250))))])
    add("lookalike", "pt", "technical_issue", True, None, "Cyrillic A in display name; amazom typo domain; coupon lure; no order number; HTML-only", m)

    oid = order_no(T)
    pix = "00020126580014BR.GOV.BCB.PIX0136%s-%s-%s-%s-%s5204000053039865406189.905802BR5925AMAZON SERVICOS VAREJO6009SAO PAULO62070503***6304%s" % (
        hexs(8), hexs(4), hexs(4), hexs(4), hexs(12), alnum(4))
    txt = ("Olá,\n\nO pagamento do seu pedido nº %s ainda não foi confirmado.\n\n"
           "Seu pedido será cancelado em 24 horas caso o pagamento via Pix não seja realizado.\n\n"
           "Valor: R$ 189,90\nPix copia e cola:\n%s\n\nOu acesse: https://amaz0n-br.com/pagamento/%s\n\nAmazon.com.br\n" % (oid, pix, hexs(8)))
    html = fake_card("Amazon.com.br", "Pagamento pendente",
        ["Olá,", "O pagamento do seu pedido nº %s ainda não foi confirmado." % oid,
         "<b>Seu pedido será cancelado em 24 horas caso o pagamento via Pix não seja realizado.</b>",
         "Valor: R$ 189,90<br>Pix copia e cola:<br><code style=\"font-size:11px;word-break:break-all\">%s</code>" % pix],
        button=("Pagar com Pix", "https://amaz0n-br.com/pagamento/" + hexs(8)),
        footer="Amazon.com.br")
    m = simple(("Amazon.com.br", "cobranca@amaz0n-br.com"), "wesley.silva@gmail.com",
               "Seu pedido será cancelado: pagamento pendente", mkdate("br"),
               text=(txt, "utf-8", "b64"), html=(html, "utf-8", "b64"),
               pre=[("Received", phish_received("smtp.amaz0n-br.com", "191.101.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250))))])
    add("lookalike", "pt", "payment_issue", True, None, "amaz0n typo domain; 'will be cancelled unless Pix paid in 24h'; Pix payload", m)

    txt = """PEDIDO CANCELADO!!

Ola

Conforme sua solicitação seu pedido na amazon foi cancelado com sucesso.

CASO NÃO TENHA SOLICITADO clique no link abaixo para cancelar o cancelamento e nao perder seu produto:
http://amzn-br.xyz/c/7781

amazon
"""
    m = simple(("AMAZON", "amazonbr.reembolso@yahoo.com.br"), "maria.aparecida@bol.com.br",
               "PEDIDO CANCELADO!!", mkdate("br"), text=(txt, "utf-8", "8bit"),
               pre=[("Received", phish_received("sonic308-9.consmr.mail.gq1.yahoo.com", "98.137.%d.%d" % (rnd.randrange(64, 70), rnd.randrange(2, 250))))],
               msgid=plain_msgid("mail.yahoo.com"))
    add("lookalike", "pt", "customer_request", True, None, "crude; yahoo sender; claims customer-requested cancellation; no order number", m)

    oid = order_no(T)
    href = "https://amazon.com.br-pedidos.online/ap/verificacao?o=%s" % oid
    html = amazon_html("pt", T, "Pedido cancelado", "cliente", oid,
        ["Seu pedido nº %s foi sinalizado para revisão de segurança e foi cancelado." % oid,
         'Para desbloquear sua conta e liberar novos pedidos, <a href="%s">confirme sua identidade</a> enviando uma foto do seu documento (RG ou CNH) e do cartão utilizado na compra.' % href],
        [("Notebook Dell Inspiron 15 i5-1335U 16GB 512GB SSD", "Amazon.com.br", 1, "R$ 3.899,00")], [], "table", "utf-8")
    html = html.replace("https://www.amazon.com.br/gp/r.html", href)
    m = simple(("Amazοn.com.br", "auto-confirm@amazon.com.br-pedidos.online"), "eduardo.ribeiro@uol.com.br",
               "Seu pedido Amazon.com.br nº %s foi cancelado" % oid, mkdate("br"), html=(html, "utf-8", "qp"),
               pre=[("Received", phish_received("mx1.br-pedidos.online", "193.233.%d.%d" % (rnd.randrange(1, 250), rnd.randrange(2, 250)))),
                    ("Authentication-Results", phish_auth("pass", "pass", "pass", "bounce@amazon.com.br-pedidos.online", "amazon.com.br-pedidos.online", "193.233.20.4"))])
    add("lookalike", "pt", "fraud_prevention", True, None, "polished replica of genuine template; Greek omicron display name; amazon.com.br-pedidos.online domain; asks for ID and card photos", m)

# ======================================================================
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    build_fr(); build_es(); build_pt()
    order = list(range(len(ENTRIES)))
    rnd.shuffle(order)           # interleave kinds/languages in the file numbering
    labels = []
    for n, idx in enumerate(order, 1):
        meta, m = ENTRIES[idx]
        fn = "v2%03d.eml" % n
        m = {k: v for k, v in m.items() if k != "order"}
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build_message(m))
        labels.append(dict(file=fn, **meta))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
    print("wrote %d mails" % len(labels))

if __name__ == "__main__":
    main()
