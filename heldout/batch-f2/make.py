#!/usr/bin/env python3
"""Regenerate blind test batch f2 (French / Spanish / Brazilian Portuguese).

Writes mail/f2001.eml ... and labels.json next to this script.
Deterministic: fixed random seed, fixed dates.
"""
import base64
import zlib
import datetime
import html
import json
import os
import quopri
import random
import re
import textwrap
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr, format_datetime

SEED = 20252
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mail")
PREFIX = "f2"

# ---------------------------------------------------------------- marketplaces
MP = {
    "amazon.fr": dict(lang="fr", brand="Amazon.fr", base="https://www.amazon.fr", ca=False,
        legal="Amazon EU S.à r.l., succursale française, 67 boulevard du Général Leclerc, 92110 Clichy, France. RCS Nanterre 487 773 327. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg, RCS Luxembourg B 101818."),
    "amazon.com.be": dict(lang="fr", brand="Amazon.com.be", base="https://www.amazon.com.be", ca=False,
        legal="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxembourg. Capital social : 125 000 EUR ; RCS Luxembourg : B 101818 ; numéro de TVA : LU 20260743."),
    "amazon.ca": dict(lang="fr", brand="Amazon.ca", base="https://www.amazon.ca", ca=True,
        legal="Amazon.com.ca, ULC, 40 King Street West, 47e étage, Toronto (Ontario) M5H 3Y2, Canada."),
    "amazon.es": dict(lang="es", brand="Amazon.es", base="https://www.amazon.es",
        legal="Amazon EU S.à r.l., Sucursal en España, calle Ramírez de Prado 5, 28045 Madrid. NIF W0184081H. Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburgo."),
    "amazon.com.mx": dict(lang="es", brand="Amazon.com.mx", base="https://www.amazon.com.mx",
        legal="Servicios Comerciales Amazon México, S. de R.L. de C.V., Av. Juan Salvador Agraz 73, Santa Fe, Cuajimalpa de Morelos, 05348 Ciudad de México."),
    "amazon.com.br": dict(lang="pt", brand="Amazon.com.br", base="https://www.amazon.com.br",
        legal="Amazon Serviços de Varejo do Brasil Ltda. CNPJ 15.436.940/0001-03. Av. Presidente Juscelino Kubitschek, 2041, Torre E, 18º andar, São Paulo - SP, 04543-011."),
}

LOC = {
    "fr": dict(orders="Vos commandes", account="Votre compte", order_label="Commande n°",
        items_heading="Article(s) annulé(s)", qty="Quantité", sold_by="Vendu par", total="Montant",
        closing="Nous espérons vous revoir bientôt.", help_t="Aide",
        cs="Si vous avez besoin d'aide, consultez notre page [[Service Client|{base}/gp/help/customer/display.html?ref_=TE_cs]].",
        noreply="Cet e-mail a été envoyé à partir d'une adresse qui ne peut pas recevoir de messages. Merci de ne pas y répondre.",
        security=[
            "{brand} ne vous demandera jamais de lui communiquer votre mot de passe, vos coordonnées bancaires ou un code de vérification par {mail}, SMS ou téléphone.",
            "Si le numéro de votre carte a changé ou si sa date d'expiration est dépassée, mettez à jour vos informations de paiement dans [[Votre compte|{base}/cpe/yourpayments/wallet?ref_=TE_pay]].",
            "Vous avez reçu un {mail} suspect qui semble provenir d'Amazon ? Ne cliquez sur aucun lien et signalez-le : [[{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H|{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H]]",
            "Pour en savoir plus sur la sécurité de votre compte, consultez nos [[pages d'aide|{base}/gp/help/customer/display.html?nodeId=201909090]].",
        ]),
    "es": dict(orders="Mis pedidos", account="Mi cuenta", order_label="Pedido n.º",
        items_heading="Productos cancelados", qty="Cantidad", sold_by="Vendido por", total="Importe",
        closing="Esperamos volver a verte pronto.", help_t="Ayuda",
        cs="Si necesitas ayuda, visita nuestra página de [[Atención al Cliente|{base}/gp/help/customer/display.html?ref_=TE_cs]].",
        noreply="Este mensaje se ha enviado desde una dirección de correo electrónico que no admite respuestas. Por favor, no respondas a este mensaje.",
        security=[
            "{brand} nunca te pedirá tu contraseña, los datos de tu tarjeta ni códigos de verificación por correo electrónico, SMS o teléfono.",
            "Si el número de tu tarjeta ha cambiado o ha caducado, actualiza tus datos de pago en [[Mi cuenta|{base}/cpe/yourpayments/wallet?ref_=TE_pay]].",
            "¿Has recibido un correo sospechoso que parece enviado por Amazon? No hagas clic en los enlaces e infórmanos: [[{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H|{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H]]",
            "Más información sobre cómo proteger tu cuenta en nuestras [[páginas de ayuda|{base}/gp/help/customer/display.html?nodeId=201909090]].",
        ]),
    "pt": dict(orders="Seus pedidos", account="Sua conta", order_label="Pedido nº",
        items_heading="Itens cancelados", qty="Quantidade", sold_by="Vendido por", total="Total",
        closing="Esperamos vê-lo novamente em breve.", help_t="Ajuda",
        cs="Se precisar de ajuda, acesse nossa página de [[Atendimento ao Cliente|{base}/gp/help/customer/display.html?ref_=TE_cs]].",
        noreply="Este e-mail foi enviado de um endereço que não aceita respostas. Por favor, não responda a esta mensagem.",
        security=[
            "A {brand} nunca solicitará sua senha, os dados do seu cartão ou códigos de verificação por e-mail, SMS ou telefone.",
            "Se o número do seu cartão mudou ou se ele expirou, atualize suas informações de pagamento em [[Sua conta|{base}/cpe/yourpayments/wallet?ref_=TE_pay]].",
            "Recebeu um e-mail suspeito que parece ser da Amazon? Não clique nos links e denuncie: [[{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H|{base}/gp/help/customer/display.html?nodeId=GX4X9FTE7E6VPL5H]]",
            "Saiba mais sobre a segurança da sua conta em nossas [[páginas de Ajuda|{base}/gp/help/customer/display.html?nodeId=201909090]].",
        ]),
}

COLON = {"fr": " : ", "es": ": ", "pt": ": "}
LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]")


def to_html(s):
    """Escape text and turn [[text|href]] into anchors."""
    out, pos = [], 0
    for m in LINK_RE.finditer(s):
        out.append(html.escape(s[pos:m.start()], quote=False))
        out.append('<a href="%s" style="color:#0066c0; text-decoration:none;">%s</a>'
                   % (html.escape(m.group(2)), html.escape(m.group(1), quote=False)))
        pos = m.end()
    out.append(html.escape(s[pos:], quote=False))
    return "".join(out).replace("\n", "<br />\n")


def to_text(s):
    def rep(m):
        t, h = m.group(1), m.group(2)
        return h if t == h else "%s <%s>" % (t, h)
    return LINK_RE.sub(rep, s)


def wrap(s, width=76):
    lines = []
    for ln in s.split("\n"):
        lines.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(lines)


def footer(mp, override_base=None):
    m = MP[mp]
    L = LOC[m["lang"]]
    base = override_base or m["base"]
    mail = "courriel" if m.get("ca") else "e-mail"
    sec = [p.format(brand=m["brand"], base=base, mail=mail) for p in L["security"]]
    return sec + [m["legal"], L["noreply"]]


# ---------------------------------------------------------------- templates
CLASSIC_CSS = """
body { margin:0; padding:0; }
#container { width:100%; background-color:#ffffff; }
#main { width:640px; margin:0 auto; font:12px/16px Arial, sans-serif; color:#333333; }
#header td.logo { width:180px; }
#header .navigation a { color:#0066c0; text-decoration:none; font-size:12px; }
#header .title h2 { font:normal 20px Arial, sans-serif; color:#cc6600; margin:15px 0 0 0; }
#summary .heading { font-weight:bold; font-size:14px; color:#cc6600; }
#orderDetails { width:100%; border-top:1px solid #eaeaea; margin-top:10px; }
#orderDetails td.name { padding:8px 10px 8px 0; vertical-align:top; }
#orderDetails td.price { text-align:right; white-space:nowrap; font-weight:bold; }
#closing { margin-top:18px; }
#legalCopy { color:#666666; font-size:10px; line-height:14px; border-top:1px solid #eaeaea; padding-top:10px; }
.signature { font-weight:bold; }
"""


def classic_html(c):
    """Layout copied from the real dispatch-confirmation template (nested tables)."""
    mp = MP[c["mp"]]
    L = LOC[c.get("lang") or mp["lang"]]
    base = c.get("href_base") or mp["base"]
    r = lambda p: base + p
    paras = "\n".join("<p>%s</p>" % to_html(p.replace("{base}", base)) for p in c["paras"])
    items = ""
    if c.get("items"):
        rows = []
        for it in c["items"]:
            title, qty, price = it[0], it[1], it[2]
            seller = it[3] if len(it) > 3 else mp["brand"]
            rows.append(
                '<tr> <td class="name"> <a href="%s">%s</a><br /> <span style="color:#666666">%s %s<br />%s %s</span> </td> '
                '<td class="price"> %s </td> </tr>'
                % (r("/dp/B0" + str(zlib.crc32(title.encode()) % 10**8).zfill(8) + "?ref_=TE_dp"), html.escape(title),
                   L["qty"] + COLON[mp["lang"]].rstrip(), qty, L["sold_by"] + COLON[mp["lang"]].rstrip(), html.escape(seller), html.escape(price)))
        items = ('<tr> <td> <table id="orderDetails" cellpadding="0"> <tbody> <tr> <td colspan="2"> '
                 '<h3 style="font:bold 16px Arial,sans-serif; color:#cc6600; margin:12px 0 4px 0;">%s</h3> </td> </tr>\n%s\n'
                 '</tbody> </table> </td> </tr>' % (html.escape(c.get("items_heading") or L["items_heading"]), "\n".join(rows)))
    total = ""
    if c.get("total"):
        total = ('<tr> <td> <table id="criticalInfoCostBreakdown" align="right"> <tbody> <tr> <td class="total"> %s </td> '
                 '<td class="total price"> <b>%s</b> </td> </tr> </tbody> </table> </td> </tr>' % (L["total"] + COLON[mp["lang"]].rstrip(), html.escape(c["total"])))
    foot = "\n".join("<p>%s</p>" % to_html(p) for p in (c.get("footer") if c.get("footer") is not None else footer(c["mp"], base)))
    order = ""
    if c.get("order"):
        order = '%s <a href="%s">%s</a>' % (L["order_label"], r("/gp/your-account/order-details?orderID=" + c["order"] + "&ref_=TE_hdr"), c["order"])
    pixel = r("/gp/r.html?C=%s&M=urn:rtn:msg:%s&R=%s&T=O&U=https%%3A%%2F%%2Fimages-eu.ssl-images-amazon.com%%2Fimages%%2FG%%2F08%%2Fnav%%2Ftransp.gif"
              % (c["_rid"][:13].upper(), c["_rid"], c["_rid"][5:18].upper()))
    return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="%(hl)s">
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <title>%(brand)s</title>
  <style type="text/css">%(css)s</style>
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
             <td rowspan="2" class="logo"><a href="%(home)s"><img src="https://images-eu.ssl-images-amazon.com/images/G/08/x-locale/common/transactional/%(logo)s.png" alt="%(brand)s" border="0" /></a></td>
             <td class="navigation">
              <table align="right">
               <tbody>
                <tr>
                 <td> <a href="%(ordersurl)s">%(orders)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a href="%(accurl)s">%(account)s</a> </td>
                 <td> <span>&nbsp;&nbsp;|&nbsp;&nbsp;</span> </td>
                 <td> <a class="last" href="%(home)s">%(brand)s</a> </td>
                </tr>
               </tbody>
              </table> </td>
            </tr>
            <tr>
             <td class="title"> <h2>%(title)s</h2> %(order)s </td>
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
        %(items)s
        %(total)s
        <tr>
         <td>
          <table id="closing" cellpadding="0">
           <tbody>
            <tr>
             <td> %(cs_line)s <p> <br />%(closing)s<br /> <span class="signature"> <strong>%(brand)s</strong> </span> </p> </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
        <tr>
         <td>
          <table id="legalCopy" cellpadding="0">
           <tbody>
            <tr>
             <td>
%(foot)s
             </td>
            </tr>
           </tbody>
          </table> </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
""" % dict(hl=mp["lang"], cs=c["charset"], brand=html.escape(c.get("brand") or mp["brand"]), css=CLASSIC_CSS, pixel=html.escape(pixel),
           home=r("/ref=TE_home"), logo=c["mp"].replace(".", "_"), ordersurl=r("/gp/css/order-history?ref_=TE_yo"),
           accurl=r("/gp/css/homepage.html?ref_=TE_ya"), orders=L["orders"], account=L["account"],
           title=html.escape(c["title"]), order=order, hello=html.escape(c["hello"]), paras=paras, items=items, total=total,
           cs_line=to_html(L["cs"].replace("{base}", base)), closing=html.escape(L["closing"]), foot=foot)


TD = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; font-family: Arial, sans-serif"
TB = "border-collapse: collapse !important; -webkit-text-size-adjust: 100%; -ms-text-size-adjust: 100%; text-align: left"


def modern_html(c):
    """Layout copied from the real 'emailBody' notification template."""
    mp = MP[c["mp"]]
    L = LOC[mp["lang"]]
    base = c.get("href_base") or mp["base"]
    info = "\n".join(
        '<tr> <td style="padding-bottom: 18px; %s"><span>%s</span> </td> </tr>' % (TD, to_html(p.replace("{base}", base)))
        for p in c["paras"])
    items = ""
    for it in c.get("items") or []:
        seller = it[3] if len(it) > 3 else mp["brand"]
        items += ('<tr> <td class="itemTitle" style="padding-left: 0px; padding-right: 22px; padding-bottom: 20px; %s">'
                  '<a href="%s/gp/your-account/order-details?ref_=TE_item" style="text-decoration: none; color: #008296">%s</a><br />'
                  '<span style="color:#879596">%s %s &middot; %s %s &middot; %s</span></td> </tr>\n'
                  % (TD, base, html.escape(it[0]), L["qty"] + COLON[mp["lang"]].rstrip(), it[1], L["sold_by"] + COLON[mp["lang"]].rstrip(), html.escape(seller), html.escape(it[2])))
    order = ""
    if c.get("order"):
        order = ('<table class="orderIdTable" style="font-size: 15px; line-height: 18px; color: #879596; margin-bottom: 18px; %s"> <tbody> <tr> '
                 '<td style="%s">%s <a href="%s/gp/your-account/order-details?orderID=%s" style="text-decoration: none; color: #879596">%s</a></td> '
                 '</tr> </tbody> </table>' % (TB, TD, L["order_label"], base, c["order"], c["order"]))
    foot = "<br /><br />\n".join(to_html(p) for p in (c.get("footer") if c.get("footer") is not None else footer(c["mp"], base)))
    return """<!DOCTYPE html>
<html>
 <head>
  <meta http-equiv="Content-Type" content="text/html; charset=%(cs)s" />
  <meta name="format-detection" content="telephone=no" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0; user-scalable=no;" />
  <style>
body { width:100%% !important; height:100%% !important; margin:0; padding:0; }
table, table td { border-collapse:collapse !important; }
.emailBody { width: 375px; background-color: #fafafa; }
.emailContainer { background-color: #ffffff; border: 1px solid #D6D6D6; border-top: 2px solid #CECECE; }
.greetingTable { font-size: 20px; line-height: 24px; color: #002E36; margin-bottom: 18px; }
.informationTable { font-size: 18px; line-height: 24px; color: #002E36; }
.emailClosing { font-size: 9px; line-height: 15px; color: #868686; }
@media screen and (min-width: 651px) { .emailBody { width: 640px !important; } }
  </style>
 </head>
 <body style="width: 100%% !important; height: 100%% !important; margin: 0; padding: 0">
  <table id="OutlookWrapper" style="width: 100%%; %(tb)s">
   <tbody>
    <tr>
     <td align="center" style="%(td)s">
      <table class="emailBody" style="width: 375px; background-color: rgb(250, 250, 250); %(tb)s">
       <tbody>
        <tr>
         <td class="emailBodyTD" style="padding-left: 17px; padding-right: 18px; padding-top: 23px; padding-bottom: 21px; %(td)s">
          <a href="%(base)s/ref=TE_brand"><table class="brandTable" style="margin-bottom: 20px; width: 100%%; min-width: 338px; %(tb)s"> <tbody> <tr> <td align="center" style="%(td)s">
           <img src="https://images-eu.ssl-images-amazon.com/images/G/08/reading/images/amazon.png" alt="%(brand)s" title="%(brand)s" class="brandImage" border="0" width="130" style="width: 130px" /> </td> </tr> </tbody> </table></a>
          <table class="emailContainer" style="background-color: rgb(255, 255, 255); border-left: 1px solid rgb(214, 214, 214); border-right: 1px solid rgb(214, 214, 214); border-bottom: 1px solid rgb(214, 214, 214); border-top: 2px solid rgb(206, 206, 206); %(tb)s">
           <tbody>
            <tr>
             <td class="emailContainerTD" style="padding-left: 23px; padding-right: 23px; padding-top: 25px; padding-bottom: 33px; %(td)s">
              <table class="greetingTable" style="font-size: 20px; line-height: 24px; color: rgb(0, 46, 54); margin-bottom: 18px; %(tb)s"> <tbody> <tr> <td style="%(td)s"><span>%(hello)s</span> </td> </tr> </tbody> </table>
              <table class="informationTable" style="font-size: 18px; line-height: 24px; color: rgb(0, 46, 54); %(tb)s">
               <tbody>
%(info)s
               </tbody>
              </table>
              <table class="orderDetailsTable" style="font-size: 15px; line-height: 20px; %(tb)s"> <tbody>
%(items)s
              </tbody> </table>
              %(order)s
             </td>
            </tr>
           </tbody>
          </table>
          <table style="%(tb)s"> <tbody> <tr> <td class="emailClosing" style="font-size: 9px; line-height: 15px; color: rgb(134, 134, 134); padding-top: 18px; %(td)s">
%(foot)s
          </td> </tr> </tbody> </table>
         </td>
        </tr>
       </tbody>
      </table> </td>
    </tr>
   </tbody>
  </table>
 </body>
</html>
""" % dict(cs=c["charset"], tb=TB, td=TD, base=base, brand=html.escape(c.get("brand") or mp["brand"]), hello=html.escape(c["hello"]),
           info=info, items=items, order=order, foot=foot)


def amazon_text(c):
    mp = MP[c["mp"]]
    L = LOC[mp["lang"]]
    base = c.get("href_base") or mp["base"]
    sep = "_" * 76
    out = [c.get("brand") or mp["brand"], c["title"]]
    if c.get("order"):
        out.append("%s %s" % (L["order_label"], c["order"]))
    out += ["%s/ref=TE_tex_g" % base, "", sep, "", c["hello"], ""]
    for p in c["paras"]:
        out += [wrap(to_text(p.replace("{base}", base))), ""]
    if c.get("items"):
        out += [(c.get("items_heading") or L["items_heading"]) + ":", ""]
        for it in c["items"]:
            seller = it[3] if len(it) > 3 else mp["brand"]
            out += ["    " + it[0], "    %s%s%s" % (L["qty"], COLON[mp["lang"]], it[1]), "    %s%s%s" % (L["sold_by"], COLON[mp["lang"]], seller), "    " + it[2], ""]
    if c.get("total"):
        out += ["%s%s%s" % (L["total"], COLON[mp["lang"]], c["total"]), ""]
    out += [sep, "", wrap(to_text(L["cs"].replace("{base}", base))), "", L["closing"], c.get("brand") or mp["brand"], "", sep, ""]
    for p in (c.get("footer") if c.get("footer") is not None else footer(c["mp"], base)):
        out += [wrap(to_text(p)), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- header helpers
def _tok(n, alphabet="abcdefghijklmnopqrstuvwxyz234567"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def ar_pass(dom, mx="mx.google.com", org=None):
    """Authentication-Results of a mail whose DKIM/DMARC pass for dom."""
    org = org or dom
    return ("%s;\n\tdkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s;\n"
            "\tspf=pass (%s: domain of 0102019%s@bounces.%s designates 54.240.%d.%d as permitted sender) smtp.mailfrom=0102019%s@bounces.%s;\n"
            "\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, org, org, _tok(32), _tok(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789"), mx, _tok(10, "0123456789abcdef"),
               org, RNG.randint(1, 60), RNG.randint(2, 250), _tok(10, "0123456789abcdef"), org, dom))


def ar_fail(dom, mx="mx.google.com", ip="185.234.72.19"):
    return ("%s;\n\tdkim=none (message not signed);\n\tspf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s;\n"
            "\tdmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (mx, mx, dom, ip, dom, dom))


def ar_free(dom, mx="mx.google.com"):
    return ("%s;\n\tdkim=pass header.i=@%s header.s=s2048 header.b=%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
            % (mx, dom, _tok(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkl0123456789"), dom, dom))


# ================================================================= FRENCH
FR = [
# ------------------------------------------------------------ notices
dict(k="notice", lg="fr", cause="inventory_shortage", sr=True, mkt="amazon.fr", note="supplier out of stock, classic HTML alt, auth pass",
     frm=("Amazon.fr", "auto-confirm@amazon.fr"), reply="no-reply@amazon.fr", to=("Camille Rousseau", "camille.rousseau@orange.fr"),
     subj="Votre commande Amazon.fr n° 405-7183920-4462731 a été annulée", auth="pass", mx="smtp-in.orange.fr",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.fr", title="Annulation de commande", order="405-7183920-4462731", hello="Bonjour Camille Rousseau,",
            paras=["Nous sommes au regret de vous informer que nous avons dû annuler votre commande n° 405-7183920-4462731 passée le 3 octobre.",
                   "L'article ci-dessous n'est plus disponible chez notre fournisseur et nous ne sommes pas en mesure de nous le procurer dans un délai raisonnable. Nous vous présentons toutes nos excuses pour ce désagrément.",
                   "Aucun montant ne vous a été facturé pour cet article. Si une autorisation de paiement apparaît sur votre relevé bancaire, elle sera levée automatiquement par votre banque dans les prochains jours.",
                   "D'autres vendeurs proposent peut-être encore ce produit : consultez les offres sur [[la page du produit|{base}/dp/B0BFJWCYTL?ref_=TE_alt]]."],
            items=[("Nintendo Switch – Modèle OLED, Blanc", "1", "319,99 €")])),
dict(k="notice", lg="fr", cause="payment_issue", sr=True, mkt="amazon.com.be", note="card refused, payment revision not done in time; modern HTML only base64",
     frm=("Amazon.com.be", "payments-messages@amazon.com.be"), reply="no-reply@amazon.com.be", to=("Thomas Lambert", "thomas.lambert@skynet.be"),
     subj="Votre commande Amazon.com.be 403-2291847-6630512 a été annulée", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="modern", amz=True,
     c=dict(mp="amazon.com.be", order="403-2291847-6630512", hello="Bonjour Thomas,",
            paras=["Nous n'avons pas pu débiter le moyen de paiement associé à votre commande 403-2291847-6630512 : la banque émettrice de votre carte Visa se terminant par 4821 a refusé la transaction.",
                   "Le 14 mars, nous vous avons demandé de mettre à jour vos informations de paiement. Ces informations n'ayant pas été modifiées dans le délai indiqué, nous avons annulé votre commande.",
                   "Si vous souhaitez toujours recevoir ces articles, passez une nouvelle commande après avoir vérifié vos [[informations de paiement|{base}/cpe/yourpayments/wallet?ref_=TE_pm]]."],
            items=[("Philips Sonicare DiamondClean 9000 – Brosse à dents électrique", "1", "179,99 €"),
                   ("Têtes de brosse Philips Sonicare C3 Premium Plaque Control, lot de 4", "1", "34,99 €")])),
dict(k="notice", lg="fr", cause="technical_issue", sr=True, mkt="amazon.fr", note="pricing error, plain text 8bit, auth pass",
     frm=("Amazon.fr", "order-update@amazon.fr"), reply="no-reply@amazon.fr", to=("Nadia Benali", "nadia.benali@free.fr"),
     subj="Information importante concernant votre commande Amazon.fr 402-5518364-9027745", auth="pass", mx="mx1.free.fr",
     fmt="text", cs="utf-8", cte="8bit", tpl="text", amz=True,
     c=dict(mp="amazon.fr", title="Annulation de votre commande", order="402-5518364-9027745", hello="Bonjour Nadia,",
            paras=["Nous avons constaté une erreur de prix concernant l'article ci-dessous : le prix affiché sur Amazon.fr au moment de votre commande (14,90 € au lieu de 149,00 €) était incorrect en raison d'une erreur dans notre système de tarification.",
                   "Conformément à nos Conditions générales de vente, nous avons annulé votre commande n° 402-5518364-9027745. Aucun montant ne vous a été débité.",
                   "Nous vous prions de nous excuser pour la gêne occasionnée. L'article reste disponible à son prix correct sur Amazon.fr : {base}/dp/B0CHX3QBCH"],
            items=[("De'Longhi Dedica Style EC685.M – Machine à expresso", "1", "14,90 €")])),
dict(k="notice", lg="fr", cause="fraud_prevention", sr=True, mkt="amazon.ca", note="fr-CA, unusual activity, account on hold; classic alt base64",
     frm=("Amazon.ca", "cs-reply@amazon.ca"), reply="no-reply@amazon.ca", to=("Marie-Ève Tremblay", "me.tremblay@videotron.ca"),
     subj="Votre commande Amazon.ca n° 702-4419283-1183574 a été annulée", auth=None,
     fmt="alt", cs="utf-8", cte="base64", tpl="classic", amz=True,
     c=dict(mp="amazon.ca", title="Commande annulée", order="702-4419283-1183574", hello="Bonjour Marie-Ève,",
            paras=["Lors d'une vérification de routine, nous avons détecté une activité inhabituelle liée à votre compte Amazon.ca. Par mesure de précaution, nous avons temporairement mis votre compte en attente et annulé la commande n° 702-4419283-1183574.",
                   "Pour rétablir l'accès à votre compte, ouvrez une nouvelle fenêtre de navigateur, rendez-vous sur Amazon.ca et connectez-vous comme d'habitude : les étapes de vérification s'afficheront à l'écran. Nous pourrions vous demander de confirmer les renseignements de facturation du dernier mode de paiement utilisé.",
                   "Aucuns frais n'ont été portés à votre compte pour cette commande."],
            items=[("Apple AirPods Pro (2e génération) avec boîtier MagSafe (USB-C)", "1", "329,99 $"),
                   ("Carte-cadeau Apple – 100 $ (envoi par courriel)", "2", "200,00 $")])),
dict(k="notice", lg="fr", cause="customer_request", sr=True, mkt="amazon.fr", note="successful item cancellation at customer's request; modern alt QP, auth pass",
     frm=("Amazon.fr", "auto-confirm@amazon.fr"), reply="no-reply@amazon.fr", to=("Julien Moreau", "julien.moreau@gmail.com"),
     subj="Annulation réussie de « Tefal Ingenio Easy Cook & Clean, batterie de cuisine 10 pièces » de votre commande Amazon.fr 171-6620391-5547108",
     auth="pass", mx="mx.google.com", fmt="alt", cs="utf-8", cte="quoted-printable", tpl="modern", amz=True,
     c=dict(mp="amazon.fr", title="Annulation réussie", order="171-6620391-5547108", hello="Bonjour Julien,",
            paras=["Comme vous l'avez demandé, nous avons annulé l'article ci-dessous de votre commande n° 171-6620391-5547108.",
                   "Motif de l'annulation : annulée par le client",
                   "Si vous avez déjà été débité pour cet article, le remboursement apparaîtra sur votre relevé sous 3 à 5 jours ouvrés. Les autres articles de votre commande ne sont pas concernés et seront expédiés comme prévu.",
                   "Suivez l'état de vos commandes dans [[Vos commandes|{base}/gp/css/order-history?ref_=TE_yo]]."],
            items=[("Tefal Ingenio Easy Cook & Clean, batterie de cuisine 10 pièces", "1", "89,99 €")])),
dict(k="notice", lg="fr", cause="unknown", sr=True, mkt="amazon.fr", note="cancelled because address undeliverable; text windows-1252 QP",
     frm=("Amazon.fr", "order-update@amazon.fr"), reply="no-reply@amazon.fr", to=("Éric Fontaine", "eric.fontaine@laposte.net"),
     subj="Votre commande Amazon.fr 408-3391027-8810456 a été annulée", auth=None,
     fmt="text", cs="windows-1252", cte="quoted-printable", tpl="text", amz=True,
     c=dict(mp="amazon.fr", title="Commande annulée", order="408-3391027-8810456", hello="Bonjour Éric,",
            paras=["Le transporteur n'a pas pu livrer votre colis à l'adresse indiquée (adresse introuvable ou incomplète) et celui-ci nous a été retourné.",
                   "Votre commande n° 408-3391027-8810456 a donc été annulée. Le remboursement de 42,50 € sera effectué sur le moyen de paiement utilisé lors de l'achat dans un délai de 5 jours ouvrés.",
                   "Avant de passer une nouvelle commande, vérifiez votre adresse de livraison dans Votre compte : {base}/a/addresses"],
            items=[("Lot de 3 poêles Tefal Ultimate 20/24/28 cm, induction", "1", "42,50 €")])),
# ------------------------------------------------------------ non-notices
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="Fnac order cancellation paid with Amazon Pay",
     frm=("Fnac.com", "noreply@info.fnac.com"), reply="service.client@fnac.com", to=("Sophie Girard", "sophie.girard@sfr.fr"),
     subj="Annulation de votre commande n° 7HJK2QPL9", auth=None, fmt="alt", cs="utf-8", cte="quoted-printable", tpl="raw",
     text="""Bonjour Sophie,

Nous vous confirmons l'annulation de votre commande n° 7HJK2QPL9 du 12/11/2024.

L'article « Sony WH-1000XM5, casque sans fil à réduction de bruit, noir » n'est
plus disponible chez notre partenaire logistique et ne pourra pas vous être
livré.

Vous avez réglé cette commande avec Amazon Pay : le remboursement de 329,99 €
sera effectué sur le moyen de paiement enregistré dans votre compte Amazon
sous 3 à 5 jours ouvrés. Il apparaîtra dans l'historique Amazon Pay de votre
compte Amazon (rubrique « Amazon Pay » de Votre compte).

Nous vous prions de nous excuser pour ce désagrément.

L'équipe Fnac.com
Suivre mes commandes : https://secure.fnac.com/account/orders

Fnac Darty Participations et Services - SA - 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine.
Se désinscrire : https://www.fnac.com/newsletter/unsubscribe
""",
     html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<div style="background:#e1a925;padding:14px"><img src="https://static.fnac-static.com/mail/logo-fnac.png" alt="Fnac" height="32"></div>
<div style="padding:20px">
<p>Bonjour Sophie,</p>
<p>Nous vous confirmons l'<b>annulation de votre commande n° 7HJK2QPL9</b> du 12/11/2024.</p>
<p>L'article « Sony WH-1000XM5, casque sans fil à réduction de bruit, noir » n'est plus disponible chez notre partenaire logistique et ne pourra pas vous être livré.</p>
<p>Vous avez réglé cette commande avec <b>Amazon Pay</b> : le remboursement de <b>329,99 €</b> sera effectué sur le moyen de paiement enregistré dans votre compte Amazon sous 3 à 5 jours ouvrés. Il apparaîtra dans l'historique Amazon Pay de votre compte Amazon.</p>
<p>Nous vous prions de nous excuser pour ce désagrément.</p>
<p>L'équipe Fnac.com<br><a href="https://secure.fnac.com/account/orders">Suivre mes commandes</a></p>
</div>
<p style="font-size:10px;color:#888;padding:0 20px">Fnac Darty Participations et Services - SA - 9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine. <a href="https://www.fnac.com/newsletter/unsubscribe">Se désinscrire</a></p>
</body></html>
"""),
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="friend says she cancelled her Amazon order",
     frm=("Léa Martin", "lea.martin87@gmail.com"), reply=None, to=("Camille Rousseau", "camille.rousseau@orange.fr"),
     subj="Re: cadeau pour Hugo", auth=None, fmt="text", cs="utf-8", cte="8bit", tpl="raw", inreply=True,
     text="""Coucou !

Finalement j'ai annulé ma commande Amazon pour le Lego, il n'arrivait
qu'après le 28 et ça ne servait à rien. J'ai reçu le mail « Votre commande
a été annulée » dans la minute, et ils m'ont dit que je serai remboursée
sous 3 jours, donc tout va bien.

Je passe à la Fnac samedi pour le prendre en magasin, tu veux venir ? On
partage toujours à deux, ça fait 45 € chacune.

Bisous,
Léa

Le mar. 19 nov. 2024 à 21:14, Camille Rousseau <camille.rousseau@orange.fr> a écrit :
> Tu as pu commander le Lego Technic ? Sinon je peux regarder de mon côté.
> Bises
"""),
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="consumer newsletter about fake Amazon cancellation phishing, quotes subject",
     frm=("Conso Malin – la lettre", "lettre@conso-malin.fr"), reply=None, to=("Nadia Benali", "nadia.benali@free.fr"),
     subj="Arnaque : les faux e-mails « Votre commande Amazon a été annulée » reviennent", auth=None,
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="raw", bulk=True,
     html="""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>La lettre Conso Malin</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Georgia,serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px;background:#1d4e89;color:#fff;font:bold 22px Arial,sans-serif">Conso Malin · La lettre du jeudi</td></tr>
<tr><td style="padding:20px">
<h1 style="font-size:22px">Arnaque : les faux e-mails « Votre commande Amazon a été annulée » reviennent</h1>
<p>Depuis quelques semaines, de nombreux lecteurs nous signalent un message intitulé <i>« Votre commande Amazon.fr n° 402-… a été annulée – action requise »</i>. Il affirme que le paiement a été refusé et invite à « mettre à jour sa carte » via un lien, ou à appeler un numéro « de sécurité ».</p>
<p>Comment le reconnaître ?</p>
<ul>
<li>l'expéditeur n'utilise pas le domaine amazon.fr (par exemple <i>amazon-orders.help</i> ou une adresse Gmail) ;</li>
<li>le lien affiché ne correspond pas à l'adresse réelle quand on le survole ;</li>
<li>on vous demande un code, un mot de passe ou vos coordonnées bancaires.</li>
</ul>
<p>Rappel : une vraie annulation peut arriver (rupture de stock, paiement refusé, erreur de prix…), mais vous la retrouverez toujours dans la rubrique « Vos commandes » de votre compte. En cas de doute, ne cliquez pas et rendez-vous directement sur le site.</p>
<p>Vous avez reçu un tel message ? Transférez-le à <a href="https://www.signal-spam.fr">Signal Spam</a>.</p>
<p style="font:bold 15px Arial,sans-serif;margin-top:30px">Aussi dans cette lettre</p>
<p>· Black Friday : nos conseils pour comparer les prix<br>· Garantie légale de conformité : ce qui change en 2025</p>
</td></tr>
<tr><td style="padding:14px;font:11px Arial,sans-serif;color:#777">Vous recevez cette lettre car vous êtes inscrit sur conso-malin.fr. <a href="https://conso-malin.fr/desinscription?u=88412">Se désinscrire</a></td></tr>
</table></body></html>
"""),
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="Amazon installation appointment cancelled, order itself kept",
     frm=("Amazon.fr", "order-update@amazon.fr"), reply="no-reply@amazon.fr", to=("Julien Moreau", "julien.moreau@gmail.com"),
     subj="Votre rendez-vous d'installation du 21 novembre a été annulé", auth="pass", mx="mx.google.com",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.fr", title="Rendez-vous annulé", order="404-8812093-2265019", hello="Bonjour Julien,",
            items_heading="Article concerné",
            paras=["Le rendez-vous de livraison et d'installation prévu le jeudi 21 novembre entre 8 h et 12 h a été annulé par notre partenaire de livraison, qui ne pourra pas se présenter à cette date.",
                   "Votre commande n° 404-8812093-2265019 n'est pas annulée : votre article sera livré et installé à une nouvelle date. Choisissez dès maintenant un nouveau créneau dans [[Vos commandes|{base}/gp/css/order-history?ref_=TE_resched]].",
                   "Nous vous prions de nous excuser pour ce contretemps."],
            items=[("Bosch WGG14409FR Série 6, lave-linge hublot 9 kg, installation incluse", "1", "549,99 €")])),
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="Prime membership cancelled (subscription)",
     frm=("Amazon Prime", "digital-no-reply@amazon.fr"), reply=None, to=("Sophie Girard", "sophie.girard@sfr.fr"),
     subj="Confirmation de la résiliation de votre abonnement Amazon Prime", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="modern", amz=True,
     c=dict(mp="amazon.fr", hello="Bonjour Sophie,",
            paras=["Nous vous confirmons la résiliation de votre abonnement Amazon Prime.",
                   "Vous pouvez continuer à profiter de vos avantages Prime (livraison rapide gratuite, Prime Video, Amazon Music Prime) jusqu'au 14 décembre 2024. Vous ne serez plus débitée de 6,99 € par mois.",
                   "Vos commandes en cours ne sont pas concernées et seront livrées normalement.",
                   "Vous avez changé d'avis ? [[Réactivez votre abonnement Prime|{base}/amazonprime?ref_=TE_reactivate]] en un clic."])),
dict(k="non_notice", lg="fr", cause=None, sr=False, mkt=None, note="fr-CA payment reminder: update card or order will be cancelled",
     frm=("Amazon.ca", "payments-messages@amazon.ca"), reply="no-reply@amazon.ca", to=("Marie-Ève Tremblay", "me.tremblay@videotron.ca"),
     subj="Action requise : mettez à jour votre mode de paiement pour la commande 701-3382016-9904521", auth="pass", mx="mx.videotron.ca",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.ca", title="Problème de paiement", order="701-3382016-9904521", hello="Bonjour Marie-Ève,",
            items_heading="Article(s) en attente",
            paras=["Nous n'avons pas pu traiter le paiement de votre commande n° 701-3382016-9904521 : la carte Mastercard se terminant par 0917 a été refusée.",
                   "Pour éviter l'annulation de votre commande, veuillez mettre à jour vos informations de paiement d'ici le 9 décembre dans [[Vos commandes|{base}/gp/css/order-history?ref_=TE_pay]]. Si nous ne recevons pas de nouvelles informations de paiement d'ici cette date, votre commande sera annulée.",
                   "Votre commande est en attente et sera expédiée dès que le paiement aura été confirmé."],
            items=[("Instant Pot Duo Plus 9-en-1, autocuiseur électrique 6 pintes", "1", "149,99 $")])),
# ------------------------------------------------------------ lookalikes
dict(k="lookalike", lg="fr", cause="fraud_prevention", sr=True, mkt=None, note="gmail sender, callback phone number",
     frm=("Service Client Amazon", "serviceclient.amazon.fr24@gmail.com"), reply=None, to=("Éric Fontaine", "eric.fontaine@laposte.net"),
     subj="Annulation de votre commande #402-8837261-0092837", auth="free:gmail.com", mx="mx.laposte.net",
     fmt="text", cs="utf-8", cte="8bit", tpl="raw",
     text="""Cher(e) client(e),

Votre commande n° 402-8837261-0092837 d'un montant de 1 349,00 EUR
(Apple MacBook Air 13" puce M3, 512 Go) a été annulée suite à la détection
d'une activité suspecte sur votre compte.

Le remboursement est bloqué tant que votre identité n'a pas été confirmée.
Si vous n'êtes pas à l'origine de cet achat, contactez IMMÉDIATEMENT notre
service de sécurité :

    ☎ 01 84 88 72 19 (appel gratuit, 7j/7, 8h-22h)

Sans appel de votre part sous 24 heures, le montant sera débité
définitivement.

Cordialement,
Service Sécurité Amazon France
Réf. dossier : FR-CX-883721
"""),
dict(k="lookalike", lg="fr", cause="fraud_prevention", sr=True, mkt=None, note="Cyrillic A in display name, amazon-orders.help, suspended + code",
     frm=("\u0410mazon.fr", "no-reply@amazon-orders.help"), reply=None, to=("Thomas Lambert", "thomas.lambert@skynet.be"),
     subj="Votre compte a été suspendu – commande 171-4490325-7713409 annulée", auth="evil:amazon-orders.help",
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="modern",
     c=dict(mp="amazon.fr", href_base="https://amazon-orders.help/fr", order="171-4490325-7713409", hello="Bonjour,",
            paras=["Nous avons suspendu votre compte Amazon.fr en raison d'une tentative de connexion inhabituelle et avons annulé votre commande en cours.",
                   "Pour réactiver votre compte et débloquer votre commande, saisissez le code de sécurité ci-dessous sur la page de vérification.",
                   "Code de sécurité : 847 209",
                   "[[Vérifier mon compte maintenant|https://amazon-orders.help/fr/verify?c=847209&s=FR]]",
                   "Sans vérification sous 48 heures, votre compte sera définitivement fermé."],
            items=[("Samsung Galaxy S24 Ultra 512 Go, Noir Titane", "1", "1 469,00 €")])),
dict(k="lookalike", lg="fr", cause="payment_issue", sr=True, mkt=None, note="outlook sender, crude, asks reply with card details, malformed order no",
     frm=("Amazon France", "amazon.remboursement.fr@outlook.fr"), reply=None, to=("Nadia Benali", "nadia.benali@free.fr"),
     subj="Re: Votre commande Amazon a ete annulee", auth=None, fmt="text", cs="iso-8859-15", cte="quoted-printable", tpl="raw",
     text="""Bonjour cher client,

Nous vous informons que votre paiement a été refusé par votre banque et que votre commande #40-82736-1192 a été annulé.

Pour recevoir le remboursement de 89,99€ et réactiver votre commande veuillez répondre a ce mail avec les information suivante :

- Nom et prénom :
- Numéro de carte bancaire :
- Date d'expiration :
- Code de sécurité (3 chiffres au dos) :
- Date de naissance :

Sans réponse de votre part sous 48h votre compte sera cloturé.

Merci de votre confiance.
Amazon Service Client
"""),
dict(k="lookalike", lg="fr", cause="payment_issue", sr=True, mkt=None, note="polished copy, amazon.fr.order-status.info, link text amazon.fr href elsewhere, will be cancelled",
     frm=("Amazon.fr", "auto-confirm@amazon.fr.order-status.info"), reply=None, to=("Camille Rousseau", "camille.rousseau@orange.fr"),
     subj="Action requise : votre commande Amazon.fr 405-1927730-3318264 sera annulée", auth="evil:order-status.info:amazon.fr.order-status.info",
     mx="smtp-in.orange.fr", fmt="html", cs="utf-8", cte="base64", tpl="classic",
     c=dict(mp="amazon.fr", href_base="https://amazon.fr.order-status.info/session", title="Paiement refusé", order="405-1927730-3318264", hello="Bonjour Camille,",
            paras=["Nous n'avons pas pu autoriser le paiement de votre commande n° 405-1927730-3318264 : votre carte bancaire a été refusée.",
                   "Votre commande sera automatiquement annulée dans les 24 heures si vous ne mettez pas à jour vos informations de paiement.",
                   "Mettre à jour mon mode de paiement : [[https://www.amazon.fr/cpe/yourpayments/wallet|https://amazon.fr.order-status.info/session/cpe/yourpayments?id=7Gh2kQ]]"],
            items=[("Dyson V15 Detect Absolute – Aspirateur balai sans fil", "1", "699,00 €")])),
dict(k="lookalike", lg="fr", cause="technical_issue", sr=True, mkt=None, note="Greek omicron in display name, amaz0n-fr.com, malformed order no, will be cancelled",
     frm=("Amaz\u03bfn", "commandes@amaz0n-fr.com"), reply=None, to=("Julien Moreau", "julien.moreau@gmail.com"),
     subj="Votre commande sera annulée – erreur de traitement", auth="evil:amaz0n-fr.com", fmt="html", cs="utf-8", cte="8bit", tpl="raw",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#111">
<div style="max-width:600px;margin:auto;border:1px solid #ddd">
<div style="background:#232f3e;padding:12px"><img src="http://amaz0n-fr.com/img/logo_white.png" alt="amazon.fr" width="110"></div>
<div style="padding:20px">
<p>Cher client,</p>
<p>Suite à une erreur technique survenue lors du traitement de votre commande <b>N° 4O5-33810-22917</b>, celle-ci <b>sera annulée sous 12 heures</b>.</p>
<p>Pour conserver votre commande et éviter son annulation, veuillez confirmer vos informations en cliquant sur le bouton ci-dessous :</p>
<p style="text-align:center"><a href="http://amaz0n-fr.com/confirm.php?id=4O5-33810-22917" style="background:#ffd814;color:#111;padding:10px 24px;border-radius:8px;text-decoration:none">Confirmer ma commande</a></p>
<p>Nous nous excusons pour la gêne occasionnée.<br>L'équipe Amazon</p>
</div>
<div style="font-size:11px;color:#777;padding:12px">© 1996-2024, Amazon.com, Inc. ou ses filiales. Amazon ne vous demandera jamais votre mot de passe par e-mail.</div>
</div></body></html>
"""),
dict(k="lookalike", lg="fr", cause="unknown", sr=False, mkt=None, note="spoofed amazon.fr From with DMARC fail, yahoo Reply-To, asks password, no order number",
     frm=("Amazon.fr", "order-update@amazon.fr"), reply="service.litiges.amazon@yahoo.fr", to=("Sophie Girard", "sophie.girard@sfr.fr"),
     subj="Votre commande a été annulée", auth="fail:amazon.fr", mx="mx.sfr.fr", fmt="alt", cs="utf-8", cte="quoted-printable", tpl="raw",
     text="""Bonjour,

Votre commande récente sur Amazon.fr a été annulée.

Si vous pensez qu'il s'agit d'une erreur, répondez simplement à ce message en
indiquant l'adresse e-mail et le mot de passe de votre compte Amazon afin que
notre équipe puisse retrouver votre commande et la rétablir.

Le Service Client Amazon.fr
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://upload.wikimedia.org/wikipedia/commons/a/a9/Amazon_logo.svg" width="100" alt="amazon"></p>
<p>Bonjour,</p>
<p>Votre commande récente sur Amazon.fr a été <b>annulée</b>.</p>
<p>Si vous pensez qu'il s'agit d'une erreur, répondez simplement à ce message en indiquant l'adresse e-mail et le mot de passe de votre compte Amazon afin que notre équipe puisse retrouver votre commande et la rétablir.</p>
<p>Le Service Client Amazon.fr</p>
</body></html>
"""),
dict(k="lookalike", lg="fr", cause="inventory_shortage", sr=True, mkt=None, note="fr-CA refund lure, amazon-ca-support.net, letter O in order no, shortener link",
     frm=("Amazon.ca", "remboursement@amazon-ca-support.net"), reply=None, to=("Marie-Ève Tremblay", "me.tremblay@videotron.ca"),
     subj="Votre commande #7O2-5519034-8820173 a été annulée – remboursement en attente", auth="evil:amazon-ca-support.net", mx="mx.videotron.ca",
     fmt="alt", cs="utf-8", cte={"text": "8bit", "html": "base64"}, tpl="raw",
     text="""Bonjour,

En raison d'une rupture de stock chez notre fournisseur, votre commande
#7O2-5519034-8820173 a été annulée.

Pour recevoir votre remboursement de 249,99 $ par virement Interac,
confirmez vos coordonnées bancaires dans les 48 heures :
https://bit.ly/3amzCA-rembours

Après ce délai, le remboursement sera converti en crédit non remboursable.

Merci de magasiner chez Amazon.ca
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111">
<table width="560" style="border:1px solid #e3e6e6"><tr><td style="padding:16px">
<img src="https://amazon-ca-support.net/assets/amazon-ca.png" alt="amazon.ca" width="120"><hr>
<p>Bonjour,</p>
<p>En raison d'une <b>rupture de stock</b> chez notre fournisseur, votre commande <b>#7O2-5519034-8820173</b> a été annulée.</p>
<p>Pour recevoir votre remboursement de <b>249,99 $</b> par virement Interac, confirmez vos coordonnées bancaires dans les 48 heures :</p>
<p><a href="https://bit.ly/3amzCA-rembours" style="background:#ff9900;color:#fff;padding:9px 18px;text-decoration:none">Recevoir mon remboursement</a></p>
<p style="font-size:12px;color:#555">Après ce délai, le remboursement sera converti en crédit non remboursable.</p>
<p>Merci de magasiner chez Amazon.ca</p>
</td></tr></table></body></html>
"""),
dict(k="lookalike", lg="fr", cause="unknown", sr=False, mkt=None, note="crude yahoo, shouting, gift-card code demand, no order number, no reason",
     frm=("AMAZON", "amazon.commande2024@yahoo.com"), reply=None, to=("Éric Fontaine", "eric.fontaine@laposte.net"),
     subj="COMMANDE ANNULEE !!!", auth=None, fmt="text", cs="windows-1252", cte="8bit", tpl="raw",
     text="""Votre commande Amazon est ANNULÉE.

Pour la réactiver achetez une carte cadeau Amazon de 100€ en bureau de tabac et envoyez nous le code par retour de mail.

ATTENTION : sans réponse sous 24h votre compte sera supprimé définitivement.

Service Amazon
"""),
]

# ================================================================= SPANISH
ES = [
# ------------------------------------------------------------ notices
dict(k="notice", lg="es", cause="inventory_shortage", sr=True, mkt="amazon.com.mx", note="pre-order cannot be filled (manufacturer allocation); classic alt QP, auth pass",
     frm=("Amazon.com.mx", "auto-confirm@amazon.com.mx"), reply="no-reply@amazon.com.mx", to=("Alejandro Hernández", "alejandro.hdz@gmail.com"),
     subj="Tu pedido de Amazon.com.mx n.º 701-6628104-3370912 ha sido cancelado", auth="pass", mx="mx.google.com",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.com.mx", title="Pedido cancelado", order="701-6628104-3370912", hello="Hola Alejandro:",
            paras=["Lamentamos informarte que no podremos surtir tu pedido en preventa n.º 701-6628104-3370912. El fabricante redujo las unidades asignadas para el lanzamiento y no recibiremos inventario suficiente para cubrir todas las preventas, por lo que cancelamos tu pedido.",
                   "No se realizó ningún cargo a tu tarjeta. Si ves un cargo pendiente en tu estado de cuenta, desaparecerá en los próximos días.",
                   "Si quieres recibir un aviso cuando el producto vuelva a estar disponible, visita la [[página del producto|{base}/dp/B0DGY63Z2H?ref_=TE_notify]]."],
            items=[("Consola PlayStation 5 Pro – Edición Estándar (Preventa)", "1", "$17,999.00")])),
dict(k="notice", lg="es", cause="payment_issue", sr=True, mkt="amazon.es", note="card expired, payment method not updated in time; modern HTML only base64",
     frm=("Amazon.es", "payments-messages@amazon.es"), reply="no-reply@amazon.es", to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Tu pedido de Amazon.es 404-9182736-5510283 se ha cancelado", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="modern", amz=True,
     c=dict(mp="amazon.es", order="404-9182736-5510283", hello="Hola, Lucía:",
            paras=["No hemos podido procesar el pago de tu pedido 404-9182736-5510283 porque la tarjeta Mastercard terminada en 3307 ha caducado.",
                   "El 2 de abril te enviamos un mensaje para que actualizaras tu método de pago. Como no hemos recibido una nueva forma de pago en el plazo indicado, hemos cancelado el pedido.",
                   "Si todavía quieres estos productos, vuelve a realizar el pedido después de actualizar tus [[datos de pago|{base}/cpe/yourpayments/wallet?ref_=TE_pm]]."],
            items=[("Cecotec Robot Aspirador Conga 8290 Immortal Ultra Power Home", "1", "219,00 €")])),
dict(k="notice", lg="es", cause="technical_issue", sr=True, mkt="amazon.es", note="system processing error; plain text 8bit, auth pass",
     frm=("Amazon.es", "order-update@amazon.es"), reply="no-reply@amazon.es", to=("Jorge Sánchez", "jorge.sanchez@yahoo.es"),
     subj="Información sobre tu pedido de Amazon.es 408-2203918-7745120", auth="pass", mx="mta7.am0.yahoodns.net",
     fmt="text", cs="utf-8", cte="8bit", tpl="text", amz=True,
     c=dict(mp="amazon.es", title="Pedido cancelado", order="408-2203918-7745120", hello="Hola, Jorge:",
            paras=["Debido a un error técnico en nuestro sistema de procesamiento de pedidos, tu pedido n.º 408-2203918-7745120 no se ha podido completar correctamente y hemos tenido que cancelarlo.",
                   "No se ha realizado ningún cargo. Si aparece una retención en tu cuenta bancaria, se liberará automáticamente en unos días.",
                   "Lamentamos las molestias. Puedes volver a realizar el pedido en Amazon.es: {base}/gp/css/order-history"],
            items=[("Xiaomi Redmi Note 13 Pro 5G, 8 GB + 256 GB, Negro", "1", "299,99 €")])),
dict(k="notice", lg="es", cause="fraud_prevention", sr=True, mkt="amazon.com.mx", note="unusual activity, account on hold; classic alt base64",
     frm=("Amazon.com.mx", "cs-reply@amazon.com.mx"), reply="no-reply@amazon.com.mx", to=("Daniela Ortiz", "daniela.ortiz@outlook.com"),
     subj="Tu pedido de Amazon.com.mx 702-5538201-1194736 ha sido cancelado", auth=None,
     fmt="alt", cs="utf-8", cte="base64", tpl="classic", amz=True,
     c=dict(mp="amazon.com.mx", title="Pedido cancelado", order="702-5538201-1194736", hello="Hola Daniela:",
            paras=["Detectamos actividad inusual en tu cuenta de Amazon.com.mx. Como medida de seguridad, pusimos tu cuenta en espera y cancelamos tu pedido n.º 702-5538201-1194736.",
                   "Para restablecer el acceso, abre una nueva ventana del navegador, ve a Amazon.com.mx e inicia sesión. Te guiaremos para verificar tu identidad y la información de pago asociada a la cuenta.",
                   "No se realizó ningún cargo por este pedido."],
            items=[("Tarjeta de regalo Amazon.com.mx – $2,000 (envío por correo electrónico)", "3", "$6,000.00")],
            total="$6,000.00")),
dict(k="notice", lg="es", cause="customer_request", sr=True, mkt="amazon.es", note="successful cancellation at customer's request; text iso-8859-15 QP, auth pass",
     frm=("Amazon.es", "auto-confirm@amazon.es"), reply="no-reply@amazon.es", to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Cancelación realizada correctamente: «Fairy Platinum Plus cápsulas para lavavajillas, 84 uds.» de tu pedido de Amazon.es 171-5529014-8826337",
     auth="pass", mx="mx.telefonica.net", fmt="text", cs="iso-8859-15", cte="quoted-printable", tpl="text", amz=True,
     c=dict(mp="amazon.es", title="Cancelación realizada", order="171-5529014-8826337", hello="Hola, Lucía:",
            paras=["Tal y como has solicitado, hemos cancelado el siguiente producto de tu pedido n.º 171-5529014-8826337.",
                   "Motivo de la cancelación: cancelado por el cliente",
                   "Si ya se te había cobrado este producto, recibirás el reembolso en un plazo de 3 a 5 días hábiles. El resto de productos del pedido se enviará según lo previsto."],
            items=[("Fairy Platinum Plus cápsulas para lavavajillas, 84 uds.", "1", "21,49 €")])),
dict(k="notice", lg="es", cause="unknown", sr=False, mkt="amazon.es", note="cancellation without any reason; modern alt QP",
     frm=("Amazon.es", "order-update@amazon.es"), reply="no-reply@amazon.es", to=("Jorge Sánchez", "jorge.sanchez@yahoo.es"),
     subj="Tu pedido de Amazon.es 402-7730192-4418265 ha sido cancelado", auth=None,
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="modern", amz=True,
     c=dict(mp="amazon.es", title="Pedido cancelado", order="402-7730192-4418265", hello="Hola, Jorge:",
            paras=["Te informamos de que tu pedido n.º 402-7730192-4418265 ha sido cancelado.",
                   "Si se te ha realizado algún cargo por este pedido, te lo reembolsaremos en el mismo método de pago en un plazo de 5 días hábiles.",
                   "Puedes consultar el estado de tus pedidos en [[Mis pedidos|{base}/gp/css/order-history?ref_=TE_yo]]."],
            items=[("Nike Air Max SC, zapatillas para hombre, talla 43", "1", "74,99 €", "Nike Retail B.V.")])),
# ------------------------------------------------------------ non-notices
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="Zalando order cancellation paid with Amazon Pay",
     frm=("Zalando", "info@service-mail.zalando.es"), reply=None, to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Tu pedido 10105882734561 ha sido cancelado", auth=None, fmt="alt", cs="utf-8", cte="quoted-printable", tpl="raw", bulk=True,
     text="""Hola, Lucía:

Lamentamos comunicarte que hemos tenido que cancelar tu pedido 10105882734561
del 4 de marzo: el artículo «Levi's 501 Original, vaqueros, talla 28/32» ya no
está disponible en nuestro almacén.

Pagaste con Amazon Pay. El reembolso de 109,95 € se realizará al método de
pago guardado en tu cuenta de Amazon en un plazo de 3-5 días laborables y lo
verás en la sección Amazon Pay de tu cuenta de Amazon.

Un saludo,
Tu equipo de Zalando

Zalando SE, Valeska-Gert-Straße 5, 10243 Berlín, Alemania.
""",
     html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<div style="padding:16px;border-bottom:3px solid #ff6900"><img src="https://mosaic01.ztat.net/nvg/z-header-fragment/zalando-logo/images/zalando-logo.png" alt="Zalando" height="28"></div>
<div style="padding:20px">
<p>Hola, Lucía:</p>
<p>Lamentamos comunicarte que hemos tenido que <b>cancelar tu pedido 10105882734561</b> del 4 de marzo: el artículo «Levi's 501 Original, vaqueros, talla 28/32» ya no está disponible en nuestro almacén.</p>
<p>Pagaste con <b>Amazon Pay</b>. El reembolso de <b>109,95 €</b> se realizará al método de pago guardado en tu cuenta de Amazon en un plazo de 3-5 días laborables y lo verás en la sección Amazon Pay de tu cuenta de Amazon.</p>
<p>Un saludo,<br>Tu equipo de Zalando</p>
</div>
<p style="font-size:10px;color:#888;padding:0 20px">Zalando SE, Valeska-Gert-Straße 5, 10243 Berlín, Alemania.</p>
</body></html>
"""),
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="colleague says he cancelled the Amazon order for office chairs (quotes order no)",
     frm=("Pablo Ruiz", "pablo.ruiz@grupoarcos.es"), reply=None, to=("Jorge Sánchez", "jorge.sanchez@grupoarcos.es"),
     subj="RE: sillas para la oficina", auth=None, fmt="text", cs="utf-8", cte="quoted-printable", tpl="raw", inreply=True,
     text="""Hola Jorge,

Te confirmo que he cancelado el pedido de Amazon de las sillas
(402-3318826-1029947). El proveedor daba tres semanas de plazo y no nos
encaja con la mudanza. Amazon ya me ha mandado la confirmación de la
cancelación y el reembolso va a la tarjeta de empresa.

Mañana pido presupuesto a la tienda de muebles de oficina de la calle
Alcalá y te digo algo.

Un saludo,
Pablo

--
Pablo Ruiz · Compras y Servicios Generales
Grupo Arcos · Tel. 91 555 01 23

-----Mensaje original-----
De: Jorge Sánchez
Enviado el: martes, 14 de enero de 2025 9:02
Para: Pablo Ruiz
Asunto: sillas para la oficina

¿Sabemos algo de las sillas? Las necesitamos antes del día 30.
"""),
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="blog newsletter on why Amazon cancels orders and on phishing, quotes subject",
     frm=("El Blog del Comprador", "boletin@blogdelcomprador.es"), reply=None, to=("Daniela Ortiz", "daniela.ortiz@outlook.com"),
     subj="¿Por qué Amazon cancela pedidos? Los motivos más habituales (y cómo detectar el phishing)", auth=None,
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="raw", bulk=True,
     html="""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Boletín semanal</title></head>
<body style="margin:0;background:#fafafa;font-family:Verdana,sans-serif;font-size:14px">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<p style="color:#c0392b;font-weight:bold">BOLETÍN SEMANAL · Nº 212</p>
<h1 style="font-size:21px">¿Por qué Amazon cancela pedidos? Los motivos más habituales</h1>
<p>Si alguna vez has recibido un correo con el asunto <i>«Tu pedido de Amazon.es ha sido cancelado»</i>, no estás solo. Estos son los motivos que más se repiten según nuestros lectores:</p>
<ol>
<li>El producto se agotó o el vendedor no pudo servirlo.</li>
<li>El pago fue rechazado o la tarjeta había caducado.</li>
<li>Hubo un error de precio en la ficha del producto.</li>
<li>Amazon detectó actividad inusual y puso la cuenta en revisión.</li>
</ol>
<h2 style="font-size:17px">Cuidado con las imitaciones</h2>
<p>Los estafadores copian este tipo de avisos. Un ejemplo real que nos enviasteis: <i>«URGENTE: Tu pedido #402-XXXXXXX será cancelado – verifica tu tarjeta»</i>, enviado desde una dirección de Gmail. Amazon nunca te pedirá los datos de tu tarjeta por correo: comprueba siempre el estado del pedido entrando tú mismo en «Mis pedidos».</p>
<p><a href="https://blogdelcomprador.es/amazon-cancela-pedidos">Leer el artículo completo</a></p>
<hr><p style="font-size:11px;color:#888">Recibes este boletín porque te suscribiste en blogdelcomprador.es. <a href="https://blogdelcomprador.es/baja?id=55120">Darse de baja</a></p>
</div></body></html>
"""),
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="Amazon Fresh delivery slot cancelled, order kept",
     frm=("Amazon Fresh", "order-update@amazon.es"), reply="no-reply@amazon.es", to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Tu franja de entrega de Amazon Fresh del martes ha sido cancelada", auth="pass", mx="mx.telefonica.net",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="modern", amz=True,
     c=dict(mp="amazon.es", title="Franja de entrega cancelada", order="405-6612873-3301946", hello="Hola, Lucía:",
            paras=["Lamentamos comunicarte que la franja de entrega de 19:00 a 21:00 del martes 10 de diciembre ha sido cancelada por una incidencia en la ruta de reparto de tu zona.",
                   "Tu pedido de Amazon Fresh no se ha cancelado. Elige una nueva franja de entrega antes de las 23:59 de hoy en [[Mis pedidos|{base}/gp/css/order-history?ref_=TE_fresh]]; si no eliges ninguna, te asignaremos la primera franja disponible.",
                   "Sentimos las molestias."])),
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="Amazon Music Unlimited subscription cancelled",
     frm=("Amazon Music", "digital-no-reply@amazon.com.mx"), reply=None, to=("Alejandro Hernández", "alejandro.hdz@gmail.com"),
     subj="Tu suscripción a Amazon Music Unlimited ha sido cancelada", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="classic", amz=True,
     c=dict(mp="amazon.com.mx", title="Suscripción cancelada", hello="Hola Alejandro:",
            paras=["Confirmamos que tu suscripción al Plan Individual de Amazon Music Unlimited ha sido cancelada, tal como lo solicitaste.",
                   "Podrás seguir escuchando Amazon Music Unlimited hasta el 3 de febrero. A partir de esa fecha ya no se te cobrarán $129.00 al mes y seguirás teniendo acceso a Amazon Music Prime con tu membresía Prime.",
                   "¿Cambiaste de opinión? Puedes [[reactivar tu suscripción|{base}/music/settings?ref_=TE_music]] en cualquier momento."])),
dict(k="non_notice", lg="es", cause=None, sr=False, mkt=None, note="genuine payment reminder: update payment or order will be cancelled",
     frm=("Amazon.com.mx", "payments-messages@amazon.com.mx"), reply="no-reply@amazon.com.mx", to=("Daniela Ortiz", "daniela.ortiz@outlook.com"),
     subj="Revisa tu información de pago del pedido 701-2290471-6638215", auth="pass", mx="mx.outlook.com",
     fmt="text", cs="utf-8", cte="quoted-printable", tpl="text", amz=True,
     c=dict(mp="amazon.com.mx", title="Se requiere una acción", order="701-2290471-6638215", hello="Hola Daniela:",
            items_heading="Productos pendientes de pago",
            paras=["No pudimos procesar el pago de tu pedido 701-2290471-6638215: el banco emisor de tu tarjeta BBVA terminada en 6120 rechazó la transacción.",
                   "Actualiza tu método de pago antes del 12 de junio en Mis pedidos: {base}/gp/css/order-history . Si no lo actualizas antes de esa fecha, tu pedido será cancelado.",
                   "Tu pedido está retenido y se enviará en cuanto se confirme el pago."],
            items=[("Licuadora Oster Pro 1200 con vaso de vidrio", "1", "$1,649.00")])),
# ------------------------------------------------------------ lookalikes
dict(k="lookalike", lg="es", cause="fraud_prevention", sr=True, mkt=None, note="gmail sender, Mexico callback number",
     frm=("Amazon México", "soporte.amazonmx.seguridad@gmail.com"), reply=None, to=("Alejandro Hernández", "alejandro.hdz@gmail.com"),
     subj="Cancelación de pedido #701-4478201-9937104 – cargo no reconocido", auth="free:gmail.com", fmt="text", cs="utf-8", cte="8bit", tpl="raw",
     text="""Estimado cliente:

Su pedido #701-4478201-9937104 por un iPhone 15 Pro Max 256 GB ($28,499.00 MXN)
fue CANCELADO por nuestro sistema al detectar un cargo no reconocido desde
una ubicación inusual (Monterrey, N.L.).

Si usted NO realizó esta compra, comuníquese de inmediato con nuestro
Departamento de Seguridad para proteger su cuenta y bloquear el cargo:

    Tel. 55 8421 0937  (lunes a domingo, 24 horas)

Si no recibimos su llamada en las próximas 12 horas, el cargo se aplicará
de forma definitiva a su tarjeta.

Atentamente,
Centro de Seguridad Amazon México
"""),
dict(k="lookalike", lg="es", cause="fraud_prevention", sr=True, mkt=None, note="Cyrillic o in display name, account-verify domain, suspended + code",
     frm=("Amaz\u043en.es", "no-reply@amazon-es.account-verify.com"), reply=None, to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Cuenta suspendida: tu pedido 403-8820174-2291053 ha sido cancelado", auth="evil:account-verify.com:amazon-es.account-verify.com",
     mx="mx.telefonica.net", fmt="html", cs="utf-8", cte="quoted-printable", tpl="classic",
     c=dict(mp="amazon.es", href_base="https://amazon-es.account-verify.com/ap", title="Cuenta suspendida", order="403-8820174-2291053", hello="Hola:",
            paras=["Hemos suspendido temporalmente tu cuenta de Amazon.es por motivos de seguridad y hemos cancelado tu pedido 403-8820174-2291053.",
                   "Para reactivar tu cuenta y recuperar tu pedido, introduce el siguiente código de verificación en nuestra página segura:",
                   "Código: 582 914",
                   "[[Reactivar mi cuenta|https://amazon-es.account-verify.com/ap/verify?code=582914]]",
                   "Si no verificas tu cuenta en 24 horas, se cerrará de forma permanente."],
            items=[("Apple iPad Air 11\" (M2) Wi-Fi 128 GB – Gris espacial", "1", "699,00 €")])),
dict(k="lookalike", lg="es", cause="payment_issue", sr=True, mkt=None, note="hotmail sender, crude, reply with card data, malformed order no",
     frm=("Amazon Atencion al Cliente", "amazon.atencion.es@hotmail.es"), reply=None, to=("Jorge Sánchez", "jorge.sanchez@yahoo.es"),
     subj="Su pedido Amazon fue cancelado", auth=None, fmt="text", cs="iso-8859-1", cte="8bit", tpl="raw",
     text="""Estimado cliente,

Le informamos que su pedido Nº 40281-776 fue cancelado porque su pago no a podido ser procesado.

Para reactivar su pedido y evitar el bloqueo de su cuenta responda a este correo con los siguientes datos:

Nombre completo:
Numero de tarjeta:
Fecha de caducidad:
CVV:
DNI:

Una vez recibidos sus datos su pedido sera enviado en 24 horas.

Gracias por comprar en Amazon.
"""),
dict(k="lookalike", lg="es", cause="technical_issue", sr=True, mkt=None, note="amazon-orders.help, link text www.amazon.es but href elsewhere, pricing-error refund lure",
     frm=("Amazon.es", "pedidos@amazon-orders.help"), reply=None, to=("Daniela Ortiz", "daniela.ortiz@outlook.com"),
     subj="Tu pedido de Amazon.es 406-1184420-5573318 ha sido cancelado", auth="evil:amazon-orders.help", mx="mx.outlook.com",
     fmt="html", cs="utf-8", cte="base64", tpl="modern",
     c=dict(mp="amazon.es", href_base="https://amazon-orders.help/es", order="406-1184420-5573318", hello="Hola:",
            paras=["Debido a un error de precio en la ficha del producto, tu pedido 406-1184420-5573318 ha sido cancelado.",
                   "Para recibir el reembolso de 459,00 € debes confirmar tu método de pago en las próximas 48 horas. Inicia sesión aquí: [[https://www.amazon.es/gp/your-account/order-history|https://amazon-orders.help/es/signin?return=refund&o=4061184420]]",
                   "Si no confirmas los datos, el importe no podrá ser reembolsado."],
            items=[("Samsung Smart TV 55\" Crystal UHD 4K", "1", "459,00 €")])),
dict(k="lookalike", lg="es", cause="payment_issue", sr=True, mkt=None, note="Greek Alpha in display name, amaz0n-mx.com, will be cancelled in 24h",
     frm=("\u0391mazon", "notificaciones@amaz0n-mx.com"), reply=None, to=("Alejandro Hernández", "alejandro.hdz@gmail.com"),
     subj="Último aviso: tu pedido será cancelado en 24 horas", auth="evil:amaz0n-mx.com",
     fmt="alt", cs="utf-8", cte={"text": "8bit", "html": "quoted-printable"}, tpl="raw",
     text="""Hola,

No pudimos verificar el método de pago de tu pedido #702-3391826-4410275.
Tu pedido será cancelado en 24 horas si no verificas tu tarjeta.

Verificar ahora: http://amaz0n-mx.com/verificar/pago?id=7023391826

Equipo Amazon
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="100%" style="max-width:580px;border:1px solid #ddd"><tr><td style="padding:18px">
<p style="font-size:22px;font-weight:bold;color:#232f3e">amazon<span style="color:#ff9900">.com.mx</span></p>
<p>Hola,</p>
<p>No pudimos verificar el método de pago de tu pedido <b>#702-3391826-4410275</b>.</p>
<p style="color:#c40000"><b>Tu pedido será cancelado en 24 horas si no verificas tu tarjeta.</b></p>
<p><a href="http://amaz0n-mx.com/verificar/pago?id=7023391826" style="background:#ffd814;padding:10px 20px;color:#000;text-decoration:none;border-radius:20px">Verificar ahora</a></p>
<p>Equipo Amazon</p>
</td></tr></table></body></html>
"""),
dict(k="lookalike", lg="es", cause="inventory_shortage", sr=True, mkt=None, note="spoofed amazon.es From with DMARC fail, outlook Reply-To, asks IBAN/DNI, no order no",
     frm=("Amazon.es", "auto-confirm@amazon.es"), reply="reembolsos.amazon.es@outlook.com", to=("Jorge Sánchez", "jorge.sanchez@yahoo.es"),
     subj="Pedido cancelado por falta de stock – reembolso pendiente", auth="fail:amazon.es", mx="mta7.am0.yahoodns.net",
     fmt="text", cs="iso-8859-15", cte="quoted-printable", tpl="raw",
     text="""Hola,

Lamentamos informarte de que tu último pedido ha sido cancelado porque el
producto está agotado en nuestros almacenes.

Para tramitar el reembolso de 129,90 € necesitamos que respondas a este
correo con tu IBAN completo, el titular de la cuenta y una foto de tu DNI.

El reembolso se realizará en un plazo de 48 horas tras recibir tus datos.

Atentamente,
Departamento de Reembolsos
Amazon.es
"""),
dict(k="lookalike", lg="es", cause="unknown", sr=False, mkt=None, note="look-alike domain, no reason given, malformed order no, base64 HTML",
     frm=("Amazon", "amazon@servicio-clientes-amazon.es"), reply=None, to=("Lucía Fernández", "lucia.fdez@telefonica.net"),
     subj="Tu pedido #114-55723-1198347 ha sido cancelado", auth=None, fmt="html", cs="utf-8", cte="base64", tpl="raw",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#eaeded">
<div style="max-width:600px;margin:20px auto;background:#fff;padding:24px">
<img src="https://servicio-clientes-amazon.es/static/amazon-logo.png" alt="amazon" width="110">
<h2 style="font-weight:normal">Pedido cancelado</h2>
<p>Tu pedido <b>#114-55723-1198347</b> ha sido cancelado.</p>
<p>Para ver los detalles de la cancelación y el estado de tu reembolso, haz clic en el botón de abajo.</p>
<p><a href="https://servicio-clientes-amazon.es/pedido/detalles?id=11455723" style="display:inline-block;background:#ff9900;color:#fff;padding:10px 26px;text-decoration:none">Ver detalles del pedido</a></p>
<p style="font-size:11px;color:#888;margin-top:30px">© 2025 Amazon.com, Inc. o sus afiliados. Todos los derechos reservados.</p>
</div></body></html>
"""),
dict(k="lookalike", lg="es", cause="customer_request", sr=True, mkt=None, note="fake 'we received your cancellation request', amazon.com.mx.secure-cancel.link, link text amazon.com.mx",
     frm=("Amazon.com.mx", "auto-confirm@amazon.com.mx.secure-cancel.link"), reply=None, to=("Daniela Ortiz", "daniela.ortiz@outlook.com"),
     subj="Confirmación de cancelación de tu pedido 701-8893015-2274461", auth="evil:secure-cancel.link:amazon.com.mx.secure-cancel.link", mx="mx.outlook.com",
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="classic",
     c=dict(mp="amazon.com.mx", href_base="https://amazon.com.mx.secure-cancel.link/css", title="Confirmación de cancelación", order="701-8893015-2274461", hello="Hola Daniela:",
            paras=["Recibimos tu solicitud de cancelación del pedido 701-8893015-2274461. El pedido fue cancelado a petición tuya y el reembolso de $12,849.00 se procesará en 5 días hábiles.",
                   "¿No solicitaste esta cancelación? Es posible que alguien haya accedido a tu cuenta. Revisa la actividad de inmediato: [[https://www.amazon.com.mx/gp/css/account/security|https://amazon.com.mx.secure-cancel.link/css/account/security?id=DX9k2]]"],
            items=[("Laptop Lenovo IdeaPad Slim 5, Ryzen 7, 16 GB, 512 GB SSD", "1", "$12,849.00")])),
]

# ================================================================= PORTUGUESE (BR)
PT = [
# ------------------------------------------------------------ notices
dict(k="notice", lg="pt", cause="inventory_shortage", sr=True, mkt="amazon.com.br", note="third-party seller could not fulfil, out of stock; classic alt QP, auth pass",
     frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Rafael Oliveira", "rafael.oliveira@gmail.com"),
     subj="Seu pedido Amazon.com.br nº 701-2298341-5567120 foi cancelado", auth="pass", mx="mx.google.com",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.com.br", title="Pedido cancelado", order="701-2298341-5567120", hello="Olá, Rafael,",
            paras=["Infelizmente, o vendedor Casa & Cozinha Express informou que não poderá atender ao seu pedido nº 701-2298341-5567120, pois o item abaixo está indisponível no estoque dele. Por isso, o pedido foi cancelado.",
                   "Nenhuma cobrança foi efetuada. Caso apareça uma pré-autorização na fatura do seu cartão, ela será desfeita automaticamente pela operadora.",
                   "Você pode conferir outras ofertas para este produto na [[página do produto|{base}/dp/B0C5JQ7V8M?ref_=TE_alt]]."],
            items=[("Fritadeira Air Fryer Mondial Family AFN-50-BI, 5 L, 1900 W, 127 V", "1", "R$ 399,90", "Casa & Cozinha Express")])),
dict(k="notice", lg="pt", cause="payment_issue", sr=True, mkt="amazon.com.br", note="card not authorised, no new payment in time; modern HTML only base64",
     frm=("Amazon.com.br", "payments-messages@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Juliana Costa", "juliana.costa@uol.com.br"),
     subj="Seu pedido Amazon.com.br 702-6610394-8823017 foi cancelado", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="modern", amz=True,
     c=dict(mp="amazon.com.br", order="702-6610394-8823017", hello="Olá, Juliana,",
            paras=["A operadora do seu cartão Elo com final 5512 não autorizou o pagamento do pedido 702-6610394-8823017.",
                   "No dia 8 de maio, pedimos que você revisasse a forma de pagamento. Como não recebemos uma nova forma de pagamento dentro do prazo, o pedido foi cancelado.",
                   "Se ainda quiser os itens, faça um novo pedido depois de atualizar suas [[formas de pagamento|{base}/cpe/yourpayments/wallet?ref_=TE_pm]]."],
            items=[("Smartphone Samsung Galaxy A55 5G 256 GB, 8 GB RAM, Azul Escuro", "1", "R$ 2.199,00")])),
dict(k="notice", lg="pt", cause="technical_issue", sr=True, mkt="amazon.com.br", note="listing error with wrong price; plain text 8bit, auth pass",
     frm=("Amazon.com.br", "order-update@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Marcos Pereira", "marcos.pereira@terra.com.br"),
     subj="Informações sobre seu pedido Amazon.com.br 701-9920183-3345826", auth="pass", mx="mx.terra.com.br",
     fmt="text", cs="utf-8", cte="8bit", tpl="text", amz=True,
     c=dict(mp="amazon.com.br", title="Pedido cancelado", order="701-9920183-3345826", hello="Olá, Marcos,",
            paras=["Devido a um erro no cadastro do anúncio, o produto abaixo foi exibido com preço incorreto (R$ 49,90 em vez de R$ 499,00) no momento da sua compra.",
                   "Por esse motivo, cancelamos o seu pedido nº 701-9920183-3345826. Nenhum valor foi cobrado.",
                   "Pedimos desculpas pelo transtorno. O produto continua disponível com o preço correto na Amazon.com.br: {base}/dp/B0CFPJYX7P"],
            items=[("Kindle Paperwhite 16 GB – tela de 7\" e luz ajustável, preto", "1", "R$ 49,90")])),
dict(k="notice", lg="pt", cause="fraud_prevention", sr=True, mkt="amazon.com.br", note="order flagged by security review, payment info not verified; classic alt base64",
     frm=("Amazon.com.br", "cs-reply@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Fernanda Lima", "fernanda.lima@hotmail.com"),
     subj="Seu pedido Amazon.com.br 702-4483920-1176654 foi cancelado", auth=None,
     fmt="alt", cs="utf-8", cte="base64", tpl="classic", amz=True,
     c=dict(mp="amazon.com.br", title="Pedido cancelado", order="702-4483920-1176654", hello="Olá, Fernanda,",
            paras=["Seu pedido nº 702-4483920-1176654 foi sinalizado em nossa análise de segurança e não conseguimos verificar as informações de pagamento associadas a ele. Para proteger sua conta, o pedido foi cancelado.",
                   "Se você reconhece esta compra, acesse sua conta digitando amazon.com.br diretamente no navegador ou pelo app da Amazon e siga as instruções exibidas para confirmar sua identidade.",
                   "Nenhum valor foi cobrado."],
            items=[("Apple iPhone 15 Pro Max (256 GB) – Titânio natural", "1", "R$ 8.499,00")])),
dict(k="notice", lg="pt", cause="customer_request", sr=True, mkt="amazon.com.br", note="successful cancellation requested by customer; modern alt QP, auth pass",
     frm=("Amazon.com.br", "auto-confirm@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Juliana Costa", "juliana.costa@uol.com.br"),
     subj="Cancelamento bem-sucedido de \"Jogo de Panelas Tramontina Paris 5 peças\" do seu pedido Amazon.com.br 701-3374021-9928345",
     auth="pass", mx="mx.uol.com.br", fmt="alt", cs="utf-8", cte="quoted-printable", tpl="modern", amz=True,
     c=dict(mp="amazon.com.br", title="Cancelamento bem-sucedido", order="701-3374021-9928345", hello="Olá, Juliana,",
            paras=["Conforme sua solicitação, cancelamos o item abaixo do seu pedido nº 701-3374021-9928345.",
                   "Motivo do cancelamento: cancelado pelo cliente",
                   "Se o valor já tiver sido cobrado, o estorno aparecerá na fatura do seu cartão em até 2 faturas. Os demais itens do pedido não foram afetados."],
            items=[("Jogo de Panelas Tramontina Paris 5 peças, antiaderente, vermelho", "1", "R$ 289,90")])),
dict(k="notice", lg="pt", cause="unknown", sr=True, mkt="amazon.com.br", note="cannot ship to delivery address (regional restriction); text iso-8859-1 QP",
     frm=("Amazon.com.br", "order-update@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Marcos Pereira", "marcos.pereira@terra.com.br"),
     subj="Seu pedido Amazon.com.br 702-1108827-6649302 foi cancelado", auth=None,
     fmt="text", cs="iso-8859-1", cte="quoted-printable", tpl="text", amz=True,
     c=dict(mp="amazon.com.br", title="Pedido cancelado", order="702-1108827-6649302", hello="Olá, Marcos,",
            paras=["O item abaixo não pode ser enviado para o endereço de entrega informado, pois há restrições de transporte para a sua localidade.",
                   "Por esse motivo, seu pedido nº 702-1108827-6649302 foi cancelado. Se houve cobrança, o valor de R$ 159,90 será estornado na mesma forma de pagamento.",
                   "Confira seus endereços em Sua conta: {base}/a/addresses"],
            items=[("Kit 4 Baterias de Lítio 18650 recarregáveis 3,7 V com carregador", "1", "R$ 159,90", "Eletro Center SP")])),
# ------------------------------------------------------------ non-notices
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="Magalu order cancellation, mentions Amazon price comparison",
     frm=("Magalu", "pedidos@comunicacao.magazineluiza.com.br"), reply=None, to=("Fernanda Lima", "fernanda.lima@hotmail.com"),
     subj="Seu pedido 1189034-01 foi cancelado", auth=None, fmt="alt", cs="utf-8", cte="quoted-printable", tpl="raw", bulk=True,
     text="""Oi, Fernanda!

Seu pedido 1189034-01 foi cancelado porque o produto "Geladeira Brastemp
Frost Free Duplex 375 L Inox" ficou sem estoque no nosso centro de
distribuição.

O estorno de R$ 3.299,00 será feito no cartão de crédito usado na compra e
pode aparecer em até 2 faturas.

Viu mais barato na Amazon ou em outra loja? Com o Magalu Garante Preço, a
gente cobre a oferta na próxima compra. Confira as condições no app.

Um abraço,
Lu do Magalu

Magazine Luiza S/A - CNPJ 47.960.950/0001-21
""",
     html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="background:#0086ff;padding:14px;color:#fff;font-weight:bold;font-size:20px">Magalu</div>
<div style="padding:20px">
<p>Oi, Fernanda!</p>
<p>Seu pedido <b>1189034-01</b> foi cancelado porque o produto "Geladeira Brastemp Frost Free Duplex 375 L Inox" ficou sem estoque no nosso centro de distribuição.</p>
<p>O estorno de <b>R$ 3.299,00</b> será feito no cartão de crédito usado na compra e pode aparecer em até 2 faturas.</p>
<p style="background:#f0f7ff;padding:10px">Viu mais barato na Amazon ou em outra loja? Com o <b>Magalu Garante Preço</b>, a gente cobre a oferta na próxima compra.</p>
<p>Um abraço,<br>Lu do Magalu</p>
</div>
<p style="font-size:10px;color:#999;padding:0 20px">Magazine Luiza S/A - CNPJ 47.960.950/0001-21</p>
</body></html>
"""),
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="friend says he cancelled his Amazon order",
     frm=("Bruno Almeida", "bruno.almeida92@hotmail.com"), reply=None, to=("Rafael Oliveira", "rafael.oliveira@gmail.com"),
     subj="Re: fone pro churrasco", auth=None, fmt="text", cs="utf-8", cte="8bit", tpl="raw", inreply=True,
     text="""Fala, Rafa!

Cancelei o pedido da Amazon daquela caixinha de som JBL, achei mais barato
no Mercado Livre e chega antes do sábado. A Amazon já mandou o e-mail de
cancelamento e disse que o estorno cai em até 2 faturas.

Então fica combinado: eu levo a caixinha e você leva o carvão.

Abraço,
Bruno

Em qua., 6 de nov. de 2024 às 18:40, Rafael Oliveira
<rafael.oliveira@gmail.com> escreveu:
> E aí, chegou a caixinha de som?
"""),
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="bank security bulletin about fake Amazon cancellation phishing, quotes subject",
     frm=("Banco Aurora | Segurança", "seguranca@comunicados.bancoaurora.com.br"), reply=None, to=("Juliana Costa", "juliana.costa@uol.com.br"),
     subj="Alerta de segurança: golpe do falso cancelamento de pedido da Amazon", auth=None,
     fmt="html", cs="utf-8", cte="base64", tpl="raw", bulk=True,
     html="""<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Alerta de segurança</title></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:18px;background:#5a2d82;color:#fff;font-size:18px">Banco Aurora · Dicas de Segurança</td></tr>
<tr><td style="padding:22px">
<h1 style="font-size:20px">Golpe do falso cancelamento de pedido da Amazon</h1>
<p>Clientes estão recebendo mensagens com o assunto <i>"Seu pedido Amazon foi cancelado – confirme seus dados para receber o estorno"</i>. O e-mail imita o visual da loja e leva a uma página falsa que pede número do cartão, CVV, senha e CPF.</p>
<p><b>Como se proteger:</b></p>
<ul>
<li>Confira o endereço do remetente e passe o mouse sobre os links antes de clicar;</li>
<li>Nunca informe senha, código de verificação ou chave Pix por e-mail ou telefone;</li>
<li>Em caso de dúvida, verifique o status do pedido diretamente no site ou app da loja.</li>
</ul>
<p>O Banco Aurora nunca liga pedindo sua senha. Recebeu algo suspeito? Encaminhe para <a href="mailto:phishing@bancoaurora.com.br">phishing@bancoaurora.com.br</a>.</p>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">Este é um comunicado informativo. <a href="https://bancoaurora.com.br/preferencias">Gerenciar preferências de e-mail</a></td></tr>
</table></body></html>
"""),
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="Amazon scheduled delivery appointment cancelled, order still active",
     frm=("Amazon.com.br", "order-update@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Fernanda Lima", "fernanda.lima@hotmail.com"),
     subj="Seu agendamento de entrega foi cancelado", auth="pass", mx="mx.hotmail.com",
     fmt="alt", cs="utf-8", cte="quoted-printable", tpl="classic", amz=True,
     c=dict(mp="amazon.com.br", title="Agendamento cancelado", order="701-5529018-3371046", hello="Olá, Fernanda,",
            items_heading="Item do pedido",
            paras=["O agendamento da entrega previsto para sábado, 16 de novembro, no período da manhã, foi cancelado pela transportadora por indisponibilidade de veículo na sua região.",
                   "Seu pedido nº 701-5529018-3371046 continua ativo e não foi cancelado. Escolha uma nova data de entrega em [[Seus pedidos|{base}/gp/css/order-history?ref_=TE_sched]].",
                   "Pedimos desculpas pelo transtorno."],
            items=[("Smart TV LG 65\" 4K UHD ThinQ AI 65UT8050", "1", "R$ 3.799,00")])),
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="Kindle Unlimited subscription cancelled",
     frm=("Kindle Unlimited", "digital-no-reply@amazon.com.br"), reply=None, to=("Marcos Pereira", "marcos.pereira@terra.com.br"),
     subj="Sua assinatura do Kindle Unlimited foi cancelada", auth=None,
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="modern", amz=True,
     c=dict(mp="amazon.com.br", hello="Olá, Marcos,",
            paras=["Confirmamos o cancelamento da sua assinatura do Kindle Unlimited.",
                   "Você poderá continuar lendo os títulos do Kindle Unlimited até 22 de março. Depois dessa data, os livros emprestados serão devolvidos automaticamente e não haverá mais a cobrança mensal de R$ 24,90.",
                   "Mudou de ideia? [[Reative sua assinatura|{base}/kindle-dbs/hz/subscribe/ku?ref_=TE_ku]] quando quiser."])),
dict(k="non_notice", lg="pt", cause=None, sr=False, mkt=None, note="genuine payment reminder: update payment or order will be cancelled",
     frm=("Amazon.com.br", "payments-update@amazon.com.br"), reply="no-reply@amazon.com.br", to=("Rafael Oliveira", "rafael.oliveira@gmail.com"),
     subj="Ação necessária: atualize a forma de pagamento do pedido 702-7782016-5530194", auth="pass", mx="mx.google.com",
     fmt="alt", cs="utf-8", cte="base64", tpl="classic", amz=True,
     c=dict(mp="amazon.com.br", title="Problema com o pagamento", order="702-7782016-5530194", hello="Olá, Rafael,",
            items_heading="Itens aguardando pagamento",
            paras=["Não foi possível processar o pagamento do seu pedido nº 702-7782016-5530194: o cartão Visa com final 2284 foi recusado.",
                   "Para que o pedido não seja cancelado, atualize a forma de pagamento até 20 de maio em [[Seus pedidos|{base}/gp/css/order-history?ref_=TE_pay]]. Se não recebermos uma nova forma de pagamento até essa data, o pedido será cancelado.",
                   "Seu pedido está em espera e será enviado assim que o pagamento for confirmado."],
            items=[("Cafeteira Nespresso Vertuo Next, preta, 127 V", "1", "R$ 599,00")])),
# ------------------------------------------------------------ lookalikes
dict(k="lookalike", lg="pt", cause="fraud_prevention", sr=True, mkt=None, note="gmail sender, 0800 callback number",
     frm=("Amazon Brasil", "atendimento.amazonbr.seguranca@gmail.com"), reply=None, to=("Fernanda Lima", "fernanda.lima@hotmail.com"),
     subj="Seu pedido #701-5562019-2238401 foi cancelado – compra suspeita", auth="free:gmail.com", mx="mx.hotmail.com",
     fmt="text", cs="utf-8", cte="8bit", tpl="raw",
     text="""Prezado(a) cliente,

Identificamos uma compra suspeita em sua conta e o pedido #701-5562019-2238401
(PlayStation 5 Slim + 2 controles, R$ 4.299,00) foi CANCELADO
preventivamente.

Se você não reconhece esta compra, ligue AGORA para a nossa Central de
Segurança para bloquear o cartão e evitar novas cobranças:

    0800 591 2247 ou (11) 4003-8826 (24 horas)

Caso não entre em contato em até 6 horas, o valor será cobrado na sua
próxima fatura.

Atenciosamente,
Central de Segurança Amazon Brasil
"""),
dict(k="lookalike", lg="pt", cause="fraud_prevention", sr=True, mkt=None, note="Cyrillic a's in display name, conta-suspensa domain, suspended + code",
     frm=("\u0410m\u0430zon.com.br", "no-reply@amazon-br.conta-suspensa.com"), reply=None, to=("Rafael Oliveira", "rafael.oliveira@gmail.com"),
     subj="Conta suspensa e pedido 702-3318290-4457712 cancelado", auth="evil:conta-suspensa.com:amazon-br.conta-suspensa.com",
     mx="mx.google.com", fmt="html", cs="utf-8", cte="quoted-printable", tpl="modern",
     c=dict(mp="amazon.com.br", href_base="https://amazon-br.conta-suspensa.com/conta", order="702-3318290-4457712", hello="Olá,",
            paras=["Sua conta Amazon.com.br foi suspensa após uma tentativa de acesso não autorizada e o seu pedido em andamento foi cancelado.",
                   "Para reativar a conta e recuperar o pedido, utilize o código de desbloqueio abaixo na nossa página de verificação:",
                   "Código de desbloqueio: 306 518",
                   "[[Reativar minha conta|https://amazon-br.conta-suspensa.com/conta/verificar?codigo=306518]]",
                   "Se a verificação não for concluída em 24 horas, sua conta será encerrada definitivamente."],
            items=[("Notebook Dell Inspiron 15, Intel Core i7, 16 GB, SSD 512 GB", "1", "R$ 5.149,00")])),
dict(k="lookalike", lg="pt", cause="payment_issue", sr=True, mkt=None, note="yahoo sender, crude, reply with card data and CPF",
     frm=("Amazon Pedidos", "amazon.pedidos.brasil@yahoo.com.br"), reply=None, to=("Marcos Pereira", "marcos.pereira@terra.com.br"),
     subj="pedido cancelado - pagamento nao aprovado", auth=None, fmt="text", cs="iso-8859-1", cte="quoted-printable", tpl="raw",
     text="""Ola cliente

Seu pagamento nao foi aprovado e seu pedido da Amazon foi cancelado.

Para reativar o pedido responda este email com:
nome completo
numero do cartao
validade
codigo de seguranca (CVV)
CPF

Apos a confirmação o pedido sera enviado normalmente.

Amazon
"""),
dict(k="lookalike", lg="pt", cause="inventory_shortage", sr=True, mkt=None, note="polished copy from amazon.com.br.pedido-cancelado.site, link text amazon.com.br, Pix refund lure",
     frm=("Amazon.com.br", "pedidos@amazon.com.br.pedido-cancelado.site"), reply=None, to=("Juliana Costa", "juliana.costa@uol.com.br"),
     subj="Seu pedido Amazon.com.br 701-6620183-9910457 foi cancelado", auth="evil:pedido-cancelado.site:amazon.com.br.pedido-cancelado.site",
     mx="mx.uol.com.br", fmt="html", cs="utf-8", cte="base64", tpl="classic",
     c=dict(mp="amazon.com.br", href_base="https://amazon.com.br.pedido-cancelado.site/gp", title="Pedido cancelado", order="701-6620183-9910457", hello="Olá, Juliana,",
            paras=["Infelizmente o item abaixo ficou sem estoque e seu pedido nº 701-6620183-9910457 foi cancelado.",
                   "Para receber o estorno de R$ 1.899,00 via Pix em até 1 hora, confirme seus dados e informe sua chave Pix em: [[https://www.amazon.com.br/gp/css/order-history|https://amazon.com.br.pedido-cancelado.site/gp/estorno?pedido=7016620183]]",
                   "Sem a confirmação em 48 horas, o valor será convertido em vale-presente."],
            items=[("Robô Aspirador Xiaomi Robot Vacuum S10, Wi-Fi, bivolt", "1", "R$ 1.899,00")])),
dict(k="lookalike", lg="pt", cause="payment_issue", sr=True, mkt=None, note="Greek omicron in display name, amaz0n-br.com, will be cancelled in 12h",
     frm=("Amaz\u03bfn", "avisos@amaz0n-br.com"), reply=None, to=("Fernanda Lima", "fernanda.lima@hotmail.com"),
     subj="Seu pedido será cancelado em 12 horas", auth="evil:amaz0n-br.com", mx="mx.hotmail.com",
     fmt="alt", cs="utf-8", cte={"text": "8bit", "html": "quoted-printable"}, tpl="raw",
     text="""Olá,

Houve um problema com o pagamento do seu pedido #702-8841-3390217.
Seu pedido será cancelado em 12 horas se você não atualizar a forma de
pagamento.

Atualizar pagamento: http://amaz0n-br.com/pagamento/atualizar?p=7028841

Equipe Amazon
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0f1111">
<div style="max-width:560px;border:1px solid #d5d9d9;border-radius:8px;padding:20px">
<p style="font-size:24px;margin:0"><b>amazon</b><span style="color:#ff9900">.com.br</span></p><hr>
<p>Olá,</p>
<p>Houve um problema com o pagamento do seu pedido <b>#702-8841-3390217</b>.</p>
<p><b>Seu pedido será cancelado em 12 horas</b> se você não atualizar a forma de pagamento.</p>
<p><a href="http://amaz0n-br.com/pagamento/atualizar?p=7028841" style="background:#ffd814;color:#0f1111;padding:10px 22px;border-radius:20px;text-decoration:none">Atualizar pagamento</a></p>
<p>Equipe Amazon</p>
</div></body></html>
"""),
dict(k="lookalike", lg="pt", cause="technical_issue", sr=True, mkt=None, note="spoofed amazon.com.br From with DMARC fail, outlook Reply-To, system error, no order no",
     frm=("Amazon.com.br", "order-update@amazon.com.br"), reply="estornos.amazon.br@outlook.com", to=("Rafael Oliveira", "rafael.oliveira@gmail.com"),
     subj="Pedido cancelado por erro no sistema", auth="fail:amazon.com.br", mx="mx.google.com",
     fmt="text", cs="utf-8", cte="quoted-printable", tpl="raw",
     text="""Olá,

Devido a uma falha em nosso sistema de processamento, sua compra recente foi
cancelada e o valor foi cobrado em duplicidade.

Para receber o estorno, responda a este e-mail informando nome completo, CPF,
banco, agência e conta, ou sua chave Pix.

O prazo para solicitar o estorno é de 72 horas.

Atendimento Amazon.com.br
"""),
dict(k="lookalike", lg="pt", cause="customer_request", sr=True, mkt=None, note="fake cancellation-request confirmation, amazon-atendimento.help, malformed order no",
     frm=("Amazon", "noreply@amazon-atendimento.help"), reply=None, to=("Juliana Costa", "juliana.costa@uol.com.br"),
     subj="Confirmação: cancelamento do pedido #702-119384-55810 solicitado", auth="evil:amazon-atendimento.help", mx="mx.uol.com.br",
     fmt="html", cs="utf-8", cte="quoted-printable", tpl="modern",
     c=dict(mp="amazon.com.br", href_base="https://amazon-atendimento.help/br", order="702-119384-55810", hello="Olá, Juliana,",
            paras=["Recebemos sua solicitação e o pedido #702-119384-55810 foi cancelado a seu pedido.",
                   "Não foi você que solicitou este cancelamento? Alguém pode ter acessado a sua conta. [[Clique aqui para contestar|https://amazon-atendimento.help/br/contestar?id=70211938455810]] e proteja seus dados."],
            items=[("Apple Watch Series 9 GPS 45 mm – Meia-noite", "1", "R$ 4.299,00")])),
dict(k="lookalike", lg="pt", cause="unknown", sr=False, mkt=None, note="crude outlook sender, gift-card demand, no order number, no reason",
     frm=("AMAZON BRASIL", "amazonbrasil.suporte@outlook.com"), reply=None, to=("Marcos Pereira", "marcos.pereira@terra.com.br"),
     subj="PEDIDO CANCELADO", auth=None, fmt="text", cs="windows-1252", cte="8bit", tpl="raw",
     text="""ATENÇÃO!!

Seu pedido na Amazon foi CANCELADO.

Para liberar o pedido compre um Cartão Presente Amazon de R$ 200,00 e envie o código para este e-mail.

Se não responder em 24 horas sua conta será BLOQUEADA.

Suporte Amazon
"""),
]


# ================================================================= builder
TZ = {"fr": "+0100", "es": "+0100", "pt": "-0300"}
SES_REGION = {"amazon.fr": "eu-west-1", "amazon.com.be": "eu-west-1", "amazon.es": "eu-west-1",
              "amazon.ca": "us-east-1", "amazon.com.mx": "us-east-1", "amazon.com.br": "us-east-1"}


def make_part(body, subtype, charset, cte):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = body.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "8bit" and all(b < 128 for b in raw):
            cte = "7bit"
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    del p["MIME-Version"]
    p["Content-Transfer-Encoding"] = cte
    return p


def enc_header(s, charset):
    if all(ord(ch) < 128 for ch in s):
        return s
    try:
        s.encode(charset)
        cs = charset
    except (UnicodeEncodeError, LookupError):
        cs = "utf-8"
    return Header(s, cs, header_name="Subject")


def enc_addr(name, addr):
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


def auth_header(spec, mx):
    if spec == "pass":
        raise ValueError("pass needs domain")
    kind, _, rest = spec.partition(":")
    if kind == "fail":
        return ar_fail(rest, mx, "%d.%d.%d.%d" % (RNG.choice([45, 91, 185, 193]), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254)))
    if kind == "free":
        return ar_free(rest, mx)
    if kind == "evil":
        parts = rest.split(":")
        org, fromdom = parts[0], (parts[1] if len(parts) > 1 else parts[0])
        return ar_pass(fromdom, mx, org)
    raise ValueError(spec)


def build(m, idx):
    lang = m["lg"]
    frm_name, frm_addr = m["frm"]
    from_dom = frm_addr.split("@")[1]
    cs = m["cs"]
    ctes = m["cte"] if isinstance(m["cte"], dict) else {"text": m["cte"], "html": m["cte"]}
    rid = "%s%s" % (datetime.date(2024, 1, 1).strftime("%Y"), _tok(30, "0123456789abcdef"))
    text = html_body = None
    if m["tpl"] in ("classic", "modern", "text"):
        c = dict(m["c"], charset=cs, _rid=rid)
        if m["fmt"] in ("alt", "text"):
            text = amazon_text(c)
        if m["fmt"] in ("alt", "html"):
            html_body = classic_html(c) if m["tpl"] == "classic" else modern_html(c)
    else:
        text, html_body = m.get("text"), m.get("html")
    if m["fmt"] == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(make_part(text, "plain", cs, ctes["text"]))
        msg.attach(make_part(html_body, "html", cs, ctes["html"]))
        msg.set_boundary("----=_Part_%d_%d.%d" % (RNG.randint(10**6, 10**8), RNG.randint(10**8, 2 * 10**9), RNG.randint(1700000000000, 1760000000000)))
    elif m["fmt"] == "html":
        msg = make_part(html_body, "html", cs, ctes["html"])
    else:
        msg = make_part(text, "plain", cs, ctes["text"])

    # date
    when = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=RNG.randint(0, 590 * 86400))
    if m.get("amz"):
        tz = "+0000"
    elif m["k"] == "lookalike":
        tz = RNG.choice(["+0000", "+0300", "-0400", "+0530", "+0100", "-0700"])
    else:
        tz = {"amazon.ca": "-0500", "amazon.com.mx": "-0600"}.get(m.get("mkt") or "", TZ[lang])
        if m["to"][1].endswith((".ca",)):
            tz = "-0500"
        if "mx" in m["to"][1] or m["frm"][1].endswith(".mx"):
            tz = "-0600"
    sign = 1 if tz[0] == "+" else -1
    offset = datetime.timezone(sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])))
    local = when.astimezone(offset)
    date_s = format_datetime(local)
    rdom = m["to"][1].split("@")[1]
    mx = m.get("mx") or {"gmail.com": "mx.google.com", "outlook.com": "mx.outlook.com", "hotmail.com": "mx.hotmail.com"}.get(rdom, "mx." + rdom)

    hdrs = []
    if m.get("auth"):
        if m["auth"] == "pass":
            hdrs.append(("Authentication-Results", ar_pass(from_dom, mx)))
        else:
            hdrs.append(("Authentication-Results", auth_header(m["auth"], mx)))
    rcv_time = format_datetime(when + datetime.timedelta(seconds=RNG.randint(1, 9)))
    if m.get("amz"):
        region = SES_REGION.get(m["c"]["mp"], "eu-west-1")
        ip = "54.240.%d.%d" % (RNG.randint(1, 60), RNG.randint(2, 250))
        host = "a%s.smtp-out.%s.amazonses.com" % (ip.split(".", 2)[2].replace(".", "-"), region)
        hdrs.append(("Received", "from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (host, host, ip, mx, _tok(12, "0123456789ABCDEF"), m["to"][1], rcv_time)))
        msgid = "<0102019%s-%s-%s-%s-%s-000000@%s.amazonses.com>" % (_tok(9, "0123456789abcdef"), _tok(8, "0123456789abcdef"), _tok(4, "0123456789abcdef"),
                                                                   _tok(4, "0123456789abcdef"), _tok(12, "0123456789abcdef"), region)
    elif m["k"] == "lookalike":
        ip = "%d.%d.%d.%d" % (RNG.choice([45, 91, 103, 141, 185, 194]), RNG.randint(1, 254), RNG.randint(1, 254), RNG.randint(1, 254))
        helo = RNG.choice(["localhost", "WIN-" + _tok(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "mail." + from_dom])
        if from_dom in ("gmail.com", "outlook.com", "outlook.fr", "hotmail.es", "yahoo.com", "yahoo.com.br", "yahoo.fr"):
            helo = {"gmail.com": "mail-sor-f41.google.com", "yahoo.com": "sonic301-2.consmr.mail.ir2.yahoo.com",
                    "yahoo.com.br": "sonic306-21.consmr.mail.gq1.yahoo.com"}.get(from_dom, "EUR05-AM6-obe.outbound.protection.outlook.com")
        hdrs.append(("Received", "from %s (unknown [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s" % (helo, ip, mx, _tok(10, "0123456789ABCDEF"), m["to"][1], rcv_time)))
        if from_dom == "gmail.com":
            msgid = "<CA+%s@mail.gmail.com>" % _tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        else:
            msgid = "<%s.%s@%s>" % (_tok(16, "0123456789abcdef"), _tok(6, "0123456789"), RNG.choice([from_dom, helo, "localhost.localdomain"]))
    else:
        if from_dom == "gmail.com":
            msgid = "<CA+%s@mail.gmail.com>" % _tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        else:
            msgid = "<%s@%s>" % (_tok(24, "0123456789abcdefghijklmnopqrstuvwxyz"), from_dom)
    hdrs += [("From", enc_addr(frm_name, frm_addr))]
    if m.get("reply"):
        hdrs.append(("Reply-To", m["reply"]))
    hdrs += [("To", enc_addr(*m["to"])), ("Subject", enc_header(m["subj"], cs)), ("Date", date_s), ("Message-ID", msgid)]
    if m.get("inreply"):
        ref = "<%s@%s>" % (_tok(20, "0123456789abcdef"), m["to"][1].split("@")[1])
        hdrs += [("In-Reply-To", ref), ("References", ref)]
    if m.get("bulk"):
        hdrs += [("List-Unsubscribe", "<https://%s/unsubscribe?u=%s>" % (from_dom, _tok(12, "0123456789abcdef"))), ("Precedence", "bulk")]
    if m.get("amz"):
        hdrs += [("X-AMAZON-MAIL-RELAY-TYPE", "notification"),
                 ("Feedback-ID", "1.%s.%s=:amazonses" % (SES_REGION.get(m["c"]["mp"], "eu-west-1"), _tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))]
    if m["k"] == "lookalike" and RNG.random() < 0.4:
        hdrs.append(("X-Mailer", RNG.choice(["PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "Microsoft Outlook 16.0", "Open-Xchange Mailer v7.10.6"])))

    body_headers = list(msg.items())
    for k in {k for k, _ in body_headers}:
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in body_headers:
        if k.lower() != "mime-version":
            msg[k] = v
    return msg


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    allm = FR + ES + PT
    order = list(range(len(allm)))
    RNG.shuffle(order)
    labels = []
    for n, i in enumerate(order, 1):
        m = allm[i]
        name = "%s%03d.eml" % (PREFIX, n)
        msg = build(m, n)
        with open(os.path.join(OUT, name), "wb") as fp:
            BytesGenerator(fp, mangle_from_=False, maxheaderlen=78).flatten(msg)
        labels.append(dict(file=name, kind=m["k"], language=m["lg"], cause=m["cause"], states_reason=m["sr"],
                           marketplace=m["mkt"], note=m["note"]))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write("\n")
    print("wrote %d mails to %s" % (len(labels), OUT))


if __name__ == "__main__":
    main()
