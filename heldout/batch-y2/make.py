#!/usr/bin/env python3
"""Generate blind held-out batch y2: French, Spanish and Brazilian-Portuguese mails
about Amazon order cancellations (genuine notices, near-miss non-notices and
phishing look-alikes).

Run:  python3 make.py      -> writes mail/y2NNN.eml and labels.json next to this file.
Everything is deterministic (fixed seed, explicit MIME boundaries, fixed dates).
"""
import base64
import datetime as _dt
import html as _html
import io
import json
import os
import quopri
import random
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from urllib.parse import quote

SEED = 20240722
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mail")
PREFIX = "y2"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def hexs(n):
    return "".join(rng.choice(HEX) for _ in range(n))


def ups(n):
    return "".join(rng.choice(UP) for _ in range(n))


def onum(prefix=None):
    p = prefix or rng.choice(["171", "402", "404", "405", "406", "407", "408", "028", "305"])
    return "%s-%07d-%07d" % (p, rng.randint(0, 9999999), rng.randint(0, 9999999))


def asin():
    return "B0" + ups(8)


def esc(s):
    return _html.escape(s, quote=True)


def when(y, mo, d, h, mi, tzh=0):
    tz = _dt.timezone(_dt.timedelta(hours=tzh))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, rng.randint(0, 59), tzinfo=tz))


LEGACY_FIX = {
    "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2026": "...",
    "\u2013": "-", "\u2014": "-", "\u202f": " ", "\u00a0": " ",
}


def to_bytes(text, charset):
    if charset.lower() not in ("utf-8",):
        for k, v in LEGACY_FIX.items():
            if charset.lower() in ("windows-1252",) and k in "\u2019\u2018\u201c\u201d\u2026\u2013\u2014":
                continue
            text = text.replace(k, v)
    return text.encode(charset)  # strict: fail loudly if a text does not fit its charset


def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = to_bytes(text, charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        if all(b < 128 for b in raw):
            cte = "7bit"
        payload = raw.decode("ascii", "surrogateescape")
    p.set_payload(payload)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset, name="Subject"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
        cs = charset
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return Header(value, cs, header_name=name)


def addr(name, address, charset):
    if not name:
        return address
    try:
        name.encode("ascii")
        return formataddr((name, address))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
            cs = charset
        except (UnicodeEncodeError, LookupError):
            cs = "utf-8"
        return formataddr((name, address), charset=cs)


# ---------------------------------------------------------------------------
# marketplaces
# ---------------------------------------------------------------------------
SEC = {
    "fr": [
        "Amazon ne vous demandera jamais de lui communiquer votre mot de passe, vos codes de vérification ou le numéro complet de votre carte bancaire par e-mail, SMS ou téléphone.",
        "Si le numéro de votre carte a changé ou si sa date d'expiration est dépassée, mettez à jour vos informations de paiement dans Votre compte.",
        "Vous avez reçu un e-mail suspect se présentant comme provenant d'Amazon ? Ne cliquez sur aucun lien et signalez-le via notre page d'aide « Signaler un e-mail suspect ».",
    ],
    "es": [
        "Amazon nunca te pedirá tu contraseña, códigos de verificación ni el número completo de tu tarjeta por correo electrónico, SMS o teléfono.",
        "Si el número de tu tarjeta ha cambiado o ha caducado, actualiza tus datos de pago en Mi cuenta.",
        "¿Has recibido un correo sospechoso que dice ser de Amazon? No hagas clic en ningún enlace y denúncialo desde nuestra página de ayuda «Notificar un correo sospechoso».",
    ],
    "es-mx": [
        "Amazon nunca te pedirá tu contraseña, códigos de verificación ni el número completo de tu tarjeta por correo electrónico, SMS o teléfono.",
        "Si el número de tu tarjeta cambió o ya venció, actualiza tu información de pago en Mi cuenta.",
        "¿Recibiste un correo sospechoso que parece venir de Amazon? No hagas clic en los enlaces y repórtalo desde nuestra página de Ayuda «Reportar un correo sospechoso».",
    ],
    "pt": [
        "A Amazon nunca solicitará sua senha, códigos de verificação ou o número completo do seu cartão por e-mail, SMS, WhatsApp ou telefone.",
        "Se o número do seu cartão mudou ou ele está vencido, atualize suas formas de pagamento em Sua conta.",
        "Recebeu um e-mail suspeito que parece ser da Amazon? Não clique em nenhum link e denuncie-o pela nossa página de Ajuda «Denunciar e-mail suspeito».",
    ],
}

MK = {
    "amazon.fr": dict(
        tld="amazon.fr", brand="Amazon.fr", lang="fr", sec="fr", nav=("Vos commandes", "Votre compte"),
        qty="Quantité :", sold="Vendu par", order="Commande n°", hello="Bonjour", btn="Voir vos commandes",
        help="Aide et service client", cancelled="Articles annulés", total="Montant :",
        noreply="Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails. Merci de ne pas y répondre.",
        legal="© 2024 Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. RCS Luxembourg B-101818.",
        sign="Cordialement,\nAmazon.fr", region="eu-west-1", tz=1),
    "amazon.com.be": dict(
        tld="amazon.com.be", brand="Amazon.com.be", lang="fr", sec="fr", nav=("Vos commandes", "Votre compte"),
        qty="Quantité :", sold="Vendu par", order="Commande n°", hello="Bonjour", btn="Voir vos commandes",
        help="Aide et service client", cancelled="Articles annulés", total="Montant :",
        noreply="Cet e-mail a été envoyé depuis une adresse qui ne peut pas recevoir d'e-mails. Merci de ne pas y répondre.",
        legal="© 2024 Amazon.com, Inc. ou ses filiales. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg.",
        sign="Cordialement,\nAmazon.com.be", region="eu-west-1", tz=1),
    "amazon.ca": dict(
        tld="amazon.ca", brand="Amazon.ca", lang="fr", sec="fr", nav=("Vos commandes", "Votre compte"),
        qty="Quantité :", sold="Vendu par", order="Commande no", hello="Bonjour", btn="Voir vos commandes",
        help="Aide et service à la clientèle", cancelled="Articles annulés", total="Montant :",
        noreply="Ce courriel a été envoyé à partir d'une adresse qui ne peut pas recevoir de courriels. Veuillez ne pas y répondre.",
        legal="© 2024 Amazon.com, Inc. ou ses sociétés affiliées. Amazon.com.ca ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2.",
        sign="Merci,\nAmazon.ca", region="us-east-1", tz=-5),
    "amazon.es": dict(
        tld="amazon.es", brand="Amazon.es", lang="es", sec="es", nav=("Mis pedidos", "Mi cuenta"),
        qty="Cantidad:", sold="Vendido por", order="Pedido n.º", hello="Hola", btn="Ver mis pedidos",
        help="Ayuda y Atención al cliente", cancelled="Productos cancelados", total="Importe:",
        noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. No respondas a este mensaje.",
        legal="© 2024 Amazon.com, Inc. o sus afiliados. Amazon EU S.à r.l., Sucursal en España, C/ Ramírez de Prado 5, 28045 Madrid. NIF W0184081H.",
        sign="Atentamente,\nAmazon.es", region="eu-west-1", tz=1),
    "amazon.com.mx": dict(
        tld="amazon.com.mx", brand="Amazon.com.mx", lang="es", sec="es-mx", nav=("Mis pedidos", "Mi cuenta"),
        qty="Cantidad:", sold="Vendido por", order="Pedido #", hello="Hola", btn="Ver tus pedidos",
        help="Ayuda y Servicio al Cliente", cancelled="Artículos cancelados", total="Monto:",
        noreply="Este correo se envió desde una dirección que no recibe mensajes. Por favor no respondas a este correo.",
        legal="© 2024 Amazon.com, Inc. o sus afiliados. Servicios Comerciales Amazon México, S. de R.L. de C.V., Juan Salvador Agraz 73, Santa Fe, Cuajimalpa, 05348 Ciudad de México.",
        sign="Atentamente,\nAmazon.com.mx", region="us-east-1", tz=-6),
    "amazon.com.br": dict(
        tld="amazon.com.br", brand="Amazon.com.br", lang="pt", sec="pt", nav=("Seus pedidos", "Sua conta"),
        qty="Quantidade:", sold="Vendido por", order="Pedido nº", hello="Olá", btn="Ver seus pedidos",
        help="Ajuda e Atendimento ao Cliente", cancelled="Itens cancelados", total="Valor:",
        noreply="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem.",
        legal="© 2024 Amazon.com, Inc. ou suas afiliadas. Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, 04543-011.",
        sign="Atenciosamente,\nAmazon.com.br", region="us-east-1", tz=-3),
}

HELPNODE = {"fr": "Aide : ", "es": "Ayuda: ", "pt": "Ajuda: "}


def rl(tld, path, ref="pe_2640190_232586610"):
    """Amazon-style tracking redirect."""
    target = "https://www.%s%s" % (tld, path)
    sep = "&" if "?" in target else "?"
    target += "%sref_=%s" % (sep, ref)
    return ("https://www.%s/gp/r.html?C=%s&K=%s&M=urn:rtn:msg:2024%s&R=%s&T=C&U=%s&H=%s&ref_=%s"
            % (tld, ups(13), ups(13), hexs(36), ups(13), quote(target, safe=""), ups(28), ref))


def sec_lines(mk):
    s = SEC[mk["sec"]]
    return s


# ---------------------------------------------------------------------------
# Amazon-like templates
# ---------------------------------------------------------------------------
CLASSIC_STYLE = """<style type="text/css">
body { margin:0; padding:0; font:12px/16px Arial, sans-serif; color:#333333; }
#container { width:640px; color:#333333; }
#container td { font:12px/16px Arial, sans-serif; }
#header { width:100%; }
#header .logo { width:190px; height:58px; }
#header .navigation { text-align:right; vertical-align:top; font-size:12px; }
#header .navigation a { color:#006699; text-decoration:none; }
#header .title { text-align:right; padding:0 0 12px 0; font-size:12px; }
#header h2 { font:normal 20px/26px Arial, sans-serif; color:#cc6600; margin:0; }
.heading { font-size:16px; color:#cc6600; }
#summary p, #closing td { font-size:13px; line-height:18px; }
#criticalInfo { width:100%; border-top:3px solid #2a2a2a; }
#orderDetails { width:100%; border-top:1px solid #eaeaea; }
#orderDetails td.photo { width:90px; vertical-align:top; padding:10px 0; }
#orderDetails td.name { vertical-align:top; padding:10px 10px; }
#orderDetails td.name a { color:#006699; text-decoration:none; font-size:13px; }
#orderDetails td.price { text-align:right; vertical-align:top; padding:10px 0; font-size:13px; }
.seller { color:#666666; font-size:11px; }
.buttonComponentLink { color:#111111; background:#f0c14b; border:1px solid #a88734; border-radius:3px; padding:8px 16px; text-decoration:none; display:inline-block; }
#legal { font-size:10px; line-height:14px; color:#666666; border-top:1px solid #eaeaea; padding-top:12px; }
#legal a { color:#006699; }
</style>"""


def items_html(mk, items, link):
    rows = []
    for (title, qty, price, seller) in items:
        a = asin()
        img = "https://m.media-amazon.com/images/I/%s._SS80_.jpg" % (hexs(4) + ups(7))
        rows.append(
            '<tr class="item"> \n <td class="photo"><a href="%s"><img src="%s" width="80" height="80" alt="" border="0" /></a></td> \n'
            ' <td class="name"><a href="%s">%s</a><br /><span class="seller">%s %s</span><br />%s %d</td> \n'
            ' <td class="price"><strong>%s</strong></td> \n</tr>'
            % (link("/dp/" + a), img, link("/dp/" + a), esc(title), esc(mk["sold"]), esc(seller),
               esc(mk["qty"]), qty, esc(price)))
    return "\n".join(rows)


def para_html(p):
    if isinstance(p, tuple):
        return p[1]
    return "<p>%s</p>" % esc(p).replace("\n", "<br />")


def para_text(p):
    if isinstance(p, tuple):
        return p[0]
    return p


def html_classic(mk, title, order_no, greet, paras, items, closing, link=None, sec=True,
                 items_head=None, extra_legal=None):
    t = mk["tld"]
    link = link or (lambda path: rl(t, path))
    body_paras = "\n".join(para_html(p) for p in paras)
    order_html = ""
    if order_no:
        order_html = '%s <a href="%s">%s</a>' % (esc(mk["order"]), link("/gp/your-account/order-details?orderID=" + order_no), esc(order_no))
    items_block = ""
    if items:
        items_block = ('<tr><td><table id="orderDetails" cellpadding="0"><tbody>\n'
                       '<tr><td colspan="3"><span class="heading">%s</span></td></tr>\n%s\n</tbody></table></td></tr>'
                       % (esc(items_head or mk["cancelled"]), items_html(mk, items, link)))
    legal = []
    if sec:
        legal += ["<p>%s</p>" % esc(s) for s in sec_lines(mk)]
        legal.append('<p><a href="%s">%s</a></p>' % (link("/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH"), esc(mk["help"])))
    if extra_legal:
        legal += ["<p>%s</p>" % esc(s) for s in extra_legal]
    legal.append("<p>%s</p>" % esc(mk["noreply"]))
    legal.append("<p>%s</p>" % esc(mk["legal"]))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(brand)s</title>
  %(style)s
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/logo-%(lang)s.png" alt="%(brand)s" border="0" /></a></td>
             <td class="navigation">
              <table align="right"><tbody><tr>
               <td><a href="%(orders)s">%(nav0)s</a></td>
               <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
               <td><a href="%(account)s">%(nav1)s</a></td>
               <td><span>&nbsp;&nbsp;|&nbsp;&nbsp;</span></td>
               <td><a class="last" href="%(home)s">%(brand)s</a></td>
              </tr></tbody></table></td>
            </tr>
            <tr>
             <td class="title"><h2>%(title)s</h2> %(order_html)s</td>
            </tr>
           </tbody>
          </table></td>
        </tr>
        <tr>
         <td>
          <table id="summary" cellpadding="0">
           <tbody>
            <tr>
             <td><span class="heading">%(greet)s</span>
%(paras)s
             </td>
            </tr>
           </tbody>
          </table></td>
        </tr>
        %(items)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td><p><a class="buttonComponentLink" href="%(orders)s">%(btn)s</a></p>
              <p>%(closing)s</p></td>
            </tr>
           </tbody>
          </table></td>
        </tr>
        <tr>
         <td id="legal">
%(legal)s
         </td>
        </tr>
       </tbody>
      </table></td>
    </tr>
   </tbody>
  </table>
 <img width="1" height="1" src="%(pixel2)s" /></body>
</html>
""" % dict(lang=mk["lang"], brand=esc(mk["brand"]), style=CLASSIC_STYLE,
           pixel=link("/gp/r.html/transp.gif"), pixel2=link("/gp/r.html/open.gif"),
           home=link("/"), orders=link("/gp/css/order-history"), account=link("/gp/css/homepage.html"),
           nav0=esc(mk["nav"][0]), nav1=esc(mk["nav"][1]), title=esc(title), order_html=order_html,
           greet=esc(greet), paras=body_paras, items=items_block, btn=esc(mk["btn"]),
           closing=esc(closing).replace("\n", "<br />"), legal="\n".join(legal))


HEDWIG_STYLE = """<style>
body { width:100% !important; height:100% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
body, table, td, a { -webkit-text-size-adjust:100%; -ms-text-size-adjust:100%; }
td { font-family:Arial, sans-serif; }
.emailBody { width:375px; background-color:#fafafa; }
.emailBodyTD { padding-left:17px; padding-right:18px; padding-top:23px; padding-bottom:21px; }
.brandTable { margin-bottom:20px; width:100%; min-width:338px; }
.brandImage { width:130px; }
.card { background-color:#ffffff; width:100%; border-top:2px solid #D5DBDB; }
.cardTD { padding:30px 20px; }
.greetingTable { font-size:18px; font-weight:bold; line-height:24px; color:#002E36; margin-bottom:4px; }
.informationTable { font-size:16px; line-height:22px; color:#002E36; }
.informationTable td { padding-bottom:12px; }
.orderIdTable { font-size:15px; line-height:18px; color:#879596; margin-bottom:18px; }
.orderIdTable a { text-decoration:none; color:#879596; }
.itemTitle { padding-left:26px; padding-right:22px; font-size:15px; line-height:20px; color:#008296; }
.itemImage img { max-height:84px; max-width:84px; }
.emailClosing { font-size:9px; line-height:15px; color:#868686; }
.buttonLink { background:#FFD814; border-radius:8px; padding:10px 22px; color:#0F1111; text-decoration:none; display:inline-block; font-size:15px; }
@media screen and (min-width: 651px) {
  .emailBody { width:640px !important; }
  .cardTD { padding-left:45px !important; padding-right:45px !important; }
}
</style>"""


def html_hedwig(mk, order_no, greet, paras, items, link=None, sec=True, button=None, title=None):
    t = mk["tld"]
    link = link or (lambda path: rl(t, path, "pe_3310731_430697511"))
    info = "\n".join(
        '<table class="informationTable" style="width:100%%"><tbody><tr><td><span>%s</span></td></tr></tbody></table>'
        % (para_html(p)[3:-4] if not isinstance(p, tuple) else p[1]) for p in paras)
    it = ""
    for (ttl, qty, price, seller) in items or []:
        a = asin()
        it += ('<table class="orderDetailsTable" style="width:100%%"><tbody><tr>'
               '<td class="itemImage"><a href="%s"><img src="https://m.media-amazon.com/images/I/%s._SS84_.jpg" alt="" /></a></td>'
               '<td class="itemTitle"><a href="%s" style="color:#008296;text-decoration:none">%s</a><br />'
               '<span style="color:#565959;font-size:13px">%s %s &middot; %s %d &middot; %s</span></td></tr></tbody></table>\n'
               % (link("/dp/" + a), hexs(3) + ups(8), link("/dp/" + a), esc(ttl), esc(mk["sold"]), esc(seller),
                  esc(mk["qty"]), qty, esc(price)))
    oid = ""
    if order_no:
        oid = ('<table class="orderIdTable" style="width:100%%"><tbody><tr><td>%s <a href="%s">%s</a></td></tr></tbody></table>'
               % (esc(mk["order"]), link("/gp/css/summary/edit.html?orderID=" + order_no), esc(order_no)))
    btn_label, btn_path = button or (mk["btn"], "/gp/css/order-history")
    closing = []
    if sec:
        closing += [esc(s) for s in sec_lines(mk)]
        closing.append('<a href="%s" style="color:#868686">%s</a>' % (link("/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH"), esc(mk["help"])))
    closing += [esc(mk["noreply"]), esc(mk["legal"])]
    return """    <!DOCTYPE html>
    <html lang="%(lang)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <meta http-equiv="X-UA-Compatible" content="IE=9; IE=8; IE=7; IE=EDGE" />
  %(style)s
  <title>%(title)s</title>
 </head>
 <body style="width:100%% !important; height:100%% !important; margin:0; padding:0"><img width="1" height="1" src="%(pixel)s" />
  <table id="OutlookWrapper" style="width:100%%"><tbody><tr><td align="center">
   <table id="EmailWrapper" style="width:100%% !important" dir="ltr"><tbody><tr><td align="center">
    <table class="emailBody"><tbody><tr><td class="emailBodyTD">
     <a href="%(home)s"><table class="brandTable"><tbody><tr><td align="center"><img src="https://images-eu.ssl-images-amazon.com/images/G/29/gno/images/general/navAmazonLogoFooter.gif" alt="Amazon" title="Amazon" class="brandImage" border="0" width="130" style="width:130px" /></td></tr></tbody></table></a>
     <table class="card"><tbody><tr><td class="cardTD" align="left">
      <table class="greetingTable" style="width:100%%"><tbody><tr><td><span>%(greet)s</span></td></tr></tbody></table>
%(info)s
      %(oid)s
%(items)s
      <table style="width:100%%;margin-top:14px"><tbody><tr><td align="center"><a class="buttonLink" href="%(btnhref)s">%(btn)s</a></td></tr></tbody></table>
     </td></tr></tbody></table>
     <table class="emailClosing" style="width:100%%;margin-top:18px"><tbody>
%(closing)s
     </tbody></table>
    </td></tr></tbody></table>
   </td></tr></tbody></table>
  </td></tr></tbody></table>
 <img width="1" height="1" src="%(pixel2)s" /></body>
</html>
""" % dict(lang=mk["lang"], style=HEDWIG_STYLE, title=esc(title or mk["brand"]), pixel=link("/gp/r.html/transp.gif"),
           pixel2=link("/gp/r.html/open.gif"), home=link("/"), greet=esc(greet), info=info, oid=oid, items=it,
           btnhref=link(btn_path), btn=esc(btn_label),
           closing="\n".join("      <tr><td style=\"padding-bottom:8px\">%s</td></tr>" % c for c in closing))


RULE = "-" * 75


def text_amazon(mk, order_no, greet, paras, items, closing=None, sec=True, extra=None, url_orders=True):
    out = [mk["brand"], RULE, "", greet, ""]
    for p in paras:
        out += [para_text(p), ""]
    if order_no:
        out += ["%s %s" % (mk["order"], order_no), ""]
    if items:
        out += [mk["cancelled"] + " :" if mk["lang"] == "fr" else mk["cancelled"] + ":", ""]
        for (ttl, qty, price, seller) in items:
            out += ["    %s" % ttl, "    %s %s" % (mk["sold"], seller), "    %s %d   %s %s" % (mk["qty"], qty, mk["total"], price), ""]
    if url_orders:
        out += ["%s :" % mk["btn"] if mk["lang"] == "fr" else "%s:" % mk["btn"],
                "https://www.%s/gp/css/order-history?ref_=pe_2640190_232586610" % mk["tld"], ""]
    if extra:
        out += extra + [""]
    if closing:
        out += [closing, ""]
    out += [RULE]
    if sec:
        out += sec_lines(mk)
        out += [HELPNODE[mk["lang"]] + "https://www.%s/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH" % mk["tld"]]
    out += ["", mk["noreply"], mk["legal"]]
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
def amazon_headers(mk, date, auth):
    tld = mk["tld"]
    ip = "54.240.%d.%d" % (rng.randint(1, 60), rng.randint(1, 250))
    host = "a%d-%d.smtp-out.%s.amazonses.com" % (rng.randint(8, 80), rng.randint(1, 250), mk["region"])
    sesid = "0%d0%d01%s-%s-%s-%s-%s-000000" % (rng.randint(1, 2), rng.randint(1, 2), hexs(14), hexs(8), hexs(4), hexs(4), hexs(12))
    h = []
    h.append(("Return-Path", "<%s@bounces.%s>" % ("2024" + hexs(16), tld)))
    h.append(("Received", "from %s (%s [%s])\n\tby mx.example-mail.net with ESMTPS id %s\n\tfor <{to}>; %s"
              % (host, host, ip, ups(10).lower(), date)))
    if auth:
        sel = rng.choice(["cpk3xrdmyvepmvsj2bfctxkrcn4yufmo", "yg4mwqurec7fkhzutopddd3ytuaqrvuz", "3jx7o5ve5qwsz6c6wwkrg4ftmoq5eyt3"])
        h.append(("Authentication-Results",
                  "mx.example-mail.net;\n\tdkim=pass header.d=%s header.s=%s header.b=%s;\n"
                  "\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono header.b=%s;\n"
                  "\tspf=pass (mx.example-mail.net: domain of %s@%s.amazonses.com designates %s as permitted sender) smtp.mailfrom=%s@%s.amazonses.com;\n"
                  "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
                  % (tld, sel, hexs(8), hexs(8), sesid, mk["region"], ip, sesid, mk["region"], tld)))
    h.append(("Message-ID", "<%s@%s.amazonses.com>" % (sesid, mk["region"])))
    h.append(("Feedback-ID", "1.%s.%s=:AmazonSES" % (mk["region"], base64.b64encode(hexs(24).encode()).decode()[:43])))
    h.append(("X-SES-Outgoing", "2024.%02d.%02d-%s" % (rng.randint(1, 12), rng.randint(1, 28), ip)))
    h.append(("X-AMAZON-MAIL-RELAY-TYPE", "notification"))
    h.append(("Bounces-to", "2024%s@bounces.%s" % (hexs(20), tld)))
    return h


def build(spec):
    cs = spec.get("charset", "utf-8")
    kinds = spec["parts"]
    if kinds == "alt":
        msg = MIMEMultipart("alternative")
        msg.set_boundary(spec.get("boundary") or "----=_Part_%d_%d.%d" % (rng.randint(10 ** 6, 10 ** 8), rng.randint(10 ** 8, 10 ** 10), rng.randint(10 ** 12, 10 ** 13)))
        msg.attach(text_part(spec["text"], "plain", spec.get("charset_text", cs), spec.get("cte_text", spec.get("cte", "quoted-printable"))))
        msg.attach(text_part(spec["html"], "html", spec.get("charset_html", cs), spec.get("cte_html", spec.get("cte", "quoted-printable"))))
        # multipart parents must not keep MIMEMultipart's default headers order issues
        del msg["MIME-Version"]
    elif kinds == "html":
        msg = text_part(spec["html"], "html", cs, spec.get("cte", "quoted-printable"))
        del msg["MIME-Version"]
    else:
        msg = text_part(spec["text"], "plain", cs, spec.get("cte", "quoted-printable"))
        del msg["MIME-Version"]
    # re-order: top headers first
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    to_addr = spec["to"][1]
    for k, v in spec.get("pre_headers", []):
        msg[k] = v.replace("{to}", to_addr)
    msg["From"] = addr(spec["from"][0], spec["from"][1], cs)
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["To"] = addr(spec["to"][0], spec["to"][1], cs)
    msg["Subject"] = hdr(spec["subject"], cs)
    msg["Date"] = spec["date"]
    for k, v in spec.get("post_headers", []):
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_headers:
        msg[k] = v
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=policy.compat32.clone(linesep="\n")).flatten(msg)
    return buf.getvalue()


def amazon_mail(mk, sender, to, subject, date, auth, **kw):
    """Spec for a mail that genuinely comes from Amazon's own domain."""
    spec = dict(kw)
    spec["from"] = (mk["brand"], "%s@%s" % (sender, mk["tld"]))
    spec["reply_to"] = kw.get("reply_to", "no-reply@%s" % mk["tld"])
    spec["to"] = to
    spec["subject"] = subject
    spec["date"] = date
    spec["pre_headers"] = amazon_headers(mk, date, auth)
    return spec


MAILS = []


def add(kind, lang, cause, states_reason, marketplace, note, spec):
    spec.update(kind=kind, language=lang, cause=cause, states_reason=states_reason,
                marketplace=marketplace, note=note)
    MAILS.append(spec)


def phish_headers(date, sender_domain, ip=None, auth=None, mailer=None):
    ip = ip or "%d.%d.%d.%d" % (rng.choice([45, 91, 185, 193, 103, 177, 201]), rng.randint(1, 254), rng.randint(1, 254), rng.randint(1, 254))
    h = [("Return-Path", "<bounce-%s@%s>" % (hexs(6), sender_domain)),
         ("Received", "from mail.%s (unknown [%s])\n\tby mx.example-mail.net with ESMTP id %s\n\tfor <{to}>; %s" % (sender_domain, ip, ups(10).lower(), date))]
    if auth:
        h.append(("Authentication-Results", "mx.example-mail.net;\n\t" + auth))
    h.append(("Message-ID", "<%s.%s@%s>" % (hexs(12), hexs(6), sender_domain)))
    if mailer:
        h.append(("X-Mailer", mailer))
    return h


def freemail_headers(date, provider, auth=True):
    dom = provider
    if provider.startswith("gmail"):
        h = [("Return-Path", "<{from}>"),
             ("Received", "from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n\tby mx.example-mail.net with SMTPS id %s\n\tfor <{to}>; %s" % (ups(10).lower(), date))]
        if auth:
            h.append(("Authentication-Results", "mx.example-mail.net;\n\tdkim=pass header.d=gmail.com header.s=20230601;\n\tspf=pass smtp.mailfrom=gmail.com;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=gmail.com"))
        h.append(("Message-ID", "<CA+%s%s@mail.gmail.com>" % (ups(20), hexs(8))))
        return h
    if "outlook" in provider or "hotmail" in provider:
        h = [("Received", "from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2%03d.outbound.protection.outlook.com [40.107.%d.%d])\n\tby mx.example-mail.net with ESMTPS id %s\n\tfor <{to}>; %s" % (rng.randint(0, 999), rng.randint(1, 250), rng.randint(1, 250), ups(10).lower(), date))]
        if auth:
            h.append(("Authentication-Results", "mx.example-mail.net;\n\tdkim=pass header.d=%s header.s=selector1;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE) header.from=%s" % (dom, dom, dom)))
        h.append(("Message-ID", "<%s%s@%s.prod.outlook.com>" % (ups(20), ups(6), ups(10))))
        return h
    # yahoo
    h = [("Received", "from sonic3%02d-21.consmr.mail.ir2.yahoo.com (sonic3%02d-21.consmr.mail.ir2.yahoo.com [77.238.176.%d])\n\tby mx.example-mail.net with ESMTPS id %s\n\tfor <{to}>; %s" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(1, 250), ups(10).lower(), date))]
    if auth:
        h.append(("Authentication-Results", "mx.example-mail.net;\n\tdkim=pass header.d=%s header.s=s2048;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=REJECT) header.from=%s" % (dom, dom, dom)))
    h.append(("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))))
    h.append(("X-Mailer", "WebService/1.1.22077 YMailNorrin"))
    return h


def other_mail(frm, to, subject, date, pre_headers, **kw):
    spec = dict(kw)
    spec["from"] = frm
    spec["to"] = to
    spec["subject"] = subject
    spec["date"] = date
    spec["pre_headers"] = [(k, v.replace("{from}", frm[1])) for k, v in pre_headers]
    return spec


def crude_html(lines, lang="fr", style="font-family:Arial;font-size:14px"):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"%s\">\n%s\n</body></html>\n"
            % (style, "\n".join(lines)))


# ===========================================================================
# FRENCH  (amazon.fr, amazon.ca, amazon.com.be)
# ===========================================================================
def french():
    # ---------------- notices ----------------
    mk = MK["amazon.fr"]
    o = onum("402")
    items = [("Tefal Ingenio Unlimited Batterie de cuisine 13 pièces, poignée amovible, tous feux dont induction", 1, "119,99 €", "Amazon EU S.à r.l.")]
    paras = [
        "Nous sommes désolés de vous informer que nous avons dû annuler votre commande. L'article ci-dessous n'est plus disponible auprès de notre fournisseur et nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable.",
        "Votre moyen de paiement n'a pas été débité pour cet article. Si un montant a été pré-autorisé, il sera libéré automatiquement par votre banque sous 3 à 5 jours ouvrés.",
        "Nous vous prions de nous excuser pour ce désagrément. D'autres vendeurs proposent peut-être encore ce produit : consultez la page détaillée de l'article.",
    ]
    add("notice", "fr", "inventory_shortage", True, "amazon.fr", "article plus disponible chez le fournisseur; texte+HTML classique QP",
        amazon_mail(mk, "auto-confirm", ("Camille Laurent", "camille.laurent@orange.fr"),
                    "Votre commande Amazon.fr n° %s a été annulée" % o, when(2024, 3, 12, 9, 41), True,
                    parts="alt", cte="quoted-printable",
                    text=text_amazon(mk, o, "Bonjour Camille,", paras, items, mk["sign"]),
                    html=html_classic(mk, "Annulation de commande", o, "Bonjour Camille,", paras, items, mk["sign"])))

    mk = MK["amazon.ca"]
    o = onum("702")
    items = [("Manteau d'hiver Columbia pour homme, Taille L, Noir", 1, "229,99 $", "Amazon.com.ca ULC"),
             ("Bottes d'hiver Sorel Caribou, pointure 10", 1, "184,95 $", "Amazon.com.ca ULC")]
    paras = [
        "Nous n'avons pas pu traiter le paiement de votre commande no %s : votre carte de crédit Visa se terminant par 4417 a été refusée par l'institution financière émettrice." % o,
        "Le 3 février, nous vous avons envoyé un courriel vous demandant de réviser vos renseignements de paiement. Comme nous n'avons reçu aucune révision dans le délai de 7 jours, votre commande a été annulée.",
        "Si vous souhaitez toujours recevoir ces articles, veuillez passer une nouvelle commande. Avant de le faire, vérifiez que le numéro de votre carte, sa date d'expiration et votre adresse de facturation sont à jour dans Votre compte > Vos paiements.",
    ]
    add("notice", "fr", "payment_issue", True, "amazon.ca", "carte refusée, révision de paiement non faite dans le délai; texte seul iso-8859-1 8bit",
        amazon_mail(mk, "payments-messages", ("Mathieu Gagnon", "m.gagnon@videotron.ca"),
                    "Votre commande Amazon.ca %s a été annulée" % o, when(2024, 2, 10, 14, 5), False,
                    parts="text", charset="iso-8859-1", cte="8bit",
                    text=text_amazon(mk, o, "Bonjour Mathieu,", paras, items, mk["sign"])))

    mk = MK["amazon.com.be"]
    o = onum("305")
    items = [("Philips Series 5000 Airfryer XXL HD9285/90, 7,2 L, connecté", 1, "22,99 €", "Amazon EU S.à r.l.")]
    paras = [
        "Un article de votre commande a été annulé. En raison d'une erreur de prix sur la page détaillée de l'article, le prix affiché au moment de votre commande (22,99 € au lieu de 229,99 €) était incorrect.",
        "Conformément à nos Conditions générales de vente, nous avons annulé cet article. L'erreur a été corrigée et vous pouvez, si vous le souhaitez, commander de nouveau l'article au prix actuel.",
        "Les autres articles de votre commande ne sont pas concernés et seront expédiés comme prévu. Vous ne serez pas débité pour l'article annulé.",
    ]
    add("notice", "fr", "technical_issue", True, "amazon.com.be", "erreur de prix, annulation partielle; HTML seul base64 (gabarit hedwig)",
        amazon_mail(mk, "order-update", ("Sophie Dubois", "sophie.dubois@skynet.be"),
                    "Un article a été annulé de votre commande Amazon.com.be n° %s" % o, when(2024, 5, 3, 7, 12), True,
                    parts="html", cte="base64",
                    html=html_hedwig(mk, o, "Bonjour Sophie,", paras, items, title="Article annulé")))

    mk = MK["amazon.fr"]
    o = onum("171")
    items = [("Apple AirPods Pro (2e génération) avec boîtier de charge MagSafe (USB‑C)", 2, "558,00 €", "Amazon EU S.à r.l.")]
    paras = [
        "Dans le cadre de nos contrôles de sécurité, nous avons détecté une activité inhabituelle sur votre compte Amazon.fr. Par mesure de précaution, nous avons temporairement mis votre compte en attente et annulé la commande ci-dessous.",
        "Pour rétablir l'accès à votre compte, rendez-vous sur Amazon.fr en saisissant vous-même l'adresse dans votre navigateur, connectez-vous et suivez les instructions affichées pour vérifier votre identité. Aucun montant n'a été débité pour cette commande.",
        "Nous ne vous demanderons jamais de confirmer votre mot de passe ou vos coordonnées bancaires par e-mail.",
    ]
    add("notice", "fr", "fraud_prevention", True, "amazon.fr", "activité inhabituelle, compte en attente; texte 8bit + HTML QP",
        amazon_mail(mk, "cs-reply", ("Nicolas Martin", "nicolas.martin@free.fr"),
                    "Votre commande Amazon.fr %s a été annulée" % o, when(2024, 6, 18, 22, 47), False,
                    parts="alt", cte_text="8bit", cte_html="quoted-printable",
                    text=text_amazon(mk, o, "Bonjour,", paras, items, mk["sign"]),
                    html=html_classic(mk, "Commande annulée", o, "Bonjour,", paras, items, mk["sign"])))

    mk = MK["amazon.fr"]
    o = onum("404")
    title = "LEGO Technic Le bolide Bugatti Bolide 42151"
    txt = """Amazon.fr
%s

Bonjour Julien,

Comme vous l'avez demandé, nous avons annulé l'article suivant de votre commande n° %s.

Articles annulés :
    « %s »
    Quantité : 1
    Vendu par : Amazon EU S.à r.l.

Motif de l'annulation : Annulé par le client

Vous ne serez pas débité pour cet article. Si le paiement avait déjà été prélevé, le remboursement sera effectué sur votre moyen de paiement d'origine.

Pour consulter l'état de vos autres commandes, rendez-vous dans Vos commandes :
https://www.amazon.fr/gp/css/order-history?ref_=pe_2640190_232586610

Nous espérons vous revoir bientôt.
Amazon.fr

%s
%s
%s
%s
Aide : https://www.amazon.fr/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH

%s
%s
""" % (RULE, o, title, RULE, SEC["fr"][0], SEC["fr"][1], SEC["fr"][2], mk["noreply"], mk["legal"])
    add("notice", "fr", "customer_request", True, "amazon.fr", "annulation demandée par le client; texte seul windows-1252 QP",
        amazon_mail(mk, "auto-confirm", ("Julien Petit", "julien.petit@laposte.net"),
                    "Annulation réussie de « %s » de votre commande Amazon.fr" % title, when(2024, 11, 29, 19, 3), True,
                    parts="text", charset="windows-1252", cte="quoted-printable", text=txt))

    mk = MK["amazon.ca"]
    o = onum("701")
    items = [("Instant Pot Duo 7-en-1, autocuiseur électrique, 6 pintes", 1, "129,99 $", "Amazon.com.ca ULC")]
    paras = [
        "Nous sommes au regret de vous informer que votre commande a été annulée.",
        "Si un montant a été autorisé sur votre mode de paiement, l'autorisation sera annulée. Nous vous prions de nous excuser des inconvénients que cela pourrait vous causer.",
        "Vous pouvez consulter le détail de vos commandes en tout temps dans Vos commandes.",
    ]
    add("notice", "fr", "unknown", False, "amazon.ca", "« Renseignements » sans motif; texte+HTML base64",
        amazon_mail(mk, "order-update", ("Geneviève Tremblay", "genevieve.tremblay@sympatico.ca"),
                    "Renseignements de la part d'Amazon.ca", when(2024, 4, 8, 16, 30), False,
                    parts="alt", cte="base64",
                    text=text_amazon(mk, o, "Bonjour Geneviève,", paras, items, mk["sign"]),
                    html=html_hedwig(mk, o, "Bonjour Geneviève,", paras, items, title="Commande annulée")))

    # ---------------- look-alikes ----------------
    to = ("", "claire.roussel@wanadoo.fr")
    d = when(2024, 7, 2, 3, 14, 2)
    txt = """Cher(e) client(e),

Votre commande #402-8837261-1192 a été ANNULÉE suite à une activité suspecte détectée sur votre compte Amazon.

Article : Apple iPad Air 11" (M2) 256 Go - Gris sidéral
Montant : 749,99 €
Adresse de livraison : 14 rue des Lilas, 93200 Saint-Denis

Si vous n'êtes pas à l'origine de cet achat, contactez IMMÉDIATEMENT notre service sécurité au 01 84 88 52 17 (disponible 24h/24, 7j/7) afin de bloquer le prélèvement sur votre carte.

Sans appel de votre part sous 24 heures, le montant sera débité définitivement.

Service Sécurité Amazon France
"""
    add("lookalike", "fr", "fraud_prevention", True, None, "gmail, numéro de rappel, n° de commande malformé; texte 8bit",
        other_mail(("Service Client Amazon", "serviceclient.amazonfr2024@gmail.com"), to,
                   "Annulation de votre commande #402-8837261-1192 - Activité suspecte", d,
                   freemail_headers(d, "gmail.com"), parts="text", cte="8bit", text=txt))

    to = ("Thomas Bernard", "thomas.bernard@sfr.fr")
    d = when(2024, 8, 21, 11, 2, 2)
    o = onum("171")
    link = "http://secure-amzn-fr.com/ap/verify?session=%s&lang=fr_FR" % hexs(24)
    html = crude_html([
        '<div style="max-width:600px;margin:auto;border:1px solid #ddd;padding:24px">',
        '<img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="120" alt="amazon">',
        '<h2 style="color:#c45500">Votre compte a été suspendu</h2>',
        '<p>Bonjour Thomas,</p>',
        '<p>Suite à plusieurs tentatives de connexion inhabituelles, votre compte Amazon a été <b>suspendu</b> et votre commande n° %s a été annulée.</p>' % o,
        '<p>Pour réactiver votre compte et débloquer votre commande, utilisez le code de vérification ci-dessous sur notre page sécurisée :</p>',
        '<p style="font-size:28px;letter-spacing:6px;font-weight:bold;text-align:center">749 301</p>',
        '<p style="text-align:center"><a href="%s" style="background:#ff9900;color:#111;padding:12px 30px;text-decoration:none;border-radius:4px">Vérifier mon compte</a></p>' % link,
        '<p>Ce code expire dans 30 minutes. Passé ce délai, votre compte sera définitivement fermé.</p>',
        '<p style="font-size:11px;color:#888">© 1996-2024, Amazon.com, Inc. ou ses filiales</p>',
        '</div>'])
    add("lookalike", "fr", "fraud_prevention", True, None, "nom affiché avec lettres cyrilliques, compte suspendu + code; HTML seul QP",
        other_mail(("Аmаzоn.fr", "no-reply@secure-amzn-fr.com"), to,
                   "Votre compte a été suspendu - commande %s annulée" % o, d,
                   phish_headers(d, "secure-amzn-fr.com", auth="spf=neutral smtp.mailfrom=secure-amzn-fr.com;\n\tdkim=none;\n\tdmarc=none header.from=secure-amzn-fr.com"),
                   parts="html", cte="quoted-printable", html=html))

    to = ("", "p.lefebvre@hotmail.fr")
    d = when(2024, 9, 5, 8, 55, 2)
    txt = """Bonjour,

Nous vous informons que le paiement de votre derniere commande Amazon a ete refuse par votre banque et que votre commande a donc ete annulee.

Numero de commande : 171-55204-88213
Montant : 89,90 EUR

Pour reactiver votre commande, merci de repondre directement a ce message en nous indiquant :
- Nom et prenom du titulaire de la carte
- Numero de carte (16 chiffres)
- Date d'expiration
- Cryptogramme visuel (3 chiffres au dos de la carte)

Nos equipes traiteront votre demande sous 2 heures.

Cordialement,
Le service facturation Amazon France
"""
    add("lookalike", "fr", "payment_issue", True, None, "outlook.fr, demande de coordonnées bancaires par réponse; texte iso-8859-15 QP",
        other_mail(("Amazon France Facturation", "amazon.facturation@outlook.fr"), to,
                   "Re: Paiement refusé - commande annulée", d, freemail_headers(d, "outlook.fr"),
                   reply_to="facturation-amazon@proton.me",
                   parts="text", charset="iso-8859-15", cte="quoted-printable", text=txt))

    mk = MK["amazon.fr"]
    to = ("Émilie Fontaine", "emilie.fontaine@gmail.com")
    d = when(2024, 10, 14, 6, 20, 0)
    o = onum("405")
    evil = "http://amazon-fr.remboursement-commande.xyz/fr/ap/signin?o=" + o
    evlink = lambda path: evil + "&p=" + quote(path, safe="")
    items = [("Sony WH-1000XM5 Casque Bluetooth à réduction de bruit sans fil - Noir", 1, "349,00 €", "Amazon EU S.à r.l.")]
    shown = "https://www.amazon.fr/gp/css/order-history?orderID=" + o
    paras = [
        "Nous sommes désolés : l'article ci-dessous n'est plus disponible et votre commande a été annulée.",
        ("Pour recevoir votre remboursement de 349,00 €, veuillez confirmer vos informations de paiement sous 48 heures en vous connectant à votre compte : " + shown,
         '<p>Pour recevoir votre remboursement de 349,00 €, veuillez confirmer vos informations de paiement sous 48 heures en vous connectant à votre compte&nbsp;: <a href="%s">%s</a></p>' % (evil, shown)),
        "Sans confirmation de votre part, le remboursement ne pourra pas être effectué.",
    ]
    text = text_amazon(mk, o, "Bonjour Émilie,", paras, items, mk["sign"]).replace(
        "https://www.amazon.fr/gp/css/order-history?ref_=pe_2640190_232586610", evil)
    add("lookalike", "fr", "inventory_shortage", True, None, "gabarit soigné copié, texte du lien amazon.fr mais href ailleurs, domaine amazon.fr.<evil>",
        other_mail(("Amazon.fr", "auto-confirm@amazon.fr.commande-annulee.support"), to,
                   "Votre commande Amazon.fr n° %s a été annulée" % o, d,
                   phish_headers(d, "amazon.fr.commande-annulee.support", auth="dkim=none (message not signed);\n\tspf=pass smtp.mailfrom=amazon.fr.commande-annulee.support;\n\tdmarc=none header.from=amazon.fr.commande-annulee.support"),
                   parts="alt", cte="quoted-printable", text=text,
                   html=html_classic(mk, "Annulation de commande", o, "Bonjour Émilie,", paras, items, mk["sign"], link=evlink)))

    mk = MK["amazon.ca"]
    to = ("Marc-André Roy", "ma.roy@bell.net")
    d = when(2024, 1, 19, 13, 41, -5)
    evil = "https://amaz0n-ca.com/fr/compte/paiement?id=" + hexs(10)
    txt = """Amazon.ca

Bonjour Marc-André,

Nous n'avons pas pu valider le mode de paiement associé à votre commande #702-55813-990X.

VOTRE COMMANDE SERA ANNULÉE DANS 24 HEURES si vous ne mettez pas à jour vos informations de paiement.

Mettre à jour maintenant : %s

Merci de votre confiance,
L'équipe Amazon.ca
""" % evil
    html = crude_html([
        '<table width="600" align="center" style="border-top:4px solid #febd69"><tr><td style="padding:20px">',
        '<h1 style="font-size:22px">Amazon.ca</h1>',
        '<p>Bonjour Marc-André,</p>',
        '<p>Nous n\'avons pas pu valider le mode de paiement associé à votre commande <b>#702-55813-990X</b>.</p>',
        '<p style="color:#b12704;font-weight:bold">VOTRE COMMANDE SERA ANNULÉE DANS 24 HEURES si vous ne mettez pas à jour vos informations de paiement.</p>',
        '<p><a href="%s" style="background:#f0c14b;border:1px solid #a88734;padding:10px 20px;color:#111;text-decoration:none">Mettre à jour maintenant</a></p>' % evil,
        '<p>Merci de votre confiance,<br>L\'équipe Amazon.ca</p>',
        '</td></tr></table>'])
    add("lookalike", "fr", "payment_issue", True, None, "omicron grec dans le nom, domaine amaz0n-ca, « sera annulée », n° malformé; base64",
        other_mail(("Amazοn.ca", "facturation@amaz0n-ca.com"), to,
                   "Action requise : votre commande sera annulée", d,
                   phish_headers(d, "amaz0n-ca.com", auth="dkim=pass header.d=amaz0n-ca.com;\n\tspf=pass smtp.mailfrom=amaz0n-ca.com;\n\tdmarc=pass header.from=amaz0n-ca.com"),
                   parts="alt", cte="base64", text=txt, html=html))

    to = ("", "lucas.moreau@orange.fr")
    d = when(2024, 3, 30, 23, 59, 1)
    html = crude_html([
        '<p><font size="5" color="red"><b>VOTRE COMMANDE AMAZON EST ANNULÉ !!!</b></font></p>',
        '<p>Bonjour cher client,<br>votre commande Amazon a été annulé. Vous avez droit à un remboursement de <b>87,50€</b>.</p>',
        '<p>Cliquez ici pour obtenir le remboursement : <a href="https://bit.ly/3xRmbrsmt">https://bit.ly/3xRmbrsmt</a></p>',
        '<p>Amazon service client</p>'])
    add("lookalike", "fr", "unknown", False, None, "grossier, yahoo.fr, sans n° de commande ni motif; HTML seul 8bit",
        other_mail(("amazon", "amazon.remboursement77@yahoo.fr"), to, "Commande Amazon annulé - remboursement disponible", d,
                   freemail_headers(d, "yahoo.fr"), parts="html", cte="8bit", html=html))

    mk = MK["amazon.com.be"]
    to = ("Pauline Jacobs", "pauline.jacobs@telenet.be")
    d = when(2024, 5, 27, 10, 8, 0)
    o = onum("028")
    evil = "https://amazon-orders.help/be-fr/verify?ref=" + hexs(16)
    paras = [
        "En raison d'une erreur technique survenue lors du traitement de votre paiement, votre commande a été annulée par notre système.",
        "Pour réactiver votre commande et éviter la suspension de votre compte, veuillez confirmer vos informations de facturation dans les 48 heures.",
    ]
    items = [("Samsung Galaxy Tab S9 FE, 128 Go, Wi-Fi, Gris", 1, "429,00 €", "Amazon EU S.à r.l.")]
    add("lookalike", "fr", "technical_issue", True, None, "domaine amazon-orders.help, DKIM/DMARC pass pour son propre domaine; gabarit hedwig base64",
        other_mail(("Amazon.com.be", "service@amazon-orders.help"), to,
                   "Information importante concernant votre commande %s" % o, d,
                   phish_headers(d, "amazon-orders.help", auth="dkim=pass header.d=amazon-orders.help header.s=mail;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass (p=NONE) header.from=amazon-orders.help"),
                   parts="html", cte="base64",
                   html=html_hedwig(mk, o, "Bonjour Pauline,", paras, items, link=lambda p: evil, sec=False,
                                    button=("Confirmer mes informations", "/x"))))

    to = ("", "s.girard@neuf.fr")
    d = when(2024, 12, 9, 7, 33, 1)
    evil = "https://amazon-fr.securite-compte.com/annulation/opposition?c=" + hexs(8)
    txt = """Amazon

Confirmation d'annulation de votre commande

Votre demande d'annulation a bien été prise en compte.

Commande : #112-5839201-55
Article : Apple iPhone 15 Pro Max 256 Go - Titane naturel
Montant remboursé : 1 479,00 €
Mode de remboursement : virement sur le compte enregistré

Vous n'avez pas demandé cette annulation ? Un tiers a peut-être accès à votre compte.
Appelez sans attendre notre centre d'assistance au +33 9 74 59 12 08 ou faites opposition en ligne :
%s

Merci de faire vos achats chez nous.
Amazon.fr
""" % evil
    html = crude_html([
        '<div style="font-family:Amazon Ember,Arial,sans-serif;max-width:600px;margin:0 auto">',
        '<div style="background:#232f3e;padding:12px"><span style="color:#fff;font-size:20px;font-weight:bold">amazon</span><span style="color:#ff9900">.fr</span></div>',
        '<h2>Confirmation d\'annulation de votre commande</h2>',
        '<p>Votre demande d\'annulation a bien été prise en compte.</p>',
        '<table style="background:#f3f3f3;width:100%;padding:10px"><tr><td>Commande</td><td>#112-5839201-55</td></tr>',
        '<tr><td>Article</td><td>Apple iPhone 15 Pro Max 256 Go - Titane naturel</td></tr>',
        '<tr><td>Montant remboursé</td><td><b>1 479,00 €</b></td></tr></table>',
        '<p><b>Vous n\'avez pas demandé cette annulation ?</b> Un tiers a peut-être accès à votre compte. Appelez sans attendre notre centre d\'assistance au <b>+33 9 74 59 12 08</b> ou <a href="%s">faites opposition en ligne</a>.</p>' % evil,
        '<p style="font-size:11px;color:#777">Merci de faire vos achats chez nous. Amazon.fr</p></div>'])
    add("lookalike", "fr", "customer_request", True, None, "faux « annulation demandée » + numéro de rappel, n° malformé, domaine amazon-fr.securite-compte.com",
        other_mail(("Amazon", "no-reply@amazon-fr.securite-compte.com"), to,
                   "Confirmation d'annulation : Apple iPhone 15 Pro Max 256 Go", d,
                   phish_headers(d, "amazon-fr.securite-compte.com", mailer="PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"),
                   parts="alt", cte="quoted-printable", text=txt, html=html))

    # ---------------- non-notices ----------------
    to = ("Hélène Marchand", "helene.marchand@orange.fr")
    d = when(2024, 2, 26, 15, 12, 1)
    html = crude_html([
        '<table width="600" align="center" style="font-family:Georgia,serif;color:#3b2a1a"><tr><td>',
        '<h1 style="font-size:24px;text-align:center">La Maison du Thé</h1>',
        '<p>Bonjour Hélène,</p>',
        '<p>Nous sommes désolés : le <b>Thé vert Sencha Fukamushi bio (100 g)</b> que vous avez commandé est en rupture de stock chez notre producteur et ne sera pas réapprovisionné avant la prochaine récolte.</p>',
        '<p>Nous avons donc <b>annulé votre commande n° MT-58214</b> du 24 février 2024.</p>',
        '<p>Vous aviez réglé cette commande avec <b>Amazon Pay</b>. Le remboursement de 18,90 € sera effectué via Amazon Pay sous 3 à 5 jours ouvrés ; il apparaîtra dans votre compte Amazon, rubrique « Transactions Amazon Pay ».</p>',
        '<p>En guise d\'excuse, voici un code de 10 % valable sur votre prochaine commande : <b>SENCHA10</b>.</p>',
        '<p>Théiquement vôtre,<br>L\'équipe de La Maison du Thé<br>12 rue du Bac, 75007 Paris</p>',
        '<p style="font-size:11px;color:#888">Vous recevez cet e-mail suite à votre commande sur maisondu-the.fr.</p>',
        '</td></tr></table>'])
    add("non_notice", "fr", None, False, None, "annulation d'une boutique tierce payée via Amazon Pay",
        other_mail(("La Maison du Thé", "commandes@maisondu-the.fr"), to,
                   "Annulation de votre commande n° MT-58214", d,
                   phish_headers(d, "maisondu-the.fr", ip="198.2.180.%d" % rng.randint(1, 250),
                                 auth="dkim=pass header.d=maisondu-the.fr;\n\tspf=pass smtp.mailfrom=maisondu-the.fr;\n\tdmarc=pass header.from=maisondu-the.fr"),
                   parts="html", cte="quoted-printable", html=html))

    to = ("Léa Vincent", "lea.vincent@gmail.com")
    d = when(2024, 4, 15, 20, 41, 2)
    txt = """Coucou Léa,

Petite mise à jour pour le cadeau de maman : j'ai annulé ma commande Amazon du robot pâtissier, la livraison était annoncée pour le 28 et son anniversaire c'est le 20... Amazon m'a confirmé l'annulation ce matin, donc pas de souci de double achat.

Est-ce que tu peux passer chez Boulanger samedi pour le prendre en magasin ? Je te rembourse ma moitié par Lydia.

Bisous,
Antoine
"""
    add("non_notice", "fr", None, False, None, "un proche raconte qu'il a annulé sa commande Amazon",
        other_mail(("Antoine Vincent", "antoine.vincent59@gmail.com"), to, "Cadeau maman", d,
                   freemail_headers(d, "gmail.com"), parts="text", cte="8bit", text=txt))

    to = ("", "abonne@lemagconso-lecteurs.fr")
    d = when(2024, 11, 21, 8, 0, 1)
    txt = """LE MAG CONSO - La lettre du jeudi

ARNAQUE : LE FAUX MAIL « VOTRE COMMANDE AMAZON A ÉTÉ ANNULÉE » REVIENT

Depuis quelques semaines, nos lecteurs nous signalent un e-mail intitulé « Votre commande Amazon a été annulée - action requise ». Il prétend qu'un achat (souvent un iPhone ou une console) a été annulé et invite à appeler un numéro « d'assistance » ou à cliquer pour « confirmer le remboursement ».

Comment le reconnaître :
- l'expéditeur n'est pas une adresse se terminant par @amazon.fr ;
- le numéro de commande ne respecte pas le format habituel (3-7-7 chiffres) ;
- on vous demande un numéro de carte, un code reçu par SMS ou d'appeler un numéro.

Nos conseils : ne cliquez pas, vérifiez vos commandes en vous connectant directement sur le site, et signalez le message sur la plateforme officielle.

Lire l'article complet : https://www.lemagconso.fr/arnaques/faux-mail-annulation-amazon

Vous recevez cette lettre car vous êtes abonné(e) au Mag Conso. Se désabonner : https://www.lemagconso.fr/desabonnement
"""
    html = crude_html([
        '<table width="640" align="center" style="font-family:Helvetica,Arial,sans-serif"><tr><td>',
        '<p style="font-size:12px;color:#888">LE MAG CONSO - La lettre du jeudi</p>',
        '<h1 style="font-size:26px">Arnaque : le faux mail « Votre commande Amazon a été annulée » revient</h1>',
        '<p>Depuis quelques semaines, nos lecteurs nous signalent un e-mail intitulé <i>« Votre commande Amazon a été annulée - action requise »</i>. Il prétend qu\'un achat (souvent un iPhone ou une console) a été annulé et invite à appeler un numéro « d\'assistance » ou à cliquer pour « confirmer le remboursement ».</p>',
        '<h3>Comment le reconnaître</h3><ul><li>l\'expéditeur n\'est pas une adresse se terminant par @amazon.fr ;</li><li>le numéro de commande ne respecte pas le format habituel (3-7-7 chiffres) ;</li><li>on vous demande un numéro de carte, un code reçu par SMS ou d\'appeler un numéro.</li></ul>',
        '<p>Nos conseils : ne cliquez pas, vérifiez vos commandes en vous connectant directement sur le site, et signalez le message sur la plateforme officielle.</p>',
        '<p><a href="https://www.lemagconso.fr/arnaques/faux-mail-annulation-amazon">Lire l\'article complet</a></p>',
        '<p style="font-size:11px;color:#888">Vous recevez cette lettre car vous êtes abonné(e) au Mag Conso. <a href="https://www.lemagconso.fr/desabonnement">Se désabonner</a></p>',
        '</td></tr></table>'])
    add("non_notice", "fr", None, False, None, "lettre d'information sur l'hameçonnage citant un faux objet d'annulation",
        other_mail(("Le Mag Conso", "newsletter@lemagconso.fr"), to,
                   "Arnaque : le faux mail « Votre commande Amazon a été annulée » revient", d,
                   phish_headers(d, "lemagconso.fr", ip="185.41.28.%d" % rng.randint(1, 250),
                                 auth="dkim=pass header.d=lemagconso.fr;\n\tspf=pass smtp.mailfrom=lemagconso.fr;\n\tdmarc=pass header.from=lemagconso.fr"),
                   post_headers=[("List-Unsubscribe", "<https://www.lemagconso.fr/desabonnement>")],
                   parts="alt", cte="quoted-printable", text=txt, html=html))

    mk = MK["amazon.fr"]
    paras = [
        "Nous vous confirmons la résiliation de votre abonnement Amazon Prime. Votre abonnement a été annulé et ne sera pas renouvelé.",
        "Vous continuerez à bénéficier des avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) jusqu'au 14 août 2024. Aucun autre montant ne vous sera prélevé.",
        "Vos commandes en cours ne sont pas concernées et seront livrées normalement.",
        "Vous changez d'avis ? Vous pouvez réactiver Prime à tout moment depuis la page Gérer mon abonnement Prime.",
    ]
    add("non_notice", "fr", None, False, None, "résiliation d'abonnement Prime (pas une commande)",
        amazon_mail(mk, "digital-no-reply", ("Romain Blanc", "romain.blanc@gmail.com"),
                    "Confirmation de la résiliation de votre abonnement Amazon Prime", when(2024, 7, 14, 12, 2), True,
                    parts="alt", cte="base64",
                    text=text_amazon(mk, None, "Bonjour Romain,", paras, None, mk["sign"], url_orders=False),
                    html=html_hedwig(mk, None, "Bonjour Romain,", paras, None, button=("Gérer mon abonnement Prime", "/gp/primecentral"))))

    mk = MK["amazon.ca"]
    o = onum("702")
    paras = [
        "Nous n'avons pas pu débiter la carte Mastercard se terminant par 0932 pour votre commande no %s. Il arrive qu'un paiement soit refusé lorsque la carte est expirée ou que les renseignements de facturation ne correspondent pas." % o,
        "Afin que nous puissions expédier vos articles, veuillez réviser votre mode de paiement d'ici le 21 mars 2024 dans Vos commandes > Modifier le mode de paiement.",
        "Si vous ne mettez pas à jour votre mode de paiement avant cette date, votre commande sera annulée.",
    ]
    items = [("Nespresso Vertuo Next par Breville, Noir mat", 1, "149,99 $", "Amazon.com.ca ULC")]
    add("non_notice", "fr", None, False, None, "rappel de paiement véritable avant toute annulation (« sera annulée »)",
        amazon_mail(mk, "payments-messages", ("Isabelle Côté", "isabelle.cote@videotron.ca"),
                    "Action requise : mettez à jour le mode de paiement de votre commande Amazon.ca", when(2024, 3, 18, 10, 15), False,
                    parts="text", cte="quoted-printable",
                    text=text_amazon(mk, o, "Bonjour Isabelle,", paras, None, mk["sign"])))

    mk = MK["amazon.com.be"]
    o = onum("305")
    paras = [
        "Le rendez-vous de livraison prévu le mardi 12 mars entre 8 h et 12 h pour votre commande a été annulé par notre transporteur partenaire, qui ne dispose plus d'équipe à deux livreurs sur ce créneau.",
        "Votre commande n'est pas annulée. Le transporteur vous contactera par téléphone dans les 48 heures pour convenir d'un nouveau créneau de livraison, sans frais supplémentaires.",
        "Vous pouvez aussi choisir un nouveau créneau dès maintenant depuis la page de suivi de votre colis.",
    ]
    items = [("Bosch Série 6 Lave-linge frontal WGG24409FF, 9 kg, 1400 tr/min", 1, "599,00 €", "Amazon EU S.à r.l.")]
    add("non_notice", "fr", None, False, None, "créneau / rendez-vous de livraison annulé, commande maintenue",
        amazon_mail(mk, "shipment-tracking", ("Kevin Peeters", "kevin.peeters@proximus.be"),
                    "Votre créneau de livraison a été annulé - commande %s" % o, when(2024, 3, 11, 17, 40), False,
                    parts="html", cte="quoted-printable",
                    html=html_classic(mk, "Créneau de livraison annulé", o, "Bonjour Kevin,", paras, items, mk["sign"],
                                      items_head="Articles concernés")))


# ===========================================================================
# SPANISH  (amazon.es, amazon.com.mx)
# ===========================================================================
def spanish():
    # ---------------- notices ----------------
    mk = MK["amazon.com.mx"]
    o = onum("701")
    items = [("The Legend of Zelda: Echoes of Wisdom - Edición Limitada - Nintendo Switch (Preventa)", 1, "$1,599.00", "Amazon México")]
    paras = [
        "Lamentamos informarte que no podremos surtir tu preventa. Nuestro proveedor nos notificó que no recibiremos unidades suficientes de la edición limitada para cubrir todos los pedidos, por lo que cancelamos el artículo que se muestra abajo.",
        "No se realizó ningún cargo a tu método de pago. Si ves una autorización pendiente, desaparecerá en un plazo de 3 a 5 días hábiles, según tu banco.",
        "Sentimos mucho las molestias. La edición estándar sigue disponible en Amazon.com.mx.",
    ]
    add("notice", "es", "inventory_shortage", True, "amazon.com.mx", "preventa que no se puede surtir; texto+HTML clásico QP",
        amazon_mail(mk, "auto-confirm", ("Diego Hernández", "diego.hdz@hotmail.com"),
                    "Tu pedido de Amazon.com.mx #%s ha sido cancelado" % o, when(2024, 9, 20, 15, 33), True,
                    parts="alt", cte="quoted-printable",
                    text=text_amazon(mk, o, "Hola Diego:", paras, items, mk["sign"]),
                    html=html_classic(mk, "Pedido cancelado", o, "Hola Diego:", paras, items, mk["sign"])))

    mk = MK["amazon.es"]
    o = onum("403")
    items = [("Cecotec Robot Aspirador Conga 11090 Spin Revolution, 4 en 1", 1, "249,00 €", "Amazon EU S.à r.l.")]
    paras = [
        "No hemos podido procesar el pago de tu pedido n.º %s. El banco emisor ha rechazado el cargo en tu tarjeta Mastercard terminada en 2208." % o,
        "El 9 de octubre te enviamos un correo electrónico pidiéndote que revisaras tu método de pago. Como no hemos recibido la revisión en el plazo indicado, hemos cancelado el pedido.",
        "Si todavía quieres estos productos, realiza un nuevo pedido. Antes, comprueba que el número, la fecha de caducidad y la dirección de facturación de tu tarjeta están actualizados en Mi cuenta > Mis pagos.",
    ]
    add("notice", "es", "payment_issue", True, "amazon.es", "tarjeta rechazada, revisión de pago no realizada a tiempo; texto iso-8859-15 8bit",
        amazon_mail(mk, "payments-messages", ("Lucía García", "lucia.garcia@telefonica.net"),
                    "Tu pedido de Amazon.es %s ha sido cancelado" % o, when(2024, 10, 16, 8, 2), False,
                    parts="text", charset="iso-8859-15", cte="8bit",
                    text=text_amazon(mk, o, "Hola, Lucía:", paras, items, mk["sign"])))

    mk = MK["amazon.es"]
    o = onum("408")
    items = [("Fairy Ultra Original Lavavajillas a Mano, pack de 12 x 1015 ml", 1, "9,49 €", "Amazon EU S.à r.l.")]
    paras = [
        "Hemos cancelado el siguiente producto de tu pedido debido a un error en la información del anuncio: la página del producto indicaba un pack de 12 unidades, cuando el precio correspondía a una sola botella.",
        "Ya hemos corregido el anuncio. No se te cobrará nada por este producto; el resto de tu pedido se enviará según lo previsto.",
        "Sentimos las molestias que este error haya podido causarte.",
    ]
    add("notice", "es", "technical_issue", True, "amazon.es", "error en el anuncio (listing); texto+HTML hedwig base64",
        amazon_mail(mk, "order-update", ("Javier Romero", "javier.romero@gmail.com"),
                    "Se ha cancelado un producto de tu pedido de Amazon.es %s" % o, when(2024, 6, 4, 11, 47), True,
                    parts="alt", cte="base64",
                    text=text_amazon(mk, o, "Hola, Javier:", paras, items, mk["sign"]),
                    html=html_hedwig(mk, o, "Hola, Javier:", paras, items, title="Producto cancelado")))

    mk = MK["amazon.com.mx"]
    o = onum("702")
    items = [("Apple iPhone 15, 128 GB, Negro", 1, "$16,999.00", "Amazon México"),
             ("Tarjeta de regalo Amazon.com.mx - Envío por correo electrónico", 3, "$6,000.00", "Amazon México")]
    paras = [
        "Durante una revisión de seguridad de rutina identificamos actividad inusual en tu cuenta. Para protegerte, pusimos tu cuenta en espera temporalmente y cancelamos el pedido que aparece abajo.",
        "Para reactivar tu cuenta, entra a Amazon.com.mx escribiendo la dirección directamente en tu navegador, inicia sesión y sigue las indicaciones para verificar tu identidad. No se realizó ningún cargo.",
        "Si necesitas ayuda, consulta la página de Ayuda de Amazon.com.mx. Nunca te pediremos tu contraseña por correo.",
    ]
    add("notice", "es", "fraud_prevention", True, "amazon.com.mx", "actividad inusual, cuenta en espera; HTML solo QP",
        amazon_mail(mk, "cs-reply", ("Fernanda Ruiz", "fer.ruiz@prodigy.net.mx"),
                    "Tu pedido de Amazon.com.mx ha sido cancelado", when(2024, 12, 2, 4, 18), False,
                    parts="html", cte="quoted-printable",
                    html=html_classic(mk, "Pedido cancelado", o, "Hola Fernanda:", paras, items, mk["sign"])))

    mk = MK["amazon.es"]
    o = onum("171")
    title = "Kindle Paperwhite (16 GB) | Pantalla de 7\", sin publicidad"
    txt = """Amazon.es
%s

Hola, Marta:

Tal como solicitaste, hemos cancelado el siguiente producto de tu pedido n.º %s.

Productos cancelados:
    «%s»
    Cantidad: 1
    Vendido por: Amazon EU S.à r.l.

Motivo de la cancelación: Cancelado por el cliente

No se te cobrará por este producto. Si ya se había realizado el cargo, te lo reembolsaremos en el método de pago original.

Puedes consultar el estado de tus pedidos en Mis pedidos:
https://www.amazon.es/gp/css/order-history?ref_=pe_2640190_232586610

Esperamos volver a verte pronto.
Amazon.es

%s
%s
%s
%s
Ayuda: https://www.amazon.es/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH

%s
%s
""" % (RULE, o, title, RULE, SEC["es"][0], SEC["es"][1], SEC["es"][2], mk["noreply"], mk["legal"])
    add("notice", "es", "customer_request", True, "amazon.es", "cancelación solicitada por la clienta; texto utf-8 8bit",
        amazon_mail(mk, "auto-confirm", ("Marta Sánchez", "marta.sanchez@yahoo.es"),
                    "Cancelación realizada correctamente de «%s» de tu pedido de Amazon.es" % title, when(2024, 1, 8, 21, 26), True,
                    parts="text", cte="8bit", text=txt))

    mk = MK["amazon.com.mx"]
    o = onum("701")
    items = [("Colchón Luuna Original Matrimonial, espuma de memoria", 1, "$8,490.00", "Amazon México")]
    paras = [
        "Cancelamos tu pedido porque no es posible realizar entregas en la dirección de envío que proporcionaste: la paquetería nos informó que el código postal y la colonia no coinciden y no logró validar el domicilio.",
        "No se realizó ningún cargo por este pedido. Te recomendamos revisar tu libreta de direcciones en Mi cuenta y volver a realizar el pedido con una dirección completa.",
    ]
    add("notice", "es", "unknown", True, "amazon.com.mx", "dirección de envío no entregable (motivo fuera de las 4 categorías); texto 8bit + HTML base64",
        amazon_mail(mk, "order-update", ("Alejandro Torres", "alex.torres@gmail.com"),
                    "Tu pedido de Amazon.com.mx %s ha sido cancelado" % o, when(2024, 8, 13, 18, 55), False,
                    parts="alt", cte_text="8bit", cte_html="base64",
                    text=text_amazon(mk, o, "Hola Alejandro:", paras, items, mk["sign"]),
                    html=html_hedwig(mk, o, "Hola Alejandro:", paras, items, title="Pedido cancelado")))

    # ---------------- look-alikes ----------------
    to = ("", "rocio.mendoza@gmail.com")
    d = when(2024, 7, 11, 2, 31, -6)
    txt = """Estimado cliente:

Le informamos que su pedido #701-2281-5521 fue CANCELADO por detectarse una compra sospechosa en su cuenta de Amazon.

Producto: Consola Xbox Series X 1TB
Monto: $13,499.00 MXN

Si usted NO realizó esta compra, comuníquese de inmediato a nuestra línea de seguridad al 55 8421 0093 para bloquear el cargo a su tarjeta.

Horario de atención: 24 horas.

Departamento de Seguridad
Amazon México
"""
    add("lookalike", "es", "fraud_prevention", True, None, "hotmail, número de devolución de llamada, número de pedido malformado; texto 8bit",
        other_mail(("Amazon Mexico Seguridad", "soporte.amazonmx@hotmail.com"), to,
                   "Cancelación de pedido #701-2281-5521 / Compra sospechosa", d,
                   freemail_headers(d, "hotmail.com"), parts="text", cte="8bit", text=txt))

    to = ("Pablo Navarro", "pablo.navarro@gmail.com")
    d = when(2024, 4, 2, 9, 9, 2)
    o = onum("404")
    link = "http://amazon.es.pedidos-cancelados.top/es/ap/verificar?token=" + hexs(20)
    html = crude_html([
        '<div style="max-width:580px;margin:0 auto;font-family:Arial">',
        '<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.es</span></p>',
        '<h2>Tu cuenta ha sido suspendida</h2>',
        '<p>Hola Pablo:</p>',
        '<p>Hemos detectado un acceso no autorizado a tu cuenta. Por tu seguridad, la cuenta ha sido <b>suspendida</b> y tu pedido %s ha sido cancelado.</p>' % o,
        '<p>Para recuperar el acceso, introduce el siguiente código de verificación en el enlace de abajo:</p>',
        '<p style="font-size:30px;font-weight:bold;text-align:center;letter-spacing:5px">58 21 07</p>',
        '<p style="text-align:center"><a href="%s" style="background:#ffd814;padding:12px 28px;border-radius:20px;color:#0f1111;text-decoration:none">Verificar mi cuenta</a></p>' % link,
        '<p>Si no completas la verificación en 24 horas, tu cuenta se cerrará de forma permanente.</p>',
        '<p style="color:#888;font-size:11px">© 1996-2024, Amazon.com, Inc. o sus afiliados</p></div>'])
    add("lookalike", "es", "fraud_prevention", True, None, "Alfa griega en el nombre, cuenta suspendida + código, dominio amazon.es.<malo>; HTML QP",
        other_mail(("Αmazon.es", "seguridad@amazon.es.pedidos-cancelados.top"), to,
                   "Tu cuenta ha sido suspendida y tu pedido cancelado", d,
                   phish_headers(d, "amazon.es.pedidos-cancelados.top", auth="dkim=none;\n\tspf=softfail smtp.mailfrom=amazon.es.pedidos-cancelados.top;\n\tdmarc=none header.from=amazon.es.pedidos-cancelados.top"),
                   parts="html", cte="quoted-printable", html=html))

    to = ("", "antonio.ortega@terra.es")
    d = when(2024, 10, 30, 17, 48, 1)
    txt = """Estimado cliente de Amazon:

Su tarjeta ha sido rechazada y por este motivo su pedido ha sido cancelado.

Para reactivar el pedido y evitar la perdida de su compra, responda a este correo con los siguientes datos:

  - Nombre del titular
  - Número de tarjeta
  - Fecha de caducidad
  - Código de seguridad (CVV)
  - DNI

Una vez recibidos, su pedido se enviará en 24/48 horas.

Atentamente,
Atención al Cliente Amazon.es
"""
    add("lookalike", "es", "payment_issue", True, None, "gmail, pide datos de tarjeta por respuesta, sin número de pedido; texto iso-8859-1 QP",
        other_mail(("Amazon.es Atención al Cliente", "atencion.amazon.es@gmail.com"), to,
                   "Pedido cancelado - tarjeta rechazada", d, freemail_headers(d, "gmail.com"),
                   parts="text", charset="iso-8859-1", cte="quoted-printable", text=txt))

    mk = MK["amazon.es"]
    to = ("Carmen Molina", "carmen.molina@gmail.com")
    d = when(2024, 11, 6, 7, 52, 0)
    o = onum("407")
    evil = "http://amazon-es.pedido-reembolso.com/login.php?id=" + hexs(12)
    evlink = lambda path: evil
    items = [("Dyson V15 Detect Absolute Aspiradora sin cable", 1, "699,00 €", "Amazon EU S.à r.l.")]
    shown = "https://www.amazon.es/gp/css/order-history"
    paras = [
        "Lamentamos comunicarte que el producto de tu pedido se ha agotado y no podremos enviarlo, por lo que tu pedido ha sido cancelado.",
        ("Para recibir el reembolso de 699,00 €, confirma tu método de pago en las próximas 48 horas: " + shown,
         '<p>Para recibir el reembolso de 699,00&nbsp;€, confirma tu método de pago en las próximas 48 horas: <a href="%s">%s</a></p>' % (evil, shown)),
        "Si no lo confirmas, el importe no podrá ser devuelto.",
    ]
    text = text_amazon(mk, o, "Hola, Carmen:", paras, items, mk["sign"]).replace(
        "https://www.amazon.es/gp/css/order-history?ref_=pe_2640190_232586610", evil)
    add("lookalike", "es", "inventory_shortage", True, None, "plantilla pulida, texto del enlace amazon.es pero href a otro dominio; remitente amazon-orders.help",
        other_mail(("Amazon.es", "confirmacion-pedido@amazon-orders.help"), to,
                   "Tu pedido de Amazon.es %s ha sido cancelado" % o, d,
                   phish_headers(d, "amazon-orders.help", auth="dkim=pass header.d=amazon-orders.help header.s=k1;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass header.from=amazon-orders.help"),
                   parts="alt", cte="quoted-printable", text=text,
                   html=html_classic(mk, "Pedido cancelado", o, "Hola, Carmen:", paras, items, mk["sign"], link=evlink)))

    to = ("Ricardo Flores", "ricardo.flores@outlook.com")
    d = when(2024, 2, 14, 12, 12, -6)
    evil = "https://amaz0n.com.mx/cuenta/pagos/actualizar?ref=" + hexs(10)
    html = crude_html([
        '<table width="600" align="center" style="font-family:Arial;border:1px solid #ddd"><tr><td style="padding:20px">',
        '<p style="font-size:24px;font-weight:bold">amazon<span style="font-size:14px">.com.mx</span></p>',
        '<p>Hola Ricardo,</p>',
        '<p>No pudimos procesar el pago de tu pedido <b>#114-55821-9920</b>.</p>',
        '<p style="color:#c40000"><b>Tu pedido será cancelado en 12 horas</b> si no actualizas tu método de pago.</p>',
        '<p><a href="%s" style="background:#f7ca00;padding:10px 24px;color:#111;text-decoration:none">Actualizar método de pago</a></p>' % evil,
        '<p>Gracias por comprar con nosotros.<br>Amazon.com.mx</p>',
        '</td></tr></table>'])
    add("lookalike", "es", "payment_issue", True, None, "dominio amaz0n.com.mx, «será cancelado», número malformado; HTML base64",
        other_mail(("Amazon.com.mx", "pagos@amaz0n.com.mx"), to,
                   "Tu pedido será cancelado - actualiza tu pago", d,
                   phish_headers(d, "amaz0n.com.mx"), parts="html", cte="base64", html=html))

    to = ("", "luis.gomez77@yahoo.com.mx")
    d = when(2024, 5, 19, 22, 4, -6)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p><b><font color="#FF0000" size="5">PEDIDO CANCELADO</font></b></p>
<p>Estimado usuario de amazon, su pedido fue cancelado.</p>
<p>Reclame su reembolso de <b>$2,350.00</b> aquí: <a href="http://tinyurl.com/reembolso-amzn">RECLAMAR REEMBOLSO</a></p>
<p>Amazon</p>
</body></html>
"""
    add("lookalike", "es", "unknown", False, None, "burdo, yahoo.com.mx, sin número de pedido ni motivo; HTML iso-8859-1 8bit",
        other_mail(("AMAZON", "amazon.reembolsos@yahoo.com.mx"), to, "PEDIDO CANCELADO - reclame su reembolso", d,
                   freemail_headers(d, "yahoo.com.mx"), parts="html", charset="iso-8859-1", cte="8bit", html=html))

    mk = MK["amazon.es"]
    to = ("Sergio Iglesias", "sergio.iglesias@gmail.com")
    d = when(2024, 9, 9, 5, 40, 2)
    o = onum("402")
    evil = "https://amazon.es.soporte-clientes.info/es/pedido/reactivar?o=" + o
    paras = [
        "Debido a un error de procesamiento en nuestro sistema, tu pedido ha sido cancelado automáticamente.",
        "Para reactivarlo, vuelve a introducir tus datos personales y de pago en el siguiente enlace antes de 24 horas.",
    ]
    items = [("Apple Watch Series 9 GPS 45 mm, caja de aluminio", 1, "429,00 €", "Amazon EU S.à r.l.")]
    txt = text_amazon(mk, o, "Hola, Sergio:", paras, items, None, sec=False, url_orders=False,
                      extra=["Reactivar pedido: " + evil])
    add("lookalike", "es", "technical_issue", True, None, "«error de procesamiento», dominio amazon.es.<malo>, dmarc=fail; base64",
        other_mail(("Amazon.es", "no-reply@amazon.es.soporte-clientes.info"), to,
                   "Problema con tu pedido %s" % o, d,
                   phish_headers(d, "amazon.es.soporte-clientes.info", auth="dkim=none;\n\tspf=softfail smtp.mailfrom=amazon.es.soporte-clientes.info;\n\tdmarc=fail (p=NONE) header.from=amazon.es.soporte-clientes.info"),
                   parts="alt", cte="base64", text=txt,
                   html=html_hedwig(mk, o, "Hola, Sergio:", paras, items, link=lambda p: evil, sec=False,
                                    button=("Reactivar pedido", "/x"))))

    to = ("", "valeria.castro@gmail.com")
    d = when(2024, 12, 17, 6, 5, -6)
    o = onum("701")
    txt = """Amazon.com.mx

Hola,

Recibimos tu solicitud de cancelación del pedido %s.

Artículo: Consola PlayStation 5 Pro 2TB
Monto a reembolsar: $17,999.00

¿No reconoces esta solicitud? Alguien podría estar usando tu cuenta.
Llama de inmediato al 800 953 1187 para detener la cancelación y proteger tu cuenta.

Gracias,
Servicio al Cliente Amazon
""" % o
    html = crude_html([
        '<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">',
        '<div style="background:#131921;padding:10px 16px;color:#fff;font-size:20px;font-weight:bold">amazon<span style="color:#ff9900">.com.mx</span></div>',
        '<p>Hola,</p><p>Recibimos tu <b>solicitud de cancelación</b> del pedido %s.</p>' % o,
        '<table style="width:100%;background:#f7f7f7;padding:8px"><tr><td>Artículo</td><td>Consola PlayStation 5 Pro 2TB</td></tr><tr><td>Monto a reembolsar</td><td>$17,999.00</td></tr></table>',
        '<p>¿No reconoces esta solicitud? Alguien podría estar usando tu cuenta. Llama de inmediato al <b>800 953 1187</b> para detener la cancelación y proteger tu cuenta.</p>',
        '<p>Gracias,<br>Servicio al Cliente Amazon</p></div>'])
    add("lookalike", "es", "customer_request", True, None, "nombre con letras cirílicas, falsa «solicitud de cancelación» + teléfono; QP",
        other_mail(("Аmazon.com.mx", "notificaciones@amazon-mx-servicio.com"), to,
                   "Solicitud de cancelación recibida - pedido %s" % o, d,
                   phish_headers(d, "amazon-mx-servicio.com"), parts="alt", cte="quoted-printable", text=txt, html=html))

    # ---------------- non-notices ----------------
    to = ("Irene Prieto", "irene.prieto@gmail.com")
    d = when(2024, 3, 5, 10, 22, 1)
    txt = """eBay

Hola, Irene:

El vendedor ha cancelado tu pedido.

Artículo: Bicicleta estática plegable Ultrasport F-Bike, negra
N.º de pedido: 14-11203-58741
Vendedor: deportes_online_es

Mensaje del vendedor:
"Lo sentimos mucho. El artículo se vendió también a través de nuestra tienda en Amazon y nos quedamos sin stock antes de poder actualizar el anuncio en eBay."

Te hemos devuelto 139,90 EUR a tu cuenta de PayPal. El reembolso puede tardar hasta 3 días hábiles en aparecer.

Ver los detalles del pedido: https://order.ebay.es/ord/show?orderId=14-11203-58741

eBay nunca te pedirá tu contraseña por correo electrónico.
Copyright © 1995-2024 eBay Inc. Todos los derechos reservados.
"""
    html = crude_html([
        '<table width="600" align="center" style="font-family:Helvetica,Arial,sans-serif;color:#111820"><tr><td>',
        '<img src="https://ir.ebaystatic.com/cr/v/c1/ebay-logo-1-1200x630-margin.png" width="90" alt="eBay">',
        '<h2>El vendedor ha cancelado tu pedido</h2><p>Hola, Irene:</p>',
        '<p><b>Bicicleta estática plegable Ultrasport F-Bike, negra</b><br>N.º de pedido: 14-11203-58741<br>Vendedor: deportes_online_es</p>',
        '<p style="background:#f7f7f7;padding:10px"><i>Mensaje del vendedor:</i><br>"Lo sentimos mucho. El artículo se vendió también a través de nuestra tienda en Amazon y nos quedamos sin stock antes de poder actualizar el anuncio en eBay."</p>',
        '<p>Te hemos devuelto 139,90 EUR a tu cuenta de PayPal. El reembolso puede tardar hasta 3 días hábiles en aparecer.</p>',
        '<p><a href="https://order.ebay.es/ord/show?orderId=14-11203-58741">Ver los detalles del pedido</a></p>',
        '<p style="font-size:11px;color:#707070">eBay nunca te pedirá tu contraseña por correo electrónico.<br>Copyright © 1995-2024 eBay Inc. Todos los derechos reservados.</p>',
        '</td></tr></table>'])
    add("non_notice", "es", None, False, None, "cancelación real de eBay; el vendedor menciona su tienda de Amazon",
        other_mail(("eBay", "ebay@ebay.es"), to, "El vendedor ha cancelado tu pedido: Bicicleta estática plegable Ultrasport F-Bike", d,
                   phish_headers(d, "ebay.es", ip="66.211.185.%d" % rng.randint(1, 250),
                                 auth="dkim=pass header.d=ebay.es;\n\tspf=pass smtp.mailfrom=ebay.es;\n\tdmarc=pass header.from=ebay.es"),
                   parts="alt", cte="quoted-printable", text=txt, html=html))

    to = ("Equipo Administración", "administracion@talleresvega.es")
    d = when(2024, 6, 12, 9, 3, 2)
    txt = """Hola a todos:

Os informo de que he cancelado el pedido de Amazon de las seis sillas de oficina. El proveedor tardaba tres semanas en enviarlas y nos viene mejor recogerlas directamente en Ikea el viernes.

Amazon ya me ha confirmado la cancelación y no se ha hecho ningún cargo en la tarjeta de empresa.

Un saludo,
Nuria Vega
Administración - Talleres Vega S.L.
Tel. 976 45 12 30
"""
    add("non_notice", "es", None, False, None, "compañera informa de que canceló un pedido de Amazon; texto iso-8859-1 8bit",
        other_mail(("Nuria Vega", "nuria.vega@talleresvega.es"), to, "RE: Sillas oficina nueva sala", d,
                   [("Received", "from EX01.talleresvega.local (82.159.%d.%d)\n\tby mx.example-mail.net with ESMTPS id %s; %s" % (rng.randint(1, 250), rng.randint(1, 250), ups(10).lower(), d)),
                    ("Message-ID", "<%s@EX01.talleresvega.local>" % hexs(24)),
                    ("In-Reply-To", "<%s@EX01.talleresvega.local>" % hexs(24)),
                    ("X-Mailer", "Microsoft Outlook 16.0")],
                   parts="text", charset="iso-8859-1", cte="8bit", text=txt))

    to = ("", "suscriptor@ciberconsejos.es")
    d = when(2024, 10, 3, 7, 30, 2)
    html = crude_html([
        '<table width="640" align="center" style="font-family:Verdana,sans-serif;font-size:14px"><tr><td>',
        '<p style="color:#0b6e4f;font-weight:bold">Ciberconsejos · Boletín semanal n.º 212</p>',
        '<h1 style="font-size:24px">Alerta: campaña de phishing que suplanta a Amazon con falsas cancelaciones</h1>',
        '<p>Se ha detectado una campaña de correos fraudulentos con el asunto <i>«Tu pedido de Amazon ha sido cancelado. Acción requerida»</i>. El mensaje afirma que un pedido ha sido cancelado por un problema con el pago y pide al usuario que «confirme sus datos» en un enlace que imita la web de la tienda.</p>',
        '<h3>¿Cómo protegerte?</h3>',
        '<ul><li>Comprueba la dirección del remitente: los correos legítimos llegan desde dominios oficiales.</li><li>Pasa el ratón por encima de los enlaces antes de pulsar.</li><li>Accede a tus pedidos escribiendo tú mismo la dirección de la tienda.</li><li>Si ya has facilitado datos bancarios, contacta con tu banco.</li></ul>',
        '<p><a href="https://www.ciberconsejos.es/avisos/phishing-amazon-cancelacion">Leer el aviso completo</a></p>',
        '<p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en ciberconsejos.es. <a href="https://www.ciberconsejos.es/baja">Darse de baja</a></p>',
        '</td></tr></table>'])
    add("non_notice", "es", None, False, None, "boletín sobre phishing que cita un asunto falso de cancelación; HTML base64",
        other_mail(("Ciberconsejos", "boletin@ciberconsejos.es"), to,
                   "Alerta: falsos correos de «pedido de Amazon cancelado»", d,
                   phish_headers(d, "ciberconsejos.es", ip="185.70.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                 auth="dkim=pass header.d=ciberconsejos.es;\n\tspf=pass smtp.mailfrom=ciberconsejos.es;\n\tdmarc=pass header.from=ciberconsejos.es"),
                   post_headers=[("List-Unsubscribe", "<https://www.ciberconsejos.es/baja>")],
                   parts="html", cte="base64", html=html))

    mk = MK["amazon.com.mx"]
    paras = [
        "Confirmamos que cancelaste tu membresía de Kindle Unlimited. Tu membresía no se renovará y no se te realizarán más cargos.",
        "Podrás seguir leyendo los títulos de Kindle Unlimited hasta el 2 de noviembre de 2024. Después de esa fecha, los títulos prestados se devolverán automáticamente.",
        "Los libros que compraste en la Tienda Kindle seguirán en tu biblioteca.",
    ]
    add("non_notice", "es", None, False, None, "cancelación de membresía Kindle Unlimited",
        amazon_mail(mk, "digital-no-reply", ("Andrea Vázquez", "andrea.vazquez@gmail.com"),
                    "Confirmación de cancelación de tu membresía de Kindle Unlimited", when(2024, 10, 2, 19, 44), True,
                    parts="text", cte="quoted-printable",
                    text=text_amazon(mk, None, "Hola Andrea:", paras, None, mk["sign"], url_orders=False)))

    mk = MK["amazon.es"]
    o = onum("406")
    paras = [
        "No hemos podido realizar el cargo en tu tarjeta Visa terminada en 7761 para el pedido n.º %s. Puede deberse a que la tarjeta haya caducado o a que el banco haya rechazado la operación." % o,
        "Para que podamos enviar tu pedido, revisa tu método de pago antes del 27 de abril de 2024 en Mis pedidos > Revisar el pago.",
        "Si no actualizas el método de pago antes de esa fecha, cancelaremos el pedido.",
    ]
    items = [("Bosch Serie 4 Taladro percutor PSB 1800 LI-2 + 2 baterías", 1, "119,99 €", "Amazon EU S.à r.l.")]
    add("non_notice", "es", None, False, None, "aviso real de pago pendiente antes de cancelar («cancelaremos el pedido»)",
        amazon_mail(mk, "payments-messages", ("Raúl Delgado", "raul.delgado@gmail.com"),
                    "Se requiere una acción: revisa el pago de tu pedido de Amazon.es", when(2024, 4, 22, 9, 12), False,
                    parts="alt", cte="quoted-printable",
                    text=text_amazon(mk, o, "Hola, Raúl:", paras, items, mk["sign"]).replace(mk["cancelled"], "Productos del pedido"),
                    html=html_classic(mk, "Revisa tu pago", o, "Hola, Raúl:", paras, items, mk["sign"], items_head="Productos del pedido")))

    mk = MK["amazon.es"]
    o = onum("171")
    paras = [
        "Te informamos de que hemos cancelado la franja horaria de entrega de Amazon Fresh del jueves 23 de mayo, de 19:00 a 21:00, por una incidencia en nuestra flota de reparto en tu zona.",
        "Tu pedido sigue activo y no se ha cancelado. Elige una nueva franja horaria antes de las 23:00 de hoy; si no eliges ninguna, te asignaremos la primera franja disponible de mañana.",
        "Como disculpa, hemos añadido un cupón de 5 € a tu cuenta para tu próximo pedido de Amazon Fresh.",
    ]
    add("non_notice", "es", None, False, None, "franja de entrega de Amazon Fresh cancelada, pedido activo",
        amazon_mail(mk, "fresh-noreply", ("Beatriz León", "beatriz.leon@gmail.com"),
                    "Tu franja de entrega de Amazon Fresh ha sido cancelada", when(2024, 5, 23, 14, 10), True,
                    parts="alt", cte="base64",
                    text=text_amazon(mk, o, "Hola, Beatriz:", paras, None, mk["sign"]),
                    html=html_hedwig(mk, o, "Hola, Beatriz:", paras, None, button=("Elegir nueva franja", "/alm/storefront?almBrandId=QW1hem9uIEZyZXNo"))))


# ===========================================================================
# BRAZILIAN PORTUGUESE  (amazon.com.br)
# ===========================================================================
def portuguese():
    mk = MK["amazon.com.br"]
    # ---------------- notices ----------------
    o = onum("702")
    txt = """Amazon.com.br
%s

Olá, Rafael,

Infelizmente precisamos cancelar o seu pedido nº %s.

O vendedor parceiro TechMais Eletrônicos informou que o produto abaixo está sem estoque e que não conseguirá atender ao seu pedido.

Itens cancelados:
    Smartphone Motorola Moto G84 5G 256GB 8GB RAM - Grafite
    Vendido por: TechMais Eletrônicos
    Quantidade: 1   Valor: R$ 1.299,00

Nenhum valor foi cobrado. Caso o pagamento já tenha sido aprovado, o estorno será feito na mesma forma de pagamento em até 2 faturas (cartão de crédito) ou em até 5 dias úteis (Pix).

Pedimos desculpas pelo transtorno. Outras ofertas deste produto podem estar disponíveis na página do item.

Seus pedidos:
https://www.amazon.com.br/gp/css/order-history?ref_=pe_2640190_232586610

%s
%s
%s
%s
Ajuda: https://www.amazon.com.br/gp/help/customer/display.html?nodeId=GX4BJXN5P7WJ5CAH

%s
%s
""" % (RULE, o, RULE, SEC["pt"][0], SEC["pt"][1], SEC["pt"][2], mk["noreply"], mk["legal"])
    add("notice", "pt", "inventory_shortage", True, "amazon.com.br", "vendedor parceiro sem estoque; texto iso-8859-1 QP",
        amazon_mail(mk, "auto-confirm", ("Rafael Souza", "rafael.souza@uol.com.br"),
                    "Seu pedido Amazon.com.br nº %s foi cancelado" % o, when(2024, 3, 7, 13, 20), True,
                    parts="text", charset="iso-8859-1", cte="quoted-printable", text=txt))

    o = onum("701")
    items = [("Cafeteira Expresso Oster PrimaLatte, 15 bar, Vermelha, 220V", 1, "R$ 899,90", "Amazon.com.br")]
    paras = [
        "Não identificamos o pagamento do boleto bancário referente ao seu pedido nº %s até a data de vencimento (15/07/2024). Por isso, o pedido foi cancelado." % o,
        "Se você já pagou o boleto, o valor será devolvido automaticamente em até 10 dias úteis na conta informada.",
        "Se ainda quiser o produto, faça um novo pedido e escolha outra forma de pagamento, como cartão de crédito ou Pix.",
    ]
    add("notice", "pt", "payment_issue", True, "amazon.com.br", "boleto não pago no prazo; texto+HTML clássico QP",
        amazon_mail(mk, "payments-messages", ("Juliana Costa", "juliana.costa@gmail.com"),
                    "Seu pedido Amazon.com.br foi cancelado: pagamento não identificado", when(2024, 7, 17, 9, 5), False,
                    parts="alt", cte="quoted-printable",
                    text=text_amazon(mk, o, "Olá, Juliana,", paras, items, mk["sign"]),
                    html=html_classic(mk, "Pedido cancelado", o, "Olá, Juliana,", paras, items, mk["sign"])))

    o = onum("702")
    items = [("Monitor LG UltraGear 27\" QHD 180Hz IPS 1ms, 27GS75Q", 1, "R$ 179,90", "Amazon.com.br")]
    paras = [
        "Cancelamos o item abaixo do seu pedido devido a um erro de preço: por uma falha no sistema, o valor exibido na página do produto no momento da compra estava incorreto.",
        "Você não será cobrado por este item. O erro já foi corrigido e o produto está disponível novamente pelo preço atual.",
        "Pedimos desculpas pelo inconveniente.",
    ]
    add("notice", "pt", "technical_issue", True, "amazon.com.br", "erro de preço / falha no sistema; HTML só base64",
        amazon_mail(mk, "order-update", ("Bruno Almeida", "bruno.almeida@hotmail.com"),
                    "Um item do seu pedido Amazon.com.br %s foi cancelado" % o, when(2024, 11, 25, 2, 51), False,
                    parts="html", cte="base64",
                    html=html_hedwig(mk, o, "Olá, Bruno,", paras, items, title="Item cancelado")))

    o = onum("701")
    items = [("Notebook Samsung Galaxy Book4 Intel Core i7 16GB 512GB SSD 15,6\"", 1, "R$ 5.499,00", "Amazon.com.br")]
    paras = [
        "Seu pedido ficou retido para análise de segurança e não conseguimos verificar as informações de pagamento associadas a ele. Por precaução, o pedido foi cancelado e sua conta foi temporariamente bloqueada.",
        "Para desbloquear sua conta, acesse Amazon.com.br digitando o endereço diretamente no navegador, faça login e siga as instruções na tela para confirmar sua identidade. Nenhum valor foi cobrado.",
    ]
    add("notice", "pt", "fraud_prevention", True, "amazon.com.br", "retido para análise de segurança, conta bloqueada; texto+HTML base64",
        amazon_mail(mk, "cs-reply", ("Patrícia Lima", "patricia.lima@terra.com.br"),
                    "Seu pedido Amazon.com.br foi cancelado", when(2024, 5, 10, 23, 2), True,
                    parts="alt", cte="base64",
                    text=text_amazon(mk, o, "Olá,", paras, items, mk["sign"]),
                    html=html_classic(mk, "Pedido cancelado", o, "Olá,", paras, items, mk["sign"])))

    o = onum("702")
    title = "Fritadeira Elétrica Air Fryer Mondial 4L AFN-40-BI"
    items = [(title, 1, "R$ 349,90", "Amazon.com.br")]
    paras = [
        "Conforme solicitado, cancelamos o item abaixo do seu pedido nº %s." % o,
        "Motivo do cancelamento: Cancelado pelo cliente",
        "Você não será cobrado por este item. Se o pagamento já tiver sido processado, o reembolso será feito na forma de pagamento original.",
    ]
    add("notice", "pt", "customer_request", True, "amazon.com.br", "cancelamento a pedido do cliente; texto+HTML 8bit utf-8",
        amazon_mail(mk, "auto-confirm", ("Gustavo Ferreira", "gustavo.ferreira@gmail.com"),
                    "Cancelamento realizado com sucesso: \"%s\" do seu pedido Amazon.com.br" % title, when(2024, 8, 30, 16, 16), False,
                    parts="alt", cte="8bit",
                    text=text_amazon(mk, o, "Olá, Gustavo,", paras, items, mk["sign"]),
                    html=html_hedwig(mk, o, "Olá, Gustavo,", paras, items, title="Cancelamento realizado")))

    o = onum("701")
    items = [("Kit 6 Taças de Cristal para Vinho Bohemia 450ml", 1, "R$ 219,90", "Amazon.com.br")]
    paras = [
        "Informamos que o seu pedido foi cancelado.",
        "Se algum valor foi cobrado, ele será estornado na forma de pagamento utilizada. Pedimos desculpas por qualquer inconveniente.",
    ]
    add("notice", "pt", "unknown", False, "amazon.com.br", "« Informações da Amazon.com.br » sem motivo; texto só QP utf-8",
        amazon_mail(mk, "order-update", ("Aline Ribeiro", "aline.ribeiro@bol.com.br"),
                    "Informações da Amazon.com.br", when(2024, 2, 2, 12, 37), True,
                    parts="text", cte="quoted-printable",
                    text=text_amazon(mk, o, "Olá, Aline,", paras, items, mk["sign"])))

    # ---------------- look-alikes ----------------
    to = ("", "marcos.silva@gmail.com")
    d = when(2024, 6, 7, 4, 12, -3)
    txt = """Prezado(a) cliente,

Seu pedido #702-99812-4410 foi CANCELADO pois identificamos uma compra suspeita em sua conta Amazon.

Produto: Smart TV Samsung 65" Neo QLED 4K
Valor: R$ 6.899,00

Se você NÃO reconhece esta compra, ligue AGORA para nossa central de segurança: (11) 4003-8821
Atendimento 24 horas. Tenha em mãos o cartão utilizado.

Central de Segurança Amazon Brasil
"""
    add("lookalike", "pt", "fraud_prevention", True, None, "gmail, número para ligar, nº de pedido malformado; texto 8bit",
        other_mail(("Central Amazon", "central.amazon.br@gmail.com"), to,
                   "Pedido #702-99812-4410 CANCELADO - compra suspeita", d,
                   freemail_headers(d, "gmail.com"), parts="text", cte="8bit", text=txt))

    to = ("Fernanda Carvalho", "fernanda.carvalho@yahoo.com.br")
    d = when(2024, 9, 14, 10, 45, -3)
    o = onum("701")
    link = "https://amazon-br-seguranca.com/ap/reativar?tk=" + hexs(22)
    html = crude_html([
        '<div style="max-width:600px;margin:0 auto;font-family:Arial">',
        '<p style="font-size:22px;font-weight:bold">amazon<span style="color:#ff9900">.com.br</span></p>',
        '<h2 style="color:#b12704">Sua conta foi suspensa</h2>',
        '<p>Olá, Fernanda,</p>',
        '<p>Detectamos atividades irregulares e sua conta Amazon foi <b>suspensa</b>. O pedido %s foi cancelado.</p>' % o,
        '<p>Para reativar sua conta, use o código abaixo na página de verificação:</p>',
        '<p style="font-size:30px;font-weight:bold;text-align:center">802-114</p>',
        '<p style="text-align:center"><a href="%s" style="background:#ffd814;padding:12px 26px;border-radius:20px;color:#0f1111;text-decoration:none">Reativar minha conta</a></p>' % link,
        '<p>O código expira em 1 hora.</p>',
        '<p style="font-size:11px;color:#888">© 1996-2024, Amazon.com, Inc. ou suas afiliadas</p></div>'])
    add("lookalike", "pt", "fraud_prevention", True, None, "nome com letra cirílica, conta suspensa + código; HTML QP",
        other_mail(("Аmazon Brasil", "seguranca@amazon-br-seguranca.com"), to,
                   "Sua conta foi suspensa e seu pedido cancelado", d,
                   phish_headers(d, "amazon-br-seguranca.com", auth="dkim=none;\n\tspf=neutral smtp.mailfrom=amazon-br-seguranca.com;\n\tdmarc=none header.from=amazon-br-seguranca.com"),
                   parts="html", cte="quoted-printable", html=html))

    to = ("", "joao.pereira@ig.com.br")
    d = when(2024, 4, 23, 19, 30, -3)
    txt = """Prezado cliente Amazon,

O pagamento da sua compra foi recusado pela operadora do cartão e o seu pedido foi cancelado.

Para reativar o pedido, responda este e-mail informando:
- Nome completo do titular
- CPF
- Número do cartão
- Validade
- Código de segurança (CVV)

Após a confirmação, o pedido será liberado para envio no mesmo dia.

Atenciosamente,
Equipe de Pagamentos Amazon
"""
    add("lookalike", "pt", "payment_issue", True, None, "hotmail, pede dados do cartão por resposta, sem nº de pedido; texto iso-8859-1 QP",
        other_mail(("Amazon Pagamentos", "pagamentos.amazon.br@hotmail.com"), to,
                   "Pagamento recusado - pedido cancelado", d, freemail_headers(d, "hotmail.com"),
                   parts="text", charset="iso-8859-1", cte="quoted-printable", text=txt))

    to = ("Camila Rocha", "camila.rocha@gmail.com")
    d = when(2024, 10, 21, 8, 8, 0)
    o = onum("702")
    evil = "http://amazon.com.br.pedidos-cancelamento.site/reembolso/login?o=" + o
    evlink = lambda path: evil
    items = [("Apple iPhone 15 (128 GB) - Preto", 1, "R$ 5.299,00", "Amazon.com.br")]
    shown = "https://www.amazon.com.br/gp/css/order-history"
    paras = [
        "Infelizmente o produto do seu pedido ficou indisponível e o pedido foi cancelado.",
        ("Para receber o reembolso de R$ 5.299,00, confirme seus dados de pagamento em até 48 horas: " + shown,
         '<p>Para receber o reembolso de R$&nbsp;5.299,00, confirme seus dados de pagamento em até 48 horas: <a href="%s">%s</a></p>' % (evil, shown)),
    ]
    text = text_amazon(mk, o, "Olá, Camila,", paras, items, mk["sign"]).replace(
        "https://www.amazon.com.br/gp/css/order-history?ref_=pe_2640190_232586610", evil)
    add("lookalike", "pt", "inventory_shortage", True, None, "modelo polido, texto do link amazon.com.br mas href para amazon.com.br.<malicioso>",
        other_mail(("Amazon.com.br", "auto-confirm@amazon.com.br.pedidos-cancelamento.site"), to,
                   "Seu pedido Amazon.com.br nº %s foi cancelado" % o, d,
                   phish_headers(d, "amazon.com.br.pedidos-cancelamento.site"),
                   parts="alt", cte="quoted-printable", text=text,
                   html=html_classic(mk, "Pedido cancelado", o, "Olá, Camila,", paras, items, mk["sign"], link=evlink)))

    to = ("Eduardo Martins", "eduardo.martins@outlook.com")
    d = when(2024, 1, 29, 14, 0, -3)
    evil = "https://amaz0n-br.com/pagamento/atualizar?id=" + hexs(10)
    html = crude_html([
        '<table width="600" align="center" style="font-family:Arial;border:1px solid #ccc"><tr><td style="padding:18px">',
        '<p style="font-size:22px"><b>amazon</b>.com.br</p>',
        '<p>Olá Eduardo,</p>',
        '<p>Houve um problema com o pagamento do seu pedido <b>701-2281-AB93</b>.</p>',
        '<p style="color:#c00"><b>Seu pedido será cancelado em 24 horas</b> caso você não atualize sua forma de pagamento.</p>',
        '<p><a href="%s" style="background:#f0c14b;padding:10px 22px;color:#111;text-decoration:none">Atualizar pagamento</a></p>' % evil,
        '<p>Obrigado por comprar na Amazon.</p></td></tr></table>'])
    add("lookalike", "pt", "payment_issue", True, None, "domínio amaz0n-br.com, «será cancelado», nº malformado; HTML base64",
        other_mail(("Amazon.com.br", "pagamentos@amaz0n-br.com"), to,
                   "Seu pedido será cancelado em 24 horas", d, phish_headers(d, "amaz0n-br.com"),
                   parts="html", cte="base64", html=html))

    to = ("", "renata.gomes@yahoo.com.br")
    d = when(2024, 8, 3, 21, 17, -3)
    html = crude_html([
        '<p><b><font size="5">SEU PEDIDO AMAZON FOI CANCELADO</font></b></p>',
        '<p>Ola cliente, seu pedido na amazon foi cancelado e voce tem um estorno de <b>R$ 487,30</b> disponivel.</p>',
        '<p>Para liberar o estorno pague a taxa de liberação de R$ 19,90 via PIX:<br>Chave PIX: estorno.amazon.br@gmail.com</p>',
        '<p>Apos o pagamento envie o comprovante respondendo este email.</p>',
        '<p>Amazon Brasil</p>'])
    add("lookalike", "pt", "unknown", False, None, "grosseiro, yahoo.com.br, golpe do Pix, sem nº de pedido nem motivo; HTML 8bit",
        other_mail(("Amazon Brasil", "estorno.amazonbr@yahoo.com.br"), to, "SEU PEDIDO FOI CANCELADO - estorno disponível", d,
                   freemail_headers(d, "yahoo.com.br"), parts="html", cte="8bit", html=html))

    to = ("Thiago Barbosa", "thiago.barbosa@gmail.com")
    d = when(2024, 12, 11, 11, 25, 0)
    o = onum("701")
    evil = "https://amazon-orders.help/br/pedido/confirmar?p=" + hexs(12)
    paras = [
        "Devido a uma falha no nosso sistema, o pagamento do seu pedido foi processado em duplicidade e o pedido foi cancelado automaticamente.",
        "Para receber o estorno da cobrança duplicada e reativar o pedido, confirme seus dados cadastrais e de pagamento no link abaixo.",
    ]
    items = [("Console Nintendo Switch OLED - Branco", 1, "R$ 2.199,00", "Amazon.com.br")]
    txt = text_amazon(mk, o, "Olá, Thiago,", paras, items, None, sec=False, url_orders=False,
                      extra=["Confirmar dados: " + evil])
    add("lookalike", "pt", "technical_issue", True, None, "ómicron grego no nome, amazon-orders.help com DKIM/DMARC pass do próprio domínio; base64",
        other_mail(("Amazοn.com.br", "pedidos@amazon-orders.help"), to,
                   "Falha no processamento do seu pedido %s" % o, d,
                   phish_headers(d, "amazon-orders.help", auth="dkim=pass header.d=amazon-orders.help header.s=k1;\n\tspf=pass smtp.mailfrom=amazon-orders.help;\n\tdmarc=pass header.from=amazon-orders.help"),
                   parts="alt", cte="base64", text=txt,
                   html=html_hedwig(mk, o, "Olá, Thiago,", paras, items, link=lambda p: evil, sec=False,
                                    button=("Confirmar dados", "/x"))))

    to = ("", "larissa.araujo@gmail.com")
    d = when(2024, 11, 4, 6, 50, -3)
    o = onum("702")
    evil = "https://amazon.com.br-atendimento.net/cancelamento/contestar?id=" + hexs(8)
    txt = """Amazon.com.br

Seu cancelamento foi solicitado

Recebemos a solicitação de cancelamento do pedido %s.

Produto: Apple iPhone 15 Pro 256 GB - Titânio Azul
Valor: R$ 8.499,00
Reembolso: cartão final 4521

Não reconhece esta solicitação? Sua conta pode ter sido acessada por terceiros.
Ligue para 0800 878 1290 ou conteste o cancelamento: %s

Amazon.com.br
""" % (o, evil)
    html = crude_html([
        '<div style="max-width:600px;margin:auto;font-family:Arial,sans-serif">',
        '<div style="background:#232f3e;padding:12px;color:#fff;font-size:20px"><b>amazon</b><span style="color:#ff9900">.com.br</span></div>',
        '<h2>Seu cancelamento foi solicitado</h2>',
        '<p>Recebemos a solicitação de cancelamento do pedido <b>%s</b>.</p>' % o,
        '<table style="background:#f3f3f3;width:100%;padding:8px"><tr><td>Produto</td><td>Apple iPhone 15 Pro 256 GB - Titânio Azul</td></tr><tr><td>Valor</td><td>R$ 8.499,00</td></tr><tr><td>Reembolso</td><td>cartão final 4521</td></tr></table>',
        '<p><b>Não reconhece esta solicitação?</b> Sua conta pode ter sido acessada por terceiros. Ligue para <b>0800 878 1290</b> ou <a href="%s">conteste o cancelamento</a>.</p>' % evil,
        '<p style="font-size:11px;color:#777">Amazon.com.br</p></div>'])
    add("lookalike", "pt", "customer_request", True, None, "falso «cancelamento solicitado» + telefone, domínio amazon.com.br-atendimento.net; QP",
        other_mail(("Amazon.com.br", "atendimento@amazon.com.br-atendimento.net"), to,
                   "Seu cancelamento foi solicitado - pedido %s" % o, d,
                   phish_headers(d, "amazon.com.br-atendimento.net", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
                   parts="alt", cte="quoted-printable", text=txt, html=html))

    # ---------------- non-notices ----------------
    to = ("Vinícius Duarte", "vinicius.duarte@gmail.com")
    d = when(2024, 9, 2, 10, 40, -3)
    txt = """Netshoes

Olá, Vinícius!

Seu pedido nº 88319245 foi cancelado.

Infelizmente o produto Tênis Nike Pegasus 41 Masculino - Tam. 42 ficou sem estoque no nosso centro de distribuição antes da separação do seu pedido.

O estorno de R$ 799,99 será feito no seu cartão de crédito em até 2 faturas.

Encontrou esse produto mais barato em outra loja, como Amazon ou Mercado Livre? Fale com a gente pelo chat: cobrimos a oferta em produtos selecionados.

Equipe Netshoes
https://www.netshoes.com.br/minha-conta/pedidos
"""
    html = crude_html([
        '<table width="600" align="center" style="font-family:Arial,sans-serif;color:#333"><tr><td>',
        '<div style="background:#6b2c91;color:#fff;padding:14px;font-size:22px;font-weight:bold">Netshoes</div>',
        '<p>Olá, Vinícius!</p><h2>Seu pedido nº 88319245 foi cancelado</h2>',
        '<p>Infelizmente o produto <b>Tênis Nike Pegasus 41 Masculino - Tam. 42</b> ficou sem estoque no nosso centro de distribuição antes da separação do seu pedido.</p>',
        '<p>O estorno de R$ 799,99 será feito no seu cartão de crédito em até 2 faturas.</p>',
        '<p style="background:#f4f4f4;padding:10px">Encontrou esse produto mais barato em outra loja, como Amazon ou Mercado Livre? Fale com a gente pelo chat: cobrimos a oferta em produtos selecionados.</p>',
        '<p><a href="https://www.netshoes.com.br/minha-conta/pedidos">Acompanhar meus pedidos</a></p>',
        '<p>Equipe Netshoes</p></td></tr></table>'])
    add("non_notice", "pt", None, False, None, "cancelamento real da Netshoes que menciona a Amazon",
        other_mail(("Netshoes", "pedidos@netshoes.com.br"), to, "Seu pedido nº 88319245 foi cancelado", d,
                   phish_headers(d, "netshoes.com.br", ip="168.245.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                 auth="dkim=pass header.d=netshoes.com.br;\n\tspf=pass smtp.mailfrom=netshoes.com.br;\n\tdmarc=pass header.from=netshoes.com.br"),
                   parts="alt", cte="quoted-printable", text=txt, html=html))

    to = ("Bia", "beatriz.nunes@gmail.com")
    d = when(2024, 12, 13, 22, 14, -3)
    txt = """Oi Bia,

Só pra avisar: cancelei o pedido que eu tinha feito na Amazon do seu presente de amigo secreto, ia chegar só depois do Natal. A Amazon já confirmou o cancelamento.

Vou comprar na loja física do shopping amanhã, então fica tranquila que chega a tempo!

Beijos,
Carol
"""
    add("non_notice", "pt", None, False, None, "amiga conta que cancelou o pedido na Amazon; texto QP",
        other_mail(("Carolina Mendes", "carol.mendes@gmail.com"), to, "presente do amigo secreto", d,
                   freemail_headers(d, "gmail.com"), parts="text", cte="quoted-printable", text=txt))

    to = ("", "leitor@seguranca-digital.blog.br")
    d = when(2024, 7, 25, 9, 0, -3)
    html = crude_html([
        '<table width="640" align="center" style="font-family:Georgia,serif;font-size:15px"><tr><td>',
        '<p style="color:#999;font-size:12px">Segurança Digital · Novo post no blog</p>',
        '<h1>Golpe do falso cancelamento: "Seu pedido Amazon foi cancelado"</h1>',
        '<p>Recebeu um e-mail com o assunto <i>"Seu pedido Amazon foi cancelado - confirme seus dados para o estorno"</i>? Cuidado: é golpe. Os criminosos copiam o visual das lojas e pedem dados do cartão ou o pagamento de uma "taxa de liberação" via Pix.</p>',
        '<p><b>Sinais de alerta:</b> remetente com domínio estranho, número de pedido fora do padrão, urgência ("em 24 horas") e pedido de dados pessoais.</p>',
        '<p><b>O que fazer:</b> não clique nos links, confira seus pedidos acessando o site diretamente e denuncie a mensagem.</p>',
        '<p><a href="https://seguranca-digital.blog.br/golpe-falso-cancelamento-amazon">Ler o post completo</a></p>',
        '<p style="font-size:11px;color:#999">Você recebe este e-mail porque assinou o blog Segurança Digital. <a href="https://seguranca-digital.blog.br/cancelar-assinatura">Cancelar assinatura</a></p>',
        '</td></tr></table>'])
    add("non_notice", "pt", None, False, None, "post de blog sobre golpe citando assunto falso de cancelamento; HTML base64",
        other_mail(("Segurança Digital", "novidades@seguranca-digital.blog.br"), to,
                   "Novo post: golpe do falso cancelamento de pedido na Amazon", d,
                   phish_headers(d, "seguranca-digital.blog.br", ip="192.0.%d.%d" % (rng.randint(1, 250), rng.randint(1, 250)),
                                 auth="dkim=pass header.d=seguranca-digital.blog.br;\n\tspf=pass smtp.mailfrom=seguranca-digital.blog.br;\n\tdmarc=pass header.from=seguranca-digital.blog.br"),
                   post_headers=[("List-Unsubscribe", "<https://seguranca-digital.blog.br/cancelar-assinatura>")],
                   parts="html", cte="base64", html=html))

    paras = [
        "Confirmamos o cancelamento da sua assinatura do Amazon Music Unlimited. A assinatura não será renovada e nenhuma nova cobrança será feita.",
        "Você pode continuar ouvindo o catálogo do Music Unlimited até 18 de setembro de 2024. Depois disso, continuará com acesso ao Amazon Music Prime incluído na sua assinatura Prime.",
    ]
    add("non_notice", "pt", None, False, None, "assinatura Amazon Music Unlimited cancelada; texto 8bit",
        amazon_mail(mk, "digital-no-reply", ("Leonardo Pinto", "leonardo.pinto@gmail.com"),
                    "Sua assinatura do Amazon Music Unlimited foi cancelada", when(2024, 8, 18, 20, 2), True,
                    parts="text", cte="8bit",
                    text=text_amazon(mk, None, "Olá, Leonardo,", paras, None, mk["sign"], url_orders=False)))

    o = onum("701")
    paras = [
        "O boleto bancário do seu pedido nº %s vence amanhã, 12/06/2024." % o,
        "Se o pagamento não for identificado até a data de vencimento, o pedido será cancelado automaticamente. Pagamentos feitos no último dia podem levar até 3 dias úteis para serem confirmados.",
        "Você pode imprimir a segunda via do boleto ou copiar o código de barras em Seus pedidos.",
    ]
    items = [("Aspirador de Pó Robô Electrolux Home-e Pro Connect", 1, "R$ 1.149,00", "Amazon.com.br")]
    add("non_notice", "pt", None, False, None, "lembrete real de boleto antes do cancelamento («será cancelado»)",
        amazon_mail(mk, "payments-messages", ("Sandra Oliveira", "sandra.oliveira@uol.com.br"),
                    "Lembrete: o boleto do seu pedido Amazon.com.br vence amanhã", when(2024, 6, 11, 11, 0), False,
                    parts="alt", cte="quoted-printable",
                    text=text_amazon(mk, o, "Olá, Sandra,", paras, items, mk["sign"]).replace(mk["cancelled"], "Itens do pedido"),
                    html=html_classic(mk, "Boleto a vencer", o, "Olá, Sandra,", paras, items, mk["sign"], items_head="Itens do pedido")))

    o = onum("702")
    paras = [
        "O agendamento de entrega do seu pedido, marcado para sábado, 16/03, das 8h às 18h, foi cancelado pela transportadora por indisponibilidade de equipe na sua região.",
        "Seu pedido continua ativo e não foi cancelado. A transportadora entrará em contato em até 2 dias úteis para agendar uma nova data, sem custo adicional.",
    ]
    items = [("Geladeira Brastemp Frost Free Duplex 375 litros Inox BRM45JK", 1, "R$ 3.899,00", "Amazon.com.br")]
    add("non_notice", "pt", None, False, None, "agendamento de entrega cancelado, pedido ativo; HTML só QP",
        amazon_mail(mk, "shipment-tracking", ("Rodrigo Teixeira", "rodrigo.teixeira@gmail.com"),
                    "Agendamento de entrega cancelado - pedido %s" % o, when(2024, 3, 15, 18, 30), False,
                    parts="html", cte="quoted-printable",
                    html=html_hedwig(mk, o, "Olá, Rodrigo,", paras, items, title="Agendamento cancelado",
                                     button=("Acompanhar entrega", "/gp/css/shiptrack/view.html"))))


# ===========================================================================
def main():
    french()
    spanish()
    portuguese()
    order = list(range(len(MAILS)))
    random.Random(SEED + 1).shuffle(order)
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    labels = []
    for n, idx in enumerate(order, 1):
        spec = MAILS[idx]
        name = "%s%03d.eml" % (PREFIX, n)
        data = build(spec)
        with open(os.path.join(MAILDIR, name), "wb") as fh:
            fh.write(data)
        labels.append({"file": name, "kind": spec["kind"], "language": spec["language"], "cause": spec["cause"],
                       "states_reason": spec["states_reason"], "marketplace": spec["marketplace"], "note": spec["note"]})
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("wrote %d mails" % len(labels))


if __name__ == "__main__":
    main()
