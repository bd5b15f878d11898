#!/usr/bin/env python3
"""Regenerate blind test batch h2 (fr / es / pt): lookalikes, non-notices, notices.

Run:  python3 make.py   -> writes mail/h2NNN.eml and labels.json next to this file.
"""
import base64
import datetime
import json
import os
import quopri
import random
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

R = random.Random(2002)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "h2"

# --------------------------------------------------------------------------
# small generators
# --------------------------------------------------------------------------

def oid(prefix):
    return f"{prefix}-{R.randint(0, 9999999):07d}-{R.randint(0, 9999999):07d}"


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def when(y, mo, d, tzh=0):
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    tz = datetime.timezone(datetime.timedelta(hours=tzh))
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def ses_msgid():
    return (f"<0102{hexs(12)}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000"
            f"@eu-west-1.amazonses.com>")


def ses_received(dt, rcpt_host="mx.google.com"):
    ip = f"54.240.{R.randint(1, 60)}.{R.randint(2, 250)}"
    host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.eu-west-1.amazonses.com"
    return (f"from {host} ({host}. [{ip}])\n        by {rcpt_host} with ESMTPS id "
            f"{hexs(10)}.{R.randint(10, 99)}.{dt.year}.{hexs(6)}\n        for <{{rcpt}}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
            f"        {format_datetime(dt)}"), ip


def auth_pass(domain, ip, style):
    sel = R.choice(["aaa3hy6ckmz4gkm4i7fz3ckm4ykvsf3a", "f2gxc5j6ebf2fzsgq6tcgjtvunozsmr4",
                    "ymdmadbrfyjxmh5q2ihwo5eh4jc5cwtf"])
    b = base64.b64encode(bytes(R.randint(0, 255) for _ in range(6))).decode()
    bl = hexs(16)
    if style == "google":
        return (f"mx.google.com;\n       dkim=pass header.i=@{domain} header.s={sel} header.b={b};\n"
                f"       dkim=pass header.i=@amazonses.com header.s=ihchhvubuqgjsxyuhssfvqohv7z3u4hn header.b={b[::-1]};\n"
                f"       spf=pass (google.com: domain of {bl}@bounces.{domain} designates {ip} as permitted sender) "
                f"smtp.mailfrom={bl}@bounces.{domain};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}").replace(
                    f"dkim=pass header.i=@{domain} header.s={sel}",
                    f"dkim=pass header.d={domain} header.i=@{domain} header.s={sel}")
    if style == "microsoft":
        return (f"spf=pass (sender IP is {ip}) smtp.mailfrom=bounces.{domain}; dkim=pass\n"
                f" (signature was verified) header.d={domain};dmarc=pass action=none\n"
                f" header.from={domain};compauth=pass reason=100")
    # generic (orange / free / uol / terra / telefonica ...)
    return (f"{style};\n\tspf=pass smtp.mailfrom=bounces.{domain};\n"
            f"\tdkim=pass header.d={domain} header.s={sel} header.b=\"{b}\";\n"
            f"\tdmarc=pass header.from={domain}")


# --------------------------------------------------------------------------
# MIME assembly
# --------------------------------------------------------------------------

def text_part(body, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = body.encode(charset)  # strict: raises if a char is outside the charset
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


def fix_meta(h, cs):
    return h.replace("charset=UTF-8", "charset=" + cs.upper()) if cs.lower() != "utf-8" else h


def build(spec, rcpt):
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    fmt = spec["fmt"]
    if fmt == "text":
        body = text_part(spec["text"], "plain", cs, cte)
    elif fmt == "html":
        body = text_part(fix_meta(spec["html"], cs), "html", cs, cte)
    else:
        body = MIMEMultipart("alternative")
        for sub, key, c in (("plain", "text", spec.get("cte_text", cte)),
                            ("html", "html", spec.get("cte_html", cte))):
            p = text_part(fix_meta(spec[key], cs) if sub == "html" else spec[key], sub, cs, c)
            del p["MIME-Version"]
            body.attach(p)
        body.set_boundary(spec.get("boundary") or
                          f"----=_Part_{R.randint(1000000, 99999999)}_{R.randint(100000000, 2099999999)}."
                          f"{R.randint(1600000000000, 1740000000000)}")
    own = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in set(body.keys()):
        del body[k]
    msg = body
    for k, v in spec.get("trace", []):
        rdate = (spec["date"] + datetime.timedelta(seconds=R.randint(2, 90))).astimezone(datetime.timezone.utc)
        msg[k] = v.replace("{rcpt}", rcpt[1] if isinstance(rcpt, tuple) else rcpt).replace(
            "{rdate}", format_datetime(rdate))
    name, addr = spec["from"]
    msg["From"] = formataddr((name, addr), charset="utf-8") if name else addr
    for k, v in spec.get("pre", []):
        msg[k] = v
    msg["To"] = formataddr(rcpt, charset="utf-8") if isinstance(rcpt, tuple) else rcpt
    subj = spec["subject"]
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, spec.get("subject_charset", cs if cs != "us-ascii" else "utf-8"))
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = spec["msgid"]
    for k, v in spec.get("post", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in own:
        msg[k] = v
    return msg


def write(msg, path):
    buf = open(path, "wb")
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    buf.close()


# --------------------------------------------------------------------------
# marketplaces and boilerplate
# --------------------------------------------------------------------------

def eur(x):
    return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " €"


MP = {
    "amazon.fr": dict(name="Amazon.fr", lang="fr", pre=["171", "402", "403", "405", "407"],
                      money=eur, seller="Amazon EU S.à r.l.",
                      entity="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. "
                             "RCS Luxembourg B 101818."),
    "amazon.com.be": dict(name="Amazon.com.be", lang="fr", pre=["402", "404", "408"], money=eur,
                          seller="Amazon EU S.à r.l.",
                          entity="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. "
                                 "Numéro de TVA BE0554894036."),
    "amazon.ca": dict(name="Amazon.ca", lang="fr", pre=["701", "702"],
                      money=lambda x: f"{x:,.2f}".replace(",", " ").replace(".", ",") + " $",
                      seller="Amazon.com.ca ULC",
                      entity="Amazon.com.ca ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2."),
    "amazon.es": dict(name="Amazon.es", lang="es", pre=["171", "403", "405", "406", "408"], money=eur,
                      seller="Amazon EU S.à r.l.",
                      entity="Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. "
                             "NIF W0184081H."),
    "amazon.com.mx": dict(name="Amazon.com.mx", lang="es", pre=["701", "702"],
                          money=lambda x: f"${x:,.2f}", seller="Amazon México",
                          entity="Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador "
                                 "Agraz 73, Col. Santa Fe Cuajimalpa, 05348 Ciudad de México."),
    "amazon.com.br": dict(name="Amazon.com.br", lang="pt", pre=["701", "702"],
                          money=lambda x: "R$ " + f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                          seller="Amazon Serviços de Varejo do Brasil Ltda.",
                          entity="Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. "
                                 "Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, "
                                 "04543-011."),
}

L = {
    "fr": dict(orders="Vos commandes", account="Votre compte", order_no="Commande n°",
               qty="Quantité", sold="Vendu par", cancelled="Articles annulés",
               help="Service Client", lang_attr="fr",
               sig="Nous espérons vous revoir bientôt.", team="Le Service Client {name}",
               security=[
                   "{name} ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées "
                   "bancaires ou d'autres informations personnelles par e-mail, par SMS ou par téléphone.",
                   "Si le numéro de votre carte a changé ou si elle a expiré, mettez à jour vos informations de "
                   "paiement dans Votre compte : https://www.{d}/cpe/yourpayments/wallet",
                   "Si vous recevez un e-mail suspect qui semble provenir d'{name}, signalez-le : "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=GT8AEJHGDPCN9ZBG",
                   "Pour en savoir plus sur la protection de votre compte, consultez nos pages d'aide : "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=201909120",
               ],
               noreply="Cet e-mail a été envoyé depuis une adresse de notification uniquement qui ne peut pas "
                       "recevoir d'e-mails. Merci de ne pas y répondre.",
               copy="© {y} Amazon.com, Inc. ou ses filiales. Tous droits réservés. {name} et le logo {name} "
                    "sont des marques d'Amazon.com, Inc. ou de ses filiales."),
    "es": dict(orders="Mis pedidos", account="Mi cuenta", order_no="Pedido n.º",
               qty="Cantidad", sold="Vendido por", cancelled="Artículos cancelados",
               help="Atención al cliente", lang_attr="es",
               sig="Esperamos volver a verte pronto.", team="Atención al Cliente de {name}",
               security=[
                   "{name} nunca te pedirá que le facilites tu contraseña, los datos de tu tarjeta ni otra "
                   "información personal por correo electrónico, SMS o teléfono.",
                   "Si el número de tu tarjeta ha cambiado o ha caducado, actualiza tu información de pago en "
                   "Mi cuenta: https://www.{d}/cpe/yourpayments/wallet",
                   "Si recibes un correo electrónico sospechoso que parece enviado por {name}, denúncialo: "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=GT8AEJHGDPCN9ZBG",
                   "Más información sobre la seguridad de tu cuenta en nuestras páginas de ayuda: "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=201909120",
               ],
               noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite "
                       "respuestas. Por favor, no respondas a este mensaje.",
               copy="© {y} Amazon.com, Inc. o sus afiliados. Todos los derechos reservados. {name} y el logotipo "
                    "de {name} son marcas comerciales de Amazon.com, Inc. o sus afiliados."),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order_no="Pedido nº",
               qty="Quantidade", sold="Vendido por", cancelled="Itens cancelados",
               help="Atendimento ao cliente", lang_attr="pt-BR",
               sig="Esperamos vê-lo novamente em breve.", team="Atendimento ao Cliente {name}",
               security=[
                   "A {name} nunca pedirá sua senha, os dados do seu cartão ou outras informações pessoais por "
                   "e-mail, SMS ou telefone.",
                   "Se o número do seu cartão mudou ou se ele venceu, atualize suas informações de pagamento em "
                   "Sua conta: https://www.{d}/cpe/yourpayments/wallet",
                   "Se você receber um e-mail suspeito que pareça ter sido enviado pela {name}, denuncie: "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=GT8AEJHGDPCN9ZBG",
                   "Saiba mais sobre como proteger sua conta em nossas páginas de ajuda: "
                   "https://www.{d}/gp/help/customer/display.html?nodeId=201909120",
               ],
               noreply="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não "
                       "responda a esta mensagem.",
               copy="© {y} Amazon.com, Inc. ou suas afiliadas. Todos os direitos reservados. {name} e o logotipo "
                    "{name} são marcas registradas da Amazon.com, Inc. ou de suas afiliadas."),
}


def footer_lines(d, year=2024, security=True):
    m = MP[d]
    lg = L[m["lang"]]
    out = []
    if security:
        out += [s.format(name=m["name"], d=d) for s in lg["security"]]
    out.append(lg["noreply"])
    out.append(lg["copy"].format(y=year, name=m["name"]) + " " + m["entity"])
    return out


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def linkify(s):
    """turn bare https URLs in an already escaped footer line into anchors"""
    import re
    return re.sub(r"(https://\S+)", lambda mo: f'<a href="{mo.group(1)}" style="color:#0066c0;">'
                  f'{mo.group(1).split("?")[0].replace("https://", "")}</a>', s)


CSS = """
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
.ReadMsgBody { width:100%; } .ExternalClass { width:100%; }
#container { width:100%; background-color:#ffffff; }
#main { width:640px; margin:0 auto; font:13px Arial,sans-serif; color:#333333; }
#header .logo img { width:115px; }
#header .navigation { text-align:right; vertical-align:top; font-size:12px; }
#header .navigation a { color:#0066c0; text-decoration:none; }
#header .title { text-align:right; padding:10px 0 0 0; }
#header .title h2 { font-size:20px; color:#cc6600; margin:0; font-weight:normal; }
#summary td { padding:12px 0 10px 0; }
.heading { font-size:18px; color:#cc6600; }
#orderDetails td { vertical-align:top; padding:6px 10px 6px 0; }
#orderDetails .name { font-weight:bold; color:#0066c0; text-decoration:none; }
#orderDetails .price { text-align:right; white-space:nowrap; font-weight:bold; }
#division td { border-top:1px solid #cccccc; height:1px; font-size:1px; }
#closing td { padding:14px 0 10px 0; }
.signature { color:#333333; }
#legal td { font-size:10px; color:#666666; line-height:14px; padding:4px 0; }
#legal a { color:#0066c0; text-decoration:none; }
.notice { background:#fffbf2; border:1px solid #f0c36d; padding:10px 14px; }
"""


def amz_html(d, title, order, greeting, paras, items=None, items_heading=None, closing=None,
             footer=None, links=None, notice_box=None, year=2024, pixel=True):
    """HTML laid out like the real Amazon notification mails (nested tables, header nav,
    summary / order details / closing / legal blocks).  `links` may override hrefs."""
    m = MP[d]
    lg = L[m["lang"]]
    links = links or {}
    base = f"https://www.{d}"
    h_orders = links.get("orders", f"{base}/gp/r.html?C={hexs(14).upper()}&R={hexs(12).upper()}"
                                   f"&T=C&U=https%3A%2F%2Fwww.{d}%2Fgp%2Fcss%2Forder-history%3Fref_%3Dpe_yo")
    h_account = links.get("account", f"{base}/gp/r.html?C={hexs(14).upper()}&T=C&U=https%3A%2F%2Fwww.{d}"
                                     f"%2Fgp%2Fcss%2Fhomepage.html%3Fref_%3Dpe_ya")
    h_home = links.get("home", f"{base}/ref=pe_{R.randint(1000000, 9999999)}_hm")
    h_order = links.get("order", f"{base}/gp/css/order-details?orderID={order}&ref_=pe_od") if order else ""
    out = []
    out.append("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
               "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">")
    out.append(f"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lg['lang_attr']}\">")
    out.append(" <head>")
    out.append("  <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" />")
    out.append("  <meta name=\"format-detection\" content=\"telephone=no\" />")
    out.append("  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />")
    out.append(f"  <title>{esc(m['name'])}</title>")
    out.append("  <style type=\"text/css\">" + CSS + "  </style>")
    out.append(" </head>")
    out.append(" <body>")
    if pixel:
        out.append(f"  <img width=\"1\" height=\"1\" src=\"{base}/gp/r.html?C={hexs(16).upper()}&amp;M=urn:rtn:msg:"
                   f"{R.randint(20240101000000, 20241231235959)}{hexs(12)}&amp;R={hexs(10).upper()}&amp;T=O\" />")
    out.append("  <table id=\"container\" cellpadding=\"0\" cellspacing=\"0\"><tbody><tr><td class=\"frame\">")
    out.append("   <table id=\"main\" cellpadding=\"0\" cellspacing=\"0\"><tbody>")
    out.append("    <tr><td>")
    out.append("     <table id=\"header\" cellpadding=\"0\" width=\"100%\"><tbody>")
    out.append(f"      <tr><td rowspan=\"2\" class=\"logo\"><a href=\"{h_home}\"><img alt=\"{esc(m['name'])}\" "
               f"src=\"https://m.media-amazon.com/images/G/08/x-locale/cs/te/logo._CB485946458_.png\" "
               f"width=\"115\" border=\"0\" /></a></td>")
    out.append("       <td class=\"navigation\"><table align=\"right\"><tbody><tr>")
    out.append(f"        <td><a href=\"{h_orders}\">{esc(lg['orders'])}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>")
    out.append(f"        <td><a href=\"{h_account}\">{esc(lg['account'])}</a></td><td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>")
    out.append(f"        <td><a class=\"last\" href=\"{h_home}\">{esc(m['name'])}</a></td>")
    out.append("       </tr></tbody></table></td></tr>")
    tline = f"<h2>{esc(title)}</h2>"
    if order:
        tline += f" {esc(lg['order_no'])} <a href=\"{h_order}\">{order}</a>"
    out.append(f"      <tr><td class=\"title\">{tline}</td></tr>")
    out.append("     </tbody></table></td></tr>")
    out.append("    <tr><td><table id=\"summary\" cellpadding=\"0\" width=\"100%\"><tbody><tr><td>")
    out.append(f"     <span class=\"heading\">{esc(greeting)}</span>")
    for p in paras:
        out.append(f"     <p>{p}</p>")
    out.append("    </td></tr></tbody></table></td></tr>")
    if notice_box:
        out.append(f"    <tr><td><table width=\"100%\"><tbody><tr><td class=\"notice\">{notice_box}</td></tr>"
                   f"</tbody></table></td></tr>")
    if items:
        out.append("    <tr><td><table id=\"orderDetails\" cellpadding=\"0\" width=\"100%\"><tbody>")
        if items_heading:
            out.append(f"     <tr><td colspan=\"3\"><h3 style=\"font-size:16px;color:#cc6600;margin:8px 0 4px 0;"
                       f"font-weight:normal;border-bottom:1px solid #cccccc;\">{esc(items_heading)}</h3></td></tr>")
        for it in items:
            title_i, qty, price = it[0], it[1], it[2]
            img = f"https://m.media-amazon.com/images/I/{hexs(4).upper()}{R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}" \
                  f"{hexs(5)}L._SS142_.jpg"
            href = links.get("item", f"{base}/dp/B0{hexs(8).upper()}?ref_=pe_item")
            out.append("     <tr>")
            out.append(f"      <td class=\"itemImage\" width=\"90\"><a href=\"{href}\"><img src=\"{img}\" "
                       f"width=\"84\" border=\"0\" /></a></td>")
            out.append(f"      <td><a class=\"name\" href=\"{href}\">{esc(title_i)}</a><br />"
                       f"{esc(lg['sold'])} : {esc(it[3] if len(it) > 3 else m['seller'])}<br />"
                       f"{esc(lg['qty'])} : {qty}</td>".replace(" : ", ": " if m["lang"] != "fr" else " : "))
            out.append(f"      <td class=\"price\">{esc(m['money'](price)) if price is not None else ''}</td>")
            out.append("     </tr>")
        out.append("    </tbody></table></td></tr>")
    out.append("    <tr><td><table id=\"division\" width=\"100%\"><tbody><tr><td></td></tr></tbody></table></td></tr>")
    out.append("    <tr><td><table id=\"closing\" cellpadding=\"0\"><tbody><tr><td>")
    for p in (closing or []):
        out.append(f"     {p}<br />")
    out.append(f"     <p><br />{esc(lg['sig'])}<br /><span class=\"signature\"><strong>{esc(m['name'])}</strong>"
               f"</span></p>")
    out.append("    </td></tr></tbody></table></td></tr>")
    if footer:
        out.append("    <tr><td><table id=\"legal\" cellpadding=\"0\" width=\"100%\"><tbody>")
        for f in footer:
            out.append(f"     <tr><td>{linkify(esc(f))}</td></tr>")
        out.append("    </tbody></table></td></tr>")
    out.append("   </tbody></table>")
    out.append("  </td></tr></tbody></table>")
    out.append(" </body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def amz_text(d, order, greeting, paras, items=None, items_heading=None, closing=None, footer=None,
             bar="-" * 72):
    m = MP[d]
    lg = L[m["lang"]]
    out = [m["name"], bar, ""]
    out.append(greeting)
    out.append("")
    for p in paras:
        out.append(p)
        out.append("")
    if order:
        out.append(f"{lg['order_no']} {order}")
        out.append("")
    if items:
        if items_heading:
            out.append(items_heading)
            out.append("")
        for it in items:
            out.append(f"    {it[0]}")
            sep = " : " if m["lang"] == "fr" else ": "
            out.append(f"    {lg['qty']}{sep}{it[1]}")
            if it[2] is not None:
                out.append(f"    {m['money'](it[2])}")
            out.append(f"    {lg['sold']}{sep}{it[3] if len(it) > 3 else m['seller']}")
            out.append("")
    for p in (closing or []):
        out.append(p)
    out.append("")
    out.append(lg["sig"])
    out.append(m["name"])
    out.append("")
    out.append(bar)
    for f in (footer or []):
        out.append(f)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def strip_tags(s):
    import re
    s = re.sub(r"<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 (\1)", s)
    s = re.sub(r"<[^>]+>", "", s)
    return s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def amazon_trace(d, dt, auth_style=None, rcpt_host="mx.google.com"):
    """trace headers of a genuine Amazon SES mail; with auth_style, an Authentication-Results header"""
    rec, ip = ses_received(dt, rcpt_host)
    tr = [("Return-Path", f"<{dt.strftime('%Y%m%d%H%M%S')}{hexs(20)}@bounces.{d}>")]
    if auth_style:
        if auth_style == "microsoft":
            tr.append(("Authentication-Results", auth_pass(d, ip, "microsoft")))
        else:
            tr.append(("Authentication-Results", auth_pass(d, ip, auth_style)))
    tr.append(("Received", rec))
    return tr


def amazon_post(d, dt, reply=True):
    p = []
    if reply:
        p.append(("Reply-To", f"no-reply@{d}"))
    p.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    p.append(("Feedback-ID", f"1.eu-west-1.{hexs(20)}=:AmazonSES"))
    p.append(("X-SES-Outgoing", f"{dt.strftime('%Y.%m.%d')}-54.240.{R.randint(1, 60)}."
                                f"{R.randint(2, 250)}"))
    return p


# --------------------------------------------------------------------------
# entry helpers
# --------------------------------------------------------------------------
import re as _re

_LINK = _re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def P_html(s):
    return _LINK.sub(lambda mo: f'<a href="{mo.group(2)}" style="color:#0066c0;">{mo.group(1)}</a>', esc(s))


def P_text(s):
    return _LINK.sub(lambda mo: mo.group(1) if mo.group(1) == mo.group(2) else f"{mo.group(1)} ({mo.group(2)})", s)


ENTRIES = []


def entry(kind, lang, cause, states_reason, marketplace, note, spec, rcpt):
    ENTRIES.append(dict(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                        marketplace=marketplace, note=note, spec=spec, rcpt=rcpt))


def amz_mail(d, *, frm, subject, dt, title, greeting, paras, order=None, items=None, items_heading=None,
             closing=None, footer="default", fmt="alt", cs="utf-8", cte="quoted-printable", trace=None,
             post=None, links=None, notice_box=None, msgid=None, text_paras=None, boundary=None, **extra):
    """An e-mail in Amazon's notification layout (used for genuine mails and for polished copies)."""
    if footer == "default":
        footer = footer_lines(d, dt.year)
    spec = dict(frm=frm, subject=subject, date=dt, fmt=fmt, charset=cs, cte=cte,
                trace=trace or [], post=post or [], msgid=msgid or ses_msgid())
    spec["from"] = frm
    if boundary:
        spec["boundary"] = boundary
    spec.update(extra)
    if fmt in ("html", "alt"):
        spec["html"] = amz_html(d, title, order, greeting, [P_html(p) for p in paras], items, items_heading,
                                [P_html(c) for c in (closing or [])], footer, links, notice_box, dt.year)
    if fmt in ("text", "alt"):
        spec["text"] = amz_text(d, order, greeting, [P_text(p) for p in (text_paras or paras)], items,
                                items_heading, [P_text(c) for c in (closing or [])], footer)
    return spec


def genuine(d, *, sender, auth=None, rcpt_host="mx.google.com", reply=True, **kw):
    dt = kw["dt"]
    name = MP[d]["name"]
    trace = amazon_trace(d, dt, auth, rcpt_host)
    return amz_mail(d, frm=(name, f"{sender}@{d}"), trace=trace, post=amazon_post(d, dt, reply), **kw)


def plain(frm, subject, dt, *, text=None, html=None, fmt=None, cs="utf-8", cte="quoted-printable",
          trace=None, pre=None, post=None, msgid=None, **extra):
    if fmt is None:
        fmt = "alt" if (text and html) else ("html" if html else "text")
    spec = dict(subject=subject, date=dt, fmt=fmt, charset=cs, cte=cte, trace=trace or [], pre=pre or [],
                post=post or [], msgid=msgid or f"<{hexs(16)}.{R.randint(1000, 99999)}@{frm[1].split('@')[1]}>")
    spec["from"] = frm
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(extra)
    return spec


def gmail_id():
    return f"<CA{base64.b64encode(bytes(R.randint(0, 255) for _ in range(33))).decode().replace('/', '_')}@mail.gmail.com>"


def rcv(helo, ip, by, dt):
    return ("Received", f"from {helo} ({helo} [{ip}])\n\tby {by} with ESMTPS id {hexs(12).upper()}\n"
                        f"\tfor <{{rcpt}}>; {{rdate}}")


def simple_html(body_html, lang="fr", title="", style="font-family:Arial,Helvetica,sans-serif;font-size:14px;"):
    return (f"<html lang=\"{lang}\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            f"<title>{esc(title)}</title></head>\n<body style=\"{style}\">\n{body_html}\n</body></html>\n")


# ==========================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# ==========================================================================

def french():
    CD = ("Camille Dubois", "camille.dubois@orange.fr")
    JM = ("Julien Marchand", "j.marchand@free.fr")
    GT = ("Geneviève Tremblay", "genevieve.tremblay@videotron.ca")
    SP = ("Sophie Peeters", "sophie.peeters@skynet.be")
    NL = ("Nicolas Lefèvre", "nicolas.lefevre78@gmail.com")
    MG = ("Marc-André Gagnon", "magagnon@hotmail.com")

    # ---------------- notices ----------------
    o = oid("171")
    entry("notice", "fr", "inventory_shortage", True, "amazon.fr",
          "supplier can no longer deliver, item unavailable; partial; HTML alt", genuine(
              "amazon.fr", sender="order-update", auth="google",
              subject=f"Un article a été annulé de votre commande Amazon.fr n° {o}",
              dt=when(2024, 11, 6), title="Annulation d'article", order=o, greeting="Bonjour Camille,",
              paras=[f"Nous sommes au regret de vous informer que nous avons dû annuler l'article ci-dessous de "
                     f"votre commande n° {o}. Notre fournisseur nous a indiqué qu'il n'était plus en mesure de nous "
                     f"livrer ce produit, et nous ne sommes pas parvenus à nous le procurer auprès d'une autre "
                     f"source. Cet article n'est donc plus disponible.",
                     "Vous n'avez pas été débité(e) pour cet article. Si un montant a été réservé sur votre moyen de "
                     "paiement, cette réservation sera levée automatiquement sous quelques jours ouvrés, selon les "
                     "délais de votre banque.",
                     "Les autres articles de votre commande ne sont pas concernés et vous seront expédiés comme "
                     "prévu. Vous pouvez suivre leur statut dans [Vos commandes](https://www.amazon.fr/gp/css/"
                     "order-history?ref_=pe_yo_cxl)."],
              items=[("Philips Hue White Ambiance, ampoule LED connectée E27, compatible Bluetooth et Zigbee, "
                      "lot de 2", 1, 44.99)],
              items_heading="Articles annulés",
              closing=["Nous vous prions de nous excuser pour la gêne occasionnée."]), CD)

    o = oid("405")
    entry("notice", "fr", "payment_issue", True, "amazon.fr",
          "card declined, payment not revised within deadline; plain text iso-8859-15 8bit", genuine(
              "amazon.fr", sender="payments-messages",
              subject=f"Votre commande Amazon.fr n° {o} a été annulée",
              dt=when(2025, 2, 19), title="Commande annulée", order=o, greeting="Bonjour Julien,",
              paras=["Nous vous avions contacté le 13 février car votre banque a refusé le paiement de la "
                     "commande ci-dessous, réglée avec votre carte Visa se terminant par 4417.",
                     "Vos informations de paiement n'ayant pas été mises à jour dans le délai de 5 jours qui vous "
                     "était imparti, nous avons annulé votre commande. Aucun montant n'a été prélevé.",
                     "Si vous souhaitez toujours recevoir ces articles, vous pouvez les commander à nouveau sur "
                     "Amazon.fr. Nous vous conseillons de vérifier au préalable vos moyens de paiement dans "
                     "Votre compte."],
              items=[("Tefal Ingenio Preference, batterie de cuisine 13 pièces, tous feux dont induction", 1, 129.90),
                     ("Lot de 3 torchons en coton bio, 50 x 70 cm", 2, 12.50)],
              items_heading="Articles annulés",
              closing=["Merci de votre compréhension."], fmt="text", cs="iso-8859-15", cte="8bit"), JM)

    o = oid("702")
    entry("notice", "fr", "customer_request", True, "amazon.ca",
          "successful cancellation, 'Motif : Annulée par le client'; alt, html base64", genuine(
              "amazon.ca", sender="auto-confirm", auth="microsoft",
              rcpt_host="BN8NAM12FT044.mail.protection.outlook.com",
              subject=f"Annulation réussie de « LEGO Technic Ford Mustang Shelby GT500 » de votre commande "
                      f"Amazon.ca n° {o}",
              dt=when(2024, 12, 2), title="Confirmation d'annulation", order=o, greeting="Bonjour Marc-André,",
              paras=[f"Nous avons bien reçu votre demande d'annulation. Conformément à votre demande, l'article "
                     f"suivant a été annulé de votre commande n° {o}.",
                     "Motif de l'annulation : Annulée par le client",
                     "Aucun montant ne vous sera facturé pour cet article. Si le paiement avait déjà été autorisé, "
                     "l'autorisation sera annulée et le montant réapparaîtra sur votre relevé dans un délai de 3 à 5 "
                     "jours ouvrables."],
              items=[("LEGO Technic La Ford Mustang Shelby GT500 42138, ensemble de construction", 1, 69.99)],
              items_heading="Articles annulés",
              closing=["Vous pouvez consulter l'état de vos autres commandes dans [Vos commandes](https://www."
                       "amazon.ca/gp/css/order-history?ref_=pe_yo_cxl_ca)."],
              cte_text="quoted-printable", cte_html="base64"), MG)

    o = oid("404")
    entry("notice", "fr", "technical_issue", True, "amazon.com.be",
          "pricing error on detail page; HTML only", genuine(
              "amazon.com.be", sender="order-update",
              subject=f"Votre commande Amazon.com.be n° {o} a été annulée",
              dt=when(2025, 3, 15), title="Commande annulée", order=o, greeting="Bonjour Sophie,",
              paras=[f"Nous vous écrivons au sujet de votre commande n° {o}, passée le 14 mars 2025.",
                     "En raison d'une erreur de prix sur la page détaillée de l'article ci-dessous, le prix affiché "
                     "au moment de votre achat était incorrect (149,00 € au lieu de 649,00 €). Conformément à nos "
                     "Conditions générales de vente, nous avons annulé votre commande.",
                     "Vous n'avez pas été débitée. Toute autorisation de paiement liée à cette commande sera "
                     "annulée.",
                     "Nous vous prions de nous excuser pour cette erreur. Le prix correct est désormais affiché "
                     "sur la page de l'article."],
              items=[("Samsung Galaxy Tab S9 FE+ Wi-Fi, 256 Go, gris", 1, 149.00)],
              items_heading="Articles annulés",
              closing=["Pour toute question, rendez-vous sur la page [Service Client](https://www.amazon.com.be/"
                       "gp/help/customer/contact-us)."], fmt="html"), SP)

    o = oid("701")
    entry("notice", "fr", "fraud_prevention", True, "amazon.ca",
          "unusual activity, account on hold, verify identity; text only base64", genuine(
              "amazon.ca", sender="cs-reply", auth="google",
              subject="Information d'Amazon.ca",
              dt=when(2025, 1, 27), title="", order=o, greeting="Bonjour,",
              paras=["Dans le cadre de nos contrôles de sécurité, nous avons remarqué une activité inhabituelle "
                     f"liée à votre compte Amazon.ca. Par mesure de précaution, nous avons mis votre compte en "
                     f"attente et annulé la commande n° {o}.",
                     "Pour rétablir l'accès à votre compte, connectez-vous à www.amazon.ca à partir de votre "
                     "navigateur ou de l'application Amazon, puis suivez les instructions à l'écran pour confirmer "
                     "votre identité. Vous pourrez ensuite passer une nouvelle commande.",
                     "Si une autorisation de paiement a été effectuée, elle sera levée. Aucun montant ne vous "
                     "sera facturé.",
                     "Pour votre sécurité, ne cliquez pas sur des liens reçus par courriel pour vous connecter : "
                     "saisissez l'adresse www.amazon.ca directement dans votre navigateur."],
              items=[("Carte-cadeau Amazon.ca - Par courriel - 200 $", 2, 200.00)],
              closing=["Nous vous remercions de votre compréhension."], fmt="text", cte="base64"),
          ("", "genevieve.tremblay@gmail.com"))

    o = oid("403")
    entry("notice", "fr", "unknown", True, "amazon.fr",
          "cannot ship lithium batteries to La Réunion address (shipping restriction); alt windows-1252", genuine(
              "amazon.fr", sender="order-update",
              subject=f"Votre commande Amazon.fr n° {o} a été annulée",
              dt=when(2024, 9, 10), title="Commande annulée", order=o, greeting="Bonjour Nicolas,",
              paras=[f"Nous sommes désolés, mais nous avons dû annuler votre commande n° {o}.",
                     "Les articles ci-dessous ne peuvent pas être expédiés à l'adresse de livraison que vous avez "
                     "choisie (Saint-Pierre, La Réunion), en raison des restrictions d'expédition qui s'appliquent "
                     "aux produits contenant des batteries au lithium.",
                     "Aucun montant ne vous a été facturé. Vous pouvez repasser commande en choisissant une autre "
                     "adresse de livraison, ou consulter nos [restrictions d'expédition](https://www.amazon.fr/gp/"
                     "help/customer/display.html?nodeId=201910800)."],
              items=[("Anker PowerCore Essential, batterie externe 20000 mAh, USB-C", 1, 39.99),
                     ("Câble USB-C vers USB-C 2 m, lot de 2", 1, 11.99)],
              items_heading="Articles annulés",
              closing=["Nous vous prions de nous excuser pour la gêne occasionnée."],
              cs="windows-1252", cte="quoted-printable"), NL)

    # ---------------- non-notices ----------------
    t = ("Bonjour Camille,\n\n"
         "Nous sommes désolés : votre commande #BM-20931 du 3 février a été annulée, car le café Éthiopie "
         "Yirgacheffe (moulu, 500 g) est en rupture de stock chez notre torréfacteur et ne sera pas disponible "
         "avant plusieurs semaines.\n\n"
         "Vous aviez réglé avec Amazon Pay. Le remboursement de 23,40 € a été lancé aujourd'hui et apparaîtra sur "
         "le moyen de paiement enregistré dans votre compte Amazon sous 3 à 5 jours ouvrés. Vous recevrez aussi "
         "une confirmation de la part d'Amazon Pay.\n\n"
         "Pour nous faire pardonner, voici un code de 10 % valable sur votre prochaine commande : DESOLE10\n\n"
         "À très bientôt,\nL'équipe de La Brûlerie du Marais\n12 rue de Bretagne, 75003 Paris\n"
         "https://www.bruleriedumarais.fr\n")
    h = simple_html(
        "<p>Bonjour Camille,</p><p>Nous sommes désolés : votre commande <b>#BM-20931</b> du 3 février a été "
        "<b>annulée</b>, car le café Éthiopie Yirgacheffe (moulu, 500&nbsp;g) est en rupture de stock chez notre "
        "torréfacteur et ne sera pas disponible avant plusieurs semaines.</p>"
        "<p>Vous aviez réglé avec <b>Amazon Pay</b>. Le remboursement de 23,40&nbsp;€ a été lancé aujourd'hui et "
        "apparaîtra sur le moyen de paiement enregistré dans votre compte Amazon sous 3 à 5 jours ouvrés. Vous "
        "recevrez aussi une confirmation de la part d'Amazon Pay.</p>"
        "<p>Pour nous faire pardonner, voici un code de 10&nbsp;% valable sur votre prochaine commande : "
        "<b>DESOLE10</b></p><p>À très bientôt,<br>L'équipe de La Brûlerie du Marais<br>12 rue de Bretagne, "
        "75003 Paris<br><a href=\"https://www.bruleriedumarais.fr\">www.bruleriedumarais.fr</a></p>", "fr")
    entry("non_notice", "fr", None, False, None,
          "small coffee shop cancels its own order (out of stock); paid with Amazon Pay", plain(
              ("La Brûlerie du Marais", "commandes@bruleriedumarais.fr"),
              "Annulation de votre commande #BM-20931", when(2025, 2, 5, 1), text=t, html=h,
              post=[("X-Mailer", "Shopify")]), CD)

    t = ("Salut Julien,\n\n"
         "Petite mise à jour : j'ai annulé ma commande Amazon pour les deux chaises Hbada, le délai de livraison "
         "est passé à six semaines. Amazon m'a confirmé l'annulation tout de suite, donc rien n'a été débité sur "
         "la carte de la boîte.\n\n"
         "Je passe chez Bureau Vallée demain midi voir ce qu'ils ont en stock. Si tu as une préférence (accoudoirs "
         "réglables, appui-tête...), dis-le-moi avant 11 h.\n\n"
         "Thomas\n\n"
         "Le mer. 12 mars 2025 à 09:14, Julien Marchand <j.marchand@free.fr> a écrit :\n"
         "> Tu as pu commander les chaises pour l'open space ? Karine demande si elles arrivent avant le\n"
         "> déménagement du 1er avril.\n")
    entry("non_notice", "fr", None, False, None,
          "colleague says he cancelled his own Amazon order", plain(
              ("Thomas Girard", "thomas.girard@groupe-alcyon.fr"), "Re: chaises pour l'open space",
              when(2025, 3, 12, 1), text=t, cte="8bit",
              post=[("In-Reply-To", f"<{hexs(12)}@free.fr>"), ("References", f"<{hexs(12)}@free.fr>"),
                    ("X-Mailer", "Microsoft Outlook 16.0")]), JM)

    o_fake = "402-7719355-2046118"
    h = simple_html(
        "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"background:"
        "#1d3557;color:#fff;padding:16px;font-size:22px;\">Le Mag Conso Numérique</td></tr><tr><td style=\"padding:"
        "16px;\"><h1 style=\"font-size:20px;\">Arnaques : les faux e-mails « commande Amazon annulée » se "
        "multiplient</h1>"
        "<p>Depuis début novembre, de nombreux lecteurs nous ont transféré un message intitulé "
        f"<i>« Votre commande Amazon n° {o_fake} a été annulée – action requise »</i>. Il ne vient pas "
        "d'Amazon : le lien mène vers une fausse page de connexion qui récupère vos identifiants et votre numéro "
        "de carte.</p>"
        "<p><b>Comment le reconnaître ?</b></p><ul>"
        "<li>l'expéditeur utilise une adresse Gmail ou un domaine du type « amazon-commande-service.com » ;</li>"
        "<li>le message vous demande d'appeler un numéro de téléphone ou de « confirmer » votre carte bancaire "
        "sous 24 heures ;</li>"
        "<li>la commande mentionnée n'apparaît pas dans la rubrique Vos commandes de votre compte.</li></ul>"
        "<p>En cas de doute, ne cliquez sur rien : ouvrez vous-même l'application ou le site et vérifiez vos "
        "commandes. Vous pouvez signaler le message sur le site officiel d'Amazon et sur "
        "<a href=\"https://www.signal-spam.fr\">signal-spam.fr</a>.</p>"
        "<p>À lire aussi : <a href=\"https://www.magconsonumerique.fr/colis-faux-sms\">Faux SMS de livraison : "
        "le point sur les nouvelles arnaques</a></p></td></tr>"
        "<tr><td style=\"font-size:11px;color:#777;padding:16px;\">Vous recevez cette lettre car vous êtes abonné(e) "
        "au Mag Conso Numérique. <a href=\"https://www.magconsonumerique.fr/desinscription?u=8812\">Se "
        "désinscrire</a></td></tr></table>", "fr", "Le Mag Conso Numérique")
    entry("non_notice", "fr", None, False, None,
          "consumer newsletter about phishing, quotes a fake cancellation subject", plain(
              ("Le Mag Conso Numérique", "lettre@magconsonumerique.fr"),
              "Arnaques : les faux mails « commande Amazon annulée » se multiplient", when(2024, 11, 21, 1),
              html=h, cte="base64",
              post=[("List-Unsubscribe", "<https://www.magconsonumerique.fr/desinscription?u=8812>"),
                    ("Precedence", "bulk")]), NL)

    entry("non_notice", "fr", None, False, "amazon.fr",
          "Amazon Prime membership cancellation confirmed (subscription, not an order)", genuine(
              "amazon.fr", sender="prime", auth="google",
              subject="Confirmation de l'annulation de votre abonnement Amazon Prime",
              dt=when(2025, 3, 18), title="Amazon Prime", greeting="Bonjour Nicolas,",
              paras=["Nous vous confirmons l'annulation de votre abonnement Amazon Prime, conformément à votre "
                     "demande.",
                     "Vos avantages Prime restent actifs jusqu'au 18 avril 2025, fin de votre période de facturation "
                     "en cours. Aucun paiement supplémentaire ne vous sera demandé.",
                     "Vos commandes en cours ne sont pas concernées et seront livrées normalement.",
                     "Vous changez d'avis ? Vous pouvez réactiver votre abonnement à tout moment depuis "
                     "[Gérer mon abonnement Prime](https://www.amazon.fr/gp/primecentral)."],
              closing=["Merci d'avoir été membre Amazon Prime."]), NL)

    o = oid("702")
    entry("non_notice", "fr", None, False, "amazon.ca",
          "payment declined reminder: update payment or the order WILL be cancelled (not cancelled yet)", genuine(
              "amazon.ca", sender="payments-messages", auth="microsoft",
              rcpt_host="YT3PR01MB9876.CANPRD01.PROD.OUTLOOK.COM",
              subject=f"Action requise : mettez à jour votre mode de paiement pour la commande n° {o}",
              dt=when(2025, 5, 6), title="", order=o, greeting="Bonjour Marc-André,",
              paras=[f"Nous n'avons pas pu autoriser le paiement de votre commande n° {o} avec la carte "
                     "Mastercard se terminant par 0932. Cela arrive souvent lorsqu'une carte a expiré ou que "
                     "l'adresse de facturation ne correspond pas.",
                     "Pour éviter l'annulation de votre commande, veuillez mettre à jour vos informations de "
                     "paiement d'ici le 9 mai 2025 : rendez-vous dans Vos commandes, sélectionnez la commande, "
                     "puis cliquez sur « Modifier le mode de paiement ».",
                     "Si nous ne recevons pas d'informations de paiement valides d'ici cette date, votre commande "
                     "sera annulée.",
                     "Vos commandes : https://www.amazon.ca/gp/css/order-history"],
              items=[("Instant Pot Duo 7-en-1, autocuiseur électrique 5,7 L", 1, 129.99)],
              closing=["Merci d'avoir magasiné avec nous."], fmt="text", cte="quoted-printable"), MG)

    o = oid("407")
    entry("non_notice", "fr", None, False, "amazon.fr",
          "delivery appointment for a large appliance cancelled by carrier; order itself kept", genuine(
              "amazon.fr", sender="order-update",
              subject="Votre rendez-vous de livraison du 22 mai a été annulé",
              dt=when(2025, 5, 20), title="Rendez-vous de livraison", order=o, greeting="Bonjour Camille,",
              paras=[f"Le rendez-vous de livraison prévu le jeudi 22 mai entre 8 h et 13 h pour votre commande "
                     f"n° {o} a été annulé par notre transporteur partenaire, en raison d'un manque de disponibilité "
                     "de ses équipes d'installation.",
                     "Votre commande n'est pas annulée et reste valable. Choisissez dès maintenant un nouveau "
                     "créneau de livraison : [Choisir un créneau](https://www.amazon.fr/gp/your-account/"
                     f"ship-track?orderId={o}&ref_=pe_resched).",
                     "Si vous ne choisissez pas de créneau, le transporteur vous contactera par téléphone dans les "
                     "48 heures pour convenir d'un nouveau rendez-vous."],
              items=[("Bosch WGG244A0FR Série 6, lave-linge hublot 9 kg, 1400 tr/min", 1, 549.00)],
              closing=["Nous vous prions de nous excuser pour ce contretemps."], fmt="html",
              cs="windows-1252", cte="quoted-printable"), CD)

    # ---------------- lookalikes ----------------
    t = ("Cher client,\n\n"
         "Votre demande d'annulation pour la commande N° AMZ-4471-02 a bien été prise en compte.\n\n"
         "Article : Apple iPhone 15 Pro Max 256Go Titane naturel\n"
         "Montant remboursé : 1 479,00 €\n"
         "Date : 14/01/2025\n\n"
         "Le remboursement sera effectué sur votre compte sous 24h.\n\n"
         "SI VOUS N'AVEZ PAS DEMANDÉ CETTE ANNULATION, appelez immédiatement notre service client au "
         "01 86 65 42 19 (7j/7, 24h/24) pour bloquer l'opération.\n\n"
         "Merci,\nService Client Amazon\nAmazon.fr\n")
    entry("lookalike", "fr", "customer_request", True, None,
          "crude, gmail sender, callback phone number, malformed order no.", plain(
              ("Service Client Amazon", "serviceclient.amazonfr@gmail.com"),
              "Annulation de votre commande Amazon N°AMZ-4471-02", when(2025, 1, 14, 1), text=t, cte="8bit",
              msgid=gmail_id(),
              trace=[rcv("mail-wm1-f52.google.com", "209.85.128.52", "smtp-in.orange.fr", when(2025, 1, 14, 0))]),
          CD)

    h = simple_html(
        "<div style=\"max-width:560px;margin:auto;border:1px solid #ddd;padding:24px\">"
        "<img src=\"https://i.imgur.com/amzlogo.png\" alt=\"amazon\" width=\"110\"><h2 style=\"color:#c45500\">"
        "Votre compte a été suspendu</h2>"
        "<p>Cher(e) client(e),</p><p>Suite à une activité suspecte détectée sur votre compte, nous avons "
        "temporairement <b>suspendu votre compte</b> et <b>annulé votre commande #403-8812931-1120</b>.</p>"
        "<p>Pour réactiver votre compte et débloquer votre commande, utilisez le code de vérification ci-dessous "
        "sur notre page sécurisée :</p><p style=\"font-size:28px;letter-spacing:6px;text-align:center;"
        "background:#f3f3f3;padding:12px\"><b>84 21 77</b></p>"
        "<p style=\"text-align:center\"><a href=\"https://amzn-fr-compte.com/reactivation?id=CX91822\" "
        "style=\"background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:8px\">"
        "Réactiver mon compte</a></p>"
        "<p>Sans action de votre part sous 24 heures, votre compte sera définitivement fermé.</p>"
        "<p>Cordialement,<br>L'équipe Sécurité Amazon</p></div>", "fr")
    entry("lookalike", "fr", "fraud_prevention", True, None,
          "Cyrillic homoglyphs in display name; account suspended + order cancelled, 'use this code'", plain(
              ("Аmаzоn.fr Sécurité", "securite@amzn-fr-compte.com"),
              "Votre compte a été suspendu - commande annulée", when(2024, 10, 2, 2), html=h,
              cte="quoted-printable",
              trace=[rcv("vps-4f21a.contaboserver.net", "185.217.44.19", "mx1.free.fr", when(2024, 10, 2, 0))]),
          JM)

    t = ("Bonjour,\n\n"
         "Le paiement de votre commande n° 171-558204-22931 (Dyson V15 Detect Absolute, 699,00 EUR) a été "
         "refusé par votre banque.\n\n"
         "Pour éviter l'annulation de votre commande, merci de répondre directement à cet e-mail dans les 48 "
         "heures en indiquant :\n\n"
         "- nom du titulaire de la carte\n"
         "- numéro de carte (16 chiffres)\n"
         "- date d'expiration\n"
         "- code de sécurité (3 chiffres au dos)\n\n"
         "Sans réponse de votre part, votre commande sera annulée automatiquement et votre compte pourra être "
         "restreint.\n\n"
         "Service Paiements Amazon.fr\n")
    entry("lookalike", "fr", "payment_issue", True, None,
          "outlook.fr sender asks to reply with card details; 'will be cancelled'; malformed order no.", plain(
              ("Amazon Paiements", "amazon.paiements.fr@outlook.fr"),
              "Problème de paiement - votre commande sera annulée", when(2024, 12, 9, 1), text=t,
              cs="iso-8859-1", cte="quoted-printable",
              msgid=f"<AM{hexs(4).upper()}PR0{R.randint(1, 9)}MB{R.randint(1000, 9999)}{hexs(6).upper()}@"
                    f"AM0PR04MB7012.eurprd04.prod.outlook.com>",
              trace=[rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.51", "smtp-in.orange.fr",
                         when(2024, 12, 9, 0))]), CD)

    o = oid("402")
    evil = f"https://amazon-orders.help/fr/remboursement?ref={hexs(10)}"
    spec = amz_mail(
        "amazon.fr", frm=("Amazon.fr", "order-update@amazon-orders.help"),
        subject=f"Votre commande Amazon.fr n° {o} a été annulée",
        dt=when(2025, 4, 3), title="Commande annulée", order=o, greeting="Bonjour,",
        paras=[f"Nous sommes désolés de vous informer que votre commande n° {o} a été annulée : l'article n'est "
               "plus disponible chez le vendeur.",
               "Pour recevoir le remboursement de 349,00 €, vous devez confirmer vos coordonnées de paiement sous "
               "48 heures depuis Vos commandes :",
               f"[https://www.amazon.fr/gp/css/order-history]({evil})",
               "Passé ce délai, le montant ne pourra plus être remboursé."],
        text_paras=[f"Nous sommes désolés de vous informer que votre commande n° {o} a été annulée : l'article "
                    "n'est plus disponible chez le vendeur.",
                    "Pour recevoir le remboursement de 349,00 €, vous devez confirmer vos coordonnées de paiement "
                    f"sous 48 heures depuis Vos commandes : {evil}",
                    "Passé ce délai, le montant ne pourra plus être remboursé."],
        items=[("Apple AirPods Pro (2e génération) avec boîtier MagSafe USB-C", 1, 349.00)],
        items_heading="Articles annulés", links={k: evil for k in ("orders", "account", "home", "order", "item")},
        trace=[("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon-orders.help "
                "header.d=amazon-orders.help header.s=s1;\n       spf=pass smtp.mailfrom=amazon-orders.help;\n"
                "       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-orders.help"),
               rcv("mail.amazon-orders.help", "45.88.107.3", "mx.google.com", when(2025, 4, 3))],
        msgid=f"<{hexs(24)}@amazon-orders.help>")
    entry("lookalike", "fr", "inventory_shortage", True, None,
          "polished copy of Amazon layout from amazon-orders.help; link text shows amazon.fr, href elsewhere; "
          "dkim/dmarc pass for the look-alike domain", spec, NL)

    h = ("<html><body style=\"font-family:Verdana\"><center><h1 style=\"color:#ff9900\">amazon</h1></center>"
         "<p>Bonjour cher client,</p><p>Suite à une <b>erreur technique</b> de notre système, votre commande "
         "<b>#402-991847-733</b> n'a pas pu être traitée et a été <font color=\"red\">ANNULÉE</font>.</p>"
         "<p>Pour obtenir votre remboursement de 89,90 €, veuillez mettre à jour vos informations en cliquant "
         "ci-dessous :</p><p><a href=\"http://amaz0n-fr.com/client/maj.php?u=8817\">METTRE À JOUR MES "
         "INFORMATIONS</a></p><p>Merci de votre confiance.<br>Amazon Service</p>"
         "<p style=\"font-size:10px;color:gray\">© 1996-2025, Amazon.com, Inc. ou ses filiales</p></body></html>\n")
    entry("lookalike", "fr", "technical_issue", True, None,
          "crude; amaz0n-fr.com look-alike domain; 'technical error' cancellation; malformed order no.", plain(
              ("Amazon.fr", "service@amaz0n-fr.com"), "Commande annulée - erreur technique", when(2025, 2, 27, 1),
              html=h, cs="windows-1252", cte="base64",
              trace=[rcv("amaz0n-fr.com", "91.215.85.142", "mx2.free.fr", when(2025, 2, 27, 0))]), JM)

    o = oid("702")
    evil = f"https://amazon.ca.verification-commande.top/fr/paiement?o={o}"
    spec = amz_mail(
        "amazon.ca", frm=("Amazon.ca", "avis@amazon.ca.verification-commande.top"),
        subject=f"Dernier avis : votre commande n° {o} sera annulée dans 24 heures",
        dt=when(2025, 6, 11), title="Paiement en attente", order=o, greeting="Bonjour,",
        paras=[f"Nous n'avons pas pu vérifier le mode de paiement associé à votre commande n° {o}.",
               "Votre commande sera annulée dans 24 heures si vous ne confirmez pas vos informations de paiement.",
               f"[Confirmer mon mode de paiement]({evil})"],
        text_paras=[f"Nous n'avons pas pu vérifier le mode de paiement associé à votre commande n° {o}.",
                    "Votre commande sera annulée dans 24 heures si vous ne confirmez pas vos informations de "
                    f"paiement : {evil}"],
        items=[("Nintendo Switch OLED, console avec Joy-Con blancs", 1, 449.99)],
        links={k: evil for k in ("orders", "account", "home", "order", "item")}, footer=None,
        cte="base64", trace=[rcv("srv1.verification-commande.top", "193.42.33.20", "mx.videotron.ca",
                                 when(2025, 6, 11))],
        msgid=f"<{hexs(20)}@verification-commande.top>")
    entry("lookalike", "fr", "payment_issue", True, None,
          "amazon.ca.<evil>.top subdomain trick; order 'will be cancelled' in 24 h unless payment confirmed",
          spec, GT)

    h = ("<div style=\"font-family:Arial\"><p>Bonjour,</p><p>Votre commande a été annulée.</p>"
         "<p><a href=\"https://bit.ly/3Amz-Fr-Cmd\">Cliquez ici pour voir les détails</a></p>"
         "<p>Amazon</p></div>\n")
    entry("lookalike", "fr", "unknown", False, None,
          "Greek homoglyphs in display name, yahoo sender, no order number, no reason, shortener link", plain(
              ("Αmazοn", "amazon_infos_2025@yahoo.fr"), "Votre commande a été annulée", when(2025, 5, 2, 2),
              html=h, cte="8bit", msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(10**6, 10**7)}@mail.yahoo.com>",
              trace=[rcv("sonic314-20.consmr.mail.ir2.yahoo.com", "77.238.177.146", "mx.skynet.be",
                         when(2025, 5, 2, 0))]), SP)

    o = oid("171")
    evil = f"https://amazon-fr.securite-client.info/verification?cmd={o}"
    spec = amz_mail(
        "amazon.fr", frm=("Amazon.fr", "auto-confirm@amazon.fr"),
        subject=f"Votre commande Amazon.fr n° {o} a été annulée",
        dt=when(2024, 8, 29), title="Commande annulée", order=o, greeting="Bonjour,",
        paras=[f"Votre commande n° {o} a été signalée lors d'un contrôle de sécurité et a été annulée.",
               "Pour protéger votre compte, vous devez vérifier votre identité et votre moyen de paiement avant de "
               "pouvoir passer une nouvelle commande :",
               f"[www.amazon.fr/votre-compte/verification]({evil})"],
        text_paras=[f"Votre commande n° {o} a été signalée lors d'un contrôle de sécurité et a été annulée.",
                    "Pour protéger votre compte, vous devez vérifier votre identité et votre moyen de paiement "
                    f"avant de pouvoir passer une nouvelle commande : {evil}"],
        items=[("Samsung Galaxy S24 Ultra 512 Go, Titanium Black", 1, 1299.00)],
        items_heading="Articles annulés",
        links={"order": evil, "orders": evil},
        trace=[("Authentication-Results", "smtp-in.orange.fr; spf=fail smtp.mailfrom=amazon.fr;\n\tdkim=none "
                "(message not signed);\n\tdmarc=fail (p=quarantine dis=none) header.from=amazon.fr"),
               rcv("ns3197.ip-51-68-152.eu", "51.68.152.41", "smtp-in.orange.fr", when(2024, 8, 29))],
        post=[("Reply-To", "remboursement.amazon.fr@gmail.com")],
        msgid=f"<{hexs(16)}@ns3197.ip-51-68-152.eu>")
    entry("lookalike", "fr", "fraud_prevention", True, None,
          "spoofed From auto-confirm@amazon.fr but spf/dmarc fail, gmail Reply-To; polished copy with "
          "genuine-looking footer; link text www.amazon.fr, href elsewhere", spec, CD)


# ==========================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# ==========================================================================

def spanish():
    LF = ("Lucía Fernández", "lucia.fernandez@gmail.com")
    JV = ("Javier Moreno", "jmoreno@telefonica.net")
    AR = ("Alejandra Ramírez", "ale.ramirez@hotmail.com")
    DH = ("Diego Hernández", "diego.hdz@gmail.com")
    MC = ("Marta Castillo", "marta.castillo@outlook.es")
    CR = ("Carlos Ruiz", "carlos.ruiz@prodigy.net.mx")

    # ---------------- notices ----------------
    o = oid("406")
    entry("notice", "es", "payment_issue", True, "amazon.es",
          "expired card, payment method not updated in time; alt", genuine(
              "amazon.es", sender="payments-messages", auth="google",
              subject=f"Tu pedido de Amazon.es n.º {o} ha sido cancelado",
              dt=when(2024, 10, 9), title="Pedido cancelado", order=o, greeting="Hola, Lucía:",
              paras=[f"No hemos podido cobrar el importe de tu pedido n.º {o} porque la tarjeta Mastercard que "
                     "termina en 2290 ha caducado.",
                     "Te enviamos un aviso el 2 de octubre para que actualizaras tu método de pago. Como no hemos "
                     "recibido una forma de pago válida en el plazo indicado, hemos cancelado el pedido. No se ha "
                     "realizado ningún cargo.",
                     "Si todavía quieres estos productos, puedes volver a comprarlos en Amazon.es después de "
                     "actualizar tu información de pago en [Mi cuenta](https://www.amazon.es/cpe/yourpayments/"
                     "wallet?ref_=pe_pay_upd)."],
              items=[("Cecotec Freidora de aire Cecofry Full InoxBlack 5500 Pro, 5,5 L", 1, 69.90)],
              items_heading="Artículos cancelados",
              closing=["Gracias por tu comprensión."]), LF)

    o = oid("702")
    entry("notice", "es", "inventory_shortage", True, "amazon.com.mx",
          "pre-order cannot be filled, supplier shortfall; HTML only base64", genuine(
              "amazon.com.mx", sender="order-update",
              subject=f"Información sobre tu preventa: el pedido {o} fue cancelado",
              dt=when(2024, 11, 12, 0), title="Preventa cancelada", order=o, greeting="Hola, Diego:",
              paras=["Lamentamos informarte que no podremos surtir tu preventa del producto que aparece abajo. "
                     "Nuestro proveedor nos notificó que no recibiremos unidades suficientes para cubrir todos los "
                     f"pedidos, por lo que cancelamos tu pedido n.º {o}.",
                     "No se realizó ningún cargo a tu método de pago. La garantía de precio de preventa ya no "
                     "aplica para este pedido.",
                     "Te ofrecemos una disculpa por las molestias. Puedes activar una alerta en la página del "
                     "producto para saber cuándo vuelva a estar disponible."],
              items=[("Consola PlayStation 5 Pro, edición estándar", 1, 16999.00)],
              items_heading="Artículos cancelados",
              closing=["Consulta tus pedidos en [Mis pedidos](https://www.amazon.com.mx/gp/css/order-history"
                       "?ref_=pe_yo_mx)."], fmt="html", cte="base64"), DH)

    o = oid("171")
    entry("notice", "es", "customer_request", True, "amazon.es",
          "customer cancelled one item; 'Motivo: Cancelado por el cliente'; text iso-8859-15 8bit", genuine(
              "amazon.es", sender="auto-confirm", auth="mx.movistar.es", rcpt_host="mx.movistar.es",
              subject="Cancelación correcta de «Sony WH-1000XM5» de tu pedido de Amazon.es",
              dt=when(2025, 1, 21), title="", order=o, greeting="Hola, Javier:",
              paras=[f"Hemos cancelado el siguiente artículo de tu pedido n.º {o}, tal y como solicitaste.",
                     "Motivo de la cancelación: Cancelado por el cliente",
                     "No se te cobrará por este artículo. Si ya se había autorizado el pago, la retención se "
                     "liberará en un plazo de 3 a 5 días laborables, según tu banco."],
              items=[("Sony WH-1000XM5 auriculares inalámbricos con cancelación de ruido, negro", 1, 299.00)],
              items_heading="Artículos cancelados",
              closing=["Puedes consultar tus demás pedidos en Mis pedidos: "
                       "https://www.amazon.es/gp/css/order-history"],
              fmt="text", cs="iso-8859-15", cte="8bit"), JV)

    o = oid("701")
    entry("notice", "es", "technical_issue", True, "amazon.com.mx",
          "system error while processing orders; 'Información de Amazon.com.mx'; alt", genuine(
              "amazon.com.mx", sender="order-update",
              subject="Información de Amazon.com.mx",
              dt=when(2024, 11, 30), title="Información sobre tu pedido", order=o, greeting="Hola, Carlos:",
              paras=[f"Te escribimos en relación con tu pedido n.º {o}.",
                     "Debido a un error en nuestro sistema al procesar los pedidos realizados el 29 de noviembre "
                     "entre las 02:10 y las 03:45 h, tu pedido no se registró correctamente y tuvimos que "
                     "cancelarlo.",
                     "No se realizó ningún cargo. Si ves un cargo pendiente en tu estado de cuenta, desaparecerá "
                     "en unos días.",
                     "Puedes volver a realizar tu pedido en cualquier momento. Lamentamos los inconvenientes."],
              items=[("Licuadora Oster BLSTMG-B00, 1.5 L, 3 velocidades", 1, 1249.00),
                     ("Set de 6 vasos de vidrio templado 350 ml", 1, 289.00)],
              items_heading="Artículos cancelados",
              closing=["Atentamente,"]), CR)

    o = oid("408")
    entry("notice", "es", "fraud_prevention", True, "amazon.es",
          "unusual activity, account temporarily blocked, identity/card verification; alt windows-1252", genuine(
              "amazon.es", sender="cs-reply", auth="microsoft",
              rcpt_host="AM0EUR02FT021.mail.protection.outlook.com",
              subject=f"Información de Amazon.es sobre tu pedido {o}",
              dt=when(2025, 4, 8), title="Cuenta en espera", order=o, greeting="Hola, Marta:",
              paras=["Hemos detectado actividad inusual en tu cuenta de Amazon.es. Para protegerte, hemos "
                     f"bloqueado temporalmente la cuenta y cancelado el pedido n.º {o}.",
                     "Para desbloquear tu cuenta, inicia sesión en Amazon.es desde la aplicación o escribiendo la "
                     "dirección directamente en tu navegador y sigue las instrucciones para verificar tu "
                     "identidad. Es posible que te pidamos que confirmes la tarjeta que utilizaste en este pedido.",
                     "Mientras tu cuenta esté en espera no podrás realizar pedidos. No se ha efectuado ningún "
                     "cargo por el pedido cancelado."],
              items=[("Apple iPad Air 11\" (M2), Wi-Fi, 128 GB, gris espacial", 1, 699.00)],
              items_heading="Artículos cancelados",
              closing=["Gracias por tu comprensión."], cs="windows-1252"), MC)

    o = oid("702")
    entry("notice", "es", "unknown", False, "amazon.com.mx",
          "item cancelled, no reason given; plain text utf-8 8bit", genuine(
              "amazon.com.mx", sender="order-update",
              subject=f"Se canceló un artículo de tu pedido de Amazon.com.mx {o}",
              dt=when(2025, 2, 3), title="", order=o, greeting="Hola, Alejandra:",
              paras=[f"Te informamos que se canceló el siguiente artículo de tu pedido n.º {o}.",
                     "No se te cobrará por este artículo. Los demás artículos del pedido no se ven afectados.",
                     "Puedes revisar el estado de tu pedido en Mis pedidos: "
                     "https://www.amazon.com.mx/gp/css/order-history"],
              items=[("Funda de silicón para iPhone 15, color azul", 1, 199.00)],
              items_heading="Artículos cancelados", fmt="text", cte="8bit"), AR)

    # ---------------- non-notices ----------------
    t = ("Hola, Lucía:\n\n"
         "El vendedor retro_coleccion_mad ha cancelado tu pedido.\n\n"
         "Artículo: Game Boy Color edición Pokémon Pikachu + 3 juegos\n"
         "Número de pedido: 12-11842-90331\n"
         "Total: 145,00 EUR\n\n"
         "Motivo: el artículo no está disponible\n\n"
         "Mensaje del vendedor:\n"
         "\"Perdona, lo tenía anunciado también en Amazon y se vendió allí anoche antes de que pudiera retirar "
         "el anuncio. Ya te he devuelto el dinero. Un saludo.\"\n\n"
         "Reembolso: se ha emitido un reembolso de 145,00 EUR a tu método de pago original. Puede tardar hasta "
         "5 días hábiles en aparecer.\n\n"
         "Ver detalles del pedido: https://www.ebay.es/vod/FetchOrderDetails?orderId=12-11842-90331\n\n"
         "eBay nunca te pedirá que pagues fuera de eBay.\n"
         "Copyright © 1995-2025 eBay Inc. Todos los derechos reservados.\n")
    h = simple_html(
        "<table width=\"600\" align=\"center\"><tr><td><img src=\"https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-"
        "1200x630-margin.png\" width=\"90\" alt=\"eBay\"></td></tr><tr><td><h2>El vendedor ha cancelado tu pedido"
        "</h2><p>Hola, Lucía:</p><p>El vendedor <b>retro_coleccion_mad</b> ha cancelado tu pedido.</p>"
        "<p>Artículo: Game Boy Color edición Pokémon Pikachu + 3 juegos<br>Número de pedido: 12-11842-90331<br>"
        "Total: 145,00 EUR</p><p>Motivo: el artículo no está disponible</p>"
        "<p><b>Mensaje del vendedor:</b><br><i>\"Perdona, lo tenía anunciado también en Amazon y se vendió allí "
        "anoche antes de que pudiera retirar el anuncio. Ya te he devuelto el dinero. Un saludo.\"</i></p>"
        "<p>Se ha emitido un reembolso de 145,00 EUR a tu método de pago original. Puede tardar hasta 5 días "
        "hábiles en aparecer.</p><p><a href=\"https://www.ebay.es/vod/FetchOrderDetails?orderId=12-11842-90331\">"
        "Ver detalles del pedido</a></p><p style=\"font-size:11px;color:#666\">eBay nunca te pedirá que pagues "
        "fuera de eBay.<br>Copyright © 1995-2025 eBay Inc. Todos los derechos reservados.</p></td></tr></table>",
        "es")
    entry("non_notice", "es", None, False, None,
          "eBay seller cancelled; seller's note says it sold on Amazon first", plain(
              ("eBay", "ebay@ebay.com"), "El vendedor ha cancelado tu pedido: Game Boy Color edición Pokémon",
              when(2025, 3, 4, 1), text=t, html=h,
              trace=[("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@ebay.com "
                      "header.s=s1024 header.b=Xk2pQ1aZ;\n       spf=pass smtp.mailfrom=ebay@ebay.com;\n"
                      "       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=ebay.com")]), LF)

    t = ("Hola, Javier:\n\n"
         "Sentimos comunicarte que hemos tenido que cancelar tu pedido n.º MN-58112 del 17 de enero.\n\n"
         "Las botas de montaña Salomon X Ultra 4 Mid GTX en talla 43 se han agotado en nuestro almacén y el "
         "fabricante no nos garantiza la reposición hasta marzo.\n\n"
         "Como pagaste con Amazon Pay, el reembolso de 159,95 EUR se ha tramitado a través de Amazon Pay y lo "
         "verás en el método de pago asociado a tu cuenta de Amazon en unos días. Amazon Pay te enviará también "
         "su propia confirmación.\n\n"
         "Si quieres, podemos avisarte cuando vuelvan a estar disponibles: responde a este correo.\n\n"
         "Un saludo,\nDeportes Montaña Norte\nC/ Uría 42, 33003 Oviedo - Tel. 985 21 34 56\n")
    entry("non_notice", "es", None, False, None,
          "outdoor shop cancels its own order (out of stock); refund via Amazon Pay; iso-8859-1", plain(
              ("Deportes Montaña Norte", "pedidos@montananorte.es"),
              "Cancelación de tu pedido MN-58112", when(2025, 1, 20, 1), text=t, cs="iso-8859-1",
              cte="quoted-printable", post=[("X-Mailer", "PrestaShop Mailer")]), JV)

    t = ("Ale!!\n\n"
         "Oye, al final cancelé mi pedido de Amazon de la freidora de aire, la que te enseñé el domingo. Vi que "
         "en Liverpool estaba a mitad de precio con las tarjetas departamentales, así que la cancelé antes de que "
         "la enviaran y ya me llegó la confirmación de Amazon. Ni me cobraron.\n\n"
         "Si quieres vamos el sábado a Perisur y de paso vemos lo del regalo de mi tía.\n\n"
         "Besos,\nSofi\n")
    entry("non_notice", "es", None, False, None,
          "friend writes that she cancelled her own Amazon order; base64", plain(
              ("Sofía Aguilar", "sofi.aguilar@gmail.com"), "la freidora jaja", when(2024, 12, 10, -6), text=t,
              cte="base64", msgid=gmail_id()), AR)

    entry("non_notice", "es", None, False, "amazon.es",
          "Amazon Music Unlimited subscription cancelled", genuine(
              "amazon.es", sender="digital-no-reply",
              subject="Se ha cancelado tu suscripción a Amazon Music Unlimited",
              dt=when(2025, 5, 14), title="Amazon Music Unlimited", greeting="Hola, Marta:",
              paras=["Te confirmamos que tu suscripción al Plan Individual de Amazon Music Unlimited se ha "
                     "cancelado.",
                     "Podrás seguir escuchando millones de canciones sin anuncios hasta el 2 de junio de 2025. "
                     "Después de esa fecha, volverás a tener acceso a la música incluida con Amazon Prime.",
                     "Las canciones que hayas descargado de Amazon Music Unlimited dejarán de estar disponibles "
                     "cuando finalice tu suscripción.",
                     "¿Has cambiado de opinión? Puedes volver a suscribirte cuando quieras desde [Configuración "
                     "de Amazon Music](https://www.amazon.es/music/settings)."]), MC)

    h = simple_html(
        "<div style=\"max-width:620px;margin:auto\"><p style=\"font-size:12px;color:#888\">Boletín semanal · "
        "Compras Inteligentes</p><h1>¿Por qué Amazon cancela un pedido? Cinco motivos y qué hacer en cada caso</h1>"
        "<p>Abres el correo y ves el asunto <i>«Tu pedido de Amazon.es ha sido cancelado»</i>. Antes de entrar en "
        "pánico, conviene saber por qué ocurre:</p><ol>"
        "<li><b>Falta de stock.</b> El vendedor o el proveedor no puede servir el producto.</li>"
        "<li><b>Pago rechazado.</b> La tarjeta ha caducado o el banco no ha autorizado el cargo; Amazon suele "
        "avisar antes y da unos días para cambiar el método de pago.</li>"
        "<li><b>Error de precio.</b> Si el precio publicado era claramente erróneo, la tienda puede anular la "
        "venta.</li>"
        "<li><b>Revisión de seguridad.</b> Compras de tarjetas regalo o de importe alto desde un dispositivo "
        "nuevo pueden acabar en una cuenta «en espera».</li>"
        "<li><b>Dirección de entrega.</b> Algunos productos no se envían a Canarias, Ceuta o Melilla.</li></ol>"
        "<p><b>Ojo con las imitaciones:</b> los estafadores copian estos avisos. Comprueba siempre el pedido en "
        "la aplicación y nunca llames a un teléfono que venga en el correo.</p>"
        "<p><a href=\"https://www.comprasinteligentes.es/blog/amazon-cancela-pedido\">Leer el artículo completo"
        "</a></p><hr><p style=\"font-size:11px;color:#888\">Recibes este boletín porque te suscribiste en "
        "comprasinteligentes.es. <a href=\"https://www.comprasinteligentes.es/baja?id=55102\">Darse de baja</a>"
        "</p></div>", "es")
    entry("non_notice", "es", None, False, None,
          "blog newsletter explaining why Amazon cancels orders; quotes a cancellation subject", plain(
              ("Compras Inteligentes", "boletin@comprasinteligentes.es"),
              "¿Por qué Amazon cancela un pedido? 5 motivos y qué hacer", when(2025, 2, 20, 1), html=h,
              cte="base64", post=[("List-Unsubscribe", "<https://www.comprasinteligentes.es/baja?id=55102>"),
                                  ("List-Id", "Boletin semanal <boletin.comprasinteligentes.es>")]), JV)

    o = oid("701")
    entry("non_notice", "es", None, False, "amazon.com.mx",
          "payment declined reminder before cancellation ('se cancelará' if not updated)", genuine(
              "amazon.com.mx", sender="payments-messages", auth="google",
              subject=f"Acción requerida: actualiza tu método de pago del pedido {o}",
              dt=when(2025, 3, 10), title="Revisa tu método de pago", order=o, greeting="Hola, Diego:",
              paras=[f"Tu banco rechazó el cargo de tu pedido n.º {o} con la tarjeta Visa con terminación 7781.",
                     "Para que podamos enviar tu pedido, actualiza tu método de pago antes del 14 de marzo de 2025 "
                     "en [Mis pedidos](https://www.amazon.com.mx/gp/css/order-history?ref_=pe_pay_rev) "
                     "seleccionando «Revisar pago».",
                     "Si no recibimos un método de pago válido antes de esa fecha, tu pedido se cancelará."],
              items=[("Xiaomi Redmi Note 13 Pro 5G, 256 GB, negro", 1, 6499.00)],
              closing=["Gracias por comprar en Amazon.com.mx."]), DH)

    # ---------------- lookalikes ----------------
    t = ("AMAZON MEXICO - AVISO IMPORTANTE\n\n"
         "Estimado cliente:\n\n"
         "Su pedido #701-2281-99 por $18,499.00 MXN (Apple MacBook Air 13 M3) fue CANCELADO por actividad "
         "sospechosa en su cuenta.\n\n"
         "Si usted no reconoce esta compra, comuníquese de inmediato a nuestra línea de seguridad:\n\n"
         "   55 8421 0937   (lunes a domingo, 24 horas)\n\n"
         "Tenga a la mano su tarjeta para validar su identidad con el agente.\n\n"
         "Atentamente,\nDepartamento de Seguridad Amazon\n")
    entry("lookalike", "es", "fraud_prevention", True, None,
          "hotmail sender, callback phone number, malformed order no.", plain(
              ("Amazon Seguridad", "amazon.seguridad.mx@hotmail.com"),
              "AVISO: su pedido fue CANCELADO por actividad sospechosa", when(2024, 9, 19, -6), text=t,
              trace=[rcv("MW2NAM12HT094.eop-nam12.prod.protection.outlook.com", "52.100.165.38",
                         "mx.google.com", when(2024, 9, 19))]), DH)

    h = simple_html(
        "<table width=\"560\" align=\"center\" style=\"border:1px solid #e3e3e3\"><tr><td style=\"padding:20px\">"
        "<p style=\"font-size:24px;font-weight:bold;color:#232f3e\">amazon<span style=\"color:#ff9900\">.es</span>"
        "</p><p>Estimado/a cliente:</p><p>Hemos <b>suspendido tu cuenta</b> por motivos de seguridad y tu pedido "
        "<b>n.º 405-2291847-55012</b> ha sido <b>cancelado</b>.</p><p>Para recuperar el acceso y reactivar el "
        "pedido, introduce el siguiente código en la página de verificación:</p>"
        "<p style=\"text-align:center;font-size:26px;letter-spacing:5px;background:#f7f7f7;padding:10px\">"
        "<b>519302</b></p><p style=\"text-align:center\"><a href=\"https://amazon-es-cuenta.com/verificar?c=519302\" "
        "style=\"background:#ffa41c;color:#000;padding:10px 20px;text-decoration:none\">Verificar ahora</a></p>"
        "<p style=\"font-size:12px;color:#555\">Si no verificas tu cuenta en 12 horas se cerrará de forma "
        "permanente.</p></td></tr></table>", "es")
    entry("lookalike", "es", "fraud_prevention", True, None,
          "Cyrillic 'о' in display name; account suspended + order cancelled, 'enter this code'", plain(
              ("Amazоn.es", "soporte@amazon-es-cuenta.com"),
              "Cuenta suspendida: pedido n.º 405-2291847-55012 cancelado", when(2025, 4, 22, 2), html=h,
              cte="base64", trace=[rcv("mail.amazon-es-cuenta.com", "194.26.29.113", "mx.google.com",
                                       when(2025, 4, 22))]), LF)

    t = ("Estimado cliente de Amazon:\n\n"
         "Le informamos que el cobro de su pedido n.º 171-99281-0042 (Televisor Samsung 55\" QLED, 649,00 EUR) "
         "no ha podido completarse.\n\n"
         "Su pedido será cancelado en las próximas 24 horas si no confirma sus datos de pago. Para ello, "
         "responda a este correo con la siguiente información:\n\n"
         "Titular de la tarjeta:\nNúmero de tarjeta:\nFecha de caducidad:\nCódigo CVV:\n\n"
         "Una vez recibidos, su pedido se enviará en 24/48 horas.\n\n"
         "Gracias por confiar en Amazon.\nDepartamento de Facturación\n")
    entry("lookalike", "es", "payment_issue", True, None,
          "gmail sender asks to reply with card data; 'será cancelado'; malformed order no.; iso-8859-1 8bit",
          plain(("Amazon Facturación", "facturacion.amazon.es@gmail.com"),
                "Aviso de pago - Su pedido será cancelado", when(2024, 11, 28, 1), text=t, cs="iso-8859-1",
                cte="8bit", msgid=gmail_id(),
                trace=[rcv("mail-sor-f41.google.com", "209.85.220.41", "mx.movistar.es", when(2024, 11, 28))]),
          JV)

    o = oid("702")
    evil = f"https://amazon-mx.reembolsos-clientes.com/mx/reembolso?id={hexs(12)}"
    spec = amz_mail(
        "amazon.com.mx", frm=("Amazon.com.mx", "reembolsos@amazon-mx-pedidos.com"),
        subject=f"Tu pedido de Amazon.com.mx {o} fue cancelado",
        dt=when(2025, 1, 8), title="Pedido cancelado", order=o, greeting="Hola:",
        paras=[f"Lamentamos informarte que tu pedido n.º {o} fue cancelado porque el producto ya no está "
               "disponible.",
               "Para recibir tu reembolso de $8,999.00, confirma los datos de tu tarjeta en la siguiente liga en "
               "un plazo máximo de 48 horas:",
               f"[https://www.amazon.com.mx/gp/css/order-history]({evil})"],
        text_paras=[f"Lamentamos informarte que tu pedido n.º {o} fue cancelado porque el producto ya no está "
                    "disponible.",
                    "Para recibir tu reembolso de $8,999.00, confirma los datos de tu tarjeta en la siguiente liga "
                    f"en un plazo máximo de 48 horas: {evil}"],
        items=[("Samsung Smart TV 50\" Crystal UHD 4K", 1, 8999.00)], items_heading="Artículos cancelados",
        links={k: evil for k in ("orders", "account", "home", "order", "item")},
        trace=[rcv("mta1.amazon-mx-pedidos.com", "103.151.125.7", "mx.prodigy.net.mx", when(2025, 1, 8))],
        msgid=f"<{hexs(22)}@amazon-mx-pedidos.com>")
    entry("lookalike", "es", "inventory_shortage", True, None,
          "polished copy of Amazon layout; link text amazon.com.mx, href to look-alike refund site", spec, CR)

    o = oid("405")
    h = simple_html(
        "<div style=\"max-width:600px;margin:0 auto;font-family:Arial\"><div style=\"background:#232f3e;padding:"
        "12px\"><span style=\"color:#fff;font-size:22px\">amazon.es</span></div><div style=\"padding:16px\">"
        "<p>Hola,</p><p>Debido a un <b>error de precio</b> en nuestro sistema, tu pedido n.º "
        f"<b>{o}</b> ha sido cancelado.</p><p>Para recibir la devolución de <b>1.149,00 €</b> debes confirmar tus "
        "datos bancarios en nuestro portal de reembolsos:</p><p><a href=\"https://amazon.es.pedidos-cancelados.info/"
        f"reembolso?p={o}\">https://www.amazon.es/reembolsos</a></p><p>El enlace caduca en 48 horas.</p>"
        "<p>Atentamente,<br>Equipo Amazon.es</p></div></div>", "es")
    t = (f"Hola,\n\nDebido a un error de precio en nuestro sistema, tu pedido n.º {o} ha sido cancelado.\n\n"
         "Para recibir la devolución de 1.149,00 € debes confirmar tus datos bancarios en nuestro portal de "
         f"reembolsos:\nhttps://amazon.es.pedidos-cancelados.info/reembolso?p={o}\n\n"
         "El enlace caduca en 48 horas.\n\nAtentamente,\nEquipo Amazon.es\n")
    entry("lookalike", "es", "technical_issue", True, None,
          "amazon.es.<evil>.info domain trick; 'price error' cancellation; alt windows-1252", plain(
              ("Amazon.es", "notificaciones@amazon.es.pedidos-cancelados.info"),
              f"Pedido {o} cancelado - error de precio", when(2025, 3, 27, 1), text=t, html=h,
              cs="windows-1252", trace=[rcv("pedidos-cancelados.info", "45.137.21.9", "mx.google.com",
                                            when(2025, 3, 27))]), LF)

    o = oid("403")
    h = simple_html(
        "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:18px;"
        "border-bottom:3px solid #ff9900\"><b style=\"font-size:22px\">amazon.es</b></td></tr><tr><td style="
        f"\"padding:18px\"><h3>Cancelación confirmada</h3><p>Has cancelado tu pedido n.º {o}.</p>"
        "<p>Artículo: Robot aspirador Roborock S8 Pro Ultra<br>Importe: 1.299,00 €</p>"
        "<p>Si no has sido tú quien ha solicitado la cancelación, haz clic en el botón para revertirla e iniciar "
        "sesión:</p><p><a href=\"https://arnazon-es.com/signin?rev=1&amp;o=" + o + "\" style=\"background:#ffd814;"
        "padding:10px 18px;color:#111;text-decoration:none;border-radius:6px\">Revertir cancelación</a></p>"
        "<p style=\"font-size:11px;color:#777\">Amazon.es nunca te pedirá tu contraseña por correo electrónico."
        "</p></td></tr></table>", "es")
    entry("lookalike", "es", "customer_request", True, None,
          "arnazon-es.com (rn for m) look-alike domain; 'you cancelled - if not you, revert'", plain(
              ("Amazon.es", "confirmacion@arnazon-es.com"), "Confirmación de cancelación de tu pedido",
              when(2024, 7, 16, 2), html=h, trace=[rcv("arnazon-es.com", "185.234.72.18", "mx.google.com",
                                                       when(2024, 7, 16))]), DH)

    t = ("Hola\n\nTu pedido ha sido cancelado.\n\nPara mas informacion entra aqui: http://amzn-soporte.xyz/es\n"
         "o responde a este correo.\n\nAmazon España\n")
    entry("lookalike", "es", "unknown", False, None,
          "Greek homoglyphs in display name, outlook.es sender, no order number, no reason, crude", plain(
              ("Αmazon Εspaña", "amazon.espana.pedidos@outlook.es"), "Pedido cancelado",
              when(2025, 6, 2, 2), text=t, cte="8bit",
              trace=[rcv("EUR03-DBA-obe.outbound.protection.outlook.com", "40.107.104.88", "mx.google.com",
                         when(2025, 6, 2))]), MC)

    o = "406-88173-1"
    evil = "https://amazon-pedidos.help/es/pago?s=" + hexs(16)
    spec = amz_mail(
        "amazon.es", frm=("Amazon.es", "pagos@amazon-pedidos.help"),
        subject=f"Último aviso: tu pedido n.º {o} se cancelará hoy",
        dt=when(2024, 12, 19), title="Pago pendiente", order=o, greeting="Hola:",
        paras=[f"No hemos podido procesar el pago de tu pedido n.º {o}.",
               "Si no actualizas tu método de pago hoy antes de las 23:59, tu pedido se cancelará y el artículo "
               "volverá a estar a la venta.",
               f"[Actualizar método de pago]({evil})"],
        text_paras=[f"No hemos podido procesar el pago de tu pedido n.º {o}.",
                    "Si no actualizas tu método de pago hoy antes de las 23:59, tu pedido se cancelará y el "
                    f"artículo volverá a estar a la venta: {evil}"],
        items=[("Apple Watch Series 10 GPS, 46 mm", 1, 479.00)],
        links={k: evil for k in ("orders", "account", "home", "order", "item")},
        trace=[("Authentication-Results", "mx.google.com;\n       dkim=pass header.i=@amazon-pedidos.help "
                "header.d=amazon-pedidos.help header.s=default;\n       spf=pass smtp.mailfrom=amazon-pedidos."
                "help;\n       dmarc=pass (p=NONE sp=NONE dis=NONE) header.from=amazon-pedidos.help"),
               rcv("mail.amazon-pedidos.help", "5.182.207.66", "mx.google.com", when(2024, 12, 19))],
        msgid=f"<{hexs(20)}@amazon-pedidos.help>", cte="base64")
    entry("lookalike", "es", "payment_issue", True, None,
          "polished, amazon-pedidos.help with dkim/dmarc pass for itself; malformed order no.; "
          "'will be cancelled today' unless payment updated", spec, LF)


# ==========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ==========================================================================

def portuguese():
    D = "amazon.com.br"
    MS = ("Mariana Souza", "mariana.souza@uol.com.br")
    RO = ("Rafael Oliveira", "rafael.oliveira@gmail.com")
    BL = ("Beatriz Lima", "bia.lima@terra.com.br")
    GP = ("Gustavo Pereira", "gustavo.pereira@outlook.com")
    AC = ("Ana Carolina Costa", "anacarolina.costa@yahoo.com.br")
    FS = ("Felipe Santos", "felipe.santos@bol.com.br")

    # ---------------- notices ----------------
    o = oid("701")
    entry("notice", "pt", "technical_issue", True, D,
          "listing error (wrong price/spec in the listing); alt", genuine(
              D, sender="order-update", auth="google",
              subject=f"Seu pedido da Amazon.com.br {o} foi cancelado",
              dt=when(2024, 8, 14), title="Pedido cancelado", order=o, greeting="Olá, Rafael,",
              paras=["Identificamos um erro no anúncio do produto abaixo: a página exibia informações incorretas "
                     "de preço e de especificação (o anúncio indicava um kit com 2 unidades, mas o produto é "
                     "vendido individualmente).",
                     f"Por esse motivo, cancelamos seu pedido nº {o}. Nenhum valor foi cobrado; caso tenha havido "
                     "uma pré-autorização no seu cartão, ela será estornada automaticamente.",
                     "Pedimos desculpas pelo transtorno. O anúncio já foi corrigido e você pode fazer um novo "
                     "pedido, se desejar."],
              items=[("Kit 2 Fritadeiras Elétricas Air Fryer Mondial 4L AF-30", 1, 299.90)],
              items_heading="Itens cancelados",
              closing=["Acompanhe seus pedidos em [Seus pedidos](https://www.amazon.com.br/gp/css/order-history"
                       "?ref_=pe_yo_br)."]), RO)

    o = oid("702")
    entry("notice", "pt", "fraud_prevention", True, D,
          "order flagged in security review, card ownership not confirmed, account on hold; HTML only", genuine(
              D, sender="cs-reply",
              subject=f"Seu pedido {o} foi cancelado após uma revisão de segurança",
              dt=when(2025, 2, 11), title="Revisão de segurança", order=o, greeting="Olá, Gustavo,",
              paras=[f"Durante uma verificação de segurança, seu pedido nº {o} foi sinalizado para revisão e não "
                     "foi possível confirmar a titularidade do meio de pagamento utilizado.",
                     "Para proteger você e o titular do cartão, cancelamos o pedido e colocamos sua conta em espera "
                     "temporariamente.",
                     "Para reativar sua conta, acesse a Amazon.com.br pelo aplicativo ou digitando o endereço no "
                     "navegador, faça login e siga as instruções para verificar sua identidade. Nenhum valor foi "
                     "cobrado."],
              items=[("Smartphone Samsung Galaxy S24 5G 256GB, Preto", 1, 4499.00)],
              items_heading="Itens cancelados", fmt="html", cte="quoted-printable"), GP)

    o = oid("701")
    entry("notice", "pt", "inventory_shortage", True, D,
          "third-party seller could not fulfil (out of stock); partial; text iso-8859-1 8bit", genuine(
              D, sender="order-update", auth="mx.terra.com.br", rcpt_host="mx.terra.com.br",
              subject=f"Um item foi cancelado do seu pedido da Amazon.com.br {o}",
              dt=when(2024, 12, 17), title="", order=o, greeting="Olá, Beatriz,",
              paras=["Informamos que o vendedor Casa & Cia Utilidades não conseguiu atender o item abaixo do seu "
                     f"pedido nº {o} por falta de estoque, e o item foi cancelado.",
                     "Você não será cobrada por este item. Os demais itens do pedido continuam em processamento "
                     "normalmente.",
                     "Se quiser, procure outras ofertas do mesmo produto na página do item."],
              items=[("Jogo de Panelas Tramontina Turim 5 peças, antiaderente", 1, 389.90, "Casa & Cia Utilidades")],
              items_heading="Itens cancelados", fmt="text", cs="iso-8859-1", cte="8bit"), BL)

    o = oid("702")
    entry("notice", "pt", "customer_request", True, D,
          "customer cancelled item, 'Motivo: Cancelado pelo cliente'; alt base64", genuine(
              D, sender="auto-confirm",
              subject="Cancelamento bem-sucedido de \"Echo Dot (5ª geração)\" do seu pedido da Amazon.com.br",
              dt=when(2025, 4, 25), title="Cancelamento confirmado", order=o, greeting="Olá, Mariana,",
              paras=[f"Recebemos sua solicitação e cancelamos o item abaixo do seu pedido nº {o}.",
                     "Motivo do cancelamento: Cancelado pelo cliente",
                     "Você não será cobrada por este item. Se o pagamento já tiver sido autorizado, o valor será "
                     "estornado conforme o prazo do seu banco ou da administradora do cartão."],
              items=[("Echo Dot (5ª geração) com relógio, Smart speaker com Alexa, cor Branca", 1, 379.05)],
              items_heading="Itens cancelados", cte="base64"), MS)

    o = oid("701")
    entry("notice", "pt", "payment_issue", True, D,
          "boleto not paid by due date; text only", genuine(
              D, sender="payments-messages", auth="mta4017.mail.gq1.yahoo.com",
              rcpt_host="mta4017.mail.gq1.yahoo.com",
              subject=f"Seu pedido da Amazon.com.br {o} foi cancelado",
              dt=when(2025, 6, 26), title="", order=o, greeting="Olá, Ana Carolina,",
              paras=[f"Não identificamos o pagamento do boleto referente ao seu pedido nº {o} até a data de "
                     "vencimento (24/06/2025).",
                     "Por isso, o pedido foi cancelado automaticamente. Se você pagou o boleto após o vencimento, "
                     "o valor será devolvido em até 10 dias úteis.",
                     "Se ainda quiser os produtos, faça um novo pedido e escolha outra forma de pagamento, como "
                     "cartão de crédito ou Pix."],
              items=[("Livro: Torto Arado - Itamar Vieira Junior (capa comum)", 1, 54.90),
                     ("Livro: A Biblioteca da Meia-Noite - Matt Haig (capa comum)", 1, 39.90)],
              items_heading="Itens cancelados", fmt="text"), AC)

    o = oid("702")
    entry("notice", "pt", "unknown", True, D,
          "delivery postcode not served by any carrier (address undeliverable); alt windows-1252", genuine(
              D, sender="order-update",
              subject=f"Seu pedido da Amazon.com.br {o} foi cancelado",
              dt=when(2024, 10, 30), title="Pedido cancelado", order=o, greeting="Olá, Felipe,",
              paras=[f"Infelizmente, tivemos que cancelar seu pedido nº {o}.",
                     "No momento não realizamos entregas para o CEP informado no endereço de entrega (68190-000), "
                     "e nenhuma transportadora parceira atende essa região para os itens abaixo.",
                     "Nenhum valor foi cobrado. Você pode fazer um novo pedido usando outro endereço de entrega."],
              items=[("Ventilador de Coluna Arno Xtreme Force 40 cm", 1, 279.90),
                     ("Filtro de Barro São João tradicional 6 L", 1, 189.00)],
              items_heading="Itens cancelados", cs="windows-1252"), FS)

    # ---------------- non-notices ----------------
    t = ("Olá, Rafael!\n\n"
         "Sua compra foi cancelada.\n\n"
         "Produto: Controle DualSense PS5 Cosmic Red\n"
         "Compra nº 2000008817364552\n"
         "Valor: R$ 389,00\n\n"
         "O vendedor GAMESTOREBR cancelou a venda e deixou esta mensagem:\n"
         "\"Boa tarde, peço desculpas. O controle esgotou: eu anunciava o mesmo estoque aqui e na Amazon e ele "
         "foi vendido lá primeiro. Já solicitei o cancelamento.\"\n\n"
         "Devolvemos o dinheiro para o cartão Visa final 5530. O estorno pode aparecer em até 2 faturas.\n\n"
         "Mercado Livre\n")
    h = simple_html(
        "<table width=\"600\" align=\"center\"><tr><td style=\"background:#fff159;padding:14px\"><b>mercado livre"
        "</b></td></tr><tr><td style=\"padding:16px\"><h2>Sua compra foi cancelada</h2>"
        "<p>Produto: Controle DualSense PS5 Cosmic Red<br>Compra nº 2000008817364552<br>Valor: R$ 389,00</p>"
        "<p>O vendedor <b>GAMESTOREBR</b> cancelou a venda e deixou esta mensagem:</p><blockquote>\"Boa tarde, "
        "peço desculpas. O controle esgotou: eu anunciava o mesmo estoque aqui e na Amazon e ele foi vendido lá "
        "primeiro. Já solicitei o cancelamento.\"</blockquote><p>Devolvemos o dinheiro para o cartão Visa final "
        "5530. O estorno pode aparecer em até 2 faturas.</p><p><a href=\"https://www.mercadolivre.com.br/"
        "minhas-compras\">Ver compra</a></p></td></tr></table>", "pt-BR")
    entry("non_notice", "pt", None, False, None,
          "Mercado Livre purchase cancelled by seller; seller says it sold on Amazon first", plain(
              ("Mercado Livre", "info@mercadolivre.com.br"), "Sua compra foi cancelada", when(2025, 1, 29, -3),
              text=t, html=h, cte="quoted-printable"), RO)

    t = ("Oi Mari,\n\n"
         "Só pra te avisar: cancelei o pedido da Amazon dos fones pra equipe de suporte. O fornecedor do "
         "financeiro conseguiu um preço melhor na Kabum e o Marcelo pediu pra comprar por lá. A Amazon já "
         "confirmou o cancelamento, então não precisa lançar nada no centro de custo.\n\n"
         "Amanhã te mando o novo pedido.\n\n"
         "Abs,\nLeandro\n\n"
         "--\nLeandro Martins | Compras\nTechNorte Sistemas Ltda.\n")
    entry("non_notice", "pt", None, False, None,
          "colleague says he cancelled the team's Amazon order", plain(
              ("Leandro Martins", "leandro.martins@technorte.com.br"), "Pedido dos fones - cancelado",
              when(2025, 3, 19, -3), text=t, cte="base64",
              post=[("X-Mailer", "Microsoft Outlook 16.0")]), MS)

    entry("non_notice", "pt", None, False, D,
          "Kindle Unlimited subscription cancelled; HTML only", genuine(
              D, sender="digital-no-reply", auth="google",
              subject="Sua assinatura do Kindle Unlimited foi cancelada",
              dt=when(2025, 5, 7), title="Kindle Unlimited", greeting="Olá, Rafael,",
              paras=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.",
                     "Você continuará com acesso aos títulos do Kindle Unlimited até 28 de maio de 2025, fim do "
                     "período já pago. Depois dessa data, os eBooks emprestados pelo programa serão devolvidos "
                     "automaticamente.",
                     "Suas compras de eBooks e seus pedidos de produtos físicos não são afetados.",
                     "Mudou de ideia? [Reative sua assinatura](https://www.amazon.com.br/kindle-dbs/ku/"
                     "ku-central) a qualquer momento."], fmt="html"), RO)

    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
         "<div style=\"max-width:620px;margin:auto;font-family:Georgia,serif\"><p style=\"font-size:12px;"
         "color:#999\">Newsletter Defesa Digital · edição 112</p>"
         "<h1>Golpe do \"pedido cancelado\" volta a circular</h1>"
         "<p>Nesta semana, leitores nos enviaram e-mails com o assunto <i>\"Seu pedido Amazon.com.br foi "
         "cancelado - confirme seus dados\"</i>. A mensagem imita o visual da loja, informa que a compra foi "
         "cancelada por \"falha no pagamento\" e pede que a vítima informe o número do cartão para receber o "
         "estorno.</p><p><b>Sinais de alerta:</b></p><ul><li>remetente com domínio estranho, como "
         "amazon-br-pedidos.com;</li><li>pedido de dados do cartão ou de código recebido por SMS;</li>"
         "<li>pressa: \"responda em até 12 horas\".</li></ul>"
         "<p>Na dúvida, abra o aplicativo da loja e confira em Seus pedidos. Denuncie o golpe no site da "
         "própria empresa.</p><hr><p style=\"font-size:11px;color:#999\">Você recebe esta newsletter porque se "
         "cadastrou em defesadigital.com.br. <a href=\"https://defesadigital.com.br/sair?u=3391\">Cancelar "
         "inscrição</a></p></div></body></html>\n")
    entry("non_notice", "pt", None, False, None,
          "security newsletter about the fake 'pedido cancelado' scam; iso-8859-1 base64", plain(
              ("Defesa Digital", "newsletter@defesadigital.com.br"),
              "Golpe do \"pedido cancelado\" volta a circular", when(2024, 9, 5, -3), html=h,
              cs="iso-8859-1", cte="base64",
              post=[("List-Unsubscribe", "<https://defesadigital.com.br/sair?u=3391>"),
                    ("Precedence", "bulk")]), BL)

    o = oid("702")
    entry("non_notice", "pt", None, False, D,
          "payment revision reminder: 'será cancelado' if not updated (not yet cancelled); text 8bit", genuine(
              D, sender="payments-messages",
              subject=f"Ação necessária: atualize a forma de pagamento do pedido {o}",
              dt=when(2025, 3, 3), title="", order=o, greeting="Olá, Gustavo,",
              paras=[f"A administradora do seu cartão Mastercard final 6614 não autorizou o pagamento do pedido "
                     f"nº {o}.",
                     "Para que possamos enviar seu pedido, atualize a forma de pagamento até 06/03/2025 em Seus "
                     "pedidos > Revisar pagamento: https://www.amazon.com.br/gp/css/order-history",
                     "Se não recebermos uma forma de pagamento válida até essa data, o pedido será cancelado."],
              items=[("Cafeteira Nespresso Vertuo Pop, Preta, 110V", 1, 499.00)],
              fmt="text", cte="8bit"), GP)

    o = oid("701")
    entry("non_notice", "pt", None, False, D,
          "scheduled delivery appointment cancelled by carrier; order kept", genuine(
              D, sender="order-update",
              subject="Seu agendamento de entrega foi cancelado",
              dt=when(2025, 6, 17), title="Entrega agendada", order=o, greeting="Olá, Felipe,",
              paras=[f"O agendamento de entrega do seu pedido nº {o}, marcado para 19/06 entre 8h e 12h, foi "
                     "cancelado pela transportadora por indisponibilidade de veículo.",
                     "Seu pedido continua ativo e não foi cancelado. Escolha uma nova data de entrega em "
                     f"[Agendar entrega](https://www.amazon.com.br/gp/your-account/ship-track?orderId={o}).",
                     "Se preferir, a transportadora entrará em contato por telefone para combinar um novo horário."],
              items=[("Geladeira Brastemp Frost Free Duplex 375 L, Inox, 220V", 1, 3899.00)],
              cs="windows-1252"), FS)

    # ---------------- lookalikes ----------------
    t = ("Prezado(a) cliente,\n\n"
         "Recebemos sua solicitação de cancelamento do pedido AMZ-BR-77120.\n\n"
         "Produto: iPhone 16 Pro 256GB\nValor: R$ 10.499,00\n\n"
         "Caso NÃO tenha sido você, ligue AGORA para a Central de Atendimento Amazon:\n"
         "0800 591 4470 (ligação gratuita, 24h)\n\n"
         "Não responda este e-mail.\nAmazon Brasil\n")
    entry("lookalike", "pt", "customer_request", True, None,
          "gmail sender, callback 0800 number, malformed order no.", plain(
              ("Amazon Brasil", "atendimento.amazon.brasil@gmail.com"), "Cancelamento do pedido AMZ-BR-77120",
              when(2025, 2, 14, -3), text=t, cte="8bit", msgid=gmail_id(),
              trace=[rcv("mail-yw1-f174.google.com", "209.85.128.174", "mx.uol.com.br", when(2025, 2, 14))]), MS)

    h = simple_html(
        "<div style=\"max-width:560px;margin:auto;border:1px solid #ddd;padding:22px\"><h2 style=\"color:#232f3e\">"
        "amazon<span style=\"color:#ff9900\">.com.br</span></h2><p>Olá,</p><p>Sua conta foi <b>suspensa</b> "
        "após tentativas de acesso não reconhecidas e o seu pedido <b>nº 702-118273-9917</b> foi <b>cancelado"
        "</b>.</p><p>Use o código abaixo para validar sua identidade e reativar a conta:</p>"
        "<p style=\"font-size:30px;text-align:center;letter-spacing:8px\"><b>730 154</b></p>"
        "<p style=\"text-align:center\"><a href=\"https://amazon-br-conta.com/validar\" style=\"background:#ffd814;"
        "padding:10px 22px;color:#111;text-decoration:none\">Validar agora</a></p><p style=\"font-size:12px\">"
        "Se a validação não for feita em 24 horas, a conta será encerrada.</p></div>", "pt-BR")
    entry("lookalike", "pt", "fraud_prevention", True, None,
          "Cyrillic 'А' in display name; account suspended + order cancelled, 'use this code'; base64", plain(
              ("Аmazon.com.br", "seguranca@amazon-br-conta.com"), "Conta suspensa - pedido cancelado",
              when(2024, 11, 4, -3), html=h, cte="base64",
              trace=[rcv("mx.amazon-br-conta.com", "179.61.251.4", "mx.outlook.com", when(2024, 11, 4))]), GP)

    t = ("Prezado cliente,\n\n"
         "O pagamento do seu pedido nº 701-33918-2271 (Notebook Dell Inspiron 15, R$ 3.899,00) nao foi aprovado "
         "pela operadora.\n\n"
         "Seu pedido será cancelado em 12 horas caso não haja regularização. Para regularizar, responda este "
         "e-mail informando:\n\n"
         "- Nome completo e CPF\n- Número do cartão\n- Validade\n- Código de segurança\n\n"
         "Atenciosamente,\nSetor Financeiro Amazon\n")
    entry("lookalike", "pt", "payment_issue", True, None,
          "yahoo sender asks to reply with card data + CPF; 'será cancelado'; malformed order no.", plain(
              ("Amazon Financeiro", "financeiro_amazon.br@yahoo.com.br"),
              "Pagamento não aprovado - pedido será cancelado", when(2025, 5, 20, -3), text=t,
              cs="iso-8859-1", cte="quoted-printable",
              msgid=f"<{R.randint(10**9, 10**10)}.{R.randint(10**6, 10**7)}@mail.yahoo.com>",
              trace=[rcv("sonic306-2.consmr.mail.bf2.yahoo.com", "74.6.131.40", "mx.terra.com.br",
                         when(2025, 5, 20))]), BL)

    o = oid("701")
    evil = f"https://amazon-br.reembolso-cliente.com/estorno?ped={o}"
    spec = amz_mail(
        D, frm=("Amazon.com.br", "pedidos@amazon-br-pedidos.com"),
        subject=f"Seu pedido da Amazon.com.br {o} foi cancelado",
        dt=when(2025, 4, 1), title="Pedido cancelado", order=o, greeting="Olá,",
        paras=[f"Seu pedido nº {o} foi cancelado porque o produto está sem estoque.",
               "Para receber o estorno de R$ 2.349,00, confirme seus dados em até 24 horas:",
               f"[https://www.amazon.com.br/gp/css/order-history]({evil})"],
        text_paras=[f"Seu pedido nº {o} foi cancelado porque o produto está sem estoque.",
                    f"Para receber o estorno de R$ 2.349,00, confirme seus dados em até 24 horas: {evil}"],
        items=[("Smart TV LG 50\" 4K UHD ThinQ AI", 1, 2349.00)], items_heading="Itens cancelados",
        links={k: evil for k in ("orders", "account", "home", "order", "item")},
        trace=[rcv("srv.amazon-br-pedidos.com", "162.241.2.77", "mx.google.com", when(2025, 4, 1))],
        msgid=f"<{hexs(22)}@amazon-br-pedidos.com>")
    entry("lookalike", "pt", "inventory_shortage", True, None,
          "polished copy with genuine-looking footer; link text amazon.com.br, href to refund phishing site",
          spec, RO)

    o = oid("702")
    h = ("<html><body style=\"font-family:Tahoma\"><div style=\"background:#131921;color:#fff;padding:10px;"
         "font-size:20px\">amazon.com.br</div><p>Olá cliente,</p><p>Ocorreu uma <b>falha técnica</b> no "
         f"processamento do seu pedido {o} e ele foi <b>cancelado</b>.</p><p>O estorno de R$ 1.899,90 está "
         "disponível. Clique abaixo para solicitar:</p><p><a href=\"https://amazon.com.br.reembolso-pedido.online/"
         f"solicitar?p={o}\">Solicitar estorno</a></p><p>Equipe Amazon</p></body></html>\n")
    entry("lookalike", "pt", "technical_issue", True, None,
          "amazon.com.br.<evil>.online domain trick; 'technical failure' cancellation; windows-1252 qp", plain(
              ("Amazon.com.br", "naoresponda@amazon.com.br.reembolso-pedido.online"),
              "Falha no processamento - pedido cancelado", when(2024, 10, 21, -3), html=h, cs="windows-1252",
              cte="quoted-printable", trace=[rcv("reembolso-pedido.online", "103.75.190.12", "mx.bol.com.br",
                                                 when(2024, 10, 21))]), FS)

    o = oid("701")
    evil = f"https://amazom-brasil.com/verificacao?pedido={o}"
    spec = amz_mail(
        D, frm=("Amazon.com.br", "revisao@amazom-brasil.com"),
        subject=f"Pedido {o} em revisão de segurança - será cancelado",
        dt=when(2025, 6, 3), title="Revisão de segurança", order=o, greeting="Olá,",
        paras=[f"Seu pedido nº {o} foi sinalizado em nossa revisão de segurança.",
               "Se você não verificar sua identidade em até 12 horas, o pedido será cancelado e sua conta "
               "bloqueada.",
               f"[Verificar identidade]({evil})"],
        text_paras=[f"Seu pedido nº {o} foi sinalizado em nossa revisão de segurança.",
                    "Se você não verificar sua identidade em até 12 horas, o pedido será cancelado e sua conta "
                    f"bloqueada: {evil}"],
        items=[("Console Xbox Series X 1TB", 1, 4299.00)],
        links={k: evil for k in ("orders", "account", "home", "order", "item")},
        cte="base64", trace=[rcv("mail.amazom-brasil.com", "31.220.85.40", "mx.yahoo.com.br", when(2025, 6, 3))],
        msgid=f"<{hexs(20)}@amazom-brasil.com>")
    entry("lookalike", "pt", "fraud_prevention", True, None,
          "amazom-brasil.com look-alike; security review, 'will be cancelled' in 12 h unless verified", spec, AC)

    t = ("Ola\n\nSeu pedido foi cancelado.\n\nVeja os detalhes: https://encurtador.com.br/amzPed\n\n"
         "Amazon\n")
    entry("lookalike", "pt", "unknown", False, None,
          "Greek homoglyphs in display name, outlook.com.br sender, no order number, no reason", plain(
              ("Αmazοn Βrasil", "amazon.pedidos.br@outlook.com.br"), "Pedido cancelado",
              when(2025, 1, 6, -3), text=t, cte="8bit",
              trace=[rcv("BRAPR01-obe.outbound.protection.outlook.com", "40.107.95.45", "mx.uol.com.br",
                         when(2025, 1, 6))]), MS)

    o = oid("702")
    evil = f"https://amazon-br.pagamento-pedido.com/pix?o={o}"
    spec = amz_mail(
        D, frm=("Amazon.com.br", "auto-confirm@amazon.com.br"),
        subject=f"Seu pedido da Amazon.com.br {o} foi cancelado",
        dt=when(2024, 12, 23), title="Pedido cancelado", order=o, greeting="Olá,",
        paras=[f"O pagamento do seu pedido nº {o} não foi aprovado e o pedido foi cancelado.",
               "Para reativar o pedido e manter o preço promocional, realize o pagamento via Pix em até 2 horas:",
               f"[www.amazon.com.br/pagamento/pix]({evil})"],
        text_paras=[f"O pagamento do seu pedido nº {o} não foi aprovado e o pedido foi cancelado.",
                    "Para reativar o pedido e manter o preço promocional, realize o pagamento via Pix em até 2 "
                    f"horas: {evil}"],
        items=[("Air Fryer Philips Walita Série 3000, 6,2 L", 1, 599.00)], items_heading="Itens cancelados",
        links={"order": evil, "orders": evil},
        trace=[("Authentication-Results", "mx.google.com;\n       spf=softfail (google.com: domain of "
                "transitioning auto-confirm@amazon.com.br does not designate 138.68.79.201 as permitted sender) "
                "smtp.mailfrom=auto-confirm@amazon.com.br;\n       dmarc=fail (p=QUARANTINE sp=QUARANTINE "
                "dis=QUARANTINE) header.from=amazon.com.br"),
               rcv("ubuntu-s-1vcpu-1gb-nyc1-01", "138.68.79.201", "mx.google.com", when(2024, 12, 23))],
        post=[("Reply-To", "suporte.amazonbr@proton.me")],
        msgid=f"<{hexs(16)}@ubuntu-s-1vcpu-1gb-nyc1-01>")
    entry("lookalike", "pt", "payment_issue", True, None,
          "spoofed From auto-confirm@amazon.com.br, spf softfail / dmarc fail, proton Reply-To; "
          "'pay by Pix to reactivate'", spec, RO)


# ==========================================================================
# main
# ==========================================================================

def main():
    french()
    spanish()
    portuguese()
    order = list(range(len(ENTRIES)))
    R.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        fname = f"{PREFIX}{n:03d}.eml"
        write(build(e["spec"], e["rcpt"]), os.path.join(OUT, fname))
        labels.append(dict(file=fname, kind=e["kind"], language=e["language"], cause=e["cause"],
                           states_reason=e["states_reason"], marketplace=e["marketplace"], note=e["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"wrote {len(labels)} mails to {OUT}")


if __name__ == "__main__":
    main()
