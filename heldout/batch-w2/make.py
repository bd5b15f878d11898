#!/usr/bin/env python3
"""Regenerates blind batch w2 (fr / es / pt): raw .eml files + labels.json.

Run:  python3 make.py      (writes ./mail/w2NNN.eml and ./labels.json)
All randomness comes from a fixed seed, so the output is reproducible.
"""
import base64
import datetime
import json
import os
import quopri
import random
import string
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr, format_datetime
from email import policy
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "w2"
SEED = 20240612
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def rid(n, alphabet=string.ascii_uppercase + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def order_no():
    return "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))


def rdate():
    base = datetime.datetime(2023, 9, 1, tzinfo=datetime.timezone.utc)
    d = base + datetime.timedelta(seconds=rng.randint(0, 300 * 86400))
    return d


def rlink(host, target):
    """Amazon-style click-tracking redirect, like the real notification mails."""
    ts = rdate().strftime("%Y%m%d%H%M%S")
    return ("https://%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:%s%s0p0eu&R=%s&T=C&U=%s&H=%s&ref_=pe_%d_%d"
            % (host, rid(13), rid(13), ts, rhex(32), rid(12), quote(target, safe=""), rid(28),
               rng.randint(1000000, 99999999), rng.randint(100000000, 999999999)))


def ses_msgid():
    return "<%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com>" % (
        "0102018" + rhex(9), rhex(8), rhex(4), rhex(4), rhex(12))


def generic_msgid(domain):
    return "<%s.%s@%s>" % (rhex(16), rid(8).lower(), domain)


def wrap_long(text, limit=900):
    """8bit bodies must keep lines under 998 octets: break long HTML lines at spaces."""
    out = []
    for line in text.split("\n"):
        while len(line.encode("utf-8")) > limit and " " in line[:limit]:
            cut = line.rfind(" ", 0, limit)
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def enc_payload(text, charset, cte):
    if cte in ("8bit", "7bit"):
        text = wrap_long(text)
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "8bit":
        return raw.decode("ascii", "surrogateescape")
    if cte == "7bit":
        return raw.decode("ascii")
    raise ValueError(cte)


def leaf(text, subtype, charset, cte):
    p = Message()
    p["Content-Type"] = 'text/%s; charset="%s"' % (subtype, charset)
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(enc_payload(text, charset, cte))
    return p


def hdr(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset)


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def build(e):
    """e: one entry dict -> bytes of a full RFC 5322 message."""
    cs = e.get("charset", "utf-8")
    hcs = e.get("header_charset", cs if cs.lower() not in ("us-ascii",) else "utf-8")
    m = Message()
    if e.get("return_path"):
        m["Return-Path"] = "<%s>" % e["return_path"]
    for k, v in e.get("pre_headers", []):
        m[k] = v.replace("{RDATE}", format_datetime(e["date"] + datetime.timedelta(seconds=rng.randint(2, 40))))
    if e.get("auth"):
        m["Authentication-Results"] = e["auth"]
    m["From"] = addr(e["from"][0], e["from"][1], e.get("from_charset", "utf-8"))
    if e.get("reply_to"):
        m["Reply-To"] = e["reply_to"]
    m["To"] = e.get("to", "claire.dupont@example.net")
    if e.get("cc"):
        m["Cc"] = e["cc"]
    m["Subject"] = hdr(e["subject"], hcs)
    m["Date"] = format_datetime(e["date"])
    m["Message-ID"] = e["msgid"]
    for k, v in e.get("headers", []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    text, html = e.get("text"), e.get("html")
    tcte = e.get("text_cte", "quoted-printable")
    hcte = e.get("html_cte", tcte)
    if text is not None and html is not None:
        boundary = e.get("boundary") or "----=_Part_%d_%d.%d" % (
            rng.randint(1000000, 99999999), rng.randint(100000000, 2147483647),
            int(e["date"].timestamp() * 1000))
        m["Content-Type"] = 'multipart/alternative; \n\tboundary="%s"' % boundary
        m.attach(leaf(text, "plain", cs, tcte))
        m.attach(leaf(html, "html", e.get("html_charset", cs), hcte))
    elif html is not None:
        m["Content-Type"] = 'text/html; charset="%s"' % cs
        m["Content-Transfer-Encoding"] = hcte
        m.set_payload(enc_payload(html, cs, hcte))
    else:
        m["Content-Type"] = 'text/plain; charset="%s"' % cs
        m["Content-Transfer-Encoding"] = tcte
        m.set_payload(enc_payload(text, cs, tcte))
    import io
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(m)
    return buf.getvalue()


# --------------------------------------------------------------------------
# marketplaces
# --------------------------------------------------------------------------

MP = {
    "amazon.fr": dict(host="www.amazon.fr", brand="Amazon.fr", lang="fr", cur=lambda v: ("%.2f\u00a0\u20ac" % v).replace(".", ","),
                      legal="Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Soci\u00e9t\u00e9 \u00e0 responsabilit\u00e9 limit\u00e9e, capital social\u00a0: 125\u00a0000\u00a0EUR, RCS Luxembourg\u00a0: B\u00a0101818. Amazon EU S.\u00e0 r.l., succursale fran\u00e7aise, 67 boulevard du G\u00e9n\u00e9ral Leclerc, 92110 Clichy, RCS Nanterre 487773327."),
    "amazon.com.be": dict(host="www.amazon.com.be", brand="Amazon.com.be", lang="fr", cur=lambda v: ("%.2f\u00a0\u20ac" % v).replace(".", ","),
                          legal="Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social\u00a0: 125\u00a0000\u00a0EUR\u00a0; RCS Luxembourg B\u00a0101818\u00a0; num\u00e9ro de TVA luxembourgeois\u00a0: LU\u00a020260743."),
    "amazon.ca": dict(host="www.amazon.ca", brand="Amazon.ca", lang="fr", cur=lambda v: ("%.2f\u00a0$" % v).replace(".", ","),
                      legal="Amazon.com.ca ULC, 40 King Street West, 47th Floor, Toronto (Ontario) M5H 3Y2, Canada."),
    "amazon.es": dict(host="www.amazon.es", brand="Amazon.es", lang="es", cur=lambda v: ("%.2f\u00a0\u20ac" % v).replace(".", ","),
                      legal="Amazon EU S.\u00e0 r.l., Sucursal en Espa\u00f1a, C/ Ram\u00edrez de Prado 5, 28045 Madrid. NIF W0184081H. Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo."),
    "amazon.com.mx": dict(host="www.amazon.com.mx", brand="Amazon.com.mx", lang="es", cur=lambda v: "$%s MXN" % format(v, ",.2f"),
                          legal="Servicios Comerciales Amazon M\u00e9xico, S. de R.L. de C.V., Juan Salvador Agraz 73, Piso 5, Col. Santa Fe Cuajimalpa, Cuajimalpa de Morelos, C.P. 05348, Ciudad de M\u00e9xico."),
    "amazon.com.br": dict(host="www.amazon.com.br", brand="Amazon.com.br", lang="pt", cur=lambda v: ("R$\u00a0%s" % format(v, ",.2f")).replace(",", "X").replace(".", ",").replace("X", "."),
                          legal="Amazon Servi\u00e7os de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Juscelino Kubitschek, 2041, Torre E, 18\u00ba andar, S\u00e3o Paulo/SP, CEP 04543-011."),
}

UI = {
    "fr": dict(colon="\u00a0:", order="Commande n\u00b0", cancelled_items="Article(s) annul\u00e9(s)", qty="Quantit\u00e9", price="Prix",
               your_orders="Vos commandes", your_account="Votre compte", help="Aide", hello="Bonjour",
               sold_by="Vendu par", total="Montant total annul\u00e9",
               noreply="Cet e-mail a \u00e9t\u00e9 envoy\u00e9 \u00e0 partir d'une adresse ne pouvant recevoir d'e-mails. Merci de ne pas y r\u00e9pondre.",
               hope="Nous esp\u00e9rons vous revoir bient\u00f4t."),
    "es": dict(colon=":", order="Pedido n.\u00ba", cancelled_items="Art\u00edculos cancelados", qty="Cantidad", price="Precio",
               your_orders="Mis pedidos", your_account="Mi cuenta", help="Ayuda", hello="Hola",
               sold_by="Vendido por", total="Importe cancelado",
               noreply="Este mensaje se ha enviado desde una direcci\u00f3n de correo electr\u00f3nico que no admite correos entrantes. Por favor, no respondas a este mensaje.",
               hope="Esperamos volver a verte pronto."),
    "pt": dict(colon=":", order="Pedido n\u00ba", cancelled_items="Itens cancelados", qty="Quantidade", price="Pre\u00e7o",
               your_orders="Seus pedidos", your_account="Sua conta", help="Ajuda", hello="Ol\u00e1",
               sold_by="Vendido por", total="Valor cancelado",
               noreply="Este e-mail foi enviado de um endere\u00e7o que n\u00e3o pode receber mensagens. Por favor, n\u00e3o responda.",
               hope="Esperamos v\u00ea-lo novamente em breve."),
}

SECURITY = {
    "fr": [
        "{brand} ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonn\u00e9es bancaires ou un code de v\u00e9rification par e-mail, par SMS ou par t\u00e9l\u00e9phone.",
        "Si le num\u00e9ro de votre carte a chang\u00e9 ou si sa date d'expiration est d\u00e9pass\u00e9e, mettez \u00e0 jour vos informations de paiement dans Votre compte.",
        "Si vous recevez un e-mail suspect qui semble provenir d'{brand}, ne cliquez sur aucun lien et signalez-le\u00a0: https://{host}/gp/help/customer/display.html?nodeId=GVDPTXYT8CNSPQEN",
    ],
    "es": [
        "{brand} nunca te pedir\u00e1 tu contrase\u00f1a, los datos de tu tarjeta ni un c\u00f3digo de verificaci\u00f3n por correo electr\u00f3nico, SMS o tel\u00e9fono.",
        "Si el n\u00famero de tu tarjeta ha cambiado o ha caducado, actualiza tu m\u00e9todo de pago en Mi cuenta.",
        "Si recibes un correo sospechoso que parece proceder de {brand}, no hagas clic en los enlaces y den\u00fancialo: https://{host}/gp/help/customer/display.html?nodeId=GVDPTXYT8CNSPQEN",
    ],
    "pt": [
        "A {brand} nunca solicitar\u00e1 sua senha, os dados do seu cart\u00e3o ou um c\u00f3digo de verifica\u00e7\u00e3o por e-mail, SMS ou telefone.",
        "Se o n\u00famero do seu cart\u00e3o mudou ou se ele venceu, atualize sua forma de pagamento em Sua conta.",
        "Se voc\u00ea receber um e-mail suspeito que pare\u00e7a ser da {brand}, n\u00e3o clique em nenhum link e denuncie-o: https://{host}/gp/help/customer/display.html?nodeId=GVDPTXYT8CNSPQEN",
    ],
}


def security_lines(mpkey):
    mp = MP[mpkey]
    return [s.format(brand=mp["brand"], host=mp["host"]) for s in SECURITY[mp["lang"]]]


# --------------------------------------------------------------------------
# genuine Amazon templates (HTML laid out like the real notification mails, and plain)
# --------------------------------------------------------------------------

HTML_HEAD = """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset={cs}" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  <style>
body {{ width:100% !important; height:100% !important; margin:0; padding:0; }}
table, table td {{ border-collapse:collapse !important; }}
body, table, td, a {{ -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }}
.ReadMsgBody {{ width:100%; }} .ExternalClass {{ width:100%; }}
td {{ font-family:Arial, sans-serif; }}
#container {{ width:640px; }}
#header td {{ padding:14px 0 10px 0; }}
#title {{ font-size:20px; line-height:24px; color:#cc6600; }}
#orderDetails {{ font-size:14px; color:#333333; }}
#orderDetails td {{ padding:6px 8px; border-bottom:1px solid #eaeaea; }}
.orderIdTable {{ font-size:13px; color:#879596; }}
.textWithUnderlinedLink {{ color:#002E36; text-decoration:none; border-bottom:2px solid #00DFFC; }}
#legalCopy {{ font-size:11px; line-height:15px; color:#666666; }}
#legalCopy td {{ padding:10px 0 0 0; }}
.button a {{ color:#111111; text-decoration:none; }}
@media only screen and (max-width:640px) {{ #container {{ width:100% !important; }} }}
  </style>
 </head>
 <body>
"""


def amazon_html(mpkey, cs, title, greeting, paras, order, items, cta, extra_paras=(), show_security=True, closing=None, items_heading=None):
    mp = MP[mpkey]
    ui = UI[mp["lang"]]
    host = mp["host"]
    out = [HTML_HEAD.format(cs=cs)]
    out.append('  <table id="container" width="640" cellspacing="0" cellpadding="0" border="0" align="center">\n   <tbody>\n')
    out.append('    <tr>\n     <td>\n      <table id="header" width="100%%" cellspacing="0" cellpadding="0">\n       <tbody>\n        <tr>\n'
               '         <td align="left"><a href="%s"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/navbar/logo._CB%d_.png" alt="%s" width="130" border="0" /></a></td>\n'
               '         <td align="right" style="font-size:13px;"><a href="%s" style="color:#0066c0;text-decoration:none;">%s</a> | <a href="%s" style="color:#0066c0;text-decoration:none;">%s</a> | <a href="%s" style="color:#0066c0;text-decoration:none;">%s</a></td>\n'
               '        </tr>\n       </tbody>\n      </table> </td>\n    </tr>\n'
               % (rlink(host, "https://%s/?ref_=pe_hdr_logo" % host), rng.randint(100000000, 999999999), mp["brand"],
                  rlink(host, "https://%s/gp/css/order-history" % host), ui["your_orders"],
                  rlink(host, "https://%s/gp/css/homepage.html" % host), ui["your_account"],
                  rlink(host, "https://%s/gp/help/customer/display.html" % host), mp["brand"]))
    out.append('    <tr>\n     <td id="title" style="font-size:20px;color:#cc6600;padding:12px 0 8px 0;">%s</td>\n    </tr>\n' % title)
    if order:
        out.append('    <tr>\n     <td> <table class="orderIdTable"><tbody><tr><td>%s <a href="%s">%s</a></td></tr></tbody></table> </td>\n    </tr>\n'
                   % (ui["order"], rlink(host, "https://%s/gp/your-account/order-details?orderID=%s" % (host, order)), order))
    out.append('    <tr>\n     <td style="font-size:14px;line-height:20px;color:#333333;padding:8px 0;">\n      <p>%s</p>\n' % greeting)
    for p in paras:
        out.append('      <p>%s</p>\n' % p)
    out.append('     </td>\n    </tr>\n')
    if items:
        out.append('    <tr>\n     <td>\n      <table id="orderDetails" width="100%" cellspacing="0" cellpadding="0" border="0">\n       <tbody>\n')
        out.append('        <tr><td colspan="3" style="font-weight:bold;color:#cc6600;">%s</td></tr>\n' % (items_heading or ui["cancelled_items"]))
        for it in items:
            name, qty, price, seller = it
            out.append('        <tr>\n         <td class="itemImage"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" width="84" alt="" /></td>\n'
                       '         <td class="itemTitle"><a href="%s" style="color:#0066c0;text-decoration:none;">%s</a><br /><span style="color:#565959;font-size:12px;">%s %s</span></td>\n'
                       '         <td align="right" style="white-space:nowrap;">%s%s %d<br /><b>%s</b></td>\n        </tr>\n'
                       % (rid(11, string.ascii_letters + string.digits), rlink(host, "https://%s/dp/B0%s" % (host, rid(8))), name, ui["sold_by"], seller, ui["qty"], ui["colon"], qty, price))
        out.append('       </tbody>\n      </table> </td>\n    </tr>\n')
    if cta:
        out.append('    <tr>\n     <td class="button" style="padding:16px 0;">\n      <table cellspacing="0" cellpadding="0" border="0"><tbody><tr>'
                   '<td style="background:#FFD814;border-radius:8px;padding:10px 22px;"><a href="%s" style="font-size:15px;color:#0F1111;text-decoration:none;">%s</a></td>'
                   '</tr></tbody></table> </td>\n    </tr>\n' % (rlink(host, cta[1]), cta[0]))
    if extra_paras:
        out.append('    <tr>\n     <td style="font-size:14px;line-height:20px;color:#333333;">\n')
        for p in extra_paras:
            out.append('      <p>%s</p>\n' % p)
        out.append('     </td>\n    </tr>\n')
    out.append('    <tr>\n     <td style="font-size:14px;color:#333333;padding:6px 0 14px 0;">%s<br />%s</td>\n    </tr>\n'
               % (closing or ui["hope"], mp["brand"]))
    out.append('    <tr>\n     <td>\n      <table id="legalCopy">\n       <tbody>\n        <tr>\n         <td> <span> ')
    if show_security:
        for s in security_lines(mpkey):
            out.append('<p>%s</p> ' % s)
    out.append('<p>%s</p> <p>%s</p> </span> </td>\n        </tr>\n       </tbody>\n      </table> </td>\n    </tr>\n' % (mp["legal"], ui["noreply"]))
    out.append('   </tbody>\n  </table>\n <img width="1" height="1" src="https://%s/gp/r.html?C=%s&amp;M=urn:rtn:msg:%s&amp;R=%s&amp;T=O&amp;U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F01%%2Fnav%%2Ftransp.gif" /></body>\n</html>\n'
               % (host, rid(13), rhex(40), rid(12)))
    return "".join(out)


def amazon_text(mpkey, title, greeting, paras, order, items, extra_paras=(), show_security=True, closing=None, links=(), items_heading=None):
    mp = MP[mpkey]
    ui = UI[mp["lang"]]
    host = mp["host"]
    L = [mp["brand"], "-" * 76, ""]
    L.append(title)
    if order:
        L.append("%s %s" % (ui["order"], order))
        L.append("https://%s/gp/your-account/order-details?orderID=%s" % (host, order))
    L += ["", "_" * 76, "", greeting, ""]
    for p in paras:
        L += [p, ""]
    if items:
        L += [items_heading or ui["cancelled_items"], ""]
        for name, qty, price, seller in items:
            L.append("    %s" % name)
            L.append("    %s %s" % (ui["sold_by"], seller))
            L.append("    %s%s %d   %s" % (ui["qty"], ui["colon"], qty, price))
            L.append("")
    for p in extra_paras:
        L += [p, ""]
    for label, url in links:
        L += ["%s%s" % (label, ui["colon"]), url, ""]
    L += [closing or ui["hope"], mp["brand"], "", "_" * 76, ""]
    if show_security:
        for s in security_lines(mpkey):
            L += [s, ""]
    L += [mp["legal"], "", ui["noreply"], ""]
    return "\n".join(L)


def amazon_headers(mpkey, local, auth, dt):
    """Return (return_path, headers, auth_header) typical of Amazon SES-sent notifications."""
    dom = mpkey
    rp = "%s%s@bounces.%s" % (dt.strftime("%Y%m%d%H%M%S"), rhex(16), dom)
    headers = [
        ("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
        ("X-AMAZON-RTE-VERSION", "2.0"),
        ("Feedback-ID", "1.eu-west-1.%s=:AmazonSES" % rid(43, string.ascii_letters + string.digits)),
        ("X-SES-Outgoing", dt.strftime("%Y.%m.%d") + "-54.240.%d.%d" % (rng.randint(0, 15), rng.randint(1, 250))),
    ]
    a = None
    if auth:
        a = ("mx.example.net;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
             "\tdkim=pass (1024-bit key) header.d=amazonses.com header.i=@amazonses.com header.s=%s header.b=%s;\n"
             "\tspf=pass (example.net: domain of %s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=%s;\n"
             "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
             % (dom, dom, rid(32).lower(), rid(8, string.ascii_letters), rid(32).lower(), rid(8, string.ascii_letters),
                rp, rng.randint(0, 15), rng.randint(1, 250), rp, dom))
    return rp, headers, a


ENTRIES = []


def add(**kw):
    if "date" not in kw:
        kw["date"] = rdate()
    if "msgid" not in kw:
        kw["msgid"] = generic_msgid(kw["from"][1].split("@")[1])
    ENTRIES.append(kw)


def notice(lang, mpkey, local, brand_name, subject, cause, states_reason, note, auth, charset, text=None, html=None,
           text_cte="quoted-printable", html_cte=None, to=None, kind="notice", from_addr=None):
    dt = rdate()
    rp, headers, a = amazon_headers(mpkey, local, auth, dt)
    add(kind=kind, language=lang, cause=cause, states_reason=states_reason,
        marketplace=mpkey if kind == "notice" else None, note=note,
        date=dt, msgid=ses_msgid(), auth=a, return_path=rp, headers=headers,
        **{"from": (brand_name, from_addr or "%s@%s" % (local, mpkey))}, reply_to="no-reply@%s" % mpkey,
        to=to or "client@example.net", subject=subject, charset=charset, text=text, html=html,
        text_cte=text_cte, html_cte=html_cte or text_cte)


def rcv(helo, ip, by="mx.example.net"):
    d = "{RDATE}"  # filled in by build() from the message's Date
    return ("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <client@example.net>; %s"
            % (helo, helo, ip, by, rid(10).lower(), d))


def mail(kind, lang, cause, states_reason, note, frm, subject, **kw):
    kw.setdefault("to", "client@example.net")
    add(kind=kind, language=lang, cause=cause, states_reason=states_reason, marketplace=None, note=note,
        subject=subject, **{"from": frm}, **kw)


def phish_auth(domain, dkim="pass", spf="pass", dmarc="pass", from_dom=None):
    return ("mx.example.net;\n\tdkim=%s header.d=%s header.s=default;\n\tspf=%s smtp.mailfrom=bounce@%s;\n\tdmarc=%s header.from=%s"
            % (dkim, domain, spf, domain, dmarc, from_dom or domain))


def phish_html(body_html, title="Amazon", lang="fr", footer="", cs="utf-8"):
    return ("<html lang=\"%s\"><head><meta charset=\"%s\"><title>%s</title></head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;background:#f3f3f3;\">\n"
            "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#ffffff;border:1px solid #ddd;\">\n"
            "<tr><td style=\"background:#232f3e;padding:14px;\"><img src=\"https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg\" width=\"110\" alt=\"amazon\"></td></tr>\n"
            "<tr><td style=\"padding:22px;font-size:14px;color:#111;line-height:20px;\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:12px 22px;font-size:11px;color:#777;\">%s</td></tr>\n</table>\n</body></html>\n"
            % (lang, cs, title, body_html, footer))


# ==========================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# ==========================================================================

def french():
    L = "fr"
    # ---------------- notices ----------------
    o = order_no()
    items = [("Tefal Ingenio Unlimited Batterie de cuisine 13 pi\u00e8ces, po\u00eale, casseroles, poign\u00e9e amovible", 1, MP["amazon.fr"]["cur"](129.99), "Amazon")]
    paras = ["Nous sommes d\u00e9sol\u00e9s de vous informer que l'article ci-dessous n'est plus disponible\u00a0: notre fournisseur n'a pas \u00e9t\u00e9 en mesure de nous le livrer et nous ne savons pas quand il sera de nouveau en stock. Nous avons donc annul\u00e9 cet article de votre commande.",
             "Vous ne serez pas d\u00e9bit\u00e9 pour cet article. Si un pr\u00e9l\u00e8vement a d\u00e9j\u00e0 \u00e9t\u00e9 effectu\u00e9, le remboursement appara\u00eetra sur votre relev\u00e9 sous 3 \u00e0 5 jours ouvr\u00e9s.",
             "Les autres articles de votre commande ne sont pas concern\u00e9s et vous seront exp\u00e9di\u00e9s comme pr\u00e9vu."]
    title = "Article annul\u00e9 de votre commande"
    notice(L, "amazon.fr", "order-update", "Amazon.fr",
           "Un article a \u00e9t\u00e9 annul\u00e9 de votre commande Amazon.fr n\u00b0 %s" % o,
           "inventory_shortage", True, "supplier could not deliver, item removed; HTML like real template", True, "utf-8",
           text=amazon_text("amazon.fr", title, "Bonjour Claire,", paras, o, items),
           html=amazon_html("amazon.fr", "utf-8", title, "Bonjour Claire,", paras, o, items,
                            ("Voir vos commandes", "https://www.amazon.fr/gp/css/order-history")),
           text_cte="quoted-printable")

    o = order_no()
    items = [("Philips S7886/35 Rasoir \u00e9lectrique Series 7000", 1, MP["amazon.fr"]["cur"](149.99), "Amazon"),
             ("Philips SH71/50 T\u00eates de rasoir de rechange", 1, MP["amazon.fr"]["cur"](44.90), "Amazon")]
    paras = ["Le 3 mars, nous vous avons inform\u00e9 que votre banque avait refus\u00e9 l'autorisation de paiement pour la commande ci-dessous (carte Visa se terminant par 4417).",
             "Le d\u00e9lai de 7 jours pour r\u00e9viser votre paiement est d\u00e9sormais \u00e9coul\u00e9 sans que le mode de paiement ait \u00e9t\u00e9 mis \u00e0 jour. Votre commande a donc \u00e9t\u00e9 annul\u00e9e.",
             "Aucun montant n'a \u00e9t\u00e9 d\u00e9bit\u00e9. Si vous souhaitez toujours recevoir ces articles, vous pouvez passer une nouvelle commande sur www.amazon.fr."]
    notice(L, "amazon.fr", "payments-messages", "Amazon.fr",
           "Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % o,
           "payment_issue", True, "payment revision window expired; text only latin-9", False, "iso-8859-15",
           text=amazon_text("amazon.fr", "Annulation de votre commande", "Bonjour Jean-Luc,", paras, o, items,
                            links=[("Vos commandes", "https://www.amazon.fr/gp/css/order-history")]),
           text_cte="quoted-printable")

    o = order_no()
    items = [("Sony WH-1000XM5 Casque d'\u00e9coute sans fil \u00e0 r\u00e9duction de bruit, noir", 1, MP["amazon.ca"]["cur"](49.99), "Amazon.com.ca ULC")]
    paras = ["Nous vous \u00e9crivons au sujet de votre r\u00e9cente commande. En raison d'une erreur de prix sur notre site, l'article ci-dessous a \u00e9t\u00e9 affich\u00e9 \u00e0 un prix incorrect (49,99\u00a0$ au lieu de 499,99\u00a0$).",
             "Conform\u00e9ment \u00e0 nos Conditions d'utilisation, nous avons annul\u00e9 votre commande. Aucun montant ne vous a \u00e9t\u00e9 factur\u00e9 et l'autorisation temporaire sur votre carte sera lib\u00e9r\u00e9e par votre institution financi\u00e8re.",
             "Nous vous prions de nous excuser pour ce d\u00e9sagr\u00e9ment."]
    title = "Votre commande a \u00e9t\u00e9 annul\u00e9e"
    notice(L, "amazon.ca", "order-update", "Amazon.ca",
           "Votre commande Amazon.ca n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % o,
           "technical_issue", True, "pricing error, Canadian French", True, "utf-8",
           text=amazon_text("amazon.ca", title, "Bonjour Marc-Andr\u00e9,", paras, o, items),
           html=amazon_html("amazon.ca", "utf-8", title, "Bonjour Marc-Andr\u00e9,", paras, o, items,
                            ("Continuer vos achats", "https://www.amazon.ca/?language=fr_CA")),
           text_cte="base64", to="marc-andre.tremblay@example.ca")

    o = order_no()
    items = [("Apple iPad Air (M2, 11 pouces, Wi-Fi, 256 Go) - Gris sid\u00e9ral", 2, MP["amazon.com.be"]["cur"](899.00), "Amazon")]
    paras = ["Lors d'une v\u00e9rification de routine, nous avons d\u00e9tect\u00e9 une activit\u00e9 inhabituelle sur votre compte Amazon.com.be. Par mesure de s\u00e9curit\u00e9, nous avons temporairement mis votre compte en attente et annul\u00e9 la commande ci-dessous.",
             "Pour r\u00e9activer votre compte, connectez-vous directement sur www.amazon.com.be (en saisissant l'adresse vous-m\u00eame dans votre navigateur) et suivez les instructions affich\u00e9es. Nous pourrons vous demander de confirmer certaines informations de paiement sur notre site.",
             "Aucun montant n'a \u00e9t\u00e9 d\u00e9bit\u00e9 pour cette commande."]
    title = "Commande annul\u00e9e\u00a0: v\u00e9rification de votre compte"
    notice(L, "amazon.com.be", "cs-reply", "Amazon.com.be",
           "Votre commande Amazon.com.be n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % o,
           "fraud_prevention", True, "unusual activity, account on hold; HTML only 8bit", False, "utf-8",
           html=amazon_html("amazon.com.be", "utf-8", title, "Bonjour Sophie,", paras, o, items, None,
                            closing="Merci de votre compr\u00e9hension."),
           text_cte="8bit", to="sophie.lambert@example.be")

    o = order_no()
    items = [("LEGO Technic 42154 Ford GT 2022, maquette de voiture \u00e0 construire", 1, MP["amazon.fr"]["cur"](119.99), "Amazon")]
    paras = ["Conform\u00e9ment \u00e0 votre demande, nous avons annul\u00e9 l'article suivant de votre commande n\u00b0 %s." % o,
             "Motif de l'annulation\u00a0: Annul\u00e9 par le client",
             "Si vous avez d\u00e9j\u00e0 \u00e9t\u00e9 d\u00e9bit\u00e9 pour cet article, le remboursement sera effectu\u00e9 sur votre moyen de paiement initial. Vous pouvez consulter l'\u00e9tat de vos autres commandes dans Vos commandes."]
    title = "Annulation r\u00e9ussie"
    notice(L, "amazon.fr", "auto-confirm", "Amazon.fr",
           "Annulation r\u00e9ussie d'un article de votre commande Amazon.fr n\u00b0 %s" % o,
           "customer_request", True, "customer cancelled item", True, "utf-8",
           text=amazon_text("amazon.fr", title, "Bonjour Thomas,", paras, o, items),
           html=amazon_html("amazon.fr", "utf-8", title, "Bonjour Thomas,", paras, o, items,
                            ("Vos commandes", "https://www.amazon.fr/gp/css/order-history")),
           text_cte="quoted-printable", to="thomas.girard@example.fr")

    o = order_no()
    items = [("Bosch Professional GSR 12V-15 Perceuse-visseuse sans fil, 2 batteries", 1, MP["amazon.fr"]["cur"](159.00), "Outillage Pro Direct")]
    paras = ["Nous vous informons que votre commande n\u00b0 %s pass\u00e9e le 12 f\u00e9vrier a \u00e9t\u00e9 annul\u00e9e." % o,
             "Vous ne serez pas d\u00e9bit\u00e9. Si un montant a d\u00e9j\u00e0 \u00e9t\u00e9 pr\u00e9lev\u00e9, il vous sera rembours\u00e9 int\u00e9gralement sur votre moyen de paiement d\u2019origine.",
             "Pour toute question, consultez notre page d\u2019aide\u00a0: https://www.amazon.fr/gp/help/customer/display.html"]
    notice(L, "amazon.fr", "order-update", "Amazon.fr",
           "Information concernant votre commande Amazon.fr n\u00b0 %s" % o,
           "unknown", False, "cancelled, no reason given; cp1252 8bit text", False, "windows-1252",
           text=amazon_text("amazon.fr", "Votre commande a \u00e9t\u00e9 annul\u00e9e", "Bonjour Nadia,", paras, o, items),
           text_cte="8bit", to="nadia.benali@example.fr")

    # ---------------- lookalikes ----------------
    mail("lookalike", L, "fraud_prevention", True, "callback phone number, gmail sender, malformed order no",
         ("Service Client Amazon", "amazon.serviceclient.fr2024@gmail.com"),
         "Annulation de votre commande Amazon n\u00b0 402-8839201-5567 - action requise",
         pre_headers=[rcv("mail-sor-f41.google.com", "209.85.220.41")],
         return_path="amazon.serviceclient.fr2024@gmail.com", charset="utf-8", text_cte="8bit",
         text="Bonjour cher client,\n\nVotre commande Amazon n\u00b0 402-8839201-5567 d'un montant de 1\u00a0479,00 \u20ac "
              "(Apple iPhone 15 Pro Max 256 Go Titane naturel) a \u00e9t\u00e9 ANNUL\u00c9E suite \u00e0 une activit\u00e9 suspecte "
              "d\u00e9tect\u00e9e sur votre compte depuis un appareil situ\u00e9 \u00e0 Lagos (Nig\u00e9ria).\n\n"
              "Le montant a toutefois \u00e9t\u00e9 r\u00e9serv\u00e9 sur votre carte bancaire. Si vous n'\u00eates pas \u00e0 l'origine de cet achat, "
              "appelez IMM\u00c9DIATEMENT notre service de s\u00e9curit\u00e9 au +33 9 70 19 84 21 (appel gratuit, 7j/7) "
              "afin qu'un conseiller bloque la transaction et vous rembourse.\n\n"
              "Sans appel de votre part sous 24 heures, le d\u00e9bit sera d\u00e9finitif.\n\n"
              "Cordialement,\nService S\u00e9curit\u00e9 Amazon France\n")

    code = "%03d %03d" % (rng.randint(100, 999), rng.randint(100, 999))
    body = ("<p>Cher(e) client(e),</p>\n<p>Votre compte Amazon a \u00e9t\u00e9 <b>suspendu</b> \u00e0 la suite d'une tentative de connexion non autoris\u00e9e. "
            "Par cons\u00e9quent, votre derni\u00e8re commande a \u00e9t\u00e9 <b>annul\u00e9e</b>.</p>\n"
            "<p>Pour r\u00e9activer votre compte et r\u00e9tablir votre commande, utilisez le code de r\u00e9activation ci-dessous sur notre page s\u00e9curis\u00e9e\u00a0:</p>\n"
            "<p style=\"font-size:26px;letter-spacing:4px;text-align:center;\"><b>%s</b></p>\n"
            "<p style=\"text-align:center;\"><a href=\"https://secure-amzn-fr.com/reactivation/?c=%s\" style=\"background:#ffd814;padding:10px 24px;color:#111;text-decoration:none;border-radius:6px;\">R\u00e9activer mon compte</a></p>\n"
            "<p>Ce code expire dans 12 heures. Pass\u00e9 ce d\u00e9lai, votre compte sera d\u00e9finitivement ferm\u00e9.</p>\n<p>L'\u00e9quipe Amazon</p>" % (code, rhex(12)))
    mail("lookalike", L, "fraud_prevention", True, "Cyrillic homoglyphs in display name; suspended + cancelled + code",
         ("\u0410maz\u043en.fr", "no-reply@secure-amzn-fr.com"),
         "Votre compte a \u00e9t\u00e9 suspendu - commande annul\u00e9e",
         pre_headers=[rcv("vps-31207.hosting-ovh.example", "51.178.92.14")],
         return_path="bounce@secure-amzn-fr.com", charset="utf-8", html_cte="quoted-printable",
         html=phish_html(body, footer="\u00a9 1996-2024, Amazon.com, Inc. ou ses filiales. Tous droits r\u00e9serv\u00e9s."))

    mail("lookalike", L, "payment_issue", True, "crude; asks to reply with card details; yahoo sender; no order no",
         ("Amazon Service", "service.amazon.fr@yahoo.fr"),
         "Probleme de paiement : commande annul\u00e9",
         reply_to="facturation.amazon@yahoo.fr",
         pre_headers=[rcv("sonic315-20.consmr.mail.ir2.yahoo.com", "77.238.176.155")],
         return_path="service.amazon.fr@yahoo.fr", charset="iso-8859-1", text_cte="8bit",
         text="Bonjour,\n\nvotre paiement a \u00e9t\u00e9 refuser par votre banque et votre commande Amazon a donc \u00e9t\u00e9 annul\u00e9.\n"
              "Pour r\u00e9activer votre commande, merci de r\u00e9pondre \u00e0 ce mail en indiquant :\n\n"
              "- Nom et pr\u00e9nom du titulaire\n- Num\u00e9ro de carte (16 chiffres)\n- Date d'expiration\n- Cryptogramme (3 chiffres au dos)\n"
              "- Date de naissance\n\nSans r\u00e9ponse sous 48h votre compte sera bloquer.\n\nMerci\nService client Amazon\n")

    o = order_no()
    shown = "https://www.amazon.fr/gp/css/order-history?orderID=%s" % o
    href = "http://amazon-orders.help/fr/signin.php?session=%s&order=%s" % (rhex(24), o)
    text = ("Amazon.fr\n\nBonjour,\n\nNous n'avons pas pu d\u00e9biter la carte enregistr\u00e9e pour votre commande n\u00b0 %s : "
            "la carte a expir\u00e9. Votre commande a \u00e9t\u00e9 annul\u00e9e.\n\nPour la r\u00e9tablir sans frais, mettez \u00e0 jour votre "
            "moyen de paiement dans les 48 heures :\n%s\n\nAmazon.fr ne vous demandera jamais votre mot de passe par e-mail.\n\n"
            "Cordialement,\nAmazon.fr\n" % (o, href))
    body = ("<p style=\"font-size:18px;color:#c45500;\">Commande annul\u00e9e</p>\n"
            "<p>Bonjour,</p>\n<p>Nous n'avons pas pu d\u00e9biter la carte enregistr\u00e9e pour votre commande n\u00b0 <b>%s</b>\u00a0: "
            "la carte a expir\u00e9. Votre commande a donc \u00e9t\u00e9 annul\u00e9e.</p>\n"
            "<table cellpadding=\"6\" style=\"border:1px solid #eee;font-size:13px;\"><tr><td>Dyson V15 Detect Absolute</td><td>1</td><td>699,00\u00a0\u20ac</td></tr></table>\n"
            "<p>Pour la r\u00e9tablir sans frais, mettez \u00e0 jour votre moyen de paiement dans les 48 heures depuis Vos commandes\u00a0:<br>"
            "<a href=\"%s\">%s</a></p>\n<p>Amazon.fr ne vous demandera jamais votre mot de passe par e-mail.</p>\n<p>Cordialement,<br>Amazon.fr</p>"
            % (o, href, shown))
    mail("lookalike", L, "payment_issue", True, "polished; link text shows amazon.fr, href to amazon-orders.help; own DKIM passes",
         ("Amazon.fr", "order-update@amazon-orders.help"),
         "Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % o,
         auth=phish_auth("amazon-orders.help"), return_path="bounce@amazon-orders.help",
         pre_headers=[rcv("mta2.amazon-orders.help", "185.234.72.19")],
         charset="utf-8", text=text, html=phish_html(body, footer="Amazon EU S.\u00e0 r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg"),
         text_cte="quoted-printable")

    body = ("<p>Bonjour,</p>\n<p>Votre colis pour la commande <b>702-1184405-33921</b> n'a pas pu \u00eatre livr\u00e9 : l'adresse de livraison est incompl\u00e8te.</p>\n"
            "<p><b>Votre commande sera annul\u00e9e dans 24 heures</b> si vous ne confirmez pas votre adresse et ne r\u00e9glez pas les frais de r\u00e9exp\u00e9dition de 2,99\u00a0$.</p>\n"
            "<p><a href=\"https://amazon.ca.verification-compte.top/fr/adresse?id=%s\">Confirmer mon adresse</a></p>\n"
            "<p>Merci de magasiner chez Amazon.ca</p>" % rhex(10))
    text = ("Bonjour,\n\nVotre colis pour la commande 702-1184405-33921 n'a pas pu \u00eatre livr\u00e9 : l'adresse de livraison est incompl\u00e8te.\n\n"
            "Votre commande sera annul\u00e9e dans 24 heures si vous ne confirmez pas votre adresse et ne r\u00e9glez pas les frais de r\u00e9exp\u00e9dition de 2,99 $.\n\n"
            "Confirmer mon adresse : https://amazon.ca.verification-compte.top/fr/adresse\n\nMerci de magasiner chez Amazon.ca\n")
    mail("lookalike", L, "unknown", True, "Greek Alpha in display name; amazon.ca.<evil>.top; 'will be cancelled' unless fee paid; address reason",
         ("\u0391mazon.ca", "service@amazon.ca.verification-compte.top"),
         "Derni\u00e8re relance : votre commande sera annul\u00e9e",
         pre_headers=[rcv("srv1.verification-compte.top", "45.141.84.120")],
         return_path="service@amazon.ca.verification-compte.top", charset="utf-8",
         text=text, html=phish_html(body), text_cte="base64", to="marc-andre.tremblay@example.ca")

    body = ("<h2 style=\"color:#c45500;\">Erreur de prix - commande annul\u00e9e</h2>\n"
            "<p>Cher client,</p>\n<p>Suite \u00e0 un incident technique de notre syst\u00e8me de tarification, votre commande "
            "<b>#D01-29384-1102938</b> a \u00e9t\u00e9 factur\u00e9e au mauvais prix et a \u00e9t\u00e9 automatiquement annul\u00e9e.</p>\n"
            "<p>En compensation, un bon d'achat de <b>50\u00a0\u20ac</b> vous attend. R\u00e9clamez-le avant minuit en vous identifiant\u00a0:</p>\n"
            "<p><a href=\"https://amaz0n.fr/compensation/?ref=%s\" style=\"background:#f0c14b;padding:8px 18px;color:#111;\">R\u00e9clamer mon bon d'achat</a></p>\n"
            "<p>Service Client Amazon</p>" % rhex(8))
    mail("lookalike", L, "technical_issue", True, "amaz0n.fr domain; pricing glitch bait; malformed order no; HTML only base64",
         ("Amazon", "commandes@amaz0n.fr"),
         "Incident technique : votre commande a \u00e9t\u00e9 annul\u00e9e",
         auth=phish_auth("amaz0n.fr", dkim="none", spf="pass", dmarc="none"),
         pre_headers=[rcv("mail.amaz0n.fr", "103.151.125.7")],
         return_path="commandes@amaz0n.fr", charset="utf-8", html=phish_html(body), html_cte="base64")

    mail("lookalike", L, "unknown", False, "crude, outlook sender, no order number, no reason",
         ("AMAZON", "amazon-remboursement@outlook.fr"),
         "VOTRE COMMANDE AMAZON EST ANNUL\u00c9E !!!",
         pre_headers=[rcv("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.59")],
         return_path="amazon-remboursement@outlook.fr", charset="windows-1252", text_cte="quoted-printable",
         text="Bonjour\n\nVOTRE COMMANDE AMAZON A \u00c9T\u00c9 ANNUL\u00c9E.\n\nPour recevoir votre remboursement de 389,90 \u20ac cliquez ici :\n"
              "http://bit.ly/3rEmb-amzn\n\nVous avez 24h, apr\u00e8s le remboursement est perdu.\n\nAmazon\u2122\n")

    o = order_no()
    items_html = "<tr><td>Nintendo Switch - Mod\u00e8le OLED, blanc</td><td>1</td><td>319,99\u00a0\u20ac</td></tr>"
    text = ("Amazon.fr\n\nBonjour,\n\nNous sommes d\u00e9sol\u00e9s : l'article de votre commande n\u00b0 %s est en rupture de stock chez notre fournisseur "
            "et a \u00e9t\u00e9 annul\u00e9.\n\nPour recevoir votre remboursement de 319,99 \u20ac, veuillez confirmer vos coordonn\u00e9es bancaires "
            "sous 72 heures :\nhttps://amazon.fr.remboursements-clients.com/fr/remboursement?o=%s\n\n"
            "Amazon.fr ne vous demandera jamais votre mot de passe par e-mail. Signalez les e-mails suspects.\n\nAmazon.fr\n" % (o, o))
    body = ("<p>Bonjour,</p>\n<p>Nous sommes d\u00e9sol\u00e9s\u00a0: l'article de votre commande n\u00b0 <b>%s</b> est en rupture de stock chez notre fournisseur et a \u00e9t\u00e9 annul\u00e9.</p>\n"
            "<table cellpadding=\"6\" style=\"font-size:13px;border:1px solid #eee;\">%s</table>\n"
            "<p>Pour recevoir votre remboursement de 319,99\u00a0\u20ac, veuillez confirmer vos coordonn\u00e9es bancaires sous 72\u00a0heures\u00a0:</p>\n"
            "<p><a href=\"https://amazon.fr.remboursements-clients.com/fr/remboursement?o=%s\">Recevoir mon remboursement</a></p>\n"
            "<p style=\"font-size:11px;color:#777;\">Amazon.fr ne vous demandera jamais votre mot de passe par e-mail. Signalez les e-mails suspects.</p>" % (o, items_html, o))
    mail("lookalike", L, "inventory_shortage", True, "spoofed From auto-confirm@amazon.fr, dkim/dmarc fail; refund link to amazon.fr.<evil>.com",
         ("Amazon.fr", "auto-confirm@amazon.fr"),
         "Votre commande Amazon.fr n\u00b0 %s a \u00e9t\u00e9 annul\u00e9e" % o,
         auth=("mx.example.net;\n\tdkim=fail (signature did not verify) header.d=amazon.fr;\n\tspf=fail smtp.mailfrom=noreply@mailer-srv-17.ru;\n"
               "\tdmarc=fail (p=QUARANTINE) header.from=amazon.fr"),
         pre_headers=[rcv("mailer-srv-17.ru", "194.87.31.202")],
         return_path="noreply@mailer-srv-17.ru", charset="iso-8859-15", text=text, html=phish_html(body, cs="iso-8859-15"), text_cte="quoted-printable")

    # ---------------- non-notices ----------------
    zo = "10%09d" % rng.randint(0, 999999999)
    text = ("Zalando\n\nBonjour Claire,\n\nNous sommes d\u00e9sol\u00e9s : l'article suivant de ta commande n\u00b0 %s n'est malheureusement plus disponible "
            "et a \u00e9t\u00e9 annul\u00e9.\n\n  Levi's 501 Original - Jean droit - stone wash, taille 28/32 - 109,95 \u20ac\n\n"
            "Tu as r\u00e9gl\u00e9 ta commande avec Amazon Pay. Le montant de 109,95 \u20ac sera recr\u00e9dit\u00e9 sur le moyen de paiement "
            "associ\u00e9 \u00e0 ton compte Amazon sous 3 \u00e0 5 jours ouvr\u00e9s. Tu verras le remboursement dans la rubrique \u00ab Amazon Pay \u00bb "
            "de ton compte Amazon.\n\nLes autres articles de ta commande seront exp\u00e9di\u00e9s normalement.\n\n"
            "\u00c0 tr\u00e8s vite sur Zalando !\n\nZalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlin\n" % zo)
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;\"><div style=\"max-width:600px;margin:auto;\">"
            "<img src=\"https://mosaic01.ztat.net/nvg/logo.png\" alt=\"Zalando\" width=\"120\">\n"
            "<h1 style=\"font-size:22px;\">Article annul\u00e9</h1>\n<p>Bonjour Claire,</p>\n"
            "<p>Nous sommes d\u00e9sol\u00e9s\u00a0: l'article suivant de ta commande n\u00b0 %s n'est malheureusement plus disponible et a \u00e9t\u00e9 annul\u00e9.</p>\n"
            "<p><b>Levi's 501 Original</b> - Jean droit - stone wash, 28/32<br>109,95\u00a0\u20ac</p>\n"
            "<p>Tu as r\u00e9gl\u00e9 ta commande avec <b>Amazon Pay</b>. Le montant de 109,95\u00a0\u20ac sera recr\u00e9dit\u00e9 sur le moyen de paiement associ\u00e9 "
            "\u00e0 ton compte Amazon sous 3 \u00e0 5 jours ouvr\u00e9s.</p>\n<p>Les autres articles de ta commande seront exp\u00e9di\u00e9s normalement.</p>\n"
            "<p style=\"font-size:11px;color:#888;\">Zalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlin</p></div></body></html>\n" % zo)
    mail("non_notice", L, None, False, "Zalando order item cancelled, paid with Amazon Pay",
         ("Zalando", "info@service-mail.zalando.fr"), "Un article de ta commande a \u00e9t\u00e9 annul\u00e9",
         auth=phish_auth("service-mail.zalando.fr", from_dom="service-mail.zalando.fr"),
         charset="utf-8", text=text, html=html, text_cte="quoted-printable")

    o = order_no()
    mail("non_notice", L, None, False, "friend says she cancelled her own Amazon order (quotes order no)",
         ("Isabelle Moreau", "isa.moreau76@gmail.com"), "Re: cadeau pour les 60 ans de papa",
         charset="utf-8", text_cte="8bit", headers=[("In-Reply-To", generic_msgid("example.net"))],
         text="Coucou Claire,\n\nBon, finalement j'ai annul\u00e9 ma commande Amazon pour la machine \u00e0 caf\u00e9 (la commande %s), "
              "elle n'arrivait qu'apr\u00e8s le 15 et Amazon m'a envoy\u00e9 la confirmation d'annulation ce matin. "
              "Je pense qu'on peut la prendre chez Boulanger samedi, ils l'ont en stock.\n\n"
              "Tu me dis si \u00e7a te va ? Et on partage en trois avec Julien comme pr\u00e9vu.\n\nBisous\nIsa\n\n"
              "Le mar. 5 mars 2024 \u00e0 19:02, Claire Dupont <claire.dupont@example.net> a \u00e9crit :\n"
              "> Tu as pu commander la machine ? Sinon je m'en occupe.\n" % o)

    body = ("<h1>Arnaques\u00a0: les faux e-mails \u00ab\u00a0commande annul\u00e9e\u00a0\u00bb se multiplient</h1>\n"
            "<p>Depuis plusieurs semaines, des milliers d'internautes re\u00e7oivent un message intitul\u00e9 "
            "<i>\u00ab\u00a0Votre commande Amazon n\u00b0 402-8839201-5567 a \u00e9t\u00e9 annul\u00e9e\u00a0\u00bb</i>. Le courriel pr\u00e9tend qu'un achat "
            "a \u00e9t\u00e9 bloqu\u00e9 pour activit\u00e9 suspecte et invite \u00e0 appeler un num\u00e9ro surtax\u00e9 ou \u00e0 \u00ab\u00a0v\u00e9rifier\u00a0\u00bb sa carte bancaire.</p>\n"
            "<h2>Comment les reconnaître\u00a0?</h2>\n<ul><li>l'adresse de l'exp\u00e9diteur ne se termine pas par amazon.fr\u00a0;</li>"
            "<li>le num\u00e9ro de commande n'a pas le bon format\u00a0;</li><li>on vous demande vos coordonn\u00e9es bancaires ou un code.</li></ul>\n"
            "<p>Amazon rappelle que ses vraies annulations apparaissent aussi dans \u00ab\u00a0Vos commandes\u00a0\u00bb. En cas de doute, connectez-vous vous-m\u00eame au site.</p>\n"
            "<p><a href=\"https://www.lettre-securite-numerique.example/articles/faux-mails-amazon\">Lire l'article complet</a></p>\n"
            "<hr><p style=\"font-size:11px;\">Vous recevez cette lettre car vous y \u00eates abonn\u00e9. <a href=\"https://www.lettre-securite-numerique.example/desabonnement\">Se d\u00e9sabonner</a></p>")
    mail("non_notice", L, None, False, "security newsletter about fake Amazon cancellation mails, quotes phishing subject",
         ("La Lettre S\u00e9curit\u00e9 Num\u00e9rique", "newsletter@lettre-securite-numerique.example"),
         "Alerte arnaque : \u00ab Votre commande Amazon a \u00e9t\u00e9 annul\u00e9e \u00bb, ne tombez pas dans le pi\u00e8ge",
         headers=[("List-Unsubscribe", "<https://www.lettre-securite-numerique.example/desabonnement>"), ("Precedence", "bulk")],
         charset="utf-8", html="<html><body style=\"font-family:Georgia,serif;max-width:640px;\">\n%s\n</body></html>\n" % body,
         html_cte="base64")

    o = order_no()
    items = [("Samsung WW90T534DAW Lave-linge hublot 9 kg, 1400 tr/min", 1, MP["amazon.fr"]["cur"](479.99), "Amazon")]
    paras = ["Le transporteur a annul\u00e9 votre rendez-vous de livraison pr\u00e9vu le jeudi 14 mars entre 8h et 13h pour la commande ci-dessous.",
             "Votre commande n'est pas annul\u00e9e. Veuillez choisir un nouveau cr\u00e9neau de livraison et d'installation afin que nous puissions vous livrer."]
    title = "Votre rendez-vous de livraison a \u00e9t\u00e9 annul\u00e9"
    notice(L, "amazon.fr", "order-update", "Amazon.fr", "Rendez-vous de livraison annul\u00e9 : choisissez un nouveau cr\u00e9neau",
           None, False, "amazon.fr delivery appointment cancelled, order still active", True, "utf-8",
           text=amazon_text("amazon.fr", title, "Bonjour Claire,", paras, o, None,
                            links=[("Choisir un nouveau cr\u00e9neau", "https://www.amazon.fr/gp/your-account/schedule-delivery?orderID=%s" % o)]),
           html=amazon_html("amazon.fr", "utf-8", title, "Bonjour Claire,", paras, o, None,
                            ("Choisir un nouveau cr\u00e9neau", "https://www.amazon.fr/gp/your-account/schedule-delivery?orderID=%s" % o)),
           kind="non_notice")

    paras = ["Votre abonnement Amazon Prime a \u00e9t\u00e9 annul\u00e9 comme vous l'avez demand\u00e9. Vous conservez vos avantages Prime jusqu'au 28 avril 2024.",
             "Apr\u00e8s cette date, vous ne b\u00e9n\u00e9ficierez plus de la livraison gratuite en un jour, de Prime Video ni d'Amazon Music Prime. Aucun autre paiement ne sera pr\u00e9lev\u00e9.",
             "Vous avez chang\u00e9 d'avis\u00a0? Vous pouvez r\u00e9activer votre abonnement \u00e0 tout moment dans G\u00e9rer mon abonnement Prime."]
    notice(L, "amazon.ca", "digital-no-reply", "Amazon Prime", "Votre abonnement Amazon Prime a \u00e9t\u00e9 annul\u00e9",
           None, False, "Prime membership cancelled (amazon.ca, French)", False, "utf-8",
           text=amazon_text("amazon.ca", "Confirmation d'annulation de l'abonnement Prime", "Bonjour Marc-Andr\u00e9,", paras, None, None,
                            links=[("G\u00e9rer mon abonnement Prime", "https://www.amazon.ca/gp/primecentral?language=fr_CA")]),
           text_cte="quoted-printable", kind="non_notice", to="marc-andre.tremblay@example.ca")

    o = order_no()
    items = [("De'Longhi Magnifica S ECAM 22.110.B Machine \u00e0 caf\u00e9 automatique", 1, MP["amazon.com.be"]["cur"](299.99), "Amazon")]
    paras = ["Nous n'avons pas pu obtenir l'autorisation de paiement pour votre commande n\u00b0 %s. La carte Mastercard se terminant par 0912 a \u00e9t\u00e9 refus\u00e9e par votre banque." % o,
             "Votre commande est toujours en attente. Pour qu'elle soit exp\u00e9di\u00e9e, veuillez mettre \u00e0 jour votre mode de paiement avant le 18 avril. Si nous ne recevons pas de mode de paiement valide d'ici cette date, votre commande sera annul\u00e9e.",
             "Pour mettre \u00e0 jour votre paiement, rendez-vous dans Vos commandes, s\u00e9lectionnez la commande puis \u00ab\u00a0Modifier le mode de paiement\u00a0\u00bb."]
    title = "Action requise\u00a0: mettez \u00e0 jour votre mode de paiement"
    notice(L, "amazon.com.be", "payments-messages", "Amazon.com.be",
           "Action requise : r\u00e9visez le paiement de votre commande Amazon.com.be n\u00b0 %s" % o,
           None, False, "payment reminder before any cancellation ('will be cancelled' if not updated)", True, "utf-8",
           text=amazon_text("amazon.com.be", title, "Bonjour Sophie,", paras, o, None),
           html=amazon_html("amazon.com.be", "utf-8", title, "Bonjour Sophie,", paras, o, items,
                            ("R\u00e9viser le paiement", "https://www.amazon.com.be/gp/css/order-history?orderFilter=payment-revision"),
                            items_heading="D\u00e9tails de la commande"),
           text_cte="quoted-printable", kind="non_notice", to="sophie.lambert@example.be")


# ==========================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# ==========================================================================

def spanish():
    L = "es"
    ES, MX = MP["amazon.es"]["cur"], MP["amazon.com.mx"]["cur"]
    # ---------------- notices ----------------
    o = order_no()
    items = [("Cecotec Robot Aspirador Conga 8290 Immortal Ultra Power Home X-Treme", 1, ES(249.00), "Amazon"),
             ("Cecotec Kit de recambios para Conga serie 8000", 1, ES(19.90), "Amazon")]
    paras = ["No hemos podido cobrar tu pedido porque la tarjeta Visa terminada en 2231 ha caducado.",
             "El 4 de abril te enviamos un aviso para que actualizaras el método de pago, pero no se ha realizado ninguna revisión del pago dentro del plazo indicado. Por este motivo, hemos cancelado tu pedido.",
             "No se ha realizado ningún cargo. Si todavía quieres estos productos, puedes volver a realizar el pedido en Amazon.es."]
    title = "Tu pedido ha sido cancelado"
    notice(L, "amazon.es", "payments-messages", "Amazon.es",
           "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
           "payment_issue", True, "expired card, payment revision not made in time", True, "utf-8",
           text=amazon_text("amazon.es", title, "Hola, Lucía:", paras, o, items),
           html=amazon_html("amazon.es", "utf-8", title, "Hola, Lucía:", paras, o, items,
                            ("Ver tus pedidos", "https://www.amazon.es/gp/css/order-history")),
           text_cte="quoted-printable", to="lucia.fernandez@example.es")

    o = order_no()
    items = [("The Legend of Zelda: Tears of the Kingdom - Edición Coleccionista - Nintendo Switch (Preventa)", 1, MX(2899.00), "Amazon México")]
    paras = ["Lamentamos informarte que no podremos surtir tu preventa del artículo que aparece abajo: el fabricante redujo el número de unidades asignadas a Amazon México y no recibiremos inventario suficiente para cubrir todos los pedidos.",
             "Por ello hemos cancelado este artículo de tu pedido. No se realizó ningún cargo a tu método de pago.",
             "Te pedimos una disculpa por las molestias."]
    notice(L, "amazon.com.mx", "order-update", "Amazon.com.mx",
           "Se canceló un artículo de tu pedido de Amazon.com.mx #%s" % o,
           "inventory_shortage", True, "pre-order cannot be fulfilled; text only latin-1", False, "iso-8859-1",
           text=amazon_text("amazon.com.mx", "Artículo cancelado", "Hola Alejandro,", paras, o, items,
                            links=[("Tus pedidos", "https://www.amazon.com.mx/gp/css/order-history")]),
           text_cte="quoted-printable", to="alejandro.ramirez@example.com.mx")

    o = order_no()
    items = [("Apple MacBook Air 15\" (M3, 16 GB RAM, 512 GB SSD) - Medianoche", 1, ES(1729.00), "Amazon")]
    paras = ["Tu pedido ha sido seleccionado para una revisión de seguridad. No hemos podido verificar la identidad del titular del método de pago utilizado, por lo que hemos cancelado el pedido y puesto tu cuenta en espera de forma temporal.",
             "Para desbloquear tu cuenta, inicia sesión en www.amazon.es escribiendo la dirección directamente en tu navegador y sigue las instrucciones que aparecen en pantalla. No respondas a este mensaje con datos personales: nunca te los pediremos por correo electrónico.",
             "No se ha realizado ningún cargo por este pedido."]
    notice(L, "amazon.es", "cs-reply", "Amazon.es",
           "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
           "fraud_prevention", True, "security review, identity not verified, account on hold; text base64", True, "utf-8",
           text=amazon_text("amazon.es", "Información importante sobre tu pedido", "Hola, Javier:", paras, o, items,
                            closing="Gracias por tu comprensión."),
           text_cte="base64", to="javier.molina@example.es")

    o = order_no()
    items = [("Bose QuietComfort Ultra Earbuds, audífonos inalámbricos con cancelación de ruido, negro", 1, MX(5999.00), "Amazon México")]
    paras = ["Cancelamos el siguiente artículo de tu pedido #%s según lo solicitaste." % o,
             "Motivo de la cancelación: Cancelado por el cliente",
             "Si ya se había realizado un cargo por este artículo, recibirás el reembolso en tu método de pago original en un plazo de 3 a 5 días hábiles."]
    title = "Cancelación correcta"
    notice(L, "amazon.com.mx", "auto-confirm", "Amazon.com.mx",
           "Cancelación correcta de artículos de tu pedido de Amazon.com.mx #%s" % o,
           "customer_request", True, "customer cancelled; multipart base64", False, "utf-8",
           text=amazon_text("amazon.com.mx", title, "Hola Alejandro,", paras, o, items),
           html=amazon_html("amazon.com.mx", "utf-8", title, "Hola Alejandro,", paras, o, items,
                            ("Tus pedidos", "https://www.amazon.com.mx/gp/css/order-history")),
           text_cte="base64", to="alejandro.ramirez@example.com.mx")

    o = order_no()
    items = [("Oral-B iO Series 9 Cepillo de dientes eléctrico, pack de 4 cabezales", 1, ES(59.99), "Amazon")]
    paras = ["Te escribimos en relación con tu pedido. Debido a un error en la información del producto publicada en nuestra página (la ficha indicaba un pack de 4 cepillos cuando el producto corresponde a un solo cepillo), hemos cancelado el artículo que aparece abajo.",
             "No se te ha cobrado nada por este artículo. Sentimos las molestias que este error haya podido ocasionarte."]
    title = "Artículo cancelado de tu pedido"
    notice(L, "amazon.es", "order-update", "Amazon.es",
           "Artículo cancelado de tu pedido de Amazon.es n.º %s" % o,
           "technical_issue", True, "listing error; HTML only QP", True, "utf-8",
           html=amazon_html("amazon.es", "utf-8", title, "Hola, Marta:", paras, o, items,
                            ("Ver detalles del pedido", "https://www.amazon.es/gp/your-account/order-details?orderID=%s" % o)),
           html_cte="quoted-printable", to="marta.gil@example.es")

    o = order_no()
    items = [("Weber Spirit E-325 GBS Barbacoa de gas, negro", 1, ES(899.00), "Amazon")]
    paras = ["Hemos cancelado tu pedido n.º %s porque el artículo no puede enviarse a la dirección de entrega seleccionada (Santa Cruz de Tenerife, Islas Canarias). Este producto contiene componentes que nuestras empresas de transporte no pueden llevar a esa dirección." % o,
             "No se ha realizado ningún cargo. Si dispones de otra dirección de entrega en la península, puedes volver a realizar el pedido."]
    notice(L, "amazon.es", "order-update", "Amazon.es",
           "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
           "unknown", True, "cannot ship to the delivery address (undeliverable); text 8bit", False, "utf-8",
           text=amazon_text("amazon.es", "Pedido cancelado", "Hola, Pablo:", paras, o, items),
           text_cte="8bit", to="pablo.hernandez@example.es")

    # ---------------- lookalikes ----------------
    mail("lookalike", L, "fraud_prevention", True, "callback phone number; hotmail sender; no valid order no",
         ("Amazon México Seguridad", "amazon.mx.seguridad@hotmail.com"),
         "Aviso: su pedido fue cancelado por actividad inusual",
         pre_headers=[rcv("NAM11-CO1-obe.outbound.protection.outlook.com", "40.107.220.81")],
         return_path="amazon.mx.seguridad@hotmail.com", charset="utf-8", text_cte="8bit",
         to="alejandro.ramirez@example.com.mx",
         text="Estimado cliente:\n\nDetectamos actividad inusual en su cuenta. Su pedido de una PlayStation 5 Slim por $10,499.00 MXN "
              "fue CANCELADO y el cargo quedó retenido en su tarjeta.\n\n"
              "Si usted no realizó esta compra, comuníquese de inmediato con nuestro Departamento de Fraudes al 55 8421 9930 "
              "(lunes a domingo, 24 horas) para liberar el cargo.\n\n"
              "Número de referencia: AMZ-MX-77412\n\nAtentamente,\nCentro de Seguridad Amazon\n")

    code = "%06d" % rng.randint(0, 999999)
    body = ("<p>Estimado/a cliente:</p>\n<p>Hemos <b>suspendido su cuenta</b> de Amazon debido a un intento de inicio de sesión desde un dispositivo desconocido. "
            "Como medida de seguridad, su pedido más reciente ha sido <b>cancelado</b>.</p>\n"
            "<p>Para restablecer su cuenta y recuperar su pedido, introduzca el siguiente código de verificación en nuestro portal:</p>\n"
            "<p style=\"font-size:28px;text-align:center;letter-spacing:6px;\"><b>%s</b></p>\n"
            "<p style=\"text-align:center;\"><a href=\"https://amazon-soporte-es.com/verificar?t=%s\" style=\"background:#ff9900;color:#fff;padding:10px 20px;text-decoration:none;\">Verificar ahora</a></p>\n"
            "<p>Si no lo hace en 24 horas, su cuenta se cerrará de forma permanente.</p>\n<p>Equipo de Amazon</p>" % (code, rhex(10)))
    mail("lookalike", L, "fraud_prevention", True, "Cyrillic a's in display name; account suspended + order cancelled + code",
         ("\u0410m\u0430zon", "cuenta@amazon-soporte-es.com"),
         "Su cuenta ha sido suspendida y su pedido cancelado",
         pre_headers=[rcv("mail.amazon-soporte-es.com", "91.215.85.40")],
         return_path="cuenta@amazon-soporte-es.com", charset="utf-8", html=phish_html(body, lang="es"), html_cte="quoted-printable")

    mail("lookalike", L, "payment_issue", True, "crude; reply with card details; gmail sender; malformed order no",
         ("Amazon España", "atencion.amazon.es@gmail.com"),
         "Pedido cancelado - pago rechazado",
         pre_headers=[rcv("mail-wr1-f66.google.com", "209.85.221.66")],
         return_path="atencion.amazon.es@gmail.com", charset="iso-8859-1", text_cte="quoted-printable",
         text="Hola,\n\nSu pedido 40-55182-9901 fue cancelado porque el pago a sido rechazado por su banco.\n\n"
              "Para volver a activar el pedido responda a este correo con los siguientes datos:\n\n"
              "Nombre completo:\nNumero de tarjeta:\nFecha de caducidad:\nCodigo CVV:\nDNI:\n\n"
              "Si no responde en 48 horas el pedido se perdera y su cuenta sera bloqueada.\n\nGracias\nAtencion al cliente Amazon\n")

    o = order_no()
    shown = "https://www.amazon.es/gp/css/order-history"
    href = "https://amazon-es.reembolsos-cliente.info/es/login?ref=%s" % rhex(16)
    text = ("Amazon.es\n\nHola:\n\nDebido a un error de precio en nuestra web, el artículo de tu pedido n.º %s se mostró a un precio incorrecto "
            "y el pedido ha sido cancelado.\n\nEl importe de 1.149,00 € se ha retenido en tu tarjeta. Para solicitar la devolución, accede a Mis pedidos:\n%s\n\n"
            "Atentamente,\nAmazon.es\n" % (o, href))
    body = ("<p style=\"font-size:18px;color:#c45500;\">Pedido cancelado</p>\n<p>Hola:</p>\n"
            "<p>Debido a un error de precio en nuestra web, el artículo de tu pedido n.º <b>%s</b> se mostró a un precio incorrecto y el pedido ha sido cancelado.</p>\n"
            "<table cellpadding=\"6\" style=\"border:1px solid #eee;font-size:13px;\"><tr><td>Samsung Galaxy S24 Ultra 256 GB</td><td>1</td><td>1.149,00\u00a0€</td></tr></table>\n"
            "<p>El importe se ha retenido en tu tarjeta. Para solicitar la devolución, accede a Mis pedidos:<br>"
            "<a href=\"%s\">%s</a></p>\n<p>Atentamente,<br>Amazon.es</p>" % (o, href, shown))
    mail("lookalike", L, "technical_issue", True, "polished; link text shows amazon.es, href to reembolsos-cliente.info",
         ("Amazon.es", "pedidos@amazon-es.reembolsos-cliente.info"),
         "Tu pedido de Amazon.es n.º %s ha sido cancelado" % o,
         auth=phish_auth("reembolsos-cliente.info", dkim="pass", spf="pass", dmarc="none", from_dom="amazon-es.reembolsos-cliente.info"),
         pre_headers=[rcv("smtp.reembolsos-cliente.info", "185.100.87.41")],
         return_path="bounce@reembolsos-cliente.info", charset="utf-8", text=text,
         html=phish_html(body, lang="es", footer="© 1996-2024, Amazon.com, Inc. o sus afiliados"), text_cte="quoted-printable",
         to="marta.gil@example.es")

    o = order_no()
    text = ("Hola,\n\nNo pudimos procesar el pago de tu pedido n.º %s. Tu pedido será cancelado en 12 horas si no actualizas tu método de pago.\n\n"
            "Actualizar pago: https://amazon.es.pedidos-verificacion.net/pago/%s\n\nAmazon.es\n" % (o, rhex(8)))
    body = ("<p>Hola,</p>\n<p>No pudimos procesar el pago de tu pedido n.º <b>%s</b>.</p>\n"
            "<p style=\"color:#b12704;\"><b>Tu pedido será cancelado en 12 horas</b> si no actualizas tu método de pago.</p>\n"
            "<p><a href=\"https://amazon.es.pedidos-verificacion.net/pago/%s\" style=\"background:#ffd814;padding:9px 20px;color:#111;text-decoration:none;\">Actualizar método de pago</a></p>\n"
            "<p>Gracias,<br>Amazon.es</p>" % (o, rhex(8)))
    mail("lookalike", L, "payment_issue", True, "Greek omicron in display name; amazon.es.<evil>.net; 'will be cancelled' unless payment updated",
         ("Amaz\u03bfn.es", "avisos@amazon.es.pedidos-verificacion.net"),
         "Acción necesaria: tu pedido será cancelado",
         pre_headers=[rcv("mx1.pedidos-verificacion.net", "193.42.33.18")],
         return_path="avisos@amazon.es.pedidos-verificacion.net", charset="utf-8", text=text,
         html=phish_html(body, lang="es"), text_cte="base64", to="lucia.fernandez@example.es")

    body = ("<p>Estimado cliente,</p>\n<p>Le informamos que el producto de su orden <b>#114-339201-88271</b> se encuentra <b>agotado</b> y su pedido fue cancelado.</p>\n"
            "<p>Para recibir el reembolso de <b>$8,999.00 MXN</b> debe confirmar sus datos bancarios (CLABE y tarjeta) en el siguiente enlace:</p>\n"
            "<p><a href=\"http://amaz0n-mx.com/reembolso\">http://amaz0n-mx.com/reembolso</a></p>\n<p>Amazon México</p>")
    mail("lookalike", L, "inventory_shortage", True, "amaz0n-mx.com domain; out-of-stock bait; malformed order no; HTML only 8bit",
         ("Amazon México", "reembolsos@amaz0n-mx.com"),
         "Su pedido fue cancelado: producto agotado",
         pre_headers=[rcv("amaz0n-mx.com", "172.245.19.88")],
         return_path="reembolsos@amaz0n-mx.com", charset="utf-8", html=phish_html(body, lang="es"), html_cte="8bit",
         to="alejandro.ramirez@example.com.mx")

    mail("lookalike", L, "unknown", False, "crude; yahoo sender; no order no, no reason",
         ("Amazon", "amazon.pedidos2024@yahoo.es"),
         "SU PEDIDO HA SIDO CANCELADO",
         pre_headers=[rcv("sonic301-22.consmr.mail.ir2.yahoo.com", "77.238.177.146")],
         return_path="amazon.pedidos2024@yahoo.es", charset="windows-1252", text_cte="8bit",
         text="SU PEDIDO HA SIDO CANCELADO\n\nPulse aquí para ver los detalles y recibir su reembolso:\nhttp://tinyurl.com/amzn-es-reemb\n\n"
              "Tiene 24 horas.\n\nAmazon\u2122 España\n")

    o = order_no()
    href = "https://amazon-pedidos.help/es/anular-cancelacion?o=%s" % o
    text = ("Amazon.es\n\nHola:\n\nHemos recibido tu solicitud de cancelación del pedido n.º %s (iPhone 15, 128 GB, 959,00 €). "
            "La cancelación se ha procesado correctamente.\n\nSi no has solicitado esta cancelación, es posible que alguien haya accedido a tu cuenta. "
            "Anula la cancelación y protege tu cuenta aquí:\n%s\n\nAmazon.es\n" % (o, href))
    body = ("<p style=\"font-size:18px;color:#c45500;\">Cancelación correcta</p>\n<p>Hola:</p>\n"
            "<p>Hemos recibido tu solicitud de cancelación del pedido n.º <b>%s</b>. La cancelación se ha procesado correctamente.</p>\n"
            "<p><i>Motivo de la cancelación: Cancelado por el cliente</i></p>\n"
            "<table cellpadding=\"6\" style=\"border:1px solid #eee;font-size:13px;\"><tr><td>Apple iPhone 15 (128 GB) - Negro</td><td>1</td><td>959,00\u00a0€</td></tr></table>\n"
            "<p>¿No has sido tú? Es posible que alguien haya accedido a tu cuenta. "
            "<a href=\"%s\">Anula la cancelación y protege tu cuenta</a>.</p>\n<p>Amazon.es</p>" % (o, href))
    mail("lookalike", L, "customer_request", True, "polished; claims customer cancellation, 'not you? click'; look-alike domain with passing own DKIM",
         ("Amazon.es", "auto-confirm@amazon-pedidos.help"),
         "Cancelación correcta de tu pedido de Amazon.es n.º %s" % o,
         auth=phish_auth("amazon-pedidos.help"),
         pre_headers=[rcv("out.amazon-pedidos.help", "45.88.90.112")],
         return_path="bounce@amazon-pedidos.help", charset="utf-8", text=text,
         html=phish_html(body, lang="es", footer="Amazon EU S.à r.l., Sucursal en España"), text_cte="quoted-printable",
         to="javier.molina@example.es")

    # ---------------- non-notices ----------------
    mo = "%010d" % rng.randint(0, 9999999999)
    text = ("MediaMarkt\n\nHola Lucía,\n\nTu pedido %s ha sido cancelado porque el producto ya no está disponible en nuestro almacén.\n\n"
            "  Apple AirPods Pro (2.ª generación) con estuche MagSafe USB-C - 249,00 €\n\n"
            "Pagaste con Amazon Pay: el reembolso de 249,00 € se realizará en el método de pago asociado a tu cuenta de Amazon en un plazo de 3 a 5 días hábiles.\n\n"
            "Gracias por confiar en MediaMarkt.\n\nMedia Markt Saturn Administración España, S.A.U. - Av. Fuente Nueva 12, 28703 San Sebastián de los Reyes\n" % mo)
    html = ("<html><body style=\"font-family:Arial,sans-serif;\"><div style=\"max-width:600px;margin:auto;\">\n"
            "<div style=\"background:#df0000;padding:12px;color:#fff;font-size:20px;font-weight:bold;\">MediaMarkt</div>\n"
            "<h2>Pedido cancelado</h2><p>Hola Lucía,</p>\n<p>Tu pedido <b>%s</b> ha sido cancelado porque el producto ya no está disponible en nuestro almacén.</p>\n"
            "<p>Apple AirPods Pro (2.ª generación) con estuche MagSafe USB-C — 249,00\u00a0€</p>\n"
            "<p>Pagaste con <b>Amazon Pay</b>: el reembolso se realizará en el método de pago asociado a tu cuenta de Amazon en un plazo de 3 a 5 días hábiles.</p>\n"
            "<p style=\"font-size:11px;color:#777;\">Media Markt Saturn Administración España, S.A.U.</p></div></body></html>\n" % mo)
    mail("non_notice", L, None, False, "MediaMarkt order cancelled, paid with Amazon Pay",
         ("MediaMarkt", "noreply@mediamarkt.es"), "Tu pedido %s ha sido cancelado" % mo,
         auth=phish_auth("mediamarkt.es"), charset="utf-8", text=text, html=html, text_cte="quoted-printable",
         to="lucia.fernandez@example.es")

    eo = "%02d-%05d-%05d" % (rng.randint(10, 99), rng.randint(0, 99999), rng.randint(0, 99999))
    mail("non_notice", L, None, False, "eBay seller cancelled; seller says item sold on Amazon first",
         ("eBay", "ebay@ebay.es"), "El vendedor ha cancelado tu pedido",
         auth=phish_auth("ebay.es"), charset="utf-8", text_cte="quoted-printable", to="pablo.hernandez@example.es",
         text="eBay\n\nHola pablo_h84:\n\nEl vendedor electro-outlet-madrid ha cancelado tu pedido.\n\n"
              "Artículo: Cafetera superautomática Philips EP2231/40 - NUEVA\nN.º de pedido: %s\nImporte: 289,00 €\n\n"
              "Mensaje del vendedor: \"Lo siento mucho, la última unidad se vendió en nuestra tienda de Amazon unos minutos antes y el stock no se actualizó a tiempo.\"\n\n"
              "Motivo de la cancelación: Artículo agotado\n\nRecibirás el reembolso completo en el método de pago original en un plazo de 3 a 5 días hábiles.\n\n"
              "Copyright © 1995-2024 eBay Inc. Todos los derechos reservados.\n" % eo)

    o = order_no()
    mail("non_notice", L, None, False, "colleague says she cancelled the office Amazon order",
         ("Daniela Ortiz", "daniela.ortiz@constructora-ejemplo.com.mx"), "RE: sillas para la sala de juntas",
         charset="utf-8", text_cte="8bit", to="alejandro.ramirez@example.com.mx",
         headers=[("In-Reply-To", generic_msgid("example.com.mx"))],
         text="Hola Alex,\n\nYa cancelé el pedido de Amazon de las sillas (el %s). Me avisaron de compras que el proveedor de siempre "
              "nos las deja más baratas con factura, así que mejor se las pedimos a ellos.\n\n"
              "Amazon ya me mandó el correo de confirmación de la cancelación y el reembolso llega a la tarjeta corporativa en unos días.\n\n"
              "Saludos,\nDaniela Ortiz\nCoordinación Administrativa\n\n"
              "-----Mensaje original-----\nDe: Alejandro Ramírez\nEnviado: martes, 9 de abril de 2024 10:12\n"
              "Asunto: sillas para la sala de juntas\n\n¿Ya llegaron las sillas que pedimos en Amazon?\n" % o)

    body = ("<h1 style=\"font-size:24px;\">¿Por qué Amazon cancela mi pedido? 5 motivos y qué hacer</h1>\n"
            "<p>Si alguna vez has recibido un correo con el asunto <i>«Tu pedido de Amazon.es n.º … ha sido cancelado»</i>, no eres el único. Estos son los motivos más habituales:</p>\n"
            "<ol><li><b>Falta de stock</b>: el vendedor no puede servir el producto.</li>\n<li><b>Problemas con el pago</b>: tarjeta caducada o rechazada.</li>\n"
            "<li><b>Errores de precio</b> en la ficha del producto.</li>\n<li><b>Revisiones de seguridad</b> de la cuenta.</li>\n<li><b>Dirección no válida</b>.</li></ol>\n"
            "<p>Cuidado: los estafadores copian este tipo de correos. Comprueba siempre el remitente y entra en «Mis pedidos» escribiendo tú mismo la dirección.</p>\n"
            "<p><a href=\"https://www.blogdecompras.example/amazon-cancela-pedido\">Leer el artículo completo</a> · "
            "<a href=\"https://www.blogdecompras.example/baja\">Darse de baja</a></p>")
    mail("non_notice", L, None, False, "blog newsletter explaining why Amazon cancels orders, quotes the subject line",
         ("Blog de Compras Online", "boletin@blogdecompras.example"), "Nuevo artículo: ¿Por qué Amazon cancela mi pedido?",
         headers=[("List-Unsubscribe", "<https://www.blogdecompras.example/baja>"), ("Precedence", "bulk")],
         charset="utf-8", html="<html><body style=\"font-family:Verdana,sans-serif;max-width:640px;\">\n%s\n</body></html>\n" % body,
         html_cte="base64", to="marta.gil@example.es")

    paras = ["Tu membresía de Kindle Unlimited se canceló. Podrás seguir leyendo los títulos que tengas prestados hasta el 30 de mayo de 2024.",
             "Después de esa fecha, los libros de Kindle Unlimited se devolverán automáticamente y ya no se te cobrará la cuota mensual de $169.00 MXN.",
             "¿Cambiaste de opinión? Puedes volver a suscribirte en cualquier momento desde Administrar tu membresía de Kindle Unlimited."]
    notice(L, "amazon.com.mx", "digital-no-reply", "Amazon Kindle", "Se canceló tu membresía de Kindle Unlimited",
           None, False, "Kindle Unlimited subscription cancelled (amazon.com.mx)", False, "utf-8",
           text=amazon_text("amazon.com.mx", "Confirmación de cancelación", "Hola Alejandro,", paras, None, None,
                            links=[("Administrar tu membresía", "https://www.amazon.com.mx/kindle-dbs/ku/ku-central")]),
           text_cte="quoted-printable", kind="non_notice", to="alejandro.ramirez@example.com.mx")

    o = order_no()
    items = [("Rowenta X-Force Flex 11.60 Aspirador escoba sin cable", 1, ES(379.99), "Amazon")]
    paras = ["No hemos podido procesar el pago de tu pedido n.º %s: tu banco ha rechazado la tarjeta Mastercard terminada en 7730." % o,
             "Tu pedido sigue activo. Para que podamos enviarlo, revisa el pago antes del 22 de abril. Si no actualizamos tu método de pago antes de esa fecha, tu pedido se cancelará.",
             "Para revisar el pago, ve a Mis pedidos, selecciona el pedido y haz clic en «Revisar pago»."]
    title = "Revisa tu método de pago"
    notice(L, "amazon.es", "payments-messages", "Amazon.es",
           "Acción necesaria: revisa el pago de tu pedido de Amazon.es n.º %s" % o,
           None, False, "payment reminder before cancellation ('se cancelará' if not revised)", True, "utf-8",
           text=amazon_text("amazon.es", title, "Hola, Pablo:", paras, o, items, items_heading="Detalles del pedido"),
           html=amazon_html("amazon.es", "utf-8", title, "Hola, Pablo:", paras, o, items,
                            ("Revisar pago", "https://www.amazon.es/gp/css/order-history?orderFilter=payment-revision"),
                            items_heading="Detalles del pedido"),
           text_cte="quoted-printable", kind="non_notice", to="pablo.hernandez@example.es")


# ==========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ==========================================================================

def portuguese():
    L = "pt"
    BR = MP["amazon.com.br"]["cur"]
    K = "amazon.com.br"
    # ---------------- notices ----------------
    o = order_no()
    items = [("Air Fryer Mondial Family Inox AFN-40-FI, 4L, 1500W, 127V", 1, BR(389.90), "Casa & Cozinha Distribuidora")]
    paras = ["Infelizmente, o vendedor parceiro Casa & Cozinha Distribuidora não conseguiu atender ao item abaixo porque ele está sem estoque. Por isso, o item foi cancelado do seu pedido.",
             "Você não será cobrado por este item. Caso o valor já tenha sido debitado, o reembolso será feito na mesma forma de pagamento em até 7 dias úteis.",
             "Os demais itens do seu pedido, se houver, continuam com o envio normal."]
    title = "Item cancelado do seu pedido"
    notice(L, K, "order-update", "Amazon.com.br",
           "Um item foi cancelado do seu pedido na Amazon.com.br nº %s" % o,
           "inventory_shortage", True, "marketplace seller out of stock", True, "utf-8",
           text=amazon_text(K, title, "Olá, Fernanda,", paras, o, items),
           html=amazon_html(K, "utf-8", title, "Olá, Fernanda,", paras, o, items,
                            ("Ver seus pedidos", "https://www.amazon.com.br/gp/css/order-history")),
           text_cte="quoted-printable", to="fernanda.souza@example.com.br")

    o = order_no()
    items = [("Smartphone Motorola Moto G84 5G 256GB, 8GB RAM, Grafite", 1, BR(1399.00), "Amazon.com.br")]
    paras = ["O pagamento do seu pedido não foi autorizado pela administradora do cartão Mastercard com final 5521.",
             "Enviamos um aviso em 2 de maio pedindo a revisão do pagamento, mas a forma de pagamento não foi atualizada dentro do prazo. Por esse motivo, seu pedido foi cancelado.",
             "Nenhum valor foi cobrado. Se ainda quiser o produto, faça um novo pedido em www.amazon.com.br."]
    notice(L, K, "payments-messages", "Amazon.com.br",
           "Seu pedido na Amazon.com.br nº %s foi cancelado" % o,
           "payment_issue", True, "card not authorised, revision deadline missed; text latin-1", False, "iso-8859-1",
           text=amazon_text(K, "Pedido cancelado", "Olá, Ricardo,", paras, o, items,
                            links=[("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")]),
           text_cte="quoted-printable", to="ricardo.alves@example.com.br")

    o = order_no()
    items = [("Monitor Gamer LG UltraGear 27GR75Q 27\" QHD IPS 165Hz", 1, BR(1299.00), "Amazon.com.br")]
    paras = ["Identificamos um erro de sistema durante o processamento do seu pedido, que impediu a sua conclusão corretamente. Por isso, o pedido foi cancelado.",
             "Nenhum valor foi cobrado. Caso tenha visto uma pré-autorização na fatura do cartão, ela será liberada automaticamente pelo banco emissor.",
             "Pedimos desculpas pelo transtorno. Você pode fazer o pedido novamente a qualquer momento."]
    title = "Seu pedido foi cancelado"
    notice(L, K, "order-update", "Amazon.com.br",
           "Seu pedido na Amazon.com.br nº %s foi cancelado" % o,
           "technical_issue", True, "system processing error; HTML only base64", True, "utf-8",
           html=amazon_html(K, "utf-8", title, "Olá, Bruno,", paras, o, items,
                            ("Comprar novamente", "https://www.amazon.com.br/gp/buyagain")),
           html_cte="base64", to="bruno.lima@example.com.br")

    o = order_no()
    items = [("Console PlayStation 5 Slim Edição Digital", 2, BR(3599.00), "Amazon.com.br"),
             ("Cartão Presente Digital PlayStation Store R$ 250", 4, BR(250.00), "Amazon.com.br")]
    paras = ["Seu pedido foi selecionado para uma análise de segurança e não conseguimos verificar as informações da sua conta e da forma de pagamento. Para sua proteção, cancelamos o pedido e bloqueamos temporariamente sua conta.",
             "Para reativar a conta, acesse www.amazon.com.br digitando o endereço diretamente no navegador, faça login e siga as instruções exibidas na tela. Não responda a este e-mail com dados pessoais.",
             "Nenhum valor foi cobrado por este pedido."]
    title = "Pedido cancelado: verificação da conta"
    notice(L, K, "cs-reply", "Amazon.com.br",
           "Seu pedido na Amazon.com.br nº %s foi cancelado" % o,
           "fraud_prevention", True, "security review, account temporarily locked; multipart 8bit", False, "utf-8",
           text=amazon_text(K, title, "Olá, Camila,", paras, o, items, closing="Agradecemos a compreensão."),
           html=amazon_html(K, "utf-8", title, "Olá, Camila,", paras, o, items, None, closing="Agradecemos a compreensão."),
           text_cte="8bit", to="camila.rocha@example.com.br")

    o = order_no()
    items = [("Kindle Paperwhite 16 GB - Tela de 6,8\" e luz ajustável - Preto", 1, BR(899.00), "Amazon.com.br")]
    paras = ["Você cancelou o pedido nº %s. Confirmamos que o cancelamento foi concluído com sucesso." % o,
             "Motivo do cancelamento: Cancelado pelo cliente",
             "Se você já tiver sido cobrado, o reembolso será feito na forma de pagamento original. Pagamentos via Pix são estornados em até 2 dias úteis."]
    notice(L, K, "auto-confirm", "Amazon.com.br",
           "Cancelamento bem-sucedido do seu pedido na Amazon.com.br nº %s" % o,
           "customer_request", True, "customer cancelled; text only QP", True, "utf-8",
           text=amazon_text(K, "Cancelamento concluído", "Olá, Fernanda,", paras, o, items),
           text_cte="quoted-printable", to="fernanda.souza@example.com.br")

    o = order_no()
    items = [("Jogo de Panelas Tramontina Turim 10 Peças Antiaderente", 1, BR(459.90), "Amazon.com.br")]
    paras = ["Informamos que o seu pedido nº %s, realizado em 18 de março, foi cancelado." % o,
             "Nenhum valor será cobrado. Se algum valor já tiver sido debitado, ele será devolvido integralmente na forma de pagamento original.",
             "Em caso de dúvidas, visite a nossa página de Ajuda: https://www.amazon.com.br/gp/help/customer/display.html"]
    title = "Seu pedido foi cancelado"
    notice(L, K, "no-reply", "Amazon.com.br", "Informações da Amazon.com.br",
           "unknown", False, "bulk-style subject, no reason given; cp1252 multipart", False, "windows-1252",
           text=amazon_text(K, title, "Olá, Ricardo,", paras, o, items),
           html=amazon_html(K, "windows-1252", title, "Olá, Ricardo,", paras, o, items,
                            ("Seus pedidos", "https://www.amazon.com.br/gp/css/order-history")),
           text_cte="quoted-printable", to="ricardo.alves@example.com.br")

    # ---------------- lookalikes ----------------
    mail("lookalike", L, "fraud_prevention", True, "callback phone number; gmail sender; no order no",
         ("Central de Segurança Amazon", "central.amazon.brasil@gmail.com"),
         "URGENTE: Seu pedido foi cancelado por suspeita de fraude",
         pre_headers=[rcv("mail-qt1-f178.google.com", "209.85.160.178")],
         return_path="central.amazon.brasil@gmail.com", charset="utf-8", text_cte="8bit", to="fernanda.souza@example.com.br",
         text="Prezado(a) cliente,\n\nIdentificamos uma compra suspeita em sua conta: iPhone 15 Pro 256GB no valor de R$ 9.299,00. "
              "O pedido foi CANCELADO por suspeita de fraude, mas o valor continua reservado no seu cartão.\n\n"
              "Para estornar o valor, ligue AGORA para a nossa Central Antifraude: 0800 591 2231 ou (11) 4003-8712.\n\n"
              "Protocolo: BR-2024-558201\n\nAtenciosamente,\nEquipe de Segurança Amazon Brasil\n")

    code = "%03d-%03d" % (rng.randint(0, 999), rng.randint(0, 999))
    body = ("<p>Prezado cliente,</p>\n<p>Sua conta Amazon foi <b>suspensa temporariamente</b> após tentativas de acesso não reconhecidas, e seu último pedido foi <b>cancelado</b>.</p>\n"
            "<p>Para reativar a conta e liberar o pedido, informe o código abaixo na página de verificação:</p>\n"
            "<p style=\"font-size:26px;text-align:center;letter-spacing:5px;\"><b>%s</b></p>\n"
            "<p style=\"text-align:center;\"><a href=\"https://amazon-seguranca-br.com/reativar?c=%s\" style=\"background:#ff9900;color:#fff;padding:10px 22px;text-decoration:none;\">Reativar minha conta</a></p>\n"
            "<p>O código expira em 6 horas.</p>\n<p>Equipe Amazon</p>" % (code, rhex(10)))
    mail("lookalike", L, "fraud_prevention", True, "Cyrillic o in display name; suspended + cancelled + code",
         ("Amaz\u043en.com.br", "seguranca@amazon-seguranca-br.com"),
         "Conta suspensa - pedido cancelado",
         pre_headers=[rcv("vps.amazon-seguranca-br.com", "179.43.160.9")],
         return_path="seguranca@amazon-seguranca-br.com", charset="utf-8", html=phish_html(body, lang="pt"), html_cte="quoted-printable",
         to="camila.rocha@example.com.br")

    mail("lookalike", L, "payment_issue", True, "crude; reply with card details; outlook sender; malformed order no",
         ("Amazon Brasil", "amazon.brasil.pedidos@outlook.com"),
         "Pagamento recusado - pedido cancelado",
         pre_headers=[rcv("BRA01-CP2-obe.outbound.protection.outlook.com", "40.107.100.58")],
         return_path="amazon.brasil.pedidos@outlook.com", charset="iso-8859-1", text_cte="8bit", to="ricardo.alves@example.com.br",
         text="Ola,\n\nSeu pedido 123-456-789 foi cancelado pois o pagamento foi recusado pelo banco.\n\n"
              "Para reativar responda este e-mail com:\n\nNome completo\nCPF\nNúmero do cartão\nValidade\nCódigo de segurança (CVV)\n\n"
              "Caso não responda em 24h sua conta sera encerrada.\n\nObrigado\nAtendimento Amazon\n")

    o = order_no()
    shown = "https://www.amazon.com.br/gp/css/order-history"
    href = "https://amazon-reembolso.help/br/entrar?sid=%s" % rhex(20)
    text = ("Amazon.com.br\n\nOlá,\n\nO produto do seu pedido nº %s está indisponível no momento e o pedido foi cancelado.\n\n"
            "Para receber o reembolso de R$ 2.199,00, acesse Seus pedidos e confirme a forma de reembolso em até 48 horas:\n%s\n\n"
            "A Amazon nunca pede sua senha por e-mail.\n\nAmazon.com.br\n" % (o, href))
    body = ("<p style=\"font-size:18px;color:#c45500;\">Pedido cancelado</p>\n<p>Olá,</p>\n"
            "<p>O produto do seu pedido nº <b>%s</b> está indisponível no momento e o pedido foi cancelado.</p>\n"
            "<table cellpadding=\"6\" style=\"border:1px solid #eee;font-size:13px;\"><tr><td>Smart TV Samsung 55\" Crystal UHD 4K</td><td>1</td><td>R$\u00a02.199,00</td></tr></table>\n"
            "<p>Para receber o reembolso, acesse Seus pedidos e confirme a forma de reembolso em até 48 horas:<br>"
            "<a href=\"%s\">%s</a></p>\n<p style=\"font-size:11px;color:#777;\">A Amazon nunca pede sua senha por e-mail.</p>" % (o, href, shown))
    mail("lookalike", L, "inventory_shortage", True, "polished; link text shows amazon.com.br, href to amazon-reembolso.help; own DKIM passes",
         ("Amazon.com.br", "pedidos@amazon-reembolso.help"),
         "Seu pedido na Amazon.com.br nº %s foi cancelado" % o,
         auth=phish_auth("amazon-reembolso.help"),
         pre_headers=[rcv("mta1.amazon-reembolso.help", "193.233.20.54")],
         return_path="bounce@amazon-reembolso.help", charset="utf-8", text=text,
         html=phish_html(body, lang="pt", footer="Amazon Serviços de Varejo do Brasil Ltda."), text_cte="quoted-printable",
         to="bruno.lima@example.com.br")

    o = order_no()
    text = ("Olá,\n\nNão identificamos o pagamento do boleto referente ao pedido nº %s. Seu pedido será cancelado hoje às 23h59 "
            "caso o pagamento não seja efetuado.\n\nGere a 2ª via do boleto: https://amazon.com.br.boleto-segunda-via.xyz/2via/%s\n\nAmazon.com.br\n" % (o, rhex(8)))
    body = ("<p>Olá,</p>\n<p>Não identificamos o pagamento do boleto referente ao pedido nº <b>%s</b>.</p>\n"
            "<p style=\"color:#b12704;\"><b>Seu pedido será cancelado hoje às 23h59</b> caso o pagamento não seja efetuado.</p>\n"
            "<p><a href=\"https://amazon.com.br.boleto-segunda-via.xyz/2via/%s\" style=\"background:#ffd814;padding:9px 20px;color:#111;text-decoration:none;\">Gerar 2ª via do boleto</a></p>\n"
            "<p>Amazon.com.br</p>" % (o, rhex(8)))
    mail("lookalike", L, "payment_issue", True, "Greek Alpha in display name; amazon.com.br.<evil>.xyz; 'will be cancelled' unless new boleto paid",
         ("\u0391mazon", "cobranca@amazon.com.br.boleto-segunda-via.xyz"),
         "Último aviso: seu pedido será cancelado hoje",
         pre_headers=[rcv("mail.boleto-segunda-via.xyz", "62.204.41.77")],
         return_path="cobranca@amazon.com.br.boleto-segunda-via.xyz", charset="utf-8", text=text,
         html=phish_html(body, lang="pt"), text_cte="base64", to="camila.rocha@example.com.br")

    body = ("<p>Caro cliente,</p>\n<p>Devido a um <b>erro no nosso sistema</b>, seu pedido <b>#702-88123-9912</b> foi cancelado automaticamente.</p>\n"
            "<p>Para reprocessar o pedido sem custo adicional, confirme seus dados de cadastro e do cartão:</p>\n"
            "<p><a href=\"http://amaz0n-br.com/reprocessar\">Confirmar dados</a></p>\n<p>Amazon Brasil</p>")
    mail("lookalike", L, "technical_issue", True, "amaz0n-br.com domain; system-error bait; malformed order no; HTML only 8bit",
         ("Amazon Brasil", "pedidos@amaz0n-br.com"),
         "Erro no sistema: seu pedido foi cancelado",
         pre_headers=[rcv("amaz0n-br.com", "103.27.108.196")],
         return_path="pedidos@amaz0n-br.com", charset="utf-8", html=phish_html(body, lang="pt"), html_cte="8bit",
         to="bruno.lima@example.com.br")

    mail("lookalike", L, "unknown", False, "crude; yahoo sender; no order no, no reason",
         ("AMAZON", "amazon.reembolso.br@yahoo.com.br"),
         "seu pedido foi cancelado!!",
         pre_headers=[rcv("sonic309-21.consmr.mail.gq1.yahoo.com", "98.137.68.84")],
         return_path="amazon.reembolso.br@yahoo.com.br", charset="windows-1252", text_cte="quoted-printable",
         to="fernanda.souza@example.com.br",
         text="SEU PEDIDO FOI CANCELADO\n\nclique aqui p/ receber seu reembolso via PIX: https://encurtador.com.br/amzReemb\n\n"
              "valido só hoje\n\nAmazon\u2122\n")

    o = order_no()
    text = ("Amazon.com.br\n\nOlá,\n\nRecebemos sua solicitação e o pedido nº %s foi cancelado.\nMotivo do cancelamento: Cancelado pelo cliente\n\n"
            "Não foi você? Clique no link abaixo para reverter o cancelamento e proteger sua conta:\n"
            "https://amazon.com.br.reverter-cancelamento.online/?o=%s\n\nAmazon.com.br\n" % (o, o))
    body = ("<p style=\"font-size:18px;color:#c45500;\">Cancelamento bem-sucedido</p>\n<p>Olá,</p>\n"
            "<p>Recebemos sua solicitação e o pedido nº <b>%s</b> foi cancelado.</p>\n<p><i>Motivo do cancelamento: Cancelado pelo cliente</i></p>\n"
            "<table cellpadding=\"6\" style=\"border:1px solid #eee;font-size:13px;\"><tr><td>Notebook Dell Inspiron 15 i7 16GB 512GB SSD</td><td>1</td><td>R$\u00a05.499,00</td></tr></table>\n"
            "<p>Não foi você? <a href=\"https://amazon.com.br.reverter-cancelamento.online/?o=%s\">Reverta o cancelamento e proteja sua conta</a>.</p>" % (o, o))
    mail("lookalike", L, "customer_request", True, "spoofed From auto-confirm@amazon.com.br, dkim/dmarc fail; 'not you? click'",
         ("Amazon.com.br", "auto-confirm@amazon.com.br"),
         "Cancelamento bem-sucedido do seu pedido na Amazon.com.br nº %s" % o,
         auth=("mx.example.net;\n\tdkim=none;\n\tspf=softfail (domain of transitioning noreply@srv-mail-441.online does not designate 31.41.244.12 as permitted sender) smtp.mailfrom=noreply@srv-mail-441.online;\n"
               "\tdmarc=fail (p=QUARANTINE) header.from=amazon.com.br"),
         pre_headers=[rcv("srv-mail-441.online", "31.41.244.12")],
         return_path="noreply@srv-mail-441.online", charset="utf-8", text=text, html=phish_html(body, lang="pt"),
         text_cte="quoted-printable", to="ricardo.alves@example.com.br")

    # ---------------- non-notices ----------------
    mlo = "2000%09d" % rng.randint(0, 999999999)
    text = ("Mercado Livre\n\nOlá, Bruno!\n\nSua compra foi cancelada pelo vendedor.\n\n"
            "Produto: Cadeira Gamer ThunderX3 TGC12 Preta\nCompra nº %s\nValor: R$ 1.049,90\n\n"
            "Mensagem do vendedor: \"Bruno, pedimos desculpas. A última unidade foi vendida no nosso anúncio da Amazon e o estoque não sincronizou a tempo.\"\n\n"
            "O dinheiro será devolvido integralmente ao seu cartão em até 2 faturas. Se você pagou com Pix ou saldo, o valor volta na hora para sua conta do Mercado Pago.\n\n"
            "Mercado Livre - Av. das Nações Unidas, 3.003, Osasco/SP\n" % mlo)
    html = ("<html><body style=\"font-family:Arial,sans-serif;background:#ededed;\"><div style=\"max-width:600px;margin:auto;background:#fff;padding:20px;\">\n"
            "<div style=\"background:#fff159;padding:10px;font-weight:bold;\">mercado livre</div>\n"
            "<h2>Sua compra foi cancelada pelo vendedor</h2>\n<p>Olá, Bruno!</p>\n"
            "<p><b>Cadeira Gamer ThunderX3 TGC12 Preta</b><br>Compra nº %s — R$\u00a01.049,90</p>\n"
            "<p>Mensagem do vendedor: <i>“Bruno, pedimos desculpas. A última unidade foi vendida no nosso anúncio da Amazon e o estoque não sincronizou a tempo.”</i></p>\n"
            "<p>O dinheiro será devolvido integralmente ao seu cartão em até 2 faturas.</p>\n</div></body></html>\n" % mlo)
    mail("non_notice", L, None, False, "Mercado Livre purchase cancelled by seller; seller mentions Amazon listing",
         ("Mercado Livre", "info@mercadolivre.com.br"), "Sua compra foi cancelada",
         auth=phish_auth("mercadolivre.com.br"), charset="utf-8", text=text, html=html, text_cte="quoted-printable",
         to="bruno.lima@example.com.br")

    o = order_no()
    mail("non_notice", L, None, False, "friend says he cancelled his Amazon order",
         ("Thiago Mendes", "thiago.mendes88@gmail.com"), "Re: presente do amigo secreto",
         charset="utf-8", text_cte="8bit", to="camila.rocha@example.com.br",
         headers=[("In-Reply-To", generic_msgid("example.com.br"))],
         text="Oi Cami!\n\nCancelei o meu pedido da Amazon (aquele da caixinha de som JBL, pedido %s), porque achei mais barato na loja aqui do bairro. "
              "A Amazon já mandou o e-mail confirmando o cancelamento, o estorno cai no cartão em alguns dias.\n\n"
              "Então o presente do amigo secreto tá garantido, relaxa. Nos vemos sexta!\n\nAbraço,\nThiago\n\n"
              "Em seg., 11 de dez. de 2023 às 20:14, Camila Rocha <camila.rocha@example.com.br> escreveu:\n> E aí, conseguiu comprar o presente?\n" % o)

    body = ("<h1 style=\"font-size:22px;color:#820ad1;\">Golpe do falso cancelamento de pedido</h1>\n"
            "<p>Nas últimas semanas, clientes receberam e-mails com o assunto <i>“Seu pedido Amazon foi cancelado”</i> ou <i>“URGENTE: Seu pedido foi cancelado por suspeita de fraude”</i>. "
            "A mensagem diz que o valor ficou reservado no cartão e pede que você ligue para uma central ou clique em um link.</p>\n"
            "<h2 style=\"font-size:17px;\">Como se proteger</h2>\n<ul><li>Nunca ligue para números informados em e-mails desse tipo.</li>"
            "<li>Confira o remetente: lojas não usam Gmail ou Hotmail.</li><li>Nós nunca pedimos sua senha, token ou código por e-mail.</li></ul>\n"
            "<p>Na dúvida, abra o app do banco e confira suas transações.</p>\n"
            "<p style=\"font-size:11px;color:#777;\">Você recebe este e-mail porque é cliente. <a href=\"https://www.bancoexemplo.example/preferencias\">Gerenciar preferências</a></p>")
    mail("non_notice", L, None, False, "bank security newsletter about fake Amazon cancellation mails, quotes subjects",
         ("Banco Exemplo - Segurança", "seguranca@comunicados.bancoexemplo.example"),
         "Alerta de golpe: e-mails falsos de \"pedido cancelado\"",
         headers=[("List-Unsubscribe", "<https://www.bancoexemplo.example/preferencias>"), ("Precedence", "bulk")],
         charset="utf-8", html="<html><body style=\"font-family:Arial,sans-serif;max-width:640px;\">\n%s\n</body></html>\n" % body,
         html_cte="base64", to="ricardo.alves@example.com.br")

    paras = ["Sua assinatura do Amazon Music Unlimited (Plano Individual) foi cancelada. Você ainda pode ouvir músicas do catálogo completo até 14 de junho de 2024.",
             "Após essa data, você não será mais cobrado pela mensalidade de R$ 21,90 e continuará com acesso ao Amazon Music Prime, se for membro Prime.",
             "Mudou de ideia? Reative sua assinatura a qualquer momento em Configurações do Amazon Music."]
    notice(L, K, "digital-no-reply", "Amazon Music", "Sua assinatura do Amazon Music Unlimited foi cancelada",
           None, False, "Amazon Music Unlimited subscription cancelled", False, "utf-8",
           text=amazon_text(K, "Assinatura cancelada", "Olá, Bruno,", paras, None, None,
                            links=[("Configurações do Amazon Music", "https://www.amazon.com.br/music/settings")]),
           text_cte="quoted-printable", kind="non_notice", to="bruno.lima@example.com.br")

    o = order_no()
    paras = ["A entrega agendada do seu pedido, prevista para sábado, 20 de abril, entre 8h e 12h, foi cancelada pela transportadora devido a uma ocorrência na rota.",
             "Seu pedido não foi cancelado e continua a caminho. Escolha uma nova data para a entrega agendada."]
    items = [("Guarda-roupa Casal 6 Portas Santos Andirá, Branco", 1, BR(1189.90), "Amazon.com.br")]
    title = "Entrega agendada cancelada"
    notice(L, K, "shipment-tracking", "Amazon.com.br", "Sua entrega agendada foi cancelada: escolha uma nova data",
           None, False, "scheduled delivery slot cancelled, order still active", True, "utf-8",
           text=amazon_text(K, title, "Olá, Fernanda,", paras, o, items, items_heading="Itens do pedido",
                            links=[("Escolher nova data", "https://www.amazon.com.br/gp/your-account/schedule-delivery?orderID=%s" % o)]),
           html=amazon_html(K, "utf-8", title, "Olá, Fernanda,", paras, o, items,
                            ("Escolher nova data", "https://www.amazon.com.br/gp/your-account/schedule-delivery?orderID=%s" % o),
                            items_heading="Itens do pedido"),
           text_cte="quoted-printable", kind="non_notice", to="fernanda.souza@example.com.br")

    o = order_no()
    items = [("Fone de Ouvido JBL Tune 520BT Bluetooth, Preto", 1, BR(249.90), "Amazon.com.br")]
    paras = ["Não conseguimos processar o pagamento do seu pedido nº %s: o cartão Visa com final 3098 foi recusado." % o,
             "Seu pedido continua ativo. Para que possamos enviá-lo, revise a forma de pagamento até 25 de abril. Se o pagamento não for atualizado até essa data, o pedido será cancelado.",
             "Para revisar o pagamento, acesse Seus pedidos, selecione o pedido e clique em \"Revisar pagamento\"."]
    title = "Revise a forma de pagamento"
    notice(L, K, "payments-update", "Amazon.com.br",
           "Ação necessária: revise o pagamento do seu pedido na Amazon.com.br nº %s" % o,
           None, False, "payment reminder before cancellation ('será cancelado' if not revised)", False, "utf-8",
           text=amazon_text(K, title, "Olá, Camila,", paras, o, items, items_heading="Detalhes do pedido"),
           html=amazon_html(K, "utf-8", title, "Olá, Camila,", paras, o, items,
                            ("Revisar pagamento", "https://www.amazon.com.br/gp/css/order-history?orderFilter=payment-revision"),
                            items_heading="Detalhes do pedido"),
           text_cte="quoted-printable", kind="non_notice", to="camila.rocha@example.com.br")


# ==========================================================================
# main
# ==========================================================================

def main():
    french()
    spanish()
    portuguese()
    order = list(range(len(ENTRIES)))
    rng.shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    labels = []
    for n, idx in enumerate(order, 1):
        e = ENTRIES[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(e))
        labels.append({"file": name, "kind": e["kind"], "language": e["language"], "cause": e["cause"],
                       "states_reason": e["states_reason"], "marketplace": e["marketplace"], "note": e["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d files" % len(labels))


if __name__ == "__main__":
    main()
